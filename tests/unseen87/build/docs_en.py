"""English texts of the eighty-seventh unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'
CP = 'checkpoint'

DOCS = [
dict(id='p001', date='2023-01-25', lang='en',
     event='2023 queues at the Chinese border after China reopens: lorry fire in the queue at Khorgos village and 1,140 phones seized at the Dostyk crossing (Jetisu Region); fist fight at the Bakhty checkpoint (Abai Region); Kolzhat (Almaty Region) and Maikapshagai (East Kazakhstan) closed; Chinese Horgos vs Kazakh Khorgos; "all four regions that border China"',
     text="""Lorries line up for kilometres as China reopens its western crossings
ZHARKENT, January 25 (KazTAG) - The line of lorries waiting to enter China at the Nur Zholy checkpoint stretched almost 11 km back towards Zharkent on Wednesday, a fortnight after Beijing lifted most of its pandemic rules at the border with Kazakhstan.
Drivers said they had slept three or four nights in their cabs. "I left Almaty on Friday with scrap copper and I am still here," said Bakhyt Omarov, a driver from Kaskelen. Across the frontier, the Chinese town of Horgos has reopened its duty-free zone to day visitors from the Khorgos International Centre for Boundary Cooperation, which straddles the line.
On Tuesday night a lorry caught fire in the queue on the edge of Khorgos village. Firefighters from Zharkent put out the blaze and nobody was hurt, the emergencies department of Jetisu region said. Police think a gas heater in the cab was to blame.
Some 300 km to the north, at the Dostyk crossing in Alakol district, customs officers found 1,140 mobile phones hidden under bales of wool in a lorry bound for Alashankou. The driver, a resident of Ushtobe, was detained. Both crossings have been in Jetisu region since it was carved out of Almaty region last June.
In Abai region, police at the Bakhty checkpoint detained two drivers after a fist fight over places in the line, which now reaches the outskirts of Makanchi. Lorries heading for Tacheng wait up to five days, the regional akimat in Semey said.
The Kolzhat crossing in Uigur district of Almaty region is still closed to freight, and Maikapshagai in East Kazakhstan will take lorries again only in March, the State Revenue Committee said in Astana. Officials say the queues now affect all four regions that border China. Most of the lorries carry plates from Almaty, Shymkent and the Turkistan region.""",
     ann=[
        ('China', 0, 'foreign', 'China', N, {'note': 'headline'}),
        ('ZHARKENT', 0, 'city', 'Zharkent', JTR, {'note': 'dateline; Jetisu Region since 2022-06-08'}),
        ('China', 1, 'foreign', 'China', N),
        ('Nur Zholy checkpoint', 0, 'facility', 'Nur Zholy checkpoint (Khorgos)', JTR, {'subkind': CP, 'note': 'NI:queue only'}),
        ('Zharkent', 0, 'city', 'Zharkent', JTR, {'note': 'NI:reference point of the queue'}),
        ('Beijing', 0, 'foreign', 'Beijing', N, {'uncertain': True, 'note': 'metonymy for the Chinese government'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': "NI:driver's starting point"}),
        ('Kaskelen', 0, 'city', 'Kaskelen', ALR, {'note': "NI:driver's residence"}),
        ('Horgos', 0, 'foreign', 'Horgos (China)', N, {'note': 'the Chinese town across the border; not Khorgos village in Jetisu Region'}),
        ('Khorgos International Centre for Boundary Cooperation', 0, 'facility', 'Khorgos International Centre for Boundary Cooperation', JTR, {'subkind': 'trade zone', 'uncertain': True, 'note': "NI:straddles the border, the Kazakh part lies in Jetisu Region; 'Khorgos' inside the name"}),
        ('Khorgos village', 0, 'village', 'Khorgos', JTR, {'note': 'lorry fire in the queue'}),
        ('Zharkent', 1, 'city', 'Zharkent', JTR, {'note': "NI:firefighters' base"}),
        ('Jetisu region', 0, 'region', JTR, JTR, {'note': 'inside the name of an authority'}),
        ('Dostyk crossing', 0, 'facility', 'Dostyk checkpoint', JTR, {'subkind': CP, 'note': 'seizure of phones'}),
        ('Alakol district', 0, 'district', 'Alakol District', JTR),
        ('Alashankou', 0, 'foreign', 'Alashankou', N, {'note': 'NI:destination of the lorry (China)'}),
        ('Ushtobe', 0, 'city', 'Ushtobe', JTR, {'note': "NI:driver's residence"}),
        ('Jetisu region', 1, 'region', JTR, JTR, {'note': 'NI:background on the 2022 split'}),
        ('Almaty region', 0, 'region', ALR, ALR, {'note': 'NI:the region Jetisu was carved out of'}),
        ('Abai region', 0, 'region', ABR, ABR),
        ('Bakhty checkpoint', 0, 'facility', 'Bakhty checkpoint', ABR, {'subkind': CP, 'note': 'fight in the queue; the driver Bakhyt Omarov is a person'}),
        ('Makanchi', 0, 'village', 'Makanchi', ABR, {'note': 'NI:reference point of the queue'}),
        ('Tacheng', 0, 'foreign', 'Tacheng', N, {'note': 'NI:destination (China)'}),
        ('Semey', 0, 'city', 'Semey', ABR, {'note': 'NI:seat of the regional akimat'}),
        ('Kolzhat crossing', 0, 'facility', 'Kolzhat checkpoint', ALR, {'subkind': CP, 'note': 'NI:closed to freight'}),
        ('Uigur district', 0, 'district', 'Uigur District', ALR, {'note': 'NI:mentioned without an incident'}),
        ('Almaty region', 1, 'region', ALR, ALR, {'note': 'NI:mentioned without an incident'}),
        ('Maikapshagai', 0, 'facility', 'Maikapshagai checkpoint', EKR, {'subkind': CP, 'uncertain': True, 'note': 'NI:the crossing, named like the village next to it; closed'}),
        ('East Kazakhstan', 0, 'region', EKR, EKR, {'note': 'NI:mentioned without an incident'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the committee'}),
        ('all four regions', 0, 'quantified', 'all 4 regions', N, {'count': 4, 'unit': 'region', 'quantifier': 'all', 'note': 'NI:queues, no incident'}),
        ('China', 2, 'foreign', 'China', N),
        ('Almaty', 3, 'city', 'Almaty', 'Almaty', {'note': 'NI:registration of lorries'}),
        ('Shymkent', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:registration of lorries'}),
        ('Turkistan region', 0, 'region', TR, TR, {'note': 'NI:registration of lorries'}),
     ],
     inc={JTR: (2, 'lorry fire in the queue at Khorgos village; 1,140 phones seized at the Dostyk crossing'),
          ABR: (1, 'fist fight between drivers at the Bakhty checkpoint, two detained')}),

dict(id='p002', date='1994-08-16', lang='en',
     event='1994 customs seizure of shuttle traders\' clothing and shoes at the Khorgos crossing (Taldykorgan Region, abolished 1997; Almaty Region land); traders from Almaty and Taldykorgan; trips to Urumqi and Ghulja',
     text="""CUSTOMS SEIZE SHUTTLE TRADERS' GOODS AT KHORGOS
ALMATY, Aug 16 (Reuters) - Customs officers at the Khorgos crossing on the Chinese border have seized 2.3 tonnes of clothing and 600 pairs of shoes brought from Urumqi by a group of about 40 shuttle traders, the customs service of Taldykorgan Region said on Tuesday.
The traders, most of them from Almaty and Taldykorgan, had declared the goods as personal luggage. Under rules introduced in July, each traveller may bring in only 50 kg duty-free; anything above that is treated as a commercial import.
"We borrowed dollars to buy this and now we have nothing," one woman told reporters at the border post. Many traders say they travel to Urumqi or Ghulja twice a month and sell what they bring at open-air markets across Kazakhstan.
The customs service said the bus crossing at Khorgos would open only four days a week from September. A second crossing, further north at Dostyk, remains closed to passengers.""",
     ann=[
        ('KHORGOS', 0, 'facility', 'Khorgos checkpoint', ALR, {'subkind': CP, 'note': 'headline; the crossing, in the Taldykorgan Region of 1994 (abolished 1997, now Almaty Region land)'}),
        ('ALMATY', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Khorgos crossing', 0, 'facility', 'Khorgos checkpoint', ALR, {'subkind': CP, 'note': 'seizure'}),
        ('Urumqi', 0, 'foreign', 'Urumqi', N, {'note': 'NI:origin of the goods'}),
        ('Taldykorgan Region', 0, 'region', ALR, ALR, {'uncertain': True, 'note': 'inside the name of an authority; the Taldykorgan Region abolished in 1997, labelled with the canonical unit holding its land'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': "NI:traders' residence"}),
        ('Taldykorgan', 1, 'city', 'Taldykorgan', ALR, {'note': "NI:traders' residence; town of the abolished Taldykorgan Region"}),
        ('Urumqi', 1, 'foreign', 'Urumqi', N, {'note': 'NI:mentioned without an incident'}),
        ('Ghulja', 0, 'foreign', 'Yining', N, {'note': 'NI:Ghulja (Yining), China'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('Khorgos', 1, 'facility', 'Khorgos checkpoint', ALR, {'subkind': CP, 'note': 'NI:the bus crossing, opening hours'}),
        ('Dostyk', 0, 'facility', 'Dostyk checkpoint', ALR, {'subkind': CP, 'uncertain': True, 'note': 'NI:the crossing at Dostyk; closed'}),
     ],
     inc={ALR: (1, 'seizure of 2.3 tonnes of clothing and 600 pairs of shoes at the Khorgos crossing')}),

dict(id='p003', date='2018-03-12', lang='en',
     event='2018 reopening of Uzbek crossings to pedestrians: a barrier collapses in the crush at the Kazygurt crossing (three hurt) and tomatoes seized at Zhibek Zholy (South Kazakhstan Region, three months before the 2018 split); Uzbek Keles vs Keles district and its centre Abai; Chimkent in a quote',
     text="""Shuttle traders stream back as Uzbek crossings reopen
SHYMKENT, March 12 (Vlast.kz) - For the first time in almost a decade, pedestrians walked freely through the Zhibek Zholy crossing near Saryagash on Monday, after Uzbekistan reopened several of its checkpoints on the border with South Kazakhstan Region.
Women carrying chequered bags of dried apricots, raisins and blue-and-white porcelain had queued since dawn. On the Uzbek side, at the Gisht Kuprik post on the edge of Tashkent, the line of people wanting to go the other way was just as long.
"My sister lives in Keles, twenty minutes from here, and I have not seen her for eight years," said Gulnara Tursunova, who lives in the village of Zhibek Zholy. The Uzbek town of Keles should not be confused with Keles district on the Kazakh side, whose centre is the village of Abai.
The opening was not without trouble. On Sunday evening a metal barrier collapsed in the crush at the Kazygurt crossing and three women were taken to hospital in Saryagash with fractures, the regional health department said. On Monday morning customs officers at Zhibek Zholy seized 1.2 tonnes of Uzbek tomatoes that a trader had tried to pass off as personal luggage.
Older traders remember the 1990s. "We went from Chimkent to Tashkent by bus every week, you could buy anything at the Chorsu bazaar," said Marat Iskakov, 64, from Turkestan. "Then the border closed and the villages on both sides were cut in two."
The Kazakh foreign ministry in Astana said a joint trade zone near Saryagash is being discussed. Crossings in two districts of the region, Saryagash and Kazygurt, now work around the clock; those in Maktaaral district are to open in April. About 1.5 million people crossed between Kazakhstan and Uzbekistan last year, officials said.""",
     ann=[
        ('SHYMKENT', 0, 'city', 'Shymkent', SKR, {'note': 'dateline; South Kazakhstan Region before 2018-06-19'}),
        ('Zhibek Zholy crossing', 0, 'facility', 'Zhibek Zholy border crossing', SKR, {'subkind': CP, 'note': 'NI:reopening, no incident in this sentence'}),
        ('Saryagash', 0, 'city', 'Saryagash', SKR, {'note': 'NI:reference point'}),
        ('Uzbekistan', 0, 'foreign', 'Uzbekistan', N),
        ('South Kazakhstan Region', 0, 'region', SKR, SKR),
        ('Gisht Kuprik', 0, 'facility', 'Gisht Kuprik checkpoint', N, {'subkind': CP, 'note': 'Uzbek border post, outside Kazakhstan; adm1 null'}),
        ('Tashkent', 0, 'foreign', 'Tashkent', N, {'note': 'NI:reference point'}),
        ('Keles', 0, 'foreign', 'Keles (Uzbekistan)', N, {'note': "NI:sister's residence; the Uzbek town, not Keles district"}),
        ('Zhibek Zholy', 1, 'village', 'Zhibek Zholy', SKR, {'note': "NI:speaker's residence"}),
        ('Keles', 1, 'foreign', 'Keles (Uzbekistan)', N, {'note': 'NI:the Uzbek town'}),
        ('Keles district', 0, 'district', 'Keles District', SKR, {'note': 'NI:contrast with the Uzbek town'}),
        ('Abai', 0, 'village', 'Abai (Keles district)', SKR, {'note': 'NI:centre of Keles district; not Abai Region, which did not exist in 2018'}),
        ('Kazygurt crossing', 0, 'facility', 'Kazygurt checkpoint', SKR, {'subkind': CP, 'note': 'barrier collapse, three hurt'}),
        ('Saryagash', 1, 'city', 'Saryagash', SKR, {'note': 'NI:hospital town'}),
        ('Zhibek Zholy', 2, 'facility', 'Zhibek Zholy border crossing', SKR, {'subkind': CP, 'note': 'the crossing (customs officers at it); seizure of tomatoes'}),
        ('Chimkent', 0, 'city', 'Shymkent', SKR, {'note': 'NI:old spelling in a quote; route endpoint in the 1990s'}),
        ('Tashkent', 1, 'foreign', 'Tashkent', N, {'note': 'NI:route endpoint'}),
        ('Chorsu bazaar', 0, 'foreign', 'Chorsu bazaar (Tashkent)', N, {'subkind': 'market', 'note': 'NI:market in Tashkent'}),
        ('Turkestan', 0, 'city', 'Turkistan', SKR, {'note': "NI:speaker's residence"}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the ministry'}),
        ('Saryagash', 2, 'city', 'Saryagash', SKR, {'note': 'NI:planned trade zone'}),
        ('two districts', 0, 'quantified', '2 districts', N, {'count': 2, 'unit': 'district', 'note': 'NI:crossings working around the clock; both named'}),
        ('Saryagash', 3, 'district', 'Saryagash District', SKR, {'note': 'NI:in an apposition listing districts'}),
        ('Kazygurt', 1, 'district', 'Kazygurt District', SKR, {'note': 'NI:in an apposition listing districts'}),
        ('Maktaaral district', 0, 'district', 'Maktaaral District', SKR, {'note': 'NI:crossings to open in April'}),
        ('Kazakhstan', 1, 'country', 'Kazakhstan', N),
        ('Uzbekistan', 1, 'foreign', 'Uzbekistan', N),
     ],
     inc={SKR: (2, 'barrier collapse at the Kazygurt crossing, three women hurt; 1.2 tonnes of tomatoes seized at Zhibek Zholy')}),

dict(id='p004', date='2021-11-02', lang='en',
     event='2021 border guards detain four Kyrgyz men with smuggled cigarettes after they waded across the Shu river near Sortobe, Kordai district (Jambyl Region); Kyrgyz Chui region and Tokmok vs the Kazakh town of Shu',
     text="""Smugglers caught wading across the Shu with cigarettes
NUR-SULTAN, Nov 2 (Kazinform) - Border guards in Jambyl region detained four men who had waded across the Shu river from Kyrgyzstan with 230 kg of cigarettes in plastic sacks, the Border Service said on Tuesday.
The men were stopped at dawn on Monday on the bank near the village of Sortobe in Kordai district. They told investigators that a buyer was waiting for them in Shu, the railway town 120 km to the north-west.
All four are residents of Tokmok, in Kyrgyzstan's Chui region, which lies across the river. The Chui valley is shared by the two countries: the Kazakh bank is called Shu, the Kyrgyz one Chui.
Cigarettes cost almost twice as much in Kazakhstan as in Kyrgyzstan, and the river is shallow in autumn. Since January border guards in the region have stopped 37 such crossings, the service said. The regional border department is based in Taraz.""",
     ann=[
        ('Shu', 0, 'facility', 'Shu River', N, {'subkind': 'river', 'note': 'headline; the river (Chu), not the town of Shu'}),
        ('NUR-SULTAN', 0, 'city', 'Astana', 'Astana', {'note': 'dateline; the capital was Nur-Sultan 2019-2022'}),
        ('Jambyl region', 0, 'region', JR, JR),
        ('Shu river', 0, 'facility', 'Shu River', N, {'subkind': 'river', 'note': 'on the border between Jambyl Region and Kyrgyzstan'}),
        ('Kyrgyzstan', 0, 'foreign', 'Kyrgyzstan', N, {'note': 'NI:origin of the smugglers'}),
        ('Sortobe', 0, 'village', 'Sortobe', JR, {'note': 'detention and seizure on the river bank near the village'}),
        ('Kordai district', 0, 'district', 'Kordai District', JR),
        ('Shu', 2, 'city', 'Shu', JR, {'note': "NI:the buyer's location; the town, not the river"}),
        ('Tokmok', 0, 'foreign', 'Tokmok', N, {'note': 'NI:residence (Kyrgyzstan)'}),
        ('Kyrgyzstan', 1, 'foreign', 'Kyrgyzstan', N),
        ('Chui region', 0, 'foreign', 'Chui Region', N, {'note': 'Kyrgyz region across the river'}),
        ('Chui valley', 0, 'facility', 'Chui valley', N, {'subkind': 'valley', 'note': 'shared by Kazakhstan and Kyrgyzstan'}),
        ('Shu', 3, 'facility', 'Shu River', N, {'subkind': 'river', 'uncertain': True, 'note': 'name of the Kazakh bank of the river/valley'}),
        ('Chui', 2, 'facility', 'Shu River', N, {'subkind': 'river', 'uncertain': True, 'note': 'Kyrgyz name of the river/valley'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('Kyrgyzstan', 2, 'foreign', 'Kyrgyzstan', N),
        ('Taraz', 0, 'city', 'Taraz', JR, {'note': 'NI:seat of the border department'}),
     ],
     inc={JR: (1, 'four smugglers detained with 230 kg of cigarettes near Sortobe, Kordai district; the 37 crossings since January are a statistic')}),

dict(id='p005', date='2010-07-03', lang='en',
     event='2010 first days of the Customs Union at the Russian border: driver found dead in his cab in the queue at Taskala (West Kazakhstan Region), diesel seized at the Kurmangazy crossing (Atyrau Region), traders\' minibus overturned near Martuk (Aktobe Region); Kostanay crossings quiet; seizures in "two other regions" (unattributed); "all seven regions that border Russia"; Kurmangazy the crossing vs the district',
     text="""First days of customs union bring long lines on the Russian border
URALSK, July 3 (Interfax-Kazakhstan) - Customs posts on Kazakhstan's border with Russia stayed open on Saturday, but the first days of the customs union of Kazakhstan, Russia and Belarus have brought queues of lorries several kilometres long to crossings in the west of the country.
At the crossing at Taskala, on the road from Uralsk to Ozinki in Russia's Saratov region, drivers complained that Russian officers still demanded the old paperwork. On Friday morning a driver from Aktobe was found dead in his cab in the queue near Taskala; doctors believe his heart failed in the heat. "Forty degrees and no water," said another driver, Nursultan Abenov.
In Atyrau region, customs officers at the Kurmangazy crossing on the road to Astrakhan seized 4 tonnes of diesel hidden in a tanker declared empty. The crossing lies in Kurmangazy district, 20 km from its centre, Ganyushkino.
In Aktobe region a minibus carrying shuttle traders to Orenburg overturned near Martuk on Thursday night; six passengers were hurt and taken to hospital in Aktobe. Traders there buy goods at the wholesale markets of Orenburg and Sol-Iletsk and sell them in Aktobe and Kandyagash.
Further east, the crossings of Kostanay region on the roads to Troitsk and Chelyabinsk were quiet, and lorries from Karaganda heading for Omsk crossed without delay near Petropavl. Customs officers also seized undeclared goods at crossings in two other regions on Friday, the ministry said, without naming them.
The finance ministry in Astana said all seven regions that border Russia had received extra staff. Internal customs checks between the three countries are to be lifted in July 2011. From then, goods cleared in Moscow, Minsk or Almaty will move freely across the union, officials said.""",
     ann=[
        ('URALSK', 0, 'city', 'Oral', WKR, {'note': 'dateline; Russian name of Oral'}),
        ('Kazakhstan', 1, 'country', 'Kazakhstan', N),
        ('Russia', 0, 'foreign', 'Russia', N),
        ('Kazakhstan', 2, 'country', 'Kazakhstan', N),
        ('Russia', 1, 'foreign', 'Russia', N),
        ('Belarus', 0, 'foreign', 'Belarus', N),
        ('Taskala', 0, 'village', 'Taskala', WKR, {'note': 'the crossing at the village'}),
        ('Uralsk', 0, 'city', 'Oral', WKR, {'note': 'NI:road endpoint'}),
        ('Ozinki', 0, 'foreign', 'Ozinki', N, {'note': 'NI:road endpoint (Russia)'}),
        ('Russia', 2, 'foreign', 'Russia', N),
        ('Saratov region', 0, 'foreign', 'Saratov Oblast', N),
        ('Aktobe', 0, 'city', 'Aktobe', AR, {'note': "NI:driver's residence"}),
        ('Taskala', 1, 'village', 'Taskala', WKR, {'note': 'driver found dead in the queue'}),
        ('Atyrau region', 0, 'region', ATR, ATR),
        ('Kurmangazy crossing', 0, 'facility', 'Kurmangazy checkpoint', ATR, {'subkind': CP, 'note': 'seizure of diesel'}),
        ('Astrakhan', 0, 'foreign', 'Astrakhan', N, {'note': 'NI:road endpoint'}),
        ('Kurmangazy district', 0, 'district', 'Kurmangazy District', ATR),
        ('Ganyushkino', 0, 'village', 'Ganyushkino', ATR, {'note': 'NI:reference point'}),
        ('Aktobe region', 0, 'region', AR, AR),
        ('Orenburg', 0, 'foreign', 'Orenburg', N, {'note': 'NI:destination'}),
        ('Martuk', 0, 'village', 'Martuk', AR, {'note': 'minibus overturned near the village'}),
        ('Aktobe', 2, 'city', 'Aktobe', AR, {'note': 'NI:hospital town'}),
        ('Orenburg', 1, 'foreign', 'Orenburg', N, {'note': 'NI:mentioned without an incident'}),
        ('Sol-Iletsk', 0, 'foreign', 'Sol-Iletsk', N, {'note': 'NI:mentioned without an incident'}),
        ('Aktobe', 3, 'city', 'Aktobe', AR, {'note': 'NI:where goods are sold'}),
        ('Kandyagash', 0, 'city', 'Kandyagash', AR, {'note': 'NI:where goods are sold'}),
        ('Kostanay region', 0, 'region', KOR, KOR, {'note': 'NI:crossings quiet'}),
        ('Troitsk', 0, 'foreign', 'Troitsk (Chelyabinsk Oblast)', N, {'note': 'NI:road endpoint'}),
        ('Chelyabinsk', 0, 'foreign', 'Chelyabinsk', N, {'note': 'NI:road endpoint'}),
        ('Karaganda', 0, 'city', 'Karaganda', KR, {'note': 'NI:origin of lorries'}),
        ('Omsk', 0, 'foreign', 'Omsk', N, {'note': 'NI:destination'}),
        ('Petropavl', 0, 'city', 'Petropavl', NKR, {'note': 'NI:reference point'}),
        ('two other regions', 0, 'quantified', '2 other regions', N, {'count': 2, 'unit': 'region', 'note': 'seizures at crossings in two unnamed regions'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the ministry'}),
        ('all seven regions', 0, 'quantified', 'all 7 regions', N, {'count': 7, 'unit': 'region', 'quantifier': 'all', 'note': 'NI:extra staff, no incident'}),
        ('Russia', 3, 'foreign', 'Russia', N),
        ('Moscow', 0, 'foreign', 'Moscow', N, {'note': 'NI:mentioned without an incident'}),
        ('Minsk', 0, 'foreign', 'Minsk', N, {'note': 'NI:mentioned without an incident'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:customs clearance point'}),
     ],
     inc={WKR: (1, 'driver found dead in his cab in the queue at Taskala (deadly mishap)'),
          ATR: (1, '4 tonnes of diesel seized at the Kurmangazy crossing'),
          AR: (1, 'minibus of shuttle traders overturned near Martuk, six hurt')},
     unatt=[{'label': 'two other regions', 'count': 2, 'note': 'seizures of undeclared goods at crossings in two unnamed regions'}]),

dict(id='p006', date='1992-06-09', lang='en',
     event='1992 bus of shuttle traders returning from Chuguchak through the Bakhty crossing overturns near Makanchi, one dead (Semipalatinsk Region, abolished 1997; East Kazakhstan Region land); Alma-Ata dateline; traders from Semipalatinsk and Ust-Kamenogorsk',
     text="""ONE DEAD AS TRADERS' BUS OVERTURNS NEAR CHINESE BORDER
ALMA-ATA, June 9 (Reuters) - A bus carrying 32 traders back from the Chinese city of Chuguchak overturned on a mountain road near the village of Makanchi on Monday, killing one woman and injuring eleven, officials in Semipalatinsk said.
The traders, from Semipalatinsk and Ust-Kamenogorsk, had crossed the border at Bakhty, which opened to passengers this spring. The bus was carrying bales of down jackets, thermos flasks and tinned meat, police in Urdzhar district said.
Since the Soviet collapse, thousands of people in Semipalatinsk Region have turned to the "shuttle" trade with Xinjiang, where Chuguchak is known in Chinese as Tacheng. Wages at many factories have not been paid since the winter.
Kazakhstan and China are negotiating to open three more crossings this year.""",
     ann=[
        ('ALMA-ATA', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline; Soviet name, used until 1993'}),
        ('Chuguchak', 0, 'foreign', 'Tacheng', N, {'note': 'NI:origin of the traders (China)'}),
        ('Makanchi', 0, 'village', 'Makanchi', EKR, {'note': 'bus overturned near the village; Semipalatinsk Region in 1992, East Kazakhstan Region land'}),
        ('Semipalatinsk', 0, 'city', 'Semey', EKR, {'note': 'NI:seat of the officials'}),
        ('Semipalatinsk', 1, 'city', 'Semey', EKR, {'note': "NI:traders' residence"}),
        ('Ust-Kamenogorsk', 0, 'city', 'Oskemen', EKR, {'note': "NI:traders' residence"}),
        ('Bakhty', 0, 'facility', 'Bakhty checkpoint', EKR, {'subkind': CP, 'uncertain': True, 'note': 'NI:the crossing at Bakhty'}),
        ('Urdzhar district', 0, 'district', 'Urzhar District', EKR, {'note': 'inside the name of an authority (police); Soviet spelling of Urzhar'}),
        ('Semipalatinsk Region', 0, 'region', EKR, EKR, {'uncertain': True, 'note': 'NI:the Semipalatinsk Region abolished in 1997, labelled with the canonical unit holding its land'}),
        ('Xinjiang', 0, 'foreign', 'Xinjiang', N),
        ('Chuguchak', 1, 'foreign', 'Tacheng', N, {'note': 'NI:mentioned without an incident'}),
        ('Tacheng', 0, 'foreign', 'Tacheng', N, {'note': 'NI:mentioned without an incident'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('China', 0, 'foreign', 'China', N),
     ],
     inc={EKR: (1, 'bus of traders overturned near Makanchi, one dead, eleven hurt')}),

dict(id='p007', date='2020-02-05', lang='en',
     event='2020 coronavirus: passenger traffic with China suspended, lorries wait at Khorgos and Dostyk (Almaty Region before the 2022 split); a lorry cab burns at Maikapshagai, Zaisan district (East Kazakhstan Region); a man detained crossing on foot near Kolzhat (Almaty Region); Wuhan and Hubei',
     text="""China crossings shut to passengers, lorries wait in the cold
NUR-SULTAN, Feb 5 (Tengrinews English) - Kazakhstan has stopped passenger traffic through all its crossings with China because of the new coronavirus from Wuhan, but lorries are still allowed through after a medical check of the drivers, the government said on Wednesday.
Hundreds of lorries stood at Khorgos and Dostyk in Almaty region on Wednesday morning, with temperatures down to minus 22. At Maikapshagai in Zaisan district of East Kazakhstan, the cab of a lorry from Xinjiang burnt out overnight while its driver slept in a nearby cafe; nobody was hurt.
Also on Tuesday, border guards in Almaty region detained a man who tried to walk into China across the fields near Kolzhat. He told them he wanted to collect a debt from a business partner in Ghulja, the Border Service said.
Health officials said that no one who had arrived from Hubei province had shown symptoms.""",
     ann=[
        ('China', 0, 'foreign', 'China', N, {'note': 'headline'}),
        ('NUR-SULTAN', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N),
        ('China', 1, 'foreign', 'China', N),
        ('Wuhan', 0, 'foreign', 'Wuhan', N, {'note': 'NI:origin of the virus'}),
        ('Khorgos', 0, 'facility', 'Khorgos checkpoint', ALR, {'subkind': CP, 'uncertain': True, 'note': 'NI:lorries waiting; the crossing or the village'}),
        ('Dostyk', 0, 'facility', 'Dostyk checkpoint', ALR, {'subkind': CP, 'uncertain': True, 'note': 'NI:lorries waiting; the crossing or the village'}),
        ('Almaty region', 0, 'region', ALR, ALR, {'note': 'NI:shared by Khorgos and Dostyk (Almaty Region before 2022-06-08)'}),
        ('Maikapshagai', 0, 'facility', 'Maikapshagai checkpoint', EKR, {'subkind': CP, 'uncertain': True, 'note': 'lorry cab burnt at the crossing (or the village)'}),
        ('Zaisan district', 0, 'district', 'Zaysan District', EKR),
        ('East Kazakhstan', 0, 'region', EKR, EKR),
        ('Xinjiang', 0, 'foreign', 'Xinjiang', N, {'note': 'NI:origin of the lorry'}),
        ('Almaty region', 1, 'region', ALR, ALR),
        ('China', 2, 'foreign', 'China', N),
        ('Kolzhat', 0, 'village', 'Kolzhat', ALR, {'note': 'detention of a man crossing on foot near the village'}),
        ('Ghulja', 0, 'foreign', 'Yining', N, {'note': "NI:the partner's town (China)"}),
        ('Hubei province', 0, 'foreign', 'Hubei', N, {'note': 'NI:mentioned without an incident'}),
     ],
     inc={EKR: (1, 'lorry cab burnt out at Maikapshagai'),
          ALR: (1, 'man detained crossing the border on foot near Kolzhat')}),

dict(id='p008', date='2025-09-16', lang='en',
     event='2025 Jambyl Region: 46 sheep driven across the Talas river from Kyrgyzstan seized near Uyuk, Talas district, and 2 tonnes of sugar seized at the Sypatai Batyr checkpoint in Merke district; Kyrgyz Talas region vs Talas district; the checkpoint named after a person',
     text="""Sheep, sugar and a river: two seizures on the Kyrgyz border
TARAZ, Sept 16 (Kazinform) - Police in Jambyl region have detained three men who drove 46 sheep across the Talas river from Kyrgyzstan near the village of Uyuk, the regional police department said on Tuesday.
The animals had no veterinary papers and were seized. Uyuk lies in Talas district, whose centre is the town of Karatau; across the river is Kyrgyzstan's Talas region, with its own town of Talas 60 km upstream. Herders on both banks say livestock often wanders over the unmarked stretches of the border.
On Monday customs officers at the Sypatai Batyr checkpoint in Merke district found 2 tonnes of sugar in a lorry that had declared a load of empty crates. The lorry was bound for Kara-Balta, on the Kyrgyz side.
Sugar prices in Kyrgyzstan have risen sharply since the summer, the State Revenue Committee said, and seizures at crossings in Jambyl region have tripled.""",
     ann=[
        ('TARAZ', 0, 'city', 'Taraz', JR, {'note': 'dateline'}),
        ('Jambyl region', 0, 'region', JR, JR),
        ('Talas river', 0, 'facility', 'Talas River', N, {'subkind': 'river'}),
        ('Kyrgyzstan', 0, 'foreign', 'Kyrgyzstan', N, {'note': 'NI:origin of the sheep'}),
        ('Uyuk', 0, 'village', 'Uyuk', JR, {'note': 'detention and seizure of sheep near the village'}),
        ('Uyuk', 1, 'village', 'Uyuk', JR),
        ('Talas district', 0, 'district', 'Talas District', JR),
        ('Karatau', 0, 'city', 'Karatau', JR, {'note': 'NI:district centre'}),
        ('Kyrgyzstan', 1, 'foreign', 'Kyrgyzstan', N),
        ('Talas region', 0, 'foreign', 'Talas Region (Kyrgyzstan)', N, {'note': 'not Talas district of Jambyl Region'}),
        ('Talas', 3, 'foreign', 'Talas (Kyrgyzstan)', N, {'note': 'NI:the Kyrgyz town'}),
        ('Sypatai Batyr checkpoint', 0, 'facility', 'Sypatai Batyr checkpoint', JR, {'subkind': CP, 'note': 'seizure of sugar; named after a person'}),
        ('Merke district', 0, 'district', 'Merke District', JR),
        ('Kara-Balta', 0, 'foreign', 'Kara-Balta', N, {'note': 'NI:destination (Kyrgyzstan)'}),
        ('Kyrgyzstan', 2, 'foreign', 'Kyrgyzstan', N),
        ('Jambyl region', 1, 'region', JR, JR, {'note': 'NI:statistic'}),
     ],
     inc={JR: (2, '46 sheep seized and three men detained near Uyuk, Talas district; 2 tonnes of sugar seized at the Sypatai Batyr checkpoint, Merke district')}),
]
