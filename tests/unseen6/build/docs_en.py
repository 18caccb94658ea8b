"""English texts of the sixth unseen check corpus (annotation tuples described in
tests/build_check_corpus.py)."""
N = None
JR, ALR, KYR, TR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'Turkistan Region', 'South Kazakhstan Region'
ABR, JTR, EKR, MR, KOR = 'Abai Region', 'Jetisu Region', 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR, UR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region', 'Ulytau Region'
ATR, AR, WKR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region'

DOCS = [
dict(id='z001', date='1998-03-12', lang='en',
     event='1998 wage protest at the Zhezkazgan copper smelter (Karaganda Region, after the 1997 merger)',
     text="""ZHEZKAZGAN, March 12 (KazTAG) - About 300 workers of the Zhezkazgan copper smelter blocked the gates of the plant administration on Thursday, demanding wages unpaid since October, the akimat of Karaganda Region said.
The protesters, some of whom had come by bus from Satpayev, 20 km to the north, carried placards reading "Pay us for our work". Police did not intervene, and the crowd dispersed by evening.
"We have found money for two months of arrears and will pay it next week," said Bolat Zhezkazganov, deputy akim of the region, who flew in from Karaganda.
Until last May the town was the centre of Zhezkazgan Region, which was abolished and merged into Karaganda Region. Local people complain that the merger has left them far from the decision-makers in Karaganda and in Akmola, the new capital.
Copper from the smelter is exported mainly to China and Germany.""",
     ann=[
        ('ZHEZKAZGAN', 0, 'city', 'Zhezkazgan', KR, {'note': 'dateline'}),
        ('Zhezkazgan copper smelter', 0, 'facility', 'Zhezkazgan copper smelter', KR, {'subkind': 'plant'}),
        ('Karaganda Region', 0, 'region', KR, KR, {'note': 'inside the name of an authority'}),
        ('Satpayev', 0, 'city', 'Satpayev', KR, {'note': 'NI:origin of some protesters'}),
        ('Karaganda', 1, 'city', 'Karaganda', KR, {'note': 'NI:origin of the deputy akim'}),
        ('Zhezkazgan Region', 0, 'region', KR, KR, {'uncertain': True, 'note': 'NI:region abolished in 1997; labelled with the unit holding its land on the article date'}),
        ('Karaganda Region', 1, 'region', KR, KR, {'note': 'NI:the unit it was merged into'}),
        ('Karaganda', 3, 'city', 'Karaganda', KR, {'note': 'NI:seat of decision-makers'}),
        ('Akmola', 0, 'city', 'Astana', 'Astana', {'note': 'NI:the capital under its 1992-1998 name'}),
        ('China', 0, 'foreign', 'China', N),
        ('Germany', 0, 'foreign', 'Germany', N),
     ],
     inc={KR: (1, 'protest blocking the smelter gates in Zhezkazgan')}),

dict(id='z002', date='2004-09-21', lang='en',
     event='2004 bus-tanker collision near Sortobe (Kordai district) and a minibus overturned near Aspara (Merke district), Jambyl Region',
     text="""TARAZ, Sept 21 (Kazinform) - Seven people were killed and 15 injured when a passenger bus travelling from Bishkek to Almaty collided with a fuel tanker on the Almaty-Bishkek highway near the village of Sortobe in Kordai district early on Tuesday, the Jambyl Region police department said.
Most of the passengers were citizens of Kyrgyzstan. The injured were taken to the Kordai district hospital, and four of them were later flown to Almaty.
"The tanker driver tried to overtake a lorry on a bend," said police spokesman Yerlan Kordaiuly. The tanker was carrying diesel from Shymkent.
In a separate accident the same morning, a minibus overturned on the Taraz-Merke road near the village of Aspara in Merke district, injuring six.
The regional akim ordered road checks in all ten districts of the region. Kazakhstan's Ministry of Transport said the highway section near the Kyrgyz border would be widened next year.""",
     ann=[
        ('TARAZ', 0, 'city', 'Taraz', JR, {'note': 'dateline'}),
        ('Bishkek', 0, 'foreign', 'Bishkek', N, {'note': 'route endpoint'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:destination of the bus'}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:route endpoint'}),
        ('Bishkek', 1, 'foreign', 'Bishkek', N, {'note': 'route endpoint'}),
        ('Sortobe', 0, 'village', 'Sortobe', JR),
        ('Kordai district', 0, 'district', 'Kordai District', JR),
        ('Jambyl Region', 0, 'region', JR, JR, {'note': 'inside the name of an authority'}),
        ('Kyrgyzstan', 0, 'foreign', 'Kyrgyzstan', N, {'note': 'origin of the passengers'}),
        ('Kordai district', 1, 'district', 'Kordai District', JR, {'note': 'NI:inside \'Kordai district hospital\'; hospital'}),
        ('Almaty', 2, 'city', 'Almaty', 'Almaty', {'note': 'NI:hospital city'}),
        ('Shymkent', 0, 'city', 'Shymkent', SKR, {'note': 'NI:origin of the cargo'}),
        ('Taraz', 0, 'city', 'Taraz', JR, {'note': 'NI:route endpoint'}),
        ('Merke', 0, 'village', 'Merke', JR, {'note': 'NI:route endpoint'}),
        ('Aspara', 0, 'village', 'Aspara', JR),
        ('Merke district', 0, 'district', 'Merke District', JR),
        ('all ten districts', 0, 'quantified', 'all districts', N, {'count': 10, 'unit': 'district', 'quantifier': 'all', 'note': 'road checks, not incidents'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
     ],
     inc={JR: (2, 'bus-tanker collision near Sortobe; minibus overturned near Aspara')}),

dict(id='z003', date='2013-06-25', lang='en',
     event='2013 mudflow in the Kotyrbulak gorge damages houses in Tuzdybastau, Talgar district (Almaty Region)',
     text="""ALMATY, June 25 - A mudflow swept down the Kotyrbulak gorge after heavy rain on Monday night and damaged 14 houses in the village of Tuzdybastau in Talgar district, Almaty Region, the Emergencies Ministry of Kazakhstan said. No one was hurt; 60 residents spent the night in a school in the town of Talgar.
The mudflow also washed away a 200-metre section of the Almaty-Kalzhat road, and traffic was diverted through Yesik. The Kokpek pass on the road to Kegen was closed as a precaution.
The gorge lies inside the Ile-Alatau National Park, whose rangers had warned of unstable moraine lakes after a hot spring. "The lake above the gorge drained in less than an hour," said Askar Talgarbekov, head of the regional mudflow protection service.
Forecasters in Almaty said more rain was expected in the foothills of the Zailiysky Alatau this week and urged people not to camp by mountain rivers in Almaty Region and in the Chui province of neighbouring Kyrgyzstan.""",
     ann=[
        ('ALMATY', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Kotyrbulak gorge', 0, 'facility', 'Kotyrbulak Gorge', N, {'subkind': 'valley', 'note': 'natural feature in Talgar district, Almaty Region'}),
        ('Tuzdybastau', 0, 'village', 'Tuzdybastau', ALR),
        ('Talgar district', 0, 'district', 'Talgar District', ALR),
        ('Almaty Region', 0, 'region', ALR, ALR),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('Talgar', 1, 'city', 'Talgar', ALR, {'note': 'NI:evacuation point'}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:route endpoint'}),
        ('Kalzhat', 0, 'village', 'Kalzhat', ALR, {'note': 'NI:route endpoint'}),
        ('Yesik', 0, 'city', 'Yesik', ALR, {'note': 'NI:detour'}),
        ('Kokpek pass', 0, 'facility', 'Kokpek Pass', N, {'subkind': 'mountain pass', 'note': 'NI:precautionary closure; in Almaty Region'}),
        ('Kegen', 0, 'village', 'Kegen', ALR, {'note': 'NI:road destination'}),
        ('Ile-Alatau National Park', 0, 'facility', 'Ile-Alatau National Park', ALR, {'subkind': 'national park'}),
        ('Almaty', 2, 'city', 'Almaty', 'Almaty', {'note': 'NI:place of the forecasters'}),
        ('Zailiysky Alatau', 0, 'facility', 'Zailiysky Alatau', N, {'subkind': 'mountain range', 'note': 'NI:forecast'}),
        ('Almaty Region', 1, 'region', ALR, ALR, {'note': 'NI:warning'}),
        ('Chui province', 0, 'foreign', 'Chui Region', N, {'note': 'warning'}),
        ('Kyrgyzstan', 0, 'foreign', 'Kyrgyzstan', N),
     ],
     inc={ALR: (1, 'mudflow damaging Tuzdybastau and the road (one natural disaster)')}),

dict(id='z004', date='2020-09-15', lang='en',
     event='2020 carbon monoxide poisoning in Saryarka district of Nur-Sultan and a boiler explosion at a school in Kokshetau (Akmola Region)',
     text="""NUR-SULTAN, Sept 15 (Tengrinews) - Nine residents of a five-storey block on Kenesary Street in the capital's Saryarka district were taken to hospital with carbon monoxide poisoning on Tuesday morning, the city emergencies department said.
A faulty gas boiler in the basement was found to be the cause. The building's 140 residents were allowed back home by noon.
On the same day a heating boiler exploded in the basement of a school in Kokshetau, the centre of Akmola Region, 300 km north of Nur-Sultan. The blast happened before classes began, and only a janitor was slightly injured.
"The boilers were checked in August, and we want to know why the inspectors missed the faults," said Gulnara Akmolinova, a spokeswoman for the regional akimat. The akim of Akmola Region ordered inspections of the boiler rooms of schools in all districts of the region.
Engineers from Petropavl were brought in to help.""",
     ann=[
        ('NUR-SULTAN', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Kenesary Street', 0, 'facility', 'Kenesary Street (Astana)', 'Astana', {'subkind': 'street'}),
        ('Saryarka district', 0, 'district', 'Saryarka District (Astana)', 'Astana', {'subkind': 'city district'}),
        ('Kokshetau', 0, 'city', 'Kokshetau', AKR),
        ('Akmola Region', 0, 'region', AKR, AKR),
        ('Nur-Sultan', 0, 'city', 'Astana', 'Astana', {'note': 'NI:reference point'}),
        ('Akmola Region', 1, 'region', AKR, AKR, {'note': 'inside an official\'s title'}),
        ('all districts', 0, 'quantified', 'all districts', N, {'count': None, 'unit': 'district', 'quantifier': 'all', 'note': 'inspections, not incidents'}),
        ('Petropavl', 0, 'city', 'Petropavl', NKR, {'note': 'NI:origin of engineers'}),
     ],
     inc={'Astana': (1, 'carbon monoxide poisoning in a block in Saryarka district'),
          AKR: (1, 'boiler explosion at a school in Kokshetau')}),

dict(id='z005', date='2024-01-22', lang='en',
     event='2024 train hits a truck at a level crossing near Mointy station (Karaganda Region); car through the ice of the Kengir reservoir near Zhezkazgan (Ulytau Region)',
     text="""KARAGANDA, Jan 22 (The Astana Times) - A passenger train travelling from Almaty to Petropavl hit a truck at a level crossing near Mointy station in Shet district, Karaganda Region, on Sunday evening. The truck driver was killed and three train passengers were injured, the national railway company said.
The injured were taken to hospital in Balkash, 160 km to the south. The train continued its journey after a four-hour delay.
In neighbouring Ulytau Region, a car fell through the ice of the Kengir reservoir near Zhezkazgan on Saturday. Two fishermen from Satpayev drowned; a third man reached the shore and called for help.
"The ice is thin this winter, and we have warned anglers again and again," said Daniyar Ulytauov, a spokesman for the regional emergencies department. Rescuers pulled the car out on Sunday.
Police in both regions have opened criminal cases.""",
     ann=[
        ('KARAGANDA', 0, 'city', 'Karaganda', KR, {'note': 'dateline'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:route endpoint of the train'}),
        ('Petropavl', 0, 'city', 'Petropavl', NKR, {'note': 'NI:route endpoint of the train'}),
        ('Mointy station', 0, 'facility', 'Mointy station', KR, {'subkind': 'railway station'}),
        ('Shet district', 0, 'district', 'Shet District', KR),
        ('Karaganda Region', 0, 'region', KR, KR),
        ('Balkash', 0, 'city', 'Balkhash', KR, {'note': 'NI:hospital town; variant spelling introduced on purpose'}),
        ('Ulytau Region', 0, 'region', UR, UR),
        ('Kengir reservoir', 0, 'facility', 'Kengir Reservoir', N, {'subkind': 'reservoir', 'note': 'water body near Zhezkazgan, Ulytau Region'}),
        ('Zhezkazgan', 0, 'city', 'Zhezkazgan', UR),
        ('Satpayev', 0, 'city', 'Satpayev', UR, {'note': 'NI:residence of the victims'}),
     ],
     inc={KR: (1, 'train-truck collision at the level crossing near Mointy station'),
          UR: (1, 'car through the ice of the Kengir reservoir, two drowned')}),

dict(id='z006', date='2026-02-10', lang='en',
     event='2026 second terminal for Hazret Sultan airport (HSA) in Turkistan; tourism (no incident)',
     text="""TURKISTAN, Feb 10 (Kazinform) - Hazret Sultan International Airport in Turkistan will open a second terminal in May, raising its capacity to 1,500 passengers an hour, the akimat of Turkistan Region said on Tuesday.
The airport, known by its code HSA, handled 610,000 passengers last year, most of them pilgrims and tourists bound for the Khoja Ahmed Yasawi mausoleum. New routes from Istanbul, Tashkent, Kazan and Urumqi are planned. The terminal is financed by the Development Bank of Kazakhstan.
Investors are also building hotels near the ancient city of Sauran and the ruins of Otrar in Otyrar district. "Tourism is growing faster here than in any other region," said deputy akim Nurlan Kentauov.
Rail links are improving too: the Shymkent-Turkistan line now has six trains a day, and a bus service connects the airport with Kentau and Arys.
Several cities, including Almaty and Astana, already have direct flights to HSA. Tourism officials say all 17 regions of Kazakhstan are competing for foreign visitors.""",
     ann=[
        ('TURKISTAN', 0, 'city', 'Turkistan', TR, {'note': 'dateline'}),
        ('Hazret Sultan International Airport', 0, 'facility', 'Hazret Sultan International Airport', TR, {'subkind': 'airport'}),
        ('Turkistan', 0, 'city', 'Turkistan', TR),
        ('Turkistan Region', 0, 'region', TR, TR, {'note': 'inside the name of an authority'}),
        ('HSA', 0, 'facility', 'Hazret Sultan International Airport', TR, {'subkind': 'airport code'}),
        ('Khoja Ahmed Yasawi mausoleum', 0, 'facility', 'Khoja Ahmed Yasawi Mausoleum', TR, {'subkind': 'mausoleum'}),
        ('Istanbul', 0, 'foreign', 'Istanbul', N),
        ('Tashkent', 0, 'foreign', 'Tashkent', N),
        ('Kazan', 0, 'foreign', 'Kazan', N),
        ('Urumqi', 0, 'foreign', 'Urumqi', N),
        ('Sauran', 0, 'facility', 'Sauran (ancient city)', TR, {'subkind': 'archaeological site'}),
        ('Otrar', 0, 'facility', 'Otrar (ancient city)', TR, {'subkind': 'archaeological site'}),
        ('Otyrar district', 0, 'district', 'Otyrar District', TR),
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:route endpoint'}),
        ('Turkistan', 2, 'city', 'Turkistan', TR, {'note': 'NI:route endpoint'}),
        ('Kentau', 0, 'city', 'Kentau', TR),
        ('Arys', 0, 'city', 'Arys', TR),
        ('Several cities', 0, 'quantified', 'several cities', N, {'count': None, 'unit': 'city', 'note': 'flights, not incidents'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty'),
        ('Astana', 0, 'city', 'Astana', 'Astana'),
        ('HSA', 1, 'facility', 'Hazret Sultan International Airport', TR, {'subkind': 'airport code'}),
        ('all 17 regions', 0, 'quantified', 'all regions', N, {'count': 17, 'unit': 'region', 'quantifier': 'all', 'note': 'tourism, not incidents'}),
        ('Kazakhstan', 1, 'country', 'Kazakhstan', N, {'note': 'occurrence 0 is inside the bank name Development Bank of Kazakhstan (organisation, not annotated)'}),
     ],
     inc={}),

dict(id='z007', date='2012-07-09', lang='en',
     event='2012 cafe shooting in Al-Farabi district of Shymkent and food poisoning at a summer camp in Sharbulak, Kazygurt district (South Kazakhstan Region)',
     text="""SHYMKENT, July 9 (KazTAG) - Two men were shot dead and a third was wounded in a cafe on Tauke Khan Avenue in Shymkent's Al-Farabi district late on Sunday, the South Kazakhstan Region police department said.
The gunman, a 34-year-old resident of Lenger, fled in a car and was detained five hours later at a checkpoint on the Shymkent-Tashkent highway near the Zhibek Zholy border post. Police said the shooting followed a quarrel over a debt.
In a separate case, 23 children at a summer camp in the village of Sharbulak in Kazygurt district were taken to hospital with food poisoning on Saturday. Sanitary doctors suspect a salad made with mayonnaise that had been kept out of the fridge. All the children were in stable condition on Monday, the regional health department said.
The camp's director has been suspended. Prosecutors in Kazygurt have opened a criminal case, and parents from Shymkent and Sariagash have collected their children.""",
     ann=[
        ('SHYMKENT', 0, 'city', 'Shymkent', SKR, {'note': 'dateline'}),
        ('Tauke Khan Avenue', 0, 'facility', 'Tauke Khan Avenue (Shymkent)', SKR, {'subkind': 'street'}),
        ('Shymkent', 0, 'city', 'Shymkent', SKR),
        ('Al-Farabi district', 0, 'district', 'Al-Farabi District (Shymkent)', SKR, {'subkind': 'city district'}),
        ('South Kazakhstan Region', 0, 'region', SKR, SKR, {'note': 'inside the name of an authority'}),
        ('Lenger', 0, 'city', 'Lenger', SKR, {'note': 'NI:residence of the gunman'}),
        ('Shymkent', 1, 'city', 'Shymkent', SKR, {'note': 'NI:route endpoint'}),
        ('Tashkent', 0, 'foreign', 'Tashkent', N, {'note': 'route endpoint'}),
        ('Zhibek Zholy border post', 0, 'facility', 'Zhibek Zholy border post', SKR, {'subkind': 'border post', 'note': 'NI:place of the detention'}),
        ('Sharbulak', 0, 'village', 'Sharbulak', SKR),
        ('Kazygurt district', 0, 'district', 'Kazygurt District', SKR),
        ('Kazygurt', 1, 'village', 'Kazygurt', SKR, {'note': 'NI:seat of the prosecutors'}),
        ('Shymkent', 2, 'city', 'Shymkent', SKR, {'note': 'NI:residence of parents'}),
        ('Sariagash', 0, 'city', 'Saryagash', SKR, {'note': 'NI:residence of parents; misspelling introduced on purpose'}),
     ],
     inc={SKR: (2, 'shooting in a cafe in Shymkent; food poisoning at the Sharbulak camp (a non-fatal mass poisoning counted as a mishap; doubtful)')}),

dict(id='z008', date='2017-04-12', lang='en',
     event='2017 Ural ice-jam floods in Makhambet district (Atyrau Region) and a dyke breach near Chapaev (West Kazakhstan Region)',
     text="""ATYRAU, April 12 (Interfax-Kazakhstan) - Ice jams on the Ural river flooded 85 houses in two villages of Makhambet district, Atyrau Region, on Tuesday night, the regional emergencies department said. More than 300 people were moved to Makhambet, the district centre, and to the city of Atyrau.
Upstream, the river broke through a dyke near the village of Chapaev in Akzhaik district of West Kazakhstan Region, flooding pastures and a farm road. Nobody was hurt there.
"The ice jam near Makhambet is 3 km long, and we are blasting it with explosives," said Timur Zhaikov, a deputy head of the department. Sappers arrived from Aktobe by helicopter.
The water level at Oral rose by 90 cm in a day. Hydrologists said heavy snowmelt in Orenburg Oblast of Russia was feeding the flood. Officials in Astana said the situation in both regions was under control.""",
     ann=[
        ('ATYRAU', 0, 'city', 'Atyrau', ATR, {'note': 'dateline'}),
        ('Ural river', 0, 'facility', 'Ural River', N, {'subkind': 'river'}),
        ('two villages', 0, 'quantified', '2 villages', N, {'count': 2, 'unit': 'village', 'note': 'flooded villages of a named district'}),
        ('Makhambet district', 0, 'district', 'Makhambet District', ATR),
        ('Atyrau Region', 0, 'region', ATR, ATR),
        ('Makhambet', 1, 'village', 'Makhambet', ATR, {'note': 'NI:evacuation point'}),
        ('Atyrau', 1, 'city', 'Atyrau', ATR, {'note': 'NI:evacuation point'}),
        ('Chapaev', 0, 'village', 'Chapaev', WKR),
        ('Akzhaik district', 0, 'district', 'Akzhaik District', WKR),
        ('West Kazakhstan Region', 0, 'region', WKR, WKR),
        ('Makhambet', 2, 'village', 'Makhambet', ATR, {'note': 'place of the ice jam'}),
        ('Aktobe', 0, 'city', 'Aktobe', AR, {'note': 'NI:origin of sappers'}),
        ('Oral', 0, 'city', 'Oral', WKR, {'note': 'NI:water level reading'}),
        ('Orenburg Oblast', 0, 'foreign', 'Orenburg Oblast', N),
        ('Russia', 0, 'foreign', 'Russia', N),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:place of the officials'}),
     ],
     inc={ATR: (1, 'ice-jam flood in two villages of Makhambet district'),
          WKR: (1, 'dyke breach flooding pastures near Chapaev (flooded; one natural disaster per ADM1)')}),
]
