"""English texts of the forty-ninth unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p001', date='2015-05-29', lang='en',
     event='2015 saiga die-off of the Betpak-Dala population in four regions: Zhangeldi and Amangeldy districts (Kostanay Region), Irgiz district (Aktobe Region), south of Lake Tengiz (Akmola Region), Ulytau district (Karaganda Region before the 2022 split); poachers fire at rangers in Zhanaarka district (Karaganda Region); 2010 die-off in Zhanibek district recalled (West Kazakhstan Region); labs in Almaty and London; Kalmykia and China',
     text="""Saiga die-off spreads to four regions as scientists search for a cause
ASTANA, May 29 (Reuters) - More than 120,000 saiga antelopes have died in less than three weeks on the calving grounds of the Betpak-Dala population, Kazakhstan's agriculture ministry said on Friday, calling it the worst loss since the animals were first counted in Soviet times.

Carcasses were first found on May 10 near the village of Torgai, in Zhangeldi district of Kostanay region, where rangers of the Altyn Dala reserve counted several thousand dead females and calves in one shallow valley. Within a week animals were dying across neighbouring Amangeldy district and in Irgiz district of Aktobe region, close to the Irgiz-Turgay reserve.

On Tuesday the ministry confirmed losses south of Lake Tengiz in Akmola region and in Ulytau district of Karaganda region, where herds had moved north from the Betpak-Dala desert. The die-off has now been recorded in four regions. "We are burying animals with bulldozers," said Serik Abenov, a veterinary inspector in Arkalyk, the town nearest the worst-hit grounds.

Laboratories in Almaty and London are testing tissue samples. Early results point to a bacterial infection, possibly set off by an unusually warm and wet May. "Nothing like this has been seen in such a short time," said a biologist of the Association for the Conservation of Biodiversity of Kazakhstan. A smaller outbreak killed about 12,000 saigas in Zhanibek district of West Kazakhstan region in 2010. The western herds and the saigas of Russia's Kalmykia have not been affected this year, officials said.

Poaching has not stopped either. Late on Sunday two rangers were wounded when men on motorcycles fired at their patrol car in Zhanaarka district of Karaganda region; the attackers escaped, leaving behind 40 saiga horns. In the 1990s, when dealers smuggled horns by the thousand across the border to China, the Betpak-Dala herds fell from about half a million head to a few thousand.

The ministry has closed the calving grounds to all visitors until the end of June.""",
     ann=[
        ('four regions', 0, 'quantified', '4 regions', N, {'count': 4, 'unit': 'region', 'note': 'headline; the four regions are named in the text'}),
        ('ASTANA', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Betpak-Dala', 0, 'facility', 'Betpak-Dala', N, {'subkind': 'desert', 'note': 'population named after the desert'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('Torgai', 0, 'village', 'Torgai', KOR, {'note': 'centre of Zhangeldi district'}),
        ('Zhangeldi district', 0, 'district', 'Zhangeldi District', KOR),
        ('Kostanay region', 0, 'region', KOR, KOR),
        ('Altyn Dala reserve', 0, 'facility', 'Altyn Dala Nature Reserve', KOR, {'subkind': 'nature reserve'}),
        ('Amangeldy district', 0, 'district', 'Amangeldy District', KOR),
        ('Irgiz district', 0, 'district', 'Irgiz District', AR),
        ('Aktobe region', 0, 'region', AR, AR),
        ('Irgiz-Turgay reserve', 0, 'facility', 'Irgiz-Turgay Nature Reserve', AR, {'subkind': 'nature reserve'}),
        ('Lake Tengiz', 0, 'facility', 'Lake Tengiz', N, {'subkind': 'lake', 'note': 'lake in Akmola Region; not the Tengiz oil field'}),
        ('Akmola region', 0, 'region', AKR, AKR),
        ('Ulytau district', 0, 'district', 'Ulytau District', KR, {'note': 'Karaganda Region before 2022-06-08; not Ulytau Region'}),
        ('Karaganda region', 0, 'region', KR, KR),
        ('Betpak-Dala desert', 0, 'facility', 'Betpak-Dala', N, {'subkind': 'desert'}),
        ('four regions', 1, 'quantified', '4 regions', N, {'count': 4, 'unit': 'region', 'note': 'Kostanay, Aktobe, Akmola and Karaganda regions, all named'}),
        ('Arkalyk', 0, 'city', 'Arkalyk', KOR, {'note': 'NI:workplace of the inspector'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:laboratories'}),
        ('London', 0, 'foreign', 'London', N, {'note': 'NI:laboratories'}),
        ('Zhanibek district', 0, 'district', 'Zhanibek District', WKR),
        ('West Kazakhstan region', 0, 'region', WKR, WKR),
        ('Russia', 0, 'foreign', 'Russia', N),
        ('Kalmykia', 0, 'foreign', 'Kalmykia', N),
        ('Zhanaarka district', 0, 'district', 'Zhanaarka District', KR, {'note': 'Karaganda Region before 2022-06-08 (Ulytau Region since)'}),
        ('Karaganda region', 1, 'region', KR, KR),
        ('China', 0, 'foreign', 'China', N, {'note': 'NI:destination of smuggled horns'}),
        ('Betpak-Dala', 2, 'facility', 'Betpak-Dala', N, {'subkind': 'desert', 'note': 'herds named after the desert'}),
     ],
     inc={KOR: (1, 'saiga die-off in Zhangeldi (near Torgai) and Amangeldy districts; one natural disaster per region'),
          AR: (1, 'saiga die-off in Irgiz district'),
          AKR: (1, 'saiga die-off south of Lake Tengiz'),
          KR: (2, 'saiga die-off in Ulytau district; poachers fired at a rangers\' patrol car in Zhanaarka district, two wounded'),
          WKR: (1, 'background: 2010 die-off of about 12,000 saigas in Zhanibek district, narrated explicitly (doubtful)')}),

dict(id='p002', date='1996-08-14', lang='en',
     event='1996 forest fire in the Irtysh pine belt in Beskaragai district of Semipalatinsk Region (abolished 1997; East Kazakhstan Region land before 2022); residents of Begen moved to Semipalatinsk, soldiers from Kurchatov; a second fire near Shcherbakty (Pavlodar Region)',
     text="""Forest fire rages in Irtysh pine belt
SEMIPALATINSK, Aug 14 (AP) - A forest fire has burnt more than 6,000 hectares of the relict pine belt along the Irtysh river in Beskaragai district of Semipalatinsk region, the regional emergencies committee said on Wednesday.
The fire started on Sunday near the village of Begen and was driven north-west by strong wind. About 400 residents of Begen were taken by bus to schools in Semipalatinsk. Soldiers from the garrison in Kurchatov joined some 900 foresters and volunteers.
A second fire broke out on Monday across the regional border in Pavlodar region, near Shcherbakty, and was put out within a day after burning 300 hectares of pine and birch.
The committee blamed the dry summer and careless hay-makers. Environmentalists in Almaty say the ribbon forests of the Irtysh valley have lost about a fifth of their area since 1991, mostly to fires and illegal felling.""",
     ann=[
        ('Irtysh', 0, 'facility', 'Irtysh River', N, {'subkind': 'river', 'note': 'headline; "Irtysh pine belt"'}),
        ('SEMIPALATINSK', 0, 'city', 'Semey', EKR, {'note': 'dateline; seat of Semipalatinsk Region (abolished 1997); East Kazakhstan Region land before 2022'}),
        ('Irtysh river', 0, 'facility', 'Irtysh River', N, {'subkind': 'river'}),
        ('Beskaragai district', 0, 'district', 'Beskaragai District', EKR, {'note': 'then in Semipalatinsk Region; East Kazakhstan Region land before 2022'}),
        ('Semipalatinsk region', 0, 'region', EKR, EKR, {'uncertain': True, 'note': 'the abolished Semipalatinsk Region (merged into East Kazakhstan Region in 1997), labelled with the canonical unit holding its land'}),
        ('Begen', 0, 'village', 'Begen', EKR),
        ('Begen', 1, 'village', 'Begen', EKR, {'note': 'NI:residence of evacuees'}),
        ('Semipalatinsk', 1, 'city', 'Semey', EKR, {'note': 'NI:evacuation point'}),
        ('Kurchatov', 0, 'city', 'Kurchatov', EKR, {'note': 'NI:origin of soldiers'}),
        ('Pavlodar region', 0, 'region', PR, PR),
        ('Shcherbakty', 0, 'village', 'Sharbakty', PR),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:residence of environmentalists'}),
        ('Irtysh valley', 0, 'facility', 'Irtysh River', N, {'subkind': 'valley'}),
     ],
     inc={EKR: (1, 'forest fire of more than 6,000 ha near Begen, Beskaragai district'),
          PR: (1, 'second forest fire near Shcherbakty, 300 ha')}),

dict(id='p003', date='2008-10-08', lang='en',
     event='2008 protest of mothers at the akimat in Shymkent (South Kazakhstan Region before the 2018 split) against the Shymkent lead plant (the old Chimkent lead works); lead in children\'s blood tested in Almaty; waste washed into the Badam river; commission from Astana',
     text="""Chimkent mothers picket akimat over lead plant
SHYMKENT, Oct 8 (KazTAG) - About 150 residents of the streets around the Shymkent lead plant gathered outside the regional akimat on Wednesday with photographs of their children, demanding that the plant's slag heaps be taken out of the city.
A clinic in Almaty that examined 60 children from the neighbourhood this summer found raised lead levels in the blood of 41 of them, the protesters said. "Our children breathe the dust of the Chimkent lead works, just as our parents did," one mother told reporters.
The plant, once the biggest lead smelter of Soviet times, has worked only in bursts since 1996. The South Kazakhstan regional ecology department said it had fined the owner twice this year for dust emissions, and that spring rains had washed waste from the heaps into the Badam river.
Deputy akim Bakhyt Sarsenov told the crowd that a commission from Astana would inspect the site next week.""",
     ann=[
        ('Chimkent', 0, 'city', 'Shymkent', SKR, {'note': 'headline; Soviet-era spelling; South Kazakhstan Region before 2018-06-19'}),
        ('SHYMKENT', 0, 'city', 'Shymkent', SKR, {'note': 'dateline'}),
        ('Shymkent lead plant', 0, 'facility', 'Shymkent Lead Plant', SKR, {'subkind': 'plant'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:clinic that tested the children'}),
        ('Chimkent lead works', 0, 'facility', 'Shymkent Lead Plant', SKR, {'subkind': 'plant', 'note': 'old name of the plant in a quote'}),
        ('South Kazakhstan', 0, 'region', SKR, SKR, {'note': 'inside the name of an authority'}),
        ('Badam river', 0, 'facility', 'Badam River', N, {'subkind': 'river', 'note': 'chronic pollution (not counted)'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of the commission'}),
     ],
     inc={SKR: (1, 'protest of about 150 residents outside the regional akimat in Shymkent')}),

dict(id='p004', date='2019-07-16', lang='en',
     event='2019 fish kill on the Ural (Zhaiyk) near Chapaev, Akzhaik district (West Kazakhstan Region) and near Makhambet (Atyrau Region); picket of fishermen at the akimat in Oral; ministry in Nur-Sultan asks Moscow about plants in Orenburg and Orsk; the Ilek carries chromium from Aktobe',
     text="""Dead fish on the Ural: Oral and Atyrau look upstream
ORAL, July 16 (Tengrinews) - Tonnes of dead fish have washed up on the banks of the Ural river in two Kazakh regions over the past week, and officials in Oral and Atyrau say the pollution most likely came from across the Russian border.

Fishermen in West Kazakhstan region first found dead bream, pike-perch and carp on July 9 near the village of Chapaev, in Akzhaik district, about 130 km downstream of Oral. On Saturday dead fish, including young sturgeon, were collected along 15 km of the river near Makhambet in Atyrau region. Samples taken near Makhambet showed oxygen levels four times below the norm, the Atyrau regional ecology department said.

On Monday about 60 fishermen and residents picketed the West Kazakhstan regional akimat in Oral, holding dead fish in plastic bags and demanding compensation. "The Zhaiyk feeds three villages here," said Marat Kenzhegaliev, a fisherman from Chapaev. "Nobody tells us what is in the water."

The ecology ministry in Nur-Sultan has asked Moscow for data on discharges from industrial plants in Orenburg and Orsk, on the Russian stretch of the river. Russian ecologists, in turn, point to the Ilek, a tributary that rises in Kazakhstan and for decades has carried chromium and boron from old chemical plants in Aktobe into the Ural.

The Ural, which Kazakhs call the Zhaiyk, is the only large river flowing into the Caspian Sea whose sturgeon runs are not blocked by a dam. Smaller fish kills were reported on the river in 2013 and 2016.

Officials have told people living along the river not to fish or swim until the test results are published, which may take two more weeks.""",
     ann=[
        ('Ural', 0, 'facility', 'Ural River', N, {'subkind': 'river', 'note': 'headline'}),
        ('Oral', 0, 'city', 'Oral', WKR, {'uncertain': True, 'note': 'headline; metonymy for the city\'s officials'}),
        ('Atyrau', 0, 'city', 'Atyrau', ATR, {'uncertain': True, 'note': 'headline; metonymy for officials, city or region'}),
        ('ORAL', 0, 'city', 'Oral', WKR, {'note': 'dateline'}),
        ('Ural river', 0, 'facility', 'Ural River', N, {'subkind': 'river'}),
        ('two Kazakh regions', 0, 'quantified', '2 regions', N, {'count': 2, 'unit': 'region', 'note': 'West Kazakhstan and Atyrau regions, both named'}),
        ('Oral', 1, 'city', 'Oral', WKR, {'note': 'NI:seat of officials'}),
        ('Atyrau', 1, 'city', 'Atyrau', ATR, {'note': 'NI:seat of officials'}),
        ('West Kazakhstan region', 0, 'region', WKR, WKR),
        ('Chapaev', 0, 'village', 'Chapaev', WKR, {'note': 'centre of Akzhaik district, named after a person'}),
        ('Akzhaik district', 0, 'district', 'Akzhaik District', WKR),
        ('Oral', 2, 'city', 'Oral', WKR, {'note': 'NI:reference point'}),
        ('Makhambet', 0, 'village', 'Makhambet', ATR, {'note': 'district centre named after a poet'}),
        ('Atyrau region', 0, 'region', ATR, ATR),
        ('Makhambet', 1, 'village', 'Makhambet', ATR),
        ('Atyrau', 3, 'region', ATR, ATR, {'note': 'inside the name of an authority ("Atyrau regional")'}),
        ('West Kazakhstan', 1, 'region', WKR, WKR, {'note': 'inside the name of an authority ("West Kazakhstan regional akimat")'}),
        ('Oral', 3, 'city', 'Oral', WKR),
        ('Zhaiyk', 0, 'facility', 'Ural River', N, {'subkind': 'river', 'note': 'Kazakh name of the Ural'}),
        ('Chapaev', 1, 'village', 'Chapaev', WKR, {'note': 'NI:residence of the speaker'}),
        ('Nur-Sultan', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the ministry; the capital named Nur-Sultan 2019-2022'}),
        ('Moscow', 0, 'foreign', 'Moscow', N),
        ('Orenburg', 0, 'foreign', 'Orenburg', N),
        ('Orsk', 0, 'foreign', 'Orsk', N),
        ('Ilek', 0, 'facility', 'Ilek River', N, {'subkind': 'river'}),
        ('Kazakhstan', 2, 'country', 'Kazakhstan', N),
        ('Aktobe', 0, 'city', 'Aktobe', AR, {'note': 'NI:chronic pollution source (not counted)'}),
        ('Ural', 2, 'facility', 'Ural River', N, {'subkind': 'river'}),
        ('Ural', 3, 'facility', 'Ural River', N, {'subkind': 'river'}),
        ('Zhaiyk', 1, 'facility', 'Ural River', N, {'subkind': 'river'}),
        ('Caspian Sea', 0, 'facility', 'Caspian Sea', N, {'subkind': 'sea'}),
     ],
     inc={WKR: (2, 'fish kill near Chapaev, Akzhaik district; picket of about 60 fishermen at the regional akimat in Oral'),
          ATR: (1, 'fish kill along 15 km of the river near Makhambet')}),

dict(id='p005', date='2021-06-03', lang='en',
     event='2021 locust damage in Maktaaral and Shardara districts (Turkistan Region, Atakent) and near Zhanakorgan (Kyzylorda Region); spraying in five regions; damage in two other, unnamed regions (unattributed); swarms from Uzbekistan and Afghanistan; a farmers\' union in Shymkent',
     text="""Locusts strip fields in Turkistan and Kyzylorda regions
NUR-SULTAN, June 3 (Kazinform) - Swarms of Moroccan and Italian locusts have damaged crops on more than 30,000 hectares in the Turkistan and Kyzylorda regions, and spraying is under way in five regions, the Agriculture Ministry said on Thursday.
The worst damage is in the Maktaaral and Shardara districts of Turkistan region, where farmers said cotton and melon fields were stripped within three days. In Kyzylorda region the insects destroyed pasture and rice seedlings near Zhanakorgan. Crops were also damaged in two other regions, which the ministry did not name.
Officials said part of the swarms had flown in from Uzbekistan and Afghanistan. "We sprayed our field twice and they came back," said Yerlan Dosov, who farms near Atakent. A farmers' union in Shymkent has asked the government to compensate the losses.
The ministry said 14 aircraft and 300 ground sprayers were working in the south and that the swarms should be under control within two weeks.""",
     ann=[
        ('Turkistan', 0, 'region', TR, TR, {'note': 'headline; in a list sharing "regions"'}),
        ('Kyzylorda', 0, 'region', KZR, KZR, {'note': 'headline; in a list sharing "regions"'}),
        ('NUR-SULTAN', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Turkistan', 1, 'region', TR, TR, {'note': 'in a list sharing "regions"'}),
        ('Kyzylorda', 1, 'region', KZR, KZR, {'note': 'in a list sharing "regions"'}),
        ('five regions', 0, 'quantified', '5 regions', N, {'count': 5, 'unit': 'region', 'note': 'spraying, a measure (not counted)'}),
        ('Maktaaral', 0, 'district', 'Maktaaral District', TR, {'note': 'in a list sharing "districts"'}),
        ('Shardara', 0, 'district', 'Shardara District', TR, {'note': 'in a list sharing "districts"; not the town'}),
        ('Turkistan region', 0, 'region', TR, TR),
        ('Kyzylorda region', 0, 'region', KZR, KZR),
        ('Zhanakorgan', 0, 'village', 'Zhanakorgan', KZR),
        ('two other regions', 0, 'quantified', '2 other regions', N, {'count': 2, 'unit': 'region', 'note': 'crop damage in two unnamed regions (unattributed)'}),
        ('Uzbekistan', 0, 'foreign', 'Uzbekistan', N, {'note': 'NI:origin of swarms'}),
        ('Afghanistan', 0, 'foreign', 'Afghanistan', N, {'note': 'NI:origin of swarms'}),
        ('Atakent', 0, 'village', 'Atakent', TR, {'note': 'settlement in Maktaaral district'}),
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:seat of a farmers\' union'}),
     ],
     inc={TR: (1, 'locust damage to crops in Maktaaral and Shardara districts; one natural disaster per region'),
          KZR: (1, 'locust damage to pasture and rice near Zhanakorgan')},
     unatt=[{'label': 'two other regions', 'count': 2, 'note': 'locust damage to crops in two regions the ministry did not name'}]),

dict(id='p006', date='2024-09-20', lang='en',
     event='2024 illegal felling of larches in the Katon-Karagay national park above Uryl (East Kazakhstan Region); men from Altai (the former Zyryanovsk) detained, timber for Oskemen; rangers\' cordon near Berel burnt in August (arson); similar felling in the Markakol reserve (Kurchum district); Russia and China',
     text="""Rangers uncover illegal felling in Katon-Karagay park
UST-KAMENOGORSK, Sept 20 (Vlast.kz) - Rangers of the Katon-Karagay national park have found about 300 freshly felled larches and Siberian pines in a remote valley above the village of Uryl, not far from the borders with Russia and China, the park administration said on Friday.
Three men from the town of Altai, the former Zyryanovsk, were detained with a truck and two chainsaws on a forest track leading down to the Bukhtarma river. Police said the timber was to be sold to sawmills in Oskemen.
The park's director, Aidos Seitkali, said the same group was suspected of setting fire to a rangers' cordon near Berel in August, a week after two of its members had been fined for felling. Nobody was in the log hut when it burned down.
Rangers of the Markakol reserve in neighbouring Kurchum district reported a similar case in July. Both protected areas lie in East Kazakhstan region, where the forest service has recorded 46 cases of illegal logging since January.""",
     ann=[
        ('Katon-Karagay park', 0, 'facility', 'Katon-Karagay National Park', EKR, {'subkind': 'national park', 'note': 'headline'}),
        ('UST-KAMENOGORSK', 0, 'city', 'Oskemen', EKR, {'note': 'dateline; Russian name of Oskemen'}),
        ('Katon-Karagay national park', 0, 'facility', 'Katon-Karagay National Park', EKR, {'subkind': 'national park'}),
        ('Uryl', 0, 'village', 'Uryl', EKR, {'note': 'felling found (not counted)'}),
        ('Russia', 0, 'foreign', 'Russia', N, {'note': 'NI:reference point'}),
        ('China', 0, 'foreign', 'China', N, {'note': 'NI:reference point'}),
        ('Altai', 0, 'city', 'Altai', EKR, {'note': 'NI:residence of the detained men; the town, not the mountains'}),
        ('Zyryanovsk', 0, 'city', 'Altai', EKR, {'note': 'NI:former name of the town (until 2019)'}),
        ('Bukhtarma river', 0, 'facility', 'Bukhtarma River', N, {'subkind': 'river'}),
        ('Oskemen', 0, 'city', 'Oskemen', EKR, {'note': 'NI:destination of the timber'}),
        ('Berel', 0, 'village', 'Berel', EKR),
        ('Markakol reserve', 0, 'facility', 'Markakol Nature Reserve', EKR, {'subkind': 'nature reserve'}),
        ('Kurchum district', 0, 'district', 'Kurchum District', EKR),
        ('East Kazakhstan region', 0, 'region', EKR, EKR),
     ],
     inc={EKR: (1, 'arson of a rangers\' cordon near Berel in August (background narrated explicitly); illegal felling is not counted')}),

dict(id='p007', date='2022-12-08', lang='en',
     event='2022 seal die-off on the coast of Tupkaragan district between Fort-Shevchenko and Bautino (Mangystau Region) and in Isatay district (Atyrau Region); 2,500 dead seals in Dagestan (Russia); rally of residents of Aktau and Akshukur against dust from the Koshkar-Ata tailings pond; ecology commission from Astana',
     text="""Dead seals wash up on Mangystau coast as Dagestan reports 2,500
AKTAU, Dec 8 (Reuters) - Rangers and volunteers have counted 470 dead Caspian seals on the coast of Tupkaragan district in Kazakhstan's Mangystau region over the past week, the regional natural resources department said on Thursday.

Most carcasses lay on the beaches between Fort-Shevchenko and the port village of Bautino. In neighbouring Atyrau region, fishermen reported some 30 dead seals on the shallows of Isatay district.

Across the sea, authorities in Russia's Dagestan said about 2,500 seals had been found dead near Makhachkala at the start of the month. Russian scientists suggested a natural cause, such as a lack of oxygen or a disease, while environmental groups in Aktau pointed to oil and gas production offshore. The Caspian seal, listed as endangered, lives only in the Caspian Sea, which Kazakhstan shares with Russia, Iran, Azerbaijan and Turkmenistan.

Anger on the coast is also growing over the Koshkar-Ata tailings pond, a Soviet-era dump of uranium and chemical waste about 8 km from Aktau. On Tuesday about 200 residents of Aktau and the nearby village of Akshukur rallied outside the regional akimat, saying the wind had blown dust from the dried edges of the pond over their homes all autumn. "We breathe this every day," said a retired teacher, Saule Utegenova.

Officials have promised to finish covering the dry shore of Koshkar-Ata by 2025. A commission of the ecology ministry arrived from Astana on Wednesday to inspect the pond and to take samples from the dead seals.

The department said no dead seals had been found near Aktau itself, and that patrols would continue along the coast until the sea freezes.""",
     ann=[
        ('Mangystau', 0, 'region', MR, MR, {'note': 'headline; "Mangystau coast"'}),
        ('Dagestan', 0, 'foreign', 'Dagestan', N, {'note': 'headline'}),
        ('AKTAU', 0, 'city', 'Aktau', MR, {'note': 'dateline'}),
        ('Tupkaragan district', 0, 'district', 'Tupkaragan District', MR),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('Mangystau region', 0, 'region', MR, MR),
        ('Fort-Shevchenko', 0, 'city', 'Fort-Shevchenko', MR),
        ('Bautino', 0, 'village', 'Bautino', MR),
        ('Atyrau region', 0, 'region', ATR, ATR),
        ('Isatay district', 0, 'district', 'Isatay District', ATR),
        ('Russia', 0, 'foreign', 'Russia', N),
        ('Dagestan', 1, 'foreign', 'Dagestan', N),
        ('Makhachkala', 0, 'foreign', 'Makhachkala', N),
        ('Aktau', 0, 'city', 'Aktau', MR, {'note': 'NI:seat of environmental groups'}),
        ('Caspian Sea', 0, 'facility', 'Caspian Sea', N, {'subkind': 'sea'}),
        ('Kazakhstan', 1, 'country', 'Kazakhstan', N),
        ('Russia', 1, 'foreign', 'Russia', N),
        ('Iran', 0, 'foreign', 'Iran', N),
        ('Azerbaijan', 0, 'foreign', 'Azerbaijan', N),
        ('Turkmenistan', 0, 'foreign', 'Turkmenistan', N),
        ('Koshkar-Ata tailings pond', 0, 'facility', 'Koshkar-Ata Tailings Pond', MR, {'subkind': 'tailings pond'}),
        ('Aktau', 1, 'city', 'Aktau', MR, {'note': 'NI:reference point'}),
        ('Aktau', 2, 'city', 'Aktau', MR, {'note': 'NI:residence of protesters (the rally was at the regional akimat)'}),
        ('Akshukur', 0, 'village', 'Akshukur', MR, {'note': 'NI:residence of protesters'}),
        ('Koshkar-Ata', 1, 'facility', 'Koshkar-Ata Tailings Pond', MR, {'subkind': 'tailings pond'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of the commission; Astana again since 2022-09-17'}),
        ('Aktau', 3, 'city', 'Aktau', MR, {'note': 'NI:no dead seals there'}),
     ],
     inc={MR: (2, 'seal die-off on the coast of Tupkaragan district; rally of about 200 residents outside the regional akimat over Koshkar-Ata dust'),
          ATR: (1, 'seal die-off (some 30 dead seals) in Isatay district')}),

dict(id='p008', date='2025-08-12', lang='en',
     event='2025 steppe fire of 2,000 ha in the Altyn-Emel national park, Kerbulak district (Jetisu Region); firefighters from Taldykorgan and Konaev (the former Kapshagay); a separate fire in the Charyn national park, Uygur district (Almaty Region); park office in Basshi',
     text="""Steppe fire burns 2,000 hectares in Altyn-Emel park
TALDYKORGAN, Aug 12 (Kazinform) - A steppe fire has burnt about 2,000 hectares of the Altyn-Emel national park in Kerbulak district of Jetisu region, the regional emergencies department said on Tuesday.
The fire began on Sunday afternoon in dry grass west of the Singing Dune and was put out on Monday night by 180 firefighters from Taldykorgan and Konaev, the former Kapshagay, helped by a helicopter. Rangers said herds of kulans and goitered gazelles had moved away towards the Ili river and that no dead animals had been found.
On the same day a separate fire burnt 40 hectares of the Charyn national park in Uygur district of Almaty region, including part of the relict ash grove along the Charyn river. Investigators suspect tourists' campfires in both cases.
The park administration in the village of Basshi said visitors would not be allowed into the burnt area of Altyn-Emel until the autumn.""",
     ann=[
        ('Altyn-Emel park', 0, 'facility', 'Altyn-Emel National Park', JTR, {'subkind': 'national park', 'note': 'headline'}),
        ('TALDYKORGAN', 0, 'city', 'Taldykorgan', JTR, {'note': 'dateline; Jetisu Region since 2022-06-08'}),
        ('Altyn-Emel national park', 0, 'facility', 'Altyn-Emel National Park', JTR, {'subkind': 'national park'}),
        ('Kerbulak district', 0, 'district', 'Kerbulak District', JTR),
        ('Jetisu region', 0, 'region', JTR, JTR),
        ('Singing Dune', 0, 'facility', 'Singing Dune', N, {'subkind': 'dune', 'note': 'natural feature in the park'}),
        ('Taldykorgan', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:origin of firefighters'}),
        ('Konaev', 0, 'city', 'Konaev', ALR, {'note': 'NI:origin of firefighters'}),
        ('Kapshagay', 0, 'city', 'Konaev', ALR, {'note': 'NI:former name of Konaev (renamed 2022)'}),
        ('Ili river', 0, 'facility', 'Ili River', N, {'subkind': 'river'}),
        ('Charyn national park', 0, 'facility', 'Charyn National Park', ALR, {'subkind': 'national park'}),
        ('Uygur district', 0, 'district', 'Uygur District', ALR),
        ('Almaty region', 0, 'region', ALR, ALR),
        ('Charyn river', 0, 'facility', 'Charyn River', N, {'subkind': 'river'}),
        ('Basshi', 0, 'village', 'Basshi', JTR, {'note': 'NI:seat of the park administration'}),
        ('Altyn-Emel', 2, 'facility', 'Altyn-Emel National Park', JTR, {'subkind': 'national park', 'note': 'short name of the park'}),
     ],
     inc={JTR: (1, 'steppe fire of about 2,000 ha in the Altyn-Emel national park'),
          ALR: (1, 'fire of 40 ha in the Charyn national park, Uygur district')}),
]
