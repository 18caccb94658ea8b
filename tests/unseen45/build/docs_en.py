"""English texts of the forty-fifth unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'

DOCS = [
dict(id='p001', date='2025-12-18', lang='en',
     event='2025 boiler explosion at the Stepnyak heating plant (Enbekshilder district) and a burst heating main flooding a school in Makinsk (Akmola Region); Ekibastuz coal, Astana-Kokshetau gas pipeline; faults in five other districts',
     text="""Boiler blast leaves Stepnyak without heat as frost grips Akmola region
KOKSHETAU, Dec 18 (Kazinform) - A boiler exploded at the heating plant of Stepnyak early on Thursday, injuring two stokers and cutting heat to about 3,400 residents of the small gold-mining town as night temperatures in Akmola region fell to minus 38 degrees, the regional emergencies department said.
The blast tore a hole in the wall of the boiler room on Kirov Street shortly after 4 a.m. Both workers were taken to the district hospital with burns; one of them was later flown to Kokshetau. Engineers from Stepnogorsk are draining the pipes of the town's blocks of flats so that they do not freeze, and the akimat of Enbekshilder district has turned two schools into warm shelters.
"We expect to restart one boiler by Friday night," deputy regional akim Askar Zholymbetov told reporters in Kokshetau. Residents said the plant had been repaired only last summer, for 140 million tenge, and asked prosecutors to check the contract.
Hours later a heating main burst under the yard of a secondary school in Makinsk, in Bulandy district, and flooded its basement with hot water. Classes were cancelled for the rest of the week; nobody was hurt.
Utilities have repaired minor faults in five other districts since the start of December, none of which caused an outage, the department said. Coal deliveries from Ekibastuz, in neighbouring Pavlodar region, are on schedule, and a gas pipeline from Astana to Kokshetau is due to reach Shchuchinsk and the Burabay resort area next autumn.
Stepnyak, about 120 km east of Kokshetau, is one of the coldest towns in the north of Kazakhstan. It lost its own district status in 1997 and has about 4,000 inhabitants.""",
     ann=[
        ('Stepnyak', 0, 'city', 'Stepnyak', AKR),
        ('Akmola region', 0, 'region', AKR, AKR, {'note': 'headline'}),
        ('KOKSHETAU', 0, 'city', 'Kokshetau', AKR, {'note': 'dateline'}),
        ('Stepnyak', 1, 'city', 'Stepnyak', AKR),
        ('Akmola region', 1, 'region', AKR, AKR),
        ('Kirov Street', 0, 'facility', 'Kirov Street (Stepnyak)', AKR, {'subkind': 'street', 'note': 'street named after a person'}),
        ('Kokshetau', 0, 'city', 'Kokshetau', AKR, {'note': 'NI:hospital town of an injured worker'}),
        ('Stepnogorsk', 0, 'city', 'Stepnogorsk', AKR, {'note': 'NI:origin of the engineers'}),
        ('Enbekshilder district', 0, 'district', 'Enbekshilder District', AKR, {'note': 'inside the name of an authority (akimat)'}),
        ('Kokshetau', 1, 'city', 'Kokshetau', AKR, {'note': 'NI:place of a press briefing'}),
        ('Makinsk', 0, 'city', 'Makinsk', AKR),
        ('Bulandy district', 0, 'district', 'Bulandy District', AKR),
        ('five other districts', 0, 'quantified', '5 other districts', N, {'count': 5, 'unit': 'district', 'note': 'minor faults that caused no outage; not incidents'}),
        ('Ekibastuz', 0, 'city', 'Ekibastuz', PR, {'note': 'NI:origin of coal'}),
        ('Pavlodar region', 0, 'region', PR, PR, {'note': 'NI:origin of coal'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:pipeline endpoint'}),
        ('Kokshetau', 2, 'city', 'Kokshetau', AKR, {'note': 'NI:pipeline endpoint'}),
        ('Shchuchinsk', 0, 'city', 'Shchuchinsk', AKR, {'note': 'NI:planned gas supply'}),
        ('Burabay', 0, 'village', 'Burabay', AKR, {'note': 'NI:planned gas supply'}),
        ('Stepnyak', 2, 'city', 'Stepnyak', AKR),
        ('Kokshetau', 3, 'city', 'Kokshetau', AKR, {'note': 'NI:reference point'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
     ],
     inc={AKR: (2, 'boiler explosion at the Stepnyak heating plant injuring two; heating main burst flooding a school basement in Makinsk (accident, no injuries)')}),

dict(id='p002', date='1995-02-14', lang='en',
     event='1995 coal shortage closes village schools in Kokchetav region (abolished 1997; Kokchetav town and Shchuchinsk now Akmola Region), Ekibastuz coal unpaid (no incident)',
     text="""Coal shortage chills Kokchetav region
ALMATY, Feb 14 (Reuters) - Schools in a dozen villages of Kazakhstan's northern Kokchetav region have closed for a month because the boiler houses that heat them have run out of coal, a regional official said on Tuesday.
The region, on the border with Russia, owes the coal mines of Ekibastuz, in Pavlodar region, about 90 million tenge, and deliveries by rail stopped in January, said Viktor Lysenko, deputy head of the regional administration in Kokchetav.
In Shchuchinsk, the region's second town, flats have been heated for only four hours a day since the New Year, and several sanatoriums at the Borovoye resort have sent their guests home.
Farmers in Zerenda district are burning straw and dung to keep their cattle alive, he said. The government in Almaty has promised a loan, but none of the money has arrived.
Ethnic Germans, who make up about a sixth of the region's people, are leaving for Germany at a rate of 600 a month, the official added.""",
     ann=[
        ('Kokchetav region', 0, 'region', AKR, AKR, {'uncertain': True, 'note': 'headline; Kokchetav Region, abolished in 1997; its seat and southern districts are Akmola Region land in the canonical units, its northern districts North Kazakhstan Region'}),
        ('ALMATY', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('Kokchetav region', 1, 'region', AKR, AKR, {'uncertain': True, 'note': 'abolished Kokchetav Region (see headline)'}),
        ('Russia', 0, 'foreign', 'Russia', N),
        ('Ekibastuz', 0, 'city', 'Ekibastuz', PR, {'note': 'NI:seat of the creditor mines'}),
        ('Pavlodar region', 0, 'region', PR, PR, {'note': 'NI:reference'}),
        ('Kokchetav', 2, 'city', 'Kokshetau', AKR, {'note': 'NI:seat of the regional administration; old name of Kokshetau'}),
        ('Shchuchinsk', 0, 'city', 'Shchuchinsk', AKR),
        ('Borovoye', 0, 'village', 'Burabay', AKR, {'note': 'Russian name of the Burabay resort'}),
        ('Zerenda district', 0, 'district', 'Zerendi District', AKR),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:seat of the government'}),
        ('Germany', 0, 'foreign', 'Germany', N, {'note': 'NI:destination of emigrants'}),
     ],
     inc={}),

dict(id='p003', date='2020-10-06', lang='en',
     event='2020 six new bus routes from Nur-Sultan to district centres of Akmola Region; buses from Kostanay; planned route to Pavlodar via Ekibastuz (no incident)',
     text="""New bus routes link Nur-Sultan with Akmola district centres
NUR-SULTAN, Oct 6 (Tengrinews) - Six new intercity bus routes will link Nur-Sultan with district centres of Akmola region from October 15, the regional passenger transport department said on Tuesday.
Buses will leave the Saparzhai bus station for Yereymentau, Atbasar, Akkol, Zhaksy and Astrakhanka twice a day, and a night service will run to Derzhavinsk, 390 km away, through Esil. Until now passengers from those towns had to change in Kokshetau or travel in unlicensed minivans.
Fares of between 1,800 and 4,500 tenge are subsidised from the budget of Akmola Region, which will pay the carriers 260 million tenge a year. The 40 new buses were assembled at a plant in Kostanay.
A route from the capital to Pavlodar via Ekibastuz is planned for next spring, the department said. Carriers have asked the regional akimat to repair the road between Atbasar and Derzhavinsk first: buses take six hours to cover 150 km.""",
     ann=[
        ('Nur-Sultan', 0, 'city', 'Astana', 'Astana', {'note': 'headline; the capital named Nur-Sultan 2019-2022; NI:route endpoint'}),
        ('Akmola', 0, 'region', AKR, AKR, {'note': 'headline; region named without "region"'}),
        ('NUR-SULTAN', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Nur-Sultan', 1, 'city', 'Astana', 'Astana', {'note': 'NI:route endpoint'}),
        ('Akmola region', 0, 'region', AKR, AKR),
        ('Saparzhai bus station', 0, 'facility', 'Saparzhai bus station (Astana)', 'Astana', {'subkind': 'bus station', 'note': 'NI:route endpoint'}),
        ('Yereymentau', 0, 'city', 'Yereymentau', AKR, {'note': 'NI:route endpoint'}),
        ('Atbasar', 0, 'city', 'Atbasar', AKR, {'note': 'NI:route endpoint'}),
        ('Akkol', 0, 'city', 'Akkol', AKR, {'note': 'NI:route endpoint'}),
        ('Zhaksy', 0, 'village', 'Zhaksy', AKR, {'note': 'NI:route endpoint'}),
        ('Astrakhanka', 0, 'village', 'Astrakhanka', AKR, {'note': 'NI:route endpoint; Russian village name'}),
        ('Derzhavinsk', 0, 'city', 'Derzhavinsk', AKR, {'note': 'NI:route endpoint'}),
        ('Esil', 0, 'city', 'Esil', AKR, {'note': 'NI:route stop'}),
        ('Kokshetau', 0, 'city', 'Kokshetau', AKR, {'note': 'NI:change point'}),
        ('Akmola Region', 0, 'region', AKR, AKR),
        ('Kostanay', 0, 'city', 'Kostanay', KOR, {'note': 'NI:place where the buses were made'}),
        ('Pavlodar', 0, 'city', 'Pavlodar', PR, {'note': 'NI:planned route endpoint'}),
        ('Ekibastuz', 0, 'city', 'Ekibastuz', PR, {'note': 'NI:planned route stop'}),
        ('Atbasar', 1, 'city', 'Atbasar', AKR, {'note': 'NI:road endpoint'}),
        ('Derzhavinsk', 1, 'city', 'Derzhavinsk', AKR, {'note': 'NI:road endpoint'}),
     ],
     inc={}),

dict(id='p004', date='2009-07-22', lang='en',
     event='2009 smugglers\' car overturns fleeing border guards near Taskala, one dead, and the Ural ferry at Chapaev breaks its cable, a car falls into the river (West Kazakhstan Region); Ozinki, Saratov and Orenburg regions in Russia',
     text="""Smugglers' car overturns fleeing border guards in West Kazakhstan
URALSK, July 22 (Interfax-Kazakhstan) - One man was killed and two were injured when a car carrying contraband petrol overturned near Taskala on Tuesday night as it raced away from a border patrol, the border service's department for West Kazakhstan Region said on Wednesday.
The Lada, loaded with ten cans of fuel, left the highway about 5 km from the Taskala checkpoint, on the road to Ozinki in Russia's Saratov region, and ignored an order to stop. It rolled into a ravine after a chase of about 15 km. The driver, a 34-year-old resident of Taskala, died at the scene. His two passengers, both from the village of Amangeldy, are in hospital in Uralsk.
Petrol costs about a third less in Kazakhstan than across the border, and border guards say they stop fuel smugglers almost every week on the long stretch of steppe between Taipak and the Orenburg region.
Hours earlier, the ferry across the Ural at Chapaev broke its cable as the river rose after two days of heavy rain, and drifted about 300 metres downstream before it ran aground. One of the two cars on board rolled into the water; its driver swam to the bank.
The crossing, the only one between Uralsk and Atyrau for lorries heading to the villages on the left bank, will stay closed until a new cable arrives from Samara, officials of Akzhaik district said. A pontoon bridge promised for 2010 would cost about 600 million tenge.
"This ferry is older than I am," said Serik Zhaiykov, a farmer who had been waiting at the landing since morning with a trailer of hay. Villagers say the cable has snapped three times since May.""",
     ann=[
        ('West Kazakhstan', 0, 'region', WKR, WKR, {'note': 'headline; region named without "Region"'}),
        ('URALSK', 0, 'city', 'Oral', WKR, {'note': 'dateline; Russian name of Oral'}),
        ('Taskala', 0, 'village', 'Taskala', WKR),
        ('West Kazakhstan Region', 0, 'region', WKR, WKR, {'note': 'inside the name of an authority'}),
        ('Taskala checkpoint', 0, 'facility', 'Taskala checkpoint', WKR, {'subkind': 'checkpoint', 'note': 'NI:reference point'}),
        ('Ozinki', 0, 'foreign', 'Ozinki', N, {'note': 'NI:road endpoint'}),
        ('Russia', 0, 'foreign', 'Russia', N),
        ('Saratov region', 0, 'foreign', 'Saratov Oblast', N),
        ('Taskala', 2, 'village', 'Taskala', WKR, {'note': 'NI:residence'}),
        ('Amangeldy', 0, 'village', 'Amangeldy (Taskala district)', WKR, {'note': 'NI:origin of the passengers'}),
        ('Uralsk', 0, 'city', 'Oral', WKR, {'note': 'NI:hospital town'}),
        ('Kazakhstan', 3, 'country', 'Kazakhstan', N),
        ('Taipak', 0, 'village', 'Taipak', WKR, {'note': 'NI:reference point'}),
        ('Orenburg region', 0, 'foreign', 'Orenburg Oblast', N, {'note': 'NI:reference point'}),
        ('Ural', 0, 'facility', 'Ural River', N, {'subkind': 'river'}),
        ('Chapaev', 0, 'village', 'Chapaev', WKR, {'note': 'district centre with village status'}),
        ('Uralsk', 1, 'city', 'Oral', WKR, {'note': 'NI:reference point'}),
        ('Atyrau', 0, 'city', 'Atyrau', ATR, {'note': 'NI:reference point'}),
        ('Samara', 0, 'foreign', 'Samara', N, {'note': 'NI:origin of a cable'}),
        ('Akzhaik district', 0, 'district', 'Akzhaik District', WKR, {'note': 'inside the name of an authority'}),
     ],
     inc={WKR: (2, 'smugglers\' car overturned near Taskala during a chase, one dead; the Chapaev ferry broke its cable and ran aground, a car fell into the Ural')}),

dict(id='p005', date='1996-10-08', lang='en',
     event='1996 teachers and doctors block the main street of Arkalyk, seat of Turgai Region (abolished 1997; Kostanay Region land); Kustanai and Akmola regions as possible partners',
     text="""Unpaid teachers block road in Kazakh steppe town
ALMATY, Oct 8 (Reuters) - About 300 teachers and doctors blocked the main street of Arkalyk, the capital of Kazakhstan's Turgai region, on Tuesday to demand wages unpaid since March, a local journalist said by telephone.
The protesters stood in front of the regional administration for five hours, holding placards that read "We are not slaves". Police watched but did not intervene. Teachers from the Amangeldy and Dzhangildin districts arrived by bus to join them.
Turgai, a wheat and bauxite region of about 300,000 people, has suffered more than most since the collapse of the Soviet state farms, and half the bauxite miners in Arkalyk have lost their jobs this year.
Officials in Almaty have discussed merging the region with its neighbours, the Kustanai and Akmola regions, to save money. Residents fear that Arkalyk, built in the 1950s for the mines, would then become a ghost town.""",
     ann=[
        ('ALMATY', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Arkalyk', 0, 'city', 'Arkalyk', KOR, {'note': 'seat of Turgai Region in 1996; its land is Kostanay Region'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('Turgai region', 0, 'region', KOR, KOR, {'uncertain': True, 'note': 'Turgai Region, abolished in 1997; its seat Arkalyk and most of its land went to Kostanay Region, its eastern districts to Akmola Region'}),
        ('Amangeldy', 0, 'district', 'Amangeldy District', KOR, {'note': 'NI:origin of protesters; in a list sharing "districts"'}),
        ('Dzhangildin', 0, 'district', 'Zhangeldi District', KOR, {'note': 'NI:origin of protesters; in a list sharing "districts"'}),
        ('Turgai', 1, 'region', KOR, KOR, {'uncertain': True, 'note': 'the abolished Turgai Region (see above)'}),
        ('Arkalyk', 1, 'city', 'Arkalyk', KOR),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:seat of the government'}),
        ('Kustanai', 0, 'region', KOR, KOR, {'note': 'old spelling; in a list sharing "regions"'}),
        ('Akmola', 0, 'region', AKR, AKR, {'note': 'in a list sharing "regions"'}),
        ('Arkalyk', 2, 'city', 'Arkalyk', KOR),
     ],
     inc={KOR: (1, 'protest of unpaid teachers and doctors blocking the main street of Arkalyk')}),

dict(id='p006', date='2014-05-13', lang='en',
     event='2014 shot fired in a brawl at a cafe in Kulsary, one wounded (Zhylyoi district, Atyrau Region); suspect a Tengiz driver from Atyrau detained on the Kulsary-Beineu road',
     text="""One wounded in shooting at Kulsary cafe
ATYRAU, May 13 (KazTAG) - A man was wounded when a shot was fired during a brawl at a cafe in Kulsary, the oil town in Atyrau region's Zhylyoi district, late on Monday, regional police said.
The fight began over a debt between two groups of young men. One of them fetched a hunting rifle from his car and fired at the entrance, hitting a 31-year-old welder from Aktau in the leg.
The suspect, who works as a driver at the Tengiz field, fled and was detained four hours later at a police post on the Kulsary-Beineu road, about 70 km from the town. Police found the rifle, for which he had no permit, in a ditch near the post.
Residents of Kulsary have complained about fights near the cafes on the main street since the contractors' camps outside the town filled up with workers this spring. The district akim promised more patrols.""",
     ann=[
        ('Kulsary', 0, 'city', 'Kulsary', ATR, {'note': 'headline'}),
        ('ATYRAU', 0, 'city', 'Atyrau', ATR, {'note': 'dateline'}),
        ('Kulsary', 1, 'city', 'Kulsary', ATR),
        ('Atyrau region', 0, 'region', ATR, ATR),
        ('Zhylyoi district', 0, 'district', 'Zhylyoi District', ATR),
        ('Aktau', 0, 'city', 'Aktau', MR, {'note': 'NI:origin of the victim'}),
        ('Tengiz field', 0, 'facility', 'Tengiz field', ATR, {'subkind': 'oil field', 'note': "NI:suspect's workplace"}),
        ('Kulsary', 2, 'city', 'Kulsary', ATR, {'note': 'NI:road endpoint'}),
        ('Beineu', 0, 'village', 'Beineu', MR, {'note': 'NI:road endpoint'}),
        ('Kulsary', 3, 'city', 'Kulsary', ATR),
     ],
     inc={ATR: (1, 'shot fired during a brawl at a cafe in Kulsary, one wounded')}),

dict(id='p007', date='2016-09-06', lang='en',
     event='2016 Fort-Shevchenko marks its 170th anniversary (Tupkaragan district, Mangystau Region); former names Novopetrovskoye and Fort-Alexandrovsky; Aktau once called Shevchenko; the poet Taras Shevchenko (no incident)',
     text="""Fort-Shevchenko marks 170 years with a Caspian regatta
AKTAU, Sept 6 (Kazinform) - Fort-Shevchenko, the oldest town on Kazakhstan's Caspian coast, celebrated its 170th anniversary at the weekend with a regatta, a horse race and a concert on the embankment, the Mangystau regional akimat said.
The town was founded in 1846 as the Novopetrovskoye fortification and was later renamed Fort-Alexandrovsky. It took its present name in 1939 in honour of the Ukrainian poet Taras Shevchenko, who served seven years in its garrison as an exiled soldier; his museum is the town's main sight.
About 5,000 guests came from Aktau, which itself bore the name Shevchenko from 1964 to 1991, and from Astrakhan in Russia. Fishermen from Bautino and Akshukur, in Tupkaragan district, raced twenty boats along the bay.
The regional akim promised to finish a new water main from Aktau by 2018; the town of about 6,000 still receives drinking water by tanker in summer.""",
     ann=[
        ('Fort-Shevchenko', 0, 'city', 'Fort-Shevchenko', MR, {'note': 'headline'}),
        ('Caspian', 0, 'facility', 'Caspian Sea', N, {'subkind': 'sea'}),
        ('AKTAU', 0, 'city', 'Aktau', MR, {'note': 'dateline'}),
        ('Fort-Shevchenko', 1, 'city', 'Fort-Shevchenko', MR),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('Caspian', 1, 'facility', 'Caspian Sea', N, {'subkind': 'sea'}),
        ('Mangystau', 0, 'region', MR, MR, {'note': 'inside the name of an authority (akimat)'}),
        ('Novopetrovskoye fortification', 0, 'city', 'Fort-Shevchenko', MR, {'note': 'founding name of the town'}),
        ('Fort-Alexandrovsky', 0, 'city', 'Fort-Shevchenko', MR, {'note': 'former name of the town'}),
        ('Aktau', 0, 'city', 'Aktau', MR, {'note': 'NI:origin of guests'}),
        ('Shevchenko', 3, 'city', 'Aktau', MR, {'note': 'NI:Soviet name of Aktau; not the poet'}),
        ('Astrakhan', 0, 'foreign', 'Astrakhan', N, {'note': 'NI:origin of guests'}),
        ('Russia', 0, 'foreign', 'Russia', N),
        ('Bautino', 0, 'village', 'Bautino', MR, {'note': 'NI:origin of fishermen'}),
        ('Akshukur', 0, 'village', 'Akshukur', MR, {'note': 'NI:origin of fishermen'}),
        ('Tupkaragan district', 0, 'district', 'Tupkaragan District', MR),
        ('Aktau', 1, 'city', 'Aktau', MR, {'note': 'NI:water main endpoint'}),
     ],
     inc={}),

dict(id='p008', date='2002-09-23', lang='en',
     event='2002 Petropavlovsk 250th anniversary: gas cylinder blast at a fair stall and a bus of the Peterfeld German choir hit by a lorry (North Kazakhstan Region); guests from Kurgan, Omsk, Tyumen, Astana; Kokshetau moved to Akmola Region in 1999',
     text="""Gas blast and crash mar Petropavlovsk's 250th birthday
PETROPAVLOVSK, Sept 23 (Kazinform) - A gas cylinder exploded at a food stall on the central square of Petropavlovsk on Sunday, injuring three people, as the city celebrated the 250th anniversary of its founding, police in North Kazakhstan said.
The cylinder, connected to a grill, blew out the side of the stall at about 3 p.m., when the square was full of families waiting for a parade. A woman selling pies and two customers were treated for burns. Police said the stall had no permit for gas equipment.
Earlier in the day a bus carrying a German folk choir from the village of Peterfeld, in Kyzylzhar district, to the festival collided with a lorry at the city limits on the Kokshetau highway. Six singers were injured, one of them seriously.
Petropavlovsk was founded in 1752 as the St Peter and Paul fortress on the Ishim river, on the line of outposts that guarded the Russian empire's southern frontier. The celebrations drew delegations from Kurgan, Omsk and Tyumen, just across the border in Russia, and from Astana, where the government had declared the anniversary a national event.
The city has lost almost a fifth of its people since 1991, as Russians and Germans left and factories closed. The region itself shrank in 1999, when the city of Kokshetau and four districts of the former Kokchetav region, merged into North Kazakhstan two years earlier, were handed to Akmola Region.
The festival ended on Sunday night with fireworks over the Ishim. The region's akim promised that the square would be rebuilt by the next summer.""",
     ann=[
        ('Petropavlovsk', 0, 'city', 'Petropavl', NKR, {'note': "headline; Russian name of Petropavl; inside a possessive"}),
        ('PETROPAVLOVSK', 0, 'city', 'Petropavl', NKR, {'note': 'dateline'}),
        ('Petropavlovsk', 1, 'city', 'Petropavl', NKR),
        ('North Kazakhstan', 0, 'region', NKR, NKR, {'note': 'inside the name of an authority (police)'}),
        ('Peterfeld', 0, 'village', 'Peterfeld', NKR, {'note': 'NI:origin of the choir; village with a German name'}),
        ('Kyzylzhar district', 0, 'district', 'Kyzylzhar District', NKR, {'note': 'NI:origin of the choir'}),
        ('Kokshetau', 0, 'city', 'Kokshetau', AKR, {'note': 'NI:road endpoint'}),
        ('Petropavlovsk', 2, 'city', 'Petropavl', NKR),
        ('St Peter and Paul fortress', 0, 'city', 'Petropavl', NKR, {'note': 'founding name of the city'}),
        ('Ishim', 0, 'facility', 'Ishim River', N, {'subkind': 'river', 'note': 'the Yesil; Russian name'}),
        ('Kurgan', 0, 'foreign', 'Kurgan', N, {'note': 'NI:origin of a delegation'}),
        ('Omsk', 0, 'foreign', 'Omsk', N, {'note': 'NI:origin of a delegation'}),
        ('Tyumen', 0, 'foreign', 'Tyumen', N, {'note': 'NI:origin of a delegation'}),
        ('Russia', 0, 'foreign', 'Russia', N),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of a delegation; seat of the government'}),
        ('Kokshetau', 1, 'city', 'Kokshetau', AKR, {'note': 'NI:handed to Akmola Region in 1999'}),
        ('Kokchetav region', 0, 'region', AKR, AKR, {'uncertain': True, 'note': 'the former Kokchetav Region, merged into North Kazakhstan Region in 1997; its seat Kokshetau and the southern districts went on to Akmola Region in 1999, the rest stayed in North Kazakhstan Region; labelled with the unit of its seat on the article date'}),
        ('North Kazakhstan', 1, 'region', NKR, NKR),
        ('Akmola Region', 0, 'region', AKR, AKR, {'note': 'NI:background'}),
        ('Ishim', 1, 'facility', 'Ishim River', N, {'subkind': 'river'}),
     ],
     inc={NKR: (2, 'gas cylinder explosion at a food stall on the central square of Petropavlovsk, three hurt; choir bus collided with a lorry at the city limits, six hurt')}),
]
