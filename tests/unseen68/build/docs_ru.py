"""Russian texts of the sixty-eighth unseen check corpus."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'
PC = 'penal colony'

DOCS = [
dict(id='p009', date='1994-08-22', lang='ru',
     event='1994 hostage-taking riot in a strict-regime colony on the outskirts of Semipalatinsk (Semipalatinsk Region, abolished 1997; East Kazakhstan Region); special forces from Ust-Kamenogorsk; deputy minister from Alma-Ata; ringleaders moved to Pavlodar',
     text="""Бунт в колонии под Семипалатинском: контролёр отпущен после девяти часов переговоров
СЕМИПАЛАТИНСК, 22 августа. Заключённые исправительно-трудовой колонии строгого режима на окраине Семипалатинска в воскресенье захватили в заложники контролёра и забаррикадировались в здании столовой, сообщило управление внутренних дел Семипалатинской области.
Осуждённые требовали встречи с прокурором и жаловались на побои и нехватку хлеба. К колонии стянули спецназ из Усть-Каменогорска и солдат внутренних войск. Переговоры шли девять часов, после чего контролёра отпустили; он получил лёгкие травмы.
Заместитель министра внутренних дел, прилетевший из Алма-Аты, пообещал проверить жалобы. Семерых зачинщиков этапировали в колонию в Павлодаре.
По данным ведомства, это уже третий случай захвата заложников в местах лишения свободы Казахстана с начала года.""",
     ann=[
        ('Семипалатинском', 0, 'city', 'Semey', EKR, {'note': 'headline; "под" (near); Semey before 2022 is East Kazakhstan Region'}),
        ('СЕМИПАЛАТИНСК', 0, 'city', 'Semey', EKR, {'note': 'dateline'}),
        ('Семипалатинска', 0, 'city', 'Semey', EKR, {'note': 'colony on the outskirts; hostage-taking'}),
        ('Семипалатинской области', 0, 'region', EKR, EKR, {'uncertain': True, 'note': 'inside the name of an authority; Semipalatinsk Region, abolished in 1997, labelled with the unit that holds its land (East Kazakhstan Region before 2022)'}),
        ('Усть-Каменогорска', 0, 'city', 'Oskemen', EKR, {'note': 'NI:origin of special forces'}),
        ('Алма-Аты', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of the deputy minister; the capital in 1994'}),
        ('Павлодаре', 0, 'city', 'Pavlodar', PR, {'note': 'NI:destination of transferred ringleaders'}),
        ('Казахстана', 0, 'country', 'Kazakhstan', N, {'note': 'statistics'}),
     ],
     inc={EKR: (1, 'hostage-taking and barricade in the colony on the outskirts of Semipalatinsk, one event')}),

dict(id='p010', date='2011-11-21', lang='ru',
     event='2011 weekly prison chronicle: hunger strike in the colony in Zarechny (Kostanay district), mass fight with shanks in the Rudny colony (Kostanay Region), escape without violence from a colony-settlement in Petropavlovsk (not counted), workshop fire in institution AK-159/1 in Karaganda; inspections in five regions; food violations in Jambyl and Kyzylorda regions; Kostanay regional court approves an extradition to Russia (Chelyabinsk Oblast)',
     text="""Неделя в колониях: голодовка в Заречном, драка в Рудном, побег в Петропавловске
КОСТАНАЙ, 21 ноября. Обзор происшествий в учреждениях уголовно-исполнительной системы за прошедшую неделю.

Голодовка под Костанаем. Около 80 осуждённых колонии в посёлке Заречный Костанайского района с понедельника отказываются от пищи, протестуя против запрета на длительные свидания. Департамент УИС по Костанайской области признаёт факт «отказа от приёма пищи», но называет требования заключённых незаконными. К осуждённым выезжал прокурор области.

Драка в Рудном. В среду в колонии в Рудном между двумя группами осуждённых вспыхнула массовая драка с применением заточек. Пятеро ранены, один из них в тяжёлом состоянии доставлен в городскую больницу. Возбуждено уголовное дело.

Побег в Петропавловске. Из колонии-поселения в Петропавловске в ночь на пятницу ушёл осуждённый, отбывавший срок за кражу. Его искали в Кызылжарском районе и на трассе Петропавловск – Омск, а в субботу без сопротивления задержали в доме родственников на окраине города.

Пожар в Караганде. В воскресенье в промзоне учреждения АК-159/1 в Караганде загорелся деревообрабатывающий цех. Огонь потушили за полтора часа, пострадавших нет, осуждённых вывели на плац.

Кроме того, Генеральная прокуратура сообщила, что с начала года проверки условий содержания прошли в пяти областях, а в колониях Жамбылской и Кызылординской областей выявлены нарушения норм питания. Правозащитники из Алматы считают, что голодовки в Заречном и других учреждениях — прямое следствие этих нарушений, и просят Астану создать независимую комиссию.

Экстрадиция. Костанайский областной суд в пятницу разрешил выдать России мужчину, которого разыскивают за мошенничество в Челябинской области. До передачи российской стороне он останется в следственном изоляторе Костаная.""",
     ann=[
        ('Заречном', 0, 'village', 'Zarechny (Kostanay Region)', KOR, {'note': 'headline; not the Zarechny in Almaty Region'}),
        ('Рудном', 0, 'city', 'Rudny', KOR, {'note': 'headline'}),
        ('Петропавловске', 0, 'city', 'Petropavl', NKR, {'note': 'headline; escape without violence, not counted'}),
        ('КОСТАНАЙ', 0, 'city', 'Kostanay', KOR, {'note': 'dateline'}),
        ('Костанаем', 0, 'city', 'Kostanay', KOR, {'note': 'NI:"под Костанаем", reference point for Zarechny'}),
        ('Заречный', 0, 'village', 'Zarechny (Kostanay Region)', KOR, {'note': 'hunger strike in the colony'}),
        ('Костанайского района', 0, 'district', 'Kostanay District', KOR),
        ('Костанайской области', 0, 'region', KOR, KOR, {'note': 'inside the name of an authority'}),
        ('Рудном', 1, 'city', 'Rudny', KOR, {'note': 'section heading'}),
        ('Рудном', 2, 'city', 'Rudny', KOR, {'note': 'mass fight in the colony'}),
        ('Петропавловске', 1, 'city', 'Petropavl', NKR, {'note': 'section heading'}),
        ('Петропавловске', 2, 'city', 'Petropavl', NKR, {'note': 'escape without violence from a colony-settlement, not counted'}),
        ('Кызылжарском районе', 0, 'district', 'Kyzylzhar District', NKR, {'note': 'NI:search area'}),
        ('Петропавловск', 0, 'city', 'Petropavl', NKR, {'note': 'NI:road endpoint'}),
        ('Омск', 0, 'foreign', 'Omsk', N, {'note': 'NI:road endpoint'}),
        ('Караганде', 0, 'city', 'Karaganda', KR, {'note': 'section heading'}),
        ('АК-159/1', 0, 'facility', 'AK-159/1 penal colony (Karaganda)', KR, {'subkind': PC, 'note': 'institution code; workshop fire'}),
        ('Караганде', 1, 'city', 'Karaganda', KR, {'note': 'workshop fire in the colony'}),
        ('пяти областях', 0, 'quantified', '5 regions', N, {'count': 5, 'unit': 'region', 'note': 'inspections, not incidents'}),
        ('Жамбылской', 0, 'region', JR, JR, {'note': 'NI:in a list sharing "областей"; food violations found by inspectors'}),
        ('Кызылординской', 0, 'region', KZR, KZR, {'note': 'NI:in a list sharing "областей"; food violations found by inspectors'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:seat of rights groups'}),
        ('Заречном', 1, 'village', 'Zarechny (Kostanay Region)', KOR, {'note': 'NI:the same hunger strike, repeated'}),
        ('Астану', 0, 'city', 'Astana', 'Astana', {'uncertain': True, 'note': 'NI:metonymy for the central government'}),
        ('Костанайский', 0, 'region', KOR, KOR, {'note': 'inside the name of a court ("областной суд")'}),
        ('России', 0, 'foreign', 'Russia', N, {'note': 'NI:extradition destination'}),
        ('Челябинской области', 0, 'foreign', 'Chelyabinsk Oblast', N, {'note': 'NI:place of the alleged crime'}),
        ('Костаная', 0, 'city', 'Kostanay', KOR, {'note': 'NI:place of detention, no incident'}),
     ],
     inc={KOR: (2, 'hunger strike in the Zarechny colony; mass fight with shanks in the Rudny colony'),
          KR: (1, 'woodworking shop fire in institution AK-159/1 in Karaganda')}),

dict(id='p011', date='1998-09-15', lang='ru',
     event='1998 three remand prisoners escape from the Astana pre-trial detention centre after locking up a guard; caught in Karaganda and Temirtau; the capital renamed from Akmola in May 1998; building from the Tselinograd era; commission from Almaty',
     text="""Из следственного изолятора в Астане бежали трое подследственных
АСТАНА, 15 сентября. Трое подследственных в ночь на понедельник сбежали из следственного изолятора в Астане, захватив в заложники контролёра, сообщил департамент внутренних дел города.
По данным полиции, мужчины, обвиняемые в разбое, напали на контролёра во время раздачи ужина, заперли его в камере, забрали ключи и выбрались через хозяйственный двор. Контролёр получил сотрясение мозга.
Двоих беглецов задержали во вторник утром на вокзале в Караганде, третьего — днём позже в Темиртау. Все трое возвращены в изолятор.
Это первый побег из учреждения с тех пор, как в мае столица, до этого называвшаяся Акмолой, получила новое имя. Здание изолятора построено ещё при Целинограде и, по словам сотрудников, давно нуждается в ремонте. Министерство внутренних дел направило в Астану комиссию из Алматы.""",
     ann=[
        ('Астане', 0, 'city', 'Astana', 'Astana', {'note': 'headline; renamed from Akmola on 1998-05-06'}),
        ('АСТАНА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Астане', 1, 'city', 'Astana', 'Astana', {'note': 'escape with a guard taken hostage'}),
        ('Караганде', 0, 'city', 'Karaganda', KR, {'note': 'NI:arrest at the station'}),
        ('Темиртау', 0, 'city', 'Temirtau', KR, {'note': 'NI:arrest'}),
        ('Акмолой', 0, 'city', 'Astana', 'Astana', {'note': 'NI:former name of the capital'}),
        ('Целинограде', 0, 'city', 'Astana', 'Astana', {'note': 'NI:Soviet name of the city'}),
        ('Астану', 0, 'city', 'Astana', 'Astana', {'note': 'NI:destination of a commission'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of a commission; the ministry was still in Almaty'}),
     ],
     inc={'Astana': (1, 'guard attacked and locked up, three detainees escape from the pre-trial detention centre; the arrests are not counted')}),

dict(id='p012', date='2016-03-10', lang='ru',
     event='2016 night roof fire at the inter-regional hospital for convicts in the settlement of Aktas subordinate to Saran (Karaganda Region); patients from Karaganda, Akmola and Pavlodar regions',
     text="""В больнице для осуждённых под Саранью горела крыша
КАРАГАНДА, 10 марта. В межрегиональной больнице для осуждённых в посёлке Актас, подчинённом городу Сарани, ночью загорелась крыша двухэтажного лечебного корпуса, сообщил департамент по чрезвычайным ситуациям Карагандинской области.
Из корпуса эвакуировали 52 пациента и 9 сотрудников. Трое осуждённых отравились дымом, их перевели в медчасть следственного изолятора в Караганде. Огонь на площади 400 квадратных метров потушили к пяти часам утра.
Больница в Актасе принимает больных осуждённых из колоний Карагандинской, Акмолинской и Павлодарской областей. По предварительной версии, причиной пожара стало короткое замыкание в старой проводке. Прокуратура Сарани начала проверку соблюдения правил пожарной безопасности.""",
     ann=[
        ('Саранью', 0, 'city', 'Saran', KR, {'note': 'headline; "под" (near): the hospital is in Aktas, subordinate to Saran'}),
        ('КАРАГАНДА', 0, 'city', 'Karaganda', KR, {'note': 'dateline'}),
        ('Актас', 0, 'village', 'Aktas (Saran)', KR, {'note': 'hospital fire'}),
        ('Сарани', 0, 'city', 'Saran', KR),
        ('Карагандинской области', 0, 'region', KR, KR, {'note': 'inside the name of an authority'}),
        ('Караганде', 0, 'city', 'Karaganda', KR, {'note': 'NI:patients transferred'}),
        ('Актасе', 0, 'village', 'Aktas (Saran)', KR),
        ('Карагандинской', 1, 'region', KR, KR, {'note': 'NI:in a list sharing "областей"; origin of patients'}),
        ('Акмолинской', 0, 'region', AKR, AKR, {'note': 'NI:in a list sharing "областей"; origin of patients'}),
        ('Павлодарской', 0, 'region', PR, PR, {'note': 'NI:in a list sharing "областей"; origin of patients'}),
        ('Сарани', 1, 'city', 'Saran', KR, {'note': 'inside the name of an authority'}),
     ],
     inc={KR: (1, 'roof fire at the hospital for convicts in Aktas (Saran)')}),

dict(id='p013', date='2022-01-24', lang='ru',
     event='2022 after the January unrest: hunger strike in the Almaty pre-trial detention centre, death with signs of beating in the Taldykorgan temporary holding facility (Almaty Region before the June 2022 split), relatives\' picket at the Jambyl police department in Taraz; transfers to Zarechny (Ili district); a Kyrgyz citizen released to Bishkek; Uzbek citizens held in Shymkent; arrests in Aktobe, detainees moved to Khromtau and Kandyagash; complaints from six regions',
     text="""После январских событий: голодовка в СИЗО Алматы, смерть в изоляторе Талдыкоргана, пикет в Таразе
АЛМАТЫ, 24 января. Спустя две недели после январских беспорядков следственные изоляторы страны переполнены, а родственники задержанных жалуются на пытки. Собрали главное за последние дни.

Алматы. Около 20 задержанных в следственном изоляторе Алматы с 19 января объявили голодовку, требуя допустить к ним адвокатов, сообщили родственники. Департамент полиции города заявил, что все задержанные имеют доступ к защитникам. Адвокаты же говорят, что встречи с подзащитными длятся не больше десяти минут. Только в Алматы в январе задержаны более 2 700 человек, часть из них этапирована в колонию в посёлке Заречный Илийского района.

Талдыкорган. В изоляторе временного содержания в Талдыкоргане 21 января умер 35-летний задержанный. Родственники утверждают, что на его теле остались следы побоев; прокуратура Алматинской области возбудила дело о пытках, двое полицейских отстранены от службы.

Тараз. Около 40 родственников задержанных в субботу вышли с плакатами к зданию департамента полиции Жамбылской области в Таразе и потребовали освободить сыновей и мужей. Через два часа они разошлись; задержаний не было.

Иностранцы. Гражданин Кыргызстана, задержанный в Алматы и показанный по телевидению как участник беспорядков, освобождён и выехал в Бишкек. МИД Узбекистана сообщил, что трое его граждан остаются под стражей в Шымкенте.

Актобе. Суды Актобе за неделю арестовали ещё 15 человек. Мест в изоляторе временного содержания города не хватает, поэтому часть задержанных перевели в Хромтау и Кандыагаш, сообщили в департаменте полиции Актюбинской области.

По словам омбудсмена, жалобы на пытки поступили из шести регионов. В Мангистауской области, по данным прокуратуры, под стражей не осталось ни одного задержанного.""",
     ann=[
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'headline'}),
        ('Талдыкоргана', 0, 'city', 'Taldykorgan', ALR, {'note': 'headline; Almaty Region before 2022-06-08'}),
        ('Таразе', 0, 'city', 'Taraz', JR, {'note': 'headline'}),
        ('АЛМАТЫ', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Алматы', 1, 'city', 'Almaty', 'Almaty', {'note': 'section heading'}),
        ('Алматы', 2, 'city', 'Almaty', 'Almaty', {'note': 'hunger strike in the pre-trial detention centre'}),
        ('Алматы', 3, 'city', 'Almaty', 'Almaty', {'note': 'NI:arrests'}),
        ('Заречный', 0, 'village', 'Zarechny (Almaty Region)', ALR, {'note': 'NI:destination of transferred detainees; not the Zarechny near Kostanay'}),
        ('Илийского района', 0, 'district', 'Ili District', ALR, {'note': 'NI:destination of transferred detainees'}),
        ('Талдыкорган', 0, 'city', 'Taldykorgan', ALR, {'note': 'section heading'}),
        ('Талдыкоргане', 0, 'city', 'Taldykorgan', ALR, {'note': 'death with signs of beating in a temporary holding facility'}),
        ('Алматинской области', 0, 'region', ALR, ALR, {'note': 'inside the name of an authority'}),
        ('Тараз', 0, 'city', 'Taraz', JR, {'note': 'section heading'}),
        ('Жамбылской области', 0, 'region', JR, JR, {'note': 'inside the name of an authority'}),
        ('Таразе', 1, 'city', 'Taraz', JR, {'note': 'relatives\' picket at the police department'}),
        ('Кыргызстана', 0, 'foreign', 'Kyrgyzstan', N),
        ('Алматы', 4, 'city', 'Almaty', 'Almaty', {'note': 'NI:arrest of a foreigner'}),
        ('Бишкек', 0, 'foreign', 'Bishkek', N, {'note': 'NI:destination'}),
        ('Узбекистана', 0, 'foreign', 'Uzbekistan', N, {'note': 'inside the name of an authority (foreign ministry)'}),
        ('Шымкенте', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:place of detention, no incident'}),
        ('Актобе', 0, 'city', 'Aktobe', AR, {'note': 'NI:section heading; arrests, no incident'}),
        ('Актобе', 1, 'city', 'Aktobe', AR, {'note': 'NI:inside the name of courts; arrests'}),
        ('Хромтау', 0, 'city', 'Khromtau', AR, {'note': 'NI:detainees transferred'}),
        ('Кандыагаш', 0, 'city', 'Kandyagash', AR, {'note': 'NI:detainees transferred'}),
        ('Актюбинской области', 0, 'region', AR, AR, {'note': 'inside the name of an authority'}),
        ('шести регионов', 0, 'quantified', '6 regions', N, {'count': 6, 'unit': 'region', 'note': 'complaints received, not incidents'}),
        ('Мангистауской области', 0, 'region', MR, MR, {'note': 'NI:no detainees left'}),
     ],
     inc={'Almaty': (1, 'hunger strike of about 20 detainees in the Almaty pre-trial detention centre; the January arrests are not counted'),
          ALR: (1, 'death of a detainee with signs of beating in the Taldykorgan temporary holding facility (violence as alleged; a torture case opened)'),
          JR: (1, 'relatives\' picket with placards at the Jambyl regional police department in Taraz')}),

dict(id='p014', date='2020-05-18', lang='ru',
     event='2020 prison van carrying convicts from the Shymkent pre-trial detention centre to a colony in Kyzylorda overturns near Zhanakorgan (Kyzylorda Region), one guard dead; the van had passed Turkistan; Shymkent a city of republican significance',
     text="""Автозак с осуждёнными перевернулся в Кызылординской области
КЫЗЫЛОРДА, 18 мая. Специальный автомобиль, перевозивший осуждённых из следственного изолятора Шымкента в колонию в Кызылорде, опрокинулся в кювет на трассе Шымкент – Кызылорда недалеко от посёлка Жанакорган, сообщил департамент полиции Кызылординской области.
В машине находились 12 осуждённых и четыре конвоира. Один конвоир погиб, семеро человек госпитализированы в районную больницу Жанакоргана. Автозак выехал из Шымкента рано утром и около полудня миновал Туркестан. По предварительным данным, водитель не справился с управлением на мокрой дороге.
Осуждённых, не получивших травм, под усиленной охраной доставили в Кызылорду на другой машине. Департамент уголовно-исполнительной системы по Шымкенту, которому подчинён конвой, проводит служебное расследование.""",
     ann=[
        ('Кызылординской области', 0, 'region', KZR, KZR, {'note': 'headline'}),
        ('КЫЗЫЛОРДА', 0, 'city', 'Kyzylorda', KZR, {'note': 'dateline'}),
        ('Шымкента', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:origin of the convoy'}),
        ('Кызылорде', 0, 'city', 'Kyzylorda', KZR, {'note': 'NI:destination of the convoy'}),
        ('Шымкент', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:road endpoint'}),
        ('Кызылорда', 0, 'city', 'Kyzylorda', KZR, {'note': 'NI:road endpoint'}),
        ('Жанакорган', 0, 'village', 'Zhanakorgan', KZR, {'note': 'the van overturned near the settlement'}),
        ('Кызылординской области', 1, 'region', KZR, KZR, {'note': 'inside the name of an authority'}),
        ('Жанакоргана', 0, 'village', 'Zhanakorgan', KZR, {'note': 'NI:hospital'}),
        ('Шымкента', 1, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:departure'}),
        ('Туркестан', 0, 'city', 'Turkistan', TR, {'note': 'NI:point passed on the way'}),
        ('Кызылорду', 0, 'city', 'Kyzylorda', KZR, {'note': 'NI:destination'}),
        ('Шымкенту', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'inside the name of an authority'}),
     ],
     inc={KZR: (1, 'prison van overturned near Zhanakorgan, one guard dead')}),

dict(id='p015', date='2007-10-08', lang='ru',
     event='2007 mass self-harm protest of about forty inmates in a general-regime colony in Pavlodar; inmates recently moved from Ekibastuz; relatives from Ekibastuz and Aksu; monitoring commission from Astana',
     text="""В колонии в Павлодаре около сорока осуждённых нанесли себе порезы
ПАВЛОДАР, 8 октября. Около сорока осуждённых колонии общего режима в Павлодаре в пятницу нанесли себе порезы в знак протеста против, как они утверждают, избиений со стороны сотрудников, сообщили правозащитники. Всем пострадавшим оказана медицинская помощь, трое госпитализированы.
Департамент УИС по Павлодарской области подтвердил факт «массового членовредительства», но заявил, что акцию организовали осуждённые, недавно этапированные из Экибастуза, чтобы «дестабилизировать обстановку».
В колонию выехали сотрудники прокуратуры и члены общественной наблюдательной комиссии из Астаны. Родственники осуждённых, приехавшие из Экибастуза и Аксу, второй день ждут у ворот учреждения, но на свидания их не пускают.""",
     ann=[
        ('Павлодаре', 0, 'city', 'Pavlodar', PR, {'note': 'headline'}),
        ('ПАВЛОДАР', 0, 'city', 'Pavlodar', PR, {'note': 'dateline'}),
        ('Павлодаре', 1, 'city', 'Pavlodar', PR, {'note': 'self-harm protest in the colony'}),
        ('Павлодарской области', 0, 'region', PR, PR, {'note': 'inside the name of an authority'}),
        ('Экибастуза', 0, 'city', 'Ekibastuz', PR, {'note': 'NI:origin of transferred inmates'}),
        ('Астаны', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of a commission'}),
        ('Экибастуза', 1, 'city', 'Ekibastuz', PR, {'note': "NI:relatives' origin"}),
        ('Аксу', 0, 'city', 'Aksu (Pavlodar Region)', PR, {'note': "NI:relatives' origin; a common place name"}),
     ],
     inc={PR: (1, 'mass self-harm protest in the general-regime colony in Pavlodar')}),

dict(id='p016', date='2025-07-15', lang='ru',
     event='2025 amnesty for the 30th anniversary of the Constitution: first releases from colonies in Zhezkazgan (Ulytau Region), Semey (Abai Region) and Taldykorgan (Jetisu Region); dormitory fire in a colony in Satpayev (Ulytau Region); amnesty in all 20 regions',
     text="""Первые амнистированные вышли из колоний Жезказгана, Семея и Талдыкоргана
АСТАНА, 15 июля. По закону об амнистии в связи с 30-летием Конституции на свободу вышли первые 120 осуждённых, сообщил Комитет уголовно-исполнительной системы. Первыми освобождены заключённые колоний в Жезказгане, Семее и Талдыкоргане; всего под амнистию во всех 20 регионах попадут около 1 300 человек, ещё у 4 000 будут сокращены сроки.
«Сорок минут стояли у ворот, пока выводили», — рассказала жительница Сатпаева, встретившая сына у колонии в Жезказгане.
В тот же день в колонии в Сатпаеве Улытауской области загорелось общежитие одного из отрядов. Шестьдесят осуждённых вывели во двор, двое получили ожоги. Причины пожара устанавливаются. Руководство департамента УИС по Улытауской области заявило, что пожар не повлияет на сроки освобождения амнистированных.""",
     ann=[
        ('Жезказгана', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:headline; releases'}),
        ('Семея', 0, 'city', 'Semey', ABR, {'note': 'NI:headline; releases'}),
        ('Талдыкоргана', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:headline; releases'}),
        ('АСТАНА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Жезказгане', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:releases'}),
        ('Семее', 0, 'city', 'Semey', ABR, {'note': 'NI:releases'}),
        ('Талдыкоргане', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:releases'}),
        ('всех 20 регионах', 0, 'quantified', 'all 20 regions', N, {'count': 20, 'unit': 'region', 'quantifier': 'all', 'note': 'amnesty, not incidents'}),
        ('Сатпаева', 0, 'city', 'Satpayev', UR, {'note': "NI:a relative's home town"}),
        ('Жезказгане', 1, 'city', 'Zhezkazgan', UR, {'note': 'NI:release'}),
        ('Сатпаеве', 0, 'city', 'Satpayev', UR, {'note': 'dormitory fire in the colony'}),
        ('Улытауской области', 0, 'region', UR, UR),
        ('Улытауской области', 1, 'region', UR, UR, {'note': 'inside the name of an authority'}),
     ],
     inc={UR: (1, 'dormitory fire in the colony in Satpayev; the amnesty releases are not incidents')}),
]
