"""English texts of the sixty-first unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p001', date='2019-11-12', lang='en',
     event='2019 terrorist threat level raised to "yellow" in Nur-Sultan and Karaganda region after a foiled plot (detentions in Temirtau and Saran, not counted); background: knife attack on police at a checkpoint outside Temirtau in August (Karaganda Region); Akmola region stays "blue"',
     text="""Terror threat level raised to "yellow" in Nur-Sultan and Karaganda region
NUR-SULTAN, Nov 12 (Reuters) - Kazakhstan's anti-terrorism centre on Tuesday raised the terrorist threat level to "yellow" in the capital and in Karaganda region for 30 days, citing intelligence that a group of local men planned to attack a shopping centre in Nur-Sultan.
Four suspects were detained in Temirtau and Saran on Monday, the National Security Committee said. One of them had returned from Syria in 2017, it added.
In August a man armed with a knife attacked two police officers at a checkpoint on the outskirts of Temirtau, wounding one of them before he was shot in the leg. A court in Karaganda sentenced him to 12 years in prison in October.
The "yellow" level, the second of three, allows police to check documents and search cars in the street. The centre said the level in neighbouring Akmola region remained "blue", the lowest. Kazakhstan introduced the three-colour system in 2013; the "red" level has never been declared anywhere in the country.""",
     ann=[
        ('Nur-Sultan', 0, 'city', 'Astana', 'Astana', {'note': 'NI:headline; threat level raised (a measure); name of the capital 2019-2022'}),
        ('Karaganda region', 0, 'region', KR, KR, {'note': 'headline; threat level raised'}),
        ('NUR-SULTAN', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N, {'note': 'possessive'}),
        ('Karaganda region', 1, 'region', KR, KR, {'note': 'threat level raised'}),
        ('Nur-Sultan', 1, 'city', 'Astana', 'Astana', {'note': 'NI:target of a foiled plot'}),
        ('Temirtau', 0, 'city', 'Temirtau', KR, {'note': 'NI:detentions'}),
        ('Saran', 0, 'city', 'Saran', KR, {'note': 'NI:detentions'}),
        ('Syria', 0, 'foreign', 'Syria', N, {'note': 'NI:where a suspect had been'}),
        ('Temirtau', 1, 'city', 'Temirtau', KR, {'note': 'knife attack on police at a checkpoint on its outskirts (August)'}),
        ('Karaganda', 2, 'city', 'Karaganda', KR, {'note': 'NI:seat of the court'}),
        ('Akmola region', 0, 'region', AKR, AKR, {'note': 'NI:threat level unchanged'}),
        ('Kazakhstan', 1, 'country', 'Kazakhstan', N),
     ],
     inc={KR: (1, 'knife attack on two police officers at a checkpoint outside Temirtau in August; the plot and the detentions are not incidents')}),

dict(id='p002', date='1996-06-18', lang='en',
     event='1996 brawl over irrigation water between villagers of Sortobe (Kordai district, Zhambyl region) and Kyrgyz farmers, 11 hurt; background: fight with Kyrgyz herders near Narynkol (Almaty region) in May; the abolished Taldy-Kurgan region; Zhambyl the city (now Taraz) vs the region; joint commission in Bishkek; Interfax-Kazakhstan not annotated',
     text="""Kazakh and Kyrgyz villagers clash over irrigation water
ALMATY, June 18 (Interfax-Kazakhstan) - Eleven people were injured on Sunday when about 60 men from the village of Sortobe in Zhambyl region's Kordai district fought with farmers from across the Chu river in Kyrgyzstan over water from a shared irrigation canal, regional police said on Tuesday.

The fight broke out at a sluice gate two kilometres outside Sortobe after the Kyrgyz side closed it, cutting off water to Kazakh beet and wheat fields in the hottest week of the year. Men on both sides used sticks and stones; two were taken to the district hospital in Kordai with head wounds. Police officers from Zhambyl, the regional centre, separated the crowds by nightfall.

"The water is divided under a schedule from 1983 that nobody keeps any more," said Serik Abdrakhmanov, head of the Kordai district administration. Officials in Kyrgyzstan's Chui region said their own farmers had been short of water since May.

It was the second clash on the border in a month. On May 27 herders from Kyrgyzstan's Issyk-Kul region drove about 400 sheep onto summer pastures near the village of Narynkol in Almaty region, and three Kazakh shepherds were beaten in the fight that followed. A herders' cooperative from neighbouring Taldy-Kurgan region, which also grazes its flocks there, said it would bring them down early this year.

The foreign ministry said a joint commission of Kazakhstan and Kyrgyzstan would meet in Bishkek next week to agree a new water schedule and compensation for the injured. Police in Zhambyl have opened a criminal case for hooliganism, but no one has been detained.

Farmers in Kordai said the commission should also settle the grazing dispute. "Our fathers shared this water for fifty years without a single fight," one of them said.""",
     ann=[
        ('ALMATY', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline; the capital in 1996'}),
        ('Sortobe', 0, 'village', 'Sortobe', JR, {'note': 'village of the men; the fight took place just outside it'}),
        ('Zhambyl region', 0, 'region', JR, JR, {'note': 'possessive'}),
        ('Kordai district', 0, 'district', 'Kordai District', JR),
        ('Chu river', 0, 'facility', 'Chu River', N, {'subkind': 'river', 'note': 'border river between Kazakhstan and Kyrgyzstan'}),
        ('Kyrgyzstan', 0, 'foreign', 'Kyrgyzstan', N),
        ('Sortobe', 1, 'village', 'Sortobe', JR, {'note': 'the fight at a sluice gate two kilometres outside the village'}),
        ('Kordai', 1, 'village', 'Kordai', JR, {'note': 'NI:district hospital'}),
        ('Zhambyl', 1, 'city', 'Taraz', JR, {'note': 'NI:origin of the police; name of Taraz 1993-1997, "the regional centre" (the city, not the region)'}),
        ('Kordai district', 1, 'district', 'Kordai District', JR, {'note': 'NI:inside the name of an authority (district administration)'}),
        ('Kyrgyzstan', 1, 'foreign', 'Kyrgyzstan', N, {'note': 'possessive'}),
        ('Chui region', 0, 'foreign', 'Chuy Region (Kyrgyzstan)', N),
        ('Kyrgyzstan', 2, 'foreign', 'Kyrgyzstan', N, {'note': 'possessive'}),
        ('Issyk-Kul region', 0, 'foreign', 'Issyk-Kul Region (Kyrgyzstan)', N, {'note': "NI:herders' origin"}),
        ('Narynkol', 0, 'village', 'Narynkol', ALR, {'note': 'fight on the pastures near the village (May 27)'}),
        ('Almaty region', 0, 'region', ALR, ALR),
        ('Taldy-Kurgan region', 0, 'region', ALR, ALR, {'uncertain': True, 'note': "NI:home of a herders' cooperative; Taldykorgan Region, abolished in 1997 and merged into Almaty Region, labelled with the unit that holds its land"}),
        ('Kazakhstan', 1, 'country', 'Kazakhstan', N, {'note': 'occurrence 0 is inside the agency name Interfax-Kazakhstan, not annotated'}),
        ('Kyrgyzstan', 3, 'foreign', 'Kyrgyzstan', N),
        ('Bishkek', 0, 'foreign', 'Bishkek', N, {'note': 'NI:venue of the commission'}),
        ('Zhambyl', 2, 'city', 'Taraz', JR, {'uncertain': True, 'note': 'NI:seat of the police that opened the case; could be read as the region, same ADM1 either way'}),
        ('Kordai', 3, 'village', 'Kordai', JR, {'note': "NI:farmers' residence"}),
     ],
     inc={JR: (1, 'brawl over irrigation water at a sluice gate outside Sortobe, Kordai district, 11 hurt'),
          ALR: (1, 'fight with Kyrgyz herders on pastures near Narynkol on May 27, three shepherds beaten (background narrated)')}),

dict(id='p003', date='2004-11-23', lang='en',
     event='2004 trial in Shymkent of six members of a banned group over a bomb plot (not counted); background: home-made device exploded in a garage in Kentau in March (South Kazakhstan Region before the 2018 split); "southern Kazakhstan" vs South Kazakhstan; Tashkent bombings abroad',
     text="""Shymkent court jails six over bomb plot
SHYMKENT, Nov 23 (AFP) - A court in Shymkent on Tuesday sentenced six members of a banned Islamist group to between eight and 15 years in prison for plotting to bomb police buildings in southern Kazakhstan, the South Kazakhstan regional prosecutor's office said.
Prosecutors said the men, most of them from Kentau and Turkestan, had trained at camps in Pakistan and kept explosives in a rented garage in Kentau. The plot came to light in March, when a home-made device went off in the garage and injured one of the accused.
Defence lawyers said the confessions had been obtained under pressure and that they would appeal to the Supreme Court in Astana.
Investigators have linked the group to the suicide bombings in Tashkent, the capital of neighbouring Uzbekistan, earlier this year. Uzbekistan has asked Kazakhstan to extradite two other suspects.""",
     ann=[
        ('Shymkent', 0, 'city', 'Shymkent', SKR, {'note': 'NI:headline; seat of the court; South Kazakhstan Region before 2018-06-19'}),
        ('SHYMKENT', 0, 'city', 'Shymkent', SKR, {'note': 'dateline'}),
        ('Shymkent', 1, 'city', 'Shymkent', SKR, {'note': 'NI:seat of the court'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N, {'note': 'directional phrase "southern Kazakhstan": only the country'}),
        ('South Kazakhstan', 0, 'region', SKR, SKR, {'note': "inside the name of an authority (regional prosecutor's office)"}),
        ('Kentau', 0, 'city', 'Kentau', SKR, {'note': "NI:the accused men's residence"}),
        ('Turkestan', 0, 'city', 'Turkistan', SKR, {'note': "NI:the accused men's residence; the town, South Kazakhstan Region in 2004"}),
        ('Pakistan', 0, 'foreign', 'Pakistan', N, {'note': 'NI:training camps'}),
        ('Kentau', 1, 'city', 'Kentau', SKR, {'note': 'garage where a home-made device went off in March'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the Supreme Court'}),
        ('Tashkent', 0, 'foreign', 'Tashkent', N, {'note': 'bombings abroad; no ADM1'}),
        ('Uzbekistan', 0, 'foreign', 'Uzbekistan', N),
        ('Uzbekistan', 1, 'foreign', 'Uzbekistan', N),
        ('Kazakhstan', 2, 'country', 'Kazakhstan', N, {'note': 'occurrence 1 is inside "South Kazakhstan"'}),
     ],
     inc={SKR: (1, 'home-made device exploded in a garage in Kentau in March, one injured; the trial is not an incident')}),

dict(id='p004', date='2018-07-02', lang='en',
     event='2018 mass brawl at a wedding hall in Aksukent, Sairam district (Turkistan Region, two weeks after the split), one stabbed, two cars burnt; youths from the Kaitpas microdistrict of Shymkent (a city of republican significance since 2018-06-19)',
     text="""Wedding brawl in Turkistan region: 14 detained
SHYMKENT, July 2 (Kazinform) - Police have detained 14 men after a mass brawl at a wedding hall in Aksukent, the centre of Sairam district, in which one guest was stabbed and five others were hurt, the police department of the renamed Turkistan region said on Monday.
The fight began late on Saturday between guests from Aksukent and a group of young men from the Kaitpas microdistrict of Shymkent who had come uninvited, police said. About 70 people took part; chairs and bottles were thrown and two cars parked outside the hall were set on fire.
Shymkent, which became a city of republican significance on June 19 and left the region, now has its own police department. Its spokesman said officers from the city had helped their colleagues in Sairam district to stop the fight and would question the Kaitpas group.
The stabbed man was taken to the regional hospital in Shymkent. His condition is stable.""",
     ann=[
        ('Turkistan region', 0, 'region', TR, TR, {'note': 'headline; renamed from South Kazakhstan Region on 2018-06-19'}),
        ('SHYMKENT', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'dateline'}),
        ('Aksukent', 0, 'village', 'Aksukent', TR, {'note': 'brawl at a wedding hall'}),
        ('Sairam district', 0, 'district', 'Sayram District', TR),
        ('Turkistan region', 1, 'region', TR, TR, {'note': 'inside the name of an authority (police department)'}),
        ('Aksukent', 1, 'village', 'Aksukent', TR, {'note': "NI:guests' residence"}),
        ('Kaitpas microdistrict', 0, 'district', 'Kaitpas (Shymkent)', 'Shymkent', {'subkind': 'microdistrict', 'note': 'NI:origin of the young men'}),
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:origin of the young men'}),
        ('Shymkent', 1, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:the city\'s new status'}),
        ('Sairam district', 1, 'district', 'Sayram District', TR),
        ('Kaitpas', 1, 'district', 'Kaitpas (Shymkent)', 'Shymkent', {'subkind': 'microdistrict', 'note': 'NI:"the Kaitpas group"'}),
        ('Shymkent', 2, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:hospital'}),
     ],
     inc={TR: (1, 'mass brawl at a wedding hall in Aksukent, one stabbed, five hurt, two cars set on fire (one event)')}),

dict(id='p005', date='2009-09-15', lang='en',
     event='2009 bank hostage siege in Taldykorgan ends with surrender (Almaty Region before the 2022 split), with a 2003 remand-centre hostage taking in Taldykorgan as background; traffic police officer shot dead in Ust-Kamenogorsk (East Kazakhstan Region); roadblocks towards Pavlodar region and Altai Krai; officers shot at in three regions (unattributed)',
     text="""Taldykorgan bank siege ends without bloodshed; policeman shot dead in Ust-Kamenogorsk
TALDYKORGAN, Sept 15 (Reuters) - A gunman who held nine people hostage for seven hours in a bank branch in Taldykorgan gave himself up early on Tuesday after talking to his mother by phone, the Almaty regional police department said. No one was hurt.

The man, a 34-year-old former soldier from Ushtobe, walked into the branch on Abai Avenue on Monday afternoon with a hunting rifle and demanded 5 million tenge to pay off his debts, police said. Special forces flown in from Almaty sealed off the street and a nearby school was evacuated. He let five women go in the evening and released the others after midnight.

"He wanted to be heard, not to kill anyone," regional police chief Nurlan Seitkali told reporters outside the bank. The man faces up to 15 years in prison for hostage taking. It was the first hostage taking in Taldykorgan since 2003, when a prisoner held two guards in the town's remand centre for a day.

Hours before the siege ended, a traffic police officer was shot dead in Ust-Kamenogorsk, some 700 km to the north-east, after he stopped a car for a document check on the embankment of the Irtysh. The East Kazakhstan police department said two men had fled in the car, which was later found abandoned near Glubokoye. Roadblocks have been set up across the region and on the roads to neighbouring Pavlodar region and to Russia's Altai Krai.

A deputy interior minister, Yerlan Kassymov, told reporters in Astana that officers had been shot at in three regions since January and that two of them had died. He said the ministry would ask the government for money to buy body armour for patrol officers in all regions next year.""",
     ann=[
        ('Taldykorgan', 0, 'city', 'Taldykorgan', ALR, {'note': 'headline; Almaty Region before 2022-06-08'}),
        ('Ust-Kamenogorsk', 0, 'city', 'Oskemen', EKR, {'note': 'headline'}),
        ('TALDYKORGAN', 0, 'city', 'Taldykorgan', ALR, {'note': 'dateline'}),
        ('Taldykorgan', 1, 'city', 'Taldykorgan', ALR, {'note': 'hostage siege in a bank branch'}),
        ('Almaty', 0, 'region', ALR, ALR, {'note': 'inside the name of an authority (Almaty regional police department)'}),
        ('Ushtobe', 0, 'city', 'Ushtobe', ALR, {'note': "NI:gunman's origin"}),
        ('Abai Avenue', 0, 'facility', 'Abai Avenue (Taldykorgan)', ALR, {'subkind': 'street', 'note': 'avenue named after a person, not Abai Region'}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of the special forces'}),
        ('Taldykorgan', 2, 'city', 'Taldykorgan', ALR, {'note': 'background: a prisoner held two guards hostage in the remand centre in 2003'}),
        ('Ust-Kamenogorsk', 1, 'city', 'Oskemen', EKR, {'note': 'traffic police officer shot dead'}),
        ('Irtysh', 0, 'facility', 'Irtysh River', N, {'subkind': 'river', 'note': 'its embankment in Ust-Kamenogorsk'}),
        ('East Kazakhstan', 0, 'region', EKR, EKR, {'note': 'inside the name of an authority (police department)'}),
        ('Glubokoye', 0, 'village', 'Glubokoye', EKR, {'note': 'NI:car found abandoned'}),
        ('Pavlodar region', 0, 'region', PR, PR, {'note': 'NI:roadblocks on the roads to it'}),
        ('Russia', 0, 'foreign', 'Russia', N, {'note': 'possessive'}),
        ('Altai Krai', 0, 'foreign', 'Altai Krai (Russia)', N, {'note': 'NI:roadblocks on the roads to it'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:press briefing'}),
        ('three regions', 0, 'quantified', '3 regions', N, {'count': 3, 'unit': 'region', 'note': 'officers shot at since January in three unnamed regions'}),
        ('all regions', 0, 'quantified', 'all regions', N, {'count': None, 'unit': 'region', 'quantifier': 'all', 'note': 'body armour to be bought; not about incidents'}),
     ],
     inc={ALR: (2, 'bank hostage siege in Taldykorgan; background: a prisoner took two guards hostage in the Taldykorgan remand centre in 2003'),
          EKR: (1, 'traffic police officer shot dead in Ust-Kamenogorsk; the car found near Glubokoye is not a separate incident')},
     unatt=[{'label': 'three regions', 'count': 3, 'note': 'officers shot at since January in three unnamed regions (perhaps including East Kazakhstan)'}]),

dict(id='p006', date='2020-10-05', lang='en',
     event='2020 trial in Nur-Sultan (not counted) of a man who fired at a police patrol in Kosshy (Akmola region) in March; detention in Stepnogorsk; compensation by the Akmola region police',
     text="""Nur-Sultan court jails man who shot at police patrol
NUR-SULTAN, Oct 5 (Vlast.kz) - A court in Nur-Sultan's Saryarka district on Monday sentenced a 27-year-old man to 18 years in prison for firing at a police patrol in the village of Kosshy, just south of the capital in Akmola region, in March.
The man fired twice from a smooth-bore gun at two officers who had stopped his car at the entrance to Kosshy, wounding one of them in the shoulder. He was detained the same night at a relative's house in Stepnogorsk.
The court found that he had watched extremist videos before the attack but rejected the charge of terrorism and convicted him of the attempted murder of a police officer. His lawyer said he would appeal to the city court.
The Akmola region police department said the wounded officer had returned to work and had received 2 million tenge in compensation.""",
     ann=[
        ('Nur-Sultan', 0, 'city', 'Astana', 'Astana', {'note': 'NI:headline; seat of the court'}),
        ('NUR-SULTAN', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Nur-Sultan', 1, 'city', 'Astana', 'Astana', {'note': 'NI:possessive; seat of the court'}),
        ('Saryarka district', 0, 'district', 'Saryarka District (Astana)', 'Astana', {'subkind': 'city district', 'note': 'NI:seat of the court'}),
        ('Kosshy', 0, 'village', 'Kosshy', AKR, {'note': 'shots fired at a police patrol in March; a village in 2020 (town status 2021)'}),
        ('Akmola region', 0, 'region', AKR, AKR),
        ('Kosshy', 1, 'village', 'Kosshy', AKR),
        ('Stepnogorsk', 0, 'city', 'Stepnogorsk', AKR, {'note': 'NI:detention'}),
        ('Akmola region', 1, 'region', AKR, AKR, {'note': 'inside the name of an authority (police department)'}),
     ],
     inc={AKR: (1, 'man fired at a police patrol at the entrance to Kosshy in March, one officer wounded; the trial is not an incident')}),

dict(id='p007', date='2024-07-16', lang='en',
     event='2024 farmers block a road near Myrzakent (Maktaaral district, Turkistan Region) over water from the Dostyk canal; Uzbekistan\'s Syrdarya region; joint commission and compensation; shortages in two districts of Kyzylorda region (not incidents)',
     text="""Farmers block road in Maktaaral as water row with Uzbekistan flares
SHYMKENT, July 16 (Kursiv) - About 200 cotton farmers blocked a road near Myrzakent in Turkistan region's Maktaaral district on Tuesday to demand more water from the Dostyk canal, which takes water from the Syr Darya and crosses Uzbekistan before it reaches their fields. Police talked them into leaving after three hours and no one was detained.
The farmers say the Uzbek side has been taking more than its share during the heatwave. The water authority of Uzbekistan's Syrdarya region said it was keeping to the quotas agreed in Tashkent in March.
The Turkistan region governor's office said a joint commission would inspect the canal's gauging posts on Thursday and that farms which had lost crops would be compensated. Officials at the water ministry in Astana said similar shortages had been reported in two districts of Kyzylorda region.""",
     ann=[
        ('Maktaaral', 0, 'district', 'Maktaaral District', TR, {'note': 'headline; bare name of the district'}),
        ('Uzbekistan', 0, 'foreign', 'Uzbekistan', N, {'note': 'headline'}),
        ('SHYMKENT', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'dateline'}),
        ('Myrzakent', 0, 'village', 'Myrzakent', TR, {'note': 'road blocked near the settlement'}),
        ('Turkistan region', 0, 'region', TR, TR, {'note': 'possessive'}),
        ('Maktaaral district', 0, 'district', 'Maktaaral District', TR),
        ('Dostyk canal', 0, 'facility', 'Dostyk canal', N, {'subkind': 'canal', 'note': 'crosses Uzbekistan and Kazakhstan'}),
        ('Syr Darya', 0, 'facility', 'Syr Darya', N, {'subkind': 'river'}),
        ('Uzbekistan', 1, 'foreign', 'Uzbekistan', N),
        ('Uzbekistan', 2, 'foreign', 'Uzbekistan', N, {'note': 'possessive'}),
        ('Syrdarya region', 0, 'foreign', 'Sirdaryo Region (Uzbekistan)', N),
        ('Tashkent', 0, 'foreign', 'Tashkent', N, {'note': 'NI:where the quotas were agreed'}),
        ('Turkistan region', 1, 'region', TR, TR, {'note': "inside the name of an authority (governor's office)"}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the ministry'}),
        ('two districts of Kyzylorda region', 0, 'quantified', '2 districts', N, {'count': 2, 'unit': 'district', 'note': 'water shortages, not incidents; the quantified phrase contains Kyzylorda region'}),
     ],
     inc={TR: (1, 'farmers blocked a road near Myrzakent, Maktaaral district, for three hours (protest)')}),

dict(id='p008', date='1992-06-25', lang='en',
     event='1992 gunmen kill a police officer at a police post in Alma-Ata (Almaty); brawl over irrigation water between Kaskasu and Tasaryk in the Chimkent region (South Kazakhstan Region), one dead, two houses burnt; hostage taking on a fishing boat on the Ural near Guryev (Atyrau Region); Tajikistan war; government commission',
     text="""Policeman killed in Alma-Ata as Kazakhstan reports wave of violence
ALMA-ATA, June 25 (AP) - Gunmen fired on a police post in the Kazakh capital late on Wednesday, killing one officer and wounding another, the Interior Ministry said. The attackers escaped in a car towards the mountains south of the city.
Officials blame the growing number of attacks on police in Alma-Ata on criminal gangs armed with weapons smuggled from Tajikistan, where fighting between government and opposition forces has spread from Dushanbe to the south of the country.

In the south of Kazakhstan, one man was killed and 14 were injured on Monday when residents of two neighbouring villages, Kaskasu and Tasaryk, fought over the division of irrigation water in the Chimkent region, police in Chimkent said. About 300 people took part in the fight, which began at a canal between the villages and spread into Tasaryk, where two houses were set on fire. Troops were sent in and a curfew was imposed in both villages.

On the Caspian Sea coast, a man armed with a shotgun held the three-man crew of a fishing boat hostage for a day on the Ural river near Guryev, demanding to be taken to Astrakhan in Russia. He was overpowered by the crew on Tuesday morning and handed over to the police.

The vice-president said a government commission would go to the Chimkent region to settle the water dispute and pay compensation to the families whose houses had been burnt. He said police in all regions would be given more automatic weapons, and that checks on the border with Kyrgyzstan and Uzbekistan would be tightened to stop arms trafficking.""",
     ann=[
        ('Alma-Ata', 0, 'city', 'Almaty', 'Almaty', {'note': 'headline; Soviet-era name, still used in 1992'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N, {'note': 'headline'}),
        ('ALMA-ATA', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Alma-Ata', 1, 'city', 'Almaty', 'Almaty', {'note': 'series of attacks on police, not narrated one by one'}),
        ('Tajikistan', 0, 'foreign', 'Tajikistan', N, {'note': 'NI:origin of smuggled weapons; fighting abroad'}),
        ('Dushanbe', 0, 'foreign', 'Dushanbe', N),
        ('Kazakhstan', 1, 'country', 'Kazakhstan', N, {'note': 'directional phrase "the south of Kazakhstan": only the country'}),
        ('Kaskasu', 0, 'village', 'Kaskasu', SKR),
        ('Tasaryk', 0, 'village', 'Tasaryk', SKR),
        ('Chimkent region', 0, 'region', SKR, SKR, {'note': 'Chimkent Oblast, the former name of South Kazakhstan Region'}),
        ('Chimkent', 1, 'city', 'Shymkent', SKR, {'note': 'NI:seat of the police; Soviet-era spelling'}),
        ('Tasaryk', 1, 'village', 'Tasaryk', SKR, {'note': 'the fight spread into the village, two houses burnt'}),
        ('Caspian Sea', 0, 'facility', 'Caspian Sea', N, {'subkind': 'sea'}),
        ('Ural river', 0, 'facility', 'Ural River', N, {'subkind': 'river'}),
        ('Guryev', 0, 'city', 'Atyrau', ATR, {'note': 'Soviet-era name of Atyrau; hostage taking on a boat near the city'}),
        ('Astrakhan', 0, 'foreign', 'Astrakhan', N, {'note': "NI:hostage taker's demanded destination"}),
        ('Russia', 0, 'foreign', 'Russia', N),
        ('Chimkent region', 1, 'region', SKR, SKR, {'note': 'NI:destination of the commission'}),
        ('all regions', 0, 'quantified', 'all regions', N, {'count': None, 'unit': 'region', 'quantifier': 'all', 'note': 'weapons for police; not about incidents'}),
        ('Kyrgyzstan', 0, 'foreign', 'Kyrgyzstan', N),
        ('Uzbekistan', 0, 'foreign', 'Uzbekistan', N),
     ],
     inc={'Almaty': (1, 'gunmen fired on a police post, one officer killed; the earlier attacks are only alluded to (doubtful: a reader may add them)'),
          SKR: (1, 'brawl over irrigation water between Kaskasu and Tasaryk, one dead, 14 hurt, two houses burnt (one event)'),
          ATR: (1, 'fishing crew held hostage on the Ural river near Guryev')}),
]
