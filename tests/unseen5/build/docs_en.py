"""English texts of the fifth unseen check corpus (annotation tuples described in
tests/build_check_corpus.py)."""
N = None
JR, ALR, KYR, TR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'Turkistan Region', 'South Kazakhstan Region'
ABR, JTR, EKR, MR, KOR = 'Abai Region', 'Jetisu Region', 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR, UR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region', 'Ulytau Region'
ATR, AR, WKR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region'

DOCS = [
dict(id='y001', date='1999-05-14', lang='en',
     event='1999 gas pipeline rupture and fire near Beineu (Mangystau Region)',
     text="""AKTAU, May 14 (Interfax-Kazakhstan) - A section of the Okarem-Beineu gas pipeline ruptured and caught fire near Beineu late on Thursday, the Mangystau Region emergencies department said on Friday.
Flames rose up to 50 metres and could be seen from the village, about 12 km away. Nobody was killed, but two linemen with burns were flown to a hospital in Aktau. Gas deliveries to Russia through the line were halted for two days.
"The pipe was laid in the 1970s, and corrosion is the most likely cause," said Serik Beineuov, the department's deputy head. Repair crews came from Atyrau and from the Bozoi compressor station in Aktobe Region.
The government in Astana ordered an inspection of the pipeline along its whole length in Kazakhstan. Turkmenistan and Uzbekistan, whose gas also flows through the line, were told of the delay.""",
     ann=[
        ('AKTAU', 0, 'city', 'Aktau', MR, {'note': 'dateline'}),
        ('Okarem', 0, 'foreign', 'Okarem', N, {'note': 'route endpoint in Turkmenistan'}),
        ('Beineu', 0, 'village', 'Beineu', MR, {'note': 'NI:route endpoint (pipeline name)'}),
        ('Beineu', 1, 'village', 'Beineu', MR),
        ('Mangystau Region', 0, 'region', MR, MR, {'note': 'inside the name of an authority'}),
        ('Aktau', 0, 'city', 'Aktau', MR, {'note': 'NI:hospital town'}),
        ('Russia', 0, 'foreign', 'Russia', N),
        ('Atyrau', 0, 'city', 'Atyrau', ATR, {'note': 'NI:origin of repair crews'}),
        ('Bozoi compressor station', 0, 'facility', 'Bozoi compressor station', AR, {'subkind': 'compressor station', 'note': 'NI:origin of repair crews'}),
        ('Aktobe Region', 0, 'region', AR, AR, {'note': 'NI:location of the crews\' origin'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the government'}),
        ('Kazakhstan', 1, 'country', 'Kazakhstan', N, {'note': 'occurrence 0 is inside the agency name Interfax-Kazakhstan (not annotated)'}),
        ('Turkmenistan', 0, 'foreign', 'Turkmenistan', N),
        ('Uzbekistan', 0, 'foreign', 'Uzbekistan', N),
     ],
     inc={MR: (1, 'pipeline rupture and fire near Beineu; the hospital in Aktau and the crews\' origins are not counted')}),

dict(id='y002', date='2011-04-06', lang='en',
     event='2011 spring floods: Shyngyrlau river in West Kazakhstan Region and the Ilek at Alga (Aktobe Region)',
     text="""URALSK, April 6 - The Shyngyrlau river burst its banks overnight and flooded 120 houses in three villages of Shyngyrlau district, the West Kazakhstan Region akimat said on Wednesday. About 430 people were moved to a school in the district centre, Shyngyrlau, and to relatives in Aksai.
In neighbouring Aktobe Region, the Ilek river rose by two metres at Alga, where 35 farmsteads were under water, the regional emergencies department reported.
"The peak is expected on Friday, so we are not lowering our guard," said Ruslan Akzhaikov, head of the emergencies department, at a briefing in Uralsk.
Forecasters say the snow cover in the western regions was twice the average this winter. Floods were also reported in Orenburg Oblast across the border in Russia.""",
     ann=[
        ('URALSK', 0, 'city', 'Oral', WKR, {'note': 'dateline; Russian name of Oral'}),
        ('Shyngyrlau river', 0, 'facility', 'Shyngyrlau River', N, {'subkind': 'river', 'note': 'river in West Kazakhstan Region'}),
        ('three villages', 0, 'quantified', '3 villages', N, {'count': 3, 'unit': 'village', 'note': 'flooded villages of a named district'}),
        ('Shyngyrlau district', 0, 'district', 'Shyngyrlau District', WKR),
        ('West Kazakhstan Region', 0, 'region', WKR, WKR, {'note': 'inside the name of an authority'}),
        ('Shyngyrlau', 2, 'village', 'Shyngyrlau', WKR, {'note': 'NI:evacuation point (district centre)'}),
        ('Aksai', 0, 'city', 'Aksay', WKR, {'note': 'NI:evacuees staying with relatives'}),
        ('Aktobe Region', 0, 'region', AR, AR),
        ('Ilek river', 0, 'facility', 'Ilek River', N, {'subkind': 'river'}),
        ('Alga', 0, 'city', 'Alga', AR),
        ('Uralsk', 0, 'city', 'Oral', WKR, {'note': 'NI:place of a briefing'}),
        ('Orenburg Oblast', 0, 'foreign', 'Orenburg Oblast', N),
        ('Russia', 0, 'foreign', 'Russia', N),
     ],
     inc={WKR: (1, 'one flood in Shyngyrlau district (three villages), counted once per ADM1'),
          AR: (1, 'the Ilek flood at Alga')}),

dict(id='y003', date='2017-02-10', lang='en',
     event='2017 methane explosion at the Abaiskaya mine in the town of Abai (Karaganda Region), with the 2008 Lenin mine blast in Shakhtinsk as background',
     text="""KARAGANDA, Feb 10 (Kazinform) - Four miners were killed and six injured in a methane explosion at the Abaiskaya coal mine in the town of Abai on Friday morning, ArcelorMittal Temirtau, which owns the pit, said.
The blast happened 480 metres underground during a shift change. Mine rescuers from Karaganda, Saran and Shakhtinsk brought 47 men to the surface; the injured were taken to the regional hospital in Karaganda.
"We are doing everything to find out what ignited the gas," said Marat Shakhtinov, the company's safety director. The Karaganda Region prosecutor's office has opened a criminal case.
Abai, 30 km south-west of the regional centre, grew up around its mines in the 1950s. It is the deadliest accident in the region's pits since September 2008, when a methane blast at the Lenin mine in Shakhtinsk killed 30 miners. The company's steel plant in Temirtau was not affected.""",
     ann=[
        ('KARAGANDA', 0, 'city', 'Karaganda', KR, {'note': 'dateline'}),
        ('Abaiskaya coal mine', 0, 'facility', 'Abaiskaya mine (Abai)', KR, {'subkind': 'mine'}),
        ('Abai', 0, 'city', 'Abai (town)', KR, {'note': 'the town in Karaganda Region, not Abai Region (which did not exist in 2017)'}),
        ('Karaganda', 0, 'city', 'Karaganda', KR, {'note': 'NI:origin of rescuers'}),
        ('Saran', 0, 'city', 'Saran', KR, {'note': 'NI:origin of rescuers'}),
        ('Shakhtinsk', 0, 'city', 'Shakhtinsk', KR, {'note': 'NI:origin of rescuers'}),
        ('Karaganda', 1, 'city', 'Karaganda', KR, {'note': 'NI:hospital town'}),
        ('Karaganda Region', 0, 'region', KR, KR, {'note': 'inside the name of an authority'}),
        ('Abai', 1, 'city', 'Abai (town)', KR),
        ('Lenin mine', 0, 'facility', 'Lenin mine (Shakhtinsk)', KR, {'subkind': 'mine', 'note': 'background blast of 2008'}),
        ('Shakhtinsk', 1, 'city', 'Shakhtinsk', KR),
        ('Temirtau', 1, 'city', 'Temirtau', KR, {'note': 'NI:not affected'}),
     ],
     inc={KR: (2, 'the 2017 blast at the Abaiskaya mine and the 2008 blast at the Lenin mine in Shakhtinsk (background narrated explicitly)')}),

dict(id='y004', date='2020-01-15', lang='en',
     event='2020 pilgrim bus crash near Shornak (Turkistan Region) and gas explosion in a house in Al-Farabi district of Shymkent',
     text="""SHYMKENT, Jan 15 - Eleven pilgrims were injured when their bus hit a lorry on the Shymkent-Turkistan road near the village of Shornak early on Wednesday, Turkistan Region police said.
The bus was carrying 38 people from Almaty to the Khoja Ahmed Yasawi mausoleum in Turkistan. Seven of the injured were taken to the central hospital in Shymkent, the others to Turkistan.
Hours earlier, a gas explosion wrecked a two-storey house on Baidibek Bi Avenue in Shymkent's Al-Farabi district, killing a woman and injuring her son. Gas workers said a neighbour had smelled gas the evening before.
A government commission from Nur-Sultan arrived in the afternoon. Roads across the south are icy, and police in the Kyzylorda and Jambyl regions asked drivers to slow down.""",
     ann=[
        ('SHYMKENT', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'dateline'}),
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:route endpoint'}),
        ('Turkistan', 0, 'city', 'Turkistan', TR, {'note': 'NI:route endpoint'}),
        ('Shornak', 0, 'village', 'Shornak', TR),
        ('Turkistan Region', 0, 'region', TR, TR, {'note': 'inside the name of an authority'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of the bus'}),
        ('Khoja Ahmed Yasawi mausoleum', 0, 'facility', 'Khoja Ahmed Yasawi Mausoleum', TR, {'subkind': 'mausoleum', 'note': 'NI:destination'}),
        ('Turkistan', 2, 'city', 'Turkistan', TR, {'note': 'NI:destination'}),
        ('Shymkent', 1, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:hospital town'}),
        ('Turkistan', 3, 'city', 'Turkistan', TR, {'note': 'NI:hospital town'}),
        ('Baidibek Bi Avenue', 0, 'facility', 'Baidibek Bi Avenue (Shymkent)', 'Shymkent', {'subkind': 'street', 'note': 'street named after a person'}),
        ('Shymkent', 2, 'city', 'Shymkent', 'Shymkent'),
        ('Al-Farabi district', 0, 'district', 'Al-Farabi District (Shymkent)', 'Shymkent', {'subkind': 'city district'}),
        ('Nur-Sultan', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of a commission'}),
        ('Kyzylorda', 0, 'region', KYR, KYR, {'note': 'NI:list sharing the head noun "regions"; a warning'}),
        ('Jambyl', 0, 'region', JR, JR, {'note': 'NI:list sharing the head noun "regions"; a warning'}),
     ],
     inc={TR: (1, 'bus crash near Shornak; route endpoints, origin, destination and hospital towns are not counted'),
          'Shymkent': (1, 'gas explosion in a house in Al-Farabi district')}),

dict(id='y005', date='2022-06-27', lang='en',
     event='2022 anthrax in Samarskoye, Kokpekty district (new Abai Region) and a shift bus overturned near Zhezdy (new Ulytau Region)',
     text="""SEMEY, June 27 - Veterinary services have quarantined the village of Samarskoye in Kokpekty district after anthrax killed three cows and two herders fell ill, the akimat of the newly formed Abai Region said on Monday.
The herders were taken to the infectious diseases hospital in Semey; their condition is stable. Samples were tested at a laboratory in Oskemen, the centre of East Kazakhstan Region, to which the district belonged until June 8.
"The outbreak is contained, and 4,000 head of cattle are being vaccinated," said the regional chief veterinarian, Asel Kokpektinova.
In the new Ulytau Region, a bus carrying shift workers overturned on the Zhezkazgan-Karaganda road near Zhezdy on Sunday, injuring nine people. The workers were on their way to the copper mines of Satpayev.
The two regions were created three weeks ago, together with Jetisu Region.""",
     ann=[
        ('SEMEY', 0, 'city', 'Semey', ABR, {'note': 'dateline'}),
        ('Samarskoye', 0, 'village', 'Samarskoye', ABR),
        ('Kokpekty district', 0, 'district', 'Kokpekty District', ABR),
        ('Abai Region', 0, 'region', ABR, ABR, {'note': 'inside the name of an authority'}),
        ('Semey', 0, 'city', 'Semey', ABR, {'note': 'NI:hospital town'}),
        ('Oskemen', 0, 'city', 'Oskemen', EKR, {'note': 'NI:laboratory'}),
        ('East Kazakhstan Region', 0, 'region', EKR, EKR, {'note': 'NI:former unit of the district'}),
        ('Ulytau Region', 0, 'region', UR, UR),
        ('Zhezkazgan', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:route endpoint'}),
        ('Karaganda', 0, 'city', 'Karaganda', KR, {'note': 'NI:route endpoint'}),
        ('Zhezdy', 0, 'village', 'Zhezdy', UR),
        ('Satpayev', 0, 'city', 'Satpayev', UR, {'note': 'NI:destination of the workers'}),
        ('Jetisu Region', 0, 'region', JTR, JTR),
     ],
     inc={ABR: (1, 'anthrax outbreak in Samarskoye with two people infected (counted as a deadly mishap/outbreak; doubtful)'),
          UR: (1, 'bus overturned near Zhezdy')}),

dict(id='y006', date='2023-03-20', lang='en',
     event='2023 Mazhilis election turnout by region (no incident)',
     text="""ASTANA, March 20 (The Astana Times) - Turnout in Sunday's election to the Mazhilis was 54.2 percent, the Central Election Commission said on Monday. Voting was held in all 17 regions and in the three cities of republican significance.
The highest turnout, 79 percent, was recorded in Kyzylorda Region and the lowest, 27 percent, in Almaty, where queues formed only in the Bostandyk and Medeu districts.
In Ulytau Region, which elected deputies for the first time, 1,200 workers of the copper smelter in Zhezkazgan voted at a polling station set up inside the plant.
Citizens abroad voted at 68 stations, including in Moscow, Istanbul and Seoul. OSCE observers said voting in Karaganda and Pavlodar was calm and orderly.
"This is the first parliament elected under the new rules," commission chairman Nurlan Abdirov told reporters in Astana.""",
     ann=[
        ('ASTANA', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('all 17 regions', 0, 'quantified', 'all regions', N, {'count': 17, 'unit': 'region', 'quantifier': 'all', 'note': 'voting; not an incident'}),
        ('three cities', 0, 'quantified', '3 cities', N, {'count': 3, 'unit': 'city', 'note': 'the cities of republican significance; not an incident'}),
        ('Kyzylorda Region', 0, 'region', KYR, KYR),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty'),
        ('Bostandyk', 0, 'district', 'Bostandyk District (Almaty)', 'Almaty', {'subkind': 'city district', 'note': 'list sharing the head noun "districts"'}),
        ('Medeu', 0, 'district', 'Medeu District (Almaty)', 'Almaty', {'subkind': 'city district', 'note': 'list sharing the head noun "districts"'}),
        ('Ulytau Region', 0, 'region', UR, UR),
        ('Zhezkazgan', 0, 'city', 'Zhezkazgan', UR),
        ('Moscow', 0, 'foreign', 'Moscow', N),
        ('Istanbul', 0, 'foreign', 'Istanbul', N),
        ('Seoul', 0, 'foreign', 'Seoul', N),
        ('Karaganda', 0, 'city', 'Karaganda', KR),
        ('Pavlodar', 0, 'city', 'Pavlodar', PR),
        ('Astana', 1, 'city', 'Astana', 'Astana', {'note': 'NI:place of a statement'}),
     ]),

dict(id='y007', date='2025-03-04', lang='en',
     event='2025 runway excursion at Kostanay airport and snowstorm damage in Auliekol district (Kostanay Region)',
     text="""KOSTANAY, March 4 - A Qazaq Air turboprop with 52 people on board skidded off the icy runway at Kostanay airport (KSN) after a flight from Astana on Tuesday evening. Nobody was hurt, the Kostanay Region akimat said.
The airport was closed for five hours, and two flights from Almaty were diverted to Aktobe and Petropavl.
The same day a snowstorm with gusts of up to 30 metres per second tore the roofs off 40 houses in the villages of Auliekol district and left the district centre, Auliekol, without power for a night.
"The runway was cleared according to the rules," said the airport director, Daniyar Tobolov. The Civil Aviation Committee has opened an investigation.
Forecasters had warned of a storm in the Kostanay, Akmola and North Kazakhstan regions.""",
     ann=[
        ('KOSTANAY', 0, 'city', 'Kostanay', KOR, {'note': 'dateline'}),
        ('Kostanay airport', 0, 'facility', 'Kostanay Airport', KOR, {'subkind': 'airport'}),
        ('KSN', 0, 'facility', 'Kostanay Airport', KOR, {'subkind': 'airport code'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of the flight'}),
        ('Kostanay Region', 0, 'region', KOR, KOR, {'note': 'inside the name of an authority'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of diverted flights'}),
        ('Aktobe', 0, 'city', 'Aktobe', AR, {'note': 'NI:destination of a diverted flight'}),
        ('Petropavl', 0, 'city', 'Petropavl', NKR, {'note': 'NI:destination of a diverted flight'}),
        ('Auliekol district', 0, 'district', 'Auliekol District', KOR),
        ('Auliekol', 1, 'village', 'Auliekol', KOR),
        ('Kostanay', 2, 'region', KOR, KOR, {'note': 'NI:list sharing the head noun "regions"; a forecast'}),
        ('Akmola', 0, 'region', AKR, AKR, {'note': 'NI:list sharing the head noun "regions"; a forecast'}),
        ('North Kazakhstan', 0, 'region', NKR, NKR, {'note': 'NI:list sharing the head noun "regions"; a forecast'}),
     ],
     inc={KOR: (2, 'runway excursion at Kostanay airport; snowstorm damage in Auliekol district')}),

dict(id='y008', date='2026-01-22', lang='en',
     event='2026 earthquake in Xinjiang felt in Zharkent and Koktal (Jetisu Region) and in Almaty',
     text="""ALMATY, Jan 22 (KazTAG) - An earthquake of magnitude 6.1 with its epicentre in Xinjiang, China, about 250 km east of Zharkent, shook south-eastern Kazakhstan at 03:12 local time on Thursday.
In Zharkent and the nearby village of Koktal, tremors of magnitude 5 cracked the walls of a school and two houses, the Jetisu Region emergencies department said. Residents spent the rest of the night outdoors in minus 15 degrees.
In Almaty the shaking reached magnitude 4. People in Auezov district left their flats, but no damage was found. In Taldykorgan the quake was not felt.
"The stations in Talgar and Kapal recorded 14 aftershocks," said Aliya Zharkentbayeva of the Institute of Seismology. Traffic through the Nur Zholy border crossing at Khorgos was suspended for three hours as a precaution.""",
     ann=[
        ('ALMATY', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Xinjiang', 0, 'foreign', 'Xinjiang', N),
        ('China', 0, 'foreign', 'China', N),
        ('Zharkent', 0, 'city', 'Zharkent', JTR, {'note': 'NI:reference point'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('Zharkent', 1, 'city', 'Zharkent', JTR),
        ('Koktal', 0, 'village', 'Koktal', JTR),
        ('Jetisu Region', 0, 'region', JTR, JTR, {'note': 'inside the name of an authority'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty'),
        ('Auezov district', 0, 'district', 'Auezov District (Almaty)', 'Almaty', {'subkind': 'city district'}),
        ('Taldykorgan', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:the quake was not felt there'}),
        ('Talgar', 0, 'city', 'Talgar', ALR, {'note': 'NI:seismic station'}),
        ('Kapal', 0, 'village', 'Kapal', JTR, {'note': 'NI:seismic station'}),
        ('Nur Zholy border crossing', 0, 'facility', 'Nur Zholy border crossing', JTR, {'subkind': 'border crossing', 'note': 'NI:precautionary closure'}),
        ('Khorgos', 0, 'village', 'Khorgos', JTR, {'note': 'NI:precautionary closure'}),
     ],
     inc={JTR: (1, 'earthquake damage in Zharkent and Koktal (one natural disaster, once per ADM1)'),
          'Almaty': (1, 'Almaty shaken at magnitude 4, no damage (counted as shaken by an earthquake; doubtful)')}),
]
