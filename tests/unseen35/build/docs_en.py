"""English texts of the thirty-fifth unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
JR, ALR, KYR, TR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'Turkistan Region', 'South Kazakhstan Region'
ABR, JTR, EKR, MR, KOR = 'Abai Region', 'Jetisu Region', 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR, UR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region', 'Ulytau Region'
ATR, AR, WKR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region'

DOCS = [
dict(id='p001', date='2017-11-03', lang='en',
     event='2017 minibus-truck crash near Lenger, Tolebi district (South Kazakhstan Region, before the 2018 split); misspelt SHIMKENT/Shimkent in the headline and text',
     text="""FOUR DEAD AS MINIBUS HITS TRUCK NEAR SHIMKENT
SHYMKENT, Nov 3 (KazTAG) - Four people died and seven were injured when a minibus collided with a grain truck on the road between Shymkent and Lenger early on Friday, the emergencies department of South Kazakhstan region said.
The minibus was carrying market traders from Saryagash. Police said the driver, a 52-year-old resident of Kazygurt, tried to overtake on a bend in thick fog outside Lenger.
The injured were taken to the regional hospital in Shimkent, where two remain in a serious condition. Shimkent police have opened a criminal case for breach of traffic rules.""",
     ann=[
        ('SHIMKENT', 0, 'city', 'Shymkent', SKR, {'note': 'NI:headline; reference point of the crash; misspelling of Shymkent (one letter off)'}),
        ('SHYMKENT', 0, 'city', 'Shymkent', SKR, {'note': 'dateline'}),
        ('Shymkent', 0, 'city', 'Shymkent', SKR, {'note': 'NI:route endpoint'}),
        ('Lenger', 0, 'city', 'Lenger', SKR, {'note': 'NI:route endpoint'}),
        ('South Kazakhstan region', 0, 'region', SKR, SKR, {'note': 'inside the name of an authority'}),
        ('Saryagash', 0, 'city', 'Saryagash', SKR, {'note': 'NI:origin of the passengers'}),
        ('Kazygurt', 0, 'village', 'Kazygurt', SKR, {'note': "NI:driver's residence"}),
        ('Lenger', 1, 'city', 'Lenger', SKR, {'note': 'the crash site ("outside Lenger")'}),
        ('Shimkent', 0, 'city', 'Shymkent', SKR, {'note': 'NI:hospital town; misspelling of Shymkent'}),
        ('Shimkent', 1, 'city', 'Shymkent', SKR, {'note': 'NI:inside the name of an authority (city police); misspelling of Shymkent'}),
     ],
     inc={SKR: (1, 'minibus-truck collision outside Lenger on the Shymkent-Lenger road, four dead')}),

dict(id='p002', date='2023-07-20', lang='en',
     event='2023 heat and storm warnings for 11 regions: Kyzylorda, Turkistan, Mangystau; storms for Almata (misspelt) and Semei, Ayagoz in the new Abai Region (no incident)',
     text="""Heat warning for south and west, storms for Semei
ASTANA, July 20 (Kazinform) - Kazhydromet has issued heat warnings for 11 regions, with temperatures expected to reach 44C in the Kyzylorda, Turkistan and Mangystau regions on Friday and Saturday.
In Almata and the nearby foothills, thunderstorms with hail and squalls of up to 23 metres per second are forecast for the evening. A storm warning is also in force for Semei, Ayagoz and the rest of Abai region, where strong wind will raise the risk of steppe fires.
Temperatures in the capital will stay at 30-32C. Residents are advised to avoid the sun between noon and 4 pm.""",
     ann=[
        ('Semei', 0, 'city', 'Semey', ABR, {'note': 'headline; transliteration variant of Semey'}),
        ('ASTANA', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('11 regions', 0, 'quantified', '11 regions', N, {'count': 11, 'unit': 'region', 'note': 'heat warnings; not about incidents'}),
        ('Kyzylorda', 0, 'region', KYR, KYR, {'note': 'list sharing the head noun "regions"'}),
        ('Turkistan', 0, 'region', TR, TR, {'note': 'list sharing the head noun "regions"'}),
        ('Mangystau', 0, 'region', MR, MR, {'note': 'list sharing the head noun "regions"'}),
        ('Almata', 0, 'city', 'Almaty', 'Almaty', {'note': 'misspelling of Almaty'}),
        ('Semei', 1, 'city', 'Semey', ABR, {'note': 'transliteration variant of Semey'}),
        ('Ayagoz', 0, 'city', 'Ayagoz', ABR),
        ('Abai region', 0, 'region', ABR, ABR),
     ],
     inc={}),

dict(id='p003', date='2008-05-12', lang='en',
     event='2008 fire at the Mirlan clothing market in Oral/Uralsk, and the 2005 Shapagat market fire as background (West Kazakhstan Region); firefighters from Aksai and Derkul, goods from Urumqi, Orenburg, Samara',
     text="""Fire destroys 60 stalls at Uralsk clothing market
ORAL, May 12 (Interfax-Kazakhstan) - A fire destroyed about 60 stalls at the 'Mirlan' clothing market in Oral, the city also known by its Russian name Uralsk, early on Monday, the emergencies department of West Kazakhstan region said.
The blaze started at around 3 am in a row of containers near Dostyk Avenue and spread over 1,200 square metres before 14 fire crews put it out at 6.40 am. Nobody was hurt.
Crews were also sent from Aksai and from Derkul, a settlement on the city's northern edge.
"We lost everything we brought from Urumqi last week," said one trader. Many traders at the market buy their stock in Orenburg and Samara, across the border.
Oral's akim said traders would be given places at a market on Zhangir Khan Street until the site is rebuilt. The city's last big market fire, in March 2005, burned down the neighbouring 'Shapagat' market.
A criminal case has been opened for negligence.""",
     ann=[
        ('Uralsk', 0, 'city', 'Oral', WKR, {'note': 'headline; Russian name of Oral'}),
        ('ORAL', 0, 'city', 'Oral', WKR, {'note': 'dateline'}),
        ('Mirlan', 0, 'facility', 'Mirlan market (Oral)', WKR, {'subkind': 'market', 'note': 'name in quotes'}),
        ('Oral', 0, 'city', 'Oral', WKR),
        ('Uralsk', 1, 'city', 'Oral', WKR, {'note': 'Russian name of Oral'}),
        ('West Kazakhstan region', 0, 'region', WKR, WKR, {'note': 'inside the name of an authority'}),
        ('Dostyk Avenue', 0, 'facility', 'Dostyk Avenue (Oral)', WKR, {'subkind': 'street'}),
        ('Aksai', 0, 'city', 'Aksai', WKR, {'note': 'NI:origin of fire crews'}),
        ('Derkul', 0, 'village', 'Derkul', WKR, {'note': 'NI:origin of fire crews'}),
        ('Urumqi', 0, 'foreign', 'Urumqi', N, {'note': 'NI:origin of goods'}),
        ('Orenburg', 0, 'foreign', 'Orenburg', N, {'note': 'NI:where traders buy stock'}),
        ('Samara', 0, 'foreign', 'Samara', N, {'note': 'NI:where traders buy stock'}),
        ('Oral', 1, 'city', 'Oral', WKR, {'note': "possessive (Oral's akim)"}),
        ('Zhangir Khan Street', 0, 'facility', 'Zhangir Khan Street (Oral)', WKR, {'subkind': 'street', 'note': 'NI:site of temporary stalls; named after a person'}),
        ('Shapagat', 0, 'facility', 'Shapagat market (Oral)', WKR, {'subkind': 'market', 'note': 'name in quotes; site of the 2005 fire'}),
     ],
     inc={WKR: (2, 'fire at the Mirlan market in Oral (May 2008) and the background March 2005 fire that burned the Shapagat market, narrated with place and date')}),

dict(id='p004', date='2021-03-02', lang='en',
     event='2021 deputy governor of Turkistan Region appointed akim of Kyzyl-Orda (hyphenated spelling); born in Kentau, former akim of Arys; predecessor moved to Nur Sultan (no incident)',
     text="""New akim for Kyzyl-Orda
NUR-SULTAN, March 2 (Tengrinews) - Nurlybek Sarsenov, a deputy governor of Turkistan Region, has been appointed akim of Kyzyl-Orda, the regional governor's office said on Tuesday.
Sarsenov, 46, was born in Kentau and was akim of Arys from 2018 to 2020. He replaces Marat Ospanov, who moved to a post at a ministry in Nur Sultan last month.
Kyzyl-Orda, a city of about 250,000 on the Syr Darya, has had four akims since 2016. The new akim's first task will be the city's heating network, which officials say needs 40 billion tenge of repairs before next winter.""",
     ann=[
        ('Kyzyl-Orda', 0, 'city', 'Kyzylorda', KYR, {'note': 'headline; hyphenated spelling of Kyzylorda'}),
        ('NUR-SULTAN', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Turkistan Region', 0, 'region', TR, TR, {'note': "inside an official's title"}),
        ('Kyzyl-Orda', 1, 'city', 'Kyzylorda', KYR, {'note': 'hyphenated spelling of Kyzylorda'}),
        ('Kentau', 0, 'city', 'Kentau', TR, {'note': 'NI:birthplace'}),
        ('Arys', 0, 'city', 'Arys', TR, {'note': 'NI:former workplace'}),
        ('Nur Sultan', 0, 'city', 'Astana', 'Astana', {'note': 'NI:workplace; Nur-Sultan without the hyphen'}),
        ('Kyzyl-Orda', 2, 'city', 'Kyzylorda', KYR, {'note': 'at the start of a sentence; hyphenated spelling'}),
        ('Syr Darya', 0, 'facility', 'Syr Darya', N, {'subkind': 'river'}),
     ],
     inc={}),

dict(id='p005', date='2022-08-30', lang='en',
     event='2022 regions round-up: steppe fire near Akshi, Ayagoz district (Abai Region, eleven weeks old), tourist bus overturned near Kabanbai, Alakol district (Jetisu Region); bread prices in Qaraghandy and Temirtau; Zhezkazgan ring road (Ulytau Region)',
     text="""Regions round-up: steppe fire near Ayagoz, bus overturns on way to Alakol, bread up in Qaraghandy
ALMATY, Aug 30 (Vlast.kz) - News from the regions on Tuesday.
ABAI REGION. A steppe fire that started on Monday afternoon near the village of Akshi in Ayagoz district burned about 2,400 hectares of pasture before firefighters and volunteers stopped it at dawn, the emergencies ministry said. Wind carried the flames to within 3 km of Tarlauly, where 40 residents were moved to a school. Two hay barns burned. Crews came from Semei and Ayagoz, and a helicopter from Oskemen helped. The region, carved out of East Kazakhstan in June, has had 17 steppe fires this summer.
JETISU. Eleven people were hurt when a bus taking holidaymakers from Almaty to the resorts on Lake Alakol overturned near Kabanbai in Alakol district, police said. The driver said he swerved to avoid a cow. Three passengers were flown to the regional hospital in Taldy-Korgan; the others are in Usharal.
KARAGANDA. A loaf of white bread now costs 170 tenge in Qaraghandy and Temirtau, up 12 percent since March, the regional statistics office said. Millers blamed the price of grain from the Kostanay and Akmola regions. Bread prices rose in 14 regions in August, official data show, and were highest in Aqtau and Atyrau.
ULYTAU. The akim of the new region opened a 2-km stretch of the ring road around Zhezkazgan, which will keep ore trucks from Satpayev out of the city centre. It is one of Kazakhstan's three new regions, split from Karaganda region in June.""",
     ann=[
        ('Ayagoz', 0, 'city', 'Ayagoz', ABR, {'note': 'headline; reference point of the fire'}),
        ('Alakol', 0, 'facility', 'Lake Alakol', N, {'subkind': 'lake', 'uncertain': True, 'note': 'NI:headline; destination of the bus; bare Alakol could also be read as Alakol district'}),
        ('Qaraghandy', 0, 'city', 'Karaganda', KR, {'note': 'headline; Kazakh transliteration of Karaganda'}),
        ('ALMATY', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('ABAI REGION', 0, 'region', ABR, ABR, {'note': 'section heading in capitals'}),
        ('Akshi', 0, 'village', 'Akshi (Ayagoz district)', ABR),
        ('Ayagoz district', 0, 'district', 'Ayagoz District', ABR),
        ('Tarlauly', 0, 'village', 'Tarlauly', ABR, {'note': 'NI:reference point; evacuation point'}),
        ('Semei', 0, 'city', 'Semey', ABR, {'note': 'NI:origin of crews; transliteration variant of Semey'}),
        ('Ayagoz', 2, 'city', 'Ayagoz', ABR, {'note': 'NI:origin of crews'}),
        ('Oskemen', 0, 'city', 'Oskemen', EKR, {'note': 'NI:origin of a helicopter'}),
        ('East Kazakhstan', 0, 'region', EKR, EKR, {'note': 'NI:former unit of the land'}),
        ('JETISU', 0, 'region', JTR, JTR, {'note': 'section heading in capitals'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of the bus'}),
        ('Lake Alakol', 0, 'facility', 'Lake Alakol', N, {'subkind': 'lake', 'note': 'NI:destination of the bus'}),
        ('Kabanbai', 0, 'village', 'Kabanbai (Alakol district)', JTR),
        ('Alakol district', 0, 'district', 'Alakol District', JTR),
        ('Taldy-Korgan', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:hospital town; hyphenated spelling of Taldykorgan'}),
        ('Usharal', 0, 'city', 'Usharal', JTR, {'note': 'NI:hospital town'}),
        ('KARAGANDA', 0, 'region', KR, KR, {'note': 'section heading in capitals'}),
        ('Qaraghandy', 1, 'city', 'Karaganda', KR, {'note': 'Kazakh transliteration of Karaganda'}),
        ('Temirtau', 0, 'city', 'Temirtau', KR),
        ('Kostanay', 0, 'region', KOR, KOR, {'note': 'NI:list sharing the head noun "regions"; origin of grain'}),
        ('Akmola', 0, 'region', AKR, AKR, {'note': 'NI:list sharing the head noun "regions"; origin of grain'}),
        ('14 regions', 0, 'quantified', '14 regions', N, {'count': 14, 'unit': 'region', 'note': 'bread prices; not about incidents'}),
        ('Aqtau', 0, 'city', 'Aktau', MR, {'note': 'Kazakh transliteration of Aktau'}),
        ('Atyrau', 0, 'city', 'Atyrau', ATR),
        ('ULYTAU', 0, 'region', UR, UR, {'note': 'section heading in capitals'}),
        ('Zhezkazgan', 0, 'city', 'Zhezkazgan', UR),
        ('Satpayev', 0, 'city', 'Satpayev', UR, {'note': 'NI:origin of the ore trucks'}),
        ('Kazakhstan', 1, 'country', 'Kazakhstan', N, {'note': "possessive (Kazakhstan's)"}),
        ('Karaganda region', 0, 'region', KR, KR, {'note': 'NI:former unit of the land'}),
     ],
     inc={ABR: (1, 'steppe fire near Akshi, Ayagoz district (two barns burned; one event)'),
          JTR: (1, 'tourist bus overturned near Kabanbai, Alakol district, eleven hurt')}),

dict(id='p006', date='2011-09-26', lang='en',
     event='2011 football: Shakhter Karagandy beat Zhetysu at the Shakhter stadium in Karagandy; other matches in Qostanai, Kyzylorda, Astana; next match in Uralsk; clubs named after places are not places (no incident)',
     text="""Shakhter Karagandy five points clear with four rounds left
KARAGANDY, Sept 26 (Sports.kz) - Shakhter Karagandy beat Zhetysu 2-0 at the Shakhter stadium on Sunday to go five points clear at the top of the Premier League with four rounds to play.
Yerlan Sadykov scored in the 34th minute and Maxim Zaitsev added a second from the penalty spot after the break in front of 18,000 fans, the biggest crowd in Karagandy this season.
Elsewhere, Tobol drew 1-1 with Atyrau in Qostanai, Aktobe won 3-1 away to Kaisar in Kyzylorda, and Ordabasy lost 1-0 to Lokomotiv in Astana.
Shakhter play Akzhayik in Uralsk on Saturday, travelling by charter flight, and finish the season at home to Vostok. "Nobody in Karagandy is talking about anything else," said coach Askar Beisenov. Zhetysu, from Taldykorgan, drop to seventh.""",
     ann=[
        ('KARAGANDY', 0, 'city', 'Karaganda', KR, {'note': 'dateline; Kazakh-style spelling of Karaganda'}),
        ('Shakhter stadium', 0, 'facility', 'Shakhter Stadium (Karaganda)', KR, {'subkind': 'stadium'}),
        ('Karagandy', 2, 'city', 'Karaganda', KR, {'note': 'Kazakh-style spelling of Karaganda; the club Shakhter Karagandy is not annotated'}),
        ('Qostanai', 0, 'city', 'Kostanay', KOR, {'note': 'NI:site of a match; Kazakh transliteration of Kostanay'}),
        ('Kyzylorda', 0, 'city', 'Kyzylorda', KYR, {'note': 'NI:site of a match'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:site of a match; at the end of a sentence'}),
        ('Uralsk', 0, 'city', 'Oral', WKR, {'note': 'NI:site of the next match; Russian name of Oral'}),
        ('Karagandy', 3, 'city', 'Karaganda', KR, {'note': 'Kazakh-style spelling of Karaganda'}),
        ('Taldykorgan', 0, 'city', 'Taldykorgan', ALR, {'note': "NI:the club's home town; Almaty Region before the 2022 split"}),
     ],
     inc={}),

dict(id='p007', date='1996-04-18', lang='en',
     event='1996 court in Zhambyl (the city renamed Taraz in 1997) jails a bus driver for the August 1995 crash near Kordai that killed nine (Jambyl Region)',
     text="""Bus driver jailed for six years over Kordai crash
ZHAMBYL, April 18 (Interfax) - A court in Zhambyl on Thursday sentenced a bus driver to six years in prison over a crash last August in which nine passengers died, the regional prosecutor's office said.
The bus, travelling from Almaty to Zhambyl, hit a fuel tanker near the village of Kordai on August 14 and caught fire. Investigators found the driver had been at the wheel for 19 hours.
The court also ordered the bus company, based in Shu, to pay the families compensation. Eleven people were injured in the crash, the worst on the Zhambyl region's roads last year.""",
     ann=[
        ('Kordai', 0, 'village', 'Kordai', JR, {'note': 'headline; the crash site'}),
        ('ZHAMBYL', 0, 'city', 'Taraz', JR, {'note': 'dateline; Zhambyl, the name of Taraz until 1997'}),
        ('Zhambyl', 0, 'city', 'Taraz', JR, {'note': 'NI:seat of the court; the name of Taraz until 1997'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:route endpoint'}),
        ('Zhambyl', 1, 'city', 'Taraz', JR, {'note': 'NI:route endpoint; the name of Taraz until 1997'}),
        ('Kordai', 1, 'village', 'Kordai', JR),
        ('Shu', 0, 'city', 'Shu', JR, {'note': "NI:seat of the bus company"}),
        ('Zhambyl region', 0, 'region', JR, JR, {'note': "possessive (the Zhambyl region's roads)"}),
     ],
     inc={JR: (1, 'bus hit a fuel tanker near Kordai in August 1995, nine dead; the 1996 verdict is not counted')}),

dict(id='p008', date='2005-02-09', lang='en',
     event='2005 coal prices in a cold snap: Petropavl, Kokshetau, Shchuchinsk (Akmola Region), Pavlodar, the Karazhyra mine, Ust Kamenogorsk (missing hyphen) and Semipalatinsk (East Kazakhstan Region before 2022) (no incident)',
     text="""Coal prices climb in north and east as cold snap drags on
PETROPAVL, Feb 9 (KazTAG) - A tonne of Ekibastuz coal now costs 5,800 tenge in Petropavl, up from 4,200 in November, as a cold spell keeps night temperatures below minus 35C across northern Kazakhstan, traders said on Wednesday.
In Kokshetau, coal sold at 6,100 tenge a tonne at the railway depot, and residents of Shchuchinsk said suppliers had stopped delivering to private houses. Prices were lower in Pavlodar, close to the pits, at 3,900 tenge.
In the east, coal from the Karazhyra mine cost 4,500 tenge a tonne in Ust Kamenogorsk and 4,000 in Semipalatinsk, the nearest city to the mine. The East Kazakhstan akimat said it would subsidise deliveries to pensioners.
The competition agency in Astana said it had asked the akimats of North Kazakhstan, Akmola and East Kazakhstan regions to check whether wholesalers had fixed prices. Traders blamed the railway, which raised freight tariffs on January 1.""",
     ann=[
        ('PETROPAVL', 0, 'city', 'Petropavl', NKR, {'note': 'dateline'}),
        ('Ekibastuz', 0, 'city', 'Ekibastuz', PR, {'note': 'NI:origin of the coal; noun used as a modifier'}),
        ('Petropavl', 0, 'city', 'Petropavl', NKR),
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N, {'note': 'directional phrase: only the country'}),
        ('Kokshetau', 0, 'city', 'Kokshetau', AKR),
        ('Shchuchinsk', 0, 'city', 'Shchuchinsk', AKR),
        ('Pavlodar', 0, 'city', 'Pavlodar', PR),
        ('Karazhyra mine', 0, 'facility', 'Karazhyra mine', EKR, {'subkind': 'mine', 'note': 'near Semipalatinsk; East Kazakhstan Region in 2005'}),
        ('Ust Kamenogorsk', 0, 'city', 'Oskemen', EKR, {'note': 'Ust-Kamenogorsk without the hyphen'}),
        ('Semipalatinsk', 0, 'city', 'Semey', EKR, {'note': 'East Kazakhstan Region before 2022-06-08'}),
        ('East Kazakhstan', 0, 'region', EKR, EKR, {'note': 'inside the name of an authority (akimat)'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of an agency'}),
        ('North Kazakhstan', 0, 'region', NKR, NKR, {'note': 'list sharing the head noun "regions"'}),
        ('Akmola', 0, 'region', AKR, AKR, {'note': 'list sharing the head noun "regions"'}),
        ('East Kazakhstan', 1, 'region', EKR, EKR, {'note': 'list sharing the head noun "regions"'}),
     ],
     inc={}),
]
