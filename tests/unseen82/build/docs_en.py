"""English texts of the eighty-second unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p001', date='1996-08-20', lang='en',
     event='1996 jeep expedition diary along the Irtysh, Ust-Kamenogorsk to Bayanaul (740 km): a lorry hits an expedition jeep in Semipalatinsk (East Kazakhstan Region: Semipalatinsk Region abolished 1997), a broken axle near Dolon (not counted), a campfire spreads to tents and pines by Lake Zhasybai in Bayanaul national park (Pavlodar Region); Aksu still called Yermak; plans for Karkaralinsk and Bakhty',
     text="""Along the Irtysh, part two: 740 km from Ust-Kamenogorsk to Bayanaul in two old jeeps
PAVLODAR, Aug 20 - The four members of the expedition drove into Pavlodar on Monday evening, eleven days after leaving Ust-Kamenogorsk. Their route crosses three regions and follows the river for most of the way. Our correspondent travels with them; this is his diary.

Days 1-2. Ust-Kamenogorsk to Semipalatinsk, 200 km. The asphalt is good as far as the turn to Shulbinsk, on the shore of the Shulba reservoir, and then turns to gravel. On the outskirts of Semipalatinsk a grain lorry ran into the back of our second jeep at a railway crossing. The driver, Marat Ospanov, was taken to hospital with a broken collarbone. The traffic police of Semipalatinsk Region put the blame on the lorry driver.

Days 3-5. Semipalatinsk to Kurchatov, 150 km west across the old nuclear test site. Near the village of Dolon the rear axle of the lead jeep snapped, and we sat in the steppe for two days until a spare part came by bus from Semipalatinsk. Scientists in Kurchatov measured our clothes and found nothing to worry about.

Days 6-8. Kurchatov to Pavlodar, 330 km down the left bank of the Irtysh. In Aksu, which everyone there still calls Yermak, the ferry was broken, so we drove on to the bridge at Pavlodar.

Days 9-11. Pavlodar to Bayanaul, 240 km south-west through Ekibastuz. On our last night by Lake Zhasybai a gust of wind blew sparks from the campfire into dry grass. The flames burnt two tents and a strip of pine forest before rangers of the Bayanaul national park put them out. Nobody was hurt, but the team paid a fine of 4,000 tenge.

"The steppe forgives you a broken axle, not a careless fire," said the expedition leader, Yuri Belousov, a geography teacher from Novosibirsk.

Next week the team heads for Karkaralinsk in Karaganda Region, and, if the border permits arrive, for the Chinese frontier at Bakhty.""",
     ann=[
        ('Ust-Kamenogorsk', 0, 'city', 'Oskemen', EKR, {'note': 'NI:headline, route start'}),
        ('Bayanaul', 0, 'village', 'Bayanaul', PR, {'note': 'headline, route end'}),
        ('PAVLODAR', 0, 'city', 'Pavlodar', PR, {'note': 'dateline'}),
        ('Pavlodar', 0, 'city', 'Pavlodar', PR, {'note': 'NI:arrival'}),
        ('Ust-Kamenogorsk', 1, 'city', 'Oskemen', EKR, {'note': 'NI:start of the expedition'}),
        ('three regions', 0, 'quantified', '3 regions', N, {'count': 3, 'unit': 'region', 'note': 'regions crossed by the route; not about incidents'}),
        ('Ust-Kamenogorsk', 2, 'city', 'Oskemen', EKR, {'note': 'NI:route start'}),
        ('Semipalatinsk', 0, 'city', 'Semey', EKR, {'note': 'NI:route endpoint; Semipalatinsk Region (abolished 1997) held the town, labelled with the unit that took over its land'}),
        ('Shulbinsk', 0, 'village', 'Shulbinsk', EKR, {'note': 'NI:reference point on the road'}),
        ('Shulba reservoir', 0, 'facility', 'Shulba reservoir', EKR, {'subkind': 'reservoir', 'note': 'NI:landmark'}),
        ('Semipalatinsk', 1, 'city', 'Semey', EKR, {'note': 'road accident on the outskirts; labelled East Kazakhstan Region (Semipalatinsk Region abolished 1997)'}),
        ('Semipalatinsk Region', 0, 'region', EKR, EKR, {'uncertain': True, 'note': 'inside the name of an authority; Semipalatinsk Region existed until 1997, labelled with the unit that took over its land'}),
        ('Semipalatinsk', 3, 'city', 'Semey', EKR, {'note': 'NI:route start'}),
        ('Kurchatov', 0, 'city', 'Kurchatov', EKR, {'note': 'NI:route endpoint; Abai Region only from 2022'}),
        ('Dolon', 0, 'village', 'Dolon', EKR, {'note': 'NI:breakdown (broken axle), not an incident'}),
        ('Semipalatinsk', 4, 'city', 'Semey', EKR, {'note': 'NI:origin of a spare part'}),
        ('Kurchatov', 1, 'city', 'Kurchatov', EKR, {'note': 'NI:measurements, no incident'}),
        ('Kurchatov', 2, 'city', 'Kurchatov', EKR, {'note': 'NI:route start'}),
        ('Pavlodar', 1, 'city', 'Pavlodar', PR, {'note': 'NI:route endpoint'}),
        ('Irtysh', 1, 'facility', 'Irtysh River', N, {'subkind': 'river'}),
        ('Aksu', 0, 'city', 'Aksu (Pavlodar Region)', PR, {'note': 'NI:broken ferry; a common name'}),
        ('Yermak', 0, 'city', 'Aksu (Pavlodar Region)', PR, {'note': 'NI:former name of Aksu (until 1993)'}),
        ('Pavlodar', 2, 'city', 'Pavlodar', PR, {'note': 'NI:bridge'}),
        ('Pavlodar', 3, 'city', 'Pavlodar', PR, {'note': 'NI:route start'}),
        ('Bayanaul', 1, 'village', 'Bayanaul', PR, {'note': 'NI:route endpoint'}),
        ('Ekibastuz', 0, 'city', 'Ekibastuz', PR, {'note': 'NI:on the route'}),
        ('Lake Zhasybai', 0, 'facility', 'Lake Zhasybai', N, {'subkind': 'lake', 'note': 'natural feature in Pavlodar Region; campfire spread here'}),
        ('Bayanaul national park', 0, 'facility', 'Bayanaul national park', PR, {'subkind': 'national park', 'note': 'inside the name of its rangers; the fire was in the park'}),
        ('Novosibirsk', 0, 'foreign', 'Novosibirsk', N, {'note': 'NI:residence'}),
        ('Karkaralinsk', 0, 'city', 'Karkaraly', KR, {'note': 'NI:planned destination'}),
        ('Karaganda Region', 0, 'region', KR, KR, {'note': 'NI:planned destination'}),
        ('Bakhty', 0, 'village', 'Bakhty', EKR, {'note': 'NI:planned destination at the Chinese border; then in Semipalatinsk Region, labelled with the unit that took over its land'}),
        ('Irtysh', 0, 'facility', 'Irtysh River', N, {'subkind': 'river', 'note': 'headline'}),
     ],
     inc={EKR: (1, 'a grain lorry ran into an expedition jeep on the outskirts of Semipalatinsk, driver hurt; the broken axle near Dolon is a breakdown, not counted'),
          PR: (1, 'campfire sparks burnt two tents and pine forest by Lake Zhasybai in Bayanaul national park')}),

dict(id='p002', date='2019-09-14', lang='en',
     event='2019 family road trip Nur-Sultan - Burabay - Kokshetau - Petropavl - Kurgan - Chelyabinsk: a car hits an elk near Taiynsha (North Kazakhstan Region); a teenager lost overnight on Mount Kokshe found unhurt (not counted)',
     text="""Four days, 1,100 km and one elk: our road trip from Nur-Sultan to the Urals
NUR-SULTAN, Sept 14 - Day one took us 250 km north on the four-lane highway past Shchuchinsk to the resort village of Burabay. That evening the lakeshore was full of police: a 15-year-old from Karaganda had climbed Mount Kokshe alone and not come back. Rescuers found him at dawn, cold but unhurt.
On day two we drove 70 km to Kokshetau for lunch and then 190 km on to Petropavl. Just after Taiynsha an elk stepped out of the birches and our car hit it at 80 km/h. The windscreen shattered, my husband cut his hand, and the elk limped back into the woods. A mechanic in Petropavl replaced the glass overnight.
Day three was the border: an hour and a half on the Kazakhstan side, three hours on the Russian one, then the flat road to Kurgan. On day four we reached Chelyabinsk, 1,100 km from home, with a new windscreen and a healthy respect for North Kazakhstan wildlife.""",
     ann=[
        ('Nur-Sultan', 0, 'city', 'Astana', 'Astana', {'note': 'NI:headline, route start; name of the capital 2019-2022'}),
        ('Urals', 0, 'foreign', 'Urals', N, {'subkind': 'macro-region', 'note': 'NI:destination'}),
        ('NUR-SULTAN', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Shchuchinsk', 0, 'city', 'Shchuchinsk', AKR, {'note': 'NI:on the route'}),
        ('Burabay', 0, 'village', 'Burabay', AKR, {'note': 'NI:overnight stop; search for a lost teenager, found unhurt'}),
        ('Karaganda', 0, 'city', 'Karaganda', KR, {'note': 'NI:residence'}),
        ('Mount Kokshe', 0, 'facility', 'Mount Kokshe', N, {'subkind': 'mountain', 'note': 'natural feature in Akmola Region; a teenager lost overnight, found unhurt; not counted'}),
        ('Kokshetau', 0, 'city', 'Kokshetau', AKR, {'note': 'NI:lunch stop'}),
        ('Petropavl', 0, 'city', 'Petropavl', NKR, {'note': 'NI:route endpoint'}),
        ('Taiynsha', 0, 'city', 'Taiynsha', NKR, {'note': 'reference point of the collision with an elk ("just after")'}),
        ('Petropavl', 1, 'city', 'Petropavl', NKR, {'note': 'NI:repair'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('Kurgan', 0, 'foreign', 'Kurgan', N, {'note': 'NI:on the route'}),
        ('Chelyabinsk', 0, 'foreign', 'Chelyabinsk', N, {'note': 'NI:destination'}),
        ('North Kazakhstan', 0, 'region', NKR, NKR, {'uncertain': True, 'note': '"North Kazakhstan wildlife": read as the region, could be the direction'}),
     ],
     inc={NKR: (1, 'car hit an elk just after Taiynsha, driver cut his hand; the teenager lost on Mount Kokshe (Akmola Region) was found unhurt and is not counted')}),

dict(id='p003', date='2005-04-22', lang='en',
     event='2005 Silk Road tour programme Almaty - Tamgaly - Taraz - Shymkent - Turkestan - Tashkent with distances; a tour coach hit by a car on the Shymkent ring road last month, three German tourists hurt (South Kazakhstan Region before 2018)',
     text="""Cities of the Silk Road: 8 days, Almaty to Tashkent
Tour programme 2005, Steppe Roads travel agency

Day 1. Arrival in Almaty. Walk through Panfilov Park and the Green Bazaar.
Day 2. Almaty - Tamgaly petroglyphs - Almaty (340 km return).
Day 3. Almaty - Taraz, 500 km over the Kordai pass. Evening visit to the Aisha Bibi mausoleum.
Day 4. Taraz - Shymkent, 180 km.
Day 5. Shymkent - Turkestan, 165 km. The mausoleum of Khoja Ahmed Yasawi and the ruins of Otrar.
Day 6. Turkestan - Shymkent - Zhibek Zholy border crossing. Transfer to Tashkent, Uzbekistan.
Days 7-8. Tashkent and Samarkand with our Uzbek partners.

Please note: last month one of our coaches on this route was hit by a car on the ring road of Shymkent, and three tourists from Germany were slightly hurt. The South Kazakhstan traffic police have since given our groups an escort between Shymkent and the border.""",
     ann=[
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:headline, route start'}),
        ('Tashkent', 0, 'foreign', 'Tashkent', N, {'note': 'NI:headline, route end'}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:arrival'}),
        ('Panfilov Park', 0, 'facility', 'Panfilov Park (Almaty)', 'Almaty', {'subkind': 'park', 'note': 'NI:sightseeing; park named after a person'}),
        ('Green Bazaar', 0, 'facility', 'Green Bazaar (Almaty)', 'Almaty', {'subkind': 'market', 'note': 'NI:sightseeing'}),
        ('Almaty', 2, 'city', 'Almaty', 'Almaty', {'note': 'NI:route start'}),
        ('Tamgaly petroglyphs', 0, 'facility', 'Tamgaly petroglyphs', ALR, {'subkind': 'archaeological site', 'note': 'NI:excursion'}),
        ('Almaty', 3, 'city', 'Almaty', 'Almaty', {'note': 'NI:route end'}),
        ('Almaty', 4, 'city', 'Almaty', 'Almaty', {'note': 'NI:route start'}),
        ('Taraz', 0, 'city', 'Taraz', JR, {'note': 'NI:route endpoint'}),
        ('Kordai pass', 0, 'facility', 'Kordai pass', N, {'subkind': 'pass', 'note': 'NI:natural feature in Jambyl Region, on the route'}),
        ('Aisha Bibi mausoleum', 0, 'facility', 'Aisha Bibi mausoleum', JR, {'subkind': 'mausoleum', 'note': 'NI:sightseeing; named after a person'}),
        ('Taraz', 1, 'city', 'Taraz', JR, {'note': 'NI:route start'}),
        ('Shymkent', 0, 'city', 'Shymkent', SKR, {'note': 'NI:route endpoint; South Kazakhstan Region before 2018-06-19'}),
        ('Shymkent', 1, 'city', 'Shymkent', SKR, {'note': 'NI:route start'}),
        ('Turkestan', 0, 'city', 'Turkestan', SKR, {'note': 'NI:route endpoint; South Kazakhstan Region before 2018-06-19'}),
        ('mausoleum of Khoja Ahmed Yasawi', 0, 'facility', 'Khoja Ahmed Yasawi mausoleum', SKR, {'subkind': 'mausoleum', 'note': 'NI:sightseeing; named after a person'}),
        ('Otrar', 0, 'facility', 'Otrar (ancient city)', SKR, {'subkind': 'archaeological site', 'note': 'NI:ruins of the medieval town'}),
        ('Turkestan', 1, 'city', 'Turkestan', SKR, {'note': 'NI:route start'}),
        ('Shymkent', 2, 'city', 'Shymkent', SKR, {'note': 'NI:on the route'}),
        ('Zhibek Zholy border crossing', 0, 'facility', 'Zhibek Zholy border crossing', SKR, {'subkind': 'border crossing', 'note': 'NI:on the route'}),
        ('Tashkent', 1, 'foreign', 'Tashkent', N, {'note': 'NI:transfer destination'}),
        ('Uzbekistan', 0, 'foreign', 'Uzbekistan', N, {'note': 'NI:destination'}),
        ('Tashkent', 2, 'foreign', 'Tashkent', N, {'note': 'NI:programme'}),
        ('Samarkand', 0, 'foreign', 'Samarkand', N, {'note': 'NI:programme'}),
        ('Shymkent', 3, 'city', 'Shymkent', SKR, {'note': 'coach hit by a car on the ring road'}),
        ('Germany', 0, 'foreign', 'Germany', N, {'note': 'NI:origin of the tourists'}),
        ('South Kazakhstan', 0, 'region', SKR, SKR, {'note': 'inside the name of an authority (traffic police)'}),
        ('Shymkent', 4, 'city', 'Shymkent', SKR, {'note': 'NI:escort route endpoint'}),
     ],
     inc={SKR: (1, 'a tour coach hit by a car on the Shymkent ring road last month, three tourists slightly hurt')}),

dict(id='p004', date='2022-05-17', lang='en',
     event='2022 expedition diary around the Ili valley three weeks before the regional split: campfire sparks burn an ash grove in Charyn national park, a jeep rolls above Tekeli, two hurt (both Almaty Region, which still held Taldykorgan, Zharkent and Tekeli); a visa-free walk into China at Khorgos; the Chinese town of Horgos',
     text="""Ten days around the Ili valley: canyons, a border bazaar and one very bad road
TALDYKORGAN, May 17 - Our four-person expedition set out from Almaty on May 6 with two jeeps, a trailer of water and a plan to circle the Ili valley in ten days. Here is how it went.

Days 1-2. Almaty to the Charyn canyon, 200 km east through Shelek and Chundzha. We camped above the Valley of Castles. On the second night sparks from another group's campfire blew into the dry grass. The flames ran through about three hectares of the relict ash grove before rangers of the Charyn national park and firefighters from Chundzha put them out. Nobody was hurt; the other group was fined.

Days 3-4. North across the Ili to Zharkent, 190 km, with a stop at the old Chinese-style mosque. The next morning we drove 35 km to Khorgos. At the international border trade centre you can walk into China without a visa; we spent four hours in the shops of the Chinese town of Horgos and came back with a kettle.

Days 5-7. Zharkent to Taldykorgan, 300 km west on the Almaty-Ust-Kamenogorsk highway, then 45 km up into the mountains to Tekeli. On the gravel road above Tekeli our second jeep slid into a ditch and rolled over. Two of the team were taken to the town hospital, one with a broken wrist, and the jeep had to be towed back to Taldykorgan.

Days 8-10. Taldykorgan to Kapchagay, 220 km, and home to Almaty on Sunday.

The Almaty Region tourism department says visitors should not light fires in the canyon between May and October. Campsites have been set up in five districts of the region this year, and there are plans for a ranger post at the Kolsai lakes, 110 km south of Charyn. Governor Amandyk Batalov has promised to grade the Tekeli road "this summer".""",
     ann=[
        ('Ili valley', 0, 'facility', 'Ili valley', N, {'subkind': 'valley', 'note': 'headline'}),
        ('TALDYKORGAN', 0, 'city', 'Taldykorgan', ALR, {'note': 'dateline; Almaty Region until 2022-06-08'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:start of the expedition'}),
        ('Ili valley', 1, 'facility', 'Ili valley', N, {'subkind': 'valley'}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:route start'}),
        ('Charyn canyon', 0, 'facility', 'Charyn canyon', N, {'subkind': 'canyon', 'note': 'NI:route endpoint; natural feature in Almaty Region'}),
        ('Shelek', 0, 'village', 'Shelek', ALR, {'note': 'NI:on the route'}),
        ('Chundzha', 0, 'village', 'Chundzha', ALR, {'note': 'NI:on the route'}),
        ('Valley of Castles', 0, 'facility', 'Valley of Castles', N, {'subkind': 'canyon', 'note': 'part of the Charyn canyon; campsite near the fire'}),
        ('Charyn national park', 0, 'facility', 'Charyn national park', ALR, {'subkind': 'national park', 'note': 'inside the name of its rangers; the grass fire was in the park'}),
        ('Chundzha', 1, 'village', 'Chundzha', ALR, {'note': 'NI:origin of firefighters'}),
        ('Ili', 2, 'facility', 'Ili River', N, {'subkind': 'river'}),
        ('Zharkent', 0, 'city', 'Zharkent', ALR, {'note': 'NI:route endpoint; Almaty Region until 2022-06-08'}),
        ('Khorgos', 0, 'village', 'Khorgos', ALR, {'note': 'NI:border trade centre; the Kazakh side'}),
        ('China', 0, 'foreign', 'China', N),
        ('Horgos', 0, 'foreign', 'Horgos (China)', N, {'note': 'NI:the Chinese town across the border from Khorgos'}),
        ('Zharkent', 1, 'city', 'Zharkent', ALR, {'note': 'NI:route start'}),
        ('Taldykorgan', 0, 'city', 'Taldykorgan', ALR, {'note': 'NI:route endpoint'}),
        ('Almaty', 2, 'city', 'Almaty', 'Almaty', {'note': 'NI:highway endpoint'}),
        ('Ust-Kamenogorsk', 0, 'city', 'Oskemen', EKR, {'note': 'NI:highway endpoint'}),
        ('Tekeli', 0, 'city', 'Tekeli', ALR, {'note': 'NI:route endpoint'}),
        ('Tekeli', 1, 'city', 'Tekeli', ALR, {'note': 'jeep rolled over on the road above the town'}),
        ('Taldykorgan', 1, 'city', 'Taldykorgan', ALR, {'note': 'NI:jeep towed there'}),
        ('Taldykorgan', 2, 'city', 'Taldykorgan', ALR, {'note': 'NI:route start'}),
        ('Kapchagay', 0, 'city', 'Konaev', ALR, {'note': 'NI:route endpoint; renamed Konaev in November 2022'}),
        ('Almaty', 3, 'city', 'Almaty', 'Almaty', {'note': 'NI:home'}),
        ('Almaty Region', 0, 'region', ALR, ALR, {'note': 'inside the name of an authority'}),
        ('five districts', 0, 'quantified', '5 districts', N, {'count': 5, 'unit': 'district', 'note': 'campsites; not about incidents'}),
        ('Kolsai lakes', 0, 'facility', 'Kolsai lakes', N, {'subkind': 'lake', 'note': 'NI:planned ranger post; natural feature in Almaty Region'}),
        ('Charyn', 2, 'facility', 'Charyn canyon', N, {'subkind': 'canyon', 'note': 'NI:reference point'}),
        ('Tekeli', 2, 'city', 'Tekeli', ALR, {'note': 'NI:road to be graded'}),
     ],
     inc={ALR: (2, 'grass fire from a campfire in the ash grove of Charyn national park; a jeep rolled over on the road above Tekeli, two hurt')}),

dict(id='p005', date='2018-03-30', lang='en',
     event='2018 motorcycle trip Shymkent - Turkestan - Kyzylorda - Aralsk, ten weeks before the South Kazakhstan reform: a rider skids on the Turkestan road and breaks a leg (South Kazakhstan Region); Baikonur and the Aral Sea passed',
     text="""Five riders, 900 km and a cast: spring motorcycle run to the Aral Sea
SHYMKENT, March 30 - Five members of a motorcycle club from Shymkent set off on Tuesday for Aralsk, 900 km to the north-west, to meet the spring at the sea. The first leg, 165 km to Turkestan, ended badly: on wet asphalt 12 km short of Turkestan the club's treasurer, Daulet Abenov, skidded under a crash barrier and broke his leg. He was taken to the Turkestan central hospital and flown home on Thursday.
"The South Kazakhstan roads are fine, the weather is not," the club's president said. The four other riders went on through Shieli to Kyzylorda, 280 km, and plan to pass Baikonur on Saturday without stopping. From Aralsk they hope to ride to the water's edge at the Kokaral dam, where the North Aral Sea has been rising again, and be back in Shymkent by April 8.""",
     ann=[
        ('Aral Sea', 0, 'facility', 'Aral Sea', N, {'subkind': 'sea', 'note': 'NI:destination'}),
        ('SHYMKENT', 0, 'city', 'Shymkent', SKR, {'note': 'dateline; South Kazakhstan Region before 2018-06-19'}),
        ('Shymkent', 0, 'city', 'Shymkent', SKR, {'note': 'NI:home town of the club'}),
        ('Aralsk', 0, 'city', 'Aral', KZR, {'note': 'NI:destination'}),
        ('Turkestan', 0, 'city', 'Turkestan', SKR, {'note': 'NI:route endpoint'}),
        ('Turkestan', 1, 'city', 'Turkestan', SKR, {'note': 'skid 12 km short of the town; South Kazakhstan Region before 2018-06-19'}),
        ('Turkestan', 2, 'city', 'Turkestan', SKR, {'note': 'NI:hospital'}),
        ('South Kazakhstan', 0, 'region', SKR, SKR, {'note': 'the roads of the region'}),
        ('Shieli', 0, 'village', 'Shieli', KZR, {'note': 'NI:on the route'}),
        ('Kyzylorda', 0, 'city', 'Kyzylorda', KZR, {'note': 'NI:route endpoint'}),
        ('Baikonur', 0, 'city', 'Baikonur', KZR, {'note': 'NI:passed; town leased to Russia'}),
        ('Aralsk', 1, 'city', 'Aral', KZR, {'note': 'NI:route start'}),
        ('Kokaral dam', 0, 'facility', 'Kokaral dam', KZR, {'subkind': 'dam', 'note': 'NI:destination'}),
        ('North Aral Sea', 0, 'facility', 'North Aral Sea', N, {'subkind': 'sea'}),
        ('Shymkent', 1, 'city', 'Shymkent', SKR, {'note': 'NI:home'}),
     ],
     inc={SKR: (1, 'motorcyclist skidded and broke his leg 12 km short of Turkestan')}),

dict(id='p006', date='2023-07-11', lang='en',
     event='2023 Ulytau jeep tour (Karaganda - Zhezkazgan - Ulytau village): a tour jeep overturns on the track near Ulytau village, two tourists hurt (Ulytau Region, created 2022); Ulytau village vs region vs mountains',
     text="""Ulytau tour jeep overturns, two tourists hurt
ZHEZKAZGAN, July 11 - A jeep carrying six tourists overturned on a dirt track 18 km from the village of Ulytau on Monday, the Ulytau Region police said. A woman from Almaty broke her arm and the driver suffered a head injury; both are in hospital in Zhezkazgan.
The group was on the fourth day of a seven-day tour sold as "The Heart of the Steppe". The programme starts in Karaganda, goes 540 km south-west by road to Zhezkazgan and Satpayev, then 130 km north to Ulytau village and the mausoleum of Alasha Khan, with two nights in yurts in the Ulytau mountains. The last day is a flight from Zhezkazgan to Astana.
The operator, a company from Karaganda, said the track had been washed out by rain. Its other groups have been moved to the asphalt road until the track is repaired.""",
     ann=[
        ('Ulytau', 0, 'village', 'Ulytau', UR, {'uncertain': True, 'note': 'headline "Ulytau tour": read as the village, could be the area or the mountains'}),
        ('ZHEZKAZGAN', 0, 'city', 'Zhezkazgan', UR, {'note': 'dateline; Ulytau Region since 2022-06-08'}),
        ('Ulytau', 1, 'village', 'Ulytau', UR, {'note': 'reference point of the accident ("18 km from"); the accident is in its area'}),
        ('Ulytau Region', 0, 'region', UR, UR, {'note': 'inside the name of an authority (police)'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:residence'}),
        ('Zhezkazgan', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:hospital'}),
        ('Karaganda', 0, 'city', 'Karaganda', KR, {'note': 'NI:start of the programme'}),
        ('Zhezkazgan', 1, 'city', 'Zhezkazgan', UR, {'note': 'NI:programme'}),
        ('Satpayev', 0, 'city', 'Satpayev', UR, {'note': 'NI:programme'}),
        ('Ulytau', 3, 'village', 'Ulytau', UR, {'note': 'NI:programme'}),
        ('mausoleum of Alasha Khan', 0, 'facility', 'Alasha Khan mausoleum', UR, {'subkind': 'mausoleum', 'note': 'NI:programme; named after a person'}),
        ('Ulytau mountains', 0, 'facility', 'Ulytau mountains', N, {'subkind': 'mountains', 'note': 'NI:natural feature in Ulytau Region'}),
        ('Zhezkazgan', 2, 'city', 'Zhezkazgan', UR, {'note': 'NI:flight origin'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:flight destination'}),
        ('Karaganda', 1, 'city', 'Karaganda', KR, {'note': 'NI:seat of the operator'}),
     ],
     inc={UR: (1, 'tour jeep overturned 18 km from Ulytau village, two hurt')}),

dict(id='p007', date='2025-10-06', lang='en',
     event='2025 Mangystau and Ustyurt expedition diary Aktau - Zhanaozen - Bozzhyra - Beineu - Tazhen border - Kungrad: a photographer lost near Bozzhyra found after 20 hours (not counted), a camp fire burns a tent and a car at Bozzhyra (Mangystau Region); a road accident in Karakalpakstan (foreign, not counted); 1,400 km',
     text="""Across the Ustyurt: 1,400 km from the Caspian to Karakalpakstan
AKTAU, Oct 6 - Our expedition of six cars and eleven people returned to Aktau on Saturday after two weeks on the Ustyurt plateau and a crossing into Uzbekistan. These are the notes of our navigator.

Days 1-3. From Aktau we drove 150 km east to Zhanaozen, refuelled, and took the track south-east past the village of Senek to the white cliffs of Bozzhyra in Karakiya district, 170 km of sand and rock. On the first evening at Bozzhyra our photographer, Aidos Kemelbekov, walked off to catch the sunset and did not return. Rangers and a border patrol helicopter from Beineu found him the next afternoon, 20 hours later, dehydrated but walking.

Days 4-5. On the last night at the camp a gas burner fell over in the kitchen tent. The tent and the car parked next to it burned out in minutes. The cook, a student from Atyrau, was treated for burns on both hands at the hospital in Zhanaozen.

Days 6-8. Across the plateau to Beineu, 400 km, with one stop at the underground mosque of Beket-Ata. Beineu is the last settlement before the border: the Tazhen checkpoint is 85 km further south.

Days 9-12. Into Uzbekistan. The road from the border to Kungrad in Karakalpakstan is being rebuilt, and on the detour our support truck hit a road roller; nobody was hurt, but the truck's radiator was crushed. We waited a day in Kungrad, then visited the ship graveyard at Moynaq on the old shore of the Aral Sea and crossed back through Tazhen.

Days 13-14. Beineu to Aktau, 480 km on the new asphalt through Shetpe. Two punctures, no more drama.

The Mangystau tourism office says more than 3,000 people visited Bozzhyra this season, up from 1,800 last year, and it plans to put up signposts in two districts of the region before next spring.""",
     ann=[
        ('Ustyurt', 0, 'facility', 'Ustyurt plateau', N, {'subkind': 'plateau', 'note': 'headline; natural feature across Kazakhstan and Uzbekistan'}),
        ('Caspian', 0, 'facility', 'Caspian Sea', N, {'subkind': 'sea', 'note': 'NI:headline, route start'}),
        ('Karakalpakstan', 0, 'foreign', 'Karakalpakstan', N, {'note': 'NI:headline, route end'}),
        ('AKTAU', 0, 'city', 'Aktau', MR, {'note': 'dateline'}),
        ('Aktau', 0, 'city', 'Aktau', MR, {'note': 'NI:return'}),
        ('Ustyurt plateau', 0, 'facility', 'Ustyurt plateau', N, {'subkind': 'plateau'}),
        ('Uzbekistan', 0, 'foreign', 'Uzbekistan', N),
        ('Aktau', 1, 'city', 'Aktau', MR, {'note': 'NI:route start'}),
        ('Zhanaozen', 0, 'city', 'Zhanaozen', MR, {'note': 'NI:refuelling'}),
        ('Senek', 0, 'village', 'Senek', MR, {'note': 'NI:on the route'}),
        ('Bozzhyra', 0, 'facility', 'Bozzhyra', N, {'subkind': 'cliffs', 'note': 'NI:route endpoint; natural feature in Mangystau Region'}),
        ('Karakiya district', 0, 'district', 'Karakiya District', MR, {'note': 'district of the Bozzhyra camp'}),
        ('Bozzhyra', 1, 'facility', 'Bozzhyra', N, {'subkind': 'cliffs', 'note': 'a photographer lost for 20 hours and found; not counted'}),
        ('Beineu', 0, 'village', 'Beineu', MR, {'note': 'NI:base of the border patrol'}),
        ('Atyrau', 0, 'city', 'Atyrau', ATR, {'note': 'NI:origin of the cook'}),
        ('Zhanaozen', 1, 'city', 'Zhanaozen', MR, {'note': 'NI:hospital'}),
        ('Beineu', 1, 'village', 'Beineu', MR, {'note': 'NI:route endpoint'}),
        ('Beket-Ata', 0, 'facility', 'Beket-Ata underground mosque', MR, {'subkind': 'mosque', 'note': 'NI:stop; named after a person'}),
        ('Beineu', 2, 'village', 'Beineu', MR, {'note': 'NI:description'}),
        ('Tazhen checkpoint', 0, 'facility', 'Tazhen checkpoint', MR, {'subkind': 'border crossing', 'note': 'NI:on the route'}),
        ('Uzbekistan', 1, 'foreign', 'Uzbekistan', N),
        ('Kungrad', 0, 'foreign', 'Kungrad', N, {'note': 'road accident (truck hit a road roller) in Uzbekistan; foreign, no ADM1'}),
        ('Karakalpakstan', 1, 'foreign', 'Karakalpakstan', N),
        ('Kungrad', 1, 'foreign', 'Kungrad', N, {'note': 'NI:wait'}),
        ('Moynaq', 0, 'foreign', 'Moynaq', N, {'note': 'NI:sightseeing'}),
        ('Aral Sea', 0, 'facility', 'Aral Sea', N, {'subkind': 'sea'}),
        ('Tazhen', 1, 'facility', 'Tazhen checkpoint', MR, {'subkind': 'border crossing', 'note': 'NI:crossing back'}),
        ('Beineu', 3, 'village', 'Beineu', MR, {'note': 'NI:route start'}),
        ('Aktau', 2, 'city', 'Aktau', MR, {'note': 'NI:route end'}),
        ('Shetpe', 0, 'village', 'Shetpe', MR, {'note': 'NI:on the route'}),
        ('Mangystau', 0, 'region', MR, MR, {'note': 'inside the name of an authority (tourism office)'}),
        ('Bozzhyra', 2, 'facility', 'Bozzhyra', N, {'subkind': 'cliffs', 'note': 'NI:visitor numbers'}),
        ('two districts', 0, 'quantified', '2 districts', N, {'count': 2, 'unit': 'district', 'note': 'signposts planned; not about incidents'}),
     ],
     inc={MR: (1, 'a gas burner set fire to the kitchen tent and a car at the Bozzhyra camp, cook burned; the lost photographer, found alive, is not counted')}),

dict(id='p008', date='1992-09-05', lang='en',
     event='1992 cycling tour Alma-Ata - Kaskelen - Uzynagash - Kordai - Frunze/Bishkek - Issyk-Kul: a cyclist hit by a car near Uzynagash (Almaty Region); Bishkek still called Frunze by the riders',
     text="""Dutch cyclists ride from Alma-Ata to Issyk-Kul, one rider in hospital
ALMA-ATA, Sept 5 - Twenty-two cyclists from the Netherlands set off from Alma-Ata on Thursday on a 600 km tour that will take them west through Kaskelen and Uzynagash, over the Kordai pass into Kyrgyzstan, and on to Lake Issyk-Kul.
The tour had barely begun when a Zhiguli overtaking a bus hit one of the riders 6 km past Uzynagash. Mr Pieter de Vries, 58, was taken to the district hospital in Uzynagash with a broken hip and will fly home from Alma-Ata next week.
The others reached the village of Kordai on Friday and will cross into Kyrgyzstan today. Their guide still calls the Kyrgyz capital Frunze, although it became Bishkek last year. "Old maps, old habits," he said. The group plans to ride round the lake through Cholpon-Ata and Karakol and return by bus to Alma-Ata on September 20.""",
     ann=[
        ('Alma-Ata', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:headline, route start; Soviet name'}),
        ('Issyk-Kul', 0, 'foreign', 'Lake Issyk-Kul', N, {'note': 'NI:headline, destination; lake in Kyrgyzstan'}),
        ('ALMA-ATA', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Netherlands', 0, 'foreign', 'Netherlands', N, {'note': 'NI:origin'}),
        ('Alma-Ata', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:route start'}),
        ('Kaskelen', 0, 'city', 'Kaskelen', ALR, {'note': 'NI:on the route'}),
        ('Uzynagash', 0, 'village', 'Uzynagash', ALR, {'note': 'NI:on the route'}),
        ('Kordai pass', 0, 'facility', 'Kordai pass', N, {'subkind': 'pass', 'note': 'NI:natural feature in Jambyl Region, on the route'}),
        ('Kyrgyzstan', 0, 'foreign', 'Kyrgyzstan', N),
        ('Lake Issyk-Kul', 0, 'foreign', 'Lake Issyk-Kul', N, {'note': 'NI:destination'}),
        ('Uzynagash', 1, 'village', 'Uzynagash', ALR, {'note': 'cyclist hit by a car 6 km past the village'}),
        ('Uzynagash', 2, 'village', 'Uzynagash', ALR, {'note': 'NI:hospital'}),
        ('Alma-Ata', 2, 'city', 'Almaty', 'Almaty', {'note': 'NI:flight home'}),
        ('Kordai', 1, 'village', 'Kordai', JR, {'note': 'NI:overnight stop'}),
        ('Kyrgyzstan', 1, 'foreign', 'Kyrgyzstan', N),
        ('Frunze', 0, 'foreign', 'Bishkek', N, {'note': 'NI:Soviet name of Bishkek'}),
        ('Bishkek', 0, 'foreign', 'Bishkek', N),
        ('Cholpon-Ata', 0, 'foreign', 'Cholpon-Ata', N, {'note': 'NI:on the route'}),
        ('Karakol', 0, 'foreign', 'Karakol', N, {'note': 'NI:on the route'}),
        ('Alma-Ata', 3, 'city', 'Almaty', 'Almaty', {'note': 'NI:return'}),
     ],
     inc={ALR: (1, 'a car hit a cyclist 6 km past Uzynagash')}),
]
