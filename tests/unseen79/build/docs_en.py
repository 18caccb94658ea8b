"""English texts of the seventy-ninth unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p001', date='2022-06-20', lang='en',
     event='2022 gold plaques found in a Shilikty valley mound (Tarbagatai district, Abai Region twelve days after its creation); fire in a museum storeroom in Semey (the former Semipalatinsk, now Abai Region); trench wall collapse at the Berel mounds (Katon-Karagay district, East Kazakhstan Region) injures a student from Novosibirsk; teams in four named regions; the capital still Nur-Sultan',
     text="""Gold plaques found in Shilikty valley as new Abai region opens its first dig season
UST-KAMENOGORSK, June 20 (Kazinform) - Archaeologists working in the Shilikty valley have found more than 300 small gold plaques in a burial mound from the 8th century BC, the first big find in Abai region since it was created on June 8.

The mound lies about 40 km from the village of Shilikty in Tarbagatai district. Until this month the valley belonged to East Kazakhstan region; the new region's akimat, based in Semey, has promised guards for the site after two looters' pits were found nearby.

"The plaques were sewn onto a robe, just as on the Golden Man of Issyk," said the expedition leader, Daniyar Seitkali. The finds will be cleaned in Semey and later shown in Nur-Sultan.

The season has not been free of setbacks. On Saturday night fire broke out in a storeroom of the regional museum of local history in Semey, the former Semipalatinsk. Firefighters saved the building, but boxes of 19th-century paper maps burned. Investigators suspect faulty wiring.

Further east, in Katon-Karagay district, which remains part of East Kazakhstan region, a trench wall collapsed at the Berel mounds on Thursday, injuring a student from Novosibirsk. He was taken to hospital in Ust-Kamenogorsk with a broken leg. The team, which includes researchers from Germany and Russia, has stopped work for a week.

According to the culture ministry, excavations are under way in four regions this summer: it funds teams in the Abai, East Kazakhstan, Almaty and Turkistan regions. Officials in Oskemen say the split of the old region will not affect the work at Berel, where frozen tombs of horsemen have been studied since 1998.

The plaques are expected to go on display at the National Museum in Nur-Sultan in December, next to copies of the Issyk gold.""",
     ann=[
        ('Shilikty valley', 0, 'facility', 'Shilikty valley', N, {'subkind': 'valley', 'note': 'headline; natural feature in Tarbagatai district, Abai Region'}),
        ('Abai region', 0, 'region', ABR, ABR, {'note': 'headline; Abai Region since 2022-06-08'}),
        ('UST-KAMENOGORSK', 0, 'city', 'Oskemen', EKR, {'note': 'dateline; Russian name of Oskemen'}),
        ('Shilikty valley', 1, 'facility', 'Shilikty valley', N, {'subkind': 'valley', 'note': 'find site, not an incident'}),
        ('Abai region', 1, 'region', ABR, ABR, {'note': 'find, not an incident'}),
        ('Shilikty', 2, 'village', 'Shilikty', ABR, {'note': 'NI:reference point'}),
        ('Tarbagatai district', 0, 'district', 'Tarbagatai District', ABR, {'note': 'East Kazakhstan Region until 2022-06-08'}),
        ('East Kazakhstan region', 0, 'region', EKR, EKR, {'note': 'NI:former unit of the valley'}),
        ('Semey', 0, 'city', 'Semey', ABR, {'note': 'NI:seat of the akimat'}),
        ('Issyk', 0, 'city', 'Esik', ALR, {'note': 'Russian name of Esik, inside the name of an artefact (the Golden Man of Issyk); NI:find place of 1969'}),
        ('Semey', 1, 'city', 'Semey', ABR, {'note': 'NI:finds to be cleaned'}),
        ('Nur-Sultan', 0, 'city', 'Astana', 'Astana', {'note': 'NI:finds to be shown; the capital named Nur-Sultan until 2022-09-17'}),
        ('Semey', 2, 'city', 'Semey', ABR, {'note': 'museum storeroom fire'}),
        ('Semipalatinsk', 0, 'city', 'Semey', ABR, {'note': 'former name of Semey (until 2007)'}),
        ('Katon-Karagay district', 0, 'district', 'Katon-Karagay District', EKR),
        ('East Kazakhstan region', 1, 'region', EKR, EKR),
        ('Berel mounds', 0, 'facility', 'Berel mounds', EKR, {'subkind': 'burial mounds'}),
        ('Novosibirsk', 0, 'foreign', 'Novosibirsk', N, {'note': "NI:the student's origin"}),
        ('Ust-Kamenogorsk', 0, 'city', 'Oskemen', EKR, {'note': 'NI:hospital city'}),
        ('Germany', 0, 'foreign', 'Germany', N, {'note': 'NI:origin of researchers'}),
        ('Russia', 0, 'foreign', 'Russia', N, {'note': 'NI:origin of researchers'}),
        ('four regions', 0, 'quantified', '4 regions', N, {'count': 4, 'unit': 'region', 'note': 'excavations, not incidents; the four are named'}),
        ('Abai', 2, 'region', ABR, ABR, {'note': 'NI:funded excavations; in a list sharing "regions"'}),
        ('East Kazakhstan', 2, 'region', EKR, EKR, {'note': 'NI:funded excavations; in a list sharing "regions"'}),
        ('Almaty', 0, 'region', ALR, ALR, {'note': 'NI:funded excavations; in a list sharing "regions", so Almaty Region'}),
        ('Turkistan', 0, 'region', TR, TR, {'note': 'NI:funded excavations; in a list sharing "regions"'}),
        ('Oskemen', 0, 'city', 'Oskemen', EKR, {'note': 'NI:seat of officials'}),
        ('Berel', 1, 'facility', 'Berel mounds', EKR, {'subkind': 'burial mounds', 'note': 'NI:the site named without head noun; background'}),
        ('National Museum', 0, 'facility', 'National Museum of Kazakhstan (Astana)', 'Astana', {'subkind': 'museum', 'note': 'NI:future exhibition'}),
        ('Nur-Sultan', 1, 'city', 'Astana', 'Astana', {'note': 'NI:future exhibition'}),
        ('Issyk', 1, 'city', 'Esik', ALR, {'note': 'NI:inside the name of a find (the Issyk gold)'}),
     ],
     inc={ABR: (1, 'fire in a storeroom of the regional museum in Semey; the looters\' pits near Shilikty are not an incident'),
          EKR: (1, 'accident: trench wall collapsed at the Berel mounds, Katon-Karagay district, a student injured')}),

dict(id='p002', date='1995-09-14', lang='en',
     event='1995 masked robbers tie up and beat the watchman of the history museum in Esik (Almaty Region) and take gilded copies of the Golden Man plaques; police of the neighbouring Taldy-Kurgan region (abolished 1997) join the search; car seen on the road to Kapchagai',
     text="""Robbers beat guard, take Golden Man copies from Esik museum
ALMATY, Sept 14 (KazTAG) - Three masked men broke into the small history museum in Esik overnight, tied up the night watchman and took gilded copies of the plaques of the Golden Man, police in Almaty region said on Thursday.
The watchman, aged 61, was beaten about the head and is in hospital in Almaty. The original plaques, found in the Issyk mound outside the town in 1969, are kept in a vault in the capital and were not touched.
Officers from neighbouring Taldy-Kurgan region have joined the search, because a car seen near the museum at night was later stopped on the road to Kapchagai and then let go. "They probably thought the copies were real gold," a police spokesman said.
The town, still called Issyk on most Russian maps, draws about 5,000 visitors a year, most of them to the mound itself. The museum's director, Gulnara Abenova, said it had asked for an alarm system three times since 1993 but never received the money.""",
     ann=[
        ('Esik', 0, 'city', 'Esik', ALR, {'note': 'headline'}),
        ('ALMATY', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Esik', 1, 'city', 'Esik', ALR),
        ('Almaty region', 0, 'region', ALR, ALR, {'note': 'inside the name of an authority (police)'}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:hospital city'}),
        ('Issyk mound', 0, 'facility', 'Issyk kurgan', ALR, {'subkind': 'burial mound', 'note': 'NI:find site of 1969'}),
        ('Taldy-Kurgan region', 0, 'region', ALR, ALR, {'uncertain': True, 'note': 'NI:origin of police officers; Taldykorgan Region (abolished 1997), labelled with the canonical unit holding its land'}),
        ('Kapchagai', 0, 'city', 'Konaev', ALR, {'note': 'NI:road destination; renamed Konaev in 2022'}),
        ('Issyk', 1, 'city', 'Esik', ALR, {'note': 'NI:Russian name of the town'}),
     ],
     inc={ALR: (1, 'robbery with violence at the Esik history museum: watchman tied up and beaten, copies taken')}),

dict(id='p003', date='2019-04-10', lang='en',
     event='2019 section of the uncovered 19th-century Akmolinsk fortress wall collapses into a trench on Abai Avenue in Nur-Sultan, killing a worker (Astana); the capital\'s names Akmolinsk, Tselinograd, Akmola, Astana and Nur-Sultan; experts from Kokshetau (Akmola Region)',
     text="""Worker killed as wall of old Akmolinsk fortress collapses in Nur-Sultan
NUR-SULTAN, April 10 (Tengrinews) - A worker was killed on Wednesday when a section of old brick wall fell into a trench on Abai Avenue, where builders laying a heating main had uncovered the remains of the Akmolinsk fortress, city officials said.
Archaeologists had been called to the site a week earlier after coins and a belt buckle turned up in the spoil. The fortress, founded in 1830 on the Yesil river, gave its name to the town of Akmolinsk, which became Tselinograd in 1961, Akmola in 1992 and Astana in 1998. Last month the capital was renamed Nur-Sultan in honour of the first president.
"We asked twice for the trench walls to be shored up," said Serik Zhanuzakov, an archaeologist from Kokshetau, the centre of Akmola region, whose museum sent two experts. Police have opened a case over a breach of safety rules.
The city akimat said the remains would be recorded and partly kept under glass in a new square.""",
     ann=[
        ('Akmolinsk fortress', 0, 'facility', 'Akmolinsk fortress (Astana)', 'Astana', {'subkind': 'fortress', 'note': 'headline; remains of the fortress that gave the capital its first name'}),
        ('Nur-Sultan', 0, 'city', 'Astana', 'Astana', {'note': 'headline; the capital named Nur-Sultan from 2019-03-23'}),
        ('NUR-SULTAN', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Abai Avenue', 0, 'facility', 'Abai Avenue (Astana)', 'Astana', {'subkind': 'street', 'note': 'avenue named after the poet; not Abai Region'}),
        ('Akmolinsk fortress', 1, 'facility', 'Akmolinsk fortress (Astana)', 'Astana', {'subkind': 'fortress'}),
        ('Yesil', 0, 'facility', 'Yesil River', N, {'subkind': 'river'}),
        ('Akmolinsk', 2, 'city', 'Astana', 'Astana', {'note': 'NI:history; name of the town until 1961'}),
        ('Tselinograd', 0, 'city', 'Astana', 'Astana', {'note': 'NI:history; name 1961-1992'}),
        ('Akmola', 0, 'city', 'Astana', 'Astana', {'note': 'NI:history; the city, not Akmola Region'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:history; name 1998-2019'}),
        ('Nur-Sultan', 1, 'city', 'Astana', 'Astana', {'note': 'NI:renaming'}),
        ('Kokshetau', 0, 'city', 'Kokshetau', AKR, {'note': "NI:the archaeologist's workplace"}),
        ('Akmola region', 0, 'region', AKR, AKR, {'note': 'NI:the region, not the city'}),
     ],
     inc={'Astana': (1, 'deadly mishap: a section of the fortress wall fell into a trench on Abai Avenue, one worker killed')}),

dict(id='p004', date='2018-06-12', lang='en',
     event='2018 fire destroys the archaeologists\' camp at the ruins of Otrar (Otyrar district) and a flash flood breaks the restored wall of Sauran, a week before South Kazakhstan Region is renamed Turkistan Region and Shymkent split off (South Kazakhstan Region); names scratched on the Yasawi mausoleum in Turkestan (vandalism, not counted); flash floods in two other, unnamed regions (unattributed)',
     text="""Otrar dig camp burns as South Kazakhstan heritage season starts badly
SHYMKENT, June 12 (KazTAG) - Fire destroyed six tents and a field laboratory at the archaeologists' camp beside the ruins of Otrar on Monday night, a week before South Kazakhstan region is due to be renamed Turkistan region and Shymkent is to become a city of national status.

Nobody was hurt, the Otyrar district police said, but drawings and a laptop holding three seasons of survey data were lost. The camp stands about 10 km from Shauildir, the district centre. The fire is thought to have started at a gas stove.

Otrar, a caravan town that minted its own coins before it was ruined in the 13th century, has been excavated since the 1960s. This spring a team from Almaty found a hoard of 200 silver dirhams near the citadel.

Sauran, some 40 km north-west of Turkestan, fared little better. A flash flood after Saturday's downpour swept through the ruins, breaking a stretch of the restored town wall and flooding the guards' hut. "We lost in an hour what took two years to rebuild," said the site's keeper, Nurlan Abdikarimov.

Flash floods also damaged excavation sites in two other regions on Saturday, the culture ministry said, without naming them.

In Turkestan itself, guards at the Khoja Ahmed Yasawi mausoleum found names scratched into the tiles of the south wall on Sunday. The regional akimat called it vandalism and promised more cameras. Visitors from Uzbekistan and Turkey make up a third of the pilgrims; many come by bus from Samarkand and Bukhara along the road through Saryagash.

The regional government will move from Shymkent to Turkestan after the reform. Officials in Shymkent, which was called Chimkent until 1993, say the regional history museum will stay in the city.""",
     ann=[
        ('Otrar', 0, 'facility', 'Otrar (archaeological site)', SKR, {'subkind': 'archaeological site', 'note': 'headline; ruins in Otyrar district'}),
        ('South Kazakhstan', 0, 'region', SKR, SKR, {'note': 'headline; used attributively'}),
        ('SHYMKENT', 0, 'city', 'Shymkent', SKR, {'note': 'dateline; South Kazakhstan Region until 2018-06-19'}),
        ('Otrar', 1, 'facility', 'Otrar (archaeological site)', SKR, {'subkind': 'archaeological site'}),
        ('South Kazakhstan region', 0, 'region', SKR, SKR, {'note': 'NI:announced renaming'}),
        ('Turkistan region', 0, 'region', SKR, SKR, {'uncertain': True, 'note': 'NI:future name of South Kazakhstan Region (from 2018-06-19), labelled with the unit existing on the article date'}),
        ('Shymkent', 0, 'city', 'Shymkent', SKR, {'note': 'NI:announced change of status'}),
        ('Otyrar district', 0, 'district', 'Otyrar District', SKR, {'note': 'inside the name of an authority (police)'}),
        ('Shauildir', 0, 'village', 'Shauildir', SKR, {'note': 'NI:reference point; district centre'}),
        ('Otrar', 2, 'facility', 'Otrar (archaeological site)', SKR, {'subkind': 'archaeological site', 'note': 'NI:history and earlier find'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': "NI:the team's origin"}),
        ('Sauran', 0, 'facility', 'Sauran (archaeological site)', SKR, {'subkind': 'archaeological site'}),
        ('Turkestan', 0, 'city', 'Turkistan', SKR, {'note': 'NI:reference point'}),
        ('two other regions', 0, 'quantified', '2 other regions', N, {'count': 2, 'unit': 'region', 'note': 'flash floods damaged sites in two unnamed regions'}),
        ('Turkestan', 1, 'city', 'Turkistan', SKR, {'note': 'vandalism, not an incident'}),
        ('Khoja Ahmed Yasawi mausoleum', 0, 'facility', 'Khoja Ahmed Yasawi mausoleum (Turkistan)', SKR, {'subkind': 'mausoleum', 'note': 'names scratched into tiles: vandalism, not an incident'}),
        ('Uzbekistan', 0, 'foreign', 'Uzbekistan', N, {'note': "NI:visitors' origin"}),
        ('Turkey', 0, 'foreign', 'Turkey', N, {'note': "NI:visitors' origin"}),
        ('Samarkand', 0, 'foreign', 'Samarkand', N, {'note': "NI:pilgrims' origin"}),
        ('Bukhara', 0, 'foreign', 'Bukhara', N, {'note': "NI:pilgrims' origin"}),
        ('Saryagash', 0, 'city', 'Saryagash', SKR, {'note': 'NI:on the route'}),
        ('Shymkent', 1, 'city', 'Shymkent', SKR, {'note': 'NI:current seat of the regional government'}),
        ('Turkestan', 2, 'city', 'Turkistan', SKR, {'note': 'NI:future seat'}),
        ('Shymkent', 2, 'city', 'Shymkent', SKR, {'note': 'NI:seat of officials'}),
        ('Chimkent', 0, 'city', 'Shymkent', SKR, {'note': 'NI:former name (until 1993)'}),
     ],
     inc={SKR: (2, 'fire at the archaeologists\' camp at Otrar; flash flood at Sauran breaking the wall and flooding the guards\' hut (one flood for the unit); scratched tiles at the Yasawi mausoleum are vandalism, not counted')},
     unatt=[{'label': 'two other regions', 'count': 2, 'note': 'flash floods damaged excavation sites in two other, unnamed regions'}]),

dict(id='p005', date='2009-11-03', lang='en',
     event='2009 traders block Kazybek Bi Street in Taraz against the closure of part of the central market for excavations of medieval Taraz (Jambyl Region); the city\'s old names Aulie-Ata and Dzhambul; Karakhan mausoleum; a new market planned on the road to Aisha Bibi (Zhambyl district)',
     text="""Traders block street as Taraz market makes way for dig
TARAZ, Nov 3 (Interfax-Kazakhstan) - About 150 traders blocked Kazybek Bi Street in central Taraz for two hours on Tuesday in protest against the closure of part of the old central market, where archaeologists want to dig for the remains of the medieval town.
Police detained four protesters, who were released in the evening.
The city, known as Aulie-Ata until 1936 and as Dzhambul until 1997, lies on one of the oldest caravan routes of Central Asia. Excavations near the Karakhan mausoleum last year turned up glazed bowls and the walls of a bathhouse, and scientists believe the market stands on the town's 11th-century quarter.
"We sell here, our parents sold here. Where do we go in winter?" asked Aigul, who sells dried fruit.
The akimat of Zhambyl region said the traders would be offered places at a new market on the road to the village of Aisha Bibi, in Zhambyl district, where the mausoleum of the same name draws tourists.""",
     ann=[
        ('Taraz', 0, 'city', 'Taraz', JR, {'note': 'headline'}),
        ('TARAZ', 0, 'city', 'Taraz', JR, {'note': 'dateline'}),
        ('Kazybek Bi Street', 0, 'facility', 'Kazybek Bi Street (Taraz)', JR, {'subkind': 'street', 'note': 'street named after a person'}),
        ('Taraz', 1, 'city', 'Taraz', JR),
        ('Aulie-Ata', 0, 'city', 'Taraz', JR, {'note': 'NI:old name of Taraz (until 1936)'}),
        ('Dzhambul', 0, 'city', 'Taraz', JR, {'note': 'NI:old name of Taraz (1938-1997); not the region or the poet'}),
        ('Central Asia', 0, 'foreign', 'Central Asia', N, {'subkind': 'macro-region', 'uncertain': True, 'note': 'NI:macro-region including Kazakhstan'}),
        ('Karakhan mausoleum', 0, 'facility', 'Karakhan mausoleum (Taraz)', JR, {'subkind': 'mausoleum', 'note': 'NI:earlier excavations'}),
        ('Zhambyl region', 0, 'region', JR, JR, {'note': 'inside the name of an authority (akimat)'}),
        ('Aisha Bibi', 0, 'village', 'Aisha Bibi', JR, {'note': 'NI:road destination; village named after a person'}),
        ('Zhambyl district', 0, 'district', 'Zhambyl District (Jambyl Region)', JR, {'note': 'NI:a district of Jambyl Region, not the region'}),
     ],
     inc={JR: (1, 'protest: traders blocked Kazybek Bi Street in Taraz, four detained')}),

dict(id='p006', date='2023-03-15', lang='en',
     event='2023 night fire in the archive room of the regional museum in Kyzylorda damages glass negatives of old Perovsk (Kyzylorda Region); the city\'s names Ak-Mechet and Perovsk; planned excavations at Sygnak (Zhanakorgan district) and the Korkyt Ata memorial (Karmakshy district); negatives copied in Tashkent',
     text="""Fire damages glass negatives of old Perovsk in Kyzylorda museum
KYZYLORDA, March 15 (Kazinform) - A fire in the archive room of the regional museum of local history in Kyzylorda on Tuesday night damaged about 400 glass negatives showing the town in the years when it was called Perovsk, the museum's director said.
Firefighters put the blaze out within 40 minutes. An overheated electric heater is the likely cause. The negatives, made between 1880 and 1915, showed the Kokand fortress of Ak-Mechet, which Russian troops took in 1853, and the first streets of the garrison town.
"Half of them had been scanned in Tashkent in the 1990s, so the images are not lost," said the director, Bakhyt Tolegenov.
The fire is a setback for the museum's plans for a season of excavations at Sygnak, the capital of the White Horde in Zhanakorgan district, and for a new hall on the Korkyt Ata memorial in Karmakshy district, he added.""",
     ann=[
        ('Perovsk', 0, 'city', 'Kyzylorda', KZR, {'note': 'headline; old name of Kyzylorda, here the town in photographs'}),
        ('Kyzylorda', 0, 'city', 'Kyzylorda', KZR, {'note': 'headline'}),
        ('KYZYLORDA', 0, 'city', 'Kyzylorda', KZR, {'note': 'dateline'}),
        ('Kyzylorda', 1, 'city', 'Kyzylorda', KZR, {'note': 'museum fire'}),
        ('Perovsk', 1, 'city', 'Kyzylorda', KZR, {'note': 'NI:old name of Kyzylorda'}),
        ('Ak-Mechet', 0, 'facility', 'Ak-Mechet fortress (Kyzylorda)', KZR, {'subkind': 'fortress', 'uncertain': True, 'note': 'NI:history; the Kokand fortress on the site of Kyzylorda, also an old name of the town'}),
        ('Tashkent', 0, 'foreign', 'Tashkent', N, {'note': 'NI:place of scanning'}),
        ('Sygnak', 0, 'facility', 'Sygnak (archaeological site)', KZR, {'subkind': 'archaeological site', 'note': 'NI:planned excavations'}),
        ('Zhanakorgan district', 0, 'district', 'Zhanakorgan District', KZR, {'note': 'NI:planned excavations'}),
        ('Korkyt Ata memorial', 0, 'facility', 'Korkyt Ata memorial', KZR, {'subkind': 'memorial', 'note': 'NI:planned hall; named after a person'}),
        ('Karmakshy district', 0, 'district', 'Karmakshy District', KZR, {'note': 'NI:location of the memorial'}),
     ],
     inc={KZR: (1, 'fire in the archive room of the regional museum in Kyzylorda')}),

dict(id='p007', date='2025-08-20', lang='en',
     event='2025 scaffolding around the Zhoshy Khan mausoleum (Ulytau district) falls in a gust, two restorers hurt (Ulytau Region); a looter killed when his shaft into a Taldy necropolis mound near Karkaraly collapses (Karaganda Region); graffiti on the Terekty Aulie petroglyphs (vandalism, not counted); the abolished Zhezkazgan region; looting in three districts',
     text="""Restorers hurt at Zhoshy Khan mausoleum; looter dies in Karkaraly mound
ZHEZKAZGAN, Aug 20 (Vlast.kz) - Two restorers were injured on Tuesday when the scaffolding around the Zhoshy Khan mausoleum in Ulytau region gave way in a gust of wind, the regional akimat said. One of them, a 24-year-old from Satpayev, is in intensive care at the Zhezkazgan city hospital.

The 13th-century mausoleum stands on the bank of the Kengir river about 50 km north-east of Zhezkazgan, in Ulytau district. It is being restored for the first time since 1946. Work on the dome was due to end in October; it has now been suspended while inspectors check the scaffolding firm's licence.

The monument has changed administrative homes several times. In Soviet years it lay in Zhezkazgan region, in 1997 it passed to Karaganda region, and since 2022 it has belonged to Ulytau region, whose akimat now pays for the restoration. The nearby Alasha Khan and Dombauyl mausoleums are next in line.

Also in Ulytau district, rangers found the Terekty Aulie petroglyphs daubed with spray paint last week. "Someone wrote his name across a 3,000-year-old horse," said the ranger, Erlan Zhaksybekov. Police have not found the culprit.

Events were grimmer in Karaganda region. On Sunday night a man died when the shaft he was digging into a Bronze Age mound near Karkaraly collapsed on him. His two companions fled and later turned themselves in to police in Karaganda. The mound belongs to the Taldy necropolis in Karkaraly district, where archaeologists found gold jewellery in 1994.

Looters have dug into mounds in at least three districts of the region this year, according to the regional museum in Karaganda, which wants drones to watch the largest burial fields. Its director, Aliya Serikova, said black-market buyers in Almaty and across the border in Russia pay well for bronze arrowheads and gold.

Archaeologists fear the problem will spread as more sites in central Kazakhstan become known online.""",
     ann=[
        ('Zhoshy Khan mausoleum', 0, 'facility', 'Zhoshy Khan mausoleum', UR, {'subkind': 'mausoleum', 'note': 'headline; in Ulytau district, named after a person'}),
        ('Karkaraly', 0, 'city', 'Karkaraly', KR, {'note': 'headline; the mound lies near the town'}),
        ('ZHEZKAZGAN', 0, 'city', 'Zhezkazgan', UR, {'note': 'dateline; Ulytau Region since 2022-06-08'}),
        ('Zhoshy Khan mausoleum', 1, 'facility', 'Zhoshy Khan mausoleum', UR, {'subkind': 'mausoleum'}),
        ('Ulytau region', 0, 'region', UR, UR),
        ('Satpayev', 0, 'city', 'Satpayev', UR, {'note': "NI:the restorer's origin"}),
        ('Zhezkazgan', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:hospital, inside the name of a city hospital'}),
        ('Kengir', 0, 'facility', 'Kengir River', N, {'subkind': 'river'}),
        ('Zhezkazgan', 1, 'city', 'Zhezkazgan', UR, {'note': 'NI:reference point'}),
        ('Ulytau district', 0, 'district', 'Ulytau District', UR),
        ('Zhezkazgan region', 0, 'region', UR, UR, {'uncertain': True, 'note': 'NI:history; the abolished Zhezkazgan Region (1973-1988, 1990-1997), labelled with the unit holding the mausoleum on the article date'}),
        ('Karaganda region', 0, 'region', KR, KR, {'note': 'NI:history; the unit of the mausoleum 1997-2022'}),
        ('Ulytau region', 1, 'region', UR, UR, {'note': 'NI:background (funding)'}),
        ('Alasha Khan', 0, 'facility', 'Alasha Khan mausoleum', UR, {'subkind': 'mausoleum', 'note': 'NI:planned restoration; in a list sharing "mausoleums"'}),
        ('Dombauyl', 0, 'facility', 'Dombauyl mausoleum', UR, {'subkind': 'mausoleum', 'note': 'NI:planned restoration; in a list sharing "mausoleums"'}),
        ('Ulytau district', 1, 'district', 'Ulytau District', UR, {'note': 'vandalism, not an incident'}),
        ('Terekty Aulie petroglyphs', 0, 'facility', 'Terekty Aulie petroglyphs', UR, {'subkind': 'archaeological site', 'note': 'graffiti: vandalism, not an incident'}),
        ('Karaganda region', 1, 'region', KR, KR),
        ('Karkaraly', 1, 'city', 'Karkaraly', KR, {'note': 'the collapse happened near the town'}),
        ('Karaganda', 2, 'city', 'Karaganda', KR, {'note': 'NI:where the companions gave themselves up'}),
        ('Taldy necropolis', 0, 'facility', 'Taldy necropolis', KR, {'subkind': 'burial mounds', 'note': 'not Taldykorgan'}),
        ('Karkaraly district', 0, 'district', 'Karkaraly District', KR),
        ('three districts', 0, 'quantified', '3 districts', N, {'count': 3, 'unit': 'district', 'note': 'looting of mounds, not incidents'}),
        ('Karaganda', 3, 'city', 'Karaganda', KR, {'note': 'NI:seat of the regional museum'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:residence of black-market buyers'}),
        ('Russia', 0, 'foreign', 'Russia', N, {'note': 'NI:residence of buyers'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N, {'note': 'directional phrase "central Kazakhstan": only the country'}),
     ],
     inc={UR: (1, 'accident: scaffolding around the Zhoshy Khan mausoleum gave way, two restorers injured; the Terekty Aulie graffiti is vandalism, not counted'),
          KR: (1, 'deadly mishap: a looter killed when his shaft into a mound of the Taldy necropolis near Karkaraly collapsed')}),

dict(id='p008', date='2001-05-22', lang='en',
     event='2001 spring flood of the Ural washes away part of the Saraishyk site and floods 30 houses in the village of Saraishyk, Makhambet district (Atyrau Region); Atyrau the former Guryev; a dam on the Ural discussed with experts from Astrakhan',
     text="""Ural flood eats into medieval Saraishyk, 30 houses under water
ATYRAU, May 22 (Kazinform) - The spring flood of the Ural river has washed away another strip of the bank at Saraishyk, the Golden Horde town in Makhambet district, and flooded 30 houses in the nearby village of Saraishyk, the regional emergencies department said on Tuesday.
Families were moved to the school in Makhambet, the district centre. Along the crumbling bank, villagers picked up pottery and copper coins that the water had washed out of the old town's layers.
"Since the 1950s the river has taken more than half of the site," said Marat Kusainov, a historian at the regional museum in Atyrau, the city known in Soviet times as Guryev. He said khans of the Nogai Horde were buried at Saraishyk and that their graves could be lost within ten years.
The akimat plans to build a stone embankment with engineers from Astrakhan in Russia, who protect sites on the lower Volga in the same way.""",
     ann=[
        ('Ural', 0, 'facility', 'Ural River', N, {'subkind': 'river', 'note': 'headline'}),
        ('Saraishyk', 0, 'facility', 'Saraishyk (archaeological site)', ATR, {'subkind': 'archaeological site', 'note': 'headline; the medieval town'}),
        ('ATYRAU', 0, 'city', 'Atyrau', ATR, {'note': 'dateline'}),
        ('Ural river', 0, 'facility', 'Ural River', N, {'subkind': 'river'}),
        ('Saraishyk', 1, 'facility', 'Saraishyk (archaeological site)', ATR, {'subkind': 'archaeological site'}),
        ('Makhambet district', 0, 'district', 'Makhambet District', ATR),
        ('Saraishyk', 2, 'village', 'Saraishyk', ATR, {'note': 'the village, not the site'}),
        ('Makhambet', 1, 'village', 'Makhambet', ATR, {'note': 'NI:evacuation destination; district centre'}),
        ('Atyrau', 0, 'city', 'Atyrau', ATR, {'note': "NI:the historian's workplace"}),
        ('Guryev', 0, 'city', 'Atyrau', ATR, {'note': 'NI:former name of Atyrau'}),
        ('Saraishyk', 3, 'facility', 'Saraishyk (archaeological site)', ATR, {'subkind': 'archaeological site', 'note': 'NI:history (burials of khans)'}),
        ('Astrakhan', 0, 'foreign', 'Astrakhan', N, {'note': "NI:engineers' origin"}),
        ('Russia', 0, 'foreign', 'Russia', N, {'note': "NI:engineers' origin"}),
        ('Volga', 0, 'foreign', 'Volga River', N, {'subkind': 'river', 'note': 'NI:river in Russia'}),
     ],
     inc={ATR: (1, 'flood: spring flood of the Ural washed away part of the Saraishyk site and flooded 30 houses in the village, Makhambet district')}),
]
