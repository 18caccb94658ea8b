"""Russian texts of the fifty-fourth unseen check corpus."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p009', date='2006-01-25', lang='ru',
     event='2006 weekly round-up of carbon monoxide poisoning in seven regions: three dead in a private house in Pavlodar, two builders dead in a site trailer in Semipalatinsk (East Kazakhstan Region before 2022), mother and daughter poisoned in Taldykorgan (Almaty Region before 2022), a pensioner dead in Shortandy (Akmola Region), a family poisoned in Kostanay, two dead from a gas water heater in Taraz (Jambyl Region), boiler-house operators poisoned in Petropavlovsk (North Kazakhstan Region); checks in Karaganda, Temirtau and Ekibastuz not counted',
     text="""Угарный газ за неделю унёс жизни девяти человек
АСТАНА, 25 января. КазТАГ — С 18 по 24 января отравления угарным газом зарегистрированы в семи областях, погибли девять человек, сообщили в Министерстве по чрезвычайным ситуациям Казахстана. Из-за морозов до минус 40 градусов жители частного сектора топят печи круглые сутки.

Больше всего жертв в Павлодарской области. В Павлодаре в частном доме на улице Камзина нашли тела супругов и их взрослого сына: печную заслонку закрыли на ночь, когда уголь ещё тлел.

В Восточно-Казахстанской области двое строителей погибли в вагончике на стройплощадке в Семипалатинске. Они обогревались самодельной печкой-буржуйкой, которую на ночь набили углём и закрыли, а тела обнаружил утром прораб, пришедший открывать объект. Областная инспекция труда начала проверку подрядчика.

В Алматинской области мать и 12-летняя дочь отравились в своём доме в Талдыкоргане. Их спасли соседи, обе в больнице.

В Акмолинской области в посёлке Шортанды от угарного газа умерла 78-летняя пенсионерка, жившая одна. В Костанае отравились пятеро членов одной семьи, всех удалось спасти.

В Жамбылской области, в Таразе, погибли двое: причиной стала неисправная газовая колонка в ванной комнате. В Петропавловске трое операторов угольной котельной отравились прямо на рабочем месте, один из них скончался.

«Угарный газ не имеет ни цвета, ни запаха. Люди засыпают и не просыпаются», — напомнил официальный представитель МЧС Руслан Иманкулов. По его словам, с начала отопительного сезона от отравлений угарным газом в стране погиб 61 человек.

В Караганде и Темиртау спасатели вместе с участковыми за неделю проверили более 1 200 печей, в Экибастузе жителям раздают памятки.""",
     ann=[
        ('АСТАНА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('семи областях', 0, 'quantified', '7 regions', N, {'count': 7, 'unit': 'region', 'note': 'all seven are named below'}),
        ('Казахстана', 0, 'country', 'Kazakhstan', N, {'note': 'inside the name of an authority'}),
        ('Павлодарской области', 0, 'region', PR, PR),
        ('Павлодаре', 0, 'city', 'Pavlodar', PR),
        ('улице Камзина', 0, 'facility', 'Kamzin Street (Pavlodar)', PR, {'subkind': 'street', 'note': 'street named after a person'}),
        ('Восточно-Казахстанской области', 0, 'region', EKR, EKR),
        ('Семипалатинске', 0, 'city', 'Semey', EKR, {'note': 'Russian name of Semey; East Kazakhstan Region before 2022-06-08'}),
        ('Алматинской области', 0, 'region', ALR, ALR),
        ('Талдыкоргане', 0, 'city', 'Taldykorgan', ALR, {'note': 'Almaty Region before 2022-06-08'}),
        ('Акмолинской области', 0, 'region', AKR, AKR),
        ('Шортанды', 0, 'village', 'Shortandy', AKR, {'note': 'settlement, centre of Shortandy district'}),
        ('Костанае', 0, 'city', 'Kostanay', KOR),
        ('Жамбылской области', 0, 'region', JR, JR),
        ('Таразе', 0, 'city', 'Taraz', JR),
        ('Петропавловске', 0, 'city', 'Petropavl', NKR, {'note': 'Russian name of Petropavl'}),
        ('Караганде', 0, 'city', 'Karaganda', KR, {'note': 'NI:preventive checks'}),
        ('Темиртау', 0, 'city', 'Temirtau', KR, {'note': 'NI:preventive checks'}),
        ('Экибастузе', 0, 'city', 'Ekibastuz', PR, {'note': 'NI:leaflets'}),
     ],
     inc={PR: (1, 'three dead in a private house in Pavlodar'),
          EKR: (1, 'two builders dead in a site trailer in Semipalatinsk'),
          ALR: (1, 'mother and daughter poisoned in Taldykorgan'),
          AKR: (1, 'pensioner dead in Shortandy'),
          KOR: (1, 'family of five poisoned in Kostanay'),
          JR: (1, 'two dead from a faulty gas water heater in Taraz'),
          NKR: (1, 'three boiler-house operators poisoned at work in Petropavlovsk, one dead; the 61 deaths of the season are a statistic')}),

dict(id='p010', date='2008-02-12', lang='ru',
     event='2008 gas explosion in a five-storey block of flats on Abilkair Khan Avenue in Aktobe, two dead, seven hurt (Aktobe Region); residents moved to a school on Abai Street (a street, not the region); commission from Astana',
     text="""В Актобе взрыв газа разрушил подъезд пятиэтажки
АКТОБЕ, 12 февраля. — Два человека погибли и семеро пострадали при взрыве бытового газа в пятиэтажном жилом доме на проспекте Абилкайыр хана, сообщили в департаменте по чрезвычайным ситуациям Актюбинской области.
Взрыв прогремел около семи утра в квартире на третьем этаже. Обрушились перекрытия со второго по четвёртый этаж, разрушено 12 квартир. Из-под завалов спасатели извлекли пятерых жильцов. Остальных жителей дома, около 140 человек, разместили в соседней школе на улице Абая.
По предварительной версии, хозяин квартиры, где произошёл взрыв, сам отсоединил газовую плиту во время ремонта и оставил трубу открытой. Городская газовая служба перекрыла подачу газа во весь квартал.
На место вылетела комиссия из Астаны во главе с вице-министром. Специалисты должны решить, можно ли восстанавливать дом, построенный в 1967 году.""",
     ann=[
        ('Актобе', 0, 'city', 'Aktobe', AR, {'note': 'headline'}),
        ('АКТОБЕ', 0, 'city', 'Aktobe', AR, {'note': 'dateline'}),
        ('проспекте Абилкайыр хана', 0, 'facility', 'Abilkair Khan Avenue (Aktobe)', AR, {'subkind': 'street', 'note': 'avenue named after a person'}),
        ('Актюбинской области', 0, 'region', AR, AR, {'note': 'inside the name of an authority'}),
        ('улице Абая', 0, 'facility', 'Abai Street (Aktobe)', AR, {'subkind': 'street', 'note': 'NI:shelter for residents; street named after the poet, not Abai Region'}),
        ('Астаны', 0, 'city', 'Astana', 'Astana', {'note': "NI:commission's origin"}),
     ],
     inc={AR: (1, 'gas explosion in a block of flats on Abilkair Khan Avenue, Aktobe, two dead')}),

dict(id='p011', date='2016-05-18', lang='ru',
     event='2016 wall collapse during demolition of an old building on Timiryazev Street, Bostandyk district of Almaty, two workers dead; workers from Turkestan and Kentau (South Kazakhstan Region before 2018); contractor registered in Kaskelen (Almaty Region); 11 deaths since January not counted',
     text="""В Алматы при сносе здания обрушилась стена: погибли двое рабочих
АЛМАТЫ, 18 мая. — Двое рабочих погибли, ещё один получил травмы при обрушении стены старого двухэтажного здания, которое разбирали в Бостандыкском районе Алматы, сообщили в департаменте по ЧС города.
Бригада демонтировала кровлю бывшей столовой на улице Тимирязева, когда кирпичная стена рухнула внутрь здания. Тела погибших извлекли из-под завалов через два часа. Пострадавшего с переломами доставили в больницу скорой помощи.
Погибшие, 23 и 41 года, приехали на заработки из Туркестана и Кентау Южно-Казахстанской области. По данным городской инспекции труда, трудовых договоров с ними никто не заключал, а у подрядчика, зарегистрированного в Каскелене Алматинской области, нет лицензии на демонтажные работы.
С начала года на стройках Алматы погибли 11 человек.""",
     ann=[
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'headline'}),
        ('АЛМАТЫ', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Бостандыкском районе', 0, 'district', 'Bostandyk District (Almaty)', 'Almaty', {'subkind': 'city district'}),
        ('Алматы', 1, 'city', 'Almaty', 'Almaty'),
        ('улице Тимирязева', 0, 'facility', 'Timiryazev Street (Almaty)', 'Almaty', {'subkind': 'street', 'note': 'street named after a person'}),
        ('Туркестана', 0, 'city', 'Turkistan', SKR, {'note': "NI:workers' home town; South Kazakhstan Region before 2018-06-19"}),
        ('Кентау', 0, 'city', 'Kentau', SKR, {'note': "NI:workers' home town"}),
        ('Южно-Казахстанской области', 0, 'region', SKR, SKR, {'note': "NI:workers' home region"}),
        ('Каскелене', 0, 'city', 'Kaskelen', ALR, {'note': "NI:contractor's registration"}),
        ('Алматинской области', 0, 'region', ALR, ALR, {'note': "NI:contractor's registration"}),
        ('Алматы', 2, 'city', 'Almaty', 'Almaty', {'note': 'NI:statistics since January'}),
     ],
     inc={'Almaty': (1, 'wall collapse during demolition on Timiryazev Street, Bostandyk district, two dead; the 11 deaths since January are a statistic')}),

dict(id='p012', date='2022-06-21', lang='ru',
     event='2022 fatal accidents at work in the first two weeks of the new regions: rock fall at the South mine near Zhezkazgan (Ulytau Region), a fitter falls from scaffolding on Shakarim Avenue in Semey (Abai Region), an electrician electrocuted at a substation in Taldykorgan (Jetisu Region); blast-furnace gas poisoning at the steel plant in Temirtau (Karaganda Region); former units Karaganda, East Kazakhstan and Almaty regions; company name «АрселорМиттал Темиртау» not annotated; "область Абай"-type names',
     text="""Новые области — старые беды: смертельные случаи на производстве в первые две недели
АЛМАТЫ, 21 июня. «Курсив» — Не прошло и двух недель с образования областей Абай, Жетісу и Ұлытау, а в каждой из них уже произошёл смертельный несчастный случай на производстве. Департаменты труда в трёх новых областях ещё только набирают сотрудников, и расследования пока ведут инспекторы, командированные из соседних регионов.

14 июня в области Ұлытау на подземном руднике «Южный» под Жезказганом обрушилась порода. Погиб 38-летний машинист погрузочной машины, ещё одного горняка с переломами доставили в больницу. До 8 июня Жезказган и окрестные рудники входили в Карагандинскую область.

16 июня в Семее, ставшем центром области Абай, с лесов строящегося жилого дома на проспекте Шакарима сорвался 27-летний монтажник. Он скончался в больнице, не приходя в сознание. Страховочного пояса на рабочем не было, установила инспекция.

17 июня в Талдыкоргане, новом центре области Жетісу, электромонтёр погиб от удара током при ремонте трансформаторной подстанции. Бригаде не выдали диэлектрических перчаток, а напряжение с линии не сняли.

Неспокойно и в «старых» регионах. 18 июня на металлургическом комбинате «АрселорМиттал Темиртау» трое рабочих отравились доменным газом, один из них скончался. Комбинат в Темиртау Карагандинской области уже несколько лет лидирует по числу погибших среди предприятий страны.

«Области новые, а предприятия и люди те же. Главное, чтобы при передаче дел не ослаб контроль», — считает эксперт по охране труда Серик Жумабаев. Он напомнил, что Семей до 8 июня относился к Восточно-Казахстанской области, а Талдыкорган — к Алматинской, и часть проверок, начатых прежними департаментами, теперь остановлена.""",
     ann=[
        ('АЛМАТЫ', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Абай', 0, 'region', ABR, ABR, {'note': 'in a list sharing "областей"; created 2022-06-08'}),
        ('Жетісу', 0, 'region', JTR, JTR, {'note': 'in a list sharing "областей"; Kazakh spelling in a Russian text'}),
        ('Ұлытау', 0, 'region', UR, UR, {'note': 'in a list sharing "областей"; Kazakh spelling in a Russian text'}),
        ('трёх новых областях', 0, 'quantified', '3 new regions', N, {'count': 3, 'unit': 'region', 'note': 'the three new regions, all named'}),
        ('области Ұлытау', 0, 'region', UR, UR, {'note': 'official Russian form "область Ұлытау", head noun first'}),
        ('Южный', 0, 'facility', 'South mine (Zhezkazgan)', UR, {'subkind': 'mine', 'note': 'name in quotation marks'}),
        ('Жезказганом', 0, 'city', 'Zhezkazgan', UR, {'note': 'the mine is near the town; Ulytau Region since 2022-06-08'}),
        ('Жезказган', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:background on the reform'}),
        ('Карагандинскую область', 0, 'region', KR, KR, {'note': 'NI:former unit of Zhezkazgan'}),
        ('Семее', 0, 'city', 'Semey', ABR, {'note': 'Abai Region since 2022-06-08'}),
        ('области Абай', 0, 'region', ABR, ABR, {'note': 'official Russian form "область Абай", head noun first'}),
        ('проспекте Шакарима', 0, 'facility', 'Shakarim Avenue (Semey)', ABR, {'subkind': 'street', 'note': 'avenue named after a person'}),
        ('Талдыкоргане', 0, 'city', 'Taldykorgan', JTR, {'note': 'Jetisu Region since 2022-06-08'}),
        ('области Жетісу', 0, 'region', JTR, JTR, {'note': 'official Russian form "область Жетісу", head noun first'}),
        ('Темиртау', 1, 'city', 'Temirtau', KR, {'note': 'the earlier Темиртау is part of the company name «АрселорМиттал Темиртау» and is not annotated'}),
        ('Карагандинской области', 0, 'region', KR, KR),
        ('Семей', 0, 'city', 'Semey', ABR, {'note': 'NI:background on the reform'}),
        ('Восточно-Казахстанской области', 0, 'region', EKR, EKR, {'note': 'NI:former unit of Semey'}),
        ('Талдыкорган', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:background on the reform'}),
        ('Алматинской', 0, 'region', ALR, ALR, {'note': 'NI:former unit of Taldykorgan; elliptical "к Алматинской (области)"'}),
     ],
     inc={UR: (1, 'rock fall at the South mine near Zhezkazgan, one dead'),
          ABR: (1, 'fitter fell from scaffolding on Shakarim Avenue, Semey'),
          JTR: (1, 'electrician electrocuted at a substation in Taldykorgan'),
          KR: (1, 'blast-furnace gas poisoning at the steel plant in Temirtau, one dead')}),

dict(id='p013', date='2018-07-10', lang='ru',
     event='2018 roof collapse of a workshop at a former lead plant in Abai district of Shymkent, one dead (Shymkent, three weeks after it became a city of republican significance); workers from Sayram district (Turkistan Region); the former South Kazakhstan Region',
     text="""В Шымкенте обрушилась кровля цеха: один рабочий погиб
ШЫМКЕНТ, 10 июля. — Один рабочий погиб и четверо пострадали при обрушении кровли производственного цеха на территории бывшего свинцового завода в Абайском районе Шымкента, сообщили в департаменте по ЧС города.
Бригада из шести человек меняла кровельное покрытие, когда прогнившие балки не выдержали веса рулонов с материалом. Погибшему было 34 года; он и двое пострадавших — жители Сайрамского района Туркестанской области.
Расследование ведёт инспекция труда Шымкента, созданная после того, как 19 июня город получил статус города республиканского значения и вышел из состава бывшей Южно-Казахстанской области. До этого предприятия Шымкента проверял областной департамент.
По словам арендатора, здание 1950-х годов не ремонтировали больше 30 лет.""",
     ann=[
        ('Шымкенте', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'headline; city of republican significance since 2018-06-19'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'dateline'}),
        ('Абайском районе', 0, 'district', 'Abai District (Shymkent)', 'Shymkent', {'subkind': 'city district', 'note': 'district of Shymkent, not Abai Region'}),
        ('Шымкента', 0, 'city', 'Shymkent', 'Shymkent'),
        ('Сайрамского района', 0, 'district', 'Sayram District', TR, {'note': "NI:workers' residence"}),
        ('Туркестанской области', 0, 'region', TR, TR, {'note': "NI:workers' residence"}),
        ('Шымкента', 1, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:jurisdiction of the labour inspectorate'}),
        ('Южно-Казахстанской области', 0, 'region', TR, TR, {'uncertain': True, 'note': 'NI:former name of the region (renamed Turkistan Region on 2018-06-19), labelled with the unit holding its land on the article date'}),
        ('Шымкента', 2, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:background'}),
     ],
     inc={'Shymkent': (1, 'workshop roof collapse in Abai district, one dead, four hurt')}),

dict(id='p014', date='1992-09-15', lang='ru',
     event="1992 fire at the grain elevator in the settlement of Karabalyk (Kustanai Region, i.e. Kostanay Region), 8,000 tonnes of wheat burnt, two hurt; crews from Karabalyk district, Kustanai and Fyodorov district; grain bound for Russia's Chelyabinsk Oblast; the newspaper «Казахстанская правда»",
     text="""На Карабалыкском элеваторе сгорело восемь тысяч тонн зерна
КУСТАНАЙ, 15 сентября. «Казахстанская правда» — В посёлке Карабалык Кустанайской области в ночь на понедельник загорелся элеватор. Огонь охватил рабочую башню и два силосных корпуса, уничтожено около восьми тысяч тонн пшеницы нового урожая. Двое рабочих ночной смены получили ожоги.
Пожар тушили больше десяти часов расчёты из Карабалыкского района, Кустаная и соседнего Федоровского района. По предварительной версии, причиной стала искра при сварочных работах в норийной галерее, где скопилась зерновая пыль.
Часть сгоревшего зерна предназначалась для поставок в Челябинскую область России по межправительственному соглашению. Областное управление хлебопродуктов оценивает ущерб в 40 миллионов рублей.
Это уже третий пожар на элеваторах Кустанайской области с начала уборки.""",
     ann=[
        ('Карабалыкском элеваторе', 0, 'facility', 'Karabalyk grain elevator', KOR, {'subkind': 'grain elevator', 'note': 'headline; named after the settlement'}),
        ('КУСТАНАЙ', 0, 'city', 'Kostanay', KOR, {'note': 'dateline; Russian name used until 1997'}),
        ('Карабалык', 0, 'village', 'Karabalyk', KOR, {'note': 'settlement, centre of Karabalyk district'}),
        ('Кустанайской области', 0, 'region', KOR, KOR, {'note': 'Russian name of Kostanay Region'}),
        ('Карабалыкского района', 0, 'district', 'Karabalyk District', KOR, {'note': "NI:fire crews' base"}),
        ('Кустаная', 0, 'city', 'Kostanay', KOR, {'note': "NI:fire crews' base"}),
        ('Федоровского района', 0, 'district', 'Fyodorov District', KOR, {'note': "NI:fire crews' base"}),
        ('Челябинскую область', 0, 'foreign', 'Chelyabinsk Oblast', N, {'note': 'NI:destination of the grain'}),
        ('России', 0, 'foreign', 'Russia', N, {'note': 'NI:destination of the grain'}),
        ('Кустанайской области', 1, 'region', KOR, KOR, {'note': 'NI:statistics since the harvest began'}),
     ],
     inc={KOR: (1, 'fire at the Karabalyk grain elevator, two hurt; "the third elevator fire since the harvest began" is a statistic')}),

dict(id='p015', date='2024-04-27', lang='ru',
     event='2024 labour inspection statistics for 2023 (196 deaths; Karaganda, East Kazakhstan, Turkistan regions and Almaty lead; all 20 regions) with three investigated cases: roof fall in a mine in Ridder (East Kazakhstan Region), blaster killed at the Molodezhnaya mine in Khromtau (Aktobe Region), fitter fell at a plant construction site near Atyrau (Atyrau Region); inspections in Zhezkazgan and Satpayev (Ulytau Region) and sector statistics for Shymkent, Turkistan, Atyrau and Mangystau regions not counted; the Karaganda coal basin',
     text="""Минтруда: в 2023 году на производстве погибли 196 человек
АСТАНА, 27 апреля. «Капитал» — В прошлом году в результате несчастных случаев на производстве в Казахстане погибли 196 человек, ещё 1 380 получили тяжёлые травмы, сообщил Комитет государственной инспекции труда накануне Всемирного дня охраны труда.

Больше всего погибших в Карагандинской области — 28, затем идут Восточно-Казахстанская (19) и Туркестанская (17) области, а также Алматы (15). Смертельные случаи зафиксированы во всех 20 регионах страны. Треть погибших работали на горнодобывающих предприятиях и стройках.

По сравнению с 2022 годом число погибших снизилось на 9%. Почти половина из них не прошла инструктаж по технике безопасности, а каждый пятый работал без трудового договора. Штрафы, наложенные на работодателей за год, составили 1,2 млрд тенге, но профсоюзы считают эту сумму несоразмерной. «Штраф обходится дешевле, чем новая крепь или датчик метана», — говорит представитель Федерации профсоюзов Ерболат Касенов.

Председатель комитета Асель Нурмаганбетова привела примеры расследованных случаев. В ноябре на руднике в Риддере обрушилась кровля выработки, погибли двое проходчиков: крепь не соответствовала проекту. В августе на шахте «Молодёжная» в Хромтау погиб взрывник — заряд сработал раньше времени из-за неисправной взрывной машинки. В июне на строительстве полимерного завода под Атырау монтажник упал с высоты 30 метров: страховочный трос был привязан к незакреплённой конструкции.

Проверки на рудниках Жезказгана и Сатпаева в области Ұлытау выявили нарушения на 40% объектов, добавила Нурмаганбетова. В Шымкенте и Туркестанской области чаще всего гибнут на стройках, в Атырауской и Мангистауской областях — на нефтепромыслах.

Комитет предлагает обязать работодателей устанавливать системы позиционирования персонала во всех шахтах и рудниках. Сейчас такие системы есть только на шахтах Карагандинского угольного бассейна, где после каждой крупной аварии их требовали профсоюзы.""",
     ann=[
        ('АСТАНА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Казахстане', 0, 'country', 'Kazakhstan', N),
        ('Карагандинской области', 0, 'region', KR, KR, {'note': 'NI:annual statistics'}),
        ('Восточно-Казахстанская', 0, 'region', EKR, EKR, {'note': 'NI:annual statistics; in a list sharing "области"'}),
        ('Туркестанская', 0, 'region', TR, TR, {'note': 'NI:annual statistics; in a list sharing "области"'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:annual statistics'}),
        ('всех 20 регионах', 0, 'quantified', 'all 20 regions', N, {'count': 20, 'unit': 'region', 'quantifier': 'all', 'note': 'the 17 regions and 3 cities; annual statistics, not incidents'}),
        ('Риддере', 0, 'city', 'Ridder', EKR),
        ('Молодёжная', 0, 'facility', 'Molodezhnaya mine (Khromtau)', AR, {'subkind': 'mine', 'note': 'name in quotation marks'}),
        ('Хромтау', 0, 'city', 'Khromtau', AR),
        ('Атырау', 0, 'city', 'Atyrau', ATR, {'note': 'the construction site is near the city'}),
        ('Жезказгана', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:inspection findings'}),
        ('Сатпаева', 0, 'city', 'Satpayev', UR, {'note': 'NI:inspection findings'}),
        ('области Ұлытау', 0, 'region', UR, UR, {'note': 'NI:inspection findings; official Russian form, head noun first'}),
        ('Шымкенте', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:sector statistics'}),
        ('Туркестанской области', 0, 'region', TR, TR, {'note': 'NI:sector statistics'}),
        ('Атырауской', 0, 'region', ATR, ATR, {'note': 'NI:sector statistics; in a list sharing "областях"'}),
        ('Мангистауской', 0, 'region', MR, MR, {'note': 'NI:sector statistics; in a list sharing "областях"'}),
        ('Карагандинского угольного бассейна', 0, 'facility', 'Karaganda coal basin', KR, {'subkind': 'coal basin', 'note': 'NI:mining area lying in Karaganda Region'}),
     ],
     inc={EKR: (1, 'roof fall in a mine in Ridder, two dead; the 19 deaths of the year are a statistic'),
          AR: (1, 'blaster killed at the Molodezhnaya mine in Khromtau'),
          ATR: (1, 'fitter fell 30 m at a plant construction site near Atyrau')}),

dict(id='p016', date='2021-03-02', lang='ru',
     event="Follow-up: one year after the March 2020 roof collapse of a covered pavilion at the «Жайык» market in Uralsk (Oral), one trader dead; the case sent to court (West Kazakhstan Region); the market's name is not the Ural river; widower from Aksai (Burlin district); roof checks ordered by the ЗКО akimat not counted",
     text="""Год после обрушения крыши на рынке «Жайык»: дело передано в суд
УРАЛЬСК, 2 марта. — Ровно год назад, 2 марта 2020 года, под тяжестью мокрого снега обрушилась кровля крытого павильона на рынке «Жайык» в Уральске. Погибла 52-летняя продавщица, ещё четверо торговцев получили травмы.
В понедельник департамент полиции Западно-Казахстанской области сообщил, что расследование завершено: дело в отношении директора рынка и инженера технадзора направлено в суд. По заключению экспертизы, металлические фермы павильона были рассчитаны на вдвое меньшую нагрузку, а снег с крыши не убирали всю зиму.
Муж погибшей, который живёт в Аксае Бурлинского района, говорит, что компенсацию семья так и не получила. После трагедии акимат ЗКО обязал владельцев всех рынков области дважды в год проверять кровли, и в Уральске с тех пор закрыли два павильона.""",
     ann=[
        ('Жайык', 0, 'facility', 'Zhaiyk market (Oral)', WKR, {'subkind': 'market', 'note': 'headline; market named after the Ural river (Zhaiyk), not the river'}),
        ('УРАЛЬСК', 0, 'city', 'Oral', WKR, {'note': 'dateline; Russian name of Oral'}),
        ('Жайык', 1, 'facility', 'Zhaiyk market (Oral)', WKR, {'subkind': 'market', 'note': 'not the river'}),
        ('Уральске', 0, 'city', 'Oral', WKR, {'note': 'Russian name of Oral'}),
        ('Западно-Казахстанской области', 0, 'region', WKR, WKR, {'note': 'inside the name of an authority'}),
        ('Аксае', 0, 'city', 'Aksai', WKR, {'note': "NI:widower's residence"}),
        ('Бурлинского района', 0, 'district', 'Burlin District', WKR, {'note': "NI:widower's residence"}),
        ('ЗКО', 0, 'region', WKR, WKR, {'note': 'NI:inside the name of an authority (акимат ЗКО); abbreviation of West Kazakhstan Region'}),
        ('Уральске', 1, 'city', 'Oral', WKR, {'note': 'NI:pavilions closed as a measure'}),
     ],
     inc={WKR: (1, 'roof collapse at the «Жайык» market in Uralsk in March 2020, one dead (narrated background of the follow-up; the court case is not counted)')}),

]
