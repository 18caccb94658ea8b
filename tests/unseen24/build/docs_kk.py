"""Kazakh texts of the twenty-fourth unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
JR, ALR, KYR, TR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'Turkistan Region', 'South Kazakhstan Region'
ABR, JTR, EKR, MR, KOR = 'Abai Region', 'Jetisu Region', 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR, UR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region', 'Ulytau Region'
ATR, AR, WKR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region'
CD = {'subkind': 'city district'}
MD = {'subkind': 'microdistrict'}

DOCS = [
dict(id='p017', date='2001-03-13', lang='kk',
     event='2001 new akim of Zhezkazgan (Karaganda Region), which lost regional-centre status when Zhezkazgan Region was abolished in 1997; the Kengir reservoir and Kengir settlement; former deputy akim of Satpayev (no incident)',
     text="""Жезқазған қаласына жаңа әкім тағайындалды
ЖЕЗҚАЗҒАН, 13 наурыз (ҚазАқпарат) – Қарағанды облысының әкімі Нұрлан Әбдіковты Жезқазған қаласының әкімі етіп тағайындады. Ол бұған дейін Сәтбаев қаласы әкімінің бірінші орынбасары болып істеген.
Жезқазған 1997 жылы Жезқазған облысы таратылып, оның жері Қарағанды облысына қосылғаннан кейін облыс орталығы мәртебесінен айырылды. Содан бері қаладан 20 мыңға жуық адам көшіп кеткен.
Жаңа әкімнің алдында тұрған басты міндет – қаланың жылу желілерін жөндеу және Кеңгір су қоймасынан келетін су құбырын ауыстыру. Былтырғы қыста көп қабатты үйлердің үштен бірінде батареялар әрең жылыды.
Әкімдік биыл қалаға облыстық бюджеттен 1,2 млрд теңге бөлінетінін хабарлады. Қаржының бір бөлігі Кеңгір кентіндегі мектеп пен емхананы жөндеуге жұмсалады. Қала тұрғындары жаңа әкімнен ең алдымен жалақы мен зейнетақы берешегін өтеуді күтеді.""",
     ann=[
        ('Жезқазған қаласына', 0, 'city', 'Zhezkazgan', KR, {'note': 'headline; Karaganda Region from 1997 to 2022'}),
        ('ЖЕЗҚАЗҒАН', 0, 'city', 'Zhezkazgan', KR, {'note': 'dateline'}),
        ('Қарағанды облысының', 0, 'region', KR, KR, {'note': "NI:inside an official's title"}),
        ('Жезқазған қаласының', 0, 'city', 'Zhezkazgan', KR, {'note': "inside an official's title"}),
        ('Сәтбаев қаласы', 0, 'city', 'Satpayev', KR, {'note': 'NI:former workplace of the new akim'}),
        ('Жезқазған', 2, 'city', 'Zhezkazgan', KR),
        ('Жезқазған облысы', 0, 'region', KR, KR, {'uncertain': True, 'note': 'Zhezkazgan Region, abolished in 1997; its land is Karaganda Region on the article date'}),
        ('Қарағанды облысына', 0, 'region', KR, KR),
        ('Кеңгір су қоймасынан', 0, 'facility', 'Kengir reservoir', N, {'subkind': 'reservoir', 'note': 'NI:source of water; near Zhezkazgan'}),
        ('Кеңгір кентіндегі', 0, 'village', 'Kengir', KR, {'note': 'NI:planned repairs'}),
     ],
     inc={}),

dict(id='p018', date='2023-04-18', lang='kk',
     event='2023 gas explosion in a flat in Tekeli (Jetisu Region, in Almaty Region until June 2022) and a gathering of members of the «Шағала» dacha partnership outside the Almaty regional akimat in Konaev, the former Kapshagai (Almaty Region); housing plans for Taldykorgan, Ushtobe and Sarkand',
     text="""Текеліде тұрғын үйде газ жарылды, Қонаевта саяжай иелері әкімдік алдына жиналды
ТАЛДЫҚОРҒАН, 18 сәуір (ҚазАқпарат) – Жетісу облысының Текелі қаласында дүйсенбі күні кешке бес қабатты тұрғын үйдің төртінші қабатындағы пәтерде газ жарылып, екі адам жарақат алды. Бұл туралы облыстық төтенше жағдайлар департаменті хабарлады.
Жарылыстан пәтердің сыртқы қабырғасы құлап, көрші үйлердің терезелері сынды. Үйдегі 20 отбасы түнді жақын маңдағы мектепте өткізді. Зардап шеккендер Талдықорғандағы облыстық ауруханаға жеткізілді. Алдын ала мәлімет бойынша, ас үйдегі газ баллоны ақаулы болған.
Текелі Талдықорғаннан 45 шақырым жерде, тау бөктерінде орналасқан. Былтыр маусымда Жетісу облысы құрылғанға дейін қала Алматы облысының құрамында болатын. Текелі қалалық әкімдігінің мәліметінше, қаладағы көп қабатты үйлердің жартысы 1960–1970 жылдары кен байыту комбинатының жұмысшыларына салынған. Комбинат жабылғаннан кейін халық азайып, көп үйдің газ жүйесі жөнделмей қалған. Әкімдік биыл 40 үйдің газ құбырын ауыстыруға облыстық бюджеттен 600 млн теңге сұрады.
Сол күні Алматы облысының жаңа орталығы Қонаев қаласында «Шағала» саяжай серіктестігінің 50-ге жуық мүшесі облыс әкімдігінің ғимараты алдына жиналды. Олар серіктестік жерінің бір бөлігін көп қабатты үй құрылысына беру туралы шешімге наразылық білдірді. Облыс әкімінің орынбасары тұрғындармен кездесіп, шешімді қайта қарауға уәде берді. Саяжай иелерінің айтуынша, серіктестіктің жері 1985 жылы Қапшағай су электр станциясының құрылысшыларына берілген.
Қонаев – бұрынғы Қапшағай – 2022 жылы облыс орталығы болғаннан бері қалаға Алматыдан, Талғардан және Қаскелеңнен көшіп келгендер көбейген. Қаладағы пәтер бағасы бір жылда 30 пайызға өсті.
Жетісу облысының әкімдігі биыл Талдықорғанда, Үштөбеде және Сарқанда 12 көп қабатты үй салынатынын хабарлады. Облыста тұрғын үй кезегінде 21 мыңнан астам отбасы тұр.""",
     ann=[
        ('Текеліде', 0, 'city', 'Tekeli', JTR, {'note': 'headline'}),
        ('Қонаевта', 0, 'city', 'Konaev', ALR, {'note': 'headline'}),
        ('ТАЛДЫҚОРҒАН', 0, 'city', 'Taldykorgan', JTR, {'note': 'dateline'}),
        ('Жетісу облысының', 0, 'region', JTR, JTR),
        ('Текелі қаласында', 0, 'city', 'Tekeli', JTR),
        ('Талдықорғандағы', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:hospital town'}),
        ('Текелі', 1, 'city', 'Tekeli', JTR),
        ('Талдықорғаннан', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:reference point'}),
        ('Жетісу облысы', 0, 'region', JTR, JTR, {'note': 'its creation in June 2022'}),
        ('Алматы облысының', 0, 'region', ALR, ALR, {'note': 'NI:former unit of Tekeli'}),
        ('Текелі', 2, 'city', 'Tekeli', JTR, {'note': 'inside the name of an authority'}),
        ('Алматы облысының', 1, 'region', ALR, ALR),
        ('Қонаев қаласында', 0, 'city', 'Konaev', ALR),
        ('Шағала', 0, 'facility', 'Shagala dacha partnership (Konaev)', ALR, {'subkind': 'dacha cooperative', 'note': 'NI:the disputed land; the gathering is at the akimat'}),
        ('Қапшағай су электр станциясының', 0, 'facility', 'Kapshagai hydroelectric power station', ALR, {'subkind': 'power station', 'note': 'NI:its builders received the land in 1985'}),
        ('Қонаев', 1, 'city', 'Konaev', ALR),
        ('Қапшағай', 1, 'city', 'Konaev', ALR, {'note': 'the former name'}),
        ('Алматыдан', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of newcomers'}),
        ('Талғардан', 0, 'city', 'Talgar', ALR, {'note': 'NI:origin of newcomers'}),
        ('Қаскелеңнен', 0, 'city', 'Kaskelen', ALR, {'note': 'NI:origin of newcomers'}),
        ('Жетісу облысының', 1, 'region', JTR, JTR, {'note': 'NI:inside the name of an authority'}),
        ('Талдықорғанда', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:planned construction'}),
        ('Үштөбеде', 0, 'city', 'Ushtobe', JTR, {'note': 'NI:planned construction'}),
        ('Сарқанда', 0, 'city', 'Sarkand', JTR, {'note': 'NI:planned construction'}),
     ],
     inc={JTR: (1, 'gas explosion in a flat in Tekeli, two injured'),
          ALR: (1, 'gathering of about 50 dacha owners outside the Almaty regional akimat in Konaev in protest (unrest/protest)')}),

dict(id='p019', date='2020-11-24', lang='kk',
     event='2020 gas explosion in a four-storey block in the Asar microdistrict, Turan district of Shymkent (Shymkent, created as its own unit in 2018); gas checks in the Turan, Abai and Karatau districts',
     text="""Шымкенттің Тұран ауданында тұрғын үйде газ жарылды
ШЫМКЕНТ, 24 қараша (Kazinform) – Шымкент қаласының Тұран ауданындағы «Асар» шағын ауданында сейсенбі күні таңертең төрт қабатты тұрғын үйдің екінші қабатында газ жарылды. Үш адам ауруханаға жеткізілді, олардың бірінің жағдайы ауыр.
Қалалық төтенше жағдайлар департаментінің мәліметінше, жарылыс салдарынан пәтердің қабырғасы қирап, подъездегі 16 пәтердің тұрғындары уақытша туыстарына көшірілді. Жарылыс болған үй 1987 жылы салынған, онда 48 пәтер бар. Үйдің газ құбырлары 2019 жылы тексерілген. Полиция газ баллонын заңсыз пайдалану фактісі бойынша тексеру бастады.
Тұран ауданы 2018 жылы Шымкент республикалық маңызы бар қала мәртебесін алғаннан кейін құрылды. Аудан әкімі зардап шеккен отбасыларға көмек көрсетілетінін айтты. Қала әкімдігі Тұран, Абай және Қаратау аудандарындағы барлық көп қабатты үйлердің газ жабдықтарын желтоқсан соңына дейін тексеруді тапсырды.""",
     ann=[
        ('Шымкенттің', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'headline'}),
        ('Тұран ауданында', 0, 'district', 'Turan District (Shymkent)', 'Shymkent', {'subkind': 'city district', 'note': 'headline'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'dateline'}),
        ('Шымкент қаласының', 0, 'city', 'Shymkent', 'Shymkent'),
        ('Тұран ауданындағы', 0, 'district', 'Turan District (Shymkent)', 'Shymkent', CD),
        ('Асар', 0, 'district', 'Asar (Shymkent)', 'Shymkent', MD),
        ('Тұран ауданы', 0, 'district', 'Turan District (Shymkent)', 'Shymkent', CD),
        ('Шымкент', 1, 'city', 'Shymkent', 'Shymkent', {'note': 'its new status in 2018'}),
        ('Тұран', 3, 'district', 'Turan District (Shymkent)', 'Shymkent', {'subkind': 'city district', 'note': 'NI:list sharing "аудандарындағы"; checks ordered'}),
        ('Абай', 0, 'district', 'Abai District (Shymkent)', 'Shymkent', {'subkind': 'city district', 'note': 'NI:list sharing "аудандарындағы"; not Abai Region'}),
        ('Қаратау', 0, 'district', 'Karatau District (Shymkent)', 'Shymkent', {'subkind': 'city district', 'note': 'NI:list sharing "аудандарындағы"; not Karatau town'}),
     ],
     inc={'Shymkent': (1, 'gas explosion in a block in the Asar microdistrict of Turan district, three hospitalised')}),

dict(id='p020', date='2016-09-06', lang='kk',
     event='2016 new akim of Turkistan town (South Kazakhstan Region before 2018), formerly deputy akim of Kentau and akim of Sairam district; streets to the Khoja Ahmed Yasawi mausoleum (no incident)',
     text="""Түркістан қаласына жаңа әкім тағайындалды
ШЫМКЕНТ, 6 қыркүйек (ҚазАқпарат) – Оңтүстік Қазақстан облысының әкімі Түркістан қаласының әкімі қызметіне Бақытжан Сұлтанбековты тағайындады. Ол бұған дейін Кентау қаласы әкімінің бірінші орынбасары және Сайрам ауданының әкімі болып істеген.
Жаңа әкім облыс әкімдігінің отырысында қаладағы тұрғын үй кезегін қысқартуға және Қожа Ахмет Ясауи кесенесіне баратын көшелерді жөндеуге басымдық беретінін айтты. Түркістанда 160 мыңнан астам адам тұрады, ал баспана кезегінде 12 мыңға жуық отбасы тұр.
Қала бюджетінің үштен бірі су құбыры мен кәріз желілеріне жұмсалады, ал қаланың солтүстігіндегі жаңа тұрғын үй алаптарына әлі газ тартылмаған. Түркістанның тұрғындары әкімдікке жол мен жарықтың жоқтығына жиі шағымданады. Бұған дейін қаланы басқарған әкім облыстық құрылыс басқармасының басшысы болып тағайындалды. Түркістан – облыс бойынша Шымкенттен кейінгі ең ірі қала.""",
     ann=[
        ('Түркістан қаласына', 0, 'city', 'Turkistan', SKR, {'note': 'headline; South Kazakhstan Region before 2018-06-19'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', SKR, {'note': 'dateline'}),
        ('Оңтүстік Қазақстан облысының', 0, 'region', SKR, SKR, {'note': "NI:inside an official's title"}),
        ('Түркістан қаласының', 0, 'city', 'Turkistan', SKR, {'note': "inside an official's title"}),
        ('Кентау қаласы', 0, 'city', 'Kentau', SKR, {'note': 'NI:former workplace of the new akim'}),
        ('Сайрам ауданының', 0, 'district', 'Sairam District', SKR, {'note': 'NI:former workplace of the new akim'}),
        ('Қожа Ахмет Ясауи кесенесіне', 0, 'facility', 'Khoja Ahmed Yasawi Mausoleum', SKR, {'subkind': 'mausoleum', 'note': 'NI:planned street repairs'}),
        ('Түркістанда', 0, 'city', 'Turkistan', SKR),
        ('Түркістанның', 0, 'city', 'Turkistan', SKR),
        ('Түркістан', 2, 'city', 'Turkistan', SKR),
        ('Шымкенттен', 0, 'city', 'Shymkent', SKR, {'note': 'NI:comparison; South Kazakhstan Region in 2016'}),
     ],
     inc={}),

dict(id='p021', date='2026-02-17', lang='kk',
     event='2026 carbon-monoxide deaths of a couple in a house in the Shugyla microdistrict, Nauryzbay district (Almaty), with an akimat post in the Kazakh Latin alphabet, and a fire in a college dormitory in Kaskelen, Karasai district (Almaty Region); heating complaints in Aksai-4 (Auezov district, Almaty)',
     text="""Алматыда екі адам иіс газынан қаза тапты, Қаскелеңде жатақхана өртенді
АЛМАТЫ, 17 ақпан (Tengrinews) – Алматы қаласының Наурызбай ауданындағы «Шұғыла» шағын ауданында жексенбіге қараған түні жеке үйде ерлі-зайыптылар иіс газынан уланып, көз жұмды. Олардың 10 жасар ұлы ауруханаға жеткізілді. Полицияның дерегінше, үй көмір пешімен жылытылған, мұржасы қармен бітеліп қалған.
Наурызбай ауданының әкімдігі әлеуметтік желідегі парақшасында латын әліпбиімен мынадай хабарлама жариялады: «Şūğyla şağyn audanyndağy qaiğyly oqiğağa bailanysty marqūmdardyñ otbasyna köñıl aitamyz. Almaty qalasynyñ jeke üilerde tūratyn barlyq tūrğyndaryn peşterdı tekseruge şaqyramyz».
Қала әкімдігінің мәліметінше, Наурызбай және Алатау аудандарындағы 30 мыңға жуық жеке үй әлі күнге дейін газға қосылмаған. Олардың көбі 2014 жылға дейін Алматы облысының Қарасай ауданына қарасты ауылдар болған. Наурызбай ауданы 2014 жылы құрылғанда мұнда 60 мыңдай адам тұрған, қазір тұрғындар саны 200 мыңнан асты. Аудан әкімдігі биыл Қалқаман және Шұғыла шағын аудандарында 25 шақырым газ құбырын тартуды жоспарлап отыр.
Сол түні Алматы облысы Қарасай ауданының орталығы Қаскелең қаласында колледж жатақханасының үшінші қабатында өрт шықты. 120 студент эвакуацияланып, екеуі түтіннен уланып ауруханаға түсті. Өрт электр сымының ақауынан шыққан деп болжанып отыр. Жатақханада негізінен Жамбыл және Түркістан облыстарынан келген студенттер тұрған.
Облыс әкімдігі Қаскелеңдегі, Талғардағы және Есіктегі барлық жатақханаларды тексеруді тапсырды.
Ал Алматыдағы Әуезов ауданының Ақсай-4 шағын ауданының тұрғындары қыстың басынан бері үйлеріндегі жылудың әлсіздігіне шағымданып келеді. «Алматы жылу желілері» компаниясы наурызға дейін құбырларды ауыстыруға уәде берді. Компания өкілінің айтуынша, шағын аудандағы жылу құбырлары 1980 жылдары төселген және олардың жартысы тозған. Былтыр қыста да осы үйлерде жылу бірнеше рет үзілген. Тұрғындар мәселе шешілмесе, аудан әкімдігінің алдына жиналатынын айтты.""",
     ann=[
        ('Алматыда', 0, 'city', 'Almaty', 'Almaty', {'note': 'headline'}),
        ('Қаскелеңде', 0, 'city', 'Kaskelen', ALR, {'note': 'headline'}),
        ('АЛМАТЫ', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Алматы қаласының', 0, 'city', 'Almaty', 'Almaty'),
        ('Наурызбай ауданындағы', 0, 'district', 'Nauryzbay District (Almaty)', 'Almaty', CD),
        ('Шұғыла', 0, 'district', 'Shugyla (Almaty)', 'Almaty', MD),
        ('Наурызбай ауданының', 0, 'district', 'Nauryzbay District (Almaty)', 'Almaty', {'subkind': 'city district', 'note': 'NI:inside the name of an authority'}),
        ('Şūğyla şağyn audanyndağy', 0, 'district', 'Shugyla (Almaty)', 'Almaty', {'subkind': 'microdistrict', 'note': 'Kazakh Latin alphabet'}),
        ('Almaty qalasynyñ', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:Kazakh Latin alphabet; appeal to all residents'}),
        ('Наурызбай', 2, 'district', 'Nauryzbay District (Almaty)', 'Almaty', {'subkind': 'city district', 'note': 'NI:list sharing "аудандарындағы"; houses without gas'}),
        ('Алатау', 0, 'district', 'Alatau District (Almaty)', 'Almaty', {'subkind': 'city district', 'note': 'NI:list sharing "аудандарындағы"; houses without gas'}),
        ('Алматы облысының', 0, 'region', ALR, ALR, {'note': 'NI:former unit of the land'}),
        ('Қарасай ауданына', 0, 'district', 'Karasai District', ALR, {'note': 'NI:former unit of the land'}),
        ('Наурызбай ауданы', 0, 'district', 'Nauryzbay District (Almaty)', 'Almaty', {'subkind': 'city district', 'note': 'NI:its creation in 2014'}),
        ('Қалқаман', 0, 'district', 'Kalkaman (Almaty)', 'Almaty', {'subkind': 'microdistrict', 'note': 'NI:list sharing "шағын аудандарында"; planned gas pipes'}),
        ('Шұғыла', 1, 'district', 'Shugyla (Almaty)', 'Almaty', {'subkind': 'microdistrict', 'note': 'NI:list sharing "шағын аудандарында"; planned gas pipes'}),
        ('Алматы облысы', 0, 'region', ALR, ALR),
        ('Қарасай ауданының', 0, 'district', 'Karasai District', ALR),
        ('Қаскелең қаласында', 0, 'city', 'Kaskelen', ALR),
        ('Жамбыл', 0, 'region', JR, JR, {'note': 'NI:list sharing "облыстарынан"; origin of students'}),
        ('Түркістан', 0, 'region', TR, TR, {'note': 'NI:list sharing "облыстарынан"; origin of students'}),
        ('Қаскелеңдегі', 0, 'city', 'Kaskelen', ALR, {'note': 'NI:checks ordered'}),
        ('Талғардағы', 0, 'city', 'Talgar', ALR, {'note': 'NI:checks ordered'}),
        ('Есіктегі', 0, 'city', 'Esik', ALR, {'note': 'NI:checks ordered'}),
        ('Алматыдағы', 0, 'city', 'Almaty', 'Almaty', {'note': 'complaints only'}),
        ('Әуезов ауданының', 0, 'district', 'Auezov District (Almaty)', 'Almaty', CD),
        ('Ақсай-4 шағын ауданының', 0, 'district', 'Aksai-4 (Almaty)', 'Almaty', {'subkind': 'microdistrict', 'note': 'a microdistrict of Almaty, not Aksai town in West Kazakhstan Region'}),
     ],
     inc={'Almaty': (1, 'carbon-monoxide deaths of a couple in a house in the Shugyla microdistrict, Nauryzbay district'),
          ALR: (1, 'fire in a college dormitory in Kaskelen, two people poisoned by smoke')}),

dict(id='p022', date='2012-05-29', lang='kk',
     event='2012 construction of rental housing for young families in Aksai, Burli district (West Kazakhstan Region), paid by Karachaganak field companies; twin town Aksai in Rostov oblast, Russia; the Oral-Aksai road (no incident)',
     text="""Ақсайда жас отбасыларға арналған 300 пәтерлік тұрғын үй салынады
ОРАЛ, 29 мамыр (ҚазАқпарат) – Батыс Қазақстан облысы Бөрлі ауданының орталығы Ақсай қаласында жас отбасыларға арналған 300 пәтерлік үш тұрғын үйдің құрылысы басталды. Бұл туралы облыс әкімдігінің баспасөз қызметі хабарлады.
Үйлерді Қарашығанақ кен орнында жұмыс істейтін компаниялардың демеушілік қаражатына салу жоспарланған. Пәтерлер кезекте тұрған мұғалімдерге, дәрігерлерге және мемлекеттік қызметшілерге жалға беріледі.
Ақсайда 35 мыңдай адам тұрады. Қала Ресейдің Ростов облысындағы аттас Аксай қаласымен бауырлас. Аудан әкімі жаңа үйлер 2013 жылдың соңына дейін пайдалануға берілетінін айтты. Қазір аудан орталығында 2 мыңнан астам отбасы баспана кезегінде тұр. Құрылысқа Оралдағы және Ақтөбедегі мердігерлер қатысады. Орал мен Ақсай арасындағы 140 шақырымдық жолды жөндеу де биылғы жоспарда бар.""",
     ann=[
        ('Ақсайда', 0, 'city', 'Aksai', WKR, {'note': 'headline'}),
        ('ОРАЛ', 0, 'city', 'Oral', WKR, {'note': 'dateline'}),
        ('Батыс Қазақстан облысы', 0, 'region', WKR, WKR),
        ('Бөрлі ауданының', 0, 'district', 'Burli District', WKR),
        ('Ақсай қаласында', 0, 'city', 'Aksai', WKR),
        ('Қарашығанақ кен орнында', 0, 'facility', 'Karachaganak field', WKR, {'subkind': 'gas field', 'note': 'NI:workplace of the sponsoring companies'}),
        ('Ақсайда', 1, 'city', 'Aksai', WKR),
        ('Ресейдің', 0, 'foreign', 'Russia', N),
        ('Ростов облысындағы', 0, 'foreign', 'Rostov Oblast', N),
        ('Аксай қаласымен', 0, 'foreign', 'Aksay (Rostov Oblast)', N, {'note': 'the Russian namesake and twin town'}),
        ('Оралдағы', 0, 'city', 'Oral', WKR, {'note': 'NI:seat of contractors'}),
        ('Ақтөбедегі', 0, 'city', 'Aktobe', AR, {'note': 'NI:seat of contractors'}),
        ('Орал', 0, 'city', 'Oral', WKR, {'note': 'NI:road endpoint'}),
        ('Ақсай', 1, 'city', 'Aksai', WKR, {'note': 'NI:road endpoint'}),
     ],
     inc={}),

dict(id='p023', date='2019-07-09', lang='kk',
     event='2019 Saryarka district court of Nur-Sultan (Astana) sentences a former deputy akim of Baikonur district for bribes over rental flats in the South-East microdistrict and dacha plots in the village of Kosshy (Tselinograd district, Akmola Region) (no incident)',
     text="""Нұр-Сұлтанда Байқоңыр ауданы әкімінің бұрынғы орынбасары сотталды
НҰР-СҰЛТАН, 9 шілде (Kazinform) – Нұр-Сұлтан қаласының Сарыарқа аудандық соты Байқоңыр ауданы әкімінің бұрынғы орынбасарын пара алғаны үшін 6 жылға бас бостандығынан айырды.
Тергеу дерегінше, ол 2018 жылы тұрғын үй кезегіндегі екі отбасынан «Оңтүстік-Шығыс» шағын ауданындағы жалдамалы пәтерлерді тезірек бөліп беруге көмектесемін деп 4 млн теңге алған. Сонымен бірге ол Ақмола облысы Целиноград ауданының Қосшы ауылындағы саяжай учаскелерін заңсыз ресімдеуге делдал болған.
Байқоңыр ауданы 2018 жылы Алматы және Сарыарқа аудандарының жерінен құрылған. Аудан әкімдігі сот үкіміне түсініктеме бермеді. Сот сондай-ақ оған мемлекеттік қызметте істеуге өмір бойы тыйым салды. Сотталушы кінәсін мойындамады, үкім әлі заңды күшіне енген жоқ. Бұған дейін қала әкімдігі жалдамалы баспана кезегін электронды жүйеге көшіретінін мәлімдеген.""",
     ann=[
        ('Нұр-Сұлтанда', 0, 'city', 'Astana', 'Astana', {'note': 'headline; the capital in 2019-2022'}),
        ('Байқоңыр ауданы', 0, 'district', 'Baikonur District (Astana)', 'Astana', {'subkind': 'city district', 'note': "headline; inside an official's title"}),
        ('НҰР-СҰЛТАН', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Нұр-Сұлтан қаласының', 0, 'city', 'Astana', 'Astana', {'note': 'NI:inside the name of a court'}),
        ('Сарыарқа', 0, 'district', 'Saryarka District (Astana)', 'Astana', {'subkind': 'city district', 'note': 'NI:inside the name of a court'}),
        ('Байқоңыр ауданы', 1, 'district', 'Baikonur District (Astana)', 'Astana', {'subkind': 'city district', 'note': "inside an official's title"}),
        ('Оңтүстік-Шығыс', 0, 'district', 'South-East (Astana)', 'Astana', MD),
        ('Ақмола облысы', 0, 'region', AKR, AKR),
        ('Целиноград ауданының', 0, 'district', 'Tselinograd District', AKR),
        ('Қосшы ауылындағы', 0, 'village', 'Kosshy', AKR, {'note': 'a village in 2019 (town status in 2021)'}),
        ('Байқоңыр ауданы', 2, 'district', 'Baikonur District (Astana)', 'Astana', CD),
        ('Алматы', 0, 'district', 'Almaty District (Astana)', 'Astana', {'subkind': 'city district', 'note': 'NI:list sharing "аудандарының"; a district of the capital, not the city of Almaty'}),
        ('Сарыарқа', 1, 'district', 'Saryarka District (Astana)', 'Astana', {'subkind': 'city district', 'note': 'NI:list sharing "аудандарының"'}),
     ],
     inc={}),

dict(id='p024', date='2008-01-22', lang='kk',
     event='2008 cold wave: carbon-monoxide death in a house in the Samal microdistrict of Shymkent (South Kazakhstan Region before 2018) and a boiler explosion at the city boiler house of Kapshagai (Almaty Region); heating-network accidents in four other unnamed regions; gas pressure in Almaty, Astana and Shymkent; school closures in Jambyl and Kyzylorda regions; gas from Uzbekistan',
     text="""Қақаған аяз: Шымкентте отбасы иіс газынан уланды, Қапшағайда қазандық жарылды
АСТАНА, 22 қаңтар (ҚазАқпарат) – Соңғы бір аптада Қазақстанның оңтүстігін қарлы боран мен қатты аяз басып, бірқатар қалада жылу мен газ беру үзілді. Бұл туралы Төтенше жағдайлар министрлігі дүйсенбі күні хабарлады.
Шымкент қаласының «Самал» шағын ауданында жексенбі күні түнде жеке үйде үш адам иіс газынан уланып, олардың біреуі қаза тапты. Оңтүстік Қазақстан облыстық төтенше жағдайлар департаментінің хабарлауынша, үйдегі газ қазандығының мұржасы мұзбен бітеліп қалған.
Алматы облысындағы Қапшағай қаласында сенбі күні қалалық қазандықтың бу қазаны жарылып, екі жұмысшы жарақат алды. Соның салдарынан 40 көп қабатты үй мен екі мектеп екі күн бойы жылусыз отырды. Қапшағайға көмекке Талдықорғаннан және Алматыдан апаттық бригадалар жіберілді.
Министрліктің дерегінше, жылу желілеріндегі апаттар тағы төрт облыста тіркелген, бірақ олардың атауы аталмады.
Алматы, Астана және Шымкент қалаларында газ қысымы кешке қарай күрт төмендейді. «ҚазТрансГаз» компаниясы газдың тәуліктік тұтынуы Алматыда 12 миллион текше метрге жеткенін хабарлады. Шымкенттегі газ бөлу желісінің 40 пайызы тозған, ал Өзбекстаннан келетін газ көлемінің азаюы қысымды одан әрі түсірді.
Шығыс Қазақстан облысында аяз 45 градусқа жетті. Облыс әкімдігінің хабарлауынша, Өскемен мен Семейдегі жылу жүйелері жүктемеге шыдап тұр, ал Зайсан ауданының таулы ауылдарына көмір тасу жолды қар басуына байланысты тоқтап қалды. Астанада аяз 42 градусқа жетіп, мектептер екі күн жабық болды. Ал Атырау мен Ақтауда газбен жабдықтау қалыпты жұмыс істеп тұр.
Үкімет әкімдерге мектептерді жабу туралы шешімді жергілікті жерде қабылдауға рұқсат берді. Жамбыл және Қызылорда облыстарында бастауыш сынып оқушыларының сабақтары үш күнге тоқтатылды. Министрлік тұрғындарға пештер мен газ қазандықтарының мұржаларын тексеріп, үйге иіс газы датчигін орнатуды ұсынды. Синоптиктер аяз сенбіге дейін сақталатынын болжап отыр.""",
     ann=[
        ('Шымкентте', 0, 'city', 'Shymkent', SKR, {'note': 'headline; South Kazakhstan Region before 2018-06-19'}),
        ('Қапшағайда', 0, 'city', 'Konaev', ALR, {'note': 'headline; Kapshagai, renamed Konaev in 2022'}),
        ('АСТАНА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Қазақстанның', 0, 'country', 'Kazakhstan', N, {'note': 'directional phrase "the south of Kazakhstan": only the country'}),
        ('бірқатар қалада', 0, 'quantified', 'a number of cities', N, {'count': None, 'unit': 'city', 'note': 'heat and gas supply cuts, not counted as incidents'}),
        ('Шымкент қаласының', 0, 'city', 'Shymkent', SKR),
        ('Самал', 0, 'district', 'Samal (Shymkent)', SKR, MD),
        ('Оңтүстік Қазақстан', 0, 'region', SKR, SKR, {'note': 'inside the name of an authority (облыстық департамент)'}),
        ('Алматы облысындағы', 0, 'region', ALR, ALR),
        ('Қапшағай қаласында', 0, 'city', 'Konaev', ALR, {'note': 'Kapshagai, renamed Konaev in 2022'}),
        ('Қапшағайға', 0, 'city', 'Konaev', ALR, {'note': 'destination of repair crews; the site of the accident'}),
        ('Талдықорғаннан', 0, 'city', 'Taldykorgan', ALR, {'note': 'NI:origin of repair crews; Almaty Region in 2008'}),
        ('Алматыдан', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of repair crews'}),
        ('тағы төрт облыста', 0, 'quantified', '4 other regions', N, {'count': 4, 'unit': 'region', 'note': 'heating-network accidents in unnamed regions'}),
        ('Алматы', 1, 'city', 'Almaty', 'Almaty', {'note': 'list sharing "қалаларында"'}),
        ('Астана', 0, 'city', 'Astana', 'Astana', {'note': 'list sharing "қалаларында"'}),
        ('Шымкент', 1, 'city', 'Shymkent', SKR, {'note': 'list sharing "қалаларында"'}),
        ('Алматыда', 0, 'city', 'Almaty', 'Almaty'),
        ('Шымкенттегі', 0, 'city', 'Shymkent', SKR),
        ('Өзбекстаннан', 0, 'foreign', 'Uzbekistan', N, {'note': 'NI:origin of gas'}),
        ('Шығыс Қазақстан облысында', 0, 'region', EKR, EKR),
        ('Өскемен', 0, 'city', 'Oskemen', EKR),
        ('Семейдегі', 0, 'city', 'Semey', EKR, {'note': 'East Kazakhstan Region before 2022-06-08'}),
        ('Зайсан ауданының', 0, 'district', 'Zaisan District', EKR),
        ('Астанада', 0, 'city', 'Astana', 'Astana'),
        ('Атырау', 0, 'city', 'Atyrau', ATR, {'note': 'NI:no supply problems'}),
        ('Ақтауда', 0, 'city', 'Aktau', MR, {'note': 'NI:no supply problems'}),
        ('Жамбыл', 0, 'region', JR, JR, {'note': 'NI:list sharing "облыстарында"; school closures'}),
        ('Қызылорда', 0, 'region', KYR, KYR, {'note': 'NI:list sharing "облыстарында"; school closures'}),
     ],
     inc={SKR: (1, 'carbon-monoxide poisoning in a house in the Samal microdistrict of Shymkent, one dead'),
          ALR: (1, 'explosion of a boiler at the city boiler house of Kapshagai, two workers injured')},
     unatt=[{'label': 'тағы төрт облыста', 'count': 4, 'note': 'heating-network accidents in four other unnamed regions'}]),
]
