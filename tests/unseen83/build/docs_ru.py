"""Russian texts of the eighty-third unseen check corpus (COVID-19 years)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p009', date='2020-03-30', lang='ru',
     event='2020 lockdown of Shymkent with checkpoints towards Turkestan, Tashkent and Taraz; markets «Шапагат» and «Бекжан» closed; restrictions in Sairam and Tolebi districts; a lorry crashes through a checkpoint near Aksukent, policeman hurt (Turkistan Region); the 2009 posts in the then South Kazakhstan Region',
     text="""В Шымкенте ввели карантин, на границе с Туркестанской областью – блокпосты
ШЫМКЕНТ, 30 марта. KazTAG – С полуночи понедельника Шымкент закрыт на въезд и выезд: на трассах в сторону Туркестана, Ташкента и Тараза выставлены 11 блокпостов, сообщили в городском акимате. Общественный транспорт работает только в утренние часы, рынки, в том числе «Шапагат» и «Бекжан», закрыты.
В соседней Туркестанской области ограничения ввели в Сайрамском и Толебийском районах, откуда тысячи людей ездят на работу в Шымкент. У села Аксукент Сайрамского района в ночь на воскресенье грузовик, водитель которого уснул за рулем, снес ограждение блокпоста. Пострадал полицейский, его доставили в больницу Шымкента.
В областном штабе напомнили, что в 2009 году, во время эпидемии свиного гриппа, похожие посты уже стояли на дорогах тогдашней Южно-Казахстанской области. За выходные полиция оштрафовала более 200 нарушителей режима ЧП.""",
     ann=[
        ('Шымкенте', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'headline; NI:lockdown'}),
        ('Туркестанской областью', 0, 'region', 'Turkistan Region', TR, {'note': 'headline'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'dateline'}),
        ('Шымкент', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:lockdown, an official measure'}),
        ('Туркестана', 0, 'city', 'Turkistan', TR, {'note': 'NI:direction of a road'}),
        ('Ташкента', 0, 'foreign', 'Tashkent', N, {'note': 'NI:direction of a road'}),
        ('Тараза', 0, 'city', 'Taraz', JR, {'note': 'NI:direction of a road'}),
        ('Шапагат', 0, 'facility', 'Shapagat market (Shymkent)', 'Shymkent', {'subkind': 'market', 'note': 'NI:closed'}),
        ('Бекжан', 0, 'facility', 'Bekzhan market (Shymkent)', 'Shymkent', {'subkind': 'market', 'note': 'NI:closed'}),
        ('Туркестанской области', 0, 'region', 'Turkistan Region', TR),
        ('Сайрамском', 0, 'district', 'Sairam District', TR, {'note': 'in a list sharing "районах"; NI:restrictions'}),
        ('Толебийском', 0, 'district', 'Tolebi District', TR, {'note': 'in a list sharing "районах"; NI:restrictions'}),
        ('Шымкент', 1, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:workplace'}),
        ('Аксукент', 0, 'village', 'Aksukent', TR, {'note': 'centre of Sairam district'}),
        ('Сайрамского района', 0, 'district', 'Sairam District', TR),
        ('Шымкента', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:hospital'}),
        ('Южно-Казахстанской области', 0, 'region', 'Turkistan Region', TR, {'uncertain': True, 'note': 'NI:background; the region renamed Turkistan on 2018-06-19 (Shymkent split off), labelled with the unit holding most of its land on the article date'}),
     ],
     inc={TR: (1, 'road accident: a lorry crashes through the checkpoint near Aksukent, Sairam district, policeman hurt; the lockdown is a measure')}
),

dict(id='p010', date='2020-07-16', lang='ru',
     event='2020 eight temporary hospitals for the second wave (a modular hospital in Nur-Sultan, «Алматы Арена» in Alatau district and «Атакент» in Almaty, sports halls in Karaganda, Temirtau and Balkhash, a hostel in Kostanay, the «Кызылжар» hotel in Petropavl); relatives protest at the infectious diseases hospital in Atyrau, two detained; oxygen concentrator fire in Batys-2, Aktobe; medics picket in three unnamed regions (unattributed); beds 80% full in nine regions',
     text="""За две недели – восемь временных госпиталей: как регионы готовятся ко второй волне
НУР-СУЛТАН, 16 июля. Tengrinews – В Казахстане за две недели развернули восемь временных госпиталей на 2 400 коек, сообщил министр здравоохранения. Самый крупный – модульный стационар на 200 мест на левом берегу Нур-Султана, который строители возвели за 14 дней. Еще два работают в Алматы: на ледовой арене «Алматы Арена» в Алатауском районе и в павильонах выставочного центра «Атакент».
В Карагандинской области под больных переоборудовали спорткомплексы в Караганде, Темиртау и Балхаше. В Костанае под госпиталь отдали общежитие колледжа, в Петропавловске – гостиницу «Кызылжар».
По данным ведомства, коечный фонд заполнен более чем на 80% в девяти регионах, а в Шымкенте и Туркестанской области – на 95%.

Атырау: родственники у ворот больницы
У ворот областной инфекционной больницы в Атырау в понедельник собрались около 60 родственников пациентов. Они требовали пустить к больным передачи с лекарствами и кислородными концентраторами. Полиция задержала двоих, остальные разошлись после встречи с заместителем акима области.

Актобе: пожар в реанимации
В ночь на среду в реанимационном отделении временного госпиталя в микрорайоне Батыс-2 загорелся кислородный концентратор. Огонь потушили за 15 минут, персонал вывел 23 пациентов, пострадавших нет, сообщили в департаменте по ЧС Актюбинской области.

Пикеты медиков
Медсестры и санитары, требующие обещанных надбавок за работу с коронавирусными больными, провели пикеты в трех областях, названия которых в министерстве не уточнили. В Минздраве заверили, что выплаты задерживаются «из-за технической ошибки».
Аппараты ИВЛ для госпиталей закупают в Китае и России; первая партия прибыла в Нур-Султан в воскресенье.""",
     ann=[
        ('НУР-СУЛТАН', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Казахстане', 0, 'country', 'Kazakhstan', N),
        ('Нур-Султана', 0, 'city', 'Astana', 'Astana', {'note': 'NI:hospital built'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:hospitals'}),
        ('Алматы Арена', 0, 'facility', 'Almaty Arena', 'Almaty', {'subkind': 'stadium', 'note': 'an arena named after the city; NI:field hospital'}),
        ('Алатауском районе', 0, 'district', 'Alatau District (Almaty)', 'Almaty', {'subkind': 'city district'}),
        ('Атакент', 0, 'facility', 'Atakent exhibition centre (Almaty)', 'Almaty', {'subkind': 'exhibition centre', 'note': 'not the village Atakent; NI:field hospital'}),
        ('Карагандинской области', 0, 'region', 'Karaganda Region', KR, {'note': 'NI:hospitals'}),
        ('Караганде', 0, 'city', 'Karaganda', KR, {'note': 'NI:hospital'}),
        ('Темиртау', 0, 'city', 'Temirtau', KR, {'note': 'NI:hospital'}),
        ('Балхаше', 0, 'city', 'Balkhash', KR, {'note': 'NI:hospital'}),
        ('Костанае', 0, 'city', 'Kostanay', KOR, {'note': 'NI:hospital'}),
        ('Петропавловске', 0, 'city', 'Petropavl', NKR, {'note': 'Russian name; NI:hospital'}),
        ('Кызылжар', 0, 'facility', 'Kyzylzhar hotel (Petropavl)', NKR, {'subkind': 'hotel', 'note': 'not Kyzylzhar district; NI:hospital'}),
        ('девяти регионах', 0, 'quantified', '9 regions', N, {'count': 9, 'unit': 'region', 'note': 'unnamed; bed occupancy, not incidents'}),
        ('Шымкенте', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:bed occupancy'}),
        ('Туркестанской области', 0, 'region', 'Turkistan Region', TR, {'note': 'NI:bed occupancy'}),
        ('Атырау', 0, 'city', 'Atyrau', ATR, {'note': 'section heading'}),
        ('Атырау', 1, 'city', 'Atyrau', ATR),
        ('Актобе', 0, 'city', 'Aktobe', AR, {'note': 'section heading'}),
        ('Батыс-2', 0, 'district', 'Batys-2 (Aktobe)', AR, {'subkind': 'microdistrict', 'note': '"Batys" means "west"; not West Kazakhstan'}),
        ('Актюбинской области', 0, 'region', 'Aktobe Region', AR, {'note': 'inside the name of an authority'}),
        ('трех областях', 0, 'quantified', '3 regions', N, {'count': 3, 'unit': 'region', 'note': 'unnamed regions; unattributed incidents'}),
        ('Китае', 0, 'foreign', 'China', N, {'note': 'NI:supplier'}),
        ('России', 0, 'foreign', 'Russia', N, {'note': 'NI:supplier'}),
        ('Нур-Султан', 0, 'city', 'Astana', 'Astana', {'note': 'NI:delivery'}),
     ],
     inc={ATR: (1, 'protest: about 60 relatives at the gates of the infectious diseases hospital in Atyrau, two detained'),
          AR: (1, 'fire: an oxygen concentrator catches fire in the intensive care unit of the temporary hospital in Batys-2, Aktobe')},
     unatt=[{'label': 'трех областях', 'count': 3, 'note': 'pickets of medics in three unnamed regions'}]
),

dict(id='p011', date='2020-04-20', lang='ru',
     event='2020 mass brawl at a wedding held in breach of the ban on gatherings in Sarykemer, Baizak district, two policemen hurt, 12 detained (Jambyl Region); fines in Taraz, Shu and Kordai district (not counted); checkpoints around Taraz; crossings to Kyrgyzstan closed in Merke and Kordai districts',
     text="""Драка на свадьбе в Байзакском районе: задержаны 12 человек
ТАРАЗ, 20 апреля. KazTAG – Полиция Жамбылской области задержала 12 человек после массовой драки на свадьбе в селе Сарыкемер Байзакского района, которую устроили вопреки запрету на собрания во время режима ЧП. По данным департамента полиции, около 80 гостей собрались в субботу вечером во дворе частного дома. Когда к дому подъехал наряд, несколько мужчин набросились на полицейских; двое сотрудников получили травмы.
Организатора торжества оштрафовали, против нападавших возбуждено уголовное дело. Еще 43 нарушителя карантина оштрафованы за выходные в Таразе, Шу и Кордайском районе, сообщили в ведомстве.
Блокпосты вокруг Тараза останутся по меньшей мере до 11 мая. Въезд в область из Шымкента и Туркестанской области возможен только по пропускам, а пункты пропуска на границе с Кыргызстаном в Меркенском и Кордайском районах закрыты с середины марта.""",
     ann=[
        ('Байзакском районе', 0, 'district', 'Baizak District', JR, {'note': 'headline'}),
        ('ТАРАЗ', 0, 'city', 'Taraz', JR, {'note': 'dateline'}),
        ('Жамбылской области', 0, 'region', 'Jambyl Region', JR, {'note': 'inside the name of an authority'}),
        ('Сарыкемер', 0, 'village', 'Sarykemer', JR, {'note': 'centre of Baizak district'}),
        ('Байзакского района', 0, 'district', 'Baizak District', JR),
        ('Таразе', 0, 'city', 'Taraz', JR, {'note': 'NI:fines, not an incident'}),
        ('Шу', 0, 'city', 'Shu', JR, {'note': 'NI:fines, not an incident'}),
        ('Кордайском районе', 0, 'district', 'Kordai District', JR, {'note': 'NI:fines, not an incident'}),
        ('Тараза', 0, 'city', 'Taraz', JR, {'note': 'NI:checkpoints, an official measure'}),
        ('Шымкента', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:origin of travellers'}),
        ('Туркестанской области', 0, 'region', 'Turkistan Region', TR, {'note': 'NI:origin of travellers'}),
        ('Кыргызстаном', 0, 'foreign', 'Kyrgyzstan', N),
        ('Меркенском', 0, 'district', 'Merke District', JR, {'note': 'in a list sharing "районах"; NI:crossing closed'}),
        ('Кордайском', 1, 'district', 'Kordai District', JR, {'note': 'in a list sharing "районах"; NI:crossing closed'}),
     ],
     inc={JR: (1, 'violence: mass brawl at a wedding in Sarykemer, guests attack police, two officers hurt; the fines are not incidents')}
),

dict(id='p012', date='2021-07-22', lang='ru',
     event='2021 daily chronicle: Mangystau Region in the red zone, a crowd of 200 at the akimat in Zhanaozen demanding compensation (Mangystau Region); sanitary posts towards Beineu and Shetpe; Kyzylorda Region red from Monday, Baikonur leased to Russia with Tyuratam and Akai; Zhosaly in Karmakshy district quarantined after a funeral meal (not counted); an electrical fire in the provisional hospital on Korkyt Ata Street in Kyzylorda (Kyzylorda Region); red zone of three cities and seven regions; only North Kazakhstan and Jambyl regions green',
     text="""Хроника дня: Мангистау и Кызылорда уходят в «красную зону»
АКТАУ, 22 июля. KazTAG – Главное о коронавирусе в западных и южных регионах за четверг.

09:10 – Мангистауская область с сегодняшнего дня в «красной зоне». В Актау закрыты фудкорты, ночные клубы и бассейны, торговые центры работают до 18:00 и только для посетителей с «зеленым» статусом в приложении Ashyq.

10:35 – В Жанаозене около 200 человек собрались у здания городского акимата. Они требуют выплатить компенсации тем, кто потерял работу на нефтесервисных предприятиях во время прошлогоднего карантина. Участники акции говорят, что выплаты им обещали еще весной. Полиция не вмешивалась, к собравшимся вышел аким города.

11:50 – На въездах в Актау со стороны Бейнеу и Шетпе снова выставлены санитарные посты. Пассажиров автобусов из Атырау и Туркменистана проверяют на наличие ПЦР-теста.

13:20 – Кызылординская область тоже переходит в «красную зону» с понедельника. В Байконуре, который Казахстан сдает в аренду России, действуют собственные правила: въезд в город для жителей соседних Тюратама и Акая возможен только по пропускам.

14:40 – Аул Жосалы в Кармакшинском районе закрыт на карантин после того, как 26 жителей заболели после поминок. Аким района призвал не проводить многолюдные мероприятия.

15:20 – В Аральске и Казалинске открыли вечерние пункты вакцинации: люди приходят после работы, когда спадает жара. За неделю в районах прививку получили более 6 000 человек.

16:05 – В Кызылорде в провизорном госпитале на улице Коркыт Ата загорелась электрощитовая. Пожарные эвакуировали 31 пациента, пострадавших нет, сообщает ДЧС Кызылординской области.

17:30 – Минздрав: «красная зона» теперь включает Нур-Султан, Алматы, Шымкент и семь областей. В «зеленой зоне» остались только две области – Северо-Казахстанская и Жамбылская.""",
     ann=[
        ('Мангистау', 0, 'region', 'Mangystau Region', MR, {'note': 'headline; the region (zone status)'}),
        ('Кызылорда', 0, 'region', 'Kyzylorda Region', KZR, {'uncertain': True, 'note': 'headline; read as the region (zone status), as the chronicle says below, though the bare name is also the city'}),
        ('АКТАУ', 0, 'city', 'Aktau', MR, {'note': 'dateline'}),
        ('Мангистауская область', 0, 'region', 'Mangystau Region', MR, {'note': 'NI:red zone, an official measure'}),
        ('Актау', 0, 'city', 'Aktau', MR, {'note': 'NI:closures, an official measure'}),
        ('Жанаозене', 0, 'city', 'Zhanaozen', MR),
        ('Актау', 1, 'city', 'Aktau', MR, {'note': 'NI:sanitary posts'}),
        ('Бейнеу', 0, 'village', 'Beineu', MR, {'note': 'NI:direction of a road'}),
        ('Шетпе', 0, 'village', 'Shetpe', MR, {'note': 'NI:direction of a road'}),
        ('Атырау', 0, 'city', 'Atyrau', ATR, {'note': 'NI:origin of buses'}),
        ('Туркменистана', 0, 'foreign', 'Turkmenistan', N, {'note': 'NI:origin of buses'}),
        ('Кызылординская область', 0, 'region', 'Kyzylorda Region', KZR, {'note': 'NI:red zone, an official measure'}),
        ('Байконуре', 0, 'city', 'Baikonur', KZR, {'note': 'city leased to Russia, labelled Kyzylorda Region as the development corpus labels the cosmodrome; NI:own rules'}),
        ('Казахстан', 0, 'country', 'Kazakhstan', N),
        ('России', 0, 'foreign', 'Russia', N),
        ('Тюратама', 0, 'village', 'Toretam', KZR, {'note': 'Russian name of Toretam; NI:residence'}),
        ('Акая', 0, 'village', 'Akai', KZR, {'note': 'NI:residence'}),
        ('Жосалы', 0, 'village', 'Zhosaly', KZR, {'note': 'centre of Karmakshy district; NI:quarantine after an outbreak'}),
        ('Кармакшинском районе', 0, 'district', 'Karmakshy District', KZR, {'note': 'NI:quarantine'}),
        ('Аральске', 0, 'city', 'Aral', KZR, {'note': 'NI:vaccination'}),
        ('Казалинске', 0, 'city', 'Kazaly', KZR, {'note': 'Russian name of Kazaly; NI:vaccination'}),
        ('Кызылорде', 0, 'city', 'Kyzylorda', KZR),
        ('улице Коркыт Ата', 0, 'facility', 'Korkyt Ata Street (Kyzylorda)', KZR, {'subkind': 'street', 'note': 'street named after a legendary person'}),
        ('Кызылординской области', 0, 'region', 'Kyzylorda Region', KZR, {'note': 'inside the name of an authority'}),
        ('Нур-Султан', 0, 'city', 'Astana', 'Astana', {'note': 'NI:red zone'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:red zone'}),
        ('Шымкент', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:red zone'}),
        ('семь областей', 0, 'quantified', '7 regions', N, {'count': 7, 'unit': 'region', 'note': 'zone status, not incidents; members not listed'}),
        ('две области', 0, 'quantified', '2 regions', N, {'count': 2, 'unit': 'region', 'note': 'both named'}),
        ('Северо-Казахстанская', 0, 'region', 'North Kazakhstan Region', NKR, {'note': 'NI:green zone; shares the head noun "области"'}),
        ('Жамбылская', 0, 'region', 'Jambyl Region', JR, {'note': 'NI:green zone; shares the head noun "области"'}),
     ],
     inc={MR: (1, 'protest: about 200 people at the city akimat in Zhanaozen demanding compensation'),
          KZR: (1, 'fire: electrical switchboard fire in the provisional hospital on Korkyt Ata Street, Kyzylorda, 31 patients evacuated; the Zhosaly outbreak is not an incident')}
),

dict(id='p013', date='2022-10-12', lang='ru',
     event='2022 closure of the last provisional hospital of Ulytau Region in Zhezkazgan (Karaganda Region in 2020); patients from Satpayev, Karazhal, Ulytau and Zhanaarka districts; background: a 2020 strike of miners near Satpayev (Ulytau Region on the article date); a commission from Nur-Sultan (Astana after 2022-09-17); the former Zhezkazgan Region abolished in 1997',
     text="""В Жезказгане закрыли последний провизорный госпиталь Улытауской области
ЖЕЗКАЗГАН, 12 октября. Kazinform – В Жезказгане закрыт последний провизорный госпиталь Улытауской области, сообщили в областном управлении здравоохранения. Стационар на 120 коек в бывшем профилактории горняков работал с лета 2020 года, когда город еще входил в Карагандинскую область.
За это время в нем лечились более 4 000 пациентов из Жезказгана, Сатпаева, Каражала и сел Улытауского и Жанааркинского районов. Тяжелых больных, как и прежде, будут направлять в Караганду.
Горняки в Сатпаеве помнят то лето по другой причине: в августе 2020 года около 150 рабочих одного из рудников под Сатпаевым на две смены отказались спускаться в шахту, требуя ПЦР-тестов и масок. Забастовка закончилась после приезда комиссии из Нур-Султана.
Улытауская область, образованная 8 июня 2022 года, во многом повторяет границы бывшей Жезказганской области, упраздненной в 1997 году.""",
     ann=[
        ('Жезказгане', 0, 'city', 'Zhezkazgan', UR, {'note': 'headline; Ulytau Region since 2022-06-08; NI:hospital closed'}),
        ('Улытауской области', 0, 'region', 'Ulytau Region', UR, {'note': 'headline'}),
        ('ЖЕЗКАЗГАН', 0, 'city', 'Zhezkazgan', UR, {'note': 'dateline'}),
        ('Жезказгане', 1, 'city', 'Zhezkazgan', UR, {'note': 'NI:hospital closed'}),
        ('Улытауской области', 1, 'region', 'Ulytau Region', UR),
        ('Карагандинскую область', 0, 'region', 'Karaganda Region', KR, {'note': 'NI:the former unit of Zhezkazgan'}),
        ('Жезказгана', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:origin of patients'}),
        ('Сатпаева', 0, 'city', 'Satpayev', UR, {'note': 'NI:origin of patients; the town, not the person'}),
        ('Каражала', 0, 'city', 'Karazhal', UR, {'note': 'NI:origin of patients'}),
        ('Улытауского', 0, 'district', 'Ulytau District', UR, {'note': 'in a list sharing "районов"; NI:origin of patients'}),
        ('Жанааркинского', 0, 'district', 'Zhanaarka District', UR, {'note': 'in a list sharing "районов"; moved from Karaganda Region to Ulytau Region in 2022; NI:origin of patients'}),
        ('Караганду', 0, 'city', 'Karaganda', KR, {'note': 'NI:destination of patients'}),
        ('Сатпаеве', 0, 'city', 'Satpayev', UR, {'note': 'NI:residence'}),
        ('Сатпаевым', 0, 'city', 'Satpayev', UR, {'note': 'reference point of the strike; the town, not the person'}),
        ('Нур-Султана', 0, 'city', 'Astana', 'Astana', {'note': "the capital's name in 2020; NI:origin of a commission"}),
        ('Улытауская область', 0, 'region', 'Ulytau Region', UR),
        ('Жезказганской области', 0, 'region', 'Ulytau Region', UR, {'uncertain': True, 'note': 'NI:background; region abolished in 1997 (merged into Karaganda Region), labelled with the unit holding most of its land on the article date'}),
     ],
     inc={UR: (1, 'background (August 2020): strike of about 150 miners at a mine near Satpayev; Ulytau Region on the article date')}
),

dict(id='p014', date='2021-01-20', lang='ru',
     event='2021 residents of Presnovka, Zhambyl district of North Kazakhstan Region (not Jambyl Region), block the road into the quarantined village, two detained; jobs in Kurgan Oblast of Russia; cases in Petropavl and Taiynsha district; Omsk Oblast',
     text="""Жители Пресновки перекрыли дорогу, требуя снять карантин
ПЕТРОПАВЛОВСК, 20 января. Kazinform – Около 70 жителей села Пресновка Жамбылского района Северо-Казахстанской области во вторник на три часа перекрыли дорогу у въезда в село, протестуя против продления карантина. Село закрыто уже 28 дней после вспышки коронавируса: на въезде стоит блокпост, выезжать разрешают только в экстренных случаях.
«Многие у нас работают на той стороне, в Курганской области, и уже месяц не получают зарплату», – сказал один из участников акции. Граница с Россией для пеших и автомобилистов закрыта с весны.
Аким Жамбылского района пообещал снять ограничения в понедельник, если новых случаев не будет. Полиция задержала двоих участников акции, сообщили в департаменте полиции СКО.
В области за неделю выявлено 312 случаев, больше всего – в Петропавловске и Тайыншинском районе. Соседняя Омская область России с понедельника тоже вводит новые ограничения.""",
     ann=[
        ('Пресновки', 0, 'village', 'Presnovka', NKR, {'note': 'headline'}),
        ('ПЕТРОПАВЛОВСК', 0, 'city', 'Petropavl', NKR, {'note': 'dateline; Russian name'}),
        ('Пресновка', 0, 'village', 'Presnovka', NKR, {'note': 'centre of Zhambyl district'}),
        ('Жамбылского района', 0, 'district', 'Zhambyl District (North Kazakhstan)', NKR, {'note': 'district of North Kazakhstan Region, not Jambyl Region'}),
        ('Северо-Казахстанской области', 0, 'region', 'North Kazakhstan Region', NKR),
        ('Курганской области', 0, 'foreign', 'Kurgan Oblast', N, {'note': 'NI:workplace'}),
        ('Россией', 0, 'foreign', 'Russia', N),
        ('Жамбылского района', 1, 'district', 'Zhambyl District (North Kazakhstan)', NKR, {'note': "in an official's title"}),
        ('СКО', 0, 'region', 'North Kazakhstan Region', NKR, {'note': 'abbreviation of North Kazakhstan Region, inside the name of an authority'}),
        ('Петропавловске', 0, 'city', 'Petropavl', NKR, {'note': 'NI:case statistics'}),
        ('Тайыншинском районе', 0, 'district', 'Taiynsha District', NKR, {'note': 'NI:case statistics'}),
        ('Омская область', 0, 'foreign', 'Omsk Oblast', N, {'note': 'NI:foreign measures'}),
        ('России', 0, 'foreign', 'Russia', N),
     ],
     inc={NKR: (1, 'protest: residents of Presnovka block the road into the village for three hours, two detained')}
),

dict(id='p015', date='2020-04-08', lang='ru',
     event='2020 overview of quarantine in all regional centres and other towns: a man stabs a paramedic in Astana district of Aktobe (Aktobe Region, not the capital); a fire at the observation hotel «Чаган» in Oral (West Kazakhstan Region); quarantine in Kostanay, Rudny and Lisakovsk, in Kokshetau, Stepnogorsk and Burabay with a post near Shchuchinsk, in Pavlodar, Ekibastuz and Aksu (not counted); fines in nine regions; the company name Sokolovsko-Sarbaiskoe not annotated',
     text="""Карантин в регионах: кто закрыт и что происходит
НУР-СУЛТАН, 8 апреля. Vlast.kz – С понедельника карантин действует во всех областных центрах Казахстана, а также в Рудном, Экибастузе, Жанаозене и ряде других городов. Въезд в закрытые города разрешен только по пропускам, которые выдают акиматы, а междугородние автобусы не ходят. Мы собрали главное по пяти областям.

Актюбинская область. Актобе закрыт с 30 марта, на выездах дежурят восемь постов. В понедельник в районе Астана мужчина, которого бригада скорой помощи пыталась госпитализировать с подозрением на коронавирус, ранил фельдшера ножом. Медик в больнице, нападавший задержан. В Кандыагаше и Хромтау карантин введут с пятницы, сообщили в областном штабе.

Западно-Казахстанская область. В Уральске ночью загорелась гостиница «Чаган», где на обсервации находились 40 человек, прилетевших из Москвы. Всех вывели, пострадавших нет. По предварительным данным, причиной пожара стало короткое замыкание в прачечной. Обсервацию перенесли в санаторий на берегу Урала.

Костанайская область. Кроме Костаная, карантин введен в Рудном и Лисаковске. Горняки Соколовско-Сарбайского комбината работают вахтами и живут на территории предприятия. Пункты пропуска на границе с Челябинской областью закрыты для пассажиров, грузовики пропускают после осмотра.

Акмолинская область. Закрыты Кокшетау, Степногорск и курорт Бурабай. Отдыхающих из Нур-Султана разворачивают на посту у Щучинска. Владельцы гостевых домов просят компенсировать им потерянный сезон.

Павлодарская область. В Павлодаре, Экибастузе и Аксу работают только продуктовые магазины и аптеки. На паромной переправе через Иртыш пассажиров проверяют тепловизором. Аким области попросил жителей сел не ездить в город без крайней необходимости.

По данным МВД, за неделю нарушителей режима оштрафовали в девяти областях, больше всего – в Актюбинской и Западно-Казахстанской.""",
     ann=[
        ('НУР-СУЛТАН', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('всех областных центрах', 0, 'quantified', 'all regional centres', N, {'count': None, 'unit': 'city', 'quantifier': 'all', 'note': 'lockdown, not incidents'}),
        ('Казахстана', 0, 'country', 'Kazakhstan', N),
        ('Рудном', 0, 'city', 'Rudny', KOR, {'note': 'NI:lockdown'}),
        ('Экибастузе', 0, 'city', 'Ekibastuz', PR, {'note': 'NI:lockdown'}),
        ('Жанаозене', 0, 'city', 'Zhanaozen', MR, {'note': 'NI:lockdown'}),
        ('ряде других городов', 0, 'quantified', 'several other cities', N, {'count': None, 'unit': 'city', 'note': 'lockdown, not incidents'}),
        ('пяти областям', 0, 'quantified', '5 regions', N, {'count': 5, 'unit': 'region', 'note': 'the five regions of the sections below'}),
        ('Актюбинская область', 0, 'region', 'Aktobe Region', AR, {'note': 'section heading'}),
        ('Актобе', 0, 'city', 'Aktobe', AR, {'note': 'NI:lockdown'}),
        ('Астана', 0, 'district', 'Astana District (Aktobe)', AR, {'subkind': 'city district', 'note': 'district of Aktobe, not the capital; the preceding head noun is left out'}),
        ('Кандыагаше', 0, 'city', 'Kandyagash', AR, {'note': 'NI:lockdown planned'}),
        ('Хромтау', 0, 'city', 'Khromtau', AR, {'note': 'NI:lockdown planned'}),
        ('Западно-Казахстанская область', 0, 'region', 'West Kazakhstan Region', WKR, {'note': 'section heading'}),
        ('Уральске', 0, 'city', 'Oral', WKR, {'note': 'Russian name of Oral'}),
        ('Чаган', 0, 'facility', 'Chagan hotel (Oral)', WKR, {'subkind': 'hotel', 'note': 'a hotel named after the river'}),
        ('Москвы', 0, 'foreign', 'Moscow', N, {'note': 'NI:origin'}),
        ('Урала', 0, 'facility', 'Ural River', N, {'subkind': 'river', 'note': 'the river, in "на берегу Урала"'}),
        ('Костанайская область', 0, 'region', 'Kostanay Region', KOR, {'note': 'section heading'}),
        ('Костаная', 0, 'city', 'Kostanay', KOR, {'note': 'NI:lockdown'}),
        ('Рудном', 1, 'city', 'Rudny', KOR, {'note': 'NI:lockdown'}),
        ('Лисаковске', 0, 'city', 'Lisakovsk', KOR, {'note': 'NI:lockdown'}),
        ('Челябинской областью', 0, 'foreign', 'Chelyabinsk Oblast', N, {'note': 'NI:border closed'}),
        ('Акмолинская область', 0, 'region', 'Akmola Region', AKR, {'note': 'section heading'}),
        ('Кокшетау', 0, 'city', 'Kokshetau', AKR, {'note': 'NI:lockdown'}),
        ('Степногорск', 0, 'city', 'Stepnogorsk', AKR, {'note': 'NI:lockdown'}),
        ('Бурабай', 0, 'village', 'Burabay', AKR, {'note': 'resort settlement, the former Borovoe; NI:closed'}),
        ('Нур-Султана', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin'}),
        ('Щучинска', 0, 'city', 'Shchuchinsk', AKR, {'note': 'NI:reference point of a post'}),
        ('Павлодарская область', 0, 'region', 'Pavlodar Region', PR, {'note': 'section heading'}),
        ('Павлодаре', 0, 'city', 'Pavlodar', PR, {'note': 'NI:lockdown'}),
        ('Экибастузе', 1, 'city', 'Ekibastuz', PR, {'note': 'NI:lockdown'}),
        ('Аксу', 0, 'city', 'Aksu (Pavlodar Region)', PR, {'note': 'NI:lockdown; a common name'}),
        ('Иртыш', 0, 'facility', 'Irtysh', N, {'subkind': 'river'}),
        ('девяти областях', 0, 'quantified', '9 regions', N, {'count': 9, 'unit': 'region', 'note': 'fines, not incidents; two of them named'}),
        ('Актюбинской', 0, 'region', 'Aktobe Region', AR, {'note': 'NI:fines; shares the head noun'}),
        ('Западно-Казахстанской', 0, 'region', 'West Kazakhstan Region', WKR, {'note': 'NI:fines; shares the head noun'}),
     ],
     inc={AR: (1, 'violence: a man stabs a paramedic in Astana district of Aktobe'),
          WKR: (1, 'fire at the observation hotel «Чаган» in Oral, nobody hurt')}
),

dict(id='p016', date='2021-04-10', lang='ru',
     event='2021 mass vaccination centre opens in the «Mega Alma-Ata» mall on Rozybakiev Street, more points in «Dostyk Plaza» and the Baluan Sholak sports palace; cafe visitors attack a monitoring group in Medeu district (Almaty); vaccination points in Kaskelen, Talgar, Esik and Taldykorgan (Almaty Region before 2022)',
     text="""В Алматы открыли центр вакцинации в торговом центре
АЛМАТЫ, 10 апреля. Tengrinews – В субботу в ТРЦ «Mega Alma-Ata» на улице Розыбакиева открылся крупнейший в городе пункт вакцинации: за первый день прививку получили около 1 500 человек, очередь у входа растянулась на 300 метров. Еще два пункта работают в ТРЦ «Dostyk Plaza» и во Дворце спорта имени Балуана Шолака. Прививают российской вакциной «Спутник V».
В ночь на субботу в Медеуском районе посетители кафе, работавшего после 23:00 вопреки запрету, напали на мониторинговую группу акимата. Двое сотрудников получили травмы, полиция задержала троих.
В Алматинской области пункты вакцинации открыты в Каскелене, Талгаре, Есике и Талдыкоргане. Первую партию отечественной вакцины QazVac ожидают в конце апреля.""",
     ann=[
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'headline'}),
        ('АЛМАТЫ', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Mega Alma-Ata', 0, 'facility', 'Mega Alma-Ata (Almaty)', 'Almaty', {'subkind': 'shopping centre', 'note': 'a mall named with the old name of Almaty; NI:vaccination centre'}),
        ('улице Розыбакиева', 0, 'facility', 'Rozybakiev Street (Almaty)', 'Almaty', {'subkind': 'street', 'note': 'street named after a person'}),
        ('Dostyk Plaza', 0, 'facility', 'Dostyk Plaza (Almaty)', 'Almaty', {'subkind': 'shopping centre', 'note': 'NI:vaccination point'}),
        ('Дворце спорта имени Балуана Шолака', 0, 'facility', 'Baluan Sholak Sports Palace (Almaty)', 'Almaty', {'subkind': 'stadium', 'note': 'named after a person; NI:vaccination point'}),
        ('Медеуском районе', 0, 'district', 'Medeu District (Almaty)', 'Almaty', {'subkind': 'city district'}),
        ('Алматинской области', 0, 'region', 'Almaty Region', ALR, {'note': 'NI:vaccination'}),
        ('Каскелене', 0, 'city', 'Kaskelen', ALR, {'note': 'NI:vaccination'}),
        ('Талгаре', 0, 'city', 'Talgar', ALR, {'note': 'NI:vaccination'}),
        ('Есике', 0, 'city', 'Esik', ALR, {'note': 'NI:vaccination'}),
        ('Талдыкоргане', 0, 'city', 'Taldykorgan', ALR, {'note': 'Almaty Region before 2022-06-08; NI:vaccination'}),
     ],
     inc={'Almaty': (1, 'violence: cafe visitors attack an akimat monitoring group in Medeu district, two hurt, three detained; vaccination points are not incidents')}
),

]
