"""English texts of the forty-seventh unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
SKR, TR, SH = 'South Kazakhstan Region', 'Turkistan Region', 'Shymkent'
AR, JR, ALA = 'Almaty Region', 'Jetisu Region', 'Almaty'
EKR, ABR = 'East Kazakhstan Region', 'Abai Region'
KR, UR = 'Karaganda Region', 'Ulytau Region'
JAM, KZO, AST = 'Jambyl Region', 'Kyzylorda Region', 'Astana'
PR, AKR, KOR = 'Pavlodar Region', 'Akmola Region', 'Kostanay Region'

DOCS = [
dict(id='p001', date='2017-04-11', lang='en',
     event='2017 spring floods on the Badam and Arys in South Kazakhstan Region (Kazygurt and Tolebi districts, Shymkent before it became a city of republican significance), a driver drowned at a ford; ministry summary "floods in 7 regions" with four named (Jambyl, Kyzylorda, Almaty regions) and three not; helicopter from Almaty and rescuers from Karaganda region',
     text="""Floods drive 600 from homes in South Kazakhstan as Badam and Arys overflow
SHYMKENT, April 11 (Interfax-Kazakhstan) - About 600 people have left their homes in South Kazakhstan Region since Saturday, when three days of rain and fast-melting snow in the Talas Alatau sent the Badam and Arys rivers over their banks, the regional emergencies department said on Tuesday.
The worst-hit area is Kazygurt district, where water up to a metre deep entered about 140 houses in the district centre and in the villages of Sarapkhana and Karabau. A 58-year-old shepherd drowned on Sunday when his car was swept off a ford near Kyzylkiya. In Tolebi district, a mudflow cut the road between Lenger and Kaskasu for a day.
In Shymkent, the Badam flooded the cellars of about 40 private houses in the Al-Farabi and Abay districts, and city workers piled sandbags along the embankment. The Shardara reservoir rose by 60 cm in three days, and its operators increased the discharge into the Syr Darya.
A Kazaviaspas helicopter from Almaty and 40 rescuers from Karaganda region joined local teams on Sunday.
Nationally, floods have been recorded in 7 regions since April 1, the emergencies ministry said in its daily summary. Besides South Kazakhstan it named the Jambyl, Kyzylorda and Almaty regions, where meltwater damaged roads and bridges in the Merke, Zhanakorgan and Talgar districts; it did not say which other regions were affected.
Residents of Kazygurt said the district had not seen such water since 2002. "The river took our fence and the hay for the whole winter," said Gulnara Abdikarimova, who spent two nights with her four children in a school gym. The akimat promised compensation of 100,000 tenge for each flooded house.
Forecasters expect more rain in the south of Kazakhstan until Friday.""",
     ann=[
        ('South Kazakhstan', 0, 'region', SKR, SKR, {'note': 'headline; region named without "Region"'}),
        ('Badam', 0, 'facility', 'Badam River', N, {'subkind': 'river', 'note': 'headline'}),
        ('Arys', 0, 'facility', 'Arys River', N, {'subkind': 'river', 'note': 'headline'}),
        ('SHYMKENT', 0, 'city', 'Shymkent', SKR, {'note': 'dateline; Shymkent is part of South Kazakhstan Region until 2018-06-19'}),
        ('South Kazakhstan Region', 0, 'region', SKR, SKR),
        ('Talas Alatau', 0, 'facility', 'Talas Alatau', N, {'subkind': 'mountain range', 'note': 'natural feature shared with Kyrgyzstan and Uzbekistan'}),
        ('Badam', 1, 'facility', 'Badam River', N, {'subkind': 'river', 'note': 'in a list sharing "rivers"'}),
        ('Arys', 1, 'facility', 'Arys River', N, {'subkind': 'river', 'note': 'in a list sharing "rivers"'}),
        ('Kazygurt district', 0, 'district', 'Kazygurt District', SKR),
        ('Sarapkhana', 0, 'village', 'Sarapkhana', SKR),
        ('Karabau', 0, 'village', 'Karabau', SKR),
        ('Kyzylkiya', 0, 'village', 'Kyzylkiya', SKR, {'note': 'the drowning happened at a ford near the village'}),
        ('Tolebi district', 0, 'district', 'Tolebi District', SKR),
        ('Lenger', 0, 'city', 'Lenger', SKR, {'note': 'road endpoint; the mudflow cut the road between the two places'}),
        ('Kaskasu', 0, 'village', 'Kaskasu', SKR, {'note': 'road endpoint; the mudflow cut the road between the two places'}),
        ('Shymkent', 0, 'city', 'Shymkent', SKR),
        ('Badam', 2, 'facility', 'Badam River', N, {'subkind': 'river'}),
        ('Al-Farabi', 0, 'district', 'Al-Farabi District (Shymkent)', SKR, {'subkind': 'city district', 'note': 'in a list sharing "districts"; named after a person; Shymkent is in South Kazakhstan Region on the date'}),
        ('Abay', 0, 'district', 'Abay District (Shymkent)', SKR, {'subkind': 'city district', 'note': 'in a list sharing "districts"; a district of Shymkent, not Abai Region (created 2022)'}),
        ('Shardara reservoir', 0, 'facility', 'Shardara reservoir', SKR, {'subkind': 'reservoir', 'note': 'NI:water level and discharge only'}),
        ('Syr Darya', 0, 'facility', 'Syr Darya', N, {'subkind': 'river'}),
        ('Almaty', 0, 'city', 'Almaty', ALA, {'note': 'NI:origin of a rescue helicopter'}),
        ('Karaganda region', 0, 'region', KR, KR, {'note': 'NI:origin of rescuers'}),
        ('7 regions', 0, 'quantified', '7 regions', N, {'count': 7, 'unit': 'region', 'note': 'floods recorded in seven regions; four are named, three are not'}),
        ('South Kazakhstan', 2, 'region', SKR, SKR),
        ('Jambyl', 0, 'region', JAM, JAM, {'note': 'in a list sharing "regions"'}),
        ('Kyzylorda', 0, 'region', KZO, KZO, {'note': 'in a list sharing "regions"'}),
        ('Almaty', 1, 'region', AR, AR, {'note': 'in a list sharing "regions": Almaty Region, not the city'}),
        ('Merke', 0, 'district', 'Merke District', JAM, {'note': 'in a list sharing "districts"'}),
        ('Zhanakorgan', 0, 'district', 'Zhanakorgan District', KZO, {'note': 'in a list sharing "districts"'}),
        ('Talgar', 0, 'district', 'Talgar District', AR, {'note': 'in a list sharing "districts"'}),
        ('Kazygurt', 1, 'village', 'Kazygurt', SKR, {'note': 'district centre with village status'}),
        ('Kazakhstan', 4, 'country', 'Kazakhstan', N),
     ],
     inc={SKR: (1, 'spring flood on the Badam and Arys: houses flooded in Kazygurt district and Shymkent, a driver drowned at a ford near Kyzylkiya, a mudflow cut the Lenger-Kaskasu road; one natural disaster in one ADM1'),
          JAM: (1, 'flood damage to roads and bridges in Merke district, named in the ministry summary'),
          KZO: (1, 'flood damage to roads and bridges in Zhanakorgan district, named in the ministry summary'),
          AR: (1, 'flood damage to roads and bridges in Talgar district, named in the ministry summary')},
     unatt=[{'label': '7 regions', 'count': 7, 'note': 'floods recorded in seven regions; South Kazakhstan, Jambyl, Kyzylorda and Almaty regions are named and have their own rows, three regions are not named'}]),

dict(id='p002', date='2024-08-20', lang='en',
     event='2024 steppe fire burns 3,000 ha near Tugisken, Zhanaarka district (Ulytau Region, Karaganda Region before 2022-06-08); crews from Karazhal, a fire train from Karaganda, a plane from Balkhash',
     text="""Steppe fire burns 3,000 hectares in Ulytau region
ZHEZKAZGAN, Aug 20 (Kazinform) - A steppe fire burned about 3,000 hectares of pasture in Zhanaarka district of Ulytau region over the weekend before firefighters put it out on Monday evening, the regional emergencies department said.
The fire started on Saturday afternoon near the village of Tugisken, apparently from a spark from a tractor, and spread quickly in a strong wind. Shepherds drove about 1,200 sheep away from the flames; two winter huts burned down. Nobody was hurt.
Seventy firefighters, including crews from Karazhal and a fire train sent from Karaganda, fought the blaze along a 12-km front, and an An-2 plane flew in from Balkhash to spot new hotspots.
The region, created two years ago from the south-western part of Karaganda region, has recorded 41 steppe fires since May, twice as many as last year, officials said. The risk of fire will stay extreme in the Ulytau and Zhanaarka districts until mid-September, Kazhydromet warned.""",
     ann=[
        ('Ulytau region', 0, 'region', UR, UR, {'note': 'headline'}),
        ('ZHEZKAZGAN', 0, 'city', 'Zhezkazgan', UR, {'note': 'dateline'}),
        ('Zhanaarka district', 0, 'district', 'Zhanaarka District', UR, {'note': 'part of Karaganda Region until 2022-06-08'}),
        ('Ulytau region', 1, 'region', UR, UR),
        ('Tugisken', 0, 'village', 'Tugisken', UR),
        ('Karazhal', 0, 'city', 'Karazhal', UR, {'note': 'NI:origin of fire crews'}),
        ('Karaganda', 0, 'city', 'Karaganda', KR, {'note': 'NI:origin of a fire train'}),
        ('Balkhash', 0, 'city', 'Balkhash', KR, {'note': 'NI:origin of a plane'}),
        ('Karaganda region', 0, 'region', KR, KR, {'note': 'NI:the former unit of the land'}),
        ('Ulytau', 2, 'district', 'Ulytau District', UR, {'note': 'NI:fire warning; in a list sharing "districts"'}),
        ('Zhanaarka', 1, 'district', 'Zhanaarka District', UR, {'note': 'NI:fire warning; in a list sharing "districts"'}),
     ],
     inc={UR: (1, 'steppe fire near Tugisken, Zhanaarka district, 3,000 ha and two winter huts burnt; the 41 fires since May are a statistic')}),

dict(id='p003', date='2023-07-15', lang='en',
     event='50 years since the 1973 Medeu mudflow (Almaty), with the 1921 Alma-Ata mudflow and a 1982 mudflow in Tekeli (Jetisu Region on the article date) narrated as background, and a 2015 mudflow on the Shymbulak road; a mudflow this week in the Talgar gorge (Almaty Region); Big Almaty Lake, Tuyuksu glacier',
     text="""Fifty years after the Medeu mudflow, Almaty still watches its mountains
ALMATY, July 15 (Vlast.kz) - Fifty years ago today, on July 15, 1973, a mudflow of about 5 million cubic metres rushed down the valley of the Kishi Almaty towards the city after a moraine lake burst below the Tuyuksu glacier. The dam at Medeu, finished only six years earlier, held it back. The lake of mud that formed behind it came within a few metres of the crest before engineers pumped it away.
Few residents remember that the dam was itself a reply to an older disaster. On the night of July 8, 1921, a mudflow on the same river swept through Alma-Ata, renamed from Verny only a few months earlier, and killed about 500 people.
Mudflow experts say the danger has not gone away. In May 1982 a smaller mudflow on the Kora river destroyed 18 houses in Tekeli, the mining town east of Taldykorgan, and in 2015 a mudflow blocked the road to the Shymbulak ski resort for three days.
On Wednesday a mudflow came down the Talgar gorge after a night of heavy rain and buried about 300 metres of the road to a tourist base. Nobody was hurt, and bulldozers reopened the road the next morning, the emergencies department of Almaty region said.
Kazselezashchita, the state mudflow service, keeps 40 observation posts in the mountains above the city and in the Almaty and Jetisu regions. Its staff check the level of Big Almaty Lake and of the moraine lakes above Medeu every day in summer, when glaciers melt fastest.
"The 1973 mudflow was a warning we were lucky to survive," said hydrologist Marat Kenzhebayev, who joined the service a year after it. "The next one will not wait for an anniversary.\"""",
     ann=[
        ('Medeu', 0, 'facility', 'Medeu', ALA, {'subkind': 'locality', 'note': 'headline; inside an event name ("the Medeu mudflow"); the Medeu tract with its dam and skating rink in Medeu district of Almaty'}),
        ('Almaty', 0, 'city', 'Almaty', ALA, {'note': 'headline'}),
        ('ALMATY', 0, 'city', 'Almaty', ALA, {'note': 'dateline'}),
        ('Kishi Almaty', 0, 'facility', 'Kishi Almaty River', N, {'subkind': 'river', 'note': 'the Malaya Almatinka; "the valley of" the river'}),
        ('Tuyuksu glacier', 0, 'facility', 'Tuyuksu glacier', N, {'subkind': 'glacier'}),
        ('Medeu', 1, 'facility', 'Medeu', ALA, {'subkind': 'locality', 'note': '"the dam at Medeu"'}),
        ('Alma-Ata', 0, 'city', 'Almaty', ALA, {'note': 'Soviet name; the 1921 mudflow, narrated background'}),
        ('Verny', 0, 'city', 'Almaty', ALA, {'note': 'the name of the city before 1921'}),
        ('Kora river', 0, 'facility', 'Kora River', N, {'subkind': 'river'}),
        ('Tekeli', 0, 'city', 'Tekeli', JR, {'note': '1982 mudflow told in a 2023 article: Jetisu Region on the article date'}),
        ('Taldykorgan', 0, 'city', 'Taldykorgan', JR, {'note': 'NI:reference point'}),
        ('Shymbulak ski resort', 0, 'facility', 'Shymbulak ski resort', ALA, {'subkind': 'ski resort', 'note': 'the 2015 mudflow blocked the road to the resort (narrated background)'}),
        ('Talgar gorge', 0, 'facility', 'Talgar gorge', N, {'subkind': 'valley', 'note': 'natural feature in Talgar district, Almaty Region'}),
        ('Almaty region', 0, 'region', AR, AR, {'note': 'inside the name of an authority'}),
        ('Almaty', 3, 'region', AR, AR, {'note': 'in a list sharing "regions": Almaty Region; NI:observation posts'}),
        ('Jetisu', 0, 'region', JR, JR, {'note': 'in a list sharing "regions"; NI:observation posts'}),
        ('Big Almaty Lake', 0, 'facility', 'Big Almaty Lake', N, {'subkind': 'lake'}),
        ('Medeu', 2, 'facility', 'Medeu', ALA, {'subkind': 'locality', 'note': 'NI:reference point for the moraine lakes'}),
     ],
     inc={ALA: (3, 'the 1973 Medeu mudflow (held by the dam), the 1921 mudflow in Alma-Ata and the 2015 mudflow on the Shymbulak road, all narrated with place and date'),
          JR: (1, '1982 mudflow on the Kora river that destroyed 18 houses in Tekeli, narrated background; Jetisu Region by the article date'),
          AR: (1, 'mudflow in the Talgar gorge on Wednesday burying 300 m of road')}),

dict(id='p004', date='2012-02-21', lang='en',
     event='2012 avalanche kills a road worker in the Kora gorge above Tekeli (Almaty Region before the 2022 split); survivor taken to Taldykorgan; the Kokpek pass closed by snow; the Zhetysu Alatau and the Tekeli river are not Jetisu Region or the town',
     text="""Avalanche kills road worker in gorge above Tekeli
TALDYKORGAN, Feb 21 (KazTAG) - An avalanche buried two road workers clearing snow in the Kora river gorge above Tekeli on Monday, killing one of them, the emergencies department of Almaty region said.
The snow came down from a steep slope about 9 km upstream of the town as the men were widening the road to a small hydropower plant. Rescuers from Tekeli dug out a 34-year-old grader driver alive after about 40 minutes; his colleague's body was found three hours later under two metres of snow. The survivor was taken to hospital in Taldykorgan with frostbite.
Heavy snowfall over the weekend raised the avalanche danger across the Zhetysu Alatau, and the department has banned trips to the mountains in the Koksu, Eskeldi and Sarkand districts until Friday. Snowdrifts also closed the Kokpek pass on the Almaty-Kegen road for a day.
Tekeli, a former lead and zinc mining town of about 30,000 people, lies where the Kora, Shyzhyn and Tekeli rivers meet.""",
     ann=[
        ('Tekeli', 0, 'city', 'Tekeli', AR, {'note': 'headline; Almaty Region until 2022-06-08'}),
        ('TALDYKORGAN', 0, 'city', 'Taldykorgan', AR, {'note': 'dateline'}),
        ('Kora river gorge', 0, 'facility', 'Kora River gorge', N, {'subkind': 'valley', 'note': 'natural feature above Tekeli'}),
        ('Tekeli', 1, 'city', 'Tekeli', AR, {'note': 'the gorge "above Tekeli"'}),
        ('Almaty region', 0, 'region', AR, AR, {'note': 'inside the name of an authority'}),
        ('Tekeli', 2, 'city', 'Tekeli', AR, {'note': 'NI:origin of rescuers'}),
        ('Taldykorgan', 0, 'city', 'Taldykorgan', AR, {'note': 'NI:hospital town'}),
        ('Zhetysu Alatau', 0, 'facility', 'Zhetysu Alatau', N, {'subkind': 'mountain range', 'note': 'natural feature; not Jetisu Region'}),
        ('Koksu', 0, 'district', 'Koksu District', AR, {'note': 'NI:trip ban; in a list sharing "districts"'}),
        ('Eskeldi', 0, 'district', 'Eskeldi District', AR, {'note': 'NI:trip ban; in a list sharing "districts"'}),
        ('Sarkand', 0, 'district', 'Sarkand District', AR, {'note': 'NI:trip ban; in a list sharing "districts"'}),
        ('Kokpek pass', 0, 'facility', 'Kokpek pass', N, {'subkind': 'pass', 'note': 'mountain pass, a natural feature (in Almaty Region); closure, not an incident'}),
        ('Almaty', 1, 'city', 'Almaty', ALA, {'note': 'NI:road endpoint'}),
        ('Kegen', 0, 'village', 'Kegen', AR, {'note': 'NI:road endpoint; district centre with village status'}),
        ('Tekeli', 3, 'city', 'Tekeli', AR),
        ('Kora', 1, 'facility', 'Kora River', N, {'subkind': 'river', 'note': 'in a list sharing "rivers"'}),
        ('Shyzhyn', 0, 'facility', 'Shyzhyn River', N, {'subkind': 'river', 'note': 'in a list sharing "rivers"'}),
        ('Tekeli', 4, 'facility', 'Tekeli River', N, {'subkind': 'river', 'note': 'in a list sharing "rivers": the river, not the town'}),
     ],
     inc={AR: (1, 'avalanche in the Kora gorge above Tekeli, one road worker killed')}),

dict(id='p005', date='2020-07-14', lang='en',
     event='2020 heat and water shortage: villagers of Kurkeles (Saryagash district, Turkistan Region) block the Shymkent-Saryagash road; night-only water in Shymkent (a city of republican significance since 2018); ministers in Nur-Sultan; Shardara reservoir low',
     text="""Villagers block road over water shortage as heat hits 46C in Turkistan region
NUR-SULTAN, July 14 (Reuters) - About 200 residents of Kurkeles, a village in Kazakhstan's Turkistan region, blocked the Shymkent-Saryagash road for three hours on Tuesday to protest against a week without drinking water, as temperatures in the south of the country reached 46 degrees Celsius.
Police persuaded the protesters to leave after the akimat of Saryagash district promised to send water tankers every day. Officials blamed a burnt-out pump at the village's intake on the Keles river.
In Shymkent, the former regional capital that became a separate city in 2018, the water utility has limited supply to the upper floors of high-rise blocks to night hours and opened 50 drinking fountains in the streets.
The Shardara reservoir is 38 per cent full, and cotton farmers in Maktaaral district say they have been given only half of the irrigation water they ordered. The agriculture ministry in Nur-Sultan said on Tuesday it would ask Uzbekistan to release more water from the Syr Darya upstream.""",
     ann=[
        ('Turkistan region', 0, 'region', TR, TR, {'note': 'headline'}),
        ('NUR-SULTAN', 0, 'city', 'Astana', AST, {'note': 'dateline'}),
        ('Kurkeles', 0, 'village', 'Kurkeles', TR),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('Turkistan region', 1, 'region', TR, TR),
        ('Shymkent', 0, 'city', 'Shymkent', SH, {'note': 'NI:road endpoint'}),
        ('Saryagash', 0, 'city', 'Saryagash', TR, {'note': 'NI:road endpoint'}),
        ('Saryagash district', 0, 'district', 'Saryagash District', TR, {'note': 'inside the name of an authority'}),
        ('Keles river', 0, 'facility', 'Keles River', N, {'subkind': 'river'}),
        ('Shymkent', 1, 'city', 'Shymkent', SH, {'note': 'water restrictions, not an incident'}),
        ('Shardara reservoir', 0, 'facility', 'Shardara reservoir', TR, {'subkind': 'reservoir', 'note': 'NI:water level'}),
        ('Maktaaral district', 0, 'district', 'Maktaaral District', TR, {'note': 'NI:irrigation shortfall'}),
        ('Nur-Sultan', 0, 'city', 'Astana', AST, {'note': 'NI:seat of the ministry'}),
        ('Uzbekistan', 0, 'foreign', 'Uzbekistan', N),
        ('Syr Darya', 0, 'facility', 'Syr Darya', N, {'subkind': 'river'}),
     ],
     inc={TR: (1, 'residents of Kurkeles blocked the Shymkent-Saryagash road in protest at the water shortage; the heat and the shortage themselves are not incidents')}),

dict(id='p006', date='2019-05-23', lang='en',
     event='2019 dust storm tears roofs in Zhezkazgan and Satpayev, three hurt, power cut in two districts (Karaganda Region before the 2022 split); Zhezdy, Karsakpay, the Kengir reservoir, the Betpak-Dala',
     text="""Dust storm tears roofs in Zhezkazgan and Satpayev
KARAGANDA, May 23 (KazTAG) - A dust storm with gusts of up to 28 metres a second swept across the south-west of Karaganda region on Wednesday, tearing roofs off a school and several houses in Zhezkazgan and Satpayev and injuring three people, the regional emergencies department said.
In Zhezkazgan, a sheet of roofing iron blown from a five-storey block hit a woman at a bus stop on Alashakhan Avenue; she was taken to hospital with a head wound. In Satpayev, a falling poplar crushed two parked cars and injured two passers-by.
Power lines came down in two districts of the region, leaving about 20 villages, among them Zhezdy and Karsakpay, without electricity. Police closed the Zhezkazgan-Karaganda highway for five hours because visibility fell to 50 metres.
Dust storms are common in the Betpak-Dala in late spring, but residents said this was the strongest in a decade. The Kengir reservoir, which supplies Zhezkazgan with water, was covered in a brown film, and the utility will test the water.""",
     ann=[
        ('Zhezkazgan', 0, 'city', 'Zhezkazgan', KR, {'note': 'headline; Karaganda Region until 2022-06-08'}),
        ('Satpayev', 0, 'city', 'Satpayev', KR, {'note': 'headline'}),
        ('KARAGANDA', 0, 'city', 'Karaganda', KR, {'note': 'dateline'}),
        ('Karaganda region', 0, 'region', KR, KR),
        ('Zhezkazgan', 1, 'city', 'Zhezkazgan', KR),
        ('Satpayev', 1, 'city', 'Satpayev', KR),
        ('Zhezkazgan', 2, 'city', 'Zhezkazgan', KR),
        ('Alashakhan Avenue', 0, 'facility', 'Alashakhan Avenue (Zhezkazgan)', KR, {'subkind': 'street', 'note': 'named after a legendary khan'}),
        ('Satpayev', 2, 'city', 'Satpayev', KR, {'note': 'town named after a person'}),
        ('two districts', 0, 'quantified', '2 districts', N, {'count': 2, 'unit': 'district', 'note': 'power lines brought down in two districts of Karaganda Region; part of the same storm'}),
        ('Zhezdy', 0, 'village', 'Zhezdy', KR),
        ('Karsakpay', 0, 'village', 'Karsakpay', KR),
        ('Zhezkazgan', 3, 'city', 'Zhezkazgan', KR, {'note': 'NI:road endpoint'}),
        ('Karaganda', 1, 'city', 'Karaganda', KR, {'note': 'NI:road endpoint'}),
        ('Betpak-Dala', 0, 'facility', 'Betpak-Dala', N, {'subkind': 'desert', 'note': 'natural feature'}),
        ('Kengir reservoir', 0, 'facility', 'Kengir reservoir', KR, {'subkind': 'reservoir', 'note': 'NI:covered with dust, not damaged'}),
        ('Zhezkazgan', 4, 'city', 'Zhezkazgan', KR, {'note': 'NI:water supply'}),
     ],
     inc={KR: (1, 'dust storm in the south-west of the region: roofs torn off in Zhezkazgan and Satpayev, three hurt, power lines down in two districts; one natural disaster')}),

dict(id='p007', date='1995-08-09', lang='en',
     event='1995 forest fire burns 4,000 ha of ribbon pine forest in Beskaragai district of Semipalatinsk region (abolished 1997; East Kazakhstan Region land before 2022), and a July fire near Borodulikha; Kanonerka evacuated to Semipalatinsk; helicopters from Ust-Kamenogorsk, soldiers from Kurchatov',
     text="""Forest fire rages in pine belt near Semipalatinsk
ALMATY, Aug 9 (Reuters) - A forest fire has destroyed about 4,000 hectares of pine forest in Kazakhstan's Semipalatinsk region and is still burning near the village of Beskaragai, the regional emergencies committee said on Wednesday.
The fire broke out on Sunday in the ribbon forest that stretches along the left bank of the Irtysh in Beskaragai district and was driven north-west by strong winds. About 300 residents of the village of Kanonerka were taken by bus to Semipalatinsk as a precaution.
Helicopters from Ust-Kamenogorsk, the seat of the neighbouring East Kazakhstan region, are dropping water on the flames, and soldiers from a unit based in Kurchatov, the town of the former nuclear test site, have joined the firefighters.
Officials blamed campers and a dry summer. In July another fire burned 600 hectares of the same forest near Borodulikha before rain put it out. Foresters say the region's firefighters have only eleven working fire engines.""",
     ann=[
        ('Semipalatinsk', 0, 'city', 'Semey', EKR, {'note': 'NI:headline; reference point ("near"); Semipalatinsk Region was merged into East Kazakhstan Region in 1997, Semey is Abai Region only from 2022'}),
        ('ALMATY', 0, 'city', 'Almaty', ALA, {'note': 'dateline'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('Semipalatinsk region', 0, 'region', EKR, EKR, {'uncertain': True, 'note': 'Semipalatinsk Region, abolished in 1997 and merged into East Kazakhstan Region; labelled with the unit that holds its seat in the canonical layer of the date'}),
        ('Beskaragai', 0, 'village', 'Beskaragai', EKR),
        ('Irtysh', 0, 'facility', 'Irtysh River', N, {'subkind': 'river'}),
        ('Beskaragai district', 0, 'district', 'Beskaragai District', EKR),
        ('Kanonerka', 0, 'village', 'Kanonerka', EKR, {'note': 'evacuation, not an incident'}),
        ('Semipalatinsk', 2, 'city', 'Semey', EKR, {'note': 'NI:evacuation destination'}),
        ('Ust-Kamenogorsk', 0, 'city', 'Oskemen', EKR, {'note': 'NI:origin of helicopters'}),
        ('East Kazakhstan region', 0, 'region', EKR, EKR, {'note': 'NI:the neighbouring region'}),
        ('Kurchatov', 0, 'city', 'Kurchatov', EKR, {'note': 'NI:base of the soldiers'}),
        ('Borodulikha', 0, 'village', 'Borodulikha', EKR),
     ],
     inc={EKR: (2, 'forest fire of 4,000 ha near Beskaragai (Semipalatinsk region, East Kazakhstan Region land); the narrated July fire of 600 ha near Borodulikha')}),

dict(id='p008', date='2025-04-08', lang='en',
     event='2025 ministry summary: spring floods in seven named regions (Abai, Jetisu, Ulytau, East Kazakhstan, Karaganda, Akmola, Kostanay); the Ayagoz floods Ayagoz and cuts off Aktogay (Abai Region), the Lepsy floods Lepsy (Sarkand district, Jetisu Region), houses in Karsakpay (Ulytau Region), Ulba near Ridder, dachas near Temirtau; pumps from Pavlodar region and Almaty',
     text="""Spring floods hit seven regions as Ayagoz and Lepsy rivers rise
ASTANA, April 8 (Kazinform) - Meltwater has flooded homes and roads in seven regions of Kazakhstan since the start of April, the emergencies ministry said on Tuesday, naming Abai, Jetisu, Ulytau, East Kazakhstan, Karaganda, Akmola and Kostanay. About 2,100 people have been moved to safety, far fewer than during the floods of last spring.
In Abai region, the Ayagoz rose 2.4 metres in two days and flooded about 90 yards on the eastern outskirts of Ayagoz. The village of Aktogay, in the same district, was cut off for a day when water washed away a culvert on the road to the district centre.
In Jetisu region, the Lepsy burst its banks and flooded 35 houses in the railway village of Lepsy, in Sarkand district. Volunteers in Sarkand filled 20,000 sandbags over the weekend.
In Ulytau region, meltwater from the hills entered 12 houses in Karsakpay, and the Kara-Kengir filled the Kengir reservoir to 96 per cent. The regional akimat told residents of low-lying streets in Zhezkazgan and Satpayev to be ready to leave at short notice.
Smaller floods were reported in the village of Ulba near Ridder, in East Kazakhstan, and in dacha settlements near Temirtau, in Karaganda region.
Rescuers and 30 motor pumps have been sent to Abai region from Pavlodar region and from Almaty, and a helicopter of Kazaviaspas has been on duty in Semey since Saturday. The ministry said the peak of the flood in the east would come in the second half of April, when snow melts in the Tarbagatai and the Altai.""",
     ann=[
        ('seven regions', 0, 'quantified', '7 regions', N, {'count': 7, 'unit': 'region', 'note': 'headline; all seven are named in the text'}),
        ('Ayagoz', 0, 'facility', 'Ayagoz River', N, {'subkind': 'river', 'note': 'headline; in a list sharing "rivers"'}),
        ('Lepsy', 0, 'facility', 'Lepsy River', N, {'subkind': 'river', 'note': 'headline; in a list sharing "rivers"'}),
        ('ASTANA', 0, 'city', 'Astana', AST, {'note': 'dateline'}),
        ('seven regions', 1, 'quantified', '7 regions', N, {'count': 7, 'unit': 'region', 'note': 'all seven are named'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('Abai', 0, 'region', ABR, ABR, {'note': 'list of regions named by the ministry'}),
        ('Jetisu', 0, 'region', JR, JR, {'note': 'list of regions named by the ministry'}),
        ('Ulytau', 0, 'region', UR, UR, {'note': 'list of regions named by the ministry'}),
        ('East Kazakhstan', 0, 'region', EKR, EKR, {'note': 'list of regions named by the ministry'}),
        ('Karaganda', 0, 'region', KR, KR, {'note': 'list of regions named by the ministry'}),
        ('Akmola', 0, 'region', AKR, AKR, {'note': 'list of regions named by the ministry'}),
        ('Kostanay', 0, 'region', KOR, KOR, {'note': 'list of regions named by the ministry'}),
        ('Abai region', 0, 'region', ABR, ABR),
        ('Ayagoz', 1, 'facility', 'Ayagoz River', N, {'subkind': 'river'}),
        ('Ayagoz', 2, 'city', 'Ayagoz', ABR, {'note': 'East Kazakhstan Region until 2022-06-08'}),
        ('Aktogay', 0, 'village', 'Aktogay (Ayagoz district)', ABR, {'note': 'a village of Ayagoz district, not Aktogay of Karaganda or Pavlodar Region'}),
        ('Jetisu region', 0, 'region', JR, JR),
        ('Lepsy', 1, 'facility', 'Lepsy River', N, {'subkind': 'river'}),
        ('Lepsy', 2, 'village', 'Lepsy', JR, {'note': 'railway village, the river and the village share the name'}),
        ('Sarkand district', 0, 'district', 'Sarkand District', JR),
        ('Sarkand', 1, 'city', 'Sarkand', JR, {'note': 'sandbag filling, not a separate incident'}),
        ('Ulytau region', 0, 'region', UR, UR),
        ('Karsakpay', 0, 'village', 'Karsakpay', UR),
        ('Kara-Kengir', 0, 'facility', 'Kara-Kengir River', N, {'subkind': 'river'}),
        ('Kengir reservoir', 0, 'facility', 'Kengir reservoir', UR, {'subkind': 'reservoir', 'note': 'NI:water level only'}),
        ('Zhezkazgan', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:warning only'}),
        ('Satpayev', 0, 'city', 'Satpayev', UR, {'note': 'NI:warning only'}),
        ('Ulba', 0, 'village', 'Ulba', EKR),
        ('Ridder', 0, 'city', 'Ridder', EKR, {'note': 'NI:reference point'}),
        ('East Kazakhstan', 1, 'region', EKR, EKR),
        ('Temirtau', 0, 'city', 'Temirtau', KR, {'note': 'NI:reference point'}),
        ('Karaganda region', 0, 'region', KR, KR),
        ('Abai region', 1, 'region', ABR, ABR, {'note': 'destination of relief'}),
        ('Pavlodar region', 0, 'region', PR, PR, {'note': 'NI:origin of relief'}),
        ('Almaty', 0, 'city', 'Almaty', ALA, {'note': 'NI:origin of relief'}),
        ('Semey', 0, 'city', 'Semey', ABR, {'note': 'NI:helicopter base'}),
        ('Tarbagatai', 0, 'facility', 'Tarbagatai', N, {'subkind': 'mountain range', 'note': 'natural feature shared with China'}),
        ('Altai', 0, 'facility', 'Altai', N, {'subkind': 'mountain range', 'note': 'natural feature shared with Russia, China and Mongolia'}),
     ],
     inc={ABR: (1, 'the Ayagoz flooded about 90 yards in Ayagoz and cut off Aktogay; one flood'),
          JR: (1, 'the Lepsy flooded 35 houses in Lepsy, Sarkand district'),
          UR: (1, 'meltwater entered 12 houses in Karsakpay'),
          EKR: (1, 'flooding in the village of Ulba near Ridder'),
          KR: (1, 'flooded dacha settlements near Temirtau'),
          AKR: (1, 'named as flooded in the ministry summary'),
          KOR: (1, 'named as flooded in the ministry summary')}),
]
