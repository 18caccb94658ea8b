"""Russian texts of the eighty-first unseen check corpus."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p009', date='2011-12-02', lang='ru',
     event='2011 escalator at Abai station stops abruptly on the first day of the Almaty metro, six hurt (Almaty); the seven stations of the first line named after persons, a street, a district, a cosmodrome and a theatre; Baikonur station in Almaly district vs the town in Kyzylorda Region; crush at Alatau station not counted',
     text="""Шесть человек пострадали на эскалаторе в первый день работы метро Алматы

АЛМАТЫ, 2 декабря — Шесть пассажиров получили ушибы в четверг, когда эскалатор на станции «Абай» резко остановился в первые часы работы метрополитена, сообщили в департаменте по чрезвычайным ситуациям города Алматы. Одну пассажирку госпитализировали с переломом руки.

Метро, которое начали строить ещё в 1988 году в Алма-Ате, накануне открылось для пассажиров. Первая линия длиной 8,5 км соединяет семь станций: «Райымбек батыр», «Жибек жолы», «Алмалы», «Абай», «Байконур», «Драмтеатр имени Ауэзова» и «Алатау».

Станция «Байконур», оформленная в космической тематике, находится в Алмалинском районе; до одноимённого города в Кызылординской области отсюда больше тысячи километров.

За первый день метро перевезло около 40 тысяч человек, среди них было немало гостей из Астаны и Караганды. На станции «Алатау» полиция на час ограничила вход из-за давки, но там никто не пострадал.""",
     ann=[
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'headline'}),
        ('АЛМАТЫ', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Абай', 0, 'facility', 'Abai station (Almaty Metro)', 'Almaty', {'subkind': 'metro station', 'note': 'named after the poet; not Abai Region'}),
        ('Алматы', 1, 'city', 'Almaty', 'Almaty', {'note': 'inside the name of an authority'}),
        ('Алма-Ате', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:Soviet name; background'}),
        ('Райымбек батыр', 0, 'facility', 'Raiymbek Batyr station (Almaty Metro)', 'Almaty', {'subkind': 'metro station', 'note': 'named after a person'}),
        ('Жибек жолы', 0, 'facility', 'Zhibek Zholy station (Almaty Metro)', 'Almaty', {'subkind': 'metro station', 'note': 'not the village Zhibek Zholy'}),
        ('Алмалы', 0, 'facility', 'Almaly station (Almaty Metro)', 'Almaty', {'subkind': 'metro station', 'note': 'named after Almaly district'}),
        ('Абай', 1, 'facility', 'Abai station (Almaty Metro)', 'Almaty', {'subkind': 'metro station'}),
        ('Байконур', 0, 'facility', 'Baikonur station (Almaty Metro)', 'Almaty', {'subkind': 'metro station', 'note': 'not the cosmodrome'}),
        ('Драмтеатр имени Ауэзова', 0, 'facility', 'Auezov Drama Theatre station (Almaty Metro)', 'Almaty', {'subkind': 'metro station', 'note': 'named after a theatre named after a person'}),
        ('Алатау', 0, 'facility', 'Alatau station (Almaty Metro)', 'Almaty', {'subkind': 'metro station', 'note': 'not Alatau district'}),
        ('Байконур', 1, 'facility', 'Baikonur station (Almaty Metro)', 'Almaty', {'subkind': 'metro station', 'note': 'not the cosmodrome'}),
        ('Алмалинском районе', 0, 'district', 'Almaly District (Almaty)', 'Almaty', {'subkind': 'city district'}),
        ('Кызылординской области', 0, 'region', KZR, KZR, {'note': 'NI:namesake of the station'}),
        ('Астаны', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of visitors'}),
        ('Караганды', 0, 'city', 'Karaganda', KR, {'note': 'NI:origin of visitors'}),
        ('Алатау', 1, 'facility', 'Alatau station (Almaty Metro)', 'Almaty', {'subkind': 'metro station', 'note': 'NI:crowding, nobody hurt'}),
     ],
     inc={'Almaty': (1, 'escalator at Abai station stopped abruptly, six hurt; the crowding at Alatau station hurt nobody')}),

dict(id='p010', date='1992-09-15', lang='ru',
     event='1992 regional transport roundup: students rally at Republic Square in Alma-Ata against a threefold fare rise (Almaty); an overcrowded bus overturns on the Chimkent - Lenger route, 14 hurt (South Kazakhstan Region); three buses burn in a depot in Semipalatinsk (East Kazakhstan Region, then Semipalatinsk Region); Akmola, the new name of Tselinograd, gets Hungarian buses; fuel shortage in five regions; buses from Taldy-Kurgan; bus drivers rally over unpaid wages in Uralsk (West Kazakhstan Region)',
     text="""Транспорт в регионах: дорогой проезд, митинги и аварии

АЛМА-АТА, 15 сентября — С 1 сентября проезд в городском транспорте Алма-Аты подорожал втрое, и первые две недели осени показали, что к этому не готовы ни пассажиры, ни перевозчики.

В понедельник около 500 студентов собрались у здания горисполкома на площади Республики, требуя вернуть льготные проездные. Движение троллейбусов по улице Фурманова было остановлено на три часа. Митинг закончился мирно: заместитель председателя горисполкома Ерлан Касымов пообещал вернуть студентам льготы к октябрю.

В Чимкенте в субботу на маршруте Чимкент – Ленгер перевернулся переполненный автобус ЛАЗ. Четырнадцать пассажиров получили травмы, двое из них в тяжёлом состоянии. По данным областного управления внутренних дел, у автобуса 1979 года выпуска отказали тормоза на спуске перед Ленгером.

В Семипалатинске в ночь на воскресенье сгорели три автобуса в парке на улице Валиханова. Управление пожарной охраны Семипалатинской области считает причиной короткое замыкание; пострадавших нет.

В Акмоле, как теперь называется Целиноград, на железнодорожном вокзале сменили вывески, а из Венгрии пришли первые 20 автобусов «Икарус» для городских маршрутов. Горожане пока путаются в названии: на проездных билетах до сих пор напечатано «Целиноград».

В Уральске около ста водителей автобусного парка в пятницу пришли к зданию облисполкома с требованием выплатить зарплату за июль и август. На городские маршруты в этот день вышла лишь треть автобусов, а рейсы в Аксай и Чапаев были отменены.

Хуже всего положение с топливом. В пяти областях республики междугородные рейсы сокращены вдвое, а из Талды-Кургана автобусы в Алма-Ату ходят раз в день. Поставки дизельного топлива из России сократились почти на треть, признают в министерстве транспорта Казахстана.""",
     ann=[
        ('АЛМА-АТА', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline; Soviet name'}),
        ('Алма-Аты', 0, 'city', 'Almaty', 'Almaty', {'note': 'Soviet name'}),
        ('площади Республики', 0, 'facility', 'Republic Square (Almaty)', 'Almaty', {'subkind': 'square'}),
        ('улице Фурманова', 0, 'facility', 'Furmanov Street (Almaty)', 'Almaty', {'subkind': 'street', 'note': 'named after a person'}),
        ('Чимкенте', 0, 'city', 'Shymkent', SKR, {'note': 'Soviet name of Shymkent; South Kazakhstan Region before 2018-06-19'}),
        ('Чимкент', 0, 'city', 'Shymkent', SKR, {'note': 'NI:route endpoint'}),
        ('Ленгер', 0, 'city', 'Lenger', SKR, {'note': 'NI:route endpoint'}),
        ('Ленгером', 0, 'city', 'Lenger', SKR, {'note': 'place of the crash (before the town)'}),
        ('Семипалатинске', 0, 'city', 'Semey', EKR, {'note': 'Russian name of Semey; Semipalatinsk Region on the article date (abolished 1997), labelled East Kazakhstan Region'}),
        ('улице Валиханова', 0, 'facility', 'Valikhanov Street (Semey)', EKR, {'subkind': 'street', 'note': 'named after a person'}),
        ('Семипалатинской области', 0, 'region', EKR, EKR, {'uncertain': True, 'note': 'inside the name of an authority; Semipalatinsk Region, abolished in 1997, labelled with the unit that holds its land'}),
        ('Акмоле', 0, 'city', 'Astana', 'Astana', {'note': 'name of the capital 1992-1998'}),
        ('Целиноград', 0, 'city', 'Astana', 'Astana', {'note': 'NI:Soviet name; former name'}),
        ('Венгрии', 0, 'foreign', 'Hungary', N, {'note': 'NI:origin of buses'}),
        ('Целиноград', 1, 'city', 'Astana', 'Astana', {'note': 'NI:Soviet name printed on tickets; former name'}),
        ('Уральске', 0, 'city', 'Oral', WKR, {'note': 'Russian name of Oral'}),
        ('Аксай', 0, 'city', 'Aksai', WKR, {'note': 'NI:bus destination'}),
        ('Чапаев', 0, 'village', 'Chapaev', WKR, {'note': 'NI:bus destination'}),
        ('пяти областях', 0, 'quantified', '5 regions', N, {'count': 5, 'unit': 'region', 'note': 'fuel shortage, not an incident'}),
        ('Талды-Кургана', 0, 'city', 'Taldykorgan', ALR, {'note': 'Soviet spelling; Taldy-Kurgan Region on the article date (abolished 1997), labelled Almaty Region'}),
        ('Алма-Ату', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:bus destination'}),
        ('России', 0, 'foreign', 'Russia', N, {'note': 'NI:origin of fuel'}),
        ('Казахстана', 0, 'country', 'Kazakhstan', N, {'note': 'inside the name of an authority'}),
     ],
     inc={'Almaty': (1, 'students rallied at Republic Square against the fare rise, trolleybuses stopped for three hours'),
          SKR: (1, 'overcrowded bus overturned on the Chimkent - Lenger route before Lenger, 14 hurt'),
          EKR: (1, 'three buses burnt in a depot on Valikhanov Street in Semipalatinsk'),
          WKR: (1, 'about 100 bus drivers rallied outside the regional executive committee in Uralsk over unpaid wages')}),

dict(id='p011', date='2019-01-15', lang='ru',
     event='2019 city bus on route 10 (Nurly Zhol station - Nursultan Nazarbayev airport) catches fire on Kabanbay Batyr Avenue in Astana, 23 passengers out unhurt (Astana, two months before the renaming); passengers from Kosshy and Koyandy in Tselinograd district (Akmola Region); earlier fires a statistic',
     text="""В Астане загорелся автобус с пассажирами

АСТАНА, 15 января — Утром во вторник на проспекте Кабанбай батыра загорелся автобус маршрута № 10, который ходит от вокзала «Нурлы жол» до аэропорта имени Нурсултана Назарбаева. Водитель успел высадить 23 пассажиров, никто не пострадал, сообщили в департаменте по ЧС Астаны.

Огонь охватил моторный отсек и часть салона. По предварительным данным, причиной стала неисправность проводки; автобусу одиннадцать лет. С ноября это уже третье возгорание городского автобуса в столице. Перевозчик, ТОО «Астана Транзит», обещает проверить весь парк.

Маршрут № 10 — один из самых загруженных: им пользуются жители пригородных сёл Косшы и Коянды Целиноградского района, которые пересаживаются у вокзала на пригородные автобусы.""",
     ann=[
        ('Астане', 0, 'city', 'Astana', 'Astana', {'note': 'headline'}),
        ('АСТАНА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('проспекте Кабанбай батыра', 0, 'facility', 'Kabanbay Batyr Avenue (Astana)', 'Astana', {'subkind': 'street', 'note': 'named after a person'}),
        ('Нурлы жол', 0, 'facility', 'Nurly Zhol railway station (Astana)', 'Astana', {'subkind': 'railway station', 'note': 'NI:route endpoint'}),
        ('аэропорта имени Нурсултана Назарбаева', 0, 'facility', 'Nursultan Nazarbayev International Airport', 'Astana', {'subkind': 'airport', 'note': 'NI:named after a person; route endpoint'}),
        ('Астаны', 0, 'city', 'Astana', 'Astana', {'note': 'inside the name of an authority'}),
        ('Косшы', 0, 'village', 'Kosshy', AKR, {'note': 'NI:residence of passengers'}),
        ('Коянды', 0, 'village', 'Koyandy', AKR, {'note': 'NI:residence of passengers'}),
        ('Целиноградского района', 0, 'district', 'Tselinograd District', AKR, {'note': 'NI:district of Akmola Region, not the Soviet name of the capital; residence of passengers'}),
     ],
     inc={'Astana': (1, 'bus on route 10 caught fire on Kabanbay Batyr Avenue, no one hurt; the two earlier bus fires since November are not narrated')}),

dict(id='p012', date='2008-08-12', lang='ru',
     event='2008 tram on route 3 hits a stationary tram on Kazakhstan Street in Ust-Kamenogorsk, eight hurt (East Kazakhstan Region); the street named after the country; route endpoints Ablaketka and Zashchita; tram cars from Ust-Katav (Russia); injured from Ridder',
     text="""Два трамвая столкнулись в Усть-Каменогорске

УСТЬ-КАМЕНОГОРСК, 12 августа — Восемь человек получили травмы во вторник вечером, когда на ул. Казахстан трамвай маршрута № 3 врезался в стоявший на остановке вагон маршрута № 1, сообщили в департаменте по ЧС Восточно-Казахстанской области. Четверых пассажиров госпитализировали.

Маршрут № 3 связывает Аблакетку с микрорайоном Защита. По предварительной версии, у вагона отказали тормоза, а вожатая работала на линии всего два месяца. Движение трамваев на линии восстановили через три часа.

Трамвайное управление давно просит акимат о новых вагонах: последние пришли из Усть-Катава (Челябинская область, Россия) ещё в 2004 году. Среди пострадавших двое жителей Риддера, приехавших в областной центр на рынок.""",
     ann=[
        ('Усть-Каменогорске', 0, 'city', 'Oskemen', EKR, {'note': 'headline; Russian name of Oskemen'}),
        ('УСТЬ-КАМЕНОГОРСК', 0, 'city', 'Oskemen', EKR, {'note': 'dateline'}),
        ('ул. Казахстан', 0, 'facility', 'Kazakhstan Street (Oskemen)', EKR, {'subkind': 'street', 'note': 'named after the country, not a mention of the country'}),
        ('Восточно-Казахстанской области', 0, 'region', EKR, EKR, {'note': 'inside the name of an authority'}),
        ('Аблакетку', 0, 'district', 'Ablaketka (Oskemen)', EKR, {'subkind': 'microdistrict', 'note': 'NI:route endpoint'}),
        ('Защита', 0, 'district', 'Zashchita (Oskemen)', EKR, {'subkind': 'microdistrict', 'note': 'NI:route endpoint'}),
        ('Усть-Катава', 0, 'foreign', 'Ust-Katav', N, {'note': 'NI:origin of tram cars'}),
        ('Челябинская область', 0, 'foreign', 'Chelyabinsk Oblast', N, {'note': 'NI:origin of tram cars'}),
        ('Россия', 0, 'foreign', 'Russia', N, {'note': 'NI:origin of tram cars'}),
        ('Риддера', 0, 'city', 'Ridder', EKR, {'note': 'NI:residence of injured'}),
     ],
     inc={EKR: (1, 'tram on route 3 hit a stationary tram on Kazakhstan Street, eight hurt')}),

dict(id='p013', date='2022-09-20', lang='ru',
     event='2022 weekly transport roundup three days after the capital became Astana again: signs reading Nur-Sultan replaced at Nurly Zhol and Astana-1 stations; bus on route 21 collides with a dump truck on Abai Avenue, Baikonur district, seven hurt (Astana); cable fire at Saryarka metro station in Almaty (Almaty), not the Saryarka district of Astana or Sary-Arka airport in Karaganda; intercity bus drivers block the Taldykorgan bus station, two detained (Jetisu Region); the company Kazakhstan Temir Zholy and the airline Air Astana not annotated',
     text="""Неделя на транспорте: новые табло в столице, пожар в метро Алматы, протест водителей в Талдыкоргане

АСТАНА, 20 сентября — На вокзалах и в аэропорту столицы меняют табло: с 17 сентября город снова называется Астаной, а надписи «Нур-Султан» висели там с 2019 года. На вокзалах «Нурлы жол» и «Астана-1» табло перепрограммируют до конца месяца, сообщили в АО «Қазақстан темір жолы». Авиакомпания Air Astana уже обновила расписание.

В четверг на проспекте Абая в районе Байконыр столкнулись автобус маршрута № 21 и самосвал. Семь пассажиров получили травмы, водитель самосвала задержан. Пострадавших доставили в городскую больницу № 1, движение по проспекту было перекрыто на два часа.

Алматы. В ночь на воскресенье в вентиляционной камере станции метро «Сарыарка», открытой в мае вместе со станцией «Бауыржан Момышулы», загорелся кабель. Пожар потушили за 20 минут, сообщили в департаменте по ЧС Алматы. Пассажиров на станции не было, но до девяти утра поезда ходили только до станции «Москва». Название станции не связано ни с районом Сарыарка в Астане, ни с аэропортом «Сары-Арка» в Караганде: оно отсылает к степям Центрального Казахстана.

Талдыкорган. Около 60 водителей междугородных автобусов, работающих на маршрутах Талдыкорган – Алматы и Талдыкорган – Текели, в понедельник перекрыли въезд на автовокзал в знак протеста против новых сборов за стоянку. Полиция Жетысуской области задержала двух организаторов. Многие водители живут в Уштобе и Сарканде и ночуют в автобусах на стоянке. Кроме отмены сборов, они требуют вернуть им прежнюю площадку на улице Тауелсиздик.

Министерство индустрии и инфраструктурного развития сообщило, что в трёх новых областях — Абайской, Жетысуской и Улытауской — до конца года начнут строить новые автовокзалы.""",
     ann=[
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'headline'}),
        ('Талдыкоргане', 0, 'city', 'Taldykorgan', JTR, {'note': 'headline; Jetisu Region since 2022-06-08'}),
        ('АСТАНА', 0, 'city', 'Astana', 'Astana', {'note': "dateline; the capital's name again since 2022-09-17"}),
        ('Астаной', 0, 'city', 'Astana', 'Astana', {'note': 'NI:renaming'}),
        ('Нур-Султан', 0, 'city', 'Astana', 'Astana', {'note': 'NI:former name on signs; signs replaced'}),
        ('Нурлы жол', 0, 'facility', 'Nurly Zhol railway station (Astana)', 'Astana', {'subkind': 'railway station', 'note': 'NI:signs replaced'}),
        ('Астана-1', 0, 'facility', 'Astana-1 railway station', 'Astana', {'subkind': 'railway station', 'note': 'NI:signs replaced'}),
        ('проспекте Абая', 0, 'facility', 'Abai Avenue (Astana)', 'Astana', {'subkind': 'street', 'note': 'named after the poet'}),
        ('Байконыр', 0, 'district', 'Baikonur District (Astana)', 'Astana', {'subkind': 'city district', 'note': 'district of Astana, not the cosmodrome'}),
        ('Алматы', 1, 'city', 'Almaty', 'Almaty'),
        ('Сарыарка', 0, 'facility', 'Saryarka station (Almaty Metro)', 'Almaty', {'subkind': 'metro station'}),
        ('Бауыржан Момышулы', 0, 'facility', 'Bauyrzhan Momyshuly station (Almaty Metro)', 'Almaty', {'subkind': 'metro station', 'note': 'NI:named after a person; opened in May'}),
        ('Алматы', 2, 'city', 'Almaty', 'Almaty', {'note': 'inside the name of an authority'}),
        ('Москва', 0, 'facility', 'Moskva station (Almaty Metro)', 'Almaty', {'subkind': 'metro station', 'note': 'NI:named after Moscow, not the Russian capital; temporary terminus'}),
        ('Сарыарка', 1, 'district', 'Saryarka District (Astana)', 'Astana', {'subkind': 'city district', 'note': 'NI:namesake of the station'}),
        ('Астане', 0, 'city', 'Astana', 'Astana', {'note': 'NI:namesake of the station'}),
        ('Сары-Арка', 0, 'facility', 'Sary-Arka Airport (Karaganda)', KR, {'subkind': 'airport', 'note': 'NI:namesake of the station'}),
        ('Караганде', 0, 'city', 'Karaganda', KR, {'note': 'NI:namesake of the station'}),
        ('Казахстана', 0, 'country', 'Kazakhstan', N, {'note': 'directional phrase, only the country is annotated'}),
        ('Талдыкорган', 0, 'city', 'Taldykorgan', JTR),
        ('Талдыкорган', 1, 'city', 'Taldykorgan', JTR, {'note': 'NI:route endpoint'}),
        ('Алматы', 3, 'city', 'Almaty', 'Almaty', {'note': 'NI:route endpoint'}),
        ('Талдыкорган', 2, 'city', 'Taldykorgan', JTR, {'note': 'NI:route endpoint'}),
        ('Текели', 0, 'city', 'Tekeli', JTR, {'note': 'NI:route endpoint'}),
        ('Жетысуской области', 0, 'region', JTR, JTR, {'note': 'inside the name of an authority'}),
        ('Уштобе', 0, 'city', 'Ushtobe', JTR, {'note': 'NI:residence of drivers'}),
        ('Сарканде', 0, 'city', 'Sarkand', JTR, {'note': 'NI:residence of drivers'}),
        ('улице Тауелсиздик', 0, 'facility', 'Tauelsizdik Street (Taldykorgan)', JTR, {'subkind': 'street', 'note': 'NI:former parking area demanded'}),
        ('трёх новых областях', 0, 'quantified', '3 new regions', N, {'count': 3, 'unit': 'region', 'note': 'members named: Abai, Jetisu, Ulytau; not about incidents'}),
        ('Абайской', 0, 'region', ABR, ABR, {'note': 'NI:in a list sharing «областях»; planned bus station'}),
        ('Жетысуской', 1, 'region', JTR, JTR, {'note': 'NI:in a list sharing «областях»; planned bus station'}),
        ('Улытауской', 0, 'region', UR, UR, {'note': 'NI:in a list sharing «областях»; planned bus station'}),
     ],
     inc={'Astana': (1, 'bus on route 21 collided with a dump truck on Abai Avenue, Baikonur district, seven hurt'),
          'Almaty': (1, 'cable fire in the ventilation chamber of Saryarka metro station'),
          JTR: (1, 'intercity bus drivers blocked the entrance to the Taldykorgan bus station in protest, two detained')}),

dict(id='p014', date='2006-07-18', lang='ru',
     event='2006 shift bus with cosmodrome workers overturns on the Kyzylorda - Baikonur road near Tyuratam, Karmakshy district, six hurt (Kyzylorda Region); Baikonur leased to Russia; Tyuratam station',
     text="""Вахтовый автобус перевернулся под Байконуром

КЫЗЫЛОРДА, 18 июля — Шесть человек получили травмы, когда вахтовый автобус с рабочими космодрома опрокинулся на трассе Кызылорда – Байконур у посёлка Тюратам Кармакшинского района, сообщили в департаменте внутренних дел Кызылординской области.

Автобус вёз 28 рабочих из Кызылорды; по словам полицейских, водитель не справился с управлением, объезжая выбоину. Пострадавших доставили в больницу города Байконур, который арендует Россия.

Часть рабочих добирается на работу пригородным поездом до станции Тюратам, но поезд ходит только раз в день, поэтому большинство ездит по трассе, которую водители называют самой разбитой в области. В прошлом году на этом участке, по данным полиции, произошло 11 аварий.""",
     ann=[
        ('Байконуром', 0, 'city', 'Baikonur', KZR, {'note': 'headline; town leased to Russia; reference point of the crash'}),
        ('КЫЗЫЛОРДА', 0, 'city', 'Kyzylorda', KZR, {'note': 'dateline'}),
        ('Кызылорда', 0, 'city', 'Kyzylorda', KZR, {'note': 'NI:road endpoint'}),
        ('Байконур', 0, 'city', 'Baikonur', KZR, {'note': 'NI:town leased to Russia; road endpoint'}),
        ('Тюратам', 0, 'village', 'Tyuratam', KZR, {'note': 'place of the crash'}),
        ('Кармакшинского района', 0, 'district', 'Karmakshy District', KZR),
        ('Кызылординской области', 0, 'region', KZR, KZR, {'note': 'inside the name of an authority'}),
        ('Кызылорды', 0, 'city', 'Kyzylorda', KZR, {'note': 'NI:origin of workers'}),
        ('Байконур', 1, 'city', 'Baikonur', KZR, {'note': 'NI:town leased to Russia; hospital town'}),
        ('Россия', 0, 'foreign', 'Russia', N, {'note': 'NI:lessee of Baikonur'}),
        ('станции Тюратам', 0, 'facility', 'Tyuratam railway station', KZR, {'subkind': 'railway station', 'note': 'NI:alternative route'}),
     ],
     inc={KZR: (1, 'shift bus overturned near Tyuratam, Karmakshy district, six hurt; the 11 crashes of last year are a statistic')}),

dict(id='p015', date='2018-03-14', lang='ru',
     event='2018 rally on Ordabasy Square outside the South Kazakhstan regional akimat in Shymkent against a bus fare rise, three detained (South Kazakhstan Region, three months before Shymkent became a city of republican significance); protesters from Sayram district and Lenger; the Samal bus station; fares unchanged in Turkestan',
     text="""Жители Шымкента вышли против подорожания проезда

ШЫМКЕНТ, 14 марта — Около 200 человек собрались в среду на площади Ордабасы у здания акимата Южно-Казахстанской области, требуя отменить повышение платы за проезд в городских автобусах с 80 до 100 тенге. Акция продолжалась около двух часов; полиция задержала троих участников за проведение несанкционированного митинга.

Заместитель акима города Рустем Жанибеков вышел к собравшимся и пообещал создать рабочую группу. Перевозчики объясняют рост тарифа подорожанием дизельного топлива и запчастей из Китая.

Среди протестующих были жители Сайрамского района и Ленгера, которые ездят в город пригородными автобусами от автовокзала «Самал». В Туркестане, где проезд стоит 70 тенге, тарифы менять не стали.""",
     ann=[
        ('Шымкента', 0, 'city', 'Shymkent', SKR, {'note': 'headline; South Kazakhstan Region before 2018-06-19'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', SKR, {'note': 'dateline'}),
        ('площади Ордабасы', 0, 'facility', 'Ordabasy Square (Shymkent)', SKR, {'subkind': 'square'}),
        ('Южно-Казахстанской области', 0, 'region', SKR, SKR, {'note': 'inside the name of an authority'}),
        ('Китая', 0, 'foreign', 'China', N, {'note': 'NI:origin of spare parts'}),
        ('Сайрамского района', 0, 'district', 'Sayram District', SKR, {'note': 'NI:residence of protesters'}),
        ('Ленгера', 0, 'city', 'Lenger', SKR, {'note': 'NI:residence of protesters'}),
        ('Самал', 0, 'facility', 'Samal bus station (Shymkent)', SKR, {'subkind': 'bus station', 'note': 'NI:named after the Samal microdistrict; bus terminus'}),
        ('Туркестане', 0, 'city', 'Turkistan', SKR, {'note': 'NI:comparison (fares unchanged)'}),
     ],
     inc={SKR: (1, 'rally on Ordabasy Square against the bus fare rise, three detained')}),

dict(id='p016', date='2024-11-06', lang='ru',
     event='2024 city bus on route 45 runs into the Khromtau bus stop on Abilkaiyr Khan Avenue in Aktobe, four hurt (Aktobe Region); the stop named after the town of Khromtau; route from Aktobe-1 station to Aliya Moldagulova airport; driver from Kandyagash',
     text="""В Актобе автобус въехал в остановку, пострадали четыре человека

АКТОБЕ, 6 ноября — Городской автобус маршрута № 45 в среду утром въехал в остановку «Хромтау» на проспекте Абилкайыр хана. Четверо ожидавших автобус получили травмы, сообщили в департаменте полиции Актюбинской области.

Маршрут № 45 связывает вокзал «Актобе-1» с аэропортом имени Алии Молдагуловой. По словам очевидцев, водитель, житель Кандыагаша, потерял сознание за рулём. Двое пострадавших — школьники, их доставили в областную детскую больницу; движение по проспекту было ограничено на полтора часа.

Остановку назвали в честь города Хромтау, который находится в сотне километров от Актобе: в советское время отсюда уходили служебные автобусы горняков.""",
     ann=[
        ('Актобе', 0, 'city', 'Aktobe', AR, {'note': 'headline'}),
        ('АКТОБЕ', 0, 'city', 'Aktobe', AR, {'note': 'dateline'}),
        ('Хромтау', 0, 'facility', 'Khromtau bus stop (Aktobe)', AR, {'subkind': 'bus stop', 'note': 'named after the town of Khromtau, lies in Aktobe'}),
        ('проспекте Абилкайыр хана', 0, 'facility', 'Abilkaiyr Khan Avenue (Aktobe)', AR, {'subkind': 'street', 'note': 'named after a person'}),
        ('Актюбинской области', 0, 'region', AR, AR, {'note': 'inside the name of an authority'}),
        ('Актобе-1', 0, 'facility', 'Aktobe-1 railway station', AR, {'subkind': 'railway station', 'note': 'NI:route endpoint'}),
        ('аэропортом имени Алии Молдагуловой', 0, 'facility', 'Aliya Moldagulova International Airport (Aktobe)', AR, {'subkind': 'airport', 'note': 'NI:named after a person; route endpoint'}),
        ('Кандыагаша', 0, 'city', 'Kandyagash', AR, {'note': 'NI:residence of the driver'}),
        ('Хромтау', 1, 'city', 'Khromtau', AR, {'note': 'NI:namesake of the bus stop'}),
        ('Актобе', 2, 'city', 'Aktobe', AR, {'note': 'NI:reference point'}),
     ],
     inc={AR: (1, 'bus on route 45 ran into the Khromtau stop on Abilkaiyr Khan Avenue, four hurt')}),

]
