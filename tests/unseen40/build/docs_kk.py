"""Kazakh texts of the fortieth unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
JR, ALR, KYR, TR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'Turkistan Region', 'South Kazakhstan Region'
ABR, JTR, EKR, MR, KOR = 'Abai Region', 'Jetisu Region', 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR, UR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region', 'Ulytau Region'
ATR, AR, WKR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region'

DOCS = [
dict(id='p017', date='1993-05-18', lang='kk',
     event='1993 kuishi of the regional philharmonic killed in a car-lorry crash on the Almaty-Taldykorgan highway 20 km from Kapchagay (Almaty Region); born in Lepsy, Sarkand district, of the then Taldy-Kurgan Region (Almaty Region land on the date)',
     text="""Күйші Нұрлан Әбдірахманов жол апатынан қаза тапты
АЛМАТЫ, 18 мамыр (ҚазАқпарат) – Белгілі күйші, облыстық филармонияның солисі Нұрлан Әбдірахманов Алматы – Талдықорған тас жолында, Қапшағай қаласынан 20 шақырым жерде болған жол апатынан қаза тапты. Оның «Жигули» көлігі қарсы келе жатқан жүк көлігімен соқтығысқан. Жүк көлігінің жүргізушісі ауруханаға жеткізілді. Бұл туралы Алматы облысының ішкі істер басқармасы хабарлады.
Күйші 1951 жылы Сарқан ауданының Лепсі ауылында туған. Алматыдағы консерваторияны бітіріп, 1975 жылдан бері Талдықорғанда тұрып, еңбек етті. Ол Қытай мен Моңғолияда, Түркияда гастрольде болған, «Жетісу сазы» күйлер жинағының авторы.
Қоштасу рәсімі бейсенбі күні Талдықорғанда өтеді, күйші туған ауылы Лепсіде жерленеді. Талдықорған облысының әкімі марқұмның отбасына көңіл айтты. Марқұмның артында жары мен төрт баласы, бес немересі қалды.""",
     ann=[
        ('АЛМАТЫ', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:highway endpoint'}),
        ('Талдықорған', 0, 'city', 'Taldykorgan', ALR, {'note': 'NI:highway endpoint; Taldy-Kurgan Region in 1993, Almaty Region land'}),
        ('Қапшағай қаласынан', 0, 'city', 'Konaev', ALR, {'note': 'NI:reference point (20 km from); Kapchagay, now Konaev'}),
        ('Алматы облысының', 0, 'region', ALR, ALR, {'note': 'inside the name of an authority; locates the crash'}),
        ('Сарқан ауданының', 0, 'district', 'Sarkand District', ALR, {'note': 'NI:birthplace; Taldy-Kurgan Region in 1993'}),
        ('Лепсі ауылында', 0, 'village', 'Lepsy', ALR, {'note': 'NI:birthplace'}),
        ('Алматыдағы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:place of study'}),
        ('Талдықорғанда', 0, 'city', 'Taldykorgan', ALR, {'note': 'NI:residence and workplace'}),
        ('Қытай', 0, 'foreign', 'China', N, {'note': 'NI:tour'}),
        ('Моңғолияда', 0, 'foreign', 'Mongolia', N, {'note': 'NI:tour'}),
        ('Түркияда', 0, 'foreign', 'Turkey', N, {'note': 'NI:tour'}),
        ('Талдықорғанда', 1, 'city', 'Taldykorgan', ALR, {'note': 'NI:farewell ceremony'}),
        ('Лепсіде', 0, 'village', 'Lepsy', ALR, {'note': 'NI:burial place'}),
        ('Талдықорған облысының', 0, 'region', ALR, ALR, {'uncertain': True, 'note': "NI:inside an official's title; Taldy-Kurgan Region (abolished in 1997), not a canonical unit; its land is Almaty Region before 2022"}),
     ],
     inc={ALR: (1, 'car-lorry collision on the Almaty-Taldykorgan highway 20 km from Kapchagay that killed the kuishi (located through the Almaty Region police; endpoints and reference point are not incident places)')}),

dict(id='p018', date='2021-05-18', lang='kk',
     event='2021 firefighter killed when a roof collapsed during a warehouse fire in Balykshy, Atyrau, and a background April house fire in Kulsary with a firefighter burnt (Atyrau Region); born in Makhambet (named after the poet), Guryev the old name; "6 regions" unattributed; funeral notice in the Kazakh Latin alphabet',
     text="""Атырауда қойма өртін сөндіру кезінде өрт сөндіруші қаза тапты
АТЫРАУ, 18 мамыр (Kazinform) – Атырау қаласына қарасты Балықшы кентінде дүйсенбі түні құрылыс материалдары қоймасында болған өртті сөндіру кезінде 48 жастағы өрт сөндіруші, капитан Ержан Құрманғалиев қаза тапты. Қойманың шатыры құлап, ол үйінді астында қалды. Тағы екі өрт сөндіруші жарақат алып, облыстық ауруханаға жеткізілді, деп хабарлады Атырау облысының төтенше жағдайлар департаменті.
Бұл – облыста биылғы екінші осындай оқиға: сәуір айында Құлсарыда тұрғын үй өртін сөндіру кезінде бір өрт сөндіруші қатты күйік алған болатын. Төтенше жағдайлар министрлігінің мәліметінше, биыл елдің 6 өңірінде өрт сөндіру кезінде 9 құтқарушы жарақат алған.
Ержан Құрманғалиев 1973 жылы Махамбет ауылында дүниеге келген. Ол кезде облыс орталығы Гурьев деп аталатын. Ауылдағы ақын Махамбет Өтемісұлы атындағы мектепті бітірген соң, әскери борышын Маңғышлақта өтеген. 1995 жылдан бастап Құлсары мен Атырауда, 2008–2012 жылдары Теңіз кен орнының өрт сөндіру бөлімінде қызмет етті. Ресейдің Астрахань қаласында біліктілігін арттырған.
Оның әкесі Жаңаөзен мен Ақтауда мұнайшы болып жұмыс істеген, ағасы Нұр-Сұлтанда тұрады. Құрманғалиевтің артында әйелі мен үш баласы қалды. Ол 23 жыл бойы өрт сөндіру қызметінде болды.
Қоймадағы өрттің себебін анықтау үшін тергеу басталды. Алдын ала деректер бойынша, өрт электр желісіндегі ақаудан шыққан. Жалын шамамен 1200 шаршы метр аумақты шарпыды, оны сөндіруге Атырау қаласынан, Доссор және Мақат кенттерінен 60-тан астам құтқарушы тартылды. Облыс әкімі қаза тапқан өрт сөндірушінің отбасына пәтер беретінін мәлімдеді, ал Балықшыдағы өрт бөліміне Ержанның есімін беру ұсынылды.
Marqūmmen qoştasu räsımı särsenbı künı Atyrau qalasyndağy ortalyq meşıtte ötedı. Ol tuğan auyly Mahambetke jerlenedı, dep habarlady Mahambet audanynyñ äkımdıgı.""",
     ann=[
        ('Атырауда', 0, 'city', 'Atyrau', ATR, {'note': 'headline; site of the warehouse fire'}),
        ('АТЫРАУ', 0, 'city', 'Atyrau', ATR, {'note': 'dateline'}),
        ('Атырау қаласына', 0, 'city', 'Atyrau', ATR, {'note': 'the settlement belongs to the city'}),
        ('Балықшы кентінде', 0, 'village', 'Balykshy', ATR, {'note': 'site of the warehouse fire'}),
        ('Атырау облысының', 0, 'region', ATR, ATR, {'note': 'inside the name of an authority'}),
        ('Құлсарыда', 0, 'city', 'Kulsary', ATR, {'note': 'background house fire in April'}),
        ('6 өңірінде', 0, 'quantified', '6 regions', N, {'count': 6, 'unit': 'region', 'note': 'firefighters injured in six unnamed regions this year'}),
        ('Махамбет ауылында', 0, 'village', 'Makhambet', ATR, {'note': 'NI:birthplace'}),
        ('Гурьев', 0, 'city', 'Atyrau', ATR, {'note': 'NI:old name of the regional centre'}),
        ('Маңғышлақта', 0, 'region', MR, MR, {'uncertain': True, 'note': 'NI:military service; old name of the region, also the peninsula'}),
        ('Құлсары', 0, 'city', 'Kulsary', ATR, {'note': 'NI:workplace'}),
        ('Атырауда', 1, 'city', 'Atyrau', ATR, {'note': 'NI:workplace'}),
        ('Теңіз кен орнының', 0, 'facility', 'Tengiz field', ATR, {'subkind': 'oil field', 'note': 'NI:workplace'}),
        ('Ресейдің', 0, 'foreign', 'Russia', N),
        ('Астрахань қаласында', 0, 'foreign', 'Astrakhan', N, {'note': 'NI:training'}),
        ('Жаңаөзен', 0, 'city', 'Zhanaozen', MR, {'note': "NI:father's workplace"}),
        ('Ақтауда', 0, 'city', 'Aktau', MR, {'note': "NI:father's workplace"}),
        ('Нұр-Сұлтанда', 0, 'city', 'Astana', 'Astana', {'note': "NI:brother's residence; capital named Nur-Sultan in 2021"}),
        ('Атырау қаласынан', 0, 'city', 'Atyrau', ATR, {'note': 'NI:origin of rescuers'}),
        ('Доссор', 0, 'village', 'Dossor', ATR, {'note': 'NI:origin of rescuers; list sharing the head noun кенттерінен'}),
        ('Мақат', 0, 'village', 'Makat', ATR, {'note': 'NI:origin of rescuers; list sharing the head noun'}),
        ('Балықшыдағы', 0, 'village', 'Balykshy', ATR, {'note': 'NI:fire station to be named after him'}),
        ('Atyrau qalasyndağy', 0, 'city', 'Atyrau', ATR, {'note': 'NI:funeral prayer; Kazakh Latin alphabet'}),
        ('Mahambetke', 0, 'village', 'Makhambet', ATR, {'note': 'NI:burial place; Kazakh Latin alphabet'}),
        ('Mahambet audanynyñ', 0, 'district', 'Makhambet District', ATR, {'note': 'NI:inside the name of an authority (akimat); Kazakh Latin alphabet'}),
     ],
     inc={ATR: (2, 'warehouse fire in Balykshy, Atyrau, in which a firefighter died when the roof collapsed; background April house fire in Kulsary in which a firefighter was burnt')},
     unatt=[{'label': '6 өңірінде', 'count': 6, 'note': 'firefighters injured while fighting fires in six unnamed regions this year'}]),

dict(id='p019', date='2024-09-10', lang='kk',
     event='2024 school in Uzynagash, Zhambyl district (Almaty Region), named after a teacher born in Merke district of Jambyl Region who studied in Dzhambul (Taraz); Zhambyl the akyn vs Zhambyl district vs Jambyl Region; Konaev the regional seat (no incident)',
     text="""Ұзынағаштағы мектепке ұстаз Күлпаш Оспанованың есімі берілді
ҚОНАЕВ, 10 қыркүйек (ҚазАқпарат) – Алматы облысы Жамбыл ауданының орталығы Ұзынағаш ауылындағы №2 орта мектепке 45 жыл бойы қазақ тілі мен әдебиетінен сабақ берген ұстаз Күлпаш Оспанованың есімі берілді. Бұл туралы облыс әкімдігі хабарлады.
Күлпаш Оспанова 1931 жылы Жамбыл облысының Мерке ауданында туған. Жамбыл (қазіргі Тараз) қаласындағы педагогикалық училищені бітіріп, 1952 жылы Ұзынағашқа жолдамамен келген. Ол ақын Жамбыл Жабаевтың әдеби-мемориалдық мұражайында экскурсия жүргізіп, ақынның толғауларын шәкірттеріне жатқа айтқызған. Ұстаз 2019 жылы Алматыда қайтыс болды.
Салтанатты жиынға Қонаевтан, Алматыдан және Таразден келген түлектер қатысты. Мектеп ауласында ұстаздың ескерткіш тақтасы ашылды. Оспанованың шәкірттерінің арасында екі ғылым докторы мен ондаған мектеп директоры бар. Мектеп басшылығы ұстаздың кітаптары мен хаттарынан шағын мұражай ашуды жоспарлап отыр.""",
     ann=[
        ('Ұзынағаштағы', 0, 'village', 'Uzynagash', ALR, {'note': 'NI:headline; school named after the teacher'}),
        ('ҚОНАЕВ', 0, 'city', 'Konaev', ALR, {'note': 'dateline; seat of Almaty Region since 2022'}),
        ('Алматы облысы', 0, 'region', ALR, ALR, {'note': 'NI:locates the district'}),
        ('Жамбыл ауданының', 0, 'district', 'Zhambyl District (Almaty Region)', ALR, {'note': 'NI:district of Almaty Region, not Jambyl Region'}),
        ('Ұзынағаш ауылындағы', 0, 'village', 'Uzynagash', ALR, {'note': 'NI:school named after the teacher'}),
        ('Жамбыл облысының', 0, 'region', JR, JR, {'note': 'NI:birthplace'}),
        ('Мерке ауданында', 0, 'district', 'Merke District', JR, {'note': 'NI:birthplace'}),
        ('Жамбыл', 2, 'city', 'Taraz', JR, {'note': 'NI:place of study; old name of Taraz (occurrence 3 is the akyn Zhambyl Zhabayev, not annotated)'}),
        ('Тараз', 0, 'city', 'Taraz', JR, {'note': 'NI:place of study'}),
        ('Ұзынағашқа', 0, 'village', 'Uzynagash', ALR, {'note': 'NI:workplace'}),
        ('Алматыда', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:place of death'}),
        ('Қонаевтан', 0, 'city', 'Konaev', ALR, {'note': 'NI:origin of former pupils'}),
        ('Алматыдан', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of former pupils'}),
        ('Таразден', 0, 'city', 'Taraz', JR, {'note': 'NI:origin of former pupils'}),
     ],
     inc={}),

dict(id='p020', date='2000-11-28', lang='kk',
     event="2000 burglars break into a war veteran's flat in Aktobe, beat him and steal his order and medals (Aktobe Region); born in Irgiz district, railwayman in Khromtau and Kandyagash; streets named after persons",
     text="""Ақтөбеде соғыс ардагерінің марапаттары ұрланды
АҚТӨБЕ, 28 қараша (ҚазАқпарат) – Ақтөбе қаласында белгісіз екі адам түнде 82 жастағы соғыс ардагері Қасымхан Есенжоловтың пәтеріне басып кіріп, оның Қызыл Жұлдыз орденін және «Ерлігі үшін» медалін, барлығы жеті марапатын ұрлап кеткен. Ардагер ұрылардың бірімен алысып, басынан жарақат алды. Бұл туралы облыстық ішкі істер басқармасы хабарлады.
Есенжолов 1918 жылы Ырғыз ауданында туған. Соғыстан кейін Хромтау мен Қандыағашта темір жолшы болып қырық жыл жұмыс істеген. Оның ұлы Ақтауда, қызы Мәскеуде тұрады.
Ақтөбе облысының әкімі ардагердің үйіне барып, ұрыларды табуға уәде берді. Полиция Некрасов көшесі мен Абылай хан даңғылының бойындағы ломбардтарды тексеріп жатыр. Ардагер қазір облыстық ауруханада емделіп жатыр. Көршілерінің айтуынша, ол жыл сайын 9 мамырда марапаттарын тағып, Ақтөбедегі Даңқ алаңындағы мәңгі алауға гүл қоятын.""",
     ann=[
        ('Ақтөбеде', 0, 'city', 'Aktobe', AR, {'note': 'headline; site of the burglary'}),
        ('АҚТӨБЕ', 0, 'city', 'Aktobe', AR, {'note': 'dateline'}),
        ('Ақтөбе қаласында', 0, 'city', 'Aktobe', AR, {'note': 'site of the burglary'}),
        ('Ырғыз ауданында', 0, 'district', 'Irgiz District', AR, {'note': 'NI:birthplace'}),
        ('Хромтау', 0, 'city', 'Khromtau', AR, {'note': 'NI:workplace'}),
        ('Қандыағашта', 0, 'city', 'Kandyagash', AR, {'note': 'NI:workplace'}),
        ('Ақтауда', 0, 'city', 'Aktau', MR, {'note': "NI:son's residence"}),
        ('Мәскеуде', 0, 'foreign', 'Moscow', N, {'note': "NI:daughter's residence"}),
        ('Ақтөбе облысының', 0, 'region', AR, AR, {'note': "NI:inside an official's title"}),
        ('Некрасов көшесі', 0, 'facility', 'Nekrasov Street (Aktobe)', AR, {'subkind': 'street', 'note': 'NI:pawnshops checked by police; named after a person'}),
        ('Ақтөбедегі', 0, 'city', 'Aktobe', AR, {'note': 'NI:annual Victory Day visit'}),
        ('Даңқ алаңындағы', 0, 'facility', 'Glory Square (Aktobe)', AR, {'subkind': 'square', 'note': 'NI:annual Victory Day visit'}),
        ('Абылай хан даңғылының', 0, 'facility', 'Abylai Khan Avenue (Aktobe)', AR, {'subkind': 'street', 'note': 'NI:pawnshops checked by police; named after a person'}),
     ],
     inc={AR: (1, "break-in at the veteran's flat in Aktobe, the veteran injured, seven awards stolen")}),

dict(id='p021', date='2017-04-04', lang='kk',
     event='2017 short-circuit fire at a Shymkent cinema during a memorial evening for a film director, two treated for smoke (South Kazakhstan Region before 2018); the director born in Darbaza, Saryagash district, died in Almaty; the cinema named after al-Farabi and the film title with Kyzylkum are not places',
     text="""Кинорежиссер Сәкен Тұрсынбаевты еске алу кешінде кинотеатрда өрт шықты
ШЫМКЕНТ, 4 сәуір (Tengrinews) – Шымкенттегі «Әл-Фараби» кинотеатрында жексенбі күні кешке белгілі кинорежиссер Сәкен Тұрсынбаевты еске алу кешінде өрт шықты. Проекция бөлмесіндегі электр сымы тұйықталып, түтін көрермендер залына тарады. 200-ге жуық адам эвакуацияланды, екі көрермен түтіннен уланып, қалалық ауруханаға жеткізілді, деп хабарлады Оңтүстік Қазақстан облысының төтенше жағдайлар департаменті. Өрт сөндірушілер жалынды 40 минутта сөндірді.
Сәкен Тұрсынбаев ақпан айында Алматыда 79 жасында дүниеден өткен еді. Ол 1938 жылы Сарыағаш ауданындағы Дарбаза ауылында туған. Шымкенттегі педагогикалық институтты бітірген соң Мәскеудегі кинематография институтында оқыды. 1965 жылдан бастап «Қазақфильм» киностудиясында жұмыс істеп, он екі көркем фильм түсірді. Оның фильмдері Мәскеу мен Карлови Вари кинофестивальдерінде жүлде алған. Ең танымал туындысы – «Қызылқұм қызы» фильмі Шардара су қоймасын салған жастар туралы баяндайды. Соңғы фильмін режиссер 2009 жылы Арыс пен Кентауда түсірген.
Режиссердің туған ауылы Дарбазадағы мектепке оның есімі берілген. Шымкенттегі бір көшеге есімін беру туралы ұсыныс облыстық мәслихатқа жолданды.
Өрт салдарынан кеш тоқтатылды. Ұйымдастырушылар оны 9 сәуірде Түркістан қаласындағы мәдениет үйінде қайта өткізуге шешті. Кешке режиссердің Ташкент пен Бішкектен келетін әріптестері де қатысады деп күтілуде.
Кинотеатр әкімшілігі ғимараттағы электр желісі 1970 жылдан бері толық жөнделмегенін мойындады. Облыс әкімдігі қаладағы барлық кинотеатрлар мен театрларда өрт қауіпсіздігін тексеруді тапсырды.
Өрт кезінде ешкім дүрбелеңге түспеді. Тұрсынбаевтың шәкірті, режиссер Асқар Омаров эвакуациядан кейін көрермендерге арнап қысқа сөз сөйледі: «Ұстаз өмір бойы кинозалдардың жағдайына алаңдап өтті. Бүгінгі оқиға соның дәлелі». Кешке жиналған көрермендердің көбі – режиссердің Сарыағаш пен Жетісайдан келген жерлестері мен студенттер.""",
     ann=[
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', SKR, {'note': 'dateline; South Kazakhstan Region before June 2018'}),
        ('Шымкенттегі', 0, 'city', 'Shymkent', SKR, {'note': 'site of the cinema fire; the cinema «Әл-Фараби» is an institution named after a person'}),
        ('Оңтүстік Қазақстан облысының', 0, 'region', SKR, SKR, {'note': 'inside the name of an authority'}),
        ('Алматыда', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:place of death'}),
        ('Сарыағаш ауданындағы', 0, 'district', 'Saryagash District', SKR, {'note': 'NI:birthplace'}),
        ('Дарбаза ауылында', 0, 'village', 'Darbaza', SKR, {'note': 'NI:birthplace'}),
        ('Шымкенттегі', 1, 'city', 'Shymkent', SKR, {'note': 'NI:place of study'}),
        ('Мәскеудегі', 0, 'foreign', 'Moscow', N, {'note': 'NI:place of study'}),
        ('Мәскеу', 0, 'foreign', 'Moscow', N, {'note': 'NI:film festival (toponym in an event name)'}),
        ('Карлови Вари', 0, 'foreign', 'Karlovy Vary', N, {'note': 'NI:film festival (toponym in an event name)'}),
        ('Шардара су қоймасын', 0, 'facility', 'Shardara reservoir', N, {'subkind': 'reservoir', 'note': "NI:subject of a film; «Қызылқұм» inside the film's title is not annotated"}),
        ('Арыс', 0, 'city', 'Arys', SKR, {'note': 'NI:filming place'}),
        ('Кентауда', 0, 'city', 'Kentau', SKR, {'note': 'NI:filming place'}),
        ('Дарбазадағы', 0, 'village', 'Darbaza', SKR, {'note': 'NI:school named after the director'}),
        ('Шымкенттегі', 2, 'city', 'Shymkent', SKR, {'note': 'NI:street to be named after the director'}),
        ('Түркістан қаласындағы', 0, 'city', 'Turkistan', SKR, {'note': 'NI:new venue of the memorial evening'}),
        ('Ташкент', 0, 'foreign', 'Tashkent', N, {'note': 'NI:origin of guests'}),
        ('Сарыағаш', 1, 'city', 'Saryagash', SKR, {'note': 'NI:origin of spectators'}),
        ('Жетісайдан', 0, 'city', 'Jetisai', SKR, {'note': 'NI:origin of spectators; Jetisai, not Jetisu'}),
        ('Бішкектен', 0, 'foreign', 'Bishkek', N, {'note': 'NI:origin of guests'}),
     ],
     inc={SKR: (1, 'short-circuit fire in the projection room of a Shymkent cinema during the memorial evening, 200 evacuated, two treated for smoke')}),

dict(id='p022', date='2009-06-02', lang='kk',
     event='2009 a shepherd, Hero of Socialist Labour, turns 90 in Atasu, centre of Zhanaarka district (Karaganda Region before 2022); born in Ulytau district of the later Zhezkazgan Region; children in Karaganda, Zhezkazgan, Astana and Balkhash; grandchildren from Omsk (no incident)',
     text="""Социалистік Еңбек Ері, шопан Әбдікәрім Жақыпов 90 жасқа толды
ҚАРАҒАНДЫ, 2 маусым (ҚазАқпарат) – Жаңаарқа ауданының орталығы Атасу кентінде тұратын Социалистік Еңбек Ері, шопан Әбдікәрім Жақыпов 90 жасқа толды. Қарағанды облысының әкімі ардагерді телефон арқылы құттықтап, оған сыйлық жіберді.
Жақыпов 1919 жылы Ұлытау ауданында туған. Бұл өңір 1973–1997 жылдары Жезқазған облысының құрамында болған. Соғыстан кейін ол Жаңаарқа ауданындағы кеңшарда қырық жыл қой бақты. 1966 жылы Мәскеудегі көрмеде алтын медаль алып, 1971 жылы Еңбек Ері атанды.
Ардагердің он екі баласы Қарағанды, Жезқазған, Астана және Балқаш қалаларында тұрады, ал үлкен ұлы – Атасу кентіндегі мектептің директоры.
Мерейтойға арналған той Атасуда өтті. Оған Ресейдің Омбы қаласынан келген немерелері де қатысты. «Денсаулығым жақсы, әлі де атқа мінемін», – деді қария. Ауыл тұрғындарының айтуынша, ол күн сайын таңертең кентті жаяу аралап шығады. Аудан әкімдігі Атасудағы бір көшеге оның есімін беру туралы ұсынысты қарап жатыр.""",
     ann=[
        ('ҚАРАҒАНДЫ', 0, 'city', 'Karaganda', KR, {'note': 'dateline'}),
        ('Жаңаарқа ауданының', 0, 'district', 'Zhanaarka District', KR, {'note': 'NI:residence; Karaganda Region before 2022'}),
        ('Атасу кентінде', 0, 'village', 'Atasu', KR, {'note': 'NI:residence'}),
        ('Қарағанды облысының', 0, 'region', KR, KR, {'note': "NI:inside an official's title"}),
        ('Ұлытау ауданында', 0, 'district', 'Ulytau District', KR, {'note': 'NI:birthplace; Karaganda Region before 2022'}),
        ('Жезқазған облысының', 0, 'region', KR, KR, {'uncertain': True, 'note': 'NI:region abolished in 1997; its land is Karaganda Region on the article date'}),
        ('Жаңаарқа ауданындағы', 0, 'district', 'Zhanaarka District', KR, {'note': 'NI:former workplace'}),
        ('Мәскеудегі', 0, 'foreign', 'Moscow', N, {'note': 'NI:exhibition'}),
        ('Қарағанды', 1, 'city', 'Karaganda', KR, {'note': "NI:children's residence; list sharing the head noun қалаларында"}),
        ('Жезқазған', 1, 'city', 'Zhezkazgan', KR, {'note': "NI:children's residence; list sharing the head noun"}),
        ('Астана', 0, 'city', 'Astana', 'Astana', {'note': "NI:children's residence; list sharing the head noun"}),
        ('Балқаш', 0, 'city', 'Balkhash', KR, {'note': "NI:children's residence; list sharing the head noun"}),
        ('Атасу кентіндегі', 0, 'village', 'Atasu', KR, {'note': "NI:son's workplace"}),
        ('Атасуда', 0, 'village', 'Atasu', KR, {'note': 'NI:celebration'}),
        ('Ресейдің', 0, 'foreign', 'Russia', N),
        ('Омбы қаласынан', 0, 'foreign', 'Omsk', N, {'note': 'NI:origin of grandchildren'}),
        ('Атасудағы', 0, 'village', 'Atasu', KR, {'note': 'NI:street to be named after him'}),
     ],
     inc={}),

dict(id='p023', date='2025-03-11', lang='kk',
     event='2025 death of a poet in Taldykorgan (Jetisu Region); born in Kapal, Aksu district, formerly Almaty Region; worked for a newspaper of the abolished Taldy-Kurgan Region; a minibus of mourners from Zharkent overturned on the Altynemel pass, Kerbulak district (Jetisu Region); akim\'s post in the Kazakh Latin alphabet; the book title with Zhetysu is not a place',
     text="""Ақын Серік Жұмабайұлы дүниеден өтті
ТАЛДЫҚОРҒАН, 11 наурыз (ҚазАқпарат) – Жетісу облысының орталығы Талдықорғанда 86 жасында ақын, Қазақстанның халық жазушысы Серік Жұмабайұлы дүниеден өтті. Бұл туралы облыстық мәдениет басқармасы хабарлады.
Ақын 1939 жылы қазіргі Ақсу ауданына қарасты Қапал ауылында дүниеге келген. Бұл ауыл 1997–2022 жылдары Алматы облысының құрамында болды. Алматыдағы университеттің филология факультетін бітіріп, 1963–1997 жылдары Талдықорған облысының «Октябрь туы» газетінде қызмет етті. Облыс таратылған соң Алматыға көшіп, жиырма жыл бойы «Жұлдыз» журналын басқарды. 2018 жылы туған өңіріне оралып, Талдықорғанда тұрды. Оның «Жетісу жырлары» кітабы Ресей мен Қытайда аударылып басылған.
Ақынмен қоштасу рәсімі жексенбі күні Талдықорғандағы орталық мешітте өтті, марқұм Қапал ауылындағы ата-бабалар зиратына жерленді.
Жерлеуден қайтып келе жатқан шағын автобус Кербұлақ ауданындағы Алтынемел асуында жолдан шығып, аударылып қалды. Көлікте Жаркент қаласының 14 тұрғыны болған. Жетісу облысы полиция департаментінің мәліметінше, жолаушылардың үшеуі Сарыөзек ауылындағы ауруханаға жеткізілді, олардың жағдайы орташа. Асудағы жолды мұз басып, тайғақ болған. Жол сақшылары асудағы жолды екі сағатқа жауып тастады. Полиция жүргізушіге қатысты іс қозғады.
Ақынның есімін Талдықорғандағы бір көшеге беру ұсынылды. Әдебиетшілердің айтуынша, ол 30-дан астам жыр жинағын жазған, өлеңдеріне 50-ге жуық ән шығарылған. Ақынның «Қапал көктемі» поэмасы мектеп оқулығына енген. Наурыздың соңында Алматыда Жазушылар одағында еске алу кеші өтеді, оған Бішкек пен Үрімжіден ақындар келеді деп күтілуде. Марқұмның артында жары, екі ұлы мен бес немересі қалды. Облыс әкімі марқұмның отбасына көңіл айтып, әлеуметтік желідегі парақшасында латын әліпбиімен былай деп жазды:
«Serık ağa – Qapaldyñ ğana emes, bükıl Jetısudyñ maqtanyşy edı. Onyñ jyrlary Taldyqorğannan Almatyğa deiın barlyq üide oqyldy.»""",
     ann=[
        ('ТАЛДЫҚОРҒАН', 0, 'city', 'Taldykorgan', JTR, {'note': 'dateline'}),
        ('Жетісу облысының', 0, 'region', JTR, JTR, {'note': 'NI:the city is its centre'}),
        ('Талдықорғанда', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:place of death'}),
        ('Қазақстанның', 0, 'country', 'Kazakhstan', N, {'note': 'inside an honorary title'}),
        ('Ақсу ауданына', 0, 'district', 'Aksu District (Jetisu Region)', JTR, {'note': 'NI:birthplace'}),
        ('Қапал ауылында', 0, 'village', 'Kapal', JTR, {'note': 'NI:birthplace'}),
        ('Алматы облысының', 0, 'region', ALR, ALR, {'note': 'NI:former unit of the village (1997-2022); the mention names Almaty Region itself'}),
        ('Алматыдағы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:place of study'}),
        ('Талдықорған облысының', 0, 'region', JTR, JTR, {'uncertain': True, 'note': 'NI:former workplace; Taldy-Kurgan Region, abolished in 1997; its land is mostly Jetisu Region on the article date, partly Almaty Region'}),
        ('Алматыға', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:former residence'}),
        ('Талдықорғанда', 1, 'city', 'Taldykorgan', JTR, {'note': 'NI:residence'}),
        ('Ресей', 0, 'foreign', 'Russia', N, {'note': 'NI:translations; «Жетісу жырлары» is a book title, not annotated'}),
        ('Қытайда', 0, 'foreign', 'China', N, {'note': 'NI:translations'}),
        ('Талдықорғандағы', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:funeral prayer'}),
        ('Қапал ауылындағы', 0, 'village', 'Kapal', JTR, {'note': 'NI:burial place'}),
        ('Кербұлақ ауданындағы', 0, 'district', 'Kerbulak District', JTR, {'note': 'site of the minibus accident'}),
        ('Алтынемел асуында', 0, 'facility', 'Altynemel pass', N, {'subkind': 'mountain pass', 'note': 'site of the minibus accident; natural feature in Kerbulak district'}),
        ('Жаркент қаласының', 0, 'city', 'Zharkent', JTR, {'note': "NI:passengers' residence"}),
        ('Жетісу облысы', 0, 'region', JTR, JTR, {'note': 'inside the name of an authority'}),
        ('Сарыөзек ауылындағы', 0, 'village', 'Saryozek', JTR, {'note': 'NI:hospital village'}),
        ('Талдықорғандағы', 1, 'city', 'Taldykorgan', JTR, {'note': 'NI:street to be named after the poet'}),
        ('Алматыда', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:memorial evening; «Қапал көктемі» is a poem title, not annotated'}),
        ('Бішкек', 0, 'foreign', 'Bishkek', N, {'note': 'NI:origin of guests'}),
        ('Үрімжіден', 0, 'foreign', 'Urumqi', N, {'note': 'NI:origin of guests'}),
        ('Qapaldyñ', 0, 'village', 'Kapal', JTR, {'note': 'NI:in a quotation; Kazakh Latin alphabet'}),
        ('Jetısudyñ', 0, 'region', JTR, JTR, {'uncertain': True, 'note': 'NI:in a quotation; Kazakh Latin alphabet; the bare name may mean the region or the historical land of Zhetysu'}),
        ('Taldyqorğannan', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:figure of speech; Kazakh Latin alphabet'}),
        ('Almatyğa', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:figure of speech; Kazakh Latin alphabet'}),
     ],
     inc={JTR: (1, 'minibus with mourners from Zharkent left the road and overturned on the Altynemel pass in Kerbulak district, three hospitalised')}),

dict(id='p024', date='2026-01-13', lang='kk',
     event='2026 fire at the district museum of local history in Beineu destroys exhibits on a war veteran (Mangystau Region); the veteran born in Sam, studied in Guryev, worked in Fort-Shevchenko and Shevchenko (Aktau); the Dnieper',
     text="""Бейнеудегі өлкетану мұражайында өрт шығып, ардагердің жәдігерлері зақымданды
АҚТАУ, 13 қаңтар (Tengrinews) – Маңғыстау облысының Бейнеу кентіндегі аудандық өлкетану мұражайында дүйсенбі күні таңертең өрт шықты. Өрт сөндірушілер жалынды бір сағатта сөндірді, зардап шеккендер жоқ. Алайда соғыс ардагері Досмағамбет Сатыбалдиевке арналған залдағы экспонаттардың жартысы жанып кетті, деп хабарлады облыстық төтенше жағдайлар департаменті.
Ардагер 1915 жылы Бейнеу ауданындағы Сам ауылында туған, Гурьевтегі мұғалімдер институтын бітірген. 1943 жылы Днепр өзенін кешу кезінде ерлік көрсетіп, Даңқ орденімен марапатталған. Соғыстан кейін Форт-Шевченкода, кейін Шевченко қаласында мектеп директоры болып істеді. Қазір Ақтаудағы бір көше мен Бейнеудегі мектеп оның есімімен аталады.
Мұражай қызметкерлерінің айтуынша, ардагердің ордендері Астанадағы Ұлттық мұражайда сақталатындықтан аман қалды. Өрттің себебі анықталып жатыр, мұражай уақытша жабылды.""",
     ann=[
        ('Бейнеудегі', 0, 'village', 'Beineu', MR, {'note': 'headline; site of the museum fire'}),
        ('АҚТАУ', 0, 'city', 'Aktau', MR, {'note': 'dateline'}),
        ('Маңғыстау облысының', 0, 'region', MR, MR),
        ('Бейнеу кентіндегі', 0, 'village', 'Beineu', MR, {'note': 'site of the museum fire'}),
        ('Бейнеу ауданындағы', 0, 'district', 'Beineu District', MR, {'note': 'NI:birthplace'}),
        ('Сам ауылында', 0, 'village', 'Sam', MR, {'note': 'NI:birthplace'}),
        ('Гурьевтегі', 0, 'city', 'Atyrau', ATR, {'note': 'NI:place of study; old name'}),
        ('Днепр өзенін', 0, 'foreign', 'Dnieper', N, {'subkind': 'river', 'note': 'NI:wartime river crossing'}),
        ('Форт-Шевченкода', 0, 'city', 'Fort-Shevchenko', MR, {'note': 'NI:workplace'}),
        ('Шевченко қаласында', 0, 'city', 'Aktau', MR, {'note': 'NI:workplace; name of Aktau in 1964-1991'}),
        ('Ақтаудағы', 0, 'city', 'Aktau', MR, {'note': 'NI:street named after the veteran'}),
        ('Бейнеудегі', 1, 'village', 'Beineu', MR, {'note': 'NI:school named after the veteran'}),
        ('Астанадағы', 0, 'city', 'Astana', 'Astana', {'note': 'NI:museum keeping the orders'}),
     ],
     inc={MR: (1, 'fire at the district museum of local history in Beineu, half the exhibits of a hall destroyed (headline and text one event)')}),
]
