"""Russian texts of the fourth unseen check corpus (annotation tuples described in
tests/build_check_corpus.py)."""
N = None
JR, ALR, KYR, TR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'Turkistan Region', 'South Kazakhstan Region'
ABR, JTR, EKR, MR, KOR = 'Abai Region', 'Jetisu Region', 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR, UR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region', 'Ulytau Region'

DOCS = [
dict(id='x009', date='2001-11-14', lang='ru',
     event='2001 pit wall collapse at the Sokolovsky quarry in Rudny and wage rally in Zhitikara (Kostanay Region)',
     text="""КОСТАНАЙ, 14 ноября (Интерфакс-Казахстан). Двое рабочих погибли при обрушении борта Соколовского карьера в Рудном во вторник вечером, сообщили в управлении по чрезвычайным ситуациям Костанайской области. Под завалом оказались экскаватор и самосвал, тела извлекли только через сутки. Третьего пострадавшего, машиниста экскаватора, доставили в областную больницу в Костанае.
В тот же день около 200 работников комбината «Костанайские минералы» провели митинг у здания акимата в Житикаре, требуя погасить долги по зарплате за шесть месяцев. Комбинат добывает асбест, который продаёт в Индию, Китай и страны Юго-Восточной Азии.
Правительственная комиссия из Астаны и специалисты завода-изготовителя из Челябинска прибудут в Рудный в четверг. Прокуратура Рудного возбудила уголовное дело по статье о нарушении правил безопасности при ведении горных работ.""",
     ann=[
        ('КОСТАНАЙ', 0, 'city', 'Kostanay', KOR, {'note': 'dateline'}),
        ('Соколовского карьера', 0, 'facility', 'Sokolovsky quarry (Rudny)', KOR, {'subkind': 'mine'}),
        ('Рудном', 0, 'city', 'Rudny', KOR),
        ('Костанайской области', 0, 'region', KOR, KOR, {'note': 'inside the name of an authority'}),
        ('Костанае', 0, 'city', 'Kostanay', KOR, {'note': 'NI:hospital town'}),
        ('Житикаре', 0, 'city', 'Zhitikara', KOR),
        ('Индию', 0, 'foreign', 'India', N),
        ('Китай', 0, 'foreign', 'China', N),
        ('Юго-Восточной Азии', 0, 'foreign', 'South-East Asia', N, {'subkind': 'macro-region'}),
        ('Астаны', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of a commission'}),
        ('Челябинска', 0, 'foreign', 'Chelyabinsk', N, {'note': 'origin of specialists'}),
        ('Рудный', 0, 'city', 'Rudny', KOR, {'note': 'NI:destination of the commission'}),
        ('Рудного', 0, 'city', 'Rudny', KOR, {'note': 'inside the name of an authority (the prosecutor\'s office); the criminal case is not an incident'}),
     ],
     inc={KOR: (2, 'pit wall collapse at the Sokolovsky quarry in Rudny and wage rally in Zhitikara; the criminal case is not counted')}),

dict(id='x010', date='2008-08-05', lang='ru',
     event='2008 forest fire in the Burabay national park and road crash near Shortandy (Akmola Region)',
     text="""КОКШЕТАУ, 5 августа. Лесной пожар в национальном парке «Бурабай» удалось локализовать в понедельник утром, сообщили в департаменте по ЧС Акмолинской области. Огонь прошёл около 150 гектаров соснового леса в трёх километрах от посёлка Бурабай и у западного берега озера Щучье. Отдыхающих с двух турбаз вывезли в Щучинск.
В тушении участвовали пожарные из Кокшетау, Степняка и Макинска, а также вертолёт из Астаны. Причиной пожара, по предварительным данным, стал непогашенный костёр.
В воскресенье вечером на трассе Астана – Щучинск у посёлка Шортанды столкнулись микроавтобус и грузовик. Погибли три человека, ещё пятеро с травмами доставлены в больницы Астаны.
Курорт Боровое ежегодно принимает сотни тысяч отдыхающих, в том числе из России и Китая.""",
     ann=[
        ('КОКШЕТАУ', 0, 'city', 'Kokshetau', AKR, {'note': 'dateline'}),
        ('Бурабай', 0, 'facility', 'Burabay National Park', AKR, {'subkind': 'nature reserve'}),
        ('Акмолинской области', 0, 'region', AKR, AKR, {'note': 'inside the name of an authority'}),
        ('Бурабай', 1, 'village', 'Burabay', AKR, {'note': 'NI:reference point ("three km from")'}),
        ('Щучье', 0, 'facility', 'Lake Shchuchye', N, {'subkind': 'lake', 'note': 'lake in Akmola Region; the fire reached its shore'}),
        ('Щучинск', 0, 'city', 'Shchuchinsk', AKR, {'note': 'NI:evacuation point'}),
        ('Кокшетау', 0, 'city', 'Kokshetau', AKR, {'note': 'NI:origin of firefighters'}),
        ('Степняка', 0, 'city', 'Stepnyak', AKR, {'note': 'NI:origin of firefighters'}),
        ('Макинска', 0, 'city', 'Makinsk', AKR, {'note': 'NI:origin of firefighters'}),
        ('Астаны', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of a helicopter'}),
        ('Астана', 0, 'city', 'Astana', 'Astana', {'note': 'NI:route endpoint'}),
        ('Щучинск', 1, 'city', 'Shchuchinsk', AKR, {'note': 'NI:route endpoint'}),
        ('Шортанды', 0, 'village', 'Shortandy', AKR),
        ('Астаны', 1, 'city', 'Astana', 'Astana', {'note': 'NI:hospital town'}),
        ('Боровое', 0, 'village', 'Burabay', AKR, {'note': 'NI:Russian name of Burabay; background on the resort'}),
        ('России', 0, 'foreign', 'Russia', N),
        ('Китая', 0, 'foreign', 'China', N),
     ],
     inc={AKR: (2, 'forest fire in the Burabay park and the crash near Shortandy')}),

dict(id='x011', date='2016-06-02', lang='ru',
     event='2016 food poisoning at a sanatorium in Saryagash and market fire in Lenger (South Kazakhstan Region)',
     text="""ШЫМКЕНТ, 2 июня. Двадцать три отдыхающих санатория в Сарыагаше обратились к врачам с признаками кишечной инфекции, сообщили в департаменте по защите прав потребителей ЮКО. Семерых госпитализировали в районную больницу, остальные лечатся амбулаторно. Пищеблок санатория закрыт, взяты пробы воды и продуктов. Среди заболевших есть гости из Ташкента и Бишкека.
В ночь на среду в городе Ленгер Толебийского района сгорели 14 павильонов на центральном рынке. По предварительным данным, причиной стало короткое замыкание. Пожар тушили пять часов, на помощь ленгерским пожарным прибыли расчёты из Шымкента.
Аким Южно-Казахстанской области поручил до конца месяца проверить рынки во всех районах. Сарыагашский район известен минеральными источниками, курорт находится в 15 километрах от узбекской границы.""",
     ann=[
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', SKR, {'note': 'dateline; South Kazakhstan Region before 2018-06-19'}),
        ('Сарыагаше', 0, 'city', 'Saryagash', SKR),
        ('ЮКО', 0, 'region', SKR, SKR, {'note': 'abbreviation inside the name of an authority'}),
        ('Ташкента', 0, 'foreign', 'Tashkent', N, {'note': 'origin of guests'}),
        ('Бишкека', 0, 'foreign', 'Bishkek', N, {'note': 'origin of guests'}),
        ('Ленгер', 0, 'city', 'Lenger', SKR),
        ('Толебийского района', 0, 'district', 'Tole Bi District', SKR),
        ('Шымкента', 0, 'city', 'Shymkent', SKR, {'note': 'NI:origin of fire crews; South Kazakhstan Region before 2018-06-19'}),
        ('Южно-Казахстанской области', 0, 'region', SKR, SKR, {'note': 'inside an official post'}),
        ('всех районах', 0, 'quantified', 'all districts', N, {'count': None, 'unit': 'district', 'quantifier': 'all', 'note': 'inspections ordered; not about incidents'}),
        ('Сарыагашский район', 0, 'district', 'Saryagash District', SKR, {'note': 'NI:background'}),
     ],
     inc={SKR: (2, 'food poisoning at the Saryagash sanatorium and market fire in Lenger')}),

dict(id='x012', date='2019-11-20', lang='ru',
     event='2019 underground sit-in of miners in Satpayev and support rally with detentions in Zhezkazgan (Karaganda Region)',
     text="""ЖЕЗКАЗГАН, 20 ноября. Около 600 горняков рудника «Анненский» в Сатпаеве вторые сутки отказываются подниматься на поверхность, требуя повысить зарплату на 30 процентов, сообщил председатель профкома Асхат Балхашев.
В Жезказгане в среду около 150 человек собрались у здания городского акимата в поддержку горняков. Полиция задержала двоих организаторов акции за нарушение порядка проведения митингов.
Руководство компании в Нур-Султане заявило, что готово к переговорам, но не раньше, чем шахтёры поднимутся наверх. Заместитель акима Карагандинской области вылетел в Сатпаев.
Медь с рудников вокруг Жезказгана перерабатывают на заводах в Балхаше и Жезказгане, а катоды продают в Китай и Европу. Забастовка грозит сорвать поставки по контрактам до конца года, считают аналитики в Алматы.""",
     ann=[
        ('ЖЕЗКАЗГАН', 0, 'city', 'Zhezkazgan', KR, {'note': 'dateline; Karaganda Region before 2022-06-08'}),
        ('Анненский', 0, 'facility', 'Annensky mine (Satpayev)', KR, {'subkind': 'mine'}),
        ('Сатпаеве', 0, 'city', 'Satpayev', KR),
        ('Жезказгане', 0, 'city', 'Zhezkazgan', KR),
        ('Нур-Султане', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the company management'}),
        ('Карагандинской области', 0, 'region', KR, KR, {'note': 'inside an official post'}),
        ('Сатпаев', 0, 'city', 'Satpayev', KR, {'note': 'NI:destination of an official (same site)'}),
        ('Жезказгана', 0, 'city', 'Zhezkazgan', KR, {'note': 'NI:reference point for mines'}),
        ('Балхаше', 0, 'city', 'Balkhash', KR, {'note': 'NI:smelter location, background'}),
        ('Жезказгане', 1, 'city', 'Zhezkazgan', KR, {'note': 'NI:smelter location, background'}),
        ('Китай', 0, 'foreign', 'China', N),
        ('Европу', 0, 'foreign', 'Europe', N, {'subkind': 'macro-region'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:residence of analysts'}),
     ],
     inc={KR: (2, 'underground sit-in strike in Satpayev and the rally in Zhezkazgan with two detentions (one event at one place)')}),

dict(id='x013', date='2021-07-26', lang='ru',
     event='2021 boat capsizing at Kapshagay and warehouse fire in Taldykorgan (Almaty Region, before the 2022 reform)',
     text="""ТАЛДЫКОРГАН, 26 июля. В Алматинской области за выходные произошли два крупных происшествия, сообщили в департаменте по ЧС региона.
В воскресенье днём в зоне отдыха на окраине Капшагая перевернулась прогулочная лодка. Двое отдыхающих из Семея утонули, пятерых, в том числе гражданина Кыргызстана, спасли. Водолазы искали тела в Капшагайском водохранилище до позднего вечера.
В ночь на понедельник в Талдыкоргане загорелся склад стройматериалов в микрорайоне Жастар. Огонь перекинулся на соседние гаражи, пострадавших нет. Площадь пожара составила 900 квадратных метров.
В тот же день в 60 километрах от Бишкека произошло землетрясение магнитудой 4,5. В Текели, Талдыкоргане и Алматы толчки не ощущались.""",
     ann=[
        ('ТАЛДЫКОРГАН', 0, 'city', 'Taldykorgan', ALR, {'note': 'dateline; Almaty Region before 2022-06-08'}),
        ('Алматинской области', 0, 'region', ALR, ALR),
        ('Капшагая', 0, 'city', 'Konaev', ALR, {'note': 'Kapshagay, renamed Konaev in 2022'}),
        ('Семея', 0, 'city', 'Semey', EKR, {'note': 'NI:residence of the victims; East Kazakhstan Region before 2022-06-08'}),
        ('Кыргызстана', 0, 'foreign', 'Kyrgyzstan', N),
        ('Капшагайском водохранилище', 0, 'facility', 'Kapshagay Reservoir', N, {'subkind': 'reservoir', 'note': 'reservoir in Almaty Region'}),
        ('Талдыкоргане', 0, 'city', 'Taldykorgan', ALR),
        ('Жастар', 0, 'district', 'Zhastar (Taldykorgan)', ALR, {'subkind': 'microdistrict'}),
        ('Бишкека', 0, 'foreign', 'Bishkek', N, {'note': 'reference point for an epicentre abroad'}),
        ('Текели', 0, 'city', 'Tekeli', ALR, {'note': 'NI:not shaken'}),
        ('Талдыкоргане', 1, 'city', 'Taldykorgan', ALR, {'note': 'NI:not shaken'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:not shaken'}),
     ],
     inc={ALR: (2, 'boat capsizing at Kapshagay and warehouse fire in Taldykorgan; the earthquake abroad was not felt')}),

dict(id='x014', date='2023-01-18', lang='ru',
     event='2023 carbon monoxide poisoning in Semey and boiler explosion in Kurchatov (Abai Region); boiler-house fire in Zhelezinka (Pavlodar Region)',
     text="""СЕМЕЙ, 18 января. Семья из пяти человек, в том числе трое детей, отравилась угарным газом в частном доме в Семее в ночь на среду, сообщили в департаменте по ЧС области Абай. Всех пострадавших доставили в городскую больницу, их жизни ничего не угрожает. Причиной стала неисправная печь.
Утром того же дня в Курчатове взорвался котёл в городской котельной, ранен оператор. Без отопления остались 14 многоквартирных домов. Резервный котёл доставят из Усть-Каменогорска. В тот же день в соседней Павлодарской области, в селе Железинка, сгорела школьная котельная, занятия отменены.
Курчатов, бывший закрытый город учёных-ядерщиков, стоит на берегу Иртыша, на краю бывшего Семипалатинского испытательного полигона. До июня 2022 года он, как и Семей, входил в состав Восточно-Казахстанской области.
Синоптики предупреждают, что в Аягозском и Урджарском районах морозы в ближайшие дни усилятся до минус 42 градусов.""",
     ann=[
        ('СЕМЕЙ', 0, 'city', 'Semey', ABR, {'note': 'dateline'}),
        ('Семее', 0, 'city', 'Semey', ABR),
        ('области Абай', 0, 'region', ABR, ABR, {'note': 'Russian order "область Абай"; inside the name of an authority'}),
        ('Курчатове', 0, 'city', 'Kurchatov', ABR),
        ('Усть-Каменогорска', 0, 'city', 'Oskemen', EKR, {'note': 'NI:origin of a spare boiler'}),
        ('Павлодарской области', 0, 'region', PR, PR),
        ('Железинка', 0, 'village', 'Zhelezinka', PR),
        ('Курчатов', 0, 'city', 'Kurchatov', ABR, {'note': 'NI:background'}),
        ('Иртыша', 0, 'facility', 'Irtysh', N, {'subkind': 'river'}),
        ('Семипалатинского испытательного полигона', 0, 'facility', 'Semipalatinsk Test Site', N, {'subkind': 'test site', 'uncertain': True, 'note': 'former nuclear test site spread over several units'}),
        ('Семей', 0, 'city', 'Semey', ABR, {'note': 'NI:background on the reform'}),
        ('Восточно-Казахстанской области', 0, 'region', EKR, EKR, {'note': 'the former unit of Kurchatov and Semey'}),
        ('Аягозском', 0, 'district', 'Ayagoz District', ABR, {'note': 'NI:list with one head noun; frost forecast'}),
        ('Урджарском', 0, 'district', 'Urzhar District', ABR, {'note': 'NI:list with one head noun; frost forecast'}),
     ],
     inc={ABR: (2, 'carbon monoxide poisoning in Semey and boiler explosion in Kurchatov'), PR: (1, 'school boiler-house fire in Zhelezinka')}),

dict(id='x015', date='2025-05-12', lang='ru',
     event='2025 football league round (no incident)',
     text="""АЛМАТЫ, 12 мая. В девятом туре чемпионата Казахстана по футболу «Кайрат» на Центральном стадионе обыграл шымкентский «Ордабасы» со счётом 2:0. Победный мяч забил бразильский легионер, перешедший в клуб из Португалии.
«Тобол» в Костанае сыграл вничью с «Атырау», а «Жетысу» из Талдыкоргана уступил «Актобе» на выезде — 0:1. «Елимай» принимал в Семее «Кызылжар» из Петропавловска и победил 3:1.
Матч «Астаны» с «Тураном» из Туркестана перенесён на июнь из-за замены газона на «Астана Арене». Всего матчи тура прошли в шести городах страны, их посетили 41 тысяча зрителей.
В июне сборная Казахстана сыграет в Астане с командами Уэльса и Северной Македонии в отборочном турнире чемпионата мира.""",
     ann=[
        ('АЛМАТЫ', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Казахстана', 0, 'country', 'Kazakhstan', N, {'note': 'inside the name of a championship'}),
        ('Центральном стадионе', 0, 'facility', 'Central Stadium (Almaty)', 'Almaty', {'subkind': 'stadium'}),
        ('Португалии', 0, 'foreign', 'Portugal', N),
        ('Костанае', 0, 'city', 'Kostanay', KOR),
        ('Талдыкоргана', 0, 'city', 'Taldykorgan', JTR),
        ('Семее', 0, 'city', 'Semey', ABR),
        ('Петропавловска', 0, 'city', 'Petropavl', NKR),
        ('Туркестана', 0, 'city', 'Turkistan', TR),
        ('Астана Арене', 0, 'facility', 'Astana Arena', 'Astana', {'subkind': 'stadium'}),
        ('шести городах', 0, 'quantified', '6 cities', N, {'count': 6, 'unit': 'city', 'note': 'match venues; not about incidents'}),
        ('Казахстана', 1, 'country', 'Kazakhstan', N, {'uncertain': True, 'note': 'national team ("сборная Казахстана"): the country, or part of a team name'}),
        ('Астане', 0, 'city', 'Astana', 'Astana'),
        ('Уэльса', 0, 'foreign', 'Wales', N),
        ('Северной Македонии', 0, 'foreign', 'North Macedonia', N),
     ]),

dict(id='x016', date='2026-04-09', lang='ru',
     event='2026 grass fire reaching Presnovka (Zhambyl district) and gas cylinder explosion on Zhambyl Street in Petropavl (North Kazakhstan Region)',
     text="""ПЕТРОПАВЛОВСК, 9 апреля. Пал сухой травы в Жамбылском районе Северо-Казахстанской области в среду дошёл до окраины села Пресновка: сгорели три жилых дома и несколько сараев, сообщили в ДЧС СКО. Пожар удалось остановить к вечеру, на помощь прибыли расчёты из Мамлютки и Петропавловска.
В тот же день в Петропавловске в пятиэтажном доме на улице Жамбыла взорвался газовый баллон. Двое жильцов получили ожоги, из подъезда эвакуировали 30 человек.
Паводковая обстановка в ряде районов области остаётся стабильной, уровень воды в Ишиме у Петропавловска ниже прошлогоднего. Спасатели следят за притоком воды из Курганской и Тюменской областей России.""",
     ann=[
        ('ПЕТРОПАВЛОВСК', 0, 'city', 'Petropavl', NKR, {'note': 'dateline'}),
        ('Жамбылском районе', 0, 'district', 'Zhambyl District (North Kazakhstan Region)', NKR, {'note': 'homonym of Jambyl Region'}),
        ('Северо-Казахстанской области', 0, 'region', NKR, NKR),
        ('Пресновка', 0, 'village', 'Presnovka', NKR),
        ('СКО', 0, 'region', NKR, NKR, {'note': 'abbreviation inside the name of an authority'}),
        ('Мамлютки', 0, 'city', 'Mamlyutka', NKR, {'note': 'NI:origin of fire crews'}),
        ('Петропавловска', 0, 'city', 'Petropavl', NKR, {'note': 'NI:origin of fire crews'}),
        ('Петропавловске', 0, 'city', 'Petropavl', NKR),
        ('улице Жамбыла', 0, 'facility', 'Zhambyl Street (Petropavl)', NKR, {'subkind': 'street', 'note': 'street named after the poet Zhambyl'}),
        ('ряде районов', 0, 'quantified', 'several districts', N, {'count': None, 'unit': 'district', 'note': 'stable flood situation; not about incidents'}),
        ('Ишиме', 0, 'facility', 'Ishim', N, {'subkind': 'river'}),
        ('Петропавловска', 1, 'city', 'Petropavl', NKR, {'note': 'NI:reference point for a water level'}),
        ('Курганской', 0, 'foreign', 'Kurgan Oblast', N, {'note': 'list with one head noun'}),
        ('Тюменской', 0, 'foreign', 'Tyumen Oblast', N, {'note': 'list with one head noun'}),
        ('России', 0, 'foreign', 'Russia', N),
     ],
     inc={NKR: (2, 'grass fire reaching Presnovka and gas cylinder explosion in Petropavl')}),
]
