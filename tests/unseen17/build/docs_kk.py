"""Kazakh texts of the seventeenth unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
JR, ALR, KYR, TR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'Turkistan Region', 'South Kazakhstan Region'
ABR, JTR, EKR, MR, KOR = 'Abai Region', 'Jetisu Region', 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR, UR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region', 'Ulytau Region'
ATR, AR, WKR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region'

DOCS = [
dict(id='p017', date='2022-12-16', lang='kk',
     event='2022 Zheltoqsan 36th anniversary: memorial sign opened in Taldykorgan; the December 1986 unrest in Alma-Ata and a student gathering in Taldykorgan (Jetisu Region on the article date); a veteran from Balpyk Bi, Koksu district',
     text="""Желтоқсанға 36 жыл: Талдықорғанда ескерткіш белгі ашылды
ТАЛДЫҚОРҒАН, 16 желтоқсан. ҚазАқпарат – Талдықорғандағы Жастар саябағында 1986 жылғы Желтоқсан оқиғасына қатысқан жастарға арналған ескерткіш белгі ашылды. Салтанатты шараға Жетісу облысының әкімдігі өкілдері, ардагерлер мен студенттер қатысты.
1986 жылғы 17–18 желтоқсанда Алматыдағы Брежнев атындағы алаңға, қазіргі Республика алаңына, мыңдаған студент пен жұмысшы жастар шығып, Мәскеудің шешіміне қарсылық білдірді. Әскер мен милиция жиынды күшпен таратты, жүздеген жас ұсталды, қаза тапқандар да болды.
Сол аптада Талдықорғанда да ауыл шаруашылығы техникумының студенттері облыстық партия комитетінің алдына жиналған. Мұрағат құжаттарына қарағанда, милиция онда қырыққа жуық жасты ұстап, бірнешеуін оқудан шығарған.
Ескерткіш белгінің ашылуына Көксу ауданындағы Балпық би кентінен арнайы келген 55 жастағы Ерлан Сейітов сол күндерді былай еске алды: «Мен ол кезде Алма-Атадағы политехникалық институттың студенті едім. Алаңнан қашып құтылдым, бірақ екі аптадан кейін оқудан шығарып жіберді. Балпық биге қайтып, совхозда тракторшы болдым».
Шараға жиналғандар Желтоқсан құрбандарын бір минут үнсіздікпен еске алып, ескерткіш белгінің етегіне гүл шоқтарын қойды. Белгіні жергілікті жас сәулетші жобалаған, оның биіктігі үш метр. Колледж студенттері Желтоқсанға арналған өлеңдер оқыды. Облыс әкімінің орынбасары бұл белгі қала жастары үшін тарихтан сабақ болатынын айтты.
Талдықорған 1997 жылы облыс орталығы мәртебесінен айырылып, Алматы облысының құрамына енген еді. Биыл 8 маусымда құрылған Жетісу облысы қаланы қайтадан облыс орталығына айналдырды.
Облыстық тарихи-өлкетану музейі Желтоқсан қатысушыларының естеліктерін жинап, кітап етіп шығаруды жоспарлап отыр. Музей қызметкерлері Текелі, Үштөбе және Сарқан қалаларында тұратын ардагерлермен кездесіп үлгерді. Осындай жинақ Астанада былтыр жарық көрген, ал Алматыда оқиғаға қатысқандардың аты-жөні жазылған тізім биыл жаңартылды.""",
     ann=[
        ('Талдықорғанда', 0, 'city', 'Taldykorgan', JTR, {'note': 'headline'}),
        ('ТАЛДЫҚОРҒАН', 0, 'city', 'Taldykorgan', JTR, {'note': 'dateline'}),
        ('Талдықорғандағы', 0, 'city', 'Taldykorgan', JTR),
        ('Жастар саябағында', 0, 'facility', 'Zhastar Park (Taldykorgan)', JTR, {'subkind': 'park'}),
        ('Жетісу облысының', 0, 'region', JTR, JTR, {'note': 'inside the name of an authority'}),
        ('Алматыдағы', 0, 'city', 'Almaty', 'Almaty'),
        ('Брежнев атындағы алаңға', 0, 'facility', 'Republic Square (Almaty)', 'Almaty', {'subkind': 'square', 'note': 'Soviet-era name of the square'}),
        ('Республика алаңына', 0, 'facility', 'Republic Square (Almaty)', 'Almaty', {'subkind': 'square'}),
        ('Мәскеудің', 0, 'foreign', 'Moscow', N, {'note': 'NI:seat of the Soviet leadership'}),
        ('Талдықорғанда', 1, 'city', 'Taldykorgan', JTR, {'note': 'the 1986 gathering; Jetisu Region on the article date'}),
        ('Көксу ауданындағы', 0, 'district', 'Koksu District', JTR, {'note': 'NI:origin of a veteran'}),
        ('Балпық би кентінен', 0, 'village', 'Balpyk Bi', JTR, {'note': 'NI:origin of a veteran'}),
        ('Алма-Атадағы', 0, 'city', 'Almaty', 'Almaty', {'note': "NI:Soviet-era name; the veteran's institute"}),
        ('Балпық биге', 0, 'village', 'Balpyk Bi', JTR, {'note': 'NI:return home'}),
        ('Талдықорған', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:history of its status'}),
        ('Алматы облысының', 0, 'region', ALR, ALR, {'note': 'NI:former unit of Taldykorgan (1997-2022)'}),
        ('Жетісу облысы', 0, 'region', JTR, JTR, {'note': 'NI:new region'}),
        ('Текелі', 0, 'city', 'Tekeli', JTR, {'note': 'NI:residence of veterans; list sharing the head noun "қалаларында"'}),
        ('Үштөбе', 0, 'city', 'Ushtobe', JTR, {'note': 'NI:residence of veterans'}),
        ('Сарқан', 0, 'city', 'Sarkand', JTR, {'note': 'NI:residence of veterans'}),
        ('Астанада', 0, 'city', 'Astana', 'Astana', {'note': 'NI:a book published'}),
        ('Алматыда', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:a list updated'}),
     ],
     inc={'Almaty': (1, 'background: the December 1986 unrest on Brezhnev (now Republic) Square in Alma-Ata, narrated explicitly'),
          JTR: (1, 'background: the 1986 student gathering outside the regional party committee in Taldykorgan with about forty detained (Jetisu Region on the article date)')}),

dict(id='p018', date='2019-04-16', lang='kk',
     event='2019 floodwater washes away the bridge between Zhetisay town and Asykata, Zhetisay district (Turkistan Region); the district split from Maktaaral district in 2018; rescuers from Shymkent',
     text="""Жетісайда тасқын су көпірді шайып кетті
ЖЕТІСАЙ, 16 сәуір. Kazinform – Түркістан облысының Жетісай ауданында нөсер жаңбырдан кейін арнасынан асқан су Жетісай қаласы мен Асықата кентін жалғайтын жолдағы көпірді шайып кетті. Бұл туралы аудандық әкімдік хабарлады. Зардап шеккендер жоқ.
Көпір өткен ғасырдың 70-жылдары салынған, соңғы рет 2009 жылы жөнделген. Қазір көліктер Мақтаарал ауданы арқылы айналып жүр, сондықтан жол 25 шақырымға ұзарды. Шымкенттен келген құтқарушылар мен аудандық коммуналдық қызмет уақытша өткел салып жатыр. Аудан әкімі жаңа темірбетон көпірдің жобасы дайындалып жатқанын, құрылыс күзге дейін аяқталатынын айтты. Фермерлер айналма жол егіс науқанына кедергі келтіреді деп алаңдайды.
Жетісай ауданы былтыр Мақтаарал ауданынан бөлініп, қайта құрылған болатын. Аудан орталығы Жетісай қаласы Өзбекстан шекарасына жақын орналасқан, мұнда негізінен мақта мен бақша өсіріледі.""",
     ann=[
        ('Жетісайда', 0, 'city', 'Zhetisay', TR, {'note': 'headline'}),
        ('ЖЕТІСАЙ', 0, 'city', 'Zhetisay', TR, {'note': 'dateline'}),
        ('Түркістан облысының', 0, 'region', TR, TR),
        ('Жетісай ауданында', 0, 'district', 'Zhetisay District', TR, {'note': 'not Jetisu Region'}),
        ('Жетісай қаласы', 0, 'city', 'Zhetisay', TR, {'note': 'one end of the washed-away bridge'}),
        ('Асықата кентін', 0, 'village', 'Asykata', TR, {'note': 'other end of the washed-away bridge'}),
        ('Мақтаарал ауданы', 0, 'district', 'Maktaaral District', TR, {'note': 'NI:detour'}),
        ('Шымкенттен', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:origin of rescuers'}),
        ('Жетісай ауданы', 0, 'district', 'Zhetisay District', TR, {'note': 'NI:history of the district'}),
        ('Мақтаарал ауданынан', 0, 'district', 'Maktaaral District', TR, {'note': 'NI:district it was split from'}),
        ('Жетісай қаласы', 1, 'city', 'Zhetisay', TR, {'note': 'NI:district seat'}),
        ('Өзбекстан', 0, 'foreign', 'Uzbekistan', N, {'note': 'NI:border'}),
     ],
     inc={TR: (1, 'flood washed away the bridge between Zhetisay and Asykata, Zhetisay district')}),

dict(id='p019', date='2017-05-22', lang='kk',
     event='2017 stray dogs maul a six-year-old girl in Abai district of Shymkent (South Kazakhstan Region before the 2018 reform); Chimkent the old name; Tole Bi Avenue',
     text="""Шымкентте қаңғыбас иттер алты жасар қызды талады
ШЫМКЕНТ, 22 мамыр. ҚазАқпарат – Шымкент қаласының Абай ауданында жексенбі күні кешке аулада ойнап жүрген алты жасар қызды қаңғыбас иттер талады. Бұл туралы Оңтүстік Қазақстан облыстық денсаулық сақтау басқармасы хабарлады.
Қыз облыстық балалар ауруханасына жеткізілді, оның аяғы мен қолына тігіс салынды. Дәрігерлердің айтуынша, баланың өміріне қауіп жоқ.
Тұрғындардың айтуынша, Төле би даңғылына жақын көп қабатты үйлердің маңында ит үйірі бірнеше айдан бері жүр. «Мен бұл қалада ол Чимкент деп аталған кезден бері тұрамын, мұндайды көрген емеспін», – дейді зейнеткер Гүлнар Әбенова.
Қала әкімдігі қаңғыбас жануарларды аулау үшін Ленгер қаласы мен Сайрам ауданынан мердігерлер тартатынын айтты. Аула тұрғындары әкімдікке бірнеше рет шағымданғанын, бірақ жауап ала алмағанын айтады. Ата-аналар енді балаларын далаға жалғыз шығармайды.""",
     ann=[
        ('Шымкентте', 0, 'city', 'Shymkent', SKR, {'note': 'headline; South Kazakhstan Region before 2018-06-19'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', SKR, {'note': 'dateline'}),
        ('Шымкент қаласының', 0, 'city', 'Shymkent', SKR),
        ('Абай ауданында', 0, 'district', 'Abai District (Shymkent)', SKR, {'subkind': 'city district', 'note': 'a district of Shymkent, not Abai Region nor Abai District of Abai Region'}),
        ('Оңтүстік Қазақстан', 0, 'region', SKR, SKR, {'note': 'inside the name of an authority'}),
        ('Төле би даңғылына', 0, 'facility', 'Tole Bi Avenue (Shymkent)', SKR, {'subkind': 'street', 'note': 'named after a person; not Tole Bi District'}),
        ('Чимкент', 0, 'city', 'Shymkent', SKR, {'note': 'NI:Soviet-era name'}),
        ('Ленгер қаласы', 0, 'city', 'Lenger', SKR, {'note': 'NI:origin of contractors'}),
        ('Сайрам ауданынан', 0, 'district', 'Sairam District', SKR, {'note': 'NI:origin of contractors'}),
     ],
     inc={SKR: (1, 'stray dogs mauled a girl in Abai district of Shymkent (Shymkent is South Kazakhstan Region in 2017)')}),

dict(id='p020', date='2025-09-01', lang='kk',
     event='2025 new school opens in Aidabol, Zerendi district (Akmola Region); akimat post in the Kazakh Latin alphabet; Kokshetau (Kokchetav) and Zerendi district were in North Kazakhstan Region in 1997-1999 (no incident)',
     text="""Зерендідегі Айдабол ауылында жаңа мектеп ашылды
КӨКШЕТАУ, 1 қыркүйек. ҚазАқпарат – Ақмола облысы Зеренді ауданының Айдабол ауылында 300 орындық жаңа мектеп есігін айқара ашты. Бұған дейін ауыл балалары 1962 жылы салынған ағаш ғимаратта оқып келген. Жаңа мектепте робототехника кабинеті мен спорт залы бар.
Мектеп құрылысына облыстық бюджеттен 2,1 млрд теңге бөлінді. Көрші Викторовка ауылының оқушылары мектепке арнайы автобуспен қатынайды.
Аудан әкімдігі әлеуметтік желідегі парақшасында: «Zerendı audanynyñ Aidabol auylynda jaña mektep aşyldy. Biyl audanda tağy üş mektep salynuda», – деп жазды.
Кеңес заманында Кокчетав деп аталған Көкшетау қаласы 1997–1999 жылдары Солтүстік Қазақстан облысының құрамында болғанын, ол кезде Зеренді ауданы да Петропавлға бағынғанын аға буын әлі ұмытқан жоқ. Ауыл мұғалімдері жаңа мектепте өлке тарихы кабинетін ашуды жоспарлап отыр.""",
     ann=[
        ('Зерендідегі', 0, 'district', 'Zerendi District', AKR, {'note': 'headline; Zerendi is both a district and its seat village'}),
        ('Айдабол ауылында', 0, 'village', 'Aidabol', AKR, {'note': 'headline'}),
        ('КӨКШЕТАУ', 0, 'city', 'Kokshetau', AKR, {'note': 'dateline'}),
        ('Ақмола облысы', 0, 'region', AKR, AKR),
        ('Зеренді ауданының', 0, 'district', 'Zerendi District', AKR),
        ('Айдабол ауылында', 1, 'village', 'Aidabol', AKR),
        ('Викторовка ауылының', 0, 'village', 'Viktorovka', AKR, {'note': 'NI:origin of pupils'}),
        ('Zerendı audanynyñ', 0, 'district', 'Zerendi District', AKR, {'note': 'Kazakh Latin alphabet (2021)'}),
        ('Aidabol auylynda', 0, 'village', 'Aidabol', AKR, {'note': 'Kazakh Latin alphabet (2021)'}),
        ('Кокчетав', 0, 'city', 'Kokshetau', AKR, {'note': 'NI:Soviet-era Russian name'}),
        ('Көкшетау қаласы', 0, 'city', 'Kokshetau', AKR, {'note': 'NI:history'}),
        ('Солтүстік Қазақстан облысының', 0, 'region', NKR, NKR, {'note': 'NI:unit of Kokshetau and Zerendi district in 1997-1999'}),
        ('Зеренді ауданы', 0, 'district', 'Zerendi District', AKR, {'note': 'NI:history'}),
        ('Петропавлға', 0, 'city', 'Petropavl', NKR, {'note': 'NI:seat of the regional administration in 1997-1999'}),
     ],
     inc={}),

dict(id='p021', date='2003-12-09', lang='kk',
     event='2003 house fire kills two children in Miyaly, Kyzylkoga district (Atyrau Region); firefighters from Makat; Guryev Region the old name',
     text="""Миялы ауылында өрттен екі бала қаза тапты
АТЫРАУ, 9 желтоқсан. Kazinform – Атырау облысы Қызылқоға ауданының Миялы ауылында дүйсенбіге қараған түні тұрғын үй өртеніп, екі бала қаза тапты. Ата-анасы мен үлкен қызы терезеден секіріп, аман қалды. Қаза тапқан балалар төрт және жеті жаста еді. Аудандық әкімдік отбасына уақытша баспана мен материалдық көмек көрсетті.
Облыстық төтенше жағдайлар басқармасының мәліметінше, өрт қараусыз қалған пештен шыққан. Өрт сөндірушілер аудан орталығынан ғана емес, 90 шақырым жердегі Мақаттан да көмекке келген, бірақ үй толық өртеніп кеткен.
Атырау облысында биыл өрттен 31 адам қайтыс болды. «Гурьев облысы кезінде де қыс мұндай ауыр болған жоқ еді», – дейді 40 жыл өрт сөндіру қызметінде істеген ардагер Серік Қожахметов. Ол ауылдардағы ескі пештерді тексеруді ұсынады.""",
     ann=[
        ('Миялы ауылында', 0, 'village', 'Miyaly (Atyrau Region)', ATR, {'note': 'headline'}),
        ('АТЫРАУ', 0, 'city', 'Atyrau', ATR, {'note': 'dateline'}),
        ('Атырау облысы', 0, 'region', ATR, ATR),
        ('Қызылқоға ауданының', 0, 'district', 'Kyzylkoga District', ATR),
        ('Миялы ауылында', 1, 'village', 'Miyaly (Atyrau Region)', ATR),
        ('Мақаттан', 0, 'village', 'Makat', ATR, {'note': 'NI:origin of firefighters'}),
        ('Атырау облысында', 0, 'region', ATR, ATR, {'note': 'NI:yearly statistic, not narrated'}),
        ('Гурьев облысы', 0, 'region', ATR, ATR, {'note': 'NI:old name of Atyrau Region'}),
     ],
     inc={ATR: (1, 'fatal house fire in Miyaly, Kyzylkoga district')}),

dict(id='p022', date='2024-06-08', lang='kk',
     event='2024 Ulytau Region two years old: history of Zhezkazgan Region (1973-1997); shepherd beaten and 40 sheep stolen near Atasu, Zhanaarka district (Ulytau Region), suspect held in Aktogay district (Karaganda Region); lost hunter found near Koskol (not counted)',
     text="""Ұлытау облысына екі жыл: жол, су және мал ұрлығы
ЖЕЗҚАЗҒАН, 8 маусым. ҚазАқпарат – Бүгін Ұлытау облысының құрылғанына екі жыл толды. 2022 жылғы 8 маусымда Қарағанды облысынан бөлініп шыққан жаңа өңірге Жезқазған, Сәтбаев, Қаражал қалалары мен Ұлытау және Жаңаарқа аудандары кірді.
Аға буын Жезқазған облысын жақсы еске алады: ол 1973 жылы құрылып, 1997 жылы таратылған еді. Ширек ғасырдан кейін облыс орталығы қайтадан Жезқазғанда.
Екі жылда Жезқазған – Қарағанды тас жолының 120 шақырымы жөнделді, Сәтбаев қаласында жаңа су құбыры іске қосылды. Жезқазған әуежайынан Астанаға күнделікті рейс ашылды. Дегенмен облыстағы 12 ауыл әлі де орталықтандырылған ауыз суға қосылмаған.
Ауыл тұрғындарын мал ұрлығы да мазалайды. Өткен аптада Жаңаарқа ауданының Атасу ауылы маңындағы қыстауда белгісіз адамдар шопанды соққыға жығып, 40 бас қойды айдап кеткен. Шопан Атасудағы аурухананың жансақтау бөлімінде жатыр. Полиция күдіктілердің бірін Қарағанды облысының Ақтоғай ауданында ұстады, қалғандары іздестірілуде.
Сондай-ақ мамыр айының басында Ұлытау ауданындағы Қосқол ауылының маңында адасып кеткен аңшы екі тәуліктен кейін аман-есен табылды. Іздеуге Сәтбаевтан келген құтқарушылар мен тікұшақ қатысты.
Облыс тұрғындарының саны 220 мыңға жуықтайды, олардың басым бөлігі Жезқазған мен Сәтбаевта тұрады. Жергілікті кәсіпкерлер туризмге үміт артады: Ұлытау тауларындағы Алаша хан және Жошы хан кесенелеріне былтыр 40 мыңнан астам турист келген. Облыс орталығында жаңа қонақүй мен туристік ақпарат орталығы ашылды.
Облыс әкімі мерейтойға орай өткен жиында келесі жылы Ұлытау кентіне дейінгі жолды толық жөндеуге уәде берді. Ол сондай-ақ мал ұрлығының алдын алу үшін шалғайдағы қыстауларға бейнекамералар орнатылатынын, ал жаз бойы ауылдарда жылжымалы полиция бекеттері жұмыс істейтінін айтты. Фермерлер малын чиптеу үшін субсидия сұрап отыр.""",
     ann=[
        ('Ұлытау облысына', 0, 'region', UR, UR, {'note': 'headline'}),
        ('ЖЕЗҚАЗҒАН', 0, 'city', 'Zhezkazgan', UR, {'note': 'dateline'}),
        ('Ұлытау облысының', 0, 'region', UR, UR),
        ('Қарағанды облысынан', 0, 'region', KR, KR, {'note': 'NI:former unit'}),
        ('Жезқазған', 0, 'city', 'Zhezkazgan', UR, {'note': 'list sharing the head noun "қалалары"'}),
        ('Сәтбаев', 0, 'city', 'Satpayev', UR),
        ('Қаражал', 0, 'city', 'Karazhal', UR),
        ('Ұлытау', 2, 'district', 'Ulytau District', UR, {'note': 'list sharing the head noun "аудандары"'}),
        ('Жаңаарқа', 0, 'district', 'Zhanaarka District', UR),
        ('Жезқазған облысын', 0, 'region', UR, UR, {'uncertain': True, 'note': 'NI:Zhezkazgan Region, abolished in 1997; most of its land is Ulytau Region on the article date'}),
        ('Жезқазғанда', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:regional seat'}),
        ('Жезқазған', 2, 'city', 'Zhezkazgan', UR, {'note': 'NI:road endpoint'}),
        ('Қарағанды', 1, 'city', 'Karaganda', KR, {'note': 'NI:road endpoint'}),
        ('Сәтбаев қаласында', 0, 'city', 'Satpayev', UR, {'note': 'NI:a water pipe'}),
        ('Жезқазған әуежайынан', 0, 'facility', 'Zhezkazgan Airport', UR, {'subkind': 'airport', 'note': 'NI:new flight'}),
        ('Астанаға', 0, 'city', 'Astana', 'Astana', {'note': 'NI:destination of flights'}),
        ('12 ауыл', 0, 'quantified', '12 villages', N, {'count': 12, 'unit': 'village', 'note': 'no water supply; not about incidents'}),
        ('Жаңаарқа ауданының', 0, 'district', 'Zhanaarka District', UR),
        ('Атасу ауылы', 0, 'village', 'Atasu', UR),
        ('Атасудағы', 0, 'village', 'Atasu', UR, {'note': 'NI:hospital'}),
        ('Қарағанды облысының', 0, 'region', KR, KR, {'note': 'NI:arrest of a suspect'}),
        ('Ақтоғай ауданында', 0, 'district', 'Aktogay District (Karaganda Region)', KR, {'note': 'NI:arrest of a suspect'}),
        ('Ұлытау ауданындағы', 0, 'district', 'Ulytau District', UR, {'note': 'hunter lost and found; not counted'}),
        ('Қосқол ауылының', 0, 'village', 'Koskol (Ulytau District)', UR, {'note': 'hunter lost and found; not counted'}),
        ('Сәтбаевтан', 0, 'city', 'Satpayev', UR, {'note': 'NI:origin of rescuers'}),
        ('Жезқазған', 4, 'city', 'Zhezkazgan', UR, {'note': 'NI:population'}),
        ('Сәтбаевта', 0, 'city', 'Satpayev', UR, {'note': 'NI:population'}),
        ('Ұлытау тауларындағы', 0, 'facility', 'Ulytau Mountains', N, {'subkind': 'mountains'}),
        ('Алаша хан', 0, 'facility', 'Alasha Khan Mausoleum', UR, {'subkind': 'mausoleum', 'note': 'NI:tourists; list sharing the head noun "кесенелеріне"; named after a person'}),
        ('Жошы хан', 0, 'facility', 'Jochi Khan Mausoleum', UR, {'subkind': 'mausoleum', 'note': 'NI:tourists; named after a person'}),
        ('Ұлытау кентіне', 0, 'village', 'Ulytau', UR, {'note': 'NI:planned road repair'}),
     ],
     inc={UR: (1, 'shepherd beaten and 40 sheep driven off near Atasu, Zhanaarka district (violent theft); the lost and found hunter near Koskol is not counted')}),

dict(id='p023', date='2026-05-19', lang='kk',
     event='2026 road from Otegen Batyr to Miyaly repaired in Ili district (Almaty Region); Miyaly namesake in Kyzylkoga district of Atyrau Region; Konaev the former Kapchagay; akimat post in the Kazakh Latin alphabet (no incident)',
     text="""Іле ауданында Миялы ауылына апаратын жол жөнделді
ҚОНАЕВ, 19 мамыр. Kazinform – Алматы облысы Іле ауданындағы Өтеген батыр ауылынан Миялы ауылына дейінгі 42 шақырымдық жол күрделі жөндеуден өтті. Жол 1980 жылдардан бері толық жөнделмеген еді, жаз сайын шұңқырларға түскен көліктер жиі бұзылатын.
Миялы тұрғындары енді облыс орталығы Қонаевқа, бұрынғы Қапшағайға, бір сағатта жетеді. Ауылдағы фельдшерлік пункт пен мектепке де жедел жәрдем мен автобус кідіріссіз келе алады. Жөндеу жұмыстарына республикалық бюджеттен 3,8 млрд теңге жұмсалды.
Аудан әкімдігі парақшасында: «Ile audanyndağy 42 şaqyrymdyq jol jöndeldı. Endı Ötegen batyr auylynan Qonaevqa deiın jarty sağatta jetuge bolady», – деп жазды.
Айта кетейік, Миялы деген ауыл Атырау облысының Қызылқоға ауданында да бар. Жергілікті такси жүргізушілерінің айтуынша, навигатор кейде жолаушыларды Атырау жаққа бағыттап жібереді.""",
     ann=[
        ('Іле ауданында', 0, 'district', 'Ili District', ALR, {'note': 'headline'}),
        ('Миялы ауылына', 0, 'village', 'Miyaly (Ili District)', ALR, {'note': 'headline; road endpoint'}),
        ('ҚОНАЕВ', 0, 'city', 'Konaev', ALR, {'note': 'dateline'}),
        ('Алматы облысы', 0, 'region', ALR, ALR),
        ('Іле ауданындағы', 0, 'district', 'Ili District', ALR),
        ('Өтеген батыр ауылынан', 0, 'village', 'Otegen Batyr', ALR, {'note': 'road endpoint'}),
        ('Миялы ауылына', 1, 'village', 'Miyaly (Ili District)', ALR, {'note': 'road endpoint'}),
        ('Миялы', 2, 'village', 'Miyaly (Ili District)', ALR, {'note': 'NI:residents'}),
        ('Қонаевқа', 0, 'city', 'Konaev', ALR, {'note': 'NI:destination'}),
        ('Қапшағайға', 0, 'city', 'Konaev', ALR, {'note': 'NI:former name of Konaev'}),
        ('Ile audanyndağy', 0, 'district', 'Ili District', ALR, {'note': 'Kazakh Latin alphabet (2021)'}),
        ('Ötegen batyr auylynan', 0, 'village', 'Otegen Batyr', ALR, {'note': 'NI:Kazakh Latin alphabet (2021); origin of a trip'}),
        ('Qonaevqa', 0, 'city', 'Konaev', ALR, {'note': 'NI:Kazakh Latin alphabet (2021); destination'}),
        ('Миялы', 3, 'village', 'Miyaly (Atyrau Region)', ATR, {'note': 'NI:namesake village in another region'}),
        ('Атырау облысының', 0, 'region', ATR, ATR, {'note': 'NI:namesake village'}),
        ('Қызылқоға ауданында', 0, 'district', 'Kyzylkoga District', ATR, {'note': 'NI:namesake village'}),
        ('Атырау', 1, 'city', 'Atyrau', ATR, {'uncertain': True, 'note': 'NI:"Атырау жаққа" (towards Atyrau): the city or the region'}),
     ],
     inc={}),

dict(id='p024', date='1996-10-22', lang='kk',
     event='1996 theft of 25 horses from a farm in Urpek, Amangeldy district of Turgai Region (Kostanay Region holds its land; the region was abolished in 1997); the theft is not counted (no incident)',
     text="""Амангелді ауданында 25 жылқы ұрланды
АРҚАЛЫҚ, 22 қазан. ҚазТАГ – Торғай облысы Амангелді ауданының Үрпек ауылындағы шаруа қожалығынан түнде 25 жылқы ұрланды. Бұл туралы облыстық ішкі істер басқармасы хабарлады. Қожалық иесі жылқылардың жоғалғанын таңертең ғана байқаған. Қожалық иесі Бекболат Жанұзақовтың айтуынша, ұрланған жылқылардың арасында асыл тұқымды екі айғыр бар. Ол малын тапқан адамға сыйақы беретінін жариялады. Аудандық полиция бөлімі ауылдарда қосымша рейдтер жүргізуде.
Полиция мен ауыл тұрғындары із кесіп, малдың Қостанай облысы жаққа айдалғанын анықтады. Көршілес облыстың полициясына хабар берілді. Ұрланған малдың еті Ақмолаға немесе Арқалықтағы базарға сатылуы мүмкін деп болжануда.
Торғай облысында биыл 300-ден астам мал ұрланған, бірақ ұрылардың тек үштен бірі ұсталды. Шаруалар түнгі күзетті күшейтіп, жылқыларын қораға қамай бастады.""",
     ann=[
        ('Амангелді ауданында', 0, 'district', 'Amangeldy District', KOR, {'note': 'headline; Turgai Region in 1996, Kostanay Region holds its land'}),
        ('АРҚАЛЫҚ', 0, 'city', 'Arkalyk', KOR, {'note': 'dateline; seat of Turgai Region until 1997'}),
        ('Торғай облысы', 0, 'region', KOR, KOR, {'uncertain': True, 'note': 'Turgai Region (1990-1997), not a canonical unit; Arkalyk and Amangeldy district are Kostanay Region land, some of its northern districts went to Akmola Region'}),
        ('Амангелді ауданының', 0, 'district', 'Amangeldy District', KOR),
        ('Үрпек ауылындағы', 0, 'village', 'Urpek', KOR),
        ('Қостанай облысы', 0, 'region', KOR, KOR, {'note': 'NI:direction of the herd'}),
        ('Ақмолаға', 0, 'city', 'Astana', 'Astana', {'note': 'NI:possible market; the city, not the region'}),
        ('Арқалықтағы', 0, 'city', 'Arkalyk', KOR, {'note': 'NI:possible market'}),
        ('Торғай облысында', 0, 'region', KOR, KOR, {'uncertain': True, 'note': 'NI:yearly statistic; Turgai Region (1990-1997)'}),
     ],
     inc={}),
]
