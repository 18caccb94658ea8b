"""English texts of the thirty-first unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420). Theme: elections, parliament and diplomacy."""
N = None
JR, ALR, KYR, TR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'Turkistan Region', 'South Kazakhstan Region'
ABR, JTR, EKR, MR, KOR = 'Abai Region', 'Jetisu Region', 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR, UR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region', 'Ulytau Region'
ATR, AR, WKR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region'

DOCS = [
dict(id='p001', date='2005-12-05', lang='en',
     event='2005 presidential election: observers pushed out of a polling station on Baidibek Bi Avenue in Shymkent (South Kazakhstan Region), unsanctioned rally with 18 detained on Republic Square in Almaty, observers detained in three other regions; turnout in 14 regions; OSCE monitors in Semipalatinsk, Pavlodar, Talgar',
     text="""Nazarbayev re-elected; observers pushed out of Shymkent polling station
ALMATY, Dec 5 (Reuters) - Kazakhstan's President Nursultan Nazarbayev won a new seven-year term with 91 percent of the vote, the Central Election Commission said on Monday, while the opposition reported a scuffle at a polling station in Shymkent and detentions of its observers.
Turnout was 76.8 percent and exceeded 70 percent in 14 regions, commission chairman Onalsyn Zhumabekov told reporters in Astana. It was highest in the South Kazakhstan and Kyzylorda regions and lowest in Almaty, the largest city.
In Shymkent, about a dozen young men pushed two observers of the For a Just Kazakhstan movement out of polling station No. 112, in a school on Baidibek Bi Avenue, shortly before the count on Sunday evening. Police took one observer away and released him three hours later. The city election commission said the men were voters who objected to being filmed.
Observers were also detained in three other regions, said Zharmakhan Tuyakbay, who came second with 6.6 percent after ending his campaign with a rally in Ust-Kamenogorsk last week.
In Almaty on Monday, police detained 18 people when about 300 opposition supporters gathered without permission on Republic Square. Most were released by the evening.
The OSCE observer mission, whose election office is based in Warsaw, said the vote fell short of international standards despite some improvements. Its monitors visited polling stations in Semipalatinsk, Pavlodar, Talgar and villages around Taraz.
Nazarbayev, who voted at a school in Astana with his wife Sara, received congratulations by telephone from Russian President Vladimir Putin in Moscow and from Chinese President Hu Jintao in Beijing. He is due to be sworn in next month.""",
     ann=[
        ('Shymkent', 0, 'city', 'Shymkent', SKR, {'note': 'headline; South Kazakhstan Region before 2018-06-19'}),
        ('ALMATY', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('Shymkent', 1, 'city', 'Shymkent', SKR),
        ('14 regions', 0, 'quantified', '14 regions', N, {'count': 14, 'unit': 'region', 'note': 'turnout above 70 percent; not about incidents'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:place of the briefing'}),
        ('South Kazakhstan', 0, 'region', SKR, SKR, {'note': 'NI:turnout; list sharing "regions"'}),
        ('Kyzylorda', 0, 'region', KYR, KYR, {'note': 'NI:turnout; list sharing "regions"'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:turnout'}),
        ('Shymkent', 2, 'city', 'Shymkent', SKR),
        ('Baidibek Bi Avenue', 0, 'facility', 'Baidibek Bi Avenue (Shymkent)', SKR, {'subkind': 'street', 'note': 'street named after a person'}),
        ('three other regions', 0, 'quantified', '3 other regions', N, {'count': 3, 'unit': 'region', 'note': 'observers detained in unnamed regions'}),
        ('Ust-Kamenogorsk', 0, 'city', 'Oskemen', EKR, {'note': 'NI:site of a campaign rally'}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty'),
        ('Republic Square', 0, 'facility', 'Republic Square (Almaty)', 'Almaty', {'subkind': 'square'}),
        ('Warsaw', 0, 'foreign', 'Warsaw', N, {'note': 'NI:seat of the OSCE election office'}),
        ('Semipalatinsk', 0, 'city', 'Semey', EKR, {'note': 'NI:visited by monitors; East Kazakhstan Region before 2022-06-08'}),
        ('Pavlodar', 0, 'city', 'Pavlodar', PR, {'note': 'NI:visited by monitors'}),
        ('Talgar', 0, 'city', 'Talgar', ALR, {'note': 'NI:visited by monitors'}),
        ('Taraz', 0, 'city', 'Taraz', JR, {'note': 'NI:reference point for villages'}),
        ('Astana', 1, 'city', 'Astana', 'Astana', {'note': "NI:the president's polling place"}),
        ('Moscow', 0, 'foreign', 'Moscow', N),
        ('Beijing', 0, 'foreign', 'Beijing', N),
     ],
     inc={SKR: (1, 'observers pushed out of polling station No. 112 on Baidibek Bi Avenue in Shymkent, one taken away by police (one event: avenue and city)'),
          'Almaty': (1, 'unsanctioned opposition rally on Republic Square with 18 detained')},
     unatt=[{'label': 'three other regions', 'count': 3, 'note': 'observers detained in three unnamed regions'}]),

dict(id='p002', date='2019-06-10', lang='en',
     event='2019 snap presidential election: unsanctioned rallies with detentions in Nur-Sultan (Astana) and on Astana Square in Almaty; Shymkent as its own unit, Turkistan Region; Nursultan Nazarbayev and Nur Otan are not places',
     text="""Tokayev wins Kazakh presidential vote as police detain protesters
NUR-SULTAN, June 10 (Reuters) - Kassym-Jomart Tokayev, the interim leader hand-picked by Nursultan Nazarbayev, won Sunday's snap presidential election with 70.8 percent of the vote, Kazakhstan's election commission said on Monday.
Police detained about 500 people at unsanctioned rallies in Nur-Sultan and Almaty on election day, the Interior Ministry said. In Almaty, riot police pushed several hundred protesters off Astana Square and onto buses; in the capital, a smaller crowd gathered near the railway station and was dispersed within an hour.
Amirzhan Kosanov, the only opposition-minded candidate, took 16 percent and did best in Almaty and in Shymkent, which voted as a separate unit for the first time in a presidential election. In Turkistan Region turnout reached 87 percent.
Tokayev, the candidate of the ruling Nur Otan party, voted in Nur-Sultan, which was called Astana until March. Observers from the OSCE said the detentions had tarnished the vote.""",
     ann=[
        ('NUR-SULTAN', 0, 'city', 'Astana', 'Astana', {'note': 'dateline; the capital named Nur-Sultan 2019-2022'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('Nur-Sultan', 0, 'city', 'Astana', 'Astana'),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty'),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty'),
        ('Astana Square', 0, 'facility', 'Astana Square (Almaty)', 'Almaty', {'subkind': 'square', 'note': 'a square in Almaty named after the capital; not Astana'}),
        ('Almaty', 2, 'city', 'Almaty', 'Almaty', {'note': 'NI:vote result'}),
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:vote result; own unit since 2018-06-19'}),
        ('Turkistan Region', 0, 'region', TR, TR, {'note': 'NI:turnout'}),
        ('Nur-Sultan', 1, 'city', 'Astana', 'Astana', {'note': "NI:the candidate's polling place"}),
        ('Astana', 1, 'city', 'Astana', 'Astana', {'note': 'NI:former name of the capital'}),
     ],
     inc={'Astana': (1, 'unsanctioned rally near the railway station in Nur-Sultan, dispersed, with detentions'),
          'Almaty': (1, 'unsanctioned rally on Astana Square in Almaty, protesters pushed onto buses and detained')}),

dict(id='p003', date='1994-03-09', lang='en',
     event='1994 Supreme Council election: repeat ballots in Taldy-Kurgan and Zhezkazgan regions (abolished 1997; Almaty and Karaganda Region land), Taldykorgan, Zhezkazgan, Satpayev; Akmola the city (no incident)',
     text="""Repeat ballots ordered in Taldy-Kurgan region after parliament vote
ALMATY, March 9 (Interfax) - Kazakhstan's Central Election Commission has ordered repeat voting for several seats in the Taldy-Kurgan and Zhezkazgan regions, where no candidate in the March 7 elections to the Supreme Council won more than half of the vote.
Nationwide turnout was 73.5 percent. In the city of Taldykorgan, the regional centre, two collective farm chairmen will meet again in the run-off on March 21. In Zhezkazgan, the director of the copper combine lost narrowly to a schoolteacher from the town of Satpayev.
A commission spokesman said the new Supreme Council, with 177 deputies, would hold its first session in Almaty in April. The city of Akmola elected two deputies, both of them factory managers.
Observers from the CSCE, who travelled from Vienna, said they had seen family voting in several villages near Karaganda but described the voting as calm and orderly.""",
     ann=[
        ('Taldy-Kurgan region', 0, 'region', ALR, ALR, {'uncertain': True, 'note': 'headline; Taldy-Kurgan Region, abolished in 1997, its land in Almaty Region'}),
        ('ALMATY', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('Taldy-Kurgan', 1, 'region', ALR, ALR, {'uncertain': True, 'note': 'Taldy-Kurgan Region, abolished in 1997, its land in Almaty Region; list sharing "regions"'}),
        ('Zhezkazgan', 0, 'region', KR, KR, {'uncertain': True, 'note': 'Zhezkazgan Region, abolished in 1997, its land in Karaganda Region; list sharing "regions"'}),
        ('Taldykorgan', 0, 'city', 'Taldykorgan', ALR, {'note': 'Almaty Region land before 2022-06-08'}),
        ('Zhezkazgan', 1, 'city', 'Zhezkazgan', KR, {'note': 'Karaganda Region land before 2022-06-08'}),
        ('Satpayev', 0, 'city', 'Satpayev', KR),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty'),
        ('Akmola', 0, 'city', 'Astana', 'Astana', {'note': 'the city of Akmola, now Astana; not Akmola Region'}),
        ('Vienna', 0, 'foreign', 'Vienna', N),
        ('several villages', 0, 'quantified', 'several villages', N, {'count': None, 'unit': 'village', 'note': 'family voting observed; not about incidents'}),
        ('Karaganda', 0, 'city', 'Karaganda', KR, {'note': 'reference point'}),
     ],
     inc={}),

dict(id='p004', date='2008-10-15', lang='en',
     event='2008 new ambassador to Turkey presents credentials in Ankara; Shymkent-Istanbul flights, the Kazakh-Turkish university in Turkestan (South Kazakhstan Region), Almaty-Khorgos road; Zhambyl Zhabayev and the surname Zhambylov are persons (no incident)',
     text="""Kazakh envoy presents credentials in Ankara
ANKARA, Oct 15 (Kazinform) - Kazakhstan's new ambassador to Turkey, Marat Zhambylov, presented his credentials to President Abdullah Gul in Ankara on Wednesday.
Zhambylov, who was deputy governor of South Kazakhstan Region until May, said he would work for direct flights from Shymkent to Istanbul and for more Turkish students at the Kazakh-Turkish university in Turkestan, which bears the name of the Sufi poet Khoja Ahmed Yasawi.
The embassy will hold an evening of the poetry of Zhambyl Zhabayev in Ankara in November, and the consulate general in Istanbul will open an office in Antalya, where more than 40,000 Kazakh tourists stayed this summer.
Turkish firms have built much of the new capital, Astana, and are bidding for the reconstruction of the road between Almaty and Khorgos, on the Chinese border.""",
     ann=[
        ('Ankara', 0, 'foreign', 'Ankara', N, {'note': 'headline'}),
        ('ANKARA', 0, 'foreign', 'Ankara', N, {'note': 'dateline'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('Turkey', 0, 'foreign', 'Turkey', N, {'note': 'ambassador to Turkey'}),
        ('Ankara', 1, 'foreign', 'Ankara', N),
        ('South Kazakhstan Region', 0, 'region', SKR, SKR, {'note': "inside an official's former title"}),
        ('Shymkent', 0, 'city', 'Shymkent', SKR, {'note': 'endpoint of planned flights'}),
        ('Istanbul', 0, 'foreign', 'Istanbul', N),
        ('Turkestan', 0, 'city', 'Turkistan', SKR, {'note': 'South Kazakhstan Region before 2018-06-19'}),
        ('Ankara', 2, 'foreign', 'Ankara', N),
        ('Istanbul', 1, 'foreign', 'Istanbul', N, {'note': 'seat of the consulate general'}),
        ('Antalya', 0, 'foreign', 'Antalya', N),
        ('Astana', 0, 'city', 'Astana', 'Astana'),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'road endpoint'}),
        ('Khorgos', 0, 'village', 'Khorgos', ALR, {'note': 'road endpoint; Panfilov district, Almaty Region before 2022-06-08'}),
     ],
     inc={}),

dict(id='p005', date='2023-03-20', lang='en',
     event='2023 Mazhilis election: scuffle between a commission member and an observer at a polling station in Shamalgan, Karasai district (Almaty Region), two observers detained at a polling station on Dostyk Avenue in Oral (West Kazakhstan Region); first maslikhats of Abai, Jetisu and Ulytau regions (Semey, Taldykorgan, Zhezkazgan), Konaev the new seat of Almaty Region; Auyl party',
     text="""Amanat wins Mazhilis vote; scuffle at polling station near Almaty
ASTANA, March 20 (Vlast.kz) - The ruling Amanat party won 53.9 percent of the party-list vote in Sunday's election to the Mazhilis, the Central Election Commission said on Monday. Auyl, Respublica, Ak Zhol, the People's Party and the social democrats also cleared the five percent threshold.
For the first time since 2004, a third of the deputies were elected in single-member districts. Independent candidates won in Medeu district of Almaty and in Temirtau.
Turnout was 54.2 percent: above 70 percent in the Turkistan and Kyzylorda regions and below 30 percent in Almaty. Voters in the three regions created last June, Abai, Jetisu and Ulytau, elected their first regional maslikhats. In Semey, Taldykorgan and Zhezkazgan, the new regional centres, turnout was between 50 and 60 percent.
In the village of Shamalgan, in Karasai district of Almaty Region, a member of a precinct commission and an observer came to blows after the observer tried to photograph the voter lists, police said. Both were fined for petty hooliganism.
In Oral, police detained two observers of the Respublica party who refused to leave a polling station on Dostyk Avenue when the count began. The party said they had been filming the ballot boxes, and that a third observer was threatened.
In Konaev, which replaced Taldykorgan as the seat of Almaty Region last year, the new regional maslikhat will meet for its first session on March 29.
Diplomats accredited in Astana watched the voting in Kosshy, a satellite town of the capital in Akmola Region. The OSCE mission said the campaign had been more competitive than in 2021.""",
     ann=[
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:headline; reference point ("near Almaty")'}),
        ('ASTANA', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Medeu district', 0, 'district', 'Medeu District (Almaty)', 'Almaty', {'subkind': 'city district', 'note': 'NI:election result'}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:election result'}),
        ('Temirtau', 0, 'city', 'Temirtau', KR, {'note': 'NI:election result'}),
        ('Turkistan', 0, 'region', TR, TR, {'note': 'NI:turnout; list sharing "regions"'}),
        ('Kyzylorda', 0, 'region', KYR, KYR, {'note': 'NI:turnout; list sharing "regions"'}),
        ('Almaty', 2, 'city', 'Almaty', 'Almaty', {'note': 'NI:turnout'}),
        ('three regions', 0, 'quantified', '3 regions', N, {'count': 3, 'unit': 'region', 'note': 'the three regions created in June 2022, all named; not about incidents'}),
        ('Abai', 0, 'region', ABR, ABR, {'note': 'NI:bare name after "the three regions"'}),
        ('Jetisu', 0, 'region', JTR, JTR, {'note': 'NI:bare name after "the three regions"'}),
        ('Ulytau', 0, 'region', UR, UR, {'note': 'NI:bare name after "the three regions"'}),
        ('Semey', 0, 'city', 'Semey', ABR, {'note': 'NI:turnout'}),
        ('Taldykorgan', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:turnout'}),
        ('Zhezkazgan', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:turnout'}),
        ('Shamalgan', 0, 'village', 'Shamalgan', ALR),
        ('Karasai district', 0, 'district', 'Karasai District', ALR),
        ('Almaty Region', 0, 'region', ALR, ALR),
        ('Oral', 0, 'city', 'Oral', WKR),
        ('Dostyk Avenue', 0, 'facility', 'Dostyk Avenue (Oral)', WKR, {'subkind': 'street'}),
        ('Konaev', 0, 'city', 'Konaev', ALR, {'note': 'NI:seat of the regional maslikhat'}),
        ('Taldykorgan', 1, 'city', 'Taldykorgan', JTR, {'note': 'NI:former seat of Almaty Region'}),
        ('Almaty Region', 1, 'region', ALR, ALR, {'note': 'NI:seat of the region'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:where diplomats are accredited'}),
        ('Kosshy', 0, 'city', 'Kosshy', AKR, {'note': 'NI:voting watched by diplomats'}),
        ('Akmola Region', 0, 'region', AKR, AKR, {'note': 'NI:unit of Kosshy'}),
     ],
     inc={ALR: (1, 'commission member and observer came to blows at a polling station in Shamalgan, Karasai district (one event: village, district, region)'),
          WKR: (1, 'two observers detained at a polling station on Dostyk Avenue in Oral')}),

dict(id='p006', date='2016-03-21', lang='en',
     event='2016 Mazhilis election: Auyl party strong in rural Kostanay region (Fyodorovka, Auliekol district, Kushmurun), turnout in Rudny and Lisakovsk, voters from Troitsk (Chelyabinsk region, Russia) and Omsk; the Auyl party is not a place (no incident)',
     text="""Auyl party misses Mazhilis but does well in Kostanay region
KOSTANAY, March 21 (KazTAG) - The Auyl party, which campaigned for higher subsidies to livestock farmers, won 2 percent nationally in Sunday's Mazhilis election but more than 7 percent in some rural districts of Kostanay region, the regional election commission said on Monday.
Party chairman Gani Kalymbetov held his last campaign meeting in Fyodorovka, near the Russian border, and later toured Auliekol district, where Auyl came second behind Nur Otan in the village of Kushmurun.
Nur Otan took 82 percent nationwide, and Ak Zhol and the Communist People's Party also won seats. In Rudny and Lisakovsk, mining towns where voters also elected city maslikhats, turnout exceeded 80 percent.
About 300 Kazakh citizens who work in Troitsk, in Russia's Chelyabinsk region, crossed the border to vote in Kostanay, and some 40 cast their ballots at Kazakhstan's consulate general in Omsk.""",
     ann=[
        ('Kostanay region', 0, 'region', KOR, KOR, {'note': 'headline'}),
        ('KOSTANAY', 0, 'city', 'Kostanay', KOR, {'note': 'dateline'}),
        ('Kostanay region', 1, 'region', KOR, KOR),
        ('Fyodorovka', 0, 'village', 'Fyodorovka', KOR),
        ('Auliekol district', 0, 'district', 'Auliekol District', KOR),
        ('Kushmurun', 0, 'village', 'Kushmurun', KOR),
        ('Rudny', 0, 'city', 'Rudny', KOR),
        ('Lisakovsk', 0, 'city', 'Lisakovsk', KOR),
        ('Troitsk', 0, 'foreign', 'Troitsk', N, {'note': "voters' workplace"}),
        ('Russia', 0, 'foreign', 'Russia', N),
        ('Chelyabinsk region', 0, 'foreign', 'Chelyabinsk Oblast', N),
        ('Kostanay', 2, 'city', 'Kostanay', KOR),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('Omsk', 0, 'foreign', 'Omsk', N),
     ],
     inc={}),

dict(id='p007', date='2012-01-16', lang='en',
     event='2012 Mazhilis election: Zhanaozen votes under a state of emergency a month after the December 16 clashes in which police shot rioters (background incident, Mangystau Region); Shymkent in South Kazakhstan Region; journalists from Almaty need permits from Aktau',
     text="""Zhanaozen votes under emergency rule a month after deadly clashes
AKTAU, Jan 16 (Reuters) - Voters in the oil town of Zhanaozen cast their ballots in Sunday's parliamentary election under a state of emergency, a month after police opened fire on rioting oil workers and their supporters in the town's central square, killing 16 people on December 16.
Turnout in Zhanaozen was 72 percent, and soldiers stood at the entrance of every polling station, the Mangystau regional election commission said. Journalists from Almaty were allowed into the town only with permits issued by the authorities in Aktau.
Nur Otan won 81 percent nationally, and Ak Zhol and the Communist People's Party of Kazakhstan also entered the Mazhilis, ending six years in which it had only one party.
In Shymkent, where Ak Zhol won 11 percent, the party's list was headed by a local businessman. The OSCE said the election did not meet key principles of a democratic vote.""",
     ann=[
        ('Zhanaozen', 0, 'city', 'Zhanaozen', MR, {'note': 'headline'}),
        ('AKTAU', 0, 'city', 'Aktau', MR, {'note': 'dateline'}),
        ('Zhanaozen', 1, 'city', 'Zhanaozen', MR),
        ('Zhanaozen', 2, 'city', 'Zhanaozen', MR),
        ('Mangystau', 0, 'region', MR, MR, {'note': 'inside the name of an authority'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': "NI:journalists' origin"}),
        ('Aktau', 0, 'city', 'Aktau', MR, {'note': 'NI:seat of the authorities issuing permits'}),
        ('Shymkent', 0, 'city', 'Shymkent', SKR, {'note': 'NI:election result; South Kazakhstan Region before 2018-06-19'}),
     ],
     inc={MR: (1, 'background: police fire on rioting oil workers in the central square of Zhanaozen on December 16, 16 killed (narrated explicitly); the state of emergency and the vote are not incidents')}),

dict(id='p008', date='2025-08-09', lang='en',
     event='2025 consultative summit of Central Asian presidents in Astana (Palace of Independence, Burabay): Syr Darya water, Toktogul and Koksaray reservoirs, Turkistan-Tashkent motorway, Khorgos crossing and Aktau-Baku route, zone near Saryagash (no incident)',
     text="""Central Asian leaders agree on water and transit at Astana summit
ASTANA, Aug 9 (Kazinform) - The presidents of Kazakhstan, Uzbekistan, Kyrgyzstan, Tajikistan and Turkmenistan agreed on Saturday to coordinate summer water releases on the Syr Darya and to build a second motorway between Turkistan and Tashkent, at their annual consultative meeting in Astana.
President Kassym-Jomart Tokayev received his guests at the Palace of Independence, where Azerbaijan's President Ilham Aliyev joined the talks as a guest of honour. The day before, the leaders had held informal talks at the Burabay resort in Akmola Region.
Under the water deal, Kyrgyzstan will release more water from the Toktogul reservoir in July and August, and Kazakhstan will hold back winter flows in the Koksaray reservoir in Turkistan Region to protect farms downstream in Kyzylorda Region.
Transport ministers signed a plan to route more Chinese freight through the Khorgos crossing in Jetisu Region and across the Caspian from the port of Aktau to Baku, along the route known as the Middle Corridor. Uzbekistan's President Shavkat Mirziyoyev proposed a joint industrial zone on the border near Saryagash.
"Central Asia is no longer a region of closed borders," Tokayev told reporters after the signing. He will visit Bishkek in October, and next year's meeting will be held in Ashgabat.
Ambassadors of 30 countries attended the closing reception. Police closed several streets on the Left Bank of the Yesil during the two days of talks, and flights at the city's airport were briefly held up when the leaders arrived.""",
     ann=[
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'headline'}),
        ('ASTANA', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('Uzbekistan', 0, 'foreign', 'Uzbekistan', N),
        ('Kyrgyzstan', 0, 'foreign', 'Kyrgyzstan', N),
        ('Tajikistan', 0, 'foreign', 'Tajikistan', N),
        ('Turkmenistan', 0, 'foreign', 'Turkmenistan', N),
        ('Syr Darya', 0, 'facility', 'Syr Darya', N, {'subkind': 'river'}),
        ('Turkistan', 0, 'city', 'Turkistan', TR, {'note': 'endpoint of a planned motorway'}),
        ('Tashkent', 0, 'foreign', 'Tashkent', N, {'note': 'endpoint of a planned motorway'}),
        ('Astana', 1, 'city', 'Astana', 'Astana'),
        ('Palace of Independence', 0, 'facility', 'Palace of Independence (Astana)', 'Astana', {'subkind': 'building'}),
        ('Azerbaijan', 0, 'foreign', 'Azerbaijan', N),
        ('Burabay', 0, 'village', 'Burabay', AKR, {'note': 'resort settlement'}),
        ('Akmola Region', 0, 'region', AKR, AKR),
        ('Kyrgyzstan', 1, 'foreign', 'Kyrgyzstan', N),
        ('Toktogul reservoir', 0, 'foreign', 'Toktogul reservoir', N, {'note': 'reservoir in Kyrgyzstan'}),
        ('Kazakhstan', 1, 'country', 'Kazakhstan', N),
        ('Koksaray reservoir', 0, 'facility', 'Koksaray reservoir', TR, {'subkind': 'reservoir'}),
        ('Turkistan Region', 0, 'region', TR, TR),
        ('Kyzylorda Region', 0, 'region', KYR, KYR),
        ('Khorgos crossing', 0, 'facility', 'Khorgos border crossing', JTR, {'subkind': 'border crossing'}),
        ('Jetisu Region', 0, 'region', JTR, JTR),
        ('Caspian', 0, 'facility', 'Caspian Sea', N, {'subkind': 'sea'}),
        ('Aktau', 0, 'city', 'Aktau', MR, {'note': 'route endpoint'}),
        ('Baku', 0, 'foreign', 'Baku', N, {'note': 'route endpoint'}),
        ('Uzbekistan', 1, 'foreign', 'Uzbekistan', N),
        ('Saryagash', 0, 'city', 'Saryagash', TR, {'note': 'reference point'}),
        ('Central Asia', 0, 'foreign', 'Central Asia', N, {'subkind': 'macro-region', 'uncertain': True, 'note': 'macro-region that includes Kazakhstan'}),
        ('Bishkek', 0, 'foreign', 'Bishkek', N),
        ('Ashgabat', 0, 'foreign', 'Ashgabat', N),
        ('30 countries', 0, 'quantified', '30 countries', N, {'count': 30, 'unit': 'country', 'note': "ambassadors' countries; not about incidents"}),
        ('Left Bank', 0, 'district', 'Left Bank (Astana)', 'Astana', {'subkind': 'microdistrict', 'note': 'named part of the city, not an administrative district'}),
        ('Yesil', 0, 'facility', 'Yesil', N, {'subkind': 'river'}),
     ],
     inc={}),
]
