"""English texts of the fortieth unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
JR, ALR, KYR, TR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'Turkistan Region', 'South Kazakhstan Region'
ABR, JTR, EKR, MR, KOR = 'Abai Region', 'Jetisu Region', 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR, UR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region', 'Ulytau Region'
ATR, AR, WKR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region'

DOCS = [
dict(id='p001', date='2023-02-14', lang='en',
     event='2023 obituary of a geologist who died in Zhezkazgan (Ulytau Region); born in Kengir in the abolished Zhezkazgan Region; background break-in and theft of his medals from his flat on a street named after him in Satpayev (Ulytau Region); Kanysh Satpayev the person',
     text="""Geologist who mapped Zhezkazgan copper dies at 84
ZHEZKAZGAN, Feb 14 (Kazinform) - Serik Tolegenov, the geologist whose surveys in the 1960s doubled the known copper reserves around Zhezkazgan, died at his home in the city on Monday at the age of 84, the Ulytau regional akimat said.
Tolegenov was born in 1938 in the village of Kengir, then part of Zhezkazgan Region, which was abolished in 1997. After school he went to Alma-Ata, graduated from the mining institute there in 1960 and later defended a dissertation in Moscow.
He spent eleven years with field parties near Karazhal and Atasu and five on the shores of Lake Balkhash, before heading the geological service of the copper combine in Zhezkazgan. In the 1980s he led a Soviet survey team in Mongolia. His students, he liked to say, now work "from Aktobe to Ust-Kamenogorsk".
A pupil of Kanysh Satpayev, he insisted that the town of Satpayev, where he lived for thirty years, was "named after a man, not a mine". A street there has carried Tolegenov's own name since 2019.
Last April thieves broke into his flat on Tolegenov Street in Satpayev while he was in hospital in Karaganda and took his Order of the Red Banner of Labour and two medals. Police found the medals a month later in a pawnshop in Astana; the order is still missing.
The funeral prayer will be held at the central mosque of Zhezkazgan on Wednesday, and he will be buried in Kengir next to his parents. A memorial evening is planned for March in Karaganda, where the geological society he chaired still has its seat.
"He knew every hill between Karazhal and the Kengir reservoir," said Dauren Mukhametov, the akim of Ulytau Region.""",
     ann=[
        ('Zhezkazgan', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:headline; area of copper reserves'}),
        ('ZHEZKAZGAN', 0, 'city', 'Zhezkazgan', UR, {'note': 'dateline'}),
        ('Zhezkazgan', 1, 'city', 'Zhezkazgan', UR, {'note': 'NI:area of copper reserves'}),
        ('Ulytau', 0, 'region', UR, UR, {'note': 'NI:inside the name of an authority (regional akimat)'}),
        ('Kengir', 0, 'village', 'Kengir', UR, {'note': 'NI:birthplace'}),
        ('Zhezkazgan Region', 0, 'region', UR, UR, {'uncertain': True, 'note': 'NI:region abolished in 1997; its land is mostly Ulytau Region on the article date (Zhezkazgan, Kengir), partly Karaganda Region'}),
        ('Alma-Ata', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:place of study; old name'}),
        ('Moscow', 0, 'foreign', 'Moscow', N, {'note': 'NI:place of study'}),
        ('Karazhal', 0, 'city', 'Karazhal', UR, {'note': 'NI:workplace'}),
        ('Atasu', 0, 'village', 'Atasu', UR, {'note': 'NI:workplace'}),
        ('Lake Balkhash', 0, 'facility', 'Lake Balkhash', N, {'subkind': 'lake', 'note': 'NI:workplace'}),
        ('Zhezkazgan', 3, 'city', 'Zhezkazgan', UR, {'note': 'NI:workplace'}),
        ('Mongolia', 0, 'foreign', 'Mongolia', N, {'note': 'NI:workplace'}),
        ('Aktobe', 0, 'city', 'Aktobe', AR, {'note': "NI:students' workplaces, figure of speech"}),
        ('Ust-Kamenogorsk', 0, 'city', 'Oskemen', EKR, {'note': "NI:students' workplaces, figure of speech"}),
        ('Satpayev', 1, 'city', 'Satpayev', UR, {'note': 'NI:residence; the town named after Kanysh Satpayev (the person, occurrence 0, not annotated)'}),
        ('Tolegenov Street', 0, 'facility', 'Tolegenov Street (Satpayev)', UR, {'subkind': 'street', 'note': 'street named after the geologist; site of the burglary'}),
        ('Satpayev', 2, 'city', 'Satpayev', UR, {'note': 'site of the burglary'}),
        ('Karaganda', 0, 'city', 'Karaganda', KR, {'note': 'NI:hospital town'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:place where stolen medals were found'}),
        ('Zhezkazgan', 4, 'city', 'Zhezkazgan', UR, {'note': 'NI:funeral prayer'}),
        ('Kengir', 1, 'village', 'Kengir', UR, {'note': 'NI:burial place'}),
        ('Karaganda', 1, 'city', 'Karaganda', KR, {'note': 'NI:memorial evening; seat of a society'}),
        ('Karazhal', 1, 'city', 'Karazhal', UR, {'note': 'NI:reference point in a quotation'}),
        ('Kengir reservoir', 0, 'facility', 'Kengir reservoir', N, {'subkind': 'reservoir', 'note': 'NI:reference point in a quotation; water body in Ulytau Region'}),
        ('Ulytau Region', 0, 'region', UR, UR, {'note': "NI:inside an official's title"}),
     ],
     inc={UR: (1, 'background: burglary of the geologist\'s flat on Tolegenov Street in Satpayev last April, order and medals stolen (street and town one event); the death from old age is not an incident')}),

dict(id='p002', date='1992-09-03', lang='en',
     event='1992 obituary of a stage actor who died in Alma-Ata; born in Guryev, long career in Chimkent (South Kazakhstan Region); Kensai cemetery and Abai Avenue; the Auezov theatre is not a place (no incident)',
     text="""Veteran actor Shora Baimukhanov dies in Alma-Ata
ALMA-ATA, Sept 3 (Interfax) - Shora Baimukhanov, one of the best-known stage actors of Kazakhstan, died in Alma-Ata on Wednesday after a long illness. He was 71.
Born in Guryev on the Ural river in 1921, he fought at Stalingrad and joined the Chimkent drama theatre in 1947, playing there for almost two decades before moving to the capital. Audiences from Tashkent to Novosibirsk knew his King Lear.
His family said he had asked to be buried next to his wife at the Kensai cemetery. A farewell ceremony will take place at the Auezov theatre on Friday; colleagues from Chimkent and Guryev are expected to attend. The culture ministry said a memorial plaque would be placed on the house on Abai Avenue where he lived for thirty years.
Last year the national film studio released a documentary about him, shot in Alma-Ata and Guryev.""",
     ann=[
        ('Alma-Ata', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:headline; place of death'}),
        ('ALMA-ATA', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('Alma-Ata', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:place of death'}),
        ('Guryev', 0, 'city', 'Atyrau', ATR, {'note': 'NI:birthplace; old name of Atyrau'}),
        ('Ural', 0, 'facility', 'Ural River', N, {'subkind': 'river'}),
        ('Stalingrad', 0, 'foreign', 'Volgograd', N, {'note': 'NI:wartime battle place; old name'}),
        ('Chimkent', 0, 'city', 'Shymkent', SKR, {'note': 'NI:workplace; the theatre itself is an institution; before 2018 in South Kazakhstan Region'}),
        ('Tashkent', 0, 'foreign', 'Tashkent', N, {'note': 'NI:figure of speech (audiences)'}),
        ('Novosibirsk', 0, 'foreign', 'Novosibirsk', N, {'note': 'NI:figure of speech (audiences)'}),
        ('Kensai cemetery', 0, 'facility', 'Kensai cemetery (Almaty)', 'Almaty', {'subkind': 'cemetery', 'note': 'NI:burial place'}),
        ('Chimkent', 1, 'city', 'Shymkent', SKR, {'note': 'NI:origin of colleagues'}),
        ('Guryev', 1, 'city', 'Atyrau', ATR, {'note': 'NI:origin of colleagues'}),
        ('Abai Avenue', 0, 'facility', 'Abai Avenue (Almaty)', 'Almaty', {'subkind': 'street', 'note': 'NI:residence; named after the poet'}),
        ('Alma-Ata', 2, 'city', 'Almaty', 'Almaty', {'note': 'NI:filming place'}),
        ('Guryev', 2, 'city', 'Atyrau', ATR, {'note': 'NI:filming place'}),
     ],
     inc={}),

dict(id='p003', date='2016-11-08', lang='en',
     event='2016 where-are-they-now: an Atlanta 1996 bronze medallist runs a free boxing school on Yassawi Street in Kentau; born in Babaykorgan near Turkestan, policeman in Shymkent (all South Kazakhstan Region before 2018; no incident)',
     text="""Where are they now: Atlanta bronze medallist trains boys in Kentau
KENTAU, Nov 8 (Tengrinews) - Twenty years after his bronze medal at the Atlanta Olympics, boxer Nurlan Zhanuzakov spends six days a week in a converted bakery on Yassawi Street in Kentau, where about 80 boys and girls train for free.
Zhanuzakov, now 41, was born in the village of Babaykorgan, a short bus ride from Turkestan, and moved to Chimkent as a teenager to join a sports boarding school. After the 1996 Games he boxed professionally in Germany and the United States, then served as a police officer in Shymkent until 2011.
"I came back because the mine closed and the boys here had nothing to do," he said. Two of his pupils won medals at the national youth championship in Taraz last month, and one has been called up to the national camp in Almaty.
The akimat of South Kazakhstan Region has promised to find the school a proper hall next year.""",
     ann=[
        ('Atlanta', 0, 'foreign', 'Atlanta', N, {'note': 'NI:headline; Olympic venue'}),
        ('Kentau', 0, 'city', 'Kentau', SKR, {'note': 'NI:headline; place of the boxing school'}),
        ('KENTAU', 0, 'city', 'Kentau', SKR, {'note': 'dateline'}),
        ('Atlanta', 1, 'foreign', 'Atlanta', N, {'note': 'NI:Olympic venue'}),
        ('Yassawi Street', 0, 'facility', 'Yassawi Street (Kentau)', SKR, {'subkind': 'street', 'note': 'NI:address of the boxing school; named after Khoja Ahmed Yasawi'}),
        ('Kentau', 1, 'city', 'Kentau', SKR, {'note': 'NI:place of the boxing school'}),
        ('Babaykorgan', 0, 'village', 'Babaykorgan', SKR, {'note': 'NI:birthplace'}),
        ('Turkestan', 0, 'city', 'Turkistan', SKR, {'note': 'NI:reference point; before 2018 in South Kazakhstan Region'}),
        ('Chimkent', 0, 'city', 'Shymkent', SKR, {'note': 'NI:place of schooling; old name; before 2018 in South Kazakhstan Region'}),
        ('Germany', 0, 'foreign', 'Germany', N, {'note': 'NI:career abroad'}),
        ('United States', 0, 'foreign', 'United States', N, {'note': 'NI:career abroad'}),
        ('Shymkent', 0, 'city', 'Shymkent', SKR, {'note': 'NI:former workplace; before 2018 in South Kazakhstan Region'}),
        ('Taraz', 0, 'city', 'Taraz', JR, {'note': 'NI:championship venue'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:national camp'}),
        ('South Kazakhstan Region', 0, 'region', SKR, SKR, {'note': 'NI:inside the name of an authority (akimat)'}),
     ],
     inc={}),

dict(id='p004', date='2019-07-30', lang='en',
     event='2019 poet dies four days after being hit by a car on Kabanbay Batyr Avenue in Nur-Sultan (Astana); born in Amangeldy (named after Amangeldy Imanov) in the abolished Turgai Region (Kostanay Region); worked in Tselinograd and Arkalyk; Yegemen Kazakhstan newspaper is not a place',
     text="""Poet Tursyn Zhakenov dies after being hit by car in Nur-Sultan
NUR-SULTAN, July 30 (Kazinform) - Tursyn Zhakenov, a poet whose verses about the steppe of his childhood generations of schoolchildren learnt by heart, died in a Nur-Sultan hospital on Monday, four days after he was hit by a car on Kabanbay Batyr Avenue. He was 81.
Police said the driver, a 23-year-old man, had run a red light near the Khan Shatyr shopping centre. He has been detained.
Zhakenov was born in 1938 in the village of Amangeldy, named after the 1916 rebel leader Amangeldy Imanov, in what was then Kustanai Region and from 1970 part of Turgai Region, abolished in 1997. He studied journalism in Alma-Ata and spent the 1960s at a newspaper in Tselinograd, before moving to Arkalyk when it became the seat of the new Turgai region. His first collection, "Winds of the Steppe", came out in 1972.
In 1998 he followed the government to the new capital, then still called Akmola, and worked for the Yegemen Kazakhstan newspaper until 2010. He translated Pushkin and Lorca and spent a year in Granada on a Spanish grant.
He will be buried on Wednesday in Amangeldy, beside his parents, his family said.
The akimat of Kostanay Region said a secondary school in Amangeldy would bear his name and a memorial evening would be held in Kostanay in September. Readers in Arkalyk brought flowers to the town's museum, where his typewriter has been on display since 2015. The Writers' Union in Nur-Sultan opened a book of condolence.""",
     ann=[
        ('Nur-Sultan', 0, 'city', 'Astana', 'Astana', {'note': 'headline; capital named Nur-Sultan in 2019'}),
        ('NUR-SULTAN', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Nur-Sultan', 1, 'city', 'Astana', 'Astana', {'note': 'NI:hospital town (the accident is on the avenue)'}),
        ('Kabanbay Batyr Avenue', 0, 'facility', 'Kabanbay Batyr Avenue (Astana)', 'Astana', {'subkind': 'street', 'note': 'site of the accident; named after a person'}),
        ('Khan Shatyr', 0, 'facility', 'Khan Shatyr (Astana)', 'Astana', {'subkind': 'shopping centre', 'note': 'next to the site of the accident'}),
        ('Amangeldy', 0, 'village', 'Amangeldy', KOR, {'note': 'NI:birthplace; named after Amangeldy Imanov (the person, occurrence 1, not annotated)'}),
        ('Kustanai Region', 0, 'region', KOR, KOR, {'note': 'NI:old Russian spelling'}),
        ('Turgai Region', 0, 'region', KOR, KOR, {'uncertain': True, 'note': 'NI:region abolished in 1997; its land is in Kostanay Region (Amangeldy, Arkalyk) and partly Akmola Region on the article date'}),
        ('Alma-Ata', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:place of study'}),
        ('Tselinograd', 0, 'city', 'Astana', 'Astana', {'note': 'NI:workplace; Soviet name of the capital'}),
        ('Arkalyk', 0, 'city', 'Arkalyk', KOR, {'note': 'NI:workplace'}),
        ('Turgai region', 0, 'region', KOR, KOR, {'uncertain': True, 'note': 'NI:abolished region (see above)'}),
        ('Akmola', 0, 'city', 'Astana', 'Astana', {'note': 'NI:residence; the capital in 1998, not Akmola Region'}),
        ('Granada', 0, 'foreign', 'Granada', N, {'note': 'NI:stay abroad'}),
        ('Amangeldy', 2, 'village', 'Amangeldy', KOR, {'note': 'NI:burial place'}),
        ('Kostanay Region', 0, 'region', KOR, KOR, {'note': 'NI:inside the name of an authority (akimat)'}),
        ('Amangeldy', 3, 'village', 'Amangeldy', KOR, {'note': 'NI:school to be named after the poet'}),
        ('Kostanay', 1, 'city', 'Kostanay', KOR, {'note': 'NI:memorial evening'}),
        ('Arkalyk', 1, 'city', 'Arkalyk', KOR, {'note': 'NI:memorial flowers at the museum'}),
        ('Nur-Sultan', 2, 'city', 'Astana', 'Astana', {'note': "NI:seat of the Writers' Union"}),
     ],
     inc={'Astana': (1, 'the poet hit by a car on Kabanbay Batyr Avenue near Khan Shatyr, died of injuries (avenue, shopping centre and city one event); the hospital is not a separate place')}),

dict(id='p005', date='2008-03-18', lang='en',
     event='2008 avalanche kills a veteran mountaineer in the Talgar gorge, Talgar district (Almaty Region); born in Leninogorsk (Ridder), studied in Ust-Kamenogorsk (East Kazakhstan Region); "three regions" unattributed',
     text="""Veteran mountaineer killed by avalanche in Talgar gorge
ALMATY, March 18 (KazTAG) - Viktor Ossipov, who climbed Everest for Kazakhstan in 1996, was killed by an avalanche in the upper Talgar gorge in Talgar district on Sunday, the emergencies department of Almaty Region said.
Two younger climbers from his group were dug out alive and flown by helicopter to a hospital in Talgar. Rescuers recovered Ossipov's body on Monday morning. Avalanches have killed six people in three regions of the country since December, the department said.
Ossipov, 58, was born in Leninogorsk, now Ridder, in East Kazakhstan, and studied at the road institute in Ust-Kamenogorsk before joining the army mountaineering team in Alma Ata in 1972. He climbed every seven-thousander of the Pamirs and trained two generations of climbers at the Medeu base.
Friends will gather at the Almaty Mountaineering Club on Friday. He will be buried in Ridder, whose sports school has carried his name since 2004.""",
     ann=[
        ('Talgar gorge', 0, 'facility', 'Talgar gorge', N, {'subkind': 'valley', 'note': 'headline; gorge in Talgar district, Almaty Region'}),
        ('ALMATY', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Everest', 0, 'foreign', 'Everest', N, {'note': 'NI:earlier climb'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('Talgar gorge', 1, 'facility', 'Talgar gorge', N, {'subkind': 'valley', 'note': 'gorge in Talgar district, Almaty Region'}),
        ('Talgar district', 0, 'district', 'Talgar District', ALR),
        ('Almaty Region', 0, 'region', ALR, ALR, {'note': 'inside the name of an authority'}),
        ('Talgar', 3, 'city', 'Talgar', ALR, {'note': 'NI:hospital town'}),
        ('three regions', 0, 'quantified', '3 regions', N, {'count': 3, 'unit': 'region', 'note': 'avalanche deaths since December in unnamed regions'}),
        ('Leninogorsk', 0, 'city', 'Ridder', EKR, {'note': 'NI:birthplace; Soviet name'}),
        ('Ridder', 0, 'city', 'Ridder', EKR, {'note': 'NI:birthplace'}),
        ('East Kazakhstan', 0, 'region', EKR, EKR, {'note': 'NI:region named without "Region"'}),
        ('Ust-Kamenogorsk', 0, 'city', 'Oskemen', EKR, {'note': 'NI:place of study'}),
        ('Alma Ata', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:workplace; old name spelt without the hyphen'}),
        ('Pamirs', 0, 'foreign', 'Pamirs', N, {'note': 'NI:mountain range abroad'}),
        ('Medeu', 0, 'facility', 'Medeu (Almaty)', 'Almaty', {'subkind': 'sports base', 'note': 'NI:workplace'}),
        ('Ridder', 1, 'city', 'Ridder', EKR, {'note': 'NI:burial place'}),
     ],
     inc={ALR: (1, 'avalanche killed the mountaineer in the upper Talgar gorge, Talgar district (gorge and district one event)')},
     unatt=[{'label': 'three regions', 'count': 3, 'note': 'avalanches killed six people in three unnamed regions since December'}]),

dict(id='p006', date='2022-12-06', lang='en',
     event='2022 where-are-they-now: a 1990s pop singer born in Ushtobe teaches children in Taldykorgan, centre of the new Jetisu Region; Taldy-Kurgan in the 1990s, tours to Russia and Turkey, Semey (Abai Region); the song title "Zhetysu Nights" is not a place (no incident)',
     text="""Where are they now: the voice of "Zhetysu Nights" teaches children in Taldykorgan
TALDYKORGAN, Dec 6 (Vlast.kz) - In 1993 Gulmira Seitova's song "Zhetysu Nights" played on every radio station from Ushtobe to Uralsk. Today the singer, 54, gives vocal lessons at a children's music school in Taldykorgan, the centre of the new Jetisu Region.
Seitova was born in Ushtobe and moved to Taldy-Kurgan, then a regional centre in its own right, at the age of ten. After the hit she settled in Almaty, toured Russia and Turkey, and in 2001 sang at the opening of the new bridge in Semey. In 2009 she came home to look after her mother.
"My pupils think the song is about their region, which did not even exist when I wrote it," she laughs. This autumn she judged children's song contests in Tekeli and Zharkent. She has no plans to return to the stage in Almaty, but will sing two songs at the New Year concert of the regional philharmonic.""",
     ann=[
        ('Taldykorgan', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:headline; residence and workplace'}),
        ('TALDYKORGAN', 0, 'city', 'Taldykorgan', JTR, {'note': 'dateline'}),
        ('Ushtobe', 0, 'city', 'Ushtobe', JTR, {'note': 'NI:figure of speech (radio coverage)'}),
        ('Uralsk', 0, 'city', 'Oral', WKR, {'note': 'NI:figure of speech (radio coverage); Russian name'}),
        ('Taldykorgan', 1, 'city', 'Taldykorgan', JTR, {'note': 'NI:workplace'}),
        ('Jetisu Region', 0, 'region', JTR, JTR, {'note': 'NI:created in June 2022'}),
        ('Ushtobe', 1, 'city', 'Ushtobe', JTR, {'note': 'NI:birthplace'}),
        ('Taldy-Kurgan', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:residence in childhood; old spelling'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:former residence'}),
        ('Russia', 0, 'foreign', 'Russia', N, {'note': 'NI:tour'}),
        ('Turkey', 0, 'foreign', 'Turkey', N, {'note': 'NI:tour'}),
        ('Semey', 0, 'city', 'Semey', ABR, {'note': 'NI:concert at a bridge opening; Abai Region on the article date'}),
        ('Tekeli', 0, 'city', 'Tekeli', JTR, {'note': 'NI:song contest venue'}),
        ('Zharkent', 0, 'city', 'Zharkent', JTR, {'note': 'NI:song contest venue'}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:former stage career'}),
     ],
     inc={}),

dict(id='p007', date='2012-10-02', lang='en',
     event='2012 fire at the house-museum of an akyn in Karaul, Abai district, and an armed break-in with theft of a war veteran\'s medals at the local history museum in Ayagoz (both East Kazakhstan Region before the 2022 split); Abai the poet vs Abai district; Chuguchak in China',
     text="""Fire guts akyn's house-museum in Abai district, a week after medals stolen in Ayagoz
SEMEY, Oct 2 (Interfax-Kazakhstan) - A fire overnight on Monday destroyed the roof and two rooms of the house-museum of the akyn Kozhamkul Erzhanuly in the village of Karaul, the centre of Abai district in East Kazakhstan Region, the regional emergencies department said.
Firefighters from Karaul and Semey needed four hours to put out the blaze. Nobody was hurt, but about 300 exhibits, among them manuscripts and the poet's dombra, were lost. Investigators suspect faulty wiring.
Erzhanuly, who was born in 1871 near Chuguchak, across the border in China, and died in Semipalatinsk in 1934, wrote in the tradition of Abai, whose own museum in Zhidebai was not affected. The house, built by his son in 1926, had been a museum since 1991, when Abai district still belonged to Semipalatinsk Region.
The fire came a week after two masked men broke into the local history museum in Ayagoz, tied up the night watchman and took eleven orders and medals of Kasym Ormanov, a decorated tank commander born in the town. Police have detained one suspect in Oskemen.
The akim of East Kazakhstan Region, speaking in Ust-Kamenogorsk on Tuesday, ordered checks of fire alarms and guards in every museum of the region. Ormanov's grandchildren, who live in Almaty and in Kazan, Russia, appealed to the thieves to return the medals.
A memorial evening for Erzhanuly, planned in Semey for October 12, will go ahead, the organisers said. Students from Zaisan and Urzhar will read his poems, and a descendant of the akyn is expected from Urumqi.""",
     ann=[
        ('Abai district', 0, 'district', 'Abai District', EKR, {'note': 'headline; site of the museum fire'}),
        ('Ayagoz', 0, 'city', 'Ayagoz', EKR, {'note': 'headline; site of the museum break-in'}),
        ('SEMEY', 0, 'city', 'Semey', EKR, {'note': 'dateline; East Kazakhstan Region before 2022'}),
        ('Karaul', 0, 'village', 'Karaul', EKR, {'note': 'site of the museum fire'}),
        ('Abai district', 1, 'district', 'Abai District', EKR),
        ('East Kazakhstan Region', 0, 'region', EKR, EKR),
        ('Karaul', 1, 'village', 'Karaul', EKR, {'note': 'NI:origin of firefighters'}),
        ('Semey', 0, 'city', 'Semey', EKR, {'note': 'NI:origin of firefighters'}),
        ('Chuguchak', 0, 'foreign', 'Tacheng', N, {'note': 'NI:birthplace; old name'}),
        ('China', 0, 'foreign', 'China', N),
        ('Semipalatinsk', 0, 'city', 'Semey', EKR, {'note': 'NI:place of death; old name'}),
        ('Zhidebai', 0, 'village', 'Zhidebai', EKR, {'note': 'NI:museum not affected; Abai the poet (occurrence 1 of Abai) is not annotated'}),
        ('Abai district', 2, 'district', 'Abai District', EKR, {'note': 'NI:history of the museum'}),
        ('Semipalatinsk Region', 0, 'region', EKR, EKR, {'uncertain': True, 'note': 'NI:region abolished in 1997; its land is East Kazakhstan Region on the article date'}),
        ('Ayagoz', 1, 'city', 'Ayagoz', EKR, {'note': 'site of the museum break-in'}),
        ('Oskemen', 0, 'city', 'Oskemen', EKR, {'note': 'NI:place of the arrest'}),
        ('East Kazakhstan Region', 1, 'region', EKR, EKR, {'note': "NI:inside an official's title"}),
        ('Ust-Kamenogorsk', 0, 'city', 'Oskemen', EKR, {'note': 'NI:place of a statement'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:residence of relatives'}),
        ('Kazan', 0, 'foreign', 'Kazan', N, {'note': 'NI:residence of relatives'}),
        ('Russia', 0, 'foreign', 'Russia', N),
        ('Semey', 1, 'city', 'Semey', EKR, {'note': 'NI:memorial evening'}),
        ('Zaisan', 0, 'city', 'Zaisan', EKR, {'note': 'NI:origin of students'}),
        ('Urzhar', 0, 'village', 'Urzhar', EKR, {'note': 'NI:origin of students'}),
        ('Urumqi', 0, 'foreign', 'Urumqi', N, {'note': 'NI:origin of a guest'}),
     ],
     inc={EKR: (2, 'fire at the house-museum in Karaul, Abai district (village and district one event); a week earlier, break-in at the Ayagoz museum with the watchman tied up and medals stolen')}),

dict(id='p008', date='2026-04-21', lang='en',
     event='2026 former Torpedo hockey defenceman dies in a car-lorry collision near Glubokoye on the Oskemen-Ridder road (East Kazakhstan Region); born in Zyryanovsk (Altai), grew up in Semipalatinsk (Abai Region); Altai town vs Altai Krai; Torpedo Ust-Kamenogorsk the club',
     text="""Former Torpedo defenceman dies in crash near Glubokoye
OSKEMEN, April 21 (KazTAG) - Andrei Kolesnikov, who played eleven seasons for Torpedo Ust-Kamenogorsk, died on Sunday when his car collided with a lorry on the Oskemen-Ridder road near the village of Glubokoye, police in East Kazakhstan Region said. He was 61.
Kolesnikov was born in Zyryanovsk, a mining town now called Altai, and grew up in Semipalatinsk, where his father worked at the meat plant. After independence he played in Yekaterinburg, in Barnaul in Russia's Altai Krai and in Finland, then coached children in Semey and Pavlodar.
The lorry driver, a resident of Shemonaikha, was taken to hospital with leg injuries. Police said the car had overtaken a bus on a wet road.
The funeral will be held on Wednesday in Öskemen. Torpedo will play their next home game with a black ribbon, and the club said it would retire his number 4.""",
     ann=[
        ('Glubokoye', 0, 'village', 'Glubokoye', EKR, {'note': 'headline; site of the crash'}),
        ('OSKEMEN', 0, 'city', 'Oskemen', EKR, {'note': 'dateline'}),
        ('Oskemen', 0, 'city', 'Oskemen', EKR, {'note': 'NI:road endpoint'}),
        ('Ridder', 0, 'city', 'Ridder', EKR, {'note': 'NI:road endpoint'}),
        ('Glubokoye', 1, 'village', 'Glubokoye', EKR, {'note': 'site of the crash'}),
        ('East Kazakhstan Region', 0, 'region', EKR, EKR, {'note': 'inside the name of an authority'}),
        ('Zyryanovsk', 0, 'city', 'Altai', EKR, {'note': 'NI:birthplace; Soviet name of Altai'}),
        ('Altai', 0, 'city', 'Altai', EKR, {'note': 'NI:birthplace; the town, not the Russian Altai Krai'}),
        ('Semipalatinsk', 0, 'city', 'Semey', ABR, {'note': 'NI:childhood residence; old name; Abai Region on the article date'}),
        ('Yekaterinburg', 0, 'foreign', 'Yekaterinburg', N, {'note': 'NI:career abroad'}),
        ('Barnaul', 0, 'foreign', 'Barnaul', N, {'note': 'NI:career abroad'}),
        ('Russia', 0, 'foreign', 'Russia', N),
        ('Altai Krai', 0, 'foreign', 'Altai Krai', N, {'note': 'NI:Russian region, namesake of the Kazakh town'}),
        ('Finland', 0, 'foreign', 'Finland', N, {'note': 'NI:career abroad'}),
        ('Semey', 0, 'city', 'Semey', ABR, {'note': 'NI:coaching'}),
        ('Pavlodar', 0, 'city', 'Pavlodar', PR, {'note': 'NI:coaching'}),
        ('Shemonaikha', 0, 'city', 'Shemonaikha', EKR, {'note': "NI:driver's residence"}),
        ('Öskemen', 0, 'city', 'Oskemen', EKR, {'note': 'NI:funeral; spelt with Kazakh Ö'}),
     ],
     inc={EKR: (1, 'car-lorry collision on the Oskemen-Ridder road near Glubokoye that killed the former player')}),
]
