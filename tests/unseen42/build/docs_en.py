"""English texts of the forty-second unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
JR, ALR, KYR, TR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'Turkistan Region', 'South Kazakhstan Region'
ABR, JTR, EKR, MR, KOR = 'Abai Region', 'Jetisu Region', 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR, UR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region', 'Ulytau Region'
ATR, AR, WKR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region'

DOCS = [
dict(id='p001', date='2024-04-09', lang='en',
     event='2024 spring floods: Ishim rising at Petropavl with villages of Kyzylzhar district flooded (North Kazakhstan Region), the Tobol at Lisakovsk (Kostanay Region), Atbasar (Akmola Region), a bridge near Kos-Istek (Aktobe Region); houses flooded in "10 regions"; volunteers and engineers from other regions; Orsk dam failure in Russia',
     text="""Floods force thousands from homes as Ishim rises at Petropavl
PETROPAVL, April 9 (Reuters) - Rescuers in North Kazakhstan region piled sandbags along the Ishim river on Tuesday as meltwater surged towards Petropavl, where the river is expected to crest at the weekend, Kazakhstan's Emergencies Ministry said.
Water has entered about 400 houses in the villages of Teplichnoye and Presnovka in Kyzylzhar district, and 2,100 people have been moved to relief camps in schools and a sports hall in Petropavl. Operators of the Sergeyevka reservoir upstream are releasing water at the highest rate since it was built.
Houses have been flooded in 10 regions since late March, the ministry said, and more than 60,000 people have left their homes.
In Kostanay region the Tobol broke through a dike near Lisakovsk overnight, and 300 residents of the town's lower streets were taken by bus to a camp at the Zhastar sports centre. In Akmola region, the Zhabai river flooded the eastern part of Atbasar on Sunday. In Aktobe region, water released from the Kargaly reservoir swept away a bridge near the village of Kos-Istek.
Emergencies Minister Nurlan Sadykov, who spent Monday in Kostanay, flew to Petropavl on Tuesday morning and ordered an army engineering battalion from Astana to the Ishim. Volunteers from Almaty, Shymkent and Turkistan region arrived by train with food, bedding and boots.
Across the border, the Russian regions of Kurgan and Tyumen are preparing for the water coming down the Tobol and the Ishim, and in Orenburg region a dam failed at Orsk on Friday.
Forecasters expect night frosts to slow the melt in the north later this week, but warned that the Ural and the Emba could still rise in western Kazakhstan.""",
     ann=[
        ('Ishim', 0, 'facility', 'Ishim river', N, {'subkind': 'river', 'note': 'headline'}),
        ('Petropavl', 0, 'city', 'Petropavl', NKR, {'note': 'headline; the city the river threatens'}),
        ('PETROPAVL', 0, 'city', 'Petropavl', NKR, {'note': 'dateline'}),
        ('North Kazakhstan region', 0, 'region', NKR, NKR),
        ('Ishim river', 0, 'facility', 'Ishim river', N, {'subkind': 'river'}),
        ('Petropavl', 1, 'city', 'Petropavl', NKR),
        ('Kazakhstan', 1, 'country', 'Kazakhstan', N),
        ('Teplichnoye', 0, 'village', 'Teplichnoye', NKR),
        ('Presnovka', 0, 'village', 'Presnovka', NKR),
        ('Kyzylzhar district', 0, 'district', 'Kyzylzhar District', NKR),
        ('Petropavl', 2, 'city', 'Petropavl', NKR, {'note': 'NI:site of relief camps'}),
        ('Sergeyevka reservoir', 0, 'facility', 'Sergeyevka reservoir', NKR, {'subkind': 'reservoir'}),
        ('10 regions', 0, 'quantified', '10 regions', N, {'count': 10, 'unit': 'region', 'note': 'regions with flooded houses; four are named below'}),
        ('Kostanay region', 0, 'region', KOR, KOR),
        ('Tobol', 0, 'facility', 'Tobol river', N, {'subkind': 'river'}),
        ('Lisakovsk', 0, 'city', 'Lisakovsk', KOR),
        ('Zhastar sports centre', 0, 'facility', 'Zhastar sports centre (Lisakovsk)', KOR, {'subkind': 'sports centre', 'note': 'NI:relief camp'}),
        ('Akmola region', 0, 'region', AKR, AKR),
        ('Zhabai river', 0, 'facility', 'Zhabai river', N, {'subkind': 'river'}),
        ('Atbasar', 0, 'city', 'Atbasar', AKR),
        ('Aktobe region', 0, 'region', AR, AR),
        ('Kargaly reservoir', 0, 'facility', 'Kargaly reservoir', AR, {'subkind': 'reservoir'}),
        ('Kos-Istek', 0, 'village', 'Kos-Istek', AR),
        ('Kostanay', 1, 'city', 'Kostanay', KOR, {'note': 'NI:where the minister spent the day before'}),
        ('Petropavl', 3, 'city', 'Petropavl', NKR, {'note': "NI:minister's destination"}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of the army engineers'}),
        ('Ishim', 2, 'facility', 'Ishim river', N, {'subkind': 'river'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of volunteers'}),
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:origin of volunteers'}),
        ('Turkistan region', 0, 'region', TR, TR, {'note': 'NI:origin of volunteers'}),
        ('Kurgan', 0, 'foreign', 'Kurgan Oblast', N),
        ('Tyumen', 0, 'foreign', 'Tyumen Oblast', N),
        ('Tobol', 1, 'facility', 'Tobol river', N, {'subkind': 'river'}),
        ('Ishim', 3, 'facility', 'Ishim river', N, {'subkind': 'river'}),
        ('Orenburg region', 0, 'foreign', 'Orenburg Oblast', N),
        ('Orsk', 0, 'foreign', 'Orsk', N),
        ('Ural', 0, 'facility', 'Ural river', N, {'subkind': 'river'}),
        ('Emba', 0, 'facility', 'Emba river', N, {'subkind': 'river', 'note': 'the river (Zhem), not the town of Emba'}),
        ('Kazakhstan', 2, 'country', 'Kazakhstan', N, {'note': 'directional phrase: only the country'}),
     ],
     inc={NKR: (1, 'flood: houses flooded in Teplichnoye and Presnovka (Kyzylzhar district), Petropavl threatened'),
          KOR: (1, 'flood: the Tobol broke a dike near Lisakovsk'),
          AKR: (1, 'flood: the Zhabai flooded part of Atbasar'),
          AR: (1, 'flood: water from the Kargaly reservoir swept away a bridge near Kos-Istek')},
     unatt=[{'label': '10 regions', 'count': 10, 'note': 'houses flooded since late March in ten regions; four of them (North Kazakhstan, Kostanay, Akmola, Aktobe) are named and have their own rows, six are not named'}]),

dict(id='p002', date='2023-06-12', lang='en',
     event='2023 forest fire in Abai district near Kaskabulak kills eleven forestry workers (Abai Region, a year after its creation from East Kazakhstan Region); evacuees in Semey; firefighters from Pavlodar region and Almaty',
     text="""Forest fire in Abai region kills 11 forestry workers
SEMEY, June 12 (Reuters) - Eleven forestry workers died when a fast-moving fire encircled their crew in Abai district of Kazakhstan's new Abai region, the emergencies ministry said on Monday, in the deadliest blaze the country has seen in years.
The fire started on Thursday in pine forest near the village of Kaskabulak and has spread over more than 40,000 hectares in strong wind. About 300 residents of Kaskabulak and neighbouring Arkat were taken by bus to a camp in Semey, the regional centre, 200 km to the north.
The region was carved out of East Kazakhstan Region a year ago, and its forest service still shares aircraft and crews with Oskemen. Firefighters from Pavlodar region and a water-bombing plane flying from Almaty joined about 1,200 people on the fire line on Sunday.
The government declared Tuesday a day of mourning. Investigators in Semey have opened a criminal case over negligence in the organisation of the firefighting.""",
     ann=[
        ('Abai region', 0, 'region', ABR, ABR, {'note': 'headline'}),
        ('SEMEY', 0, 'city', 'Semey', ABR, {'note': 'dateline'}),
        ('Abai district', 0, 'district', 'Abai District', ABR),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('Abai region', 1, 'region', ABR, ABR),
        ('Kaskabulak', 0, 'village', 'Kaskabulak', ABR),
        ('Kaskabulak', 1, 'village', 'Kaskabulak', ABR, {'note': 'NI:home of evacuees'}),
        ('Arkat', 0, 'village', 'Arkat', ABR, {'note': 'NI:home of evacuees'}),
        ('Semey', 0, 'city', 'Semey', ABR, {'note': 'NI:relief camp; reference point'}),
        ('East Kazakhstan Region', 0, 'region', EKR, EKR, {'note': 'NI:the former unit of the land'}),
        ('Oskemen', 0, 'city', 'Oskemen', EKR, {'note': 'NI:shared aircraft base'}),
        ('Pavlodar region', 0, 'region', PR, PR, {'note': 'NI:origin of firefighters'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of the plane'}),
        ('Semey', 1, 'city', 'Semey', ABR, {'note': 'NI:seat of investigators'}),
     ],
     inc={ABR: (1, 'forest fire near Kaskabulak, Abai district, eleven forestry workers killed')}),

dict(id='p003', date='2017-03-27', lang='en',
     event='2017 flash floods after heavy rain in Sairam and Tolebi districts near Shymkent: Aksukent, Karabulak, Lenger (South Kazakhstan Region, before the 2018 reform)',
     text="""Floods hit villages near Shymkent after heavy rain
SHYMKENT, March 27 (Interfax-Kazakhstan) - Floodwater entered more than 150 houses in Sairam and Tolebi districts of South Kazakhstan region after two days of heavy rain swelled mountain rivers, the regional emergencies department said on Monday.
The Aksu river overflowed near the district centre of Aksukent, cutting the road to Shymkent for several hours, and a bridge was damaged at Karabulak. In Lenger, the Tolebi district centre, water stood knee-deep in school courtyards. About 700 people moved in with relatives or to a temporary camp in the Aksukent sports school.
Nobody was hurt, the department said. Rescuers from Shymkent and Turkestan pumped water from cellars, and the regional governor visited Karabulak on Sunday.
Forecasters warned that the Arys and the Badam could rise further by midweek, and asked people in Ordabasy district to watch the level of the Badam near Temirlan.""",
     ann=[
        ('Shymkent', 0, 'city', 'Shymkent', SKR, {'note': 'headline; reference point'}),
        ('SHYMKENT', 0, 'city', 'Shymkent', SKR, {'note': 'dateline'}),
        ('Sairam', 0, 'district', 'Sairam District', SKR, {'note': 'list sharing "districts"'}),
        ('Tolebi', 0, 'district', 'Tolebi District', SKR, {'note': 'list sharing "districts"'}),
        ('South Kazakhstan region', 0, 'region', SKR, SKR),
        ('Aksu river', 0, 'facility', 'Aksu river (Sairam)', N, {'subkind': 'river'}),
        ('Aksukent', 0, 'village', 'Aksukent', SKR),
        ('Shymkent', 1, 'city', 'Shymkent', SKR, {'note': 'NI:road endpoint'}),
        ('Karabulak', 0, 'village', 'Karabulak (Sairam District)', SKR),
        ('Lenger', 0, 'city', 'Lenger', SKR),
        ('Tolebi district', 0, 'district', 'Tolebi District', SKR),
        ('Aksukent', 1, 'village', 'Aksukent', SKR, {'note': 'NI:temporary camp'}),
        ('Shymkent', 2, 'city', 'Shymkent', SKR, {'note': 'NI:origin of rescuers'}),
        ('Turkestan', 0, 'city', 'Turkistan', SKR, {'note': 'NI:origin of rescuers'}),
        ('Karabulak', 1, 'village', 'Karabulak (Sairam District)', SKR, {'note': "NI:governor's visit"}),
        ('Arys', 0, 'facility', 'Arys river', N, {'subkind': 'river', 'note': 'the river, not the town'}),
        ('Badam', 0, 'facility', 'Badam river', N, {'subkind': 'river'}),
        ('Ordabasy district', 0, 'district', 'Ordabasy District', SKR),
        ('Badam', 1, 'facility', 'Badam river', N, {'subkind': 'river'}),
        ('Temirlan', 0, 'village', 'Temirlan', SKR, {'note': 'NI:reference point of a warning'}),
     ],
     inc={SKR: (1, 'flash floods in Sairam and Tolebi districts (Aksukent, Karabulak, Lenger): one natural disaster per ADM1')}),

dict(id='p004', date='2024-01-23', lang='en',
     event='2024 magnitude-7 earthquake in Xinjiang (China) shakes Almaty (cracks in blocks in Medeu district, a gas fire in Auezov district), Almaty Region (Konaev, Talgar, Esik) and Jetisu Region (Taldykorgan, Tekeli); felt in Kyrgyzstan and Uzbekistan; Aksu prefecture in China',
     text="""Strong quake in China's Xinjiang rattles Almaty, sends residents into the cold
ALMATY, Jan 23 (Reuters) - A magnitude 7.0 earthquake centred in China's Xinjiang region shook Almaty shortly after midnight on Tuesday, sending thousands of residents of Kazakhstan's largest city into the streets at minus 15 degrees Celsius.
The epicentre lay in Uqturpan county, near the border with Kyrgyzstan, about 280 km south-east of Almaty, the national seismology institute said. The tremor reached 5 points on the local scale in Almaty and was also felt in Konaev, Talgar and Esik in Almaty region and in Taldykorgan and Tekeli in Jetisu region.
No deaths were reported in Kazakhstan. Cracks appeared in the walls of a school in Talgar and of two apartment blocks in Almaty's Medeu district, the emergencies ministry said. In Auezov district, a gas pipe broken by the shaking caught fire in a private house on Zhandosov Street; firefighters put it out within an hour, and one man was treated for burns.
Many residents complained that the city's sirens stayed silent and that text alerts arrived after the shaking had ended. The city administration promised to check the warning system and put up heated tents at the Central Stadium and on Republic Square for people afraid to go back indoors.
The emergencies minister flew in from Astana in the morning to inspect the damaged blocks, and engineers from Shymkent and Karaganda were sent to help check 400 buildings.
In Kyrgyzstan, the quake was felt in Bishkek and Karakol, and residents of Tashkent in Uzbekistan reported light tremors. Chinese state media said several people were injured in Aksu prefecture, where dozens of houses collapsed.""",
     ann=[
        ('China', 0, 'foreign', 'China', N, {'note': 'headline'}),
        ('Xinjiang', 0, 'foreign', 'Xinjiang', N, {'note': 'headline'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'headline'}),
        ('ALMATY', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('China', 1, 'foreign', 'China', N),
        ('Xinjiang', 1, 'foreign', 'Xinjiang', N),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty'),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('Uqturpan county', 0, 'foreign', 'Uqturpan County', N, {'note': 'epicentre'}),
        ('Kyrgyzstan', 0, 'foreign', 'Kyrgyzstan', N),
        ('Almaty', 2, 'city', 'Almaty', 'Almaty', {'note': 'NI:reference point for the epicentre'}),
        ('Almaty', 3, 'city', 'Almaty', 'Almaty'),
        ('Konaev', 0, 'city', 'Konaev', ALR),
        ('Talgar', 0, 'city', 'Talgar', ALR),
        ('Esik', 0, 'city', 'Esik', ALR),
        ('Almaty region', 0, 'region', ALR, ALR),
        ('Taldykorgan', 0, 'city', 'Taldykorgan', JTR),
        ('Tekeli', 0, 'city', 'Tekeli', JTR),
        ('Jetisu region', 0, 'region', JTR, JTR),
        ('Kazakhstan', 1, 'country', 'Kazakhstan', N),
        ('Talgar', 1, 'city', 'Talgar', ALR),
        ('Almaty', 5, 'city', 'Almaty', 'Almaty'),
        ('Medeu district', 0, 'district', 'Medeu District (Almaty)', 'Almaty', {'subkind': 'city district'}),
        ('Auezov district', 0, 'district', 'Auezov District (Almaty)', 'Almaty', {'subkind': 'city district'}),
        ('Zhandosov Street', 0, 'facility', 'Zhandosov Street (Almaty)', 'Almaty', {'subkind': 'street'}),
        ('Central Stadium', 0, 'facility', 'Central Stadium (Almaty)', 'Almaty', {'subkind': 'stadium', 'note': 'NI:heated tents'}),
        ('Republic Square', 0, 'facility', 'Republic Square (Almaty)', 'Almaty', {'subkind': 'square', 'note': 'NI:heated tents'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': "NI:minister's origin"}),
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:origin of engineers'}),
        ('Karaganda', 0, 'city', 'Karaganda', KR, {'note': 'NI:origin of engineers'}),
        ('Kyrgyzstan', 1, 'foreign', 'Kyrgyzstan', N),
        ('Bishkek', 0, 'foreign', 'Bishkek', N),
        ('Karakol', 0, 'foreign', 'Karakol', N),
        ('Tashkent', 0, 'foreign', 'Tashkent', N),
        ('Uzbekistan', 0, 'foreign', 'Uzbekistan', N),
        ('Aksu prefecture', 0, 'foreign', 'Aksu Prefecture', N, {'note': 'in China; namesake of Kazakh places called Aksu'}),
     ],
     inc={'Almaty': (2, 'shaken by the earthquake (cracks in two blocks in Medeu district), and a separate fire from a broken gas pipe in a house on Zhandosov Street, Auezov district'),
          ALR: (1, 'shaken by the earthquake (Konaev, Talgar, Esik; a cracked school in Talgar)'),
          JTR: (1, 'shaken by the earthquake (felt in Taldykorgan and Tekeli); doubtful: only "felt"')}),

dict(id='p005', date='2020-01-16', lang='en',
     event='2020 blizzard closes the roads out of Nur-Sultan; a bus to Shchuchinsk overturns near Shortandy, injuring nine (Akmola Region); heating points in Ereymentau and Osakarovka',
     text="""Blizzard shuts roads around Nur-Sultan, bus overturns near Shortandy
NUR-SULTAN, Jan 16 (Interfax-Kazakhstan) - A blizzard with gusts of up to 25 metres per second closed the main roads out of Nur-Sultan on Thursday, and a passenger bus overturned on the highway to Kokshetau near Shortandy, injuring nine people, police said.
The bus, travelling from Nur-Sultan to Shchuchinsk with 34 passengers, slid off the icy road in poor visibility about 15 km north of Shortandy. The injured were taken to hospitals in the capital.
Sections of the Nur-Sultan - Karaganda and Nur-Sultan - Pavlodar highways were also closed, and about 200 vehicles waited out the storm at heating points in Ereymentau and Osakarovka. Flights at Nur-Sultan airport were delayed by up to six hours, and schools in the capital and in Akmola region moved classes online.
Forecasters said the storm would move on to Karaganda and Pavlodar regions overnight and ease by Saturday.""",
     ann=[
        ('Nur-Sultan', 0, 'city', 'Astana', 'Astana', {'note': 'headline; capital name 2019-2022'}),
        ('Shortandy', 0, 'city', 'Shortandy', AKR, {'note': 'headline'}),
        ('NUR-SULTAN', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Nur-Sultan', 1, 'city', 'Astana', 'Astana', {'note': 'NI:roads out of the city closed'}),
        ('Kokshetau', 0, 'city', 'Kokshetau', AKR, {'note': 'NI:highway endpoint'}),
        ('Shortandy', 1, 'city', 'Shortandy', AKR),
        ('Nur-Sultan', 2, 'city', 'Astana', 'Astana', {'note': "NI:the bus's origin"}),
        ('Shchuchinsk', 0, 'city', 'Shchuchinsk', AKR, {'note': "NI:the bus's destination"}),
        ('Shortandy', 2, 'city', 'Shortandy', AKR, {'note': 'reference point of the accident'}),
        ('Nur-Sultan', 3, 'city', 'Astana', 'Astana', {'note': 'NI:route endpoint'}),
        ('Karaganda', 0, 'city', 'Karaganda', KR, {'note': 'NI:route endpoint'}),
        ('Nur-Sultan', 4, 'city', 'Astana', 'Astana', {'note': 'NI:route endpoint'}),
        ('Pavlodar', 0, 'city', 'Pavlodar', PR, {'note': 'NI:route endpoint'}),
        ('Ereymentau', 0, 'city', 'Ereymentau', AKR, {'note': 'NI:heating point'}),
        ('Osakarovka', 0, 'village', 'Osakarovka', KR, {'note': 'NI:heating point'}),
        ('Nur-Sultan airport', 0, 'facility', 'Astana International Airport', 'Astana', {'subkind': 'airport', 'note': 'NI:flight delays'}),
        ('Akmola region', 0, 'region', AKR, AKR, {'note': 'NI:schools online'}),
        ('Karaganda', 1, 'region', KR, KR, {'note': 'NI:forecast; list sharing "regions"'}),
        ('Pavlodar', 1, 'region', PR, PR, {'note': 'NI:forecast; list sharing "regions"'}),
     ],
     inc={AKR: (1, 'bus overturned in the blizzard near Shortandy, nine injured; road closures and delays are not incidents')}),

dict(id='p006', date='2025-07-15', lang='en',
     event='2025 mudflow down the Kishi Almaty valley stopped by the Medeu dam, road to Shymbulak washed out (Almaty), and a rain mudflow in the Talgar gorge near Tuzdybastau (Almaty Region); warnings for Jetisu Region and Kordai district (Jambyl Region)',
     text="""Mudflow stopped by Medeu dam; second flow cuts road in Talgar gorge
ALMATY, July 15 (Kazinform) - A mudflow set off by the outburst of a glacial lake came down the Kishi Almaty valley on Monday evening and was stopped by the Medeu dam above Almaty, the state mudflow protection agency Kazselezashchita said on Tuesday.
The flow carried about 120,000 cubic metres of mud and boulders. It washed away about 200 metres of the road to the Shymbulak ski resort and damaged a footbridge near the Gorelnik tourist base. About 150 hikers and staff were taken down to the city by bus. Nobody was hurt.
Two hours later, a downpour set off a smaller mudflow in the gorge of the Talgar river, 25 km to the east in Almaty region. It buried 300 metres of road south of the village of Tuzdybastau and left a dacha settlement cut off overnight.
The agency said the Medeu dam, built in the 1960s and raised after 1973, held about a tenth of its capacity and would be cleared within a month. Its teams have been pumping water out of the Mynzhylky moraine lake since June.
Kazselezashchita warned of a high mudflow risk for the rest of the week in the Koksu and Karatal basins of Jetisu region and in Kordai district of Jambyl region. Trails in the Ile-Alatau national park and the road to Big Almaty Lake were closed to visitors.
"The glaciers above the city are melting earlier every year," said the agency's chief engineer. Akimats in Talgar and Tekeli have been told to check their warning sirens before the weekend, when temperatures are expected to reach 38 degrees in the foothills. Rescue teams from Taraz and Taldykorgan have been put on standby.""",
     ann=[
        ('Medeu dam', 0, 'facility', 'Medeu dam', 'Almaty', {'subkind': 'dam', 'note': 'headline'}),
        ('Talgar gorge', 0, 'facility', 'Talgar gorge', N, {'subkind': 'valley', 'note': 'headline; in Almaty Region'}),
        ('ALMATY', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Kishi Almaty valley', 0, 'facility', 'Kishi Almaty valley', N, {'subkind': 'valley', 'note': 'within the city limits of Almaty'}),
        ('Medeu dam', 1, 'facility', 'Medeu dam', 'Almaty', {'subkind': 'dam'}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty'),
        ('Shymbulak ski resort', 0, 'facility', 'Shymbulak ski resort', 'Almaty', {'subkind': 'ski resort'}),
        ('Gorelnik tourist base', 0, 'facility', 'Gorelnik tourist base', 'Almaty', {'subkind': 'tourist base'}),
        ('Talgar river', 0, 'facility', 'Talgar river', N, {'subkind': 'river'}),
        ('Almaty region', 0, 'region', ALR, ALR),
        ('Tuzdybastau', 0, 'village', 'Tuzdybastau', ALR, {'note': 'reference point of the buried road'}),
        ('Medeu dam', 2, 'facility', 'Medeu dam', 'Almaty', {'subkind': 'dam'}),
        ('Mynzhylky moraine lake', 0, 'facility', 'Mynzhylky moraine lake', N, {'subkind': 'lake'}),
        ('Koksu', 0, 'facility', 'Koksu river', N, {'subkind': 'river', 'note': 'NI:warning; list sharing "basins"'}),
        ('Karatal', 0, 'facility', 'Karatal river', N, {'subkind': 'river', 'note': 'NI:warning; list sharing "basins"'}),
        ('Jetisu region', 0, 'region', JTR, JTR, {'note': 'NI:warning'}),
        ('Kordai district', 0, 'district', 'Kordai District', JR, {'note': 'NI:warning'}),
        ('Jambyl region', 0, 'region', JR, JR, {'note': 'NI:warning'}),
        ('Ile-Alatau national park', 0, 'facility', 'Ile-Alatau national park', ALR, {'subkind': 'national park', 'note': 'NI:trails closed'}),
        ('Big Almaty Lake', 0, 'facility', 'Big Almaty Lake', N, {'subkind': 'lake', 'note': 'NI:road closed'}),
        ('Talgar', 2, 'city', 'Talgar', ALR, {'note': 'NI:akimat told to check sirens'}),
        ('Tekeli', 0, 'city', 'Tekeli', JTR, {'note': 'NI:akimat told to check sirens'}),
        ('Taraz', 0, 'city', 'Taraz', JR, {'note': 'NI:rescue teams on standby'}),
        ('Taldykorgan', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:rescue teams on standby'}),
     ],
     inc={'Almaty': (1, 'mudflow down the Kishi Almaty valley, stopped by the Medeu dam; road to Shymbulak and a footbridge damaged'),
          ALR: (1, 'rain mudflow in the Talgar gorge buried a road south of Tuzdybastau')}),

dict(id='p007', date='2022-04-21', lang='en',
     event='2022 steppe fires in Alakol district (Koktuma evacuated to Kabanbay) and Sarkand district near Koilyk (Almaty Region, seven weeks before the Jetisu Region was created); the announced Jetisu region',
     text="""Steppe fire near Usharal burns 5,000 hectares, village evacuated
TALDYKORGAN, April 21 (KazTAG) - A steppe fire driven by strong wind burned about 5,000 hectares of reeds and pasture in Alakol district of Almaty region on Wednesday and forced the evacuation of the village of Koktuma, the regional emergencies department said.
The fire started near the road from Usharal to Dostyk and reached the edge of Koktuma by evening. Three houses and a barn burned down. About 600 residents spent the night in a school in Kabanbay, the district centre, 30 km away.
A second fire destroyed 40 hectares of hay meadows near the village of Koilyk in Sarkand district. Fire crews from Taldykorgan and Ust-Kamenogorsk helped to put out both fires by Thursday morning.
The department said both were probably started by farmers burning dry grass, which is banned until June. Alakol and Sarkand districts are among the eight that are to form the new Jetisu region announced by the president in March.""",
     ann=[
        ('Usharal', 0, 'city', 'Usharal', ALR, {'note': 'headline; reference point'}),
        ('TALDYKORGAN', 0, 'city', 'Taldykorgan', ALR, {'note': 'dateline'}),
        ('Alakol district', 0, 'district', 'Alakol District', ALR),
        ('Almaty region', 0, 'region', ALR, ALR),
        ('Koktuma', 0, 'village', 'Koktuma', ALR),
        ('Usharal', 1, 'city', 'Usharal', ALR, {'note': 'NI:road endpoint'}),
        ('Dostyk', 0, 'village', 'Dostyk (Alakol District)', ALR, {'note': 'NI:road endpoint'}),
        ('Koktuma', 1, 'village', 'Koktuma', ALR),
        ('Kabanbay', 0, 'village', 'Kabanbay (Alakol District)', ALR, {'note': 'NI:evacuees sheltered'}),
        ('Koilyk', 0, 'village', 'Koilyk', ALR),
        ('Sarkand district', 0, 'district', 'Sarkand District', ALR),
        ('Taldykorgan', 0, 'city', 'Taldykorgan', ALR, {'note': 'NI:origin of fire crews'}),
        ('Ust-Kamenogorsk', 0, 'city', 'Oskemen', EKR, {'note': 'NI:origin of fire crews'}),
        ('Alakol', 1, 'district', 'Alakol District', ALR, {'note': 'list sharing "districts"'}),
        ('Sarkand', 1, 'district', 'Sarkand District', ALR, {'note': 'list sharing "districts"'}),
        ('Jetisu region', 0, 'region', ALR, ALR, {'uncertain': True, 'note': 'NI:the Jetisu region announced in March 2022 and created on 2022-06-08; on the article date its land is Almaty Region'}),
     ],
     inc={ALR: (2, 'steppe fire in Alakol district (Koktuma, three houses burnt) and a separate fire near Koilyk in Sarkand district')}),

dict(id='p008', date='2026-02-18', lang='en',
     event='2026 government warns of a high spring flood risk in eight named regions; dikes, reservoirs and army engineers on standby; Kurgan Oblast to share data (no incident)',
     text="""Kazakhstan warns of high flood risk in eight regions
ASTANA, Feb 18 (Reuters) - Kazakhstan's government warned on Wednesday that snow cover in the north and west is well above normal and that eight regions face a high risk of spring floods, and ordered local authorities to finish clearing river beds by mid-March.
The Kazhydromet weather service named the Kostanay, North Kazakhstan, Akmola, Aktobe, West Kazakhstan, Atyrau, Abai and Ulytau regions. The government said 140 km of new dikes had been built since the floods of 2024 and that the Sergeyevka and Upper Tobol reservoirs would be drawn down before the melt. The Zhezkazgan reservoir in Ulytau region will be lowered by two metres.
The emergencies minister will travel to Petropavl and Kostanay next week, and army engineering units in Oral and Aktobe have been put on standby. Authorities in Russia's Kurgan region agreed to share river gauge data on the Tobol every six hours.""",
     ann=[
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N, {'note': 'headline'}),
        ('eight regions', 0, 'quantified', '8 regions', N, {'count': 8, 'unit': 'region', 'note': 'headline; a forecast, not incidents'}),
        ('ASTANA', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Kazakhstan', 1, 'country', 'Kazakhstan', N),
        ('eight regions', 1, 'quantified', '8 regions', N, {'count': 8, 'unit': 'region', 'note': 'a forecast, not incidents; all eight are named'}),
        ('Kostanay', 0, 'region', KOR, KOR, {'note': 'NI:forecast; list sharing "regions"'}),
        ('North Kazakhstan', 0, 'region', NKR, NKR, {'note': 'NI:forecast; list sharing "regions"'}),
        ('Akmola', 0, 'region', AKR, AKR, {'note': 'NI:forecast; list sharing "regions"'}),
        ('Aktobe', 0, 'region', AR, AR, {'note': 'NI:forecast; list sharing "regions"'}),
        ('West Kazakhstan', 0, 'region', WKR, WKR, {'note': 'NI:forecast; list sharing "regions"'}),
        ('Atyrau', 0, 'region', ATR, ATR, {'note': 'NI:forecast; list sharing "regions"'}),
        ('Abai', 0, 'region', ABR, ABR, {'note': 'NI:forecast; list sharing "regions"'}),
        ('Ulytau', 0, 'region', UR, UR, {'note': 'NI:forecast; list sharing "regions"'}),
        ('Sergeyevka', 0, 'facility', 'Sergeyevka reservoir', NKR, {'subkind': 'reservoir', 'note': 'list sharing "reservoirs"'}),
        ('Upper Tobol', 0, 'facility', 'Upper Tobol reservoir', KOR, {'subkind': 'reservoir', 'note': 'list sharing "reservoirs"'}),
        ('Zhezkazgan reservoir', 0, 'facility', 'Zhezkazgan reservoir', UR, {'subkind': 'reservoir'}),
        ('Ulytau region', 0, 'region', UR, UR),
        ('Petropavl', 0, 'city', 'Petropavl', NKR, {'note': "NI:minister's planned visit"}),
        ('Kostanay', 1, 'city', 'Kostanay', KOR, {'note': "NI:minister's planned visit"}),
        ('Oral', 0, 'city', 'Oral', WKR, {'note': 'NI:army units on standby'}),
        ('Aktobe', 1, 'city', 'Aktobe', AR, {'note': 'NI:army units on standby'}),
        ('Russia', 0, 'foreign', 'Russia', N),
        ('Kurgan region', 0, 'foreign', 'Kurgan Oblast', N),
        ('Tobol', 1, 'facility', 'Tobol river', N, {'subkind': 'river'}),
     ],
     inc={}),
]
