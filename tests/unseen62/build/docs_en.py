"""English texts of the sixty-second unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p001', date='2023-09-28', lang='en',
     event='2023 harvest and grain export digest: harvesting in 14 regions, finished in Turkistan and Jambyl regions; farmers near Uzunkol and in Kyzylzhar and Esil districts; exports via Saryagash to Uzbekistan, Tajikistan, Afghanistan; the Kostanay-based company Kostanay Flour Group; incidents: elevator fire in Tayynsha (North Kazakhstan Region), fatal combine accident near Zhaksy (Akmola Region); barley theft in Mendykara district not counted',
     text="""Harvest passes halfway mark as grain exports pick up
ASTANA, Sept 28 (Kazinform) - Farmers have threshed grain from 58 percent of the sown area, the Agriculture Ministry said on Thursday. Harvesting is still under way in 14 regions; in Turkistan and Jambyl regions it finished in August.

Kostanay region leads with 2.9 million tonnes so far, followed by North Kazakhstan and Akmola regions. Yields in the north average 12.4 centners per hectare, below last year's, because of the rain in early September. "We lost two weeks waiting for the fields to dry," said Marat Ospanov, who grows wheat and flax on 6,000 hectares near Uzunkol, in Kostanay region. In Kyzylzhar district of North Kazakhstan region farmers are still cutting barley.

Exports are picking up. Since July about 1.1 million tonnes of wheat and flour have left Kazakhstan, mainly for Uzbekistan, Tajikistan and Afghanistan, and the national railway company Kazakhstan Temir Zholy says it has added 600 grain wagons to the route through Saryagash. The Kostanay-based miller Kostanay Flour Group has signed a contract to supply 80,000 tonnes of flour to Kabul by the end of the year, its director said.

Prices at elevators in the north have fallen to 78,000 tenge a tonne for third-class wheat, from 95,000 tenge a year ago. Farmers in Esil district of Akmola region complained to the regional akimat in Kokshetau that the elevator in the town of Yesil refuses to take grain on credit.

Incidents. A fire destroyed about 40 tonnes of wheat at a grain elevator in Tayynsha, North Kazakhstan region, late on Tuesday; nobody was hurt, the emergencies department said. In Akmola region's Zhaksy district a combine operator was killed when his machine overturned into a gully near the village of Zhaksy. Police in Kostanay region detained two men suspected of stealing 12 tonnes of barley from a farm in Mendykara district.""",
     ann=[
        ('ASTANA', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('14 regions', 0, 'quantified', '14 regions', N, {'count': 14, 'unit': 'region', 'note': 'harvesting under way; not about incidents'}),
        ('Turkistan', 0, 'region', TR, TR, {'note': 'in a list sharing "regions"'}),
        ('Jambyl', 0, 'region', JR, JR, {'note': 'in a list sharing "regions"'}),
        ('Kostanay region', 0, 'region', KOR, KOR),
        ('North Kazakhstan', 0, 'region', NKR, NKR, {'note': 'in a list sharing "regions"'}),
        ('Akmola', 0, 'region', AKR, AKR, {'note': 'in a list sharing "regions"'}),
        ('Uzunkol', 0, 'village', 'Uzunkol', KOR, {'note': "NI:farmer's land; district centre with village status"}),
        ('Kostanay region', 1, 'region', KOR, KOR),
        ('Kyzylzhar district', 0, 'district', 'Kyzylzhar District', NKR),
        ('North Kazakhstan region', 0, 'region', NKR, NKR),
        ('Kazakhstan', 2, 'country', 'Kazakhstan', N),
        ('Uzbekistan', 0, 'foreign', 'Uzbekistan', N, {'note': 'NI:export destination'}),
        ('Tajikistan', 0, 'foreign', 'Tajikistan', N, {'note': 'NI:export destination'}),
        ('Afghanistan', 0, 'foreign', 'Afghanistan', N, {'note': 'NI:export destination'}),
        ('Saryagash', 0, 'city', 'Saryagash', TR, {'note': 'NI:rail route'}),
        ('Kostanay', 2, 'city', 'Kostanay', KOR, {'note': 'NI:in "Kostanay-based", seat of a company'}),
        ('Kabul', 0, 'foreign', 'Kabul', N, {'note': 'NI:export destination'}),
        ('Esil district', 0, 'district', 'Esil District', AKR),
        ('Akmola region', 0, 'region', AKR, AKR),
        ('Kokshetau', 0, 'city', 'Kokshetau', AKR, {'note': 'NI:seat of the regional akimat'}),
        ('Yesil', 0, 'city', 'Yesil (Akmola Region)', AKR, {'note': 'town of Esil district; a complaint, not an incident'}),
        ('Tayynsha', 0, 'city', 'Tayynsha', NKR),
        ('North Kazakhstan region', 1, 'region', NKR, NKR),
        ('Akmola region', 1, 'region', AKR, AKR, {'note': "possessive (region's)"}),
        ('Zhaksy district', 0, 'district', 'Zhaksy District', AKR),
        ('Zhaksy', 1, 'village', 'Zhaksy', AKR, {'note': 'district centre with village status; same name as the district'}),
        ('Kostanay region', 2, 'region', KOR, KOR, {'note': 'inside the name of an authority (police); theft is not an incident'}),
        ('Mendykara district', 0, 'district', 'Mendykara District', KOR, {'note': 'theft, not an incident'}),
     ],
     inc={NKR: (1, 'fire at a grain elevator in Tayynsha, 40 tonnes of wheat burnt'),
          AKR: (1, 'combine overturned into a gully near Zhaksy, operator killed; the barley theft in Kostanay Region is not an incident')}),

dict(id='p002', date='1994-06-15', lang='en',
     event='1994 bread and food prices in Alma-Ata (Green Bazaar) after the tenge slide; flour from Russia, Kustanai and Pavlodar; bread dearer in five regions, most in Mangistau and Atyrau; traders of the Barakholka market picket the city administration on Republic Square; apples from Issyk-Kul (Kyrgyzstan)',
     text="""Bread up a third in Alma-Ata as tenge slides
ALMA-ATA, June 15 (Interfax-Kazakhstan) - The price of a loaf of white bread in Alma-Ata rose by a third this week to 12 tenge, and traders at the Green Bazaar said flour from Russia had nearly doubled in price since April.
Officials at the city administration blamed the fall of the tenge and the cost of bringing grain by rail from Kustanai and Pavlodar. Bread became dearer in five regions in May, the State Statistics Committee said, most of all in Mangistau and Atyrau, where almost all food is brought from elsewhere.
On Tuesday about 200 traders from the Barakholka flea market picketed the city administration on Republic Square against a new trading fee of 300 tenge a day. They went home after the deputy mayor, Sergei Ivanov, promised to review the fee.
A kilogram of mutton at the Green Bazaar costs 90 tenge, and apples brought from Issyk-Kul in Kyrgyzstan sell for 25 tenge. "People buy one apple, not a kilogram," said a fruit seller.""",
     ann=[
        ('Alma-Ata', 0, 'city', 'Almaty', 'Almaty', {'note': 'headline; Soviet-era name still used in 1994'}),
        ('ALMA-ATA', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Alma-Ata', 1, 'city', 'Almaty', 'Almaty'),
        ('Green Bazaar', 0, 'facility', 'Green Bazaar (Almaty)', 'Almaty', {'subkind': 'market'}),
        ('Russia', 0, 'foreign', 'Russia', N, {'note': 'NI:origin of flour'}),
        ('Kustanai', 0, 'city', 'Kostanay', KOR, {'note': 'NI:origin of grain; old spelling'}),
        ('Pavlodar', 0, 'city', 'Pavlodar', PR, {'note': 'NI:origin of grain'}),
        ('five regions', 0, 'quantified', '5 regions', N, {'count': 5, 'unit': 'region', 'note': 'bread prices; not about incidents'}),
        ('Mangistau', 0, 'region', MR, MR, {'note': 'bare region name after "regions"'}),
        ('Atyrau', 0, 'region', ATR, ATR, {'note': 'bare region name after "regions"'}),
        ('Barakholka', 0, 'facility', 'Barakholka market (Almaty)', 'Almaty', {'subkind': 'market', 'note': "NI:the traders' workplace"}),
        ('Republic Square', 0, 'facility', 'Republic Square (Almaty)', 'Almaty', {'subkind': 'square'}),
        ('Green Bazaar', 1, 'facility', 'Green Bazaar (Almaty)', 'Almaty', {'subkind': 'market'}),
        ('Issyk-Kul', 0, 'foreign', 'Issyk-Kul', N, {'note': 'NI:origin of apples; lake and region in Kyrgyzstan'}),
        ('Kyrgyzstan', 0, 'foreign', 'Kyrgyzstan', N),
     ],
     inc={'Almaty': (1, 'picket of about 200 Barakholka traders at the city administration on Republic Square')}),

dict(id='p003', date='2008-10-02', lang='en',
     event='2008 cement plant opens in Ordabasy district near Shymkent (South Kazakhstan Region before 2018); the company Shymkent Cement Holding is not a place; workers from Badam and Temirlan; clinker to Kyzylorda and Tashkent; police note: knife robbery of an exchange office in Kentau, suspect caught near Turkestan',
     text="""New cement plant opens in South Kazakhstan
SHYMKENT, Oct 2 (KazTAG) - A cement plant built with Chinese money started work on Thursday in Ordabasy district, 40 km north of Shymkent, the South Kazakhstan regional akimat said.
The plant, owned by Shymkent Cement Holding, will make 1.2 million tonnes a year and employ 650 people, most of them from the villages of Badam and Temirlan. Clinker will be carried by rail to Kyzylorda and to Tashkent, in Uzbekistan.
"For ten years the only cement in the south came from Kentau or from abroad," the regional governor said at the opening ceremony. A tonne of cement in Shymkent shops costs 14,000 tenge, a third more than in Almaty.
Police note. In Kentau two masked men threatened the cashier of a currency exchange office on Ablai Khan Street with a knife on Wednesday evening and took 1.4 million tenge. One suspect was detained near Turkestan the next morning.""",
     ann=[
        ('South Kazakhstan', 0, 'region', SKR, SKR, {'note': 'headline'}),
        ('SHYMKENT', 0, 'city', 'Shymkent', SKR, {'note': 'dateline; South Kazakhstan Region before 2018-06-19'}),
        ('Ordabasy district', 0, 'district', 'Ordabasy District', SKR, {'note': 'plant opening, not an incident'}),
        ('Shymkent', 0, 'city', 'Shymkent', SKR, {'note': 'NI:reference point'}),
        ('South Kazakhstan', 1, 'region', SKR, SKR, {'note': 'inside the name of an authority (akimat)'}),
        ('Badam', 0, 'village', 'Badam', SKR, {'note': "NI:workers' residence"}),
        ('Temirlan', 0, 'village', 'Temirlan', SKR, {'note': "NI:workers' residence; district centre"}),
        ('Kyzylorda', 0, 'city', 'Kyzylorda', KZR, {'note': 'NI:destination'}),
        ('Tashkent', 0, 'foreign', 'Tashkent', N, {'note': 'NI:destination'}),
        ('Uzbekistan', 0, 'foreign', 'Uzbekistan', N),
        ('Kentau', 0, 'city', 'Kentau', SKR, {'note': 'NI:background, source of cement'}),
        ('Shymkent', 2, 'city', 'Shymkent', SKR, {'note': 'prices'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:price comparison'}),
        ('Kentau', 1, 'city', 'Kentau', SKR),
        ('Ablai Khan Street', 0, 'facility', 'Ablai Khan Street (Kentau)', SKR, {'subkind': 'street', 'note': 'street named after a person'}),
        ('Turkestan', 0, 'city', 'Turkistan', SKR, {'note': 'NI:place of the arrest; South Kazakhstan Region before 2018-06-19'}),
     ],
     inc={SKR: (1, 'armed (knife) robbery of a currency exchange office in Kentau; the arrest near Turkestan is not a separate incident')}),

dict(id='p004', date='2019-04-10', lang='en',
     event='2019 road season: 4,000 km of repairs in all regions except North Kazakhstan and Kostanay; Kyzylorda-Zhezkazgan, Nur-Sultan-Karaganda (Temirtau), Taldykorgan-Ust-Kamenogorsk (Usharal-Taskesken, Ayagoz bypass), Shymkent ring road, Syr Darya bridge at Shardara; tolls on Almaty-Kapshagay and Nur-Sultan-Shchuchinsk roads in six more regions; Nur-Sultan 18 days after the renaming; incidents: road worker killed in Syrdarya district (Kyzylorda Region), lorry overturned near Kapshagay (Almaty Region)',
     text="""Road season opens with 4,000 km of repairs planned
NUR-SULTAN, April 10 (Tengrinews) - Contractors will rebuild or repair about 4,000 km of national roads this year, the Transport Ministry said on Wednesday. Work has started in all regions except North Kazakhstan and Kostanay, where the ground is still frozen.

The largest project remains the Center-West corridor. Crews returned this week to the section between Kyzylorda and Zhezkazgan, where 196 km of new asphalt is due by November. In Karaganda region the four-lane Nur-Sultan-Karaganda road, finished last autumn, will get street lighting on its 40-km stretch past Temirtau.

In the east, work resumes on the road from Taldykorgan to Ust-Kamenogorsk. The Turkish-Kazakh consortium building the 86-km section between Usharal and Taskesken expects to finish in 2020. Residents of Ayagoz have asked for a bypass so that lorries heading for China no longer pass through the town centre.

In the south, the ring road around Shymkent will be widened to six lanes, and a new bridge across the Syr Darya near Shardara will open in July, sparing cotton growers a 120-km detour.

Tolls, charged on the Almaty-Kapshagay road since 2013 and on the Nur-Sultan-Shchuchinsk road since last year, will be extended to 1,000 km more in six regions from 2020, the ministry said. "We pay for roads that are still full of holes," said Yerlan Sadykov of a drivers' association in Almaty.

Accidents. A road worker was killed on Monday when a reversing roller hit him on the Kyzylorda-Zhezkazgan section in Syrdarya district of Kyzylorda region, police said. In Almaty region a lorry loaded with asphalt overturned at a diversion near Kapshagay on Tuesday; its driver was taken to hospital.""",
     ann=[
        ('NUR-SULTAN', 0, 'city', 'Astana', 'Astana', {'note': 'dateline; the capital named Nur-Sultan since 2019-03-23'}),
        ('all regions', 0, 'quantified', 'all regions', N, {'count': None, 'unit': 'region', 'quantifier': 'all', 'note': 'road works; two named exceptions; not about incidents'}),
        ('North Kazakhstan', 0, 'region', NKR, NKR, {'note': 'exception to "all regions"'}),
        ('Kostanay', 0, 'region', KOR, KOR, {'note': 'exception to "all regions"'}),
        ('Kyzylorda', 0, 'city', 'Kyzylorda', KZR, {'note': 'NI:road section endpoint'}),
        ('Zhezkazgan', 0, 'city', 'Zhezkazgan', KR, {'note': 'NI:road section endpoint; Karaganda Region before 2022-06-08'}),
        ('Karaganda region', 0, 'region', KR, KR),
        ('Nur-Sultan', 0, 'city', 'Astana', 'Astana', {'note': 'NI:road endpoint'}),
        ('Karaganda', 1, 'city', 'Karaganda', KR, {'note': 'NI:road endpoint'}),
        ('Temirtau', 0, 'city', 'Temirtau', KR),
        ('Taldykorgan', 0, 'city', 'Taldykorgan', ALR, {'note': 'NI:road endpoint; Almaty Region before 2022-06-08'}),
        ('Ust-Kamenogorsk', 0, 'city', 'Oskemen', EKR, {'note': 'NI:road endpoint'}),
        ('Usharal', 0, 'city', 'Usharal', ALR, {'note': 'NI:road section endpoint; Almaty Region before 2022-06-08'}),
        ('Taskesken', 0, 'village', 'Taskesken', EKR, {'note': 'NI:road section endpoint; East Kazakhstan Region before 2022-06-08'}),
        ('Ayagoz', 0, 'city', 'Ayagoz', EKR, {'note': 'East Kazakhstan Region before 2022-06-08'}),
        ('China', 0, 'foreign', 'China', N, {'note': 'NI:destination of lorries'}),
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'city of republican significance since 2018-06-19'}),
        ('Syr Darya', 0, 'facility', 'Syr Darya', N, {'subkind': 'river'}),
        ('Shardara', 0, 'city', 'Shardara', TR),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:road endpoint'}),
        ('Kapshagay', 0, 'city', 'Konaev', ALR, {'note': 'NI:road endpoint; renamed Konaev in 2022'}),
        ('Nur-Sultan', 1, 'city', 'Astana', 'Astana', {'note': 'NI:road endpoint'}),
        ('Shchuchinsk', 0, 'city', 'Shchuchinsk', AKR, {'note': 'NI:road endpoint'}),
        ('six regions', 0, 'quantified', '6 regions', N, {'count': 6, 'unit': 'region', 'note': 'tolls; not about incidents'}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': "NI:seat of the drivers' association"}),
        ('Kyzylorda', 1, 'city', 'Kyzylorda', KZR, {'note': 'NI:road section endpoint'}),
        ('Zhezkazgan', 1, 'city', 'Zhezkazgan', KR, {'note': 'NI:road section endpoint'}),
        ('Syrdarya district', 0, 'district', 'Syrdarya District', KZR),
        ('Kyzylorda region', 0, 'region', KZR, KZR),
        ('Almaty region', 0, 'region', ALR, ALR),
        ('Kapshagay', 1, 'city', 'Konaev', ALR, {'note': 'renamed Konaev in 2022'}),
     ],
     inc={KZR: (1, 'road worker killed by a reversing roller on the Kyzylorda-Zhezkazgan section in Syrdarya district'),
          ALR: (1, 'lorry with asphalt overturned at a diversion near Kapshagay, driver hurt')}),

dict(id='p005', date='2001-11-20', lang='en',
     event='2001 bank branches open in Zhalagash and Shieli (Kyzylorda Region), offices planned in Aralsk and Kazalinsk; rice loans in three districts; roubles and tenge in Baikonur (leased to Russia); armed robbery of a cash-collection van on the Zhalagash-Kyzylorda road',
     text="""Banks move into Kyzylorda's villages
KYZYLORDA, Nov 20 (Interfax) - Two commercial banks opened branches this month in district centres of Kyzylorda region, where until now pensioners had to travel to the regional capital to collect money transfers.
Kazkommertsbank opened an office in Zhalagash on Monday, and Turanalem Bank a cash desk in Shieli. Both banks plan offices in Aralsk and Kazalinsk next year. The regional akimat says rice growers in three districts can now get seasonal loans without leaving home. Most of the region's rice is sold in Almaty and in Russia.
In Baikonur, the town leased to Russia together with the cosmodrome, roubles and tenge circulate side by side. Traders said a bank exchange office opened in October had narrowed the gap between the two rates.
Separately, police said two armed men stopped a cash-collection van on the road between Zhalagash and Kyzylorda on Friday and took 6 million tenge. A guard was wounded in the leg.""",
     ann=[
        ('Kyzylorda', 0, 'region', KZR, KZR, {'uncertain': True, 'note': "headline; possessive \"Kyzylorda's villages\": the bare name read as the region (the villages lie in the region, not in the city)"}),
        ('KYZYLORDA', 0, 'city', 'Kyzylorda', KZR, {'note': 'dateline'}),
        ('Kyzylorda region', 0, 'region', KZR, KZR),
        ('Zhalagash', 0, 'village', 'Zhalagash', KZR, {'note': 'district centre with village status'}),
        ('Shieli', 0, 'village', 'Shieli', KZR, {'note': 'district centre with village status'}),
        ('Aralsk', 0, 'city', 'Aral', KZR),
        ('Kazalinsk', 0, 'city', 'Kazaly', KZR, {'note': 'Russian-era name'}),
        ('three districts', 0, 'quantified', '3 districts', N, {'count': 3, 'unit': 'district', 'note': 'rice loans; not about incidents'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:market for rice'}),
        ('Russia', 0, 'foreign', 'Russia', N, {'note': 'NI:market for rice'}),
        ('Baikonur', 0, 'city', 'Baikonur', KZR, {'note': 'town leased to Russia with the cosmodrome; Kyzylorda Region'}),
        ('Russia', 1, 'foreign', 'Russia', N, {'note': 'NI:lessee'}),
        ('Zhalagash', 1, 'village', 'Zhalagash', KZR, {'note': 'NI:road endpoint'}),
        ('Kyzylorda', 2, 'city', 'Kyzylorda', KZR, {'note': 'NI:road endpoint'}),
     ],
     inc={KZR: (1, 'armed robbery of a cash-collection van on the Zhalagash-Kyzylorda road, guard wounded')}),

dict(id='p006', date='2012-02-08', lang='en',
     event='2012 AI-92 petrol shortage in East Kazakhstan: queues in Ust-Kamenogorsk and Semey (East Kazakhstan Region before 2022), stations closed in Zaisan and Shemonaikha; supplies from Omsk and Pavlodar; shortages in two other regions, Kostanay and North Kazakhstan; diesel tanker overturned near Ayagoz',
     text="""Petrol queues return to East Kazakhstan
UST-KAMENOGORSK, Feb 8 (Reuters) - Queues of up to 50 cars formed at filling stations in Ust-Kamenogorsk and Semey on Wednesday as AI-92 petrol ran short for the third time since November, and several stations in Zaisan and Shemonaikha closed altogether.
The East Kazakhstan region gets about half of its petrol from the refinery in Omsk, in Russia, and the rest by rail from Pavlodar. Traders say the Russian supplier cut deliveries after Kazakhstan kept its price cap of 112 tenge a litre.
"I drove 40 kilometres from Glubokoye and the station was empty," a taxi driver said in Ust-Kamenogorsk.
Shortages were also reported in two other regions, Kostanay and North Kazakhstan, where stations limit sales to 20 litres per car.
On Tuesday a tanker carrying 25 tonnes of diesel overturned on an icy stretch of the Semey road near Ayagoz. The driver was unhurt and the fuel did not catch fire, the regional emergencies department said.""",
     ann=[
        ('East Kazakhstan', 0, 'region', EKR, EKR, {'note': 'headline'}),
        ('UST-KAMENOGORSK', 0, 'city', 'Oskemen', EKR, {'note': 'dateline'}),
        ('Ust-Kamenogorsk', 0, 'city', 'Oskemen', EKR, {'note': 'fuel queues, not an incident'}),
        ('Semey', 0, 'city', 'Semey', EKR, {'note': 'East Kazakhstan Region before 2022-06-08'}),
        ('Zaisan', 0, 'city', 'Zaisan', EKR),
        ('Shemonaikha', 0, 'city', 'Shemonaikha', EKR),
        ('East Kazakhstan region', 0, 'region', EKR, EKR),
        ('Omsk', 0, 'foreign', 'Omsk', N, {'note': 'NI:origin of petrol'}),
        ('Russia', 0, 'foreign', 'Russia', N),
        ('Pavlodar', 0, 'city', 'Pavlodar', PR, {'note': 'NI:origin of petrol'}),
        ('Kazakhstan', 2, 'country', 'Kazakhstan', N),
        ('Glubokoye', 0, 'village', 'Glubokoye', EKR, {'note': "NI:driver's residence; settlement, district centre"}),
        ('Ust-Kamenogorsk', 1, 'city', 'Oskemen', EKR),
        ('two other regions', 0, 'quantified', '2 other regions', N, {'count': 2, 'unit': 'region', 'note': 'fuel shortage; both named'}),
        ('Kostanay', 0, 'region', KOR, KOR, {'note': 'apposition to "regions"; shortage, not an incident'}),
        ('North Kazakhstan', 0, 'region', NKR, NKR, {'note': 'apposition to "regions"; shortage, not an incident'}),
        ('Semey', 1, 'city', 'Semey', EKR, {'note': 'NI:road name'}),
        ('Ayagoz', 0, 'city', 'Ayagoz', EKR, {'note': 'East Kazakhstan Region before 2022-06-08'}),
     ],
     inc={EKR: (1, 'diesel tanker overturned on ice near Ayagoz; queues and closed stations are not incidents')}),

dict(id='p007', date='2023-03-15', lang='en',
     event='2023 housing digest: 17 million square metres; the three regions created in 2022 (Semey/Abai, Taldykorgan/Jetisu, Zhezkazgan/Ulytau); Oskemen; Konaev (the former Kapshagay) as seat of Almaty Region; the builder Ulytau Qurylys is a company; prices in Astana, Almaty, Petropavl, Taraz; rises in 16 regions, fall in Mangystau; incidents: worker killed in a fall in Semey, fire in an empty block on Turan Avenue in Astana; a fraud in Taldykorgan not counted',
     text="""Housing: new regions get the fastest growth in building
ASTANA, March 15 (Kursiv) - Builders are to hand over 17 million square metres of housing this year, the Industry Ministry said on Wednesday. The largest volumes will again be in Astana, Almaty and Shymkent, but the fastest growth is planned in the three regions created last June.

In Semey, now the centre of Abai region, the akimat has allotted land for twelve blocks of rental flats on the right bank of the Irtysh. "For thirty years Semey got what was left after Oskemen. Now the money comes to us directly," said deputy akim Daniyar Abenov. Oskemen remains the centre of East Kazakhstan region.

Taldykorgan, the centre of Jetisu region, and Zhezkazgan, the centre of Ulytau region, will each receive 30 billion tenge for housing and utility networks. In Zhezkazgan the regional builder Ulytau Qurylys is finishing two nine-storey blocks for teachers and doctors. Konaev, the former Kapshagay, which replaced Taldykorgan as the seat of Almaty region, is laying out a new district for 40,000 residents.

A square metre of new housing costs on average 520,000 tenge in Astana and 690,000 tenge in Almaty; the cheapest new flats are in Petropavl and Taraz. Prices of new flats rose in 16 regions in February and fell only in Mangystau region, the statistics bureau said. Otbasy Bank will offer 2 percent mortgages to teachers and nurses in 35 cities from April.

Incidents. A worker was killed on Monday when he fell from scaffolding at a building site in the 10th microdistrict of Semey. In Astana a fire broke out on Tuesday in a finished but still empty block on Turan Avenue; nobody was hurt. Police in Taldykorgan detained a developer suspected of selling the same flats twice to 38 buyers.""",
     ann=[
        ('ASTANA', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Astana', 0, 'city', 'Astana', 'Astana'),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty'),
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent'),
        ('three regions', 0, 'quantified', '3 regions', N, {'count': 3, 'unit': 'region', 'note': 'the regions created in June 2022 (named below); not about incidents'}),
        ('Semey', 0, 'city', 'Semey', ABR, {'note': 'Abai Region since 2022-06-08'}),
        ('Abai region', 0, 'region', ABR, ABR),
        ('Irtysh', 0, 'facility', 'Irtysh', N, {'subkind': 'river'}),
        ('Semey', 1, 'city', 'Semey', ABR),
        ('Oskemen', 0, 'city', 'Oskemen', EKR),
        ('Oskemen', 1, 'city', 'Oskemen', EKR),
        ('East Kazakhstan region', 0, 'region', EKR, EKR),
        ('Taldykorgan', 0, 'city', 'Taldykorgan', JTR),
        ('Jetisu region', 0, 'region', JTR, JTR),
        ('Zhezkazgan', 0, 'city', 'Zhezkazgan', UR),
        ('Ulytau region', 0, 'region', UR, UR),
        ('Zhezkazgan', 1, 'city', 'Zhezkazgan', UR),
        ('Konaev', 0, 'city', 'Konaev', ALR),
        ('Kapshagay', 0, 'city', 'Konaev', ALR, {'note': 'former name of Konaev'}),
        ('Taldykorgan', 1, 'city', 'Taldykorgan', JTR, {'note': 'NI:former seat of Almaty Region'}),
        ('Almaty region', 0, 'region', ALR, ALR),
        ('Astana', 1, 'city', 'Astana', 'Astana', {'note': 'prices'}),
        ('Almaty', 2, 'city', 'Almaty', 'Almaty', {'note': 'prices'}),
        ('Petropavl', 0, 'city', 'Petropavl', NKR),
        ('Taraz', 0, 'city', 'Taraz', JR),
        ('16 regions', 0, 'quantified', '16 regions', N, {'count': 16, 'unit': 'region', 'note': 'prices; not about incidents'}),
        ('Mangystau region', 0, 'region', MR, MR),
        ('35 cities', 0, 'quantified', '35 cities', N, {'count': 35, 'unit': 'city', 'note': 'mortgage programme; not about incidents'}),
        ('10th microdistrict', 0, 'district', 'Microdistrict 10 (Semey)', ABR, {'subkind': 'microdistrict'}),
        ('Semey', 2, 'city', 'Semey', ABR),
        ('Astana', 2, 'city', 'Astana', 'Astana'),
        ('Turan Avenue', 0, 'facility', 'Turan Avenue (Astana)', 'Astana', {'subkind': 'street'}),
        ('Taldykorgan', 2, 'city', 'Taldykorgan', JTR, {'note': 'fraud arrest, not an incident'}),
     ],
     inc={ABR: (1, 'worker killed in a fall from scaffolding in the 10th microdistrict of Semey'),
          'Astana': (1, 'fire in an empty new block on Turan Avenue; the fraud in Taldykorgan is not an incident')}),

dict(id='p008', date='2026-01-12', lang='en',
     event='2026 December consumer prices: up in all regions except Mangystau (greenhouses near Aktau); highest annual inflation in Ulytau Region and Shymkent, lowest in North Kazakhstan; petrol up in 14 regions, by more than 15 percent in three (Abai, Jetisu, East Kazakhstan); rents in Astana and Almaty, Semey; no incident',
     text="""Prices rose in all regions except Mangystau in December
ASTANA, Jan 12 (Interfax-Kazakhstan) - Consumer prices rose 0.9 percent in December, the Bureau of National Statistics said on Monday, with increases in all regions except Mangystau, where vegetables became cheaper after a new greenhouse complex opened near Aktau.
Annual inflation in Kazakhstan reached 11.3 percent. It was highest in Ulytau region, at 14.2 percent, and in Shymkent, and lowest in North Kazakhstan region. Petrol went up in 14 regions after the price cap on AI-92 was lifted in October; in three regions - Abai, Jetisu and East Kazakhstan - it rose by more than 15 percent.
"Food from Uzbekistan and Kyrgyzstan has become dearer because of the exchange rate," said Aigerim Dzhaksybekova, an analyst at the Almaty-based research firm Dala Analytics.
Rents in Astana fell for the first time in three years, while in Almaty they rose by 1.7 percent. Flats in the Abai region's centre, Semey, were the most expensive outside the three big cities.""",
     ann=[
        ('all regions', 0, 'quantified', 'all regions', N, {'count': None, 'unit': 'region', 'quantifier': 'all', 'note': 'headline; prices, one named exception'}),
        ('Mangystau', 0, 'region', MR, MR, {'note': 'headline; exception to "all regions"'}),
        ('ASTANA', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('all regions', 1, 'quantified', 'all regions', N, {'count': None, 'unit': 'region', 'quantifier': 'all', 'note': 'prices, one named exception'}),
        ('Mangystau', 1, 'region', MR, MR, {'note': 'exception to "all regions"'}),
        ('Aktau', 0, 'city', 'Aktau', MR),
        ('Kazakhstan', 1, 'country', 'Kazakhstan', N),
        ('Ulytau region', 0, 'region', UR, UR),
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent'),
        ('North Kazakhstan region', 0, 'region', NKR, NKR),
        ('14 regions', 0, 'quantified', '14 regions', N, {'count': 14, 'unit': 'region', 'note': 'petrol prices'}),
        ('three regions', 0, 'quantified', '3 regions', N, {'count': 3, 'unit': 'region', 'note': 'petrol prices; all three named'}),
        ('Abai', 0, 'region', ABR, ABR, {'note': 'in a list after "regions"'}),
        ('Jetisu', 0, 'region', JTR, JTR, {'note': 'in a list after "regions"'}),
        ('East Kazakhstan', 0, 'region', EKR, EKR, {'note': 'in a list after "regions"'}),
        ('Uzbekistan', 0, 'foreign', 'Uzbekistan', N),
        ('Kyrgyzstan', 0, 'foreign', 'Kyrgyzstan', N),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'in "Almaty-based", seat of a firm'}),
        ('Astana', 0, 'city', 'Astana', 'Astana'),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty'),
        ('Abai region', 0, 'region', ABR, ABR, {'note': "possessive (region's)"}),
        ('Semey', 0, 'city', 'Semey', ABR),
        ('three big cities', 0, 'quantified', '3 cities', N, {'count': 3, 'unit': 'city', 'note': 'Astana, Almaty and Shymkent, not named here'}),
     ],
     inc={}),
]
