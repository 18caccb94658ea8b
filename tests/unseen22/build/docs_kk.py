"""Kazakh texts of the twenty-second unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420). Theme: farming, ecology and public health.
p018 and p021 contain a paragraph in the Kazakh Latin alphabet of January 2021."""
N = None
JR, ALR, KYR, TR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'Turkistan Region', 'South Kazakhstan Region'
ABR, JTR, EKR, MR, KOR = 'Abai Region', 'Jetisu Region', 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR, UR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region', 'Ulytau Region'
ATR, AR, WKR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region'

DOCS = [
dict(id='p017', date='1995-04-11', lang='kk',
     event='1995 anthrax quarantine in Karaul and Kaskabulak, Abai district of Semipalatinsk Region (abolished 1997; East Kazakhstan Region land on the date); patients in Semey; Zaisan district the year before (no incident)',
     text="""Семей облысында күйдіргі анықталды: екі ауылға карантин қойылды
СЕМЕЙ, 11 сәуір (ҚазАқпарат) – Семей облысы Абай ауданының Қарауыл және Қасқабұлақ ауылдарында күйдіргі ауруы анықталып, карантин енгізілді, деп хабарлады облыстық ветеринария басқармасы.
Қарауыл ауылындағы шаруа қожалығында екі сиыр өлген. Диагнозды Семейдегі облыстық ветеринария зертханасы растады. Өлген малдың етін жеген төрт адам Семей қаласындағы жұқпалы аурулар ауруханасына жатқызылды, олардың жағдайы тұрақты.
Ветеринарлар екі ауылдағы 6 мыңнан астам мал басына екпе салды. Карантин кезінде ауылдардан мал, ет және тері шығаруға тыйым салынды. Мамандардың айтуынша, ауру ошағы ескі мал қорымына байланысты болуы мүмкін: Абай ауданында тіркелген 12 күйдіргі қорымының бірі Қасқабұлақтан 3 шақырым жерде орналасқан.
Былтыр күйдіргі Шығыс Қазақстан облысының Зайсан ауданында да тіркелген еді. Облыстық әкімдік Қытай мен Ресейден мал заңсыз әкелінбеуі үшін шекарадағы бақылауды күшейтуді ұсынды.""",
     ann=[
        ('Семей облысында', 0, 'region', EKR, EKR, {'uncertain': True, 'note': 'headline; Semipalatinsk Region, abolished in 1997; labelled with the unit that holds its land (East Kazakhstan Region)'}),
        ('СЕМЕЙ', 0, 'city', 'Semey', EKR, {'note': 'dateline'}),
        ('Семей облысы', 0, 'region', EKR, EKR, {'uncertain': True, 'note': 'Semipalatinsk Region, abolished in 1997; East Kazakhstan Region land'}),
        ('Абай ауданының', 0, 'district', 'Abai District (Semey)', EKR, {'note': 'district named after the poet; Abai Region land since 2022'}),
        ('Қарауыл', 0, 'village', 'Karaul', EKR, {'note': 'list sharing "ауылдарында"; NI:anthrax quarantine (not an incident)'}),
        ('Қасқабұлақ', 0, 'village', 'Kaskabulak', EKR, {'note': 'list sharing "ауылдарында"; NI:anthrax quarantine'}),
        ('Қарауыл ауылындағы', 0, 'village', 'Karaul', EKR, {'note': 'NI:farm where cattle died'}),
        ('Семейдегі', 0, 'city', 'Semey', EKR, {'note': 'NI:seat of the laboratory'}),
        ('Семей қаласындағы', 0, 'city', 'Semey', EKR, {'note': 'NI:hospital town'}),
        ('Абай ауданында', 0, 'district', 'Abai District (Semey)', EKR),
        ('Қасқабұлақтан', 0, 'village', 'Kaskabulak', EKR, {'note': 'NI:reference point'}),
        ('Шығыс Қазақстан облысының', 0, 'region', EKR, EKR, {'note': 'NI:last year\'s anthrax'}),
        ('Зайсан ауданында', 0, 'district', 'Zaisan District', EKR, {'note': 'NI:last year\'s anthrax'}),
        ('Қытай', 0, 'foreign', 'China', N),
        ('Ресейден', 0, 'foreign', 'Russia', N),
     ],
     inc={}),

dict(id='p018', date='2020-10-06', lang='kk',
     event='2020 fire in the raw cotton store of a ginnery in Myrzakent, Maktaaral district (Turkistan Region); cotton in Maktaaral and Jetisai districts (Latin paragraph); Uzbek cotton in Sirdaryo Region and Tashkent; Shymkent as its own unit; dead fish in the Syr Darya below the Shardara reservoir',
     text="""Мақтаарал ауданында мақта тазалау зауытының қоймасы өртенді
ШЫМКЕНТ, 6 қазан (ҚазАқпарат) – Түркістан облысы Мақтаарал ауданының Мырзакент кентіндегі мақта тазалау зауытының қоймасында дүйсенбі күні кешке өрт шығып, 300 тоннаға жуық шикі мақта жанып кетті, деп хабарлады облыстық төтенше жағдайлар департаменті. Зардап шеккендер жоқ. Өртті Жетісай мен Атакент қалаларынан келген 40 өрт сөндіруші бес сағат бойы сөндірді. Алдын ала деректер бойынша, өрт электр сымының тұйықталуынан шыққан. Зауыт басшылығының айтуынша, қоймадағы мақта сақтандырылған, өндіріс тоқтаған жоқ: күн сайын 200 тоннаға дейін шикізат қабылданады. Төтенше жағдайлар департаменті облыстағы барлық мақта қабылдау пункттерінде өрт қауіпсіздігін тексеруді бастады.
Облыстық басқарма мақта жинау науқанының барысы туралы әлеуметтік желідегі парақшасында былай деп жазды:
«Türkıstan oblysynyñ auyl şaruaşylyğy basqarmasynyñ mälımetınşe, biyl oblysta maqta 125 myñ gektarğa egılgen, onyñ 80 paiyzy Maqtaaral men Jetısai audandarynda. Qazırgı tañda maqtanyñ 40 paiyzy jinaldy.»
Көрші Өзбекстанда да мақта жинау науқаны қызу жүріп жатыр, биыл онда алғаш рет мақта жинауға мәжбүрлі еңбек тартылмағанын халықаралық бақылаушылар растады. Өзбекстанның Сырдария облысындағы фермерлер биыл шикі мақтаның бағасы 15 пайызға өскенін айтады, ал Ташкенттегі тауар биржасында мақта талшығы тоннасына 1 500 доллардан саудаланды. Мақтаарал фермерлері шикізатты Шымкенттегі тоқыма фабрикасына және Қытайға сатады.
Сонымен қатар өткен аптада Шардара су қоймасынан төмен, Сырдария өзенінде өлі балық табылды. Шардара ауданының экология инспекторлары судан сынама алып, оны Шымкент қаласындағы зертханаға жіберді. Мамандар балықтың қырылуын мақта алқаптарынан ағатын коллектор суларымен байланыстырып отыр. Былтыр күзде де өзеннің осы бөлігінде дәл осындай жағдай тіркелген болатын. Шардара су қоймасы Қызылорда облысындағы күріш алқаптарын да сумен қамтамасыз етеді.""",
     ann=[
        ('Мақтаарал ауданында', 0, 'district', 'Maktaaral District', TR, {'note': 'headline'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'dateline'}),
        ('Түркістан облысы', 0, 'region', TR, TR),
        ('Мақтаарал ауданының', 0, 'district', 'Maktaaral District', TR),
        ('Мырзакент кентіндегі', 0, 'village', 'Myrzakent', TR, {'note': 'fire in the ginnery store'}),
        ('Жетісай', 0, 'city', 'Zhetysai', TR, {'note': 'list sharing "қалаларынан"; NI:origin of firefighters; not Jetisu Region'}),
        ('Атакент', 0, 'city', 'Atakent', TR, {'note': 'list sharing "қалаларынан"; NI:origin of firefighters'}),
        ('Türkıstan oblysynyñ', 0, 'region', TR, TR, {'note': 'Kazakh Latin alphabet; inside the name of an authority'}),
        ('Maqtaaral', 0, 'district', 'Maktaaral District', TR, {'note': 'Kazakh Latin; list sharing "audandarynda"'}),
        ('Jetısai', 0, 'district', 'Zhetysai District', TR, {'note': 'Kazakh Latin; list sharing "audandarynda"; Zhetysai district of Turkistan Region, not Jetisu Region'}),
        ('Өзбекстанда', 0, 'foreign', 'Uzbekistan', N),
        ('Өзбекстанның', 0, 'foreign', 'Uzbekistan', N),
        ('Сырдария облысындағы', 0, 'foreign', 'Sirdaryo Region', N, {'note': 'region of Uzbekistan, not the river'}),
        ('Ташкенттегі', 0, 'foreign', 'Tashkent', N),
        ('Мақтаарал', 2, 'district', 'Maktaaral District', TR, {'note': 'NI:origin of the farmers'}),
        ('Шымкенттегі', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:destination of cotton'}),
        ('Қытайға', 0, 'foreign', 'China', N, {'note': 'NI:destination of cotton'}),
        ('Шардара су қоймасынан', 0, 'facility', 'Shardara Reservoir', N, {'subkind': 'reservoir', 'note': 'NI:reference point; water body in Turkistan Region'}),
        ('Сырдария өзенінде', 0, 'facility', 'Syr Darya', N, {'subkind': 'river', 'note': 'dead fish (a die-off is not an incident)'}),
        ('Шардара ауданының', 0, 'district', 'Shardara District', TR, {'note': 'inside the name of an authority'}),
        ('Шымкент қаласындағы', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:seat of the laboratory'}),
        ('Шардара су қоймасы', 0, 'facility', 'Shardara Reservoir', N, {'subkind': 'reservoir'}),
        ('Қызылорда облысындағы', 0, 'region', KYR, KYR, {'note': 'NI:rice fields supplied by the reservoir'}),
     ],
     inc={TR: (1, 'fire in the raw cotton store of the ginnery in Myrzakent, Maktaaral district; the fish die-off is not an incident')}),

dict(id='p019', date='2015-09-22', lang='kk',
     event='2015 rangers of the Aksu-Zhabagly reserve catch two argali poachers near Zhabagly, Tulkubas district (South Kazakhstan Region before the 2018 split); suspects from the village of Turar Ryskulov; Aksu canyon; scientists from Aksu in Xinjiang (no incident)',
     text="""Ақсу-Жабағылы қорығында арқар атқан браконьерлер ұсталды
ШЫМКЕНТ, 22 қыркүйек (Kazinform) – Оңтүстік Қазақстан облысындағы Ақсу-Жабағылы мемлекеттік табиғи қорығының инспекторлары Түлкібас ауданындағы Жабағылы ауылының маңында арқар атып алған екі браконьерді ұстады, деп хабарлады облыстық полиция департаменті.
Күдіктілер – Тұрар Рысқұлов ауылының тұрғындары. Олардан екі мылтық пен арқардың мүйізі тәркіленді. Күдіктілерге қатысты қылмыстық іс қозғалды. Қорық аумағында аң аулауға тыйым салынған, заң бұзушыларға бес жылға дейін бас бостандығынан айыру жазасы қарастырылған.
Инспекторлардың айтуынша, браконьерлер Ақсу шатқалы арқылы Қырғызстан шекарасына жақын тау жоталарына көтерілген. 1926 жылы құрылған Ақсу-Жабағылы – Орталық Азиядағы ең көне қорық. Ол Түлкібас және Төлеби аудандарының тауларында орналасқан, бір бөлігі Жамбыл облысының Жуалы ауданына кіреді. Биыл жазда қорыққа Қытайдың Шыңжаң өлкесіндегі Ақсу қаласынан ғалымдар келіп, қар барысын зерттеді.""",
     ann=[
        ('Ақсу-Жабағылы', 0, 'facility', 'Aksu-Zhabagly nature reserve', SKR, {'subkind': 'nature reserve', 'note': 'headline; NI:poaching (not an incident); Turkistan Region land since 2018'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', SKR, {'note': 'dateline; South Kazakhstan Region before 2018-06-19'}),
        ('Оңтүстік Қазақстан облысындағы', 0, 'region', SKR, SKR),
        ('Ақсу-Жабағылы', 1, 'facility', 'Aksu-Zhabagly nature reserve', SKR, {'subkind': 'nature reserve'}),
        ('Түлкібас ауданындағы', 0, 'district', 'Tulkubas District', SKR),
        ('Жабағылы ауылының', 0, 'village', 'Zhabagly', SKR, {'note': 'NI:poaching (not an incident)'}),
        ('Тұрар Рысқұлов ауылының', 0, 'village', 'Turar Ryskulov', SKR, {'note': 'NI:residence of the suspects; village named after a person'}),
        ('Ақсу шатқалы', 0, 'facility', 'Aksu Canyon', N, {'subkind': 'canyon', 'note': 'natural feature inside the reserve (South Kazakhstan Region on the date)'}),
        ('Қырғызстан', 0, 'foreign', 'Kyrgyzstan', N, {'note': 'NI:reference point'}),
        ('Ақсу-Жабағылы', 2, 'facility', 'Aksu-Zhabagly nature reserve', SKR, {'subkind': 'nature reserve'}),
        ('Түлкібас', 1, 'district', 'Tulkubas District', SKR, {'note': 'list sharing "аудандарының"'}),
        ('Төлеби', 0, 'district', 'Tolebi District', SKR, {'note': 'list sharing "аудандарының"'}),
        ('Жамбыл облысының', 0, 'region', JR, JR),
        ('Жуалы ауданына', 0, 'district', 'Zhualy District', JR),
        ('Орталық Азиядағы', 0, 'foreign', 'Central Asia', N, {'subkind': 'macro-region', 'uncertain': True, 'note': 'macro-region that includes Kazakhstan'}),
        ('Қытайдың', 0, 'foreign', 'China', N),
        ('Шыңжаң', 0, 'foreign', 'Xinjiang', N),
        ('Ақсу қаласынан', 0, 'foreign', 'Aksu (Xinjiang)', N, {'note': 'NI:origin of the scientists; Chinese namesake'}),
     ],
     inc={}),

dict(id='p020', date='2023-05-16', lang='kk',
     event='2023 spring census of kulans, goitered gazelles and argali in the Altyn-Emel national park, directorate in Basshi, Kerbulak district (Jetisu Region); the Ili and the Kapshagay reservoir, Konaev (formerly Kapshagay) the seat of Almaty Region; kulans brought from Barsakelmes (no incident)',
     text="""«Алтынемел» паркінде құландар саны 4 мыңнан асты
ТАЛДЫҚОРҒАН, 16 мамыр (Kazinform) – Жетісу облысындағы «Алтынемел» мемлекеттік ұлттық табиғи паркінде көктемгі санақ қорытындысы бойынша құландар саны 4 мыңнан асты, деп хабарлады облыстық табиғи ресурстар басқармасы.
Санақты Кербұлақ ауданындағы Басшы ауылында орналасқан парк дирекциясының қызметкерлері тікұшақ пен дрондардың көмегімен жүргізді. Паркте сондай-ақ 9 мыңға жуық қарақұйрық пен 300-ден астам арқар тіркелді. Былтырғы санақта құландар саны 3 800 болған еді. Санақ нәтижелері Астанадағы Экология министрлігіне жолданды.
Құландардың бір бөлігі жазда Іле өзенінің жағасына, Қапшағай су қоймасына дейін жайылып кетеді. Су қоймасының оңтүстік жағалауы Алматы облысына қарайды, облыс орталығы – бұрынғы Қапшағай, қазіргі Қонаев қаласы.
Алтынемелге алғашқы құландар 1982 жылы Арал теңізіндегі Барсакелмес аралынан әкелінген. Парк 1996 жылы құрылған. Туристер арасында парктегі «Әнші құм» бархан ерекше танымал.""",
     ann=[
        ('Алтынемел', 0, 'facility', 'Altyn-Emel national park', JTR, {'subkind': 'nature reserve', 'note': 'headline; name inside quotation marks'}),
        ('ТАЛДЫҚОРҒАН', 0, 'city', 'Taldykorgan', JTR, {'note': 'dateline'}),
        ('Жетісу облысындағы', 0, 'region', JTR, JTR),
        ('Алтынемел', 1, 'facility', 'Altyn-Emel national park', JTR, {'subkind': 'nature reserve', 'note': 'name inside quotation marks; NI:wildlife census (no incident)'}),
        ('Кербұлақ ауданындағы', 0, 'district', 'Kerbulak District', JTR),
        ('Басшы ауылында', 0, 'village', 'Basshi', JTR, {'note': 'NI:seat of the park directorate'}),
        ('Астанадағы', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the ministry'}),
        ('Іле өзенінің', 0, 'facility', 'Ili River', N, {'subkind': 'river'}),
        ('Қапшағай су қоймасына', 0, 'facility', 'Kapchagay Reservoir', N, {'subkind': 'reservoir'}),
        ('Алматы облысына', 0, 'region', ALR, ALR),
        ('Қапшағай', 1, 'city', 'Konaev', ALR, {'note': 'former name of Konaev'}),
        ('Қонаев қаласы', 0, 'city', 'Konaev', ALR, {'note': 'seat of Almaty Region'}),
        ('Алтынемелге', 0, 'facility', 'Altyn-Emel national park', JTR, {'subkind': 'nature reserve'}),
        ('Арал теңізіндегі', 0, 'facility', 'Aral Sea', N, {'subkind': 'sea'}),
        ('Барсакелмес аралынан', 0, 'facility', 'Barsakelmes Island', N, {'subkind': 'island', 'note': 'NI:origin of the kulans; island in the Aral Sea (Kyzylorda Region)'}),
        ('Әнші құм', 0, 'facility', 'Singing Dune (Altyn-Emel)', N, {'subkind': 'dune', 'note': 'natural feature inside the park (Jetisu Region), name in quotation marks'}),
     ],
     inc={}),

dict(id='p021', date='2024-04-30', lang='kk',
     event='2024 unsanctioned picket of Balkhash residents against copper smelter emissions at the city akimat, two detained (Karaganda Region); dead fish in the Ili delta near Bakanas, Balkhash district (Almaty Region); an ecologist on Chinese water use (Latin paragraph); Priozersk; a planned inspection of the Zhezkazgan smelter in Ulytau Region; Kazakhmys is a company',
     text="""Балқашта тұрғындар мыс зауытының түтініне қарсы пикетке шықты
БАЛҚАШ, 30 сәуір (ҚазТАГ) – Қарағанды облысының Балқаш қаласында 40-қа жуық тұрғын сейсенбі күні қалалық әкімдік ғимаратының алдына шығып, мыс балқыту зауытының шығарындыларын азайтуды талап етті. Полиция рұқсат етілмеген пикетке қатысқан екі адамды ұстады, деп хабарлады қалалық полиция басқармасы. Пикет шамамен бір сағатқа созылып, бейбіт аяқталды. Қалалық әкімдік өкілі тұрғындармен кездесіп, ауа сапасын өлшейтін тағы үш бекет орнатылатынын айтты. Қазгидромет деректері бойынша, сәуірде Балқашта күкірт диоксидінің шекті нормадан асуы 9 рет тіркелген.
Тұрғындардың айтуынша, желсіз күндері қалаға күкірт иісі тарайды. «Балқашта балалар жиі ауырады, біз таза ауамен тыныс алғымыз келеді», – деді пикетке қатысқан Гүлмира Көлбаева. Зауыт «Қазақмыс» корпорациясына тиесілі. Компания биыл сүзгілерді жаңартуға 12 млрд теңге бөлетінін мәлімдеді. Экология департаменті корпорацияның Ұлытау облысындағы Жезқазған мыс балқыту зауытын да мамырда тексеретінін хабарлады.
Осы аптада Балқаш көлінің оңтүстік жағалауында, Алматы облысының Балқаш ауданында, Іле өзенінің атырауында балық қырылғаны анықталды. Бақанас ауылының балықшылары жағадан 2 тоннаға жуық өлі балық жинады. Ихтиологтар мұны су деңгейінің күрт төмендеуімен байланыстырады. Балқаш ауданының әкімдігі өлі балықты сатуға тыйым салды, ал су сынамалары Алматыдағы зертханаға жіберілді.
Эколог Қайрат Ілебаев әлеуметтік желідегі парақшасына былай деп жазды:
«Ile özenınıñ suyn Qytai jaq jyl saiyn köbırek alyp jatyr. Balqaş kölı taiyzdap barady, bul bükıl öñırge qauıp.»
Балқаш көлінің солтүстік жағалауындағы Приозерск қаласының тұрғындары да көл суының тартылып бара жатқанына алаңдайды. Экология министрлігі Астанада Қытаймен трансшекаралық өзендер жөніндегі бірлескен комиссияның келесі отырысы маусымда өтетінін хабарлады. Соңғы он жылда көлдің деңгейі 40 сантиметрге төмендеген. Ғалымдардың пікірінше, Іле өзенінің суы азая берсе, Балқаш Арал теңізінің тағдырын қайталауы мүмкін.""",
     ann=[
        ('Балқашта', 0, 'city', 'Balkhash', KR, {'note': 'headline'}),
        ('БАЛҚАШ', 0, 'city', 'Balkhash', KR, {'note': 'dateline'}),
        ('Қарағанды облысының', 0, 'region', KR, KR),
        ('Балқаш қаласында', 0, 'city', 'Balkhash', KR, {'note': 'picket at the city akimat'}),
        ('Балқашта', 1, 'city', 'Balkhash', KR, {'note': 'NI:air quality measurements'}),
        ('Балқашта', 2, 'city', 'Balkhash', KR, {'note': "NI:in a picketer's quotation"}),
        ('Ұлытау облысындағы', 0, 'region', UR, UR, {'note': 'Karaganda Region land before 2022-06-08'}),
        ('Жезқазған', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:smelter to be inspected; inside "Жезқазған мыс балқыту зауыты"'}),
        ('Балқаш көлінің', 0, 'facility', 'Lake Balkhash', N, {'subkind': 'lake'}),
        ('Алматы облысының', 0, 'region', ALR, ALR),
        ('Балқаш ауданында', 0, 'district', 'Balkhash District', ALR, {'note': 'district of Almaty Region, not the city of Balkhash'}),
        ('Іле өзенінің', 0, 'facility', 'Ili River', N, {'subkind': 'river', 'note': 'dead fish in its delta (a die-off is not an incident)'}),
        ('Бақанас ауылының', 0, 'village', 'Bakanas', ALR, {'note': 'NI:origin of the fishermen'}),
        ('Балқаш ауданының', 0, 'district', 'Balkhash District', ALR, {'note': 'inside the name of an authority'}),
        ('Алматыдағы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:seat of the laboratory'}),
        ('Ile özenınıñ', 0, 'facility', 'Ili River', N, {'subkind': 'river', 'note': 'Kazakh Latin alphabet'}),
        ('Qytai', 0, 'foreign', 'China', N, {'note': 'Kazakh Latin alphabet'}),
        ('Balqaş kölı', 0, 'facility', 'Lake Balkhash', N, {'subkind': 'lake', 'note': 'Kazakh Latin alphabet'}),
        ('Балқаш көлінің', 1, 'facility', 'Lake Balkhash', N, {'subkind': 'lake'}),
        ('Приозерск қаласының', 0, 'city', 'Priozersk', KR, {'note': 'NI:residents worried about the lake'}),
        ('Астанада', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the ministry'}),
        ('Қытаймен', 0, 'foreign', 'China', N),
        ('Іле өзенінің', 1, 'facility', 'Ili River', N, {'subkind': 'river'}),
        ('Балқаш', 5, 'facility', 'Lake Balkhash', N, {'subkind': 'lake', 'note': 'bare name of the lake'}),
        ('Арал теңізінің', 0, 'facility', 'Aral Sea', N, {'subkind': 'sea'}),
     ],
     inc={KR: (1, 'unsanctioned picket outside the Balkhash city akimat against copper smelter emissions, two detained; the fish die-off in the Ili delta is not an incident')}),

dict(id='p022', date='2020-12-08', lang='kk',
     event='2020 COVID-19 round-up: cases up in 14 regions; most in East Kazakhstan Region, Nur-Sultan, Almaty and Karaganda Region; hospitals in Oskemen and Semey (East Kazakhstan before 2022); restrictions in Zaisan, Ulan and Glubokoe districts; Burabay resorts; Omsk and Novosibirsk border posts (no incident)',
     text="""Коронавирус: 14 өңірде жұқтыру саны артты
НҰР-СҰЛТАН, 8 желтоқсан (ҚазАқпарат) – Соңғы тәулікте Қазақстанда 1 140 адамнан коронавирус анықталды, 14 өңірде жаңа жұқтыру жағдайлары алдыңғы аптамен салыстырғанда көбейді, деп хабарлады Денсаулық сақтау министрлігі.
Ең көп жағдай Шығыс Қазақстан облысында (310), Нұр-Сұлтанда (167), Алматыда (88) және Қарағанды облысында (84) тіркелді. Шымкентте 12 адамнан вирус табылды.
Шығыс Қазақстан облысы екінші апта қатарынан «қызыл аймақта» тұр. Өскемен мен Семей қалаларындағы инфекциялық стационарлардағы төсектердің 80 пайызы толған. Облыстың бас санитарлық дәрігері Зайсан, Ұлан және Глубокое аудандарында шектеу шараларын күшейту туралы қаулыға қол қойды: мейрамханалар мен базарлар демалыс күндері жабылады, ал аудан орталықтарына кіреберісте санитарлық бекеттер қойылады.
Ақмола облысының Бурабай ауданындағы демалыс орындарына келушілер саны шектелді. Щучинск қаласындағы шипажайлар тек ПТР-тест нәтижесі теріс болған демалушыларды қабылдайды. Павлодар облысында да жағдай ушығып, Екібастұзда қосымша 200 төсек ашылды. Қарағанды облысында Теміртау мен Балқашта жаңа инфекциялық госпитальдар ашылды.
Алматы облысында соңғы тәулікте 45 жағдай тіркелді, олардың жартысынан көбі Талдықорған мен Қаскелеңде. Түркістан облысы мен Шымкентте ахуал тұрақты, мұнда «жасыл аймақ» сақталып отыр. Батыс өңірлерде, оның ішінде Атырау мен Маңғыстау облыстарында, жаңа жағдайлар саны азайған.
Министрлік мамандары жаңа жылдық мерекелер алдында барлық өңірлерде шектеулер қатаңдауы мүмкін екенін ескертті. Ресейдің Омбы және Новосібір облыстарымен шекарадағы өткізу бекеттері арқылы тек жүк көліктері мен елге оралып жатқан азаматтар өткізіледі.
Бір тәулікте 9 адам коронавирустан қайтыс болды, олардың бесеуі – Шығыс Қазақстан облысының тұрғындары. Елде вакцинация 2021 жылдың басында басталады деп күтілуде. Денсаулық сақтау министрі азаматтарды қоғамдық орындарда бетперде тағып, қолды жиі жууға және жиындарға бармауға шақырды.""",
     ann=[
        ('14 өңірде', 0, 'quantified', '14 regions', N, {'count': 14, 'unit': 'region', 'note': 'headline; COVID-19 cases, not about incidents'}),
        ('НҰР-СҰЛТАН', 0, 'city', 'Astana', 'Astana', {'note': 'dateline; the capital named Nur-Sultan 2019-2022'}),
        ('Қазақстанда', 0, 'country', 'Kazakhstan', N),
        ('14 өңірде', 1, 'quantified', '14 regions', N, {'count': 14, 'unit': 'region', 'note': 'COVID-19 cases, not about incidents'}),
        ('Шығыс Қазақстан облысында', 0, 'region', EKR, EKR),
        ('Нұр-Сұлтанда', 0, 'city', 'Astana', 'Astana'),
        ('Алматыда', 0, 'city', 'Almaty', 'Almaty'),
        ('Қарағанды облысында', 0, 'region', KR, KR),
        ('Шымкентте', 0, 'city', 'Shymkent', 'Shymkent'),
        ('Шығыс Қазақстан облысы', 0, 'region', EKR, EKR),
        ('Өскемен', 0, 'city', 'Oskemen', EKR, {'note': 'list sharing "қалаларындағы"'}),
        ('Семей', 0, 'city', 'Semey', EKR, {'note': 'list sharing "қалаларындағы"; East Kazakhstan Region before 2022-06-08'}),
        ('Зайсан', 0, 'district', 'Zaisan District', EKR, {'note': 'list sharing "аудандарында"'}),
        ('Ұлан', 0, 'district', 'Ulan District', EKR, {'note': 'list sharing "аудандарында"'}),
        ('Глубокое', 0, 'district', 'Glubokoe District', EKR, {'note': 'list sharing "аудандарында"'}),
        ('Ақмола облысының', 0, 'region', AKR, AKR),
        ('Бурабай ауданындағы', 0, 'district', 'Burabay District', AKR),
        ('Щучинск қаласындағы', 0, 'city', 'Shchuchinsk', AKR),
        ('Павлодар облысында', 0, 'region', PR, PR),
        ('Екібастұзда', 0, 'city', 'Ekibastuz', PR),
        ('Қарағанды облысында', 1, 'region', KR, KR),
        ('Теміртау', 0, 'city', 'Temirtau', KR, {'note': 'NI:new hospitals (a measure)'}),
        ('Балқашта', 0, 'city', 'Balkhash', KR, {'note': 'NI:new hospitals (a measure)'}),
        ('Алматы облысында', 0, 'region', ALR, ALR),
        ('Талдықорған', 0, 'city', 'Taldykorgan', ALR, {'note': 'Jetisu Region land since 2022-06-08'}),
        ('Қаскелеңде', 0, 'city', 'Kaskelen', ALR),
        ('Түркістан облысы', 0, 'region', TR, TR),
        ('Шымкентте', 1, 'city', 'Shymkent', 'Shymkent'),
        ('Атырау', 0, 'region', ATR, ATR, {'note': 'list sharing "облыстарында"'}),
        ('Маңғыстау', 0, 'region', MR, MR, {'note': 'list sharing "облыстарында"'}),
        ('барлық өңірлерде', 0, 'quantified', 'all regions', N, {'count': None, 'unit': 'region', 'quantifier': 'all', 'note': 'possible restrictions; not about incidents'}),
        ('Ресейдің', 0, 'foreign', 'Russia', N),
        ('Омбы', 0, 'foreign', 'Omsk Oblast', N, {'note': 'list sharing "облыстарымен"'}),
        ('Новосібір', 0, 'foreign', 'Novosibirsk Oblast', N, {'note': 'list sharing "облыстарымен"'}),
        ('Шығыс Қазақстан облысының', 0, 'region', EKR, EKR, {'note': 'NI:residence of the deceased (disease deaths are not incidents)'}),
     ],
     inc={}),

dict(id='p023', date='1999-07-20', lang='kk',
     event='1999 flamingo breeding season on Lake Tengiz in the Korgalzhyn reserve, Korgalzhyn district (Akmola Region), 130 km from Astana; flamingos from the Caspian coasts of Iran and Azerbaijan; the Nura polluted by Temirtau plants (no incident)',
     text="""Қорғалжын қорығында қызғылт қоқиқаздар балапан шығарды
АСТАНА, 20 шілде (ҚазАқпарат) – Ақмола облысының Қорғалжын ауданындағы Қорғалжын мемлекеттік қорығында, Теңіз көлінің аралдарында биыл 14 мыңға жуық қызғылт қоқиқаз балапан шығарды, деп хабарлады қорық дирекциясы.
Қорық Астанадан 130 шақырым оңтүстік-батыста орналасқан. Ғалымдардың айтуынша, қоқиқаздар Теңіз көліне көктемде Иран мен Әзербайжанның Каспий жағалауынан ұшып келеді. Көл суы ащы болғандықтан, онда балық жоқ, құстар ұсақ шаян тәрізділермен қоректенеді.
Қорық қызметкерлері Теңізге құятын Нұра өзенінің ластануына алаңдаулы. Олардың айтуынша, өзенге Теміртаудағы зауыттардың қалдықтары түседі. Биыл қорыққа Германия мен Ұлыбританиядан келген орнитологтар да барды. Қорғалжын ауылындағы қорық мұражайына биыл 2 мыңнан астам адам келген. Дирекция жазда Астанадан келетін туристерге арналған экскурсиялық маршрут ашпақ. Қорық 1968 жылы құрылған.""",
     ann=[
        ('Қорғалжын қорығында', 0, 'facility', 'Korgalzhyn nature reserve', AKR, {'subkind': 'nature reserve', 'note': 'headline; NI:bird breeding (no incident)'}),
        ('АСТАНА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Ақмола облысының', 0, 'region', AKR, AKR),
        ('Қорғалжын ауданындағы', 0, 'district', 'Korgalzhyn District', AKR),
        ('Қорғалжын мемлекеттік қорығында', 0, 'facility', 'Korgalzhyn nature reserve', AKR, {'subkind': 'nature reserve'}),
        ('Теңіз көлінің', 0, 'facility', 'Lake Tengiz', N, {'subkind': 'lake', 'note': 'lake in Akmola and Karaganda regions; not the Tengiz oil field'}),
        ('Астанадан', 0, 'city', 'Astana', 'Astana', {'note': 'NI:reference point'}),
        ('Теңіз көліне', 0, 'facility', 'Lake Tengiz', N, {'subkind': 'lake'}),
        ('Иран', 0, 'foreign', 'Iran', N, {'note': 'NI:origin of the birds'}),
        ('Әзербайжанның', 0, 'foreign', 'Azerbaijan', N, {'note': 'NI:origin of the birds'}),
        ('Каспий жағалауынан', 0, 'facility', 'Caspian Sea', N, {'subkind': 'sea', 'note': 'NI:origin of the birds (the coast)'}),
        ('Теңізге', 0, 'facility', 'Lake Tengiz', N, {'subkind': 'lake'}),
        ('Нұра өзенінің', 0, 'facility', 'Nura River', N, {'subkind': 'river'}),
        ('Теміртаудағы', 0, 'city', 'Temirtau', KR, {'note': 'NI:site of the polluting plants'}),
        ('Германия', 0, 'foreign', 'Germany', N, {'note': 'NI:origin of ornithologists'}),
        ('Ұлыбританиядан', 0, 'foreign', 'United Kingdom', N, {'note': 'NI:origin of ornithologists'}),
        ('Қорғалжын ауылындағы', 0, 'village', 'Korgalzhyn', AKR, {'note': 'NI:site of the reserve museum'}),
        ('Астанадан', 1, 'city', 'Astana', 'Astana', {'note': 'NI:origin of tourists'}),
     ],
     inc={}),

dict(id='p024', date='2026-02-10', lang='kk',
     event='2026 fire in the roof of the infectious diseases hospital in Ridder, the Soviet Leninogorsk (East Kazakhstan Region), and a background December fire at the Ayagoz district hospital (Abai Region); firefighters from Glubokoe; patients to Oskemen; hospital fires in three other regions this year (unattributed); checks in Altai and Ulan districts',
     text="""Риддерде жұқпалы аурулар ауруханасында өрт шықты
ӨСКЕМЕН, 10 ақпан (Tengrinews) – Шығыс Қазақстан облысының Риддер қаласындағы жұқпалы аурулар ауруханасының шатырында дүйсенбі түнде өрт шығып, 42 науқас пен 15 қызметкер көрші ғимаратқа көшірілді, деп хабарлады облыстық төтенше жағдайлар департаменті. Зардап шеккендер жоқ. Аурухана 80 төсекке арналған.
Өрт 250 шаршы метр аумаққа тарады. Оны сөндіруге Риддерден және Глубокое кентінен келген 60 өрт сөндіруші қатысты. Ауыр халдегі екі науқас Өскемендегі облыстық ауруханаға жеткізілді.
Кеңес заманында Лениногорск деп аталған қаладағы аурухана ғимараты 1956 жылы салынған, соңғы рет 2012 жылы жөнделген. Өрттің себебін анықтау үшін сараптама тағайындалды. Төтенше жағдайлар министрлігінің мәліметінше, биыл елдің тағы үш өңіріндегі ауруханаларда өрт болған.
Өткен жылы желтоқсанда көрші Абай облысының Аягөз қаласындағы аудандық ауруханада да өрт шығып, 30 науқас эвакуацияланған еді.
Облыс әкімі Алтай және Ұлан аудандарындағы ауруханалардың өрт қауіпсіздігін бір ай ішінде тексеруді тапсырды.""",
     ann=[
        ('Риддерде', 0, 'city', 'Ridder', EKR, {'note': 'headline'}),
        ('ӨСКЕМЕН', 0, 'city', 'Oskemen', EKR, {'note': 'dateline'}),
        ('Шығыс Қазақстан облысының', 0, 'region', EKR, EKR),
        ('Риддер қаласындағы', 0, 'city', 'Ridder', EKR, {'note': 'fire at the infectious diseases hospital'}),
        ('Риддерден', 0, 'city', 'Ridder', EKR, {'note': 'NI:origin of firefighters'}),
        ('Глубокое кентінен', 0, 'village', 'Glubokoe', EKR, {'note': 'NI:origin of firefighters'}),
        ('Өскемендегі', 0, 'city', 'Oskemen', EKR, {'note': 'NI:hospital town'}),
        ('Лениногорск', 0, 'city', 'Ridder', EKR, {'note': 'Soviet name of Ridder'}),
        ('тағы үш өңіріндегі', 0, 'quantified', '3 other regions', N, {'count': 3, 'unit': 'region', 'note': 'hospital fires this year; unattributed'}),
        ('Абай облысының', 0, 'region', ABR, ABR),
        ('Аягөз қаласындағы', 0, 'city', 'Ayagoz', ABR, {'note': 'background December fire at the district hospital; East Kazakhstan Region before 2022-06-08'}),
        ('Алтай', 0, 'district', 'Altai District', EKR, {'note': 'list sharing "аудандарындағы"; NI:safety checks'}),
        ('Ұлан', 0, 'district', 'Ulan District', EKR, {'note': 'list sharing "аудандарындағы"; NI:safety checks'}),
     ],
     inc={EKR: (1, 'fire in the roof of the infectious diseases hospital in Ridder'),
          ABR: (1, 'background fire last December at the district hospital in Ayagoz, narrated with its place')},
     unatt=[{'label': 'тағы үш өңіріндегі', 'count': 3, 'note': 'hospital fires earlier this year in three other regions, not named'}]),
]
