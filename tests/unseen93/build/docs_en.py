"""English texts of the ninety-third unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p001', date='2019-07-02', lang='en',
     event='2019 Arys depot blasts told by evacuees in Shymkent (Turkistan Region after the 2018 reform) and a fire in a sports hall in Shymkent where evacuees slept (Shymkent); relatives in Kentau, Almaty and Tashkent, a nurse who moved from Kyzylorda; officials from Nur-Sultan',
     text="""'We ran with the children in our arms': Arys evacuees tell their story
SHYMKENT, July 2 (Reuters) - Gulnar Abdieva, 46, was hanging washing in her yard in Arys when the first shells exploded at the army depot on the edge of the town on June 24.
"The sky went orange and the windows came in," she said in a school gym in Shymkent, where she has slept for a week with her three children. "We ran to the road with the children in our arms. A bus took us to Shymkent. My husband stayed behind to look after the cows."
Her sister in Kentau has offered them a room, and her eldest son, who drives a taxi in Almaty, sends money, she said. Her parents, who live across the border in Tashkent, saw the smoke on Uzbek television and called every hour.
The blasts at the depot killed three people and injured more than 160, according to the Turkistan region administration. About 44,000 residents were taken out of Arys by bus and train, most of them to Shymkent, some 80 km to the south-east, and to villages in Ordabasy district.
Not everyone was new to upheaval. Marat Seitkali, a nurse, moved to Arys from Kyzylorda in 1998. "I came here for a quiet life," he laughed.
The evacuees' ordeal was not over. On Saturday night an electric heater set fire to mattresses in a sports hall in Shymkent's Al-Farabi district where about 300 of them were sleeping. Everyone got out, but two women were treated for smoke inhalation, the city emergencies department said.
A government commission from Nur-Sultan has promised to rebuild every damaged house in Arys by September. Residents began returning on Monday.""",
     ann=[
        ('Arys', 0, 'city', 'Arys', TR, {'note': 'headline; Turkistan Region after 2018-06-19'}),
        ('SHYMKENT', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'dateline; city of republican significance since 2018-06-19'}),
        ('Arys', 1, 'city', 'Arys', TR),
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:place of the interview and of evacuation'}),
        ('Shymkent', 1, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:evacuation destination'}),
        ('Kentau', 0, 'city', 'Kentau', TR, {'note': "NI:residence of the speaker's sister"}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': "NI:workplace of the speaker's son"}),
        ('Tashkent', 0, 'foreign', 'Tashkent', N, {'note': "NI:residence of the speaker's parents"}),
        ('Turkistan region', 0, 'region', TR, TR, {'note': 'inside the name of an authority'}),
        ('Arys', 2, 'city', 'Arys', TR, {'note': 'NI:evacuation'}),
        ('Shymkent', 2, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:evacuation destination'}),
        ('Ordabasy district', 0, 'district', 'Ordabasy District', TR, {'note': 'NI:evacuation destination'}),
        ('Arys', 3, 'city', 'Arys', TR, {'note': 'NI:residence'}),
        ('Kyzylorda', 0, 'city', 'Kyzylorda', KZR, {'note': 'NI:origin of a resident'}),
        ('Shymkent', 3, 'city', 'Shymkent', 'Shymkent', {'note': 'possessive'}),
        ('Al-Farabi district', 0, 'district', 'Al-Farabi District (Shymkent)', 'Shymkent', {'subkind': 'city district'}),
        ('Nur-Sultan', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the government commission; the capital named Nur-Sultan 2019-2022'}),
        ('Arys', 4, 'city', 'Arys', TR, {'note': 'NI:rebuilding promised'}),
     ],
     inc={TR: (1, 'explosions at the army ammunition depot in Arys on June 24, three dead'),
          'Shymkent': (1, 'fire in a sports hall in Al-Farabi district where evacuees slept, two women treated')}),

dict(id='p002', date='1995-05-16', lang='en',
     event='1995 fire in a hostel housing returning ethnic Kazakh families (oralmans) from Mongolia in Ekibastuz (Pavlodar Region); their origin in Bayan-Olgii, relatives in Ulaanbaatar; settlement in four regions; ministry in Almaty',
     text="""Returnees from Mongolia lose belongings in Ekibastuz hostel fire
EKIBASTUZ, May 16 (Interfax-Kazakhstan) - Eleven families of ethnic Kazakhs who moved from Mongolia this spring lost most of their belongings when fire swept through the hostel where they were living in Ekibastuz on Sunday night.
"We sold our yurts and camels in Bayan-Olgii to come home, and now we have nothing again," said Serik Zhumadil, a former herdsman. No one was hurt, but the families spent the night in a school gym.
Zhumadil said his brother stayed in Ulaanbaatar and would follow next year if he found work. "He asks me on the phone whether there is work at the mines here. I tell him to wait."
The Pavlodar region migration office said the fire started in a storeroom on the ground floor. About 400 returnees from Mongolia have been settled in four regions of Kazakhstan this year, mostly in the north, according to the labour ministry in Almaty.""",
     ann=[
        ('Mongolia', 0, 'foreign', 'Mongolia', N, {'note': 'headline; NI:origin of the families'}),
        ('Ekibastuz', 0, 'city', 'Ekibastuz', PR, {'note': 'headline'}),
        ('EKIBASTUZ', 0, 'city', 'Ekibastuz', PR, {'note': 'dateline'}),
        ('Mongolia', 1, 'foreign', 'Mongolia', N, {'note': 'NI:origin'}),
        ('Ekibastuz', 1, 'city', 'Ekibastuz', PR),
        ('Bayan-Olgii', 0, 'foreign', 'Bayan-Olgii', N, {'note': 'NI:origin; Mongolian province'}),
        ('Ulaanbaatar', 0, 'foreign', 'Ulaanbaatar', N, {'note': "NI:residence of the speaker's brother"}),
        ('Pavlodar region', 0, 'region', PR, PR, {'note': 'inside the name of an authority'}),
        ('Mongolia', 2, 'foreign', 'Mongolia', N, {'note': 'NI:origin'}),
        ('four regions', 0, 'quantified', '4 regions', N, {'count': 4, 'unit': 'region', 'note': 'NI:regions where returnees were settled'}),
        ('Kazakhstan', 1, 'country', 'Kazakhstan', N),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:seat of the ministry; the capital in 1995'}),
     ],
     inc={PR: (1, 'fire in the hostel of returnee families in Ekibastuz, no one hurt')}),

dict(id='p003', date='2008-11-20', lang='en',
     event='2008 fatal fall of a Kyrgyz migrant builder from scaffolding on a site on the left bank of Astana; workmates from Osh, Talas and Bishkek, previous work in Almaty; relatives in Jalal-Abad',
     text="""Kyrgyz builder dies in fall at Astana site; workmates speak of long hours
ASTANA, Nov 20 (Vremya) - A 27-year-old builder from Kyrgyzstan died on Wednesday after falling from scaffolding on the ninth floor of a residential block under construction on the left bank of the Ishim in Astana, city police said.
His workmates, who share a trailer at the site, said he had arrived from Osh in March. "We work twelve hours, sometimes fourteen. Nobody checks the belts," said Almazbek, 34, from a village near Talas, who asked that his surname not be used.
Another worker, Nurlan from Bishkek, said he spent two years on sites in Almaty before the work dried up there. "In Almaty they stopped building when the crisis came, so we all moved north," he said. He sends money to his parents in Jalal-Abad every month.
The city labour inspectorate has opened an inquiry. It is the fourth fatal fall on a building site in the capital this year.""",
     ann=[
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'headline'}),
        ('ASTANA', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Kyrgyzstan', 0, 'foreign', 'Kyrgyzstan', N, {'note': 'NI:origin'}),
        ('Ishim', 0, 'facility', 'Yesil River', N, {'subkind': 'river', 'note': 'Russian name of the Yesil; reference for the left bank'}),
        ('Astana', 1, 'city', 'Astana', 'Astana'),
        ('Osh', 0, 'foreign', 'Osh', N, {'note': 'NI:origin'}),
        ('Talas', 0, 'foreign', 'Talas', N, {'note': 'NI:origin; the Kyrgyz town, not Talas district of Jambyl Region'}),
        ('Bishkek', 0, 'foreign', 'Bishkek', N, {'note': 'NI:origin'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:former workplace'}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:former workplace'}),
        ('Jalal-Abad', 0, 'foreign', 'Jalal-Abad', N, {'note': 'NI:residence of relatives'}),
     ],
     inc={'Astana': (1, 'fatal fall of a builder from scaffolding; the fourth fall this year is a statistic')}),

dict(id='p004', date='2023-02-14', lang='en',
     event='2023 roof fall at the Annensky mine near Zhezkazgan, two miners dead, and a protest of miners\' wives outside the town hall in Satpayev (Ulytau Region, eight months after its creation); miners who moved from Temirtau and Balkhash, relatives in Karaganda and Shakhtinsk',
     text="""After the roof fell: miners in Ulytau region talk about their work
ZHEZKAZGAN, Feb 14 (Vlast.kz) - Two miners died on Friday when part of the roof of a stope collapsed at the Annensky mine, 20 km north of Zhezkazgan, the Ulytau region emergencies department said. A third man was pulled out with a broken leg after six hours.
At the gate of the mine the next morning, the men of the day shift talked about where they came from and why they stayed.
"I moved here from Temirtau in 2009, when the steel works cut jobs," said Yerlan Tokayev, 41, a drilling operator. "My brother still works at a coal mine in Shakhtinsk. Every time I hear about an accident I call him, and he calls me."
His colleague Askar Nurgaliev grew up in Balkhash and came to Zhezkazgan for the wages. His parents live in Karaganda. "Until last summer we belonged to Karaganda region. Now we have our own region, our own akim, and the same old mines," he said.
On Monday about 150 wives and mothers of miners gathered outside the town hall in Satpayev, demanding that the mining company replace old roof bolts. Police asked them to disperse after two hours; no one was detained.
"My son goes down every day," said Raisa Omarova, who came to Satpayev from a village in Zhanaarka district as a girl. "I want to know that he will come up."
The Ulytau region, with its centre in Zhezkazgan, was created on June 8 last year together with the Abai and Jetisu regions. It has about 220,000 residents and some of the oldest copper mines in Kazakhstan.
Investigators from Astana arrived on Saturday to inspect the stope.""",
     ann=[
        ('Ulytau region', 0, 'region', UR, UR, {'note': 'headline'}),
        ('ZHEZKAZGAN', 0, 'city', 'Zhezkazgan', UR, {'note': 'dateline; Ulytau Region since 2022-06-08'}),
        ('Annensky mine', 0, 'facility', 'Annensky mine (Zhezkazgan)', UR, {'subkind': 'mine'}),
        ('Zhezkazgan', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:reference point'}),
        ('Ulytau region', 1, 'region', UR, UR, {'note': 'inside the name of an authority'}),
        ('Temirtau', 0, 'city', 'Temirtau', KR, {'note': 'NI:origin of a miner'}),
        ('Shakhtinsk', 0, 'city', 'Shakhtinsk', KR, {'note': "NI:workplace of the speaker's brother"}),
        ('Balkhash', 0, 'city', 'Balkhash', KR, {'note': 'NI:origin of a miner'}),
        ('Zhezkazgan', 1, 'city', 'Zhezkazgan', UR, {'note': 'NI:workplace'}),
        ('Karaganda', 0, 'city', 'Karaganda', KR, {'note': 'NI:residence of parents'}),
        ('Karaganda region', 0, 'region', KR, KR, {'note': 'NI:former unit of the town'}),
        ('Satpayev', 0, 'city', 'Satpayev', UR),
        ('Satpayev', 1, 'city', 'Satpayev', UR, {'note': 'NI:residence'}),
        ('Zhanaarka district', 0, 'district', 'Zhanaarka District', UR, {'note': 'NI:origin; Ulytau Region since 2022-06-08'}),
        ('Ulytau region', 2, 'region', UR, UR, {'note': 'NI:background'}),
        ('Zhezkazgan', 2, 'city', 'Zhezkazgan', UR, {'note': 'NI:regional centre'}),
        ('Abai', 0, 'region', ABR, ABR, {'note': 'NI:background; in a list sharing "regions"'}),
        ('Jetisu', 0, 'region', JTR, JTR, {'note': 'NI:background; in a list sharing "regions"'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of investigators'}),
     ],
     inc={UR: (2, 'roof fall at the Annensky mine, two dead; protest of miners\' wives outside the town hall in Satpayev')}),

dict(id='p005', date='2001-09-10', lang='en',
     event='2001 boat capsized on the Small Aral Sea near Karateren, two fishermen drowned (Kyzylorda Region); a fisherman who moved to Aralsk from Muynak in Uzbekistan; fish sold in Kyzylorda and Shymkent; relatives in Nukus',
     text="""On the shrinking sea, a fisherman counts his losses
ARALSK, Sept 10 (AFP) - Two fishermen drowned on Saturday when their boat capsized in a storm on the Small Aral Sea near the village of Karateren, the Kyzylorda regional police said. A third man swam to the shore.
Their friend Bakhyt Esimov, 52, said the three had gone out despite the wind because the catch was good. "The sea gives and the sea takes," he said in his house in Aralsk.
Esimov was born in Muynak, on the Uzbek side of the old sea, and moved here in 1989 when the water left his town. "In Muynak the ships stand in the sand now," he said. His wife's family still lives in Nukus.
Fishermen from Aralsk sell flounder and carp to traders who drive it to Kyzylorda and Shymkent. A dike built with World Bank money is expected to raise the level of the northern part of the sea.""",
     ann=[
        ('ARALSK', 0, 'city', 'Aral', KZR, {'note': 'dateline; Russian name of Aral'}),
        ('Small Aral Sea', 0, 'facility', 'Small Aral Sea', N, {'subkind': 'sea', 'note': 'natural feature, in Kyzylorda Region'}),
        ('Karateren', 0, 'village', 'Karateren', KZR),
        ('Kyzylorda', 0, 'region', KZR, KZR, {'note': 'inside the name of an authority ("regional police")'}),
        ('Aralsk', 0, 'city', 'Aral', KZR, {'note': 'NI:residence, place of the interview'}),
        ('Muynak', 0, 'foreign', 'Muynak', N, {'note': 'NI:birthplace'}),
        ('Muynak', 1, 'foreign', 'Muynak', N, {'note': 'NI:background'}),
        ('Nukus', 0, 'foreign', 'Nukus', N, {'note': 'NI:residence of relatives'}),
        ('Aralsk', 1, 'city', 'Aral', KZR, {'note': 'NI:origin of fishermen'}),
        ('Kyzylorda', 1, 'city', 'Kyzylorda', KZR, {'note': 'NI:market for fish'}),
        ('Shymkent', 0, 'city', 'Shymkent', SKR, {'note': 'NI:market for fish; South Kazakhstan Region before 2018-06-19'}),
     ],
     inc={KZR: (1, 'boat capsized on the Small Aral Sea near Karateren, two fishermen drowned')}),

dict(id='p006', date='2012-03-05', lang='en',
     event='2012 house fire in Petropavl that made a family decide to move to Omsk in Russia (North Kazakhstan Region); relatives in Novosibirsk and Kokshetau; Bulayevo as birthplace',
     text="""Leaving Petropavl: a family packs up after the fire
PETROPAVL, March 5 (Tengrinews) - The Sidorenko family's wooden house on Zhambyl Street in Petropavl burned down on a frosty night in January. Now, with the insurance money, they are leaving for Omsk, 280 km to the east across the Russian border.
"My daughter lives in Omsk and has found me a job at a bakery," said Lyudmila Sidorenko, 58, who was born in Bulayevo and has lived in Petropavlovsk for 35 years. Her son has already moved to Novosibirsk.
The fire started in a stove pipe, the North Kazakhstan emergencies department said; the neighbours' garage burned as well. Her husband's brother, who lives in Kokshetau, tried to talk them into staying. "He says the north will empty out," she said.
The family plans to cross at the Petukhovo checkpoint next week.""",
     ann=[
        ('Petropavl', 0, 'city', 'Petropavl', NKR, {'note': 'headline'}),
        ('PETROPAVL', 0, 'city', 'Petropavl', NKR, {'note': 'dateline'}),
        ('Zhambyl Street', 0, 'facility', 'Zhambyl Street (Petropavl)', NKR, {'subkind': 'street', 'note': 'street named after the poet; not Jambyl Region'}),
        ('Petropavl', 1, 'city', 'Petropavl', NKR),
        ('Omsk', 0, 'foreign', 'Omsk', N, {'note': 'NI:destination'}),
        ('Omsk', 1, 'foreign', 'Omsk', N, {'note': "NI:residence of the speaker's daughter"}),
        ('Bulayevo', 0, 'city', 'Bulayevo', NKR, {'note': 'NI:birthplace'}),
        ('Petropavlovsk', 0, 'city', 'Petropavl', NKR, {'note': 'NI:residence; Russian name'}),
        ('Novosibirsk', 0, 'foreign', 'Novosibirsk', N, {'note': 'NI:residence of the son'}),
        ('North Kazakhstan', 0, 'region', NKR, NKR, {'note': 'inside the name of an authority'}),
        ('Kokshetau', 0, 'city', 'Kokshetau', AKR, {'note': 'NI:residence of a relative; Akmola Region since 1999'}),
        ('Petukhovo', 0, 'foreign', 'Petukhovo', N, {'uncertain': True, 'note': 'NI:planned border crossing; Russian town giving its name to the checkpoint'}),
     ],
     inc={NKR: (1, 'fire destroyed a wooden house and a neighbour\'s garage on Zhambyl Street, Petropavl (January)')}),

dict(id='p007', date='2022-09-25', lang='en',
     event='2022 residents of Taldykorgan on life in the new Jetisu Region: a fire at the central market of Taldykorgan and a bus-lorry collision near Sarkand (Jetisu Region, after the 2022 split); origins in Tekeli and Ushtobe, relatives in Almaty and in the capital (called Nur-Sultan by a speaker eight days after it became Astana again); Kaskelen in Almaty Region; "several districts"',
     text="""Three months into Jetisu region, Taldykorgan residents weigh the change
TALDYKORGAN, Sept 25 (Kursiv) - When Aigerim Sadykova, a schoolteacher, fills in forms these days she has to stop and think. "I was born in Tekeli, in Taldy-Kurgan region. Then it was Almaty region for twenty-five years. Now it is Jetisu region again, only with a new name," she said, laughing.
Taldykorgan became the centre of the new Jetisu region on June 8, when the old Almaty region was split in two. The rest of Almaty region, around Kaskelen, Talgar and Esik, is now run from Kapshagay.
Sadykova's daughter studies in Almaty and her son works in the capital. "He is in Nur-Sultan - sorry, Astana again, I still cannot get used to it," she said. Eight days ago the capital got its old name back.
Not all the news in the new region has been about paperwork. On Tuesday a fire destroyed about 40 containers at the central market of Taldykorgan. Traders said it began in a food stall at night; no one was hurt. "My goods came from Urumqi last week, all gone," said Bolat Kasymov, who moved to Taldykorgan from Ushtobe in 2005.
Two days later a passenger bus and a lorry collided on the road near Sarkand, injuring nine people, police said. The bus was taking seasonal workers from Lepsy to their homes in several districts of the region.
Officials say the split will bring more money to the region's roads and hospitals. Serik Zhaksylykov, a deputy akim, said new clinics would open in Ushtobe and Zharkent next year. Many residents remain cautious. "We will see in a year," said Kasymov, who still buys his stock in Almaty and in Khorgos on the Chinese border.""",
     ann=[
        ('Jetisu region', 0, 'region', JTR, JTR, {'note': 'headline; created 2022-06-08'}),
        ('Taldykorgan', 0, 'city', 'Taldykorgan', JTR, {'note': 'headline'}),
        ('TALDYKORGAN', 0, 'city', 'Taldykorgan', JTR, {'note': 'dateline; Jetisu Region since 2022-06-08'}),
        ('Tekeli', 0, 'city', 'Tekeli', JTR, {'note': 'NI:birthplace'}),
        ('Taldy-Kurgan region', 0, 'region', JTR, JTR, {'uncertain': True, 'note': 'NI:background; the Taldy-Kurgan Region abolished in 1997, labelled with the unit holding its land on the article date'}),
        ('Almaty region', 0, 'region', JTR, JTR, {'uncertain': True, 'note': 'NI:background; the region that held Tekeli until 2022-06-08, labelled with the unit holding the town on the article date'}),
        ('Jetisu region', 1, 'region', JTR, JTR, {'note': 'NI:background'}),
        ('Taldykorgan', 1, 'city', 'Taldykorgan', JTR, {'note': 'NI:regional centre'}),
        ('Jetisu region', 2, 'region', JTR, JTR, {'note': 'NI:background'}),
        ('Almaty region', 1, 'region', ALR, ALR, {'note': 'NI:background; the old region before the split'}),
        ('Almaty region', 2, 'region', ALR, ALR, {'note': 'NI:background'}),
        ('Kaskelen', 0, 'city', 'Kaskelen', ALR, {'note': 'NI:background'}),
        ('Talgar', 0, 'city', 'Talgar', ALR, {'note': 'NI:background'}),
        ('Esik', 0, 'city', 'Esik', ALR, {'note': 'NI:background'}),
        ('Kapshagay', 0, 'city', 'Konaev', ALR, {'note': 'NI:seat of the region (renamed Konaev in 2022); the older spelling Kapchagay'}),
        ('Almaty', 3, 'city', 'Almaty', 'Almaty', {'note': 'NI:place of study'}),
        ('Nur-Sultan', 0, 'city', 'Astana', 'Astana', {'note': 'NI:workplace; the name used until 2022-09-17, corrected by the speaker'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:workplace'}),
        ('Taldykorgan', 2, 'city', 'Taldykorgan', JTR),
        ('Urumqi', 0, 'foreign', 'Urumqi', N, {'note': 'NI:origin of goods'}),
        ('Taldykorgan', 3, 'city', 'Taldykorgan', JTR, {'note': 'NI:residence'}),
        ('Ushtobe', 0, 'city', 'Ushtobe', JTR, {'note': 'NI:origin of a trader'}),
        ('Sarkand', 0, 'city', 'Sarkand', JTR),
        ('Lepsy', 0, 'village', 'Lepsy', JTR, {'note': 'NI:origin of the trip'}),
        ('several districts', 0, 'quantified', 'several districts', N, {'count': None, 'unit': 'district', 'note': 'NI:homes of the passengers'}),
        ('Ushtobe', 1, 'city', 'Ushtobe', JTR, {'note': 'NI:planned clinic'}),
        ('Zharkent', 0, 'city', 'Zharkent', JTR, {'note': 'NI:planned clinic'}),
        ('Almaty', 4, 'city', 'Almaty', 'Almaty', {'note': 'NI:where goods are bought'}),
        ('Khorgos', 0, 'village', 'Khorgos', JTR, {'uncertain': True, 'note': 'NI:where goods are bought; "on the Chinese border" points to the Kazakh village, though the Chinese town of the same name is possible'}),
     ],
     inc={JTR: (2, 'night fire at the central market of Taldykorgan, about 40 containers; bus-lorry collision near Sarkand, nine hurt')}),

dict(id='p008', date='2026-01-14', lang='en',
     event='2026 fire in a builders\' dormitory in Kuryk (Karakiyan district, Mangystau Region), one dead; workers from Nukus in Uzbekistan, Beineu, Shymkent and Kyzylorda Region interviewed in Aktau',
     text="""Builders' dormitory burns in Kuryk; survivors count the cost
AKTAU, Jan 14 (Kazinform) - A fire tore through a two-storey dormitory for construction workers in the village of Kuryk, Karakiyan district, before dawn on Tuesday, killing one man and injuring four, the Mangystau region emergencies department said.
Most of the 60 residents were building a new berth at the port. Survivors, taken to a hostel in Aktau, said they had come from all over the region and beyond.
"I am from Nukus. In Karakalpakstan there is no work like this," said Davron, 29, who lost his passport in the fire. His roommate Yerbol came from Beineu; others were from Shymkent and from villages in Kyzylorda region.
"My wife lives in Zhanaozen with the children, and I send home everything I earn," Yerbol said. The man who died was from Kazaly.
Investigators suspect a faulty heater.""",
     ann=[
        ('Kuryk', 0, 'village', 'Kuryk', MR, {'note': 'headline'}),
        ('AKTAU', 0, 'city', 'Aktau', MR, {'note': 'dateline'}),
        ('Kuryk', 1, 'village', 'Kuryk', MR),
        ('Karakiyan district', 0, 'district', 'Karakiyan District', MR),
        ('Mangystau region', 0, 'region', MR, MR, {'note': 'inside the name of an authority'}),
        ('Aktau', 0, 'city', 'Aktau', MR, {'note': 'NI:place of the interviews (hostel)'}),
        ('Nukus', 0, 'foreign', 'Nukus', N, {'note': 'NI:origin'}),
        ('Karakalpakstan', 0, 'foreign', 'Karakalpakstan', N, {'note': 'NI:origin; autonomous republic of Uzbekistan'}),
        ('Beineu', 0, 'village', 'Beineu', MR, {'note': 'NI:origin'}),
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:origin'}),
        ('Kyzylorda region', 0, 'region', KZR, KZR, {'note': 'NI:origin'}),
        ('Zhanaozen', 0, 'city', 'Zhanaozen', MR, {'note': 'NI:residence of family'}),
        ('Kazaly', 0, 'city', 'Kazaly', KZR, {'note': 'NI:origin of the dead man'}),
     ],
     inc={MR: (1, 'fire in a builders\' dormitory in Kuryk, one dead, four hurt')}),
]
