"""Russian texts of the thirty-fifth unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
JR, ALR, KYR, TR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'Turkistan Region', 'South Kazakhstan Region'
ABR, JTR, EKR, MR, KOR = 'Abai Region', 'Jetisu Region', 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR, UR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region', 'Ulytau Region'
ATR, AR, WKR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region'

DOCS = [
dict(id='p009', date='2016-12-05', lang='ru',
     event='2016 fire in the «Каспий» cafe in Aktau, spelt Ақтау in a Russian text, and a background November canteen fire in Zhanaozen (Mangystau Region); the cafe name is not a place',
     text="""Пожар в кафе в Ақтау: из жилого дома эвакуировали 30 человек
АКТАУ, 5 декабря (КазТАГ) – Ночью в понедельник в Ақтау загорелось кафе «Каспий» на первом этаже пятиэтажного жилого дома, сообщил департамент по ЧС Мангистауской области.
Огонь охватил 180 квадратных метров. Из дома эвакуировали 30 жильцов, пострадавших нет. Пожар потушили за полтора часа. Предварительная причина – неисправная электропроводка.
Это уже второй пожар в заведениях общепита региона за месяц: 11 ноября в Жанаозене сгорела столовая на городском рынке. Оба заведения проверяли весной, серьёзных нарушений тогда не нашли. Владелец кафе «Каспий» оценил ущерб в 15 миллионов тенге.""",
     ann=[
        ('Ақтау', 0, 'city', 'Aktau', MR, {'note': 'headline; Kazakh spelling (with қ) in a Russian text'}),
        ('АКТАУ', 0, 'city', 'Aktau', MR, {'note': 'dateline'}),
        ('Ақтау', 1, 'city', 'Aktau', MR, {'note': 'Kazakh spelling (with қ) in a Russian text'}),
        ('Мангистауской области', 0, 'region', MR, MR, {'note': 'inside the name of an authority'}),
        ('Жанаозене', 0, 'city', 'Zhanaozen', MR, {'note': 'site of the November canteen fire'}),
     ],
     inc={MR: (2, 'fire in the «Каспий» cafe in Aktau and the background November 11 canteen fire at the market in Zhanaozen')}),

dict(id='p010', date='1999-06-15', lang='ru',
     event='1999 heat and dust storm warning: Кызыл-Орда (hyphenated), Aralsk, Kazalinsk; Turkestan and Kentau in South Kazakhstan Region; Jambyl Region, the Syr Darya (no incident)',
     text="""Жара до 46 градусов ожидается в Кызыл-Орде и Туркестане
АЛМАТЫ, 15 июня (Интерфакс-Казахстан) – Казгидромет объявил штормовое предупреждение: в ближайшие три дня в Кызыл-Ординской области ожидается жара до 46 градусов, а в Аральске и Казалинске – пыльные бури с ветром до 25 метров в секунду.
В Южно-Казахстанской области, в том числе в Туркестане и Кентау, температура поднимется до 44 градусов. Синоптики предупреждают о чрезвычайной пожарной опасности в пустынных районах Жамбылской области и в пойме Сырдарьи.
В Алматы и Астане ожидается жара до 35 градусов. Врачи советуют не выходить на улицу с полудня до пяти часов вечера.""",
     ann=[
        ('Кызыл-Орде', 0, 'city', 'Kyzylorda', KYR, {'note': 'headline; hyphenated spelling of Кызылорда'}),
        ('Туркестане', 0, 'city', 'Turkistan', SKR, {'note': 'headline; South Kazakhstan Region before 2018-06-19'}),
        ('АЛМАТЫ', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Кызыл-Ординской области', 0, 'region', KYR, KYR, {'note': 'hyphenated spelling'}),
        ('Аральске', 0, 'city', 'Aral', KYR),
        ('Казалинске', 0, 'city', 'Kazaly', KYR),
        ('Южно-Казахстанской области', 0, 'region', SKR, SKR),
        ('Туркестане', 1, 'city', 'Turkistan', SKR),
        ('Кентау', 0, 'city', 'Kentau', SKR),
        ('Жамбылской области', 0, 'region', JR, JR),
        ('Сырдарьи', 0, 'facility', 'Syr Darya', N, {'subkind': 'river'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty'),
        ('Астане', 0, 'city', 'Astana', 'Astana'),
     ],
     inc={}),

dict(id='p011', date='2013-03-18', lang='ru',
     event='2013 blizzard: nine-car pile-up on the Astana-Karaganda road near the Osakarovka turn and a warehouse roof collapse in Temirtau (Karaganda Region); stranded buses near Ereymentau, roads closed in five regions, 34 crashes in five regions (unattributed); Zhezkazgan in Karaganda Region',
     text="""Буран в центре и на севере: под Осакаровкой столкнулись девять машин, в Темиртау рухнула кровля склада
АСТАНА, 18 марта (Tengrinews) – Сильный буран, накрывший в выходные центральные и северные регионы Казахстана, привёл к закрытию трасс в пяти областях, сообщило МЧС Казахстана в понедельник.
Самое тяжёлое ДТП произошло в субботу вечером на трассе Астана – Караганда недалеко от поворота на Осакаровку: при нулевой видимости столкнулись девять автомобилей. Три человека погибли, шестеро госпитализированы в Караганду.
В Темиртау в воскресенье утром под тяжестью снега обрушилась кровля склада стройматериалов на улице Республики. Под завалами оказался сторож, его доставили в больницу с переломами. В самой Қарағанды за ночь выпало 30 сантиметров снега, на уборку улиц вывели 200 единиц техники.
В Акмолинской области у Ерейментау в снежном заносе застряли два автобуса, следовавшие из Павлодара. Спасатели вывели 58 пассажиров в местную школу, где они провели ночь.
В Астане за выходные с улиц вывезли 40 тысяч кубометров снега, столичный аэропорт задержал восемь рейсов, в том числе из Москвы и Стамбула. В Павлодарской области почти сутки была закрыта трасса Павлодар – Экибастуз, сотни грузовиков ждали открытия движения на стоянках у Экибастуза.
В Северо-Казахстанской области до утра вторника закрыт участок дороги Петропавл – Кокшетау. В Жезказгане и Балхаше отменены занятия в школах.
Всего за выходные на дорогах пяти областей произошло 34 ДТП, в них пострадали 19 человек, сообщила дорожная полиция.
По прогнозу синоптиков, в среду буран сместится в Костанайскую и Павлодарскую области. Водителей просят без необходимости не выезжать на трассы, а при заносах звонить по номеру 112.""",
     ann=[
        ('Осакаровкой', 0, 'village', 'Osakarovka', KR, {'note': 'NI:headline; reference point of the pile-up'}),
        ('Темиртау', 0, 'city', 'Temirtau', KR, {'note': 'headline'}),
        ('АСТАНА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Казахстана', 0, 'country', 'Kazakhstan', N),
        ('пяти областях', 0, 'quantified', '5 regions', N, {'count': 5, 'unit': 'region', 'note': 'roads closed (official measure); not about incidents'}),
        ('Казахстана', 1, 'country', 'Kazakhstan', N, {'note': 'inside the name of an authority'}),
        ('Астана', 0, 'city', 'Astana', 'Astana', {'note': 'NI:route endpoint'}),
        ('Караганда', 0, 'city', 'Karaganda', KR, {'note': 'NI:route endpoint'}),
        ('Осакаровку', 0, 'village', 'Osakarovka', KR, {'note': 'NI:reference point ("near the turn to Osakarovka")'}),
        ('Караганду', 0, 'city', 'Karaganda', KR, {'note': 'NI:hospital town'}),
        ('Темиртау', 1, 'city', 'Temirtau', KR),
        ('улице Республики', 0, 'facility', 'Respubliki Street (Temirtau)', KR, {'subkind': 'street', 'note': 'the head noun precedes the name'}),
        ('Қарағанды', 0, 'city', 'Karaganda', KR, {'note': 'Kazakh spelling in a Russian text; snowfall, not an incident'}),
        ('Акмолинской области', 0, 'region', AKR, AKR),
        ('Ерейментау', 0, 'city', 'Ereymentau', AKR, {'note': 'buses stranded in a snowdrift, nobody hurt; not counted'}),
        ('Павлодара', 0, 'city', 'Pavlodar', PR, {'note': 'NI:origin of the buses'}),
        ('Астане', 0, 'city', 'Astana', 'Astana', {'note': 'snow removal and flight delays; not incidents'}),
        ('Москвы', 0, 'foreign', 'Moscow', N, {'note': 'NI:origin of delayed flights'}),
        ('Стамбула', 0, 'foreign', 'Istanbul', N, {'note': 'NI:origin of delayed flights'}),
        ('Павлодарской области', 0, 'region', PR, PR, {'note': 'road closed (official measure)'}),
        ('Павлодар', 0, 'city', 'Pavlodar', PR, {'note': 'NI:road endpoint'}),
        ('Экибастуз', 0, 'city', 'Ekibastuz', PR, {'note': 'NI:road endpoint'}),
        ('Экибастуза', 0, 'city', 'Ekibastuz', PR, {'note': 'NI:lorries waiting (reference point)'}),
        ('Северо-Казахстанской области', 0, 'region', NKR, NKR),
        ('Петропавл', 0, 'city', 'Petropavl', NKR, {'note': 'NI:road endpoint; Kazakh form in a Russian text (Russian: Петропавловск)'}),
        ('Кокшетау', 0, 'city', 'Kokshetau', AKR, {'note': 'NI:road endpoint'}),
        ('Жезказгане', 0, 'city', 'Zhezkazgan', KR, {'note': 'Karaganda Region before 2022-06-08; school closures'}),
        ('Балхаше', 0, 'city', 'Balkhash', KR, {'note': 'school closures'}),
        ('пяти областей', 0, 'quantified', '5 regions', N, {'count': 5, 'unit': 'region', 'note': '34 road crashes in five regions, mostly not named'}),
        ('Костанайскую', 0, 'region', KOR, KOR, {'note': 'list sharing the head noun "области"; forecast'}),
        ('Павлодарскую', 0, 'region', PR, PR, {'note': 'list sharing the head noun "области"; forecast'}),
     ],
     inc={KR: (2, 'nine-car pile-up on the Astana-Karaganda road near the Osakarovka turn (three dead) and the warehouse roof collapse in Temirtau (watchman injured)')},
     unatt=[{'label': 'пяти областей', 'count': 5, 'note': '34 road crashes over the weekend in five regions; only the Karaganda Region pile-up is located'}]),

dict(id='p012', date='2019-05-06', lang='ru',
     event='2019 former akim of Shymkent (its own unit since 2018) appointed governor of Turkistan Region, whose offices moved from Shymkent to Turkestan; born in Saryagash district; NUR-SULTAN dateline (no incident)',
     text="""Бывший аким Шымкента возглавил Туркестанскую область
НУР-СУЛТАН, 6 мая (Kazinform) – Указом президента акимом Туркестанской области назначен Бахытжан Оразбеков, с июня прошлого года руководивший Шымкентом.
Оразбеков, 51 год, родился в Сарыагашском районе, работал в Кызылорде и в аппарате правительства. Новый аким Шымкента будет назначен после согласования с городским маслихатом.
Областные управления завершили переезд из Шымкента в Туркестан в декабре прошлого года. Прежний аким области переведён на работу в Нур-Султан, сообщили в администрации президента. Туркестанская область получила нынешнее название в июне 2018 года, когда Шымкент стал городом республиканского значения.""",
     ann=[
        ('Шымкента', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'headline'}),
        ('Туркестанскую область', 0, 'region', TR, TR, {'note': 'headline'}),
        ('НУР-СУЛТАН', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Туркестанской области', 0, 'region', TR, TR, {'note': "inside an official's title"}),
        ('Шымкентом', 0, 'city', 'Shymkent', 'Shymkent'),
        ('Сарыагашском районе', 0, 'district', 'Saryagash District', TR, {'note': 'NI:birthplace'}),
        ('Кызылорде', 0, 'city', 'Kyzylorda', KYR, {'note': 'NI:former workplace'}),
        ('Шымкента', 1, 'city', 'Shymkent', 'Shymkent'),
        ('Шымкента', 2, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:former seat of the regional offices'}),
        ('Туркестан', 0, 'city', 'Turkistan', TR, {'note': 'NI:new seat of the regional offices'}),
        ('Нур-Султан', 0, 'city', 'Astana', 'Astana', {'note': 'NI:new workplace'}),
        ('Туркестанская область', 0, 'region', TR, TR, {'note': 'the region renamed in June 2018'}),
        ('Шымкент', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'city of republican significance since 2018'}),
     ],
     inc={}),

dict(id='p013', date='2004-10-11', lang='ru',
     event='2004 coal and bread prices in Semipalatinsk / Семей, Kurchatov, Borodulikha district and Ust-Kamenogorsk (East Kazakhstan Region before 2022); the «Каражыра» mine; grain from Pavlodar Region and the Altai Krai (no incident)',
     text="""Уголь и хлеб в Семипалатинске подорожали на четверть
СЕМИПАЛАТИНСК, 11 октября (КазТАГ) – Тонна угля с разреза «Каражыра» в Семипалатинске с начала сентября подорожала с 3 100 до 3 900 тенге, сообщили в городском управлении статистики.
Хлеб в Семее (так город всё чаще называют в официальных бумагах) стоит 45 тенге за буханку против 36 тенге весной. Такие же цены в Курчатове и сёлах Бородулихинского района. В Усть-Каменогорске хлеб подорожал меньше – до 41 тенге.
Аким Восточно-Казахстанской области поручил проверить, не сговорились ли поставщики. Мукомолы объясняют рост цен неурожаем: зерно в этом году завозят из Павлодарской области и с Алтайского края России.
Пенсионеры Семипалатинска с 1 ноября получат компенсацию на покупку угля – по 5 000 тенге на семью, пообещали в городском акимате.""",
     ann=[
        ('Семипалатинске', 0, 'city', 'Semey', EKR, {'note': 'headline; East Kazakhstan Region before 2022-06-08'}),
        ('СЕМИПАЛАТИНСК', 0, 'city', 'Semey', EKR, {'note': 'dateline'}),
        ('Каражыра', 0, 'facility', 'Karazhyra mine', EKR, {'subkind': 'mine', 'note': 'name in quotes (разрез «Каражыра»)'}),
        ('Семипалатинске', 1, 'city', 'Semey', EKR),
        ('Семее', 0, 'city', 'Semey', EKR, {'note': 'Kazakh name of Semipalatinsk, in Russian inflection'}),
        ('Курчатове', 0, 'city', 'Kurchatov', EKR),
        ('Бородулихинского района', 0, 'district', 'Borodulikha District', EKR),
        ('Усть-Каменогорске', 0, 'city', 'Oskemen', EKR),
        ('Восточно-Казахстанской области', 0, 'region', EKR, EKR, {'note': "inside an official's title"}),
        ('Павлодарской области', 0, 'region', PR, PR, {'note': 'NI:origin of grain'}),
        ('Алтайского края', 0, 'foreign', 'Altai Krai', N, {'note': 'NI:origin of grain'}),
        ('России', 0, 'foreign', 'Russia', N),
        ('Семипалатинска', 0, 'city', 'Semey', EKR),
     ],
     inc={}),

dict(id='p014', date='2023-02-14', lang='ru',
     event='2023 Jetisu regional court jails a lorry driver from Ushtobe for the August 2022 crash 8 km from Tekeli on the Taldykorgan-Tekeli road (Jetisu Region); Almaty Region named as the former unit',
     text="""Водителя фуры осудили на пять лет за ДТП под Текели
ТАЛДЫКОРГАН, 14 февраля (Kazinform) – Специализированный межрайонный суд по уголовным делам Жетысуской области приговорил к пяти годам лишения свободы водителя грузовика, виновного в гибели двух жителей Текели.
По материалам дела, 17 августа 2022 года на автодороге Талдыкорган – Текели, в 8 километрах от Текели, грузовик выехал на встречную полосу и столкнулся с легковым автомобилем. Водитель и пассажир легковушки погибли на месте.
Осуждённый, 38-летний житель Уштобе, работал на зерновую компанию из Алматы. Суд также лишил его права управлять транспортом на три года и удовлетворил иск родственников погибших на 12 млн тенге.
Адвокат заявил, что обжалует приговор в Жетысуском областном суде. До июня прошлого года Текели и Уштобе входили в Алматинскую область.""",
     ann=[
        ('Текели', 0, 'city', 'Tekeli', JTR, {'note': 'NI:headline; reference point of the crash'}),
        ('ТАЛДЫКОРГАН', 0, 'city', 'Taldykorgan', JTR, {'note': 'dateline'}),
        ('Жетысуской области', 0, 'region', JTR, JTR, {'note': 'inside the name of a court'}),
        ('Текели', 1, 'city', 'Tekeli', JTR, {'note': "NI:victims' residence"}),
        ('Талдыкорган', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:route endpoint'}),
        ('Текели', 2, 'city', 'Tekeli', JTR, {'note': 'NI:route endpoint'}),
        ('Текели', 3, 'city', 'Tekeli', JTR, {'note': 'NI:reference point ("8 km from Tekeli")'}),
        ('Уштобе', 0, 'city', 'Ushtobe', JTR, {'note': "NI:driver's residence"}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': "NI:seat of the driver's employer"}),
        ('Жетысуском', 0, 'region', JTR, JTR, {'note': 'NI:inside the name of a court (Жетысуский областной суд)'}),
        ('Текели', 4, 'city', 'Tekeli', JTR),
        ('Уштобе', 1, 'city', 'Ushtobe', JTR),
        ('Алматинскую область', 0, 'region', ALR, ALR, {'note': 'NI:former unit of Tekeli and Ushtobe'}),
     ],
     inc={JTR: (1, 'lorry-car collision on the Taldykorgan-Tekeli road 8 km from Tekeli on 17 August 2022, two dead; the 2023 verdict is not counted')}),

dict(id='p015', date='2025-07-08', lang='ru',
     event='2025 fire at the central market of Petropavl (Kazakh form in a Russian text) on Zhambyl Street (North Kazakhstan Region); crews from Mamlyutka and Beskol; goods from Omsk and Novosibirsk',
     text="""Пожар на рынке в Петропавле: сгорели 15 павильонов
ПЕТРОПАВЛОВСК, 8 июля (КазТАГ) – На центральном рынке Петропавла на улице Жамбыла во вторник утром сгорели 15 торговых павильонов, сообщили в департаменте по ЧС Северо-Казахстанской области.
Огонь охватил около 600 квадратных метров, пострадавших нет. На помощь городским пожарным прибыли расчёты из Мамлютки и Бесколя. Причину пожара устанавливают.
Предприниматели, торгующие одеждой из Омска и Новосибирска, оценивают ущерб в 40 миллионов тенге. Рынок работает с 1998 года, его реконструкцию городской акимат планировал начать в следующем году. Временные места им выделят на рынке «Береке».""",
     ann=[
        ('Петропавле', 0, 'city', 'Petropavl', NKR, {'note': 'headline; Kazakh form (Петропавл) in a Russian text'}),
        ('ПЕТРОПАВЛОВСК', 0, 'city', 'Petropavl', NKR, {'note': 'dateline; Russian name'}),
        ('Петропавла', 0, 'city', 'Petropavl', NKR, {'note': 'Kazakh form (Петропавл) in a Russian text'}),
        ('улице Жамбыла', 0, 'facility', 'Zhambyl Street (Petropavl)', NKR, {'subkind': 'street', 'note': 'named after the poet Zhambyl, not Jambyl Region; the head noun precedes the name'}),
        ('Северо-Казахстанской области', 0, 'region', NKR, NKR, {'note': 'inside the name of an authority'}),
        ('Мамлютки', 0, 'city', 'Mamlyutka', NKR, {'note': 'NI:origin of fire crews'}),
        ('Бесколя', 0, 'village', 'Beskol (Kyzylzhar district)', NKR, {'note': 'NI:origin of fire crews'}),
        ('Омска', 0, 'foreign', 'Omsk', N, {'note': 'NI:origin of goods'}),
        ('Новосибирска', 0, 'foreign', 'Novosibirsk', N, {'note': 'NI:origin of goods'}),
        ('Береке', 0, 'facility', 'Bereke market (Petropavl)', NKR, {'subkind': 'market', 'note': 'NI:name in quotes; site of temporary stalls; at the end of the text'}),
     ],
     inc={NKR: (1, 'fire at the central market of Petropavl on Zhambyl Street, 15 pavilions burned')}),

dict(id='p016', date='2007-08-13', lang='ru',
     event='2007 weekend chronicle of South Kazakhstan Region: house fire in Kentau, minibus-lorry crash 12 km from Turkestan, teenager drowned in the Shardara reservoir; a verdict in Sairam district (not counted)',
     text="""Выходные в ЮКО: пожар в Кентау, ДТП под Туркестаном, в Шардаринском водохранилище утонул подросток
ШЫМКЕНТ, 13 августа (Интерфакс-Казахстан) – Три происшествия с погибшими произошли в выходные в Южно-Казахстанской области, сообщил областной департамент по чрезвычайным ситуациям.
КЕНТАУ. В ночь на субботу в частном доме на улице Яссауи загорелась летняя кухня, огонь перекинулся на жилой дом. Погиб 74-летний хозяин, его жену с ожогами доставили в городскую больницу. Соседи пытались сбить пламя сами, пожарные прибыли через 15 минут. По предварительным данным, причиной стало короткое замыкание.
ТУРКЕСТАН. В субботу на трассе Шымкент – Туркестан, в 12 километрах от Туркестана, микроавтобус «Газель» столкнулся с КамАЗом. Погиб водитель микроавтобуса, пятеро пассажиров, ехавших на рынок в Шымкент, госпитализированы в Туркестане. Водитель КамАЗа, житель Кызылординской области, задержан. Движение на трассе было перекрыто почти на два часа, машины пропускали по объездной дороге.
ШАРДАРА. В воскресенье в Шардаринском водохранилище утонул 14-летний подросток из Шымкента, приехавший на каникулы к родственникам в Шардару. Подростка, по словам очевидцев, унесло течением у плотины. Тело нашли водолазы через пять часов после того, как друзья подняли тревогу. По факту гибели проводится проверка. Жара в области в выходные достигала 43 градусов, и на берегах Шардаринского и Бадамского водохранилищ и Сырдарьи отдыхали тысячи людей, в том числе туристы из Ташкента.
Кроме того, в пятницу суд Сайрамского района приговорил к трём годам колонии жителя села Аксукент за кражу 12 голов скота.
В департаменте напомнили, что купаться можно только на оборудованных пляжах, а в Мактааральском и Сарыагашском районах – не заходить в арыки и каналы. С начала лета спасатели области провели 140 рейдов на водоёмах.""",
     ann=[
        ('ЮКО', 0, 'region', SKR, SKR, {'note': 'headline; the usual abbreviation of Южно-Казахстанская область'}),
        ('Кентау', 0, 'city', 'Kentau', SKR, {'note': 'headline'}),
        ('Туркестаном', 0, 'city', 'Turkistan', SKR, {'note': 'NI:headline; reference point of the crash'}),
        ('Шардаринском водохранилище', 0, 'facility', 'Shardara Reservoir', N, {'subkind': 'reservoir', 'note': 'headline; water body (Kazakh form Шардара, Russian Чардара); on the border with Uzbekistan'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', SKR, {'note': 'dateline; South Kazakhstan Region before 2018-06-19'}),
        ('Южно-Казахстанской области', 0, 'region', SKR, SKR),
        ('КЕНТАУ', 0, 'city', 'Kentau', SKR, {'note': 'section heading in capitals'}),
        ('улице Яссауи', 0, 'facility', 'Yassawi Street (Kentau)', SKR, {'subkind': 'street', 'note': 'named after a person; the head noun precedes the name'}),
        ('ТУРКЕСТАН', 0, 'city', 'Turkistan', SKR, {'note': 'section heading in capitals'}),
        ('Шымкент', 0, 'city', 'Shymkent', SKR, {'note': 'NI:route endpoint'}),
        ('Туркестан', 0, 'city', 'Turkistan', SKR, {'note': 'NI:route endpoint'}),
        ('Туркестана', 0, 'city', 'Turkistan', SKR, {'note': 'NI:reference point ("12 km from Turkestan")'}),
        ('Шымкент', 1, 'city', 'Shymkent', SKR, {'note': "NI:passengers' destination"}),
        ('Туркестане', 0, 'city', 'Turkistan', SKR, {'note': 'NI:hospital town'}),
        ('Кызылординской области', 0, 'region', KYR, KYR, {'note': "NI:lorry driver's residence"}),
        ('ШАРДАРА', 0, 'city', 'Shardara', SKR, {'note': 'section heading in capitals'}),
        ('Шардаринском водохранилище', 1, 'facility', 'Shardara Reservoir', N, {'subkind': 'reservoir'}),
        ('Шымкента', 0, 'city', 'Shymkent', SKR, {'note': "NI:victim's home town"}),
        ('Шардару', 0, 'city', 'Shardara', SKR, {'note': "NI:relatives' residence"}),
        ('Шардаринского', 0, 'facility', 'Shardara Reservoir', N, {'subkind': 'reservoir', 'note': 'list sharing the head noun "водохранилищ"'}),
        ('Бадамского', 0, 'facility', 'Badam Reservoir', N, {'subkind': 'reservoir', 'note': 'list sharing the head noun "водохранилищ"'}),
        ('Сырдарьи', 0, 'facility', 'Syr Darya', N, {'subkind': 'river'}),
        ('Ташкента', 0, 'foreign', 'Tashkent', N, {'note': 'NI:origin of tourists'}),
        ('Сайрамского района', 0, 'district', 'Sairam District', SKR, {'note': 'inside the name of a court'}),
        ('Аксукент', 0, 'village', 'Aksukent', SKR, {'note': "NI:convict's residence; theft is not an incident"}),
        ('Мактааральском', 0, 'district', 'Maktaaral District', SKR, {'note': 'list sharing the head noun "районах"; safety advice'}),
        ('Сарыагашском', 0, 'district', 'Saryagash District', SKR, {'note': 'list sharing the head noun "районах"; safety advice'}),
     ],
     inc={SKR: (3, 'house fire in Kentau (one dead), minibus-lorry crash 12 km from Turkestan (one dead), teenager drowned in the Shardara reservoir; the theft verdict is not counted')}),
]
