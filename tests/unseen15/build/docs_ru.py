"""Russian texts of the fifteenth unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
JR, ALR, KYR, TR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'Turkistan Region', 'South Kazakhstan Region'
ABR, JTR, EKR, MR, KOR = 'Abai Region', 'Jetisu Region', 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR, UR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region', 'Ulytau Region'
ATR, AR, WKR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region'

DOCS = [
dict(id='p009', date='1993-06-22', lang='ru',
     event="1993 football fans' brawl at the Central Stadium in Dzhambul with 14 detained and kiosks set on fire on Abai Street (Jambyl Region); a team bus collision in Guryev/Atyrau (Atyrau Region); Chimkent and Kentau in South Kazakhstan Region; Talas in Kyrgyzstan vs Talas district",
     text="""Драка на стадионе в Джамбуле: 14 задержанных
ДЖАМБУЛ, 22 июня — КазТАГ. Четырнадцать человек задержаны после массовой драки болельщиков на Центральном стадионе Джамбула в воскресенье, сообщили в управлении внутренних дел Джамбулской области.
Драка вспыхнула за несколько минут до конца матча чемпионата Казахстана между местным «Химиком» и «Жигером» из Чимкента, когда гости забили второй гол. Около двухсот болельщиков выбежали на поле, в ход пошли палки и камни. Девять человек, в том числе двое милиционеров, доставлены в городскую больницу. Через час группа подростков подожгла два торговых киоска на улице Абая в квартале от стадиона.
По данным милиции, приезжие болельщики прибыли на трёх автобусах из Чимкента и Кентау. Среди задержанных есть также жители Каратау и Таласского района.
Матч доигрывали при пустых трибунах. По данным МВД, с начала сезона драки болельщиков случались ещё в четырёх городах республики. Федерация футбола в Алма-Ате обещает наказать оба клуба, а министерство внутренних дел поручило с июля направлять на матчи в Джамбуле, Чимкенте и Алма-Ате не менее 300 милиционеров. Продажу пива у стадионов запретят. Главный тренер «Химика» Серик Таласбаев назвал случившееся позором. «В среду мы играем товарищеский матч с командой из киргизского Таласа, и я не знаю, как смотреть гостям в глаза», — сказал он.
Неспокойно прошёл тур и в Гурьеве, который с прошлого года официально называется Атырау. В субботу автобус с футболистами алма-атинского «Кайрата» на въезде в город столкнулся с грузовиком. Трое игроков получили ушибы, матч с местной командой перенесён на июль.
В остальных матчах тура обошлось без происшествий. «Кайсар» из Кзыл-Орды сыграл вничью в Усть-Каменогорске, а «Целинник» обыграл дома актюбинский клуб со счётом 2:0. В следующем туре «Химик» принимает «Целинник» из Акмолы.""",
     ann=[
        ('Джамбуле', 0, 'city', 'Taraz', JR, {'note': 'headline; the old name of Taraz'}),
        ('ДЖАМБУЛ', 0, 'city', 'Taraz', JR, {'note': 'dateline; the old name of Taraz'}),
        ('Центральном стадионе', 0, 'facility', 'Central Stadium (Taraz)', JR, {'subkind': 'stadium'}),
        ('Джамбула', 0, 'city', 'Taraz', JR, {'note': 'the old name of Taraz'}),
        ('Джамбулской области', 0, 'region', JR, JR, {'note': 'inside the name of an authority; the old Russian name of Jambyl Region'}),
        ('Казахстана', 0, 'country', 'Kazakhstan', N),
        ('Чимкента', 0, 'city', 'Shymkent', SKR, {'note': 'NI:home city of the visiting club; the old name of Shymkent'}),
        ('Абая', 0, 'facility', 'Abai Street (Taraz)', JR, {'subkind': 'street'}),
        ('Чимкента', 1, 'city', 'Shymkent', SKR, {'note': 'NI:origin of fans; the old name of Shymkent'}),
        ('Кентау', 0, 'city', 'Kentau', SKR, {'note': 'NI:origin of fans'}),
        ('Каратау', 0, 'city', 'Karatau', JR, {'note': 'NI:residence of detainees'}),
        ('Таласского района', 0, 'district', 'Talas District', JR, {'note': 'NI:residence of detainees; the district of Jambyl Region, not Talas in Kyrgyzstan'}),
        ('четырёх городах', 0, 'quantified', '4 cities', N, {'note': 'earlier fan fights this season in unnamed cities', 'count': 4, 'unit': 'city'}),
        ('Алма-Ате', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:seat of the federation'}),
        ('Джамбуле', 1, 'city', 'Taraz', JR, {'note': 'NI:security measure'}),
        ('Чимкенте', 0, 'city', 'Shymkent', SKR, {'note': 'NI:security measure; the old name of Shymkent'}),
        ('Алма-Ате', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:security measure'}),
        ('Таласа', 0, 'foreign', 'Talas (Kyrgyzstan)', N, {'note': 'NI:home of a foreign team'}),
        ('Гурьеве', 0, 'city', 'Atyrau', ATR, {'note': 'the old name of Atyrau'}),
        ('Атырау', 0, 'city', 'Atyrau', ATR, {'note': 'the new name of the same city'}),
        ('Кзыл-Орды', 0, 'city', 'Kyzylorda', KYR, {'note': 'NI:home city of a club; the old spelling of Kyzylorda'}),
        ('Усть-Каменогорске', 0, 'city', 'Oskemen', EKR, {'note': 'NI:site of a match; the old name of Oskemen'}),
        ('Акмолы', 0, 'city', 'Astana', 'Astana', {'note': 'NI:home city of a club; the city (Akmola, 1992-1998), not Akmola Region'}),
     ],
     inc={JR: (2, "fans' brawl at the Central Stadium of Dzhambul with 14 detained; two kiosks set on fire on Abai Street an hour later (one act)"),
          ATR: (1, 'team bus collided with a lorry at the entrance to Guryev (Atyrau)')},
     unatt=[{'label': 'четырёх городах', 'count': 4, 'note': 'fan fights earlier in the season in four unnamed cities'}]),

dict(id='p010', date='2004-07-14', lang='ru',
     event='2004 rally of Kulsary residents at the Zhylyoi district akimat against emissions from the Tengiz field (Atyrau Region); the newspaper «Атырау» and «Тенгизшевройл» are not places',
     text="""Жители Кульсары вышли на митинг против выбросов на Тенгизе
АТЫРАУ, 14 июля — Интерфакс-Казахстан. Около 300 жителей Кульсары в среду провели митинг у здания акимата Жылыойского района, требуя переселить посёлки, ближайшие к Тенгизскому месторождению, сообщила областная газета «Атырау».
Участники жаловались на запах серы, головные боли и рост числа больных астмой. Акция прошла мирно, полиция никого не задержала.
В компании «Тенгизшевройл» заявили, что выбросы завода не превышают норм, а гранулированная сера хранится на открытых картах по разрешению министерства охраны окружающей среды. Компания обещает выделить 2 млн долларов на новую больницу в Кульсары.
Аким Атырауской области пообещал создать комиссию с участием учёных из Астаны и Алматы. Жителей посёлка Каратон, ближайшего к месторождению, в прошлом году переселили в новый посёлок Жана Каратон под Кульсары.
В «КазМунайГазе», которому принадлежит 20 процентов «Тенгизшевройла», от комментариев отказались.""",
     ann=[
        ('Кульсары', 0, 'city', 'Kulsary', ATR, {'note': 'headline'}),
        ('Тенгизе', 0, 'facility', 'Tengiz field', ATR, {'subkind': 'oil field', 'note': 'NI:headline; source of the emissions'}),
        ('АТЫРАУ', 0, 'city', 'Atyrau', ATR, {'note': 'dateline'}),
        ('Кульсары', 1, 'city', 'Kulsary', ATR),
        ('Жылыойского района', 0, 'district', 'Zhylyoi District', ATR),
        ('Тенгизскому месторождению', 0, 'facility', 'Tengiz field', ATR, {'subkind': 'oil field', 'note': 'NI:source of the emissions'}),
        ('Кульсары', 2, 'city', 'Kulsary', ATR, {'note': 'NI:site of a planned hospital'}),
        ('Атырауской области', 0, 'region', ATR, ATR, {'note': "inside an official's title"}),
        ('Астаны', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of scientists'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of scientists'}),
        ('Каратон', 0, 'village', 'Karaton', ATR, {'note': 'NI:background'}),
        ('Жана Каратон', 0, 'village', 'Zhana Karaton', ATR, {'note': 'NI:destination of resettlement'}),
        ('Кульсары', 3, 'city', 'Kulsary', ATR, {'note': 'NI:reference point'}),
     ],
     inc={ATR: (1, 'rally of about 300 Kulsary residents at the Zhylyoi district akimat (headline and lead: one event)')}),

dict(id='p011', date='2017-06-06', lang='ru',
     event='2017 summer tour of the «Астана Опера» troupe to Shymkent, Turkestan, Taraz, Semey and Ust-Kamenogorsk before EXPO-2017 in Astana (South Kazakhstan and East Kazakhstan regions; no incident); theatres named after places and persons are not places',
     text="""«Астана Опера» начинает гастроли в Шымкенте
ШЫМКЕНТ, 6 июня — Казинформ. Труппа театра «Астана Опера» в пятницу откроет летние гастроли по регионам оперой Ахмета Жубанова и Латифа Хамиди «Абай» на сцене Шымкентского драматического театра, сообщили в управлении культуры Южно-Казахстанской области.
Около 200 солистов, артистов хора и оркестра приедут из Астаны специальным поездом. Коллектив, созданный в столице в 2013 году, впервые везёт в регионы полный состав. Помимо «Абая», в программе балет «Жизель» и гала-концерт. Параллельно труппа «Астана Балет» покажет современную хореографию в Караганде и Павлодаре. Шымкентские зрители увидят «Абая» впервые за 12 лет: в последний раз оперу привозил театр из Алматы. Спектакли пойдут с бегущей строкой на русском языке. Билеты на три спектакля раскуплены за неделю, рассказал директор драмтеатра Нурлан Туркестанов. В субботу артисты дадут бесплатный концерт на площади Ордабасы.
После Шымкента труппа выступит в Туркестане у мавзолея Ходжи Ахмеда Яссави и в Таразе, а в июле — в Семее и Усть-Каменогорске. В Семее оперу покажут на родине поэта, в драмтеатре имени Абая, а в Восточно-Казахстанской области гастроли продлятся две недели.
Гастроли приурочены к международной выставке ЭКСПО-2017, которая откроется в Астане 10 июня. Организаторы ждут около двух миллионов посетителей, в том числе из России, Китая и Турции. «Казахстан темир жолы» назначила дополнительные поезда в столицу из Шымкента, Кызылорды и Актобе, а Air Astana — ночные рейсы из Алматы.
Открытие выставки посетит президент Нурсултан Назарбаев. В Алматы тем временем Государственный театр оперы и балета имени Абая завершает 83-й сезон гастролями в Бишкеке и Ташкенте.""",
     ann=[
        ('Шымкенте', 0, 'city', 'Shymkent', SKR, {'note': 'NI:headline; tour stop'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', SKR, {'note': 'dateline'}),
        ('Южно-Казахстанской области', 0, 'region', SKR, SKR, {'note': 'inside the name of an authority'}),
        ('Астаны', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of the troupe'}),
        ('Караганде', 0, 'city', 'Karaganda', KR, {'note': 'NI:tour stop'}),
        ('Павлодаре', 0, 'city', 'Pavlodar', PR, {'note': 'NI:tour stop'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of a troupe in the past'}),
        ('Ордабасы', 0, 'facility', 'Ordabasy Square (Shymkent)', SKR, {'subkind': 'square', 'note': 'NI:site of a concert'}),
        ('Шымкента', 0, 'city', 'Shymkent', SKR, {'note': 'NI:tour stop'}),
        ('Туркестане', 0, 'city', 'Turkistan', SKR, {'note': 'NI:tour stop'}),
        ('Ходжи Ахмеда Яссави', 0, 'facility', 'Mausoleum of Khoja Ahmed Yasawi', SKR, {'subkind': 'mausoleum', 'note': 'NI:site of an open-air performance'}),
        ('Таразе', 0, 'city', 'Taraz', JR, {'note': 'NI:tour stop'}),
        ('Семее', 0, 'city', 'Semey', EKR, {'note': 'NI:tour stop'}),
        ('Усть-Каменогорске', 0, 'city', 'Oskemen', EKR, {'note': 'NI:tour stop; the old name of Oskemen'}),
        ('Семее', 1, 'city', 'Semey', EKR, {'note': 'NI:tour stop'}),
        ('Восточно-Казахстанской области', 0, 'region', EKR, EKR, {'note': 'NI:background'}),
        ('Астане', 0, 'city', 'Astana', 'Astana', {'note': 'NI:site of the exhibition'}),
        ('России', 0, 'foreign', 'Russia', N),
        ('Китая', 0, 'foreign', 'China', N),
        ('Турции', 0, 'foreign', 'Turkey', N),
        ('Шымкента', 1, 'city', 'Shymkent', SKR, {'note': 'NI:origin of trains'}),
        ('Кызылорды', 0, 'city', 'Kyzylorda', KYR, {'note': 'NI:origin of trains'}),
        ('Актобе', 0, 'city', 'Aktobe', AR, {'note': 'NI:origin of trains'}),
        ('Алматы', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of flights'}),
        ('Алматы', 2, 'city', 'Almaty', 'Almaty', {'note': 'NI:background'}),
        ('Бишкеке', 0, 'foreign', 'Bishkek', N, {'note': 'NI:tour stop'}),
        ('Ташкенте', 0, 'foreign', 'Tashkent', N, {'note': 'NI:tour stop'}),
     ],
     inc={}),

dict(id='p012', date='2020-09-18', lang='ru',
     event="2020 Ekibastuz city court fines eight participants of an August rally of miners' wives at the Ekibastuz akimat, with 12 detained (Pavlodar Region); the rally is counted, the court ruling is not",
     text="""Суд оштрафовал участниц митинга жён шахтёров в Экибастузе
ПАВЛОДАР, 18 сентября — КазТАГ. Экибастузский городской суд оштрафовал восемь участниц августовского митинга жён шахтёров, сообщила в пятницу пресс-служба суда Павлодарской области.
По данным суда, 14 августа около 60 женщин собрались у здания акимата Экибастуза с требованием повысить зарплаты рабочим разреза «Богатырь». Полиция задержала двенадцать участниц несанкционированной акции; восемь из них оштрафованы на 66 тысяч тенге каждая, ещё четыре получили предупреждение.
Адвокат Айман Баянаулова заявила, что обжалует решение в Павлодарском областном суде. «Женщины требовали не свободы, а хлеба», — сказала она.
«Богатырь» — один из крупнейших угольных разрезов мира. Его уголь идёт на электростанции Экибастуза и Аксу, а также в Омскую и Свердловскую области России.""",
     ann=[
        ('Экибастузе', 0, 'city', 'Ekibastuz', PR, {'note': 'headline; site of the rally'}),
        ('ПАВЛОДАР', 0, 'city', 'Pavlodar', PR, {'note': 'dateline'}),
        ('Экибастузский', 0, 'city', 'Ekibastuz', PR, {'note': 'NI:inside the name of a court; seat of the court'}),
        ('Павлодарской области', 0, 'region', PR, PR, {'note': 'inside the name of an authority'}),
        ('Экибастуза', 0, 'city', 'Ekibastuz', PR),
        ('Богатырь', 0, 'facility', 'Bogatyr coal mine', PR, {'subkind': 'mine', 'note': 'NI:workplace of the miners'}),
        ('Павлодарском', 0, 'region', PR, PR, {'note': 'NI:inside the name of a court'}),
        ('Богатырь', 1, 'facility', 'Bogatyr coal mine', PR, {'subkind': 'mine', 'note': 'NI:background'}),
        ('Экибастуза', 1, 'city', 'Ekibastuz', PR, {'note': 'NI:destination of coal'}),
        ('Аксу', 0, 'city', 'Aksu (Pavlodar Region)', PR, {'note': 'NI:destination of coal'}),
        ('Омскую', 0, 'foreign', 'Omsk Oblast', N),
        ('Свердловскую', 0, 'foreign', 'Sverdlovsk Oblast', N),
        ('России', 0, 'foreign', 'Russia', N),
     ],
     inc={PR: (1, "unsanctioned rally of about 60 miners' wives at the Ekibastuz akimat on August 14, twelve detained (the rally and its detentions: one event); the fines are not counted")}),

dict(id='p013', date='2023-11-14', lang='ru',
     event='2023 business news of Ulytau Region: new Air Astana flights from Zhezkazgan, an airport runway, a Kazakhmys plant near Satpayev, fibre optics in Ulytau and 18 villages, bank branches, a gas pipeline; Zhezkazgan, Satpayev and Karazhal formerly in Karaganda Region (no incident)',
     text="""Жезказган получит прямые рейсы в Астану и Алматы
ЖЕЗКАЗГАН, 14 ноября — Интерфакс-Казахстан. Air Astana с 1 декабря откроет ежедневные рейсы из Жезказгана в Астану и три рейса в неделю в Алматы, сообщил в понедельник аким Улытауской области. До конца года завершится реконструкция взлётной полосы аэропорта Жезказган, на которую из республиканского бюджета выделено 18 млрд тенге.
Сейчас в области живут около 220 тысяч человек, и аким рассчитывает, что к 2030 году их станет больше. За полтора года, прошедшие с образования области, в регион пришли заметные инвестиции. Корпорация «Казахмыс» строит у Сатпаева новую обогатительную фабрику стоимостью 120 млрд тенге. «Казахтелеком» провёл оптоволоконную связь в посёлок Улытау и ещё в 18 сёл района. Halyk Bank открыл отделения в Сатпаеве и Каражале.
До июня 2022 года Жезказган, Сатпаев и Каражал входили в Карагандинскую область, и пассажиры летали через Караганду. «Раньше, чтобы попасть в Астану, мы ехали ночь до Караганды», — говорит предприниматель Асхат Жезказганов.
Растёт и туризм. К мавзолеям Алаша хана и Жошы хана под Жезказганом в прошлом году приехали 40 тысяч человек, в том числе гости из Китая и Турции. К лету в посёлке Улытау откроется гостиница на 120 мест. Ещё две компании из области зарегистрированы в Международном финансовом центре «Астана». Одна из них, ТОО «Ulytau Minerals», собирается добывать медь у посёлка Жезды.
Областной акимат надеется и на газ. Магистральный газопровод из Кызылорды через Жезказган в Караганду и Астану, построенный в 2019 году, пока не дошёл до Сатпаева: отвод к городу будет готов в 2025 году. Жители района по-прежнему топят углём, который везут из Экибастуза.""",
     ann=[
        ('Жезказган', 0, 'city', 'Zhezkazgan', UR, {'note': 'headline'}),
        ('Астану', 0, 'city', 'Astana', 'Astana', {'note': 'NI:headline; route endpoint'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:headline; route endpoint'}),
        ('ЖЕЗКАЗГАН', 0, 'city', 'Zhezkazgan', UR, {'note': 'dateline'}),
        ('Жезказгана', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:route endpoint'}),
        ('Астану', 1, 'city', 'Astana', 'Astana', {'note': 'NI:route endpoint'}),
        ('Алматы', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:route endpoint'}),
        ('Улытауской области', 0, 'region', UR, UR, {'note': "inside an official's title"}),
        ('Жезказган', 1, 'facility', 'Zhezkazgan Airport', UR, {'subkind': 'airport'}),
        ('Сатпаева', 0, 'city', 'Satpayev', UR, {'note': 'NI:site of a plant under construction'}),
        ('Улытау', 0, 'village', 'Ulytau', UR),
        ('18 сёл', 0, 'quantified', '18 villages', N, {'note': 'villages of Ulytau district connected to fibre optics; not incidents', 'count': 18, 'unit': 'village'}),
        ('Сатпаеве', 0, 'city', 'Satpayev', UR),
        ('Каражале', 0, 'city', 'Karazhal', UR),
        ('Жезказган', 2, 'city', 'Zhezkazgan', UR, {'note': 'NI:background'}),
        ('Сатпаев', 0, 'city', 'Satpayev', UR, {'note': 'NI:background'}),
        ('Каражал', 0, 'city', 'Karazhal', UR, {'note': 'NI:background'}),
        ('Карагандинскую область', 0, 'region', KR, KR, {'note': 'NI:the region the towns belonged to until June 2022'}),
        ('Караганду', 0, 'city', 'Karaganda', KR, {'note': 'NI:transit point'}),
        ('Астану', 2, 'city', 'Astana', 'Astana', {'note': 'NI:destination'}),
        ('Караганды', 0, 'city', 'Karaganda', KR, {'note': 'NI:route'}),
        ('Алаша хана', 0, 'facility', 'Mausoleum of Alasha Khan', UR, {'subkind': 'mausoleum', 'note': 'NI:tourist site'}),
        ('Жошы хана', 0, 'facility', 'Mausoleum of Jochi Khan', UR, {'subkind': 'mausoleum', 'note': 'NI:tourist site'}),
        ('Жезказганом', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:reference point'}),
        ('Китая', 0, 'foreign', 'China', N),
        ('Турции', 0, 'foreign', 'Turkey', N),
        ('Улытау', 1, 'village', 'Ulytau', UR, {'note': 'NI:site of a hotel under construction'}),
        ('Жезды', 0, 'village', 'Zhezdy', UR, {'note': 'NI:site of a planned mine'}),
        ('Кызылорды', 0, 'city', 'Kyzylorda', KYR, {'note': 'NI:pipeline endpoint'}),
        ('Жезказган', 3, 'city', 'Zhezkazgan', UR, {'note': 'NI:pipeline route'}),
        ('Караганду', 1, 'city', 'Karaganda', KR, {'note': 'NI:pipeline route'}),
        ('Астану', 3, 'city', 'Astana', 'Astana', {'note': 'NI:pipeline endpoint'}),
        ('Сатпаева', 1, 'city', 'Satpayev', UR, {'note': 'NI:planned gas branch'}),
        ('Экибастуза', 0, 'city', 'Ekibastuz', PR, {'note': 'NI:origin of coal'}),
     ],
     inc={}),

dict(id='p014', date='2011-05-20', lang='ru',
     event='2011 Proton-M launch from Baikonur (leased to Russia); first stage falls as planned in Ulytau district of Karaganda Region; Baikonur the former Leninsk, Toretam in Karmakshy district (Kyzylorda Region; no incident)',
     text="""«Протон-М» вывел на орбиту американский спутник
БАЙКОНУР, 20 мая — Интерфакс-Казахстан. Ракета «Протон-М» с американским спутником связи стартовала в пятницу с космодрома Байконур, который Россия арендует у Казахстана до 2050 года, сообщили в Роскосмосе.
Отработавшая первая ступень упала в расчётном районе в Улытауском районе Карагандинской области. Поисковые группы из Жезказгана нашли обломки в безлюдной степи, в 80 километрах от ближайшего села, сообщили в акимате области.
Город Байконур, до 1995 года называвшийся Ленинском, тоже арендован Россией: в нём действуют российские законы и ходит рубль. В соседнем посёлке Тюратам, который входит в Кармакшинский район Кызылординской области, живут около девяти тысяч человек, многие из них работают на космодроме.
Следующий пуск «Протона» намечен на июль. Национальное космическое агентство в Астане рассчитывает, что к 2014 году с Байконура полетит и первый казахстанский спутник связи.""",
     ann=[
        ('БАЙКОНУР', 0, 'city', 'Baikonur', KYR, {'note': 'dateline; the town leased to Russia, in Kyzylorda Region'}),
        ('Байконур', 0, 'facility', 'Baikonur Cosmodrome', KYR, {'note': 'leased to Russia; in Kyzylorda Region', 'subkind': 'cosmodrome'}),
        ('Россия', 0, 'foreign', 'Russia', N),
        ('Казахстана', 0, 'country', 'Kazakhstan', N),
        ('Улытауском районе', 0, 'district', 'Ulytau District', KR, {'note': 'NI:planned fall area of a rocket stage'}),
        ('Карагандинской области', 0, 'region', KR, KR, {'note': 'NI:planned fall area of a rocket stage'}),
        ('Жезказгана', 0, 'city', 'Zhezkazgan', KR, {'note': 'NI:origin of search teams'}),
        ('Байконур', 1, 'city', 'Baikonur', KYR, {'note': 'NI:background'}),
        ('Ленинском', 0, 'city', 'Baikonur', KYR, {'note': 'NI:the former name of Baikonur'}),
        ('Россией', 0, 'foreign', 'Russia', N),
        ('Тюратам', 0, 'village', 'Toretam', KYR, {'note': 'NI:background'}),
        ('Кармакшинский район', 0, 'district', 'Karmakshy District', KYR, {'note': 'NI:background'}),
        ('Кызылординской области', 0, 'region', KYR, KYR, {'note': 'NI:background'}),
        ('Астане', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of an agency'}),
        ('Байконура', 0, 'facility', 'Baikonur Cosmodrome', KYR, {'note': 'NI:background', 'subkind': 'cosmodrome'}),
     ],
     inc={}),

dict(id='p015', date='2007-04-10', lang='ru',
     event='2007 spring fishing on the Small Aral Sea after the Kokaral dam (Aral district, Kyzylorda Region); the Large Aral Sea shared with Uzbekistan, Muynak in Karakalpakstan (no incident)',
     text="""На Малом Арале начался весенний лов
АРАЛЬСК, 10 апреля — КазТАГ. Рыбаки Аральского района Кызылординской области начали весенний лов на Малом Аральском море, уровень которого после строительства Кокаральской плотины в 2005 году поднялся более чем на три метра, сообщил областной акимат.
Вода вновь подошла к посёлку Камыстыбас, а до Аральска, бывшего портового города, осталось около 25 километров. Рыбоперерабатывающий завод в Аральске отправил в Германию и Польшу первые 40 тонн филе судака. Ещё одну партию, из Казалинска, закупили в Москве.
Большое Аральское море, южная часть которого принадлежит Узбекистану, продолжает высыхать. В Муйнаке, в Каракалпакстане, бывший порт стоит более чем в 100 километрах от воды.
«Сырдарья снова доходит до моря, а Амударья — нет», — говорит гидролог Ерлан Аралбаев. Всемирный банк, который финансировал плотину, обсуждает с акиматом второй этап проекта.""",
     ann=[
        ('Малом Арале', 0, 'facility', 'Small Aral Sea', N, {'subkind': 'sea', 'note': 'headline'}),
        ('АРАЛЬСК', 0, 'city', 'Aralsk', KYR, {'note': 'dateline'}),
        ('Аральского района', 0, 'district', 'Aral District', KYR),
        ('Кызылординской области', 0, 'region', KYR, KYR),
        ('Малом Аральском море', 0, 'facility', 'Small Aral Sea', N, {'subkind': 'sea'}),
        ('Кокаральской плотины', 0, 'facility', 'Kokaral Dam', KYR, {'subkind': 'dam'}),
        ('Камыстыбас', 0, 'village', 'Kamystybas', KYR),
        ('Аральска', 0, 'city', 'Aralsk', KYR),
        ('Аральске', 0, 'city', 'Aralsk', KYR),
        ('Германию', 0, 'foreign', 'Germany', N),
        ('Польшу', 0, 'foreign', 'Poland', N),
        ('Казалинска', 0, 'city', 'Kazaly', KYR, {'note': 'the Russian name of Kazaly'}),
        ('Москве', 0, 'foreign', 'Moscow', N),
        ('Большое Аральское море', 0, 'facility', 'Large Aral Sea', N, {'note': 'shared with Uzbekistan', 'subkind': 'sea'}),
        ('Узбекистану', 0, 'foreign', 'Uzbekistan', N),
        ('Муйнаке', 0, 'foreign', "Mo'ynoq", N),
        ('Каракалпакстане', 0, 'foreign', 'Karakalpakstan', N),
        ('Сырдарья', 0, 'facility', 'Syr Darya', N, {'subkind': 'river'}),
        ('Амударья', 0, 'foreign', 'Amu Darya', N, {'subkind': 'river'}),
     ],
     inc={}),

dict(id='p016', date='2023-03-21', lang='ru',
     event='2023 Mazhilis election results in single-member districts: Yesil district of Astana, Alatau district of Almaty, Abai Region (Semey), Jetisu and Ulytau regions, Konaev as the new seat of Almaty Region (no incident)',
     text="""ЦИК назвал депутатов, избранных по одномандатным округам
АСТАНА, 21 марта — Kazinform. Центральная избирательная комиссия во вторник объявила имена 29 депутатов мажилиса, избранных 19 марта по одномандатным округам во всех 17 областях и трёх городах республиканского значения.
В округе, который охватывает Есильский район Астаны, победил бывший директор стадиона «Астана Арена» Ерлан Астанов. В Алматы от округа, куда входит Алатауский район, избрана учительница Гульнар Алатаева.
В новых областях итоги оказались неожиданными. В Абайской области (округ с центром в Семее) победил фермер из Аягоза, а в Жетысуской и Улытауской областях — кандидаты партии «Аманат». В Конаеве, новом центре Алматинской области, мандат получил самовыдвиженец Айдар Жаикбаев.
Явка по стране составила 54 процента. Самой низкой она была в Алматы (25 процентов), самой высокой — в Туркестанской области (80 процентов). Жалобы на нарушения поступили из Шымкента, Актау, Кокшетау и Петропавловска, но комиссия не нашла оснований для пересчёта.""",
     ann=[
        ('АСТАНА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('всех 17 областях', 0, 'quantified', 'all 17 regions', N, {'quantifier': 'all', 'note': 'statistics; not incidents', 'count': 17, 'unit': 'region'}),
        ('трёх городах', 0, 'quantified', '3 cities', N, {'note': 'the three cities of republican significance; not incidents', 'count': 3, 'unit': 'city'}),
        ('Есильский район', 0, 'district', 'Yesil District (Astana)', 'Astana', {'subkind': 'city district'}),
        ('Астаны', 0, 'city', 'Astana', 'Astana'),
        ('Астана Арена', 0, 'facility', 'Astana Arena', 'Astana', {'subkind': 'stadium'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty'),
        ('Алатауский район', 0, 'district', 'Alatau District (Almaty)', 'Almaty', {'subkind': 'city district'}),
        ('Абайской области', 0, 'region', ABR, ABR),
        ('Семее', 0, 'city', 'Semey', ABR),
        ('Аягоза', 0, 'city', 'Ayagoz', ABR, {'note': 'NI:residence of a candidate'}),
        ('Жетысуской', 0, 'region', JTR, JTR),
        ('Улытауской', 0, 'region', UR, UR),
        ('Конаеве', 0, 'city', 'Konaev', ALR),
        ('Алматинской области', 0, 'region', ALR, ALR),
        ('Алматы', 1, 'city', 'Almaty', 'Almaty'),
        ('Туркестанской области', 0, 'region', TR, TR),
        ('Шымкента', 0, 'city', 'Shymkent', 'Shymkent'),
        ('Актау', 0, 'city', 'Aktau', MR),
        ('Кокшетау', 0, 'city', 'Kokshetau', AKR),
        ('Петропавловска', 0, 'city', 'Petropavl', NKR, {'note': 'the Russian name of Petropavl'}),
     ],
     inc={}),
]
