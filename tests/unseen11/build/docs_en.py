"""English texts of the eleventh unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
JR, ALR, KYR, TR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'Turkistan Region', 'South Kazakhstan Region'
ABR, JTR, EKR, MR, KOR = 'Abai Region', 'Jetisu Region', 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR, UR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region', 'Ulytau Region'
ATR, AR, WKR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region'

DOCS = [
dict(id='p001', date='1995-11-21', lang='en',
     event='1995 roof collapse at the Annensky mine near Zhezkazgan, background boiler explosion in Karazhal and a September miners\' strike (Zhezkazgan Region, now Karaganda Region land on the date)',
     text="""Three miners killed in roof fall near Zhezkazgan
ZHEZKAZGAN, Nov 21 (Interfax-Kazakhstan) - Three miners were killed and five injured when part of a roof fell in at the Annensky mine near Zhezkazgan late on Monday, the emergencies department of Zhezkazgan Region said on Tuesday.
The collapse happened 400 metres underground during the night shift. Mine rescuers from Zhezkazgan and Satpayev brought 41 men to the surface within four hours. The injured were taken to the city hospital; two of them are in a serious condition.
"The rock in that drift was checked on Friday and no cracks were recorded," said Marat Ulytauov, chief engineer of the Zhezkazgantsvetmet copper corporation, which runs the mine.
Copper output at the mine has been halted, and a government commission has flown in from Almaty. Zhezkazgantsvetmet, which also runs pits near Zhezdy and a smelter in Balkhash, ships most of its copper cathodes by rail to Russia and China.
It was the second accident in the region this month. On November 6 a boiler exploded at the heating plant of Karazhal, a mining town east of Zhezkazgan, leaving about 9,000 residents without heat for three days as night temperatures fell to minus 25. A stoker suffered burns.
Discontent has been growing in the mining towns. In September about 2,000 workers of the Zhezkazgan mines stayed underground for two days to demand wages that had not been paid since spring.
Zhezkazgan Region stretches over the central steppe from the Ulytau mountains to the western shore of Lake Balkhash and has about 490,000 inhabitants. Economists at a bank in Almaty say the copper industry earns a fifth of the country's export revenue.""",
     ann=[
        ('Zhezkazgan', 0, 'city', 'Zhezkazgan', KR, {'note': 'NI:headline, reference point ("near Zhezkazgan")'}),
        ('ZHEZKAZGAN', 0, 'city', 'Zhezkazgan', KR, {'note': 'dateline'}),
        ('Annensky mine', 0, 'facility', 'Annensky mine', KR, {'subkind': 'mine'}),
        ('Zhezkazgan', 1, 'city', 'Zhezkazgan', KR, {'note': 'NI:reference point ("near Zhezkazgan")'}),
        ('Zhezkazgan Region', 0, 'region', KR, KR, {'uncertain': True, 'note': 'inside the name of an authority; Zhezkazgan Region existed until 1997 and is not a canonical unit; its land lies in Karaganda Region on the article date'}),
        ('Zhezkazgan', 3, 'city', 'Zhezkazgan', KR, {'note': 'NI:origin of mine rescuers'}),
        ('Satpayev', 0, 'city', 'Satpayev', KR, {'note': 'NI:origin of mine rescuers'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of a commission'}),
        ('Zhezdy', 0, 'village', 'Zhezdy', KR, {'note': 'NI:site of other pits'}),
        ('Balkhash', 0, 'city', 'Balkhash', KR, {'note': 'NI:site of a smelter'}),
        ('Russia', 0, 'foreign', 'Russia', N),
        ('China', 0, 'foreign', 'China', N),
        ('Karazhal', 0, 'city', 'Karazhal', KR),
        ('Zhezkazgan', 4, 'city', 'Zhezkazgan', KR, {'note': 'NI:reference point'}),
        ('Zhezkazgan', 5, 'city', 'Zhezkazgan', KR, {'note': 'workers of the Zhezkazgan mines on strike: the strike site'}),
        ('Zhezkazgan Region', 1, 'region', KR, KR, {'uncertain': True, 'note': 'NI:background; Zhezkazgan Region existed until 1997; its land lies in Karaganda Region on the article date'}),
        ('Ulytau mountains', 0, 'facility', 'Ulytau mountains', N, {'subkind': 'mountains'}),
        ('Lake Balkhash', 0, 'facility', 'Lake Balkhash', N, {'subkind': 'lake'}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:where economists work'}),
     ],
     inc={KR: (3, 'roof collapse at the Annensky mine; background boiler explosion in Karazhal on November 6; background two-day underground strike at the Zhezkazgan mines in September')}),

dict(id='p002', date='1998-01-13', lang='en',
     event='1998 freezing rain cuts power in Shortandy and Akkol districts (Akmola Region) and a bus overturns near Osakarovka (Karaganda Region)',
     text="""AKMOLA, Jan 13 (Kazinform) - Ice on power lines left 14 villages in the Shortandy and Akkol districts of Akmola Region without electricity for up to two days, the regional power company said on Tuesday.
Freezing rain that began on Sunday night snapped wires and brought down 60 poles, mostly along the line from Shortandy to Akkol. Repair crews from Akmola and Stepnogorsk worked through the night.
On the Akmola-Karaganda highway, a bus carrying 30 passengers skidded on ice and overturned near Osakarovka on Monday morning. Two passengers died, and eleven were taken to hospital in Karaganda.
"The road was sanded at dawn, but the rain kept falling," a spokesman for the traffic police of Karaganda Region said.
Akmola became the country's capital a month ago, on December 10, when the president's office moved from Almaty. City officials said heating in the capital worked normally throughout the storm.""",
     ann=[
        ('AKMOLA', 0, 'city', 'Astana', 'Astana', {'note': 'dateline; the capital under its 1992-1998 name'}),
        ('14 villages', 0, 'quantified', '14 villages', N, {'count': 14, 'unit': 'village', 'note': 'villages of the two named districts'}),
        ('Shortandy', 0, 'district', 'Shortandy District', AKR),
        ('Akkol', 0, 'district', 'Akkol District', AKR),
        ('Akmola Region', 0, 'region', AKR, AKR),
        ('Shortandy', 1, 'village', 'Shortandy', AKR, {'note': 'NI:power line endpoint'}),
        ('Akkol', 1, 'city', 'Akkol', AKR, {'note': 'NI:power line endpoint'}),
        ('Akmola', 1, 'city', 'Astana', 'Astana', {'note': 'NI:origin of repair crews'}),
        ('Stepnogorsk', 0, 'city', 'Stepnogorsk', AKR, {'note': 'NI:origin of repair crews'}),
        ('Akmola', 2, 'city', 'Astana', 'Astana', {'note': 'NI:route endpoint'}),
        ('Karaganda', 0, 'city', 'Karaganda', KR, {'note': 'NI:route endpoint'}),
        ('Osakarovka', 0, 'village', 'Osakarovka', KR),
        ('Karaganda', 1, 'city', 'Karaganda', KR, {'note': 'NI:hospital town'}),
        ('Karaganda Region', 0, 'region', KR, KR, {'note': 'inside the name of an authority'}),
        ('Akmola', 3, 'city', 'Astana', 'Astana', {'note': 'NI:background on the capital'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:former capital'}),
     ],
     inc={AKR: (1, 'freezing rain storm that cut power in two districts (natural disaster, once per unit)'),
          KR: (1, 'bus overturned near Osakarovka')}),

dict(id='p003', date='2021-02-09', lang='en',
     event='2021 bus-lorry collision on Kabanbay Batyr Avenue, Yesil district of Nur-Sultan, and a school boiler-room fire in Kosshy (Akmola Region)',
     text="""NUR-SULTAN, Feb 9 (Kazinform) - A city bus and a lorry collided at the crossing of Kabanbay Batyr Avenue and Hussein bin Talal Street in the Yesil district of Nur-Sultan on Tuesday morning, injuring nine people, the capital's police department said.
The lorry, which was carrying concrete blocks from Kosshy, ran a red light, police said. The injured were taken to the city's emergency hospital; one woman remains in intensive care.
Later the same day a fire in the boiler room of a school in Kosshy forced 600 pupils out into the cold. Nobody was hurt, and the boiler room was sealed by the emergencies department of Akmola Region.
Kosshy, a fast-growing town of 30,000 on the southern edge of the capital, lies in Tselinograd district of Akmola Region, though many of its residents work in Nur-Sultan.
Traffic on the avenue was restored after three hours. Police said the number of road accidents in the capital fell by 12 per cent in January compared with a year earlier.""",
     ann=[
        ('NUR-SULTAN', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Kabanbay Batyr Avenue', 0, 'facility', 'Kabanbay Batyr Avenue (Astana)', 'Astana', {'subkind': 'street'}),
        ('Hussein bin Talal Street', 0, 'facility', 'Hussein bin Talal Street (Astana)', 'Astana', {'subkind': 'street'}),
        ('Yesil district', 0, 'district', 'Yesil District (Astana)', 'Astana', {'subkind': 'city district'}),
        ('Nur-Sultan', 0, 'city', 'Astana', 'Astana'),
        ('Kosshy', 0, 'city', 'Kosshy', AKR, {'note': 'NI:origin of the lorry\'s cargo'}),
        ('Kosshy', 1, 'city', 'Kosshy', AKR),
        ('Akmola Region', 0, 'region', AKR, AKR, {'note': 'inside the name of an authority'}),
        ('Kosshy', 2, 'city', 'Kosshy', AKR, {'note': 'background on the town'}),
        ('Tselinograd district', 0, 'district', 'Tselinograd District', AKR, {'note': 'a district of Akmola Region named after the old name of the capital'}),
        ('Akmola Region', 1, 'region', AKR, AKR),
        ('Nur-Sultan', 1, 'city', 'Astana', 'Astana', {'note': 'NI:workplace of residents'}),
     ],
     inc={'Astana': (1, 'bus-lorry collision (avenue, street, city district, city: one event)'),
          AKR: (1, 'boiler-room fire at a school in Kosshy')}),

dict(id='p004', date='2022-09-05', lang='en',
     event='2022 bridge collapse over the Shagan near Dolon, Beskaragai district, and hail in Urzhar and Abai districts (Abai Region, three months after its creation)',
     text="""Bridge collapses under grain truck in new Abai Region
NUR-SULTAN, Sept 5 (The Astana Times) - A road bridge over the Shagan river collapsed under a loaded grain truck near the village of Dolon in Beskaragai district of Abai Region on Sunday, killing the driver, the regional emergencies department said.
The 60-metre bridge, built in 1968, carried the road from Semey to Pavlodar across the river. The truck, carrying 25 tonnes of wheat from Beskaragai to an elevator in Semey, fell about eight metres into the water. Divers from Semey recovered the driver's body in the evening.
"Until a temporary crossing is ready, traffic between Semey and Pavlodar will go through Kurchatov," said Daniyar Ertisbayev, the head of the region's roads department. A criminal case has been opened for negligence.
In the south of the region, hail the size of walnuts fell on Saturday over the Urzhar and Abai districts, flattening sunflower and wheat on about 7,000 hectares. In Urzhar, the district centre, hail broke the windows of 40 houses and the roof of the village school. Farmers put their losses at 900 million tenge, and the akimat of Abai Region has promised compensation from its reserve fund.
Abai Region, with its centre in Semey, was carved out of East Kazakhstan Region on June 8. Oskemen remained the centre of East Kazakhstan, whose governor has sent road engineers to help inspect the other bridges over the Shagan and the Irtysh. Officials said 14 of the new region's 78 bridges need urgent repairs, and the ministry of industry in Nur-Sultan has promised money for four of them this year.""",
     ann=[
        ('Abai Region', 0, 'region', ABR, ABR, {'note': 'headline'}),
        ('NUR-SULTAN', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Shagan river', 0, 'facility', 'Shagan River', N, {'subkind': 'river', 'note': 'in Abai Region'}),
        ('Dolon', 0, 'village', 'Dolon', ABR),
        ('Beskaragai district', 0, 'district', 'Beskaragai District', ABR),
        ('Abai Region', 1, 'region', ABR, ABR),
        ('Semey', 0, 'city', 'Semey', ABR, {'note': 'NI:road endpoint'}),
        ('Pavlodar', 0, 'city', 'Pavlodar', PR, {'note': 'NI:road endpoint'}),
        ('Beskaragai', 1, 'village', 'Beskaragai', ABR, {'note': 'NI:origin of the cargo'}),
        ('Semey', 1, 'city', 'Semey', ABR, {'note': 'NI:destination of the cargo'}),
        ('Semey', 2, 'city', 'Semey', ABR, {'note': 'NI:origin of divers'}),
        ('Semey', 3, 'city', 'Semey', ABR, {'note': 'NI:route endpoint'}),
        ('Pavlodar', 1, 'city', 'Pavlodar', PR, {'note': 'NI:route endpoint'}),
        ('Kurchatov', 0, 'city', 'Kurchatov', ABR, {'note': 'NI:detour'}),
        ('Urzhar', 0, 'district', 'Urzhar District', ABR),
        ('Abai', 2, 'district', 'Abai District (Abai Region)', ABR, {'note': 'list item sharing the head noun "districts"; the district, not the region'}),
        ('Urzhar', 1, 'village', 'Urzhar', ABR),
        ('Abai Region', 2, 'region', ABR, ABR, {'note': 'inside the name of an authority'}),
        ('Abai Region', 3, 'region', ABR, ABR, {'note': 'NI:background'}),
        ('Semey', 4, 'city', 'Semey', ABR, {'note': 'NI:background'}),
        ('East Kazakhstan Region', 0, 'region', EKR, EKR, {'note': 'NI:background'}),
        ('Oskemen', 0, 'city', 'Oskemen', EKR, {'note': 'NI:background'}),
        ('East Kazakhstan', 1, 'region', EKR, EKR, {'note': 'NI:region named without "Region"'}),
        ('Shagan', 1, 'facility', 'Shagan River', N, {'subkind': 'river'}),
        ('Irtysh', 0, 'facility', 'Irtysh River', N, {'subkind': 'river'}),
        ('Nur-Sultan', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of a ministry'}),
     ],
     inc={ABR: (2, 'bridge collapse near Dolon; hail over two districts (natural disaster, once per unit)')}),

dict(id='p005', date='2023-05-16', lang='en',
     event='2023 anthrax outbreak in Kapal, Aksu district, and a minibus overturned near Sarkand (Jetisu Region)',
     text="""TALDYKORGAN, May 16 (Kazinform) - Veterinary services have quarantined the village of Kapal in Aksu district of Jetisu Region after two cows died of anthrax, the regional akimat said on Tuesday.
Three residents who butchered one of the animals were taken to the infectious diseases hospital in Taldykorgan with skin lesions. About 2,500 head of cattle in Kapal and the neighbouring village of Arasan are being vaccinated, and the sale of meat has been banned at the market in Zhansugurov. Veterinarians from Zharkent have joined the local team.
In a separate accident on Monday night, a minibus travelling from Taldykorgan to Usharal overturned on the Almaty-Ust-Kamenogorsk highway near Sarkand, injuring seven passengers.
Jetisu Region was separated from Almaty Region in June last year. Its centre, Taldykorgan, had served as the centre of Almaty Region since 2001.""",
     ann=[
        ('TALDYKORGAN', 0, 'city', 'Taldykorgan', JTR, {'note': 'dateline'}),
        ('Kapal', 0, 'village', 'Kapal', JTR),
        ('Aksu district', 0, 'district', 'Aksu District (Jetisu Region)', JTR),
        ('Jetisu Region', 0, 'region', JTR, JTR),
        ('Taldykorgan', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:hospital town'}),
        ('Kapal', 1, 'village', 'Kapal', JTR),
        ('Arasan', 0, 'village', 'Arasan (Aksu District)', JTR, {'note': 'NI:cattle vaccinated'}),
        ('Zhansugurov', 0, 'village', 'Zhansugurov', JTR, {'note': 'NI:market closed for meat'}),
        ('Zharkent', 0, 'city', 'Zharkent', JTR, {'note': 'NI:origin of veterinarians'}),
        ('Taldykorgan', 1, 'city', 'Taldykorgan', JTR, {'note': 'NI:route endpoint'}),
        ('Usharal', 0, 'city', 'Usharal', JTR, {'note': 'NI:route endpoint'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:road endpoint'}),
        ('Ust-Kamenogorsk', 0, 'city', 'Oskemen', EKR, {'note': 'NI:road endpoint'}),
        ('Sarkand', 0, 'city', 'Sarkand', JTR),
        ('Jetisu Region', 1, 'region', JTR, JTR, {'note': 'NI:background'}),
        ('Almaty Region', 0, 'region', ALR, ALR, {'note': 'NI:background'}),
        ('Taldykorgan', 2, 'city', 'Taldykorgan', JTR, {'note': 'NI:background'}),
        ('Almaty Region', 1, 'region', ALR, ALR, {'note': 'NI:background'}),
     ],
     inc={JTR: (2, 'anthrax outbreak in Kapal with three people infected (doubtful: a livestock disease outbreak, counted as a mishap with victims); minibus overturned near Sarkand')}),

dict(id='p006', date='2023-01-18', lang='en',
     event='2023 two ice fishermen drowned on the Kengir reservoir near Zhezkazgan and a cattle-shed fire near Kyzylzhar, Zhanaarka district (Ulytau Region)',
     text="""ZHEZKAZGAN, Jan 18 (KazTAG) - Two men drowned on Tuesday when the ice gave way under their car on the Kengir reservoir, five kilometres from Zhezkazgan, the emergencies department of Ulytau Region said.
The men, residents of Satpayev, had driven onto the ice to fish despite warnings. A third man escaped through a window and walked to a dacha settlement on the shore. Divers from Zhezkazgan recovered both bodies on Wednesday morning.
"The ice near the dam is no thicker than 15 centimetres because of the warm current," said rescuer Asylbek Kengirbayev.
On the same night a fire destroyed a cattle shed at a farm near the village of Kyzylzhar in Zhanaarka district, killing 40 sheep. Investigators suspect faulty wiring.
Ulytau Region was formed last June from the south-western part of Karaganda Region. Its akim, visiting Karazhal on Wednesday, said a rescue post would open on the reservoir by spring.""",
     ann=[
        ('ZHEZKAZGAN', 0, 'city', 'Zhezkazgan', UR, {'note': 'dateline'}),
        ('Kengir reservoir', 0, 'facility', 'Kengir Reservoir', N, {'subkind': 'reservoir', 'note': 'a water body, adm1 null like lakes; near Zhezkazgan in Ulytau Region'}),
        ('Zhezkazgan', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:reference point ("five kilometres from Zhezkazgan")'}),
        ('Ulytau Region', 0, 'region', UR, UR, {'note': 'inside the name of an authority'}),
        ('Satpayev', 0, 'city', 'Satpayev', UR, {'note': 'NI:residence'}),
        ('Zhezkazgan', 1, 'city', 'Zhezkazgan', UR, {'note': 'NI:origin of divers'}),
        ('Kyzylzhar', 0, 'village', 'Kyzylzhar (Zhanaarka District)', UR),
        ('Zhanaarka district', 0, 'district', 'Zhanaarka District', UR),
        ('Ulytau Region', 1, 'region', UR, UR, {'note': 'NI:background'}),
        ('Karaganda Region', 0, 'region', KR, KR, {'note': 'NI:background'}),
        ('Karazhal', 0, 'city', 'Karazhal', UR, {'note': 'NI:place of a visit'}),
     ],
     inc={UR: (2, 'two fishermen drowned on the Kengir reservoir near Zhezkazgan; cattle-shed fire near Kyzylzhar')}),

dict(id='p007', date='2025-09-10', lang='en',
     event='2025 grain harvest in Kostanay Region (no incident)',
     text="""ALMATY (Reuters) - Farmers in Kostanay Region, the country's largest grain producer, have threshed wheat from 1.9 million hectares, almost half of the sown area, the regional agriculture department said on Wednesday.
Yields in the Mendykara and Auliekol districts reached 18 centners per hectare, while lower rainfall held them to 9 in the south of the region around Arkalyk. Harvesting is also under way in the North Kazakhstan and Akmola regions, and the agriculture ministry in Astana expects a national crop of 23 million tonnes.
"We have enough storage: the elevators of Rudny and Lisakovsk alone hold 400,000 tonnes," said Marat Tobylov, head of the department.
Most of the wheat will be sent by rail to Uzbekistan and Afghanistan, and barley to Iran and China. Kostanay Minerals, which mines chrysotile in Zhitikara, said it would lend dump trucks to farms in five districts to carry grain to the elevators.""",
     ann=[
        ('ALMATY', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Kostanay Region', 0, 'region', KOR, KOR),
        ('Mendykara', 0, 'district', 'Mendykara District', KOR),
        ('Auliekol', 0, 'district', 'Auliekol District', KOR),
        ('Arkalyk', 0, 'city', 'Arkalyk', KOR),
        ('North Kazakhstan', 0, 'region', NKR, NKR, {'note': 'list item sharing the head noun "regions"'}),
        ('Akmola', 0, 'region', AKR, AKR, {'note': 'list item sharing the head noun "regions"'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'seat of the ministry'}),
        ('Rudny', 0, 'city', 'Rudny', KOR),
        ('Lisakovsk', 0, 'city', 'Lisakovsk', KOR),
        ('Uzbekistan', 0, 'foreign', 'Uzbekistan', N),
        ('Afghanistan', 0, 'foreign', 'Afghanistan', N),
        ('Iran', 0, 'foreign', 'Iran', N),
        ('China', 0, 'foreign', 'China', N),
        ('Zhitikara', 0, 'city', 'Zhitikara', KOR),
        ('five districts', 0, 'quantified', '5 districts', N, {'count': 5, 'unit': 'district', 'note': 'farms helped, not incidents'}),
     ],
     inc={}),

dict(id='p008', date='2026-04-07', lang='en',
     event='2026 gas pipeline rupture and fire near Zhympity (Syrym district), an ice-jam flood in Kushum (Baiterek district), a bus crash on Dostyk Avenue in Oral (West Kazakhstan Region); background 2024 floods in three regions',
     text="""Pipeline fire and ice-jam flood hit West Kazakhstan
ORAL, April 7 (Kazinform) - A gas pipeline ruptured near the village of Zhympity in Syrym district of West Kazakhstan Region early on Monday, and the escaping gas caught fire, the regional emergencies department said.
A column of flame 30 metres high could be seen from the district centre. Nobody was injured, but 120 residents of the nearby village of Tasoba spent the day in the school in Zhympity while crews from Oral and Aksai shut the valves. The pipeline runs from Zhympity to Zhalpaktal, and supplies to 14 villages of the Syrym and Kaztalov districts were cut for 18 hours.
"Corrosion is the most likely cause," said Nurlan Syrymbetov, head of the local branch of the gas distribution company.
Further north, the Ural river rose by 1.2 metres overnight after an ice jam formed below the village of Kushum in Baiterek district. Water flooded 35 houses and cut the road to Oral; 90 people were evacuated. Sappers from a military unit based in Atyrau blasted the jam on Tuesday.
In Oral itself, formerly Uralsk, a bus carrying 40 students skidded into a lamp post on Dostyk Avenue on Monday evening; four students were slightly hurt.
The regional akim, Serik Zhaikbayev, said the flood threat would last until mid-April, when meltwater from the Russian part of the Ural basin, including Orenburg region, reaches the city. Two years ago, in April 2024, floods in the West Kazakhstan, Aktobe and Atyrau regions forced more than 100,000 people from their homes, and the government in Astana set up a special fund for the victims. Hydrologists in Almaty say this year's snow cover is a third lower.""",
     ann=[
        ('West Kazakhstan', 0, 'region', WKR, WKR, {'note': 'headline; region named without "Region"'}),
        ('ORAL', 0, 'city', 'Oral', WKR, {'note': 'dateline'}),
        ('Zhympity', 0, 'village', 'Zhympity', WKR),
        ('Syrym district', 0, 'district', 'Syrym District', WKR),
        ('West Kazakhstan Region', 0, 'region', WKR, WKR),
        ('Tasoba', 0, 'village', 'Tasoba', WKR, {'note': 'NI:residents moved'}),
        ('Zhympity', 1, 'village', 'Zhympity', WKR, {'note': 'NI:evacuation point'}),
        ('Oral', 0, 'city', 'Oral', WKR, {'note': 'NI:origin of crews'}),
        ('Aksai', 0, 'city', 'Aksai', WKR, {'note': 'NI:origin of crews'}),
        ('Zhympity', 2, 'village', 'Zhympity', WKR, {'note': 'NI:pipeline endpoint'}),
        ('Zhalpaktal', 0, 'village', 'Zhalpaktal', WKR, {'note': 'NI:pipeline endpoint'}),
        ('14 villages', 0, 'quantified', '14 villages', N, {'count': 14, 'unit': 'village', 'note': 'villages cut off from gas, not incident sites'}),
        ('Syrym', 1, 'district', 'Syrym District', WKR, {'note': 'NI:list item; supply cut'}),
        ('Kaztalov', 0, 'district', 'Kaztalov District', WKR, {'note': 'NI:list item; supply cut'}),
        ('Ural river', 0, 'facility', 'Ural River', N, {'subkind': 'river'}),
        ('Kushum', 0, 'village', 'Kushum', WKR),
        ('Baiterek district', 0, 'district', 'Baiterek District', WKR),
        ('Oral', 1, 'city', 'Oral', WKR, {'note': 'NI:road endpoint'}),
        ('Atyrau', 0, 'city', 'Atyrau', ATR, {'note': 'NI:base of sappers'}),
        ('Oral', 2, 'city', 'Oral', WKR),
        ('Uralsk', 0, 'city', 'Oral', WKR, {'note': 'former name, same place as the preceding Oral'}),
        ('Dostyk Avenue', 0, 'facility', 'Dostyk Avenue (Oral)', WKR, {'subkind': 'street'}),
        ('Ural', 1, 'facility', 'Ural River', N, {'subkind': 'river', 'note': 'the Ural basin'}),
        ('Orenburg region', 0, 'foreign', 'Orenburg Oblast', N),
        ('West Kazakhstan', 2, 'region', WKR, WKR, {'note': 'list item sharing the head noun "regions"; background 2024 flood'}),
        ('Aktobe', 0, 'region', AR, AR, {'note': 'list item sharing the head noun "regions"; background 2024 flood'}),
        ('Atyrau', 1, 'region', ATR, ATR, {'note': 'list item sharing the head noun "regions"; background 2024 flood'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the government'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:where hydrologists work'}),
     ],
     inc={WKR: (4, 'pipeline rupture and fire near Zhympity; ice-jam flood in Kushum; bus crash on Dostyk Avenue in Oral; background April 2024 floods'),
          AR: (1, 'background April 2024 floods'),
          ATR: (1, 'background April 2024 floods')}),
]
