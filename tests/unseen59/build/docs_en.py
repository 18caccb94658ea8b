"""English texts of the fifty-ninth unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p001', date='1995-09-01', lang='en',
     event='1995 teachers\' picket over unpaid wages at the regional education department in Semipalatinsk on the first day of school (East Kazakhstan Region land; Semipalatinsk Region abolished 1997); 14 rural schools unopened in Ayagoz and Urdzhar districts; lessons postponed in six regions; a protest announced in Ust-Kamenogorsk',
     text="""Teachers picket in Semipalatinsk as school year opens without pay
ALMATY, Sept 1 (Interfax-Kazakhstan) - About 300 teachers picketed the regional education department in Semipalatinsk on Friday, the first day of the school year, demanding wages that have not been paid since April, a trade union official said.
"We opened our classrooms this morning because the children came. But we cannot go on teaching for nothing," said Raisa Kuznetsova, who has taught mathematics at School No. 9 in the city for 22 years. The protesters dispersed peacefully after the deputy governor, Yerlan Mukashev, came out to speak to them.
In Semipalatinsk region 14 rural schools did not open at all, among them schools in the Ayagoz and Urdzhar districts, where heating coal has not been delivered and several teachers have left for jobs in Russia.
The education ministry in Almaty said arrears to teachers across Kazakhstan exceed 2 billion tenge and that schools in six regions had postponed the start of lessons to October. A similar picket has been announced for Monday in Ust-Kamenogorsk.""",
     ann=[
        ('Semipalatinsk', 0, 'city', 'Semey', EKR, {'note': 'headline; Soviet name of Semey; East Kazakhstan Region land before 2022'}),
        ('ALMATY', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Semipalatinsk', 1, 'city', 'Semey', EKR, {'note': 'the picket at the regional education department'}),
        ('Semipalatinsk region', 0, 'region', EKR, EKR, {'uncertain': True, 'note': 'NI:schools not opened; the Semipalatinsk Region abolished in 1997, labelled with the canonical unit holding its land'}),
        ('Ayagoz', 0, 'district', 'Ayagoz District', EKR, {'note': 'NI:schools not opened; in a list sharing "districts"'}),
        ('Urdzhar', 0, 'district', 'Urzhar District', EKR, {'note': 'NI:schools not opened; in a list sharing "districts"; Russian-style spelling'}),
        ('Russia', 0, 'foreign', 'Russia', N, {'note': "NI:teachers' destination"}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:seat of the ministry (the capital in 1995)'}),
        ('Kazakhstan', 1, 'country', 'Kazakhstan', N, {'note': 'the first occurrence is inside the agency name Interfax-Kazakhstan, not annotated'}),
        ('six regions', 0, 'quantified', '6 regions', N, {'count': 6, 'unit': 'region', 'note': 'lessons postponed; not an incident'}),
        ('Ust-Kamenogorsk', 0, 'city', 'Oskemen', EKR, {'note': 'NI:announced picket, not yet held'}),
     ],
     inc={EKR: (1, "teachers' picket at the regional education department in Semipalatinsk; schools not opened and the announced picket in Ust-Kamenogorsk are not counted")}),

dict(id='p002', date='2004-06-18', lang='en',
     event='2004 first Unified National Test results: parents\' protest at the regional education department in Shymkent with two detained (South Kazakhstan Region before 2018); bus with school leavers overturned near Zhosaly on the way to the Kyzylorda testing centre; late test papers in Petropavlovsk (not an incident); universities in Almaty and Astana named after persons; Bolashak scholarships abroad; pickets in three other, unnamed regions (unattributed)',
     text="""Parents protest in Shymkent, bus with school leavers overturns as first test results come out
ASTANA, June 18 (Kazinform) - The results of Kazakhstan's first Unified National Test, which this year replaced the separate school-leaving and university entrance examinations, were published on Friday, and the day brought a street protest and a serious road accident.
In Shymkent about 150 parents gathered outside the South Kazakhstan regional education department, accusing the marking commission of losing answer sheets from village schools in the Sairam and Tolebi districts. Police dispersed the crowd after three hours and detained two fathers. The regional governor's deputy, Bolat Seitkali, promised that an appeal commission would start work on Monday.
Earlier in the day a bus carrying 27 school leavers from the village of Akzhar to the testing centre in Kyzylorda skidded off the road and overturned near Zhosaly. Four girls were taken to hospital with fractures, the Kyzylorda regional police said. The driver told investigators he had swerved to avoid a camel.
In Petropavlovsk the test papers arrived two hours late because the printer at the regional testing centre broke down, but all 2,300 candidates sat the test the same day.
Education Minister Marat Zhunusov told reporters that 78,000 school leavers in all regions had taken the test and that the average score was 61 out of 125. "The system is new, and there will be mistakes. But for the first time a boy from a village near Aralsk competes on equal terms with a girl from Almaty," he said.
Candidates with the highest scores can apply for state grants at universities such as the Al-Farabi Kazakh National University in Almaty and the Gumilyov Eurasian National University in Astana, or for the Bolashak scholarship, which will send about 200 students to Britain, the United States, Germany and Malaysia this autumn.
Parents also picketed education departments in three other regions over the marking, the ministry said, without naming them.""",
     ann=[
        ('Shymkent', 0, 'city', 'Shymkent', SKR, {'note': 'headline; South Kazakhstan Region before 2018-06-19'}),
        ('ASTANA', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('Shymkent', 1, 'city', 'Shymkent', SKR),
        ('South Kazakhstan', 0, 'region', SKR, SKR, {'note': 'inside the name of an authority (regional education department)'}),
        ('Sairam', 0, 'district', 'Sayram District', SKR, {'note': 'NI:origin of the answer sheets; in a list sharing "districts"'}),
        ('Tolebi', 0, 'district', 'Tole Bi District', SKR, {'note': 'NI:origin of the answer sheets; in a list sharing "districts"; the South Kazakhstan district, not the Jambyl village'}),
        ('Akzhar', 0, 'village', 'Akzhar (Kyzylorda Region)', KZR, {'note': 'NI:origin of the bus; a common village name, placed by the text in Kyzylorda Region'}),
        ('Kyzylorda', 0, 'city', 'Kyzylorda', KZR, {'note': 'NI:destination of the bus'}),
        ('Zhosaly', 0, 'village', 'Zhosaly', KZR, {'note': 'the bus overturned near it'}),
        ('Kyzylorda', 1, 'region', KZR, KZR, {'note': 'inside the name of an authority (regional police)'}),
        ('Petropavlovsk', 0, 'city', 'Petropavl', NKR, {'note': 'NI:late test papers, not an incident; Russian name'}),
        ('all regions', 0, 'quantified', 'all regions', N, {'count': None, 'unit': 'region', 'quantifier': 'all', 'note': 'test taken; not an incident'}),
        ('Aralsk', 0, 'city', 'Aral', KZR, {'note': "NI:reference point in a minister's quote; Russian name of Aral"}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': "NI:in a minister's quote"}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:seat of a university (the university, named after a person, is not annotated)'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of a university named after a person'}),
        ('Britain', 0, 'foreign', 'United Kingdom', N, {'note': 'NI:scholarship destination'}),
        ('the United States', 0, 'foreign', 'United States', N, {'note': 'NI:scholarship destination'}),
        ('Germany', 0, 'foreign', 'Germany', N, {'note': 'NI:scholarship destination'}),
        ('Malaysia', 0, 'foreign', 'Malaysia', N, {'note': 'NI:scholarship destination'}),
        ('three other regions', 0, 'quantified', '3 other regions', N, {'count': 3, 'unit': 'region', 'note': 'pickets in three unnamed regions (unattributed incidents)'}),
     ],
     inc={SKR: (1, 'parents\' protest outside the regional education department in Shymkent, two detained'),
          KZR: (1, 'bus with school leavers overturned near Zhosaly, four hurt')},
     unatt=[{'label': 'three other regions', 'count': 3, 'note': 'parents picketed education departments in three other, unnamed regions'}]),

dict(id='p003', date='2012-01-24', lang='en',
     event='2012 school bus skids into a ditch near Novokubanka (Shortandy district, Akmola Region), six pupils hurt; a December bus-lorry collision near Atbasar narrated as background; injured flown to Astana; classes cancelled for frost',
     text="""School bus skids off icy road in Akmola region, six pupils hurt
ASTANA, Jan 24 (Tengrinews) - Six children were injured when a school bus skidded on ice and overturned into a ditch near the village of Novokubanka in Shortandy district of Akmola region on Tuesday morning, the regional emergencies department said.
The bus was taking 19 pupils from outlying farms to the secondary school in Shortandy. Two boys with head injuries were flown by air ambulance to the children's hospital in Astana; the others were treated at the district hospital.
Prosecutors have opened a case against the driver and the owner of the vehicle, a private firm under contract to the district education office. It was the second school bus accident in the region this winter: in December a bus carrying pupils to a sports competition hit a lorry near Atbasar, without casualties.
Classes in all schools of Shortandy district have been cancelled until Thursday because of frost of minus 38.""",
     ann=[
        ('Akmola region', 0, 'region', AKR, AKR, {'note': 'headline'}),
        ('ASTANA', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Novokubanka', 0, 'village', 'Novokubanka', AKR),
        ('Shortandy district', 0, 'district', 'Shortandy District', AKR),
        ('Akmola region', 1, 'region', AKR, AKR),
        ('Shortandy', 1, 'village', 'Shortandy', AKR, {'note': 'NI:destination of the bus; settlement and district centre'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:hospital city'}),
        ('Atbasar', 0, 'city', 'Atbasar', AKR, {'note': 'December collision near it (background, narrated)'}),
        ('Shortandy district', 1, 'district', 'Shortandy District', AKR, {'note': 'NI:classes cancelled'}),
     ],
     inc={AKR: (2, 'school bus overturned near Novokubanka, six hurt; December collision of a school bus with a lorry near Atbasar (background narrated explicitly)')}),

dict(id='p004', date='2018-07-02', lang='en',
     event='2018 stabbing in a medical college hostel in Abai district of Shymkent (a city of republican significance for two weeks); boy drowns in the Badam river by the «Zhuldyz» camp in Tole Bi district (Turkistan Region); food poisoning at a camp near Kentau (not counted); renamed South Kazakhstan Region recalled; Turkestan as the future regional centre',
     text="""Student stabbed in Shymkent college hostel; boy drowns near summer camp
SHYMKENT, July 2 (KazTAG) - A 19-year-old student was stabbed in the stomach during a fight in the hostel of a medical college in Shymkent's Abai district late on Sunday and is in a serious condition, city police said. A second-year student of the same college has been detained.
According to police, the quarrel began over a borrowed mobile phone and spread to the corridor, where about a dozen young men joined in. The college trains nurses and paramedics for the south of the country, and its hostel on Tauke Khan Avenue houses about 400 students from the Turkistan, Kyzylorda and Jambyl regions.
It was the first serious violent crime involving students since Shymkent became a city of republican significance on June 19 and left the former South Kazakhstan region, which has been renamed Turkistan region. The city police department was formed from the old Shymkent city police.
In Turkistan region, a ten-year-old boy drowned on Saturday in the Badam river next to the «Zhuldyz» summer camp in Tole Bi district, the regional emergencies department said. Children from the camp, which belongs to a trade union in Shymkent, had gone to the river without a counsellor. The camp has been closed and its director detained.
On the same day 14 children at another camp near Kentau were taken to hospital with suspected food poisoning. All are recovering, and sanitary inspectors have taken samples from the camp kitchen.
Regional officials say 46 children's camps are open in Turkistan region this summer and that inspections will now be held in all districts. In the town of Turkestan, which is to become the regional centre, the akimat plans to open a camp for 600 children next year, with money from the Kazakhstan Temir Zholy railway company.""",
     ann=[
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'headline; city of republican significance since 2018-06-19'}),
        ('SHYMKENT', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'dateline'}),
        ("Shymkent", 1, 'city', 'Shymkent', 'Shymkent', {'note': "possessive \"Shymkent's\""}),
        ('Abai district', 0, 'district', 'Abai District (Shymkent)', 'Shymkent', {'subkind': 'city district', 'note': 'district of Shymkent, not Abai Region'}),
        ('Tauke Khan Avenue', 0, 'facility', 'Tauke Khan Avenue (Shymkent)', 'Shymkent', {'subkind': 'street', 'note': 'street of the hostel; named after a person'}),
        ('Turkistan', 0, 'region', TR, TR, {'note': 'NI:origin of students; in a list sharing "regions"'}),
        ('Kyzylorda', 0, 'region', KZR, KZR, {'note': 'NI:origin of students; in a list sharing "regions"'}),
        ('Jambyl', 0, 'region', JR, JR, {'note': 'NI:origin of students; in a list sharing "regions"'}),
        ('Shymkent', 2, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:background on the city status'}),
        ('South Kazakhstan region', 0, 'region', TR, TR, {'uncertain': True, 'note': 'NI:background; the region renamed on 2018-06-19, labelled with the unit holding its land on the article date'}),
        ('Turkistan region', 0, 'region', TR, TR, {'note': 'NI:background, the new name'}),
        ('Shymkent', 3, 'city', 'Shymkent', 'Shymkent', {'note': 'inside the name of an authority (the old city police)'}),
        ('Turkistan region', 1, 'region', TR, TR),
        ('Badam river', 0, 'facility', 'Badam River', N, {'subkind': 'river', 'note': 'the boy drowned in it (Turkistan Region)'}),
        ('Zhuldyz', 0, 'facility', 'Zhuldyz camp (Tole Bi district)', TR, {'subkind': "children's camp", 'note': 'named summer camp; name inside guillemets'}),
        ('Tole Bi district', 0, 'district', 'Tole Bi District', TR, {'note': 'district of Turkistan Region; named after a person'}),
        ('Shymkent', 4, 'city', 'Shymkent', 'Shymkent', {'note': "NI:seat of the camp's owner"}),
        ('Kentau', 0, 'city', 'Kentau', TR, {'note': 'NI:food poisoning at a camp nearby, not counted as an incident'}),
        ('Turkistan region', 2, 'region', TR, TR, {'note': 'NI:camp statistics'}),
        ('all districts', 0, 'quantified', 'all districts', N, {'count': None, 'unit': 'district', 'quantifier': 'all', 'note': 'inspections; not an incident'}),
        ('Turkestan', 0, 'city', 'Turkistan', TR, {'note': 'NI:planned camp; future regional centre'}),
     ],
     inc={'Shymkent': (1, 'stabbing during a fight in a medical college hostel in Abai district'),
          TR: (1, 'boy drowned in the Badam river by the Zhuldyz camp, Tole Bi district; the food poisoning near Kentau is not counted')}),

dict(id='p005', date='2019-11-12', lang='en',
     event='2019 video of three ninth-graders beating a classmate behind a school in Saryarka district of Nur-Sultan; the victim\'s family from Zhezkazgan (Karaganda Region before 2022); bullying statistics for Almaty, Shymkent and Karaganda region; hotlines in five regions',
     text="""Video of pupils beating classmate prompts police case in Nur-Sultan
NUR-SULTAN, Nov 12 (Vlast.kz) - Police in the capital have opened a case after a video showing three ninth-graders beating a classmate behind their school in Saryarka district spread on Instagram, the city police department said on Tuesday.
The 15-year-old victim, whose family moved to Nur-Sultan from Zhezkazgan last year, was treated for a broken nose and concussion. His mother said he had been mocked for his accent since September and that the school had ignored her complaints.
The Education Ministry says 1,200 cases of bullying were registered in schools last year, most of them in Almaty, Shymkent and Karaganda region. Psychologists will be hired for every district of the capital by January, deputy minister Aigul Sadykova said, and schools in five regions have already opened anonymous telephone hotlines for pupils.""",
     ann=[
        ('Nur-Sultan', 0, 'city', 'Astana', 'Astana', {'note': 'headline; name of the capital 2019-2022'}),
        ('NUR-SULTAN', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Saryarka district', 0, 'district', 'Saryarka District (Astana)', 'Astana', {'subkind': 'city district'}),
        ('Nur-Sultan', 1, 'city', 'Astana', 'Astana', {'note': "NI:the family's residence"}),
        ('Zhezkazgan', 0, 'city', 'Zhezkazgan', KR, {'note': "NI:the family's former residence; Karaganda Region before 2022-06-08"}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:statistics'}),
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:statistics'}),
        ('Karaganda region', 0, 'region', KR, KR, {'note': 'NI:statistics'}),
        ('every district', 0, 'quantified', 'all districts', N, {'count': None, 'unit': 'district', 'quantifier': 'all', 'note': 'districts of the capital; psychologists hired, not an incident'}),
        ('five regions', 0, 'quantified', '5 regions', N, {'count': 5, 'unit': 'region', 'note': 'hotlines; not an incident'}),
     ],
     inc={'Astana': (1, 'three pupils beat a classmate behind a school in Saryarka district (bullying with violence); the bullying statistics are not counted')}),

dict(id='p006', date='2022-09-12', lang='en',
     event='2022 student housing in the three new regions, days before the capital was renamed back: hostel fire on Shakarim Street in Semey (Abai Region); dormitory brawl with a knife wound in the Zhastar microdistrict of Taldykorgan (Jetisu Region); room shortage in Zhezkazgan (Ulytau Region); universities named after persons and towns not annotated; dormitory shortage in 11 regions and in Almaty, Nur-Sultan and Shymkent',
     text="""Hostel fire in Semey, dormitory brawl in Taldykorgan as new regions struggle to house students
NUR-SULTAN, Sept 12 (Kazinform) - Three months after the Abai, Jetisu and Ulytau regions were created, their new regional centres are struggling to house the thousands of students who arrived for the academic year, and the first week of classes brought two emergencies.
In Semey, the centre of Abai region, 230 students were evacuated on Saturday night when fire broke out on the top floor of a university hostel on Shakarim Street. Two students were treated for smoke inhalation. The regional emergencies department said the fire started in an overloaded extension lead. The hostel belongs to Shakarim University, which is named after the poet Shakarim Kudaiberdiuly.
In Taldykorgan, now the centre of Jetisu region, police were called to a college dormitory in the Zhastar microdistrict early on Sunday after a fight between about 20 students. Three were taken to hospital, one of them with a knife wound in the shoulder. Zhetysu University, named after the poet Ilyas Zhansugurov, said none of its students had been involved.
In Zhezkazgan, the centre of Ulytau region, the akimat has asked residents to rent out spare rooms to students. The Zhezkazgan University named after O. Baikonurov has hostel places for only 350 of its 2,100 students. "Until June our students went to Karaganda; now they stay at home, and that is good, but we need beds," said the rector, Nurlan Abenov.
Nationally about 47,000 students lack dormitory places, the Ministry of Science and Higher Education said, most of them in Almaty, Nur-Sultan and Shymkent. The shortage is acute in 11 regions, and the ministry plans to build 86 dormitories by 2025, including in Satpayev and Ekibastuz.""",
     ann=[
        ('Semey', 0, 'city', 'Semey', ABR, {'note': 'headline; Abai Region since 2022-06-08'}),
        ('Taldykorgan', 0, 'city', 'Taldykorgan', JTR, {'note': 'headline; Jetisu Region since 2022-06-08'}),
        ('NUR-SULTAN', 0, 'city', 'Astana', 'Astana', {'note': 'dateline; the capital was renamed back to Astana on 2022-09-17'}),
        ('Abai', 0, 'region', ABR, ABR, {'note': 'NI:background; in a list sharing "regions"'}),
        ('Jetisu', 0, 'region', JTR, JTR, {'note': 'NI:background; in a list sharing "regions"'}),
        ('Ulytau', 0, 'region', UR, UR, {'note': 'NI:background; in a list sharing "regions"'}),
        ('Semey', 1, 'city', 'Semey', ABR),
        ('Abai region', 0, 'region', ABR, ABR),
        ('Shakarim Street', 0, 'facility', 'Shakarim Street (Semey)', ABR, {'subkind': 'street', 'note': 'street named after a person'}),
        ('Taldykorgan', 1, 'city', 'Taldykorgan', JTR),
        ('Jetisu region', 0, 'region', JTR, JTR),
        ('Zhastar', 0, 'district', 'Zhastar (Taldykorgan)', JTR, {'subkind': 'microdistrict'}),
        ('Zhezkazgan', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:housing shortage, no incident; Ulytau Region since 2022-06-08'}),
        ('Ulytau region', 0, 'region', UR, UR, {'note': 'NI:housing shortage'}),
        ('Karaganda', 0, 'city', 'Karaganda', KR, {'note': "NI:former study destination, in a rector's quote"}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:statistics'}),
        ('Nur-Sultan', 0, 'city', 'Astana', 'Astana', {'note': 'NI:statistics'}),
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:statistics'}),
        ('11 regions', 0, 'quantified', '11 regions', N, {'count': 11, 'unit': 'region', 'note': 'dormitory shortage; not an incident'}),
        ('Satpayev', 0, 'city', 'Satpayev', UR, {'note': 'NI:planned dormitories'}),
        ('Ekibastuz', 0, 'city', 'Ekibastuz', PR, {'note': 'NI:planned dormitories'}),
     ],
     inc={ABR: (1, 'fire in a university hostel on Shakarim Street, Semey'),
          JTR: (1, 'fight of about 20 students in a college dormitory in Zhastar, Taldykorgan, one knife wound')}),

dict(id='p007', date='2008-07-14', lang='en',
     event='2008 girl from Karaganda drowns in Lake Borovoe when a boat capsizes near the «Sunkar» children\'s camp near Shchuchinsk (Akmola Region); Kokshetau dateline (Akmola Region since 1999); two camps closed for hygiene in Burabai national park (not counted)',
     text="""Girl drowns as boat capsizes at children's camp on Lake Borovoe
KOKSHETAU, July 14 (Interfax-Kazakhstan) - An 11-year-old girl drowned in Lake Borovoe on Sunday afternoon when a rowing boat carrying four children and a counsellor capsized near the «Sunkar» children's camp, Akmola region prosecutors said.
The other children and the counsellor were pulled out of the water by holidaymakers. The camp, on the lake shore a few kilometres from the town of Shchuchinsk, takes about 300 children from Karaganda and Astana every season. The dead girl came from Karaganda.
Prosecutors have opened a criminal case against the counsellor, a 20-year-old student, for negligence. Children were not wearing life jackets, investigators said.
Last week sanitary inspectors closed two other camps in the Burabai national park over kitchen hygiene. The regional governor has ordered checks at all 58 camps in the region before the second shift begins on Friday.""",
     ann=[
        ('Lake Borovoe', 0, 'facility', 'Lake Borovoe', N, {'subkind': 'lake', 'note': 'headline; natural feature in Akmola Region'}),
        ('KOKSHETAU', 0, 'city', 'Kokshetau', AKR, {'note': 'dateline; Akmola Region since 1999'}),
        ('Lake Borovoe', 1, 'facility', 'Lake Borovoe', N, {'subkind': 'lake', 'note': 'natural feature in Akmola Region'}),
        ('Sunkar', 0, 'facility', 'Sunkar camp (Borovoe)', AKR, {'subkind': "children's camp", 'note': 'named summer camp; name inside guillemets'}),
        ('Akmola region', 0, 'region', AKR, AKR, {'note': 'inside the name of an authority (prosecutors)'}),
        ('Shchuchinsk', 0, 'city', 'Shchuchinsk', AKR, {'note': 'NI:reference point'}),
        ('Karaganda', 0, 'city', 'Karaganda', KR, {'note': 'NI:origin of children'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of children'}),
        ('Karaganda', 1, 'city', 'Karaganda', KR, {'note': "NI:the girl's home town"}),
        ('Burabai national park', 0, 'facility', 'Burabay National Park', AKR, {'subkind': 'national park', 'note': 'NI:camps closed for hygiene, not an incident'}),
     ],
     inc={AKR: (1, 'boat capsized on Lake Borovoe near the Sunkar camp, one girl drowned; the hygiene closures are not counted')}),

dict(id='p008', date='2025-11-20', lang='en',
     event='2025 Kazakh student from Oral stabbed in a hostel in Kazan, Russia (foreign, not counted); dormitory kitchen fire at Satbayev University on Zhandosov Street, Bostandyk district, Almaty; Kazakh students in Russia and Bolashak scholars in Britain, the United States, South Korea, Germany, Japan and Singapore',
     text="""Kazakh student stabbed in Kazan; dormitory fire in Almaty
ALMATY, Nov 20 (Tengrinews) - A 20-year-old student from Oral was stabbed and seriously wounded in a student hostel in Kazan, Russia, on Tuesday night, the Kazakh consulate general said on Thursday. Russian police have detained a fellow resident of the hostel. The student's parents have flown to Kazan.
In Almaty, 180 students were evacuated before dawn on Wednesday when fire broke out in the kitchen of a Satbayev University dormitory on Zhandosov Street in Bostandyk district. Nobody was hurt; the fire was put out in 40 minutes, the city emergencies department said.
About 12,000 students from Kazakhstan study in Russia, and another 3,000 hold Bolashak scholarships at universities in Britain, the United States, South Korea and Germany, the Ministry of Science and Higher Education said. This year the programme added partner universities in Japan and Singapore.""",
     ann=[
        ('Kazan', 0, 'foreign', 'Kazan', N, {'note': 'headline; a stabbing abroad is not counted for any ADM1'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'headline'}),
        ('ALMATY', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Oral', 0, 'city', 'Oral', WKR, {'note': "NI:the student's home town"}),
        ('Kazan', 1, 'foreign', 'Kazan', N),
        ('Russia', 0, 'foreign', 'Russia', N),
        ('Kazan', 2, 'foreign', 'Kazan', N, {'note': "NI:parents' destination"}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty'),
        ('Zhandosov Street', 0, 'facility', 'Zhandosov Street (Almaty)', 'Almaty', {'subkind': 'street', 'note': 'street named after a person'}),
        ('Bostandyk district', 0, 'district', 'Bostandyk District (Almaty)', 'Almaty', {'subkind': 'city district'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('Russia', 1, 'foreign', 'Russia', N, {'note': 'NI:study destination'}),
        ('Britain', 0, 'foreign', 'United Kingdom', N, {'note': 'NI:scholarship destination'}),
        ('the United States', 0, 'foreign', 'United States', N, {'note': 'NI:scholarship destination'}),
        ('South Korea', 0, 'foreign', 'South Korea', N, {'note': 'NI:scholarship destination'}),
        ('Germany', 0, 'foreign', 'Germany', N, {'note': 'NI:scholarship destination'}),
        ('Japan', 0, 'foreign', 'Japan', N, {'note': 'NI:scholarship destination'}),
        ('Singapore', 0, 'foreign', 'Singapore', N, {'note': 'NI:scholarship destination'}),
     ],
     inc={'Almaty': (1, 'kitchen fire in a Satbayev University dormitory on Zhandosov Street, Bostandyk district; the stabbing in Kazan is abroad and not counted')}),
]
