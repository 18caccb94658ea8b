"""English texts of the forty-fourth unseen check corpus (online and informal writing: live feeds,
reader reports, Telegram-style posts). Annotation tuples as described in tests/build_check_corpus.py;
run with --max-words=420."""
N = None
JR, ALR, KYR, TR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'Turkistan Region', 'South Kazakhstan Region'
ABR, JTR, EKR, MR, KOR = 'Abai Region', 'Jetisu Region', 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR, UR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region', 'Ulytau Region'
ATR, AR, WKR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region'

DOCS = [
dict(id='p001', date='2017-03-28', lang='en',
     event='2017 live feed on spring floods in South Kazakhstan Region (Sairam district, Shymkent, Kazygurt road), a minibus off a washed-out bridge in Tolebi district, and a mudflow near Merke (Jambyl Region); Shymkent still in South Kazakhstan Region; misspelt shimkent / Shimkent; hashtag',
     text="""LIVE: Floods in South Kazakhstan, Shymkent-Tashkent road shut
SHYMKENT, March 28 (Tengrinews) - Our live feed on the spring floods. All times local, refresh the page for updates.

09:40 - The Badam river burst its banks overnight near the village of Kyzylzhar in Sairam district, the emergencies department of South Kazakhstan Region says. About 120 houses are flooded and 340 people have been moved to a school in Aksukent. No one hurt so far.

10:15 - Reader Aigerim sends a video from shimkent: knee-deep water in the Samal microdistrict. "our street is a river again, the drains never work," she writes. The city akimat says pumps are on the way.

11:05 - Police have closed the Shymkent-Tashkent highway near Kazygurt after water washed over the road. Drivers heading for Uzbekistan are asked to wait in Saryagash.

12:30 - UPDATE: a minibus from Lenger slid off a washed-out bridge in Tolebi district, police say. Two passengers died, five are in hospital in Shimkent.

13:50 - In neighbouring Jambyl Region a mudflow came down on the road near Merke and pushed a lorry into a ditch. The driver was pulled out alive.

14:20 - Kazhydromet, speaking from Astana, expects more rain in the south of Kazakhstan tomorrow and has issued a warning for the Jambyl and Kyzylorda regions.

15:10 - Readers from Turkestan say it is dry there, and volunteers have set off for Sairam district with bread and blankets. "write if you need a place to sleep, we have room," one of them posted under #Шымкент.

16:00 - That's all for now. The feed resumes tomorrow at 9.""",
     ann=[
        ('South Kazakhstan', 0, 'region', SKR, SKR, {'note': 'headline; region named without "Region"'}),
        ('Shymkent', 0, 'city', 'Shymkent', SKR, {'note': 'NI:route endpoint (headline)'}),
        ('Tashkent', 0, 'foreign', 'Tashkent', N, {'note': 'NI:route endpoint (headline)'}),
        ('SHYMKENT', 0, 'city', 'Shymkent', SKR, {'note': 'dateline'}),
        ('Badam river', 0, 'facility', 'Badam River', N, {'subkind': 'river', 'note': 'in South Kazakhstan Region'}),
        ('Kyzylzhar', 0, 'village', 'Kyzylzhar (Sairam District)', SKR),
        ('Sairam district', 0, 'district', 'Sairam District', SKR),
        ('South Kazakhstan Region', 0, 'region', SKR, SKR, {'note': 'inside the name of an authority'}),
        ('Aksukent', 0, 'village', 'Aksukent', SKR, {'note': 'NI:evacuation point'}),
        ('shimkent', 0, 'city', 'Shymkent', SKR, {'note': "misspelt, lower case (reader's message); before 2018-06-19 the city is in South Kazakhstan Region"}),
        ('Samal microdistrict', 0, 'district', 'Samal (Shymkent)', SKR, {'subkind': 'microdistrict'}),
        ('Shymkent', 1, 'city', 'Shymkent', SKR, {'note': 'NI:route endpoint'}),
        ('Tashkent', 1, 'foreign', 'Tashkent', N, {'note': 'NI:route endpoint'}),
        ('Kazygurt', 0, 'city', 'Kazygurt', SKR, {'note': 'road flooded near the town; part of the flood'}),
        ('Uzbekistan', 0, 'foreign', 'Uzbekistan', N, {'note': 'NI:destination of drivers'}),
        ('Saryagash', 0, 'city', 'Saryagash', SKR, {'note': 'NI:where drivers are asked to wait'}),
        ('Lenger', 0, 'city', 'Lenger', SKR, {'note': 'NI:origin of the minibus'}),
        ('Tolebi district', 0, 'district', 'Tolebi District', SKR),
        ('Shimkent', 0, 'city', 'Shymkent', SKR, {'note': 'NI:hospital town; misspelt'}),
        ('Jambyl Region', 0, 'region', JR, JR),
        ('Merke', 0, 'city', 'Merke', JR),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of Kazhydromet'}),
        ('Kazakhstan', 2, 'country', 'Kazakhstan', N, {'note': 'directional phrase "the south of Kazakhstan": only the country'}),
        ('Jambyl', 1, 'region', JR, JR, {'note': 'NI:under a weather warning (list sharing "regions")'}),
        ('Kyzylorda', 0, 'region', KYR, KYR, {'note': 'NI:under a weather warning (list sharing "regions")'}),
        ('Turkestan', 0, 'city', 'Turkistan', SKR, {'note': 'NI:origin of readers and volunteers; the town is in South Kazakhstan Region before 2018-06-19'}),
        ('Sairam district', 1, 'district', 'Sairam District', SKR, {'note': 'NI:destination of volunteers'}),
        ('Шымкент', 0, 'city', 'Shymkent', SKR, {'note': 'NI:hashtag (#Шымкент)'}),
     ],
     inc={SKR: (2, 'flood in Sairam district (Kyzylzhar), in the Samal microdistrict of Shymkent and on the road near Kazygurt (one natural disaster for the unit); minibus crash off a washed-out bridge in Tolebi district with two dead (a separate deadly accident; doubtful, it was caused by the flood)'),
          JR: (1, 'mudflow on the road near Merke that pushed a lorry into a ditch')}),

dict(id='p002', date='2012-12-14', lang='en',
     event='2012 cold snap in Karaganda Region: classes cancelled in Qaraghandy, Temirtau, Shakhtinsk, Balkhash and Zhezqazghan (Karaganda Region before 2022); company named after the city (no incident)',
     text="""MINUS 38 IN QARAGHANDY: SCHOOLS SHUT, BUSES LATE
KARAGANDA, Dec 14 (KazTAG) - Qaraghandy woke up to minus 38 on Friday morning, and the city's education department cancelled classes for pupils up to the ninth grade. Readers' messages have been pouring into our newsroom since 6 a.m.
"bus 32 never came, I walked from Maikuduk to the centre," writes a reader who signed herself Dana. Schools were also closed in Temirtau, Shakhtinsk and Balkhash, and in Zhezqazghan classes start two hours late.
Karaganda Energocentre, which runs the city's heating plant, said all its boilers were working at full load and asked residents not to switch on electric heaters all at once. Readers in the Prishakhtinsk area say their radiators are barely warm.
Kazhydromet forecasts frosts of up to minus 42 in the Karaganda, Akmola and Pavlodar regions over the weekend; in Astana the thermometer showed minus 35 this morning.
"in Novosibirsk it is minus 45 and nobody closes anything," one reader commented. Another replied: "then move to Novosibirsk." """,
     ann=[
        ('QARAGHANDY', 0, 'city', 'Karaganda', KR, {'note': 'headline, upper case, Kazakh-based transliteration'}),
        ('KARAGANDA', 0, 'city', 'Karaganda', KR, {'note': 'dateline'}),
        ('Qaraghandy', 0, 'city', 'Karaganda', KR, {'note': 'Kazakh-based transliteration'}),
        ('Maikuduk', 0, 'district', 'Maikuduk (Karaganda)', KR, {'subkind': 'microdistrict', 'note': "NI:reader's starting point"}),
        ('Temirtau', 0, 'city', 'Temirtau', KR),
        ('Shakhtinsk', 0, 'city', 'Shakhtinsk', KR),
        ('Balkhash', 0, 'city', 'Balkhash', KR),
        ('Zhezqazghan', 0, 'city', 'Zhezkazgan', KR, {'note': 'Karaganda Region before 2022-06-08'}),
        ('Prishakhtinsk', 0, 'district', 'Prishakhtinsk (Karaganda)', KR, {'subkind': 'microdistrict'}),
        ('Karaganda', 1, 'region', KR, KR, {'note': 'list sharing "regions"; Karaganda Energocentre (a company) is not annotated'}),
        ('Akmola', 0, 'region', AKR, AKR),
        ('Pavlodar', 0, 'region', PR, PR),
        ('Astana', 0, 'city', 'Astana', 'Astana'),
        ('Novosibirsk', 0, 'foreign', 'Novosibirsk', N),
        ('Novosibirsk', 1, 'foreign', 'Novosibirsk', N),
     ],
     inc={}),

dict(id='p003', date='2019-10-05', lang='en',
     event="2019 gas cylinder blast in a cafe on Kenesary street, Baikonur district of Nur-Sultan (Astana); the city district named Baikonur is not the cosmodrome; lower-case nur-sultan and hashtags #NurSultan / #Astana",
     text="""Gas cylinder blast wrecks cafe in nur-sultan, four hurt
NUR-SULTAN, Oct 5 (Tengrinews) - A gas cylinder exploded in the kitchen of a cafe on Kenesary street in the capital's Baikonur district on Saturday afternoon, injuring four people, the city emergencies department said.
"We heard a bang and the windows flew out, people ran into the street covered in dust," a reader who works in the shop next door told us. Videos of the smoking facade spread within minutes on Telegram channels under #NurSultan and #Astana.
Two cooks and two customers were taken to hospital; one cook has serious burns. The cafe's owner, who comes from Stepnogorsk, was questioned by police and said the cylinder had been bought a week ago.
Inspectors say the cafe had no permit to keep gas cylinders indoors. Checks will be held at all cafes and canteens of the Baikonur and Saryarka districts this week, the akimat said, and owners who use bottled gas without a permit face fines of up to 500,000 tenge.""",
     ann=[
        ('nur-sultan', 0, 'city', 'Astana', 'Astana', {'note': 'lower case; the capital named Nur-Sultan 2019-2022'}),
        ('NUR-SULTAN', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Kenesary street', 0, 'facility', 'Kenesary Street (Astana)', 'Astana', {'subkind': 'street'}),
        ('Baikonur district', 0, 'district', 'Baikonur District (Astana)', 'Astana', {'subkind': 'city district', 'note': 'a district of the capital, not the cosmodrome in Kyzylorda Region'}),
        ('NurSultan', 0, 'city', 'Astana', 'Astana', {'note': 'NI:hashtag (#NurSultan)'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:hashtag (#Astana), the old name still used as a tag in 2019'}),
        ('Stepnogorsk', 0, 'city', 'Stepnogorsk', AKR, {'note': "NI:owner's origin"}),
        ('Baikonur', 1, 'district', 'Baikonur District (Astana)', 'Astana', {'subkind': 'city district', 'note': 'NI:planned inspections (list sharing "districts")'}),
        ('Saryarka', 0, 'district', 'Saryarka District (Astana)', 'Astana', {'subkind': 'city district', 'note': 'NI:planned inspections (list sharing "districts")'}),
     ],
     inc={'Astana': (1, 'gas cylinder explosion in a cafe on Kenesary street, Baikonur district')}),

dict(id='p004', date='2023-07-18', lang='en',
     event='2023 storm tears roofs off in Ayagoz and hail hits Kabanbay, Urzhar district (Abai Region, a year after its creation); East Kazakhstan named as the former unit; misspelt Ayaguz',
     text="""Storm rips roofs off in Ayagoz, Abai region - readers send videos
SEMEY, July 18 (Kazinform) - A storm with gusts of up to 30 metres per second swept through Ayagoz on Monday evening, tearing the roofs off 46 houses and a school gym and bringing down power lines, the emergencies department of Abai region said.
"The roof of our barn is now in the neighbour's garden," wrote a reader from Ayaguz who sent us a video. Two people were cut by broken glass and treated at the town hospital.
Hail also flattened wheat fields near the village of Kabanbay in Urzhar district, farmers told local media.
Power engineers from Semey and Oskemen are restoring the lines, and about a third of Ayagoz had electricity again by Tuesday noon. The Abai region, formed last June from part of East Kazakhstan Region, has asked the government for money to repair the school before September.
Kazhydromet warned of more storms in the Abai, East Kazakhstan and Jetisu regions through Wednesday.""",
     ann=[
        ('Ayagoz', 0, 'city', 'Ayagoz', ABR, {'note': 'headline'}),
        ('Abai region', 0, 'region', ABR, ABR, {'note': 'headline'}),
        ('SEMEY', 0, 'city', 'Semey', ABR, {'note': 'dateline'}),
        ('Ayagoz', 1, 'city', 'Ayagoz', ABR),
        ('Abai region', 1, 'region', ABR, ABR, {'note': 'inside the name of an authority'}),
        ('Ayaguz', 0, 'city', 'Ayagoz', ABR, {'note': 'old Russian-based spelling'}),
        ('Kabanbay', 0, 'village', 'Kabanbay (Urzhar District)', ABR),
        ('Urzhar district', 0, 'district', 'Urzhar District', ABR),
        ('Semey', 0, 'city', 'Semey', ABR, {'note': 'NI:origin of power engineers'}),
        ('Oskemen', 0, 'city', 'Oskemen', EKR, {'note': 'NI:origin of power engineers'}),
        ('Ayagoz', 2, 'city', 'Ayagoz', ABR),
        ('Abai region', 2, 'region', ABR, ABR),
        ('East Kazakhstan Region', 0, 'region', EKR, EKR, {'note': 'NI:former unit of the land'}),
        ('Abai', 3, 'region', ABR, ABR, {'note': 'NI:under a storm warning (list sharing "regions")'}),
        ('East Kazakhstan', 1, 'region', EKR, EKR, {'note': 'NI:under a storm warning (list sharing "regions")'}),
        ('Jetisu', 0, 'region', JTR, JTR, {'note': 'NI:under a storm warning (list sharing "regions")'}),
     ],
     inc={ABR: (1, 'storm in Ayagoz (roofs, power lines, two hurt) and hail near Kabanbay, Urzhar district: one natural disaster for the unit')}),

dict(id='p005', date='2024-11-12', lang='en',
     event='2024 morning brief: fatal crash on the Karaganda-Zhezkazgan highway near Atasu, Zhanaarka district (Ulytau Region), market fire in the Kazybek Bi district of Karaganda (Karaganda Region); Zhezkazgan airport reopens; Satpayev, Karazhal; lower-case qaraghandy',
     text="""Morning brief: deadly crash near Atasu, market fire in Karaganda, Zhezqazghan flights back
KARAGANDA, Nov 12 (Vlast.kz) - What you need to know this Tuesday morning in central Kazakhstan.

CRASH. Three people died when a Lada and a grain lorry collided head-on on the Karaganda - Zhezkazgan highway near the village of Atasu in Zhanaarka district late on Monday, the police of Ulytau Region said. The lorry driver, from Karkaralinsk, survived with a broken arm. Readers who drove past at night said the road was icy and there were no warning signs. The highway, rebuilt in 2021, has already claimed 19 lives this year.

FIRE. Flames destroyed about 40 containers at the Tulpar market in the Kazybek Bi district of Karaganda overnight. No one was hurt, but traders say they lost goods worth 60 million tenge. Firefighters from Saran and Shakhtinsk were called in to help.

FLIGHTS. Zhezkazgan airport has reopened after a four-month runway overhaul, and the first Qazaq Air flight from Astana landed at 8:10. Flights to Almaty resume on Friday. "finally, no more 7 hours on a bus to qaraghandy," wrote one reader from Satpayev.

NEW REGION, OLD HABITS. Two years after Ulytau Region was carved out of Karaganda Region, many residents of Zhezkazgan and Karazhal still travel to Karaganda for hospital treatment. The regional health department promises a cardiology centre in Zhezkazgan by the end of 2026.

WEATHER. Snow and strong wind are expected along Lake Balkhash, and minus 15 in Temirtau.""",
     ann=[
        ('Atasu', 0, 'village', 'Atasu', UR, {'note': 'headline'}),
        ('Karaganda', 0, 'city', 'Karaganda', KR, {'note': 'headline'}),
        ('Zhezqazghan', 0, 'city', 'Zhezkazgan', UR, {'note': 'headline; Kazakh-based transliteration'}),
        ('KARAGANDA', 0, 'city', 'Karaganda', KR, {'note': 'dateline'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N, {'note': 'directional phrase "central Kazakhstan": only the country'}),
        ('Karaganda', 1, 'city', 'Karaganda', KR, {'note': 'NI:route endpoint'}),
        ('Zhezkazgan', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:route endpoint'}),
        ('Atasu', 1, 'village', 'Atasu', UR),
        ('Zhanaarka district', 0, 'district', 'Zhanaarka District', UR),
        ('Ulytau Region', 0, 'region', UR, UR, {'note': 'inside the name of an authority'}),
        ('Karkaralinsk', 0, 'city', 'Karkaralinsk', KR, {'note': "NI:driver's origin"}),
        ('Tulpar market', 0, 'facility', 'Tulpar market (Karaganda)', KR, {'subkind': 'market'}),
        ('Kazybek Bi district', 0, 'district', 'Kazybek Bi District (Karaganda)', KR, {'subkind': 'city district'}),
        ('Karaganda', 2, 'city', 'Karaganda', KR),
        ('Saran', 0, 'city', 'Saran', KR, {'note': 'NI:origin of firefighters'}),
        ('Shakhtinsk', 0, 'city', 'Shakhtinsk', KR, {'note': 'NI:origin of firefighters'}),
        ('Zhezkazgan airport', 0, 'facility', 'Zhezkazgan Airport', UR, {'subkind': 'airport'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of a flight'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:destination of flights'}),
        ('qaraghandy', 0, 'city', 'Karaganda', KR, {'note': 'NI:destination; lower case, Kazakh-based transliteration'}),
        ('Satpayev', 0, 'city', 'Satpayev', UR, {'note': "NI:reader's residence"}),
        ('Ulytau Region', 1, 'region', UR, UR),
        ('Karaganda Region', 0, 'region', KR, KR, {'note': 'NI:former unit of the land'}),
        ('Zhezkazgan', 2, 'city', 'Zhezkazgan', UR, {'note': 'NI:residence'}),
        ('Karazhal', 0, 'city', 'Karazhal', UR, {'note': 'NI:residence'}),
        ('Karaganda', 4, 'city', 'Karaganda', KR, {'note': 'NI:destination for treatment'}),
        ('Zhezkazgan', 3, 'city', 'Zhezkazgan', UR, {'note': 'NI:planned cardiology centre'}),
        ('Lake Balkhash', 0, 'facility', 'Lake Balkhash', N, {'subkind': 'lake'}),
        ('Temirtau', 0, 'city', 'Temirtau', KR, {'note': 'NI:weather forecast'}),
     ],
     inc={UR: (1, 'head-on collision near Atasu, Zhanaarka district, three dead'),
          KR: (1, 'fire at the Tulpar market in the Kazybek Bi district of Karaganda')}),

dict(id='p006', date='2014-06-20', lang='en',
     event='2014 summer in the Taldykorgan area (Almaty Region before the 2022 split): road works near Saryozek, a beach in Kapchagai, buses to Tekeli, Ushtobe, Alakol resorts near Akshi (no incident)',
     text="""Taldyqorghan gets ready for summer: road works, new beach, buses to Tekeli
TALDYKORGAN, June 20 (Kazinform) - Drivers on the Almaty - Taldykorgan road should expect delays near Saryozek until August, when the repair of a 30-km stretch is due to end, the Almaty Region roads department said on Friday.
Readers have complained all week: "2 hours in a queue on the saryozek bypass, no water, no toilets," one wrote. The department promised to open a second lane by the end of June.
In Kapchagai, the akimat has opened a public beach on the reservoir with lifeguards. Hotel owners in Kapshagay expect record numbers of visitors from Almaty.
The regional capital is adding buses: from July 1, route 101 will run from Taldykorgan to Tekeli every 40 minutes. "and please a bus to Ushtobe, we are forgotten," a reader asked in our comments.
Further east, resorts on Lake Alakol near the village of Akshi report bookings up 20% on last year, mostly from Almaty, Karaganda and Novosibirsk.""",
     ann=[
        ('Taldyqorghan', 0, 'city', 'Taldykorgan', ALR, {'note': 'headline; Kazakh-based transliteration; Almaty Region before 2022-06-08'}),
        ('Tekeli', 0, 'city', 'Tekeli', ALR, {'note': 'NI:bus destination (headline)'}),
        ('TALDYKORGAN', 0, 'city', 'Taldykorgan', ALR, {'note': 'dateline'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:route endpoint'}),
        ('Taldykorgan', 0, 'city', 'Taldykorgan', ALR, {'note': 'NI:route endpoint'}),
        ('Saryozek', 0, 'village', 'Saryozek', ALR, {'note': 'NI:road works'}),
        ('Almaty Region', 0, 'region', ALR, ALR, {'note': 'inside the name of an authority'}),
        ('saryozek', 0, 'village', 'Saryozek', ALR, {'note': 'NI:road works; lower case'}),
        ('Kapchagai', 0, 'city', 'Konaev', ALR, {'note': 'NI:new beach; old name of Konaev'}),
        ('Kapshagay', 0, 'city', 'Konaev', ALR, {'note': 'NI:hotels; variant spelling of Kapchagai'}),
        ('Almaty', 2, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of visitors'}),
        ('Taldykorgan', 1, 'city', 'Taldykorgan', ALR, {'note': 'NI:bus route endpoint'}),
        ('Tekeli', 1, 'city', 'Tekeli', ALR, {'note': 'NI:bus route endpoint'}),
        ('Ushtobe', 0, 'city', 'Ushtobe', ALR, {'note': 'NI:requested bus destination'}),
        ('Lake Alakol', 0, 'facility', 'Lake Alakol', N, {'subkind': 'lake'}),
        ('Akshi', 0, 'village', 'Akshi', ALR, {'note': 'NI:resort bookings'}),
        ('Almaty', 3, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of visitors'}),
        ('Karaganda', 0, 'city', 'Karaganda', KR, {'note': 'NI:origin of visitors'}),
        ('Novosibirsk', 0, 'foreign', 'Novosibirsk', N, {'note': 'NI:origin of visitors'}),
     ],
     inc={}),

dict(id='p007', date='2020-03-20', lang='en',
     event='2020 coronavirus: Nur-Sultan and Almaty sealed off, checkpoints on the Almaty-Kapshagay road and near Kosshy; Shymkent (own unit) and Karaganda may follow; official measures only (no incident)',
     text="""Kazakhstan seals off Nur-Sultan and Almaty as virus cases rise
NUR-SULTAN, March 20 (Reuters) - Kazakhstan will close its capital Nur-Sultan and its largest city Almaty from Sunday, letting no one in or out except freight and medical staff, the state emergency commission said on Friday, as the number of coronavirus cases in the country rose to 44.
Police checkpoints will go up on every road into both cities, among them the Almaty - Kapshagay highway and the Nur-Sultan - Karaganda road near the village of Kosshy.
Readers flooded supermarkets overnight. "no buckwheat left in the whole of almaty," one wrote to us at 2 a.m. Queues were also reported in Shymkent and Karaganda, where officials said similar measures could follow "within days".
Schools in all regions have been on early holidays since Monday. Flights from China, Iran, Italy and South Korea were suspended last week, and most cases so far are people who came back from Europe or Dubai.""",
     ann=[
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('Nur-Sultan', 0, 'city', 'Astana', 'Astana', {'note': 'NI:headline; quarantine (an official measure)'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:headline; quarantine (an official measure)'}),
        ('NUR-SULTAN', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Kazakhstan', 1, 'country', 'Kazakhstan', N),
        ('Nur-Sultan', 1, 'city', 'Astana', 'Astana', {'note': 'NI:quarantine'}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:quarantine'}),
        ('Almaty', 2, 'city', 'Almaty', 'Almaty', {'note': 'NI:route endpoint'}),
        ('Kapshagay', 0, 'city', 'Konaev', ALR, {'note': 'NI:route endpoint'}),
        ('Nur-Sultan', 2, 'city', 'Astana', 'Astana', {'note': 'NI:route endpoint'}),
        ('Karaganda', 0, 'city', 'Karaganda', KR, {'note': 'NI:route endpoint'}),
        ('Kosshy', 0, 'village', 'Kosshy', AKR, {'note': 'NI:checkpoint (a village in 2020)'}),
        ('almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:empty shelves; lower case'}),
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:queues in shops; a city of republican significance since 2018'}),
        ('Karaganda', 1, 'city', 'Karaganda', KR, {'note': 'NI:queues in shops'}),
        ('all regions', 0, 'quantified', 'all regions', N, {'count': N, 'unit': 'region', 'quantifier': 'all', 'note': 'school holidays, not incidents'}),
        ('China', 0, 'foreign', 'China', N),
        ('Iran', 0, 'foreign', 'Iran', N),
        ('Italy', 0, 'foreign', 'Italy', N),
        ('South Korea', 0, 'foreign', 'South Korea', N),
        ('Europe', 0, 'foreign', 'Europe', N, {'subkind': 'macro-region'}),
        ('Dubai', 0, 'foreign', 'Dubai', N),
     ],
     inc={}),

dict(id='p008', date='2025-08-09', lang='en',
     event='2025 mass brawl with two stabbed on a city beach in Aktau (Mangystau Region); holidaymakers from Atyrau and Makhachkala; misspelt Janaozen; Aqtau spelling and hashtag',
     text="""VIDEO: Mass brawl on Aqtau beach, two stabbed, 9 detained
AKTAU, Aug 9 (KazTAG) - Police in Mangystau region detained nine men after a mass fight on the central city beach of Aktau late on Friday, in which two holidaymakers were stabbed.
A video sent by a reader shows dozens of people throwing plastic chairs and bottles at the water's edge while families with children run away. "i came from atyrau for a quiet weekend by the Caspian and got this," the reader wrote.
According to the Mangystau police, the fight started as a quarrel over a parking spot between young men from Janaozen and a group of tourists from Makhachkala in Russia. Both wounded men were taken to the regional hospital and are out of danger. Three of the detained are citizens of Russia.
The city akimat said extra patrols would watch the beaches until the end of the season. Readers complained under #Aktau that the beach has had no lighting after 10 p.m. since June.""",
     ann=[
        ('Aqtau', 0, 'city', 'Aktau', MR, {'note': 'headline; Kazakh-based transliteration'}),
        ('AKTAU', 0, 'city', 'Aktau', MR, {'note': 'dateline'}),
        ('Mangystau region', 0, 'region', MR, MR, {'note': 'jurisdiction of the police'}),
        ('Aktau', 0, 'city', 'Aktau', MR),
        ('atyrau', 0, 'city', 'Atyrau', ATR, {'note': "NI:reader's origin; lower case"}),
        ('Caspian', 0, 'facility', 'Caspian Sea', N, {'subkind': 'sea'}),
        ('Mangystau', 1, 'region', MR, MR, {'note': 'inside the name of an authority'}),
        ('Janaozen', 0, 'city', 'Zhanaozen', MR, {'note': 'NI:origin of the young men; variant spelling'}),
        ('Makhachkala', 0, 'foreign', 'Makhachkala', N, {'note': 'NI:origin of tourists'}),
        ('Russia', 0, 'foreign', 'Russia', N),
        ('Russia', 1, 'foreign', 'Russia', N),
        ('Aktau', 1, 'city', 'Aktau', MR, {'note': 'NI:hashtag (#Aktau)'}),
     ],
     inc={MR: (1, 'mass brawl with two stabbed on the city beach of Aktau')}),
]
