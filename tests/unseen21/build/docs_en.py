"""English texts of the twenty-first unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
JR, ALR, KYR, TR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'Turkistan Region', 'South Kazakhstan Region'
ABR, JTR, EKR, MR, KOR = 'Abai Region', 'Jetisu Region', 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR, UR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region', 'Ulytau Region'
ATR, AR, WKR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region'

DOCS = [
dict(id='p001', date='2026-02-10', lang='en',
     event='2026 lorry queues at the Nur Zholy checkpoint and Dostyk: a driver dead of heater fumes near Zharkent and a lorry-minibus collision near Usharal on the Almaty-Khorgos highway (Jetisu Region); Altynkol, Bakhty (Abai Region), Maikapchagai (East Kazakhstan), Zhezkazgan (Ulytau Region), Alashankou and Urumqi',
     text="""Lorry queues stretch for kilometres at Kazakh-Chinese border
ALMATY, Feb 10 (Reuters) - Hundreds of lorries were queuing on Tuesday at Kazakhstan's two main crossings with China after Chinese customs cut working hours for the Lunar New Year, and a driver was found dead in his cab near Zharkent, local officials said.
The queue before the Nur Zholy checkpoint stretched for about 18 km back towards Zharkent, the akimat of Panfilov district said. Drivers said they had waited four days in temperatures of minus 25 C. One of them, a 52-year-old from Shymkent, was found dead on Monday morning; police said he had been poisoned by fumes from a gas heater he had left running overnight.
On the same stretch of the Almaty-Khorgos highway, a lorry that had pulled out of the queue collided with a minibus near the village of Usharal, injuring five people, the Jetisu Region police department said.
At Dostyk, on the rail crossing to Alashankou, about 1,200 wagons were waiting to be handed over, and the Altynkol station near Khorgos was also working at the limit, according to Kazakhstan Temir Zholy. The railway company said freight for Urumqi and for Europe might be shifted to the Bakhty crossing in Abai Region and to Maikapchagai in East Kazakhstan.
"We have asked the Chinese side to open the border on Saturday and Sunday as well," a deputy transport minister told reporters in Astana. He said a similar build-up had been seen at crossings in four regions last winter, and that the Khorgos Gateway dry port would work around the clock until the queue cleared.
Transit through Kazakhstan to China rose 11 percent last year. Most lorries in the queue were carrying grain from the Kostanay and North Kazakhstan regions, steel from Temirtau and copper from Zhezkazgan.""",
     ann=[
        ('ALMATY', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N, {'note': "possessive Kazakhstan's"}),
        ('China', 0, 'foreign', 'China', N),
        ('Zharkent', 0, 'city', 'Zharkent', JTR, {'note': 'the driver was found dead in his cab near the town'}),
        ('Nur Zholy checkpoint', 0, 'facility', 'Nur Zholy checkpoint', JTR, {'subkind': 'border checkpoint'}),
        ('Zharkent', 1, 'city', 'Zharkent', JTR, {'note': 'NI:direction of the queue'}),
        ('Panfilov district', 0, 'district', 'Panfilov District', JTR, {'note': 'inside the name of an authority'}),
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent', {'note': "NI:the dead driver's home town"}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:route endpoint'}),
        ('Khorgos', 0, 'village', 'Khorgos', JTR, {'note': 'NI:route endpoint'}),
        ('Usharal', 0, 'village', 'Usharal (Panfilov District)', JTR, {'note': 'village of Panfilov district on the Almaty-Khorgos road, not the town of Usharal in Alakol district'}),
        ('Jetisu Region', 0, 'region', JTR, JTR, {'note': 'inside the name of an authority'}),
        ('Dostyk', 0, 'village', 'Dostyk (Alakol District)', JTR, {'note': 'NI:railway border crossing with wagons waiting; no incident'}),
        ('Alashankou', 0, 'foreign', 'Alashankou', N),
        ('Altynkol station', 0, 'facility', 'Altynkol station', JTR, {'subkind': 'railway station', 'note': 'NI:station working at the limit'}),
        ('Khorgos', 1, 'village', 'Khorgos', JTR, {'note': 'NI:reference point'}),
        ('Urumqi', 0, 'foreign', 'Urumqi', N, {'note': 'NI:destination of freight'}),
        ('Europe', 0, 'foreign', 'Europe', N, {'note': 'NI:destination of freight'}),
        ('Bakhty crossing', 0, 'facility', 'Bakhty checkpoint', ABR, {'subkind': 'border checkpoint', 'note': 'NI:alternative crossing'}),
        ('Abai Region', 0, 'region', ABR, ABR, {'note': 'NI:location of the alternative crossing'}),
        ('Maikapchagai', 0, 'village', 'Maikapchagai', EKR, {'note': 'NI:alternative crossing (Zaisan district)'}),
        ('East Kazakhstan', 0, 'region', EKR, EKR, {'note': 'NI:region named without "Region"'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:where the minister spoke'}),
        ('four regions', 0, 'quantified', '4 regions', N, {'count': 4, 'unit': 'region', 'note': 'queues last winter; not incidents'}),
        ('Khorgos Gateway dry port', 0, 'facility', 'Khorgos Gateway dry port', JTR, {'subkind': 'dry port', 'note': 'NI:working hours extended'}),
        ('Kazakhstan', 3, 'country', 'Kazakhstan', N),
        ('China', 1, 'foreign', 'China', N),
        ('Kostanay', 0, 'region', KOR, KOR, {'note': 'NI:origin of the grain; list sharing the head noun "regions"'}),
        ('North Kazakhstan', 0, 'region', NKR, NKR, {'note': 'NI:origin of the grain; list sharing the head noun "regions"'}),
        ('Temirtau', 0, 'city', 'Temirtau', KR, {'note': 'NI:origin of the steel'}),
        ('Zhezkazgan', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:origin of the copper; Ulytau Region since 2022-06-08'}),
     ],
     inc={JTR: (2, 'a driver killed by heater fumes in his cab in the queue near Zharkent, and a lorry-minibus collision near Usharal on the Almaty-Khorgos highway, five injured')}),

dict(id='p002', date='1996-03-14', lang='en',
     event='1996 freight through the Druzhba (now Dostyk) rail crossing doubles; Alakol district of Taldy-Kurgan Region and Aktogai of Semipalatinsk Region, both abolished in 1997 (Almaty and East Kazakhstan Regions); copper from Zhezkazgan, fertiliser from Zhambyl (Taraz) (no incident)',
     text="""Freight through Druzhba rail crossing doubles
ALMATY, March 14 (Interfax) - Freight carried across the Kazakh-Chinese border at the Druzhba railway station doubled last year to 1.1 million tonnes, the railway administration said on Thursday.
The station, in Alakol district of Taldy-Kurgan Region, links the Kazakh network with the Chinese line that runs through Alashankou to Urumqi and on to the port of Lianyungang. Most of the traffic heading east is copper from Balkhash and Zhezkazgan and fertiliser from Zhambyl, while clothes and electronics come west to the markets of Almaty and Bishkek.
The administration wants to lay a second track from the junction at Aktogai, in Semipalatinsk Region, to the border, but says it lacks the money. Chinese partners have offered a loan, a spokesman said.
Druzhba, which means friendship in Russian, was opened to through trains in 1992, a year after Kazakhstan became independent. Customs officers there now check about 40 trains a day, twice as many as in 1994.""",
     ann=[
        ('Druzhba rail crossing', 0, 'facility', 'Dostyk station', ALR, {'subkind': 'railway station', 'note': 'Soviet name of the Dostyk crossing; Taldy-Kurgan Region land, Almaty Region in the E1 units'}),
        ('ALMATY', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Druzhba railway station', 0, 'facility', 'Dostyk station', ALR, {'subkind': 'railway station'}),
        ('Alakol district', 0, 'district', 'Alakol District', ALR, {'note': 'in Taldy-Kurgan Region on the date, Almaty Region land from 1997, Jetisu Region from 2022'}),
        ('Taldy-Kurgan Region', 0, 'region', ALR, ALR, {'uncertain': True, 'note': 'Taldy-Kurgan Region (abolished 1997, its land in Almaty Region); labelled with the unit holding its land, as in tests/unseen15'}),
        ('Alashankou', 0, 'foreign', 'Alashankou', N, {'note': 'NI:route'}),
        ('Urumqi', 0, 'foreign', 'Urumqi', N, {'note': 'NI:route'}),
        ('Lianyungang', 0, 'foreign', 'Lianyungang', N, {'note': 'NI:route'}),
        ('Balkhash', 0, 'city', 'Balkhash', KR, {'note': 'NI:origin of the copper'}),
        ('Zhezkazgan', 0, 'city', 'Zhezkazgan', KR, {'note': 'NI:origin of the copper; seat of Zhezkazgan Region (abolished 1997, Karaganda Region land)'}),
        ('Zhambyl', 0, 'city', 'Taraz', JR, {'note': 'NI:origin of the fertiliser; the city of Taraz, named Zhambyl in 1993-1997'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:destination of goods'}),
        ('Bishkek', 0, 'foreign', 'Bishkek', N, {'note': 'NI:destination of goods'}),
        ('Aktogai', 0, 'village', 'Aktogai (Ayagoz District)', EKR, {'note': 'NI:route endpoint; railway junction in Ayagoz district, Semipalatinsk Region on the date (East Kazakhstan Region land from 1997, Abai Region from 2022)'}),
        ('Semipalatinsk Region', 0, 'region', EKR, EKR, {'uncertain': True, 'note': 'Semipalatinsk Region (abolished 1997, its land in East Kazakhstan Region); labelled with the unit holding its land, as in tests/unseen15'}),
        ('Druzhba', 2, 'facility', 'Dostyk station', ALR, {'subkind': 'railway station'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
     ],
     inc={}),

dict(id='p003', date='2019-04-25', lang='en',
     event='2019 Ekibastuz GRES-1 brings a unit back after overhaul (Pavlodar Region); supplies Nur-Sultan, Karaganda, Kokshetau and the Omsk and Novosibirsk regions of Russia (no incident)',
     text="""Ekibastuz power plant restarts unit after overhaul
NUR-SULTAN, April 25 (Interfax-Kazakhstan) - The Ekibastuz GRES-1 coal-fired power plant in Pavlodar Region has brought its seventh unit back on line after a 14-month overhaul, raising its available capacity to 3,500 megawatts, the energy ministry said on Thursday.
The plant, Kazakhstan's largest, burns coal from the Bogatyr open-pit mine and supplies the northern grid, including Nur-Sultan, Karaganda and Kokshetau, as well as consumers in the Omsk and Novosibirsk regions of Russia. Power also flows south to Almaty over a 500 kV line through Balkhash.
The ministry said the restart would let the grid cover the summer peak in the south without imports from Kyrgyzstan and Uzbekistan. Samruk-Energy, which owns the plant, said the unit's boiler had been rebuilt with Russian equipment.
The neighbouring Ekibastuz GRES-2, jointly owned with Russia's Inter RAO, plans to start building a third unit this year.""",
     ann=[
        ('Ekibastuz', 0, 'city', 'Ekibastuz', PR, {'note': 'noun used as a modifier in the headline'}),
        ('NUR-SULTAN', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Ekibastuz GRES-1', 0, 'facility', 'Ekibastuz GRES-1', PR, {'subkind': 'power plant'}),
        ('Pavlodar Region', 0, 'region', PR, PR),
        ('Kazakhstan', 1, 'country', 'Kazakhstan', N, {'note': "possessive Kazakhstan's; the agency name Interfax-Kazakhstan is not annotated"}),
        ('Bogatyr open-pit mine', 0, 'facility', 'Bogatyr mine', PR, {'subkind': 'mine'}),
        ('Nur-Sultan', 0, 'city', 'Astana', 'Astana', {'note': 'NI:consumer'}),
        ('Karaganda', 0, 'city', 'Karaganda', KR, {'note': 'NI:consumer'}),
        ('Kokshetau', 0, 'city', 'Kokshetau', AKR, {'note': 'NI:consumer'}),
        ('Omsk', 0, 'foreign', 'Omsk Oblast', N, {'note': 'list sharing the head noun "regions"'}),
        ('Novosibirsk', 0, 'foreign', 'Novosibirsk Oblast', N, {'note': 'list sharing the head noun "regions"'}),
        ('Russia', 0, 'foreign', 'Russia', N),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:end of the power line'}),
        ('Balkhash', 0, 'city', 'Balkhash', KR, {'note': 'NI:on the route of the power line'}),
        ('Kyrgyzstan', 0, 'foreign', 'Kyrgyzstan', N),
        ('Uzbekistan', 0, 'foreign', 'Uzbekistan', N),
        ('Ekibastuz GRES-2', 0, 'facility', 'Ekibastuz GRES-2', PR, {'subkind': 'power plant'}),
        ('Russia', 1, 'foreign', 'Russia', N, {'note': "possessive Russia's"}),
     ],
     inc={}),

dict(id='p004', date='2016-01-19', lang='en',
     event='2016 heating main burst in Zhezkazgan at minus 32 and a boiler explosion at a heating plant in Temirtau (Karaganda Region, before Zhezkazgan passed to Ulytau Region); "at least seven towns" with failures since December (unattributed)',
     text="""Thousands without heating in Zhezkazgan after main bursts at minus 32
ZHEZKAZGAN, Jan 19 (Tengrinews) - About 14,000 residents of Zhezkazgan spent a second night without heating after a main pipe from the town's combined heat and power plant burst on Sunday as temperatures fell to minus 32 C, the emergencies ministry said on Tuesday.
The break, on a 700 mm pipe under Alashakhan Avenue, flooded two streets with hot water and cut heat to 96 apartment blocks, three schools and the children's hospital. Welders from the Karaganda CHP-3 and a team of 40 rescuers flown in from Astana were working in shifts, and 300 oil radiators were sent by rail from Karaganda. Schools in the town and in neighbouring Satpayev were closed until Thursday as a precaution.
The regional governor, who flew in on Monday, said the plant's owner had been warned twice last autumn about worn pipes. Prosecutors have opened a negligence case, and heating was expected to be restored to most blocks by Wednesday night.
In a separate incident on Monday night, a boiler exploded at a private heating plant in Temirtau, injuring two workers and leaving a neighbourhood of 30 houses without heat for 12 hours, Karaganda Region emergencies officials said.
The ministry said pipes or boilers had failed in at least seven towns across the country since December, and that heating networks in Kazakhstan were on average 67 percent worn out. "Half of the pipes in the ground were laid before 1990, and nobody has the money to dig them up," said an engineer at the Zhezkazgan plant, who asked not to be named.
Residents of two blocks on Alashakhan Avenue spent the night in a school gym heated by a mobile boiler brought from Balkhash.""",
     ann=[
        ('Zhezkazgan', 0, 'city', 'Zhezkazgan', KR, {'note': 'Karaganda Region before 2022-06-08'}),
        ('ZHEZKAZGAN', 0, 'city', 'Zhezkazgan', KR, {'note': 'dateline'}),
        ('Zhezkazgan', 1, 'city', 'Zhezkazgan', KR),
        ('Alashakhan Avenue', 0, 'facility', 'Alashakhan Avenue (Zhezkazgan)', KR, {'subkind': 'street'}),
        ('Karaganda CHP-3', 0, 'facility', 'Karaganda CHP-3', KR, {'subkind': 'power plant', 'note': 'NI:workplace of the welders'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of the rescuers'}),
        ('Karaganda', 1, 'city', 'Karaganda', KR, {'note': 'NI:origin of the radiators'}),
        ('Satpayev', 0, 'city', 'Satpayev', KR, {'note': 'NI:schools closed as a precaution'}),
        ('Temirtau', 0, 'city', 'Temirtau', KR),
        ('Karaganda Region', 0, 'region', KR, KR, {'note': 'inside the name of an authority'}),
        ('seven towns', 0, 'quantified', '7 towns', N, {'count': 7, 'unit': 'city', 'note': 'heating failures since December in unnamed towns'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('Zhezkazgan', 2, 'city', 'Zhezkazgan', KR, {'note': 'inside "the Zhezkazgan plant", workplace of the engineer'}),
        ('Alashakhan Avenue', 1, 'facility', 'Alashakhan Avenue (Zhezkazgan)', KR, {'subkind': 'street'}),
        ('Balkhash', 0, 'city', 'Balkhash', KR, {'note': 'NI:origin of the mobile boiler'}),
     ],
     inc={KR: (2, 'the heating main burst under Alashakhan Avenue in Zhezkazgan, and the boiler explosion at a heating plant in Temirtau (two injured)')},
     unatt=[{'label': 'seven towns', 'count': 7, 'note': 'pipes or boilers failed in at least seven towns since December; unnamed, Zhezkazgan and Temirtau may be among them'}]),

dict(id='p005', date='2018-10-03', lang='en',
     event='2018 passenger jet from Astana skids off the runway at Shymkent International Airport (Shymkent, a city of republican significance since June 2018); flights diverted to Taraz; background March runway overrun by a cargo plane in Aktobe (Aktobe Region)',
     text="""Plane skids off runway in Shymkent, no injuries
SHYMKENT, Oct 3 (KazTAG) - A passenger jet arriving from Astana skidded off the runway at Shymkent International Airport on Wednesday morning during heavy rain, but none of the 142 passengers and crew was hurt, the airport said.
The Boeing 737 of the carrier SCAT rolled about 40 metres past the end of the runway into soft ground, and passengers were taken to the terminal by bus. Two later flights from Almaty and Aktau were diverted to Taraz, 160 km to the east, and the airport reopened at 2 p.m.
The civil aviation committee said investigators from Astana would examine the flight recorders. Shymkent became a city of republican significance in June, separate from the surrounding region, which was renamed Turkistan Region.
It was the second runway excursion in the country this year. In March a cargo plane overran the runway in Aktobe while landing in fog, damaging its landing gear.""",
     ann=[
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent'),
        ('SHYMKENT', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'dateline'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of the flight'}),
        ('Shymkent International Airport', 0, 'facility', 'Shymkent International Airport', 'Shymkent', {'subkind': 'airport'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of a flight'}),
        ('Aktau', 0, 'city', 'Aktau', MR, {'note': 'NI:origin of a flight'}),
        ('Taraz', 0, 'city', 'Taraz', JR, {'note': 'NI:destination of diverted flights'}),
        ('Astana', 1, 'city', 'Astana', 'Astana', {'note': 'NI:origin of the investigators'}),
        ('Shymkent', 2, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:administrative status'}),
        ('Turkistan Region', 0, 'region', TR, TR, {'note': 'NI:renamed region'}),
        ('Aktobe', 0, 'city', 'Aktobe', AR),
     ],
     inc={'Shymkent': (1, 'runway excursion of a passenger jet at Shymkent International Airport'),
          AR: (1, 'background: runway overrun of a cargo plane in Aktobe in March, landing gear damaged')}),

dict(id='p006', date='2004-06-08', lang='en',
     event='2004 second rail ferry to sail between Aktau and Baku; the Aktau seaport, Kuryk village as a proposed terminal, Turkmenbashi; Aktau formerly Shevchenko (no incident)',
     text="""Second rail ferry to link Aktau and Baku
AKTAU, June 8 (Reuters) - A second rail ferry will start sailing between Aktau and Baku next month, doubling capacity on a Caspian Sea route used by oil exporters who cannot get enough space in pipelines, port officials said on Tuesday.
The ship, built at a yard in Croatia, can carry 52 rail tank cars and will make the crossing in about 18 hours. From Baku the oil goes by rail to the Georgian port of Batumi on the Black Sea.
The Aktau seaport handled 8.7 million tonnes last year, most of it oil from the Mangistau and Atyrau regions and from Turkmenistan. Officials said a ferry berth could later be built at Kuryk, a village 70 km to the south-east where a new terminal has been proposed, and that talks on a line to Turkmenbashi had resumed.
Aktau, known as Shevchenko until 1991, is the only commercial seaport of Kazakhstan.""",
     ann=[
        ('Aktau', 0, 'city', 'Aktau', MR, {'note': 'NI:route endpoint'}),
        ('Baku', 0, 'foreign', 'Baku', N, {'note': 'NI:route endpoint'}),
        ('AKTAU', 0, 'city', 'Aktau', MR, {'note': 'dateline'}),
        ('Aktau', 1, 'city', 'Aktau', MR, {'note': 'NI:route endpoint'}),
        ('Baku', 1, 'foreign', 'Baku', N, {'note': 'NI:route endpoint'}),
        ('Caspian Sea', 0, 'facility', 'Caspian Sea', N, {'subkind': 'sea'}),
        ('Croatia', 0, 'foreign', 'Croatia', N),
        ('Baku', 2, 'foreign', 'Baku', N),
        ('Batumi', 0, 'foreign', 'Batumi', N),
        ('Black Sea', 0, 'foreign', 'Black Sea', N, {'subkind': 'sea'}),
        ('Aktau seaport', 0, 'facility', 'Aktau seaport', MR, {'subkind': 'seaport'}),
        ('Mangistau', 0, 'region', MR, MR, {'note': 'NI:origin of oil; list sharing the head noun "regions"'}),
        ('Atyrau', 0, 'region', ATR, ATR, {'note': 'NI:origin of oil; list sharing the head noun "regions"'}),
        ('Turkmenistan', 0, 'foreign', 'Turkmenistan', N),
        ('Kuryk', 0, 'village', 'Kuryk', MR, {'note': 'NI:proposed terminal'}),
        ('Turkmenbashi', 0, 'foreign', 'Turkmenbashi', N, {'note': 'NI:route endpoint'}),
        ('Aktau', 3, 'city', 'Aktau', MR),
        ('Shevchenko', 0, 'city', 'Aktau', MR, {'note': 'Soviet name of Aktau'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
     ],
     inc={}),

dict(id='p007', date='2021-10-14', lang='en',
     event='2021 Soyuz stage fragment from a Baikonur launch hits a farm shed near Karsakpai, Ulytau district (Karaganda Region before the 2022 split); planned stage falls near Zhezkazgan; background 2013 Proton crash near Toretam (Kyzylorda Region)',
     text="""Rocket debris hits farm building in central Kazakhstan after Baikonur launch
BAIKONUR, Oct 14 (Reuters) - A fragment of a Russian rocket's first stage fell on a livestock shed on a farm in Karaganda Region on Thursday, hours after a Soyuz carrier lifted off from the Baikonur cosmodrome with 34 small satellites, Kazakh officials said.
No one was hurt, but the fragment, about two metres long, tore through the roof of the shed near the village of Karsakpai in Ulytau district, about 40 km outside the area set aside for falling stages, the regional emergencies department said. Other pieces of the stage came down as planned in the steppe north-west of Zhezkazgan.
Kazakhstan's aerospace committee in Nur-Sultan said it would ask the Russian space agency for compensation and for a review of the flight path. A commission of Russian and Kazakh specialists was due to arrive from Moscow and Baikonur on Friday.
Kazakhstan leases the cosmodrome and the town of Baikonur to Russia until 2050 for about $115 million a year. Environmental groups in Kyzylorda have long complained about the toxic heptyl fuel used by Proton rockets, one of which veered off course in July 2013 and exploded less than a minute after lift-off, spreading fuel over the steppe near Toretam.
Thursday's launch was the tenth from Baikonur this year. Russia has been moving part of its launches to its own Vostochny cosmodrome in the Far East, while Kazakhstan is preparing, with Russian partners, to launch lighter rockets from the site's Gagarin's Start pad.
Farmers near Zhezkazgan said fragments had fallen outside the zone before. "Every spring we find metal in the pastures," said the owner of the farm, Serik Ulytauov, who has 300 sheep.""",
     ann=[
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N, {'note': 'directional phrase "central Kazakhstan"; only the country is annotated'}),
        ('Baikonur', 0, 'city', 'Baikonur', KYR, {'note': 'NI:launch site; the town is leased to Russia'}),
        ('BAIKONUR', 0, 'city', 'Baikonur', KYR, {'note': 'dateline; leased to Russia'}),
        ('Karaganda Region', 0, 'region', KR, KR, {'note': 'Ulytau district belonged to Karaganda Region before 2022-06-08'}),
        ('Baikonur cosmodrome', 0, 'facility', 'Baikonur cosmodrome', KYR, {'subkind': 'cosmodrome', 'note': 'NI:launch site; leased to Russia'}),
        ('Karsakpai', 0, 'village', 'Karsakpai', KR, {'note': 'Karaganda Region on the date (Ulytau Region from 2022)'}),
        ('Ulytau district', 0, 'district', 'Ulytau District', KR, {'note': 'district of Karaganda Region on the date, not Ulytau Region (created 2022)'}),
        ('Zhezkazgan', 0, 'city', 'Zhezkazgan', KR, {'note': 'NI:reference point; planned stage falls are not incidents'}),
        ('Kazakhstan', 1, 'country', 'Kazakhstan', N, {'note': "possessive Kazakhstan's"}),
        ('Nur-Sultan', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the committee'}),
        ('Moscow', 0, 'foreign', 'Moscow', N, {'note': 'NI:origin of the commission'}),
        ('Baikonur', 2, 'city', 'Baikonur', KYR, {'note': 'NI:origin of the commission; leased to Russia'}),
        ('Kazakhstan', 2, 'country', 'Kazakhstan', N),
        ('Baikonur', 3, 'city', 'Baikonur', KYR, {'note': 'the leased town'}),
        ('Russia', 0, 'foreign', 'Russia', N),
        ('Kyzylorda', 0, 'city', 'Kyzylorda', KYR, {'note': 'NI:seat of the environmental groups'}),
        ('Toretam', 0, 'village', 'Toretam', KYR, {'note': 'background: the 2013 Proton crash near Toretam'}),
        ('Baikonur', 4, 'city', 'Baikonur', KYR, {'note': 'NI:launch site'}),
        ('Russia', 1, 'foreign', 'Russia', N),
        ('Vostochny cosmodrome', 0, 'foreign', 'Vostochny cosmodrome', N),
        ('Far East', 0, 'foreign', 'Russian Far East', N, {'subkind': 'macro-region'}),
        ('Kazakhstan', 3, 'country', 'Kazakhstan', N),
        ("Gagarin's Start", 0, 'facility', "Gagarin's Start (Baikonur)", KYR, {'subkind': 'launch pad', 'note': 'named after a person'}),
        ('Zhezkazgan', 1, 'city', 'Zhezkazgan', KR, {'note': 'NI:reference point'}),
     ],
     inc={KR: (1, 'a stage fragment tore through the roof of a livestock shed near Karsakpai, Ulytau district, outside the fall area'),
          KYR: (1, 'background: the July 2013 Proton crash after lift-off near Toretam')}),

dict(id='p008', date='2025-07-22', lang='en',
     event='2025 Almaty-Bishkek highway reopens after repairs between Kaskelen and Uzynagash (Karasai and Zhambyl districts of Almaty Region, not Jambyl Region); lorry queues ease at the Kordai checkpoint (Jambyl Region) (no incident)',
     text="""Almaty-Bishkek highway reopens after repairs as border queues ease
ALMATY, July 22 (Kazinform) - Traffic on the Almaty-Bishkek highway returned to normal on Tuesday after a month of repairs on the 42-km section between Kaskelen and Uzynagash, the roads committee said.
The works in the Karasai and Zhambyl districts of Almaty Region, not to be confused with Jambyl Region further west, had narrowed the road to one lane and caused tailbacks of up to three hours. Some drivers had taken the old road over the pass near the village of Kastek.
At the Kordai checkpoint on the Kyrgyz border, queues of lorries fell to about 150 on Tuesday from more than 600 last week, Jambyl Region border officials said. The Kyrgyz post at Ak-Zhol is building a new terminal.
Buses between Almaty and Bishkek take about five hours. The highway is part of a corridor from western China to Uzbekistan, and Kyrgyzstan relies on it for much of its fuel, which comes from Kazakhstan and Russia.""",
     ann=[
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:route endpoint'}),
        ('Bishkek', 0, 'foreign', 'Bishkek', N, {'note': 'NI:route endpoint'}),
        ('ALMATY', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:route endpoint'}),
        ('Bishkek', 1, 'foreign', 'Bishkek', N, {'note': 'NI:route endpoint'}),
        ('Kaskelen', 0, 'city', 'Kaskelen', ALR, {'note': 'NI:end of the repaired section'}),
        ('Uzynagash', 0, 'village', 'Uzynagash', ALR, {'note': 'NI:end of the repaired section (Zhambyl district of Almaty Region)'}),
        ('Karasai', 0, 'district', 'Karasai District', ALR, {'note': 'list sharing the head noun "districts"'}),
        ('Zhambyl', 0, 'district', 'Zhambyl District (Almaty Region)', ALR, {'note': 'list sharing the head noun "districts"; namesake of Jambyl Region'}),
        ('Almaty Region', 0, 'region', ALR, ALR),
        ('Jambyl Region', 0, 'region', JR, JR, {'note': 'NI:named to avoid confusion'}),
        ('Kastek', 0, 'village', 'Kastek', ALR, {'note': 'NI:reference point of a detour'}),
        ('Kordai checkpoint', 0, 'facility', 'Kordai checkpoint', JR, {'subkind': 'border checkpoint'}),
        ('Jambyl Region', 1, 'region', JR, JR, {'note': 'inside the name of an authority'}),
        ('Ak-Zhol', 0, 'foreign', 'Ak-Zhol checkpoint', N, {'note': 'Kyrgyz border post'}),
        ('Almaty', 3, 'city', 'Almaty', 'Almaty', {'note': 'NI:route endpoint'}),
        ('Bishkek', 2, 'foreign', 'Bishkek', N, {'note': 'NI:route endpoint'}),
        ('China', 0, 'foreign', 'China', N, {'note': 'directional phrase "western China"'}),
        ('Uzbekistan', 0, 'foreign', 'Uzbekistan', N),
        ('Kyrgyzstan', 0, 'foreign', 'Kyrgyzstan', N),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('Russia', 0, 'foreign', 'Russia', N),
     ],
     inc={}),
]
