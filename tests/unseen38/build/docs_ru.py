"""Russian texts of the thirty-eighth unseen check corpus."""
N = None
JR, ALR, KYR, TR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'Turkistan Region', 'South Kazakhstan Region'
ABR, JTR, EKR, MR, KOR = 'Abai Region', 'Jetisu Region', 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR, UR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region', 'Ulytau Region'
STS = {'subkind': 'test site', 'note': 'former Soviet nuclear test site spanning several regions; adm1 null'}
BKC = {'subkind': 'cosmodrome', 'note': 'cosmodrome leased to Russia; Kyzylorda Region per guideline 4'}


def ni(d, note):
    return dict(d, note='NI:' + note)


DOCS = [
dict(id='p009', date='1992-02-26', lang='ru',
     event='1992 riot of military builders in Leninsk (Baikonur) with three barracks set on fire, and a bus with soldiers overturned near Dzhusaly station (Kyzylorda Region); Alma-Ata, Moscow, Minsk',
     text="""Беспорядки в Ленинске: военные строители подожгли казармы
АЛМА-АТА, 26 февраля (Интерфакс) - Несколько сотен солдат военно-строительных частей космодрома Байконур в ночь на вторник устроили беспорядки в городе Ленинске и подожгли три казармы, сообщил источник в штабе космодрома.
По его словам, солдаты, призванные в основном из Казахстана и с Кавказа, требовали отправить их по домам, жаловались на голод и побои. Огонь полностью уничтожил две казармы, ещё одна сгорела частично. Пострадали пять человек, троих доставили в госпиталь. К утру порядок восстановили офицеры и милиция, прибывшая из посёлка Тюратам и из Кзыл-Орды.
Это уже второе ЧП на космодроме за неделю. В пятницу под станцией Джусалы перевернулся автобус, который вёз военных строителей на дальние площадки; погиб водитель, одиннадцать солдат ранены.
Глава администрации Кзыл-Ординской области заявил, что часть строителей отправят домой в ближайшие дни. По данным командования, на объектах космодрома не хватает около четырёх тысяч человек, а поставки продовольствия из России за последние месяцы сократились вдвое.
Будущее Байконура обсуждают в Алма-Ате и Москве. Казахстан объявил космодром своей собственностью, но содержать его без помощи России не может. Российские военные предлагают взять Ленинск и стартовые комплексы в долгосрочную аренду. Переговоры должны продолжиться в марте в Минске, где главы государств Содружества намерены договориться о совместном использовании космических объектов.
Жители Ленинска, которых около 70 тысяч, опасаются, что город останется без тепла и воды: котельные работают на мазуте, который завозят по железной дороге из Оренбурга, а его запасов хватит лишь до конца марта. Командование космодрома обещает решить вопрос с поставками топлива до начала весны.""",
     ann=[
        ('Ленинске', 0, 'city', 'Baikonur', KYR, {'note': 'Leninsk, the former name of the town of Baikonur'}),
        ('АЛМА-АТА', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline; Alma-Ata, the capital in 1992'}),
        ('Байконур', 0, 'facility', 'Baikonur Cosmodrome', KYR, BKC),
        ('Ленинске', 1, 'city', 'Baikonur', KYR, {'note': 'Leninsk, the former name of the town of Baikonur'}),
        ('Казахстана', 0, 'country', 'Kazakhstan', N, {'note': 'NI:origin of the soldiers'}),
        ('Кавказа', 0, 'foreign', 'Caucasus', N, {'subkind': 'macro-region', 'note': 'NI:origin of the soldiers'}),
        ('Тюратам', 0, 'village', 'Toretam', KYR, {'note': 'NI:origin of the militia; Tyuratam, the Russian form of Toretam'}),
        ('Кзыл-Орды', 0, 'city', 'Kyzylorda', KYR, {'note': 'NI:origin of the militia; old spelling of Kyzylorda'}),
        ('Джусалы', 0, 'village', 'Zhosaly', KYR, {'note': 'Dzhusaly, the Russian form of Zhosaly; the accident happened near its station'}),
        ('Кзыл-Ординской области', 0, 'region', KYR, KYR, {'note': "NI:inside an official's title"}),
        ('России', 0, 'foreign', 'Russia', N),
        ('Байконура', 0, 'facility', 'Baikonur Cosmodrome', KYR, ni(BKC, 'future of the cosmodrome')),
        ('Алма-Ате', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:venue of talks'}),
        ('Москве', 0, 'foreign', 'Moscow', N, {'note': 'NI:venue of talks'}),
        ('Казахстан', 0, 'country', 'Kazakhstan', N),
        ('России', 1, 'foreign', 'Russia', N),
        ('Ленинск', 0, 'city', 'Baikonur', KYR, {'note': 'NI:proposed lease'}),
        ('Минске', 0, 'foreign', 'Minsk', N, {'note': 'NI:venue of talks'}),
        ('Ленинска', 0, 'city', 'Baikonur', KYR, {'note': 'NI:residence'}),
        ('Оренбурга', 0, 'foreign', 'Orenburg', N, {'note': 'NI:origin of fuel oil'}),
     ],
     inc={KYR: (2, 'riot of military builders in Leninsk with three barracks set on fire (one event); bus with soldiers overturned near Dzhusaly station, one killed')}),

dict(id='p010', date='1996-04-09', lang='ru',
     event='1996 arrears of payments to residents of the test-site districts of Semipalatinsk region (land of East Kazakhstan Region); Kurchatov, Almaty, Akmola as the future capital (no incident)',
     text="""Семипалатинские льготы: жители полигонных районов ждут выплат
СЕМИПАЛАТИНСК, 9 апреля (Интерфакс-Казахстан) - Жители районов Семипалатинской области, пострадавших от ядерных испытаний, с начала года не получили ни одной надбавки к пенсиям и зарплатам, положенной им по закону 1992 года, сообщили в областном управлении труда.
Задолженность перед жителями зоны чрезвычайного радиационного риска, куда входят Абайский и Бескарагайский районы, превысила 400 млн тенге. В Курчатове, где расположен Национальный ядерный центр, врачи обследовали за зиму 1 200 детей из сёл, лежащих вдоль границы Семипалатинского полигона.
В правительстве в Алматы говорят, что деньги найдут после продажи части государственных пакетов акций. Депутаты от области предлагают направить на выплаты средства, выделенные на перенос столицы в Акмолу, который, по их мнению, можно отложить. Областной маслихат на прошлой неделе обратился к президенту с просьбой ускорить принятие программы реабилитации региона.""",
     ann=[
        ('СЕМИПАЛАТИНСК', 0, 'city', 'Semey', EKR, {'note': 'dateline; Semipalatinsk, the old name of Semey'}),
        ('Семипалатинской области', 0, 'region', EKR, EKR, {'uncertain': True, 'note': 'Semipalatinsk Region, abolished in 1997; its land is labelled East Kazakhstan Region'}),
        ('Абайский', 0, 'district', 'Abai District', EKR),
        ('Бескарагайский', 0, 'district', 'Beskaragay District', EKR),
        ('Курчатове', 0, 'city', 'Kurchatov', EKR),
        ('Семипалатинского полигона', 0, 'facility', 'Semipalatinsk test site', N, STS),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:seat of the government (capital in 1996)'}),
        ('Акмолу', 0, 'city', 'Astana', 'Astana', {'note': 'NI:the future capital; the city, not Akmola Region'}),
     ],
     inc={}),

dict(id='p011', date='2016-03-15', lang='ru',
     event='2016 heptyl leak during fuelling at the Baikonur cosmodrome, two workers poisoned (Kyzylorda Region); Toretam, Kyzylorda',
     text="""Утечка гептила на Байконуре: двое рабочих госпитализированы
БАЙКОНУР, 15 марта (Tengrinews) - Двое рабочих получили отравление парами гептила при заправке разгонного блока на одной из площадок космодрома «Байконур», сообщили в департаменте по чрезвычайным ситуациям Кызылординской области.
Утечка произошла в понедельник из-за неисправного клапана на заправочной станции. Пострадавших, граждан Казахстана, сначала доставили в больницу города Байконур, затем санавиацией перевезли в Кызылорду. Их состояние оценивается как средней тяжести. Оба работают на предприятии по контракту более десяти лет, сообщили их коллеги.
Экологи провели замеры воздуха в посёлке Торетам и на ближайших зимовках Кармакшинского района, превышений не выявлено. Роскосмос заявил, что запуск спутника, назначенный на конец месяца, не будет перенесён. Комиссия из Москвы и Астаны проверит соблюдение правил безопасности на заправочных станциях космодрома.""",
     ann=[
        ('Байконуре', 0, 'facility', 'Baikonur Cosmodrome', KYR, BKC),
        ('БАЙКОНУР', 0, 'city', 'Baikonur', KYR, {'note': 'dateline; town leased to Russia'}),
        ('Байконур', 0, 'facility', 'Baikonur Cosmodrome', KYR, BKC),
        ('Кызылординской области', 0, 'region', KYR, KYR, {'note': 'inside the name of an authority'}),
        ('Казахстана', 0, 'country', 'Kazakhstan', N),
        ('Байконур', 1, 'city', 'Baikonur', KYR, {'note': 'NI:hospital; town leased to Russia'}),
        ('Кызылорду', 0, 'city', 'Kyzylorda', KYR, {'note': 'NI:hospital'}),
        ('Торетам', 0, 'village', 'Toretam', KYR, {'note': 'NI:air measurements'}),
        ('Кармакшинского района', 0, 'district', 'Karmakshy District', KYR, {'note': 'NI:air measurements'}),
        ('Москвы', 0, 'foreign', 'Moscow', N, {'note': 'NI:origin of the commission'}),
        ('Астаны', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of the commission'}),
     ],
     inc={KYR: (1, 'heptyl leak during fuelling at the cosmodrome, two workers poisoned')}),

dict(id='p012', date='1995-09-14', lang='ru',
     event='1995 Proton stage debris starting a hayfield fire near Karsakpay, Ulytau district (Zhezkazgan region, land of Karaganda Region)',
     text="""Обломки ракеты вызвали пожар в степи Жезказганской области
ЖЕЗКАЗГАН, 14 сентября (Интерфакс-Казахстан) - Горящие обломки второй ступени ракеты «Протон», запущенной накануне с Байконура, упали в Улытауском районе и подожгли около 200 гектаров сенокосов возле посёлка Карсакпай, сообщили в областном штабе гражданской обороны.
Огонь уничтожил более 300 тонн заготовленного сена и подобрался к окраине посёлка, но был остановлен пожарными из Жезказгана и Сатпаева. Жертв нет.
Жители Карсакпая утверждают, что у упавшего бака чувствовался резкий запах, и опасаются, что в нём оставался гептил. Пробы почвы отправлены в Алматы. Глава Жезказганской области намерен потребовать от России компенсацию, как это было после падения обломков в 1993 году. Договор об аренде космодрома, подписанный весной 1994 года, предусматривает такие выплаты, но порядок их получения до сих пор не определён.""",
     ann=[
        ('Жезказганской области', 0, 'region', KR, KR, {'uncertain': True, 'note': 'Zhezkazgan Region, abolished in 1997; its land is labelled Karaganda Region'}),
        ('ЖЕЗКАЗГАН', 0, 'city', 'Zhezkazgan', KR, {'note': 'dateline; Karaganda Region land before 2022-06-08'}),
        ('Байконура', 0, 'facility', 'Baikonur Cosmodrome', KYR, ni(BKC, 'launch site')),
        ('Улытауском районе', 0, 'district', 'Ulytau District', KR),
        ('Карсакпай', 0, 'village', 'Karsakpay', KR),
        ('Жезказгана', 0, 'city', 'Zhezkazgan', KR, {'note': 'NI:origin of firefighters'}),
        ('Сатпаева', 0, 'city', 'Satpayev', KR, {'note': 'NI:origin of firefighters; the town, not the person'}),
        ('Карсакпая', 0, 'village', 'Karsakpay', KR, {'note': 'NI:residence'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:laboratory'}),
        ('Жезказганской области', 1, 'region', KR, KR, {'uncertain': True, 'note': "NI:inside an official's title; Zhezkazgan Region, abolished in 1997"}),
        ('России', 0, 'foreign', 'Russia', N),
     ],
     inc={KR: (1, 'burning Proton stage fragments setting fire to hayfields near Karsakpay, Ulytau district')}),

dict(id='p013', date='2022-06-20', lang='ru',
     event='2022 new regions two weeks on: Semey and Kurchatov in Abai Region, Zhezkazgan, Satpayev, Karazhal in Ulytau Region, Taldykorgan in Jetisu Region (no incident)',
     text="""Новая карта: Семей, Курчатов и Жезказган привыкают к новым областям
СЕМЕЙ, 20 июня (Vlast.kz) - Спустя две недели после появления на карте трёх новых областей в Семее сменили вывески: в здании бывшего горакимата разместился акимат области Абай, а город снова стал областным центром, как до 1997 года, когда Семипалатинскую область присоединили к Восточно-Казахстанской.
В состав области Абай вошли Семей, Курчатов и восемь районов, в том числе Абайский, Аягозский и Бескарагайский. Для жителей сёл у границы бывшего Семипалатинского полигона, говорят в акимате, перемены означают, что документы на выплаты больше не придётся отправлять в Усть-Каменогорск.
В Курчатове, где работает Национальный ядерный центр, надеются, что новый статус ускорит ремонт дороги до Семея. «Мы сорок лет были закрытым городом, потом тридцать лет — окраиной огромной области», — сказал один из сотрудников центра.
Похожие перемены идут в центре страны. Жезказган стал центром Улытауской области, куда вошли также Сатпаев, Каражал, Улытауский и Жанааркинский районы, прежде относившиеся к Карагандинской области. В Талдыкоргане открылось управление области Жетісу, выделенной из Алматинской области.
Указ о создании трёх регионов подписан 4 мая и вступил в силу 8 июня. Кабинет министров в Нур-Султане обещает, что зарплаты бюджетников и пособия будут выплачиваться без задержек, а переоформление документов для граждан останется бесплатным.
Экономисты из Алматы подсчитали, что содержание трёх новых аппаратов обойдётся бюджету примерно в 20 млрд тенге в год. Эксперты также напоминают, что в 1997 году укрупнение областей объясняли именно экономией средств. Впрочем, по данным опросов, большинство жителей новых областей поддержали решение, а новые акимы уже сформировали свои аппараты и начали приём граждан.""",
     ann=[
        ('Семей', 0, 'city', 'Semey', ABR),
        ('Курчатов', 0, 'city', 'Kurchatov', ABR),
        ('Жезказган', 0, 'city', 'Zhezkazgan', UR),
        ('СЕМЕЙ', 0, 'city', 'Semey', ABR, {'note': 'dateline'}),
        ('трёх новых областей', 0, 'quantified', '3 new regions', N, {'count': 3, 'unit': 'region', 'note': 'the three regions created in 2022, all named; not about incidents'}),
        ('Семее', 0, 'city', 'Semey', ABR),
        ('области Абай', 0, 'region', ABR, ABR, {'note': 'inside the name of an authority; Russian form with the head noun before the name'}),
        ('Семипалатинскую область', 0, 'region', ABR, ABR, {'uncertain': True, 'note': 'Semipalatinsk Region, abolished in 1997; its land is now Abai Region'}),
        ('Восточно-Казахстанской', 0, 'region', EKR, EKR, {'note': 'head noun elided'}),
        ('области Абай', 1, 'region', ABR, ABR),
        ('Семей', 1, 'city', 'Semey', ABR),
        ('Курчатов', 1, 'city', 'Kurchatov', ABR),
        ('восемь районов', 0, 'quantified', '8 districts', N, {'count': 8, 'unit': 'district', 'note': 'districts of Abai Region; not about incidents'}),
        ('Абайский', 0, 'district', 'Abai District', ABR),
        ('Аягозский', 0, 'district', 'Ayagoz District', ABR),
        ('Бескарагайский', 0, 'district', 'Beskaragay District', ABR),
        ('Семипалатинского полигона', 0, 'facility', 'Semipalatinsk test site', N, STS),
        ('Усть-Каменогорск', 0, 'city', 'Oskemen', EKR, {'note': 'NI:former regional centre; Ust-Kamenogorsk'}),
        ('Курчатове', 0, 'city', 'Kurchatov', ABR),
        ('Семея', 0, 'city', 'Semey', ABR, {'note': 'NI:road endpoint'}),
        ('Жезказган', 1, 'city', 'Zhezkazgan', UR),
        ('Улытауской области', 0, 'region', UR, UR),
        ('Сатпаев', 0, 'city', 'Satpayev', UR),
        ('Каражал', 0, 'city', 'Karazhal', UR),
        ('Улытауский', 0, 'district', 'Ulytau District', UR),
        ('Жанааркинский', 0, 'district', 'Zhanaarka District', UR),
        ('Карагандинской области', 0, 'region', KR, KR, {'note': 'NI:the former unit'}),
        ('Талдыкоргане', 0, 'city', 'Taldykorgan', JTR),
        ('области Жетісу', 0, 'region', JTR, JTR, {'note': 'inside the name of an authority; Kazakh spelling in a Russian text'}),
        ('Алматинской области', 0, 'region', ALR, ALR, {'note': 'NI:the former unit'}),
        ('трёх регионов', 0, 'quantified', '3 regions', N, {'count': 3, 'unit': 'region', 'note': 'the three new regions; not about incidents'}),
        ('Нур-Султане', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the government; Nur-Sultan in June 2022'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:residence of economists'}),
     ],
     inc={}),

dict(id='p014', date='2020-11-17', lang='ru',
     event='2020 fire at a warehouse of an abandoned plant in Stepnogorsk, the former Tselinograd-25 (Akmola Region); Nur-Sultan dateline',
     text="""В Степногорске горел склад бывшего режимного завода
НУР-СУЛТАН, 17 ноября (КазТАГ) - Пожар на складе заброшенного предприятия в промышленной зоне Степногорска тушили более пяти часов, сообщили в департаменте по ЧС Акмолинской области.
Огонь охватил около 800 квадратных метров кровли. На тушение были направлены 40 пожарных и 12 единиц техники, в том числе из посёлка Аксу и из Макинска. Пострадавших нет. По предварительным данным, причиной стало короткое замыкание в щитке, к которому незаконно подключились сборщики металлолома.
В советское время город, известный как Целиноград-25, был закрытым: здесь работал завод, где отрабатывали технологии производства биологического оружия. В 1990-е годы его оборудование демонтировали при финансовой помощи США. Специалисты санэпидслужбы, выезжавшие на место из Кокшетау, заверили, что в сгоревшем складе не было опасных веществ.""",
     ann=[
        ('Степногорске', 0, 'city', 'Stepnogorsk', AKR),
        ('НУР-СУЛТАН', 0, 'city', 'Astana', 'Astana', {'note': 'dateline; Nur-Sultan in 2020'}),
        ('Степногорска', 0, 'city', 'Stepnogorsk', AKR),
        ('Акмолинской области', 0, 'region', AKR, AKR, {'note': 'inside the name of an authority'}),
        ('Аксу', 0, 'city', 'Aksu (Stepnogorsk)', AKR, {'note': 'NI:origin of firefighters; settlement under the Stepnogorsk administration'}),
        ('Макинска', 0, 'city', 'Makinsk', AKR, {'note': 'NI:origin of firefighters'}),
        ('Целиноград-25', 0, 'city', 'Stepnogorsk', AKR, {'note': 'Soviet code name of Stepnogorsk; not the capital Tselinograd'}),
        ('США', 0, 'foreign', 'United States', N),
        ('Кокшетау', 0, 'city', 'Kokshetau', AKR, {'note': 'NI:origin of specialists'}),
     ],
     inc={AKR: (1, 'warehouse fire in the industrial zone of Stepnogorsk')}),

dict(id='p015', date='2009-05-12', lang='ru',
     event='2009 unauthorised rally in Priozersk against the pass regime of the closed town, two organisers detained (Karaganda Region); Sary-Shagan range; "two other closed towns"',
     text="""Жители Приозерска вышли на митинг против пропускного режима
КАРАГАНДА, 12 мая (КазТАГ) - Около 300 жителей Приозерска в понедельник собрались у здания городского акимата, требуя отменить пропускной режим, который действует в городе со времён создания полигона Сары-Шаган, сообщили в полиции Карагандинской области.
Участники несанкционированного митинга заявили, что из-за режима в город не приходят инвесторы, а их родственники из Балхаша и Караганды неделями ждут пропусков. Полиция задержала двоих организаторов, позднее их отпустили.
Приозерск, расположенный на берегу озера Балхаш, остаётся закрытым городом, поскольку часть полигона арендует Россия. Аким города пообещал передать требования в Астану. По словам организаторов, похожие акции прошли весной в двух других закрытых городках, но власти о них не сообщали. Митинг продолжался около часа.""",
     ann=[
        ('Приозерска', 0, 'city', 'Priozersk', KR),
        ('КАРАГАНДА', 0, 'city', 'Karaganda', KR, {'note': 'dateline'}),
        ('Приозерска', 1, 'city', 'Priozersk', KR),
        ('Сары-Шаган', 0, 'facility', 'Sary-Shagan test range', N, {'subkind': 'test site', 'note': 'missile defence range spanning several regions; adm1 null'}),
        ('Карагандинской области', 0, 'region', KR, KR, {'note': 'inside the name of an authority'}),
        ('Балхаша', 0, 'city', 'Balkhash', KR, {'note': 'NI:residence of relatives'}),
        ('Караганды', 0, 'city', 'Karaganda', KR, {'note': 'NI:residence of relatives'}),
        ('Приозерск', 0, 'city', 'Priozersk', KR),
        ('Балхаш', 0, 'facility', 'Lake Balkhash', N, {'subkind': 'lake'}),
        ('Россия', 0, 'foreign', 'Russia', N),
        ('Астану', 0, 'city', 'Astana', 'Astana', {'note': 'NI:destination of the demands'}),
        ('двух других закрытых городках', 0, 'quantified', '2 other closed towns', N, {'count': 2, 'unit': 'city', 'note': 'similar rallies in unnamed towns'}),
     ],
     inc={KR: (1, 'unauthorised rally outside the town akimat of Priozersk, two organisers detained')},
     unatt=[{'label': 'двух других закрытых городках', 'count': 2, 'note': 'similar rallies in spring in two unnamed closed towns'}]),

dict(id='p016', date='2025-04-12', lang='ru',
     event='2025 70th anniversary of the Baikonur cosmodrome: museum reopened in Baikonur, and an abandoned hangar burnt at the cosmodrome (Kyzylorda Region); the namesake village in Ulytau district (Ulytau Region)',
     text="""Байконуру — 70: юбилей космодрома омрачил пожар в старом ангаре
БАЙКОНУР, 12 апреля (Интерфакс-Казахстан) - В День космонавтики в городе Байконур открылась обновлённая экспозиция музея истории космодрома, приуроченная к 70-летию его основания, а на одной из заброшенных площадок накануне вечером сгорел ангар, где когда-то собирали ракеты «Энергия».
Пожар начался около 19:00 в пятницу и был потушен ночью силами пожарных частей космодрома и Кармакшинского района. Площадь возгорания составила около 2 тысяч квадратных метров, пострадавших нет. По данным департамента по ЧС Кызылординской области, причиной могла стать неосторожность сборщиков металлолома.
Космодром был основан 2 июня 1955 года у разъезда Тюратам. Строителям велели называть его Байконуром, по имени посёлка в казахской степи почти в 600 км к северо-востоку, чтобы запутать иностранную разведку. Этот посёлок сегодня относится к Улытаускому району Улытауской области. Жилой городок, выросший у станции, долго назывался Ленинском и получил имя Байконур лишь в 1995 году.
В музее представлены кресло Юрия Гагарина и макет Гагаринского старта, с которого в 1961 году ушёл в полёт «Восток». На церемонии выступили представители Роскосмоса, акимата Кызылординской области и делегация из Москвы. Жители соседних посёлков Торетам и Акай пришли на праздник с детьми.
По соглашению 1994 года Россия арендует комплекс до 2050 года. Казахстан и Россия совместно развивают проект «Байтерек»: новый стартовый комплекс для ракеты «Союз-5» должен принять первый пуск в этом году.
Юбилейные торжества продолжатся в июне: в городе планируют провести фестиваль, научную конференцию и открыть памятник первым строителям космодрома. На праздник ожидают ветеранов, которые работали на площадках ещё в советские годы.""",
     ann=[
        ('Байконуру', 0, 'facility', 'Baikonur Cosmodrome', KYR, BKC),
        ('БАЙКОНУР', 0, 'city', 'Baikonur', KYR, {'note': 'dateline; town leased to Russia'}),
        ('Байконур', 0, 'city', 'Baikonur', KYR, {'note': 'NI:museum; town leased to Russia'}),
        ('Кармакшинского района', 0, 'district', 'Karmakshy District', KYR, {'note': 'NI:origin of firefighters'}),
        ('Кызылординской области', 0, 'region', KYR, KYR, {'note': 'inside the name of an authority'}),
        ('Тюратам', 0, 'village', 'Toretam', KYR, {'note': 'NI:history; Tyuratam, the Russian form of Toretam'}),
        ('Байконуром', 0, 'facility', 'Baikonur Cosmodrome', KYR, ni(BKC, 'naming of the cosmodrome')),
        ('Улытаускому району', 0, 'district', 'Ulytau District', UR, {'note': 'NI:location of the namesake village'}),
        ('Улытауской области', 0, 'region', UR, UR, {'note': 'NI:location of the namesake village'}),
        ('Ленинском', 0, 'city', 'Baikonur', KYR, {'note': 'NI:former name of the town'}),
        ('Байконур', 1, 'city', 'Baikonur', KYR, {'note': 'NI:naming of the town'}),
        ('Гагаринского старта', 0, 'facility', "Gagarin's Start (Baikonur)", KYR, {'subkind': 'launch pad', 'note': 'NI:a model in the museum'}),
        ('Кызылординской области', 1, 'region', KYR, KYR, {'note': 'NI:inside the name of an authority'}),
        ('Москвы', 0, 'foreign', 'Moscow', N, {'note': 'NI:origin of a delegation'}),
        ('Торетам', 0, 'village', 'Toretam', KYR, {'note': 'NI:residence'}),
        ('Акай', 0, 'village', 'Akai', KYR, {'note': 'NI:residence'}),
        ('Россия', 0, 'foreign', 'Russia', N),
        ('Казахстан', 1, 'country', 'Kazakhstan', N),
        ('Россия', 1, 'foreign', 'Russia', N),
     ],
     inc={KYR: (1, 'abandoned assembly hangar burnt at the cosmodrome')}),
]
