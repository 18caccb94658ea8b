"""Russian texts of the unseen check corpus (annotation tuples described in build.py)."""
N = None
EKR, AR, KR, AKR = 'East Kazakhstan Region', 'Almaty Region', 'Karaganda Region', 'Akmola Region'

DOCS = [
dict(id='u007', date='2002-06-11', lang='ru',
     event='2002 picket of former test-site workers in Semipalatinsk and house fire in Zaysan (East Kazakhstan Region)',
     text="""УСТЬ-КАМЕНОГОРСК, 11 июня. Около двухсот бывших работников Семипалатинского полигона провели в понедельник пикет у здания акимата в Семипалатинске, требуя выплатить обещанные компенсации. Полиция задержала троих организаторов.
В тот же день в Зайсане, в 40 км от границы с Китаем, сгорели два жилых дома и магазин. По данным управления по чрезвычайным ситуациям Восточно-Казахстанской области, огонь перекинулся на постройки с горящей сухой травы. Пострадавших нет.
В нескольких районах области объявлен высокий класс пожарной опасности. Синоптики обещают жару до +38 градусов в Зайсанском и Тарбагатайском районах до конца недели.""",
     ann=[
        ('УСТЬ-КАМЕНОГОРСК', 0, 'city', 'Oskemen', EKR, {'note': 'dateline'}),
        ('Семипалатинского полигона', 0, 'facility', 'Semipalatinsk Test Site', N, {'subkind': 'test site', 'uncertain': True, 'note': 'former nuclear test site spread over several units; the employer of the protesters, not the site of the picket'}),
        ('Семипалатинске', 0, 'city', 'Semey', EKR, {'note': 'East Kazakhstan Region before 2022-06-08'}),
        ('Зайсане', 0, 'city', 'Zaysan', EKR),
        ('Китаем', 0, 'foreign', 'China', N, {'note': "reference point ('40 km from the border with China')"}),
        ('Восточно-Казахстанской области', 0, 'region', EKR, EKR),
        ('нескольких районах', 0, 'quantified', 'several districts', N, {'count': None, 'unit': 'district', 'note': 'fire-danger warning (an official measure)'}),
        ('Зайсанском', 0, 'district', 'Zaysan District', EKR, {'note': 'in a list sharing the head noun; NI:weather forecast'}),
        ('Тарбагатайском', 0, 'district', 'Tarbagatay District', EKR, {'note': 'in a list sharing the head noun; NI:weather forecast'}),
     ],
     inc={EKR: (2, 'picket with three detentions in Semipalatinsk; fire in Zaysan')}),

dict(id='u008', date='2008-05-14', lang='ru',
     event='2008 locomotive collision and fuel spill at Ushtobe; spring flood in Karatal and Aksu districts (Almaty Region)',
     text="""ТАЛДЫКОРГАН, 14 мая. В Уштобе на железнодорожной станции в среду утром маневровый тепловоз столкнулся с цистерной, из которой вытекло около пяти тонн дизельного топлива. Движение поездов из Алматы в сторону Семея было задержано на шесть часов.
В Каратальском и Аксуском районах Алматинской области продолжается паводок: талые воды подтопили более 70 домов, больше всего пострадал посёлок Жансугуров. Эвакуированных жителей разместили в школах Талдыкоргана.
Ветераны вспоминают, как в шестидесятые годы в Уштобе приходили эшелоны из Алма-Аты с техникой для целинных совхозов. Аким области поручил проверить все дамбы на реке Каратал.""",
     ann=[
        ('ТАЛДЫКОРГАН', 0, 'city', 'Taldykorgan', AR, {'note': 'dateline; Almaty Region before 2022-06-08'}),
        ('Уштобе', 0, 'city', 'Ushtobe', AR),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:route endpoint'}),
        ('Семея', 0, 'city', 'Semey', EKR, {'note': 'NI:route endpoint'}),
        ('Каратальском', 0, 'district', 'Karatal District', AR, {'note': 'in a list sharing the head noun'}),
        ('Аксуском', 0, 'district', 'Aksu District (Almaty Region)', AR, {'note': 'in a list sharing the head noun'}),
        ('Алматинской области', 0, 'region', AR, AR),
        ('Жансугуров', 0, 'village', 'Zhansugurov', AR),
        ('Талдыкоргана', 0, 'city', 'Taldykorgan', AR, {'note': 'NI:evacuation point'}),
        ('Уштобе', 1, 'city', 'Ushtobe', AR, {'note': 'NI:destination of trains in the 1960s'}),
        ('Алма-Аты', 0, 'city', 'Almaty', 'Almaty', {'note': 'old name; NI:origin of trains in the 1960s'}),
        ('Каратал', 0, 'facility', 'Karatal River', N, {'subkind': 'river'}),
     ],
     inc={AR: (2, 'locomotive collision and fuel spill at Ushtobe; flood in Karatal and Aksu districts')}),

dict(id='u009', date='2019-11-05', lang='ru',
     event='2019 mass brawl in Shymkent (city) and gas cylinder explosion in Saryagash (Turkistan Region)',
     text="""ШЫМКЕНТ, 5 ноября. В микрорайоне Нурсат в Шымкенте во вторник вечером произошла массовая драка с участием около 40 человек. Трое госпитализированы, полиция задержала 12 человек. По данным городского департамента полиции, конфликт начался после столкновения двух автомобилей.
Утром того же дня в Сарыагаше взорвался газовый баллон в частном доме, погибла женщина. Департамент по чрезвычайным ситуациям Туркестанской области начал проверку.
Город, который в советское время называли Чимкентом, в прошлом году получил статус города республиканского значения и вышел из состава области. Аким Шымкента пообещал усилить патрулирование в микрорайонах. По словам полиции, часть задержанных приехала из Ташкента.""",
     ann=[
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'dateline'}),
        ('Нурсат', 0, 'district', 'Nursat (Shymkent)', 'Shymkent', {'subkind': 'microdistrict'}),
        ('Шымкенте', 0, 'city', 'Shymkent', 'Shymkent'),
        ('Сарыагаше', 0, 'city', 'Saryagash', 'Turkistan Region'),
        ('Туркестанской области', 0, 'region', 'Turkistan Region', 'Turkistan Region'),
        ('Чимкентом', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'Soviet name'}),
        ('Шымкента', 0, 'city', 'Shymkent', 'Shymkent', {'note': "inside the official post 'akim of Shymkent'"}),
        ('Ташкента', 0, 'foreign', 'Tashkent', N, {'note': 'origin of some detainees'}),
     ],
     inc={'Shymkent': (1, 'mass brawl in the Nursat microdistrict'), 'Turkistan Region': (1, 'gas cylinder explosion in Saryagash')}),

dict(id='u010', date='2022-03-15', lang='ru',
     event='2022 roof collapse at a mine near Satpayev and warehouse fire in Priozersk (Karaganda Region, before the reform)',
     text="""ЖЕЗКАЗГАН, 15 марта. На шахте «Восточная» близ Сатпаева в понедельник обрушилась кровля штрека: погиб горнорабочий, ещё двое получили травмы. Их доставили в больницу Жезказгана.
В Приозерске, небольшом закрытом городе на берегу Балхаша, в ночь на вторник сгорел склад воинской части. По данным департамента по чрезвычайным ситуациям Карагандинской области, площадь пожара составила 600 квадратных метров.
Жители Балхаша тем временем жалуются на перебои с отоплением. Корпорация «Казахмыс» сообщила, что причины обрушения выяснит комиссия с участием инспекторов из Караганды. В профсоюзе добавили, что сокращения на «АрселорМиттал Темиртау» не затронут горняков.""",
     ann=[
        ('ЖЕЗКАЗГАН', 0, 'city', 'Zhezkazgan', KR, {'note': 'dateline; Karaganda Region before 2022-06-08'}),
        ('Восточная', 0, 'facility', 'Vostochnaya mine (Satpayev)', KR, {'subkind': 'mine'}),
        ('Сатпаева', 0, 'city', 'Satpayev', KR),
        ('Жезказгана', 0, 'city', 'Zhezkazgan', KR, {'note': 'NI:hospital location'}),
        ('Приозерске', 0, 'city', 'Priozersk', KR),
        ('Балхаша', 0, 'facility', 'Lake Balkhash', N, {'subkind': 'lake', 'note': 'the lake, not the town'}),
        ('Карагандинской области', 0, 'region', KR, KR),
        ('Балхаша', 1, 'city', 'Balkhash', KR, {'note': 'the town; heating complaints are not an incident'}),
        ('Караганды', 0, 'city', 'Karaganda', KR, {'note': 'NI:origin of inspectors'}),
     ],
     inc={KR: (2, 'roof collapse at the Vostochnaya mine near Satpayev; warehouse fire in Priozersk')}),

dict(id='u011', date='2023-07-04', lang='ru',
     event='2023 forest fire in Beskaragay district (Abai Region) and mudflow in Ridder (East Kazakhstan Region)',
     text="""СЕМЕЙ, 4 июля. Лесной пожар в Бескарагайском районе области Абай за двое суток охватил около 900 гектаров ленточного бора. К тушению привлечены 600 человек и авиация. Жителей посёлка Канонерка эвакуировали в Семей.
Тем временем в Риддере Восточно-Казахстанской области после ливня сошёл сель: вода и камни затопили подвалы двух десятков домов на улице Гагарина.
В Талдыкоргане аким Жетысуской области заявил на брифинге, что регион направит на помощь соседям три пожарных расчёта. Спасатели прибыли также из Павлодарской и Карагандинской областей. По данным лесхоза, причиной пожара мог стать непотушенный костёр.""",
     ann=[
        ('СЕМЕЙ', 0, 'city', 'Semey', 'Abai Region', {'note': 'dateline'}),
        ('Бескарагайском районе', 0, 'district', 'Beskaragay District', 'Abai Region'),
        ('Абай', 0, 'region', 'Abai Region', 'Abai Region', {'note': "'области Абай': the head noun precedes the name"}),
        ('Канонерка', 0, 'village', 'Kanonerka', 'Abai Region'),
        ('Семей', 0, 'city', 'Semey', 'Abai Region', {'note': 'NI:evacuation point'}),
        ('Риддере', 0, 'city', 'Ridder', EKR),
        ('Восточно-Казахстанской области', 0, 'region', EKR, EKR),
        ('улице Гагарина', 0, 'facility', 'Gagarin Street (Ridder)', EKR, {'subkind': 'street', 'note': 'street named after a person'}),
        ('Талдыкоргане', 0, 'city', 'Taldykorgan', 'Jetisu Region', {'note': 'NI:place of a briefing'}),
        ('Жетысуской области', 0, 'region', 'Jetisu Region', 'Jetisu Region', {'note': "inside the official post 'akim of Jetisu Region'"}),
        ('Павлодарской', 0, 'region', 'Pavlodar Region', 'Pavlodar Region', {'note': 'in a list sharing the head noun; NI:origin of rescuers'}),
        ('Карагандинской', 0, 'region', KR, KR, {'note': 'in a list sharing the head noun; NI:origin of rescuers'}),
     ],
     inc={'Abai Region': (1, 'forest fire in Beskaragay district'), EKR: (1, 'mudflow in Ridder')}),

dict(id='u012', date='2000-08-22', lang='ru',
     event='2000 wage rally in Makinsk and grass fire near Borovoe (Akmola Region)',
     text="""КОКШЕТАУ, 22 августа. Около 300 рабочих завода железобетонных изделий провели в понедельник митинг у заводоуправления в Макинске, требуя погасить долги по зарплате за полгода. Аким Буландынского района встретился с протестующими и пообещал помочь.
В ночь на среду в лесу близ Борового загорелась сухая трава; огонь удалось остановить в двух километрах от санаториев. Для тушения вызвали пожарные расчёты из Щучинска и Кокшетау.
Областные власти напоминают, что курортная зона вокруг озера Боровое остаётся одним из немногих мест отдыха для жителей Астаны, до которой отсюда около 250 километров. Летом сюда приезжают также туристы из Омска и Петропавловска.""",
     ann=[
        ('КОКШЕТАУ', 0, 'city', 'Kokshetau', AKR, {'note': 'dateline'}),
        ('Макинске', 0, 'city', 'Makinsk', AKR),
        ('Буландынского района', 0, 'district', 'Bulandy District', AKR, {'note': "inside the official post 'akim of Bulandy district'"}),
        ('Борового', 0, 'village', 'Burabay', AKR),
        ('Щучинска', 0, 'city', 'Shchuchinsk', AKR, {'note': 'NI:origin of fire crews'}),
        ('Кокшетау', 0, 'city', 'Kokshetau', AKR, {'note': 'NI:origin of fire crews'}),
        ('Боровое', 0, 'facility', 'Lake Borovoe', N, {'subkind': 'lake', 'note': 'the lake, not the village'}),
        ('Астаны', 0, 'city', 'Astana', 'Astana', {'note': 'NI:residence of holiday-makers; reference point'}),
        ('Омска', 0, 'foreign', 'Omsk', N, {'note': 'origin of tourists'}),
        ('Петропавловска', 0, 'city', 'Petropavl', 'North Kazakhstan Region', {'note': 'NI:origin of tourists'}),
     ],
     inc={AKR: (2, 'wage rally in Makinsk; grass fire near Borovoe')}),
]
