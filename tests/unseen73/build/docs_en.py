"""English texts of the seventy-third unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p001', date='2023-03-14', lang='en',
     event='2023 regional round-up: carbon monoxide kills two children in Koktal (Koktal rural okrug, Panfilov district, Jetisu Region); a missing boy found alive near Myrzakent in the Zhambyl rural okrug of Maktaaral district (Turkistan Region, no incident); a student kidnapped for marriage in Taraz and held in Sortobe, Kordai district (Jambyl Region); a new crisis shelter in Kyzylorda; crisis centres in all 17 regions and the three cities',
     text="""Family tragedies and a kidnapping: the week in the regions
ASTANA, March 14 (Kazinform) - Two children died and their parents were taken to hospital after carbon monoxide poisoning in the village of Koktal, in the Koktal rural okrug of Panfilov district, Jetisu region, the regional police department said on Tuesday.
A neighbour found the family unconscious on Monday morning and called an ambulance. Investigators believe the flue of the coal stove had been closed too early for the night. The parents, aged 34 and 31, are in intensive care in Zharkent. "This is the third such case in Jetisu this winter," said Aigerim Suleimenova, a spokeswoman for the regional emergencies department.
In Turkistan region, a five-year-old boy who went missing on Sunday was found alive after 19 hours in the reeds along the Syr Darya, about two kilometres from his home in the village of Myrzakent, Maktaaral district. More than 300 volunteers and rescuers searched through the night with torches and drones. The boy's family lives in the Zhambyl rural okrug, whose akim thanked the volunteers on Instagram.
In Jambyl region, police freed a 19-year-old student who had been seized outside her college in Taraz and driven to the village of Sortobe in Kordai district, some 240 km away. Two men, aged 22 and 24, have been detained on suspicion of kidnapping. The student's mother, who works in Bishkek, told reporters that her daughter had never met the would-be groom.
Bride kidnapping is punishable by up to ten years in prison in Kazakhstan, but activists say many cases never reach court because families settle them privately, often with the help of village elders.
In Kyzylorda, the regional crisis centre for women and children opened a second shelter this week, with 20 beds. Crisis centres now operate in all 17 regions and the three cities of republican significance, the Ministry of Labour and Social Protection in Astana said. Its figures show that police registered more than 98,000 calls about domestic violence last year.""",
     ann=[
        ('ASTANA', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Koktal', 0, 'village', 'Koktal (Panfilov district)', JTR),
        ('Koktal rural okrug', 0, 'village', 'Koktal rural okrug (Panfilov district)', JTR, {'note': 'rural okrug named after its centre village'}),
        ('Panfilov district', 0, 'district', 'Panfilov District', JTR, {'note': 'named after a person; Jetisu Region since 2022-06-08'}),
        ('Jetisu region', 0, 'region', JTR, JTR),
        ('Zharkent', 0, 'city', 'Zharkent', JTR, {'note': 'NI:hospital town'}),
        ('Jetisu', 1, 'region', JTR, JTR, {'note': 'NI:background statistic'}),
        ('Turkistan region', 0, 'region', TR, TR, {'note': 'NI:missing child found alive'}),
        ('Syr Darya', 0, 'facility', 'Syr Darya', N, {'subkind': 'river', 'note': 'NI:where the boy was found'}),
        ('Myrzakent', 0, 'village', 'Myrzakent', TR, {'note': 'NI:home of a missing child found alive'}),
        ('Maktaaral district', 0, 'district', 'Maktaaral District', TR, {'note': 'NI:missing child found alive'}),
        ('Zhambyl rural okrug', 0, 'village', 'Zhambyl rural okrug (Maktaaral district)', TR, {'note': 'NI:rural okrug of the family; named after the poet, not Jambyl Region'}),
        ('Jambyl region', 0, 'region', JR, JR),
        ('Taraz', 0, 'city', 'Taraz', JR, {'note': 'place of the seizure'}),
        ('Sortobe', 0, 'village', 'Sortobe', JR, {'note': 'where the student was held'}),
        ('Kordai district', 0, 'district', 'Kordai District', JR),
        ('Bishkek', 0, 'foreign', 'Bishkek', N, {'note': "NI:mother's workplace"}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('Kyzylorda', 0, 'city', 'Kyzylorda', KZR, {'note': 'NI:new shelter'}),
        ('all 17 regions', 0, 'quantified', 'all 17 regions', N, {'count': 17, 'unit': 'region', 'quantifier': 'all', 'note': 'NI:crisis centres'}),
        ('three cities of republican significance', 0, 'quantified', '3 cities', N, {'count': 3, 'unit': 'city', 'quantifier': 'all', 'note': 'NI:crisis centres'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the ministry'}),
     ],
     inc={JTR: (1, 'carbon monoxide poisoning of a family in Koktal, two children dead (the "third such case this winter" is a statistic)'),
          JR: (1, 'student seized in Taraz and held in Sortobe, Kordai district: one kidnapping')}),

dict(id='p002', date='2004-11-22', lang='en',
     event='2004 man sets fire to his house with his wife inside in Zhaltyr, Astrakhan district (Akmola Region); hospital in Astana (its own unit); children at their grandmother\'s in Astrakhanka; Astrakhan the district, not the Russian city',
     text="""Man held after setting house on fire with wife inside
KOKSHETAU, Nov 22 (Interfax-Kazakhstan) - Police in Akmola region have detained a 41-year-old man suspected of locking his wife in their house in the village of Zhaltyr and setting it alight after a quarrel, the regional interior department said on Monday.
Neighbours broke a window and pulled the woman out. She was taken to the Astrakhan district hospital with burns to her arms and face and later flown to Astana, where doctors described her condition as serious. The couple's three children were staying with their grandmother in Astrakhanka, the district centre, at the time.
Villagers told police the husband had beaten his wife for years, but she had never filed a complaint. "Everyone knew, and nobody said anything," one neighbour said.
Women's groups say the only shelter for victims of domestic violence in the area is in Astana, more than 150 km from Zhaltyr, and that it has just 12 beds.""",
     ann=[
        ('KOKSHETAU', 0, 'city', 'Kokshetau', AKR, {'note': 'dateline'}),
        ('Akmola region', 0, 'region', AKR, AKR),
        ('Zhaltyr', 0, 'village', 'Zhaltyr', AKR),
        ('Astrakhan district', 0, 'district', 'Astrakhan District', AKR, {'note': 'NI:inside the name of a hospital; the Akmola district, not the Russian city'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:hospital city'}),
        ('Astrakhanka', 0, 'village', 'Astrakhanka', AKR, {'note': "NI:residence of the children's grandmother"}),
        ('Astana', 1, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the only shelter'}),
        ('Zhaltyr', 1, 'village', 'Zhaltyr', AKR, {'note': 'NI:reference point'}),
     ],
     inc={AKR: (1, 'arson of a house with the wife locked inside in Zhaltyr')}),

dict(id='p003', date='1995-01-18', lang='en',
     event='1995 family of five dies of stove fumes in Dolon, Beskaragai district of Semipalatinsk region (abolished 1997; East Kazakhstan Region land), and an earlier fume death of a pensioner and her grandson in Kurchatov; relatives in Semipalatinsk',
     text="""Family of five dies of stove fumes in Semipalatinsk region
ALMATY, Jan 18 (KazTAG) - A couple and their three children, aged between two and nine, have died of carbon monoxide poisoning in the village of Dolon, in Beskaragai district of Semipalatinsk region, regional police said on Wednesday.
Relatives found the bodies on Tuesday afternoon after the family failed to arrive at a birthday party in Semipalatinsk. The chimney of the coal stove had been blocked by ice, a police spokesman said.
Frosts of minus 40 have gripped eastern Kazakhstan for a week, and many villages have had no electricity for days. Families burn coal, dung and old furniture to keep warm, and doctors say cases of poisoning are rising.
It was the second such tragedy in the region this month. On January 4 a pensioner and her grandson died of fumes in their flat in Kurchatov, the town that served the former nuclear test site.""",
     ann=[
        ('Semipalatinsk region', 0, 'region', EKR, EKR, {'uncertain': True, 'note': 'headline; Semipalatinsk Region (abolished 1997), labelled with the canonical unit holding its land'}),
        ('ALMATY', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Dolon', 0, 'village', 'Dolon', EKR),
        ('Beskaragai district', 0, 'district', 'Beskaragai District', EKR, {'note': 'Abai Region only from 2022'}),
        ('Semipalatinsk region', 1, 'region', EKR, EKR, {'uncertain': True, 'note': 'inside the name of an authority (police); abolished 1997, labelled with the canonical unit holding its land'}),
        ('Semipalatinsk', 2, 'city', 'Semey', EKR, {'note': "NI:relatives' party; East Kazakhstan Region before 2022"}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N, {'note': 'directional phrase "eastern Kazakhstan": only the country'}),
        ('many villages', 0, 'quantified', 'many villages', N, {'count': None, 'unit': 'village', 'note': 'NI:power cuts, not incidents'}),
        ('Kurchatov', 0, 'city', 'Kurchatov', EKR),
     ],
     inc={EKR: (2, 'carbon monoxide deaths of a family of five in Dolon; earlier fume deaths of a pensioner and her grandson in Kurchatov (background narrated explicitly)')}),

dict(id='p004', date='2018-07-02', lang='en',
     event='2018 drownings in the south two weeks after the reform: a boy in a canal in Karatau district of Shymkent (Shymkent); two brothers in the Arys near Temirlan (Ordabasy district), a father at the Shardara reservoir, and a toddler left alone dies in a house fire in Lenger (Turkistan Region); regional staff moving from Shymkent to Turkestan',
     text="""Summer of drownings: three children and a father die in a week in the south
SHYMKENT, July 2 (Tengrinews) - Four people, three of them children, have drowned in a week in Shymkent and Turkistan region, and a toddler has died in a house fire after being left alone, rescuers said on Monday, as a heatwave drove families to rivers, canals and reservoirs.
On Saturday a nine-year-old boy drowned in an irrigation canal in Shymkent's Karatau district. He had gone swimming with friends while his parents were at work. The city, which became a city of republican significance on June 19, has had its own emergencies department for less than two weeks.
On Thursday two brothers aged 12 and 14 drowned in the Arys river near the village of Temirlan, the centre of Ordabasy district. The younger boy was caught by the current, and his brother jumped in to save him. Divers recovered both bodies the next morning.
At the Shardara reservoir a 38-year-old man from Kyzylorda pulled his six-year-old daughter out of the water but could not reach the shore himself. The girl survived and is with relatives.
In Lenger, in Tolebi district, a two-year-old girl died in a fire that broke out while her mother was at a neighbour's house. Police have opened a criminal case for leaving a child in danger. Her two older brothers escaped through a window.
"Parents, please do not leave children alone near water or at home," said Nurlan Abenov, a spokesman for the Turkistan region emergencies department, whose staff are moving from Shymkent to the new regional centre, Turkestan.
The department says 31 people have drowned in the region since May. Officials have put up warning signs at 40 unofficial beaches, and police now patrol the banks of the Syr Darya and the Keles in the Saryagash and Maktaaral districts.""",
     ann=[
        ('SHYMKENT', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'dateline; city of republican significance since 2018-06-19'}),
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent'),
        ('Turkistan region', 0, 'region', TR, TR, {'note': 'renamed from South Kazakhstan Region on 2018-06-19'}),
        ('Shymkent', 1, 'city', 'Shymkent', 'Shymkent'),
        ('Karatau district', 0, 'district', 'Karatau District (Shymkent)', 'Shymkent', {'subkind': 'city district', 'note': 'not the Jambyl town Karatau'}),
        ('Arys river', 0, 'facility', 'Arys River', N, {'subkind': 'river'}),
        ('Temirlan', 0, 'village', 'Temirlan', TR),
        ('Ordabasy district', 0, 'district', 'Ordabasy District', TR),
        ('Shardara reservoir', 0, 'facility', 'Shardara Reservoir', TR, {'subkind': 'reservoir'}),
        ('Kyzylorda', 0, 'city', 'Kyzylorda', KZR, {'note': "NI:victim's origin"}),
        ('Lenger', 0, 'city', 'Lenger', TR),
        ('Tolebi district', 0, 'district', 'Tolebi District', TR),
        ('Turkistan region', 1, 'region', TR, TR, {'note': 'inside the name of an authority'}),
        ('Shymkent', 2, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:former seat of the regional staff'}),
        ('Turkestan', 0, 'city', 'Turkistan', TR, {'note': 'NI:new regional centre; the town, not the region'}),
        ('Syr Darya', 0, 'facility', 'Syr Darya', N, {'subkind': 'river', 'note': 'NI:police patrols'}),
        ('Keles', 0, 'facility', 'Keles River', N, {'subkind': 'river', 'note': 'NI:police patrols'}),
        ('Saryagash', 0, 'district', 'Saryagash District', TR, {'note': 'NI:in a list sharing "districts"'}),
        ('Maktaaral', 0, 'district', 'Maktaaral District', TR, {'note': 'NI:in a list sharing "districts"'}),
     ],
     inc={'Shymkent': (1, 'boy drowned in an irrigation canal in Karatau district'),
          TR: (3, 'two brothers drowned in the Arys near Temirlan (one event); father drowned at the Shardara reservoir; toddler died in a house fire in Lenger; "31 drowned since May" is a statistic')}),

dict(id='p005', date='2009-06-15', lang='en',
     event='2009 missing four-year-old girl found alive in the foothills near Besagash, Talgar district (Almaty Region before the 2022 split, seat Taldykorgan); volunteers from Almaty and Taldykorgan, a helicopter from Kapchagay (no incident)',
     text="""Girl, 4, found safe after two nights in the foothills
TALDYKORGAN, June 15 (KazTAG) - A four-year-old girl who wandered away from her family's dacha near the village of Besagash in Talgar district has been found alive after two nights in the foothills, the Almaty region emergencies department said on Monday.
The girl was spotted on Sunday evening by a volunteer from Almaty, about six kilometres from the dacha, in a gully near the Talgar river. She was cold and hungry but unhurt, and was taken to the Talgar central district hospital for checks.
More than 500 people took part in the search, including rescuers, police with dogs, a helicopter crew from Kapchagay and volunteers who came from Almaty and Taldykorgan after an appeal on the radio.
Police said they were checking whether the parents had left the child without supervision. No criminal case has been opened, and the family has returned to the dacha.""",
     ann=[
        ('TALDYKORGAN', 0, 'city', 'Taldykorgan', ALR, {'note': 'dateline; seat of Almaty Region before 2022'}),
        ('Besagash', 0, 'village', 'Besagash', ALR, {'note': 'NI:missing child found alive'}),
        ('Talgar district', 0, 'district', 'Talgar District', ALR, {'note': 'NI:missing child found alive'}),
        ('Almaty region', 0, 'region', ALR, ALR, {'note': 'inside the name of an authority'}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': "NI:volunteer's origin"}),
        ('Talgar river', 0, 'facility', 'Talgar River', N, {'subkind': 'river', 'note': 'NI:reference point'}),
        ('Talgar', 2, 'city', 'Talgar', ALR, {'note': 'NI:inside the name of a hospital in the town'}),
        ('Kapchagay', 0, 'city', 'Konaev', ALR, {'note': 'NI:origin of a helicopter crew; old name of Konaev'}),
        ('Almaty', 2, 'city', 'Almaty', 'Almaty', {'note': "NI:volunteers' origin"}),
        ('Taldykorgan', 0, 'city', 'Taldykorgan', ALR, {'note': "NI:volunteers' origin"}),
     ],
     inc={}),

dict(id='p006', date='2020-02-10', lang='en',
     event='2020 juvenile court in Nur-Sultan makes a grandmother guardian of three children orphaned by a house fire in Osakarovka (Karaganda Region) in December 2019; aunt in Temirtau; guardianship body of the Osakarovka district akimat',
     text="""Court gives grandmother custody of three orphaned by house fire
NUR-SULTAN, Feb 10 (Kazinform) - The specialised inter-district juvenile court in Nur-Sultan has appointed a 62-year-old woman guardian of her three grandchildren, whose parents died in a house fire in Osakarovka, Karaganda region, in December.
The fire broke out at night in the family's wooden house on Pionerskaya Street. Neighbours carried the children, aged three, seven and ten, out of the smoke, but could not reach the parents.
The children's aunt, who lives in Temirtau, had also asked for custody. The court ruled in favour of the grandmother, a retired teacher who lives in the capital and has been looking after the children in her flat since the funeral.
"The children have been through enough. They need to stay together," the judge said. The guardianship body of the Osakarovka district akimat will pay the family a monthly allowance.""",
     ann=[
        ('NUR-SULTAN', 0, 'city', 'Astana', 'Astana', {'note': 'dateline; name of the capital 2019-2022'}),
        ('Nur-Sultan', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the court'}),
        ('Osakarovka', 0, 'village', 'Osakarovka', KR, {'note': 'settlement, district centre'}),
        ('Karaganda region', 0, 'region', KR, KR),
        ('Pionerskaya Street', 0, 'facility', 'Pionerskaya Street (Osakarovka)', KR, {'subkind': 'street'}),
        ('Temirtau', 0, 'city', 'Temirtau', KR, {'note': "NI:aunt's residence"}),
        ('Osakarovka district', 0, 'district', 'Osakarovka District', KR, {'note': 'NI:inside the name of an authority (akimat)'}),
     ],
     inc={KR: (1, 'fatal house fire in Osakarovka in December (narrated background of the court case; the court ruling is not counted)')}),

dict(id='p007', date='2022-08-30', lang='en',
     event='2022 new Abai Region opens its first crisis centre in Semey; a wife stabbed in Karaul (Abai district) and a woman kidnapped for marriage from Makanshy to Kokterek (Urzhar district) (Abai Region); a boy beaten by his stepfather in Ust-Kamenogorsk (East Kazakhstan Region); ten districts, several districts',
     text="""Abai region opens first crisis centre as violence cases mount
SEMEY, Aug 30 (Vlast.kz) - The new Abai region opened its first crisis centre for victims of domestic violence in Semey on Tuesday, less than three months after the region was carved out of East Kazakhstan region.
The centre, in a renovated kindergarten on Kutzhanov Street, has 25 beds, a psychologist and a lawyer. Until now women from Semey had to travel to the shelter in Ust-Kamenogorsk, 200 km away, which remains in East Kazakhstan region.
The opening came a day after a 45-year-old man stabbed his wife during a drunken quarrel in the village of Karaul, the centre of Abai district. She is in a stable condition in hospital in Semey; the husband has been arrested. Police said officers had visited the family four times this year after complaints by neighbours.
Earlier this month, police in Urzhar district freed a 20-year-old woman who had been kidnapped for marriage in the village of Makanshy and taken to a house in the village of Kokterek, 60 km to the south. Three men were charged with unlawful deprivation of liberty. "She said no from the start, and the family kept her locked up for two days," said Gulnar Tokenova, the head of the new centre.
In Ust-Kamenogorsk, meanwhile, a seven-year-old boy was taken to hospital with broken ribs on Saturday. His stepfather is suspected of beating him; the boy's teacher raised the alarm after he came to a summer camp with bruises. The city juvenile police have detained the man.
Abai region's governor said crisis centres would also open in Ayagoz and Kurchatov next year. The region has ten districts and about 600,000 people, and several districts have no psychologist at all, officials admit.""",
     ann=[
        ('Abai region', 0, 'region', ABR, ABR, {'note': 'headline; created 2022-06-08'}),
        ('SEMEY', 0, 'city', 'Semey', ABR, {'note': 'dateline; Abai Region since 2022-06-08'}),
        ('Abai region', 1, 'region', ABR, ABR, {'note': 'NI:crisis centre opened'}),
        ('Semey', 0, 'city', 'Semey', ABR, {'note': 'NI:crisis centre opened'}),
        ('East Kazakhstan region', 0, 'region', EKR, EKR, {'note': 'NI:former unit of the new region'}),
        ('Kutzhanov Street', 0, 'facility', 'Kutzhanov Street (Semey)', ABR, {'subkind': 'street', 'note': 'NI:address of the centre'}),
        ('Semey', 1, 'city', 'Semey', ABR, {'note': 'NI:origin of women'}),
        ('Ust-Kamenogorsk', 0, 'city', 'Oskemen', EKR, {'note': 'NI:shelter'}),
        ('East Kazakhstan region', 1, 'region', EKR, EKR, {'note': 'NI:unit of Ust-Kamenogorsk'}),
        ('Karaul', 0, 'village', 'Karaul', ABR),
        ('Abai district', 0, 'district', 'Abai District (Abai Region)', ABR, {'note': 'a district of the region, not the region itself'}),
        ('Semey', 2, 'city', 'Semey', ABR, {'note': 'NI:hospital city'}),
        ('Urzhar district', 0, 'district', 'Urzhar District', ABR, {'note': 'inside the name of an authority (police)'}),
        ('Makanshy', 0, 'village', 'Makanshy', ABR, {'note': 'place of the kidnapping'}),
        ('Kokterek', 0, 'village', 'Kokterek (Urzhar district)', ABR, {'note': 'where the woman was held'}),
        ('Ust-Kamenogorsk', 1, 'city', 'Oskemen', EKR),
        ('Abai region', 2, 'region', ABR, ABR, {'note': "NI:governor's plans"}),
        ('Ayagoz', 0, 'city', 'Ayagoz', ABR, {'note': 'NI:planned crisis centre'}),
        ('Kurchatov', 0, 'city', 'Kurchatov', ABR, {'note': 'NI:planned crisis centre'}),
        ('ten districts', 0, 'quantified', '10 districts', N, {'count': 10, 'unit': 'district', 'note': 'NI:the districts of Abai Region'}),
        ('several districts', 0, 'quantified', 'several districts', N, {'count': None, 'unit': 'district', 'note': 'NI:no psychologist'}),
     ],
     inc={ABR: (2, 'wife stabbed in Karaul, Abai district; woman kidnapped in Makanshy and held in Kokterek, Urzhar district (one kidnapping)'),
          EKR: (1, 'seven-year-old boy beaten by his stepfather in Ust-Kamenogorsk')}),

dict(id='p008', date='2026-01-09', lang='en',
     event='2026 carbon monoxide kills a boy in a private house on Abai Street in Zhezkazgan (Ulytau Region); father works near Satpayev; mother and sister flown to Karaganda (Karaganda Region)',
     text="""Zhezkazgan family poisoned by fumes, boy dies
ZHEZKAZGAN, Jan 9 (Kazinform) - A 10-year-old boy died and his mother and sister were taken to hospital with carbon monoxide poisoning in a private house in Zhezkazgan on Thursday night, the Ulytau region police said.
The house on Abai Street was heated by a coal boiler in the basement. The boy's father, who works shifts at a mine near Satpayev, came home in the morning and found the family unconscious.
The mother and her 14-year-old daughter were flown to the regional toxicology unit in Karaganda and are in a serious condition, doctors said.
The emergencies department says gas detectors have been installed free of charge in 3,400 homes across the region since it was formed in 2022, but not in this one. It urged residents of Zhezkazgan and Satpayev to check their chimneys and boilers while the frosts last.""",
     ann=[
        ('Zhezkazgan', 0, 'city', 'Zhezkazgan', UR, {'note': 'headline'}),
        ('ZHEZKAZGAN', 0, 'city', 'Zhezkazgan', UR, {'note': 'dateline'}),
        ('Zhezkazgan', 1, 'city', 'Zhezkazgan', UR),
        ('Ulytau region', 0, 'region', UR, UR, {'note': 'inside the name of an authority (police)'}),
        ('Abai Street', 0, 'facility', 'Abai Street (Zhezkazgan)', UR, {'subkind': 'street', 'note': 'named after the poet; not Abai Region'}),
        ('Satpayev', 0, 'city', 'Satpayev', UR, {'note': "NI:father's workplace"}),
        ('Karaganda', 0, 'city', 'Karaganda', KR, {'note': 'NI:hospital city'}),
        ('Zhezkazgan', 2, 'city', 'Zhezkazgan', UR, {'note': 'NI:appeal to residents'}),
        ('Satpayev', 1, 'city', 'Satpayev', UR, {'note': 'NI:appeal to residents'}),
     ],
     inc={UR: (1, 'carbon monoxide poisoning in a house in Zhezkazgan, one boy dead')}),
]
