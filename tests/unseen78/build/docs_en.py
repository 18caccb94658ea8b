"""English texts of the seventy-eighth unseen check corpus (holiday season at lakes, resorts
and national parks; annotation tuples described in tests/build_check_corpus.py, run with
--max-words=420)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p001', date='2023-07-24', lang='en',
     event='2023 first hot weekend: drownings at Akshi (Alakol district, Jetisu Region), Kabanbay (Urzhar district, Abai Region), in the Kapchagay reservoir near Konaev (Almaty Region) and in Lake Balkhash near Balkhash town (Karaganda Region); three more drownings in two other, unnamed regions (unattributed); no accidents in Aktau; car limit in Burabay national park',
     text="""Seven drown on first hot weekend of the summer
ALMATY, July 24 (Kazinform) - At least seven people drowned across Kazakhstan over the weekend as temperatures passed 38C and holidaymakers crowded the lakes, the Emergencies Ministry said on Monday.

On Lake Alakol two men drowned on Saturday within hours of each other. A 34-year-old tourist from Taraz went under off the public beach in Akshi, in the Alakol district of Jetisu region, and a man from Semey swam out beyond the buoys at Kabanbay, on the lake's northern shore in Urzhar district of Abai region. "The wind on Alakol turns in minutes and the waves get up to two metres," said Serik Dauletov, who heads the rescue post in Koktuma.

In Almaty region, a 12-year-old boy drowned in the Kapchagay reservoir near Konaev on Sunday afternoon after his inflatable mattress drifted away from the shore. His parents had driven up from Almaty for the day, police said. The reservoir has kept its old name, although the town on its bank was renamed Konaev last year and is now the seat of the region.

Further north, a fisherman's body was found in Lake Balkhash near the town of Balkhash, in Karaganda region, a day after his boat overturned in a squall. A second man from the boat swam to the shore.

The ministry said the other three victims drowned in rivers and ponds in two other regions, which it did not name. Since June 1, 96 people have drowned in the country, 17 of them children.

Elsewhere the weekend passed without serious accidents. On the Caspian coast the beaches of Aktau were packed, and the city akimat reported no incidents. In Burabay national park the administration limited the number of cars entering the resort zone on Saturday after a 15 km queue formed on the road from Shchuchinsk.

Rescuers have been sent from Kokshetau and Taldykorgan to reinforce the posts on Alakol, the ministry said, and lifeguards will patrol the beaches of Konaev until the end of August.""",
     ann=[
        ('ALMATY', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('Lake Alakol', 0, 'facility', 'Lake Alakol', N, {'subkind': 'lake', 'note': 'shared by Jetisu Region (south shore) and Abai Region (north shore)'}),
        ('Taraz', 0, 'city', 'Taraz', JR, {'note': 'NI:origin of the victim'}),
        ('Akshi', 0, 'village', 'Akshi', JTR, {'note': 'resort village on the south shore of Alakol'}),
        ('Alakol district', 0, 'district', 'Alakol District', JTR, {'note': 'Jetisu Region since 2022-06-08'}),
        ('Jetisu region', 0, 'region', JTR, JTR),
        ('Semey', 0, 'city', 'Semey', ABR, {'note': 'NI:origin of the victim'}),
        ('Kabanbay', 0, 'village', 'Kabanbay (Urzhar district)', ABR, {'note': 'resort village on the north shore of Alakol'}),
        ('Urzhar district', 0, 'district', 'Urzhar District', ABR, {'note': 'Abai Region since 2022-06-08'}),
        ('Abai region', 0, 'region', ABR, ABR),
        ('Alakol', 2, 'facility', 'Lake Alakol', N, {'subkind': 'lake', 'note': 'the lake, named without head noun, in a quote'}),
        ('Koktuma', 0, 'village', 'Koktuma', JTR, {'note': "NI:seat of a rescue post (the speaker's workplace)"}),
        ('Almaty region', 0, 'region', ALR, ALR),
        ('Kapchagay reservoir', 0, 'facility', 'Kapchagay reservoir', N, {'subkind': 'reservoir', 'note': 'since 2022-06-08 its shores belong to Almaty Region and to Kerbulak district (Jetisu Region), so adm1 null'}),
        ('Konaev', 0, 'city', 'Konaev', ALR, {'note': 'the former Kapchagay; the drowning took place near the town'}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': "NI:the family's origin"}),
        ('Konaev', 1, 'city', 'Konaev', ALR, {'note': 'NI:background (renaming, seat of the region)'}),
        ('Lake Balkhash', 0, 'facility', 'Lake Balkhash', N, {'subkind': 'lake'}),
        ('Balkhash', 1, 'city', 'Balkhash', KR, {'note': 'the town, after "the town of"'}),
        ('Karaganda region', 0, 'region', KR, KR),
        ('two other regions', 0, 'quantified', '2 other regions', N, {'count': 2, 'unit': 'region', 'note': 'three drownings in two unnamed regions'}),
        ('Caspian', 0, 'facility', 'Caspian Sea', N, {'subkind': 'sea', 'note': 'NI:no incident on the coast'}),
        ('Aktau', 0, 'city', 'Aktau', MR, {'note': 'NI:packed beaches, no incidents'}),
        ('Burabay national park', 0, 'facility', 'Burabay National Park', AKR, {'subkind': 'national park', 'note': 'NI:car limit after a queue, not an incident'}),
        ('Shchuchinsk', 0, 'city', 'Shchuchinsk', AKR, {'note': 'NI:road origin'}),
        ('Kokshetau', 0, 'city', 'Kokshetau', AKR, {'note': 'NI:origin of rescuers'}),
        ('Taldykorgan', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:origin of rescuers'}),
        ('Alakol', 3, 'facility', 'Lake Alakol', N, {'subkind': 'lake', 'note': 'NI:reinforcement of rescue posts'}),
        ('Konaev', 2, 'city', 'Konaev', ALR, {'note': 'NI:lifeguard patrols'}),
     ],
     inc={JTR: (1, 'drowning off the public beach in Akshi, Alakol district'),
          ABR: (1, 'drowning at Kabanbay, Urzhar district'),
          ALR: (1, 'boy drowned in the Kapchagay reservoir near Konaev'),
          KR: (1, 'boat overturned on Lake Balkhash near Balkhash town, a fisherman drowned')},
     unatt=[{'label': 'two other regions', 'count': 2, 'note': 'three drownings in rivers and ponds of two unnamed regions'}]),

dict(id='p002', date='1995-08-03', lang='en',
     event='1995 fatal fire at a children\'s holiday camp on Lake Borovoe (Shchuchinsk district, Kokshetau Region, abolished 1997; Akmola Region land); children from Akmola (the later capital) and Karaganda; background: a fatal camp fire near Ust-Kamenogorsk in June (East Kazakhstan Region)',
     text="""Fire at Borovoe children's camp kills two
ALMATY, Aug 3 (Reuters) - Two children died and eleven were taken to hospital after a wooden dormitory burned down overnight at a children's holiday camp on the shore of Lake Borovoe in northern Kazakhstan, officials said on Thursday.
The camp, run by the railway in Akmola, was housing 140 children from Akmola and Karaganda. Firefighters from Shchuchinsk, 20 km away, arrived after the roof had collapsed, a spokesman for the Kokshetau regional administration said by telephone.
The building had no fire alarm and its wiring dated from the 1960s, he said. A government commission has left Almaty for the resort, a favourite holiday spot since Soviet times that still draws thousands of visitors from Russia every summer.
The village of Borovoe, among pine forests and granite hills, belongs to Shchuchinsk district of Kokshetau region. It is the second fatal fire at a holiday camp in Kazakhstan this summer, after a blaze near Ust-Kamenogorsk in June in which one child died.""",
     ann=[
        ('Borovoe', 0, 'village', 'Burabay', AKR, {'note': 'headline; the resort village Borovoe (Burabay), Kokshetau Region in 1995, Akmola Region land'}),
        ('ALMATY', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Lake Borovoe', 0, 'facility', 'Lake Burabay', N, {'subkind': 'lake', 'note': 'Russian name of Lake Burabay'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N, {'note': 'in "northern Kazakhstan" only the country is annotated'}),
        ('Akmola', 0, 'city', 'Astana', 'Astana', {'note': "NI:seat of the camp's owner; the city Akmola (1992-1998), later the capital"}),
        ('Akmola', 1, 'city', 'Astana', 'Astana', {'note': "NI:children's origin"}),
        ('Karaganda', 0, 'city', 'Karaganda', KR, {'note': "NI:children's origin"}),
        ('Shchuchinsk', 0, 'city', 'Shchuchinsk', AKR, {'note': 'NI:origin of firefighters'}),
        ('Kokshetau', 0, 'region', AKR, AKR, {'uncertain': True, 'note': 'inside the name of an authority; Kokshetau Region (abolished 1997), labelled with the unit that holds Borovoe and Shchuchinsk'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of the commission (the capital in 1995)'}),
        ('Russia', 0, 'foreign', 'Russia', N, {'note': "NI:visitors' origin"}),
        ('Borovoe', 2, 'village', 'Burabay', AKR, {'note': 'after "the village of"'}),
        ('Shchuchinsk district', 0, 'district', 'Burabay District', AKR, {'note': 'the former name of Burabay District'}),
        ('Kokshetau region', 0, 'region', AKR, AKR, {'uncertain': True, 'note': 'Kokshetau Region (abolished 1997), labelled with the unit that holds the district'}),
        ('Kazakhstan', 1, 'country', 'Kazakhstan', N),
        ('Ust-Kamenogorsk', 0, 'city', 'Oskemen', EKR, {'note': 'background fire near the city'}),
     ],
     inc={AKR: (1, 'fire at a children\'s camp dormitory on Lake Borovoe, two children dead'),
          EKR: (1, 'background: fatal fire at a holiday camp near Ust-Kamenogorsk in June, narrated explicitly')}),

dict(id='p003', date='2017-01-15', lang='en',
     event='2017 avalanche above the Shymbulak ski resort (Medeu district of Almaty) kills a snowboarder and injures two skiers; visitors from Novosibirsk and Karaganda; road past the Medeu rink closed; avalanche warning for the Almaty and East Kazakhstan regions',
     text="""Avalanche above Shymbulak kills snowboarder
ALMATY, Jan 15 (Interfax-Kazakhstan) - A snowboarder was killed and two skiers were injured on Sunday when an avalanche came down an off-piste slope above the Shymbulak ski resort, which lies within the city's Medeu district, the Emergencies Ministry said.
The three, visitors from Novosibirsk in Russia and from Karaganda, had ducked under a rope near the Talgar pass despite an avalanche warning at the lower cable-car station, said the resort's director, Marat Zhunusov. Rescuers dug the snowboarder out after 40 minutes, but he could not be revived.
The road up to Shymbulak, which winds past the Medeu skating rink, was closed for three hours while ambulances went up and down. The two injured skiers were taken to the city's trauma hospital on Tole Bi Street.
Kazhydromet has warned of avalanche danger in the Zailiysky Alatau and in the mountains of the Almaty and East Kazakhstan regions until Wednesday.""",
     ann=[
        ('Shymbulak', 0, 'facility', 'Shymbulak ski resort (Almaty)', 'Almaty', {'subkind': 'ski resort', 'note': 'headline'}),
        ('ALMATY', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Shymbulak ski resort', 0, 'facility', 'Shymbulak ski resort (Almaty)', 'Almaty', {'subkind': 'ski resort', 'note': "the text places it in the city's Medeu district"}),
        ('Medeu district', 0, 'district', 'Medeu District (Almaty)', 'Almaty', {'subkind': 'city district'}),
        ('Novosibirsk', 0, 'foreign', 'Novosibirsk', N, {'note': "NI:visitors' origin"}),
        ('Russia', 0, 'foreign', 'Russia', N, {'note': "NI:visitors' origin"}),
        ('Karaganda', 0, 'city', 'Karaganda', KR, {'note': "NI:visitors' origin"}),
        ('Talgar pass', 0, 'facility', 'Talgar pass', N, {'subkind': 'mountain pass', 'note': 'natural feature above Shymbulak; not the town of Talgar'}),
        ('Shymbulak', 2, 'facility', 'Shymbulak ski resort (Almaty)', 'Almaty', {'subkind': 'ski resort', 'note': 'NI:destination of a road closed for ambulances'}),
        ('Medeu skating rink', 0, 'facility', 'Medeu skating rink (Almaty)', 'Almaty', {'subkind': 'skating rink', 'note': 'NI:on the road'}),
        ('Tole Bi Street', 0, 'facility', 'Tole Bi Street (Almaty)', 'Almaty', {'subkind': 'street', 'note': 'NI:hospital address; street named after a person'}),
        ('Zailiysky Alatau', 0, 'facility', 'Ile Alatau', N, {'subkind': 'mountain range', 'note': 'NI:avalanche warning; Russian-style name of the Ile Alatau'}),
        ('Almaty', 0, 'region', ALR, ALR, {'note': 'NI:warning; in a list sharing "regions"'}),
        ('East Kazakhstan', 0, 'region', EKR, EKR, {'note': 'NI:warning; in a list sharing "regions"'}),
     ],
     inc={'Almaty': (1, 'avalanche on an off-piste slope above Shymbulak (Medeu district): one snowboarder dead, two skiers hurt')}),

dict(id='p004', date='2012-07-10', lang='en',
     event='2012 Caspian holiday season: motorboat capsized off the Kenderli resort zone (Karakiya district) and a boy drowned off the beach of Aktau\'s 3rd microdistrict (Mangystau Region); guests from Atyrau, Aktobe, Uralsk and Russia; Air Astana flights; beach on the Ural closed in Atyrau (not counted)',
     text="""Two die on Caspian coast as holiday season peaks
AKTAU, July 10 (Tengrinews) - Two people died in separate accidents on the Mangystau coast over the weekend as the Caspian holiday season reached its peak, the regional emergencies department said on Tuesday.

On Saturday a motorboat carrying six holidaymakers capsized about 300 metres off the Kenderli resort zone in Karakiya district, some 200 km south-east of Aktau. Fishermen from Kuryk pulled five of them out of the water; the body of the sixth, a 27-year-old woman from Zhanaozen, was found on Sunday morning. There were no life jackets on board, police said.

On Sunday evening a 16-year-old boy drowned off the city beach in Aktau's 3rd microdistrict, where no lifeguards were on duty. Friends said he had tried to swim to a buoy about 150 metres from the shore.

The deaths come as the coast receives more visitors than ever. Hotels in Aktau report 95 per cent occupancy, with guests from Atyrau, Aktobe and Uralsk and from Russia's Astrakhan and Orenburg regions. Air Astana has added extra flights from Almaty and Astana, and a return ticket now costs about 60,000 tenge. A room in a guest house at Kenderli costs 15,000 tenge a night, twice last year's price.

"People come from all over western Kazakhstan and from the north, and the beaches are not ready for them," said Aigul Sarsenova, who runs a guest house in Aktau. "Of the 40 beaches along the coast only eight have lifeguards."

In Atyrau, meanwhile, the city akimat closed the beach on the Ural River after tests found bacteria in the water, and residents were told to swim in pools or go to the sea.

The regional akimat promised to open three new lifeguard posts in Aktau and in Fort-Shevchenko before the end of the month.""",
     ann=[
        ('Caspian', 0, 'facility', 'Caspian Sea', N, {'subkind': 'sea', 'note': 'headline; "Caspian coast"'}),
        ('AKTAU', 0, 'city', 'Aktau', MR, {'note': 'dateline'}),
        ('Mangystau', 0, 'region', MR, MR, {'note': '"the Mangystau coast"'}),
        ('Caspian', 1, 'facility', 'Caspian Sea', N, {'subkind': 'sea', 'note': '"the Caspian holiday season"'}),
        ('Kenderli resort zone', 0, 'facility', 'Kenderli resort zone', MR, {'subkind': 'resort', 'note': 'in Karakiya district'}),
        ('Karakiya district', 0, 'district', 'Karakiya District', MR),
        ('Aktau', 0, 'city', 'Aktau', MR, {'note': 'NI:reference point'}),
        ('Kuryk', 0, 'village', 'Kuryk', MR, {'note': "NI:rescuers' origin"}),
        ('Zhanaozen', 0, 'city', 'Zhanaozen', MR, {'note': "NI:victim's origin"}),
        ('Aktau', 1, 'city', 'Aktau', MR, {'note': 'possessive'}),
        ('3rd microdistrict', 0, 'district', '3rd microdistrict (Aktau)', MR, {'subkind': 'microdistrict'}),
        ('Aktau', 2, 'city', 'Aktau', MR, {'note': 'NI:hotel occupancy'}),
        ('Atyrau', 0, 'city', 'Atyrau', ATR, {'note': "NI:guests' origin"}),
        ('Aktobe', 0, 'city', 'Aktobe', AR, {'note': "NI:guests' origin"}),
        ('Uralsk', 0, 'city', 'Oral', WKR, {'note': "NI:guests' origin; Russian name of Oral"}),
        ('Russia', 0, 'foreign', 'Russia', N, {'note': "NI:guests' origin"}),
        ('Astrakhan', 0, 'foreign', 'Astrakhan Oblast', N, {'note': 'NI:in a list sharing "regions"'}),
        ('Orenburg', 0, 'foreign', 'Orenburg Oblast', N, {'note': 'NI:in a list sharing "regions"'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:flight origin'}),
        ('Astana', 1, 'city', 'Astana', 'Astana', {'note': 'NI:flight origin; the word in "Air Astana" (an airline) is not annotated'}),
        ('Kenderli', 1, 'facility', 'Kenderli resort zone', MR, {'subkind': 'resort', 'note': 'NI:prices'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N, {'note': 'in "western Kazakhstan" only the country is annotated'}),
        ('Aktau', 3, 'city', 'Aktau', MR, {'note': "NI:speaker's workplace"}),
        ('Atyrau', 1, 'city', 'Atyrau', ATR, {'note': 'NI:beach closed as a precaution, not an incident'}),
        ('Ural River', 0, 'facility', 'Ural River', N, {'subkind': 'river', 'note': 'NI:beach closed'}),
        ('Aktau', 4, 'city', 'Aktau', MR, {'note': 'NI:planned lifeguard posts'}),
        ('Fort-Shevchenko', 0, 'city', 'Fort-Shevchenko', MR, {'note': 'NI:planned lifeguard posts'}),
     ],
     inc={MR: (2, 'motorboat capsized off Kenderli (Karakiya district), one woman drowned; boy drowned off the beach of the 3rd microdistrict of Aktau')}),

dict(id='p005', date='2008-07-21', lang='en',
     event='2008 minibus carrying holidaymakers from Astana to Burabay overturned near Akkol (Akmola Region), 14 hurt; weekend traffic on the Astana-Shchuchinsk highway, queues at Burabay national park near Borovoe, resort prices',
     text="""Minibus crash on road to Borovoe injures 14 as resort traffic swells
ASTANA, July 21 (KazTAG) - Fourteen holidaymakers were injured when a minibus taking them from Astana to the Burabay resort overturned near the town of Akkol on Sunday morning, Akmola region police said. The driver told police he had swerved to avoid a cow on the road.
The Astana-Shchuchinsk highway is the busiest road in the region on summer weekends: police counted more than 9,000 cars heading north on Saturday alone. Queues of up to two hours formed at the entrance to the Burabay national park near the village of Borovoe, where visitors pay 300 tenge per car.
Prices have risen sharply this year. A room at a sanatorium on Lake Shchuchye now costs up to 25,000 tenge a night, and a day on the beach of Lake Borovoe can cost a family of four 10,000 tenge, visitors complained.
"Everybody from the capital and from Karaganda wants to be here in July," said Nurlan Beisenov, who rents out rooms in Shchuchinsk.""",
     ann=[
        ('Borovoe', 0, 'village', 'Burabay', AKR, {'note': 'NI:headline; destination of the minibus'}),
        ('ASTANA', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of the trip'}),
        ('Burabay', 0, 'village', 'Burabay', AKR, {'note': 'NI:destination; "the Burabay resort", the resort village'}),
        ('Akkol', 0, 'city', 'Akkol', AKR, {'note': 'after "the town of"'}),
        ('Akmola region', 0, 'region', AKR, AKR, {'note': 'inside the name of an authority (police)'}),
        ('Astana', 1, 'city', 'Astana', 'Astana', {'note': 'NI:road endpoint'}),
        ('Shchuchinsk', 0, 'city', 'Shchuchinsk', AKR, {'note': 'NI:road endpoint'}),
        ('Burabay national park', 0, 'facility', 'Burabay National Park', AKR, {'subkind': 'national park', 'note': 'NI:queues at the entrance'}),
        ('Borovoe', 1, 'village', 'Burabay', AKR, {'note': 'NI:reference point; Russian name of Burabay'}),
        ('Lake Shchuchye', 0, 'facility', 'Lake Shchuchye', N, {'subkind': 'lake', 'note': 'NI:prices'}),
        ('Lake Borovoe', 0, 'facility', 'Lake Burabay', N, {'subkind': 'lake', 'note': 'NI:prices'}),
        ('Karaganda', 0, 'city', 'Karaganda', KR, {'note': "NI:visitors' origin"}),
        ('Shchuchinsk', 1, 'city', 'Shchuchinsk', AKR, {'note': "NI:speaker's residence"}),
     ],
     inc={AKR: (1, 'minibus overturned near Akkol, 14 holidaymakers hurt')}),

dict(id='p006', date='2004-09-06', lang='en',
     event='2004 fatal fall from the rim of the Charyn canyon (Uygur district, Almaty Region); four hikers from Karaganda lost near the Kolsai lakes (Raiymbek district) found unhurt (not counted); rescue team to Chundzha; Charyn national park created in February',
     text="""Tourist killed in fall at Charyn canyon; lost hikers found near Kolsai
ALMATY, Sept 6 (Khabar) - A 23-year-old woman from Almaty died on Sunday after falling some 40 metres from the rim of the Charyn canyon, in Uygur district of Almaty region, police said. Her companions told police she had climbed onto a ledge above the Valley of Castles to take photographs.
On the same day rescuers found four hikers from Karaganda who had been missing for two days near the Kolsai lakes in Raiymbek district. All four were cold and hungry but unhurt, and walked down to the village of Saty with the rescue team.
"Every autumn people go up to Kolsai in trainers and light jackets, and every autumn we go looking for them," said Yerlan Tokhtarov of the Almaty region emergencies department. He said the department would station a rescue team in Chundzha, the district centre nearest to the canyon, at weekends until the end of October.
The canyon of the Charyn river was declared a national park in February.""",
     ann=[
        ('Charyn canyon', 0, 'facility', 'Charyn canyon', N, {'subkind': 'canyon', 'note': 'headline; natural feature in Almaty Region'}),
        ('Kolsai', 0, 'facility', 'Kolsai lakes', N, {'subkind': 'lake', 'note': 'headline; NI:hikers found unhurt, not an incident'}),
        ('ALMATY', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': "NI:victim's origin"}),
        ('Charyn canyon', 1, 'facility', 'Charyn canyon', N, {'subkind': 'canyon', 'note': 'natural feature in Almaty Region'}),
        ('Uygur district', 0, 'district', 'Uygur District', ALR),
        ('Almaty region', 0, 'region', ALR, ALR),
        ('Valley of Castles', 0, 'facility', 'Valley of Castles', N, {'subkind': 'valley', 'note': 'part of the Charyn canyon'}),
        ('Karaganda', 0, 'city', 'Karaganda', KR, {'note': "NI:hikers' origin"}),
        ('Kolsai lakes', 0, 'facility', 'Kolsai lakes', N, {'subkind': 'lake', 'note': 'NI:hikers found unhurt'}),
        ('Raiymbek district', 0, 'district', 'Raiymbek District', ALR, {'note': 'NI:hikers found unhurt'}),
        ('Saty', 0, 'village', 'Saty', ALR, {'note': 'NI:hikers walked down to the village'}),
        ('Kolsai', 2, 'facility', 'Kolsai lakes', N, {'subkind': 'lake', 'note': 'NI:in a quote, general remark'}),
        ('Almaty region', 1, 'region', ALR, ALR, {'note': 'inside the name of an authority'}),
        ('Chundzha', 0, 'village', 'Chundzha', ALR, {'note': 'NI:planned rescue post; centre of Uygur district'}),
        ('Charyn river', 0, 'facility', 'Charyn River', N, {'subkind': 'river', 'note': 'NI:background (national park)'}),
     ],
     inc={ALR: (1, 'fatal fall from the rim of the Charyn canyon, Uygur district; the lost hikers near Kolsai were found unhurt and are not counted')}),

dict(id='p007', date='2021-08-15', lang='en',
     event='2021 Bayanaul national park (Pavlodar Region): drowning in Lake Zhasybay, cottage fire on Lake Toraigyr, fatal car-lorry collision on the Ekibastuz-Bayanaul road; visitors from Nur-Sultan, Karaganda, Omsk; demand shifted from Lake Alakol (Almaty and East Kazakhstan regions before 2022); prices',
     text="""Bayanaul: record crowds, rising prices and a week of accidents
PAVLODAR, Aug 15 (Kazinform) - The lakes of the Bayanaul national park have never been so crowded. More than 130,000 people have visited the park in Pavlodar region since June, nearly twice as many as in 2019, and the week that ended on Sunday brought three accidents, the regional emergencies department said.

On Tuesday a 19-year-old student from Ekibastuz drowned in Lake Zhasybay after diving from the rocks at the northern end of the lake. His friends pulled him out but could not revive him.

On Thursday night a fire destroyed four wooden cottages at a holiday camp on the shore of Lake Toraigyr. The 30 guests, most of them families from Karaganda, got out in time; a fire crew from the village of Bayanaul put out the blaze after two hours. A faulty electric kettle is suspected.

On Friday a car carrying a family of four from Nur-Sultan collided with a lorry on the Ekibastuz-Bayanaul road about 60 km south of Ekibastuz. The driver and his wife were killed and their two children were taken to hospital in Ekibastuz.

Tour operators say demand has shifted to Bayanaul because many families who used to spend their holidays on Lake Alakol, on the border of the Almaty and East Kazakhstan regions, were put off by last summer's lockdown there and by the long train journey. Cottages on Lake Sabyndykol now cost up to 45,000 tenge a night, against 25,000 two years ago.

"We are fully booked until the end of August; people come from Nur-Sultan, Karaganda and even Omsk," said Gulnara Iskakova, who runs a guest house in Bayanaul. Visitors from Russia, she said, returned this year after the border reopened.

The district akimat has asked the regional government for money to hire lifeguards for the five main beaches, and police have set up a checkpoint on the road from Ekibastuz to stop drunk drivers.""",
     ann=[
        ('Bayanaul', 0, 'village', 'Bayanaul', PR, {'note': 'headline; the resort area named after the village'}),
        ('PAVLODAR', 0, 'city', 'Pavlodar', PR, {'note': 'dateline'}),
        ('Bayanaul national park', 0, 'facility', 'Bayanaul National Park', PR, {'subkind': 'national park'}),
        ('Pavlodar region', 0, 'region', PR, PR),
        ('Ekibastuz', 0, 'city', 'Ekibastuz', PR, {'note': "NI:victim's origin"}),
        ('Lake Zhasybay', 0, 'facility', 'Lake Zhasybay', N, {'subkind': 'lake'}),
        ('Lake Toraigyr', 0, 'facility', 'Lake Toraigyr', N, {'subkind': 'lake', 'note': 'named after a poet'}),
        ('Karaganda', 0, 'city', 'Karaganda', KR, {'note': "NI:guests' origin"}),
        ('Bayanaul', 2, 'village', 'Bayanaul', PR, {'note': 'NI:origin of the fire crew'}),
        ('Nur-Sultan', 0, 'city', 'Astana', 'Astana', {'note': "NI:family's origin; the capital named Nur-Sultan 2019-2022"}),
        ('Ekibastuz', 1, 'city', 'Ekibastuz', PR, {'note': 'NI:road endpoint'}),
        ('Bayanaul', 3, 'village', 'Bayanaul', PR, {'note': 'NI:road endpoint'}),
        ('Ekibastuz', 2, 'city', 'Ekibastuz', PR, {'note': 'NI:reference point'}),
        ('Ekibastuz', 3, 'city', 'Ekibastuz', PR, {'note': 'NI:hospital'}),
        ('Bayanaul', 4, 'village', 'Bayanaul', PR, {'note': 'NI:destination of tourist demand'}),
        ('Lake Alakol', 0, 'facility', 'Lake Alakol', N, {'subkind': 'lake', 'note': 'NI:former holiday destination; lockdown is not an incident'}),
        ('Almaty', 0, 'region', ALR, ALR, {'note': 'NI:in a list sharing "regions"; the south shore of Alakol before 2022-06-08'}),
        ('East Kazakhstan', 0, 'region', EKR, EKR, {'note': 'NI:in a list sharing "regions"; the north shore of Alakol before 2022-06-08'}),
        ('Lake Sabyndykol', 0, 'facility', 'Lake Sabyndykol', N, {'subkind': 'lake', 'note': 'NI:prices'}),
        ('Nur-Sultan', 1, 'city', 'Astana', 'Astana', {'note': "NI:visitors' origin"}),
        ('Karaganda', 1, 'city', 'Karaganda', KR, {'note': "NI:visitors' origin"}),
        ('Omsk', 0, 'foreign', 'Omsk', N, {'note': "NI:visitors' origin"}),
        ('Bayanaul', 5, 'village', 'Bayanaul', PR, {'note': "NI:speaker's workplace"}),
        ('Russia', 0, 'foreign', 'Russia', N, {'note': "NI:visitors' origin"}),
        ('Ekibastuz', 4, 'city', 'Ekibastuz', PR, {'note': 'NI:road origin of a police checkpoint'}),
     ],
     inc={PR: (3, 'drowning in Lake Zhasybay; fire destroying four cottages on Lake Toraigyr; fatal car-lorry collision on the Ekibastuz-Bayanaul road (all in the Bayanaul area)')}),

dict(id='p008', date='2025-01-05', lang='en',
     event='2025 New Year holidays: traffic jam on the road to Medeu (not counted), a snowboarder collides with skiers at Shymbulak (Almaty), a snowmobile overturns at the Ak Bulak resort in Talgar district (Almaty Region); visitors from Astana, China, Shymkent, Aktobe and Uzbekistan',
     text="""Holiday crowds jam Medeu road; four hurt on the slopes
ALMATY, Jan 5 (Vlast.kz) - Thousands of people heading for the mountains on the last weekend of the New Year holidays jammed the road from Almaty to Medeu on Saturday, with cars standing for up to three hours below the skating rink, city police said.
At the Shymbulak ski resort a snowboarder from Astana broke his leg and a 10-year-old girl was hurt when he crashed into a group of skiers at the bottom of the upper slope, the resort said. Both were taken to hospital in Almaty.
At the Ak Bulak resort in Talgar district of Almaty region, a snowmobile carrying two tourists from China overturned on a forest track. Both were slightly injured.
A day pass at Shymbulak now costs 32,000 tenge, and the queue for the gondola from Medeu started at 7 a.m. on both days. Hotels in the city reported guests from Shymkent, Aktobe and Uzbekistan, many of whom had come for the skiing.""",
     ann=[
        ('Medeu', 0, 'facility', 'Medeu skating rink (Almaty)', 'Almaty', {'subkind': 'skating rink', 'note': 'NI:headline; traffic jam, not an incident; the rink and its area named without head noun'}),
        ('ALMATY', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:road endpoint'}),
        ('Medeu', 1, 'facility', 'Medeu skating rink (Almaty)', 'Almaty', {'subkind': 'skating rink', 'note': 'NI:road endpoint'}),
        ('Shymbulak ski resort', 0, 'facility', 'Shymbulak ski resort (Almaty)', 'Almaty', {'subkind': 'ski resort', 'note': 'in the Medeu district of Almaty'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': "NI:snowboarder's origin"}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:hospital'}),
        ('Ak Bulak resort', 0, 'facility', 'Ak Bulak ski resort', ALR, {'subkind': 'ski resort'}),
        ('Talgar district', 0, 'district', 'Talgar District', ALR),
        ('Almaty region', 0, 'region', ALR, ALR),
        ('China', 0, 'foreign', 'China', N, {'note': "NI:tourists' origin"}),
        ('Shymbulak', 1, 'facility', 'Shymbulak ski resort (Almaty)', 'Almaty', {'subkind': 'ski resort', 'note': 'NI:prices'}),
        ('Medeu', 2, 'facility', 'Medeu skating rink (Almaty)', 'Almaty', {'subkind': 'skating rink', 'note': 'NI:lower gondola station'}),
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent', {'note': "NI:guests' origin"}),
        ('Aktobe', 0, 'city', 'Aktobe', AR, {'note': "NI:guests' origin"}),
        ('Uzbekistan', 0, 'foreign', 'Uzbekistan', N, {'note': "NI:guests' origin"}),
     ],
     inc={'Almaty': (1, 'snowboarder crashed into skiers at Shymbulak, two hurt (the traffic jam is not counted)'),
          ALR: (1, 'snowmobile overturned at the Ak Bulak resort, Talgar district, two hurt')}),
]
