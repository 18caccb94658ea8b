"""English texts of the fifteenth unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
JR, ALR, KYR, TR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'Turkistan Region', 'South Kazakhstan Region'
ABR, JTR, EKR, MR, KOR = 'Abai Region', 'Jetisu Region', 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR, UR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region', 'Ulytau Region'
ATR, AR, WKR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region'

DOCS = [
dict(id='p001', date='2024-09-16', lang='en',
     event='2024 fan brawl with 23 detained outside the Kazhymukan Munaitpasov Stadium in Shymkent after Ordabasy v Kairat, and a flare fire in a stand of the Central Stadium in Kostanay; other matches in Taldykorgan and Semey; clubs named after cities are not places',
     text="""Police detain 23 after fan brawl at Ordabasy-Kairat match
SHYMKENT, Sept 16 (KazTAG) - Police in Shymkent detained 23 people after supporters of Ordabasy and Kairat Almaty fought outside the Kazhymukan Munaitpasov Stadium on Sunday evening, the city's police department said on Monday.
The fight broke out at the south gate as about 1,500 visiting fans were being led out after Ordabasy's 2-1 win. Bottles and plastic seats flew, and riot police used batons to separate the two groups on Tauke Khan Avenue. Eleven people, two officers among them, were treated in hospital; one Kairat supporter has a fractured skull.
Most of the visitors had come from Almaty on a chartered train that also picked up supporters in Shu and Taraz.
"The people who came with knuckledusters did not come for football," said Colonel Yerlan Astanov, head of the Shymkent police. The league's disciplinary committee in Astana will review the case on Thursday, and Ordabasy could be ordered to play two home games behind closed doors. The governor of Turkistan Region, who chaired Ordabasy's board until 2022, called for calm. Police said supporters had also fought after matches in two other cities this season.
On Saturday in Kostanay, a flare thrown from the away sector set fire to seats in the east stand of the Central Stadium during Tobol's goalless draw with Aktobe, and firefighters needed twenty minutes to put it out. Nobody was hurt. Aktobe's fan club blamed a group of supporters from Orenburg, in Russia, who had travelled with them.
In Taldykorgan, Zhetysu beat Kaisar Kyzylorda 3-0 before 4,000 spectators, and Astana lost 2-1 to Yelimai in Semey. Irtysh Pavlodar, relegated last season, now play in the first division.
Kairat fly to Istanbul with Air Astana on Wednesday for a friendly against a Turkish club.""",
     ann=[
        ('SHYMKENT', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'dateline'}),
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent'),
        ('Kazhymukan Munaitpasov Stadium', 0, 'facility', 'Kazhymukan Munaitpasov Stadium (Shymkent)', 'Shymkent', {'subkind': 'stadium'}),
        ('Tauke Khan Avenue', 0, 'facility', 'Tauke Khan Avenue (Shymkent)', 'Shymkent', {'subkind': 'street'}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of the visiting fans'}),
        ('Shu', 0, 'city', 'Shu', JR, {'note': "NI:stop of the fans' train"}),
        ('Taraz', 0, 'city', 'Taraz', JR, {'note': "NI:stop of the fans' train"}),
        ('Shymkent', 1, 'city', 'Shymkent', 'Shymkent', {'note': 'inside the name of an authority'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': "NI:seat of the league's committee"}),
        ('Turkistan Region', 0, 'region', TR, TR, {'note': "NI:inside an official's title"}),
        ('two other cities', 0, 'quantified', '2 other cities', N, {'note': 'earlier fan fights this season in unnamed cities', 'count': 2, 'unit': 'city'}),
        ('Kostanay', 0, 'city', 'Kostanay', KOR),
        ('Central Stadium', 0, 'facility', 'Central Stadium (Kostanay)', KOR, {'subkind': 'stadium'}),
        ('Orenburg', 0, 'foreign', 'Orenburg', N, {'note': 'NI:origin of fans'}),
        ('Russia', 0, 'foreign', 'Russia', N),
        ('Taldykorgan', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:site of a match'}),
        ('Semey', 0, 'city', 'Semey', ABR, {'note': 'NI:site of a match'}),
        ('Istanbul', 0, 'foreign', 'Istanbul', N, {'note': 'NI:destination of a flight'}),
     ],
     inc={'Shymkent': (1, 'brawl of fans outside the Kazhymukan Munaitpasov Stadium on Tauke Khan Avenue, with 23 detained (one event: stadium, avenue and city)'),
          KOR: (1, 'flare set fire to seats in a stand of the Central Stadium in Kostanay')},
     unatt=[{'label': 'two other cities', 'count': 2, 'note': 'fan fights after matches earlier in the season in two unnamed cities'}]),

dict(id='p002', date='1998-02-10', lang='en',
     event='1998 Karachaganak gas export deal via Orenburg signed in Akmola, the new capital (no incident)',
     text="""Kazakh gas to keep flowing to Orenburg plant
ALMATY, Feb 10 (Reuters) - The partners in Karachaganak Petroleum Operating said on Tuesday they would keep sending raw gas from the Karachaganak field in West Kazakhstan to the processing plant at Orenburg in Russia until at least 2003, while a pipeline to the Caspian is studied.
The field, near the town of Aksai in Burlin district, holds an estimated 1.3 trillion cubic metres of gas. Its output fell last year after Gazprom cut the volumes it accepted in Orenburg.
The agreement was signed in Akmola, the new capital, where the government moved from Almaty in December, said Nurlan Zhaiykbayev, a deputy energy minister. Kazakhoil, the state oil company, holds no stake in the venture, whose operators, British Gas and Agip, have offices in Aksai and London.
Part of the condensate will go by rail through Uralsk to Samara. Bankers in Almaty said the deal would help the budget of West Kazakhstan Region, which has not paid teachers' wages since October.""",
     ann=[
        ('Orenburg', 0, 'foreign', 'Orenburg', N, {'note': 'headline'}),
        ('ALMATY', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Karachaganak field', 0, 'facility', 'Karachaganak field', WKR, {'subkind': 'gas field'}),
        ('West Kazakhstan', 0, 'region', WKR, WKR, {'note': 'region named without "Region"'}),
        ('Orenburg', 1, 'foreign', 'Orenburg', N, {'note': 'NI:destination of gas'}),
        ('Russia', 0, 'foreign', 'Russia', N),
        ('Caspian', 0, 'facility', 'Caspian Sea', N, {'subkind': 'sea'}),
        ('Aksai', 0, 'city', 'Aksai', WKR),
        ('Burlin district', 0, 'district', 'Burlin District', WKR),
        ('Orenburg', 2, 'foreign', 'Orenburg', N),
        ('Akmola', 0, 'city', 'Astana', 'Astana', {'note': 'NI:where the agreement was signed; the capital under its 1992-1998 name, not Akmola Region'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:former capital'}),
        ('Aksai', 1, 'city', 'Aksai', WKR, {'note': "NI:operators' offices"}),
        ('London', 0, 'foreign', 'London', N),
        ('Uralsk', 0, 'city', 'Oral', WKR, {'note': 'NI:rail route; former name of Oral'}),
        ('Samara', 0, 'foreign', 'Samara', N, {'note': 'NI:rail route'}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:where bankers work'}),
        ('West Kazakhstan Region', 0, 'region', WKR, WKR),
     ],
     inc={}),

dict(id='p003', date='2005-11-22', lang='en',
     event='2005 fire at the Abai music and drama theatre in Semipalatinsk (East Kazakhstan Region, before the 2022 split); the theatre named after the poet',
     text="""Fire guts stage of Semipalatinsk drama theatre
UST-KAMENOGORSK, Nov 22 (Interfax-Kazakhstan) - Fire destroyed the stage and part of the auditorium of the Abai Music and Drama Theatre in Semipalatinsk on Monday night, hours after a premiere, the emergencies department of East Kazakhstan Region said.
About 60 firefighters fought the blaze for three hours. The building was empty, and a night watchman raised the alarm. Investigators suspect a short circuit in the stage lighting.
The theatre, named after the poet Abai Kunanbayev, who studied in the town, had opened its season with a play about the Semipalatinsk nuclear test site. Until repairs are finished its troupe will perform at the Dostoevsky drama theatre across the Irtysh.
A touring company from Pavlodar has cancelled its performances, and the theatre's December tour to Omsk, in Russia, has been postponed. The regional governor, speaking in Ust-Kamenogorsk, promised 150 million tenge for repairs.""",
     ann=[
        ('Semipalatinsk', 0, 'city', 'Semey', EKR, {'note': 'headline; former name of Semey'}),
        ('UST-KAMENOGORSK', 0, 'city', 'Oskemen', EKR, {'note': 'dateline; former name of Oskemen'}),
        ('Semipalatinsk', 1, 'city', 'Semey', EKR, {'note': 'former name of Semey'}),
        ('East Kazakhstan Region', 0, 'region', EKR, EKR, {'note': 'inside the name of an authority'}),
        ('Semipalatinsk nuclear test site', 0, 'facility', 'Semipalatinsk Test Site', N, {'note': 'former nuclear test site; lies across several units', 'subkind': 'test site'}),
        ('Irtysh', 0, 'facility', 'Irtysh River', N, {'subkind': 'river'}),
        ('Pavlodar', 0, 'city', 'Pavlodar', PR, {'note': 'NI:origin of a touring company'}),
        ('Omsk', 0, 'foreign', 'Omsk', N, {'note': 'NI:destination of a postponed tour'}),
        ('Russia', 0, 'foreign', 'Russia', N),
        ('Ust-Kamenogorsk', 0, 'city', 'Oskemen', EKR, {'note': 'NI:where the governor spoke; former name of Oskemen'}),
     ],
     inc={EKR: (1, 'fire at the drama theatre in Semipalatinsk (headline and lead: one event)')}),

dict(id='p004', date='2013-03-05', lang='en',
     event='2013 trial of Aktobe Steel managers for fraud (not counted) with a rally and four detentions outside the court in Aktobe, and a background January arson at the plant (Aktobe Region)',
     text="""Aktobe Steel bosses go on trial as defrauded buyers rally
AKTOBE, March 5 (Vlast.kz) - Three former managers of Aktobe Steel, a pipe maker accused of taking advance payments for 40,000 tonnes of pipes it never delivered, went on trial at the Aktobe city court on Tuesday, while about 200 of its customers and former workers rallied outside.
Prosecutors say the company's director, Serik Aktaubekov, and two deputies collected 6.4 billion tenge from buyers in Atyrau, Uralsk and Kyzylorda between 2010 and 2012 and moved most of the money to Cyprus and Latvia through a branch of Halyk Bank on Abulkhair Khan Avenue. The accused deny the charges.
The protesters, many of whom had come from Kandyagash and Khromtau, blocked the street in front of the court for an hour, chanting for their money back. Police detained four men who tried to break through the cordon; they were fined and released in the evening.
"We sold our cattle to buy pipes for a water line in our village," said Gulnar Zhaiykbayeva, a farmer from Alga district.
The plant, on the western edge of Aktobe, stopped work in 2012, and its 800 workers have not been paid for nine months. In January a fire that investigators blame on arson destroyed equipment worth 300 million tenge in its rolling shop.
KazMunayGas and Tengizchevroil, which bought pipes from the company for fields in Atyrau Region, are not among the plaintiffs. The governor of Aktobe Region said the region would look for an investor to restart the plant. The verdict is expected in April.
The case is being watched in Astana, where the financial police have opened similar investigations into pipe suppliers in the Pavlodar and Karaganda regions.""",
     ann=[
        ('AKTOBE', 0, 'city', 'Aktobe', AR, {'note': 'dateline'}),
        ('Aktobe', 2, 'city', 'Aktobe', AR, {'note': 'inside the name of a court; site of the rally'}),
        ('Atyrau', 0, 'city', 'Atyrau', ATR, {'note': "NI:buyers' home"}),
        ('Uralsk', 0, 'city', 'Oral', WKR, {'note': "NI:buyers' home; former name of Oral"}),
        ('Kyzylorda', 0, 'city', 'Kyzylorda', KYR, {'note': "NI:buyers' home"}),
        ('Cyprus', 0, 'foreign', 'Cyprus', N),
        ('Latvia', 0, 'foreign', 'Latvia', N),
        ('Abulkhair Khan Avenue', 0, 'facility', 'Abulkhair Khan Avenue (Aktobe)', AR, {'subkind': 'street', 'note': 'NI:site of a bank branch'}),
        ('Kandyagash', 0, 'city', 'Kandyagash', AR, {'note': 'NI:origin of protesters'}),
        ('Khromtau', 0, 'city', 'Khromtau', AR, {'note': 'NI:origin of protesters'}),
        ('Alga district', 0, 'district', 'Alga District', AR, {'note': 'NI:residence'}),
        ('Aktobe', 3, 'city', 'Aktobe', AR, {'note': 'site of the plant and of the January fire'}),
        ('Atyrau Region', 0, 'region', ATR, ATR, {'note': 'NI:site of oil fields'}),
        ('Aktobe Region', 0, 'region', AR, AR, {'note': "inside an official's title"}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the financial police'}),
        ('Pavlodar', 0, 'region', PR, PR, {'note': 'NI:list item sharing the head noun "regions"; other investigations'}),
        ('Karaganda', 0, 'region', KR, KR, {'note': 'NI:list item sharing the head noun "regions"; other investigations'}),
     ],
     inc={AR: (2, "rally of about 200 defrauded customers and workers outside the Aktobe city court with four detentions; background January arson fire in the plant's rolling shop. The fraud and the trial are not counted")}),

dict(id='p005', date='2019-04-23', lang='en',
     event='2019 governor of Turkistan Region appointed ambassador to Uzbekistan; Nur-Sultan, Shymkent as its own unit, Turkestan as the new regional seat; misspelt Shimkent (no incident)',
     text="""NUR-SULTAN, April 23 (Kazinform) - President Kassym-Jomart Tokayev on Tuesday appointed Yerlan Taraziev, governor of Turkistan Region, as Kazakhstan's ambassador to Uzbekistan, the presidential press service said.
Taraziev, 54, a native of Lenger, was mayor of Shymkent before the city was taken out of the region last June and made a city of republican significance. In Tashkent he will oversee the opening of new crossings near Saryagash and talks on a railway to Almalyk, the Uzbek copper town about 65 km south-east of the Uzbek capital.
Until a new governor is named, the region will be run by his first deputy, Bakhyt Ordabasiev, who moved to Turkestan with the regional administration this winter.
Trade between the two countries reached $3 billion last year. Air Astana and Uzbekistan Airways have added flights from Tashkent to Nur-Sultan, Almaty and Shimkent.
The outgoing ambassador has been sent to Turkey. Tokayev, who became president after Nursultan Nazarbayev stepped down in March, is expected to visit Samarkand in May.""",
     ann=[
        ('NUR-SULTAN', 0, 'city', 'Astana', 'Astana', {'note': "dateline; the capital's name from 2019-03-23"}),
        ('Turkistan Region', 0, 'region', TR, TR, {'note': "inside an official's title"}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('Uzbekistan', 0, 'foreign', 'Uzbekistan', N),
        ('Lenger', 0, 'city', 'Lenger', TR, {'note': 'NI:birthplace'}),
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:former workplace'}),
        ('Tashkent', 0, 'foreign', 'Tashkent', N, {'note': 'NI:seat of the embassy'}),
        ('Saryagash', 0, 'city', 'Saryagash', TR, {'note': 'NI:site of planned border crossings'}),
        ('Almalyk', 0, 'foreign', 'Almalyk', N),
        ('Turkestan', 0, 'city', 'Turkistan', TR, {'note': 'NI:new seat of the regional administration'}),
        ('Tashkent', 1, 'foreign', 'Tashkent', N, {'note': 'NI:route endpoint'}),
        ('Nur-Sultan', 0, 'city', 'Astana', 'Astana', {'note': 'NI:route endpoint'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:route endpoint'}),
        ('Shimkent', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:route endpoint; misspelling of Shymkent'}),
        ('Turkey', 0, 'foreign', 'Turkey', N),
        ('Samarkand', 0, 'foreign', 'Samarkand', N),
     ],
     inc={}),

dict(id='p006', date='2022-10-11', lang='en',
     event='2022 bus of the Zhetysu football club overturned near Saryozek, Kerbulak district (Jetisu Region, four months after its creation); Konaev, the former Kapchagay (Almaty Region)',
     text="""Zhetysu team bus overturns near Saryozek, eleven hurt
TALDYKORGAN, Oct 11 (Kazinform) - A bus carrying players and staff of the Zhetysu football club overturned on the Almaty-Taldykorgan highway near Saryozek in Kerbulak district early on Tuesday, injuring eleven people, the emergencies department of Jetisu Region said.
The team was returning from an away game against Kairat in Almaty. The driver lost control on a wet bend about 10 km south of Saryozek. Three players with fractures were taken to the regional hospital in Taldykorgan, the others to the district hospital in Saryozek.
The club plays at the Samat Suyumbayev Stadium in Taldykorgan, which became the centre of the new Jetisu Region in June. Its next match, against Kyzylzhar in Petropavl, has been put off, and Air Astana has offered to fly the team to its remaining away games free of charge.
Traffic police said the bus had passed a technical inspection in August in Konaev, the former Kapchagay.""",
     ann=[
        ('Saryozek', 0, 'village', 'Saryozek', JTR, {'note': 'headline'}),
        ('TALDYKORGAN', 0, 'city', 'Taldykorgan', JTR, {'note': 'dateline'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:road endpoint'}),
        ('Taldykorgan', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:road endpoint'}),
        ('Saryozek', 1, 'village', 'Saryozek', JTR),
        ('Kerbulak district', 0, 'district', 'Kerbulak District', JTR),
        ('Jetisu Region', 0, 'region', JTR, JTR, {'note': 'inside the name of an authority'}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:site of the away game'}),
        ('Saryozek', 2, 'village', 'Saryozek', JTR, {'note': 'NI:reference point'}),
        ('Taldykorgan', 1, 'city', 'Taldykorgan', JTR, {'note': 'NI:hospital town'}),
        ('Saryozek', 3, 'village', 'Saryozek', JTR, {'note': 'NI:hospital town'}),
        ('Samat Suyumbayev Stadium', 0, 'facility', 'Samat Suyumbayev Stadium (Taldykorgan)', JTR, {'subkind': 'stadium', 'note': 'NI:home stadium'}),
        ('Taldykorgan', 2, 'city', 'Taldykorgan', JTR, {'note': 'NI:home city of the club'}),
        ('Jetisu Region', 1, 'region', JTR, JTR, {'note': 'NI:background'}),
        ('Petropavl', 0, 'city', 'Petropavl', NKR, {'note': 'NI:site of a postponed match'}),
        ('Konaev', 0, 'city', 'Konaev', ALR, {'note': 'NI:site of an inspection'}),
        ('Kapchagay', 0, 'city', 'Konaev', ALR, {'note': 'NI:former name of Konaev'}),
     ],
     inc={JTR: (1, 'team bus overturned on the highway near Saryozek')}),

dict(id='p007', date='2008-08-20', lang='en',
     event='2008 Kazygurt welcomes an Olympic bronze medallist in wrestling (South Kazakhstan Region); a boxer nicknamed "the Kazygurt Lion" (no incident)',
     text="""Village welcomes home Olympic wrestler
SHYMKENT, Aug 20 (Interfax-Kazakhstan) - Hundreds of people lined the main street of Kazygurt on Wednesday to welcome home Askhat Ordabayev, who won bronze in Greco-Roman wrestling at the Beijing Olympics, the akimat of South Kazakhstan Region said.
Ordabayev, 23, flew from Beijing to Almaty on an Air Astana charter and then on to Shymkent, where the regional governor gave him the keys to a flat. His coach, who first trained him in a school gym in Lenger, said he would now prepare for the world championships in Baku.
Kazygurt, a district centre about 60 km south-west of Shymkent near the Uzbek border, has produced several champions. The boxer Nurlan Sairambekov, whom fans call "the Kazygurt Lion", grew up two streets away.
Together with medals won by a boxer from Karaganda and a weightlifter from Taraz, the bronze lifts Kazakhstan to 29th place in the medal table. The team is due back in Astana on Monday.""",
     ann=[
        ('SHYMKENT', 0, 'city', 'Shymkent', SKR, {'note': 'dateline'}),
        ('Kazygurt', 0, 'village', 'Kazygurt', SKR),
        ('Beijing', 0, 'foreign', 'Beijing', N, {'note': 'inside the event name "Beijing Olympics"'}),
        ('South Kazakhstan Region', 0, 'region', SKR, SKR, {'note': 'inside the name of an authority'}),
        ('Beijing', 1, 'foreign', 'Beijing', N, {'note': 'NI:origin of a flight'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:route'}),
        ('Shymkent', 0, 'city', 'Shymkent', SKR, {'note': 'NI:place of a ceremony'}),
        ('Lenger', 0, 'city', 'Lenger', SKR, {'note': 'NI:where the wrestler trained'}),
        ('Baku', 0, 'foreign', 'Baku', N, {'note': 'NI:site of a championship'}),
        ('Kazygurt', 1, 'village', 'Kazygurt', SKR, {'note': 'NI:background'}),
        ('Shymkent', 1, 'city', 'Shymkent', SKR, {'note': 'NI:reference point'}),
        ('Karaganda', 0, 'city', 'Karaganda', KR, {'note': 'NI:origin of a medallist'}),
        ('Taraz', 0, 'city', 'Taraz', JR, {'note': 'NI:origin of a medallist'}),
        ('Kazakhstan', 2, 'country', 'Kazakhstan', N),
        ('Astana', 1, 'city', 'Astana', 'Astana', {'note': 'NI:destination of the team'}),
     ],
     inc={}),

dict(id='p008', date='2026-03-03', lang='en',
     event='2026 lorry fire at the Nur Zholy checkpoint near Khorgos and a background January fatal accident at the Khorgos Gateway dry port (Panfilov district, Jetisu Region); Khorgos on the Chinese side; the Ili and Irtysh rivers shared with China',
     text="""Lorry fire halts traffic at Khorgos border crossing
ZHARKENT, March 3 (Reuters) - A lorry loaded with lithium batteries caught fire on Monday at the Nur Zholy checkpoint near the village of Khorgos, halting freight traffic between Kazakhstan and China for nine hours, the state revenue committee said.
The driver, a citizen of Kyrgyzstan, escaped with burns and was taken to hospital in Zharkent, 35 km to the west. Firefighters from Zharkent and from the Chinese city of Khorgos, on the other side of the border in Xinjiang, fought the fire together.
It was the second accident at the border this winter. In January a loader crushed a worker to death at the Khorgos Gateway dry port, which belongs to the state railway company Kazakhstan Temir Zholy and handles containers from Lianyungang and Xi'an bound for Europe and Iran.
The twin settlements have grown apart. On the Chinese side, Khorgas, also spelt Horgos, is a city of about 100,000, while the Kazakh village of Khorgos, in Panfilov district of Jetisu Region, has about 3,000 residents. A duty-free trade zone that straddles the border drew two million visitors last year, many of them shoppers from Almaty, Taldykorgan and Bishkek.
The akim of Jetisu Region, speaking in Taldykorgan, said a second lane for lorries would open at the checkpoint in May.
Border trade was also on the agenda in Astana, where Kazakh and Chinese officials met last week to discuss the rivers the two countries share. The Ili, which rises in China, feeds Lake Balkhash, and the Irtysh flows from China past Oskemen and Pavlodar into Russia and on to Omsk. Kazakh officials say Chinese irrigation in Xinjiang has cut the flow of both rivers by a fifth.""",
     ann=[
        ('Khorgos border crossing', 0, 'facility', 'Khorgos border crossing', JTR, {'subkind': 'border crossing', 'note': 'headline; the crossing whose Kazakh side is the Nur Zholy checkpoint'}),
        ('ZHARKENT', 0, 'city', 'Zharkent', JTR, {'note': 'dateline'}),
        ('Nur Zholy checkpoint', 0, 'facility', 'Nur Zholy checkpoint', JTR, {'subkind': 'border crossing'}),
        ('Khorgos', 1, 'village', 'Khorgos', JTR),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('China', 0, 'foreign', 'China', N),
        ('Kyrgyzstan', 0, 'foreign', 'Kyrgyzstan', N),
        ('Zharkent', 0, 'city', 'Zharkent', JTR, {'note': 'NI:hospital town'}),
        ('Zharkent', 1, 'city', 'Zharkent', JTR, {'note': 'NI:origin of firefighters'}),
        ('Khorgos', 2, 'foreign', 'Khorgos (China)', N, {'note': 'the city on the Chinese side of the border'}),
        ('Xinjiang', 0, 'foreign', 'Xinjiang', N),
        ('Khorgos Gateway dry port', 0, 'facility', 'Khorgos Gateway dry port', JTR, {'subkind': 'dry port'}),
        ('Lianyungang', 0, 'foreign', 'Lianyungang', N),
        ("Xi'an", 0, 'foreign', "Xi'an", N),
        ('Europe', 0, 'foreign', 'Europe', N),
        ('Iran', 0, 'foreign', 'Iran', N),
        ('Khorgas', 0, 'foreign', 'Khorgos (China)', N),
        ('Horgos', 0, 'foreign', 'Khorgos (China)', N),
        ('Khorgos', 4, 'village', 'Khorgos', JTR, {'note': 'NI:background'}),
        ('Panfilov district', 0, 'district', 'Panfilov District', JTR, {'note': 'NI:background'}),
        ('Jetisu Region', 0, 'region', JTR, JTR, {'note': 'NI:background'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of shoppers'}),
        ('Taldykorgan', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:origin of shoppers'}),
        ('Bishkek', 0, 'foreign', 'Bishkek', N, {'note': 'NI:origin of shoppers'}),
        ('Jetisu Region', 1, 'region', JTR, JTR, {'note': "NI:inside an official's title"}),
        ('Taldykorgan', 1, 'city', 'Taldykorgan', JTR, {'note': 'NI:where the akim spoke'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:site of talks'}),
        ('Ili', 0, 'facility', 'Ili River', N, {'subkind': 'river'}),
        ('China', 1, 'foreign', 'China', N),
        ('Lake Balkhash', 0, 'facility', 'Lake Balkhash', N, {'subkind': 'lake'}),
        ('Irtysh', 0, 'facility', 'Irtysh River', N, {'subkind': 'river'}),
        ('China', 2, 'foreign', 'China', N),
        ('Oskemen', 0, 'city', 'Oskemen', EKR, {'note': 'NI:on the river'}),
        ('Pavlodar', 0, 'city', 'Pavlodar', PR, {'note': 'NI:on the river'}),
        ('Russia', 0, 'foreign', 'Russia', N),
        ('Omsk', 0, 'foreign', 'Omsk', N),
        ('Xinjiang', 1, 'foreign', 'Xinjiang', N),
     ],
     inc={JTR: (2, 'lorry fire at the Nur Zholy checkpoint near Khorgos; background January fatal loader accident at the Khorgos Gateway dry port')}),
]
