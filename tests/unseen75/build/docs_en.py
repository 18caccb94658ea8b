"""English texts of the seventy-fifth unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p001', date='1998-05-12', lang='en',
     event='1998 Akmola renamed Astana: residents\' debate; kiosk fire at the central market of Astana; former civil servants picket the town hall in Taldykorgan (Almaty Region after the 1997 merger); teachers\' rally in Semipalatinsk (East Kazakhstan Region after the 1997 merger); Kokshetau in North Kazakhstan Region (1997-1999) and Arkalyk in Kostanay Region; Akmola Region keeps its name; a pensioner named Shevchenko',
     text="""Akmola becomes Astana, and not everyone likes the new name
ASTANA, May 12 (Reuters) - A week after the presidential decree that renamed the new capital, painters were still covering the word "Akmola" on the signs at the railway station, and many residents said they would keep using the old name for years.
"My grandparents lived in Akmolinsk, my parents in Tselinograd, I grew up in Akmola and now I live in Astana, and I have never moved house," said Galina Shevchenko, a pensioner selling seedlings outside the central market. The word astana simply means "capital" in Kazakh, and some city councillors had wanted a name with more history. The surrounding Akmola region keeps its name.
On Sunday night a fire destroyed about 30 kiosks at the same market, the city emergencies department said. Nobody was hurt; the cause is being investigated.
The renaming comes a year after a reform that abolished five regions and merged them into their neighbours. In Taldykorgan, which lost its status as a regional centre when Taldykorgan region was joined to Almaty region, some 200 former civil servants picketed the town hall on Monday, demanding severance pay they say they were promised in 1997. In Semipalatinsk, now part of East Kazakhstan region, about 150 teachers rallied outside the city administration over four months of unpaid wages, a union official said by telephone from Ust-Kamenogorsk.
Kokshetau, the seat of the abolished Kokshetau region, now answers to officials in Petropavlovsk, the centre of North Kazakhstan region, and residents there complain that every permit now means a 190-km trip. In Arkalyk, which was the capital of Torgay region until last June and now belongs to Kostanay region, about a third of the flats stand empty, the town's acting mayor said.
Most ministries have already moved from Almaty, but about a dozen foreign embassies are still there. "Kazakhstan has changed the name of its capital three times in my lifetime," said Shevchenko. "The wind has not changed once.\"""",
     ann=[
        ('Akmola', 0, 'city', 'Astana', 'Astana', {'note': 'headline; the name of the capital until the decree of 1998-05-06'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'headline'}),
        ('ASTANA', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Akmola', 1, 'city', 'Astana', 'Astana', {'note': 'the old name as written on the station signs; refers to the city'}),
        ('Akmolinsk', 0, 'city', 'Astana', 'Astana', {'note': 'NI:pre-1961 name of the capital; residence'}),
        ('Tselinograd', 0, 'city', 'Astana', 'Astana', {'note': 'NI:1961-1992 name of the capital; residence'}),
        ('Akmola', 2, 'city', 'Astana', 'Astana', {'note': 'NI:1992-1998 name of the capital; residence'}),
        ('Astana', 1, 'city', 'Astana', 'Astana', {'note': 'NI:residence'}),
        ('Akmola region', 0, 'region', AKR, AKR, {'note': 'NI:the region around the capital, not the city'}),
        ('five regions', 0, 'quantified', '5 regions', N, {'count': 5, 'unit': 'region', 'note': 'abolished in 1997; not about incidents'}),
        ('Taldykorgan', 0, 'city', 'Taldykorgan', ALR, {'note': 'in Almaty Region from 1997 to 2022-06-08'}),
        ('Taldykorgan region', 0, 'region', ALR, ALR, {'uncertain': True, 'note': 'NI:the abolished Taldykorgan Region (1997), labelled with the unit holding its land on the article date'}),
        ('Almaty region', 0, 'region', ALR, ALR, {'note': 'the region Taldykorgan region was joined to'}),
        ('Semipalatinsk', 0, 'city', 'Semey', EKR, {'note': 'Soviet name of Semey (until 2007); East Kazakhstan Region from 1997 to 2022-06-08'}),
        ('East Kazakhstan region', 0, 'region', EKR, EKR),
        ('Ust-Kamenogorsk', 0, 'city', 'Oskemen', EKR, {'note': 'NI:place of the union official on the telephone'}),
        ('Kokshetau', 0, 'city', 'Kokshetau', NKR, {'note': 'NI:in North Kazakhstan Region from 1997 until its transfer to Akmola Region in 1999; complaints, no incident'}),
        ('Kokshetau region', 0, 'region', NKR, NKR, {'uncertain': True, 'note': 'NI:the abolished Kokshetau Region (1997), labelled with the unit holding its seat on the article date'}),
        ('Petropavlovsk', 0, 'city', 'Petropavl', NKR, {'note': 'NI:Russian name of Petropavl; seat of the regional officials'}),
        ('North Kazakhstan region', 0, 'region', NKR, NKR, {'note': 'NI:background'}),
        ('Arkalyk', 0, 'city', 'Arkalyk', KOR, {'note': 'NI:empty flats, no incident'}),
        ('Torgay region', 0, 'region', KOR, KOR, {'uncertain': True, 'note': 'NI:the abolished Torgay Region (1997), whose land went to Kostanay and Akmola regions; labelled with the unit holding its seat Arkalyk'}),
        ('Kostanay region', 0, 'region', KOR, KOR, {'note': 'NI:background'}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:former capital; ministries moved away'}),
        ('Kazakhstan', 2, 'country', 'Kazakhstan', N),
     ],
     inc={'Astana': (1, 'fire destroyed about 30 kiosks at the central market'),
          ALR: (1, 'picket of former civil servants at the Taldykorgan town hall'),
          EKR: (1, 'teachers\' rally outside the Semipalatinsk city administration')}),

dict(id='p002', date='1994-12-06', lang='en',
     event='1994 gas explosion in a flat on Dostyk Avenue (the former Lenin Avenue) in Almaty, four hurt; residents still say Alma-Ata; the injured family from Taldy-Kurgan (Taldykorgan Region, abolished 1997; Almaty Region land); street renamings debated',
     text="""Gas blast on the old Lenin Avenue injures four
ALMATY, Dec 6 (Interfax-Kazakhstan) - A gas explosion wrecked a flat on the fourth floor of a block on Dostyk Avenue in Almaty late on Monday, injuring four people, city police said.
The injured, a family from Taldy-Kurgan who were visiting relatives, were taken to the city's burns hospital. Neighbours said they had smelled gas for two days.
Many people in the neighbourhood still call the street Lenin Avenue, and the city itself Alma-Ata, although the avenue was renamed two years ago and the Kazakh form Almaty became the official name of the capital last year. "The letters still come addressed to Alma-Ata, Lenin Avenue, and they still arrive," said one neighbour, Ainur Beisenova.
The city council is discussing new names for about 40 more streets. Not everyone is in favour: at a hearing last week a war veteran asked why the street he had lived on for 50 years should now bear the name of a poet he had never read.
Gas accidents have killed 31 people in the city since January, according to the gas company.""",
     ann=[
        ('Lenin Avenue', 0, 'facility', 'Dostyk Avenue (Almaty)', 'Almaty', {'subkind': 'street', 'note': 'headline; the former name of Dostyk Avenue'}),
        ('ALMATY', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Dostyk Avenue', 0, 'facility', 'Dostyk Avenue (Almaty)', 'Almaty', {'subkind': 'street'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty'),
        ('Taldy-Kurgan', 0, 'city', 'Taldykorgan', ALR, {'note': 'NI:origin of the injured family; Soviet spelling; the town lay in Taldykorgan Region (abolished 1997), Almaty Region land in the canonical units before 2022'}),
        ('Lenin Avenue', 1, 'facility', 'Dostyk Avenue (Almaty)', 'Almaty', {'subkind': 'street', 'note': 'former name of Dostyk Avenue; avenue named after a person'}),
        ('Alma-Ata', 0, 'city', 'Almaty', 'Almaty', {'note': 'Soviet-era name of Almaty'}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': 'the name itself, in a sentence on the renaming'}),
        ('Alma-Ata', 1, 'city', 'Almaty', 'Almaty', {'note': 'old address on letters'}),
        ('Lenin Avenue', 2, 'facility', 'Dostyk Avenue (Almaty)', 'Almaty', {'subkind': 'street', 'note': 'old address on letters'}),
     ],
     inc={'Almaty': (1, 'gas explosion in a flat on Dostyk Avenue, four hurt; the 31 deaths since January are a statistic')}),

dict(id='p003', date='2002-06-18', lang='en',
     event='2002 rock fall at the Tishinsky mine in Ridder (renamed from Leninogorsk that spring), two miners killed (East Kazakhstan Region); injured taken to Ust-Kamenogorsk; residents\' debate on the old name; Philip Ridder the person; shoppers travelling to Rubtsovsk in Russia',
     text="""Two miners killed in Ridder, the town that used to be Leninogorsk
UST-KAMENOGORSK, June 18 (Kazakhstan Today) - Two miners were killed and three injured when part of the roof collapsed in a shaft of the Tishinsky mine in Ridder on Monday night, the East Kazakhstan regional emergencies department said.
The injured were flown by helicopter to the regional hospital in Ust-Kamenogorsk, about 110 km away. An investigation has been opened.
Ridder was called Leninogorsk until April, when the government restored the name it bore before 1941, after Philip Ridder, the mining engineer who found ore in the area in the eighteenth century. Many residents have not got used to it. "On the bus tickets it is Ridder, on my passport it is Leninogorsk, and my mother still says 'the town'," said a miner's wife, Olga Karpenko. Older miners wrote to the akimat asking to keep the Soviet name; younger residents, many of whom shop across the border in Rubtsovsk in Russia, say nobody there remembers Lenin anyway.
Mine safety in East Kazakhstan has been criticised since a fire killed four workers at another Ridder shaft in 1999.""",
     ann=[
        ('Ridder', 0, 'city', 'Ridder', EKR, {'note': 'headline'}),
        ('Leninogorsk', 0, 'city', 'Ridder', EKR, {'note': 'headline; the Soviet name of Ridder (1941-2002)'}),
        ('UST-KAMENOGORSK', 0, 'city', 'Oskemen', EKR, {'note': 'dateline'}),
        ('Tishinsky mine', 0, 'facility', 'Tishinsky mine (Ridder)', EKR, {'subkind': 'mine'}),
        ('Ridder', 1, 'city', 'Ridder', EKR),
        ('East Kazakhstan', 0, 'region', EKR, EKR, {'note': 'inside the name of an authority'}),
        ('Ust-Kamenogorsk', 0, 'city', 'Oskemen', EKR, {'note': 'NI:hospital town'}),
        ('Ridder', 2, 'city', 'Ridder', EKR, {'note': 'the renaming'}),
        ('Leninogorsk', 1, 'city', 'Ridder', EKR, {'note': 'the former name'}),
        ('Ridder', 4, 'city', 'Ridder', EKR, {'note': 'on bus tickets'}),
        ('Leninogorsk', 2, 'city', 'Ridder', EKR, {'note': 'in a passport'}),
        ('Rubtsovsk', 0, 'foreign', 'Rubtsovsk', N, {'note': 'NI:shopping destination'}),
        ('Russia', 0, 'foreign', 'Russia', N),
        ('East Kazakhstan', 1, 'region', EKR, EKR, {'note': 'background'}),
        ('Ridder', 5, 'city', 'Ridder', EKR, {'note': 'fire of 1999 narrated as background'}),
     ],
     inc={EKR: (2, 'roof collapse at the Tishinsky mine in Ridder, two dead; background: the 1999 fire at another Ridder shaft, four dead')}),


dict(id='p004', date='2019-05-28', lang='en',
     event='2019 spring of renamings: Astana renamed Nur-Sultan in March (about 20 protesters detained near Baiterek), Zyryanovsk renamed Altai (35 yards flooded by the Bukhtarma), Kachiry renamed Terenkol (fatal house fire) and Lebyazhye district Akkuly with its centre Akku (Pavlodar Region); Russia\'s Altai region vs the town; Nursultan Nazarbayev vs the city; "all regions"',
     text="""From Nur-Sultan to Terenkol: a spring of new names
NUR-SULTAN, May 28 (AFP) - Two months after the capital took the name of the first president, the wave of renamings has spread to the provinces, and so have the arguments.
Parliament voted in March to rename Astana as Nur-Sultan, in honour of Nursultan Nazarbayev, a day after he resigned. That evening police detained about 20 people who had unfurled a banner reading "I am against" near the Baiterek monument; most were fined and released.
In East Kazakhstan, the mining town of Zyryanovsk became Altai in April. Some older residents say the new name is confusing, since Russia's Altai region lies just across the border, and letters from relatives there have gone astray. Last week melt water from the Bukhtarma flooded 35 yards in the lower part of Altai, the town akimat said; residents were moved to a school for two nights.
In Pavlodar region, the village of Kachiry and the district around it took the name Terenkol, and Lebyazhye district became Akkuly, with its centre Akku. "Terenkol means deep lake. There is no lake here," said Serik Omarov, a retired teacher, who collected 300 signatures against the change. On Saturday night a wooden house burned down on the edge of Terenkol and its 82-year-old owner died; the district police statement still called the village Kachiry.
Officials say that since independence new names have been given to more than 1,000 villages, streets and districts in all regions, most of them replacing Russian or Soviet names. A commission in Nur-Sultan reviews each proposal. In the city of Pavlodar itself, an online petition to restore the Kazakh name Kereku gathered 4,000 signatures; the akimat said there were no such plans.
"Every spring we get a new name and the same potholes," said Omarov.""",
     ann=[
        ('Nur-Sultan', 0, 'city', 'Astana', 'Astana', {'note': 'headline; the capital named Nur-Sultan 2019-2022'}),
        ('Terenkol', 0, 'village', 'Terenkol', PR, {'note': 'headline; former Kachiry'}),
        ('NUR-SULTAN', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'the name before the renaming'}),
        ('Nur-Sultan', 1, 'city', 'Astana', 'Astana', {'note': 'the new name'}),
        ('Baiterek monument', 0, 'facility', 'Baiterek (Astana)', 'Astana', {'subkind': 'monument'}),
        ('East Kazakhstan', 0, 'region', EKR, EKR),
        ('Zyryanovsk', 0, 'city', 'Altai', EKR, {'note': 'former name of the town of Altai (until 2019)'}),
        ('Altai', 0, 'city', 'Altai', EKR, {'note': 'the new name of Zyryanovsk'}),
        ('Russia', 0, 'foreign', 'Russia', N),
        ('Altai region', 0, 'foreign', 'Altai Krai', N, {'note': "Russia's Altai region, not the Kazakh town"}),
        ('Bukhtarma', 0, 'facility', 'Bukhtarma River', N, {'subkind': 'river', 'note': 'natural feature in East Kazakhstan Region'}),
        ('Altai', 2, 'city', 'Altai', EKR),
        ('Pavlodar region', 0, 'region', PR, PR),
        ('Kachiry', 0, 'village', 'Terenkol', PR, {'note': 'former name of Terenkol'}),
        ('Terenkol', 1, 'village', 'Terenkol', PR, {'note': 'the new name, of the village and its district'}),
        ('Lebyazhye district', 0, 'district', 'Akkuly District', PR, {'note': 'former name of Akkuly district'}),
        ('Akkuly', 0, 'district', 'Akkuly District', PR, {'note': 'the new name of the district'}),
        ('Akku', 0, 'village', 'Akku', PR, {'note': 'centre of Akkuly district, formerly Lebyazhye'}),
        ('Terenkol', 2, 'village', 'Terenkol', PR, {'note': 'name explained in a quote; no incident here'}),
        ('Terenkol', 3, 'village', 'Terenkol', PR),
        ('Kachiry', 1, 'village', 'Terenkol', PR, {'note': 'old name in a police statement'}),
        ('all regions', 0, 'quantified', 'all regions', N, {'count': None, 'unit': 'region', 'quantifier': 'all', 'note': 'renamings, not incidents'}),
        ('Nur-Sultan', 2, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the naming commission'}),
        ('Pavlodar', 1, 'city', 'Pavlodar', PR, {'note': 'NI:petition, no incident'}),
        ('Kereku', 0, 'city', 'Pavlodar', PR, {'note': 'NI:the historical Kazakh name proposed for Pavlodar'}),
     ],
     inc={'Astana': (1, 'detention of about 20 protesters near Baiterek on the evening of the renaming vote'),
          EKR: (1, 'flood: melt water from the Bukhtarma flooded 35 yards in Altai'),
          PR: (1, 'fatal house fire in Terenkol (Kachiry)')}),

dict(id='p005', date='2008-09-16', lang='en',
     event='2008 balcony collapse in an old block on Abai Street in Semey (renamed from Semipalatinsk in 2007), two hurt (East Kazakhstan Region before the 2022 split); station signs and a Russian timetable still say Semipalatinsk; Kurchatov; trains from Novosibirsk',
     text="""Balcony collapse in Semey revives row over old buildings - and old names
SEMEY, Sept 16 (Kazinform) - Two women were injured on Monday when a balcony of a 1950s apartment block on Abai Street in Semey collapsed onto the pavement, the East Kazakhstan emergencies department said.
Residents say the block has not been repaired since the city was called Semipalatinsk. The city took the Kazakh name Semey a year ago, but the sign on the railway station still reads Semipalatinsk, and trains from Novosibirsk arrive under the old name in the Russian timetable.
"We changed the name of the city, now change the roofs," one resident wrote on a local forum. The akimat promised to inspect 120 old blocks by winter.
Engineers from Kurchatov, the former test site town 150 km to the west, will help with the inspection, the akimat said.""",
     ann=[
        ('Semey', 0, 'city', 'Semey', EKR, {'note': 'headline; East Kazakhstan Region before 2022-06-08'}),
        ('SEMEY', 0, 'city', 'Semey', EKR, {'note': 'dateline'}),
        ('Abai Street', 0, 'facility', 'Abai Street (Semey)', EKR, {'subkind': 'street', 'note': 'street named after the poet; not Abai Region'}),
        ('Semey', 1, 'city', 'Semey', EKR),
        ('East Kazakhstan', 0, 'region', EKR, EKR, {'note': 'inside the name of an authority'}),
        ('Semipalatinsk', 0, 'city', 'Semey', EKR, {'note': 'the name until 2007'}),
        ('Semey', 2, 'city', 'Semey', EKR, {'note': 'the renaming'}),
        ('Semipalatinsk', 1, 'city', 'Semey', EKR, {'note': 'on the station sign'}),
        ('Novosibirsk', 0, 'foreign', 'Novosibirsk', N, {'note': 'NI:origin of trains'}),
        ('Kurchatov', 0, 'city', 'Kurchatov', EKR, {'note': 'NI:origin of engineers'}),
     ],
     inc={EKR: (1, 'balcony collapse on Abai Street in Semey, two women hurt')}),

dict(id='p006', date='2023-07-04', lang='en',
     event='2023 two teenagers drown off a beach in Konaev (formerly Kapchagay/Kapshagay), the seat of Almaty Region since 2022, and a collision on the Almaty-Konaev highway near Zhetygen (Ili district); the Kapshagay reservoir (crosses units); Taldykorgan now seat of Jetisu Region',
     text="""Two teenagers drown at Konaev beach, three hurt in highway crash
KONAEV, July 4 (Tengrinews) - Two teenagers from Almaty drowned on Monday while swimming off an unguarded beach in Konaev, the resort town on the Kapshagay reservoir that until last year was called Kapchagay, the Almaty region emergencies department said.
Later that day three people were injured when a minibus and a car collided on the Almaty-Konaev highway near the village of Zhetygen, in Ili district.
Konaev, named after the Soviet-era leader Dinmukhamed Kunaev, became the seat of Almaty region last June, when Taldykorgan, the previous seat, became the centre of the new Jetisu region. Many visitors still say Kapshagay. "The signs changed, the beaches did not," said a lifeguard, Daniyar Seitkali, who said only four of the 26 beaches have rescuers.""",
     ann=[
        ('Konaev', 0, 'city', 'Konaev', ALR, {'note': 'headline'}),
        ('KONAEV', 0, 'city', 'Konaev', ALR, {'note': 'dateline'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of the victims'}),
        ('Konaev', 1, 'city', 'Konaev', ALR),
        ('Kapshagay reservoir', 0, 'facility', 'Kapshagay reservoir', N, {'subkind': 'reservoir', 'note': 'reservoir on the Ili; its shores lie in Almaty Region and Jetisu Region'}),
        ('Kapchagay', 0, 'city', 'Konaev', ALR, {'note': 'the former name of Konaev'}),
        ('Almaty region', 0, 'region', ALR, ALR, {'note': 'inside the name of an authority'}),
        ('Almaty', 2, 'city', 'Almaty', 'Almaty', {'note': 'NI:road endpoint'}),
        ('Konaev', 2, 'city', 'Konaev', ALR, {'note': 'NI:road endpoint'}),
        ('Zhetygen', 0, 'village', 'Zhetygen', ALR),
        ('Ili district', 0, 'district', 'Ili District', ALR),
        ('Konaev', 3, 'city', 'Konaev', ALR, {'note': 'NI:background on the name'}),
        ('Almaty region', 1, 'region', ALR, ALR, {'note': 'NI:background'}),
        ('Taldykorgan', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:former seat of Almaty Region, in Jetisu Region since 2022-06-08'}),
        ('Jetisu region', 0, 'region', JTR, JTR, {'note': 'NI:background'}),
        ('Kapshagay', 1, 'city', 'Konaev', ALR, {'note': 'NI:the old name as visitors say it'}),
     ],
     inc={ALR: (2, 'two teenagers drowned off a beach in Konaev; minibus-car collision near Zhetygen, Ili district')}),

dict(id='p007', date='2018-06-20', lang='en',
     event='2018 first day after the reform: Shymkent a city of republican significance, South Kazakhstan Region renamed Turkistan Region with its seat moved to Turkestan; a warehouse fire in Shymkent\'s Enbekshi district (Shymkent), a bus overturned near Kentau and traders protesting a market demolition in Turkestan (Turkistan Region); Chimkent and the old region name; Lenger and Arys as references; Tashkent',
     text="""Day one: Shymkent goes it alone, Turkestan becomes a regional capital
SHYMKENT, June 20 (Reuters) - Shymkent woke up on Wednesday as Kazakhstan's third city of republican significance, answering directly to the government in Astana, while the region around it lost both its old name and its capital.
Under a decree signed on Tuesday, South Kazakhstan region was renamed Turkistan region and its administration is to move over the next two years to Turkestan, the town of the Khoja Ahmed Yasawi mausoleum, 160 km to the north-west.
For residents, the change was mostly about paperwork. "My grandmother still says Chimkent, my father says Shymkent oblast, and now I have to learn that the oblast is Turkistan but the city isn't in it," said Asel Nurlanova, a student.
The new city administration had an unwelcome first day. A fire broke out at a warehouse of household chemicals in Shymkent's Enbekshi district in the early hours, sending black smoke over the city centre; 40 firefighters took four hours to put it out and one was treated for smoke inhalation.
In the new Turkistan region, a bus carrying 32 passengers from Lenger to the Kentau cement plant overturned on the road about 15 km south of Kentau, injuring nine, the regional police said. The bus, police noted in a statement still signed by the South Kazakhstan police department, had no valid inspection certificate.
In Turkestan itself, about 100 traders from the central market gathered outside the town akimat to protest against plans to demolish the market to make room for new regional offices. The akim met them and promised compensation.
Officials in Arys and Saryagash said they expected no immediate change for their districts. The city of Shymkent now takes in some suburbs that used to belong to Sayram and Tole Bi districts, and their residents asked on social media whether their village is now a "city". Traders who cross the border to Tashkent every week said they were more worried about Uzbek customs rules.""",
     ann=[
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'headline; city of republican significance from 2018-06-19'}),
        ('Turkestan', 0, 'city', 'Turkistan', TR, {'note': 'headline; seat of Turkistan Region'}),
        ('SHYMKENT', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'dateline'}),
        ('Shymkent', 1, 'city', 'Shymkent', 'Shymkent'),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the government'}),
        ('South Kazakhstan region', 0, 'region', TR, TR, {'uncertain': True, 'note': 'the old name of the region, renamed the day before the article; labelled with the unit on the article date'}),
        ('Turkistan region', 0, 'region', TR, TR, {'note': 'the new name'}),
        ('Turkestan', 1, 'city', 'Turkistan', TR, {'note': 'new seat of the region'}),
        ('Khoja Ahmed Yasawi mausoleum', 0, 'facility', 'Mausoleum of Khoja Ahmed Yasawi (Turkistan)', TR, {'subkind': 'mausoleum'}),
        ('Chimkent', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'Soviet/Russian form in a quote'}),
        ('Shymkent oblast', 0, 'region', TR, TR, {'uncertain': True, 'note': 'colloquial name of South Kazakhstan Region (Shymkent was its seat); labelled with the unit on the article date'}),
        ('Turkistan', 1, 'region', TR, TR, {'note': 'in a quote: "the oblast is Turkistan"'}),
        ('Shymkent', 3, 'city', 'Shymkent', 'Shymkent'),
        ('Enbekshi district', 0, 'district', 'Enbekshi District (Shymkent)', 'Shymkent', {'subkind': 'city district'}),
        ('Turkistan region', 1, 'region', TR, TR),
        ('Lenger', 0, 'city', 'Lenger', TR, {'note': 'NI:origin of the bus'}),
        ('Kentau', 0, 'city', 'Kentau', TR, {'note': 'NI:destination of the bus'}),
        ('Kentau', 1, 'city', 'Kentau', TR, {'note': 'NI:reference point ("about 15 km south of Kentau"); the crash site lies in Turkistan Region'}),
        ('South Kazakhstan', 1, 'region', TR, TR, {'uncertain': True, 'note': 'inside the name of an authority, with the region\'s old name; labelled with the unit on the article date'}),
        ('Turkestan', 2, 'city', 'Turkistan', TR),
        ('Arys', 0, 'city', 'Arys', TR, {'note': 'NI:officials, no incident'}),
        ('Saryagash', 0, 'city', 'Saryagash', TR, {'note': 'NI:officials, no incident'}),
        ('Shymkent', 4, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:new city limits'}),
        ('Sayram', 0, 'district', 'Sayram District', TR, {'note': 'NI:in a list sharing "districts"'}),
        ('Tole Bi', 0, 'district', 'Tole Bi District (Turkistan Region)', TR, {'note': 'NI:in a list sharing "districts"; named after a person'}),
        ('Tashkent', 0, 'foreign', 'Tashkent', N, {'note': 'NI:traders\' destination'}),
     ],
     inc={'Shymkent': (1, 'fire at a warehouse of household chemicals in Enbekshi district'),
          TR: (2, 'bus overturned about 15 km south of Kentau, nine hurt; traders\' protest outside the Turkestan akimat')}),

dict(id='p008', date='2025-11-12', lang='en',
     event='2025 fatal hostel fire in Zhezkazgan and a roof fall at an underground mine near Satpayev (Ulytau Region); Zhezkazgan/Dzhezkazgan/Jezkazgan spelling debate on new signs; Satpayev formerly Nikolsky; Karaganda Region as the former unit',
     text="""Zhezkazgan, Dzhezkazgan or Jezkazgan? Sign row overshadowed by deadly fire
ZHEZKAZGAN, Nov 12 (Vlast.kz) - One man died and six people were treated for smoke poisoning after a fire in a workers' hostel in Zhezkazgan on Tuesday night, the Ulytau region emergencies department said.
The fire came as residents argued over new road signs put up at the entrances to the city. The signs use the Latin spelling Jezkazgan; many residents still write Dzhezkazgan, the Russian form used on maps until the 1990s. "Three spellings and one city that nobody repairs," a commenter wrote under the akimat's post.
On the same day a miner was injured by falling rock at an underground copper mine near Satpayev, the neighbouring town that was called Nikolsky until 1990. Both towns belonged to Karaganda region until the Ulytau region was created in 2022.""",
     ann=[
        ('Zhezkazgan', 0, 'city', 'Zhezkazgan', UR, {'note': 'headline'}),
        ('Dzhezkazgan', 0, 'city', 'Zhezkazgan', UR, {'note': 'headline; Russian-style spelling'}),
        ('Jezkazgan', 0, 'city', 'Zhezkazgan', UR, {'note': 'headline; Kazakh Latin spelling'}),
        ('ZHEZKAZGAN', 0, 'city', 'Zhezkazgan', UR, {'note': 'dateline'}),
        ('Zhezkazgan', 1, 'city', 'Zhezkazgan', UR),
        ('Ulytau region', 0, 'region', UR, UR, {'note': 'inside the name of an authority'}),
        ('Jezkazgan', 1, 'city', 'Zhezkazgan', UR, {'note': 'spelling on the signs'}),
        ('Dzhezkazgan', 1, 'city', 'Zhezkazgan', UR, {'note': 'Russian form'}),
        ('Satpayev', 0, 'city', 'Satpayev', UR, {'note': 'the mine "near Satpayev"'}),
        ('Nikolsky', 0, 'city', 'Satpayev', UR, {'note': 'NI:former name of Satpayev (until 1990)'}),
        ('Karaganda region', 0, 'region', KR, KR, {'note': 'NI:former unit of both towns'}),
        ('Ulytau region', 1, 'region', UR, UR, {'note': 'NI:background'}),
     ],
     inc={UR: (2, 'fatal fire in a workers\' hostel in Zhezkazgan; miner injured by a rock fall at a copper mine near Satpayev')}),
]
