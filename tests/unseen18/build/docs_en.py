"""English texts of the eighteenth unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
JR, ALR, KYR, TR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'Turkistan Region', 'South Kazakhstan Region'
ABR, JTR, EKR, MR, KOR = 'Abai Region', 'Jetisu Region', 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR, UR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region', 'Ulytau Region'
ATR, AR, WKR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region'

DOCS = [
dict(id='p001', date='2024-07-22', lang='en',
     event='2024 weekend road and water toll: minibus-lorry crash on the Almaty-Bishkek highway near Sortobe, Kordai district (Jambyl Region), a drowning in the Kapchagay reservoir near Konaev (Almaty Region) and a motorcyclist killed on Al-Farabi Avenue (Almaty); fatal crashes in seven other regions (unattributed)',
     text="""Five killed as minibus hits lorry on Almaty-Bishkek highway
TARAZ, July 22 (KazTAG) - Five people were killed and seven injured when a minibus collided head-on with a lorry on the Almaty-Bishkek highway near the village of Sortobe in Kordai district early on Sunday, the police department of Jambyl Region said.
The minibus was carrying passengers from Bishkek to Almaty, and four of the dead were citizens of Kyrgyzstan. The dead also included a 20-year-old defender of FC Taraz who was travelling back from a youth tournament in Bishkek. The lorry driver, a 43-year-old native of Shu, survived with a broken leg and has been detained. The injured were taken to the district hospital in Kordai, and two of them were later flown to Almaty.
It was the deadliest crash on the road this year. The highway, part of the main route from Tashkent to Almaty, has carried heavy holiday traffic since the border crossing at Korday was widened in June.
In Almaty Region, a 19-year-old man from Almaty drowned on Saturday evening while swimming in the Kapchagay reservoir about 5 km from Konaev, rescuers said. He had swum out beyond the buoys of an unequipped beach with two friends, who made it back to the shore. Divers recovered his body on Sunday morning.
In Almaty itself, a motorcyclist was killed shortly after midnight on Sunday when he hit a kerb on Al-Farabi Avenue at high speed. His passenger, a 17-year-old girl, is in a serious condition.
The interior ministry said fatal crashes had also been recorded in seven other regions over the weekend. Road police on the Kordai-Taraz section will be reinforced until the end of August, and speed cameras are to be installed at the approaches to Sortobe and Masanchi.""",
     ann=[
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:route endpoint (headline)'}),
        ('Bishkek', 0, 'foreign', 'Bishkek', N, {'note': 'NI:route endpoint (headline)'}),
        ('TARAZ', 0, 'city', 'Taraz', JR, {'note': 'dateline'}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:route endpoint'}),
        ('Bishkek', 1, 'foreign', 'Bishkek', N, {'note': 'NI:route endpoint'}),
        ('Sortobe', 0, 'village', 'Sortobe', JR, {'note': 'NI:reference point ("near the village of"); the crash is located by Kordai district'}),
        ('Kordai district', 0, 'district', 'Kordai District', JR),
        ('Jambyl Region', 0, 'region', JR, JR, {'note': 'inside the name of an authority'}),
        ('Bishkek', 2, 'foreign', 'Bishkek', N, {'note': "NI:origin of the minibus's trip"}),
        ('Almaty', 2, 'city', 'Almaty', 'Almaty', {'note': "NI:destination of the minibus's trip"}),
        ('Kyrgyzstan', 0, 'foreign', 'Kyrgyzstan', N),
        ('Bishkek', 3, 'foreign', 'Bishkek', N, {'note': 'NI:site of a youth tournament; FC Taraz, the club, is not annotated'}),
        ('Shu', 0, 'city', 'Shu', JR, {'note': "NI:origin of the lorry driver"}),
        ('Kordai', 1, 'village', 'Kordai', JR, {'note': 'NI:hospital town (district centre)'}),
        ('Almaty', 3, 'city', 'Almaty', 'Almaty', {'note': 'NI:where the injured were flown'}),
        ('Tashkent', 0, 'foreign', 'Tashkent', N, {'note': 'NI:route endpoint'}),
        ('Almaty', 4, 'city', 'Almaty', 'Almaty', {'note': 'NI:route endpoint'}),
        ('Korday', 0, 'village', 'Kordai', JR, {'note': 'NI:site of the border crossing, widened; variant spelling of Kordai'}),
        ('Almaty Region', 0, 'region', ALR, ALR, {'note': 'the drowning'}),
        ('Almaty', 6, 'city', 'Almaty', 'Almaty', {'note': 'NI:residence of the drowned man'}),
        ('Kapchagay reservoir', 0, 'facility', 'Kapchagay reservoir', N, {'subkind': 'reservoir', 'note': 'water body on the Ili, in Almaty Region; natural feature, adm1 null'}),
        ('Konaev', 0, 'city', 'Konaev', ALR, {'note': 'NI:reference point ("about 5 km from")'}),
        ('Almaty', 7, 'city', 'Almaty', 'Almaty', {'note': 'the motorcyclist killed'}),
        ('Al-Farabi Avenue', 0, 'facility', 'Al-Farabi Avenue (Almaty)', 'Almaty', {'subkind': 'street'}),
        ('seven other regions', 0, 'quantified', '7 other regions', N, {'count': 7, 'unit': 'region', 'note': 'fatal crashes in unnamed regions over the weekend'}),
        ('Kordai', 2, 'village', 'Kordai', JR, {'note': 'NI:road section endpoint'}),
        ('Taraz', 1, 'city', 'Taraz', JR, {'note': 'NI:road section endpoint'}),
        ('Sortobe', 1, 'village', 'Sortobe', JR, {'note': 'NI:site of planned speed cameras'}),
        ('Masanchi', 0, 'village', 'Masanchi', JR, {'note': 'NI:site of planned speed cameras'}),
     ],
     inc={JR: (1, 'head-on minibus-lorry crash near Sortobe, Kordai district, five dead (the headline, the Kordai hospital and the later cameras do not add incidents)'),
          ALR: (1, 'drowning in the Kapchagay reservoir near Konaev'),
          'Almaty': (1, 'motorcyclist killed on Al-Farabi Avenue')},
     unatt=[{'label': 'seven other regions', 'count': 7, 'note': 'fatal road crashes over the weekend in seven unnamed regions'}]),

dict(id='p002', date='2017-03-14', lang='en',
     event='2017 gas explosion and fire in the boiler room of a building-materials plant in Shymkent, two welders from Lenger killed (South Kazakhstan Region, before the 2018 split)',
     text="""Two workers killed in gas blast at Shymkent plant
SHYMKENT, March 14 (Tengrinews) - Two workers were killed and three injured when gas exploded in the boiler room of a building-materials plant on the industrial outskirts of Shymkent on Tuesday morning, the emergencies department of South Kazakhstan Region said.
The blast tore off part of the roof, and fire crews needed about an hour to put out the fire that spread to an adjacent warehouse. Both dead were welders from Lenger who had been repairing a gas pipe; the injured were taken to the regional hospital in Shymkent.
The plant, owned by a company registered in Almaty, makes concrete blocks for housing in the region and in Turkestan. Its chief engineer was detained on Tuesday evening.
The prosecutor's office of South Kazakhstan opened a criminal case for breach of industrial safety rules, and an inspection team from the ministry of labour flew in from Astana. Gas was cut off to the plant's two other sites, on the road to Sairam.""",
     ann=[
        ('Shymkent', 0, 'city', 'Shymkent', SKR, {'note': 'headline'}),
        ('SHYMKENT', 0, 'city', 'Shymkent', SKR, {'note': 'dateline'}),
        ('Shymkent', 1, 'city', 'Shymkent', SKR),
        ('South Kazakhstan Region', 0, 'region', SKR, SKR, {'note': 'inside the name of an authority'}),
        ('Lenger', 0, 'city', 'Lenger', SKR, {'note': 'NI:origin of the dead welders'}),
        ('Shymkent', 2, 'city', 'Shymkent', SKR, {'note': 'NI:hospital town'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': "NI:seat of the plant's owner"}),
        ('Turkestan', 0, 'city', 'Turkistan', SKR, {'note': 'NI:market of the plant'}),
        ('South Kazakhstan', 1, 'region', SKR, SKR, {'note': 'inside the name of an authority; region named without "Region"'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of the inspection team'}),
        ('Sairam', 0, 'village', 'Sairam', SKR, {'note': 'NI:road endpoint'}),
     ],
     inc={SKR: (1, 'gas explosion and the fire it caused in the boiler room and warehouse of a plant in Shymkent (one event)')}),

dict(id='p003', date='2023-08-09', lang='en',
     event='2023 worker killed at the Zhezkazgan copper smelter and a background April death at the South Zhezkazgan mine (Ulytau Region, formerly Karaganda Region)',
     text="""Worker killed at Zhezkazgan copper smelter
ZHEZKAZGAN, Aug 9 (Kazinform) - A 38-year-old worker was killed at the Zhezkazgan copper smelter late on Tuesday when a ladle of molten matte tipped over in the converter shop, the labour inspectorate of Ulytau Region said.
The man, a father of three from the town of Satpayev, died at the scene. Two colleagues suffered burns and are being treated in the city hospital. Kazakhmys, which runs the smelter, said work in the shop had been halted and that it was cooperating with investigators.
It is the second fatal accident at the company's sites in the area this year: in April a miner was crushed by a falling rock at the South Zhezkazgan mine.
Zhezkazgan, Satpayev and Karazhal belonged to Karaganda Region until June 2022, when Ulytau Region was formed with Zhezkazgan as its centre. An inspection commission arrived from Astana on Wednesday; its members will also visit the company's concentrator in Balkhash.""",
     ann=[
        ('Zhezkazgan copper smelter', 0, 'facility', 'Zhezkazgan copper smelter', UR, {'subkind': 'smelter', 'note': 'headline'}),
        ('ZHEZKAZGAN', 0, 'city', 'Zhezkazgan', UR, {'note': 'dateline'}),
        ('Zhezkazgan copper smelter', 1, 'facility', 'Zhezkazgan copper smelter', UR, {'subkind': 'smelter'}),
        ('Ulytau Region', 0, 'region', UR, UR, {'note': 'inside the name of an authority'}),
        ('Satpayev', 0, 'city', 'Satpayev', UR, {'note': 'NI:residence of the dead worker'}),
        ('South Zhezkazgan mine', 0, 'facility', 'South Zhezkazgan mine', UR, {'subkind': 'mine'}),
        ('Zhezkazgan', 3, 'city', 'Zhezkazgan', UR, {'note': 'NI:former unit statement'}),
        ('Satpayev', 1, 'city', 'Satpayev', UR, {'note': 'NI:former unit statement'}),
        ('Karazhal', 0, 'city', 'Karazhal', UR, {'note': 'NI:former unit statement'}),
        ('Karaganda Region', 0, 'region', KR, KR, {'note': 'NI:the former unit of Zhezkazgan'}),
        ('Ulytau Region', 1, 'region', UR, UR, {'note': 'NI:creation of the region'}),
        ('Zhezkazgan', 4, 'city', 'Zhezkazgan', UR, {'note': 'NI:regional centre'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of the commission'}),
        ('Balkhash', 0, 'city', 'Balkhash', KR, {'note': 'NI:site of a concentrator to be visited'}),
     ],
     inc={UR: (2, 'worker killed at the Zhezkazgan copper smelter (the headline repeats it) and a background April fatal rockfall at the South Zhezkazgan mine')}),

dict(id='p004', date='2013-11-19', lang='en',
     event='2013 methane outburst kills two at the Lenin mine in Shakhtinsk, with background blasts at the Abay mine (2008) and the Lenin mine (2006) (Karaganda Region)',
     text="""Two miners killed in methane outburst at Kazakh coal mine
KARAGANDA, Nov 19 (Reuters) - Two miners were killed and five taken to hospital after a sudden outburst of methane and coal dust at the Lenin mine in Shakhtinsk, in Kazakhstan's Karaganda Region, early on Tuesday, the emergencies ministry said.
The outburst happened at a depth of about 700 metres during the night shift, as a crew was driving a new roadway. Rescue teams from Karaganda and Saran reached the face within two hours and brought 42 miners to the surface; the bodies of the two dead men were recovered in the afternoon. The injured, who suffered carbon monoxide poisoning, were taken to the town hospital in Shakhtinsk, and one of them was flown to Astana.
The mine, about 50 km west of Karaganda, belongs to the coal division of ArcelorMittal Temirtau, which supplies coking coal to its steel plant in Temirtau. The company said work at the mine had been stopped and that it would pay compensation to the families. One of the dead lived in the village of Dolinka, the other in Shakhtinsk.
The accident revived memories of September 2008, when a methane explosion at the company's Abay mine in the town of Abay killed 30 miners, and of the 2006 blast at the Lenin mine itself, which killed 41. Abai Zhumabekov, a trade union leader in Karaganda, said on Tuesday that gas sensors in several shafts were out of date.
The prosecutor's office of Karaganda Region has opened a criminal case over the breach of safety rules. A government commission led by a deputy prime minister left Astana for Shakhtinsk on Tuesday evening. Kazakhstan produced about 115 million tonnes of coal last year, most of it in the Karaganda and Pavlodar regions.""",
     ann=[
        ('KARAGANDA', 0, 'city', 'Karaganda', KR, {'note': 'dateline'}),
        ('Lenin mine', 0, 'facility', 'Lenin mine (Shakhtinsk)', KR, {'subkind': 'mine'}),
        ('Shakhtinsk', 0, 'city', 'Shakhtinsk', KR),
        ("Kazakhstan", 0, 'country', 'Kazakhstan', N, {'note': "possessive Kazakhstan's"}),
        ('Karaganda Region', 0, 'region', KR, KR),
        ('Karaganda', 1, 'city', 'Karaganda', KR, {'note': 'NI:origin of rescue teams'}),
        ('Saran', 0, 'city', 'Saran', KR, {'note': 'NI:origin of rescue teams'}),
        ('Shakhtinsk', 1, 'city', 'Shakhtinsk', KR, {'note': 'NI:hospital town'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:where an injured miner was flown'}),
        ('Karaganda', 2, 'city', 'Karaganda', KR, {'note': 'NI:reference point ("about 50 km west of")'}),
        ('Temirtau', 1, 'city', 'Temirtau', KR, {'note': 'NI:site of the steel plant; the first Temirtau is inside the company name ArcelorMittal Temirtau, not annotated'}),
        ('Dolinka', 0, 'village', 'Dolinka', KR, {'note': 'NI:residence of a dead miner'}),
        ('Shakhtinsk', 2, 'city', 'Shakhtinsk', KR, {'note': 'NI:residence of a dead miner'}),
        ('Abay mine', 0, 'facility', 'Abay mine (Abay)', KR, {'subkind': 'mine'}),
        ('Abay', 1, 'city', 'Abay (Karaganda Region)', KR, {'note': 'town of Abay in Karaganda Region, not Abai Region'}),
        ('Lenin mine', 1, 'facility', 'Lenin mine (Shakhtinsk)', KR, {'subkind': 'mine'}),
        ('Karaganda', 3, 'city', 'Karaganda', KR, {'note': 'NI:seat of the trade unions'}),
        ('Karaganda Region', 1, 'region', KR, KR, {'note': 'inside the name of an authority'}),
        ('Astana', 1, 'city', 'Astana', 'Astana', {'note': 'NI:origin of the commission'}),
        ('Shakhtinsk', 3, 'city', 'Shakhtinsk', KR, {'note': 'NI:destination of the commission'}),
        ('Kazakhstan', 1, 'country', 'Kazakhstan', N),
        ('Karaganda', 5, 'region', KR, KR, {'note': 'NI:coal output; list sharing the head noun "regions"'}),
        ('Pavlodar', 0, 'region', PR, PR, {'note': 'NI:coal output; list sharing the head noun "regions"'}),
     ],
     inc={KR: (3, 'methane outburst at the Lenin mine in Shakhtinsk (2013), and two background blasts narrated with place and date: the Abay mine in Abay (September 2008) and the Lenin mine (2006)')}),

dict(id='p005', date='2022-05-17', lang='en',
     event='2022 fraud ring posing as bank staff detained: victims in Almaty, Shymkent and Taraz and in 14 regions, call centre in Bostandyk district of Almaty, organiser from Kentau detained in Shymkent (no incident: fraud is not counted)',
     text="""Police break up fraud ring that posed as bank staff
ALMATY, May 17 (Vlast.kz) - Police have detained eleven members of a fraud ring that telephoned pensioners on behalf of banks and emptied their accounts in Almaty, Shymkent and Taraz, the interior ministry said on Tuesday.
Since last autumn the group had obtained more than 180 million tenge from 240 people. Its call centre worked from a rented flat in the Bostandyk district of Almaty, while couriers collected cash and bank cards from victims at their homes. Victims lived in 14 regions.
The suspected organiser, a 29-year-old native of Kentau, was detained in Shymkent; two couriers were stopped at a border post on their way to Tashkent. Investigators seized 60 SIM cards registered in Kyrgyzstan and three cars.
The suspects face up to 12 years in prison. The case will go to a court in Almaty. The ministry said similar calls had been reported in Aktobe and Oral, and urged people never to share codes sent by banks.""",
     ann=[
        ('ALMATY', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:place of the fraud (fraud is not an incident type)'}),
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:place of the fraud (fraud is not an incident type)'}),
        ('Taraz', 0, 'city', 'Taraz', JR, {'note': 'NI:place of the fraud (fraud is not an incident type)'}),
        ('Bostandyk district', 0, 'district', 'Bostandyk District (Almaty)', 'Almaty', {'subkind': 'city district', 'note': 'NI:site of the call centre'}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:site of the call centre'}),
        ('14 regions', 0, 'quantified', '14 regions', N, {'count': 14, 'unit': 'region', 'note': 'residences of fraud victims; not an incident statement'}),
        ('Kentau', 0, 'city', 'Kentau', TR, {'note': 'NI:origin of the organiser'}),
        ('Shymkent', 1, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:place of detention'}),
        ('Tashkent', 0, 'foreign', 'Tashkent', N, {'note': 'NI:destination of the couriers'}),
        ('Kyrgyzstan', 0, 'foreign', 'Kyrgyzstan', N),
        ('Almaty', 2, 'city', 'Almaty', 'Almaty', {'note': 'NI:seat of the court'}),
        ('Aktobe', 0, 'city', 'Aktobe', AR, {'note': 'NI:similar calls reported'}),
        ('Oral', 0, 'city', 'Oral', WKR, {'note': 'NI:similar calls reported'}),
     ],
     inc={}),

dict(id='p006', date='2015-10-06', lang='en',
     event='2015 South Kazakhstan weekend crimes: a farmer murdered in Zhibek Zholy (Chernyaevka), Saryagash district, suspect from Taraz detained in Almaty; armed robbery of an exchange office on Tauke Khan Avenue in Shymkent; shepherd beaten and cattle stolen near Kaskasu, Tolebi district (South Kazakhstan Region, before the 2018 split)',
     text="""Farmer murdered, exchange office robbed in South Kazakhstan
SHYMKENT, Oct 6 (KazTAG) - Police in South Kazakhstan Region are investigating three violent crimes committed over the weekend, including the murder of a farmer in a village near the Uzbek border, the regional police department said on Tuesday.
The body of the 56-year-old farmer was found on Saturday morning in his house in Zhibek Zholy, a village in Saryagash district that many locals still call Chernyaevka. He had been stabbed several times. A neighbour, a 31-year-old native of Taraz, fled after the killing and was detained on Monday in Almaty, where he had arrived by bus. Police said the two men had quarrelled over a debt.
In Shymkent, two masked men armed with a pistol robbed a currency exchange office on Tauke Khan Avenue on Sunday afternoon and took about 6 million tenge. A security guard was wounded in the leg. The robbers escaped in a car that was later found abandoned near Lenger.
On Saturday night, four men beat a shepherd unconscious at a winter pasture about 20 km from the village of Kaskasu in Tolebi district and drove off 27 head of cattle. The animals were found the next day in a lorry stopped at the Zhibek Zholy checkpoint on the Shymkent-Tashkent road. Two of the four suspects are citizens of Uzbekistan.
The three cases come a month after a police operation in the region in which 40 people were detained for livestock theft. The regional police chief has ordered extra patrols on the roads to Kyrgyzstan and Uzbekistan and in the Sairam and Kazygurt districts.""",
     ann=[
        ('South Kazakhstan', 0, 'region', SKR, SKR, {'note': 'headline; region named without "Region"'}),
        ('SHYMKENT', 0, 'city', 'Shymkent', SKR, {'note': 'dateline'}),
        ('South Kazakhstan Region', 0, 'region', SKR, SKR),
        ('Zhibek Zholy', 0, 'village', 'Zhibek Zholy (Saryagash district)', SKR, {'note': 'the murder'}),
        ('Saryagash district', 0, 'district', 'Saryagash District', SKR),
        ('Chernyaevka', 0, 'village', 'Zhibek Zholy (Saryagash district)', SKR, {'note': 'old name of Zhibek Zholy'}),
        ('Taraz', 0, 'city', 'Taraz', JR, {'note': 'NI:origin of the suspect'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:place of detention'}),
        ('Shymkent', 0, 'city', 'Shymkent', SKR, {'note': 'the armed robbery'}),
        ('Tauke Khan Avenue', 0, 'facility', 'Tauke Khan Avenue (Shymkent)', SKR, {'subkind': 'street'}),
        ('Lenger', 0, 'city', 'Lenger', SKR, {'note': "NI:where the robbers' car was found"}),
        ('Kaskasu', 0, 'village', 'Kaskasu', SKR, {'note': 'NI:reference point ("about 20 km from")'}),
        ('Tolebi district', 0, 'district', 'Tolebi District', SKR, {'note': 'the cattle raid'}),
        ('Zhibek Zholy checkpoint', 0, 'facility', 'Zhibek Zholy checkpoint', SKR, {'subkind': 'border checkpoint', 'note': 'NI:where the stolen cattle were found'}),
        ('Shymkent', 1, 'city', 'Shymkent', SKR, {'note': 'NI:route endpoint'}),
        ('Tashkent', 0, 'foreign', 'Tashkent', N, {'note': 'NI:route endpoint'}),
        ('Uzbekistan', 0, 'foreign', 'Uzbekistan', N),
        ('Kyrgyzstan', 0, 'foreign', 'Kyrgyzstan', N),
        ('Uzbekistan', 1, 'foreign', 'Uzbekistan', N),
        ('Sairam', 0, 'district', 'Sairam District', SKR, {'note': 'NI:patrols; list sharing the head noun "districts"'}),
        ('Kazygurt', 0, 'district', 'Kazygurt District', SKR, {'note': 'NI:patrols; list sharing the head noun "districts"'}),
     ],
     inc={SKR: (3, 'murder of a farmer in Zhibek Zholy (Saryagash district), armed robbery of an exchange office on Tauke Khan Avenue in Shymkent, and a shepherd beaten and cattle driven off near Kaskasu (Tolebi district); the earlier police operation is not counted')}),

dict(id='p007', date='2011-07-25', lang='en',
     event='2011 two tourists from Ust-Kamenogorsk drown in Lake Alakol off Koktuma (Alakol district, Almaty Region before the 2022 split); the northern shore in Urzhar district (East Kazakhstan Region then)',
     text="""Two tourists drown in Lake Alakol
TALDYKORGAN, July 25 (Kazinform) - Two tourists from Ust-Kamenogorsk drowned in Lake Alakol on Sunday after a sudden storm overturned their inflatable boat about 300 metres off the beach at Koktuma, the emergencies department of Almaty Region said.
A third man clung to the boat and was pulled out by rescuers from the Alakol district, who recovered the bodies of his two companions on Monday morning. The three friends had arrived at a holiday camp near the village two days earlier.
Lake Alakol, on the border between the Almaty and East Kazakhstan regions, draws about 200,000 holidaymakers each summer, many of them from Ust-Kamenogorsk, Semipalatinsk and Karaganda, as well as from Novosibirsk and Barnaul in Russia. Rescue posts on the southern shore, at Koktuma and Akshi, and on the northern shore, in Urzhar district, were reinforced this year. Storm warnings are broadcast from Usharal, the district centre, but many visitors ignore them, rescuers said.""",
     ann=[
        ('Lake Alakol', 0, 'facility', 'Lake Alakol', N, {'subkind': 'lake', 'note': 'headline; lake shared by Almaty and East Kazakhstan regions on the date'}),
        ('TALDYKORGAN', 0, 'city', 'Taldykorgan', ALR, {'note': 'dateline'}),
        ('Ust-Kamenogorsk', 0, 'city', 'Oskemen', EKR, {'note': 'NI:origin of the tourists'}),
        ('Lake Alakol', 1, 'facility', 'Lake Alakol', N, {'subkind': 'lake'}),
        ('Koktuma', 0, 'village', 'Koktuma', ALR, {'note': 'the drowning, 300 m off its beach'}),
        ('Almaty Region', 0, 'region', ALR, ALR, {'note': 'inside the name of an authority'}),
        ('Alakol district', 0, 'district', 'Alakol District', ALR, {'note': 'NI:origin of the rescuers'}),
        ('Lake Alakol', 2, 'facility', 'Lake Alakol', N, {'subkind': 'lake'}),
        ('Almaty', 1, 'region', ALR, ALR, {'note': 'NI:list sharing the head noun "regions"'}),
        ('East Kazakhstan', 0, 'region', EKR, EKR, {'note': 'NI:list sharing the head noun "regions"'}),
        ('Ust-Kamenogorsk', 1, 'city', 'Oskemen', EKR, {'note': 'NI:origin of holidaymakers'}),
        ('Semipalatinsk', 0, 'city', 'Semey', EKR, {'note': 'NI:origin of holidaymakers'}),
        ('Karaganda', 0, 'city', 'Karaganda', KR, {'note': 'NI:origin of holidaymakers'}),
        ('Novosibirsk', 0, 'foreign', 'Novosibirsk', N, {'note': 'NI:origin of holidaymakers'}),
        ('Barnaul', 0, 'foreign', 'Barnaul', N, {'note': 'NI:origin of holidaymakers'}),
        ('Russia', 0, 'foreign', 'Russia', N),
        ('Koktuma', 1, 'village', 'Koktuma', ALR, {'note': 'NI:site of a rescue post'}),
        ('Akshi', 0, 'village', 'Akshi (Alakol district)', ALR, {'note': 'NI:site of a rescue post'}),
        ('Urzhar district', 0, 'district', 'Urzhar District', EKR, {'note': 'NI:site of a rescue post'}),
        ('Usharal', 0, 'city', 'Usharal', ALR, {'note': 'NI:district centre broadcasting warnings'}),
     ],
     inc={ALR: (1, 'two tourists drowned when their boat overturned off Koktuma on Lake Alakol')}),

dict(id='p008', date='2025-02-11', lang='en',
     event='2025 Kazakhstan extradites to Russia a man wanted for a 2022 armed robbery in Petropavlovsk-Kamchatsky, detained in Petropavl (North Kazakhstan Region); the robbery abroad has no ADM1 (no incident)',
     text="""Kazakhstan hands over man wanted for Kamchatka robbery
PETROPAVL, Feb 11 (Kazinform) - Kazakhstan has extradited to Russia a 34-year-old man wanted for an armed robbery in Petropavlovsk-Kamchatsky, the prosecutor's office of North Kazakhstan Region said on Tuesday.
The man, a Russian citizen, was detained last October at a car market in Petropavl, where he had lived under a false name since 2023. According to Russian investigators, he and an accomplice robbed a jewellery shop in Petropavlovsk-Kamchatsky in March 2022 and wounded a guard with a knife.
He was handed over to Russian officers on Monday at a checkpoint on the road from Petropavl to Kurgan. A court in Petropavl approved the extradition in December, and his appeal to the North Kazakhstan regional court was rejected last month.
Prosecutors said that last year Kazakhstan handed over 27 wanted people to Russia, Kyrgyzstan and Uzbekistan and received 11 from those countries.""",
     ann=[
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N, {'note': 'headline'}),
        ('Kamchatka', 0, 'foreign', 'Kamchatka', N, {'note': 'headline; the robbery abroad'}),
        ('PETROPAVL', 0, 'city', 'Petropavl', NKR, {'note': 'dateline'}),
        ('Kazakhstan', 1, 'country', 'Kazakhstan', N),
        ('Russia', 0, 'foreign', 'Russia', N),
        ('Petropavlovsk-Kamchatsky', 0, 'foreign', 'Petropavlovsk-Kamchatsky', N, {'note': 'Russian namesake of Petropavl; the robbery abroad'}),
        ('North Kazakhstan Region', 0, 'region', NKR, NKR, {'note': 'inside the name of an authority'}),
        ('Petropavl', 0, 'city', 'Petropavl', NKR, {'note': 'NI:place of detention and residence'}),
        ('Petropavlovsk-Kamchatsky', 1, 'foreign', 'Petropavlovsk-Kamchatsky', N, {'note': 'the robbery abroad'}),
        ('Petropavl', 1, 'city', 'Petropavl', NKR, {'note': 'NI:road endpoint'}),
        ('Kurgan', 0, 'foreign', 'Kurgan', N, {'note': 'NI:road endpoint'}),
        ('Petropavl', 2, 'city', 'Petropavl', NKR, {'note': 'NI:seat of the court'}),
        ('North Kazakhstan', 1, 'region', NKR, NKR, {'note': 'NI:inside the name of a court'}),
        ('Kazakhstan', 4, 'country', 'Kazakhstan', N),
        ('Russia', 1, 'foreign', 'Russia', N),
        ('Kyrgyzstan', 0, 'foreign', 'Kyrgyzstan', N),
        ('Uzbekistan', 0, 'foreign', 'Uzbekistan', N),
     ],
     inc={}),
]
