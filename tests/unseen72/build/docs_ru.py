"""Russian texts of the seventy-second unseen check corpus."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p009', date='1996-11-14', lang='ru',
     event='1996 arson at the editorial office of the regional newspaper «Иртыш» on Shakarim Street in Semipalatinsk, and a 1994 attack on the same office recalled (Semipalatinsk Region, abolished 1997; East Kazakhstan Region land); the newspaper, a meat plant named after the city and the journalists\' union not annotated',
     text="""Поджог редакции газеты «Иртыш» в Семипалатинске
СЕМИПАЛАТИНСК, 14 ноября (Интерфакс-Казахстан). В ночь на четверг неизвестные облили бензином и подожгли входную дверь редакции областной газеты «Иртыш» на улице Шакарима в Семипалатинске. Пожар потушили за полчаса, пострадавших нет, сообщили в управлении внутренних дел Семипалатинской области.
Главный редактор связывает поджог с серией статей о продаже Семипалатинского мясоконсервного комбината фирме из Новосибирска. Это уже второе нападение на редакцию: в марте 1994 года неизвестные разбили камнями все окна на первом этаже.
Газета, названная по реке, на которой стоит город, выходит с 1917 года. Слова поддержки коллегам направили журналисты из Усть-Каменогорска, Павлодара и Алматы, а также Союз журналистов Казахстана.""",
     ann=[
        ('Семипалатинске', 0, 'city', 'Semey', EKR, {'note': 'headline; Soviet name of Semey; Semipalatinsk Region (abolished 1997) land is East Kazakhstan Region; the newspaper «Иртыш» is not annotated'}),
        ('СЕМИПАЛАТИНСК', 0, 'city', 'Semey', EKR, {'note': 'dateline'}),
        ('улице Шакарима', 0, 'facility', 'Shakarim Street (Semey)', EKR, {'subkind': 'street', 'note': 'named after a person'}),
        ('Семипалатинске', 1, 'city', 'Semey', EKR),
        ('Семипалатинской области', 0, 'region', EKR, EKR, {'uncertain': True, 'note': 'inside the name of an authority; Semipalatinsk Region, abolished in 1997 and merged into East Kazakhstan Region, labelled with the unit that took its land'}),
        ('Новосибирска', 0, 'foreign', 'Novosibirsk', N, {'note': "NI:buyer's seat; Семипалатинского in the plant's name is not annotated"}),
        ('Усть-Каменогорска', 0, 'city', 'Oskemen', EKR, {'note': "NI:journalists' origin"}),
        ('Павлодара', 0, 'city', 'Pavlodar', PR, {'note': "NI:journalists' origin"}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': "NI:journalists' origin; Казахстана in the union's name is not annotated"}),
     ],
     inc={EKR: (2, 'arson of the door of the «Иртыш» editorial office in Semipalatinsk; background: all ground-floor windows of the same office smashed with stones in March 1994')}),

dict(id='p010', date='2018-06-20', lang='ru',
     event='2018 Shymkent\'s first day as a city of republican significance: fire in a basement store of the «Шымкент Плаза» mall (Shymkent); robbery of the cash desk of the hotel «Туркестан» in Turkestan and a bus of the «Арыс-Транс» company overturned near Arys (Turkistan Region, renamed the day before); the newspaper «Южный Казахстан», the brewery and the club not annotated',
     text="""Шымкент: первый день в новом статусе
ШЫМКЕНТ, 20 июня (КазТАГ). Шымкент провёл первый день в статусе города республиканского значения. Накануне указом президента Южно-Казахстанская область была переименована в Туркестанскую, а её административный центр будет перенесён в город Туркестан. Пока областной акимат продолжает работать в Шымкенте.

Смена вывесок обойдётся бизнесу недёшево, но не всем. Областная газета «Южный Казахстан» объявила, что сохранит своё название, «которое читатели знают с 1920-х годов». Пивоваренная компания «Шымкентпиво» и футбольный клуб «Ордабасы» тоже ничего менять не собираются.

Первая ночь нового мегаполиса не обошлась без происшествий. Около двух часов ночи в торговом центре «Шымкент Плаза» на проспекте Республики загорелся склад на цокольном этаже. Сотрудники департамента по ЧС города Шымкента эвакуировали 300 посетителей ночного кинозала, пострадавших нет; огонь уничтожил товар на площади 200 квадратных метров.

В самом Туркестане двое неизвестных ночью ограбили кассу гостиницы «Туркестан» у мавзолея Ходжи Ахмеда Ясави, угрожая администратору ножом. По данным полиции Туркестанской области, похищено около 600 тысяч тенге.

Утром возле города Арыс перевернулся автобус компании «Арыс-Транс», следовавший из Шымкента в Кызылорду. Семь пассажиров получили травмы. Водитель, житель Кентау, задержан.

В акимате области заверили, что переезд ведомств в Туркестан займёт не менее полугода. За это время в новом областном центре должны построить административный квартал, аэропорт и несколько гостиниц.

Банки и сотовые операторы уже поменяли реквизиты своих филиалов: теперь в них значится «г. Шымкент» без указания области. Жители Сайрамского и Толебийского районов, которые остались в составе Туркестанской области, жалуются, что за многими справками им по-прежнему приходится ездить в Шымкент.""",
     ann=[
        ('Шымкент', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'headline; city of republican significance since 2018-06-19'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'dateline'}),
        ('Шымкент', 1, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:change of status'}),
        ('Южно-Казахстанская область', 0, 'region', TR, TR, {'uncertain': True, 'note': 'NI:the region renamed on 2018-06-19, labelled with its successor Turkistan Region'}),
        ('Туркестанскую', 0, 'region', TR, TR, {'note': 'NI:new name of the region; head noun область elided'}),
        ('Туркестан', 0, 'city', 'Turkistan', TR, {'note': 'NI:future regional centre'}),
        ('Шымкенте', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:seat of the regional akimat'}),
        ('Шымкент Плаза', 0, 'facility', 'Shymkent Plaza (Shymkent)', 'Shymkent', {'subkind': 'shopping centre', 'note': 'mall named after the city; the newspaper «Южный Казахстан» is not annotated'}),
        ('проспекте Республики', 0, 'facility', 'Respublika Avenue (Shymkent)', 'Shymkent', {'subkind': 'street'}),
        ('Шымкента', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'inside the name of an authority (city emergencies department)'}),
        ('Туркестане', 0, 'city', 'Turkistan', TR),
        ('Туркестан', 1, 'facility', 'Hotel Turkestan (Turkistan)', TR, {'subkind': 'hotel', 'note': 'hotel named after the town, in the town'}),
        ('мавзолея Ходжи Ахмеда Ясави', 0, 'facility', 'Mausoleum of Khoja Ahmed Yasawi', TR, {'subkind': 'mausoleum', 'note': 'NI:reference point'}),
        ('Туркестанской области', 0, 'region', TR, TR, {'note': 'inside the name of an authority (police)'}),
        ('Арыс', 0, 'city', 'Arys', TR, {'note': 'the bus overturned near the town; Арыс inside «Арыс-Транс» is a company name'}),
        ('Шымкента', 1, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:route origin'}),
        ('Кызылорду', 0, 'city', 'Kyzylorda', KZR, {'note': 'NI:route destination'}),
        ('Кентау', 0, 'city', 'Kentau', TR, {'note': "NI:driver's residence"}),
        ('Туркестан', 2, 'city', 'Turkistan', TR, {'note': 'NI:planned move of the authorities'}),
        ('Шымкент', 3, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:address in bank details; the preceding abbreviation г. is left out'}),
        ('Сайрамского', 0, 'district', 'Sayram District', TR, {'note': 'NI:in a pair sharing "районов"'}),
        ('Толебийского', 0, 'district', 'Tole Bi District', TR, {'note': 'NI:in a pair sharing "районов"'}),
        ('Туркестанской области', 1, 'region', TR, TR, {'note': 'NI:the districts remain in the region'}),
        ('Шымкент', 4, 'city', 'Shymkent', 'Shymkent', {'note': "NI:residents' trips"}),
     ],
     inc={'Shymkent': (1, 'fire in a basement store of the «Шымкент Плаза» mall, 300 evacuated'),
          TR: (2, 'robbery of the cash desk of the hotel «Туркестан» at knifepoint; bus of «Арыс-Транс» overturned near Arys, seven hurt')}),

dict(id='p011', date='2010-12-02', lang='ru',
     event='2010 fire under the stands of the «Кызылжар» ice arena in Petropavlovsk, two firefighters burnt (North Kazakhstan Region); the arena named after the old Kazakh name of the city, not Kyzylzhar district; hockey clubs «Кулагер» and «Арлан» not annotated',
     text="""Пожар в ледовой арене Петропавловска: матч «Кулагер» — «Арлан» перенесён
ПЕТРОПАВЛОВСК, 2 декабря. Вечером в среду в подтрибунном помещении ледовой арены «Кызылжар» в Петропавловске загорелись сложенные там старые маты и пластиковые кресла. Из здания эвакуировали 120 юных хоккеистов, двое пожарных получили ожоги, сообщил департамент по ЧС Северо-Казахстанской области.
Арена, открытая в 2008 году, названа по старому казахскому имени города и к одноимённому району области отношения не имеет. Назначенный на четверг матч чемпионата Казахстана между местным «Кулагером» и «Арланом» из Кокшетау перенесён на 10 декабря, хотя команда гостей уже была в пути.
Тренировки «Кулагера» до окончания ремонта пройдут на катке в Тайынше.""",
     ann=[
        ('Петропавловска', 0, 'city', 'Petropavl', NKR, {'note': 'headline; Russian name'}),
        ('ПЕТРОПАВЛОВСК', 0, 'city', 'Petropavl', NKR, {'note': 'dateline'}),
        ('Кызылжар', 0, 'facility', 'Kyzylzhar ice arena (Petropavl)', NKR, {'subkind': 'ice arena', 'note': 'arena named after the old Kazakh name of the city; not Kyzylzhar District'}),
        ('Петропавловске', 0, 'city', 'Petropavl', NKR),
        ('Северо-Казахстанской области', 0, 'region', NKR, NKR, {'note': 'inside the name of an authority'}),
        ('Казахстана', 0, 'country', 'Kazakhstan', N, {'note': 'championship of Kazakhstan'}),
        ('Кокшетау', 0, 'city', 'Kokshetau', AKR, {'note': "NI:visiting club's home city"}),
        ('Тайынше', 0, 'city', 'Tayynsha', NKR, {'note': 'NI:training rink'}),
     ],
     inc={NKR: (1, 'fire under the stands of the «Кызылжар» ice arena in Petropavlovsk, two firefighters burnt')}),

dict(id='p012', date='2003-08-27', lang='ru',
     event='2003 Air Kazakhstan Tu-134 overran the runway at Uralsk airport, three hurt (West Kazakhstan Region); the airline, the club «Акжайык», the newspaper «Приуралье» and the aircraft named «Атырау» not annotated; flight from Moscow diverted to Aktobe',
     text="""Самолёт «Эйр Казахстан» выкатился за полосу в Уральске
УРАЛЬСК, 27 августа. Самолёт Ту-134 авиакомпании «Эйр Казахстан», выполнявший рейс Алматы — Уральск, при посадке в аэропорту Уральска во вторник вечером выкатился за пределы взлётно-посадочной полосы и остановился в поле. Трое из 64 пассажиров получили ушибы, сообщили в управлении по ЧС Западно-Казахстанской области.
Среди пассажиров были футболисты местного клуба «Акжайык», возвращавшиеся с выездного матча. Как пишет областная газета «Приуралье», самолёт, носящий имя «Атырау», недавно прошёл капитальный ремонт.
Для расследования из Астаны вылетела комиссия министерства транспорта. Аэропорт закрыт до утра, вечерний рейс из Москвы перенаправлен в Актобе.""",
     ann=[
        ('Уральске', 0, 'city', 'Oral', WKR, {'note': 'headline; Russian name of Oral; Казахстан inside the airline name is not annotated'}),
        ('УРАЛЬСК', 0, 'city', 'Oral', WKR, {'note': 'dateline'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:route endpoint'}),
        ('Уральск', 0, 'city', 'Oral', WKR, {'note': 'NI:route endpoint'}),
        ('аэропорту Уральска', 0, 'facility', 'Oral Airport', WKR, {'subkind': 'airport'}),
        ('Западно-Казахстанской области', 0, 'region', WKR, WKR, {'note': 'inside the name of an authority'}),
        ('Астаны', 0, 'city', 'Astana', 'Astana', {'note': "NI:commission's origin; the club «Акжайык» and the aircraft name «Атырау» are not annotated"}),
        ('Москвы', 0, 'foreign', 'Moscow', N, {'note': 'NI:flight origin'}),
        ('Актобе', 0, 'city', 'Aktobe', AR, {'note': 'NI:diversion airport'}),
     ],
     inc={WKR: (1, 'Tu-134 overran the runway on landing at Uralsk airport, three passengers bruised')}),

dict(id='p013', date='2020-12-10', lang='ru',
     event='2020 week in Almaty: robbery of the exchange office in the hotel «Астана», fire of the scaffolding at the Almaty Arena in Alatau district, minibus of Kairat fans hit by a lorry on the Eastern Bypass in Medeu district (Almaty); bomb hoax at «Мега Алма-Ата» (not counted); trial of the former head of the bank «Астана» in the Medeu district court; hockey club «Алматы» not annotated',
     text="""Алматы: ограбление в гостинице «Астана», пожар у «Алматы Арены» и ДТП с болельщиками
АЛМАТЫ, 10 декабря (Informburo.kz). Неделя в Алматы выдалась беспокойной: полиция и спасатели выезжали на происшествия в нескольких районах города.

В понедельник вечером двое мужчин в масках ворвались в обменный пункт в холле гостиницы «Астана» на углу улиц Байтурсынова и Сатпаева и, угрожая кассиру травматическим пистолетом, забрали около 12 млн тенге. Одного из них задержали через сутки в Талгаре, второй, по данным департамента полиции Алматы, уехал в Бишкек.

Во вторник загорелись строительные леса у северного фасада «Алматы Арены» в Алатауском районе. Пламя перекинулось на кровлю вспомогательного корпуса, пострадавших нет. Хоккейный клуб «Алматы», который тренируется на арене, временно перенёс занятия на каток «Медеу».

В среду ночью на Восточной объездной дороге в Медеуском районе микроавтобус с болельщиками «Кайрата», возвращавшимися из Нур-Султана после матча с «Астаной», столкнулся с грузовиком, зарегистрированным в Алматинской области. Пятеро пострадавших доставлены в больницу.

В четверг из торгового центра «Мега Алма-Ата» в Бостандыкском районе эвакуировали около 2000 посетителей: в полицию позвонили с сообщением о бомбе. Взрывчатку не нашли, звонивший, житель Шымкента, задержан.

Тем временем Медеуский районный суд Алматы приговорил бывшего председателя правления банка «Астана» к семи годам заключения за хищение средств вкладчиков. Банк лишился лицензии в 2018 году; среди потерпевших — жители Алматы, Нур-Султана и Караганды.

В пятницу аким города провёл совещание о безопасности в местах массового скопления людей. Проверки торговых центров, гостиниц и спортивных арен пройдут во всех районах Алматы, от Ауэзовского до Наурызбайского; первыми проверят «Мега Алма-Ату» и «Алматы Арену».""",
     ann=[
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'headline'}),
        ('Астана', 0, 'facility', 'Hotel Astana (Almaty)', 'Almaty', {'subkind': 'hotel', 'note': 'headline; hotel named after the capital, located in Almaty'}),
        ('Алматы Арены', 0, 'facility', 'Almaty Arena', 'Almaty', {'subkind': 'arena', 'note': 'headline'}),
        ('АЛМАТЫ', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Алматы', 2, 'city', 'Almaty', 'Almaty'),
        ('нескольких районах', 0, 'quantified', 'several districts', N, {'count': None, 'unit': 'district', 'note': 'districts of Almaty; the incidents are in Almaty'}),
        ('Астана', 1, 'facility', 'Hotel Astana (Almaty)', 'Almaty', {'subkind': 'hotel'}),
        ('Байтурсынова', 0, 'facility', 'Baitursynov Street (Almaty)', 'Almaty', {'subkind': 'street', 'note': 'in a pair sharing "улиц"'}),
        ('Сатпаева', 0, 'facility', 'Satpayev Street (Almaty)', 'Almaty', {'subkind': 'street', 'note': 'in a pair sharing "улиц"; not the town Satpayev'}),
        ('Талгаре', 0, 'city', 'Talgar', ALR, {'note': 'NI:place of arrest'}),
        ('Алматы', 3, 'city', 'Almaty', 'Almaty', {'note': 'inside the name of an authority (city police department)'}),
        ('Бишкек', 0, 'foreign', 'Bishkek', N, {'note': "NI:suspect's flight"}),
        ('Алматы Арены', 1, 'facility', 'Almaty Arena', 'Almaty', {'subkind': 'arena'}),
        ('Алатауском районе', 0, 'district', 'Alatau District (Almaty)', 'Almaty', {'subkind': 'city district'}),
        ('Медеу', 0, 'facility', 'Medeu skating rink', 'Almaty', {'subkind': 'ice rink', 'note': 'NI:training moved; the hockey club «Алматы» is not annotated'}),
        ('Восточной объездной дороге', 0, 'facility', 'Eastern Bypass (Almaty)', 'Almaty', {'subkind': 'road'}),
        ('Медеуском районе', 0, 'district', 'Medeu District (Almaty)', 'Almaty', {'subkind': 'city district'}),
        ('Нур-Султана', 0, 'city', 'Astana', 'Astana', {'note': "NI:fans' trip origin; the clubs «Кайрат» and «Астана» are not annotated"}),
        ('Алматинской области', 0, 'region', ALR, ALR, {'note': "NI:lorry's registration"}),
        ('Мега Алма-Ата', 0, 'facility', 'Mega Alma-Ata (Almaty)', 'Almaty', {'subkind': 'shopping centre', 'note': 'NI:bomb hoax and evacuation, not an incident; mall named with the old name of Almaty'}),
        ('Бостандыкском районе', 0, 'district', 'Bostandyk District (Almaty)', 'Almaty', {'subkind': 'city district', 'note': 'NI:bomb hoax'}),
        ('Шымкента', 0, 'city', 'Shymkent', 'Shymkent', {'note': "NI:caller's residence"}),
        ('Медеуский', 0, 'district', 'Medeu District (Almaty)', 'Almaty', {'subkind': 'city district', 'note': 'NI:inside the name of a court'}),
        ('Алматы', 6, 'city', 'Almaty', 'Almaty', {'note': 'NI:inside the name of a court; the bank «Астана» is not annotated'}),
        ('Алматы', 7, 'city', 'Almaty', 'Almaty', {'note': "NI:victims' residence"}),
        ('Нур-Султана', 1, 'city', 'Astana', 'Astana', {'note': "NI:victims' residence"}),
        ('Караганды', 0, 'city', 'Karaganda', KR, {'note': "NI:victims' residence"}),
        ('всех районах', 0, 'quantified', 'all districts', N, {'count': None, 'unit': 'district', 'quantifier': 'all', 'note': 'NI:safety checks in all districts of Almaty'}),
        ('Алматы', 8, 'city', 'Almaty', 'Almaty', {'note': 'NI:safety checks'}),
        ('Ауэзовского', 0, 'district', 'Auezov District (Almaty)', 'Almaty', {'subkind': 'city district', 'note': 'NI:head noun районах shared'}),
        ('Наурызбайского', 0, 'district', 'Nauryzbay District (Almaty)', 'Almaty', {'subkind': 'city district', 'note': 'NI:head noun районах shared'}),
        ('Мега Алма-Ату', 0, 'facility', 'Mega Alma-Ata (Almaty)', 'Almaty', {'subkind': 'shopping centre', 'note': 'NI:safety check'}),
        ('Алматы Арену', 0, 'facility', 'Almaty Arena', 'Almaty', {'subkind': 'arena', 'note': 'NI:safety check'}),
     ],
     inc={'Almaty': (3, 'robbery of the exchange office in the hotel «Астана»; scaffolding fire at the Almaty Arena; minibus of fans hit by a lorry on the Eastern Bypass, five hurt; the bomb hoax at «Мега Алма-Ата» is not counted')}),

dict(id='p014', date='2017-03-18', lang='ru',
     event='2017 the cargo ship «Астана» ran aground and was holed at the approach to Kuryk port, Karakiya district (Mangystau Region); ships «Астана», «Алматы», «Актобе», «Шымкент» and Kazmortransflot not annotated; Enzeli, Turkey',
     text="""Сухогруз «Астана» сел на мель у порта Курык
АКТАУ, 18 марта. Сухогруз «Астана» под казахстанским флагом сел на мель при подходе к порту Курык в Каракиянском районе Мангистауской области, сообщили в областном департаменте по ЧС. Судно, шедшее с грузом зерна из Актау в иранский порт Энзели, получило пробоину; 14 членов экипажа не пострадали, утечки топлива нет.
По словам капитана порта, во вторник на Каспийском море дул штормовой ветер до 25 метров в секунду. Сухогруз, построенный в 2009 году на верфи в Турции, принадлежит компании «Казмортрансфлот», чьи суда носят имена городов: в её флоте есть также «Алматы», «Актобе» и «Шымкент».
Зерно перегрузят на баржи, когда утихнет ветер, после чего судно отбуксируют на ремонт.""",
     ann=[
        ('порта Курык', 0, 'facility', 'Kuryk port', MR, {'subkind': 'port', 'note': 'headline; the ship «Астана» is not annotated'}),
        ('АКТАУ', 0, 'city', 'Aktau', MR, {'note': 'dateline'}),
        ('порту Курык', 0, 'facility', 'Kuryk port', MR, {'subkind': 'port'}),
        ('Каракиянском районе', 0, 'district', 'Karakiya District', MR),
        ('Мангистауской области', 0, 'region', MR, MR),
        ('Актау', 0, 'city', 'Aktau', MR, {'note': 'NI:voyage origin'}),
        ('Энзели', 0, 'foreign', 'Bandar-e Anzali', N, {'note': 'NI:voyage destination (Iran)'}),
        ('Каспийском море', 0, 'facility', 'Caspian Sea', N, {'subkind': 'sea'}),
        ('Турции', 0, 'foreign', 'Turkey', N, {'note': 'NI:shipyard; the ship names «Алматы», «Актобе», «Шымкент» are not annotated'}),
     ],
     inc={MR: (1, 'cargo ship ran aground and was holed at the approach to Kuryk port')}),

dict(id='p015', date='2024-04-12', lang='ru',
     event='2024 piece of scenery fell on the stage of the «Шахтёр» palace of culture in Zhezkazgan during a tour of the Astana Opera, two dancers hurt (Ulytau Region); tour stops in Satpayev and Balkhash (Karaganda Region); the Astana Opera, the train «Сарыарка» and Kazakhmys not annotated',
     text="""В Жезказгане на гастролях «Астана Опера» упала декорация
ЖЕЗКАЗГАН, 12 апреля. Во время балета «Лебединое озеро» во Дворце культуры «Шахтёр» в Жезказгане на сцену упала часть декорации весом около 80 килограммов. Двое артистов театра «Астана Опера», гастролирующего по области Улытау, получили травмы и доставлены в областную больницу.
Гастроли, организованные акиматом области Улытау, должны были продолжиться в Сатпаеве, а затем в Балхаше в Карагандинской области. Спектакль в Сатпаеве отменён, сообщили в театре.
Труппа и декорации прибыли из Астаны поездом «Сарыарка». Дворец «Шахтёр», построенный в 1960-х годах, принадлежит корпорации «Казахмыс» и в прошлом году прошёл капитальный ремонт.""",
     ann=[
        ('Жезказгане', 0, 'city', 'Zhezkazgan', UR, {'note': 'headline; Ulytau Region since 2022-06-08; Астана inside «Астана Опера» (the theatre company) is not annotated'}),
        ('ЖЕЗКАЗГАН', 0, 'city', 'Zhezkazgan', UR, {'note': 'dateline'}),
        ('Шахтёр', 0, 'facility', 'Shakhtyor Palace of Culture (Zhezkazgan)', UR, {'subkind': 'palace of culture'}),
        ('Жезказгане', 1, 'city', 'Zhezkazgan', UR),
        ('Улытау', 0, 'region', UR, UR, {'note': 'NI:area of the tour; head noun области precedes the name and is left out'}),
        ('Улытау', 1, 'region', UR, UR, {'note': 'NI:inside the name of an authority (akimat)'}),
        ('Сатпаеве', 0, 'city', 'Satpayev', UR, {'note': 'NI:planned tour stop'}),
        ('Балхаше', 0, 'city', 'Balkhash', KR, {'note': 'NI:planned tour stop'}),
        ('Карагандинской области', 0, 'region', KR, KR, {'note': 'NI:planned tour stop'}),
        ('Сатпаеве', 1, 'city', 'Satpayev', UR, {'note': 'NI:performance cancelled'}),
        ('Астаны', 0, 'city', 'Astana', 'Astana', {'note': "NI:troupe's origin; the train «Сарыарка» is not annotated"}),
        ('Шахтёр', 1, 'facility', 'Shakhtyor Palace of Culture (Zhezkazgan)', UR, {'subkind': 'palace of culture'}),
     ],
     inc={UR: (1, 'part of the scenery fell on the stage of the «Шахтёр» palace of culture in Zhezkazgan, two dancers hurt')}),

dict(id='p016', date='1993-05-18', lang='ru',
     event='1993 rally of about 500 workers of the Chimkent tyre plant outside the South Kazakhstan regional administration on Ordabasy Square, Chimkent (South Kazakhstan Region); miners from Kentau; the plant, «Ачполиметалл» and the Alma-Ata branch of a bank not annotated',
     text="""Рабочие шинного завода вышли на митинг в Чимкенте
ЧИМКЕНТ, 18 мая. Около 500 рабочих Чимкентского шинного завода провели во вторник митинг у здания администрации Южно-Казахстанской области на площади Ордабасы, требуя выплатить зарплату за три месяца. К ним присоединились горняки комбината «Ачполиметалл» из Кентау. Колонна митингующих на два часа перекрыла движение по улице Казыбек би.
Глава областной администрации пообещал погасить долги до конца июня за счёт кредита Алма-Атинского филиала Внешэкономбанка. Руководство завода объясняет задержки тем, что покупатели шин в России и Узбекистане не расплачиваются за поставки.
В Алма-Ате в республиканском профсоюзе химиков сообщили, что подобные акции готовятся ещё на нескольких предприятиях.""",
     ann=[
        ('Чимкенте', 0, 'city', 'Shymkent', SKR, {'note': 'headline; Soviet spelling of Shymkent'}),
        ('ЧИМКЕНТ', 0, 'city', 'Shymkent', SKR, {'note': 'dateline; Чимкентского in the plant name is not annotated'}),
        ('Южно-Казахстанской области', 0, 'region', SKR, SKR, {'note': 'inside the name of an authority (regional administration)'}),
        ('площади Ордабасы', 0, 'facility', 'Ordabasy Square (Shymkent)', SKR, {'subkind': 'square', 'note': 'place of the rally'}),
        ('Кентау', 0, 'city', 'Kentau', SKR, {'note': "NI:miners' origin"}),
        ('улице Казыбек би', 0, 'facility', 'Kazybek Bi Street (Shymkent)', SKR, {'subkind': 'street', 'note': 'named after a person; street blocked by the same rally'}),
        ('России', 0, 'foreign', 'Russia', N, {'note': "NI:buyers' country; Алма-Атинского in the bank branch name is not annotated"}),
        ('Узбекистане', 0, 'foreign', 'Uzbekistan', N, {'note': "NI:buyers' country"}),
        ('Алма-Ате', 0, 'city', 'Almaty', 'Almaty', {'note': "NI:seat of the trade union; Soviet name of Almaty"}),
     ],
     inc={SKR: (1, 'rally of about 500 tyre plant workers on Ordabasy Square, Chimkent, blocking Kazybek Bi Street')}),
]
