"""English texts of the fifty-first unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p001', date='2021-02-09', lang='en',
     event='2021 winter transport roundup: coach fire at km 247 of the Almaty-Bishkek highway near Kordai (Jambyl Region); eight-car pile-up at km 184 of the Nur-Sultan-Karaganda highway near the turn to Temirtau, Bukhar-Zhyrau district (Karaganda Region); a jet slides off a taxiway at Nursultan Nazarbayev International Airport (NQZ, Astana); minibus overturned near Saryagash on the Shymkent-Tashkent road (Turkistan Region); a train held at Petropavl station; roads closed in five regions; crashes in two other, unnamed regions (unattributed)',
     text="""ROAD AND AIR ROUNDUP: Coach burns on Almaty-Bishkek highway, pile-up near Temirtau, jet slides off taxiway in Nur-Sultan
NUR-SULTAN, February 9 (Kazinform) - Ice and a blizzard made Tuesday one of the worst days of the winter for transport in Kazakhstan, with roads closed in five regions and serious accidents in the south, the centre and the capital.

A coach carrying 38 passengers from Almaty to Bishkek caught fire at kilometre 247 of the Almaty-Bishkek highway, a few kilometres short of the Kordai border crossing, the Jambyl region police department said. The driver saw smoke coming from the engine compartment and stopped on the hard shoulder; everyone got out before the flames reached the cabin. Two passengers, both citizens of Kyrgyzstan, were treated for smoke inhalation at the district hospital in Kordai. The coach belonged to a carrier registered in Shymkent.

In Karaganda region, eight cars collided in poor visibility at kilometre 184 of the Nur-Sultan-Karaganda highway, near the turn to Temirtau in Bukhar-Zhyrau district. One man was killed and five people were taken to hospital in Karaganda. Traffic towards Temirtau was diverted for four hours.

At Nursultan Nazarbayev International Airport (NQZ), a SCAT Boeing 737 arriving from Aktau slid off a taxiway after landing at 07:40. None of the 112 people on board was hurt, and the airport said the runway had stayed open. The Civil Aviation Committee has opened an inquiry.

"We ask drivers not to travel between regions unless they must," Deputy Interior Minister Marat Kozhayev told reporters. The ministry said roads were closed in five regions, including long stretches in the Akmola and Kostanay regions, and that it had recorded serious crashes in two other regions, which it did not name.

Elsewhere, a minibus overturned on the Shymkent-Tashkent road near Saryagash, injuring four. A passenger train from Almaty to Moscow was held for six hours at Petropavl station because of snow drifts on the line towards Kurgan in Russia.""",
     ann=[
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:headline; road endpoint'}),
        ('Bishkek', 0, 'foreign', 'Bishkek', N, {'note': 'NI:headline; road endpoint (Kyrgyzstan)'}),
        ('Temirtau', 0, 'city', 'Temirtau', KR, {'note': 'NI:headline; reference point'}),
        ('Nur-Sultan', 0, 'city', 'Astana', 'Astana', {'note': 'headline; name of the capital 2019-2022'}),
        ('NUR-SULTAN', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('five regions', 0, 'quantified', '5 regions', N, {'count': 5, 'unit': 'region', 'note': 'roads closed; not an incident'}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of the coach'}),
        ('Bishkek', 1, 'foreign', 'Bishkek', N, {'note': 'NI:destination'}),
        ('Almaty', 2, 'city', 'Almaty', 'Almaty', {'note': 'NI:road endpoint'}),
        ('Bishkek', 2, 'foreign', 'Bishkek', N, {'note': 'NI:road endpoint'}),
        ('Kordai border crossing', 0, 'facility', 'Kordai border crossing', JR, {'subkind': 'border crossing', 'note': 'NI:reference point'}),
        ('Jambyl region', 0, 'region', JR, JR, {'note': 'inside the name of an authority'}),
        ('Kyrgyzstan', 0, 'foreign', 'Kyrgyzstan', N, {'note': 'NI:citizenship'}),
        ('Kordai', 1, 'village', 'Kordai', JR, {'note': 'NI:hospital; district centre'}),
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent', {'note': "NI:carrier's registration"}),
        ('Karaganda region', 0, 'region', KR, KR),
        ('Nur-Sultan', 1, 'city', 'Astana', 'Astana', {'note': 'NI:road endpoint'}),
        ('Karaganda', 1, 'city', 'Karaganda', KR, {'note': 'NI:road endpoint'}),
        ('Temirtau', 1, 'city', 'Temirtau', KR, {'note': 'NI:reference point (near the turn to Temirtau)'}),
        ('Bukhar-Zhyrau district', 0, 'district', 'Bukhar-Zhyrau District', KR),
        ('Karaganda', 2, 'city', 'Karaganda', KR, {'note': 'NI:hospital'}),
        ('Temirtau', 2, 'city', 'Temirtau', KR, {'note': 'NI:direction of diverted traffic'}),
        ('Nursultan Nazarbayev International Airport', 0, 'facility', 'Nursultan Nazarbayev International Airport', 'Astana', {'subkind': 'airport', 'note': 'airport named after a person'}),
        ('NQZ', 0, 'facility', 'Nursultan Nazarbayev International Airport', 'Astana', {'subkind': 'airport code'}),
        ('Aktau', 0, 'city', 'Aktau', MR, {'note': 'NI:origin of the flight'}),
        ('five regions', 1, 'quantified', '5 regions', N, {'count': 5, 'unit': 'region', 'note': 'roads closed; not an incident'}),
        ('Akmola', 0, 'region', AKR, AKR, {'note': 'NI:roads closed; in a list sharing "regions"'}),
        ('Kostanay', 0, 'region', KOR, KOR, {'note': 'NI:roads closed; in a list sharing "regions"'}),
        ('two other regions', 0, 'quantified', '2 other regions', N, {'count': 2, 'unit': 'region', 'note': 'serious crashes in two unnamed regions'}),
        ('Shymkent', 1, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:road endpoint'}),
        ('Tashkent', 0, 'foreign', 'Tashkent', N, {'note': 'NI:road endpoint (Uzbekistan)'}),
        ('Saryagash', 0, 'city', 'Saryagash', TR),
        ('Almaty', 3, 'city', 'Almaty', 'Almaty', {'note': 'NI:route endpoint of the train'}),
        ('Moscow', 0, 'foreign', 'Moscow', N, {'note': 'NI:route endpoint of the train'}),
        ('Petropavl station', 0, 'facility', 'Petropavl railway station', NKR, {'subkind': 'railway station', 'note': 'NI:train held, no accident'}),
        ('Kurgan', 0, 'foreign', 'Kurgan', N, {'note': 'NI:direction of the line'}),
        ('Russia', 0, 'foreign', 'Russia', N),
     ],
     inc={JR: (1, 'coach fire at km 247 of the Almaty-Bishkek highway near the Kordai crossing'),
          KR: (1, 'eight-car pile-up at km 184 of the Nur-Sultan-Karaganda highway in Bukhar-Zhyrau district, one dead'),
          'Astana': (1, 'SCAT Boeing slid off a taxiway at Nursultan Nazarbayev International Airport'),
          TR: (1, 'minibus overturned near Saryagash on the Shymkent-Tashkent road, four hurt')},
     unatt=[{'label': 'two other regions', 'count': 2, 'note': 'serious crashes in two other, unnamed regions'}]),

dict(id='p002', date='1996-03-14', lang='en',
     event='1996 freight train derailment at Shu station (Jambyl Region), two railwaymen hurt, taken to hospital in Zhambyl (the city now called Taraz); the Almaty-Tashkent train held at Otar station; a detour through Kordai and Bishkek',
     text="""Freight train derails at Shu station, line to Tashkent blocked
ALMATY, March 14 (Reuters) - Eleven wagons of a freight train carrying grain derailed at Shu station in Zhambyl region early on Thursday, blocking the main line between Almaty and Tashkent for most of the day, railway officials said.
Two railway workers were injured and taken to hospital in Zhambyl, the regional centre, a railway spokesman said. He said a cracked rail was the most likely cause.
The Almaty-Tashkent passenger train, with about 400 people on board, was held at Otar station, and passengers travelling on to Uzbekistan were offered buses by road through Kordai and Bishkek instead.
The derailment is the third on this stretch since December, the spokesman said. Railway staff have complained for years about worn track and a lack of spare parts since Kazakhstan became independent in 1991.""",
     ann=[
        ('Shu station', 0, 'facility', 'Shu railway station', JR, {'subkind': 'railway station', 'note': 'headline'}),
        ('Tashkent', 0, 'foreign', 'Tashkent', N, {'note': 'NI:headline; destination of the line'}),
        ('ALMATY', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Shu station', 1, 'facility', 'Shu railway station', JR, {'subkind': 'railway station'}),
        ('Zhambyl region', 0, 'region', JR, JR),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:line endpoint'}),
        ('Tashkent', 1, 'foreign', 'Tashkent', N, {'note': 'NI:line endpoint'}),
        ('Zhambyl', 1, 'city', 'Taraz', JR, {'note': 'NI:hospital; the city was called Zhambyl from 1993 to 1997 (Dzhambul before, Taraz after)'}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:train route endpoint'}),
        ('Tashkent', 2, 'foreign', 'Tashkent', N, {'note': 'NI:train route endpoint'}),
        ('Otar station', 0, 'facility', 'Otar railway station', ALR, {'subkind': 'railway station', 'note': 'NI:train held'}),
        ('Uzbekistan', 0, 'foreign', 'Uzbekistan', N, {'note': 'NI:destination'}),
        ('Kordai', 0, 'village', 'Kordai', JR, {'note': 'NI:detour route'}),
        ('Bishkek', 0, 'foreign', 'Bishkek', N, {'note': 'NI:detour route'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
     ],
     inc={JR: (1, 'derailment of eleven grain wagons at Shu station; "the third since December" is background')}),

dict(id='p003', date='2009-08-03', lang='en',
     event='2009 overloaded pleasure boat capsizes on the Kapshagay reservoir, three holidaymakers from Almaty drowned (Almaty Region); survivors taken to Kapshagay; the Ili river from China\'s Xinjiang; the owner from Kapshagay detained',
     text="""Three drown as pleasure boat capsizes on Kapshagay reservoir
KAPSHAGAY, Aug 3 (Tengrinews) - Three holidaymakers from Almaty drowned on Sunday evening when an overloaded pleasure boat capsized on the Kapshagay reservoir about two kilometres from the shore, the Almaty region emergencies department said.
The boat, licensed for eight people, had 14 on board when a sudden squall struck. Eleven people were pulled from the water by rescuers and by the crew of a passing yacht and were taken to the town hospital in Kapshagay.
The reservoir on the Ili river, which flows in from Xinjiang in China, draws tens of thousands of visitors from Almaty every summer weekend. The boat's owner, a resident of Kapshagay, has been detained, police said.
"People rent these boats from whoever stands on the beach with a sign. Nobody checks life jackets," said Serik Abenov, who runs a rescue station on the reservoir.""",
     ann=[
        ('Kapshagay reservoir', 0, 'facility', 'Kapshagay reservoir', ALR, {'subkind': 'reservoir', 'note': 'headline'}),
        ('KAPSHAGAY', 0, 'city', 'Kapshagay', ALR, {'note': 'dateline; the town was renamed Konaev in 2022'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:residence of the victims'}),
        ('Kapshagay reservoir', 1, 'facility', 'Kapshagay reservoir', ALR, {'subkind': 'reservoir'}),
        ('Almaty region', 0, 'region', ALR, ALR, {'note': 'inside the name of an authority'}),
        ('Kapshagay', 2, 'city', 'Kapshagay', ALR, {'note': 'NI:hospital'}),
        ('Ili river', 0, 'facility', 'Ili River', N, {'subkind': 'river'}),
        ('Xinjiang', 0, 'foreign', 'Xinjiang', N),
        ('China', 0, 'foreign', 'China', N),
        ('Almaty', 2, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of visitors'}),
        ('Kapshagay', 3, 'city', 'Kapshagay', ALR, {'note': "NI:owner's residence"}),
     ],
     inc={ALR: (1, 'pleasure boat capsized on the Kapshagay reservoir, three drowned')}),

dict(id='p004', date='2019-10-16', lang='en',
     event='2019 bus drivers\' strike and rally at the akimat in Shymkent (Abai and Al-Farabi districts; Shymkent a city of republican significance); level-crossing collision near Turkestan station, two dead, and two fishermen drowned on the Syr Darya near Shardara (Turkistan Region); lorry hits a coach at km 1,842 of the Samara-Shymkent highway near Zhanakorgan (Kyzylorda Region)',
     text="""Shymkent bus drivers strike as the south counts a deadly week on road, rail and river
SHYMKENT, Oct 16 (Vlast.kz) - Hundreds of drivers of private city buses in Shymkent refused to take their vehicles out on Wednesday morning, leaving long queues at stops in two of the city's districts, Abai and Al-Farabi, the city akimat said. The drivers, who rent their buses from three carriers, say fuel and rental costs have eaten their wages since fares were frozen last year.

About 200 of them gathered outside the akimat until Deputy Akim Yerlan Sadykov agreed to meet a delegation. Some carried placards reading "We are not slaves". By the evening about half of the routes were running again.

The strike came a day after a collision at a level crossing near Turkestan station, 160 km to the north-west, where a freight train from Arys hit a minibus that had driven around a lowered barrier. Two passengers were killed, the Turkestan region police department said. The minibus had been taking traders from Kentau to the market in Turkestan.

On Monday night a lorry with Uzbek plates ran into a stationary coach at kilometre 1,842 of the Samara-Shymkent highway, near Zhanakorgan in Kyzylorda region. The coach was carrying 41 workers from Shymkent to the oil fields near Kyzylorda; six of them were injured. Police said the lorry had been travelling from Tashkent to Yekaterinburg.

And on the Syr Darya near Shardara, two fishermen drowned on Sunday when their motor boat struck a submerged tree, the emergencies department of Turkestan region reported.

The Interior Ministry in Nur-Sultan has promised a review of road safety in the south. "Three fatal accidents in one week in neighbouring regions is too many," Senator Asel Nurlanova said.""",
     ann=[
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'headline; city of republican significance since 2018-06-19'}),
        ('SHYMKENT', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'dateline'}),
        ('Shymkent', 1, 'city', 'Shymkent', 'Shymkent'),
        ("two of the city's districts", 0, 'quantified', '2 districts', N, {'count': 2, 'unit': 'district', 'note': 'both named (Abai, Al-Farabi)'}),
        ('Abai', 0, 'district', 'Abai District (Shymkent)', 'Shymkent', {'subkind': 'city district', 'note': 'not Abai Region'}),
        ('Al-Farabi', 0, 'district', 'Al-Farabi District (Shymkent)', 'Shymkent', {'subkind': 'city district'}),
        ('Turkestan station', 0, 'facility', 'Turkestan railway station', TR, {'subkind': 'railway station'}),
        ('Arys', 0, 'city', 'Arys', TR, {'note': 'NI:origin of the train'}),
        ('Turkestan region', 0, 'region', TR, TR, {'note': 'inside the name of an authority'}),
        ('Kentau', 0, 'city', 'Kentau', TR, {'note': 'NI:origin of the traders'}),
        ('Turkestan', 2, 'city', 'Turkistan', TR, {'note': 'NI:destination of the traders'}),
        ('Samara', 0, 'foreign', 'Samara', N, {'note': 'NI:road endpoint (Russia)'}),
        ('Shymkent', 2, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:road endpoint'}),
        ('Zhanakorgan', 0, 'village', 'Zhanakorgan', KZR, {'note': 'settlement, district centre'}),
        ('Kyzylorda region', 0, 'region', KZR, KZR),
        ('Shymkent', 3, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:origin of the workers'}),
        ('Kyzylorda', 1, 'city', 'Kyzylorda', KZR, {'note': 'NI:destination; reference point'}),
        ('Tashkent', 0, 'foreign', 'Tashkent', N, {'note': 'NI:origin of the lorry'}),
        ('Yekaterinburg', 0, 'foreign', 'Yekaterinburg', N, {'note': 'NI:destination of the lorry'}),
        ('Syr Darya', 0, 'facility', 'Syr Darya', N, {'subkind': 'river'}),
        ('Shardara', 0, 'city', 'Shardara', TR),
        ('Turkestan region', 1, 'region', TR, TR, {'note': 'inside the name of an authority'}),
        ('Nur-Sultan', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the ministry'}),
     ],
     inc={'Shymkent': (1, 'bus drivers\' strike with a rally outside the akimat, one protest'),
          TR: (2, 'level-crossing collision near Turkestan station, two dead; two fishermen drowned on the Syr Darya near Shardara'),
          KZR: (1, 'lorry ran into a coach near Zhanakorgan on the Samara-Shymkent highway, six hurt')}),

dict(id='p005', date='1998-01-22', lang='en',
     event='1998 Tu-134 overruns the runway at Akmola airport in a snowstorm (Akmola, the capital since December 1997: Astana); flight from Almaty; diversions to Karaganda and Kokshetau (North Kazakhstan Region from 1997 to April 1999); the Soviet name Tselinograd',
     text="""Airliner overruns runway in snowstorm at Akmola airport
AKMOLA, Jan 22 (Interfax-Kazakhstan) - A Tu-134 airliner flying from Almaty overran the runway while landing in a snowstorm at Akmola airport on Thursday evening and came to rest in a snow bank, the airport management said. None of the 67 passengers and crew was hurt.
It was the second mishap at the airport since the capital moved here from Almaty in December. The runway, built for the modest traffic of Soviet-era Tselinograd, is to be lengthened this summer.
Later flights to Akmola were diverted to Karaganda and Kokshetau overnight. Transport Minister Nurlan Ospanov, who was on the same aircraft, said he would ask the government for money for new snow-clearing machines.
Passengers complained they had been kept on board for two hours after the plane stopped. "We could see the terminal lights, but nobody came," said a businessman from Pavlodar.""",
     ann=[
        ('Akmola airport', 0, 'facility', 'Akmola airport', 'Astana', {'subkind': 'airport', 'note': 'headline; the airport of the capital, named Akmola until May 1998'}),
        ('AKMOLA', 0, 'city', 'Astana', 'Astana', {'note': 'dateline; name of the capital until May 1998'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of the flight'}),
        ('Akmola airport', 1, 'facility', 'Akmola airport', 'Astana', {'subkind': 'airport'}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:former capital'}),
        ('Tselinograd', 0, 'city', 'Astana', 'Astana', {'note': 'NI:Soviet name of the city'}),
        ('Akmola', 2, 'city', 'Astana', 'Astana', {'note': 'NI:flight destination'}),
        ('Karaganda', 0, 'city', 'Karaganda', KR, {'note': 'NI:diversion airport city'}),
        ('Kokshetau', 0, 'city', 'Kokshetau', NKR, {'note': 'NI:diversion airport city; North Kazakhstan Region from 1997 until the transfer to Akmola Region in April 1999'}),
        ('Pavlodar', 0, 'city', 'Pavlodar', PR, {'note': "NI:passenger's residence"}),
     ],
     inc={'Astana': (1, 'Tu-134 overran the runway at Akmola airport; "the second mishap since December" is background')}),

dict(id='p006', date='2023-09-12', lang='en',
     event='2023 Kazaviaspas Mi-8 helicopter hard landing 40 km south of Zhezkazgan (Ulytau Region, created in 2022 from Karaganda Region); took off from Zhezkazgan airport; second helicopter from Karaganda; patient from Kengir',
     text="""Rescue helicopter makes hard landing near Zhezkazgan
ZHEZKAZGAN, Sept 12 (KazTAG) - A Kazaviaspas Mi-8 helicopter made a hard landing in the steppe 40 km south of Zhezkazgan on Tuesday while flying out to collect a seriously ill shepherd, the Ulytau region emergencies department said. The three crew members were bruised and the landing gear was damaged.
The crew had taken off from Zhezkazgan airport at 10:15 and reported a sudden loss of engine power twenty minutes later. A second helicopter flew in from Karaganda to take the crew and the shepherd, who lives near the village of Kengir, to the regional hospital.
It was the first accident involving a Kazaviaspas aircraft in the new region, which was carved out of the western part of Karaganda region last year. Ulytau region police have opened a case under the article on breaches of flight safety rules.""",
     ann=[
        ('Zhezkazgan', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:headline; reference point'}),
        ('ZHEZKAZGAN', 0, 'city', 'Zhezkazgan', UR, {'note': 'dateline; Ulytau Region since 2022-06-08'}),
        ('Zhezkazgan', 1, 'city', 'Zhezkazgan', UR, {'note': 'NI:reference point ("40 km south of")'}),
        ('Ulytau region', 0, 'region', UR, UR, {'note': 'inside the name of an authority'}),
        ('Zhezkazgan airport', 0, 'facility', 'Zhezkazgan Airport', UR, {'subkind': 'airport', 'note': 'NI:take-off point'}),
        ('Karaganda', 0, 'city', 'Karaganda', KR, {'note': 'NI:origin of the second helicopter'}),
        ('Kengir', 0, 'village', 'Kengir', UR, {'note': "NI:patient's residence"}),
        ('Karaganda region', 0, 'region', KR, KR, {'note': 'NI:former unit of the area'}),
        ('Ulytau region', 1, 'region', UR, UR, {'note': 'inside the name of an authority'}),
     ],
     inc={UR: (1, 'Mi-8 hard landing in the steppe 40 km south of Zhezkazgan')}),

dict(id='p007', date='2025-06-20', lang='en',
     event='2025 transport week in Abai Region: car ferry aground on the Irtysh near Dolon (Beskaragai district), a train hits a car at a level crossing near Ayagoz station, one dead, and a taxi drivers\' protest on Abai Avenue in Semey; the Bukhtarma dam in East Kazakhstan; the Irtysh from China to Russia\'s Omsk Region; ferry crossings suspended in four districts; a bus from Oskemen to Alakol',
     text="""Ferry aground, level-crossing death and a taxi protest: a hard week for transport in Abai region
SEMEY, June 20 (Orda.kz) - A week of transport trouble in Abai region ended on Friday with a car ferry stuck on a sandbank in the middle of the Irtysh and its passengers waiting five hours to be taken ashore.

The ferry, carrying nine cars and a lorry, ran aground near the village of Dolon in Beskaragai district on Thursday evening. Rescuers from Semey took the 27 passengers off by motor boat; no one was hurt. The regional transport department blamed the low water, which has fallen since the Bukhtarma dam upstream in East Kazakhstan cut its discharge. Ferry crossings in four districts of the region have been suspended until the level rises.

The Irtysh, which rises in China and flows on into Russia's Omsk region, is the only route to the right bank for several villages, whose residents now face a detour of up to 200 km by road.

On Tuesday a passenger train travelling from Almaty to Semey hit a car at an unguarded level crossing two kilometres from Ayagoz station, killing its driver, a 58-year-old resident of Ayagoz. The train's 430 passengers continued after a two-hour delay.

On Wednesday about 150 taxi drivers switched off their apps and parked in a line along Abai Avenue in the centre of Semey to protest against a higher commission charged by ride-hailing services. Police called the protest unauthorised but made no arrests, and the akim's office promised talks next week.

Not everything went wrong: a bus with 40 children from Oskemen broke down on the way to a summer camp on Lake Alakol, but a replacement arrived within an hour, the East Kazakhstan education department said.""",
     ann=[
        ('Abai region', 0, 'region', ABR, ABR, {'note': 'headline'}),
        ('SEMEY', 0, 'city', 'Semey', ABR, {'note': 'dateline'}),
        ('Abai region', 1, 'region', ABR, ABR),
        ('Irtysh', 0, 'facility', 'Irtysh River', N, {'subkind': 'river'}),
        ('Dolon', 0, 'village', 'Dolon', ABR),
        ('Beskaragai district', 0, 'district', 'Beskaragai District', ABR),
        ('Semey', 0, 'city', 'Semey', ABR, {'note': 'NI:origin of rescuers'}),
        ('Bukhtarma dam', 0, 'facility', 'Bukhtarma dam', EKR, {'subkind': 'dam', 'note': 'NI:cause of the low water; in East Kazakhstan Region'}),
        ('East Kazakhstan', 0, 'region', EKR, EKR, {'note': 'NI:location of the dam'}),
        ('four districts', 0, 'quantified', '4 districts', N, {'count': 4, 'unit': 'district', 'note': 'ferry crossings suspended; not an incident'}),
        ('Irtysh', 1, 'facility', 'Irtysh River', N, {'subkind': 'river'}),
        ('China', 0, 'foreign', 'China', N),
        ('Russia', 0, 'foreign', 'Russia', N),
        ('Omsk region', 0, 'foreign', 'Omsk Oblast', N),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:route endpoint of the train'}),
        ('Semey', 1, 'city', 'Semey', ABR, {'note': 'NI:route endpoint of the train'}),
        ('Ayagoz station', 0, 'facility', 'Ayagoz railway station', ABR, {'subkind': 'railway station', 'note': 'reference point of the level-crossing crash'}),
        ('Ayagoz', 1, 'city', 'Ayagoz', ABR, {'note': "NI:victim's residence"}),
        ('Abai Avenue', 0, 'facility', 'Abai Avenue (Semey)', ABR, {'subkind': 'street', 'note': 'street named after the poet; not the region'}),
        ('Semey', 2, 'city', 'Semey', ABR, {'note': 'place of the protest'}),
        ('Oskemen', 0, 'city', 'Oskemen', EKR, {'note': 'NI:origin of the children'}),
        ('Lake Alakol', 0, 'facility', 'Lake Alakol', N, {'subkind': 'lake', 'note': 'NI:destination; on the border of Abai and Jetisu regions'}),
        ('East Kazakhstan', 1, 'region', EKR, EKR, {'note': 'inside the name of an authority'}),
     ],
     inc={ABR: (3, 'car ferry aground on the Irtysh near Dolon (no one hurt, counted as a transport accident); train hit a car near Ayagoz station, one dead; taxi drivers\' protest on Abai Avenue in Semey; the broken-down bus is not an accident')}),

dict(id='p008', date='2012-04-05', lang='en',
     event='2012 minibus drivers\' strike and column to the regional akimat in Uralsk (Oral), and a Gazelle from Uralsk to Saratov overturned near Taskala (West Kazakhstan Region); petrol from Russia\'s Orenburg refineries',
     text="""Uralsk minibus drivers strike over petrol price
URALSK, April 5 (Interfax) - Drivers of about 300 private minibuses in Uralsk stopped work on Thursday and drove in a slow column to the akimat of West Kazakhstan region, demanding permission to raise fares after the price of petrol jumped by a fifth in two months.
"We cannot work at a loss. Either the fare goes up or we stay at home," said Ruslan Mukhambetov, one of the organisers. Deputy akim Baurzhan Zhunusov promised an answer within a week; the column dispersed after three hours.
Most petrol sold in western Kazakhstan comes from refineries across the border in Russia's Orenburg region, and supply cuts there hit Oral first, the regional energy department said.
In a separate incident on Thursday, a Gazelle minibus travelling from Uralsk to Saratov overturned on a slippery stretch near the village of Taskala. Two passengers were injured and taken to the district hospital.""",
     ann=[
        ('Uralsk', 0, 'city', 'Oral', WKR, {'note': 'headline; Russian name of Oral'}),
        ('URALSK', 0, 'city', 'Oral', WKR, {'note': 'dateline'}),
        ('Uralsk', 1, 'city', 'Oral', WKR),
        ('West Kazakhstan region', 0, 'region', WKR, WKR, {'note': 'inside the name of an authority (akimat)'}),
        ('Kazakhstan', 1, 'country', 'Kazakhstan', N, {'note': 'directional phrase "western Kazakhstan": only the country'}),
        ('Russia', 0, 'foreign', 'Russia', N),
        ('Orenburg region', 0, 'foreign', 'Orenburg Oblast', N),
        ('Oral', 0, 'city', 'Oral', WKR, {'note': 'NI:supply statement, not an incident'}),
        ('Uralsk', 2, 'city', 'Oral', WKR, {'note': 'NI:route endpoint'}),
        ('Saratov', 0, 'foreign', 'Saratov', N, {'note': 'NI:route endpoint (Russia)'}),
        ('Taskala', 0, 'village', 'Taskala', WKR),
     ],
     inc={WKR: (2, 'minibus drivers\' strike with a column to the regional akimat in Uralsk; Gazelle overturned near Taskala, two hurt')}),
]
