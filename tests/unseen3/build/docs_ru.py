"""Russian texts of the third unseen check corpus (annotation tuples described in build.py)."""
N = None
KR, EKR, KOR, NKR, SKR = 'Karaganda Region', 'East Kazakhstan Region', 'Kostanay Region', 'North Kazakhstan Region', 'South Kazakhstan Region'
ALR, UR, ATR = 'Almaty Region', 'Ulytau Region', 'Atyrau Region'

DOCS = [
dict(id='w009', date='1999-07-12', lang='ru',
     event='1999 gas poisoning at the Balkhash copper smelter and fire in Sayak (Karaganda Region)',
     text="""КАРАГАНДА, 12 июля. Семь рабочих Балхашского медеплавильного завода отравились сернистым газом в субботу во время ремонта конвертера, сообщили в управлении по чрезвычайным ситуациям Карагандинской области. Двоих отправили самолетом в Караганду, остальные лечатся в городской больнице Балхаша.
В тот же день в поселке Саяк, в 200 километрах от Балхаша, сгорели угольный склад и два жилых дома. Огонь перекинулся на постройки с сухой травы, жителей соседних улиц вывели в школу. Пострадавших нет.
Экологи из Алматы напоминают, что выбросы завода много лет загрязняют озеро Балхаш. Владелец предприятия, корейская компания, обещает закончить модернизацию цеха к 2001 году.""",
     ann=[
        ('КАРАГАНДА', 0, 'city', 'Karaganda', KR, {'note': 'dateline'}),
        ('Балхашского медеплавильного завода', 0, 'facility', 'Balkhash copper smelter', KR, {'subkind': 'plant'}),
        ('Карагандинской области', 0, 'region', KR, KR, {'note': 'inside the name of the emergency department (jurisdiction)'}),
        ('Караганду', 0, 'city', 'Karaganda', KR, {'note': 'NI:hospital town'}),
        ('Балхаша', 0, 'city', 'Balkhash', KR, {'note': 'NI:hospital town (the smelter itself is the incident site)'}),
        ('Саяк', 0, 'village', 'Sayak', KR),
        ('Балхаша', 1, 'city', 'Balkhash', KR, {'note': 'NI:reference point'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of the ecologists'}),
        ('Балхаш', 0, 'facility', 'Lake Balkhash', N, {'subkind': 'lake', 'note': 'the lake, not the town'}),
     ],
     inc={KR: (2, 'gas poisoning at the Balkhash smelter; fire in Sayak')}),

dict(id='w010', date='2004-03-30', lang='ru',
     event='2004 ice-jam flood on the Uba in Shemonaikha and Glubokoe districts (East Kazakhstan Region)',
     text="""УСТЬ-КАМЕНОГОРСК, 30 марта. Ледяной затор на реке Убе вызвал подтопление в Шемонаихинском районе Восточно-Казахстанской области. Вода зашла в 120 дворов в селах Верх-Уба и Выдриха, жителей вывезли в Шемонаиху.
В соседнем Глубоковском районе паводок размыл дорогу на Риддер (бывший Лениногорск), движение закрыто. Саперы подрывают лед у поселка Белоусовка.
На помощь прибыли вертолет из Усть-Каменогорска и отряд спасателей из Барнаула (Алтайский край России). Уровень Иртыша у Семипалатинска пока ниже опасной отметки, сообщил областной департамент по чрезвычайным ситуациям. Синоптики обещают потепление до пятнадцати градусов, поэтому спасатели готовятся к новой волне паводка на выходных.""",
     ann=[
        ('УСТЬ-КАМЕНОГОРСК', 0, 'city', 'Oskemen', EKR, {'note': 'dateline'}),
        ('Убе', 0, 'facility', 'Uba River', N, {'subkind': 'river'}),
        ('Шемонаихинском районе', 0, 'district', 'Shemonaikha District', EKR),
        ('Восточно-Казахстанской области', 0, 'region', EKR, EKR),
        ('Верх-Уба', 0, 'village', 'Verkh-Uba', EKR),
        ('Выдриха', 0, 'village', 'Vydrikha', EKR),
        ('Шемонаиху', 0, 'city', 'Shemonaikha', EKR, {'note': 'NI:evacuation point'}),
        ('Глубоковском районе', 0, 'district', 'Glubokoe District', EKR),
        ('Риддер', 0, 'city', 'Ridder', EKR, {'note': 'NI:destination of the washed-out road'}),
        ('Лениногорск', 0, 'city', 'Ridder', EKR, {'note': 'NI:former name in a gloss'}),
        ('Белоусовка', 0, 'village', 'Belousovka', EKR),
        ('Усть-Каменогорска', 0, 'city', 'Oskemen', EKR, {'note': 'NI:origin of the helicopter'}),
        ('Барнаула', 0, 'foreign', 'Barnaul', N, {'note': 'origin of rescuers'}),
        ('Алтайский край', 0, 'foreign', 'Altai Krai', N),
        ('России', 0, 'foreign', 'Russia', N),
        ('Иртыша', 0, 'facility', 'Irtysh', N, {'subkind': 'river'}),
        ('Семипалатинска', 0, 'city', 'Semey', EKR, {'note': 'NI:river gauge; East Kazakhstan Region before 2022-06-08'}),
     ],
     inc={EKR: (1, 'ice-jam flood in Shemonaikha and Glubokoe districts (one flood per ADM1)')}),

dict(id='w011', date='2009-12-08', lang='ru',
     event='2009 bus crash on the Rudny-Kachar road and school canteen poisoning in Arkalyk (Kostanay Region)',
     text="""КОСТАНАЙ, 8 декабря. Автобус с рабочими Соколовско-Сарбайского горно-обогатительного объединения опрокинулся на трассе Рудный – Качар в понедельник утром. Пострадали 14 человек, троих в тяжелом состоянии доставили в больницу Рудного. По данным полиции, водитель не справился с управлением на обледенелом участке в пяти километрах от поселка Качар.
В тот же день в Аркалыке 23 ученика школы-гимназии отравились в столовой. Санитарные врачи Костанайской области закрыли пищеблок и взяли пробы продуктов, сообщает газета «Костанайские новости».
Матч «Тобол» – «Актобе», назначенный на среду в Костанае, пройдет без зрителей из-за морозов.""",
     ann=[
        ('КОСТАНАЙ', 0, 'city', 'Kostanay', KOR, {'note': 'dateline'}),
        ('Рудный', 0, 'city', 'Rudny', KOR, {'note': "NI:route endpoint; Sokolovka and Sarbai inside the company name are not annotated"}),
        ('Качар', 0, 'village', 'Kachar', KOR, {'note': 'NI:route endpoint'}),
        ('Рудного', 0, 'city', 'Rudny', KOR, {'note': 'NI:hospital town'}),
        ('Качар', 1, 'village', 'Kachar', KOR, {'note': 'NI:reference point'}),
        ('Аркалыке', 0, 'city', 'Arkalyk', KOR),
        ('Костанайской области', 0, 'region', KOR, KOR, {'note': "sanitary service of the region; «Костанайские новости» (newspaper), «Тобол» and «Актобе» (football clubs) are not annotated"}),
        ('Костанае', 0, 'city', 'Kostanay', KOR, {'note': 'NI:venue of a match'}),
     ],
     inc={KOR: (2, 'bus crash on the Rudny-Kachar road (located only by route endpoints and a reference point); canteen poisoning in Arkalyk')}),

dict(id='w012', date='2013-04-17', lang='ru',
     event='2013 spring flood in Mamlyut district and ice jams near Sergeevka (North Kazakhstan Region)',
     text="""ПЕТРОПАВЛОВСК, 17 апреля. Паводок в Северо-Казахстанской области затопил более 200 домов в Мамлютском районе, сообщил департамент по чрезвычайным ситуациям. Хуже всего в селах Леденево и Покровка, где вода поднялась на полтора метра.
У города Сергеевка на Ишиме саперы подрывают ледяные заторы, чтобы уберечь плотину Сергеевского водохранилища. Талая вода перекрыла дороги в ряде районов области, без связи остаются несколько сел Тайыншинского района.
Аким области провел заседание штаба в Булаеве, куда вывезли жителей трех сел. В соседней Курганской области России также объявлен режим чрезвычайной ситуации.""",
     ann=[
        ('ПЕТРОПАВЛОВСК', 0, 'city', 'Petropavl', NKR, {'note': 'dateline'}),
        ('Северо-Казахстанской области', 0, 'region', NKR, NKR),
        ('Мамлютском районе', 0, 'district', 'Mamlyut District', NKR),
        ('Леденево', 0, 'village', 'Ledenevo', NKR),
        ('Покровка', 0, 'village', 'Pokrovka (Mamlyut District)', NKR),
        ('Сергеевка', 0, 'city', 'Sergeevka', NKR),
        ('Ишиме', 0, 'facility', 'Ishim', N, {'subkind': 'river'}),
        ('Сергеевского водохранилища', 0, 'facility', 'Sergeevka Reservoir', N, {'subkind': 'reservoir', 'note': 'water body in North Kazakhstan Region'}),
        ('ряде районов', 0, 'quantified', 'several districts', N, {'count': None, 'unit': 'district', 'note': 'roads cut by meltwater in unnamed districts of the region'}),
        ('несколько сел Тайыншинского района', 0, 'quantified', 'several villages', N, {'count': None, 'unit': 'village', 'note': 'villages of Tayynsha district cut off; the toponym is inside the quantified span'}),
        ('Булаеве', 0, 'city', 'Bulaevo', NKR, {'note': 'NI:meeting place and evacuation point'}),
        ('трех сел', 0, 'quantified', '3 villages', N, {'count': 3, 'unit': 'village', 'note': 'evacuated villages, not named'}),
        ('Курганской области', 0, 'foreign', 'Kurgan Oblast', N, {'note': 'state of emergency (official measure)'}),
        ('России', 0, 'foreign', 'Russia', N),
     ],
     inc={NKR: (1, 'spring flood in Mamlyut district, near Sergeevka and in Tayynsha district (one flood per ADM1)')}),

dict(id='w013', date='2018-06-12', lang='ru',
     event='2018 gas cylinder explosion in a Shymkent cafe and wedding poisoning in Sairam district (South Kazakhstan Region, a week before the reform)',
     text="""ШЫМКЕНТ, 12 июня. Взрыв газового баллона в кафе на улице Байтурсынова в Шымкенте ранил пятерых посетителей, сообщили в департаменте полиции Южно-Казахстанской области. Кафе выгорело полностью, владельцу грозит штраф.
В Сайрамском районе 38 гостей свадьбы в селе Карабулак попали в больницу с признаками отравления. Причиной, по предварительным данным, стал салат, который приготовил повар из Сарыагаша; его задержали.
Это одни из последних дел, которые ведет областная полиция в Шымкенте: через неделю город получит статус города республиканского значения, а центр области переедет в Туркестан.""",
     ann=[
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', SKR, {'note': 'dateline; Shymkent is part of the region before 2018-06-19'}),
        ('улице Байтурсынова', 0, 'facility', 'Baitursynov Street (Shymkent)', SKR, {'subkind': 'street', 'note': 'street named after a person'}),
        ('Шымкенте', 0, 'city', 'Shymkent', SKR),
        ('Южно-Казахстанской области', 0, 'region', SKR, SKR, {'note': 'inside the name of the police department (jurisdiction)'}),
        ('Сайрамском районе', 0, 'district', 'Sairam District', SKR),
        ('Карабулак', 0, 'village', 'Karabulak (Sairam District)', SKR),
        ('Сарыагаша', 0, 'city', 'Saryagash', SKR, {'note': 'NI:origin of the cook'}),
        ('Шымкенте', 1, 'city', 'Shymkent', SKR, {'note': 'NI:seat of the regional police'}),
        ('Туркестан', 0, 'city', 'Turkistan', SKR, {'note': 'NI:future regional centre'}),
     ],
     inc={SKR: (2, 'gas cylinder explosion in a Shymkent cafe; wedding poisoning in Karabulak (the cook\'s detention is part of it)')}),

dict(id='w014', date='2022-06-02', lang='ru',
     event='2022 windstorm in Taldykorgan and steppe fire near Kapal in Aksu district (Almaty Region, a week before the reform)',
     text="""ТАЛДЫКОРГАН, 2 июня. Сильный ветер в среду повалил деревья и оборвал провода в Талдыкоргане, без света остались около 15 тысяч жителей. В Аксуском районе Алматинской области ветер раздул степной пожар: огонь прошел 600 гектаров пастбищ у села Капал и уничтожил две кошары.
Спасатели из Текели и Ушарала тушили пожар до утра, сообщил департамент по чрезвычайным ситуациям. Жилые дома огонь не затронул, но около 300 овец пришлось перегнать на дальние пастбища.
Через неделю Талдыкорган станет центром новой области, в которую войдут Аксуский, Саркандский и Алакольский районы, а центр Алматинской области переедет в Капшагай.""",
     ann=[
        ('ТАЛДЫКОРГАН', 0, 'city', 'Taldykorgan', ALR, {'note': 'dateline; Almaty Region before 2022-06-08'}),
        ('Талдыкоргане', 0, 'city', 'Taldykorgan', ALR),
        ('Аксуском районе', 0, 'district', 'Aksu District (Jetisu)', ALR),
        ('Алматинской области', 0, 'region', ALR, ALR),
        ('Капал', 0, 'village', 'Kapal', ALR),
        ('Текели', 0, 'city', 'Tekeli', ALR, {'note': 'NI:origin of rescuers'}),
        ('Ушарала', 0, 'city', 'Usharal', ALR, {'note': 'NI:origin of rescuers'}),
        ('Талдыкорган', 0, 'city', 'Taldykorgan', ALR, {'note': 'NI:future centre of a new region'}),
        ('Аксуский', 0, 'district', 'Aksu District (Jetisu)', ALR, {'note': 'NI:list sharing the head noun районы'}),
        ('Саркандский', 0, 'district', 'Sarkand District', ALR, {'note': 'NI:list sharing the head noun районы'}),
        ('Алакольский', 0, 'district', 'Alakol District', ALR, {'note': 'NI:list sharing the head noun районы'}),
        ('Алматинской области', 1, 'region', ALR, ALR, {'note': 'NI:statement on the regional centre'}),
        ('Капшагай', 0, 'city', 'Konaev', ALR, {'note': 'NI:future regional centre (renamed Konaev later in 2022)'}),
     ],
     inc={ALR: (2, 'windstorm in Taldykorgan; steppe fire near Kapal (two events of different kinds, told separately)')}),

dict(id='w015', date='2024-09-10', lang='ru',
     event='2024 museum and tourism season in Ulytau Region (no incident)',
     text="""ЖЕЗКАЗГАН, 10 сентября. В селе Улытау открылся новый музей истории края, где собраны находки археологов из окрестных степей. На открытие приехали гости из Астаны, Караганды и Казани.
Из Жезказгана и Сатпаева в Улытау теперь ходят ежедневные автобусы, а дорогу до Каражала обещают отремонтировать к 2026 году. Аким Улытауской области сообщил, что за лето регион посетили 40 тысяч туристов, больше всего из Карагандинской области и Китая.
Рядом с мавзолеем Жошы-хана построят гостевой дом и парковку, а в Жезказгане летом пройдет фестиваль этнической музыки.""",
     ann=[
        ('ЖЕЗКАЗГАН', 0, 'city', 'Zhezkazgan', UR, {'note': 'dateline'}),
        ('Улытау', 0, 'village', 'Ulytau', UR),
        ('Астаны', 0, 'city', 'Astana', 'Astana', {'note': 'origin of guests'}),
        ('Караганды', 0, 'city', 'Karaganda', KR, {'note': 'origin of guests'}),
        ('Казани', 0, 'foreign', 'Kazan', N, {'note': 'origin of guests'}),
        ('Жезказгана', 0, 'city', 'Zhezkazgan', UR, {'note': 'route endpoint'}),
        ('Сатпаева', 0, 'city', 'Satpayev', UR, {'note': 'route endpoint; town named after a person'}),
        ('Улытау', 1, 'village', 'Ulytau', UR, {'note': 'route endpoint'}),
        ('Каражала', 0, 'city', 'Karazhal', UR, {'note': 'route endpoint'}),
        ('Улытауской области', 0, 'region', UR, UR),
        ('Карагандинской области', 0, 'region', KR, KR, {'note': 'origin of tourists'}),
        ('Китая', 0, 'foreign', 'China', N, {'note': 'origin of tourists'}),
        ('мавзолеем Жошы-хана', 0, 'facility', 'Jochi Khan Mausoleum', UR, {'subkind': 'mausoleum', 'note': 'named after a person'}),
        ('Жезказгане', 0, 'city', 'Zhezkazgan', UR, {'note': 'venue of a festival'}),
     ],
     inc={}),

dict(id='w016', date='2025-12-15', lang='ru',
     event='2025 hydrogen sulphide poisoning at a well near Dossor and oil workers rally in Atyrau (Atyrau Region)',
     text="""АТЫРАУ, 15 декабря. Шестеро рабочих отравились сероводородом при ремонте скважины на месторождении у поселка Доссор в Макатском районе, сообщил департамент по чрезвычайным ситуациям Атырауской области. Один из них скончался в больнице Атырау, остальных уже выписали.
Компанию «Макат Мунай», которая обслуживает скважину и зарегистрирована в Кульсары, суд уже штрафовал в прошлом году за нарушения правил безопасности.
В субботу около ста нефтяников провели митинг у здания акимата в Атырау, требуя погасить долги по зарплате за три месяца. Часть из них приехала из Макатского района и из Мангистауской области.""",
     ann=[
        ('АТЫРАУ', 0, 'city', 'Atyrau', ATR, {'note': 'dateline'}),
        ('Доссор', 0, 'village', 'Dossor', ATR),
        ('Макатском районе', 0, 'district', 'Makat District', ATR),
        ('Атырауской области', 0, 'region', ATR, ATR, {'note': 'inside the name of the emergency department (jurisdiction)'}),
        ('Атырау', 0, 'city', 'Atyrau', ATR, {'note': 'NI:hospital town'}),
        ('Кульсары', 0, 'city', 'Kulsary', ATR, {'note': "NI:registered seat of a company; «Макат Мунай» (company) is not annotated"}),
        ('Атырау', 1, 'city', 'Atyrau', ATR),
        ('Макатского района', 0, 'district', 'Makat District', ATR, {'note': 'NI:origin of protesters'}),
        ('Мангистауской области', 0, 'region', 'Mangystau Region', 'Mangystau Region', {'note': 'NI:origin of protesters'}),
     ],
     inc={ATR: (2, 'hydrogen sulphide poisoning near Dossor; wage rally at the akimat in Atyrau')}),
]
