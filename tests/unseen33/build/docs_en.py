"""English texts of the thirty-third unseen check corpus (rivers, lakes and water; annotation
tuples described in tests/build_check_corpus.py, run with --max-words=420)."""
N = None
JR, ALR, KYR, TR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'Turkistan Region', 'South Kazakhstan Region'
ABR, JTR, EKR, MR, KOR = 'Abai Region', 'Jetisu Region', 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR, UR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region', 'Ulytau Region'
ATR, AR, WKR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region'
RIV, LAKE, RES, SEA = {'subkind': 'river'}, {'subkind': 'lake'}, {'subkind': 'reservoir'}, {'subkind': 'sea'}


def riv(note):
    return {'subkind': 'river', 'note': note}


DOCS = [
dict(id='p001', date='2024-04-09', lang='en',
     event='2024 spring floods: the Tobol floods Zarechnoye near Kostanay (Kostanay Region) and the Ayagoz river floods the town of Ayagoz with one drowned (Abai Region, two years after its creation); the Ural rising at Oral after the Orsk dam burst in Russia (threat only); homes flooded in 10 regions',
     text="""Kazakhstan floods spread as Tobol and Ural rise; tens of thousands evacuated
ASTANA, April 9 (Reuters) - Meltwater swelled rivers across northern and western Kazakhstan on Tuesday, flooding homes in 10 regions and forcing more than 90,000 people from their houses since the start of the month, the emergencies ministry said.
In Kostanay Region the Tobol broke through a sand dyke overnight near the village of Zarechnoye, just outside the regional capital, and water stood a metre deep in about 300 yards. Rescuers in boats took out 1,200 residents. Upstream, the Karatomar reservoir was releasing water at the highest rate since it was built, the regional akimat said.
Further west, the Ural, or Zhaiyk, was rising at Oral by 30 cm a day after a dam burst on Friday in Orsk, in Russia's Orenburg region, sent a flood wave down the river. West Kazakhstan officials said the dykes around the city were holding, but that the villages of Kushum and Yanvartsevo could be cut off by the weekend. An Orsk hydrologist told Russian television the crest would reach the border in about ten days.
In Abai Region, created two years ago out of East Kazakhstan, the Ayagoz river washed away a bridge and flooded 140 houses in the town of Ayagoz, where an elderly man drowned in his cellar.
The Ishim, known in Kazakh as the Esil, is expected to peak at Petropavl later this month. North Kazakhstan has ordered sandbags from Kokshetau and from Omsk.
President Kassym-Jomart Tokayev, who flew over Kostanay on Monday, called it the worst flooding in 80 years and ordered all regions to check their dams. Critics noted that the government had promised new dykes on the Tobol at Lisakovsk seven years ago and had not built them.""",
     ann=[
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N, {'note': 'headline'}),
        ('Tobol', 0, 'facility', 'Tobol River', N, riv('headline')),
        ('Ural', 0, 'facility', 'Ural River', N, riv('headline')),
        ('ASTANA', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Kazakhstan', 1, 'country', 'Kazakhstan', N, {'note': 'in "northern and western Kazakhstan": only the country is annotated'}),
        ('10 regions', 0, 'quantified', '10 regions', N, {'count': 10, 'unit': 'region', 'note': 'homes flooded in 10 regions; only Kostanay and Abai are narrated as flooded'}),
        ('Kostanay Region', 0, 'region', KOR, KOR),
        ('Tobol', 1, 'facility', 'Tobol River', N, riv('in Kostanay Region')),
        ('Zarechnoye', 0, 'village', 'Zarechnoye (Kostanay)', KOR, {'note': 'village of Kostanay district next to the city of Kostanay'}),
        ('Karatomar reservoir', 0, 'facility', 'Karatomar reservoir', N, {'subkind': 'reservoir', 'note': 'on the Tobol in Kostanay Region; water bodies have adm1 null'}),
        ('Ural', 1, 'facility', 'Ural River', N, RIV),
        ('Zhaiyk', 0, 'facility', 'Ural River', N, riv('Kazakh name of the Ural')),
        ('Oral', 0, 'city', 'Oral', WKR, {'note': 'NI:the river is rising; no flooding reported'}),
        ('Orsk', 0, 'foreign', 'Orsk', N, {'note': 'dam burst in Russia, not counted'}),
        ('Russia', 0, 'foreign', 'Russia', N, {'note': "possessive Russia's"}),
        ('Orenburg region', 0, 'foreign', 'Orenburg Oblast', N),
        ('West Kazakhstan', 0, 'region', WKR, WKR, {'note': 'NI:region named as a modifier of officials'}),
        ('Kushum', 0, 'village', 'Kushum', WKR, {'note': 'NI:threatened, not flooded'}),
        ('Yanvartsevo', 0, 'village', 'Yanvartsevo', WKR, {'note': 'NI:threatened, not flooded'}),
        ('Orsk', 1, 'foreign', 'Orsk', N, {'note': "NI:workplace of a hydrologist"}),
        ('Abai Region', 0, 'region', ABR, ABR),
        ('East Kazakhstan', 0, 'region', EKR, EKR, {'note': 'NI:the unit Abai Region was split from'}),
        ('Ayagoz river', 0, 'facility', 'Ayagoz River', N, RIV),
        ('Ayagoz', 1, 'city', 'Ayagoz', ABR, {'note': 'town flooded, one drowned'}),
        ('Ishim', 0, 'facility', 'Ishim River', N, RIV),
        ('Esil', 0, 'facility', 'Ishim River', N, riv('Kazakh name of the Ishim')),
        ('Petropavl', 0, 'city', 'Petropavl', NKR, {'note': 'NI:expected peak, not a flood'}),
        ('North Kazakhstan', 0, 'region', NKR, NKR, {'note': 'NI:region acting (metonymy for its authorities)'}),
        ('Kokshetau', 0, 'city', 'Kokshetau', AKR, {'note': 'NI:origin of sandbags'}),
        ('Omsk', 0, 'foreign', 'Omsk', N, {'note': 'NI:origin of sandbags'}),
        ('Kostanay', 1, 'city', 'Kostanay', KOR, {'note': 'NI:the president flew over it'}),
        ('all regions', 0, 'quantified', 'all regions', N, {'count': N, 'unit': 'region', 'quantifier': 'all', 'note': 'order to check dams; not about incidents'}),
        ('Tobol', 2, 'facility', 'Tobol River', N, RIV),
        ('Lisakovsk', 0, 'city', 'Lisakovsk', KOR, {'note': 'NI:site of promised dykes'}),
     ],
     inc={KOR: (1, 'the Tobol broke a dyke and flooded Zarechnoye near Kostanay (natural disaster, counted once for the region)'),
          ABR: (1, 'the Ayagoz river flooded 140 houses in Ayagoz; the man drowned in his cellar is part of the same flood')},
     unatt=[{'label': '10 regions', 'count': 10, 'note': 'homes flooded in 10 regions since the start of April; two of them (Kostanay, Abai) have their own rows, eight are not named as flooded'}]),

dict(id='p002', date='1998-07-14', lang='en',
     event='1998 Kazakh-Kyrgyz-Uzbek summer schedule for Syr Darya water from the Toktogul reservoir; dry canals in Makhtaaral district near Chardara (South Kazakhstan Region) (no incident)',
     text="""Kazakhstan, Kyrgyzstan and Uzbekistan agree summer Syr Darya water schedule
ALMATY, July 14 (Interfax-Kazakhstan) - Kazakhstan will receive 2.1 billion cubic metres of Syr Darya water during the growing season under a protocol signed in Bishkek on Monday by water officials of Kazakhstan, Kyrgyzstan and Uzbekistan, the agriculture ministry said.
Kyrgyzstan agreed to release more water in summer from the Toktogul reservoir on the Naryn, and Kazakhstan and Uzbekistan will pay for part of it with coal and gas. In return Kyrgyzstan will hold water back in winter, when large releases in past years overfilled the Chardara reservoir.
Cotton farmers in the Makhtaaral district of South Kazakhstan Region have complained of dry canals since May. The Kyzylkum canal, which takes water from the reservoir near the town of Chardara, has been running at half capacity. Rice growers further down in Kyzylorda Region say the river barely reaches the Aral Sea.
The next round of talks is due in Tashkent in October.""",
     ann=[
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N, {'note': 'headline'}),
        ('Kyrgyzstan', 0, 'foreign', 'Kyrgyzstan', N),
        ('Uzbekistan', 0, 'foreign', 'Uzbekistan', N),
        ('Syr Darya', 0, 'facility', 'Syr Darya', N, RIV),
        ('ALMATY', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Kazakhstan', 2, 'country', 'Kazakhstan', N),
        ('Syr Darya', 1, 'facility', 'Syr Darya', N, RIV),
        ('Bishkek', 0, 'foreign', 'Bishkek', N, {'note': 'NI:place of signing'}),
        ('Kazakhstan', 3, 'country', 'Kazakhstan', N),
        ('Kyrgyzstan', 1, 'foreign', 'Kyrgyzstan', N),
        ('Uzbekistan', 1, 'foreign', 'Uzbekistan', N),
        ('Kyrgyzstan', 2, 'foreign', 'Kyrgyzstan', N),
        ('Toktogul reservoir', 0, 'foreign', 'Toktogul reservoir', N, {'subkind': 'reservoir', 'note': 'in Kyrgyzstan'}),
        ('Naryn', 0, 'foreign', 'Naryn River', N, {'subkind': 'river', 'note': 'river in Kyrgyzstan (upper Syr Darya)'}),
        ('Kazakhstan', 4, 'country', 'Kazakhstan', N),
        ('Uzbekistan', 2, 'foreign', 'Uzbekistan', N),
        ('Kyrgyzstan', 3, 'foreign', 'Kyrgyzstan', N),
        ('Chardara reservoir', 0, 'facility', 'Shardara reservoir', N, {'subkind': 'reservoir', 'note': 'old spelling; in South Kazakhstan Region on the article date; water bodies have adm1 null'}),
        ('Makhtaaral district', 0, 'district', 'Maktaaral District', SKR, {'note': 'variant spelling; dry canals are not counted'}),
        ('South Kazakhstan Region', 0, 'region', SKR, SKR),
        ('Kyzylkum canal', 0, 'facility', 'Kyzylkum canal', SKR, {'subkind': 'canal', 'note': 'irrigation canal from the Shardara reservoir, in South Kazakhstan Region in 1998'}),
        ('Chardara', 1, 'city', 'Shardara', SKR, {'note': 'NI:reference point; old spelling of Shardara'}),
        ('Kyzylorda Region', 0, 'region', KYR, KYR),
        ('Aral Sea', 0, 'facility', 'Aral Sea', N, SEA),
        ('Tashkent', 0, 'foreign', 'Tashkent', N, {'note': 'NI:venue of the next talks'}),
     ],
     inc={}),

dict(id='p003', date='2003-07-21', lang='en',
     event='2003 pleasure boat capsizes on the Kapchagay reservoir off Kapchagay with four drowned, and a youth drowned in the Ili near Bakanas (Almaty Region); divers from Taldykorgan, then the seat of Almaty Region',
     text="""Four drown as pleasure boat overturns on Kapchagay reservoir
KAPCHAGAY, July 21 (KazTAG) - Four holidaymakers from Almaty drowned on Sunday when an overloaded pleasure boat overturned in a squall about 300 metres off the beach of Kapchagay, the Almaty Region emergencies department said on Monday.
The boat, licensed for eight people, was carrying fourteen when strong wind raised waves on the reservoir in the afternoon. Ten people were pulled out by jet-ski riders and a police launch. The bodies of two women and two men were recovered by a diving team that came from Taldykorgan, the regional centre, overnight.
Prosecutors in Kapchagay opened a criminal case against the boat owner, who had no rescue equipment on board.
On the same day a 17-year-old shepherd drowned while bathing in the Ili about 5 km downstream of Bakanas, in Balkhash district.
The reservoir on the Ili, 70 km north of Almaty, is the nearest large lake to the former capital and draws up to 50,000 visitors on a summer weekend.""",
     ann=[
        ('Kapchagay reservoir', 0, 'facility', 'Kapshagai reservoir', N, {'subkind': 'reservoir', 'note': 'headline; old spelling; water bodies have adm1 null'}),
        ('KAPCHAGAY', 0, 'city', 'Konaev', ALR, {'note': 'dateline; Kapchagay, renamed Konaev in 2022'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of the holidaymakers'}),
        ('Kapchagay', 1, 'city', 'Konaev', ALR, {'note': 'boat overturned off its beach'}),
        ('Almaty Region', 0, 'region', ALR, ALR, {'note': 'inside the name of an authority'}),
        ('Taldykorgan', 0, 'city', 'Taldykorgan', ALR, {'note': 'NI:origin of the divers; seat of Almaty Region in 2003, Jetisu Region from 2022'}),
        ('Kapchagay', 2, 'city', 'Konaev', ALR, {'note': 'NI:seat of the prosecutors'}),
        ('Ili', 0, 'facility', 'Ili River', N, RIV),
        ('Bakanas', 0, 'village', 'Bakanas', ALR, {'note': 'NI:reference point "5 km downstream of Bakanas"'}),
        ('Balkhash district', 0, 'district', 'Balkhash District', ALR, {'note': 'district of Almaty Region where the youth drowned'}),
        ('Ili', 1, 'facility', 'Ili River', N, RIV),
        ('Almaty', 2, 'city', 'Almaty', 'Almaty', {'note': 'NI:reference point "70 km north of Almaty"'}),
     ],
     inc={ALR: (2, 'boat overturned off Kapchagay with four drowned; a shepherd drowned in the Ili near Bakanas in Balkhash district the same day (another place)')}),

dict(id='p004', date='2015-12-28', lang='en',
     event='2015 car falls through the Irtysh ice at the Prirtyshskoye crossing opposite Semey, two dead, and a fisherman from Zaisan drowned through the ice of Lake Zaisan near Tugyl, Tarbagatai district (East Kazakhstan Region, before the 2022 split); official ice crossings in East Kazakhstan and Pavlodar regions; the Irtysh from Xinjiang to Omsk',
     text="""Two die as car falls through Irtysh ice near Semey
SEMEY, Dec 28 (Tengrinews) - Two men died on Sunday when their car broke through the ice of the Irtysh on an unofficial crossing at the village of Prirtyshskoye, across the river from Semey, the East Kazakhstan emergencies department said. A third passenger swam to the bank and was taken to hospital in Semey with frostbite.
The ice below the Shulba dam is thin this winter because the hydropower plant keeps releasing warmer water, officials said. Police have put concrete blocks across the tracks leading down to the river on the Prirtyshskoye side.
In a separate accident on Saturday, a fisherman from Zaisan drowned after his snowmobile went through the ice of Lake Zaisan about 3 km from the village of Tugyl, in Tarbagatai district. Divers recovered his body on Sunday.
The region's authorities have opened eleven official ice crossings, among them one over the Bukhtarma reservoir at Novaya Bukhtarma, which carries about 400 cars a day when the road through Serebryansk is closed by snow.
The Irtysh rises in the mountains of China's Xinjiang, where it is called the Ertix, flows through Lake Zaisan and the Bukhtarma, Ust-Kamenogorsk and Shulba reservoirs, then crosses Pavlodar Region and enters Russia above Omsk. Kazakh and Chinese officials met twice this year over China's plans to take more water from the river for farms and oilfields around Karamay.
In Pavlodar Region, ice crossings at Aksu and Kachiry opened last week. The emergencies ministry said 23 people had died on the ice in Kazakhstan since the beginning of December.""",
     ann=[
        ('Irtysh', 0, 'facility', 'Irtysh River', N, riv('headline')),
        ('Semey', 0, 'city', 'Semey', EKR, {'note': 'NI:headline, reference point "near Semey"; East Kazakhstan Region before 2022-06-08'}),
        ('SEMEY', 0, 'city', 'Semey', EKR, {'note': 'dateline'}),
        ('Irtysh', 1, 'facility', 'Irtysh River', N, RIV),
        ('Prirtyshskoye', 0, 'village', 'Prirtyshskoye', EKR, {'note': 'car fell through the ice at its crossing; Abai Region from 2022'}),
        ('Semey', 1, 'city', 'Semey', EKR, {'note': 'NI:reference point "across the river from Semey"'}),
        ('East Kazakhstan', 0, 'region', EKR, EKR, {'note': 'inside the name of an authority'}),
        ('Semey', 2, 'city', 'Semey', EKR, {'note': 'NI:hospital town'}),
        ('Shulba dam', 0, 'facility', 'Shulba dam', EKR, {'subkind': 'dam', 'note': 'NI:dam of the Shulba hydropower plant, Abai Region from 2022'}),
        ('Prirtyshskoye', 1, 'village', 'Prirtyshskoye', EKR, {'note': 'NI:police measures'}),
        ('Zaisan', 0, 'city', 'Zaisan', EKR, {'note': 'NI:residence of the fisherman'}),
        ('Lake Zaisan', 0, 'facility', 'Lake Zaisan', N, LAKE),
        ('Tugyl', 0, 'village', 'Tugyl', EKR, {'note': 'NI:reference point "3 km from the village of Tugyl"'}),
        ('Tarbagatai district', 0, 'district', 'Tarbagatai District', EKR, {'note': 'district where the fisherman drowned (in Lake Zaisan)'}),
        ('Bukhtarma reservoir', 0, 'facility', 'Bukhtarma reservoir', N, RES),
        ('Novaya Bukhtarma', 0, 'village', 'Novaya Bukhtarma', EKR, {'note': 'NI:site of an official ice crossing'}),
        ('Serebryansk', 0, 'city', 'Serebryansk', EKR, {'note': 'NI:route point'}),
        ('Irtysh', 2, 'facility', 'Irtysh River', N, RIV),
        ('China', 0, 'foreign', 'China', N, {'note': "possessive China's"}),
        ('Xinjiang', 0, 'foreign', 'Xinjiang', N),
        ('Ertix', 0, 'facility', 'Irtysh River', N, {'subkind': 'river', 'note': 'Chinese name of the Irtysh, for its course in China; a river crossing the border, adm1 null'}),
        ('Lake Zaisan', 1, 'facility', 'Lake Zaisan', N, LAKE),
        ('Bukhtarma', 2, 'facility', 'Bukhtarma reservoir', N, {'subkind': 'reservoir', 'note': 'in a list sharing the head noun "reservoirs"'}),
        ('Ust-Kamenogorsk', 0, 'facility', 'Ust-Kamenogorsk reservoir', N, {'subkind': 'reservoir', 'note': 'in a list sharing the head noun "reservoirs": the reservoir, not the city'}),
        ('Shulba', 1, 'facility', 'Shulba reservoir', N, {'subkind': 'reservoir', 'note': 'in a list sharing the head noun "reservoirs"'}),
        ('Pavlodar Region', 0, 'region', PR, PR),
        ('Russia', 0, 'foreign', 'Russia', N),
        ('Omsk', 0, 'foreign', 'Omsk', N, {'note': 'NI:reference point'}),
        ('China', 1, 'foreign', 'China', N, {'note': "possessive China's"}),
        ('Karamay', 0, 'foreign', 'Karamay', N),
        ('Pavlodar Region', 1, 'region', PR, PR, {'note': 'NI:ice crossings opened'}),
        ('Aksu', 0, 'city', 'Aksu (Pavlodar)', PR, {'note': 'NI:ice crossing opened'}),
        ('Kachiry', 0, 'village', 'Kachiry', PR, {'note': 'NI:ice crossing opened; district centre, renamed Terenkol in 2019'}),
        ('Kazakhstan', 1, 'country', 'Kazakhstan', N, {'note': 'deaths on the ice located only in Kazakhstan, not counted'}),
     ],
     inc={EKR: (2, 'car fell through the Irtysh ice at the Prirtyshskoye crossing (two dead); a fisherman drowned through the ice of Lake Zaisan in Tarbagatai district the day before')}),

dict(id='p005', date='2019-06-11', lang='en',
     event='2019 Nur-Sultan to receive Irtysh water by an extension of the Satpayev canal as the Astana reservoir on the Yesil (Arshaly district, Akmola Region) runs low; the canal from Aksu through Ekibastuz to Karaganda (no incident)',
     text="""Nur-Sultan to draw Irtysh water as Yesil runs low
NUR-SULTAN, June 11 (Kazinform) - The capital will receive water from the Irtysh through a new branch of the Satpayev canal from 2023, the akimat of Nur-Sultan said on Tuesday, after a second dry spring left the Astana reservoir at 60 percent of its capacity.
The reservoir on the Yesil, built in 1970 in Arshaly district of Akmola Region, about 60 km upstream of the city, supplies most of the drinking water for its 1.1 million residents.
The canal, dug in Soviet times, carries Irtysh water 458 km from near Aksu in Pavlodar Region through Ekibastuz to Karaganda. The new 230-km branch would cross the Nur-Sultan - Karaganda highway and end at a treatment plant near the village of Kosshy, south of the capital.
Ecologists in Pavlodar warned that the Irtysh, which already loses water to farms in China, could not spare more. Officials said the branch would take less than one percent of the river's flow at the Kazakhstan border.""",
     ann=[
        ('Nur-Sultan', 0, 'city', 'Astana', 'Astana', {'note': 'headline; capital named Nur-Sultan 2019-2022'}),
        ('Irtysh', 0, 'facility', 'Irtysh River', N, riv('headline')),
        ('Yesil', 0, 'facility', 'Ishim River', N, riv('headline; Yesil is the Kazakh name of the Ishim')),
        ('NUR-SULTAN', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Irtysh', 1, 'facility', 'Irtysh River', N, RIV),
        ('Satpayev canal', 0, 'facility', 'Satpayev canal', N, {'subkind': 'canal', 'note': 'Irtysh-Karaganda canal crossing Pavlodar and Karaganda regions; a person\'s name, not the town of Satpayev'}),
        ('Nur-Sultan', 1, 'city', 'Astana', 'Astana', {'note': 'inside the name of an authority'}),
        ('Astana reservoir', 0, 'facility', 'Astana reservoir', N, {'subkind': 'reservoir', 'note': 'water body named after the capital, in Akmola Region; adm1 null'}),
        ('Yesil', 1, 'facility', 'Ishim River', N, RIV),
        ('Arshaly district', 0, 'district', 'Arshaly District', AKR),
        ('Akmola Region', 0, 'region', AKR, AKR),
        ('Irtysh', 2, 'facility', 'Irtysh River', N, RIV),
        ('Aksu', 0, 'city', 'Aksu (Pavlodar)', PR, {'note': 'NI:start of the canal'}),
        ('Pavlodar Region', 0, 'region', PR, PR),
        ('Ekibastuz', 0, 'city', 'Ekibastuz', PR, {'note': 'NI:on the canal route'}),
        ('Karaganda', 0, 'city', 'Karaganda', KR, {'note': 'NI:end of the canal'}),
        ('Nur-Sultan', 2, 'city', 'Astana', 'Astana', {'note': 'NI:highway endpoint'}),
        ('Karaganda', 1, 'city', 'Karaganda', KR, {'note': 'NI:highway endpoint'}),
        ('Kosshy', 0, 'village', 'Kosshy', AKR, {'note': 'NI:planned treatment plant'}),
        ('Pavlodar', 1, 'city', 'Pavlodar', PR, {'note': 'NI:residence of ecologists'}),
        ('Irtysh', 3, 'facility', 'Irtysh River', N, RIV),
        ('China', 0, 'foreign', 'China', N),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N, {'note': '"the Kazakhstan border"'}),
     ],
     inc={}),

dict(id='p006', date='2022-08-23', lang='en',
     event='2022 record summer at Lake Alakol in its first season under the new Jetisu Region (Koktuma, Akshi, Kabanbay, Usharal; Alakol district was Almaty Region land until June 2022); trains from Almaty and Novosibirsk (no incident)',
     text="""Alakol draws record crowds in first summer under Jetisu Region
TALDYKORGAN, Aug 23 (Kazinform) - More than 420,000 holidaymakers have visited Lake Alakol since June, a record, the tourism department of Jetisu Region said, in the resort's first summer since the region was split off from Almaty Region.
Most visitors stay in guest houses in Koktuma and Akshi on the southern shore, or in the new hotels of Kabanbay. Trains from Almaty to Dostyk on the Chinese border stop at Koktuma twice a day in summer, and this year a direct service brought 9,000 tourists from Novosibirsk in Russia.
Ecologists are worried about its level, however, because the rivers that feed it, the Urzhar, the Emel and the Tentek, lose water to irrigation; the Emel rises in China. Officials in Usharal, the district centre, said a new water pipeline would reach the resort villages next year.
Jetisu Region, with its seat in Taldykorgan, was created on June 8 together with the Abai and Ulytau regions.""",
     ann=[
        ('Alakol', 0, 'facility', 'Lake Alakol', N, {'subkind': 'lake', 'note': 'headline'}),
        ('Jetisu Region', 0, 'region', JTR, JTR, {'note': 'headline'}),
        ('TALDYKORGAN', 0, 'city', 'Taldykorgan', JTR, {'note': 'dateline'}),
        ('Lake Alakol', 0, 'facility', 'Lake Alakol', N, LAKE),
        ('Jetisu Region', 1, 'region', JTR, JTR, {'note': 'inside the name of an authority'}),
        ('Almaty Region', 0, 'region', ALR, ALR, {'note': 'NI:the unit Jetisu Region was split from'}),
        ('Koktuma', 0, 'village', 'Koktuma', JTR),
        ('Akshi', 0, 'village', 'Akshi (Alakol)', JTR),
        ('Kabanbay', 0, 'village', 'Kabanbay (Alakol)', JTR),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:railway endpoint'}),
        ('Dostyk', 0, 'village', 'Dostyk', JTR, {'note': 'NI:railway endpoint; border station in Alakol district'}),
        ('Koktuma', 1, 'village', 'Koktuma', JTR, {'note': 'NI:train stop'}),
        ('Novosibirsk', 0, 'foreign', 'Novosibirsk', N, {'note': 'NI:origin of tourists'}),
        ('Russia', 0, 'foreign', 'Russia', N),
        ('Urzhar', 0, 'facility', 'Urzhar River', N, {'subkind': 'river', 'note': 'river, not the village or district of Urzhar'}),
        ('Emel', 0, 'facility', 'Emel River', N, {'subkind': 'river', 'note': 'river rising in China'}),
        ('Tentek', 0, 'facility', 'Tentek River', N, RIV),
        ('Emel', 1, 'facility', 'Emel River', N, RIV),
        ('China', 0, 'foreign', 'China', N),
        ('Usharal', 0, 'city', 'Usharal', JTR, {'note': 'NI:seat of the district officials'}),
        ('Jetisu Region', 2, 'region', JTR, JTR),
        ('Taldykorgan', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:regional seat'}),
        ('Abai', 0, 'region', ABR, ABR, {'note': 'in a list sharing the head noun "regions"'}),
        ('Ulytau', 0, 'region', UR, UR, {'note': 'in a list sharing the head noun "regions"'}),
     ],
     inc={}),

dict(id='p007', date='2008-10-07', lang='en',
     event='2008 Kazakhstan to share the cost of repairing the Chumysh dam on the Chu in Kyrgyzstan; the Chu in Shu and Kordai districts and the Tasotkel reservoir (Jambyl Region) (no incident)',
     text="""Kazakhstan to help Kyrgyzstan repair dam on the Chu
ASTANA, Oct 7 (Reuters) - Kazakhstan will pay a share of the cost of repairing the Chumysh dam on the Chu river in Kyrgyzstan, which feeds irrigation canals on both sides of the border, the two governments said on Tuesday.
The Chu rises in the Tien Shan, passes Bishkek and forms the border for some 200 km before it turns north into Jambyl Region, where it waters wheat and sugar beet in the Kordai and Shu districts and fills the Tasotkel reservoir.
Under a 2000 agreement Kazakhstan pays part of the upkeep of Kyrgyz water works that serve its fields, including the Orto-Tokoy reservoir in Issyk-Kul province. The repairs are to be finished before the 2009 growing season.
Kyrgyz officials in Bishkek say Kazakh payments are often late. Water officials in Taraz say the Kyrgyz side takes too much in July, when the lower Chu near the town of Shu runs almost dry and farmers around Birlik have to drill wells.""",
     ann=[
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N, {'note': 'headline'}),
        ('Kyrgyzstan', 0, 'foreign', 'Kyrgyzstan', N),
        ('Chu', 0, 'facility', 'Chu River', N, riv('headline')),
        ('ASTANA', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Kazakhstan', 1, 'country', 'Kazakhstan', N),
        ('Chumysh dam', 0, 'foreign', 'Chumysh dam', N, {'subkind': 'dam', 'note': 'dam in Kyrgyzstan'}),
        ('Chu river', 0, 'facility', 'Chu River', N, RIV),
        ('Kyrgyzstan', 1, 'foreign', 'Kyrgyzstan', N),
        ('Chu', 2, 'facility', 'Chu River', N, RIV),
        ('Tien Shan', 0, 'facility', 'Tien Shan', N, {'subkind': 'mountains', 'note': 'mountain system shared by several countries'}),
        ('Bishkek', 0, 'foreign', 'Bishkek', N),
        ('Jambyl Region', 0, 'region', JR, JR),
        ('Kordai', 0, 'district', 'Kordai District', JR, {'note': 'in a list sharing the head noun "districts"'}),
        ('Shu', 0, 'district', 'Shu District', JR, {'note': 'in a list sharing the head noun "districts"'}),
        ('Tasotkel reservoir', 0, 'facility', 'Tasotkel reservoir', N, {'subkind': 'reservoir', 'note': 'in Shu district, Jambyl Region'}),
        ('Kazakhstan', 2, 'country', 'Kazakhstan', N),
        ('Orto-Tokoy reservoir', 0, 'foreign', 'Orto-Tokoy reservoir', N, {'subkind': 'reservoir'}),
        ('Issyk-Kul province', 0, 'foreign', 'Issyk-Kul Region', N),
        ('Bishkek', 1, 'foreign', 'Bishkek', N, {'note': 'NI:seat of officials'}),
        ('Taraz', 0, 'city', 'Taraz', JR, {'note': 'NI:seat of water officials'}),
        ('Chu', 3, 'facility', 'Chu River', N, RIV),
        ('Shu', 1, 'city', 'Shu', JR, {'note': 'NI:reference point; the town, not the river (Chu) or the district'}),
        ('Birlik', 0, 'village', 'Birlik (Shu)', JR, {'note': 'NI:farmers drilling wells'}),
     ],
     inc={}),

dict(id='p008', date='2017-03-29', lang='en',
     event='2017 spring floods in South Kazakhstan Region: the Koshkar-Ata in the Abay district of Shymkent, the Arys at Shubarsu and the Badam at Temirlan (Ordabasy district), counted once; ice-jam flooding of Turmaganbet, Karmakshy district (Kyzylorda Region); Koksaray counter-regulator in Otrar district; Shymkent still part of the region',
     text="""Floods hit Shymkent and Ordabasy district as rivers burst their banks
SHYMKENT, March 29 (KazTAG) - Heavy rain and melting snow in the Karatau and Western Tien Shan mountains sent three rivers over their banks in South Kazakhstan Region on Wednesday, flooding about 600 houses and forcing 2,800 people to leave them, the regional emergencies department said.
In Shymkent, the Koshkar-Ata burst its concrete channel in the Abay district of the city, and water filled cellars along Baitursynov Street. Schools in the district were closed for two days.
About 40 km to the north-west, the Arys washed away a section of dyke near the village of Shubarsu, in Ordabasy district, and the Badam flooded gardens in Temirlan. Rescue teams from the town of Arys and from Turkestan spent the night filling sandbags, and the road from Shymkent to Tashkent was closed for six hours.
Water officials said the Koksaray counter-regulator on the Syr Darya, near the village of Koksaray in Otrar district, had begun taking in flood water from the Arys. The reservoir, built in 2011 to stop winter flooding downstream, can hold 3 billion cubic metres.
Downstream, in Kyzylorda Region, ice jams on the Syr Darya flooded 30 houses in the village of Turmaganbet, in Karmakshy district, on Tuesday. Officials in Kyzylorda blamed heavy releases from the Chardara reservoir, which was receiving more water from Uzbekistan than planned.
Forecasters at Kazhydromet in Astana warned that rivers in 4 southern regions could rise again by the weekend.""",
     ann=[
        ('Shymkent', 0, 'city', 'Shymkent', SKR, {'note': 'headline; South Kazakhstan Region before 2018-06-19'}),
        ('Ordabasy district', 0, 'district', 'Ordabasy District', SKR, {'note': 'headline'}),
        ('SHYMKENT', 0, 'city', 'Shymkent', SKR, {'note': 'dateline'}),
        ('Karatau', 0, 'facility', 'Karatau mountains', N, {'subkind': 'mountains', 'note': 'the range, not the town of Karatau (Jambyl Region); in a list sharing the head noun "mountains"'}),
        ('Western Tien Shan', 0, 'facility', 'Western Tien Shan', N, {'subkind': 'mountains', 'note': 'in a list sharing the head noun "mountains"'}),
        ('South Kazakhstan Region', 0, 'region', SKR, SKR),
        ('Shymkent', 1, 'city', 'Shymkent', SKR),
        ('Koshkar-Ata', 0, 'facility', 'Koshkar-Ata River', N, RIV),
        ('Abay district', 0, 'district', 'Abay District (Shymkent)', SKR, {'subkind': 'city district'}),
        ('Baitursynov Street', 0, 'facility', 'Baitursynov Street (Shymkent)', SKR, {'subkind': 'street'}),
        ('Arys', 0, 'facility', 'Arys River', N, {'subkind': 'river', 'note': 'the river, not the town'}),
        ('Shubarsu', 0, 'village', 'Shubarsu', SKR),
        ('Ordabasy district', 1, 'district', 'Ordabasy District', SKR),
        ('Badam', 0, 'facility', 'Badam River', N, {'subkind': 'river', 'note': 'the river, not the village of Badam'}),
        ('Temirlan', 0, 'village', 'Temirlan', SKR),
        ('Arys', 1, 'city', 'Arys', SKR, {'note': 'NI:origin of rescue teams'}),
        ('Turkestan', 0, 'city', 'Turkistan', SKR, {'note': 'NI:origin of rescue teams; South Kazakhstan Region before 2018-06-19'}),
        ('Shymkent', 2, 'city', 'Shymkent', SKR, {'note': 'NI:road endpoint'}),
        ('Tashkent', 0, 'foreign', 'Tashkent', N, {'note': 'NI:road endpoint'}),
        ('Koksaray counter-regulator', 0, 'facility', 'Koksaray reservoir', N, {'subkind': 'reservoir', 'note': 'off-stream reservoir in Otrar district'}),
        ('Syr Darya', 0, 'facility', 'Syr Darya', N, RIV),
        ('Koksaray', 1, 'village', 'Koksaray', SKR, {'note': 'NI:reference point'}),
        ('Otrar district', 0, 'district', 'Otrar District', SKR, {'note': 'NI:the reservoir takes in water; no flooding'}),
        ('Arys', 2, 'facility', 'Arys River', N, RIV),
        ('Kyzylorda Region', 0, 'region', KYR, KYR),
        ('Syr Darya', 1, 'facility', 'Syr Darya', N, RIV),
        ('Turmaganbet', 0, 'village', 'Turmaganbet', KYR),
        ('Karmakshy district', 0, 'district', 'Karmakshy District', KYR),
        ('Kyzylorda', 1, 'city', 'Kyzylorda', KYR, {'note': 'NI:seat of officials'}),
        ('Chardara reservoir', 0, 'facility', 'Shardara reservoir', N, RES),
        ('Uzbekistan', 0, 'foreign', 'Uzbekistan', N),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of Kazhydromet'}),
        ('4 southern regions', 0, 'quantified', '4 regions', N, {'count': 4, 'unit': 'region', 'note': 'forecast, not about incidents'}),
     ],
     inc={SKR: (1, 'floods in Shymkent (Abay district, Baitursynov Street), at Shubarsu and at Temirlan in Ordabasy district on one day: one natural disaster counted once for the region'),
          KYR: (1, 'ice jams on the Syr Darya flooded Turmaganbet in Karmakshy district')}),
]
