"""English texts of the fifty-sixth unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p001', date='1995-07-26', lang='en',
     event='1995 methanol ("industrial alcohol") deaths of five men in Karabulak, Eskeldi district, Taldy-Kurgan Region (abolished 1997, now Almaty Region land); 38 children poisoned at a summer camp on the Kapchagay reservoir (not counted: no death); fire in the laundry of the Almaty infectious diseases hospital; dysentery statistics for Almaty and four districts; cholera in Karakalpakstan, checks on the roads into Kyzyl-Orda region',
     text="""Bootleg vodka kills five in Taldy-Kurgan region; infections rise in Almaty
ALMATY, July 26 (Reuters) - Five men have died and three more are in intensive care after drinking industrial alcohol sold as vodka in the village of Karabulak, in Eskeldi district of Taldy-Kurgan region, health officials said on Wednesday.
The men bought the spirit at a private kiosk on Saturday and drank it at a family celebration, the district's chief doctor, Serik Abenov, told Reuters by telephone. Tests at the regional laboratory in Taldy-Kurgan found methanol in the bottles. Police have detained the kiosk owner, and the remaining bottles have been seized in Karabulak and in two neighbouring villages.
In a separate case, 38 children from a summer camp on the shore of the Kapchagay reservoir were taken to hospital in Kapchagay on Monday with vomiting and fever after a lunch of rice and meat. None is in a serious condition, doctors said. The camp, which belongs to a tram depot in Almaty, has been closed for disinfection.
In Almaty itself, a fire broke out on Tuesday night in the laundry of the city infectious diseases hospital on Baizakov Street. It was put out before it reached the wards, but 140 patients spent two hours in the courtyard.
The city's chief sanitary doctor, Galina Petrova, said 212 cases of dysentery and other intestinal infections had been registered in Almaty since June, almost twice as many as a year earlier. She blamed the heat, street trade in meat kept without refrigeration and frequent cuts in the water supply in the upper parts of the city.
Officials are also watching the cholera outbreak in Karakalpakstan, across the border in Uzbekistan. Sanitary posts have been set up on the roads into Kyzyl-Orda region, and trains arriving from Tashkent are being checked, the Health Ministry said. No cholera case has been confirmed in Kazakhstan this year.
Dysentery has also been reported in four districts of Taldy-Kurgan region, where many villages still take drinking water straight from irrigation canals.""",
     ann=[
        ('Taldy-Kurgan region', 0, 'region', ALR, ALR, {'uncertain': True, 'note': 'headline; Taldy-Kurgan Region, merged into Almaty Region in 1997, labelled with the canonical unit holding its land'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'headline'}),
        ('ALMATY', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Karabulak', 0, 'village', 'Karabulak (Eskeldi district)', ALR, {'note': 'centre of Eskeldi district; a common village name'}),
        ('Eskeldi district', 0, 'district', 'Eskeldi District', ALR),
        ('Taldy-Kurgan region', 1, 'region', ALR, ALR, {'uncertain': True, 'note': 'the abolished Taldy-Kurgan Region (1995), labelled with the canonical unit holding its land'}),
        ('Taldy-Kurgan', 2, 'city', 'Taldykorgan', ALR, {'note': 'NI:seat of the laboratory; Soviet-era spelling of Taldykorgan'}),
        ('Karabulak', 1, 'village', 'Karabulak (Eskeldi district)', ALR, {'note': 'bottles seized; the same village as the deaths'}),
        ('two neighbouring villages', 0, 'quantified', '2 villages', N, {'count': 2, 'unit': 'village', 'note': 'bottles seized, not an incident'}),
        ('Kapchagay reservoir', 0, 'facility', 'Kapchagay reservoir', ALR, {'subkind': 'reservoir', 'note': 'camp on its shore; the poisoning without deaths is not counted'}),
        ('Kapchagay', 1, 'city', 'Konaev', ALR, {'note': 'NI:hospital town; Kapchagay, renamed Konaev in 2022'}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': "NI:seat of the camp's owner"}),
        ('Almaty', 2, 'city', 'Almaty', 'Almaty', {'note': 'fire at the infectious diseases hospital'}),
        ('Baizakov Street', 0, 'facility', 'Baizakov Street (Almaty)', 'Almaty', {'subkind': 'street', 'note': 'street named after a person'}),
        ('Almaty', 3, 'city', 'Almaty', 'Almaty', {'note': 'NI:infection statistics'}),
        ('Karakalpakstan', 0, 'foreign', 'Karakalpakstan', N, {'note': 'NI:cholera outbreak abroad'}),
        ('Uzbekistan', 0, 'foreign', 'Uzbekistan', N),
        ('Kyzyl-Orda region', 0, 'region', KZR, KZR, {'note': 'NI:sanitary posts; old spelling of Kyzylorda'}),
        ('Tashkent', 0, 'foreign', 'Tashkent', N, {'note': 'NI:origin of trains'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('four districts of Taldy-Kurgan region', 0, 'quantified', '4 districts', N, {'count': 4, 'unit': 'district', 'note': 'quantified phrase containing a toponym (Taldy-Kurgan Region, now Almaty Region land); dysentery, not an incident'}),
     ],
     inc={ALR: (1, 'methanol poisoning: five men dead in Karabulak, Eskeldi district (deadly mishap); the camp poisoning on the Kapchagay reservoir (38 children, no death) and the dysentery cases are not counted'),
          'Almaty': (1, 'fire in the laundry of the city infectious diseases hospital on Baizakov Street; the 212 infection cases are a statistic')}),

dict(id='p002', date='1996-06-18', lang='en',
     event='1996 ammonia leak at a meat-packing plant in Akmola (the city, later Astana), 14 workers in hospital; victims from Koyandy; Akmola Region sanitary service; the Soviet name Tselinograd; the agency Interfax-Kazakhstan',
     text="""Ammonia leak at Akmola meat plant sends 14 to hospital
AKMOLA, June 18 (Interfax-Kazakhstan) - Fourteen workers were taken to hospital after ammonia escaped from a refrigeration unit at a meat-packing plant on the eastern edge of Akmola on Tuesday morning, the city emergencies service said.
A valve on a compressor gave way during repairs, and the gas filled the cold store where about 30 people were cutting carcasses. Two of the workers, both from the village of Koyandy just outside the city, are in a serious condition.
Residents of two nearby streets were told to keep their windows shut until the evening. The Akmola region sanitary service said the air in the area was back to normal by noon.
The plant, built in the 1960s when the city was called Tselinograd, has not replaced its refrigeration equipment since 1987, its director, Nikolai Sidorenko, told reporters. The city prosecutor's office has opened a criminal case over breaches of safety rules.""",
     ann=[
        ('Akmola', 0, 'city', 'Astana', 'Astana', {'note': 'headline; Akmola, the name of the capital-to-be 1992-1998'}),
        ('AKMOLA', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Akmola', 1, 'city', 'Astana', 'Astana'),
        ('Koyandy', 0, 'village', 'Koyandy', AKR, {'note': "NI:workers' residence"}),
        ('Akmola region', 0, 'region', AKR, AKR, {'note': 'inside the name of an authority; the region, not the city'}),
        ('Tselinograd', 0, 'city', 'Astana', 'Astana', {'note': 'NI:Soviet name of the city, background'}),
     ],
     inc={'Astana': (1, 'ammonia leak at a meat-packing plant in Akmola, 14 workers in hospital (industrial accident)')}),

dict(id='p003', date='2004-01-20', lang='en',
     event='2004 methanol vodka kills six in Arkalyk (Kostanay Region), the former seat of Turgay Region (abolished 1997); spirit brought from Zhezkazgan (Karaganda Region before 2022); Abai Street; yearly alcohol-poisoning statistic',
     text="""Bootleg vodka kills six in Arkalyk
KOSTANAY, Jan 20 (KazTAG) - Six people have died and eleven are in hospital in Arkalyk after drinking vodka made with methanol, the Kostanay regional health department said on Tuesday.
The victims, most of them jobless men aged 30 to 55, bought the bottles over the weekend from a woman who sold them from her flat on Abai Street. Police found 140 more bottles in a garage and detained two men who, investigators say, brought the spirit by lorry from Zhezkazgan.
Arkalyk, once the capital of Turgay region, has lost more than half of its people since the region was abolished in 1997 and most of its factories closed. "People drink whatever is cheapest," said a doctor at the town hospital, who asked not to be named.
The department said 23 people had died of alcohol poisoning in the region in 2003. It urged residents not to buy spirits from private sellers.""",
     ann=[
        ('Arkalyk', 0, 'city', 'Arkalyk', KOR, {'note': 'headline'}),
        ('KOSTANAY', 0, 'city', 'Kostanay', KOR, {'note': 'dateline'}),
        ('Arkalyk', 1, 'city', 'Arkalyk', KOR),
        ('Kostanay', 0, 'region', KOR, KOR, {'note': 'inside the name of an authority ("Kostanay regional health department")'}),
        ('Abai Street', 0, 'facility', 'Abai Street (Arkalyk)', KOR, {'subkind': 'street', 'note': 'street named after the poet; not Abai Region'}),
        ('Zhezkazgan', 0, 'city', 'Zhezkazgan', KR, {'note': 'NI:origin of the spirit; Karaganda Region before 2022-06-08'}),
        ('Arkalyk', 2, 'city', 'Arkalyk', KOR, {'note': 'NI:background'}),
        ('Turgay region', 0, 'region', KOR, KOR, {'uncertain': True, 'note': 'NI:background; Turgay Region, abolished in 1997 and divided between Kostanay and Akmola regions, labelled with the unit holding Arkalyk'}),
     ],
     inc={KOR: (1, 'methanol poisoning: six dead in Arkalyk (deadly mishap); the 23 deaths of 2003 are a statistic')}),

dict(id='p004', date='2011-08-09', lang='en',
     event='2011 chlorine leak at a water pumping station in Enbekshi district of Shymkent, 17 in hospital, and a wedding meal poisoning in Aksukent, Sairam district, one dead (South Kazakhstan Region before the 2018 split); hepatitis A in Kentau (an outbreak, not counted); water brought from Turkestan; checks at the Zhibek Zholy crossing, infections in Tashkent region',
     text="""Chlorine leak in Shymkent follows deadly wedding meal in Sairam district
SHYMKENT, Aug 9 (Tengrinews) - Seventeen people, four of them children, were taken to hospital in Shymkent on Tuesday after chlorine escaped at a pumping station of the city water utility in Enbekshi district.
A cylinder of liquid chlorine used to disinfect drinking water started leaking during unloading at about 7 a.m., and the cloud drifted over the private houses next to the station. Rescuers in gas masks sealed the cylinder within 40 minutes, the South Kazakhstan regional emergencies department said. Nobody's life is in danger.
It was the second emergency in the region in three days. On Saturday evening about 70 guests at a wedding in Aksukent, the centre of Sairam district, fell ill after eating salads and meat pies prepared the day before. A 72-year-old woman died in the district hospital on Sunday, and 31 people are still being treated in Aksukent and in Shymkent. Food samples have been sent to the regional laboratory, and police have questioned the cook, who comes from the neighbouring village of Karamurt.
"Weddings in August are a risk every year: people cook for hundreds of guests in the heat and keep the food without a fridge," the region's chief sanitary doctor, Nurlan Kozhakhmetov, told journalists. His inspectors have closed 14 cafes and wedding halls in the region since June.
The department is also dealing with hepatitis A in Kentau, where 46 cases, most of them schoolchildren, have been registered since early July. Inspectors blame old water pipes laid next to sewers in the northern part of the town. Water in Kentau is being chlorinated more strongly than usual, and tankers bring drinking water from Turkestan.
On the Uzbek border, sanitary checks at the Zhibek Zholy crossing have been tightened after reports of intestinal infections in Tashkent region, Kozhakhmetov added.""",
     ann=[
        ('Shymkent', 0, 'city', 'Shymkent', SKR, {'note': 'headline; South Kazakhstan Region before 2018-06-19'}),
        ('Sairam district', 0, 'district', 'Sayram District', SKR, {'note': 'headline'}),
        ('SHYMKENT', 0, 'city', 'Shymkent', SKR, {'note': 'dateline'}),
        ('Shymkent', 1, 'city', 'Shymkent', SKR, {'note': 'hospital city and place of the leak'}),
        ('Enbekshi district', 0, 'district', 'Enbekshi District (Shymkent)', SKR, {'subkind': 'city district'}),
        ('South Kazakhstan', 0, 'region', SKR, SKR, {'note': 'inside the name of an authority'}),
        ('Aksukent', 0, 'village', 'Aksukent', SKR, {'note': 'centre of Sairam district'}),
        ('Sairam district', 1, 'district', 'Sayram District', SKR),
        ('Aksukent', 1, 'village', 'Aksukent', SKR, {'note': 'NI:hospital'}),
        ('Shymkent', 2, 'city', 'Shymkent', SKR, {'note': 'NI:hospital city'}),
        ('Karamurt', 0, 'village', 'Karamurt', SKR, {'note': "NI:the cook's residence"}),
        ('Kentau', 0, 'city', 'Kentau', SKR, {'note': 'NI:hepatitis outbreak over five weeks, not an incident'}),
        ('Kentau', 1, 'city', 'Kentau', SKR, {'note': 'NI:water treatment, a measure'}),
        ('Turkestan', 0, 'city', 'Turkistan', SKR, {'note': 'NI:origin of drinking water; South Kazakhstan Region before 2018-06-19'}),
        ('Zhibek Zholy crossing', 0, 'facility', 'Zhibek Zholy border crossing', SKR, {'subkind': 'checkpoint', 'note': 'NI:sanitary checks'}),
        ('Tashkent region', 0, 'foreign', 'Tashkent Region', N, {'note': 'NI:infections abroad'}),
     ],
     inc={SKR: (2, 'chlorine leak at a pumping station in Enbekshi district of Shymkent, 17 in hospital (industrial accident); wedding meal poisoning in Aksukent with one death (deadly mishap); the hepatitis A outbreak in Kentau is not counted')}),

dict(id='p005', date='2015-03-04', lang='en',
     event='2015 measles outbreak in schools of Semey and Ust-Kamenogorsk (East Kazakhstan Region before 2022), classes quarantined; cases in six rural districts; infection brought from Kyrgyzstan; national figures from the Health Ministry in Astana; no incident',
     text="""Measles spreads in East Kazakhstan schools, 17 classes quarantined
UST-KAMENOGORSK, March 4 (Kazinform) - Sanitary doctors have registered 87 cases of measles in East Kazakhstan region since mid-January, most of them among pupils in Semey and Ust-Kamenogorsk, the regional consumer protection department said on Wednesday.
Twelve classes in Semey and five in Ust-Kamenogorsk have been quarantined, and more than 9,000 children and teachers have had an extra vaccine dose. Cases have also been found in six rural districts of the region.
"Most of the sick children were never vaccinated because their parents refused," the department's head, Aigul Serikbayeva, said. She added that the infection had probably been brought by a family returning from Kyrgyzstan. No deaths have been reported.
The Health Ministry in Astana said more than 1,200 measles cases had been recorded nationwide since October and that a second round of vaccination would start in schools in April.""",
     ann=[
        ('East Kazakhstan', 0, 'region', EKR, EKR, {'note': 'headline; measles, no incident'}),
        ('UST-KAMENOGORSK', 0, 'city', 'Oskemen', EKR, {'note': 'dateline; Russian name'}),
        ('East Kazakhstan region', 0, 'region', EKR, EKR, {'note': 'NI:measles cases'}),
        ('Semey', 0, 'city', 'Semey', EKR, {'note': 'NI:measles cases; East Kazakhstan Region before 2022-06-08'}),
        ('Ust-Kamenogorsk', 0, 'city', 'Oskemen', EKR, {'note': 'NI:measles cases'}),
        ('Semey', 1, 'city', 'Semey', EKR, {'note': 'NI:quarantine'}),
        ('Ust-Kamenogorsk', 1, 'city', 'Oskemen', EKR, {'note': 'NI:quarantine'}),
        ('six rural districts', 0, 'quantified', '6 districts', N, {'count': 6, 'unit': 'district', 'note': 'measles cases, not an incident'}),
        ('Kyrgyzstan', 0, 'foreign', 'Kyrgyzstan', N, {'note': 'NI:origin of the infection'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the ministry'}),
     ]),

dict(id='p006', date='2020-02-11', lang='en',
     event='2020 ammonia leak at a food warehouse in Baikonur district of Nur-Sultan, three in hospital (Astana); the district named after the Baikonur cosmodrome in Kyzylorda Region; background: a 2019 ammonia leak at a meat plant in Karaganda',
     text="""Ammonia leak at Nur-Sultan warehouse injures three
NUR-SULTAN, Feb 11 (Kazinform) - Three workers were taken to hospital after ammonia leaked from the refrigeration system of a food warehouse in Baikonur district of the capital on Tuesday morning, the city emergencies department said.
About 60 people were evacuated from the warehouse and neighbouring workshops. Rescuers in protective suits shut off the leaking pipe within half an hour, and the city sanitary service said the ammonia level in the air outside had stayed within the norm.
The injured men, aged 24 to 41, suffered burns to the eyes and airways; one of them is in a serious condition. The district, named after the Baikonur cosmodrome in Kyzylorda region, is home to many of the capital's food warehouses and meat plants.
A similar leak at a meat-processing plant in Karaganda last May injured five workers, one of whom later died.""",
     ann=[
        ('Nur-Sultan', 0, 'city', 'Astana', 'Astana', {'note': 'headline; the capital named Nur-Sultan 2019-2022'}),
        ('NUR-SULTAN', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Baikonur district', 0, 'district', 'Baikonur District (Astana)', 'Astana', {'subkind': 'city district', 'note': 'district of the capital, not the cosmodrome or the town in Kyzylorda Region'}),
        ('Baikonur cosmodrome', 0, 'facility', 'Baikonur Cosmodrome', KZR, {'subkind': 'cosmodrome', 'note': 'NI:origin of the district name; leased to Russia'}),
        ('Kyzylorda region', 0, 'region', KZR, KZR, {'note': 'NI:location of the cosmodrome'}),
        ('Karaganda', 0, 'city', 'Karaganda', KR, {'note': 'background leak of 2019'}),
     ],
     inc={'Astana': (1, 'ammonia leak at a food warehouse in Baikonur district, three in hospital (industrial accident)'),
          KR: (1, 'background: ammonia leak at a meat-processing plant in Karaganda in May 2019, five hurt, one later died; narrated explicitly, counted (doubtful)')}),

dict(id='p007', date='2022-07-14', lang='en',
     event='2022 fatal ammonia leak at a dairy in Taldykorgan (Jetisu Region, five weeks after its creation); 27 children poisoned at a camp at Akshi on Lake Alakol (not counted: no death), hospital in Usharal; no violations at Kabanbai, Urzhar district (Abai Region); fire in the maternity ward of the Ayagoz hospital (Abai Region); canteen closed in Zhezkazgan (Ulytau Region); Health Ministry figures in Nur-Sultan',
     text="""One dead in Taldykorgan ammonia leak as health emergencies test new regions
TALDYKORGAN, July 14 (Kazinform) - A worker died and four were taken to hospital after ammonia leaked from a refrigeration unit at a dairy on the northern outskirts of Taldykorgan on Wednesday, the emergencies department of Jetisu region said.
The 52-year-old mechanic was repairing a pipe when it burst; colleagues pulled him out, but doctors could not save him. Police have opened a criminal case over breaches of safety rules.
On the same day, 27 children from a summer camp at Akshi, on the shore of Lake Alakol in Alakol district, were taken to the district hospital in Usharal with vomiting and fever. Their condition is stable, the regional health department said. Sanitary inspectors suspect the camp's drinking water, which comes from a well, and have suspended the camp. About 300 children from Taldykorgan and Almaty are being sent home by bus.
Across the lake, in Abai region, inspectors checked eleven camps and guest houses at Kabanbai in Urzhar district and found no violations, the new region's sanitary department said.
In Ayagoz, also in Abai region, a fire broke out on Tuesday night in the maternity ward of the district hospital. Nurses carried 12 newborns and their mothers out into the yard before firefighters arrived, and nobody was hurt. The fire started in an electrical panel in the corridor, according to preliminary findings.
The Abai, Jetisu and Ulytau regions were created on June 8, and their health and emergencies departments are still being staffed. In Zhezkazgan, the centre of Ulytau region, sanitary inspectors this week closed a school canteen that was to feed children at a summer day camp, after finding meat without documents.
The Health Ministry in Nur-Sultan said 412 people had been poisoned at summer camps in Kazakhstan since June 1, most of them mildly, and ordered checks of every camp.""",
     ann=[
        ('Taldykorgan', 0, 'city', 'Taldykorgan', JTR, {'note': 'headline; Jetisu Region since 2022-06-08'}),
        ('TALDYKORGAN', 0, 'city', 'Taldykorgan', JTR, {'note': 'dateline'}),
        ('Taldykorgan', 1, 'city', 'Taldykorgan', JTR),
        ('Jetisu region', 0, 'region', JTR, JTR, {'note': 'inside the name of an authority'}),
        ('Akshi', 0, 'village', 'Akshi', JTR, {'note': 'camp poisoning without deaths, not counted'}),
        ('Lake Alakol', 0, 'facility', 'Lake Alakol', N, {'subkind': 'lake', 'note': 'shared by Jetisu and Abai regions'}),
        ('Alakol district', 0, 'district', 'Alakol District', JTR),
        ('Usharal', 0, 'city', 'Usharal', JTR, {'note': 'NI:hospital town'}),
        ('Taldykorgan', 2, 'city', 'Taldykorgan', JTR, {'note': "NI:children's residence"}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': "NI:children's residence"}),
        ('Abai region', 0, 'region', ABR, ABR, {'note': 'NI:inspections without violations'}),
        ('Kabanbai', 0, 'village', 'Kabanbai (Urzhar district)', ABR, {'note': 'NI:inspections'}),
        ('Urzhar district', 0, 'district', 'Urzhar District', ABR, {'note': 'NI:inspections'}),
        ('Ayagoz', 0, 'city', 'Ayagoz', ABR, {'note': 'Abai Region since 2022-06-08'}),
        ('Abai region', 1, 'region', ABR, ABR),
        ('Abai', 2, 'region', ABR, ABR, {'note': 'NI:background; in a list sharing "regions"'}),
        ('Jetisu', 1, 'region', JTR, JTR, {'note': 'NI:background; in a list sharing "regions"'}),
        ('Ulytau', 0, 'region', UR, UR, {'note': 'NI:background; in a list sharing "regions"'}),
        ('Zhezkazgan', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:canteen closed, a measure; Ulytau Region since 2022-06-08'}),
        ('Ulytau region', 0, 'region', UR, UR, {'note': 'NI:background'}),
        ('Nur-Sultan', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the ministry; the capital named Nur-Sultan until 2022-09-17'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
     ],
     inc={JTR: (1, 'ammonia leak at a dairy in Taldykorgan, one dead, four in hospital; the camp poisoning at Akshi (27 children, no death) is not counted'),
          ABR: (1, 'fire in the maternity ward of the Ayagoz district hospital, 12 newborns carried out')}),

dict(id='p008', date='2026-02-10', lang='en',
     event='2026 attic fire at the regional infectious diseases hospital in Konaev (formerly Kapchagay), 96 patients evacuated (Almaty Region); children moved to Almaty, others to Otegen Batyr (Ili district); Konaev the seat of Almaty Region since 2022, Taldykorgan the centre of Jetisu Region',
     text="""Fire at Konaev infectious diseases hospital, 96 patients evacuated
KONAEV, Feb 10 (Tengrinews) - Ninety-six patients were evacuated from the regional infectious diseases hospital in Konaev on Tuesday night after a fire broke out in the attic, the Almaty region emergencies department said. Nobody was hurt.
Firefighters needed three hours to put out the fire, which destroyed about 400 square metres of the roof. Nine children being treated for measles and pneumonia were taken by ambulance to a children's infectious hospital in Almaty, and the other patients to the central hospital of Ili district in Otegen Batyr.
The building, put up in 1978 when the town was still called Kapchagay, had failed a fire inspection last autumn, the regional prosecutor's office said. Konaev has been the seat of Almaty region since 2022, when Taldykorgan became the centre of the new Jetisu region.""",
     ann=[
        ('Konaev', 0, 'city', 'Konaev', ALR, {'note': 'headline'}),
        ('KONAEV', 0, 'city', 'Konaev', ALR, {'note': 'dateline'}),
        ('Konaev', 1, 'city', 'Konaev', ALR),
        ('Almaty region', 0, 'region', ALR, ALR, {'note': 'inside the name of an authority'}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:hospital city for evacuated children'}),
        ('Ili district', 0, 'district', 'Ili District', ALR, {'note': 'NI:hospital for evacuated patients'}),
        ('Otegen Batyr', 0, 'village', 'Otegen Batyr', ALR, {'note': 'NI:hospital for evacuated patients; named after a person'}),
        ('Kapchagay', 0, 'city', 'Konaev', ALR, {'note': 'NI:former name of Konaev, background'}),
        ('Konaev', 2, 'city', 'Konaev', ALR, {'note': 'NI:background'}),
        ('Almaty region', 1, 'region', ALR, ALR, {'note': 'NI:background'}),
        ('Taldykorgan', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:background'}),
        ('Jetisu region', 0, 'region', JTR, JTR, {'note': 'NI:background'}),
     ],
     inc={ALR: (1, 'attic fire at the regional infectious diseases hospital in Konaev, 96 patients evacuated')}),
]
