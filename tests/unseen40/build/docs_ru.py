"""Russian texts of the fortieth unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
JR, ALR, KYR, TR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'Turkistan Region', 'South Kazakhstan Region'
ABR, JTR, EKR, MR, KOR = 'Abai Region', 'Jetisu Region', 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR, UR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region', 'Ulytau Region'
ATR, AR, WKR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region'

DOCS = [
dict(id='p009', date='1999-05-11', lang='ru',
     event='1999 obituary of a retired colonel of the Semipalatinsk test site who died in Kurchatov; born in Kainar, Abai district of the abolished Semipalatinsk Region; burial in Semipalatinsk (East Kazakhstan Region before the 2022 split; no incident)',
     text="""Скончался ветеран Семипалатинского полигона Марат Исабеков
СЕМИПАЛАТИНСК, 11 мая (Интерфакс-Казахстан) – В Курчатове на 78-м году жизни скончался полковник в отставке Марат Исабеков, почти тридцать лет прослуживший на Семипалатинском испытательном полигоне. Об этом сообщил акимат города.
Исабеков родился в 1921 году в ауле Кайнар Абайского района бывшей Семипалатинской области, упразднённой два года назад. Окончил артиллерийское училище в Ташкенте, воевал под Сталинградом, после войны служил в Подмосковье, а в 1949 году прибыл на полигон в числе первых офицеров.
После закрытия полигона в 1991 году он остался в Курчатове и возглавлял городской совет ветеранов. Его воспоминания «Степь под грибом» вышли в Алматы в 1997 году, а в прошлом году были переизданы в Москве.
Прощание пройдёт в четверг в Доме офицеров Курчатова, похоронят ветерана в Семипалатинске, рядом с женой. Ветераны полигона из Усть-Каменогорска, Павлодара и Караганды уже сообщили, что приедут проводить товарища.""",
     ann=[
        ('Семипалатинского полигона', 0, 'facility', 'Semipalatinsk Test Site', N, {'subkind': 'nuclear test site', 'note': 'NI:headline; former workplace; the test site spans several regions'}),
        ('СЕМИПАЛАТИНСК', 0, 'city', 'Semey', EKR, {'note': 'dateline; old name'}),
        ('Курчатове', 0, 'city', 'Kurchatov', EKR, {'note': 'NI:place of death'}),
        ('Семипалатинском испытательном полигоне', 0, 'facility', 'Semipalatinsk Test Site', N, {'subkind': 'nuclear test site', 'note': 'NI:former workplace'}),
        ('Кайнар', 0, 'village', 'Kainar', EKR, {'note': 'NI:birthplace'}),
        ('Абайского района', 0, 'district', 'Abai District', EKR, {'note': 'NI:birthplace'}),
        ('Семипалатинской области', 0, 'region', EKR, EKR, {'uncertain': True, 'note': 'NI:region abolished in 1997; its land is East Kazakhstan Region on the article date'}),
        ('Ташкенте', 0, 'foreign', 'Tashkent', N, {'note': 'NI:place of study'}),
        ('Сталинградом', 0, 'foreign', 'Volgograd', N, {'note': 'NI:wartime reference point; old name'}),
        ('Подмосковье', 0, 'foreign', 'Moscow Oblast', N, {'note': 'NI:former service'}),
        ('Курчатове', 1, 'city', 'Kurchatov', EKR, {'note': 'NI:residence'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:place of publication'}),
        ('Москве', 0, 'foreign', 'Moscow', N, {'note': 'NI:place of publication'}),
        ('Курчатова', 0, 'city', 'Kurchatov', EKR, {'note': 'NI:farewell ceremony'}),
        ('Семипалатинске', 0, 'city', 'Semey', EKR, {'note': 'NI:burial place'}),
        ('Усть-Каменогорска', 0, 'city', 'Oskemen', EKR, {'note': 'NI:origin of veterans'}),
        ('Павлодара', 0, 'city', 'Pavlodar', PR, {'note': 'NI:origin of veterans'}),
        ('Караганды', 0, 'city', 'Karaganda', KR, {'note': 'NI:origin of veterans'}),
     ],
     inc={}),

dict(id='p010', date='2014-06-17', lang='ru',
     event='2014 Virgin Lands veterans sixty years on: three pioneers in Astana, Zerenda and Kostanay; a March house fire in Zerenda (Akmola Region); the abolished Kokchetav Region; the «Шортандинский» state farm is not a place; a list of four regions',
     text="""Целинники шестьдесят лет спустя: где они теперь
АСТАНА, 17 июня (Tengrinews) – Шестьдесят лет назад, весной 1954 года, на вокзал Акмолинска прибыли первые эшелоны с добровольцами из Москвы, Харькова и Минска. Корреспондент разыскал троих из тех, кто остался в степи навсегда.
Анна Гриценко, 81 год, приехала из-под Полтавы в совхоз «Шортандинский» и тридцать лет проработала там агрономом. Сейчас она живёт у дочери в Астане, в доме на улице Сейфуллина, и каждое лето ездит в Шортанды, где похоронен её муж. «Целиноград я помню ещё с деревянными тротуарами», – говорит она.
Николай Бойко, 80 лет, из Белоруссии попал в село Зеренда тогдашней Кокчетавской области, упразднённой в 1997 году. Механизатор и орденоносец, он и сейчас живёт в Зеренде. В марте его дом сгорел из-за неисправной печи: соседи вынесли из огня старика и его ордена, а новый дом ему строят всем селом при помощи акимата Акмолинской области.
Кадыр Нурпеисов, 79 лет, родом из Аркалыка, в 1954 году стал первым казахом-трактористом целинного совхоза в Есильском районе нынешней Акмолинской области. Позже он руководил совхозом под Атбасаром, а в 1990-х переехал к сыну в Костанай, где и живёт до сих пор.
Все трое получат юбилейные медали на торжественном приёме в Астане 20 июня. По данным акимата столицы, в Акмолинской, Костанайской, Северо-Казахстанской и Павлодарской областях сегодня живут около двух тысяч первоцелинников, ещё несколько сотен – в России и на Украине. Гриценко до сих пор переписывается с подругами из Павлодара и Экибастуза, с которыми в 1954 году ехала в одном вагоне, а внуки Бойко учатся в Кокшетау и Петропавловске.""",
     ann=[
        ('АСТАНА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Акмолинска', 0, 'city', 'Astana', 'Astana', {'note': 'NI:arrival point in 1954; old name of the capital'}),
        ('Москвы', 0, 'foreign', 'Moscow', N, {'note': 'NI:origin of volunteers'}),
        ('Харькова', 0, 'foreign', 'Kharkiv', N, {'note': 'NI:origin of volunteers'}),
        ('Минска', 0, 'foreign', 'Minsk', N, {'note': 'NI:origin of volunteers'}),
        ('Полтавы', 0, 'foreign', 'Poltava', N, {'note': 'NI:origin'}),
        ('Астане', 0, 'city', 'Astana', 'Astana', {'note': 'NI:residence'}),
        ('улице Сейфуллина', 0, 'facility', 'Seifullin Street (Astana)', 'Astana', {'subkind': 'street', 'note': 'NI:residence; named after a person'}),
        ('Шортанды', 0, 'village', 'Shortandy', AKR, {'note': "NI:husband's grave; the state farm «Шортандинский» is not annotated"}),
        ('Целиноград', 0, 'city', 'Astana', 'Astana', {'note': 'NI:memory; Soviet name of the capital'}),
        ('Белоруссии', 0, 'foreign', 'Belarus', N, {'note': 'NI:origin'}),
        ('Зеренда', 0, 'village', 'Zerenda', AKR, {'note': 'NI:arrival in the 1950s'}),
        ('Кокчетавской области', 0, 'region', AKR, AKR, {'uncertain': True, 'note': 'NI:region abolished in 1997; its land is split between Akmola Region (Zerenda, Kokshetau) and North Kazakhstan Region on the article date'}),
        ('Зеренде', 0, 'village', 'Zerenda', AKR, {'note': 'residence; site of the house fire'}),
        ('Акмолинской области', 0, 'region', AKR, AKR, {'note': 'inside the name of an authority (akimat)'}),
        ('Аркалыка', 0, 'city', 'Arkalyk', KOR, {'note': 'NI:origin'}),
        ('Есильском районе', 0, 'district', 'Yesil District (Akmola Region)', AKR, {'note': 'NI:former workplace'}),
        ('Акмолинской области', 1, 'region', AKR, AKR, {'note': 'NI:locates the district'}),
        ('Атбасаром', 0, 'city', 'Atbasar', AKR, {'note': 'NI:reference point of a former workplace'}),
        ('Костанай', 0, 'city', 'Kostanay', KOR, {'note': 'NI:residence'}),
        ('Астане', 1, 'city', 'Astana', 'Astana', {'note': 'NI:ceremony'}),
        ('Акмолинской', 2, 'region', AKR, AKR, {'note': 'NI:list sharing the head noun областях'}),
        ('Костанайской', 0, 'region', KOR, KOR, {'note': 'NI:list sharing the head noun'}),
        ('Северо-Казахстанской', 0, 'region', NKR, NKR, {'note': 'NI:list sharing the head noun'}),
        ('Павлодарской', 0, 'region', PR, PR, {'note': 'NI:list sharing the head noun'}),
        ('России', 0, 'foreign', 'Russia', N, {'note': 'NI:residence of pioneers'}),
        ('Украине', 0, 'foreign', 'Ukraine', N, {'note': 'NI:residence of pioneers'}),
        ('Павлодара', 0, 'city', 'Pavlodar', PR, {'note': "NI:friends' residence"}),
        ('Экибастуза', 0, 'city', 'Ekibastuz', PR, {'note': "NI:friends' residence"}),
        ('Кокшетау', 0, 'city', 'Kokshetau', AKR, {'note': "NI:grandchildren's place of study"}),
        ('Петропавловске', 0, 'city', 'Petropavl', NKR, {'note': "NI:grandchildren's place of study; Russian name"}),
     ],
     inc={AKR: (1, "house fire in Zerenda in March (the pioneer's house burnt down)")}),

dict(id='p011', date='2005-09-20', lang='ru',
     event='2005 street in Shymkent renamed after a surgeon born in Sairam who worked in Lenger (South Kazakhstan Region); the Kyzylzhar cemetery; no incident',
     text="""В Шымкенте улицу назвали именем хирурга Абдуллы Тлеубаева
ШЫМКЕНТ, 20 сентября (КазТАГ) – Решением маслихата Южно-Казахстанской области Пролетарская улица в Шымкенте переименована в честь хирурга Абдуллы Тлеубаева, более сорока лет проработавшего в областной больнице.
Тлеубаев родился в 1926 году в селе Сайрам, учился в медицинском институте в Ташкенте, а в годы войны служил санитаром в госпитале в Самарканде. В 1960-х он первым в Казахстане провёл операцию на открытом сердце – в районной больнице Ленгера, куда его перевели после конфликта с руководством облздрава.
На открытие памятной доски на доме № 14 по улице Тлеубаева собрались сотни бывших пациентов из Шымкента, Кентау, Туркестана и даже из Алматы. Хирург умер в 2003 году и похоронен на кладбище «Кызылжар».
Теперь имя врача носят улица, областной кардиологический центр и средняя школа в Сайраме, которую он окончил в 1943 году.""",
     ann=[
        ('Шымкенте', 0, 'city', 'Shymkent', SKR, {'note': 'NI:headline; place of the renamed street; before 2018 in South Kazakhstan Region'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', SKR, {'note': 'dateline'}),
        ('Южно-Казахстанской области', 0, 'region', SKR, SKR, {'note': 'NI:inside the name of an authority (maslikhat)'}),
        ('Пролетарская улица', 0, 'facility', 'Proletarskaya Street (Shymkent)', SKR, {'subkind': 'street', 'note': 'NI:renamed street'}),
        ('Шымкенте', 1, 'city', 'Shymkent', SKR, {'note': 'NI:place of the renamed street'}),
        ('Сайрам', 0, 'village', 'Sairam', SKR, {'note': 'NI:birthplace'}),
        ('Ташкенте', 0, 'foreign', 'Tashkent', N, {'note': 'NI:place of study'}),
        ('Самарканде', 0, 'foreign', 'Samarkand', N, {'note': 'NI:wartime workplace'}),
        ('Казахстане', 0, 'country', 'Kazakhstan', N),
        ('Ленгера', 0, 'city', 'Lenger', SKR, {'note': 'NI:workplace'}),
        ('улице Тлеубаева', 0, 'facility', 'Tleubayev Street (Shymkent)', SKR, {'subkind': 'street', 'note': 'NI:the renamed street, named after the surgeon'}),
        ('Шымкента', 0, 'city', 'Shymkent', SKR, {'note': 'NI:origin of former patients'}),
        ('Кентау', 0, 'city', 'Kentau', SKR, {'note': 'NI:origin of former patients'}),
        ('Туркестана', 0, 'city', 'Turkistan', SKR, {'note': 'NI:origin of former patients'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of former patients'}),
        ('Кызылжар', 0, 'facility', 'Kyzylzhar cemetery (Shymkent)', SKR, {'subkind': 'cemetery', 'note': 'NI:burial place; name in quotes'}),
        ('Сайраме', 0, 'village', 'Sairam', SKR, {'note': 'NI:school named after the surgeon'}),
     ],
     inc={}),

dict(id='p012', date='2020-02-25', lang='ru',
     event='2020 former akim of Aral district killed in a head-on crash on the Samara-Shymkent highway 12 km from Zhalagash (Kyzylorda Region); born in Aralsk, worked at Baikonur; the Small Aral Sea',
     text="""Бывший аким Аральского района погиб в ДТП под Жалагашем
КЫЗЫЛОРДА, 25 февраля (Kazinform) – Бывший аким Аральского района Бахытжан Саржанов погиб в понедельник в дорожной аварии на трассе Самара – Шымкент в 12 км от посёлка Жалагаш, сообщил департамент полиции Кызылординской области. По данным полиции, его внедорожник на скользкой дороге вынесло на встречную полосу, где он столкнулся с автобусом, следовавшим из Алматы в Актобе. Пассажиры автобуса не пострадали.
Саржанову было 67 лет. Он родился в Аральске в семье рыбака, окончил политехнический институт в Алма-Ате и двадцать лет проработал в управлении космодрома Байконур, а в 2000-х руководил Аральским районом, когда возрождалось Малое Аральское море.
Прощание состоится в среду в Кызылорде, похоронят его на родине, в Аральске. Аким области выразил соболезнования семье погибшего.""",
     ann=[
        ('Аральского района', 0, 'district', 'Aral District', KYR, {'note': "NI:headline; inside an official's title"}),
        ('Жалагашем', 0, 'village', 'Zhalagash', KYR, {'note': 'headline; "под Жалагашем" (near Zhalagash) locates the crash; the text gives the distance'}),
        ('КЫЗЫЛОРДА', 0, 'city', 'Kyzylorda', KYR, {'note': 'dateline'}),
        ('Аральского района', 1, 'district', 'Aral District', KYR, {'note': "NI:inside an official's title"}),
        ('Самара', 0, 'foreign', 'Samara', N, {'note': 'NI:highway endpoint'}),
        ('Шымкент', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:highway endpoint'}),
        ('Жалагаш', 0, 'village', 'Zhalagash', KYR, {'note': 'NI:reference point (12 km from)'}),
        ('Кызылординской области', 0, 'region', KYR, KYR, {'note': 'inside the name of an authority; locates the crash'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': "NI:bus's origin"}),
        ('Актобе', 0, 'city', 'Aktobe', AR, {'note': "NI:bus's destination"}),
        ('Аральске', 0, 'city', 'Aralsk', KYR, {'note': 'NI:birthplace'}),
        ('Алма-Ате', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:place of study; old name'}),
        ('Байконур', 0, 'facility', 'Baikonur Cosmodrome', KYR, {'subkind': 'cosmodrome', 'note': 'NI:former workplace; leased to Russia'}),
        ('Аральским районом', 0, 'district', 'Aral District', KYR, {'note': 'NI:former post'}),
        ('Малое Аральское море', 0, 'facility', 'Small Aral Sea', N, {'subkind': 'sea'}),
        ('Кызылорде', 0, 'city', 'Kyzylorda', KYR, {'note': 'NI:farewell ceremony'}),
        ('Аральске', 1, 'city', 'Aralsk', KYR, {'note': 'NI:burial place'}),
     ],
     inc={KYR: (1, 'head-on collision of an SUV and a bus on the Samara-Shymkent highway 12 km from Zhalagash, one killed (located through the Kyzylorda police and the reference point)')}),

dict(id='p013', date='2018-10-09', lang='ru',
     event='2018 funeral in Turkestan, the new centre of Turkistan Region, of a former city akim who died in Shymkent (now its own unit); born in Shauldir, Otyrar district; South Kazakhstan Region named as renamed; a minibus of mourners from Kentau overturned on the Turkestan-Kentau road with five hospitalised (Turkistan Region)',
     text="""В Туркестане простились с бывшим акимом города Абдижаппаром Сейтжановым
ТУРКЕСТАН, 9 октября (Интерфакс-Казахстан) – В Туркестане, который с июня стал центром Туркестанской области, в понедельник простились с Абдижаппаром Сейтжановым, руководившим городом в 1990-х годах. Он скончался в воскресенье в Шымкенте на 77-м году жизни.
Сейтжанов родился в 1942 году в селе Шаульдер Отырарского района. Окончил сельскохозяйственный институт в Чимкенте, работал главным зоотехником совхоза под Кентау, затем возглавлял райком партии в Арыси. В 1991–1998 годах он был акимом Туркестана и добился, чтобы в городе открылся университет. Позже работал в аппарате акима Южно-Казахстанской области – так до июня называлась нынешняя Туркестанская область, – а на пенсии жил у детей в Шымкенте, ставшем городом республиканского значения.
Джаназа прошла у мавзолея Ходжи Ахмеда Ясави. Проститься с Сейтжановым приехали земляки из Шымкента, Кентау, Шаульдера и даже из Ташкента.
На обратном пути микроавтобус с участниками похорон из Кентау опрокинулся на трассе Туркестан – Кентау в 15 км от города. Пятеро пассажиров госпитализированы в Туркестане, их жизни ничего не угрожает, сообщил департамент полиции Туркестанской области. Водитель, по предварительным данным, не справился с управлением на гравийном участке дороги.
Вечер памяти Сейтжанова пройдёт в Шымкенте 12 октября в областной библиотеке, которая остаётся в городе до переезда областных учреждений в Туркестан. Родственники предложили назвать его именем одну из улиц Туркестана.
Сейтжанов был дважды женат, у него шестеро детей и двадцать внуков. В 2012 году в Алматы вышла его книга воспоминаний о Туркестане 1990-х годов. Соболезнования семье выразили аким Туркестанской области и аким Шымкента.""",
     ann=[
        ('Туркестане', 0, 'city', 'Turkistan', TR, {'note': 'NI:headline; funeral'}),
        ('ТУРКЕСТАН', 0, 'city', 'Turkistan', TR, {'note': 'dateline'}),
        ('Туркестане', 1, 'city', 'Turkistan', TR, {'note': 'NI:funeral; new regional centre'}),
        ('Туркестанской области', 0, 'region', TR, TR, {'note': 'NI:the town is its new centre'}),
        ('Шымкенте', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:place of death; own unit since June 2018'}),
        ('Шаульдер', 0, 'village', 'Shauldir', TR, {'note': 'NI:birthplace'}),
        ('Отырарского района', 0, 'district', 'Otyrar District', TR, {'note': 'NI:birthplace'}),
        ('Чимкенте', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:place of study; old name; the article date decides the unit'}),
        ('Кентау', 0, 'city', 'Kentau', TR, {'note': 'NI:reference point of a former workplace'}),
        ('Арыси', 0, 'city', 'Arys', TR, {'note': 'NI:former workplace'}),
        ('Туркестана', 0, 'city', 'Turkistan', TR, {'note': 'NI:former post'}),
        ('Южно-Казахстанской области', 0, 'region', TR, TR, {'uncertain': True, 'note': 'NI:region named as renamed in June 2018; the same unit is Turkistan Region on the article date'}),
        ('Туркестанская область', 0, 'region', TR, TR, {'note': 'NI:the renamed region'}),
        ('Шымкенте', 1, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:residence'}),
        ('мавзолея Ходжи Ахмеда Ясави', 0, 'facility', 'Mausoleum of Khoja Ahmed Yasawi', TR, {'subkind': 'mausoleum', 'note': 'NI:funeral prayer'}),
        ('Шымкента', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:origin of mourners'}),
        ('Кентау', 1, 'city', 'Kentau', TR, {'note': 'NI:origin of mourners'}),
        ('Шаульдера', 0, 'village', 'Shauldir', TR, {'note': 'NI:origin of mourners'}),
        ('Ташкента', 0, 'foreign', 'Tashkent', N, {'note': 'NI:origin of mourners'}),
        ('Кентау', 2, 'city', 'Kentau', TR, {'note': "NI:minibus passengers' origin"}),
        ('Туркестан', 0, 'city', 'Turkistan', TR, {'note': 'NI:road endpoint'}),
        ('Кентау', 3, 'city', 'Kentau', TR, {'note': 'NI:road endpoint'}),
        ('Туркестане', 2, 'city', 'Turkistan', TR, {'note': 'NI:hospital town'}),
        ('Туркестанской области', 1, 'region', TR, TR, {'note': 'inside the name of an authority; locates the crash'}),
        ('Шымкенте', 2, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:memorial evening'}),
        ('Туркестан', 1, 'city', 'Turkistan', TR, {'note': 'NI:planned move of institutions'}),
        ('Туркестана', 1, 'city', 'Turkistan', TR, {'note': 'NI:street to be named'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:place of publication'}),
        ('Туркестане', 3, 'city', 'Turkistan', TR, {'note': 'NI:subject of a book'}),
        ('Туркестанской области', 2, 'region', TR, TR, {'note': "NI:inside an official's title"}),
        ('Шымкента', 1, 'city', 'Shymkent', 'Shymkent', {'note': "NI:inside an official's title"}),
     ],
     inc={TR: (1, 'minibus with mourners overturned on the Turkestan-Kentau road 15 km from the town, five hospitalised (road endpoints and hospital town are not incident places)')}),

dict(id='p014', date='2010-01-26', lang='ru',
     event='2010 presentation in Almaty of the memoirs of a writer born in Fort-Shevchenko (named after Taras Shevchenko): Mangyshlak, Guryev, the town of Shevchenko (now Aktau), Novy Uzen (now Zhanaozen); the book title with «Каспия» is not a place (no incident)',
     text="""Писатель Жаксылык Утегенов представил мемуары о детстве на Мангышлаке
АЛМАТЫ, 26 января (КазТАГ) – В Национальной библиотеке в Алматы прошла презентация книги воспоминаний «Ветер с Каспия» писателя Жаксылыка Утегенова, 74-летнего уроженца Форта-Шевченко.
Город, где вырос автор, назван в честь Тараса Шевченко, отбывавшего там ссылку. Утегенов рассказывает, как в 1950-х ходил с отцом на лов осетра к мысу Тюб-Караган, как учился в Гурьеве и как в 1960-х строил город Шевченко – нынешний Актау. Отдельная глава посвящена Новому Узеню, который позже стал Жанаозеном, и его первым нефтяникам.
«Мангышлак – это не пустыня, это моя память», – сказал автор на встрече с читателями. Книга вышла тиражом 3 тысячи экземпляров; часть тиража передадут библиотекам Мангистауской и Атырауской областей. Следующая презентация пройдёт в марте в Актау, а весной книгу переведут на казахский язык.""",
     ann=[
        ('Мангышлаке', 0, 'region', MR, MR, {'uncertain': True, 'note': 'NI:headline; old name of the region, also the peninsula'}),
        ('АЛМАТЫ', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:presentation venue; «Каспия» inside the book title is not annotated'}),
        ('Форта-Шевченко', 0, 'city', 'Fort-Shevchenko', MR, {'note': 'NI:birthplace; named after Taras Shevchenko (the person, not annotated)'}),
        ('Тюб-Караган', 0, 'facility', 'Cape Tyub-Karagan', N, {'subkind': 'cape', 'note': 'NI:childhood memory'}),
        ('Гурьеве', 0, 'city', 'Atyrau', ATR, {'note': 'NI:place of study; old name'}),
        ('Шевченко', 2, 'city', 'Aktau', MR, {'note': 'NI:workplace; name of Aktau in 1964-1991 (occurrence 1 is the person)'}),
        ('Актау', 0, 'city', 'Aktau', MR, {'note': 'NI:workplace'}),
        ('Новому Узеню', 0, 'city', 'Zhanaozen', MR, {'note': 'NI:subject of a chapter; old name'}),
        ('Жанаозеном', 0, 'city', 'Zhanaozen', MR, {'note': 'NI:subject of a chapter'}),
        ('Мангышлак', 0, 'region', MR, MR, {'uncertain': True, 'note': 'NI:in a quotation; old name of the region, also the peninsula'}),
        ('Мангистауской', 0, 'region', MR, MR, {'note': 'NI:list sharing the head noun областей'}),
        ('Атырауской', 0, 'region', ATR, ATR, {'note': 'NI:list sharing the head noun'}),
        ('Актау', 1, 'city', 'Aktau', MR, {'note': 'NI:next presentation'}),
     ],
     inc={}),

dict(id='p015', date='2003-03-04', lang='ru',
     event='2003 former wrestling champion drowned after falling through the ice of the Ural near Derkul (West Kazakhstan Region); born in Chapaev (named after Vasily Chapayev); the «Казахстан» sports complex is a facility, not the country',
     text="""Бывший чемпион по борьбе утонул в Урале под Уральском
УРАЛЬСК, 4 марта (Интерфакс-Казахстан) – Бывший чемпион страны по вольной борьбе Ерлан Кенжегалиев провалился под лёд Урала у посёлка Деркул в воскресенье. Его тело водолазы нашли в понедельник в 3 км ниже по течению, сообщил департамент по чрезвычайным ситуациям Западно-Казахстанской области.
По словам родственников, 44-летний Кенжегалиев рыбачил вместе с братом; тот успел выбраться на берег и вызвал спасателей.
Борец родился в посёлке Чапаев, названном в честь героя Гражданской войны Василия Чапаева, начинал в спортивной школе Уральска, а в 1980-х выступал за сборную Казахстана на турнирах в Москве и Тбилиси. После завершения карьеры он тренировал детей в Аксае и Атырау.
Проститься с ним можно будет в среду в спорткомплексе «Казахстан» в Уральске.""",
     ann=[
        ('Урале', 0, 'facility', 'Ural River', N, {'subkind': 'river', 'note': 'headline; the river where he drowned'}),
        ('Уральском', 0, 'city', 'Oral', WKR, {'note': 'headline; "под Уральском" (near Uralsk) locates the drowning; Russian name'}),
        ('УРАЛЬСК', 0, 'city', 'Oral', WKR, {'note': 'dateline; Russian name'}),
        ('Урала', 0, 'facility', 'Ural River', N, {'subkind': 'river'}),
        ('Деркул', 0, 'village', 'Derkul', WKR, {'note': 'site of the drowning'}),
        ('Западно-Казахстанской области', 0, 'region', WKR, WKR, {'note': 'inside the name of an authority'}),
        ('Чапаев', 0, 'village', 'Chapaev', WKR, {'note': 'NI:birthplace; named after Vasily Chapayev (the person, «Чапаева», not annotated)'}),
        ('Уральска', 0, 'city', 'Oral', WKR, {'note': 'NI:former sports school'}),
        ('Казахстана', 0, 'country', 'Kazakhstan', N, {'note': 'national team named after the country'}),
        ('Москве', 0, 'foreign', 'Moscow', N, {'note': 'NI:tournament venue'}),
        ('Тбилиси', 0, 'foreign', 'Tbilisi', N, {'note': 'NI:tournament venue'}),
        ('Аксае', 0, 'city', 'Aksai', WKR, {'note': 'NI:workplace'}),
        ('Атырау', 0, 'city', 'Atyrau', ATR, {'note': 'NI:workplace'}),
        ('Казахстан', 1, 'facility', 'Kazakhstan sports complex (Oral)', WKR, {'subkind': 'sports complex', 'note': 'NI:farewell venue; name in quotes, not the country (occurrence 0 is inside the agency name Интерфакс-Казахстан, not annotated)'}),
        ('Уральске', 0, 'city', 'Oral', WKR, {'note': 'NI:farewell venue'}),
     ],
     inc={WKR: (1, 'drowning of the former champion after falling through the ice of the Ural at Derkul (river and village one event)')}),

dict(id='p016', date='2025-08-12', lang='ru',
     event='2025 monument to a war hero unveiled in a square on Zhambyl Street in Petropavl (North Kazakhstan Region); born in Smirnovo, Akkayin district; school in Smirnovo and a street in Pavlodar named after him; Zhambyl the akyn vs Jambyl Region (no incident)',
     text="""В Петропавловске открыли памятник фронтовику Габдулле Жанузакову
ПЕТРОПАВЛОВСК, 12 августа (Kazinform) – В Петропавловске в сквере на улице Жамбыла открыли памятник кавалеру трёх орденов Славы Габдулле Жанузакову. На церемонию пришли около тысячи человек, в том числе родственники фронтовика из Павлодара и Кокшетау.
Жанузаков родился в 1920 году в селе Смирново Аккайынского района, окончил педагогическое училище в Павлодаре и с 1941 года воевал под Москвой и Ленинградом. Он погиб в сентябре 1944 года в Латвии и похоронен в братской могиле под Ригой.
Четырёхметровый памятник отлит в Караганде на деньги, собранные жителями области. Имя героя носят школа в Смирново и улица в Павлодаре, а его портрет в этом году появился на стеле у моста через Ишим.""",
     ann=[
        ('Петропавловске', 0, 'city', 'Petropavl', NKR, {'note': 'NI:headline; monument unveiling; Russian name'}),
        ('ПЕТРОПАВЛОВСК', 0, 'city', 'Petropavl', NKR, {'note': 'dateline'}),
        ('Петропавловске', 1, 'city', 'Petropavl', NKR, {'note': 'NI:monument unveiling'}),
        ('улице Жамбыла', 0, 'facility', 'Zhambyl Street (Petropavl)', NKR, {'subkind': 'street', 'note': 'NI:site of the monument; named after the akyn Zhambyl, not Jambyl Region'}),
        ('Павлодара', 0, 'city', 'Pavlodar', PR, {'note': 'NI:origin of relatives'}),
        ('Кокшетау', 0, 'city', 'Kokshetau', AKR, {'note': 'NI:origin of relatives'}),
        ('Смирново', 0, 'village', 'Smirnovo', NKR, {'note': 'NI:birthplace'}),
        ('Аккайынского района', 0, 'district', 'Akkayin District', NKR, {'note': 'NI:birthplace'}),
        ('Павлодаре', 0, 'city', 'Pavlodar', PR, {'note': 'NI:place of study'}),
        ('Москвой', 0, 'foreign', 'Moscow', N, {'note': 'NI:wartime reference point'}),
        ('Ленинградом', 0, 'foreign', 'Saint Petersburg', N, {'note': 'NI:wartime reference point; old name'}),
        ('Латвии', 0, 'foreign', 'Latvia', N, {'note': 'NI:place of death in 1944'}),
        ('Ригой', 0, 'foreign', 'Riga', N, {'note': 'NI:grave'}),
        ('Караганде', 0, 'city', 'Karaganda', KR, {'note': 'NI:place where the monument was cast'}),
        ('Смирново', 1, 'village', 'Smirnovo', NKR, {'note': 'NI:school named after the hero'}),
        ('Павлодаре', 1, 'city', 'Pavlodar', PR, {'note': 'NI:street named after the hero'}),
        ('Ишим', 0, 'facility', 'Ishim River', N, {'subkind': 'river', 'note': 'NI:bridge location'}),
     ],
     inc={}),
]
