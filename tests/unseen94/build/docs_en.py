"""English texts of the ninety-fourth unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p001', date='2021-03-15', lang='en',
     event='2021 regional briefs with EKR, NKR and WKR: sawmill fire in Ridder and market fire in Semey (both East Kazakhstan Region before the 2022 split); bus overturned in Magzhan Zhumabayev district (NKR); gas blast in a house in Aksai, Burlin district (WKR); trial in Ust-Kamenogorsk not counted; snowstorm forecast for Nur-Sultan and three regions; gas explosions in two other, unnamed regions (unattributed)',
     text="""REGIONAL BRIEFS: EKR, NKR, WKR
Compiled by the news desk, March 15, 2021

EKR: Sawmill fire in Ridder
RIDDER, East Kazakhstan Region - A fire destroyed a sawmill on the outskirts of Ridder overnight on Sunday, the EKR emergencies department said. Twenty firefighters needed four hours to put out the blaze, which spread over 900 square metres. Nobody was hurt. In a separate case, the Ust-Kamenogorsk city court postponed until April the trial of two officials of the EKR akimat accused of taking bribes.

EKR: Market stalls burn in Semey
Fifteen stalls burnt down at a clothing market in Semey on Saturday evening, the city's emergency service reported. Traders said the fire began in a heater left on in a container. Semey remains part of East Kazakhstan, and the regional police department has sent investigators from Ust-Kamenogorsk to look into the cause.

NKR: Bus slides into ditch near Bulaevo
PETROPAVL - A regular bus from Petropavl to Bulaevo slid off the icy road and overturned into a ditch 20 km before Bulaevo, in Magzhan Zhumabayev district, on Sunday, the NKR police department said. Six passengers were taken to hospital in Bulaevo. Roads in four districts of North Kazakhstan remain icy, and the NKR akimat has asked drivers to avoid night trips.

WKR: Gas blast in Aksai
URALSK - A gas explosion damaged a two-storey house in the town of Aksai, Burlin district, on Saturday morning, injuring a woman and her son, the WKR emergencies department said. The town's gas supply was briefly cut. The WKR police department has opened a criminal case over the breach of safety rules.

Weather
The emergencies ministry of Kazakhstan said that gas explosions had also damaged homes in two other regions over the weekend, without naming them.
Kazhydromet expects snowstorms in Nur-Sultan and in the Akmola, Kostanay and Pavlodar regions on Tuesday, with winds of up to 25 metres per second.""",
     ann=[
        ('EKR', 0, 'region', EKR, EKR, {'note': 'headline; English abbreviation of East Kazakhstan Region'}),
        ('NKR', 0, 'region', NKR, NKR, {'note': 'headline; English abbreviation of North Kazakhstan Region'}),
        ('WKR', 0, 'region', WKR, WKR, {'note': 'headline; English abbreviation of West Kazakhstan Region'}),
        ('EKR', 1, 'region', EKR, EKR, {'note': 'brief heading'}),
        ('Ridder', 0, 'city', 'Ridder', EKR, {'note': 'brief heading'}),
        ('RIDDER', 0, 'city', 'Ridder', EKR, {'note': 'dateline'}),
        ('East Kazakhstan Region', 0, 'region', EKR, EKR, {'note': 'dateline'}),
        ('Ridder', 1, 'city', 'Ridder', EKR),
        ('EKR', 2, 'region', EKR, EKR, {'note': 'inside the name of an authority (emergencies department)'}),
        ('Ust-Kamenogorsk', 0, 'city', 'Oskemen', EKR, {'note': 'NI:inside the name of a court; a trial'}),
        ('EKR', 3, 'region', EKR, EKR, {'note': 'NI:inside the name of an authority (akimat); a trial'}),
        ('EKR', 4, 'region', EKR, EKR, {'note': 'brief heading'}),
        ('Semey', 0, 'city', 'Semey', EKR, {'note': 'brief heading; East Kazakhstan Region before 2022-06-08'}),
        ('Semey', 1, 'city', 'Semey', EKR, {'note': 'East Kazakhstan Region before 2022-06-08'}),
        ('Semey', 2, 'city', 'Semey', EKR),
        ('East Kazakhstan', 1, 'region', EKR, EKR, {'note': 'bare region name without head noun'}),
        ('Ust-Kamenogorsk', 1, 'city', 'Oskemen', EKR, {'note': "NI:investigators' origin"}),
        ('NKR', 1, 'region', NKR, NKR, {'note': 'brief heading'}),
        ('Bulaevo', 0, 'city', 'Bulaevo', NKR, {'note': 'brief heading; NI:reference point'}),
        ('PETROPAVL', 0, 'city', 'Petropavl', NKR, {'note': 'dateline'}),
        ('Petropavl', 0, 'city', 'Petropavl', NKR, {'note': 'NI:route endpoint'}),
        ('Bulaevo', 1, 'city', 'Bulaevo', NKR, {'note': 'NI:route endpoint'}),
        ('Bulaevo', 2, 'city', 'Bulaevo', NKR, {'note': 'NI:reference point ("20 km before Bulaevo")'}),
        ('Magzhan Zhumabayev district', 0, 'district', 'Magzhan Zhumabayev District', NKR, {'note': 'district named after a person'}),
        ('NKR', 2, 'region', NKR, NKR, {'note': 'inside the name of an authority (police department)'}),
        ('Bulaevo', 3, 'city', 'Bulaevo', NKR, {'note': 'NI:hospital town'}),
        ('four districts of North Kazakhstan', 0, 'quantified', '4 districts', N, {'count': 4, 'unit': 'district', 'note': 'icy roads, not an incident; the region name is inside the quantified phrase'}),
        ('NKR', 3, 'region', NKR, NKR, {'note': 'inside the name of an authority (akimat)'}),
        ('WKR', 1, 'region', WKR, WKR, {'note': 'brief heading'}),
        ('Aksai', 0, 'city', 'Aksai', WKR, {'note': 'brief heading'}),
        ('URALSK', 0, 'city', 'Oral', WKR, {'note': 'dateline; Russian name of Oral'}),
        ('Aksai', 1, 'city', 'Aksai', WKR),
        ('Burlin district', 0, 'district', 'Burlin District', WKR),
        ('WKR', 2, 'region', WKR, WKR, {'note': 'inside the name of an authority (emergencies department)'}),
        ('WKR', 3, 'region', WKR, WKR, {'note': 'inside the name of an authority (police department)'}),
        ('Kazakhstan', 3, 'country', 'Kazakhstan', N, {'note': 'inside the name of an authority (ministry)'}),
        ('two other regions', 0, 'quantified', '2 other regions', N, {'count': 2, 'unit': 'region', 'note': 'gas explosions in two unnamed regions (unattributed)'}),
        ('Nur-Sultan', 0, 'city', 'Astana', 'Astana', {'note': 'NI:forecast'}),
        ('Akmola', 0, 'region', AKR, AKR, {'note': 'NI:forecast; list sharing the head noun "regions"'}),
        ('Kostanay', 0, 'region', KOR, KOR, {'note': 'NI:forecast; list sharing the head noun "regions"'}),
        ('Pavlodar', 0, 'region', PR, PR, {'note': 'NI:forecast; list sharing the head noun "regions"'}),
     ],
     inc={EKR: (2, 'sawmill fire in Ridder; fire at a clothing market in Semey (East Kazakhstan Region before 2022); the trial in Ust-Kamenogorsk is not counted'),
          NKR: (1, 'bus overturned into a ditch in Magzhan Zhumabayev district; Bulaevo is a reference point'),
          WKR: (1, 'gas explosion in a house in Aksai, Burlin district')},
     unatt=[{'label': 'two other regions', 'count': 2, 'note': 'gas explosions damaging homes in two other, unnamed regions'}]),

dict(id='p002', date='2023-11-02', lang='en',
     event='2023 flat fire on Kazakhstan Street in Oskemen (East Kazakhstan Region) and a brawl in Semey (Abai Region since 2022); EKR police vs Abai Region police; road closure near Shulbinsk not counted; Altai Krai',
     text="""EKR and Abai Region police briefs
UST-KAMENOGORSK, Nov 2 - A fire in a ninth-floor flat on Kazakhstan Street in Oskemen forced the evacuation of 35 residents on Wednesday night, the EKR emergencies department said. A man of 60 was treated for smoke inhalation.
In Semey, which has belonged to Abai Region since June 2022 and is no longer covered by the EKR police, officers of the Abai Region police department detained three young men after a brawl outside a night club on Shakarim Avenue. One of the victims was stabbed in the arm.
The EKR akimat reminded residents that the Ust-Kamenogorsk - Semey road will be closed for repairs near the village of Shulbinsk from November 6. Drivers heading to Ayagoz or to Russia's Altai Krai are advised to use other routes.""",
     ann=[
        ('EKR', 0, 'region', EKR, EKR, {'note': 'headline; inside the name of an authority (police)'}),
        ('Abai Region', 0, 'region', ABR, ABR, {'note': 'headline; inside the name of an authority (police)'}),
        ('UST-KAMENOGORSK', 0, 'city', 'Oskemen', EKR, {'note': 'dateline; Russian name of Oskemen'}),
        ('Kazakhstan Street', 0, 'facility', 'Kazakhstan Street (Oskemen)', EKR, {'subkind': 'street', 'note': 'the country name inside a street name is not annotated separately'}),
        ('Oskemen', 0, 'city', 'Oskemen', EKR),
        ('EKR', 1, 'region', EKR, EKR, {'note': 'inside the name of an authority (emergencies department)'}),
        ('Semey', 0, 'city', 'Semey', ABR, {'note': 'Abai Region since 2022-06-08'}),
        ('Abai Region', 1, 'region', ABR, ABR, {'note': 'NI:background'}),
        ('EKR', 2, 'region', EKR, EKR, {'note': 'NI:inside the name of an authority (police), which no longer covers Semey'}),
        ('Abai Region', 2, 'region', ABR, ABR, {'note': 'inside the name of an authority (police department)'}),
        ('Shakarim Avenue', 0, 'facility', 'Shakarim Avenue (Semey)', ABR, {'subkind': 'street', 'note': 'street named after a person'}),
        ('EKR', 3, 'region', EKR, EKR, {'note': 'NI:inside the name of an authority (akimat)'}),
        ('Ust-Kamenogorsk', 0, 'city', 'Oskemen', EKR, {'note': 'NI:road endpoint'}),
        ('Semey', 1, 'city', 'Semey', ABR, {'note': 'NI:road endpoint'}),
        ('Shulbinsk', 0, 'village', 'Shulbinsk', ABR, {'note': 'NI:planned road closure'}),
        ('Ayagoz', 0, 'city', 'Ayagoz', ABR, {'note': 'NI:destination'}),
        ('Russia', 0, 'foreign', 'Russia', N, {'note': "NI:possessive Russia's"}),
        ('Altai Krai', 0, 'foreign', 'Altai Krai', N, {'note': 'NI:destination'}),
     ],
     inc={EKR: (1, 'fire in a flat on Kazakhstan Street in Oskemen, 35 evacuated'),
          ABR: (1, 'brawl with a stabbing outside a night club on Shakarim Avenue in Semey')}),

dict(id='p003', date='1996-02-10', lang='en',
     event='1996 sulphur dioxide leak at the lead and zinc works in Ust-Kamenogorsk and a shoot-out in Semipalatinsk (Semipalatinsk Region, merged into East Kazakhstan in 1997); Akmola city before it became the capital; Stepnogorsk and Shchuchinsk; trial not counted',
     text="""Gas leak at Ust-Kamenogorsk lead works; shoot-out in Semipalatinsk
UST-KAMENOGORSK, Feb 10 (Interfax-Kazakhstan) - Eleven workers of the lead and zinc works in Ust-Kamenogorsk were taken to hospital on Friday after a sulphur dioxide leak in the smelting shop, the East Kazakhstan regional administration said.
In neighbouring Semipalatinsk Region, a police officer was wounded on Thursday night when a suspect opened fire during an arrest in a garage in Semipalatinsk. The man was detained with an assault rifle and 300 rounds of ammunition. The Semipalatinsk regional prosecutor's office said the weapon had been brought from Russia's Altai territory.
Meanwhile in Akmola, a court jailed a former director of the city's bread plant for four years for embezzlement. The regional administration said heating in Akmola and in the towns of Stepnogorsk and Shchuchinsk had been fully restored after last week's frost.""",
     ann=[
        ('Ust-Kamenogorsk', 0, 'city', 'Oskemen', EKR, {'note': 'headline'}),
        ('Semipalatinsk', 0, 'city', 'Semey', EKR, {'note': 'headline; old name of Semey; town of Semipalatinsk Region, abolished in 1997, whose land is East Kazakhstan Region'}),
        ('UST-KAMENOGORSK', 0, 'city', 'Oskemen', EKR, {'note': 'dateline'}),
        ('Ust-Kamenogorsk', 1, 'city', 'Oskemen', EKR),
        ('East Kazakhstan', 0, 'region', EKR, EKR, {'note': 'inside the name of an authority (regional administration)'}),
        ('Semipalatinsk Region', 0, 'region', EKR, EKR, {'uncertain': True, 'note': 'abolished region (merged into East Kazakhstan Region in 1997), labelled with the unit that holds its land'}),
        ('Semipalatinsk', 2, 'city', 'Semey', EKR, {'note': 'old name of Semey'}),
        ('Semipalatinsk', 3, 'region', EKR, EKR, {'uncertain': True, 'note': 'inside the name of an authority (regional prosecutor); abolished Semipalatinsk Region'}),
        ('Russia', 0, 'foreign', 'Russia', N, {'note': "NI:possessive Russia's"}),
        ('Altai territory', 0, 'foreign', 'Altai Krai', N, {'note': 'NI:origin of the weapon'}),
        ('Akmola', 0, 'city', 'Astana', 'Astana', {'note': 'NI:a trial; the city of Akmola in 1996, before it became the capital'}),
        ('Akmola', 1, 'city', 'Astana', 'Astana', {'note': 'NI:heating restored, not an incident'}),
        ('Stepnogorsk', 0, 'city', 'Stepnogorsk', AKR, {'note': 'NI:heating restored'}),
        ('Shchuchinsk', 0, 'city', 'Shchuchinsk', AKR, {'note': 'NI:heating restored'}),
     ],
     inc={EKR: (2, 'sulphur dioxide leak at the lead and zinc works in Ust-Kamenogorsk, eleven hospitalised; shooting at a police officer in Semipalatinsk (then Semipalatinsk Region, East Kazakhstan land)')}),

dict(id='p004', date='2018-07-02', lang='en',
     event='2018 south briefs two weeks after Shymkent became a city of republican significance: traders block Tashkent Street in Shymkent (Shymkent); flood in Darbaza, Saryagash district, hotel roof fire in Turkistan and a fatal rock fall at the Achisai mine near Kentau (Turkistan Region); outdated "SKR"; fine by a Shymkent court not counted',
     text="""SOUTH BRIEFS: the first fortnight after the reform
SHYMKENT, July 2 - News from Shymkent and the new Turkistan Region, compiled from police and akimat reports.

Shymkent: traders block a street
About 200 traders of the Bekzhan market blocked Tashkent Street in Shymkent for two hours on Monday morning, protesting against a plan to move the market to the outskirts. Officers of the Shymkent city police department, which took over from the SKR police in the city on June 19, detained four people. The city akimat promised talks.

Turkistan Region: yards flooded in Saryagash district
Heavy rain on Sunday flooded 40 yards and the basements of two schools in the village of Darbaza, Saryagash district, the regional emergencies department said. Residents moved in with relatives. Rescuers from Kazygurt district helped to pump out the water.

Turkistan: roof fire at a hotel
Firefighters put out a fire on the roof of a hotel under construction near the Khoja Ahmed Yasawi Mausoleum in Turkistan, which is to become the new regional centre. Nobody was hurt. The Turkistan Region police department is checking whether welders broke safety rules.

Kentau: miner killed
A 42-year-old worker died at the Achisai mine near Kentau on Saturday when a rock fell from the roof of a gallery, the regional labour inspectorate said.

Court
The specialised administrative court of Shymkent fined a bus company 2.5 million tenge for overloading buses on the Shymkent - Turkistan route.

Comment
Many residents still write "SKR" in their complaints, an official of the Turkistan Region akimat said. "We answer all of them, but South Kazakhstan Region no longer exists," he added. In several districts of the region, akimats have already changed their signs.""",
     ann=[
        ('SHYMKENT', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'dateline; city of republican significance since 2018-06-19'}),
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent'),
        ('Turkistan Region', 0, 'region', TR, TR, {'note': 'NI:overview'}),
        ('Shymkent', 1, 'city', 'Shymkent', 'Shymkent', {'note': 'brief heading'}),
        ('Bekzhan market', 0, 'facility', 'Bekzhan market (Shymkent)', 'Shymkent', {'subkind': 'market'}),
        ('Tashkent Street', 0, 'facility', 'Tashkent Street (Shymkent)', 'Shymkent', {'subkind': 'street', 'note': 'street named after a foreign city; not Tashkent'}),
        ('Shymkent', 2, 'city', 'Shymkent', 'Shymkent'),
        ('Shymkent', 3, 'city', 'Shymkent', 'Shymkent', {'note': 'inside the name of an authority (city police department)'}),
        ('SKR', 0, 'region', TR, TR, {'uncertain': True, 'note': 'NI:abbreviation of South Kazakhstan Region in a past authority name; the renamed region is labelled with the unit holding its land on the article date'}),
        ('Turkistan Region', 1, 'region', TR, TR, {'note': 'brief heading'}),
        ('Saryagash district', 0, 'district', 'Saryagash District', TR, {'note': 'brief heading'}),
        ('Darbaza', 0, 'village', 'Darbaza', TR),
        ('Saryagash district', 1, 'district', 'Saryagash District', TR),
        ('Kazygurt district', 0, 'district', 'Kazygurt District', TR, {'note': "NI:rescuers' origin"}),
        ('Turkistan', 2, 'city', 'Turkistan', TR, {'note': 'brief heading'}),
        ('Khoja Ahmed Yasawi Mausoleum', 0, 'facility', 'Khoja Ahmed Yasawi Mausoleum (Turkistan)', TR, {'subkind': 'mausoleum', 'note': 'NI:reference point; named after a person'}),
        ('Turkistan', 3, 'city', 'Turkistan', TR),
        ('Turkistan Region', 2, 'region', TR, TR, {'note': 'inside the name of an authority (police department)'}),
        ('Kentau', 0, 'city', 'Kentau', TR, {'note': 'brief heading'}),
        ('Achisai mine', 0, 'facility', 'Achisai mine (Kentau)', TR, {'subkind': 'mine'}),
        ('Kentau', 1, 'city', 'Kentau', TR, {'note': 'NI:reference point'}),
        ('Shymkent', 4, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:inside the name of a court; a fine'}),
        ('Shymkent', 5, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:route endpoint'}),
        ('Turkistan', 5, 'city', 'Turkistan', TR, {'note': 'NI:route endpoint'}),
        ('SKR', 1, 'region', TR, TR, {'uncertain': True, 'note': 'NI:outdated abbreviation of South Kazakhstan Region used after the renaming; labelled with the unit holding the land'}),
        ('Turkistan Region', 3, 'region', TR, TR, {'note': 'NI:inside the name of an authority (akimat)'}),
        ('South Kazakhstan Region', 0, 'region', TR, TR, {'uncertain': True, 'note': 'NI:the region renamed on 2018-06-19, labelled with the unit holding its land on the article date'}),
        ('several districts of the region', 0, 'quantified', 'several districts', N, {'count': None, 'unit': 'district', 'note': 'new signs, not an incident'}),
     ],
     inc={'Shymkent': (1, 'traders of the Bekzhan market block Tashkent Street, four detained (protest and detentions one incident)'),
          TR: (3, 'flood of 40 yards in Darbaza, Saryagash district; roof fire at a hotel near the mausoleum in Turkistan; fatal rock fall at the Achisai mine near Kentau')}),

dict(id='p005', date='2015-06-20', lang='en',
     event='2015 NKR briefs: fatal house fire in Presnovka, Zhambyl district of North Kazakhstan (not Jambyl Region), and a lorry overturned near Taiynsha; bribery verdict in Petropavlovsk not counted; Kokshetau as a road endpoint',
     text="""NKR: two children die in Presnovka fire, lorry overturns near Taiynsha
PETROPAVLOVSK, June 20 - Two children died in a house fire in the village of Presnovka, Zhambyl district, late on Friday, the NKR emergencies department said. Their mother was at work at the time. The fire started in a summer kitchen.
In Petropavlovsk, the specialised inter-district criminal court of the NKR sentenced a former head of the housing department of the Zhambyl district akimat to six years for taking bribes.
Police in Taiynsha said a lorry hit a cow and overturned on the Petropavlovsk - Kokshetau road near the town on Saturday morning; the driver escaped with bruises. The NKR police department reminded farmers that cattle may not graze by the road.""",
     ann=[
        ('NKR', 0, 'region', NKR, NKR, {'note': 'headline; English abbreviation of North Kazakhstan Region'}),
        ('Presnovka', 0, 'village', 'Presnovka', NKR, {'note': 'headline'}),
        ('Taiynsha', 0, 'city', 'Taiynsha', NKR, {'note': 'headline'}),
        ('PETROPAVLOVSK', 0, 'city', 'Petropavl', NKR, {'note': 'dateline; Russian name of Petropavl'}),
        ('Presnovka', 1, 'village', 'Presnovka', NKR),
        ('Zhambyl district', 0, 'district', 'Zhambyl District (North Kazakhstan Region)', NKR, {'note': 'district of North Kazakhstan Region, not Jambyl Region'}),
        ('NKR', 1, 'region', NKR, NKR, {'note': 'inside the name of an authority (emergencies department)'}),
        ('Petropavlovsk', 0, 'city', 'Petropavl', NKR, {'note': 'NI:seat of a court; a trial'}),
        ('NKR', 2, 'region', NKR, NKR, {'note': 'NI:inside the name of a court'}),
        ('Zhambyl district', 1, 'district', 'Zhambyl District (North Kazakhstan Region)', NKR, {'note': 'NI:inside the name of an authority (akimat); a trial'}),
        ('Taiynsha', 1, 'city', 'Taiynsha', NKR, {'note': 'the police of the town; the accident happened near it'}),
        ('Petropavlovsk', 1, 'city', 'Petropavl', NKR, {'note': 'NI:road endpoint'}),
        ('Kokshetau', 0, 'city', 'Kokshetau', AKR, {'note': 'NI:road endpoint; Akmola Region since 1999'}),
        ('NKR', 3, 'region', NKR, NKR, {'note': 'inside the name of an authority (police department)'}),
     ],
     inc={NKR: (2, 'fatal house fire in Presnovka, Zhambyl district; lorry overturned near Taiynsha; the bribery verdict is not counted')}),

dict(id='p006', date='2024-09-10', lang='en',
     event='2024 WKR briefs: boy drowned in the Ural near Kushum, Baiterek district; balcony collapse on Dostyk Avenue in Oral; car arson in the Zhaiyk microdistrict (May) judged in Oral; fuel-theft statistics in three named districts not counted',
     text="""WKR briefs: boy drowns in the Ural, balcony falls in Oral
URALSK, Sept 10 - A 12-year-old boy drowned in the Ural river near the village of Kushum, Baiterek district, on Monday evening, the WKR emergencies department reported. Divers found his body the next morning.
In Oral, a fourth-floor balcony of a 1960s block on Dostyk Avenue collapsed on Tuesday, slightly injuring a passer-by. The WKR akimat ordered an inspection of 120 old buildings in the regional centre.
The Oral city court jailed for three years a man who set fire to a neighbour's car in the Zhaiyk microdistrict on May 14.
The WKR police department said that in three districts of the region, Kaztalov, Zhanibek and Bokey Orda, fuel thefts from farms had halved since last year.""",
     ann=[
        ('WKR', 0, 'region', WKR, WKR, {'note': 'headline; English abbreviation of West Kazakhstan Region'}),
        ('Ural', 0, 'facility', 'Ural River', N, {'subkind': 'river', 'note': 'headline; a river crossing several units'}),
        ('Oral', 0, 'city', 'Oral', WKR, {'note': 'headline'}),
        ('URALSK', 0, 'city', 'Oral', WKR, {'note': 'dateline; Russian name of Oral'}),
        ('Ural river', 0, 'facility', 'Ural River', N, {'subkind': 'river'}),
        ('Kushum', 0, 'village', 'Kushum', WKR),
        ('Baiterek district', 0, 'district', 'Baiterek District', WKR),
        ('WKR', 1, 'region', WKR, WKR, {'note': 'inside the name of an authority (emergencies department)'}),
        ('Oral', 1, 'city', 'Oral', WKR),
        ('Dostyk Avenue', 0, 'facility', 'Dostyk Avenue (Oral)', WKR, {'subkind': 'street'}),
        ('WKR', 2, 'region', WKR, WKR, {'note': 'inside the name of an authority (akimat)'}),
        ('Oral', 2, 'city', 'Oral', WKR, {'note': 'NI:inside the name of a court; the sentence is not counted, the arson is located by the microdistrict'}),
        ('Zhaiyk microdistrict', 0, 'district', 'Zhaiyk microdistrict (Oral)', WKR, {'subkind': 'microdistrict', 'note': 'a microdistrict of Oral'}),
        ('WKR', 3, 'region', WKR, WKR, {'note': 'NI:inside the name of an authority (police department); statistics'}),
        ('three districts of the region', 0, 'quantified', '3 districts', N, {'count': 3, 'unit': 'district', 'note': 'statistics, not incidents; all three are named'}),
        ('Kaztalov', 0, 'district', 'Kaztalov District', WKR, {'note': 'NI:statistics; list sharing the head noun "districts"'}),
        ('Zhanibek', 0, 'district', 'Zhanibek District', WKR, {'note': 'NI:statistics; list sharing the head noun "districts"'}),
        ('Bokey Orda', 0, 'district', 'Bokey Orda District', WKR, {'note': 'NI:statistics; list sharing the head noun "districts"'}),
     ],
     inc={WKR: (3, 'boy drowned in the Ural near Kushum, Baiterek district; balcony collapse on Dostyk Avenue in Oral; car arson in the Zhaiyk microdistrict on May 14 (narrated with place and date; the sentence is not counted)')}),

dict(id='p007', date='2019-05-05', lang='en',
     event='2019 police digest of Nur-Sultan and Akmola Region: fatal pedestrian crash on Kabanbay Batyr Avenue (Yesil district) and a repair-shop fire on Zhenis Avenue (Saryarka district) in Nur-Sultan; stabbing in Kokshetau, forest fire near Katarkol in the Burabay national park, wage protest in Stepnogorsk (Akmola Region); "Astana police department" as the old name; court fine in Kosshy not counted',
     text="""Police digest: Nur-Sultan and Akmola Region
NUR-SULTAN, May 5 - A selection of the week's reports from the police departments of the capital and of Akmola Region.

Nur-Sultan
A car driven by a 19-year-old hit two pedestrians on a crossing on Kabanbay Batyr Avenue in the Yesil district on Friday night; one of them, a woman of 54, died in hospital. The driver was detained. The capital's police department, which until March was called the Astana police department, said more speed cameras would be installed on the avenue.
In the Saryarka district, a fire in a car repair shop on Zhenis Avenue destroyed three cars on Thursday.

Akmola Region
KOKSHETAU - A 35-year-old man was stabbed to death during a quarrel in a flat in Kokshetau on Wednesday, the Akmola Region police department said. A suspect was caught in Shchuchinsk the next day.
A grass fire spread to the pine forest of the Burabay national park near the village of Katarkol on Saturday; 1.5 hectares burnt before firefighters from Shchuchinsk and Kokshetau stopped it.
In Stepnogorsk, 15 workers of a uranium processing plant held an unauthorised meeting outside the town akimat over unpaid wages. Nobody was detained.

Court
The Kokshetau city court fined the owner of a cafe in the village of Kosshy, Tselinograd district, for selling alcohol to minors.

Statistics
Since January, road accidents in the region have killed 41 people, and in five districts of the region their number has grown, the police department said. Akmola Region borders the Karaganda, Pavlodar, Kostanay and North Kazakhstan regions, and many lorries cross it on their way to Russia.""",
     ann=[
        ('Nur-Sultan', 0, 'city', 'Astana', 'Astana', {'note': 'headline; the capital named Nur-Sultan since 2019-03-23'}),
        ('Akmola Region', 0, 'region', AKR, AKR, {'note': 'headline'}),
        ('NUR-SULTAN', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Akmola Region', 1, 'region', AKR, AKR, {'note': 'inside the name of an authority (police department)'}),
        ('Nur-Sultan', 1, 'city', 'Astana', 'Astana', {'note': 'section heading'}),
        ('Kabanbay Batyr Avenue', 0, 'facility', 'Kabanbay Batyr Avenue (Astana)', 'Astana', {'subkind': 'street', 'note': 'street named after a person'}),
        ('Yesil district', 0, 'district', 'Yesil District (Astana)', 'Astana', {'subkind': 'city district'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:former name of the capital inside the former name of its police department'}),
        ('Saryarka district', 0, 'district', 'Saryarka District (Astana)', 'Astana', {'subkind': 'city district'}),
        ('Zhenis Avenue', 0, 'facility', 'Zhenis Avenue (Astana)', 'Astana', {'subkind': 'street'}),
        ('Akmola Region', 2, 'region', AKR, AKR, {'note': 'section heading'}),
        ('KOKSHETAU', 0, 'city', 'Kokshetau', AKR, {'note': 'dateline'}),
        ('Kokshetau', 0, 'city', 'Kokshetau', AKR),
        ('Akmola Region', 3, 'region', AKR, AKR, {'note': 'inside the name of an authority (police department)'}),
        ('Shchuchinsk', 0, 'city', 'Shchuchinsk', AKR, {'note': 'NI:place of arrest'}),
        ('Burabay national park', 0, 'facility', 'Burabay national park', AKR, {'subkind': 'nature reserve'}),
        ('Katarkol', 0, 'village', 'Katarkol', AKR),
        ('Shchuchinsk', 1, 'city', 'Shchuchinsk', AKR, {'note': "NI:firefighters' origin"}),
        ('Kokshetau', 1, 'city', 'Kokshetau', AKR, {'note': "NI:firefighters' origin"}),
        ('Stepnogorsk', 0, 'city', 'Stepnogorsk', AKR),
        ('Kokshetau', 2, 'city', 'Kokshetau', AKR, {'note': 'NI:inside the name of a court; a fine'}),
        ('Kosshy', 0, 'village', 'Kosshy', AKR, {'note': 'NI:a fine, not an incident; village status in 2019'}),
        ('Tselinograd district', 0, 'district', 'Tselinograd District', AKR, {'note': 'NI:a fine; district of Akmola Region, not the old name of the capital'}),
        ('five districts of the region', 0, 'quantified', '5 districts', N, {'count': 5, 'unit': 'district', 'note': 'accident statistics, not incidents'}),
        ('Akmola Region', 4, 'region', AKR, AKR, {'note': 'NI:geography'}),
        ('Karaganda', 0, 'region', KR, KR, {'note': 'NI:neighbouring region; list sharing the head noun "regions"'}),
        ('Pavlodar', 0, 'region', PR, PR, {'note': 'NI:neighbouring region; list sharing the head noun "regions"'}),
        ('Kostanay', 0, 'region', KOR, KOR, {'note': 'NI:neighbouring region; list sharing the head noun "regions"'}),
        ('North Kazakhstan', 0, 'region', NKR, NKR, {'note': 'NI:neighbouring region; list sharing the head noun "regions"'}),
        ('Russia', 0, 'foreign', 'Russia', N, {'note': 'NI:destination'}),
     ],
     inc={'Astana': (2, 'pedestrians hit on Kabanbay Batyr Avenue, Yesil district, one dead; car repair shop fire on Zhenis Avenue, Saryarka district'),
          AKR: (3, 'fatal stabbing in Kokshetau; forest fire in the Burabay national park near Katarkol; wage protest in Stepnogorsk; the fine in Kosshy and the accident statistics are not counted')}),

dict(id='p008', date='2009-12-14', lang='en',
     event='2009 Almaty briefs: shot fired at a cashier in an exchange office in Aksai-4 (Auezov district) and a kindergarten heater fire in Bostandyk district (Almaty); bus skid near Kapchagay on the Taldykorgan-Almaty route (Almaty Region before the 2022 split); Medeu district court sentence not counted',
     text="""Almaty police and court briefs
ALMATY, Dec 14 - Police of the Auezov district of Almaty detained two men who raided a currency exchange office in the Aksai-4 microdistrict on Saturday and fired a gas pistol at the cashier, injuring her, the city police department said.
A heater caught fire in a kindergarten in the Bostandyk district on Sunday; 40 children were led out and nobody was hurt.
The Medeu district court of Almaty sentenced a former policeman to five years for beating a detainee.
In Almaty Region, a bus travelling from Taldykorgan to Almaty skidded off the icy road near Kapchagay on Sunday; seven passengers were injured, the regional police department reported. The Almaty Region akimat said the Kapchagay - Taldykorgan section of the highway would be widened next year, and that in all districts of the region snow clearing had been put under the control of the akims.""",
     ann=[
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'headline'}),
        ('ALMATY', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Auezov district', 0, 'district', 'Auezov District (Almaty)', 'Almaty', {'subkind': 'city district', 'note': 'inside the name of an authority (district police); named after a person'}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty'),
        ('Aksai-4 microdistrict', 0, 'district', 'Aksai-4 (Almaty)', 'Almaty', {'subkind': 'microdistrict', 'note': 'microdistrict of Almaty, not the town of Aksai'}),
        ('Bostandyk district', 0, 'district', 'Bostandyk District (Almaty)', 'Almaty', {'subkind': 'city district'}),
        ('Medeu district', 0, 'district', 'Medeu District (Almaty)', 'Almaty', {'subkind': 'city district', 'note': 'NI:inside the name of a court; a sentence'}),
        ('Almaty', 2, 'city', 'Almaty', 'Almaty', {'note': 'NI:inside the name of a court'}),
        ('Almaty Region', 0, 'region', ALR, ALR),
        ('Taldykorgan', 0, 'city', 'Taldykorgan', ALR, {'note': 'NI:route endpoint; Almaty Region before 2022-06-08'}),
        ('Almaty', 4, 'city', 'Almaty', 'Almaty', {'note': 'NI:route endpoint'}),
        ('Kapchagay', 0, 'city', 'Konaev', ALR, {'note': 'old name of Konaev (renamed 2022)'}),
        ('Almaty Region', 1, 'region', ALR, ALR, {'note': 'inside the name of an authority (akimat)'}),
        ('Kapchagay', 1, 'city', 'Konaev', ALR, {'note': 'NI:road section endpoint'}),
        ('Taldykorgan', 1, 'city', 'Taldykorgan', ALR, {'note': 'NI:road section endpoint'}),
        ('all districts of the region', 0, 'quantified', 'all districts', N, {'count': None, 'unit': 'district', 'quantifier': 'all', 'note': 'snow clearing, not an incident'}),
     ],
     inc={'Almaty': (2, 'exchange office raid with a gas pistol fired at the cashier in Aksai-4, Auezov district; kindergarten heater fire in Bostandyk district; the sentence is not counted'),
          ALR: (1, 'bus skidded off the road near Kapchagay, seven hurt')}),
]
