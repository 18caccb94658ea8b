"""Kazakh texts of the twenty-fifth unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
JR, ALR, KYR, TR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'Turkistan Region', 'South Kazakhstan Region'
ABR, JTR, EKR, MR, KOR = 'Abai Region', 'Jetisu Region', 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR, UR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region', 'Ulytau Region'
ATR, AR, WKR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region'

DOCS = [
dict(id='p017', date='2024-04-12', lang='kk',
     event='2024 Yesil flood: 300 homes flooded in Yakor, Pribrezhnoye and Baiterek, Kyzylzhar district (North Kazakhstan Region), dyke strengthened at Yavlenka (Esil district of North Kazakhstan); 45 houses flooded in the town of Esil (Akmola Region); rescuers from Turkistan and Jambyl regions; the river flows on to Tyumen oblast',
     text="""Есіл арнасынан асты: Петропавл маңындағы ауылдарды су басты
ПЕТРОПАВЛ, 12 сәуір. ҚазАқпарат – Солтүстік Қазақстан облысында Есіл өзенінің деңгейі бір тәулікте 80 сантиметрге көтеріліп, Қызылжар ауданындағы Якорь, Прибрежное және Байтерек ауылдарында 300-ден астам үйді су басты, деп хабарлады облыстық төтенше жағдайлар департаменті.
Ауыл тұрғындарының 1500-ге жуығы Петропавлдағы мектептер мен спорт кешендеріне көшірілді. Ауылдарды облыс орталығымен байланыстыратын жолдың екі учаскесін су шайып кетті, азық-түлік пен ауыз су қайықпен жеткізіліп жатыр. Су басқан аулалардан 600-ден астам мал биік жерге айдалды.
Облыстың Есіл ауданындағы Явленка ауылында құтқарушылар мен жергілікті тұрғындар бөгетті құм толтырылған қаптармен нығайтып жатыр, әзірге үйлерге су кірген жоқ.
Көрші Ақмола облысының Есіл қаласында 45 үйді су басты. Мұнда Түркістан және Жамбыл облыстарынан келген 200 құтқарушы мен әскери қызметшілер жұмыс істеп жатыр. Қала әкімдігінің мәліметінше, су басқан үйлердің тұрғындары туыстарының үйіне және жатақханаларға орналастырылды.
Гидрологтардың болжауынша, Есілдің ең жоғары деңгейі Петропавлға келесі аптаның соңында жетеді. Өзен әрі қарай Ресейдің Түмен облысына ағады, сондықтан екі елдің мамандары деректерді күн сайын алмасып отыр.
Төтенше жағдайлар министрі Астанадан ұшып келіп, Қызылжар ауданындағы бөгеттерді аралады. «Су тасқыны биыл 10 өңірге қауіп төндіріп отыр, бірақ ең қиын жағдай – солтүстікте», – деді министр. Ол зардап шеккен отбасыларға бір айлық жалақы мөлшерінде біржолғы көмек төленетінін айтты. Ауыл шаруашылығы министрлігі су басқан аймақтардағы фермерлерге жем-шөп жеткізуді ұйымдастырды. Еріктілер тұрғындарға азық-түлік пен киім-кешек жинап жатыр. Су басқан үйлердің зақымын бағалау үшін арнайы комиссия құрылды.
Облыс әкімдігі Петропавлда су деңгейі көтерілген жағдайда қаланың төменгі бөлігіндегі 12 көшенің тұрғындарын алдын ала көшіруге дайын екенін хабарлады. Қалада жедел штаб тәулік бойы жұмыс істейді.""",
     ann=[
        ('Есіл', 0, 'facility', 'Yesil River', N, {'subkind': 'river', 'note': 'headline'}),
        ('Петропавл', 0, 'city', 'Petropavl', NKR, {'note': 'NI:headline; reference point ("маңындағы")'}),
        ('ПЕТРОПАВЛ', 0, 'city', 'Petropavl', NKR, {'note': 'dateline'}),
        ('Солтүстік Қазақстан облысында', 0, 'region', NKR, NKR),
        ('Есіл өзенінің', 0, 'facility', 'Yesil River', N, {'subkind': 'river'}),
        ('Қызылжар ауданындағы', 0, 'district', 'Kyzylzhar District', NKR),
        ('Якорь', 0, 'village', 'Yakor', NKR, {'note': 'in a list sharing "ауылдарында"'}),
        ('Прибрежное', 0, 'village', 'Pribrezhnoye', NKR, {'note': 'in a list sharing "ауылдарында"'}),
        ('Байтерек', 0, 'village', 'Baiterek (Kyzylzhar District)', NKR, {'note': 'in a list sharing "ауылдарында"'}),
        ('Петропавлдағы', 0, 'city', 'Petropavl', NKR, {'note': 'NI:shelter of evacuees'}),
        ('Есіл ауданындағы', 0, 'district', 'Esil District (North Kazakhstan Region)', NKR, {'note': 'NI:dyke strengthened, no houses flooded; Esil district of North Kazakhstan Region, not the town of Esil in Akmola Region'}),
        ('Явленка', 0, 'village', 'Yavlenka', NKR, {'note': 'NI:dyke strengthened, no houses flooded'}),
        ('Ақмола облысының', 0, 'region', AKR, AKR),
        ('Есіл қаласында', 0, 'city', 'Esil', AKR, {'note': 'the town of Esil in Akmola Region'}),
        ('Түркістан', 0, 'region', TR, TR, {'note': 'NI:in a list sharing "облыстарынан"; origin of rescuers'}),
        ('Жамбыл', 0, 'region', JR, JR, {'note': 'NI:in a list sharing "облыстарынан"; origin of rescuers'}),
        ('Есілдің', 0, 'facility', 'Yesil River', N, {'subkind': 'river'}),
        ('Петропавлға', 0, 'city', 'Petropavl', NKR, {'note': 'NI:forecast peak'}),
        ('Ресейдің', 0, 'foreign', 'Russia', N),
        ('Түмен облысына', 0, 'foreign', 'Tyumen Oblast', N, {'note': 'NI:downstream destination of the river'}),
        ('Астанадан', 0, 'city', 'Astana', 'Astana', {'note': "NI:origin of the minister's flight"}),
        ('Қызылжар ауданындағы', 1, 'district', 'Kyzylzhar District', NKR, {'note': 'NI:inspection of the dykes'}),
        ('10 өңірге', 0, 'quantified', '10 regions', N, {'count': 10, 'unit': 'region', 'note': 'flood threat; not about incidents'}),
        ('Петропавлда', 0, 'city', 'Petropavl', NKR, {'note': 'NI:possible evacuation, a measure'}),
     ],
     inc={NKR: (1, 'flood in Kyzylzhar district: more than 300 homes in Yakor, Pribrezhnoye and Baiterek, road washed out'),
          AKR: (1, 'flood in the town of Esil: 45 houses')}),

dict(id='p018', date='2019-05-14', lang='kk',
     event='2019 false bomb message delaying a Moscow flight at Nur-Sultan airport (Astana) seven weeks after the renaming; sender from Temirtau (Karaganda Region) detained (no incident)',
     text="""Нұр-Сұлтан әуежайында жалған қауіп: рейс үш сағатқа кешікті
НҰР-СҰЛТАН, 14 мамыр. Kazinform – Нұр-Сұлтан халықаралық әуежайынан Мәскеуге ұшуы тиіс рейс бортта жарылғыш құрылғы бар деген жалған хабарламадан кейін үш сағатқа кешікті, деп хабарлады қала полиция департаменті.
Ұшаққа отырған 140 жолаушы мен олардың жүгі қайта тексерілді, жарылғыш зат табылған жоқ. Хабарламаны электрондық пошта арқылы Қарағанды облысының Теміртау қаласының 19 жастағы тұрғыны жіберген, ол сол күні ұсталды.
Бұл – осы айда әуежайға түскен екінші жалған хабарлама. Наурыз айында елорданың атауы өзгергеннен кейін әуежай да Нұрсұлтан Назарбаев есімімен аталады. Полиция өкілі жалған хабарлама үшін бес жылға дейін бас бостандығынан айыру жазасы қарастырылғанын еске салды. Алматыдан және Шымкенттен келген рейстер кестеге сай қонды. Әуежай әкімшілігі жолаушылардан кешірім сұрады.""",
     ann=[
        ('Нұр-Сұлтан әуежайында', 0, 'facility', 'Nur-Sultan International Airport', 'Astana', {'subkind': 'airport', 'note': 'NI:headline; false alarm, no incident'}),
        ('НҰР-СҰЛТАН', 0, 'city', 'Astana', 'Astana', {'note': 'dateline; the capital named Nur-Sultan in 2019'}),
        ('Нұр-Сұлтан халықаралық әуежайынан', 0, 'facility', 'Nur-Sultan International Airport', 'Astana', {'subkind': 'airport', 'note': 'NI:false alarm, no incident'}),
        ('Мәскеуге', 0, 'foreign', 'Moscow', N, {'note': 'NI:flight destination'}),
        ('Қарағанды облысының', 0, 'region', KR, KR, {'note': 'NI:residence of the sender'}),
        ('Теміртау қаласының', 0, 'city', 'Temirtau', KR, {'note': 'NI:residence of the sender'}),
        ('Алматыдан', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of flights'}),
        ('Шымкенттен', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:origin of flights'}),
     ],
     inc={}),

dict(id='p019', date='1995-09-12', lang='kk',
     event='1995 fire and exploding shells at an army ammunition depot near Ayagoz, Semipalatinsk Region (abolished 1997: East Kazakhstan Region land), fragments damaging Mamyrsu; two soldiers in hospital in Semey; teams from Almaty',
     text="""Аягөз маңындағы әскери қоймада өрт: снарядтар түні бойы жарылды
СЕМЕЙ, 12 қыркүйек. ҚазАқпарат – Семей облысының Аягөз қаласы маңындағы әскери бөлімнің оқ-дәрі қоймасында дүйсенбі күні өрт шығып, снарядтар түні бойы жарылды, деп хабарлады облыстық төтенше жағдайлар басқармасы.
Қоймадан ұшқан сынықтар 8 шақырым жердегі Мамырсу ауылындағы бірнеше үйдің шатырын тесті. Ауылдың 600 тұрғыны автобустармен Аягөзге көшірілді. Қаза тапқандар жоқ, екі сарбаз жарақат алып, Семейдегі әскери госпитальға жеткізілді.
Өртті сөндіруге облыс орталығынан және Алматыдан арнайы топтар жіберілді. Алматы – Семей темір жолы бойынша пойыздар қозғалысы алты сағатқа тоқтатылды. Қорғаныс министрлігінің мәліметінше, қоймадағы снарядтардың көбі 1970 жылдары әкелінген, оларды жою жоспарланған еді. Оқиға себебін анықтау үшін Қорғаныс министрлігінің комиссиясы құрылды, әскери бөлім командирі қызметінен уақытша шеттетілді. Тұрғындар сейсенбі күні кешке үйлеріне оралды.""",
     ann=[
        ('Аягөз', 0, 'city', 'Ayagoz', EKR, {'note': 'headline; Semipalatinsk Region in 1995, East Kazakhstan Region land'}),
        ('СЕМЕЙ', 0, 'city', 'Semey', EKR, {'note': 'dateline; East Kazakhstan Region land in 1995'}),
        ('Семей облысының', 0, 'region', EKR, EKR, {'uncertain': True, 'note': 'Semipalatinsk Region, abolished in 1997; its land is East Kazakhstan Region in the canonical set for 1995'}),
        ('Аягөз қаласы', 0, 'city', 'Ayagoz', EKR),
        ('Мамырсу ауылындағы', 0, 'village', 'Mamyrsu', EKR, {'note': 'roofs damaged by fragments; part of the one depot fire'}),
        ('Аягөзге', 0, 'city', 'Ayagoz', EKR, {'note': 'NI:shelter of evacuees'}),
        ('Семейдегі', 0, 'city', 'Semey', EKR, {'note': 'NI:hospital town'}),
        ('Алматыдан', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of firefighting teams'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:railway endpoint'}),
        ('Семей', 1, 'city', 'Semey', EKR, {'note': 'NI:railway endpoint'}),
     ],
     inc={EKR: (1, 'fire and exploding shells at the ammunition depot near Ayagoz (fragments on Mamyrsu are part of it)')}),

dict(id='p020', date='2022-11-15', lang='kk',
     event='2022 conscript shooting a comrade at a border outpost near Dostyk station, Alakol district, and an avalanche killing a hunter in the Koksu gorge 15 km from Tekeli (Jetisu Region, five months after its creation from Almaty Region); Alashankou in China',
     text="""Шекара заставасында сарбаз әріптесін атып жаралады
ТАЛДЫҚОРҒАН, 15 қараша. ҚазТАГ – Жетісу облысы Алакөл ауданындағы Достық станциясы маңындағы шекара заставасында дүйсенбі түні мерзімді қызметтегі сарбаз әріптесін автоматтан атып жаралады, деп хабарлады ҰҚК Шекара қызметінің өңірлік басқармасы.
Ведомство мәліметінше, екі сарбаздың арасында түнгі кезекшілік кезінде жанжал шыққан. Жараланған жігіт тікұшақпен Үшаралдағы аудандық ауруханаға, кейін Талдықорғандағы облыстық ауруханаға жеткізілді, оның жағдайы ауыр. Атқан сарбаз қаруын тапсырып, ұсталды. Шекара қызметі жанжалдың себептерін анықтау үшін ішкі тексеру бастады, заставаның командирі қызметінен уақытша шеттетілді. Екеуі де Түркістан облысының тумалары, әскерге көктемде шақырылған.
Достық – Қытаймен шекарадағы ірі темір жол өткізу пункті, қарсы бетте Алашаңкоу қаласы орналасқан. Оқиғаға байланысты өткізу пункті жұмысын тоқтатқан жоқ. Әскери прокуратура қылмыстық іс қозғады, тергеу амалдары жүргізілуде.
Сенбі күні облыста тағы бір қайғылы оқиға болды. Текелі қаласынан 15 шақырым жердегі Көксу шатқалында қар көшкіні екі аңшыны басып қалды. Олардың бірі қаза тапты, екіншісін Талдықорған мен Алматыдан келген құтқарушылар алты сағаттан кейін қардың астынан тірідей шығарды. Аңшылар тауға рұқсатсыз көтерілген, олар арқар іздеп жүрген болуы мүмкін. Қаза тапқан аңшы 45 жаста, ол төрт баланың әкесі еді. Облыс әкімі оның отбасына көмек көрсетуді тапсырды. Құтқарушылар тауға жаяу көтерілуге мәжбүр болды, өйткені жолды қалың қар басып қалған.
Облыстық төтенше жағдайлар департаменті тұрғындарды таудағы қауіпті аймақтарға бармауға шақырды. Құтқарушылар таудағы демалыс орындарын аралап, туристерге ескерту таратты. Синоптиктердің болжауынша, алдағы күндері Жетісу Алатауында қар көшкіні қаупі сақталады.
Жетісу облысы биыл маусымда Алматы облысынан бөлініп құрылды, оның орталығы – Талдықорған. Жаңа облыстың шекара бөлімдері бұрынғыдай «Шығыс» өңірлік басқармасына бағынады.""",
     ann=[
        ('ТАЛДЫҚОРҒАН', 0, 'city', 'Taldykorgan', JTR, {'note': 'dateline'}),
        ('Жетісу облысы', 0, 'region', JTR, JTR),
        ('Алакөл ауданындағы', 0, 'district', 'Alakol District', JTR),
        ('Достық станциясы', 0, 'facility', 'Dostyk railway station', JTR, {'subkind': 'railway station', 'note': 'the outpost is near the station'}),
        ('Үшаралдағы', 0, 'city', 'Usharal', JTR, {'note': 'NI:hospital town'}),
        ('Талдықорғандағы', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:hospital town'}),
        ('Түркістан облысының', 0, 'region', TR, TR, {'note': 'NI:birthplace of the soldiers'}),
        ('Достық', 1, 'village', 'Dostyk', JTR, {'note': 'NI:the crossing station; reference'}),
        ('Қытаймен', 0, 'foreign', 'China', N),
        ('Алашаңкоу қаласы', 0, 'foreign', 'Alashankou', N, {'note': 'NI:across the border'}),
        ('Текелі қаласынан', 0, 'city', 'Tekeli', JTR, {'note': 'NI:reference point'}),
        ('Көксу шатқалында', 0, 'facility', 'Koksu gorge', N, {'subkind': 'valley', 'note': 'avalanche site, in Jetisu Region'}),
        ('Талдықорған', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:origin of rescuers'}),
        ('Алматыдан', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of rescuers'}),
        ('Жетісу Алатауында', 0, 'facility', 'Jetisu Alatau', N, {'subkind': 'mountain range', 'note': 'avalanche warning only'}),
        ('Жетісу облысы', 1, 'region', JTR, JTR),
        ('Алматы облысынан', 0, 'region', ALR, ALR, {'note': 'NI:former unit'}),
        ('Талдықорған', 1, 'city', 'Taldykorgan', JTR, {'note': 'NI:regional seat'}),
     ],
     inc={JTR: (2, 'shooting at the border outpost near Dostyk station, Alakol district, and the avalanche in the Koksu gorge near Tekeli, one dead')}),

dict(id='p021', date='2023-06-20', lang='kk',
     event='2023 rock fall killing a worker at a Kazakhmys underground mine near Zhezkazgan (Ulytau Region, formerly Karaganda Region); injured in Satpayev; rescuers from Karaganda',
     text="""Жезқазғандағы кеніште тау жынысы опырылып, жұмысшы қаза тапты
ЖЕЗҚАЗҒАН, 20 маусым. ҚазАқпарат – Ұлытау облысындағы Жезқазған қаласының маңындағы «Қазақмыс» корпорациясына тиесілі жерасты кенішінде дүйсенбі күні түнгі ауысым кезінде тау жынысы опырылып, бір жұмысшы қаза тапты, екеуі жарақат алды, деп хабарлады облыстық төтенше жағдайлар департаменті.
Оқиға 420 метр тереңдікте болған. Жараланғандар Сәтбаев қаласының көпсалалы ауруханасына жеткізілді, олардың жағдайы орташа. Кен құтқарушыларына көмекке Қарағанды қаласынан әскерилендірілген бөлім келді.
Өткен жылы Қарағанды облысынан бөлініп құрылған Ұлытау облысында бұл – биылғы үшінші өлім-жітімге әкелген оқиға. Облыс әкімі кеніштердегі қауіпсіздік ережелерінің сақталуын тексеруді тапсырды. Компания қаза тапқан жұмысшының отбасына көмек көрсететінін мәлімдеді. Тергеушілер кеніштегі бекіту құрылғыларының жай-күйін тексеріп жатыр. Қаза тапқан жұмысшы 34 жаста, ол кеніште сегіз жыл істеген. Кеніштегі жұмыс уақытша тоқтатылды.""",
     ann=[
        ('Жезқазғандағы', 0, 'city', 'Zhezkazgan', UR, {'note': 'headline'}),
        ('ЖЕЗҚАЗҒАН', 0, 'city', 'Zhezkazgan', UR, {'note': 'dateline'}),
        ('Ұлытау облысындағы', 0, 'region', UR, UR),
        ('Жезқазған қаласының', 0, 'city', 'Zhezkazgan', UR, {'note': 'the mine is near the city'}),
        ('Сәтбаев қаласының', 0, 'city', 'Satpayev', UR, {'note': 'NI:hospital town'}),
        ('Қарағанды қаласынан', 0, 'city', 'Karaganda', KR, {'note': 'NI:origin of mine rescuers'}),
        ('Қарағанды облысынан', 0, 'region', KR, KR, {'note': 'NI:former unit'}),
        ('Ұлытау облысында', 0, 'region', UR, UR, {'note': 'earlier fatal accidents this year, not located: not counted'}),
     ],
     inc={UR: (1, 'rock fall in the underground mine near Zhezkazgan, one dead')}),

dict(id='p022', date='2013-08-13', lang='kk',
     event='2013 start of an exercise at the Matybulak range (Jambyl Region) with units from the Shymkent (South Kazakhstan Region), Taraz and Almaty garrisons; observers from Russia, Kyrgyzstan and Tajikistan (no incident)',
     text="""Матыбұлақ полигонында «Дала бүркіті» оқу-жаттығуы басталды
ТАРАЗ, 13 тамыз. ҚазАқпарат – Жамбыл облысындағы Матыбұлақ полигонында «Дала бүркіті – 2013» тактикалық оқу-жаттығуы басталды. Оған Шымкент, Тараз және Алматы гарнизондарынан 2 мыңнан астам әскери қызметші мен 300-ге жуық техника қатысып жатыр, деп хабарлады Қорғаныс министрлігінің баспасөз қызметі.
Оқу-жаттығу барысында әскерилер лаңкестер басып алған елді мекенді босатуды және шекарадағы қақтығысты тойтаруды пысықтайды. Оқу-жаттығу бес күнге созылады. Алғаш рет әскерилер ұшқышсыз ұшу аппараттарын пайдаланады, сондай-ақ түнгі уақытта атыс жүргізу жоспарланған. Министрлік өкілінің айтуынша, мұндай оқу-жаттығу жыл сайын өткізіледі, соңында ең үздік бөлімшелер марапатталады. Жаттығуды Ресей, Қырғызстан және Тәжікстан әскери атташелері бақылайды.
Қордай ауданының әкімдігі тұрғындарды полигонға жақын жайылымдарға мал жаймауға шақырды. Оқу-жаттығу аяқталғаннан кейін бөлімшелер Отар станциясы арқылы теміржолмен тұрақты орналасу орындарына қайтады.""",
     ann=[
        ('Матыбұлақ полигонында', 0, 'facility', 'Matybulak range', JR, {'subkind': 'military range', 'note': 'headline'}),
        ('ТАРАЗ', 0, 'city', 'Taraz', JR, {'note': 'dateline'}),
        ('Жамбыл облысындағы', 0, 'region', JR, JR),
        ('Матыбұлақ полигонында', 1, 'facility', 'Matybulak range', JR, {'subkind': 'military range'}),
        ('Шымкент', 0, 'city', 'Shymkent', SKR, {'note': 'NI:in a list sharing "гарнизондарынан"; home garrison'}),
        ('Тараз', 0, 'city', 'Taraz', JR, {'note': 'NI:in a list sharing "гарнизондарынан"; home garrison'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:in a list sharing "гарнизондарынан"; home garrison'}),
        ('Ресей', 0, 'foreign', 'Russia', N),
        ('Қырғызстан', 0, 'foreign', 'Kyrgyzstan', N),
        ('Тәжікстан', 0, 'foreign', 'Tajikistan', N),
        ('Қордай ауданының', 0, 'district', 'Kordai District', JR, {'note': 'NI:inside the name of an authority'}),
        ('Отар станциясы', 0, 'facility', 'Otar railway station', JR, {'subkind': 'railway station', 'note': 'NI:route of the units'}),
     ],
     inc={}),

dict(id='p023', date='2026-01-13', lang='kk',
     event='2026 emergency ministry weekly round-up: fires in 14 regions; an avalanche killing a skier in the Soldatsai gorge, Talgar district (Almaty Region); carbon monoxide poisoning killing one in Semey (Abai Region); a basement fire in Rudny (Kostanay Region); the Kordai pass of the Almaty-Bishkek road closed; avalanche warning in the Kazakh Latin alphabet',
     text="""ТЖМ: бір аптада 14 өңірде 310 өрт тіркелді, Талғар ауданында қар көшкіні бір адамның өмірін қиды
АСТАНА, 13 қаңтар. Kazinform – Өткен аптада елдің 14 өңірінде 310 өрт тіркелді, олардың басым бөлігі тұрғын үйлерде пеш пен электр жылытқыштарды дұрыс пайдаланбаудан шыққан, деп хабарлады Төтенше жағдайлар министрлігі. Өрттердің салдарынан апта ішінде төрт адам қаза тапты, 11 адам құтқарылды.
Ең ауыр оқиға Алматы облысының Талғар ауданындағы Солдатсай шатқалында болды. Сенбі күні мұнда қар көшкіні рұқсатсыз бағытпен түскен үш шаңғышыны басып қалды. Екеуін құтқарушылар бір сағатта тауып алды, ал 28 жастағы Алматы тұрғыны қаза тапты.
Абай облысында, Семейдегі жеке үйде пештен шыққан иіс газынан бір отбасының үш мүшесі уланып, олардың бірі көз жұмды. Қалған екеуі қалалық ауруханада ем алып жатыр. Дәрігерлер уланудың алғашқы белгілері – бас ауруы мен жүрек айнуы екенін еске салды.
Қостанай облысының Рудный қаласында көпқабатты үйдің жертөлесінде өрт шығып, 40 тұрғын эвакуацияланды. Өрт сөндірушілер жалынды бір сағатта ауыздықтады, зардап шеккендер жоқ.
Боран салдарынан Алматы – Бішкек тас жолының Қордай асуындағы бөлігінде көлік қозғалысы екі тәулікке шектелді. Асуда қалып қойған 150 жолаушы жақын маңдағы жылыту пункттеріне орналастырылды. Құтқарушылар сондай-ақ тауда адасқан тоғыз туристі тауып, төменге түсірді.
Министрлік қар көшкіні қаупі әлі сақталатынын ескертті. Ведомствоның Telegram-арнасындағы хабарлама латын әліпбиімен берілді:
«Qar köşkını qaupı Almaty oblysynyñ Talğar jäne Eñbekşıqazaq audandarynda, sondai-aq Şyğys Qazaqstan oblysynyñ Ridder qalasy mañynda saqtalady. Taudağy belgılenbegen jolmen jürmeñızder», – delıngen habarlamada.
Министрлік тұрғындарды пеш пен газ құрылғыларын пайдалану ережесін сақтауға, ал туристерді тауға шығар алдында құтқарушыларға тіркелуге шақырды. Өткен жылдың осы кезеңімен салыстырғанда өрт саны 12 пайызға азайған.""",
     ann=[
        ('14 өңірде', 0, 'quantified', '14 regions', N, {'count': 14, 'unit': 'region', 'note': 'headline; fires during the week'}),
        ('Талғар ауданында', 0, 'district', 'Talgar District', ALR, {'note': 'headline'}),
        ('АСТАНА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('14 өңірінде', 0, 'quantified', '14 regions', N, {'count': 14, 'unit': 'region', 'note': 'fires during the week; Kostanay Region is the only one with a named fire'}),
        ('Алматы облысының', 0, 'region', ALR, ALR),
        ('Талғар ауданындағы', 0, 'district', 'Talgar District', ALR),
        ('Солдатсай шатқалында', 0, 'facility', 'Soldatsai gorge', N, {'subkind': 'valley', 'note': 'avalanche site, in Talgar district of Almaty Region'}),
        ('Алматы', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:residence of the dead skier'}),
        ('Абай облысында', 0, 'region', ABR, ABR),
        ('Семейдегі', 0, 'city', 'Semey', ABR),
        ('Қостанай облысының', 0, 'region', KOR, KOR),
        ('Рудный қаласында', 0, 'city', 'Rudny', KOR),
        ('Алматы', 2, 'city', 'Almaty', 'Almaty', {'note': 'NI:route endpoint'}),
        ('Бішкек', 0, 'foreign', 'Bishkek', N, {'note': 'NI:route endpoint'}),
        ('Қордай асуындағы', 0, 'facility', 'Kordai Pass', N, {'subkind': 'mountain pass', 'note': 'NI:traffic restricted, a measure; in Jambyl Region'}),
        ('Almaty oblysynyñ', 0, 'region', ALR, ALR, {'note': 'NI:Kazakh Latin; avalanche warning'}),
        ('Talğar', 0, 'district', 'Talgar District', ALR, {'note': 'NI:Kazakh Latin; in a list sharing "audandarynda"; warning'}),
        ('Eñbekşıqazaq', 0, 'district', 'Enbekshikazakh District', ALR, {'note': 'NI:Kazakh Latin; in a list sharing "audandarynda"; warning'}),
        ('Şyğys Qazaqstan oblysynyñ', 0, 'region', EKR, EKR, {'note': 'NI:Kazakh Latin; warning'}),
        ('Ridder qalasy', 0, 'city', 'Ridder', EKR, {'note': 'NI:Kazakh Latin; warning'}),
     ],
     inc={ALR: (1, 'avalanche in the Soldatsai gorge, Talgar district, one skier dead'),
          ABR: (1, 'carbon monoxide poisoning in a house in Semey, one dead'),
          KOR: (1, 'basement fire in an apartment block in Rudny')},
     unatt=[{'label': '14 өңірінде', 'count': 14, 'note': '310 fires during the week in 14 regions; only the Rudny fire (Kostanay Region) is located, the other regions are not named'}]),

dict(id='p024', date='2018-07-10', lang='kk',
     event="2018 gas cylinder blast injuring seven at the «Сайрам» market in Al-Farabi district of Shymkent, three weeks after Shymkent became its own unit; traders from Sairam district (Turkistan Region); the former South Kazakhstan Region named",
     text="""Шымкенттегі базарда газ баллоны жарылып, жеті адам жарақат алды
ШЫМКЕНТ, 10 шілде. Kazinform – Шымкент қаласының Әл-Фараби ауданындағы «Сайрам» базарында сейсенбі күні таңертең тамақ сататын дүңгіршекте газ баллоны жарылып, жеті адам жарақат алды, деп хабарлады қалалық төтенше жағдайлар департаменті.
Жарақат алғандардың үшеуі – Сайрам ауданынан келген саудагерлер. Олар қалалық №1 ауруханаға жеткізілді, екеуінің жағдайы ауыр. Жарылыстан кейін шыққан өрт көрші дүңгіршектерге тарап үлгермей сөндірілді.
Шымкент маусым айынан бастап республикалық маңызы бар қала мәртебесін алды, ал бұрынғы Оңтүстік Қазақстан облысы Түркістан облысы болып өзгертілді. Сондықтан қала базарларындағы тексерісті енді қалалық ТЖД жүргізеді. Департамент бастығының айтуынша, сауда орындарында газ баллондарын пайдалануға тыйым салынады. Полиция дүңгіршек иесіне қатысты қылмыстық іс қозғады. Базар әкімшілігі зардап шеккен саудагерлерге көмек көрсететінін мәлімдеді.""",
     ann=[
        ('Шымкенттегі', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'headline'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'dateline'}),
        ('Шымкент қаласының', 0, 'city', 'Shymkent', 'Shymkent'),
        ('Әл-Фараби ауданындағы', 0, 'district', 'Al-Farabi District (Shymkent)', 'Shymkent', {'subkind': 'city district'}),
        ('Сайрам', 0, 'facility', 'Sairam market (Shymkent)', 'Shymkent', {'subkind': 'market', 'note': 'a market named after Sairam, in Shymkent'}),
        ('Сайрам ауданынан', 0, 'district', 'Sairam District', TR, {'note': 'NI:origin of traders'}),
        ('Шымкент', 1, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:change of status'}),
        ('Оңтүстік Қазақстан облысы', 0, 'region', TR, TR, {'uncertain': True, 'note': 'NI:the former name of the region renamed in June 2018'}),
        ('Түркістан облысы', 0, 'region', TR, TR, {'note': 'NI:the renamed region'}),
     ],
     inc={'Shymkent': (1, 'gas cylinder blast at the «Сайрам» market, Al-Farabi district')}),
]
