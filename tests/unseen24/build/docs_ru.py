"""Russian texts of the twenty-fourth unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
JR, ALR, KYR, TR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'Turkistan Region', 'South Kazakhstan Region'
ABR, JTR, EKR, MR, KOR = 'Abai Region', 'Jetisu Region', 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR, UR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region', 'Ulytau Region'
ATR, AR, WKR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region'
CD = {'subkind': 'city district'}
MD = {'subkind': 'microdistrict'}

DOCS = [
dict(id='p009', date='1996-11-19', lang='ru',
     event='1996 picket of residents of the Karatal microdistrict outside the akimat of Taldykorgan Region, abolished in 1997 (Almaty Region land); homes without heat in Tekeli and Ushtobe; fuel oil from Pavlodar; Auezov district of Alma-Ata',
     text="""Жители Талдыкоргана пикетировали акимат области из-за отсутствия тепла
ТАЛДЫКОРГАН, 19 ноября (Интерфакс-Казахстан) – Около 70 жителей пятиэтажных домов микрорайона «Каратал» во вторник пришли к зданию акимата Талдыкорганской области с требованием дать тепло в квартиры. Отопительный сезон в этой части города так и не начался: котельная микрорайона с октября стоит без мазута.
Пикет продолжался около двух часов, задержанных нет. Заместитель акима области вышел к людям и пообещал, что первые цистерны мазута придут из Павлодара до конца недели. По его словам, долг областной энергокомпании перед поставщиками превышает 400 млн тенге.
Без отопления остаются также часть домов в Текели и Уштобе, сообщили в областном управлении коммунального хозяйства. В Алма-Ате, по данным горакимата, тепло подано во все дома, кроме нескольких кварталов Ауэзовского района.
Жители «Каратала» пообещали снова прийти к акимату, если батареи останутся холодными к понедельнику.""",
     ann=[
        ('Талдыкоргана', 0, 'city', 'Taldykorgan', ALR, {'note': 'headline; seat of Taldykorgan Region, abolished in 1997, whose land is now Almaty Region'}),
        ('ТАЛДЫКОРГАН', 0, 'city', 'Taldykorgan', ALR, {'note': 'dateline'}),
        ('Каратал', 0, 'district', 'Karatal (Taldykorgan)', ALR, {'subkind': 'microdistrict', 'note': 'NI:residence of the protesters; not the Karatal district or river'}),
        ('Талдыкорганской области', 0, 'region', ALR, ALR, {'uncertain': True, 'note': 'Taldykorgan Region, abolished in April 1997; its land is Almaty Region; its akimat is the site of the picket'}),
        ('Павлодара', 0, 'city', 'Pavlodar', PR, {'note': 'NI:origin of fuel oil'}),
        ('Текели', 0, 'city', 'Tekeli', ALR),
        ('Уштобе', 0, 'city', 'Ushtobe', ALR),
        ('Алма-Ате', 0, 'city', 'Almaty', 'Almaty', {'note': 'the old name'}),
        ('Ауэзовского района', 0, 'district', 'Auezov District (Almaty)', 'Almaty', CD),
        ('Каратала', 0, 'district', 'Karatal (Taldykorgan)', ALR, {'subkind': 'microdistrict', 'note': 'NI:residence of the protesters'}),
     ],
     inc={ALR: (1, 'picket of Karatal residents outside the Taldykorgan regional akimat (Taldykorgan Region land, Almaty Region)')}),

dict(id='p010', date='2018-02-06', lang='ru',
     event='2018 carbon-monoxide deaths in a house in the Kaitpas microdistrict of Shymkent and a gas explosion in a house in Karabulak, Sairam district (both South Kazakhstan Region, four months before the split); gas checks in the Abai, Enbekshi and Al-Farabi districts; pipes from Aktobe',
     text="""Двое погибли от угарного газа в Шымкенте, в Сайрамском районе взорвался газ в жилом доме
ШЫМКЕНТ, 6 февраля (КазТАГ) – Мужчина и его восьмилетняя дочь погибли в ночь на понедельник в частном доме в микрорайоне «Кайтпас» в Шымкенте, отравившись угарным газом, сообщил департамент по чрезвычайным ситуациям Южно-Казахстанской области. Мать и ещё двоих детей доставили в областную детскую больницу.
По предварительным данным, семья отапливала дом самодельным газовым котлом, дымоход которого был забит. Дом построен без разрешения на участке, который городской акимат ещё в 2015 году включил в план под снос.
Во вторник утром в селе Карабулак Сайрамского района взорвалась газовоздушная смесь на кухне двухэтажного жилого дома. Обрушилась часть стены, 62-летнюю хозяйку с ожогами госпитализировали. Соседние дома не пострадали.
Аким Шымкента поручил до конца недели проверить газовое оборудование во всех домах частного сектора Абайского, Енбекшинского и Аль-Фарабийского районов. В городе около 90 тысяч частных домов, и многие из них подключены к сетям самовольно, признают в горакимате.
Газовики объясняют, что в морозы давление в сетях падает и жители ставят самодельные котлы, которые продаются на рынках. «Проверки мы проводим, но войти в дом без согласия хозяина не можем», – заявил представитель областного филиала газовой компании.
Областной акимат сообщил, что в этом году на реконструкцию газовых сетей Ленгера и Сарыагаша выделено 2 млрд тенге, а трубы для них поставит завод в Актобе. Жители пригородных сёл Шымкента жалуются, что ждут газа с 2010 года. Для сравнения, в соседнем Таразе весь частный сектор перевели на газовые счётчики с отсечкой ещё в 2016 году.""",
     ann=[
        ('Шымкенте', 0, 'city', 'Shymkent', SKR, {'note': 'headline; South Kazakhstan Region before 2018-06-19'}),
        ('Сайрамском районе', 0, 'district', 'Sairam District', SKR, {'note': 'headline'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', SKR, {'note': 'dateline'}),
        ('Кайтпас', 0, 'district', 'Kaitpas (Shymkent)', SKR, MD),
        ('Шымкенте', 1, 'city', 'Shymkent', SKR),
        ('Южно-Казахстанской области', 0, 'region', SKR, SKR, {'note': 'inside the name of an authority'}),
        ('Карабулак', 0, 'village', 'Karabulak (Sairam District)', SKR),
        ('Сайрамского района', 0, 'district', 'Sairam District', SKR),
        ('Шымкента', 0, 'city', 'Shymkent', SKR, {'note': "NI:inside an official's title"}),
        ('Абайского', 0, 'district', 'Abai District (Shymkent)', SKR, {'subkind': 'city district', 'note': 'NI:list sharing "районов"; checks ordered'}),
        ('Енбекшинского', 0, 'district', 'Enbekshi District (Shymkent)', SKR, {'subkind': 'city district', 'note': 'NI:list sharing "районов"; checks ordered'}),
        ('Аль-Фарабийского', 0, 'district', 'Al-Farabi District (Shymkent)', SKR, {'subkind': 'city district', 'note': 'NI:list sharing "районов"; checks ordered'}),
        ('Ленгера', 0, 'city', 'Lenger', SKR, {'note': 'NI:planned gas network works'}),
        ('Сарыагаша', 0, 'city', 'Saryagash', SKR, {'note': 'NI:planned gas network works'}),
        ('Актобе', 0, 'city', 'Aktobe', AR, {'note': 'NI:seat of the pipe plant'}),
        ('Шымкента', 1, 'city', 'Shymkent', SKR, {'note': 'NI:reference point for suburban villages'}),
        ('Таразе', 0, 'city', 'Taraz', JR, {'note': 'NI:comparison'}),
     ],
     inc={SKR: (2, 'carbon-monoxide deaths in a house in Kaitpas, Shymkent (deadly mishap); gas explosion in a house in Karabulak, Sairam district')}),

dict(id='p011', date='2005-06-21', lang='ru',
     event='2005 Astana maslikhat adds money to demolish old housing in the Saryarka and Almaty districts of the capital; the city once called Akmolinsk and Tselinograd; water from the Vyacheslavskoye reservoir (no incident)',
     text="""Маслихат Астаны добавил 6 млрд тенге на снос ветхого жилья
АСТАНА, 21 июня (Интерфакс-Казахстан) – Городской маслихат Астаны во вторник утвердил поправки к бюджету столицы на 2005 год, добавив 6 млрд тенге на снос ветхого жилья. Большая часть денег пойдёт на снос бараков в Сарыаркинском районе и переселение их жителей в новые дома на левом берегу Ишима.
По данным акимата, в Алматинском районе столицы стоят ещё около 1 500 ветхих домов, построенных в 1950-е годы, когда город назывался Акмолинском, а затем Целиноградом. Часть переселенцев получит квартиры в микрорайоне «Юго-Восток».
Депутаты также одобрили 2,3 млрд тенге на второй водовод от Вячеславского водохранилища, из которого город получает питьевую воду. Строительство планируется завершить в 2007 году.
Риелторы отмечают, что квадратный метр жилья в Астане за год подорожал на 40% и по цене почти догнал Алматы.""",
     ann=[
        ('Астаны', 0, 'city', 'Astana', 'Astana', {'note': 'headline; inside the name of an authority'}),
        ('АСТАНА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Астаны', 1, 'city', 'Astana', 'Astana', {'note': 'inside the name of an authority'}),
        ('Сарыаркинском районе', 0, 'district', 'Saryarka District (Astana)', 'Astana', CD),
        ('Ишима', 0, 'facility', 'Ishim river', N, {'subkind': 'river', 'note': 'the Yesil (Ishim) river'}),
        ('Алматинском районе', 0, 'district', 'Almaty District (Astana)', 'Astana', {'subkind': 'city district', 'note': 'a district of the capital, not the city of Almaty or Almaty Region'}),
        ('Акмолинском', 0, 'city', 'Astana', 'Astana', {'note': 'old name of the capital'}),
        ('Целиноградом', 0, 'city', 'Astana', 'Astana', {'note': 'old name of the capital'}),
        ('Юго-Восток', 0, 'district', 'South-East (Astana)', 'Astana', MD),
        ('Вячеславского водохранилища', 0, 'facility', 'Vyacheslavskoye reservoir', N, {'subkind': 'reservoir', 'note': 'in Akmola Region'}),
        ('Астане', 0, 'city', 'Astana', 'Astana'),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:price comparison'}),
     ],
     inc={}),

dict(id='p012', date='2013-10-08', lang='ru',
     event='2013 picket of members of the «Строитель» dacha cooperative near Derkul outside the Uralsk (Oral) akimat against land seizure (West Kazakhstan Region); the newspaper «Уральская неделя» is not a place',
     text="""Дачники пикетировали акимат Уральска из-за изъятия земель
УРАЛЬСК, 8 октября (КазТАГ) – Около 60 членов дачного кооператива «Строитель» у посёлка Деркул в понедельник провели пикет у здания акимата Уральска, требуя отменить решение об изъятии их участков под строительство жилого микрорайона.
По словам председателя кооператива Галины Сорокиной, участки выделялись ещё в 1988 году решением Уральского горисполкома, и многие дачники построили там дома. В кооперативе около 400 участков, и часть семей живёт в них круглый год. Акимат предлагает компенсацию по кадастровой стоимости, которую люди считают заниженной.
Полиция составила протоколы на трёх участников несанкционированной акции, их дела рассмотрит специализированный административный суд Уральска. Аким Западно-Казахстанской области поручил создать комиссию и до конца месяца встретиться с дачниками.
О конфликте первой написала газета «Уральская неделя».""",
     ann=[
        ('Уральска', 0, 'city', 'Oral', WKR, {'note': 'headline; Uralsk is the Russian name of Oral'}),
        ('УРАЛЬСК', 0, 'city', 'Oral', WKR, {'note': 'dateline'}),
        ('Строитель', 0, 'facility', 'Stroitel dacha cooperative (Oral)', WKR, {'subkind': 'dacha cooperative', 'note': 'NI:site of the land dispute, not of the picket'}),
        ('Деркул', 0, 'village', 'Derkul', WKR, {'note': 'NI:reference point'}),
        ('Уральска', 1, 'city', 'Oral', WKR, {'note': 'the akimat is the site of the picket'}),
        ('Уральского', 0, 'city', 'Oral', WKR, {'note': 'NI:adjective inside the name of an authority (горисполком)'}),
        ('Уральска', 2, 'city', 'Oral', WKR, {'note': 'NI:seat of a court'}),
        ('Западно-Казахстанской области', 0, 'region', WKR, WKR, {'note': "NI:inside an official's title"}),
     ],
     inc={WKR: (1, 'picket of dacha owners outside the Uralsk akimat (protocols drawn up against three participants are part of it)')}),

dict(id='p013', date='2022-10-25', lang='ru',
     event='2022 housing in the three new regions: roof collapse of a block on Alashakhan Street in Zhezkazgan (Ulytau Region) and a protest of dormitory residents outside the Jetisu regional akimat in Taldykorgan; Semey as seat of Abai Region; staff stayed in Karaganda and Ust-Kamenogorsk; Almaty Region akimat moved to Konaev, the former Kapshagai',
     text="""Новые области: в Жезказгане обрушилась кровля жилого дома, в Талдыкоргане жильцы общежития вышли к акимату
АЛМАТЫ, 25 октября (Vlast.kz) – Спустя четыре с половиной месяца после образования Абайской, Жетысуской и Улытауской областей их акиматы всё ещё делят с прежними областными центрами имущество и бюджеты, а жилищные проблемы новых регионов копятся.
В Жезказгане, ставшем центром Улытауской области, в воскресенье обрушилась часть кровли пятиэтажного дома на улице Алашахана. Жильцов верхнего этажа переселили в гостиницу за счёт акимата, пострадавших нет. Дом 1962 года постройки признали аварийным ещё в 2019 году, когда город входил в Карагандинскую область, но деньги на ремонт так и не выделили. По данным областного акимата, в регионе 46 аварийных многоквартирных домов, большинство из них – в Жезказгане и Сатпаеве.
В Талдыкоргане в понедельник около 30 жильцов общежития на улице Шевченко вышли к зданию акимата Жетысуской области. Общежитие продано частной компании, и жильцам предложили освободить комнаты до 1 декабря. Заместитель акима области пообещал включить семьи в очередь на арендное жильё.
В Семее, центре Абайской области, акимат разместился в здании бывшего горсовета, а жилищная инспекция переехала из Усть-Каменогорска только в сентябре. Городу обещают 15 млрд тенге на замену изношенных теплосетей. Новые акиматы жалуются, что многие опытные специалисты не захотели уезжать из Караганды и Усть-Каменогорска.
Талдыкорган, напротив, потерял часть чиновников: они переехали вслед за акиматом Алматинской области в Конаев, бывший Капшагай.
Правительство обещает выделить трём новым областям в 2023 году 120 млрд тенге, из них около трети – на жильё, теплосети, водопровод и дороги в жилых кварталах.""",
     ann=[
        ('Жезказгане', 0, 'city', 'Zhezkazgan', UR, {'note': 'headline; Ulytau Region from 2022-06-08'}),
        ('Талдыкоргане', 0, 'city', 'Taldykorgan', JTR, {'note': 'headline; Jetisu Region from 2022-06-08'}),
        ('АЛМАТЫ', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Абайской', 0, 'region', ABR, ABR, {'note': 'list sharing "областей"'}),
        ('Жетысуской', 0, 'region', JTR, JTR, {'note': 'list sharing "областей"'}),
        ('Улытауской', 0, 'region', UR, UR, {'note': 'list sharing "областей"'}),
        ('Жезказгане', 1, 'city', 'Zhezkazgan', UR),
        ('Улытауской области', 0, 'region', UR, UR),
        ('улице Алашахана', 0, 'facility', 'Alashakhan Street (Zhezkazgan)', UR, {'subkind': 'street'}),
        ('Карагандинскую область', 0, 'region', KR, KR, {'note': 'NI:former unit of the city'}),
        ('Жезказгане', 2, 'city', 'Zhezkazgan', UR),
        ('Сатпаеве', 0, 'city', 'Satpayev', UR),
        ('Талдыкоргане', 1, 'city', 'Taldykorgan', JTR),
        ('улице Шевченко', 0, 'facility', 'Shevchenko Street (Taldykorgan)', JTR, {'subkind': 'street', 'note': 'NI:address of the dormitory; the protest is at the akimat'}),
        ('Жетысуской области', 0, 'region', JTR, JTR, {'note': 'inside the name of an authority; its building is the site of the protest'}),
        ('Семее', 0, 'city', 'Semey', ABR),
        ('Абайской области', 0, 'region', ABR, ABR),
        ('Усть-Каменогорска', 0, 'city', 'Oskemen', EKR, {'note': 'NI:origin of the inspectorate'}),
        ('Караганды', 0, 'city', 'Karaganda', KR, {'note': 'NI:residence of staff'}),
        ('Усть-Каменогорска', 1, 'city', 'Oskemen', EKR, {'note': 'NI:residence of staff'}),
        ('Талдыкорган', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:origin of officials'}),
        ('Алматинской области', 0, 'region', ALR, ALR, {'note': 'NI:inside the name of an authority'}),
        ('Конаев', 0, 'city', 'Konaev', ALR, {'note': 'NI:destination of officials'}),
        ('Капшагай', 0, 'city', 'Konaev', ALR, {'note': 'NI:the former name'}),
        ('трём новым областям', 0, 'quantified', '3 new regions', N, {'count': 3, 'unit': 'region', 'note': 'the three named regions; not about incidents'}),
     ],
     inc={UR: (1, 'partial roof collapse of a five-storey block on Alashakhan Street in Zhezkazgan (accident, nobody hurt)'),
          JTR: (1, 'protest of dormitory residents outside the Jetisu regional akimat in Taldykorgan')}),

dict(id='p014', date='2020-03-03', lang='ru',
     event='2020 former deputy akim of Kentau sentenced for embezzling roof-repair money in Kentau and Achisai (Turkistan Region); the regional akimat moved from Shymkent to Turkestan in 2018 (no incident)',
     text="""Бывшего замакима Кентау осудили за хищение денег на ремонт крыш
ТУРКЕСТАН, 3 марта (Tengrinews) – Специализированный межрайонный суд по уголовным делам Туркестанской области приговорил бывшего заместителя акима Кентау к пяти годам лишения свободы за хищение 86 млн тенге, выделенных на ремонт кровель многоквартирных домов.
По данным суда, в 2017–2018 годах подрядчик из Шымкента получил деньги за ремонт 14 домов в Кентау и в посёлке Ачисай, хотя на половине крыш работы так и не провели. Замакима подписывал акты приёмки. Подрядчик осуждён в прошлом году.
Дело возбудили после жалоб жильцов, которые в 2018 году дошли до приёмной акима области, тогда ещё находившейся в Шымкенте. Осенью того же года областной акимат переехал в Туркестан, а Шымкент стал третьим городом республиканского значения Казахстана.""",
     ann=[
        ('Кентау', 0, 'city', 'Kentau', TR, {'note': "headline; inside an official's title"}),
        ('ТУРКЕСТАН', 0, 'city', 'Turkistan', TR, {'note': 'dateline'}),
        ('Туркестанской области', 0, 'region', TR, TR, {'note': 'NI:inside the name of a court'}),
        ('Кентау', 1, 'city', 'Kentau', TR, {'note': "inside an official's title"}),
        ('Шымкента', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:origin of the contractor'}),
        ('Кентау', 2, 'city', 'Kentau', TR),
        ('Ачисай', 0, 'village', 'Achisai', TR),
        ('Шымкенте', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:former seat of the regional akimat; Shymkent is its own unit on the article date'}),
        ('Туркестан', 0, 'city', 'Turkistan', TR, {'note': 'NI:new seat of the regional akimat'}),
        ('Шымкент', 0, 'city', 'Shymkent', 'Shymkent'),
        ('Казахстана', 0, 'country', 'Kazakhstan', N),
     ],
     inc={}),

dict(id='p015', date='2024-12-10', lang='ru',
     event='2024 Akmola Region programme to demolish 40 dilapidated blocks in Kokshetau (and Krasny Yar) and Shchuchinsk; Kokshetau moved from North Kazakhstan Region in 1999, when the regional akimat left Astana (no incident)',
     text="""В Кокшетау до 2027 года снесут 40 аварийных домов
КОКШЕТАУ, 10 декабря (Kazinform) – Акимат Акмолинской области утвердил программу сноса 40 аварийных многоквартирных домов в Кокшетау и Щучинске. Их жильцы получат квартиры в новостройках до 2027 года.
Большинство домов построено в 1950–1960-х годах возле вокзала и в посёлке Красный Яр, который входит в городскую администрацию Кокшетау. На программу выделено 18 млрд тенге, из них 11 млрд – из республиканского бюджета.
Кокшетау стал центром Акмолинской области в 1999 году, когда город и несколько районов передали ей из Северо-Казахстанской области, а областной акимат переехал сюда из Астаны. С тех пор население города выросло до 170 тысяч человек, а очередь на жильё – до 9 тысяч семей.
Похожую программу на следующий год готовят для Степногорска, сообщили в акимате.""",
     ann=[
        ('Кокшетау', 0, 'city', 'Kokshetau', AKR, {'note': 'headline'}),
        ('КОКШЕТАУ', 0, 'city', 'Kokshetau', AKR, {'note': 'dateline'}),
        ('Акмолинской области', 0, 'region', AKR, AKR, {'note': 'inside the name of an authority'}),
        ('Кокшетау', 1, 'city', 'Kokshetau', AKR),
        ('Щучинске', 0, 'city', 'Shchuchinsk', AKR),
        ('Красный Яр', 0, 'village', 'Krasny Yar (Kokshetau)', AKR),
        ('Кокшетау', 2, 'city', 'Kokshetau', AKR),
        ('Кокшетау', 3, 'city', 'Kokshetau', AKR),
        ('Акмолинской области', 1, 'region', AKR, AKR),
        ('несколько районов', 0, 'quantified', 'several districts', N, {'count': None, 'unit': 'district', 'note': 'districts transferred with Kokshetau in 1999; not about incidents'}),
        ('Северо-Казахстанской области', 0, 'region', NKR, NKR, {'note': 'NI:former unit of the city (until 1999)'}),
        ('Астаны', 0, 'city', 'Astana', 'Astana', {'note': 'NI:former seat of the regional akimat'}),
        ('Степногорска', 0, 'city', 'Stepnogorsk', AKR, {'note': 'NI:planned programme'}),
     ],
     inc={}),

dict(id='p016', date='2026-01-20', lang='ru',
     event='2026 Kosshy (Tselinograd district, Akmola Region) to buy water at Astana tariffs; villages Talapker and Akmol; the Kosshy-Astana road; Nura district of Astana; the company «Астана Су Арнасы» is not a place (no incident)',
     text="""Косшы перейдёт на столичные тарифы на воду
АСТАНА, 20 января (Интерфакс-Казахстан) – Город Косшы в Целиноградском районе Акмолинской области с 1 марта будет получать воду по тарифам столичного водоканала «Астана Су Арнасы», сообщили в акимате района.
Косшы, получивший статус города в 2021 году, за пять лет вырос почти до 60 тысяч жителей; большинство из них работает в Астане. Вода в город поступает по трубопроводу из столицы, но до сих пор её перепродавало районное предприятие почти вдвое дороже.
Жители Косшы и соседних сёл Талапкер и Акмол также жалуются на пробки на трассе Косшы – Астана. Акимат Астаны обещает в этом году продлить до Косшы автобусный маршрут, который сейчас заканчивается в новом районе Нура.""",
     ann=[
        ('Косшы', 0, 'city', 'Kosshy', AKR, {'note': 'headline'}),
        ('АСТАНА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Косшы', 1, 'city', 'Kosshy', AKR),
        ('Целиноградском районе', 0, 'district', 'Tselinograd District', AKR),
        ('Акмолинской области', 0, 'region', AKR, AKR),
        ('Косшы', 2, 'city', 'Kosshy', AKR),
        ('Астане', 0, 'city', 'Astana', 'Astana', {'note': 'NI:workplace of residents'}),
        ('Косшы', 3, 'city', 'Kosshy', AKR),
        ('Талапкер', 0, 'village', 'Talapker', AKR),
        ('Акмол', 0, 'village', 'Akmol', AKR),
        ('Косшы', 4, 'city', 'Kosshy', AKR, {'note': 'NI:route endpoint'}),
        ('Астана', 1, 'city', 'Astana', 'Astana', {'note': 'NI:route endpoint'}),
        ('Астаны', 0, 'city', 'Astana', 'Astana', {'note': 'NI:inside the name of an authority'}),
        ('Косшы', 5, 'city', 'Kosshy', AKR, {'note': 'NI:planned end of a bus route'}),
        ('Нура', 0, 'district', 'Nura District (Astana)', 'Astana', {'subkind': 'city district', 'note': 'NI:current end of a bus route; not Nura district of Karaganda Region'}),
     ],
     inc={}),
]
