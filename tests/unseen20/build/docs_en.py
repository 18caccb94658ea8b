"""English texts of the twentieth unseen check corpus (weather, tourism and the outdoors;
annotation tuples described in tests/build_check_corpus.py, run with --max-words=420)."""
N = None
JR, ALR, KYR, TR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'Turkistan Region', 'South Kazakhstan Region'
ABR, JTR, EKR, MR, KOR = 'Abai Region', 'Jetisu Region', 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR, UR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region', 'Ulytau Region'
ATR, AR, WKR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region'
NAT = 'natural feature'

DOCS = [
dict(id='p001', date='2023-07-18', lang='en',
     event='2023 two drownings in Lake Alakol: a man from Karaganda at Akshi, Alakol district (Jetisu Region) and a boy from Semey at Kabanbay, Urzhar district (Abai Region); the lake shared by the two new regions; trains to Beskol, a charter from Novosibirsk; Lake Balkhash and Balkhash town (Karaganda Region)',
     text="""Two drown on Alakol as beach season peaks
USHARAL, July 18 (Kazinform) - Two holidaymakers drowned in Lake Alakol over the weekend, one on each side of the lake, as the beach season on the salty lake drew record crowds, emergency officials in the Jetisu and Abai regions said on Tuesday.
A 34-year-old man from Karaganda went into the water after dark near a guest house in Akshi, in Alakol district, and his body was found on Sunday morning about 300 metres from the shore. On the eastern shore, an 11-year-old boy from Semey drowned at an unguarded beach in Kabanbay, Urzhar district, while his parents were at lunch.
Both resort villages have belonged to new regions since June last year: Akshi and Koktuma are in Jetisu Region, whose centre is Taldykorgan, and Kabanbay is in Abai Region. Before the reform the western shore was run from Almaty Region and the eastern one from Ust-Kamenogorsk.
"The lifeguard posts close at seven, and people still swim at night," said Daulet Beskolov, deputy head of the Alakol district emergency department. Lifeguards have pulled 14 swimmers out of the water in Akshi and Koktuma since July 1, he said.
About 40,000 people arrived at Beskol station near Usharal on extra trains from Almaty, Astana, Karaganda and Pavlodar, the national railway said. A charter flight from Novosibirsk landed in Usharal on Saturday, and a bus service from Urumqi, in China's Xinjiang, is due to start in August.
Lake Balkhash, whose beaches near the town of Balkhash in Karaganda Region are cheaper, had a fifth fewer visitors than last year, according to the region's tourism office.
Kazhydromet forecast heat of up to 38C in the Alakol basin for the rest of the week and a strong wind on the lake on Thursday.""",
     ann=[
        ('Alakol', 0, 'facility', 'Lake Alakol', N, {'subkind': 'lake', 'note': 'headline; the lake, shared by Jetisu and Abai regions'}),
        ('USHARAL', 0, 'city', 'Usharal', JTR, {'note': 'dateline'}),
        ('Lake Alakol', 0, 'facility', 'Lake Alakol', N, {'subkind': 'lake'}),
        ('Jetisu', 0, 'region', JTR, JTR, {'note': 'list sharing "regions"; seat of the emergency officials'}),
        ('Abai', 0, 'region', ABR, ABR, {'note': 'list sharing "regions"; seat of the emergency officials'}),
        ('Karaganda', 0, 'city', 'Karaganda', KR, {'note': 'NI:origin of the drowned man'}),
        ('Akshi', 0, 'village', 'Akshi', JTR),
        ('Alakol district', 0, 'district', 'Alakol District', JTR),
        ('Semey', 0, 'city', 'Semey', ABR, {'note': 'NI:origin of the drowned boy'}),
        ('Kabanbay', 0, 'village', 'Kabanbay (Urzhar district)', ABR, {'note': 'resort village on the eastern shore; not the town of Kabanbay in Alakol district'}),
        ('Urzhar district', 0, 'district', 'Urzhar District', ABR),
        ('Akshi', 1, 'village', 'Akshi', JTR),
        ('Koktuma', 0, 'village', 'Koktuma', JTR),
        ('Jetisu Region', 0, 'region', JTR, JTR),
        ('Taldykorgan', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:regional centre'}),
        ('Kabanbay', 1, 'village', 'Kabanbay (Urzhar district)', ABR),
        ('Abai Region', 0, 'region', ABR, ABR),
        ('Almaty Region', 0, 'region', ALR, ALR, {'note': 'NI:former administering unit of the western shore'}),
        ('Ust-Kamenogorsk', 0, 'city', 'Oskemen', EKR, {'note': 'NI:seat of the former administering region'}),
        ('Alakol district', 1, 'district', 'Alakol District', JTR, {'note': 'inside the name of an authority'}),
        ('Akshi', 2, 'village', 'Akshi', JTR, {'note': 'NI:rescues of swimmers'}),
        ('Koktuma', 1, 'village', 'Koktuma', JTR, {'note': 'NI:rescues of swimmers'}),
        ('Beskol station', 0, 'facility', 'Beskol railway station', JTR, {'subkind': 'railway station', 'note': 'NI:arrival point of tourists'}),
        ('Usharal', 0, 'city', 'Usharal', JTR, {'note': 'NI:reference point'}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of trains'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of trains'}),
        ('Karaganda', 1, 'city', 'Karaganda', KR, {'note': 'NI:origin of trains'}),
        ('Pavlodar', 0, 'city', 'Pavlodar', PR, {'note': 'NI:origin of trains'}),
        ('Novosibirsk', 0, 'foreign', 'Novosibirsk', N, {'note': 'NI:origin of a flight'}),
        ('Usharal', 1, 'city', 'Usharal', JTR, {'note': 'NI:destination of a flight'}),
        ('Urumqi', 0, 'foreign', 'Urumqi', N, {'note': 'NI:origin of a planned bus service'}),
        ('China', 0, 'foreign', 'China', N),
        ('Xinjiang', 0, 'foreign', 'Xinjiang', N),
        ('Lake Balkhash', 0, 'facility', 'Lake Balkhash', N, {'subkind': 'lake'}),
        ('Balkhash', 1, 'city', 'Balkhash', KR, {'note': 'NI:the town on the lake, compared'}),
        ('Karaganda Region', 0, 'region', KR, KR, {'note': 'NI:compared resort region'}),
        ('Alakol basin', 0, 'facility', 'Alakol basin', N, {'subkind': 'basin', 'note': 'NI:forecast area'}),
     ],
     inc={JTR: (1, 'man from Karaganda drowned at Akshi, Alakol district'),
          ABR: (1, 'boy from Semey drowned at Kabanbay, Urzhar district')}),

dict(id='p002', date='2019-12-10', lang='en',
     event='2019 Kazhydromet storm warnings for 11 regions: frost in Akmola, North Kazakhstan, Kostanay, Pavlodar regions and Nur-Sultan, fog in Shymkent and Turkistan and Zhambyl regions, black ice near Almaty (no incident)',
     text="""Severe frost and fog forecast for most of Kazakhstan
NUR-SULTAN, Dec 10 (Interfax-Kazakhstan) - Kazhydromet issued storm warnings for 11 regions on Tuesday.
The coldest nights are expected in Akmola, North Kazakhstan, Kostanay and Pavlodar regions, where the temperature may drop to between minus 35C and minus 38C on Thursday and Friday. In Nur-Sultan the forecasters expect minus 30C with a wind of up to 15 metres per second.
Fog with visibility under 200 metres is forecast in Shymkent, in the Turkistan and Zhambyl regions and on the Tashkent highway near the Zhibek Zholy checkpoint. Black ice is expected on roads in Almaty and on the mountain passes of Almaty Region, including the Kokpek pass on the road to the Charyn canyon.
The frost is brought by an anticyclone moving in from western Siberia and should ease in the northern regions by Sunday, the forecasters said. No weather-related accidents had been reported by Tuesday evening, the emergency ministry said.""",
     ann=[
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('NUR-SULTAN', 0, 'city', 'Astana', 'Astana', {'note': 'dateline; the capital named Nur-Sultan in 2019'}),
        ('11 regions', 0, 'quantified', '11 regions', N, {'count': 11, 'unit': 'region', 'note': 'storm warnings, not incidents'}),
        ('Akmola', 0, 'region', AKR, AKR, {'note': 'list sharing "regions"; forecast'}),
        ('North Kazakhstan', 0, 'region', NKR, NKR, {'note': 'list sharing "regions"; forecast'}),
        ('Kostanay', 0, 'region', KOR, KOR, {'note': 'list sharing "regions"; forecast'}),
        ('Pavlodar', 0, 'region', PR, PR, {'note': 'list sharing "regions"; forecast'}),
        ('Nur-Sultan', 0, 'city', 'Astana', 'Astana', {'note': 'NI:forecast'}),
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:forecast; a city of republican significance since 2018'}),
        ('Turkistan', 0, 'region', TR, TR, {'note': 'list sharing "regions"; forecast'}),
        ('Zhambyl', 0, 'region', JR, JR, {'note': 'list sharing "regions"; forecast'}),
        ('Tashkent', 0, 'foreign', 'Tashkent', N, {'note': 'NI:route endpoint'}),
        ('Zhibek Zholy checkpoint', 0, 'facility', 'Zhibek Zholy checkpoint', TR, {'subkind': 'border checkpoint', 'note': 'NI:forecast'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:forecast'}),
        ('Almaty Region', 0, 'region', ALR, ALR, {'note': 'NI:forecast'}),
        ('Kokpek pass', 0, 'facility', 'Kokpek pass', N, {'subkind': 'mountain pass', 'note': 'NI:natural feature in Almaty Region; forecast'}),
        ('Charyn canyon', 0, 'facility', 'Charyn canyon', N, {'subkind': 'canyon', 'note': 'NI:natural feature in Almaty Region; route endpoint'}),
        ('Siberia', 0, 'foreign', 'Siberia', N, {'subkind': 'macro-region', 'note': 'origin of the anticyclone'}),
     ],
     inc={}),

dict(id='p003', date='2008-02-14', lang='en',
     event='2008 avalanche kills a snowboarder from Almaty above the Ak Bulak ski resort, Talgar district (Almaty Region); Shymbulak and Medeu closed, Big Almaty Lake road shut, controlled release in Raiymbek district',
     text="""Avalanche kills snowboarder near Almaty ski resort
ALMATY, Feb 14 (Interfax-Kazakhstan) - A snowboarder was killed and two of his friends were injured when an avalanche swept down an off-piste slope above the Ak Bulak ski resort in Talgar district on Wednesday afternoon, the emergency department of Almaty Region said.
The three men, all residents of Almaty, had ridden into a closed gully. Mountain rescuers dug out the two injured men within 40 minutes; the body of the third was recovered after dark. The injured were taken to hospital in Talgar.
After three days of heavy snow the avalanche risk in the Zailiysky Alatau was rated high. The Shymbulak resort above Medeu closed its upper slopes on Thursday, and the road to the Big Almaty Lake was shut to traffic. In Raiymbek district, road crews set off a controlled avalanche near the Kegen pass without damage.
Kazhydromet warned of avalanche danger in the mountain areas of the Almaty and East Kazakhstan regions until Sunday.""",
     ann=[
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:headline; modifier of "ski resort", reference point'}),
        ('ALMATY', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Ak Bulak ski resort', 0, 'facility', 'Ak Bulak ski resort', ALR, {'subkind': 'ski resort'}),
        ('Talgar district', 0, 'district', 'Talgar District', ALR),
        ('Almaty Region', 0, 'region', ALR, ALR, {'note': 'inside the name of an authority'}),
        ('Almaty', 2, 'city', 'Almaty', 'Almaty', {'note': 'NI:residence of the victims'}),
        ('Talgar', 1, 'city', 'Talgar', ALR, {'note': 'NI:hospital town'}),
        ('Zailiysky Alatau', 0, 'facility', 'Zailiysky Alatau', N, {'subkind': 'mountain range'}),
        ('Shymbulak', 0, 'facility', 'Shymbulak ski resort', 'Almaty', {'subkind': 'ski resort', 'uncertain': True, 'note': 'NI:slopes closed as a precaution; placed in the Medeu district of Almaty, though parts of the resort area may then have been in Talgar district'}),
        ('Medeu', 0, 'facility', 'Medeu', 'Almaty', {'subkind': 'skating rink', 'note': 'NI:reference point'}),
        ('Big Almaty Lake', 0, 'facility', 'Big Almaty Lake', N, {'subkind': 'lake', 'note': 'NI:road closed as a precaution'}),
        ('Raiymbek district', 0, 'district', 'Raiymbek District', ALR, {'note': 'NI:controlled avalanche release without damage'}),
        ('Kegen pass', 0, 'facility', 'Kegen pass', N, {'subkind': 'mountain pass', 'note': 'NI:controlled release'}),
        ('Almaty', 4, 'region', ALR, ALR, {'note': 'NI:list sharing "regions"; warning'}),
        ('East Kazakhstan', 0, 'region', EKR, EKR, {'note': 'NI:list sharing "regions"; warning'}),
     ],
     inc={ALR: (1, 'avalanche killed a snowboarder and injured two above the Ak Bulak ski resort, Talgar district')}),

dict(id='p004', date='2016-05-20', lang='en',
     event='2016 new summer flights: Istanbul-Shymkent, Dubai-Aktau, Urumqi-Ust-Kamenogorsk, Novosibirsk-Almaty and Astana, Tashkent-Shymkent; pilgrims to the Yasawi mausoleum in Turkestan (South Kazakhstan Region before the 2018 reform; no incident)',
     text="""Foreign carriers add summer flights to Kazakh cities
ALMATY, May 20 (Reuters) - Foreign airlines will add flights to five Kazakh cities this summer as the government tries to draw tourists with a visa-free regime introduced last year, the transport ministry said on Friday.
Turkish Airlines will fly from Istanbul to Shymkent three times a week from June 15, and flydubai will link Dubai with Aktau, on the Caspian coast, where officials hope to revive beach holidays at the Kenderli resort. China Southern will resume flights from Urumqi to Ust-Kamenogorsk, the gateway to the Altai mountains and Lake Markakol.
SCAT will fly from Novosibirsk to Almaty and Astana, and Uzbekistan Airways from Tashkent to Shymkent. Officials in South Kazakhstan said they expected pilgrims bound for the Khoja Ahmed Yasawi mausoleum in Turkestan to fill most seats on the Tashkent route.
"Kazakhstan has mountains, steppe and a sea, but tickets still cost too much," said Yerbol Saparov, who runs a tour agency in Almaty.""",
     ann=[
        ('ALMATY', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('five Kazakh cities', 0, 'quantified', '5 cities', N, {'count': 5, 'unit': 'city', 'note': 'flight destinations, not incidents'}),
        ('Istanbul', 0, 'foreign', 'Istanbul', N, {'note': 'origin of flights'}),
        ('Shymkent', 0, 'city', 'Shymkent', SKR, {'note': 'NI:flight destination; South Kazakhstan Region before 2018-06-19'}),
        ('Dubai', 0, 'foreign', 'Dubai', N, {'note': 'origin of flights'}),
        ('Aktau', 0, 'city', 'Aktau', MR, {'note': 'NI:flight destination'}),
        ('Caspian', 0, 'facility', 'Caspian Sea', N, {'subkind': 'sea'}),
        ('Kenderli resort', 0, 'facility', 'Kenderli resort', MR, {'subkind': 'resort', 'note': 'NI:planned beach holidays'}),
        ('Urumqi', 0, 'foreign', 'Urumqi', N, {'note': 'origin of flights'}),
        ('Ust-Kamenogorsk', 0, 'city', 'Oskemen', EKR, {'note': 'NI:flight destination'}),
        ('Altai mountains', 0, 'facility', 'Altai mountains', N, {'subkind': 'mountain range', 'note': 'range shared with Russia, China and Mongolia'}),
        ('Lake Markakol', 0, 'facility', 'Lake Markakol', N, {'subkind': 'lake', 'note': 'natural feature in East Kazakhstan Region'}),
        ('Novosibirsk', 0, 'foreign', 'Novosibirsk', N, {'note': 'origin of flights'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:flight destination'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:flight destination'}),
        ('Tashkent', 0, 'foreign', 'Tashkent', N, {'note': 'origin of flights'}),
        ('Shymkent', 1, 'city', 'Shymkent', SKR, {'note': 'NI:flight destination'}),
        ('South Kazakhstan', 0, 'region', SKR, SKR, {'note': 'region named without "Region"; seat of officials'}),
        ('Khoja Ahmed Yasawi mausoleum', 0, 'facility', 'Khoja Ahmed Yasawi mausoleum', SKR, {'subkind': 'mausoleum', 'note': 'NI:pilgrims\' destination'}),
        ('Turkestan', 0, 'city', 'Turkistan', SKR, {'note': 'NI:pilgrims\' destination; South Kazakhstan Region in 2016'}),
        ('Tashkent', 1, 'foreign', 'Tashkent', N, {'note': 'route endpoint'}),
        ('Kazakhstan', 1, 'country', 'Kazakhstan', N),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:workplace of the tour operator'}),
     ],
     inc={}),

dict(id='p005', date='2024-08-20', lang='en',
     event='2024 tourist from Astana injured in a fall in the Valley of Castles of the Charyn canyon and a minivan of tourists overturned near Saty on the way to the Kolsai lakes (Almaty Region); queues on the road to Saty; Altyn-Emel park in Kerbulak and Panfilov districts (Jetisu Region since 2022)',
     text="""Tourist hurt in Charyn canyon fall, minivan overturns near Saty
ALMATY, Aug 20 (Vlast.kz) - A 19-year-old woman from Astana was seriously injured on Sunday when she fell about eight metres from a ledge in the Valley of Castles in the Charyn canyon, the emergency department of Almaty Region said on Tuesday.
She was carried out by rescuers after two hours. A helicopter flew her to a hospital in Almaty. The canyon is part of the Charyn National Park, which lies in the Uighur, Raiymbek and Enbekshikazakh districts, and rangers say visitor numbers have doubled since 2022.
On Monday a minivan carrying eleven tourists to the Kolsai lakes overturned on a mountain road about 6 km from the village of Saty, in Raiymbek district. The driver and four passengers were taken to hospital in Kegen with fractures. Police said the driver, who had made three trips that day, had fallen asleep at the wheel.
The crash came after a weekend of long queues on the road to Saty. On Saturday cars stood for up to four hours at the turn-off from the Almaty-Kegen highway. Many visitors combine the Kolsai lakes with Lake Kaindy, with its sunken spruce forest, about 12 km away.
Rangers at the Altyn-Emel National Park, which straddles the Kerbulak and Panfilov districts of Jetisu Region, reported a quiet weekend at the Singing Dune. Since June 2022 that park has been in Jetisu Region, while the Charyn, Kolsai and Kaindy sites remain in Almaty Region.
The regional tourism department said it would open a second car park near Saty and limit the number of minibuses allowed into the Kolsai Lakes National Park to 150 a day. A road to the Chinese border at Kolzhat, built partly for tourist traffic, should open next year.""",
     ann=[
        ('Charyn canyon', 0, 'facility', 'Charyn canyon', N, {'subkind': 'canyon', 'note': 'headline; natural feature in Almaty Region'}),
        ('Saty', 0, 'village', 'Saty', ALR, {'note': 'NI:headline; reference point of the crash'}),
        ('ALMATY', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of the injured tourist'}),
        ('Valley of Castles', 0, 'facility', 'Valley of Castles (Charyn)', N, {'subkind': 'valley', 'note': 'natural feature in the Charyn canyon, Almaty Region'}),
        ('Charyn canyon', 1, 'facility', 'Charyn canyon', N, {'subkind': 'canyon', 'note': 'natural feature in Almaty Region'}),
        ('Almaty Region', 0, 'region', ALR, ALR, {'note': 'inside the name of an authority'}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:hospital town'}),
        ('Charyn National Park', 0, 'facility', 'Charyn National Park', ALR, {'subkind': 'national park'}),
        ('Uighur', 0, 'district', 'Uighur District', ALR, {'note': 'list sharing "districts"'}),
        ('Raiymbek', 0, 'district', 'Raiymbek District', ALR, {'note': 'list sharing "districts"'}),
        ('Enbekshikazakh', 0, 'district', 'Enbekshikazakh District', ALR, {'note': 'list sharing "districts"'}),
        ('Kolsai lakes', 0, 'facility', 'Kolsai lakes', N, {'subkind': 'lake', 'note': 'NI:destination of the minivan; natural feature in Almaty Region'}),
        ('Saty', 1, 'village', 'Saty', ALR, {'note': 'NI:reference point of the crash site ("about 6 km from")'}),
        ('Raiymbek district', 0, 'district', 'Raiymbek District', ALR),
        ('Kegen', 0, 'village', 'Kegen', ALR, {'note': 'NI:hospital village'}),
        ('Saty', 2, 'village', 'Saty', ALR, {'note': 'NI:traffic queues, not an incident'}),
        ('Almaty', 2, 'city', 'Almaty', 'Almaty', {'note': 'NI:route endpoint'}),
        ('Kegen', 1, 'village', 'Kegen', ALR, {'note': 'NI:route endpoint'}),
        ('Kolsai lakes', 1, 'facility', 'Kolsai lakes', N, {'subkind': 'lake', 'note': 'NI:natural feature in Almaty Region'}),
        ('Lake Kaindy', 0, 'facility', 'Lake Kaindy', N, {'subkind': 'lake', 'note': 'NI:natural feature in Almaty Region'}),
        ('Altyn-Emel National Park', 0, 'facility', 'Altyn-Emel National Park', JTR, {'subkind': 'national park', 'note': 'NI:quiet weekend; Almaty Region before 2022-06-08'}),
        ('Kerbulak', 0, 'district', 'Kerbulak District', JTR, {'note': 'NI:list sharing "districts"'}),
        ('Panfilov', 0, 'district', 'Panfilov District', JTR, {'note': 'NI:list sharing "districts"'}),
        ('Jetisu Region', 0, 'region', JTR, JTR, {'note': 'NI:unit of the quiet park'}),
        ('Singing Dune', 0, 'facility', 'Singing Dune', N, {'subkind': 'dune', 'note': 'NI:natural feature in Altyn-Emel park'}),
        ('Jetisu Region', 1, 'region', JTR, JTR, {'note': 'NI:unit of the park'}),
        ('Charyn', 3, 'facility', 'Charyn canyon', N, {'subkind': 'canyon', 'note': 'NI:list sharing "sites"'}),
        ('Kolsai', 2, 'facility', 'Kolsai lakes', N, {'subkind': 'lake', 'note': 'NI:list sharing "sites"'}),
        ('Kaindy', 1, 'facility', 'Lake Kaindy', N, {'subkind': 'lake', 'note': 'NI:list sharing "sites"'}),
        ('Almaty Region', 1, 'region', ALR, ALR),
        ('Saty', 3, 'village', 'Saty', ALR, {'note': 'NI:planned car park'}),
        ('Kolsai Lakes National Park', 0, 'facility', 'Kolsai Lakes National Park', ALR, {'subkind': 'national park', 'note': 'NI:planned limit on minibuses'}),
        ('Kolzhat', 0, 'village', 'Kolzhat', ALR, {'note': 'NI:route endpoint of a planned road'}),
     ],
     inc={ALR: (2, 'tourist from Astana fell in the Valley of Castles of the Charyn canyon (Charyn National Park); minivan overturned about 6 km from Saty, Raiymbek district')}),

dict(id='p006', date='2011-06-28', lang='en',
     event='2011 mountain guide drowned leading tourists across the Berel river near Berel, Katon-Karagay district (East Kazakhstan Region); hikers from Barnaul lost near Lake Markakol found unharmed (not counted); Belukha on the Russian border',
     text="""Guide drowns as tourist group fords river in Altai
UST-KAMENOGORSK, June 28 (KazTAG) - A mountain guide drowned on Monday while leading a group of eight tourists across the Berel river in the Katon-Karagay National Park, the emergency department of East Kazakhstan Region said on Tuesday.
The 41-year-old guide, a resident of Ust-Kamenogorsk, was swept away by meltwater about 15 km upstream of the village of Berel, in Katon-Karagay district, after he went back to help a woman who had slipped. The tourists, from Russia, Germany and Almaty, reached the village on foot and raised the alarm.
The group was on its way to the Rakhmanov Springs, a resort at the foot of Belukha, the highest peak of the Altai at 4,506 metres, on the border with Russia's Altai Republic.
Separately, two hikers from Barnaul who had been missing for three days near Lake Markakol, in Kurchum district, were found tired but unharmed by a search team on Sunday.""",
     ann=[
        ('Altai', 0, 'facility', 'Altai mountains', N, {'subkind': 'mountain range', 'note': 'headline; range shared with Russia, China and Mongolia'}),
        ('UST-KAMENOGORSK', 0, 'city', 'Oskemen', EKR, {'note': 'dateline'}),
        ('Berel river', 0, 'facility', 'Berel river', N, {'subkind': 'river', 'note': 'natural feature in East Kazakhstan Region'}),
        ('Katon-Karagay National Park', 0, 'facility', 'Katon-Karagay National Park', EKR, {'subkind': 'national park'}),
        ('East Kazakhstan Region', 0, 'region', EKR, EKR, {'note': 'inside the name of an authority'}),
        ('Ust-Kamenogorsk', 0, 'city', 'Oskemen', EKR, {'note': 'NI:residence of the guide'}),
        ('Berel', 1, 'village', 'Berel', EKR, {'note': 'NI:reference point of the drowning ("15 km upstream of")'}),
        ('Katon-Karagay district', 0, 'district', 'Katon-Karagay District', EKR),
        ('Russia', 0, 'foreign', 'Russia', N, {'note': 'origin of tourists'}),
        ('Germany', 0, 'foreign', 'Germany', N, {'note': 'origin of tourists'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of tourists'}),
        ('Rakhmanov Springs', 0, 'facility', 'Rakhmanov Springs', EKR, {'subkind': 'resort', 'note': "NI:the group's destination"}),
        ('Belukha', 0, 'facility', 'Belukha', N, {'subkind': 'mountain', 'note': 'NI:peak on the Kazakh-Russian border'}),
        ('Altai', 1, 'facility', 'Altai mountains', N, {'subkind': 'mountain range'}),
        ("Russia", 1, 'foreign', 'Russia', N),
        ('Altai Republic', 0, 'foreign', 'Altai Republic', N),
        ('Barnaul', 0, 'foreign', 'Barnaul', N, {'note': 'origin of hikers'}),
        ('Lake Markakol', 0, 'facility', 'Lake Markakol', N, {'subkind': 'lake', 'note': 'NI:hikers lost and found unharmed; natural feature in East Kazakhstan Region'}),
        ('Kurchum district', 0, 'district', 'Kurchum District', EKR, {'note': 'NI:hikers lost and found unharmed, not counted'}),
     ],
     inc={EKR: (1, 'guide drowned fording the Berel river upstream of Berel village, Katon-Karagay district')}),

dict(id='p007', date='2021-02-22', lang='en',
     event='2021 car with two visitors from Nur-Sultan broke through the ice of Lake Borovoe in the Burabay National Park (Akmola Region); schoolchildren from Shchuchinsk lost on Mount Kokshetau found unharmed (not counted); traffic jam at Burabay village',
     text="""Two pulled from icy lake after car goes through ice at Burabay
KOKSHETAU, Feb 22 (Kazinform) - Two visitors from Nur-Sultan were pulled out of the water on Sunday after their car broke through the ice of Lake Borovoe in the Burabay National Park, the emergency department of Akmola Region said.
The driver had taken a short cut across the frozen lake towards the Zhumbaktas rock, ignoring signs that the ice was too thin. Fishermen threw a rope to the two men, who were treated for hypothermia at the hospital in Shchuchinsk.
The same evening, five schoolchildren from Shchuchinsk who had gone skiing on the slopes of Mount Kokshetau lost their way in a snowstorm. A search team found them unharmed in a forester's hut shortly before midnight.
On Sunday afternoon the queue of cars returning along the Shchuchinsk-Nur-Sultan highway stretched for 7 km from the resort village of Burabay, police said.""",
     ann=[
        ('Burabay', 0, 'village', 'Burabay', AKR, {'note': 'headline; the resort area, named after the village'}),
        ('KOKSHETAU', 0, 'city', 'Kokshetau', AKR, {'note': 'dateline'}),
        ('Nur-Sultan', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of the visitors; the capital named Nur-Sultan in 2021'}),
        ('Lake Borovoe', 0, 'facility', 'Lake Borovoe', N, {'subkind': 'lake', 'note': 'natural feature in Akmola Region'}),
        ('Burabay National Park', 0, 'facility', 'Burabay National Park', AKR, {'subkind': 'national park'}),
        ('Akmola Region', 0, 'region', AKR, AKR, {'note': 'inside the name of an authority'}),
        ('Zhumbaktas', 0, 'facility', 'Zhumbaktas rock', N, {'subkind': 'rock', 'note': 'NI:natural feature; the driver\'s direction'}),
        ('Shchuchinsk', 0, 'city', 'Shchuchinsk', AKR, {'note': 'NI:hospital town'}),
        ('Shchuchinsk', 1, 'city', 'Shchuchinsk', AKR, {'note': 'NI:residence of the schoolchildren'}),
        ('Mount Kokshetau', 0, 'facility', 'Mount Kokshetau', N, {'subkind': 'mountain', 'note': 'NI:children lost and found unharmed, not counted; the mountain, not the city'}),
        ('Shchuchinsk', 2, 'city', 'Shchuchinsk', AKR, {'note': 'NI:route endpoint'}),
        ('Nur-Sultan', 1, 'city', 'Astana', 'Astana', {'note': 'NI:route endpoint'}),
        ('Burabay', 2, 'village', 'Burabay', AKR, {'note': 'NI:traffic queue, not an incident'}),
     ],
     inc={AKR: (1, 'car with two visitors broke through the ice of Lake Borovoe in the Burabay National Park')}),

dict(id='p008', date='2026-01-22', lang='en',
     event='2026 blizzard: roofs torn off in Zhezkazgan and a billboard injured a pedestrian in Satpayev, power lines down in 23 villages of Ulytau district (Ulytau Region); 14-vehicle pile-up north of Temirtau (Karaganda Region); road accidents in eight regions (unattributed); forecast for Pavlodar and North Kazakhstan regions',
     text="""Blizzard closes roads in central Kazakhstan, tears roofs in Zhezkazgan
ASTANA, Jan 22 (Reuters) - A blizzard with gusts of up to 30 metres per second swept across central and northern Kazakhstan on Wednesday, closing roads in seven regions, tearing roofs off buildings in Zhezkazgan and causing a pile-up of 14 vehicles near Temirtau, officials said.
In Zhezkazgan, the wind ripped the roof off a school gymnasium and off two apartment blocks in the Kengir district of the city, the emergency department of Ulytau Region said. Nobody was hurt there, but in Satpayev, 20 km away, a falling billboard injured a pedestrian. Power lines were brought down in 23 villages of Ulytau district, and repair crews from Karaganda were sent to help.
On the Astana-Karaganda highway, 12 cars and two lorries collided in near-zero visibility about 15 km north of Temirtau. Three people were taken to hospital in Karaganda with injuries.
Police registered 37 road accidents in eight regions during the storm, most of them minor, the interior ministry said. Schools in Astana and Karaganda switched to remote lessons for two days, and flights from Istanbul and Dubai bound for Astana were diverted to Almaty.
Kazhydromet expects the storm to move into the Pavlodar and North Kazakhstan regions on Thursday, with frost of down to minus 35C in Petropavl and Kokshetau at the weekend. It warned of snowdrifts on the Kostanay-Rudny road and in Aktobe Region.
Zhezkazgan and Satpayev have been part of Ulytau Region since June 2022, when it was carved out of Karaganda Region. Its governor said the region would ask the government for money to repair roofs before the end of the heating season.""",
     ann=[
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N, {'note': 'headline; directional phrase "central Kazakhstan"'}),
        ('Zhezkazgan', 0, 'city', 'Zhezkazgan', UR, {'note': 'headline'}),
        ('ASTANA', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Kazakhstan', 1, 'country', 'Kazakhstan', N, {'note': 'directional phrase "central and northern Kazakhstan"'}),
        ('seven regions', 0, 'quantified', '7 regions', N, {'count': 7, 'unit': 'region', 'note': 'road closures, an official measure, not incidents'}),
        ('Zhezkazgan', 1, 'city', 'Zhezkazgan', UR),
        ('Temirtau', 0, 'city', 'Temirtau', KR, {'note': 'NI:reference point of the pile-up ("near")'}),
        ('Zhezkazgan', 2, 'city', 'Zhezkazgan', UR),
        ('Kengir', 0, 'district', 'Kengir (Zhezkazgan)', UR, {'subkind': 'city district'}),
        ('Ulytau Region', 0, 'region', UR, UR, {'note': 'inside the name of an authority'}),
        ('Satpayev', 0, 'city', 'Satpayev', UR),
        ('23 villages', 0, 'quantified', '23 villages', N, {'count': 23, 'unit': 'village', 'note': 'all located in Ulytau district'}),
        ('Ulytau district', 0, 'district', 'Ulytau District', UR),
        ('Karaganda', 0, 'city', 'Karaganda', KR, {'note': 'NI:origin of repair crews'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:route endpoint'}),
        ('Karaganda', 1, 'city', 'Karaganda', KR, {'note': 'NI:route endpoint'}),
        ('Temirtau', 1, 'city', 'Temirtau', KR, {'note': 'NI:reference point of the pile-up ("15 km north of")'}),
        ('Karaganda', 2, 'city', 'Karaganda', KR, {'note': 'NI:hospital town'}),
        ('eight regions', 0, 'quantified', '8 regions', N, {'count': 8, 'unit': 'region', 'note': 'road accidents during the storm, regions not named'}),
        ('Astana', 1, 'city', 'Astana', 'Astana', {'note': 'NI:schools closed, an official measure'}),
        ('Karaganda', 3, 'city', 'Karaganda', KR, {'note': 'NI:schools closed, an official measure'}),
        ('Istanbul', 0, 'foreign', 'Istanbul', N, {'note': 'origin of flights'}),
        ('Dubai', 0, 'foreign', 'Dubai', N, {'note': 'origin of flights'}),
        ('Astana', 2, 'city', 'Astana', 'Astana', {'note': 'NI:flight destination'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:diversion airport'}),
        ('Pavlodar', 0, 'region', PR, PR, {'note': 'NI:list sharing "regions"; forecast'}),
        ('North Kazakhstan', 0, 'region', NKR, NKR, {'note': 'NI:list sharing "regions"; forecast'}),
        ('Petropavl', 0, 'city', 'Petropavl', NKR, {'note': 'NI:forecast'}),
        ('Kokshetau', 0, 'city', 'Kokshetau', AKR, {'note': 'NI:forecast'}),
        ('Kostanay', 0, 'city', 'Kostanay', KOR, {'note': 'NI:route endpoint; forecast'}),
        ('Rudny', 0, 'city', 'Rudny', KOR, {'note': 'NI:route endpoint; forecast'}),
        ('Aktobe Region', 0, 'region', AR, AR, {'note': 'NI:forecast'}),
        ('Zhezkazgan', 3, 'city', 'Zhezkazgan', UR, {'note': 'NI:background on the unit'}),
        ('Satpayev', 1, 'city', 'Satpayev', UR, {'note': 'NI:background on the unit'}),
        ('Ulytau Region', 1, 'region', UR, UR),
        ('Karaganda Region', 0, 'region', KR, KR, {'note': 'NI:former unit of Zhezkazgan and Satpayev'}),
     ],
     inc={UR: (1, 'blizzard damage in Ulytau Region: roofs torn off in Zhezkazgan, a billboard injured a pedestrian in Satpayev, power lines down in 23 villages of Ulytau district (a natural disaster counts once per ADM1)'),
          KR: (1, 'pile-up of 14 vehicles about 15 km north of Temirtau on the Astana-Karaganda highway')},
     unatt=[{'label': 'eight regions', 'count': 8, 'note': '37 road accidents during the storm in eight unnamed regions'}]),
]
