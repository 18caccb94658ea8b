"""English texts of the thirty-ninth unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
SKR, TR, ALR, AKR, JTR = 'South Kazakhstan Region', 'Turkistan Region', 'Almaty Region', 'Akmola Region', 'Jetisu Region'
JR, KR = 'Jambyl Region', 'Karaganda Region'
AL, AS, SH = 'Almaty', 'Astana', 'Shymkent'

DOCS = [
dict(id='p001', date='2016-03-15', lang='en',
     event='2016 gas explosion in a five-storey block on Tauke Khan Avenue, Al-Farabi district of Shymkent, and rain floods in Lenger (Tole Bi district); both South Kazakhstan Region before the 2018 split',
     text="""Gas blast wrecks flats in Shymkent block, rain floods Lenger
SHYMKENT, March 15 (Interfax-Kazakhstan) - A gas explosion tore through the third floor of a five-storey apartment block in Shymkent's Al-Farabi district early on Tuesday, killing a 64-year-old woman and injuring six other residents, the South Kazakhstan emergencies department said.
The blast happened shortly after 6 a.m. in a building on Tauke Khan Avenue, two stops from the Central Market. Part of an outer wall fell onto parked cars, and 42 people were moved to a nearby school. A neighbour told reporters she had smelled gas the night before but had not called the emergency service. Most pipes in that part of the district were laid in the 1970s and have never been replaced.
The akim of Shymkent ordered checks of gas equipment in every apartment block of the Al-Farabi, Abai and Yenbekshi districts by the end of April. The city's gas distributor said it would lay new pipes in the Samal-1 and Nursat microdistricts this summer.
In Lenger, a town about 25 km south-east of Shymkent in Tole Bi district, two days of heavy rain sent mud and water down from the Kaskasu gorge on Monday night and flooded 37 houses on Altynsarin Street. Rescuers from Shymkent and Kentau pumped out cellars until morning, and eleven families spent the night with relatives. Farmers in the Sairam and Kazygurt districts reported waterlogged fields but no damage to homes.
Forecasters expect more rain in the south of Kazakhstan until Friday and have warned of rising water on the Badam and Arys rivers.""",
     ann=[
        ('Shymkent', 0, 'city', 'Shymkent', SKR, {'note': 'headline; before the 2018 split'}),
        ('Lenger', 0, 'city', 'Lenger', SKR, {'note': 'headline'}),
        ('SHYMKENT', 0, 'city', 'Shymkent', SKR, {'note': 'dateline'}),
        ('Shymkent', 1, 'city', 'Shymkent', SKR),
        ('Al-Farabi district', 0, 'district', 'Al-Farabi District (Shymkent)', SKR, {'subkind': 'city district'}),
        ('South Kazakhstan', 0, 'region', SKR, SKR, {'note': 'inside the name of an authority'}),
        ('Tauke Khan Avenue', 0, 'facility', 'Tauke Khan Avenue (Shymkent)', SKR, {'subkind': 'street'}),
        ('Central Market', 0, 'facility', 'Central Market (Shymkent)', SKR, {'subkind': 'market', 'note': 'NI:reference point'}),
        ('Shymkent', 2, 'city', 'Shymkent', SKR, {'note': "inside an official's title"}),
        ('Al-Farabi', 1, 'district', 'Al-Farabi District (Shymkent)', SKR, {'subkind': 'city district', 'note': 'NI:gas checks ordered'}),
        ('Abai', 0, 'district', 'Abai District (Shymkent)', SKR, {'subkind': 'city district', 'note': 'NI:gas checks ordered'}),
        ('Yenbekshi', 0, 'district', 'Yenbekshi District (Shymkent)', SKR, {'subkind': 'city district', 'note': 'NI:gas checks ordered'}),
        ('Samal-1', 0, 'district', 'Samal-1 (Shymkent)', SKR, {'subkind': 'microdistrict', 'note': 'NI:planned pipe works'}),
        ('Nursat', 0, 'district', 'Nursat (Shymkent)', SKR, {'subkind': 'microdistrict', 'note': 'NI:planned pipe works'}),
        ('Lenger', 1, 'city', 'Lenger', SKR),
        ('Shymkent', 3, 'city', 'Shymkent', SKR, {'note': 'NI:reference point'}),
        ('Tole Bi district', 0, 'district', 'Tole Bi District', SKR),
        ('Kaskasu gorge', 0, 'facility', 'Kaskasu gorge', N, {'subkind': 'valley', 'note': 'natural feature in Tole Bi district'}),
        ('Altynsarin Street', 0, 'facility', 'Altynsarin Street (Lenger)', SKR, {'subkind': 'street'}),
        ('Shymkent', 4, 'city', 'Shymkent', SKR, {'note': 'NI:origin of rescuers'}),
        ('Kentau', 0, 'city', 'Kentau', SKR, {'note': 'NI:origin of rescuers'}),
        ('Sairam', 0, 'district', 'Sairam District', SKR, {'note': 'waterlogged fields, same flood (counted once per ADM1)'}),
        ('Kazygurt', 0, 'district', 'Kazygurt District', SKR, {'note': 'waterlogged fields, same flood (counted once per ADM1)'}),
        ('Kazakhstan', 2, 'country', 'Kazakhstan', N),
        ('Badam', 0, 'facility', 'Badam river', N, {'subkind': 'river'}),
        ('Arys', 0, 'facility', 'Arys river', N, {'subkind': 'river', 'note': 'the river, not the town'}),
     ],
     inc={SKR: (2, 'gas explosion in an apartment block in Al-Farabi district of Shymkent; rain flood in Lenger (fields in Sairam and Kazygurt districts are the same flood, same ADM1)')}),

dict(id='p002', date='2019-11-05', lang='en',
     event='2019 fire in a 16-storey block on Kenesary Street, Saryarka district of Nur-Sultan, and a minibus from Kosshy (Akmola Region) colliding with a car at the Kabanbai Batyr and Turan avenues crossroads in Yesil district',
     text="""Fire in Nur-Sultan high-rise, minibus crash injures nine
NUR-SULTAN, Nov 5 (Kazinform) - Firefighters evacuated 86 people from a 16-storey residential building on Kenesary Street in Nur-Sultan's Saryarka district on Tuesday after a fire broke out in a flat on the eleventh floor, the city emergencies department said. Two residents were treated for smoke inhalation. The fire was put out in forty minutes; investigators suspect a faulty heater.
Hours later a minibus on route 503, which carries commuters from the village of Kosshy in Akmola Region to the capital, collided with a car at the crossroads of Kabanbai Batyr Avenue and Turan Avenue in Yesil district. Nine passengers were taken to hospital, one of them in serious condition. Police said the car's driver had ignored a red light.
The akimat of Nur-Sultan said it would ask the Akmola regional authorities to check the licences of all suburban carriers working between Kosshy, Koyandy and the capital.""",
     ann=[
        ('Nur-Sultan', 0, 'city', 'Astana', AS, {'note': 'headline; the capital named Nur-Sultan in 2019-2022'}),
        ('NUR-SULTAN', 0, 'city', 'Astana', AS, {'note': 'dateline'}),
        ('Kenesary Street', 0, 'facility', 'Kenesary Street (Astana)', AS, {'subkind': 'street'}),
        ('Nur-Sultan', 1, 'city', 'Astana', AS),
        ('Saryarka district', 0, 'district', 'Saryarka District (Astana)', AS, {'subkind': 'city district'}),
        ('Kosshy', 0, 'village', 'Kosshy', AKR, {'note': 'NI:origin of the minibus route; a village of Tselinograd district in 2019'}),
        ('Akmola Region', 0, 'region', AKR, AKR, {'note': 'NI:location of the route origin'}),
        ('Kabanbai Batyr Avenue', 0, 'facility', 'Kabanbai Batyr Avenue (Astana)', AS, {'subkind': 'street'}),
        ('Turan Avenue', 0, 'facility', 'Turan Avenue (Astana)', AS, {'subkind': 'street'}),
        ('Yesil district', 0, 'district', 'Yesil District (Astana)', AS, {'subkind': 'city district'}),
        ('Nur-Sultan', 2, 'city', 'Astana', AS, {'note': 'inside the name of an authority'}),
        ('Akmola', 1, 'region', AKR, AKR, {'note': 'NI:"the Akmola regional authorities", region without "Region"'}),
        ('Kosshy', 1, 'village', 'Kosshy', AKR, {'note': 'NI:route endpoint'}),
        ('Koyandy', 0, 'village', 'Koyandy', AKR, {'note': 'NI:route endpoint; village of Tselinograd district', 'uncertain': True}),
     ],
     inc={AS: (2, 'fire in a high-rise on Kenesary Street (Saryarka district); minibus-car collision at the Kabanbai Batyr / Turan avenues crossroads (Yesil district)')}),

dict(id='p003', date='2024-06-18', lang='en',
     event='2024 downpour floods underpasses and cellars in Bostandyk, Auezov and Zhetysu districts of Almaty, closes the Moskva metro station lobby; the Talgar river floods houses in Talgar and Tuzdybastau (Almaty Region); akimat funds storm drains in Nauryzbai and Alatau districts',
     text="""Downpour floods Almaty underpasses, river spills into Talgar homes
ALMATY, June 18 (Tengrinews) - A two-hour downpour on Monday evening flooded underpasses and courtyards across Almaty, stranding dozens of cars and briefly closing a metro station, the city's emergencies department said on Tuesday.
The worst-hit area was Bostandyk district, where water stood knee-deep in the underpass at Al-Farabi Avenue and Nauryzbai Batyr Street and poured into the cellars of five-storey blocks in the Orbita-2 and Orbita-3 microdistricts. In Auezov district firefighters pumped water out of 14 basements, and in Zhetysu district a footbridge over the Esentai was closed after the river rose sharply. The lobby of the Moskva metro station was shut for two hours as rainwater ran down the escalators; trains passed without stopping. Nobody was injured.
Drivers on the Almaty–Bishkek highway near Kaskelen reported hail and long queues, but no accidents.
About 30 km east of the city, the Talgar river burst its banks after the storm and flooded 23 houses in the town of Talgar and ten more in the village of Tuzdybastau, in Talgar district of Almaty Region. Seventy residents were moved to a school, and rescuers from Konaev and Esik helped to build a sandbag wall along the river. The region's akim said families would receive compensation within a month.
Almaty akim Yerbolat Dossayev said the city would spend 4.2 billion tenge this year on storm drains in the Nauryzbai and Alatau districts, where new housing has outgrown the old ditches. Residents of Medeu district complained on social networks that the drains on Dostyk Avenue had not been cleaned since spring. Forecasters at Kazhydromet warned of more storms in the foothills of the Ile Alatau until Thursday.""",
     ann=[
        ('Almaty', 0, 'city', 'Almaty', AL, {'note': 'headline'}),
        ('Talgar', 0, 'city', 'Talgar', ALR, {'note': 'headline'}),
        ('ALMATY', 0, 'city', 'Almaty', AL, {'note': 'dateline'}),
        ('Almaty', 1, 'city', 'Almaty', AL),
        ('Bostandyk district', 0, 'district', 'Bostandyk District (Almaty)', AL, {'subkind': 'city district'}),
        ('Al-Farabi Avenue', 0, 'facility', 'Al-Farabi Avenue (Almaty)', AL, {'subkind': 'street'}),
        ('Nauryzbai Batyr Street', 0, 'facility', 'Nauryzbai Batyr Street (Almaty)', AL, {'subkind': 'street'}),
        ('Orbita-2', 0, 'district', 'Orbita-2 (Almaty)', AL, {'subkind': 'microdistrict'}),
        ('Orbita-3', 0, 'district', 'Orbita-3 (Almaty)', AL, {'subkind': 'microdistrict'}),
        ('Auezov district', 0, 'district', 'Auezov District (Almaty)', AL, {'subkind': 'city district'}),
        ('Zhetysu district', 0, 'district', 'Zhetysu District (Almaty)', AL, {'subkind': 'city district', 'note': 'the city district, not Jetisu Region'}),
        ('Esentai', 0, 'facility', 'Esentai river', N, {'subkind': 'river'}),
        ('Moskva', 0, 'facility', 'Moskva metro station (Almaty)', AL, {'subkind': 'metro station', 'note': 'Almaty metro station named after Moscow'}),
        ('Almaty', 2, 'city', 'Almaty', AL, {'note': 'NI:route endpoint'}),
        ('Bishkek', 0, 'foreign', 'Bishkek', N, {'note': 'NI:route endpoint'}),
        ('Kaskelen', 0, 'city', 'Kaskelen', ALR, {'note': 'NI:reference point; hail and queues, no incident'}),
        ('Talgar', 1, 'facility', 'Talgar river', N, {'subkind': 'river'}),
        ('Talgar', 2, 'city', 'Talgar', ALR),
        ('Tuzdybastau', 0, 'village', 'Tuzdybastau', ALR),
        ('Talgar district', 0, 'district', 'Talgar District', ALR),
        ('Almaty Region', 0, 'region', ALR, ALR),
        ('Konaev', 0, 'city', 'Konaev', ALR, {'note': 'NI:origin of rescuers'}),
        ('Esik', 0, 'city', 'Esik', ALR, {'note': 'NI:origin of rescuers'}),
        ('Almaty', 4, 'city', 'Almaty', AL, {'note': "inside an official's title"}),
        ('Nauryzbai', 1, 'district', 'Nauryzbai District (Almaty)', AL, {'subkind': 'city district', 'note': 'NI:planned storm drains'}),
        ('Alatau', 0, 'district', 'Alatau District (Almaty)', AL, {'subkind': 'city district', 'note': 'NI:planned storm drains'}),
        ('Medeu district', 0, 'district', 'Medeu District (Almaty)', AL, {'subkind': 'city district', 'note': 'NI:complaints about drains'}),
        ('Dostyk Avenue', 0, 'facility', 'Dostyk Avenue (Almaty)', AL, {'subkind': 'street', 'note': 'NI:complaints about drains'}),
        ('Ile Alatau', 0, 'facility', 'Ile Alatau', N, {'subkind': 'mountain range'}),
     ],
     inc={AL: (1, 'rain flood in Almaty: underpass, cellars and basements in Bostandyk, Auezov and Zhetysu districts, the Moskva station lobby (one natural disaster, counted once)'),
          ALR: (1, 'Talgar river flood in Talgar and Tuzdybastau (Talgar district)')}),

dict(id='p004', date='2012-08-21', lang='en',
     event='2012 Almaty bus route 126 extended to Kalkaman and Shugyla, villages of Karasai district (Almaty Region, before their 2014 annexation to the city) (no incident)',
     text="""Almaty bus route to reach Karasai villages
ALMATY, Aug 21 (KazTAG) - Almaty's passenger transport department will extend bus route 126 from the Sairan bus station to the villages of Kalkaman and Shugyla in Karasai district from September 1, the department said on Tuesday.
About 40,000 people live in the two villages, which lie just outside the western boundary of the city, and many of them work in Almaty's Auezov and Bostandyk districts. Until now they have relied on private minibuses that stop on Abai Avenue and charge twice the city fare.
The akimat of Almaty Region, which is based in Taldykorgan, agreed to pay part of the cost, said Kanat Sadykov, deputy akim of Karasai district, whose office is in Kaskelen. A second route, from Kaskelen to the Altyn Orda market, is planned for next year.
City officials said talks on moving part of Karasai district inside the city limits were continuing but that no decision had been taken.""",
     ann=[
        ('Almaty', 0, 'city', 'Almaty', AL, {'note': 'headline'}),
        ('Karasai', 0, 'district', 'Karasai District', ALR, {'note': 'headline, district named without "district"'}),
        ('ALMATY', 0, 'city', 'Almaty', AL, {'note': 'dateline'}),
        ('Almaty', 1, 'city', 'Almaty', AL, {'note': 'inside the name of an authority'}),
        ('Sairan bus station', 0, 'facility', 'Sairan bus station (Almaty)', AL, {'subkind': 'bus station', 'note': 'NI:route endpoint'}),
        ('Kalkaman', 0, 'village', 'Kalkaman', ALR, {'note': 'NI:route endpoint; village of Karasai district in 2012, part of Almaty since 2014'}),
        ('Shugyla', 0, 'village', 'Shugyla', ALR, {'note': 'NI:route endpoint; village of Karasai district in 2012, part of Almaty since 2014'}),
        ('Karasai district', 0, 'district', 'Karasai District', ALR),
        ('Almaty', 2, 'city', 'Almaty', AL, {'note': 'NI:workplace'}),
        ('Auezov', 0, 'district', 'Auezov District (Almaty)', AL, {'subkind': 'city district', 'note': 'NI:workplace'}),
        ('Bostandyk', 0, 'district', 'Bostandyk District (Almaty)', AL, {'subkind': 'city district', 'note': 'NI:workplace'}),
        ('Abai Avenue', 0, 'facility', 'Abai Avenue (Almaty)', AL, {'subkind': 'street'}),
        ('Almaty Region', 0, 'region', ALR, ALR, {'note': 'inside the name of an authority'}),
        ('Taldykorgan', 0, 'city', 'Taldykorgan', ALR, {'note': 'NI:seat of the regional akimat (Almaty Region in 2012)'}),
        ('Karasai district', 1, 'district', 'Karasai District', ALR, {'note': "inside an official's title"}),
        ('Kaskelen', 0, 'city', 'Kaskelen', ALR, {'note': 'NI:seat of the district akimat'}),
        ('Kaskelen', 1, 'city', 'Kaskelen', ALR, {'note': 'NI:route endpoint'}),
        ('Altyn Orda market', 0, 'facility', 'Altyn Orda market', ALR, {'subkind': 'market', 'note': 'NI:route endpoint; on the Almaty-Kaskelen road, in Karasai district', 'uncertain': True}),
        ('Karasai district', 2, 'district', 'Karasai District', ALR),
     ],
     inc={}),

dict(id='p005', date='1998-04-20', lang='en',
     event='1998 spring flood of the Ishim in the new capital Akmola (two low-lying areas) and in Koshy village of Tselinograd district (Akmola Region); fire in a dormitory of ministry staff in Akmola; the city vs the region of the same name',
     text="""Ishim floods parts of new capital, ministry dormitory burns
AKMOLA, April 20 (Reuters) - Meltwater pushed the Ishim river over its banks in Kazakhstan's new capital Akmola at the weekend, flooding about 60 houses in two low-lying neighbourhoods along the river, city officials said on Monday.
Soldiers and volunteers filled sandbags through Saturday night, and 240 people were moved to schools and a sanatorium. The city's akim, Adilbek Dzhaksybekov, said the water had peaked on Sunday morning and was falling slowly.
Upstream, in the village of Koshy in Tselinograd district of Akmola region, 15 homes were flooded and a dam on a small reservoir was reinforced with gravel from a quarry near Malinovka.
Separately, a fire on Friday night gutted the top floor of a five-storey dormitory on Pobeda Avenue where staff of ministries moved from Almaty are housed. Twenty-eight people escaped unhurt; firemen blamed an electric stove left on in an empty room. About 4,000 civil servants have moved to Akmola since President Nursultan Nazarbayev declared it the capital in December, and many still live in dormitories and rented rooms.
Critics in Almaty say the move, which has cost hundreds of millions of dollars, was rushed. Officials insist the new city will be ready for a formal ceremony in June, when foreign guests from Russia, Turkey and the United States are expected. The capital's name may change before then: the Senate is discussing a proposal to call the city Astana.
The Ishim, which flows on into Russia's Omsk region, rose by 2.3 metres in three days. The hydrometeorological service warned of high water in the north of Akmola region and in the Esil district until early May.""",
     ann=[
        ('Ishim', 0, 'facility', 'Ishim river', N, {'subkind': 'river', 'note': 'headline'}),
        ('AKMOLA', 0, 'city', 'Astana', AS, {'note': 'dateline; the capital called Akmola until May 1998'}),
        ('Ishim', 1, 'facility', 'Ishim river', N, {'subkind': 'river'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('Akmola', 0, 'city', 'Astana', AS, {'note': 'the capital, not Akmola Region'}),
        ('Koshy', 0, 'village', 'Kosshy', AKR, {'note': 'old spelling of Kosshy'}),
        ('Tselinograd district', 0, 'district', 'Tselinograd District', AKR),
        ('Akmola region', 0, 'region', AKR, AKR, {'note': 'region with lower-case "region"'}),
        ('Malinovka', 0, 'village', 'Akmol', AKR, {'note': 'NI:reference point; village of Tselinograd district, renamed Akmol in 2007', 'uncertain': True}),
        ('Pobeda Avenue', 0, 'facility', 'Pobeda Avenue (Astana)', AS, {'subkind': 'street'}),
        ('Almaty', 0, 'city', 'Almaty', AL, {'note': 'NI:origin of the ministries'}),
        ('Akmola', 2, 'city', 'Astana', AS, {'note': 'NI:destination of civil servants'}),
        ('Almaty', 1, 'city', 'Almaty', AL, {'note': 'NI:residence of critics'}),
        ('Russia', 0, 'foreign', 'Russia', N, {'note': 'NI:origin of guests'}),
        ('Turkey', 0, 'foreign', 'Turkey', N, {'note': 'NI:origin of guests'}),
        ('United States', 0, 'foreign', 'United States', N, {'note': 'NI:origin of guests'}),
        ('Astana', 0, 'city', 'Astana', AS, {'note': 'the proposed new name'}),
        ('Ishim', 2, 'facility', 'Ishim river', N, {'subkind': 'river'}),
        ('Russia', 1, 'foreign', 'Russia', N),
        ('Omsk region', 0, 'foreign', 'Omsk Oblast', N),
        ('Akmola region', 1, 'region', AKR, AKR, {'note': 'NI:warning of high water'}),
        ('Esil district', 0, 'district', 'Yesil District (Akmola Region)', AKR, {'note': 'NI:warning of high water; the rural district of Akmola Region, not the city district of Astana'}),
     ],
     inc={AS: (2, 'Ishim flood of about 60 houses in the capital; fire in a ministry dormitory on Pobeda Avenue'),
          AKR: (1, 'flood of 15 homes in Koshy, Tselinograd district')}),

dict(id='p006', date='2021-06-29', lang='en',
     event='2021 Kosshy in Tselinograd district (Akmola Region) becomes a town; commuters to Nur-Sultan; water and bus plans (no incident)',
     text="""Kosshy, dormitory suburb of Nur-Sultan, becomes a town
NUR-SULTAN, June 29 (Vlast.kz) - Kosshy, a fast-growing settlement just south of Nur-Sultan, has been given the status of a town, the Akmola regional akimat said on Tuesday.
The settlement, in Tselinograd district, had fewer than 3,000 residents fifteen years ago and now has more than 40,000. Most commute every day to offices in Nur-Sultan's Yesil and Almaty districts, a trip that can take an hour on the single road across the Nura river.
Kosshy will keep its place in Akmola Region and will not be merged with the capital, officials said, despite calls from residents who want the city's lower bus fares and its schools. The regional governor promised a second school by 2023 and a water pipeline from Nur-Sultan, and the city will extend its bus route 10 from the Baiterek monument to the new town.
The new town is the first in Tselinograd district, whose centre remains the village of Akmol, known as Malinovka until 2007.""",
     ann=[
        ('Kosshy', 0, 'city', 'Kosshy', AKR, {'note': 'headline; a town from 2021'}),
        ('Nur-Sultan', 0, 'city', 'Astana', AS, {'note': 'NI:reference'}),
        ('NUR-SULTAN', 0, 'city', 'Astana', AS, {'note': 'dateline'}),
        ('Kosshy', 1, 'city', 'Kosshy', AKR),
        ('Nur-Sultan', 1, 'city', 'Astana', AS, {'note': 'NI:reference point'}),
        ('Akmola', 0, 'region', AKR, AKR, {'note': 'inside the name of an authority'}),
        ('Tselinograd district', 0, 'district', 'Tselinograd District', AKR),
        ('Nur-Sultan', 2, 'city', 'Astana', AS, {'note': 'NI:workplace'}),
        ('Yesil', 0, 'district', 'Yesil District (Astana)', AS, {'subkind': 'city district', 'note': 'NI:workplace'}),
        ('Almaty', 0, 'district', 'Almaty District (Astana)', AS, {'subkind': 'city district', 'note': 'NI:workplace; the district of the capital in a list of its districts, not the city of Almaty'}),
        ('Nura', 0, 'facility', 'Nura river', N, {'subkind': 'river'}),
        ('Kosshy', 2, 'city', 'Kosshy', AKR),
        ('Akmola Region', 0, 'region', AKR, AKR),
        ('Nur-Sultan', 3, 'city', 'Astana', AS, {'note': 'NI:origin of a planned pipeline'}),
        ('Baiterek monument', 0, 'facility', 'Baiterek monument (Astana)', AS, {'subkind': 'monument', 'note': 'NI:route endpoint'}),
        ('Tselinograd district', 1, 'district', 'Tselinograd District', AKR),
        ('Akmol', 0, 'village', 'Akmol', AKR, {'note': 'seat of Tselinograd district, not Akmola'}),
        ('Malinovka', 0, 'village', 'Akmol', AKR, {'note': 'former name of Akmol'}),
     ],
     inc={}),
dict(id='p007', date='2023-02-14', lang='en',
     event='2023 crash of a lorry and a minibus on the Almaty-Konaev highway in Otegen Batyr, Ili district (Almaty Region); Konaev, formerly Kapchagay, as the new regional centre',
     text="""Four killed as lorry hits minibus on Konaev highway
ALMATY, Feb 14 (KazTAG) - Four people were killed and seven injured on Tuesday morning when a lorry carrying gravel ran into the back of a minibus on the Almaty–Konaev highway in the village of Otegen Batyr, police in Almaty Region said.
The minibus had stopped at a pedestrian crossing near the village market, just north of the city boundary in Ili district. The injured were taken to hospitals in Otegen Batyr and in Almaty's Turksib district. The lorry driver, a 29-year-old resident of Boralday, was detained.
Traffic on the highway has grown since Konaev, called Kapchagay until last year, became the centre of Almaty Region in June, and regional offices moved there from Taldykorgan. Residents of Otegen Batyr have asked for an underpass for years; the regional akimat said on Tuesday that one would be built by 2024.""",
     ann=[
        ('Konaev', 0, 'city', 'Konaev', ALR, {'note': 'NI:headline, route endpoint'}),
        ('ALMATY', 0, 'city', 'Almaty', AL, {'note': 'dateline'}),
        ('Almaty', 0, 'city', 'Almaty', AL, {'note': 'NI:route endpoint'}),
        ('Konaev', 1, 'city', 'Konaev', ALR, {'note': 'NI:route endpoint'}),
        ('Otegen Batyr', 0, 'village', 'Otegen Batyr', ALR),
        ('Almaty Region', 0, 'region', ALR, ALR, {'note': 'inside the name of an authority'}),
        ('Ili district', 0, 'district', 'Ili District', ALR),
        ('Otegen Batyr', 1, 'village', 'Otegen Batyr', ALR, {'note': 'NI:hospital town'}),
        ('Almaty', 2, 'city', 'Almaty', AL, {'note': 'NI:hospital'}),
        ('Turksib district', 0, 'district', 'Turksib District (Almaty)', AL, {'subkind': 'city district', 'note': 'NI:hospital'}),
        ('Boralday', 0, 'village', 'Boralday', ALR, {'note': 'NI:residence; settlement of Ili district', 'uncertain': True}),
        ('Konaev', 2, 'city', 'Konaev', ALR),
        ('Kapchagay', 0, 'city', 'Konaev', ALR, {'note': 'former name of Konaev'}),
        ('Almaty Region', 1, 'region', ALR, ALR),
        ('Taldykorgan', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:former seat; in Jetisu Region since June 2022'}),
        ('Otegen Batyr', 2, 'village', 'Otegen Batyr', ALR, {'note': 'NI:residence'}),
     ],
     inc={ALR: (1, 'lorry-minibus crash on the highway in Otegen Batyr, Ili district')}),

dict(id='p008', date='2007-01-23', lang='en',
     event='2007 fire at the Sholpan clothing market on Ryskulov Avenue, Auezov district of Almaty; traders from Kyrgyzstan and goods from Urumqi; the Baraholka market area',
     text="""Fire destroys 300 stalls at Almaty clothing market
ALMATY, Jan 23 (Interfax-Kazakhstan) - Fire destroyed about 300 stalls and containers at the Sholpan clothing market on Ryskulov Avenue in Almaty's Auezov district overnight, the city emergencies department said on Tuesday. Nobody was hurt, but traders said goods worth several million dollars had burnt.
It took 46 fire crews nearly six hours to put out the blaze in temperatures of minus 18 degrees; hydrants near the market were frozen. Investigators are checking whether an electric heater in a container started the fire.
Many of the stall owners are traders from Kyrgyzstan and Uzbekistan who sell clothes brought by lorry from Urumqi in China. "Everything I had for the spring season was in there," said Gulnara, a trader from Osh.
The Sholpan market is one of a dozen that make up the area Almaty residents call the Baraholka, between Ryskulov Avenue and the Kaskelen road. City akim Imangali Tasmagambetov ordered fire checks at every market in the city by February 15.""",
     ann=[
        ('Almaty', 0, 'city', 'Almaty', AL, {'note': 'headline'}),
        ('ALMATY', 0, 'city', 'Almaty', AL, {'note': 'dateline'}),
        ('Sholpan', 0, 'facility', 'Sholpan market (Almaty)', AL, {'subkind': 'market', 'note': '"the Sholpan clothing market": the name only'}),
        ('Ryskulov Avenue', 0, 'facility', 'Ryskulov Avenue (Almaty)', AL, {'subkind': 'street'}),
        ('Almaty', 1, 'city', 'Almaty', AL),
        ('Auezov district', 0, 'district', 'Auezov District (Almaty)', AL, {'subkind': 'city district'}),
        ('Kyrgyzstan', 0, 'foreign', 'Kyrgyzstan', N, {'note': 'NI:origin of traders'}),
        ('Uzbekistan', 0, 'foreign', 'Uzbekistan', N, {'note': 'NI:origin of traders'}),
        ('Urumqi', 0, 'foreign', 'Urumqi', N, {'note': 'NI:origin of goods'}),
        ('China', 0, 'foreign', 'China', N),
        ('Osh', 0, 'foreign', 'Osh', N, {'note': 'NI:origin of a trader'}),
        ('Sholpan market', 0, 'facility', 'Sholpan market (Almaty)', AL, {'subkind': 'market'}),
        ('Almaty', 2, 'city', 'Almaty', AL),
        ('Baraholka', 0, 'district', 'Baraholka (Almaty)', AL, {'subkind': 'market area', 'uncertain': True, 'note': 'informal name of a market area'}),
        ('Ryskulov Avenue', 1, 'facility', 'Ryskulov Avenue (Almaty)', AL, {'subkind': 'street', 'note': 'NI:reference point'}),
        ('Kaskelen', 0, 'city', 'Kaskelen', ALR, {'note': 'NI:road named after its endpoint'}),
     ],
     inc={AL: (1, 'fire at the Sholpan market on Ryskulov Avenue, Auezov district')}),
]
