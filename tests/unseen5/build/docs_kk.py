"""Kazakh texts of the fifth unseen check corpus (annotation tuples described in
tests/build_check_corpus.py)."""
N = None
JR, ALR, KYR, TR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'Turkistan Region', 'South Kazakhstan Region'
ABR, JTR, EKR, MR, KOR = 'Abai Region', 'Jetisu Region', 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR, UR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region', 'Ulytau Region'
ATR, AR, WKR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region'

DOCS = [
dict(id='y017', date='2002-07-10', lang='kk',
     event='2002 reed fire on the Syr Darya in Shieli district and a drowning in Zhalagash district (Kyzylorda Region)',
     text="""ҚЫЗЫЛОРДА, 10 шілде – Шиелі ауданындағы Сырдария өзенінің жағасында сейсенбі күні қамыс өртеніп, 200 гектар жер күйді, деп хабарлады облыстық төтенше жағдайлар басқармасы. Өрт Тартоғай ауылына үш шақырым жетпей тоқтатылды.
Өртті сөндіруге Шиелі кентінен және Қызылордадан 60 өрт сөндіруші жұмылдырылды. Зардап шеккен адам жоқ.
Сол күні Жалағаш ауданында Сырдарияға шомылуға түскен 12 жасар бала суға кетті. Оның денесін сүңгуірлер екі сағаттан кейін тапты.
«Аптап ыстықта қамыс тез тұтанады, тұрғындарды отты абайлап жағуға шақырамыз», – деді басқарма бастығының орынбасары Ержан Сырдариев.
Облыстың бірнеше ауданында ауа температурасы 45 градусқа жетті. Облыс әкімі Астанадағы кеңестен оралған соң өрт болған ауданға барады.""",
     ann=[
        ('ҚЫЗЫЛОРДА', 0, 'city', 'Kyzylorda', KYR, {'note': 'dateline'}),
        ('Шиелі ауданындағы', 0, 'district', 'Shieli District', KYR),
        ('Сырдария өзенінің', 0, 'facility', 'Syr Darya', N, {'subkind': 'river'}),
        ('Тартоғай ауылына', 0, 'village', 'Tartogay', KYR, {'note': 'NI:reference point (the fire stopped short of the village)'}),
        ('Шиелі кентінен', 0, 'village', 'Shieli', KYR, {'note': 'NI:origin of firefighters'}),
        ('Қызылордадан', 0, 'city', 'Kyzylorda', KYR, {'note': 'NI:origin of firefighters'}),
        ('Жалағаш ауданында', 0, 'district', 'Zhalagash District', KYR),
        ('Сырдарияға', 0, 'facility', 'Syr Darya', N, {'subkind': 'river'}),
        ('бірнеше ауданында', 0, 'quantified', 'several districts', N, {'count': None, 'unit': 'district', 'note': 'heat; not an incident'}),
        ('Астанадағы', 0, 'city', 'Astana', 'Astana', {'note': 'NI:place of a meeting'}),
     ],
     inc={KYR: (2, 'reed fire in Shieli district; drowning in the Syr Darya in Zhalagash district')}),

dict(id='y018', date='2010-02-09', lang='kk',
     event='2010 bus and lorry collision on the Astana-Karaganda highway near Molodezhny (Osakarovka district, Karaganda Region)',
     text="""ҚАРАҒАНДЫ, 9 ақпан – Астана – Қарағанды тас жолында Осакаров ауданы, Молодежный кенті маңында жолаушылар автобусы жүк көлігімен соқтығысып, бес адам қаза тапты, 17 адам жарақат алды, деп хабарлады облыстық ішкі істер департаменті.
Автобус Теміртаудан Астанаға бара жатқан. Жараланғандар Қарағанды қаласындағы облыстық ауруханаға жеткізілді.
Жол полициясының мәліметінше, апат қалың тұманда болған. «Жүргізуші көлікті басып озуға тырысқан», – деді департамент өкілі Ерлан Теміртауов.
Бұған дейін, 5 ақпанда, боран облыстың үш ауданында 40-тан астам көлікті жолда қамап қалдырған еді. Соңғы бір айда Қарағанды облысында жол апаттарынан 22 адам қаза тапты. Облыс әкімдігі қаза болғандардың отбасыларына өтемақы төлейтінін мәлімдеді.""",
     ann=[
        ('ҚАРАҒАНДЫ', 0, 'city', 'Karaganda', KR, {'note': 'dateline'}),
        ('Астана', 0, 'city', 'Astana', 'Astana', {'note': 'NI:route endpoint'}),
        ('Қарағанды', 0, 'city', 'Karaganda', KR, {'note': 'NI:route endpoint'}),
        ('Осакаров ауданы', 0, 'district', 'Osakarovka District', KR),
        ('Молодежный кенті', 0, 'village', 'Molodezhny', KR),
        ('Теміртаудан', 0, 'city', 'Temirtau', KR, {'note': 'NI:origin of the bus'}),
        ('Астанаға', 0, 'city', 'Astana', 'Astana', {'note': 'NI:destination of the bus'}),
        ('Қарағанды қаласындағы', 0, 'city', 'Karaganda', KR, {'note': 'NI:hospital town'}),
        ('үш ауданында', 0, 'quantified', '3 districts', N, {'count': 3, 'unit': 'district', 'note': 'districts of the region (Karaganda Region) hit by a blizzard on 5 February'}),
        ('Қарағанды облысында', 0, 'region', KR, KR, {'note': 'monthly road-death total; not a new incident'}),
     ],
     inc={KR: (2, 'bus-lorry collision near Molodezhny; the 5 February blizzard in three districts of the region (one natural disaster, background narrated explicitly); the monthly total and the compensation are not counted')}),

dict(id='y019', date='2015-03-24', lang='kk',
     event='2015 gas explosion in Abai district of Shymkent and flood in Turar Ryskulov village, Tulkibas district (South Kazakhstan Region)',
     text="""ШЫМКЕНТ, 24 наурыз – Шымкент қаласының Абай ауданындағы көпқабатты тұрғын үйде газ жарылып, үш адам жарақат алды, деп хабарлады Оңтүстік Қазақстан облысының төтенше жағдайлар департаменті. Жарылыстан үйдің екі пәтері қирады.
Сол түні облыстың Түлкібас ауданында Ақсу өзені арнасынан асып, Тұрар Рысқұлов ауылындағы 40 үйді су басты. 150 тұрғын көрші Састөбе кентіндегі мектепке көшірілді. Сайрам ауданының бірнеше ауылында да аулаларды су басты.
«Таудағы қар күрт еріп, өзендер тасыды. Су деңгейі әлі көтеріліп жатыр», – деді департамент бастығы Нұрлан Ордабасов.
Тасқын қаупіне байланысты Бәйдібек және Қазығұрт аудандарында да құтқарушылардың кезекшілігі күшейтілді.""",
     ann=[
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', SKR, {'note': 'dateline'}),
        ('Шымкент қаласының', 0, 'city', 'Shymkent', SKR),
        ('Абай ауданындағы', 0, 'district', 'Abai District (Shymkent)', SKR, {'subkind': 'city district', 'note': 'city district of Shymkent, not Abai Region'}),
        ('Оңтүстік Қазақстан облысының', 0, 'region', SKR, SKR, {'note': 'inside the name of an authority'}),
        ('Түлкібас ауданында', 0, 'district', 'Tulkibas District', SKR),
        ('Ақсу өзені', 0, 'facility', 'Aksu River (Tulkibas)', N, {'subkind': 'river'}),
        ('Тұрар Рысқұлов ауылындағы', 0, 'village', 'Turar Ryskulov', SKR, {'note': 'village named after a person'}),
        ('Састөбе кентіндегі', 0, 'village', 'Sastobe', SKR, {'note': 'NI:evacuation point'}),
        ('Сайрам ауданының', 0, 'district', 'Sairam District', SKR),
        ('бірнеше ауылында', 0, 'quantified', 'several villages', N, {'count': None, 'unit': 'village', 'note': 'flooded villages of a named district'}),
        ('Бәйдібек', 0, 'district', 'Baidibek District', SKR, {'note': 'NI:list sharing the head noun "аудандарында"; precaution'}),
        ('Қазығұрт', 0, 'district', 'Kazygurt District', SKR, {'note': 'NI:list sharing the head noun "аудандарында"; precaution'}),
     ],
     inc={SKR: (2, 'gas explosion in Abai district of Shymkent (South Kazakhstan Region before 2018); flood in Turar Ryskulov village and in Sairam district (one natural disaster, once per ADM1)')}),

dict(id='y020', date='2019-06-18', lang='kk',
     event='2019 strike of contractor workers at the Karachaganak field near Aksay (Burli district, West Kazakhstan Region)',
     text="""АҚСАЙ, 18 маусым – Қарашығанақ кен орнында мердігер компанияның 600-ге жуық жұмысшысы жалақыны көтеруді талап етіп, дүйсенбі күні жұмысқа шықпады, деп хабарлады Батыс Қазақстан облысы әкімдігінің баспасөз қызметі. Наразылық Бөрлі ауданындағы вахталық қалашықта өтті.
Жұмысшылардың көбі Ақсайдан, Оралдан және Ақтөбе облысынан келген. «Біз үш жыл бойы бір жалақы алып келеміз», – деді дәнекерлеуші Қайрат Оралов.
Компания басшылары Нұр-Сұлтандағы министрлікте келіссөз жүргізіп жатыр. Кен орнынан алынатын газ конденсаты Ресейдің Орынбор облысындағы зауытқа жіберіледі.
Сейсенбі күні кешке жұмысшылардың бір бөлігі жұмысқа оралды, қалғандары жауап күтіп отыр.""",
     ann=[
        ('АҚСАЙ', 0, 'city', 'Aksay', WKR, {'note': 'dateline'}),
        ('Қарашығанақ кен орнында', 0, 'facility', 'Karachaganak field', WKR, {'subkind': 'oil field'}),
        ('Батыс Қазақстан облысы', 0, 'region', WKR, WKR, {'note': 'inside the name of an authority'}),
        ('Бөрлі ауданындағы', 0, 'district', 'Burli District', WKR),
        ('Ақсайдан', 0, 'city', 'Aksay', WKR, {'note': 'NI:origin of workers'}),
        ('Оралдан', 0, 'city', 'Oral', WKR, {'note': 'NI:origin of workers'}),
        ('Ақтөбе облысынан', 0, 'region', AR, AR, {'note': 'NI:origin of workers'}),
        ('Нұр-Сұлтандағы', 0, 'city', 'Astana', 'Astana', {'note': 'NI:place of negotiations'}),
        ('Ресейдің', 0, 'foreign', 'Russia', N),
        ('Орынбор облысындағы', 0, 'foreign', 'Orenburg Oblast', N),
     ],
     inc={WKR: (1, 'strike (refusal to work) at the Karachaganak field, counted as a protest')}),

dict(id='y021', date='2022-11-15', lang='kk',
     event='2022 ammonia leak at a meat plant in Semey and a fatal house fire in Beskaragay (Abai Region)',
     text="""СЕМЕЙ, 15 қараша – Семей қаласындағы ет комбинатында аммиак жылыстап, алты жұмысшы уланды, деп хабарлады Абай облысының төтенше жағдайлар департаменті. Зардап шеккендер қалалық ауруханаға жеткізілді, екеуінің жағдайы ауыр.
Департамент мәліметінше, тоңазытқыш қондырғының құбыры жарылған. Кәсіпорында Өскеменнен келген мамандар тексеру жүргізіп жатыр, комбинаттың жұмысы уақытша тоқтатылды. Жергілікті тұрғындарға терезелерді жауып отыру ұсынылды.
Сол түні Бесқарағай ауданының Бесқарағай ауылында тұрғын үй өртеніп, екі адам көз жұмды. Ауыл Семейден 110 шақырым жерде орналасқан. «Пештің мұржасы жарылып кеткен», – деді департамент өкілі Айгерім Абайқызы.
Абай облысы биыл 8 маусымда Шығыс Қазақстан облысынан бөлініп құрылды, орталығы – Семей.""",
     ann=[
        ('СЕМЕЙ', 0, 'city', 'Semey', ABR, {'note': 'dateline'}),
        ('Семей қаласындағы', 0, 'city', 'Semey', ABR),
        ('Абай облысының', 0, 'region', ABR, ABR, {'note': 'inside the name of an authority'}),
        ('Өскеменнен', 0, 'city', 'Oskemen', EKR, {'note': 'NI:origin of inspectors'}),
        ('Бесқарағай ауданының', 0, 'district', 'Beskaragay District', ABR),
        ('Бесқарағай ауылында', 0, 'village', 'Beskaragay', ABR),
        ('Семейден', 0, 'city', 'Semey', ABR, {'note': 'NI:reference point'}),
        ('Абай облысы', 0, 'region', ABR, ABR),
        ('Шығыс Қазақстан облысынан', 0, 'region', EKR, EKR, {'note': 'NI:the former unit (background)'}),
        ('Семей', 1, 'city', 'Semey', ABR, {'note': 'background: regional centre'}),
     ],
     inc={ABR: (2, 'ammonia leak with poisonings at the Semey meat plant; fatal house fire in Beskaragay')}),

dict(id='y022', date='2023-04-11', lang='kk',
     event='2023 fishing boat capsized in the Caspian 8 km from Fort-Shevchenko (Mangystau Region)',
     text="""АҚТАУ, 11 сәуір – Каспий теңізінде Форт-Шевченко қаласынан сегіз шақырым жерде балықшылар қайығы аударылып, үш адам суға кетті, деп хабарлады Маңғыстау облыстық төтенше жағдайлар департаменті. Тағы бір балықшыны құтқарушылар аман алып шықты, ол ауруханада ем алып жатыр. Қаза болғандардың денелері әлі табылған жоқ.
Қайық дүйсенбі күні таңертең Түпқараған ауданындағы Баутино кентінен теңізге шыққан. Іздеу жұмыстарына Ақтаудан катер мен тікұшақ жіберілді.
«Жел секундына 20 метрге дейін күшейген, дауыл туралы ескерту алдын ала берілген еді», – деді департамент өкілі Нұрлан Түпқарағанов.
Шекара қызметі іздеу туралы Ресейдің Астрахан облысы мен Түрікменстанның шекарашыларына хабарлады.""",
     ann=[
        ('АҚТАУ', 0, 'city', 'Aktau', MR, {'note': 'dateline'}),
        ('Каспий теңізінде', 0, 'facility', 'Caspian Sea', N, {'subkind': 'sea'}),
        ('Форт-Шевченко қаласынан', 0, 'city', 'Fort-Shevchenko', MR, {'note': 'NI:reference point (8 km from the town)'}),
        ('Маңғыстау облыстық', 0, 'region', MR, MR, {'note': 'inside the name of an authority'}),
        ('Түпқараған ауданындағы', 0, 'district', 'Tupkaragan District', MR),
        ('Баутино кентінен', 0, 'village', 'Bautino', MR, {'note': 'NI:the boat\'s port of departure'}),
        ('Ақтаудан', 0, 'city', 'Aktau', MR, {'note': 'NI:origin of rescuers'}),
        ('Ресейдің', 0, 'foreign', 'Russia', N),
        ('Астрахан облысы', 0, 'foreign', 'Astrakhan Oblast', N),
        ('Түрікменстанның', 0, 'foreign', 'Turkmenistan', N),
     ],
     inc={MR: (1, 'boat capsized at sea off Fort-Shevchenko; located only by a reference point and the regional authority (doubtful ADM1 attribution, but the sea off the town is Mangystau\'s)')}),

dict(id='y023', date='2025-07-08', lang='kk',
     event='2025 hailstorm in Zhualy district and market fire in Shu (Jambyl Region); a post in the Kazakh Latin alphabet',
     text="""ТАРАЗ, 8 шілде – Жуалы ауданында жексенбі күні бұршақ жауып, 1200 гектар егін мен 30 үйдің шатыры зақымданды, деп хабарлады облыс әкімдігі. Ең көп зардапты Бауыржан Момышұлы ауылы мен Күреңбел ауылдық округі шекті.
Әкімдік әлеуметтік желідегі парақшасында латын әліпбиімен былай деп жазды: «Jýaly aýdanyna 15 adamnan turatyn komıssııa jiberildi, Taraz qalasynan tehnıka shyqty».
Сол күні кешке Шу қаласындағы базарда өрт шығып, 40 дүңгіршек жанып кетті. Адам шығыны жоқ.
«Өрт электр сымының тұйықталуынан шыққан», – деді облыстық төтенше жағдайлар департаментінің өкілі Серік Таразбаев.
Бұршақ көрші Қырғызстанның Талас облысында да жауды.""",
     ann=[
        ('ТАРАЗ', 0, 'city', 'Taraz', JR, {'note': 'dateline'}),
        ('Жуалы ауданында', 0, 'district', 'Zhualy District', JR),
        ('Бауыржан Момышұлы ауылы', 0, 'village', 'Baurzhan Momyshuly', JR, {'note': 'village named after a person (Zhualy district centre)'}),
        ('Күреңбел ауылдық округі', 0, 'district', 'Kurenbel rural district', JR, {'subkind': 'rural district'}),
        ('Jýaly aýdanyna', 0, 'district', 'Zhualy District', JR, {'note': 'Kazakh Latin alphabet (2018 version); destination of a commission'}),
        ('Taraz qalasynan', 0, 'city', 'Taraz', JR, {'note': 'NI:Kazakh Latin alphabet; origin of machinery'}),
        ('Шу қаласындағы', 0, 'city', 'Shu', JR),
        ('Қырғызстанның', 0, 'foreign', 'Kyrgyzstan', N),
        ('Талас облысында', 0, 'foreign', 'Talas Region', N),
     ],
     inc={JR: (2, 'hailstorm in Zhualy district (one natural disaster); market fire in Shu')}),

dict(id='y024', date='2026-04-20', lang='kk',
     event='2026 football: sixth round of the Kazakhstan Premier League (no incident)',
     text="""ПЕТРОПАВЛ, 20 сәуір – Қазақстан премьер-лигасының алтыншы турында «Қызылжар» өз алаңында Павлодардың «Ертісін» 2:1 есебімен жеңді. Ойын Петропавлдағы Қарасай батыр атындағы стадионда 8 мыңға жуық көрермен алдында өтті.
Алматының «Қайраты» Шымкентте «Ордабасымен» тең түсті (1:1). Ақтөбедегі ойында «Ақтөбе» «Жетісуды» 2:0 есебімен ұтты, ал Қостанайда «Тобыл» Түркістанның «Тұранына» бір доп жіберіп, ұпайсыз қалды.
Жаңбырға байланысты Оралдағы матч кейінге шегерілді, оның жаңа күні мамыр айында белгіленеді. Ойындардың барлығы тәртіп бұзушылықсыз өтті, деп хабарлады лиганың баспасөз қызметі.
Петропавлдағы ойынға Көкшетаудан және Тайыншадан да жанкүйерлер келді. Турнир кестесінде «Қызылжар» 14 ұпаймен көш бастап тұр. Келесі турдың матчтары елдің бес қаласында өтеді.""",
     ann=[
        ('ПЕТРОПАВЛ', 0, 'city', 'Petropavl', NKR, {'note': 'dateline'}),
        ('Қазақстан', 0, 'country', 'Kazakhstan', N, {'uncertain': True, 'note': 'inside the name of a league'}),
        ('Павлодардың', 0, 'city', 'Pavlodar', PR, {'note': 'home city of a club'}),
        ('Петропавлдағы', 0, 'city', 'Petropavl', NKR),
        ('Қарасай батыр атындағы стадионда', 0, 'facility', 'Karasai Stadium (Petropavl)', NKR, {'subkind': 'stadium', 'note': 'named after a person, not Karasai district'}),
        ('Алматының', 0, 'city', 'Almaty', 'Almaty', {'note': 'home city of a club'}),
        ('Шымкентте', 0, 'city', 'Shymkent', 'Shymkent'),
        ('Ақтөбедегі', 0, 'city', 'Aktobe', AR),
        ('Қостанайда', 0, 'city', 'Kostanay', KOR),
        ('Түркістанның', 0, 'city', 'Turkistan', TR, {'note': 'home city of a club'}),
        ('Оралдағы', 0, 'city', 'Oral', WKR),
        ('Петропавлдағы', 1, 'city', 'Petropavl', NKR),
        ('Көкшетаудан', 0, 'city', 'Kokshetau', AKR, {'note': 'NI:origin of fans'}),
        ('Тайыншадан', 0, 'city', 'Tayynsha', NKR, {'note': 'NI:origin of fans'}),
        ('бес қаласында', 0, 'quantified', '5 cities', N, {'count': 5, 'unit': 'city', 'note': 'match venues; not an incident'}),
     ]),
]
