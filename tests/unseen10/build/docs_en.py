"""English texts of the tenth unseen check corpus (annotation tuples described in
tests/build_check_corpus.py)."""
N = None
JR, ALR, KYR, TR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'Turkistan Region', 'South Kazakhstan Region'
ABR, JTR, EKR, MR, KOR = 'Abai Region', 'Jetisu Region', 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR, UR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region', 'Ulytau Region'
ATR, AR, WKR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region'

DOCS = [
dict(id='q001', date='1994-02-10', lang='en',
     event='1994 blizzard traps a bus in Amangeldy district and a boiler explodes at a heating plant in Arkalyk (Turgay Region, now Kostanay Region land)',
     text="""ARKALYK, Feb 10 (Interfax-Kazakhstan) - Three people froze to death after a bus travelling from Arkalyk to the village of Amangeldy was trapped by a blizzard in Amangeldy district, the emergency headquarters of Turgay Region said on Thursday.
The bus, carrying 23 passengers, got stuck in snowdrifts about 60 km from Amangeldy late on Tuesday. A tracked vehicle sent from Arkalyk reached it only the next morning, and the survivors were taken to the district hospital in Amangeldy with frostbite.
On the same night a boiler exploded at a heating plant in Arkalyk, leaving about 4,000 flats on Lenin Street and in the 6th microdistrict without heat at minus 32 degrees. Nobody was hurt.
"We have not seen this much snow since 1969," said Serik Amangeldin, who heads the regional headquarters.
Turgay Region was formed in 1990 out of parts of the Kostanay and Tselinograd regions. Coal for its boiler houses comes by rail from Ekibastuz, and deliveries have been late all winter.""",
     ann=[
        ('ARKALYK', 0, 'city', 'Arkalyk', KOR, {'note': 'dateline'}),
        ('Arkalyk', 0, 'city', 'Arkalyk', KOR, {'note': 'NI:route endpoint'}),
        ('Amangeldy', 0, 'village', 'Amangeldy', KOR, {'note': 'NI:route endpoint'}),
        ('Amangeldy district', 0, 'district', 'Amangeldy District', KOR),
        ('Turgay Region', 0, 'region', KOR, KOR, {'uncertain': True, 'note': 'inside the name of an authority; Turgay Region existed 1990-1997 and is not a canonical unit; the places named lie in Kostanay Region on the article date'}),
        ('Amangeldy', 2, 'village', 'Amangeldy', KOR, {'note': 'NI:reference point'}),
        ('Arkalyk', 1, 'city', 'Arkalyk', KOR, {'note': 'NI:origin of the rescue vehicle'}),
        ('Amangeldy', 3, 'village', 'Amangeldy', KOR, {'note': 'NI:hospital'}),
        ('Arkalyk', 2, 'city', 'Arkalyk', KOR),
        ('Lenin Street', 0, 'facility', 'Lenin Street (Arkalyk)', KOR, {'subkind': 'street'}),
        ('6th microdistrict', 0, 'district', 'Microdistrict 6 (Arkalyk)', KOR, {'subkind': 'microdistrict'}),
        ('Turgay Region', 1, 'region', KOR, KOR, {'uncertain': True, 'note': 'NI:background; abolished 1997, land in Kostanay Region on the article date'}),
        ('Kostanay', 0, 'region', KOR, KOR, {'note': 'NI:background; list sharing the head noun regions'}),
        ('Tselinograd', 0, 'region', AKR, AKR, {'uncertain': True, 'note': 'NI:background; former name of Akmola Region, list sharing the head noun regions'}),
        ('Ekibastuz', 0, 'city', 'Ekibastuz', PR, {'note': 'NI:origin of coal'}),
     ],
     inc={KOR: (2, 'bus trapped by a blizzard with three deaths in Amangeldy district; boiler explosion at a heating plant in Arkalyk (street and microdistrict are the same event)')}),

dict(id='q002', date='1996-08-20', lang='en',
     event='1996 miners refuse to surface at the Annensky mine near Zhezkazgan and workers block a road in Karazhal over unpaid wages (Zhezkazgan Region, now Karaganda Region land on the date)',
     text="""ZHEZKAZGAN, Aug 20 (KazTAG) - About 1,200 miners at the Annensky mine near Zhezkazgan refused to come to the surface on Monday, demanding five months of unpaid wages, the administration of Zhezkazgan Region said.
In Karazhal, a town 250 km to the east, some 300 workers of the Atasu ore company blocked the road in front of the town akimat for several hours the same day.
"The money for July has been transferred from Almaty, and we expect the arrears to be cleared by October," deputy governor Kanat Ulytauov told reporters.
The copper complex, bought last year by a Korean investor, is the main employer of the region, home to some 480,000 people. Power to the pumping station of the Kengir reservoir was cut off in June over the company's debts, and water in parts of Zhezkazgan is now delivered by lorries.
Miners in Karaganda and Ekibastuz have threatened to take similar action if their own wage arrears are not paid by September.""",
     ann=[
        ('ZHEZKAZGAN', 0, 'city', 'Zhezkazgan', KR, {'note': 'dateline'}),
        ('Annensky mine', 0, 'facility', 'Annensky mine', KR, {'subkind': 'mine'}),
        ('Zhezkazgan', 0, 'city', 'Zhezkazgan', KR, {'note': 'NI:reference point'}),
        ('Zhezkazgan Region', 0, 'region', KR, KR, {'uncertain': True, 'note': 'inside the name of an authority; Zhezkazgan Region existed until 1997 and is not a canonical unit; its land lies in Karaganda Region on the article date'}),
        ('Karazhal', 0, 'city', 'Karazhal', KR),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of the money'}),
        ('Kengir reservoir', 0, 'facility', 'Kengir reservoir', N, {'subkind': 'reservoir', 'note': 'water body, treated like a natural feature; lies in Karaganda Region on the date'}),
        ('Zhezkazgan', 2, 'city', 'Zhezkazgan', KR, {'note': 'NI:water delivered by lorries (a consequence, not an incident)'}),
        ('Karaganda', 0, 'city', 'Karaganda', KR, {'note': 'NI:threat only'}),
        ('Ekibastuz', 0, 'city', 'Ekibastuz', PR, {'note': 'NI:threat only'}),
     ],
     inc={KR: (2, 'underground sit-in strike at the Annensky mine; road blockade by workers in Karazhal; threats in Karaganda and Ekibastuz are not counted')}),

dict(id='q003', date='2005-05-18', lang='en',
     event='2005 oil well blowout at the Kenbai field, Zhylyoi district, and a fuel lorry fire near Makat (Atyrau Region)',
     text="""ATYRAU, May 18 (Interfax-Kazakhstan) - An oil well blew out at the Kenbai field in Zhylyoi district late on Tuesday, sending up a fountain of oil and associated gas, the emergencies department of Atyrau Region said.
Thirty-two drillers were evacuated to Kulsary, 90 km from the field, and residents of the nearby village of Koschagyl were told to keep their windows shut because of a strong smell of hydrogen sulphide. Two workers were treated for gas poisoning.
A well-control team flew in from Aktau, and specialists from Houston are expected on Friday. Embamunaigas, which operates the field, said the flow had been reduced by morning.
"The gas cloud is moving towards the Caspian Sea, away from houses," said department spokesman Nurlan Zhaiykbayev.
On the same day a fuel lorry overturned on the Atyrau-Dossor road and caught fire near Makat. The driver escaped with burns and was flown to Atyrau.
The field, discovered in 1969, lies 45 km south of Kulsary.""",
     ann=[
        ('ATYRAU', 0, 'city', 'Atyrau', ATR, {'note': 'dateline'}),
        ('Kenbai field', 0, 'facility', 'Kenbai field', ATR, {'subkind': 'oil field'}),
        ('Zhylyoi district', 0, 'district', 'Zhylyoi District', ATR),
        ('Atyrau Region', 0, 'region', ATR, ATR, {'note': 'inside the name of an authority'}),
        ('Kulsary', 0, 'city', 'Kulsary', ATR, {'note': 'NI:evacuation point'}),
        ('Koschagyl', 0, 'village', 'Koschagyl', ATR, {'note': 'NI:residents warned (a measure)'}),
        ('Aktau', 0, 'city', 'Aktau', MR, {'note': 'NI:origin of the well-control team'}),
        ('Houston', 0, 'foreign', 'Houston', N, {'note': 'NI:origin of specialists'}),
        ('Caspian Sea', 0, 'facility', 'Caspian Sea', N, {'subkind': 'sea'}),
        ('Atyrau', 1, 'city', 'Atyrau', ATR, {'note': 'NI:road endpoint'}),
        ('Dossor', 0, 'village', 'Dossor', ATR, {'note': 'NI:road endpoint'}),
        ('Makat', 0, 'village', 'Makat', ATR),
        ('Atyrau', 2, 'city', 'Atyrau', ATR, {'note': 'NI:where the driver was flown'}),
        ('Kulsary', 1, 'city', 'Kulsary', ATR, {'note': 'NI:reference point'}),
     ],
     inc={ATR: (2, 'well blowout at the Kenbai field in Zhylyoi district; fuel lorry overturned and burned near Makat')}),

dict(id='q004', date='2012-01-26', lang='en',
     event='2012 hostage taking at a bank branch on Astana Street in Aksu and a heating main burst in the Zaton microdistrict of Pavlodar (Pavlodar Region)',
     text="""PAVLODAR, Jan 26 (Kazinform) - A man armed with a hunting rifle held four employees of a bank branch hostage for five hours in Aksu on Wednesday before surrendering, the Pavlodar Region police department said.
The 41-year-old, a resident of the village of Kalkaman, demanded that the bank write off his mortgage debt. Nobody was hurt. The branch, on Astana Street in the town centre, will stay closed until Friday. Negotiators were brought in from Pavlodar, 50 km away.
In Pavlodar itself, a heating main burst on Toraighyrov Street in the Zaton microdistrict overnight, leaving 36 apartment blocks without heat at minus 38 degrees. Repair crews of Pavlodarenergo restored the supply after 14 hours.
"The pipes in Zaton were laid in 1971 and should have been replaced long ago," a spokeswoman for the city akimat said.
A similar siege ended with a police assault in Omsk, Russia, last autumn.""",
     ann=[
        ('PAVLODAR', 0, 'city', 'Pavlodar', PR, {'note': 'dateline'}),
        ('Aksu', 0, 'city', 'Aksu (Pavlodar Region)', PR),
        ('Pavlodar Region', 0, 'region', PR, PR, {'note': 'inside the name of an authority'}),
        ('Kalkaman', 0, 'village', 'Kalkaman', PR, {'note': 'NI:residence of the hostage taker'}),
        ('Astana Street', 0, 'facility', 'Astana Street (Aksu)', PR, {'subkind': 'street', 'note': 'street named after the capital; it is in Aksu'}),
        ('Pavlodar', 1, 'city', 'Pavlodar', PR, {'note': 'NI:origin of negotiators'}),
        ('Pavlodar', 2, 'city', 'Pavlodar', PR),
        ('Toraighyrov Street', 0, 'facility', 'Toraighyrov Street (Pavlodar)', PR, {'subkind': 'street'}),
        ('Zaton microdistrict', 0, 'district', 'Zaton (Pavlodar)', PR, {'subkind': 'microdistrict'}),
        ('Zaton', 1, 'district', 'Zaton (Pavlodar)', PR, {'subkind': 'microdistrict'}),
        ('Omsk', 0, 'foreign', 'Omsk', N),
        ('Russia', 0, 'foreign', 'Russia', N),
     ],
     inc={PR: (2, 'hostage taking at a bank branch in Aksu; heating main burst in the Zaton microdistrict of Pavlodar (street, microdistrict and city are one event)')}),

dict(id='q005', date='2016-10-04', lang='en',
     event='2016 bus-lorry collision on the Samara-Shymkent highway in Otrar district and a minibus in an irrigation canal near Zhibek Zholy, Saryagash district (South Kazakhstan Region)',
     text="""SHYMKENT, Oct 4 (Tengrinews) - Six people died and 19 were injured when a passenger bus collided with a grain lorry on the Samara-Shymkent highway in Otrar district of South Kazakhstan Region early on Tuesday, the regional police said.
The bus was carrying seasonal construction workers from Kentau to Astana. The crash happened 12 km north of Shaulder, the district centre. The injured were taken to the district hospital in Shaulder and, by air ambulance, to Shymkent. The lorry driver, a citizen of Uzbekistan, was detained.
Hours earlier a minibus skidded off the road into an irrigation canal near the village of Zhibek Zholy in Saryagash district. Two passengers drowned; seven swam out.
"Both drivers had been at the wheel for more than 12 hours," said regional police spokesman Daulet Kentauov.
Since January, 214 people have died on the roads of the region, police said, more than in any other part of Kazakhstan.""",
     ann=[
        ('SHYMKENT', 0, 'city', 'Shymkent', SKR, {'note': 'dateline'}),
        ('Samara', 0, 'foreign', 'Samara', N, {'note': 'NI:highway endpoint'}),
        ('Shymkent', 0, 'city', 'Shymkent', SKR, {'note': 'NI:highway endpoint'}),
        ('Otrar district', 0, 'district', 'Otyrar District', SKR),
        ('South Kazakhstan Region', 0, 'region', SKR, SKR),
        ('Kentau', 0, 'city', 'Kentau', SKR, {'note': 'NI:origin of the passengers'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:destination'}),
        ('Shaulder', 0, 'village', 'Shaulder', SKR, {'note': 'NI:reference point'}),
        ('Shaulder', 1, 'village', 'Shaulder', SKR, {'note': 'NI:hospital'}),
        ('Shymkent', 1, 'city', 'Shymkent', SKR, {'note': 'NI:where the injured were taken'}),
        ('Uzbekistan', 0, 'foreign', 'Uzbekistan', N, {'note': 'NI:citizenship'}),
        ('Zhibek Zholy', 0, 'village', 'Zhibek Zholy', SKR),
        ('Saryagash district', 0, 'district', 'Saryagash District', SKR),
        ('Kazakhstan', 1, 'country', 'Kazakhstan', N),
     ],
     inc={SKR: (2, 'bus-lorry collision in Otrar district; minibus fell into a canal near Zhibek Zholy (Saryagash district); the yearly road death toll is a statistic, not counted')}),

dict(id='q006', date='2020-12-15', lang='en',
     event='2020 bus-minibus collision in Yesil district and a heating main burst in Almaty district of Nur-Sultan',
     text="""NUR-SULTAN, Dec 15 (The Astana Times) - Eleven passengers were injured when a city bus and a minibus collided at the junction of Kabanbay Batyr Avenue and Turan Avenue in the capital's Yesil district on Tuesday morning, the city police said. Icy roads after the first heavy snowfall were blamed.
Late in the evening a heating main burst in Almaty district, near the Koktal microdistrict, leaving 120 private houses without heat as the temperature fell to minus 27. Crews of Astana-Teploenergo replaced the damaged section by 4 a.m.
"Ninety percent of the network on the right bank was built in Soviet times," deputy akim of Nur-Sultan Yerlan Saryarkin said.
Commuters from Kosshy and Talapker, suburbs in neighbouring Akmola Region, were advised to leave early, and traffic police closed the Nur-Sultan-Karaganda highway to lorries for six hours.""",
     ann=[
        ('NUR-SULTAN', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Kabanbay Batyr Avenue', 0, 'facility', 'Kabanbay Batyr Avenue (Astana)', 'Astana', {'subkind': 'street'}),
        ('Turan Avenue', 0, 'facility', 'Turan Avenue (Astana)', 'Astana', {'subkind': 'street'}),
        ('Yesil district', 0, 'district', 'Yesil District (Astana)', 'Astana', {'subkind': 'city district'}),
        ('Almaty district', 0, 'district', 'Almaty District (Astana)', 'Astana', {'subkind': 'city district', 'note': 'a district of the capital, not Almaty or Almaty Region'}),
        ('Koktal microdistrict', 0, 'district', 'Koktal (Astana)', 'Astana', {'subkind': 'microdistrict'}),
        ('Nur-Sultan', 0, 'city', 'Astana', 'Astana', {'note': 'inside an official title'}),
        ('Kosshy', 0, 'city', 'Kosshy', AKR, {'note': 'NI:residence of commuters'}),
        ('Talapker', 0, 'village', 'Talapker', AKR, {'note': 'NI:residence of commuters'}),
        ('Akmola Region', 0, 'region', AKR, AKR, {'note': 'NI:residence of commuters'}),
        ('Nur-Sultan', 1, 'city', 'Astana', 'Astana', {'note': 'NI:highway endpoint'}),
        ('Karaganda', 0, 'city', 'Karaganda', KR, {'note': 'NI:highway endpoint'}),
     ],
     inc={'Astana': (2, 'bus-minibus collision in Yesil district; heating main burst in Almaty district of the capital; the highway closure is a measure')}),

dict(id='q007', date='2023-06-20', lang='en',
     event='2023 steppe fire over Zhanaarka and Ulytau districts and a car hit by a train at a level crossing in Karazhal (Ulytau Region)',
     text="""ZHEZKAZGAN, June 20 (Kazinform) - A steppe fire that broke out near the village of Atasu has spread over about 12,000 hectares in the Zhanaarka and Ulytau districts of Ulytau Region, the regional emergencies department said on Tuesday.
Dry thunderstorms and gusts of up to 25 metres per second pushed the flames west towards the Sarysu river. Two winter camps and 300 tonnes of hay burned; there were no casualties. More than 400 firefighters and volunteers, including crews from Karaganda and Balkhash, are fighting the blaze with the help of an An-2 aircraft.
Separately, a car was hit by a freight train at a level crossing in Karazhal on Monday night. The driver, 27, died at the scene.
"Crossings in Karazhal have no barriers, and we asked for them last year," said local councillor Aigul Sarysuova.
Ulytau Region was created a year ago from the western districts of Karaganda Region and is the least populated region of Kazakhstan.""",
     ann=[
        ('ZHEZKAZGAN', 0, 'city', 'Zhezkazgan', UR, {'note': 'dateline'}),
        ('Atasu', 0, 'village', 'Atasu', UR),
        ('Zhanaarka', 0, 'district', 'Zhanaarka District', UR, {'note': 'list sharing the head noun districts'}),
        ('Ulytau', 0, 'district', 'Ulytau District', UR, {'note': 'list sharing the head noun districts'}),
        ('Ulytau Region', 0, 'region', UR, UR),
        ('Sarysu river', 0, 'facility', 'Sarysu river', N, {'subkind': 'river'}),
        ('Karaganda', 0, 'city', 'Karaganda', KR, {'note': 'NI:origin of fire crews'}),
        ('Balkhash', 0, 'city', 'Balkhash', KR, {'note': 'NI:origin of fire crews'}),
        ('Karazhal', 0, 'city', 'Karazhal', UR),
        ('Karazhal', 1, 'city', 'Karazhal', UR, {'note': 'NI:general remark on crossings'}),
        ('Ulytau Region', 1, 'region', UR, UR, {'note': 'NI:background'}),
        ('Karaganda Region', 0, 'region', KR, KR, {'note': 'NI:background'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
     ],
     inc={UR: (2, 'steppe fire over two districts counted once; car hit by a train at a level crossing in Karazhal')}),

dict(id='q008', date='2025-09-12', lang='en',
     event='2025 grain harvest progress in the northern regions (no incident)',
     text="""KOSTANAY, Sept 12 (Kazinform) - Farmers in Kazakhstan have threshed grain from 62 percent of the sown area, the agriculture ministry said on Friday, with the Kostanay, North Kazakhstan and Akmola regions, which grow about 70 percent of the country's wheat, ahead of last year's pace.
Yields in Kostanay Region average 14.8 centners per hectare, the best in a decade. "The rains came in June, right when the wheat needed them," said Yerlan Tobolov, who farms 9,000 hectares in Mendykara district.
Harvesting has been completed in all southern regions. Exporters plan to ship grain by rail through the Dostyk and Altynkol crossings to China and through Aktau to Iran, while traders in Petropavl expect more orders from Afghanistan and Uzbekistan.
Storage remains a bottleneck: elevators in the north can hold only 60 percent of the expected crop, the ministry said.
The news came a day after Tobol Kostanay beat Kairat in the national cup final in Astana.""",
     ann=[
        ('KOSTANAY', 0, 'city', 'Kostanay', KOR, {'note': 'dateline'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('Kostanay', 0, 'region', KOR, KOR, {'note': 'list sharing the head noun regions'}),
        ('North Kazakhstan', 0, 'region', NKR, NKR, {'note': 'list sharing the head noun regions'}),
        ('Akmola', 0, 'region', AKR, AKR, {'note': 'list sharing the head noun regions'}),
        ('Kostanay Region', 0, 'region', KOR, KOR),
        ('Mendykara district', 0, 'district', 'Mendykara District', KOR),
        ('all southern regions', 0, 'quantified', 'all southern regions', N, {'count': None, 'unit': 'region', 'quantifier': 'all'}),
        ('Dostyk', 0, 'facility', 'Dostyk border crossing', JTR, {'subkind': 'border crossing', 'note': 'list sharing the head noun crossings'}),
        ('Altynkol', 0, 'facility', 'Altynkol border crossing', JTR, {'subkind': 'border crossing', 'note': 'list sharing the head noun crossings'}),
        ('China', 0, 'foreign', 'China', N),
        ('Aktau', 0, 'city', 'Aktau', MR),
        ('Iran', 0, 'foreign', 'Iran', N),
        ('Petropavl', 0, 'city', 'Petropavl', NKR),
        ('Afghanistan', 0, 'foreign', 'Afghanistan', N),
        ('Uzbekistan', 0, 'foreign', 'Uzbekistan', N),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'venue of a football match'}),
     ],
     inc={}),
]
