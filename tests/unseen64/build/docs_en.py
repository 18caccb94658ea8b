"""English texts of the sixty-fourth unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p001', date='1995-04-18', lang='en',
     event='1995 mudflow floods 37 houses in Karabulak (Eskeldi district) and a cattle-shed fire kills 80 calves in Sarybulak (Koksu district), Taldykorgan Region (abolished 1997, land now Almaty Region before 2022); Karabulak of Talgar district and Karabulak of Sayram district as namesakes; the government in Almaty',
     text="""Mudflow hits Karabulak, fire in a cattle shed at Sarybulak
TALDYKORGAN, April 18 (Interfax-Kazakhstan) - A mudflow came down a gully above Karabulak, the centre of Eskeldi district, late on Monday, flooding 37 houses on the upper streets of the village and burying a stretch of the road to Taldykorgan under a metre of mud and stones, the Taldykorgan regional emergencies headquarters said on Tuesday.

No one was killed. Two elderly residents were taken to the district hospital with hypothermia after spending the night on the roof of their house. "The water came at about two in the morning with a noise like a train," said Zhanat Omarov, a teacher at the village school, which now shelters 60 people.

The headquarters stressed that the village hit is Karabulak in Eskeldi district, some 20 kilometres east of the regional centre, and not the village of the same name in Talgar district of Almaty region, where worried relatives had jammed the telephone exchange since morning. A third Karabulak, in Sayram district of South Kazakhstan region, also received calls.

On the same night a fire broke out in a cattle shed of the Yntymak collective farm in Sarybulak, Koksu district. About 80 calves died before a fire crew from Balpyk Bi put it out. Investigators suspect a diesel generator: the farm has had no mains electricity since its debts to the power company reached 3 million tenge last autumn.

The regional akim, Serik Abdrakhmanov, said a commission would assess the damage in both villages and that families whose houses cannot be lived in would stay in the school over the May holidays. He has asked the government in Almaty for 40 million tenge to rebuild the road and a mudflow barrier above Karabulak, which was designed in 1988 but never built.

Herders in the foothills of Koksu district have been told to keep livestock away from the gullies until the snow on the upper slopes has melted.""",
     ann=[
        ('Karabulak', 0, 'village', 'Karabulak (Eskeldi district)', ALR, {'note': 'headline; Taldykorgan Region in 1995, labelled with the unit holding its land'}),
        ('Sarybulak', 0, 'village', 'Sarybulak (Koksu district)', ALR, {'note': 'headline'}),
        ('TALDYKORGAN', 0, 'city', 'Taldykorgan', ALR, {'note': 'dateline; centre of Taldykorgan Region (abolished 1997), Almaty Region land before 2022-06-08'}),
        ('Karabulak', 1, 'village', 'Karabulak (Eskeldi district)', ALR, {'note': 'district centre'}),
        ('Eskeldi district', 0, 'district', 'Eskeldi District', ALR),
        ('Taldykorgan', 0, 'city', 'Taldykorgan', ALR, {'note': 'NI:route endpoint'}),
        ('Taldykorgan', 1, 'region', ALR, ALR, {'uncertain': True, 'note': 'inside the name of an authority; Taldykorgan Region (abolished 1997) labelled with the unit holding its land'}),
        ('Karabulak', 2, 'village', 'Karabulak (Eskeldi district)', ALR),
        ('Eskeldi district', 1, 'district', 'Eskeldi District', ALR),
        ('Talgar district', 0, 'district', 'Talgar District', ALR, {'note': 'NI:namesake village, no incident'}),
        ('Almaty region', 0, 'region', ALR, ALR, {'note': 'NI:location of the namesake village'}),
        ('Karabulak', 3, 'village', 'Karabulak (Sayram district)', SKR, {'note': 'NI:namesake village, no incident'}),
        ('Sayram district', 0, 'district', 'Sayram District', SKR, {'note': 'NI:namesake village'}),
        ('South Kazakhstan region', 0, 'region', SKR, SKR, {'note': 'NI:namesake village'}),
        ('Sarybulak', 1, 'village', 'Sarybulak (Koksu district)', ALR),
        ('Koksu district', 0, 'district', 'Koksu District', ALR),
        ('Balpyk Bi', 0, 'village', 'Balpyk Bi', ALR, {'note': 'NI:origin of the fire crew; centre of Koksu district'}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:seat of the government (capital in 1995)'}),
        ('Karabulak', 4, 'village', 'Karabulak (Eskeldi district)', ALR, {'note': 'NI:planned barrier'}),
        ('Koksu district', 1, 'district', 'Koksu District', ALR, {'note': 'NI:advice to herders'}),
     ],
     inc={ALR: (2, 'mudflow flooding 37 houses in Karabulak (Eskeldi district); cattle-shed fire in Sarybulak (Koksu district); Taldykorgan Region (abolished 1997) is Almaty Region land')}),

dict(id='p002', date='2003-08-12', lang='en',
     event='2003 steppe fire burns pasture and hay of Akzhar, centre of Tarbagatai district (East Kazakhstan Region); namesake Akzhar in Kyzylorda Region; hay to be bought in Zaisan',
     text="""Steppe fire reaches the hayfields of Akzhar in Tarbagatai district
UST-KAMENOGORSK, Aug 12 (Kazinform) - A steppe fire started by lightning on Sunday burned about 1,500 hectares of pasture and some 400 tonnes of stacked hay belonging to farmers of Akzhar, the centre of Tarbagatai district in East Kazakhstan region, the regional emergencies department said.

Wind carried the flames to within 300 metres of the outermost houses of the village before firefighters, forest wardens and about 70 villagers with tractors ploughed a firebreak. No buildings were damaged and no one was hurt.

"We cut this hay for the whole winter. Now we will have to buy it in Zaisan, at twice the price," said farmer Bolat Kasymov, who lost 60 tonnes.

The department's first bulletin, sent to the ministry in Astana, placed the fire in Kyzylorda region, where there is another settlement called Akzhar, a spokesman admitted. The error was corrected within the hour.""",
     ann=[
        ('Akzhar', 0, 'village', 'Akzhar (Tarbagatai district)', EKR, {'note': 'headline; district centre'}),
        ('Tarbagatai district', 0, 'district', 'Tarbagatai District', EKR, {'note': 'headline'}),
        ('UST-KAMENOGORSK', 0, 'city', 'Oskemen', EKR, {'note': 'dateline'}),
        ('Akzhar', 1, 'village', 'Akzhar (Tarbagatai district)', EKR),
        ('Tarbagatai district', 1, 'district', 'Tarbagatai District', EKR),
        ('East Kazakhstan region', 0, 'region', EKR, EKR),
        ('Zaisan', 0, 'city', 'Zaisan', EKR, {'note': 'NI:place to buy hay'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the ministry'}),
        ('Kyzylorda region', 0, 'region', KZR, KZR, {'note': 'NI:wrongly reported location'}),
        ('Akzhar', 2, 'village', 'Akzhar (Kyzylorda Region)', KZR, {'uncertain': True, 'note': 'NI:namesake settlement; its district is not named'}),
     ],
     inc={EKR: (1, 'steppe fire burning pasture and hay of Akzhar, Tarbagatai district')}),

dict(id='p003', date='2010-02-09', lang='en',
     event='2010 boiler house fire at the school of Akkol village, Talas district (Jambyl Region); Karatau as district centre; the town of Akkol in Akmola Region shown by mistake on TV in Kokshetau',
     text="""School boiler house burns down in Akkol, Talas district
TARAZ, Feb 9 - Classes at the secondary school in the village of Akkol in Talas district of Zhambyl region have been suspended for a week after its boiler house burned down early on Monday, the district education department said. The stoker escaped with burns to his hands.

With night temperatures down to minus 18, the 420 pupils will study in the village culture house, heated by electric radiators brought from Karatau, the district centre.

The district akim, Nurlan Seitov, said the coal-fired boiler was 30 years old and had been due for replacement in 2009. "The money was allocated, but the contractor from Shymkent never came," he told reporters.

Parents in Akkol complained that a television channel in Kokshetau illustrated the story with pictures of the lake town of Akkol, 100 kilometres north of Astana, in Akmola region.""",
     ann=[
        ('Akkol', 0, 'village', 'Akkol (Talas district)', JR, {'note': 'headline; not the town of Akkol in Akmola Region'}),
        ('Talas district', 0, 'district', 'Talas District', JR, {'note': 'headline'}),
        ('TARAZ', 0, 'city', 'Taraz', JR, {'note': 'dateline'}),
        ('Akkol', 1, 'village', 'Akkol (Talas district)', JR),
        ('Talas district', 1, 'district', 'Talas District', JR),
        ('Zhambyl region', 0, 'region', JR, JR),
        ('Karatau', 0, 'city', 'Karatau', JR, {'note': 'NI:origin of radiators; centre of Talas district'}),
        ('Shymkent', 0, 'city', 'Shymkent', SKR, {'note': "NI:contractor's origin; South Kazakhstan Region before 2018-06-19"}),
        ('Akkol', 2, 'village', 'Akkol (Talas district)', JR, {'note': 'NI:residence of parents'}),
        ('Kokshetau', 0, 'city', 'Kokshetau', AKR, {'note': 'NI:seat of a TV channel'}),
        ('Akkol', 3, 'city', 'Akkol', AKR, {'note': 'NI:the namesake town shown by mistake'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:reference point'}),
        ('Akmola region', 0, 'region', AKR, AKR, {'note': 'NI:location of the namesake town'}),
     ],
     inc={JR: (1, 'fire destroying the school boiler house in Akkol, Talas district')}),
dict(id='p004', date='2016-06-07', lang='en',
     event='2016 farmers of Kyzylzhar (Ordabasy district) block the road to Temirlan over land put up for auction, and a mudflow floods 23 houses in Zhanatalap (Baidibek district), South Kazakhstan Region before the 2018 split; Kyzylzhar district of North Kazakhstan as namesake; a clinic in Shayan',
     text="""Farmers block road over land in Ordabasy district; mudflow floods houses in Baidibek
SHYMKENT, June 7 (KazTAG) - About 150 farmers from the village of Kyzylzhar in Ordabasy district of South Kazakhstan region blocked the road to the district centre, Temirlan, for three hours on Tuesday in protest at the sale of 900 hectares of irrigated land to a company from Shymkent.

The farmers say the land, which they have leased from the state since 2004, was put up for auction without notice. "They sold our cotton fields while we were out working in them," said Gulnara Abenova, who grows cotton and melons on 12 hectares. The crowd dispersed after the district akim, Berik Nurmanov, agreed to meet a delegation on Wednesday. No one was detained.

Ordabasy district has two villages called Kyzylzhar, and the akimat said the protesters came from the larger one, on the canal east of Temirlan. Neither should be confused with Kyzylzhar district in North Kazakhstan region, whose name appears in national reports on land disputes almost every month.

Late on Monday, heavy rain in the foothills of Baidibek district sent a mudflow through Zhanatalap, flooding 23 houses and a section of the village school. Sixty residents spent the night in the mosque. Rescuers from Shymkent and the neighbouring Tole Bi district cleared the main street by Tuesday noon; the water supply of the village was cut when the mud buried the pumping station.

The regional akimat said 40 families in Zhanatalap would receive 100,000 tenge each, and that a new clinic in Shayan, the district centre, would take patients from the village while its own outpatient post dries out.

Land disputes are one of the main topics in villages of the region this year: the regional land commission, set up after the national moratorium on the sale of farmland in May, has received 214 complaints, 31 of them from Ordabasy district.""",
     ann=[
        ('Ordabasy district', 0, 'district', 'Ordabasy District', SKR, {'note': 'headline'}),
        ('Baidibek', 0, 'district', 'Baidibek District', SKR, {'note': 'headline; bare district name'}),
        ('SHYMKENT', 0, 'city', 'Shymkent', SKR, {'note': 'dateline; South Kazakhstan Region before 2018-06-19'}),
        ('Kyzylzhar', 0, 'village', 'Kyzylzhar (Ordabasy district)', SKR),
        ('Ordabasy district', 1, 'district', 'Ordabasy District', SKR),
        ('South Kazakhstan region', 0, 'region', SKR, SKR),
        ('Temirlan', 0, 'village', 'Temirlan', SKR, {'note': 'district centre; the road to it was blocked, the protest took place outside Kyzylzhar'}),
        ('Shymkent', 0, 'city', 'Shymkent', SKR, {'note': "NI:buyer's origin"}),
        ('Ordabasy district', 2, 'district', 'Ordabasy District', SKR),
        ('Kyzylzhar', 1, 'village', 'Kyzylzhar (Ordabasy district)', SKR, {'note': 'two villages of this name in the district'}),
        ('Temirlan', 1, 'village', 'Temirlan', SKR, {'note': 'NI:reference point'}),
        ('Kyzylzhar district', 0, 'district', 'Kyzylzhar District', NKR, {'note': 'NI:namesake district'}),
        ('North Kazakhstan region', 0, 'region', NKR, NKR, {'note': 'NI:namesake district'}),
        ('Baidibek district', 0, 'district', 'Baidibek District', SKR),
        ('Zhanatalap', 0, 'village', 'Zhanatalap (Baidibek district)', SKR),
        ('Shymkent', 1, 'city', 'Shymkent', SKR, {'note': "NI:rescuers' origin"}),
        ('Tole Bi district', 0, 'district', 'Tole Bi District', SKR, {'note': "NI:rescuers' origin"}),
        ('Zhanatalap', 1, 'village', 'Zhanatalap (Baidibek district)', SKR, {'note': 'NI:compensation'}),
        ('Shayan', 0, 'village', 'Shayan', SKR, {'note': 'NI:new clinic; centre of Baidibek district'}),
        ('Ordabasy district', 3, 'district', 'Ordabasy District', SKR, {'note': 'NI:statistics of complaints'}),
     ],
     inc={SKR: (2, 'road blockade by farmers of Kyzylzhar (Ordabasy district); mudflow flooding 23 houses in Zhanatalap (Baidibek district); the 214 land complaints are not incidents')}),

dict(id='p005', date='2019-04-02', lang='en',
     event='2019 barn roof collapses under wet snow in Kyzylzhar, Tselinograd district (Akmola Region), 43 sheep killed; Nur-Sultan dateline ten days after the renaming; Kyzylzhar district near Petropavl as namesake',
     text="""Barn roof collapses under snow near Nur-Sultan, killing 43 sheep
NUR-SULTAN, April 2 - The roof of a sheep barn collapsed under wet snow on a farm in the village of Kyzylzhar in Tselinograd district of Akmola region on Monday morning, killing 43 sheep, the district emergencies department said. The shepherd had left the barn a few minutes earlier and was not hurt.

The farm lies about 30 kilometres south of the capital. Its owner, Yerlan Dzhaksybekov, said the roof had been built in the 1970s for a state farm and that he had asked the district for help with repairs in autumn.

"This is our Kyzylzhar, not the district near Petropavl," the Tselinograd district akimat wrote on Facebook after the first reports led to calls from North Kazakhstan region.

Inspectors will check 120 other farm buildings in the district this week, the akimat said. Up to 15 centimetres of wet snow fell in Akmola region and Nur-Sultan on Sunday.""",
     ann=[
        ('Nur-Sultan', 0, 'city', 'Astana', 'Astana', {'note': 'headline; reference point; capital named Nur-Sultan since 2019-03-23'}),
        ('NUR-SULTAN', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Kyzylzhar', 0, 'village', 'Kyzylzhar (Tselinograd district)', AKR),
        ('Tselinograd district', 0, 'district', 'Tselinograd District', AKR),
        ('Akmola region', 0, 'region', AKR, AKR),
        ('Kyzylzhar', 1, 'village', 'Kyzylzhar (Tselinograd district)', AKR, {'note': "in a quoted post"}),
        ('Petropavl', 0, 'city', 'Petropavl', NKR, {'note': 'NI:reference point for the namesake district'}),
        ('Tselinograd district', 1, 'district', 'Tselinograd District', AKR, {'note': 'inside the name of an authority (akimat)'}),
        ('North Kazakhstan region', 0, 'region', NKR, NKR, {'note': 'NI:origin of calls'}),
        ('Akmola region', 1, 'region', AKR, AKR, {'note': 'NI:snowfall without damage beyond the barn'}),
        ('Nur-Sultan', 1, 'city', 'Astana', 'Astana', {'note': 'NI:snowfall'}),
     ],
     inc={AKR: (1, 'barn roof collapse in Kyzylzhar, Tselinograd district, 43 sheep killed')}),

dict(id='p006', date='2022-07-14', lang='en',
     event='2022 irrigation canal bursts above Karabulak, centre of Eskeldi district, flooding 19 yards and the clinic basement (Jetisu Region five weeks after its creation); Karabulak of Talgar district (Almaty Region) as namesake',
     text="""Irrigation canal bursts in Karabulak, 19 yards flooded
TALDYKORGAN, July 14 - A concrete irrigation canal burst above Karabulak in Eskeldi district on Wednesday afternoon, sending water into 19 yards and the basement of the village clinic, the Jetisu region emergencies department said. The clinic moved its day patients to the school next door.

Karabulak, the centre of the district, has been part of Jetisu region since the region was created on June 8 with its centre in Taldykorgan; until then it belonged to Almaty region. Residents say the canal, built in 1976, had been leaking for two years. "We wrote to the akimat in Taldykorgan and to the old regional akimat in Konaev, and nobody came," said Aigerim Bekova, whose cellar is full of water.

The district akim said repairs would start next week. The emergencies department had to explain on Instagram that the flooding was not in Karabulak of Talgar district, which remains in Almaty region.""",
     ann=[
        ('Karabulak', 0, 'village', 'Karabulak (Eskeldi district)', JTR, {'note': 'headline'}),
        ('TALDYKORGAN', 0, 'city', 'Taldykorgan', JTR, {'note': 'dateline; Jetisu Region since 2022-06-08'}),
        ('Karabulak', 1, 'village', 'Karabulak (Eskeldi district)', JTR),
        ('Eskeldi district', 0, 'district', 'Eskeldi District', JTR),
        ('Jetisu region', 0, 'region', JTR, JTR, {'note': 'inside the name of an authority'}),
        ('Karabulak', 2, 'village', 'Karabulak (Eskeldi district)', JTR, {'note': 'NI:background on the region change'}),
        ('Jetisu region', 1, 'region', JTR, JTR, {'note': 'NI:background'}),
        ('Taldykorgan', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:regional centre'}),
        ('Almaty region', 0, 'region', ALR, ALR, {'note': 'NI:former region of the district'}),
        ('Taldykorgan', 1, 'city', 'Taldykorgan', JTR, {'note': 'NI:seat of the akimat'}),
        ('Konaev', 0, 'city', 'Konaev', ALR, {'note': 'NI:seat of the Almaty regional akimat'}),
        ('Karabulak', 3, 'village', 'Karabulak (Talgar district)', ALR, {'note': 'NI:namesake village, no incident'}),
        ('Talgar district', 0, 'district', 'Talgar District', ALR, {'note': 'NI:namesake village'}),
        ('Almaty region', 1, 'region', ALR, ALR, {'note': 'NI:namesake village'}),
     ],
     inc={JTR: (1, 'burst irrigation canal flooding 19 yards and the clinic basement in Karabulak, Eskeldi district')}),

dict(id='p007', date='2024-04-05', lang='en',
     event='2024 spring floods in villages: Kokterek (Kaztalov district) and Aksu (Burlin district) in West Kazakhstan Region, a pond dam breach in Akkol (Kargaly district, Aktobe Region), precautionary evacuation of Akzhar (Uil district), a man swept off a flooded road near Zhanatalap (Shal Akyn district, North Kazakhstan Region); houses flooded in five regions (unattributed); namesakes Aksu town (Pavlodar Region) and Akkol town (Akmola Region)',
     text="""Villages under water: Kokterek, Aksu and Akkol count the damage
ORAL, April 5 (Vlast.kz) - Melt water from the steppe entered 54 houses in Kokterek, a village of 900 people in Kaztalov district of West Kazakhstan region, on Thursday night. Residents were taken to the school in Kaztalovka, the district centre, by army trucks. "We have lived here for forty years and never seen water in the street," said pensioner Rysaldy Mukhanova.

In the same region, water washed away a 200-metre section of the road to Aksu in Burlin district, cutting the village off from Aksai; 12 houses at the lower end of the village are flooded. This Aksu is a village of a few hundred people south of Aksai, not the industrial town of Aksu in Pavlodar region.

In Aktobe region, the earth dam of a farm pond gave way above Akkol in Kargaly district, sending water into 31 houses. The district akim, Marat Zhumabayev, said the dam had been built by a farmer without a permit. Further west, 300 residents of Akzhar in Uil district were moved to the district centre as a precaution; their houses have stayed dry so far.

In North Kazakhstan region, a 58-year-old man drowned when his car was swept off a flooded road near Zhanatalap in Shal Akyn district, the police said.

Readers asked whether the Akkol in the reports was the lake town in Akmola region. It is not: the town has no flooding, its akimat confirmed.

Across the country, the Emergencies Ministry said, water has entered houses in five regions since Monday, and more than 7,000 people have been evacuated. Volunteers from Oral, Aktobe and Petropavl are helping to fill sandbags.""",
     ann=[
        ('Kokterek', 0, 'village', 'Kokterek (Kaztalov district)', WKR, {'note': 'headline'}),
        ('Aksu', 0, 'village', 'Aksu (Burlin district)', WKR, {'note': 'headline'}),
        ('Akkol', 0, 'village', 'Akkol (Kargaly district)', AR, {'note': 'headline'}),
        ('ORAL', 0, 'city', 'Oral', WKR, {'note': 'dateline'}),
        ('Kokterek', 1, 'village', 'Kokterek (Kaztalov district)', WKR),
        ('Kaztalov district', 0, 'district', 'Kaztalov District', WKR),
        ('West Kazakhstan region', 0, 'region', WKR, WKR),
        ('Kaztalovka', 0, 'village', 'Kaztalovka', WKR, {'note': 'NI:evacuation destination; district centre'}),
        ('Aksu', 1, 'village', 'Aksu (Burlin district)', WKR),
        ('Burlin district', 0, 'district', 'Burlin District', WKR),
        ('Aksai', 0, 'city', 'Aksai', WKR, {'note': 'NI:cut-off road endpoint'}),
        ('Aksai', 1, 'city', 'Aksai', WKR, {'note': 'NI:reference point'}),
        ('Aksu', 2, 'village', 'Aksu (Burlin district)', WKR),
        ('Aksu', 3, 'city', 'Aksu', PR, {'note': 'NI:namesake town'}),
        ('Pavlodar region', 0, 'region', PR, PR, {'note': 'NI:namesake town'}),
        ('Aktobe region', 0, 'region', AR, AR),
        ('Akkol', 1, 'village', 'Akkol (Kargaly district)', AR),
        ('Kargaly district', 0, 'district', 'Kargaly District', AR),
        ('Akzhar', 0, 'village', 'Akzhar (Uil district)', AR, {'note': 'NI:precautionary evacuation, houses dry'}),
        ('Uil district', 0, 'district', 'Uil District', AR, {'note': 'NI:precautionary evacuation'}),
        ('North Kazakhstan region', 0, 'region', NKR, NKR),
        ('Zhanatalap', 0, 'village', 'Zhanatalap (Shal Akyn district)', NKR, {'note': 'reference point for the drowning on a flooded road'}),
        ('Shal Akyn district', 0, 'district', 'Shal Akyn District', NKR),
        ('Akkol', 2, 'village', 'Akkol (Kargaly district)', AR, {'uncertain': True, 'note': "readers' question: which Akkol is meant"}),
        ('Akmola region', 0, 'region', AKR, AKR, {'note': 'NI:namesake town, no flooding'}),
        ('five regions', 0, 'quantified', '5 regions', N, {'count': 5, 'unit': 'region', 'note': 'houses flooded; three of them are described in the text, two are not named'}),
        ('Oral', 0, 'city', 'Oral', WKR, {'note': "NI:volunteers' origin"}),
        ('Aktobe', 1, 'city', 'Aktobe', AR, {'note': "NI:volunteers' origin"}),
        ('Petropavl', 0, 'city', 'Petropavl', NKR, {'note': "NI:volunteers' origin"}),
     ],
     inc={WKR: (1, 'flood: 54 houses in Kokterek (Kaztalov district) and 12 in Aksu (Burlin district), counted once per region'),
          AR: (1, 'flood: pond dam breach flooding 31 houses in Akkol (Kargaly district); Akzhar only evacuated as a precaution'),
          NKR: (1, 'flood: a man drowned when his car was swept off a flooded road near Zhanatalap (Shal Akyn district)')},
     unatt=[{'label': 'five regions', 'count': 5, 'note': 'houses flooded in five regions; three are described with their own rows, two are not named'}]),

dict(id='p008', date='2026-02-11', lang='en',
     event='2026 fire destroys the medical outpost of Kyzylzhar, Ulytau district (Ulytau Region); patients sent to Ulytau village; the district in Karaganda Region until 2022',
     text="""Fire destroys rural medical post in Kyzylzhar, Ulytau district
ZHEZKAZGAN, Feb 11 - A fire gutted the medical outpost in Kyzylzhar, a village of about 600 people in Ulytau district of Ulytau region, overnight on Tuesday, the regional health department said. Nobody was inside; the night watchman raised the alarm.

The post, staffed by a paramedic and a nurse, served Kyzylzhar and two winter pastures nearby. Until a temporary post opens in the school, patients will have to travel about 90 kilometres to the district hospital in Ulytau, the district centre, on a road that is often closed by snowdrifts in February.

Investigators are examining the wiring of an electric heater. The building, a former kindergarten, was last renovated in 2011, when the district was still part of Karaganda region. The regional akimat in Zhezkazgan promised a modular building by April.""",
     ann=[
        ('Kyzylzhar', 0, 'village', 'Kyzylzhar (Ulytau district)', UR, {'note': 'headline'}),
        ('Ulytau district', 0, 'district', 'Ulytau District', UR, {'note': 'headline'}),
        ('ZHEZKAZGAN', 0, 'city', 'Zhezkazgan', UR, {'note': 'dateline; Ulytau Region since 2022-06-08'}),
        ('Kyzylzhar', 1, 'village', 'Kyzylzhar (Ulytau district)', UR),
        ('Ulytau district', 1, 'district', 'Ulytau District', UR),
        ('Ulytau region', 0, 'region', UR, UR),
        ('Kyzylzhar', 2, 'village', 'Kyzylzhar (Ulytau district)', UR),
        ('Ulytau', 3, 'village', 'Ulytau', UR, {'note': 'NI:district hospital; district centre'}),
        ('Karaganda region', 0, 'region', KR, KR, {'note': 'NI:former region of the district (until 2022)'}),
        ('Zhezkazgan', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:seat of the regional akimat'}),
     ],
     inc={UR: (1, 'fire gutting the medical outpost in Kyzylzhar, Ulytau district')}),
]
