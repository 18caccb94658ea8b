"""Russian texts of the fifty-second unseen check corpus."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p009', date='1996-01-24', lang='ru',
     event='1996 shepherd lost in a blizzard found dead in Abai district of Semipalatinsk Region (abolished 1997; East Kazakhstan Region land before 2022) and two shepherds found alive in Ayagoz district; searchers from Karaul, a helicopter from Semipalatinsk; civil defence headquarters in Almaty',
     text="""В Семипалатинской области чабан погиб во время бурана
СЕМИПАЛАТИНСК, 24 января — Тело 52-летнего чабана, пропавшего во время бурана в Абайском районе, нашли в среду в восьми километрах от зимовки, сообщили в управлении внутренних дел Семипалатинской области.
В воскресенье вечером чабан поехал верхом искать отбившуюся часть отары и не вернулся. Его искали милиционеры, спасатели областного штаба гражданской обороны и около 60 жителей села Караул. Вертолёт из Семипалатинска смог подняться в воздух только во вторник, когда стих ветер.
Ещё двух чабанов, которые двое суток не могли выйти к жилью, спасатели нашли живыми в соседнем Аягозском районе; у одного из них обморожены ноги.
Буран со скоростью ветра до 25 м/с бушевал на востоке республики трое суток. Республиканский штаб гражданской обороны в Алматы предупредил о новом похолодании.""",
     ann=[
        ('Семипалатинской области', 0, 'region', EKR, EKR, {'uncertain': True, 'note': 'headline; Semipalatinsk Region (abolished 1997), labelled with the canonical unit holding its land before 2022'}),
        ('СЕМИПАЛАТИНСК', 0, 'city', 'Semey', EKR, {'note': 'dateline; Soviet-era name of Semey'}),
        ('Абайском районе', 0, 'district', 'Abai District', EKR, {'note': 'district named after the poet; not Abai Region (created 2022)'}),
        ('Семипалатинской области', 1, 'region', EKR, EKR, {'uncertain': True, 'note': 'inside the name of an authority; the abolished Semipalatinsk Region'}),
        ('Караул', 0, 'village', 'Karaul', EKR, {'note': 'NI:origin of the searchers; centre of Abai district'}),
        ('Семипалатинска', 0, 'city', 'Semey', EKR, {'note': 'NI:origin of the helicopter'}),
        ('Аягозском районе', 0, 'district', 'Ayagoz District', EKR),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:seat of the civil defence headquarters'}),
     ],
     inc={EKR: (2, 'shepherd lost in a blizzard and found dead in Abai district; two shepherds lost for two days found alive in Ayagoz district')}),

dict(id='p010', date='2021-03-16', lang='ru',
     event='2021 spring ice round-up: a floe with 14 anglers on the Kapshagay reservoir near Kapshagay town (Almaty Region), seven anglers on a floe on Lake Balkhash near Priozersk (Karaganda Region), a teenager drowned in the Ural in Uralsk (West Kazakhstan Region), a boy pulled from the Esil in Baikonyr district of Nur-Sultan; floes in two other, unnamed regions (unattributed); "в пяти областях"',
     text="""Весенний лёд: рыбаков снимали с льдин на Капшагае и Балхаше, в Уральске утонул подросток
НУР-СУЛТАН, 16 марта — Рыбаки продолжают выходить на тающий лёд, несмотря на запреты, сообщили в Министерстве по чрезвычайным ситуациям. За выходные происшествия на льду зарегистрированы в пяти областях и в столице.

В субботу на Капшагайском водохранилище ветром оторвало льдину с 14 рыбаками в двух километрах от берега, недалеко от города Капшагай. Спасатели ДЧС Алматинской области на судне на воздушной подушке за три часа перевезли всех на берег.

В воскресенье на Балхаше у города Приозёрск на дрейфующей льдине оказались семеро рыбаков. Их сняли вертолётом «Казавиаспаса», один из них госпитализирован с переохлаждением, сообщили в ДЧС Карагандинской области.

В Уральске 15-летний подросток провалился под лёд на реке Урал у Ханской рощи. Водолазы нашли его тело через сутки. В городском отделе полиции напомнили, что выход на лёд Урала и Чагана в черте города запрещён с 1 марта.

В столице прохожие вытащили из полыньи на Есиле 10-летнего мальчика, который катался на льду у набережной в Байконырском районе. Ребёнка доставили в больницу с переохлаждением.

По данным МЧС, ещё в двух областях рыбаков снимали со льдин, но обошлось без пострадавших. С начала года на водоёмах Казахстана погибли 19 человек.

«Лёд в марте только кажется толстым: сверху он крепкий, а снизу его уже подмыло течением», — сказал представитель министерства Бауыржан Искаков. Синоптики обещают потепление до +10 на юге и западе страны, поэтому выход на лёд Капшагая, Балхаша, Бухтармы и Каспия в ближайшие дни будет особенно опасен.""",
     ann=[
        ('Капшагае', 0, 'facility', 'Kapshagay reservoir', N, {'subkind': 'reservoir', 'note': 'headline; the reservoir, not the town'}),
        ('Балхаше', 0, 'facility', 'Lake Balkhash', N, {'subkind': 'lake', 'note': 'headline; the lake, not the town'}),
        ('Уральске', 0, 'city', 'Oral', WKR, {'note': 'headline; Russian name of Oral'}),
        ('НУР-СУЛТАН', 0, 'city', 'Astana', 'Astana', {'note': 'dateline; the capital named Nur-Sultan 2019-2022'}),
        ('пяти областях', 0, 'quantified', '5 regions', N, {'count': 5, 'unit': 'region', 'note': 'three named below, two unnamed (see "двух областях")'}),
        ('Капшагайском водохранилище', 0, 'facility', 'Kapshagay reservoir', N, {'subkind': 'reservoir', 'note': 'water body, adm1 null like natural features; lies in Almaty Region'}),
        ('Капшагай', 0, 'city', 'Konaev', ALR, {'note': 'the town, renamed Konaev in 2022'}),
        ('Алматинской области', 0, 'region', ALR, ALR, {'note': 'inside the name of an authority'}),
        ('Балхаше', 1, 'facility', 'Lake Balkhash', N, {'subkind': 'lake'}),
        ('Приозёрск', 0, 'city', 'Priozersk', KR),
        ('Карагандинской области', 0, 'region', KR, KR, {'note': 'inside the name of an authority'}),
        ('Уральске', 1, 'city', 'Oral', WKR),
        ('Урал', 0, 'facility', 'Ural River', N, {'subkind': 'river', 'note': 'after "реке"'}),
        ('Ханской рощи', 0, 'facility', 'Khanskaya Roshcha park (Oral)', WKR, {'subkind': 'park'}),
        ('Урала', 0, 'facility', 'Ural River', N, {'subkind': 'river', 'note': 'NI:ice ban'}),
        ('Чагана', 0, 'facility', 'Chagan River', N, {'subkind': 'river', 'note': 'NI:ice ban'}),
        ('Есиле', 0, 'facility', 'Yesil River', N, {'subkind': 'river'}),
        ('Байконырском районе', 0, 'district', 'Baikonyr District (Astana)', 'Astana', {'subkind': 'city district', 'note': 'district of the capital; not Baikonur (Kyzylorda Region)'}),
        ('двух областях', 0, 'quantified', '2 regions', N, {'count': 2, 'unit': 'region', 'note': 'anglers taken off floes in two unnamed regions'}),
        ('Казахстана', 0, 'country', 'Kazakhstan', N),
        ('Капшагая', 0, 'facility', 'Kapshagay reservoir', N, {'subkind': 'reservoir', 'note': 'NI:warning'}),
        ('Балхаша', 0, 'facility', 'Lake Balkhash', N, {'subkind': 'lake', 'note': 'NI:warning'}),
        ('Бухтармы', 0, 'facility', 'Bukhtarma reservoir', N, {'subkind': 'reservoir', 'note': 'NI:warning'}),
        ('Каспия', 0, 'facility', 'Caspian Sea', N, {'subkind': 'sea', 'note': 'NI:warning'}),
     ],
     inc={ALR: (1, 'floe with 14 anglers on the Kapshagay reservoir near Kapshagay town'),
          KR: (1, 'floe with seven anglers on Lake Balkhash near Priozersk'),
          WKR: (1, 'teenager went through the ice of the Ural in Uralsk and drowned'),
          'Astana': (1, 'boy fell through the ice of the Esil in Baikonyr district; "в столице"')},
     unatt=[{'label': 'двух областях', 'count': 2, 'note': 'anglers taken off floes in two other, unnamed regions'}]),

dict(id='p011', date='2008-07-07', lang='ru',
     event='2008 motor boat capsized on the Ili below Bakanas, Balkhash district (Almaty Region before the 2022 split), one dead and one missing; anglers from Almaty; divers from Taldykorgan and Almaty; the Ili rises in China',
     text="""На Или перевернулась лодка: один рыбак погиб, второго ищут
ТАЛДЫКОРГАН, 7 июля — Водолазы ДЧС Алматинской области третьи сутки ищут мужчину, пропавшего после того, как на реке Или перевернулась моторная лодка, сообщили в департаменте.
Лодка с четырьмя рыбаками из Алматы опрокинулась в пятницу вечером в десяти километрах ниже села Баканас Балхашского района. Двоих мужчин спасли местные жители, тело третьего нашли в субботу. Поиски ведут водолазы из Талдыкоргана и Алматы, а также пограничники на катере.
Течение Или в июле особенно сильное: река берёт начало в Китае, и в жару уровень воды резко поднимается из-за таяния ледников Тянь-Шаня. В прошлом году на реке утонули пять человек.""",
     ann=[
        ('Или', 0, 'facility', 'Ili River', N, {'subkind': 'river', 'note': 'headline'}),
        ('ТАЛДЫКОРГАН', 0, 'city', 'Taldykorgan', ALR, {'note': 'dateline; Almaty Region before 2022-06-08'}),
        ('Алматинской области', 0, 'region', ALR, ALR, {'note': 'inside the name of an authority'}),
        ('Или', 1, 'facility', 'Ili River', N, {'subkind': 'river', 'note': 'after "реке"'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': "NI:the anglers' home city"}),
        ('Баканас', 0, 'village', 'Bakanas', ALR, {'note': 'NI:reference point (10 km below the village)'}),
        ('Балхашского района', 0, 'district', 'Balkhash District', ALR),
        ('Талдыкоргана', 0, 'city', 'Taldykorgan', ALR, {'note': 'NI:origin of the divers'}),
        ('Алматы', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of the divers'}),
        ('Или', 2, 'facility', 'Ili River', N, {'subkind': 'river'}),
        ('Китае', 0, 'foreign', 'China', N, {'note': "NI:the river's source"}),
        ('Тянь-Шаня', 0, 'facility', 'Tian Shan', N, {'subkind': 'mountain range', 'note': 'NI:glaciers feeding the river'}),
     ],
     inc={ALR: (1, 'motor boat capsized on the Ili below Bakanas, Balkhash district: one dead, one missing; last year\'s five drownings are a statistic')}),

dict(id='p012', date='2013-05-20', lang='ru',
     event='2013 search for an angler missing on the Irtysh near Pavlodar, his boat found at Kenzhekol (Pavlodar Region); volunteers from Ekibastuz; Omsk Oblast of Russia downstream; drowning statistics',
     text="""На Иртыше у Павлодара ищут пропавшего рыбака
ПАВЛОДАР, 20 мая — Спасатели и водолазы ДЧС Павлодарской области третий день ищут 34-летнего жителя Павлодара, который в пятницу вечером отправился на резиновой лодке рыбачить на Иртыш и не вернулся. Перевёрнутую лодку нашли на берегу у села Кенжеколь.
Поиски ведутся на участке длиной 30 км вниз по течению, до границы с Иртышским районом. Водолазам помогают волонтёры из Экибастуза и кинологи с собакой.
Если тело не найдут, информацию передадут коллегам в Омской области России: по словам спасателей, течение Иртыша не раз уносило тела утонувших через границу. В прошлом году в Павлодарской области утонул 41 человек.""",
     ann=[
        ('Иртыше', 0, 'facility', 'Irtysh River', N, {'subkind': 'river', 'note': 'headline'}),
        ('Павлодара', 0, 'city', 'Pavlodar', PR, {'note': 'headline'}),
        ('ПАВЛОДАР', 0, 'city', 'Pavlodar', PR, {'note': 'dateline'}),
        ('Павлодарской области', 0, 'region', PR, PR, {'note': 'inside the name of an authority'}),
        ('Павлодара', 1, 'city', 'Pavlodar', PR, {'note': "NI:the missing man's home city"}),
        ('Иртыш', 0, 'facility', 'Irtysh River', N, {'subkind': 'river'}),
        ('Кенжеколь', 0, 'village', 'Kenzhekol', PR, {'note': 'the boat was found on the bank here'}),
        ('Иртышским районом', 0, 'district', 'Irtysh District', PR, {'note': 'NI:end of the search stretch'}),
        ('Экибастуза', 0, 'city', 'Ekibastuz', PR, {'note': 'NI:origin of volunteers'}),
        ('Омской области', 0, 'foreign', 'Omsk Oblast', N, {'note': 'NI:downstream in Russia'}),
        ('России', 0, 'foreign', 'Russia', N),
        ('Иртыша', 0, 'facility', 'Irtysh River', N, {'subkind': 'river'}),
        ('Павлодарской области', 1, 'region', PR, PR, {'note': 'NI:statistics'}),
     ],
     inc={PR: (1, 'angler missing on the Irtysh near Pavlodar, overturned boat found at Kenzhekol; 41 drownings last year are a statistic')}),

dict(id='p013', date='2018-07-02', lang='ru',
     event='2018 police dog from Shymkent finds a five-year-old girl lost in a maize field at Aksukent, Sayram district (Turkistan Region, two weeks after the reform); family from Shymkent (a city of republican significance); the renaming of South Kazakhstan Region recalled; a dog named Алтай',
     text="""Пропавшую девочку нашла служебная собака в кукурузном поле
ШЫМКЕНТ, 2 июля — Служебная собака кинологического центра полиции Шымкента нашла в кукурузном поле пятилетнюю девочку, которую больше 14 часов искали в селе Аксукент Сайрамского района Туркестанской области.
Семья из Шымкента в воскресенье приехала в гости к родственникам. Около шести вечера девочка вышла за ворота вслед за котёнком и пропала. В поисках участвовали около 300 полицейских, спасателей и жителей села, из Шымкента прислали дрон с тепловизором. Утром овчарка по кличке Алтай нашла ребёнка спящим в поле в трёх километрах от дома.
Это первые крупные поиски в регионе после того, как 19 июня бывшая Южно-Казахстанская область стала Туркестанской, а Шымкент получил статус города республиканского значения. Полиция Туркестанской области и Шымкента теперь работает раздельно, но в этот раз, по словам начальника сельского отдела полиции, «никто не делил, кто чей».""",
     ann=[
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'dateline; city of republican significance since 2018-06-19'}),
        ('Шымкента', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:inside the name of an authority (city police dog centre)'}),
        ('Аксукент', 0, 'village', 'Aksukent', TR),
        ('Сайрамского района', 0, 'district', 'Sayram District', TR),
        ('Туркестанской области', 0, 'region', TR, TR),
        ('Шымкента', 1, 'city', 'Shymkent', 'Shymkent', {'note': "NI:the family's home city"}),
        ('Шымкента', 2, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:origin of the drone'}),
        ('Южно-Казахстанская область', 0, 'region', TR, TR, {'uncertain': True, 'note': 'NI:background; the region renamed on 2018-06-19, labelled with the unit holding its land on the article date'}),
        ('Туркестанской', 1, 'region', TR, TR, {'note': 'NI:background; region name without head noun'}),
        ('Шымкент', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:background'}),
        ('Туркестанской области', 1, 'region', TR, TR, {'note': 'NI:inside the name of an authority'}),
        ('Шымкента', 3, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:inside the name of an authority'}),
     ],
     inc={TR: (1, 'five-year-old girl lost for 14 hours at Aksukent, Sayram district, found by a police dog; Shymkent is only the family\'s home and the police unit\'s base')}),

dict(id='p014', date='2023-01-12', lang='ru',
     event='2023 blizzard round-up: shepherd lost for two days in Ayagoz district found alive by a helicopter from Semey (Abai Region); two herders dead near Terekti, Ulytau district (Ulytau Region); 46 motorists evacuated on the Karaganda-Balkhash road to Akzhal (Karaganda Region, not counted); state of emergency in three regions; warning for Pavlodar and East Kazakhstan regions',
     text="""Буран в центре и на востоке страны: чабана нашли живым в Абайской области, двое погибли в Улытау
АСТАНА, 12 января — Сильный буран, который с понедельника бушует в центральных и восточных регионах, унёс жизни как минимум двух человек, сообщили в МЧС. В трёх областях введён режим чрезвычайной ситуации местного масштаба, закрыты участки трасс.

В Абайской области вертолёт «Казавиаспаса», вылетевший из Семея, в среду нашёл 58-летнего чабана, который двое суток пропадал вместе с отарой в Аягозском районе, в 40 км от Аягоза. Чабан загнал овец в овраг, развёл костёр из кизяка и дождался помощи. С обморожениями его доставили в районную больницу в Аягозе.

В Улытауской области, созданной в июне прошлого года, нашли тела двух братьев-скотников, которые во вторник отправились на тракторе к зимовке в Улытауском районе. Трактор застрял в снегу в 15 км от села Теректы, и мужчины пытались дойти до зимовки пешком. Их искали двое суток: снегоходы не могли пройти из-за метели, а вертолёт из Караганды не смог подняться в воздух. В поисках участвовали полицейские из Жезказгана и Сатпаева.

В Карагандинской области спасатели за ночь вывели из застрявших на трассе Караганда — Балхаш машин 46 человек и разместили их в школе посёлка Акжал. Пострадавших нет, трасса закрыта до стихания ветра.

«Мы просим фермеров не выгонять скот, пока не закончится буран», — сказал заместитель министра по чрезвычайным ситуациям Ерлан Мукашев.

Режим ЧС действует в Абайской, Улытауской и Карагандинской областях. По данным Казгидромета, буран стихнет к пятнице, но в Павлодарской и Восточно-Казахстанской областях ещё ожидается ветер до 25 м/с. Всего с начала бурана спасатели вывели к жилью 212 человек.""",
     ann=[
        ('Абайской области', 0, 'region', ABR, ABR, {'note': 'headline'}),
        ('Улытау', 0, 'region', UR, UR, {'uncertain': True, 'note': 'headline short form; could also be read as the district or the village of Ulytau, all in Ulytau Region'}),
        ('АСТАНА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('трёх областях', 0, 'quantified', '3 regions', N, {'count': 3, 'unit': 'region', 'note': 'state of emergency, a measure; the three are named below'}),
        ('Абайской области', 1, 'region', ABR, ABR),
        ('Семея', 0, 'city', 'Semey', ABR, {'note': 'NI:origin of the helicopter; Abai Region since 2022-06-08'}),
        ('Аягозском районе', 0, 'district', 'Ayagoz District', ABR),
        ('Аягоза', 0, 'city', 'Ayagoz', ABR, {'note': 'NI:reference point'}),
        ('Аягозе', 0, 'city', 'Ayagoz', ABR, {'note': 'NI:hospital town'}),
        ('Улытауской области', 0, 'region', UR, UR, {'note': 'created 2022-06-08'}),
        ('Улытауском районе', 0, 'district', 'Ulytau District', UR),
        ('Теректы', 0, 'village', 'Terekti (Ulytau district)', UR, {'note': 'NI:reference point; a common village name'}),
        ('Караганды', 0, 'city', 'Karaganda', KR, {'note': 'NI:origin of the helicopter that could not take off'}),
        ('Жезказгана', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:origin of police searchers'}),
        ('Сатпаева', 0, 'city', 'Satpayev', UR, {'note': 'NI:origin of police searchers; the town, not the surname'}),
        ('Карагандинской области', 0, 'region', KR, KR, {'note': 'NI:motorists evacuated from stuck cars, a rescue measure without a lost or hurt person'}),
        ('Караганда', 0, 'city', 'Karaganda', KR, {'note': 'NI:road endpoint'}),
        ('Балхаш', 0, 'city', 'Balkhash', KR, {'note': 'NI:road endpoint; the town'}),
        ('Акжал', 0, 'village', 'Akzhal (Shet district)', KR, {'note': 'NI:evacuation shelter'}),
        ('Абайской', 2, 'region', ABR, ABR, {'note': 'NI:state of emergency; in a list sharing "областях"'}),
        ('Улытауской', 1, 'region', UR, UR, {'note': 'NI:state of emergency; in a list sharing "областях"'}),
        ('Карагандинской', 1, 'region', KR, KR, {'note': 'NI:state of emergency; in a list sharing "областях"'}),
        ('Павлодарской', 0, 'region', PR, PR, {'note': 'NI:forecast; in a list sharing "областях"'}),
        ('Восточно-Казахстанской', 0, 'region', EKR, EKR, {'note': 'NI:forecast; in a list sharing "областях"'}),
     ],
     inc={ABR: (1, 'shepherd lost for two days with his flock in Ayagoz district, found alive with frostbite'),
          UR: (1, 'two herders died trying to walk to their winter camp in Ulytau district; Karaganda Region evacuation of motorists not counted')}),

dict(id='p015', date='2000-08-03', lang='ru',
     event='2000 climber from Yekaterinburg killed in a fall on Talgar Peak (Talgar gorge, Talgar district, Almaty Region); the peak vs the town of Talgar; his partner flown to Almaty; climbing deaths near Almaty this season as statistics',
     text="""На пике Талгар погиб альпинист из Екатеринбурга
АЛМАТЫ, 3 августа — Горноспасатели сняли с северного склона пика Талгар тело альпиниста из Екатеринбурга, который сорвался во вторник при спуске с вершины, сообщили в Агентстве по чрезвычайным ситуациям.
Группа из пяти человек поднималась на пик со стороны Талгарского ущелья в Талгарском районе Алматинской области. На высоте около 4500 метров двое альпинистов сорвались на ледовом склоне. Напарник погибшего получил травму ноги, его эвакуировали вертолётом в Алматы. Остальные трое спустились в базовый лагерь сами.
Пик Талгар высотой 4979 метров — высшая точка Заилийского Алатау. С начала сезона в горах под Алматы погибли четыре альпиниста, напомнили в агентстве.""",
     ann=[
        ('Талгар', 0, 'facility', 'Talgar Peak', N, {'subkind': 'peak', 'note': 'headline; after "пике"; the peak, not the town of Talgar'}),
        ('Екатеринбурга', 0, 'foreign', 'Yekaterinburg', N, {'note': "NI:the climber's home city"}),
        ('АЛМАТЫ', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Талгар', 1, 'facility', 'Talgar Peak', N, {'subkind': 'peak'}),
        ('Екатеринбурга', 1, 'foreign', 'Yekaterinburg', N, {'note': "NI:the climber's home city"}),
        ('Талгарского ущелья', 0, 'facility', 'Talgar gorge', N, {'subkind': 'gorge'}),
        ('Талгарском районе', 0, 'district', 'Talgar District', ALR),
        ('Алматинской области', 0, 'region', ALR, ALR),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:hospital city'}),
        ('Талгар', 2, 'facility', 'Talgar Peak', N, {'subkind': 'peak', 'note': 'NI:description'}),
        ('Заилийского Алатау', 0, 'facility', 'Trans-Ili Alatau', N, {'subkind': 'mountain range', 'note': 'NI:description'}),
        ('Алматы', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:reference point for statistics'}),
     ],
     inc={ALR: (1, 'two climbers fell on Talgar Peak (Talgar district), one killed and one injured; the season\'s four deaths are a statistic')}),

dict(id='p016', date='2026-02-18', lang='ru',
     event='2026 ice rescue exercise on the Ural in Uralsk (West Kazakhstan Region), with rescuers from Aktobe, Atyrau and Russia\'s Orenburg Oblast; no real incident this year; similar exercises in all 17 regions (no incident)',
     text="""В Уральске прошли учения спасателей на льду Урала
УРАЛЬСК, 18 февраля — Спасатели ДЧС Западно-Казахстанской области, водолазы и кинологи отработали на реке Урал в черте Уральска спасение рыбаков с оторвавшейся льдины и поиск человека, провалившегося под лёд. По легенде учений, льдину с восемью рыбаками унесло течением у Кировского моста, а одного из них считали пропавшим без вести.
В учениях участвовали также спасатели из Актобе и Атырау и впервые — коллеги из Оренбургской области России: Урал течёт из России через Уральск и Атырау в Каспийское море. Роль пострадавших играли курсанты, а служебная собака «нашла» условно пропавшего за 12 минут.
«Случаев на льду в этом году пока не было, и мы хотим, чтобы так и осталось», — сказал начальник департамента Руслан Жумагалиев. Подобные учения в феврале проходят во всех 17 областях страны.""",
     ann=[
        ('Уральске', 0, 'city', 'Oral', WKR, {'note': 'NI:headline; exercise'}),
        ('Урала', 0, 'facility', 'Ural River', N, {'subkind': 'river', 'note': 'headline'}),
        ('УРАЛЬСК', 0, 'city', 'Oral', WKR, {'note': 'dateline'}),
        ('Западно-Казахстанской области', 0, 'region', WKR, WKR, {'note': 'inside the name of an authority'}),
        ('Урал', 0, 'facility', 'Ural River', N, {'subkind': 'river', 'note': 'after "реке"'}),
        ('Уральска', 0, 'city', 'Oral', WKR, {'note': 'NI:exercise'}),
        ('Кировского моста', 0, 'facility', 'Kirov Bridge (Oral)', WKR, {'subkind': 'bridge', 'note': 'NI:scenario of the exercise'}),
        ('Актобе', 0, 'city', 'Aktobe', AR, {'note': 'NI:origin of rescuers'}),
        ('Атырау', 0, 'city', 'Atyrau', ATR, {'note': 'NI:origin of rescuers'}),
        ('Оренбургской области', 0, 'foreign', 'Orenburg Oblast', N, {'note': 'NI:origin of rescuers'}),
        ('России', 0, 'foreign', 'Russia', N),
        ('Урал', 1, 'facility', 'Ural River', N, {'subkind': 'river'}),
        ('России', 1, 'foreign', 'Russia', N, {'note': 'NI:course of the river'}),
        ('Уральск', 0, 'city', 'Oral', WKR, {'note': 'NI:course of the river'}),
        ('Атырау', 1, 'city', 'Atyrau', ATR, {'note': 'NI:course of the river'}),
        ('Каспийское море', 0, 'facility', 'Caspian Sea', N, {'subkind': 'sea', 'note': 'NI:course of the river'}),
        ('всех 17 областях', 0, 'quantified', 'all 17 regions', N, {'count': 17, 'unit': 'region', 'quantifier': 'all', 'note': 'exercises, not incidents'}),
     ],
     inc={}),
]
