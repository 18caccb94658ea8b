"""Kazakh texts of the ninety-fourth unseen check corpus (Cyrillic)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p017', date='2019-10-08', lang='kk',
     event='2019 БҚО briefs: school roof fire in Aksai (Burlin district) and a fatal bus-pedestrian accident on Abai Avenue in Oral (West Kazakhstan Region); power cuts in several villages of Terekti district not counted; appeal verdict not counted',
     text="""БҚО: Ақсайда мектеп шатыры өртенді, Оралда жаяу жүргінші қаза тапты
ОРАЛ, 8 қазан. ҚазАқпарат – Бөрлі ауд. Ақсай қаласындағы №3 мектептің шатыры өртеніп, 600 оқушы эвакуацияланды. Зардап шеккендер жоқ, деп хабарлады БҚО ТЖД. Алдын ала мәлімет бойынша, өрт шатырда жүргізілген дәнекерлеу жұмыстары кезінде шыққан.
Орал қаласының Абай даңғылында жолаушылар автобусы жаяу жүргіншілер өткелінде екі адамды қағып кетті, олардың бірі ауруханада қайтыс болды. БҚО ПД автобус жүргізушісін ұстады, оған қатысты қылмыстық іс қозғалды.
Теректі ауданының бірнеше ауылында қатты жел электр желілерін үзіп, тұрғындар түні бойы жарықсыз қалды. Энергетиктер жарықты таңертең қалпына келтірді.
БҚО сотының апелляциялық алқасы Нұр-Сұлтаннан келген кәсіпкерге қатысты алаяқтық ісі бойынша үкімді өзгеріссіз қалдырды.""",
     ann=[
        ('БҚО', 0, 'region', WKR, WKR, {'note': 'headline; abbreviation of Батыс Қазақстан облысы'}),
        ('Ақсайда', 0, 'city', 'Aksai', WKR, {'note': 'headline'}),
        ('Оралда', 0, 'city', 'Oral', WKR, {'note': 'headline'}),
        ('ОРАЛ', 0, 'city', 'Oral', WKR, {'note': 'dateline'}),
        ('Бөрлі ауд.', 0, 'district', 'Burlin District', WKR, {'note': 'abbreviated head noun "ауд." (ауданы)'}),
        ('Ақсай қаласындағы', 0, 'city', 'Aksai', WKR),
        ('БҚО', 1, 'region', WKR, WKR, {'note': 'inside the name of an authority (БҚО ТЖД)'}),
        ('Орал қаласының', 0, 'city', 'Oral', WKR),
        ('Абай даңғылында', 0, 'facility', 'Abai Avenue (Oral)', WKR, {'subkind': 'street', 'note': 'avenue named after the poet; not Abai Region'}),
        ('БҚО', 2, 'region', WKR, WKR, {'note': 'inside the name of an authority (БҚО ПД, regional police)'}),
        ('Теректі ауданының бірнеше ауылында', 0, 'quantified', 'several villages', N, {'count': None, 'unit': 'village', 'note': 'power cuts, not incidents; the district name is inside the quantified phrase'}),
        ('БҚО', 3, 'region', WKR, WKR, {'note': 'NI:inside the name of a court; an appeal'}),
        ('Нұр-Сұлтаннан', 0, 'city', 'Astana', 'Astana', {'note': "NI:businessman's origin"}),
     ],
     inc={WKR: (2, 'school roof fire in Aksai, Burlin district; bus hits two pedestrians on Abai Avenue in Oral, one dead; power cuts and the appeal are not counted')}),

dict(id='p018', date='2024-05-20', lang='kk',
     event='2024 weekly review of ШҚО and Abai Region: teenager drowned in the Irtysh in Oskemen, forest fire near Ridder, brawl in Zaisan (East Kazakhstan Region); night fire at the «Жәрмеңке» market in Semey, fatal collision on the Ayagoz-Semey road, water protest in Urzhar (Abai Region); flood warning in several villages of Kurshim district; the 2022 split recalled',
     text="""ШҚО мен Абай облысы: апталық шолу
ӨСКЕМЕН, 20 мамыр. Kazinform – Екі өңірдің полиция және төтенше жағдайлар департаменттерінің аптадағы хабарламаларына шолу.

ШҚО
Өскемен қаласында Ертіс өзеніне шомылған 16 жасар жасөспірім суға батып кетті. Құтқарушылар оның денесін екі күннен кейін тапты. Жасөспірімнің достары оны құтқаруға тырысқан, бірақ үлгермеген. ШҚО ТЖД жағалауда шомылуға әлі ерте екенін, судың температурасы 10 градустан аспайтынын ескертті.
Риддер қаласының маңындағы орманда өрт шығып, 3 гектар алқап өртенді. Өртті 40 құтқарушы мен орманшылар алты сағатта сөндірді. Мамандардың айтуынша, өрттің себебі – найзағай.
Зайсан қаласында кешкісін жастардың екі тобы арасында төбелес болып, үш адам жарақат алды. ШҚО ПД бұзақылық бабы бойынша қылмыстық іс қозғап, бес адамды ұстады.
Күршім ауданының бірнеше ауылында су тасқыны қаупіне байланысты тұрғындарға ескерту жасалды, әзірге үйлерді су басқан жоқ.

Абай облысы
СЕМЕЙ – Семей қаласындағы «Жәрмеңке» базарында түнде өрт шығып, 20 дүкен жанып кетті, деп хабарлады Абай облысы ТЖД. Өрт сөндірушілер таңға дейін жұмыс істеді, адам шығыны жоқ. Саудагерлер шығынды 200 миллион теңгеге бағалап отыр.
Аягөз қаласынан 30 шақырым жерде, Аягөз – Семей тас жолында жүк көлігі мен жеңіл көлік соқтығысып, екі адам қаза тапты. Абай облысы ПД мәліметінше, жүргізушілердің бірі рөлде ұйықтап кеткен.
Үржар ауылында 50-ге жуық тұрғын аудан әкімдігінің алдына жиналып, ауыз суды үзіліссіз беруді талап етті. Тұрғындардың айтуынша, су бір аптадан бері тек түнде беріледі. Аудан әкімі су құбырын жөндеуге қаржы бөлінетінін айтты.
Еске салайық, 2022 жылдың 8 маусымына дейін Семей қаласы, Аягөз және Үржар аудандары ШҚО құрамында болған. Қазір олар Абай облысына қарайды, ал облыс орталығы – Семей.""",
     ann=[
        ('ШҚО', 0, 'region', EKR, EKR, {'note': 'headline; abbreviation of Шығыс Қазақстан облысы'}),
        ('Абай облысы', 0, 'region', ABR, ABR, {'note': 'headline'}),
        ('ӨСКЕМЕН', 0, 'city', 'Oskemen', EKR, {'note': 'dateline'}),
        ('ШҚО', 1, 'region', EKR, EKR, {'note': 'section heading'}),
        ('Өскемен қаласында', 0, 'city', 'Oskemen', EKR),
        ('Ертіс өзеніне', 0, 'facility', 'Irtysh River', N, {'subkind': 'river'}),
        ('ШҚО', 2, 'region', EKR, EKR, {'note': 'inside the name of an authority (ШҚО ТЖД)'}),
        ('Риддер қаласының', 0, 'city', 'Ridder', EKR),
        ('Зайсан қаласында', 0, 'city', 'Zaisan', EKR),
        ('ШҚО', 3, 'region', EKR, EKR, {'note': 'inside the name of an authority (ШҚО ПД, regional police)'}),
        ('Күршім ауданының бірнеше ауылында', 0, 'quantified', 'several villages', N, {'count': None, 'unit': 'village', 'note': 'flood warning, no houses flooded; the district name is inside the quantified phrase'}),
        ('Абай облысы', 1, 'region', ABR, ABR, {'note': 'section heading'}),
        ('СЕМЕЙ', 0, 'city', 'Semey', ABR, {'note': 'section dateline'}),
        ('Семей қаласындағы', 0, 'city', 'Semey', ABR),
        ('Жәрмеңке', 0, 'facility', 'Zharmenke market (Semey)', ABR, {'subkind': 'market', 'note': 'name in quotation marks'}),
        ('Абай облысы', 2, 'region', ABR, ABR, {'note': 'inside the name of an authority (ТЖД)'}),
        ('Аягөз қаласынан', 0, 'city', 'Ayagoz', ABR, {'note': 'NI:reference point'}),
        ('Аягөз', 1, 'city', 'Ayagoz', ABR, {'note': 'NI:road endpoint'}),
        ('Семей', 1, 'city', 'Semey', ABR, {'note': 'NI:road endpoint'}),
        ('Абай облысы', 3, 'region', ABR, ABR, {'note': 'inside the name of an authority (ПД, regional police)'}),
        ('Үржар ауылында', 0, 'village', 'Urzhar', ABR),
        ('Семей қаласы', 0, 'city', 'Semey', ABR, {'note': 'NI:background'}),
        ('Аягөз', 2, 'district', 'Ayagoz District', ABR, {'note': 'NI:background; list sharing the head noun "аудандары"'}),
        ('Үржар', 1, 'district', 'Urzhar District', ABR, {'note': 'NI:background; list sharing the head noun "аудандары"'}),
        ('ШҚО', 4, 'region', EKR, EKR, {'note': 'NI:background (before 2022-06-08)'}),
        ('Абай облысына', 0, 'region', ABR, ABR, {'note': 'NI:background'}),
        ('Семей', 3, 'city', 'Semey', ABR, {'note': 'NI:regional seat'}),
     ],
     inc={EKR: (3, 'teenager drowned in the Irtysh in Oskemen; forest fire near Ridder; brawl in Zaisan with three hurt; the flood warning in Kurshim district is not counted'),
          ABR: (3, 'night fire at the Zharmenke market in Semey; fatal collision on the Ayagoz-Semey road 30 km from Ayagoz; water protest in Urzhar')}),

dict(id='p019', date='2010-03-03', lang='kk',
     event='2010 ОҚО briefs: night fire at the «Сайрам» market in Shymkent, yards flooded in Kaplanbek (Saryagash district), bus collision in Turkistan (South Kazakhstan Region before the 2018 split); the market named after Sairam; a bus from Kentau',
     text="""ОҚО: Шымкентте «Сайрам» базары өртенді, Сарыағаш ауданында су тасқыны
ШЫМКЕНТ, 3 наурыз. ҚазАқпарат – Шымкент қаласындағы «Сайрам» базарында түнгі өрт 15 дүкенді шарпыды, деп хабарлады ОҚО ТЖД. Өрттің себебі – электр сымының тұйықталуы. Зардап шеккендер жоқ.
Сарыағаш ауд. Қапланбек ауылында нөсерден кейін 25 үйдің ауласын су басты. Құтқарушылар суды сорғыштармен шығарып жатыр, екі отбасы туыстарының үйіне көшірілді.
Түркістан қаласында екі жолаушылар автобусы соқтығысып, 8 адам жарақат алды, деп хабарлады ОҚО ПД. Автобустардың бірі Кентаудан келе жатқан.
ОҚО әкімдігі облыстың барлық аудандарында жағдай бақылауда екенін, төтенше жағдай режимін енгізудің қажеті жоқ екенін мәлімдеді.""",
     ann=[
        ('ОҚО', 0, 'region', SKR, SKR, {'note': 'headline; abbreviation of Оңтүстік Қазақстан облысы'}),
        ('Шымкентте', 0, 'city', 'Shymkent', SKR, {'note': 'headline; South Kazakhstan Region before 2018-06-19'}),
        ('Сайрам', 0, 'facility', 'Sairam market (Shymkent)', SKR, {'subkind': 'market', 'note': 'headline; market named after a place, not Sairam district'}),
        ('Сарыағаш ауданында', 0, 'district', 'Saryagash District', SKR, {'note': 'headline'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', SKR, {'note': 'dateline'}),
        ('Шымкент қаласындағы', 0, 'city', 'Shymkent', SKR),
        ('Сайрам', 1, 'facility', 'Sairam market (Shymkent)', SKR, {'subkind': 'market', 'note': 'name in quotation marks'}),
        ('ОҚО', 1, 'region', SKR, SKR, {'note': 'inside the name of an authority (ОҚО ТЖД)'}),
        ('Сарыағаш ауд.', 0, 'district', 'Saryagash District', SKR, {'note': 'abbreviated head noun'}),
        ('Қапланбек ауылында', 0, 'village', 'Kaplanbek', SKR),
        ('Түркістан қаласында', 0, 'city', 'Turkistan', SKR, {'note': 'South Kazakhstan Region before 2018-06-19'}),
        ('ОҚО', 2, 'region', SKR, SKR, {'note': 'inside the name of an authority (ОҚО ПД, regional police)'}),
        ('Кентаудан', 0, 'city', 'Kentau', SKR, {'note': "NI:bus's origin"}),
        ('ОҚО', 3, 'region', SKR, SKR, {'note': 'NI:inside the name of an authority (akimat)'}),
        ('облыстың барлық аудандарында', 0, 'quantified', 'all districts', N, {'count': None, 'unit': 'district', 'quantifier': 'all', 'note': 'situation under control, not an incident'}),
     ],
     inc={SKR: (3, 'night fire at the Sairam market in Shymkent; flood of 25 yards in Kaplanbek, Saryagash district; collision of two buses in Turkistan')}),

dict(id='p020', date='2017-12-12', lang='kk',
     event='2017 СҚО briefs: basement fire on Magzhan Zhumabayev Street in Petropavl, bus-lorry collision near Yavlenka (Esil district) in a blizzard, sheep-pen fire in Smirnovo (Akkayin district); roads closed in five districts; a sentence for a Kyzylzhar district resident not counted',
     text="""СҚО: Петропавлда жертөледе өрт, Явленка маңында жол апаты
ПЕТРОПАВЛ, 12 желтоқсан. – Петропавл қ. Мағжан Жұмабаев көшесіндегі тоғыз қабатты үйдің жертөлесінде өрт шығып, 30 тұрғын эвакуацияланды, деп хабарлады СҚО ТЖД. Екі адам түтіннен уланып, ауруханаға жеткізілді.
Боран кезінде Есіл ауд. Явленка ауылының маңында жүк көлігі мен жолаушылар автобусы соқтығысып, төрт адам жарақат алды. СҚО ПД мәліметінше, облыстың бес ауданында жолдар уақытша жабылды.
Аққайың ауд. Смирново ауылында түнде мал қорасы өртеніп, 30 қой қырылды. Өрттің себебі анықталып жатыр.
Петропавл қалалық соты Қызылжар ауданының тұрғынын мал ұрлағаны үшін үш жылға бас бостандығынан айырды.""",
     ann=[
        ('СҚО', 0, 'region', NKR, NKR, {'note': 'headline; abbreviation of Солтүстік Қазақстан облысы'}),
        ('Петропавлда', 0, 'city', 'Petropavl', NKR, {'note': 'headline'}),
        ('Явленка', 0, 'village', 'Yavlenka', NKR, {'note': 'headline; NI:reference point'}),
        ('ПЕТРОПАВЛ', 0, 'city', 'Petropavl', NKR, {'note': 'dateline'}),
        ('Петропавл қ.', 0, 'city', 'Petropavl', NKR, {'note': 'abbreviated head noun "қ." (қаласы)'}),
        ('Мағжан Жұмабаев көшесіндегі', 0, 'facility', 'Magzhan Zhumabayev Street (Petropavl)', NKR, {'subkind': 'street', 'note': 'street named after a person; not the district'}),
        ('СҚО', 1, 'region', NKR, NKR, {'note': 'inside the name of an authority (СҚО ТЖД)'}),
        ('Есіл ауд.', 0, 'district', 'Esil District (North Kazakhstan Region)', NKR, {'note': 'abbreviated head noun; not the river or the Astana district'}),
        ('Явленка ауылының', 0, 'village', 'Yavlenka', NKR, {'note': 'NI:reference point ("маңында")'}),
        ('СҚО', 2, 'region', NKR, NKR, {'note': 'inside the name of an authority (СҚО ПД, regional police)'}),
        ('облыстың бес ауданында', 0, 'quantified', '5 districts', N, {'count': 5, 'unit': 'district', 'note': 'road closures, not incidents'}),
        ('Аққайың ауд.', 0, 'district', 'Akkayin District', NKR, {'note': 'abbreviated head noun'}),
        ('Смирново ауылында', 0, 'village', 'Smirnovo', NKR),
        ('Петропавл', 1, 'city', 'Petropavl', NKR, {'note': 'NI:inside the name of a court; a sentence'}),
        ('Қызылжар ауданының', 0, 'district', 'Kyzylzhar District', NKR, {'note': "NI:convict's residence"}),
     ],
     inc={NKR: (3, 'basement fire on Magzhan Zhumabayev Street in Petropavl; bus-lorry collision near Yavlenka, Esil district; sheep-pen fire in Smirnovo, Akkayin district; road closures and the sentence are not counted')}),

dict(id='p021', date='2022-09-25', lang='kk',
     event='2022 weekly review eight days after the capital was renamed back to Astana: flat fire in Baikonur district of Astana; fatal mine blast near Zhezkazgan and a hot-water protest in Satbayev (Ulytau Region, created in June); fatal collision near Sarkand and a boiler-house roof collapse in Tekeli (Jetisu Region); boat capsized on the Kapchagay reservoir at Konaev, the new seat of Almaty Region',
     text="""Апта шолуы: Астана, Ұлытау, Жетісу және Алматы облыстары
АСТАНА, 25 қыркүйек. Kazinform – Полиция мен төтенше жағдайлар департаменттерінің аптадағы хабарламаларына шолу.

Астана
Елорданың атауы 17 қыркүйекте Нұр-Сұлтаннан Астанаға қайта өзгертілді, қала полициясы енді «Астана қаласының ПД» деп аталады. Бейсенбі күні Байқоңыр ауданындағы көпқабатты үйдің жетінші қабатында өрт шығып, 50 тұрғын эвакуацияланды. Бір әйел түтіннен уланып, ауруханаға жеткізілді. Өрт сөндірушілер жалынды бір сағатта сөндірді. Өрттің себебі – электр сымының тұйықталуы.

Ұлытау облысы
Маусымда құрылған облыстың орталығы Жезқазған қаласының маңындағы шахтада жер асты жарылысынан бір кенші қаза тапты, тағы екеуі жарақат алды. Қаза тапқан кенші 38 жаста болған, оның үш баласы қалды. Ұлытау облысы ТЖД мен еңбек инспекциясы тексеріс бастады.
Сәтбаев қаласында 200-ге жуық тұрғын қала әкімдігінің алдына жиналып, ыстық судың бір айдан бері жоқтығына наразылық білдірді. Қала әкімі жөндеу жұмыстары бір аптада аяқталатынын айтты. Бұған дейін бұл екі қала Қарағанды облысына қарайтын.

Жетісу облысы
Талдықорған – Сарқан тас жолында, Сарқан қаласына 15 шақырым жетпей екі жеңіл көлік соқтығысып, үш адам қаза тапты, деп хабарлады Жетісу облысы ПД. Жүргізушілердің бірі басқа көлікті басып озуға тырысқан.
Текелі қаласында ескі қазандықтың шатыры құлап, екі жұмысшы жарақат алды. Қазандық биыл жөндеуден өтуі тиіс еді. Жұмысшылардың бірі ауруханада жатыр.

Алматы облысы
Облыс орталығы Талдықорғаннан Қонаев қаласына (бұрынғы Қапшағай) көшірілді. Қонаев маңында Қапшағай су қоймасында қатты желден қайық аударылып, екі балықшы қаза тапты. Балықшылардың денесін сүңгуірлер келесі күні тапты. Алматы облысы ТЖД қайықпен су қоймасына шығуға уақытша тыйым салды.
Облыстың үш ауданында өрт қаупінің жоғары деңгейі жарияланды, тұрғындарға далада от жақпау ескертілді. Синоптиктер аптаның соңына дейін ыстық ауа райы сақталатынын болжады.""",
     ann=[
        ('Астана', 0, 'city', 'Astana', 'Astana', {'note': 'headline; the capital, renamed back from Nur-Sultan on 2022-09-17'}),
        ('Ұлытау', 0, 'region', UR, UR, {'note': 'headline; list sharing the head noun "облыстары"'}),
        ('Жетісу', 0, 'region', JTR, JTR, {'note': 'headline; list sharing the head noun "облыстары"'}),
        ('Алматы', 0, 'region', ALR, ALR, {'note': 'headline; list sharing the head noun "облыстары": the region, not the city'}),
        ('АСТАНА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Астана', 1, 'city', 'Astana', 'Astana', {'note': 'section heading'}),
        ('Нұр-Сұлтаннан', 0, 'city', 'Astana', 'Astana', {'note': 'NI:background; the former name of the capital'}),
        ('Астанаға', 0, 'city', 'Astana', 'Astana', {'note': 'NI:background (renaming)'}),
        ('Астана қаласының', 0, 'city', 'Astana', 'Astana', {'note': 'NI:inside the name of an authority (city police) in quotation marks'}),
        ('Байқоңыр ауданындағы', 0, 'district', 'Baikonur District (Astana)', 'Astana', {'subkind': 'city district', 'note': 'district of Astana, not the cosmodrome or the town of Baikonur'}),
        ('Ұлытау облысы', 0, 'region', UR, UR, {'note': 'section heading; created on 2022-06-08'}),
        ('Жезқазған қаласының', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:reference point ("маңындағы шахтада"); Ulytau Region since 2022-06-08'}),
        ('Ұлытау облысы', 1, 'region', UR, UR, {'note': 'inside the name of an authority (ТЖД)'}),
        ('Сәтбаев қаласында', 0, 'city', 'Satbayev', UR, {'note': 'the town named after a person'}),
        ('Қарағанды облысына', 0, 'region', KR, KR, {'note': 'NI:background; the former unit of the two towns'}),
        ('Жетісу облысы', 0, 'region', JTR, JTR, {'note': 'section heading; created on 2022-06-08'}),
        ('Талдықорған', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:road endpoint'}),
        ('Сарқан', 0, 'city', 'Sarkand', JTR, {'note': 'NI:road endpoint'}),
        ('Сарқан қаласына', 0, 'city', 'Sarkand', JTR, {'note': 'NI:reference point ("15 шақырым жетпей")'}),
        ('Жетісу облысы', 1, 'region', JTR, JTR, {'note': 'inside the name of an authority (ПД, regional police)'}),
        ('Текелі қаласында', 0, 'city', 'Tekeli', JTR, {'note': 'Jetisu Region since 2022-06-08'}),
        ('Алматы облысы', 0, 'region', ALR, ALR, {'note': 'section heading'}),
        ('Талдықорғаннан', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:former seat of Almaty Region, now in Jetisu Region'}),
        ('Қонаев қаласына', 0, 'city', 'Konaev', ALR, {'note': 'NI:new seat of Almaty Region'}),
        ('Қапшағай', 0, 'city', 'Konaev', ALR, {'note': 'NI:former name of Konaev (renamed 2022)'}),
        ('Қонаев', 1, 'city', 'Konaev', ALR, {'note': 'NI:reference point ("маңында")'}),
        ('Қапшағай су қоймасында', 0, 'facility', 'Kapchagay reservoir', ALR, {'subkind': 'reservoir'}),
        ('Алматы облысы', 1, 'region', ALR, ALR, {'note': 'inside the name of an authority (ТЖД)'}),
        ('Облыстың үш ауданында', 0, 'quantified', '3 districts', N, {'count': 3, 'unit': 'district', 'note': 'fire-danger warning, not an incident'}),
     ],
     inc={'Astana': (1, 'flat fire in Baikonur district, 50 evacuated'),
          UR: (2, 'underground blast at a mine near Zhezkazgan, one miner killed; hot-water protest at the city akimat in Satbayev'),
          JTR: (2, 'fatal collision on the Taldykorgan-Sarkand road 15 km before Sarkand; boiler-house roof collapse in Tekeli'),
          ALR: (1, 'boat capsized on the Kapchagay reservoir near Konaev, two fishermen killed')}),

dict(id='p022', date='2014-06-18', lang='kk',
     event='2014 Mangystau Region briefs: gas cylinder blast in a flat in the 27th microdistrict of Aktau, knife brawl in Zhanaozen, two wagons of a freight train from Uzbekistan derailed at Beineu station; a fine for a Fort-Shevchenko firm not counted; Turkmenistan as a destination',
     text="""Маңғыстау обл.: Ақтауда газ баллоны жарылды, Жаңаөзенде төбелес
АҚТАУ, 18 маусым. – Ақтау қ. 27-шағынауданындағы тұрғын үйдің пәтерінде газ баллоны жарылып, үй иесі мен оның ұлы күйік алды, деп хабарлады Маңғыстау обл. ТЖД. Жарылыстан көрші пәтерлердің терезелері сынған.
Жаңаөзен қаласында түнгі кафенің жанында жастар арасында төбелес болып, 20 жастағы жігіт пышақ жарақатын алды. Маңғыстау облысының ПД үш күдіктіні ұстады.
Бейнеу ауд. Бейнеу станциясында Өзбекстаннан келген жүк пойызының екі вагоны рельстен шығып кетті. Адам шығыны жоқ, бірақ Түрікменстанға баратын пойыздар екі сағатқа кешікті.
Маңғыстау облыстық экономикалық соты Түпқараған ауд. Форт-Шевченко қ. тіркелген балық өңдеу серіктестігіне айыппұл салды.""",
     ann=[
        ('Маңғыстау обл.', 0, 'region', MR, MR, {'note': 'headline; abbreviated head noun'}),
        ('Ақтауда', 0, 'city', 'Aktau', MR, {'note': 'headline'}),
        ('Жаңаөзенде', 0, 'city', 'Zhanaozen', MR, {'note': 'headline'}),
        ('АҚТАУ', 0, 'city', 'Aktau', MR, {'note': 'dateline'}),
        ('Ақтау қ.', 0, 'city', 'Aktau', MR, {'note': 'abbreviated head noun "қ." (қаласы)'}),
        ('27-шағынауданындағы', 0, 'district', '27th microdistrict (Aktau)', MR, {'subkind': 'microdistrict', 'note': 'numbered microdistrict of Aktau'}),
        ('Маңғыстау обл.', 1, 'region', MR, MR, {'note': 'inside the name of an authority (ТЖД); abbreviated head noun'}),
        ('Жаңаөзен қаласында', 0, 'city', 'Zhanaozen', MR),
        ('Маңғыстау облысының', 0, 'region', MR, MR, {'note': 'inside the name of an authority (ПД, regional police)'}),
        ('Бейнеу ауд.', 0, 'district', 'Beineu District', MR, {'note': 'abbreviated head noun'}),
        ('Бейнеу станциясында', 0, 'facility', 'Beineu railway station', MR, {'subkind': 'railway station'}),
        ('Өзбекстаннан', 0, 'foreign', 'Uzbekistan', N, {'note': "NI:train's origin"}),
        ('Түрікменстанға', 0, 'foreign', 'Turkmenistan', N, {'note': 'NI:destination'}),
        ('Маңғыстау', 3, 'region', MR, MR, {'note': 'NI:adjectival use inside the name of a court ("облыстық соты"); a fine'}),
        ('Түпқараған ауд.', 0, 'district', 'Tupkaragan District', MR, {'note': 'NI:registration of a firm; abbreviated head noun'}),
        ('Форт-Шевченко қ.', 0, 'city', 'Fort-Shevchenko', MR, {'note': 'NI:registration of a firm; abbreviated head noun "қ."'}),
     ],
     inc={MR: (3, 'gas cylinder explosion in a flat in the 27th microdistrict of Aktau; knife brawl in Zhanaozen; two wagons derailed at Beineu station; the fine is not counted')}),

dict(id='p023', date='2026-03-02', lang='kk',
     event='2026 weekend briefs from Karaganda, Pavlodar, Kostanay and Akmola regions: flat fire in Maikuduk (Karaganda) and a steam-pipe burst at the Temirtau steelworks (Karaganda Region); excavator overturned at the Bogatyr pit near Ekibastuz and a tariff rally in Pavlodar (Pavlodar Region); gas blast in a cafe in Lisakovsk (Kostanay Region); knife brawl in Stepnogorsk (Akmola Region); roads closed in several districts; commission from Astana; gas explosions in two unnamed regions (unattributed)',
     text="""Өңірлерден қысқаша: Қарағанды, Павлодар, Қостанай және Ақмола облыстары
ҚАРАҒАНДЫ, 2 наурыз. ҚазТАГ – Облыстық полиция және төтенше жағдайлар департаменттерінің демалыс күндері таратқан мәліметтері.

Қарағанды обл.
Қарағанды қ. Майқұдық шағын ауданындағы бес қабатты үйдің төртінші қабатында өрт шығып, 12 тұрғын эвакуацияланды. Бір қария түтіннен уланып, ауруханаға жеткізілді. Өрттің себебі – электр жылытқышының ақауы. Өрт сөндірушілер жалынды жарты сағатта сөндірді.
Теміртау қ. металлургия комбинатында бу құбыры жарылып, екі жұмысшы күйік алды. Зардап шеккендердің бірінің жағдайы ауыр, ол облыстық күйік орталығына жеткізілді. Қарағанды обл. ПД мен еңбек инспекциясы тексеріс жүргізіп жатыр, Астанадан арнайы комиссия келеді.

Павлодар обл.
Екібастұз қаласының маңындағы «Богатырь» разрезінде экскаватор аударылып, машинист қаза тапты, деп хабарлады Павлодар обл. ТЖД. Разрездегі жұмыс бір тәулікке тоқтатылды. Машинист 52 жаста еді, ол разрезде 20 жылдан бері жұмыс істеген.
Павлодар қаласында 30-ға жуық тұрғын жылу тарифінің өсуіне наразылық білдіріп, қала әкімдігінің алдына жиналды. Полиция екі адамды әкімшілік жауапкершілікке тартты. Қала әкімі тарифті қайта қарау үшін комиссия құрылатынын айтты.

Қостанай обл.
Лисаковск қаласындағы кафеде газ жарылып, үш адам жарақат алды. Зардап шеккендердің арасында кафенің екі қызметкері бар. Қостанай обл. ТЖД мәліметінше, жарылыс ас үйдегі газ плитасының ақауынан болған.
Боранға байланысты облыстың бірнеше ауданында жолдар жабылды, Қостанай – Арқалық тас жолында 40-тан астам көлік тұрып қалды. Жүргізушілерді құтқарушылар жылыту пункттеріне жеткізді. Қазақстан ТЖМ мәліметінше, демалыс күндері тағы екі облыста тұрғын үйлерде газ жарылды.

Ақмола обл.
Степногор қаласында екі топ арасында төбелес болып, бір адам пышақ жарақатын алды, деп хабарлады Ақмола обл. ПД. Төрт күдікті ұсталды. Төбелестің себебі – ескі араздық, деп хабарлады полиция.
Бурабай ауданындағы демалыс орындарына келушілерге мұз үстіне шықпау ескертілді. Синоптиктер алдағы екі күнде аяз бен боран сақталатынын болжады.""",
     ann=[
        ('Қарағанды', 0, 'region', KR, KR, {'note': 'headline; list sharing the head noun "облыстары"'}),
        ('Павлодар', 0, 'region', PR, PR, {'note': 'headline; list sharing the head noun "облыстары"'}),
        ('Қостанай', 0, 'region', KOR, KOR, {'note': 'headline; list sharing the head noun "облыстары"'}),
        ('Ақмола', 0, 'region', AKR, AKR, {'note': 'headline; list sharing the head noun "облыстары"'}),
        ('ҚАРАҒАНДЫ', 0, 'city', 'Karaganda', KR, {'note': 'dateline'}),
        ('Қарағанды обл.', 0, 'region', KR, KR, {'note': 'section heading; abbreviated head noun'}),
        ('Қарағанды қ.', 0, 'city', 'Karaganda', KR, {'note': 'abbreviated head noun "қ."'}),
        ('Майқұдық шағын ауданындағы', 0, 'district', 'Maikuduk (Karaganda)', KR, {'subkind': 'microdistrict'}),
        ('Теміртау қ.', 0, 'city', 'Temirtau', KR, {'note': 'abbreviated head noun "қ."'}),
        ('Қарағанды обл.', 1, 'region', KR, KR, {'note': 'inside the name of an authority (ПД, regional police)'}),
        ('Астанадан', 0, 'city', 'Astana', 'Astana', {'note': "NI:commission's origin"}),
        ('Павлодар обл.', 0, 'region', PR, PR, {'note': 'section heading'}),
        ('Екібастұз қаласының', 0, 'city', 'Ekibastuz', PR, {'note': 'NI:reference point ("маңындағы")'}),
        ('Богатырь', 0, 'facility', 'Bogatyr coal pit (Ekibastuz)', PR, {'subkind': 'mine', 'note': 'name in quotation marks'}),
        ('Павлодар обл.', 1, 'region', PR, PR, {'note': 'inside the name of an authority (ТЖД)'}),
        ('Павлодар қаласында', 0, 'city', 'Pavlodar', PR),
        ('Қостанай обл.', 0, 'region', KOR, KOR, {'note': 'section heading'}),
        ('Лисаковск қаласындағы', 0, 'city', 'Lisakovsk', KOR),
        ('Қостанай обл.', 1, 'region', KOR, KOR, {'note': 'inside the name of an authority (ТЖД)'}),
        ('облыстың бірнеше ауданында', 0, 'quantified', 'several districts', N, {'count': None, 'unit': 'district', 'note': 'road closures, not incidents'}),
        ('Қостанай', 3, 'city', 'Kostanay', KOR, {'note': 'NI:road endpoint'}),
        ('Қазақстан', 0, 'country', 'Kazakhstan', N, {'note': 'inside the name of an authority (Қазақстан ТЖМ)'}),
        ('екі облыста', 0, 'quantified', '2 regions', N, {'count': 2, 'unit': 'region', 'note': 'gas explosions in homes in two unnamed regions (unattributed)'}),
        ('Арқалық', 0, 'city', 'Arkalyk', KOR, {'note': 'NI:road endpoint'}),
        ('Ақмола обл.', 0, 'region', AKR, AKR, {'note': 'section heading'}),
        ('Степногор қаласында', 0, 'city', 'Stepnogorsk', AKR),
        ('Ақмола обл.', 1, 'region', AKR, AKR, {'note': 'inside the name of an authority (ПД, regional police)'}),
        ('Бурабай ауданындағы', 0, 'district', 'Burabay District', AKR, {'note': 'NI:a warning'}),
     ],
     inc={KR: (2, 'flat fire in Maikuduk, Karaganda; steam-pipe burst at the Temirtau steelworks, two burnt'),
          PR: (2, 'excavator overturned at the Bogatyr pit near Ekibastuz, operator killed; tariff rally at the city akimat in Pavlodar'),
          KOR: (1, 'gas explosion in a cafe in Lisakovsk; closed roads and stranded cars are not counted'),
          AKR: (1, 'knife brawl in Stepnogorsk, four detained')},
     unatt=[{'label': 'екі облыста', 'count': 2, 'note': 'gas explosions in homes in two other, unnamed regions'}]),

dict(id='p024', date='1993-05-15', lang='kk',
     event='1993 briefs: warehouse fire at the lead-zinc plant in Tekeli (Taldykorgan Region, abolished 1997, now Almaty Region land); freight wagons derailed at Ayagoz station (Semipalatinsk Region, now East Kazakhstan land); pensioners\' rally on Republic Square in Almaty, then the capital',
     text="""Талдықорған облысында өрт, Семей облысында пойыз апаты
АЛМАТЫ, 15 мамыр. ҚазТАГ – Талдықорған облысының Текелі қаласындағы қорғасын-мырыш комбинатының қоймасында өрт шығып, 300 шаршы метр аумақ өртенді. Өртті Талдықорған мен Текелі өрт сөндірушілері төрт сағатта сөндірді, адам шығыны жоқ.
Семей облысындағы Аягөз қаласының теміржол бекетінде жүк пойызының сегіз вагоны рельстен шығып кетті. Облыстық ішкі істер басқармасының мәліметінше, апатқа жолдың тозуы себеп болған.
Алматыда Республика алаңында 300-ге жуық зейнеткер зейнетақыны уақытылы төлеуді талап етіп жиналды. Олардың өкілдерін Алматы қалалық әкімшілігінің басшылары қабылдады.
Шығыс Қазақстан облыстық әкімшілігі Өскемен – Семей жолын жөндеуге қаржы бөлінгенін хабарлады.""",
     ann=[
        ('Талдықорған облысында', 0, 'region', ALR, ALR, {'uncertain': True, 'note': 'headline; Taldykorgan Region (abolished 1997), labelled with the unit that holds its land'}),
        ('Семей облысында', 0, 'region', EKR, EKR, {'uncertain': True, 'note': 'headline; Semipalatinsk Region (abolished 1997), labelled with the unit that holds its land'}),
        ('АЛМАТЫ', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline; the capital in 1993'}),
        ('Талдықорған облысының', 0, 'region', ALR, ALR, {'uncertain': True, 'note': 'abolished Taldykorgan Region'}),
        ('Текелі қаласындағы', 0, 'city', 'Tekeli', ALR, {'note': 'town of the abolished Taldykorgan Region, labelled Almaty Region without the uncertain mark'}),
        ('Талдықорған', 2, 'city', 'Taldykorgan', ALR, {'note': "NI:firefighters' origin"}),
        ('Текелі', 1, 'city', 'Tekeli', ALR, {'note': "NI:firefighters' origin"}),
        ('Семей облысындағы', 0, 'region', EKR, EKR, {'uncertain': True, 'note': 'abolished Semipalatinsk Region'}),
        ('Аягөз қаласының', 0, 'city', 'Ayagoz', EKR, {'note': 'town of the abolished Semipalatinsk Region, labelled East Kazakhstan Region without the uncertain mark'}),
        ('Алматыда', 0, 'city', 'Almaty', 'Almaty'),
        ('Республика алаңында', 0, 'facility', 'Republic Square (Almaty)', 'Almaty', {'subkind': 'square'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:inside the name of an authority (city administration)'}),
        ('Шығыс Қазақстан', 0, 'region', EKR, EKR, {'note': 'NI:inside the name of an authority (regional administration)'}),
        ('Өскемен', 0, 'city', 'Oskemen', EKR, {'note': 'NI:road endpoint'}),
        ('Семей', 2, 'city', 'Semey', EKR, {'note': 'NI:road endpoint'}),
     ],
     inc={ALR: (1, 'warehouse fire at the lead-zinc plant in Tekeli (Taldykorgan Region, Almaty Region land)'),
          EKR: (1, 'eight freight wagons derailed at Ayagoz station (Semipalatinsk Region, East Kazakhstan land)'),
          'Almaty': (1, "pensioners' rally on Republic Square")}),
]
