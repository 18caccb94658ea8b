"""Russian texts of the sixty-second unseen check corpus."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p009', date='1996-08-20', lang='ru',
     event='1996 harvest in Taldykorgan Region (abolished 1997; Almaty Region land): Sarkand and Aksu districts, the sugar plant in Karabulak, grain prices in Ushtobe, sugar from China and Kyrgyzstan in Alma-Ata markets; arson of 300 tonnes of hay in Sarkand; the company «Лепсы» is not a place',
     text="""Талдыкорганская область: уборка идёт медленнее прошлогодней
ТАЛДЫКОРГАН, 20 августа — В Талдыкорганской области к понедельнику обмолочено 18 процентов площадей зерновых, сообщили в областном управлении сельского хозяйства. Лучше всего дела идут в Саркандском и Аксуском районах, где пшеница даёт по 19 центнеров с гектара.
Сахарный завод в посёлке Карабулак начнёт приём свёклы 1 сентября, но только у хозяйств, которые рассчитались за семена. «Прошлогодний урожай нам до сих пор не оплачен», — говорит председатель кооператива из Текели Асхат Нуржанов. Сахар из Китая и Киргизии продаётся на рынках Алма-Аты дешевле местного.
Тонна пшеницы на элеваторе в Уштобе стоит 4 800 тенге, на 600 тенге меньше, чем год назад. Часть зерна фермеры везут на продажу в Алма-Ату и в Жамбылскую область.
В ночь на воскресенье в Сарканде сгорели 300 тонн сена на складе АО «Лепсы». Пострадавших нет, причиной пожара в полиции считают поджог.""",
     ann=[
        ('Талдыкорганская область', 0, 'region', ALR, ALR, {'uncertain': True, 'note': 'headline; Taldykorgan Region, abolished in 1997, labelled with the canonical unit holding its land'}),
        ('ТАЛДЫКОРГАН', 0, 'city', 'Taldykorgan', ALR, {'note': 'dateline; Almaty Region land before 2022-06-08'}),
        ('Талдыкорганской области', 0, 'region', ALR, ALR, {'uncertain': True, 'note': 'the abolished Taldykorgan Region, labelled with the canonical unit holding its land'}),
        ('Саркандском', 0, 'district', 'Sarkand District', ALR, {'note': 'in a list sharing "районах"'}),
        ('Аксуском', 0, 'district', 'Aksu District (Jetisu)', ALR, {'note': 'in a list sharing "районах"; a common name (not Aksu in Pavlodar Region)'}),
        ('Карабулак', 0, 'village', 'Karabulak (Eskeldi district)', ALR, {'note': 'settlement (посёлок); a common name'}),
        ('Текели', 0, 'city', 'Tekeli', ALR, {'note': "NI:speaker's residence"}),
        ('Китая', 0, 'foreign', 'China', N, {'note': 'NI:origin of sugar'}),
        ('Киргизии', 0, 'foreign', 'Kyrgyzstan', N, {'note': 'NI:origin of sugar'}),
        ('Алма-Аты', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:markets; Soviet-era name'}),
        ('Уштобе', 0, 'city', 'Ushtobe', ALR),
        ('Алма-Ату', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:destination of grain'}),
        ('Жамбылскую область', 0, 'region', JR, JR, {'note': 'NI:destination of grain'}),
        ('Сарканде', 0, 'city', 'Sarkand', ALR),
     ],
     inc={ALR: (1, 'arson: 300 tonnes of hay burnt at a warehouse in Sarkand')}),

dict(id='p010', date='2015-05-22', lang='ru',
     event='2015 Mangystau economic digest: vegetable prices at the «Шапагат» market in Aktau, tomatoes from Iran and Uzbekistan; AI-92 shortage in Aktau and Zhanaozen (refinery repair in Atyrau), shortages in three western regions (Atyrau, Aktobe, West Kazakhstan); pipe plant in Aktau (company «Мангистау Пайп Индастри»), first bank branch in Beineu, road repairs near Shetpe, new housing in Zhanaozen; incidents: market fire in Zhanaozen, fatal crash near the village of Mangyshlak (Munaily district); cable theft in Tupkaragan district not counted',
     text="""Мангистау: овощи дорожают, бензина не хватает
АКТАУ, 22 мая — Цены на овощи на рынках Актау за месяц выросли на 12 процентов, сообщил департамент статистики Мангистауской области. Килограмм картофеля на рынке «Шапагат» стоит 140 тенге, помидоров — 450 тенге. Помидоры везут из Ирана паромом через порт Актау и из Узбекистана по трассе Бейнеу — Актау. В Жанаозене овощи на 10–15 процентов дороже, чем в областном центре.

Третью неделю на заправках Актау и Жанаозена не хватает бензина АИ-92. В акимате области перебои объясняют ремонтом на НПЗ в Атырау и задержкой цистерн из России. «Я простоял в очереди два часа и уехал ни с чем», — рассказал таксист из 15-го микрорайона Актау. Перебои с бензином фиксируются ещё в трёх областях запада страны — Атырауской, Актюбинской и Западно-Казахстанской.

В индустриальной зоне Актау в понедельник запустили завод по выпуску труб для нефтяных компаний, на нём работают 300 человек. Предприятие принадлежит ТОО «Мангистау Пайп Индастри», часть труб будут поставлять в Туркменистан. В Бейнеу открылось первое в районе отделение банка с обменным пунктом; раньше жителям приходилось ездить за 400 километров в Актау.

Дорожники начали ремонт 80-километрового участка трассы Бейнеу — Актау у Шетпе, движение пустили в объезд. В Жанаозене сдали два пятиэтажных дома для работников нефтяной отрасли, 120 семей получили ключи.

Происшествия. В ночь на четверг на вещевом рынке Жанаозена сгорели 14 павильонов, пострадавших нет. В Мунайлинском районе на трассе у села Мангышлак столкнулись легковой автомобиль и микроавтобус: погиб один человек, четверо ранены. В Тупкараганском районе полицейские задержали двоих мужчин, срезавших 600 метров телефонного кабеля.""",
     ann=[
        ('Мангистау', 0, 'region', MR, MR, {'note': 'headline; bare region name'}),
        ('АКТАУ', 0, 'city', 'Aktau', MR, {'note': 'dateline'}),
        ('Актау', 0, 'city', 'Aktau', MR, {'note': 'prices'}),
        ('Мангистауской области', 0, 'region', MR, MR, {'note': 'inside the name of an authority (statistics department)'}),
        ('Шапагат', 0, 'facility', 'Shapagat market (Aktau)', MR, {'subkind': 'market'}),
        ('Ирана', 0, 'foreign', 'Iran', N, {'note': 'NI:origin of tomatoes'}),
        ('Актау', 1, 'city', 'Aktau', MR, {'note': 'NI:"порт Актау", port of transit'}),
        ('Узбекистана', 0, 'foreign', 'Uzbekistan', N, {'note': 'NI:origin of tomatoes'}),
        ('Бейнеу', 0, 'village', 'Beineu', MR, {'note': 'NI:road endpoint'}),
        ('Актау', 2, 'city', 'Aktau', MR, {'note': 'NI:road endpoint'}),
        ('Жанаозене', 0, 'city', 'Zhanaozen', MR, {'note': 'prices'}),
        ('Актау', 3, 'city', 'Aktau', MR, {'note': 'fuel shortage, not an incident'}),
        ('Жанаозена', 0, 'city', 'Zhanaozen', MR, {'note': 'fuel shortage, not an incident'}),
        ('Атырау', 0, 'city', 'Atyrau', ATR, {'note': 'NI:refinery under repair'}),
        ('России', 0, 'foreign', 'Russia', N, {'note': 'NI:origin of fuel'}),
        ('15-го микрорайона', 0, 'district', 'Microdistrict 15 (Aktau)', MR, {'subkind': 'microdistrict', 'note': "NI:taxi driver's residence"}),
        ('Актау', 4, 'city', 'Aktau', MR),
        ('трёх областях', 0, 'quantified', '3 regions', N, {'count': 3, 'unit': 'region', 'note': 'fuel shortage, all three named; not about incidents'}),
        ('Атырауской', 0, 'region', ATR, ATR, {'note': 'head noun elided; fuel shortage, not an incident'}),
        ('Актюбинской', 0, 'region', AR, AR, {'note': 'head noun elided; fuel shortage, not an incident'}),
        ('Западно-Казахстанской', 0, 'region', WKR, WKR, {'note': 'head noun elided; fuel shortage, not an incident'}),
        ('Актау', 5, 'city', 'Aktau', MR, {'note': 'plant opening'}),
        ('Туркменистан', 0, 'foreign', 'Turkmenistan', N, {'note': 'NI:export destination'}),
        ('Бейнеу', 1, 'village', 'Beineu', MR, {'note': 'bank branch; district centre with village status'}),
        ('Актау', 6, 'city', 'Aktau', MR, {'note': 'NI:destination of trips'}),
        ('Бейнеу', 2, 'village', 'Beineu', MR, {'note': 'NI:road endpoint'}),
        ('Актау', 7, 'city', 'Aktau', MR, {'note': 'NI:road endpoint'}),
        ('Шетпе', 0, 'village', 'Shetpe', MR, {'note': 'road repairs'}),
        ('Жанаозене', 1, 'city', 'Zhanaozen', MR, {'note': 'new housing'}),
        ('Жанаозена', 1, 'city', 'Zhanaozen', MR),
        ('Мунайлинском районе', 0, 'district', 'Munaily District', MR),
        ('Мангышлак', 0, 'village', 'Mangyshlak (Munaily district)', MR, {'note': 'the village, not the peninsula or the old name of the region'}),
        ('Тупкараганском районе', 0, 'district', 'Tupkaragan District', MR, {'note': 'cable theft, not an incident'}),
     ],
     inc={MR: (2, 'fire at the clothes market of Zhanaozen, 14 pavilions burnt; fatal car-minibus collision near Mangyshlak, Munaily district; fuel shortage and cable theft not counted')}),

dict(id='p011', date='2004-09-14', lang='ru',
     event='2004 sunflower oil plant opens in Pavlodar (company «Иртыш-Агро»); seeds from Zhelezinka, Irtysh and Kachiry districts and Russia\'s Omsk Oblast; oil to Astana and Karaganda, meal to China; bank branch in Ekibastuz; fatal lorry rollover near Zhelezinka on the Pavlodar-Omsk road',
     text="""В Павлодаре заработал маслоэкстракционный завод
ПАВЛОДАР, 14 сентября — В северной промышленной зоне Павлодара в понедельник запустили завод по переработке подсолнечника мощностью 300 тонн семян в сутки. Инвестор — ТОО «Иртыш-Агро», вложившее в проект 14 млн долларов; на заводе будут работать 180 человек.
Семечки будут закупать у фермеров Железинского, Иртышского и Качирского районов, а также в соседней Омской области России. «Раньше весь урожай уходил в Омск и Барнаул, теперь масло будет своё», — сказал на открытии аким области. Масло планируют поставлять в Астану и Караганду, шрот — в Китай.
В тот же день в Экибастузе открылось третье в городе отделение Народного банка.
Вечером на трассе Павлодар — Омск у села Железинка перевернулся грузовик, перевозивший семечки на новый завод. Водитель погиб на месте.""",
     ann=[
        ('Павлодаре', 0, 'city', 'Pavlodar', PR, {'note': 'headline'}),
        ('ПАВЛОДАР', 0, 'city', 'Pavlodar', PR, {'note': 'dateline'}),
        ('Павлодара', 0, 'city', 'Pavlodar', PR, {'note': 'plant opening'}),
        ('Железинского', 0, 'district', 'Zhelezinka District', PR, {'note': 'in a list sharing "районов"'}),
        ('Иртышского', 0, 'district', 'Irtysh District', PR, {'note': 'in a list sharing "районов"; named after the river'}),
        ('Качирского', 0, 'district', 'Terenkol District', PR, {'note': 'in a list sharing "районов"; Kachiry district, renamed Terenkol in 2019'}),
        ('Омской области', 0, 'foreign', 'Omsk Oblast', N, {'note': 'NI:supplier region'}),
        ('России', 0, 'foreign', 'Russia', N),
        ('Омск', 0, 'foreign', 'Omsk', N, {'note': 'NI:former market'}),
        ('Барнаул', 0, 'foreign', 'Barnaul', N, {'note': 'NI:former market'}),
        ('Астану', 0, 'city', 'Astana', 'Astana', {'note': 'NI:destination'}),
        ('Караганду', 0, 'city', 'Karaganda', KR, {'note': 'NI:destination'}),
        ('Китай', 0, 'foreign', 'China', N, {'note': 'NI:destination'}),
        ('Экибастузе', 0, 'city', 'Ekibastuz', PR, {'note': 'bank branch'}),
        ('Павлодар', 0, 'city', 'Pavlodar', PR, {'note': 'NI:road endpoint'}),
        ('Омск', 1, 'foreign', 'Omsk', N, {'note': 'NI:road endpoint'}),
        ('Железинка', 0, 'village', 'Zhelezinka', PR, {'note': 'district centre with village status'}),
     ],
     inc={PR: (1, 'lorry carrying sunflower seeds overturned near Zhelezinka, driver killed')}),

dict(id='p012', date='2018-06-27', lang='ru',
     event='2018 traders of the «Саламат» market protest in Shymkent eight days after it became a city of republican significance and South Kazakhstan Region was renamed Turkistan; Kazybek Bi Street; the new market site on the road to Lenger; regional offices move to Turkestan, housing prices there; cotton warehouse fire in Aksukent (Sayram district, Turkistan Region)',
     text="""Шымкент: торговцы рынка «Саламат» против переноса
ШЫМКЕНТ, 27 июня — Около 150 торговцев рынка «Саламат» в среду вышли к зданию городского акимата, требуя отменить перенос рынка на окраину. Через час они разошлись, полиция никого не задержала.
19 июня Шымкент получил статус города республиканского значения, а Южно-Казахстанская область была переименована в Туркестанскую. Новый аким города пообещал убрать стихийную торговлю с центральных улиц, прежде всего с улицы Казыбек би. Торговцы говорят, что новое место у трассы на Ленгер неудобно для покупателей.
Областные управления в ближайшие месяцы переедут в Туркестан, где уже строят административный центр. Цены на жильё в Туркестане с начала года выросли почти на 40 процентов.
Происшествие. Во вторник вечером в селе Аксукент Сайрамского района загорелся склад хлопка, огонь уничтожил около 200 тонн сырца. Пострадавших нет.""",
     ann=[
        ('Шымкент', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'headline; city of republican significance since 2018-06-19'}),
        ('Саламат', 0, 'facility', 'Salamat market (Shymkent)', 'Shymkent', {'subkind': 'market', 'note': 'headline'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'dateline'}),
        ('Саламат', 1, 'facility', 'Salamat market (Shymkent)', 'Shymkent', {'subkind': 'market'}),
        ('Шымкент', 1, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:background (new status)'}),
        ('Южно-Казахстанская область', 0, 'region', TR, TR, {'uncertain': True, 'note': 'NI:background; the region renamed on 2018-06-19, labelled with the unit holding its land on the article date'}),
        ('Туркестанскую', 0, 'region', TR, TR, {'note': 'NI:background; head noun "область" elided'}),
        ('улицы Казыбек би', 0, 'facility', 'Kazybek Bi Street (Shymkent)', 'Shymkent', {'subkind': 'street', 'note': 'street named after a person'}),
        ('Ленгер', 0, 'city', 'Lenger', TR, {'note': 'NI:road destination'}),
        ('Туркестан', 0, 'city', 'Turkistan', TR, {'note': 'NI:new seat of the regional offices'}),
        ('Туркестане', 0, 'city', 'Turkistan', TR, {'note': 'housing prices'}),
        ('Аксукент', 0, 'village', 'Aksukent', TR),
        ('Сайрамского района', 0, 'district', 'Sayram District', TR),
     ],
     inc={'Shymkent': (1, 'protest of about 150 market traders at the city akimat'),
          TR: (1, 'fire at a cotton warehouse in Aksukent, Sayram district')}),

dict(id='p013', date='2022-08-30', lang='ru',
     event='2022 Ulytau Region three months after its creation: copper output in Zhezkazgan, a concentrator in Satpayev, Karazhal short of diesel (company «Улытау-Ойл»), the Zhezkazgan-Kyzylorda road, Zhezkazgan airport, Karaganda as the former centre; building in Semey (Abai Region) and Taldykorgan (Jetisu Region); incidents: rock fall at the «Северный» mine near Satpayev, bus of shift workers overturned near the village of Ulytau',
     text="""Улытауская область: медь, дороги и аэропорт
ЖЕЗКАЗГАН, 30 августа — Спустя почти три месяца после образования Улытауской области в Жезказгане подвели первые итоги. Медеплавильный завод выпустил с начала года 98 тысяч тонн катодной меди, на 4 процента больше, чем годом ранее. В Сатпаеве после ремонта возобновила работу обогатительная фабрика, где заняты 1 200 человек.

Новая область — самая малонаселённая в стране: в неё вошли три города, Жезказган, Сатпаев и Каражал, и два района. На строительство дороги Жезказган — Кызылорда в этом году выделено 45 млрд тенге, а аэропорт Жезказгана с октября будет ежедневно принимать рейсы из Алматы и Астаны. Раньше многие документы приходилось оформлять в Караганде, теперь все областные управления открыты в Жезказгане.

Цены. Буханка хлеба в Жезказгане стоит 160 тенге, на 20 тенге дороже, чем в Караганде. В Каражале с начала лета не хватает дизельного топлива: заправка компании «Улытау-Ойл» получает бензовоз раз в неделю. «Комбайны стоят, а уборка на носу», — жалуется фермер из Жанааркинского района Серик Абдрахманов. Оживилось и жилищное строительство: в Сатпаеве до конца года сдадут два дома на 160 квартир для горняков, а в областном центре начали реконструкцию центральной улицы.

В двух других новых областях тоже строят: в Семее, центре Абайской области, открывается мясокомбинат на 400 рабочих мест, а в Талдыкоргане, центре Жетысуской области, заложили жилой квартал на 3 000 квартир. Жители Абайской области пока ездят за многими справками в Усть-Каменогорск.

Происшествия. В понедельник на руднике «Северный» под Сатпаевым обрушилась порода, погиб 34-летний проходчик. В Улытауском районе у села Улытау перевернулся автобус с вахтовиками, семь человек госпитализированы. В Жезказгане полицейские изъяли 2 тонны дизельного топлива, которое продавали без документов.""",
     ann=[
        ('Улытауская область', 0, 'region', UR, UR, {'note': 'headline'}),
        ('ЖЕЗКАЗГАН', 0, 'city', 'Zhezkazgan', UR, {'note': 'dateline; Ulytau Region since 2022-06-08'}),
        ('Улытауской области', 0, 'region', UR, UR),
        ('Жезказгане', 0, 'city', 'Zhezkazgan', UR),
        ('Сатпаеве', 0, 'city', 'Satpayev', UR),
        ('три города', 0, 'quantified', '3 cities', N, {'count': 3, 'unit': 'city', 'note': 'all three named; not about incidents'}),
        ('Жезказган', 0, 'city', 'Zhezkazgan', UR, {'note': 'in an apposition list'}),
        ('Сатпаев', 0, 'city', 'Satpayev', UR, {'note': 'in an apposition list'}),
        ('Каражал', 0, 'city', 'Karazhal', UR, {'note': 'in an apposition list'}),
        ('два района', 0, 'quantified', '2 districts', N, {'count': 2, 'unit': 'district', 'note': 'not named here; not about incidents'}),
        ('Жезказган', 1, 'city', 'Zhezkazgan', UR, {'note': 'NI:road endpoint'}),
        ('Кызылорда', 0, 'city', 'Kyzylorda', KZR, {'note': 'NI:road endpoint'}),
        ('аэропорт Жезказгана', 0, 'facility', 'Zhezkazgan Airport', UR, {'subkind': 'airport'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:flight origin'}),
        ('Астаны', 0, 'city', 'Astana', 'Astana', {'note': 'NI:flight origin'}),
        ('Караганде', 0, 'city', 'Karaganda', KR, {'note': 'NI:former seat of the offices'}),
        ('Жезказгане', 1, 'city', 'Zhezkazgan', UR),
        ('Жезказгане', 2, 'city', 'Zhezkazgan', UR, {'note': 'prices'}),
        ('Караганде', 1, 'city', 'Karaganda', KR, {'note': 'NI:price comparison'}),
        ('Каражале', 0, 'city', 'Karazhal', UR, {'note': 'fuel shortage, not an incident'}),
        ('Жанааркинского района', 0, 'district', 'Zhanaarka District', UR, {'note': "NI:farmer's residence"}),
        ('Сатпаеве', 1, 'city', 'Satpayev', UR, {'note': 'housing'}),
        ('двух других новых областях', 0, 'quantified', '2 other regions', N, {'count': 2, 'unit': 'region', 'note': 'Abai and Jetisu, named; not about incidents'}),
        ('Семее', 0, 'city', 'Semey', ABR),
        ('Абайской области', 0, 'region', ABR, ABR),
        ('Талдыкоргане', 0, 'city', 'Taldykorgan', JTR),
        ('Жетысуской области', 0, 'region', JTR, JTR),
        ('Абайской области', 1, 'region', ABR, ABR, {'note': "NI:residents' home region"}),
        ('Усть-Каменогорск', 0, 'city', 'Oskemen', EKR, {'note': 'NI:destination of trips'}),
        ('Северный', 0, 'facility', 'Severny mine (Satpayev)', UR, {'subkind': 'mine'}),
        ('Сатпаевым', 0, 'city', 'Satpayev', UR, {'note': 'NI:reference point ("под Сатпаевым")'}),
        ('Улытауском районе', 0, 'district', 'Ulytau District', UR),
        ('Улытау', 1, 'village', 'Ulytau', UR, {'note': 'the village, not the region or the company «Улытау-Ойл»'}),
        ('Жезказгане', 3, 'city', 'Zhezkazgan', UR, {'note': 'seizure of illegal fuel, not an incident'}),
     ],
     inc={UR: (2, 'rock fall at the «Северный» mine near Satpayev, one miner killed; bus of shift workers overturned near Ulytau village, seven in hospital; the fuel seizure in Zhezkazgan is not an incident')}),

dict(id='p014', date='2010-12-07', lang='ru',
     event='2010 AI-92 petrol shortage in Kostanay, Rudny and Lisakovsk; drivers go to Troitsk in Russia; refineries in Pavlodar and Shymkent (South Kazakhstan Region before 2018); shortage in seven regions, worst in North Kazakhstan and Akmola; new metalwork shop in Rudny (company «Тобол-Металл»), post office in Arkalyk; no incident',
     text="""Костанайская область: бензин по талонам и новый цех в Рудном
КОСТАНАЙ, 7 декабря — Вторую неделю на автозаправках Костаная, Рудного и Лисаковска нет бензина АИ-92, сообщают читатели. Часть водителей ездит за топливом в российский Троицк, где литр стоит на 10 тенге дешевле.
В акимате области перебои объясняют тем, что российские поставщики сократили отгрузки, а нефтеперерабатывающие заводы в Павлодаре и Шымкенте не успевают покрыть спрос. По данным Агентства по статистике, нехватка бензина отмечается в семи областях, сильнее всего — в Северо-Казахстанской и Акмолинской.
Тем временем в Рудном открылся цех по производству металлоконструкций ТОО «Тобол-Металл», где будут работать 90 человек. В Аркалыке в понедельник начало работу новое отделение Казпочты, где можно оплатить коммунальные услуги и получить пенсию. Цены на хлеб в области за ноябрь не изменились.""",
     ann=[
        ('Костанайская область', 0, 'region', KOR, KOR, {'note': 'headline'}),
        ('Рудном', 0, 'city', 'Rudny', KOR, {'note': 'headline'}),
        ('КОСТАНАЙ', 0, 'city', 'Kostanay', KOR, {'note': 'dateline'}),
        ('Костаная', 0, 'city', 'Kostanay', KOR, {'note': 'fuel shortage, not an incident'}),
        ('Рудного', 0, 'city', 'Rudny', KOR),
        ('Лисаковска', 0, 'city', 'Lisakovsk', KOR),
        ('Троицк', 0, 'foreign', 'Troitsk (Chelyabinsk Oblast)', N, {'note': 'NI:destination of drivers'}),
        ('Павлодаре', 0, 'city', 'Pavlodar', PR, {'note': 'NI:refinery'}),
        ('Шымкенте', 0, 'city', 'Shymkent', SKR, {'note': 'NI:refinery; South Kazakhstan Region before 2018-06-19'}),
        ('семи областях', 0, 'quantified', '7 regions', N, {'count': 7, 'unit': 'region', 'note': 'fuel shortage; two of them named'}),
        ('Северо-Казахстанской', 0, 'region', NKR, NKR, {'note': 'head noun "области" elided'}),
        ('Акмолинской', 0, 'region', AKR, AKR, {'note': 'head noun "области" elided'}),
        ('Рудном', 1, 'city', 'Rudny', KOR, {'note': 'workshop opening'}),
        ('Аркалыке', 0, 'city', 'Arkalyk', KOR),
     ],
     inc={}),

dict(id='p015', date='1999-04-06', lang='ru',
     event='1999 housing in Astana: 42,000 square metres in the first quarter; ministries moved from Almaty in December 1997, when Akmola became the capital; flat prices on Pobedy Avenue; crews from Karaganda, Temirtau, Pavlodar and Turkey; the company «Акмола Курылыс» is not a place; tower crane fell on the left bank of the Ishim',
     text="""Астана: за квартал сдано 42 тысячи квадратных метров жилья
АСТАНА, 6 апреля — За первый квартал в столице сдано 42 тысячи квадратных метров жилья, сообщили в акимате города. Большую часть строят для сотрудников министерств, переехавших из Алматы в декабре 1997 года, когда столицей стала Акмола.
Двухкомнатная квартира в старом доме на проспекте Победы стоит около 9 тысяч долларов, в полтора раза дороже, чем год назад. На стройках работают бригады из Караганды, Темиртау и Павлодара, а также из Турции. Крупнейший подрядчик — компания «Акмола Курылыс», которая строит на левом берегу Ишима жилой комплекс на 600 квартир.
В субботу на одной из строительных площадок левого берега упал башенный кран. Крановщик получил переломы, других пострадавших нет. Строительная инспекция проверяет, соблюдались ли правила безопасности.""",
     ann=[
        ('Астана', 0, 'city', 'Astana', 'Astana', {'note': 'headline'}),
        ('АСТАНА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:former capital, origin of the ministries'}),
        ('Акмола', 0, 'city', 'Astana', 'Astana', {'note': 'NI:the capital under its 1992-1998 name, not Akmola Region'}),
        ('проспекте Победы', 0, 'facility', 'Pobedy Avenue (Astana)', 'Astana', {'subkind': 'street'}),
        ('Караганды', 0, 'city', 'Karaganda', KR, {'note': 'NI:origin of builders'}),
        ('Темиртау', 0, 'city', 'Temirtau', KR, {'note': 'NI:origin of builders'}),
        ('Павлодара', 0, 'city', 'Pavlodar', PR, {'note': 'NI:origin of builders'}),
        ('Турции', 0, 'foreign', 'Turkey', N, {'note': 'NI:origin of builders'}),
        ('Ишима', 0, 'facility', 'Ishim', N, {'subkind': 'river', 'note': 'the Esil/Ishim river in Astana'}),
     ],
     inc={'Astana': (1, 'tower crane fell at a building site on the left bank, crane operator injured')}),

dict(id='p016', date='2025-10-10', lang='ru',
     event='2025 grain exports to China via Dostyk and Altynkol stations (Jetisu Region) doubled; grain from Kostanay, North Kazakhstan and Akmola regions; Alashankou and Khorgos on the Chinese side; farmer from Tayynsha district; four grain wagons derailed at Altynkol near Zharkent',
     text="""Экспорт зерна в Китай через Достык вырос вдвое
ДОСТЫК, 10 октября — С начала сезона через станции Достык и Алтынколь в Китай отправлено 640 тысяч тонн пшеницы, ячменя и льна, вдвое больше, чем годом ранее, сообщили в Жетысуском отделении железной дороги. Основная часть зерна идёт из Костанайской, Северо-Казахстанской и Акмолинской областей.
На китайской стороне, в Алашанькоу и Хоргосе, зерно перегружают в вагоны другой колеи. Сейчас у границы ждут разгрузки около 1 200 вагонов. «Раньше мы продавали пшеницу в Узбекистан, теперь Китай платит больше», — говорит фермер из Тайыншинского района Ерлан Жумабеков. Цены на пшеницу третьего класса на элеваторах севера выросли за месяц на 6 процентов.
Происшествие. В воскресенье на станции Алтынколь близ Жаркента с рельсов сошли четыре вагона с пшеницей. Пострадавших нет, движение восстановили через шесть часов.""",
     ann=[
        ('Китай', 0, 'foreign', 'China', N, {'note': 'headline'}),
        ('Достык', 0, 'facility', 'Dostyk station', JTR, {'subkind': 'railway station', 'uncertain': True, 'note': 'headline; the border station (could be read as the village of Dostyk), Alakol district'}),
        ('ДОСТЫК', 0, 'village', 'Dostyk', JTR, {'note': 'dateline; station village in Alakol district, Jetisu Region since 2022-06-08'}),
        ('Достык', 1, 'facility', 'Dostyk station', JTR, {'subkind': 'railway station'}),
        ('Алтынколь', 0, 'facility', 'Altynkol station', JTR, {'subkind': 'railway station'}),
        ('Китай', 1, 'foreign', 'China', N, {'note': 'NI:destination'}),
        ('Жетысуском', 0, 'region', JTR, JTR, {'note': 'inside the name of a railway branch ("Жетысуское отделение")'}),
        ('Костанайской', 0, 'region', KOR, KOR, {'note': 'NI:origin of grain; in a list sharing "областей"'}),
        ('Северо-Казахстанской', 0, 'region', NKR, NKR, {'note': 'NI:origin of grain; in a list sharing "областей"'}),
        ('Акмолинской', 0, 'region', AKR, AKR, {'note': 'NI:origin of grain; in a list sharing "областей"'}),
        ('Алашанькоу', 0, 'foreign', 'Alashankou', N),
        ('Хоргосе', 0, 'foreign', 'Khorgos (China)', N, {'note': 'the Chinese town across the border'}),
        ('Узбекистан', 0, 'foreign', 'Uzbekistan', N),
        ('Китай', 2, 'foreign', 'China', N),
        ('Тайыншинского района', 0, 'district', 'Tayynsha District', NKR, {'note': "NI:farmer's residence"}),
        ('Алтынколь', 1, 'facility', 'Altynkol station', JTR, {'subkind': 'railway station'}),
        ('Жаркента', 0, 'city', 'Zharkent', JTR, {'note': 'NI:reference point'}),
     ],
     inc={JTR: (1, 'four grain wagons derailed at Altynkol station near Zharkent')}),
]
