"""Russian texts of the fifty-eighth unseen check corpus."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p009', date='1994-11-28', lang='ru',
     event='1994 household gas explosion collapses a stairwell of a five-storey block on Maresyev Street in Aktyubinsk (Aktobe), three dead; government commission from Almaty; a gas cylinder blast in a house in the settlement of Kandyagash earlier in November (Aktobe Region)',
     text="""Взрыв газа в Актюбинске: обрушились перекрытия подъезда
АКТЮБИНСК, 28 ноября — В воскресенье вечером в пятиэтажном жилом доме по ул. Маресьева в Актюбинске взорвался бытовой газ. Обрушились перекрытия второго подъезда, три человека погибли, ещё девять получили травмы, сообщили в областном управлении по чрезвычайным ситуациям.
Спасатели разбирали завалы всю ночь. Жильцов соседних подъездов разместили в здании школы № 5. По предварительной версии, газ скопился в квартире на третьем этаже, где хозяин сам переставлял плиту.
Аким Актюбинской области пообещал пострадавшим семьям квартиры в строящемся доме и единовременную помощь. В понедельник из Алматы прибыла правительственная комиссия.
Это уже второй взрыв газа в области за месяц: в начале ноября в посёлке Кандыагаш в частном доме взорвался газовый баллон, пострадали двое.""",
     ann=[
        ('Актюбинске', 0, 'city', 'Aktobe', AR, {'note': 'headline; Aktyubinsk, renamed Aktobe in 1999'}),
        ('АКТЮБИНСК', 0, 'city', 'Aktobe', AR, {'note': 'dateline'}),
        ('ул. Маресьева', 0, 'facility', 'Maresyev Street (Aktobe)', AR, {'subkind': 'street', 'note': 'street named after a person'}),
        ('Актюбинске', 1, 'city', 'Aktobe', AR),
        ('Актюбинской области', 0, 'region', AR, AR, {'note': 'inside the name of an official post (akim)'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of the commission (the capital in 1994)'}),
        ('Кандыагаш', 0, 'village', 'Kandyagash', AR, {'note': 'an urban-type settlement in 1994 (town status from 1997)'}),
     ],
     inc={AR: (2, 'gas explosion in a block of flats on Maresyev Street, Aktyubinsk; gas cylinder explosion in a private house in Kandyagash')}),

dict(id='p010', date='1998-01-20', lang='ru',
     event='1998 frost: carbon monoxide deaths in private houses in Petropavlovsk and Kokshetau (North Kazakhstan Region after the 1997 merger of Kokshetau Region, before the 1999 transfer of Kokshetau to Akmola Region) and a house fire in Sokolovka (Kyzylzhar district); a fire in a former builders\' hostel in Arkalyk (former Turgay Region, Kostanay Region since 1997); government commission from Akmola, the new capital; checks "in all northern regions"',
     text="""Морозы на севере: угарный газ, пожары и холодные батареи
ПЕТРОПАВЛОВСК, 20 января — Сильные морозы на севере Казахстана обернулись чередой трагедий в частных домах. В Северо-Казахстанской области, к которой в мае прошлого года присоединили упразднённую Кокшетаускую область, за неделю от угарного газа погибли пять человек.

В Петропавловске в ночь на воскресенье отравились угарным газом супруги-пенсионеры, жившие в частном доме на ул. Жамбыла. Соседи нашли их только утром. В Кокшетау, который теперь тоже входит в Северо-Казахстанскую область, в доме на ул. Ауэзова из-за треснувшей печи погибли мать и двое детей. «Печь топили углём весь день, а на ночь закрыли задвижку», — рассказал участковый инспектор Ерлан Сагындыков.

В селе Соколовка Кызылжарского района в субботу сгорел жилой дом: в дымоходе загорелась сажа. Семья из пяти человек успела выбежать на улицу.

По данным синоптиков, в ночь на понедельник в Петропавловске было минус 42 градуса. Городской акимат открыл три пункта обогрева в школах и раздал пенсионерам 800 тонн угля со своего склада. Врачи напоминают, что печную задвижку нельзя закрывать, пока в топке тлеют угли.

Ещё тяжелее положение в Аркалыке, бывшем центре Тургайской области. После упразднения области город вошёл в Костанайскую область, котельные работают с перебоями, и многие жители обогревают квартиры самодельными печками. В понедельник в бывшем общежитии строителей на ул. Абая вспыхнул пожар, две семьи остались без жилья. Часть горожан уже уехала к родственникам в Омск и Костанай.

Правительственная комиссия из Акмолы, куда в декабре переехала столица, прибыла в Петропавловск в понедельник. Её председатель Ержан Калиев заявил, что проверка котельных и печного отопления пройдёт во всех северных областях. Жители Аркалыка требуют компенсации за сгоревшее имущество, и аким Костанайской области обещал выделить деньги из резерва.""",
     ann=[
        ('ПЕТРОПАВЛОВСК', 0, 'city', 'Petropavl', NKR, {'note': 'dateline; Russian name of Petropavl'}),
        ('Казахстана', 0, 'country', 'Kazakhstan', N, {'note': 'directional phrase "на севере Казахстана": only the country'}),
        ('Северо-Казахстанской области', 0, 'region', NKR, NKR),
        ('Кокшетаускую область', 0, 'region', NKR, NKR, {'uncertain': True, 'note': 'NI:background; Kokshetau Region, abolished in May 1997 and merged into North Kazakhstan Region, labelled with the unit holding its land on the article date'}),
        ('Петропавловске', 0, 'city', 'Petropavl', NKR),
        ('ул. Жамбыла', 0, 'facility', 'Zhambyl Street (Petropavl)', NKR, {'subkind': 'street', 'note': 'street named after a person; not Jambyl Region'}),
        ('Кокшетау', 0, 'city', 'Kokshetau', NKR, {'note': 'part of North Kazakhstan Region from May 1997 until its transfer to Akmola Region in April 1999'}),
        ('Северо-Казахстанскую область', 0, 'region', NKR, NKR, {'note': 'NI:background on the merger'}),
        ('ул. Ауэзова', 0, 'facility', 'Auezov Street (Kokshetau)', NKR, {'subkind': 'street', 'note': 'street named after a person'}),
        ('Соколовка', 0, 'village', 'Sokolovka', NKR),
        ('Кызылжарского района', 0, 'district', 'Kyzylzhar District', NKR),
        ('Петропавловске', 1, 'city', 'Petropavl', NKR, {'note': 'NI:weather and heating points'}),
        ('Аркалыке', 0, 'city', 'Arkalyk', KOR, {'note': 'former seat of Turgay Region; Kostanay Region since 1997'}),
        ('Тургайской области', 0, 'region', KOR, KOR, {'uncertain': True, 'note': 'NI:background; Turgay Region, abolished in 1997, its land divided between Kostanay and Akmola regions; labelled with the unit that took Arkalyk'}),
        ('Костанайскую область', 0, 'region', KOR, KOR, {'note': 'NI:background on the merger'}),
        ('ул. Абая', 0, 'facility', 'Abai Street (Arkalyk)', KOR, {'subkind': 'street', 'note': 'street named after a person; not Abai Region'}),
        ('Омск', 0, 'foreign', 'Omsk', N, {'note': 'NI:destination of people who left'}),
        ('Костанай', 0, 'city', 'Kostanay', KOR, {'note': 'NI:destination of people who left'}),
        ('Акмолы', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of the commission; Akmola, the capital from December 1997, renamed Astana in May 1998'}),
        ('Петропавловск', 0, 'city', 'Petropavl', NKR, {'note': 'NI:arrival of the commission'}),
        ('всех северных областях', 0, 'quantified', 'all northern regions', N, {'count': None, 'unit': 'region', 'quantifier': 'all', 'note': 'planned checks, not incidents'}),
        ('Аркалыка', 0, 'city', 'Arkalyk', KOR, {'note': 'NI:residents demanding compensation'}),
        ('Костанайской области', 0, 'region', KOR, KOR, {'note': 'inside the name of an official post (akim)'}),
     ],
     inc={NKR: (3, 'carbon monoxide: pensioners in Petropavlovsk, mother and two children in Kokshetau; house fire in Sokolovka, Kyzylzhar district'),
          KOR: (1, 'fire in a former builders\' hostel on Abai Street, Arkalyk')}),

dict(id='p011', date='2005-02-15', lang='ru',
     event='2005 night fire at the «Мирлан» clothes market in Uralsk (Oral), 120 stalls burnt (West Kazakhstan Region); traders buying goods in Samara and Orenburg; criminal case; temporary places in the Stroitel microdistrict',
     text="""Пожар на рынке «Мирлан» в Уральске: сгорели 120 торговых мест
УРАЛЬСК, 15 февраля — В ночь на вторник в Уральске сгорел крытый павильон вещевого рынка «Мирлан». Огонь уничтожил 120 торговых мест на площади около 2 тыс. кв. м. Пострадавших нет, сообщили в департаменте по ЧС Западно-Казахстанской области.
Предприниматели, многие из которых возят товар из Самары и Оренбурга, оценивают ущерб в 300 млн тенге. «Сгорело всё, товар брала в долг под залог дома», — рассказала торговка Лариса Ким.
По предварительной версии, причиной пожара стало короткое замыкание в электрощитке. Владельцы рынка получали предписания пожарных в 2003 и 2004 годах, но нарушения не устранили. Прокуратура возбудила уголовное дело о нарушении правил пожарной безопасности.
Городской акимат предложил погорельцам временные места на рынке в микрорайоне Строитель и отсрочку по налогам до конца года.""",
     ann=[
        ('Мирлан', 0, 'facility', 'Mirlan market (Oral)', WKR, {'subkind': 'market', 'note': 'headline; name inside quotation marks'}),
        ('Уральске', 0, 'city', 'Oral', WKR, {'note': 'headline; Russian name of Oral'}),
        ('УРАЛЬСК', 0, 'city', 'Oral', WKR, {'note': 'dateline'}),
        ('Уральске', 1, 'city', 'Oral', WKR),
        ('Мирлан', 1, 'facility', 'Mirlan market (Oral)', WKR, {'subkind': 'market'}),
        ('Западно-Казахстанской области', 0, 'region', WKR, WKR, {'note': 'inside the name of an authority'}),
        ('Самары', 0, 'foreign', 'Samara', N, {'note': 'NI:where traders buy goods'}),
        ('Оренбурга', 0, 'foreign', 'Orenburg', N, {'note': 'NI:where traders buy goods'}),
        ('Строитель', 0, 'district', 'Stroitel (Oral)', WKR, {'subkind': 'microdistrict', 'note': 'NI:temporary trading places'}),
     ],
     inc={WKR: (1, 'fire at the Mirlan market in Uralsk')}),

dict(id='p012', date='2012-06-07', lang='ru',
     event='2012 Atyrau city court sentences two gas service fitters for the November 2011 gas explosion in a private house in the Avangard microdistrict (counted as background); fire in an oil workers\' hostel in Kulsary, Zhylyoi district (Atyrau Region); a fatal balcony collapse in Aktau in March and checks in the 4th microdistrict, Zhanaozen (Mangystau Region); experts from Moscow; the company «Газ-Сервис Атырау»',
     text="""Суд в Атырау вынес приговор по делу о взрыве газа в Авангарде
АТЫРАУ, 7 июня — Атырауский городской суд приговорил двух слесарей газовой службы к трём годам лишения свободы за взрыв в частном доме в микрорайоне Авангард в ноябре прошлого года. Тогда погибли хозяйка дома и её десятилетний внук, дом был полностью разрушен, у двух соседних домов обрушились крыши. Жители Авангарда говорят, что после взрыва газовики проверили весь квартал и нашли утечки ещё в 14 домах. «Мы годами жаловались на запах, а приехали только после звонка в акимат», — рассказала соседка погибших Гульсара Утегенова.

Суд установил, что слесари после замены газового счётчика не проверили герметичность соединения и не составили акт. Компания «Газ-Сервис Атырау», где они работали, обязана выплатить родственникам погибших по 5 млн тенге морального вреда, а соседям — стоимость ремонта. Адвокат компании Руслан Досмагамбетов сказал, что приговор будет обжалован в областном суде.

Пока шёл процесс, в области случилось новое ЧП. В ночь на среду в Кульсарах (Жылыойский район) загорелось общежитие нефтяников. 60 рабочих эвакуировали, один получил ожоги рук. Общежитие принадлежит подрядчику, работающему на месторождении Тенгиз; пожарные нашли в комнатах самодельные обогреватели.

В соседней Мангистауской области после мартовского обрушения балкона в Актау, при котором погиб 45-летний мужчина, прокуратура проверила 300 жилых домов советской постройки. Нарушения нашли в 12 домах, в том числе в 4-м микрорайоне, где жильцам запретили выходить на балконы до ремонта. Для оценки состояния домов пригласили экспертов из Москвы.

В Жанаозене проверка ещё идёт. Депутат областного маслихата Аскар Ермеков заявил, что в городе десятки аварийных домов, и предложил создать фонд для переселения жильцов.""",
     ann=[
        ('Атырау', 0, 'city', 'Atyrau', ATR, {'note': 'headline; seat of the court'}),
        ('Авангарде', 0, 'district', 'Avangard (Atyrau)', ATR, {'subkind': 'microdistrict', 'note': 'headline'}),
        ('АТЫРАУ', 0, 'city', 'Atyrau', ATR, {'note': 'dateline'}),
        ('Атырауский', 0, 'city', 'Atyrau', ATR, {'note': 'inside the name of a court (Атырауский городской суд)'}),
        ('Авангард', 0, 'district', 'Avangard (Atyrau)', ATR, {'subkind': 'microdistrict'}),
        ('Авангарда', 0, 'district', 'Avangard (Atyrau)', ATR, {'subkind': 'microdistrict', 'note': 'NI:residents; leaks found after the blast'}),
        ('Кульсарах', 0, 'city', 'Kulsary', ATR),
        ('Жылыойский район', 0, 'district', 'Zhylyoi District', ATR),
        ('Тенгиз', 0, 'facility', 'Tengiz oil field', ATR, {'subkind': 'oil field', 'note': "NI:the contractor's workplace"}),
        ('Мангистауской области', 0, 'region', MR, MR),
        ('Актау', 0, 'city', 'Aktau', MR),
        ('4-м микрорайоне', 0, 'district', '4th microdistrict (Aktau)', MR, {'subkind': 'microdistrict', 'note': 'NI:inspection findings; a numbered microdistrict'}),
        ('Москвы', 0, 'foreign', 'Moscow', N, {'note': 'NI:origin of experts'}),
        ('Жанаозене', 0, 'city', 'Zhanaozen', MR, {'note': 'NI:inspection'}),
     ],
     inc={ATR: (2, 'gas explosion in a private house in Avangard, Atyrau, November 2011 (background narrated; the sentence is not counted); fire in an oil workers\' hostel in Kulsary; «Газ-Сервис Атырау» is a company'),
          MR: (1, 'fatal balcony collapse in Aktau in March; the checks are not counted')}),

dict(id='p013', date='2017-01-25', lang='ru',
     event='2017 night fire in a five-storey family hostel on Zheltoksan Street in Kyzylorda, 200 evacuated, and a carbon monoxide death in a private house in Aralsk (Kyzylorda Region); the victim\'s son from Baikonur',
     text="""Пожар в общежитии в Кызылорде: эвакуированы 200 человек
КЫЗЫЛОРДА, 25 января — В ночь на среду в Кызылорде загорелось пятиэтажное семейное общежитие на ул. Желтоксан. Из здания эвакуировали 200 человек, ещё 12 спасли по автолестнице. Двоих жильцов госпитализировали с отравлением дымом, сообщили в департаменте по ЧС Кызылординской области.
Пожар начался в подвале, где жильцы годами складывали старую мебель и дрова. По словам пожарных, противопожарная дверь в подвал была заварена, а пожарный кран не работал.
Погорельцев временно разместили в спортзале соседней школы. Аким города обещал выплатить каждой семье по 100 тысяч тенге и наказать виновных.
Днём ранее в Аральске от угарного газа в частном доме погибла 78-летняя женщина. Её сын, приехавший на выходные из Байконура, нашёл мать утром.""",
     ann=[
        ('Кызылорде', 0, 'city', 'Kyzylorda', KZR, {'note': 'headline'}),
        ('КЫЗЫЛОРДА', 0, 'city', 'Kyzylorda', KZR, {'note': 'dateline'}),
        ('Кызылорде', 1, 'city', 'Kyzylorda', KZR),
        ('ул. Желтоксан', 0, 'facility', 'Zheltoksan Street (Kyzylorda)', KZR, {'subkind': 'street'}),
        ('Кызылординской области', 0, 'region', KZR, KZR, {'note': 'inside the name of an authority'}),
        ('Аральске', 0, 'city', 'Aral', KZR, {'note': 'Aralsk, Russian name of Aral'}),
        ('Байконура', 0, 'city', 'Baikonur', KZR, {'note': "NI:the son's residence; the town is leased to Russia"}),
     ],
     inc={KZR: (2, 'fire in a family hostel on Zheltoksan Street, Kyzylorda; carbon monoxide death in a private house in Aralsk')}),

dict(id='p014', date='2019-11-26', lang='ru',
     event='2019 gas explosion in a private house in the Nursat microdistrict of Shymkent, two dead, and a December 2018 blast in Abai district of Shymkent with a compensation ruling (Shymkent, a city of republican significance); ten people poisoned by carbon monoxide in Kazygurt, Lenger and Saryagash in three districts of Turkistan Region; the renaming of South Kazakhstan Region recalled; checks in 17 regions announced in Nur-Sultan',
     text="""Взрыв газа в частном доме в Шымкенте: двое погибших
ШЫМКЕНТ, 26 ноября — Во вторник утром в микрорайоне Нурсат в Шымкенте взорвался газ в частном одноэтажном доме. Погибли супруги 1958 и 1961 годов рождения, ещё трое членов семьи ранены, сообщили в департаменте по ЧС города Шымкента. Взрывной волной выбиты окна в 15 соседних домах.

По словам соседей, хозяева жаловались на запах газа ещё в выходные. В газораспределительной компании заявили, что заявок из этого дома не поступало. Следователи изъяли газовый котёл и счётчик и проверяют версию о самовольном подключении: по данным акимата, в Нурсате и соседних микрорайонах около 400 частных домов подключены к газу без проекта. Владельцам домов с выбитыми окнами акимат обещал возместить ущерб до конца недели.

Это второй подобный случай в городе за год: в декабре 2018 года взрыв в частном доме в Абайском районе Шымкента разрушил две комнаты и ранил четырёх человек. В октябре суд обязал газовую компанию выплатить той семье 12 млн тенге.

В соседней Туркестанской области за выходные угарным газом отравились десять человек в трёх районах — Сарыагашском, Толебийском и Казыгуртском. В селе Казыгурт погиб шестилетний мальчик, в Ленгере госпитализирована семья из четырёх человек, в Сарыагаше — пятеро строителей, ночевавших в недостроенном доме с мангалом.

Напомним, с 19 июня 2018 года Шымкент — город республиканского значения, а бывшая Южно-Казахстанская область переименована в Туркестанскую. Областные власти уже раздали 3 тысячи датчиков угарного газа семьям в отдалённых сёлах.

В Нур-Султане Министерство энергетики объявило о внеплановой проверке газовых сетей в 17 регионах страны до конца декабря.""",
     ann=[
        ('Шымкенте', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'headline; city of republican significance since 2018-06-19'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'dateline'}),
        ('Нурсат', 0, 'district', 'Nursat (Shymkent)', 'Shymkent', {'subkind': 'microdistrict'}),
        ('Шымкенте', 1, 'city', 'Shymkent', 'Shymkent'),
        ('Шымкента', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'inside the name of an authority'}),
        ('Нурсате', 0, 'district', 'Nursat (Shymkent)', 'Shymkent', {'subkind': 'microdistrict', 'note': 'NI:illegal gas connections, not an incident'}),
        ('Абайском районе', 0, 'district', 'Abai District (Shymkent)', 'Shymkent', {'subkind': 'city district', 'note': 'district of Shymkent, not Abai Region'}),
        ('Шымкента', 1, 'city', 'Shymkent', 'Shymkent'),
        ('Туркестанской области', 0, 'region', TR, TR),
        ('трёх районах', 0, 'quantified', '3 districts', N, {'count': 3, 'unit': 'district', 'note': 'the three districts are named'}),
        ('Сарыагашском', 0, 'district', 'Saryagash District', TR, {'note': 'in a list sharing "районах"'}),
        ('Толебийском', 0, 'district', 'Tole Bi District', TR, {'note': 'in a list sharing "районах"; named after a person'}),
        ('Казыгуртском', 0, 'district', 'Kazygurt District', TR, {'note': 'in a list sharing "районах"'}),
        ('Казыгурт', 0, 'village', 'Kazygurt', TR),
        ('Ленгере', 0, 'city', 'Lenger', TR),
        ('Сарыагаше', 0, 'city', 'Saryagash', TR),
        ('Шымкент', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:background on the 2018 reform'}),
        ('Южно-Казахстанская область', 0, 'region', TR, TR, {'uncertain': True, 'note': 'NI:background; the region renamed on 2018-06-19, labelled with the unit holding its land on the article date'}),
        ('Туркестанскую', 0, 'region', TR, TR, {'note': 'NI:background; adjective with the head noun understood'}),
        ('Нур-Султане', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the ministry; the capital named Nur-Sultan 2019-2022'}),
        ('17 регионах', 0, 'quantified', '17 regions', N, {'count': 17, 'unit': 'region', 'note': 'planned checks, not incidents'}),
     ],
     inc={'Shymkent': (2, 'gas explosion in a private house in Nursat; gas explosion in a private house in Abai district in December 2018 (background narrated; the ruling is not counted)'),
          TR: (3, 'carbon monoxide: a boy dead in Kazygurt, a family in Lenger (Tole Bi district), five builders in Saryagash')}),

dict(id='p015', date='2022-10-11', lang='ru',
     event='2022 fire in a storeroom of the «Жетысу Плаза» shopping centre in Taldykorgan, 400 evacuated (Jetisu Region, four months after its creation); the shopping centre named after the region; Almaty Region as the former unit; checks in Tekeli and Zharkent',
     text="""Пожар в торговом центре в Талдыкоргане: эвакуированы 400 человек
ТАЛДЫКОРГАН, 11 октября — Около 400 посетителей и продавцов эвакуировали во вторник из торгового центра «Жетысу Плаза» в Талдыкоргане, где на цокольном этаже загорелся склад бытовой химии. Пострадавших нет, огонь на площади 300 кв. м потушили за два часа, сообщили в департаменте по ЧС области Жетысу.
Талдыкорган стал центром новой области Жетысу 8 июня, до этого город входил в Алматинскую область. Департамент по ЧС новой области пока работает в здании бывшего городского управления.
По данным пожарных, плановая проверка торгового центра прошла в мае, и тогда владельцу выдали предписание заменить систему дымоудаления. Теперь ему грозит штраф. До конца месяца проверки пройдут во всех торговых центрах Текели и Жаркента.""",
     ann=[
        ('Талдыкоргане', 0, 'city', 'Taldykorgan', JTR, {'note': 'headline; Jetisu Region since 2022-06-08'}),
        ('ТАЛДЫКОРГАН', 0, 'city', 'Taldykorgan', JTR, {'note': 'dateline'}),
        ('Жетысу Плаза', 0, 'facility', 'Zhetysu Plaza shopping centre (Taldykorgan)', JTR, {'subkind': 'shopping centre', 'note': 'name inside quotation marks; named after the region'}),
        ('Талдыкоргане', 1, 'city', 'Taldykorgan', JTR),
        ('Жетысу', 1, 'region', JTR, JTR, {'note': 'inside the name of an authority ("области Жетысу"); the head noun precedes the name and is left out'}),
        ('Талдыкорган', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:background on the new region'}),
        ('Жетысу', 2, 'region', JTR, JTR, {'note': 'NI:background on the new region'}),
        ('Алматинскую область', 0, 'region', ALR, ALR, {'note': 'NI:background; the former unit of Taldykorgan'}),
        ('Текели', 0, 'city', 'Tekeli', JTR, {'note': 'NI:planned checks'}),
        ('Жаркента', 0, 'city', 'Zharkent', JTR, {'note': 'NI:planned checks'}),
     ],
     inc={JTR: (1, 'fire in a storeroom of the Zhetysu Plaza shopping centre, Taldykorgan')}),

dict(id='p016', date='2025-12-03', lang='ru',
     event='2025 Ekibastuz city court orders a heating contractor to pay for the carbon monoxide deaths of a family in the settlement of Solnechny in December 2024 (counted as background); three people poisoned in the Usolsky microdistrict of Pavlodar (Pavlodar Region); boilers bought in Russia; appeal to the Pavlodar regional court',
     text="""Суд в Экибастузе взыскал с подрядчика 25 млн тенге за гибель семьи от угарного газа
ЭКИБАСТУЗ, 3 декабря — Экибастузский городской суд обязал частную компанию, которая устанавливала отопительные котлы, выплатить 25 млн тенге родственникам семьи, погибшей от угарного газа в декабре прошлого года. Супругов и их 12-летнего сына нашли мёртвыми в частном доме в посёлке Солнечный. Экспертиза показала, что дымоход котла был смонтирован с нарушениями.
Директор компании приговорён к двум годам ограничения свободы. Представитель фирмы заявил, что котлы закупались в России с сертификатами, и решение будет обжаловано в Павлодарском областном суде.
Тем временем в Павлодаре в понедельник угарным газом отравились трое жильцов частного дома в Усольском микрорайоне, их госпитализировали в тяжёлом состоянии. С начала отопительного сезона в Павлодарской области от угарного газа погибли уже шесть человек, сообщили в департаменте по ЧС.""",
     ann=[
        ('Экибастузе', 0, 'city', 'Ekibastuz', PR, {'note': 'headline; seat of the court'}),
        ('ЭКИБАСТУЗ', 0, 'city', 'Ekibastuz', PR, {'note': 'dateline'}),
        ('Экибастузский', 0, 'city', 'Ekibastuz', PR, {'note': 'inside the name of a court'}),
        ('Солнечный', 0, 'village', 'Solnechny', PR, {'note': 'settlement subordinate to Ekibastuz'}),
        ('России', 0, 'foreign', 'Russia', N, {'note': 'NI:where the boilers were bought'}),
        ('Павлодарском', 0, 'region', PR, PR, {'note': 'NI:inside the name of a court (Павлодарский областной суд)'}),
        ('Павлодаре', 0, 'city', 'Pavlodar', PR),
        ('Усольском микрорайоне', 0, 'district', 'Usolsky (Pavlodar)', PR, {'subkind': 'microdistrict'}),
        ('Павлодарской области', 0, 'region', PR, PR, {'note': 'statistic, not an incident'}),
     ],
     inc={PR: (2, 'carbon monoxide deaths of a family in Solnechny, December 2024 (background narrated; the ruling is not counted); three people poisoned in the Usolsky microdistrict of Pavlodar; the six deaths since autumn are a statistic')}),
]
