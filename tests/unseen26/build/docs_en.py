"""English texts of the twenty-sixth unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420). Theme: economy, industry and labour."""
N = None
JR, ALR, KYR, TR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'Turkistan Region', 'South Kazakhstan Region'
ABR, JTR, EKR, MR, KOR = 'Abai Region', 'Jetisu Region', 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR, UR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region', 'Ulytau Region'
ATR, AR, WKR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region'

DOCS = [
dict(id='p001', date='2009-03-12', lang='en',
     event='2009 sit-in strike of copper miners at the North Zhezkazgan mine and a background blast at the copper smelter in Balkhash (both Karaganda Region, before the 2022 split); Zhezkazgan Region abolished in 1997; Satpayev as residence, Dostyk as route point',
     text="""Kazakh copper miners stay underground as Balkhash blast toll rises
ZHEZKAZGAN, Kazakhstan, March 12 (Reuters) - About 600 miners at the North Zhezkazgan mine stayed underground for a second day on Thursday, demanding a 30 percent pay rise that they say was promised in January, union officials said.
The sit-in began on Wednesday morning when the night shift refused to come up. Relatives brought food and warm clothes to the pithead, and police closed the road from Satpayev, the mining town 20 km away where most of the strikers live.
"We dig copper for London and Shanghai, and our children eat bread and tea," said Serik Balkhashev, a union steward.
The mine belongs to a copper group listed in London whose Kazakh unit is based in Karaganda. A spokesman in Karaganda said talks would resume on Friday and that the company could not raise wages while copper sold at half its 2008 price.
The strike comes a week after an explosion in the concentrator of the Balkhash copper smelter killed one worker and injured three. A second worker died in hospital on Wednesday, the smelter said. Prosecutors in Balkhash have opened a criminal case over safety breaches. The smelter, on the northern shore of Lake Balkhash, ships most of its cathode copper by rail to China through Dostyk.
Karagandy Region, which has held Zhezkazgan since the Zhezkazgan Region was abolished in 1997, produces nearly all of Kazakhstan's copper. Governor Bolat Zhumabekov said he would fly to Zhezkazgan on Friday to meet the strikers.
Wage arrears at industrial companies in the region rose to 1.2 billion tenge in February, the statistics agency said in Astana.""",
     ann=[
        ('Balkhash', 0, 'city', 'Balkhash', KR, {'note': 'headline; site of the smelter blast'}),
        ('ZHEZKAZGAN', 0, 'city', 'Zhezkazgan', KR, {'note': 'dateline; Karaganda Region before 2022-06-08'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N, {'note': 'dateline'}),
        ('North Zhezkazgan mine', 0, 'facility', 'North Zhezkazgan mine', KR, {'subkind': 'mine', 'note': 'the town name is part of the mine name; the whole name is one span'}),
        ('Satpayev', 0, 'city', 'Satpayev', KR, {'note': 'NI:residence of the strikers; start of a closed road'}),
        ('London', 0, 'foreign', 'London', N, {'note': 'NI:market for the copper'}),
        ('Shanghai', 0, 'foreign', 'Shanghai', N, {'note': 'NI:market for the copper'}),
        ('London', 1, 'foreign', 'London', N, {'note': 'NI:stock listing'}),
        ('Karaganda', 0, 'city', 'Karaganda', KR, {'note': "NI:seat of the company's Kazakh unit"}),
        ('Karaganda', 1, 'city', 'Karaganda', KR, {'note': 'NI:seat of the company spokesman'}),
        ('Balkhash', 1, 'city', 'Balkhash', KR, {'note': "noun modifier in 'the Balkhash copper smelter': the town where the smelter stands; the blast"}),
        ('Balkhash', 2, 'city', 'Balkhash', KR, {'note': 'NI:seat of the prosecutors'}),
        ('Lake Balkhash', 0, 'facility', 'Lake Balkhash', N, {'subkind': 'lake', 'note': 'natural feature; Karaganda and Almaty regions on its shores'}),
        ('China', 0, 'foreign', 'China', N, {'note': 'NI:destination of copper'}),
        ('Dostyk', 0, 'village', 'Dostyk', ALR, {'note': 'NI:railway border point on the route to China; Alakol district, Almaty Region before 2022-06-08'}),
        ('Karagandy Region', 0, 'region', KR, KR, {'note': 'variant spelling Karagandy'}),
        ('Zhezkazgan', 1, 'city', 'Zhezkazgan', KR),
        ('Zhezkazgan Region', 0, 'region', KR, KR, {'uncertain': True, 'note': 'Zhezkazgan Region, abolished in 1997; its land was in Karaganda Region on the article date'}),
        ('Kazakhstan', 1, 'country', 'Kazakhstan', N),
        ('Zhezkazgan', 3, 'city', 'Zhezkazgan', KR, {'note': "NI:destination of the governor's trip"}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the statistics agency'}),
     ],
     inc={KR: (2, 'sit-in strike of about 600 miners underground at the North Zhezkazgan mine; explosion at the Balkhash copper smelter a week earlier (one event with the later death in hospital)')}),

dict(id='p002', date='2019-10-22', lang='en',
     event='2019 grain exports to China through the Dostyk and Khorgos crossings (Almaty Region before the 2022 split), flour to Uzbekistan, grain harvest ranking of Kostanay, North Kazakhstan and Akmola regions; Nur-Sultan dateline (no incident)',
     text="""Kazakhstan's grain exports to China up by a third
NUR-SULTAN, Oct 22 (Interfax-Kazakhstan) - Kazakhstan shipped 1.1 million tonnes of grain and flour to China in the first nine months of 2019, a third more than a year earlier, the agriculture ministry said on Tuesday.
Most of the wheat went by rail through the Dostyk and Khorgos border crossings, where the railway has added wagon capacity. Smaller lots were shipped from Aktau across the Caspian to Iran.
Uzbekistan remained the largest buyer of Kazakh flour, followed by Afghanistan and Tajikistan.
The Kostanay, North Kazakhstan and Akmola regions gave three quarters of this year's harvest of 17.4 million tonnes. Farmers in Kostanay region said wet September weather had left part of the crop unharvested in the Zhitikara and Kamysty districts.
Traders in Nur-Sultan said Chinese buyers wanted more durum wheat, which grows mainly in the steppe south of Petropavl. A grain terminal near Shymkent will open next year to serve buyers in Uzbekistan.""",
     ann=[
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N, {'note': 'headline'}),
        ('China', 0, 'foreign', 'China', N, {'note': 'headline'}),
        ('NUR-SULTAN', 0, 'city', 'Astana', 'Astana', {'note': 'dateline; the capital was named Nur-Sultan on the article date'}),
        ('Kazakhstan', 2, 'country', 'Kazakhstan', N, {'note': "occurrence 1 is inside the agency name 'Interfax-Kazakhstan', not annotated"}),
        ('China', 1, 'foreign', 'China', N, {'note': 'NI:destination of grain'}),
        ('Dostyk', 0, 'facility', 'Dostyk border crossing', ALR, {'subkind': 'border crossing', 'note': "NI:route point; list sharing the head noun 'border crossings'; Alakol district, Almaty Region before 2022-06-08"}),
        ('Khorgos', 0, 'facility', 'Khorgos border crossing', ALR, {'subkind': 'border crossing', 'note': "NI:route point; list sharing the head noun 'border crossings'; Panfilov district, Almaty Region before 2022-06-08"}),
        ('Aktau', 0, 'city', 'Aktau', MR, {'note': 'NI:port of shipment'}),
        ('Caspian', 0, 'facility', 'Caspian Sea', N, {'subkind': 'sea'}),
        ('Iran', 0, 'foreign', 'Iran', N, {'note': 'NI:destination of grain'}),
        ('Uzbekistan', 0, 'foreign', 'Uzbekistan', N),
        ('Afghanistan', 0, 'foreign', 'Afghanistan', N),
        ('Tajikistan', 0, 'foreign', 'Tajikistan', N),
        ('Kostanay', 0, 'region', KOR, KOR, {'note': "list sharing the head noun 'regions'"}),
        ('North Kazakhstan', 0, 'region', NKR, NKR, {'note': "list sharing the head noun 'regions'"}),
        ('Akmola', 0, 'region', AKR, AKR, {'note': "list sharing the head noun 'regions'"}),
        ('Kostanay region', 0, 'region', KOR, KOR),
        ('Zhitikara', 0, 'district', 'Zhitikara District', KOR, {'note': "list sharing the head noun 'districts'"}),
        ('Kamysty', 0, 'district', 'Kamysty District', KOR, {'note': "list sharing the head noun 'districts'"}),
        ('Nur-Sultan', 0, 'city', 'Astana', 'Astana'),
        ('Petropavl', 0, 'city', 'Petropavl', NKR, {'note': 'NI:reference point'}),
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:reference point of a planned terminal'}),
        ('Uzbekistan', 1, 'foreign', 'Uzbekistan', N),
     ],
     inc={}),

dict(id='p003', date='2017-01-24', lang='en',
     event='2017 fire destroys 300 containers at the Baraholka market in Almaty, and a background December fire at the Bekzhan bazaar in Shymkent (South Kazakhstan Region before the 2018 reform); firefighters from Kaskelen and Talgar; goods from Urumqi via Khorgos',
     text="""Fire destroys 300 containers at Almaty's Baraholka market
ALMATY, Jan 24 (KazTAG) - A fire destroyed about 300 trading containers and two warehouses at the Baraholka market on the western edge of Almaty overnight, the city's emergencies department said on Tuesday. Two firefighters were treated for smoke poisoning; nobody was killed.
The blaze started shortly after midnight in a row of containers selling clothing near Rayimbek Avenue and spread quickly in a strong wind. More than 200 firefighters, some of them sent from Kaskelen and Talgar in Almaty Region, needed seven hours to put it out.
Traders said goods worth hundreds of millions of tenge had burnt. "I brought this stock from Urumqi on credit two weeks ago," said Aigul Talgarova, who sells children's coats. Many traders buy in Xinjiang and bring their goods by lorry through Khorgos.
Baraholka, a sprawl of markets covering more than 100 hectares, is one of the largest wholesale hubs in Central Asia and supplies shops as far away as Bishkek and Novosibirsk. Inspectors had fined its operators four times since 2015 for blocked fire lanes, the department said.
The blaze came five weeks after a fire at the Bekzhan bazaar in Shymkent destroyed 120 stalls. The South Kazakhstan Region emergencies department said last week that a heater left on overnight had caused that fire.
Markets in Almaty, Shymkent and Taraz account for about a third of the country's retail trade, according to the statistics committee. The Almaty akimat has promised to move wholesale trade out of the city, to a new complex by the Almaty-Bishkek highway, by 2020.""",
     ann=[
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'headline'}),
        ('Baraholka market', 0, 'facility', 'Baraholka market (Almaty)', 'Almaty', {'subkind': 'market', 'note': 'headline'}),
        ('ALMATY', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Baraholka market', 1, 'facility', 'Baraholka market (Almaty)', 'Almaty', {'subkind': 'market'}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty'),
        ('Rayimbek Avenue', 0, 'facility', 'Rayimbek Avenue (Almaty)', 'Almaty', {'subkind': 'street'}),
        ('Kaskelen', 0, 'city', 'Kaskelen', ALR, {'note': 'NI:origin of firefighters'}),
        ('Talgar', 0, 'city', 'Talgar', ALR, {'note': 'NI:origin of firefighters'}),
        ('Almaty Region', 0, 'region', ALR, ALR, {'note': 'NI:origin of firefighters'}),
        ('Urumqi', 0, 'foreign', 'Urumqi', N, {'note': 'NI:origin of goods'}),
        ('Xinjiang', 0, 'foreign', 'Xinjiang', N, {'note': 'NI:origin of goods'}),
        ('Khorgos', 0, 'village', 'Khorgos', ALR, {'note': 'NI:route point; the Kazakh border village (Panfilov district, Almaty Region in 2017)'}),
        ('Baraholka', 2, 'facility', 'Baraholka market (Almaty)', 'Almaty', {'subkind': 'market'}),
        ('Central Asia', 0, 'foreign', 'Central Asia', N, {'subkind': 'macro-region', 'uncertain': True, 'note': 'macro-region that includes Kazakhstan'}),
        ('Bishkek', 0, 'foreign', 'Bishkek', N, {'note': 'NI:market supplied'}),
        ('Novosibirsk', 0, 'foreign', 'Novosibirsk', N, {'note': 'NI:market supplied'}),
        ('Bekzhan bazaar', 0, 'facility', 'Bekzhan bazaar (Shymkent)', SKR, {'subkind': 'market'}),
        ('Shymkent', 0, 'city', 'Shymkent', SKR, {'note': 'South Kazakhstan Region before 2018-06-19'}),
        ('South Kazakhstan Region', 0, 'region', SKR, SKR, {'note': 'NI:inside the name of an authority'}),
        ('Almaty', 3, 'city', 'Almaty', 'Almaty', {'note': 'NI:statistics'}),
        ('Shymkent', 1, 'city', 'Shymkent', SKR, {'note': 'NI:statistics'}),
        ('Taraz', 0, 'city', 'Taraz', JR, {'note': 'NI:statistics'}),
        ('Almaty', 4, 'city', 'Almaty', 'Almaty', {'note': 'NI:inside the name of an authority (akimat)'}),
        ('Almaty', 5, 'city', 'Almaty', 'Almaty', {'note': 'NI:highway endpoint'}),
        ('Bishkek', 1, 'foreign', 'Bishkek', N, {'note': 'NI:highway endpoint'}),
     ],
     inc={'Almaty': (1, 'fire at the Baraholka market (market and city: one event)'),
          SKR: (1, 'background fire at the Bekzhan bazaar in Shymkent five weeks earlier, narrated with place and damage')}),

dict(id='p004', date='2024-05-14', lang='en',
     event='2024 Aktobe Chrome and a Chinese partner agree to build a ferroalloy plant in Khromtau (Aktobe Region); the company named after Aktobe has no plant there; ore to Aksu in Pavlodar Region; misspelt Chromtau (no incident)',
     text="""Aktobe Chrome signs $480 mln ferroalloy deal with Chinese partner
AKTOBE, May 14 (Kazinform) - Aktobe Chrome has agreed with Jinlong Metals of Baotou in China to build a $480 million ferroalloy plant in Khromtau, the governor's office of Aktobe Region said on Tuesday.
The plant, on the eastern edge of Chromtau, will process ore from the Donskoy mining complex and employ about 900 people when it opens in 2027. Today much of the ore mined in Khromtau district travels 1,300 km by rail to the smelters in Aksu, in Pavlodar Region.
Jinlong will take a 49 percent stake and buy most of the output for steel mills in Inner Mongolia. Aktobe Chrome, which despite its name has no plant in Aktobe itself, employs 2,300 people at two workshops in Kandyagash.
Trade unions in Khromtau welcomed the project but want 80 percent of the staff hired locally. Last year workers at a Chinese-run copper project in Abai Region complained that the contractor had brought in welders from Gansu.""",
     ann=[
        ('AKTOBE', 0, 'city', 'Aktobe', AR, {'note': 'dateline'}),
        ('Baotou', 0, 'foreign', 'Baotou', N, {'note': "NI:seat of the partner company"}),
        ('China', 0, 'foreign', 'China', N),
        ('Khromtau', 0, 'city', 'Khromtau', AR, {'note': 'site of a planned plant'}),
        ('Aktobe Region', 0, 'region', AR, AR, {'note': "NI:governor's office"}),
        ('Chromtau', 0, 'city', 'Khromtau', AR, {'note': 'misspelling of Khromtau, introduced on purpose'}),
        ('Donskoy mining complex', 0, 'facility', 'Donskoy mining complex (Khromtau)', AR, {'subkind': 'mine'}),
        ('Khromtau district', 0, 'district', 'Khromtau District', AR),
        ('Aksu', 0, 'city', 'Aksu (Pavlodar Region)', PR, {'note': 'NI:destination of ore; the town of Aksu, one of many places of that name'}),
        ('Pavlodar Region', 0, 'region', PR, PR, {'note': 'NI:destination of ore'}),
        ('Inner Mongolia', 0, 'foreign', 'Inner Mongolia', N, {'note': 'NI:destination of output'}),
        ('Aktobe', 4, 'city', 'Aktobe', AR, {'note': "occurrences 0, 1 and 3 are inside the company name 'Aktobe Chrome', not annotated"}),
        ('Kandyagash', 0, 'city', 'Kandyagash', AR),
        ('Khromtau', 2, 'city', 'Khromtau', AR, {'note': 'NI:seat of trade unions'}),
        ('Abai Region', 0, 'region', ABR, ABR, {'note': 'a complaint, not an incident'}),
        ('Gansu', 0, 'foreign', 'Gansu', N, {'note': 'NI:origin of workers'}),
     ],
     inc={}),

dict(id='p005', date='2022-07-19', lang='en',
     event='2022 fire destroys a cold store at a meat plant in Semey six weeks after Abai Region was created (Abai Region); beef for China via the Bakhty crossing; Semipalatinsk the old name; company named after the Irtysh',
     text="""Fire destroys beef store at Semey meat plant
SEMEY, July 19 (Tengrinews) - A fire destroyed a cold store holding 400 tonnes of frozen beef at a meat processing plant in Semey overnight into Tuesday, the emergencies department of Abai Region said. Nobody was hurt.
Firefighters needed five hours to save the main slaughter hall. Investigators suspect faulty wiring.
The plant, owned by Irtysh Meat Company, was due to send its first 1,000 tonnes of beef to China next month through the Bakhty crossing in Urzhar district. Its cattle come from farms in the Ayagoz, Beskaragay and Abai districts and from Pavlodar Region.
"We will rebuild the store by October, but the Chinese contract is now in doubt," the company's director said.
Abai Region was separated from East Kazakhstan Region on June 8, with Semey, the former Semipalatinsk, as its centre. Officials in Ust-Kamenogorsk, the East Kazakhstan regional capital, said last year that meat exports from the Irtysh valley could double by 2025.""",
     ann=[
        ('Semey', 0, 'city', 'Semey', ABR, {'note': 'headline; Abai Region from 2022-06-08'}),
        ('SEMEY', 0, 'city', 'Semey', ABR, {'note': 'dateline'}),
        ('Semey', 1, 'city', 'Semey', ABR),
        ('Abai Region', 0, 'region', ABR, ABR, {'note': 'NI:inside the name of an authority'}),
        ('China', 0, 'foreign', 'China', N, {'note': 'NI:destination of beef'}),
        ('Bakhty crossing', 0, 'facility', 'Bakhty border crossing', ABR, {'subkind': 'border crossing', 'note': 'NI:route point'}),
        ('Urzhar district', 0, 'district', 'Urzhar District', ABR),
        ('Ayagoz', 0, 'district', 'Ayagoz District', ABR, {'note': "NI:origin of cattle; list sharing the head noun 'districts'"}),
        ('Beskaragay', 0, 'district', 'Beskaragay District', ABR, {'note': "NI:origin of cattle; list sharing the head noun 'districts'"}),
        ('Abai', 1, 'district', 'Abai District', ABR, {'note': "NI:origin of cattle; Abai district of Abai Region, in a list sharing the head noun 'districts'"}),
        ('Pavlodar Region', 0, 'region', PR, PR, {'note': 'NI:origin of cattle'}),
        ('Abai Region', 1, 'region', ABR, ABR),
        ('East Kazakhstan Region', 0, 'region', EKR, EKR, {'note': 'the former unit of Semey'}),
        ('Semey', 2, 'city', 'Semey', ABR),
        ('Semipalatinsk', 0, 'city', 'Semey', ABR, {'note': 'former name'}),
        ('Ust-Kamenogorsk', 0, 'city', 'Oskemen', EKR, {'note': 'NI:seat of officials'}),
        ('East Kazakhstan', 1, 'region', EKR, EKR, {'note': "noun modifier in 'the East Kazakhstan regional capital'"}),
        ('Irtysh valley', 0, 'facility', 'Irtysh valley', N, {'subkind': 'valley', 'note': "natural feature; the company 'Irtysh Meat Company' is not annotated"}),
     ],
     inc={ABR: (1, 'fire destroyed a cold store at a meat plant in Semey')}),

dict(id='p006', date='1998-06-10', lang='en',
     event='1998 police stop a march of unpaid coal miners from Shakhtinsk and Saran near Temirtau on the Karaganda-Astana highway (Karaganda Region); Akmola renamed Astana; the former Zhezkazgan Region; Nursultan Nazarbayev',
     text="""Police stop miners' march on Astana near Temirtau
ASTANA, June 10 (Reuters) - Police stopped about 300 coal miners from Shakhtinsk and Saran near Temirtau on Wednesday, two days after they set out on foot along the Karaganda-Astana highway to demand five months of unpaid wages, union leaders said.
The miners were put on buses and taken back to Karaganda after a four-hour stand-off in which several marchers were beaten and 17 were briefly detained, the independent miners' union said.
The mines were bought two years ago by Ispat Karmet, the owner of the steel works in Temirtau, which says it inherited the arrears from the state coal company.
The government, which moved to the new capital from Almaty in December, renamed the city from Akmola to Astana last month. President Nursultan Nazarbayev has promised that wage arrears in Karaganda Region, which since last year also includes the former Zhezkazgan Region, will be paid by the autumn.""",
     ann=[
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'headline; NI:destination of the march'}),
        ('Temirtau', 0, 'city', 'Temirtau', KR, {'note': 'headline; the march was stopped near the town'}),
        ('ASTANA', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Shakhtinsk', 0, 'city', 'Shakhtinsk', KR, {'note': 'NI:origin of the miners'}),
        ('Saran', 0, 'city', 'Saran', KR, {'note': 'NI:origin of the miners'}),
        ('Temirtau', 1, 'city', 'Temirtau', KR, {'note': "the march was stopped 'near Temirtau' (no distance given)"}),
        ('Karaganda', 0, 'city', 'Karaganda', KR, {'note': 'NI:highway endpoint'}),
        ('Astana', 1, 'city', 'Astana', 'Astana', {'note': 'NI:highway endpoint'}),
        ('Karaganda', 1, 'city', 'Karaganda', KR, {'note': 'NI:destination of the buses'}),
        ('Temirtau', 2, 'city', 'Temirtau', KR, {'note': 'NI:site of the steel works'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:former seat of government'}),
        ('Akmola', 0, 'city', 'Astana', 'Astana', {'note': 'the city, named Akmola until May 1998'}),
        ('Astana', 2, 'city', 'Astana', 'Astana'),
        ('Karaganda Region', 0, 'region', KR, KR),
        ('Zhezkazgan Region', 0, 'region', KR, KR, {'uncertain': True, 'note': 'Zhezkazgan Region, abolished in 1997 and merged into Karaganda Region'}),
     ],
     inc={KR: (1, 'march of miners stopped by police near Temirtau, with beatings and 17 detained (one event)')}),

dict(id='p007', date='2026-02-10', lang='en',
     event='2026 statistics ranking regions by wages and industrial output: Atyrau and Mangystau lead, Ulytau and Abai grow fastest, Karaganda and Pavlodar hold most arrears; 17 work stoppages in seven unnamed regions (no incident row)',
     text="""Oil regions keep wage lead as Ulytau tops industrial growth
ASTANA, Feb 10 (Kazinform) - Atyrau Region again paid the highest average monthly wage in Kazakhstan in 2025, 782,000 tenge, followed by Mangystau Region and the capital, the Bureau of National Statistics said on Tuesday. The Turkistan and Jambyl regions stayed at the bottom of the table, with wages less than half of those in Atyrau.
Industrial output grew fastest in Ulytau Region, by 14 percent, as a new copper concentrator near Zhezkazgan reached full capacity, and in Abai Region, where a gold plant built with Chinese money opened near Ayagoz. Output fell by 6 percent in West Kazakhstan Region after a planned maintenance shutdown at the Karachaganak field in the autumn, and in Kostanay Region, where iron ore mining in Rudny slowed. Oil output in Kyzylorda Region fell for the ninth year running.
The expansion of the Tengiz field, completed last year, lifted oil production in Atyrau Region by a fifth. The offshore Kashagan field added 4 percent.
Shymkent overtook Almaty in the number of new manufacturing firms for the second year running, mainly in textiles and building materials, while Almaty Region led in food processing, helped by new greenhouses around Konaev.
Labour inspectors recorded 17 work stoppages in seven regions last year, down from 23 a year earlier. Most were short sit-ins over wages at oil service contractors, the labour ministry said, without naming the companies or the regions.
Wage arrears fell to 3.1 billion tenge, two thirds of it at firms in the Karaganda and Pavlodar regions. Nominal wages rose in all regions, but in the Jetisu and North Kazakhstan regions the rise lagged behind inflation of 12 percent.
China remained Kazakhstan's largest trading partner, ahead of Russia, Italy and South Korea.""",
     ann=[
        ('Ulytau', 0, 'region', UR, UR, {'note': "headline; the region named without 'Region'"}),
        ('ASTANA', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Atyrau Region', 0, 'region', ATR, ATR),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('Mangystau Region', 0, 'region', MR, MR),
        ('Turkistan', 0, 'region', TR, TR, {'note': "list sharing the head noun 'regions'"}),
        ('Jambyl', 0, 'region', JR, JR, {'note': "list sharing the head noun 'regions'"}),
        ('Atyrau', 1, 'region', ATR, ATR, {'uncertain': True, 'note': "'those in Atyrau' compares regions, so the region; could be read as the city"}),
        ('Ulytau Region', 0, 'region', UR, UR),
        ('Zhezkazgan', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:reference point'}),
        ('Abai Region', 0, 'region', ABR, ABR),
        ('Ayagoz', 0, 'city', 'Ayagoz', ABR, {'note': 'NI:reference point'}),
        ('West Kazakhstan Region', 0, 'region', WKR, WKR),
        ('Karachaganak field', 0, 'facility', 'Karachaganak field', WKR, {'subkind': 'gas field', 'note': 'a planned shutdown, not an incident'}),
        ('Kostanay Region', 0, 'region', KOR, KOR),
        ('Rudny', 0, 'city', 'Rudny', KOR),
        ('Kyzylorda Region', 0, 'region', KYR, KYR),
        ('Tengiz field', 0, 'facility', 'Tengiz field', ATR, {'subkind': 'oil field'}),
        ('Atyrau Region', 1, 'region', ATR, ATR),
        ('Kashagan field', 0, 'facility', 'Kashagan field', ATR, {'subkind': 'oil field', 'note': 'offshore field in the North Caspian, labelled with the region off whose coast it lies'}),
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent'),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty'),
        ('Almaty Region', 0, 'region', ALR, ALR),
        ('Konaev', 0, 'city', 'Konaev', ALR),
        ('seven regions', 0, 'quantified', '7 regions', N, {'count': 7, 'unit': 'region', 'note': '17 work stoppages in seven unnamed regions'}),
        ('Karaganda', 0, 'region', KR, KR, {'note': "list sharing the head noun 'regions'"}),
        ('Pavlodar', 0, 'region', PR, PR, {'note': "list sharing the head noun 'regions'"}),
        ('all regions', 0, 'quantified', 'all regions', N, {'count': None, 'unit': 'region', 'quantifier': 'all', 'note': 'wages, not incidents'}),
        ('Jetisu', 0, 'region', JTR, JTR, {'note': "list sharing the head noun 'regions'"}),
        ('North Kazakhstan', 0, 'region', NKR, NKR, {'note': "list sharing the head noun 'regions'"}),
        ('China', 0, 'foreign', 'China', N),
        ('Kazakhstan', 3, 'country', 'Kazakhstan', N),
        ('Russia', 0, 'foreign', 'Russia', N),
        ('Italy', 0, 'foreign', 'Italy', N),
        ('South Korea', 0, 'foreign', 'South Korea', N),
     ],
     inc={},
     unatt=[{'label': 'seven regions', 'count': 7, 'note': '17 work stoppages (mostly sit-ins over wages) in 2025 in seven regions the ministry did not name'}]),

dict(id='p008', date='2013-10-10', lang='en',
     event='2013 Kashagan output halted after a gas leak on the onshore pipeline about 40 km east of Atyrau (Atyrau Region); villages in Makhambet district checked; partners from Italy and China; CPC route to Novorossiysk',
     text="""Kashagan halts output after gas leak on onshore pipeline
ATYRAU, Oct 10 (Reuters) - Kazakhstan's giant Kashagan oil field in the Caspian Sea stopped production on Wednesday after a gas leak was found on the pipeline carrying sour gas to the Bolashak processing plant onshore, the operator said.
The leak, on a section of pipe about 40 km east of Atyrau, was detected by sensors early on Wednesday. Nobody was hurt, and hydrogen sulphide levels in the villages of Beibarys and Talkairan in Makhambet district stayed within norms, the emergencies department of Atyrau Region said.
Kashagan, discovered in 2000 and developed by a group that includes KazMunayGas, Italy's Eni, Shell, ExxonMobil, Total and China's CNPC, started pumping only last month after years of delays and cost overruns.
"It is too early to say how long the stoppage will last," an official at the oil ministry in Astana said.
Kashagan crude is to be exported through the Caspian Pipeline Consortium line to Novorossiysk on the Black Sea.""",
     ann=[
        ('Kashagan', 0, 'facility', 'Kashagan field', ATR, {'subkind': 'oil field', 'note': 'headline; offshore field, labelled with the region off whose coast it lies'}),
        ('ATYRAU', 0, 'city', 'Atyrau', ATR, {'note': 'dateline'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('Kashagan oil field', 0, 'facility', 'Kashagan field', ATR, {'subkind': 'oil field'}),
        ('Caspian Sea', 0, 'facility', 'Caspian Sea', N, {'subkind': 'sea'}),
        ('Bolashak processing plant', 0, 'facility', 'Bolashak processing plant', ATR, {'subkind': 'plant', 'note': 'NI:endpoint of the pipeline'}),
        ('Atyrau', 0, 'city', 'Atyrau', ATR, {'note': "NI:reference point ('about 40 km east of Atyrau')"}),
        ('Beibarys', 0, 'village', 'Beibarys', ATR, {'note': 'NI:air checked, no damage'}),
        ('Talkairan', 0, 'village', 'Talkairan', ATR, {'note': 'NI:air checked, no damage'}),
        ('Makhambet district', 0, 'district', 'Makhambet District', ATR),
        ('Atyrau Region', 0, 'region', ATR, ATR, {'note': 'NI:inside the name of an authority'}),
        ('Kashagan', 2, 'facility', 'Kashagan field', ATR, {'subkind': 'oil field'}),
        ('Italy', 0, 'foreign', 'Italy', N),
        ('China', 0, 'foreign', 'China', N),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the ministry'}),
        ('Kashagan', 3, 'facility', 'Kashagan field', ATR, {'subkind': 'oil field'}),
        ('Novorossiysk', 0, 'foreign', 'Novorossiysk', N, {'note': 'NI:pipeline endpoint'}),
        ('Black Sea', 0, 'foreign', 'Black Sea', N, {'note': 'foreign sea'}),
     ],
     inc={ATR: (1, 'gas leak on the onshore pipeline about 40 km east of Atyrau, which halted Kashagan output')}),
]
