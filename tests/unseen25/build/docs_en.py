"""English texts of the twenty-fifth unseen check corpus (security, defence and emergencies;
annotation tuples described in tests/build_check_corpus.py, run with --max-words=420)."""
N = None
JR, ALR, KYR, TR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'Turkistan Region', 'South Kazakhstan Region'
ABR, JTR, EKR, MR, KOR = 'Abai Region', 'Jetisu Region', 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR, UR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region', 'Ulytau Region'
ATR, AR, WKR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region'

DOCS = [
dict(id='p001', date='2017-03-14', lang='en',
     event='2017 shells exploding for five hours at an army ammunition depot outside Arys, with Montaitas evacuated (South Kazakhstan Region, before the 2018 reform), and a grenade accident killing a sergeant at the Otar garrison (Jambyl Region); evacuees in Shymkent and Temirlan; checks in all regions',
     text="""Shells explode for hours at army depot near Arys; villagers evacuated
SHYMKENT, March 14 (Interfax-Kazakhstan) - Artillery shells exploded for more than five hours at an ammunition depot of a military unit outside Arys in South Kazakhstan Region on Tuesday, forcing the evacuation of about 4,000 people from the town's eastern outskirts and from the village of Montaitas, the regional emergencies department said.
A fire in a storage shed, apparently started by a short circuit, spread to stacks of shells at about 10 a.m. Fragments landed up to three kilometres away, damaging roofs on Kazybek Bi Street and a signal box at the Arys-1 railway station. Two conscripts from Kyzylorda and a civilian guard were taken to hospital in Shymkent with burns. Nobody was killed, the Defence Ministry said in Astana.
Trains on the Shymkent-Kyzylorda line were held at Bakyrsha for four hours. Evacuees spent the night in schools in Shymkent and in Temirlan, the centre of Ordabasy district, and began returning home in the evening once sappers had checked the streets.
The depot, built in the 1970s, held about 6,000 tonnes of shells and mines, some of them due to be destroyed this year. Uzbekistan, whose border lies about 90 km to the south, was informed of the blasts, the Foreign Ministry said.
In a separate case, a sergeant was killed and two soldiers were wounded on Monday when a grenade went off during training at the Otar garrison in Jambyl Region, the ministry said. A commission of the Regional Command South, based in Taraz, is investigating both cases.
Kazakhstan's military prosecutor said that depots in all regions would be checked by the end of April, and that the arsenals at Arys and Otar were to be moved away from homes by 2019.""",
     ann=[
        ('Arys', 0, 'city', 'Arys', SKR, {'note': 'headline'}),
        ('SHYMKENT', 0, 'city', 'Shymkent', SKR, {'note': 'dateline'}),
        ('Arys', 1, 'city', 'Arys', SKR),
        ('South Kazakhstan Region', 0, 'region', SKR, SKR),
        ('Montaitas', 0, 'village', 'Montaitas', SKR, {'note': 'evacuated village near the depot, in Arys district'}),
        ('Kazybek Bi Street', 0, 'facility', 'Kazybek Bi Street (Arys)', SKR, {'subkind': 'street', 'note': 'damaged by fragments; part of the one depot blast'}),
        ('Arys-1 railway station', 0, 'facility', 'Arys-1 railway station', SKR, {'subkind': 'railway station', 'note': 'damaged by fragments; part of the one depot blast'}),
        ('Kyzylorda', 0, 'city', 'Kyzylorda', KYR, {'note': 'NI:origin of the conscripts'}),
        ('Shymkent', 0, 'city', 'Shymkent', SKR, {'note': 'NI:hospital town'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the ministry'}),
        ('Shymkent', 1, 'city', 'Shymkent', SKR, {'note': 'NI:route endpoint'}),
        ('Kyzylorda', 1, 'city', 'Kyzylorda', KYR, {'note': 'NI:route endpoint'}),
        ('Bakyrsha', 0, 'village', 'Bakyrsha', SKR, {'note': 'NI:trains held there (Arys district)'}),
        ('Shymkent', 2, 'city', 'Shymkent', SKR, {'note': 'NI:shelter of evacuees'}),
        ('Temirlan', 0, 'village', 'Temirlan', SKR, {'note': 'NI:shelter of evacuees'}),
        ('Ordabasy district', 0, 'district', 'Ordabasy District', SKR, {'note': 'NI:district of the evacuees\' shelter'}),
        ('Uzbekistan', 0, 'foreign', 'Uzbekistan', N, {'note': 'NI:reference point'}),
        ('Otar', 0, 'village', 'Otar', JR, {'note': 'garrison village; district not named in the text'}),
        ('Jambyl Region', 0, 'region', JR, JR),
        ('Taraz', 0, 'city', 'Taraz', JR, {'note': 'NI:seat of the regional command'}),
        ('Kazakhstan', 2, 'country', 'Kazakhstan', N, {'note': 'occurrence 0 is inside the agency name Interfax-Kazakhstan, not annotated'}),
        ('all regions', 0, 'quantified', 'all regions', N, {'count': N, 'unit': 'region', 'quantifier': 'all', 'note': 'planned checks; not about incidents'}),
        ('Arys', 3, 'city', 'Arys', SKR, {'note': 'NI:planned move of the arsenal'}),
        ('Otar', 1, 'village', 'Otar', JR, {'note': 'NI:planned move of the arsenal'}),
     ],
     inc={SKR: (1, 'shells exploding for hours at the ammunition depot outside Arys (one event: depot, street, station and town)'),
          JR: (1, 'grenade blast during training at the Otar garrison, one killed')}),

dict(id='p002', date='2023-02-07', lang='en',
     event='2023 air defence live firing at the Sary-Shagan range on Lake Balkhash near Priozersk (Karaganda Region) by units from Almaty, Aktobe, Taldykorgan and Astana; Matybulak planned (no incident)',
     text="""Air defence crews fire missiles at Sary-Shagan range
PRIOZERSK, Feb 7 (KazTAG) - Air defence units from Almaty, Aktobe and Taldykorgan fired S-300 and Buk missiles at target drones over the Sary-Shagan range on Tuesday, the final stage of a month of winter drills, the Defence Ministry said.
About 600 troops and 90 vehicles had been moved by rail to Priozersk, the garrison town on the western shore of Lake Balkhash in Karaganda Region, from bases in the Jetisu and Aktobe regions. A brigade from Astana worked at night in temperatures of minus 30 C.
All twelve targets were hit. Debris fell inside the range, about 80 km from the town of Balkhash, and no damage was reported.
Observers from Russia, Belarus and Kyrgyzstan watched the firing. Part of the range, used since Soviet times to test anti-missile systems, is leased to Russia. Kazakhstan plans to hold a joint exercise with its allies at Sary-Shagan and at the Matybulak range in Jambyl Region in September.""",
     ann=[
        ('Sary-Shagan range', 0, 'facility', 'Sary-Shagan range', KR, {'subkind': 'military range', 'note': 'headline'}),
        ('PRIOZERSK', 0, 'city', 'Priozersk', KR, {'note': 'dateline'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:home base of a unit'}),
        ('Aktobe', 0, 'city', 'Aktobe', AR, {'note': 'NI:home base of a unit'}),
        ('Taldykorgan', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:home base of a unit'}),
        ('Sary-Shagan range', 1, 'facility', 'Sary-Shagan range', KR, {'subkind': 'military range'}),
        ('Priozersk', 0, 'city', 'Priozersk', KR),
        ('Lake Balkhash', 0, 'facility', 'Lake Balkhash', N, {'subkind': 'lake'}),
        ('Karaganda Region', 0, 'region', KR, KR),
        ('Jetisu', 0, 'region', JTR, JTR, {'note': 'NI:in a list sharing "regions"; home of the units'}),
        ('Aktobe', 1, 'region', AR, AR, {'note': 'NI:in a list sharing "regions"; home of the units'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:home base of a brigade'}),
        ('Balkhash', 1, 'city', 'Balkhash', KR, {'note': 'NI:reference point'}),
        ('Russia', 0, 'foreign', 'Russia', N),
        ('Belarus', 0, 'foreign', 'Belarus', N),
        ('Kyrgyzstan', 0, 'foreign', 'Kyrgyzstan', N),
        ('Russia', 1, 'foreign', 'Russia', N),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('Sary-Shagan', 2, 'facility', 'Sary-Shagan range', KR, {'subkind': 'military range', 'note': 'the range named without "range"'}),
        ('Matybulak range', 0, 'facility', 'Matybulak range', JR, {'subkind': 'military range'}),
        ('Jambyl Region', 0, 'region', JR, JR),
     ],
     inc={}),

dict(id='p003', date='1996-05-21', lang='en',
     event='1996 roof collapse killing three at an underground copper mine near Zhezkazgan, with a background February fatal flooding at Zhezdy (Zhezkazgan Region, abolished 1997: Karaganda Region land); rescuers from Karaganda and Satpayev',
     text="""Rock fall kills three miners at Zhezkazgan copper pit
ALMATY, May 21 (Reuters) - Three miners were killed and five injured when the roof of a gallery collapsed at an underground copper mine near Zhezkazgan on Monday night, Kazakhstan's emergencies committee said on Tuesday.
The collapse happened 400 metres below ground in the South mine of the Zhezkazgantsvetmet combine, which the Korean group Samsung has managed since last year. Rescue teams from Karaganda and Satpayev freed four trapped men after nine hours. The injured were taken to hospital in Satpayev.
The governor of Zhezkazgan Region ordered checks of the roof supports in every pit of the combine and said the families of the dead would receive compensation.
It was the second fatal accident at the combine's mines this year. In February a miner drowned when water flooded a shaft at Zhezdy.
The combine, the country's largest copper producer, exports cathode copper to Europe and China through the port of Riga.""",
     ann=[
        ('Zhezkazgan', 0, 'city', 'Zhezkazgan', KR, {'note': 'headline; Zhezkazgan Region in 1996, its land in Karaganda Region'}),
        ('ALMATY', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Zhezkazgan', 1, 'city', 'Zhezkazgan', KR, {'note': 'the mine is "near Zhezkazgan"; the nearest named place of the collapse'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('South mine', 0, 'facility', 'South mine (Zhezkazgan)', KR, {'subkind': 'mine'}),
        ('Karaganda', 0, 'city', 'Karaganda', KR, {'note': 'NI:origin of rescuers'}),
        ('Satpayev', 0, 'city', 'Satpayev', KR, {'note': 'NI:origin of rescuers'}),
        ('Satpayev', 1, 'city', 'Satpayev', KR, {'note': 'NI:hospital town'}),
        ('Zhezkazgan Region', 0, 'region', KR, KR, {'uncertain': True, 'note': "NI:inside an official's title; Zhezkazgan Region was abolished in 1997 and its land is Karaganda Region in the canonical set"}),
        ('Zhezdy', 0, 'village', 'Zhezdy', KR, {'note': 'background fatal flooding of a shaft in February'}),
        ('Europe', 0, 'foreign', 'Europe', N),
        ('China', 0, 'foreign', 'China', N),
        ('Riga', 0, 'foreign', 'Riga', N, {'note': 'NI:export port'}),
     ],
     inc={KR: (2, 'roof collapse in the South mine near Zhezkazgan (three dead), and the background February flooding of a shaft at Zhezdy (one dead)')}),

dict(id='p004', date='2024-04-09', lang='en',
     event='2024 spring floods in Aktobe (Martuk), Kostanay (Auliekol district) and Atyrau (Kulsary) regions, with water receding in Abai Region (Kalbatau) and houses flooded in five other regions; troops from Shymkent, Almaty and Turkistan Region; a dam burst at Orsk in Russia; emergency in 10 regions',
     text="""Floods cut roads in Aktobe, Kostanay and Atyrau regions; troops sent from Shymkent
ASTANA, April 9 (Kazinform) - Meltwater flooded more than 600 homes in the Aktobe, Kostanay and Atyrau regions overnight as the Ilek, Tobol and Zhem rivers rose, the Emergencies Ministry said on Tuesday. Water also entered houses in five other regions, where smaller streams burst their banks.
In Aktobe Region the Ilek broke through a dyke at Martuk, a district centre 60 km north-west of Aktobe, and cut the road to Kobda. About 1,200 people were taken by bus to a sports hall in the regional capital.
In Kostanay Region, 140 families left their homes in four villages of Auliekol district, and the railway embankment near Kushmurun was reinforced with sandbags. In Atyrau Region, the Zhem reached the southern outskirts of Kulsary and flooded 40 houses and a school; the akimat of Zhylyoi district said a second dyke would be finished by Thursday.
In Abai Region, where the floods began in late March, water has left the streets of Kalbatau and the Kalbatau-Auezov road has reopened.
About 900 soldiers and rescuers have been sent to Aktobe and Kulsary from Shymkent, Almaty and Turkistan Region, the ministry said. A state of emergency is in force in 10 regions.
Across the border, a dam burst at Orsk in Russia's Orenburg region on Friday. Officials in Oral, in West Kazakhstan, expect the Ural to peak there next week and have moved cattle from the river meadows.
"The peak of the flood in the north is still ahead," a deputy prime minister told reporters in Astana.""",
     ann=[
        ('Aktobe', 0, 'region', AR, AR, {'note': 'headline; in a list sharing "regions"'}),
        ('Kostanay', 0, 'region', KOR, KOR, {'note': 'headline; in a list sharing "regions"'}),
        ('Atyrau', 0, 'region', ATR, ATR, {'note': 'headline; in a list sharing "regions"'}),
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:headline; origin of troops'}),
        ('ASTANA', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Aktobe', 1, 'region', AR, AR, {'note': 'in a list sharing "regions"'}),
        ('Kostanay', 1, 'region', KOR, KOR, {'note': 'in a list sharing "regions"'}),
        ('Atyrau', 1, 'region', ATR, ATR, {'note': 'in a list sharing "regions"'}),
        ('Ilek', 0, 'facility', 'Ilek River', N, {'subkind': 'river'}),
        ('Tobol', 0, 'facility', 'Tobol River', N, {'subkind': 'river'}),
        ('Zhem', 0, 'facility', 'Zhem River', N, {'subkind': 'river'}),
        ('five other regions', 0, 'quantified', '5 other regions', N, {'count': 5, 'unit': 'region', 'note': 'houses flooded in five unnamed regions'}),
        ('Aktobe Region', 0, 'region', AR, AR),
        ('Ilek', 1, 'facility', 'Ilek River', N, {'subkind': 'river'}),
        ('Martuk', 0, 'village', 'Martuk', AR, {'note': 'dyke breach'}),
        ('Aktobe', 3, 'city', 'Aktobe', AR, {'note': 'NI:reference point'}),
        ('Kobda', 0, 'village', 'Kobda', AR, {'note': 'NI:end of the cut road'}),
        ('Kostanay Region', 0, 'region', KOR, KOR),
        ('Auliekol district', 0, 'district', 'Auliekol District', KOR),
        ('Kushmurun', 0, 'village', 'Kushmurun', KOR, {'note': 'NI:embankment reinforced, a measure'}),
        ('Atyrau Region', 0, 'region', ATR, ATR),
        ('Zhem', 1, 'facility', 'Zhem River', N, {'subkind': 'river'}),
        ('Kulsary', 0, 'city', 'Kulsary', ATR),
        ('Zhylyoi district', 0, 'district', 'Zhylyoi District', ATR, {'note': 'NI:inside the name of an authority'}),
        ('Abai Region', 0, 'region', ABR, ABR),
        ('Kalbatau', 0, 'village', 'Kalbatau', ABR, {'note': 'flooded since late March; water has left its streets'}),
        ('Kalbatau', 1, 'village', 'Kalbatau', ABR, {'note': 'NI:road endpoint'}),
        ('Auezov', 0, 'village', 'Auezov', ABR, {'note': 'NI:road endpoint (Zharma district)'}),
        ('Aktobe', 4, 'city', 'Aktobe', AR, {'note': 'NI:destination of troops'}),
        ('Kulsary', 1, 'city', 'Kulsary', ATR, {'note': 'NI:destination of troops'}),
        ('Shymkent', 1, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:origin of troops'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of troops'}),
        ('Turkistan Region', 0, 'region', TR, TR, {'note': 'NI:origin of troops'}),
        ('10 regions', 0, 'quantified', '10 regions', N, {'count': 10, 'unit': 'region', 'note': 'state of emergency, a measure; not about incidents'}),
        ('Orsk', 0, 'foreign', 'Orsk', N, {'note': 'dam burst in Russia; not counted'}),
        ('Russia', 0, 'foreign', 'Russia', N),
        ('Orenburg region', 0, 'foreign', 'Orenburg Oblast', N),
        ('Oral', 0, 'city', 'Oral', WKR, {'note': 'NI:forecast peak; cattle moved as a precaution'}),
        ('West Kazakhstan', 0, 'region', WKR, WKR, {'note': 'NI:region named without "Region"'}),
        ('Ural', 0, 'facility', 'Ural River', N, {'subkind': 'river'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:place of the statement'}),
     ],
     inc={AR: (1, 'flooding in Aktobe Region: homes flooded, dyke breach at Martuk, road cut (one flood per ADM1)'),
          KOR: (1, 'flooding in Kostanay Region: families left homes in Auliekol district'),
          ATR: (1, 'flooding in Atyrau Region: 40 houses and a school in Kulsary'),
          ABR: (1, 'Abai Region reported as flooded since late March (Kalbatau); doubtful, the water is receding')},
     unatt=[{'label': 'five other regions', 'count': 5, 'note': 'houses flooded in five unnamed regions'}]),

dict(id='p005', date='2020-11-24', lang='en',
     event="2020 gunman holding three microcredit employees hostage on Tauelsizdik Avenue in Nur-Sultan's Almaty district (Astana), a resident of Shortandy (Akmola Region); background February hostage-taking in a bank branch in Aktobe (Aktobe Region)",
     text="""Gunman frees hostages at Nur-Sultan microcredit office
NUR-SULTAN, Nov 24 (Tengrinews) - A man armed with a hunting rifle held three employees of a microcredit company hostage for four hours in Nur-Sultan's Almaty district on Tuesday before giving himself up, the city police department said.
The 41-year-old, a resident of Shortandy in Akmola Region, entered the office on Tauelsizdik Avenue at about 11 a.m. and demanded that his debt of 2.3 million tenge be written off. Special forces sealed off the block and moved pupils out of a nearby school. A negotiator persuaded him to release a pregnant woman first. Nobody was hurt.
Police said the man had served in the army in Almaty and held a licence for the rifle. He faces up to 15 years in prison.
It was the second hostage-taking in Kazakhstan this year. In February a man with a knife held a cashier for two hours in a bank branch in Aktobe.""",
     ann=[
        ('Nur-Sultan', 0, 'city', 'Astana', 'Astana', {'note': 'headline; the capital named Nur-Sultan in 2020'}),
        ('NUR-SULTAN', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Nur-Sultan', 1, 'city', 'Astana', 'Astana'),
        ('Almaty district', 0, 'district', 'Almaty District (Astana)', 'Astana', {'subkind': 'city district', 'note': 'a district of the capital, not Almaty city'}),
        ('Shortandy', 0, 'village', 'Shortandy', AKR, {'note': 'NI:residence of the gunman'}),
        ('Akmola Region', 0, 'region', AKR, AKR, {'note': 'NI:residence of the gunman'}),
        ('Tauelsizdik Avenue', 0, 'facility', 'Tauelsizdik Avenue (Astana)', 'Astana', {'subkind': 'street'}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:place of army service'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('Aktobe', 0, 'city', 'Aktobe', AR, {'note': 'background hostage-taking in a bank in February'}),
     ],
     inc={'Astana': (1, 'hostage-taking in the microcredit office on Tauelsizdik Avenue, Almaty district'),
          AR: (1, 'background February hostage-taking in a bank branch in Aktobe')}),

dict(id='p006', date='2026-02-10', lang='en',
     event='2026 Almaty court sentences three men for plotting a bomb attack on a police station in Kaskelen (Almaty Region), detained in a flat in Nauryzbai district of Almaty; links to Syria and Turkey (no incident)',
     text="""Almaty court jails three for plotting bomb attack on police station
ALMATY, Feb 10 (Vlast.kz) - The Specialised Interdistrict Criminal Court of Almaty on Tuesday sentenced three men to between eight and twelve years in prison for planning a bomb attack on a police station in Kaskelen, a town west of the city.
The men, two from Kaskelen and one from Taraz, were detained in July in a rented flat in Almaty's Nauryzbai district, where officers found fertiliser, nails and a timer. Prosecutors said they had chosen the station on Tole Bi Street because a cousin of one of them had been held there.
The defendants said they had learnt to make explosives from videos posted by militants in Syria; one had travelled to Turkey in 2024. Their lawyers argued that no device had been built and will appeal.
The Almaty Region police chief said patrols around police buildings in Karasay district had been stepped up after the arrests.""",
     ann=[
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:headline; seat of the court'}),
        ('ALMATY', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:inside the name of the court'}),
        ('Kaskelen', 0, 'city', 'Kaskelen', ALR, {'note': 'NI:target of a plot that was not carried out'}),
        ('Kaskelen', 1, 'city', 'Kaskelen', ALR, {'note': 'NI:origin of two defendants'}),
        ('Taraz', 0, 'city', 'Taraz', JR, {'note': 'NI:origin of a defendant'}),
        ('Almaty', 2, 'city', 'Almaty', 'Almaty', {'note': 'NI:place of the detention'}),
        ('Nauryzbai district', 0, 'district', 'Nauryzbai District (Almaty)', 'Almaty', {'subkind': 'city district', 'note': 'NI:place of the detention'}),
        ('Tole Bi Street', 0, 'facility', 'Tole Bi Street (Kaskelen)', ALR, {'subkind': 'street', 'note': 'NI:street of the planned target'}),
        ('Syria', 0, 'foreign', 'Syria', N),
        ('Turkey', 0, 'foreign', 'Turkey', N),
        ('Almaty Region', 0, 'region', ALR, ALR, {'note': "NI:inside an official's title"}),
        ('Karasay district', 0, 'district', 'Karasay District', ALR, {'note': 'NI:patrols stepped up, a measure'}),
     ],
     inc={}),

dict(id='p007', date='2025-01-21', lang='en',
     event='2025 avalanche sweeping a car off the road above Ulba near Ridder (East Kazakhstan Region), driver rescued by a team from Oskemen; warnings for the Ile Alatau; an avalanche at the Too-Ashuu pass in Kyrgyzstan',
     text="""Avalanche sweeps car off mountain road near Ridder; driver rescued
OSKEMEN, Jan 21 (Kazinform) - An avalanche swept a car off the road above the village of Ulba, 7 km from Ridder, on Monday afternoon, and rescuers dug the driver out alive after two hours, the emergencies department of East Kazakhstan Region said.
The 34-year-old man, who was driving alone to a weather station, was taken to hospital in Ridder with frostbite. A team from Oskemen brought a snow blower and avalanche dogs; the road remained closed on Tuesday.
Avalanche danger stays high in the mountains of the region and in the Ile Alatau range, forecasters at Kazhydromet warned, and off-piste skiing is banned until the weekend.
In neighbouring Kyrgyzstan an avalanche blocked the Bishkek-Osh highway at the Too-Ashuu pass on Monday, trapping about 200 cars for a night.""",
     ann=[
        ('Ridder', 0, 'city', 'Ridder', EKR, {'note': 'NI:headline; reference point ("near Ridder")'}),
        ('OSKEMEN', 0, 'city', 'Oskemen', EKR, {'note': 'dateline'}),
        ('Ulba', 0, 'village', 'Ulba', EKR, {'note': 'avalanche on the road above the village'}),
        ('Ridder', 1, 'city', 'Ridder', EKR, {'note': 'NI:reference point'}),
        ('East Kazakhstan Region', 0, 'region', EKR, EKR, {'note': 'inside the name of an authority'}),
        ('Ridder', 2, 'city', 'Ridder', EKR, {'note': 'NI:hospital town'}),
        ('Oskemen', 0, 'city', 'Oskemen', EKR, {'note': 'NI:origin of the rescue team'}),
        ('Ile Alatau', 0, 'facility', 'Ile Alatau', N, {'subkind': 'mountain range', 'note': 'warning only'}),
        ('Kyrgyzstan', 0, 'foreign', 'Kyrgyzstan', N),
        ('Bishkek', 0, 'foreign', 'Bishkek', N, {'note': 'NI:route endpoint'}),
        ('Osh', 0, 'foreign', 'Osh', N, {'note': 'NI:route endpoint'}),
        ('Too-Ashuu pass', 0, 'foreign', 'Too-Ashuu pass', N, {'subkind': 'mountain pass', 'note': 'avalanche in Kyrgyzstan; not counted'}),
     ],
     inc={EKR: (1, 'avalanche sweeping a car off the road above Ulba near Ridder')}),

dict(id='p008', date='2010-04-08', lang='en',
     event='2010 Kazakhstan closes the Korday crossing (Jambyl Region) and reinforces posts near Merke after shooting in Bishkek; Kazakh citizens evacuated to Almaty (no incident)',
     text="""Kazakhstan shuts Kyrgyz border after deadly unrest in Bishkek
ALMATY, April 8 (Reuters) - Kazakhstan closed its border with Kyrgyzstan on Thursday after a day of shooting and looting in Bishkek, where protesters stormed government buildings and at least 70 people were killed.
Lorries queued for 5 km back to the village of Korday on the Kazakh side of the Korday crossing, the busiest on the frontier, 20 km from the Kyrgyz capital. Border guards reinforced posts along the Chu river and near Merke, and an army battalion moved from Taraz to the border, the border service said.
About 300 Kazakh citizens who had fled Bishkek on foot were taken by bus to Almaty. Kazakh Foreign Ministry officials said none of them had been hurt. Trade through Jambyl Region, which sells flour and fuel to Kyrgyzstan, is expected to fall sharply.""",
     ann=[
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('Bishkek', 0, 'foreign', 'Bishkek', N, {'note': 'headline'}),
        ('ALMATY', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Kazakhstan', 1, 'country', 'Kazakhstan', N),
        ('Kyrgyzstan', 0, 'foreign', 'Kyrgyzstan', N),
        ('Bishkek', 1, 'foreign', 'Bishkek', N, {'note': 'unrest abroad; not counted'}),
        ('Korday', 0, 'village', 'Korday', JR, {'note': 'NI:queue of lorries reached it'}),
        ('Korday crossing', 0, 'facility', 'Korday crossing', JR, {'subkind': 'border crossing', 'note': 'NI:closed, a measure'}),
        ('Chu', 0, 'facility', 'Chu River', N, {'subkind': 'river', 'note': 'border river with Kyrgyzstan'}),
        ('Merke', 0, 'village', 'Merke', JR, {'note': 'NI:posts reinforced, a measure'}),
        ('Taraz', 0, 'city', 'Taraz', JR, {'note': 'NI:origin of a battalion'}),
        ('Bishkek', 2, 'foreign', 'Bishkek', N, {'note': 'NI:origin of fleeing citizens'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:destination of evacuees'}),
        ('Jambyl Region', 0, 'region', JR, JR),
        ('Kyrgyzstan', 1, 'foreign', 'Kyrgyzstan', N),
     ],
     inc={}),
]
