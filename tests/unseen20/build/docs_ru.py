"""Russian texts of the twentieth unseen check corpus (weather, tourism and the outdoors;
annotation tuples described in tests/build_check_corpus.py, run with --max-words=420)."""
N = None
JR, ALR, KYR, TR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'Turkistan Region', 'South Kazakhstan Region'
ABR, JTR, EKR, MR, KOR = 'Abai Region', 'Jetisu Region', 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR, UR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region', 'Ulytau Region'
ATR, AR, WKR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region'

DOCS = [
dict(id='p009', date='2002-07-15', lang='ru',
     event='2002 young man from Ekibastuz drowned in Lake Zhasybay in the Bayanaul national park (Pavlodar Region); visitors from Pavlodar, Karaganda, Omsk and Novosibirsk; heat and hail forecast',
     text="""В Баянауле утонул отдыхающий из Экибастуза
ПАВЛОДАР, 15 июля (Интерфакс-Казахстан) – В озере Жасыбай на территории Баянаульского национального парка в воскресенье утонул 23-летний житель Экибастуза, сообщили в департаменте по чрезвычайным ситуациям Павлодарской области.
Молодой человек заплыл за буйки у пляжа базы отдыха и скрылся под водой на глазах у друзей. Тело нашли водолазы, прибывшие из Павлодара через четыре часа.
С начала сезона на озерах Баянаульского района – Жасыбай, Сабындыколь и Торайгыр – отдохнули более 30 тысяч человек, в основном из Павлодара, Экибастуза и Караганды. Приезжают и гости из Омска и Новосибирска. В селе Баянаул, по словам акима района, открылись две новые гостиницы, а автобусы из Павлодара теперь ходят ежедневно.
Синоптики Казгидромета обещают на этой неделе жару до 36 градусов на юге Павлодарской области и грозы с градом в Экибастузе и Аксу.""",
     ann=[
        ('Баянауле', 0, 'village', 'Bayanaul', PR, {'note': 'headline; the resort area around the village'}),
        ('Экибастуза', 0, 'city', 'Ekibastuz', PR, {'note': 'NI:origin of the drowned man'}),
        ('ПАВЛОДАР', 0, 'city', 'Pavlodar', PR, {'note': 'dateline'}),
        ('Жасыбай', 0, 'facility', 'Lake Zhasybay', N, {'subkind': 'lake', 'note': 'natural feature in Bayanaul district, Pavlodar Region'}),
        ('Баянаульского национального парка', 0, 'facility', 'Bayanaul National Park', PR, {'subkind': 'national park'}),
        ('Экибастуза', 1, 'city', 'Ekibastuz', PR, {'note': 'NI:residence of the drowned man'}),
        ('Павлодарской области', 0, 'region', PR, PR, {'note': 'inside the name of an authority'}),
        ('Павлодара', 0, 'city', 'Pavlodar', PR, {'note': 'NI:origin of the divers'}),
        ('Баянаульского района', 0, 'district', 'Bayanaul District', PR, {'note': 'NI:visitor numbers'}),
        ('Жасыбай', 1, 'facility', 'Lake Zhasybay', N, {'subkind': 'lake', 'note': 'NI:visitor numbers'}),
        ('Сабындыколь', 0, 'facility', 'Lake Sabyndykol', N, {'subkind': 'lake', 'note': 'NI:visitor numbers'}),
        ('Торайгыр', 0, 'facility', 'Lake Toraigyr', N, {'subkind': 'lake', 'note': 'NI:visitor numbers; the lake, not the village of Toraigyr'}),
        ('Павлодара', 1, 'city', 'Pavlodar', PR, {'note': 'NI:origin of visitors'}),
        ('Экибастуза', 2, 'city', 'Ekibastuz', PR, {'note': 'NI:origin of visitors'}),
        ('Караганды', 0, 'city', 'Karaganda', KR, {'note': 'NI:origin of visitors'}),
        ('Омска', 0, 'foreign', 'Omsk', N, {'note': 'origin of visitors'}),
        ('Новосибирска', 0, 'foreign', 'Novosibirsk', N, {'note': 'origin of visitors'}),
        ('Баянаул', 0, 'village', 'Bayanaul', PR, {'note': 'NI:new hotels'}),
        ('Павлодара', 2, 'city', 'Pavlodar', PR, {'note': 'NI:origin of buses'}),
        ('Павлодарской области', 1, 'region', PR, PR, {'note': 'NI:forecast ("на юге" is directional)'}),
        ('Экибастузе', 0, 'city', 'Ekibastuz', PR, {'note': 'NI:forecast'}),
        ('Аксу', 0, 'city', 'Aksu (Pavlodar Region)', PR, {'note': 'NI:forecast'}),
     ],
     inc={PR: (1, 'man from Ekibastuz drowned in Lake Zhasybay, Bayanaul National Park')}),

dict(id='p010', date='2017-07-12', lang='ru',
     event='2017 heat warning for 11 regions; a dust storm tore roofs in Aralsk (Kyzylorda Region); a squall felled trees in Shymkent and cut power in Sairam and Tolebi districts (South Kazakhstan Region before the 2018 reform); calls in six regions (unattributed); mudflow risk in the Ile-Alatau park',
     text="""Пыльная буря накрыла Аральск, ураган повалил деревья в Шымкенте
АСТАНА, 12 июля (Казинформ) – Штормовое предупреждение о жаре до 45 градусов и сильном ветре продлено в 11 регионах Казахстана до конца недели, сообщили в РГП «Казгидромет». Накануне непогода уже натворила бед на юге страны.
В Аральске во вторник днем пыльная буря с порывами ветра до 28 метров в секунду сорвала кровлю с 12 жилых домов и здания районной больницы и оборвала провода на нескольких улицах. Видимость в городе упала до 50 метров, трассу Кызылорда – Аральск на три часа закрыли для движения. Пострадавших нет, сообщили в департаменте по ЧС Кызылординской области.
В Шымкенте вечером того же дня шквалистый ветер повалил более 40 деревьев. Одно из них упало на автомобиль на улице Байтурсынова, 60-летнего водителя госпитализировали. В Сайрамском и Толебийском районах Южно-Казахстанской области ветер повредил линии электропередачи, без света на ночь остались 14 сел.
Всего за сутки спасатели выезжали на вызовы о поваленных деревьях и сорванных крышах в шести регионах, сообщили в МЧС.
По прогнозу синоптиков, в Кызылординской, Южно-Казахстанской и Жамбылской областях днем будет до 45 градусов жары, в Туркестане и Кентау – до 44. На севере, в Костанайской и Северо-Казахстанской областях, пройдут грозы, местами с градом. В Астане ожидается до 33 градусов.
Жителям Алматы и Алматинской области синоптики советуют отложить походы в горы: в Иле-Алатауском национальном парке после ливней высок риск схода селей. Туристов, отдыхающих на Капчагайском водохранилище и на Алаколе, просят не находиться на солнце с 11 до 16 часов.""",
     ann=[
        ('Аральск', 0, 'city', 'Aralsk', KYR, {'note': 'headline'}),
        ('Шымкенте', 0, 'city', 'Shymkent', SKR, {'note': 'headline; South Kazakhstan Region before 2018-06-19'}),
        ('АСТАНА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('11 регионах', 0, 'quantified', '11 regions', N, {'count': 11, 'unit': 'region', 'note': 'storm warning, not incidents'}),
        ('Казахстана', 0, 'country', 'Kazakhstan', N),
        ('Аральске', 0, 'city', 'Aralsk', KYR),
        ('Кызылорда', 0, 'city', 'Kyzylorda', KYR, {'note': 'NI:route endpoint'}),
        ('Аральск', 1, 'city', 'Aralsk', KYR, {'note': 'NI:route endpoint; road closure'}),
        ('Кызылординской области', 0, 'region', KYR, KYR, {'note': 'inside the name of an authority'}),
        ('Шымкенте', 1, 'city', 'Shymkent', SKR),
        ('улице Байтурсынова', 0, 'facility', 'Baitursynov Street (Shymkent)', SKR, {'subkind': 'street'}),
        ('Сайрамском', 0, 'district', 'Sairam District', SKR, {'note': 'list sharing "районах"'}),
        ('Толебийском', 0, 'district', 'Tolebi District', SKR, {'note': 'list sharing "районах"'}),
        ('Южно-Казахстанской области', 0, 'region', SKR, SKR),
        ('14 сел', 0, 'quantified', '14 villages', N, {'count': 14, 'unit': 'village', 'note': 'in the named Sairam and Tolebi districts'}),
        ('шести регионах', 0, 'quantified', '6 regions', N, {'count': 6, 'unit': 'region', 'note': 'calls about storm damage; two of the regions are named in the text, four are not'}),
        ('Кызылординской', 1, 'region', KYR, KYR, {'note': 'NI:list sharing "областях"; forecast'}),
        ('Южно-Казахстанской', 1, 'region', SKR, SKR, {'note': 'NI:list sharing "областях"; forecast'}),
        ('Жамбылской', 0, 'region', JR, JR, {'note': 'NI:list sharing "областях"; forecast'}),
        ('Туркестане', 0, 'city', 'Turkistan', SKR, {'note': 'NI:forecast; South Kazakhstan Region in 2017'}),
        ('Кентау', 0, 'city', 'Kentau', SKR, {'note': 'NI:forecast'}),
        ('Костанайской', 0, 'region', KOR, KOR, {'note': 'NI:list sharing "областях"; forecast'}),
        ('Северо-Казахстанской', 0, 'region', NKR, NKR, {'note': 'NI:list sharing "областях"; forecast'}),
        ('Астане', 0, 'city', 'Astana', 'Astana', {'note': 'NI:forecast'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:advice to residents'}),
        ('Алматинской области', 0, 'region', ALR, ALR, {'note': 'NI:advice to residents'}),
        ('Иле-Алатауском национальном парке', 0, 'facility', 'Ile-Alatau National Park', ALR, {'subkind': 'national park', 'note': 'NI:mudflow risk, a warning'}),
        ('Капчагайском водохранилище', 0, 'facility', 'Kapchagay reservoir', N, {'subkind': 'reservoir', 'note': 'NI:advice to tourists; water body in Almaty Region'}),
        ('Алаколе', 0, 'facility', 'Lake Alakol', N, {'subkind': 'lake', 'note': 'NI:advice to tourists'}),
     ],
     inc={KYR: (1, 'dust storm tore roofs off 12 houses and the district hospital in Aralsk'),
          SKR: (1, 'squall in South Kazakhstan Region: trees felled in Shymkent, one on a car on Baitursynov Street injuring the driver, power lines down in Sairam and Tolebi districts (a natural disaster counts once per ADM1)')},
     unatt=[{'label': 'шести регионах', 'count': 6, 'note': 'rescuers called out to storm damage in six regions; two (Kyzylorda and South Kazakhstan) are named and have rows, four are not named'}]),

dict(id='p011', date='2021-06-10', lang='ru',
     event="2021 first regular international flight from Istanbul lands at the new Turkestan airport (Turkistan Region); flights from Tashkent and Dubai planned; Shymkent airport as the former gateway; a tourist route to Otrar, Sauran and the Arystan-Bab mausoleum (no incident)",
     text="""Из Стамбула – в Туркестан: новый аэропорт принял первый международный рейс
ТУРКЕСТАН, 10 июня (Kazinform) – Международный аэропорт Туркестана в четверг принял первый регулярный рейс из Стамбула. Самолет турецкой авиакомпании доставил 160 пассажиров, большинство из них – паломники и туристы, которые посетят мавзолей Ходжи Ахмеда Ясави.
С июля в Туркестан начнут летать рейсы из Ташкента и Дубая, сообщили в акимате Туркестанской области. До открытия аэропорта в декабре прошлого года иностранные туристы добирались до города через аэропорт Шымкента, в 170 км к югу.
В планах – туристический маршрут, связывающий Туркестан с городищами Отрар и Сауран и мавзолеем Арыстан-баба в Отырарском районе. Гостиницы в Туркестане на июль уже заполнены на две трети, говорят туроператоры из Шымкента и Алматы.
Казгидромет прогнозирует в Туркестане на выходные жару до 42 градусов. Туристам советуют посещать мавзолей утром и брать с собой воду.""",
     ann=[
        ('Стамбула', 0, 'foreign', 'Istanbul', N, {'note': 'headline; origin of the flight'}),
        ('Туркестан', 0, 'city', 'Turkistan', TR, {'note': 'NI:headline; flight destination'}),
        ('ТУРКЕСТАН', 0, 'city', 'Turkistan', TR, {'note': 'dateline'}),
        ('Международный аэропорт Туркестана', 0, 'facility', 'Turkistan International Airport', TR, {'subkind': 'airport', 'note': 'NI:arrival of a flight'}),
        ('Стамбула', 1, 'foreign', 'Istanbul', N, {'note': 'origin of the flight'}),
        ('мавзолей Ходжи Ахмеда Ясави', 0, 'facility', 'Khoja Ahmed Yasawi mausoleum', TR, {'subkind': 'mausoleum', 'note': 'NI:destination of pilgrims'}),
        ('Туркестан', 1, 'city', 'Turkistan', TR, {'note': 'NI:flight destination'}),
        ('Ташкента', 0, 'foreign', 'Tashkent', N, {'note': 'origin of planned flights'}),
        ('Дубая', 0, 'foreign', 'Dubai', N, {'note': 'origin of planned flights'}),
        ('Туркестанской области', 0, 'region', TR, TR, {'note': 'inside the name of an authority'}),
        ('аэропорт Шымкента', 0, 'facility', 'Shymkent International Airport', 'Shymkent', {'subkind': 'airport', 'note': 'NI:former gateway for tourists'}),
        ('Туркестан', 2, 'city', 'Turkistan', TR, {'note': 'NI:route endpoint'}),
        ('Отрар', 0, 'facility', 'Otrar (ancient settlement)', TR, {'subkind': 'archaeological site', 'note': 'NI:planned tour stop; list sharing "городищами"'}),
        ('Сауран', 0, 'facility', 'Sauran (ancient settlement)', TR, {'subkind': 'archaeological site', 'note': 'NI:planned tour stop; list sharing "городищами"'}),
        ('мавзолеем Арыстан-баба', 0, 'facility', 'Arystan-Bab mausoleum', TR, {'subkind': 'mausoleum', 'note': 'NI:planned tour stop'}),
        ('Отырарском районе', 0, 'district', 'Otyrar District', TR),
        ('Туркестане', 0, 'city', 'Turkistan', TR, {'note': 'NI:hotel bookings'}),
        ('Шымкента', 1, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:seat of tour operators'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:seat of tour operators'}),
        ('Туркестане', 1, 'city', 'Turkistan', TR, {'note': 'NI:forecast'}),
     ],
     inc={}),

dict(id='p012', date='2023-01-30', lang='ru',
     event='2023 avalanche injures a freerider from Semey on the Ivanovsky ridge near the Altai Alps ski base, Ridder (East Kazakhstan Region); avalanche warning for Ridder, Katon-Karagay and Kurchum districts; Semey as centre of Abai Region',
     text="""Лавина накрыла лыжников под Риддером
УСТЬ-КАМЕНОГОРСК, 30 января (КазТАГ) – Трое лыжников-фрирайдеров попали в воскресенье под лавину на склоне Ивановского хребта рядом с горнолыжной базой «Алтайские Альпы» под Риддером, сообщили в департаменте по ЧС Восточно-Казахстанской области.
Двое сумели выбраться сами и откопали товарища. Спасатели спустили 26-летнего жителя Семея с переломом ноги на снегоходе и доставили в больницу Риддера. Лыжники, приехавшие из Семея и Павлодара, спускались вне подготовленной трассы, несмотря на запрет.
После обильных снегопадов Казгидромет предупредил о высокой лавинной опасности в горных районах Восточно-Казахстанской области – в окрестностях Риддера, в Катон-Карагайском и Курчумском районах, – а также в горах Алматинской области.
В Семее, который с июня 2022 года стал центром области Абай, и в Аягозе в ближайшие дни ожидаются морозы до минус 38 градусов.""",
     ann=[
        ('Риддером', 0, 'city', 'Ridder', EKR, {'note': 'NI:headline; reference point ("под")'}),
        ('УСТЬ-КАМЕНОГОРСК', 0, 'city', 'Oskemen', EKR, {'note': 'dateline'}),
        ('Ивановского хребта', 0, 'facility', 'Ivanovsky ridge', N, {'subkind': 'mountain range', 'note': 'natural feature in East Kazakhstan Region'}),
        ('Алтайские Альпы', 0, 'facility', 'Altai Alps ski base', EKR, {'subkind': 'ski resort'}),
        ('Риддером', 1, 'city', 'Ridder', EKR, {'note': 'NI:reference point ("под")'}),
        ('Восточно-Казахстанской области', 0, 'region', EKR, EKR, {'note': 'inside the name of an authority'}),
        ('Семея', 0, 'city', 'Semey', ABR, {'note': 'NI:residence of the injured skier'}),
        ('Риддера', 0, 'city', 'Ridder', EKR, {'note': 'NI:hospital town'}),
        ('Семея', 1, 'city', 'Semey', ABR, {'note': 'NI:origin of skiers'}),
        ('Павлодара', 0, 'city', 'Pavlodar', PR, {'note': 'NI:origin of skiers'}),
        ('Восточно-Казахстанской области', 1, 'region', EKR, EKR, {'note': 'NI:avalanche warning'}),
        ('Риддера', 1, 'city', 'Ridder', EKR, {'note': 'NI:avalanche warning'}),
        ('Катон-Карагайском', 0, 'district', 'Katon-Karagay District', EKR, {'note': 'NI:list sharing "районах"; warning'}),
        ('Курчумском', 0, 'district', 'Kurchum District', EKR, {'note': 'NI:list sharing "районах"; warning'}),
        ('Алматинской области', 0, 'region', ALR, ALR, {'note': 'NI:avalanche warning'}),
        ('Семее', 0, 'city', 'Semey', ABR, {'note': 'NI:forecast'}),
        ('области Абай', 0, 'region', ABR, ABR, {'note': 'NI:background on the unit; the head noun precedes the name'}),
        ('Аягозе', 0, 'city', 'Ayagoz', ABR, {'note': 'NI:forecast'}),
     ],
     inc={EKR: (1, 'avalanche buried three freeriders on the Ivanovsky ridge near the Altai Alps ski base at Ridder, one injured')}),

dict(id='p013', date='2009-08-04', lang='ru',
     event='2009 two drownings at Lake Balkhash: a schoolboy from Karaganda at the Bertys bay beach of Balkhash town (Karaganda Region) and a fisherman from Taldykorgan when a boat capsized on the Ili near Bakanas, Balkhash district (Almaty Region); Balkhash the lake, the town and the district; resorts at Priozersk and Chubar-Tyubek',
     text="""Два человека утонули на Балхаше за выходные
БАЛХАШ, 4 августа (Интерфакс-Казахстан) – На озере Балхаш за выходные утонули два человека: один – на городском пляже Балхаша, второй – в низовьях реки Или, сообщили в Комитете по чрезвычайным ситуациям.
В субботу вечером на пляже у залива Бертыс утонул 16-летний школьник из Караганды, приехавший на отдых с родителями. По словам спасателей, подросток купался после закрытия пляжа, когда на озере поднялся сильный ветер. За июль спасатели городских пляжей вытащили из воды 19 человек.
В воскресенье в Балхашском районе Алматинской области, примерно в 40 км ниже поселка Баканас, на Или перевернулась моторная лодка с тремя рыбаками из Талдыкоргана. Двоих подобрали проходившие мимо рыбаки, тело третьего водолазы нашли лишь в понедельник. Несмотря на название, Балхашский район находится в сотнях километров от города Балхаша и относится к другой области.
Летом население Балхаша, по оценке акимата, вырастает почти на треть: сюда едут отдыхающие из Караганды, Астаны, Темиртау и даже из Новосибирска. Базы отдыха на побережье у Приозерска и поселка Чубар-Тюбек заполнены до конца августа, а поезд Караганда – Балхаш идет с дополнительными вагонами.
Местные жители ценят озеро за то, что его западная часть пресная, а восточная – солоноватая. Вода у берегов прогревается до 26 градусов, а на мелководье у Приозерска – до 28.
На этой неделе Казгидромет прогнозирует в Карагандинской области жару до 38 градусов, а на озере – ветер до 15 метров в секунду. Рыбакам и владельцам катеров рекомендовано не выходить на воду в ветреную погоду, а родителям – не оставлять детей без присмотра.""",
     ann=[
        ('Балхаше', 0, 'facility', 'Lake Balkhash', N, {'subkind': 'lake', 'note': 'headline; the lake ("на Балхаше")'}),
        ('БАЛХАШ', 0, 'city', 'Balkhash', KR, {'note': 'dateline'}),
        ('озере Балхаш', 0, 'facility', 'Lake Balkhash', N, {'subkind': 'lake'}),
        ('Балхаша', 0, 'city', 'Balkhash', KR, {'note': 'the town\'s beach'}),
        ('реки Или', 0, 'facility', 'Ili river', N, {'subkind': 'river'}),
        ('залива Бертыс', 0, 'facility', 'Bertys bay', N, {'subkind': 'bay', 'note': 'natural feature at the town of Balkhash'}),
        ('Караганды', 0, 'city', 'Karaganda', KR, {'note': 'NI:origin of the drowned boy'}),
        ('Балхашском районе', 0, 'district', 'Balkhash District', ALR, {'note': 'a district of Almaty Region, not the town of Balkhash'}),
        ('Алматинской области', 0, 'region', ALR, ALR),
        ('Баканас', 0, 'village', 'Bakanas', ALR, {'note': 'NI:reference point ("40 км ниже")'}),
        ('Или', 1, 'facility', 'Ili river', N, {'subkind': 'river'}),
        ('Талдыкоргана', 0, 'city', 'Taldykorgan', ALR, {'note': 'NI:origin of the fishermen; Almaty Region before 2022-06-08'}),
        ('Балхашский район', 0, 'district', 'Balkhash District', ALR, {'note': 'NI:explanation of the name'}),
        ('Балхаша', 1, 'city', 'Balkhash', KR, {'note': 'NI:explanation of the name'}),
        ('Балхаша', 2, 'city', 'Balkhash', KR, {'note': 'NI:summer population'}),
        ('Караганды', 1, 'city', 'Karaganda', KR, {'note': 'NI:origin of visitors'}),
        ('Астаны', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of visitors'}),
        ('Темиртау', 0, 'city', 'Temirtau', KR, {'note': 'NI:origin of visitors'}),
        ('Новосибирска', 0, 'foreign', 'Novosibirsk', N, {'note': 'origin of visitors'}),
        ('Приозерска', 0, 'city', 'Priozersk', KR, {'note': 'NI:resort bookings'}),
        ('Чубар-Тюбек', 0, 'village', 'Shubartubek', KR, {'note': 'NI:resort bookings; old Russian spelling of Shubartubek (Aktogay district)'}),
        ('Караганда', 0, 'city', 'Karaganda', KR, {'note': 'NI:route endpoint'}),
        ('Приозерска', 1, 'city', 'Priozersk', KR, {'note': 'NI:water temperature'}),
        ('Балхаш', 1, 'city', 'Balkhash', KR, {'note': 'NI:route endpoint'}),
        ('Карагандинской области', 0, 'region', KR, KR, {'note': 'NI:forecast'}),
     ],
     inc={KR: (1, 'schoolboy from Karaganda drowned at the beach on the Bertys bay in Balkhash town'),
          ALR: (1, 'boat capsized on the Ili about 40 km below Bakanas, Balkhash district; one fisherman drowned')}),

dict(id='p014', date='2004-11-20', lang='ru',
     event='2004 Kazhydromet ice forecast for the Ishim at Petropavlovsk, the Tobol at Kostanay and Tobol village, the Irtysh at Pavlodar and Semipalatinsk and the Ural at Uralsk; Ishim town in Tyumen oblast; fishermen warned (no incident)',
     text="""Синоптики предупредили рыбаков о тонком льде на Ишиме и Тоболе
ПЕТРОПАВЛОВСК, 20 ноября (Казинформ) – Ледостав на Ишиме у Петропавловска ожидается в ближайшие три-четыре дня, сообщили в Северо-Казахстанском филиале РГП «Казгидромет». Выше по течению, у российского города Ишим в Тюменской области, река уже покрылась льдом.
На Тоболе у Костаная и поселка Тобол в Тарановском районе лед пока неустойчив: его толщина у берегов не превышает пяти сантиметров. Рыбакам и охотникам советуют не выходить на лед до середины декабря.
Иртыш у Павлодара и Семипалатинска, по прогнозу гидрологов, встанет не раньше второй декады декабря, а Урал у Уральска – в начале декабря. Казахи называют эти реки Ертис и Жайык, а Ишим – Есиль.
В Северо-Казахстанской области в выходные ожидается похолодание до минус 25 градусов, в Петропавловске – метель.""",
     ann=[
        ('Ишиме', 0, 'facility', 'Ishim river', N, {'subkind': 'river', 'note': 'headline'}),
        ('Тоболе', 0, 'facility', 'Tobol river', N, {'subkind': 'river', 'note': 'headline'}),
        ('ПЕТРОПАВЛОВСК', 0, 'city', 'Petropavl', NKR, {'note': 'dateline'}),
        ('Ишиме', 1, 'facility', 'Ishim river', N, {'subkind': 'river'}),
        ('Петропавловска', 0, 'city', 'Petropavl', NKR, {'note': 'NI:forecast'}),
        ('Северо-Казахстанском', 0, 'region', NKR, NKR, {'note': 'inside the name of a Kazhydromet branch'}),
        ('Ишим', 0, 'foreign', 'Ishim (Tyumen oblast)', N, {'note': 'the Russian town, namesake of the river'}),
        ('Тюменской области', 0, 'foreign', 'Tyumen oblast', N),
        ('Тоболе', 1, 'facility', 'Tobol river', N, {'subkind': 'river'}),
        ('Костаная', 0, 'city', 'Kostanay', KOR, {'note': 'NI:forecast'}),
        ('Тобол', 0, 'village', 'Tobol', KOR, {'note': 'NI:forecast; the village, namesake of the river'}),
        ('Тарановском районе', 0, 'district', 'Taranovskoye District', KOR, {'note': 'NI:forecast'}),
        ('Иртыш', 0, 'facility', 'Irtysh river', N, {'subkind': 'river'}),
        ('Павлодара', 0, 'city', 'Pavlodar', PR, {'note': 'NI:forecast'}),
        ('Семипалатинска', 0, 'city', 'Semey', EKR, {'note': 'NI:forecast; East Kazakhstan Region in 2004'}),
        ('Урал', 0, 'facility', 'Ural river', N, {'subkind': 'river'}),
        ('Уральска', 0, 'city', 'Oral', WKR, {'note': 'NI:forecast'}),
        ('Ертис', 0, 'facility', 'Irtysh river', N, {'subkind': 'river', 'note': 'Kazakh name of the river'}),
        ('Жайык', 0, 'facility', 'Ural river', N, {'subkind': 'river', 'note': 'Kazakh name of the river'}),
        ('Ишим', 1, 'facility', 'Ishim river', N, {'subkind': 'river'}),
        ('Есиль', 0, 'facility', 'Ishim river', N, {'subkind': 'river', 'note': 'Kazakh name of the river'}),
        ('Северо-Казахстанской области', 0, 'region', NKR, NKR, {'note': 'NI:forecast'}),
        ('Петропавловске', 0, 'city', 'Petropavl', NKR, {'note': 'NI:forecast'}),
     ],
     inc={}),

dict(id='p015', date='2018-06-25', lang='ru',
     event='2018 bus of pilgrims from Shymkent overturned 20 km from Turkestan and a teenager drowned in the Shardara reservoir (Turkistan Region, a week after the reform); the renamed South Kazakhstan Region; Shymkent as its own unit; heat forecast; Otrar and Arystan-Bab',
     text="""Автобус с паломниками опрокинулся под Туркестаном
ТУРКЕСТАН, 25 июня (КазТАГ) – Автобус, везший 38 паломников из Шымкента к мавзолею Ходжи Ахмеда Ясави, опрокинулся в воскресенье на трассе Шымкент – Туркестан в 20 км от Туркестана, сообщили в полиции. Пострадали 11 человек, их доставили в больницы Туркестана и Кентау. По предварительным данным, водитель не справился с управлением, объезжая яму. Ремонт этого участка дороги, по словам акима области, начнется осенью.
Это первое крупное ДТП в Туркестанской области, получившей новое название неделю назад. Указом президента бывшая Южно-Казахстанская область переименована, ее центр перенесен в Туркестан, а Шымкент стал городом республиканского значения.
В тот же день в Шардаринском водохранилище утонул 14-летний подросток из Шардары, купавшийся в необорудованном месте вместе с друзьями. Его тело нашли спасатели через два часа. По данным департамента по ЧС, с начала лета в водоемах области утонули уже семь человек.
Казгидромет предупредил, что до конца недели в Туркестанской и Кызылординской областях ожидается жара до 44 градусов, в Шымкенте – до 42. В Отрарском районе и в Сарыагаше возможны пыльные бури.
Несмотря на жару, туристический сезон в Туркестане в разгаре. По данным городского акимата, за первую половину июня мавзолей посетили около 120 тысяч человек, в том числе гости из Узбекистана, Турции и России. Туроператоры предлагают однодневные поездки к мавзолею Арыстан-баба и городищу Отрар, а также к горячим источникам Сарыагаша.
Новый статус города, по словам акима, потребует строительства аэропорта и гостиниц. Сейчас туристы прилетают в Шымкент, откуда до Туркестана около 170 км по трассе Западная Европа – Западный Китай.""",
     ann=[
        ('Туркестаном', 0, 'city', 'Turkistan', TR, {'note': 'NI:headline; reference point ("под")'}),
        ('ТУРКЕСТАН', 0, 'city', 'Turkistan', TR, {'note': 'dateline'}),
        ('Шымкента', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:origin of the pilgrims; a city of republican significance since 2018-06-19'}),
        ('мавзолею Ходжи Ахмеда Ясави', 0, 'facility', 'Khoja Ahmed Yasawi mausoleum', TR, {'subkind': 'mausoleum', 'note': "NI:the pilgrims' destination"}),
        ('Шымкент', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:route endpoint'}),
        ('Туркестан', 0, 'city', 'Turkistan', TR, {'note': 'NI:route endpoint'}),
        ('Туркестана', 0, 'city', 'Turkistan', TR, {'note': 'NI:reference point ("в 20 км от")'}),
        ('Туркестана', 1, 'city', 'Turkistan', TR, {'note': 'NI:hospital town'}),
        ('Кентау', 0, 'city', 'Kentau', TR, {'note': 'NI:hospital town'}),
        ('Туркестанской области', 0, 'region', TR, TR, {'note': 'the renamed region'}),
        ('Южно-Казахстанская область', 0, 'region', TR, TR, {'uncertain': True, 'note': 'NI:the former name of Turkistan Region, renamed a week before the article; labelled with the unit holding its land'}),
        ('Туркестан', 1, 'city', 'Turkistan', TR, {'note': 'NI:new regional centre'}),
        ('Шымкент', 1, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:new status'}),
        ('Шардаринском водохранилище', 0, 'facility', 'Shardara reservoir', N, {'subkind': 'reservoir', 'note': 'water body in Turkistan Region'}),
        ('Шардары', 0, 'city', 'Shardara', TR, {'note': 'NI:residence of the drowned boy'}),
        ('Туркестанской', 1, 'region', TR, TR, {'note': 'NI:list sharing "областях"; forecast'}),
        ('Кызылординской', 0, 'region', KYR, KYR, {'note': 'NI:list sharing "областях"; forecast'}),
        ('Шымкенте', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:forecast'}),
        ('Отрарском районе', 0, 'district', 'Otyrar District', TR, {'note': 'NI:forecast'}),
        ('Сарыагаше', 0, 'city', 'Saryagash', TR, {'note': 'NI:forecast'}),
        ('Туркестане', 0, 'city', 'Turkistan', TR, {'note': 'NI:tourist season'}),
        ('Узбекистана', 0, 'foreign', 'Uzbekistan', N, {'note': 'origin of visitors'}),
        ('Турции', 0, 'foreign', 'Turkey', N, {'note': 'origin of visitors'}),
        ('России', 0, 'foreign', 'Russia', N, {'note': 'origin of visitors'}),
        ('мавзолею Арыстан-баба', 0, 'facility', 'Arystan-Bab mausoleum', TR, {'subkind': 'mausoleum', 'note': 'NI:tour destination'}),
        ('Отрар', 0, 'facility', 'Otrar (ancient settlement)', TR, {'subkind': 'archaeological site', 'note': 'NI:tour destination'}),
        ('Сарыагаша', 0, 'city', 'Saryagash', TR, {'note': 'NI:tour destination'}),
        ('Шымкент', 2, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:arrival airport of tourists'}),
        ('Туркестана', 2, 'city', 'Turkistan', TR, {'note': 'NI:distance'}),
        ('Западная Европа', 0, 'foreign', 'Western Europe', N, {'subkind': 'macro-region', 'note': 'inside the name of the highway "Western Europe - Western China"'}),
        ('Западный Китай', 0, 'foreign', 'Western China', N, {'subkind': 'macro-region', 'note': 'inside the name of the highway "Western Europe - Western China"'}),
     ],
     inc={TR: (2, 'bus of pilgrims overturned 20 km from Turkestan on the Shymkent-Turkestan road; teenager from Shardara drowned in the Shardara reservoir')}),

dict(id='p016', date='2025-05-15', lang='ru',
     event='2025 new direct flights from Almaty and Astana to Zhezkazgan for tourists to Ulytau: Ulytau village, Mount Auliyetau, the Jochi Khan and Alasha Khan mausoleums; the village of Baikonyr that lent its name to the cosmodrome in Kyzylorda Region; Zhezkazgan and Satpayev formerly in Karaganda Region (no incident)',
     text="""Улытау ждет туристов: в Жезказган запустили прямые рейсы из Алматы и Астаны
ЖЕЗКАЗГАН, 15 мая (Tengrinews) – С 1 июня в Жезказган будут летать прямые рейсы из Алматы четыре раза в неделю и ежедневно из Астаны, сообщили в управлении туризма области Улытау.
Из аэропорта Жезказгана туристов повезут в село Улытау, к горе Аулиетау и к мавзолеям Жошы хана и Алаша хана. Дорога до села займет около трех часов.
Гидов готовят к вопросам о селе Байконыр в Улытауском районе: по распространенной версии, именно его название в 1960-х годах дали космодрому «Байконур» в Кызылординской области, чтобы запутать иностранные разведки.
До июня 2022 года Жезказган и Сатпаев входили в Карагандинскую область. В новой области, по данным акимата, за прошлый год побывали 46 тысяч туристов, вдвое больше, чем годом раньше.
По прогнозу Казгидромета, в конце мая в степях Улытау возможны ночные заморозки, днем – до 25 градусов тепла.""",
     ann=[
        ('Улытау', 0, 'region', UR, UR, {'note': 'headline; the region, as the later "области Улытау" shows', 'uncertain': True}),
        ('Жезказган', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:headline; flight destination'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of flights'}),
        ('Астаны', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of flights'}),
        ('ЖЕЗКАЗГАН', 0, 'city', 'Zhezkazgan', UR, {'note': 'dateline'}),
        ('Жезказган', 1, 'city', 'Zhezkazgan', UR, {'note': 'NI:flight destination'}),
        ('Алматы', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of flights'}),
        ('Астаны', 1, 'city', 'Astana', 'Astana', {'note': 'NI:origin of flights'}),
        ('области Улытау', 0, 'region', UR, UR, {'note': 'inside the name of an authority'}),
        ('аэропорта Жезказгана', 0, 'facility', 'Zhezkazgan Airport', UR, {'subkind': 'airport', 'note': 'NI:start of tours'}),
        ('Улытау', 2, 'village', 'Ulytau', UR, {'note': 'NI:tour destination'}),
        ('горе Аулиетау', 0, 'facility', 'Mount Auliyetau', N, {'subkind': 'mountain', 'note': 'NI:tour destination; natural feature in Ulytau Region'}),
        ('Жошы хана', 0, 'facility', 'Jochi Khan mausoleum', UR, {'subkind': 'mausoleum', 'note': 'NI:tour destination; list sharing "мавзолеям"'}),
        ('Алаша хана', 0, 'facility', 'Alasha Khan mausoleum', UR, {'subkind': 'mausoleum', 'note': 'NI:tour destination; list sharing "мавзолеям"'}),
        ('Байконыр', 0, 'village', 'Baikonyr (Ulytau district)', UR, {'note': 'NI:the village in Ulytau district, not the cosmodrome town'}),
        ('Улытауском районе', 0, 'district', 'Ulytau District', UR, {'note': 'NI:location of the village'}),
        ('Байконур', 0, 'facility', 'Baikonur Cosmodrome', KYR, {'subkind': 'cosmodrome', 'note': 'NI:named after the village; leased to Russia'}),
        ('Кызылординской области', 0, 'region', KYR, KYR, {'note': 'NI:unit of the cosmodrome'}),
        ('Жезказган', 2, 'city', 'Zhezkazgan', UR, {'note': 'NI:background on the unit'}),
        ('Сатпаев', 0, 'city', 'Satpayev', UR, {'note': 'NI:background on the unit'}),
        ('Карагандинскую область', 0, 'region', KR, KR, {'note': 'NI:former unit of Zhezkazgan and Satpayev'}),
        ('Улытау', 3, 'region', UR, UR, {'note': 'NI:forecast; "степях Улытау" read as the region', 'uncertain': True}),
     ],
     inc={}),
]
