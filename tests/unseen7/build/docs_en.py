"""English texts of the seventh unseen check corpus (annotation tuples described in
tests/build_check_corpus.py)."""
N = None
JR, ALR, KYR, TR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'Turkistan Region', 'South Kazakhstan Region'
ABR, JTR, EKR, MR, KOR = 'Abai Region', 'Jetisu Region', 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR, UR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region', 'Ulytau Region'
ATR, AR, WKR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region'

DOCS = [
dict(id='t001', date='1999-08-11', lang='en',
     event='1999 steppe fire spreading from Amangeldy into Zhangeldi district (Kostanay Region, former Turgai Region)',
     text="""KOSTANAY, Aug 11 (Kazinform) - A steppe fire that started near the village of Urpek in Amangeldy district on Monday has spread into neighbouring Zhangeldi district and burnt about 40,000 hectares of pasture, the emergencies department of Kostanay Region said on Wednesday.
The flames destroyed two winter sheep camps and a hay store near Torgai, the centre of Zhangeldi district. Nobody was hurt, but about 300 head of cattle were driven to safety.
Fire crews from Arkalyk and Lisakovsk have been fighting the blaze for three days. "The wind changes every hour, so the front keeps moving," said Serik Torgaiuly, head of the regional fire service.
Both districts belonged to Turgai Region until it was abolished in 1997 and its land was divided between the Kostanay and Akmola regions. Arkalyk, the former regional centre, has since lost almost half of its population.
Forecasters in Almaty expect rain in the area only next week. Dry weather has also raised the fire risk in several regions of northern Kazakhstan.""",
     ann=[
        ('KOSTANAY', 0, 'city', 'Kostanay', KOR, {'note': 'dateline'}),
        ('Urpek', 0, 'village', 'Urpek', KOR),
        ('Amangeldy district', 0, 'district', 'Amangeldy District', KOR),
        ('Zhangeldi district', 0, 'district', 'Zhangeldi District', KOR),
        ('Kostanay Region', 0, 'region', KOR, KOR, {'note': 'inside the name of an authority'}),
        ('Torgai', 0, 'village', 'Torgai', KOR),
        ('Zhangeldi district', 1, 'district', 'Zhangeldi District', KOR),
        ('Arkalyk', 0, 'city', 'Arkalyk', KOR, {'note': 'NI:origin of fire crews'}),
        ('Lisakovsk', 0, 'city', 'Lisakovsk', KOR, {'note': 'NI:origin of fire crews'}),
        ('Turgai Region', 0, 'region', KOR, KOR, {'uncertain': True, 'note': 'NI:region abolished in 1997; its land went to Kostanay and Akmola regions; the districts named are in Kostanay Region'}),
        ('Kostanay', 1, 'region', KOR, KOR, {'note': 'NI:list sharing the head noun "regions"'}),
        ('Akmola', 0, 'region', AKR, AKR, {'note': 'NI:list sharing the head noun "regions"'}),
        ('Arkalyk', 1, 'city', 'Arkalyk', KOR, {'note': 'NI:former regional centre'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:where forecasters work'}),
        ('several regions', 0, 'quantified', 'several regions', N, {'count': None, 'unit': 'region', 'note': 'fire risk, not incidents'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
     ],
     inc={KOR: (1, 'one steppe fire spreading over Amangeldy and Zhangeldi districts')}),

dict(id='t002', date='2004-02-17', lang='en',
     event='2004 methane blast at the Abaiskaya mine in Abai town and a boiler-house roof collapse in Saran (Karaganda Region)',
     text="""KARAGANDA, Feb 17 (Interfax-Kazakhstan) - Five miners were killed and eight injured by a methane explosion at the Abaiskaya mine in the town of Abai early on Tuesday, the emergencies department of Karaganda Region said.
The blast occurred 480 metres underground during a shift change. Mine rescuers from Shakhtinsk and Karaganda brought 52 people to the surface; the injured were taken to the burns centre in Karaganda.
"The methane sensors in that section were checked a week ago," said Marat Saranov, a spokesman for the coal department of Mittal Steel Temirtau, which owns the mine.
In a separate incident the same night, the roof of a boiler house collapsed under snow in Saran, 15 km away, injuring two workers. About 3,000 residents of the town's eastern quarter were left without heating.
An investigation team has arrived from Astana. The Abai mine, opened in 1961, is one of eight coal mines the company runs in the region. Methane blasts at mines near Donetsk in Ukraine killed dozens last year.""",
     ann=[
        ('KARAGANDA', 0, 'city', 'Karaganda', KR, {'note': 'dateline'}),
        ('Abaiskaya mine', 0, 'facility', 'Abaiskaya mine (Abai)', KR, {'subkind': 'mine'}),
        ('Abai', 0, 'city', 'Abai', KR, {'note': 'the town of Abai in Karaganda Region, not Abai Region'}),
        ('Karaganda Region', 0, 'region', KR, KR, {'note': 'inside the name of an authority'}),
        ('Shakhtinsk', 0, 'city', 'Shakhtinsk', KR, {'note': 'NI:origin of rescuers'}),
        ('Karaganda', 1, 'city', 'Karaganda', KR, {'note': 'NI:origin of rescuers'}),
        ('Karaganda', 2, 'city', 'Karaganda', KR, {'note': 'NI:hospital city'}),
        ('Saran', 0, 'city', 'Saran', KR),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of investigators'}),
        ('Abai mine', 0, 'facility', 'Abaiskaya mine (Abai)', KR, {'subkind': 'mine'}),
        ('Donetsk', 0, 'foreign', 'Donetsk', N),
        ('Ukraine', 0, 'foreign', 'Ukraine', N),
     ],
     inc={KR: (2, 'methane blast at the Abaiskaya mine; boiler-house roof collapse in Saran')}),

dict(id='t003', date='2010-05-20', lang='en',
     event='2010 ferry capsized on the Irtysh near Akku (Pavlodar Region)',
     text="""PAVLODAR, May 20 (KazTAG) - A river ferry carrying a lorry, two cars and 14 passengers capsized on the Irtysh near the village of Akku on Wednesday evening, and three people are missing, the Pavlodar Region emergencies department said.
Eleven passengers swam ashore or were picked up by fishermen. Divers from Pavlodar and Aksu are searching the river downstream of the crossing.
The ferry links Akku, known in Soviet times as Lebyazhye, with farms on the left bank. Police have detained the ferry operator. "The vessel was overloaded by at least two tonnes," said Colonel Yerlan Irtyshev, deputy head of the regional police.
The lorry was carrying grain from Ekibastuz to Omsk in Russia. Its driver, a resident of Shcherbakty, is among the missing.
The crossing has been closed until an inspection. A bridge over the Irtysh at Akku was promised in 2008, but work has not started.""",
     ann=[
        ('PAVLODAR', 0, 'city', 'Pavlodar', PR, {'note': 'dateline'}),
        ('Irtysh', 0, 'facility', 'Irtysh', N, {'subkind': 'river'}),
        ('Akku', 0, 'village', 'Akku', PR),
        ('Pavlodar Region', 0, 'region', PR, PR, {'note': 'inside the name of an authority'}),
        ('Pavlodar', 1, 'city', 'Pavlodar', PR, {'note': 'NI:origin of divers'}),
        ('Aksu', 0, 'city', 'Aksu', PR, {'note': 'NI:origin of divers; the town in Pavlodar Region'}),
        ('Akku', 1, 'village', 'Akku', PR),
        ('Lebyazhye', 0, 'village', 'Akku', PR, {'note': 'Soviet name of Akku'}),
        ('Ekibastuz', 0, 'city', 'Ekibastuz', PR, {'note': 'NI:origin of the cargo'}),
        ('Omsk', 0, 'foreign', 'Omsk', N, {'note': 'destination of the cargo'}),
        ('Russia', 0, 'foreign', 'Russia', N),
        ('Shcherbakty', 0, 'village', 'Shcherbakty', PR, {'note': 'NI:residence of the driver'}),
        ('Irtysh', 1, 'facility', 'Irtysh', N, {'subkind': 'river'}),
        ('Akku', 2, 'village', 'Akku', PR, {'note': 'NI:site of a promised bridge'}),
     ],
     inc={PR: (1, 'ferry capsized on the Irtysh near Akku')}),

dict(id='t004', date='2016-03-09', lang='en',
     event='2016 hostage-taking in a bank branch in Emba, Mugalzhar district (Aktobe Region)',
     text="""AKTOBE, March 9 (Tengrinews) - Police special forces freed three bank employees who had been held hostage for five hours in the town of Emba in Mugalzhar district, the police department of Aktobe Region said on Wednesday.
A 34-year-old man armed with a hunting rifle walked into a bank branch on Kurmangazy Street at about 10 a.m. and demanded money. He released two customers but kept the staff inside until negotiators persuaded him to surrender. Nobody was hurt.
The suspect, a native of Orenburg in Russia who had lived in Shalkar for several years, has been taken to a pretrial detention centre in Aktobe.
"It was the first hostage-taking in the region in ten years," said Asylbek Shalkarov, the regional police spokesman.
Emba, a garrison town 220 km south of Aktobe on the Aktobe-Atyrau highway, has about 12,000 residents. Its bank branch reopened on Wednesday afternoon.""",
     ann=[
        ('AKTOBE', 0, 'city', 'Aktobe', AR, {'note': 'dateline'}),
        ('Emba', 0, 'city', 'Emba', AR),
        ('Mugalzhar district', 0, 'district', 'Mugalzhar District', AR),
        ('Aktobe Region', 0, 'region', AR, AR, {'note': 'inside the name of an authority'}),
        ('Kurmangazy Street', 0, 'facility', 'Kurmangazy Street (Emba)', AR, {'subkind': 'street', 'note': 'named after a person'}),
        ('Orenburg', 0, 'foreign', 'Orenburg', N, {'note': 'origin of the suspect'}),
        ('Russia', 0, 'foreign', 'Russia', N),
        ('Shalkar', 0, 'city', 'Shalkar', AR, {'note': 'NI:residence of the suspect'}),
        ('Aktobe', 1, 'city', 'Aktobe', AR, {'note': 'NI:place of detention'}),
        ('Emba', 1, 'city', 'Emba', AR),
        ('Aktobe', 2, 'city', 'Aktobe', AR, {'note': 'NI:reference point'}),
        ('Aktobe', 3, 'city', 'Aktobe', AR, {'note': 'NI:route endpoint'}),
        ('Atyrau', 0, 'city', 'Atyrau', ATR, {'note': 'NI:route endpoint'}),
     ],
     inc={AR: (1, 'hostage-taking in a bank branch in Emba')}),

dict(id='t005', date='2018-05-15', lang='en',
     event='2018 bus-mixer collision in Samal-2, Abai district of Shymkent, and a cotton warehouse fire in Myrzakent (South Kazakhstan Region, a month before the reform)',
     text="""SHYMKENT, May 15 (Kazinform) - Fourteen people were injured when a city bus collided with a concrete mixer on Baidibek Bi Avenue in the Samal-2 microdistrict of Abai district, Shymkent, on Tuesday morning, the South Kazakhstan Region police department said.
The bus was carrying about 40 passengers to the city centre. Seven of the injured, including a schoolgirl, remain in hospital.
Later the same day a fire destroyed a cotton warehouse in the village of Myrzakent in Maktaaral district. Firefighters from Zhetysai needed four hours to put it out.
"The mixer driver ran a red light," said Nurlan Abaiuly, a police spokesman. He said the driver had arrived from Tashkent in Uzbekistan a week earlier.
Shymkent is due to become a city of republican significance next month, when the region will be renamed Turkistan Region and its administration will move to the town of Turkistan.""",
     ann=[
        ('SHYMKENT', 0, 'city', 'Shymkent', SKR, {'note': 'dateline'}),
        ('Baidibek Bi Avenue', 0, 'facility', 'Baidibek Bi Avenue (Shymkent)', SKR, {'subkind': 'street'}),
        ('Samal-2', 0, 'district', 'Samal-2 (Shymkent)', SKR, {'subkind': 'microdistrict'}),
        ('Abai district', 0, 'district', 'Abai District (Shymkent)', SKR, {'subkind': 'city district'}),
        ('Shymkent', 0, 'city', 'Shymkent', SKR),
        ('South Kazakhstan Region', 0, 'region', SKR, SKR, {'note': 'inside the name of an authority'}),
        ('Myrzakent', 0, 'village', 'Myrzakent', SKR),
        ('Maktaaral district', 0, 'district', 'Maktaaral District', SKR),
        ('Zhetysai', 0, 'city', 'Zhetysai', SKR, {'note': 'NI:origin of firefighters'}),
        ('Tashkent', 0, 'foreign', 'Tashkent', N, {'note': 'origin of the driver'}),
        ('Uzbekistan', 0, 'foreign', 'Uzbekistan', N),
        ('Shymkent', 1, 'city', 'Shymkent', SKR, {'note': 'NI:announced change of status'}),
        ('Turkistan Region', 0, 'region', SKR, SKR, {'uncertain': True, 'note': 'NI:future name of the region, not in force on the article date'}),
        ('Turkistan', 1, 'city', 'Turkistan', SKR, {'note': 'NI:future administrative centre'}),
     ],
     inc={SKR: (2, 'bus-mixer collision in Samal-2 (one event with nested places); cotton warehouse fire in Myrzakent')}),

dict(id='t006', date='2021-09-03', lang='en',
     event='2021 passenger jet overruns the runway at Oral Ak Zhol airport (West Kazakhstan Region)',
     text="""ORAL, Sept 3 (The Astana Times) - A passenger jet from Nur-Sultan skidded off the runway while landing in heavy rain at Oral Ak Zhol International Airport (URA) on Thursday evening, injuring three of the 118 people on board, the West Kazakhstan Region akimat said.
The Boeing 737 stopped on a grassy strip about 40 metres beyond the runway end. Passengers left by the emergency slides and were taken by bus to the terminal. The injured, two passengers and a flight attendant, were treated at the regional hospital in Oral.
Flights to and from the airport were suspended overnight, and three incoming flights from Aktobe, Atyrau and Moscow were diverted to Aktobe and Samara.
"The crew reported wind shear on the final approach," said Timur Zhaikbayev of the Civil Aviation Committee in Nur-Sultan, which has opened an investigation.
The airport, 15 km east of the city, handled about 400,000 passengers last year.""",
     ann=[
        ('ORAL', 0, 'city', 'Oral', WKR, {'note': 'dateline'}),
        ('Nur-Sultan', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of the flight'}),
        ('Oral Ak Zhol International Airport', 0, 'facility', 'Oral Ak Zhol International Airport', WKR, {'subkind': 'airport'}),
        ('URA', 0, 'facility', 'Oral Ak Zhol International Airport', WKR, {'subkind': 'airport code'}),
        ('West Kazakhstan Region', 0, 'region', WKR, WKR, {'note': 'inside the name of an authority'}),
        ('Oral', 1, 'city', 'Oral', WKR, {'note': 'NI:hospital city'}),
        ('Aktobe', 0, 'city', 'Aktobe', AR, {'note': 'NI:origin of a diverted flight'}),
        ('Atyrau', 0, 'city', 'Atyrau', ATR, {'note': 'NI:origin of a diverted flight'}),
        ('Moscow', 0, 'foreign', 'Moscow', N, {'note': 'origin of a diverted flight'}),
        ('Aktobe', 1, 'city', 'Aktobe', AR, {'note': 'NI:diversion airport'}),
        ('Samara', 0, 'foreign', 'Samara', N, {'note': 'diversion airport'}),
        ('Nur-Sultan', 1, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the investigating authority'}),
     ],
     inc={WKR: (1, 'runway overrun at Oral airport')}),

dict(id='t007', date='2023-11-08', lang='en',
     event='2023 record grain harvest and exports from North Kazakhstan Region (no incident)',
     text="""PETROPAVL, Nov 8 (Kazinform) - Farmers in North Kazakhstan Region have harvested a record 6.1 million tonnes of grain this year, and the first train of wheat for China left Bulayevo station on Tuesday, the regional akimat said.
The grain will travel through the Dostyk crossing on the Chinese border to Xi'an. Earlier this autumn, the region's elevators in Mamlyutka, Taiynsha and Smirnovo shipped barley to Iran via Turkmenistan.
"All 13 districts exceeded their plan, and the Kyzylzhar and Yesil districts doubled last year's yield," said deputy akim Aidar Yesilbayev.
Storage remains a problem: the elevators of the North Kazakh Grain company in Petropavl are full, and some farmers keep grain in hangars. A new elevator near Sergeyevka is due to open in spring.
Kazakhstan exported 9.8 million tonnes of grain last season, mainly to Uzbekistan, Afghanistan and China.""",
     ann=[
        ('PETROPAVL', 0, 'city', 'Petropavl', NKR, {'note': 'dateline'}),
        ('North Kazakhstan Region', 0, 'region', NKR, NKR),
        ('China', 0, 'foreign', 'China', N),
        ('Bulayevo station', 0, 'facility', 'Bulayevo station', NKR, {'subkind': 'railway station'}),
        ('Dostyk crossing', 0, 'facility', 'Dostyk border crossing', JTR, {'subkind': 'border crossing', 'note': 'NI:route point'}),
        ("Xi'an", 0, 'foreign', "Xi'an", N),
        ('Mamlyutka', 0, 'city', 'Mamlyutka', NKR),
        ('Taiynsha', 0, 'city', 'Taiynsha', NKR),
        ('Smirnovo', 0, 'village', 'Smirnovo', NKR),
        ('Iran', 0, 'foreign', 'Iran', N),
        ('Turkmenistan', 0, 'foreign', 'Turkmenistan', N),
        ('All 13 districts', 0, 'quantified', 'all districts', N, {'count': 13, 'unit': 'district', 'quantifier': 'all', 'note': 'harvest, not incidents'}),
        ('Kyzylzhar', 0, 'district', 'Kyzylzhar District', NKR, {'note': 'list sharing the head noun "districts"'}),
        ('Yesil', 0, 'district', 'Yesil District (North Kazakhstan)', NKR, {'note': 'list sharing the head noun "districts"'}),
        ('Petropavl', 0, 'city', 'Petropavl', NKR),
        ('Sergeyevka', 0, 'city', 'Sergeyevka', NKR),
        ('Kazakhstan', 1, 'country', 'Kazakhstan', N),
        ('Uzbekistan', 0, 'foreign', 'Uzbekistan', N),
        ('Afghanistan', 0, 'foreign', 'Afghanistan', N),
        ('China', 1, 'foreign', 'China', N),
     ],
     inc={}),

dict(id='t008', date='2026-02-12', lang='en',
     event='2026 riot in a prison colony in Kengir (Zhezkazgan) and a minibus overturned near Baikonur village, Ulytau district (Ulytau Region)',
     text="""ZHEZKAZGAN, Feb 12 (Orda.kz) - Inmates of a prison colony in the Kengir settlement of Zhezkazgan set fire to mattresses and refused to return to their cells on Wednesday night, the penitentiary department of Ulytau Region said. Guards restored order by morning; four inmates and two officers were treated for smoke inhalation.
The riot began after a search in one of the barracks. Twelve inmates thought to have led it were transferred to a colony in Karaganda.
On the same day, a minibus carrying shift workers overturned on the icy Zhezkazgan-Ulytau road near the village of Baikonur in Ulytau district, injuring nine. The village shares its name with the space launch site in Kyzylorda Region, some 500 km to the south.
"Roads in the district were cleared twice overnight, but the wind keeps blowing snow back," said Daniyar Satpayev of the regional akimat.
The ombudsman's office in Astana has asked for a report on the colony.""",
     ann=[
        ('ZHEZKAZGAN', 0, 'city', 'Zhezkazgan', UR, {'note': 'dateline'}),
        ('Kengir', 0, 'district', 'Kengir (Zhezkazgan)', UR, {'subkind': 'microdistrict'}),
        ('Zhezkazgan', 0, 'city', 'Zhezkazgan', UR),
        ('Ulytau Region', 0, 'region', UR, UR, {'note': 'inside the name of an authority'}),
        ('Karaganda', 0, 'city', 'Karaganda', KR, {'note': 'NI:where inmates were transferred'}),
        ('Zhezkazgan', 1, 'city', 'Zhezkazgan', UR, {'note': 'NI:route endpoint'}),
        ('Ulytau', 1, 'village', 'Ulytau', UR, {'note': 'NI:route endpoint'}),
        ('Baikonur', 0, 'village', 'Baikonur (Ulytau)', UR, {'note': 'the village in Ulytau district, not the cosmodrome'}),
        ('Ulytau district', 0, 'district', 'Ulytau District', UR),
        ('Kyzylorda Region', 0, 'region', KYR, KYR, {'note': 'NI:location of the namesake launch site'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the ombudsman'}),
     ],
     inc={UR: (2, 'prison colony riot in Kengir (Zhezkazgan); minibus overturned near Baikonur village')}),
]
