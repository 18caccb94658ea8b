"""Kazakh texts of the sixty-fifth unseen check corpus (Cyrillic; annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'
TS = 'Semipalatinsk Test Site'
TS_NOTE = 'the former nuclear test site spreads over parts of three regions (Abai, Pavlodar and Karaganda regions); no single ADM1'

DOCS = [
dict(id='p017', date='1997-12-10', lang='kk',
     event='1997 the day Akmola became the official capital: ministries arrive from Almaty; former names Akmolinsk and Tselinograd; fire in a builders\' hostel in Akmola, two poisoned by smoke (Astana); Akmola Region emergencies department (region vs city); workers from Karaganda and Pavlodar; the common noun астана not annotated',
     text="""Ақмола – елорда: министрліктер көше бастады
АҚМОЛА, 10 желтоқсан. ҚазАқпарат. Бүгіннен бастап Ақмола Қазақстанның ресми астанасы болып саналады. Алматыдан алғашқы министрліктердің қызметкерлері пойызбен келіп, Есіл өзенінің оң жағалауындағы жаңа ғимараттарға орналаса бастады. Қала бұрын Ақмолинск деп аталған, ал 1961–1992 жылдары Целиноград атауын иеленді. Ресми салтанатты рәсім келесі жылдың жазында өтеді деп күтілуде. Алғашқы күндері министрлік қызметкерлерінің көбі пәтер таппай, қонақүйлерде тұруда. Қалада құрылыс жұмыстары түні бойы жүріп жатыр.
Кеше кешке қаладағы құрылысшылар жатақханасында өрт шығып, екі адам түтіннен уланды, деп хабарлады Ақмола облысының төтенше жағдайлар басқармасы. Өрт сөндірушілер жалынды бір сағатта сөндірді. Жатақханада Қарағанды мен Павлодардан келген 200-ге жуық жұмысшы тұрады.""",
     ann=[
        ('Ақмола', 0, 'city', 'Astana', 'Astana', {'note': 'headline; name of the capital 1992-1998'}),
        ('АҚМОЛА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Ақмола', 1, 'city', 'Astana', 'Astana', {'note': 'NI:capital status; "астанасы" is a common noun and is not annotated'}),
        ('Қазақстанның', 0, 'country', 'Kazakhstan', N),
        ('Алматыдан', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of the ministries'}),
        ('Есіл өзенінің', 0, 'facility', 'Yesil River', N, {'subkind': 'river', 'note': 'NI'.replace('NI', 'NI:new buildings on its bank')}),
        ('Ақмолинск', 0, 'city', 'Astana', 'Astana', {'note': 'NI:historical name'}),
        ('Целиноград', 0, 'city', 'Astana', 'Astana', {'note': 'NI:Soviet name'}),
        ('Ақмола облысының', 0, 'region', AKR, AKR, {'note': 'inside the name of an authority; the region, not the city'}),
        ('Қарағанды', 0, 'city', 'Karaganda', KR, {'note': 'NI:origin of workers'}),
        ('Павлодардан', 0, 'city', 'Pavlodar', PR, {'note': 'NI:origin of workers'}),
     ],
     inc={'Astana': (1, "fire in a builders' hostel in the city (Akmola), two poisoned by smoke")}),

dict(id='p018', date='2006-12-16', lang='kk',
     event='2006 twentieth anniversary of the December 1986 events: flowers at the «Тәуелсіздік таңы» monument on Republic Square in Almaty; unsanctioned march on Zheltoqsan Street, five detained; recalled: the 1986 student protest on Brezhnev Square in Alma-Ata; Kairat Ryskulbekov\'s death in Semey prison (not counted); memorials in 14 regions, Taraz and Shymkent; fatal gas explosion in the Maikuduk microdistrict of Karaganda',
     text="""Желтоқсанға 20 жыл: Алматыда еске алу шаралары өтті
АЛМАТЫ, 16 желтоқсан. ҚазАқпарат. 1986 жылғы Желтоқсан оқиғасына 20 жыл толуына орай Алматыдағы Республика алаңында «Тәуелсіздік таңы» монументіне гүл шоқтары қойылды. Шараға оқиғаға қатысушылар, студенттер мен қала басшылары қатысты. Шара Қазақстанның Тәуелсіздік күні қарсаңында өтті.

Жиырма жыл бұрын, 17 желтоқсан күні таңертең Алма-Ата жоғары оқу орындарының студенттері Брежнев атындағы алаңға шығып, Мәскеудің республика басшысын ауыстыру туралы шешіміне наразылық білдірді. Шеру екі күнге созылды, әскер мен милиция жастарды күшпен таратты. Оқиғаға қатысушылардың бірі Қайрат Рысқұлбеков кейін өлім жазасына кесіліп, 1988 жылы Семей түрмесінде қаза тапты.

Бүгін түс ауа Алматыдағы Желтоқсан көшесінде 30-ға жуық жас рұқсатсыз шеруге шығып, оқиғаға толық саяси баға беруді талап етті. Полиция бес адамды ұстап, кешке қарай босатты, деп хабарлады қалалық ішкі істер департаменті.

Еске алу шаралары елдің 14 облысында өтті. Таразда Желтоқсан құрбандарына арналған ескерткіш ашылды, Шымкентте еске алу кеші болды. 1986 жылдың желтоқсанында Жамбыл мен Шымкенттің оқу орындарынан да ондаған студент оқудан шығарылған еді.

Сол күні Қарағандыда қайғылы оқиға болды: Майқұдық ықшамауданындағы бес қабатты үйдің пәтерінде газ жарылып, бір әйел қаза тапты, үш адам жарақат алды, деп хабарлады Қарағанды облысының төтенше жағдайлар департаменті. Тұрғындар уақытша жақын маңдағы мектепке көшірілді, үйдің қабырғасы тексерілуде.

Алматы қалалық әкімдігі келесі жылы Желтоқсан оқиғасына арналған мұражай ашуды жоспарлап отыр. Мұражай қорына қатысушылардың хаттары мен фотосуреттері жиналуда. Бұл жобаны қатысушылар ұзақ уақыт бойы талап етіп келген.

«Біз үшін бұл – жай ғана дата емес. Сол күндері Алма-Атада болған әр адам оны өмір бойы есте сақтайды. Біз жастардың ерлігін ұрпақ білсе екен дейміз», – деді оқиғаға қатысушы Гүлжан Әбдірахманова.""",
     ann=[
        ('Алматыда', 0, 'city', 'Almaty', 'Almaty', {'note': 'headline'}),
        ('АЛМАТЫ', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Алматыдағы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:remembrance'}),
        ('Республика алаңында', 0, 'facility', 'Republic Square (Almaty)', 'Almaty', {'subkind': 'square', 'note': 'NI:remembrance'}),
        ('Тәуелсіздік таңы', 0, 'facility', 'Tauelsizdik Tany monument (Almaty)', 'Almaty', {'subkind': 'monument', 'note': 'NI:name inside quotes'}),
        ('Қазақстанның', 0, 'country', 'Kazakhstan', N),
        ('Алма-Ата', 0, 'city', 'Almaty', 'Almaty', {'note': 'Soviet name; recalled student protest of December 1986'}),
        ('Брежнев атындағы алаңға', 0, 'facility', 'Republic Square (Almaty)', 'Almaty', {'subkind': 'square', 'note': 'Soviet name of Republic Square ("the square named after Brezhnev")'}),
        ('Мәскеудің', 0, 'foreign', 'Moscow', N, {'note': 'NI:the Soviet centre'}),
        ('Семей', 0, 'city', 'Semey', EKR, {'note': 'NI:death in prison, not counted; East Kazakhstan Region before 2022'}),
        ('Алматыдағы', 1, 'city', 'Almaty', 'Almaty'),
        ('Желтоқсан көшесінде', 0, 'facility', 'Zheltoksan Street (Almaty)', 'Almaty', {'subkind': 'street', 'note': 'street named after the December events; not the event'}),
        ('14 облысында', 0, 'quantified', '14 regions', N, {'count': 14, 'unit': 'region', 'note': 'remembrance events; not incidents'}),
        ('Таразда', 0, 'city', 'Taraz', JR, {'note': 'NI:monument opened'}),
        ('Шымкентте', 0, 'city', 'Shymkent', SKR, {'note': 'NI:evening of remembrance; South Kazakhstan Region before 2018-06-19'}),
        ('Жамбыл', 0, 'city', 'Taraz', JR, {'note': 'NI:name of Taraz in Kazakh in 1986; expulsions'}),
        ('Шымкенттің', 0, 'city', 'Shymkent', SKR, {'note': 'NI:expulsions'}),
        ('Қарағандыда', 0, 'city', 'Karaganda', KR),
        ('Майқұдық ықшамауданындағы', 0, 'district', 'Maikuduk (Karaganda)', KR, {'subkind': 'microdistrict'}),
        ('Қарағанды облысының', 0, 'region', KR, KR, {'note': 'inside the name of an authority'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:inside the name of an authority (city akimat); museum plans'}),
        ('Алма-Атада', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:quote about 1986, same event as above'}),
     ],
     inc={'Almaty': (2, 'recalled: the December 1986 student protest (framed as one event); today: unsanctioned march on Zheltoksan Street, five detained'),
          KR: (1, 'gas explosion in a flat in the Maikuduk microdistrict of Karaganda, one dead, three hurt')}),

dict(id='p019', date='2012-03-14', lang='kk',
     event='2012 fatal rock fall at the «Оңтүстік» mine in Zhezkazgan (Karaganda Region before 2022); Dzhezkazgan and the Zhezkazgan Region of 1973-1997 recalled; Satpayev; the mine name «Оңтүстік» ("South") is not South Kazakhstan',
     text="""Жезқазғандағы кеніште опырылу: бір кенші қаза тапты
ЖЕЗҚАЗҒАН, 14 наурыз. ҚазАқпарат. Жезқазғандағы «Оңтүстік» кенішінде жерасты жұмыстары кезінде тау жынысы опырылып, 41 жастағы кенші қаза тапты, деп хабарлады Қарағанды облысының төтенше жағдайлар департаменті. Тағы бір жұмысшы ауруханаға жеткізілді, оның жағдайы орташа.
Кеңес заманында орысша Джезказган деп жазылған қала 1973–1997 жылдары Жезқазған облысының орталығы болды. 1997 жылы облыс таратылып, аумағы Қарағанды облысына қосылды. Қазір Жезқазған мен көршілес Сәтбаев қаласы Қазақстанның мыс өндіретін негізгі орталықтары болып саналады. Кеншілердің көбі Сәтбаевтан күн сайын автобуспен келеді. Оқиға себебін комиссия анықтайды. Кеніштегі жұмыс уақытша тоқтатылды, қаза тапқан кеншінің отбасына көмек көрсетілетіні айтылды.""",
     ann=[
        ('Жезқазғандағы', 0, 'city', 'Zhezkazgan', KR, {'note': 'headline; Karaganda Region before 2022-06-08'}),
        ('ЖЕЗҚАЗҒАН', 0, 'city', 'Zhezkazgan', KR, {'note': 'dateline'}),
        ('Жезқазғандағы', 1, 'city', 'Zhezkazgan', KR),
        ('Оңтүстік', 0, 'facility', 'Ontustik mine (Zhezkazgan)', KR, {'subkind': 'mine', 'note': 'name inside quotes; means "South", not South Kazakhstan'}),
        ('Қарағанды облысының', 0, 'region', KR, KR, {'note': 'inside the name of an authority'}),
        ('Джезказган', 0, 'city', 'Zhezkazgan', KR, {'note': 'NI:Soviet Russian spelling'}),
        ('Жезқазған облысының', 0, 'region', KR, KR, {'uncertain': True, 'note': 'NI:Zhezkazgan Region (1973-1997), labelled with the unit holding its land on the article date'}),
        ('Қарағанды облысына', 0, 'region', KR, KR, {'note': 'NI:merger of 1997'}),
        ('Жезқазған', 1, 'city', 'Zhezkazgan', KR, {'note': 'NI:copper centre'}),
        ('Сәтбаев қаласы', 0, 'city', 'Satpayev', KR, {'note': 'NI:copper centre'}),
        ('Қазақстанның', 0, 'country', 'Kazakhstan', N),
        ('Сәтбаевтан', 0, 'city', 'Satpayev', KR, {'note': "NI:miners' residence"}),
     ],
     inc={KR: (1, 'rock fall at the «Оңтүстік» mine in Zhezkazgan, one miner dead')}),

dict(id='p020', date='2024-08-29', lang='kk',
     event='2024 International Day against Nuclear Tests: flowers at the «Өлімнен де күшті» monument in Semey (Abai Region); recalled: the first Soviet atomic test of 29 August 1949 on the test site; today: fatal collision on the Semey-Pavlodar road near Dolon, Beskaragai district (Abai Region)',
     text="""Семейде ядролық сынақ құрбандары еске алынды, Долонь маңында жол апаты
СЕМЕЙ, 29 тамыз. ҚазАқпарат. Ядролық сынақтарға қарсы іс-қимыл күні Семейдегі «Өлімнен де күшті» монументіне жүздеген адам гүл қойды. Еске алу шарасына облыс әкімі мен сынақ ардагерлері қатысты. 1949 жылғы 29 тамызда Семей полигонында алғашқы кеңестік атом бомбасы жарылған болатын. Семипалатинск полигоны 1991 жылы жабылып, кейін Қазақстан ядролық қарудан бас тартты.
Бүгін таңертең Семей – Павлодар тасжолында, Бесқарағай ауданының Долонь ауылы маңында жеңіл көлік пен жүк көлігі соқтығысып, екі адам қаза тапты, деп хабарлады Абай облысының полиция департаменті. Долонь тұрғындары сынақ жылдары радиоактивті бұлттың астында қалғанын әлі ұмытқан жоқ.""",
     ann=[
        ('Семейде', 0, 'city', 'Semey', ABR, {'note': 'headline; NI:remembrance; Abai Region since 2022-06-08'}),
        ('Долонь', 0, 'village', 'Dolon', ABR, {'note': 'headline'}),
        ('СЕМЕЙ', 0, 'city', 'Semey', ABR, {'note': 'dateline'}),
        ('Семейдегі', 0, 'city', 'Semey', ABR, {'note': 'NI:remembrance'}),
        ('Өлімнен де күшті', 0, 'facility', 'Stronger than Death monument (Semey)', ABR, {'subkind': 'monument', 'note': 'NI:name inside quotes'}),
        ('Семей полигонында', 0, 'facility', TS, N, {'subkind': 'test site', 'uncertain': True, 'note': 'recalled first Soviet atomic test of 29 August 1949; ' + TS_NOTE}),
        ('Семипалатинск полигоны', 0, 'facility', TS, N, {'subkind': 'test site', 'uncertain': True, 'note': 'Russian-based name; ' + TS_NOTE}),
        ('Қазақстан', 0, 'country', 'Kazakhstan', N),
        ('Семей', 1, 'city', 'Semey', ABR, {'note': 'NI:road endpoint'}),
        ('Павлодар', 0, 'city', 'Pavlodar', PR, {'note': 'NI:road endpoint'}),
        ('Бесқарағай ауданының', 0, 'district', 'Beskaragai District', ABR),
        ('Долонь ауылы', 0, 'village', 'Dolon', ABR, {'note': 'the collision near the village'}),
        ('Абай облысының', 0, 'region', ABR, ABR, {'note': 'inside the name of an authority'}),
        ('Долонь', 2, 'village', 'Dolon', ABR, {'note': 'NI:residents'}),
     ],
     inc={ABR: (2, 'today: fatal collision near Dolon, Beskaragai district; recalled: first Soviet atomic test on the test site, 29 August 1949 (doubtful; the part of the test site where it took place lies in Abai Region)')}),

dict(id='p021', date='2019-06-17', lang='kk',
     event='2019 thirtieth anniversary of the June 1989 unrest in Zhanaozen (Novy Uzen) that spread to Shevchenko (Aktau); Mangyshlak Region merged into Guryev Region 1988-1990; renamings Shevchenko→Aktau, Guryev→Atyrau; today: jobless youth protest at the Zhanaozen akimat, market fire in Atyrau, bus overturned in Beineu district on the Beineu-Aktau road; bus from Oral (Uralsk); two Caspian regions',
     text="""Жаңаөзен оқиғасына 30 жыл: батыс өңір ескі атауларды еске алады
АҚТАУ, 17 маусым. ҚазАқпарат. 1989 жылғы маусымда Жаңаөзенде (ол кезде орысша Новый Узень деп аталған) жергілікті жастар мен сырттан келген жұмысшылар арасындағы жанжал жаппай тәртіпсіздікке ұласты. Бірнеше күннен кейін толқу Шевченко қаласына, яғни қазіргі Ақтауға, тарады: көшелерде көліктер өртеліп, бірнеше адам қаза тапты. Бұл оқиға кеңестік Қазақстандағы ең ірі қақтығыстардың бірі болды. Сол кезде Маңғышлақ облысы таратылып, Гурьев облысына қосылып кеткен еді, ол 1990 жылы ғана қайта құрылды.

Тарихшылардың айтуынша, сол жылдардағы қоғамдық серпіліс атауларды өзгертуге де ықпал етті: 1991–1992 жылдары Шевченко Ақтау, Гурьев Атырау болып өзгерді.

Бүгін Жаңаөзенде әкімдік ғимаратының алдына жүзге жуық жұмыссыз жас жиналып, жұмыс беруді талап етті. Полиция ешкімді ұстамады, қала әкімі жастармен кездесіп, уәде берді.

Кеше кешке Атыраудағы орталық базарда өрт шығып, 20 сауда орны жанып кетті, деп хабарлады Атырау облысының төтенше жағдайлар департаменті. Зардап шеккендер жоқ, өрттің себебі анықталуда.

Ал Маңғыстау облысының Бейнеу ауданында, Бейнеу – Ақтау тасжолында жолаушылар автобусы аударылып, алты адам жарақат алды. Автобус Оралдан (кеңес кезінде Уральск) Ақтауға бара жатқан. Жаралылар Бейнеу ауылының ауруханасына жеткізілді.

Сол жылдары Жаңаөзеннен көптеген отбасылар Кавказға көшіп кетті. Ақтаудағы өлкетану мұражайы биыл 1989 жылғы оқиғаларға арналған көрме ашпақ, оған сол кездегі газеттер мен куәгерлердің фотосуреттері қойылады. Маңғыстау облысының әкімдігі көрмеге қолдау көрсететінін мәлімдеді.

Каспий жағалауындағы екі облыста да 1989 жылғы оқиғаларды зерттеуді жалғастыру туралы ұсыныс айтылып жүр. «Ол кездегі оқиғаны көрген адамдар әлі арамызда, олардың естеліктерін жазып алу керек», – дейді ақтаулық өлкетанушы Сәуле Жұмабаева. Зерттеушілер мұрағат құжаттарын толық ашуды сұрайды.""",
     ann=[
        ('Жаңаөзен', 0, 'city', 'Zhanaozen', MR, {'note': 'headline; toponym inside an event name'}),
        ('АҚТАУ', 0, 'city', 'Aktau', MR, {'note': 'dateline'}),
        ('Жаңаөзенде', 0, 'city', 'Zhanaozen', MR, {'note': 'recalled unrest of June 1989'}),
        ('Новый Узень', 0, 'city', 'Zhanaozen', MR, {'note': 'NI:Soviet Russian name, in brackets'}),
        ('Шевченко қаласына', 0, 'city', 'Aktau', MR, {'note': 'Soviet name of Aktau; the recalled unrest spread there'}),
        ('Ақтауға', 0, 'city', 'Aktau', MR, {'note': 'NI:gloss of the old name (same place as the preceding mention)'}),
        ('Қазақстандағы', 0, 'country', 'Kazakhstan', N),
        ('Маңғышлақ облысы', 0, 'region', MR, MR, {'uncertain': True, 'note': 'NI:Mangyshlak Region (abolished 1988, restored 1990 as the present region), labelled with the unit holding its land'}),
        ('Гурьев облысына', 0, 'region', ATR, ATR, {'uncertain': True, 'note': 'NI:Guryev Region, now Atyrau Region'}),
        ('Шевченко', 1, 'city', 'Aktau', MR, {'note': 'NI:renaming'}),
        ('Ақтау', 0, 'city', 'Aktau', MR, {'note': 'NI:renaming'}),
        ('Гурьев', 1, 'city', 'Atyrau', ATR, {'note': 'NI:Soviet name of Atyrau; renaming'}),
        ('Атырау', 0, 'city', 'Atyrau', ATR, {'note': 'NI:renaming'}),
        ('Жаңаөзенде', 1, 'city', 'Zhanaozen', MR, {'note': 'protest at the akimat today'}),
        ('Атыраудағы', 0, 'city', 'Atyrau', ATR),
        ('Атырау облысының', 0, 'region', ATR, ATR, {'note': 'inside the name of an authority'}),
        ('Маңғыстау облысының', 0, 'region', MR, MR),
        ('Бейнеу ауданында', 0, 'district', 'Beineu District', MR),
        ('Бейнеу', 1, 'village', 'Beineu', MR, {'note': 'NI:road endpoint'}),
        ('Ақтау', 1, 'city', 'Aktau', MR, {'note': 'NI:road endpoint'}),
        ('Оралдан', 0, 'city', 'Oral', WKR, {'note': 'NI:origin of the bus'}),
        ('Уральск', 0, 'city', 'Oral', WKR, {'note': 'NI:Soviet Russian name of Oral'}),
        ('Ақтауға', 1, 'city', 'Aktau', MR, {'note': 'NI:destination of the bus'}),
        ('Бейнеу ауылының', 0, 'village', 'Beineu', MR, {'note': 'NI:hospital'}),
        ('Жаңаөзеннен', 0, 'city', 'Zhanaozen', MR, {'note': 'NI:origin of families who left'}),
        ('Кавказға', 0, 'foreign', 'Caucasus', N, {'subkind': 'macro-region', 'note': 'NI:destination of families'}),
        ('Ақтаудағы', 0, 'city', 'Aktau', MR, {'note': 'NI:museum'}),
        ('Маңғыстау облысының', 1, 'region', MR, MR, {'note': 'NI:inside the name of an authority (akimat)'}),
        ('Каспий', 0, 'facility', 'Caspian Sea', N, {'subkind': 'sea', 'note': 'NI'.replace('NI', 'NI:coast')}),
        ('екі облыста', 0, 'quantified', '2 regions', N, {'count': 2, 'unit': 'region', 'note': 'Mangystau and Atyrau regions; proposals, not incidents'}),
     ],
     inc={MR: (4, 'recalled: June 1989 unrest in Zhanaozen (Novy Uzen) and its spread to Shevchenko (Aktau), two places (doubtful: the text frames them as one wave of unrest); today: protest of jobless youth at the Zhanaozen akimat; bus overturned in Beineu district, six hurt'),
          ATR: (1, 'fire at the central bazaar of Atyrau, 20 stalls burnt')}),

dict(id='p022', date='2016-10-12', lang='kk',
     event='2016 night fire in the «Жетісу» shopping centre in Taldykorgan and a lorry falling from the mountain road to Tekeli, driver killed (Almaty Region before 2022); 15 years since the regional seat moved from Almaty to Taldykorgan; Taldy-Kurgan and Taldykorgan Region (abolished 1997) recalled; «Жетісу» is not Jetisu Region',
     text="""Талдықорғанда сауда орталығы өртенді
ТАЛДЫҚОРҒАН, 12 қазан. ҚазАқпарат. Кеше түнде Талдықорғандағы «Жетісу» сауда орталығының екінші қабатында өрт шықты. 300 шаршы метр аумақтағы дүкендер жанып кетті, зардап шеккендер жоқ, деп хабарлады Алматы облысының төтенше жағдайлар департаменті. Өрттің себебі анықталып жатыр.
Осы күзде Алматы облысының орталығы Алматыдан Талдықорғанға көшірілгеніне 15 жыл толды. Кеңес кезінде орысша Талды-Курган деп жазылған қала 1997 жылға дейін Талдықорған облысының орталығы болған еді.
Сол түні Текелі қаласына апаратын тау жолында жүк көлігі жардан құлап, жүргізуші қаза тапты. Жол полициясы жүргізушілерден тау жолында жылдамдықты азайтуды сұрайды. Текелі – облыс орталығынан 45 шақырым жердегі шағын кенші қала.""",
     ann=[
        ('Талдықорғанда', 0, 'city', 'Taldykorgan', ALR, {'note': 'headline; Almaty Region before 2022-06-08'}),
        ('ТАЛДЫҚОРҒАН', 0, 'city', 'Taldykorgan', ALR, {'note': 'dateline'}),
        ('Талдықорғандағы', 0, 'city', 'Taldykorgan', ALR),
        ('Жетісу', 0, 'facility', 'Zhetisu shopping centre (Taldykorgan)', ALR, {'subkind': 'shopping centre', 'note': 'name inside quotes; not Jetisu Region'}),
        ('Алматы облысының', 0, 'region', ALR, ALR, {'note': 'inside the name of an authority'}),
        ('Алматы облысының', 1, 'region', ALR, ALR, {'note': 'NI:seat moved'}),
        ('Алматыдан', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:former seat of Almaty Region'}),
        ('Талдықорғанға', 0, 'city', 'Taldykorgan', ALR, {'note': 'NI:new seat (2001)'}),
        ('Талды-Курган', 0, 'city', 'Taldykorgan', ALR, {'note': 'NI:Soviet Russian spelling'}),
        ('Талдықорған облысының', 0, 'region', ALR, ALR, {'uncertain': True, 'note': 'NI:Taldykorgan Region (abolished 1997), labelled with the unit holding its land on the article date'}),
        ('Текелі қаласына', 0, 'city', 'Tekeli', ALR, {'note': 'the lorry fell from the mountain road leading to the town'}),
        ('Текелі', 1, 'city', 'Tekeli', ALR, {'note': 'NI:description'}),
     ],
     inc={ALR: (2, 'fire in the «Жетісу» shopping centre in Taldykorgan; lorry fell from the mountain road to Tekeli, driver killed')}),

dict(id='p023', date='2022-10-05', lang='kk',
     event='2022 forest fire of 150 ha in Burabay district near Shchuchinsk (Akmola Region); rescuers from Kokshetau and Astana (the capital\'s name restored in September 2022); Kokchetav, the abolished Kokshetau Region merged into North Kazakhstan Region in 1997 and Kokshetau as the seat of Akmola Region since 1999',
     text="""Бурабай ауданында орман өрті: 150 гектар жанды
КӨКШЕТАУ, 5 қазан. ҚазАқпарат. Ақмола облысының Бурабай ауданында, Щучинск қаласынан 12 шақырым жерде орман өрті шығып, 150 гектар аумақты шарпыды. Өртті сөндіруге Көкшетау мен Астанадан 300-ден астам құтқарушы және екі тікұшақ жұмылдырылды, деп хабарлады облыстық төтенше жағдайлар департаменті. Зардап шеккендер жоқ. Өрт сөндірушілер жалынды екі тәулікте ауыздықтады. Қарағайлы орман өңірі туристер арасында танымал.
Кеңестік құжаттарда орысша Кокчетав деп жазылған Көкшетау 1997 жылы облыс орталығы мәртебесінен айырылды: Көкшетау облысы таратылып, аумағы Солтүстік Қазақстан облысына қосылды. 1999 жылы қала Ақмола облысының орталығы болды. Биыл күзде облыста тіркелген ірі орман өрттерінің бұл үшіншісі.""",
     ann=[
        ('Бурабай ауданында', 0, 'district', 'Burabay District', AKR, {'note': 'headline'}),
        ('КӨКШЕТАУ', 0, 'city', 'Kokshetau', AKR, {'note': 'dateline'}),
        ('Ақмола облысының', 0, 'region', AKR, AKR),
        ('Бурабай ауданында', 1, 'district', 'Burabay District', AKR),
        ('Щучинск қаласынан', 0, 'city', 'Shchuchinsk', AKR, {'note': 'NI:reference point'}),
        ('Көкшетау', 0, 'city', 'Kokshetau', AKR, {'note': 'NI:origin of rescuers'}),
        ('Астанадан', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of rescuers; the name Astana again since 2022-09-17'}),
        ('Кокчетав', 0, 'city', 'Kokshetau', AKR, {'note': 'NI:Soviet Russian name'}),
        ('Көкшетау', 1, 'city', 'Kokshetau', AKR, {'note': 'NI:history'}),
        ('Көкшетау облысы', 0, 'region', AKR, AKR, {'uncertain': True, 'note': 'NI:Kokshetau Region (abolished 1997, merged into North Kazakhstan Region; most of its land in Akmola Region since 1999), labelled with the unit holding most of its land on the article date'}),
        ('Солтүстік Қазақстан облысына', 0, 'region', NKR, NKR, {'note': 'NI:merger of 1997'}),
        ('Ақмола облысының', 1, 'region', AKR, AKR, {'note': 'NI:seat since 1999'}),
     ],
     inc={AKR: (1, 'forest fire of 150 ha in Burabay district; "the third large forest fire this autumn" is a statistic')}),

dict(id='p024', date='2026-02-24', lang='kk',
     event='2026 ice-jam flood of 40 yards in Akai, Karmakshy district, evacuation to Zhosaly, and a hostel fire in Aral (Kyzylorda Region); the many names of Kyzylorda (Akmeshit, Perovsk, Kzyl-Orda) and Aral (Aralsk); Baikonur called Leninsk until 1995, leased to Russia; recalled: January 1994 protest of Leninsk residents without heating; flood warning for three districts',
     text="""Сырдариядағы мұз кептелісі: Қармақшы ауданында 40 ауланы су басты
ҚЫЗЫЛОРДА, 24 ақпан. ҚазАқпарат. Сырдария өзеніндегі мұз кептелісінен Қармақшы ауданының Ақай ауылында 40 тұрғын үйдің ауласын су басты. 160-тан астам тұрғын аудан орталығы Жосалыға уақытша көшірілді, деп хабарлады Қызылорда облысының төтенше жағдайлар департаменті. Құтқарушылар мұзды жару жұмыстарын жалғастырып жатыр, су деңгейі түнге қарай азайған. Ақай ауылының тұрғындары мал мен мүлікті биік жерге көшірді, ал Жосалы тұрғындары көшірілгендерге азық-түлік жинап жатыр.

Сол түні Арал қаласындағы екі қабатты жатақханада өрт шығып, бір адам түтіннен уланып, ауруханаға жеткізілді. Өрт сөндірушілер 40 тұрғынды ғимараттан шығарды.

Облыс тұрғындары үшін бір қаланың бірнеше атауы – таныс жағдай. Облыс орталығы әр кезеңде Ақмешіт, Перовск, Қызыл-Орда деп аталып, 1925–1929 жылдары Қазақстанның алғашқы астанасы болды. Кеңестік карталарда ол орысша Кзыл-Орда деп жазылатын. Арал қаласы да бұрын Аральск деп аталған, ал оның тағдыры теңіздің тартылуымен байланысты.

Байқоңыр қаласының тарихы ерекше: ол 1995 жылға дейін Ленинск деп аталды және әлі күнге дейін Ресейге жалға берілген. Жергілікті тұрғындар 1994 жылдың қаңтарын жақсы есте сақтайды: қақаған аязда жылу берілмей қалған Ленинск тұрғындары қала әкімшілігінің алдына шығып, наразылық білдірген еді. Сол кезде мәселе Мәскеу мен Алматы арасындағы келіссөздерден кейін ғана шешілді. Бүгінде Байқоңыр ғарыш айлағынан ұшырылымдар жалғасып жатыр, ал Төретам кентінің тұрғындары қалаға күнделікті жұмысқа барады.

Арал теңізінің солтүстік бөлігі Көкарал бөгетінің арқасында біртіндеп толып келеді, балықшылар Қамыстыбас көліне қайта оралды. Облыс әкімдігі биыл су тасқынына қарсы жаңа бөгеттер салуды жоспарлап отыр.

Синоптиктер алдағы аптада облыстың үш ауданында өзендегі су деңгейі көтерілуі мүмкін екенін ескертті. Тұрғындарға құтқарушылардың нұсқауларын орындау ұсынылды.""",
     ann=[
        ('Сырдариядағы', 0, 'facility', 'Syr Darya', N, {'subkind': 'river', 'note': 'headline'}),
        ('Қармақшы ауданында', 0, 'district', 'Karmakshy District', KZR, {'note': 'headline'}),
        ('ҚЫЗЫЛОРДА', 0, 'city', 'Kyzylorda', KZR, {'note': 'dateline'}),
        ('Сырдария өзеніндегі', 0, 'facility', 'Syr Darya', N, {'subkind': 'river'}),
        ('Қармақшы ауданының', 0, 'district', 'Karmakshy District', KZR),
        ('Ақай ауылында', 0, 'village', 'Akai', KZR),
        ('Жосалыға', 0, 'village', 'Zhosaly', KZR, {'note': 'NI:evacuation destination; district centre'}),
        ('Ақай ауылының', 0, 'village', 'Akai', KZR, {'note': 'same flood'}),
        ('Жосалы', 0, 'village', 'Zhosaly', KZR, {'note': 'NI:residents collecting food'}),
        ('Қызылорда облысының', 0, 'region', KZR, KZR, {'note': 'inside the name of an authority'}),
        ('Арал қаласындағы', 0, 'city', 'Aral', KZR),
        ('Ақмешіт', 0, 'city', 'Kyzylorda', KZR, {'note': 'NI:historical name'}),
        ('Перовск', 0, 'city', 'Kyzylorda', KZR, {'note': 'NI:historical name'}),
        ('Қызыл-Орда', 0, 'city', 'Kyzylorda', KZR, {'note': 'NI:historical spelling'}),
        ('Қазақстанның', 0, 'country', 'Kazakhstan', N, {'note': '"астанасы" is a common noun and is not annotated'}),
        ('Кзыл-Орда', 0, 'city', 'Kyzylorda', KZR, {'note': 'NI:Soviet Russian spelling'}),
        ('Арал қаласы', 0, 'city', 'Aral', KZR, {'note': 'NI:history'}),
        ('Аральск', 0, 'city', 'Aral', KZR, {'note': 'NI:Soviet Russian name'}),
        ('Байқоңыр қаласының', 0, 'city', 'Baikonur', KZR, {'note': 'NI:history; leased to Russia, labelled Kyzylorda Region'}),
        ('Ленинск', 0, 'city', 'Baikonur', KZR, {'note': 'NI:Soviet name of Baikonur'}),
        ('Ресейге', 0, 'foreign', 'Russia', N, {'note': 'NI:lessee'}),
        ('Ленинск', 1, 'city', 'Baikonur', KZR, {'note': 'recalled protest of January 1994'}),
        ('Мәскеу', 0, 'foreign', 'Moscow', N, {'note': 'NI:negotiations'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:negotiations (the capital in 1994)', 'uncertain': True}),
        ('Байқоңыр ғарыш айлағынан', 0, 'facility', 'Baikonur Cosmodrome', KZR, {'subkind': 'cosmodrome', 'note': 'NI:launches; leased to Russia'}),
        ('Төретам кентінің', 0, 'village', 'Toretam', KZR, {'note': 'NI:residents commute'}),
        ('Арал теңізінің', 0, 'facility', 'Aral Sea', N, {'subkind': 'sea', 'note': 'NI'.replace('NI', 'NI:natural feature')}),
        ('Көкарал бөгетінің', 0, 'facility', 'Kokaral dam', KZR, {'subkind': 'dam', 'note': 'NI:dam'}),
        ('Қамыстыбас көліне', 0, 'facility', 'Lake Kamystybas', N, {'subkind': 'lake', 'note': 'NI:natural feature'}),
        ('үш ауданында', 0, 'quantified', '3 districts', N, {'count': 3, 'unit': 'district', 'note': 'flood warning; not incidents'}),
     ],
     inc={KZR: (3, 'today: ice-jam flood of 40 yards in Akai, Karmakshy district; hostel fire in Aral, one poisoned; recalled: protest of Leninsk (Baikonur) residents without heating, January 1994')}),
]
