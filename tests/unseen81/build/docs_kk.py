"""Kazakh texts of the eighty-first unseen check corpus (Cyrillic)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p017', date='2023-04-12', lang='kk',
     event='2023 the Ontustik bus station opens in Karatau district of Shymkent; a city bus collides with a lorry on Tauke Khan Avenue, five hurt (Shymkent); about 40 minibus drivers protest outside the regional akimat in Turkistan against a fare cut, two fined (Turkistan Region); Hazrat Sultan airport opens a flight to Istanbul; no rural buses in several districts (Sozak, Otyrar)',
     text="""Шымкентте жаңа автовокзал ашылды, Түркістанда жүргізушілер наразылық білдірді

ШЫМКЕНТ, 12 сәуір. ҚазАқпарат – Шымкенттің Қаратау ауданында «Оңтүстік» автовокзалы ашылды. Бұдан былай Түркістан, Кентау және Сарыағаш бағытындағы автобустар, сондай-ақ Ташкентке және Бішкекке баратын халықаралық рейстер осы жерден шығады. Құрылысына 3 миллиард теңге жұмсалған жаңа автовокзал тәулігіне бес мыңға дейін жолаушы қабылдай алады. Ескі автовокзал Байдібек би даңғылында тек қала маңы маршруттарына қызмет етеді, деді қала әкімінің орынбасары Ержан Сейітов.

Сол күні таңертең Тәуке хан даңғылында № 12 бағыттағы қалалық автобус жүк көлігімен соқтығысып, бес жолаушы жарақат алды. Бұл туралы Шымкент қаласының полиция департаменті хабарлады. Жарақат алғандардың екеуі – Ленгер қаласының тұрғындары, олар жұмысқа бара жатқан. Апаттан кейін даңғылдағы қозғалыс екі сағатқа шектелді, жүк көлігінің жүргізушісі ұсталды.

Түркістанда 40-қа жуық маршруттық такси жүргізушісі облыс әкімдігінің алдына жиналып, жол ақысын 150 теңгеден 120 теңгеге түсіру туралы шешімге наразылық білдірді. Жүргізушілердің айтуынша, жанармай қымбаттап тұрған кезде мұндай тариф оларды шығынға батырады. Түркістан облысының полиция департаменті екі жүргізушіге рұқсатсыз жиын өткізгені үшін айыппұл салды. Әкімдік өкілдері тариф бюджеттен берілетін субсидия есебінен төмендетілгенін, ал тасымалдаушылардың шығыны өтелетінін түсіндірді.

Облыс орталығындағы «Әзірет Сұлтан» халықаралық әуежайы мамырдан бастап Ыстамбұлға апта сайын рейс ашады. Ал облыстың бірнеше ауданында ауылдық автобус қатынасы әлі де жоқ: Созақ және Отырар аудандарының көптеген тұрғындары аудан орталығына жеке көлікпен жетеді.

Теміржолшылар да жаз маусымына дайындалып жатыр. Маусымнан бастап Шымкент – Түркістан бағытында жүрдек электр пойызы қатынайды, ол жолда тек Арыс стансасына тоқтайды. Билет бағасы 2000 теңге болады, жол екі сағатқа жуық уақыт алады. Ал Шымкент халықаралық әуежайынан жазда Ақтауға және Атырауға қосымша рейстер ұшады.""",
     ann=[
        ('Шымкентте', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'headline'}),
        ('Түркістанда', 0, 'city', 'Turkistan', TR, {'note': 'headline'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'dateline'}),
        ('Шымкенттің', 0, 'city', 'Shymkent', 'Shymkent'),
        ('Қаратау ауданында', 0, 'district', 'Karatau District (Shymkent)', 'Shymkent', {'subkind': 'city district', 'note': 'district of Shymkent, not the town of Karatau in Jambyl Region'}),
        ('Оңтүстік', 0, 'facility', 'Ontustik bus station (Shymkent)', 'Shymkent', {'subkind': 'bus station', 'note': 'the name means south'}),
        ('Түркістан', 0, 'city', 'Turkistan', TR, {'note': 'NI:coach destination'}),
        ('Кентау', 0, 'city', 'Kentau', TR, {'note': 'NI:coach destination'}),
        ('Сарыағаш', 0, 'city', 'Saryagash', TR, {'note': 'NI:coach destination'}),
        ('Ташкентке', 0, 'foreign', 'Tashkent', N, {'note': 'NI:coach destination'}),
        ('Бішкекке', 0, 'foreign', 'Bishkek', N, {'note': 'NI:coach destination'}),
        ('Байдібек би даңғылында', 0, 'facility', 'Baidibek Bi Avenue (Shymkent)', 'Shymkent', {'subkind': 'street', 'note': 'NI:named after a person; site of the old bus station'}),
        ('Тәуке хан даңғылында', 0, 'facility', 'Tauke Khan Avenue (Shymkent)', 'Shymkent', {'subkind': 'street', 'note': 'named after a person'}),
        ('Шымкент қаласының', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'inside the name of an authority (police department)'}),
        ('Ленгер қаласының', 0, 'city', 'Lenger', TR, {'note': 'NI:residence of injured'}),
        ('Түркістанда', 1, 'city', 'Turkistan', TR),
        ('Түркістан облысының', 0, 'region', TR, TR, {'note': 'inside the name of an authority (police department)'}),
        ('Әзірет Сұлтан', 0, 'facility', 'Hazrat Sultan International Airport (Turkistan)', TR, {'subkind': 'airport', 'note': 'NI:named after the title of Khoja Ahmed Yasawi; new flight'}),
        ('Ыстамбұлға', 0, 'foreign', 'Istanbul', N, {'note': 'NI:flight destination'}),
        ('бірнеше ауданында', 0, 'quantified', 'several districts', N, {'count': None, 'unit': 'district', 'note': 'no bus service, not an incident'}),
        ('Созақ', 0, 'district', 'Sozak District', TR, {'note': 'NI:in a list sharing the head noun; no bus service'}),
        ('Отырар', 0, 'district', 'Otyrar District', TR, {'note': 'NI:in a list sharing the head noun; no bus service'}),
        ('Шымкент', 1, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:train route endpoint'}),
        ('Түркістан', 2, 'city', 'Turkistan', TR, {'note': 'NI:train route endpoint'}),
        ('Арыс стансасына', 0, 'facility', 'Arys railway station', TR, {'subkind': 'railway station', 'note': 'NI:train stop'}),
        ('Шымкент халықаралық әуежайынан', 0, 'facility', 'Shymkent International Airport', 'Shymkent', {'subkind': 'airport', 'note': 'NI:new flights'}),
        ('Ақтауға', 0, 'city', 'Aktau', MR, {'note': 'NI:flight destination'}),
        ('Атырауға', 0, 'city', 'Atyrau', ATR, {'note': 'NI:flight destination'}),
     ],
     inc={'Shymkent': (1, 'city bus on route 12 collided with a lorry on Tauke Khan Avenue, five hurt'),
          TR: (1, 'minibus drivers protested outside the regional akimat in Turkistan, two fined')}),

dict(id='p018', date='2021-08-17', lang='kk',
     event='2021 city bus on route 7 falls into an unfenced trench near the Rudny bus stop on Al-Farabi Avenue in Kostanay, six hurt (Kostanay Region); the stop named after the town of Rudny; a passenger flying to Nur-Sultan',
     text="""Қостанайда қалалық автобус жөндеу жүріп жатқан орға түсіп кетті

ҚОСТАНАЙ, 17 тамыз. – № 7 бағыттағы қалалық автобус Әл-Фараби даңғылындағы «Рудный» аялдамасының жанында жылу құбырын ауыстыру үшін қазылған орға түсіп кетті. Алты жолаушы жеңіл жарақат алды, деп хабарлады Қостанай облысының полиция департаменті.

Аялдама Рудный қаласының атымен аталған: кеңес заманында кеншілер қаласына баратын қала маңы автобустары осы жерден шығатын. Куәгерлердің айтуынша, жол жөндеушілер орды қоршамаған, кешкі уақытта белгі шамдары да жанбаған. Мердігер компанияның басшысына қатысты іс қозғалды.

Жолаушылардың бірі әуежайға асығып бара жатқанын, Нұр-Сұлтанға ұшатын ұшаққа үлгермей қалғанын айтты. Қала әкімдігі жөндеу жұмыстары аяқталғанша № 7 бағыттың жолы өзгеретінін хабарлады.""",
     ann=[
        ('Қостанайда', 0, 'city', 'Kostanay', KOR, {'note': 'headline'}),
        ('ҚОСТАНАЙ', 0, 'city', 'Kostanay', KOR, {'note': 'dateline'}),
        ('Әл-Фараби даңғылындағы', 0, 'facility', 'Al-Farabi Avenue (Kostanay)', KOR, {'subkind': 'street', 'note': 'named after a person'}),
        ('Рудный', 0, 'facility', 'Rudny bus stop (Kostanay)', KOR, {'subkind': 'bus stop', 'note': 'named after the town of Rudny, lies in Kostanay'}),
        ('Қостанай облысының', 0, 'region', KOR, KOR, {'note': 'inside the name of an authority (police department)'}),
        ('Рудный қаласының', 0, 'city', 'Rudny', KOR, {'note': 'NI:namesake of the bus stop'}),
        ('Нұр-Сұлтанға', 0, 'city', 'Astana', 'Astana', {'note': 'NI:name of the capital 2019-2022; flight destination'}),
     ],
     inc={KOR: (1, 'bus on route 7 fell into an unfenced trench near the Rudny stop on Al-Farabi Avenue, six hurt')}),

dict(id='p019', date='1995-11-14', lang='kk',
     event='1995 night fire in the waiting hall of the Taldykorgan bus station, nobody hurt (Almaty Region; Taldykorgan Region until 1997); buses to Almaty, Tekeli, Ushtobe and Sarkand moved to a market square on Zhansugurov Street; fuel shortage on the Almaty - Taldykorgan route',
     text="""Талдықорғанда автовокзалда өрт шықты

ТАЛДЫҚОРҒАН, 14 қараша. – Түнде қаладағы автовокзалдың күту залында өрт шығып, 200 шаршы метр аумақты шарпыды. Адам шығыны жоқ, деп хабарлады Талдықорған облысының төтенше жағдайлар басқармасы. Өрттің шығу себебі – ескі электр сымдарының тұйықталуы деп болжанып отыр. Өртті түнгі күзетші байқап, өрт сөндірушілерді шақырған.

Автовокзал жөнделгенше Алматыға, Текеліге, Үштөбеге және Сарқанға баратын автобустар Жансүгіров көшесіндегі базар алаңынан жөнелтіледі.

Жолаушылардың айтуынша, жанармай тапшылығына байланысты Алматы – Талдықорған бағытындағы рейстер күніне екеуге дейін қысқарған, ал билет бағасы бір айда екі есе қымбаттаған. Автокөлік кәсіпорнының басшысы Серік Омаров қыс басталғанша жаңа күту залын ашуға уәде берді.""",
     ann=[
        ('Талдықорғанда', 0, 'city', 'Taldykorgan', ALR, {'note': 'headline; Taldykorgan Region on the article date (abolished 1997), labelled Almaty Region'}),
        ('ТАЛДЫҚОРҒАН', 0, 'city', 'Taldykorgan', ALR, {'note': 'dateline'}),
        ('Талдықорған облысының', 0, 'region', ALR, ALR, {'uncertain': True, 'note': 'inside the name of an authority; Taldykorgan Region, abolished in 1997, labelled with the unit that holds its land'}),
        ('Алматыға', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:bus destination'}),
        ('Текеліге', 0, 'city', 'Tekeli', ALR, {'note': 'NI:bus destination'}),
        ('Үштөбеге', 0, 'city', 'Ushtobe', ALR, {'note': 'NI:bus destination'}),
        ('Сарқанға', 0, 'city', 'Sarkand', ALR, {'note': 'NI:bus destination'}),
        ('Жансүгіров көшесіндегі', 0, 'facility', 'Zhansugurov Street (Taldykorgan)', ALR, {'subkind': 'street', 'note': 'NI:named after a person; temporary bus stand'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:route endpoint'}),
        ('Талдықорған', 1, 'city', 'Taldykorgan', ALR, {'note': 'NI:route endpoint'}),
     ],
     inc={ALR: (1, 'night fire in the waiting hall of the Taldykorgan bus station, nobody hurt')}),

dict(id='p020', date='2012-10-09', lang='kk',
     event='2012 a man falls from the platform of Zhibek Zholy metro station in Almaty and is killed by a train (Almaty); trains stopped for an hour, passengers moved to buses at Almaly and Abai stations; the victim from Kapshagay',
     text="""Алматы метросында ер адам пойыз астында қалып қаза тапты

АЛМАТЫ, 9 қазан. – Алматы метросының «Жібек жолы» бекетінде 35 жастағы ер адам платформадан құлап, пойыз астында қалып қаза тапты. Бұл туралы Алматы қаласының төтенше жағдайлар департаменті хабарлады.

Куәгерлердің айтуынша, оқиға кешкі сағат алтыда, бекетте адам көп жиналған кезде болған. Пойыз «Райымбек батыр» бекетінен «Алатау» бекетіне қарай жүріп келе жатқан.

Метро әкімшілігінің мәліметінше, желідегі қозғалыс бір сағатқа жуық тоқтап, жолаушылар «Алмалы» және «Абай» бекеттерінен автобустарға ауыстырылды. Қаза тапқан адам Қапшағай қаласының тұрғыны екені анықталды. Полиция оқиғаның мән-жайын тексеріп жатыр. Осыған байланысты платформа шетіне қорғаныс есіктерін орнату мәселесі қайта көтерілді.""",
     ann=[
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'headline'}),
        ('АЛМАТЫ', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Алматы', 1, 'city', 'Almaty', 'Almaty'),
        ('Жібек жолы', 0, 'facility', 'Zhibek Zholy station (Almaty Metro)', 'Almaty', {'subkind': 'metro station', 'note': 'not the village Zhibek Zholy in South Kazakhstan Region'}),
        ('Алматы қаласының', 0, 'city', 'Almaty', 'Almaty', {'note': 'inside the name of an authority'}),
        ('Райымбек батыр', 0, 'facility', 'Raiymbek Batyr station (Almaty Metro)', 'Almaty', {'subkind': 'metro station', 'note': 'NI:named after a person; direction of the train'}),
        ('Алатау', 0, 'facility', 'Alatau station (Almaty Metro)', 'Almaty', {'subkind': 'metro station', 'note': 'NI:direction of the train'}),
        ('Алмалы', 0, 'facility', 'Almaly station (Almaty Metro)', 'Almaty', {'subkind': 'metro station', 'note': 'NI:passengers moved to buses'}),
        ('Абай', 0, 'facility', 'Abai station (Almaty Metro)', 'Almaty', {'subkind': 'metro station', 'note': 'NI:named after the poet, not Abai Region; passengers moved to buses'}),
        ('Қапшағай қаласының', 0, 'city', 'Kapshagay', ALR, {'note': 'NI:residence of the victim'}),
     ],
     inc={'Almaty': (1, 'man fell from the platform of Zhibek Zholy station and was killed by a train')}),

dict(id='p021', date='2024-06-18', lang='kk',
     event='2024 weekly review of Abai Region: about 200 people protest outside the city akimat of Semey against a bus fare rise, three detained; a Taldykorgan - Oskemen bus overturns on the Almaty - Oskemen highway 30 km from Ayagoz, one dead, 14 hurt (both Abai Region); Semey airport opens daily flights to Astana; extra summer buses from two districts (Urzhar, Ayagoz) to Lake Alakol',
     text="""Абай облысында жолақыға наразылық пен жол апаты: апта шолуы

СЕМЕЙ, 18 маусым. – Семейде қалалық автобустағы жол ақысы 1 шілдеден бастап 90 теңгеден 150 теңгеге көтерілетіні туралы шешім тұрғындардың наразылығын тудырды. Сенбі күні 200-ге жуық адам Абай даңғылындағы қала әкімдігінің алдына жиналды. Жиынға шыққандардың көбі – Жаңа Семей шағын ауданының тұрғындары, олар қала орталығына екі автобуспен жетеді. Абай облысының полиция департаменті жиынның рұқсатсыз өткенін айтып, үш адамды ұстады. Жиынға шыққандар зейнеткерлер мен студенттерге арналған жеңілдіктерді сақтауды да талап етті. Облыс әкімінің орынбасары Дәурен Ахметов тарифті қайта қарауға уәде берді.

Жексенбі күні түнде Аягөз қаласынан 30 шақырым жерде, Алматы – Өскемен тас жолында жолаушылар автобусы аударылды. Бір адам қаза тауып, 14 адам жарақат алды. Автобус Талдықорғаннан Өскеменге бара жатқан, жолаушылардың көбі Жетісу облысының тұрғындары. Жарақат алғандар Аягөздегі ауруханаға жеткізілді, ауыр халдегі екі адамды Семейге санавиациямен жөнелтті. Полиция жүргізушіні рульде ұйықтап кетті деп болжап отыр, ол ұсталды.

Әуе қатынасында да өзгеріс бар. Семей әуежайы шілдеден бастап Астанаға күнделікті рейс ашады, билет бағасы 25 мың теңгеден басталады, бұған дейін семейліктер Өскемен әуежайы арқылы ұшатын.

Теміржол қатынасында да жаңалық бар. Жазғы кесте бойынша Семей – Алматы пойызы күн сайын жүреді, ол жолда Аягөз және Ақтоғай стансаларына тоқтайды. Вокзалда жолаушылар үшін жаңа күту залы ашылды, деп хабарлады «Қазақстан темір жолы» ұлттық компаниясы. Қала әкімдігі автобус паркін жаңарту үшін 50 жаңа автобус сатып алуды жоспарлап отыр, бірақ олар күзге дейін келмейді.

Облыстың екі ауданында – Үржар және Аягөз аудандарында – жазғы маусымда Алакөл жағалауына қосымша автобус рейстері ашылады. Автобустар жұма сайын кешке жүреді.""",
     ann=[
        ('Абай облысында', 0, 'region', ABR, ABR, {'note': 'headline'}),
        ('СЕМЕЙ', 0, 'city', 'Semey', ABR, {'note': 'dateline'}),
        ('Семейде', 0, 'city', 'Semey', ABR),
        ('Абай даңғылындағы', 0, 'facility', 'Abai Avenue (Semey)', ABR, {'subkind': 'street', 'note': 'named after the poet, not Abai Region'}),
        ('Жаңа Семей шағын ауданының', 0, 'district', 'Zhana Semey (Semey)', ABR, {'subkind': 'microdistrict', 'note': 'NI:the city name inside the microdistrict name is not annotated separately; residence of protesters'}),
        ('Абай облысының', 0, 'region', ABR, ABR, {'note': 'inside the name of an authority (police department)'}),
        ('Аягөз қаласынан', 0, 'city', 'Ayagoz', ABR, {'note': 'reference point of the crash'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:highway endpoint'}),
        ('Өскемен', 0, 'city', 'Oskemen', EKR, {'note': 'NI:highway endpoint'}),
        ('Талдықорғаннан', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:origin of the bus'}),
        ('Өскеменге', 0, 'city', 'Oskemen', EKR, {'note': 'NI:destination of the bus'}),
        ('Жетісу облысының', 0, 'region', JTR, JTR, {'note': 'NI:residence of passengers'}),
        ('Аягөздегі', 0, 'city', 'Ayagoz', ABR, {'note': 'NI:hospital town'}),
        ('Семейге', 0, 'city', 'Semey', ABR, {'note': 'NI:hospital town'}),
        ('Семей әуежайы', 0, 'facility', 'Semey Airport', ABR, {'subkind': 'airport', 'note': 'NI:new flights'}),
        ('Астанаға', 0, 'city', 'Astana', 'Astana', {'note': 'NI:flight destination'}),
        ('Өскемен әуежайы', 0, 'facility', 'Oskemen Airport', EKR, {'subkind': 'airport', 'note': 'NI:alternative airport'}),
        ('Семей', 2, 'city', 'Semey', ABR, {'note': 'NI:train route endpoint'}),
        ('Алматы', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:train route endpoint'}),
        ('Аягөз', 1, 'facility', 'Ayagoz railway station', ABR, {'subkind': 'railway station', 'note': 'NI:in a list sharing the head noun; train stop'}),
        ('Ақтоғай', 0, 'facility', 'Aktogay railway station', ABR, {'subkind': 'railway station', 'note': 'NI:in a list sharing the head noun; the junction in Ayagoz district, not Aktogay in Karaganda Region; train stop'}),
        ('екі ауданында', 0, 'quantified', '2 districts', N, {'count': 2, 'unit': 'district', 'note': 'members named: Urzhar, Ayagoz; not about incidents'}),
        ('Үржар', 0, 'district', 'Urzhar District', ABR, {'note': 'NI:in a list sharing the head noun; extra summer buses'}),
        ('Аягөз', 2, 'district', 'Ayagoz District', ABR, {'note': 'NI:in a list sharing the head noun; the district, not the town; extra summer buses'}),
        ('Алакөл', 0, 'facility', 'Lake Alakol', N, {'subkind': 'lake', 'note': 'on the border of Abai and Jetisu regions'}),
     ],
     inc={ABR: (2, 'protest outside the city akimat of Semey against the bus fare rise, three detained; bus overturned on the Almaty - Oskemen highway 30 km from Ayagoz, one dead, 14 hurt')}),

dict(id='p022', date='2000-03-22', lang='kk',
     event='2000 city bus on route 3 (Oral station - Derkul) collides with a shunting locomotive at a level crossing in Oral, four hurt (West Kazakhstan Region); an injured engineer from Astana; the company Kazakhstan Temir Zholy not annotated',
     text="""Оралда теміржол өткелінде автобус тепловозбен соқтығысты

ОРАЛ, 22 наурыз. – Қала шетіндегі теміржол өткелінде жолаушылар автобусы маневрлік тепловозбен соқтығысып, төрт адам жарақат алды, деп хабарлады Батыс Қазақстан облысының ішкі істер басқармасы.

№ 3 бағыттағы автобус «Орал» вокзалынан Деркөл кентіне бара жатқан. Жүргізуші тепловозды тұманда байқамаған, ал өткелдегі шлагбаум бір айдан бері істемейді екен, дейді жергілікті тұрғындар. Қазақстан темір жолы компаниясының өкілдері шлагбаумды бір аптада жөндеуге уәде берді. Соқтығысудан кейін өткел арқылы қозғалыс үш сағатқа тоқтап, Самараға баратын жүк пойызы кешігіп жөнелтілді.

Жарақат алғандардың бірі – Астанадан іссапармен келген инженер, қалғандары – қала тұрғындары. Олардың бәрі облыстық ауруханаға жеткізілді, өмірлеріне қауіп жоқ.""",
     ann=[
        ('Оралда', 0, 'city', 'Oral', WKR, {'note': 'headline'}),
        ('ОРАЛ', 0, 'city', 'Oral', WKR, {'note': 'dateline'}),
        ('Батыс Қазақстан облысының', 0, 'region', WKR, WKR, {'note': 'inside the name of an authority'}),
        ('Орал', 0, 'facility', 'Oral railway station', WKR, {'subkind': 'railway station', 'note': 'NI:route endpoint'}),
        ('Деркөл кентіне', 0, 'village', 'Derkul', WKR, {'note': 'NI:settlement; route endpoint'}),
        ('Самараға', 0, 'foreign', 'Samara', N, {'note': 'NI:train destination'}),
        ('Астанадан', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of an injured passenger'}),
     ],
     inc={WKR: (1, 'bus on route 3 collided with a shunting locomotive at a level crossing in Oral, four hurt')}),

dict(id='p023', date='2026-03-03', lang='kk',
     event='2026 transport chronicle: an Astana LRT test train stops for 40 minutes between Nurly Zhol and Baikonur stations (not counted); a kiosk fire in the lobby of Moskva metro station in Almaty (Almaty); a bus from Satpayev to Astana collides with a lorry on the Zhezkazgan - Karaganda highway 80 km from Zhezkazgan, two dead (Ulytau Region); about 100 people protest in Konaev (formerly Kapshagay) against a suburban fare rise on the Almaty - Konaev route (Almaty Region); intercity buses stopped in several districts of North Kazakhstan Region by a blizzard (not counted)',
     text="""Көлік шежіресі: елордадағы LRT, Алматы метросындағы өрт, Жезқазған маңындағы апат

АСТАНА, 3 наурыз. – Елордадағы жеңіл рельсті көлік (LRT) желісінде сынақ пойызы «Нұрлы жол» бекеті мен «Байқоңыр» бекетінің арасында электр қуаты берілмей, 40 минут тұрып қалды. Желінің жолаушыларға ашылуы биыл жазға жоспарланған. Пойызда тек машинист пен техниктер болды, ешкім зардап шеккен жоқ, деп хабарлады «Астана LRT» компаниясы. Бекет қаланың Байқоңыр ауданының атымен аталған, оның Қызылорда облысындағы ғарыш айлағына қатысы жоқ.

Алматыда жексенбіге қараған түні «Мәскеу» метро бекетінің вестибюліндегі дүңгіршек өртенді. Өрт 15 минутта сөндірілді, зардап шеккендер жоқ. Оқиғаның себебі тексеріліп жатыр. Бекет таңғы тоғызға дейін жабық тұрып, жолаушыларға «Сайран» бекетін пайдалану ұсынылды. Бекеттің Ресей астанасына қатысы жоқ: ол Әуезов ауданында орналасқан, атауы маңындағы сауда орталығынан қалған.

Ұлытау облысында Жезқазған – Қарағанды тас жолында, Жезқазғаннан 80 шақырым жерде жолаушылар автобусы жүк көлігімен соқтығысып, екі адам қаза тапты, тоғыз адам жарақат алды. Жол полициясының деректері бойынша, автобус жүргізушісі қарсы жолаққа шығып кеткен. Автобус Сәтбаевтан Астанаға бара жатқан. Жарақат алғандар Жезқазғандағы ауруханаға жеткізілді.

Қонаевта 100-ге жуық тұрғын Алматы – Қонаев қала маңы автобусының жол ақысы 600 теңгеден 900 теңгеге көтерілгеніне наразылық білдіріп, Алматы облысы әкімдігінің алдына жиналды. Наразылық білдірушілердің айтуынша, күн сайын Алматыға жұмысқа қатынайтын адам айына 50 мың теңгеден астам ақша жұмсайды. Облыс әкімінің орынбасары Асқар Мұратов тарифті бір айға бұрынғы деңгейде қалдыруға уәде берді, полиция ешкімді ұстамады. Қала 2022 жылға дейін Қапшағай деп аталған.

Боранға байланысты Солтүстік Қазақстан облысында қала аралық автобус қатынасы бірнеше ауданда уақытша тоқтатылды. Петропавл автовокзалынан Көкшетауға және Қостанайға баратын рейстер де кейінге қалдырылды.""",
     ann=[
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'headline'}),
        ('Жезқазған', 0, 'city', 'Zhezkazgan', UR, {'note': 'headline; reference point of the crash'}),
        ('АСТАНА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Нұрлы жол', 0, 'facility', 'Nurly Zhol station (Astana LRT)', 'Astana', {'subkind': 'light-rail station', 'note': 'NI:named after the railway station; breakdown, nobody hurt'}),
        ('Байқоңыр', 0, 'facility', 'Baikonur station (Astana LRT)', 'Astana', {'subkind': 'light-rail station', 'note': 'NI:named after Baikonur district of Astana, not the cosmodrome; breakdown, nobody hurt'}),
        ('Байқоңыр ауданының', 0, 'district', 'Baikonur District (Astana)', 'Astana', {'subkind': 'city district', 'note': 'NI:namesake of the station'}),
        ('Қызылорда облысындағы', 0, 'region', KZR, KZR, {'note': 'NI:location of the cosmodrome'}),
        ('Алматыда', 0, 'city', 'Almaty', 'Almaty'),
        ('Мәскеу', 0, 'facility', 'Moskva station (Almaty Metro)', 'Almaty', {'subkind': 'metro station', 'note': 'named after Moscow, not the Russian capital'}),
        ('Сайран', 0, 'facility', 'Sairan station (Almaty Metro)', 'Almaty', {'subkind': 'metro station', 'note': 'NI:alternative station'}),
        ('Ресей', 0, 'foreign', 'Russia', N, {'note': 'NI:comparison'}),
        ('Әуезов ауданында', 0, 'district', 'Auezov District (Almaty)', 'Almaty', {'subkind': 'city district'}),
        ('Ұлытау облысында', 0, 'region', UR, UR),
        ('Жезқазған', 1, 'city', 'Zhezkazgan', UR, {'note': 'NI:highway endpoint'}),
        ('Қарағанды', 0, 'city', 'Karaganda', KR, {'note': 'NI:highway endpoint'}),
        ('Жезқазғаннан', 0, 'city', 'Zhezkazgan', UR, {'note': 'reference point of the crash'}),
        ('Сәтбаевтан', 0, 'city', 'Satpayev', UR, {'note': 'NI:origin of the bus'}),
        ('Астанаға', 0, 'city', 'Astana', 'Astana', {'note': 'NI:destination of the bus'}),
        ('Жезқазғандағы', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:hospital town'}),
        ('Қонаевта', 0, 'city', 'Konaev', ALR, {'note': 'seat of Almaty Region, formerly Kapshagay'}),
        ('Алматы', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:route endpoint'}),
        ('Қонаев', 0, 'city', 'Konaev', ALR, {'note': 'NI:route endpoint'}),
        ('Алматы облысы', 0, 'region', ALR, ALR, {'note': 'inside the name of an authority (akimat)'}),
        ('Алматыға', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:workplace of commuters'}),
        ('Қапшағай', 0, 'city', 'Konaev', ALR, {'note': 'NI:former name of Konaev; former name'}),
        ('Солтүстік Қазақстан облысында', 0, 'region', NKR, NKR, {'note': 'NI:buses stopped by a blizzard'}),
        ('бірнеше ауданда', 0, 'quantified', 'several districts', N, {'count': None, 'unit': 'district', 'note': 'buses stopped, not an incident'}),
        ('Петропавл автовокзалынан', 0, 'facility', 'Petropavl bus station', NKR, {'subkind': 'bus station', 'note': 'NI:departures cancelled'}),
        ('Көкшетауға', 0, 'city', 'Kokshetau', AKR, {'note': 'NI:destination of cancelled buses'}),
        ('Қостанайға', 0, 'city', 'Kostanay', KOR, {'note': 'NI:destination of cancelled buses'}),
     ],
     inc={'Almaty': (1, 'kiosk fire in the lobby of Moskva metro station, nobody hurt'),
          UR: (1, 'bus from Satpayev collided with a lorry on the Zhezkazgan - Karaganda highway 80 km from Zhezkazgan, two dead, nine hurt'),
          ALR: (1, 'about 100 residents of Konaev protested outside the Almaty Region akimat against the suburban fare rise')}),

dict(id='p024', date='2013-05-21', lang='kk',
     event='2013 Taraz - Almaty bus overturns on the descent from the Kordai pass, Kordai district, 19 hurt (Jambyl Region); Aulie-Ata airport of Taraz named after the old name of the city; the road also leads to Bishkek',
     text="""Тараз – Алматы автобусы Қордай асуында аударылды

ТАРАЗ, 21 мамыр. – Жамбыл облысының Қордай ауданында Тараз – Алматы бағытындағы жолаушылар автобусы асудан түсер жолда тежегіші істен шығып, жол жиегіне аударылды. 19 жолаушы жарақат алды, олардың төртеуі Қордай ауылындағы ауруханада жатыр, деп хабарлады облыстық төтенше жағдайлар департаменті.

Автобус таңғы сағат бесте Тараздағы орталық автовокзалдан шыққан. Жолаушылардың бірнешеуі ұшақ билеті қымбат болғандықтан автобусты таңдағанын айтты: Әулие-Ата әуежайынан Алматыға ұшақ аптасына екі рет қана ұшады.

Асу арқылы өтетін жол Бішкекке де апарады, сондықтан жазда бұл жолда көлік көп болады. Жол полициясы жүргізушілерге асудан түскенде жылдамдықты азайтуды ескертті.""",
     ann=[
        ('Тараз', 0, 'city', 'Taraz', JR, {'note': 'NI:headline; route endpoint'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:headline; route endpoint'}),
        ('Қордай асуында', 0, 'facility', 'Kordai Pass', N, {'subkind': 'mountain pass', 'note': 'in Kordai district, Jambyl Region'}),
        ('ТАРАЗ', 0, 'city', 'Taraz', JR, {'note': 'dateline'}),
        ('Жамбыл облысының', 0, 'region', JR, JR),
        ('Қордай ауданында', 0, 'district', 'Kordai District', JR),
        ('Тараз', 1, 'city', 'Taraz', JR, {'note': 'NI:route endpoint'}),
        ('Алматы', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:route endpoint'}),
        ('Қордай ауылындағы', 0, 'village', 'Kordai', JR, {'note': 'NI:hospital village'}),
        ('Тараздағы', 0, 'city', 'Taraz', JR, {'note': 'NI:departure point'}),
        ('Әулие-Ата әуежайынан', 0, 'facility', 'Aulie-Ata Airport (Taraz)', JR, {'subkind': 'airport', 'note': 'NI:named after the old name of Taraz; alternative travel'}),
        ('Алматыға', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:flight destination'}),
        ('Бішкекке', 0, 'foreign', 'Bishkek', N, {'note': 'NI:road destination'}),
     ],
     inc={JR: (1, 'Taraz - Almaty bus overturned on the descent from the Kordai pass, Kordai district, 19 hurt')}),

]
