"""Russian texts of the second unseen check corpus (annotation tuples described in build.py)."""
N = None
AKR, SKR, TR, MR, KYR = 'Akmola Region', 'South Kazakhstan Region', 'Turkistan Region', 'Mangystau Region', 'Kyzylorda Region'
EKR, JTR, ALR, KR = 'East Kazakhstan Region', 'Jetisu Region', 'Almaty Region', 'Karaganda Region'

DOCS = [
dict(id='v009', date='1998-08-20', lang='ru',
     event='1998 fire in Stepnyak and highway crash near Yereymentau (Akmola Region)',
     text="""АКМОЛА, 20 августа. Пожар уничтожил зерновой склад и два жилых дома в городе Степняк Акмолинской области, сообщили в областном управлении по чрезвычайным ситуациям. Огонь перекинулся на постройки с сухой травы на окраине; пострадавших нет. Тушить пожар помогали пожарные расчёты из Макинска.
В тот же день на трассе Акмола – Павлодар, в двадцати километрах от Ерейментау, столкнулись грузовик и микроавтобус. Погибли три человека, ещё четверо госпитализированы. Микроавтобус вёз рабочих из Экибастуза.
По словам дорожной полиции, с тех пор как в декабре прошлого года столица переехала в Акмолу, движение на этой трассе выросло почти вдвое.""",
     ann=[
        ('АКМОЛА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline; Akmola is the name of the capital in 1998'}),
        ('Степняк', 0, 'city', 'Stepnyak', AKR),
        ('Акмолинской области', 0, 'region', AKR, AKR),
        ('Макинска', 0, 'city', 'Makinsk', AKR, {'note': 'NI:origin of firefighters'}),
        ('Акмола', 0, 'city', 'Astana', 'Astana', {'note': 'NI:route endpoint'}),
        ('Павлодар', 0, 'city', 'Pavlodar', 'Pavlodar Region', {'note': 'NI:route endpoint'}),
        ('Ерейментау', 0, 'city', 'Yereymentau', AKR, {'note': 'NI:reference point (20 km from Yereymentau); the crash is in Akmola Region'}),
        ('Экибастуза', 0, 'city', 'Ekibastuz', 'Pavlodar Region', {'note': 'NI:origin of the passengers'}),
        ('Акмолу', 0, 'city', 'Astana', 'Astana', {'note': 'NI:the capital moved there'}),
     ],
     inc={AKR: (2, 'fire in Stepnyak; highway crash 20 km from Yereymentau')}),

dict(id='v010', date='2005-01-18', lang='ru',
     event='2005 carbon monoxide poisonings in Kentau and Arys and bus crash in Saryagash district (South Kazakhstan Region)',
     text="""ШЫМКЕНТ, 18 января. Пять человек, в том числе двое детей, отравились угарным газом в ночь на понедельник в Кентау Южно-Казахстанской области. Их доставили в больницу Туркестана, состояние одного ребёнка тяжёлое. Ещё одна семья из трёх человек погибла от угарного газа в Арыси. По данным департамента по чрезвычайным ситуациям, в обоих случаях печи были неисправны.
В Сарыагашском районе, недалеко от границы с Узбекистаном, из-за гололёда столкнулись рейсовый автобус и легковой автомобиль, ранены семь человек. Автобус шёл из Ташкента в Шымкент. Водитель легковушки задержан.""",
     ann=[
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', SKR, {'note': 'dateline; Shymkent is part of the region before 2018-06-19'}),
        ('Кентау', 0, 'city', 'Kentau', SKR),
        ('Южно-Казахстанской области', 0, 'region', SKR, SKR),
        ('Туркестана', 0, 'city', 'Turkistan', SKR, {'note': 'NI:hospital location'}),
        ('Арыси', 0, 'city', 'Arys', SKR),
        ('Сарыагашском районе', 0, 'district', 'Saryagash District', SKR),
        ('Узбекистаном', 0, 'foreign', 'Uzbekistan', N, {'note': 'reference point'}),
        ('Ташкента', 0, 'foreign', 'Tashkent', N, {'note': 'route endpoint'}),
        ('Шымкент', 0, 'city', 'Shymkent', SKR, {'note': 'NI:route endpoint'}),
     ],
     inc={SKR: (3, 'carbon monoxide poisoning in Kentau; carbon monoxide deaths in Arys; bus crash in Saryagash district')}),

dict(id='v011', date='2012-10-09', lang='ru',
     event='2012 gas pipeline explosion near Zhetybay and storm at Bautino (Mangystau Region)',
     text="""АКТАУ, 9 октября. На газопроводе в районе посёлка Жетыбай Мангистауской области произошёл взрыв, после которого начался пожар, сообщили в департаменте по чрезвычайным ситуациям. Пострадавших нет, подача газа в Жанаозен временно прекращена.
В ночь на вторник шторм на Каспийском море сорвал с якорей две баржи у посёлка Баутино близ Форт-Шевченко. Одного матроса смыло за борт, его ищут спасатели. Обе баржи принадлежат судоходной компании из Махачкалы.
Аким Тупкараганского района сообщил, что ущерб от шторма оценят к концу недели. Поиски пропавшего матроса осложняют сильный ветер и высокая волна, на помощь спасателям вышли два рыболовных судна.""",
     ann=[
        ('АКТАУ', 0, 'city', 'Aktau', MR, {'note': 'dateline'}),
        ('Жетыбай', 0, 'village', 'Zhetybay', MR),
        ('Мангистауской области', 0, 'region', MR, MR),
        ('Жанаозен', 0, 'city', 'Zhanaozen', MR, {'note': 'NI:gas supply interrupted; not the site of the blast'}),
        ('Каспийском море', 0, 'facility', 'Caspian Sea', N, {'subkind': 'sea'}),
        ('Баутино', 0, 'village', 'Bautino', MR),
        ('Форт-Шевченко', 0, 'city', 'Fort-Shevchenko', MR, {'note': "NI:reference point ('near Fort-Shevchenko')"}),
        ('Махачкалы', 0, 'foreign', 'Makhachkala', N, {'note': 'home of the shipping company'}),
        ('Тупкараганского района', 0, 'district', 'Tupkaragan District', MR, {'note': "inside the official post 'akim of Tupkaragan district'"}),
     ],
     inc={MR: (2, 'gas pipeline explosion near Zhetybay; storm at Bautino (barges torn loose, sailor overboard)')}),

dict(id='v012', date='2018-03-27', lang='ru',
     event='2018 ice-jam flood in Zhanakorgan district and library fire in Aiteke Bi (Kyzylorda Region)',
     text="""КЫЗЫЛОРДА, 27 марта. Из-за ледового затора на Сырдарье вода подтопила два села в Жанакорганском районе, из домов эвакуированы более 400 человек, сообщил областной департамент по чрезвычайным ситуациям. В посёлке Шиели соседнего района дамбы укрепляют днём и ночью.
В понедельник в посёлке Айтеке би Казалинского района сгорело здание районной библиотеки. По предварительной версии, огонь возник из-за неисправной проводки.
Тем временем с космодрома Байконур стартовала ракета «Союз» с грузовым кораблём к Международной космической станции. Ракету собрали на заводе в Самаре. Пуск прошёл в штатном режиме, корабль доставит на станцию топливо, воду и продукты.""",
     ann=[
        ('КЫЗЫЛОРДА', 0, 'city', 'Kyzylorda', KYR, {'note': 'dateline'}),
        ('Сырдарье', 0, 'facility', 'Syr Darya', N, {'subkind': 'river'}),
        ('два села', 0, 'quantified', '2 villages', N, {'count': 2, 'unit': 'village', 'note': 'flooded villages in Zhanakorgan district, not named'}),
        ('Жанакорганском районе', 0, 'district', 'Zhanakorgan District', KYR),
        ('Шиели', 0, 'village', 'Shieli', KYR, {'note': 'NI:dams reinforced (a measure), not flooded'}),
        ('Айтеке би', 0, 'village', 'Aiteke Bi', KYR, {'note': 'settlement named after a person'}),
        ('Казалинского района', 0, 'district', 'Kazaly District', KYR),
        ('Байконур', 0, 'facility', 'Baikonur Cosmodrome', KYR, {'subkind': 'cosmodrome', 'note': 'leased to Russia; NI:a launch, not an incident'}),
        ('Самаре', 0, 'foreign', 'Samara', N),
     ],
     inc={KYR: (2, 'ice-jam flood in Zhanakorgan district; library fire in Aiteke Bi')}),

dict(id='v013', date='2020-05-02', lang='ru',
     event='2020 flood in Maktaaral district (Turkistan Region) after a dam failure in Uzbekistan',
     text="""НУР-СУЛТАН, 2 мая. После прорыва дамбы Сардобинского водохранилища в Узбекистане вода дошла до Мактааральского района Туркестанской области. Подтоплены несколько сёл, сильнее всего пострадали Мырзакент и Атакент. Эвакуированы более 20 тысяч человек, их разместили в школах Жетысая и Шымкента.
Министр по чрезвычайным ситуациям прилетел на место и пообещал выплатить компенсации всем пострадавшим семьям. По его словам, вода начнёт уходить через три-четыре дня.
Жители Алматы, Нур-Султана и ряда областей собирают для пострадавших одежду, воду и продукты. Волонтёры говорят, что первые машины с помощью уже отправлены на юг, следующие уйдут в понедельник.""",
     ann=[
        ('НУР-СУЛТАН', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Сардобинского водохранилища', 0, 'foreign', 'Sardoba Reservoir', N, {'note': 'reservoir in Uzbekistan'}),
        ('Узбекистане', 0, 'foreign', 'Uzbekistan', N),
        ('Мактааральского района', 0, 'district', 'Maktaaral District', TR),
        ('Туркестанской области', 0, 'region', TR, TR),
        ('несколько сёл', 0, 'quantified', 'several villages', N, {'count': None, 'unit': 'village', 'note': 'flooded villages of Maktaaral district'}),
        ('Мырзакент', 0, 'village', 'Myrzakent', TR),
        ('Атакент', 0, 'village', 'Atakent', TR),
        ('Жетысая', 0, 'city', 'Zhetisay', TR, {'note': 'NI:evacuation point; not Jetisu Region'}),
        ('Шымкента', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:evacuation point'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:residence of donors'}),
        ('Нур-Султана', 0, 'city', 'Astana', 'Astana', {'note': 'NI:residence of donors'}),
        ('ряда областей', 0, 'quantified', 'several regions', N, {'count': None, 'unit': 'region', 'note': 'donors, not incidents'}),
     ],
     inc={TR: (1, 'flood in Maktaaral district (one disaster over several villages)')}),

dict(id='v014', date='2022-03-10', lang='ru',
     event='2022 market fire in Semey, derailment at Ayagoz and blizzard in Abai district (East Kazakhstan Region, before the 2022 reform)',
     text="""УСТЬ-КАМЕНОГОРСК, 10 марта. В Семее ночью сгорели двенадцать торговых павильонов на центральном рынке, ущерб оценивается в 40 миллионов тенге. В тушении участвовали пожарные из Курчатова.
Во вторник у станции Аягоз сошли с рельсов шесть вагонов с углём; движение поездов между Алматы и Семеем было остановлено на девять часов.
В Абайском районе Восточно-Казахстанской области из-за бурана на трассе застряли около сорока автомобилей. Водителей и пассажиров вывезли в село Караул, где их разместили в школе. Синоптики обещают, что метель утихнет к выходным.""",
     ann=[
        ('УСТЬ-КАМЕНОГОРСК', 0, 'city', 'Oskemen', EKR, {'note': 'dateline'}),
        ('Семее', 0, 'city', 'Semey', EKR),
        ('Курчатова', 0, 'city', 'Kurchatov', EKR, {'note': 'NI:origin of firefighters'}),
        ('Аягоз', 0, 'facility', 'Ayagoz railway station', EKR, {'subkind': 'railway station'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:route endpoint'}),
        ('Семеем', 0, 'city', 'Semey', EKR, {'note': 'NI:route endpoint'}),
        ('Абайском районе', 0, 'district', 'Abai District (East Kazakhstan)', EKR, {'note': 'the district, not Abai Region (created 2022-06-08)'}),
        ('Восточно-Казахстанской области', 0, 'region', EKR, EKR),
        ('Караул', 0, 'village', 'Karaul', EKR, {'note': 'NI:evacuation point'}),
     ],
     inc={EKR: (3, 'market fire in Semey; coal wagons derailed at Ayagoz; blizzard in Abai district')}),

dict(id='v015', date='2023-07-19', lang='ru',
     event='2023 mudflow in Tekeli and hail in Sarkand district (Jetisu Region); drowning in Konaev (Almaty Region)',
     text="""ТАЛДЫКОРГАН, 19 июля. В ночь на среду в ущелье над Текели сошёл сель: вода и камни повредили пятнадцать домов на окраине города, сообщили в департаменте по чрезвычайным ситуациям Жетысуской области. Погибших нет, жителей временно переселили к родственникам.
В Саркандском районе град побил посевы пшеницы и подсолнечника на 1200 гектарах.
В Конаеве (бывший Капшагай) на городском пляже утонул 17-летний подросток, приехавший на выходные из Алматы. Спасатели напоминают, что купаться в необорудованных местах запрещено. В департаменте добавили, что в горах области в ближайшие дни сохраняется угроза новых селей, туристам советуют не подниматься в ущелья.""",
     ann=[
        ('ТАЛДЫКОРГАН', 0, 'city', 'Taldykorgan', JTR, {'note': 'dateline'}),
        ('Текели', 0, 'city', 'Tekeli', JTR),
        ('Жетысуской области', 0, 'region', JTR, JTR, {'note': 'inside the name of the emergency department'}),
        ('Саркандском районе', 0, 'district', 'Sarkand District', JTR),
        ('Конаеве', 0, 'city', 'Konaev', ALR),
        ('Капшагай', 0, 'city', 'Konaev', ALR, {'note': 'former name in a gloss'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:residence of the victim'}),
     ],
     inc={JTR: (2, 'mudflow in Tekeli; hail in Sarkand district'), ALR: (1, 'drowning on the beach in Konaev')}),

dict(id='v016', date='2026-01-08', lang='ru',
     event='2026 methane outburst at the Shakhtinskaya mine and arson in Saran (Karaganda Region)',
     text="""КАРАГАНДА, 8 января. На шахте «Шахтинская» в Шахтинске произошёл внезапный выброс метана, двое горняков погибли, ещё трое госпитализированы, сообщили в департаменте по чрезвычайным ситуациям Карагандинской области. Добыча на шахте остановлена до конца проверки.
В Сарани полиция задержала двух мужчин по подозрению в поджоге автомобиля депутата городского маслихата. По данным газеты «Индустриальная Караганда», машина сгорела во дворе его дома в ночь на вторник.
Выброс на шахте случился через неделю после аварии на угольном разрезе в Кемеровской области России, где пострадали четыре человека.""",
     ann=[
        ('КАРАГАНДА', 0, 'city', 'Karaganda', KR, {'note': "dateline; 'Караганда' in the newspaper name is not annotated"}),
        ('Шахтинская', 0, 'facility', 'Shakhtinskaya mine', KR, {'subkind': 'mine'}),
        ('Шахтинске', 0, 'city', 'Shakhtinsk', KR),
        ('Карагандинской области', 0, 'region', KR, KR, {'note': 'inside the name of the emergency department'}),
        ('Сарани', 0, 'city', 'Saran', KR),
        ('Кемеровской области', 0, 'foreign', 'Kemerovo Oblast', N),
        ('России', 0, 'foreign', 'Russia', N),
     ],
     inc={KR: (2, 'methane outburst at the Shakhtinskaya mine; arson of a car in Saran')}),
]
