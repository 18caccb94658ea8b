"""Kazakh texts of the twenty-eighth unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
JR, ALR, KYR, TR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'Turkistan Region', 'South Kazakhstan Region'
ABR, JTR, EKR, MR, KOR = 'Abai Region', 'Jetisu Region', 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR, UR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region', 'Ulytau Region'
ATR, AR, WKR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region'

DOCS = [
dict(id='p017', date='2017-10-17', lang='kk',
     event='2017 Shornak villagers\' rally at the Turkistan town akimat over pasture, a strike at a transformer plant in Kentau, and a background spring gathering of two villages of Saryagash district (South Kazakhstan Region before 2018); Yasawi mausoleum; Astana',
     text="""Шорнақ ауылының тұрғындары жайылымды қайтаруды талап етті
ТҮРКІСТАН, 17 қазан (ҚазАқпарат) — Түркістан қаласына қарасты Шорнақ ауылының 80-ге жуық тұрғыны сейсенбі күні қалалық әкімдік ғимаратының алдына жиналып, ауылдың жайылымдық жерлерінің жеке инвесторға жалға берілуіне наразылық білдірді.
Тұрғындардың айтуынша, 1200 гектар жайылым өткен жылы мақта өсіретін шаруашылыққа берілген, енді малды жаятын жер қалмаған. Жиналғандар қала әкімінің орынбасарымен екі сағатқа жуық сөйлесті. Полиция ешкімді ұстаған жоқ. Ауыл ақсақалдары бұл жерде ата-бабалары ғасырлар бойы мал бағып келгенін айтты. Жиынға қатысқандардың арасында әйелдер мен жастар көп болды. Әкімдік өкілдері тұрғындардың талаптарын қалалық мәслихат сессиясында қарайтынын айтты.
Оңтүстік Қазақстан облысы әкімдігінің жер қатынастары басқармасы келісімшарттың заңдылығын тексеретінін хабарлады. Шымкенттен келген комиссия жұма күні ауылға барады.
Сол күні Кентау қаласында трансформатор зауытының 150-ге жуық жұмысшысы үш айлық жалақысын талап етіп, ереуілге шықты. Зауыт басшылығы қарызды қараша айының соңына дейін өтейтінін айтты. Жұмысшылар ақша түскенше цехқа кірмейтінін мәлімдеді. Зауытта 400-ге жуық адам жұмыс істейді, олардың көбі Кентаудың өзінде тұрады.
Өңірде жер дауы соңғы жылдары жиілеп кетті. Биыл сәуірде Сарыағаш ауданының екі ауылының тұрғындары аудан орталығындағы әкімдік алдына жиналып, суармалы жерді қайта бөлуді талап еткен болатын. Облыс әкімдігі мұндай дауларды қарау үшін барлық аудандарда арнайы комиссия құруды тапсырды.
Жайылым мәселесі Астанадағы Парламентте де көтерілді: Мәжіліс депутаттары жерді жалға беру ережелерін өзгертуді ұсынды. Ал Түркістанда Қожа Ахмет Ясауи кесенесіне баратын туристер көбейген сайын қала маңындағы жер телімдерінің бағасы өсіп отыр: соңғы екі жылда ол екі есеге жуық қымбаттады.
Шорнақ тұрғындары егер жер қайтарылмаса, наразылықты жалғастыратынын айтты. Инвестор тарапы пікір білдіруден бас тартты.""",
     ann=[
        ('Шорнақ ауылының', 0, 'village', 'Shornak', SKR, {'note': "headline; residents' village, the rally was in Turkistan"}),
        ('ТҮРКІСТАН', 0, 'city', 'Turkistan', SKR, {'note': 'dateline; South Kazakhstan Region before 2018-06-19'}),
        ('Түркістан қаласына', 0, 'city', 'Turkistan', SKR, {'note': 'the rally at the town akimat'}),
        ('Шорнақ ауылының', 1, 'village', 'Shornak', SKR, {'note': "NI:protesters' village"}),
        ('Оңтүстік Қазақстан облысы', 0, 'region', SKR, SKR, {'note': 'NI:inside the name of an authority'}),
        ('Шымкенттен', 0, 'city', 'Shymkent', SKR, {'note': 'NI:origin of a commission; regional seat before 2018'}),
        ('Кентау қаласында', 0, 'city', 'Kentau', SKR),
        ('Кентаудың', 0, 'city', 'Kentau', SKR, {'note': "NI:workers' home"}),
        ('Сарыағаш ауданының екі ауылының', 0, 'quantified', '2 villages of Saryagash District', N, {'count': 2, 'unit': 'village', 'note': 'NI:origin of the April protesters, who gathered at the district akimat (Saryagash District, South Kazakhstan Region)'}),
        ('барлық аудандарда', 0, 'quantified', 'all districts', N, {'count': None, 'unit': 'district', 'quantifier': 'all', 'note': 'commissions, not incidents'}),
        ('Астанадағы', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of Parliament'}),
        ('Түркістанда', 0, 'city', 'Turkistan', SKR, {'note': 'NI:land prices'}),
        ('Қожа Ахмет Ясауи кесенесіне', 0, 'facility', 'Khoja Ahmed Yasawi Mausoleum', SKR, {'subkind': 'mausoleum', 'note': "NI:tourists' destination"}),
        ('Шорнақ', 2, 'village', 'Shornak', SKR, {'note': 'NI:residents'}),
     ],
     inc={SKR: (3, 'rally of Shornak residents at the town akimat in Turkistan; strike at a transformer plant in Kentau; background April gathering of residents of two villages at the Saryagash district akimat')}),

dict(id='p018', date='2021-12-16', lang='kk',
     event='2021 commemoration of the December 1986 unrest in Almaty (background: protest on Brezhnev Square, now Republic Square, dispersed; also in Karaganda); veterans from Zhezkazgan (Karaganda Region before 2022) and Semey (East Kazakhstan Region before 2022); Nur-Sultan; a post in the Kazakh Latin alphabet; Moscow',
     text="""Алматыда Желтоқсан оқиғасының 35 жылдығына орай еске алу шарасы өтті
АЛМАТЫ, 16 желтоқсан (Kazinform) — Алматыдағы Республика алаңында орналасқан «Тәуелсіздік таңы» ескерткішінің жанында 1986 жылғы Желтоқсан көтерілісінің 35 жылдығына арналған еске алу шарасы өтті. Оған желтоқсаншылар, қала әкімдігінің өкілдері мен студенттер қатысты.
1986 жылы 17-18 желтоқсанда сол кездегі Брежнев атындағы алаңға шыққан жастарды әскер мен милиция күшпен таратты. Ресми деректер бойынша кемінде үш адам қаза тапты, мыңдаған адам ұсталды. Наразылыққа Мәскеудің республика басшылығына сырттан адам тағайындауы себеп болған еді.
Шараға Қарағанды, Жезқазған және Семей қалаларынан келген желтоқсаншылар қатысты. Қарағандыдан келген Сәуле Жұмабаева: «Біз сол күндері Қарағандыда да алаңға шықтық, бізді де қуып таратты», — деді.
Белсенді Aigerım Tölegenova әлеуметтік желідегі парақшасында латын әліпбиімен былай деп жазды: «Almatydağy alañğa şyqqan jastardy eşqaşan ūmytpaimyz. Olar Qazaqstannyñ täuelsızdıgı üşın küresken alğaşqylardyñ bırı boldy.»
Нұр-Сұлтанда да Желтоқсан оқиғасы құрбандарына арналған ескерткішке гүл қойылды.""",
     ann=[
        ('Алматыда', 0, 'city', 'Almaty', 'Almaty', {'note': 'headline; the commemoration'}),
        ('АЛМАТЫ', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Алматыдағы', 0, 'city', 'Almaty', 'Almaty', {'note': 'site of the commemoration and of the 1986 unrest'}),
        ('Республика алаңында', 0, 'facility', 'Republic Square (Almaty)', 'Almaty', {'subkind': 'square', 'note': 'NI:site of the commemoration'}),
        ('Тәуелсіздік таңы', 0, 'facility', 'Dawn of Independence monument (Almaty)', 'Almaty', {'subkind': 'monument', 'note': 'NI:site of the commemoration'}),
        ('Брежнев атындағы алаңға', 0, 'facility', 'Republic Square (Almaty)', 'Almaty', {'subkind': 'square', 'note': 'the 1986 name of the square; background unrest of December 1986'}),
        ('Мәскеудің', 0, 'foreign', 'Moscow', N, {'note': 'NI:metonymy for the Soviet leadership'}),
        ('Қарағанды', 0, 'city', 'Karaganda', KR, {'note': "NI:veterans' origin; in a list sharing the head noun 'қалаларынан'"}),
        ('Жезқазған', 0, 'city', 'Zhezkazgan', KR, {'note': "NI:veterans' origin; Karaganda Region before 2022-06-08"}),
        ('Семей қалаларынан', 0, 'city', 'Semey', EKR, {'note': "NI:veterans' origin; East Kazakhstan Region before 2022-06-08; last item with the shared head noun"}),
        ('Қарағандыдан', 0, 'city', 'Karaganda', KR, {'note': "NI:a veteran's origin"}),
        ('Қарағандыда', 0, 'city', 'Karaganda', KR, {'note': 'background protest of December 1986'}),
        ('Almatydağy', 0, 'city', 'Almaty', 'Almaty', {'note': 'Kazakh Latin alphabet; the 1986 unrest'}),
        ('Qazaqstannyñ', 0, 'country', 'Kazakhstan', N, {'note': 'Kazakh Latin alphabet'}),
        ('Нұр-Сұлтанда', 0, 'city', 'Astana', 'Astana', {'note': 'NI:flowers laid; the capital named Nur-Sultan 2019-2022'}),
     ],
     inc={'Almaty': (1, 'background: the December 1986 protest on Brezhnev Square dispersed by troops and police'),
          KR: (1, 'background: the December 1986 protest in Karaganda, told by a veteran')}),

dict(id='p019', date='2024-04-09', lang='kk',
     event='2024 underground hunger strike of miners at the South mine in Satpayev and a wives\' picket on Kanysh Satpayev Street in Zhezkazgan (Ulytau Region); the street named after the geologist; Karaganda Region as the former unit; "бірнеше облыста" unattributed',
     text="""Сәтбаевта кеншілер жер астында аштық жариялады
ЖЕЗҚАЗҒАН, 9 сәуір (ҚазТАГ) — Ұлытау облысының Сәтбаев қаласындағы Оңтүстік кенішінің 40-қа жуық кеншісі екі тәуліктен бері жер бетіне көтерілуден бас тартып, аштық жариялап отыр. Олар жалақыны 50 пайызға көтеруді және зиянды еңбек үшін төленетін үстемақыны қайтаруды талап етеді.
Дүйсенбі күні кеншілердің 60-қа жуық әйелі Жезқазғандағы Қаныш Сәтбаев көшесінде орналасқан компания кеңсесінің алдына пикетке шықты. Полиция екі әйелді ұстап, кейін босатты.
Кеншілердің көбі Сәтбаев пен Жезді кентінде тұрады. Компания өкілдері ереуілді заңсыз деп атап, келіссөзді Қарағандыдағы өңірлік еңбек инспекциясының қатысуымен жүргізуді ұсынды.
Ұлытау облысы 2022 жылы Қарағанды облысынан бөлініп шыққан. Облыс әкімі кеншілермен кездесу үшін Жезқазғаннан Сәтбаевқа барды.
Кәсіподақ мәліметінше, кеншілерді қолдау акциялары тағы бірнеше облыста өтті.""",
     ann=[
        ('Сәтбаевта', 0, 'city', 'Satpayev', UR, {'note': 'headline'}),
        ('ЖЕЗҚАЗҒАН', 0, 'city', 'Zhezkazgan', UR, {'note': 'dateline'}),
        ('Ұлытау облысының', 0, 'region', UR, UR),
        ('Сәтбаев қаласындағы', 0, 'city', 'Satpayev', UR),
        ('Оңтүстік кенішінің', 0, 'facility', 'South mine (Satpayev)', UR, {'subkind': 'mine'}),
        ('Жезқазғандағы', 0, 'city', 'Zhezkazgan', UR, {'note': "wives' picket"}),
        ('Қаныш Сәтбаев көшесінде', 0, 'facility', 'Kanysh Satpayev Street (Zhezkazgan)', UR, {'subkind': 'street', 'note': 'named after the geologist, not the town'}),
        ('Сәтбаев', 2, 'city', 'Satpayev', UR, {'note': "NI:miners' home"}),
        ('Жезді кентінде', 0, 'village', 'Zhezdy', UR, {'note': "NI:miners' home"}),
        ('Қарағандыдағы', 0, 'city', 'Karaganda', KR, {'note': 'NI:seat of a labour inspectorate'}),
        ('Ұлытау облысы', 0, 'region', UR, UR, {'note': 'NI:history of the region'}),
        ('Қарағанды облысынан', 0, 'region', KR, KR, {'note': 'NI:the former unit'}),
        ('Жезқазғаннан', 0, 'city', 'Zhezkazgan', UR, {'note': "NI:the governor's origin"}),
        ('Сәтбаевқа', 0, 'city', 'Satpayev', UR, {'note': "NI:the governor's destination (the same strike)"}),
        ('бірнеше облыста', 0, 'quantified', 'several regions', N, {'count': None, 'unit': 'region', 'note': 'solidarity actions in unnamed regions'}),
     ],
     inc={UR: (2, 'underground hunger strike at the South mine in Satpayev; wives\' picket on Kanysh Satpayev Street in Zhezkazgan, two detained')},
     unatt=[{'label': 'бірнеше облыста', 'count': None, 'note': 'actions in support of the miners in several unnamed regions'}]),

dict(id='p020', date='2020-09-14', lang='kk',
     event='2020 Taraz court sentences two organisers of a June rally in Zhanatas (Sarysu district), with 15 detained, and a same-day gathering in Karatau (Jambyl Region); lawyers from Almaty and Shymkent; Nur-Sultan',
     text="""Жаңатастағы рұқсатсыз жиынды ұйымдастырғандарға үкім шықты
ТАРАЗ, 14 қыркүйек (Tengrinews) — Тараздағы мамандандырылған ауданаралық қылмыстық сот Жаңатас қаласында маусым айында рұқсатсыз жиын ұйымдастырған екі тұрғынды бір жылға бас бостандығын шектеуге кесті.
Сот материалдарына сәйкес, 12 маусымда Жаңатастың орталық алаңына 200-ге жуық адам жиналып, қаладағы фосфор зауытында жұмыс орындарын ашуды және ауыз суды үзіліссіз беруді талап еткен. Полиция 15 адамды ұстады. Сот отырысы екі айға созылып, оған 20-дан астам куә жауап берді. Сол күні көрші Қаратау қаласында да 50-ге жуық адам әкімдік алдына жиналған.
Сотталғандардың адвокаттары Алматы мен Шымкенттен келген. Олар үкімге Жамбыл облыстық сотына шағымданатынын айтты. Нұр-Сұлтандағы құқық қорғаушылар үкімді саяси деп бағалады.
Сарысу ауданының әкімі Жаңатаста жаңа су құбыры салынып жатқанын және зауыт 300 жұмыс орнын ашатынын хабарлады.""",
     ann=[
        ('Жаңатастағы', 0, 'city', 'Zhanatas', JR, {'note': 'headline; the rally'}),
        ('ТАРАЗ', 0, 'city', 'Taraz', JR, {'note': 'dateline'}),
        ('Тараздағы', 0, 'city', 'Taraz', JR, {'note': 'NI:seat of the court'}),
        ('Жаңатас қаласында', 0, 'city', 'Zhanatas', JR),
        ('Жаңатастың', 0, 'city', 'Zhanatas', JR, {'note': 'the same rally, on the central square'}),
        ('Қаратау қаласында', 0, 'city', 'Karatau', JR, {'note': 'same-day gathering at the akimat'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': "NI:lawyers' origin"}),
        ('Шымкенттен', 0, 'city', 'Shymkent', 'Shymkent', {'note': "NI:lawyers' origin"}),
        ('Жамбыл', 0, 'region', JR, JR, {'note': "NI:inside the name of a court ('Жамбыл облыстық соты'); the adjective 'облыстық' is not in the span"}),
        ('Нұр-Сұлтандағы', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of human rights defenders; the capital named Nur-Sultan 2019-2022'}),
        ('Сарысу ауданының', 0, 'district', 'Sarysu District', JR, {'note': "NI:inside an official's title"}),
        ('Жаңатаста', 0, 'city', 'Zhanatas', JR, {'note': 'NI:a water pipeline under construction'}),
     ],
     inc={JR: (2, 'unsanctioned rally on the central square of Zhanatas on June 12, 15 detained; same-day gathering at the akimat in Karatau (the sentence is not counted)')}),

dict(id='p021', date='2024-12-02', lang='kk',
     event='2024 Kazakh foreign ministry warns citizens in Georgia about protests in Tbilisi (Rustaveli Avenue) and Batumi; flights from Almaty and Astana; Air Astana is not a place (no incident in Kazakhstan)',
     text="""СІМ Грузиядағы қазақстандықтарға наразылық акцияларынан аулақ болуға кеңес берді
АСТАНА, 2 желтоқсан (Kazinform) — Қазақстан Сыртқы істер министрлігі Грузияға барған немесе онда тұратын азаматтарға Тбилисидегі наразылық акцияларынан аулақ болуды ұсынды. Соңғы төрт күнде Руставели даңғылында және парламент ғимараты маңында полиция мен наразылық білдірушілер арасында қақтығыстар болды.
Министрліктің мәліметінше, Грузияда 4 мыңға жуық Қазақстан азаматы тұрады, олардың көбі Тбилиси мен Батумиде. Тбилисидегі елшілік азаматтарға шұғыл байланыс телефондарын жариялады.
Алматы мен Астанадан Тбилисиге ұшатын рейстер кесте бойынша орындалып жатыр, деп хабарлады Air Astana компаниясы. «Қазір Батумиге демалуға ұшатындарға ешқандай шектеу жоқ», — деді туристік агенттіктер қауымдастығының өкілі.
Бұған дейін министрлік Францияда, Сербияда және Грузияның өзінде өткен жаппай шерулерге байланысты да осындай ескертулер жасаған.""",
     ann=[
        ('Грузиядағы', 0, 'foreign', 'Georgia', N, {'note': 'headline'}),
        ('АСТАНА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Қазақстан', 0, 'country', 'Kazakhstan', N, {'note': 'inside the name of an authority'}),
        ('Грузияға', 0, 'foreign', 'Georgia', N),
        ('Тбилисидегі', 0, 'foreign', 'Tbilisi', N),
        ('Руставели даңғылында', 0, 'foreign', 'Rustaveli Avenue (Tbilisi)', N, {'subkind': 'street'}),
        ('Грузияда', 0, 'foreign', 'Georgia', N),
        ('Қазақстан', 1, 'country', 'Kazakhstan', N),
        ('Тбилиси', 0, 'foreign', 'Tbilisi', N),
        ('Батумиде', 0, 'foreign', 'Batumi', N),
        ('Тбилисидегі', 1, 'foreign', 'Tbilisi', N, {'note': 'NI:seat of the embassy'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:flight origin'}),
        ('Астанадан', 0, 'city', 'Astana', 'Astana', {'note': 'NI:flight origin'}),
        ('Тбилисиге', 0, 'foreign', 'Tbilisi', N, {'note': 'NI:flight destination'}),
        ('Батумиге', 0, 'foreign', 'Batumi', N, {'note': 'NI:holiday destination'}),
        ('Францияда', 0, 'foreign', 'France', N),
        ('Сербияда', 0, 'foreign', 'Serbia', N),
        ('Грузияның', 0, 'foreign', 'Georgia', N),
     ],
     inc={}),

dict(id='p022', date='2010-11-24', lang='kk',
     event='2010 Semey market traders\' rally at the town akimat, a road blockade on Abai Street in Kurchatov over heating, and a background September brawl between two villages of Urzhar district (East Kazakhstan Region before the 2022 split); the former Semipalatinsk test site; commission from Oskemen',
     text="""Семейде саудагерлер базарды жабуға қарсы шықты, Курчатовта тұрғындар жылу талап етті
СЕМЕЙ, 24 қараша (ҚазАқпарат) — Семейдегі «Шығыс» базарының 300-ге жуық саудагері сейсенбі күні қалалық әкімдік ғимаратының алдына жиналып, базарды қайта құру үшін жабу туралы шешімге наразылық білдірді. Жиналғандар екі сағаттан кейін тарады, полиция ешкімді ұстаған жоқ. Саудагерлер әкімге 2 мыңнан астам адамның қолы қойылған хат тапсырды. Қала әкімі саудагерлермен келесі аптада қайта кездесетінін айтты.
Саудагерлердің айтуынша, базарда 1,5 мыңнан астам адам жұмыс істейді, олардың көбі қала маңындағы ауылдардан келеді. Қала әкімдігі сауда орындарын Ертістің сол жағалауындағы Жаңасемейде салынған жаңа базарға көшіруді ұсынды, бірақ саудагерлер ол жерге сатып алушылар бармайды дейді.
Дәл сол күні Курчатов қаласында 200-ге жуық тұрғын Абай көшесін бір сағатқа жауып, пәтерлерге жылу берілмей отырғанына наразылық білдірді. Қалалық жылу орталығы көмір жетіспеуінен тоқтап қалғандықтан, 40-тан астам көпқабатты үй үш күннен бері жылусыз тұр. Түнде аяз минус 20 градусқа дейін жетеді, балалары бар отбасылар туыстарының үйіне көшуге мәжбүр болды. Жылу орталығына көмір тасуды жеделдету үшін қосымша вагондар бөлінді. Облыс орталығы Өскеменнен келген комиссия жылу беруді жұмаға дейін қалпына келтіруді уәде етті.
Курчатов — бұрынғы Семей ядролық сынақ полигонының қаласы. Ол Семейден 150 шақырым жерде, Ертіс өзенінің жағасында орналасқан. Көмір қалаға Екібастұздан темір жол арқылы жеткізіледі.
Облыста бұл айда тұрғындар наразылығы бірінші рет емес. Қыркүйекте Үржар ауданының екі ауылының тұрғындары арасында жайылым үшін төбелес болып, 9 адам жараланған еді. Полиция ол кезде 12 адамды ұстаған. Екі ауылдың ақсақалдары кейін бітімге келген.
Шығыс Қазақстан облысының әкімі Астанада өткен үкімет отырысында өңірдің жылу маусымына дайындығы нашар екенін мойындады.""",
     ann=[
        ('Семейде', 0, 'city', 'Semey', EKR, {'note': 'headline; East Kazakhstan Region before the 2022 split'}),
        ('Курчатовта', 0, 'city', 'Kurchatov', EKR, {'note': 'headline'}),
        ('СЕМЕЙ', 0, 'city', 'Semey', EKR, {'note': 'dateline'}),
        ('Семейдегі', 0, 'city', 'Semey', EKR),
        ('Шығыс', 0, 'facility', 'Shygys market (Semey)', EKR, {'subkind': 'market', 'note': "the market's name means 'East'"}),
        ('Ертістің', 0, 'facility', 'Irtysh River', N, {'subkind': 'river', 'note': 'natural feature'}),
        ('Жаңасемейде', 0, 'district', 'Zhanasemey (Semey)', EKR, {'subkind': 'city district', 'note': 'NI:site of the new market'}),
        ('Курчатов қаласында', 0, 'city', 'Kurchatov', EKR),
        ('Абай көшесін', 0, 'facility', 'Abai Street (Kurchatov)', EKR, {'subkind': 'street', 'note': 'named after the poet, not Abai Region'}),
        ('Өскеменнен', 0, 'city', 'Oskemen', EKR, {'note': 'NI:origin of a commission'}),
        ('Курчатов', 1, 'city', 'Kurchatov', EKR, {'note': 'NI:description of the town'}),
        ('Семей ядролық сынақ полигонының', 0, 'facility', 'Semipalatinsk Test Site', N, {'subkind': 'test site', 'note': 'NI:the former test site, spread over several units'}),
        ('Семейден', 0, 'city', 'Semey', EKR, {'note': 'NI:reference point'}),
        ('Ертіс өзенінің', 0, 'facility', 'Irtysh River', N, {'subkind': 'river', 'note': 'natural feature'}),
        ('Екібастұздан', 0, 'city', 'Ekibastuz', PR, {'note': 'NI:origin of coal'}),
        ('Үржар ауданының екі ауылының', 0, 'quantified', '2 villages of Urzhar District', N, {'count': 2, 'unit': 'village', 'note': 'background brawl in September; Urzhar District, East Kazakhstan Region in 2010 (Abai Region today)'}),
        ('Шығыс Қазақстан облысының', 0, 'region', EKR, EKR, {'note': "NI:inside an official's title"}),
        ('Астанада', 0, 'city', 'Astana', 'Astana', {'note': 'NI:government meeting'}),
     ],
     inc={EKR: (3, 'traders\' rally at the town akimat in Semey; residents block Abai Street in Kurchatov; background September brawl between residents of two villages of Urzhar district')}),

dict(id='p023', date='2020-07-22', lang='kk',
     event='2020 Aktobe regional court upholds the suspended sentence of an activist from Khromtau for social media posts (no incident); the leader of the banned organisation lives in France; Nur-Sultan',
     text="""Ақтөбе облыстық соты белсендінің шағымын қанағаттандырмады
АҚТӨБЕ, 22 шілде (Vlast.kz) — Ақтөбе облыстық соты Хромтау қаласының тұрғыны, белсенді Ерлан Нұрмағамбетовтің апелляциялық шағымын қанағаттандырмай, оған берілген бір жыл шартты жазаны күшінде қалдырды. Сот отырысына белсендінің туыстары мен Хромтаудан келген бірнеше жақтасы қатысты. Прокурор үкімді заңды деп тапты.
Белсенді әлеуметтік желідегі жазбалары үшін сотталған: тергеу оны сот тыйым салған ұйымның үндеулерін таратты деп айыптаған. Ол кінәсін мойындамайды. Белсенді бұған дейін де екі рет әкімшілік жауапкершілікке тартылған. Адвокаттың айтуынша, Нұрмағамбетов ешқандай жиынға қатыспаған, оның жазбалары тек Ақтөбедегі жолдардың жағдайы мен жалақы туралы болған.
Ұйымның жетекшісі Францияда тұрады. Құқық қорғаушылардың дерегінше, биыл елде осындай баптар бойынша 20-дан астам адам сотталды, олардың үшеуі Ақтөбе облысынан.
Белсенді енді Нұр-Сұлтандағы Жоғарғы сотқа шағымданбақ.""",
     ann=[
        ('Ақтөбе', 0, 'region', AR, AR, {'note': "NI:headline; inside the name of a court ('Ақтөбе облыстық соты')"}),
        ('АҚТӨБЕ', 0, 'city', 'Aktobe', AR, {'note': 'dateline'}),
        ('Ақтөбе', 1, 'region', AR, AR, {'note': 'NI:inside the name of a court'}),
        ('Хромтау қаласының', 0, 'city', 'Khromtau', AR, {'note': "NI:the activist's home"}),
        ('Хромтаудан', 0, 'city', 'Khromtau', AR, {'note': "NI:supporters' origin"}),
        ('Ақтөбедегі', 0, 'city', 'Aktobe', AR, {'note': 'NI:subject of the posts'}),
        ('Францияда', 0, 'foreign', 'France', N, {'note': 'NI:residence'}),
        ('Ақтөбе облысынан', 0, 'region', AR, AR, {'note': 'NI:origin of convicted people'}),
        ('Нұр-Сұлтандағы', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the Supreme Court; the capital named Nur-Sultan 2019-2022'}),
     ],
     inc={}),

dict(id='p024', date='2025-05-20', lang='kk',
     event='2025 Kazygurt district akim meets Sharbulak villagers over irrigated land; a planned gathering in Kazygurt is called off (Turkistan Region; no incident); a Shymkent businessman; an akimat post in the Kazakh Latin alphabet; Mount Kazygurt; Uzbekistan border',
     text="""Қазығұрт ауданының әкімі Шарбұлақ тұрғындарымен кездесті
ТҮРКІСТАН, 20 мамыр (ҚазТАГ) — Түркістан облысы Қазығұрт ауданының әкімі Шарбұлақ ауылының тұрғындарымен кездесіп, суармалы жерді бөлу мәселесін талқылады. Тұрғындар жексенбі күні аудан орталығы Қазығұрт ауылында жиын өткізу туралы әкімдікке хабарлама берген еді, бірақ кездесуден кейін оны өткізбейтінін мәлімдеді.
Дау 400 гектар суармалы жерге қатысты. Ол бұрын ауыл шаруашылығы кооперативіне тиесілі болған, өткен жылы Шымкенттегі бір кәсіпкерге жалға берілген. Аудан әкімі келісімшартты прокуратура тексеретінін және жер ауыл тұрғындарына қайтарылуы мүмкін екенін айтты. Облыс әкімдігі Түркістан қаласынан жұмыс тобын жіберді.
Аудан әкімдігі ресми парақшасында латын әліпбиімен былай деп жазды: «Şarbūlaq auylynyñ tūrğyndarymen kezdesu sındarly ötti. Qazyğūrt audanynda jer daulary zañ ayasynda şeşıledı.»
Шарбұлақ Қазығұрт тауының етегінде, Өзбекстан шекарасынан 30 шақырым жерде орналасқан.""",
     ann=[
        ('Қазығұрт ауданының', 0, 'district', 'Kazygurt District', TR, {'note': "NI:headline; inside an official's title"}),
        ('Шарбұлақ', 0, 'village', 'Sharbulak', TR, {'note': 'NI:headline; residents'}),
        ('ТҮРКІСТАН', 0, 'city', 'Turkistan', TR, {'note': 'dateline'}),
        ('Түркістан облысы', 0, 'region', TR, TR, {'note': "NI:inside an official's title"}),
        ('Қазығұрт ауданының', 1, 'district', 'Kazygurt District', TR, {'note': "NI:inside an official's title"}),
        ('Шарбұлақ ауылының', 0, 'village', 'Sharbulak', TR, {'note': 'NI:residents'}),
        ('Қазығұрт ауылында', 0, 'village', 'Kazygurt', TR, {'note': 'NI:planned gathering, called off; district centre'}),
        ('Шымкенттегі', 0, 'city', 'Shymkent', 'Shymkent', {'note': "NI:the leaseholder's home"}),
        ('Түркістан қаласынан', 0, 'city', 'Turkistan', TR, {'note': 'NI:origin of a working group'}),
        ('Şarbūlaq auylynyñ', 0, 'village', 'Sharbulak', TR, {'note': 'NI:Kazakh Latin alphabet'}),
        ('Qazyğūrt audanynda', 0, 'district', 'Kazygurt District', TR, {'note': 'NI:Kazakh Latin alphabet'}),
        ('Шарбұлақ', 2, 'village', 'Sharbulak', TR, {'note': 'NI:description'}),
        ('Қазығұрт тауының', 0, 'facility', 'Mount Kazygurt', N, {'subkind': 'mountain', 'note': 'natural feature'}),
        ('Өзбекстан', 0, 'foreign', 'Uzbekistan', N, {'note': 'NI:reference point'}),
     ],
     inc={}),
]
