"""Russian texts of the sixteenth unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
JR, ALR, KYR, TR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'Turkistan Region', 'South Kazakhstan Region'
ABR, JTR, EKR, MR, KOR = 'Abai Region', 'Jetisu Region', 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR, UR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region', 'Ulytau Region'
ATR, AR, WKR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region'
KZ = ('country', 'Kazakhstan', N)

DOCS = [
dict(id='p009', date='1996-05-28', lang='ru',
     event='1996 earthquake in Xinjiang felt in Almaty and in the Taldy-Kurgan (abolished 1997) and Almaty regions: a school wall collapsed in Zharkent, shaking in Taldykorgan and Chundzha (Almaty Region land); Bishkek',
     text="""Землетрясение в Китае ощутили жители Алматы и Талдыкорганской области
АЛМАТЫ, 28 мая (Интерфакс-Казахстан). Подземные толчки силой до пяти баллов ощущались в ночь на вторник в Алматы, в Талдыкорганской и Алматинской областях, сообщили в Институте сейсмологии.
Эпицентр землетрясения магнитудой 5,9 находился в Синьцзяне, в горах к северо-востоку от Кульджи, примерно в 250 км от границы с Казахстаном.
В Жаркенте, ближайшем к эпицентру казахстанском городе, толчки достигали пяти баллов: в средней школе № 3 обрушилась часть внутренней стены, на нескольких домах треснули печные трубы. Пострадавших нет. В Талдыкоргане и Чундже сила толчков составила четыре балла.
В Алматы колебания силой три-четыре балла разбудили многих жителей, люди выбегали из домов в микрорайонах «Орбита» и «Самал». Повреждений, по данным городского штаба по чрезвычайным ситуациям, нет.
Толчки ощутили также в Бишкеке. Сейсмологи не исключают повторных толчков в течение недели и просят жителей не ночевать в ветхих домах.""",
     ann=[
        ('Китае', 0, 'foreign', 'China', N, {'note': 'headline'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'headline'}),
        ('Талдыкорганской области', 0, 'region', ALR, ALR, {'uncertain': True, 'note': 'headline; Taldy-Kurgan Region, abolished in 1997, its land went to Almaty Region (Jetisu Region only from 2022)'}),
        ('АЛМАТЫ', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Алматы', 1, 'city', 'Almaty', 'Almaty'),
        ('Талдыкорганской', 1, 'region', ALR, ALR, {'uncertain': True, 'note': 'in a list sharing "областях"; abolished Taldy-Kurgan Region'}),
        ('Алматинской', 0, 'region', ALR, ALR, {'note': 'in a list sharing "областях"'}),
        ('Синьцзяне', 0, 'foreign', 'Xinjiang', N),
        ('Кульджи', 0, 'foreign', 'Yining', N, {'note': 'NI:reference point; Kulja, Chinese city'}),
        ('Казахстаном', 0, *KZ),
        ('Жаркенте', 0, 'city', 'Zharkent', ALR, {'note': 'Taldy-Kurgan Region in 1996, Almaty Region land'}),
        ('Талдыкоргане', 0, 'city', 'Taldykorgan', ALR),
        ('Чундже', 0, 'village', 'Chundzha', ALR),
        ('Алматы', 2, 'city', 'Almaty', 'Almaty'),
        ('Орбита', 0, 'district', 'Orbita (Almaty)', 'Almaty', {'subkind': 'microdistrict'}),
        ('Самал', 0, 'district', 'Samal (Almaty)', 'Almaty', {'subkind': 'microdistrict'}),
        ('Бишкеке', 0, 'foreign', 'Bishkek', N),
     ],
     inc={'Almaty': (1, 'earthquake felt in Almaty (shaking up to four points, residents ran out)'),
          ALR: (1, 'earthquake: a school wall collapsed in Zharkent, shaking in Taldykorgan and Chundzha (Taldy-Kurgan and Almaty regions, one unit on the map)')}),

dict(id='p010', date='2018-05-22', lang='ru',
     event='2018 mudflow in Tolebi district flooding Kaskasu (South Kazakhstan Region, four weeks before the split), hail in Merke district (Jambyl), wind tearing school roofs in Talgar (Almaty Region); warnings in eight regions',
     text="""Сель, град и ураганный ветер: непогода ударила по трём регионам юга
ШЫМКЕНТ, 22 мая (КазТАГ). Селевой поток сошёл в понедельник вечером в Толебийском районе Южно-Казахстанской области после суточного ливня, сообщили в департаменте по чрезвычайным ситуациям региона. Вода с камнями и глиной подтопила 35 дворов в селе Каскасу и размыла участок дороги на Ленгер. Жителей 12 домов отселили к родственникам, пострадавших нет. На помощь из Шымкента направили 120 спасателей и 15 единиц техники.
В тот же вечер град размером с грецкий орех побил посевы и крыши в Меркенском районе Жамбылской области, а в Талгаре Алматинской области ураганный ветер сорвал кровлю с двух школ и повалил десятки деревьев.
Казгидромет предупредил, что в среду и четверг ливни и град ожидаются ещё в восьми регионах, а в горах Заилийского Алатау сохраняется селевая опасность. Жителей Алматы попросили не выезжать на выходные в ущелья.""",
     ann=[
        ('трём регионам', 0, 'quantified', '3 regions', N, {'count': 3, 'unit': 'region', 'note': 'headline; all three are named'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', SKR, {'note': 'dateline; South Kazakhstan Region before 2018-06-19'}),
        ('Толебийском районе', 0, 'district', 'Tolebi District', SKR),
        ('Южно-Казахстанской области', 0, 'region', SKR, SKR),
        ('Каскасу', 0, 'village', 'Kaskasu', SKR),
        ('Ленгер', 0, 'city', 'Lenger', SKR, {'note': 'NI:road endpoint'}),
        ('Шымкента', 0, 'city', 'Shymkent', SKR, {'note': 'NI:origin of rescuers'}),
        ('Меркенском районе', 0, 'district', 'Merke District', JR),
        ('Жамбылской области', 0, 'region', JR, JR),
        ('Талгаре', 0, 'city', 'Talgar', ALR),
        ('Алматинской области', 0, 'region', ALR, ALR),
        ('восьми регионах', 0, 'quantified', '8 regions', N, {'count': 8, 'unit': 'region', 'note': 'weather warning, not an incident'}),
        ('Заилийского Алатау', 0, 'facility', 'Trans-Ili Alatau', N, {'subkind': 'mountain range', 'note': 'mudflow danger only'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:residents warned'}),
     ],
     inc={SKR: (1, 'mudflow flooded 35 yards in Kaskasu, Tolebi district, and washed out the Lenger road'),
          JR: (1, 'hail damaged crops and roofs in Merke district (storm damage)'),
          ALR: (1, 'wind tore the roofs off two schools in Talgar (storm damage)')}),

dict(id='p011', date='2022-01-26', lang='ru',
     event='2022 blackout in the south after an overload in the Uzbek grid (Almaty, Shymkent, Jambyl, Turkistan, Kyzylorda and Almaty regions, Taldykorgan and Kapchagay still in Almaty Region); a bus collision at an unlit junction in Almaty and a candle fire in Shymkent; the power cut itself is not counted',
     text="""Блэкаут на юге: без света остались Алматы, Шымкент и четыре области
НУР-СУЛТАН, 26 января (Интерфакс-Казахстан). Крупная авария в энергосистеме Центральной Азии во вторник оставила без электричества юг Казахстана: на несколько часов отключились Алматы, Шымкент, Тараз и населённые пункты Жамбылской, Туркестанской, Кызылординской и Алматинской областей, сообщило министерство энергетики.
По данным оператора сети, сбой начался с перегрузки в энергосистеме Узбекистана, после чего автоматика разъединила линии транзита между севером и югом страны. Без света остались также Бишкек и Ташкент.
В Алматы остановилось метро: из тоннелей вывели около 300 пассажиров. Не работали светофоры, и на перекрёстке проспекта Абая и улицы Байзакова столкнулись два автобуса, пострадали девять человек. Десятки людей застряли в лифтах.
В Шымкенте в частном доме в микрорайоне Нурсат от свечи загорелась комната. Огонь потушили за 20 минут, пожилую хозяйку госпитализировали с ожогами.
В Туркестане и Кызылорде на время отключения закрыли школы, а в Таразе и Капшагае перебои с водой продолжались до утра. В аэропорту Алматы задержали 14 рейсов, в том числе в Москву и Стамбул. На железной дороге между Шу и Отаром встали четыре пассажирских поезда, пассажиров обогревали тепловозами.
Энергетики восстановили питание в Жамбылской и Туркестанской областях к 15:00, в Алматы — к 17:30. В Талдыкоргане свет дали последним, около 20:00.
«Энергосистемы наших стран связаны, и такая авария не может случиться в одной стране отдельно», — заявил вице-министр энергетики. Северные и западные регионы отключение не затронуло: они работают синхронно с энергосистемой России. Правительственная комиссия до конца недели должна назвать причины аварии и оценить ущерб предприятиям.""",
     ann=[
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'headline'}),
        ('Шымкент', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'headline'}),
        ('четыре области', 0, 'quantified', '4 regions', N, {'count': 4, 'unit': 'region', 'note': 'headline; power cut, all four named'}),
        ('НУР-СУЛТАН', 0, 'city', 'Astana', 'Astana', {'note': 'dateline; the capital named Nur-Sultan in 2022'}),
        ('Центральной Азии', 0, 'foreign', 'Central Asia', N, {'subkind': 'macro-region', 'uncertain': True, 'note': 'macro-region that includes Kazakhstan'}),
        ('Казахстана', 0, *KZ),
        ('Алматы', 1, 'city', 'Almaty', 'Almaty', {'note': 'power cut'}),
        ('Шымкент', 1, 'city', 'Shymkent', 'Shymkent', {'note': 'power cut'}),
        ('Тараз', 0, 'city', 'Taraz', JR, {'note': 'NI:power cut only'}),
        ('Жамбылской', 0, 'region', JR, JR, {'note': 'NI:in a list sharing "областей"; power cut only'}),
        ('Туркестанской', 0, 'region', TR, TR, {'note': 'NI:in a list sharing "областей"; power cut only'}),
        ('Кызылординской', 0, 'region', KYR, KYR, {'note': 'NI:in a list sharing "областей"; power cut only'}),
        ('Алматинской', 0, 'region', ALR, ALR, {'note': 'NI:in a list sharing "областей"; power cut only'}),
        ('Узбекистана', 0, 'foreign', 'Uzbekistan', N, {'note': 'origin of the grid failure'}),
        ('Бишкек', 0, 'foreign', 'Bishkek', N),
        ('Ташкент', 0, 'foreign', 'Tashkent', N),
        ('Алматы', 2, 'city', 'Almaty', 'Almaty'),
        ('проспекта Абая', 0, 'facility', 'Abai Avenue (Almaty)', 'Almaty', {'subkind': 'street'}),
        ('улицы Байзакова', 0, 'facility', 'Baizakov Street (Almaty)', 'Almaty', {'subkind': 'street'}),
        ('Шымкенте', 0, 'city', 'Shymkent', 'Shymkent'),
        ('Нурсат', 0, 'district', 'Nursat (Shymkent)', 'Shymkent', {'subkind': 'microdistrict'}),
        ('Туркестане', 0, 'city', 'Turkistan', TR, {'note': 'NI:schools closed during the power cut'}),
        ('Кызылорде', 0, 'city', 'Kyzylorda', KYR, {'note': 'NI:schools closed during the power cut'}),
        ('Таразе', 0, 'city', 'Taraz', JR, {'note': 'NI:water supply cut'}),
        ('Капшагае', 0, 'city', 'Konaev', ALR, {'note': 'NI:water supply cut; Kapchagay, renamed Konaev in late 2022'}),
        ('аэропорту Алматы', 0, 'facility', 'Almaty International Airport', 'Almaty', {'subkind': 'airport', 'note': 'NI:flights delayed'}),
        ('Москву', 0, 'foreign', 'Moscow', N, {'note': 'NI:flight destination'}),
        ('Стамбул', 0, 'foreign', 'Istanbul', N, {'note': 'NI:flight destination'}),
        ('Шу', 0, 'city', 'Shu', JR, {'note': 'NI:railway section endpoint'}),
        ('Отаром', 0, 'village', 'Otar', JR, {'note': 'NI:railway section endpoint'}),
        ('Жамбылской', 1, 'region', JR, JR, {'note': 'NI:in a list sharing "областях"; power restored'}),
        ('Туркестанской', 1, 'region', TR, TR, {'note': 'NI:in a list sharing "областях"; power restored'}),
        ('Алматы', 4, 'city', 'Almaty', 'Almaty', {'note': 'power restored'}),
        ('Талдыкоргане', 0, 'city', 'Taldykorgan', ALR, {'note': 'NI:power restored last; Almaty Region before June 2022'}),
        ('России', 0, 'foreign', 'Russia', N),
     ],
     inc={'Almaty': (1, 'two buses collided at the unlit junction of Abai Avenue and Baizakov Street, nine hurt (the power cut itself is not counted)'),
          'Shymkent': (1, 'candle fire in a private house in Nursat microdistrict, the owner burnt')}),

dict(id='p012', date='2010-11-16', lang='ru',
     event='2010 prison riot with mattresses set on fire at the colony in Granitny, Zerendi district (Akmola Region), and a background hunger strike in Dolinka, Abai district of Karaganda Region (not Abai Region); special forces from Kokshetau and Astana',
     text="""Заключённые колонии в Гранитном устроили беспорядки
АСТАНА, 16 ноября (Tengrinews.kz). Около 200 заключённых исправительной колонии в посёлке Гранитный Зерендинского района Акмолинской области в понедельник отказались выходить на проверку, подожгли матрасы в двух бараках и забаррикадировались в столовой, сообщил комитет уголовно-исполнительной системы Министерства юстиции.
Порядок восстановил спецназ, прибывший из Кокшетау и Астаны. Ранены трое сотрудников и семеро осуждённых, их доставили в районную больницу в Зеренде.
По словам правозащитников, поводом стал перевод в Гранитный группы осуждённых из колонии в посёлке Долинка Абайского района Карагандинской области. Там неделей ранее около 40 заключённых объявили голодовку в знак протеста против избиений.
В комитете заявили, что голодовка в Долинке прекращена, а по факту беспорядков в Гранитном возбуждено уголовное дело. Правозащитники из Алматы потребовали допустить общественных наблюдателей в колонии пяти областей.""",
     ann=[
        ('Гранитном', 0, 'village', 'Granitny', AKR, {'note': 'headline'}),
        ('АСТАНА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Гранитный', 0, 'village', 'Granitny', AKR),
        ('Зерендинского района', 0, 'district', 'Zerendi District', AKR),
        ('Акмолинской области', 0, 'region', AKR, AKR),
        ('Кокшетау', 0, 'city', 'Kokshetau', AKR, {'note': 'NI:origin of special forces'}),
        ('Астаны', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of special forces'}),
        ('Зеренде', 0, 'village', 'Zerendi', AKR, {'note': 'NI:hospital town'}),
        ('Гранитный', 1, 'village', 'Granitny', AKR, {'note': 'NI:destination of a transfer'}),
        ('Долинка', 0, 'village', 'Dolinka', KR),
        ('Абайского района', 0, 'district', 'Abai District (Karaganda Region)', KR, {'note': 'Abai district of Karaganda Region, not Abai Region'}),
        ('Карагандинской области', 0, 'region', KR, KR),
        ('Долинке', 0, 'village', 'Dolinka', KR),
        ('Гранитном', 1, 'village', 'Granitny', AKR),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of rights activists'}),
        ('пяти областей', 0, 'quantified', '5 regions', N, {'count': 5, 'unit': 'region', 'note': 'demand for monitors, not an incident'}),
     ],
     inc={AKR: (1, 'riot of about 200 inmates with mattresses set on fire at the Granitny colony (one event)'),
          KR: (1, 'hunger strike of about 40 inmates in Dolinka a week earlier (background protest; doubtful)')}),

dict(id='p013', date='2023-07-10', lang='ru',
     event='2023 weekly emergencies digest: warehouse fire in Semey (Abai Region), forest fire near Uryl, Katon-Karagay district (East Kazakhstan), shepherd killed by lightning in Ulytau district (Ulytau Region), two teenagers drowned near Konaev (Almaty Region), bus of pilgrims overturned near Korday on the Almaty-Bishkek road (Jambyl); fires in 19 regions unattributed; rescue on Lake Balkhash not counted',
     text="""МЧС: за неделю 312 пожаров и 27 утонувших
АСТАНА, 10 июля (Казинформ). За прошедшую неделю в Казахстане произошло 312 пожаров, на водоёмах погибли 27 человек, сообщило Министерство по чрезвычайным ситуациям на еженедельном брифинге. Это на 40 пожаров больше, чем неделей ранее. Пожары зарегистрированы в 19 регионах из 20.
Самый крупный пожар произошёл в среду в Семее: на складе стройматериалов на улице Шакарима огонь охватил 1 200 квадратных метров. На тушение стянули расчёты из Курчатова, пострадавших нет.
В Катон-Карагайском районе Восточно-Казахстанской области три дня горел лес в 15 км от села Урыль, пожар локализован на площади 40 гектаров.
В Улытауском районе Улытауской области молния убила чабана и 60 овец на пастбище у села Теректы.
На Капшагайском водохранилище у Конаева в субботу утонули двое подростков, приехавших на выходные из Алматы.
На трассе Алматы – Бишкек у Кордая перевернулся автобус с паломниками из Туркестанской области: 11 человек доставлены в больницу в Кордае.
На озере Балхаш у Приозёрска спасатели сняли с дрейфующего катамарана четверых туристов из Караганды, медицинская помощь им не понадобилась.
В Жетысуской и Улытауской областях, а также в семи районах Абайской области объявлен чрезвычайный класс пожарной опасности. МЧС напоминает, что разводить костры в лесах резервата «Семей орманы» и Катон-Карагайского национального парка запрещено.
Купаться разрешено только на 148 оборудованных пляжах, из них 23 находятся в Алматинской области, в основном на побережье Алаколя и у Конаева. Казгидромет прогнозирует на следующей неделе жару до 44 градусов в Кызылординской и Туркестанской областях, а в горах Жетысуского Алатау — сильные ливни.""",
     ann=[
        ('АСТАНА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Казахстане', 0, *KZ),
        ('19 регионах', 0, 'quantified', '19 regions', N, {'count': 19, 'unit': 'region', 'note': 'fires in 19 of 20 units; five fire and accident sites are named below'}),
        ('Семее', 0, 'city', 'Semey', ABR),
        ('улице Шакарима', 0, 'facility', 'Shakarim Street (Semey)', ABR, {'subkind': 'street'}),
        ('Курчатова', 0, 'city', 'Kurchatov', ABR, {'note': 'NI:origin of fire crews'}),
        ('Катон-Карагайском районе', 0, 'district', 'Katon-Karagay District', EKR),
        ('Восточно-Казахстанской области', 0, 'region', EKR, EKR),
        ('Урыль', 0, 'village', 'Uryl', EKR, {'note': 'NI:reference point ("15 km from")'}),
        ('Улытауском районе', 0, 'district', 'Ulytau District', UR),
        ('Улытауской области', 0, 'region', UR, UR),
        ('Теректы', 0, 'village', 'Terekty (Ulytau District)', UR, {'note': 'namesake of Terekty district in West Kazakhstan'}),
        ('Капшагайском водохранилище', 0, 'facility', 'Kapchagay reservoir', ALR, {'subkind': 'reservoir'}),
        ('Конаева', 0, 'city', 'Konaev', ALR),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of the teenagers'}),
        ('Алматы', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:road endpoint'}),
        ('Бишкек', 0, 'foreign', 'Bishkek', N, {'note': 'NI:road endpoint'}),
        ('Кордая', 0, 'city', 'Korday', JR),
        ('Туркестанской области', 0, 'region', TR, TR, {'note': 'NI:origin of the pilgrims'}),
        ('Кордае', 0, 'city', 'Korday', JR, {'note': 'NI:hospital town'}),
        ('Балхаш', 0, 'facility', 'Lake Balkhash', N, {'subkind': 'lake'}),
        ('Приозёрска', 0, 'city', 'Priozersk', KR, {'note': 'NI:rescue without harm, not counted'}),
        ('Караганды', 0, 'city', 'Karaganda', KR, {'note': 'NI:origin of tourists'}),
        ('Жетысуской', 0, 'region', JTR, JTR, {'note': 'NI:in a list sharing "областях"; fire danger warning'}),
        ('Улытауской', 1, 'region', UR, UR, {'note': 'NI:in a list sharing "областях"; fire danger warning'}),
        ('семи районах Абайской области', 0, 'quantified', '7 districts', N, {'count': 7, 'unit': 'district', 'note': 'fire danger warning, not an incident'}),
        ('Семей орманы', 0, 'facility', 'Semey Ormany nature reserve', ABR, {'subkind': 'nature reserve'}),
        ('Катон-Карагайского национального парка', 0, 'facility', 'Katon-Karagay National Park', EKR, {'subkind': 'national park'}),
        ('Алматинской области', 0, 'region', ALR, ALR, {'note': 'NI:beaches'}),
        ('Алаколя', 0, 'facility', 'Lake Alakol', N, {'subkind': 'lake'}),
        ('Конаева', 1, 'city', 'Konaev', ALR, {'note': 'NI:beaches'}),
        ('Кызылординской', 0, 'region', KYR, KYR, {'note': 'NI:in a list sharing "областях"; heat forecast'}),
        ('Туркестанской', 1, 'region', TR, TR, {'note': 'NI:in a list sharing "областях"; heat forecast'}),
        ('Жетысуского Алатау', 0, 'facility', 'Dzungarian Alatau', N, {'subkind': 'mountain range', 'note': 'rain forecast; not Jetisu Region'}),
     ],
     inc={ABR: (1, 'warehouse fire on Shakarim Street in Semey'),
          EKR: (1, 'forest fire near Uryl, Katon-Karagay district'),
          UR: (1, 'lightning killed a shepherd near Terekty, Ulytau district (deadly mishap)'),
          ALR: (1, 'two teenagers drowned in the Kapchagay reservoir near Konaev'),
          JR: (1, 'bus of pilgrims overturned near Korday, 11 hospitalised')},
     unatt=[{'label': '19 регионах', 'count': 19, 'note': '312 fires in 19 of 20 units; the Semey and Katon-Karagay fires have rows, the other regions are not named'}]),

dict(id='p014', date='2001-06-12', lang='ru',
     event='2001 border service half-year summary: 2,140 violators detained on the Uzbek border (Saryagash and Maktaaral districts, South Kazakhstan), near Korday and Merke (Jambyl), at Khorgos and Dostyk (Almaty Region), Afghans heading from Petropavlovsk to Kurgan oblast (no incident)',
     text="""Пограничники за пять месяцев задержали более двух тысяч нарушителей
АСТАНА, 12 июня (Интерфакс-Казахстан). Пограничная служба КНБ с начала года задержала 2 140 нарушителей государственной границы, сообщили в ведомстве. Больше всего задержаний — на границе с Узбекистаном, в Сарыагашском и Мактааральском районах Южно-Казахстанской области, где люди переходят границу через огороды и хлопковые поля.
На участке с Кыргызстаном нарушителей задерживали в основном у Кордая и Мерке, на границе с Китаем — у Хоргоса и Достыка в Алматинской области.
На границе с Россией, в пяти северных и западных областях, задержаны 380 человек, в том числе 47 граждан Афганистана, которые пытались добраться из Петропавловска в Курганскую область.
Изъято 96 кг наркотиков, большей частью гашиш из Чуйской долины. Ведомство просит выделить средства на 14 новых застав, в первую очередь на юге Казахстана.""",
     ann=[
        ('АСТАНА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Узбекистаном', 0, 'foreign', 'Uzbekistan', N),
        ('Сарыагашском', 0, 'district', 'Saryagash District', SKR, {'note': 'NI:in a list sharing "районах"; detentions are not incidents'}),
        ('Мактааральском', 0, 'district', 'Maktaaral District', SKR, {'note': 'NI:in a list sharing "районах"'}),
        ('Южно-Казахстанской области', 0, 'region', SKR, SKR),
        ('Кыргызстаном', 0, 'foreign', 'Kyrgyzstan', N),
        ('Кордая', 0, 'city', 'Korday', JR, {'note': 'NI:detentions'}),
        ('Мерке', 0, 'city', 'Merke', JR, {'note': 'NI:detentions'}),
        ('Китаем', 0, 'foreign', 'China', N),
        ('Хоргоса', 0, 'village', 'Khorgos', ALR, {'note': 'NI:detentions; Panfilov district, Almaty Region before 2022'}),
        ('Достыка', 0, 'village', 'Dostyk', ALR, {'note': 'NI:detentions; Alakol district, Almaty Region before 2022'}),
        ('Алматинской области', 0, 'region', ALR, ALR),
        ('Россией', 0, 'foreign', 'Russia', N),
        ('пяти северных и западных областях', 0, 'quantified', '5 regions', N, {'count': 5, 'unit': 'region', 'note': 'border regions, not incidents'}),
        ('Афганистана', 0, 'foreign', 'Afghanistan', N),
        ('Петропавловска', 0, 'city', 'Petropavl', NKR, {'note': 'NI:origin of migrants'}),
        ('Курганскую область', 0, 'foreign', 'Kurgan Oblast', N, {'note': 'NI:destination of migrants'}),
        ('Чуйской долины', 0, 'facility', 'Shu valley', N, {'subkind': 'valley', 'note': 'the Chu valley, shared by Kazakhstan and Kyrgyzstan'}),
        ('Казахстана', 0, *KZ),
     ],
     inc={}),

dict(id='p015', date='2015-09-15', lang='ru',
     event='2015 motorists\' rallies against petrol prices in Uralsk (detentions), Aktobe (road blocked) and Kostanay; pickets in several other towns unattributed; refinery in Pavlodar, supplies from Russia and Omsk',
     text="""Автомобилисты Уральска, Актобе и Костаная протестуют против цен на бензин
АЛМАТЫ, 15 сентября (Vlast.kz). Несколько сотен водителей в субботу вышли на несанкционированные акции против подорожания бензина в Уральске, Актобе и Костанае. Поводом стал рост цены на Аи-92 до 135 тенге за литр после перехода к свободному курсу тенге.
В Уральске около 150 машин с включёнными аварийными сигналами прошли колонной по проспекту Достык к зданию акимата Западно-Казахстанской области, полиция задержала шестерых организаторов. В Актобе водители на час перекрыли выезд на трассу Актобе – Орск. В Костанае акция у здания городского акимата прошла без задержаний.
Небольшие пикеты прошли также ещё в нескольких городах, сообщили активисты в соцсетях.
В министерстве энергетики рост цен объяснили ремонтом нефтеперерабатывающего завода в Павлодаре и сокращением поставок топлива из России, в том числе с завода в Омске. Министр пообещал, что в октябре цены стабилизируются.""",
     ann=[
        ('Уральска', 0, 'city', 'Oral', WKR, {'note': 'headline'}),
        ('Актобе', 0, 'city', 'Aktobe', AR, {'note': 'headline'}),
        ('Костаная', 0, 'city', 'Kostanay', KOR, {'note': 'headline'}),
        ('АЛМАТЫ', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Уральске', 0, 'city', 'Oral', WKR),
        ('Актобе', 1, 'city', 'Aktobe', AR),
        ('Костанае', 0, 'city', 'Kostanay', KOR),
        ('Уральске', 1, 'city', 'Oral', WKR),
        ('проспекту Достык', 0, 'facility', 'Dostyk Avenue (Oral)', WKR, {'subkind': 'street'}),
        ('Западно-Казахстанской области', 0, 'region', WKR, WKR, {'note': 'inside the name of an authority (akimat)'}),
        ('Актобе', 2, 'city', 'Aktobe', AR),
        ('Актобе', 3, 'city', 'Aktobe', AR, {'note': 'NI:road endpoint'}),
        ('Орск', 0, 'foreign', 'Orsk', N, {'note': 'NI:road endpoint'}),
        ('Костанае', 1, 'city', 'Kostanay', KOR),
        ('нескольких городах', 0, 'quantified', 'several cities', N, {'count': N, 'unit': 'city', 'note': 'pickets in unnamed towns'}),
        ('Павлодаре', 0, 'city', 'Pavlodar', PR, {'note': 'NI:site of a refinery repair'}),
        ('России', 0, 'foreign', 'Russia', N),
        ('Омске', 0, 'foreign', 'Omsk', N, {'note': 'NI:origin of fuel'}),
     ],
     inc={WKR: (1, 'car rally of about 150 vehicles to the regional akimat in Uralsk, six organisers detained'),
          AR: (1, 'drivers blocked the exit to the Aktobe-Orsk road for an hour'),
          KOR: (1, 'rally outside the city akimat in Kostanay')},
     unatt=[{'label': 'нескольких городах', 'count': None, 'note': 'small pickets in several unnamed towns'}]),

dict(id='p016', date='2026-03-17', lang='ru',
     event='2026 Kazhydromet storm warning for 14 regions and Astana, Almaty, Shymkent: wind in the Abai, Jetisu and Ulytau regions, the Dzungarian Gate, Alakol district and Zhezkazgan, ice on the Almaty-Konaev road, snow in Medeu and Zhetysu districts of Almaty (not Jetisu Region), blizzards in the north (no incident)',
     text="""Казгидромет: штормовое предупреждение объявлено в 14 регионах
АСТАНА, 17 марта (Казинформ). Штормовое предупреждение на среду объявлено в 14 регионах Казахстана, а также в Астане, Алматы и Шымкенте, сообщил Казгидромет.
Усиление ветра до 30 метров в секунду ожидается в Абайской, Жетысуской и Улытауской областях, особенно в районе Жунгарских ворот, в Алакольском районе и около Жезказгана. В Алматинской области синоптики прогнозируют гололёд на трассе Алматы – Конаев.
В Алматы, особенно в Медеуском и Жетысуском районах, ожидается мокрый снег, водителей просят не выезжать на летнюю резину.
В Северо-Казахстанской, Акмолинской и Костанайской областях прогнозируются метель и снежные заносы. Полиция предупредила, что при ухудшении видимости может закрыть трассу Астана – Петропавловск и участок дороги от Костаная до границы с Россией.
В Шымкенте и Туркестанской области ожидаются дожди, в горах — сход лавин.""",
     ann=[
        ('14 регионах', 0, 'quantified', '14 regions', N, {'count': 14, 'unit': 'region', 'note': 'headline; storm warning'}),
        ('АСТАНА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('14 регионах', 1, 'quantified', '14 regions', N, {'count': 14, 'unit': 'region', 'note': 'storm warning'}),
        ('Казахстана', 0, *KZ),
        ('Астане', 0, 'city', 'Astana', 'Astana'),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty'),
        ('Шымкенте', 0, 'city', 'Shymkent', 'Shymkent'),
        ('Абайской', 0, 'region', ABR, ABR, {'note': 'in a list sharing "областях"'}),
        ('Жетысуской', 0, 'region', JTR, JTR, {'note': 'in a list sharing "областях"'}),
        ('Улытауской', 0, 'region', UR, UR, {'note': 'in a list sharing "областях"'}),
        ('Жунгарских ворот', 0, 'facility', 'Dzungarian Gate', N, {'subkind': 'mountain pass', 'note': 'natural feature on the border with China'}),
        ('Алакольском районе', 0, 'district', 'Alakol District', JTR),
        ('Жезказгана', 0, 'city', 'Zhezkazgan', UR),
        ('Алматинской области', 0, 'region', ALR, ALR),
        ('Алматы', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:road endpoint'}),
        ('Конаев', 0, 'city', 'Konaev', ALR, {'note': 'NI:road endpoint'}),
        ('Алматы', 2, 'city', 'Almaty', 'Almaty'),
        ('Медеуском', 0, 'district', 'Medeu District (Almaty)', 'Almaty', {'subkind': 'city district', 'note': 'in a list sharing "районах"'}),
        ('Жетысуском', 0, 'district', 'Zhetysu District (Almaty)', 'Almaty', {'subkind': 'city district', 'note': 'in a list sharing "районах"; a district of Almaty, not Jetisu Region'}),
        ('Северо-Казахстанской', 0, 'region', NKR, NKR, {'note': 'in a list sharing "областях"'}),
        ('Акмолинской', 0, 'region', AKR, AKR, {'note': 'in a list sharing "областях"'}),
        ('Костанайской', 0, 'region', KOR, KOR, {'note': 'in a list sharing "областях"'}),
        ('Астана', 0, 'city', 'Astana', 'Astana', {'note': 'NI:road endpoint'}),
        ('Петропавловск', 0, 'city', 'Petropavl', NKR, {'note': 'NI:road endpoint'}),
        ('Костаная', 0, 'city', 'Kostanay', KOR, {'note': 'NI:road endpoint'}),
        ('Россией', 0, 'foreign', 'Russia', N),
        ('Шымкенте', 1, 'city', 'Shymkent', 'Shymkent'),
        ('Туркестанской области', 0, 'region', TR, TR),
     ],
     inc={}),
]
