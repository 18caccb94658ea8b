"""English texts of the second unseen check corpus (annotation tuples described in build.py)."""
N = None
KR, AKR, SKR, TR, PR = 'Karaganda Region', 'Akmola Region', 'South Kazakhstan Region', 'Turkistan Region', 'Pavlodar Region'
ABR, EKR, UR, JTR, WKR = 'Abai Region', 'East Kazakhstan Region', 'Ulytau Region', 'Jetisu Region', 'West Kazakhstan Region'

DOCS = [
dict(id='v001', date='1997-03-12', lang='en',
     event='1997 miners strike at Karazhal (Karaganda Region) and grain train derailment near Atbasar (Akmola Region)',
     text="""ALMATY, March 12 - About 400 workers at the Karazhal iron-ore mine in Karaganda Region have stopped work, saying they have not been paid since November, a trade union official said on Wednesday. The strikers stay underground in shifts and let only repair crews through.
Separately, eleven wagons of a grain train left the rails near Atbasar in Akmola Region on Tuesday night. Nobody was hurt, but traffic on the line from Kokshetau to Arkalyk was halted for 20 hours. The wagons had been loaded at Esil and were bound for the Russian port of Novorossiysk.
Kazakhstan's mining and transport companies owe their workers more than 3 billion tenge, the labour ministry in Almaty said.""",
     ann=[
        ('ALMATY', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Karazhal iron-ore mine', 0, 'facility', 'Karazhal iron-ore mine', KR, {'subkind': 'mine'}),
        ('Karaganda Region', 0, 'region', KR, KR),
        ('Atbasar', 0, 'city', 'Atbasar', AKR),
        ('Akmola Region', 0, 'region', AKR, AKR),
        ('Kokshetau', 0, 'city', 'Kokshetau', AKR, {'note': 'NI:route endpoint'}),
        ('Arkalyk', 0, 'city', 'Arkalyk', 'Kostanay Region', {'note': 'NI:route endpoint'}),
        ('Esil', 0, 'city', 'Esil', AKR, {'note': 'NI:loading point of the wagons (the town, not the river)'}),
        ('Novorossiysk', 0, 'foreign', 'Novorossiysk', N, {'note': 'destination'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:seat of the ministry (the capital in March 1997)'}),
     ],
     inc={KR: (1, 'strike at the Karazhal mine'), AKR: (1, 'grain train derailment near Atbasar')}),

dict(id='v002', date='2016-07-05', lang='en',
     event='2016 Syr Darya flood in Shardara district and storm in Arys (South Kazakhstan Region)',
     text="""SHYMKENT, July 5 - Rising water on the Syr Darya flooded parts of Shardara district in South Kazakhstan Region on Monday after heavy releases from reservoirs upstream in Uzbekistan, the regional emergency department said. About 600 residents of the villages of Koksu and Kyzylkum were moved to a school in Shardara town.
A storm on Sunday tore the roofs off 30 houses in Arys and brought down power lines in five districts of the region, leaving 12,000 people without electricity for a night.
Rescuers from Kyzylorda Region were sent to help with the sandbags. The governor, speaking to reporters in Turkestan, promised compensation to every family. Water levels are expected to fall by Friday.""",
     ann=[
        ('SHYMKENT', 0, 'city', 'Shymkent', SKR, {'note': 'dateline; Shymkent is part of the region before 2018-06-19'}),
        ('Syr Darya', 0, 'facility', 'Syr Darya', N, {'subkind': 'river'}),
        ('Shardara district', 0, 'district', 'Shardara District', SKR),
        ('South Kazakhstan Region', 0, 'region', SKR, SKR),
        ('Uzbekistan', 0, 'foreign', 'Uzbekistan', N),
        ('Koksu', 0, 'village', 'Koksu (Shardara District)', SKR),
        ('Kyzylkum', 0, 'village', 'Kyzylkum (Shardara District)', SKR),
        ('Shardara', 1, 'city', 'Shardara', SKR, {'note': 'NI:evacuation point'}),
        ('Arys', 0, 'city', 'Arys', SKR),
        ('five districts', 0, 'quantified', '5 districts', N, {'count': 5, 'unit': 'district', 'note': 'storm damage; districts of the region (South Kazakhstan), not named'}),
        ('Kyzylorda Region', 0, 'region', 'Kyzylorda Region', 'Kyzylorda Region', {'note': 'NI:origin of rescuers'}),
        ('Turkestan', 0, 'city', 'Turkistan', SKR, {'note': 'NI:place of a statement'}),
     ],
     inc={SKR: (2, 'flood in Shardara district; storm in Arys and five districts (one storm)')}),

dict(id='v003', date='2019-11-20', lang='en',
     event='2019 heating-tariff protest in Kentau and market fire in Turkestan (Turkistan Region)',
     text="""NUR-SULTAN, Nov 20 - Several hundred residents of Kentau in Turkistan Region gathered outside the town akimat on Tuesday to protest against a fourfold rise in heating charges, local media reported. The crowd left peacefully after the akim promised a recount. The town's heating plant also serves the nearby village of Mirgalimsay.
On the same day a fire destroyed about 40 stalls at a clothing market in Turkestan, the regional centre. Firefighters from Shymkent helped to put it out; nobody was injured.
The energy ministry ordered tariff checks in all 17 regions of Kazakhstan. A ministry spokesman in Nur-Sultan said the Kentau tariff had been approved without a public hearing.""",
     ann=[
        ('NUR-SULTAN', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Kentau', 0, 'city', 'Kentau', TR),
        ('Turkistan Region', 0, 'region', TR, TR),
        ('Mirgalimsay', 0, 'village', 'Mirgalimsay', TR, {'note': 'NI:served by the heating plant'}),
        ('Turkestan', 0, 'city', 'Turkistan', TR),
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:origin of firefighters'}),
        ('all 17 regions', 0, 'quantified', 'all 17 regions', N, {'count': 17, 'unit': 'region', 'quantifier': 'all', 'note': 'official checks, not incidents'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('Nur-Sultan', 0, 'city', 'Astana', 'Astana', {'note': 'NI:place of a statement'}),
        ('Kentau', 1, 'city', 'Kentau', TR, {'note': "modifier in 'the Kentau tariff'; same protest"}),
     ],
     inc={TR: (2, 'heating protest in Kentau; market fire in Turkestan')}),

dict(id='v004', date='2021-06-14', lang='en',
     event='2021 power station cable fire in Ekibastuz and hailstorm in Aksu and Mai district (Pavlodar Region)',
     text="""PAVLODAR, June 14 - A fire broke out in a cable tunnel at a coal-fired power station in Ekibastuz on Sunday evening, cutting power to parts of the town for six hours, the emergency ministry said. Two workers were treated for smoke inhalation.
Hours later a hailstorm swept across Aksu and the neighbouring Mai district, damaging roofs and flattening wheat on about 2,000 hectares.
The Irtysh rose by half a metre near Pavlodar, but officials said there was no risk of flooding. FC Irtysh Pavlodar postponed its home match against a visiting side from Shymkent because of the storm warning.
Coal from Ekibastuz feeds power plants in the Urals and across northern Kazakhstan.""",
     ann=[
        ('PAVLODAR', 0, 'city', 'Pavlodar', PR, {'note': 'dateline'}),
        ('Ekibastuz', 0, 'city', 'Ekibastuz', PR),
        ('Aksu', 0, 'city', 'Aksu (Pavlodar Region)', PR),
        ('Mai district', 0, 'district', 'Mai District', PR),
        ('Irtysh', 0, 'facility', 'Irtysh', N, {'subkind': 'river'}),
        ('Pavlodar', 0, 'city', 'Pavlodar', PR, {'note': 'NI:reference point; no flooding'}),
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent', {'note': "NI:origin of a football team; 'FC Irtysh Pavlodar' is a club name and not annotated"}),
        ('Ekibastuz', 1, 'city', 'Ekibastuz', PR, {'note': 'NI:origin of coal'}),
        ('Urals', 0, 'foreign', 'Urals', N, {'subkind': 'macro-region'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
     ],
     inc={PR: (2, 'cable fire at the Ekibastuz power station; hailstorm in Aksu and Mai district (one storm)')}),

dict(id='v005', date='2023-02-09', lang='en',
     event='2023 anthrax on a farm in Urzhar district (Abai Region) and tourist bus crash near Zaisan (East Kazakhstan Region)',
     text="""SEMEY, Feb 9 - Veterinary officials confirmed anthrax on a cattle farm in Urzhar district of Abai Region on Wednesday after two cows died. Two farm workers who had skinned one of the animals were taken to hospital in Ayagoz. A quarantine was imposed on the farm and on three villages around it.
In East Kazakhstan Region, a tourist bus slid off an icy mountain road near Zaisan, injuring nine people. The tourists had come from Oskemen and were heading for the Maikapshagai border crossing, about 40 km from the Chinese town of Jeminay.
The agriculture ministry in Astana said vaccination of cattle in the area would be finished by March.""",
     ann=[
        ('SEMEY', 0, 'city', 'Semey', ABR, {'note': 'dateline'}),
        ('Urzhar district', 0, 'district', 'Urzhar District', ABR),
        ('Abai Region', 0, 'region', ABR, ABR),
        ('Ayagoz', 0, 'city', 'Ayagoz', ABR, {'note': 'NI:hospital location'}),
        ('three villages', 0, 'quantified', '3 villages', N, {'count': 3, 'unit': 'village', 'note': 'quarantine, an official measure'}),
        ('East Kazakhstan Region', 0, 'region', EKR, EKR),
        ('Zaisan', 0, 'city', 'Zaisan', EKR),
        ('Oskemen', 0, 'city', 'Oskemen', EKR, {'note': 'NI:origin of the tourists'}),
        ('Maikapshagai border crossing', 0, 'facility', 'Maikapshagai border crossing', EKR, {'subkind': 'checkpoint', 'note': 'NI:destination'}),
        ('Jeminay', 0, 'foreign', 'Jeminay', N, {'note': 'reference point'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the ministry'}),
     ],
     inc={ABR: (1, 'anthrax outbreak on a farm in Urzhar district (livestock disease; doubtful whether an incident under guideline 5)'),
          EKR: (1, 'tourist bus crash near Zaisan')}),

dict(id='v006', date='2024-04-08', lang='en',
     event='2024 spring floods in West Kazakhstan, Aktobe and Atyrau regions',
     text="""ASTANA, April 8 - Meltwater floods have now hit five regions, the emergency ministry said on Monday. In West Kazakhstan Region the worst damage is in Chingirlau district, where the Ilek burst its banks and cut off four villages. In Aktobe Region water entered about 300 houses in Emba, and a flood emergency was declared in Makat district of Atyrau Region as the river there kept rising.
Across the border, the city of Orsk in Russia's Orenburg Oblast was flooded after a dam gave way on Friday.
Volunteers from Almaty and Shymkent arrived in Uralsk on Sunday to fill sandbags. More than 9,000 people have left their homes since the start of the month.""",
     ann=[
        ('ASTANA', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('five regions', 0, 'quantified', '5 regions', N, {'count': 5, 'unit': 'region', 'note': 'floods; three named (West Kazakhstan, Aktobe, Atyrau), two not'}),
        ('West Kazakhstan Region', 0, 'region', WKR, WKR),
        ('Chingirlau district', 0, 'district', 'Chingirlau District', WKR),
        ('Ilek', 0, 'facility', 'Ilek', N, {'subkind': 'river'}),
        ('four villages', 0, 'quantified', '4 villages', N, {'count': 4, 'unit': 'village', 'note': 'in Chingirlau district'}),
        ('Aktobe Region', 0, 'region', 'Aktobe Region', 'Aktobe Region'),
        ('Emba', 0, 'city', 'Emba', 'Aktobe Region'),
        ('Makat district', 0, 'district', 'Makat District', 'Atyrau Region'),
        ('Atyrau Region', 0, 'region', 'Atyrau Region', 'Atyrau Region'),
        ('Orsk', 0, 'foreign', 'Orsk', N),
        ('Russia', 0, 'foreign', 'Russia', N),
        ('Orenburg Oblast', 0, 'foreign', 'Orenburg Oblast', N),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of volunteers'}),
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:origin of volunteers'}),
        ('Uralsk', 0, 'city', 'Oral', WKR, {'note': 'Russian name of Oral; NI:volunteers filling sandbags (the text does not say the town is flooded)'}),
     ],
     inc={WKR: (1, 'flood in Chingirlau district'), 'Aktobe Region': (1, 'flood in Emba'),
          'Atyrau Region': (1, 'flood emergency in Makat district (guideline 5: under a flood emergency)')},
     unatt=[{'label': 'five regions', 'count': 5, 'note': 'floods in five regions; West Kazakhstan, Aktobe and Atyrau are named and have rows, two are not named'}]),

dict(id='v007', date='2022-12-03', lang='en',
     event='2022 rock collapse at a copper mine near Satpayev and miners rally in Zhezkazgan (Ulytau Region)',
     text="""ZHEZKAZGAN, Dec 3 - Two miners died and five were injured when a rock mass collapsed at the Annensky copper mine near Satpayev in Ulytau Region on Friday, the region's emergency department said. The injured were flown to Karaganda.
On Saturday about 200 miners gathered outside the company's office in Zhezkazgan to demand independent safety checks. The meeting ended without arrests.
Until June this year Satpayev and Zhezkazgan belonged to Karaganda Region. The new region also includes the district centre of Ulytau, 150 km north of Zhezkazgan, and the small mining town of Karazhal.""",
     ann=[
        ('ZHEZKAZGAN', 0, 'city', 'Zhezkazgan', UR, {'note': 'dateline'}),
        ('Annensky copper mine', 0, 'facility', 'Annensky mine', UR, {'subkind': 'mine'}),
        ('Satpayev', 0, 'city', 'Satpayev', UR, {'note': "NI:reference point ('near Satpayev'); the mine is the site"}),
        ('Ulytau Region', 0, 'region', UR, UR),
        ('Karaganda', 0, 'city', 'Karaganda', KR, {'note': 'NI:hospital location'}),
        ('Zhezkazgan', 0, 'city', 'Zhezkazgan', UR),
        ('Satpayev', 1, 'city', 'Satpayev', UR, {'note': 'NI:history of the units'}),
        ('Zhezkazgan', 1, 'city', 'Zhezkazgan', UR, {'note': 'NI:history of the units'}),
        ('Karaganda Region', 0, 'region', KR, KR, {'note': 'NI:former unit of the towns'}),
        ('Ulytau', 1, 'village', 'Ulytau', UR, {'note': 'NI:the village, not the region'}),
        ('Zhezkazgan', 2, 'city', 'Zhezkazgan', UR, {'note': 'NI:reference point'}),
        ('Karazhal', 0, 'city', 'Karazhal', UR),
     ],
     inc={UR: (2, 'rock collapse at the Annensky mine; miners rally in Zhezkazgan')}),

dict(id='v008', date='2025-09-15', lang='en',
     event='2025 grain terminal opening at the Khorgos dry port (Jetisu Region); no incident',
     text="""ZHARKENT, Sept 15 - A new grain terminal opened on Monday at the Khorgos dry port in Jetisu Region, 35 km from Zharkent, with capacity to ship 500,000 tonnes a year to China. Trains will carry wheat from the Kostanay and North Kazakhstan regions through Almaty and Konaev to the border, and then on to Urumqi and Xi'an.
Officials said the terminal would create 300 jobs in Panfilov district. A trade fair will follow in Taldykorgan next week, with firms from Uzbekistan, Kyrgyzstan and all regions of Kazakhstan taking part.""",
     ann=[
        ('ZHARKENT', 0, 'city', 'Zharkent', JTR, {'note': 'dateline'}),
        ('Khorgos dry port', 0, 'facility', 'Khorgos dry port', JTR, {'subkind': 'dry port'}),
        ('Jetisu Region', 0, 'region', JTR, JTR),
        ('Zharkent', 0, 'city', 'Zharkent', JTR, {'note': 'NI:reference point'}),
        ('China', 0, 'foreign', 'China', N),
        ('Kostanay', 0, 'region', 'Kostanay Region', 'Kostanay Region', {'note': "in a list sharing the head noun 'regions'"}),
        ('North Kazakhstan', 0, 'region', 'North Kazakhstan Region', 'North Kazakhstan Region', {'note': "in a list sharing the head noun 'regions'"}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:route'}),
        ('Konaev', 0, 'city', 'Konaev', 'Almaty Region', {'note': 'NI:route'}),
        ('Urumqi', 0, 'foreign', 'Urumqi', N),
        ("Xi'an", 0, 'foreign', "Xi'an", N),
        ('Panfilov district', 0, 'district', 'Panfilov District', JTR),
        ('Taldykorgan', 0, 'city', 'Taldykorgan', JTR),
        ('Uzbekistan', 0, 'foreign', 'Uzbekistan', N),
        ('Kyrgyzstan', 0, 'foreign', 'Kyrgyzstan', N),
        ('all regions', 0, 'quantified', 'all regions', N, {'count': None, 'unit': 'region', 'quantifier': 'all', 'note': 'participants of a fair, not incidents'}),
        ('Kazakhstan', 1, 'country', 'Kazakhstan', N),
     ],
     inc={}),
]
