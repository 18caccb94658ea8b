"""English texts of the thirty-eighth unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
JR, ALR, KYR, TR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'Turkistan Region', 'South Kazakhstan Region'
ABR, JTR, EKR, MR, KOR = 'Abai Region', 'Jetisu Region', 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR, UR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region', 'Ulytau Region'
ATR, AR, WKR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region'
STS = {'subkind': 'test site', 'note': 'former Soviet nuclear test site spanning several regions; adm1 null'}
BKC = {'subkind': 'cosmodrome', 'note': 'cosmodrome leased to Russia; Kyzylorda Region per guideline 4'}

DOCS = [
dict(id='p001', date='1994-11-08', lang='en',
     event='1994 rally of test-site victims outside the regional administration in Semipalatinsk with three detained, and a fire in an abandoned barracks in Chagan near Kurchatov (Semipalatinsk region, land of East Kazakhstan Region); villages Sarzhal and Kainar',
     text="""Villagers near former Soviet test site rally for nuclear compensation
ALMATY, Nov 8 (Reuters) - Several hundred people rallied outside the regional administration in Semipalatinsk on Tuesday, demanding that the government pay the compensation promised to victims of four decades of Soviet nuclear tests, organisers said.
Protesters from villages around the Semipalatinsk test site, closed in 1991, carried portraits of relatives who had died of cancer and blocked Lenin Street for about two hours. Police detained three men after a scuffle at the entrance, a spokesman for the Semipalatinsk region police said.
"Our children in Sarzhal and Kainar are still born sick, and the money exists only on paper," said Bolat Ospanov, a teacher from Sarzhal, about 160 km south of the city. Kainar is the centre of Abyraly district, which lay closest to the ground-zero field.
A law passed in 1992 promised monthly payments to residents of the zone, but officials in Almaty say the budget has no money for them this year. Doctors from Kurchatov, the scientists' town on the Irtysh that once served the test site, examined about 2,000 villagers in the summer and found high rates of thyroid disease.
On Sunday night a fire gutted an abandoned barracks in Chagan, the former air base settlement 60 km from Kurchatov, and police suspect scrap metal collectors who had been stripping the building. No one was hurt.
The Nevada-Semipalatinsk movement, founded in 1989, plans a conference in Moscow next month with activists from Nevada and from Novaya Zemlya in Russia. Its leaders say Kazakhstan should ask Moscow to share the cost of cleaning up the site, an area of about 18,000 square kilometres.""",
     ann=[
        ('ALMATY', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Semipalatinsk', 0, 'city', 'Semey', EKR, {'note': 'Semey before its renaming; East Kazakhstan Region before 2022'}),
        ('Semipalatinsk test site', 0, 'facility', 'Semipalatinsk test site', N, STS),
        ('Lenin Street', 0, 'facility', 'Lenin Street (Semey)', EKR, {'subkind': 'street'}),
        ('Semipalatinsk region', 0, 'region', EKR, EKR, {'uncertain': True, 'note': 'NI:inside the name of an authority; Semipalatinsk Region, abolished in 1997, its land now East Kazakhstan Region'}),
        ('Sarzhal', 0, 'village', 'Sarzhal', EKR, {'note': 'NI:residence of sick children'}),
        ('Kainar', 0, 'village', 'Kainar (Abai District)', EKR, {'note': 'NI:residence of sick children'}),
        ('Sarzhal', 1, 'village', 'Sarzhal', EKR, {'note': "NI:residence of the teacher"}),
        ('Kainar', 1, 'village', 'Kainar (Abai District)', EKR, {'note': 'NI:district centre'}),
        ('Abyraly district', 0, 'district', 'Abyraly District', EKR, {'note': 'NI:district abolished in 1997 and merged into Abai district'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:seat of the government (capital in 1994)'}),
        ('Kurchatov', 0, 'city', 'Kurchatov', EKR, {'note': 'NI:origin of the doctors'}),
        ('Irtysh', 0, 'facility', 'Irtysh River', N, {'subkind': 'river'}),
        ('Chagan', 0, 'village', 'Chagan', EKR),
        ('Kurchatov', 1, 'city', 'Kurchatov', EKR, {'note': 'NI:reference point'}),
        ('Moscow', 0, 'foreign', 'Moscow', N, {'note': 'NI:venue of a planned conference'}),
        ('Nevada', 1, 'foreign', 'Nevada', N),
        ('Novaya Zemlya', 0, 'foreign', 'Novaya Zemlya', N),
        ('Russia', 0, 'foreign', 'Russia', N),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('Moscow', 1, 'foreign', 'Moscow', N, {'uncertain': True, 'note': 'metonymy for the Russian government'}),
     ],
     inc={EKR: (2, 'rally with three detained outside the regional administration in Semipalatinsk (one event, with Lenin Street); fire in an abandoned barracks in Chagan')}),

dict(id='p002', date='2013-07-02', lang='en',
     event='2013 Proton-M crash seconds after lift-off at the Baikonur cosmodrome with a heptyl cloud (Kyzylorda Region); Toretam and Akai told to stay indoors',
     text="""Russian Proton rocket crashes at Baikonur, toxic cloud drifts over steppe
BAIKONUR, July 2 (Interfax-Kazakhstan) - An unmanned Russian Proton-M rocket veered off course and exploded less than a minute after lift-off from the Baikonur cosmodrome on Tuesday, scattering burning fragments over the steppe about 2 km from the pad, Kazakhstan's emergencies ministry said.
The rocket carried more than 600 tonnes of heptyl and other propellants, most of which burned in the blast. A brownish cloud drifted north-east, and the authorities of Kyzylorda Region told the residents of Toretam and Akai to stay indoors and keep their windows shut. Schools in Zhosaly, the centre of Karmakshy district, sent pupils home.
Nobody was hurt, Roscosmos said in Moscow. Air samples taken in the town of Baikonur showed no heptyl above the permitted level by the evening.
Inspectors from Kyzylorda will take soil samples at the crash site on Wednesday, and the ministry said Russia would pay for the clean-up under the lease agreement.""",
     ann=[
        ('Baikonur', 0, 'facility', 'Baikonur Cosmodrome', KYR, BKC),
        ('BAIKONUR', 0, 'city', 'Baikonur', KYR, {'note': 'dateline; town leased to Russia'}),
        ('Baikonur cosmodrome', 0, 'facility', 'Baikonur Cosmodrome', KYR, BKC),
        ("Kazakhstan", 1, 'country', 'Kazakhstan', N),
        ('Kyzylorda Region', 0, 'region', KYR, KYR, {'note': 'NI:authorities of the region'}),
        ('Toretam', 0, 'village', 'Toretam', KYR, {'note': 'NI:residents told to stay indoors (a measure)'}),
        ('Akai', 0, 'village', 'Akai', KYR, {'note': 'NI:residents told to stay indoors (a measure)'}),
        ('Zhosaly', 0, 'village', 'Zhosaly', KYR, {'note': 'NI:schools closed (a measure); settlement, district centre'}),
        ('Karmakshy district', 0, 'district', 'Karmakshy District', KYR, {'note': 'NI:district of Zhosaly'}),
        ('Moscow', 0, 'foreign', 'Moscow', N, {'note': 'NI:seat of Roscosmos'}),
        ('Baikonur', 2, 'city', 'Baikonur', KYR, {'note': 'NI:air samples taken; town leased to Russia'}),
        ('Kyzylorda', 1, 'city', 'Kyzylorda', KYR, {'note': 'NI:origin of the inspectors'}),
        ('Russia', 0, 'foreign', 'Russia', N),
     ],
     inc={KYR: (1, 'Proton-M crash and explosion near the launch pad of the Baikonur cosmodrome')}),

dict(id='p003', date='2019-08-29', lang='en',
     event='2019 International Day against Nuclear Tests: ceremony in Semey and the museum in Kurchatov (East Kazakhstan Region before 2022); Nur-Sultan (no incident)',
     text="""Semey remembers test victims 28 years after site closure
NUR-SULTAN, Aug 29 (Kazinform) - Several thousand people laid flowers at the Stronger than Death monument in Semey on Thursday to mark the International Day against Nuclear Tests, the East Kazakhstan Region akimat said.
The day falls on the anniversary of the 1991 decree that closed the Semipalatinsk test site, where Soviet scientists set off 456 nuclear explosions between 1949 and 1989. The UN declared it an international day at Kazakhstan's proposal in 2009.
In Kurchatov, the former secret town that housed the site's staff, the National Nuclear Centre opened a new hall of its museum with the control panel used for the first test. Visitors from Japan, including survivors of the bombing of Hiroshima, took part in a round table there.
The minister of health told a briefing in Nur-Sultan that 1.3 million people had received the status of test victims. The Nevada-Semipalatinsk movement asked parliament to raise the one-off payment, which has not changed since 1992.""",
     ann=[
        ('Semey', 0, 'city', 'Semey', EKR),
        ('NUR-SULTAN', 0, 'city', 'Astana', 'Astana', {'note': 'dateline; the capital named Nur-Sultan in 2019'}),
        ('Stronger than Death monument', 0, 'facility', 'Stronger than Death monument (Semey)', EKR, {'subkind': 'monument'}),
        ('Semey', 1, 'city', 'Semey', EKR),
        ('East Kazakhstan Region', 0, 'region', EKR, EKR, {'note': 'inside the name of an authority'}),
        ('Semipalatinsk test site', 0, 'facility', 'Semipalatinsk test site', N, STS),
        ("Kazakhstan", 1, 'country', 'Kazakhstan', N),
        ('Kurchatov', 0, 'city', 'Kurchatov', EKR),
        ('Japan', 0, 'foreign', 'Japan', N, {'note': 'NI:origin of visitors'}),
        ('Hiroshima', 0, 'foreign', 'Hiroshima', N),
        ('Nur-Sultan', 0, 'city', 'Astana', 'Astana', {'note': 'NI:venue of a briefing'}),
     ],
     inc={}),

dict(id='p004', date='2023-05-16', lang='en',
     event='2023 steppe fire reaching the edge of the former test site near Dolon and an old shell exploding in the former Chagan base (Abai Region, formerly East Kazakhstan); radiation checks in Kurchatov and Mostik',
     text="""Steppe fire reaches edge of former nuclear test site in Abai Region
SEMEY, May 16 (Vlast.kz) - Firefighters on Tuesday put out a steppe fire that burned about 1,200 hectares of pasture near the village of Dolon and reached the northern edge of the former Semipalatinsk test site, the emergencies department of Abai Region said.
The fire started on Monday afternoon, probably from a burning of dry grass by a farmer, and was driven south-west by strong wind. Thirty-two firefighters and eight engines from Semey and Kurchatov fought it through the night. No buildings were damaged.
Specialists of the National Nuclear Centre in Kurchatov measured radiation along the burnt strip and found no levels above the background, the centre said. Residents of Dolon and Mostik had asked for the checks after smoke from the fire covered both villages.
The region, formed last June from the south-western districts of East Kazakhstan Region with Semey as its centre, has had three large steppe fires since April. The akimat has banned the burning of grass in Beskaragay district until the end of the month.
A week earlier a scrap collector was badly injured when an old artillery shell he was cutting up exploded on the grounds of the former Chagan air base, police said. The base, abandoned by the Russian army in 1995, lies on the Irtysh about 15 km from Dolon. Police say villagers still dig metal out of its runways and hangars despite the warning signs.
Officials from Astana are due in Semey next week to discuss a new list of villages whose residents can claim compensation as test victims. Activists want Dolon, which received the fallout of the first Soviet test in 1949, to be placed in the zone of maximum risk.""",
     ann=[
        ('Abai Region', 0, 'region', ABR, ABR),
        ('SEMEY', 0, 'city', 'Semey', ABR, {'note': 'dateline'}),
        ('Dolon', 0, 'village', 'Dolon', ABR),
        ('Semipalatinsk test site', 0, 'facility', 'Semipalatinsk test site', N, STS),
        ('Abai Region', 1, 'region', ABR, ABR, {'note': 'inside the name of an authority'}),
        ('Semey', 0, 'city', 'Semey', ABR, {'note': 'NI:origin of firefighters'}),
        ('Kurchatov', 0, 'city', 'Kurchatov', ABR, {'note': 'NI:origin of firefighters'}),
        ('Kurchatov', 1, 'city', 'Kurchatov', ABR, {'note': 'NI:seat of the National Nuclear Centre'}),
        ('Dolon', 1, 'village', 'Dolon', ABR, {'note': 'NI:residents asked for checks'}),
        ('Mostik', 0, 'village', 'Mostik', ABR, {'note': 'NI:residents asked for checks'}),
        ('East Kazakhstan Region', 0, 'region', EKR, EKR, {'note': 'NI:the former unit of Abai Region'}),
        ('Semey', 1, 'city', 'Semey', ABR, {'note': 'NI:regional centre'}),
        ('Beskaragay district', 0, 'district', 'Beskaragay District', ABR, {'note': 'NI:ban on burning grass (a measure)'}),
        ('Chagan', 0, 'village', 'Chagan', ABR, {'note': 'the former Chagan air base'}),
        ('Irtysh', 0, 'facility', 'Irtysh River', N, {'subkind': 'river'}),
        ('Dolon', 2, 'village', 'Dolon', ABR, {'note': 'NI:reference point'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of officials'}),
        ('Semey', 2, 'city', 'Semey', ABR, {'note': 'NI:venue of a meeting'}),
        ('Dolon', 3, 'village', 'Dolon', ABR, {'note': 'NI:fallout of 1949 (background, not an incident of the article)'}),
     ],
     inc={ABR: (2, 'steppe fire near Dolon reaching the test site edge; old shell exploding at the former Chagan air base, injuring a scrap collector')}),

dict(id='p005', date='2000-10-12', lang='en',
     event='2000 end of the dismantling of the former anthrax production line in Stepnogorsk (Akmola Region), code name Tselinograd-25 (no incident)',
     text="""U.S. and Kazakh engineers finish dismantling Soviet anthrax line
STEPNOGORSK, Kazakhstan, Oct 12 (Reuters) - American and Kazakh engineers have finished dismantling the fermenters of a Soviet plant in Stepnogorsk that was built to turn out hundreds of tonnes of anthrax a year in wartime, officials said on Thursday.
The town in Akmola Region, known in Soviet documents only as Tselinograd-25, was closed to outsiders until 1992. Its plant never produced weapons in quantity, but it tested production lines for the Soviet biological programme, whose main centres were in Russia.
The work was paid for by the United States under its programme to reduce the Soviet weapons legacy. A U.S. official said in Astana that the last of the equipment would be cut up and buried by the end of the year.
Residents of Stepnogorsk, whose uranium plant in nearby Aksu has cut its workforce by half, hope the site will attract a pharmaceutical maker. Astana, which was called Akmola until 1998, lies about 180 km to the south-west.""",
     ann=[
        ('STEPNOGORSK', 0, 'city', 'Stepnogorsk', AKR, {'note': 'dateline'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N, {'note': 'dateline'}),
        ('Stepnogorsk', 0, 'city', 'Stepnogorsk', AKR),
        ('Akmola Region', 0, 'region', AKR, AKR),
        ('Tselinograd-25', 0, 'city', 'Stepnogorsk', AKR, {'note': 'Soviet code name of Stepnogorsk; not the capital Tselinograd'}),
        ('Russia', 0, 'foreign', 'Russia', N),
        ('United States', 0, 'foreign', 'United States', N),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:venue of a statement'}),
        ('Stepnogorsk', 1, 'city', 'Stepnogorsk', AKR, {'note': 'NI:residence'}),
        ('Aksu', 0, 'city', 'Aksu (Stepnogorsk)', AKR, {'note': 'town under the Stepnogorsk administration'}),
        ('Astana', 1, 'city', 'Astana', 'Astana', {'note': 'NI:reference'}),
        ('Akmola', 1, 'city', 'Astana', 'Astana', {'note': 'former name of the capital; not Akmola Region'}),
     ],
     inc={}),

dict(id='p006', date='2011-06-21', lang='en',
     event='2011 fire in a disused radar building of the Sary-Shagan range near Priozersk (Karaganda Region); firefighters from Balkhash',
     text="""Fire guts disused radar building at Sary-Shagan range
PRIOZERSK, June 21 (KazTAG) - A fire destroyed a disused radar building of the Sary-Shagan missile defence range on the shore of Lake Balkhash near Priozersk late on Monday, the Karaganda Region emergencies department said on Tuesday.
The four-storey building, abandoned since the late 1990s, burned for nearly six hours. Crews from Priozersk and from the village of Sary-Shagan were joined by a train of firefighters sent from Balkhash, 180 km to the north-east. Nobody was inside.
Investigators believe the fire started while people were cutting metal from the structure. Two residents of Priozersk have been questioned.
The range, which stretches across the Betpak-Dala desert, is still partly leased by Russia, whose forces test anti-missile interceptors there. The last launch, from Kapustin Yar in the Astrakhan region, took place in April. Priozersk, the range's closed garrison town, has lost more than half of its Soviet-era population, and the town's akim said most abandoned buildings would be demolished by 2015.""",
     ann=[
        ('Sary-Shagan', 0, 'facility', 'Sary-Shagan test range', N, {'subkind': 'test site', 'note': 'missile defence range spanning several regions; adm1 null'}),
        ('PRIOZERSK', 0, 'city', 'Priozersk', KR, {'note': 'dateline'}),
        ('Sary-Shagan', 1, 'facility', 'Sary-Shagan test range', N, {'subkind': 'test site', 'note': 'missile defence range spanning several regions; adm1 null'}),
        ('Lake Balkhash', 0, 'facility', 'Lake Balkhash', N, {'subkind': 'lake'}),
        ('Priozersk', 0, 'city', 'Priozersk', KR),
        ('Karaganda Region', 0, 'region', KR, KR, {'note': 'inside the name of an authority'}),
        ('Priozersk', 1, 'city', 'Priozersk', KR, {'note': 'NI:origin of fire crews'}),
        ('Sary-Shagan', 2, 'village', 'Sary-Shagan', KR, {'note': 'NI:origin of fire crews'}),
        ('Balkhash', 1, 'city', 'Balkhash', KR, {'note': 'NI:origin of firefighters'}),
        ('Priozersk', 2, 'city', 'Priozersk', KR, {'note': 'NI:residence'}),
        ('Betpak-Dala', 0, 'facility', 'Betpak-Dala', N, {'subkind': 'desert'}),
        ('Russia', 0, 'foreign', 'Russia', N),
        ('Kapustin Yar', 0, 'foreign', 'Kapustin Yar', N),
        ('Astrakhan region', 0, 'foreign', 'Astrakhan Oblast', N),
        ('Priozersk', 3, 'city', 'Priozersk', KR),
     ],
     inc={KR: (1, 'fire destroying a disused radar building of the range near Priozersk')}),

dict(id='p007', date='2021-10-14', lang='en',
     event='2021 routine fall of a Soyuz first stage in Ulytau district near the village of Baikonur (Karaganda Region before 2022); Zhezkazgan (no incident)',
     text="""Rocket stage lands in Ulytau steppe as planned, villagers told to keep away
ZHEZKAZGAN, Oct 14 (Tengrinews) - Parts of the first stage of a Soyuz rocket launched from the Baikonur cosmodrome on Wednesday came down inside the designated drop zone in Ulytau district, the Karaganda Region akimat said.
A search team from Zhezkazgan found four side boosters about 30 km north of the village of Baikonur, which gave its name to the cosmodrome some 600 km away. Samples of soil and water showed no contamination, because the Soyuz burns kerosene rather than heptyl, it said.
Villagers in Baikonur and Karsakpay were asked not to approach the wreckage or to remove metal until the Russian recovery team had taken it away. The team will be paid under the Kazakh-Russian agreement on the cosmodrome's drop zones. Three more launches from Baikonur are planned before the end of the year.""",
     ann=[
        ('Ulytau', 0, 'district', 'Ulytau District', KR, {'note': 'headline; the district (Karaganda Region in 2021)'}),
        ('ZHEZKAZGAN', 0, 'city', 'Zhezkazgan', KR, {'note': 'dateline; Karaganda Region before 2022-06-08'}),
        ('Baikonur cosmodrome', 0, 'facility', 'Baikonur Cosmodrome', KYR, dict(BKC, note='NI:launch site; cosmodrome leased to Russia')),
        ('Ulytau district', 0, 'district', 'Ulytau District', KR, {'note': 'NI:planned stage fall inside the drop zone (not an incident)'}),
        ('Karaganda Region', 0, 'region', KR, KR, {'note': 'inside the name of an authority'}),
        ('Zhezkazgan', 0, 'city', 'Zhezkazgan', KR, {'note': 'NI:origin of the search team'}),
        ('Baikonur', 1, 'village', 'Baikonur (Ulytau District)', KR, {'note': 'NI:reference point; the village, not the cosmodrome'}),
        ('Baikonur', 2, 'village', 'Baikonur (Ulytau District)', KR, {'note': 'NI:residence'}),
        ('Karsakpay', 0, 'village', 'Karsakpay', KR, {'note': 'NI:residence'}),
        ('Baikonur', 3, 'facility', 'Baikonur Cosmodrome', KYR, dict(BKC, note='NI:launch site; cosmodrome leased to Russia')),
     ],
     inc={}),

dict(id='p008', date='2026-05-20', lang='en',
     event='2026 Proton-M debris outside the drop zone: steppe fire and a burnt winter farmstead near Atasu, Zhanaarka district (Ulytau Region), and a fairing fragment hitting a cattle shed in Aksu-Ayuly, Shet district (Karaganda Region); "four regions" since 2019',
     text="""Rocket debris sets steppe ablaze in central Kazakhstan, hits cattle shed
ASTANA, May 20 (Reuters) - Fragments of a Russian Proton-M rocket launched from the Baikonur cosmodrome on Monday fell outside their designated drop zone, starting a steppe fire in Ulytau Region and damaging a cattle shed in neighbouring Karaganda Region, Kazakhstan's emergencies ministry said on Wednesday.
A section of the second stage came down about 40 km north-east of Atasu, the centre of Zhanaarka district, and set fire to about 300 hectares of pasture. The flames destroyed a winter farmstead whose family had moved to summer grazing a week earlier. A tank from the stage still held several hundred kilograms of heptyl, and the area has been fenced off.
"This is a spill of one of the most toxic fuels there is, not a routine fall," said Aigerim Seitova, an ecologist in Zhezkazgan, where the regional emergencies department has its headquarters. Soil samples have been sent to a laboratory in Karaganda.
About 150 km to the east, a piece of the nose fairing went through the roof of a cattle shed in the village of Aksu-Ayuly in Shet district. Two cows were killed; the owner was in his house at the time.
Zhanaarka district belonged to Karaganda Region until 2022, when it was moved into the newly created Ulytau Region together with Zhezkazgan and Satpayev. Farmers there say they have never been paid for earlier damage.
The ministry said debris had fallen outside designated areas in four regions since 2019, and that it would ask Roscosmos to pay for the clean-up and for the lost livestock. A joint commission will meet in Moscow in June. The launch, the third from Baikonur this year, put a Russian communications satellite into orbit.""",
     ann=[
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N, {'note': 'headline; "central Kazakhstan" (directional phrase)'}),
        ('ASTANA', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Baikonur cosmodrome', 0, 'facility', 'Baikonur Cosmodrome', KYR, dict(BKC, note='NI:launch site; cosmodrome leased to Russia')),
        ('Ulytau Region', 0, 'region', UR, UR),
        ('Karaganda Region', 0, 'region', KR, KR),
        ("Kazakhstan", 1, 'country', 'Kazakhstan', N),
        ('Atasu', 0, 'village', 'Atasu', UR, {'note': 'NI:reference point ("40 km north-east of")'}),
        ('Zhanaarka district', 0, 'district', 'Zhanaarka District', UR),
        ('Zhezkazgan', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:residence of the ecologist; seat of the regional department'}),
        ('Karaganda', 1, 'city', 'Karaganda', KR, {'note': 'NI:laboratory'}),
        ('Aksu-Ayuly', 0, 'village', 'Aksu-Ayuly', KR),
        ('Shet district', 0, 'district', 'Shet District', KR),
        ('Zhanaarka district', 1, 'district', 'Zhanaarka District', UR, {'note': 'NI:history of the district'}),
        ('Karaganda Region', 1, 'region', KR, KR, {'note': 'NI:the former unit of the district'}),
        ('Ulytau Region', 1, 'region', UR, UR, {'note': 'NI:history of the region'}),
        ('Zhezkazgan', 1, 'city', 'Zhezkazgan', UR, {'note': 'NI:history of the region'}),
        ('Satpayev', 0, 'city', 'Satpayev', UR, {'note': 'NI:history of the region'}),
        ('four regions', 0, 'quantified', '4 regions', N, {'count': 4, 'unit': 'region', 'note': 'debris outside designated areas since 2019'}),
        ('Moscow', 0, 'foreign', 'Moscow', N, {'note': 'NI:venue of a commission meeting'}),
        ('Baikonur', 1, 'facility', 'Baikonur Cosmodrome', KYR, dict(BKC, note='NI:launch site; cosmodrome leased to Russia')),
     ],
     inc={UR: (1, 'second stage section with heptyl falling near Atasu, Zhanaarka district: steppe fire, burnt farmstead and fuel spill (one event)'),
          KR: (1, 'fairing fragment through the roof of a cattle shed in Aksu-Ayuly, Shet district, killing two cows')},
     unatt=[{'label': 'four regions', 'count': 4, 'note': 'debris fallen outside designated areas since 2019 in four unnamed regions'}]),
]
