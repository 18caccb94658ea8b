"""Russian texts of the fourteenth unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
ABR, AKR, AR, ALR, ATR = 'Abai Region', 'Akmola Region', 'Aktobe Region', 'Almaty Region', 'Atyrau Region'
EKR, JR, JTR, KR, KOR = 'East Kazakhstan Region', 'Jambyl Region', 'Jetisu Region', 'Karaganda Region', 'Kostanay Region'
KYR, MR, NKR, PR, SKR = 'Kyzylorda Region', 'Mangystau Region', 'North Kazakhstan Region', 'Pavlodar Region', 'South Kazakhstan Region'
TR, UR, WKR = 'Turkistan Region', 'Ulytau Region', 'West Kazakhstan Region'
ALA, AST, SH = 'Almaty', 'Astana', 'Shymkent'

DOCS = [
dict(id='p009', date='2015-02-10', lang='ru',
     event='2015 roof fire at the infectious diseases ward of the Kapchagay hospital and a flu outbreak with schools quarantined in Taldykorgan, Tekeli and Kapchagay (Almaty Region); flu in Almaty, Jambyl and South Kazakhstan regions',
     text="""Пожар в больнице Капчагая и грипп: в Алматинской области закрыты 38 школ
ТАЛДЫКОРГАН, 10 февраля — КазТАГ. В ночь на понедельник загорелась кровля инфекционного отделения городской больницы Капчагая; из здания эвакуировали 46 пациентов, в том числе 18 детей с гриппом, сообщил департамент по чрезвычайным ситуациям Алматинской области.
Огонь охватил 200 квадратных метров крыши. Пострадавших нет, больных перевели в терапевтический корпус. Пожарные тушили пламя около трёх часов; предварительная причина — замыкание электропроводки. Аким Капчагая пообещал до лета заменить проводку во всех корпусах, а пациентов инфекционного отделения до конца ремонта будет принимать районная больница в селе Байсерке Илийского района, в 45 километрах от города.
Больница и без того переполнена: с конца января в области резко выросла заболеваемость гриппом. В Талдыкоргане, Текели и Капчагае на карантин закрыты 38 школ, а в пяти районах — Карасайском, Талгарском, Илийском, Енбекшиказахском и Жамбылском — приостановлена работа детских садов. По словам главного санитарного врача области Ерлана Текелиева, за неделю к врачам обратились 9 400 человек, 12 детей госпитализированы в Талдыкоргане.
В Алматы за тот же период зарегистрировано более 12 тысяч случаев гриппа и ОРВИ, в Медеуском и Турксибском районах закрыты 14 школ. Как сообщил телеканал «Алматы ТВ», в аптеках на проспекте Абая закончились противовирусные препараты. Занятия в вузах не отменялись, но студентам из Кыргызстана и Узбекистана, живущим в общежитиях, посоветовали не уезжать на выходные домой.
Эпидемический порог превышен и в Жамбылской и Южно-Казахстанской областях, где с начала года заболели более 20 тысяч человек. Министерство здравоохранения в Астане распорядилось отправить в южные регионы 300 тысяч доз вакцины из резерва.""",
     ann=[
        ('Капчагая', 0, 'city', 'Konaev', ALR, {'note': 'headline; Kapchagay, the old name of Konaev, in its own era'}),
        ('Алматинской области', 0, 'region', ALR, ALR, {'note': 'headline'}),
        ('ТАЛДЫКОРГАН', 0, 'city', 'Taldykorgan', ALR, {'note': 'dateline; Almaty Region before 2022'}),
        ('Капчагая', 1, 'city', 'Konaev', ALR, {'note': 'Kapchagay, the old name of Konaev, in its own era'}),
        ('Алматинской области', 1, 'region', ALR, ALR, {'note': 'inside the name of an authority'}),
        ('Капчагая', 2, 'city', 'Konaev', ALR, {'note': "NI:inside the title of the town's akim; Kapchagay, the old name of Konaev"}),
        ('Байсерке', 0, 'village', 'Baiserke', ALR, {'note': 'NI:hospital taking patients'}),
        ('Илийского района', 0, 'district', 'Ili District', ALR, {'note': 'NI:hospital taking patients'}),
        ('Талдыкоргане', 0, 'city', 'Taldykorgan', ALR, {'note': 'Almaty Region before 2022'}),
        ('Текели', 0, 'city', 'Tekeli', ALR, {'note': 'Almaty Region before 2022'}),
        ('Капчагае', 0, 'city', 'Konaev', ALR),
        ('пяти районах', 0, 'quantified', '5 districts', N, {'count': 5, 'unit': 'district', 'note': 'the five districts are named'}),
        ('Карасайском', 0, 'district', 'Karasai District', ALR, {'note': 'list item sharing the head noun "районах"'}),
        ('Талгарском', 0, 'district', 'Talgar District', ALR, {'note': 'list item sharing the head noun "районах"'}),
        ('Илийском', 0, 'district', 'Ili District', ALR, {'note': 'list item sharing the head noun "районах"'}),
        ('Енбекшиказахском', 0, 'district', 'Enbekshikazakh District', ALR, {'note': 'list item sharing the head noun "районах"'}),
        ('Жамбылском', 0, 'district', 'Zhambyl District (Almaty Region)', ALR, {'note': 'list item sharing the head noun "районах"; a district of Almaty Region, not Jambyl Region'}),
        ('Талдыкоргане', 1, 'city', 'Taldykorgan', ALR, {'note': 'NI:hospital town'}),
        ('Алматы', 0, 'city', 'Almaty', ALA),
        ('Медеуском', 0, 'district', 'Medeu District (Almaty)', ALA, {'subkind': 'city district', 'note': 'list item sharing the head noun "районах"'}),
        ('Турксибском', 0, 'district', 'Turksib District (Almaty)', ALA, {'subkind': 'city district', 'note': 'list item sharing the head noun "районах"'}),
        ('Абая', 0, 'facility', 'Abai Avenue (Almaty)', ALA, {'subkind': 'street', 'note': 'NI:pharmacies out of medicine; an avenue named after the poet, annotated without the noun'}),
        ('Кыргызстана', 0, 'foreign', 'Kyrgyzstan', N),
        ('Узбекистана', 0, 'foreign', 'Uzbekistan', N),
        ('Жамбылской', 0, 'region', JR, JR, {'note': 'list item sharing the head noun "областях"'}),
        ('Южно-Казахстанской', 0, 'region', SKR, SKR, {'note': 'list item sharing the head noun "областях"; before the 2018 reform'}),
        ('Астане', 0, 'city', 'Astana', AST, {'note': 'NI:seat of a ministry'}),
     ],
     inc={ALR: (2, 'roof fire at the infectious diseases ward of the Kapchagay hospital; flu outbreak in the region (schools quarantined in Taldykorgan, Tekeli and Kapchagay)'), ALA: (1, 'flu outbreak in the city (12,000 cases, 14 schools closed)'), JR: (1, 'flu outbreak above the epidemic threshold (doubtful: named in a list)'), SKR: (1, 'flu outbreak above the epidemic threshold (doubtful: named in a list)')}),

dict(id='p010', date='1995-07-11', lang='ru',
     event='1995 mass food poisoning at a wedding in Burnoye, Dzhuvaly district, and an irrigation canal breach flooding Akkol, Talas district (Jambyl Region); guests from Chimkent and Tashkent',
     text="""ДЖАМБУЛ, 11 июля. /КазТАГ/. Сорок семь человек, в том числе 12 детей, доставлены в больницы после свадебного тоя в селе Бурное Джувалинского района, сообщили в управлении здравоохранения Жамбылской области.
Гости почувствовали себя плохо через несколько часов после застолья в субботу; у всех диагностирована пищевая токсикоинфекция. Одиннадцать человек в тяжёлом состоянии переведены в областную больницу Джамбула. Санитарные врачи изъяли пробы салатов и мясных блюд, которые, по словам родственников, готовили накануне в жару.
Часть гостей приехала из Чимкента и Ташкента, и врачей в обоих городах предупредили.
В тот же день в Таласском районе прорвало дамбу оросительного канала у села Акколь: вода затопила 20 дворов, их жителей разместили в школе. Пострадавших нет.
Санитарная служба напоминает, что летом в области ежегодно регистрируют десятки отравлений на тоях, и просит не готовить угощение заранее.""",
     ann=[
        ('ДЖАМБУЛ', 0, 'city', 'Taraz', JR, {'note': 'dateline; Dzhambul, the old name of Taraz, in its own era'}),
        ('Бурное', 0, 'village', 'Bauyrzhan Momyshuly', JR, {'note': 'Burnoye, the old name of the village Bauyrzhan Momyshuly'}),
        ('Джувалинского района', 0, 'district', 'Zhualy District', JR, {'note': 'Dzhuvaly district, the old Russian name of Zhualy district'}),
        ('Жамбылской области', 0, 'region', JR, JR, {'note': 'inside the name of an authority'}),
        ('Джамбула', 0, 'city', 'Taraz', JR, {'note': 'NI:hospital town; Dzhambul, the old name of Taraz'}),
        ('Чимкента', 0, 'city', 'Shymkent', SKR, {'note': 'NI:origin of guests; Chimkent, the old name of Shymkent'}),
        ('Ташкента', 0, 'foreign', 'Tashkent', N, {'note': 'origin of guests'}),
        ('Таласском районе', 0, 'district', 'Talas District', JR),
        ('Акколь', 0, 'village', 'Akkol (Talas District)', JR),
     ],
     inc={JR: (2, 'mass food poisoning at a wedding in Burnoye (a non-fatal mass poisoning, counted as a mishap with victims); irrigation canal dam breach flooding 20 yards at Akkol (the yearly statistics are not counted)')}),

dict(id='p011', date='2012-11-27', lang='ru',
     event='2012 fire at the Sokol substation near Petropavlovsk cuts power to 86 villages in four districts and a school boiler explodes in Yavlenka (North Kazakhstan Region)',
     text="""ПЕТРОПАВЛОВСК, 27 ноября — Интерфакс-Казахстан. Более 40 тысяч жителей четырёх районов Северо-Казахстанской области почти сутки провели без электричества после пожара на подстанции «Сокол» под Петропавловском, сообщили в областном акимате.
Трансформатор загорелся в понедельник вечером. Без света остались 86 сёл Кызылжарского, Есильского, Мамлютского и Жамбылского районов. При морозе минус 22 остановились насосы сельских котельных.
В селе Явленка, центре Есильского района, при запуске школьной котельной после отключения взорвался котёл; кочегар с ожогами доставлен в больницу Петропавловска. Занятия в школе отменены до конца недели. Свет в последние сёла вернули только во вторник вечером.
Пока шёл ремонт, часть нагрузки принимала энергосистема Курганской области России. В компании «Северо-Казахстанская РЭК» пообещали заменить трансформатор до 1 декабря, а аким области Айдар Мамлютов поручил проверить все котельные.""",
     ann=[
        ('ПЕТРОПАВЛОВСК', 0, 'city', 'Petropavl', NKR, {'note': 'dateline'}),
        ('четырёх районов', 0, 'quantified', '4 districts', N, {'count': 4, 'unit': 'district', 'note': 'the four districts are named'}),
        ('Северо-Казахстанской области', 0, 'region', NKR, NKR),
        ('Сокол', 0, 'facility', 'Sokol substation', NKR, {'subkind': 'substation'}),
        ('Петропавловском', 0, 'city', 'Petropavl', NKR, {'note': 'NI:reference point ("под Петропавловском")'}),
        ('86 сёл', 0, 'quantified', '86 villages', N, {'count': 86, 'unit': 'village', 'note': 'villages of the four named districts'}),
        ('Кызылжарского', 0, 'district', 'Kyzylzhar District', NKR, {'note': 'list item sharing the head noun "районов"'}),
        ('Есильского', 0, 'district', 'Yesil District (North Kazakhstan Region)', NKR, {'note': 'list item sharing the head noun "районов"; not the Yesil district of Astana'}),
        ('Мамлютского', 0, 'district', 'Mamlyut District', NKR, {'note': 'list item sharing the head noun "районов"'}),
        ('Жамбылского', 0, 'district', 'Zhambyl District (North Kazakhstan Region)', NKR, {'note': 'list item sharing the head noun "районов"; not Jambyl Region'}),
        ('Явленка', 0, 'village', 'Yavlenka', NKR),
        ('Есильского района', 0, 'district', 'Yesil District (North Kazakhstan Region)', NKR),
        ('Петропавловска', 0, 'city', 'Petropavl', NKR, {'note': 'NI:hospital town'}),
        ('Курганской области', 0, 'foreign', 'Kurgan Oblast', N),
        ('России', 0, 'foreign', 'Russia', N),
     ],
     inc={NKR: (2, 'fire at the Sokol substation that cut power to 86 villages (the outage is its consequence); boiler explosion in the school boiler house in Yavlenka')}),

dict(id='p012', date='2018-05-29', lang='ru',
     event='2018 locusts in four districts (not counted), pesticide poisoning of five pupils in Shayan (Baidibek district) and a pesticide warehouse fire in Turar Ryskulov (Tulkubas district) (South Kazakhstan Region, three weeks before the reform)',
     text="""Саранча, отравление и пожар: тяжёлая неделя в Южно-Казахстанской области
ШЫМКЕНТ, 29 мая — Kazinform. Мароккская саранча поразила более 200 тысяч гектаров пастбищ и посевов в Шардаринском, Отырарском, Созакском и Ордабасинском районах Южно-Казахстанской области, сообщило областное управление сельского хозяйства.
Стаи перелетели из Узбекистана через Сырдарью. Химическую обработку с воздуха ведут 14 самолётов из Шымкента и Кызылорды, на земле работают 60 бригад. Больше всего пострадал Отырарский район, где у села Когам вредитель за три дня уничтожил 3 тысячи гектаров люцерны и хлопчатника. Агрономы опасаются новой волны в июне, когда в пойме реки Арысь выведется второе поколение саранчи. Саранчу обнаружили также в Жамбылской и Кызылординской областях.
В воскресенье в селе Шаян, центре Байдибекского района, пятеро школьников почувствовали себя плохо после того, как трактор опрыскал ядохимикатом поле рядом со школой. Детей доставили в районную больницу, двоих перевели в областную детскую больницу в Шымкенте. Прокуратура проверяет, почему обработку провели в учебное время. Родители детей из Шаяна требуют наказать фермера, а районный акимат до конца сезона запретил опрыскивание ближе двух километров от жилых домов.
В ночь на вторник в посёлке Турар Рыскулов, центре Тюлькубасского района, загорелся склад, где хранились 30 тонн пестицидов. Пожарные боролись с огнём пять часов; жителей двух соседних улиц на ночь вывезли в школу. Пострадавших нет, причину возгорания устанавливают.
«Саранча съела люцерну за три дня, мы остались без сена», — рассказал фермер из Шардары Бахыт Отырарбеков. В облакимате пообещали компенсировать потери из резервного фонда, а ветеринары из Туркестана проверят, не отравился ли скот на обработанных пастбищах.""",
     ann=[
        ('Южно-Казахстанской области', 0, 'region', SKR, SKR, {'note': 'headline; before the 2018 reform'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', SKR, {'note': 'dateline; South Kazakhstan Region before the 2018 reform'}),
        ('Шардаринском', 0, 'district', 'Shardara District', SKR, {'note': 'NI:list item sharing the head noun "районах"; locusts, not counted'}),
        ('Отырарском', 0, 'district', 'Otyrar District', SKR, {'note': 'NI:list item sharing the head noun "районах"; locusts, not counted'}),
        ('Созакском', 0, 'district', 'Suzak District', SKR, {'note': 'NI:list item sharing the head noun "районах"; locusts, not counted; Kazakh-based spelling of Сузакском'}),
        ('Ордабасинском', 0, 'district', 'Ordabasy District', SKR, {'note': 'NI:list item sharing the head noun "районах"; locusts, not counted'}),
        ('Южно-Казахстанской области', 1, 'region', SKR, SKR),
        ('Узбекистана', 0, 'foreign', 'Uzbekistan', N),
        ('Сырдарью', 0, 'facility', 'Syr Darya', N, {'subkind': 'river'}),
        ('Шымкента', 0, 'city', 'Shymkent', SKR, {'note': 'NI:base of aircraft'}),
        ('Кызылорды', 0, 'city', 'Kyzylorda', KYR, {'note': 'NI:base of aircraft'}),
        ('Отырарский район', 0, 'district', 'Otyrar District', SKR, {'note': 'NI:locust damage, not counted'}),
        ('Когам', 0, 'village', 'Kogam', SKR, {'note': 'NI:locust damage, not counted'}),
        ('Арысь', 0, 'facility', 'Arys River', N, {'subkind': 'river', 'note': 'the river, not the town of Arys'}),
        ('Жамбылской', 0, 'region', JR, JR, {'note': 'NI:list item sharing the head noun "областях"; locusts, not counted'}),
        ('Кызылординской', 0, 'region', KYR, KYR, {'note': 'NI:list item sharing the head noun "областях"; locusts, not counted'}),
        ('Шаян', 0, 'village', 'Shayan', SKR),
        ('Байдибекского района', 0, 'district', 'Baidibek District', SKR),
        ('Шымкенте', 0, 'city', 'Shymkent', SKR, {'note': 'NI:hospital town'}),
        ('Шаяна', 0, 'village', 'Shayan', SKR, {'note': 'NI:residence of parents'}),
        ('Турар Рыскулов', 0, 'village', 'Turar Ryskulov', SKR, {'note': 'a village named after a person'}),
        ('Тюлькубасского района', 0, 'district', 'Tulkubas District', SKR),
        ('Шардары', 0, 'city', 'Shardara', SKR, {'note': 'NI:residence of a farmer'}),
        ('Туркестана', 0, 'city', 'Turkistan', SKR, {'note': 'NI:origin of veterinarians'}),
     ],
     inc={SKR: (2, 'pesticide poisoning of five pupils in Shayan (counted as a mishap with victims); pesticide warehouse fire in Turar Ryskulov (the locust invasion is a pest outbreak, not counted)')}),

dict(id='p013', date='2023-07-18', lang='ru',
     event='2023 breach of the Astrakhan-Mangyshlak water pipeline near Beineu, water rationing in Zhanaozen and Karakiya district, and a road blockade by Kyzylsai residents (Mangystau Region)',
     text="""Вода по графику: в Жанаозене третьи сутки ждут ремонта водовода
АКТАУ, 18 июля — КазТАГ. Жители Жанаозена и четырёх сёл Каракиянского района третьи сутки получают воду по графику после аварии на водоводе «Астрахань – Мангышлак», сообщил акимат Мангистауской области.
Трубу прорвало в воскресенье в 30 километрах от посёлка Бейнеу; вода размыла участок степи площадью около гектара. Ремонтные бригады из Бейнеу и Актау обещают закончить работы к четвергу.
В понедельник вечером около 200 жителей села Кызылсай вышли на трассу Жанаозен – Актау и на час перекрыли движение, требуя подвезти питьевую воду. Полиция уговорила их разойтись, задержанных нет.
Опреснительный завод в Актау работает на пределе мощности: при жаре 45 градусов город потребляет на треть больше воды, чем летом прошлого года.
Прибывший из Астаны министр водных ресурсов заявил, что водовод, построенный в 1980-х годах и берущий воду из Волги на территории России, изношен на 70 процентов. По его словам, за последнюю неделю похожие аварии на водоводах случились ещё в двух областях страны.""",
     ann=[
        ('Жанаозене', 0, 'city', 'Zhanaozen', MR, {'note': 'NI:headline; water rationing, not an incident'}),
        ('АКТАУ', 0, 'city', 'Aktau', MR, {'note': 'dateline'}),
        ('Жанаозена', 0, 'city', 'Zhanaozen', MR, {'note': 'NI:water rationing'}),
        ('четырёх сёл', 0, 'quantified', '4 villages', N, {'count': 4, 'unit': 'village', 'note': 'villages on water rationing; not an incident'}),
        ('Каракиянского района', 0, 'district', 'Karakiya District', MR, {'note': 'NI:water rationing'}),
        ('Астрахань', 0, 'foreign', 'Astrakhan', N, {'note': 'NI:pipeline endpoint'}),
        ('Мангышлак', 0, 'region', MR, MR, {'uncertain': True, 'note': 'NI:pipeline endpoint; Mangyshlak, the Soviet name of the peninsula and region'}),
        ('Мангистауской области', 0, 'region', MR, MR),
        ('Бейнеу', 0, 'village', 'Beineu', MR, {'note': 'NI:reference point'}),
        ('Бейнеу', 1, 'village', 'Beineu', MR, {'note': 'NI:origin of repair crews'}),
        ('Актау', 0, 'city', 'Aktau', MR, {'note': 'NI:origin of repair crews'}),
        ('Кызылсай', 0, 'village', 'Kyzylsai', MR),
        ('Жанаозен', 0, 'city', 'Zhanaozen', MR, {'note': 'NI:road endpoint'}),
        ('Актау', 1, 'city', 'Aktau', MR, {'note': 'NI:road endpoint'}),
        ('Актау', 2, 'city', 'Aktau', MR, {'note': 'NI:desalination plant works at its limit'}),
        ('Астаны', 0, 'city', 'Astana', AST, {'note': 'NI:origin of a minister'}),
        ('Волги', 0, 'foreign', 'Volga', N, {'subkind': 'river'}),
        ('России', 0, 'foreign', 'Russia', N),
        ('двух областях', 0, 'quantified', '2 regions', N, {'count': 2, 'unit': 'region', 'note': 'pipe breaks in regions that are not named'}),
     ],
     inc={MR: (2, 'breach of the water pipeline near Beineu; road blockade by Kyzylsai residents on the Zhanaozen-Aktau road (water rationing is not counted)')},
     unatt=[{'label': 'двух областях', 'count': 2, 'note': 'water pipe breaks in two regions that are not named'}]),

dict(id='p014', date='2019-09-10', lang='ru',
     event='2019 resettlement of qandas and southern families to the northern regions (no incident)',
     text="""НУР-СУЛТАН, 10 сентября — Kazinform. С начала года в северные регионы по государственной программе переселились 1 240 семей кандасов и жителей южных областей, сообщило министерство труда и социальной защиты населения.
Больше всего переселенцев приняла Северо-Казахстанская область — 460 семей. Ещё 310 семей поселились в Павлодарской, 280 — в Костанайской и 190 — в Восточно-Казахстанской области.
Большинство приехали из Туркестанской, Мангистауской и Жамбылской областей и из Шымкента, а кандасы — из Узбекистана, Монголии, Китая и Туркменистана.
В районном центре Бишкуль Кызылжарского района для новоселов построили 40 домов. «Мы переехали из Жетысайского района: здесь есть работа и земля, а зимы не так страшны, как нас пугали», — рассказал механизатор Марат Актобеев.
Программу запустили ещё при первом президенте Нурсултане Назарбаеве. На 2020 год квоты получат семь регионов, а центр адаптации переселенцев откроется в Есильском районе Нур-Султана.""",
     ann=[
        ('НУР-СУЛТАН', 0, 'city', 'Astana', AST, {'note': 'dateline'}),
        ('Северо-Казахстанская область', 0, 'region', NKR, NKR),
        ('Павлодарской', 0, 'region', PR, PR, {'note': 'list item sharing the head noun "области"'}),
        ('Костанайской', 0, 'region', KOR, KOR, {'note': 'list item sharing the head noun "области"'}),
        ('Восточно-Казахстанской', 0, 'region', EKR, EKR, {'note': 'list item sharing the head noun "области"'}),
        ('Туркестанской', 0, 'region', TR, TR, {'note': 'NI:list item sharing the head noun "областей"; origin of settlers'}),
        ('Мангистауской', 0, 'region', MR, MR, {'note': 'NI:list item sharing the head noun "областей"; origin of settlers'}),
        ('Жамбылской', 0, 'region', JR, JR, {'note': 'NI:list item sharing the head noun "областей"; origin of settlers'}),
        ('Шымкента', 0, 'city', 'Shymkent', SH, {'note': 'NI:origin of settlers'}),
        ('Узбекистана', 0, 'foreign', 'Uzbekistan', N),
        ('Монголии', 0, 'foreign', 'Mongolia', N),
        ('Китая', 0, 'foreign', 'China', N),
        ('Туркменистана', 0, 'foreign', 'Turkmenistan', N),
        ('Бишкуль', 0, 'village', 'Bishkul', NKR),
        ('Кызылжарского района', 0, 'district', 'Kyzylzhar District', NKR),
        ('Жетысайского района', 0, 'district', 'Zhetysai District', TR, {'note': 'NI:origin of a settler'}),
        ('семь регионов', 0, 'quantified', '7 regions', N, {'count': 7, 'unit': 'region', 'note': 'quotas, not incidents'}),
        ('Есильском районе', 0, 'district', 'Yesil District (Astana)', AST, {'subkind': 'city district'}),
        ('Нур-Султана', 0, 'city', 'Astana', AST),
     ],
     inc={}),

dict(id='p015', date='2022-10-04', lang='ru',
     event='2022 census results recounted for the three new regions (Abai, Jetisu, Ulytau), Konaev (the former Kapchagay) as the new centre of Almaty Region, Arys and Kentau (no incident)',
     text="""Перепись: в трёх новых областях живут полтора миллиона человек
АСТАНА, 4 октября — Интерфакс-Казахстан. Бюро национальной статистики опубликовало итоги переписи населения 2021 года, пересчитанные в границах трёх областей, созданных 8 июня.
В Абайской области живут 607 тысяч человек, из них 351 тысяча — в Семее, до 2007 года называвшемся Семипалатинском, и 19 тысяч — в Курчатове. В Жетысуской области — 683 тысячи; её центр Талдыкорган за десять лет вырос на 14 процентов, до 172 тысяч, а население Текели сократилось. Меньше всех людей в Улытауской области: 221 тысяча, из них 90 тысяч в Жезказгане и 69 тысяч в Сатпаеве.
До июня Жезказган и Сатпаев входили в Карагандинскую, Семей и Курчатов — в Восточно-Казахстанскую, а Талдыкорган и Текели — в Алматинскую области. Центром Алматинской области стал Конаев, бывший Капчагай, где живут 58 тысяч человек.
Быстрее всех растут пригороды: Косшы под столицей и Илийский район рядом с Алматы. Шымкент перешагнул миллион жителей. Доля сельских жителей выше всего в Жетысуской области — 62 процента; большинство из них живёт в Алакольском, Саркандском и Панфиловском районах. Напротив, в Улытауской области в городах живут 77 процентов населения, больше, чем в Карагандинской области.
В Туркестанской области больше всего выросли Арыс и Кентау, до 2018 года входившие в Южно-Казахстанскую область.
Население сократилось в Северо-Казахстанской и Костанайской областях, а Аркалык за десять лет потерял пятую часть жителей. Перепись прошла во всех 17 областях и трёх городах республиканского значения; всего в Казахстане живут 19,2 миллиона человек. Данные о национальном и языковом составе населения бюро обещает опубликовать в декабре.""",
     ann=[
        ('АСТАНА', 0, 'city', 'Astana', AST, {'note': 'dateline'}),
        ('Абайской области', 0, 'region', ABR, ABR),
        ('Семее', 0, 'city', 'Semey', ABR),
        ('Семипалатинском', 0, 'city', 'Semey', ABR, {'note': 'former name of Semey'}),
        ('Курчатове', 0, 'city', 'Kurchatov', ABR),
        ('Жетысуской области', 0, 'region', JTR, JTR),
        ('Талдыкорган', 0, 'city', 'Taldykorgan', JTR),
        ('Текели', 0, 'city', 'Tekeli', JTR),
        ('Улытауской области', 0, 'region', UR, UR),
        ('Жезказгане', 0, 'city', 'Zhezkazgan', UR),
        ('Сатпаеве', 0, 'city', 'Satpayev', UR),
        ('Жезказган', 0, 'city', 'Zhezkazgan', UR, {'note': 'background on the split'}),
        ('Сатпаев', 0, 'city', 'Satpayev', UR, {'note': 'background on the split'}),
        ('Карагандинскую', 0, 'region', KR, KR, {'note': 'list item sharing the head noun "области"; the region they were split from'}),
        ('Семей', 0, 'city', 'Semey', ABR, {'note': 'background on the split'}),
        ('Курчатов', 0, 'city', 'Kurchatov', ABR, {'note': 'background on the split'}),
        ('Восточно-Казахстанскую', 0, 'region', EKR, EKR, {'note': 'list item sharing the head noun "области"; the region they were split from'}),
        ('Талдыкорган', 1, 'city', 'Taldykorgan', JTR, {'note': 'background on the split'}),
        ('Текели', 1, 'city', 'Tekeli', JTR, {'note': 'background on the split'}),
        ('Алматинскую', 0, 'region', ALR, ALR, {'note': 'list item sharing the head noun "области"; the region they were split from'}),
        ('Алматинской области', 0, 'region', ALR, ALR),
        ('Конаев', 0, 'city', 'Konaev', ALR),
        ('Капчагай', 0, 'city', 'Konaev', ALR, {'note': 'former name of Konaev'}),
        ('Косшы', 0, 'city', 'Kosshy', AKR),
        ('Илийский район', 0, 'district', 'Ili District', ALR),
        ('Алматы', 0, 'city', 'Almaty', ALA, {'note': 'NI:reference point'}),
        ('Шымкент', 0, 'city', 'Shymkent', SH),
        ('Жетысуской области', 1, 'region', JTR, JTR),
        ('Алакольском', 0, 'district', 'Alakol District', JTR, {'note': 'list item sharing the head noun "районах"'}),
        ('Саркандском', 0, 'district', 'Sarkand District', JTR, {'note': 'list item sharing the head noun "районах"'}),
        ('Панфиловском', 0, 'district', 'Panfilov District', JTR, {'note': 'list item sharing the head noun "районах"'}),
        ('Улытауской области', 1, 'region', UR, UR),
        ('Карагандинской области', 0, 'region', KR, KR, {'note': 'the region Ulytau was split from'}),
        ('Туркестанской области', 0, 'region', TR, TR),
        ('Арыс', 0, 'city', 'Arys', TR),
        ('Кентау', 0, 'city', 'Kentau', TR),
        ('Южно-Казахстанскую область', 0, 'region', TR, TR, {'uncertain': True, 'note': 'the former name of the region, named after the 2018 reform; its land is Turkistan Region on the article date'}),
        ('Северо-Казахстанской', 0, 'region', NKR, NKR, {'note': 'list item sharing the head noun "областях"'}),
        ('Костанайской', 0, 'region', KOR, KOR, {'note': 'list item sharing the head noun "областях"'}),
        ('Аркалык', 0, 'city', 'Arkalyk', KOR),
        ('всех 17 областях', 0, 'quantified', 'all 17 regions', N, {'count': 17, 'unit': 'region', 'quantifier': 'all', 'note': 'the census, not an incident'}),
        ('трёх городах', 0, 'quantified', '3 cities', N, {'count': 3, 'unit': 'city', 'note': 'the three cities of republican significance; the census, not an incident'}),
        ('Казахстане', 0, 'country', 'Kazakhstan', N),
     ],
     inc={}),

dict(id='p016', date='2004-03-23', lang='ru',
     event='2004 avalanche at the Kokpek pass buries a car on the Almaty-Kegen road and a flood washes away a bridge at Saryzhaz, Raiymbek district (Almaty Region)',
     text="""Лавина на перевале Кокпек: погиб водитель
АЛМАТЫ, 23 марта — Интерфакс-Казахстан. Лавина, сошедшая в понедельник утром на перевале Кокпек, перекрыла трассу Алматы – Кеген и засыпала легковой автомобиль. Водитель погиб, двух пассажиров спасатели откопали живыми, сообщило областное управление по чрезвычайным ситуациям в Талдыкоргане.
Движение через перевал закрыто до конца недели; машины идут в объезд через Чунджу.
В ночь на вторник талые воды снесли мост через горную речку у села Сарыжаз Райымбекского района. Без сообщения с районным центром Кегеном остались 11 сёл; продукты туда доставляют вертолётом из Алматы.
По данным синоптиков, за выходные в горах выпало до 60 сантиметров снега. Спасатели предупреждают, что лавинная опасность в горах Заилийского Алатау и на дороге к границе с Китаем сохранится до середины апреля.""",
     ann=[
        ('Кокпек', 0, 'facility', 'Kokpek Pass', N, {'subkind': 'pass', 'note': 'headline'}),
        ('АЛМАТЫ', 0, 'city', 'Almaty', ALA, {'note': 'dateline'}),
        ('Кокпек', 1, 'facility', 'Kokpek Pass', N, {'subkind': 'pass', 'note': 'a mountain pass; the avalanche site, in Almaty Region'}),
        ('Алматы', 0, 'city', 'Almaty', ALA, {'note': 'NI:road endpoint'}),
        ('Кеген', 0, 'village', 'Kegen', ALR, {'note': 'NI:road endpoint'}),
        ('Талдыкоргане', 0, 'city', 'Taldykorgan', ALR, {'note': 'NI:seat of the authority; Almaty Region before 2022'}),
        ('Чунджу', 0, 'village', 'Shonzhy', ALR, {'note': 'NI:detour; Russian name of Shonzhy'}),
        ('Сарыжаз', 0, 'village', 'Saryzhaz', ALR),
        ('Райымбекского района', 0, 'district', 'Raiymbek District', ALR),
        ('Кегеном', 0, 'village', 'Kegen', ALR, {'note': 'NI:the district centre'}),
        ('11 сёл', 0, 'quantified', '11 villages', N, {'count': 11, 'unit': 'village', 'note': 'villages cut off, not incident sites'}),
        ('Алматы', 1, 'city', 'Almaty', ALA, {'note': 'NI:origin of a helicopter'}),
        ('Заилийского Алатау', 0, 'facility', 'Trans-Ili Alatau', N, {'subkind': 'mountains'}),
        ('Китаем', 0, 'foreign', 'China', N),
     ],
     inc={ALR: (2, 'avalanche burying a car at the Kokpek pass with the driver killed; meltwater flood washing away the bridge at Saryzhaz (two natural events)')}),

]
