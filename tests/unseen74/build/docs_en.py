"""English texts of the seventy-fourth unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'
LIST = 'in a list sharing "regions"'

DOCS = [
dict(id='p001', date='2023-07-18', lang='en',
     event='2023 storm and heat warnings for twelve regions (Abai, East Kazakhstan, Pavlodar, Karaganda, Ulytau; heat in Turkistan, Kyzylorda, Mangystau and Shymkent; fire danger in most regions); aftermath: school roof and trees on cars in Semey and a lightning steppe fire in Ayagoz district (Abai Region), roofs ripped off in Balkhash (Karaganda Region), fatal minibus-lorry crash in a dust storm near Zhezkazgan (Ulytau Region); power cuts in Oskemen and three Pavlodar districts not counted',
     text="""Storm and heat warnings cover most of Kazakhstan; roofs torn off in Semey and Balkhash
ASTANA, July 18 (Kazinform) - Kazhydromet extended its storm warning on Tuesday to twelve regions, saying that gusts of up to 30 metres per second would sweep across the north and east of the country until Thursday. The warning covers the Abai, East Kazakhstan, Pavlodar, Karaganda and Ulytau regions, among others. Temperatures of up to 44C are expected in the Turkistan, Kyzylorda and Mangystau regions and in Shymkent, and fire danger has been rated "extreme" in most regions.

The first squalls reached Semey late on Monday. The wind tore the roof off a school on Shakarim Avenue and brought down dozens of trees, three of them onto parked cars, the Abai region emergencies department said. Nobody was hurt.

In Balkhash, on the northern shore of Lake Balkhash, the roofs of two five-storey blocks were ripped off and a man was injured by flying sheet metal, the Karaganda regional akimat said.

Lightning set the steppe on fire in Ayagoz district on Monday evening. The blaze spread over 1,500 hectares before crews from Ayagoz and Semey put it out on Tuesday morning, the department said.

Near Zhezkazgan, a dust storm cut visibility to a few metres on the road to Karazhal, and a minibus ran into a lorry. Two passengers died, Ulytau region police said.

In Oskemen and in three districts of Pavlodar region power was cut for several hours; no damage or injuries were reported there.

"Do not park under trees and stay out of the steppe," deputy emergencies minister Daniyar Temirbekov told reporters in Astana. Forecasters expect the heat to ease in the south by the weekend, but said a new front moving in from Russia's Novosibirsk region could reach the East Kazakhstan region on Friday.""",
     ann=[
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N, {'note': 'headline; "most of Kazakhstan" is not a quantified territorial noun'}),
        ('Semey', 0, 'city', 'Semey', ABR, {'note': 'headline; Abai Region since 2022-06-08'}),
        ('Balkhash', 0, 'city', 'Balkhash', KR, {'note': 'headline'}),
        ('ASTANA', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('twelve regions', 0, 'quantified', '12 regions', N, {'count': 12, 'unit': 'region', 'note': 'storm warning; five of them named; not about incidents'}),
        ('Abai', 0, 'region', ABR, ABR, {'note': 'NI:storm warning; ' + LIST}),
        ('East Kazakhstan', 0, 'region', EKR, EKR, {'note': 'NI:storm warning; ' + LIST}),
        ('Pavlodar', 0, 'region', PR, PR, {'note': 'NI:storm warning; ' + LIST}),
        ('Karaganda', 0, 'region', KR, KR, {'note': 'NI:storm warning; ' + LIST}),
        ('Ulytau', 0, 'region', UR, UR, {'note': 'NI:storm warning; ' + LIST}),
        ('Turkistan', 0, 'region', TR, TR, {'note': 'NI:heat forecast; ' + LIST}),
        ('Kyzylorda', 0, 'region', KZR, KZR, {'note': 'NI:heat forecast; ' + LIST}),
        ('Mangystau', 0, 'region', MR, MR, {'note': 'NI:heat forecast; ' + LIST}),
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:heat forecast'}),
        ('most regions', 0, 'quantified', 'most regions', N, {'count': N, 'unit': 'region', 'note': 'vague quantifier; fire danger rating, not about incidents'}),
        ('Semey', 1, 'city', 'Semey', ABR),
        ('Shakarim Avenue', 0, 'facility', 'Shakarim Avenue (Semey)', ABR, {'subkind': 'street', 'note': 'avenue named after a person'}),
        ('Abai region', 0, 'region', ABR, ABR, {'note': 'inside the name of an authority (emergencies department)'}),
        ('Balkhash', 1, 'city', 'Balkhash', KR),
        ('Lake Balkhash', 0, 'facility', 'Lake Balkhash', N, {'subkind': 'lake', 'note': 'natural feature; reference point'}),
        ('Karaganda', 1, 'region', KR, KR, {'note': 'inside the name of an authority (regional akimat)'}),
        ('Ayagoz district', 0, 'district', 'Ayagoz District', ABR),
        ('Ayagoz', 1, 'city', 'Ayagoz', ABR, {'note': 'NI:origin of fire crews'}),
        ('Semey', 2, 'city', 'Semey', ABR, {'note': 'NI:origin of fire crews'}),
        ('Zhezkazgan', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:reference point; Ulytau Region since 2022-06-08'}),
        ('Karazhal', 0, 'city', 'Karazhal', UR, {'note': 'NI:destination of the road'}),
        ('Ulytau region', 0, 'region', UR, UR, {'note': 'inside the name of an authority (police)'}),
        ('Oskemen', 0, 'city', 'Oskemen', EKR, {'note': 'NI:power cut'}),
        ('three districts', 0, 'quantified', '3 districts', N, {'count': 3, 'unit': 'district', 'note': 'power cut, not an incident'}),
        ('Pavlodar region', 0, 'region', PR, PR, {'note': 'NI:power cut'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:press briefing'}),
        ('Russia', 0, 'foreign', 'Russia', N),
        ('Novosibirsk region', 0, 'foreign', 'Novosibirsk Oblast', N),
        ('East Kazakhstan region', 0, 'region', EKR, EKR, {'note': 'NI:forecast'}),
     ],
     inc={ABR: (2, 'storm damage in Semey (school roof, trees on cars); lightning steppe fire of 1,500 ha in Ayagoz district'),
          KR: (1, 'storm damage in Balkhash: roofs ripped off two blocks, one man injured'),
          UR: (1, 'minibus-lorry crash in a dust storm near Zhezkazgan on the road to Karazhal, two dead')}),

dict(id='p002', date='1994-01-12', lang='en',
     event='1994 freezing fog over the Alma-Ata, Taldy-Kurgan and Dzhambul regions: bus-lorry collision near Kapchagay and a pile-up near Sarkand (both Almaty Region; Taldy-Kurgan Region abolished 1997); Alma-Ata airport closed, flights diverted to Tashkent',
     text="""Fog closes Alma-Ata airport, two deadly crashes on southern roads
ALMA-ATA, Jan 12 (Interfax-Kazakhstan) - Thick freezing fog covered the Alma-Ata, Taldy-Kurgan and Dzhambul regions for a third day on Wednesday, and the republic's weather service said it would not lift before the weekend.
On the Alma-Ata–Kapchagay road a bus carrying workers to a power station collided with a lorry near Kapchagay, killing two and injuring 14. Near Sarkand, in Taldy-Kurgan region, three cars piled into each other on an icy bridge and one driver died, regional police said.
Alma-Ata airport has been closed since Monday. Flights from Moscow and Frankfurt were diverted to Tashkent, and about 600 passengers were waiting in the terminal, an airport spokesman said.
The fog also delayed trains on the line to Dzhambul, but no accidents were reported in that region.""",
     ann=[
        ('Alma-Ata airport', 0, 'facility', 'Almaty International Airport', 'Almaty', {'subkind': 'airport', 'note': 'NI:headline; airport closed'}),
        ('ALMA-ATA', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline; Soviet-era name still used in 1994'}),
        ('Alma-Ata', 1, 'region', ALR, ALR, {'note': 'NI:fog warning; ' + LIST + '; bare name in a list of regions is the region'}),
        ('Taldy-Kurgan', 0, 'region', ALR, ALR, {'uncertain': True, 'note': 'Taldy-Kurgan Region, abolished 1997 and merged into Almaty Region; labelled with the unit holding its land; ' + LIST}),
        ('Dzhambul', 0, 'region', JR, JR, {'note': 'NI:fog warning; Russian spelling of Zhambyl; ' + LIST}),
        ('Alma-Ata', 2, 'city', 'Almaty', 'Almaty', {'note': 'NI:road endpoint'}),
        ('Kapchagay', 0, 'city', 'Kapchagay', ALR, {'note': 'NI:road endpoint'}),
        ('Kapchagay', 1, 'city', 'Kapchagay', ALR),
        ('Sarkand', 0, 'city', 'Sarkand', ALR, {'note': 'town of the abolished Taldy-Kurgan Region, labelled without the uncertain mark'}),
        ('Taldy-Kurgan region', 0, 'region', ALR, ALR, {'uncertain': True, 'note': 'abolished 1997, labelled with the unit holding its land'}),
        ('Alma-Ata airport', 1, 'facility', 'Almaty International Airport', 'Almaty', {'subkind': 'airport', 'note': 'NI:airport closed'}),
        ('Moscow', 0, 'foreign', 'Moscow', N, {'note': 'NI:flight origin'}),
        ('Frankfurt', 0, 'foreign', 'Frankfurt', N, {'note': 'NI:flight origin'}),
        ('Tashkent', 0, 'foreign', 'Tashkent', N, {'note': 'NI:diversion airport'}),
        ('Dzhambul', 1, 'city', 'Taraz', JR, {'note': 'NI:rail destination; the city Dzhambul, renamed Taraz in 1997'}),
     ],
     inc={ALR: (2, 'bus-lorry collision near Kapchagay (two dead); pile-up near Sarkand (one dead)')}),

dict(id='p003', date='2005-06-08', lang='en',
     event='2005 hail on cotton and wheat in five districts of South Kazakhstan Region (Makhtaaral and Sayram named), roof torn off a cotton gin in Aksukent, two workers hurt; warning also for the Zhambyl and Kyzylorda regions (no damage); Shymkent before the 2018 split',
     text="""Hail flattens cotton and wheat in South Kazakhstan
SHYMKENT, June 8 - Hailstones the size of walnuts fell on five districts of South Kazakhstan region on Tuesday evening and destroyed crops on about 4,300 hectares, the regional agriculture department said on Wednesday.
The worst damage was in the Makhtaaral and Sayram districts, where cotton and wheat were "beaten into the ground". In Aksukent, the centre of Sayram district, hail smashed windows and the wind tore the roof off a cotton gin. Two farm workers caught in the open were treated for head wounds.
The regional weather centre had warned on Monday of thunderstorms, hail and squalls in the South Kazakhstan, Zhambyl and Kyzylorda regions. No damage was reported in the other two regions, or in Shymkent itself.
Cotton growers in Makhtaaral, many of whom owe money to banks in Almaty, asked the akimat to delay their repayments. "One night took the whole season," said Bakhyt Ormanov, who farms close to the Uzbek border.""",
     ann=[
        ('South Kazakhstan', 0, 'region', SKR, SKR, {'note': 'headline; before 2018-06-19'}),
        ('SHYMKENT', 0, 'city', 'Shymkent', SKR, {'note': 'dateline; South Kazakhstan Region before 2018-06-19'}),
        ('five districts', 0, 'quantified', '5 districts', N, {'count': 5, 'unit': 'district', 'note': 'hail damage; all five in South Kazakhstan Region, two named'}),
        ('South Kazakhstan region', 0, 'region', SKR, SKR),
        ('Makhtaaral', 0, 'district', 'Makhtaaral District', SKR, {'note': 'in a list sharing "districts"'}),
        ('Sayram', 0, 'district', 'Sayram District', SKR, {'note': 'in a list sharing "districts"'}),
        ('Aksukent', 0, 'village', 'Aksukent', SKR, {'note': 'centre of Sayram district'}),
        ('Sayram district', 0, 'district', 'Sayram District', SKR),
        ('South Kazakhstan', 2, 'region', SKR, SKR, {'note': 'NI:warning; ' + LIST}),
        ('Zhambyl', 0, 'region', JR, JR, {'note': 'NI:warning, no damage; ' + LIST}),
        ('Kyzylorda', 0, 'region', KZR, KZR, {'note': 'NI:warning, no damage; ' + LIST}),
        ('other two regions', 0, 'quantified', '2 other regions', N, {'count': 2, 'unit': 'region', 'note': 'the Zhambyl and Kyzylorda regions, no damage'}),
        ('Shymkent', 0, 'city', 'Shymkent', SKR, {'note': 'NI:no damage'}),
        ('Makhtaaral', 1, 'district', 'Makhtaaral District', SKR, {'note': 'NI:residence of the growers; bare district name'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:seat of banks'}),
     ],
     inc={SKR: (1, 'hail and wind damage in five districts (crops, windows, a roof in Aksukent, two hurt); one storm, one incident')}),

dict(id='p004', date='2012-01-24', lang='en',
     event='2012 blizzards and frost in the north: storm warnings for the North Kazakhstan, Akmola, Kostanay and Pavlodar regions and Astana, classes cancelled in 14 regions; fatal minibus-lorry crash near Temirtau (Karaganda Region), gas boiler explosion in Petropavl (North Kazakhstan Region), fatal stove fire in Kokshetau (Akmola Region); frozen pipes in Ekibastuz and Aksu, rescue near Karabalyk and flight diversions not counted',
     text="""Blizzards and frost grip the north; three killed in whiteout crash near Temirtau
ASTANA, January 24 (Tengrinews) - Blizzards closed highways across the north of Kazakhstan on Tuesday, and Kazhydromet warned of frosts down to minus 45 degrees in most regions until the end of the week.
Storm warnings were in force in the North Kazakhstan, Akmola, Kostanay and Pavlodar regions and in Astana, where schools sent pupils home after the second lesson. Classes for younger pupils were cancelled in 14 regions, the education ministry said. In Kostanay region roads were closed in six districts, and police dug out a bus with 31 passengers that had been stuck in snow near Karabalyk for nine hours.

The deadliest accident happened on the Astana-Karaganda highway near Temirtau, where a minibus ran into a lorry in near-zero visibility. Three people died and five were taken to hospital in Karaganda, the regional police department said.

In Petropavl a gas boiler exploded in a private house on the outskirts of the city, injuring a pensioner. Firefighters said the boiler had been overloaded as the family tried to keep the house warm.

In Kokshetau two children died in a house fire that began at an overheated stove, the Akmola region emergencies department said. Their mother was at work at the time.

Pavlodar region reported no accidents, but heating pipes froze in dozens of homes in Ekibastuz and Aksu, and the akimats opened warming points in schools.

Trains between Petropavl and Kokshetau ran up to five hours late, and more than 40 flights were delayed at Astana International Airport. Two flights from Moscow and Novosibirsk were diverted to Almaty.

Forecasters said the cold air had come from western Siberia and would reach the Karaganda and East Kazakhstan regions by Thursday. "In the north and east of the country nights will be colder than minus 40," Kazhydromet said.""",
     ann=[
        ('Temirtau', 0, 'city', 'Temirtau', KR, {'note': 'headline'}),
        ('ASTANA', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N, {'note': '"the north of Kazakhstan": only the country is annotated'}),
        ('most regions', 0, 'quantified', 'most regions', N, {'count': N, 'unit': 'region', 'note': 'vague quantifier; frost warning'}),
        ('North Kazakhstan', 0, 'region', NKR, NKR, {'note': 'NI:storm warning; ' + LIST}),
        ('Akmola', 0, 'region', AKR, AKR, {'note': 'NI:storm warning; ' + LIST}),
        ('Kostanay', 0, 'region', KOR, KOR, {'note': 'NI:storm warning; ' + LIST}),
        ('Pavlodar', 0, 'region', PR, PR, {'note': 'NI:storm warning; ' + LIST}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:storm warning, schools closed'}),
        ('14 regions', 0, 'quantified', '14 regions', N, {'count': 14, 'unit': 'region', 'note': 'classes cancelled, not incidents'}),
        ('Kostanay region', 0, 'region', KOR, KOR, {'note': 'NI:roads closed, rescue'}),
        ('six districts', 0, 'quantified', '6 districts', N, {'count': 6, 'unit': 'district', 'note': 'roads closed, not incidents'}),
        ('Karabalyk', 0, 'village', 'Karabalyk', KOR, {'note': 'NI:rescue of a stranded bus'}),
        ('Astana', 1, 'city', 'Astana', 'Astana', {'note': 'NI:route endpoint'}),
        ('Karaganda', 0, 'city', 'Karaganda', KR, {'note': 'NI:route endpoint'}),
        ('Temirtau', 1, 'city', 'Temirtau', KR),
        ('Karaganda', 1, 'city', 'Karaganda', KR, {'note': 'NI:hospital'}),
        ('Petropavl', 0, 'city', 'Petropavl', NKR),
        ('Kokshetau', 0, 'city', 'Kokshetau', AKR),
        ('Akmola region', 0, 'region', AKR, AKR, {'note': 'inside the name of an authority (emergencies department)'}),
        ('Pavlodar region', 0, 'region', PR, PR, {'note': 'NI:no accidents'}),
        ('Ekibastuz', 0, 'city', 'Ekibastuz', PR, {'note': 'NI:frozen pipes, not an incident'}),
        ('Aksu', 0, 'city', 'Aksu (Pavlodar Region)', PR, {'note': 'NI:frozen pipes; a common name'}),
        ('Petropavl', 1, 'city', 'Petropavl', NKR, {'note': 'NI:rail route endpoint'}),
        ('Kokshetau', 1, 'city', 'Kokshetau', AKR, {'note': 'NI:rail route endpoint'}),
        ('Astana International Airport', 0, 'facility', 'Astana International Airport', 'Astana', {'subkind': 'airport', 'note': 'NI:flights delayed'}),
        ('Moscow', 0, 'foreign', 'Moscow', N, {'note': 'NI:flight origin'}),
        ('Novosibirsk', 0, 'foreign', 'Novosibirsk', N, {'note': 'NI:flight origin'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:diversion airport'}),
        ('Siberia', 0, 'foreign', 'Siberia', N, {'subkind': 'macro-region', 'note': '"western Siberia"; origin of the cold air'}),
        ('Karaganda', 2, 'region', KR, KR, {'note': 'NI:forecast; ' + LIST}),
        ('East Kazakhstan', 0, 'region', EKR, EKR, {'note': 'NI:forecast; ' + LIST}),
     ],
     inc={KR: (1, 'minibus-lorry crash in a whiteout on the Astana-Karaganda highway near Temirtau, three dead'),
          NKR: (1, 'gas boiler explosion in a private house in Petropavl, one hurt'),
          AKR: (1, 'house fire from an overheated stove in Kokshetau, two children dead')}),

dict(id='p005', date='1998-04-21', lang='en',
     event='1998 dust and salt storm off the dried Aral Sea: roofs torn off in Aralsk and Saksaulsky and two wagons derailed by a sand drift near Saksaulsky (Kyzylorda Region); warning for the Kyzylorda and Aktobe regions and western Karaganda Region; Baikonur launch postponed; commission from Akmola, the new capital',
     text="""Dust storm off the dried Aral Sea tears roofs in Aralsk
KYZYLORDA, April 21 - A storm of dust and salt blowing off the dried bed of the Aral Sea swept over the north of Kyzylorda region on Monday, tearing roofs off houses in Aralsk and in the railway village of Saksaulsky, the regional emergencies department said.
Near Saksaulsky a freight train ran into a sand drift and two wagons left the rails. Nobody was hurt, but the line to Aktobe was closed for eleven hours.
Forecasters had warned of dust storms in the Kyzylorda and Aktobe regions and in the west of Karaganda region. In Aktobe region visibility fell to 50 metres near Shalkar, but no damage was reported.
At the Baikonur cosmodrome the launch of a Russian communications satellite was put off by a day because of the wind, a spokesman said in Moscow.
A government commission is due to fly from Akmola, the new capital, to Aralsk on Thursday to count the losses. Residents say such storms have become more frequent as the sea shrinks.""",
     ann=[
        ('Aral Sea', 0, 'facility', 'Aral Sea', N, {'subkind': 'sea', 'note': 'headline'}),
        ('Aralsk', 0, 'city', 'Aralsk', KZR, {'note': 'headline'}),
        ('KYZYLORDA', 0, 'city', 'Kyzylorda', KZR, {'note': 'dateline'}),
        ('Aral Sea', 1, 'facility', 'Aral Sea', N, {'subkind': 'sea'}),
        ('Kyzylorda region', 0, 'region', KZR, KZR, {'note': '"the north of Kyzylorda region"'}),
        ('Aralsk', 1, 'city', 'Aralsk', KZR),
        ('Saksaulsky', 0, 'village', 'Saksaulsky', KZR, {'note': 'railway village'}),
        ('Saksaulsky', 1, 'village', 'Saksaulsky', KZR, {'note': 'derailment near the village'}),
        ('Aktobe', 0, 'city', 'Aktobe', AR, {'note': 'NI:rail line destination'}),
        ('Kyzylorda', 1, 'region', KZR, KZR, {'note': 'NI:warning; ' + LIST}),
        ('Aktobe', 1, 'region', AR, AR, {'note': 'NI:warning; ' + LIST}),
        ('Karaganda region', 0, 'region', KR, KR, {'note': 'NI:warning; "the west of Karaganda region"'}),
        ('Aktobe region', 0, 'region', AR, AR, {'note': 'NI:poor visibility, no damage'}),
        ('Shalkar', 0, 'city', 'Shalkar', AR, {'note': 'NI:poor visibility, no damage'}),
        ('Baikonur cosmodrome', 0, 'facility', 'Baikonur Cosmodrome', KZR, {'subkind': 'cosmodrome', 'note': 'NI:launch postponed; leased to Russia'}),
        ('Moscow', 0, 'foreign', 'Moscow', N, {'note': "NI:spokesman's location"}),
        ('Akmola', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of the commission; the capital was named Akmola until 1998-05-06'}),
        ('Aralsk', 2, 'city', 'Aralsk', KZR, {'note': 'NI:destination of the commission'}),
     ],
     inc={KZR: (2, 'dust storm damage (roofs torn off in Aralsk and Saksaulsky); freight wagons derailed by a sand drift near Saksaulsky')}),

dict(id='p006', date='2019-04-16', lang='en',
     event='2019 fire danger raised to "extreme" in the Turkistan, Zhambyl and Kyzylorda regions and Shymkent, "high" in most districts of Almaty Region; steppe fire near Sholakkorgan, Sozak district (Turkistan Region), reed fire reaching garages in Abai district of Shymkent (a city of republican significance since 2018)',
     text="""Fire danger raised to "extreme" in the south; steppe burns in Sozak district
NUR-SULTAN, April 16 (Kazinform) - Kazhydromet raised the fire danger to "extreme" on Tuesday in the Turkistan, Zhambyl and Kyzylorda regions and in Shymkent, and to "high" in most districts of Almaty region, after three weeks without rain.
Two fires had been reported by the evening. In Sozak district of Turkistan region, dry grass caught fire near the village of Sholakkorgan, and the flames spread over 600 hectares before firefighters stopped them. In Shymkent, burning reeds on the bank of the Badam river reached a row of garages in Abai district; three garages and a car were destroyed.
Shymkent, a city of republican significance since last June, now has its own emergencies department, which asked residents not to burn rubbish in their yards. The Turkistan region akimat, which has moved to the town of Turkistan, banned visits to forests until May.""",
     ann=[
        ('Sozak district', 0, 'district', 'Sozak District', TR, {'note': 'headline'}),
        ('NUR-SULTAN', 0, 'city', 'Astana', 'Astana', {'note': 'dateline; the capital named Nur-Sultan 2019-2022'}),
        ('Turkistan', 0, 'region', TR, TR, {'note': 'NI:fire danger warning; ' + LIST}),
        ('Zhambyl', 0, 'region', JR, JR, {'note': 'NI:fire danger warning; ' + LIST}),
        ('Kyzylorda', 0, 'region', KZR, KZR, {'note': 'NI:fire danger warning; ' + LIST}),
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:fire danger warning'}),
        ('most districts', 0, 'quantified', 'most districts', N, {'count': N, 'unit': 'district', 'note': 'vague quantifier; "most districts of Almaty region"; fire danger, not incidents'}),
        ('Almaty region', 0, 'region', ALR, ALR, {'note': 'NI:fire danger warning'}),
        ('Sozak district', 1, 'district', 'Sozak District', TR),
        ('Turkistan region', 0, 'region', TR, TR),
        ('Sholakkorgan', 0, 'village', 'Sholakkorgan', TR, {'note': 'centre of Sozak district'}),
        ('Shymkent', 1, 'city', 'Shymkent', 'Shymkent'),
        ('Badam river', 0, 'facility', 'Badam River', N, {'subkind': 'river'}),
        ('Abai district', 0, 'district', 'Abai District (Shymkent)', 'Shymkent', {'subkind': 'city district', 'note': 'district of Shymkent, not Abai Region (which did not exist in 2019)'}),
        ('Shymkent', 2, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:status of the city'}),
        ('Turkistan region', 1, 'region', TR, TR, {'note': 'NI:inside the name of an authority (akimat)'}),
        ('Turkistan', 3, 'city', 'Turkistan', TR, {'note': 'NI:seat of the regional akimat'}),
     ],
     inc={TR: (1, 'steppe fire of 600 ha near Sholakkorgan, Sozak district'),
          'Shymkent': (1, 'reed fire on the Badam reaching garages in Abai district, three garages and a car destroyed')}),

dict(id='p007', date='2022-08-09', lang='en',
     event='2022 first summer storms of the three new regions: warnings for 15 of 17 regions; dust storm in Ulytau Region with a fatal bus-car crash on the Zhezkazgan-Satpayev road and a school roof torn in Satpayev; hail on orchards in Karabulak (Eskeldi district) and car windscreens in Taldykorgan (Jetisu Region); steppe fire in Zharma district (Abai Region); heat in Kyzylorda; hail damage in two unnamed regions (unattributed); the June 8 split recalled',
     text="""Dust, hail and fire: the new regions face their first summer storms
NUR-SULTAN, August 9 (Vlast.kz) - Two months after the Abai, Jetisu and Ulytau regions were carved out of their neighbours, their emergency services faced their first serious test this week. Kazhydromet issued warnings for 15 of the country's 17 regions: heat of up to 44C in the Kyzylorda, Turkistan and Zhambyl regions, dust storms in the Ulytau and Karaganda regions, and hail and squalls in the Almaty, Jetisu and Abai regions.

The dust storm hit Zhezkazgan on Sunday afternoon. On the Zhezkazgan-Satpayev road a bus carrying miners collided with a car in near-zero visibility; the car's driver died and seven miners were hurt. In Satpayev itself the wind tore part of the roof off a school gym, the Ulytau region akimat said. "In June our department had eleven people, and now we have a dust storm and a bus crash on the same day," said its head, Marat Zhunusov.

Hail the size of hen's eggs fell on Eskeldi district of Jetisu region on Monday. In the village of Karabulak farmers said it had stripped the apple orchards bare, and in Taldykorgan hailstones broke car windscreens and skylights. The regional akimat put the loss of crops at 1.2 billion tenge.

In Abai region, a steppe fire that started during the squalls burned about 2,000 hectares in Zharma district before crews from Semey and Ayagoz contained it.

The Almaty and Karaganda regions reported no damage. In Kyzylorda, where the thermometer reached 44.1C, the city opened cooling rooms in libraries. The emergencies ministry said hail had also damaged roofs in two other regions, which it did not name.

The split of June 8 moved Semey from East Kazakhstan region to Abai region, Taldykorgan from Almaty region to Jetisu region and Zhezkazgan from Karaganda region to Ulytau region. Officials admitted that some warnings this week had still been addressed to the old regions.""",
     ann=[
        ('NUR-SULTAN', 0, 'city', 'Astana', 'Astana', {'note': 'dateline; the capital named Nur-Sultan until 2022-09-17'}),
        ('Abai', 0, 'region', ABR, ABR, {'note': 'NI:background (creation of the regions); ' + LIST}),
        ('Jetisu', 0, 'region', JTR, JTR, {'note': 'NI:background; ' + LIST}),
        ('Ulytau', 0, 'region', UR, UR, {'note': 'NI:background; ' + LIST}),
        ("15 of the country's 17 regions", 0, 'quantified', '15 regions', N, {'count': 15, 'unit': 'region', 'note': 'weather warnings, not incidents'}),
        ('Kyzylorda', 0, 'region', KZR, KZR, {'note': 'NI:heat warning; ' + LIST}),
        ('Turkistan', 0, 'region', TR, TR, {'note': 'NI:heat warning; ' + LIST}),
        ('Zhambyl', 0, 'region', JR, JR, {'note': 'NI:heat warning; ' + LIST}),
        ('Ulytau', 1, 'region', UR, UR, {'note': 'NI:dust storm warning; ' + LIST}),
        ('Karaganda', 0, 'region', KR, KR, {'note': 'NI:dust storm warning; ' + LIST}),
        ('Almaty', 0, 'region', ALR, ALR, {'note': 'NI:hail warning; ' + LIST + '; the region, not the city'}),
        ('Jetisu', 1, 'region', JTR, JTR, {'note': 'NI:hail warning; ' + LIST}),
        ('Abai', 1, 'region', ABR, ABR, {'note': 'NI:hail warning; ' + LIST}),
        ('Zhezkazgan', 0, 'city', 'Zhezkazgan', UR, {'note': 'dust storm hit the town; Ulytau Region since 2022-06-08'}),
        ('Zhezkazgan', 1, 'city', 'Zhezkazgan', UR, {'note': 'NI:road endpoint'}),
        ('Satpayev', 0, 'city', 'Satpayev', UR, {'note': 'NI:road endpoint'}),
        ('Satpayev', 1, 'city', 'Satpayev', UR),
        ('Ulytau region', 0, 'region', UR, UR, {'note': 'inside the name of an authority (akimat)'}),
        ('Eskeldi district', 0, 'district', 'Eskeldi District', JTR),
        ('Jetisu region', 0, 'region', JTR, JTR),
        ('Karabulak', 0, 'village', 'Karabulak (Eskeldi district)', JTR, {'note': 'a common village name'}),
        ('Taldykorgan', 0, 'city', 'Taldykorgan', JTR, {'note': 'Jetisu Region since 2022-06-08'}),
        ('Abai region', 0, 'region', ABR, ABR),
        ('Zharma district', 0, 'district', 'Zharma District', ABR),
        ('Semey', 0, 'city', 'Semey', ABR, {'note': 'NI:origin of fire crews'}),
        ('Ayagoz', 0, 'city', 'Ayagoz', ABR, {'note': 'NI:origin of fire crews'}),
        ('Almaty', 1, 'region', ALR, ALR, {'note': 'NI:no damage; ' + LIST}),
        ('Karaganda', 1, 'region', KR, KR, {'note': 'NI:no damage; ' + LIST}),
        ('Kyzylorda', 1, 'city', 'Kyzylorda', KZR, {'note': 'NI:heat, cooling rooms; not an incident'}),
        ('two other regions', 0, 'quantified', '2 other regions', N, {'count': 2, 'unit': 'region', 'note': 'hail damage in two unnamed regions'}),
        ('Semey', 1, 'city', 'Semey', ABR, {'note': 'NI:background'}),
        ('East Kazakhstan region', 0, 'region', EKR, EKR, {'note': 'NI:background, the former unit of Semey'}),
        ('Abai region', 1, 'region', ABR, ABR, {'note': 'NI:background'}),
        ('Taldykorgan', 1, 'city', 'Taldykorgan', JTR, {'note': 'NI:background'}),
        ('Almaty region', 0, 'region', ALR, ALR, {'note': 'NI:background, the former unit of Taldykorgan'}),
        ('Jetisu region', 1, 'region', JTR, JTR, {'note': 'NI:background'}),
        ('Zhezkazgan', 2, 'city', 'Zhezkazgan', UR, {'note': 'NI:background'}),
        ('Karaganda region', 0, 'region', KR, KR, {'note': 'NI:background, the former unit of Zhezkazgan'}),
        ('Ulytau region', 1, 'region', UR, UR, {'note': 'NI:background'}),
     ],
     inc={UR: (2, 'bus-car crash in the dust storm on the Zhezkazgan-Satpayev road (one dead); dust storm damage to a school roof in Satpayev'),
          JTR: (1, 'hail damage in Eskeldi district (orchards in Karabulak) and in Taldykorgan (windscreens, skylights); one storm'),
          ABR: (1, 'steppe fire of about 2,000 ha in Zharma district')},
     unatt=[{'label': 'two other regions', 'count': 2, 'note': 'hail damaged roofs in two other, unnamed regions'}]),

dict(id='p008', date='2025-12-03', lang='en',
     event='2025 fog over the west (warning for the Atyrau, Mangystau, West Kazakhstan and Aktobe regions): six-car pile-up on the Atyrau-Dossor road (Atyrau Region), fatal minibus-tractor crash near Aksai (West Kazakhstan Region); Aktau airport flights diverted to Baku; no accidents in Aktobe Region',
     text="""Fog over the west: six-car pile-up near Atyrau, fatal crash near Aksai
ATYRAU, December 3 (KazTAG) - Dense fog, forecast by Kazhydromet for the Atyrau, Mangystau, West Kazakhstan and Aktobe regions, cut visibility to less than 50 metres on Wednesday morning and caused two serious accidents.
Six cars collided on the Atyrau-Dossor road about 20 km east of Atyrau. Four people were taken to hospital, the Atyrau region police said.
In West Kazakhstan region a minibus carrying gas workers to the Karachaganak field hit a tractor near Aksai, killing one passenger and injuring six.
Aktau airport stopped receiving aircraft at 6 a.m. Two flights from Istanbul and Moscow were diverted to Baku, and a flight from Astana turned back. The Aktobe region police reported no accidents but closed the road to Kandyagash to lorries.
Forecasters expect the fog to lift in most districts of the west by Thursday afternoon.""",
     ann=[
        ('Atyrau', 0, 'city', 'Atyrau', ATR, {'note': 'NI:headline; reference point'}),
        ('Aksai', 0, 'city', 'Aksai', WKR, {'note': 'headline'}),
        ('ATYRAU', 0, 'city', 'Atyrau', ATR, {'note': 'dateline'}),
        ('Atyrau', 1, 'region', ATR, ATR, {'note': 'NI:fog forecast; ' + LIST}),
        ('Mangystau', 0, 'region', MR, MR, {'note': 'NI:fog forecast; ' + LIST}),
        ('West Kazakhstan', 0, 'region', WKR, WKR, {'note': 'NI:fog forecast; ' + LIST}),
        ('Aktobe', 0, 'region', AR, AR, {'note': 'NI:fog forecast; ' + LIST}),
        ('Atyrau', 2, 'city', 'Atyrau', ATR, {'note': 'NI:road endpoint'}),
        ('Dossor', 0, 'village', 'Dossor', ATR, {'note': 'NI:road endpoint'}),
        ('Atyrau', 3, 'city', 'Atyrau', ATR, {'note': 'NI:reference point'}),
        ('Atyrau region', 0, 'region', ATR, ATR, {'note': 'inside the name of an authority (police)'}),
        ('West Kazakhstan region', 0, 'region', WKR, WKR),
        ('Karachaganak field', 0, 'facility', 'Karachaganak field', WKR, {'subkind': 'oil and gas field', 'note': 'NI:destination'}),
        ('Aksai', 1, 'city', 'Aksai', WKR),
        ('Aktau airport', 0, 'facility', 'Aktau International Airport', MR, {'subkind': 'airport', 'note': 'NI:airport closed'}),
        ('Istanbul', 0, 'foreign', 'Istanbul', N, {'note': 'NI:flight origin'}),
        ('Moscow', 0, 'foreign', 'Moscow', N, {'note': 'NI:flight origin'}),
        ('Baku', 0, 'foreign', 'Baku', N, {'note': 'NI:diversion airport'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:flight origin'}),
        ('Aktobe region', 0, 'region', AR, AR, {'note': 'NI:inside the name of an authority (police); no accidents'}),
        ('Kandyagash', 0, 'city', 'Kandyagash', AR, {'note': 'NI:road closed'}),
        ('most districts', 0, 'quantified', 'most districts', N, {'count': N, 'unit': 'district', 'note': 'vague quantifier; forecast'}),
     ],
     inc={ATR: (1, 'six-car pile-up in fog on the Atyrau-Dossor road, four hurt'),
          WKR: (1, 'minibus-tractor collision in fog near Aksai, one dead')}),
]
