"""Kazakh texts of the sixty-sixth unseen check corpus (Cyrillic; p022 quotes one sentence
in the Kazakh Latin alphabet of January 2021)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p017', date='2021-07-13', lang='kk',
     event='2021 round-up: teenager drowns in Lake Balkhash (Karaganda Region); Esil district court of Nur-Sultan sentences a developer for fraud; new deputy governor of Karaganda Region from Temirtau (first name Ertis); lorry queue at the Kordai checkpoint on the Kyrgyz border',
     text="""АЙМАҚТАРДАН ҚЫСҚАША
13 шілде 2021 жыл

БАЛҚАШ. Балқаш көлінде қайық аударылып, 17 жастағы жасөспірім суға батып кетті. Онымен бірге болған досын жағада демалып жүрген тұрғындар құтқарып қалды, деп хабарлады Қарағанды облысының төтенше жағдайлар департаменті. Сүңгуірлер мәйітті екі сағаттан кейін тапты.

НҰР-СҰЛТАН. Нұр-Сұлтан қаласының Есіл аудандық соты құрылыс компаниясының бұрынғы басшысын үлескерлердің 300 миллион теңгесін жымқырғаны үшін жеті жылға бас бостандығынан айырды.

ҚАРАҒАНДЫ. Облыс әкімінің орынбасары болып Ертіс Сәрсенбаев тағайындалды. Ол бұған дейін Теміртау қаласының әкімі болған.

ШЕКАРА. Қазақстан мен Қырғызстан арасындағы «Қордай» өткізу бекетінде жүк көліктерінің кезегі бес шақырымға созылды. Жүргізушілер бекетте екі тәулік тұрғанын айтады.""",
     ann=[
        ('БАЛҚАШ', 0, 'city', 'Balkhash', KR, {'note': 'dateline'}),
        ('Балқаш көлінде', 0, 'facility', 'Lake Balkhash', N, {'subkind': 'lake', 'note': 'the drowning took place off the town of Balkhash (Karaganda Region)'}),
        ('Қарағанды облысының', 0, 'region', KR, KR, {'note': 'inside the name of an authority'}),
        ('НҰР-СҰЛТАН', 0, 'city', 'Astana', 'Astana', {'note': 'dateline; the capital named Nur-Sultan 2019-2022'}),
        ('Нұр-Сұлтан қаласының', 0, 'city', 'Astana', 'Astana', {'note': 'inside the name of a court'}),
        ('Есіл', 0, 'district', 'Esil District (Astana)', 'Astana', {'subkind': 'city district', 'note': 'inside the name of a court ("аудандық соты"); a district of the capital, not the river or the Akmola town'}),
        ('ҚАРАҒАНДЫ', 0, 'city', 'Karaganda', KR, {'note': 'dateline'}),
        ('Теміртау қаласының', 0, 'city', 'Temirtau', KR, {'note': "NI:the appointee's former post"}),
        ('Қазақстан', 0, 'country', 'Kazakhstan', N),
        ('Қырғызстан', 0, 'foreign', 'Kyrgyzstan', N),
        ('Қордай', 0, 'facility', 'Kordai checkpoint', JR, {'subkind': 'checkpoint', 'note': 'NI:name in quotes; lorry queue, not an incident'}),
     ],
     inc={KR: (1, 'teenager drowned after a boat capsized in Lake Balkhash')}),

dict(id='p018', date='2022-12-06', lang='kk',
     event='2022 round-up from the new regions half a year on: school gym fire in Semey and a student protest at the Abai college (Abai Region); fatal collision in Eskeldi district on the Taldykorgan-Ushtobe road, a cattle-shed fire in Koktal, Panfilov district, and a bribery sentence in Taldykorgan (Jetisu Region); a new hospital in Ayagoz; carbon monoxide deaths in Karsakpai and a blizzard in several districts (Ulytau Region); new akim of Baikonur district of Astana (not the cosmodrome); grain exports through Khorgos',
     text="""ЖАҢА ОБЛЫСТАРДАН ЖАҢАЛЫҚТАР
6 желтоқсан 2022 жыл

СЕМЕЙ. Абай облысының орталығы Семей қаласындағы № 12 мектепте түнде өрт шығып, спорт залының шатыры толық жанып кетті. Зардап шеккендер жоқ, оқушылар екі күн қашықтан оқиды. Облыстық төтенше жағдайлар департаментінің мәліметінше, өрт электр сымдарының тұйықталуынан шыққан.
Сол күні Абай атындағы колледждің 200-ге жуық студенті жатақхана ақысының өсуіне қарсы оқу ғимаратының алдында наразылық білдірді. Колледж басшылығы бағаны көктемге дейін өзгертпеуге уәде берді.

ТАЛДЫҚОРҒАН. Талдықорған – Үштөбе тас жолында, Ескелді ауданының аумағында жолаушылар автобусы мен жеңіл көлік соқтығысып, екі адам қаза тапты, алтауы жарақат алды. Жетісу облысының полиция департаменті жүргізушінің қарсы жолаққа шығып кеткенін хабарлады.
Талдықорған қалалық соты пара алғаны үшін жол полициясының бұрынғы қызметкерін бес жылға соттады.

ЖАРКЕНТ. Панфилов ауданындағы Көктал ауылында түнде мал қорасы өртеніп, 30-дан астам қой мен екі сиыр қырылды. Өрт көршілес үйлерге тарамады. Шаруа қожалығының иесі қораны кімнің өртегенін анықтауды талап етіп, полицияға арыз берді.

ЖЕЗҚАЗҒАН. Ұлытау ауданына қарасты Қарсақбай кентінде иіс газынан уланып, егде жастағы ерлі-зайыпты көз жұмды. Ұлытау облысының бірнеше ауданында боран соғып, Жезқазған – Қарағанды тас жолы екі күн жабық тұрды. Жолда қалған 40-тан астам адам жылыту пункттеріне жеткізілді.

АСТАНА. Елорданың Байқоңыр ауданының әкімі болып Алтай Жұмабеков тағайындалды. Ол бұған дейін қалалық құрылыс басқармасын басқарған. Аудан тұрғындары жаңа әкімнен ең алдымен жол мен көше жарығы мәселесін шешуді күтеді.

АЯГӨЗ. Абай облысының Аягөз қаласында 150 орындық жаңа аудандық аурухана ашылды. Оның құрылысына республикалық бюджеттен 9 миллиард теңге бөлінген.

ЭКОНОМИКА. Жыл басынан бері Қорғас шекара бекеті арқылы Қытайға 1,2 миллион тонна астық жөнелтілді. Бұл былтырғыдан үштен бір есе көп.""",
     ann=[
        ('СЕМЕЙ', 0, 'city', 'Semey', ABR, {'note': 'dateline; Abai Region since 2022-06-08'}),
        ('Абай облысының', 0, 'region', ABR, ABR),
        ('Семей қаласындағы', 0, 'city', 'Semey', ABR),
        ('ТАЛДЫҚОРҒАН', 0, 'city', 'Taldykorgan', JTR, {'note': 'dateline; Jetisu Region since 2022-06-08'}),
        ('Талдықорған', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:road endpoint'}),
        ('Үштөбе', 0, 'city', 'Ushtobe', JTR, {'note': 'NI:road endpoint'}),
        ('Ескелді ауданының', 0, 'district', 'Eskeldi District', JTR),
        ('Жетісу облысының', 0, 'region', JTR, JTR, {'note': 'inside the name of an authority'}),
        ('Талдықорған', 1, 'city', 'Taldykorgan', JTR, {'note': 'NI:inside the name of a court'}),
        ('ЖАРКЕНТ', 0, 'city', 'Zharkent', JTR, {'note': 'dateline; Jetisu Region since 2022-06-08'}),
        ('Панфилов ауданындағы', 0, 'district', 'Panfilov District', JTR, {'note': 'district named after a person'}),
        ('Көктал ауылында', 0, 'village', 'Koktal', JTR),
        ('ЖЕЗҚАЗҒАН', 0, 'city', 'Zhezkazgan', UR, {'note': 'dateline; Ulytau Region since 2022-06-08'}),
        ('Ұлытау ауданына', 0, 'district', 'Ulytau District', UR, {'note': 'the district, not the region'}),
        ('Қарсақбай кентінде', 0, 'village', 'Karsakpai', UR, {'note': 'settlement (кент)'}),
        ('Ұлытау облысының бірнеше ауданында', 0, 'quantified', 'several districts', N, {'count': None, 'unit': 'district', 'note': 'blizzard and closed roads, not incidents; the region inside the quantified phrase'}),
        ('Жезқазған', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:road endpoint'}),
        ('Қарағанды', 0, 'city', 'Karaganda', KR, {'note': 'NI:road endpoint'}),
        ('Байқоңыр ауданының', 0, 'district', 'Baikonur District (Astana)', 'Astana', {'subkind': 'city district', 'note': 'NI:appointment; a district of the capital, not the cosmodrome'}),
        ('АСТАНА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline; the capital named Astana again since 2022-09-17'}),
        ('АЯГӨЗ', 0, 'city', 'Ayagoz', ABR, {'note': 'dateline'}),
        ('Абай облысының', 1, 'region', ABR, ABR, {'note': 'NI:new hospital'}),
        ('Аягөз қаласында', 0, 'city', 'Ayagoz', ABR, {'note': 'NI:new hospital'}),
        ('Қорғас шекара бекеті', 0, 'facility', 'Khorgos border crossing', JTR, {'subkind': 'checkpoint', 'note': 'NI:economy item; the Kazakh side, Panfilov district'}),
        ('Қытайға', 0, 'foreign', 'China', N, {'note': 'NI:export destination'}),
     ],
     inc={ABR: (2, 'fire in the gym of school No. 12 in Semey; student protest at the Abai college'),
          JTR: (2, 'bus-car collision in Eskeldi district on the Taldykorgan-Ushtobe road, two dead; night fire in a cattle shed in Koktal, Panfilov district; the bribery sentence is not counted'),
          UR: (1, 'carbon monoxide poisoning in Karsakpai, a couple dead; the blizzard caused no reported damage')}),

dict(id='p019', date='2014-06-03', lang='kk',
     event='2014 round-up: hail and downpour damage roofs and flood streets in Oral (West Kazakhstan Region); three wagons derailed at Kandyagash station (Aktobe Region); Aktobe regional court ruling; lorries from Russia\'s Orenburg Oblast',
     text="""ӨҢІРЛЕР ХАБАРЫ: 3 маусым 2014 жыл

ОРАЛ. Кеше кешке Орал қаласында жауған бұршақ пен нөсер 40-тан астам тұрғын үйдің шатырын зақымдап, бірнеше көшені су басты. Құлаған ағаш бір көлікті басып қалды, жарақат алғандар жоқ. Батыс Қазақстан облысының төтенше жағдайлар департаменті тұрғындарға көмек көрсетіп жатыр.

ҚАНДЫАҒАШ. Қандыағаш стансасында жүк пойызының үш вагоны рельстен шығып кетті. Вагондарда астық болған, адамдар зардап шеккен жоқ. Оқиғаға байланысты Ақтөбе мен Атырау бағытындағы жолаушылар пойыздары екі сағатқа кешікті.

АҚТӨБЕ. Ақтөбе облыстық соты Ресейдің Орынбор облысынан келген жүк көліктерінен ет тасымалдауға тыйым салу туралы шешімді күшінде қалдырды.""",
     ann=[
        ('ОРАЛ', 0, 'city', 'Oral', WKR, {'note': 'dateline'}),
        ('Орал қаласында', 0, 'city', 'Oral', WKR),
        ('Батыс Қазақстан облысының', 0, 'region', WKR, WKR, {'note': 'inside the name of an authority'}),
        ('ҚАНДЫАҒАШ', 0, 'city', 'Kandyagash', AR, {'note': 'dateline'}),
        ('Қандыағаш стансасында', 0, 'facility', 'Kandyagash railway station', AR, {'subkind': 'railway station'}),
        ('Ақтөбе', 0, 'city', 'Aktobe', AR, {'note': 'NI:train direction'}),
        ('Атырау', 0, 'city', 'Atyrau', ATR, {'note': 'NI:train direction'}),
        ('АҚТӨБЕ', 0, 'city', 'Aktobe', AR, {'note': 'dateline'}),
        ('Ақтөбе', 1, 'region', AR, AR, {'note': 'NI:inside the name of a court ("облыстық соты")'}),
        ('Ресейдің', 0, 'foreign', 'Russia', N),
        ('Орынбор облысынан', 0, 'foreign', 'Orenburg Oblast', N, {'note': 'NI:origin of lorries'}),
     ],
     inc={WKR: (1, 'hail and downpour in Oral: roofs of 40 houses damaged, streets flooded (one storm)'),
          AR: (1, 'three wagons of a goods train derailed at Kandyagash station')}),

dict(id='p020', date='2019-01-22', lang='kk',
     event='2019 round-up: gas explosion in a private house in Abai district of Shymkent (a city of republican significance; not the later Abai Region); miners\' protest at the Kentau akimat (Turkistan Region); the regional administration moved from Shymkent to Turkistan; melons exported to Russia via Tashkent',
     text="""ОҢТҮСТІК ӨҢІРЛЕРДЕН ҚЫСҚА ЖАҢАЛЫҚТАР
22 қаңтар 2019 жыл

ШЫМКЕНТ. Шымкенттің Абай ауданындағы жеке тұрғын үйде газ жарылып, үй иесі мен оның ұлы күйік алды. Жарылыстан көршілес екі үйдің терезелері шағылды. Шымкент қаласының төтенше жағдайлар департаменті газ баллонының ақаулы болғанын хабарлады.

КЕНТАУ. Кентау қаласында жабылып қалған кеніштің 120-дан астам бұрынғы жұмысшысы қала әкімдігінің алдына жиналып, үш айлық жалақыны төлеуді талап етті. Түркістан облысы әкімінің орынбасары наразылық білдірушілермен кездесті.

ТҮРКІСТАН. Облыстық әкімдік Шымкенттен Түркістанға толық көшіп бітті. Қалада жаңа әкімшілік орталықтың құрылысы жалғасып жатыр.

ЭКОНОМИКА. Жетісай мен Сарыағаштан Ташкент арқылы Ресейге 40 мың тонна қауын-қарбыз жөнелтілді.""",
     ann=[
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'dateline; city of republican significance since 2018-06-19'}),
        ('Шымкенттің', 0, 'city', 'Shymkent', 'Shymkent'),
        ('Абай ауданындағы', 0, 'district', 'Abai District (Shymkent)', 'Shymkent', {'subkind': 'city district', 'note': 'district of Shymkent; Abai Region did not exist in 2019'}),
        ('Шымкент қаласының', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'inside the name of an authority'}),
        ('КЕНТАУ', 0, 'city', 'Kentau', TR, {'note': 'dateline'}),
        ('Кентау қаласында', 0, 'city', 'Kentau', TR),
        ('Түркістан облысы', 0, 'region', TR, TR, {'note': 'official post'}),
        ('ТҮРКІСТАН', 0, 'city', 'Turkistan', TR, {'note': 'dateline'}),
        ('Шымкенттен', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:former seat of the regional akimat'}),
        ('Түркістанға', 0, 'city', 'Turkistan', TR, {'note': 'NI:new seat of the regional akimat'}),
        ('Жетісай', 0, 'city', 'Zhetysai', TR, {'note': 'NI:origin of exports; not Jetisu'}),
        ('Сарыағаштан', 0, 'city', 'Saryagash', TR, {'note': 'NI:origin of exports'}),
        ('Ташкент', 0, 'foreign', 'Tashkent', N, {'note': 'NI:transit'}),
        ('Ресейге', 0, 'foreign', 'Russia', N, {'note': 'NI:export destination'}),
     ],
     inc={'Shymkent': (1, 'gas explosion in a private house in Abai district, two burnt'),
          TR: (1, 'former miners\' protest at the Kentau city akimat')}),

dict(id='p021', date='2007-04-17', lang='kk',
     event='2007 round-up: furniture warehouse fire in Taldykorgan (Almaty Region before 2022); Semey court and the former nuclear test site on East Kazakhstan, Pavlodar and Karaganda land (East Kazakhstan Region before 2022); fatal collision on the Zhezkazgan-Karaganda road (Karaganda Region)',
     text="""ОБЛЫСТАРДАН ЖЕДЕЛ ХАБАР
17 сәуір 2007 жыл

ТАЛДЫҚОРҒАН. Қаланың өнеркәсіптік аймағындағы жиһаз қоймасында өрт шығып, 800 шаршы метр аумақты шарпыды. Өртті 14 өрт сөндіру бөлімі сөндірді, зардап шеккендер жоқ, деп хабарлады Алматы облысының төтенше жағдайлар департаменті.

СЕМЕЙ. Семей қалалық соты бұрынғы ядролық сынақ полигонының аумағынан металл сынықтарын заңсыз шығарған үш адамды екі жылдан бес жылға дейін бас бостандығынан айырды. Полигон Шығыс Қазақстан, Павлодар және Қарағанды облыстарының жерінде орналасқан.

ЖЕЗҚАЗҒАН. Жезқазған – Қарағанды тас жолының 30-шақырымында жүк көлігі мен жеңіл көлік соқтығысып, үш адам қаза тапты. Қарағанды облыстық жол полициясы басқармасының мәліметінше, жеңіл көліктің жүргізушісі басып озу кезінде қарсы жолаққа шығып кеткен.""",
     ann=[
        ('ТАЛДЫҚОРҒАН', 0, 'city', 'Taldykorgan', ALR, {'note': 'dateline; Almaty Region before 2022-06-08'}),
        ('Алматы облысының', 0, 'region', ALR, ALR, {'note': 'inside the name of an authority; the region, not the city'}),
        ('СЕМЕЙ', 0, 'city', 'Semey', EKR, {'note': 'dateline; East Kazakhstan Region before 2022-06-08'}),
        ('Семей', 0, 'city', 'Semey', EKR, {'note': 'NI:inside the name of a court ("Семей қалалық соты")'}),
        ('Шығыс Қазақстан', 0, 'region', EKR, EKR, {'note': 'NI:in a list sharing "облыстарының"; extent of the former test site'}),
        ('Павлодар', 0, 'region', PR, PR, {'note': 'NI:in a list sharing "облыстарының"'}),
        ('Қарағанды', 0, 'region', KR, KR, {'note': 'NI:in a list sharing "облыстарының"'}),
        ('ЖЕЗҚАЗҒАН', 0, 'city', 'Zhezkazgan', KR, {'note': 'dateline; Karaganda Region before 2022-06-08'}),
        ('Жезқазған', 0, 'city', 'Zhezkazgan', KR, {'note': 'NI:road endpoint'}),
        ('Қарағанды', 1, 'city', 'Karaganda', KR, {'note': 'NI:road endpoint'}),
        ('Қарағанды', 2, 'region', KR, KR, {'note': 'inside the name of an authority ("облыстық жол полициясы")'}),
     ],
     inc={ALR: (1, 'fire at a furniture warehouse in the industrial zone of Taldykorgan'),
          KR: (1, 'lorry-car collision at km 30 of the Zhezkazgan-Karaganda road, three dead')}),

dict(id='p022', date='2026-01-27', lang='kk',
     event='2026 round-up: earthquake from Kyrgyzstan felt in Almaty without damage; fatal fire in a boarding house in Konaev (Almaty Region); taxi drivers protest at the Shymkent akimat; 12-car pile-up in Kordai district on the Taraz-Almaty road (Jambyl Region); Aktau-Baku container line; gas explosion in a house in Kyzylorda and a Soyuz launch from Baikonur (Kyzylorda Region); new chairwoman of the Astana city court; heating season normal in all 17 regions; a police post in the Kazakh Latin alphabet of 2021',
     text="""ӨҢІРЛЕРДЕН ЖАҢАЛЫҚТАР ТОПТАМАСЫ
27 қаңтар 2026 жыл

АЛМАТЫ. Түнгі сағат 02:14-те Алматыда 4 балдық жер сілкінісі сезілді. Сейсмологтардың мәліметінше, эпицентр Қырғызстан аумағында, Бішкектен 60 шақырым оңтүстікте болған. Қалада зақым келген ғимараттар жоқ.

ҚОНАЕВ. Алматы облысының орталығы Қонаев қаласындағы жеке пансионатта өрт шығып, бір қарт адам көз жұмды. Қалған 23 тұрғын эвакуацияланды. Облыстық полиция департаменті парақшасында латын әрпімен жазылған хабарлама жариялады: «Qonaev qalasyndağy pansionatta örtke qatysty tergeu bastaldy». Пансионаттың лицензиясы болмаған.

ШЫМКЕНТ. Шымкенттің 150-ге жуық такси жүргізушісі қала әкімдігінің алдына жиналып, жаңа тариф ережесіне наразылық білдірді. Жүргізушілердің айтуынша, жаңа ереже бойынша әр көлік жыл сайын қымбат техникалық байқаудан өтуге міндетті. Полиция төрт адамды ұстады, кейін олар айыппұл төлеп босатылды.

ҚЫЗЫЛОРДА. Қызылорда қаласының Тасбөгет кентінде жеке үйде газ жарылып, екі адам жарақат алды. Газ қызметінің мамандары үйдегі газ пешінің ескі екенін және оны соңғы рет он жыл бұрын тексергенін айтты. Сол күні Байқоңыр ғарыш айлағынан «Союз» зымыраны ұшырылды, ұшу қалыпты өтті.

ТАРАЗ. Тараз – Алматы тас жолының Қордай ауданы арқылы өтетін бөлігінде көктайғақ салдарынан 12 көлік бірінен соң бірі соқтығысты, бес адам жарақат алды. Жол полициясы бұл учаскеде жылдамдықты сағатына 60 шақырымға дейін шектеді.

АҚТАУ. Ақтау теңіз портынан Баку бағытына жаңа контейнер желісі іске қосылды. Алғашқы кеме Қытайдан келген 120 контейнерді тасымалдайды.

АСТАНА. Астана қалалық сотының төрағасы болып Гүлнар Есенова тағайындалды. Ол бұған дейін Жоғарғы сотта судья болған.

ЖЫЛУ МАУСЫМЫ. Энергетика министрлігінің хабарлауынша, жылу беру маусымы еліміздің барлық 17 облысында қалыпты өтіп жатыр, ірі апат тіркелген жоқ. Ал Қазақстанның солтүстігінде аяз 40 градусқа жетті, Петропавл мен Көкшетауда сабақтар онлайн форматқа көшірілді.""",
     ann=[
        ('АЛМАТЫ', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Алматыда', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:earthquake felt, no damage'}),
        ('Қырғызстан', 0, 'foreign', 'Kyrgyzstan', N, {'note': 'NI:epicentre'}),
        ('Бішкектен', 0, 'foreign', 'Bishkek', N, {'note': 'NI:reference point'}),
        ('ҚОНАЕВ', 0, 'city', 'Konaev', ALR, {'note': 'dateline'}),
        ('Алматы облысының', 0, 'region', ALR, ALR, {'note': 'the region, not the city'}),
        ('Қонаев қаласындағы', 0, 'city', 'Konaev', ALR),
        ('Qonaev qalasyndağy', 0, 'city', 'Konaev', ALR, {'note': 'Kazakh Latin alphabet of 2021 in a police post'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'dateline'}),
        ('Шымкенттің', 0, 'city', 'Shymkent', 'Shymkent'),
        ('ҚЫЗЫЛОРДА', 0, 'city', 'Kyzylorda', KZR, {'note': 'dateline'}),
        ('Қызылорда қаласының', 0, 'city', 'Kyzylorda', KZR),
        ('Тасбөгет кентінде', 0, 'village', 'Tasbuget', KZR, {'note': 'settlement under the Kyzylorda city administration'}),
        ('Байқоңыр ғарыш айлағынан', 0, 'facility', 'Baikonur Cosmodrome', KZR, {'subkind': 'cosmodrome', 'note': 'NI:routine launch; leased to Russia'}),
        ('ТАРАЗ', 0, 'city', 'Taraz', JR, {'note': 'dateline'}),
        ('Тараз', 0, 'city', 'Taraz', JR, {'note': 'NI:road endpoint'}),
        ('Алматы', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:road endpoint'}),
        ('Қордай ауданы', 0, 'district', 'Kordai District', JR, {'note': 'section of the road where the pile-up happened'}),
        ('АҚТАУ', 0, 'city', 'Aktau', MR, {'note': 'dateline'}),
        ('Ақтау теңіз портынан', 0, 'facility', 'Aktau sea port', MR, {'subkind': 'port', 'note': 'NI:economy item'}),
        ('Баку', 0, 'foreign', 'Baku', N, {'note': 'NI:destination of the container line'}),
        ('Қытайдан', 0, 'foreign', 'China', N, {'note': 'NI:origin of containers'}),
        ('АСТАНА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Астана', 0, 'city', 'Astana', 'Astana', {'note': 'NI:inside the name of a court ("қалалық соты")'}),
        ('барлық 17 облысында', 0, 'quantified', 'all 17 regions', N, {'count': 17, 'unit': 'region', 'quantifier': 'all', 'note': 'heating season, no incidents'}),
        ('Қазақстанның', 0, 'country', 'Kazakhstan', N, {'note': 'directional phrase "the north of Kazakhstan": only the country'}),
        ('Петропавл', 0, 'city', 'Petropavl', NKR, {'note': 'NI:frost, schools online'}),
        ('Көкшетауда', 0, 'city', 'Kokshetau', AKR, {'note': 'NI:frost, schools online'}),
     ],
     inc={ALR: (1, 'fire at a private boarding house in Konaev, one dead'),
          'Shymkent': (1, 'taxi drivers\' protest at the city akimat, four detained'),
          KZR: (1, 'gas explosion in a private house in Tasbuget, two hurt; the Soyuz launch is not an incident'),
          JR: (1, 'twelve-car pile-up on black ice on the Kordai section of the Taraz-Almaty road, five hurt')}),

dict(id='p023', date='2000-05-16', lang='kk',
     event='2000 round-up: the Zhaiyk (Ural) overflows and floods 30 houses in Makhambet district (Atyrau Region); new akim of Mangystau Region in Aktau; new airport terminal in Astana, the capital since 1997',
     text="""АЙМАҚТАРДАН АҚПАРАТ
16 мамыр 2000 жыл

АТЫРАУ. Жайық өзені арнасынан асып, Махамбет ауданындағы Бейбарыс ауылында 30 үйді су басты. Тұрғындар аудан орталығындағы мектепке көшірілді, оларға облыстық әкімдік уақытша баспана мен азық-түлік береді. Атырау облыстық төтенше жағдайлар басқармасының мәліметінше, судың деңгейі әлі көтеріліп жатыр.

АҚТАУ. Маңғыстау облысының әкімі болып Серік Ақтауов тағайындалды. Жаңа әкім облыстық мәслихат сессиясында мұнай компанияларымен жұмысты күшейтуге уәде берді.

АСТАНА. Астана әуежайында жаңа жолаушылар терминалының құрылысы басталды. Құрылысты Германия мен Түркияның компаниялары жүргізеді, жұмыс 2001 жылдың күзінде аяқталуы тиіс. Ақмоладан Астана болып өзгертілгеніне екі жыл толған елорда тез өсіп келеді.""",
     ann=[
        ('АТЫРАУ', 0, 'city', 'Atyrau', ATR, {'note': 'dateline'}),
        ('Жайық өзені', 0, 'facility', 'Ural River', N, {'subkind': 'river'}),
        ('Махамбет ауданындағы', 0, 'district', 'Makhambet District', ATR, {'note': 'district named after a poet'}),
        ('Бейбарыс ауылында', 0, 'village', 'Beibarys', ATR, {'note': 'village of Makhambet district'}),
        ('Атырау', 0, 'region', ATR, ATR, {'note': 'inside the name of an authority ("облыстық ... басқармасы")'}),
        ('АҚТАУ', 0, 'city', 'Aktau', MR, {'note': 'dateline'}),
        ('Маңғыстау облысының', 0, 'region', MR, MR, {'note': 'NI:official post'}),
        ('АСТАНА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Астана әуежайында', 0, 'facility', 'Astana airport', 'Astana', {'subkind': 'airport', 'note': 'NI:construction'}),
        ('Германия', 0, 'foreign', 'Germany', N),
        ('Түркияның', 0, 'foreign', 'Turkey', N),
        ('Ақмоладан', 0, 'city', 'Astana', 'Astana', {'note': 'NI:former name of the capital (Akmola, renamed 1998)'}),
        ('Астана', 1, 'city', 'Astana', 'Astana', {'note': 'NI:the new name'}),
     ],
     inc={ATR: (1, 'flood: the Zhaiyk overflowed, 30 houses flooded in Makhambet district')}),

dict(id='p024', date='2017-08-08', lang='kk',
     event='2017 round-up: fire at a hotel near the Khoja Ahmed Yasawi mausoleum in Turkestan and a fatal minibus crash near Kaplanbek, Saryagash district (South Kazakhstan Region before 2018); cotton prospects in Maktaaral district (Zhetysai, not Jetisu); South Kazakhstan regional court in Shymkent; pilgrims from Uzbekistan',
     text="""ОҢТҮСТІК ҚАЗАҚСТАН: КҮН ЖАҢАЛЫҚТАРЫ
8 тамыз 2017 жыл

ТҮРКІСТАН. Қожа Ахмет Ясауи кесенесінің маңындағы үш қабатты қонақүйде өрт шығып, 40 қонақ эвакуацияланды. Екі адам түтіннен уланып, ауруханаға жеткізілді. Қонақүйде негізінен Өзбекстаннан келген зиярат етушілер тұрған.

САРЫАҒАШ. Сарыағаш ауданындағы Қапланбек ауылының маңында шағын автобус жүк көлігімен соқтығысып, үш адам қаза тапты, жетеуі жарақат алды. Шағын автобус Шымкенттен Сарыағашқа бара жатқан.

ЖЕТІСАЙ. Мақтаарал ауданының диқандары биыл мақтаның әр гектарынан 30 центнерден өнім алуды күтеді, деп хабарлады аудан әкімдігі. Жетісайдағы мақта тазалау зауыттары маусымға дайын.

ШЫМКЕНТ. ОҚО сотының алқасы Қазығұрт ауданының бұрынғы әкімінің апелляциясын қанағаттандырмай, оған берілген төрт жылдық жазаны өзгеріссіз қалдырды.""",
     ann=[
        ('ОҢТҮСТІК ҚАЗАҚСТАН', 0, 'region', SKR, SKR, {'uncertain': True, 'note': 'headline without "облысы": read as the region (all items lie in it), could be read as "southern Kazakhstan"'}),
        ('ТҮРКІСТАН', 0, 'city', 'Turkistan', SKR, {'note': 'dateline; South Kazakhstan Region before 2018-06-19'}),
        ('Қожа Ахмет Ясауи кесенесінің', 0, 'facility', 'Khoja Ahmed Yasawi Mausoleum (Turkistan)', SKR, {'subkind': 'mausoleum', 'note': 'reference point of the hotel fire'}),
        ('Өзбекстаннан', 0, 'foreign', 'Uzbekistan', N, {'note': 'NI:origin of pilgrims'}),
        ('САРЫАҒАШ', 0, 'city', 'Saryagash', SKR, {'note': 'dateline'}),
        ('Сарыағаш ауданындағы', 0, 'district', 'Saryagash District', SKR),
        ('Қапланбек ауылының', 0, 'village', 'Kaplanbek', SKR),
        ('Шымкенттен', 0, 'city', 'Shymkent', SKR, {'note': 'NI:route origin; South Kazakhstan Region before 2018'}),
        ('Сарыағашқа', 0, 'city', 'Saryagash', SKR, {'note': 'NI:route destination'}),
        ('ЖЕТІСАЙ', 0, 'city', 'Zhetysai', SKR, {'note': 'dateline; not Jetisu'}),
        ('Мақтаарал ауданының', 0, 'district', 'Maktaaral District', SKR, {'note': 'NI:economy item'}),
        ('Жетісайдағы', 0, 'city', 'Zhetysai', SKR, {'note': 'NI:economy item'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', SKR, {'note': 'dateline; South Kazakhstan Region before 2018'}),
        ('ОҚО', 0, 'region', SKR, SKR, {'note': 'NI:abbreviation of South Kazakhstan Region inside the name of a court'}),
        ('Қазығұрт ауданының', 0, 'district', 'Kazygurt District', SKR, {'note': "NI:the convicted official's former post"}),
     ],
     inc={SKR: (2, 'hotel fire near the Yasawi mausoleum in Turkestan, two poisoned by smoke; minibus-lorry collision near Kaplanbek, Saryagash district, three dead')}),
]
