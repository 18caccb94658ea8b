"""English texts of the twenty-third unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
JR, ALR, KYR, TR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'Turkistan Region', 'South Kazakhstan Region'
ABR, JTR, EKR, MR, KOR = 'Abai Region', 'Jetisu Region', 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR, UR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region', 'Ulytau Region'
ATR, AR, WKR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region'

DOCS = [
dict(id='p001', date='2019-05-13', lang='en',
     event='2019 brawl of Zhetysu and Kairat fans with 17 detained at the Zhetysu Stadium in Taldykorgan (Almaty Region before the 2022 split); other matches in Shymkent, Kostanay, Petropavl and Pavlodar; a training base in Maikuduk (Karaganda); fan fights in four other cities',
     text="""Police detain 17 after Zhetysu-Kairat brawl in Taldykorgan
TALDYKORGAN, May 13 (KazTAG) - Police in Taldykorgan detained 17 people after supporters of Zhetysu and Kairat fought in the north stand of the Zhetysu Stadium during Sunday's Premier League match, the Almaty Region police department said on Monday.
The fight started after Kairat's second goal, when home fans tore down a banner brought by visitors from Almaty. Play was stopped for twelve minutes while riot police cleared two sectors. Six people, one steward among them, were treated for cuts and bruises at the regional hospital on Abylai Khan Street.
Kairat won 3-1. Their supporters, who had travelled in a convoy of buses along the Almaty-Taldykorgan highway, were escorted out of the city after the final whistle.
The league's disciplinary committee in Nur-Sultan will meet on Wednesday. A league spokesman said fans had fought at matches in four other cities since the season opened in March, and that home clubs would now have to pay for extra stewards.
Elsewhere in the round, Ordabasy beat Kaisar 2-0 in Shymkent before 15,000 spectators, the biggest crowd in Kazakhstan this weekend. Tobol drew 1-1 with Shakhter in Kostanay, and Kyzylzhar lost 0-2 at home in Petropavl to Astana, the champions. Irtysh's match against Aktobe in Pavlodar was moved to Tuesday because of a storm warning.
On Friday Shakhter opened a training base with two heated pitches in the Maikuduk district of Karaganda, built with money from a coal company.
Zhetysu, fifth last season, face a fine of up to 5 million tenge and could be ordered to play two home games behind closed doors. "We will find the people who brought the fight into our stadium," the club's director told reporters.""",
     ann=[
        ('Taldykorgan', 0, 'city', 'Taldykorgan', ALR, {'note': 'headline'}),
        ('TALDYKORGAN', 0, 'city', 'Taldykorgan', ALR, {'note': 'dateline'}),
        ('Taldykorgan', 1, 'city', 'Taldykorgan', ALR),
        ('Zhetysu Stadium', 0, 'facility', 'Zhetysu Stadium (Taldykorgan)', ALR, {'subkind': 'stadium'}),
        ('Almaty Region', 0, 'region', ALR, ALR, {'note': 'inside the name of an authority'}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of the visiting fans'}),
        ('Abylai Khan Street', 0, 'facility', 'Abylai Khan Street (Taldykorgan)', ALR, {'subkind': 'street', 'note': 'NI:hospital where the injured were treated'}),
        ('Almaty', 2, 'city', 'Almaty', 'Almaty', {'note': 'NI:route endpoint'}),
        ('Taldykorgan', 2, 'city', 'Taldykorgan', ALR, {'note': 'NI:route endpoint'}),
        ('Nur-Sultan', 0, 'city', 'Astana', 'Astana', {'note': "NI:seat of the league's committee"}),
        ('four other cities', 0, 'quantified', '4 other cities', N, {'count': 4, 'unit': 'city', 'note': 'fan fights earlier in the season in unnamed cities'}),
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:site of a match'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('Kostanay', 0, 'city', 'Kostanay', KOR, {'note': 'NI:site of a match'}),
        ('Petropavl', 0, 'city', 'Petropavl', NKR, {'note': 'NI:site of a match'}),
        ('Pavlodar', 0, 'city', 'Pavlodar', PR, {'note': 'NI:site of a postponed match'}),
        ('Maikuduk district', 0, 'district', 'Maikuduk (Karaganda)', KR, {'subkind': 'microdistrict'}),
        ('Karaganda', 0, 'city', 'Karaganda', KR),
     ],
     inc={ALR: (1, 'brawl of Zhetysu and Kairat fans in the north stand of the Zhetysu Stadium in Taldykorgan, 17 detained, six treated (one event: stadium and city)')},
     unatt=[{'label': 'four other cities', 'count': 4, 'note': 'fan fights at matches earlier in the season in four unnamed cities'}]),

dict(id='p002', date='1996-08-29', lang='en',
     event='1996 fifth anniversary of the closure of the Semipalatinsk test site: gathering in Semipalatinsk, a choir from Karaul (Abai district), a clinic in Kurchatov (Semipalatinsk Region, labelled East Kazakhstan Region); the Nevada-Semipalatinsk movement and the poet Abai are not places (no incident)',
     text="""Semipalatinsk marks five years since nuclear test site closed
SEMIPALATINSK, Kazakhstan, Aug 29 (Reuters) - Several thousand people gathered in Semipalatinsk on Thursday to mark five years since the closure of the Semipalatinsk test site, where Soviet scientists set off 456 nuclear explosions between 1949 and 1989.
Wreaths were laid at a memorial stone on the bank of the Irtysh, and a choir from the village of Karaul, in Abai district, sang songs by the poet Abai, who was born in the hills south of the city.
Activists of the Nevada-Semipalatinsk movement, founded in Alma-Ata in 1989, said tens of thousands of villagers in Semipalatinsk Region still had no regular medical checks. "The tests stopped, the illnesses did not," said a doctor from Kurchatov, the former closed town of the test site's scientists.
Doctors from Hiroshima, in Japan, who visited the region in July, will present their findings in Almaty in October. The government has asked donors for $40 million for clinics in the area.""",
     ann=[
        ('Semipalatinsk', 0, 'city', 'Semey', EKR, {'note': 'headline'}),
        ('SEMIPALATINSK', 0, 'city', 'Semey', EKR, {'note': 'dateline'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N, {'note': 'dateline'}),
        ('Semipalatinsk', 1, 'city', 'Semey', EKR, {'note': 'site of a commemorative gathering (no incident)'}),
        ('Semipalatinsk test site', 0, 'facility', 'Semipalatinsk test site', N, {'subkind': 'test site', 'note': 'former nuclear test site spanning several regions'}),
        ('Irtysh', 0, 'facility', 'Irtysh', N, {'subkind': 'river'}),
        ('Karaul', 0, 'village', 'Karaul', EKR, {'note': 'NI:origin of the choir'}),
        ('Abai district', 0, 'district', 'Abai District', EKR, {'note': 'district of Semipalatinsk Region in 1996, East Kazakhstan Region land after 1997'}),
        ('Alma-Ata', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:where the movement was founded'}),
        ('Semipalatinsk Region', 0, 'region', EKR, EKR, {'uncertain': True, 'note': 'Semipalatinsk Region, abolished in 1997; labelled with the unit that took its land (East Kazakhstan Region)'}),
        ('Kurchatov', 0, 'city', 'Kurchatov', EKR, {'note': "NI:the doctor's workplace"}),
        ('Hiroshima', 0, 'foreign', 'Hiroshima', N, {'note': 'NI:origin of the doctors'}),
        ('Japan', 0, 'foreign', 'Japan', N),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:venue of a future presentation'}),
     ],
     inc={}),

dict(id='p003', date='2023-06-20', lang='en',
     event='2023 kandas families from Bayan-Olgii (Mongolia) settle in Urzhar district, Makanshi, Bakhty and Ayagoz (Abai Region, a year after its creation); flight to Oskemen; quota regions listed (no incident)',
     text="""First kandas families of the year settle in Abai Region
SEMEY, June 20 (Kazinform) - Forty-two families of ethnic Kazakhs from Mongolia's Bayan-Olgii province have settled in Urzhar district this month, the Abai Region employment department said on Tuesday.
The 187 newcomers flew from Ulaanbaatar to Oskemen on a charter flight and were taken on by bus. Most of them will live in Makanshi and Bakhty, two villages near the Chinese border, where the district akimat has bought 30 houses and found jobs for 51 adults on farms and at the Bakhty border crossing. Six families chose Ayagoz, where relatives had settled in 2008.
Under this year's quota the government wants repatriates, known as kandas, to move to the Abai, North Kazakhstan, Kostanay and Pavlodar regions, where villages are losing people, rather than to Almaty and Shymkent. Another 15 families from Xinjiang, in China, are expected in Urzhar in July.
Each family receives a one-off payment of about 2 million tenge.""",
     ann=[
        ('Abai Region', 0, 'region', ABR, ABR, {'note': 'headline'}),
        ('SEMEY', 0, 'city', 'Semey', ABR, {'note': 'dateline'}),
        ("Mongolia", 0, 'foreign', 'Mongolia', N, {'note': 'NI:origin of the repatriates'}),
        ('Bayan-Olgii province', 0, 'foreign', 'Bayan-Olgii Province', N, {'note': 'NI:origin of the repatriates'}),
        ('Urzhar district', 0, 'district', 'Urzhar District', ABR),
        ('Abai Region', 1, 'region', ABR, ABR, {'note': 'inside the name of an authority'}),
        ('Ulaanbaatar', 0, 'foreign', 'Ulaanbaatar', N, {'note': 'NI:route endpoint'}),
        ('Oskemen', 0, 'city', 'Oskemen', EKR, {'note': 'NI:route endpoint (airport of arrival)'}),
        ('Makanshi', 0, 'village', 'Makanshi', ABR),
        ('Bakhty', 0, 'village', 'Bakhty', ABR),
        ('Bakhty border crossing', 0, 'facility', 'Bakhty border crossing', ABR, {'subkind': 'border crossing', 'note': 'NI:workplace'}),
        ('Ayagoz', 0, 'city', 'Ayagoz', ABR),
        ('Abai', 2, 'region', ABR, ABR, {'note': 'list sharing the head noun "regions"'}),
        ('North Kazakhstan', 0, 'region', NKR, NKR, {'note': 'list sharing the head noun "regions"'}),
        ('Kostanay', 0, 'region', KOR, KOR, {'note': 'list sharing the head noun "regions"'}),
        ('Pavlodar', 0, 'region', PR, PR, {'note': 'list sharing the head noun "regions"'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty'),
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent'),
        ('Xinjiang', 0, 'foreign', 'Xinjiang', N, {'note': 'NI:origin of the repatriates'}),
        ('China', 0, 'foreign', 'China', N),
        ('Urzhar', 1, 'village', 'Urzhar', ABR, {'note': 'the village, seat of Urzhar district'}),
     ],
     inc={}),

dict(id='p004', date='2016-10-24', lang='en',
     event='2016 jockey killed in a fall at a baiga at the hippodrome of Amangeldy (Kostanay Region) at the centenary of the 1916 uprising; the boy from Torgai (Zhangeldin district); Arkalyk, former seat of the abolished Turgai Region; Amangeldy Imanov and Alibi Zhangeldin are persons',
     text="""Boy jockey dies at baiga marking centenary of 1916 uprising
ARKALYK, Oct 24 (Tengrinews) - A 12-year-old jockey died on Sunday when his horse fell during a 25-kilometre race at the hippodrome of Amangeldy, a village in Kostanay Region, on the last day of celebrations of the centenary of the 1916 uprising, police said.
The boy, from the village of Torgai in neighbouring Zhangeldin district, was thrown as the horses rounded the final bend. He died in the ambulance on the way to the hospital in Arkalyk. The district akimat cancelled the evening concert and declared Monday a day of mourning.
The three-day festival honoured Amangeldy Imanov, who led the rebels of the steppe against the tsar's call-up of Kazakhs for labour behind the front. The village and the district bear his name, and Zhangeldin district is named after his comrade Alibi Zhangeldin. Riders came from Aktobe and Kyzylorda regions and from Karakalpakstan in Uzbekistan.
On Saturday a new school named after Ibrai Altynsarin opened in Arkalyk, which from 1970 was the seat of Turgai Region. The region was abolished in 1988, restored in 1990 and abolished again in 1997, when its districts were divided between the Kostanay and Akmola regions. The town, once home to 65,000 people, now has about 40,000, and its airport has had no scheduled flights for twenty years.
"Turgai gave the country its heroes, and now our children leave for Kostanay and Astana," a teacher said at the opening.
A monument to Imanov was unveiled in Amangeldy on Friday by the regional governor. Officials from the Culture Ministry said the government had spent 420 million tenge on the celebrations in the Kostanay and Aktobe regions.""",
     ann=[
        ('ARKALYK', 0, 'city', 'Arkalyk', KOR, {'note': 'dateline'}),
        ('Amangeldy', 0, 'village', 'Amangeldy', KOR),
        ('Kostanay Region', 0, 'region', KOR, KOR),
        ('Torgai', 0, 'village', 'Torgai', KOR, {'note': "NI:the jockey's home village"}),
        ('Zhangeldin district', 0, 'district', 'Zhangeldin District', KOR, {'note': 'NI:the jockey\'s home district; named after a person'}),
        ('Arkalyk', 0, 'city', 'Arkalyk', KOR, {'note': 'NI:hospital town'}),
        ('Zhangeldin district', 1, 'district', 'Zhangeldin District', KOR),
        ('Aktobe', 0, 'region', AR, AR, {'note': 'NI:origin of riders; list sharing the head noun "regions"'}),
        ('Kyzylorda regions', 0, 'region', KYR, KYR, {'note': 'NI:origin of riders; last item of a list, with the plural head noun'}),
        ('Karakalpakstan', 0, 'foreign', 'Karakalpakstan', N, {'note': 'NI:origin of riders'}),
        ('Uzbekistan', 0, 'foreign', 'Uzbekistan', N),
        ('Arkalyk', 1, 'city', 'Arkalyk', KOR),
        ('Turgai Region', 0, 'region', KOR, KOR, {'uncertain': True, 'note': 'Turgai Region, abolished in 1997; its land went to Kostanay Region (Arkalyk, most districts) and Akmola Region; labelled Kostanay Region'}),
        ('Kostanay', 1, 'region', KOR, KOR, {'note': 'list sharing the head noun "regions"'}),
        ('Akmola', 0, 'region', AKR, AKR, {'note': 'list sharing the head noun "regions"'}),
        ('Turgai', 1, 'region', KOR, KOR, {'uncertain': True, 'note': 'the former Turgai Region (metonymy for its land and people), labelled Kostanay Region'}),
        ('Kostanay', 2, 'city', 'Kostanay', KOR, {'note': 'NI:destination of young people'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:destination of young people'}),
        ('Amangeldy', 2, 'village', 'Amangeldy', KOR, {'note': 'a monument unveiled (no incident)'}),
        ('Kostanay', 3, 'region', KOR, KOR, {'note': 'list sharing the head noun "regions"'}),
        ('Aktobe', 1, 'region', AR, AR, {'note': 'list sharing the head noun "regions"'}),
     ],
     inc={KOR: (1, 'a 12-year-old jockey killed in a fall during a race at the hippodrome of Amangeldy (deadly mishap)')}),

dict(id='p005', date='2018-06-14', lang='en',
     event='2018 Unified National Test results by region, five days before the reform: South Kazakhstan Region first, with Shymkent, Turkestan and Saryagash district; Atyrau, Mangystau and Kyzylorda last; five regions with more failures (no incident)',
     text="""South Kazakhstan tops school test table, Atyrau trails
ASTANA, June 14 (Interfax-Kazakhstan) - School leavers in South Kazakhstan Region scored the highest average in this year's Unified National Test, 84.1 points out of 140, the Education and Science Ministry said on Thursday.
Pupils of the Nazarbayev Intellectual School in Shymkent took four of the eleven perfect scores in the country, and a village school in Saryagash district had the best result among rural schools. The region's schools in Turkestan and Kentau also improved.
Almaty and Astana came second and third. The lowest averages were in the Atyrau, Mangystau and Kyzylorda regions, where a quarter of pupils failed to reach the 50-point threshold.
The share of failures rose in five regions, the ministry said, without naming them. Proctors caught 1,214 pupils with mobile phones in test centres across Kazakhstan this year, up from 900 in 2017.""",
     ann=[
        ('South Kazakhstan', 0, 'region', SKR, SKR, {'note': 'headline; region named without "Region"'}),
        ('Atyrau', 0, 'region', ATR, ATR, {'note': 'headline; the region (its pupils), named without "Region"', 'uncertain': True}),
        ('ASTANA', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('South Kazakhstan Region', 0, 'region', SKR, SKR),
        ('Shymkent', 0, 'city', 'Shymkent', SKR, {'note': 'before the 2018-06-19 reform'}),
        ('Saryagash district', 0, 'district', 'Saryagash District', SKR),
        ('Turkestan', 0, 'city', 'Turkistan', SKR),
        ('Kentau', 0, 'city', 'Kentau', SKR),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty'),
        ('Astana', 0, 'city', 'Astana', 'Astana'),
        ('Atyrau', 1, 'region', ATR, ATR, {'note': 'list sharing the head noun "regions"'}),
        ('Mangystau', 0, 'region', MR, MR, {'note': 'list sharing the head noun "regions"'}),
        ('Kyzylorda', 0, 'region', KYR, KYR, {'note': 'list sharing the head noun "regions"'}),
        ('five regions', 0, 'quantified', '5 regions', N, {'count': 5, 'unit': 'region', 'note': 'exam failures, not incidents'}),
        ('Kazakhstan', 3, 'country', 'Kazakhstan', N),
     ],
     inc={}),

dict(id='p006', date='2022-09-06', lang='en',
     event='2022 hockey: Barys open the KHL season at the Barys Arena in Nur-Sultan; new ice arena in Zhezkazgan, seat of the new Ulytau Region, opened with Saryarka v Altai Torpedo; children from Satpayev and Karazhal; rinks in Kokshetau and Taldykorgan (Jetisu Region); clubs named after places (no incident)',
     text="""Barys open KHL season as Zhezkazgan gets its first ice arena
NUR-SULTAN, Sept 6 (Vlast.kz) - Barys Nur-Sultan began their Kontinental Hockey League season with a 3-2 overtime win over Avangard Omsk at the Barys Arena on Monday, before a crowd of 11,000.
Some 500 km to the south-west, in Zhezkazgan, a 1,500-seat ice arena built by the copper miner Kazakhmys opened on Saturday with an exhibition game between Saryarka Karaganda and Altai Torpedo of Oskemen. It is the first indoor rink in Ulytau Region, which was separated from Karaganda Region in June, and the city's akim said children from Satpayev and Karazhal would train there free of charge.
The hockey federation plans to open children's schools in Kokshetau and Taldykorgan next year. Barys play their next home game on Thursday against Ak Bars Kazan, while Kazakhstan's under-20 team will spend October at a training camp in Ridder.""",
     ann=[
        ('Zhezkazgan', 0, 'city', 'Zhezkazgan', UR, {'note': 'headline'}),
        ('NUR-SULTAN', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Barys Arena', 0, 'facility', 'Barys Arena (Astana)', 'Astana', {'subkind': 'arena'}),
        ('Zhezkazgan', 1, 'city', 'Zhezkazgan', UR),
        ('Oskemen', 0, 'city', 'Oskemen', EKR, {'note': 'NI:home town of the visiting club'}),
        ('Ulytau Region', 0, 'region', UR, UR),
        ('Karaganda Region', 0, 'region', KR, KR, {'note': 'NI:the former unit'}),
        ('Satpayev', 0, 'city', 'Satpayev', UR, {'note': 'NI:home town of the children'}),
        ('Karazhal', 0, 'city', 'Karazhal', UR, {'note': 'NI:home town of the children'}),
        ('Kokshetau', 0, 'city', 'Kokshetau', AKR, {'note': 'NI:planned hockey school'}),
        ('Taldykorgan', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:planned hockey school'}),
        ("Kazakhstan", 0, 'country', 'Kazakhstan', N, {'note': "national team named after the country"}),
        ('Ridder', 0, 'city', 'Ridder', EKR, {'note': 'NI:planned training camp'}),
     ],
     inc={}),

dict(id='p007', date='2006-12-16', lang='en',
     event='2006 20th anniversary of the December 1986 student protest on Brezhnev (now Republic) Square in Alma-Ata, with background protests in Karaganda and Taldy-Kurgan and several other cities; three youth activists detained at an unsanctioned rally in Shymkent (South Kazakhstan Region); Kunayev and Kolbin are persons',
     text="""Kazakhs remember 1986 student protest, 20 years on
ALMATY, Dec 16 (Reuters) - Several hundred people laid flowers at the Independence Monument on Republic Square in Almaty on Saturday, 20 years after Soviet troops broke up a student protest on the same square, then called Brezhnev Square, in what was Alma-Ata.
The protest began on the morning of Dec. 17, 1986, a day after Moscow replaced Dinmukhamed Kunayev, the republic's Communist Party chief for 22 years, with Gennady Kolbin, a Russian from Ulyanovsk who had never worked in Kazakhstan. Students from the Kazakh State University and other colleges marched up what is now Zheltoksan Street to the square. By the next morning troops with sapper shovels and dogs had cleared it. At least two people died and hundreds were detained; survivors say the toll was much higher.
Veterans of the protest said on Saturday that students had also marched in Karaganda and in Taldy-Kurgan, where about 300 people gathered outside the regional party headquarters, and in several other cities. Their accounts were collected for a book to be published next year.
In Shymkent, police detained three members of an unregistered youth group who tried to hold an unsanctioned rally in memory of the victims in Al-Farabi Square on Saturday morning. They were released after two hours, a police spokesman said.
The government, which calls the 1986 events the first challenge to Soviet rule, marks Dec. 16 as Independence Day. President Nursultan Nazarbayev is due to lay a wreath in Astana on Sunday, the 15th anniversary of independence.""",
     ann=[
        ('ALMATY', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Independence Monument', 0, 'facility', 'Independence Monument (Almaty)', 'Almaty', {'subkind': 'monument'}),
        ('Republic Square', 0, 'facility', 'Republic Square (Almaty)', 'Almaty', {'subkind': 'square'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty'),
        ('Brezhnev Square', 0, 'facility', 'Republic Square (Almaty)', 'Almaty', {'subkind': 'square', 'note': 'Soviet name of Republic Square, named after a person'}),
        ('Alma-Ata', 0, 'city', 'Almaty', 'Almaty', {'note': 'Soviet name'}),
        ('Moscow', 0, 'foreign', 'Moscow', N, {'note': 'metonymy for the Soviet leadership', 'uncertain': True}),
        ('Ulyanovsk', 0, 'foreign', 'Ulyanovsk', N, {'note': "NI:Kolbin's origin"}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('Zheltoksan Street', 0, 'facility', 'Zheltoksan Street (Almaty)', 'Almaty', {'subkind': 'street', 'note': 'route of the 1986 march'}),
        ('Karaganda', 0, 'city', 'Karaganda', KR),
        ('Taldy-Kurgan', 0, 'city', 'Taldykorgan', ALR, {'note': 'Soviet spelling; Almaty Region in 2006'}),
        ('several other cities', 0, 'quantified', 'several other cities', N, {'count': None, 'unit': 'city', 'note': 'background 1986 protests in unnamed cities'}),
        ('Shymkent', 0, 'city', 'Shymkent', SKR, {'note': 'before the 2018 reform'}),
        ('Al-Farabi Square', 0, 'facility', 'Al-Farabi Square (Shymkent)', SKR, {'subkind': 'square', 'note': 'named after a person'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:planned wreath-laying'}),
     ],
     inc={'Almaty': (1, 'background: the December 1986 student protest on Brezhnev (Republic) Square in Alma-Ata, broken up by troops (one event: square, street and city)'),
          KR: (1, 'background: students marched in Karaganda in December 1986'),
          ALR: (1, 'background: about 300 people gathered outside the party headquarters in Taldy-Kurgan in December 1986'),
          SKR: (1, 'unsanctioned rally in Al-Farabi Square in Shymkent, three detained (protest and detentions count once)')},
     unatt=[{'label': 'several other cities', 'count': None, 'note': 'background 1986 protests in unnamed cities'}]),

dict(id='p008', date='2025-04-22', lang='en',
     event='2025 new season of excavations at the ancient city of Otrar (Otrar district, Turkistan Region); finds for the museum in Turkestan; the Arystan Bab mausoleum; a visitor centre at Sauran; Japanese team from Kyoto; Yasawi University is not a place (no incident)',
     text="""Archaeologists return to Otrar as Sauran visitor centre opens
SHAUILDIR, April 22 (Kazinform) - Archaeologists from Almaty and Turkestan began a new season of digs at the ancient city of Otrar on Monday, the Turkistan Region culture department said.
The 40-strong team, led by a professor of the Khoja Akhmet Yasawi University, will work until October on the citadel of Otrar, a Silk Road city in Otrar district that flourished until the 16th century. Three scholars from Kyoto, in Japan, joined them this year to study glazed ceramics found last summer near the walls.
The finds will go to the museum in Turkestan, 60 km to the south-east. Visitors can already combine the site with the Arystan Bab mausoleum, 2 km away, and with Sauran, where a visitor centre opened last week on the road from Turkestan to Kyzylorda. The department expects 80,000 foreign tourists, most of them arriving on flights to Shymkent, and plans shuttle buses from the Syr Darya bridge.""",
     ann=[
        ('Otrar', 0, 'facility', 'Otrar (ancient city)', TR, {'subkind': 'archaeological site', 'note': 'headline'}),
        ('Sauran', 0, 'facility', 'Sauran (ancient city)', TR, {'subkind': 'archaeological site', 'note': 'headline'}),
        ('SHAUILDIR', 0, 'village', 'Shauildir', TR, {'note': 'dateline'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of archaeologists'}),
        ('Turkestan', 0, 'city', 'Turkistan', TR, {'note': 'NI:origin of archaeologists'}),
        ('Otrar', 1, 'facility', 'Otrar (ancient city)', TR, {'subkind': 'archaeological site'}),
        ('Turkistan Region', 0, 'region', TR, TR, {'note': 'inside the name of an authority'}),
        ('Otrar', 2, 'facility', 'Otrar (ancient city)', TR, {'subkind': 'archaeological site'}),
        ('Otrar district', 0, 'district', 'Otrar District', TR),
        ('Kyoto', 0, 'foreign', 'Kyoto', N, {'note': 'NI:origin of scholars'}),
        ('Japan', 0, 'foreign', 'Japan', N),
        ('Turkestan', 1, 'city', 'Turkistan', TR, {'note': 'destination of the finds'}),
        ('Arystan Bab mausoleum', 0, 'facility', 'Arystan Bab Mausoleum', TR, {'subkind': 'mausoleum'}),
        ('Sauran', 1, 'facility', 'Sauran (ancient city)', TR, {'subkind': 'archaeological site'}),
        ('Turkestan', 2, 'city', 'Turkistan', TR, {'note': 'NI:route endpoint'}),
        ('Kyzylorda', 0, 'city', 'Kyzylorda', KYR, {'note': 'NI:route endpoint'}),
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:destination of flights'}),
        ('Syr Darya', 0, 'facility', 'Syr Darya', N, {'subkind': 'river', 'note': 'river in Turkistan Region here (the bridge)'}),
     ],
     inc={}),
]
