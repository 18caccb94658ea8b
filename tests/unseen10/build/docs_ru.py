"""Russian texts of the tenth unseen check corpus (annotation tuples described in
tests/build_check_corpus.py)."""
N = None
JR, ALR, KYR, TR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'Turkistan Region', 'South Kazakhstan Region'
ABR, JTR, EKR, MR, KOR = 'Abai Region', 'Jetisu Region', 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR, UR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region', 'Ulytau Region'
ATR, AR, WKR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region'

DOCS = [
dict(id='q009', date='1995-01-18', lang='ru',
     event='1995 boiler explosion at a boiler house in the Borovskoy microdistrict of Kokchetav and a fatal house fire in Shchuchinsk (Kokchetau Region, now Akmola Region land)',
     text="""КОКЧЕТАВ, 18 января (КазТАГ) – В Кокчетаве в ночь на вторник на котельной в микрорайоне Боровской взорвался паровой котёл, без тепла остались 60 жилых домов. Двое кочегаров с ожогами доставлены в областную больницу, сообщили в управлении по чрезвычайным ситуациям Кокчетавской области.
Днём позже в Щучинске при пожаре в частном доме на улице Ленина погибли три человека, в том числе двое детей. По данным пожарных, причиной стала неисправная печь.
«Котлы в Боровском ставили ещё в 1974 году, запасных частей нет», – сказал начальник управления Марат Шалкаров.
На помощь городским энергетикам прибыла бригада из Акмолы. Из-за перебоев с поставками угля из Экибастуза подача тепла ограничена в ряде районов области, морозы в регионе достигают 40 градусов.
По прогнозу синоптиков, похолодание продлится до конца недели и охватит также Северо-Казахстанскую и Кустанайскую области.""",
     ann=[
        ('КОКЧЕТАВ', 0, 'city', 'Kokshetau', AKR, {'note': 'dateline'}),
        ('Кокчетаве', 0, 'city', 'Kokshetau', AKR),
        ('Боровской', 0, 'district', 'Borovskoy (Kokshetau)', AKR, {'subkind': 'microdistrict'}),
        ('Кокчетавской области', 0, 'region', AKR, AKR, {'uncertain': True, 'note': 'inside the name of an authority; Kokchetau Region existed until 1997 and is not a canonical unit; the places named lie in Akmola Region on the article date'}),
        ('Щучинске', 0, 'city', 'Shchuchinsk', AKR),
        ('Ленина', 0, 'facility', 'Lenin Street (Shchuchinsk)', AKR, {'subkind': 'street'}),
        ('Боровском', 0, 'district', 'Borovskoy (Kokshetau)', AKR, {'subkind': 'microdistrict'}),
        ('Акмолы', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of the repair team; Akmola, the city later renamed Astana'}),
        ('Экибастуза', 0, 'city', 'Ekibastuz', PR, {'note': 'NI:origin of coal'}),
        ('ряде районов области', 0, 'quantified', 'several districts', N, {'count': None, 'unit': 'district', 'note': 'districts of the region named in the text; heat rationing is a measure, not an incident'}),
        ('Северо-Казахстанскую', 0, 'region', NKR, NKR, {'note': 'NI:forecast; list sharing the head noun области'}),
        ('Кустанайскую', 0, 'region', KOR, KOR, {'note': 'NI:forecast; list sharing the head noun области'}),
     ],
     inc={AKR: (2, 'boiler explosion at a boiler house in Kokchetav; fatal house fire in Shchuchinsk')}),

dict(id='q010', date='2003-02-24', lang='ru',
     event='2003 ice jam on the Syr Darya floods three villages of Kazaly district (Kyzylorda Region)',
     text="""КЫЗЫЛОРДА, 24 февраля (Интерфакс-Казахстан) – Ледовый затор на Сырдарье вызвал подтопление трёх сёл Казалинского района, сообщили в управлении по чрезвычайным ситуациям Кызылординской области.
Вода зашла во дворы более 200 домов в сёлах Бозколь, Басыкара и Бекарыс. Около 1100 жителей вывезены в районный центр Айтеке би и в город Казалинск, погибших нет.
«Лёд подрывают сапёры, прибывшие из Байконура, работы осложняет сильный ветер», – сказал заместитель акима области Ерлан Сырдарьин.
Специалисты связывают заторы с большими зимними сбросами воды из Шардаринского водохранилища в Южно-Казахстанской области, которые согласовываются с Узбекистаном. В Кармакшинском районе у посёлка Жосалы уровень реки за сутки поднялся на метр, но угрозы подтопления там пока нет.
Вода, прошедшая заторы, уходит в Малое Аральское море.""",
     ann=[
        ('КЫЗЫЛОРДА', 0, 'city', 'Kyzylorda', KYR, {'note': 'dateline'}),
        ('Сырдарье', 0, 'facility', 'Syr Darya', N, {'subkind': 'river'}),
        ('трёх сёл Казалинского района', 0, 'quantified', '3 villages', N, {'count': 3, 'unit': 'village', 'note': 'contains the district; the three villages are named in the next sentence'}),
        ('Кызылординской области', 0, 'region', KYR, KYR, {'note': 'inside the name of an authority'}),
        ('Бозколь', 0, 'village', 'Bozkol', KYR, {'note': 'list sharing the head noun сёлах'}),
        ('Басыкара', 0, 'village', 'Basykara', KYR, {'note': 'list sharing the head noun сёлах'}),
        ('Бекарыс', 0, 'village', 'Bekarys', KYR, {'note': 'list sharing the head noun сёлах'}),
        ('Айтеке би', 0, 'village', 'Aiteke Bi', KYR, {'note': 'NI:evacuation point; named after a person'}),
        ('Казалинск', 0, 'city', 'Kazalinsk', KYR, {'note': 'NI:evacuation point'}),
        ('Байконура', 0, 'city', 'Baikonur', KYR, {'note': 'NI:origin of sappers; town leased to Russia'}),
        ('Шардаринского водохранилища', 0, 'facility', 'Shardara reservoir', N, {'subkind': 'reservoir', 'note': 'NI:water body, treated like a natural feature; lies in South Kazakhstan Region'}),
        ('Южно-Казахстанской области', 0, 'region', SKR, SKR, {'note': 'NI:location of the reservoir'}),
        ('Узбекистаном', 0, 'foreign', 'Uzbekistan', N),
        ('Кармакшинском районе', 0, 'district', 'Karmakshy District', KYR, {'note': 'NI:rising water, no flood'}),
        ('Жосалы', 0, 'village', 'Zhosaly', KYR, {'note': 'NI:rising water, no flood'}),
        ('Малое Аральское море', 0, 'facility', 'Small Aral Sea', N, {'subkind': 'sea'}),
     ],
     inc={KYR: (1, 'ice-jam flood in three villages of Kazaly district, counted once as one natural disaster in the region')}),

dict(id='q011', date='2008-04-15', lang='ru',
     event='2008 food poisoning of schoolchildren at a canteen in Baurzhan Momyshuly village, Zhualy district (Jambyl Region)',
     text="""ТАРАЗ, 15 апреля (Казинформ) – 27 учеников средней школы села Бауыржан Момышулы Жуалынского района Жамбылской области госпитализированы с признаками пищевого отравления после обеда в школьной столовой, сообщили в областном департаменте санэпиднадзора.
Дети жаловались на боли в животе и тошноту. Двенадцать из них доставлены в центральную районную больницу, пятеро – в областную детскую больницу в Таразе. Состояние всех оценивается как средней тяжести.
«Пробы котлет и компота отправлены в лабораторию в Алматы», – сказал главный санитарный врач района Бауыржан Таласбаев.
Столовую закрыли, в отношении поставщика продуктов из Шымкента возбуждено уголовное дело. Проверки школьных столовых начаты также в Меркенском и Кордайском районах.
Село, бывшее Бурное, переименовано в честь героя обороны Москвы, уроженца здешних мест.""",
     ann=[
        ('ТАРАЗ', 0, 'city', 'Taraz', JR, {'note': 'dateline'}),
        ('Бауыржан Момышулы', 0, 'village', 'Baurzhan Momyshuly', JR, {'note': 'village named after a person'}),
        ('Жуалынского района', 0, 'district', 'Zhualy District', JR),
        ('Жамбылской области', 0, 'region', JR, JR),
        ('Таразе', 0, 'city', 'Taraz', JR, {'note': 'NI:hospital'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:where samples were sent'}),
        ('Шымкента', 0, 'city', 'Shymkent', SKR, {'note': 'NI:origin of the supplier'}),
        ('Меркенском', 0, 'district', 'Merke District', JR, {'note': 'NI:inspections; list sharing the head noun районах'}),
        ('Кордайском', 0, 'district', 'Kordai District', JR, {'note': 'NI:inspections; list sharing the head noun районах'}),
        ('Бурное', 0, 'village', 'Baurzhan Momyshuly', JR, {'note': 'NI:former name of the village'}),
        ('Москвы', 0, 'foreign', 'Moscow', N, {'note': 'NI:inside a historical title'}),
     ],
     inc={JR: (1, 'mass food poisoning of pupils at the school canteen in Baurzhan Momyshuly; non-fatal, counted as a mishap (doubtful)')}),

dict(id='q012', date='2014-04-10', lang='ru',
     event='2014 bridge over the Emba collapses under a lorry on the Aktobe-Atyrau road in Mugalzhar district and a gas explosion in a house in Kandyagash (Aktobe Region)',
     text="""АКТОБЕ, 10 апреля (Tengrinews) – В Мугалжарском районе Актюбинской области обрушился мост через реку Эмба на трассе Актобе – Атырау, когда по нему проезжал гружённый щебнем КамАЗ. Водитель выбрался из кабины сам и отделался ушибами.
Движение по трассе перекрыто, грузовики направляют в объезд через город Эмбу. По данным акимата, мост был построен в 1967 году и последний раз ремонтировался в 2001-м.
В тот же день в городе Кандыагаш в двухэтажном жилом доме на улице Молодёжной взорвался бытовой газ. Пострадали два человека, их доставили в районную больницу. Жильцов восьми квартир временно разместили в гостинице.
«Мы просили деньги на новый мост ещё в 2012 году», – заявил аким района Нурлан Эмбиев.
Трасса связывает Актобе с Атырау и служит основным путём грузов из России в западные регионы Казахстана.""",
     ann=[
        ('АКТОБЕ', 0, 'city', 'Aktobe', AR, {'note': 'dateline'}),
        ('Мугалжарском районе', 0, 'district', 'Mugalzhar District', AR),
        ('Актюбинской области', 0, 'region', AR, AR),
        ('Эмба', 0, 'facility', 'Emba river', N, {'subkind': 'river'}),
        ('Актобе', 0, 'city', 'Aktobe', AR, {'note': 'NI:road endpoint'}),
        ('Атырау', 0, 'city', 'Atyrau', ATR, {'note': 'NI:road endpoint'}),
        ('Эмбу', 0, 'city', 'Emba', AR, {'note': 'NI:detour route'}),
        ('Кандыагаш', 0, 'city', 'Kandyagash', AR),
        ('Молодёжной', 0, 'facility', 'Molodezhnaya Street (Kandyagash)', AR, {'subkind': 'street'}),
        ('Актобе', 1, 'city', 'Aktobe', AR, {'note': 'NI:road endpoint'}),
        ('Атырау', 1, 'city', 'Atyrau', ATR, {'note': 'NI:road endpoint'}),
        ('России', 0, 'foreign', 'Russia', N),
        ('Казахстана', 0, 'country', 'Kazakhstan', N),
     ],
     inc={AR: (2, 'bridge collapse on the Aktobe-Atyrau road in Mugalzhar district; gas explosion in a house in Kandyagash')}),

dict(id='q013', date='2017-02-09', lang='ru',
     event='2017 trolleybus fire on Raiymbek Avenue in Alatau district and a gas leak in Ainabulak microdistrict, Zhetysu district (Almaty)',
     text="""АЛМАТЫ, 9 февраля (Vlast.kz) – В Алатауском районе Алматы утром в четверг загорелся троллейбус на проспекте Райымбека, сообщили в департаменте по чрезвычайным ситуациям города. Сорок пассажиров успели выйти, пострадавших нет. Водитель, житель Талгара, рассказал, что дым пошёл из-под пола салона.
Вечером в Жетысуском районе, в микрорайоне Айнабулак-3, при земляных работах повредили газопровод. Жителей двух пятиэтажек эвакуировали, трое обратились к врачам с головной болью.
«Половине троллейбусов больше 25 лет, новые машины закупаются в Беларуси, но их не хватает», – сказал депутат маслихата Алматы Данияр Жетысуев.
Троллейбусный маршрут, связывающий Алатауский район с центром, в пятницу обслуживают автобусы. Коммунальщики из Каскелена и Талгара помогают городским службам.
Прошлой зимой подобный пожар произошёл в Бишкеке.""",
     ann=[
        ('АЛМАТЫ', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Алатауском районе', 0, 'district', 'Alatau District (Almaty)', 'Almaty', {'subkind': 'city district'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty'),
        ('Райымбека', 0, 'facility', 'Raiymbek Avenue (Almaty)', 'Almaty', {'subkind': 'street'}),
        ('Талгара', 0, 'city', 'Talgar', ALR, {'note': 'NI:residence of the driver'}),
        ('Жетысуском районе', 0, 'district', 'Zhetysu District (Almaty)', 'Almaty', {'subkind': 'city district', 'note': 'a district of Almaty, not Jetisu Region'}),
        ('Айнабулак-3', 0, 'district', 'Ainabulak (Almaty)', 'Almaty', {'subkind': 'microdistrict'}),
        ('Беларуси', 0, 'foreign', 'Belarus', N),
        ('Алматы', 1, 'city', 'Almaty', 'Almaty', {'note': 'inside the name of an authority'}),
        ('Алатауский район', 0, 'district', 'Alatau District (Almaty)', 'Almaty', {'subkind': 'city district', 'note': 'NI:route served by buses'}),
        ('Каскелена', 0, 'city', 'Kaskelen', ALR, {'note': 'NI:origin of utility workers'}),
        ('Талгара', 1, 'city', 'Talgar', ALR, {'note': 'NI:origin of utility workers'}),
        ('Бишкеке', 0, 'foreign', 'Bishkek', N),
     ],
     inc={'Almaty': (2, 'trolleybus fire on Raiymbek Avenue (Alatau district); gas leak in Ainabulak-3 (Zhetysu district)')}),

dict(id='q014', date='2019-08-26', lang='ru',
     event='2019 riot in a penal colony in Lenger, Tolebi district (Turkistan Region), instigators moved to Shymkent',
     text="""ШЫМКЕНТ, 26 августа (Азаттык) – Заключённые колонии общего режима в городе Ленгер Толебийского района Туркестанской области в ночь на воскресенье устроили беспорядки: подожгли матрасы в двух бараках и отказались выходить на вечернюю проверку, сообщили в департаменте уголовно-исполнительной системы по области.
Для наведения порядка привлекли спецназ из Шымкента. Ранены двое сотрудников колонии. Четырнадцать зачинщиков этапированы в следственный изолятор Шымкента, возбуждено уголовное дело.
«Поводом стали жалобы на питание и запрет свиданий», – сказал алматинский правозащитник, побывавший в колонии в июле.
Колония открыта в 2002 году, когда Ленгер входил в Южно-Казахстанскую область. В ней отбывают наказание около 900 человек, в том числе граждане Узбекистана и Кыргызстана.
В прошлом году в области завершили строительство новой колонии под Арысью.""",
     ann=[
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'dateline'}),
        ('Ленгер', 0, 'city', 'Lenger', TR),
        ('Толебийского района', 0, 'district', 'Tolebi District', TR),
        ('Туркестанской области', 0, 'region', TR, TR),
        ('Шымкента', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:origin of special forces'}),
        ('Шымкента', 1, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:where the instigators were moved'}),
        ('Ленгер', 1, 'city', 'Lenger', TR, {'note': 'NI:background'}),
        ('Южно-Казахстанскую область', 0, 'region', TR, TR, {'uncertain': True, 'note': 'NI:former name; South Kazakhstan Region was renamed Turkistan Region in 2018, and Lenger lies in Turkistan Region on the article date'}),
        ('Узбекистана', 0, 'foreign', 'Uzbekistan', N, {'note': 'NI:citizenship'}),
        ('Кыргызстана', 0, 'foreign', 'Kyrgyzstan', N, {'note': 'NI:citizenship'}),
        ('Арысью', 0, 'city', 'Arys', TR, {'note': 'NI:construction of a colony'}),
     ],
     inc={TR: (1, 'riot with arson in the penal colony in Lenger; the transfer and criminal case are follow-ups')}),

dict(id='q015', date='2021-06-08', lang='ru',
     event='2021 storm wind in five regions: roof torn off in Lisakovsk (Kostanay Region), fatal tree fall in Temirtau (Karaganda Region); unnamed regions unattributed',
     text="""НУР-СУЛТАН, 8 июня (Интерфакс-Казахстан) – Штормовой ветер со скоростью до 30 метров в секунду в понедельник повредил кровли и линии электропередачи в пяти областях страны, сообщили в МЧС Казахстана.
В Лисаковске Костанайской области ветром сорвало крышу с пятиэтажного дома, жильцов верхнего этажа переселили к родственникам. В Темиртау Карагандинской области на легковой автомобиль упало дерево, водитель погиб.
В ряде районов без света остались около 40 сёл, энергетики восстановили подачу к утру вторника.
Казгидромет предупреждает, что во вторник порывы ветра до 25 метров в секунду ожидаются в Северо-Казахстанской, Павлодарской и Акмолинской областях, а в столице – пыльная буря.
«Просим жителей не оставлять машины под деревьями», – заявил официальный представитель МЧС Руслан Темиртауов.""",
     ann=[
        ('НУР-СУЛТАН', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('пяти областях', 0, 'quantified', '5 regions', N, {'count': 5, 'unit': 'region', 'note': 'two regions are named and have their own rows; three are not named'}),
        ('Казахстана', 0, 'country', 'Kazakhstan', N, {'note': 'inside the name of an authority'}),
        ('Лисаковске', 0, 'city', 'Lisakovsk', KOR),
        ('Костанайской области', 0, 'region', KOR, KOR),
        ('Темиртау', 0, 'city', 'Temirtau', KR),
        ('Карагандинской области', 0, 'region', KR, KR),
        ('ряде районов', 0, 'quantified', 'several districts', N, {'count': None, 'unit': 'district', 'note': 'power cuts in unnamed districts of unnamed regions'}),
        ('40 сёл', 0, 'quantified', '40 villages', N, {'count': 40, 'unit': 'village', 'note': 'approximate (около); villages of the unnamed districts'}),
        ('Северо-Казахстанской', 0, 'region', NKR, NKR, {'note': 'NI:forecast; list sharing the head noun областях'}),
        ('Павлодарской', 0, 'region', PR, PR, {'note': 'NI:forecast; list sharing the head noun областях'}),
        ('Акмолинской', 0, 'region', AKR, AKR, {'note': 'NI:forecast; list sharing the head noun областях'}),
     ],
     inc={KOR: (1, 'storm tore a roof off a block of flats in Lisakovsk'),
          KR: (1, 'storm: a tree fell on a car in Temirtau, killing the driver')},
     unatt=[{'label': 'пяти областях', 'count': 5, 'note': 'storm damage in five regions; Kostanay and Karaganda are named and have their own rows, three are not named'},
            {'label': 'ряде районов', 'count': None, 'note': 'about 40 villages without power in unnamed districts'}]),

dict(id='q016', date='2024-11-18', lang='ru',
     event='2024 elections of rural akims in East Kazakhstan Region (no incident)',
     text="""УСТЬ-КАМЕНОГОРСК, 18 ноября (Казинформ) – В Восточно-Казахстанской области в воскресенье прошли выборы акимов в 14 сёлах, сообщила областная избирательная комиссия.
Самая высокая явка, 78 процентов, зафиксирована в Уланском районе, самая низкая – в Глубоковском. В селе Урыль Катон-Карагайского района победил бывший директор школы, а в посёлке Каскабулак Зайсанского района – фермер из Алматы, переехавший туда пять лет назад.
В городе Алтай (бывший Зыряновск) жители впервые выбирали акимов сельских округов, входящих в городскую администрацию.
«Нарушений, которые могли бы повлиять на итоги, не выявлено», – сказал председатель комиссии Берик Катонов. Наблюдатели приезжали из Астаны и соседней Абайской области, где выборы пройдут весной.
Область граничит с Россией и Китаем, её население – около 720 тысяч человек.""",
     ann=[
        ('УСТЬ-КАМЕНОГОРСК', 0, 'city', 'Oskemen', EKR, {'note': 'dateline'}),
        ('Восточно-Казахстанской области', 0, 'region', EKR, EKR),
        ('14 сёлах', 0, 'quantified', '14 villages', N, {'count': 14, 'unit': 'village'}),
        ('Уланском районе', 0, 'district', 'Ulan District', EKR),
        ('Глубоковском', 0, 'district', 'Glubokoe District', EKR, {'note': 'head noun районе omitted (ellipsis)'}),
        ('Урыль', 0, 'village', 'Uryl', EKR),
        ('Катон-Карагайского района', 0, 'district', 'Katonkaragay District', EKR),
        ('Каскабулак', 0, 'village', 'Kaskabulak', EKR),
        ('Зайсанского района', 0, 'district', 'Zaysan District', EKR),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'origin of a candidate'}),
        ('Алтай', 0, 'city', 'Altai', EKR),
        ('Зыряновск', 0, 'city', 'Altai', EKR, {'note': 'former name'}),
        ('Астаны', 0, 'city', 'Astana', 'Astana', {'note': 'origin of observers'}),
        ('Абайской области', 0, 'region', ABR, ABR),
        ('Россией', 0, 'foreign', 'Russia', N),
        ('Китаем', 0, 'foreign', 'China', N),
     ],
     inc={}),
]
