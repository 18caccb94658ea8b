"""English held-out texts with inline annotations (markup described in build.py)."""

DOCS = [
dict(id='h001', date='1998-03-12', lang='en', event='1998 pension protest in Akmola and road blockade in Temirtau',
text="""[[AKMOLA|c|Astana|Astana|note=dateline]], March 12 - About 300 pensioners rallied outside the city akimat in [[Akmola|c|Astana|Astana|note=Akmola is the capital's name in 1998]] on Wednesday, demanding pensions that have not been paid since October. Police watched but did not intervene.
On the same day, workers of the steel plant in [[Temirtau|c|Temirtau|Karaganda Region]] blocked the road to the plant gates for two hours over wage arrears.
Organisers of the rally said activists in [[three other regions|q|3 regions|count=3;unit=region;note=planned pickets; not incidents]] plan similar pickets next week. The labour minister, speaking at a news conference in [[Almaty|c|Almaty|Almaty|note=NI:place of the news conference]], promised that all debts would be cleared by the summer. [[Kazakhstan|k]] moved its capital from [[Almaty|c|Almaty|Almaty|note=NI:former capital]] to the northern steppe city in December.""",
inc={'Astana': (1, 'pensioners rally in Akmola'), 'Karaganda Region': (1, 'road blockade by steel workers in Temirtau')}),

dict(id='h002', date='2004-07-08', lang='en', event='2004 gas explosion in Kentau and market fire in Turkestan (South Kazakhstan Region)',
text="""[[CHIMKENT|c|Shymkent|South Kazakhstan Region|note=dateline]], July 8 - A gas explosion tore through a five-storey apartment block in [[Kentau|c|Kentau|South Kazakhstan Region]] late on Wednesday, killing two residents and injuring eleven, the regional emergency department said. The mining town lies about 160 km north-west of [[Chimkent|c|Shymkent|South Kazakhstan Region|note=NI:reference point]].
Hours later a fire broke out at a clothing market in [[Turkestan|c|Turkistan|South Kazakhstan Region|note=the town, not the region]], destroying some forty stalls; no one was hurt. Crews from [[Arys|c|Arys|South Kazakhstan Region|note=NI:origin of the fire crews]] helped to put it out. Traders, many of whom buy their goods in [[Tashkent|x|Tashkent]] and [[Urumqi|x|Urumqi]], said they had lost their entire summer stock.
The [[South Kazakhstan region|r|South Kazakhstan Region]] akim ordered gas inspections in every apartment block built before 1990.""",
inc={'South Kazakhstan Region': (2, 'gas explosion in Kentau; market fire in Turkestan')}),

dict(id='h003', date='2019-09-03', lang='en', event='2019 mudflow in Tolebi district and level-crossing crash near Arys (Turkistan Region)',
text="""[[SHYMKENT|c|Shymkent|Shymkent|note=dateline]], Sept 3 - Mudflows after a night of heavy rain flooded dozens of homes in the town of [[Lenger|c|Lenger|Turkistan Region]] and the village of [[Kaskasu|v|Kaskasu|Turkistan Region]] in the [[Tolebi district|d|Tolebi District|Turkistan Region]] of [[Turkistan region|r|Turkistan Region]], officials said on Tuesday. Both lie in the foothills east of [[Shymkent|c|Shymkent|Shymkent|note=NI:reference point]].
Separately, a lorry stalled on a level crossing near [[Arys|c|Arys|Turkistan Region]] was hit by a freight train heading for [[Kyzlorda|c|Kyzylorda|Kyzylorda Region|note=misspelling of Kyzylorda, introduced on purpose; destination of the train; not an incident location]]. The driver jumped clear before the impact, and the line reopened after six hours.
[[Shymkent|c|Shymkent|Shymkent|note=NI:city spared by the storm]] itself, a city of republican significance since last year, escaped the storm, although several streets were briefly closed as a precaution.""",
inc={'Turkistan Region': (2, 'mudflow in Lenger and Kaskasu (one natural disaster per ADM1); train-lorry crash near Arys')}),

dict(id='h004', date='2021-05-16', lang='en', event='2021 football fans brawl outside the stadium in Nur-Sultan',
text="""[[NUR-SULTAN|c|Astana|Astana|note=dateline]], May 16 - Police detained 14 fans of FC Kairat Almaty after a brawl outside the [[Astana Arena|f|Astana Arena|Astana|subkind=stadium]] on Saturday evening, the city police department said. Several parked cars were damaged and two officers were slightly injured.
The visiting supporters had travelled from [[Almaty|c|Almaty|Almaty|note=NI:origin of the fans]] by overnight train. Kairat lost the match 0-2.
Air Astana said its evening flights to [[Frankfurt|x|Frankfurt]] and [[Moscow|x|Moscow]] were not affected by the road closures around the stadium, which stands on [[Turan Avenue|f|Turan Avenue|Astana|subkind=street]].
The league said it would review security before the return game in [[Almaty|c|Almaty|Almaty|note=NI:venue of a future match]] in August. In 2019 the club was fined after a similar fight in [[Shymkent|c|Shymkent|Shymkent]].""",
inc={'Astana': (1, 'brawl and detentions outside Astana Arena'), 'Shymkent': (1, '2019 fans fight narrated as background')}),

dict(id='h005', date='2022-03-02', lang='en', event='2022 (before the June reform) warehouse fire in Semey and CO poisoning in Ayagoz',
text="""[[SEMEY|c|Semey|East Kazakhstan Region|note=dateline]], March 2 - A fire destroyed a timber warehouse on the outskirts of [[Semey|c|Semey|East Kazakhstan Region]] overnight, the emergency department of [[East Kazakhstan region|r|East Kazakhstan Region]] said from [[Oskemen|c|Oskemen|East Kazakhstan Region|note=NI:seat of the department]]. About 60 firefighters worked for six hours; no one was injured.
In a separate case, two people died of carbon monoxide poisoning in a private house in [[Ayagoz|c|Ayagoz|East Kazakhstan Region]], some 300 km south of [[Semey|c|Semey|East Kazakhstan Region|note=NI:reference point]].
In [[Kurchatov|c|Kurchatov|East Kazakhstan Region|note=no incident here]], the town that once served the nuclear test site, officials presented plans for a new district hospital. Parliament is expected to vote this spring on carving a new region out of the western part of [[East Kazakhstan|r|East Kazakhstan Region|note=the region, named without the head noun]].""",
inc={'East Kazakhstan Region': (2, 'warehouse fire in Semey; fatal CO poisoning in Ayagoz')}),

dict(id='h006', date='2023-07-20', lang='en', event='2023 rock fall at the Annensky mine (Ulytau Region); background death in Balkhash',
text="""Two miners were killed and one injured by a rock fall at the [[Annensky mine|f|Annensky mine|Ulytau Region|subkind=mine]] on Wednesday, Kazakhmys said. The mine lies near [[Zhezqazghan|c|Zhezkazgan|Ulytau Region|note=NI:reference point]], in what became the [[Ulytau region|r|Ulytau Region]] last year.
The injured worker was taken to hospital in [[Satpayev|c|Satpayev|Ulytau Region|note=NI:hospital location]], and a rescue team flew in from [[Qaraghandy|c|Karaganda|Karaganda Region|note=NI:origin of the rescuers]].
It was the second fatal accident at the company's sites this year: in March a fitter died at a copper smelter in [[Balkhash|c|Balkhash|Karaganda Region]]. The company, whose former parent was listed in [[London|x|London]], said it would pay compensation to the families. The labour inspectorate of [[Kazakhstan|k]] has opened an inquiry, its office in [[Astana|c|Astana|Astana|note=NI:seat of the inspectorate]] said.""",
inc={'Ulytau Region': (1, 'rock fall at Annensky mine'), 'Karaganda Region': (1, 'March death at the Balkhash smelter, narrated as background')}),

dict(id='h007', date='2024-04-10', lang='en', event='2024 spring floods in Kostanay and North Kazakhstan regions',
text="""[[PETROPAVL|c|Petropavl|North Kazakhstan Region|note=dateline]], April 10 - Floodwater has now entered homes in [[five regions|q|5 regions|count=5;unit=region]], the emergencies ministry said on Wednesday. The worst-hit are [[Kostanay|r|Kostanay Region]] and [[North Kazakhstan|r|North Kazakhstan Region]] regions, where the [[Tobol|f|Tobol River|-|subkind=river]] and the [[Ishim|f|Ishim River|-|subkind=river]] are rising fast.
In [[Petropavl|c|Petropavl|North Kazakhstan Region]], which many residents still call [[Petropavlovsk|c|Petropavl|North Kazakhstan Region|note=Russian name]], volunteers built sandbag walls along the river while people from low-lying streets moved to schools. Near [[Lisakovsk|c|Lisakovsk|Kostanay Region]] a dam was breached on Tuesday night.
The ministry said water released from reservoirs upstream in [[Russia|x|Russia]]'s [[Kurgan region|x|Kurgan Oblast]] had made things worse. Rescuers from [[Almaty|c|Almaty|Almaty|note=NI:origin of the rescuers]] arrived by plane.""",
inc={'Kostanay Region': (1, 'flood (dam breach near Lisakovsk)'), 'North Kazakhstan Region': (1, 'flood (Petropavl)')},
unatt=[{'label': 'five regions', 'count': 5, 'note': 'homes flooded in five regions; Kostanay and North Kazakhstan are named and have rows, three are not named'}]),

dict(id='h008', date='2011-02-10', lang='en', event='2011 avalanche above Tekeli and minibus crash in Kapchagay (Almaty Region)',
text="""[[TALDYKORGAN|c|Taldykorgan|Almaty Region|note=dateline]], Feb 10 - An avalanche buried a stretch of mountain road above [[Tekeli|c|Tekeli|Almaty Region]] on Thursday, trapping three vehicles; rescuers dug out five people alive after four hours.
Heavy snow also closed the road between [[Taldykorgan|c|Taldykorgan|Almaty Region|note=route endpoint]] and [[Zharkent|c|Zharkent|Almaty Region|note=route endpoint]], near the border with [[China|x|China]], stranding dozens of lorries.
Further south, a minibus overturned on an icy street in [[Kapchagay|c|Konaev|Almaty Region|note=later renamed Konaev]], injuring nine passengers, police said. The minibus was carrying workers from [[Almaty|c|Almaty|Almaty|note=NI:origin of the passengers]] to a casino construction site by the reservoir.
The [[Almaty Oblast|r|Almaty Region]] emergency department warned that the avalanche risk would stay high in the [[Zhetysu Alatau range|f|Zhetysu Alatau|-|subkind=mountain range;note=not Jetisu Region]] until the weekend.""",
inc={'Almaty Region': (2, 'avalanche above Tekeli; minibus crash in Kapchagay')}),

dict(id='h009', date='2016-03-03', lang='en', event='2016 fire at the Pavlodar Petrochemical Plant and miners strike in Ekibastuz',
text="""[[PAVLODAR|c|Pavlodar|Pavlodar Region|note=dateline]], March 3 - A fire broke out at a storage tank of the [[Pavlodar Petrochemical Plant|f|Pavlodar Petrochemical Plant|Pavlodar Region|subkind=refinery]] on Thursday morning, sending black smoke over the northern part of the city. The blaze was put out within three hours and no one was hurt, the plant said. It is one of [[Kazakhstan|k]]'s three large oil refineries.
In [[Ekibastuz|c|Ekibastuz|Pavlodar Region]], about 130 km to the south-west, some 200 coal miners stopped work for a day over a cut in bonuses. Union leaders warned that staff at the [[Ekibastuz GRES-1 power station|f|Ekibastuz GRES-1|Pavlodar Region|subkind=power station]] could join them.
The energy ministry in [[Astana|c|Astana|Astana|note=NI:seat of the ministry]] said fuel supplies to [[Omsk|x|Omsk]] and the northern regions were not at risk.""",
inc={'Pavlodar Region': (2, 'fire at the Pavlodar Petrochemical Plant; one-day miners strike in Ekibastuz')}),

dict(id='h010', date='2026-01-09', lang='en', event='2026 freight train derailment near Beineu and oilfield sit-in (Mangystau Region)',
text="""[[AQTAU|c|Aktau|Mangystau Region|note=dateline]], Jan 9 - Eleven wagons of a freight train carrying grain to [[Turkmenistan|x|Turkmenistan]] left the rails near [[Beineu|v|Beineu|Mangystau Region]] on Friday, blocking the line for a day. No one was hurt.
Meanwhile, about 80 drivers at the [[Kalamkas oilfield|f|Kalamkas oilfield|Mangystau Region|subkind=oil field]] on the [[Buzachi peninsula|f|Buzachi peninsula|-|subkind=peninsula;note=in Mangystau Region]] staged a sit-in over shift pay, their third protest since the autumn. The contractor's office in [[Aqtau|c|Aktau|Mangystau Region|note=NI:seat of the company]] said talks would resume next week.
Storms on the [[Caspian Sea|f|Caspian Sea|-|subkind=sea]] also halted ferries between [[Aqtau|c|Aktau|Mangystau Region|note=NI:ferry port]]'s port and [[Baku|x|Baku]], and the [[Mangystau|r|Mangystau Region]] akimat asked lorry drivers to wait at [[Kuryk|v|Kuryk|Mangystau Region]].""",
inc={'Mangystau Region': (2, 'derailment near Beineu; sit-in at Kalamkas (earlier protests not narrated)')}),
]
