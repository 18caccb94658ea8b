"""English texts of the unseen check corpus (annotation tuples described in build.py)."""
N = None
PR, SKR, JR, UR, KR = 'Pavlodar Region', 'South Kazakhstan Region', 'Jambyl Region', 'Ulytau Region', 'Karaganda Region'

DOCS = [
dict(id='u001', date='1999-02-16', lang='en',
     event='1999 miners sit-in at Ekibastuz and pensioners protest in Aksu (Pavlodar Region)',
     text="""EKIBASTUZ, Feb 16 - About 300 miners at the Bogatyr open-pit mine outside Ekibastuz refused to leave the pit on Tuesday, demanding four months of unpaid wages, a union spokesman said.
In Aksu, some 50 km south of Pavlodar, around 150 pensioners blocked the entrance to the town hall for two hours over delayed pensions. Police did not intervene.
The labour ministry in Akmola said the money had been sent to the Pavlodar region last week and blamed the regional administration for the delay. Coal from Ekibastus is one of Kazakhstan's main exports; much of it goes to power plants in Russia's Omsk and Chelyabinsk regions.
Union leader Oral Ibrayev said the miners would stay in the pit until the first payment arrives.""",
     ann=[
        ('EKIBASTUZ', 0, 'city', 'Ekibastuz', PR, {'note': 'dateline'}),
        ('Bogatyr open-pit mine', 0, 'facility', 'Bogatyr mine', PR, {'subkind': 'mine'}),
        ('Ekibastuz', 0, 'city', 'Ekibastuz', PR, {'note': "NI:reference point ('outside Ekibastuz'); the mine is the site"}),
        ('Aksu', 0, 'city', 'Aksu (Pavlodar Region)', PR),
        ('Pavlodar', 0, 'city', 'Pavlodar', PR, {'note': "NI:reference point ('50 km south of Pavlodar')"}),
        ('Akmola', 0, 'city', 'Astana', 'Astana', {'note': "NI:seat of the ministry; Akmola is the capital's name in 1999"}),
        ('Pavlodar region', 0, 'region', PR, PR),
        ('Ekibastus', 0, 'city', 'Ekibastuz', PR, {'note': 'misspelling introduced on purpose; NI:origin of coal'}),
        ("Kazakhstan", 0, 'country', 'Kazakhstan', N),
        ('Russia', 0, 'foreign', 'Russia', N),
        ('Omsk', 0, 'foreign', 'Omsk Oblast', N, {'note': "in a list sharing the head noun 'regions'"}),
        ('Chelyabinsk', 0, 'foreign', 'Chelyabinsk Oblast', N, {'note': "in a list sharing the head noun 'regions'"}),
     ],
     inc={PR: (2, 'miners sit-in at the Bogatyr mine (Ekibastuz); pensioners blockade of the town hall in Aksu')}),

dict(id='u002', date='2017-05-22', lang='en',
     event='2017 mudflow in Lenger and lightning death near Zhetysai (South Kazakhstan Region)',
     text="""SHYMKENT, May 22 - A mudflow swept through the lower streets of Lenger on Sunday night after hours of heavy rain, flooding about 60 houses and a school, the emergency department of the South Kazakhstan region said. No one was hurt. Rescue teams from three districts of the region spent Monday clearing mud from the streets.
In a separate incident, a shepherd was killed by lightning near Zhetysai, in the Maktaaral district.
The regional akim visited Lenger on Monday and promised compensation to the families. Forecasters expect more rain in Shymkent, Saryagash and Kentau until Thursday.
Melon growers said exports to Russia through the Zhibek Zholy checkpoint, on the border with Uzbekistan, had been halted for the week.""",
     ann=[
        ('SHYMKENT', 0, 'city', 'Shymkent', SKR, {'note': 'dateline; Shymkent is part of the region before 2018-06-19'}),
        ('Lenger', 0, 'city', 'Lenger', SKR),
        ('South Kazakhstan region', 0, 'region', SKR, SKR),
        ('three districts', 0, 'quantified', '3 districts', N, {'count': 3, 'unit': 'district', 'note': 'origin of rescue teams; not an incident statement'}),
        ('Zhetysai', 0, 'city', 'Zhetysay', SKR),
        ('Maktaaral district', 0, 'district', 'Maktaaral District', SKR),
        ('Lenger', 1, 'city', 'Lenger', SKR, {'note': "akim's visit"}),
        ('Shymkent', 0, 'city', 'Shymkent', SKR, {'note': 'NI:weather forecast'}),
        ('Saryagash', 0, 'city', 'Saryagash', SKR, {'note': 'NI:weather forecast'}),
        ('Kentau', 0, 'city', 'Kentau', SKR, {'note': 'NI:weather forecast'}),
        ('Russia', 0, 'foreign', 'Russia', N),
        ('Zhibek Zholy checkpoint', 0, 'facility', 'Zhibek Zholy border crossing', SKR, {'subkind': 'border crossing', 'note': 'NI:closed crossing'}),
        ('Uzbekistan', 0, 'foreign', 'Uzbekistan', N),
     ],
     inc={SKR: (2, 'mudflow in Lenger; shepherd killed by lightning near Zhetysai')}),

dict(id='u003', date='2021-03-04', lang='en',
     event='2021 gas explosion in Zhanatas and heating protest in Karatau (Jambyl Region)',
     text="""NUR-SULTAN, March 4 - A gas explosion tore through a five-storey apartment block in Zhanatas early on Thursday, killing two residents and injuring seven, the emergency situations ministry said. The injured were taken to hospital in Taraz, about 170 km away.
A day earlier, several dozen residents of Karatau gathered outside the town akimat to protest against repeated heating failures during the cold snap. The two towns lie in the Sarysu and Talas districts of the Zhambyl region, where night temperatures fell to minus 30.
Communist deputy Zhambyl Akhmetbekov called for an inquiry into the state of the gas network. Players of FC Taraz visited the injured on Thursday evening.
Both towns were built in Soviet times around phosphate mines in the Karatau mountains.""",
     ann=[
        ('NUR-SULTAN', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Zhanatas', 0, 'city', 'Zhanatas', JR),
        ('Taraz', 0, 'city', 'Taraz', JR, {'note': 'NI:hospital location'}),
        ('Karatau', 0, 'city', 'Karatau', JR),
        ('Sarysu', 0, 'district', 'Sarysu District', JR, {'note': "in a list sharing the head noun 'districts'"}),
        ('Talas', 0, 'district', 'Talas District', JR, {'note': "in a list sharing the head noun 'districts'; not the river or the Kyrgyz town"}),
        ('Zhambyl region', 0, 'region', JR, JR),
        ('Karatau mountains', 0, 'facility', 'Karatau Mountains', N, {'subkind': 'mountain range', 'note': 'not the town'}),
     ],
     inc={JR: (2, 'gas explosion in Zhanatas; heating protest in Karatau')}),

dict(id='u004', date='2023-08-09', lang='en',
     event='2023 smelter explosion in Zhezkazgan (Ulytau Region) and minibus crash north of Balkhash (Karaganda Region)',
     text="""ZHEZQAZGHAN, Aug 9 - An explosion in the converter shop of the copper smelter in Zhezqazghan injured four workers on Wednesday morning, the emergency department of the Ulytau region said. Kazakhmys, which owns the smelter, said production had not stopped.
Later the same day a minibus carrying seasonal workers from Osh, in Kyrgyzstan, overturned on the highway about 80 km north of Balqash. Three passengers died. The road police of the Qaraghandy region said the driver had fallen asleep.
The Ulytau region was carved out of the Karaganda region in June 2022, and Zhezqazghan, Satbayev and Karazhal now report to its akim. Two of the injured smelter workers were flown to hospital in Astana.""",
     ann=[
        ('ZHEZQAZGHAN', 0, 'city', 'Zhezkazgan', UR, {'note': 'dateline'}),
        ('Zhezqazghan', 0, 'city', 'Zhezkazgan', UR),
        ('Ulytau region', 0, 'region', UR, UR),
        ('Osh', 0, 'foreign', 'Osh', N, {'note': 'NI:origin of the passengers'}),
        ('Kyrgyzstan', 0, 'foreign', 'Kyrgyzstan', N, {'note': 'NI:origin of the passengers'}),
        ('Balqash', 0, 'city', 'Balkhash', KR, {'note': "NI:reference point ('80 km north of Balqash')"}),
        ('Qaraghandy region', 0, 'region', KR, KR, {'note': 'jurisdiction of the road police; the crash site is in this region'}),
        ('Ulytau region', 1, 'region', UR, UR),
        ('Karaganda region', 0, 'region', KR, KR),
        ('Zhezqazghan', 1, 'city', 'Zhezkazgan', UR),
        ('Satbayev', 0, 'city', 'Satpayev', UR, {'note': 'the town, not the person'}),
        ('Karazhal', 0, 'city', 'Karazhal', UR),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:hospital location'}),
     ],
     inc={UR: (1, 'explosion at the copper smelter in Zhezqazghan'),
          KR: (1, 'minibus crash 80 km north of Balkhash (region named through the road police)')}),

dict(id='u005', date='2024-04-10', lang='en',
     event='2024 spring floods in Kulsary, near Kandyagash and in Zhitikara district',
     text="""ATYRAU, April 10 - Floodwater from the Zhem river entered Kulsary overnight, and about 400 houses on the edge of the town were under water by Wednesday morning, the Atyrau region akimat said. Nearly 3,000 residents have been moved to schools and a sports hall.
Flooding has now been reported in six regions. In the Aktobe region the Ilek burst its banks near Kandyagash, cutting the road to Khromtau, and in the Kostanay region water cut off several villages in the Zhitikara district.
A state of emergency remains in force in ten regions. Rescuers from Almaty and Shymkent were flown to Atyrau on Tuesday to reinforce local crews.
Officials warned that the peak on the Ural, which flows in from Russia's Orenburg region, is still expected next week.""",
     ann=[
        ('ATYRAU', 0, 'city', 'Atyrau', 'Atyrau Region', {'note': 'dateline'}),
        ('Zhem river', 0, 'facility', 'Zhem River', N, {'subkind': 'river'}),
        ('Kulsary', 0, 'city', 'Kulsary', 'Atyrau Region'),
        ('Atyrau region', 0, 'region', 'Atyrau Region', 'Atyrau Region'),
        ('six regions', 0, 'quantified', '6 regions', N, {'count': 6, 'unit': 'region', 'note': 'floods; three are named (Atyrau, Aktobe, Kostanay), three are not'}),
        ('Aktobe region', 0, 'region', 'Aktobe Region', 'Aktobe Region'),
        ('Ilek', 0, 'facility', 'Ilek River', N, {'subkind': 'river'}),
        ('Kandyagash', 0, 'city', 'Kandyagash', 'Aktobe Region'),
        ('Khromtau', 0, 'city', 'Khromtau', 'Aktobe Region', {'note': 'NI:route endpoint'}),
        ('Kostanay region', 0, 'region', 'Kostanay Region', 'Kostanay Region'),
        ('several villages', 0, 'quantified', 'several villages', N, {'count': None, 'unit': 'village', 'note': 'unnamed villages in Zhitikara district'}),
        ('Zhitikara district', 0, 'district', 'Zhitikara District', 'Kostanay Region'),
        ('ten regions', 0, 'quantified', '10 regions', N, {'count': 10, 'unit': 'region', 'note': 'state of emergency (an official measure)'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of rescuers'}),
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:origin of rescuers'}),
        ('Atyrau', 1, 'city', 'Atyrau', 'Atyrau Region', {'note': 'NI:destination of rescuers'}),
        ('Ural', 0, 'facility', 'Ural River', N, {'subkind': 'river'}),
        ('Russia', 0, 'foreign', 'Russia', N),
        ('Orenburg region', 0, 'foreign', 'Orenburg Oblast', N),
     ],
     inc={'Atyrau Region': (1, 'flood in Kulsary'), 'Aktobe Region': (1, 'Ilek flood near Kandyagash'),
          'Kostanay Region': (1, 'flood cutting off villages in Zhitikara district')},
     unatt=[{'label': 'six regions', 'count': 6, 'note': 'floods reported in six regions; Atyrau, Aktobe and Kostanay are named and have rows, three are not named'}]),

dict(id='u006', date='2026-01-20', lang='en',
     event='2026 freight train derailment near Kazalinsk and workshop fire in Aralsk (Kyzylorda Region)',
     text="""KYZYLORDA, Jan 20 - Eleven wagons of a freight train carrying grain left the rails near Kazalinsk on Monday night, blocking the main line between Kyzylorda and Aktobe for nine hours, Kazakhstan Temir Zholy said. Nobody was injured. Passenger trains from Almaty to Moscow were held at Toretam.
In Aralsk, about 200 km to the north-west, a fire destroyed a fish-processing workshop on Tuesday. Firefighters from Kazaly needed four hours to put out the blaze.
Local historians like to recall that Aralsk once stood on the shore of the Aral Sea; the water now lies more than 80 km away. The Kyzylorda region akimat said both sites would be inspected, and a commission from Astana is expected on Friday.""",
     ann=[
        ('KYZYLORDA', 0, 'city', 'Kyzylorda', 'Kyzylorda Region', {'note': 'dateline'}),
        ('Kazalinsk', 0, 'city', 'Kazaly', 'Kyzylorda Region'),
        ('Kyzylorda', 0, 'city', 'Kyzylorda', 'Kyzylorda Region', {'note': 'NI:route endpoint'}),
        ('Aktobe', 0, 'city', 'Aktobe', 'Aktobe Region', {'note': 'NI:route endpoint'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:route endpoint'}),
        ('Moscow', 0, 'foreign', 'Moscow', N, {'note': 'route endpoint'}),
        ('Toretam', 0, 'village', 'Toretam', 'Kyzylorda Region', {'note': 'NI:where trains were held'}),
        ('Aralsk', 0, 'city', 'Aral', 'Kyzylorda Region'),
        ('Kazaly', 0, 'city', 'Kazaly', 'Kyzylorda Region', {'note': 'same town as Kazalinsk; NI:origin of firefighters'}),
        ('Aralsk', 1, 'city', 'Aral', 'Kyzylorda Region'),
        ('Aral Sea', 0, 'facility', 'Aral Sea', N, {'subkind': 'sea'}),
        ('Kyzylorda region', 0, 'region', 'Kyzylorda Region', 'Kyzylorda Region'),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of a commission'}),
     ],
     inc={'Kyzylorda Region': (2, 'freight train derailment near Kazalinsk; workshop fire in Aralsk')}),
]
