"""English texts of the seventeenth unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
JR, ALR, KYR, TR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'Turkistan Region', 'South Kazakhstan Region'
ABR, JTR, EKR, MR, KOR = 'Abai Region', 'Jetisu Region', 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR, UR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region', 'Ulytau Region'
ATR, AR, WKR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region'

DOCS = [
dict(id='p001', date='2016-12-16', lang='en',
     event='2016 30th anniversary of the December 1986 Zheltoqsan unrest in Alma-Ata (Almaty) and a student march in Taldy-Kurgan (Almaty Region on the article date); two men detained with a banner at the Independence Monument',
     text="""Almaty marks 30 years since Zheltoqsan; two detained at monument
ALMATY, Dec 16 (Reuters) - Several hundred people laid flowers at the Independence Monument on Republic Square in Almaty on Friday, 30 years after students and young workers filled the same square, then named after Leonid Brezhnev, to protest against Moscow's choice of a new Communist Party chief for the republic.
On December 17 and 18, 1986, troops and police broke up the crowds in Alma-Ata with batons, sapper spades and fire hoses. Official figures later put the dead at two, but survivors say the toll was higher, and thousands were detained. A smaller group of students marched the same week in Taldy-Kurgan, where militiamen detained about forty young people outside the regional party committee, historians told a conference in Astana on Wednesday.
"I came from Shieli to study at the agricultural institute, and I spent ten days in a cell," said Bakhyt Ospanova, 49, who now teaches history at a school in Taraz. Her home district in Kyzylorda Region sent four students to Alma-Ata that winter; two were expelled.
On Friday afternoon police detained two men who unfurled a banner near the monument demanding the rehabilitation of everyone convicted in 1987. Both were released in the evening after being fined, the Almaly district police department said.
Wreath-laying ceremonies were held in all 14 regions, and a memorial plaque was unveiled on Zheltoqsan Street, which was called Mostovaya until 1992. Survivors' groups have asked the government to open the files of the commission that studied the events in 1990, most of which are still closed in Kazakhstan.""",
     ann=[
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'headline'}),
        ('ALMATY', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Independence Monument', 0, 'facility', 'Independence Monument (Almaty)', 'Almaty', {'subkind': 'monument'}),
        ('Republic Square', 0, 'facility', 'Republic Square (Almaty)', 'Almaty', {'subkind': 'square'}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty'),
        ('Moscow', 0, 'foreign', 'Moscow', N, {'note': 'NI:seat of the Soviet leadership'}),
        ('Alma-Ata', 0, 'city', 'Almaty', 'Almaty', {'note': 'Soviet-era name'}),
        ('Taldy-Kurgan', 0, 'city', 'Taldykorgan', ALR, {'note': 'old spelling; Almaty Region on the article date (before 2022-06-08)'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:venue of a conference'}),
        ('Shieli', 0, 'village', 'Shieli', KYR, {'note': 'NI:origin of a survivor'}),
        ('Taraz', 0, 'city', 'Taraz', JR, {'note': "NI:a survivor's workplace"}),
        ('Kyzylorda Region', 0, 'region', KYR, KYR, {'note': 'NI:home region of a survivor'}),
        ('Alma-Ata', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:destination of students'}),
        ('Almaly district', 0, 'district', 'Almaly District (Almaty)', 'Almaty', {'subkind': 'city district', 'note': 'inside the name of an authority'}),
        ('all 14 regions', 0, 'quantified', 'all 14 regions', N, {'count': 14, 'unit': 'region', 'quantifier': 'all', 'note': 'ceremonies; not about incidents'}),
        ('Zheltoqsan Street', 0, 'facility', 'Zheltoqsan Street (Almaty)', 'Almaty', {'subkind': 'street', 'note': 'NI:a plaque unveiled'}),
        ('Mostovaya', 0, 'facility', 'Zheltoqsan Street (Almaty)', 'Almaty', {'subkind': 'street', 'note': 'NI:former name of the street'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
     ],
     inc={'Almaty': (2, 'background: the December 1986 unrest in Alma-Ata (Brezhnev, now Republic Square), narrated explicitly; and the 2016 banner protest at the Independence Monument with two detained'),
          ALR: (1, 'background: the 1986 student march in Taldy-Kurgan with about forty detained (Taldykorgan is Almaty Region in 2016)')}),

dict(id='p002', date='2019-06-17', lang='en',
     event='2019 30th anniversary of the June 1989 clashes in Novy Uzen (Zhanaozen), spreading to Shevchenko (Aktau) and Zhetybai (Mangystau Region); North Caucasus workers, troops from Tbilisi and Moscow',
     text="""Zhanaozen remembers the summer of 1989
AKTAU, June 17 (Kazinform) - Residents of Zhanaozen gathered in the town's memorial park on Sunday to mark 30 years since the clashes of June 1989, when the oil town was still called Novy Uzen.
The unrest began late on June 16 with a fight at a dance floor between local young men and workers who had come from the North Caucasus. Over the next two days crowds burnt cooperative kiosks and a workers' hostel in Novy Uzen, and five people were killed, according to figures published in 1990.
On June 19 the disturbances spread to Shevchenko, as Aktau was then called, where a group of youths tried to storm the city police building, and to the oil settlement of Zhetybai, where two houses were set on fire. Troops flown in from Tbilisi and Moscow restored order by the end of the month. Several thousand families left for Dagestan and Chechnya that summer.
Historians say the events showed the anger of young men who could not find work in the oil fields. "We had the Uzen field all around us, and our fathers dug ditches for kopecks," said Yerzhan Taubayev, who was 19 at the time and now runs a car repair shop in Kuryk.
The akim of Zhanaozen, Maksat Ibagarov, told the gathering that a youth centre would open on Satpayev Street in September and that 1,200 young people had found jobs this year in the town and the neighbouring Karakiya district. Officials from Nur-Sultan and the regional centre laid flowers at the memorial stone, and an exhibition of photographs from 1989 opened at the town museum.
Mangystau Region now has about 700,000 inhabitants, almost three times as many as at the time of the clashes.""",
     ann=[
        ('Zhanaozen', 0, 'city', 'Zhanaozen', MR, {'note': 'headline'}),
        ('AKTAU', 0, 'city', 'Aktau', MR, {'note': 'dateline'}),
        ('Zhanaozen', 1, 'city', 'Zhanaozen', MR),
        ('Novy Uzen', 0, 'city', 'Zhanaozen', MR, {'note': 'Soviet-era name'}),
        ('North Caucasus', 0, 'foreign', 'North Caucasus', N, {'subkind': 'macro-region', 'note': 'NI:origin of workers'}),
        ('Novy Uzen', 1, 'city', 'Zhanaozen', MR),
        ('Shevchenko', 0, 'city', 'Aktau', MR, {'note': 'Soviet-era name of Aktau'}),
        ('Aktau', 0, 'city', 'Aktau', MR),
        ('Zhetybai', 0, 'village', 'Zhetybai', MR),
        ('Tbilisi', 0, 'foreign', 'Tbilisi', N, {'note': 'NI:origin of troops'}),
        ('Moscow', 0, 'foreign', 'Moscow', N, {'note': 'NI:origin of troops'}),
        ('Dagestan', 0, 'foreign', 'Dagestan', N, {'note': 'NI:destination of families'}),
        ('Chechnya', 0, 'foreign', 'Chechnya', N, {'note': 'NI:destination of families'}),
        ('Uzen field', 0, 'facility', 'Uzen oil field', MR, {'subkind': 'oil field', 'note': 'NI:workplace of fathers'}),
        ('Kuryk', 0, 'village', 'Kuryk', MR, {'note': 'NI:residence'}),
        ('Zhanaozen', 2, 'city', 'Zhanaozen', MR, {'note': "NI:inside an official's title"}),
        ('Satpayev Street', 0, 'facility', 'Satpayev Street (Zhanaozen)', MR, {'subkind': 'street', 'note': 'NI:named after a person, not the town of Satpayev'}),
        ('Karakiya district', 0, 'district', 'Karakiya District', MR, {'note': 'NI:jobs found'}),
        ('Nur-Sultan', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of officials'}),
        ('Mangystau Region', 0, 'region', MR, MR, {'note': 'NI:population figure'}),
     ],
     inc={MR: (3, 'background, narrated explicitly: the June 1989 riot in Novy Uzen (fight, kiosks and hostel burnt, one event), the attempt to storm the police building in Shevchenko (Aktau) and the arson of two houses in Zhetybai')}),

dict(id='p003', date='2024-08-29', lang='en',
     event='2024 33rd anniversary of the closure of the Semipalatinsk test site: ceremony in Semey, Kurchatov, Sarzhal and Dolon (Abai Region); a grass fire near Dolon (Beskaragai district); grass fires in six other regions; the former Semipalatinsk Region',
     text="""Semey marks 33 years since test site closure; grass fire near Dolon
SEMEY, Aug 29 (Kazinform) - Residents of Semey laid flowers at the Stronger than Death monument on Thursday, the 33rd anniversary of the decree that closed the Semipalatinsk test site in 1991.
Over four decades the Soviet military set off 456 nuclear devices at the site, which covers about 18,000 square kilometres of steppe west of the city. Villagers in Sarzhal and Dolon, the settlements closest to the test fields, still remember windows shattering and cattle falling ill. "Nobody told us anything. We were sent out of the houses and counted," said Kulyash Zhakupova, 82, who has lived in Sarzhal all her life.
When the decree was signed, the city, then Semipalatinsk, was the centre of its own region. Semipalatinsk Region was merged into East Kazakhstan in 1997, and two years ago the city became the centre of the new Abai Region. Kurchatov, the once-closed town of the test site's scientists, now hosts research institutes and a technology park.
The Nevada-Semipalatinsk movement, founded in 1989 by writers and students, collected more than a million signatures against the tests. Its veterans met in Semey on Thursday with guests from Almaty, Oskemen and Japan.
Meanwhile, a grass fire broke out on Wednesday near Dolon in Beskaragai district and burnt about 300 hectares of pasture before 60 firefighters and two aircraft put it out late at night, the regional emergency department said. Nobody was hurt, but a winter store of hay belonging to a farm was lost. Firefighters were sent from Semey and Kurchatov.
Grass fires were also reported in six other regions this week, the emergencies ministry said in Astana, and it asked farmers across Kazakhstan not to burn stubble until the rains.""",
     ann=[
        ('Semey', 0, 'city', 'Semey', ABR, {'note': 'headline'}),
        ('Dolon', 0, 'village', 'Dolon', ABR, {'note': 'headline'}),
        ('SEMEY', 0, 'city', 'Semey', ABR, {'note': 'dateline'}),
        ('Semey', 1, 'city', 'Semey', ABR),
        ('Stronger than Death monument', 0, 'facility', 'Stronger than Death monument (Semey)', ABR, {'subkind': 'monument'}),
        ('Semipalatinsk test site', 0, 'facility', 'Semipalatinsk test site', N, {'subkind': 'test site', 'note': 'former nuclear test site across several units; nuclear tests are not counted'}),
        ('Sarzhal', 0, 'village', 'Sarzhal', ABR),
        ('Dolon', 1, 'village', 'Dolon', ABR),
        ('Sarzhal', 1, 'village', 'Sarzhal', ABR, {'note': 'NI:residence'}),
        ('Semipalatinsk', 1, 'city', 'Semey', ABR, {'note': 'old name of Semey'}),
        ('Semipalatinsk Region', 0, 'region', ABR, ABR, {'uncertain': True, 'note': 'NI:region abolished in 1997; its land (Semey and its districts) is Abai Region on the article date'}),
        ('East Kazakhstan', 0, 'region', EKR, EKR, {'note': 'NI:the unit that absorbed Semipalatinsk Region in 1997'}),
        ('Abai Region', 0, 'region', ABR, ABR),
        ('Kurchatov', 0, 'city', 'Kurchatov', ABR),
        ('Semey', 2, 'city', 'Semey', ABR, {'note': 'NI:meeting of veterans'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of guests'}),
        ('Oskemen', 0, 'city', 'Oskemen', EKR, {'note': 'NI:origin of guests'}),
        ('Japan', 0, 'foreign', 'Japan', N, {'note': 'NI:origin of guests'}),
        ('Dolon', 2, 'village', 'Dolon', ABR),
        ('Beskaragai district', 0, 'district', 'Beskaragai District', ABR),
        ('Semey', 3, 'city', 'Semey', ABR, {'note': 'NI:origin of firefighters'}),
        ('Kurchatov', 1, 'city', 'Kurchatov', ABR, {'note': 'NI:origin of firefighters'}),
        ('six other regions', 0, 'quantified', '6 other regions', N, {'count': 6, 'unit': 'region', 'note': 'grass fires in unnamed regions'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the ministry'}),
        ('Kazakhstan', 1, 'country', 'Kazakhstan', N),
     ],
     inc={ABR: (1, 'grass fire near Dolon in Beskaragai district (the nuclear tests of 1949-1989 are not counted)')},
     unatt=[{'label': 'six other regions', 'count': 6, 'note': 'grass fires this week in six unnamed regions'}]),

dict(id='p004', date='1998-03-05', lang='en',
     event='1998 fatal house fire in Zerenda, Zerendi district, then North Kazakhstan Region (the former Kokshetau Region was merged into it in 1997 and the area moved to Akmola Region only in 1999)',
     text="""Woman and grandson die in Zerenda house fire
KOKSHETAU, March 5 (Interfax-Kazakhstan) - A 63-year-old woman and her seven-year-old grandson died in a house fire in the village of Zerenda, about 45 km south of Kokshetau, late on Wednesday, the North Kazakhstan regional emergency department said.
The fire started from an overheated stove while the boy's parents were at work on a livestock farm, neighbours said. Firefighters from Kokshetau needed more than an hour to reach the village because the road had not been cleared after a blizzard.
It was the third fatal fire in Zerendi district this winter. The district, like the rest of the former Kokshetau Region, has been governed from Petropavlovsk since last May, when the government merged the two regions into an enlarged North Kazakhstan Region to cut costs. Local officials say fire stations closed under the merger have not been reopened.""",
     ann=[
        ('Zerenda', 0, 'village', 'Zerenda', NKR, {'note': 'headline; North Kazakhstan Region between May 1997 and April 1999'}),
        ('KOKSHETAU', 0, 'city', 'Kokshetau', NKR, {'note': 'dateline; North Kazakhstan Region between May 1997 and April 1999'}),
        ('Zerenda', 1, 'village', 'Zerenda', NKR),
        ('Kokshetau', 0, 'city', 'Kokshetau', NKR, {'note': 'NI:reference point'}),
        ('North Kazakhstan', 0, 'region', NKR, NKR, {'note': 'inside the name of an authority'}),
        ('Kokshetau', 1, 'city', 'Kokshetau', NKR, {'note': 'NI:origin of firefighters'}),
        ('Zerendi district', 0, 'district', 'Zerendi District', NKR, {'note': 'NI:earlier fires, not narrated'}),
        ('Kokshetau Region', 0, 'region', NKR, NKR, {'uncertain': True, 'note': 'NI:region abolished in 1997 and merged into North Kazakhstan Region, which holds its land on the article date'}),
        ('Petropavlovsk', 0, 'city', 'Petropavl', NKR, {'note': 'NI:seat of the regional administration'}),
        ('North Kazakhstan Region', 0, 'region', NKR, NKR, {'note': 'NI'}),
     ],
     inc={NKR: (1, 'fatal house fire in Zerenda (the two earlier fires of the winter are only alluded to)')}),

dict(id='p005', date='2003-01-28', lang='en',
     event='2003 hunter missing for three days found alive in the Ivanovsky range near Ridder, formerly Leninogorsk (East Kazakhstan Region); search teams from Ust-Kamenogorsk and Poperechnoye (no incident)',
     text="""Missing hunter found alive near Ridder
UST-KAMENOGORSK, Jan 28 (Kazinform) - Rescuers on Tuesday found a 54-year-old hunter alive in the Ivanovsky range north-east of Ridder, three days after he went missing, the East Kazakhstan emergency department said.
The man, who lives in the village of Butakovo, set out on skis on Saturday to check his traps and was caught by a snowstorm. He spent three nights in a forester's hut about 18 km from the village and was found by a dog team with mild frostbite on his hands. Doctors in Ridder said his life was not in danger.
About 40 people took part in the search, including a mountain rescue team from Ust-Kamenogorsk and volunteers from the village of Poperechnoye. The town, which was called Leninogorsk until last year, has asked the regional budget for a snowmobile for its rescue post.""",
     ann=[
        ('Ridder', 0, 'city', 'Ridder', EKR, {'note': 'headline'}),
        ('UST-KAMENOGORSK', 0, 'city', 'Oskemen', EKR, {'note': 'dateline'}),
        ('Ivanovsky range', 0, 'facility', 'Ivanovsky Range', N, {'subkind': 'mountain range'}),
        ('Ridder', 1, 'city', 'Ridder', EKR, {'note': 'NI:reference point'}),
        ('East Kazakhstan', 0, 'region', EKR, EKR, {'note': 'inside the name of an authority'}),
        ('Butakovo', 0, 'village', 'Butakovo', EKR, {'note': 'NI:residence'}),
        ('Ridder', 2, 'city', 'Ridder', EKR, {'note': 'NI:hospital town'}),
        ('Ust-Kamenogorsk', 0, 'city', 'Oskemen', EKR, {'note': 'NI:origin of rescuers'}),
        ('Poperechnoye', 0, 'village', 'Poperechnoye', EKR, {'note': 'NI:origin of volunteers'}),
        ('Leninogorsk', 0, 'city', 'Ridder', EKR, {'note': 'NI:former name of Ridder'}),
     ],
     inc={}),

dict(id='p006', date='2008-09-02', lang='en',
     event='2008 new school opens in Kalkaman near Aksu, formerly Yermak (Pavlodar Region); desks from Aksu in Xinjiang, China (no incident)',
     text="""New school opens in Kalkaman
PAVLODAR, Sept 2 (Kazinform) - A school for 320 pupils opened on Monday in Kalkaman, a village about 60 km west of Aksu, replacing a wooden building from 1956 that inspectors had closed as unsafe last winter.
The three-storey school has a gym, a computer room and a boarding wing for 40 children from outlying farms. A bus will also bring pupils from Evgenievka, said the akim of Aksu, Nurlan Sadykov. The town, called Yermak until 1993, also administers the villages around it.
Eleven of the 26 teachers were trained in Pavlodar and Ekibastuz, and the Pavlodar Region education department has promised housing for young teachers who move to the village. Part of the furniture was bought from a factory in Aksu, a city in the Xinjiang region of China, which won the tender on price.""",
     ann=[
        ('Kalkaman', 0, 'village', 'Kalkaman', PR, {'note': 'headline'}),
        ('PAVLODAR', 0, 'city', 'Pavlodar', PR, {'note': 'dateline'}),
        ('Kalkaman', 1, 'village', 'Kalkaman', PR),
        ('Aksu', 0, 'city', 'Aksu (Pavlodar Region)', PR, {'note': 'NI:reference point'}),
        ('Evgenievka', 0, 'village', 'Evgenievka', PR, {'note': 'NI:origin of pupils'}),
        ('Aksu', 1, 'city', 'Aksu (Pavlodar Region)', PR, {'note': "NI:inside an official's title"}),
        ('Yermak', 0, 'city', 'Aksu (Pavlodar Region)', PR, {'note': 'NI:former name of Aksu'}),
        ('Pavlodar', 0, 'city', 'Pavlodar', PR, {'note': 'NI:where teachers were trained'}),
        ('Ekibastuz', 0, 'city', 'Ekibastuz', PR, {'note': 'NI:where teachers were trained'}),
        ('Pavlodar Region', 0, 'region', PR, PR, {'note': 'inside the name of an authority'}),
        ('Aksu', 2, 'foreign', 'Aksu (China)', N, {'note': 'NI:foreign namesake; origin of furniture'}),
        ('Xinjiang', 0, 'foreign', 'Xinjiang', N),
        ('China', 0, 'foreign', 'China', N),
     ],
     inc={}),

dict(id='p007', date='2024-05-14', lang='en',
     event='2024 Almaty Region round-up: stray dogs attack a boy in Kendala (Talgar district), a mudflow washes away a footbridge between Turgen and Karasai (Enbekshikazakh district), a school in Konaev (formerly Kapchagay), the Konaev-Taldykorgan bus (Taldykorgan in Jetisu Region)',
     text="""Dog attack in Kendala, mudflow takes footbridge near Turgen
KONAEV, May 14 (Kazinform) - A pack of stray dogs attacked an eight-year-old boy in the village of Kendala in Talgar district on Sunday evening as he walked home from a football pitch, the district police said. Passers-by drove the dogs off with sticks; the boy was taken to a children's hospital in Almaty with bite wounds to his legs and arms.
The Talgar district akimat said it had hired a contractor to catch stray dogs in Kendala and three neighbouring villages after residents complained on social media. The boy's father said the pack had been living at a rubbish tip behind the school for months.
On Monday a mudflow on the Turgen river washed away the footbridge between the villages of Turgen and Karasai in Enbekshikazakh district. Nobody was hurt, but pupils from Karasai had to be driven to school by a roundabout road through Shelek. Rescuers said the river had risen by more than a metre after two days of rain in the mountains.
In Konaev, the regional centre, which was known as Kapchagay until it was renamed after the former leader Dinmukhamed Konaev, a school for 1,500 pupils is due to open on September 1, the regional education department said.
Regional bus operators also restored the direct route between Konaev and Taldykorgan, which was the centre of Almaty Region until 2022 and is now the centre of Jetisu Region. Buses will leave twice a day and call at Saryozek. Until now passengers had to change in Almaty.
Wheat, barley and sugar beet have been sown on 80 percent of the planned area, the akimat of Almaty Region said.""",
     ann=[
        ('Kendala', 0, 'village', 'Kendala', ALR, {'note': 'headline'}),
        ('Turgen', 0, 'village', 'Turgen', ALR, {'note': 'NI:headline; reference point'}),
        ('KONAEV', 0, 'city', 'Konaev', ALR, {'note': 'dateline'}),
        ('Kendala', 1, 'village', 'Kendala', ALR),
        ('Talgar district', 0, 'district', 'Talgar District', ALR),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:hospital town'}),
        ('Talgar district', 1, 'district', 'Talgar District', ALR, {'note': 'inside the name of an authority'}),
        ('Kendala', 2, 'village', 'Kendala', ALR, {'note': 'NI:dog catching'}),
        ('three neighbouring villages', 0, 'quantified', '3 neighbouring villages', N, {'count': 3, 'unit': 'village', 'note': 'dog catching; not about incidents'}),
        ('Turgen', 1, 'facility', 'Turgen river', N, {'subkind': 'river'}),
        ('Turgen', 2, 'village', 'Turgen', ALR, {'note': 'one end of the washed-away bridge'}),
        ('Karasai', 0, 'village', 'Karasai (Enbekshikazakh District)', ALR, {'note': 'other end of the washed-away bridge; namesake of Karasai district'}),
        ('Enbekshikazakh district', 0, 'district', 'Enbekshikazakh District', ALR),
        ('Karasai', 1, 'village', 'Karasai (Enbekshikazakh District)', ALR, {'note': 'NI:origin of pupils'}),
        ('Shelek', 0, 'village', 'Shelek', ALR, {'note': 'NI:on a detour road'}),
        ('Konaev', 0, 'city', 'Konaev', ALR, {'note': 'NI:a school to open'}),
        ('Kapchagay', 0, 'city', 'Konaev', ALR, {'note': 'NI:former name of Konaev'}),
        ('Konaev', 2, 'city', 'Konaev', ALR, {'note': 'NI:route endpoint'}),
        ('Taldykorgan', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:route endpoint; Jetisu Region since 2022-06-08'}),
        ('Almaty Region', 0, 'region', ALR, ALR, {'note': 'NI:former unit of Taldykorgan'}),
        ('Jetisu Region', 0, 'region', JTR, JTR, {'note': 'NI'}),
        ('Saryozek', 0, 'village', 'Saryozek', JTR, {'note': 'NI:bus stop'}),
        ('Almaty', 2, 'city', 'Almaty', 'Almaty', {'note': 'NI:former change of buses'}),
        ('Almaty Region', 1, 'region', ALR, ALR, {'note': 'inside the name of an authority'}),
     ],
     inc={ALR: (2, 'stray dogs bit a boy in Kendala (Talgar district); a mudflow washed away the footbridge between Turgen and Karasai (Enbekshikazakh district)')}),

dict(id='p008', date='2011-10-04', lang='en',
     event='2011 akim of Zhambyl district of Almaty Region reports on gas, roads and a medical post in Uzynagash, Kargaly, Samsy and Karakastek; Zhambyl district vs Jambyl Region and Dzhambul/Taraz (no incident)',
     text="""Zhambyl district akim reports gas for eight villages
ALMATY, Oct 4 (KazTAG) - Eight villages of Zhambyl district in Almaty Region will be connected to the gas grid by the end of next year, the district akim told residents at a report meeting in Uzynagash on Tuesday.
Gas pipes have already been laid in Kargaly and Zhanakurylys, and the 14 km road between Samsy and Karakastek was resurfaced this summer for the first time since 1989, he said. A medical post with a doctor and two nurses opened in Karakastek in August, and a new kindergarten for 90 children will open in Uzynagash in December.
Residents complained about bus fares to Almaty and about a shortage of irrigation water in the villages near the Kyrgyz border. The akim said the district also received letters meant for Jambyl Region, the neighbouring region whose centre Taraz was called Dzhambul until 1997, and asked the post office to check the addresses more carefully.""",
     ann=[
        ('Zhambyl district', 0, 'district', 'Zhambyl District (Almaty Region)', ALR, {'note': "headline; inside an official's title; not Jambyl Region"}),
        ('ALMATY', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('eight villages', 0, 'quantified', '8 villages', N, {'count': 8, 'unit': 'village', 'note': 'gas grid; not about incidents'}),
        ('Eight villages', 0, 'quantified', '8 villages', N, {'count': 8, 'unit': 'village', 'note': 'gas grid; not about incidents'}),
        ('Zhambyl district', 1, 'district', 'Zhambyl District (Almaty Region)', ALR),
        ('Almaty Region', 0, 'region', ALR, ALR),
        ('Uzynagash', 0, 'village', 'Uzynagash', ALR, {'note': 'NI:venue of the report meeting'}),
        ('Kargaly', 0, 'village', 'Kargaly (Almaty Region)', ALR),
        ('Zhanakurylys', 0, 'village', 'Zhanakurylys', ALR),
        ('Samsy', 0, 'village', 'Samsy', ALR, {'note': 'road endpoint'}),
        ('Karakastek', 0, 'village', 'Karakastek', ALR, {'note': 'road endpoint'}),
        ('Karakastek', 1, 'village', 'Karakastek', ALR),
        ('Uzynagash', 1, 'village', 'Uzynagash', ALR),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:destination of buses'}),
        ('Jambyl Region', 0, 'region', JR, JR, {'note': 'NI:namesake region'}),
        ('Taraz', 0, 'city', 'Taraz', JR, {'note': 'NI'}),
        ('Dzhambul', 0, 'city', 'Taraz', JR, {'note': 'NI:former name of Taraz'}),
     ],
     inc={}),
]
