"""English texts of the eighty-ninth unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p001', date='2022-08-05', lang='en',
     event='2022 summer of outbreaks in the three new regions two months after the split: anthrax and a village quarantine in Karaoy (Urzhar district, Abai Region), a nurses\' rally for overtime pay in Semey, brucellosis in five Jetisu districts, plague in marmots above Tekeli, an ambulance overturned between Karazhal and Zhezkazgan (Ulytau Region); ministry in Nur-Sultan',
     text="""Anthrax in Abai region, brucellosis in Jetisu, plague in marmots: the new regions' first summer of outbreaks
SEMEY, August 5 (Kazinform English) - Two months after the Abai, Jetisu and Ulytau regions were carved out of the East Kazakhstan, Almaty and Karaganda regions, their young health departments are dealing with a crowded summer of infections, and with tired staff.

In the village of Karaoy in Urzhar district, anthrax was confirmed on Tuesday in two herders who had butchered a sick cow. Both are being treated in the Urzhar district hospital. The village, home to about 900 people, has been placed under quarantine, roads in and out are closed, and 140 head of cattle have been vaccinated, the Abai region sanitary and epidemiological department said. Until June 8 the district belonged to East Kazakhstan.

In Semey, some 60 nurses and orderlies of the city emergency hospital gathered on Thursday outside the regional akimat on Abai Avenue, demanding overtime pay owed since the pandemic. "We worked two years without days off, and now they tell us to wait again," nurse Gulnara Sadykova said. Deputy governor Yerlan Mukanov met a delegation and promised to pay by September.

In Jetisu region, brucellosis has been diagnosed in 37 people in five districts since May, most of them in Sarkand and Alakol districts, the regional health department in Taldykorgan reported. The feldsher post in the village of Koktuma was shut for three weeks because its only paramedic had caught the disease herself. Zoologists of the Taldykorgan anti-plague station also found plague bacteria in grey marmots in the Zhetysu Alatau above Tekeli and asked hikers not to touch the animals.

In Ulytau region, an ambulance taking a woman in labour from Karazhal to Zhezkazgan overturned on the highway late on Wednesday. The driver and the paramedic were injured; the mother gave birth safely two hours later in the Zhezkazgan perinatal centre.

The Ministry of Health in Nur-Sultan said it would send epidemiologists from Almaty to the three new regions. Kazakhstan has registered nine human anthrax cases so far this year in four regions, the ministry added.""",
     ann=[
        ('Abai region', 0, 'region', ABR, ABR, {'note': 'headline; Abai Region since 2022-06-08'}),
        ('Jetisu', 0, 'region', JTR, JTR, {'note': 'headline; bare region name'}),
        ('SEMEY', 0, 'city', 'Semey', ABR, {'note': 'dateline'}),
        ('Abai', 1, 'region', ABR, ABR, {'note': 'NI:in a list sharing "regions"'}),
        ('Jetisu', 1, 'region', JTR, JTR, {'note': 'NI:in a list sharing "regions"'}),
        ('Ulytau', 0, 'region', UR, UR, {'note': 'NI:in a list sharing "regions"'}),
        ('East Kazakhstan', 0, 'region', EKR, EKR, {'note': 'NI:background; parent region, in a list sharing "regions"'}),
        ('Almaty', 0, 'region', ALR, ALR, {'note': 'NI:background; parent region, in a list sharing "regions"; the region, not the city'}),
        ('Karaganda', 0, 'region', KR, KR, {'note': 'NI:background; parent region, in a list sharing "regions"'}),
        ('Karaoy', 0, 'village', 'Karaoy (Urzhar district)', ABR, {'note': 'anthrax and quarantine, not an incident'}),
        ('Urzhar district', 0, 'district', 'Urzhar District', ABR),
        ('Urzhar district', 1, 'district', 'Urzhar District', ABR, {'note': 'NI:inside the name of a state hospital'}),
        ('Abai region', 1, 'region', ABR, ABR, {'note': 'inside the name of an authority'}),
        ('East Kazakhstan', 1, 'region', EKR, EKR, {'note': 'NI:background; the region the district belonged to before 2022-06-08'}),
        ('Semey', 0, 'city', 'Semey', ABR, {'note': 'nurses\' rally'}),
        ('Abai Avenue', 0, 'facility', 'Abai Avenue (Semey)', ABR, {'subkind': 'street', 'note': 'avenue named after the poet; not Abai Region'}),
        ('Jetisu region', 0, 'region', JTR, JTR),
        ('five districts', 0, 'quantified', '5 districts', N, {'count': 5, 'unit': 'district', 'note': 'brucellosis cases; not incidents'}),
        ('Sarkand', 0, 'district', 'Sarkand District', JTR, {'note': 'in a list sharing "districts"'}),
        ('Alakol', 0, 'district', 'Alakol District', JTR, {'note': 'in a list sharing "districts"'}),
        ('Taldykorgan', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:seat of the regional health department'}),
        ('Koktuma', 0, 'village', 'Koktuma', JTR, {'note': 'feldsher post closed; not an incident'}),
        ('Taldykorgan', 1, 'city', 'Taldykorgan', JTR, {'note': 'NI:inside the name of a state service (anti-plague station)'}),
        ('Zhetysu Alatau', 0, 'facility', 'Zhetysu Alatau', N, {'subkind': 'mountain range', 'note': 'natural feature; not Jetisu Region'}),
        ('Tekeli', 0, 'city', 'Tekeli', JTR, {'note': 'NI:reference point'}),
        ('Ulytau region', 0, 'region', UR, UR),
        ('Karazhal', 0, 'city', 'Karazhal', UR, {'note': 'NI:origin of the ambulance'}),
        ('Zhezkazgan', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:destination of the ambulance'}),
        ('Zhezkazgan', 1, 'city', 'Zhezkazgan', UR, {'note': 'NI:inside the name of a state hospital; place of birth'}),
        ('Nur-Sultan', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the ministry; name of the capital 2019-2022'}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of epidemiologists'}),
        ('three new regions', 0, 'quantified', '3 new regions', N, {'count': 3, 'unit': 'region', 'note': 'the three named new regions; not an incident statement'}),
        ('Kazakhstan', 2, 'country', 'Kazakhstan', N),
        ('four regions', 0, 'quantified', '4 regions', N, {'count': 4, 'unit': 'region', 'note': 'anthrax cases; not incidents'}),
     ],
     inc={ABR: (1, 'rally of about 60 nurses outside the regional akimat in Semey; the anthrax cases and the quarantine of Karaoy are not incidents'),
          UR: (1, 'ambulance overturned on the highway between Karazhal and Zhezkazgan, two crew injured')}),

dict(id='p002', date='1995-10-12', lang='en',
     event='1995 picket of unpaid doctors at the Semipalatinsk regional administration and a hospital strike in Kurchatov (Semipalatinsk Region, abolished 1997; East Kazakhstan Region land); ministry in Almaty, the capital; patients treated in Rubtsovsk (Russia)',
     text="""Unpaid doctors picket regional administration in Semipalatinsk
SEMIPALATINSK, Oct 12 (Reuters) - About 200 doctors and nurses picketed the Semipalatinsk regional administration on Thursday, saying they had not been paid for five months, the latest in a wave of wage protests across Kazakhstan.
"Our hospitals have no bandages and no heating oil, and now we have no wages either," said surgeon Nurlan Abenov. One placard read "Semipalatinsk is no longer a test site, do not test our patience".
Health officials in Almaty, the capital, said arrears in the region had reached 1.2 billion tenge and blamed the regional budget. In Kurchatov, the town that served the former nuclear test site, doctors of the town hospital went on strike on Wednesday, keeping only the emergency ward open.
Many patients from villages near the border now travel for treatment to Rubtsovsk in Russia's Altai region, the local newspaper Semipalatinskie Vesti reported.""",
     ann=[
        ('Semipalatinsk', 0, 'city', 'Semey', EKR, {'note': 'headline; Soviet-era name of Semey; town of the Semipalatinsk Region abolished in 1997, labelled with the unit holding its land'}),
        ('SEMIPALATINSK', 0, 'city', 'Semey', EKR, {'note': 'dateline'}),
        ('Semipalatinsk', 1, 'region', EKR, EKR, {'uncertain': True, 'note': 'inside the name of an authority (regional administration); the Semipalatinsk Region, abolished in 1997, labelled with the canonical unit holding its land'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('Semipalatinsk', 2, 'city', 'Semey', EKR, {'note': 'NI:on a placard'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:seat of the ministry; the capital in 1995'}),
        ('Kurchatov', 0, 'city', 'Kurchatov', EKR, {'note': 'hospital strike; town of the abolished Semipalatinsk Region'}),
        ('Rubtsovsk', 0, 'foreign', 'Rubtsovsk', N, {'note': 'NI:destination of patients'}),
        ('Russia', 0, 'foreign', 'Russia', N, {'note': "NI:possessive Russia's"}),
        ('Altai region', 0, 'foreign', 'Altai Krai', N, {'note': 'NI:region of Russia; not the town of Altai'}),
     ],
     inc={EKR: (2, 'picket of about 200 doctors and nurses at the regional administration in Semipalatinsk; strike at the Kurchatov town hospital')}),

dict(id='p003', date='2019-04-03', lang='en',
     event='2019 measles outbreak: 2,143 cases, most in Nur-Sultan (renamed twelve days earlier) and Shymkent; a father attacks a paediatrician at a polyclinic in Al-Farabi district of Shymkent; schools closed in Turkistan and Kentau; virus brought from Kyrgyzstan and Ukraine',
     text="""Measles cases pass 2,000; Nur-Sultan and Shymkent hardest hit
NUR-SULTAN, April 3 (Tengrinews English) - Kazakhstan has recorded 2,143 measles cases since January, more than half of them in children under five, the country's chief sanitary doctor said on Wednesday. The capital, renamed from Astana twelve days ago, and Shymkent account for almost 60 percent of the cases, followed by Almaty and Turkistan region. Cases have been registered in 14 regions.
Officials say the virus was brought in from Kyrgyzstan and Ukraine, where large outbreaks have run since last year, and blame parents who refuse vaccinations.
In Shymkent on Monday, a father who had refused to vaccinate his son attacked a paediatrician at polyclinic No. 6 in Al-Farabi district, breaking her nose, police said. The man has been detained. "She only asked why the boy had no vaccination record," the clinic's head doctor told reporters.
Schools in Turkistan and Kentau have suspended classes for a week.""",
     ann=[
        ('Nur-Sultan', 0, 'city', 'Astana', 'Astana', {'note': 'headline; name of the capital since 2019-03-23; measles cases, no incident'}),
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'headline; city of republican significance since 2018-06-19'}),
        ('NUR-SULTAN', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:former name of the capital, named in passing'}),
        ('Shymkent', 1, 'city', 'Shymkent', 'Shymkent', {'note': 'measles cases'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:measles cases'}),
        ('Turkistan region', 0, 'region', TR, TR, {'note': 'NI:measles cases'}),
        ('14 regions', 0, 'quantified', '14 regions', N, {'count': 14, 'unit': 'region', 'note': 'measles cases; not incidents'}),
        ('Kyrgyzstan', 0, 'foreign', 'Kyrgyzstan', N, {'note': 'NI:source of the virus'}),
        ('Ukraine', 0, 'foreign', 'Ukraine', N, {'note': 'NI:source of the virus'}),
        ('Shymkent', 2, 'city', 'Shymkent', 'Shymkent', {'note': 'attack on a paediatrician'}),
        ('Al-Farabi district', 0, 'district', 'Al-Farabi District (Shymkent)', 'Shymkent', {'subkind': 'city district', 'note': 'named after the philosopher'}),
        ('Turkistan', 1, 'city', 'Turkistan', TR, {'note': 'NI:schools closed'}),
        ('Kentau', 0, 'city', 'Kentau', TR, {'note': 'NI:schools closed'}),
     ],
     inc={'Shymkent': (1, 'a father attacked a paediatrician at a polyclinic in Al-Farabi district; measles cases and school closures are not incidents')}),

dict(id='p004', date='2008-07-22', lang='en',
     event='2008 skin anthrax in Zhylga and Darbaza (Saryagash district, South Kazakhstan Region before the 2018 reform), two villages quarantined, patients in Shymkent; villagers block the Shymkent-Tashkent highway demanding compensation; samples to Almaty',
     text="""Anthrax quarantine in two Saryagash villages
SHYMKENT, July 22 (KazTAG) - Veterinarians have placed the villages of Zhylga and Darbaza in Saryagash district under quarantine after four residents were taken to the regional infectious diseases hospital in Shymkent with the skin form of anthrax, the South Kazakhstan health department said on Tuesday.
All four had helped slaughter a bull that fell ill on a pasture near the Uzbek border. Samples were sent to the anti-plague station in Almaty for confirmation, and police posts now stop livestock from leaving the two villages.
On Monday about 50 residents of Zhylga blocked the Shymkent-Tashkent highway for two hours, protesting against the burning of their animals' carcasses and demanding compensation. District akim Serik Tulegenov promised payments "within a month".
Skin anthrax is registered almost every summer in the region, which borders Uzbekistan.""",
     ann=[
        ('two Saryagash villages', 0, 'quantified', '2 villages', N, {'count': 2, 'unit': 'village', 'note': 'headline; quantified phrase containing a toponym (Saryagash district); the two villages are named'}),
        ('SHYMKENT', 0, 'city', 'Shymkent', SKR, {'note': 'dateline; South Kazakhstan Region before 2018-06-19'}),
        ('Zhylga', 0, 'village', 'Zhylga', SKR, {'note': 'anthrax quarantine'}),
        ('Darbaza', 0, 'village', 'Darbaza', SKR, {'note': 'anthrax quarantine'}),
        ('Saryagash district', 0, 'district', 'Saryagash District', SKR),
        ('Shymkent', 0, 'city', 'Shymkent', SKR, {'note': 'NI:hospital town'}),
        ('South Kazakhstan', 0, 'region', SKR, SKR, {'note': 'inside the name of an authority'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:laboratory'}),
        ('two villages', 0, 'quantified', '2 villages', N, {'count': 2, 'unit': 'village', 'note': 'quarantined villages, named before'}),
        ('Zhylga', 1, 'village', 'Zhylga', SKR, {'note': "protesters' village; the road block was on the highway near it"}),
        ('Shymkent', 1, 'city', 'Shymkent', SKR, {'note': 'NI:route endpoint'}),
        ('Tashkent', 0, 'foreign', 'Tashkent', N, {'note': 'NI:route endpoint'}),
        ('Uzbekistan', 0, 'foreign', 'Uzbekistan', N),
     ],
     inc={SKR: (1, 'about 50 residents of Zhylga blocked the Shymkent-Tashkent highway in protest; the anthrax cases and the quarantine are not incidents')}),

dict(id='p005', date='2013-09-17', lang='en',
     event='2013 plague bacteria in great gerbils in Aral and Kazaly districts (Kyzylorda Region), burrows treated around 12 villages, residents vaccinated; a 2003 human case from Zhalagash district recalled; Baikonur inspects the steppe; no incident',
     text="""Plague found in gerbils in two Kyzylorda districts
KYZYLORDA, Sept 17 (Interfax-Kazakhstan) - Plague bacteria have been found in great gerbils in Aral and Kazaly districts of Kyzylorda region, the Aral anti-plague station said on Tuesday. No human cases have been registered.
Teams have started treating burrows around 12 villages, among them Saksaulsk and Aiteke Bi, and about 3,000 shepherds, railway workers and other residents have been vaccinated. Hunting and the sale of animal skins are banned in both districts until November.
Natural plague foci cover about 40 percent of Kazakhstan's territory, from the Caspian lowland to the Moiynkum desert and the shores of Lake Balkhash. The last human case in the region was recorded in 2003, when a shepherd from Zhalagash district recovered after treatment in Kyzylorda.
Baikonur, the cosmodrome town leased to Russia, has asked its own sanitary service to inspect the steppe around the launch pads.""",
     ann=[
        ('two Kyzylorda districts', 0, 'quantified', '2 districts', N, {'count': 2, 'unit': 'district', 'note': 'headline; quantified phrase containing a toponym (Kyzylorda Region); the districts are named'}),
        ('KYZYLORDA', 0, 'city', 'Kyzylorda', KZR, {'note': 'dateline'}),
        ('Aral', 0, 'district', 'Aral District', KZR, {'note': 'in a list sharing "districts"'}),
        ('Kazaly', 0, 'district', 'Kazaly District', KZR, {'note': 'in a list sharing "districts"'}),
        ('Kyzylorda region', 0, 'region', KZR, KZR),
        ('Aral', 1, 'city', 'Aral', KZR, {'note': 'NI:inside the name of a state service (anti-plague station)'}),
        ('12 villages', 0, 'quantified', '12 villages', N, {'count': 12, 'unit': 'village', 'note': 'burrows treated; not incidents'}),
        ('Saksaulsk', 0, 'village', 'Saksaulsk', KZR, {'note': 'settlement in Aral district'}),
        ('Aiteke Bi', 0, 'village', 'Aiteke Bi', KZR, {'note': 'settlement named after a person; centre of Kazaly district'}),
        ('Kazakhstan', 1, 'country', 'Kazakhstan', N, {'note': "possessive; occurrence 0 is inside the agency name Interfax-Kazakhstan, not annotated"}),
        ('Caspian lowland', 0, 'facility', 'Caspian Lowland', N, {'subkind': 'lowland', 'note': 'natural feature shared with Russia'}),
        ('Moiynkum desert', 0, 'facility', 'Moiynkum desert', N, {'subkind': 'desert', 'note': 'natural feature'}),
        ('Lake Balkhash', 0, 'facility', 'Lake Balkhash', N, {'subkind': 'lake', 'note': 'natural feature'}),
        ('Zhalagash district', 0, 'district', 'Zhalagash District', KZR, {'note': 'NI:origin of a 2003 patient'}),
        ('Kyzylorda', 2, 'city', 'Kyzylorda', KZR, {'note': 'NI:place of treatment'}),
        ('Baikonur', 0, 'city', 'Baikonur', KZR, {'note': 'cosmodrome town leased to Russia; NI:inspection only'}),
        ('Russia', 0, 'foreign', 'Russia', N, {'note': 'NI:lessee'}),
     ],
     inc={}),

dict(id='p006', date='2025-11-20', lang='en',
     event='2025 week of attacks on ambulance crews: a paramedic hit with a bottle in Baikonur district of Astana, ambulance doors kicked in Aksai-4 (Auezov district, Almaty), a feldsher stabbed in Botakara (Bukhar-Zhyrau district, Karaganda Region), a doctor beaten in an Aktobe hospital, a paramedic punched in Taldykorgan (Jetisu Region); attacks in three other, unnamed regions (unattributed); body cameras in Shymkent and Pavlodar',
     text="""Five attacks on ambulance crews in one week as ministry pushes tougher law
ASTANA, November 20 (Vlast.kz English) - An ambulance paramedic in Astana is in hospital with a concussion after a patient's brother hit him with a bottle on Sunday night, the latest in a run of attacks on emergency crews across the country.
The crew had been called to a flat in Baikonur district, where a 40-year-old man had been drinking for several days. "When our paramedic said the patient had to go to hospital, the brother grabbed a bottle," the Astana emergency medical station said. The attacker faces up to five years in prison.
On Monday in Almaty, two men kicked the doors of an ambulance parked outside a block of flats in the Aksai-4 microdistrict of Auezov district, demanding that the crew treat their friend first. The crew locked themselves in the cab and called the police.
In Karaganda region, a drunk patient stabbed a feldsher in the village of Botakara, Bukhar-Zhyrau district, on Tuesday. She was flown to the regional hospital in Karaganda by air ambulance and is in a stable condition.
In Aktobe on Wednesday, a man beat a woman doctor in the admissions room of the city multi-profile hospital after being told to wait his turn. A video of the attack posted on Instagram has been watched more than a million times. On Thursday a paramedic was punched by a patient in Taldykorgan.
The Ministry of Health says 148 attacks on medical workers were recorded in the first ten months of 2025, against 97 in the whole of last year, and that similar attacks were reported this week in three other regions. Most victims were women. A bill that would make assaulting a medic on duty a separate crime, punishable by up to seven years, has passed the Mazhilis and goes to the Senate in December.
"Our crews are afraid to go on night calls to certain addresses," said Dana Zhaksylykova, who chairs the ambulance workers' trade union. "Nobody in Kazakhstan should be beaten for trying to save a life." Stations in Shymkent and Pavlodar have started fitting paramedics with body cameras, and the station in Kostanay wants police escorts for calls to addresses with a record of violence.""",
     ann=[
        ('ASTANA', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'paramedic hit with a bottle'}),
        ('Baikonur district', 0, 'district', 'Baikonur District (Astana)', 'Astana', {'subkind': 'city district', 'note': 'district of Astana, not the town of Baikonur'}),
        ('Astana', 1, 'city', 'Astana', 'Astana', {'note': 'inside the name of a state service (emergency medical station)'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'ambulance attacked'}),
        ('Aksai-4 microdistrict', 0, 'district', 'Aksai (Almaty)', 'Almaty', {'subkind': 'microdistrict', 'note': 'not the town of Aksai in West Kazakhstan'}),
        ('Auezov district', 0, 'district', 'Auezov District (Almaty)', 'Almaty', {'subkind': 'city district', 'note': 'named after the writer'}),
        ('Karaganda region', 0, 'region', KR, KR),
        ('Botakara', 0, 'village', 'Botakara', KR, {'note': 'feldsher stabbed'}),
        ('Bukhar-Zhyrau district', 0, 'district', 'Bukhar-Zhyrau District', KR, {'note': 'district named after a poet'}),
        ('Karaganda', 1, 'city', 'Karaganda', KR, {'note': 'NI:hospital city'}),
        ('Aktobe', 0, 'city', 'Aktobe', AR, {'note': 'doctor beaten in a hospital'}),
        ('Taldykorgan', 0, 'city', 'Taldykorgan', JTR, {'note': 'paramedic punched; Jetisu Region since 2022-06-08'}),
        ('three other regions', 0, 'quantified', '3 other regions', N, {'count': 3, 'unit': 'region', 'note': 'attacks in three unnamed regions'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:body cameras introduced'}),
        ('Pavlodar', 0, 'city', 'Pavlodar', PR, {'note': 'NI:body cameras introduced'}),
        ('Kostanay', 0, 'city', 'Kostanay', KOR, {'note': 'NI:request for police escorts'}),
     ],
     inc={'Astana': (1, 'paramedic hit with a bottle in Baikonur district'),
          'Almaty': (1, 'two men kicked the doors of an ambulance in Aksai-4, Auezov district'),
          KR: (1, 'feldsher stabbed by a patient in Botakara, Bukhar-Zhyrau district'),
          AR: (1, 'woman doctor beaten in the admissions room of a hospital in Aktobe'),
          JTR: (1, 'paramedic punched by a patient in Taldykorgan')},
     unatt=[{'label': 'three other regions', 'count': 3, 'note': 'attacks on medics reported this week in three other, unnamed regions'}]),

dict(id='p007', date='2018-06-26', lang='en',
     event='2018 roof fire at the infectious diseases ward of the Kentau city hospital, 14 children with measles moved to Turkistan, a week after South Kazakhstan Region was renamed Turkistan Region and Shymkent split off; measles in Sairam and Tole Bi districts',
     text="""Fire at Kentau infectious ward as measles spreads in Turkistan region
TURKISTAN, June 26 (Kazinform English) - Fourteen children with measles were moved out of the infectious diseases ward of the Kentau city hospital on Monday night after a short circuit set its roof on fire, the Turkistan region emergencies department said. Nobody was hurt; the children were taken by ambulance to Turkistan, about 30 km away.
The fire came a week after South Kazakhstan region was renamed Turkistan region and Shymkent became a city of republican significance with its own health department. Officials in Turkistan, the new regional centre, admit the handover has slowed the response: lists of unvaccinated children are still held in Shymkent.
Since May, 86 measles cases have been confirmed in the region, most of them in Sairam and Tole Bi districts and in Kentau. Shymkent has recorded another 41.""",
     ann=[
        ('Kentau', 0, 'city', 'Kentau', TR, {'note': 'headline; hospital fire'}),
        ('Turkistan region', 0, 'region', TR, TR, {'note': 'headline; renamed from South Kazakhstan Region on 2018-06-19'}),
        ('TURKISTAN', 0, 'city', 'Turkistan', TR, {'note': 'dateline'}),
        ('Kentau', 1, 'city', 'Kentau', TR, {'note': 'inside the name of a state hospital; place of the fire'}),
        ('Turkistan region', 1, 'region', TR, TR, {'note': 'inside the name of an authority'}),
        ('Turkistan', 2, 'city', 'Turkistan', TR, {'note': 'NI:destination of the evacuated children'}),
        ('South Kazakhstan region', 0, 'region', TR, TR, {'uncertain': True, 'note': 'NI:background; the region renamed on 2018-06-19, labelled with the unit holding its land on the article date'}),
        ('Turkistan region', 2, 'region', TR, TR, {'note': 'NI:background'}),
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:background; city of republican significance since 2018-06-19'}),
        ('Turkistan', 4, 'city', 'Turkistan', TR, {'note': 'NI:new regional centre'}),
        ('Shymkent', 1, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:where lists are kept'}),
        ('Sairam', 0, 'district', 'Sayram District', TR, {'note': 'NI:measles cases; in a list sharing "districts"'}),
        ('Tole Bi', 0, 'district', 'Tole Bi District', TR, {'note': 'NI:measles cases; in a list sharing "districts"; named after a person'}),
        ('Kentau', 2, 'city', 'Kentau', TR, {'note': 'NI:measles cases'}),
        ('Shymkent', 2, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:measles cases'}),
     ],
     inc={TR: (1, 'short-circuit fire on the roof of the infectious diseases ward in Kentau; measles cases are not incidents')}),

dict(id='p008', date='2026-02-10', lang='en',
     event='2026 walkout and rally of Rudny ambulance staff over a winter bonus and a heater fire that destroyed the feldsher post of Mikhailovka (Karabalyk district), Kostanay Region; crews from Kostanay and Lisakovsk; a dialysis patient driven to Troitsk in Russia',
     text="""Rudny paramedics walk out over bonus; fire guts village feldsher post
KOSTANAY, February 10 (KazTAG) - About 40 paramedics and drivers of the Rudny ambulance station refused to take calls for three hours on Monday morning and gathered outside the city akimat, demanding a winter bonus they say was promised in December. Calls in Rudny were answered by crews sent from Kostanay and Lisakovsk until the akim agreed to meet the protesters.
Overnight, a fire started by an electric heater destroyed the feldsher post in the village of Mikhailovka in Karabalyk district, together with its stock of medicines and vaccines. Until spring the 300 villagers will be served by a mobile clinic from Karabalyk. A patient who needs regular dialysis will be driven to a hospital in Troitsk, across the border in Russia's Chelyabinsk region, the nearest one.
The Kostanay regional health department said wage arrears at ambulance stations in four districts of the region would be paid by February 20.""",
     ann=[
        ('Rudny', 0, 'city', 'Rudny', KOR, {'note': 'headline; walkout'}),
        ('KOSTANAY', 0, 'city', 'Kostanay', KOR, {'note': 'dateline'}),
        ('Rudny', 1, 'city', 'Rudny', KOR, {'note': 'inside the name of a state service (ambulance station); place of the walkout'}),
        ('Rudny', 2, 'city', 'Rudny', KOR),
        ('Kostanay', 0, 'city', 'Kostanay', KOR, {'note': 'NI:origin of replacement crews'}),
        ('Lisakovsk', 0, 'city', 'Lisakovsk', KOR, {'note': 'NI:origin of replacement crews'}),
        ('Mikhailovka', 0, 'village', 'Mikhailovka (Karabalyk district)', KOR, {'note': 'a common village name; fire'}),
        ('Karabalyk district', 0, 'district', 'Karabalyk District', KOR),
        ('Karabalyk', 1, 'village', 'Karabalyk', KOR, {'note': 'NI:district centre, origin of the mobile clinic'}),
        ('Troitsk', 0, 'foreign', 'Troitsk', N, {'note': 'NI:destination of a patient'}),
        ('Russia', 0, 'foreign', 'Russia', N, {'note': "possessive Russia's"}),
        ('Chelyabinsk region', 0, 'foreign', 'Chelyabinsk Oblast', N),
        ('Kostanay', 1, 'region', KOR, KOR, {'note': 'inside the name of an authority (regional health department)'}),
        ('four districts', 0, 'quantified', '4 districts', N, {'count': 4, 'unit': 'district', 'note': 'wage arrears; not incidents'}),
     ],
     inc={KOR: (2, 'walkout and rally of Rudny ambulance staff outside the city akimat; fire that destroyed the feldsher post in Mikhailovka')}),
]
