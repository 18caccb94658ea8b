"""Kazakh texts of the fifty-eighth unseen check corpus (Cyrillic; p024 quotes a user's post
in an informal Kazakh Latin spelling)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p017', date='1992-12-15', lang='kk',
     event='1992 fire in a hostel of the agricultural institute in Almaty, four students poisoned by smoke, and a November fire in a builders\' hostel in Auezov district (Almaty); students from the Kyzylorda, Shymkent (old name of South Kazakhstan Region) and Zhezkazgan (abolished 1997) regions',
     text="""Алматыда студенттер жатақханасында өрт шықты
АЛМАТЫ, 15 желтоқсан (ҚазТАГ) – Дүйсенбіге қараған түні Алматыдағы ауыл шаруашылығы институтының № 3 жатақханасында өрт шықты. 300-ге жуық студент көшеге шығарылды, төрт студент түтіннен уланып, ауруханаға жеткізілді, деп хабарлады қалалық өрт сөндіру басқармасы.
Өрт төртінші қабаттағы бөлмеде қалдырылған электр плиткадан басталған. Өрт сөндірушілер жалынды бір сағатта сөндірді, бірақ екі қабаттағы бөлмелер күйіп кетті. Жатақханада тұратын студенттердің көбі Қызылорда, Шымкент және Жезқазған облыстарынан келген жастар.
Институт ректоры зардап шеккен студенттерге киім мен төсек-орын беретінін, оларды уақытша басқа жатақханаға орналастыратынын айтты. Қалалық прокуратура тексеріс бастады.
Бұл – соңғы бір айда Алматыдағы жатақханада болған екінші өрт: қараша айында Әуезов ауданындағы құрылысшылар жатақханасы өртенген еді.""",
     ann=[
        ('Алматыда', 0, 'city', 'Almaty', 'Almaty', {'note': 'headline'}),
        ('АЛМАТЫ', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Алматыдағы', 0, 'city', 'Almaty', 'Almaty'),
        ('Қызылорда', 0, 'region', KZR, KZR, {'note': 'NI:origin of students; in a list sharing "облыстарынан"'}),
        ('Шымкент', 0, 'region', SKR, SKR, {'uncertain': True, 'note': 'NI:origin of students; in a list sharing "облыстарынан"; Shymkent (Chimkent) Region, the old name of South Kazakhstan Region, renamed in 1992'}),
        ('Жезқазған', 0, 'region', KR, KR, {'uncertain': True, 'note': 'NI:origin of students; in a list sharing "облыстарынан"; Zhezkazgan Region (abolished 1997) labelled with the unit that took its land'}),
        ('Алматыдағы', 1, 'city', 'Almaty', 'Almaty'),
        ('Әуезов ауданындағы', 0, 'district', 'Auezov District (Almaty)', 'Almaty', {'subkind': 'city district'}),
     ],
     inc={'Almaty': (2, 'fire in hostel No. 3 of the agricultural institute; fire in a builders\' hostel in Auezov district in November (background narrated)')}),

dict(id='p018', date='2008-03-04', lang='kk',
     event='2008 week in Mangystau Region: gas explosion in a private house in the Samal microdistrict of Zhanaozen, one dead; fire in a college hostel in the 3rd microdistrict of Aktau, six poisoned; carbon monoxide death in Beineu; a child flown to hospital in Atyrau; checks in all districts (Mangystau, Tupkaragan, Munaily districts, Zhanaozen and Aktau); gas experts from Russia\'s Astrakhan Oblast',
     text="""Маңғыстауда бір аптада үш оқиға: газ жарылысы, жатақханадағы өрт, иіс газы
АҚТАУ, 4 наурыз (ҚазАқпарат) – Маңғыстау облысында өткен аптада тұрғын үйлерде болған үш оқиғадан екі адам қаза тауып, тоғыз адам зардап шекті.

Жексенбі күні Жаңаөзен қаласының Самал шағынауданындағы жеке үйде табиғи газ жарылды. Үйдің төбесі опырылып, 70 жастағы үй иесі қаза тапты, оның келіні мен екі немересі ауруханаға жеткізілді. Облыстық төтенше жағдайлар департаментінің мәліметінше, жарылысқа газ құбырына рұқсатсыз қосылған пеш себеп болған. Ауыр жарақат алған бір жасар баланы тікұшақпен Атырау қаласындағы балалар ауруханасына жеткізді.

Сейсенбі күні Ақтаудың 3-шағынауданындағы колледж жатақханасында өрт шықты. 150 студент эвакуацияланды, алты студент түтіннен уланды. Өрт электр сымының қысқа тұйықталуынан басталған. Колледж директоры жатақханада өрт дабылы жұмыс істемегенін мойындады. Жатақханада тұратын студенттердің көбі облыстың алыс ауылдарынан келген.

Ал Бейнеу ауылында бейсенбіге қараған түні көмір пешінен шыққан иіс газынан 45 жастағы ер адам қайтыс болды, әйелі мен ұлы аман қалды.

Облыс әкімі барлық аудандарда жеке үйлердегі газ жабдықтарын тексеруді тапсырды. Тексеріс Маңғыстау, Түпқараған, Мұнайлы аудандарында және Жаңаөзен мен Ақтау қалаларында басталды. Ресейдің Астрахань облысынан шақырылған газ мамандары да комиссия құрамында жұмыс істейді.

Жаңаөзендегі жарылыстан кейін қалалық газ қызметі Самал, Арай және Шұғыла шағынаудандарындағы 800 үйді аралап, 40 үйден заңсыз қосылған пеш тапты. Бұл үйлердің иелеріне айыппұл салынады. Облыстық прокуратура газ қызметінің лауазымды тұлғаларына қатысты тексеріс бастады, оның нәтижесі бір айдан кейін белгілі болады.

Жаңаөзен қаласының әкімдігі қаза тапқан зейнеткердің отбасына 500 мың теңге көмек көрсетті. Үйі қираған отбасы уақытша жалдамалы пәтерге көшірілді. Тұрғындар газ қызметінің жұмысына наразы: «Өтінішімізге бір ай бойы ешкім келмеді», – дейді көрші Гүлнар Есенова.""",
     ann=[
        ('Маңғыстауда', 0, 'region', MR, MR, {'note': 'headline; the region without head noun (events in three towns and villages of the region)'}),
        ('АҚТАУ', 0, 'city', 'Aktau', MR, {'note': 'dateline'}),
        ('Маңғыстау облысында', 0, 'region', MR, MR),
        ('Жаңаөзен қаласының', 0, 'city', 'Zhanaozen', MR),
        ('Самал шағынауданындағы', 0, 'district', 'Samal (Zhanaozen)', MR, {'subkind': 'microdistrict'}),
        ('Атырау қаласындағы', 0, 'city', 'Atyrau', ATR, {'note': 'NI:hospital where a child was flown'}),
        ('Ақтаудың', 0, 'city', 'Aktau', MR),
        ('3-шағынауданындағы', 0, 'district', '3rd microdistrict (Aktau)', MR, {'subkind': 'microdistrict', 'note': 'a numbered microdistrict'}),
        ('Бейнеу ауылында', 0, 'village', 'Beineu', MR),
        ('барлық аудандарда', 0, 'quantified', 'all districts', N, {'count': None, 'unit': 'district', 'quantifier': 'all', 'note': 'checks ordered, not incidents'}),
        ('Маңғыстау', 1, 'district', 'Mangystau District', MR, {'note': 'NI:checks; in a list sharing "аудандарында"; the district, not the region'}),
        ('Түпқараған', 0, 'district', 'Tupkaragan District', MR, {'note': 'NI:checks; in a list sharing "аудандарында"'}),
        ('Мұнайлы', 0, 'district', 'Munaily District', MR, {'note': 'NI:checks; in a list sharing "аудандарында"'}),
        ('Жаңаөзен', 1, 'city', 'Zhanaozen', MR, {'note': 'NI:checks; in a list sharing "қалаларында"'}),
        ('Ақтау', 0, 'city', 'Aktau', MR, {'note': 'NI:checks; in a list sharing "қалаларында"'}),
        ('Ресейдің', 0, 'foreign', 'Russia', N, {'note': 'NI:origin of experts'}),
        ('Астрахань облысынан', 0, 'foreign', 'Astrakhan Oblast', N, {'note': 'NI:origin of experts'}),
        ('Жаңаөзендегі', 0, 'city', 'Zhanaozen', MR, {'note': 'NI:reference to the blast; checks by the gas service'}),
        ('Самал', 1, 'district', 'Samal (Zhanaozen)', MR, {'subkind': 'microdistrict', 'note': 'NI:checks; in a list sharing "шағынаудандарындағы"'}),
        ('Арай', 0, 'district', 'Arai (Zhanaozen)', MR, {'subkind': 'microdistrict', 'note': 'NI:checks; in a list sharing "шағынаудандарындағы"'}),
        ('Шұғыла', 0, 'district', 'Shugyla (Zhanaozen)', MR, {'subkind': 'microdistrict', 'note': 'NI:checks; in a list sharing "шағынаудандарындағы"'}),
        ('Жаңаөзен қаласының', 1, 'city', 'Zhanaozen', MR, {'note': 'NI:inside the name of an authority (akimat); aid to the family'}),
     ],
     inc={MR: (3, 'gas explosion in a private house in Samal, Zhanaozen; fire in a college hostel in the 3rd microdistrict of Aktau; carbon monoxide death in Beineu')}),

dict(id='p019', date='2014-09-16', lang='kk',
     event='2014 night fire at the «Маржан» market in Kostanay, 80 stalls burnt (Kostanay Region); goods from Chelyabinsk and Kurgan in Russia; checks ordered for markets in Rudny, Lisakovsk and Arkalyk',
     text="""Қостанайда базар өртеніп, 80 сауда орны күйді
ҚОСТАНАЙ, 16 қыркүйек – Сейсенбіге қараған түні Қостанай қаласындағы «Маржан» базарында өрт шығып, 80 сауда орны мен екі қойма жанып кетті. Зардап шеккендер жоқ, деп хабарлады Қостанай облысының төтенше жағдайлар департаменті. Өрт аумағы 1 500 шаршы метрге жетті.
Кәсіпкерлердің айтуынша, тауардың басым бөлігі Ресейдің Челябі және Қорған қалаларынан әкелінген. Шығын 200 миллион теңгеден асады. «Несиеге алған тауарымның бәрі күйді, енді банкке не айтамын», – дейді саудагер Әсел Жұмабаева.
Өрттің алдын ала себебі – электр сымының ақауы. Базар иесіне қатысты қылмыстық іс қозғалды. Облыс әкімдігі Рудный, Лисаков және Арқалық қалаларындағы базарларды да тексеруді тапсырды.""",
     ann=[
        ('Қостанайда', 0, 'city', 'Kostanay', KOR, {'note': 'headline'}),
        ('ҚОСТАНАЙ', 0, 'city', 'Kostanay', KOR, {'note': 'dateline'}),
        ('Қостанай қаласындағы', 0, 'city', 'Kostanay', KOR),
        ('Маржан', 0, 'facility', 'Marzhan market (Kostanay)', KOR, {'subkind': 'market', 'note': 'name inside quotation marks'}),
        ('Қостанай облысының', 0, 'region', KOR, KOR, {'note': 'inside the name of an authority'}),
        ('Ресейдің', 0, 'foreign', 'Russia', N, {'note': 'NI:origin of goods'}),
        ('Челябі', 0, 'foreign', 'Chelyabinsk', N, {'note': 'NI:origin of goods; Kazakh name of Chelyabinsk; in a list sharing "қалаларынан"'}),
        ('Қорған', 0, 'foreign', 'Kurgan', N, {'note': 'NI:origin of goods; Kazakh name of Kurgan; in a list sharing "қалаларынан"'}),
        ('Рудный', 0, 'city', 'Rudny', KOR, {'note': 'NI:checks; in a list sharing "қалаларындағы"'}),
        ('Лисаков', 0, 'city', 'Lisakovsk', KOR, {'note': 'NI:checks; Kazakh short form of Lisakovsk; in a list sharing "қалаларындағы"'}),
        ('Арқалық', 0, 'city', 'Arkalyk', KOR, {'note': 'NI:checks; in a list sharing "қалаларындағы"'}),
     ],
     inc={KOR: (1, 'fire at the Marzhan market in Kostanay')}),

dict(id='p020', date='2021-02-10', lang='kk',
     event='2021 carbon monoxide: five members of a family poisoned in a private house in the Ondiris area of Saryarka district, Nur-Sultan (Astana), and a man dead in Karaotkel, Tselinograd district (Akmola Region); the 37 poisonings of the winter are a statistic',
     text="""Нұр-Сұлтанда жеке үйде бір отбасының бес мүшесі иіс газынан уланды
НҰР-СҰЛТАН, 10 ақпан – Елордадағы Сарыарқа ауданына қарасты Өндіріс тұрғын алабындағы жеке үйде бір отбасының бес мүшесі иіс газынан уланды. Олардың үшеуі – мектеп жасындағы балалар. Барлығы ауруханаға жеткізілді, бір баланың жағдайы ауыр, деп хабарлады Нұр-Сұлтан қаласының төтенше жағдайлар департаменті.
Алдын ала мәліметке қарағанда, үй көмір пешімен жылытылған, түнде пештің мұржасы жабық қалған. Көршілері таңертең есік ашылмағанын байқап, құтқарушыларды шақырған.
Сол түні Ақмола облысы Целиноград ауданының Қараөткел ауылында 58 жастағы ер адам иіс газынан қайтыс болды. Ол үйде жалғыз тұрған.
Департамент тұрғындарға пеш пен мұржаны жүйелі түрде тексеріп тұруды ескертті. Биыл қыста елордада иіс газынан 37 адам уланған.""",
     ann=[
        ('Нұр-Сұлтанда', 0, 'city', 'Astana', 'Astana', {'note': 'headline; the capital named Nur-Sultan 2019-2022'}),
        ('НҰР-СҰЛТАН', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Сарыарқа ауданына', 0, 'district', 'Saryarka District (Astana)', 'Astana', {'subkind': 'city district'}),
        ('Өндіріс тұрғын алабындағы', 0, 'district', 'Ondiris (Astana)', 'Astana', {'subkind': 'microdistrict', 'note': 'residential area; head noun "тұрғын алабы" follows the name'}),
        ('Нұр-Сұлтан қаласының', 0, 'city', 'Astana', 'Astana', {'note': 'inside the name of an authority'}),
        ('Ақмола облысы', 0, 'region', AKR, AKR),
        ('Целиноград ауданының', 0, 'district', 'Tselinograd District', AKR, {'note': 'the district, not the old name of the capital'}),
        ('Қараөткел ауылында', 0, 'village', 'Karaotkel', AKR),
     ],
     inc={'Astana': (1, 'carbon monoxide: five members of a family poisoned in Ondiris, Saryarka district; the 37 poisonings of the winter are a statistic'),
          AKR: (1, 'carbon monoxide death in Karaotkel, Tselinograd district')}),

dict(id='p021', date='2022-06-20', lang='kk',
     event='2022 fire in a five-storey hostel in Zhezkazgan, 80 evacuated (Ulytau Region, twelve days after its creation); a fire engine from Satpayev; the split from Karaganda Region recalled; hostel fires in two other, unnamed regions (unattributed)',
     text="""Жезқазғанда жатақханада өрт: 80 адам эвакуацияланды
ЖЕЗҚАЗҒАН, 20 маусым – Жаңадан құрылған Ұлытау облысының орталығы Жезқазған қаласында бес қабатты жатақханада өрт шықты. 80 тұрғын эвакуацияланды, екі адам түтіннен уланып, ауруханаға жеткізілді, деп хабарлады Ұлытау облысының төтенше жағдайлар департаменті.
Өрт үшінші қабаттағы пәтерде теледидардың жануынан басталған, өрт сөндірушілер жалынды бір сағатта ауыздықтады. Өртті сөндіруге Сәтбаев қаласынан да екі өрт сөндіру көлігі жіберілді.
Ұлытау облысы 8 маусымда Қарағанды облысының құрамынан бөлініп шықты. Жаңа облыстың төтенше жағдайлар департаменті әзірге Жезқазғандағы бұрынғы өңірлік басқарманың ғимаратында орналасқан. Төтенше жағдайлар министрлігінің мәліметінше, осы аптада тағы екі облыста жатақханаларда өрт болған, бірақ министрлік олардың атауын көрсетпеді. Департамент басшысы облыстағы барлық жатақханалар тексерілетінін айтты. Зардап шеккен отбасыларға қалалық әкімдік уақытша баспана берді.""",
     ann=[
        ('Жезқазғанда', 0, 'city', 'Zhezkazgan', UR, {'note': 'headline; Ulytau Region since 2022-06-08'}),
        ('ЖЕЗҚАЗҒАН', 0, 'city', 'Zhezkazgan', UR, {'note': 'dateline'}),
        ('Ұлытау облысының', 0, 'region', UR, UR),
        ('Жезқазған қаласында', 0, 'city', 'Zhezkazgan', UR),
        ('Ұлытау облысының', 1, 'region', UR, UR, {'note': 'inside the name of an authority'}),
        ('Сәтбаев қаласынан', 0, 'city', 'Satpayev', UR, {'note': 'NI:origin of a fire engine'}),
        ('Ұлытау облысы', 0, 'region', UR, UR, {'note': 'NI:background on the new region'}),
        ('Қарағанды облысының', 0, 'region', KR, KR, {'note': 'NI:background; the former unit'}),
        ('Жезқазғандағы', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:seat of the department'}),
        ('екі облыста', 0, 'quantified', '2 regions', N, {'count': 2, 'unit': 'region', 'note': 'hostel fires in two other, unnamed regions'}),
     ],
     inc={UR: (1, 'fire in a five-storey hostel in Zhezkazgan')},
     unatt=[{'label': 'екі облыста', 'count': 2, 'note': 'hostel fires in two other, unnamed regions in the same week'}]),

dict(id='p022', date='2023-11-21', lang='kk',
     event='2023 night fire at the «Ясы» market in Turkistan, 60 stalls burnt, a gas cylinder blast in a yard in Kentau, and the 2021 fatal hostel fire in Saryagash recalled in an appeal ruling (Turkistan Region); two children poisoned by carbon monoxide in Karatau district of Shymkent; the market named after the old name of Turkistan; traders from Uzbekistan; gas analysers for several districts, the first to Zhetisai and Maktaaral districts (not Jetisu Region)',
     text="""Түркістанда базар өртенді, Кентауда газ баллоны жарылды
ТҮРКІСТАН, 21 қараша (Kazinform) – Дүйсенбіге қараған түні Түркістан қаласындағы «Ясы» базарында өрт шығып, 60 сауда орны жанып кетті. Адам шығыны жоқ. Түркістан облыстық төтенше жағдайлар департаментінің мәліметінше, өрт аумағы 900 шаршы метрді құрады. Өрт сөндірушілер жалынды төрт сағатта толық сөндірді. Базар 1998 жылы ашылған, онда соңғы өрт қауіпсіздігі тексерісі 2022 жылы өткен.

Базардағы саудагерлердің бір бөлігі Өзбекстаннан келген. Олардың айтуынша, тауарлар несиеге алынған. «Жиырма жыл сауда жасадым, мұндай өртті көрмедім», – дейді саудагер Бахтияр Юсупов. Облыс әкімдігі зардап шеккен кәсіпкерлерге салықтық жеңілдік беретінін айтты.

Сол күні Кентау қаласында жеке үйдің ауласында газ баллоны жарылып, екі адам жарақат алды. Жарылыстан көрші екі үйдің терезелері сынды. Үй иесі баллонды базардан құжатсыз сатып алғанын айтты. Полиция заңсыз газ баллондарын сататын нүктелерге рейд бастады: бір аптада Кентау мен Түркістанда 120 баллон тәркіленді.

Шымкентте де иіс газынан улану оқиғасы тіркелді: Қаратау ауданындағы жеке үйде екі бала уланып, ауруханаға түсті. Балалардың анасы пештің мұржасын түнде жауып қойғанын айтты, қазір олардың жағдайы тұрақты. Шымкент қаласының төтенше жағдайлар департаменті қараша айында 1 200 жеке үйді аралап, 300-ден астамында пеш пен мұржаның ақауын тапқан.

Сот ісі: Түркістан облыстық соты 2021 жылы Сарыағаштағы жатақханада болған өрт бойынша жатақхана иесіне шығарылған үкімді өзгеріссіз қалдырды. Ол өртте үш құрылысшы қаза тапқан еді, олардың отбасылары 30 миллион теңге өтемақы алады. Жатақхана иесі бес жылға бас бостандығынан айырылды.

Облыс әкімдігі қыс алдында облыстың бірнеше ауданында көпбалалы отбасыларға газ анализаторларын тегін таратады. Алғашқы 2 мың құрылғы Жетісай мен Мақтаарал аудандарына жеткізілді, әр құрылғының құны шамамен 15 мың теңге.""",
     ann=[
        ('Түркістанда', 0, 'city', 'Turkistan', TR, {'note': 'headline'}),
        ('Кентауда', 0, 'city', 'Kentau', TR, {'note': 'headline'}),
        ('ТҮРКІСТАН', 0, 'city', 'Turkistan', TR, {'note': 'dateline'}),
        ('Түркістан қаласындағы', 0, 'city', 'Turkistan', TR),
        ('Ясы', 0, 'facility', 'Yassy market (Turkistan)', TR, {'subkind': 'market', 'note': 'name inside quotation marks; named after the medieval name of Turkistan'}),
        ('Түркістан', 1, 'region', TR, TR, {'note': 'inside the name of an authority ("облыстық" department)'}),
        ('Өзбекстаннан', 0, 'foreign', 'Uzbekistan', N, {'note': 'NI:origin of traders'}),
        ('Кентау қаласында', 0, 'city', 'Kentau', TR),
        ('Кентау', 1, 'city', 'Kentau', TR, {'note': 'NI:police raid on gas cylinder sellers'}),
        ('Түркістанда', 1, 'city', 'Turkistan', TR, {'note': 'NI:police raid on gas cylinder sellers'}),
        ('Шымкентте', 0, 'city', 'Shymkent', 'Shymkent'),
        ('Қаратау ауданындағы', 0, 'district', 'Karatau District (Shymkent)', 'Shymkent', {'subkind': 'city district', 'note': 'district of Shymkent, not the Jambyl town Karatau'}),
        ('Шымкент қаласының', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'inside the name of an authority; inspections'}),
        ('Түркістан', 2, 'region', TR, TR, {'note': 'NI:inside the name of a court (облыстық сот)'}),
        ('Сарыағаштағы', 0, 'city', 'Saryagash', TR, {'note': 'hostel fire of 2021, narrated background of the ruling'}),
        ('бірнеше ауданында', 0, 'quantified', 'several districts', N, {'count': None, 'unit': 'district', 'note': 'gas analysers handed out, not incidents'}),
        ('Жетісай', 0, 'district', 'Zhetisai District', TR, {'note': 'NI:gas analysers delivered; in a list sharing "аудандарына"; not Jetisu Region'}),
        ('Мақтаарал', 0, 'district', 'Maktaaral District', TR, {'note': 'NI:gas analysers delivered; in a list sharing "аудандарына"'}),
     ],
     inc={TR: (3, 'fire at the Yassy market in Turkistan; gas cylinder explosion in a yard in Kentau; fatal hostel fire in Saryagash in 2021 (background narrated; the appeal ruling is not counted)'),
          'Shymkent': (1, 'carbon monoxide: two children poisoned in a private house in Karatau district')}),

dict(id='p023', date='2025-04-15', lang='kk',
     event='2025 contractor jailed and ordered to pay compensation for the October 2024 collapse of a stairwell in a five-storey block in Baikonur district of Astana (not the Baikonur town in Kyzylorda Region); repairs ordered in 2021 when the city was Nur-Sultan; workers from Karaganda Region and Kyrgyzstan; Kazakhstan named once',
     text="""Астанада кіреберісі опырылған үй бойынша мердігер сотталды
АСТАНА, 15 сәуір – Астананың Байқоңыр ауданындағы бес қабатты тұрғын үйдің кіреберісі былтыр қазан айында опырылып, екі тұрғын жарақат алған еді. Аудандық сот осы іс бойынша құрылыс компаниясының директорын үш жылға бас бостандығынан айырды.
Тергеу мәліметінше, 1970 жылы салынған үйді күрделі жөндеу кезінде мердігер жобаға рұқсатсыз өзгеріс енгізіп, көтергіш қабырғаны бұзған. Опырылыстан кейін үйдегі 60 отбасы көшірілді, олардың көбі әлі де жалдамалы пәтерде тұрады. Сот компанияны тұрғындарға 180 миллион теңге өтемақы төлеуге міндеттеді.
Жөндеу жұмыстарына тапсырыс 2021 жылы, қала Нұр-Сұлтан деп аталып тұрған кезде берілген. Компанияның жұмысшылары Қарағанды облысынан және Қырғызстаннан келген. Заңгерлердің айтуынша, Қазақстанда мердігерге мұндай ұзақ мерзім сирек тағайындалады. Астана әкімдігі қаладағы ескі үйлерді жөндеу жобаларының барлығын қайта тексеретінін хабарлады.""",
     ann=[
        ('Астанада', 0, 'city', 'Astana', 'Astana', {'note': 'headline'}),
        ('АСТАНА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Астананың', 0, 'city', 'Astana', 'Astana'),
        ('Байқоңыр ауданындағы', 0, 'district', 'Baikonur District (Astana)', 'Astana', {'subkind': 'city district', 'note': 'district of Astana, not the Baikonur town or cosmodrome in Kyzylorda Region'}),
        ('Нұр-Сұлтан', 0, 'city', 'Astana', 'Astana', {'note': 'NI:the name of the city in 2021'}),
        ('Қарағанды облысынан', 0, 'region', KR, KR, {'note': 'NI:origin of workers'}),
        ('Қырғызстаннан', 0, 'foreign', 'Kyrgyzstan', N, {'note': 'NI:origin of workers'}),
        ('Қазақстанда', 0, 'country', 'Kazakhstan', N),
        ('Астана', 0, 'city', 'Astana', 'Astana', {'note': 'NI:inside the name of an authority (akimat); planned checks'}),
     ],
     inc={'Astana': (1, 'collapse of a stairwell in a five-storey block in Baikonur district, October 2024 (background narrated; the sentence is not counted)')}),

dict(id='p024', date='2026-02-05', lang='kk',
     event='2026 carbon monoxide deaths of three members of a family in Akkystau, Isatai district, and a gas cylinder blast in a house in the Zhuldyz microdistrict of Atyrau (Atyrau Region); a user\'s post in informal Latin spelling ("Akkystauda"); frequent cases in Mangystau Region are not located incidents',
     text="""Атырау облысында иіс газынан бір отбасының үш мүшесі қаза тапты
АТЫРАУ, 5 ақпан – Исатай ауданының Аққыстау ауылында жеке үйде бір отбасының үш мүшесі иіс газынан қаза тапты, деп хабарлады Атырау облысының төтенше жағдайлар департаменті. Марқұмдар – 40 жастағы ерлі-зайыптылар мен олардың 10 жастағы ұлы. Үй газ қазандығымен жылытылған, мұржаны қар басып қалған.
Бір тұрғын әлеуметтік желіде латынша былай жазды: «Akkystauda tagy bir otbasy, qashan toqtaidy?»
Сол күні Атырау қаласының Жұлдыз шағынауданында жеке үйдің асханасында газ баллоны жарылып, 65 жастағы әйел күйік алды. Үйдің шатыры жартылай қирады.
Облыс әкімі тұрғындарға мұржаларды қардан тазартуды ескертіп, ауылдарда газ анализаторларын таратуды тездетуді тапсырды. Өңірде жылыту маусымы басталғалы бері иіс газынан жеті адам қаза тапты. Мұндай оқиғалар көрші Маңғыстау облысында да жиілеген.""",
     ann=[
        ('Атырау облысында', 0, 'region', ATR, ATR, {'note': 'headline'}),
        ('АТЫРАУ', 0, 'city', 'Atyrau', ATR, {'note': 'dateline'}),
        ('Исатай ауданының', 0, 'district', 'Isatai District', ATR, {'note': 'named after a person (Isatai Taimanuly)'}),
        ('Аққыстау ауылында', 0, 'village', 'Akkystau', ATR),
        ('Атырау облысының', 0, 'region', ATR, ATR, {'note': 'inside the name of an authority'}),
        ('Akkystauda', 0, 'village', 'Akkystau', ATR, {'note': "informal Kazakh Latin spelling with locative ending in a user's post; the same deaths"}),
        ('Атырау қаласының', 0, 'city', 'Atyrau', ATR),
        ('Жұлдыз шағынауданында', 0, 'district', 'Zhuldyz (Atyrau)', ATR, {'subkind': 'microdistrict'}),
        ('Маңғыстау облысында', 0, 'region', MR, MR, {'note': 'NI:vague statement about frequent cases, no located incident'}),
     ],
     inc={ATR: (2, 'carbon monoxide deaths of three people in Akkystau, Isatai district; gas cylinder explosion in a house in the Zhuldyz microdistrict of Atyrau; the seven deaths of the season are a statistic')}),
]
