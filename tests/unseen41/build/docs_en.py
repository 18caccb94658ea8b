"""English texts of the forty-first unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420). Theme: oil, gas, mining and metals."""
N = None
JR, ALR, KYR, TR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'Turkistan Region', 'South Kazakhstan Region'
ABR, JTR, EKR, MR, KOR = 'Abai Region', 'Jetisu Region', 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR, UR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region', 'Ulytau Region'
ATR, AR, WKR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region'
ZR = 'Zhezkazgan Region land in 1995; Karaganda Region from 1997 (see README)'

DOCS = [
dict(id='p001', date='1995-03-14', lang='en',
     event='1995 underground sit-in at the Annensky mine near Zhezkazgan, a miners\' wives\' road block in Satpayev (the former Nikolsky) and a background stoppage at the Balkhash smelter (Zhezkazgan Region, Karaganda Region land); Zhezkazgantsvetmet is a company; strikes in four regions',
     text="""Zhezkazgan copper miners stay underground as wage protest spreads
ALMATY, March 14 (Reuters) - About 600 miners at the Annensky mine near Zhezkazgan refused to come to the surface for a third day on Tuesday, demanding four months of unpaid wages from the state copper company Zhezkazgantsvetmet, union officials said.
The sit-in began on Sunday, when the night shift stayed in the galleries 400 metres below ground. Relatives have been sending food and blankets down the shaft, and two men were brought up with heart trouble on Monday and taken to hospital in Zhezkazgan.
On Monday evening several hundred miners' wives blocked the main street of Satpayev, the former Nikolsky, for two hours before police persuaded them to go home. "Our children have eaten bread and tea since New Year," one of them told the crowd.
The head of the Zhezkazgan Region administration flew to Almaty on Monday to ask the government for an advance on this year's copper export earnings. Most of the region's cathode copper goes by rail across Russia to the Baltic port of Riga and is sold through traders in London and Zurich.
Zhezkazgantsvetmet, which also runs the copper smelter in Balkhash, owes its 40,000 workers about $30 million. Smelter workers in Balkhash held a one-day stoppage on February 21, and coal miners in Karaganda and Shakhtinsk have said they could join the protest if the government does not act.
Unpaid wages have led to strikes at mines and plants in four regions of Kazakhstan since January, the country's largest trade union federation said.
The government, which handed foreign firms management contracts at several metals plants last year, has said it will not pay the debts of state companies from the budget. Copper is Kazakhstan's third biggest export after oil and ferrous metals.""",
     ann=[
        ('Zhezkazgan', 0, 'city', 'Zhezkazgan', KR, {'note': 'headline; the miners of the town; ' + ZR}),
        ('ALMATY', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Annensky mine', 0, 'facility', 'Annensky mine (Zhezkazgan)', KR, {'subkind': 'mine', 'note': ZR}),
        ('Zhezkazgan', 1, 'city', 'Zhezkazgan', KR, {'note': 'NI:reference point ("near Zhezkazgan")'}),
        ('Zhezkazgan', 2, 'city', 'Zhezkazgan', KR, {'note': 'NI:hospital town'}),
        ('Satpayev', 0, 'city', 'Satpayev', KR, {'note': ZR}),
        ('Nikolsky', 0, 'city', 'Satpayev', KR, {'note': 'old name of Satpayev (renamed 1990)'}),
        ('Zhezkazgan Region', 0, 'region', KR, KR, {'uncertain': True, 'note': "NI:inside an official's title; Zhezkazgan Region, abolished in 1997, its land joined Karaganda Region"}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:destination of the official, seat of the government'}),
        ('Russia', 0, 'foreign', 'Russia', N, {'note': 'NI:transit route'}),
        ('Riga', 0, 'foreign', 'Riga', N, {'note': 'NI:export port'}),
        ('London', 0, 'foreign', 'London', N, {'note': 'NI:trading place'}),
        ('Zurich', 0, 'foreign', 'Zurich', N, {'note': 'NI:trading place'}),
        ('Balkhash', 0, 'city', 'Balkhash', KR, {'note': 'NI:seat of the smelter'}),
        ('Balkhash', 1, 'city', 'Balkhash', KR, {'note': 'one-day stoppage of smelter workers (background)'}),
        ('Karaganda', 0, 'city', 'Karaganda', KR, {'note': 'NI:coal miners who threaten to join'}),
        ('Shakhtinsk', 0, 'city', 'Shakhtinsk', KR, {'note': 'NI:coal miners who threaten to join'}),
        ('four regions', 0, 'quantified', '4 regions', N, {'count': 4, 'unit': 'region', 'note': 'strikes since January in unnamed regions'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('Kazakhstan', 1, 'country', 'Kazakhstan', N),
     ],
     inc={KR: (3, "underground sit-in at the Annensky mine; miners' wives blocking the main street of Satpayev; one-day stoppage at the Balkhash smelter on February 21 (background narrated with place and date); all Zhezkazgan Region land in 1995, labelled Karaganda Region")},
     unatt=[{'label': 'four regions', 'count': 4, 'note': 'strikes over unpaid wages at mines and plants since January in unnamed regions'}]),

dict(id='p002', date='2023-09-05', lang='en',
     event='2023 two miners killed in a rock fall at the Stepnoy mine of Kazakhmys near Zhezkazgan (Ulytau Region, formerly Karaganda Region); Balkhash stays in Karaganda Region; a rotation worker from Zhalagash district (Kyzylorda Region)',
     text="""Two miners killed in rock fall at Kazakhmys copper mine in Ulytau Region
ZHEZKAZGAN, Sept 5 (Kazinform) - Two miners were killed and a third was injured when part of a gallery roof collapsed at the Stepnoy mine of Kazakhmys Copper on Tuesday morning, the emergencies department of Ulytau Region said.
The men were fixing roof bolts about 350 metres underground when the rock came down. The injured man, a 34-year-old driller from Satpayev, is in a stable condition in the city hospital in Zhezkazgan.
One of the dead came from Zhalagash district of Kyzylorda Region and had worked at the mine on rotation since 2019; the other was from the village of Kengir, near the Kengir reservoir.
A commission from Astana arrived in the afternoon, and ore hoisting at the mine has been halted. Kazakhmys said it would keep its smelters in Zhezkazgan and Balkhash supplied from other pits. Balkhash remained part of Karaganda Region when Ulytau Region was carved out of it in June 2022.""",
     ann=[
        ('Ulytau Region', 0, 'region', UR, UR, {'note': 'headline'}),
        ('ZHEZKAZGAN', 0, 'city', 'Zhezkazgan', UR, {'note': 'dateline'}),
        ('Stepnoy mine', 0, 'facility', 'Stepnoy mine (Zhezkazgan)', UR, {'subkind': 'mine'}),
        ('Ulytau Region', 1, 'region', UR, UR, {'note': 'inside the name of an authority'}),
        ('Satpayev', 0, 'city', 'Satpayev', UR, {'note': 'NI:residence of the injured man'}),
        ('Zhezkazgan', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:hospital town'}),
        ('Zhalagash district', 0, 'district', 'Zhalagash District', KYR, {'note': 'NI:origin of a rotation worker'}),
        ('Kyzylorda Region', 0, 'region', KYR, KYR, {'note': 'NI:origin of a rotation worker'}),
        ('Kengir', 0, 'village', 'Kengir', UR, {'note': 'NI:residence of a victim'}),
        ('Kengir reservoir', 0, 'facility', 'Kengir reservoir', N, {'subkind': 'reservoir', 'note': 'NI:reference point; water body in Ulytau Region'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of the commission'}),
        ('Zhezkazgan', 1, 'city', 'Zhezkazgan', UR, {'note': 'NI:seat of a smelter'}),
        ('Balkhash', 0, 'city', 'Balkhash', KR, {'note': 'NI:seat of a smelter; stays in Karaganda Region after 2022'}),
        ('Balkhash', 1, 'city', 'Balkhash', KR, {'note': 'NI:administrative statement'}),
        ('Karaganda Region', 0, 'region', KR, KR, {'note': 'NI:administrative statement'}),
        ('Ulytau Region', 2, 'region', UR, UR, {'note': 'NI:administrative statement'}),
     ],
     inc={UR: (1, 'gallery roof collapse at the Stepnoy mine killing two miners')}),

dict(id='p003', date='2006-10-10', lang='en',
     event='2006 Ekibastuz coal supply deal with power plants in the Russian Urals (Pavlodar Region); Bogatyr Access Komir is a company, the Bogatyr and Vostochny pits are facilities (no incident)',
     text="""Ekibastuz coal to keep flowing to Urals power plants
PAVLODAR, Oct 10 (Interfax-Kazakhstan) - Bogatyr Access Komir, which runs the Bogatyr open pit at Ekibastuz, has agreed to keep supplying power plants in Russia's Urals with about 30 million tonnes of coal a year until 2016, its general director said on Tuesday.
The main buyers are the Reftinskaya power station in Sverdlovsk oblast and the Troitsk plant in Chelyabinsk oblast, which were built in Soviet times to burn high-ash coal from Ekibastuz.
The Bogatyr pit and the neighbouring Vostochny pit, owned by Eurasian Energy, together mine about two thirds of Kazakhstan's coal. Coal is also burnt at the Ekibastuz GRES-1 and GRES-2 power stations, which send electricity to Astana, Karaganda and the south of the country.
Coal from Ekibastuz heats homes in five Kazakh regions, among them the Akmola and North Kazakhstan regions, and in three Russian regions, the company said. It plans to hire 600 drivers and mechanics next year, mostly from Pavlodar and Aksu.""",
     ann=[
        ('Ekibastuz', 0, 'city', 'Ekibastuz', PR, {'note': 'headline'}),
        ('PAVLODAR', 0, 'city', 'Pavlodar', PR, {'note': 'dateline'}),
        ('Bogatyr open pit', 0, 'facility', 'Bogatyr pit (Ekibastuz)', PR, {'subkind': 'mine'}),
        ('Ekibastuz', 1, 'city', 'Ekibastuz', PR),
        ('Russia', 0, 'foreign', 'Russia', N),
        ('Urals', 0, 'foreign', 'Urals', N, {'note': 'headline; Russian macro-region'}),
        ('Urals', 1, 'foreign', 'Urals', N, {'note': 'NI:destination of coal; Russian macro-region'}),
        ('Reftinskaya power station', 0, 'foreign', 'Reftinskaya power station', N, {'note': 'NI:buyer'}),
        ('Sverdlovsk oblast', 0, 'foreign', 'Sverdlovsk Oblast', N, {'note': 'NI:buyer'}),
        ('Troitsk plant', 0, 'foreign', 'Troitsk power station', N, {'note': 'NI:buyer'}),
        ('Chelyabinsk oblast', 0, 'foreign', 'Chelyabinsk Oblast', N, {'note': 'NI:buyer'}),
        ('Ekibastuz', 2, 'city', 'Ekibastuz', PR),
        ('Bogatyr pit', 0, 'facility', 'Bogatyr pit (Ekibastuz)', PR, {'subkind': 'mine'}),
        ('Vostochny pit', 0, 'facility', 'Vostochny pit (Ekibastuz)', PR, {'subkind': 'mine'}),
        ('Kazakhstan', 1, 'country', 'Kazakhstan', N, {'note': 'occurrence 0 is inside the agency name Interfax-Kazakhstan, not annotated'}),
        ('Ekibastuz GRES-1', 0, 'facility', 'Ekibastuz GRES-1', PR, {'subkind': 'power station'}),
        ('GRES-2', 0, 'facility', 'Ekibastuz GRES-2', PR, {'subkind': 'power station', 'note': 'in a list sharing the town name and head noun'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:destination of electricity'}),
        ('Karaganda', 0, 'city', 'Karaganda', KR, {'note': 'NI:destination of electricity'}),
        ('Ekibastuz', 4, 'city', 'Ekibastuz', PR),
        ('five Kazakh regions', 0, 'quantified', '5 regions', N, {'count': 5, 'unit': 'region', 'note': 'not about incidents'}),
        ('Akmola', 0, 'region', AKR, AKR, {'note': 'list sharing "regions"; not the old name of the capital'}),
        ('North Kazakhstan', 0, 'region', NKR, NKR, {'note': 'list sharing "regions"'}),
        ('three Russian regions', 0, 'quantified', '3 Russian regions', N, {'count': 3, 'unit': 'region', 'note': 'foreign regions; not about incidents'}),
        ('Pavlodar', 0, 'city', 'Pavlodar', PR, {'note': 'NI:origin of recruits'}),
        ('Aksu', 0, 'city', 'Aksu (Pavlodar Region)', PR, {'note': 'NI:origin of recruits'}),
     ],
     inc={}),

dict(id='p004', date='2017-08-22', lang='en',
     event='2017 fire at a pump station of the Shymkent refinery injuring two (South Kazakhstan Region, before the 2018 split) and an oil leak from the Kumkol-Dzhusaly pipeline in Karmakshy district (Kyzylorda Region); rotation workers from Turkestan and Kentau',
     text="""Fire at Shymkent refinery injures two; pipeline leak in Kyzylorda region
SHYMKENT, Aug 22 (KazTAG) - A fire broke out at a pump station of the Shymkent refinery on Monday night, injuring two operators, the emergencies department of South Kazakhstan Region said on Tuesday.
The blaze started after a seal failed on a pump feeding the catalytic reforming unit, and the plant's own fire crew put it out in 40 minutes. The two men, who suffered burns to their hands and faces, were taken to the city's burns centre. Production was not stopped, said PetroKazakhstan Oil Products, which operates the plant.
The refinery, owned in equal shares by KazMunayGas and China's CNPC, processes crude from the Kumkol group of fields in Kyzylorda Region, which reaches it through the Kumkol-Dzhusaly pipeline and then by rail.
That route was itself hit last week. On August 15, a line crew found oil seeping from a corroded section of the pipeline in Karmakshy district, about 60 km north of Zhosaly. Some 30 tonnes of crude soaked into the sand over 2,000 square metres before the valves were closed, the regional ecology department said, and police have opened a negligence case.
The clean-up teams include rotation workers from Turkestan and Kentau, who are digging out the oily soil and trucking it to a landfill near Kyzylorda.
Fuel traders said neither incident had affected supplies, although petrol prices in Shymkent and Almaty rose by two tenge a litre this week after the Pavlodar refinery shut for a scheduled overhaul.
The plant in Shymkent is due to finish a $1.8 billion modernisation next year that will let it make fuel to the Euro-5 standard. Its managers will report to the energy ministry in Astana on the fire on Thursday.""",
     ann=[
        ('Shymkent refinery', 0, 'facility', 'Shymkent refinery', SKR, {'subkind': 'refinery', 'note': 'headline'}),
        ('Kyzylorda region', 0, 'region', KYR, KYR, {'note': 'headline'}),
        ('SHYMKENT', 0, 'city', 'Shymkent', SKR, {'note': 'dateline; South Kazakhstan Region before 2018-06-19'}),
        ('Shymkent refinery', 1, 'facility', 'Shymkent refinery', SKR, {'subkind': 'refinery'}),
        ('South Kazakhstan Region', 0, 'region', SKR, SKR, {'note': 'inside the name of an authority'}),
        ('China', 0, 'foreign', 'China', N, {'note': "possessive of the owner's country"}),
        ('Kumkol', 0, 'facility', 'Kumkol field', KYR, {'subkind': 'oil field', 'note': 'NI:origin of the crude'}),
        ('Kyzylorda Region', 0, 'region', KYR, KYR, {'note': 'NI:location of the fields'}),
        ('Kumkol', 1, 'facility', 'Kumkol field', KYR, {'subkind': 'oil field', 'note': 'NI:route endpoint'}),
        ('Dzhusaly', 0, 'city', 'Zhosaly', KYR, {'note': 'NI:route endpoint; old spelling of Zhosaly'}),
        ('Karmakshy district', 0, 'district', 'Karmakshy District', KYR),
        ('Zhosaly', 0, 'city', 'Zhosaly', KYR, {'note': 'NI:reference point'}),
        ('Turkestan', 0, 'city', 'Turkistan', SKR, {'note': 'NI:origin of rotation workers'}),
        ('Kentau', 0, 'city', 'Kentau', SKR, {'note': 'NI:origin of rotation workers'}),
        ('Kyzylorda', 2, 'city', 'Kyzylorda', KYR, {'note': 'NI:reference point for a landfill'}),
        ('Shymkent', 2, 'city', 'Shymkent', SKR, {'note': 'NI:fuel prices'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:fuel prices'}),
        ('Pavlodar refinery', 0, 'facility', 'Pavlodar refinery', PR, {'subkind': 'refinery', 'note': 'NI:scheduled overhaul'}),
        ('Shymkent', 3, 'city', 'Shymkent', SKR, {'note': 'NI:planned modernisation'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the ministry'}),
     ],
     inc={SKR: (1, 'fire at a pump station of the Shymkent refinery injuring two'),
          KYR: (1, 'oil leak from the corroded pipeline in Karmakshy district on August 15')}),

dict(id='p005', date='2014-04-08', lang='en',
     event='2014 hydrogen sulphide leak at a well of the Kalamkas field poisoning five workers (Mangystau Region); Mangistaumunaigas is a company; Shetpe hospital, Aktau and Zhanaozen as homes',
     text="""Gas leak at Kalamkas field sends five oil workers to hospital
AKTAU, April 8 (Tengrinews) - Five oil workers were taken to hospital with hydrogen sulphide poisoning after gas escaped from a well at the Kalamkas field in Mangystau region on Monday, the regional emergencies department said.
The leak began while a workover crew was replacing tubing in a production well, and it took three hours to shut the well in. About 120 people were moved upwind from the nearby shift camp as a precaution.
Two of the injured were flown to Aktau and are in a serious condition; the other three are being treated at the district hospital in Shetpe, the centre of Mangistau district.
Kalamkas, on the Buzachi peninsula about 200 km north of Aktau, is operated by Mangistaumunaigas, which is jointly owned by KazMunayGas and China's CNPC. Most of its 2,000 workers live in Aktau or Zhanaozen and come to the field for 15-day shifts.
Prosecutors have opened a case over breaches of industrial safety rules.""",
     ann=[
        ('Kalamkas field', 0, 'facility', 'Kalamkas field', MR, {'subkind': 'oil field', 'note': 'headline'}),
        ('AKTAU', 0, 'city', 'Aktau', MR, {'note': 'dateline'}),
        ('Kalamkas field', 1, 'facility', 'Kalamkas field', MR, {'subkind': 'oil field'}),
        ('Mangystau region', 0, 'region', MR, MR),
        ('Aktau', 0, 'city', 'Aktau', MR, {'note': 'NI:hospital town'}),
        ('Shetpe', 0, 'city', 'Shetpe', MR, {'note': 'NI:hospital town'}),
        ('Mangistau district', 0, 'district', 'Mangystau District', MR, {'note': 'NI:district of the hospital; variant spelling'}),
        ('Kalamkas', 2, 'facility', 'Kalamkas field', MR, {'subkind': 'oil field'}),
        ('Buzachi peninsula', 0, 'facility', 'Buzachi peninsula', N, {'subkind': 'peninsula', 'note': 'natural feature in Mangystau Region'}),
        ('Aktau', 1, 'city', 'Aktau', MR, {'note': 'NI:reference point'}),
        ('China', 0, 'foreign', 'China', N),
        ('Aktau', 2, 'city', 'Aktau', MR, {'note': 'NI:residence of workers'}),
        ('Zhanaozen', 0, 'city', 'Zhanaozen', MR, {'note': 'NI:residence of workers'}),
     ],
     inc={MR: (1, 'hydrogen sulphide leak from a well at the Kalamkas field, five workers poisoned')}),

dict(id='p006', date='2024-06-18', lang='en',
     event='2024 dump truck hits a shift bus at the Aktogay copper mine, one dead, and a background rally of Aktogay villagers over dust (Ayagoz district, Abai Region, East Kazakhstan Region before 2022); Bozshakol near Ekibastuz, Dostyk in Jetisu Region, Oskemen dateline in East Kazakhstan Region',
     text="""Bus crash and dust protest put spotlight on Aktogay copper mine
OSKEMEN, June 18 (Vlast.kz) - One worker was killed and nine were injured when a mining dump truck hit a bus carrying the morning shift at the Aktogay copper mine in Abai Region on Monday, regional police said.
The bus was crossing a haul road two kilometres from the open pit when the 130-tonne truck, reversing in thick dust, struck its rear. The injured were taken to hospital in Ayagoz, and two of them were later flown to Semey. The dead man, a 41-year-old electrician, came from Shymkent; most of the 40 passengers were rotation workers from the Turkistan and Jambyl regions.
The crash came five days after about 200 residents of the village of Aktogay gathered outside the village akimat to complain about dust from blasting and from the tailings dam. They went home after the Ayagoz district akim promised an independent air test.
The village lay in East Kazakhstan Region until June 2022, when Ayagoz district became part of the new Abai Region. Residents say the dust has got worse since the mine doubled its output in 2021.
Aktogay is run by KAZ Minerals, which also mines copper at Bozshakol, near Ekibastuz in Pavlodar Region, and has offices in Oskemen, Astana and London. Its concentrate goes by rail to China through Dostyk, a border station in Jetisu Region.
The company said it would install new warning lights at the crossing and review night driving rules. Prosecutors in Semey have opened a case over breaches of traffic safety rules, and the akimat of Abai Region has asked the ecology department to publish the air test results by July.""",
     ann=[
        ('Aktogay copper mine', 0, 'facility', 'Aktogay copper mine', ABR, {'subkind': 'mine', 'note': 'headline'}),
        ('OSKEMEN', 0, 'city', 'Oskemen', EKR, {'note': 'dateline'}),
        ('Aktogay copper mine', 1, 'facility', 'Aktogay copper mine', ABR, {'subkind': 'mine'}),
        ('Abai Region', 0, 'region', ABR, ABR),
        ('Ayagoz', 0, 'city', 'Ayagoz', ABR, {'note': 'NI:hospital town'}),
        ('Semey', 0, 'city', 'Semey', ABR, {'note': 'NI:hospital town'}),
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:origin of the dead worker'}),
        ('Turkistan', 0, 'region', TR, TR, {'note': 'NI:origin of rotation workers; list sharing "regions"'}),
        ('Jambyl', 0, 'region', JR, JR, {'note': 'NI:origin of rotation workers; list sharing "regions"'}),
        ('Aktogay', 2, 'village', 'Aktogay (Ayagoz District)', ABR),
        ('Ayagoz district', 0, 'district', 'Ayagoz District', ABR, {'note': "inside an official's title"}),
        ('East Kazakhstan Region', 0, 'region', EKR, EKR, {'note': 'NI:former unit of the village'}),
        ('Ayagoz district', 1, 'district', 'Ayagoz District', ABR, {'note': 'NI:administrative statement'}),
        ('Abai Region', 1, 'region', ABR, ABR, {'note': 'NI:administrative statement'}),
        ('Aktogay', 3, 'facility', 'Aktogay copper mine', ABR, {'subkind': 'mine'}),
        ('Bozshakol', 0, 'facility', 'Bozshakol mine', PR, {'subkind': 'mine', 'note': "NI:the company's other mine"}),
        ('Ekibastuz', 0, 'city', 'Ekibastuz', PR, {'note': 'NI:reference point'}),
        ('Pavlodar Region', 0, 'region', PR, PR, {'note': "NI:location of the company's other mine"}),
        ('Oskemen', 0, 'city', 'Oskemen', EKR, {'note': 'NI:company office'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:company office'}),
        ('London', 0, 'foreign', 'London', N, {'note': 'NI:company office'}),
        ('China', 0, 'foreign', 'China', N, {'note': 'NI:destination of concentrate'}),
        ('Dostyk', 0, 'village', 'Dostyk (Alakol District)', JTR, {'note': 'NI:border station on the route'}),
        ('Jetisu Region', 0, 'region', JTR, JTR, {'note': 'NI:location of the border station'}),
        ('Semey', 1, 'city', 'Semey', ABR, {'note': 'NI:seat of the prosecutors'}),
        ('Abai Region', 2, 'region', ABR, ABR, {'note': 'inside the name of an authority'}),
     ],
     inc={ABR: (2, 'dump truck hitting a shift bus at the Aktogay copper mine (one dead); rally of about 200 villagers outside the Aktogay village akimat five days earlier')}),

dict(id='p007', date='2019-05-21', lang='en',
     event='2019 plan to double the Beineu-Bozoi-Shymkent gas pipeline, new compressor station at Bozoi (Aktobe Region); Shymkent as its own unit, Turkistan the new seat of Turkistan Region; NUR-SULTAN dateline (no incident)',
     text="""Kazakhstan to double capacity of southern gas pipeline
NUR-SULTAN, May 21 (Reuters) - Kazakhstan will double the capacity of the Beineu-Bozoi-Shymkent gas pipeline by 2022 to bring gas to more villages in the south and keep up exports to China, the energy ministry said on Tuesday.
The 1,400-km pipeline carries gas from fields in western Kazakhstan to Shymkent, which became a city of republican significance last year, and to the Kyzylorda, Turkistan and Jambyl regions. A new compressor station will be built at Bozoi, in Aktobe Region, and another near Kyzylorda.
Officials in Turkistan, the new seat of the regional government, said 140 villages in Turkistan Region still have no piped gas, among them most of Shardara district.
From Shymkent gas can also flow into the Kazakhstan-China pipeline, which carried 7 billion cubic metres to China last year. Kazakhstan still buys some gas for its south from Uzbekistan, the ministry said.""",
     ann=[
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N, {'note': 'headline'}),
        ('NUR-SULTAN', 0, 'city', 'Astana', 'Astana', {'note': 'dateline; the capital was called Nur-Sultan on the date'}),
        ('Kazakhstan', 1, 'country', 'Kazakhstan', N),
        ('Beineu', 0, 'city', 'Beineu', MR, {'note': 'NI:pipeline endpoint'}),
        ('Bozoi', 0, 'village', 'Bozoi', AR, {'note': 'NI:pipeline point'}),
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:pipeline endpoint'}),
        ('China', 0, 'foreign', 'China', N, {'note': 'NI:export destination'}),
        ('Kazakhstan', 2, 'country', 'Kazakhstan', N, {'note': '"western Kazakhstan": only the country is annotated'}),
        ('Shymkent', 1, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:destination of gas; its own unit since 2018'}),
        ('Kyzylorda', 0, 'region', KYR, KYR, {'note': 'NI:destination of gas; list sharing "regions"'}),
        ('Turkistan', 0, 'region', TR, TR, {'note': 'NI:destination of gas; list sharing "regions"'}),
        ('Jambyl', 0, 'region', JR, JR, {'note': 'NI:destination of gas; list sharing "regions"'}),
        ('Bozoi', 1, 'village', 'Bozoi', AR, {'note': 'NI:site of a planned compressor station'}),
        ('Aktobe Region', 0, 'region', AR, AR, {'note': 'NI:site of a planned compressor station'}),
        ('Kyzylorda', 1, 'city', 'Kyzylorda', KYR, {'note': 'NI:reference point for a planned station'}),
        ('Turkistan', 1, 'city', 'Turkistan', TR, {'note': 'NI:seat of officials; the regional seat since 2018'}),
        ('140 villages', 0, 'quantified', '140 villages', N, {'count': 140, 'unit': 'village', 'note': 'not about incidents'}),
        ('Turkistan Region', 0, 'region', TR, TR),
        ('Shardara district', 0, 'district', 'Shardara District', TR),
        ('Shymkent', 2, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:pipeline junction'}),
        ('Kazakhstan', 3, 'country', 'Kazakhstan', N, {'note': 'route endpoint inside a pipeline name'}),
        ('China', 1, 'foreign', 'China', N, {'note': 'route endpoint inside a pipeline name'}),
        ('China', 2, 'foreign', 'China', N, {'note': 'NI:export destination'}),
        ('Kazakhstan', 4, 'country', 'Kazakhstan', N),
        ('Uzbekistan', 0, 'foreign', 'Uzbekistan', N, {'note': 'NI:gas supplier'}),
     ],
     inc={}),

dict(id='p008', date='2026-02-10', lang='en',
     event='2026 strike of about 800 contractor employees at the Tengiz oil field (Atyrau Region); strikers from the Turkistan, Jambyl and Kyzylorda regions and Shymkent; talks in Kulsary; CPC pipeline to Novorossiysk; pay disputes in three regions',
     text="""Contract workers strike at Tengiz oil field over pay
ATYRAU, Feb 10 (KazTAG) - About 800 employees of a catering and cleaning contractor stopped work at the Tengiz oil field on Monday, demanding the same pay rise that the operator gave its own staff in January.
The workers gathered outside the canteens of the main shift camp and refused to start their shifts. Most of them come from the Turkistan, Jambyl and Kyzylorda regions and from Shymkent and work 28-day rotations, a strike leader said by phone.
The Zhylyoi district akimat said talks with the contractor were under way in Kulsary, the district centre about 120 km from the field. Tengizchevroil said oil output was not affected.
Tengiz, Kazakhstan's largest oil field, ships its crude through the CPC pipeline to a terminal near Novorossiysk, on Russia's Black Sea coast.
The regional labour inspectorate said pay disputes had stopped work at oil sites in three regions since the start of the year.""",
     ann=[
        ('Tengiz oil field', 0, 'facility', 'Tengiz field', ATR, {'subkind': 'oil field', 'note': 'headline'}),
        ('ATYRAU', 0, 'city', 'Atyrau', ATR, {'note': 'dateline'}),
        ('Tengiz oil field', 1, 'facility', 'Tengiz field', ATR, {'subkind': 'oil field'}),
        ('Turkistan', 0, 'region', TR, TR, {'note': 'NI:origin of strikers; list sharing "regions"'}),
        ('Jambyl', 0, 'region', JR, JR, {'note': 'NI:origin of strikers; list sharing "regions"'}),
        ('Kyzylorda', 0, 'region', KYR, KYR, {'note': 'NI:origin of strikers; list sharing "regions"'}),
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:origin of strikers'}),
        ('Zhylyoi district', 0, 'district', 'Zhylyoi District', ATR, {'note': 'inside the name of an authority'}),
        ('Kulsary', 0, 'city', 'Kulsary', ATR, {'note': 'NI:site of talks'}),
        ('Tengiz', 2, 'facility', 'Tengiz field', ATR, {'subkind': 'oil field'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('CPC pipeline', 0, 'facility', 'CPC pipeline', N, {'subkind': 'pipeline', 'note': 'crosses several units and Russia'}),
        ('Novorossiysk', 0, 'foreign', 'Novorossiysk', N, {'note': 'NI:reference point of the terminal'}),
        ('Russia', 0, 'foreign', 'Russia', N),
        ('Black Sea', 0, 'foreign', 'Black Sea', N, {'subkind': 'sea'}),
        ('three regions', 0, 'quantified', '3 regions', N, {'count': 3, 'unit': 'region', 'note': 'pay disputes stopping work since the start of the year'}),
     ],
     inc={ATR: (1, 'strike of about 800 contractor employees at the Tengiz oil field')},
     unatt=[{'label': 'three regions', 'count': 3, 'note': 'work stoppages over pay at oil sites since the start of the year; the regions are not named (the Tengiz strike may be one of them)'}]),
]
