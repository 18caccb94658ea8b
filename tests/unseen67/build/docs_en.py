"""English texts of the sixty-seventh unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p001', date='1993-02-16', lang='en',
     event='1993 strike of coal miners at the Bogatyr open pit in Ekibastuz over unpaid wages (Pavlodar Region); January underground sit-in at the Lenin mine in Shakhtinsk (Karaganda Region) as background; coal buyers in Omsk and Yekaterinburg; stoppages in three other, unnamed regions (unattributed)',
     text="""Ekibastuz coal miners strike over three months of unpaid wages
ALMATY, Feb 16 (Reuters) - About 2,000 miners at the Bogatyr open pit in Ekibastuz stopped work on Monday and marched to the town administration, demanding wages unpaid since November, union officials said.
"The coal goes to Russia by the trainload and we get nothing," said Sergei Koval, a shovel operator who has worked at the pit for 19 years. Most of Ekibastuz's coal is burned at power stations in the Urals and at two giant plants outside the town.
The Pavlodar regional administration said a government commission would fly in from Almaty on Wednesday. Ekibastuzugol, the state coal company, blamed unpaid bills from power stations in Omsk and Yekaterinburg.
The strike is the second in Kazakhstan's coal industry this winter. In January miners in Karaganda region stayed underground for four days at the Lenin mine in Shakhtinsk. The union says miners at smaller pits in three other regions have also downed tools, but it did not name them.""",
     ann=[
        ('Ekibastuz', 0, 'city', 'Ekibastuz', PR, {'note': 'headline'}),
        ('ALMATY', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Bogatyr open pit', 0, 'facility', 'Bogatyr open pit (Ekibastuz)', PR, {'subkind': 'mine'}),
        ('Ekibastuz', 1, 'city', 'Ekibastuz', PR),
        ('Russia', 0, 'foreign', 'Russia', N, {'note': 'NI:destination of the coal'}),
        ('Ekibastuz', 2, 'city', 'Ekibastuz', PR, {'note': "NI:possessive; background on the coal"}),
        ('Urals', 0, 'foreign', 'Urals', N, {'subkind': 'macro-region', 'note': 'NI:destination of the coal (Russia)'}),
        ('Pavlodar', 0, 'region', PR, PR, {'note': 'inside the name of an authority (regional administration)'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of the commission'}),
        ('Omsk', 0, 'foreign', 'Omsk', N, {'note': 'NI:seat of debtor power stations'}),
        ('Yekaterinburg', 0, 'foreign', 'Yekaterinburg', N, {'note': 'NI:seat of debtor power stations'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N, {'note': "possessive Kazakhstan's"}),
        ('Karaganda region', 0, 'region', KR, KR),
        ('Lenin mine', 0, 'facility', 'Lenin mine (Shakhtinsk)', KR, {'subkind': 'mine', 'note': 'mine named after a person'}),
        ('Shakhtinsk', 0, 'city', 'Shakhtinsk', KR),
        ('three other regions', 0, 'quantified', '3 other regions', N, {'count': 3, 'unit': 'region', 'note': 'work stoppages in three unnamed regions'}),
     ],
     inc={PR: (1, 'miners\' strike and march at the Bogatyr open pit / town administration in Ekibastuz (one protest)'),
          KR: (1, 'background narrated explicitly: four-day underground sit-in at the Lenin mine in Shakhtinsk in January')},
     unatt=[{'label': 'three other regions', 'count': 3, 'note': 'miners downed tools at smaller pits in three unnamed regions'}]),

dict(id='p002', date='2007-11-14', lang='en',
     event='2007 Balkhash: molten matte splashes from a converter at the Balkhash copper smelter, three burnt, a day after a rally against sulphur dioxide smog on the square outside the akimat; fishermen on Lake Balkhash near Priozersk and the Ili; 120 miners refuse to surface at the Annensky mine in Zhezkazgan (Karaganda Region before 2022); Kazakhmys and London not places; "three copper towns"',
     text="""Smelter accident injures three in Balkhash as residents protest over smog
BALKHASH, Nov 14 (Interfax-Kazakhstan) - Three workers were burnt on Tuesday night when molten matte splashed out of a converter at the Balkhash copper smelter, the Karaganda regional emergencies department said. Two of them were flown to Karaganda with burns to 40 percent of their bodies.

The accident came a day after about 300 residents gathered on the square outside the town akimat to protest against the sulphur dioxide smog that has hung over Balkhash for most of November. Doctors at the town hospital say admissions for bronchitis have doubled. "Our children cough all winter, and every year they promise us new filters," said Gulnara Seitkazina, a teacher who organised the rally.

Kazakhmys, the London-listed company that owns the smelter and the copper mines of Zhezkazgan, said the converter had been shut for inspection and that emissions were within permitted limits. The ecology department of Karaganda region has recorded 41 days of high pollution in Balkhash this year, against 28 in 2006.

Fishermen on Lake Balkhash say the problem reaches beyond the town. Near Priozersk and at the mouth of the Ili, catches have fallen by half since the 1990s, and the Almaty regional fisheries inspectorate blames both the smelter and the falling level of the lake.

In Zhezkazgan, some 450 km to the west, 120 miners of the Annensky mine refused to come up after the night shift on Monday in protest against a new bonus scheme. They surfaced on Tuesday morning after the company agreed to talks in Satpayev, where its regional office is based.

Environmental groups in Almaty and in Bishkek, Kyrgyzstan, have asked the government to publish independent air measurements for the three copper towns of Balkhash, Zhezkazgan and Satpayev.""",
     ann=[
        ('Balkhash', 0, 'city', 'Balkhash', KR, {'note': 'headline'}),
        ('BALKHASH', 0, 'city', 'Balkhash', KR, {'note': 'dateline'}),
        ('Balkhash', 1, 'city', 'Balkhash', KR, {'note': 'town name in the lower-case description "the Balkhash copper smelter" (not a company name)'}),
        ('Karaganda', 0, 'region', KR, KR, {'note': 'inside the name of an authority (regional emergencies department)'}),
        ('Karaganda', 1, 'city', 'Karaganda', KR, {'note': 'NI:hospital destination'}),
        ('Balkhash', 2, 'city', 'Balkhash', KR, {'note': 'smog over the town; the rally is in the town'}),
        ('London', 0, 'foreign', 'London', N, {'note': 'NI:stock listing of the company'}),
        ('Zhezkazgan', 0, 'city', 'Zhezkazgan', KR, {'note': 'NI:the company\'s mines; Karaganda Region before 2022-06-08'}),
        ('Karaganda region', 0, 'region', KR, KR, {'note': 'inside the name of an authority (ecology department)'}),
        ('Balkhash', 3, 'city', 'Balkhash', KR, {'note': 'NI:pollution statistic'}),
        ('Lake Balkhash', 0, 'facility', 'Lake Balkhash', N, {'subkind': 'lake', 'note': 'natural feature'}),
        ('Priozersk', 0, 'city', 'Priozersk', KR, {'note': 'falling catches, not an incident'}),
        ('Ili', 0, 'facility', 'Ili River', N, {'subkind': 'river', 'note': 'natural feature'}),
        ('Almaty', 0, 'region', ALR, ALR, {'note': 'inside the name of an authority (regional fisheries inspectorate)'}),
        ('Zhezkazgan', 1, 'city', 'Zhezkazgan', KR),
        ('Annensky mine', 0, 'facility', 'Annensky mine (Zhezkazgan)', KR, {'subkind': 'mine'}),
        ('Satpayev', 0, 'city', 'Satpayev', KR, {'note': 'NI:venue of talks, seat of the regional office'}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:seat of environmental groups'}),
        ('Bishkek', 0, 'foreign', 'Bishkek', N, {'note': 'NI:seat of environmental groups'}),
        ('Kyrgyzstan', 0, 'foreign', 'Kyrgyzstan', N),
        ('three copper towns', 0, 'quantified', '3 towns', N, {'count': 3, 'unit': 'city', 'note': 'members named: Balkhash, Zhezkazgan, Satpayev; not about incidents'}),
        ('Balkhash', 5, 'city', 'Balkhash', KR, {'note': 'NI:list of copper towns'}),
        ('Zhezkazgan', 2, 'city', 'Zhezkazgan', KR, {'note': 'NI:list of copper towns'}),
        ('Satpayev', 1, 'city', 'Satpayev', KR, {'note': 'NI:list of copper towns'}),
     ],
     inc={KR: (3, 'molten matte splash at the Balkhash smelter (three burnt); rally against smog outside the Balkhash akimat; 120 miners refusing to surface at the Annensky mine in Zhezkazgan (protest). Smog and falling catches are not incidents')}),

dict(id='p003', date='2010-03-05', lang='en',
     event='2010 rockfall kills a miner at the Sokolovskaya underground mine near Rudny (Kostanay Region); January dump-truck death in the Kachar open pit as background; the company names Sokolov-Sarybai and Eurasian Natural Resources Corporation are not places; London; Kachar the village vs the pit',
     text="""Miner killed in rockfall at Rudny underground mine
KOSTANAY, March 5 (KazTAG) - A 34-year-old miner was killed and another injured on Thursday when rock fell from the roof of a drift at the Sokolovskaya underground mine near Rudny, the Kostanay regional labour inspectorate said.
The mine belongs to the Sokolov-Sarybai Mining Production Association, part of the London-based Eurasian Natural Resources Corporation. Production at the 600-metre level was halted while inspectors examined the roof supports.
It was the second fatal accident at the company this winter. In January a dump-truck driver died when his vehicle slid off a haul ramp in the Kachar open pit, about 30 km from Rudny.
Colleagues said the dead man, Yerlan Mukhametov, came from the village of Kachar and had two children. The company has promised compensation to the family, and the trade union has asked for an independent inspection of all underground workings.""",
     ann=[
        ('Rudny', 0, 'city', 'Rudny', KOR, {'note': 'headline'}),
        ('KOSTANAY', 0, 'city', 'Kostanay', KOR, {'note': 'dateline'}),
        ('Sokolovskaya underground mine', 0, 'facility', 'Sokolovskaya mine (Rudny)', KOR, {'subkind': 'mine'}),
        ('Rudny', 1, 'city', 'Rudny', KOR, {'note': 'NI:reference point ("near Rudny")'}),
        ('Kostanay', 0, 'region', KOR, KOR, {'note': 'inside the name of an authority (regional labour inspectorate)'}),
        ('London', 0, 'foreign', 'London', N, {'note': 'NI:seat of the parent company'}),
        ('Kachar open pit', 0, 'facility', 'Kachar open pit', KOR, {'subkind': 'mine'}),
        ('Rudny', 2, 'city', 'Rudny', KOR, {'note': 'NI:reference point'}),
        ('Kachar', 1, 'village', 'Kachar', KOR, {'note': 'NI:home village of the dead miner'}),
     ],
     inc={KOR: (2, 'rockfall at the Sokolovskaya mine near Rudny, one dead; background: dump truck slid off a ramp in the Kachar open pit in January, driver dead')}),

dict(id='p004', date='2015-07-22', lang='en',
     event='2015 Kentau residents block the road to Turkestan over three weeks without tap water (South Kazakhstan Region before 2018); regional akimat in Shymkent; the closed Mirgalimsai lead mines flooded by groundwater (background, not counted); the Achisai spring; Karatau mountains',
     text="""Kentau residents block highway after three weeks without water
SHYMKENT, July 22 (Tengrinews) - Several hundred residents of Kentau blocked the road to Turkestan for three hours on Tuesday, saying the taps in most of the town had been dry since the start of July, police in South Kazakhstan region said. Nobody was detained.
The town's water comes through a 40-km Soviet-era pipeline from wells in the foothills of the Karatau mountains. The regional akimat in Shymkent said two breaks in the pipe had been repaired on Monday, but pressure had not yet recovered in the upper microdistricts.
Kentau grew up around the lead mines of Mirgalimsai, which closed in the 1990s after underground water flooded the workings. Since then the town has lost a third of its population, and the pumps that once served the mines have never been replaced.
"We carry water in buckets from the Achisai spring, like our grandparents did," said pensioner Zeinep Ospanova, who joined the blockade with her neighbours.""",
     ann=[
        ('Kentau', 0, 'city', 'Kentau', SKR, {'note': 'headline; South Kazakhstan Region before 2018-06-19'}),
        ('SHYMKENT', 0, 'city', 'Shymkent', SKR, {'note': 'dateline; South Kazakhstan Region before 2018-06-19'}),
        ('Kentau', 1, 'city', 'Kentau', SKR),
        ('Turkestan', 0, 'city', 'Turkistan', SKR, {'note': 'NI:road endpoint; the town, South Kazakhstan Region before 2018'}),
        ('South Kazakhstan region', 0, 'region', SKR, SKR, {'note': 'inside the name of an authority (police)'}),
        ('Karatau mountains', 0, 'facility', 'Karatau Mountains', N, {'subkind': 'mountains', 'note': 'natural feature'}),
        ('Shymkent', 0, 'city', 'Shymkent', SKR, {'note': 'NI:seat of the regional akimat'}),
        ('Kentau', 2, 'city', 'Kentau', SKR, {'note': 'NI:background'}),
        ('Mirgalimsai', 0, 'facility', 'Mirgalimsai mine (Kentau)', SKR, {'subkind': 'mine', 'note': 'closed lead mines; gradual flooding of the workings in the 1990s is background, not an incident'}),
        ('Achisai spring', 0, 'facility', 'Achisai spring', N, {'subkind': 'spring', 'note': 'natural feature named after the village of Achisai'}),
     ],
     inc={SKR: (1, 'residents block the road to Turkestan over water cuts in Kentau (protest); pipe breaks and dry taps are not incidents')}),

dict(id='p005', date='2019-08-27', lang='en',
     event='2019 cage drop in the main shaft of the Maleevsky mine near Altai (the former Zyryanovsk, East Kazakhstan Region), four hurt; Kazzinc and Glencore not places; Altai the town vs the Altai mountains and Russia\'s Altai Krai; hospital in Oskemen',
     text="""Four hurt as cage drops down Altai mine shaft
UST-KAMENOGORSK, Aug 27 (Kazinform) - Four miners were injured on Monday when a cage carrying them down the main shaft of the Maleevsky mine near the town of Altai dropped about 12 metres before the brakes caught it, the East Kazakhstan emergencies department said.
Two of the men were taken to Oskemen with spinal injuries. The mine is run by Kazzinc, the zinc producer controlled by Switzerland's Glencore.
The town, known until this year as Zyryanovsk, was renamed together with its district, which now shares a name with the Altai mountains and with Russia's Altai Krai across the border. Many locals still say Zyryanovsk, and the sign at the mine gate has not been changed.
Production at Maleevsky was suspended pending an inspection, the company said. Kazzinc reported two fatal accidents at its mines last year.""",
     ann=[
        ('Altai', 0, 'city', 'Altai', EKR, {'note': 'headline; the town (former Zyryanovsk) used as a modifier'}),
        ('UST-KAMENOGORSK', 0, 'city', 'Oskemen', EKR, {'note': 'dateline; Russian name'}),
        ('Maleevsky mine', 0, 'facility', 'Maleevsky mine', EKR, {'subkind': 'mine'}),
        ('Altai', 1, 'city', 'Altai', EKR, {'note': 'NI:reference point ("near the town of Altai")'}),
        ('East Kazakhstan', 0, 'region', EKR, EKR, {'note': 'inside the name of an authority'}),
        ('Oskemen', 0, 'city', 'Oskemen', EKR, {'note': 'NI:hospital destination'}),
        ('Switzerland', 0, 'foreign', 'Switzerland', N, {'note': "NI:possessive; home of the parent company"}),
        ('Zyryanovsk', 0, 'city', 'Altai', EKR, {'note': 'NI:former name of the town'}),
        ('Altai mountains', 0, 'facility', 'Altai Mountains', N, {'subkind': 'mountains', 'note': 'natural feature, not the town'}),
        ('Russia', 0, 'foreign', 'Russia', N, {'note': 'possessive'}),
        ('Altai Krai', 0, 'foreign', 'Altai Krai', N, {'note': 'Russian region, not the town'}),
        ('Zyryanovsk', 1, 'city', 'Altai', EKR, {'note': 'NI:former name still used'}),
        ('Maleevsky', 1, 'facility', 'Maleevsky mine', EKR, {'subkind': 'mine', 'note': 'the mine named without head noun'}),
     ],
     inc={EKR: (1, 'cage drop in the main shaft of the Maleevsky mine near Altai, four miners hurt; last year\'s fatal accidents are a statistic')}),

dict(id='p006', date='2022-07-12', lang='en',
     event='2022 Ulytau Region a month after its creation: water protest outside the regional akimat in Zhezkazgan with two detained; roof collapse kills a loader operator in the Stepnoy mine (Satpayev concentrator); Satpayev water shortage; fire in the sulphuric acid shop of the Balkhash smelter (Karaganda Region, not Ulytau); Karazhal tax arrears; Kengir reservoir pipe burst not counted; inspectors from Nur-Sultan',
     text="""New Ulytau region faces first summer of water cuts and mine accidents
ZHEZKAZGAN, July 12 (Vlast.kz) - A month after Zhezkazgan became the centre of the new Ulytau region, residents of the town are again queuing at water trucks. A pipe on the main line from the Kengir reservoir burst on Saturday, and the northern microdistricts have had water for only two hours a day since.

On Monday about 150 people, most of them women with children, gathered outside the regional akimat, which moved into the former town hall in June. Police asked them to disperse; two men who refused were detained and released in the evening.

In Satpayev, 20 km away, the problem is older. The town has relied on a single pumping station since 2019, and residents say water reaches the upper floors of apartment blocks only at night.

The mines had a difficult week as well. On Thursday a loader operator was killed when a section of the roof collapsed in the Stepnoy mine, which supplies ore to the concentrator in Satpayev. Kazakhmys Corporation said the mine would stay closed until inspectors from Nur-Sultan complete their checks. It was the third fatal accident in Ulytau region's mines this year.

Balkhash, which stayed in Karaganda region when the new region was carved out of it, had its own trouble: a fire broke out on Friday in the sulphuric acid shop of the copper smelter there and was put out within an hour. Nobody was hurt, but residents reported an acrid smell across the southern part of town.

Officials in Karazhal, the third town of the new region, complain that the iron-ore mines around Karazhal have not paid local taxes in full since March, leaving the town without money for new water pipes.""",
     ann=[
        ('Ulytau region', 0, 'region', UR, UR, {'note': 'headline; created 2022-06-08'}),
        ('ZHEZKAZGAN', 0, 'city', 'Zhezkazgan', UR, {'note': 'dateline; Ulytau Region since 2022-06-08'}),
        ('Zhezkazgan', 0, 'city', 'Zhezkazgan', UR, {'note': 'centre of the new region; the water protest takes place in the town'}),
        ('Ulytau region', 1, 'region', UR, UR, {'note': 'NI:background'}),
        ('Kengir reservoir', 0, 'facility', 'Kengir Reservoir', N, {'subkind': 'reservoir', 'note': 'water body; the burst pipe is a utility failure, not counted'}),
        ('Satpayev', 0, 'city', 'Satpayev', UR, {'note': 'water shortage, not an incident'}),
        ('Stepnoy mine', 0, 'facility', 'Stepnoy mine', UR, {'subkind': 'mine'}),
        ('Satpayev', 1, 'city', 'Satpayev', UR, {'note': 'NI:the concentrator the mine supplies'}),
        ('Nur-Sultan', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of inspectors; the capital named Nur-Sultan until 2022-09-17'}),
        ('Ulytau region', 2, 'region', UR, UR, {'note': 'NI:statistic of fatal accidents'}),
        ('Balkhash', 0, 'city', 'Balkhash', KR, {'note': 'stayed in Karaganda Region in 2022'}),
        ('Karaganda region', 0, 'region', KR, KR, {'note': 'NI:background on the 2022 split'}),
        ('Karazhal', 0, 'city', 'Karazhal', UR, {'note': 'NI:seat of the officials'}),
        ('Karazhal', 1, 'city', 'Karazhal', UR, {'note': 'NI:tax arrears of the mines'}),
     ],
     inc={UR: (2, 'water protest outside the regional akimat in Zhezkazgan, two detained; roof collapse in the Stepnoy mine, one dead. The burst pipe and the water shortage in Satpayev are not incidents'),
          KR: (1, 'fire in the sulphuric acid shop of the Balkhash copper smelter')}),

dict(id='p007', date='2012-10-03', lang='en',
     event='2012 leak of liquid waste through the embankment of a uranium tailings pond outside Stepnogorsk (Akmola Region); cattle from Zavodskoy; the Stepnogorsk Mining and Chemical Complex is a company; environmentalists from Astana and Pavlodar',
     text="""Tailings dam leak near Stepnogorsk alarms farmers
KOKSHETAU, Oct 3 (KazTAG) - Liquid waste from a uranium tailings pond seeped through a section of the embankment outside Stepnogorsk last week and ran into a ravine used as pasture, the Akmola regional ecology department said on Wednesday.
Inspectors found raised radiation levels over about two hectares. Cattle from the village of Zavodskoy had grazed there on the day of the leak, and farmers say four cows have since fallen ill.
The pond holds waste from a uranium mill built in Soviet times, when Stepnogorsk was a closed town known only by a post-box number. The dam is now maintained by the Stepnogorsk Mining and Chemical Complex, which called the leak "insignificant" and said it had been sealed.
Environmentalists from Astana and Pavlodar have asked for the embankment to be checked along its entire 4-km length. The ecology department said it had fined the company 12 million tenge.""",
     ann=[
        ('Stepnogorsk', 0, 'city', 'Stepnogorsk', AKR, {'note': 'headline; reference point of the leak'}),
        ('KOKSHETAU', 0, 'city', 'Kokshetau', AKR, {'note': 'dateline'}),
        ('Stepnogorsk', 1, 'city', 'Stepnogorsk', AKR, {'note': 'the tailings pond lies outside the town'}),
        ('Akmola', 0, 'region', AKR, AKR, {'note': 'inside the name of an authority (regional ecology department)'}),
        ('Zavodskoy', 0, 'village', 'Zavodskoy (Stepnogorsk)', AKR, {'note': 'NI:home village of the cattle owners'}),
        ('Stepnogorsk', 2, 'city', 'Stepnogorsk', AKR, {'note': 'NI:background (Soviet closed town)'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of environmentalists'}),
        ('Pavlodar', 0, 'city', 'Pavlodar', PR, {'note': 'NI:origin of environmentalists'}),
     ],
     inc={AKR: (1, 'leak of liquid uranium waste through the tailings dam outside Stepnogorsk (accident); the fine is an official measure')}),

dict(id='p008', date='2026-01-21', lang='en',
     event='2026 fire in the converter shop of the Qarmet steel works in Temirtau, two burnt (Karaganda Region); Qarmet formerly ArcelorMittal Temirtau (company, not annotated); the October 2023 Kostenko mine fire as background; the Samarkand reservoir in Temirtau is not Samarkand in Uzbekistan; black snow not counted',
     text="""Fire in Qarmet converter shop, two workers hurt
TEMIRTAU, Jan 21 (Orda.kz) - Two workers suffered burns on Tuesday when hydraulic oil caught fire in the converter shop of the Qarmet steel works in Temirtau, the Karaganda region emergencies department said. The fire covered about 200 square metres and was put out in 40 minutes.
Qarmet, known as ArcelorMittal Temirtau until the state bought out the Indian-owned group in late 2023, said steel output was not affected. The plant's coal mines near Karaganda and Shakhtinsk passed to the new owner at the same time; the worst accident in their history, the fire at the Kostenko mine in October 2023, killed 46 miners.
Temirtau, a town of 170,000 on the Samarkand reservoir, has some of the dirtiest air in Kazakhstan. The ecology department recorded 19 days of "high pollution" in December, mostly from the coke and sinter plants, and residents of the old town again posted pictures of black snow.""",
     ann=[
        ('TEMIRTAU', 0, 'city', 'Temirtau', KR, {'note': 'dateline'}),
        ('Temirtau', 0, 'city', 'Temirtau', KR),
        ('Karaganda region', 0, 'region', KR, KR, {'note': 'inside the name of an authority'}),
        ('Karaganda', 1, 'city', 'Karaganda', KR, {'note': 'NI:reference point for the coal mines'}),
        ('Shakhtinsk', 0, 'city', 'Shakhtinsk', KR, {'note': 'NI:reference point for the coal mines'}),
        ('Kostenko mine', 0, 'facility', 'Kostenko mine (Karaganda)', KR, {'subkind': 'mine', 'note': 'background fire of October 2023'}),
        ('Temirtau', 2, 'city', 'Temirtau', KR, {'note': 'NI:pollution, not an incident'}),
        ('Samarkand reservoir', 0, 'facility', 'Samarkand Reservoir (Temirtau)', N, {'subkind': 'reservoir', 'note': 'water body at Temirtau; not Samarkand in Uzbekistan'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
     ],
     inc={KR: (2, 'fire in the Qarmet converter shop in Temirtau, two burnt; background narrated explicitly: the October 2023 fire at the Kostenko mine, 46 dead. Black snow and pollution are not incidents')}),
]
