"""English texts of the twenty-seventh unseen check corpus (regional news digests; annotation
tuples described in tests/build_check_corpus.py, run with --max-words=420)."""
N = None
JR, ALR, KYR, TR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'Turkistan Region', 'South Kazakhstan Region'
ABR, JTR, EKR, MR, KOR = 'Abai Region', 'Jetisu Region', 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR, UR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region', 'Ulytau Region'
ATR, AR, WKR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region'

DOCS = [
dict(id='p001', date='2003-07-15', lang='en',
     event='2003 South Kazakhstan digest: minibus-truck crash on the Shymkent-Tashkent highway near Saryagash and a bazaar fire in Kentau (South Kazakhstan Region); school in Shaulder, Yasawi mausoleum in Turkestan, water cuts in two Shymkent districts, boy found near Kazygurt',
     text="""South Kazakhstan round-up: bus crash near Saryagash, fire at Kentau bazaar
SHYMKENT, July 15 (Interfax-Kazakhstan) - Here is a summary of the day's news from South Kazakhstan Region.
ROAD. Four people died and eleven were injured early on Tuesday when a minibus carrying traders from Tashkent collided with a grain truck on the Shymkent-Tashkent highway near Saryagash. The injured were taken to hospital in Shymkent. Traffic police said the truck driver, a resident of the village of Zhibek Zholy in Sairam district, had fallen asleep at the wheel.
FIRE. A fire destroyed 40 stalls at the central bazaar in Kentau on Monday night. Firefighters from Turkestan helped to put it out after four hours. No one was hurt; traders put their losses at 12 million tenge.
SCHOOL. A secondary school for 600 pupils opened in Shaulder, the centre of Otrar district, built with money from an oil company based in Kyzylorda. The old school building, dating from 1957, will become a library.
VISIT. The regional governor toured the Khoja Ahmed Yasawi mausoleum in Turkestan, where restorers from Ankara are replacing tiles on the dome. He told reporters the work would be finished before the town's festival in October.
WEATHER. Forecasters warned of temperatures up to 44C in the Kyzylkum desert and along the Syr Darya over the next three days. In Shymkent, the city water company said it would cut supplies at night in the Abai and Al-Farabi districts.
FOUND. A four-year-old boy who went missing on Sunday in the foothills about 15 km from Kazygurt was found asleep in a shepherd's hut by volunteers on Monday morning. Doctors in Kazygurt said he was dehydrated but unhurt.""",
     ann=[
        ('Saryagash', 0, 'city', 'Saryagash', SKR, {'note': 'headline'}),
        ('Kentau', 0, 'city', 'Kentau', SKR, {'note': 'headline'}),
        ('South Kazakhstan', 0, 'region', SKR, SKR, {'note': 'headline; region named without "Region"'}),
        ('SHYMKENT', 0, 'city', 'Shymkent', SKR, {'note': 'dateline'}),
        ('South Kazakhstan Region', 0, 'region', SKR, SKR),
        ('Tashkent', 0, 'foreign', 'Tashkent', N, {'note': 'NI:origin of the traders'}),
        ('Shymkent', 0, 'city', 'Shymkent', SKR, {'note': 'NI:route endpoint (Shymkent-Tashkent highway)'}),
        ('Tashkent', 1, 'foreign', 'Tashkent', N, {'note': 'NI:route endpoint (Shymkent-Tashkent highway)'}),
        ('Saryagash', 1, 'city', 'Saryagash', SKR, {'note': 'the crash happened near the town'}),
        ('Shymkent', 1, 'city', 'Shymkent', SKR, {'note': 'NI:hospital town'}),
        ('Zhibek Zholy', 0, 'village', 'Zhibek Zholy (Sairam district)', SKR, {'note': "NI:driver's residence"}),
        ('Sairam district', 0, 'district', 'Sairam District', SKR, {'note': "NI:driver's residence"}),
        ('Kentau', 1, 'city', 'Kentau', SKR),
        ('Turkestan', 0, 'city', 'Turkistan', SKR, {'note': 'NI:origin of firefighters'}),
        ('Shaulder', 0, 'village', 'Shaulder', SKR, {'note': 'NI:new school'}),
        ('Otrar district', 0, 'district', 'Otrar District', SKR, {'note': 'NI:new school'}),
        ('Kyzylorda', 0, 'city', 'Kyzylorda', KYR, {'note': "NI:seat of the company"}),
        ('Khoja Ahmed Yasawi mausoleum', 0, 'facility', 'Khoja Ahmed Yasawi Mausoleum', SKR, {'subkind': 'mausoleum', 'note': 'NI:restoration'}),
        ('Turkestan', 1, 'city', 'Turkistan', SKR, {'note': "NI:governor's visit"}),
        ('Ankara', 0, 'foreign', 'Ankara', N, {'note': 'NI:origin of restorers'}),
        ('Kyzylkum desert', 0, 'facility', 'Kyzylkum Desert', N, {'subkind': 'desert', 'note': 'natural feature shared with Uzbekistan'}),
        ('Syr Darya', 0, 'facility', 'Syr Darya', N, {'subkind': 'river'}),
        ('Shymkent', 2, 'city', 'Shymkent', SKR, {'note': 'NI:water cuts'}),
        ('Abai', 0, 'district', 'Abai District (Shymkent)', SKR, {'subkind': 'city district', 'note': 'NI:water cuts; list sharing "districts"; Shymkent in South Kazakhstan Region in 2003'}),
        ('Al-Farabi', 0, 'district', 'Al-Farabi District (Shymkent)', SKR, {'subkind': 'city district', 'note': 'NI:water cuts'}),
        ('Kazygurt', 0, 'village', 'Kazygurt', SKR, {'note': 'NI:reference point ("about 15 km from")'}),
        ('Kazygurt', 1, 'village', 'Kazygurt', SKR, {'note': 'NI:doctors'}),
     ],
     inc={SKR: (2, 'minibus-truck crash with four dead on the Shymkent-Tashkent highway near Saryagash; fire destroying 40 stalls at the Kentau bazaar. The missing boy found near Kazygurt is not an incident')}),

dict(id='p002', date='2019-11-05', lang='en',
     event='2019 capital digest: warehouse fire on Alash Highway in the Almaty district of Nur-Sultan (Astana); school in Kosshy (Tselinograd district), court fine in Kokshetau, girl found near Burabay, snow in Shortandy and Arshaly districts (Akmola Region)',
     text="""Capital region digest: warehouse fire, new school in Kosshy
NUR-SULTAN, Nov 5 (Kazinform) - A round-up of news from Nur-Sultan and Akmola Region.
A fire broke out on Tuesday morning in a furniture warehouse on Alash Highway in the capital's Almaty district. Forty firefighters contained the blaze over 600 square metres; two workers were treated for smoke inhalation.
In the village of Kosshy, in Tselinograd district, a school for 1,200 pupils opened, the third new school in the capital's suburbs this year.
The Kokshetau city court fined a Shchuchinsk hotel owner 800,000 tenge for letting sewage into the lake at Burabay.
A seven-year-old girl who wandered off from a holiday camp near Burabay on Monday was found unharmed by rescuers and a police dog three hours later.
Forecasters expect the first heavy snow in the Shortandy and Arshaly districts on Thursday and in Nur-Sultan on Friday. Flights from Almaty may be delayed.""",
     ann=[
        ('Kosshy', 0, 'village', 'Kosshy', AKR, {'note': 'headline; NI:new school'}),
        ('NUR-SULTAN', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Nur-Sultan', 0, 'city', 'Astana', 'Astana'),
        ('Akmola Region', 0, 'region', AKR, AKR),
        ('Alash Highway', 0, 'facility', 'Alash Highway (Astana)', 'Astana', {'subkind': 'street'}),
        ('Almaty district', 0, 'district', 'Almaty District (Astana)', 'Astana', {'subkind': 'city district', 'note': "the capital's Almaty district, not the city of Almaty"}),
        ('Kosshy', 1, 'village', 'Kosshy', AKR, {'note': 'NI:new school'}),
        ('Tselinograd district', 0, 'district', 'Tselinograd District', AKR, {'note': 'NI:new school; the district, not the old name of the capital'}),
        ('Kokshetau', 0, 'city', 'Kokshetau', AKR, {'note': 'NI:seat of the court'}),
        ('Shchuchinsk', 0, 'city', 'Shchuchinsk', AKR, {'note': "NI:hotel owner's town; pollution is not an incident"}),
        ('Burabay', 0, 'village', 'Burabay', AKR, {'note': 'NI:pollution case'}),
        ('Burabay', 1, 'village', 'Burabay', AKR, {'note': 'NI:reference point of the camp; girl found'}),
        ('Shortandy', 0, 'district', 'Shortandy District', AKR, {'note': 'NI:forecast; list sharing "districts"'}),
        ('Arshaly', 0, 'district', 'Arshaly District', AKR, {'note': 'NI:forecast'}),
        ('Nur-Sultan', 1, 'city', 'Astana', 'Astana', {'note': 'NI:forecast'}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of flights'}),
     ],
     inc={'Astana': (1, 'furniture warehouse fire on Alash Highway in the Almaty district of Nur-Sultan')}),

dict(id='p003', date='2008-02-12', lang='en',
     event='2008 Almaty Region digest: fatal car-bus crash near Kapchagay and a house fire on Abai Street in Tekeli (Almaty Region before the 2022 split); festival in Zharkent, Khorgos crossing, snowstorms in Kerbulak and Eskeldi districts',
     text="""Almaty Region in brief: two die in crash near Kapchagay, house fire in Tekeli
TALDYKORGAN, Feb 12 (KazTAG) - News from around Almaty Region on Tuesday.
Two men died when their car skidded on ice and hit a bus on the Almaty-Taldykorgan road near Kapchagay late on Monday. Eight bus passengers were taken to hospital in Almaty.
In Tekeli, a fire started by a faulty stove gutted a two-storey house on Abai Street; neighbours rescued a family of five.
In Zharkent, the centre of Panfilov district, about 3,000 people attended a winter festival of Uighur music. Guests came from Urumqi in China.
The regional akim visited the Khorgos border crossing, where a trade centre is planned, and promised a new road to the village of Akaral.
Forecasters predict snowstorms in the Kerbulak and Eskeldi districts and frost down to minus 30 in the mountains above Tekeli.""",
     ann=[
        ('Almaty Region', 0, 'region', ALR, ALR, {'note': 'headline'}),
        ('Kapchagay', 0, 'city', 'Konaev', ALR, {'note': 'headline; the crash happened near the town (Konaev since 2022)'}),
        ('Tekeli', 0, 'city', 'Tekeli', ALR, {'note': 'headline; Almaty Region before 2022'}),
        ('TALDYKORGAN', 0, 'city', 'Taldykorgan', ALR, {'note': 'dateline; Almaty Region before 2022'}),
        ('Almaty Region', 1, 'region', ALR, ALR),
        ('Almaty', 2, 'city', 'Almaty', 'Almaty', {'note': 'NI:route endpoint (Almaty-Taldykorgan road)'}),
        ('Taldykorgan', 0, 'city', 'Taldykorgan', ALR, {'note': 'NI:route endpoint (Almaty-Taldykorgan road)'}),
        ('Kapchagay', 1, 'city', 'Konaev', ALR),
        ('Almaty', 3, 'city', 'Almaty', 'Almaty', {'note': 'NI:hospital town'}),
        ('Tekeli', 1, 'city', 'Tekeli', ALR),
        ('Abai Street', 0, 'facility', 'Abai Street (Tekeli)', ALR, {'subkind': 'street'}),
        ('Zharkent', 0, 'city', 'Zharkent', ALR, {'note': 'NI:festival'}),
        ('Panfilov district', 0, 'district', 'Panfilov District', ALR, {'note': 'NI:festival'}),
        ('Urumqi', 0, 'foreign', 'Urumqi', N, {'note': 'NI:origin of guests'}),
        ('China', 0, 'foreign', 'China', N),
        ('Khorgos border crossing', 0, 'facility', 'Khorgos border crossing', ALR, {'subkind': 'border crossing', 'note': "NI:akim's visit"}),
        ('Akaral', 0, 'village', 'Akaral', ALR, {'note': 'NI:planned road'}),
        ('Kerbulak', 0, 'district', 'Kerbulak District', ALR, {'note': 'NI:forecast; list sharing "districts"'}),
        ('Eskeldi', 0, 'district', 'Eskeldi District', ALR, {'note': 'NI:forecast'}),
        ('Tekeli', 2, 'city', 'Tekeli', ALR, {'note': 'NI:reference point of a forecast'}),
     ],
     inc={ALR: (2, 'fatal car-bus crash near Kapchagay; house fire on Abai Street in Tekeli')}),

dict(id='p004', date='2024-01-23', lang='en',
     event='2024 Abai and East Kazakhstan digest: boiler burst at a Semey heating plant (Abai Region) and a fatal car-tanker crash on the Oskemen-Ridder road near Glubokoe (East Kazakhstan Region); court in Oskemen, school in Ayagoz, queues at the border near Shemonaikha, road closures in five districts',
     text="""Abai and East Kazakhstan: boiler bursts in Semey, three killed on the Ridder road
SEMEY, Jan 23 (Interfax-Kazakhstan) - A digest of the day's news from the Abai and East Kazakhstan regions.
HEATING. A boiler burst at a heating plant on the left bank of the Irtysh in Semey on Monday night, leaving 140 apartment blocks without heat at minus 35. One worker was scalded. The Abai Region akimat said heating would be restored by Wednesday, and Kazakhstan's energy ministry sent a commission from Astana.
ROAD. Three people died when a car collided head-on with a fuel tanker on the Oskemen-Ridder road near the village of Glubokoe on Tuesday morning. The tanker driver, from Ust-Kamenogorsk, survived. The road was closed for five hours while the spilled fuel was removed.
COURT. The Oskemen city court sentenced a former head of the Shemonaikha district education department to four years in prison for embezzling money meant for school repairs.
SCHOOL. A school for 900 pupils opened in Ayagoz, replacing a building condemned in 2019. The town belonged to East Kazakhstan Region until June 2022, when the Abai Region was formed with Semey as its centre.
BORDER. Lorries queued for up to twelve hours at the border post near Shemonaikha on their way to Rubtsovsk and Barnaul in Russia's Altai Krai after a computer failure on the Russian side.
WEATHER. Snowstorms closed the Semey-Oskemen road and local roads in five districts of Abai Region on Sunday. In the town of Altai, the former Zyryanovsk, schools stayed shut for a second day. Forecasters in Oskemen expect the frost to ease by the weekend.
FOUND. A ten-year-old boy from Kurchatov who left home after a quarrel was found by police at the Semey railway station.""",
     ann=[
        ('Abai', 0, 'region', ABR, ABR, {'note': 'headline; region named without "Region"'}),
        ('East Kazakhstan', 0, 'region', EKR, EKR, {'note': 'headline; region named without "Region"'}),
        ('Semey', 0, 'city', 'Semey', ABR, {'note': 'headline'}),
        ('Ridder', 0, 'city', 'Ridder', EKR, {'note': 'headline; NI:road named after its endpoint'}),
        ('SEMEY', 0, 'city', 'Semey', ABR, {'note': 'dateline'}),
        ('Abai', 1, 'region', ABR, ABR, {'note': 'list sharing "regions"'}),
        ('East Kazakhstan', 1, 'region', EKR, EKR),
        ('Irtysh', 0, 'facility', 'Irtysh', N, {'subkind': 'river'}),
        ('Semey', 1, 'city', 'Semey', ABR),
        ('Abai Region', 0, 'region', ABR, ABR, {'note': 'inside the name of an authority'}),
        ("Kazakhstan", 3, 'country', 'Kazakhstan', N, {'note': 'the agency name Interfax-Kazakhstan is not annotated'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of the commission'}),
        ('Oskemen', 0, 'city', 'Oskemen', EKR, {'note': 'NI:route endpoint (Oskemen-Ridder road)'}),
        ('Ridder', 1, 'city', 'Ridder', EKR, {'note': 'NI:route endpoint (Oskemen-Ridder road)'}),
        ('Glubokoe', 0, 'village', 'Glubokoe', EKR),
        ('Ust-Kamenogorsk', 0, 'city', 'Oskemen', EKR, {'note': "NI:driver's origin; old name of Oskemen"}),
        ('Oskemen', 1, 'city', 'Oskemen', EKR, {'note': 'NI:seat of the court'}),
        ('Shemonaikha district', 0, 'district', 'Shemonaikha District', EKR, {'note': 'NI:inside the name of an authority (district education department)'}),
        ('Ayagoz', 0, 'city', 'Ayagoz', ABR, {'note': 'NI:new school'}),
        ('East Kazakhstan Region', 0, 'region', EKR, EKR, {'note': 'NI:former unit of Ayagoz'}),
        ('Abai Region', 1, 'region', ABR, ABR, {'note': 'NI:formation of the region'}),
        ('Semey', 2, 'city', 'Semey', ABR, {'note': 'NI:regional centre'}),
        ('Shemonaikha', 1, 'city', 'Shemonaikha', EKR, {'note': 'NI:reference point of the border post'}),
        ('Rubtsovsk', 0, 'foreign', 'Rubtsovsk', N, {'note': 'NI:destination'}),
        ('Barnaul', 0, 'foreign', 'Barnaul', N, {'note': 'NI:destination'}),
        ('Russia', 0, 'foreign', 'Russia', N),
        ('Altai Krai', 0, 'foreign', 'Altai Krai', N),
        ('Semey', 3, 'city', 'Semey', ABR, {'note': 'NI:route endpoint (Semey-Oskemen road)'}),
        ('Oskemen', 2, 'city', 'Oskemen', EKR, {'note': 'NI:route endpoint (Semey-Oskemen road)'}),
        ('five districts of Abai Region', 0, 'quantified', '5 districts', N, {'count': 5, 'unit': 'district', 'note': 'road closures, not incidents'}),
        ('Altai', 1, 'city', 'Altai (Zyryanovsk)', EKR, {'note': 'NI:schools closed; the town, not the mountains or the Russian krai'}),
        ('Zyryanovsk', 0, 'city', 'Altai (Zyryanovsk)', EKR, {'note': 'NI:former name of Altai town'}),
        ('Oskemen', 3, 'city', 'Oskemen', EKR, {'note': 'NI:seat of forecasters'}),
        ('Kurchatov', 0, 'city', 'Kurchatov', ABR, {'note': "NI:boy's residence"}),
        ('Semey', 4, 'city', 'Semey', ABR, {'note': 'NI:boy found (inside "Semey railway station")'}),
     ],
     inc={ABR: (1, 'boiler burst at a heating plant in Semey, one worker scalded'),
          EKR: (1, 'car-tanker crash with three dead on the Oskemen-Ridder road near Glubokoe')}),

dict(id='p005', date='1999-09-14', lang='en',
     event='1999 regional round-up: methane blast at the Shakhtinskaya mine in Shakhtinsk and a market fire in Zhezkazgan (Karaganda Region, two years after the Zhezkazgan Region was merged into it); teachers\' rally in Uralsk (West Kazakhstan Region); Balkhash smelter, flights to Hanover',
     text="""Regions: five miners killed in Shakhtinsk, market burns in Zhezkazgan, teachers rally in Uralsk
KARAGANDA, Sept 14 (Interfax-Kazakhstan) - A round-up of news from Kazakhstan's regions on Tuesday.
MINE. Five miners were killed and seven injured by a methane explosion on Monday at the Shakhtinskaya mine in Shakhtinsk, 50 km west of Karaganda, the mine's operator, Ispat Karmet, said. Rescue teams from Temirtau and Saran brought up all the bodies by the morning. A government commission flew in from Astana.
MARKET. In Zhezkazgan, a fire destroyed a clothing market in the town centre on Sunday night, causing damage estimated at 20 million tenge. Zhezkazgan was the centre of Zhezkazgan Region until 1997, when that region was merged into Karaganda Region; traders said the fire brigade, cut back since the merger, arrived late.
COPPER. Kazakhmys said its smelter in Balkhash had resumed work after a three-week stop for repairs, and that ore from the Satpayev mines would again go there by rail.
TEACHERS. In Uralsk, more than 2,000 teachers from across West Kazakhstan Region rallied outside the regional akimat, demanding six months of unpaid wages. Police said the rally was peaceful. Buses brought teachers from Aksai and Chingirlau, and the akim promised to pay two months by October.
FLIGHTS. Air Kazakhstan will start weekly flights from Karaganda to Hanover in October, mainly for ethnic Germans who have emigrated from the region. The airline also plans a route from Karaganda to Moscow.
HARVEST. Farmers in Akmola and Kostanay regions have threshed 60 percent of their wheat, the agriculture ministry said.""",
     ann=[
        ('Shakhtinsk', 0, 'city', 'Shakhtinsk', KR, {'note': 'headline'}),
        ('Zhezkazgan', 0, 'city', 'Zhezkazgan', KR, {'note': 'headline; Karaganda Region in 1999'}),
        ('Uralsk', 0, 'city', 'Oral', WKR, {'note': 'headline'}),
        ('KARAGANDA', 0, 'city', 'Karaganda', KR, {'note': 'dateline'}),
        ("Kazakhstan", 1, 'country', 'Kazakhstan', N),
        ('Shakhtinskaya mine', 0, 'facility', 'Shakhtinskaya mine (Shakhtinsk)', KR, {'subkind': 'mine'}),
        ('Shakhtinsk', 1, 'city', 'Shakhtinsk', KR),
        ('Karaganda', 0, 'city', 'Karaganda', KR, {'note': 'NI:reference point ("50 km west of")'}),
        ('Temirtau', 0, 'city', 'Temirtau', KR, {'note': 'NI:origin of rescue teams'}),
        ('Saran', 0, 'city', 'Saran', KR, {'note': 'NI:origin of rescue teams'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of the commission'}),
        ('Zhezkazgan', 1, 'city', 'Zhezkazgan', KR),
        ('Zhezkazgan', 2, 'city', 'Zhezkazgan', KR, {'note': 'NI:former regional centre'}),
        ('Zhezkazgan Region', 0, 'region', KR, KR, {'uncertain': True, 'note': 'NI:region abolished in 1997, its land in Karaganda Region on the article date'}),
        ('Karaganda Region', 0, 'region', KR, KR, {'note': 'NI:merger'}),
        ('Balkhash', 0, 'city', 'Balkhash', KR, {'note': 'NI:smelter resumed work'}),
        ('Satpayev', 0, 'city', 'Satpayev', KR, {'note': 'NI:mines; the town, not the person'}),
        ('Uralsk', 1, 'city', 'Oral', WKR),
        ('West Kazakhstan Region', 0, 'region', WKR, WKR, {'note': 'NI:origin of teachers'}),
        ('Aksai', 0, 'city', 'Aksai', WKR, {'note': 'NI:origin of teachers'}),
        ('Chingirlau', 0, 'village', 'Chingirlau', WKR, {'note': 'NI:origin of teachers'}),
        ('Karaganda', 2, 'city', 'Karaganda', KR, {'note': 'NI:origin of flights; Air Kazakhstan is a company and not annotated'}),
        ('Hanover', 0, 'foreign', 'Hanover', N, {'note': 'NI:destination of flights'}),
        ('Karaganda', 3, 'city', 'Karaganda', KR, {'note': 'NI:origin of flights'}),
        ('Moscow', 0, 'foreign', 'Moscow', N, {'note': 'NI:destination of flights'}),
        ('Akmola', 0, 'region', AKR, AKR, {'note': 'NI:harvest; list sharing "regions"; the region, not the old name of the capital'}),
        ('Kostanay', 0, 'region', KOR, KOR, {'note': 'NI:harvest'}),
     ],
     inc={KR: (2, 'methane explosion at the Shakhtinskaya mine in Shakhtinsk (five dead); fire destroying a clothing market in Zhezkazgan'),
          WKR: (1, 'rally of 2,000 unpaid teachers outside the regional akimat in Uralsk')}),

dict(id='p006', date='2015-04-07', lang='en',
     event='2015 Mangystau digest: first rail ferry from Baku at the new Kuryk port, kindergarten in Zhanaozen, sports hall in Zhetybai, station on the Zhezkazgan-Beineu line, festival in Fort-Shevchenko (no incident)',
     text="""Mangystau in brief: first ferry at Kuryk, new kindergarten in Zhanaozen
AKTAU, April 7 (Tengrinews) - News from Mangystau Region.
A new ferry terminal at the port of Kuryk, in Karakiyan district, received its first rail ferry from Baku on Monday, carrying 52 wagons of goods bound for China. Officials said the terminal would relieve the crowded seaport of Aktau.
The regional akim opened a kindergarten for 320 children in Zhanaozen and a sports hall in the village of Zhetybai, where 40 families of oil workers received new houses last year.
In Beineu, near the border with Uzbekistan, builders finished the passenger station of the new Zhezkazgan-Beineu railway. The first train is due in the summer.
Fort-Shevchenko, the oldest town on the Kazakh shore of the Caspian, will host a festival of fishermen's songs in May, with guests from Astrakhan and Turkmenbashi.
Forecasters said the sea near Aktau had warmed to 9C, two degrees above the norm.""",
     ann=[
        ('Mangystau', 0, 'region', MR, MR, {'note': 'headline; region named without "Region"'}),
        ('Kuryk', 0, 'city', 'Kuryk', MR, {'note': 'headline'}),
        ('Zhanaozen', 0, 'city', 'Zhanaozen', MR, {'note': 'headline'}),
        ('AKTAU', 0, 'city', 'Aktau', MR, {'note': 'dateline'}),
        ('Mangystau Region', 0, 'region', MR, MR),
        ('Kuryk', 1, 'city', 'Kuryk', MR),
        ('Karakiyan district', 0, 'district', 'Karakiyan District', MR),
        ('Baku', 0, 'foreign', 'Baku', N, {'note': 'NI:origin of the ferry'}),
        ('China', 0, 'foreign', 'China', N, {'note': 'NI:destination of goods'}),
        ('Aktau', 0, 'city', 'Aktau', MR),
        ('Zhanaozen', 1, 'city', 'Zhanaozen', MR),
        ('Zhetybai', 0, 'village', 'Zhetybai', MR),
        ('Beineu', 0, 'city', 'Beineu', MR),
        ('Uzbekistan', 0, 'foreign', 'Uzbekistan', N, {'note': 'NI:reference point'}),
        ('Zhezkazgan', 0, 'city', 'Zhezkazgan', KR, {'note': 'NI:route endpoint (Zhezkazgan-Beineu railway); Karaganda Region in 2015'}),
        ('Beineu', 1, 'city', 'Beineu', MR, {'note': 'NI:route endpoint (Zhezkazgan-Beineu railway)'}),
        ('Fort-Shevchenko', 0, 'city', 'Fort-Shevchenko', MR),
        ('Caspian', 0, 'facility', 'Caspian Sea', N, {'subkind': 'sea'}),
        ('Astrakhan', 0, 'foreign', 'Astrakhan', N, {'note': 'NI:origin of guests'}),
        ('Turkmenbashi', 0, 'foreign', 'Turkmenbashi', N, {'note': 'NI:origin of guests'}),
        ('Aktau', 1, 'city', 'Aktau', MR, {'note': 'NI:reference point of a sea temperature'}),
     ],
     inc={}),

dict(id='p007', date='2021-06-29', lang='en',
     event='2021 Turkistan Region and Shymkent digest: boy drowned in the Syr Darya near Shardara (Turkistan Region); 19 drownings in eight other regions (unattributed); flyover in Shymkent, flats in Arys, festival in Turkistan, queues at the Zhibek Zholy checkpoint near Saryagash',
     text="""Boy drowns in Syr Darya near Shardara; Shymkent opens flyover
SHYMKENT, June 29 (Tengrinews) - Here is a digest of news from Shymkent and Turkistan Region.
A 12-year-old boy drowned on Sunday while swimming in the Syr Darya near the town of Shardara, the regional emergencies department said. His body was recovered two kilometres downstream. Across Kazakhstan, the emergencies ministry counted 19 drownings over the weekend in eight other regions.
In Shymkent, the city akim opened a flyover on Baidibek Bi Avenue that is meant to end traffic jams at the entrance from the Tashkent road.
In Arys, 120 railway families received the keys to flats in a new block near the station.
The city of Turkistan hosted a festival of Turkic culture with guests from Turkey, Azerbaijan and Tatarstan.
Lorries waited for up to a day at the Zhibek Zholy checkpoint near Saryagash after Uzbekistan introduced new health checks at the border.
Cotton growers in Maktaaral district said the hot weather had come two weeks early.""",
     ann=[
        ('Syr Darya', 0, 'facility', 'Syr Darya', N, {'subkind': 'river', 'note': 'headline'}),
        ('Shardara', 0, 'city', 'Shardara', TR, {'note': 'headline'}),
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'headline; NI:opening of a flyover'}),
        ('SHYMKENT', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'dateline'}),
        ('Shymkent', 1, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:digest scope'}),
        ('Turkistan Region', 0, 'region', TR, TR),
        ('Syr Darya', 1, 'facility', 'Syr Darya', N, {'subkind': 'river'}),
        ('Shardara', 1, 'city', 'Shardara', TR),
        ("Kazakhstan", 0, 'country', 'Kazakhstan', N),
        ('eight other regions', 0, 'quantified', '8 other regions', N, {'count': 8, 'unit': 'region', 'note': 'weekend drownings in unnamed regions'}),
        ('Shymkent', 2, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:opening of a flyover'}),
        ('Baidibek Bi Avenue', 0, 'facility', 'Baidibek Bi Avenue (Shymkent)', 'Shymkent', {'subkind': 'street', 'note': 'NI:flyover'}),
        ('Tashkent', 0, 'foreign', 'Tashkent', N, {'note': 'NI:road named after its endpoint'}),
        ('Arys', 0, 'city', 'Arys', TR, {'note': 'NI:new flats'}),
        ('Turkistan', 1, 'city', 'Turkistan', TR, {'note': 'NI:festival'}),
        ('Turkey', 0, 'foreign', 'Turkey', N, {'note': 'NI:origin of guests'}),
        ('Azerbaijan', 0, 'foreign', 'Azerbaijan', N, {'note': 'NI:origin of guests'}),
        ('Tatarstan', 0, 'foreign', 'Tatarstan', N, {'note': 'NI:origin of guests'}),
        ('Zhibek Zholy checkpoint', 0, 'facility', 'Zhibek Zholy checkpoint', TR, {'subkind': 'border crossing', 'note': 'NI:queues are not an incident'}),
        ('Saryagash', 0, 'city', 'Saryagash', TR, {'note': 'NI:reference point'}),
        ('Uzbekistan', 0, 'foreign', 'Uzbekistan', N),
        ('Maktaaral district', 0, 'district', 'Maktaaral District', TR, {'note': 'NI:weather'}),
     ],
     inc={TR: (1, 'boy drowned in the Syr Darya near Shardara')},
     unatt=[{'label': 'eight other regions', 'count': 8, 'note': '19 weekend drownings in eight unnamed regions'}]),

dict(id='p008', date='2026-02-10', lang='en',
     event='2026 Ulytau and Jetisu digest: akim meets residents of Karazhal, museum in Ulytau village, new hospital in Taldykorgan, Usharal pupils win in Astana, wind warning near Dostyk; Karazhal, Zhezkazgan, Satpayev formerly in Karaganda Region (no incident)',
     text="""Ulytau and Jetisu regions: news of the day
ZHEZKAZGAN, Feb 10 (Kazinform) - A round-up of news from the two regions created in 2022.
ULYTAU REGION. The regional akim met residents of Karazhal on Monday and promised a new water pipeline by the autumn. Karazhal, like Zhezkazgan and Satpayev, belonged to Karaganda Region until June 2022.
A museum of the Golden Horde period opened in the village of Ulytau, 130 km north of Zhezkazgan. Its first visitors were schoolchildren from Zhanaarka district.
JETISU REGION. In Taldykorgan, a regional hospital with 600 beds received its first patients. Doctors from Almaty and Astana will work there in shifts.
Schoolchildren from Usharal, in Alakol district, won a national robotics contest in Astana with a machine that sorts apples.
Forecasters warned of gusts of up to 35 metres per second at the Dzungarian Gate near Dostyk, on the Chinese border, and advised lorry drivers to wait.""",
     ann=[
        ('Ulytau', 0, 'region', UR, UR, {'note': 'headline; list sharing "regions"'}),
        ('Jetisu', 0, 'region', JTR, JTR, {'note': 'headline'}),
        ('ZHEZKAZGAN', 0, 'city', 'Zhezkazgan', UR, {'note': 'dateline'}),
        ('ULYTAU REGION', 0, 'region', UR, UR, {'note': 'section heading'}),
        ('Karazhal', 0, 'city', 'Karazhal', UR, {'note': "NI:akim's meeting"}),
        ('Karazhal', 1, 'city', 'Karazhal', UR, {'note': 'NI:former unit'}),
        ('Zhezkazgan', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:former unit'}),
        ('Satpayev', 0, 'city', 'Satpayev', UR, {'note': 'NI:former unit'}),
        ('Karaganda Region', 0, 'region', KR, KR, {'note': 'NI:former unit of the towns'}),
        ('Ulytau', 1, 'village', 'Ulytau', UR, {'note': 'NI:museum opened'}),
        ('Zhezkazgan', 1, 'city', 'Zhezkazgan', UR, {'note': 'NI:reference point'}),
        ('Zhanaarka district', 0, 'district', 'Zhanaarka District', UR, {'note': 'NI:origin of visitors'}),
        ('JETISU REGION', 0, 'region', JTR, JTR, {'note': 'section heading'}),
        ('Taldykorgan', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:new hospital'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of doctors'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of doctors'}),
        ('Usharal', 0, 'city', 'Usharal', JTR, {'note': 'NI:origin of pupils'}),
        ('Alakol district', 0, 'district', 'Alakol District', JTR, {'note': 'NI:origin of pupils'}),
        ('Astana', 1, 'city', 'Astana', 'Astana', {'note': 'NI:venue of a contest'}),
        ('Dzungarian Gate', 0, 'facility', 'Dzungarian Gate', N, {'subkind': 'mountain pass', 'note': 'natural feature on the Chinese border (Jetisu Region)'}),
        ('Dostyk', 0, 'village', 'Dostyk (Alakol district)', JTR, {'note': 'NI:reference point of a wind warning'}),
     ],
     inc={}),
]
