"""Russian texts of the sixty-fourth unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p009', date='1992-09-03', lang='ru',
     event='1992 harvest fire: 120 ha of wheat burnt near Karabulak, Talgar district, Alma-Ata oblast (Almaty Region); namesake Karabulak, centre of a district of Taldykorgan oblast; Alma-Ata dateline',
     text="""Под Карабулаком сгорело 120 гектаров пшеницы
АЛМА-АТА, 3 сентября. Около 120 гектаров неубранной пшеницы сгорели во вторник на полях совхоза «Енбек» у села Карабулак Талгарского района Алма-Атинской области, сообщили в областном управлении пожарной охраны.
Огонь, по предварительным данным, занялся от искры из выхлопной трубы комбайна и при сильном ветре за час прошёл по полю до лесополосы. Комбайнёр получил ожоги рук. Тушили пожар две машины из Талгара и около сорока рабочих совхоза.
Ущерб хозяйство оценивает в 4 миллиона рублей. «Это треть нашего урожая. Хлеб сдавать государству нечем», — сказал директор совхоза Кайрат Жумагалиев.
В управлении уточнили, что речь идёт о Карабулаке под Талгаром, а не об одноимённом районном центре Талды-Курганской области, откуда в редакцию уже звонили встревоженные читатели. В этом году в Казахстане ожидают рекордный урожай зерна.""",
     ann=[
        ('Карабулаком', 0, 'village', 'Karabulak (Talgar district)', ALR, {'note': 'headline'}),
        ('АЛМА-АТА', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline; old name of Almaty'}),
        ('Карабулак', 0, 'village', 'Karabulak (Talgar district)', ALR),
        ('Талгарского района', 0, 'district', 'Talgar District', ALR),
        ('Алма-Атинской области', 0, 'region', ALR, ALR, {'note': 'Soviet-era name of Almaty Region'}),
        ('Талгара', 0, 'city', 'Talgar', ALR, {'note': 'NI:origin of the fire engines'}),
        ('Карабулаке', 0, 'village', 'Karabulak (Talgar district)', ALR),
        ('Талгаром', 0, 'city', 'Talgar', ALR, {'note': 'NI:reference point'}),
        ('Талды-Курганской области', 0, 'region', ALR, ALR, {'uncertain': True, 'note': 'NI:namesake district centre (Karabulak, Eskeldi district); Taldykorgan Region (abolished 1997) labelled with the unit holding its land'}),
        ('Казахстане', 0, 'country', 'Kazakhstan', N),
     ],
     inc={ALR: (1, 'field fire burning 120 ha of wheat near Karabulak, Talgar district')}),

dict(id='p010', date='1998-04-21', lang='ru',
     event='1998 spring floods and a mudflow in East Kazakhstan Region after the 1997 merger: 46 houses flooded in Kokterek (Urdzhar district), a bridge destroyed at Karabulak (Zaisan district), and a sheep-pen fire in Akzhar (Tarbagatai district); rescuers from Semipalatinsk; commission from Akmola, the new capital; «в трёх районах»',
     text="""Паводок в Урджарском районе, сель под Зайсаном, пожар в Акжаре
УСТЬ-КАМЕНОГОРСК, 21 апреля. Весна принесла беду сразу в три района Восточно-Казахстанской области, сообщили в областном штабе по чрезвычайным ситуациям.

В селе Коктерек Урджарского района в ночь на понедельник талые воды с предгорий затопили 46 домов. Людей вывезли в школу и к родственникам в Урджар, погибших нет. «Вода пришла за полчаса, успели вынести только документы», — рассказала жительница Коктерека Сауле Нурланова. На помощь прибыли спасатели из Семипалатинска, которые после присоединения бывшей Семипалатинской области к Восточно-Казахстанской в мае прошлого года подчиняются областному штабу.

В Зайсанском районе сель снёс мост через ручей на въезде в село Карабулак. Село, где живут около 1200 человек, отрезано от райцентра; хлеб и лекарства доставляют трактором в объезд. Дорожники обещают поставить временную переправу к концу недели. Штаб напоминает, что этот Карабулак не следует путать с одноимённым селом в Алакольском районе Алматинской области.

А в Акжаре, центре Тарбагатайского района, в воскресенье сгорела кошара крестьянского хозяйства: погибли 30 овец, ещё около сотни успели выгнать. Причиной, по версии пожарных, стала непотушенная печь в сторожке.

Аким области сообщил, что пострадавшим в трёх районах выделят помощь из резервного фонда. Кроме того, в пятницу в область прибывает правительственная комиссия из Акмолы — новой столицы, куда в декабре переехали министерства.

По данным гидрологов, уровень воды в реках области начнёт снижаться лишь в середине мая, поэтому в Урджарском и Зайсанском районах продолжают дежурить спасатели и техника. Жителей сёл, стоящих у рек, просят не оставлять скот на ночь в низинах и держать наготове лодки.""",
     ann=[
        ('Урджарском районе', 0, 'district', 'Urzhar District', EKR, {'note': 'headline; East Kazakhstan Region in 1998, Abai Region since 2022'}),
        ('Зайсаном', 0, 'city', 'Zaisan', EKR, {'note': 'headline; reference point ("под Зайсаном") for the mudflow in Zaisan district'}),
        ('Акжаре', 0, 'village', 'Akzhar (Tarbagatai district)', EKR, {'note': 'headline'}),
        ('УСТЬ-КАМЕНОГОРСК', 0, 'city', 'Oskemen', EKR, {'note': 'dateline'}),
        ('Восточно-Казахстанской области', 0, 'region', EKR, EKR),
        ('Коктерек', 0, 'village', 'Kokterek (Urzhar district)', EKR),
        ('Урджарского района', 0, 'district', 'Urzhar District', EKR),
        ('Урджар', 0, 'village', 'Urzhar', EKR, {'note': 'NI:evacuation destination; district centre'}),
        ('Коктерека', 0, 'village', 'Kokterek (Urzhar district)', EKR, {'note': 'residence of a quoted resident; the flooded village'}),
        ('Семипалатинска', 0, 'city', 'Semey', EKR, {'note': "NI:rescuers' origin; Semipalatinsk in East Kazakhstan Region after the 1997 merger"}),
        ('Семипалатинской области', 0, 'region', EKR, EKR, {'uncertain': True, 'note': 'NI:background; Semipalatinsk Region (abolished 1997) labelled with the unit holding its land'}),
        ('Восточно-Казахстанской', 1, 'region', EKR, EKR, {'note': 'NI:background; head noun "области" shared with the preceding name'}),
        ('Зайсанском районе', 0, 'district', 'Zaisan District', EKR),
        ('Карабулак', 0, 'village', 'Karabulak (Zaisan district)', EKR),
        ('Карабулак', 1, 'village', 'Karabulak (Zaisan district)', EKR),
        ('Алакольском районе', 0, 'district', 'Alakol District', ALR, {'note': 'NI:namesake village'}),
        ('Алматинской области', 0, 'region', ALR, ALR, {'note': 'NI:namesake village'}),
        ('Акжаре', 1, 'village', 'Akzhar (Tarbagatai district)', EKR, {'note': 'district centre'}),
        ('Тарбагатайского района', 0, 'district', 'Tarbagatai District', EKR),
        ('трёх районах', 0, 'quantified', '3 districts', N, {'count': 3, 'unit': 'district', 'note': 'the three districts named in the text'}),
        ('Акмолы', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of the commission; the capital was named Akmola until 1998-05-06'}),
        ('Урджарском', 1, 'district', 'Urzhar District', EKR, {'note': 'NI:rescuers on duty; head noun "районах" shared'}),
        ('Зайсанском районах', 0, 'district', 'Zaisan District', EKR, {'note': 'NI:rescuers on duty'}),
     ],
     inc={EKR: (2, 'flood in Kokterek (Urzhar district) and mudflow at Karabulak (Zaisan district) counted once as one spring flood; sheep-pen fire in Akzhar (Tarbagatai district)')}),

dict(id='p011', date='2005-07-19', lang='ru',
     event='2005 herders of Sarybulak (Kordai district, Jambyl Region) block the road to Kordai over pasture leased to an outside farm; namesake Sarybulak in Enbekshikazakh district of Almaty Region',
     text="""Чабаны Сарыбулака перекрыли дорогу на Кордай
ТАРАЗ, 19 июля. Около 80 жителей села Сарыбулак Кордайского района Жамбылской области во вторник утром на два часа перекрыли дорогу, ведущую к районному центру Кордай, сообщает корреспондент агентства.

Чабаны протестуют против передачи в аренду крестьянскому хозяйству из Алматы 2 тысяч гектаров пастбищ, на которых село пасло скот с советских времён. «Нам теперь гонять овец за двадцать километров?» — возмущался один из участников акции.

Перекрытие прекратилось после приезда заместителя акима района, который пообещал приостановить договор аренды до проверки прокуратуры. Задержанных нет.

В районном акимате пояснили, что конфликт касается только жамбылского Сарыбулака, а не одноимённого села в Енбекшиказахском районе Алматинской области, где, по слухам, тоже идёт спор о земле.""",
     ann=[
        ('Сарыбулака', 0, 'village', 'Sarybulak (Kordai district)', JR, {'note': 'headline'}),
        ('Кордай', 0, 'village', 'Kordai', JR, {'note': 'headline; NI:destination of the blocked road; district centre'}),
        ('ТАРАЗ', 0, 'city', 'Taraz', JR, {'note': 'dateline'}),
        ('Сарыбулак', 0, 'village', 'Sarybulak (Kordai district)', JR),
        ('Кордайского района', 0, 'district', 'Kordai District', JR),
        ('Жамбылской области', 0, 'region', JR, JR),
        ('Кордай', 1, 'village', 'Kordai', JR, {'note': 'NI:destination of the blocked road'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': "NI:farm's origin"}),
        ('Сарыбулака', 1, 'village', 'Sarybulak (Kordai district)', JR),
        ('Енбекшиказахском районе', 0, 'district', 'Enbekshikazakh District', ALR, {'note': 'NI:namesake village; rumoured land dispute, no incident'}),
        ('Алматинской области', 0, 'region', ALR, ALR, {'note': 'NI:namesake village'}),
     ],
     inc={JR: (1, 'road blockade by herders of Sarybulak, Kordai district')}),

dict(id='p012', date='2011-05-24', lang='ru',
     event='2011 irrigation canal dam breaks and floods 28 houses in Akzhar, Karmakshy district (Kyzylorda Region); Zhosaly as district centre; namesake Akzhar in Saryagash district (South Kazakhstan Region)',
     text="""Прорыв канала: в Акжаре затоплены 28 домов
КЫЗЫЛОРДА, 24 мая. В селе Акжар Кармакшинского района Кызылординской области в понедельник прорвало дамбу оросительного канала, вода затопила 28 домов и около 300 гектаров рисовых чеков, сообщили в департаменте по чрезвычайным ситуациям.

Жителей затопленных домов разместили в школе и в Жосалы, райцентре. Погибших и пострадавших нет. К вечеру спасатели и водхозники закрыли затворы на головном сооружении канала, по которому вода поступает из Сырдарьи, и начали откачку.

По словам сельчан, дамбу не ремонтировали с 1990-х годов. «Каждую весну просим акимат, каждый раз обещают», — сказал фермер Нурлыбек Ахметов.

В департаменте попросили не путать это село с Акжаром Сарыагашского района Южно-Казахстанской области: сообщения о наводнении «в Акжаре» в понедельник вызвали панику и там.""",
     ann=[
        ('Акжаре', 0, 'village', 'Akzhar (Karmakshy district)', KZR, {'note': 'headline'}),
        ('КЫЗЫЛОРДА', 0, 'city', 'Kyzylorda', KZR, {'note': 'dateline'}),
        ('Акжар', 0, 'village', 'Akzhar (Karmakshy district)', KZR),
        ('Кармакшинского района', 0, 'district', 'Karmakshy District', KZR),
        ('Кызылординской области', 0, 'region', KZR, KZR),
        ('Жосалы', 0, 'city', 'Zhosaly', KZR, {'note': 'NI:evacuation destination; district centre'}),
        ('Сырдарьи', 0, 'facility', 'Syr Darya', N, {'subkind': 'river'}),
        ('Акжаром', 0, 'village', 'Akzhar (Saryagash district)', SKR, {'note': 'NI:namesake village, no flood'}),
        ('Сарыагашского района', 0, 'district', 'Saryagash District', SKR, {'note': 'NI:namesake village'}),
        ('Южно-Казахстанской области', 0, 'region', SKR, SKR, {'note': 'NI:namesake village; South Kazakhstan Region before 2018-06-19'}),
        ('Акжаре', 1, 'village', 'Akzhar (Karmakshy district)', KZR, {'uncertain': True, 'note': 'quoted report title, ambiguous between the two namesakes; read as the flooded village'}),
     ],
     inc={KZR: (1, 'flood from a broken canal dam in Akzhar, Karmakshy district, 28 houses')}),

dict(id='p013', date='2014-08-19', lang='ru',
     event='2014 rural chronicle of Aktobe Region: hay fire in Karabulak (Martuk district), a car hits cattle near Kokterek (Khromtau district) and its driver dies, a doctor\'s surgery opens in Akkol (Aiteke Bi district), a pasture case from Kyzylzhar (Khobda district) in court, a water-pump failure in Akzhar (Uil district); livestock thefts in three districts',
     text="""Сельская хроника: пожар в Карабулаке, смертельное ДТП у Коктерека
АКТОБЕ, 19 августа. Обзор событий в сёлах Актюбинской области за неделю.

В селе Карабулак Мартукского района в четверг сгорели около 200 тонн сена, заготовленного на зиму тремя крестьянскими хозяйствами. Огонь перекинулся на загон, но скот успели выпустить. Пожарные из Мартука тушили скирды до утра. Причиной называют детскую шалость.

На трассе у села Коктерек Хромтауского района в ночь на субботу легковой автомобиль врезался в стадо коров, переходивших дорогу. Водитель, 34-летний житель Хромтау, погиб на месте, погибли и две коровы. Полиция ищет владельца стада, оставившего скот без присмотра.

В Акколе Айтекебийского района открылась врачебная амбулатория: до сих пор жители возили детей к педиатру в Комсомольское, за 60 километров. Аким района Серик Байтенов пообещал, что к зиме в село проведут и водопровод.

Хобдинский районный суд начал рассматривать иск жителей Кызылжара к фермеру, огородившему общественный выпас. Истцы требуют вернуть селу 400 гектаров пастбищ.

В селе Акжар Уилского района третью неделю нет водопроводной воды: в жару сгорел насос на скважине. Воду жителям подвозят водовозом из райцентра, по два раза в день. Районный акимат обещает поставить новый насос до конца месяца, а сельчане просят заодно заменить и трубы, проложенные ещё в 1970-е годы.

Полиция сообщила также о кражах скота в трёх районах области — Мартукском, Хромтауском и Уилском; задержаны четыре человека. Напомним, что Карабулаки, Коктереки и Кызылжары есть почти в каждой области страны, поэтому в сообщениях мы всегда указываем район. Если вы заметили ошибку в названии села или района, напишите нам.""",
     ann=[
        ('Карабулаке', 0, 'village', 'Karabulak (Martuk district)', AR, {'note': 'headline'}),
        ('Коктерека', 0, 'village', 'Kokterek (Khromtau district)', AR, {'note': 'headline; reference point of the crash'}),
        ('АКТОБЕ', 0, 'city', 'Aktobe', AR, {'note': 'dateline'}),
        ('Актюбинской области', 0, 'region', AR, AR),
        ('Карабулак', 0, 'village', 'Karabulak (Martuk district)', AR),
        ('Мартукского района', 0, 'district', 'Martuk District', AR),
        ('Мартука', 0, 'village', 'Martuk', AR, {'note': 'NI:origin of the fire crew; district centre'}),
        ('Коктерек', 0, 'village', 'Kokterek (Khromtau district)', AR, {'note': 'reference point of the crash on the road'}),
        ('Хромтауского района', 0, 'district', 'Khromtau District', AR),
        ('Хромтау', 0, 'city', 'Khromtau', AR, {'note': "NI:driver's residence"}),
        ('Акколе', 0, 'village', 'Akkol (Aiteke Bi district)', AR, {'note': 'NI:new surgery, no incident'}),
        ('Айтекебийского района', 0, 'district', 'Aiteke Bi District', AR, {'note': 'NI:new surgery'}),
        ('Комсомольское', 0, 'village', 'Komsomolskoye (Aiteke Bi district)', AR, {'note': 'NI:former destination of patients; district centre'}),
        ('Хобдинский', 0, 'district', 'Khobda District', AR, {'note': 'inside the name of a court (district court)'}),
        ('Кызылжара', 0, 'village', 'Kyzylzhar (Khobda district)', AR, {'note': 'NI:plaintiffs; land case, no incident'}),
        ('Акжар', 0, 'village', 'Akzhar (Uil district)', AR, {'note': 'NI:water supply failure, no incident'}),
        ('Уилского района', 0, 'district', 'Uil District', AR, {'note': 'NI:water supply failure'}),
        ('трёх районах', 0, 'quantified', '3 districts', N, {'count': 3, 'unit': 'district', 'note': 'livestock thefts, not incidents; the three districts are named'}),
        ('Мартукском', 0, 'district', 'Martuk District', AR, {'note': 'NI:livestock thefts; in a list'}),
        ('Хромтауском', 0, 'district', 'Khromtau District', AR, {'note': 'NI:livestock thefts; in a list'}),
        ('Уилском', 0, 'district', 'Uil District', AR, {'note': 'NI:livestock thefts; in a list'}),
     ],
     inc={AR: (2, 'hay fire in Karabulak (Martuk district); fatal collision of a car with cattle near Kokterek (Khromtau district); the surgery, the court case and the thefts are not incidents')}),
dict(id='p014', date='2018-07-03', lang='ru',
     event='2018 mudflow after a downpour floods 20 houses in Zhanatalap, Kazygurt district (Turkistan Region two weeks after the renaming); rescuers from Shymkent, a city of republican significance since 2018-06-19; the old name "Южно-Казахстанская"',
     text="""Сель в Казыгуртском районе: в Жанаталапе подтоплены 20 домов
ШЫМКЕНТ, 3 июля. После ливня в ночь на вторник с гор сошёл сель в село Жанаталап Казыгуртского района Туркестанской области. Грязевой поток подтопил 20 домов и около 50 приусадебных участков, сообщили в департаменте по чрезвычайным ситуациям области.

Пострадавших нет. Около 90 жителей временно разместили в сельском клубе. Расчищать улицы помогают спасатели из Шымкента — с 19 июня город имеет статус города республиканского значения и больше не входит в область, но его подразделения пока работают по прежней схеме.

Жители жалуются, что селеотводный канал над Жанаталапом не чистили много лет. «Мы писали ещё в Южно-Казахстанскую область, ответа так и не получили», — сказал аксакал Турсынбай Оразбаев. Аким Казыгуртского района пообещал расчистить канал до конца месяца.""",
     ann=[
        ('Казыгуртском районе', 0, 'district', 'Kazygurt District', TR, {'note': 'headline'}),
        ('Жанаталапе', 0, 'village', 'Zhanatalap (Kazygurt district)', TR, {'note': 'headline'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'dateline; city of republican significance since 2018-06-19'}),
        ('Жанаталап', 0, 'village', 'Zhanatalap (Kazygurt district)', TR),
        ('Казыгуртского района', 0, 'district', 'Kazygurt District', TR),
        ('Туркестанской области', 0, 'region', TR, TR, {'note': 'renamed from South Kazakhstan Region on 2018-06-19'}),
        ('Шымкента', 0, 'city', 'Shymkent', 'Shymkent', {'note': "NI:rescuers' origin"}),
        ('Жанаталапом', 0, 'village', 'Zhanatalap (Kazygurt district)', TR, {'note': 'NI:location of the uncleaned channel'}),
        ('Южно-Казахстанскую область', 0, 'region', TR, TR, {'uncertain': True, 'note': 'NI:addressee of complaints; region renamed on 2018-06-19, labelled with the unit holding its land on the article date'}),
        ('Казыгуртского района', 1, 'district', 'Kazygurt District', TR, {'note': 'inside an official post (akim)'}),
     ],
     inc={TR: (1, 'mudflow flooding 20 houses in Zhanatalap, Kazygurt district')}),

dict(id='p015', date='2021-11-30', lang='ru',
     event='2021 house fire in the village of Kyzylzhar under the administration of the town of Aksu (Pavlodar Region), three children rescued by a neighbour; the town of Aksu vs the villages of the same name; Nur-Sultan',
     text="""В Кызылжаре под Аксу сосед вынес из горящего дома троих детей
ПАВЛОДАР, 30 ноября. В селе Кызылжар, подчинённом акимату города Аксу Павлодарской области, в понедельник вечером загорелся жилой дом. Родители в это время были на работе, дома оставались трое детей от 3 до 9 лет. Их вынес через окно сосед, 42-летний тракторист Алмас Кенжебаев, сообщает департамент по ЧС области.

Дети надышались дымом и доставлены в больницу Аксу, их жизни ничего не угрожает. Пожарные из Аксу ехали до села 25 минут и тушили огонь около часа; дом выгорел полностью. Предполагаемая причина — неисправная печь.

Аким Аксу пообещал семье временное жильё. Кенжебаева представят к медали «За мужество», документы уже отправлены в Нур-Султан. В области напоминают, что речь идёт о Кызылжаре, относящемся к Аксу, а не об одноимённом селе Иртышского района.""",
     ann=[
        ('Кызылжаре', 0, 'village', 'Kyzylzhar (Aksu)', PR, {'note': 'headline; village under the town administration of Aksu'}),
        ('Аксу', 0, 'city', 'Aksu', PR, {'note': 'headline; reference point'}),
        ('ПАВЛОДАР', 0, 'city', 'Pavlodar', PR, {'note': 'dateline'}),
        ('Кызылжар', 0, 'village', 'Kyzylzhar (Aksu)', PR),
        ('Аксу', 1, 'city', 'Aksu', PR, {'note': 'inside the name of an authority (akimat)'}),
        ('Павлодарской области', 0, 'region', PR, PR),
        ('Аксу', 2, 'city', 'Aksu', PR, {'note': 'NI:hospital'}),
        ('Аксу', 3, 'city', 'Aksu', PR, {'note': 'NI:origin of the fire crew'}),
        ('Аксу', 4, 'city', 'Aksu', PR, {'note': 'inside an official post (akim)'}),
        ('Нур-Султан', 0, 'city', 'Astana', 'Astana', {'note': 'NI:destination of documents'}),
        ('Кызылжаре', 1, 'village', 'Kyzylzhar (Aksu)', PR),
        ('Аксу', 5, 'city', 'Aksu', PR, {'note': 'the town administration the village belongs to'}),
        ('Иртышского района', 0, 'district', 'Irtysh District', PR, {'note': 'NI:namesake village'}),
     ],
     inc={PR: (1, 'house fire in Kyzylzhar (Aksu town administration), three children rescued')}),

dict(id='p016', date='2025-03-20', lang='ru',
     event='2025 melt water floods 14 yards in Karabulak, Urzhar district (Abai Region); the district moved from East Kazakhstan Region in 2022; namesake Karabulak in Eskeldi district (Jetisu Region); Semey dateline',
     text="""Талые воды зашли во дворы Карабулака в Урджарском районе
СЕМЕЙ, 20 марта. В селе Карабулак Урджарского района области Абай талые воды подтопили 14 дворов и несколько погребов, сообщили в департаменте по ЧС области. Жилые дома не пострадали, эвакуация не потребовалась.

Спасатели и добровольцы прокопали отводные канавы и откачивают воду мотопомпами. По словам сельчан, вода пошла с полей после резкого потепления: за двое суток в районе сошла почти половина снега.

Урджарский район с июня 2022 года входит в область Абай, до этого он относился к Восточно-Казахстанской области. В соцсетях жители Карабулака Ескельдинского района области Жетісу шутят, что им уже звонили с соболезнованиями.""",
     ann=[
        ('Карабулака', 0, 'village', 'Karabulak (Urzhar district)', ABR, {'note': 'headline'}),
        ('Урджарском районе', 0, 'district', 'Urzhar District', ABR, {'note': 'headline'}),
        ('СЕМЕЙ', 0, 'city', 'Semey', ABR, {'note': 'dateline'}),
        ('Карабулак', 0, 'village', 'Karabulak (Urzhar district)', ABR),
        ('Урджарского района', 0, 'district', 'Urzhar District', ABR),
        ('области Абай', 0, 'region', ABR, ABR, {'note': 'Russian word order: head noun before the name'}),
        ('Урджарский район', 0, 'district', 'Urzhar District', ABR, {'note': 'NI:background on the region change'}),
        ('область Абай', 0, 'region', ABR, ABR, {'note': 'NI:background'}),
        ('Восточно-Казахстанской области', 0, 'region', EKR, EKR, {'note': 'NI:former region of the district'}),
        ('Карабулака', 1, 'village', 'Karabulak (Eskeldi district)', JTR, {'note': 'NI:namesake village'}),
        ('Ескельдинского района', 0, 'district', 'Eskeldi District', JTR, {'note': 'NI:namesake village'}),
        ('области Жетісу', 0, 'region', JTR, JTR, {'note': 'NI:namesake village; Kazakh spelling of the name in a Russian text'}),
     ],
     inc={ABR: (1, 'melt water flooding 14 yards in Karabulak, Urzhar district')}),
]
