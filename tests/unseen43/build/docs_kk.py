"""Kazakh texts of the forty-third unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420). p019 and p021 carry a paragraph in the
Kazakh Latin alphabet of January 2021."""
N = None
JR, ALR, KYR, TR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'Turkistan Region', 'South Kazakhstan Region'
ABR, JTR, EKR, MR, KOR = 'Abai Region', 'Jetisu Region', 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR, UR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region', 'Ulytau Region'
ATR, AR, WKR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region'

DOCS = [
dict(id='p017', date='2012-04-10', lang='kk',
     event='2012 spring floods in Sarkand and Alakol districts (Lepsy and Koktuma villages) and a hay-store fire in Bastobe, Karatal district (Almaty Region before the 2022 split); the Aksu and Karatal rivers vs the districts; floods in three other regions (unattributed)',
     text="""Сарқан мен Алакөл аудандарын су басты
ТАЛДЫҚОРҒАН, 10 сәуір (ҚазАқпарат). Алматы облысының Сарқан және Алакөл аудандарында қардың қарқынды еруінен өзендер арнасынан шығып, бірнеше ауылды су басты. Облыстық төтенше жағдайлар департаментінің мәліметінше, 86 үйдің ауласы мен жертөлесіне су кірді, 300-ден астам адам туыстарының үйіне уақытша көшірілді.
Ең қиын жағдай Лепсі өзенінің бойындағы Лепсі ауылында қалыптасты. Сенбі түні өзен жағалаудағы бөгетті бұзып, ауылдың төменгі бөлігіндегі көшелерді басып қалды. Алакөл ауданындағы Көктұма ауылында да қора-қопсы мен бақшаларды су алды. Құтқарушылар Үшаралдан және Талдықорғаннан жеткізілген құм толтырылған қаптармен жағалауды нығайтып жатыр.
Сонымен қатар жексенбі күні Қаратал ауданындағы Бастөбе ауылында шаруа қожалығының шөп қоймасы өртеніп, 400 тонна шөп жанып кетті. Өрттің шығу себебі анықталып жатыр, адамдар зардап шеккен жоқ.
Су тасқынынан зардап шеккен отбасыларға аудандық әкімдіктер азық-түлік пен отын таратты. Сарқан ауданының әкімі Лепсі ауылында жиналыс өткізіп, үйлері су астында қалған 24 отбасыға өтемақы төленетінін айтты. Ауыл тұрғындары бөгетті жыл сайын көктемде жөндеу қажет екенін, бірақ ол соңғы рет 2008 жылы ғана жөнделгенін айтып шағымданды. Ал Алакөл ауданындағы шаруалар көктемгі егіске дейін танаптардан суды ағызып үлгермеуі мүмкін екенін айтады: аудандағы 12 мың гектар егістіктің жартысына жуығы әлі су астында жатыр. Шаруалар малға қажетті шөпті көрші Ақсу және Көксу аудандарынан сатып алуға мәжбүр.
Облыс әкімінің орынбасары фермерлерге көктемгі егіс басталғанша су астында қалған егістіктерді тексеруге уәде берді. Оның айтуынша, биыл облыста 960 мың гектарға дән себу жоспарланған. Мамандар су тасқыны қаупі Ақсу мен Қаратал өзендерінің бойында да сақталып тұрғанын ескертті.
Төтенше жағдайлар министрлігінің хабарлауынша, соңғы аптада су тасқыны елдің тағы үш облысында тіркелді.""",
     ann=[
        ('Сарқан', 0, 'district', 'Sarkand District', ALR, {'note': 'headline; list sharing "аудандарын"; Almaty Region before 2022-06-08'}),
        ('Алакөл', 0, 'district', 'Alakol District', ALR, {'note': 'headline; list sharing "аудандарын"'}),
        ('ТАЛДЫҚОРҒАН', 0, 'city', 'Taldykorgan', ALR, {'note': 'dateline'}),
        ('Алматы облысының', 0, 'region', ALR, ALR),
        ('Сарқан', 1, 'district', 'Sarkand District', ALR, {'note': 'list sharing "аудандарында"'}),
        ('Алакөл', 1, 'district', 'Alakol District', ALR, {'note': 'list sharing "аудандарында"'}),
        ('Лепсі өзенінің', 0, 'facility', 'Lepsy', N, {'subkind': 'river'}),
        ('Лепсі ауылында', 0, 'village', 'Lepsy', ALR, {'note': 'Sarkand district'}),
        ('Алакөл ауданындағы', 0, 'district', 'Alakol District', ALR),
        ('Көктұма ауылында', 0, 'village', 'Koktuma', ALR),
        ('Үшаралдан', 0, 'city', 'Usharal', ALR, {'note': 'NI:origin of rescuers'}),
        ('Талдықорғаннан', 0, 'city', 'Taldykorgan', ALR, {'note': 'NI:origin of rescuers'}),
        ('Қаратал ауданындағы', 0, 'district', 'Karatal District', ALR),
        ('Бастөбе ауылында', 0, 'village', 'Bastobe', ALR),
        ('Сарқан ауданының', 0, 'district', 'Sarkand District', ALR, {'note': "NI:inside an official's title"}),
        ('Лепсі ауылында', 1, 'village', 'Lepsy', ALR, {'note': 'place of a meeting on compensation (the flood there is counted above)'}),
        ('Алакөл ауданындағы', 1, 'district', 'Alakol District', ALR, {'note': 'fields still under water (part of the same flood)'}),
        ('Ақсу', 0, 'district', 'Aksu District (Almaty Region)', ALR, {'note': 'NI:hay bought there; list sharing "аудандарынан"; Almaty Region before 2022'}),
        ('Көксу', 0, 'district', 'Koksu District', ALR, {'note': 'NI:list sharing "аудандарынан"'}),
        ('Ақсу', 1, 'facility', 'Aksu (river, Jetisu)', N, {'subkind': 'river', 'note': 'NI:list sharing "өзендерінің"; the river, not Aksu district'}),
        ('Қаратал', 1, 'facility', 'Karatal', N, {'subkind': 'river', 'note': 'NI:list sharing "өзендерінің"; the river, not Karatal district'}),
        ('үш облысында', 0, 'quantified', '3 other regions', N, {'count': 3, 'unit': 'region', 'note': 'floods in three other, unnamed regions'}),
     ],
     inc={ALR: (2, 'spring floods in Sarkand and Alakol districts (Lepsy, Koktuma; one natural disaster for the region); fire in a farm hay store in Bastobe, Karatal district')},
     unatt=[{'label': 'үш облысында', 'count': 3, 'note': 'floods registered in three other, unnamed regions in the last week'}]),

dict(id='p018', date='2018-03-27', lang='kk',
     event='2018 lambing season in Otyrar district, South Kazakhstan Region (twelve weeks before the renaming): Shauildir, Koksaray and Talapty rural okrugs, hay from Shieli district (Kyzylorda Region), veterinary laboratory in Arys (no incident)',
     text="""Отырар ауданында төл алу науқаны қызу жүріп жатыр
ШЫМКЕНТ, 27 наурыз (ҚазАқпарат). Оңтүстік Қазақстан облысының Отырар ауданында қой төлдету науқаны басталды. Аудандық ауыл шаруашылығы бөлімінің дерегінше, бүгінге дейін 62 мың қозы алынды. Аудан әкімдігінің мәліметінше, биыл Отырар ауданында 310 мың қой мен ешкі қыстап шықты, бұл былтырғыдан 4 пайызға көп.
Шәуілдір, Көксарай және Талапты ауылдық округтеріндегі шаруалар мал азығының жетіспеуіне шағымданып отыр. Былтырғы құрғақшылықтан кейін шөптің тоннасы 25 мың теңгеге дейін қымбаттаған. Кейбір қожалықтар шөпті көрші Қызылорда облысының Шиелі ауданынан тасып жатыр.
Аудандағы мал дәрігерлері Арыс қаласындағы ветеринарлық зертханаға ай сайын 500-ге жуық сынама жібереді. Облыстық әкімдік биыл Отырар мен Созақ аудандарындағы жайылымдарды суландыру үшін 40 құдық қазуға 300 млн теңге бөлді.""",
     ann=[
        ('Отырар ауданында', 0, 'district', 'Otyrar District', SKR, {'note': 'headline; South Kazakhstan Region before 2018-06-19'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', SKR, {'note': 'dateline; part of South Kazakhstan Region before 2018-06-19'}),
        ('Оңтүстік Қазақстан облысының', 0, 'region', SKR, SKR),
        ('Отырар ауданында', 1, 'district', 'Otyrar District', SKR),
        ('Отырар ауданында', 2, 'district', 'Otyrar District', SKR, {'note': 'NI:livestock count'}),
        ('Шәуілдір', 0, 'village', 'Shauildir', SKR, {'note': 'rural okrug named after its centre village; list sharing "ауылдық округтеріндегі"'}),
        ('Көксарай', 0, 'village', 'Koksaray', SKR, {'note': 'rural okrug; list sharing "ауылдық округтеріндегі"'}),
        ('Талапты', 0, 'village', 'Talapty', SKR, {'note': 'rural okrug; list sharing "ауылдық округтеріндегі"'}),
        ('Қызылорда облысының', 0, 'region', KYR, KYR, {'note': 'NI:origin of hay'}),
        ('Шиелі ауданынан', 0, 'district', 'Shieli District', KYR, {'note': 'NI:origin of hay'}),
        ('Арыс қаласындағы', 0, 'city', 'Arys', SKR, {'note': 'NI:laboratory'}),
        ('Отырар', 3, 'district', 'Otyrar District', SKR, {'note': 'NI:list sharing "аудандарындағы"'}),
        ('Созақ', 0, 'district', 'Sozak District', SKR, {'note': 'NI:list sharing "аудандарындағы"'}),
     ],
     inc={}),

dict(id='p019', date='2025-10-14', lang='kk',
     event='2025 potatoes of Terenkol district (the former Kachiry district, Pavlodar Region) sold in Astana and Karaganda markets; cheap potatoes from Omsk Oblast; farmer\'s post in the Kazakh Latin alphabet (no incident)',
     text="""Тереңкөл ауданының картобы елорда базарларында
ПАВЛОДАР, 14 қазан (Kazinform). Павлодар облысының Тереңкөл ауданындағы шаруалар биыл 120 мың тонна картоп жинап, өнімнің үштен бірін Астана мен Қарағанды базарларына жөнелтті.
Аудан бұрын Қашыр ауданы деп аталған, оның орталығы – бұрынғы Қашыр ауылы, қазіргі Тереңкөл. Ертіс өзенінің жағасындағы суармалы алқаптарда картоп пен көкөніс өсіретін 40-тан астам қожалық бар.
Фермер Асхат Жұмабековтың айтуынша, оның жүк көліктері Астанадағы «Береке» базарына аптасына екі рет қатынайды. Ол Ресейдің Омбы облысынан әкелінетін арзан картоп бағаны түсіріп жатқанына шағымданды. Фермер өз парақшасында былай деп жазды:
«Bızdıñ kartop Tereñköl men Aqqulydan jolğa şyğady, Astanağa deiın 500 şaqyrym. Ombydan kelgen tauar bızden arzan, sondyqtan şaruağa memleket qoldauy kerek».
Облыстық ауыл шаруашылығы басқармасы облыстағы барлық 10 ауданда көкөніс қоймаларын салуға жеңілдетілген несие берілетінін мәлімдеді.""",
     ann=[
        ('Тереңкөл ауданының', 0, 'district', 'Terenkol District', PR, {'note': 'headline'}),
        ('ПАВЛОДАР', 0, 'city', 'Pavlodar', PR, {'note': 'dateline'}),
        ('Павлодар облысының', 0, 'region', PR, PR),
        ('Тереңкөл ауданындағы', 0, 'district', 'Terenkol District', PR),
        ('Астана', 0, 'city', 'Astana', 'Astana', {'note': 'NI:markets'}),
        ('Қарағанды', 0, 'city', 'Karaganda', KR, {'note': 'NI:markets'}),
        ('Қашыр ауданы', 0, 'district', 'Terenkol District', PR, {'note': 'former name (Kachiry district)'}),
        ('Қашыр ауылы', 0, 'village', 'Terenkol', PR, {'note': 'former name of the village (Kachiry)'}),
        ('Тереңкөл', 2, 'village', 'Terenkol', PR, {'note': 'the district centre'}),
        ('Ертіс өзенінің', 0, 'facility', 'Irtysh', N, {'subkind': 'river'}),
        ('Астанадағы', 0, 'city', 'Astana', 'Astana', {'note': 'NI:market'}),
        ('Береке', 0, 'facility', 'Bereke market (Astana)', 'Astana', {'subkind': 'market', 'note': 'NI'}),
        ('Ресейдің', 0, 'foreign', 'Russia', N),
        ('Омбы облысынан', 0, 'foreign', 'Omsk Oblast', N, {'note': 'NI:origin of potatoes'}),
        ('Tereñköl', 0, 'village', 'Terenkol', PR, {'uncertain': True, 'note': 'NI:Kazakh Latin; origin of the lorries; the village or the district'}),
        ('Aqqulydan', 0, 'village', 'Akkuly', PR, {'note': 'NI:Kazakh Latin; origin of the lorries; Akkuly, formerly Lebyazhye'}),
        ('Astanağa', 0, 'city', 'Astana', 'Astana', {'note': 'NI:Kazakh Latin; destination'}),
        ('Ombydan', 0, 'foreign', 'Omsk', N, {'note': 'NI:Kazakh Latin; origin of goods'}),
        ('барлық 10 ауданда', 0, 'quantified', 'all 10 districts', N, {'count': 10, 'unit': 'district', 'quantifier': 'all', 'note': 'credit for vegetable stores; not an incident'}),
     ],
     inc={}),

dict(id='p020', date='2009-02-17', lang='kk',
     event='2009 four men detained for stealing 32 horses from a winter camp near Bekarystan Bi, Kazaly district, to sell in Zhosaly (Kyzylorda Region); Ayteke Bi the former Novokazalinsk; Shalkar in Aktobe Region; theft without violence is not counted (no incident)',
     text="""Қазалы ауданында жылқы ұрлаған топ ұсталды
ҚЫЗЫЛОРДА, 17 ақпан (ҚазАқпарат). Қазалы ауданында қыстаудан 32 жылқы ұрлаған төрт адам ұсталды, деп хабарлады облыстық ішкі істер департаменті.
Полицияның мәліметінше, жылқылар қаңтардың соңында Бекарыстан би ауылының маңындағы қыстаудан айдап әкетілген. Күдіктілер малды Қармақшы ауданы арқылы Жосалы кентіндегі мал базарына апарып сатпақ болған. Олардың екеуі аудан орталығы Әйтеке би кентінің (бұрынғы Новоказалинск) тұрғыны, қалған екеуі көрші Ақтөбе облысының Шалқар қаласынан келген.
Жылқылардың 27-сі иесіне қайтарылды, ұсталғандарға қатысты мал ұрлығы бабы бойынша қылмыстық іс қозғалды. Ұрлық кезінде ешкім зардап шеккен жоқ. Аудандық полиция бөлімінің бастығы қыс айларында мал ұрлығы жиілейтінін айтып, шаруаларды қыстауларды күзетуге шақырды. Былтыр облыста 140-тан астам мал ұрлығы тіркеліп, оның жартысына жуығы Қазалы мен Арал аудандарында болған.""",
     ann=[
        ('Қазалы ауданында', 0, 'district', 'Kazaly District', KYR, {'note': 'headline'}),
        ('ҚЫЗЫЛОРДА', 0, 'city', 'Kyzylorda', KYR, {'note': 'dateline'}),
        ('Қазалы ауданында', 1, 'district', 'Kazaly District', KYR),
        ('Бекарыстан би ауылының', 0, 'village', 'Bekarystan Bi', KYR, {'note': 'village named after a person; theft near it (not counted)'}),
        ('Қармақшы ауданы', 0, 'district', 'Karmakshy District', KYR, {'note': 'NI:route'}),
        ('Жосалы кентіндегі', 0, 'village', 'Zhosaly', KYR, {'note': 'NI:livestock market, intended destination'}),
        ('Әйтеке би кентінің', 0, 'village', 'Ayteke Bi', KYR, {'note': 'NI:residence of suspects'}),
        ('Новоказалинск', 0, 'village', 'Ayteke Bi', KYR, {'note': 'NI:Soviet name of Ayteke Bi'}),
        ('Ақтөбе облысының', 0, 'region', AR, AR, {'note': 'NI:origin of suspects'}),
        ('Қазалы', 2, 'district', 'Kazaly District', KYR, {'note': 'NI:thefts last year (not counted); list sharing "аудандарында"'}),
        ('Арал', 0, 'district', 'Aral District', KYR, {'note': 'NI:list sharing "аудандарында"'}),
        ('Шалқар қаласынан', 0, 'city', 'Shalkar', AR, {'note': 'NI:origin of suspects'}),
     ],
     inc={}),

dict(id='p021', date='2023-05-16', lang='kk',
     event='2023 wolves kill 25 sheep near Kyzylagash, Aksu district (Jetisu Region), and a brawl between beekeepers from Koksu district and resellers at the Kok Bazar in Almaly district of Almaty (Almaty); beekeeper\'s post in the Kazakh Latin alphabet; the «Жетісу» stadium in Taldykorgan',
     text="""Жетісу фермерлері: қасқыр мен делдал
ТАЛДЫҚОРҒАН, 16 мамыр (ҚазАқпарат). Жетісу облысының Ақсу ауданында қасқырлар Қызылағаш ауылының маңындағы жайылымда 25 қойды жарып кетті. Бұл туралы аудан әкімдігі хабарлады. Шопан түнде малды қораға қамап үлгермеген, қасқырлар отарға таң алдында шабуыл жасаған. Қожалық иесінің айтуынша, шығын 3 миллион теңгеден асады. Аудандық ветеринарлық станцияның мамандары оқиға орнына барып, өлген малды есепке алды және қалған қойларды құтырма ауруына тексерді.
Аудандық аңшылар қоғамы Қапал, Арасан және Қызылағаш ауылдық округтерінде қасқыр атуға рұқсат алды. Биыл көктемде Ақсу, Сарқан және Көксу аудандарында қасқыр шабуылы жиілеген, бірақ облыстық инспекция нақты дерек келтірмеді.
Облыстық ветеринария басқармасының мәліметінше, биыл Жетісу облысының жайлауларына 1,2 миллион қой мен ешкі шығарылады. Малшылар Жоңғар Алатауының етегіндегі жайылымдарға маусымның басында көше бастайды. Аңшылардың айтуынша, қасқырлардың көбі Қытаймен шекарадағы таулы өңірден келеді, сондықтан шекара маңындағы Панфилов ауданының шопандары да сақ болуы керек.
Сонымен бірге Көксу ауданының омарташылары Алматыдағы базарда делдалдармен төбелесіп қалды. Полицияның айтуынша, сенбі күні таңертең Алматы қаласының Алмалы ауданындағы «Көк базар» сауда орнында бал сататын орын үшін дау туып, екі топ жұдырықтасқан. Үш адам жеңіл жарақат алып, бес адам ұсталды.
Омарташылардың бірі, Балпық би кентінің тұрғыны, өз парақшасында былай деп жазды:
«Biz baldy Köksu men Eskeldı audandarynan Almatyğa aparamyz. Bazarda orynnyñ bağasy kündız 5 myñ teñge, al deldaldar bızdı qualap şyğady».
Облыс әкімдігі жергілікті фермерлерге Талдықорғанда жаңа ауыл шаруашылығы жәрмеңкесін ашуды ұсынды. Жәрмеңке жұма сайын облыс орталығындағы «Жетісу» стадионының жанындағы алаңда өтеді. Оған Алакөл және Панфилов аудандарының шаруалары да қатысады деп күтілуде. Ұйымдастырушылар сауда орны үшін ақы алынбайтынын айтты.""",
     ann=[
        ('Жетісу', 0, 'region', JTR, JTR, {'note': 'headline; "Jetisu farmers", region used as a modifier'}),
        ('ТАЛДЫҚОРҒАН', 0, 'city', 'Taldykorgan', JTR, {'note': 'dateline'}),
        ('Жетісу облысының', 0, 'region', JTR, JTR),
        ('Ақсу ауданында', 0, 'district', 'Aksu District (Jetisu Region)', JTR),
        ('Қызылағаш ауылының', 0, 'village', 'Kyzylagash (Aksu District)', JTR),
        ('Қапал', 0, 'village', 'Kapal', JTR, {'note': 'NI:rural okrug named after its centre; list sharing "ауылдық округтерінде"'}),
        ('Арасан', 0, 'village', 'Arasan (Aksu District)', JTR, {'note': 'NI:rural okrug; list'}),
        ('Қызылағаш', 1, 'village', 'Kyzylagash (Aksu District)', JTR, {'note': 'NI:rural okrug; list'}),
        ('Ақсу', 1, 'district', 'Aksu District (Jetisu Region)', JTR, {'note': 'NI:more frequent attacks, no count; list sharing "аудандарында"'}),
        ('Сарқан', 0, 'district', 'Sarkand District', JTR, {'note': 'NI:list sharing "аудандарында"'}),
        ('Көксу', 0, 'district', 'Koksu District', JTR, {'note': 'NI:list sharing "аудандарында"'}),
        ('Жетісу облысының', 1, 'region', JTR, JTR, {'note': 'NI:summer pastures'}),
        ('Жоңғар Алатауының', 0, 'facility', 'Dzungarian Alatau', N, {'subkind': 'mountains', 'note': 'NI'}),
        ('Қытаймен', 0, 'foreign', 'China', N, {'note': 'NI'}),
        ('Панфилов ауданының', 0, 'district', 'Panfilov District', JTR, {'note': 'NI:warning to shepherds'}),
        ('Көксу ауданының', 0, 'district', 'Koksu District', JTR, {'note': 'NI:origin of the beekeepers'}),
        ('Алматыдағы', 0, 'city', 'Almaty', 'Almaty'),
        ('Алматы қаласының', 0, 'city', 'Almaty', 'Almaty'),
        ('Алмалы ауданындағы', 0, 'district', 'Almaly District (Almaty)', 'Almaty', {'subkind': 'city district'}),
        ('Көк базар', 0, 'facility', 'Kok Bazar (Almaty)', 'Almaty', {'subkind': 'market'}),
        ('Балпық би кентінің', 0, 'village', 'Balpyk Bi', JTR, {'note': 'NI:residence of a beekeeper'}),
        ('Köksu', 0, 'district', 'Koksu District', JTR, {'note': 'NI:Kazakh Latin; list sharing "audandarynan"'}),
        ('Eskeldı', 0, 'district', 'Eskeldi District', JTR, {'note': 'NI:Kazakh Latin; list sharing "audandarynan"'}),
        ('Almatyğa', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:Kazakh Latin; destination of honey'}),
        ('Талдықорғанда', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:planned fair'}),
        ('Жетісу', 3, 'facility', 'Zhetysu Stadium (Taldykorgan)', JTR, {'subkind': 'stadium', 'note': 'NI:name in quotation marks'}),
        ('Алакөл', 0, 'district', 'Alakol District', JTR, {'note': 'NI:list sharing "аудандарының"'}),
        ('Панфилов', 1, 'district', 'Panfilov District', JTR, {'note': 'NI:list sharing "аудандарының"'}),
     ],
     inc={JTR: (1, 'wolf attack on a flock near Kyzylagash, Aksu district, 25 sheep killed; "more frequent attacks" in three districts have no count and are not counted'),
          'Almaty': (1, 'brawl between beekeepers and resellers at the Kok Bazar, Almaly district, three hurt and five detained')}),

dict(id='p022', date='1992-03-24', lang='kk',
     event='1992 Lenin state farm in Panfilov district of Taldy-Kurgan Region (Almaty Region land) reorganised as the collective farm «Үлкеншыған»; Zharkent the former Panfilov; the farms named after Lenin and after the village are not places (no incident)',
     text="""Ленин атындағы кеңшар енді «Үлкеншыған» деп аталады
ТАЛДЫҚОРҒАН, 24 наурыз (ҚазТАГ). Талдықорған облысының Панфилов ауданындағы Ленин атындағы кеңшар ұжымдық шаруашылық болып қайта құрылып, «Үлкеншыған» деген атау алды. Шаруашылықтың орталығы – Үлкеншыған ауылы.
Кеңшарда 1200 адам жұмыс істейді, 40 мың қой мен 3 мың жылқы бар. Директор Мұрат Исабековтың айтуынша, жаңа шаруашылық мүшелері жерді үлестерге бөлуді күзге дейін аяқтайды. Қой жүні бұрынғыдай Алматыдағы жүн фабрикасына тапсырылады, ал ет өткен жылға дейін Панфилов деп аталған Жаркент қаласындағы комбинатқа жеткізіледі. Шаруашылық келешекте өнімнің бір бөлігін Қытаймен шекарадағы Қорғас арқылы сатуды көздеп отыр.
Облыс бойынша биыл 30-дан астам кеңшар мен ұжымшар атауын өзгертті. Аудандағы бірнеше ауылда Кеңес заманындағы атаулар әлі сақталған, оларды ауыстыру жөніндегі ұсыныстарды аудандық кеңес мамыр айында қарайды.""",
     ann=[
        ('ТАЛДЫҚОРҒАН', 0, 'city', 'Taldykorgan', ALR, {'note': 'dateline; centre of Taldy-Kurgan Region in 1992, Almaty Region land'}),
        ('Талдықорған облысының', 0, 'region', ALR, ALR, {'uncertain': True, 'note': 'Taldy-Kurgan Region, abolished in 1997; its land is labelled with the unit that took it (Almaty Region)'}),
        ('Панфилов ауданындағы', 0, 'district', 'Panfilov District', ALR),
        ('Үлкеншыған ауылы', 0, 'village', 'Ulkenshygan', ALR, {'note': 'centre of the farm; the farm «Үлкеншыған» itself is an organisation'}),
        ('Алматыдағы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:wool factory'}),
        ('Панфилов', 1, 'city', 'Zharkent', ALR, {'note': 'NI:Soviet name of Zharkent'}),
        ('Жаркент қаласындағы', 0, 'city', 'Zharkent', ALR, {'note': 'NI:meat plant'}),
        ('Қытаймен', 0, 'foreign', 'China', N, {'note': 'NI'}),
        ('Қорғас', 0, 'village', 'Khorgos', ALR, {'note': 'NI:planned trade route; the Kazakh village on the border'}),
        ('бірнеше ауылда', 0, 'quantified', 'several villages', N, {'count': None, 'unit': 'village', 'note': 'villages keeping Soviet names; not an incident'}),
     ],
     inc={}),

dict(id='p023', date='2019-08-06', lang='kk',
     event='2019 brawl between farmers from Turkistan Region (Lenger, Tolebi and Kazygurt districts) and resellers at the «Ақсу» vegetable market in Abai district of Shymkent, 12 detained (Shymkent as its own unit since 2018); the market named Aksu is not the river or the town',
     text="""Шымкенттегі базарда фермерлер мен делдалдар төбелесті
ШЫМКЕНТ, 6 тамыз (ҚазТАГ). Шымкент қаласының Абай ауданындағы «Ақсу» көкөніс базарында Түркістан облысынан келген фермерлер мен жергілікті делдалдар арасында төбелес болды. Полиция 12 адамды ұстады, төрт адам жарақат алып, ауруханаға жеткізілді.
Куәгерлердің айтуынша, Төлеби ауданының Леңгір қаласы мен Қазығұрт ауданынан қызанақ пен қияр әкелген шаруалар көліктерін базар қақпасының алдына қоймақ болған. Делдалдар оларды базардың ішіне кіргізбеген. Төбелес кезінде екі дүңгіршектің әйнегі сынған, оқиға бойынша бұзақылық бабымен қылмыстық іс қозғалды.
2018 жылдың маусымында Шымкент республикалық маңызы бар қала болып, облыстан бөлінгеннен бері көрші аудандардың фермерлері қалаға тауар әкелген сайын қосымша ақы төлейтінін айтады. Қала әкімдігі фермерлерге Сайрам ауданымен шекарада жаңа көтерме базар салуды уәде етті.""",
     ann=[
        ('Шымкенттегі', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'headline'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'dateline'}),
        ('Шымкент қаласының', 0, 'city', 'Shymkent', 'Shymkent'),
        ('Абай ауданындағы', 0, 'district', 'Abai District (Shymkent)', 'Shymkent', {'subkind': 'city district', 'note': 'district of Shymkent, not Abai Region or the Abai districts of other regions'}),
        ('Ақсу', 0, 'facility', 'Aksu market (Shymkent)', 'Shymkent', {'subkind': 'market', 'note': 'name in quotation marks'}),
        ('Түркістан облысынан', 0, 'region', TR, TR, {'note': 'NI:origin of farmers'}),
        ('Төлеби ауданының', 0, 'district', 'Tolebi District', TR, {'note': 'NI:origin'}),
        ('Леңгір қаласы', 0, 'city', 'Lenger', TR, {'note': 'NI:origin'}),
        ('Қазығұрт ауданынан', 0, 'district', 'Kazygurt District', TR, {'note': 'NI:origin'}),
        ('Шымкент', 1, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:status of the city since June 2018'}),
        ('Сайрам ауданымен', 0, 'district', 'Sairam District', TR, {'note': 'NI:reference point for a planned market'}),
     ],
     inc={'Shymkent': (1, 'brawl between farmers and resellers at the «Ақсу» market in Abai district, 12 detained and four hurt')}),

dict(id='p024', date='2006-07-25', lang='kk',
     event='2006 steppe fire near Kaskabulak and a brawl over pastures between herders of Sarzhal and of Karkaraly district (Karaganda Region) at the foot of the Shyngystau, Abai district (East Kazakhstan Region before the 2022 split); Semey Region named as abolished; Zhidebai',
     text="""Абай ауданында дала өрті мен жайылым дауы
СЕМЕЙ, 25 шілде (ҚазАқпарат). Шығыс Қазақстан облысының Абай ауданында дала өрті 3 мың гектар жайылымды шарпыды. Облыстық төтенше жағдайлар департаментінің мәліметінше, өрт сенбі күні Қасқабұлақ ауылының маңында найзағайдан басталып, екі тәулікке созылды. Қарауылдан және Семейден келген өрт сөндірушілер мен жергілікті тұрғындар 40 тонна шөпті аман алып қалды. Биыл аудан шаруалары 25 мың тонна шөп дайындауды жоспарлаған еді, бірақ құрғақшылық пен өрттің кесірінен жоспар орындалмауы мүмкін. Аудандық әкімдік шаруаларға көрші аудандардан шөп сатып алуға көмектесетінін айтты.
Сонымен бірге аудандағы Сарыжал ауылының шопандары мен көрші Қарағанды облысының Қарқаралы ауданынан келген малшылар арасында жайылым үшін төбелес болды. Аудандық ішкі істер бөлімінің хабарлауынша, дүйсенбі күні Шыңғыстау тауларының етегіндегі жайлауда болған төбелесте алты адам жарақат алды, үш адам ұсталды.
Жергілікті тұрғындардың айтуынша, Қарқаралы жақтан келетін малшылар жыл сайын жазда шекаралас жайылымдарға мал айдайды, бірақ биыл құрғақшылыққа байланысты шөп аз болғандықтан дау ушыққан. Аудан әкімі екі облыстың жер комиссиялары шекараны нақтылауы керек екенін айтты. Оның айтуынша, жайылым шекарасы соңғы рет 1970 жылдары сызылған, содан бері көптеген қыстау мен құдық иесіз қалған.
Абай ауданы бұрын Семей облысына қарасты болған, 1997 жылы облыс таратылғаннан кейін Шығыс Қазақстан облысына қосылды. Ауданда 18 мыңға жуық адам тұрады, олардың басым бөлігі мал шаруашылығымен айналысады. Ақын Абай Құнанбайұлы туған Жидебай қонысы да осы ауданда орналасқан. Аудан орталығы Қарауыл ауылында жаңа мал дәрігерлік пункт пен тері-жүн қабылдайтын орын ашылды. Аудан шаруалары жүн мен етті негізінен Семей базарларына апарады, ал кейбіреулері 300 шақырымнан астам жол жүріп, Павлодар облысына дейін барады.""",
     ann=[
        ('Абай ауданында', 0, 'district', 'Abai District (Abai Region)', EKR, {'note': 'headline; East Kazakhstan Region before 2022-06-08'}),
        ('СЕМЕЙ', 0, 'city', 'Semey', EKR, {'note': 'dateline; East Kazakhstan Region before 2022-06-08'}),
        ('Шығыс Қазақстан облысының', 0, 'region', EKR, EKR),
        ('Абай ауданында', 1, 'district', 'Abai District (Abai Region)', EKR),
        ('Қасқабұлақ ауылының', 0, 'village', 'Kaskabulak', EKR),
        ('Қарауылдан', 0, 'village', 'Karaul', EKR, {'note': 'NI:origin of firefighters; district centre'}),
        ('Семейден', 0, 'city', 'Semey', EKR, {'note': 'NI:origin of firefighters'}),
        ('Сарыжал ауылының', 0, 'village', 'Sarzhal', EKR, {'note': 'NI:home of shepherds'}),
        ('Қарағанды облысының', 0, 'region', KR, KR, {'note': 'NI:origin of herders'}),
        ('Қарқаралы ауданынан', 0, 'district', 'Karkaraly District', KR, {'note': 'NI:origin of herders'}),
        ('Шыңғыстау тауларының', 0, 'facility', 'Shyngystau', N, {'subkind': 'mountains', 'note': 'site of the brawl, in Abai district'}),
        ('Қарқаралы', 1, 'district', 'Karkaraly District', KR, {'note': 'NI:"Қарқаралы жақтан", origin of herders'}),
        ('екі облыстың', 0, 'quantified', '2 regions', N, {'count': 2, 'unit': 'region', 'note': 'land commissions of the two regions; not an incident'}),
        ('Абай ауданы', 0, 'district', 'Abai District (Abai Region)', EKR, {'note': 'NI'}),
        ('Семей облысына', 0, 'region', EKR, EKR, {'uncertain': True, 'note': 'NI:Semipalatinsk (Semey) Region, abolished in 1997; its land was in East Kazakhstan Region on the article date'}),
        ('Шығыс Қазақстан облысына', 0, 'region', EKR, EKR, {'note': 'NI'}),
        ('Жидебай', 0, 'village', 'Zhidebai', EKR, {'note': 'NI:birthplace of the poet'}),
        ('Семей', 1, 'city', 'Semey', EKR, {'note': 'NI:markets'}),
        ('Павлодар облысына', 0, 'region', PR, PR, {'note': 'NI:markets'}),
        ('Қарауыл ауылында', 0, 'village', 'Karaul', EKR, {'note': 'NI:new veterinary post'}),
     ],
     inc={EKR: (2, 'steppe fire near Kaskabulak (3,000 ha); brawl over pastures at the foot of the Shyngystau, six hurt and three detained')}),
]
