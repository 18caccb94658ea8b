"""English texts of the forty-third unseen check corpus (farming, livestock and village life;
annotation tuples described in tests/build_check_corpus.py, run with --max-words=420)."""
N = None
JR, ALR, KYR, TR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'Turkistan Region', 'South Kazakhstan Region'
ABR, JTR, EKR, MR, KOR = 'Abai Region', 'Jetisu Region', 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR, UR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region', 'Ulytau Region'
ATR, AR, WKR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region'

DOCS = [
dict(id='p001', date='2019-06-25', lang='en',
     event='2019 An-2 crop-sprayer hard landing near Koksaray, Otyrar district, during the Moroccan locust campaign (Turkistan Region); Shymkent as its own unit and former regional seat, Turkestan the new one; Atakent the former Ilyich; Zhetisai district split from Maktaaral; locusts not counted',
     text="""Crop-sprayer crash-lands in Turkistan Region's locust campaign
TURKESTAN, June 25 (Kazinform) - A crop-spraying An-2 biplane made a hard landing in a cotton field near the village of Koksaray in Otyrar district on Monday morning, injuring its pilot, as Turkistan Region pressed on with its largest campaign against Moroccan locusts in a decade.
The aircraft, hired from a company in Shymkent, lost engine power shortly after take-off from a dirt strip outside Shauildir and came down about 4 km from the village. The pilot, 58, was taken to the district hospital with a broken arm; the mechanic was unhurt. Investigators from Nur-Sultan are expected on Wednesday.
Regional officials said ground teams and aircraft had treated 212,000 hectares of pasture and cropland so far, most of it in the Sozak, Otyrar and Shardara districts and around Arys. Swarms began to hatch in the foothills of the Karatau range in mid-May and moved south towards the Syr Darya.
"The hoppers came earlier than usual because of the warm spring," said Bakhytzhan Ospanov, head of the plant protection department, which moved with the rest of the regional administration from Shymkent to Turkestan last year.
Farmers in Maktaaral and Zhetisai districts, where cotton grows on irrigated land along the border, fear swarms arriving from Uzbekistan. Zhetisai district was carved out of Maktaaral last year, and its centre, the town of Zhetisai, no longer hosts the Maktaaral akimat. The two countries agreed in Tashkent in April to share data on breeding areas, and a joint team is working near Atakent, the former Ilyich.
Locust control is also under way in three other southern regions. Kyzylorda Region reported hopper bands in Shieli and Zhanakorgan districts, along the river.""",
     ann=[
        ("Turkistan Region's", 0, 'region', TR, TR, {'note': 'headline; possessive'}),
        ('TURKESTAN', 0, 'city', 'Turkistan', TR, {'note': 'dateline'}),
        ('Koksaray', 0, 'village', 'Koksaray', TR, {'note': 'Otyrar district; the crop-sprayer came down near it'}),
        ('Otyrar district', 0, 'district', 'Otyrar District', TR),
        ('Turkistan Region', 1, 'region', TR, TR),
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent', {'note': "NI:base of the aircraft's owner"}),
        ('Shauildir', 0, 'village', 'Shauildir', TR, {'note': 'NI:take-off strip; reference point'}),
        ('Nur-Sultan', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of the investigators'}),
        ('Sozak', 0, 'district', 'Sozak District', TR, {'note': 'NI:locust treatment (not an incident); list sharing "districts"'}),
        ('Otyrar', 1, 'district', 'Otyrar District', TR, {'note': 'list sharing "districts"'}),
        ('Shardara', 0, 'district', 'Shardara District', TR, {'note': 'NI:locust treatment; list sharing "districts"'}),
        ('Arys', 0, 'city', 'Arys', TR, {'note': 'NI:locust treatment around the town'}),
        ('Karatau', 0, 'facility', 'Karatau range', N, {'subkind': 'mountains', 'note': 'mountain range (Turkistan and Jambyl regions)'}),
        ('Syr Darya', 0, 'facility', 'Syr Darya', N, {'subkind': 'river'}),
        ('Shymkent', 1, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:former seat of the regional administration'}),
        ('Turkestan', 0, 'city', 'Turkistan', TR, {'note': 'NI:seat of the regional administration since 2018'}),
        ('Maktaaral', 0, 'district', 'Maktaaral District', TR, {'note': 'NI:list sharing "districts"'}),
        ('Zhetisai districts', 0, 'district', 'Zhetisai District', TR, {'note': 'NI:created in 2018 from Maktaaral district'}),
        ('Uzbekistan', 0, 'foreign', 'Uzbekistan', N, {'note': 'NI:origin of swarms'}),
        ('Zhetisai district', 0, 'district', 'Zhetisai District', TR, {'note': 'NI'}),
        ('Maktaaral', 1, 'district', 'Maktaaral District', TR, {'note': 'NI:district named without "district"'}),
        ('Zhetisai', 2, 'city', 'Zhetisai', TR, {'note': 'NI:town; formerly the centre of Maktaaral district'}),
        ('Maktaaral', 2, 'district', 'Maktaaral District', TR, {'note': 'NI:inside "the Maktaaral akimat" (authority of the district)'}),
        ('Tashkent', 0, 'foreign', 'Tashkent', N, {'note': 'NI:place of an agreement'}),
        ('Atakent', 0, 'village', 'Atakent', TR, {'note': 'NI:base of a joint team'}),
        ('Ilyich', 0, 'village', 'Atakent', TR, {'note': 'NI:Soviet name of Atakent'}),
        ('three other southern regions', 0, 'quantified', '3 other regions', N, {'count': 3, 'unit': 'region', 'note': 'locust control, not an incident'}),
        ('Kyzylorda Region', 0, 'region', KYR, KYR, {'note': 'NI:locusts reported (not an incident)'}),
        ('Shieli', 0, 'district', 'Shieli District', KYR, {'note': 'NI:list sharing "districts"'}),
        ('Zhanakorgan districts', 0, 'district', 'Zhanakorgan District', KYR, {'note': 'NI'}),
     ],
     inc={TR: (1, 'hard landing of the An-2 crop-sprayer near Koksaray, Otyrar district, pilot injured (accident); the locust outbreak itself is not counted')}),

dict(id='p002', date='1998-08-18', lang='en',
     event='1998 first harvest in Zerenda and Shchuchinsk districts after the abolished Kokshetau Region passed to North Kazakhstan Region (Kokshetau and Chaglinka/Shagalaly in North Kazakhstan Region on the date, Akmola Region today); Akmola the capital (no incident)',
     text="""Harvest starts in former Kokshetau Region districts
PETROPAVLOVSK, Aug 18 (Interfax-Kazakhstan) - Farms in Zerenda and Shchuchinsk districts began cutting wheat on Monday, their first harvest since the districts became part of North Kazakhstan Region when Kokshetau Region was abolished in May last year.
The regional agriculture department in Petropavlovsk expects about 1.1 million tonnes from the former Kokshetau lands, down from 1.4 million a year ago, after a dry June. Fuel remains the main problem: in the village of Chaglinka, only nine of the local company's 31 combines were ready, said its director, Viktor Gerasimenko.
Traders from Omsk and Kurgan in Russia have offered to buy grain for cash at the field edge, below the price paid by the state food corporation in Akmola. Officials said most of the crop from Kokshetau's elevators would go by rail to ports in Latvia, but no grain trains have yet left Kokshetau station, which loaded 600,000 tonnes in 1996.""",
     ann=[
        ('Kokshetau Region', 0, 'region', NKR, NKR, {'uncertain': True, 'note': 'headline; abolished in 1997, its land was in North Kazakhstan Region on the article date (Akmola Region since 1999)'}),
        ('PETROPAVLOVSK', 0, 'city', 'Petropavl', NKR, {'note': 'dateline'}),
        ('Zerenda', 0, 'district', 'Zerenda District', NKR, {'note': 'list sharing "districts"; North Kazakhstan Region in 1997-1999, Akmola Region later'}),
        ('Shchuchinsk districts', 0, 'district', 'Shchuchinsk District', NKR, {'note': 'North Kazakhstan Region in 1997-1999; now Burabay district of Akmola Region'}),
        ('North Kazakhstan Region', 0, 'region', NKR, NKR),
        ('Kokshetau Region', 1, 'region', NKR, NKR, {'uncertain': True, 'note': 'abolished region; its land was in North Kazakhstan Region on the article date'}),
        ('Petropavlovsk', 0, 'city', 'Petropavl', NKR, {'note': 'NI:seat of the regional department'}),
        ('Kokshetau', 2, 'region', NKR, NKR, {'uncertain': True, 'note': '"the former Kokshetau lands": the abolished region'}),
        ('Chaglinka', 0, 'village', 'Shagalaly', NKR, {'note': 'Zerenda district; now called Shagalaly, Akmola Region'}),
        ('Omsk', 0, 'foreign', 'Omsk', N, {'note': 'NI:origin of traders'}),
        ('Kurgan', 0, 'foreign', 'Kurgan', N, {'note': 'NI:origin of traders'}),
        ('Russia', 0, 'foreign', 'Russia', N),
        ('Akmola', 0, 'city', 'Astana', 'Astana', {'note': 'NI:the capital in 1998 (now Astana), seat of the food corporation; not Akmola Region'}),
        ("Kokshetau's", 0, 'city', 'Kokshetau', NKR, {'note': 'NI:possessive; city in North Kazakhstan Region in 1998'}),
        ('Latvia', 0, 'foreign', 'Latvia', N, {'note': 'NI:destination of grain'}),
        ('Kokshetau station', 0, 'facility', 'Kokshetau railway station', NKR, {'subkind': 'railway station', 'note': 'NI'}),
     ],
     inc={}),

dict(id='p003', date='2023-11-28', lang='en',
     event='2023 wolves kill 47 sheep and injure a shepherd near Makanchi, Urzhar district (Abai Region, formerly East Kazakhstan); wolf attacks in 11 regions (unattributed)',
     text="""Wolves kill 47 sheep near Makanchi
URZHAR, Nov 28 (Tengrinews) - A pack of wolves killed 47 sheep and injured a shepherd at a winter camp near the village of Makanchi in Urzhar district, police in Abai Region said on Tuesday.
The wolves broke into an open pen on Sunday night while the shepherd, a 34-year-old man, was alone with 600 sheep about 15 km from the village. He drove them off with a torch and was treated in Urzhar for bites to his hands.
Hunters from Ayagoz and the regional game inspectors in Semey have been sent to the Tarbagatai foothills, where farmers say wolf numbers have grown since the bounty for pelts was cut. The owner of the flock, a farmer from Kabanbai, put his loss at 6 million tenge.
Wolf attacks on livestock have been reported in 11 regions since October, the agriculture ministry said, and the state hunting agency is preparing a cull in the Abai and East Kazakhstan regions before the lambing season.""",
     ann=[
        ('Makanchi', 0, 'village', 'Makanchi', ABR, {'note': 'headline'}),
        ('URZHAR', 0, 'village', 'Urzhar', ABR, {'note': 'dateline'}),
        ('Makanchi', 1, 'village', 'Makanchi', ABR),
        ('Urzhar district', 0, 'district', 'Urzhar District', ABR, {'note': 'East Kazakhstan Region until 2022-06-08'}),
        ('Abai Region', 0, 'region', ABR, ABR, {'note': 'inside the name of an authority'}),
        ('Urzhar', 1, 'village', 'Urzhar', ABR, {'note': 'NI:where the shepherd was treated'}),
        ('Ayagoz', 0, 'city', 'Ayagoz', ABR, {'note': 'NI:origin of hunters'}),
        ('Semey', 0, 'city', 'Semey', ABR, {'note': 'NI:seat of the game inspectors'}),
        ('Tarbagatai', 0, 'facility', 'Tarbagatai range', N, {'subkind': 'mountains', 'note': 'NI:hunt area'}),
        ('Kabanbai', 0, 'village', 'Kabanbai (Urzhar District)', ABR, {'note': 'NI:residence of the flock owner; the Kabanbai of Urzhar district, not the one in Alakol district'}),
        ('11 regions', 0, 'quantified', '11 regions', N, {'count': 11, 'unit': 'region', 'note': 'wolf attacks since October'}),
        ('Abai', 1, 'region', ABR, ABR, {'note': 'NI:planned cull; list sharing "regions"'}),
        ('East Kazakhstan', 0, 'region', EKR, EKR, {'note': 'NI:planned cull; list sharing "regions"'}),
     ],
     inc={ABR: (1, 'wolf attack on the flock at a winter camp near Makanchi, 47 sheep killed and the shepherd injured')},
     unatt=[{'label': '11 regions', 'count': 11, 'note': 'wolf attacks on livestock since October; only Abai Region is named'}]),

dict(id='p004', date='2011-06-14', lang='en',
     event='2011 brawl between herders of Narynkol and Tekes over summer pastures, 14 hurt and nine detained, and a shepherd from Saty drowned in the Charyn (Raiymbek district, Almaty Region); Taldykorgan the regional centre (Almaty Region before 2022); Karkara valley and Issyk-Kul',
     text="""Herders clash over mountain pastures near Kyrgyz border
ALMATY, June 14 (Reuters) - Fourteen people were hurt when herders from two villages in Raiymbek district of Almaty Region fought with sticks and whips over summer pastures in the Tekes valley, regional police said on Tuesday.
About 60 men from Narynkol and Tekes clashed on Sunday at a spring about 25 km south of Narynkol after a dispute over who had the right to graze the high meadows near the border with Kyrgyzstan, police in Taldykorgan, the regional centre, said. Two men with head injuries were flown to Almaty; nine people were detained.
The pastures were leased to a farm in Tekes in March, but herders from Narynkol say they have grazed them every summer since the collective farms broke up. "Our fathers took their sheep there in Soviet times," one of them said by telephone.
The district governor, who met elders from both villages in Kegen on Monday, said a land commission would redraw the lease boundaries by the end of the month.
In a separate incident on Saturday, a 19-year-old shepherd from the village of Saty drowned while driving horses across the swollen Charyn river, the emergencies ministry said. His body was found 3 km downstream.
Raiymbek district, home to about 60,000 people and more than 400,000 sheep, goats and horses, lies on the road from Almaty to Kegen and the Karkara valley, where Kazakh and Kyrgyz herders have shared pastures for centuries. Livestock theft across the border is a frequent complaint; police in the Kyrgyz province of Issyk-Kul said they had returned 37 horses to Kazakh owners this year.""",
     ann=[
        ('ALMATY', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Raiymbek district', 0, 'district', 'Raiymbek District', ALR),
        ('Almaty Region', 0, 'region', ALR, ALR),
        ('Tekes valley', 0, 'facility', 'Tekes valley', N, {'subkind': 'valley', 'note': 'in Raiymbek district; site of the brawl'}),
        ('Narynkol', 0, 'village', 'Narynkol', ALR, {'note': 'NI:origin of herders'}),
        ('Tekes', 1, 'village', 'Tekes', ALR, {'note': 'NI:origin of herders'}),
        ('Narynkol', 1, 'village', 'Narynkol', ALR, {'note': 'NI:reference point (25 km south of Narynkol)'}),
        ('Kyrgyzstan', 0, 'foreign', 'Kyrgyzstan', N),
        ('Taldykorgan', 0, 'city', 'Taldykorgan', ALR, {'note': 'NI:seat of the regional police; Almaty Region before 2022'}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:where the injured were flown'}),
        ('Tekes', 2, 'village', 'Tekes', ALR, {'note': 'NI:residence of the leaseholder farm'}),
        ('Narynkol', 2, 'village', 'Narynkol', ALR, {'note': 'NI:origin of herders'}),
        ('Kegen', 0, 'village', 'Kegen', ALR, {'note': 'NI:place of a meeting; in Raiymbek district in 2011, centre of Kegen district since 2018'}),
        ('Saty', 0, 'village', 'Saty', ALR, {'note': 'NI:home of the drowned shepherd'}),
        ('Charyn river', 0, 'facility', 'Charyn', N, {'subkind': 'river', 'note': 'in Almaty Region; site of the drowning'}),
        ('Raiymbek district', 1, 'district', 'Raiymbek District', ALR),
        ('Almaty', 2, 'city', 'Almaty', 'Almaty', {'note': 'NI:route endpoint'}),
        ('Kegen', 1, 'village', 'Kegen', ALR, {'note': 'NI:route endpoint'}),
        ('Karkara valley', 0, 'facility', 'Karkara valley', N, {'subkind': 'valley', 'note': 'on the Kazakh-Kyrgyz border'}),
        ('Issyk-Kul', 0, 'foreign', 'Issyk-Kul Region', N),
     ],
     inc={ALR: (2, 'brawl of about 60 herders from Narynkol and Tekes in the Tekes valley, 14 hurt and nine detained; a shepherd drowned in the Charyn river (deadly mishap)')}),

dict(id='p005', date='2005-03-09', lang='en',
     event='2005 fire destroys 40 stalls at the Kolkhozny farmers\' market in Shymkent (South Kazakhstan Region); growers from Sairam and Tolebi districts, Karabulak, Lenger, Kazygurt; traders from Tashkent',
     text="""Fire guts vegetable stalls at Shymkent farmers' market
SHYMKENT, March 9 (Interfax-Kazakhstan) - Fire destroyed 40 stalls and a storage shed at the Kolkhozny market in Shymkent early on Wednesday, the emergency department of South Kazakhstan Region said. No one was hurt.
Most of the stalls were rented by growers from Sairam and Tolebi districts who bring early greens, onions and potatoes to the city every morning. "I lost two tonnes of onions and my scales," said Gulnara Yusupova, a farmer from Karabulak, who had driven in from Sairam district before dawn.
The fire started in a kiosk selling electric heaters and spread along a wooden roof, firefighters said; 11 crews from Shymkent and Lenger fought it for three hours. Traders from Tashkent, who sell dried fruit in the next row, moved their goods out in time.
The city administration promised to rebuild the rows by April, when the first greenhouse cucumbers from Kazygurt usually arrive.""",
     ann=[
        ('Shymkent', 0, 'city', 'Shymkent', SKR, {'note': 'headline; South Kazakhstan Region before 2018-06-19'}),
        ('SHYMKENT', 0, 'city', 'Shymkent', SKR, {'note': 'dateline'}),
        ('Kolkhozny market', 0, 'facility', 'Kolkhozny market (Shymkent)', SKR, {'subkind': 'market'}),
        ('Shymkent', 1, 'city', 'Shymkent', SKR),
        ('South Kazakhstan Region', 0, 'region', SKR, SKR, {'note': 'inside the name of an authority'}),
        ('Sairam', 0, 'district', 'Sairam District', SKR, {'note': 'NI:origin of growers; list sharing "districts"'}),
        ('Tolebi districts', 0, 'district', 'Tolebi District', SKR, {'note': 'NI:origin of growers'}),
        ('Karabulak', 0, 'village', 'Karabulak (Sairam District)', SKR, {'note': 'NI:residence of a farmer'}),
        ('Sairam district', 0, 'district', 'Sairam District', SKR, {'note': 'NI:origin'}),
        ('Shymkent', 2, 'city', 'Shymkent', SKR, {'note': 'NI:origin of fire crews'}),
        ('Lenger', 0, 'city', 'Lenger', SKR, {'note': 'NI:origin of fire crews'}),
        ('Tashkent', 0, 'foreign', 'Tashkent', N, {'note': 'NI:origin of traders'}),
        ('Kazygurt', 0, 'village', 'Kazygurt', SKR, {'note': 'NI:origin of cucumbers'}),
     ],
     inc={SKR: (1, 'fire at the Kolkhozny market in Shymkent, 40 stalls and a shed destroyed')}),

dict(id='p006', date='2022-07-12', lang='en',
     event='2022 steppe fire burns hayfields near Atasu, Zhanaarka district (Ulytau Region, five weeks after its creation; Karaganda Region named as the former unit); drought, wells dry in 23 villages; Kirovo named after Sergei Kirov',
     text="""Steppe fire destroys hay as drought grips new Ulytau Region
ZHEZKAZGAN, July 12 (Kazinform) - A steppe fire burned about 1,800 hectares of hayfields and pasture near the village of Atasu in Zhanaarka district on Sunday, destroying some 900 tonnes of hay stacked for winter, the emergencies department of Ulytau Region said.
The fire was put out after nine hours by crews from Zhanaarka and Karazhal helped by farmers with water carts. No people or animals were hurt.
Zhanaarka and Ulytau districts passed to the new region from Karaganda Region on June 8. Officials say the drought is the worst in ten years: wells have dried up in 23 villages, and the regional administration in Zhezkazgan is hiring water tankers for herders on the summer pastures.
"Hay is now dearer than sheep," said Serik Bekmagambetov, a farmer from Kirovo, a village still named after the Soviet leader Sergei Kirov. Farmers are buying fodder in the Kostanay and Akmola regions and trucking it more than 700 km.""",
     ann=[
        ('Ulytau Region', 0, 'region', UR, UR, {'note': 'headline'}),
        ('ZHEZKAZGAN', 0, 'city', 'Zhezkazgan', UR, {'note': 'dateline'}),
        ('Atasu', 0, 'village', 'Atasu', UR),
        ('Zhanaarka district', 0, 'district', 'Zhanaarka District', UR, {'note': 'Karaganda Region until 2022-06-08'}),
        ('Ulytau Region', 1, 'region', UR, UR, {'note': 'inside the name of an authority'}),
        ('Zhanaarka', 1, 'city', 'Zhanaarka', UR, {'note': 'NI:origin of fire crews; the district centre'}),
        ('Karazhal', 0, 'city', 'Karazhal', UR, {'note': 'NI:origin of fire crews'}),
        ('Zhanaarka', 2, 'district', 'Zhanaarka District', UR, {'note': 'NI:list sharing "districts"'}),
        ('Ulytau districts', 0, 'district', 'Ulytau District', UR, {'note': 'NI'}),
        ('Karaganda Region', 0, 'region', KR, KR, {'note': 'NI:former unit of the two districts'}),
        ('23 villages', 0, 'quantified', '23 villages', N, {'count': 23, 'unit': 'village', 'note': 'drought; not an incident'}),
        ('Zhezkazgan', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:seat of the regional administration'}),
        ('Kirovo', 0, 'village', 'Kirovo', UR, {'note': 'NI:residence of a farmer; Zhanaarka district'}),
        ('Kostanay', 0, 'region', KOR, KOR, {'note': 'NI:fodder bought there; list sharing "regions"'}),
        ('Akmola', 0, 'region', AKR, AKR, {'note': 'NI:list sharing "regions"'}),
     ],
     inc={UR: (1, 'steppe fire near Atasu, Zhanaarka district, 1,800 ha and 900 t of hay burnt; the drought is not counted')}),

dict(id='p007', date='2014-09-23', lang='en',
     event='2014 grain elevator fire in Atbasar (Akmola Region) and stubble fire burning two combines in Auliekol district (Kostanay Region); rain in seven North Kazakhstan districts; Zhezkazgan-Beineu railway (Zhezkazgan in Karaganda Region before 2022); exports to Iran and Afghanistan',
     text="""Fires hit harvest in Kostanay, Akmola as grain belt races weather
KOSTANAY, Sept 23 (Reuters) - A fire at a grain elevator in the Akmola Region town of Atbasar and a blaze that destroyed two combine harvesters near Auliekol in Kostanay Region have added to the troubles of Kazakhstan's northern grain belt, where farmers are racing to bring in wheat before the first snow.
The fire at the Atbasar elevator broke out in a drying unit on Sunday night and damaged about 3,000 tonnes of wheat, the regional emergencies department said. In Auliekol district, a spark from a combine set fire to stubble on Monday, and the flames reached two machines parked at the edge of the field. Nobody was hurt in either fire.
By Monday farmers had threshed 61 percent of the sown area in Kostanay Region, 55 percent in Akmola Region and only 38 percent in North Kazakhstan Region, where rain has kept combines out of the fields in seven of its 13 districts, the agriculture ministry said.
"If snow comes in early October, as in 2009, part of the crop will stay under it," said Yevgeny Karpov, who farms 12,000 hectares near Fyodorovka. Karpov sells most of his grain to a mill in Kostanay; the rest goes by rail through Petropavl to Russia.
The government expects a crop of 17 million tonnes after cleaning, down from 18.2 million last year. Exporters are counting on buyers in Iran and Afghanistan, reached by rail through Turkmenistan and Uzbekistan, and on the new line from Zhezkazgan to Beineu, which is due to open by the end of the year.
Grain traders in Astana said third-class wheat was quoted at 38,000 tenge a tonne on Tuesday, up 5 percent in a week.""",
     ann=[
        ('Kostanay', 0, 'region', KOR, KOR, {'note': 'headline; region (the fire was near Auliekol)'}),
        ('Akmola', 0, 'region', AKR, AKR, {'note': 'headline; region (the fire was in Atbasar)'}),
        ('KOSTANAY', 0, 'city', 'Kostanay', KOR, {'note': 'dateline'}),
        ('Akmola Region', 0, 'region', AKR, AKR, {'note': 'used as a modifier of "town"'}),
        ('Atbasar', 0, 'city', 'Atbasar', AKR),
        ('Auliekol', 0, 'village', 'Auliekol', KOR, {'note': 'the fire was near the village'}),
        ('Kostanay Region', 0, 'region', KOR, KOR),
        ("Kazakhstan's", 0, 'country', 'Kazakhstan', N),
        ('Atbasar', 1, 'city', 'Atbasar', AKR, {'note': 'in "the Atbasar elevator"'}),
        ('Auliekol district', 0, 'district', 'Auliekol District', KOR),
        ('Kostanay Region', 1, 'region', KOR, KOR, {'note': 'NI:harvest progress'}),
        ('Akmola Region', 1, 'region', AKR, AKR, {'note': 'NI:harvest progress'}),
        ('North Kazakhstan Region', 0, 'region', NKR, NKR, {'note': 'NI:harvest progress'}),
        ('seven of its 13 districts', 0, 'quantified', '7 districts', N, {'count': 7, 'unit': 'district', 'note': 'rain delaying the harvest in North Kazakhstan Region; not an incident'}),
        ('Fyodorovka', 0, 'village', 'Fyodorovka (Kostanay Region)', KOR, {'note': 'NI:reference point for a farm'}),
        ('Kostanay', 3, 'city', 'Kostanay', KOR, {'note': 'NI:site of a mill'}),
        ('Petropavl', 0, 'city', 'Petropavl', NKR, {'note': 'NI:transit of grain'}),
        ('Russia', 0, 'foreign', 'Russia', N, {'note': 'NI:destination of grain'}),
        ('Iran', 0, 'foreign', 'Iran', N, {'note': 'NI:buyers'}),
        ('Afghanistan', 0, 'foreign', 'Afghanistan', N, {'note': 'NI:buyers'}),
        ('Turkmenistan', 0, 'foreign', 'Turkmenistan', N, {'note': 'NI:transit'}),
        ('Uzbekistan', 0, 'foreign', 'Uzbekistan', N, {'note': 'NI:transit'}),
        ('Zhezkazgan', 0, 'city', 'Zhezkazgan', KR, {'note': 'NI:railway endpoint; Karaganda Region before 2022-06-08'}),
        ('Beineu', 0, 'village', 'Beineu', MR, {'note': 'NI:railway endpoint'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:grain traders'}),
     ],
     inc={AKR: (1, 'fire at the grain elevator in Atbasar'),
          KOR: (1, 'stubble fire near Auliekol that destroyed two combine harvesters')}),

dict(id='p008', date='2026-02-17', lang='en',
     event='2026 rural hospital opens in Bauyrzhan Momyshuly, the former Burnoye (Zhualy district, Jambyl Region); a school due in Kulan, the former Lugovoye (Turar Ryskulov district); villages named after people (no incident)',
     text="""New rural hospital opens in Bauyrzhan Momyshuly, the former Burnoye
TARAZ, Feb 17 (Kazinform) - A rural hospital with 50 beds and a maternity ward opened on Tuesday in Bauyrzhan Momyshuly, the centre of Zhualy district in Jambyl Region, the regional health department said.
The village, called Burnoye in Soviet times, was renamed after the Second World War hero who was born in the district. Its old clinic, built in 1962, served 14 villages, and patients from the foothills of the Karatau often travelled 90 km to Taraz for a scan.
A new secondary school for 600 pupils is due to open in September in Kulan, the former Lugovoye, in Turar Ryskulov district, which is also named after a statesman. Teachers there say classes have run in three shifts since the old school's roof was condemned in 2024.
The region plans to build 12 schools and 20 health posts in villages by 2028, part of a national programme to modernise infrastructure in 3,500 villages.""",
     ann=[
        ('Bauyrzhan Momyshuly', 0, 'village', 'Bauyrzhan Momyshuly', JR, {'note': 'headline; village named after a person'}),
        ('Burnoye', 0, 'village', 'Bauyrzhan Momyshuly', JR, {'note': 'headline; Soviet name of the village'}),
        ('TARAZ', 0, 'city', 'Taraz', JR, {'note': 'dateline'}),
        ('Bauyrzhan Momyshuly', 1, 'village', 'Bauyrzhan Momyshuly', JR),
        ('Zhualy district', 0, 'district', 'Zhualy District', JR),
        ('Jambyl Region', 0, 'region', JR, JR),
        ('Burnoye', 1, 'village', 'Bauyrzhan Momyshuly', JR, {'note': 'Soviet name of the village'}),
        ('14 villages', 0, 'quantified', '14 villages', N, {'count': 14, 'unit': 'village', 'note': 'served by the old clinic; not an incident'}),
        ('Karatau', 0, 'facility', 'Karatau range', N, {'subkind': 'mountains'}),
        ('Taraz', 0, 'city', 'Taraz', JR, {'note': 'NI:where patients travelled'}),
        ('Kulan', 0, 'village', 'Kulan', JR),
        ('Lugovoye', 0, 'village', 'Kulan', JR, {'note': 'Soviet name of Kulan'}),
        ('Turar Ryskulov district', 0, 'district', 'Turar Ryskulov District', JR, {'note': 'district named after a person'}),
        ('3,500 villages', 0, 'quantified', '3500 villages', N, {'count': 3500, 'unit': 'village', 'note': 'national programme; not an incident'}),
     ],
     inc={}),
]
