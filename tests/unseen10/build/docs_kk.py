"""Kazakh texts of the tenth unseen check corpus (annotation tuples described in
tests/build_check_corpus.py)."""
N = None
JR, ALR, KYR, TR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'Turkistan Region', 'South Kazakhstan Region'
ABR, JTR, EKR, MR, KOR = 'Abai Region', 'Jetisu Region', 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR, UR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region', 'Ulytau Region'
ATR, AR, WKR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region'

DOCS = [
dict(id='q017', date='2022-08-16', lang='kk',
     event='2022 bus overturned on the Semey-Pavlodar road in Beskaragai district and a fire at a meat plant in Zhana Semey district of Semey (Abai Region, two months after its creation)',
     text="""СЕМЕЙ, 16 тамыз (Kazinform) – Семей – Павлодар тас жолының Бесқарағай ауданы арқылы өтетін бөлігінде жолаушылар автобусы аударылып, төрт адам қаза тапты, 17 адам жарақат алды. Бұл туралы Абай облысының полиция департаменті хабарлады.
Автобус Павлодардан Семейге бара жатқан. Апат Бесқарағай ауылынан 25 шақырым жерде болған. Жараланғандар Семейдегі жедел жәрдем ауруханасына жеткізілді, оларға Бородулиха ауданынан келген дәрігерлер де көмектесті.
«Жүргізуші рульді басқара алмай қалған. Жол жөндеуден кейін белгілер әлі қойылмаған», – деді департамент өкілі Ерлан Ертісбаев.
Сол күні түнде Семейдің Жаңасемей ауданындағы ет комбинатында өрт шығып, 600 шаршы метр шатыр жанып кетті. Зардап шеккендер жоқ.
Абай облысы биыл 8 маусымда Шығыс Қазақстан облысының батыс аудандарынан құрылды. Оның орталығы – Семей қаласы.""",
     ann=[
        ('СЕМЕЙ', 0, 'city', 'Semey', ABR, {'note': 'dateline'}),
        ('Семей', 0, 'city', 'Semey', ABR, {'note': 'NI:road endpoint'}),
        ('Павлодар', 0, 'city', 'Pavlodar', PR, {'note': 'NI:road endpoint'}),
        ('Бесқарағай ауданы', 0, 'district', 'Beskaragai District', ABR),
        ('Абай облысының', 0, 'region', ABR, ABR, {'note': 'inside the name of an authority'}),
        ('Павлодардан', 0, 'city', 'Pavlodar', PR, {'note': 'NI:origin of the bus'}),
        ('Семейге', 0, 'city', 'Semey', ABR, {'note': 'NI:destination'}),
        ('Бесқарағай ауылынан', 0, 'village', 'Beskaragai', ABR, {'note': 'NI:reference point'}),
        ('Семейдегі', 0, 'city', 'Semey', ABR, {'note': 'NI:hospital'}),
        ('Бородулиха ауданынан', 0, 'district', 'Borodulikha District', ABR, {'note': 'NI:origin of doctors'}),
        ('Семейдің', 0, 'city', 'Semey', ABR),
        ('Жаңасемей ауданындағы', 0, 'district', 'Zhana Semey District (Semey)', ABR, {'subkind': 'city district'}),
        ('Абай облысы', 0, 'region', ABR, ABR, {'note': 'NI:background'}),
        ('Шығыс Қазақстан облысының', 0, 'region', EKR, EKR, {'note': 'NI:background'}),
        ('Семей қаласы', 0, 'city', 'Semey', ABR, {'note': 'NI:background'}),
     ],
     inc={ABR: (2, 'bus overturned on the road in Beskaragai district; fire at a meat plant in Zhana Semey district of Semey')}),

dict(id='q018', date='2023-04-05', lang='kk',
     event='2023 Lepsy river flood in Ekiasha and Karabuget, Sarkand district, and an anthrax outbreak in Kabanbai, Alakol district (Jetisu Region); misspelt Талдыкорган',
     text="""ТАЛДЫҚОРҒАН, 5 сәуір (Tengrinews) – Лепсі өзенінің арнасынан асуына байланысты Сарқан ауданының Екіаша және Қарабөгет ауылдарында 80-ге жуық үйді су басты. Бұл туралы Жетісу облысының төтенше жағдайлар департаменті хабарлады.
Екі ауылдан 300-ден астам тұрғын Сарқан қаласындағы мектепке көшірілді. Құтқарушылар Талдыкорганнан және Ақсу ауданынан келді. Қаза тапқандар жоқ.
«Су деңгейі тәулігіне 20 сантиметрге көтеріліп отыр», – деді департамент бастығы Марат Алакөлов.
Ал Алакөл ауданындағы Қабанбай ауылында сібір жарасынан екі сиыр өліп, ауылға карантин енгізілді. Ауру малмен байланыста болған үш адам Үшаралдағы ауруханада бақылауда жатыр.
Былтыр маусымда құрылған облыстың Панфилов және Көксу аудандарында да өзендердің деңгейі күн сайын өлшеніп отыр. Облыс әкімдігі үйлерін су басқан отбасыларға өтемақы төленетінін мәлімдеді.""",
     ann=[
        ('ТАЛДЫҚОРҒАН', 0, 'city', 'Taldykorgan', JTR, {'note': 'dateline'}),
        ('Лепсі өзенінің', 0, 'facility', 'Lepsy river', N, {'subkind': 'river'}),
        ('Сарқан ауданының', 0, 'district', 'Sarkand District', JTR),
        ('Екіаша', 0, 'village', 'Ekiasha', JTR, {'note': 'list sharing the head noun ауылдарында'}),
        ('Қарабөгет', 0, 'village', 'Karabuget', JTR, {'note': 'list sharing the head noun ауылдарында'}),
        ('Жетісу облысының', 0, 'region', JTR, JTR, {'note': 'inside the name of an authority'}),
        ('Екі ауылдан', 0, 'quantified', '2 villages', N, {'count': 2, 'unit': 'village', 'note': 'NI:the two flooded villages named before; origin of evacuees'}),
        ('Сарқан қаласындағы', 0, 'city', 'Sarkand', JTR, {'note': 'NI:evacuation point'}),
        ('Талдыкорганнан', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:origin of rescuers; misspelt (Russian letters with a Kazakh ending)'}),
        ('Ақсу ауданынан', 0, 'district', 'Aksu District (Jetisu Region)', JTR, {'note': 'NI:origin of rescuers'}),
        ('Алакөл ауданындағы', 0, 'district', 'Alakol District', JTR),
        ('Қабанбай ауылында', 0, 'village', 'Kabanbai', JTR),
        ('Үшаралдағы', 0, 'city', 'Usharal', JTR, {'note': 'NI:hospital'}),
        ('Панфилов', 0, 'district', 'Panfilov District', JTR, {'note': 'NI:monitoring; list sharing the head noun аудандарында'}),
        ('Көксу', 0, 'district', 'Koksu District', JTR, {'note': 'NI:monitoring; list sharing the head noun аудандарында'}),
     ],
     inc={JTR: (2, 'Lepsy flood in two villages of Sarkand district (counted once); anthrax outbreak killing cattle in Kabanbai (livestock disease, counted as a mishap; doubtful)')}),

dict(id='q019', date='2010-07-14', lang='kk',
     event='2010 partial collapse of an old dormitory on Kurmangazy Street in Oral and a boy drowned in the Zhaiyk near Fedorovka, Terekty district (West Kazakhstan Region)',
     text="""ОРАЛ, 14 шілде (Kazinform) – Орал қаласындағы Құрманғазы көшесінде орналасқан екі қабатты ескі жатақхананың бір бөлігі құлап, бір әйел қаза тапты, тағы екі адам жарақат алды. Бұл туралы Батыс Қазақстан облысының төтенше жағдайлар департаменті хабарлады.
Үйде 46 адам тұрған. Тұрғындар Зачаганск кентіндегі уақытша баспанаға орналастырылды.
«Ғимарат 1958 жылы салынған, оны бұзу туралы шешім былтыр қабылданған еді», – деді қалалық әкімдіктің өкілі Айдос Жайықов.
Сол күні кешке Жайық өзенінде Теректі ауданына қарасты Федоровка ауылының маңында 14 жасар бала суға батып кетті. Оның денесін Ақсайдан келген сүңгуірлер тапты.
Жайық өзені облыс аумағына Ресейдің Орынбор облысынан ағып келеді. Биыл жаз ыстық болғандықтан, жағажайларға барушылар саны артты.""",
     ann=[
        ('ОРАЛ', 0, 'city', 'Oral', WKR, {'note': 'dateline'}),
        ('Орал қаласындағы', 0, 'city', 'Oral', WKR),
        ('Құрманғазы көшесінде', 0, 'facility', 'Kurmangazy Street (Oral)', WKR, {'subkind': 'street', 'note': 'named after a person; not Kurmangazy district'}),
        ('Батыс Қазақстан облысының', 0, 'region', WKR, WKR, {'note': 'inside the name of an authority'}),
        ('Зачаганск кентіндегі', 0, 'village', 'Zachagansk', WKR, {'note': 'NI:temporary shelter'}),
        ('Жайық өзенінде', 0, 'facility', 'Ural river', N, {'subkind': 'river'}),
        ('Теректі ауданына', 0, 'district', 'Terekty District', WKR),
        ('Федоровка ауылының', 0, 'village', 'Fedorovka (Terekty District)', WKR),
        ('Ақсайдан', 0, 'city', 'Aksai', WKR, {'note': 'NI:origin of divers'}),
        ('Жайық өзені', 0, 'facility', 'Ural river', N, {'subkind': 'river', 'note': 'NI:background'}),
        ('Ресейдің', 0, 'foreign', 'Russia', N),
        ('Орынбор облысынан', 0, 'foreign', 'Orenburg Oblast', N),
     ],
     inc={WKR: (2, 'partial dormitory collapse on Kurmangazy Street in Oral; boy drowned in the Zhaiyk near Fedorovka (Terekty district)')}),

dict(id='q020', date='2021-10-12', lang='kk',
     event='2021 gas pipeline rupture and fire near Tauchik, Tupkaragan district, and a car hitting camels on the Aktau-Beineu highway (Mangystau Region); akimat post in the Kazakh Latin alphabet; misspelt Тупқараған',
     text="""АҚТАУ, 12 қазан (Orda.kz) – Тупқараған ауданындағы Таушық ауылының маңында газ құбыры жарылып, өрт шықты. Бұл туралы Маңғыстау облысының төтенше жағдайлар департаменті хабарлады. Зардап шеккендер жоқ, бірақ 300-ге жуық үй газсыз қалды.
Аудан әкімдігі әлеуметтік желідегі парақшасында латын әліпбиімен былай деп жазды: «Taýshyq aýylyndaǵy gaz qubyry jóndelip jatyr, Fort-Shevchenkodan jáne Aqtaýdan mamandar keldi».
Сол түні Ақтау – Бейнеу тас жолында Сай-Өтес ауылынан 20 шақырым жерде жеңіл көлік жолға шығып кеткен түйелерге соғылып, екі адам қаза тапты. Марқұмдар Шетпе ауылының тұрғындары болған.
«Түнде малын бос жіберген иелер жауапқа тартылады», – деді облыстық полиция департаментінің өкілі Ерлан Бейнеуов.
Бейнеу арқылы Өзбекстан мен Түрікменстанға жүк тасымалданады, сондықтан тас жолда көлік көп.""",
     ann=[
        ('АҚТАУ', 0, 'city', 'Aktau', MR, {'note': 'dateline'}),
        ('Тупқараған ауданындағы', 0, 'district', 'Tupkaragan District', MR, {'note': 'misspelt (Тупқараған for Түпқараған)'}),
        ('Таушық ауылының', 0, 'village', 'Tauchik', MR),
        ('Маңғыстау облысының', 0, 'region', MR, MR, {'note': 'inside the name of an authority'}),
        ('Taýshyq aýylyndaǵy', 0, 'village', 'Tauchik', MR, {'note': 'Kazakh Latin alphabet (2021 version)'}),
        ('Fort-Shevchenkodan', 0, 'city', 'Fort-Shevchenko', MR, {'note': 'NI:origin of specialists; Kazakh Latin alphabet'}),
        ('Aqtaýdan', 0, 'city', 'Aktau', MR, {'note': 'NI:origin of specialists; Kazakh Latin alphabet'}),
        ('Ақтау', 0, 'city', 'Aktau', MR, {'note': 'NI:highway endpoint'}),
        ('Бейнеу', 0, 'village', 'Beineu', MR, {'note': 'NI:highway endpoint'}),
        ('Сай-Өтес ауылынан', 0, 'village', 'Sai-Utes', MR, {'note': 'NI:reference point'}),
        ('Шетпе ауылының', 0, 'village', 'Shetpe', MR, {'note': 'NI:residence of the victims'}),
        ('Бейнеу', 1, 'village', 'Beineu', MR, {'note': 'NI:transit route'}),
        ('Өзбекстан', 0, 'foreign', 'Uzbekistan', N),
        ('Түрікменстанға', 0, 'foreign', 'Turkmenistan', N),
     ],
     inc={MR: (2, 'gas pipeline rupture and fire near Tauchik (reported twice, once in Latin letters); fatal collision with camels on the Aktau-Beineu highway')}),

dict(id='q021', date='2024-06-04', lang='kk',
     event='2024 traders block Tauke Khan Avenue in protest at the closure of the Bekzhan market in Abai district, and a trench collapse kills two workers in Tassay, Karatau district (Shymkent)',
     text="""ШЫМКЕНТ, 4 маусым (Vlast.kz) – Шымкенттің Абай ауданындағы «Бекжан» базарының 200-ге жуық саудагері дүйсенбі күні базардың жабылуына наразылық білдіріп, Тәуке хан даңғылын бір сағатқа жауып тастады. Бұл туралы қалалық полиция департаменті хабарлады.
Саудагерлердің көбі Түркістан облысының Сайрам және Төлеби аудандарынан келеді.
«Базар өрт қауіпсіздігі талаптарына сай емес, саудагерлерге басқа орын ұсынылады», – деді Абай ауданының әкімі Нұрлан Қаратаев.
Сол күні Қаратау ауданындағы Тассай шағын ауданында кәріз құбырын тартып жатқан екі жұмысшы траншея опырылып, топырақ астында қалып қаза тапты. Жұмысшылар Жамбыл облысының Қаратау қаласынан келген.
Прокуратура екі оқиға бойынша да тексеріс бастады. Шымкент 2018 жылдан бері республикалық маңызы бар қала, ал «Бекжан» базары 1998 жылдан бері жұмыс істеп келеді.""",
     ann=[
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'dateline'}),
        ('Шымкенттің', 0, 'city', 'Shymkent', 'Shymkent'),
        ('Абай ауданындағы', 0, 'district', 'Abai District (Shymkent)', 'Shymkent', {'subkind': 'city district', 'note': 'a district of Shymkent, not Abai Region'}),
        ('Бекжан', 0, 'facility', 'Bekzhan market (Shymkent)', 'Shymkent', {'subkind': 'market'}),
        ('Тәуке хан даңғылын', 0, 'facility', 'Tauke Khan Avenue (Shymkent)', 'Shymkent', {'subkind': 'street'}),
        ('Түркістан облысының', 0, 'region', TR, TR, {'note': 'NI:origin of traders'}),
        ('Сайрам', 0, 'district', 'Sairam District', TR, {'note': 'NI:origin of traders; list sharing the head noun аудандарынан'}),
        ('Төлеби', 0, 'district', 'Tolebi District', TR, {'note': 'NI:origin of traders; list sharing the head noun аудандарынан'}),
        ('Абай ауданының', 0, 'district', 'Abai District (Shymkent)', 'Shymkent', {'subkind': 'city district', 'note': 'inside an official title'}),
        ('Қаратау ауданындағы', 0, 'district', 'Karatau District (Shymkent)', 'Shymkent', {'subkind': 'city district', 'note': 'a district of Shymkent, not Karatau town'}),
        ('Тассай шағын ауданында', 0, 'district', 'Tassay (Shymkent)', 'Shymkent', {'subkind': 'microdistrict'}),
        ('Жамбыл облысының', 0, 'region', JR, JR, {'note': 'NI:origin of workers'}),
        ('Қаратау қаласынан', 0, 'city', 'Karatau', JR, {'note': 'NI:origin of workers'}),
        ('Шымкент', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:background'}),
        ('Бекжан', 1, 'facility', 'Bekzhan market (Shymkent)', 'Shymkent', {'subkind': 'market', 'note': 'NI:background'}),
     ],
     inc={'Shymkent': (2, 'traders blocking Tauke Khan Avenue in protest (Abai district); fatal trench collapse in Tassay (Karatau district)')}),

dict(id='q022', date='1998-09-22', lang='kk',
     event='1998 shooting at border guards near the Khorgos post, Panfilov district, and a market fire in Taldykorgan (Almaty Region, after the 1997 merger of Taldykorgan Region)',
     text="""ЖАРКЕНТ, 22 қыркүйек (ҚазАқпарат) – Панфилов ауданындағы Қорғас шекара заставасының маңында белгісіз қарулы адамдар шекарашыларға оқ атып, бір сарбаз жараланды. Бұл туралы Алматы облысы бойынша шекара қызметі хабарлады.
Жараланған сарбаз алдымен Жаркент қаласындағы ауруханаға, кейін тікұшақпен Алматыға жеткізілді. Қылмыскерлер Қытай аумағына қашып кетті деген болжам бар.
«Бұл учаскеде мал ұрлығы жиі болады, шекарашылар ұрыларды тоқтатпақ болған», – деді шекара қызметінің өкілі Серік Жаркентов.
Сол аптада Талдықорғандағы «Жетісу» базарында өрт шығып, 30 дүңгіршек жанып кетті. Өртті сөндіруге Текеліден де өрт сөндірушілер шақырылды.
Жаркент пен Талдықорған былтырға дейін Талдықорған облысының құрамында болды, 1997 жылы облыс Алматы облысына қосылды. Шекара қызметі атыс бойынша қылмыстық іс қозғады.""",
     ann=[
        ('ЖАРКЕНТ', 0, 'city', 'Zharkent', ALR, {'note': 'dateline'}),
        ('Панфилов ауданындағы', 0, 'district', 'Panfilov District', ALR),
        ('Қорғас шекара заставасының', 0, 'facility', 'Khorgos border post', ALR, {'subkind': 'border post'}),
        ('Алматы облысы', 0, 'region', ALR, ALR, {'note': 'inside the name of an authority'}),
        ('Жаркент қаласындағы', 0, 'city', 'Zharkent', ALR, {'note': 'NI:hospital'}),
        ('Алматыға', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:where the soldier was flown'}),
        ('Қытай', 0, 'foreign', 'China', N),
        ('Талдықорғандағы', 0, 'city', 'Taldykorgan', ALR),
        ('Жетісу', 0, 'facility', 'Zhetysu market (Taldykorgan)', ALR, {'subkind': 'market', 'note': 'market name, not Jetisu Region'}),
        ('Текеліден', 0, 'city', 'Tekeli', ALR, {'note': 'NI:origin of firefighters'}),
        ('Жаркент', 1, 'city', 'Zharkent', ALR, {'note': 'NI:background'}),
        ('Талдықорған', 0, 'city', 'Taldykorgan', ALR, {'note': 'NI:background'}),
        ('Талдықорған облысының', 0, 'region', ALR, ALR, {'uncertain': True, 'note': 'NI:background; Taldykorgan Region was merged into Almaty Region in 1997'}),
        ('Алматы облысына', 0, 'region', ALR, ALR, {'note': 'NI:background'}),
     ],
     inc={ALR: (2, 'shooting at border guards near the Khorgos post (Panfilov district); market fire in Taldykorgan')}),

dict(id='q023', date='2025-07-07', lang='kk',
     event='2025 international aitys of improvising poets in Karkaraly national park (Karaganda Region; no incident)',
     text="""ҚАРҚАРАЛЫ, 7 шілде (Kazinform) – Қарағанды облысының Қарқаралы ауданында өткен халықаралық ақындар айтысына Қазақстанның 17 облысынан, сондай-ақ Қытай мен Моңғолиядан 40-қа жуық ақын қатысты.
Айтыс Қарқаралы ұлттық паркіндегі Шайтанкөл көлінің жағасында екі күн бойы өтті. Бас жүлдені Ұлытау облысынан келген ақын жеңіп алды, екінші орын Павлодардан келген ақынға, үшінші орын Баян-Өлгийден келген қандасымызға бұйырды.
«Қарқаралы – айтыстың қара шаңырағы. Көрермендер Қарағандыдан, Балқаштан, тіпті Астанадан келді», – деді аудан әкімі Қайрат Балқашев.
Келесі жылғы айтыс Шет ауданындағы Ақсу-Аюлы ауылында өтеді. Ұйымдастырушылардың айтуынша, биыл айтысты интернет арқылы 200 мыңнан астам адам тамашалады. Жеңімпазға жеңіл көлік табысталды, ал айтысты Қарағанды облыстық филармониясы ұйымдастырды.""",
     ann=[
        ('ҚАРҚАРАЛЫ', 0, 'city', 'Karkaraly', KR, {'note': 'dateline'}),
        ('Қарағанды облысының', 0, 'region', KR, KR),
        ('Қарқаралы ауданында', 0, 'district', 'Karkaraly District', KR),
        ('Қазақстанның', 0, 'country', 'Kazakhstan', N),
        ('17 облысынан', 0, 'quantified', '17 regions', N, {'count': 17, 'unit': 'region'}),
        ('Қытай', 0, 'foreign', 'China', N),
        ('Моңғолиядан', 0, 'foreign', 'Mongolia', N),
        ('Қарқаралы ұлттық паркіндегі', 0, 'facility', 'Karkaraly National Park', KR, {'subkind': 'national park'}),
        ('Шайтанкөл көлінің', 0, 'facility', 'Lake Shaitankol', N, {'subkind': 'lake'}),
        ('Ұлытау облысынан', 0, 'region', UR, UR, {'note': 'origin of a poet'}),
        ('Павлодардан', 0, 'city', 'Pavlodar', PR, {'note': 'origin of a poet'}),
        ('Баян-Өлгийден', 0, 'foreign', 'Bayan-Olgii', N, {'note': 'origin of a poet'}),
        ('Қарқаралы', 2, 'city', 'Karkaraly', KR, {'note': 'in a quotation; the town'}),
        ('Қарағандыдан', 0, 'city', 'Karaganda', KR, {'note': 'origin of spectators'}),
        ('Балқаштан', 0, 'city', 'Balkhash', KR, {'note': 'origin of spectators'}),
        ('Астанадан', 0, 'city', 'Astana', 'Astana', {'note': 'origin of spectators'}),
        ('Шет ауданындағы', 0, 'district', 'Shet District', KR),
        ('Ақсу-Аюлы ауылында', 0, 'village', 'Aksu-Ayuly', KR),
     ],
     inc={}),

dict(id='q024', date='2013-11-28', lang='kk',
     event='2013 ice storm cuts power to 31 villages in Esil and Akkayin districts and a freight train hits a tractor at Bulaevo station, Magzhan Zhumabayev district (North Kazakhstan Region)',
     text="""ПЕТРОПАВЛ, 28 қараша (Kazinform) – Солтүстік Қазақстан облысында көктайғақ салдарынан электр желілері үзіліп, Есіл және Аққайың аудандарындағы 31 ауыл жарықсыз қалды. Бұл туралы облыстық энергетика басқармасы хабарлады.
Есіл ауданының орталығы Явленка ауылында 12 тірек құлады. Жөндеушілер бригадасы Петропавлдан және Смирново ауылынан шықты.
Сол күні таңертең Мағжан Жұмабаев ауданындағы Булаево станциясында жүк пойызы темір жол өткелінде тракторға соғылып, тракторшы қаза тапты.
«Желілердің 60 пайызы өткен ғасырдың 70-жылдары тартылған, оларды ауыстыруға қаражат жетпейді», – деді басқарма басшысы Айдар Есілов.
Синоптиктердің айтуынша, жауын-шашын Ресейдің Омбы облысынан бері жылжып келеді. Жол полициясы Көкшетау – Петропавл тас жолында жүргізушілерді абай болуға шақырды. Ауылдардың көбіне жарық түнге қарай қайта берілді.""",
     ann=[
        ('ПЕТРОПАВЛ', 0, 'city', 'Petropavl', NKR, {'note': 'dateline'}),
        ('Солтүстік Қазақстан облысында', 0, 'region', NKR, NKR),
        ('Есіл', 0, 'district', 'Esil District (North Kazakhstan Region)', NKR, {'note': 'list sharing the head noun аудандарындағы'}),
        ('Аққайың', 0, 'district', 'Akkayin District', NKR, {'note': 'list sharing the head noun аудандарындағы'}),
        ('31 ауыл', 0, 'quantified', '31 villages', N, {'count': 31, 'unit': 'village', 'note': 'villages of the two districts named'}),
        ('Есіл ауданының', 0, 'district', 'Esil District (North Kazakhstan Region)', NKR),
        ('Явленка ауылында', 0, 'village', 'Yavlenka', NKR),
        ('Петропавлдан', 0, 'city', 'Petropavl', NKR, {'note': 'NI:origin of repair crews'}),
        ('Смирново ауылынан', 0, 'village', 'Smirnovo', NKR, {'note': 'NI:origin of repair crews'}),
        ('Мағжан Жұмабаев ауданындағы', 0, 'district', 'Magzhan Zhumabayev District', NKR, {'note': 'district named after a person'}),
        ('Булаево станциясында', 0, 'facility', 'Bulaevo station', NKR, {'subkind': 'railway station'}),
        ('Ресейдің', 0, 'foreign', 'Russia', N),
        ('Омбы облысынан', 0, 'foreign', 'Omsk Oblast', N),
        ('Көкшетау', 0, 'city', 'Kokshetau', AKR, {'note': 'NI:highway endpoint; warning only'}),
        ('Петропавл', 0, 'city', 'Petropavl', NKR, {'note': 'NI:highway endpoint; warning only'}),
     ],
     inc={NKR: (2, 'ice storm cutting power in 31 villages of Esil and Akkayin districts (one natural disaster, counted once); freight train hitting a tractor at Bulaevo station')}),
]
