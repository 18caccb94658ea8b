"""English texts of the fourth unseen check corpus (annotation tuples described in
tests/build_check_corpus.py)."""
N = None
JR, ALR, KYR, TR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'Turkistan Region', 'South Kazakhstan Region'
ABR, JTR, EKR, MR, KOR = 'Abai Region', 'Jetisu Region', 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region'

DOCS = [
dict(id='x001', date='1998-03-12', lang='en',
     event='1998 wage protests: rally in Zhanatas and hunger strike in Karatau (Jambyl Region); pickets in two unnamed towns',
     text="""ALMATY, March 12 (Interfax-Kazakhstan) - About 400 workers of the idle phosphate plant in Zhanatas rallied outside the town akimat on Thursday, demanding nine months of unpaid wages, a local trade union leader said.
In nearby Karatau, 25 miners went on hunger strike on Wednesday and refused to leave the mine office until the Zhambyl Region administration pays them. "We cannot feed our children any more," said Bolat Tarazov, a foreman who has worked in the Karatau mountains for 20 years.
Police said pickets were also held in two other towns of the south but did not name them.
The regional akim, who met a delegation of the protesters in Taraz, promised to pay January's wages next week. A government commission is expected from Akmola, the new capital, on Monday.
Phosphate rock from Zhanatas used to go by rail to Uzbekistan and to fertiliser plants in Russia. Output has fallen by four fifths since 1991.""",
     ann=[
        ('ALMATY', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Zhanatas', 0, 'city', 'Zhanatas', JR),
        ('Karatau', 0, 'city', 'Karatau', JR),
        ('Zhambyl Region', 0, 'region', JR, JR, {'note': 'inside the name of an authority (the regional administration)'}),
        ('Karatau mountains', 0, 'facility', 'Karatau Mountains', N, {'subkind': 'mountains', 'note': 'mountain range in Jambyl and Turkistan regions; workplace'}),
        ('two other towns', 0, 'quantified', '2 towns', N, {'count': 2, 'unit': 'city', 'note': 'pickets in unnamed towns'}),
        ('Taraz', 0, 'city', 'Taraz', JR, {'note': 'NI:place of a meeting'}),
        ('Akmola', 0, 'city', 'Astana', 'Astana', {'note': 'NI:the capital (named Akmola 1992-1998); origin of a commission'}),
        ('Zhanatas', 1, 'city', 'Zhanatas', JR, {'note': 'NI:background on exports'}),
        ('Uzbekistan', 0, 'foreign', 'Uzbekistan', N),
        ('Russia', 0, 'foreign', 'Russia', N),
     ],
     inc={JR: (2, 'rally in Zhanatas and hunger strike in Karatau (two protests at two places); the akim\'s meeting in Taraz is not counted')},
     unatt=[{'label': 'two other towns', 'count': 2, 'note': 'pickets in two unnamed towns of the south'}]),

dict(id='x002', date='2005-07-19', lang='en',
     event='2005 mudflow down the Esik river hits Esik town (Enbekshikazakh district, Almaty Region)',
     text="""ESIK, July 19 - A mudflow came down the Esik river valley early on Tuesday after heavy rain in the mountains, flooding 60 houses on the southern edge of Esik and washing away a bridge on the road to Lake Esik, the Almaty Region emergencies department said.
Nobody was killed. About 150 residents of Esik spent the night in a school, and 40 tourists camping by the lake were brought down by helicopter to Almaty. Rescuers from Talgar and Shelek cleared the riverbed with bulldozers.
"The dam on the upper Esik held, otherwise it would have been much worse," said Marat Kegenov, deputy head of the department.
The town, about 50 km east of Almaty in Enbekshikazakh district, was largely destroyed by a mudflow in 1963, when the old Lake Issyk was emptied in a single night. Forecasters warned of more rain along the Zailiysky Alatau until Friday.""",
     ann=[
        ('ESIK', 0, 'city', 'Esik', ALR, {'note': 'dateline'}),
        ('Esik river', 0, 'facility', 'Esik River', N, {'subkind': 'river', 'note': 'river in Almaty Region'}),
        ('Esik', 1, 'city', 'Esik', ALR),
        ('Lake Esik', 0, 'facility', 'Lake Esik', N, {'subkind': 'lake', 'note': 'lake in Almaty Region; a road to it'}),
        ('Almaty Region', 0, 'region', ALR, ALR, {'note': 'inside the name of an authority'}),
        ('Esik', 3, 'city', 'Esik', ALR, {'note': 'residents sheltered in their own town'}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:destination of evacuated tourists'}),
        ('Talgar', 0, 'city', 'Talgar', ALR, {'note': 'NI:origin of rescuers'}),
        ('Shelek', 0, 'village', 'Shelek', ALR, {'note': 'NI:origin of rescuers'}),
        ('Esik', 4, 'facility', 'Esik River', N, {'subkind': 'river', 'note': '"the upper Esik" (the river; a dam on it)'}),
        ('Almaty', 2, 'city', 'Almaty', 'Almaty', {'note': 'NI:reference point'}),
        ('Enbekshikazakh district', 0, 'district', 'Enbekshikazakh District', ALR),
        ('Lake Issyk', 0, 'facility', 'Lake Esik', N, {'subkind': 'lake', 'note': 'old spelling; background of 1963'}),
        ('Zailiysky Alatau', 0, 'facility', 'Ile Alatau', N, {'subkind': 'mountains', 'note': 'forecast'}),
     ],
     inc={ALR: (2, 'the 2005 mudflow in Esik, and the 1963 mudflow that destroyed the town (background narrated explicitly; doubtful, a reader could count 1)')}),

dict(id='x003', date='2014-10-08', lang='en',
     event='2014 rocket-fuel leak from a rail tank car near Zhosaly (Kyzylorda Region)',
     text="""KYZYLORDA, Oct 8 - Two railway workers were taken to hospital in Kyzylorda with poisoning after rocket fuel leaked from a tank car at a siding near Zhosaly on Tuesday, the regional emergencies department said.
The train was carrying heptyl from Russia to the Baikonur cosmodrome, which Kazakhstan leases to Moscow. The leak was found at the Zhosaly station during a routine check. Specialists from Baikonur neutralised the spill within six hours, and residents of two streets near the station were told to keep their windows shut.
"The concentration in the air is now normal," said Aidar Kazalinov, head of the Karmakshy district emergencies office.
The town of Baikonur, called Leninsk until 1995, and the cosmodrome lie some 100 km west of Zhosaly on the Syr Darya. Ecologists in Aralsk and Kazaly have long asked for fuel to be carried by road in sealed containers.""",
     ann=[
        ('KYZYLORDA', 0, 'city', 'Kyzylorda', KYR, {'note': 'dateline'}),
        ('Kyzylorda', 0, 'city', 'Kyzylorda', KYR, {'note': 'NI:hospital town'}),
        ('Zhosaly', 0, 'village', 'Zhosaly', KYR),
        ('Russia', 0, 'foreign', 'Russia', N, {'note': 'route endpoint'}),
        ('Baikonur cosmodrome', 0, 'facility', 'Baikonur Cosmodrome', KYR, {'subkind': 'cosmodrome', 'note': 'NI:destination of the fuel; leased to Russia'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('Moscow', 0, 'foreign', 'Moscow', N, {'uncertain': True, 'note': 'metonymy for the Russian state'}),
        ('Zhosaly station', 0, 'facility', 'Zhosaly railway station', KYR, {'subkind': 'railway station'}),
        ('Baikonur', 1, 'city', 'Baikonur', KYR, {'note': 'NI:origin of specialists (the town, leased to Russia)'}),
        ('Karmakshy district', 0, 'district', 'Karmakshy District', KYR, {'note': 'inside the name of an authority'}),
        ('Baikonur', 2, 'city', 'Baikonur', KYR, {'note': 'NI:background; leased to Russia'}),
        ('Leninsk', 0, 'city', 'Baikonur', KYR, {'note': 'NI:former name of Baikonur'}),
        ('Zhosaly', 2, 'village', 'Zhosaly', KYR, {'note': 'NI:reference point'}),
        ('Syr Darya', 0, 'facility', 'Syr Darya', N, {'subkind': 'river'}),
        ('Aralsk', 0, 'city', 'Aral', KYR, {'note': 'NI:residence of ecologists'}),
        ('Kazaly', 0, 'city', 'Kazaly', KYR, {'note': 'NI:residence of ecologists'}),
     ],
     inc={KYR: (1, 'heptyl leak at the Zhosaly siding/station (one incident)')}),

dict(id='x004', date='2020-09-14', lang='en',
     event='2020 market fire in Abai district of Shymkent and gas explosion in a house in Saryagash (Turkistan Region)',
     text="""SHYMKENT, Sept 14 (Kazinform) - Fire destroyed about 80 stalls at a clothes market in Shymkent's Abai district on Sunday night, the city emergencies department said. No one was hurt, but traders put their losses at 300 million tenge. The blaze started in a storage container on Kazybek Bi Street and spread quickly in strong wind.
On the same night a gas cylinder exploded in a private house in Saryagash, in neighbouring Turkistan Region, injuring a woman and her two sons. They were flown to Shymkent for treatment. The house, in a street near the Zhibek Zholy border crossing, was badly damaged.
Saryagash, a spa town 20 km from Tashkent, draws visitors from Uzbekistan and Russia. Officials in Turkistan, the regional centre, said gas equipment would be checked in all districts before winter.""",
     ann=[
        ('SHYMKENT', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'dateline'}),
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent'),
        ('Abai district', 0, 'district', 'Abai District (Shymkent)', 'Shymkent', {'subkind': 'city district'}),
        ('Kazybek Bi Street', 0, 'facility', 'Kazybek Bi Street (Shymkent)', 'Shymkent', {'subkind': 'street'}),
        ('Saryagash', 0, 'city', 'Saryagash', TR),
        ('Turkistan Region', 0, 'region', TR, TR),
        ('Shymkent', 1, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:hospital town'}),
        ('Zhibek Zholy border crossing', 0, 'facility', 'Zhibek Zholy border crossing', TR, {'subkind': 'border crossing', 'note': 'NI:reference point'}),
        ('Saryagash', 1, 'city', 'Saryagash', TR, {'note': 'NI:background'}),
        ('Tashkent', 0, 'foreign', 'Tashkent', N, {'note': 'reference point'}),
        ('Uzbekistan', 0, 'foreign', 'Uzbekistan', N),
        ('Russia', 0, 'foreign', 'Russia', N),
        ('Turkistan', 1, 'city', 'Turkistan', TR, {'note': 'NI:seat of the regional officials'}),
        ('all districts', 0, 'quantified', 'all districts', N, {'count': None, 'unit': 'district', 'quantifier': 'all', 'note': 'inspections; not about incidents'}),
     ],
     inc={'Shymkent': (1, 'market fire in Abai district'), TR: (1, 'gas cylinder explosion in Saryagash')}),

dict(id='x005', date='2022-06-16', lang='en',
     event='2022 steppe fire near Ayagoz (Abai Region) and bus crash near Zharkent (Jetisu Region), a week after the new regions were created',
     text="""SEMEY, June 16 (The Astana Times) - Firefighters put out a steppe fire that burnt 3,000 hectares of pasture near Ayagoz on Wednesday, the emergencies department of the new Abai Region said. The flames came within two kilometres of the village of Akshatau, whose 400 residents were briefly moved to Ayagoz.
The fire was the first big test for the region, created on June 8 along with Jetisu and Ulytau regions. Semey, the regional centre, sent 12 fire engines.
Also on Wednesday, a minibus carrying seasonal workers from Almaty overturned on the road near Zharkent, killing one man and injuring seven, police in Jetisu Region said. The injured were taken to Taldykorgan.
Officials in three regional centres, Semey, Taldykorgan and Zhezkazgan, are still forming departments. Until last week Ayagoz was part of East Kazakhstan Region and Zharkent of Almaty Region.""",
     ann=[
        ('SEMEY', 0, 'city', 'Semey', ABR, {'note': 'dateline'}),
        ('Ayagoz', 0, 'city', 'Ayagoz', ABR),
        ('Abai Region', 0, 'region', ABR, ABR, {'note': 'inside the name of an authority'}),
        ('Akshatau', 0, 'village', 'Akshatau (Abai Region)', ABR, {'uncertain': True, 'note': 'several villages of this name; the text places it near Ayagoz'}),
        ('Ayagoz', 1, 'city', 'Ayagoz', ABR, {'note': 'NI:evacuation point'}),
        ('Jetisu', 0, 'region', JTR, JTR, {'note': 'list with one head noun ("regions")'}),
        ('Ulytau', 0, 'region', 'Ulytau Region', 'Ulytau Region', {'note': 'list with one head noun ("regions")'}),
        ('Semey', 0, 'city', 'Semey', ABR, {'note': 'NI:origin of fire engines'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of the workers'}),
        ('Zharkent', 0, 'city', 'Zharkent', JTR),
        ('Jetisu Region', 0, 'region', JTR, JTR, {'note': 'inside the name of an authority (police)'}),
        ('Taldykorgan', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:hospital town'}),
        ('three regional centres', 0, 'quantified', '3 cities', N, {'count': 3, 'unit': 'city', 'note': 'all three named; not about incidents'}),
        ('Semey', 1, 'city', 'Semey', ABR, {'note': 'NI:administration'}),
        ('Taldykorgan', 1, 'city', 'Taldykorgan', JTR, {'note': 'NI:administration'}),
        ('Zhezkazgan', 0, 'city', 'Zhezkazgan', 'Ulytau Region', {'note': 'NI:administration'}),
        ('Ayagoz', 2, 'city', 'Ayagoz', ABR, {'note': 'NI:background on the reform'}),
        ('East Kazakhstan Region', 0, 'region', EKR, EKR, {'note': 'the former unit of Ayagoz; its own label'}),
        ('Zharkent', 1, 'city', 'Zharkent', JTR, {'note': 'NI:background on the reform'}),
        ('Almaty Region', 0, 'region', ALR, ALR, {'note': 'the former unit of Zharkent'}),
     ],
     inc={ABR: (1, 'steppe fire near Ayagoz and Akshatau'), JTR: (1, 'minibus crash near Zharkent')}),

dict(id='x006', date='2024-02-21', lang='en',
     event='2024 new container terminal at Dostyk; grain exports to China (no incident)',
     text="""ASTANA, Feb 21 - Kazakhstan Temir Zholy opened a second container terminal at the Dostyk border station on Wednesday, raising the crossing's capacity to China by a third, the transport ministry said.
Dostyk, a railway village in Alakol district of Jetisu Region, faces the Chinese town of Alashankou across the border. Most cargo goes on to Urumqi, Xi'an and the port of Lianyungang, while Chinese goods travel west through Kazakhstan to Aktau port and on to Baku.
Grain growers in the Kostanay, Akmola and North Kazakhstan regions, which harvested 70 percent of last year's wheat, hope to send more by rail. "We will need more wagons in all 17 regions," said deputy minister Yerlan Petropavlov.
A third border crossing, at Bakhty in Abai Region, is being modernised for lorries, and a new line from Ayagoz to Bakhty is planned for 2027.""",
     ann=[
        ('ASTANA', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Dostyk border station', 0, 'facility', 'Dostyk railway station', JTR, {'subkind': 'railway station'}),
        ('China', 0, 'foreign', 'China', N),
        ('Dostyk', 1, 'village', 'Dostyk', JTR),
        ('Alakol district', 0, 'district', 'Alakol District', JTR),
        ('Jetisu Region', 0, 'region', JTR, JTR),
        ('Alashankou', 0, 'foreign', 'Alashankou', N),
        ('Urumqi', 0, 'foreign', 'Urumqi', N),
        ('Lianyungang', 0, 'foreign', 'Lianyungang', N),
        ("Xi'an", 0, 'foreign', "Xi'an", N),
        ('Kazakhstan', 1, 'country', 'Kazakhstan', N),
        ('Aktau port', 0, 'facility', 'Port of Aktau', MR, {'subkind': 'port'}),
        ('Baku', 0, 'foreign', 'Baku', N),
        ('Kostanay', 0, 'region', KOR, KOR, {'note': 'list with one head noun ("regions")'}),
        ('Akmola', 0, 'region', AKR, AKR, {'note': 'list with one head noun ("regions")'}),
        ('North Kazakhstan', 0, 'region', NKR, NKR, {'note': 'list with one head noun ("regions")'}),
        ('all 17 regions', 0, 'quantified', 'all 17 regions', N, {'count': 17, 'unit': 'region', 'quantifier': 'all', 'note': 'not about incidents'}),
        ('Bakhty', 0, 'village', 'Bakhty', ABR),
        ('Abai Region', 0, 'region', ABR, ABR),
        ('Ayagoz', 0, 'city', 'Ayagoz', ABR, {'note': 'route endpoint'}),
        ('Bakhty', 1, 'village', 'Bakhty', ABR, {'note': 'route endpoint'}),
     ]),

dict(id='x007', date='2025-01-20', lang='en',
     event='2025 avalanche at Shymbulak (Medeu district, Almaty) and warehouse roof collapse in Kaskelen (Almaty Region)',
     text="""ALMATY, Jan 20 (Tengrinews) - An avalanche buried two off-piste skiers above the Shymbulak resort in Almaty's Medeu district on Sunday afternoon. Mountain rescuers dug both out alive within 40 minutes and took them to a hospital on Al-Farabi Avenue, the city emergencies department said.
The avalanche risk in the Ile-Alatau national park remains high after three days of snow, and the road to Medeu was closed to private cars on Monday.
The same snowfall brought down the roof of a vegetable warehouse in Kaskelen, in Karasai district of Almaty Region, on Sunday night. A night watchman was injured.
In the city itself, snowploughs worked through the night in the Alatau, Nauryzbay and Turksib districts, and flights at Almaty airport (ALA) were delayed by up to three hours. Trains from Astana and Shymkent arrived on time.""",
     ann=[
        ('ALMATY', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Shymbulak resort', 0, 'facility', 'Shymbulak ski resort', 'Almaty', {'subkind': 'ski resort'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty'),
        ('Medeu district', 0, 'district', 'Medeu District (Almaty)', 'Almaty', {'subkind': 'city district'}),
        ('Al-Farabi Avenue', 0, 'facility', 'Al-Farabi Avenue (Almaty)', 'Almaty', {'subkind': 'street', 'note': 'NI:hospital location'}),
        ('Ile-Alatau national park', 0, 'facility', 'Ile-Alatau National Park', N, {'subkind': 'nature reserve', 'uncertain': True, 'note': 'spans Almaty and Almaty Region; warning only'}),
        ('Medeu', 1, 'facility', 'Medeu skating rink', 'Almaty', {'subkind': 'stadium', 'uncertain': True, 'note': 'road closure; Medeu the rink/tract, in Medeu district of Almaty'}),
        ('Kaskelen', 0, 'city', 'Kaskelen', ALR),
        ('Karasai district', 0, 'district', 'Karasai District', ALR),
        ('Almaty Region', 0, 'region', ALR, ALR),
        ('Alatau', 1, 'district', 'Alatau District (Almaty)', 'Almaty', {'subkind': 'city district', 'note': 'list with one head noun; snow clearing, not an incident'}),
        ('Nauryzbay', 0, 'district', 'Nauryzbay District (Almaty)', 'Almaty', {'subkind': 'city district', 'note': 'list with one head noun'}),
        ('Turksib', 0, 'district', 'Turksib District (Almaty)', 'Almaty', {'subkind': 'city district', 'note': 'list with one head noun'}),
        ('Almaty airport', 0, 'facility', 'Almaty International Airport', 'Almaty', {'subkind': 'airport', 'note': 'flight delays, not an incident'}),
        ('ALA', 0, 'facility', 'Almaty International Airport', 'Almaty', {'subkind': 'airport code'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:route endpoint'}),
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:route endpoint'}),
     ],
     inc={'Almaty': (1, 'avalanche at Shymbulak (delays and snow clearing are not incidents)'), ALR: (1, 'warehouse roof collapse in Kaskelen')}),

dict(id='x008', date='2026-02-11', lang='en',
     event='2026 gas leak at a well near Zhetybai and oil workers\' rally in Zhanaozen (Mangystau Region)',
     text="""AKTAU, Feb 11 (Vlast) - Eleven oil workers were treated for hydrogen sulphide poisoning after a leak at a well near Zhetybai on Tuesday, the Mangystau regional health department said. Three remain in hospital in Aktau's 28th microdistrict.
On Wednesday about 300 workers of a drilling contractor gathered on Beibitshilik Square in Zhanaozen, demanding that their wages be raised to the level paid by the state company. Police did not intervene, and the crowd left after the deputy akim of Mangystau Region promised talks.
The workers also complained that the Beineu-Shymkent pipeline contractor had hired welders from Turkey and Azerbaijan instead of local people. Speaking in Astana, the energy minister said the leak at Zhetybai would be investigated and the operator fined if it broke safety rules.
Talks on wages with workers in Kuryk and Shetpe are due next month.""",
     ann=[
        ('AKTAU', 0, 'city', 'Aktau', MR, {'note': 'dateline'}),
        ('Zhetybai', 0, 'village', 'Zhetybai', MR),
        ('Mangystau', 0, 'region', MR, MR, {'note': 'inside the name of an authority'}),
        ('Aktau', 0, 'city', 'Aktau', MR, {'note': 'NI:hospital location'}),
        ('28th microdistrict', 0, 'district', '28th microdistrict (Aktau)', MR, {'subkind': 'microdistrict', 'note': 'NI:hospital location'}),
        ('Beibitshilik Square', 0, 'facility', 'Beibitshilik Square (Zhanaozen)', MR, {'subkind': 'square'}),
        ('Zhanaozen', 0, 'city', 'Zhanaozen', MR),
        ('Mangystau Region', 0, 'region', MR, MR, {'note': 'inside an official post'}),
        ('Beineu', 0, 'village', 'Beineu', MR, {'note': 'NI:route endpoint (pipeline name)'}),
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:route endpoint (pipeline name)'}),
        ('Turkey', 0, 'foreign', 'Turkey', N),
        ('Azerbaijan', 0, 'foreign', 'Azerbaijan', N),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:place of a statement'}),
        ('Zhetybai', 1, 'village', 'Zhetybai', MR, {'note': 'the same leak'}),
        ('Kuryk', 0, 'village', 'Kuryk', MR, {'note': 'planned wage talks; not an incident'}),
        ('Shetpe', 0, 'village', 'Shetpe', MR, {'note': 'planned wage talks; not an incident'}),
     ],
     inc={MR: (2, 'gas leak near Zhetybai and rally in Zhanaozen; the investigation and the planned talks are not incidents')}),
]
