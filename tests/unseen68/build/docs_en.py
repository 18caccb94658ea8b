"""English texts of the sixty-eighth unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'
PC = 'penal colony'
SIZO = 'pre-trial detention centre'

DOCS = [
dict(id='p001', date='2019-05-06', lang='en',
     event='2019 escape from the colony in Granitny (Akmola Region): guard stabbed, car taken at knifepoint in Shortandy; manhunt ends with arrests in Kokshetau and near Kosshy (Tselinograd district); the capital as Nur-Sultan; escapee earlier extradited from Omsk; checkpoints in four districts',
     text="""Second Granitny escapee caught near Nur-Sultan after four-day manhunt
NUR-SULTAN, May 6 (Kazinform) - Police on Monday detained the second of two inmates who broke out of a penal colony in the settlement of Granitny in Akmola Region last week, ending a manhunt that had put checkpoints on the roads around the capital.

Ruslan Kenzhebayev, 34, was found hiding in a summer house in a dacha cooperative near the village of Kosshy, Tselinograd district, about 15 km south of Nur-Sultan. He surrendered without resistance, the Akmola regional police department said.

The two men escaped from institution EC-166/11 late on May 2. According to the Interior Ministry's Committee of the Penal System, they attacked a guard with a sharpened spoon during the evening count, took his keys and climbed over the inner fence. The guard, a 26-year-old sergeant, is being treated for stab wounds at a hospital in Nur-Sultan.

Early the next morning the pair forced a driver out of his car at knifepoint at a filling station in Shortandy and drove north. The car was later found abandoned on the highway to Shchuchinsk. The first escapee, Daniyar Seitov, 29, was arrested on Saturday at the bus station in Kokshetau while trying to buy a ticket to Petropavl. Investigators believe he planned to cross into Russia.

Seitov was serving eleven years for armed robbery. He had been extradited to Kazakhstan in 2016 after his arrest in Omsk on an Interpol notice.

Checkpoints were set up at all exits from the capital and in four districts of Akmola Region; they were lifted on Monday afternoon. The head of the regional penal department has been suspended pending an inquiry.

"Guards at Granitny work 24-hour shifts for very low pay, and the fences have not been repaired since the nineties," said Amangeldy Shormanov of the rights group Prison Reform Kazakhstan. It is the third escape from colonies in Akmola Region since 2017.""",
     ann=[
        ('Granitny', 0, 'village', 'Granitny', AKR, {'note': 'headline; settlement where the colony stands'}),
        ('Nur-Sultan', 0, 'city', 'Astana', 'Astana', {'note': 'NI:headline; arrest without resistance near the capital; the capital was named Nur-Sultan in 2019'}),
        ('NUR-SULTAN', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Granitny', 1, 'village', 'Granitny', AKR, {'note': 'settlement of the colony; the guard was attacked there'}),
        ('Akmola Region', 0, 'region', AKR, AKR),
        ('Kosshy', 0, 'village', 'Kosshy', AKR, {'note': 'NI:arrest without resistance; a village in 2019'}),
        ('Tselinograd district', 0, 'district', 'Tselinograd District', AKR, {'note': 'NI:arrest without resistance; the district, not the old name of the capital'}),
        ('Nur-Sultan', 1, 'city', 'Astana', 'Astana', {'note': 'NI:reference point'}),
        ('Akmola', 1, 'region', AKR, AKR, {'note': 'inside the name of an authority (regional police department)'}),
        ('EC-166/11', 0, 'facility', 'EC-166/11 penal colony (Granitny)', AKR, {'subkind': PC, 'note': 'institution code of the colony in Granitny'}),
        ('Nur-Sultan', 2, 'city', 'Astana', 'Astana', {'note': 'NI:hospital where the wounded guard is treated'}),
        ('Shortandy', 0, 'village', 'Shortandy', AKR, {'note': 'car taken at knifepoint at a filling station'}),
        ('Shchuchinsk', 0, 'city', 'Shchuchinsk', AKR, {'note': 'NI:road endpoint; car found abandoned on the road'}),
        ('Kokshetau', 0, 'city', 'Kokshetau', AKR, {'note': 'NI:arrest at the bus station'}),
        ('Petropavl', 0, 'city', 'Petropavl', NKR, {'note': 'NI:intended destination'}),
        ('Russia', 0, 'foreign', 'Russia', N, {'note': 'NI:intended destination'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('Omsk', 0, 'foreign', 'Omsk', N, {'note': 'NI:place of an earlier arrest'}),
        ('four districts of Akmola Region', 0, 'quantified', '4 districts', N, {'count': 4, 'unit': 'district', 'note': 'checkpoints, an official measure; contains a toponym, one span'}),
        ('Granitny', 2, 'village', 'Granitny', AKR, {'note': 'in a quote'}),
        ('Akmola Region', 2, 'region', AKR, AKR, {'note': 'NI:statistics of escapes'}),
     ],
     inc={AKR: (2, 'guard stabbed during the escape from the Granitny colony; a driver forced out of his car at knifepoint in Shortandy; the arrests are not incidents')}),

dict(id='p002', date='1996-02-14', lang='en',
     event='1996 hunger strike over heating cuts in the colony in Arkalyk (Turgai Region, abolished 1997; Kostanay Region land) and a smaller protest in the colony in Dzhetygara, today Zhitikara (Kostanay Region); coal from Ekibastuz; commission from Almaty, the capital until 1997',
     text="""Arkalyk inmates refuse food as barracks freeze
ALMATY, Feb 14 (Interfax-Kazakhstan) - About 300 inmates of a strict-regime colony in Arkalyk, the centre of Turgai region, have refused food for a fifth day in protest against heating cuts, the Interior Ministry's corrections department said on Wednesday.
The prisoners say their barracks have had no heat since the town's boiler house ran out of coal in late January, when night temperatures fell to minus 38. Four inmates have been taken to the colony's medical unit with frostbite.
A train with coal was sent from Ekibastuz on Monday and is expected in Arkalyk by the weekend, a ministry spokesman said. A commission from Almaty arrived at the colony on Tuesday.
A smaller protest at the colony in Dzhetygara, in neighbouring Kostanay region, ended on Sunday after the administration promised extra blankets and hot meals twice a day.
Prison officials in Kazakhstan have long complained that the penal system receives less than half of the money it needs.""",
     ann=[
        ('Arkalyk', 0, 'city', 'Arkalyk', KOR, {'note': 'headline; town of Turgai Region in 1996, of Kostanay Region since 1997'}),
        ('ALMATY', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Arkalyk', 1, 'city', 'Arkalyk', KOR, {'note': 'colony where the hunger strike takes place'}),
        ('Turgai', 0, 'region', KOR, KOR, {'uncertain': True, 'note': 'Turgai Region, abolished in 1997; labelled with the unit that holds its land'}),
        ('Ekibastuz', 0, 'city', 'Ekibastuz', PR, {'note': 'NI:origin of the coal train'}),
        ('Arkalyk', 2, 'city', 'Arkalyk', KOR, {'note': 'NI:destination of the coal train'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of a commission'}),
        ('Dzhetygara', 0, 'city', 'Zhitikara', KOR, {'note': 'colony where a smaller protest ended; the name of Zhitikara until 1997'}),
        ('Kostanay', 0, 'region', KOR, KOR, {'note': 'region with lower-case head noun'}),
        ('Kazakhstan', 1, 'country', 'Kazakhstan', N, {'note': 'the first Kazakhstan is inside the agency name Interfax-Kazakhstan, not annotated'}),
     ],
     inc={KOR: (2, 'hunger strike in the Arkalyk colony (Turgai Region land, now Kostanay Region); protest in the Dzhetygara (Zhitikara) colony')}),

dict(id='p003', date='2008-09-16', lang='en',
     event='2008 night fire in the tuberculosis hospital of the penal system in Semey, two inmates dead (East Kazakhstan Region before the 2022 split); patients transferred to Ust-Kamenogorsk; a relative from Ayagoz',
     text="""Two inmates die in fire at prison TB hospital in Semey
UST-KAMENOGORSK, Sept 16 - Two inmates died and eleven were treated for smoke poisoning after a fire broke out overnight in the tuberculosis hospital of the penal system in Semey, the East Kazakhstan emergencies department said on Tuesday.
The fire started in a second-floor ward shortly after 2 a.m. and spread along the wooden ceiling. Guards and nurses led 34 patients into the yard before firefighters arrived. Nine of the most serious cases were transferred to the regional TB dispensary in Ust-Kamenogorsk under guard.
The hospital, built in the 1950s on the edge of what was then Semipalatinsk, treats convicts with tuberculosis from colonies across East Kazakhstan, Pavlodar and Karaganda regions. Inspectors had warned about its wiring in 2006, local media reported.
"My brother had only four months left to serve," said a woman who had travelled from Ayagoz and was waiting outside the gates. Prosecutors have opened a criminal case for negligence.""",
     ann=[
        ('Semey', 0, 'city', 'Semey', EKR, {'note': 'headline; East Kazakhstan Region before 2022-06-08'}),
        ('UST-KAMENOGORSK', 0, 'city', 'Oskemen', EKR, {'note': 'dateline'}),
        ('Semey', 1, 'city', 'Semey', EKR, {'note': 'prison hospital fire'}),
        ('East Kazakhstan', 0, 'region', EKR, EKR, {'note': 'inside the name of an authority'}),
        ('Ust-Kamenogorsk', 0, 'city', 'Oskemen', EKR, {'note': 'NI:patients transferred to the dispensary'}),
        ('Semipalatinsk', 0, 'city', 'Semey', EKR, {'note': 'old name of Semey'}),
        ('East Kazakhstan', 1, 'region', EKR, EKR, {'note': 'NI:in a list sharing "regions"; origin of patients'}),
        ('Pavlodar', 0, 'region', PR, PR, {'note': 'NI:in a list sharing "regions"; origin of patients'}),
        ('Karaganda', 0, 'region', KR, KR, {'note': 'NI:in a list sharing "regions"; origin of patients'}),
        ('Ayagoz', 0, 'city', 'Ayagoz', EKR, {'note': "NI:a relative's home town"}),
     ],
     inc={EKR: (1, 'fire in the prison tuberculosis hospital in Semey, two dead')}),

dict(id='p004', date='2022-06-27', lang='en',
     event='2022 prison week after the regional split: mattress-burning riot in a colony in Semey (Abai Region), hunger strike in the Taldykorgan pre-trial detention centre (Jetisu Region), guard wounded in an escape attempt at a colony in Zhezkazgan (Ulytau Region); transfers to Zarechny (Almaty Region); lawyers from Almaty; the capital still Nur-Sultan; ombudsman in all three new regions',
     text="""Prison week: riot in Semey, hunger strike in Taldykorgan, blood in Zhezkazgan
NUR-SULTAN, June 27 - Less than three weeks after Abai, Jetisu and Ulytau regions came into being, their new police and penal departments have had a busy first month. Our weekly round-up of news from behind bars.

SEMEY. Inmates of a medium-security colony on the eastern outskirts of Semey set fire to mattresses and barricaded themselves in a barracks on Thursday, protesting against the transfer of 40 prisoners to other regions. Special forces retook the building after six hours; six inmates and two officers were hurt. The Abai Region police department has opened a case for mass disorder. The transferred men were taken to the colony in Zarechny, Almaty Region, the Committee of the Penal System said.

TALDYKORGAN. Fourteen detainees in the pre-trial detention centre in Taldykorgan have refused food since June 20, demanding that their cases be moved from the Jetisu regional court back to judges in Almaty. "Nobody knows yet which court is in charge of what," said a lawyer who drove up from Almaty on Friday. The regional prosecutor said the cases would stay in Taldykorgan.

ZHEZKAZGAN. An inmate of a colony in Zhezkazgan stabbed a guard in the neck with a piece of wire on Saturday while trying to get through the perimeter fence. The guard is in a stable condition. The inmate was caught two hours later on the road to Satpayev and has been moved to a punishment cell. The Ulytau regional prosecutor is investigating.

ELSEWHERE. The human rights ombudsman, Elvira Azimova, said she would visit colonies in all three new regions in July. In Karaganda, the regional court sentenced two former guards of the colony in Dolinka to five years each for beating an inmate in 2021.""",
     ann=[
        ('Semey', 0, 'city', 'Semey', ABR, {'note': 'headline; Abai Region since 2022-06-08'}),
        ('Taldykorgan', 0, 'city', 'Taldykorgan', JTR, {'note': 'headline; Jetisu Region since 2022-06-08'}),
        ('Zhezkazgan', 0, 'city', 'Zhezkazgan', UR, {'note': 'headline; Ulytau Region since 2022-06-08'}),
        ('NUR-SULTAN', 0, 'city', 'Astana', 'Astana', {'note': 'dateline; the capital was Nur-Sultan until 2022-09-17'}),
        ('Abai', 0, 'region', ABR, ABR, {'note': 'NI:in a list sharing "regions"; creation of the region'}),
        ('Jetisu', 0, 'region', JTR, JTR, {'note': 'NI:in a list sharing "regions"; creation of the region'}),
        ('Ulytau', 0, 'region', UR, UR, {'note': 'NI:in a list sharing "regions"; creation of the region'}),
        ('SEMEY', 0, 'city', 'Semey', ABR, {'note': 'section heading'}),
        ('Semey', 1, 'city', 'Semey', ABR, {'note': 'riot in a colony'}),
        ('Abai Region', 0, 'region', ABR, ABR, {'note': 'inside the name of an authority'}),
        ('Zarechny', 0, 'village', 'Zarechny (Almaty Region)', ALR, {'note': 'NI:destination of transferred prisoners; not the Zarechny near Kostanay'}),
        ('Almaty Region', 0, 'region', ALR, ALR, {'note': 'NI:destination of transferred prisoners'}),
        ('TALDYKORGAN', 0, 'city', 'Taldykorgan', JTR, {'note': 'section heading'}),
        ('Taldykorgan', 1, 'city', 'Taldykorgan', JTR, {'note': 'hunger strike in the pre-trial detention centre'}),
        ('Jetisu', 1, 'region', JTR, JTR, {'note': 'inside the name of a court'}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:judges the detainees want'}),
        ('Almaty', 2, 'city', 'Almaty', 'Almaty', {'note': "NI:lawyer's origin"}),
        ('Taldykorgan', 2, 'city', 'Taldykorgan', JTR, {'note': 'NI:court seat'}),
        ('ZHEZKAZGAN', 0, 'city', 'Zhezkazgan', UR, {'note': 'section heading'}),
        ('Zhezkazgan', 1, 'city', 'Zhezkazgan', UR, {'note': 'guard stabbed in an escape attempt'}),
        ('Satpayev', 0, 'city', 'Satpayev', UR, {'note': 'NI:road endpoint; the inmate was caught on the road'}),
        ('Ulytau', 1, 'region', UR, UR, {'note': 'inside the name of an official post'}),
        ('all three new regions', 0, 'quantified', 'all 3 new regions', N, {'count': 3, 'unit': 'region', 'quantifier': 'all', 'note': 'planned visits, not incidents; the members are Abai, Jetisu and Ulytau'}),
        ('Karaganda', 0, 'city', 'Karaganda', KR, {'note': 'NI:court seat; trial'}),
        ('Dolinka', 0, 'village', 'Dolinka', KR, {'note': 'NI:a 2021 beating, only as the subject of a trial'}),
     ],
     inc={ABR: (1, 'mattress fire and barricade riot in a colony in Semey'),
          JTR: (1, 'hunger strike of 14 detainees in the Taldykorgan pre-trial detention centre'),
          UR: (1, 'guard stabbed in an escape attempt at a colony in Zhezkazgan')}),

dict(id='p005', date='2005-06-24', lang='en',
     event='2005 hunger strike of four Uzbek asylum seekers in the Almaty pre-trial detention centre against extradition to Tashkent after the Andijan killings; prosecutors in Astana; UNHCR in Geneva; arrests in Almaty and near Zhibek Zholy (South Kazakhstan Region)',
     text="""Uzbek detainees on hunger strike in Almaty as extradition looms
ALMATY, June 24 - Four Uzbek men held in Almaty at the request of Tashkent have been on hunger strike in the city's pre-trial detention centre for ten days, their lawyer said on Friday.
The men, all from Andijan, say they fled Uzbekistan after troops fired on protesters in their city on May 13. Uzbek prosecutors accuse them of taking part in the unrest and have asked for their extradition. Two were arrested at a flat in Almaty, the others at a police post near Zhibek Zholy on the border with Uzbekistan.
"They drink only water. One of them fainted on Wednesday," said the lawyer, Gulnara Zhuaspayeva. The UN refugee agency in Geneva has asked Kazakhstan not to send the men back.
The Prosecutor General's Office in Astana said it was still examining the requests and that no decision would be taken before the men's asylum claims were heard.""",
     ann=[
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'headline'}),
        ('ALMATY', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': 'place of detention and hunger strike'}),
        ('Tashkent', 0, 'foreign', 'Tashkent', N, {'uncertain': True, 'note': 'metonymy for the Uzbek authorities'}),
        ('Andijan', 0, 'foreign', 'Andijan', N, {'note': 'NI:origin; the May 13 shooting is outside Kazakhstan'}),
        ('Uzbekistan', 0, 'foreign', 'Uzbekistan', N),
        ('Almaty', 2, 'city', 'Almaty', 'Almaty', {'note': 'NI:place of arrest'}),
        ('Zhibek Zholy', 0, 'village', 'Zhibek Zholy (Saryagash district)', SKR, {'note': 'NI:place of arrest; South Kazakhstan Region in 2005'}),
        ('Uzbekistan', 1, 'foreign', 'Uzbekistan', N),
        ('Geneva', 0, 'foreign', 'Geneva', N),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the Prosecutor General\'s Office'}),
     ],
     inc={'Almaty': (1, 'hunger strike of four detainees in the Almaty pre-trial detention centre; the arrests and the Andijan shooting are not counted')}),

dict(id='p006', date='2018-07-03', lang='en',
     event='2018 detainee beaten to death in the Shymkent pre-trial detention centre and a relatives\' protest outside the prosecutor\'s office (Shymkent, two weeks after it became a city of republican significance); the man had been moved from the colony in Kentau (Turkistan Region)',
     text="""Detainee dies after beating in Shymkent remand centre; relatives protest
SHYMKENT, July 3 - A 27-year-old man died in the Shymkent pre-trial detention centre on Sunday, two days after he was found unconscious in his cell with head injuries, the city prosecutor's office said.
The man had been brought to Shymkent from the colony in Kentau, in Turkistan region, to testify in a fraud case. Two cellmates have been detained on suspicion of beating him.
On Monday about 30 relatives blocked the entrance of the prosecutor's office on Tauke Khan Avenue for three hours, demanding that the guards on duty also be charged. Police dispersed them without arrests.
The case is one of the first for Shymkent's new police department, created when the city was separated from the region on June 19. The Turkistan regional penal department said the man had made no complaints while in Kentau.""",
     ann=[
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'headline; city of republican significance since 2018-06-19'}),
        ('SHYMKENT', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'dateline'}),
        ('Shymkent', 1, 'city', 'Shymkent', 'Shymkent', {'note': 'death after a beating in the pre-trial detention centre'}),
        ('Shymkent', 2, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:destination of a transfer'}),
        ('Kentau', 0, 'city', 'Kentau', TR, {'note': 'NI:origin of the transferred inmate'}),
        ('Turkistan', 0, 'region', TR, TR, {'note': 'region with lower-case head noun'}),
        ('Tauke Khan Avenue', 0, 'facility', 'Tauke Khan Avenue (Shymkent)', 'Shymkent', {'subkind': 'street', 'note': 'relatives\' protest; avenue named after a person'}),
        ('Shymkent', 3, 'city', 'Shymkent', 'Shymkent', {'note': 'inside the name of an authority'}),
        ('Turkistan', 1, 'region', TR, TR, {'note': 'inside the name of an authority'}),
        ('Kentau', 1, 'city', 'Kentau', TR, {'note': 'NI:former place of detention'}),
     ],
     inc={'Shymkent': (2, 'detainee beaten to death in the pre-trial detention centre; relatives block the prosecutor\'s office on Tauke Khan Avenue')}),

dict(id='p007', date='2001-12-14', lang='en',
     event='2001 independence amnesty: releases from colonies in Dolinka, Karaganda, Ekibastuz and Pavlodar; Karlag history (Dolinka, Spassk, ALZhIR at Malinovka near Akmolinsk); riot with a workshop fire in a colony in Balkhash (Karaganda Region) and a hunger strike in a Pavlodar colony by inmates left out of the amnesty; releases in all 14 regions',
     text="""Gates open in Dolinka as amnesty frees thousands; Balkhash inmates riot
ASTANA, Dec 14 - Relatives queued in the snow outside the colony gates in Dolinka on Friday as Kazakhstan began releasing prisoners under an amnesty marking ten years of independence.
About 14,000 convicts are to be freed or have their sentences cut, the Justice Ministry said, among them women with small children, men over 60 and most of those serving time for minor theft. The first groups walked out on Friday from colonies in Dolinka, Karaganda, Ekibastuz and Pavlodar. Releases are planned in all 14 regions before the end of January.
For many families the wait in Dolinka carries an old weight. The village, 40 km south-west of Karaganda, was the headquarters of Karlag, the Soviet labour camp system that held hundreds of thousands of prisoners across the steppe of central Kazakhstan between 1931 and 1959. Deportees from Moscow, Leningrad and the Volga region worked its farms; the camp at Spassk held foreign prisoners of war. Another camp, for the wives of "traitors of the motherland", stood in Malinovka near Akmolinsk, today's Astana.
"My grandfather was brought here in a cattle wagon. Now I am taking my son home from the same place," said Viktor Hein, who had come from Temirtau.
Not everyone is pleased. On Wednesday inmates of a strict-regime colony in Balkhash, most of them excluded from the amnesty because of violent crimes, broke windows and set fire to a sewing workshop. Riot police from Karaganda restored order by the evening; nobody was seriously hurt, the regional penal department said.
In Pavlodar, 60 inmates of a colony for repeat offenders have refused food since Monday, demanding that the amnesty be extended to them. Prison officials met their representatives on Thursday.
Rights groups in Almaty welcomed the amnesty but said overcrowding would return within a year unless courts jailed fewer people for petty offences.""",
     ann=[
        ('Dolinka', 0, 'village', 'Dolinka', KR, {'note': 'NI:headline; releases under the amnesty'}),
        ('Balkhash', 0, 'city', 'Balkhash', KR, {'note': 'headline'}),
        ('ASTANA', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Dolinka', 1, 'village', 'Dolinka', KR, {'note': 'NI:releases'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('Dolinka', 2, 'village', 'Dolinka', KR, {'note': 'NI:releases'}),
        ('Karaganda', 0, 'city', 'Karaganda', KR, {'note': 'NI:releases'}),
        ('Ekibastuz', 0, 'city', 'Ekibastuz', PR, {'note': 'NI:releases'}),
        ('Pavlodar', 0, 'city', 'Pavlodar', PR, {'note': 'NI:releases'}),
        ('all 14 regions', 0, 'quantified', 'all 14 regions', N, {'count': 14, 'unit': 'region', 'quantifier': 'all', 'note': 'planned releases, not incidents'}),
        ('Dolinka', 3, 'village', 'Dolinka', KR, {'note': 'NI:background'}),
        ('Karaganda', 1, 'city', 'Karaganda', KR, {'note': 'NI:reference point'}),
        ('Kazakhstan', 1, 'country', 'Kazakhstan', N, {'note': '"central Kazakhstan": only the country is annotated'}),
        ('Moscow', 0, 'foreign', 'Moscow', N, {'note': 'NI:origin of deportees'}),
        ('Leningrad', 0, 'foreign', 'Saint Petersburg', N, {'note': 'NI:origin of deportees; Soviet name'}),
        ('Volga region', 0, 'foreign', 'Volga region', N, {'subkind': 'macro-region', 'note': 'NI:origin of deportees'}),
        ('Spassk', 0, 'village', 'Spassk (Karaganda Region)', KR, {'note': 'NI:historical camp; the village of Spassk near Karaganda, not a Russian town of that name'}),
        ('Malinovka', 0, 'village', 'Akmol', AKR, {'note': 'NI:historical camp; the old name of the village of Akmol, Tselinograd district'}),
        ('Akmolinsk', 0, 'city', 'Astana', 'Astana', {'note': 'NI:reference point; Soviet name of the capital'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:gloss of Akmolinsk'}),
        ('Temirtau', 0, 'city', 'Temirtau', KR, {'note': "NI:a relative's home town"}),
        ('Balkhash', 1, 'city', 'Balkhash', KR, {'note': 'riot and workshop fire in a colony'}),
        ('Karaganda', 2, 'city', 'Karaganda', KR, {'note': 'NI:origin of riot police'}),
        ('Pavlodar', 1, 'city', 'Pavlodar', PR, {'note': 'hunger strike in a colony'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:seat of rights groups'}),
     ],
     inc={KR: (1, 'riot with a workshop fire in the strict-regime colony in Balkhash, counted as one event; Karlag history and the amnesty releases are not incidents'),
          PR: (1, 'hunger strike of 60 inmates of a colony in Pavlodar')}),

dict(id='p008', date='2024-10-09', lang='en',
     event='2024 hunger strike of a Russian army deserter in the Oral pre-trial detention centre against extradition to Russia (Saratov region); crossed the border near Taskala; West Kazakhstan regional court; UNHCR in Astana; earlier deportations through Samara',
     text="""Russian deserter on hunger strike in Oral as court weighs extradition
ORAL, Oct 9 - A 24-year-old Russian soldier who fled his unit has been refusing food in the pre-trial detention centre in Oral for a week, his lawyer said on Wednesday, as a court considers Moscow's request to send him back.
The man, a contract soldier from Saratov region, crossed into Kazakhstan on foot near the village of Taskala in August and was detained at a bus stop the next day. Russian prosecutors have charged him with desertion.
"He says he will not eat until he is sure he will not be handed over," the lawyer told reporters outside the specialised inter-district court of West Kazakhstan Region, which is hearing the case behind closed doors.
The UN refugee agency office in Astana said it was following the case. Human rights groups say at least three Russians who applied for asylum in Kazakhstan since 2022 were later deported, one of them through Samara.""",
     ann=[
        ('Oral', 0, 'city', 'Oral', WKR, {'note': 'headline'}),
        ('ORAL', 0, 'city', 'Oral', WKR, {'note': 'dateline'}),
        ('Oral', 1, 'city', 'Oral', WKR, {'note': 'hunger strike in the pre-trial detention centre'}),
        ('Moscow', 0, 'foreign', 'Moscow', N, {'uncertain': True, 'note': 'metonymy for the Russian authorities'}),
        ('Saratov region', 0, 'foreign', 'Saratov Oblast', N, {'note': 'NI:origin'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('Taskala', 0, 'village', 'Taskala', WKR, {'note': 'NI:border crossing point'}),
        ('West Kazakhstan Region', 0, 'region', WKR, WKR, {'note': 'inside the name of a court'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of a UN office'}),
        ('Kazakhstan', 2, 'country', 'Kazakhstan', N, {'note': 'the whole-word Kazakhstan before it is inside "West Kazakhstan Region"'}),
        ('Samara', 0, 'foreign', 'Samara', N, {'note': 'NI:deportation route'}),
     ],
     inc={WKR: (1, 'hunger strike of a detainee in the Oral pre-trial detention centre')}),
]
