"""English texts of the thirty-sixth unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
JR, ALR, KYR, TR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'Turkistan Region', 'South Kazakhstan Region'
ABR, JTR, EKR, MR, KOR = 'Abai Region', 'Jetisu Region', 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR, UR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region', 'Ulytau Region'
ATR, AR, WKR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region'

DOCS = [
dict(id='p001', date='2019-07-24', lang='en',
     event='2019 food poisoning of 37 children at the Samal summer camp near Kaskasu, Tole Bi district (Turkistan Region); children treated in Lenger and Shymkent (its own unit); camp poisonings in seven regions (unattributed); a boy lost in the Aksu-Zhabagly reserve found alive (not counted); Turar Ryskulov village named after a person',
     text="""Thirty-seven children poisoned at summer camp in Turkistan Region
SHYMKENT, July 24 (Kazinform) - Thirty-seven children were taken to hospital after falling ill at the Samal summer camp near the village of Kaskasu in Tole Bi district on Tuesday, the health department of Turkistan Region said on Wednesday.
The children, aged between 8 and 14, complained of vomiting and fever a few hours after lunch. Twenty-one of them are being treated at the district hospital in Lenger and sixteen at the Regional Children's Hospital in Shymkent. Doctors said none of them was in a serious condition. Most of the campers come from Shymkent and Kentau, and many parents drove up the mountain road through the night.
Sanitary inspectors took samples of a chicken salad and of the drinking water, which the camp draws from a spring above the Kaskasu river, and suspended its licence. Police opened a negligence case against the director. The Ministry of Health in Nur-Sultan said that poisonings at children's camps had been registered in seven regions since June, and ordered checks of every camp before the second summer shift begins.
In the same region, rescuers on Tuesday found a ten-year-old boy who had gone missing in the Aksu-Zhabagly nature reserve in Tulkibas district. The boy, from the village of Zhabagly, wandered away from a family picnic on Sunday and spent two nights in a gorge. More than 120 volunteers, rangers and soldiers from Turar Ryskulov and Taraz joined the search. He was taken to the district hospital with mild hypothermia and is expected to go home this week.
The new school year starts on September 2. In Turkistan, the regional centre, three new schools will open their doors.""",
     ann=[
        ('Turkistan Region', 0, 'region', TR, TR, {'note': 'headline'}),
        ('SHYMKENT', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'dateline'}),
        ('Samal summer camp', 0, 'facility', 'Samal summer camp (Kaskasu)', TR, {'subkind': "children's camp"}),
        ('Kaskasu', 0, 'village', 'Kaskasu', TR),
        ('Tole Bi district', 0, 'district', 'Tole Bi District', TR, {'note': 'district named after a person'}),
        ('Turkistan Region', 1, 'region', TR, TR, {'note': 'NI:inside the name of an authority (health department)'}),
        ('Lenger', 0, 'city', 'Lenger', TR, {'note': 'NI:town of the hospital where children are treated'}),
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:town of the hospital where children are treated'}),
        ('Shymkent', 1, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:origin of the campers'}),
        ('Kentau', 0, 'city', 'Kentau', TR, {'note': 'NI:origin of the campers'}),
        ('Kaskasu river', 0, 'facility', 'Kaskasu River', N, {'subkind': 'river', 'note': 'in Tole Bi district'}),
        ('Nur-Sultan', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the ministry'}),
        ('seven regions', 0, 'quantified', '7 regions', N, {'count': 7, 'unit': 'region', 'note': "poisonings at children's camps since June"}),
        ('Aksu-Zhabagly nature reserve', 0, 'facility', 'Aksu-Zhabagly Nature Reserve', TR, {'subkind': 'nature reserve', 'note': 'NI:search for a missing boy, found alive (not an incident); the text places it in Tulkibas district'}),
        ('Tulkibas district', 0, 'district', 'Tulkibas District', TR, {'note': 'NI:search for a missing boy (not an incident)'}),
        ('Zhabagly', 1, 'village', 'Zhabagly', TR, {'note': "NI:the boy's home village"}),
        ('Turar Ryskulov', 0, 'village', 'Turar Ryskulov', TR, {'note': 'NI:origin of the searchers; village named after a person (centre of Tulkibas district)'}),
        ('Taraz', 0, 'city', 'Taraz', JR, {'note': 'NI:origin of the searchers'}),
        ('Turkistan', 2, 'city', 'Turkistan', TR, {'note': 'NI:new schools (no incident)'}),
     ],
     inc={TR: (1, 'food poisoning of 37 children at the Samal summer camp near Kaskasu, Tole Bi district; the boy lost in the Aksu-Zhabagly reserve and found alive is not counted')},
     unatt=[{'label': 'seven regions', 'count': 7, 'note': "poisonings at children's camps registered since June in unnamed regions"}]),

dict(id='p002', date='1998-10-12', lang='en',
     event='1998 measles vaccination campaign in all 14 regions announced in Akmola, the new capital; vaccine flown to Almaty; mobile teams for Kyzylorda and Mangystau regions (no incident)',
     text="""Kazakhstan starts measles vaccination in all regions
AKMOLA, Oct 12 (Interfax-Kazakhstan) - Kazakhstan began a two-week campaign on Monday to vaccinate about 2.3 million children against measles in all 14 regions, the Health Ministry said in Akmola, the new capital.
The vaccine, bought with a Japanese grant, was flown from Tokyo to Almaty last week and sent on to the regions by rail and road. Mobile teams will travel to remote villages of the Kyzylorda and Mangystau regions, where many families live more than 100 km from a clinic.
More than 6,000 measles cases were recorded in the country last winter, most of them in the south, the ministry said. Officials in Shymkent said that in South Kazakhstan Region about a third of parents had not yet brought their children to be vaccinated.
The ministry moved from Almaty with the rest of the government last December, but it has kept its vaccine warehouse in the old capital. A UNICEF representative in Almaty said the agency would fund a second round.""",
     ann=[
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('AKMOLA', 0, 'city', 'Astana', 'Astana', {'note': 'dateline; the capital under its 1998 name'}),
        ('all regions', 0, 'quantified', 'all regions', N, {'count': None, 'unit': 'region', 'quantifier': 'all', 'note': 'headline; vaccination campaign (not an incident)'}),
        ('Kazakhstan', 2, 'country', 'Kazakhstan', N, {'note': 'the Kazakhstan in "Interfax-Kazakhstan" (a news agency) is not annotated'}),
        ('all 14 regions', 0, 'quantified', 'all 14 regions', N, {'count': 14, 'unit': 'region', 'quantifier': 'all', 'note': 'vaccination campaign (not an incident)'}),
        ('Akmola', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the ministry; the capital under its 1998 name, not Akmola Region'}),
        ('Tokyo', 0, 'foreign', 'Tokyo', N, {'note': 'NI:origin of the vaccine'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:destination of the vaccine'}),
        ('Kyzylorda', 0, 'region', KYR, KYR, {'note': 'NI:in a list sharing "regions"; mobile teams'}),
        ('Mangystau', 0, 'region', MR, MR, {'note': 'NI:in a list sharing "regions"; mobile teams'}),
        ('Shymkent', 0, 'city', 'Shymkent', SKR, {'note': 'NI:seat of the officials; South Kazakhstan Region in 1998'}),
        ('South Kazakhstan Region', 0, 'region', SKR, SKR),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': "NI:former seat of the ministry"}),
        ('Almaty', 2, 'city', 'Almaty', 'Almaty', {'note': 'NI:seat of the UNICEF representative'}),
     ],
     inc={}),

dict(id='p003', date='2008-02-12', lang='en',
     event='2008 school bus skids off an icy road and overturns near Kurkeles, Saryagash district, injuring nine pupils (South Kazakhstan Region, before the 2018 reform); injured taken to Saryagash and Shymkent',
     text="""Nine pupils hurt as school bus overturns in South Kazakhstan
SHYMKENT, Feb 12 (KazTAG) - Nine pupils were injured on Tuesday morning when a school bus skidded on ice and overturned into a ditch near the village of Kurkeles in Saryagash district, the emergency department of South Kazakhstan Region said.
The bus was taking 23 children from outlying farms to the village school, named after Abai. Three children with fractures were taken to the central district hospital in Saryagash, and a girl with a head injury was driven to the regional children's hospital in Shymkent. The others were sent home.
Police said the bus, bought last autumn for rural schools, still had summer tyres. The driver was detained. Classes in the district were cancelled on Wednesday because of black ice, and the regional akimat ordered checks of all 140 school buses in the region.
Temperatures in the south of Kazakhstan fell to minus 18 C this week, and roads to the Uzbek border were closed for hours.""",
     ann=[
        ('South Kazakhstan', 0, 'region', SKR, SKR, {'note': 'headline; region named without "Region"'}),
        ('SHYMKENT', 0, 'city', 'Shymkent', SKR, {'note': 'dateline; South Kazakhstan Region in 2008'}),
        ('Kurkeles', 0, 'village', 'Kurkeles', SKR),
        ('Saryagash district', 0, 'district', 'Saryagash District', SKR),
        ('South Kazakhstan Region', 0, 'region', SKR, SKR, {'note': 'inside the name of an authority'}),
        ('Saryagash', 1, 'city', 'Saryagash', SKR, {'note': 'NI:town of the hospital'}),
        ('Shymkent', 0, 'city', 'Shymkent', SKR, {'note': 'NI:town of the hospital; South Kazakhstan Region in 2008'}),
        ('Kazakhstan', 2, 'country', 'Kazakhstan', N, {'note': 'directional phrase "the south of Kazakhstan": only the country'}),
     ],
     inc={SKR: (1, 'school bus overturned near Kurkeles, Saryagash district, nine pupils injured')}),

dict(id='p004', date='2023-09-14', lang='en',
     event='2023 Klebsiella outbreak among newborns in the maternity ward of the Semey perinatal centre and hepatitis A in a kindergarten in Kurchatov (Abai Region, after the 2022 split); babies flown to Oskemen (East Kazakhstan Region); ministry commission from Astana',
     text="""Eleven newborns infected in Semey maternity ward
SEMEY, Sept 14 (Tengrinews) - Eleven newborns have been infected with Klebsiella in the maternity ward of the Semey perinatal centre, the health department of Abai Region said on Thursday. Two of the babies are in intensive care.
The first cases were confirmed on September 9. The ward has stopped admitting women, and expectant mothers are being sent to City Hospital No. 2 and to the maternity unit in Kurchatov, about 150 km west of the city. Three premature babies were flown on Wednesday to the regional perinatal centre in Oskemen, in neighbouring East Kazakhstan Region, which has a larger neonatal unit.
A commission of the Health Ministry arrived from Astana on Tuesday. Its head, Aigerim Seitkali, told reporters that staff had reused disposable catheters and that the ventilation had not been cleaned since the centre opened on Shakarim Street in 2015. The chief doctor has been suspended, and police have opened a negligence case.
In Kurchatov itself, a kindergarten on Tauelsizdik Street was closed for three weeks on Monday after six children fell ill with hepatitis A, the town's sanitary service said. The children are being treated at the infectious diseases hospital in Semey, and their families have been offered free vaccination.
Abai Region, created in June 2022 from the western part of East Kazakhstan Region, is short of about 300 doctors, its governor said last month. Forty young doctors were sent this year to villages of the Urzhar, Ayagoz and Zharma districts, each with a flat and a one-off payment of 3 million tenge.""",
     ann=[
        ('Semey', 0, 'city', 'Semey', ABR, {'note': 'headline'}),
        ('SEMEY', 0, 'city', 'Semey', ABR, {'note': 'dateline'}),
        ('Semey', 1, 'city', 'Semey', ABR, {'note': 'English modifier in "the Semey perinatal centre": the place itself'}),
        ('Abai Region', 0, 'region', ABR, ABR, {'note': 'NI:inside the name of an authority (health department)'}),
        ('Kurchatov', 0, 'city', 'Kurchatov', ABR, {'note': 'NI:where expectant mothers are sent'}),
        ('Oskemen', 0, 'city', 'Oskemen', EKR, {'note': 'NI:destination of transferred babies'}),
        ('East Kazakhstan Region', 0, 'region', EKR, EKR, {'note': 'NI:neighbouring region of the hospital'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of the ministry commission'}),
        ('Shakarim Street', 0, 'facility', 'Shakarim Street (Semey)', ABR, {'subkind': 'street', 'note': 'street named after a poet'}),
        ('Kurchatov', 1, 'city', 'Kurchatov', ABR),
        ('Tauelsizdik Street', 0, 'facility', 'Tauelsizdik Street (Kurchatov)', ABR, {'subkind': 'street'}),
        ('Semey', 2, 'city', 'Semey', ABR, {'note': 'NI:town of the hospital'}),
        ('Abai Region', 1, 'region', ABR, ABR),
        ('East Kazakhstan Region', 1, 'region', EKR, EKR, {'note': 'NI:the former unit of the land'}),
        ('Urzhar', 0, 'district', 'Urzhar District', ABR, {'note': 'NI:in a list sharing "districts"; doctors sent'}),
        ('Ayagoz', 0, 'district', 'Ayagoz District', ABR, {'note': 'NI:in a list sharing "districts"; doctors sent'}),
        ('Zharma', 0, 'district', 'Zharma District', ABR, {'note': 'NI:in a list sharing "districts"; doctors sent'}),
     ],
     inc={ABR: (2, 'Klebsiella outbreak among eleven newborns in the maternity ward of the Semey perinatal centre; hepatitis A in six children of a kindergarten in Kurchatov')}),

dict(id='p005', date='2012-09-03', lang='en',
     event='2012 new school named after Abai opens in Karaul, centre of Abai district (East Kazakhstan Region, before the 2022 split); teachers from Semey and Oskemen; villages Kokbai and Kengirbai Bi (no incident)',
     text="""New school opens in Abai's home district
SEMEY, Sept 3 (Kazinform) - A three-storey school for 600 pupils opened on Monday in Karaul, the centre of Abai district in East Kazakhstan Region, replacing a wooden building from the 1950s.
The school bears the name of Abai Kunanbayev, the poet who was born in the nearby Shyngystau hills and after whom the district is named. It has a swimming pool, two computer rooms and a boarding house for 120 children from distant farms. Pupils from the villages of Kokbai and Kengirbai Bi will be brought by two new buses.
Twelve of the 46 teachers came from Semey and Oskemen under a programme that gives young specialists a flat and a one-off payment. "For years our graduates left for Almaty and never came back," the headteacher said.
The regional governor, who opened the school, said 17 new schools would be built in the region by 2015, five of them in villages near the Chinese border.""",
     ann=[
        ('SEMEY', 0, 'city', 'Semey', EKR, {'note': 'dateline; East Kazakhstan Region in 2012'}),
        ('Karaul', 0, 'village', 'Karaul', EKR),
        ('Abai district', 0, 'district', 'Abai District', EKR, {'note': 'district named after the poet; East Kazakhstan Region before 2022-06-08'}),
        ('East Kazakhstan Region', 0, 'region', EKR, EKR),
        ('Shyngystau hills', 0, 'facility', 'Shyngystau Hills', N, {'subkind': 'mountains', 'note': 'NI:birthplace of the poet; in Abai district'}),
        ('Kokbai', 0, 'village', 'Kokbai', EKR, {'note': 'NI:home villages of pupils'}),
        ('Kengirbai Bi', 0, 'village', 'Kengirbai Bi', EKR, {'note': 'NI:home villages of pupils; named after a person'}),
        ('Semey', 0, 'city', 'Semey', EKR, {'note': 'NI:origin of teachers'}),
        ('Oskemen', 0, 'city', 'Oskemen', EKR, {'note': 'NI:origin of teachers'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:destination of graduates'}),
     ],
     inc={}),

dict(id='p006', date='2021-01-20', lang='en',
     event='2021 shortage of paracetamol and fever syrups in pharmacies in 12 regions; queues in Nur-Sultan, Almaty, Karaganda, Zhezkazgan (Karaganda Region before 2022), Taldykorgan (Almaty Region before 2022), Kostanay, Petropavl and Kokshetau; deliveries from India and Russia (no incident)',
     text="""Fever medicine runs short in Kazakh pharmacies
NUR-SULTAN, Jan 20 (Reuters) - Pharmacies in 12 regions of Kazakhstan have run out of paracetamol and children's fever syrups, the Health Ministry said on Wednesday, blaming panic buying during a wave of respiratory infections and delays of lorries at the border with Russia.
Queues formed outside pharmacies in Nur-Sultan, Almaty and Karaganda, and parents in Zhezkazgan and Taldykorgan complained on social media that they had visited a dozen shops without finding a syrup for their children.
The state distributor SK-Pharmacy said 40 tonnes of medicines would arrive from India on Friday through Almaty airport and would be sent on to Kostanay, Petropavl and Kokshetau, where stocks are lowest. A consignment from Russia is expected next week.
The ministry capped the margin on 70 medicines and warned pharmacies that hoarding would be punished. In the meantime, doctors have been told to prescribe fever syrups only to children under five.""",
     ann=[
        ('NUR-SULTAN', 0, 'city', 'Astana', 'Astana', {'note': 'dateline; the capital in 2021'}),
        ('12 regions', 0, 'quantified', '12 regions', N, {'count': 12, 'unit': 'region', 'note': 'medicine shortage (not an incident)'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('Russia', 0, 'foreign', 'Russia', N, {'note': 'NI:border with Russia'}),
        ('Nur-Sultan', 0, 'city', 'Astana', 'Astana', {'note': 'NI:queues at pharmacies (not an incident)'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:queues at pharmacies (not an incident)'}),
        ('Karaganda', 0, 'city', 'Karaganda', KR, {'note': 'NI:queues at pharmacies (not an incident)'}),
        ('Zhezkazgan', 0, 'city', 'Zhezkazgan', KR, {'note': 'NI:parents complain; Karaganda Region before 2022-06-08'}),
        ('Taldykorgan', 0, 'city', 'Taldykorgan', ALR, {'note': 'NI:parents complain; Almaty Region before 2022-06-08'}),
        ('India', 0, 'foreign', 'India', N, {'note': 'NI:origin of medicines'}),
        ('Almaty airport', 0, 'facility', 'Almaty International Airport', 'Almaty', {'subkind': 'airport', 'note': 'NI:route of the delivery'}),
        ('Kostanay', 0, 'city', 'Kostanay', KOR, {'note': 'NI:destination of medicines'}),
        ('Petropavl', 0, 'city', 'Petropavl', NKR, {'note': 'NI:destination of medicines'}),
        ('Kokshetau', 0, 'city', 'Kokshetau', AKR, {'note': 'NI:destination of medicines'}),
        ('Russia', 1, 'foreign', 'Russia', N, {'note': 'NI:origin of a consignment'}),
     ],
     inc={}),

dict(id='p007', date='2025-04-17', lang='en',
     event='2025 court in Taldykorgan sentences a teenager for beating a classmate in a school in Tekeli in February (Jetisu Region; the beating counted, the trial not); hotline complaints in Almaty, Shymkent and Turkistan Region are statistics',
     text="""Teenager sentenced for beating classmate in Tekeli school
TALDYKORGAN, April 17 (KazTAG) - A court in Taldykorgan on Thursday sentenced a 17-year-old to two years in a juvenile colony for beating a classmate in the toilets of a school in Tekeli in February, a case that set off a national debate on bullying.
The victim, 15, suffered a concussion and a broken jaw and spent a month at the Regional Children's Hospital in Taldykorgan. A video of the attack, filmed by two other pupils, was shared widely online. Prosecutors said the boy had been bullied for more than a year and that teachers had ignored his mother's complaints.
The education department of Jetisu Region dismissed the school's director in March, and the victim's family has since moved to Almaty.
The Ministry of Education in Astana said its hotline received 1,400 complaints about bullying last year, most of them from Almaty, Shymkent and Turkistan Region. From September, every school will have to employ a psychologist.""",
     ann=[
        ('Tekeli', 0, 'city', 'Tekeli', JTR, {'note': 'headline'}),
        ('TALDYKORGAN', 0, 'city', 'Taldykorgan', JTR, {'note': 'dateline'}),
        ('Taldykorgan', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:seat of the court'}),
        ('Tekeli', 1, 'city', 'Tekeli', JTR),
        ('Taldykorgan', 1, 'city', 'Taldykorgan', JTR, {'note': 'NI:town of the hospital'}),
        ('Jetisu Region', 0, 'region', JTR, JTR, {'note': 'inside the name of an authority (education department)'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': "NI:the family's new residence"}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the ministry'}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of hotline complaints (statistics, not incidents)'}),
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:origin of hotline complaints (statistics, not incidents)'}),
        ('Turkistan Region', 0, 'region', TR, TR, {'note': 'NI:origin of hotline complaints (statistics, not incidents)'}),
     ],
     inc={JTR: (1, 'beating of a pupil in the toilets of a school in Tekeli in February; the trial is not counted')}),

dict(id='p008', date='2004-01-27', lang='en',
     event='2004 two brothers found alive after a night in a blizzard near Urpek, Amangeldy district (not counted), and a boiler explosion at the school in Amangeldy (Kostanay Region); Arkalyk, capital of the Turgai Region abolished in 1997',
     text="""Two boys found alive after night in blizzard near Arkalyk
ARKALYK, Jan 27 (Interfax-Kazakhstan) - Rescuers on Tuesday found two brothers, aged 9 and 11, alive in a haystack 14 km from the village of Urpek in Amangeldy district, more than 20 hours after they went missing in a blizzard, the emergency department of Kostanay Region said.
The boys had set off on horseback on Monday afternoon to bring their father's cattle home from a winter pasture, and the horse came back alone. About 80 rescuers, police officers and villagers, with two tracked vehicles from Arkalyk, searched the steppe through the night at minus 32 C. The brothers, who had dug themselves into the hay, have frostbite on their hands and were taken to the central hospital in Amangeldy, the district centre.
On Monday morning a boiler exploded in the basement of the Amangeldy school just before classes began. Nobody was hurt, but 380 pupils were sent home, and the school will stay closed until the heating is repaired. Prosecutors are checking whether the boiler, installed in 1978, had passed its last inspection.
Arkalyk was the capital of Turgai Region until the region was abolished in 1997 and its districts were handed to neighbours. The town has lost more than half of its people since then, and its hospital has no children's surgeon. Children with serious injuries are flown to Kostanay, about 450 km to the north, when the weather allows.
Local deputies have asked the regional government in Kostanay for an air ambulance based in Arkalyk. The nearest one is in Astana.""",
     ann=[
        ('Arkalyk', 0, 'city', 'Arkalyk', KOR, {'note': 'headline; reference point'}),
        ('ARKALYK', 0, 'city', 'Arkalyk', KOR, {'note': 'dateline'}),
        ('Urpek', 0, 'village', 'Urpek', KOR, {'note': 'NI:reference point of the search (not an incident)'}),
        ('Amangeldy district', 0, 'district', 'Amangeldy District', KOR, {'note': 'NI:search for missing children (not an incident); district named after a person'}),
        ('Kostanay Region', 0, 'region', KOR, KOR, {'note': 'inside the name of an authority'}),
        ('Arkalyk', 1, 'city', 'Arkalyk', KOR, {'note': 'NI:origin of vehicles'}),
        ('Amangeldy', 1, 'village', 'Amangeldy', KOR, {'note': 'NI:town of the hospital'}),
        ('Amangeldy', 2, 'village', 'Amangeldy', KOR, {'note': 'English modifier in "the Amangeldy school": the place itself'}),
        ('Arkalyk', 2, 'city', 'Arkalyk', KOR),
        ('Turgai Region', 0, 'region', KOR, KOR, {'uncertain': True, 'note': 'NI:region abolished in 1997; its capital Arkalyk and the land around it went to Kostanay Region, other districts to Akmola Region'}),
        ('Kostanay', 1, 'city', 'Kostanay', KOR, {'note': 'NI:destination of air ambulance flights'}),
        ('Kostanay', 2, 'city', 'Kostanay', KOR, {'note': 'NI:seat of the regional government'}),
        ('Arkalyk', 3, 'city', 'Arkalyk', KOR, {'note': 'NI:proposed air ambulance base'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:base of the nearest air ambulance'}),
     ],
     inc={KOR: (1, 'boiler explosion in the basement of the school in Amangeldy; the two boys lost in a blizzard and found alive are not counted')}),
]
