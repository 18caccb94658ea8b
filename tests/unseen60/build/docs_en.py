"""English texts of the sixtieth unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p001', date='2024-03-12', lang='en',
     event='2024 avalanche above the Shymbulak ski resort kills a Russian snowboarder (Almaty, Medeu district) and a wet-snow slide buries two cars outside Ridder (East Kazakhstan Region); road to Big Almaty Lake closed as a precaution; warning for four regions; a fatal avalanche near Karakol in Kyrgyzstan',
     text="""Avalanche kills freerider above Shymbulak; snow slide buries cars near Ridder
ALMATY, March 12 (Kazinform) - A snowboarder was killed and his companion injured on Monday when an avalanche came down an off-piste slope above the Shymbulak ski resort, the emergencies department of Almaty said.

The two men, tourists from Novosibirsk in Russia, ducked under the safety rope below the Talgar pass at about 1 p.m., although a level-4 avalanche warning was posted at the lower station of the Medeu-Shymbulak cable car. Rescuers dug one of them out alive after 40 minutes; the other was found dead under two metres of snow. "They passed three signs and a closed gate," said Nurlan Seitkali, deputy head of the city's mountain rescue service.

The resort, which lies in the Medeu district of Almaty, has closed its upper lifts for the rest of the week. The road to Big Almaty Lake, inside the Ile-Alatau National Park, was closed on Sunday night as a precaution.

In East Kazakhstan region, a slide of wet snow came down on Monday morning onto the mountain road that leads from Ridder to the town's ski base, burying two cars about 12 km outside the town. Both drivers were pulled out unhurt, the regional emergencies department said, but the road will stay closed until Thursday.

Kazhydromet has kept its avalanche warning in force for the mountain areas of four regions - Almaty, Jetisu, Abai and East Kazakhstan - and for the city of Almaty itself. Rescuers have pulled 14 people out of avalanches in the mountains around Almaty since the season opened in December, most of them uninjured.

Across the border in Kyrgyzstan, two skiers died in an avalanche near Karakol on Saturday, the Kyrgyz emergencies ministry said.""",
     ann=[
        ('Shymbulak', 0, 'facility', 'Shymbulak ski resort (Almaty)', 'Almaty', {'subkind': 'ski resort', 'note': 'headline; in Medeu district of Almaty'}),
        ('Ridder', 0, 'city', 'Ridder', EKR, {'note': 'headline; reference point of the slide ("near Ridder")'}),
        ('ALMATY', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Shymbulak ski resort', 0, 'facility', 'Shymbulak ski resort (Almaty)', 'Almaty', {'subkind': 'ski resort'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'inside the name of an authority (emergencies department)'}),
        ('Novosibirsk', 0, 'foreign', 'Novosibirsk', N, {'note': 'NI:origin of the tourists'}),
        ('Russia', 0, 'foreign', 'Russia', N, {'note': 'NI:origin of the tourists'}),
        ('Talgar pass', 0, 'facility', 'Talgar Pass', N, {'subkind': 'mountain pass', 'note': 'natural feature above Shymbulak; not Talgar town'}),
        ('Medeu', 0, 'facility', 'Medeu skating rink (Almaty)', 'Almaty', {'subkind': 'skating rink', 'note': 'NI:endpoint of the cable car'}),
        ('Shymbulak', 2, 'facility', 'Shymbulak ski resort (Almaty)', 'Almaty', {'subkind': 'ski resort', 'note': 'NI:endpoint of the cable car (inside its name)'}),
        ('Medeu district', 0, 'district', 'Medeu District (Almaty)', 'Almaty', {'subkind': 'city district'}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty'),
        ('Big Almaty Lake', 0, 'facility', 'Big Almaty Lake', N, {'subkind': 'lake', 'note': 'NI:road closed as a precaution; the name holds "Almaty" but is one span'}),
        ('Ile-Alatau National Park', 0, 'facility', 'Ile-Alatau National Park', N, {'subkind': 'national park', 'note': 'NI:spans Almaty city and Almaty Region, hence adm1 null'}),
        ('East Kazakhstan region', 0, 'region', EKR, EKR),
        ('Ridder', 1, 'city', 'Ridder', EKR, {'note': 'start of the mountain road; the slide came down 12 km outside the town'}),
        ('four regions', 0, 'quantified', '4 regions', N, {'count': 4, 'unit': 'region', 'note': 'avalanche warning; all four named'}),
        ('Almaty', 3, 'region', ALR, ALR, {'note': 'NI:warning; in a list sharing "regions"'}),
        ('Jetisu', 0, 'region', JTR, JTR, {'note': 'NI:warning; in a list sharing "regions"'}),
        ('Abai', 0, 'region', ABR, ABR, {'note': 'NI:warning; in a list sharing "regions"'}),
        ('East Kazakhstan', 1, 'region', EKR, EKR, {'note': 'NI:warning; in a list sharing "regions"'}),
        ('Almaty', 4, 'city', 'Almaty', 'Almaty', {'note': 'NI:warning'}),
        ('Almaty', 5, 'city', 'Almaty', 'Almaty', {'note': 'NI:reference point of a season statistic'}),
        ('Kyrgyzstan', 0, 'foreign', 'Kyrgyzstan', N, {'note': 'NI:incident abroad'}),
        ('Karakol', 0, 'foreign', 'Karakol', N, {'note': 'NI:incident abroad (Kyrgyzstan)'}),
     ],
     inc={'Almaty': (1, 'avalanche above the Shymbulak resort, one snowboarder dead and one injured'),
          EKR: (1, 'wet-snow slide buried two cars on the mountain road outside Ridder; drivers unhurt')}),

dict(id='p002', date='1995-01-27', lang='en',
     event='1995 fire in the compressor room of the Medeo rink above Almaty; speed skaters moved to Harbin (China); skater from the Taldy-Kurgan region (abolished 1997) recalled from Lillehammer 1994',
     text="""Fire halts ice-making at Medeo, skaters head to China
ALMATY, Jan 27 (Interfax-Kazakhstan) - A fire broke out in the compressor room of the Medeo high-mountain skating rink above Almaty on Thursday night, damaging the refrigeration plant that keeps the ice frozen, the city fire department said. A night watchman was treated for smoke inhalation.

The fire was put out in about two hours. Engineers say the rink, built in 1972 in the gorge of the Malaya Almatinka river, will be out of use for at least a month. The national speed skating team, which had been training at Medeo for the Asian championship, will fly to Harbin in China next week.

"We lose the best ice in the world for a month," said coach Bolat Zhunusov. His leading skater, a 22-year-old from the Taldy-Kurgan region, finished ninth in the 5,000 metres at last year's Olympic Games in Lillehammer, Norway.

The fire department said faulty wiring was the likely cause.""",
     ann=[
        ('Medeo', 0, 'facility', 'Medeu skating rink (Almaty)', 'Almaty', {'subkind': 'skating rink', 'note': 'headline; Russian spelling of Medeu'}),
        ('China', 0, 'foreign', 'China', N, {'note': 'NI:destination of the team'}),
        ('ALMATY', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Medeo high-mountain skating rink', 0, 'facility', 'Medeu skating rink (Almaty)', 'Almaty', {'subkind': 'skating rink'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'reference point ("above Almaty"); the rink is under the city'}),
        ('Malaya Almatinka', 0, 'facility', 'Malaya Almatinka River', N, {'subkind': 'river'}),
        ('Medeo', 2, 'facility', 'Medeu skating rink (Almaty)', 'Almaty', {'subkind': 'skating rink', 'note': 'NI:training venue'}),
        ('Harbin', 0, 'foreign', 'Harbin', N, {'note': 'NI:destination of the team'}),
        ('China', 1, 'foreign', 'China', N, {'note': 'NI:destination of the team'}),
        ('Taldy-Kurgan region', 0, 'region', ALR, ALR, {'uncertain': True, 'note': 'NI:origin of a skater; Taldy-Kurgan Region abolished in 1997, labelled with the unit that holds its land'}),
        ('Lillehammer', 0, 'foreign', 'Lillehammer', N, {'note': 'NI:1994 Olympic venue'}),
        ('Norway', 0, 'foreign', 'Norway', N, {'note': 'NI:1994 Olympic venue'}),
     ],
     inc={'Almaty': (1, 'fire in the compressor room of the Medeo rink, one watchman hurt by smoke')}),

dict(id='p003', date='2017-07-16', lang='en',
     event='2017 fan brawl after the Ordabasy-Kairat match at the Kazhymukan Munaitpasov Stadium in Shymkent (South Kazakhstan Region before the 2018 split), eleven detained; visiting fans came by train from Almaty; clubs named after places not annotated',
     text="""Eleven detained after fans clash at Shymkent stadium
SHYMKENT, July 16 (KazTAG) - Police detained eleven people after supporters of Ordabasy and Kairat Almaty fought outside the Kazhymukan Munaitpasov Stadium on Saturday night, the South Kazakhstan region police department said.

The fight started after the final whistle of the 2-2 draw, when a group of home fans broke through a cordon near the away sector. Bottles and flares were thrown; two policemen and four fans were treated for cuts. About 600 Kairat supporters had travelled from Almaty by an overnight train and were escorted back to the railway station under guard.

The league's disciplinary committee will look into the incident on Tuesday. Ordabasy could be ordered to play its next two home matches in Shymkent behind closed doors. Last season Kairat fans were fined for flares at a match against Aktobe, and a game between Tobol and Irtysh was stopped for ten minutes because of a fight in the stands.""",
     ann=[
        ('Shymkent', 0, 'city', 'Shymkent', SKR, {'note': 'headline; South Kazakhstan Region before 2018-06-19'}),
        ('SHYMKENT', 0, 'city', 'Shymkent', SKR, {'note': 'dateline'}),
        ('Kazhymukan Munaitpasov Stadium', 0, 'facility', 'Kazhymukan Munaitpasov Stadium (Shymkent)', SKR, {'subkind': 'stadium'}),
        ('South Kazakhstan region', 0, 'region', SKR, SKR, {'note': 'inside the name of an authority (police department)'}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of the visiting fans; occurrence 0 is inside the club name "Kairat Almaty"'}),
        ('Shymkent', 1, 'city', 'Shymkent', SKR, {'note': 'NI:possible closed-door matches'}),
     ],
     inc={SKR: (1, 'fan brawl outside the Kazhymukan Munaitpasov Stadium in Shymkent, six hurt, eleven detained (one incident)')}),

dict(id='p004', date='2021-07-19', lang='en',
     event='2021 weekend drownings: eleven dead in eight regions; named cases at Akshi on Lake Alakol (Alakol district, Almaty Region before the 2022 split), Lake Borovoe at Burabay (Akmola Region), the Kapchagay reservoir (Almaty Region), the Irtysh in Pavlodar, the Ural in Atyrau and the Tobol near Kostanay; two unnamed regions (unattributed); Nur-Sultan tourists',
     text="""Eleven drown in a weekend as heat sends crowds to lakes and rivers
NUR-SULTAN, July 19 (Tengrinews English) - Eleven people drowned in eight regions of Kazakhstan over the weekend, the Emergencies Ministry said on Monday, as temperatures above 38C sent thousands to lakes and rivers, many of them to unguarded beaches.

On Lake Alakol, a 34-year-old tourist from Karaganda drowned on Saturday off a private beach in the resort village of Akshi, in Alakol district of Almaty region. Friends said he swam out after a volleyball game and was caught by strong waves. Lifeguards at the neighbouring resort of Koktuma pulled out two teenagers from the same group alive.

In Akmola region, a 19-year-old student from Nur-Sultan drowned in Lake Borovoe near the village of Burabay on Sunday afternoon. The lake is in the Burabay National Park, where swimming is allowed only at six marked beaches.

Two men drowned on the Kapchagay reservoir, one off a beach in the town of Kapchagay and one after a jet-ski overturned near the dam.

A boy of 12 drowned in the Irtysh in Pavlodar, and a fisherman's body was found in the Ural in Atyrau on Sunday morning. Near Kostanay, a 47-year-old man drowned in the Tobol after diving from a bridge, the Kostanay region emergencies department said.

The ministry gave no details of the other deaths, in two regions it did not name. It has recorded 214 drownings since the start of the year, 30 more than in the same period of 2020.

"Most victims were swimming where it is forbidden, and many had been drinking," said ministry spokesman Ruslan Imankulov. He urged parents not to let children swim without an adult. Patrols have been sent to beaches in Nur-Sultan, where swimming in the Yesil is banned within the city limits.""",
     ann=[
        ('NUR-SULTAN', 0, 'city', 'Astana', 'Astana', {'note': 'dateline; the capital named Nur-Sultan 2019-2022'}),
        ('eight regions', 0, 'quantified', '8 regions', N, {'count': 8, 'unit': 'region', 'note': 'drownings; six named, two not (unattributed)'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('Lake Alakol', 0, 'facility', 'Lake Alakol', N, {'subkind': 'lake', 'note': 'on the border of Almaty Region (Jetisu Region after 2022) and East Kazakhstan Region'}),
        ('Karaganda', 0, 'city', 'Karaganda', KR, {'note': 'NI:origin of the victim'}),
        ('Akshi', 0, 'village', 'Akshi', ALR, {'note': 'resort village of Alakol district; Almaty Region before 2022-06-08'}),
        ('Alakol district', 0, 'district', 'Alakol District', ALR, {'note': 'Almaty Region before 2022-06-08'}),
        ('Almaty region', 0, 'region', ALR, ALR),
        ('Koktuma', 0, 'village', 'Koktuma', ALR, {'note': 'NI:rescue of two teenagers, no death'}),
        ('Akmola region', 0, 'region', AKR, AKR),
        ('Nur-Sultan', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of the victim'}),
        ('Lake Borovoe', 0, 'facility', 'Lake Burabay', N, {'subkind': 'lake', 'note': 'Russian name of Lake Burabay'}),
        ('Burabay', 0, 'village', 'Burabay', AKR, {'note': 'reference point of the drowning; Burabay district'}),
        ('Burabay National Park', 0, 'facility', 'Burabay National Park', AKR, {'subkind': 'national park'}),
        ('Kapchagay reservoir', 0, 'facility', 'Kapchagay reservoir', ALR, {'subkind': 'reservoir'}),
        ('Kapchagay', 1, 'city', 'Konaev', ALR, {'note': 'renamed Konaev in 2022'}),
        ('Irtysh', 0, 'facility', 'Irtysh River', N, {'subkind': 'river'}),
        ('Pavlodar', 0, 'city', 'Pavlodar', PR),
        ('Ural', 0, 'facility', 'Ural River', N, {'subkind': 'river'}),
        ('Atyrau', 0, 'city', 'Atyrau', ATR),
        ('Kostanay', 0, 'city', 'Kostanay', KOR, {'note': 'reference point of the drowning ("near Kostanay")'}),
        ('Tobol', 0, 'facility', 'Tobol River', N, {'subkind': 'river'}),
        ('Kostanay region', 0, 'region', KOR, KOR, {'note': 'inside the name of an authority'}),
        ('two regions', 0, 'quantified', '2 regions', N, {'count': 2, 'unit': 'region', 'note': 'drownings in two unnamed regions (unattributed)'}),
        ('Nur-Sultan', 1, 'city', 'Astana', 'Astana', {'note': 'NI:patrols; swimming ban'}),
        ('Yesil', 0, 'facility', 'Yesil River', N, {'subkind': 'river', 'note': 'NI:swimming ban'}),
     ],
     inc={ALR: (3, 'drownings: one off Akshi on Lake Alakol (Alakol district), two on the Kapchagay reservoir (off Kapchagay beach and near the dam); Koktuma rescue not counted'),
          AKR: (1, 'drowning in Lake Borovoe near Burabay'),
          PR: (1, 'a boy drowned in the Irtysh in Pavlodar'),
          ATR: (1, "a fisherman's body found in the Ural in Atyrau"),
          KOR: (1, 'drowning in the Tobol near Kostanay')},
     unatt=[{'label': 'two regions', 'count': 2, 'note': 'drownings in two regions the ministry did not name (of the eight regions)'}]),

dict(id='p005', date='1998-08-04', lang='en',
     event='1998 avalanche on the Kazakh side of Khan Tengri kills two Almaty climbers (Raiymbek district, Almaty Region); base camp in the Bayankol valley, evacuation through Narynkol; ministry in Astana, called Akmola until May 1998 (the new capital); Kyrgyz and Chinese sides',
     text="""Two Almaty climbers killed by avalanche on Khan Tengri
ALMATY, Aug 4 (Reuters) - Two climbers from Almaty were killed on Sunday when an avalanche swept their camp at 5,800 metres on the northern side of Khan Tengri, the Central Asian peak on the border with Kyrgyzstan and China, the Almaty region emergencies department said on Tuesday.

The expedition of six climbers had set off from a base camp in the Bayankol valley, in the Raiymbek district of Almaty region. The four survivors, one with frostbitten hands, came down to the base camp on Monday and were taken by army helicopter to the village of Narynkol and on to a hospital in Almaty.

"The slope broke above the tents at night. We had no chance to reach them," said the expedition leader, Yerlan Baimukhanov. The bodies remain on the mountain; a search team will try to reach them when the weather improves.

The sports and tourism ministry in Astana, the new capital that was called Akmola until May, said it would review the rules for issuing climbing permits in the border zone. Most foreign teams approach the 7,010-metre peak from the Inylchek glacier on the Kyrgyz side.""",
     ann=[
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:home city of the climbers'}),
        ('Khan Tengri', 0, 'facility', 'Khan Tengri', N, {'subkind': 'mountain', 'note': 'headline; peak on the Kazakhstan-Kyrgyzstan-China border'}),
        ('ALMATY', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:home city of the climbers'}),
        ('Khan Tengri', 1, 'facility', 'Khan Tengri', N, {'subkind': 'mountain', 'note': 'northern (Kazakh) side, Raiymbek district'}),
        ('Kyrgyzstan', 0, 'foreign', 'Kyrgyzstan', N, {'note': 'NI:border'}),
        ('China', 0, 'foreign', 'China', N, {'note': 'NI:border'}),
        ('Almaty region', 0, 'region', ALR, ALR, {'note': 'inside the name of an authority'}),
        ('Bayankol valley', 0, 'facility', 'Bayankol valley', N, {'subkind': 'valley', 'note': 'NI:base camp; in Raiymbek district'}),
        ('Raiymbek district', 0, 'district', 'Raiymbek District', ALR, {'note': 'locates the expedition area'}),
        ('Almaty region', 1, 'region', ALR, ALR),
        ('Narynkol', 0, 'village', 'Narynkol', ALR, {'note': 'NI:evacuation point'}),
        ('Almaty', 4, 'city', 'Almaty', 'Almaty', {'note': 'NI:hospital'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the ministry; renamed from Akmola in May 1998'}),
        ('Akmola', 0, 'city', 'Astana', 'Astana', {'note': 'NI:former name of the capital (until May 1998), not Akmola Region'}),
        ('Inylchek glacier', 0, 'foreign', 'Inylchek glacier', N, {'note': 'NI:glacier on the Kyrgyz side'}),
     ],
     inc={ALR: (1, 'avalanche on the northern side of Khan Tengri (Raiymbek district), two climbers killed')}),

dict(id='p006', date='2016-04-24', lang='en',
     event='2016 Almaty Marathon: a runner from Karaganda collapses and dies near Al-Farabi Avenue; winners from Kenya and Ethiopia; start and finish at Republic Square; event name with a place name',
     text="""Runner dies after collapsing at Almaty Marathon
ALMATY, April 24 (Vlast.kz) - A 41-year-old amateur runner from Karaganda died in hospital on Sunday after collapsing at the 30th kilometre of the Almaty Marathon, the organisers said.

The man fell near the junction of Al-Farabi Avenue and Navoi Street, in Bostandyk district. Medics at a nearby aid station tried to revive him for twenty minutes before an ambulance took him to the city's emergency hospital, where he died in the evening.

More than 11,000 runners took part in the race, which starts and finishes at Republic Square. The men's race was won by Kenneth Kiprop of Kenya in 2:14:50, and the women's by Ethiopia's Aster Demissie.

"We are shocked. He had finished three marathons before, including one in Berlin," a friend from his running club in Karaganda told Vlast.kz. The organisers said they would add defibrillators to all aid stations next year.""",
     ann=[
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'headline; inside the event name "Almaty Marathon"'}),
        ('ALMATY', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Karaganda', 0, 'city', 'Karaganda', KR, {'note': 'NI:origin of the runner'}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': 'inside the event name "Almaty Marathon"'}),
        ('Al-Farabi Avenue', 0, 'facility', 'Al-Farabi Avenue (Almaty)', 'Almaty', {'subkind': 'street', 'note': 'avenue named after a person'}),
        ('Navoi Street', 0, 'facility', 'Navoi Street (Almaty)', 'Almaty', {'subkind': 'street', 'note': 'street named after a person'}),
        ('Bostandyk district', 0, 'district', 'Bostandyk District (Almaty)', 'Almaty', {'subkind': 'city district'}),
        ('Republic Square', 0, 'facility', 'Republic Square (Almaty)', 'Almaty', {'subkind': 'square', 'note': 'NI:start and finish'}),
        ('Kenya', 0, 'foreign', 'Kenya', N, {'note': "NI:winner's country"}),
        ('Ethiopia', 0, 'foreign', 'Ethiopia', N, {'note': "NI:winner's country"}),
        ('Berlin', 0, 'foreign', 'Berlin', N, {'note': 'NI:earlier marathon'}),
        ('Karaganda', 1, 'city', 'Karaganda', KR, {'note': "NI:the runner's club"}),
     ],
     inc={'Almaty': (1, 'a marathon runner collapsed near Al-Farabi Avenue and Navoi Street and died (deadly mishap)')}),

dict(id='p007', date='2023-02-06', lang='en',
     event='2023 sports week: hockey fans fight in the Barys Arena in Astana; snow caves in part of the roof of the Boris Alexandrov Sports Palace in Oskemen (East Kazakhstan Region); a flare sets fire to seats at the Spartak stadium in Semey (Abai Region after the 2022 split); skiers at the world championships in Planica; clubs Barys, Torpedo, Yelimai, Avangard not annotated',
     text="""SPORTS WEEK: brawl at Barys Arena, roof collapse in Oskemen, flare fire in Semey
ASTANA, Feb 6 (The Steppe) - A week that should have been about play-off places ended with three incidents at Kazakhstan's sports venues, a police investigation and an emergency inspection of the country's ice palaces.

Brawl in the stands. On Friday night about 30 supporters of Barys and of the visiting Avangard Omsk fought in the upper tier of the Barys Arena in Astana during the second period. Stewards separated them after five minutes; three fans were taken to hospital and nine were detained by the Astana police. The KHL has asked both clubs for reports. Avangard's supporters had arrived by bus from Omsk, 750 km to the north.

Roof collapse. In Oskemen, part of the roof over the training rink of the Boris Alexandrov Sports Palace caved in under heavy snow early on Thursday. Nobody was inside, the East Kazakhstan region emergencies department said, but the junior tournament that Torpedo was due to host has been moved to Ridder. The ministry has ordered checks of all ice palaces in the country.

Flare fire. In Semey, a flare thrown during Yelimai's winter cup match set fire to about 40 plastic seats in the east stand of the Spartak stadium on Saturday. Firefighters put the blaze out in 20 minutes; nobody was hurt. The Abai region police have opened a case for hooliganism.

Abroad. At the Nordic world championships in Planica, Slovenia, Kazakhstan's cross-country skiers failed to reach the final of the team sprint. The team trained in Shchuchinsk and in Ridder before leaving for Europe.

Next week: the national football team plays a friendly in Antalya, Turkey, and the Tour of Almaty organisers present the 2023 route.""",
     ann=[
        ('Barys Arena', 0, 'facility', 'Barys Arena (Astana)', 'Astana', {'subkind': 'arena', 'note': 'headline; arena named after the club'}),
        ('Oskemen', 0, 'city', 'Oskemen', EKR, {'note': 'headline'}),
        ('Semey', 0, 'city', 'Semey', ABR, {'note': 'headline; Abai Region since 2022-06-08'}),
        ('ASTANA', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N, {'note': 'possessive'}),
        ('Barys Arena', 1, 'facility', 'Barys Arena (Astana)', 'Astana', {'subkind': 'arena'}),
        ('Astana', 0, 'city', 'Astana', 'Astana'),
        ('Astana', 1, 'city', 'Astana', 'Astana', {'note': 'inside the name of an authority (police)'}),
        ('Omsk', 1, 'foreign', 'Omsk', N, {'note': 'NI:origin of the visiting fans; occurrence 0 is inside the club name "Avangard Omsk"'}),
        ('Oskemen', 1, 'city', 'Oskemen', EKR),
        ('Boris Alexandrov Sports Palace', 0, 'facility', 'Boris Alexandrov Sports Palace (Oskemen)', EKR, {'subkind': 'sports palace', 'note': 'named after a person'}),
        ('East Kazakhstan region', 0, 'region', EKR, EKR, {'note': 'inside the name of an authority'}),
        ('Ridder', 0, 'city', 'Ridder', EKR, {'note': 'NI:new venue of the tournament'}),
        ('Semey', 1, 'city', 'Semey', ABR, {'note': 'Abai Region since 2022-06-08'}),
        ('Spartak stadium', 0, 'facility', 'Spartak stadium (Semey)', ABR, {'subkind': 'stadium'}),
        ('Abai region', 0, 'region', ABR, ABR, {'note': 'inside the name of an authority (police)'}),
        ('Planica', 0, 'foreign', 'Planica', N, {'note': 'NI:championships abroad'}),
        ('Slovenia', 0, 'foreign', 'Slovenia', N, {'note': 'NI:championships abroad'}),
        ('Kazakhstan', 2, 'country', 'Kazakhstan', N, {'note': 'possessive'}),
        ('Shchuchinsk', 0, 'city', 'Shchuchinsk', AKR, {'note': 'NI:training base'}),
        ('Ridder', 1, 'city', 'Ridder', EKR, {'note': 'NI:training base'}),
        ('Europe', 0, 'foreign', 'Europe', N, {'subkind': 'macro-region', 'note': 'NI:destination'}),
        ('Antalya', 0, 'foreign', 'Antalya', N, {'note': 'NI:friendly abroad'}),
        ('Turkey', 0, 'foreign', 'Turkey', N, {'note': 'NI:friendly abroad'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:inside the event name "Tour of Almaty"'}),
     ],
     inc={'Astana': (1, 'fan brawl in the Barys Arena, three hurt, nine detained'),
          EKR: (1, 'part of the roof of the Boris Alexandrov Sports Palace in Oskemen collapsed under snow'),
          ABR: (1, 'flare set fire to seats at the Spartak stadium in Semey')}),

dict(id='p008', date='2026-02-14', lang='en',
     event='2026 Winter Olympics in Italy: a Kazakh skier injured in a downhill training fall at Bormio, a biathlete from Ridder finishes tenth at Antholz; training bases in Shchuchinsk and Ridder; no incident in Kazakhstan',
     text="""Kazakh downhiller breaks leg in Bormio training run
BORMIO, Italy, Feb 14 (Kazinform) - Kazakhstan's only alpine skier at the Milan-Cortina Winter Olympics, 23-year-old Aidos Turlybek, broke his left leg in a fall during the last downhill training run on Saturday and will miss the rest of the Games, the national Olympic committee said.

Turlybek, who grew up skiing at Shymbulak above Almaty, was flown by helicopter to a hospital in Sondrio and is due to be operated on on Sunday. "He lost a ski on the last jump. The doctors say he will ski again next winter," team doctor Marat Ispanov said.

Better news came from Antholz, where the 20-year-old biathlete Arman Zhaksybek, from Ridder in East Kazakhstan, finished tenth in the sprint, the country's best Olympic biathlon result in twelve years. The biathletes prepared for the Games at the national centre in Shchuchinsk and spent January at altitude in Italy.""",
     ann=[
        ('Bormio', 0, 'foreign', 'Bormio', N, {'note': 'headline; training fall abroad'}),
        ('BORMIO', 0, 'foreign', 'Bormio', N, {'note': 'dateline'}),
        ('Italy', 0, 'foreign', 'Italy', N, {'note': 'dateline'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N, {'note': 'possessive'}),
        ('Milan', 0, 'foreign', 'Milan', N, {'note': 'NI:inside the event name "Milan-Cortina Winter Olympics"'}),
        ('Cortina', 0, 'foreign', "Cortina d'Ampezzo", N, {'note': 'NI:inside the event name'}),
        ('Shymbulak', 0, 'facility', 'Shymbulak ski resort (Almaty)', 'Almaty', {'subkind': 'ski resort', 'note': "NI:where the skier grew up skiing"}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:reference point'}),
        ('Sondrio', 0, 'foreign', 'Sondrio', N, {'note': 'NI:hospital abroad'}),
        ('Antholz', 0, 'foreign', 'Antholz', N, {'note': 'NI:venue abroad'}),
        ('Ridder', 0, 'city', 'Ridder', EKR, {'note': "NI:the athlete's home town"}),
        ('East Kazakhstan', 0, 'region', EKR, EKR, {'note': 'NI:home region; not a directional phrase'}),
        ('Shchuchinsk', 0, 'city', 'Shchuchinsk', AKR, {'note': 'NI:training centre'}),
        ('Italy', 1, 'foreign', 'Italy', N, {'note': 'NI:training camp'}),
     ],
     inc={}),
]
