"""English texts of the twenty-fourth unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
JR, ALR, KYR, TR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'Turkistan Region', 'South Kazakhstan Region'
ABR, JTR, EKR, MR, KOR = 'Abai Region', 'Jetisu Region', 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR, UR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region', 'Ulytau Region'
ATR, AR, WKR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region'
CD = {'subkind': 'city district'}
MD = {'subkind': 'microdistrict'}

DOCS = [
dict(id='p001', date='2021-01-14', lang='en',
     event='2021 cold snap: heating main burst under Kenesary Street in Baikonur district of Nur-Sultan (Astana) and a boiler blast in a kindergarten in Turan district of Shymkent; complaints in Nauryzbay district of Almaty; accidents in five other unnamed regions; Baikonur district vs the Baikonur cosmodrome',
     text="""Cold snap tests city halls in Nur-Sultan, Almaty and Shymkent
NUR-SULTAN, Jan 14 (Reuters) - Thousands of residents of Kazakhstan's three largest cities spent Wednesday night in cold flats as temperatures fell to minus 38 Celsius in the capital and heating networks built in the 1970s failed under the load.
In Nur-Sultan, a heating main burst under Kenesary Street in Baikonur district on Tuesday morning, leaving 46 apartment blocks and two schools in the South-East microdistrict without heat for 30 hours. Astana-Teplotranzit, the city's heating company, said its crews had replaced 80 metres of pipe delivered overnight from Temirtau. The district, created in 2018 and named after the Baikonur cosmodrome in Kyzylorda Region, holds much of the capital's oldest housing.
In Shymkent, a gas boiler exploded in the basement of a kindergarten in Turan district late on Tuesday, injuring a caretaker. The children had gone home an hour earlier, the city emergencies department said. Shymkent's akimat has ordered checks of 300 basement boiler rooms in the Turan and Karatau districts.
Almaty escaped without serious failures, but residents of Nauryzbay district, where gas pressure drops every evening, flooded the akimat's hotline with complaints. The city's gas company promised a new pipeline from the Kaskelen side by the autumn.
The emergencies ministry said boiler and heating-network accidents had also been recorded in five other regions since Sunday, without naming them. It asked akims across Kazakhstan to open warming points in schools.
"We are paying for thirty years without investment," said Daniyar Akhmetov, a housing analyst in Almaty. Heating tariffs have been frozen since 2019 in most cities, and utilities in Pavlodar, Karaganda and Kostanay have asked the government to raise them this spring.
The cold is expected to ease on Saturday, the weather service said.""",
     ann=[
        ('Nur-Sultan', 0, 'city', 'Astana', 'Astana', {'note': 'headline; the capital in 2019-2022'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'headline'}),
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'headline'}),
        ('NUR-SULTAN', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('three largest cities', 0, 'quantified', '3 largest cities', N, {'count': 3, 'unit': 'city', 'note': 'the three cities named in the headline; not an incident statement'}),
        ('Nur-Sultan', 1, 'city', 'Astana', 'Astana'),
        ('Kenesary Street', 0, 'facility', 'Kenesary Street (Astana)', 'Astana', {'subkind': 'street'}),
        ('Baikonur district', 0, 'district', 'Baikonur District (Astana)', 'Astana', {'subkind': 'city district', 'note': 'district of the capital, not the cosmodrome'}),
        ('South-East microdistrict', 0, 'district', 'South-East (Astana)', 'Astana', MD),
        ('Temirtau', 0, 'city', 'Temirtau', KR, {'note': 'NI:origin of the pipes'}),
        ('Baikonur cosmodrome', 0, 'facility', 'Baikonur cosmodrome', KYR, {'subkind': 'cosmodrome', 'note': 'NI:the namesake of the district; leased to Russia'}),
        ('Kyzylorda Region', 0, 'region', KYR, KYR, {'note': 'NI:location of the namesake cosmodrome'}),
        ('Shymkent', 1, 'city', 'Shymkent', 'Shymkent'),
        ('Turan district', 0, 'district', 'Turan District (Shymkent)', 'Shymkent', CD),
        ('Shymkent', 2, 'city', 'Shymkent', 'Shymkent', {'note': "NI:inside the name of an authority (Shymkent's akimat)"}),
        ('Turan', 1, 'district', 'Turan District (Shymkent)', 'Shymkent', {'subkind': 'city district', 'note': 'NI:list sharing "districts"; checks ordered'}),
        ('Karatau', 0, 'district', 'Karatau District (Shymkent)', 'Shymkent', {'subkind': 'city district', 'note': 'NI:list sharing "districts"; not Karatau town in Jambyl Region'}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': 'no failure there'}),
        ('Nauryzbay district', 0, 'district', 'Nauryzbay District (Almaty)', 'Almaty', {'subkind': 'city district', 'note': 'complaints only, no incident'}),
        ('Kaskelen', 0, 'city', 'Kaskelen', ALR, {'note': 'NI:start of a planned pipeline'}),
        ('five other regions', 0, 'quantified', '5 other regions', N, {'count': 5, 'unit': 'region', 'note': 'heating accidents in unnamed regions'}),
        ('Kazakhstan', 1, 'country', 'Kazakhstan', N),
        ('Almaty', 2, 'city', 'Almaty', 'Almaty', {'note': "NI:analyst's workplace"}),
        ('most cities', 0, 'quantified', 'most cities', N, {'count': None, 'unit': 'city', 'note': 'tariff freeze; not about incidents'}),
        ('Pavlodar', 0, 'city', 'Pavlodar', PR, {'note': 'NI:seat of utilities asking for tariff rises'}),
        ('Karaganda', 0, 'city', 'Karaganda', KR, {'note': 'NI:seat of utilities asking for tariff rises'}),
        ('Kostanay', 0, 'city', 'Kostanay', KOR, {'note': 'NI:seat of utilities asking for tariff rises'}),
     ],
     inc={'Astana': (1, 'heating main burst under Kenesary Street in Baikonur district, 46 blocks without heat (accident; street, district and city are one event)'),
          'Shymkent': (1, 'gas boiler explosion in a kindergarten basement in Turan district')},
     unatt=[{'label': 'five other regions', 'count': 5, 'note': 'boiler and heating-network accidents in unnamed regions since Sunday'}]),

dict(id='p002', date='1998-04-14', lang='en',
     event='1998 new akim of Kokshetau after the abolition of Kokshetau Region, whose land was in North Kazakhstan Region from May 1997 to April 1999; Akmola the new capital (no incident)',
     text="""Kokshetau gets new akim as city adjusts to life in North Kazakhstan
PETROPAVLOVSK, April 14 (Interfax-Kazakhstan) - The governor of North Kazakhstan Region on Tuesday appointed Serik Zhakupov, a former deputy mayor of Petropavlovsk, as akim of Kokshetau, the city that lost its status as a regional centre when the Kokshetau Region was abolished last May and merged into North Kazakhstan.
Zhakupov takes over a city hall with debts of 640 million tenge, most of them owed to the city's heating plant. The 1998 budget sets aside nothing for new housing.
Officials in Petropavlovsk said the merged region would keep an office in Kokshetau until the end of the year. Many former regional staff have left for Akmola, where the government moved in December, or for Almaty.
The new akim said his first task would be to pay teachers in Kokshetau and in the resort town of Shchuchinsk, where wages are four months late. Residents of Shchuchinsk want their district joined to Akmola Region instead.""",
     ann=[
        ('Kokshetau', 0, 'city', 'Kokshetau', NKR, {'note': 'headline; in North Kazakhstan Region from May 1997 to April 1999'}),
        ('North Kazakhstan', 0, 'region', NKR, NKR, {'note': 'headline; region named without "Region"'}),
        ('PETROPAVLOVSK', 0, 'city', 'Petropavl', NKR, {'note': 'dateline'}),
        ('North Kazakhstan Region', 0, 'region', NKR, NKR, {'note': "NI:inside an official's title"}),
        ('Petropavlovsk', 0, 'city', 'Petropavl', NKR, {'note': 'NI:former workplace of the new akim'}),
        ('Kokshetau', 1, 'city', 'Kokshetau', NKR, {'note': 'the city, in North Kazakhstan Region on the article date'}),
        ('Kokshetau Region', 0, 'region', NKR, NKR, {'uncertain': True, 'note': 'abolished in May 1997; its land was then in North Kazakhstan Region'}),
        ('North Kazakhstan', 2, 'region', NKR, NKR, {'note': 'region named without "Region"'}),
        ('Petropavlovsk', 1, 'city', 'Petropavl', NKR, {'note': 'NI:seat of the regional akimat'}),
        ('Kokshetau', 3, 'city', 'Kokshetau', NKR),
        ('Akmola', 0, 'city', 'Astana', 'Astana', {'note': 'NI:the capital in 1998, not Akmola Region; destination of staff'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:destination of staff'}),
        ('Kokshetau', 4, 'city', 'Kokshetau', NKR),
        ('Shchuchinsk', 0, 'city', 'Shchuchinsk', NKR, {'note': 'land of the abolished Kokshetau Region, North Kazakhstan Region in 1998'}),
        ('Shchuchinsk', 1, 'city', 'Shchuchinsk', NKR, {'note': 'NI:residence of the letter writers'}),
        ('Akmola Region', 0, 'region', AKR, AKR, {'note': 'NI:the region the residents want to join'}),
     ],
     inc={}),

dict(id='p003', date='2016-02-09', lang='en',
     event='2016 gas explosion in a flat in the Nursat microdistrict, Abai district of Shymkent, one dead (South Kazakhstan Region before the 2018 split); helpers from Taraz and Turkestan',
     text="""One dead in gas blast in Shymkent apartment block
SHYMKENT, Feb 9 (Tengrinews) - A woman was killed and three neighbours were injured when gas exploded in a flat on the fourth floor of a five-storey block in the Nursat microdistrict of Shymkent early on Tuesday, the emergencies department of South Kazakhstan region said.
The blast tore out the outer wall of the flat and broke windows in two neighbouring blocks on Baidibek Bi Avenue. Eighty residents spent the night in a school nearby. The injured were taken to the regional hospital with burns.
Investigators believe a cooker had been left on. The building, in Abai district, was connected to the city gas network in 1985, and its pipes were last checked in 2013, according to the district akimat.
The city akim ordered inspections in all apartment blocks of the Abai and Al-Farabi districts by the end of February. Gas engineers from Taraz and Turkestan were sent to help.""",
     ann=[
        ('Shymkent', 0, 'city', 'Shymkent', SKR, {'note': 'headline; South Kazakhstan Region before 2018-06-19'}),
        ('SHYMKENT', 0, 'city', 'Shymkent', SKR, {'note': 'dateline'}),
        ('Nursat microdistrict', 0, 'district', 'Nursat (Shymkent)', SKR, MD),
        ('Shymkent', 1, 'city', 'Shymkent', SKR),
        ('South Kazakhstan region', 0, 'region', SKR, SKR, {'note': 'inside the name of an authority'}),
        ('Baidibek Bi Avenue', 0, 'facility', 'Baidibek Bi Avenue (Shymkent)', SKR, {'subkind': 'street'}),
        ('Abai district', 0, 'district', 'Abai District (Shymkent)', SKR, {'subkind': 'city district', 'note': 'a district of Shymkent, not Abai Region'}),
        ('Abai', 1, 'district', 'Abai District (Shymkent)', SKR, {'subkind': 'city district', 'note': 'NI:list sharing "districts"; inspections'}),
        ('Al-Farabi', 0, 'district', 'Al-Farabi District (Shymkent)', SKR, {'subkind': 'city district', 'note': 'NI:list sharing "districts"; named after a person'}),
        ('Taraz', 0, 'city', 'Taraz', JR, {'note': 'NI:origin of gas engineers'}),
        ('Turkestan', 0, 'city', 'Turkistan', SKR, {'note': 'NI:origin of gas engineers; the town, South Kazakhstan Region in 2016'}),
     ],
     inc={SKR: (1, 'gas explosion in a flat in the Nursat microdistrict of Shymkent, one dead (flat, block, avenue, microdistrict and city are one event)')}),

dict(id='p004', date='2024-02-20', lang='en',
     event='2024 picket of residents of Nauryzbay and Alatau districts outside the Almaty akimat on Republic Square, and a dormitory roof collapse on Momyshuly Street in Alatau district (Almaty); background picket in Baikonur district of Astana; Alatau district vs the new city of Alatau (Almaty Region)',
     text="""Residents of Almaty's outer districts picket city hall over roads and water
ALMATY, Feb 20 (Vlast.kz) - About 150 residents of the Nauryzbay and Alatau districts stood outside the Almaty akimat on Republic Square on Monday morning, holding placards demanding paved roads, mains water and sewers for their streets.
Most of the protesters live in the Shugyla and Kalkaman microdistricts, which were villages of Karasai district of Almaty Region until 2014, when the city absorbed them to form Nauryzbay district. Others came from Shanyrak and Bakai in Alatau district, which was created in 2008 on land taken from Ili district.
"We pay the same taxes as people on Dostyk Avenue, but we carry water in cans," said Saule Bekova, a teacher from Kalkaman. A deputy akim met ten of the protesters and promised that 40 km of water pipes would be laid this year, starting on Nauryzbay Batyr Street.
Hours later, part of the roof of a four-storey dormitory on Momyshuly Street in Alatau district collapsed under wet snow. The 60 residents, most of them students, had left the building after cracks appeared in a ceiling, and nobody was hurt, the city emergencies department said.
Critics say the akimat spends on the centre while the new districts grow: Nauryzbay district's population has nearly doubled since 2014. The satellite towns of Kaskelen and Talgar, and Alatau, the new city rising north of Almaty near the Kapshagai reservoir, compete with the outer districts for the same young families.
Almaty's budget for 2024 puts 12 percent of its spending into utilities. Officials noted that residents of Baikonur district in Astana had held a similar picket over heating in January.""",
     ann=[
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'headline'}),
        ('ALMATY', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Nauryzbay', 0, 'district', 'Nauryzbay District (Almaty)', 'Almaty', {'subkind': 'city district', 'note': 'NI:list sharing "districts"; residence of protesters'}),
        ('Alatau', 0, 'district', 'Alatau District (Almaty)', 'Almaty', {'subkind': 'city district', 'note': 'NI:list sharing "districts"; residence of protesters'}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': 'the akimat is the site of the picket'}),
        ('Republic Square', 0, 'facility', 'Republic Square (Almaty)', 'Almaty', {'subkind': 'square'}),
        ('Shugyla', 0, 'district', 'Shugyla (Almaty)', 'Almaty', {'subkind': 'microdistrict', 'note': 'NI:list sharing "microdistricts"; residence of protesters'}),
        ('Kalkaman', 0, 'district', 'Kalkaman (Almaty)', 'Almaty', {'subkind': 'microdistrict', 'note': 'NI:list sharing "microdistricts"; residence of protesters'}),
        ('Karasai district', 0, 'district', 'Karasai District', ALR, {'note': 'NI:former unit of the land'}),
        ('Almaty Region', 0, 'region', ALR, ALR, {'note': 'NI:former unit of the land'}),
        ('Nauryzbay district', 0, 'district', 'Nauryzbay District (Almaty)', 'Almaty', {'subkind': 'city district', 'note': 'NI:its creation in 2014'}),
        ('Shanyrak', 0, 'district', 'Shanyrak (Almaty)', 'Almaty', {'subkind': 'microdistrict', 'note': 'NI:residence of protesters'}),
        ('Bakai', 0, 'district', 'Bakai (Almaty)', 'Almaty', {'subkind': 'microdistrict', 'note': 'NI:residence of protesters'}),
        ('Alatau district', 0, 'district', 'Alatau District (Almaty)', 'Almaty', {'subkind': 'city district', 'note': 'NI:residence of protesters'}),
        ('Ili district', 0, 'district', 'Ili District', ALR, {'note': 'NI:former unit of the land'}),
        ('Dostyk Avenue', 0, 'facility', 'Dostyk Avenue (Almaty)', 'Almaty', {'subkind': 'street', 'note': 'NI:comparison in a quotation'}),
        ('Kalkaman', 1, 'district', 'Kalkaman (Almaty)', 'Almaty', {'subkind': 'microdistrict', 'note': 'NI:residence of a protester'}),
        ('Nauryzbay Batyr Street', 0, 'facility', 'Nauryzbay Batyr Street (Almaty)', 'Almaty', {'subkind': 'street', 'note': 'NI:planned works; named after a person'}),
        ('Momyshuly Street', 0, 'facility', 'Momyshuly Street (Almaty)', 'Almaty', {'subkind': 'street'}),
        ('Alatau district', 1, 'district', 'Alatau District (Almaty)', 'Almaty', CD),
        ('Nauryzbay district', 1, 'district', 'Nauryzbay District (Almaty)', 'Almaty', CD),
        ('Kaskelen', 0, 'city', 'Kaskelen', ALR, {'note': 'NI:satellite town'}),
        ('Talgar', 0, 'city', 'Talgar', ALR, {'note': 'NI:satellite town'}),
        ('Alatau', 3, 'city', 'Alatau', ALR, {'note': 'NI:the new city in Almaty Region, not the district of Almaty'}),
        ('Almaty', 3, 'city', 'Almaty', 'Almaty', {'note': 'NI:reference point'}),
        ('Kapshagai reservoir', 0, 'facility', 'Kapshagai reservoir', N, {'subkind': 'reservoir', 'note': 'NI:reference point; in Almaty Region'}),
        ('Almaty', 4, 'city', 'Almaty', 'Almaty', {'note': "the city's budget"}),
        ('Baikonur district', 0, 'district', 'Baikonur District (Astana)', 'Astana', CD),
        ('Astana', 0, 'city', 'Astana', 'Astana'),
     ],
     inc={'Almaty': (2, 'picket outside the akimat on Republic Square; dormitory roof collapse on Momyshuly Street in Alatau district (accident, nobody hurt)'),
          'Astana': (1, 'background: picket of Baikonur district residents over heating in January')}),

dict(id='p005', date='2019-08-27', lang='en',
     event='2019 new akim of Baikonur district of Nur-Sultan (Astana), carved out of the Almaty and Saryarka districts of the capital in 2018 and named after the cosmodrome in Kyzylorda Region (no incident)',
     text="""Nur-Sultan names new akim for Baikonur district
NUR-SULTAN, Aug 27 (Kazinform) - The mayor of Nur-Sultan has appointed Askhat Serikbayev as akim of Baikonur district, the youngest of the capital's four districts, the city akimat said on Tuesday.
Serikbayev, 41, previously ran the housing department of Karaganda Region and, before that, the city hall of Temirtau. He replaces Marat Zhunusov, who has moved to head Saryarka district.
Baikonur district was carved out of the Almaty and Saryarka districts in 2018 and named after the cosmodrome in Kyzylorda Region from which Yuri Gagarin flew in 1961. It has about 220,000 residents and much of the city's old housing, including 180 barrack-type houses near the railway station that the akimat plans to demolish by 2021.
The new akim's first tasks are the heating season, which starts on Sept 15, and a queue of 9,000 families waiting for rental flats. Residents of the district's private sector near the Akbulak river have asked for gas pipes since the capital moved from Almaty in 1997.""",
     ann=[
        ('Nur-Sultan', 0, 'city', 'Astana', 'Astana', {'note': 'headline; the capital in 2019-2022'}),
        ('Baikonur district', 0, 'district', 'Baikonur District (Astana)', 'Astana', {'subkind': 'city district', 'note': 'headline'}),
        ('NUR-SULTAN', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Nur-Sultan', 1, 'city', 'Astana', 'Astana', {'note': "inside an official's title"}),
        ('Baikonur district', 1, 'district', 'Baikonur District (Astana)', 'Astana', CD),
        ('four districts', 0, 'quantified', '4 districts', N, {'count': 4, 'unit': 'district', 'note': "the capital's districts in 2019; not about incidents"}),
        ('Karaganda Region', 0, 'region', KR, KR, {'note': 'NI:former workplace of the new akim'}),
        ('Temirtau', 0, 'city', 'Temirtau', KR, {'note': 'NI:former workplace of the new akim'}),
        ('Saryarka district', 0, 'district', 'Saryarka District (Astana)', 'Astana', CD),
        ('Baikonur district', 2, 'district', 'Baikonur District (Astana)', 'Astana', CD),
        ('Almaty', 0, 'district', 'Almaty District (Astana)', 'Astana', {'subkind': 'city district', 'note': 'list sharing "districts": the Almaty district of the capital, not the city of Almaty'}),
        ('Saryarka', 1, 'district', 'Saryarka District (Astana)', 'Astana', {'subkind': 'city district', 'note': 'list sharing "districts"'}),
        ('Kyzylorda Region', 0, 'region', KYR, KYR, {'note': 'NI:location of the cosmodrome, the namesake'}),
        ('Akbulak river', 0, 'facility', 'Akbulak river', N, {'subkind': 'river', 'note': 'in Astana'}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:the former capital'}),
     ],
     inc={}),

dict(id='p006', date='2023-07-05', lang='en',
     event='2023 picket of Zashchita residents outside the Oskemen akimat over a three-week hot-water cut (East Kazakhstan Region); the heating company named Ust-Kamenogorsk Heat Networks is not a place; Semey now in Abai Region',
     text="""Oskemen residents picket akimat over hot water cut
OSKEMEN, July 5 (KazTAG) - About 40 residents of Oskemen's Zashchita neighbourhood picketed the city akimat on Tuesday after hot water in their blocks had been off for a third week. Police watched the picket but detained nobody.
Ust-Kamenogorsk Heat Networks, the municipal company that still uses the city's Russian name, said the repair of a main under Kabanbai Batyr Street had taken longer than planned because the pipes, delivered from Russia, were late. It promised hot water by Friday.
A deputy akim told the protesters that the summer shutdowns would be cut to ten days from next year. In Semey, now the centre of Abai Region, the shutdown has already been cut to ten days, the Abai regional akimat said. Residents of Ridder, where hot water has been off since June 20, have written to the East Kazakhstan governor.""",
     ann=[
        ('Oskemen', 0, 'city', 'Oskemen', EKR, {'note': 'headline'}),
        ('OSKEMEN', 0, 'city', 'Oskemen', EKR, {'note': 'dateline'}),
        ('Oskemen', 1, 'city', 'Oskemen', EKR),
        ('Zashchita', 0, 'district', 'Zashchita (Oskemen)', EKR, {'subkind': 'microdistrict', 'note': 'NI:residence of the protesters'}),
        ('Kabanbai Batyr Street', 0, 'facility', 'Kabanbai Batyr Street (Oskemen)', EKR, {'subkind': 'street', 'note': 'NI:site of repairs'}),
        ('Russia', 0, 'foreign', 'Russia', N, {'note': 'NI:origin of pipes'}),
        ('Semey', 0, 'city', 'Semey', ABR),
        ('Abai Region', 0, 'region', ABR, ABR),
        ('Abai', 1, 'region', ABR, ABR, {'note': 'NI:inside the name of an authority'}),
        ('Ridder', 0, 'city', 'Ridder', EKR),
        ('East Kazakhstan', 0, 'region', EKR, EKR, {'note': "NI:inside an official's title"}),
     ],
     inc={EKR: (1, 'picket outside the Oskemen akimat')}),

dict(id='p007', date='2009-12-15', lang='en',
     event='2009 heating main burst on Shakarim Avenue in Semey, the former Semipalatinsk, and carbon-monoxide deaths of a family in the Ablaketka district of Ust-Kamenogorsk (both East Kazakhstan Region before the 2022 split); coal from Ekibastuz, pipes from Barnaul',
     text="""Heating main bursts in Semey as cold grips East Kazakhstan
UST-KAMENOGORSK, Dec 15 (Interfax-Kazakhstan) - Sixty-two apartment blocks in Semey, the former Semipalatinsk, were left without heat on Monday after a heating main burst on Shakarim Avenue at minus 34 degrees, the East Kazakhstan regional akimat said.
Crews of the city's heating company dug up the avenue overnight, and heat was back in most flats by Tuesday afternoon. Four schools along the avenue closed for two days, and the city opened warming points in two sports halls.
The akim of Semey blamed pipes laid in 1968 and said the city needed 3 billion tenge to replace 40 km of its network. The regional budget for 2010 gives it less than a third of that. Semipalatinsk was renamed Semey in 2007, but many residents and most of its utilities still use the old name.
In Ust-Kamenogorsk, a man, his wife and their teenage son were found dead on Sunday in a private house in the Ablaketka district, poisoned by carbon monoxide from a coal stove whose chimney had been blocked by snow, police said.
Regional emergency officials said they would hand out gas alarms in the private sector of Ust-Kamenogorsk and in the villages of Glubokoye and Ulan districts, where most houses are heated with coal.
The region's heating plants burn coal from Ekibastuz in Pavlodar Region, and deliveries were delayed last week by snowdrifts on the railway. Pipes for next summer's repairs will be bought in Barnaul, in Russia, because no plant in Kazakhstan makes them in the sizes needed, the akimat said.""",
     ann=[
        ('Semey', 0, 'city', 'Semey', EKR, {'note': 'headline; East Kazakhstan Region before 2022-06-08'}),
        ('East Kazakhstan', 0, 'region', EKR, EKR, {'note': 'headline; region named without "Region"'}),
        ('UST-KAMENOGORSK', 0, 'city', 'Oskemen', EKR, {'note': 'dateline'}),
        ('Semey', 1, 'city', 'Semey', EKR),
        ('Semipalatinsk', 0, 'city', 'Semey', EKR, {'note': 'the old name'}),
        ('Shakarim Avenue', 0, 'facility', 'Shakarim Avenue (Semey)', EKR, {'subkind': 'street'}),
        ('East Kazakhstan', 1, 'region', EKR, EKR, {'note': 'NI:inside the name of an authority'}),
        ('Semey', 2, 'city', 'Semey', EKR, {'note': "inside an official's title"}),
        ('Semipalatinsk', 1, 'city', 'Semey', EKR, {'note': 'the old name'}),
        ('Semey', 3, 'city', 'Semey', EKR),
        ('Ust-Kamenogorsk', 0, 'city', 'Oskemen', EKR),
        ('Ablaketka district', 0, 'district', 'Ablaketka (Oskemen)', EKR, MD),
        ('Ust-Kamenogorsk', 1, 'city', 'Oskemen', EKR, {'note': 'NI:planned hand-out of alarms'}),
        ('Glubokoye', 0, 'district', 'Glubokoye District', EKR, {'note': 'NI:list sharing "districts"; planned hand-out of alarms'}),
        ('Ulan', 0, 'district', 'Ulan District', EKR, {'note': 'NI:list sharing "districts"; planned hand-out of alarms'}),
        ('Ekibastuz', 0, 'city', 'Ekibastuz', PR, {'note': 'NI:origin of coal'}),
        ('Pavlodar Region', 0, 'region', PR, PR, {'note': 'NI:origin of coal'}),
        ('Barnaul', 0, 'foreign', 'Barnaul', N, {'note': 'NI:origin of pipes'}),
        ('Russia', 0, 'foreign', 'Russia', N),
        ('Kazakhstan', 3, 'country', 'Kazakhstan', N),
     ],
     inc={EKR: (2, 'heating main burst on Shakarim Avenue in Semey (accident); carbon-monoxide deaths of a family in a house in Ablaketka, Ust-Kamenogorsk')}),

dict(id='p008', date='2025-10-02', lang='en',
     event='2025 last departments of the Almaty Region akimat move to Konaev, the former Kapshagai (Kapchagay); Taldykorgan (misspelt Taldikorgan) now the seat of Jetisu Region; the new city of Alatau (no incident)',
     text="""Almaty Region moves last departments to Konaev
KONAEV, Oct 2 (Kazinform) - The last departments of the Almaty Region akimat moved into a new administrative building in Konaev this week, three years after the former Kapshagai was renamed and made the regional centre, the regional press service said.
The housing, land and utilities departments had worked from rented offices in Almaty since 2022, when Taldikorgan, the previous centre, became the seat of the new Jetisu Region. About 300 officials now commute to Konaev on buses laid on by the akimat.
Konaev has grown to about 65,000 residents, and 14 apartment blocks are being built on its eastern edge. The city, called Kapchagay in Soviet times, lies on the shore of the Kapshagai reservoir. A new water pipeline and a road to Alatau, the satellite city being built between Konaev and Almaty, are due to be finished next year, the akimat said.""",
     ann=[
        ('Almaty Region', 0, 'region', ALR, ALR, {'note': 'headline'}),
        ('Konaev', 0, 'city', 'Konaev', ALR, {'note': 'headline'}),
        ('KONAEV', 0, 'city', 'Konaev', ALR, {'note': 'dateline'}),
        ('Almaty Region', 1, 'region', ALR, ALR, {'note': 'inside the name of an authority'}),
        ('Konaev', 1, 'city', 'Konaev', ALR),
        ('Kapshagai', 0, 'city', 'Konaev', ALR, {'note': 'the former name'}),
        ('Almaty', 2, 'city', 'Almaty', 'Almaty', {'note': 'NI:former offices of the departments'}),
        ('Taldikorgan', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:former regional centre; misspelling of Taldykorgan introduced on purpose'}),
        ('Jetisu Region', 0, 'region', JTR, JTR),
        ('Konaev', 2, 'city', 'Konaev', ALR, {'note': 'NI:destination of commuters'}),
        ('Konaev', 3, 'city', 'Konaev', ALR),
        ('Kapchagay', 0, 'city', 'Konaev', ALR, {'note': 'the Soviet-era name'}),
        ('Kapshagai reservoir', 0, 'facility', 'Kapshagai reservoir', N, {'subkind': 'reservoir', 'note': 'in Almaty Region'}),
        ('Alatau', 0, 'city', 'Alatau', ALR, {'note': 'NI:end of a planned road; the new city'}),
        ('Konaev', 4, 'city', 'Konaev', ALR, {'note': 'NI:reference point'}),
        ('Almaty', 3, 'city', 'Almaty', 'Almaty', {'note': 'NI:reference point'}),
     ],
     inc={}),
]
