"""English texts of the seventieth unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'
AST, ALM, SHY = 'Astana', 'Almaty', 'Shymkent'
CD = 'city district'

DOCS = [
dict(id='p001', date='2015-07-20', lang='en',
     event='2015 weekend in Astana: construction-site fire on Kabanbay Batyr Avenue (Yesil district), taxi-minibus collision at Respublika and Abay avenues (Saryarka district), a boy drowned in the Yesil river; hot-water cut in Almaty district (not counted); grain store fire in the town of Esil (Akmola Region); fatal tractor accident near Yavlenka, Yesil district of North Kazakhstan Region',
     text="""ASTANA WEEKEND: fire, crash and a drowning in the capital; grain store burns in Esil
ASTANA, July 20 (Kazinform) - Firefighters spent three hours on Saturday night putting out a blaze at a construction site on Kabanbay Batyr Avenue in Yesil district, the capital's emergencies department said. Insulation panels stacked on the ninth floor of an unfinished office block caught fire; two welders were treated for smoke inhalation.

Early on Sunday a taxi and a minibus collided at the junction of Respublika Avenue and Abay Avenue in Saryarka district. Six people were injured, among them a family visiting from Karaganda. Police said the taxi driver, a 23-year-old from Esil, had driven through a red light.

On Sunday afternoon a 16-year-old boy drowned in the Yesil near the Triathlon Park on the left bank. It was the fourth drowning in the city this summer, the akimat said, urging residents to swim only at the official beaches.

Residents of Almaty district, meanwhile, complained of a third day without hot water. The city heating company said a pipe under Tauelsizdik Avenue was being replaced and that supply would return on Tuesday.

Outside the capital the weekend was no calmer. In the town of Esil, about 230 km west of Astana, a fire destroyed part of a grain store at the local elevator on Saturday, the Akmola regional emergencies department reported. Some 400 tonnes of last year's wheat were lost. Nobody was hurt.

In North Kazakhstan a tractor overturned on a field near Yavlenka, the centre of Yesil district, killing its driver, regional police said.

The district shares its name with the capital's district, with the Akmola town and with the river that flows past all three. "Callers mix them up all the time," a duty officer at the 112 centre in Petropavl said. "When somebody says 'Yesil district', we always ask: which one?\"""",
     ann=[
        ('ASTANA', 0, 'city', 'Astana', AST, {'note': 'headline'}),
        ('Esil', 0, 'city', 'Esil', AKR, {'note': 'headline; the town in Akmola Region, not the river or the districts'}),
        ('ASTANA', 1, 'city', 'Astana', AST, {'note': 'dateline'}),
        ('Kabanbay Batyr Avenue', 0, 'facility', 'Kabanbay Batyr Avenue (Astana)', AST, {'subkind': 'street', 'note': 'avenue named after a person'}),
        ('Yesil district', 0, 'district', 'Yesil District (Astana)', AST, {'subkind': CD, 'note': 'district of the capital'}),
        ('Respublika Avenue', 0, 'facility', 'Respublika Avenue (Astana)', AST, {'subkind': 'street'}),
        ('Abay Avenue', 0, 'facility', 'Abay Avenue (Astana)', AST, {'subkind': 'street', 'note': 'avenue named after the poet; not Abai Region'}),
        ('Saryarka district', 0, 'district', 'Saryarka District (Astana)', AST, {'subkind': CD}),
        ('Karaganda', 0, 'city', 'Karaganda', KR, {'note': 'NI:origin of victims'}),
        ('Esil', 1, 'city', 'Esil', AKR, {'note': "NI:driver's origin"}),
        ('Yesil', 1, 'facility', 'Yesil River', N, {'subkind': 'river', 'note': 'the river (Ishim) in Astana; the drowning is counted for Astana'}),
        ('Triathlon Park', 0, 'facility', 'Triathlon Park (Astana)', AST, {'subkind': 'park'}),
        ('Almaty district', 0, 'district', 'Almaty District (Astana)', AST, {'subkind': CD, 'note': 'NI:hot-water cut; district of the capital, not Almaty or Almaty Region'}),
        ('Tauelsizdik Avenue', 0, 'facility', 'Tauelsizdik Avenue (Astana)', AST, {'subkind': 'street', 'note': 'NI:pipe replacement'}),
        ('Esil', 2, 'city', 'Esil', AKR),
        ('Astana', 0, 'city', 'Astana', AST, {'note': 'NI:reference point'}),
        ('Akmola', 0, 'region', AKR, AKR, {'note': 'inside the name of an authority'}),
        ('North Kazakhstan', 0, 'region', NKR, NKR),
        ('Yavlenka', 0, 'village', 'Yavlenka', NKR, {'note': '"near Yavlenka", the accident site'}),
        ('Yesil district', 1, 'district', 'Yesil District (North Kazakhstan)', NKR, {'note': 'the rural district of North Kazakhstan Region, centre Yavlenka; not the district of Astana'}),
        ('Akmola', 1, 'region', AKR, AKR, {'note': 'NI:"the Akmola town" (Esil); the region name used attributively'}),
        ('Petropavl', 0, 'city', 'Petropavl', NKR, {'note': 'NI:seat of the 112 centre'}),
     ],
     inc={AST: (3, 'construction-site fire in Yesil district; taxi-minibus collision in Saryarka district; boy drowned in the Yesil (the "fourth drowning this summer" is a statistic); hot-water cut not counted'),
          AKR: (1, 'grain store fire at the elevator in Esil'),
          NKR: (1, 'tractor overturned near Yavlenka, Yesil district, driver killed')}),

dict(id='p002', date='2021-03-03', lang='en',
     event='2021 flat fire in Baikonur district of Nur-Sultan (Astana), and a car hitting a camel on the road between the town of Baikonur and Toretam (Kyzylorda Region); the lease of Baikonur to Russia',
     text="""Flat fire in Nur-Sultan's Baikonur district; car hits camel outside Baikonur town
NUR-SULTAN, March 3 - Eleven residents were evacuated from a five-storey block in Baikonur district of Nur-Sultan on Wednesday morning after a fire broke out in a ground-floor flat on Zhubanov Street, the city emergencies department said. A 70-year-old man was taken to hospital with burns to his hands.

The district, formed in 2018 on the right bank, is named after the cosmodrome. It has nothing to do with the town of the same name some 1,300 km to the south-west, where on the same morning a car carrying three contractors of the Russian space agency struck a camel on the road between Baikonur and the village of Toretam.

The driver suffered minor injuries, the police of Kyzylorda Region said. The camel died at the scene. Baikonur and the cosmodrome are leased to Russia until 2050, and the town's streets are patrolled jointly by Kazakh and Russian officers.""",
     ann=[
        ('Nur-Sultan', 0, 'city', 'Astana', AST, {'note': 'headline; possessive; the capital named Nur-Sultan 2019-2022'}),
        ('Baikonur district', 0, 'district', 'Baikonur District (Astana)', AST, {'subkind': CD, 'note': 'headline; district of the capital, not the town'}),
        ('Baikonur', 1, 'city', 'Baikonur', KZR, {'note': 'headline; "outside Baikonur town", the accident site; town leased to Russia'}),
        ('NUR-SULTAN', 0, 'city', 'Astana', AST, {'note': 'dateline'}),
        ('Baikonur district', 1, 'district', 'Baikonur District (Astana)', AST, {'subkind': CD}),
        ('Nur-Sultan', 1, 'city', 'Astana', AST),
        ('Zhubanov Street', 0, 'facility', 'Zhubanov Street (Astana)', AST, {'subkind': 'street', 'note': 'street named after a person'}),
        ('Baikonur', 3, 'city', 'Baikonur', KZR, {'note': 'NI:route endpoint'}),
        ('Toretam', 0, 'village', 'Toretam', KZR, {'note': 'NI:route endpoint'}),
        ('Kyzylorda Region', 0, 'region', KZR, KZR, {'note': 'inside the name of an authority (police)'}),
        ('Baikonur', 4, 'city', 'Baikonur', KZR, {'note': 'NI:lease'}),
        ('Russia', 0, 'foreign', 'Russia', N, {'note': 'lessee'}),
     ],
     inc={AST: (1, 'fire in a ground-floor flat in Baikonur district, one man burnt'),
          KZR: (1, 'car struck a camel on the Baikonur-Toretam road, driver hurt')}),

dict(id='p003', date='1994-02-15', lang='en',
     event='1994 gas explosion in a block of flats in the Oktyabrsky district of Karaganda (renamed after Alikhan Bokeikhan in 2021), and a miners\' bus sliding into a ditch near the town of Abai (Karaganda Region); Abai district of Semipalatinsk Region (abolished 1997) as a contrast',
     text="""Gas blast kills woman in Karaganda; miners' bus skids off road near Abai
KARAGANDA, Feb 15 (Interfax-Kazakhstan) - A gas explosion destroyed two flats on the third floor of a five-storey building in the Oktyabrsky district of Karaganda late on Monday, killing a 58-year-old woman and injuring four neighbours, the Karaganda regional emergency service said. The building on Bukhar Zhyrau Avenue had not had its gas pipes checked for two years, the service added.

Early on Tuesday a bus taking night-shift miners to a pit slid off an icy road into a ditch near the town of Abai, 30 km south-west of Karaganda. Twelve miners were taken to the town hospital with bruises and fractures.

The mining town was named after the poet Abai Kunanbayev in 1961. Listeners who called our studio asked whether the crash was in Abai district of Semipalatinsk Region, where the poet was born. It was not: that district, with its centre in Karaul, is more than 500 km to the east.""",
     ann=[
        ('Karaganda', 0, 'city', 'Karaganda', KR, {'note': 'headline'}),
        ('Abai', 0, 'city', 'Abai', KR, {'note': 'headline; "near Abai", the crash site; the Karaganda town, not Abai Region'}),
        ('KARAGANDA', 0, 'city', 'Karaganda', KR, {'note': 'dateline'}),
        ('Oktyabrsky district', 0, 'district', 'Alikhan Bokeikhan District (Karaganda)', KR, {'subkind': CD, 'note': 'Soviet-era name of the city district, renamed after Alikhan Bokeikhan in 2021'}),
        ('Karaganda', 1, 'city', 'Karaganda', KR),
        ('Karaganda', 2, 'region', KR, KR, {'note': 'inside the name of an authority ("Karaganda regional emergency service")'}),
        ('Bukhar Zhyrau Avenue', 0, 'facility', 'Bukhar Zhyrau Avenue (Karaganda)', KR, {'subkind': 'street', 'note': 'avenue named after a person'}),
        ('Abai', 1, 'city', 'Abai', KR),
        ('Karaganda', 3, 'city', 'Karaganda', KR, {'note': 'NI:reference point'}),
        ('Abai district', 0, 'district', 'Abai District (Abai Region)', EKR, {'note': "NI:not the crash site; the rural district of Semipalatinsk Region, whose land was in East Kazakhstan Region from 1997 to 2022"}),
        ('Semipalatinsk Region', 0, 'region', EKR, EKR, {'uncertain': True, 'note': 'NI:region abolished in 1997; labelled with the unit that took over its land (East Kazakhstan Region, before the 2022 Abai Region)'}),
        ('Karaul', 0, 'village', 'Karaul', EKR, {'note': 'NI:district centre; Semipalatinsk Region at the date, land of East Kazakhstan Region 1997-2022'}),
     ],
     inc={KR: (2, 'gas explosion in a block of flats in the Oktyabrsky district of Karaganda, one dead; miners\' bus in a ditch near Abai, 12 hurt')}),

dict(id='p004', date='2019-01-25', lang='en',
     event='2019 Shymkent week in review: stall fire at a market in Turan district, fatal pedestrian crash on Baidibek Bi Avenue in Enbekshi district, armed robbery of an exchange office in Al-Farabi district, two dead of carbon monoxide in Abai district; heating cut in Karatau district (not counted); house fire in Lenger, Tole Bi district (Turkistan Region); the Jambyl town of Karatau and the Almaty Region district of Enbekshikazakh as namesakes',
     text="""SHYMKENT WEEK IN REVIEW: market fire in Turan, fatal crash in Enbekshi, robbery in Al-Farabi
SHYMKENT, Jan 25 - Seven months after Shymkent left the former South Kazakhstan Region to become a city of republican significance, its emergency services had one of their busiest weeks of the winter.

On Monday fire destroyed 14 clothing stalls at a small market in Turan district, the newest of the city's five districts. The blaze started in a stall heated by an electric fire left on overnight, the city emergencies department said. No one was hurt.

On Tuesday evening a car hit a 67-year-old pedestrian on Baidibek Bi Avenue in Enbekshi district. The woman died in hospital. The driver, a student from the Jambyl town of Karatau, was detained. Enbekshi district is often confused with Enbekshikazakh district in Almaty Region, and a regional news site briefly placed the crash there.

On Wednesday two men with a pistol robbed a currency exchange office near the Al-Farabi district akimat and escaped with about 9 million tenge. Police detained one of them the next day in Saryagash.

Early on Thursday a man and his teenage son were found dead of carbon monoxide poisoning in a private house in Abai district. Their coal stove had a blocked chimney.

In Karatau district, residents of about 40 blocks spent Friday without heating after a main burst; repairs were finished by the evening.

Police say patrols have been stepped up in all five districts of the city.

Beyond the city limits, in Turkistan Region, a house fire in Lenger, the centre of Tole Bi district, injured three children on Thursday, the regional emergencies department reported. Their mother had gone to Shymkent for the day.""",
     ann=[
        ('SHYMKENT', 0, 'city', 'Shymkent', SHY, {'note': 'headline; city of republican significance since 2018-06-19'}),
        ('Turan', 0, 'district', 'Turan District (Shymkent)', SHY, {'subkind': CD, 'note': 'headline; district named without head noun'}),
        ('Enbekshi', 0, 'district', 'Enbekshi District (Shymkent)', SHY, {'subkind': CD, 'note': 'headline; district named without head noun'}),
        ('Al-Farabi', 0, 'district', 'Al-Farabi District (Shymkent)', SHY, {'subkind': CD, 'note': 'headline; district named without head noun'}),
        ('SHYMKENT', 1, 'city', 'Shymkent', SHY, {'note': 'dateline'}),
        ('Shymkent', 0, 'city', 'Shymkent', SHY, {'note': 'NI:background (status change)'}),
        ('South Kazakhstan Region', 0, 'region', TR, TR, {'uncertain': True, 'note': 'NI:background; "the former South Kazakhstan Region", renamed Turkistan Region on 2018-06-19, labelled with the unit holding its land on the article date'}),
        ('Turan district', 0, 'district', 'Turan District (Shymkent)', SHY, {'subkind': CD}),
        ("city's five districts", 0, 'quantified', '5 districts', N, {'count': 5, 'unit': 'district', 'note': 'background; the districts of Shymkent'}),
        ('Baidibek Bi Avenue', 0, 'facility', 'Baidibek Bi Avenue (Shymkent)', SHY, {'subkind': 'street', 'note': 'avenue named after a person'}),
        ('Enbekshi district', 0, 'district', 'Enbekshi District (Shymkent)', SHY, {'subkind': CD}),
        ('Jambyl', 0, 'region', JR, JR, {'note': 'NI:"the Jambyl town of Karatau", origin of the driver'}),
        ('Karatau', 0, 'city', 'Karatau', JR, {'note': "NI:driver's origin; the Jambyl town, not Karatau district of Shymkent"}),
        ('Enbekshi district', 1, 'district', 'Enbekshi District (Shymkent)', SHY, {'subkind': CD}),
        ('Enbekshikazakh district', 0, 'district', 'Enbekshikazakh District', ALR, {'note': 'NI:namesake wrongly given as the crash site by a news site'}),
        ('Almaty Region', 0, 'region', ALR, ALR, {'note': 'NI:namesake'}),
        ('Al-Farabi district', 0, 'district', 'Al-Farabi District (Shymkent)', SHY, {'subkind': CD, 'note': 'inside the name of an authority (akimat); the robbery was near it'}),
        ('Saryagash', 0, 'city', 'Saryagash', TR, {'note': 'NI:place of the arrest'}),
        ('Abai district', 0, 'district', 'Abai District (Shymkent)', SHY, {'subkind': CD, 'note': 'district of Shymkent, not Abai Region'}),
        ('Karatau district', 0, 'district', 'Karatau District (Shymkent)', SHY, {'subkind': CD, 'note': 'NI:heating cut; district of Shymkent, not the Jambyl town'}),
        ('all five districts of the city', 0, 'quantified', 'all 5 districts', N, {'count': 5, 'unit': 'district', 'quantifier': 'all', 'note': 'patrols, not incidents'}),
        ('Turkistan Region', 0, 'region', TR, TR),
        ('Lenger', 0, 'city', 'Lenger', TR),
        ('Tole Bi district', 0, 'district', 'Tole Bi District', TR, {'note': 'district named after a person; not Tole Bi village in Jambyl Region'}),
        ('Shymkent', 1, 'city', 'Shymkent', SHY, {'note': "NI:mother's destination"}),
     ],
     inc={SHY: (4, 'stall fire in Turan district; fatal pedestrian crash in Enbekshi district; armed robbery near the Al-Farabi district akimat; two dead of carbon monoxide in Abai district (a deadly mishap); heating cut in Karatau district not counted'),
          TR: (1, 'house fire in Lenger, three children hurt')}),

dict(id='p005', date='2023-11-14', lang='en',
     event='2023 fatal stabbing at a car market in Zhetysu district of Almaty, suspect detained in Jetisu Region (near Taldykorgan); pedestrian hit near the Medeu skating rink in Medeu district; Zhetysu district vs Jetisu Region, Medeu district vs the rink',
     text="""Man stabbed to death at Almaty car market; suspect caught in Jetisu Region
ALMATY, Nov 14 (Vlast.kz) - A 34-year-old man died of knife wounds after a quarrel over the price of a used car at a car market in Zhetysu district of Almaty on Sunday, the city police department said.

The suspect fled the city the same evening. He was detained on Monday at his relatives' house in the village of Otenai near Taldykorgan, in Jetisu Region, and brought back to Almaty.

The case caused some confusion online: several channels reported a "murder in Zhetysu", and readers in Taldykorgan asked why their region was being blamed. Zhetysu district, in the north of Almaty, kept its name when Jetisu Region was formed in 2022.

Separately, on Sunday night a car hit a 19-year-old woman on the road up to the Medeu skating rink in Medeu district. She was taken to hospital with a broken leg. Police are looking for the driver.""",
     ann=[
        ('Almaty', 0, 'city', 'Almaty', ALM, {'note': 'headline'}),
        ('Jetisu Region', 0, 'region', JTR, JTR, {'note': 'headline; NI:place of the arrest'}),
        ('ALMATY', 0, 'city', 'Almaty', ALM, {'note': 'dateline'}),
        ('Zhetysu district', 0, 'district', 'Zhetysu District (Almaty)', ALM, {'subkind': CD, 'note': 'district of Almaty, not Jetisu Region'}),
        ('Almaty', 1, 'city', 'Almaty', ALM),
        ('Otenai', 0, 'village', 'Otenai', JTR, {'note': 'NI:place of the arrest'}),
        ('Taldykorgan', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:reference point'}),
        ('Jetisu Region', 1, 'region', JTR, JTR, {'note': 'NI:place of the arrest'}),
        ('Almaty', 2, 'city', 'Almaty', ALM, {'note': 'NI:destination of the suspect'}),
        ('Zhetysu', 1, 'district', 'Zhetysu District (Almaty)', ALM, {'subkind': CD, 'uncertain': True, 'note': 'in a quoted news headline; ambiguous between the district and the region, read as the district where the murder happened'}),
        ('Taldykorgan', 1, 'city', 'Taldykorgan', JTR, {'note': "NI:readers' residence"}),
        ('Zhetysu district', 1, 'district', 'Zhetysu District (Almaty)', ALM, {'subkind': CD}),
        ('Almaty', 3, 'city', 'Almaty', ALM),
        ('Jetisu Region', 2, 'region', JTR, JTR, {'note': 'NI:background (creation in 2022)'}),
        ('Medeu skating rink', 0, 'facility', 'Medeu skating rink (Almaty)', ALM, {'subkind': 'stadium', 'note': 'NI:reference point on the road; the rink, not the district'}),
        ('Medeu district', 0, 'district', 'Medeu District (Almaty)', ALM, {'subkind': CD}),
     ],
     inc={ALM: (2, 'fatal stabbing at a car market in Zhetysu district; pedestrian hit on the road to the Medeu rink')}),

dict(id='p006', date='2009-03-18', lang='en',
     event='2009 spring melt water floods 40 houses in Alatau district of Almaty (Almaty); an avalanche buries a car in the Turgen gorge, Enbekshikazakh district (Almaty Region); the Ile Alatau national park; the Alatau range vs Alatau district',
     text="""Melt water floods homes in Almaty's Alatau district; avalanche hits car in Turgen gorge
ALMATY, March 18 - Melt water from the foothills flooded the yards and cellars of about 40 private houses in Alatau district on the north-western edge of Almaty overnight, the city emergencies department said. Residents spent the night pumping water out of their cellars; the district akimat sent four pumping trucks.

Alatau district was formed last year from parts of the Auezov and Zhetysu districts. Despite its name it lies on the flat north-western side of the city, far from the Alatau range that overlooks the south of Almaty.

In the mountains themselves, an avalanche came down on a road in the Turgen gorge in Enbekshikazakh district of Almaty Region on Tuesday afternoon, burying a car with two tourists from Almaty. Rescuers dug them out after two hours; both were taken to hospital in Esik with hypothermia. The gorge lies within the Ile Alatau national park, where the authorities have closed several trails because of the avalanche risk.""",
     ann=[
        ('Almaty', 0, 'city', 'Almaty', ALM, {'note': 'headline; possessive'}),
        ('Alatau district', 0, 'district', 'Alatau District (Almaty)', ALM, {'subkind': CD, 'note': 'headline'}),
        ('Turgen gorge', 0, 'facility', 'Turgen gorge', N, {'subkind': 'valley', 'note': 'headline; in Enbekshikazakh district, Almaty Region'}),
        ('ALMATY', 0, 'city', 'Almaty', ALM, {'note': 'dateline'}),
        ('Alatau district', 1, 'district', 'Alatau District (Almaty)', ALM, {'subkind': CD}),
        ('Almaty', 1, 'city', 'Almaty', ALM),
        ('Alatau district', 2, 'district', 'Alatau District (Almaty)', ALM, {'subkind': CD}),
        ('Auezov', 0, 'district', 'Auezov District (Almaty)', ALM, {'subkind': CD, 'note': 'NI:background; in a list sharing "districts"'}),
        ('Zhetysu', 0, 'district', 'Zhetysu District (Almaty)', ALM, {'subkind': CD, 'note': 'NI:background; in a list sharing "districts"'}),
        ('Alatau range', 0, 'facility', 'Ile Alatau range', N, {'subkind': 'mountain range', 'note': 'NI:natural feature, not the district'}),
        ('Almaty', 2, 'city', 'Almaty', ALM, {'note': 'NI:reference point'}),
        ('Turgen gorge', 1, 'facility', 'Turgen gorge', N, {'subkind': 'valley', 'note': 'the avalanche site, in Almaty Region'}),
        ('Enbekshikazakh district', 0, 'district', 'Enbekshikazakh District', ALR),
        ('Almaty Region', 0, 'region', ALR, ALR),
        ('Almaty', 4, 'city', 'Almaty', ALM, {'note': "NI:tourists' origin"}),
        ('Esik', 0, 'city', 'Esik', ALR, {'note': 'NI:hospital'}),
        ('Ile Alatau national park', 0, 'facility', 'Ile Alatau National Park', ALR, {'subkind': 'nature reserve', 'note': 'NI:trails closed'}),
     ],
     inc={ALM: (1, 'flood: yards and cellars of about 40 houses in Alatau district'),
          ALR: (1, 'avalanche buried a car in the Turgen gorge, Enbekshikazakh district, two tourists hurt')}),

dict(id='p007', date='1998-12-15', lang='en',
     event='1998 cold snap in the new capital Astana: fire in a barrack in Saryarka district, family of three killed by carbon monoxide in Almaty district; heating plant breakdown (not counted); in Karaganda Region a school bus overturned near Kievka (Nura district) and a fisherman drowned in the Nura near Temirtau; the capital\'s former name Akmola; Akmola Region',
     text="""Cold snap tests new capital; deadly week in Nura district
ASTANA, Dec 15 - Temperatures of minus 38 degrees have put the young capital's services under strain. On Sunday a fire gutted a wooden barrack in Saryarka district, one of the two districts into which the city was divided this year; nine families lost their homes. Firefighters said residents had been heating their rooms with electric heaters plugged into a single socket.

In Almaty district, on the other side of the Ishim, a man, his wife and their daughter were found dead of carbon monoxide poisoning in a private house on Monday morning. Neighbours said the family had closed the stove damper too early.

A breakdown at the second heating plant left about 60 blocks of flats without heating for nine hours on Sunday. The city akimat said the plant, built when the capital was still called Akmola and had a third of its current population, was "not designed for this".

The Akmola regional administration, which still sits in the capital, said there had been no serious incidents in the region's districts.

The neighbouring Karaganda Region had a harder week. In Nura district a school bus skidded on ice and overturned near Kievka, the district centre, on Thursday; eleven children were hurt, two of them seriously. On Saturday a fisherman fell through the ice of the Nura river near Temirtau and drowned. The river, which gives the district its name, rises in the hills of the Saryarka steppe and flows past Temirtau towards the capital.

Officials from Karaganda were in the capital on Monday to discuss a new road that would link the two cities.""",
     ann=[
        ('Nura district', 0, 'district', 'Nura District', KR, {'note': 'headline; the rural district of Karaganda Region'}),
        ('ASTANA', 0, 'city', 'Astana', AST, {'note': 'dateline; capital renamed Astana in May 1998'}),
        ('Saryarka district', 0, 'district', 'Saryarka District (Astana)', AST, {'subkind': CD}),
        ('Almaty district', 0, 'district', 'Almaty District (Astana)', AST, {'subkind': CD, 'note': 'district of the capital, not Almaty or Almaty Region'}),
        ('Ishim', 0, 'facility', 'Yesil River', N, {'subkind': 'river', 'note': 'Russian name of the Yesil'}),
        ('Akmola', 0, 'city', 'Astana', AST, {'note': 'NI:former name of the capital (until May 1998)'}),
        ('Akmola', 1, 'region', AKR, AKR, {'note': 'NI:inside the name of an authority; no incidents in the region'}),
        ('Karaganda Region', 0, 'region', KR, KR),
        ('Nura district', 1, 'district', 'Nura District', KR),
        ('Kievka', 0, 'village', 'Kievka', KR, {'note': 'centre of Nura district'}),
        ('Nura river', 0, 'facility', 'Nura River', N, {'subkind': 'river', 'note': 'the drowning site, near Temirtau (Karaganda Region)'}),
        ('Temirtau', 0, 'city', 'Temirtau', KR, {'note': '"near Temirtau", the drowning site'}),
        ('Saryarka', 1, 'facility', 'Saryarka', N, {'subkind': 'steppe', 'note': 'NI:the steppe uplands of central Kazakhstan, a natural feature; not the Astana district'}),
        ('Temirtau', 1, 'city', 'Temirtau', KR, {'note': 'NI:river course'}),
        ('Karaganda', 1, 'city', 'Karaganda', KR, {'note': "NI:officials' origin; road endpoint"}),
     ],
     inc={AST: (2, 'fire in a barrack in Saryarka district; three dead of carbon monoxide in Almaty district (deadly mishap); heating plant breakdown not counted'),
          KR: (2, 'school bus overturned near Kievka, Nura district; fisherman drowned in the Nura near Temirtau')}),

dict(id='p008', date='2026-01-10', lang='en',
     event='2026 fire in a furniture shop in Al-Farabi district of Shymkent (Shymkent), and a bus-car collision on Al-Farabi Avenue in Bostandyk district of Almaty (Almaty); al-Farabi the philosopher, Otyrar his birthplace (Turkistan Region), the university named after him',
     text="""Two "Al-Farabi" incidents in one day: shop fire in Shymkent, crash in Almaty
Jan 10 (Tengrinews) - Fire broke out in a furniture shop on the ground floor of a block of flats in Al-Farabi district of Shymkent on Saturday morning. Thirty residents were evacuated and the shop was gutted, the city emergencies department said. The fire is believed to have started in a faulty heater.

A few hours later in Almaty, a city bus and a car collided on Al-Farabi Avenue in Bostandyk district near the main campus of the Al-Farabi Kazakh National University. Four people in the car were taken to hospital.

The philosopher al-Farabi, after whom the district, the avenue and the university are named, was born in the 9th century near Otyrar, whose ruins lie in Turkistan Region. A reader from Otyrar wrote to us: "At least nothing burnt here.\"""",
     ann=[
        ('Shymkent', 0, 'city', 'Shymkent', SHY, {'note': 'headline'}),
        ('Almaty', 0, 'city', 'Almaty', ALM, {'note': 'headline'}),
        ('Al-Farabi district', 0, 'district', 'Al-Farabi District (Shymkent)', SHY, {'subkind': CD}),
        ('Shymkent', 1, 'city', 'Shymkent', SHY),
        ('Almaty', 1, 'city', 'Almaty', ALM),
        ('Al-Farabi Avenue', 0, 'facility', 'Al-Farabi Avenue (Almaty)', ALM, {'subkind': 'street', 'note': 'avenue named after a person; not the Shymkent district'}),
        ('Bostandyk district', 0, 'district', 'Bostandyk District (Almaty)', ALM, {'subkind': CD}),
        ('Otyrar', 0, 'village', 'Otyrar', TR, {'note': 'NI:birthplace of a person, ancient town'}),
        ('Turkistan Region', 0, 'region', TR, TR, {'note': 'NI:location of the ruins'}),
        ('Otyrar', 1, 'village', 'Otyrar', TR, {'note': "NI:reader's residence"}),
     ],
     inc={SHY: (1, 'furniture shop fire in Al-Farabi district'),
          ALM: (1, 'bus-car collision on Al-Farabi Avenue, Bostandyk district, four hurt')}),
]
