"""English texts of the fifty-fourth unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p001', date='2004-01-19', lang='en',
     event='2004 winter round-up of carbon monoxide poisoning from coal stoves: a family of four dead in a private house in Zhelezinka and a pensioner in an Ekibastuz flat (Pavlodar Region), a student dead in Semipalatinsk and a family poisoned in Ust-Kamenogorsk (East Kazakhstan Region before 2022), a watchman dead in a site trailer in Taldykorgan (Almaty Region before 2022), non-fatal poisonings in Kostanay Region and in two other, unnamed regions (unattributed); "six regions"; last winter\'s statistics and door-to-door checks in Astana and Petropavlovsk not counted; the agency name Interfax-Kazakhstan',
     text="""Coal stove fumes kill seven as frost grips north and east
ALMATY, January 19 (Interfax-Kazakhstan) - Carbon monoxide from coal stoves has killed seven people and put more than 20 in hospital since Thursday, Kazakhstan's Emergency Situations Agency said on Monday, as night temperatures in the north and east of the country fell below minus 35C.

The worst case was in Pavlodar region, where a couple and their two children were found dead on Sunday morning in their private house in the village of Zhelezinka. Neighbours raised the alarm when nobody came out to feed the cattle. The stove damper had been shut before the coal burnt out, police said.

In Ekibastuz, a pensioner died in a flat heated by a home-made stove after the boiler serving her block on Mashkhur Zhusup Street broke down. Two of her neighbours were treated for poisoning.

In East Kazakhstan region, a 19-year-old student died in a rented room in Semipalatinsk, and a family of five was poisoned in Ust-Kamenogorsk and taken to hospital. Doctors in Semipalatinsk said the student had gone to sleep next to a stove full of fresh coal.

In Almaty region, a watchman was found dead in a trailer that served as his hut at a building site in Taldykorgan. His employer, a construction firm based in Almaty, had given him no other heating, the regional labour inspectorate said. It has opened an inquiry into the company.

Non-fatal poisonings were also reported in Kostanay region and in two other regions that the agency did not name. In all, poisonings have been recorded in six regions since Thursday.

"Every winter we say the same thing: clean the chimney, never close the damper while the coal is still burning, and do not sleep in a room with a smouldering stove," agency spokesman Nurlan Abdrakhmanov told reporters.

Last winter 86 people died of carbon monoxide poisoning in Kazakhstan, most of them in the Karaganda, Pavlodar and East Kazakhstan regions, according to agency figures. Firefighters in Astana and Petropavlovsk began door-to-door checks of houses with stove heating on Monday.""",
     ann=[
        ('ALMATY', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Kazakhstan', 1, 'country', 'Kazakhstan', N, {'note': "inside the name of an authority (Kazakhstan's Emergency Situations Agency); the earlier Kazakhstan is part of the agency name Interfax-Kazakhstan and is not annotated"}),
        ('Pavlodar region', 0, 'region', PR, PR),
        ('Zhelezinka', 0, 'village', 'Zhelezinka', PR, {'note': 'centre of Zhelezinka district'}),
        ('Ekibastuz', 0, 'city', 'Ekibastuz', PR),
        ('Mashkhur Zhusup Street', 0, 'facility', 'Mashkhur Zhusup Street (Ekibastuz)', PR, {'subkind': 'street', 'note': 'street named after a person'}),
        ('East Kazakhstan region', 0, 'region', EKR, EKR),
        ('Semipalatinsk', 0, 'city', 'Semey', EKR, {'note': 'old Russian name of Semey; East Kazakhstan Region before 2022-06-08'}),
        ('Ust-Kamenogorsk', 0, 'city', 'Oskemen', EKR),
        ('Semipalatinsk', 1, 'city', 'Semey', EKR, {'note': "doctors' location; the place of the same incident"}),
        ('Almaty region', 0, 'region', ALR, ALR),
        ('Taldykorgan', 0, 'city', 'Taldykorgan', ALR, {'note': 'Almaty Region before 2022-06-08'}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': "NI:employer's base"}),
        ('Kostanay region', 0, 'region', KOR, KOR),
        ('two other regions', 0, 'quantified', '2 other regions', N, {'count': 2, 'unit': 'region', 'note': 'poisonings in two unnamed regions'}),
        ('six regions', 0, 'quantified', '6 regions', N, {'count': 6, 'unit': 'region', 'note': 'the four named regions and the two unnamed ones'}),
        ('Kazakhstan', 3, 'country', 'Kazakhstan', N, {'note': 'statistics'}),
        ('Karaganda', 0, 'region', KR, KR, {'note': 'NI:statistics of last winter; in a list sharing "regions"'}),
        ('Pavlodar', 1, 'region', PR, PR, {'note': 'NI:statistics of last winter; in a list sharing "regions"'}),
        ('East Kazakhstan', 1, 'region', EKR, EKR, {'note': 'NI:statistics of last winter; in a list sharing "regions"'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:preventive checks'}),
        ('Petropavlovsk', 0, 'city', 'Petropavl', NKR, {'note': 'NI:preventive checks; Russian name of Petropavl'}),
     ],
     inc={PR: (2, 'family of four dead in a private house in Zhelezinka; pensioner dead in an Ekibastuz flat (neighbours poisoned in the same block: same incident)'),
          EKR: (2, 'student dead in Semipalatinsk; family of five poisoned in Ust-Kamenogorsk'),
          ALR: (1, 'watchman dead in a site trailer in Taldykorgan'),
          KOR: (1, "non-fatal poisonings reported in Kostanay region, counted once; last winter's statistics not counted")},
     unatt=[{'label': 'two other regions', 'count': 2, 'note': 'non-fatal carbon monoxide poisonings in two regions the agency did not name'}]),

dict(id='p002', date='1999-03-11', lang='en',
     event="1999 roof fall at the Tishinsky mine near Leninogorsk (now Ridder), two miners dead, and a blaster killed at the Ridder-Sokolny mine in January (East Kazakhstan Region); victim flown to Ust-Kamenogorsk; the town's former and future name Ridder; the border with Russia",
     text="""Two miners killed in roof fall at Leninogorsk mine
UST-KAMENOGORSK, March 11 (Reuters) - Two miners were killed and a third was injured when part of the roof of an underground working collapsed at the Tishinsky mine near Leninogorsk in East Kazakhstan on Thursday, the regional emergencies department said.
The men were fixing roof bolts at a depth of about 400 metres when the rock gave way. Rescuers needed five hours to free the injured miner, who was flown by helicopter to hospital in Ust-Kamenogorsk, 110 km to the south-west.
The mine belongs to Kazzinc, the zinc producer whose smelter in Ust-Kamenogorsk processes ore from the Leninogorsk deposits. Work on the affected level has been stopped until the state mining inspectorate completes its inquiry.
It was the second deadly accident in the town's mines this year. In January a blaster died at the Ridder-Sokolny mine when a charge went off too early.
Leninogorsk, a lead and zinc town close to the border with Russia, was called Ridder until 1941, and local deputies have asked the government to bring the old name back.""",
     ann=[
        ('Leninogorsk', 0, 'city', 'Ridder', EKR, {'note': 'headline; Soviet name of Ridder (renamed 2002)'}),
        ('UST-KAMENOGORSK', 0, 'city', 'Oskemen', EKR, {'note': 'dateline'}),
        ('Tishinsky mine', 0, 'facility', 'Tishinsky mine (Ridder)', EKR, {'subkind': 'mine'}),
        ('Leninogorsk', 1, 'city', 'Ridder', EKR, {'note': 'the mine is near the town'}),
        ('East Kazakhstan', 0, 'region', EKR, EKR, {'note': 'without head noun'}),
        ('Ust-Kamenogorsk', 0, 'city', 'Oskemen', EKR, {'note': 'NI:hospital'}),
        ('Ust-Kamenogorsk', 1, 'city', 'Oskemen', EKR, {'note': 'NI:site of the smelter'}),
        ('Leninogorsk', 2, 'city', 'Ridder', EKR, {'note': 'NI:deposits'}),
        ('Ridder-Sokolny mine', 0, 'facility', 'Ridder-Sokolny mine (Ridder)', EKR, {'subkind': 'mine'}),
        ('Leninogorsk', 3, 'city', 'Ridder', EKR, {'note': 'NI:background on the town'}),
        ('Russia', 0, 'foreign', 'Russia', N, {'note': 'NI:reference point'}),
        ('Ridder', 1, 'city', 'Ridder', EKR, {'note': 'NI:former (and later) name of the town'}),
     ],
     inc={EKR: (2, 'roof fall at the Tishinsky mine, two dead; blaster killed at the Ridder-Sokolny mine in January (narrated background)')}),

dict(id='p003', date='2017-12-06', lang='en',
     event='2017 gas explosion destroys a private house in Kaitpas microdistrict, Enbekshi district of Shymkent, one dead (South Kazakhstan Region before the 2018 split); Zhibek Zholy Street, not the Saryagash village; family from Turkestan',
     text="""Gas blast flattens house in Shymkent, grandmother killed
SHYMKENT, December 6 (Tengrinews) - A gas explosion destroyed a private house in the Kaitpas microdistrict of Shymkent's Enbekshi district early on Wednesday, killing a 63-year-old woman, the South Kazakhstan emergencies department said.
The blast, at about 6 a.m., brought down the roof and two walls. Rescuers pulled the woman's son and her 10-year-old grandson out of the rubble with burns and broken bones. Windows were blown out in five neighbouring houses on Zhibek Zholy Street.
Gas service engineers found that the flexible hose of the kitchen cooker had cracked. "We smelled gas the evening before, but we thought it was coming from the street," a neighbour told reporters.
The family moved to the city from Turkestan two years ago and connected the house to the gas main without a permit, the city gas company said. The regional emergencies department said it was the third gas explosion in a home in the region since the heating season began in October.""",
     ann=[
        ('Shymkent', 0, 'city', 'Shymkent', SKR, {'note': 'headline; South Kazakhstan Region before 2018-06-19'}),
        ('SHYMKENT', 0, 'city', 'Shymkent', SKR, {'note': 'dateline'}),
        ('Kaitpas microdistrict', 0, 'district', 'Kaitpas (Shymkent)', SKR, {'subkind': 'microdistrict'}),
        ('Shymkent', 1, 'city', 'Shymkent', SKR, {'note': 'possessive'}),
        ('Enbekshi district', 0, 'district', 'Enbekshi District (Shymkent)', SKR, {'subkind': 'city district'}),
        ('South Kazakhstan', 0, 'region', SKR, SKR, {'note': 'inside the name of an authority'}),
        ('Zhibek Zholy Street', 0, 'facility', 'Zhibek Zholy Street (Shymkent)', SKR, {'subkind': 'street', 'note': 'street, not the village of Zhibek Zholy in Saryagash district'}),
        ('Turkestan', 0, 'city', 'Turkistan', SKR, {'note': 'NI:origin of the family'}),
     ],
     inc={SKR: (1, 'gas explosion in a private house in Kaitpas, Shymkent, one dead; the "third explosion since October" is a statistic')}),

dict(id='p004', date='2021-04-28', lang='en',
     event='2021 labour inspection statistics for 2020 (212 deaths at work; Karaganda, East Kazakhstan, Almaty, Turkistan regions lead; all 14 regions and all three cities) with three cited cases: scaffold collapse in Yesil district of Nur-Sultan, electrician killed at a grain elevator in Atbasar (Akmola Region), methane flash at the Saranskaya mine in Saran (Karaganda Region); inspections in Khromtau and Zhezkazgan (Karaganda Region before 2022) and fines in Almaty and Shymkent not counted',
     text="""Fewer deaths at work in 2020, but mines and building sites remain the deadliest
NUR-SULTAN, April 28 (Kazinform) - Two hundred and twelve people died in accidents at work in Kazakhstan last year, 19 fewer than in 2019, the State Labour Inspection Committee of the Labour Ministry said on Wednesday, the World Day for Safety and Health at Work.

Karaganda region again topped the list with 31 deaths, followed by East Kazakhstan region with 24, Almaty with 19 and Turkistan region with 17. Fatal accidents were recorded in all 14 regions and in all three cities of republican significance, the committee said. More than a third of the dead worked in mining and construction.

The committee's chairman, Kanat Ospanov, cited three cases that, in his words, "show the same failures again and again".

In March, four fitters fell when a scaffold collapsed at a housing site in Nur-Sultan's Yesil district; two of them died. None of them wore a safety harness, and the scaffold had never been inspected.

In August, an electrician was killed by a 10-kilovolt line while repairing a conveyor at a grain elevator in Atbasar, Akmola region. The line had not been switched off, although the work permit said it had.

In November, a methane flash at the Saranskaya mine in Saran injured five miners, two of them seriously. Investigators found that gas sensors in the section had been wrapped in plastic bags so that they would not stop the cutting machine.

Inspections in Khromtau and Zhezkazgan this winter found miners working without personal gas detectors, and building sites in Almaty and Shymkent were fined for missing fences and safety nets, Ospanov said.

Pandemic restrictions halted many sites for two months, which explains part of the fall, he added. "The real test is this year, when every crane in the capital is working again."

The ministry wants to double fines for employers and plans to publish a ranking of the most dangerous companies in each region.""",
     ann=[
        ('NUR-SULTAN', 0, 'city', 'Astana', 'Astana', {'note': 'dateline; name of the capital 2019-03-23 to 2022-09-17'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('Karaganda region', 0, 'region', KR, KR, {'note': 'NI:annual statistics'}),
        ('East Kazakhstan region', 0, 'region', EKR, EKR, {'note': 'NI:annual statistics'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:annual statistics'}),
        ('Turkistan region', 0, 'region', TR, TR, {'note': 'NI:annual statistics'}),
        ('all 14 regions', 0, 'quantified', 'all 14 regions', N, {'count': 14, 'unit': 'region', 'quantifier': 'all', 'note': 'annual statistics, not incidents'}),
        ('all three cities', 0, 'quantified', 'all 3 cities', N, {'count': 3, 'unit': 'city', 'quantifier': 'all', 'note': 'the three cities of republican significance; annual statistics, not incidents'}),
        ('Nur-Sultan', 0, 'city', 'Astana', 'Astana', {'note': 'possessive'}),
        ('Yesil district', 0, 'district', 'Yesil District (Astana)', 'Astana', {'subkind': 'city district'}),
        ('Atbasar', 0, 'city', 'Atbasar', AKR),
        ('Akmola region', 0, 'region', AKR, AKR),
        ('Saranskaya mine', 0, 'facility', 'Saranskaya mine (Saran)', KR, {'subkind': 'mine'}),
        ('Saran', 0, 'city', 'Saran', KR),
        ('Khromtau', 0, 'city', 'Khromtau', AR, {'note': 'NI:inspection findings'}),
        ('Zhezkazgan', 0, 'city', 'Zhezkazgan', KR, {'note': 'NI:inspection findings; Karaganda Region before 2022-06-08'}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:fines after inspections'}),
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:fines after inspections'}),
     ],
     inc={'Astana': (1, 'scaffold collapse at a housing site in Yesil district, two dead'),
          AKR: (1, 'electrician killed at a grain elevator in Atbasar'),
          KR: (1, 'methane flash at the Saranskaya mine in Saran, five hurt; the 31 deaths of the year are a statistic')}),

dict(id='p005', date='2010-08-17', lang='en',
     event='2010 welder electrocuted on a housing site on Kabanbai Batyr Avenue in Astana; worker from Jambyl Region, contractor from Karaganda; the Ishim; seasonal workers from Uzbekistan; 14 deaths since January not counted',
     text="""Welder electrocuted at Astana housing site
ASTANA, August 17 (KazTAG) - A 24-year-old welder died of an electric shock on Tuesday morning on the ninth floor of a residential complex under construction on Kabanbai Batyr Avenue, the city emergencies department said.
The man, who had come from Zhambyl region to work on the site, plugged his welding machine into a damaged extension cable that lay in a puddle after the night's rain. His workmates tried to revive him until an ambulance arrived, but he died at the scene.
Police detained the site foreman. The general contractor, a company from Karaganda, said the worker had been briefed on safety and "broke the rules himself".
It was the 14th death on the capital's building sites since January, according to the city labour inspectorate, which has ordered checks of all 230 sites on the left bank of the Ishim. Most of the dead were seasonal workers from the southern regions and from Uzbekistan, the inspectorate said.""",
     ann=[
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'headline'}),
        ('ASTANA', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Kabanbai Batyr Avenue', 0, 'facility', 'Kabanbai Batyr Avenue (Astana)', 'Astana', {'subkind': 'street', 'note': 'avenue named after a person'}),
        ('Zhambyl region', 0, 'region', JR, JR, {'note': "NI:worker's origin"}),
        ('Karaganda', 0, 'city', 'Karaganda', KR, {'note': "NI:contractor's base"}),
        ('Ishim', 0, 'facility', 'Yesil River', N, {'subkind': 'river', 'note': 'Russian name of the Yesil; flows through Astana'}),
        ('Uzbekistan', 0, 'foreign', 'Uzbekistan', N, {'note': "NI:workers' origin"}),
     ],
     inc={'Astana': (1, 'welder electrocuted on a building site on Kabanbai Batyr Avenue; the 14 deaths since January are a statistic')}),

dict(id='p006', date='2022-12-14', lang='en',
     event='Follow-up: 2022 sentence over the February 2021 warehouse roof collapse in Taldykorgan that killed two loaders (Jetisu Region on the article date, Almaty Region at the time of the collapse); victims from Tekeli and Sarkand; roof inspections by the new region not counted',
     text="""Warehouse owner jailed over deadly Taldykorgan roof collapse
TALDYKORGAN, December 14 (Vlast.kz) - A court in Taldykorgan on Wednesday sentenced the owner of a wholesale warehouse to four years in prison for breaking building safety rules, almost two years after the roof of the warehouse collapsed and killed two loaders.
The roof gave way under wet snow on February 3, 2021, while a lorry was being unloaded inside. Three more workers were injured. The prosecution said the owner had added a mezzanine floor and a heavy ventilation unit without a permit and ignored cracks that staff had reported a week earlier.
The owner, who pleaded not guilty, must also pay 12 million tenge to the families of the dead men, who came from Tekeli and Sarkand.
The case was opened when Taldykorgan was still the centre of Almaty region. Since June the city has been the centre of the new Jetisu region, whose emergencies department has since inspected the roofs of 340 warehouses and markets before the winter. Eleven of them have been closed.""",
     ann=[
        ('Taldykorgan', 0, 'city', 'Taldykorgan', JTR, {'note': 'headline; Jetisu Region since 2022-06-08 (the article date decides)'}),
        ('TALDYKORGAN', 0, 'city', 'Taldykorgan', JTR, {'note': 'dateline'}),
        ('Taldykorgan', 1, 'city', 'Taldykorgan', JTR, {'note': 'NI:seat of the court'}),
        ('Tekeli', 0, 'city', 'Tekeli', JTR, {'note': "NI:victims' home town"}),
        ('Sarkand', 0, 'city', 'Sarkand', JTR, {'note': "NI:victims' home town"}),
        ('Taldykorgan', 2, 'city', 'Taldykorgan', JTR, {'note': 'NI:background on the reform'}),
        ('Almaty region', 0, 'region', ALR, ALR, {'note': 'NI:former unit of Taldykorgan'}),
        ('Jetisu region', 0, 'region', JTR, JTR, {'note': 'NI:preventive roof inspections'}),
     ],
     inc={JTR: (1, 'warehouse roof collapse in Taldykorgan in February 2021, two dead (narrated background of the sentence; the trial itself is not counted)')}),

dict(id='p007', date='1995-12-28', lang='en',
     event='1995 year review of mining accidents: methane explosion at the Shakhtinskaya mine in Shakhtinsk, conveyor fire at the Kuzembayev mine in Karaganda, roof fall at the South mine in Dzhezkazgan Region (abolished 1997) and a dump truck over the edge of an open pit near Satpayev (Karaganda Region), blaster killed at the Molodezhnaya mine near Khromtau (Aktyubinsk region, Aktobe Region); strike threats in Saran and Abay not counted',
     text="""Miners count the cost of a deadly year
KARAGANDA, December 28 (Panorama) - At least 17 miners died in accidents this year in the coal pits of Karaganda region and in the ore mines of Dzhezkazgan and Khromtau, according to figures collected by the independent miners' union. The official count of the Ministry of Labour for the whole mining industry of Kazakhstan is expected in January.

The worst accident happened on March 14 at the Shakhtinskaya mine in Shakhtinsk, where a methane explosion killed seven men at a depth of 600 metres. The state commission blamed a spark from a damaged cable and a ventilation fan that had been switched off to save electricity.

In September a conveyor belt caught fire at the Kuzembayev mine in Karaganda. All 140 miners of the shift were brought to the surface, but two of them had died of smoke inhalation before they reached the shaft.

In Dzhezkazgan region the copper miners of the South mine lost three colleagues in June, when a block of ore fell from the roof of a chamber. In October a loaded dump truck slid over the edge of an open pit near Satpayev, killing its driver.

In Aktyubinsk region a blaster died in May at the Molodezhnaya chromite mine outside Khromtau, when a charge went off while he was still in the drift.

"People go underground hungry, unpaid for five months, with equipment that is thirty years old," said Pyotr Lisovsky, the union's Karaganda chairman. "Nobody should be surprised."

The government plans to close or sell loss-making coal mines next year. Union leaders fear that new owners will cut jobs, and miners in Saran and Abay have threatened to strike in January if their wage arrears are not paid.""",
     ann=[
        ('KARAGANDA', 0, 'city', 'Karaganda', KR, {'note': 'dateline'}),
        ('Karaganda region', 0, 'region', KR, KR),
        ('Dzhezkazgan', 0, 'city', 'Zhezkazgan', KR, {'note': 'Russian spelling; Zhezkazgan Region existed until 1997, its towns labelled Karaganda Region'}),
        ('Khromtau', 0, 'city', 'Khromtau', AR),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('Shakhtinskaya mine', 0, 'facility', 'Shakhtinskaya mine (Shakhtinsk)', KR, {'subkind': 'mine'}),
        ('Shakhtinsk', 0, 'city', 'Shakhtinsk', KR),
        ('Kuzembayev mine', 0, 'facility', 'Kuzembayev mine (Karaganda)', KR, {'subkind': 'mine', 'note': 'mine named after a person'}),
        ('Karaganda', 1, 'city', 'Karaganda', KR),
        ('Dzhezkazgan region', 0, 'region', KR, KR, {'uncertain': True, 'note': 'Zhezkazgan Region (abolished 1997), labelled with Karaganda Region, which took over its land'}),
        ('South mine', 0, 'facility', 'South mine (Zhezkazgan)', KR, {'subkind': 'mine'}),
        ('Satpayev', 0, 'city', 'Satpayev', KR, {'note': 'the open pit is near the town; Zhezkazgan Region in 1995'}),
        ('Aktyubinsk region', 0, 'region', AR, AR, {'note': 'Russian name of Aktobe Region'}),
        ('Molodezhnaya chromite mine', 0, 'facility', 'Molodezhnaya mine (Khromtau)', AR, {'subkind': 'mine'}),
        ('Khromtau', 1, 'city', 'Khromtau', AR, {'note': 'the mine is outside the town'}),
        ('Karaganda', 2, 'city', 'Karaganda', KR, {'note': "NI:jurisdiction of a union official's post"}),
        ('Saran', 0, 'city', 'Saran', KR, {'note': 'NI:strike threat'}),
        ('Abay', 0, 'city', 'Abay', KR, {'note': 'NI:strike threat; the town of Abay in Karaganda Region, not Abai Region (created 2022)'}),
     ],
     inc={KR: (4, 'methane explosion at the Shakhtinskaya mine (Shakhtinsk); conveyor fire at the Kuzembayev mine (Karaganda); roof fall at the South mine (Dzhezkazgan region); dump truck over the edge of an open pit near Satpayev'),
          AR: (1, 'blaster killed at the Molodezhnaya mine near Khromtau')}),

dict(id='p008', date='2025-09-23', lang='en',
     event='2025 grain dust explosion and fire at an elevator in Zatobolsk, Kostanay district (Kostanay Region), four hurt; drier fire at a grain terminal in Tayynsha (North Kazakhstan Region) earlier in the month; injured flown to Astana; crews from Kostanay and Rudny; exports to Uzbekistan, Afghanistan and China',
     text="""Dust explosion at grain elevator injures four in Kostanay region
KOSTANAY, September 23 (Kazinform) - An explosion of grain dust in the loading gallery of an elevator in the settlement of Zatobolsk, Kostanay district, injured four workers on Monday evening and started a fire that burned for six hours, the regional emergencies department said.
Two of the injured, with burns to 40% of their bodies, were flown to Astana by air ambulance. About 3,000 tonnes of wheat in the damaged silo are being tested.
Fire crews from Kostanay and Rudny fought the blaze through the night. The regional labour inspectorate said the elevator's dust extraction system had not been cleaned since the spring and two of its fans were broken.
It was the second fire at a grain elevator in the north this month. On September 9 a blaze destroyed a drying unit at a grain terminal in Tayynsha, North Kazakhstan region, without casualties.
Grain traders in Kostanay region expect a record harvest and have signed export contracts with buyers in Uzbekistan, Afghanistan and China.""",
     ann=[
        ('Kostanay region', 0, 'region', KOR, KOR, {'note': 'headline'}),
        ('KOSTANAY', 0, 'city', 'Kostanay', KOR, {'note': 'dateline'}),
        ('Zatobolsk', 0, 'village', 'Zatobolsk', KOR, {'note': 'settlement, centre of Kostanay district'}),
        ('Kostanay district', 0, 'district', 'Kostanay District', KOR),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:hospital'}),
        ('Kostanay', 2, 'city', 'Kostanay', KOR, {'note': "NI:fire crews' base"}),
        ('Rudny', 0, 'city', 'Rudny', KOR, {'note': "NI:fire crews' base"}),
        ('Tayynsha', 0, 'city', 'Tayynsha', NKR),
        ('North Kazakhstan region', 0, 'region', NKR, NKR),
        ('Kostanay region', 1, 'region', KOR, KOR, {'note': 'NI:harvest'}),
        ('Uzbekistan', 0, 'foreign', 'Uzbekistan', N, {'note': 'NI:export destination'}),
        ('Afghanistan', 0, 'foreign', 'Afghanistan', N, {'note': 'NI:export destination'}),
        ('China', 0, 'foreign', 'China', N, {'note': 'NI:export destination'}),
     ],
     inc={KOR: (1, 'grain dust explosion and fire at the elevator in Zatobolsk, four hurt'),
          NKR: (1, 'fire at a grain terminal drying unit in Tayynsha on September 9 (narrated background)')}),

]
