"""English texts of the fifty-second unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p001', date='2024-01-29', lang='en',
     event='2024 weekend ice round-up: 41 fishermen on a floe off Isatay district (Atyrau Region), 11 on a floe on Lake Balkhash near the town of Balkhash (Karaganda Region), an angler drowned in the Kapshagay reservoir off Konaev (Almaty Region), a car through the ice of the Bukhtarma reservoir near Serebryansk (East Kazakhstan Region); hospital in Altai (the former Zyryanovsk); floes in three other, unnamed regions (unattributed); season statistics',
     text="""Weekend on the ice: floes carry off anglers on the Caspian and Balkhash, one man drowns off Konaev
ASTANA, Jan 29 (Kazinform) - Rescuers in at least four regions spent the weekend pulling winter anglers off breaking ice, the Emergencies Ministry said on Monday, warning that a thaw forecast for the south and west will make the ice on lakes and reservoirs even more treacherous.

The biggest operation was on the Caspian. On Saturday morning a floe about two kilometres long broke away from the coast of Isatay district, south-west of Atyrau, with 41 fishermen and six snowmobiles on it. A Kazaviaspas helicopter and two hovercraft of the Atyrau region emergencies department took everyone off by dusk. "The crack opened behind us in a minute, there was nothing to do but wait," one of the anglers, a welder from Kulsary, told local television.

On Lake Balkhash, eleven fishermen were carried off on a floe 3 km from the shore near the town of Balkhash on Sunday. The Karaganda region emergencies department sent a hovercraft and brought them back within four hours; two were treated for frostbite.

At the Kapshagay reservoir a 52-year-old man from Almaty went through the ice while fishing about 300 metres off the shore near Konaev. Divers recovered his body on Sunday evening. The Almaty region emergencies department said the ice there was less than 10 cm thick.

In East Kazakhstan region, a car with three men inside fell through the ice of the Bukhtarma reservoir near Serebryansk. All three got out through the windows and were taken to the district hospital in Altai, the former Zyryanovsk, with hypothermia.

The ministry said anglers had also been taken off floes in three other regions, which it did not name. Since the ice season began in December, 236 people have been rescued from the ice across Kazakhstan. Driving onto the ice of the Caspian, Balkhash, Kapshagay and Bukhtarma is banned until further notice.""",
     ann=[
        ('Caspian', 0, 'facility', 'Caspian Sea', N, {'subkind': 'sea', 'note': 'headline'}),
        ('Balkhash', 0, 'facility', 'Lake Balkhash', N, {'subkind': 'lake', 'note': 'headline; the lake, not the town'}),
        ('Konaev', 0, 'city', 'Konaev', ALR, {'note': 'headline; the former Kapshagay'}),
        ('ASTANA', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('four regions', 0, 'quantified', '4 regions', N, {'count': 4, 'unit': 'region', 'note': 'all four are named below'}),
        ('Caspian', 1, 'facility', 'Caspian Sea', N, {'subkind': 'sea', 'note': 'the floe broke away off Isatay district (Atyrau Region)'}),
        ('Isatay district', 0, 'district', 'Isatay District', ATR),
        ('Atyrau', 0, 'city', 'Atyrau', ATR, {'note': 'NI:reference point'}),
        ('Atyrau region', 0, 'region', ATR, ATR, {'note': 'inside the name of an authority'}),
        ('Kulsary', 0, 'city', 'Kulsary', ATR, {'note': "NI:an angler's home town"}),
        ('Lake Balkhash', 0, 'facility', 'Lake Balkhash', N, {'subkind': 'lake'}),
        ('Balkhash', 2, 'city', 'Balkhash', KR, {'note': 'the town on the lake'}),
        ('Karaganda region', 0, 'region', KR, KR, {'note': 'inside the name of an authority'}),
        ('Kapshagay reservoir', 0, 'facility', 'Kapshagay reservoir', N, {'subkind': 'reservoir', 'note': 'water body, adm1 null like natural features; lies in Almaty Region'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': "NI:the victim's home city"}),
        ('Konaev', 1, 'city', 'Konaev', ALR),
        ('Almaty region', 0, 'region', ALR, ALR, {'note': 'inside the name of an authority'}),
        ('East Kazakhstan region', 0, 'region', EKR, EKR),
        ('Bukhtarma reservoir', 0, 'facility', 'Bukhtarma reservoir', N, {'subkind': 'reservoir', 'note': 'water body, adm1 null like natural features; lies in East Kazakhstan Region'}),
        ('Serebryansk', 0, 'city', 'Serebryansk', EKR),
        ('Altai', 0, 'city', 'Altai', EKR, {'note': 'NI:hospital town; the town, not the mountains'}),
        ('Zyryanovsk', 0, 'city', 'Altai', EKR, {'note': 'NI:former name of Altai town (renamed 2019)'}),
        ('three other regions', 0, 'quantified', '3 other regions', N, {'count': 3, 'unit': 'region', 'note': 'anglers taken off floes in three unnamed regions'}),
        ('Kazakhstan', 1, 'country', 'Kazakhstan', N),
        ('Caspian', 2, 'facility', 'Caspian Sea', N, {'subkind': 'sea', 'note': 'NI:driving ban'}),
        ('Balkhash', 3, 'facility', 'Lake Balkhash', N, {'subkind': 'lake', 'note': 'NI:driving ban'}),
        ('Kapshagay', 1, 'facility', 'Kapshagay reservoir', N, {'subkind': 'reservoir', 'note': 'NI:driving ban; the reservoir, not the old name of Konaev'}),
        ('Bukhtarma', 1, 'facility', 'Bukhtarma reservoir', N, {'subkind': 'reservoir', 'note': 'NI:driving ban'}),
     ],
     inc={ATR: (1, 'floe with 41 fishermen broke away off Isatay district on the Caspian; all taken off'),
          KR: (1, 'floe with eleven fishermen on Lake Balkhash near the town of Balkhash; two with frostbite'),
          ALR: (1, 'angler went through the ice of the Kapshagay reservoir off Konaev and drowned'),
          EKR: (1, 'car fell through the ice of the Bukhtarma reservoir near Serebryansk, three men with hypothermia')},
     unatt=[{'label': 'three other regions', 'count': 3, 'note': 'anglers taken off floes in three other, unnamed regions'}]),

dict(id='p002', date='1994-03-09', lang='en',
     event='1994 military helicopter lifts 19 fishermen off a drifting floe in the northern Caspian near the mouth of the Ural (Atyrau Region); Atyrau "the former Guryev"; helicopter from Astrakhan (Russia); fishermen from Balykshy; officials in Almaty',
     text="""Helicopter lifts 19 fishermen off Caspian floe
ATYRAU, March 9 (Interfax) - Nineteen fishermen who spent two nights on a drifting ice floe in the northern Caspian were lifted off by a military helicopter on Wednesday, the regional emergencies administration in Atyrau, the former Guryev, said.
The men had gone out onto the ice near the mouth of the Ural river on Sunday to set nets. On Monday a strong north-easterly wind broke the ice and the floe drifted some 30 km out to sea. A Mi-8 sent from Astrakhan found them on Tuesday evening but could not land before dark, and dropped warm clothes and food.
All 19, residents of the fishing village of Balykshy and of Atyrau itself, were taken to the city hospital; four have frostbite.
Officials in Almaty said Kazakhstan had no helicopter able to fly over the sea in winter and had asked Russia's Emergencies Ministry for help.""",
     ann=[
        ('Caspian', 0, 'facility', 'Caspian Sea', N, {'subkind': 'sea', 'note': 'headline'}),
        ('ATYRAU', 0, 'city', 'Atyrau', ATR, {'note': 'dateline'}),
        ('Caspian', 1, 'facility', 'Caspian Sea', N, {'subkind': 'sea', 'note': 'the floe drifted off the Atyrau coast'}),
        ('Atyrau', 0, 'city', 'Atyrau', ATR, {'note': 'NI:seat of the regional administration'}),
        ('Guryev', 0, 'city', 'Atyrau', ATR, {'note': 'NI:Soviet name of Atyrau (renamed 1991)'}),
        ('Ural river', 0, 'facility', 'Ural River', N, {'subkind': 'river'}),
        ('Astrakhan', 0, 'foreign', 'Astrakhan', N, {'note': 'NI:origin of the helicopter'}),
        ('Balykshy', 0, 'village', 'Balykshy', ATR, {'note': 'NI:residence of the fishermen'}),
        ('Atyrau', 1, 'city', 'Atyrau', ATR, {'note': 'NI:residence of the fishermen'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:seat of the government (capital in 1994)'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('Russia', 0, 'foreign', 'Russia', N),
     ],
     inc={ATR: (1, 'floe with 19 fishermen drifted off near the mouth of the Ural; the sea has no ADM1, the event is off the Atyrau coast')}),

dict(id='p003', date='2003-08-11', lang='en',
     event='2003 search for two Novosibirsk climbers missing on Mount Belukha (Katon-Karagay district, East Kazakhstan Region); rescuers from Ust-Kamenogorsk; Rakhmanovskiye Klyuchi and the Berel glacier; Russian team from the Altai Republic',
     text="""Two Russian climbers missing on Belukha
UST-KAMENOGORSK, Aug 11 (KazTAG) - A helicopter and a team of mountain rescuers from Ust-Kamenogorsk were searching on Monday for two climbers from Novosibirsk who went missing on the Kazakh side of Mount Belukha, the highest peak of the Altai, the East Kazakhstan emergencies department said.
The pair, a man and a woman in their thirties, set out from the Rakhmanovskiye Klyuchi sanatorium in Katon-Karagay district on August 5 and were due back on Saturday. Their last radio call came from the Berel glacier on Thursday, before a snowstorm closed the pass.
Rescuers from Russia's Altai Republic are searching the northern slopes. "Visibility is down to 20 metres, the helicopter can only fly in the morning," said Yerlan Kasymov, who leads the Kazakh team.
Climbers need a border permit to go up Belukha from the Kazakh side, and the pair had one, the border post in Katon-Karagay said.""",
     ann=[
        ('Belukha', 0, 'facility', 'Mount Belukha', N, {'subkind': 'peak', 'note': 'headline; on the Kazakhstan-Russia border'}),
        ('UST-KAMENOGORSK', 0, 'city', 'Oskemen', EKR, {'note': 'dateline; Russian name'}),
        ('Ust-Kamenogorsk', 0, 'city', 'Oskemen', EKR, {'note': 'NI:origin of the rescuers'}),
        ('Novosibirsk', 0, 'foreign', 'Novosibirsk', N, {'note': "NI:climbers' home city"}),
        ('Mount Belukha', 0, 'facility', 'Mount Belukha', N, {'subkind': 'peak'}),
        ('Altai', 0, 'facility', 'Altai Mountains', N, {'subkind': 'mountain range', 'note': 'the range, not the town or the Russian republic'}),
        ('East Kazakhstan', 0, 'region', EKR, EKR, {'note': 'inside the name of an authority'}),
        ('Rakhmanovskiye Klyuchi', 0, 'facility', 'Rakhmanovskiye Klyuchi', EKR, {'subkind': 'sanatorium', 'note': 'NI:starting point of the route'}),
        ('Katon-Karagay district', 0, 'district', 'Katon-Karagay District', EKR),
        ('Berel glacier', 0, 'facility', 'Berel glacier', N, {'subkind': 'glacier'}),
        ('Russia', 0, 'foreign', 'Russia', N),
        ('Altai Republic', 0, 'foreign', 'Altai Republic', N, {'note': 'NI:origin of the Russian rescuers'}),
        ('Belukha', 2, 'facility', 'Mount Belukha', N, {'subkind': 'peak', 'note': 'NI:permit rule'}),
        ('Katon-Karagay', 1, 'village', 'Katon-Karagay', EKR, {'note': 'NI:seat of the border post'}),
     ],
     inc={EKR: (1, 'two climbers missing on the Kazakh side of Mount Belukha, Katon-Karagay district')}),

dict(id='p004', date='2015-06-22', lang='en',
     event='2015 boy drowned in the Syr Darya below the Shardara dam, body found after two days (South Kazakhstan Region before the 2018 split); police divers from Shymkent; Kyzylorda region border; drowning statistics not counted',
     text="""Boy drowns in Syr Darya below Shardara dam
SHYMKENT, June 22 (Tengrinews) - Police divers on Monday recovered the body of a 13-year-old boy who drowned in the Syr Darya below the Shardara dam on Saturday, the South Kazakhstan region emergencies department said.
The boy was swimming with two friends near the town of Shardara when the current carried him away. Divers from Shymkent and volunteers in boats searched a 15 km stretch of the river for two days before finding him close to the border with Kyzylorda region.
Since the start of June, 11 people have drowned in the region's rivers and canals, most of them in places where swimming is banned. The department has put up warning signs along the river from Shardara to the Kyzylorda region border and asked parents to keep children away from the water.""",
     ann=[
        ('Syr Darya', 0, 'facility', 'Syr Darya', N, {'subkind': 'river', 'note': 'headline'}),
        ('Shardara dam', 0, 'facility', 'Shardara dam', SKR, {'subkind': 'dam', 'note': 'headline'}),
        ('SHYMKENT', 0, 'city', 'Shymkent', SKR, {'note': 'dateline; South Kazakhstan Region before 2018-06-19'}),
        ('Syr Darya', 1, 'facility', 'Syr Darya', N, {'subkind': 'river'}),
        ('Shardara dam', 1, 'facility', 'Shardara dam', SKR, {'subkind': 'dam'}),
        ('South Kazakhstan', 0, 'region', SKR, SKR, {'note': 'inside the name of an authority'}),
        ('Shardara', 2, 'city', 'Shardara', SKR),
        ('Shymkent', 0, 'city', 'Shymkent', SKR, {'note': 'NI:origin of the divers'}),
        ('Kyzylorda region', 0, 'region', KZR, KZR, {'note': 'NI:reference point (the body was found near the border, on the South Kazakhstan side)'}),
        ('Shardara', 3, 'city', 'Shardara', SKR, {'note': 'NI:endpoint of the stretch with warning signs'}),
        ('Kyzylorda region', 1, 'region', KZR, KZR, {'note': 'NI:endpoint of the stretch with warning signs'}),
     ],
     inc={SKR: (1, 'boy drowned in the Syr Darya near Shardara; the 11 drownings since June are a statistic')}),

dict(id='p005', date='2019-05-20', lang='en',
     event='2019 interview with the head of a volunteer search group in Nur-Sultan; narrated searches: an 81-year-old mushroom picker lost near Shchuchinsk in 2017 (Akmola Region) and a boy lost in the steppe near Khromtau in 2018 (Aktobe Region); branches in 12 regions; training near Burabay, in Nur-Sultan and Karaganda; the newspaper name The Astana Times',
     text="""'Every hour counts': a volunteer searcher on lost children, dogs and drones
NUR-SULTAN, May 20 (The Astana Times) - Aigerim Sultanbekova, 38, runs a volunteer search-and-rescue group founded in the capital in 2016. It now has branches in 12 regions and about 900 members, from drivers and cooks to dog handlers. We spoke to her after a training weekend near Burabay.

How many searches did you take part in last year?
We were called out 214 times in 2018. In most cases the person was found alive, usually within the first day. The hardest cases are elderly people with dementia and small children: they do not answer when you call them.

Which search do you remember best?
In September 2017 an 81-year-old man went to pick mushrooms in the pine forest near Shchuchinsk and did not come back. Two hundred people combed the forest for three days. A police dog found him on the fourth morning at the bottom of a ravine, cold but alive.
Another was in Aktobe region last summer. A five-year-old boy wandered away from a shepherds' camp near Khromtau into the steppe. The police brought a helicopter from Aktobe, we brought a drone with a thermal camera, and at 2 a.m. the camera picked him up 7 km from the camp, asleep in the grass.

Do the police and the emergencies service welcome volunteers?
Much more than five years ago. In Nur-Sultan and Karaganda we now train together with the police dog units every month. The problem is in the villages, where families often wait a day before they report someone missing.

What do you need most?
Drones, radios and people who can drive off-road. And parents who teach their children one simple rule: if you are lost, stay where you are and shout.""",
     ann=[
        ('NUR-SULTAN', 0, 'city', 'Astana', 'Astana', {'note': 'dateline; the capital named Nur-Sultan 2019-2022; the newspaper name The Astana Times is not annotated'}),
        ('12 regions', 0, 'quantified', '12 regions', N, {'count': 12, 'unit': 'region', 'note': 'branches of the group, not incidents'}),
        ('Burabay', 0, 'village', 'Burabay', AKR, {'note': 'NI:training weekend'}),
        ('Shchuchinsk', 0, 'city', 'Shchuchinsk', AKR, {'note': 'the 2017 search in the forest near the town'}),
        ('Aktobe region', 0, 'region', AR, AR),
        ('Khromtau', 0, 'city', 'Khromtau', AR, {'note': 'the boy was lost in the steppe near the town'}),
        ('Aktobe', 1, 'city', 'Aktobe', AR, {'note': 'NI:origin of the helicopter'}),
        ('Nur-Sultan', 0, 'city', 'Astana', 'Astana', {'note': 'NI:joint training'}),
        ('Karaganda', 0, 'city', 'Karaganda', KR, {'note': 'NI:joint training'}),
     ],
     inc={AKR: (1, 'background: 81-year-old man lost for three days in the forest near Shchuchinsk (2017), found alive'),
          AR: (1, 'background: five-year-old boy lost in the steppe near Khromtau (2018), found by drone')}),

dict(id='p006', date='2010-12-22', lang='en',
     event='2010 shepherd lost in a blizzard found dead in Ulytau district (Karaganda Region before the 2022 split); searchers from Karsakpay, a helicopter from Zhezkazgan, a hospital in Satpayev; warning for Ulytau, Zhanaarka and Shet districts',
     text="""Shepherd found frozen after blizzard in Karaganda region
ZHEZKAZGAN, Dec 22 (KazTAG) - The body of a 46-year-old shepherd who went missing in a blizzard on Sunday was found on Wednesday about 12 km from his winter camp in Ulytau district, the Karaganda region police said.
The man had ridden out to bring back part of a flock of 300 sheep that scattered in the storm. His horse came back to the camp alone that night. Police, rescuers and about 40 men from the village of Karsakpay searched on horseback and on snowmobiles; a helicopter from Zhezkazgan could not take off until Tuesday because of low cloud.
A second shepherd from the same camp was taken to hospital in Satpayev with frostbitten hands. About 120 sheep are still missing.
The regional emergencies department has told farm owners in the Ulytau, Zhanaarka and Shet districts to keep their flocks in winter pens until the wind drops.""",
     ann=[
        ('Karaganda region', 0, 'region', KR, KR, {'note': 'headline'}),
        ('ZHEZKAZGAN', 0, 'city', 'Zhezkazgan', KR, {'note': 'dateline; Karaganda Region before 2022-06-08'}),
        ('Ulytau district', 0, 'district', 'Ulytau District', KR, {'note': 'Karaganda Region before 2022-06-08'}),
        ('Karaganda region', 1, 'region', KR, KR, {'note': 'inside the name of an authority'}),
        ('Karsakpay', 0, 'village', 'Karsakpay', KR, {'note': 'NI:origin of the searchers'}),
        ('Zhezkazgan', 0, 'city', 'Zhezkazgan', KR, {'note': 'NI:origin of the helicopter'}),
        ('Satpayev', 0, 'city', 'Satpayev', KR, {'note': 'NI:hospital town'}),
        ('Ulytau', 1, 'district', 'Ulytau District', KR, {'note': 'NI:warning; in a list sharing "districts"'}),
        ('Zhanaarka', 0, 'district', 'Zhanaarka District', KR, {'note': 'NI:warning; in a list sharing "districts"'}),
        ('Shet', 0, 'district', 'Shet District', KR, {'note': 'NI:warning; in a list sharing "districts"'}),
     ],
     inc={KR: (1, 'shepherd lost in a blizzard and found dead in Ulytau district; the second shepherd\'s frostbite is part of the same event')}),

dict(id='p007', date='2022-07-14', lang='en',
     event='2022 police dog finds a four-year-old boy lost for 16 hours in the reeds of Lake Alakol near Akshi, Alakol district (Jetisu Region, five weeks after its creation); a girl briefly lost in Koktuma in June; family from Semey (Abai Region); drone from Usharal; the breed "Belgian shepherd"; the northern shore in Abai Region',
     text="""Dog finds boy lost in reeds by Lake Alakol
TALDYKORGAN, July 14 (Kazinform) - A police dog has found a four-year-old boy who had been missing for 16 hours in the reeds on the shore of Lake Alakol, the Jetisu region police department said on Thursday.
The boy, on holiday with his parents from Semey, wandered away from a beach camp near the village of Akshi, in Alakol district, on Wednesday afternoon. More than 150 police officers, rescuers and holidaymakers searched the shore through the night, and a drone crew came from Usharal, the district centre. The dog, a Belgian shepherd called Barys, picked up his trail at dawn about 2 km from the camp.
The boy was cold and covered in mosquito bites but unhurt. He was the second child lost at Alakol this season: in June a girl from Almaty went missing for three hours in Koktuma, further along the shore, and was found by other holidaymakers.
Jetisu region, created on June 8, took over the Alakol resorts from Almaty region; the northern shore of the lake belongs to the new Abai region.""",
     ann=[
        ('Lake Alakol', 0, 'facility', 'Lake Alakol', N, {'subkind': 'lake', 'note': 'headline'}),
        ('TALDYKORGAN', 0, 'city', 'Taldykorgan', JTR, {'note': 'dateline; Jetisu Region since 2022-06-08'}),
        ('Lake Alakol', 1, 'facility', 'Lake Alakol', N, {'subkind': 'lake'}),
        ('Jetisu region', 0, 'region', JTR, JTR, {'note': 'inside the name of an authority'}),
        ('Semey', 0, 'city', 'Semey', ABR, {'note': "NI:the family's home city; Abai Region since 2022-06-08"}),
        ('Akshi', 0, 'village', 'Akshi (Alakol district)', JTR),
        ('Alakol district', 0, 'district', 'Alakol District', JTR),
        ('Usharal', 0, 'city', 'Usharal', JTR, {'note': 'NI:origin of the drone crew; district centre'}),
        ('Alakol', 3, 'facility', 'Lake Alakol', N, {'subkind': 'lake', 'note': 'the lake shore as a holiday area'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': "NI:the girl's home city"}),
        ('Koktuma', 0, 'village', 'Koktuma', JTR, {'note': 'background: a girl lost for three hours in June'}),
        ('Jetisu region', 1, 'region', JTR, JTR, {'note': 'NI:background on the new region'}),
        ('Alakol', 4, 'facility', 'Lake Alakol', N, {'subkind': 'lake', 'note': 'NI:the lake name as a modifier of "resorts"'}),
        ('Almaty region', 0, 'region', ALR, ALR, {'note': 'NI:former unit of the resorts'}),
        ('Abai region', 0, 'region', ABR, ABR, {'note': 'NI:background on the northern shore'}),
     ],
     inc={JTR: (2, 'boy lost for 16 hours in the reeds near Akshi, Alakol district; background: a girl lost for three hours in Koktuma in June (counted, narrated explicitly)')}),

dict(id='p008', date='2026-01-12', lang='en',
     event='2026 mountain rescue statistics for 2025 (Almaty and Almaty Region, East Kazakhstan, Jetisu, Turkistan, five other regions; not counted) and the weekend: an avalanche buries a skier above Shymbulak (Medeu district of Almaty), two snowboarders from Shymkent lost in fog above Oi-Qaragai (Karasai district, Almaty Region); bases in nine regions; planned bases in Ridder and Zharkent',
     text="""Mountain rescuers helped 1,146 people in 2025; skier buried at Shymbulak, snowboarders found above Oi-Qaragai
ALMATY, Jan 12 (Vlast.kz) - Kazakhstan's mountain rescuers were called out 612 times last year and helped 1,146 people, most of them hikers and skiers in the mountains around Almaty, the Emergencies Ministry's mountain rescue service said on Monday, presenting its figures for 2025.
Almaty and Almaty region accounted for 401 of the call-outs. East Kazakhstan, with the Altai and the Bukhtarma valley, came second with 87, followed by Jetisu region (44), mostly in the Dzungarian Alatau, and Turkistan region (31), in the Aksu canyon and the Sairam-Ugam national park. The rest were spread over five other regions, from Abai to Jambyl. Seventeen people died in the mountains, against 23 in 2024.
"Most calls come from people who went up in trainers and without a charged phone," said the service's deputy head, Marat Zhaksylykov. "Every year we see the same mistakes."
The weekend showed the pattern. On Saturday an avalanche came down on an off-piste slope above the Shymbulak ski resort, in Almaty's Medeu district, and buried a skier from Astana. Other skiers dug him out within ten minutes; he was taken to hospital with a broken leg.
On Sunday night rescuers found two snowboarders from Shymkent who had lost their way in fog on the slopes above the Oi-Qaragai resort in Karasai district of Almaty region. They were located by their phone signal at 1 a.m., about 4 km from the resort, wet but unhurt.
The service has 14 bases in nine regions and plans to open two more this year, in Ridder and Zharkent. Avalanche danger in the Trans-Ili Alatau will stay high until at least Thursday.""",
     ann=[
        ('Shymbulak', 0, 'facility', 'Shymbulak ski resort', 'Almaty', {'subkind': 'ski resort', 'note': 'headline; in the Medeu district of Almaty'}),
        ('Oi-Qaragai', 0, 'facility', 'Oi-Qaragai resort', ALR, {'subkind': 'ski resort', 'note': 'headline; Karasai district'}),
        ('ALMATY', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:reference point for the mountains; statistics'}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:statistics'}),
        ('Almaty region', 0, 'region', ALR, ALR, {'note': 'NI:statistics'}),
        ('East Kazakhstan', 0, 'region', EKR, EKR, {'note': 'NI:statistics; bare region name'}),
        ('Altai', 0, 'facility', 'Altai Mountains', N, {'subkind': 'mountain range', 'note': 'NI:statistics'}),
        ('Bukhtarma valley', 0, 'facility', 'Bukhtarma valley', N, {'subkind': 'valley', 'note': 'NI:statistics'}),
        ('Jetisu region', 0, 'region', JTR, JTR, {'note': 'NI:statistics'}),
        ('Dzungarian Alatau', 0, 'facility', 'Dzungarian Alatau', N, {'subkind': 'mountain range', 'note': 'NI:statistics'}),
        ('Turkistan region', 0, 'region', TR, TR, {'note': 'NI:statistics'}),
        ('Aksu canyon', 0, 'facility', 'Aksu canyon', N, {'subkind': 'canyon', 'note': 'NI:statistics; in Turkistan Region'}),
        ('Sairam-Ugam national park', 0, 'facility', 'Sairam-Ugam national park', TR, {'subkind': 'national park', 'note': 'NI:statistics'}),
        ('five other regions', 0, 'quantified', '5 other regions', N, {'count': 5, 'unit': 'region', 'note': 'statistics, not incidents'}),
        ('Abai', 0, 'region', ABR, ABR, {'note': 'NI:statistics; bare region name ("from Abai to Jambyl")'}),
        ('Jambyl', 0, 'region', JR, JR, {'note': 'NI:statistics; bare region name'}),
        ('Shymbulak ski resort', 0, 'facility', 'Shymbulak ski resort', 'Almaty', {'subkind': 'ski resort'}),
        ('Almaty', 3, 'city', 'Almaty', 'Almaty', {'note': 'possessive'}),
        ('Medeu district', 0, 'district', 'Medeu District (Almaty)', 'Almaty', {'subkind': 'city district'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': "NI:the skier's home city"}),
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent', {'note': "NI:the snowboarders' home city"}),
        ('Oi-Qaragai resort', 0, 'facility', 'Oi-Qaragai resort', ALR, {'subkind': 'ski resort'}),
        ('Karasai district', 0, 'district', 'Karasai District', ALR),
        ('Almaty region', 1, 'region', ALR, ALR),
        ('nine regions', 0, 'quantified', '9 regions', N, {'count': 9, 'unit': 'region', 'note': 'bases of the service, not incidents'}),
        ('Ridder', 0, 'city', 'Ridder', EKR, {'note': 'NI:planned base'}),
        ('Zharkent', 0, 'city', 'Zharkent', JTR, {'note': 'NI:planned base'}),
        ('Trans-Ili Alatau', 0, 'facility', 'Trans-Ili Alatau', N, {'subkind': 'mountain range', 'note': 'NI:avalanche warning'}),
     ],
     inc={'Almaty': (1, 'avalanche buried a skier above the Shymbulak ski resort, Medeu district; the 2025 call-out figures are statistics'),
          ALR: (1, 'two snowboarders lost in fog above the Oi-Qaragai resort, Karasai district, found at night')}),
]
