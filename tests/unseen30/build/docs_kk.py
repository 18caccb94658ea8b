"""Kazakh texts of the thirtieth unseen check corpus: the nineties and early 2000s."""
N = None
JR, ALR, KYR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'South Kazakhstan Region'
EKR, MR, KOR = 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region'
ATR, AR, WKR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region'

DOCS = [
dict(id='p017', date='1993-05-20', lang='kk',
     event='1993 oil workers rally for unpaid wages outside the city administration in Zhanaozen (Mangystau Region); Aktau (the former Shevchenko), the Uzen field and the Uzen-Atyrau-Samara pipeline',
     text="""Жаңаөзен мұнайшылары жалақы талап етті
АҚТАУ, 20 мамыр (ҚазТАГ). Жаңаөзендегі мұнай өндіру бірлестігінің 1500-ге жуық жұмысшысы сәрсенбі күні қалалық әкімшілік ғимаратының алдына жиналып, үш айдан бері берілмей келе жатқан жалақыны талап етті, деп хабарлады Маңғыстау облыстық әкімшілігі.
Митинг бейбіт өтті, бірақ жұмысшылар талаптары орындалмаса, келесі аптада ереуілге шығатынын ескертті. Жұмысшылардың айтуынша, дүкендердегі азық-түлік бағасы соңғы үш айда екі есе өсті, ал көптеген отбасылар қарызға күн көріп отыр. Облыс басшысы Ақтаудан келіп, мамыр айының соңына дейін қарыздың жартысы төленетінін уәде етті.
Өзен кен орнынан өндірілген мұнай Өзен – Атырау – Самара құбыры арқылы Ресейге жөнелтіледі, алайда ресейлік зауыттар мұнай үшін ақшаны уақытында төлемейді. Алматыдан келген үкімет комиссиясы бірлестіктің қаржы жағдайын тексеріп жатыр.
1991 жылға дейін Шевченко деп аталған Ақтау қаласында да коммуналдық қызметкерлердің жалақысы екі ай бойы берілмеген.""",
     ann=[
        ('Жаңаөзен', 0, 'city', 'Zhanaozen', MR, {'note': 'headline; adjective-like use "Жаңаөзен мұнайшылары"'}),
        ('АҚТАУ', 0, 'city', 'Aktau', MR, {'note': 'dateline'}),
        ('Жаңаөзендегі', 0, 'city', 'Zhanaozen', MR),
        ('Маңғыстау', 0, 'region', MR, MR, {'note': 'NI:inside the name of an authority ("Маңғыстау облыстық әкімшілігі")'}),
        ('Ақтаудан', 0, 'city', 'Aktau', MR, {'note': 'NI:origin of the regional head'}),
        ('Өзен кен орнынан', 0, 'facility', 'Uzen oil field', MR, {'subkind': 'oil field'}),
        ('Өзен', 1, 'city', 'Zhanaozen', MR, {'note': 'NI:pipeline endpoint (Uzen, the old name of Zhanaozen)'}),
        ('Атырау', 0, 'city', 'Atyrau', ATR, {'note': 'NI:pipeline point'}),
        ('Самара', 0, 'foreign', 'Samara', N, {'note': 'NI:pipeline endpoint'}),
        ('Ресейге', 0, 'foreign', 'Russia', N, {'note': 'NI:destination of oil'}),
        ('Алматыдан', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of the commission (the capital in 1993)'}),
        ('Шевченко', 0, 'city', 'Aktau', MR, {'note': 'old name of Aktau (until 1991)'}),
        ('Ақтау қаласында', 0, 'city', 'Aktau', MR, {'note': 'wage arrears, not an incident'}),
     ],
     inc={MR: (1, 'rally of about 1,500 oil workers outside the city administration in Zhanaozen over unpaid wages')}),

dict(id='p018', date='1997-04-24', lang='kk',
     event='1997 decree abolishes the Taldykorgan and Turgay regions: Taldykorgan, Tekeli, Ushtobe, Sarkand, Zharkent and Alakol district go to Almaty Region, Arkalyk, Amangeldy and Zhangeldy to Kostanay Region, Zharkain district to Akmola Region; the capital to move to Akmola; Semey and Zhezkazgan regions next (no incident)',
     text="""Талдықорған және Торғай облыстары таратылды
АЛМАТЫ, 24 сәуір (ҚазАқпарат). Президенттің 22 сәуірдегі Жарлығымен Талдықорған және Торғай облыстары таратылды. Талдықорған облысының аумағы түгелдей Алматы облысына қосылады, ал Торғай облысының аудандары Қостанай және Ақмола облыстарына бөлінеді.
Жарлыққа сәйкес, Арқалық қаласы, Амангелді және Жангелді аудандары Қостанай облысының құрамына енеді. Жарқайың ауданы орталығы Державинск қаласымен бірге Ақмола облысына өтеді.
Енді Текелі, Үштөбе, Сарқан және Жаркент қалалары мен Алакөл ауданы Алматы облыстық әкімшілігіне бағынады. Талдықорғандағы облыстық әкімшіліктің 1200-ге жуық қызметкерінің бір бөлігі Алматыға ауысады, қалғандарына жаңа жұмыс ұсынылмақ. Қала тұрғындары облыс орталығы мәртебесінен айырылғандықтан бағалардың өсіп, жұмыссыздықтың көбеюінен қауіптенеді.
Үкіметтің мәліметінше, реформа шығынды азайтып, басқаруды жеңілдетуге тиіс. Енді елде 17 облыс бар. Министрлер кабинетінде Семей және Жезқазған облыстарын көршілес облыстарға қосу мәселесі де қаралып жатыр.
Осы жылдың соңына қарай астана Алматыдан Ақмола қаласына көшуге тиіс. Сарапшылардың айтуынша, облыстарды ірілендіру де осы шешіммен байланысты: Ақмола облысы жаңа астананың айналасындағы аумақты қамтиды.
Арқалықта жарлықты ренжіп қабылдады. «Біз он жылдан аз уақыт облыс орталығы болдық. Енді Қостанайға дейін 700 шақырым жол жүру керек», – дейді жергілікті мұғалім. Торғай ауылының тұрғындары облыс атауы тарих беттерінде ғана қалатынын айтады.
Талдықорған облысы 1944 жылы құрылып, 1959 жылы таратылған, ал 1967 жылы қайта құрылған болатын. Торғай облысы 1970 жылы құрылып, 1988 жылы таратылған, 1990 жылы қалпына келтірілген. Екі облыстың да әкімшілік ғимараттары енді аудандық мекемелерге беріледі. Алматы облысының әкімі сейсенбі күні Талдықорғанға барып, қалалық әкімшілік басшыларымен кездесті. Ол облыс орталығы әзірге Алматы қаласында қалатынын, бірақ кейін бұл мәселе қайта қаралуы мүмкін екенін айтты.""",
     ann=[
        ('Талдықорған', 0, 'region', ALR, ALR, {'uncertain': True, 'note': 'headline; in a list sharing the head noun "облыстары"; abolished region, land held by Almaty Region'}),
        ('Торғай', 0, 'region', KOR, KOR, {'uncertain': True, 'note': 'headline; in a list sharing the head noun "облыстары"; abolished region, land mostly in Kostanay Region (part in Akmola Region)'}),
        ('АЛМАТЫ', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Талдықорған', 1, 'region', ALR, ALR, {'uncertain': True, 'note': 'in a list sharing the head noun "облыстары"; abolished region'}),
        ('Торғай', 1, 'region', KOR, KOR, {'uncertain': True, 'note': 'in a list sharing the head noun "облыстары"; abolished region'}),
        ('Талдықорған облысының', 0, 'region', ALR, ALR, {'uncertain': True, 'note': 'abolished region, land held by Almaty Region'}),
        ('Алматы облысына', 0, 'region', ALR, ALR),
        ('Торғай облысының', 0, 'region', KOR, KOR, {'uncertain': True, 'note': 'abolished region, land mostly in Kostanay Region'}),
        ('Қостанай', 0, 'region', KOR, KOR, {'note': 'in a list sharing the head noun "облыстарына"'}),
        ('Ақмола', 0, 'region', AKR, AKR, {'note': 'in a list sharing the head noun "облыстарына"; the region, not the city'}),
        ('Арқалық қаласы', 0, 'city', 'Arkalyk', KOR),
        ('Амангелді', 0, 'district', 'Amangeldy District', KOR, {'note': 'in a list sharing the head noun "аудандары"'}),
        ('Жангелді', 0, 'district', 'Zhangeldy District', KOR, {'note': 'in a list sharing the head noun "аудандары"'}),
        ('Қостанай облысының', 0, 'region', KOR, KOR),
        ('Жарқайың ауданы', 0, 'district', 'Zharkain District', AKR),
        ('Державинск қаласымен', 0, 'city', 'Derzhavinsk', AKR),
        ('Ақмола облысына', 0, 'region', AKR, AKR),
        ('Текелі', 0, 'city', 'Tekeli', ALR, {'note': 'in a list sharing the head noun "қалалары"'}),
        ('Үштөбе', 0, 'city', 'Ushtobe', ALR, {'note': 'in a list sharing the head noun "қалалары"'}),
        ('Сарқан', 0, 'city', 'Sarkand', ALR, {'note': 'in a list sharing the head noun "қалалары"'}),
        ('Жаркент', 0, 'city', 'Zharkent', ALR, {'note': 'in a list sharing the head noun "қалалары"'}),
        ('Алакөл ауданы', 0, 'district', 'Alakol District', ALR),
        ('Алматы', 1, 'region', ALR, ALR, {'note': 'NI:inside the name of an authority ("Алматы облыстық әкімшілігіне")'}),
        ('Талдықорғандағы', 0, 'city', 'Taldykorgan', ALR),
        ('Алматыға', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:destination of staff'}),
        ('17 облыс', 0, 'quantified', '17 regions', N, {'count': 17, 'unit': 'region', 'quantifier': 'all', 'note': 'all regions of the country; not about incidents'}),
        ('Семей', 0, 'region', EKR, EKR, {'uncertain': True, 'note': 'in a list sharing the head noun "облыстарын"; Semipalatinsk Region, abolished in May 1997 and merged into East Kazakhstan Region, which holds its land'}),
        ('Жезқазған', 0, 'region', KR, KR, {'uncertain': True, 'note': 'in a list sharing the head noun "облыстарын"; abolished in May 1997 and merged into Karaganda Region, which holds its land'}),
        ('Алматыдан', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:the capital before the move'}),
        ('Ақмола қаласына', 0, 'city', 'Astana', 'Astana', {'note': 'NI:the future capital (Akmola, renamed Astana in 1998)'}),
        ('Ақмола облысы', 0, 'region', AKR, AKR),
        ('Арқалықта', 0, 'city', 'Arkalyk', KOR),
        ('Қостанайға', 0, 'city', 'Kostanay', KOR, {'note': 'NI:reference point (distance)'}),
        ('Торғай ауылының', 0, 'village', 'Torgai', KOR),
        ('Талдықорған облысы', 0, 'region', ALR, ALR, {'uncertain': True, 'note': 'history of the abolished region'}),
        ('Торғай облысы', 0, 'region', KOR, KOR, {'uncertain': True, 'note': 'history of the abolished region'}),
        ('Алматы облысының', 0, 'region', ALR, ALR, {'note': "NI:inside an official's title"}),
        ('Талдықорғанға', 0, 'city', 'Taldykorgan', ALR, {'note': "NI:the governor's visit"}),
        ('Алматы қаласында', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:seat of the regional administration'}),
     ],
     inc={}),

dict(id='p019', date='2002-09-28', lang='kk',
     event='2002 Taraz celebrates its 2000th anniversary; the city was Auliye-Ata, Mirzoyan and Dzhambul; the Aisha Bibi and Babaji Khatun mausoleums in Zhambyl district (Jambyl Region); guests from Astana, Almaty and Talas Region of Kyrgyzstan (no incident)',
     text="""Тараз 2000 жылдығын тойлады
ТАРАЗ, 28 қыркүйек (ҚазАқпарат). Ежелгі Тараз қаласының 2000 жылдығына арналған мерекеге Астанадан, Алматыдан және шет елдерден мыңнан астам қонақ келді. Салтанатты жиынды Жамбыл облысының әкімі ашты.
Қала талай рет атын өзгерткен: ғасырлар бойы Әулиеата деп аталған, 1936 жылы Мирзоян, 1938 жылы ақын Жамбыл Жабаевтың құрметіне Жамбыл атанған, ал 1997 жылы тарихи атауын қайтарып алды.
Мереке қарсаңында Жамбыл ауданындағы Айша бибі кесенесі мен Бабаджа қатын кесенесі қалпына келтірілді. Қаланың орталығындағы Төле би көшесі жаңартылып, жаңа саябақ ашылды.
Мерекеге Қырғызстанның Талас облысынан делегация қатысты. Қонақтар Қарахан кесенесіне барып, Талас өзенінің бойындағы ежелгі қалашықтардың қазбаларымен танысты. Мерекелік шараларға ЮНЕСКО өкілдері де қатысты. Кешке орталық алаңда концерт өтіп, аспанға отшашу атылды. Мереке үш күнге созылады, оның бағдарламасында халықаралық ғылыми конференция мен ат жарысы бар.""",
     ann=[
        ('Тараз', 0, 'city', 'Taraz', JR, {'note': 'headline'}),
        ('ТАРАЗ', 0, 'city', 'Taraz', JR, {'note': 'dateline'}),
        ('Тараз қаласының', 0, 'city', 'Taraz', JR),
        ('Астанадан', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of guests'}),
        ('Алматыдан', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of guests'}),
        ('Жамбыл облысының', 0, 'region', JR, JR, {'note': "NI:inside an official's title"}),
        ('Әулиеата', 0, 'city', 'Taraz', JR, {'note': 'old name of Taraz'}),
        ('Мирзоян', 0, 'city', 'Taraz', JR, {'note': 'old name of Taraz (1936-1938), named after a person'}),
        ('Жамбыл', 2, 'city', 'Taraz', JR, {'note': 'old name of Taraz (1938-1997); occurrence 1 is the poet Zhambyl Zhabayev, not annotated'}),
        ('Жамбыл ауданындағы', 0, 'district', 'Zhambyl District (Jambyl Region)', JR),
        ('Айша бибі кесенесі', 0, 'facility', 'Aisha Bibi Mausoleum', JR, {'subkind': 'mausoleum'}),
        ('Бабаджа қатын кесенесі', 0, 'facility', 'Babaji Khatun Mausoleum', JR, {'subkind': 'mausoleum'}),
        ('Төле би көшесі', 0, 'facility', 'Tole Bi Street (Taraz)', JR, {'subkind': 'street'}),
        ('Қырғызстанның', 0, 'foreign', 'Kyrgyzstan', N),
        ('Талас облысынан', 0, 'foreign', 'Talas Region (Kyrgyzstan)', N, {'note': 'NI:origin of the delegation'}),
        ('Қарахан кесенесіне', 0, 'facility', 'Karakhan Mausoleum', JR, {'subkind': 'mausoleum', 'note': 'in Taraz'}),
        ('Талас өзенінің', 0, 'facility', 'Talas river', N, {'subkind': 'river'}),
     ],
     inc={}),

dict(id='p020', date='2000-03-09', lang='kk',
     event='2000 Syr Darya ice jam floods the villages of Akkum and Karaketken in Zhalagash district (Kyzylorda Region); evacuation to Zhalagash; outflow cut at the Shardara dam (South Kazakhstan Region)',
     text="""Сырдария мұз кептелісі Жалағаш ауданындағы ауылдарды су астында қалдырды
ҚЫЗЫЛОРДА, 9 наурыз (ҚазАқпарат). Сырдария өзеніндегі мұз кептелісі салдарынан Жалағаш ауданындағы Аққұм және Қаракеткен ауылдарында 80-ге жуық үйді су басты, деп хабарлады облыстық төтенше жағдайлар басқармасы.
Қауіпті аймақтан 400-ден астам тұрғын, оның ішінде 150 бала, Жалағаш кентіндегі мектеп пен ауруханаға көшірілді. Адам шығыны жоқ, бірақ ондаған мал суға кетті. Су басқан үйлердің көбі шикі кірпіштен салынған, сондықтан олардың бір бөлігі құлап қалуы мүмкін. Ауыл шаруашылығы мамандары көктемгі егіс мерзімі кешігетінін айтады.
Мұз кептелісін жару үшін Қызылордадан сапер тобы мен техника жіберілді. Су деңгейін төмендету мақсатында Шардара бөгетінен жіберілетін су көлемі азайтылды.
Қызылорда облысының әкімі шығынды есептеу үшін комиссия құрды. Астанадан келген Төтенше жағдайлар агенттігінің өкілдері зардап шеккен отбасыларға көмек көрсетілетінін айтты.""",
     ann=[
        ('Сырдария', 0, 'facility', 'Syr Darya', N, {'subkind': 'river', 'note': 'headline'}),
        ('Жалағаш ауданындағы', 0, 'district', 'Zhalagash District', KYR, {'note': 'headline'}),
        ('ҚЫЗЫЛОРДА', 0, 'city', 'Kyzylorda', KYR, {'note': 'dateline'}),
        ('Сырдария өзеніндегі', 0, 'facility', 'Syr Darya', N, {'subkind': 'river'}),
        ('Жалағаш ауданындағы', 1, 'district', 'Zhalagash District', KYR),
        ('Аққұм', 0, 'village', 'Akkum (Zhalagash District)', KYR, {'note': 'in a list sharing the head noun "ауылдарында"'}),
        ('Қаракеткен', 0, 'village', 'Karaketken', KYR, {'note': 'in a list sharing the head noun "ауылдарында"'}),
        ('Жалағаш кентіндегі', 0, 'village', 'Zhalagash', KYR, {'note': 'NI:evacuation destination; the settlement (кент)'}),
        ('Қызылордадан', 0, 'city', 'Kyzylorda', KYR, {'note': 'NI:origin of sappers'}),
        ('Шардара бөгетінен', 0, 'facility', 'Shardara dam', SKR, {'subkind': 'dam', 'note': 'NI:upstream dam in South Kazakhstan Region'}),
        ('Қызылорда облысының', 0, 'region', KYR, KYR, {'note': "NI:inside an official's title"}),
        ('Астанадан', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of officials'}),
     ],
     inc={KYR: (1, 'ice-jam flood of the Syr Darya in Akkum and Karaketken, Zhalagash district (one natural disaster per region)')}),

dict(id='p021', date='2003-02-11', lang='kk',
     event='2003 night fire at a market in Shymkent and a gas cylinder explosion killing two in Kentau (South Kazakhstan Region before 2018); crews from Lenger and Karabulak; Turkistan town; gas from Uzbekistan',
     text="""Шымкентте базар өртенді, Кентауда газ баллоны жарылды
ШЫМКЕНТ, 11 ақпан (ҚазАқпарат). Дүйсенбіге қараған түні Шымкенттегі «Самал» базарында өрт шығып, 200-ден астам сауда орны мен екі қойма жанып кетті, деп хабарлады Оңтүстік Қазақстан облыстық төтенше жағдайлар басқармасы. Өрт кезінде адам зардап шеккен жоқ, саудагерлер шығынды 60 миллион теңгеге бағалап отыр.
Өртті сөндіруге 30-дан астам өрт сөндіру көлігі жұмылдырылды, олардың бір бөлігі Ленгір қаласы мен Сайрам ауданындағы Қарабұлақ ауылынан келді. Алдын ала мәлімет бойынша, өрт электр сымының қысқа тұйықталуынан шыққан. Базар әкімшілігі өрт қауіпсіздігі ережелерін бұзғаны үшін жауапқа тартылуы мүмкін. Өрт сөндірушілер таңғы сағат бесте ғана өртті толық сөндірді. Базардағы саудагерлердің көбі Өзбекстан мен Қытайдан әкелінген киім-кешек сататын. Олардың айтуынша, тауарлар сақтандырылмаған, сондықтан шығынды ешкім өтемейді. Қала әкімі зардап шеккен саудагерлерге уақытша орын беріп, салықтан жеңілдік жасауды уәде етті.
Сол күні кешке Кентау қаласында бес қабатты тұрғын үйдің пәтерінде газ баллоны жарылып, екі адам қаза тапты, үш адам ауруханаға жеткізілді. Жарылыстан үйдің екі подъезі қатты зақымданды. Кентаудағы жарылыс болған үйдің тұрғындары уақытша мектеп ғимаратына орналастырылды. Төтенше жағдайлар басқармасы облыстағы барлық газ баллон толтыру бекеттерін тексеруді бастады.
Кентауда 1990 жылдардың ортасында «Ащысай» полиметалл комбинаты жабылғаннан кейін қаладағы тұрғын үйлердің жартысына орталық жылу берілмейді. Тұрғындар пәтерлерін газ баллонымен, пешпен жылытады. Қала әкімдігі биыл жылу жүйесін қалпына келтіруге қаражат сұрады.
Облыс әкімі сейсенбі күні Түркістан мен Кентауға арнайы барып, тұрғындармен кездесті. Ол Өзбекстаннан келетін газдың бағасы қымбаттағанын, сондықтан облыстың үш ауданында газ баллондарын пайдаланатындар көбейгенін айтты. Шымкентте (бұрынғы Чимкент) жылу беру маусымы сәуірдің ортасына дейін жалғасады.""",
     ann=[
        ('Шымкентте', 0, 'city', 'Shymkent', SKR, {'note': 'headline; South Kazakhstan Region before 2018-06-19'}),
        ('Кентауда', 0, 'city', 'Kentau', SKR, {'note': 'headline'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', SKR, {'note': 'dateline'}),
        ('Шымкенттегі', 0, 'city', 'Shymkent', SKR),
        ('Самал', 0, 'facility', 'Samal market (Shymkent)', SKR, {'subkind': 'market', 'note': 'name in quotation marks'}),
        ('Оңтүстік Қазақстан', 0, 'region', SKR, SKR, {'note': 'NI:inside the name of an authority ("Оңтүстік Қазақстан облыстық ...")'}),
        ('Ленгір қаласы', 0, 'city', 'Lenger', SKR, {'note': 'NI:origin of fire engines'}),
        ('Сайрам ауданындағы', 0, 'district', 'Sairam District', SKR, {'note': 'NI:origin of fire engines'}),
        ('Қарабұлақ ауылынан', 0, 'village', 'Karabulak (Sairam District)', SKR, {'note': 'NI:origin of fire engines'}),
        ('Өзбекстан', 0, 'foreign', 'Uzbekistan', N, {'note': 'NI:origin of goods'}),
        ('Қытайдан', 0, 'foreign', 'China', N, {'note': 'NI:origin of goods'}),
        ('Кентау қаласында', 0, 'city', 'Kentau', SKR),
        ('Кентаудағы', 0, 'city', 'Kentau', SKR, {'note': 'the same explosion'}),
        ('Кентауда', 1, 'city', 'Kentau', SKR),
        ('Ащысай', 0, 'facility', 'Achisai polymetal combine', SKR, {'subkind': 'plant', 'note': 'name in quotation marks; closed plant'}),
        ('Түркістан', 0, 'city', 'Turkistan', SKR, {'note': "NI:the governor's visit; the town, South Kazakhstan Region in 2003"}),
        ('Кентауға', 0, 'city', 'Kentau', SKR, {'note': "NI:the governor's visit"}),
        ('Өзбекстаннан', 0, 'foreign', 'Uzbekistan', N, {'note': 'NI:origin of gas'}),
        ('облыстың үш ауданында', 0, 'quantified', '3 districts', N, {'count': 3, 'unit': 'district', 'note': 'gas cylinder use; not about incidents'}),
        ('Шымкентте', 1, 'city', 'Shymkent', SKR),
        ('Чимкент', 0, 'city', 'Shymkent', SKR, {'note': 'old name'}),
     ],
     inc={SKR: (2, 'night fire at the «Самал» market in Shymkent and the gas cylinder explosion in a block of flats in Kentau (2 killed)')}),

dict(id='p022', date='1994-10-12', lang='kk',
     event='1994 Zhezkazgan Region administration considers foreign management for the copper combine in Zhezkazgan and Satpayev (the former Nikolsky); Karazhal, Ulytau district, Balkhash (Karaganda Region land) (no incident)',
     text="""Жезқазған мыс комбинаты шетелдік басқаруға берілуі мүмкін
ЖЕЗҚАЗҒАН, 12 қазан (ҚазТАГ). Жезқазған облысының әкімшілігі облыстағы мыс комбинатын шетелдік компанияның басқаруына беру туралы ұсынысты Министрлер кабинетіне жолдады.
Жезқазған мен Сәтбаев қалаларындағы кеніштер мен байыту фабрикаларында 30 мыңнан астам адам жұмыс істейді. Олардың жалақысы бес айдан бері кешіктіріліп келеді, ал комбинаттың энергетиктер алдындағы қарызы 2 миллиард теңгеден асты. Кеніштердегі жабдықтардың көбі 1970 жылдары орнатылған, оларды жаңартуға кемінде 300 миллион доллар қажет деп есептеледі. Облыс әкімшілігі инвестор табылса, жалақы қарызы алты ай ішінде өтелетінін айтады.
1990 жылға дейін Никольский кенті деп аталған Сәтбаев қаласында үш кеніштің екеуі тоқтап тұр. Қаражалдағы темір кені де жартылай ғана жұмыс істейді, ал Ұлытау ауданындағы шаруашылықтар жанармайсыз қалды.
Облыс басшылары Балқаштағы мыс зауытының тәжірибесін зерттеп жатыр. Алматыдағы үкімет өкілдерінің айтуынша, Оңтүстік Кореядан және Ұлыбританиядан келген бірнеше компания комбинатқа қызығушылық танытқан.""",
     ann=[
        ('Жезқазған', 0, 'city', 'Zhezkazgan', KR, {'note': 'headline; "Жезқазған мыс комбинаты" names the combine by its town; Karaganda Region land'}),
        ('ЖЕЗҚАЗҒАН', 0, 'city', 'Zhezkazgan', KR, {'note': 'dateline'}),
        ('Жезқазған облысының', 0, 'region', KR, KR, {'uncertain': True, 'note': 'NI:inside the name of an authority; region abolished in 1997 and merged into Karaganda Region, which holds its land'}),
        ('Жезқазған', 2, 'city', 'Zhezkazgan', KR, {'note': 'in a list sharing the head noun "қалаларындағы"'}),
        ('Сәтбаев', 0, 'city', 'Satpayev', KR, {'note': 'in a list sharing the head noun "қалаларындағы"'}),
        ('Никольский', 0, 'city', 'Satpayev', KR, {'note': 'old name of Satpayev (until 1990)'}),
        ('Сәтбаев қаласында', 0, 'city', 'Satpayev', KR),
        ('Қаражалдағы', 0, 'city', 'Karazhal', KR),
        ('Ұлытау ауданындағы', 0, 'district', 'Ulytau District', KR, {'note': 'Zhezkazgan Region in 1994, Karaganda Region land (Ulytau Region only from 2022)'}),
        ('Балқаштағы', 0, 'city', 'Balkhash', KR, {'note': 'NI:a plant studied as a model'}),
        ('Алматыдағы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:seat of the government'}),
        ('Оңтүстік Кореядан', 0, 'foreign', 'South Korea', N),
        ('Ұлыбританиядан', 0, 'foreign', 'United Kingdom', N),
     ],
     inc={}),

dict(id='p023', date='1996-12-17', lang='kk',
     event='1996 armed robbery of a bank branch on Abai Avenue in Almaty; getaway car found in Ili district (Almaty Region), border checkpoint at Kordai (Jambyl Region)',
     text="""Алматыда банк бөлімшесі тоналды
АЛМАТЫ, 17 желтоқсан (ҚазТАГ). Дүйсенбі күні түс кезінде Алматыдағы Абай даңғылында орналасқан коммерциялық банк бөлімшесіне бетперде киген үш қарулы адам басып кіріп, 3 миллион теңге алып кетті, деп хабарлады қалалық ішкі істер басқармасы. Күзетші аяғынан жараланып, ауруханаға жеткізілді. Куәгерлердің айтуынша, шабуылшылардың біреуі автомат ұстаған, олар бөлімшеде бес минуттай ғана болған. Банк бөлімшесі сол күні жұмысын тоқтатты, клиенттерге көршілес бөлімшеде қызмет көрсетіледі.
Қылмыскерлер ақ түсті көлікпен Қапшағай бағытында қашқан. Көлік кешке қарай Іле ауданындағы жол жиегінен бос күйінде табылды. Полиция олардың Бішкекке өтуі мүмкін деп есептеп, Қырғызстан шекарасындағы Қордай бекетінде тексеруді күшейтті.
Қалалық ішкі істер басқармасының мәліметінше, Алматыда банктер мен айырбастау пункттерін күзету ережелері биыл қатайтылған. Тонаушыларды ұстауға көмектескен адамға 500 мың теңге сыйақы беріледі.""",
     ann=[
        ('Алматыда', 0, 'city', 'Almaty', 'Almaty', {'note': 'headline'}),
        ('АЛМАТЫ', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Алматыдағы', 0, 'city', 'Almaty', 'Almaty'),
        ('Абай даңғылында', 0, 'facility', 'Abai Avenue (Almaty)', 'Almaty', {'subkind': 'street', 'note': 'named after the poet; not Abai Region'}),
        ('Қапшағай', 0, 'city', 'Konaev', ALR, {'note': 'NI:direction of the escape (Kapchagay, now Konaev)'}),
        ('Іле ауданындағы', 0, 'district', 'Ili District', ALR, {'note': 'NI:where the car was found'}),
        ('Бішкекке', 0, 'foreign', 'Bishkek', N, {'note': 'NI:possible destination'}),
        ('Қырғызстан', 0, 'foreign', 'Kyrgyzstan', N),
        ('Қордай бекетінде', 0, 'facility', 'Kordai checkpoint', JR, {'subkind': 'checkpoint', 'note': 'NI:checks reinforced'}),
        ('Алматыда', 1, 'city', 'Almaty', 'Almaty', {'note': 'security rules for banks in the city (no incident)'}),
     ],
     inc={'Almaty': (1, 'armed robbery of a bank branch on Abai Avenue, a guard wounded')}),

dict(id='p024', date='2004-08-17', lang='kk',
     event='2004 fishing boat capsizes on the Small Aral Sea, two fishermen from Karateren (Aral district, Kyzylorda Region) drown; Aral (the former Aralsk), Kazaly (Kazalinsk), Bekarystan Bi, the Kokaral dam under construction, Baikonur (the former Leninsk), Muynak in Karakalpakstan',
     text="""Кіші Аралда қайық аударылып, екі балықшы қаза тапты
АРАЛ, 17 тамыз (ҚазАқпарат). Кіші Арал теңізінде жексенбі күні кешке қатты желден балықшылар қайығы аударылып, екі адам қаза тапты, үшінші балықшыны құтқарушылар аман алып қалды, деп хабарлады Қызылорда облыстық төтенше жағдайлар басқармасы. Балықшылар Арал ауданындағы Қаратерең ауылының тұрғындары екен.
Кеңес заманында Аральск деп аталған Арал қаласы бір кездері ірі порт болған. Теңіз тартылғаннан кейін су қаладан 80 шақырымға шегініп, балық комбинаты мен кеме жөндеу зауыты жабылды. Сол кезде мыңнан астам адам жұмыссыз қалды. Қазір қалада шағын балық өңдеу цехтары ғана жұмыс істейді, олар балықты Ресей мен Еуропа елдеріне сатады. Соңғы жылдары Сырдария суы көбейіп, Кіші Аралға балық қайта орала бастады, сондықтан балықшылар ескі қайықтармен теңізге жиі шығады.
Солтүстік Аралды сақтау үшін салынып жатқан Көкарал бөгеті келесі жылы аяқталуы тиіс. Бөгет теңіз деңгейін бірнеше метрге көтереді деп күтілуде. Құрылысты Дүниежүзілік банк қаржыландырады, жобаның құны 85 миллион долларға жуық. Қазалы ауданындағы Бекарыстан би ауылының тұрғындары теңіз суы ауылға қайта жақындайды деп үміттенеді. Қазалы қаласын орыс тілінде әлі күнге дейін Казалинск деп атайды.
Облыстың шығысындағы Байқоңыр қаласы 1995 жылға дейін Ленинск деп аталған. Оны ғарыш айлағымен бірге Ресей жалға алып отыр. Арал тұрғындарының айтуынша, жергілікті жастардың көбі жұмыс іздеп Байқоңырға, Қызылордаға немесе Алматыға кетіп жатыр.
Өзбекстанның Қарақалпақстан Республикасындағы Мойнақ қаласы да бір кездері Арал теңізінің жағасындағы балықшылар қаласы еді. Қазір ол теңізден 150 шақырымнан астам қашықта қалды. Құтқарушылар балықшыларға құтқару кеудешелерін кимей теңізге шықпауды ескертті. Облыс әкімдігі балықшыларға жаңа қайықтар алу үшін жеңілдетілген несие беруді қарастырып жатыр.""",
     ann=[
        ('Кіші Аралда', 0, 'facility', 'Small Aral Sea', N, {'subkind': 'sea', 'note': 'headline'}),
        ('АРАЛ', 0, 'city', 'Aral', KYR, {'note': 'dateline'}),
        ('Кіші Арал теңізінде', 0, 'facility', 'Small Aral Sea', N, {'subkind': 'sea', 'note': 'in Kyzylorda Region'}),
        ('Қызылорда', 0, 'region', KYR, KYR, {'note': 'NI:inside the name of an authority ("Қызылорда облыстық ...")'}),
        ('Арал ауданындағы', 0, 'district', 'Aral District', KYR, {'note': 'NI:home of the fishermen'}),
        ('Қаратерең ауылының', 0, 'village', 'Karateren', KYR, {'note': 'NI:home of the fishermen'}),
        ('Аральск', 0, 'city', 'Aral', KYR, {'note': 'old name (Soviet period)'}),
        ('Арал қаласы', 0, 'city', 'Aral', KYR),
        ('Сырдария', 0, 'facility', 'Syr Darya', N, {'subkind': 'river'}),
        ('Кіші Аралға', 0, 'facility', 'Small Aral Sea', N, {'subkind': 'sea'}),
        ('Солтүстік Аралды', 0, 'facility', 'Small Aral Sea', N, {'subkind': 'sea', 'note': 'the North Aral, another name of the Small Aral Sea; not North Kazakhstan'}),
        ('Көкарал бөгеті', 0, 'facility', 'Kokaral dam', KYR, {'subkind': 'dam', 'note': 'under construction'}),
        ('Қазалы ауданындағы', 0, 'district', 'Kazaly District', KYR),
        ('Бекарыстан би ауылының', 0, 'village', 'Bekarystan Bi', KYR),
        ('Қазалы қаласын', 0, 'city', 'Kazaly', KYR),
        ('Казалинск', 0, 'city', 'Kazaly', KYR, {'note': 'Russian name'}),
        ('Байқоңыр қаласы', 0, 'city', 'Baikonur', KYR, {'note': 'leased to Russia'}),
        ('Ленинск', 0, 'city', 'Baikonur', KYR, {'note': 'old name (until 1995)'}),
        ('Ресей', 0, 'foreign', 'Russia', N, {'note': 'NI:market for fish'}),
        ('Еуропа', 0, 'foreign', 'Europe', N, {'note': 'NI:market for fish'}),
        ('Ресей', 1, 'foreign', 'Russia', N),
        ('Арал', 3, 'city', 'Aral', KYR, {'note': 'NI:residence ("Арал тұрғындарының")'}),
        ('Байқоңырға', 0, 'city', 'Baikonur', KYR, {'note': 'NI:destination of young people'}),
        ('Қызылордаға', 0, 'city', 'Kyzylorda', KYR, {'note': 'NI:destination of young people'}),
        ('Алматыға', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:destination of young people'}),
        ('Өзбекстанның', 0, 'foreign', 'Uzbekistan', N),
        ('Қарақалпақстан Республикасындағы', 0, 'foreign', 'Karakalpakstan', N),
        ('Мойнақ қаласы', 0, 'foreign', 'Muynak', N),
        ('Арал теңізінің', 0, 'facility', 'Aral Sea', N, {'subkind': 'sea'}),
     ],
     inc={KYR: (1, 'fishing boat capsized in a gale on the Small Aral Sea, two fishermen drowned')}),
]
