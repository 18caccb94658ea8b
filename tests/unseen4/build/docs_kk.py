"""Kazakh texts of the fourth unseen check corpus (annotation tuples described in
tests/build_check_corpus.py)."""
N = None
JR, ALR, KYR, TR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'Turkistan Region', 'South Kazakhstan Region'
ABR, JTR, EKR, MR, KOR = 'Abai Region', 'Jetisu Region', 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR, UR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region', 'Ulytau Region'
ATR, AR, WKR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region'

DOCS = [
dict(id='x017', date='1998-04-20', lang='kk',
     event='1998 dust storm from the dried Aral seabed hits Aral and Kazaly districts (Kyzylorda Region)',
     text="""ҚЫЗЫЛОРДА, 20 сәуір. Арал теңізінің құрғаған табанынан көтерілген шаңды дауыл сенбі күні облыстың Арал және Қазалы аудандарын шарпыды, деп хабарлады облыстық төтенше жағдайлар басқармасы. Арал қаласында 30-дан астам үйдің шатырын жел ұшырып әкетті, электр желісі үзілді. Қазалы қаласы маңындағы жайылымда 400-ге жуық қой қырылды.
«Мұндай дауылды қырық жылда бірінші рет көріп тұрмын», — деді Жосалы кентінен келген малшы Серік Аралбаев.
Облыс әкімі Ақмолаға жеделхат жіберіп, Үкіметтен зардап шеккен шаруашылықтарға жем-шөп бөлуді сұрады. Сарапшылардың айтуынша, теңіз табанынан көтерілген тұз бен шаң Өзбекстан мен Түркіменстанға дейін жетеді. Қазақстан мен көрші елдер теңізді құтқару үшін 1993 жылы арнайы қор құрған.""",
     ann=[
        ('ҚЫЗЫЛОРДА', 0, 'city', 'Kyzylorda', KYR, {'note': 'dateline'}),
        ('Арал теңізінің', 0, 'facility', 'Aral Sea', N, {'subkind': 'sea'}),
        ('Арал', 1, 'district', 'Aral District', KYR, {'note': 'list with one head noun ("аудандарын")'}),
        ('Қазалы', 0, 'district', 'Kazaly District', KYR, {'note': 'list with one head noun'}),
        ('Арал қаласында', 0, 'city', 'Aral', KYR),
        ('Қазалы қаласы', 0, 'city', 'Kazaly', KYR),
        ('Жосалы кентінен', 0, 'village', 'Zhosaly', KYR, {'note': 'NI:origin of a herder'}),
        ('Ақмолаға', 0, 'city', 'Astana', 'Astana', {'note': 'NI:the capital, named Akmola until May 1998; addressee of a telegram'}),
        ('Өзбекстан', 0, 'foreign', 'Uzbekistan', N),
        ('Түркіменстанға', 0, 'foreign', 'Turkmenistan', N),
        ('Қазақстан', 0, 'country', 'Kazakhstan', N),
     ],
     inc={KYR: (1, 'one dust storm over Aral and Kazaly districts (one natural disaster per ADM1)')}),

dict(id='x018', date='2004-04-05', lang='kk',
     event='2004 ice-jam flood on the Ural (Zhaiyk) in Esbol, Inder district (Atyrau Region)',
     text="""АТЫРАУ, 5 сәуір. Жайық өзеніндегі мұз кептелісі салдарынан Индер ауданындағы Есбол ауылында 40-тан астам үйді су басты, деп хабарлады облыстық төтенше жағдайлар департаменті. 160 тұрғын Индербор кентіндегі мектепке уақытша көшірілді, адам шығыны жоқ.
Махамбет ауданындағы екі ауылға да су қаупі төніп тұр, онда құтқарушылар топырақ үйіп, бөген салып жатыр. Кептелісті жару үшін Оралдан және Ақтөбеден сапер-мамандар жеткізілді.
«Жайықтың жоғарғы ағысында, Ресейдің Орынбор облысында, биыл қар қалың түсті, сондықтан су деңгейі әлі де көтеріледі», — деді департамент бастығының орынбасары Қайрат Жайықов.
Атырау облысының әкімі Астанадағы үкімет отырысында су тасқыны келтірген шығынды 200 миллион теңгеге бағалады.""",
     ann=[
        ('АТЫРАУ', 0, 'city', 'Atyrau', ATR, {'note': 'dateline'}),
        ('Жайық өзеніндегі', 0, 'facility', 'Ural River', N, {'subkind': 'river', 'note': 'Kazakh name Zhaiyk'}),
        ('Индер ауданындағы', 0, 'district', 'Inder District', ATR),
        ('Есбол ауылында', 0, 'village', 'Esbol', ATR),
        ('Индербор кентіндегі', 0, 'village', 'Inderbor', ATR, {'note': 'NI:evacuation point'}),
        ('Махамбет ауданындағы', 0, 'district', 'Makhambet District', ATR, {'note': 'NI:villages under threat, not flooded'}),
        ('екі ауылға', 0, 'quantified', '2 villages', N, {'count': 2, 'unit': 'village', 'note': 'under threat of flooding; not an incident statement'}),
        ('Оралдан', 0, 'city', 'Oral', WKR, {'note': 'NI:origin of sappers'}),
        ('Ақтөбеден', 0, 'city', 'Aktobe', AR, {'note': 'NI:origin of sappers'}),
        ('Жайықтың', 0, 'facility', 'Ural River', N, {'subkind': 'river'}),
        ('Ресейдің', 0, 'foreign', 'Russia', N),
        ('Орынбор облысында', 0, 'foreign', 'Orenburg Oblast', N),
        ('Атырау облысының', 0, 'region', ATR, ATR, {'note': 'inside an official post'}),
        ('Астанадағы', 0, 'city', 'Astana', 'Astana', {'note': 'NI:place of a government meeting'}),
     ],
     inc={ATR: (1, 'ice-jam flood in Esbol, Inder district; the threat to Makhambet district and the blasting of the jam are not separate incidents')}),

dict(id='x019', date='2010-09-14', lang='kk',
     event='2010 bus crash on the Kordai pass and market fire in Merke (Jambyl Region)',
     text="""ТАРАЗ, 14 қыркүйек. Алматы – Бішкек тас жолындағы Қордай асуында жолаушылар автобусы жолдан шығып аударылды: бір адам қаза тапты, 17 адам жарақат алды, деп хабарлады Жамбыл облыстық ішкі істер департаменті. Автобус Бішкектен Алматыға бара жатқан. Жараланғандар Қордай ауылындағы аудандық ауруханаға жеткізілді, ауыр жарақат алған екі жолаушы Алматыға тікұшақпен жіберілді.
Сол күні кешке Меркі ауылындағы базарда өрт шығып, 20 дүкен жанып кетті. Өрттің себебін анықтау үшін Тараздан сарапшылар шақырылды.
Қордай асуы – Қырғызстан шекарасына апаратын негізгі жол. Асудағы жолды кеңейту жұмыстары келесі жылы аяқталады.""",
     ann=[
        ('ТАРАЗ', 0, 'city', 'Taraz', JR, {'note': 'dateline'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:route endpoint (highway name)'}),
        ('Бішкек', 0, 'foreign', 'Bishkek', N, {'note': 'route endpoint (highway name)'}),
        ('Қордай асуында', 0, 'facility', 'Kordai Pass', JR, {'subkind': 'mountain pass'}),
        ('Жамбыл облыстық', 0, 'region', JR, JR, {'note': 'inside the name of an authority'}),
        ('Бішкектен', 0, 'foreign', 'Bishkek', N, {'note': 'origin of the bus'}),
        ('Алматыға', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:destination of the bus'}),
        ('Қордай ауылындағы', 0, 'village', 'Kordai', JR, {'note': 'NI:hospital village'}),
        ('Алматыға', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:hospital city'}),
        ('Меркі ауылындағы', 0, 'village', 'Merke', JR),
        ('Тараздан', 0, 'city', 'Taraz', JR, {'note': 'NI:origin of experts'}),
        ('Қордай асуы', 0, 'facility', 'Kordai Pass', JR, {'subkind': 'mountain pass', 'note': 'NI:background'}),
        ('Қырғызстан', 0, 'foreign', 'Kyrgyzstan', N),
     ],
     inc={JR: (2, 'bus crash on the Kordai pass and market fire in Merke')}),

dict(id='x020', date='2017-05-15', lang='kk',
     event='2017 mudflow in Sholakkorgan (Sozak district) and boiler explosion in Kentau (South Kazakhstan Region), with a 2016 mudflow in Kazygurt district',
     text="""ШЫМКЕНТ, 15 мамыр. Қаратау жотасынан түскен сел Созақ ауданының орталығы Шолаққорған ауылына жетіп, 25 үйдің ауласын су басты, деп хабарлады Оңтүстік Қазақстан облысы бойынша төтенше жағдайлар департаменті. Адам шығыны жоқ, 80 тұрғын уақытша ауыл мектебіне орналастырылды.
Кентау қаласында сенбі күні таңертең жылу орталығының қазандығы жарылып, екі жұмысшы жарақат алды. Олар Түркістан қаласындағы көпбейінді ауруханаға жеткізілді.
Облыс әкімі Созақ ауданына арнайы комиссия жіберіп, зардап шеккен отбасыларға көмек көрсетуді тапсырды. Синоптиктер алдағы үш күнде облыстың барлық таулы аудандарында нөсер жаңбыр жауады деп ескертті. Былтыр дәл осы кезде Қазығұрт ауданындағы сел екі ауылды шайып кеткен еді.""",
     ann=[
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', SKR, {'note': 'dateline; South Kazakhstan Region before 2018-06-19'}),
        ('Қаратау жотасынан', 0, 'facility', 'Karatau Mountains', N, {'subkind': 'mountains'}),
        ('Созақ ауданының', 0, 'district', 'Sozak District', SKR),
        ('Шолаққорған ауылына', 0, 'village', 'Sholakkorgan', SKR),
        ('Оңтүстік Қазақстан облысы', 0, 'region', SKR, SKR, {'note': 'inside the name of an authority'}),
        ('Кентау қаласында', 0, 'city', 'Kentau', SKR),
        ('Түркістан қаласындағы', 0, 'city', 'Turkistan', SKR, {'note': 'NI:hospital town; South Kazakhstan Region before 2018-06-19'}),
        ('Созақ ауданына', 0, 'district', 'Sozak District', SKR, {'note': 'NI:destination of a commission (same site)'}),
        ('барлық таулы аудандарында', 0, 'quantified', 'all mountain districts', N, {'count': None, 'unit': 'district', 'quantifier': 'all', 'note': 'rain forecast; not an incident statement'}),
        ('Қазығұрт ауданындағы', 0, 'district', 'Kazygurt District', SKR),
        ('екі ауылды', 0, 'quantified', '2 villages', N, {'count': 2, 'unit': 'village', 'note': 'villages of Kazygurt district hit by the 2016 mudflow'}),
     ],
     inc={SKR: (3, 'mudflow in Sholakkorgan, boiler explosion in Kentau, and the 2016 mudflow in Kazygurt district (background narrated explicitly; doubtful, a reader could count 2)')}),

dict(id='x021', date='2021-10-12', lang='kk',
     event='2021 gas poisoning at the Temirtau steel plant and warehouse fire near Priozersk (Karaganda Region); some names in the Kazakh Latin alphabet',
     text="""ҚАРАҒАНДЫ, 12 қазан. Temirtaý qalasyndaǵy металлургиялық комбинаттың домна цехында газ шығып, үш жұмысшы уланды, деп хабарлады Qaraǵandy oblysy бойынша төтенше жағдайлар департаменті. Зардап шеккендер Теміртаудағы қалалық ауруханаға жеткізілді, біреуінің жағдайы ауыр. «АрселорМиттал Теміртау» компаниясы ішкі тексеріс бастады.
Сол күні Balqash kóliniń жағасындағы Priozersk qalasy маңында әскери бөлімнің қоймасында өрт шықты. Өрт екі сағатта сөндірілді, зардап шеккендер жоқ. «Қоймада оқ-дәрі болған жоқ, жарылыс қаупі жоқ», — деді Нұр-Сұлтаннан ұшып келген Қорғаныс министрлігінің өкілі.
Приозерск – Қазақстанның жабық әскери қалаларының бірі, онда Ресей мен Қазақстан бірлесіп пайдаланатын сынақ полигонының штабы орналасқан. Қаладан Балқаш қаласына дейін 100 шақырымдай.""",
     ann=[
        ('ҚАРАҒАНДЫ', 0, 'city', 'Karaganda', KR, {'note': 'dateline'}),
        ('Temirtaý qalasyndaǵy', 0, 'city', 'Temirtau', KR, {'note': 'Kazakh Latin alphabet (2018 letters)'}),
        ('Qaraǵandy oblysy', 0, 'region', KR, KR, {'note': 'Kazakh Latin; inside the name of an authority'}),
        ('Теміртаудағы', 0, 'city', 'Temirtau', KR, {'note': 'NI:hospital (same town)'}),
        ('Balqash kóliniń', 0, 'facility', 'Lake Balkhash', N, {'subkind': 'lake', 'note': 'Kazakh Latin'}),
        ('Priozersk qalasy', 0, 'city', 'Priozersk', KR, {'note': 'Kazakh Latin'}),
        ('Нұр-Сұлтаннан', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of an official'}),
        ('Приозерск', 0, 'city', 'Priozersk', KR, {'note': 'NI:background'}),
        ('Қазақстанның', 0, 'country', 'Kazakhstan', N),
        ('Ресей', 0, 'foreign', 'Russia', N),
        ('Қазақстан', 0, 'country', 'Kazakhstan', N),
        ('Балқаш қаласына', 0, 'city', 'Balkhash', KR, {'note': 'NI:reference point'}),
     ],
     inc={KR: (2, 'gas poisoning at the Temirtau plant and the warehouse fire near Priozersk')}),

dict(id='x022', date='2022-09-05', lang='kk',
     event='2022 underground sit-in of miners in Satpayev and market fire in Zhezkazgan (the new Ulytau Region)',
     text="""ЖЕЗҚАЗҒАН, 5 қыркүйек. Сәтбаев қаласындағы «Батыс» кенішінің 300-ден астам кеншісі жалақыны 50 пайызға көтеруді талап етіп, екінші тәулік жер бетіне көтерілмей отыр, деп хабарлады Ұлытау облысының әкімдігі.
Жексенбі түні Жезқазғандағы орталық базарда өрт шығып, 35 сауда орны жанып кетті. Өртті сөндіруге Қарағандыдан да құтқарушылар жіберілді.
Ұлытау облысы биыл 8 маусымда Қарағанды облысының құрамынан бөлініп шықты, оның орталығы – Жезқазған. Облысқа Ұлытау ауданы мен Жезқазған, Сәтбаев және Қаражал қалалары кіреді. Кеншілермен келіссөз жүргізу үшін Нұр-Сұлтаннан үкімет комиссиясы келеді деп күтілуде. Облыстың атауы Ұлытау тауларынан алынған.""",
     ann=[
        ('ЖЕЗҚАЗҒАН', 0, 'city', 'Zhezkazgan', UR, {'note': 'dateline; Ulytau Region from 2022-06-08'}),
        ('Сәтбаев қаласындағы', 0, 'city', 'Satpayev', UR),
        ('Батыс', 0, 'facility', 'Batys mine (Satpayev)', UR, {'subkind': 'mine', 'note': 'the name means "west"'}),
        ('Ұлытау облысының', 0, 'region', UR, UR, {'note': 'inside the name of an authority'}),
        ('Жезқазғандағы', 0, 'city', 'Zhezkazgan', UR),
        ('Қарағандыдан', 0, 'city', 'Karaganda', KR, {'note': 'NI:origin of rescuers'}),
        ('Ұлытау облысы', 0, 'region', UR, UR),
        ('Қарағанды облысының', 0, 'region', KR, KR, {'note': 'the former unit'}),
        ('Жезқазған', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:regional centre'}),
        ('Ұлытау ауданы', 0, 'district', 'Ulytau District', UR),
        ('Жезқазған', 1, 'city', 'Zhezkazgan', UR, {'note': 'NI:list with one head noun'}),
        ('Сәтбаев', 1, 'city', 'Satpayev', UR, {'note': 'NI:list with one head noun'}),
        ('Қаражал', 0, 'city', 'Karazhal', UR, {'note': 'NI:list with one head noun'}),
        ('Нұр-Сұлтаннан', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of a commission (the capital was named Nur-Sultan until 2022-09-17)'}),
        ('Ұлытау тауларынан', 0, 'facility', 'Ulytau Mountains', N, {'subkind': 'mountains'}),
     ],
     inc={UR: (2, 'underground sit-in strike at the Batys mine in Satpayev and the market fire in Zhezkazgan')}),

dict(id='x023', date='2024-12-10', lang='kk',
     event='2024 basement fire in Almaty district of Astana and gas explosion in a house in Baikonur district of Astana',
     text="""АСТАНА, 10 желтоқсан. Астананың Алматы ауданындағы тоғыз қабатты тұрғын үйдің жертөлесінде сейсенбі күні түнде өрт шығып, құтқарушылар 40 тұрғынды эвакуациялады, деп хабарлады елордалық төтенше жағдайлар департаменті. Түтіннен уланған екі адам ауруханаға жеткізілді.
Сол күні таңертең Байқоңыр ауданындағы жеке үйде газ жарылып, үйдің төбесі құлады. Үй иесі ауыр жарақат алды. Ол Қосшы қаласында тұрады екен, туысының үйіне қонаққа келген.
Департамент мәліметінше, соңғы аптада Сарыарқа және Есіл аудандарында бірде-бір өрт тіркелмеген. Төтенше жағдайлар министрлігі тұрғындарға газ баллондарын пайдалану ережесін еске салды. Осындай ескерту Алматы мен Шымкент қалаларында да жасалды.""",
     ann=[
        ('АСТАНА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Астананың', 0, 'city', 'Astana', 'Astana'),
        ('Алматы ауданындағы', 0, 'district', 'Almaty District (Astana)', 'Astana', {'subkind': 'city district', 'note': 'district of Astana named after Almaty'}),
        ('Байқоңыр ауданындағы', 0, 'district', 'Baikonur District (Astana)', 'Astana', {'subkind': 'city district', 'note': 'district of Astana, not the town of Baikonur'}),
        ('Қосшы қаласында', 0, 'city', 'Kosshy', AKR, {'note': 'NI:residence of the victim'}),
        ('Сарыарқа', 0, 'district', 'Saryarka District (Astana)', 'Astana', {'subkind': 'city district', 'note': 'NI:list with one head noun; no fires there'}),
        ('Есіл', 0, 'district', 'Esil District (Astana)', 'Astana', {'subkind': 'city district', 'note': 'NI:list with one head noun; no fires there'}),
        ('Алматы', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:list with one head noun; a warning'}),
        ('Шымкент', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:list with one head noun; a warning'}),
     ],
     inc={'Astana': (2, 'basement fire in Almaty district and gas explosion in Baikonur district')}),

dict(id='x024', date='2026-06-02', lang='kk',
     event='2026 summer tourism in East Kazakhstan (Katon-Karagay park, Ridder, Lake Zaysan); no incident; a Kazakh Latin name',
     text="""ӨСКЕМЕН, 2 маусым. Шығыс Қазақстан облысындағы Katonqaraǵaı ұлттық паркіне биыл жазда 50 мыңнан астам турист келеді деп күтілуде, деп хабарлады облыстық туризм басқармасы. Саяхатшылардың көбі Ресейдің Алтай Республикасынан, Қытайдан және Моңғолиядан келеді.
Парк аумағындағы Мұзтау шыңына шығу маусымы шілдеде басталады. Риддер қаласындағы тау шаңғысы базасы жазда велосипедшілерді қабылдайды, ал Зайсан көлінде балық аулау туризмі дамып келеді.
Öskemennen Катонқарағай ауылына дейінгі жол биыл толық жөнделеді. Басқарма басшысы Айгүл Алтаева облыстың барлық аудандарында қонақ үйлер саны өсіп жатқанын айтты. Алакөл көлінің жағалауындағы демалыс орындары енді Абай және Жетісу облыстарына қарайды.""",
     ann=[
        ('ӨСКЕМЕН', 0, 'city', 'Oskemen', EKR, {'note': 'dateline'}),
        ('Шығыс Қазақстан облысындағы', 0, 'region', EKR, EKR),
        ('Katonqaraǵaı ұлттық паркіне', 0, 'facility', 'Katon-Karagay National Park', EKR, {'subkind': 'nature reserve', 'note': 'Kazakh Latin name (2018 letters)'}),
        ('Ресейдің', 0, 'foreign', 'Russia', N),
        ('Алтай Республикасынан', 0, 'foreign', 'Altai Republic', N),
        ('Қытайдан', 0, 'foreign', 'China', N),
        ('Моңғолиядан', 0, 'foreign', 'Mongolia', N),
        ('Мұзтау шыңына', 0, 'facility', 'Belukha', N, {'subkind': 'mountain', 'note': 'peak on the border with Russia'}),
        ('Риддер қаласындағы', 0, 'city', 'Ridder', EKR),
        ('Зайсан көлінде', 0, 'facility', 'Lake Zaysan', N, {'subkind': 'lake'}),
        ('Öskemennen', 0, 'city', 'Oskemen', EKR, {'note': 'NI:route endpoint; Kazakh Latin (2021 letters)'}),
        ('Катонқарағай ауылына', 0, 'village', 'Katonkaragay', EKR, {'note': 'NI:route endpoint'}),
        ('барлық аудандарында', 0, 'quantified', 'all districts', N, {'count': None, 'unit': 'district', 'quantifier': 'all', 'note': 'hotel numbers; not about incidents'}),
        ('Алакөл көлінің', 0, 'facility', 'Lake Alakol', N, {'subkind': 'lake', 'note': 'lake shared by Abai and Jetisu regions'}),
        ('Абай', 0, 'region', ABR, ABR, {'note': 'list with one head noun ("облыстарына")'}),
        ('Жетісу', 0, 'region', JTR, JTR, {'note': 'list with one head noun'}),
     ]),
]
