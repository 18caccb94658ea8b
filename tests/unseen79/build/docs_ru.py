"""Russian texts of the seventy-ninth unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p009', date='1992-10-07', lang='ru',
     event='1992 robbers tie up and beat the watchman of the Central State Museum in Alma-Ata and steal about 150 medieval coins minted in Otrar and Taraz (Almaty); a hoard found near Sayram in Chimkent region; possible smuggling to Bishkek or Moscow',
     text="""Ограбление Центрального музея: похищены монеты Отрара и Тараза
АЛМА-АТА, 7 октября (КазТАГ). В ночь на вторник двое неизвестных проникли через окно в Центральный государственный музей, связали и избили сторожа и похитили из запасника около 150 серебряных и медных монет, сообщили в ГУВД Алма-Аты.
Сторож, 58-летний пенсионер, доставлен в больницу с травмой головы. По словам хранителей, похищены монеты XI–XIII веков, отчеканенные в Отраре и Таразе, а также клад серебряных дирхемов, найденный в 1970-х годах у Сайрама в Чимкентской области.
«Это невосполнимая потеря для науки всей Средней Азии», — сказал заместитель директора музея Владимир Ким.
Милиция не исключает, что похитители попытаются вывезти монеты в Бишкек или в Москву, где на антикварных рынках растёт спрос на восточное серебро. На постах на границе с Киргизией усилен досмотр машин.
Музей, переехавший в новое здание в Алма-Ате в 1985 году, до сих пор не имеет современной сигнализации.""",
     ann=[
        ('Отрара', 0, 'facility', 'Otrar (archaeological site)', SKR, {'subkind': 'archaeological site', 'note': 'headline; NI:the medieval town where the coins were minted'}),
        ('Тараза', 0, 'city', 'Taraz', JR, {'note': 'headline; NI:the medieval town (the city was called Dzhambul in 1992)'}),
        ('АЛМА-АТА', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline; Russian name in use until 1993'}),
        ('Центральный государственный музей', 0, 'facility', 'Central State Museum (Almaty)', 'Almaty', {'subkind': 'museum'}),
        ('Алма-Аты', 0, 'city', 'Almaty', 'Almaty', {'note': 'inside the name of an authority (ГУВД)'}),
        ('Отраре', 0, 'facility', 'Otrar (archaeological site)', SKR, {'subkind': 'archaeological site', 'note': 'NI:where the coins were minted'}),
        ('Таразе', 0, 'city', 'Taraz', JR, {'note': 'NI:where the coins were minted'}),
        ('Сайрама', 0, 'village', 'Sayram', SKR, {'note': 'NI:find place of the hoard'}),
        ('Чимкентской области', 0, 'region', SKR, SKR, {'uncertain': True, 'note': 'NI:old name of South Kazakhstan Region (renamed 1992)'}),
        ('Средней Азии', 0, 'foreign', 'Central Asia', N, {'subkind': 'macro-region', 'uncertain': True, 'note': 'NI:macro-region; the Soviet term usually excludes Kazakhstan'}),
        ('Бишкек', 0, 'foreign', 'Bishkek', N, {'note': 'NI:possible destination'}),
        ('Москву', 0, 'foreign', 'Moscow', N, {'note': 'NI:possible destination'}),
        ('Киргизией', 0, 'foreign', 'Kyrgyzstan', N, {'note': 'NI:border checks'}),
        ('Алма-Ате', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:background'}),
     ],
     inc={'Almaty': (1, 'robbery with violence at the Central State Museum: watchman tied up and beaten, coins stolen')}),

dict(id='p010', date='2008-04-15', lang='ru',
     event='2008 arson of the 19th-century wooden house of the merchant Stepanov on Abai Street in Semey (the former Semipalatinsk; East Kazakhstan Region before 2022); the Dostoevsky monument splashed with paint (vandalism, not counted); expeditions from Ust-Kamenogorsk to Shilikty (Tarbagatai district) and Berel (Katon-Karagay district); the abolished Semipalatinsk region; partners from Novosibirsk and Omsk; Berel finds shown in St Petersburg and Seoul',
     text="""Семей теряет старые дома: сгорел особняк купца Степанова
СЕМЕЙ, 15 апреля (Интерфакс-Казахстан). В ночь на понедельник в Семее сгорел деревянный дом купца Степанова на улице Абая, памятник архитектуры второй половины XIX века. Пожарные нашли в подвале пустую канистру из-под бензина, полиция возбудила дело о поджоге.

Город, который до прошлого года официально назывался Семипалатинском, за десять лет потерял уже четыре таких дома. Участки, где они стояли, затем доставались застройщикам. «Это уже не случайность, а система», — говорит краевед Ольга Гребнева. Восстанавливать сгоревшие дома никто не собирается: ТОО «Семей-Реставрация», которое должно было заняться особняком, так и не получило денег.

В тот же день в сквере на берегу Иртыша неизвестные облили красной краской памятник Достоевскому, отбывавшему в городе ссылку в 1850-х годах. К вечеру памятник отмыли, полиция ищет виновных по записям камер.

Тем временем в Усть-Каменогорске, областном центре, археологи готовят новые экспедиции сразу в двух районах области. В урочище Шиликты в Тарбагатайском районе в 2003 году из кургана Байгетобе был извлечён «Золотой человек» в одежде с тысячами золотых бляшек. В советское время эти земли относились к Семипалатинской области, упразднённой в 1997 году.

Раскопки курганов Берель в Катон-Карагайском районе продолжатся в июле вместе с учёными из Новосибирска и Омска. Находки из Береля в прошлом году показывали в Санкт-Петербурге и Сеуле, и, по словам организаторов, выставки посетили более 200 тысяч человек.

Финансирование обеих экспедиций обещано из Астаны. Руководитель берельского отряда Ерболат Сагынов говорит, что в этом сезоне команда вскроет ещё три кургана, если позволит погода в горах. Местные историки надеются, что часть находок останется в Семее, где когда-то был открыт один из первых музеев края.""",
     ann=[
        ('Семей', 0, 'city', 'Semey', EKR, {'note': 'headline; East Kazakhstan Region before 2022-06-08'}),
        ('СЕМЕЙ', 0, 'city', 'Semey', EKR, {'note': 'dateline'}),
        ('Семее', 0, 'city', 'Semey', EKR),
        ('улице Абая', 0, 'facility', 'Abai Street (Semey)', EKR, {'subkind': 'street', 'note': 'street named after the poet; not Abai Region or Abai district'}),
        ('Семипалатинском', 0, 'city', 'Semey', EKR, {'note': 'former name (until 2007)'}),
        ('Иртыша', 0, 'facility', 'Irtysh River', N, {'subkind': 'river', 'note': 'vandalism, not an incident'}),
        ('Усть-Каменогорске', 0, 'city', 'Oskemen', EKR, {'note': 'NI:seat of archaeologists'}),
        ('двух районах', 0, 'quantified', '2 districts', N, {'count': 2, 'unit': 'district', 'note': 'expeditions, not incidents; both districts are named'}),
        ('Шиликты', 0, 'facility', 'Shilikty valley', N, {'subkind': 'valley', 'note': 'NI:urochishche (natural area) in Tarbagatai district'}),
        ('Тарбагатайском районе', 0, 'district', 'Tarbagatai District', EKR, {'note': 'NI:planned expedition'}),
        ('Байгетобе', 0, 'facility', 'Baigetobe kurgan', EKR, {'subkind': 'burial mound', 'note': 'NI:find site of 2003'}),
        ('Семипалатинской области', 0, 'region', EKR, EKR, {'uncertain': True, 'note': 'NI:history; the abolished Semipalatinsk Region (merged into East Kazakhstan Region in 1997), labelled with the unit holding the land on the article date'}),
        ('Берель', 0, 'facility', 'Berel mounds', EKR, {'subkind': 'burial mounds', 'note': 'NI:planned excavations'}),
        ('Катон-Карагайском районе', 0, 'district', 'Katon-Karagay District', EKR, {'note': 'NI:planned excavations'}),
        ('Новосибирска', 0, 'foreign', 'Novosibirsk', N, {'note': "NI:partners' origin"}),
        ('Омска', 0, 'foreign', 'Omsk', N, {'note': "NI:partners' origin"}),
        ('Береля', 0, 'facility', 'Berel mounds', EKR, {'subkind': 'burial mounds', 'note': 'NI:origin of finds'}),
        ('Санкт-Петербурге', 0, 'foreign', 'Saint Petersburg', N, {'note': 'NI:exhibition'}),
        ('Сеуле', 0, 'foreign', 'Seoul', N, {'note': 'NI:exhibition'}),
        ('Астаны', 0, 'city', 'Astana', 'Astana', {'note': 'NI:source of funding'}),
        ('Семее', 1, 'city', 'Semey', EKR, {'note': 'NI:hoped-for home of finds'}),
     ],
     inc={EKR: (1, 'arson of the wooden Stepanov house on Abai Street in Semey; the paint on the Dostoevsky monument is vandalism, not counted')}),

dict(id='p011', date='2016-09-12', lang='ru',
     event='2016 wall of a foundation pit collapses in central Aktobe a week after builders found a jar of 19th-century silver coins there, one worker killed (Aktobe Region); coins minted in Orenburg and Bukhara; the fort Ak-Tyube and the old name Aktyubinsk',
     text="""В Актобе на месте найденного клада погиб рабочий
АКТОБЕ, 12 сентября. В центре Актобе при обрушении стенки котлована погиб 35-летний рабочий, ещё один получил переломы, сообщили в департаменте по чрезвычайным ситуациям Актюбинской области.
Неделей ранее строители, копавшие котлован под жилой дом на улице Алтынсарина, наткнулись на глиняный кувшин с серебряными монетами XIX века. Работы были приостановлены, на место выехали археологи областного музея. В понедельник, по данным полиции, подрядчик без разрешения возобновил земляные работы, и грунт обрушился.
По словам историков, монеты чеканились в Оренбурге и Бухаре и, вероятно, принадлежали купцу, торговавшему у стен укрепления Ак-Тюбе, заложенного в 1869 году. До 1999 года город официально назывался Актюбинском.
Прокуратура области проверяет законность стройки. Клад передан в фонды музея.""",
     ann=[
        ('Актобе', 0, 'city', 'Aktobe', AR, {'note': 'headline'}),
        ('АКТОБЕ', 0, 'city', 'Aktobe', AR, {'note': 'dateline'}),
        ('Актобе', 1, 'city', 'Aktobe', AR),
        ('Актюбинской области', 0, 'region', AR, AR, {'note': 'inside the name of an authority'}),
        ('улице Алтынсарина', 0, 'facility', 'Altynsarin Street (Aktobe)', AR, {'subkind': 'street', 'note': 'street named after a person; site of the find and of the collapse'}),
        ('Оренбурге', 0, 'foreign', 'Orenburg', N, {'note': 'NI:where coins were minted'}),
        ('Бухаре', 0, 'foreign', 'Bukhara', N, {'note': 'NI:where coins were minted'}),
        ('Ак-Тюбе', 0, 'facility', 'Ak-Tyube fortress (Aktobe)', AR, {'subkind': 'fortress', 'uncertain': True, 'note': 'NI:history; the fort from which the city grew'}),
        ('Актюбинском', 0, 'city', 'Aktobe', AR, {'note': 'NI:former name (until 1999)'}),
     ],
     inc={AR: (1, 'deadly mishap: foundation pit wall collapsed on Altynsarin Street, one worker killed, one injured')}),

dict(id='p012', date='2021-07-08', lang='ru',
     event='2021 rockfall injures three pilgrims from Zhanaozen at the Shakpak Ata underground mosque, Tupkaragan district (Mangystau Region); Fort-Shevchenko as a reference point; Aktau called Shevchenko in Soviet years; the Beket Ata mosque still open',
     text="""Камнепад у подземной мечети Шакпак-ата: пострадали трое паломников
АКТАУ, 8 июля. Трое паломников получили травмы, когда со скалы над подземной мечетью Шакпак-ата в Тупкараганском районе сорвались камни, сообщили в департаменте полиции Мангистауской области.
Мечеть X–XII веков, высеченная в склоне в 20 км от Форта-Шевченко, остаётся одной из самых посещаемых святынь полуострова Мангышлак. Пострадавшие, жители Жанаозена, доставлены в больницу Актау, их состояние оценивается как средней тяжести.
Старожилы вспоминают, что паломники тайком приезжали сюда и в советские годы, когда Актау назывался городом Шевченко, а мечети официально считались лишь памятниками.
Доступ к Шакпак-ата закрыт до укрепления склона, сообщили в областном управлении культуры. Подземная мечеть Бекет-ата продолжает принимать паломников в обычном режиме.""",
     ann=[
        ('Шакпак-ата', 0, 'facility', 'Shakpak Ata underground mosque', MR, {'subkind': 'mosque', 'note': 'headline; named after a saint'}),
        ('АКТАУ', 0, 'city', 'Aktau', MR, {'note': 'dateline'}),
        ('Шакпак-ата', 1, 'facility', 'Shakpak Ata underground mosque', MR, {'subkind': 'mosque'}),
        ('Тупкараганском районе', 0, 'district', 'Tupkaragan District', MR),
        ('Мангистауской области', 0, 'region', MR, MR, {'note': 'inside the name of an authority'}),
        ('Форта-Шевченко', 0, 'city', 'Fort-Shevchenko', MR, {'note': 'NI:reference point'}),
        ('Мангышлак', 0, 'facility', 'Mangyshlak Peninsula', N, {'subkind': 'peninsula', 'note': 'natural feature in Mangystau Region'}),
        ('Жанаозена', 0, 'city', 'Zhanaozen', MR, {'note': "NI:victims' residence"}),
        ('Актау', 0, 'city', 'Aktau', MR, {'note': 'NI:hospital city'}),
        ('Актау', 1, 'city', 'Aktau', MR, {'note': 'NI:history'}),
        ('Шевченко', 1, 'city', 'Aktau', MR, {'note': 'NI:Soviet name of Aktau (1964-1991); not Fort-Shevchenko and not the poet'}),
        ('Шакпак-ата', 2, 'facility', 'Shakpak Ata underground mosque', MR, {'subkind': 'mosque', 'note': 'access closed (a measure)'}),
        ('Бекет-ата', 0, 'facility', 'Beket Ata underground mosque', MR, {'subkind': 'mosque', 'note': 'NI:still open'}),
     ],
     inc={MR: (1, 'accident: rockfall above the Shakpak Ata underground mosque, three pilgrims injured')}),

dict(id='p013', date='2024-05-28', lang='ru',
     event='2024 steppe fire in the Altyn-Emel park scorches the Besshatyr mounds, Kerbulak district (Jetisu Region); a mudflow in the Talgar gorge washes out part of the dig at the Talgar ancient town and floods 12 houses in Talgar (Almaty Region); names scratched on the Tamgaly petroglyphs in Zhambyl district of Almaty Region (vandalism, not counted); Koylyk dig in Sarkand district; steppe fires in three other, unnamed regions (unattributed)',
     text="""Степной пожар дошёл до курганов Бесшатыр, сель повредил Талгарское городище
ТАЛДЫКОРГАН, 28 мая (Kazinform). Степной пожар, начавшийся в воскресенье в национальном парке «Алтын-Эмель», прошёл по могильнику Бесшатыр в Кербулакском районе области Жетісу. Огонь охватил около 900 гектаров, на двух реконструированных курганах обгорели деревянные ограждения и информационные щиты, сообщили в департаменте по ЧС области Жетісу. Пострадавших нет.

Сакские курганы Бесшатыр, крупнейший из которых поднимается на 17 метров, раскапывались в 1957–1961 годах. До июня 2022 года Кербулакский район относился к Алматинской области, и научное сопровождение памятника до сих пор ведут специалисты из Алматы.

В тот же день сель, сошедший после ливня по ущелью реки Талгар, размыл часть раскопа на городище Талхиз и подтопил 12 домов на южной окраине Талгара, сообщили в акимате Алматинской области. «Мы потеряли почти весь сезон работы», — говорит руководитель раскопок Асель Нурланова. Средневековое городище лежит в 25 км от Алматы, бывшего Верного, и считается одним из крупнейших на Великом Шёлковом пути. Дорогу к раскопу закроют для туристов до конца недели.

Ещё одна неприятная новость пришла из урочища Тамгалы в Жамбылском районе Алматинской области: на двух камнях с петроглифами бронзового века неизвестные нацарапали свои имена. Полиция ищет виновных.

Раскопки на городище Койлык в Саркандском районе, где в прошлом году нашли остатки буддийского храма, начнутся по плану в середине июня. Экспедиция из Талдыкоргана уже завезла на место палатки и воду, а волонтёры из Алматы и Бишкека приедут в начале лета.

По данным МЧС, в воскресенье степные пожары были зарегистрированы ещё в трёх областях, но памятники там не пострадали.""",
     ann=[
        ('Бесшатыр', 0, 'facility', 'Besshatyr mounds', JTR, {'subkind': 'burial mounds', 'note': 'headline'}),
        ('Талгарское городище', 0, 'facility', 'Talgar ancient town (Talkhiz)', ALR, {'subkind': 'archaeological site', 'note': 'headline; adjectival name of the site'}),
        ('ТАЛДЫКОРГАН', 0, 'city', 'Taldykorgan', JTR, {'note': 'dateline'}),
        ('Алтын-Эмель', 0, 'facility', 'Altyn-Emel National Park', JTR, {'subkind': 'national park', 'note': 'name in quotes'}),
        ('Бесшатыр', 1, 'facility', 'Besshatyr mounds', JTR, {'subkind': 'burial mounds'}),
        ('Кербулакском районе', 0, 'district', 'Kerbulak District', JTR),
        ('области Жетісу', 0, 'region', JTR, JTR, {'note': 'official Russian form of the region name; Jetisu Region since 2022-06-08'}),
        ('области Жетісу', 1, 'region', JTR, JTR, {'note': 'inside the name of an authority'}),
        ('Бесшатыр', 2, 'facility', 'Besshatyr mounds', JTR, {'subkind': 'burial mounds', 'note': 'NI:history'}),
        ('Кербулакский район', 0, 'district', 'Kerbulak District', JTR, {'note': 'NI:history of administrative status'}),
        ('Алматинской области', 0, 'region', ALR, ALR, {'note': 'NI:former unit of Kerbulak district'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': "NI:specialists' origin"}),
        ('Талгар', 0, 'facility', 'Talgar River', N, {'subkind': 'river', 'note': 'the river, not the town'}),
        ('Талхиз', 0, 'facility', 'Talgar ancient town (Talkhiz)', ALR, {'subkind': 'archaeological site', 'note': 'medieval name of the site'}),
        ('Талгара', 0, 'city', 'Talgar', ALR, {'note': 'houses flooded'}),
        ('Алматинской области', 1, 'region', ALR, ALR, {'note': 'inside the name of an authority (akimat)'}),
        ('Алматы', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:reference point'}),
        ('Верного', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:former name of Almaty (Verny)'}),
        ('Тамгалы', 0, 'facility', 'Tamgaly petroglyphs', ALR, {'subkind': 'archaeological site', 'note': 'vandalism, not an incident'}),
        ('Жамбылском районе', 0, 'district', 'Zhambyl District (Almaty Region)', ALR, {'note': 'a district of Almaty Region, not Jambyl Region'}),
        ('Алматинской области', 2, 'region', ALR, ALR, {'note': 'vandalism, not an incident'}),
        ('Койлык', 0, 'facility', 'Koylyk (archaeological site)', JTR, {'subkind': 'archaeological site', 'note': 'NI:planned excavations'}),
        ('Саркандском районе', 0, 'district', 'Sarkand District', JTR, {'note': 'NI:planned excavations'}),
        ('Талдыкоргана', 0, 'city', 'Taldykorgan', JTR, {'note': "NI:expedition's origin"}),
        ('Алматы', 2, 'city', 'Almaty', 'Almaty', {'note': "NI:volunteers' origin"}),
        ('Бишкека', 0, 'foreign', 'Bishkek', N, {'note': "NI:volunteers' origin"}),
        ('трёх областях', 0, 'quantified', '3 regions', N, {'count': 3, 'unit': 'region', 'note': 'steppe fires in three other, unnamed regions'}),
     ],
     inc={JTR: (1, 'steppe fire in the Altyn-Emel park burnt fences and boards on the Besshatyr mounds, Kerbulak district'),
          ALR: (1, 'flood: mudflow down the Talgar gorge washed out part of the Talkhiz dig and flooded 12 houses in Talgar; the Tamgaly scratches are vandalism, not counted')},
     unatt=[{'label': 'трёх областях', 'count': 3, 'note': 'steppe fires in three other, unnamed regions on the same day'}]),

dict(id='p014', date='2017-10-03', lang='ru',
     event='2017 residents of Shymkent protest at the dig of the ancient Shymkent citadel against a shopping centre, two detained, and a fire in a pilgrims\' hotel near the Yasawi mausoleum in Turkestan (South Kazakhstan Region before the 2018 split); Chimkent; guests from Uzbekistan and Tajikistan',
     text="""Шымкентцы вышли защищать древнее городище, в Туркестане горела гостиница
ШЫМКЕНТ, 3 октября. Около сотни жителей Шымкента в понедельник пришли к раскопу древнего городища в центре города, протестуя против строительства торгового центра вплотную к крепостной стене. Полиция задержала двух участников акции за нарушение порядка проведения митингов.
Археологи считают, что Шымкентское городище, существовавшее уже в XI веке, старше самого Чимкента, каким город знали до 1993 года. Акимат Южно-Казахстанской области обещал пересмотреть границы стройки.
В ту же ночь в Туркестане загорелась гостиница для паломников в двухстах метрах от мавзолея Ходжи Ахмеда Ясави. Из здания эвакуировали 40 постояльцев, приехавших из Узбекистана и Таджикистана; двое отравились дымом. По данным пожарных, причиной стало короткое замыкание. Сам мавзолей не пострадал.""",
     ann=[
        ('Туркестане', 0, 'city', 'Turkistan', SKR, {'note': 'headline; South Kazakhstan Region until 2018-06-19'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', SKR, {'note': 'dateline'}),
        ('Шымкента', 0, 'city', 'Shymkent', SKR, {'note': 'residence of protesters; the protest is in the city'}),
        ('Шымкентское городище', 0, 'facility', 'Shymkent ancient settlement', SKR, {'subkind': 'archaeological site'}),
        ('Чимкента', 0, 'city', 'Shymkent', SKR, {'note': 'NI:former name (until 1993)'}),
        ('Южно-Казахстанской области', 0, 'region', SKR, SKR, {'note': 'inside the name of an authority'}),
        ('Туркестане', 1, 'city', 'Turkistan', SKR),
        ('мавзолея Ходжи Ахмеда Ясави', 0, 'facility', 'Khoja Ahmed Yasawi mausoleum (Turkistan)', SKR, {'subkind': 'mausoleum', 'note': 'reference point; the span keeps the preceding head noun, since the name alone is the person'}),
        ('Узбекистана', 0, 'foreign', 'Uzbekistan', N, {'note': "NI:guests' origin"}),
        ('Таджикистана', 0, 'foreign', 'Tajikistan', N, {'note': "NI:guests' origin"}),
     ],
     inc={SKR: (2, 'protest at the dig of the Shymkent ancient settlement, two detained; fire in a pilgrims\' hotel near the Yasawi mausoleum in Turkestan, two poisoned by smoke')}),

dict(id='p015', date='2013-02-19', lang='ru',
     event='2013 roof of the 18th-century Michael the Archangel cathedral in Uralsk catches fire during restoration (West Kazakhstan Region); the old name Yaitsky Gorodok and the river Yaik renamed Ural; contractor from Aktobe; icons taken to Orenburg and Samara; the person Pugachev',
     text="""В Уральске во время реставрации загорелась кровля старого собора
УРАЛЬСК, 19 февраля. Во время реставрационных работ загорелась кровля Михайло-Архангельского собора, одного из старейших зданий города, сообщили в департаменте по ЧС Западно-Казахстанской области. Огонь потушили за полтора часа, пострадавших нет, но часть деревянных перекрытий сгорела. Причиной считают сварочные работы на куполе.
Собор был заложен в 1751 году, когда город назывался Яицким городком. По преданию, в нём венчался Пугачёв. После подавления восстания в 1775 году указом императрицы реку Яик переименовали в Урал, а городок получил имя Уральск.
Реставрацию ведёт подрядчик из Актобе, проект согласован в Астане. Настоятель собора отец Андрей надеется вернуть часть икон, вывезенных в 1930-х годах в Оренбург и Самару, после окончания работ.""",
     ann=[
        ('Уральске', 0, 'city', 'Oral', WKR, {'note': 'headline; Russian name of Oral'}),
        ('УРАЛЬСК', 0, 'city', 'Oral', WKR, {'note': 'dateline'}),
        ('Михайло-Архангельского собора', 0, 'facility', 'Michael the Archangel Cathedral (Oral)', WKR, {'subkind': 'cathedral'}),
        ('Западно-Казахстанской области', 0, 'region', WKR, WKR, {'note': 'inside the name of an authority'}),
        ('Яицким городком', 0, 'city', 'Oral', WKR, {'note': 'NI:old name of Oral (Yaitsky Gorodok, until 1775)'}),
        ('Яик', 0, 'facility', 'Ural River', N, {'subkind': 'river', 'note': 'old name of the Ural'}),
        ('Урал', 0, 'facility', 'Ural River', N, {'subkind': 'river'}),
        ('Уральск', 0, 'city', 'Oral', WKR, {'note': 'NI:history of the name'}),
        ('Актобе', 0, 'city', 'Aktobe', AR, {'note': "NI:contractor's origin"}),
        ('Астане', 0, 'city', 'Astana', 'Astana', {'note': 'NI:project approval'}),
        ('Оренбург', 0, 'foreign', 'Orenburg', N, {'note': 'NI:where icons were taken'}),
        ('Самару', 0, 'foreign', 'Samara', N, {'note': 'NI:where icons were taken'}),
     ],
     inc={WKR: (1, 'fire: roof of the Michael the Archangel cathedral in Uralsk caught fire during welding')}),

dict(id='p016', date='2026-02-10', lang='ru',
     event='2026 exhibition of Saka and Hun gold at the National Museum in Astana, with finds from Berel (East Kazakhstan Region), Shilikty (Abai Region), Issyk (Almaty Region) and Taldy (Karaganda Region); the capital\'s five names; tour to Beijing and Istanbul; no incident',
     text="""В Астане открылась выставка золота Великой степи
АСТАНА, 10 февраля. В Национальном музее открылась выставка золотых украшений саков и гуннов, найденных за последние 30 лет в четырёх областях страны.
Среди экспонатов бляхи из курганов Береля в Восточно-Казахстанской области, нашивки с одежды «Золотого человека» из урочища Шиликты в области Абай, копия головного убора из кургана Иссык в Алматинской области и серьги из могильника Талды в Карагандинской области.
«Впервые все четыре находки собраны в одном зале», — сказала куратор выставки Динара Есенова.
Экспозиция проходит в городе, который был основан в 1830 году как Акмолинск, затем назывался Целиноградом, Акмолой, Астаной и Нур-Султаном, а в 2022 году вернул себе имя Астана. Выставка продлится до мая, затем её покажут в Пекине и Стамбуле.""",
     ann=[
        ('Астане', 0, 'city', 'Astana', 'Astana', {'note': 'headline'}),
        ('АСТАНА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Национальном музее', 0, 'facility', 'National Museum of Kazakhstan (Astana)', 'Astana', {'subkind': 'museum'}),
        ('четырёх областях', 0, 'quantified', '4 regions', N, {'count': 4, 'unit': 'region', 'note': 'find places, not incidents; the four are named'}),
        ('Береля', 0, 'facility', 'Berel mounds', EKR, {'subkind': 'burial mounds', 'note': 'NI:find site'}),
        ('Восточно-Казахстанской области', 0, 'region', EKR, EKR, {'note': 'NI:find region'}),
        ('Шиликты', 0, 'facility', 'Shilikty valley', N, {'subkind': 'valley', 'note': 'NI:urochishche (natural area), find site'}),
        ('области Абай', 0, 'region', ABR, ABR, {'note': 'NI:official Russian form of Abai Region'}),
        ('Иссык', 0, 'facility', 'Issyk kurgan', ALR, {'subkind': 'burial mound', 'note': 'NI:find site; in "кургана Иссык"'}),
        ('Алматинской области', 0, 'region', ALR, ALR, {'note': 'NI:find region'}),
        ('Талды', 0, 'facility', 'Taldy necropolis', KR, {'subkind': 'burial mounds', 'note': 'NI:find site; not Taldykorgan'}),
        ('Карагандинской области', 0, 'region', KR, KR, {'note': 'NI:find region'}),
        ('Акмолинск', 0, 'city', 'Astana', 'Astana', {'note': 'NI:first name of the capital'}),
        ('Целиноградом', 0, 'city', 'Astana', 'Astana', {'note': 'NI:name 1961-1992'}),
        ('Акмолой', 0, 'city', 'Astana', 'Astana', {'note': 'NI:name 1992-1998; the city, not Akmola Region'}),
        ('Астаной', 0, 'city', 'Astana', 'Astana', {'note': 'NI:name 1998-2019'}),
        ('Нур-Султаном', 0, 'city', 'Astana', 'Astana', {'note': 'NI:name 2019-2022'}),
        ('Астана', 0, 'city', 'Astana', 'Astana', {'note': 'NI:the name restored in 2022'}),
        ('Пекине', 0, 'foreign', 'Beijing', N, {'note': 'NI:future exhibition'}),
        ('Стамбуле', 0, 'foreign', 'Istanbul', N, {'note': 'NI:future exhibition'}),
     ],
     inc={}),
]
