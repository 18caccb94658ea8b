"""Russian texts of the twenty-fifth unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
JR, ALR, KYR, TR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'Turkistan Region', 'South Kazakhstan Region'
ABR, JTR, EKR, MR, KOR = 'Abai Region', 'Jetisu Region', 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR, UR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region', 'Ulytau Region'
ATR, AR, WKR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region'

DOCS = [
dict(id='p009', date='1998-03-17', lang='ru',
     event='1998 false bomb call delaying the Akmola-Moscow flight at the airport of Akmola, the new capital; earlier false alarms at the Akmola railway station and schools in Stepnogorsk (Akmola Region); call traced to Karaganda (no incident)',
     text="""Звонок о бомбе задержал вылет самолёта из аэропорта Акмолы
АКМОЛА, 17 марта. Интерфакс-Казахстан — Вылет рейса Акмола — Москва задержан во вторник на пять часов после анонимного звонка о бомбе на борту, сообщили в управлении внутренних дел Акмолинской области.
Около 120 пассажиров и их багаж проверили кинологи, взрывчатки не нашли. Самолёт вылетел в Москву в 16:40. По данным полиции, звонили из телефона-автомата в Караганде.
Это уже третье ложное сообщение о минировании за месяц. В начале марта эвакуировали здание железнодорожного вокзала Акмолы, а 10 марта — две школы в Степногорске.
В декабре правительство переехало в Акмолу из Алматы, и число пассажиров аэропорта, крупнейшего в Северном Казахстане, выросло почти вдвое. Рейсы в Алматы, Павлодар и Франкфурт выполняются ежедневно, в апреле откроется рейс в Ганновер.""",
     ann=[
        ('Акмолы', 0, 'city', 'Astana', 'Astana', {'note': 'headline; the capital, named Akmola in March 1998'}),
        ('АКМОЛА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Акмола', 0, 'city', 'Astana', 'Astana', {'note': 'NI:route endpoint'}),
        ('Москва', 0, 'foreign', 'Moscow', N, {'note': 'NI:route endpoint'}),
        ('Акмолинской области', 0, 'region', AKR, AKR, {'note': 'NI:inside the name of an authority'}),
        ('Москву', 0, 'foreign', 'Moscow', N, {'note': 'NI:destination of the flight'}),
        ('Караганде', 0, 'city', 'Karaganda', KR, {'note': 'NI:place of the call'}),
        ('Акмолы', 1, 'city', 'Astana', 'Astana', {'note': 'NI:station evacuated after a false alarm; a threat, not an incident'}),
        ('Степногорске', 0, 'city', 'Stepnogorsk', AKR, {'note': 'NI:schools evacuated after a false alarm'}),
        ('Акмолу', 0, 'city', 'Astana', 'Astana', {'note': 'NI:new seat of the government'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:former seat of the government'}),
        ('Казахстане', 0, 'country', 'Kazakhstan', N, {'note': '"Северном Казахстане": only the country is annotated'}),
        ('Алматы', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:flight destination'}),
        ('Павлодар', 0, 'city', 'Pavlodar', PR, {'note': 'NI:flight destination'}),
        ('Франкфурт', 0, 'foreign', 'Frankfurt', N, {'note': 'NI:flight destination'}),
        ('Ганновер', 0, 'foreign', 'Hanover', N, {'note': 'NI:flight destination'}),
     ],
     inc={}),

dict(id='p010', date='2022-08-23', lang='ru',
     event='2022 emergency ministry round-up: steppe fires in 11 regions, the largest near Atasu, Zhanaarka district (Ulytau Region, created in June, formerly Karaganda Region); two teenagers drowned in the Irtysh at Semey (Abai Region); warehouse fire in Taldykorgan (Jetisu Region); a boy drowned in a canal near Zhetysai (Turkistan Region)',
     text="""МЧС: степные пожары за неделю прошли в 11 регионах, крупнейший — в Улытауской области
АСТАНА, 23 августа. Казинформ — Степные пожары на площади более 9 тыс. гектаров за прошедшую неделю зарегистрированы в 11 регионах Казахстана, сообщили во вторник в Министерстве по чрезвычайным ситуациям.
Крупнейший пожар произошёл в Жанааркинском районе Улытауской области, созданной в июне. Огонь, начавшийся от удара молнии у села Атасу, двое суток шёл по пастбищам и уничтожил 40 тонн сена. Площадь выгоревших пастбищ уточняется с помощью спутниковых снимков. На помощь пожарным области направили 60 спасателей и вертолёт из Караганды и Темиртау. До июня Жанааркинский район входил в Карагандинскую область, и его пожарные части пока получают технику из Караганды.
В Абайской области в Иртыше у Семея утонули двое подростков, купавшихся в неположенном месте. Их тела нашли водолазы, прибывшие из Усть-Каменогорска.
В Жетысуской области в ночь на субботу сгорел склад стройматериалов на улице Гагарина в Талдыкоргане. Пострадавших нет, ущерб оценивается в 30 млн тенге. Причиной пожара, по предварительным данным, стало короткое замыкание в электрощите.
В Жетысайском районе Туркестанской области девятилетний мальчик утонул в оросительном канале у Жетысая. Спасатели напоминают, что купание в арыках и каналах запрещено.
Всего по стране за неделю произошло 286 пожаров, погибли семь человек. По данным ведомства, более половины степных пожаров возникают из-за выжигания стерни и брошенных окурков, поэтому инспекторы вместе с полицией усилят рейды на полях. До конца августа в Кызылординской, Туркестанской и Жамбылской областях сохранится чрезвычайная пожарная опасность, предупредили синоптики «Казгидромета». В ведомстве также напомнили, что за выжигание стерни штраф для фермеров составляет до 150 МРП.""",
     ann=[
        ('11 регионах', 0, 'quantified', '11 regions', N, {'count': 11, 'unit': 'region', 'note': 'headline; steppe fires; one of them (Ulytau Region) is named'}),
        ('Улытауской области', 0, 'region', UR, UR, {'note': 'headline'}),
        ('АСТАНА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('11 регионах', 1, 'quantified', '11 regions', N, {'count': 11, 'unit': 'region', 'note': 'steppe fires; one of them (Ulytau Region) is named'}),
        ('Казахстана', 0, 'country', 'Kazakhstan', N),
        ('Жанааркинском районе', 0, 'district', 'Zhanaarka District', UR),
        ('Улытауской области', 1, 'region', UR, UR),
        ('Атасу', 0, 'village', 'Atasu', UR, {'note': 'start of the steppe fire'}),
        ('Караганды', 0, 'city', 'Karaganda', KR, {'note': 'NI:origin of rescuers'}),
        ('Темиртау', 0, 'city', 'Temirtau', KR, {'note': 'NI:origin of rescuers'}),
        ('Жанааркинский район', 0, 'district', 'Zhanaarka District', UR),
        ('Карагандинскую область', 0, 'region', KR, KR, {'note': 'NI:former unit of the district'}),
        ('Караганды', 1, 'city', 'Karaganda', KR, {'note': 'NI:source of equipment'}),
        ('Абайской области', 0, 'region', ABR, ABR),
        ('Иртыше', 0, 'facility', 'Irtysh River', N, {'subkind': 'river'}),
        ('Семея', 0, 'city', 'Semey', ABR, {'note': 'drowning in the river by the city'}),
        ('Усть-Каменогорска', 0, 'city', 'Oskemen', EKR, {'note': 'NI:origin of divers'}),
        ('Жетысуской области', 0, 'region', JTR, JTR),
        ('улице Гагарина', 0, 'facility', 'Gagarin Street (Taldykorgan)', JTR, {'subkind': 'street'}),
        ('Талдыкоргане', 0, 'city', 'Taldykorgan', JTR),
        ('Жетысайском районе', 0, 'district', 'Zhetysai District', TR, {'note': 'Zhetysai district of Turkistan Region, not Jetisu Region'}),
        ('Туркестанской области', 0, 'region', TR, TR),
        ('Жетысая', 0, 'city', 'Zhetysai', TR),
        ('Кызылординской', 0, 'region', KYR, KYR, {'note': 'NI:in a list sharing "областях"; fire danger warning'}),
        ('Туркестанской', 1, 'region', TR, TR, {'note': 'NI:in a list sharing "областях"; fire danger warning'}),
        ('Жамбылской', 0, 'region', JR, JR, {'note': 'NI:in a list sharing "областях"; fire danger warning'}),
     ],
     inc={UR: (1, 'steppe fire from a lightning strike near Atasu, Zhanaarka district'),
          ABR: (1, 'two teenagers drowned in the Irtysh at Semey'),
          JTR: (1, 'warehouse fire on Gagarin Street in Taldykorgan'),
          TR: (1, 'a boy drowned in an irrigation canal near Zhetysai')},
     unatt=[{'label': '11 регионах', 'count': 11, 'note': 'steppe fires during the week; only Ulytau Region is named (its row counts the Atasu fire), the other ten are not'}]),

dict(id='p011', date='2011-09-20', lang='ru',
     event='2011 exercise at the Matybulak range (Jambyl Region) with brigades from Kapshagay, Taldykorgan and Almaty and the South command from Shymkent; an APC overturned on the range, killing its driver; foreign observers; next drills at Sary-Shagan and near Aktau',
     text="""Учения на полигоне Матыбулак омрачила гибель механика-водителя
ТАРАЗ, 20 сентября. Интерфакс-Казахстан — На полигоне Матыбулак в Жамбылской области во вторник завершились тактические учения «Дала-2011», в которых участвовали около 3 тыс. военнослужащих аэромобильных бригад из Капшагая, Талдыкоргана и Алматы, а также подразделения регионального командования «Юг» из Шымкента, сообщили в Министерстве обороны.
В понедельник вечером на полигоне во время ночного марша опрокинулся в овраг бронетранспортёр. Механик-водитель, 20-летний уроженец Кызылорды, погиб, двое солдат получили травмы. Их доставили вертолётом в военный госпиталь в Алматы. Причины аварии выясняет военная прокуратура. Механик-водитель служил по контракту второй год, семье погибшего окажут материальную помощь.
Колонны техники прибыли на полигон своим ходом через Кордайский перевал, а тяжёлое вооружение — по железной дороге до станции Отар. На переходе местные жители жаловались на разбитые дороги у Кордая.
На учениях отрабатывались освобождение заложников в условном населённом пункте и отражение нападения на пограничную заставу. Впервые подразделения применили беспилотники израильского производства. По словам представителя министерства, в учениях было задействовано около 400 единиц техники, в том числе танки, самоходные артиллерийские установки и вертолёты Ми-17. Подразделения впервые действовали по единому плану с пограничной службой и полицией.
За заключительным этапом наблюдали военные атташе России, Киргизии, Китая и Турции, а также делегация Министерства обороны Узбекистана.
«Подготовка личного состава в целом оценена положительно», — заявил журналистам командующий войсками. По его словам, следующий этап пройдёт в октябре: расчёты ПВО выполнят стрельбы на полигоне Сары-Шаган в Карагандинской области, а морская пехота — на Каспии у Актау. Военнослужащие, отличившиеся на учениях, будут награждены ко Дню Вооружённых сил Казахстана.""",
     ann=[
        ('Матыбулак', 0, 'facility', 'Matybulak range', JR, {'subkind': 'military range', 'note': 'headline; "на полигоне Матыбулак": the name without the head noun'}),
        ('ТАРАЗ', 0, 'city', 'Taraz', JR, {'note': 'dateline'}),
        ('Матыбулак', 1, 'facility', 'Matybulak range', JR, {'subkind': 'military range'}),
        ('Жамбылской области', 0, 'region', JR, JR),
        ('Капшагая', 0, 'city', 'Konaev', ALR, {'note': 'NI:home base of a brigade; Kapshagay, now Konaev'}),
        ('Талдыкоргана', 0, 'city', 'Taldykorgan', ALR, {'note': 'NI:home base of a brigade; Almaty Region in 2011'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:home base of a brigade'}),
        ('Шымкента', 0, 'city', 'Shymkent', SKR, {'note': 'NI:seat of the regional command'}),
        ('Кызылорды', 0, 'city', 'Kyzylorda', KYR, {'note': 'NI:birthplace of the dead soldier'}),
        ('Алматы', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:hospital town'}),
        ('Кордайский перевал', 0, 'facility', 'Kordai Pass', N, {'subkind': 'mountain pass', 'note': 'NI:route of the columns; in Jambyl Region'}),
        ('Отар', 0, 'village', 'Otar', JR, {'note': 'NI:railway station where weapons were unloaded'}),
        ('Кордая', 0, 'village', 'Korday', JR, {'note': 'NI:complaints about roads'}),
        ('России', 0, 'foreign', 'Russia', N),
        ('Киргизии', 0, 'foreign', 'Kyrgyzstan', N),
        ('Китая', 0, 'foreign', 'China', N),
        ('Турции', 0, 'foreign', 'Turkey', N),
        ('Узбекистана', 0, 'foreign', 'Uzbekistan', N),
        ('Сары-Шаган', 0, 'facility', 'Sary-Shagan range', KR, {'subkind': 'military range', 'note': 'NI:planned firing'}),
        ('Карагандинской области', 0, 'region', KR, KR, {'note': 'NI:planned firing'}),
        ('Каспии', 0, 'facility', 'Caspian Sea', N, {'subkind': 'sea', 'note': 'NI:planned drills'}),
        ('Актау', 0, 'city', 'Aktau', MR, {'note': 'NI:planned drills'}),
        ('Казахстана', 0, 'country', 'Kazakhstan', N, {'note': 'inside the name of the holiday'}),
     ],
     inc={JR: (1, 'armoured personnel carrier overturned on the Matybulak range during a night march, one dead')}),

dict(id='p012', date='2018-06-05', lang='ru',
     event='2018 gunman firing at a police checkpoint on the Shymkent-Tashkent road near Kyzylzhar, Saryagash district, two weeks before Shymkent became its own unit (South Kazakhstan Region); detained in Lenger, a resident of Kazygurt',
     text="""Неизвестный обстрелял полицейский блокпост в Сарыагашском районе
ШЫМКЕНТ, 5 июня. КазТАГ — Неизвестный открыл огонь из охотничьего ружья по сотрудникам блокпоста на трассе Шымкент — Ташкент у села Кызылжар Сарыагашского района в ночь на вторник, ранен один полицейский, сообщили в департаменте полиции Южно-Казахстанской области.
Стрелявший скрылся на легковом автомобиле в сторону Сарыагаша. Спустя три часа его задержали на окраине Ленгера, в машине нашли ружьё и 30 патронов.
Раненого сержанта доставили в областную больницу Шымкента, его жизни ничто не угрожает.
Задержанный — 27-летний житель Казыгурта, ранее судимый за кражу. На допросе он заявил, что был пьян. Возбуждено уголовное дело о посягательстве на жизнь сотрудника полиции.
Блокпост у Кызылжара находится в 12 км от границы с Узбекистаном и проверяет машины, идущие в Шымкент.""",
     ann=[
        ('Сарыагашском районе', 0, 'district', 'Saryagash District', SKR, {'note': 'headline'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', SKR, {'note': 'dateline; South Kazakhstan Region until 2018-06-19'}),
        ('Шымкент', 0, 'city', 'Shymkent', SKR, {'note': 'NI:route endpoint'}),
        ('Ташкент', 0, 'foreign', 'Tashkent', N, {'note': 'NI:route endpoint'}),
        ('Кызылжар', 0, 'village', 'Kyzylzhar (Saryagash District)', SKR, {'note': 'a village of Saryagash district, not Kyzylzhar district of North Kazakhstan Region'}),
        ('Сарыагашского района', 0, 'district', 'Saryagash District', SKR),
        ('Южно-Казахстанской области', 0, 'region', SKR, SKR, {'note': 'inside the name of an authority'}),
        ('Сарыагаша', 0, 'city', 'Saryagash', SKR, {'note': 'NI:direction of escape'}),
        ('Ленгера', 0, 'city', 'Lenger', SKR, {'note': 'NI:place of the detention'}),
        ('Шымкента', 0, 'city', 'Shymkent', SKR, {'note': 'NI:hospital town'}),
        ('Казыгурта', 0, 'city', 'Kazygurt', SKR, {'note': 'NI:residence of the suspect'}),
        ('Кызылжара', 0, 'village', 'Kyzylzhar (Saryagash District)', SKR, {'note': 'the checkpoint that was attacked'}),
        ('Узбекистаном', 0, 'foreign', 'Uzbekistan', N, {'note': 'NI:reference point'}),
        ('Шымкент', 1, 'city', 'Shymkent', SKR, {'note': 'NI:destination of traffic'}),
     ],
     inc={SKR: (1, 'shots fired at the police checkpoint near Kyzylzhar, Saryagash district, one officer wounded')}),

dict(id='p013', date='2009-11-10', lang='ru',
     event='2009 methane flash killing two at the Shakhtinskaya mine in Shakhtinsk and a conveyor fire at a coal preparation plant in Abai town (Karaganda Region; Abai town and district, not Abai Region); mine rescuers from Karaganda, Saran and Ekibastuz; the company name with Temirtau is not a place',
     text="""Вспышка метана на шахте в Шахтинске унесла жизни двух горняков
КАРАГАНДА, 10 ноября. Интерфакс-Казахстан — Двое горняков погибли и пятеро получили ожоги при вспышке метана на шахте «Шахтинская» в городе Шахтинске Карагандинской области в ночь на вторник, сообщили в департаменте по ЧС области.
Вспышка произошла на глубине 650 метров в очистном забое, где работали 32 человека. Остальные горняки самостоятельно вышли на поверхность. К шахте прибыли горноспасатели из Караганды, Сарани и Экибастуза, к утру тела погибших были подняты. Спасательная операция продолжалась около семи часов. Пострадавших доставили в ожоговый центр Караганды, двое находятся в тяжёлом состоянии.
Шахта принадлежит угольному департаменту компании «АрселорМиттал Темиртау». В компании заявили, что датчики газа в забое были исправны, и создали собственную комиссию. По предварительной версии, причиной вспышки стало искрение неисправного комбайна, однако окончательные выводы сделает комиссия. Добыча на участке приостановлена.
В тот же день в соседнем городе Абае на обогатительной фабрике загорелся конвейер. Пожар площадью 200 квадратных метров потушили за три часа, людей эвакуировали, пострадавших нет. По данным акимата Абайского района, фабрика приостановила работу на неделю.
Правительственную комиссию возглавил вице-министр по чрезвычайным ситуациям, прилетевший из Астаны. Государственная инспекция проверит все шахты Карагандинского угольного бассейна до конца месяца.
Профсоюз горняков напомнил, что за последние пять лет на шахтах области погибли более 90 человек, и потребовал поднять зарплаты подземных рабочих. Родственникам погибших компания выплатит компенсацию в размере десяти годовых окладов. Похороны пройдут в четверг в Шахтинске и в селе Долинка, откуда был родом один из погибших. Уголь с шахты поставляется на Карагандинский металлургический комбинат и на экспорт в Россию и на Украину.""",
     ann=[
        ('Шахтинске', 0, 'city', 'Shakhtinsk', KR, {'note': 'headline'}),
        ('КАРАГАНДА', 0, 'city', 'Karaganda', KR, {'note': 'dateline'}),
        ('Шахтинская', 0, 'facility', 'Shakhtinskaya mine (Shakhtinsk)', KR, {'subkind': 'mine'}),
        ('Шахтинске', 1, 'city', 'Shakhtinsk', KR),
        ('Карагандинской области', 0, 'region', KR, KR),
        ('Караганды', 0, 'city', 'Karaganda', KR, {'note': 'NI:origin of mine rescuers'}),
        ('Сарани', 0, 'city', 'Saran', KR, {'note': 'NI:origin of mine rescuers'}),
        ('Экибастуза', 0, 'city', 'Ekibastuz', PR, {'note': 'NI:origin of mine rescuers'}),
        ('Караганды', 1, 'city', 'Karaganda', KR, {'note': 'NI:hospital town'}),
        ('Абае', 0, 'city', 'Abai (Karaganda Region)', KR, {'note': 'the town of Abai, not Abai Region'}),
        ('Абайского района', 0, 'district', 'Abai District (Karaganda Region)', KR, {'note': 'NI:inside the name of an authority; Abai district of Karaganda Region'}),
        ('Астаны', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of the official'}),
        ('Шахтинске', 2, 'city', 'Shakhtinsk', KR, {'note': 'NI:place of the funerals'}),
        ('Долинка', 0, 'village', 'Dolinka', KR, {'note': 'NI:birthplace of a victim, place of a funeral'}),
        ('Россию', 0, 'foreign', 'Russia', N, {'note': 'NI:export destination'}),
        ('Украину', 0, 'foreign', 'Ukraine', N, {'note': 'NI:export destination'}),
     ],
     inc={KR: (2, 'methane flash at the Shakhtinskaya mine in Shakhtinsk (two dead) and the conveyor fire at the preparation plant in Abai')}),

dict(id='p014', date='2023-03-14', lang='ru',
     event='2023 false bomb threats e-mailed to schools in the Almaly, Bostandyk and Auezov districts of Almaty and in Shymkent; a teenager detained in Taraz; earlier letters to schools in Aktau and Atyrau (no incident)',
     text="""Ложные сообщения о минировании получили 54 школы Алматы и Шымкента
АЛМАТЫ, 14 марта. Tengrinews — Электронные письма с угрозой взрыва пришли в понедельник утром в 43 школы в Алмалинском, Бостандыкском и Ауэзовском районах Алматы, а также в 11 школ Шымкента, сообщили в департаментах полиции двух городов. Около 30 тыс. учеников вывели из зданий, кинологи проверили классы, взрывчатки нигде не нашли.
Автора рассылки, 16-летнего школьника, задержали вечером в Таразе. Письма отправлялись через сервер в Нидерландах, но полиция вычислила подростка по его аккаунту в мессенджере. Ему грозит штраф, его родителям — административная ответственность.
В феврале аналогичные письма получили школы Актау и Атырау. В прошлом году ложные угрозы поступали в учебные заведения 12 регионов страны. Полиция просит родителей объяснять детям, что такие «шутки» обходятся бюджету в миллионы тенге.""",
     ann=[
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:headline; schools threatened, no incident'}),
        ('Шымкента', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:headline; schools threatened, no incident'}),
        ('АЛМАТЫ', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Алмалинском', 0, 'district', 'Almaly District (Almaty)', 'Almaty', {'subkind': 'city district', 'note': 'NI:in a list sharing "районах"; schools threatened'}),
        ('Бостандыкском', 0, 'district', 'Bostandyk District (Almaty)', 'Almaty', {'subkind': 'city district', 'note': 'NI:in a list sharing "районах"; schools threatened'}),
        ('Ауэзовском', 0, 'district', 'Auezov District (Almaty)', 'Almaty', {'subkind': 'city district', 'note': 'NI:in a list sharing "районах"; schools threatened'}),
        ('Алматы', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:schools threatened'}),
        ('Шымкента', 1, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:schools threatened'}),
        ('Таразе', 0, 'city', 'Taraz', JR, {'note': 'NI:place of the detention'}),
        ('Нидерландах', 0, 'foreign', 'Netherlands', N, {'note': 'NI:server location'}),
        ('Актау', 0, 'city', 'Aktau', MR, {'note': 'NI:schools threatened in February'}),
        ('Атырау', 0, 'city', 'Atyrau', ATR, {'note': 'NI:schools threatened in February'}),
        ('12 регионов', 0, 'quantified', '12 regions', N, {'count': 12, 'unit': 'region', 'note': 'false threats last year; threats are not incidents'}),
     ],
     inc={}),

dict(id='p015', date='2014-06-10', lang='ru',
     event="2014 blasts at an army ammunition depot near Pavlovka in Russia's Orenburg region heard in villages of Martuk district (Aktobe Region); radiation normal in Martuk and Aktobe; the Aktobe-Orenburg road open (no incident in Kazakhstan)",
     text="""Взрывы на военном складе в Оренбургской области были слышны в Актюбинской области
АКТОБЕ, 10 июня. КазТАГ — Взрывы боеприпасов на складе воинской части у села Павловка в Оренбургской области России в понедельник вечером были слышны в сёлах Мартукского района, сообщили в департаменте по ЧС Актюбинской области.
Угрозы для жителей Казахстана нет, подчеркнули в ведомстве. Радиационный фон и состав воздуха в Мартуке и Актобе в норме, в приграничные сёла направлены две группы спасателей для наблюдения.
Движение по трассе Актобе — Оренбург не прекращалось, пункты пропуска на границе работают в обычном режиме. По данным российских СМИ, при пожаре на складе пострадали трое военнослужащих, жителей двух близлежащих сёл эвакуировали.
Жители Мартука рассказали, что слышали около двадцати взрывов, в некоторых домах дрожали стёкла.""",
     ann=[
        ('Оренбургской области', 0, 'foreign', 'Orenburg Oblast', N, {'note': 'headline'}),
        ('Актюбинской области', 0, 'region', AR, AR, {'note': 'NI:headline; blasts heard there'}),
        ('АКТОБЕ', 0, 'city', 'Aktobe', AR, {'note': 'dateline'}),
        ('Павловка', 0, 'foreign', 'Pavlovka (Orenburg Oblast)', N, {'note': 'site of the depot blasts in Russia; not counted'}),
        ('Оренбургской области', 1, 'foreign', 'Orenburg Oblast', N),
        ('России', 0, 'foreign', 'Russia', N),
        ('Мартукского района', 0, 'district', 'Martuk District', AR, {'note': 'NI:blasts heard there'}),
        ('Актюбинской области', 1, 'region', AR, AR, {'note': 'NI:inside the name of an authority'}),
        ('Казахстана', 0, 'country', 'Kazakhstan', N),
        ('Мартуке', 0, 'village', 'Martuk', AR, {'note': 'NI:air measured'}),
        ('Актобе', 0, 'city', 'Aktobe', AR, {'note': 'NI:air measured'}),
        ('Актобе', 1, 'city', 'Aktobe', AR, {'note': 'NI:route endpoint'}),
        ('Оренбург', 0, 'foreign', 'Orenburg', N, {'note': 'NI:route endpoint'}),
        ('Мартука', 0, 'village', 'Martuk', AR, {'note': 'NI:residents heard the blasts'}),
     ],
     inc={}),

dict(id='p016', date='2025-10-07', lang='ru',
     event="2025 masked men rob a gun shop on Tauke Khan Avenue in Shymkent's Abai district (Shymkent; a city district, not Abai Region), wounding a guard; one detained at a post outside Arys (Turkistan Region)",
     text="""Двое в масках ограбили оружейный магазин в Абайском районе Шымкента
ШЫМКЕНТ, 7 октября. КазТАГ — Двое мужчин в масках в ночь на вторник взломали оружейный магазин на проспекте Тауке хана в Абайском районе Шымкента, ранили охранника и унесли шесть гладкоствольных ружей и патроны, сообщили в департаменте полиции города.
Охранник с ножевым ранением доставлен в городскую больницу, его состояние оценивается как средней тяжести.
Одного из нападавших задержали через полтора часа на посту полиции у въезда в Арыс. Второй, по данным следствия, мог уехать в сторону Кызылорды. Полиция Туркестанской области перекрыла выезды из Шымкента и проверяет все автомашины.
За последние два года это третье нападение на оружейные магазины в стране. Владельцам предписано установить тревожные кнопки с выводом на пульт полиции.""",
     ann=[
        ('Абайском районе', 0, 'district', 'Abai District (Shymkent)', 'Shymkent', {'subkind': 'city district', 'note': 'headline; a district of Shymkent, not Abai Region'}),
        ('Шымкента', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'headline'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'dateline'}),
        ('проспекте Тауке хана', 0, 'facility', 'Tauke Khan Avenue (Shymkent)', 'Shymkent', {'subkind': 'street'}),
        ('Абайском районе', 1, 'district', 'Abai District (Shymkent)', 'Shymkent', {'subkind': 'city district'}),
        ('Шымкента', 1, 'city', 'Shymkent', 'Shymkent'),
        ('Арыс', 0, 'city', 'Arys', TR, {'note': 'NI:place of the detention'}),
        ('Кызылорды', 0, 'city', 'Kyzylorda', KYR, {'note': 'NI:possible direction of escape'}),
        ('Туркестанской области', 0, 'region', TR, TR, {'note': 'NI:inside the name of an authority'}),
        ('Шымкента', 2, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:exits closed, a measure'}),
     ],
     inc={'Shymkent': (1, 'armed robbery of the gun shop on Tauke Khan Avenue, Abai district, guard wounded')}),
]
