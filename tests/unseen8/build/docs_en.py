"""English texts of the eighth unseen check corpus (annotation tuples described in
tests/build_check_corpus.py)."""
N = None
JR, ALR, KYR, TR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'Turkistan Region', 'South Kazakhstan Region'
ABR, JTR, EKR, MR, KOR = 'Abai Region', 'Jetisu Region', 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR, UR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region', 'Ulytau Region'
ATR, AR, WKR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region'

DOCS = [
dict(id='s001', date='1995-07-19', lang='en',
     event='1995 fuel train derailment and fire at Zhangiztobe station, Zharma district (Semipalatinsk Region, now East Kazakhstan Region land)',
     text="""SEMIPALATINSK, July 19 (Interfax-Kazakhstan) - Eleven tank cars of a freight train carrying diesel fuel derailed and caught fire at Zhangiztobe station in Zharma district late on Tuesday, the emergencies committee of Semipalatinsk Region said.
The train was travelling from Pavlodar to Almaty on the Turkestan-Siberia Railway. The driver and his assistant were taken to hospital in Ayagoz with burns. About 600 residents of the station village spent the night in a school while fire crews from Semipalatinsk and Charsk fought the blaze for nine hours.
"The track was relaid in spring, so we are looking at the brakes of the tank cars," said Kairat Zharmukhamedov, deputy head of the regional railway department.
Traffic between Charsk and Ayagoz was halted for 20 hours, and freight trains bound for China were sent through Karaganda instead.
Semipalatinsk Region, home to about 800,000 people, borders Russia's Altai Krai and China. It suffered more than any other area from the Soviet nuclear tests at the Semipalatinsk test site, closed in 1991.""",
     ann=[
        ('SEMIPALATINSK', 0, 'city', 'Semey', EKR, {'note': 'dateline'}),
        ('Zhangiztobe station', 0, 'facility', 'Zhangiztobe station', EKR, {'subkind': 'railway station'}),
        ('Zharma district', 0, 'district', 'Zharma District', EKR),
        ('Semipalatinsk Region', 0, 'region', EKR, EKR, {'uncertain': True, 'note': 'inside the name of an authority; Semipalatinsk Region existed until 1997 and is not a canonical unit; its land lies in East Kazakhstan Region on the article date'}),
        ('Pavlodar', 0, 'city', 'Pavlodar', PR, {'note': 'NI:route endpoint'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:route endpoint'}),
        ('Turkestan-Siberia Railway', 0, 'facility', 'Turkestan-Siberia Railway', N, {'subkind': 'railway', 'note': 'crosses several units'}),
        ('Ayagoz', 0, 'city', 'Ayagoz', EKR, {'note': 'NI:hospital town'}),
        ('Semipalatinsk', 1, 'city', 'Semey', EKR, {'note': 'NI:origin of fire crews'}),
        ('Charsk', 0, 'city', 'Shar', EKR, {'note': 'NI:origin of fire crews'}),
        ('Charsk', 1, 'city', 'Shar', EKR, {'note': 'NI:end of the closed line section'}),
        ('Ayagoz', 1, 'city', 'Ayagoz', EKR, {'note': 'NI:end of the closed line section'}),
        ('China', 0, 'foreign', 'China', N),
        ('Karaganda', 0, 'city', 'Karaganda', KR, {'note': 'NI:diversion route'}),
        ('Semipalatinsk Region', 1, 'region', EKR, EKR, {'uncertain': True, 'note': 'NI:Semipalatinsk Region existed until 1997; its land lies in East Kazakhstan Region on the article date'}),
        ('Russia', 0, 'foreign', 'Russia', N),
        ('Altai Krai', 0, 'foreign', 'Altai Krai', N),
        ('China', 1, 'foreign', 'China', N),
        ('Semipalatinsk test site', 0, 'facility', 'Semipalatinsk test site', N, {'subkind': 'test site', 'note': 'NI:spans several units'}),
     ],
     inc={EKR: (1, 'derailment and fire of a fuel train at Zhangiztobe station')}),

dict(id='s002', date='2003-11-05', lang='en',
     event='2003 grain elevator fire in Karabalyk and a boiler-house gas leak in Zhitikara (Kostanay Region)',
     text="""KOSTANAY, Nov 5 (Kazinform) - Fire broke out at a grain elevator in the village of Karabalyk on Tuesday afternoon and destroyed about 4,000 tonnes of wheat, the emergencies department of Kostanay Region reported.
The blaze started in a grain dryer and spread along a conveyor gallery. Fire crews from Kostanay and Fyodorovka needed six hours to put it out. Two workers were treated for smoke inhalation.
"The elevator passed a fire inspection in August," said Bolat Tobolov, the akim of Karabalyk district. Losses are put at 30 million tenge.
On the same day a gas leak at a boiler house in Zhitikara forced the evacuation of a school on Lenin Street, and three pupils were treated for dizziness.
The elevator, 25 km from the Russian border, ships grain to Chelyabinsk and Yekaterinburg and, through Turkmenistan, to Iran. Grain dust fires have been reported in several regions of northern Kazakhstan since the harvest began, and the emergencies ministry in Astana has ordered checks at every elevator. A lecturer at Kostanay State University blamed old dryers.""",
     ann=[
        ('KOSTANAY', 0, 'city', 'Kostanay', KOR, {'note': 'dateline'}),
        ('Karabalyk', 0, 'village', 'Karabalyk', KOR),
        ('Kostanay Region', 0, 'region', KOR, KOR, {'note': 'inside the name of an authority'}),
        ('Kostanay', 1, 'city', 'Kostanay', KOR, {'note': 'NI:origin of fire crews'}),
        ('Fyodorovka', 0, 'village', 'Fyodorovka', KOR, {'note': 'NI:origin of fire crews'}),
        ('Karabalyk district', 0, 'district', 'Karabalyk District', KOR, {'note': 'official post'}),
        ('Zhitikara', 0, 'city', 'Zhitikara', KOR),
        ('Lenin Street', 0, 'facility', 'Lenin Street (Zhitikara)', KOR, {'subkind': 'street'}),
        ('Chelyabinsk', 0, 'foreign', 'Chelyabinsk', N),
        ('Yekaterinburg', 0, 'foreign', 'Yekaterinburg', N),
        ('Turkmenistan', 0, 'foreign', 'Turkmenistan', N),
        ('Iran', 0, 'foreign', 'Iran', N),
        ('several regions', 0, 'quantified', 'several regions', N, {'count': None, 'unit': 'region', 'note': 'grain dust fires in unnamed regions'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N, {'note': 'directional phrase "northern Kazakhstan": only the country'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the ministry'}),
     ],
     inc={KOR: (2, 'elevator fire in Karabalyk; gas leak at a boiler house in Zhitikara with three pupils treated (a mishap with victims)')},
     unatt=[{'label': 'several regions', 'count': None, 'note': 'grain dust fires in unnamed regions of northern Kazakhstan'}]),

dict(id='s003', date='2009-09-02', lang='en',
     event='2009 ammonia leak at a phosphate fertiliser plant in Zhanatas and a minibus-tractor collision near Saudakent (Jambyl Region)',
     text="""TARAZ, Sept 2 (KazTAG) - Thirty-four workers were taken to hospital after ammonia leaked from a pipeline at a phosphate fertiliser plant in Zhanatas on Tuesday, the Jambyl regional health department said.
The leak occurred during repairs in the acid shop. Nine of the injured are in intensive care in Zhanatas, and four were flown to Taraz. Gas rescuers from Karatau sealed the pipe within an hour.
"The wind was blowing away from the housing blocks, and that saved the town," said Askar Karatauov, head of the emergencies department of Sarysu district.
Prosecutors have opened a criminal case over safety violations. The plant, built in the 1960s, restarted in 2006 after ten idle years and sells fertiliser to Uzbekistan and Kyrgyzstan.
Later the same day a minibus collided with a tractor on the Taraz-Zhanatas road near the village of Saudakent, injuring seven passengers. The minibus was taking workers home from the plant to Taraz.""",
     ann=[
        ('TARAZ', 0, 'city', 'Taraz', JR, {'note': 'dateline'}),
        ('Zhanatas', 0, 'city', 'Zhanatas', JR),
        ('Jambyl', 0, 'region', JR, JR, {'note': 'inside the name of an authority'}),
        ('Zhanatas', 1, 'city', 'Zhanatas', JR, {'note': 'NI:hospital town (also the incident town)'}),
        ('Taraz', 0, 'city', 'Taraz', JR, {'note': 'NI:hospital city'}),
        ('Karatau', 0, 'city', 'Karatau', JR, {'note': 'NI:origin of rescuers'}),
        ('Sarysu district', 0, 'district', 'Sarysu District', JR, {'note': 'inside the name of an authority'}),
        ('Uzbekistan', 0, 'foreign', 'Uzbekistan', N),
        ('Kyrgyzstan', 0, 'foreign', 'Kyrgyzstan', N),
        ('Taraz', 1, 'city', 'Taraz', JR, {'note': 'NI:road endpoint'}),
        ('Zhanatas', 2, 'city', 'Zhanatas', JR, {'note': 'NI:road endpoint'}),
        ('Saudakent', 0, 'village', 'Saudakent', JR),
        ('Taraz', 2, 'city', 'Taraz', JR, {'note': 'NI:destination of the passengers'}),
     ],
     inc={JR: (2, 'ammonia leak at the Zhanatas plant; minibus-tractor collision near Saudakent')}),

dict(id='s004', date='2013-06-10', lang='en',
     event='2013 gas explosion in a dormitory in the Nursat microdistrict, Al-Farabi district of Shymkent, a mudflow in Kaskasu (Tolebi district), and a March cylinder blast in Turkistan (South Kazakhstan Region)',
     text="""SHYMKENT, June 10 (Tengrinews) - A gas explosion wrecked two flats in a five-storey dormitory on Baitursynov Street in the Nursat microdistrict of Shymkent's Al-Farabi district early on Monday, killing a woman and injuring six people, the emergencies department of South Kazakhstan Region said.
About 120 residents were moved to a nearby school. Investigators believe a tenant left a gas cylinder open overnight.
"Two floors are unsafe, and families will be housed in the city's hostels," said Nurlan Sairamov, a spokesman for the city akimat.
Hours later a mudflow came down the gorge above the village of Kaskasu in Tolebi district and flooded 14 houses. Nobody was hurt; rescuers from Lenger cleared the road by evening.
Cylinder explosions are frequent in the region, where many homes have no mains gas: in March two people died when a cylinder blew up in a house in Turkistan. Most of the region's gas comes through a pipeline from Uzbekistan.""",
     ann=[
        ('SHYMKENT', 0, 'city', 'Shymkent', SKR, {'note': 'dateline'}),
        ('Baitursynov Street', 0, 'facility', 'Baitursynov Street (Shymkent)', SKR, {'subkind': 'street', 'note': 'named after a person'}),
        ('Nursat', 0, 'district', 'Nursat (Shymkent)', SKR, {'subkind': 'microdistrict'}),
        ('Shymkent', 0, 'city', 'Shymkent', SKR, {'note': "possessive Shymkent's"}),
        ('Al-Farabi district', 0, 'district', 'Al-Farabi District (Shymkent)', SKR, {'subkind': 'city district'}),
        ('South Kazakhstan Region', 0, 'region', SKR, SKR, {'note': 'inside the name of an authority'}),
        ('Kaskasu', 0, 'village', 'Kaskasu', SKR),
        ('Tolebi district', 0, 'district', 'Tolebi District', SKR),
        ('Lenger', 0, 'city', 'Lenger', SKR, {'note': 'NI:origin of rescuers'}),
        ('Turkistan', 0, 'city', 'Turkistan', SKR, {'note': 'background event in March'}),
        ('Uzbekistan', 0, 'foreign', 'Uzbekistan', N),
     ],
     inc={SKR: (3, 'dormitory gas explosion in Shymkent (street, microdistrict, city district: one event); mudflow in Kaskasu; background March cylinder blast in Turkistan')}),

dict(id='s005', date='2019-06-10', lang='en',
     event='2019 early presidential election turnout by region (no incident)',
     text="""NUR-SULTAN, June 10 (The Astana Times) - Turnout in Sunday's early presidential election was 77.5 percent, the Central Election Commission said on Monday. Polling stations worked in all 17 regions and cities of national significance.
Turnout was highest in Turkistan Region, at 92 percent, and lowest in Almaty, at 46 percent. In Nur-Sultan it reached 61 percent and in Shymkent 74 percent.
Mobile ballot boxes were taken to shepherds' camps in Aral district of Kyzylorda Region and to border villages in Kurchum district in the east. In Aktobe and Pavlodar, officials reported a record number of first-time voters.
Kazakh citizens abroad voted at 65 polling stations, with the longest queues at the embassy in Moscow and the consulates in Istanbul and Seoul.
Observers from the mission of the OSCE, which is based in Vienna, will present their findings in Nur-Sultan on Tuesday. The commission chairman said the count in Karaganda and Kostanay regions had been slowed by a software failure.""",
     ann=[
        ('NUR-SULTAN', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('all 17 regions', 0, 'quantified', 'all 17 regions', N, {'count': 17, 'unit': 'region', 'quantifier': 'all', 'note': 'polling stations, not incidents'}),
        ('Turkistan Region', 0, 'region', TR, TR),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty'),
        ('Nur-Sultan', 0, 'city', 'Astana', 'Astana'),
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent'),
        ('Aral district', 0, 'district', 'Aral District', KYR),
        ('Kyzylorda Region', 0, 'region', KYR, KYR),
        ('Kurchum district', 0, 'district', 'Kurchum District', EKR),
        ('Aktobe', 0, 'city', 'Aktobe', AR),
        ('Pavlodar', 0, 'city', 'Pavlodar', PR),
        ('Moscow', 0, 'foreign', 'Moscow', N),
        ('Istanbul', 0, 'foreign', 'Istanbul', N),
        ('Seoul', 0, 'foreign', 'Seoul', N),
        ('Vienna', 0, 'foreign', 'Vienna', N),
        ('Nur-Sultan', 1, 'city', 'Astana', 'Astana'),
        ('Karaganda', 0, 'region', KR, KR, {'note': 'list sharing the head noun "regions"'}),
        ('Kostanay', 0, 'region', KOR, KOR, {'note': 'list sharing the head noun "regions"'}),
     ],
     inc={}),

dict(id='s006', date='2022-10-03', lang='en',
     event='2022 fuel tanker explosion at the Karazhyra coal mine and a house fire in Kurchatov (Abai Region, four months after its creation)',
     text="""SEMEY, Oct 3 (Kazinform) - Four workers were injured when a fuel tanker exploded at the Karazhyra open-pit coal mine, 120 km south-west of Semey, on Sunday, the emergencies department of Abai Region said.
The tanker was refuelling an excavator when it caught fire. Two of the injured were flown to Semey, the others were treated at a clinic in Kurchatov.
"The mine kept working in the other sections, and coal deliveries will not stop," said Yerlan Karazhanov, the mine's chief engineer. Coal from Karazhyra goes to power plants in Oskemen and to Russia's Altai Krai.
In Kurchatov itself, a fire destroyed a wooden house on Monday night and killed its 78-year-old owner. The town, named after the physicist Igor Kurchatov, once served the nuclear test site.
Both places belonged to East Kazakhstan Region until June, when Abai Region was created with Semey as its centre. Its first governor has promised to rebuild the road from Semey to Kurchatov by 2024.""",
     ann=[
        ('SEMEY', 0, 'city', 'Semey', ABR, {'note': 'dateline'}),
        ('Karazhyra', 0, 'facility', 'Karazhyra coal mine', ABR, {'subkind': 'mine', 'note': 'the span is the name before "open-pit coal mine"'}),
        ('Semey', 0, 'city', 'Semey', ABR, {'note': 'NI:reference point'}),
        ('Abai Region', 0, 'region', ABR, ABR, {'note': 'inside the name of an authority'}),
        ('Semey', 1, 'city', 'Semey', ABR, {'note': 'NI:hospital city'}),
        ('Kurchatov', 0, 'city', 'Kurchatov', ABR, {'note': 'NI:clinic town (the town of the second incident)'}),
        ('Karazhyra', 1, 'facility', 'Karazhyra coal mine', ABR, {'subkind': 'mine'}),
        ('Oskemen', 0, 'city', 'Oskemen', EKR, {'note': 'NI:destination of coal'}),
        ('Russia', 0, 'foreign', 'Russia', N),
        ('Altai Krai', 0, 'foreign', 'Altai Krai', N),
        ('Kurchatov', 1, 'city', 'Kurchatov', ABR),
        ('East Kazakhstan Region', 0, 'region', EKR, EKR, {'note': 'NI:former unit of the places'}),
        ('Abai Region', 1, 'region', ABR, ABR, {'note': 'NI:creation of the region'}),
        ('Semey', 2, 'city', 'Semey', ABR, {'note': 'NI:regional centre'}),
        ('Semey', 3, 'city', 'Semey', ABR, {'note': 'NI:road endpoint'}),
        ('Kurchatov', 3, 'city', 'Kurchatov', ABR, {'note': 'NI:road endpoint'}),
     ],
     inc={ABR: (2, 'fuel tanker explosion at the Karazhyra mine; fatal house fire in Kurchatov')}),

dict(id='s007', date='2024-08-15', lang='en',
     event='2024 hard landing of a Mi-8 helicopter in Zhalagash district and a chlorine leak in Tasboget, Kyzylorda (Kyzylorda Region)',
     text="""KYZYLORDA, Aug 15 (Vlast.kz) - A Mi-8 helicopter of the regional aviation service made a hard landing in Zhalagash district on Wednesday, 30 km north of the village of Zhalagash, injuring two of its seven people on board, the emergencies department of Kyzylorda Region said.
The helicopter had taken off from Kyzylorda airport (KZO) to patrol reed beds along the Syr Darya, where fires break out every summer. The pilot reported an engine fault and put the aircraft down in the steppe. The injured were taken to the regional hospital in Kyzylorda.
The engine was overhauled in Kazan in the spring. "We will send the recorders to Almaty for reading," said Bakhyt Syrdariyev of the transport prosecutor's office.
Separately, chlorine leaked at a water treatment plant in the Tasboget settlement of Kyzylorda on Wednesday evening, and eleven people, most of them children from nearby houses, sought medical help. The leak was stopped within 40 minutes, the city akimat said.""",
     ann=[
        ('KYZYLORDA', 0, 'city', 'Kyzylorda', KYR, {'note': 'dateline'}),
        ('Zhalagash district', 0, 'district', 'Zhalagash District', KYR),
        ('Zhalagash', 1, 'village', 'Zhalagash', KYR, {'note': 'NI:reference point'}),
        ('Kyzylorda Region', 0, 'region', KYR, KYR, {'note': 'inside the name of an authority'}),
        ('Kyzylorda airport', 0, 'facility', 'Kyzylorda airport', KYR, {'subkind': 'airport', 'note': 'NI:point of departure'}),
        ('KZO', 0, 'facility', 'Kyzylorda airport', KYR, {'subkind': 'airport code', 'note': 'NI:point of departure'}),
        ('Syr Darya', 0, 'facility', 'Syr Darya', N, {'subkind': 'river'}),
        ('Kyzylorda', 2, 'city', 'Kyzylorda', KYR, {'note': 'NI:hospital city'}),
        ('Kazan', 0, 'foreign', 'Kazan', N),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:where the recorders are read'}),
        ('Tasboget', 0, 'village', 'Tasboget', KYR),
        ('Kyzylorda', 3, 'city', 'Kyzylorda', KYR),
     ],
     inc={KYR: (2, 'helicopter hard landing in Zhalagash district; chlorine leak in Tasboget (Kyzylorda)')}),

dict(id='s008', date='2026-01-20', lang='en',
     event='2026 tower crane collapse in Satpayev and an acid lorry overturned near Zhezdy (Ulytau Region)',
     text="""ZHEZKAZGAN, Jan 20 (Orda.kz) - Two workers were killed when a tower crane collapsed at the construction site of a copper concentrator in Satpayev on Monday, the emergencies department of Ulytau Region said.
The crane, made in China and erected in November, toppled in gusts of up to 25 metres per second. A third worker was taken to the regional hospital in Zhezkazgan. Satpayev bears the name of the geologist Kanysh Satpayev, who explored the copper deposits here.
Also on Monday, a lorry carrying 20 tonnes of sulphuric acid overturned on the road from Zhezkazgan to Ulytau near the village of Zhezdy. The driver escaped, but acid spilled over about 300 square metres, and the road was closed for a day.
The acid was bound for uranium mines in Shieli district of Kyzylorda Region. Ulytau Region was separated from Karaganda Region in 2022, and a commission from Astana is to inspect its roads next month.""",
     ann=[
        ('ZHEZKAZGAN', 0, 'city', 'Zhezkazgan', UR, {'note': 'dateline'}),
        ('Satpayev', 0, 'city', 'Satpayev', UR),
        ('Ulytau Region', 0, 'region', UR, UR, {'note': 'inside the name of an authority'}),
        ('China', 0, 'foreign', 'China', N),
        ('Zhezkazgan', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:hospital city'}),
        ('Satpayev', 1, 'city', 'Satpayev', UR, {'note': 'NI:the town named after a person'}),
        ('Zhezkazgan', 1, 'city', 'Zhezkazgan', UR, {'note': 'NI:road endpoint'}),
        ('Ulytau', 1, 'village', 'Ulytau', UR, {'note': 'NI:road endpoint'}),
        ('Zhezdy', 0, 'village', 'Zhezdy', UR),
        ('Shieli district', 0, 'district', 'Shieli District', KYR, {'note': 'NI:destination of the cargo'}),
        ('Kyzylorda Region', 0, 'region', KYR, KYR, {'note': 'NI:destination of the cargo'}),
        ('Ulytau Region', 1, 'region', UR, UR, {'note': 'NI:creation of the region'}),
        ('Karaganda Region', 0, 'region', KR, KR, {'note': 'NI:former unit'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of a commission'}),
     ],
     inc={UR: (2, 'tower crane collapse in Satpayev; acid lorry overturned near Zhezdy')}),
]
