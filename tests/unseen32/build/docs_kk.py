"""Kazakh texts of the thirty-second unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
JR, ALR, KYR, TR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'Turkistan Region', 'South Kazakhstan Region'
ABR, JTR, EKR, MR, KOR = 'Abai Region', 'Jetisu Region', 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR, UR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region', 'Ulytau Region'
ATR, AR, WKR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region'

DOCS = [
dict(id='p017', date='2022-08-24', lang='kk',
     event='2022 car-lorry collision on the Taldykorgan - Ushtobe road, Karatal district (Jetisu Region, eleven weeks after its creation from Almaty Region); water main to Saryozek, school in Karabulak, Taldykorgan bypass',
     text="""Үштөбе маңында жол апатынан екі адам қаза тапты
ТАЛДЫҚОРҒАН. 24 тамыз. ҚазАқпарат – Жетісу облысының Қаратал ауданында сейсенбі күні кешке жеңіл көлік пен жүк көлігі соқтығысып, екі адам қаза тапты. Апат Талдықорған – Үштөбе тас жолының 38-шақырымында болды, деп хабарлады облыстық полиция департаменті.
Жеңіл көлікте Талдықорғаннан Үштөбеге бара жатқан төрт адам болған. Жараланған екі жолаушы Үштөбе қалалық ауруханасына жеткізілді. Жүк көлігінің жүргізушісі жарақат алмаған, ол уақытша ұсталды.
Полицейлердің айтуынша, жолдың бұл бөлігінде жөндеу жүріп жатыр, ал уақытша айналма жол белгілермен дұрыс белгіленбеген. Мердігер компанияға тексеріс басталды.
Маусымда құрылған Жетісу облысы бұрын Алматы облысының құрамында болған сегіз аудан мен екі қаланы біріктірді. Жаңа облыс әкімдігі биыл 420 шақырым жергілікті жолды жөндеуге 31 миллиард теңге бөлді. Оның ішінде Талдықорған – Текелі және Сарқан – Лепсі жолдары бар.
Кербұлақ ауданында Сарыөзек кентіне 27 шақырымдық жаңа су құбыры тартылып жатыр. Кент тұрғындары ондаған жыл бойы ауыз суды цистерналармен тасып келген. Ал Ескелді ауданындағы Қарабұлақ ауылында 300 орындық мектептің құрылысы қазан айында аяқталмақ. Көксу өзені арқылы өтетін ескі көпір де биыл жаңартылады.
Облыс әкімі Алматы – Өскемен тас жолының Талдықорған айналма жолы келесі жылы салынатынын айтты. Қазір Қытаймен шекарадағы Достық бекетіне бара жатқан жүк көліктері қала орталығы арқылы өтеді, бұл көшелерде кептеліс тудырып отыр.
Жол полициясы жазғы маусымда облыс жолдарына жылдамдықты бақылайтын он екі жаңа камера орнатылғанын хабарлады. Ақсу мен Сарқан аудандарындағы ауыл жолдарына да биыл орташа жөндеу жүргізіледі, ал Текелі қаласына баратын жолдың бойына түнгі жарық орнатылады.
Панфилов ауданындағы Жаркент қаласында да жаңа аурухананың құрылысы басталды.""",
     ann=[
        ('Үштөбе', 0, 'city', 'Ushtobe', JTR, {'note': 'headline; "маңында" (near)'}),
        ('ТАЛДЫҚОРҒАН', 0, 'city', 'Taldykorgan', JTR, {'note': 'dateline'}),
        ('Жетісу облысының', 0, 'region', JTR, JTR),
        ('Қаратал ауданында', 0, 'district', 'Karatal District', JTR),
        ('Талдықорған', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:route endpoint'}),
        ('Үштөбе', 1, 'city', 'Ushtobe', JTR, {'note': 'NI:route endpoint'}),
        ('Талдықорғаннан', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:origin of the car'}),
        ('Үштөбеге', 0, 'city', 'Ushtobe', JTR, {'note': 'NI:destination of the car'}),
        ('Үштөбе', 2, 'city', 'Ushtobe', JTR, {'note': 'NI:hospital town'}),
        ('Жетісу облысы', 0, 'region', JTR, JTR),
        ('Алматы облысының', 0, 'region', ALR, ALR, {'note': 'NI:former unit of the districts'}),
        ('Талдықорған', 1, 'city', 'Taldykorgan', JTR, {'note': 'NI:route endpoint'}),
        ('Текелі', 0, 'city', 'Tekeli', JTR, {'note': 'NI:route endpoint'}),
        ('Сарқан', 0, 'city', 'Sarkand', JTR, {'note': 'NI:route endpoint'}),
        ('Лепсі', 0, 'village', 'Lepsy', JTR, {'note': 'NI:route endpoint'}),
        ('Кербұлақ ауданында', 0, 'district', 'Kerbulak District', JTR),
        ('Сарыөзек кентіне', 0, 'village', 'Saryozek', JTR),
        ('Ескелді ауданындағы', 0, 'district', 'Eskeldi District', JTR),
        ('Қарабұлақ ауылында', 0, 'village', 'Karabulak', JTR),
        ('Көксу өзені', 0, 'facility', 'Koksu River', N, {'subkind': 'river'}),
        ('Алматы', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:route endpoint'}),
        ('Өскемен', 0, 'city', 'Oskemen', EKR, {'note': 'NI:route endpoint'}),
        ('Талдықорған айналма жолы', 0, 'facility', 'Taldykorgan bypass', JTR, {'subkind': 'road', 'note': 'planned road'}),
        ('Қытаймен', 0, 'foreign', 'China', N),
        ('Достық бекетіне', 0, 'facility', 'Dostyk railway station', JTR, {'subkind': 'railway station', 'note': 'NI:destination of lorries'}),
        ('Ақсу', 0, 'district', 'Aksu District (Jetisu)', JTR, {'note': 'list sharing "аудандарындағы"'}),
        ('Сарқан', 1, 'district', 'Sarkand District', JTR, {'note': 'list sharing "аудандарындағы"'}),
        ('Текелі қаласына', 0, 'city', 'Tekeli', JTR, {'note': 'NI:road lighting'}),
        ('Панфилов ауданындағы', 0, 'district', 'Panfilov District', JTR),
        ('Жаркент қаласында', 0, 'city', 'Zharkent', JTR),
     ],
     inc={JTR: (1, 'car-lorry collision at the 38th km of the Taldykorgan - Ushtobe road, Karatal district, two dead')}),

dict(id='p018', date='2017-05-03', lang='kk',
     event='2017 construction of the Kyzylorda - Zhezkazgan road begins; Zhezkazgan and Ulytau district in Karaganda Region before 2022; workers from Zhalagash (no incident)',
     text="""Қызылорда – Жезқазған тас жолының құрылысы басталды
ҚЫЗЫЛОРДА. 3 мамыр. ҚазАқпарат – Қызылорда мен Жезқазғанды тікелей байланыстыратын 430 шақырымдық тас жолдың құрылысы басталды. Бұл туралы Қызылорда облысының әкімдігі хабарлады.
Қазір екі қаланың арасында жүргізушілер Арал мен Қарағанды арқылы мыңнан астам шақырым жол жүреді немесе далалық жолмен жүруге мәжбүр. Жаңа жол Жалағаш ауданы арқылы өтіп, Қарағанды облысының Ұлытау ауданына кіреді.
Жоба «Нұрлы жол» бағдарламасы аясында жүзеге асырылады. Құрылысқа 1500-ге жуық адам тартылады, олардың басым бөлігі Жалағаш кенті мен Жезқазған қаласының тұрғындары. Жол бойында үш жол сервисі нысаны мен екі көпір салынады.
Тас жол 2020 жылы толық ашылмақ. Мамандардың есебінше, ол іске қосылғаннан кейін Жезқазғаннан Шымкент пен Түркістанға баратын жол 400 шақырымға қысқарады, ал Қызылорда облысының күріші солтүстік нарықтарға тезірек жетеді.""",
     ann=[
        ('Қызылорда', 0, 'city', 'Kyzylorda', KYR, {'note': 'NI:route endpoint'}),
        ('Жезқазған', 0, 'city', 'Zhezkazgan', KR, {'note': 'NI:route endpoint'}),
        ('ҚЫЗЫЛОРДА', 0, 'city', 'Kyzylorda', KYR, {'note': 'dateline'}),
        ('Қызылорда', 1, 'city', 'Kyzylorda', KYR, {'note': 'NI:route endpoint'}),
        ('Жезқазғанды', 0, 'city', 'Zhezkazgan', KR, {'note': 'NI:route endpoint'}),
        ('Қызылорда облысының', 0, 'region', KYR, KYR, {'note': 'inside the name of an authority'}),
        ('Арал', 0, 'city', 'Aral', KYR, {'note': 'NI:point on the present detour'}),
        ('Қарағанды', 0, 'city', 'Karaganda', KR, {'note': 'NI:point on the present detour'}),
        ('Жалағаш ауданы', 0, 'district', 'Zhalagash District', KYR, {'note': 'NI:crossed by the road'}),
        ('Қарағанды облысының', 0, 'region', KR, KR, {'note': 'NI:crossed by the road'}),
        ('Ұлытау ауданына', 0, 'district', 'Ulytau District', KR, {'note': 'NI:crossed by the road'}),
        ('Жалағаш кенті', 0, 'village', 'Zhalagash', KYR, {'note': "NI:workers' residence"}),
        ('Жезқазған қаласының', 0, 'city', 'Zhezkazgan', KR, {'note': "NI:workers' residence"}),
        ('Жезқазғаннан', 0, 'city', 'Zhezkazgan', KR, {'note': 'NI:route origin'}),
        ('Шымкент', 0, 'city', 'Shymkent', SKR, {'note': 'NI:route destination'}),
        ('Түркістанға', 0, 'city', 'Turkestan', SKR, {'note': 'NI:route destination'}),
        ('Қызылорда облысының', 1, 'region', KYR, KYR),
     ]),

dict(id='p019', date='2020-10-14', lang='kk',
     event='2020 hospital under construction in Kentau (Turkistan Region), with a Kazakh Latin paragraph from the akimat; Shymkent separate; Turkestan airport (no incident)',
     text="""Кентауда 250 орындық аурухана салынып жатыр
ТҮРКІСТАН. 14 қазан. ҚазАқпарат – Түркістан облысының Кентау қаласында 250 орындық көпбейінді аурухананың құрылысы жүріп жатыр. Нысан 2021 жылдың соңында пайдалануға берілмек, деп хабарлады облыс әкімдігі. Аурухананың құрылысына 18 миллиард теңге бөлінген, құрылыста 400-ге жуық адам жұмыс істейді.
Қазір кентаулықтар күрделі ота жасату үшін Түркістанға немесе Шымкентке барады. Жаңа аурухана Кентаумен қатар Созақ ауданының тұрғындарына да қызмет көрсетеді.
Облыс әкімдігі әлеуметтік желідегі парақшасында хабарламаны латын әліпбиімен де жариялады:
«Kentau qalasynda salynyp jatqan auruhana Türkıstan oblysynyñ soltüstık audandaryna qyzmet körsetedı. Sonymen qatar Kentau men Türkıstan arasyndağy 30 şaqyrymdyq jol jöndelıp, Qarnaq auylyna jaña su qūbyry tartylady».
Облыс орталығы Түркістан қаласында салынып жатқан халықаралық әуежай желтоқсанда алғашқы рейстерді қабылдамақ.""",
     ann=[
        ('Кентауда', 0, 'city', 'Kentau', TR, {'note': 'headline'}),
        ('ТҮРКІСТАН', 0, 'city', 'Turkestan', TR, {'note': 'dateline'}),
        ('Түркістан облысының', 0, 'region', TR, TR),
        ('Кентау қаласында', 0, 'city', 'Kentau', TR),
        ('Түркістанға', 0, 'city', 'Turkestan', TR, {'note': 'NI:destination of patients'}),
        ('Шымкентке', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:destination of patients'}),
        ('Кентаумен', 0, 'city', 'Kentau', TR),
        ('Созақ ауданының', 0, 'district', 'Sozak District', TR, {'note': 'NI:residents served by the hospital'}),
        ('Kentau qalasynda', 0, 'city', 'Kentau', TR, {'note': 'Kazakh Latin (2021 alphabet)'}),
        ('Türkıstan oblysynyñ', 0, 'region', TR, TR, {'note': 'Kazakh Latin (2021 alphabet)'}),
        ('Kentau', 1, 'city', 'Kentau', TR, {'note': 'NI:road endpoint; Kazakh Latin'}),
        ('Türkıstan', 1, 'city', 'Turkestan', TR, {'note': 'NI:road endpoint; Kazakh Latin'}),
        ('Qarnaq auylyna', 0, 'village', 'Karnak', TR, {'note': 'Kazakh Latin (2021 alphabet)'}),
        ('Түркістан қаласында', 0, 'city', 'Turkestan', TR),
     ]),

dict(id='p020', date='2024-07-09', lang='kk',
     event='2024 bus overturns on the Semey - Ayagoz road near Zhangiztobe, Zharma district, and a fire at an asphalt plant in Shar (Abai Region, formerly East Kazakhstan); bridge in Ayagoz, water main to Bakhty',
     text="""Семей – Аягөз жолында автобус аударылды
СЕМЕЙ. 9 шілде. ҚазТАГ – Абай облысының Жарма ауданында Семей – Аягөз тас жолында жолаушылар автобусы аударылып, бір адам қаза тапты, 12 адам жарақат алды. Апат дүйсенбі күні таңертең Жаңғызтөбе ауылынан 15 шақырым жерде болды, деп хабарлады облыстық төтенше жағдайлар департаменті.
Автобус Өскеменнен Аягөзге бара жатқан, онда 34 жолаушы болған. Жараланғандар Жаңғызтөбе ауылының ауруханасы мен Семейдегі облыстық ауруханаға жеткізілді. Полиция жүргізушінің жылдамдықты асырғанын анықтады. Жараланғандардың үшеуінің жағдайы ауыр. Апат болған учаскеде жол белгілері жаңартылып, жылдамдық сағатына 60 шақырыммен шектелді.
Осы аптада ауданда екінші оқиға тіркелді: жексенбі күні Шар қаласындағы асфальт зауытында өрт шығып, екі цех пен битум қоймасы жанып кетті. Өрттен зардап шеккендер жоқ, бірақ зауыт жөндеу жұмыстарына асфальт жеткізуді уақытша тоқтатты. Шардағы өртті сөндіруге Шар мен Қалбатаудан 30-ға жуық өрт сөндіруші тартылды. Өрттің шығу себебі анықталып жатыр, зауыт басшылығына тексеріс басталды.
Тас жолдың 120 шақырымдық учаскесі биыл жөндеуден өтіп жатыр. Бұрын Шығыс Қазақстан облысына қараған аудандар 2022 жылдың маусымында жаңа Абай облысының құрамына енді, ал жол құрылысына қаражат әлі де республикалық бюджеттен бөлінеді.
Жарма ауданының орталығы Қалбатау ауылында келесі жылы жаңа аурухана ашылады. Аягөз қаласында Аягөз өзені арқылы өтетін көпірдің құрылысы басталды, ал Үржар ауданындағы Бақты ауылына 40 шақырымдық су құбыры тартылды.
Семей қаласында да жол жөндеу жүріп жатыр: Ертіс өзені арқылы өтетін аспалы көпір жөндеуге жабылып, көліктер ескі көпір арқылы жүреді. Жөндеу қазан айына дейін созылады.
Облыс әкімі жолшыларға жұмысты қыркүйекке дейін аяқтауды тапсырды. Жүргізушілер жөндеу жүріп жатқан учаскелерде жылдамдықты азайтуды және түнде жүрмеуді сұрайды.""",
     ann=[
        ('Семей', 0, 'city', 'Semey', ABR, {'note': 'NI:route endpoint'}),
        ('Аягөз', 0, 'city', 'Ayagoz', ABR, {'note': 'NI:route endpoint'}),
        ('СЕМЕЙ', 0, 'city', 'Semey', ABR, {'note': 'dateline'}),
        ('Абай облысының', 0, 'region', ABR, ABR),
        ('Жарма ауданында', 0, 'district', 'Zharma District', ABR),
        ('Семей', 1, 'city', 'Semey', ABR, {'note': 'NI:route endpoint'}),
        ('Аягөз', 1, 'city', 'Ayagoz', ABR, {'note': 'NI:route endpoint'}),
        ('Жаңғызтөбе ауылынан', 0, 'village', 'Zhangiztobe', ABR, {'note': 'NI:reference point ("15 шақырым жерде")'}),
        ('Өскеменнен', 0, 'city', 'Oskemen', EKR, {'note': 'NI:origin of the bus'}),
        ('Аягөзге', 0, 'city', 'Ayagoz', ABR, {'note': 'NI:destination of the bus'}),
        ('Жаңғызтөбе ауылының', 0, 'village', 'Zhangiztobe', ABR, {'note': 'NI:hospital village'}),
        ('Семейдегі', 0, 'city', 'Semey', ABR, {'note': 'NI:hospital town'}),
        ('Шар қаласындағы', 0, 'city', 'Shar', ABR),
        ('Шардағы', 0, 'city', 'Shar', ABR, {'note': 'same fire'}),
        ('Шар', 1, 'city', 'Shar', ABR, {'note': 'NI:origin of firefighters'}),
        ('Қалбатаудан', 0, 'village', 'Kalbatau', ABR, {'note': 'NI:origin of firefighters'}),
        ('Шығыс Қазақстан облысына', 0, 'region', EKR, EKR, {'note': 'NI:former unit of the districts'}),
        ('Абай облысының', 1, 'region', ABR, ABR),
        ('Жарма ауданының', 0, 'district', 'Zharma District', ABR),
        ('Қалбатау ауылында', 0, 'village', 'Kalbatau', ABR),
        ('Аягөз қаласында', 0, 'city', 'Ayagoz', ABR),
        ('Аягөз өзені', 0, 'facility', 'Ayagoz River', N, {'subkind': 'river'}),
        ('Үржар ауданындағы', 0, 'district', 'Urzhar District', ABR),
        ('Бақты ауылына', 0, 'village', 'Bakhty', ABR),
        ('Семей қаласында', 0, 'city', 'Semey', ABR),
        ('Ертіс өзені', 0, 'facility', 'Irtysh River', N, {'subkind': 'river'}),
     ],
     inc={ABR: (2, 'bus overturned on the Semey - Ayagoz road in Zharma district, 15 km from Zhangiztobe (one dead); fire at an asphalt plant in Shar on Sunday')}),

dict(id='p021', date='2009-09-01', lang='kk',
     event='2009 two new schools in Kandyagash and Embi, Mugalzhar district (Aktobe Region); "үш ауылда"; repairs on the Aktobe - Kandyagash - Atyrau road (no incident)',
     text="""Мұғалжар ауданында екі жаңа мектеп ашылды
ҚАНДЫАҒАШ. 1 қыркүйек. ҚазАқпарат – Ақтөбе облысының Мұғалжар ауданында жаңа оқу жылы қарсаңында екі мектеп пайдалануға берілді. Қандыағаш қаласындағы 900 орындық мектеп пен Ембі қаласындағы 600 орындық мектептің құрылысына 2,8 миллиард теңге жұмсалды.
Қандыағаштағы ескі мектеп 1956 жылы темір жол бекетінің жұмысшыларының балаларына арнап салынған еді. Енді оқушылар бір ауысымда оқиды. Жаңа мектептерде заманауи спорт залдары мен асханалар бар.
Аудан әкімі биыл Жем қаласында жаңа балабақша, ал аудандағы тағы үш ауылда дәрігерлік амбулатория салынатынын айтты. Облыс бойынша биыл 14 мектеп салынып жатыр, олардың төртеуі Ақтөбе қаласында.
Сонымен қатар Ақтөбе – Қандыағаш – Атырау жолының 80 шақырымдық бөлігі жөнделіп жатыр. Жұмыс аяқталғанда облыс орталығынан Қандыағашқа дейінгі жол бір сағатқа қысқарады.""",
     ann=[
        ('Мұғалжар ауданында', 0, 'district', 'Mugalzhar District', AR, {'note': 'headline'}),
        ('ҚАНДЫАҒАШ', 0, 'city', 'Kandyagash', AR, {'note': 'dateline'}),
        ('Ақтөбе облысының', 0, 'region', AR, AR),
        ('Мұғалжар ауданында', 1, 'district', 'Mugalzhar District', AR),
        ('Қандыағаш қаласындағы', 0, 'city', 'Kandyagash', AR),
        ('Ембі қаласындағы', 0, 'city', 'Embi', AR),
        ('Қандыағаштағы', 0, 'city', 'Kandyagash', AR),
        ('Жем қаласында', 0, 'city', 'Zhem', AR),
        ('үш ауылда', 0, 'quantified', '3 villages', N, {'count': 3, 'unit': 'village', 'note': 'not about an incident'}),
        ('Ақтөбе қаласында', 0, 'city', 'Aktobe', AR),
        ('Ақтөбе', 2, 'city', 'Aktobe', AR, {'note': 'NI:route endpoint'}),
        ('Қандыағаш', 1, 'city', 'Kandyagash', AR, {'note': 'NI:point on the route'}),
        ('Атырау', 0, 'city', 'Atyrau', ATR, {'note': 'NI:route endpoint'}),
        ('Қандыағашқа', 0, 'city', 'Kandyagash', AR, {'note': 'NI:route endpoint'}),
     ]),

dict(id='p022', date='2013-05-22', lang='kk',
     event='2013 Zhanaozen - Turkmen border railway opens via Bolashak station, Karakiya district (Mangystau Region); Bereket in Turkmenistan, Iran, the Persian Gulf (no incident)',
     text="""Жаңаөзен – Түрікменстан шекарасы темір жолы ашылды
ЖАҢАӨЗЕН. 22 мамыр. ҚазАқпарат – Маңғыстау облысында Жаңаөзен қаласынан Түрікменстан шекарасына дейінгі 146 шақырымдық темір жол ресми түрде ашылды. Жол Қарақия ауданындағы Болашақ бекеті арқылы өтіп, Түрікменстандағы Берекет стансасына жалғасады.
Жаңа жол Қазақстан, Түрікменстан және Иранды байланыстыратын халықаралық дәліздің бөлігі. Ол арқылы Қытайдан Парсы шығанағы порттарына жүк жеткізу мерзімі екі есе қысқарады. Алғашқы жүк пойызы Жаңаөзеннен Түрікменстанға бидай мен құрылыс материалдарын тасымалдады.
Құрылысқа 1,5 мыңнан астам адам қатысты, олардың көбі Жаңаөзен мен Ақтау қалаларының тұрғындары. Болашақ бекетінде теміржолшыларға арналған 20 тұрғын үй мен мектеп салынды.
Әкімдіктің айтуынша, Бейнеу арқылы өтетін солтүстік бағыт пен Ақтау теңіз портымен қоса облыс енді үлкен көлік торабына айналады.""",
     ann=[
        ('Жаңаөзен', 0, 'city', 'Zhanaozen', MR, {'note': 'NI:route endpoint'}),
        ('Түрікменстан', 0, 'foreign', 'Turkmenistan', N, {'note': 'NI:route endpoint (border)'}),
        ('ЖАҢАӨЗЕН', 0, 'city', 'Zhanaozen', MR, {'note': 'dateline'}),
        ('Маңғыстау облысында', 0, 'region', MR, MR),
        ('Жаңаөзен қаласынан', 0, 'city', 'Zhanaozen', MR, {'note': 'NI:route endpoint'}),
        ('Түрікменстан', 1, 'foreign', 'Turkmenistan', N, {'note': 'NI:route endpoint (border)'}),
        ('Қарақия ауданындағы', 0, 'district', 'Karakiya District', MR),
        ('Болашақ бекеті', 0, 'facility', 'Bolashak railway station', MR, {'subkind': 'railway station', 'note': 'NI:station on the route; "болашақ" also means "future"'}),
        ('Түрікменстандағы', 0, 'foreign', 'Turkmenistan', N),
        ('Берекет стансасына', 0, 'foreign', 'Bereket railway station', N, {'note': 'NI:route endpoint; station in Turkmenistan'}),
        ('Қазақстан', 0, 'country', 'Kazakhstan', N),
        ('Түрікменстан', 2, 'foreign', 'Turkmenistan', N),
        ('Иранды', 0, 'foreign', 'Iran', N),
        ('Қытайдан', 0, 'foreign', 'China', N, {'note': 'NI:origin of freight'}),
        ('Парсы шығанағы', 0, 'foreign', 'Persian Gulf', N, {'subkind': 'sea', 'note': 'NI:destination of freight'}),
        ('Жаңаөзеннен', 0, 'city', 'Zhanaozen', MR, {'note': 'NI:origin of the first train'}),
        ('Түрікменстанға', 0, 'foreign', 'Turkmenistan', N, {'note': 'NI:destination of the first train'}),
        ('Жаңаөзен', 2, 'city', 'Zhanaozen', MR, {'note': "NI:workers' residence"}),
        ('Ақтау', 0, 'city', 'Aktau', MR, {'note': "NI:workers' residence"}),
        ('Болашақ бекетінде', 0, 'facility', 'Bolashak railway station', MR, {'subkind': 'railway station'}),
        ('Бейнеу', 0, 'village', 'Beineu', MR, {'note': 'NI:point on a route'}),
        ('Ақтау теңіз портымен', 0, 'facility', 'Aktau sea port', MR, {'subkind': 'port'}),
     ]),

dict(id='p023', date='2026-01-20', lang='kk',
     event='2026 freight train hits a lorry at a crossing near Peremetnoe, Baiterek district, and a minibus overturns on the Oral - Taipak road near Chapaev, Akzhaik district (West Kazakhstan Region); "бес облыста" weekend crashes; bridge over the Zhaiyk (Ural) at Taipak',
     text="""Батыс Қазақстанда теміржол өткелінде пойыз жүк көлігін қағып кетті
ОРАЛ. 20 қаңтар. ҚазТАГ – Батыс Қазақстан облысының Бәйтерек ауданында дүйсенбі күні Переметное кенті маңындағы теміржол өткелінде жүк пойызы жүк көлігімен соқтығысты. Жүк көлігінің жүргізушісі оқиға орнында қаза тапты, деп хабарлады облыстық полиция департаменті. Қаза тапқан жүргізуші 45 жаста, ол Бәйтерек ауданының тұрғыны болған.
Пойыз Орал стансасынан Саратовқа бара жатқан. Алдын ала мәлімет бойынша, жүргізуші тұманда бағдаршамның қызыл белгісіне мән бермеген. Өткел арқылы қозғалыс үш сағатқа тоқтатылды.
Сол күні кешке Орал – Тайпақ жолында Чапаев кентінен 20 шақырым жерде жолаушылар тасымалдайтын шағын автобус жолдан шығып аударылды. Ақжайық ауданының аумағында болған апатта жеті адам жарақат алды, олардың екеуі облыстық ауруханада емделіп жатыр. Автобус Атыраудан Оралға бара жатқан.
Ішкі істер министрлігінің мәліметінше, демалыс күндері бес облыста көктайғақ салдарынан 40-тан астам жол апаты тіркелді. Соңғы аптада боран салдарынан Орал – Атырау және Орал – Ақтөбе жолдарының бірнеше учаскесі уақытша жабылған еді. Батыс Қазақстан облысында биыл 350 шақырым жол жөнделеді, оның жартысы Бөрлі және Теректі аудандарында.
Переметное кентінің тұрғындары өткелге шлагбаум орнатуды бірнеше жыл бойы сұрап келген. Темір жол басшылығы өткелді жыл соңына дейін автоматты шлагбауммен жабдықтауға уәде берді.
Облыс әкімдігі Тайпақ ауылының маңында Жайық өзені арқылы салынып жатқан көпірдің құрылысы жазда аяқталатынын хабарлады. Көпір ашылғанда Ақжайық ауданының батыс бөлігіндегі ауылдардан Оралға дейінгі жол 150 шақырымға қысқарады. Қазір тұрғындар жазда паромды, қыста мұз үстіндегі жолды пайдаланады.
Сонымен бірге Орал маңындағы Зачаганск кентінде 1200 орындық мектеп салынып жатыр, ал Ресейдің Самара облысымен шекараға апаратын жол жаңартылады.""",
     ann=[
        ('Батыс Қазақстанда', 0, 'region', WKR, WKR, {'uncertain': True, 'note': 'headline; can also be read as "in western Kazakhstan" (development corpus precedent)'}),
        ('ОРАЛ', 0, 'city', 'Oral', WKR, {'note': 'dateline'}),
        ('Батыс Қазақстан облысының', 0, 'region', WKR, WKR),
        ('Бәйтерек ауданында', 0, 'district', 'Baiterek District', WKR),
        ('Переметное кенті', 0, 'village', 'Peremetnoe', WKR),
        ('Бәйтерек ауданының', 0, 'district', 'Baiterek District', WKR, {'note': "NI:driver's residence"}),
        ('Орал стансасынан', 0, 'facility', 'Oral railway station', WKR, {'subkind': 'railway station', 'note': 'NI:origin of the train'}),
        ('Саратовқа', 0, 'foreign', 'Saratov', N, {'note': 'NI:destination of the train'}),
        ('Орал', 1, 'city', 'Oral', WKR, {'note': 'NI:route endpoint'}),
        ('Тайпақ', 0, 'village', 'Taipak', WKR, {'note': 'NI:route endpoint'}),
        ('Чапаев кентінен', 0, 'village', 'Chapaev', WKR, {'note': 'NI:reference point ("20 шақырым жерде")'}),
        ('Ақжайық ауданының', 0, 'district', 'Akzhaik District', WKR),
        ('Атыраудан', 0, 'city', 'Atyrau', ATR, {'note': 'NI:origin of the minibus'}),
        ('Оралға', 0, 'city', 'Oral', WKR, {'note': 'NI:destination of the minibus'}),
        ('бес облыста', 0, 'quantified', '5 regions', N, {'count': 5, 'unit': 'region', 'note': 'weekend road accidents'}),
        ('Орал', 2, 'city', 'Oral', WKR, {'note': 'NI:route endpoint (road closed)'}),
        ('Атырау', 0, 'city', 'Atyrau', ATR, {'note': 'NI:route endpoint'}),
        ('Орал', 3, 'city', 'Oral', WKR, {'note': 'NI:route endpoint (road closed)'}),
        ('Ақтөбе', 0, 'city', 'Aktobe', AR, {'note': 'NI:route endpoint'}),
        ('Батыс Қазақстан облысында', 0, 'region', WKR, WKR),
        ('Бөрлі', 0, 'district', 'Burli District', WKR, {'note': 'list sharing "аудандарында"'}),
        ('Теректі', 0, 'district', 'Terekti District', WKR, {'note': 'list sharing "аудандарында"'}),
        ('Переметное кентінің', 0, 'village', 'Peremetnoe', WKR, {'note': 'NI:residents asked for a barrier'}),
        ('Тайпақ ауылының', 0, 'village', 'Taipak', WKR, {'note': 'NI:bridge under construction'}),
        ('Жайық өзені', 0, 'facility', 'Ural River', N, {'subkind': 'river'}),
        ('Ақжайық ауданының', 1, 'district', 'Akzhaik District', WKR, {'note': 'NI:villages served by the bridge'}),
        ('Оралға', 1, 'city', 'Oral', WKR, {'note': 'NI:route endpoint'}),
        ('Орал', 4, 'city', 'Oral', WKR, {'note': 'NI:reference point ("маңындағы")'}),
        ('Зачаганск кентінде', 0, 'village', 'Zachagansk', WKR),
        ('Ресейдің', 0, 'foreign', 'Russia', N),
        ('Самара облысымен', 0, 'foreign', 'Samara Oblast', N, {'note': 'NI:border'}),
     ],
     inc={WKR: (2, 'freight train hit a lorry at the crossing near Peremetnoe, Baiterek district (driver killed); minibus overturned on the Oral - Taipak road 20 km from Chapaev, Akzhaik district (seven injured)')},
     unatt=[{'label': 'бес облыста', 'count': 5, 'note': 'more than 40 weekend road accidents on ice in five unnamed regions'}]),

dict(id='p024', date='1998-03-25', lang='kk',
     event='1998 construction of the new capital in Akmola (the city, not Akmola Region) on the left bank of the Esil; the old name Tselinograd; the Karaganda - Akmola road (no incident)',
     text="""Ақмолада жаңа астананың құрылысы қарқын алды
АҚМОЛА. 25 наурыз. ҚазАқпарат – Ақмолада Есіл өзенінің сол жағалауында үкімет үйі мен министрліктер ғимараттарының құрылысы қызу жүріп жатыр. Былтыр желтоқсанда ел астанасы Алматыдан көшіп келгеннен кейін қалада жүзден астам нысан бой көтеруде.
Алматыдан ауысқан мемлекеттік қызметшілерге арналған 12 тұрғын үйдің алғашқысы мамырда пайдалануға беріледі. Қаланың ескі бөлігінде, кеңес заманында Целиноград деп аталған аудандарда жолдар мен жылу құбырлары жөнделіп жатыр.
Құрылысқа түрік, итальян және отандық компаниялар тартылған. Қала әкімінің айтуынша, жаз бойы мұнда 10 мыңнан астам құрылысшы жұмыс істейді. Құрылыс жұмыстары қыста да тоқтамаған.
Ақмола облысының әкімдігі Қарағанды – Ақмола тас жолын төрт жолақты етіп кеңейту жобасын үкіметке ұсынды. Сонымен қатар Шортанды мен Қорғалжын бағытындағы жолдар жөнделмек.""",
     ann=[
        ('Ақмолада', 0, 'city', 'Astana', 'Astana', {'note': 'headline; Akmola, the capital (renamed Astana in May 1998)'}),
        ('АҚМОЛА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline; the capital'}),
        ('Ақмолада', 1, 'city', 'Astana', 'Astana'),
        ('Есіл өзенінің', 0, 'facility', 'Esil River', N, {'subkind': 'river'}),
        ('Алматыдан', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:former seat of the capital'}),
        ('Алматыдан', 1, 'city', 'Almaty', 'Almaty', {'note': "NI:civil servants' origin"}),
        ('Целиноград', 0, 'city', 'Astana', 'Astana', {'note': 'Soviet name of the city'}),
        ('Ақмола облысының', 0, 'region', AKR, AKR, {'note': 'inside the name of an authority; the region, not the city'}),
        ('Қарағанды', 0, 'city', 'Karaganda', KR, {'note': 'NI:route endpoint'}),
        ('Ақмола', 1, 'city', 'Astana', 'Astana', {'note': 'NI:route endpoint'}),
        ('Шортанды', 0, 'village', 'Shortandy', AKR, {'note': 'NI:direction of roads'}),
        ('Қорғалжын', 0, 'village', 'Korgalzhyn', AKR, {'note': 'NI:direction of roads'}),
     ]),
]
