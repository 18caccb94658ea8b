"""Russian texts of the eleventh unseen check corpus (annotation tuples described in
tests/build_check_corpus.py)."""
N = None
JR, ALR, KYR, TR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'Turkistan Region', 'South Kazakhstan Region'
ABR, JTR, EKR, MR, KOR = 'Abai Region', 'Jetisu Region', 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR, UR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region', 'Ulytau Region'
ATR, AR, WKR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region'

DOCS = [
dict(id='p009', date='1994-07-05', lang='ru',
     event='1994 locusts in Turgay Region (not counted), hail in Astrakhan district (Akmola Region), steppe fires "в ряде районов" (unattributed)',
     text="""Саранча наступает на поля Тургайской области
АКМОЛА, 5 июля – КазТАГ – Нашествие саранчи угрожает посевам в Тургайской области, сообщили в областном управлении сельского хозяйства. По данным специалистов, вредитель уже повредил пшеницу и ячмень на 40 тысячах гектаров в Жангельдинском и Амангельдинском районах.
«Личинки вышли массово в конце июня, а химикатов у нас хватит только на треть площади», – сказал начальник станции защиты растений Серик Торгаев. По его словам, с аэродрома Аркалыка ежедневно вылетают четыре самолёта Ан-2 для обработки полей. Стаи, как считают специалисты, пришли с низовьев реки Тургай.
В соседней Кустанайской области очаги саранчи обнаружены пока только у границы с Тургайской областью. Министерство сельского хозяйства в Алма-Ате обещало выделить обеим областям 300 тонн ядохимикатов до конца недели.
Тем временем в Акмолинской области в воскресенье прошёл сильный град. В Астраханском районе побиты посевы на 3 тысячах гектаров, в селе Новочеркасское град повредил крыши 50 домов и выбил окна в школе. Пострадавших нет.
По данным областного штаба гражданской обороны, за последнюю неделю в ряде районов Северного Казахстана степные пожары уничтожили более 10 тысяч гектаров пастбищ. Причиной большинства возгораний стали брошенные окурки и выжигание стерни.
Город Акмола, бывший Целиноград, – центр одноимённой области. Урожай зерна в ней в прошлом году составил 2,8 млн тонн, и хлеборобы рассчитывали в этом году на большее.
Специалисты напоминают, что в 1988 году саранча повредила посевы более чем на 100 тысячах гектаров в нескольких областях Казахстана, в том числе в Кокчетавской и Целиноградской областях. Для борьбы с ней тогда привлекали самолёты из России и Узбекистана. Нынешний очаг, по оценке учёных, пока меньше.""",
     ann=[
        ('Тургайской области', 0, 'region', KOR, KOR, {'uncertain': True, 'note': 'headline; Turgay Region existed until 1997 and is not a canonical unit; most of its land, with the districts named here, lies in Kostanay Region on the article date'}),
        ('АКМОЛА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Тургайской области', 1, 'region', KOR, KOR, {'uncertain': True, 'note': 'Turgay Region (until 1997), its land here in Kostanay Region'}),
        ('Жангельдинском', 0, 'district', 'Zhangeldy District', KOR, {'note': 'list item sharing the head noun "районах"'}),
        ('Амангельдинском районах', 0, 'district', 'Amangeldy District', KOR),
        ('Аркалыка', 0, 'city', 'Arkalyk', KOR, {'note': 'NI:airfield of the spraying planes'}),
        ('Тургай', 0, 'facility', 'Torgay River', N, {'subkind': 'river', 'note': 'NI:origin of the swarms'}),
        ('Кустанайской области', 0, 'region', KOR, KOR, {'note': 'old Russian spelling of Kostanay'}),
        ('Тургайской областью', 0, 'region', KOR, KOR, {'uncertain': True, 'note': 'NI:border of the neighbouring region; Turgay Region (until 1997)'}),
        ('Алма-Ате', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:seat of the ministry'}),
        ('Акмолинской области', 0, 'region', AKR, AKR),
        ('Астраханском районе', 0, 'district', 'Astrakhan District', AKR),
        ('Новочеркасское', 0, 'village', 'Novocherkasskoye', AKR),
        ('ряде районов', 0, 'quantified', 'several districts', N, {'count': None, 'unit': 'district', 'note': 'steppe fires in unnamed districts of northern Kazakhstan (unattributed)'}),
        ('Казахстана', 0, 'country', 'Kazakhstan', N, {'note': 'directional phrase "Северного Казахстана": only the country is annotated'}),
        ('Акмола', 0, 'city', 'Astana', 'Astana', {'note': 'NI:background'}),
        ('Целиноград', 0, 'city', 'Astana', 'Astana', {'note': 'NI:former name'}),
        ('нескольких областях', 0, 'quantified', 'several regions', N, {'count': None, 'unit': 'region', 'note': 'a 1988 locust invasion, a pest outbreak, not an incident'}),
        ('Казахстана', 1, 'country', 'Kazakhstan', N),
        ('Кокчетавской', 0, 'region', AKR, AKR, {'uncertain': True, 'note': 'NI:list item sharing the head noun "областях"; Kokchetav Region existed until 1997 and is not a canonical unit; its centre Kokshetau lies in Akmola Region (part of its land is in North Kazakhstan Region)'}),
        ('Целиноградской областях', 0, 'region', AKR, AKR, {'note': 'NI:the Soviet name of Akmola Region'}),
        ('России', 0, 'foreign', 'Russia', N),
        ('Узбекистана', 0, 'foreign', 'Uzbekistan', N),
     ],
     inc={AKR: (1, 'hail in Astrakhan district and Novocherkasskoye (natural disaster, once per unit); the locust invasion in Turgay Region is a pest outbreak, not counted')},
     unatt=[{'label': 'ряде районов', 'count': None, 'note': 'steppe fires in several districts of northern Kazakhstan, none named'}]),

dict(id='p010', date='2001-09-04', lang='ru',
     event='2001 school canteen poisoning in Aksukent and a lorry-bus collision near Karabulak, Sairam district (South Kazakhstan Region)',
     text="""ШЫМКЕНТ, 4 сентября – Интерфакс-Казахстан – 27 школьников отравились в столовой средней школы в селе Аксукент Сайрамского района Южно-Казахстанской области, сообщили в областном департаменте здравоохранения.
Дети почувствовали недомогание после обеда в первый учебный день, 3 сентября. Их доставили в центральную районную больницу в Аксукенте, пятерых – в областную детскую больницу в Шымкенте. Жизни детей ничего не угрожает.
По предварительным данным, причиной стал некачественный творог, поставленный частным предприятием из Сарыагаша. Санитарная служба взяла пробы и направила их в лабораторию в Алматы. Столовая закрыта, возбуждено уголовное дело.
В тот же день на трассе Ташкент – Шымкент у села Карабулак того же района грузовик выехал на встречную полосу и столкнулся с рейсовым автобусом. Погибли два человека, ещё восемь получили травмы. Сайрамский район – один из самых густонаселённых в области.""",
     ann=[
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', SKR, {'note': 'dateline'}),
        ('Аксукент', 0, 'village', 'Aksukent', SKR),
        ('Сайрамского района', 0, 'district', 'Sairam District', SKR),
        ('Южно-Казахстанской области', 0, 'region', SKR, SKR),
        ('Аксукенте', 0, 'village', 'Aksukent', SKR, {'note': 'NI:hospital (the incident village)'}),
        ('Шымкенте', 0, 'city', 'Shymkent', SKR, {'note': 'NI:hospital town'}),
        ('Сарыагаша', 0, 'city', 'Saryagash', SKR, {'note': 'NI:origin of the food supplier'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:where samples are sent'}),
        ('Ташкент', 0, 'foreign', 'Tashkent', N, {'note': 'NI:road endpoint'}),
        ('Шымкент', 0, 'city', 'Shymkent', SKR, {'note': 'NI:road endpoint'}),
        ('Карабулак', 0, 'village', 'Karabulak (Sairam District)', SKR),
        ('Сайрамский район', 0, 'district', 'Sairam District', SKR, {'note': 'NI:background'}),
     ],
     inc={SKR: (2, 'canteen poisoning of 27 pupils in Aksukent (non-fatal, counted as a mishap; doubtful); lorry-bus collision near Karabulak')}),

dict(id='p011', date='2008-12-03', lang='ru',
     event='2008 tram derailment on Toraigyrov Street in Pavlodar and a boiler explosion in Sharbakty (Pavlodar Region)',
     text="""ПАВЛОДАР, 3 декабря – Kazinform – Трамвай сошёл с рельсов и врезался в остановку на улице Торайгырова в Павлодаре во вторник утром, пострадали шесть человек, сообщили в департаменте по ЧС Павлодарской обл.
По словам очевидцев, вагон не смог затормозить на обледеневшем спуске. Двое пострадавших госпитализированы в городскую больницу, остальным помощь оказали на месте. Движение трамваев по маршруту № 4 было прекращено на пять часов. Вагон, выпущенный в Усть-Катаве (Россия) в 1987 году, проходил техосмотр в октябре.
Вечером того же дня в селе Шарбакты, центре Щербактинского района, взорвался котёл в школьной котельной. Кочегар получил ожоги и доставлен в Павлодар. Без тепла остались школа и детский сад; аварийная бригада прибыла из г. Экибастуза и к утру установила временный котёл.
В области с начала отопительного сезона зарегистрировано 14 аварий на котельных, сообщил заместитель акима Павлодарской области Нурлан Ертисов.""",
     ann=[
        ('ПАВЛОДАР', 0, 'city', 'Pavlodar', PR, {'note': 'dateline'}),
        ('Торайгырова', 0, 'facility', 'Toraigyrov Street (Pavlodar)', PR, {'subkind': 'street'}),
        ('Павлодаре', 0, 'city', 'Pavlodar', PR),
        ('Павлодарской обл.', 0, 'region', PR, PR, {'note': 'inside the name of an authority; abbreviated head noun'}),
        ('Усть-Катаве', 0, 'foreign', 'Ust-Katav', N, {'note': 'NI:where the tram was built'}),
        ('Россия', 0, 'foreign', 'Russia', N),
        ('Шарбакты', 0, 'village', 'Sharbakty', PR),
        ('Щербактинского района', 0, 'district', 'Sharbakty District', PR),
        ('Павлодар', 0, 'city', 'Pavlodar', PR, {'note': 'NI:hospital town'}),
        ('Экибастуза', 0, 'city', 'Ekibastuz', PR, {'note': 'NI:origin of a repair crew ("г. Экибастуза")'}),
        ('Павлодарской области', 0, 'region', PR, PR, {'note': 'inside the title of an official'}),
     ],
     inc={PR: (2, 'tram derailment on Toraigyrov Street; boiler explosion in Sharbakty (14 boiler-house accidents of the season are a statistic, not narrated)')}),

dict(id='p012', date='2012-10-16', lang='ru',
     event='2012 riot and arson in the prison colony in Dolinka, background hunger strike in Aktas and a 2011 methane blast in Abai town (Karaganda Region); sentence of the Karaganda regional court',
     text="""Бунт в колонии под Карагандой
КАРАГАНДА, 16 октября – Vlast.kz – Заключённые исправительной колонии в посёлке Долинка Карагандинской области в ночь на понедельник устроили беспорядки и подожгли здание столовой, сообщили в департаменте уголовно-исполнительной системы по области.
По данным ведомства, около 200 осуждённых отказались возвращаться в бараки после вечерней проверки. Для наведения порядка в колонию перебросили спецназ из Караганды и Темиртау. Пострадали четверо сотрудников и семеро заключённых, их доставили в больницу Шахтинска. Пожар потушили к утру.
«Зачинщики будут установлены, материалы переданы в прокуратуру», – заявил начальник департамента Нурлан Темиртауов.
Долинка, расположенная в 40 километрах от Караганды, в 1930–1950-х годах была центром Карлага, одного из крупнейших лагерей ГУЛАГа. Сегодня в бывшем здании управления лагеря работает музей памяти жертв политических репрессий, куда приезжают туристы из Германии, Польши и Японии.
Это уже второй случай протеста в учреждениях региона за год. В июле около 40 заключённых колонии в посёлке Актас под Сараном объявили голодовку, требуя пересмотреть режим содержания.
Во вторник Карагандинский областной суд приговорил бывшего главного инженера шахты «Шерубайнуринская» к пяти годам лишения свободы. В январе 2011 года взрыв метана на этой шахте в городе Абай унёс жизни трёх горняков. Защита намерена обжаловать приговор в Верховном суде в Астане.
Правозащитники из Алматы, которые следят за ситуацией в колониях, заявили, что направят своих наблюдателей в Долинку на этой неделе.
Карлаг, по данным историков, занимал территорию, сравнимую с Францией; через его лагпункты прошли более миллиона человек. Нынешняя колония в Долинке рассчитана на 1 200 мест. В прошлом году правозащитники получали жалобы на условия содержания также из колоний Павлодарской и Восточно-Казахстанской областей.""",
     ann=[
        ('Карагандой', 0, 'city', 'Karaganda', KR, {'note': 'NI:headline, reference point ("под Карагандой")'}),
        ('КАРАГАНДА', 0, 'city', 'Karaganda', KR, {'note': 'dateline'}),
        ('Долинка', 0, 'village', 'Dolinka', KR),
        ('Карагандинской области', 0, 'region', KR, KR),
        ('Караганды', 0, 'city', 'Karaganda', KR, {'note': 'NI:origin of special forces'}),
        ('Темиртау', 0, 'city', 'Temirtau', KR, {'note': 'NI:origin of special forces'}),
        ('Шахтинска', 0, 'city', 'Shakhtinsk', KR, {'note': 'NI:hospital town'}),
        ('Долинка', 1, 'village', 'Dolinka', KR, {'note': 'background on the village'}),
        ('Караганды', 1, 'city', 'Karaganda', KR, {'note': 'NI:reference point'}),
        ('Германии', 0, 'foreign', 'Germany', N),
        ('Польши', 0, 'foreign', 'Poland', N),
        ('Японии', 0, 'foreign', 'Japan', N),
        ('Актас', 0, 'village', 'Aktas (Saran)', KR),
        ('Сараном', 0, 'city', 'Saran', KR, {'note': 'NI:reference point ("под Сараном")'}),
        ('Карагандинский', 0, 'region', KR, KR, {'note': 'inside the name of a court ("Карагандинский областной суд")'}),
        ('Шерубайнуринская', 0, 'facility', 'Sherubainurinskaya mine', KR, {'subkind': 'mine'}),
        ('Абай', 0, 'city', 'Abai (Karaganda Region)', KR, {'note': 'the town of Abai in Karaganda Region, not Abai Region'}),
        ('Астане', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the Supreme Court'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:residence of rights activists'}),
        ('Долинку', 0, 'village', 'Dolinka', KR, {'note': 'NI:destination of observers'}),
        ('Францией', 0, 'foreign', 'France', N),
        ('Долинке', 0, 'village', 'Dolinka', KR, {'note': 'NI:background'}),
        ('Павлодарской', 0, 'region', PR, PR, {'note': 'NI:list item sharing the head noun "областей"; complaints, not incidents'}),
        ('Восточно-Казахстанской областей', 0, 'region', EKR, EKR, {'note': 'NI:complaints, not incidents'}),
     ],
     inc={KR: (3, 'riot and arson in the Dolinka colony; background hunger strike in the Aktas colony in July (a protest); background methane blast at the Sherubainurinskaya mine in January 2011 (the sentence is not counted)')}),

dict(id='p013', date='2019-05-20', lang='ru',
     event='2019 salt and dust storm in Aral and Kazaly districts and a fishing boat capsized near Tastubek on the Small Aral Sea (Kyzylorda Region)',
     text="""КЫЗЫЛОРДА, 20 мая – Tengrinews – Пыльная буря с солью со дна высохшего Аральского моря накрыла в воскресенье Аральский и Казалинский районы Кызылординской области. В городе Аральске ветер достигал 25 метров в секунду, сорвал кровлю с двух жилых домов и оборвал линии электропередачи. Без света на несколько часов остались посёлок Саксаульский и село Бекбаулы.
Днём позже в Малом Аральском море у села Тастубек перевернулась рыбацкая лодка. Один рыбак утонул, двоих спасли рыбаки с соседнего судна.
«Такие бури случаются каждую весну, но эта была самой сильной за десять лет», – сказал синоптик филиала РГП «Казгидромет» по Кызылординской области Ерлан Сырдарьин.
По данным учёных, соль и пыль с бывшего дна моря ветер переносит на сотни километров, вплоть до Узбекистана и Туркменистана. Малое Аральское море удалось частично сохранить после строительства Кокаральской плотины в 2005 году.""",
     ann=[
        ('КЫЗЫЛОРДА', 0, 'city', 'Kyzylorda', KYR, {'note': 'dateline'}),
        ('Аральского моря', 0, 'facility', 'Aral Sea', N, {'subkind': 'sea', 'note': 'NI:origin of the salt'}),
        ('Аральский', 0, 'district', 'Aral District', KYR, {'note': 'list item sharing the head noun "районы"'}),
        ('Казалинский районы', 0, 'district', 'Kazaly District', KYR),
        ('Кызылординской области', 0, 'region', KYR, KYR),
        ('Аральске', 0, 'city', 'Aral', KYR),
        ('Саксаульский', 0, 'village', 'Saksaulsky', KYR),
        ('Бекбаулы', 0, 'village', 'Bekbauly', KYR),
        ('Малом Аральском море', 0, 'facility', 'Small Aral Sea', N, {'subkind': 'sea'}),
        ('Тастубек', 0, 'village', 'Tastubek', KYR),
        ('Кызылординской области', 1, 'region', KYR, KYR, {'note': 'inside the name of a state service branch'}),
        ('Узбекистана', 0, 'foreign', 'Uzbekistan', N),
        ('Туркменистана', 0, 'foreign', 'Turkmenistan', N),
        ('Малое Аральское море', 0, 'facility', 'Small Aral Sea', N, {'subkind': 'sea', 'note': 'NI:background'}),
        ('Кокаральской плотины', 0, 'facility', 'Kokaral Dam', KYR, {'subkind': 'dam', 'note': 'NI:background'}),
     ],
     inc={KYR: (2, 'salt and dust storm over two districts (natural disaster, once per unit); fishing boat capsized near Tastubek')}),

dict(id='p014', date='2022-11-22', lang='ru',
     event='2022 gas explosion on Shevchenko Street, Zhetysu microdistrict, Taldykorgan, and a fuel tanker fire near Saryozek, Kerbulak district (Jetisu Region)',
     text="""Взрыв газа в Талдыкоргане: трое пострадавших
ТАЛДЫКОРГАН, 22 ноября – Orda.kz – Взрыв бытового газа произошёл в понедельник вечером в квартире на третьем этаже пятиэтажного дома по улице Шевченко в микрорайоне «Жетысу» Талдыкоргана. Пострадали трое жильцов, ещё около 40 человек эвакуированы, сообщили в департаменте по ЧС Жетысуской области.
Взрывом выбило окна в соседних подъездах, обрушилась часть перекрытия между третьим и четвёртым этажами. Пострадавшие доставлены в областную больницу, один из них в тяжёлом состоянии. По предварительным данным, причиной стала утечка газа из неисправной плиты.
«Семьи из разрушенного подъезда разместят во временном жилье, акимат Талдыкоргана выделит им материальную помощь», – сказал аким города.
Утром того же дня на трассе Алматы – Талдыкорган у с. Сарыозек Кербулакского района опрокинулся и загорелся бензовоз. Водитель погиб, движение было перекрыто на шесть часов. Бензовоз вёз топливо с нефтебазы в Конаеве в Ушарал.
Газовые службы до конца месяца проверят дома во всех районах области. В прошлом году в регионе, по данным газовиков, зафиксировано 17 утечек газа в жилых домах.
Жетысуская область образована 8 июня 2022 года из северо-восточной части Алматинской области. Центр Алматинской обл. перенесён в Конаев (бывший Капшагай), а Талдыкорган стал центром новой области. В её составе – три города и восемь районов, включая приграничные с Китаем Панфиловский и Алакольский районы.
Газификация региона началась в 2019 году, когда ветка от газопровода «Бейнеу – Бозой – Шымкент» дошла до Талдыкоргана. К концу года газ должны получить ещё 12 сёл Алакольского и Саркандского районов, а также часть домов в Ушарале и Сарканде. Работы ведёт подрядчик из Алматы, стоимость проекта не раскрывается.""",
     ann=[
        ('Талдыкоргане', 0, 'city', 'Taldykorgan', JTR, {'note': 'headline'}),
        ('ТАЛДЫКОРГАН', 0, 'city', 'Taldykorgan', JTR, {'note': 'dateline'}),
        ('Шевченко', 0, 'facility', 'Shevchenko Street (Taldykorgan)', JTR, {'subkind': 'street'}),
        ('Жетысу', 0, 'district', 'Zhetysu (Taldykorgan)', JTR, {'subkind': 'microdistrict', 'note': 'a microdistrict, not Jetisu Region'}),
        ('Талдыкоргана', 0, 'city', 'Taldykorgan', JTR),
        ('Жетысуской области', 0, 'region', JTR, JTR, {'note': 'inside the name of an authority'}),
        ('Талдыкоргана', 1, 'city', 'Taldykorgan', JTR, {'note': 'inside the name of an authority (akimat)'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:road endpoint'}),
        ('Талдыкорган', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:road endpoint'}),
        ('Сарыозек', 0, 'village', 'Saryozek', JTR),
        ('Кербулакского района', 0, 'district', 'Kerbulak District', JTR),
        ('Конаеве', 0, 'city', 'Konaev', ALR, {'note': 'NI:origin of the fuel'}),
        ('Ушарал', 0, 'city', 'Usharal', JTR, {'note': 'NI:destination of the fuel'}),
        ('всех районах', 0, 'quantified', 'all districts', N, {'count': None, 'unit': 'district', 'quantifier': 'all', 'note': 'inspections, not incidents'}),
        ('Жетысуская область', 0, 'region', JTR, JTR, {'note': 'NI:background'}),
        ('Алматинской области', 0, 'region', ALR, ALR, {'note': 'NI:background'}),
        ('Алматинской обл.', 0, 'region', ALR, ALR, {'note': 'NI:background; abbreviated head noun'}),
        ('Конаев', 0, 'city', 'Konaev', ALR, {'note': 'NI:background'}),
        ('Капшагай', 0, 'city', 'Konaev', ALR, {'note': 'NI:former name'}),
        ('Талдыкорган', 1, 'city', 'Taldykorgan', JTR, {'note': 'NI:background'}),
        ('три города', 0, 'quantified', '3 cities', N, {'count': 3, 'unit': 'city', 'note': 'composition of the region, not incidents'}),
        ('восемь районов', 0, 'quantified', '8 districts', N, {'count': 8, 'unit': 'district', 'note': 'composition of the region, not incidents'}),
        ('Китаем', 0, 'foreign', 'China', N),
        ('Панфиловский', 0, 'district', 'Panfilov District', JTR, {'note': 'NI:list item sharing the head noun "районы"'}),
        ('Алакольский районы', 0, 'district', 'Alakol District', JTR, {'note': 'NI:background'}),
        ('Бейнеу', 0, 'village', 'Beineu', MR, {'note': 'NI:pipeline endpoint (inside the quoted pipeline name)'}),
        ('Бозой', 0, 'village', 'Bozoi', AR, {'note': 'NI:pipeline point (inside the quoted pipeline name)'}),
        ('Шымкент', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:pipeline endpoint (inside the quoted pipeline name)'}),
        ('Талдыкоргана', 2, 'city', 'Taldykorgan', JTR, {'note': 'NI:background'}),
        ('12 сёл', 0, 'quantified', '12 villages', N, {'count': 12, 'unit': 'village', 'note': 'villages to be connected to gas, not incidents'}),
        ('Алакольского', 0, 'district', 'Alakol District', JTR, {'note': 'NI:list item sharing the head noun "районов"'}),
        ('Саркандского районов', 0, 'district', 'Sarkand District', JTR, {'note': 'NI:gasification'}),
        ('Ушарале', 0, 'city', 'Usharal', JTR, {'note': 'NI:gasification'}),
        ('Сарканде', 0, 'city', 'Sarkand', JTR, {'note': 'NI:gasification'}),
        ('Алматы', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of a contractor'}),
     ],
     inc={JTR: (2, 'gas explosion in a flat (street, microdistrict, city: one event); fuel tanker overturned and burnt near Saryozek (17 leaks of last year are a statistic, not narrated)')}),

dict(id='p015', date='2024-07-09', lang='ru',
     event='2024 oil and gas blowout with fire at a well of the Karaton field (Zhylyoi district), a balcony collapse on Satpayev Street in Atyrau, background 1985 Tengiz blowout (Atyrau Region)',
     text="""АТЫРАУ, 9 июля – Интерфакс-Казахстан – На скважине месторождения Каратон в Жылыойском районе Атырауской области в понедельник произошёл выброс нефти и газа с последующим возгоранием, сообщили в ДЧС региона. Пострадавших нет, 35 работников буровой эвакуированы.
Пожар тушат расчёты из Кульсары и Атырау. На место вылетели специалисты по ликвидации фонтанов из Хьюстона и Абу-Даби. Ближайший населённый пункт – посёлок Косчагыл – находится в 25 км от скважины, угрозы для жителей нет, заверили в акимате района.
«Фонтан удалось частично перекрыть, но газ продолжает гореть», – сказал представитель оператора месторождения.
Крупнейший выброс в регионе произошёл в 1985 году на месторождении Тенгиз: горящий фонтан тушили больше года, в работах участвовали специалисты из США и Канады.
Во вторник в самом Атырау на улице Сатпаева обрушился балкон пятого этажа жилого дома. Погибла 62-летняя женщина, находившаяся на балконе. Прокуратура начала проверку управляющей компании.""",
     ann=[
        ('АТЫРАУ', 0, 'city', 'Atyrau', ATR, {'note': 'dateline'}),
        ('Каратон', 0, 'facility', 'Karaton field', ATR, {'subkind': 'oil field'}),
        ('Жылыойском районе', 0, 'district', 'Zhylyoi District', ATR),
        ('Атырауской области', 0, 'region', ATR, ATR),
        ('Кульсары', 0, 'city', 'Kulsary', ATR, {'note': 'NI:origin of fire crews'}),
        ('Атырау', 0, 'city', 'Atyrau', ATR, {'note': 'NI:origin of fire crews'}),
        ('Хьюстона', 0, 'foreign', 'Houston', N, {'note': 'NI:origin of specialists'}),
        ('Абу-Даби', 0, 'foreign', 'Abu Dhabi', N, {'note': 'NI:origin of specialists'}),
        ('Косчагыл', 0, 'village', 'Koschagyl', ATR, {'note': 'NI:reference point'}),
        ('Тенгиз', 0, 'facility', 'Tengiz field', ATR, {'subkind': 'oil field', 'note': 'background 1985 blowout'}),
        ('США', 0, 'foreign', 'United States', N),
        ('Канады', 0, 'foreign', 'Canada', N),
        ('Атырау', 1, 'city', 'Atyrau', ATR),
        ('Сатпаева', 0, 'facility', 'Satpayev Street (Atyrau)', ATR, {'subkind': 'street', 'note': 'a street named after a person'}),
     ],
     inc={ATR: (3, 'blowout and fire at the Karaton well; background 1985 Tengiz blowout; balcony collapse on Satpayev Street in Atyrau')}),

dict(id='p016', date='2025-11-10', lang='ru',
     event='2025 elections of rural akims in five districts of North Kazakhstan Region (no incident)',
     text="""АСТАНА, 10 ноября – Kazinform – В Северо-Казахстанской области в воскресенье избрали 31 сельского акима в пяти районах. Явка составила 61%, сообщили в областной избирательной комиссии.
Самая высокая явка – 78% – зафиксирована в Айыртауском районе, где в селе Саумалколь за пост акима боролись четыре кандидата. Самая низкая – 44% – в пригородном Кызылжарском районе, жители которого в большинстве работают в Петропавловске.
«Сельчане всё активнее участвуют в выборах, особенно там, где решаются вопросы дорог и водопровода», – сказал председатель облизбиркома Айдар Есилов.
Среди избранных – бывший фермер из села Бишкуль и учитель, который ранее десять лет работал в Омске. Прямые выборы сельских акимов проводятся в Казахстане с 2021 года. В декабре аналогичные выборы пройдут в ЗКО и ВКО, а также в трёх городах районного значения Акмолинской области.""",
     ann=[
        ('АСТАНА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Северо-Казахстанской области', 0, 'region', NKR, NKR),
        ('пяти районах', 0, 'quantified', '5 districts', N, {'count': 5, 'unit': 'district', 'note': 'elections, not incidents'}),
        ('Айыртауском районе', 0, 'district', 'Aiyrtau District', NKR),
        ('Саумалколь', 0, 'village', 'Saumalkol', NKR),
        ('Кызылжарском районе', 0, 'district', 'Kyzylzhar District', NKR),
        ('Петропавловске', 0, 'city', 'Petropavl', NKR, {'note': 'workplace'}),
        ('Бишкуль', 0, 'village', 'Bishkul', NKR, {'note': 'origin of an elected akim'}),
        ('Омске', 0, 'foreign', 'Omsk', N),
        ('Казахстане', 0, 'country', 'Kazakhstan', N),
        ('ЗКО', 0, 'region', WKR, WKR, {'note': 'abbreviation'}),
        ('ВКО', 0, 'region', EKR, EKR, {'note': 'abbreviation'}),
        ('трёх городах', 0, 'quantified', '3 cities', N, {'count': 3, 'unit': 'city', 'note': 'elections, not incidents'}),
        ('Акмолинской области', 0, 'region', AKR, AKR),
     ],
     inc={}),
]
