"""Russian texts of the forty-third unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
JR, ALR, KYR, TR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'Turkistan Region', 'South Kazakhstan Region'
ABR, JTR, EKR, MR, KOR = 'Abai Region', 'Jetisu Region', 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR, UR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region', 'Ulytau Region'
ATR, AR, WKR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region'

DOCS = [
dict(id='p009', date='1997-09-16', lang='ru',
     event='1997 first harvest after the abolition of Turgai Region: steppe fire near Urpek, Amangeldy district (Kostanay Region) and a fatal grain-lorry accident in Derzhavinsk, Zharkain district (Akmola Region); Akmola the city before it became the capital; the «Тургайский» state farm is not a place',
     text="""Уборка на землях упразднённой Тургайской области: Аркалык везёт зерно в Костанай
АРКАЛЫК, 16 сентября (КазТАГ). Хозяйства бывшей Тургайской области впервые убирают хлеб в составе новых регионов: Аркалык, Амангельдинский и Джангельдинский районы с мая входят в Костанайскую область, а Жаркаинский и Жаксынский районы переданы Акмолинской.
По данным областного управления сельского хозяйства в Костанае, в Амангельдинском районе скошено 40 процентов площадей, но урожай не превышает шести центнеров с гектара. Зерно с токов везут за 250 километров по разбитой дороге Аркалык – Костанай, потому что элеватор в Аркалыке с весны простаивает без электричества.
В воскресенье у села Урпек Амангельдинского района степной пожар уничтожил около 600 тонн сена и две кошары бывшего совхоза «Тургайский». Огонь тушили жители и пожарные из Амангельды.
В Державинске, центре Жаркаинского района, вчера перевернулся грузовик с зерном, водитель погиб. Как сообщили в УВД Акмолинской области, машина шла в Акмолу, куда в декабре переезжает столица.
В Жаксынском районе, отошедшем к Акмолинской области, уборка идёт быстрее: там скошено больше половины хлеба, а зерно принимают элеваторы в Есиле и Атбасаре. Механизаторы, однако, жалуются, что не получают зарплату с весны. По оценке специалистов, на землях бывшей области в этом году соберут не более 300 тысяч тонн зерна, втрое меньше, чем в начале девяностых.
Фермеры из Торгая жалуются, что после ликвидации области им стало труднее сбывать скот: ближайший рынок теперь в Аркалыке, а покупатели из Челябинска и Оренбурга, приезжавшие прошлым летом, в этом году не появились. Аким Джангельдинского района Берик Ахметов сказал, что район просит Костанай выделить горючее для зимовки скота.""",
     ann=[
        ('Тургайской области', 0, 'region', KOR, KOR, {'uncertain': True, 'note': 'headline; Turgai Region, abolished in 1997; most of its land (Arkalyk, Amangeldy and Zhangeldin districts) went to Kostanay Region, Zharkain and Zhaksy districts to Akmola Region'}),
        ('Аркалык', 0, 'city', 'Arkalyk', KOR, {'note': 'headline'}),
        ('Костанай', 0, 'city', 'Kostanay', KOR, {'note': 'NI:headline; destination of grain'}),
        ('АРКАЛЫК', 0, 'city', 'Arkalyk', KOR, {'note': 'dateline'}),
        ('Тургайской области', 1, 'region', KOR, KOR, {'uncertain': True, 'note': 'abolished Turgai Region; see the headline'}),
        ('Аркалык', 1, 'city', 'Arkalyk', KOR, {'note': 'the city administration in a list of districts'}),
        ('Амангельдинский', 0, 'district', 'Amangeldy District', KOR, {'note': 'list sharing "районы"'}),
        ('Джангельдинский', 0, 'district', 'Zhangeldin District', KOR, {'note': 'list sharing "районы"'}),
        ('Костанайскую область', 0, 'region', KOR, KOR),
        ('Жаркаинский', 0, 'district', 'Zharkain District', AKR, {'note': 'list sharing "районы"'}),
        ('Жаксынский', 0, 'district', 'Zhaksy District', AKR, {'note': 'list sharing "районы"'}),
        ('Акмолинской', 0, 'region', AKR, AKR, {'note': 'elliptic "Акмолинской [области]"'}),
        ('Костанае', 0, 'city', 'Kostanay', KOR, {'note': 'NI:seat of the regional department'}),
        ('Амангельдинском районе', 0, 'district', 'Amangeldy District', KOR),
        ('Аркалык', 2, 'city', 'Arkalyk', KOR, {'note': 'NI:road endpoint'}),
        ('Костанай', 1, 'city', 'Kostanay', KOR, {'note': 'NI:road endpoint'}),
        ('Аркалыке', 0, 'city', 'Arkalyk', KOR, {'note': 'NI:idle elevator'}),
        ('Урпек', 0, 'village', 'Urpek', KOR),
        ('Амангельдинского района', 0, 'district', 'Amangeldy District', KOR),
        ('Амангельды', 0, 'village', 'Amangeldy', KOR, {'note': 'NI:origin of firefighters; district centre'}),
        ('Державинске', 0, 'city', 'Derzhavinsk', AKR),
        ('Жаркаинского района', 0, 'district', 'Zharkain District', AKR),
        ('Акмолинской области', 0, 'region', AKR, AKR, {'note': 'inside the name of an authority'}),
        ('Акмолу', 0, 'city', 'Astana', 'Astana', {'note': 'NI:destination of the lorry; Akmola, the city that became the capital in December 1997, not Akmola Region'}),
        ('Жаксынском районе', 0, 'district', 'Zhaksy District', AKR, {'note': 'NI:harvest progress'}),
        ('Акмолинской области', 1, 'region', AKR, AKR, {'note': 'NI'}),
        ('Есиле', 0, 'city', 'Esil', AKR, {'note': 'NI:elevators receiving grain'}),
        ('Атбасаре', 0, 'city', 'Atbasar', AKR, {'note': 'NI:elevators receiving grain'}),
        ('Торгая', 0, 'village', 'Torgay', KOR, {'note': 'NI:origin of farmers; Zhangeldin district'}),
        ('Аркалыке', 1, 'city', 'Arkalyk', KOR, {'note': 'NI:nearest market'}),
        ('Челябинска', 0, 'foreign', 'Chelyabinsk', N, {'note': 'NI:origin of buyers'}),
        ('Оренбурга', 0, 'foreign', 'Orenburg', N, {'note': 'NI:origin of buyers'}),
        ('Джангельдинского района', 0, 'district', 'Zhangeldin District', KOR, {'note': 'NI:inside an official title'}),
        ('Костанай', 2, 'city', 'Kostanay', KOR, {'uncertain': True, 'note': 'NI:metonymy for the regional administration'}),
     ],
     inc={KOR: (1, 'steppe fire near Urpek, Amangeldy district: 600 t of hay and two sheep-pens burnt'),
          AKR: (1, 'grain lorry overturned in Derzhavinsk, driver killed')}),

dict(id='p010', date='2008-07-08', lang='ru',
     event='2008 rally of about 200 cotton farmers at the Maktaaral district akimat in Zhetisai over irrigation water, five taken to the police (South Kazakhstan Region; Zhetisai was then the centre of Maktaaral district); Atakent the former Ilyich; Dostyk canal from Uzbekistan',
     text="""Хлопкоробы Мактааральского района вышли к акимату из-за нехватки воды
ЖЕТЫСАЙ, 8 июля (Интерфакс-Казахстан). Около 200 фермеров Мактааральского района Южно-Казахстанской области в понедельник собрались у здания районного акимата в Жетысае, требуя увеличить подачу воды на хлопковые поля.
По словам участников, в сёлах Атакент (бывший Ильич) и Жанаауыл вода в арыки не поступает уже две недели, а хлопчатник начал сбрасывать бутоны. Аким района пообещал, что до конца недели из Шардаринского водохранилища будет дополнительно подано 15 кубометров в секунду.
Мактааральский район получает воду по каналу Достык, бывшему каналу имени Кирова, который начинается на территории Узбекистана, и фермеры связывают перебои с летним забором воды соседней стороной. Пятеро участников акции были доставлены в районный отдел полиции и отпущены после беседы.
Заместитель акима Южно-Казахстанской области, прибывший из Шымкента, сказал, что вопрос вынесен на межправительственную комиссию, которая соберётся в Ташкенте в конце июля.""",
     ann=[
        ('Мактааральского района', 0, 'district', 'Maktaaral District', SKR, {'note': 'headline'}),
        ('ЖЕТЫСАЙ', 0, 'city', 'Zhetisai', SKR, {'note': 'dateline; then the centre of Maktaaral district, since 2018 of Zhetisai district'}),
        ('Мактааральского района', 1, 'district', 'Maktaaral District', SKR, {'note': 'NI:origin of the farmers'}),
        ('Южно-Казахстанской области', 0, 'region', SKR, SKR),
        ('Жетысае', 0, 'city', 'Zhetisai', SKR, {'note': 'site of the rally at the district akimat'}),
        ('Атакент', 0, 'village', 'Atakent', SKR, {'note': 'NI:fields without water'}),
        ('Ильич', 0, 'village', 'Atakent', SKR, {'note': 'NI:Soviet name of Atakent'}),
        ('Жанаауыл', 0, 'village', 'Zhanaauyl (Maktaaral District)', SKR, {'note': 'NI:fields without water'}),
        ('Шардаринского водохранилища', 0, 'facility', 'Shardara reservoir', N, {'subkind': 'reservoir', 'note': 'NI:in Shardara district, partly in Uzbekistan'}),
        ('Мактааральский район', 0, 'district', 'Maktaaral District', SKR, {'note': 'NI'}),
        ('Достык', 0, 'facility', 'Dostyk canal', N, {'subkind': 'canal', 'note': 'NI:runs from Uzbekistan into Maktaaral district'}),
        ('Кирова', 0, 'facility', 'Dostyk canal', N, {'subkind': 'canal', 'uncertain': True, 'note': 'NI:former name of the canal, "named after Kirov": a person\'s name used as a canal name'}),
        ('Узбекистана', 0, 'foreign', 'Uzbekistan', N, {'note': 'NI'}),
        ('Южно-Казахстанской области', 1, 'region', SKR, SKR, {'note': "NI:inside an official's title"}),
        ('Шымкента', 0, 'city', 'Shymkent', SKR, {'note': 'NI:origin of the deputy governor'}),
        ('Ташкенте', 0, 'foreign', 'Tashkent', N, {'note': 'NI:venue of a commission'}),
     ],
     inc={SKR: (1, 'rally of about 200 farmers at the district akimat in Zhetisai, five taken to the police (one protest)')}),

dict(id='p011', date='2016-12-20', lang='ru',
     event='2016 wolves kill 30 sheep at a winter camp 18 km from Kirovo, Zhanaarka district (Karaganda Region before the 2022 split); hunters from Karaganda and Zhezkazgan; Betpak-Dala',
     text="""Волки зарезали 30 овец в Жанааркинском районе
КАРАГАНДА, 20 декабря (Tengrinews). Стая волков ночью напала на зимовку крестьянского хозяйства в 18 километрах от села Кирово Жанааркинского района Карагандинской области и зарезала 30 овец, сообщили в областной инспекции лесного хозяйства и животного мира.
Хозяин отары, житель посёлка Атасу, утверждает, что за последний месяц волки нападали на его скот трижды. В Жанааркинском районе, по данным инспекции, с начала зимы хищники задрали около 140 голов скота, ещё около 90 – в соседнем Улытауском районе.
Для отстрела волков в район направлены охотники из Караганды и Жезказгана. За каждого добытого зверя аким района обещает премию в 50 тысяч тенге. Охотоведы объясняют рост числа нападений тем, что из-за глубокого снега сайгаки ушли на юг, к Бетпак-Дале, и волки остались без привычной добычи.""",
     ann=[
        ('Жанааркинском районе', 0, 'district', 'Zhanaarka District', KR, {'note': 'headline; Karaganda Region before 2022-06-08'}),
        ('КАРАГАНДА', 0, 'city', 'Karaganda', KR, {'note': 'dateline'}),
        ('Кирово', 0, 'village', 'Kirovo', KR, {'note': 'NI:reference point (18 km from Kirovo)'}),
        ('Жанааркинского района', 0, 'district', 'Zhanaarka District', KR),
        ('Карагандинской области', 0, 'region', KR, KR),
        ('Атасу', 0, 'village', 'Atasu', KR, {'note': 'NI:residence of the flock owner'}),
        ('Жанааркинском районе', 1, 'district', 'Zhanaarka District', KR, {'note': 'losses since the start of winter (not counted separately)'}),
        ('Улытауском районе', 0, 'district', 'Ulytau District', KR, {'note': 'losses since the start of winter (not counted); Karaganda Region before 2022-06-08'}),
        ('Караганды', 0, 'city', 'Karaganda', KR, {'note': 'NI:origin of hunters'}),
        ('Жезказгана', 0, 'city', 'Zhezkazgan', KR, {'note': 'NI:origin of hunters; Karaganda Region before 2022-06-08'}),
        ('Бетпак-Дале', 0, 'facility', 'Betpak-Dala', N, {'subkind': 'desert', 'note': 'NI'}),
     ],
     inc={KR: (1, 'night attack of wolves on a winter camp 18 km from Kirovo, Zhanaarka district, 30 sheep killed; earlier attacks and seasonal losses are summarised, not narrated, and are not counted')}),

dict(id='p012', date='2021-06-22', lang='ru',
     event='2021 mass brawl over irrigation water in Karabulak, Sairam district, and an irrigation dam breach flooding 12 homesteads in Temirlan (the former Temirlanovka), Ordabasy district (Turkistan Region); Shymkent markets (Shymkent as its own unit); drought "in almost all districts" not counted',
     text="""Драка из-за воды и прорыв канала: Туркестанской области не хватает полива
ШЫМКЕНТ, 22 июня (KazTAG). Девять человек пострадали в массовой драке из-за поливной воды в селе Карабулак Сайрамского района Туркестанской области, сообщили в департаменте полиции региона.
По данным полиции, в воскресенье вечером жители двух улиц не поделили очередь на полив из арыка, отходящего от реки Сайрамсу. В драке участвовали около 40 человек, в ход пошли лопаты и камни. Трое доставлены в больницу Аксукента, восемь человек задержаны.
В тот же день в Ордабасинском районе размыло земляную дамбу оросительного канала: вода затопила 12 дворов и около 30 гектаров огородов на окраине села Темирлан, бывшей Темирлановки. Жертв нет, семьи временно разместили в местной школе.
Маловодье затронуло почти все районы области. В Толебийском и Казыгуртском районах сады поливают по графику раз в десять дней, а фермеры Келесского района просят увеличить подачу воды из Узбекистана. Аким области поручил до конца месяца проверить все гидротехнические сооружения. По данным синоптиков, в мае в Туркестанской области выпало вдвое меньше осадков, чем обычно.
В самом Шымкенте, который с 2018 года стал городом республиканского значения и больше не входит в состав области, власти запретили до конца сентября поливать газоны водопроводной водой, а владельцы дач в Каратауском районе города получают воду по графику.
Нехватка воды уже сказывается на ценах: на рынках Шымкента, куда везут овощи фермеры из соседних районов, килограмм огурцов с начала месяца подорожал на треть. Торговцы рынка «Шапагат» говорят, что часть товара теперь везут из Кыргызстана и Алматинской области.""",
     ann=[
        ('Туркестанской области', 0, 'region', TR, TR, {'note': 'headline'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'dateline'}),
        ('Карабулак', 0, 'village', 'Karabulak (Sairam District)', TR),
        ('Сайрамского района', 0, 'district', 'Sairam District', TR),
        ('Туркестанской области', 1, 'region', TR, TR),
        ('Сайрамсу', 0, 'facility', 'Sairamsu', N, {'subkind': 'river', 'note': 'NI'}),
        ('Аксукента', 0, 'village', 'Aksukent', TR, {'note': 'NI:hospital; centre of Sairam district'}),
        ('Ордабасинском районе', 0, 'district', 'Ordabasy District', TR),
        ('Темирлан', 0, 'village', 'Temirlan', TR),
        ('Темирлановки', 0, 'village', 'Temirlan', TR, {'note': 'former name of Temirlan'}),
        ('почти все районы', 0, 'quantified', 'almost all districts', N, {'count': None, 'unit': 'district', 'note': 'water shortage (not an incident) in almost all districts of the region'}),
        ('Толебийском', 0, 'district', 'Tolebi District', TR, {'note': 'NI:list sharing "районах"'}),
        ('Казыгуртском', 0, 'district', 'Kazygurt District', TR, {'note': 'NI:list sharing "районах"'}),
        ('Келесского района', 0, 'district', 'Keles District', TR, {'note': 'NI'}),
        ('Узбекистана', 0, 'foreign', 'Uzbekistan', N, {'note': 'NI'}),
        ('Туркестанской области', 2, 'region', TR, TR, {'note': 'NI:low rainfall'}),
        ('Шымкенте', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:watering restrictions'}),
        ('Каратауском районе', 0, 'district', 'Karatau District (Shymkent)', 'Shymkent', {'subkind': 'city district', 'note': 'NI:district of Shymkent, not the Karatau range or the town of Karatau'}),
        ('Шымкента', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:markets'}),
        ('Шапагат', 0, 'facility', 'Shapagat market (Shymkent)', 'Shymkent', {'subkind': 'market', 'note': 'NI'}),
        ('Кыргызстана', 0, 'foreign', 'Kyrgyzstan', N, {'note': 'NI:origin of goods'}),
        ('Алматинской области', 0, 'region', ALR, ALR, {'note': 'NI:origin of goods'}),
     ],
     inc={TR: (2, 'mass brawl over irrigation water in Karabulak, Sairam district, nine hurt and eight detained; breach of an irrigation canal dam flooding 12 homesteads in Temirlan, Ordabasy district')}),

dict(id='p013', date='2003-05-20', lang='ru',
     event='2003 treatment against Asian migratory locusts in the Ili delta around Bakanas, Bakbakty and Akkol, Balkhash district (Almaty Region); Taldykorgan the regional centre; aircraft from Shymkent (South Kazakhstan Region); Lake Balkhash vs Balkhash district (no incident)',
     text="""Саранча в Балхашском районе: обработано 40 тысяч гектаров
ТАЛДЫКОРГАН, 20 мая (Казинформ). В Балхашском районе Алматинской области идёт химическая обработка против азиатской саранчи, отродившейся в тростниках дельты Или, сообщило областное управление сельского хозяйства.
С начала мая обработано около 40 тысяч гектаров пастбищ и сенокосов вокруг сёл Баканас, Бакбакты и Акколь. В работах заняты 12 наземных отрядов и два самолёта Ан-2, арендованных в Шымкенте. Очаги вредителя выявлены также в Каратальском и Алакольском районах, у побережья Балхаша.
По словам специалистов, если не остановить саранчу в дельте, в июне стаи могут перелететь на посевы люцерны и риса вокруг Капчагая. На обработку из областного бюджета выделено 85 миллионов тенге, ещё часть средств обещал Минсельхоз в Астане.""",
     ann=[
        ('Балхашском районе', 0, 'district', 'Balkhash District', ALR, {'note': 'headline; named after the lake'}),
        ('ТАЛДЫКОРГАН', 0, 'city', 'Taldykorgan', ALR, {'note': 'dateline; Almaty Region before 2022-06-08'}),
        ('Балхашском районе', 1, 'district', 'Balkhash District', ALR),
        ('Алматинской области', 0, 'region', ALR, ALR),
        ('Или', 0, 'facility', 'Ili', N, {'subkind': 'river', 'note': '"дельты Или": the Ili delta'}),
        ('Баканас', 0, 'village', 'Bakanas', ALR),
        ('Бакбакты', 0, 'village', 'Bakbakty', ALR),
        ('Акколь', 0, 'village', 'Akkol (Balkhash District)', ALR, {'note': 'not the town of Akkol in Akmola Region'}),
        ('Шымкенте', 0, 'city', 'Shymkent', SKR, {'note': 'NI:where the aircraft were hired; South Kazakhstan Region before 2018'}),
        ('Каратальском', 0, 'district', 'Karatal District', ALR, {'note': 'list sharing "районах"; Almaty Region before 2022'}),
        ('Алакольском', 0, 'district', 'Alakol District', ALR, {'note': 'list sharing "районах"; Almaty Region before 2022'}),
        ('Балхаша', 0, 'facility', 'Lake Balkhash', N, {'subkind': 'lake', 'note': 'the lake shore, not the town of Balkhash'}),
        ('Капчагая', 0, 'city', 'Konaev', ALR, {'note': 'NI:fields that swarms may reach; Kapchagay, renamed Konaev in 2022'}),
        ('Астане', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the ministry'}),
     ],
     inc={}),

dict(id='p014', date='2024-09-10', lang='ru',
     event='2024 lorry with apples from Sarkand overturned near Kapal, Aksu district (Jetisu Region); apples and potatoes of Sarkand and Alakol districts sold at the Altyn Orda market in Almaty and in Astana; Jetisu gardeners\' union is an organisation; Konaev the seat of Almaty Region',
     text="""Фура с яблоками из Сарканда перевернулась у Капала
ТАЛДЫКОРГАН, 10 сентября (Tengrinews). Грузовик, который вёз 18 тонн яблок из Сарканда на оптовый рынок «Алтын Орда» в Алматы, перевернулся в понедельник на трассе Алматы – Усть-Каменогорск у села Капал Аксуского района области Жетісу. Водитель и его напарник госпитализированы в Талдыкоргане.
Осенью фермеры Саркандского и Алакольского районов ежедневно отправляют в Алматы и Астану по 40–50 машин яблок, картофеля и мёда. По словам председателя союза садоводов Жетысу Ерлана Бекова, на алматинских рынках саркандские яблоки продают по 350–400 тенге за килограмм, тогда как у ворот сада за них платят 120.
Фермеры жалуются, что после образования области Жетісу в 2022 году перекупщики из Алматинской области требуют отдельные ветеринарные справки на каждую партию. В управлении сельского хозяйства пообещали решить вопрос с коллегами из Конаева.""",
     ann=[
        ('Сарканда', 0, 'city', 'Sarkand', JTR, {'note': 'NI:headline; origin of the apples'}),
        ('Капала', 0, 'village', 'Kapal', JTR, {'note': 'headline'}),
        ('ТАЛДЫКОРГАН', 0, 'city', 'Taldykorgan', JTR, {'note': 'dateline'}),
        ('Сарканда', 1, 'city', 'Sarkand', JTR, {'note': 'NI:origin of the apples'}),
        ('Алтын Орда', 0, 'facility', 'Altyn Orda market (Almaty)', 'Almaty', {'subkind': 'market', 'note': 'NI:destination'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:destination'}),
        ('Алматы', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:road endpoint'}),
        ('Усть-Каменогорск', 0, 'city', 'Oskemen', EKR, {'note': 'NI:road endpoint'}),
        ('Капал', 0, 'village', 'Kapal', JTR),
        ('Аксуского района', 0, 'district', 'Aksu District (Jetisu Region)', JTR),
        ('Жетісу', 0, 'region', JTR, JTR, {'note': 'Kazakh name after the Russian head noun "области"'}),
        ('Талдыкоргане', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:hospital'}),
        ('Саркандского', 0, 'district', 'Sarkand District', JTR, {'note': 'NI:list sharing "районов"'}),
        ('Алакольского', 0, 'district', 'Alakol District', JTR, {'note': 'NI:list sharing "районов"'}),
        ('Алматы', 2, 'city', 'Almaty', 'Almaty', {'note': 'NI:destination'}),
        ('Астану', 0, 'city', 'Astana', 'Astana', {'note': 'NI:destination'}),
        ('Жетісу', 1, 'region', JTR, JTR, {'note': 'NI:creation of the region'}),
        ('Алматинской области', 0, 'region', ALR, ALR, {'note': 'NI:origin of resellers'}),
        ('Конаева', 0, 'city', 'Konaev', ALR, {'note': 'NI:seat of the Almaty Region administration'}),
     ],
     inc={JTR: (1, 'lorry with apples overturned near Kapal, Aksu district, two injured')}),

dict(id='p015', date='1993-10-05', lang='ru',
     event='1993 rustlers steal 56 horses and wound a shepherd near Sortobe, Kordai district (Jambyl Region); Dzhambul, Georgievka (now Kordai), the Chu river and Tokmak in Kyrgyzstan',
     text="""В Кордайском районе угонщики ранили чабана
ДЖАМБУЛ, 5 октября (КазТАГ). Неизвестные угнали с горного пастбища в Кордайском районе Джамбулской области 56 лошадей, ранив из охотничьего ружья чабана, который пытался им помешать, сообщили в областном управлении внутренних дел.
Нападение произошло в ночь на воскресенье в урочище в 12 километрах от села Сортобе. Раненый доставлен в районную больницу в Георгиевке, его жизнь вне опасности. По следам табуна милиция установила, что лошадей погнали к реке Чу, по которой проходит граница с Киргизией.
Это уже четвёртый угон скота в районе с начала года. Начальник районного отдела внутренних дел сказал, что с киргизской стороны в Токмаке создана совместная группа, но задержанных пока нет. Фермеры сёл Масанчи и Сортобе просят разрешить им держать оружие для охраны табунов.""",
     ann=[
        ('Кордайском районе', 0, 'district', 'Kordai District', JR, {'note': 'headline'}),
        ('ДЖАМБУЛ', 0, 'city', 'Taraz', JR, {'note': 'dateline; Dzhambul, now Taraz'}),
        ('Кордайском районе', 1, 'district', 'Kordai District', JR),
        ('Джамбулской области', 0, 'region', JR, JR, {'note': 'old spelling of Jambyl Region'}),
        ('Сортобе', 0, 'village', 'Sortobe', JR, {'note': 'NI:reference point (12 km from the village)'}),
        ('Георгиевке', 0, 'village', 'Kordai', JR, {'note': 'NI:hospital; Georgievka, the old name of Kordai, the district centre'}),
        ('Чу', 0, 'facility', 'Chu', N, {'subkind': 'river', 'note': 'NI:border river'}),
        ('Киргизией', 0, 'foreign', 'Kyrgyzstan', N),
        ('Токмаке', 0, 'foreign', 'Tokmok', N, {'note': 'NI:seat of a joint group'}),
        ('Масанчи', 0, 'village', 'Masanchi', JR, {'note': 'NI:residence of farmers'}),
        ('Сортобе', 1, 'village', 'Sortobe', JR, {'note': 'NI:residence of farmers'}),
     ],
     inc={JR: (1, 'armed theft of 56 horses near Sortobe with a shepherd shot and wounded (the shooting is the incident); the earlier thefts are not narrated')}),

dict(id='p016', date='2022-11-15', lang='ru',
     event='2022 plan for 14 rural outpatient clinics in Abai Region (Kokpekty, Ayagoz and Beskaragai districts, Aktogay village), five months after the region was created from East Kazakhstan Region; the «Коммунизм» state farm is not a place (no incident)',
     text="""В сёлах области Абай построят 14 врачебных амбулаторий
СЕМЕЙ, 15 ноября (Казинформ). В 2023 году в сёлах области Абай построят 14 врачебных амбулаторий и фельдшерско-акушерских пунктов, сообщили в управлении здравоохранения новой области.
Первые объекты появятся в Кокпектинском, Аягозском и Бескарагайском районах, где сельчанам приходится ехать до ближайшей больницы больше 100 километров. В селе Актогай Аягозского района амбулатория разместится в отремонтированном здании бывшей конторы совхоза «Коммунизм».
До июня эти районы входили в Восточно-Казахстанскую область, и часть проектов была подготовлена ещё в Усть-Каменогорске. Теперь их финансирование перешло в бюджет области Абай с центром в Семее. Врачей для новых амбулаторий будут набирать в том числе в Павлодаре и Караганде, предлагая подъёмные и служебное жильё.""",
     ann=[
        ('Абай', 0, 'region', ABR, ABR, {'note': 'headline; "области Абай", name after the Russian head noun'}),
        ('СЕМЕЙ', 0, 'city', 'Semey', ABR, {'note': 'dateline'}),
        ('Абай', 1, 'region', ABR, ABR),
        ('Кокпектинском', 0, 'district', 'Kokpekty District', ABR, {'note': 'list sharing "районах"'}),
        ('Аягозском', 0, 'district', 'Ayagoz District', ABR, {'note': 'list sharing "районах"'}),
        ('Бескарагайском', 0, 'district', 'Beskaragai District', ABR, {'note': 'list sharing "районах"'}),
        ('Актогай', 0, 'village', 'Aktogay (Ayagoz District)', ABR, {'note': 'not the Aktogay of Karaganda or Pavlodar Region'}),
        ('Аягозского района', 0, 'district', 'Ayagoz District', ABR),
        ('Восточно-Казахстанскую область', 0, 'region', EKR, EKR, {'note': 'NI:former unit of the districts'}),
        ('Усть-Каменогорске', 0, 'city', 'Oskemen', EKR, {'note': 'NI:where projects were prepared'}),
        ('Абай', 2, 'region', ABR, ABR),
        ('Семее', 0, 'city', 'Semey', ABR, {'note': 'NI:regional centre'}),
        ('Павлодаре', 0, 'city', 'Pavlodar', PR, {'note': 'NI:recruitment'}),
        ('Караганде', 0, 'city', 'Karaganda', KR, {'note': 'NI:recruitment'}),
     ],
     inc={}),
]
