"""English texts of the sixty-sixth unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p001', date='2019-04-02', lang='en',
     event='2019 regional round-up ten days after the capital was renamed: eviction protest with six detained outside the Nur-Sultan akimat; workshop fire in Karatau district of Shymkent (a city of republican significance); deputy governor of Turkistan region appointed (from Kentau); storm tears roofs in Kulsary (Atyrau Region); Pavlodar coal and aluminium economy item; bribery sentence in Medeu district court of Almaty for an Almaty Region official; armed robbery of an exchange office in Ust-Kamenogorsk; fatal minibus crash near Bulayevo, Magzhan Zhumabayev district (North Kazakhstan Region); storm warnings in five regions',
     text="""REGIONS IN BRIEF: Tuesday, April 2, 2019
Compiled by the KazWire regional desk

NUR-SULTAN - About forty residents of a dormitory on Zhenis Avenue gathered outside the city akimat on Monday morning to protest against their eviction. Police detained six of them for holding an unsanctioned rally. It was the first street protest in the capital since it was renamed Nur-Sultan on March 23.

SHYMKENT - A fire destroyed a furniture workshop in Karatau district overnight. Firefighters needed three hours to put out the blaze, which covered 400 square metres; nobody was hurt, the emergencies department of Shymkent said. The city has been administered separately from the surrounding region since last June.

TURKISTAN - Altai Seitkaliyev has been appointed deputy governor of Turkistan region in charge of industry. He previously headed the akimat of Kentau.

KULSARY - Hurricane-force wind tore the roofs off eleven houses and a school gym in Kulsary, Zhylyoi district, on Monday evening. No injuries were reported. Kazhydromet has kept storm warnings in force for five regions, including the Atyrau and Mangystau regions.

PAVLODAR - Coal shipments from Ekibastuz rose 6 percent in the first quarter, the Pavlodar region akimat said, with most of the extra volume going to power plants in the Urals. Ertis Aluminium, the region's largest employer, plans to hire 300 workers this year.

ALMATY - The Medeu district court sentenced a former head of the land relations department of Almaty Region to six years in prison for taking a bribe of 20 million tenge. The case was opened in Talgar after a complaint from a farmer.

UST-KAMENOGORSK - Two masked men fired shots into the ceiling of an exchange office on Kazakhstan Street on Monday and escaped with about 12 million tenge, the East Kazakhstan police department said. Nobody was injured.

PETROPAVL - Three people were killed when a minibus collided with a grain truck on the Petropavl-Omsk highway near Bulayevo, in Magzhan Zhumabayev district, late on Sunday. The minibus was travelling from Omsk to Kokshetau with eight passengers, four of them Russian citizens.""",
     ann=[
        ('NUR-SULTAN', 0, 'city', 'Astana', 'Astana', {'note': 'dateline; the capital named Nur-Sultan 2019-2022'}),
        ('Zhenis Avenue', 0, 'facility', 'Zhenis Avenue (Astana)', 'Astana', {'subkind': 'street', 'note': 'residence of the protesters'}),
        ('Nur-Sultan', 0, 'city', 'Astana', 'Astana', {'note': 'NI:the renaming recalled'}),
        ('SHYMKENT', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'dateline; city of republican significance since 2018-06-19'}),
        ('Karatau district', 0, 'district', 'Karatau District (Shymkent)', 'Shymkent', {'subkind': 'city district', 'note': 'district of Shymkent, not the Jambyl town Karatau'}),
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'inside the name of an authority'}),
        ('TURKISTAN', 0, 'city', 'Turkistan', TR, {'note': 'dateline; seat of Turkistan Region since December 2018'}),
        ('Turkistan region', 0, 'region', TR, TR, {'note': 'official post'}),
        ('Kentau', 0, 'city', 'Kentau', TR, {'note': 'NI:former workplace of the appointee'}),
        ('KULSARY', 0, 'city', 'Kulsary', ATR, {'note': 'dateline'}),
        ('Kulsary', 0, 'city', 'Kulsary', ATR),
        ('Zhylyoi district', 0, 'district', 'Zhylyoi District', ATR),
        ('five regions', 0, 'quantified', '5 regions', N, {'count': 5, 'unit': 'region', 'note': 'storm warnings, not incidents'}),
        ('Atyrau', 0, 'region', ATR, ATR, {'note': 'NI:storm warning; in a list sharing "regions"'}),
        ('Mangystau', 0, 'region', MR, MR, {'note': 'NI:storm warning; in a list sharing "regions"'}),
        ('PAVLODAR', 0, 'city', 'Pavlodar', PR, {'note': 'dateline'}),
        ('Ekibastuz', 0, 'city', 'Ekibastuz', PR, {'note': 'NI:economy item'}),
        ('Pavlodar region', 0, 'region', PR, PR, {'note': 'inside the name of an authority'}),
        ('Urals', 0, 'foreign', 'Ural (Russia)', N, {'subkind': 'macro-region', 'note': 'NI:destination of coal'}),
        ('ALMATY', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Medeu district', 0, 'district', 'Medeu District (Almaty)', 'Almaty', {'subkind': 'city district', 'note': 'inside the name of a court'}),
        ('Almaty Region', 0, 'region', ALR, ALR, {'note': 'inside the name of an authority (department); the region, not the city'}),
        ('Talgar', 0, 'city', 'Talgar', ALR, {'note': 'NI:where the case was opened'}),
        ('UST-KAMENOGORSK', 0, 'city', 'Oskemen', EKR, {'note': 'dateline; Russian name'}),
        ('Kazakhstan Street', 0, 'facility', 'Kazakhstan Street (Oskemen)', EKR, {'subkind': 'street', 'note': 'street named after the country'}),
        ('East Kazakhstan', 0, 'region', EKR, EKR, {'note': 'inside the name of an authority'}),
        ('PETROPAVL', 0, 'city', 'Petropavl', NKR, {'note': 'dateline'}),
        ('Petropavl', 0, 'city', 'Petropavl', NKR, {'note': 'NI:route endpoint'}),
        ('Omsk', 0, 'foreign', 'Omsk', N, {'note': 'NI:route endpoint'}),
        ('Bulayevo', 0, 'city', 'Bulayevo', NKR, {'note': 'town, centre of Magzhan Zhumabayev district; reference point of the crash'}),
        ('Magzhan Zhumabayev district', 0, 'district', 'Magzhan Zhumabayev District', NKR, {'note': 'district named after a poet'}),
        ('Omsk', 1, 'foreign', 'Omsk', N, {'note': 'NI:origin of the minibus'}),
        ('Kokshetau', 0, 'city', 'Kokshetau', AKR, {'note': 'NI:destination of the minibus'}),
     ],
     inc={'Astana': (1, 'eviction protest outside the city akimat, six detained (protest and detentions one incident)'),
          'Shymkent': (1, 'fire at a furniture workshop in Karatau district'),
          ATR: (1, 'storm damage in Kulsary: roofs of eleven houses and a school gym'),
          EKR: (1, 'armed robbery with shots fired at an exchange office on Kazakhstan Street, Ust-Kamenogorsk'),
          NKR: (1, 'minibus-truck collision near Bulayevo, three dead')}),

dict(id='p002', date='1994-09-14', lang='en',
     event='1994 round-up: unpaid meat-plant workers block a road in Semipalatinsk (Semipalatinsk Region, abolished 1997: East Kazakhstan Region land); grain warehouse fire in Akmola (the city, not yet the capital: Astana) reported by the Akmola region administration; tenge trading in Almaty ("Alma-Ata" in a quote); Baikonur lease talks in Moscow',
     text="""KAZAKHSTAN: NEWS IN BRIEF, SEPTEMBER 14, 1994

SEMIPALATINSK - Some 300 workers of the city meat-packing plant blocked the road to the Semipalatinsk region administration for four hours on Tuesday, demanding wages unpaid since April. Police did not intervene, and the deputy head of the region promised to pay one month's wages by October.

AKMOLA - A fire destroyed a grain warehouse at an elevator on the edge of Akmola overnight, burning about 2,000 tonnes of wheat. The Akmola region administration said the cause was faulty wiring. Nobody was hurt.

ALMATY - The tenge fell to 49 against the dollar at Wednesday's trading session, its weakest level since the national currency was introduced last November. "Prices in Alma-Ata shops change every week," a pensioner said outside the Zelyony Bazaar.

MOSCOW - Russian and Kazakh negotiators resumed talks on the rent Russia will pay for the Baikonur cosmodrome. A Kazakh delegate said a deal was "close" but gave no figure.""",
     ann=[
        ('KAZAKHSTAN', 0, 'country', 'Kazakhstan', N, {'note': 'headline'}),
        ('SEMIPALATINSK', 0, 'city', 'Semey', EKR, {'note': 'dateline; Semipalatinsk Region until 1997, East Kazakhstan Region land; Semey is Abai Region only from 2022-06-08'}),
        ('Semipalatinsk region', 0, 'region', EKR, EKR, {'uncertain': True, 'note': 'inside the name of an authority; Semipalatinsk Region (abolished 1997), labelled with East Kazakhstan Region, the unit that took its land'}),
        ('AKMOLA', 0, 'city', 'Astana', 'Astana', {'note': 'dateline; the city, capital only from 1997'}),
        ('Akmola', 0, 'city', 'Astana', 'Astana', {'note': 'the city, not Akmola Region'}),
        ('Akmola region', 0, 'region', AKR, AKR, {'note': 'inside the name of an authority'}),
        ('ALMATY', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline; the capital in 1994'}),
        ('Alma-Ata', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:old name in a quote; economy item'}),
        ('Zelyony Bazaar', 0, 'facility', 'Zelyony Bazaar (Almaty)', 'Almaty', {'subkind': 'market', 'note': 'NI:where a pensioner was interviewed'}),
        ('MOSCOW', 0, 'foreign', 'Moscow', N, {'note': 'dateline'}),
        ('Russia', 0, 'foreign', 'Russia', N),
        ('Baikonur cosmodrome', 0, 'facility', 'Baikonur Cosmodrome', KZR, {'subkind': 'cosmodrome', 'note': 'NI:subject of lease talks; leased to Russia'}),
     ],
     inc={EKR: (1, 'meat-plant workers blocked the road to the region administration in Semipalatinsk over unpaid wages'),
          'Astana': (1, 'fire at a grain warehouse on the edge of Akmola (the city)')}),

dict(id='p003', date='2008-11-20', lang='en',
     event='2008 round-up: fatal gas explosion in a house in the Karatal microdistrict of Taldykorgan (Almaty Region before 2022); Semey (East Kazakhstan Region before 2022) gets a new akim from Ayagoz; rock fall kills a miner at the Annensky mine near Zhezkazgan (Karaganda Region before 2022); Kostanay grain exports to Iran and Uzbekistan; three districts short of storage',
     text="""REGIONAL ROUND-UP, November 20, 2008

TALDYKORGAN - A gas explosion destroyed a private house in the Karatal microdistrict of Taldykorgan early on Thursday, killing a 62-year-old woman and injuring her grandson. Gas service workers said a leak in an old stove was the likely cause.

SEMEY - President's decree: Yerbol Kassenov, until now the akim of Ayagoz, has been appointed akim of Semey. His predecessor moves to a post in the East Kazakhstan regional akimat.

ZHEZKAZGAN - A miner was killed by a rock fall at a depth of 460 metres in the Annensky mine on Wednesday night, the Karaganda region emergencies department said. Two colleagues escaped with bruises. Production at the mine was halted for an inspection.

KOSTANAY - Farmers in the region have threshed 4.3 million tonnes of grain, and exporters have signed contracts to ship wheat to Iran and Uzbekistan, the regional agriculture department said. It warned that three districts lack storage for the harvest.""",
     ann=[
        ('TALDYKORGAN', 0, 'city', 'Taldykorgan', ALR, {'note': 'dateline; Almaty Region before 2022-06-08'}),
        ('Karatal microdistrict', 0, 'district', 'Karatal (Taldykorgan)', ALR, {'subkind': 'microdistrict', 'note': 'microdistrict of Taldykorgan; not Karatal district or the Karatal river'}),
        ('Taldykorgan', 0, 'city', 'Taldykorgan', ALR),
        ('SEMEY', 0, 'city', 'Semey', EKR, {'note': 'dateline; East Kazakhstan Region before 2022-06-08'}),
        ('Ayagoz', 0, 'city', 'Ayagoz', EKR, {'note': "NI:the appointee's former post"}),
        ('Semey', 0, 'city', 'Semey', EKR, {'note': 'NI:appointment'}),
        ('East Kazakhstan', 0, 'region', EKR, EKR, {'note': 'NI:inside the name of an authority'}),
        ('ZHEZKAZGAN', 0, 'city', 'Zhezkazgan', KR, {'note': 'dateline; Karaganda Region before 2022-06-08'}),
        ('Annensky mine', 0, 'facility', 'Annensky mine (Zhezkazgan)', KR, {'subkind': 'mine'}),
        ('Karaganda region', 0, 'region', KR, KR, {'note': 'inside the name of an authority'}),
        ('KOSTANAY', 0, 'city', 'Kostanay', KOR, {'note': 'dateline'}),
        ('Iran', 0, 'foreign', 'Iran', N, {'note': 'NI:export destination'}),
        ('Uzbekistan', 0, 'foreign', 'Uzbekistan', N, {'note': 'NI:export destination'}),
        ('three districts', 0, 'quantified', '3 districts', N, {'count': 3, 'unit': 'district', 'note': 'lack of grain storage, not an incident'}),
     ],
     inc={ALR: (1, 'gas explosion in a private house in Taldykorgan, one dead'),
          KR: (1, 'rock fall at the Annensky mine near Zhezkazgan, one miner dead')}),

dict(id='p004', date='2022-07-05', lang='en',
     event='2022 round-up four weeks after the creation of Abai, Jetisu and Ulytau regions: traders protest at the Abai regional akimat in Semey and a steppe fire in Ayagoz district (Abai Region); Taldykorgan court sentences two men for setting fire to the city akimat in January 2022 (Jetisu Region, background counted); furnace blast at the Zhezkazgan copper smelter (Ulytau Region) and a new akim of Satpayev; two teenagers drown in the Kapchagay reservoir (Almaty Region); Almaty airport traffic; fire danger in seven regions',
     text="""NEW REGIONS ROUND-UP: a month of Abai, Jetisu and Ulytau
July 5, 2022

SEMEY - About 150 traders from the Tsentralny market gathered outside the new Abai regional akimat on Monday to protest against a rent increase, the first rally the regional government has faced since it was formed on June 8. Governor Marat Sagyndykov met a delegation and promised to freeze rents until the end of the year.
A steppe fire burned about 600 hectares of pasture in Ayagoz district on Saturday before firefighters from Ayagoz and Semey contained it. A shepherd's hut and 40 tonnes of hay were lost.

TALDYKORGAN - A court in Taldykorgan, now the seat of Jetisu region, sentenced two men to eight and nine years in prison for setting fire to the city akimat building on January 5, during the January unrest. The prosecutor had asked for ten years each. Several other defendants are still on trial in Almaty.

ZHEZKAZGAN - A furnace blast at the copper smelter of Ulytau Copper in Zhezkazgan injured three workers on Sunday, one of them seriously, the emergencies department of Ulytau region said. The smelter, until last month the largest industrial site of Karaganda region, resumed work on Monday.
In a separate decree, Dauren Abenov, a former deputy akim of Zhezkazgan, was appointed akim of Satpayev.

KAPCHAGAY - Two teenagers drowned on Sunday while swimming in an unequipped area of the Kapchagay reservoir, the Almaty region police said. Rescuers recovered the bodies on Monday morning. Since the start of June, 14 people have drowned in the region.

ALMATY - Almaty International Airport handled 690,000 passengers in June, 18 percent more than a year earlier, mostly on flights to Istanbul, Dubai and Antalya. The airport expects new direct routes to Seoul and Delhi this autumn.

WEATHER - Kazhydromet warned of extreme fire danger in seven regions for the rest of the week, among them the new Ulytau and Abai regions, as temperatures in the steppe reach 42 degrees.""",
     ann=[
        ('Abai', 0, 'region', ABR, ABR, {'note': 'headline; list of the three new regions'}),
        ('Jetisu', 0, 'region', JTR, JTR, {'note': 'headline; new region'}),
        ('Ulytau', 0, 'region', UR, UR, {'note': 'headline; new region'}),
        ('SEMEY', 0, 'city', 'Semey', ABR, {'note': 'dateline; Abai Region since 2022-06-08'}),
        ('Tsentralny market', 0, 'facility', 'Tsentralny market (Semey)', ABR, {'subkind': 'market', 'note': "NI:the traders' workplace"}),
        ('Abai', 1, 'region', ABR, ABR, {'note': 'inside the name of an authority (regional akimat)'}),
        ('Ayagoz district', 0, 'district', 'Ayagoz District', ABR),
        ('Ayagoz', 1, 'city', 'Ayagoz', ABR, {'note': 'NI:origin of firefighters'}),
        ('Semey', 0, 'city', 'Semey', ABR, {'note': 'NI:origin of firefighters'}),
        ('TALDYKORGAN', 0, 'city', 'Taldykorgan', JTR, {'note': 'dateline; Jetisu Region since 2022-06-08'}),
        ('Taldykorgan', 0, 'city', 'Taldykorgan', JTR, {'note': 'the court; the January 2022 arson at the akimat also took place here'}),
        ('Jetisu region', 0, 'region', JTR, JTR),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:trial of other defendants'}),
        ('ZHEZKAZGAN', 0, 'city', 'Zhezkazgan', UR, {'note': 'dateline; Ulytau Region since 2022-06-08'}),
        ('Zhezkazgan', 0, 'city', 'Zhezkazgan', UR),
        ('Ulytau region', 0, 'region', UR, UR, {'note': 'inside the name of an authority'}),
        ('Karaganda region', 0, 'region', KR, KR, {'note': 'NI:former unit of Zhezkazgan'}),
        ('Zhezkazgan', 1, 'city', 'Zhezkazgan', UR, {'note': "NI:the appointee's former post"}),
        ('Satpayev', 0, 'city', 'Satpayev', UR, {'note': 'NI:appointment; the town, not the scientist'}),
        ('KAPCHAGAY', 0, 'city', 'Konaev', ALR, {'note': 'dateline; Kapchagay, renamed Konaev later in 2022'}),
        ('Kapchagay reservoir', 0, 'facility', 'Kapchagay reservoir', ALR, {'subkind': 'reservoir'}),
        ('Almaty region', 0, 'region', ALR, ALR, {'note': 'inside the name of an authority; the region, not the city'}),
        ('ALMATY', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Almaty International Airport', 0, 'facility', 'Almaty International Airport', 'Almaty', {'subkind': 'airport', 'note': 'NI:economy item'}),
        ('Istanbul', 0, 'foreign', 'Istanbul', N, {'note': 'NI:flight destination'}),
        ('Dubai', 0, 'foreign', 'Dubai', N, {'note': 'NI:flight destination'}),
        ('Antalya', 0, 'foreign', 'Antalya', N, {'note': 'NI:flight destination'}),
        ('Seoul', 0, 'foreign', 'Seoul', N, {'note': 'NI:planned route'}),
        ('Delhi', 0, 'foreign', 'Delhi', N, {'note': 'NI:planned route'}),
        ('seven regions', 0, 'quantified', '7 regions', N, {'count': 7, 'unit': 'region', 'note': 'fire danger warning, not incidents'}),
        ('Ulytau', 3, 'region', UR, UR, {'note': 'NI:warning; in a list sharing "regions"'}),
        ('Abai', 2, 'region', ABR, ABR, {'note': 'NI:warning; in a list sharing "regions"'}),
     ],
     inc={ABR: (2, 'traders\' protest outside the Abai regional akimat in Semey; steppe fire of 600 ha in Ayagoz district'),
          JTR: (1, 'background narrated explicitly: the city akimat of Taldykorgan set on fire on 2022-01-05 (the sentences are not counted)'),
          UR: (1, 'furnace blast at the copper smelter in Zhezkazgan, three hurt'),
          ALR: (1, 'two teenagers drowned in the Kapchagay reservoir; the 14 drownings since June are a statistic')}),

dict(id='p005', date='2018-06-12', lang='en',
     event='2018 round-up a week before the reform: gas tanker blast at a filling station in Al-Farabi district of Shymkent and a mudflow flooding houses in Darbaza, Saryagash district (both South Kazakhstan Region); new akim of Turkestan; Tashkent flights',
     text="""SOUTH KAZAKHSTAN DIGEST, June 12, 2018

SHYMKENT - A gas tanker exploded while unloading at a filling station in Al-Farabi district on Monday afternoon, injuring two attendants. The blast shattered windows in nearby houses. The South Kazakhstan emergencies department said the tanker's valve had been faulty.

DARBAZA - A mudflow after heavy rain in the foothills flooded 23 houses in the village of Darbaza in Saryagash district overnight. Residents were taken to a school, and the road to Saryagash was closed for several hours.

TURKESTAN - Kanat Ordabayev, 41, has been appointed akim of Turkestan. He was previously deputy akim of Shymkent. The town is preparing for the anniversary of the Khoja Ahmed Yasawi mausoleum's restoration, and the akimat expects visitors from Uzbekistan and Turkey.

SHYMKENT - The airline SCAT will open daily flights from Shymkent to Tashkent from July 1.""",
     ann=[
        ('SOUTH KAZAKHSTAN', 0, 'region', SKR, SKR, {'uncertain': True, 'note': 'headline without "region": read as the region (all items lie in it), could be read as "southern Kazakhstan"'}),
        ('SHYMKENT', 0, 'city', 'Shymkent', SKR, {'note': 'dateline; South Kazakhstan Region before 2018-06-19'}),
        ('Al-Farabi district', 0, 'district', 'Al-Farabi District (Shymkent)', SKR, {'subkind': 'city district', 'note': 'district named after a philosopher'}),
        ('South Kazakhstan', 0, 'region', SKR, SKR, {'note': 'inside the name of an authority'}),
        ('DARBAZA', 0, 'village', 'Darbaza', SKR, {'note': 'dateline'}),
        ('Darbaza', 0, 'village', 'Darbaza', SKR),
        ('Saryagash district', 0, 'district', 'Saryagash District', SKR),
        ('Saryagash', 1, 'city', 'Saryagash', SKR, {'note': 'NI:road endpoint; road closed'}),
        ('TURKESTAN', 0, 'city', 'Turkistan', SKR, {'note': 'dateline; South Kazakhstan Region before 2018-06-19'}),
        ('Turkestan', 0, 'city', 'Turkistan', SKR, {'note': 'NI:appointment'}),
        ('Shymkent', 0, 'city', 'Shymkent', SKR, {'note': "NI:the appointee's former post"}),
        ('Khoja Ahmed Yasawi mausoleum', 0, 'facility', 'Khoja Ahmed Yasawi Mausoleum (Turkistan)', SKR, {'subkind': 'mausoleum', 'note': 'NI:anniversary'}),
        ('Uzbekistan', 0, 'foreign', 'Uzbekistan', N, {'note': 'NI:origin of visitors'}),
        ('Turkey', 0, 'foreign', 'Turkey', N, {'note': 'NI:origin of visitors'}),
        ('SHYMKENT', 1, 'city', 'Shymkent', SKR, {'note': 'dateline'}),
        ('Shymkent', 1, 'city', 'Shymkent', SKR, {'note': 'NI:flight origin'}),
        ('Tashkent', 0, 'foreign', 'Tashkent', N, {'note': 'NI:flight destination'}),
     ],
     inc={SKR: (2, 'gas tanker explosion at a filling station in Al-Farabi district of Shymkent; mudflow flooding 23 houses in Darbaza, Saryagash district')}),

dict(id='p006', date='2001-10-03', lang='en',
     event='2001 round-up: Supreme Court ruling in Astana; sugar workers protest in Taraz (called Zhambyl until 1997; Zhambyl region = Jambyl Region); bus overturned near Shchuchinsk (Akmola Region) with passengers from Kokshetau bound for Astana; surname Zhambylov',
     text="""DAILY BRIEFS FROM KAZAKHSTAN
October 3, 2001

ASTANA - The Supreme Court upheld a lower court's decision to close a private television station in Pavlodar for breaching licensing rules. The station's director, Nurlan Zhambylov, said he would appeal to the constitutional council.

TARAZ - Around 250 workers of a sugar refinery rallied in the centre of Taraz on Tuesday, demanding six months of wages. The city, known as Zhambyl until 1997, has lost three of its big factories since independence. Officials of the Zhambyl region akimat promised that part of the debt would be paid within a week.

KOKSHETAU - A tour bus carrying 38 passengers from Kokshetau to Astana overturned on a wet road near Shchuchinsk late on Monday. Fourteen people were hurt, two of them seriously, the Akmola region internal affairs department said. The driver told police that he had swerved to avoid an elk.""",
     ann=[
        ('KAZAKHSTAN', 0, 'country', 'Kazakhstan', N, {'note': 'headline'}),
        ('ASTANA', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Pavlodar', 0, 'city', 'Pavlodar', PR, {'note': 'NI:seat of a television station (court case)'}),
        ('TARAZ', 0, 'city', 'Taraz', JR, {'note': 'dateline'}),
        ('Taraz', 0, 'city', 'Taraz', JR),
        ('Zhambyl', 0, 'city', 'Taraz', JR, {'note': 'NI:former name of Taraz (until 1997); the city, not the region'}),
        ('Zhambyl region', 0, 'region', JR, JR, {'note': 'inside the name of an authority'}),
        ('KOKSHETAU', 0, 'city', 'Kokshetau', AKR, {'note': 'dateline'}),
        ('Kokshetau', 0, 'city', 'Kokshetau', AKR, {'note': 'NI:route origin'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:route destination'}),
        ('Shchuchinsk', 0, 'city', 'Shchuchinsk', AKR, {'note': 'reference point of the accident'}),
        ('Akmola region', 0, 'region', AKR, AKR, {'note': 'inside the name of an authority'}),
     ],
     inc={JR: (1, 'sugar refinery workers\' rally in the centre of Taraz'),
          AKR: (1, 'tour bus overturned near Shchuchinsk, 14 hurt')}),

dict(id='p007', date='2025-05-20', lang='en',
     event='2025 round-up: activists fined for an unsanctioned rally near Baiterek in Astana on May 9 (the rally counted); high-rise fire on Abay Avenue, Bostandyk district of Almaty; new governor of Almaty Region in Konaev (from Aktobe); traders block a street at the Bekzhan market in Shymkent; steppe fire in Ulytau district (Ulytau Region); Tengiz oil exports via Novorossiysk; fatal knife attack in an Aktobe cafe; grass fires in five other, unnamed regions (unattributed)',
     text="""WIRE ROUND-UP: Tuesday, May 20, 2025

ASTANA - A district court in Astana fined two activists 150,000 tenge each for organising an unsanctioned rally near the Baiterek monument on May 9. A third defendant, Oral Bekmukhambetov, was acquitted for lack of evidence.

ALMATY - Fire broke out on the 14th floor of a residential tower on Abay Avenue in Bostandyk district on Monday night. Firefighters evacuated 120 residents; one man was treated for smoke inhalation. The Almaty emergencies department suspects a faulty air conditioner.

KONAEV - President Kassym-Jomart Tokayev appointed Yerzhan Tolegenov governor of Almaty Region. Tolegenov, 52, was previously first deputy akim of Aktobe region. The regional akimat moved to Konaev from Taldykorgan after the region was split in 2022.

SHYMKENT - Several hundred traders of the Bekzhan market blocked Kazybek Bi Street for two hours on Monday, protesting against the planned demolition of their pavilions. Police detained four people, and the city akimat promised to delay the demolition until autumn.

ZHEZKAZGAN - A steppe fire burned some 2,000 hectares in Ulytau district over the weekend, the emergencies department of Ulytau region reported. Crews from Zhezkazgan and Satpayev fought the flames for two days. The ministry said grass fires had also broken out in five other regions but did not name them.

ATYRAU - Oil output at the Tengiz field reached a record in April after the expansion project was completed, the energy ministry said. Most of the crude is shipped by pipeline to Novorossiysk on the Russian Black Sea coast.

AKTOBE - A 34-year-old man died after being stabbed during a fight in a cafe on Abulkhair Khan Avenue in Aktobe late on Sunday. Police detained two suspects, both natives of Khromtau.

The round-up is compiled from reports of regional correspondents in Kazakhstan.""",
     ann=[
        ('ASTANA', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'the court; the rally of May 9 took place near Baiterek'}),
        ('Baiterek monument', 0, 'facility', 'Baiterek (Astana)', 'Astana', {'subkind': 'monument', 'note': 'place of the rally of May 9'}),
        ('ALMATY', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Abay Avenue', 0, 'facility', 'Abay Avenue (Almaty)', 'Almaty', {'subkind': 'street', 'note': 'avenue named after the poet; not Abai Region'}),
        ('Bostandyk district', 0, 'district', 'Bostandyk District (Almaty)', 'Almaty', {'subkind': 'city district'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'inside the name of an authority'}),
        ('KONAEV', 0, 'city', 'Konaev', ALR, {'note': 'dateline; seat of Almaty Region'}),
        ('Almaty Region', 0, 'region', ALR, ALR, {'note': 'official post'}),
        ('Aktobe region', 0, 'region', AR, AR, {'note': "NI:the appointee's former post"}),
        ('Konaev', 0, 'city', 'Konaev', ALR, {'note': 'NI:seat of the akimat'}),
        ('Taldykorgan', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:former seat of the Almaty regional akimat, now in Jetisu Region'}),
        ('SHYMKENT', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'dateline'}),
        ('Bekzhan market', 0, 'facility', 'Bekzhan market (Shymkent)', 'Shymkent', {'subkind': 'market'}),
        ('Kazybek Bi Street', 0, 'facility', 'Kazybek Bi Street (Shymkent)', 'Shymkent', {'subkind': 'street', 'note': 'street named after a person'}),
        ('ZHEZKAZGAN', 0, 'city', 'Zhezkazgan', UR, {'note': 'dateline'}),
        ('Ulytau district', 0, 'district', 'Ulytau District', UR, {'note': 'the district, not the region'}),
        ('Ulytau region', 0, 'region', UR, UR, {'note': 'inside the name of an authority'}),
        ('Zhezkazgan', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:origin of fire crews'}),
        ('Satpayev', 0, 'city', 'Satpayev', UR, {'note': 'NI:origin of fire crews'}),
        ('five other regions', 0, 'quantified', '5 other regions', N, {'count': 5, 'unit': 'region', 'note': 'grass fires in five unnamed regions'}),
        ('ATYRAU', 0, 'city', 'Atyrau', ATR, {'note': 'dateline'}),
        ('Tengiz field', 0, 'facility', 'Tengiz field', ATR, {'subkind': 'oil field', 'note': 'NI:economy item'}),
        ('Novorossiysk', 0, 'foreign', 'Novorossiysk', N, {'note': 'NI:export terminal'}),
        ('Black Sea', 0, 'foreign', 'Black Sea', N, {'subkind': 'sea', 'note': 'NI:reference'}),
        ('AKTOBE', 0, 'city', 'Aktobe', AR, {'note': 'dateline'}),
        ('Abulkhair Khan Avenue', 0, 'facility', 'Abulkhair Khan Avenue (Aktobe)', AR, {'subkind': 'street', 'note': 'avenue named after a person'}),
        ('Aktobe', 1, 'city', 'Aktobe', AR),
        ('Khromtau', 0, 'city', 'Khromtau', AR, {'note': 'NI:origin of the suspects'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
     ],
     inc={'Astana': (1, 'background narrated with place and date: the unsanctioned rally near Baiterek on May 9 (the fines and the trial are not counted)'),
          'Almaty': (1, 'fire in a residential tower on Abay Avenue, Bostandyk district'),
          'Shymkent': (1, 'traders blocked Kazybek Bi Street at the Bekzhan market, four detained (one protest)'),
          UR: (1, 'steppe fire of 2,000 ha in Ulytau district'),
          AR: (1, 'fatal stabbing in a cafe on Abulkhair Khan Avenue, Aktobe')},
     unatt=[{'label': 'five other regions', 'count': 5, 'note': 'grass fires in five other, unnamed regions'}]),

dict(id='p008', date='2012-06-26', lang='en',
     event='2012 round-up: fishing boat capsizes in the Caspian off Fort-Shevchenko, two missing (Mangystau Region); Aktau port grain exports to Iran via Baku; bribery trial of a West Kazakhstan judge in Oral (Uralsk); warehouse fire in Balykshy, Atyrau (Atyrau Region); new deputy governor of Atyrau region; the Zhaiyk hotel',
     text="""BRIEFS FROM WESTERN KAZAKHSTAN - June 26, 2012

AKTAU - Two fishermen are missing after their motor boat capsized in a squall in the Caspian Sea about 8 km off Fort-Shevchenko on Monday. A third man swam to the shore. Rescuers from Aktau and a border guard vessel are searching the area, the Mangystau regional emergencies department said.
Separately, the Aktau sea port loaded 120,000 tonnes of grain for Iran in the first half of the year, and a new ferry line to Baku is due to open in August.

ORAL - The West Kazakhstan regional court began hearing the case of a district judge accused of taking a bribe of $15,000 from a businessman in Uralsk. The judge denies the charge.

ATYRAU - A fire destroyed a warehouse of building materials in the settlement of Balykshy on the outskirts of Atyrau on Sunday; nobody was hurt. In the city, deputy governor Askar Zhaiykbayev held a meeting at the Zhaiyk hotel with investors from the Netherlands.""",
     ann=[
        ('KAZAKHSTAN', 0, 'country', 'Kazakhstan', N, {'note': 'headline; directional phrase "western Kazakhstan": only the country is annotated'}),
        ('AKTAU', 0, 'city', 'Aktau', MR, {'note': 'dateline'}),
        ('Caspian Sea', 0, 'facility', 'Caspian Sea', N, {'subkind': 'sea', 'note': 'the boat capsized off Fort-Shevchenko (Mangystau Region)'}),
        ('Fort-Shevchenko', 0, 'city', 'Fort-Shevchenko', MR, {'note': 'reference point of the capsizing; the town, named after the poet'}),
        ('Aktau', 0, 'city', 'Aktau', MR, {'note': 'NI:origin of rescuers'}),
        ('Mangystau', 0, 'region', MR, MR, {'note': 'inside the name of an authority'}),
        ('Aktau sea port', 0, 'facility', 'Aktau sea port', MR, {'subkind': 'port', 'note': 'NI:economy item'}),
        ('Iran', 0, 'foreign', 'Iran', N, {'note': 'NI:export destination'}),
        ('Baku', 0, 'foreign', 'Baku', N, {'note': 'NI:planned ferry line'}),
        ('ORAL', 0, 'city', 'Oral', WKR, {'note': 'dateline'}),
        ('West Kazakhstan', 0, 'region', WKR, WKR, {'note': 'inside the name of a court'}),
        ('Uralsk', 0, 'city', 'Oral', WKR, {'note': 'NI:Russian name of Oral; place of the alleged bribe (fraud/bribery is not an incident)'}),
        ('ATYRAU', 0, 'city', 'Atyrau', ATR, {'note': 'dateline'}),
        ('Balykshy', 0, 'village', 'Balykshy', ATR, {'note': 'settlement on the outskirts of Atyrau'}),
        ('Atyrau', 0, 'city', 'Atyrau', ATR, {'note': 'reference point'}),
        ('Zhaiyk hotel', 0, 'facility', 'Zhaiyk hotel (Atyrau)', ATR, {'subkind': 'hotel', 'note': 'NI:meeting venue; named after the Ural river'}),
        ('Netherlands', 0, 'foreign', 'Netherlands', N, {'note': 'NI:origin of investors'}),
     ],
     inc={MR: (1, 'motor boat capsized in the Caspian off Fort-Shevchenko, two missing'),
          ATR: (1, 'fire at a building-materials warehouse in Balykshy, Atyrau')}),
]
