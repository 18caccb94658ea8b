"""Russian texts of the thirty-second unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
JR, ALR, KYR, TR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'Turkistan Region', 'South Kazakhstan Region'
ABR, JTR, EKR, MR, KOR = 'Abai Region', 'Jetisu Region', 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR, UR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region', 'Ulytau Region'
ATR, AR, WKR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region'
ZHEZ_REG = ('the abolished Zhezkazgan Region (1973-1997); its land went to Karaganda Region '
            'in 1997 (Ulytau Region since 2022)')

DOCS = [
dict(id='p009', date='1996-04-16', lang='ru',
     event='1996 passenger train hits a bus at the Atasu station crossing, Zhanaarka district (abolished Zhezkazgan Region, labelled Karaganda Region); background February deaths in a snowdrift on the Zhezkazgan - Karaganda road; Kengir bridge closed in Zhezkazgan',
     text="""Поезд протаранил автобус на переезде в Джезказганской области
ДЖЕЗКАЗГАН, 16 апреля. /Интерфакс-Казахстан/ – Четыре человека погибли и 11 получили травмы во вторник, когда пассажирский поезд Караганда – Джезказган врезался в рейсовый автобус на неохраняемом переезде у станции Атасу в Жанааркинском районе, сообщили в управлении внутренних дел Джезказганской области.
Автобус вёз жителей посёлка Жайрем на рынок в Каражал. По словам очевидцев, водитель выехал на переезд в густом тумане и не заметил приближающийся состав. Раненых доставили в больницу Атасу, двоих в тяжёлом состоянии отправили вертолётом в Караганду. Машинист применил экстренное торможение, но остановить состав не успел. Водитель автобуса, житель Жайрема, находится в реанимации, возбуждено уголовное дело.
Это уже второе смертельное происшествие на дорогах области с начала года. В феврале на трассе Джезказган – Караганда, в 180 км от Джезказгана, в снежном заносе замёрзли водитель и пассажир застрявшего грузовика: спасатели добрались до них только через двое суток.
В областной администрации признают, что из 96 железнодорожных переездов области шлагбаумами оборудованы лишь 14. Денег на ремонт дорог в этом году выделено втрое меньше, чем в 1990 году, а на 500-километровой трассе от Джезказгана до Караганды асфальт местами разрушен полностью.
Министерство транспорта и коммуникаций в Алматы обещает найти средства на ремонт моста через реку Кенгир в Джезказгане, закрытого для грузовиков ещё осенью. Пока грузовые машины идут в объезд через Сатпаев, что удлиняет путь к медеплавильному заводу на 30 км.
Железнодорожники напоминают водителям, что состав на скорости 80 км/ч может остановиться лишь через километр, и просят не выезжать на переезды при плохой видимости.""",
     ann=[
        ('Джезказганской области', 0, 'region', KR, KR, {'uncertain': True, 'note': 'headline; ' + ZHEZ_REG}),
        ('ДЖЕЗКАЗГАН', 0, 'city', 'Zhezkazgan', KR, {'note': 'dateline'}),
        ('Караганда', 0, 'city', 'Karaganda', KR, {'note': 'NI:route endpoint (train)'}),
        ('Джезказган', 0, 'city', 'Zhezkazgan', KR, {'note': 'NI:route endpoint (train)'}),
        ('Атасу', 0, 'facility', 'Atasu railway station', KR, {'subkind': 'railway station'}),
        ('Жанааркинском районе', 0, 'district', 'Zhanaarka District', KR),
        ('Джезказганской области', 1, 'region', KR, KR, {'uncertain': True, 'note': 'inside the name of an authority; ' + ZHEZ_REG}),
        ('Жайрем', 0, 'village', 'Zhairem', KR, {'note': 'NI:origin of the passengers'}),
        ('Каражал', 0, 'city', 'Karazhal', KR, {'note': 'NI:destination of the bus'}),
        ('Атасу', 1, 'village', 'Atasu', KR, {'note': 'NI:hospital village'}),
        ('Караганду', 0, 'city', 'Karaganda', KR, {'note': 'NI:hospital city'}),
        ('Жайрема', 0, 'village', 'Zhairem', KR, {'note': "NI:driver's residence"}),
        ('Джезказган', 1, 'city', 'Zhezkazgan', KR, {'note': 'NI:route endpoint'}),
        ('Караганда', 1, 'city', 'Karaganda', KR, {'note': 'NI:route endpoint'}),
        ('Джезказгана', 0, 'city', 'Zhezkazgan', KR, {'note': 'NI:reference point ("в 180 км от")'}),
        ('Джезказгана', 1, 'city', 'Zhezkazgan', KR, {'note': 'NI:route endpoint'}),
        ('Караганды', 0, 'city', 'Karaganda', KR, {'note': 'NI:route endpoint'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:seat of the ministry (the capital in 1996)'}),
        ('Кенгир', 0, 'facility', 'Kengir River', N, {'subkind': 'river'}),
        ('Джезказгане', 0, 'city', 'Zhezkazgan', KR, {'note': 'NI:bridge closed for repairs'}),
        ('Сатпаев', 0, 'city', 'Satpayev', KR, {'note': 'NI:detour route'}),
     ],
     inc={KR: (2, 'train hit a bus at the Atasu station crossing, Zhanaarka district (4 dead); background: driver and passenger froze to death in a snowdrift on the Zhezkazgan - Karaganda road in February')}),

dict(id='p010', date='2018-07-04', lang='ru',
     event='2018 scaffolding collapse kills a worker in the Nursat microdistrict of Shymkent, two weeks after Shymkent became a city of republican significance; the renamed region (Turkistan Region)',
     text="""В Шымкенте при обрушении строительных лесов погиб рабочий
ШЫМКЕНТ, 4 июля. /КазТАГ/ – Рабочий погиб и ещё двое получили травмы в среду при обрушении строительных лесов на стройке многоэтажного дома в микрорайоне «Нурсат» Шымкента, сообщили в департаменте по чрезвычайным ситуациям города.
Шымкент две недели назад получил статус города республиканского значения и вышел из состава Южно-Казахстанской области, переименованной в Туркестанскую. Областные управления переезжают в Туркестан, а город формирует собственные службы, в том числе департамент ЧС и полицию.
По данным городского акимата, в этом году в Шымкенте строится около 1,2 млн кв. м жилья, в основном в микрорайонах «Нурсат», «Самал» и «Туран». Инспекция труда проверит подрядчика, у которого с начала года выявлено 14 нарушений техники безопасности.
Летом также начнётся реконструкция участка трассы Шымкент – Ташкент до поворота на Сарыагаш и строительство объездной дороги вокруг города.""",
     ann=[
        ('Шымкенте', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'headline'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'dateline'}),
        ('Нурсат', 0, 'district', 'Nursat (Shymkent)', 'Shymkent', {'subkind': 'microdistrict'}),
        ('Шымкента', 0, 'city', 'Shymkent', 'Shymkent'),
        ('Шымкент', 0, 'city', 'Shymkent', 'Shymkent'),
        ('Южно-Казахстанской области', 0, 'region', TR, TR, {'uncertain': True, 'note': 'NI:former unit of Shymkent; the region renamed Turkistan Region on 2018-06-19, named here by its old name'}),
        ('Туркестанскую', 0, 'region', TR, TR, {'note': 'NI:elliptic "Туркестанскую [область]"'}),
        ('Туркестан', 0, 'city', 'Turkestan', TR, {'note': 'NI:new seat of the regional offices'}),
        ('Шымкенте', 1, 'city', 'Shymkent', 'Shymkent'),
        ('Нурсат', 1, 'district', 'Nursat (Shymkent)', 'Shymkent', {'subkind': 'microdistrict'}),
        ('Самал', 0, 'district', 'Samal (Shymkent)', 'Shymkent', {'subkind': 'microdistrict'}),
        ('Туран', 0, 'district', 'Turan (Shymkent)', 'Shymkent', {'subkind': 'microdistrict'}),
        ('Шымкент', 1, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:route endpoint'}),
        ('Ташкент', 0, 'foreign', 'Tashkent', N, {'note': 'NI:route endpoint'}),
        ('Сарыагаш', 0, 'city', 'Saryagash', TR, {'note': 'NI:end of the rebuilt section (turn-off)'}),
     ],
     inc={'Shymkent': (1, 'scaffolding collapse at a building site in the Nursat microdistrict, one worker killed')}),

dict(id='p011', date='2021-07-29', lang='ru',
     event='2021 head-on collision at the 97th km of the Nur-Sultan - Shchuchinsk highway near Akkol (Akmola Region); victims from Nur-Sultan, destination Borovoe/Burabay; villages Azat and Urupinka',
     text="""Пять человек погибли в ДТП на трассе Нур-Султан – Щучинск
НУР-СУЛТАН, 29 июля. /Tengrinews.kz/ – Пять человек погибли в результате лобового столкновения двух легковых автомобилей на 97-м километре трассы Нур-Султан – Щучинск недалеко от города Акколь в Акмолинской области, сообщает департамент полиции региона.
По данным полиции, водитель внедорожника, ехавший из столицы в Боровое, при обгоне фуры выехал на встречную полосу. Все погибшие – жители Нур-Султана. Ещё двух пострадавших доставили в больницу Кокшетау.
Трасса, перестроенная в четырёхполосную в 2010-х годах, остаётся одной из самых загруженных в стране: летом по ней едут отдыхающие на курорты Бурабая и Зеренды. Жители сёл Азат и Урюпинка жалуются, что на участке нет подземных переходов.
Министерство индустрии и инфраструктурного развития Казахстана обещает до конца года установить камеры контроля скорости на участке от Акколя до Щучинска и освещение у въездов в сёла.""",
     ann=[
        ('Нур-Султан', 0, 'city', 'Astana', 'Astana', {'note': 'NI:route endpoint; the capital was named Nur-Sultan on this date'}),
        ('Щучинск', 0, 'city', 'Shchuchinsk', AKR, {'note': 'NI:route endpoint'}),
        ('НУР-СУЛТАН', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Нур-Султан', 1, 'city', 'Astana', 'Astana', {'note': 'NI:route endpoint'}),
        ('Щучинск', 1, 'city', 'Shchuchinsk', AKR, {'note': 'NI:route endpoint'}),
        ('Акколь', 0, 'city', 'Akkol', AKR),
        ('Акмолинской области', 0, 'region', AKR, AKR),
        ('Боровое', 0, 'village', 'Burabay', AKR, {'note': "NI:driver's destination; Russian name of Burabay"}),
        ('Нур-Султана', 0, 'city', 'Astana', 'Astana', {'note': "NI:victims' residence"}),
        ('Кокшетау', 0, 'city', 'Kokshetau', AKR, {'note': 'NI:hospital town'}),
        ('Бурабая', 0, 'village', 'Burabay', AKR, {'note': 'NI:resort, destination of holidaymakers'}),
        ('Зеренды', 0, 'village', 'Zerenda', AKR, {'note': 'NI:resort, destination of holidaymakers'}),
        ('Азат', 0, 'village', 'Azat', AKR, {'note': 'NI:residents complain'}),
        ('Урюпинка', 0, 'village', 'Urupinka', AKR, {'note': 'NI:residents complain'}),
        ('Казахстана', 0, 'country', 'Kazakhstan', N, {'note': 'inside the name of a ministry'}),
        ('Акколя', 0, 'city', 'Akkol', AKR, {'note': 'NI:endpoint of a section'}),
        ('Щучинска', 0, 'city', 'Shchuchinsk', AKR, {'note': 'NI:endpoint of a section'}),
     ],
     inc={AKR: (1, 'head-on collision at the 97th km of the Nur-Sultan - Shchuchinsk highway near Akkol, five dead')}),

dict(id='p012', date='2005-03-15', lang='ru',
     event='2005 plan to widen the Almaty - Kapchagay highway: interchange at Otegen Batyr (Ili district, Almaty Region), Big Almaty Canal, Kapchagay reservoir and dam (no incident)',
     text="""Трассу Алматы – Капчагай расширят до шести полос
АЛМАТЫ, 15 марта. /Казинформ/ – Реконструкция 60-километровой трассы Алматы – Капчагай начнётся в апреле и завершится к концу 2007 года, сообщили в комитете автомобильных дорог Министерства транспорта и коммуникаций Казахстана.
Дорогу расширят до шести полос, у посёлка Отеген-Батыр в Илийском районе построят развязку, а через Большой Алматинский канал – новый мост. Работы оцениваются в 19 млрд тенге.
По трассе ежедневно проходит до 30 тысяч машин: летом алматинцы едут на Капчагайское водохранилище, а грузовики – на север Алматинской области и дальше в Талдыкорган и Усть-Каменогорск. Участок у плотины Капчагайской ГЭС останется двухполосным до строительства нового моста через Или.
Подрядчиком выбран турецко-казахстанский консорциум, асфальт будут поставлять заводы в Каскелене и Талгаре.""",
     ann=[
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:route endpoint'}),
        ('Капчагай', 0, 'city', 'Konaev', ALR, {'note': 'NI:route endpoint; Kapchagay, renamed Konaev in 2022'}),
        ('АЛМАТЫ', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Алматы', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:route endpoint'}),
        ('Капчагай', 1, 'city', 'Konaev', ALR, {'note': 'NI:route endpoint'}),
        ('Казахстана', 0, 'country', 'Kazakhstan', N, {'note': 'inside the name of a ministry'}),
        ('Отеген-Батыр', 0, 'village', 'Otegen Batyr', ALR),
        ('Илийском районе', 0, 'district', 'Ili District', ALR),
        ('Большой Алматинский канал', 0, 'facility', 'Big Almaty Canal', N, {'subkind': 'canal', 'note': 'a canal that runs through several units'}),
        ('Капчагайское водохранилище', 0, 'facility', 'Kapchagay Reservoir', N, {'subkind': 'reservoir', 'note': 'NI:destination of holidaymakers'}),
        ('Алматинской области', 0, 'region', ALR, ALR, {'note': 'NI:destination of lorries'}),
        ('Талдыкорган', 0, 'city', 'Taldykorgan', ALR, {'note': 'NI:destination of lorries'}),
        ('Усть-Каменогорск', 0, 'city', 'Oskemen', EKR, {'note': 'NI:destination of lorries'}),
        ('Капчагайской ГЭС', 0, 'facility', 'Kapchagay hydroelectric station', ALR, {'subkind': 'power station'}),
        ('Или', 0, 'facility', 'Ili River', N, {'subkind': 'river'}),
        ('Каскелене', 0, 'city', 'Kaskelen', ALR, {'note': 'NI:asphalt plant'}),
        ('Талгаре', 0, 'city', 'Talgar', ALR, {'note': 'NI:asphalt plant'}),
     ]),

dict(id='p013', date='2014-10-08', lang='ru',
     event='2014 bus overturns near Shulbinsk on the Semey - Ust-Kamenogorsk road and a shunting engine hits a car at a crossing near Belousovka, Glubokoye district (both East Kazakhstan Region before the 2022 split); third Irtysh bridge in Ust-Kamenogorsk',
     text="""В Восточном Казахстане автобус опрокинулся на трассе Семей – Усть-Каменогорск
УСТЬ-КАМЕНОГОРСК, 8 октября. /Интерфакс-Казахстан/ – Два человека погибли и 14 пострадали в среду, когда рейсовый автобус, следовавший из Семея в Усть-Каменогорск, съехал в кювет и опрокинулся у посёлка Шульбинск, сообщили в департаменте по чрезвычайным ситуациям Восточно-Казахстанской области.
По предварительным данным, водитель не справился с управлением на мокром участке, где идёт ремонт дорожного полотна. Пострадавших, среди которых трое детей, доставили в больницы Семея и Усть-Каменогорска. Движение на трассе было перекрыто на два часа. Автобус принадлежит частному перевозчику из Семея, у которого, по данным полиции, не было лицензии на междугородние перевозки.
Накануне вечером в Глубоковском районе маневровый тепловоз протаранил легковой автомобиль на переезде у посёлка Белоусовка. Водитель машины погиб на месте. Переезд, по данным транспортной прокуратуры, не был оборудован шлагбаумом.
Тем временем в Усть-Каменогорске продолжается строительство третьего автомобильного моста через Иртыш, который соединит центр города с правобережным посёлком Ахмирово. Мост длиной 1,1 км обойдётся бюджету в 24 млрд тенге и должен открыться в 2016 году. Сейчас жители правого берега по утрам часами стоят в пробках на старом мосту через Ульбу.
В будущем году областной акимат намерен отремонтировать трассу Усть-Каменогорск – Шемонаиха – Рубцовск, по которой идёт основной поток грузов в Россию, и дорогу от Семея до Курчатова. Всего в 2015 году на ремонт дорог области планируется выделить 18 млрд тенге, в полтора раза больше, чем в этом году.
Дорожники отмечают, что сезон работ в регионе короткий: асфальт можно укладывать лишь с мая по октябрь.""",
     ann=[
        ('Казахстане', 0, 'country', 'Kazakhstan', N, {'note': 'directional phrase "в Восточном Казахстане": only the country'}),
        ('Семей', 0, 'city', 'Semey', EKR, {'note': 'NI:route endpoint'}),
        ('Усть-Каменогорск', 0, 'city', 'Oskemen', EKR, {'note': 'NI:route endpoint'}),
        ('УСТЬ-КАМЕНОГОРСК', 0, 'city', 'Oskemen', EKR, {'note': 'dateline'}),
        ('Семея', 0, 'city', 'Semey', EKR, {'note': 'NI:origin of the bus'}),
        ('Усть-Каменогорск', 1, 'city', 'Oskemen', EKR, {'note': 'NI:destination of the bus'}),
        ('Шульбинск', 0, 'village', 'Shulbinsk', EKR),
        ('Восточно-Казахстанской области', 0, 'region', EKR, EKR),
        ('Семея', 1, 'city', 'Semey', EKR, {'note': 'NI:hospital town'}),
        ('Усть-Каменогорска', 0, 'city', 'Oskemen', EKR, {'note': 'NI:hospital town'}),
        ('Глубоковском районе', 0, 'district', 'Glubokoye District', EKR),
        ('Белоусовка', 0, 'village', 'Belousovka', EKR),
        ('Усть-Каменогорске', 0, 'city', 'Oskemen', EKR, {'note': 'NI:bridge under construction'}),
        ('Иртыш', 0, 'facility', 'Irtysh River', N, {'subkind': 'river'}),
        ('Ахмирово', 0, 'village', 'Akhmirovo', EKR, {'note': 'NI:endpoint of the new bridge; a settlement on the right bank of Ust-Kamenogorsk'}),
        ('Ульбу', 0, 'facility', 'Ulba River', N, {'subkind': 'river'}),
        ('Усть-Каменогорск', 2, 'city', 'Oskemen', EKR, {'note': 'NI:route endpoint'}),
        ('Шемонаиха', 0, 'city', 'Shemonaikha', EKR, {'note': 'NI:point on the route'}),
        ('Рубцовск', 0, 'foreign', 'Rubtsovsk', N, {'note': 'NI:route endpoint'}),
        ('Россию', 0, 'foreign', 'Russia', N),
        ('Семея', 2, 'city', 'Semey', EKR, {'note': "NI:carrier's home town"}),
        ('Семея', 3, 'city', 'Semey', EKR, {'note': 'NI:route endpoint'}),
        ('Курчатова', 0, 'city', 'Kurchatov', EKR, {'note': 'NI:route endpoint'}),
     ],
     inc={EKR: (2, 'bus overturned near Shulbinsk (2 dead); shunting engine hit a car at the crossing near Belousovka, Glubokoye district, the evening before (1 dead)')}),

dict(id='p014', date='2025-09-10', lang='ru',
     event='2025 hospital in Kulsary (Zhylyoi district), the Astrakhan - Mangyshlak water main, schools in Makat and Dossor, a clinic in Akkistau (Atyrau Region; no incident)',
     text="""В Кульсары достроят больницу на 200 коек
АТЫРАУ, 10 сентября. /Казинформ/ – Строительство многопрофильной больницы на 200 коек в городе Кульсары Жылыойского района завершится в декабре, сообщили в управлении строительства Атырауской области.
Больница будет обслуживать около 80 тысяч жителей района и вахтовиков Тенгизского месторождения. Сейчас тяжёлых пациентов из Кульсары везут в Атырау, за 230 км.
Одновременно идёт замена изношенных участков магистрального водовода Астрахань – Мангышлак, по которому волжская вода поступает в 17 сёл на западе области, в том числе в Исатайском и Курмангазинском районах, и дальше в Мангистаускую область. В посёлках Макат и Доссор строят школы на 300 и 600 мест, в селе Аккистау – врачебную амбулаторию.
Аким области сообщил, что в 2026 году начнётся строительство второго моста через Урал в Атырау и дороги Атырау – Доссор – Макат.""",
     ann=[
        ('Кульсары', 0, 'city', 'Kulsary', ATR, {'note': 'headline'}),
        ('АТЫРАУ', 0, 'city', 'Atyrau', ATR, {'note': 'dateline'}),
        ('Кульсары', 1, 'city', 'Kulsary', ATR),
        ('Жылыойского района', 0, 'district', 'Zhylyoi District', ATR),
        ('Атырауской области', 0, 'region', ATR, ATR, {'note': 'inside the name of an authority'}),
        ('Тенгизского месторождения', 0, 'facility', 'Tengiz field', ATR, {'subkind': 'oil field', 'note': 'NI:workplace'}),
        ('Кульсары', 2, 'city', 'Kulsary', ATR, {'note': 'NI:origin of patients'}),
        ('Атырау', 0, 'city', 'Atyrau', ATR, {'note': 'NI:destination of patients'}),
        ('Астрахань', 0, 'foreign', 'Astrakhan', N, {'note': 'NI:endpoint of the water main'}),
        ('Мангышлак', 0, 'region', MR, MR, {'uncertain': True, 'note': 'NI:endpoint of the water main; old name of the Mangystau peninsula and region'}),
        ('17 сёл', 0, 'quantified', '17 villages', N, {'count': 17, 'unit': 'village', 'note': 'not about an incident'}),
        ('Исатайском', 0, 'district', 'Isatay District', ATR),
        ('Курмангазинском', 0, 'district', 'Kurmangazy District', ATR),
        ('Мангистаускую область', 0, 'region', MR, MR, {'note': 'NI:destination of water'}),
        ('Макат', 0, 'village', 'Makat', ATR),
        ('Доссор', 0, 'village', 'Dossor', ATR),
        ('Аккистау', 0, 'village', 'Akkistau', ATR),
        ('Урал', 0, 'facility', 'Ural River', N, {'subkind': 'river'}),
        ('Атырау', 1, 'city', 'Atyrau', ATR),
        ('Атырау', 2, 'city', 'Atyrau', ATR, {'note': 'NI:route endpoint'}),
        ('Доссор', 1, 'village', 'Dossor', ATR, {'note': 'NI:point on the route'}),
        ('Макат', 1, 'village', 'Makat', ATR, {'note': 'NI:route endpoint'}),
     ]),

dict(id='p015', date='2000-11-22', lang='ru',
     event='2000 commuter train hits a tractor at a crossing near Kalkaman, Aksu district (Pavlodar Region); Aksu, the former Ermak',
     text="""Электричка протаранила трактор на переезде под Павлодаром
ПАВЛОДАР, 22 ноября. /Интерфакс-Казахстан/ – Тракторист погиб во вторник вечером, когда пригородный поезд Павлодар – Экибастуз столкнулся с его трактором на переезде у села Калкаман Аксуского района, сообщили в транспортной прокуратуре.
В поезде находились около 200 пассажиров, никто из них не пострадал. Движение на участке было остановлено на три часа, составы с экибастузским углём простаивали на станциях. Погибший, 52-летний житель Калкамана, возвращался с зернотока.
Это уже третье столкновение на переездах Павлодарской области с начала года. Из 120 переездов области шлагбаумами оборудованы менее половины.
Областной акимат намерен в следующем году отремонтировать дорогу Павлодар – Экибастуз и построить путепровод у Аксу (бывший Ермак), где железная дорога пересекает трассу на Майкаин.""",
     ann=[
        ('Павлодаром', 0, 'city', 'Pavlodar', PR, {'note': 'NI:reference point ("под Павлодаром")'}),
        ('ПАВЛОДАР', 0, 'city', 'Pavlodar', PR, {'note': 'dateline'}),
        ('Павлодар', 0, 'city', 'Pavlodar', PR, {'note': 'NI:route endpoint'}),
        ('Экибастуз', 0, 'city', 'Ekibastuz', PR, {'note': 'NI:route endpoint'}),
        ('Калкаман', 0, 'village', 'Kalkaman', PR),
        ('Аксуского района', 0, 'district', 'Aksu District (Pavlodar)', PR),
        ('Калкамана', 0, 'village', 'Kalkaman', PR, {'note': "NI:victim's residence"}),
        ('Павлодарской области', 0, 'region', PR, PR),
        ('Павлодар', 1, 'city', 'Pavlodar', PR, {'note': 'NI:route endpoint'}),
        ('Экибастуз', 1, 'city', 'Ekibastuz', PR, {'note': 'NI:route endpoint'}),
        ('Аксу', 0, 'city', 'Aksu (Pavlodar)', PR, {'note': 'NI:planned overpass'}),
        ('Ермак', 0, 'city', 'Aksu (Pavlodar)', PR, {'note': 'NI:former name of Aksu (until 1993)'}),
        ('Майкаин', 0, 'village', 'Maikain', PR, {'note': 'NI:route endpoint'}),
     ],
     inc={PR: (1, 'commuter train hit a tractor at the crossing near Kalkaman, Aksu district; the tractor driver killed')}),

dict(id='p016', date='2023-04-19', lang='ru',
     event='2023 gas and water for villages of Sairam district (Turkistan Region): Mankent, Karabulak, Aksukent; the Beineu - Bozoi - Shymkent gas main; "12 сёл", "9 сёлах", "7 сёл" (no incident)',
     text="""В сёлах Сайрамского района проведут газ и воду
ТУРКЕСТАН, 19 апреля. /Казинформ/ – В этом году природный газ и питьевая вода придут ещё в 12 сёл Сайрамского района Туркестанской области, сообщили в акимате района.
Газопровод длиной 46 км свяжет сёла Манкент и Карабулак с магистралью Бейнеу – Бозой – Шымкент, а новый водовод возьмёт воду из скважин в предгорьях. В районном центре Аксукент начато строительство школы на 1200 мест и поликлиники.
Большинство жителей района работают в соседнем Шымкенте, и акимат рассчитывает, что новая дорога Аксукент – Шымкент сократит путь на 20 минут. Работы ведут подрядчики из Шымкента и Туркестана.
В 2022 году газ провели в 9 сёлах района, ещё 7 сёл получат его до 2025 года.""",
     ann=[
        ('Сайрамского района', 0, 'district', 'Sairam District', TR, {'note': 'headline'}),
        ('ТУРКЕСТАН', 0, 'city', 'Turkestan', TR, {'note': 'dateline'}),
        ('12 сёл', 0, 'quantified', '12 villages', N, {'count': 12, 'unit': 'village', 'note': 'not about an incident'}),
        ('Сайрамского района', 1, 'district', 'Sairam District', TR),
        ('Туркестанской области', 0, 'region', TR, TR),
        ('Манкент', 0, 'village', 'Mankent', TR),
        ('Карабулак', 0, 'village', 'Karabulak (Sairam)', TR),
        ('Бейнеу', 0, 'village', 'Beineu', MR, {'note': 'NI:endpoint of the gas main'}),
        ('Бозой', 0, 'village', 'Bozoi', AR, {'note': 'NI:point on the gas main'}),
        ('Шымкент', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:endpoint of the gas main'}),
        ('Аксукент', 0, 'village', 'Aksukent', TR),
        ('Шымкенте', 0, 'city', 'Shymkent', 'Shymkent', {'note': "NI:residents' workplace"}),
        ('Аксукент', 1, 'village', 'Aksukent', TR, {'note': 'NI:route endpoint'}),
        ('Шымкент', 1, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:route endpoint'}),
        ('Шымкента', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:origin of contractors'}),
        ('Туркестана', 0, 'city', 'Turkestan', TR, {'note': 'NI:origin of contractors'}),
        ('9 сёлах', 0, 'quantified', '9 villages', N, {'count': 9, 'unit': 'village', 'note': 'not about an incident'}),
        ('7 сёл', 0, 'quantified', '7 villages', N, {'count': 7, 'unit': 'village', 'note': 'not about an incident'}),
     ]),
]
