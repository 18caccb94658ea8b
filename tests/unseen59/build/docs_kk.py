"""Kazakh texts of the fifty-ninth unseen check corpus (Cyrillic; annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p017', date='1999-12-08', lang='kk',
     event='1999 carbon monoxide from a stove poisons 12 pupils in a boarding school in Arkalyk, one boy dies (Kostanay Region; the former Turgay Region abolished in 1997); pupils from Amangeldy and Zhangeldi districts; ministry commission from Astana',
     text="""Арқалықтағы мектеп-интернатта оқушы иіс газынан қайтыс болды
ҚОСТАНАЙ, 8 желтоқсан (ҚазАқпарат) – Арқалық қаласындағы мектеп-интернатта түнде пештен шыққан иіс газынан 12 оқушы уланды. Олардың бірі, 13 жастағы ұл бала ауруханада көз жұмды, деп хабарлады Қостанай облыстық төтенше жағдайлар басқармасы. Қалған балалардың жағдайы тұрақты.
Интернатта Амангелді және Жангелді аудандарының шалғай ауылдарынан келген 140 бала тұрады. Тергеушілердің айтуынша, жатақхананың пешін кешке түнгі күзетші жаққан, ал мұржаның жапқышы тым ерте жабылған.
1997 жылы Торғай облысы таратылып, Арқалық Қостанай облысының құрамына енгеннен бері қаладағы мектептердің көбі көмірге зәру. Астанадан келген Білім министрлігінің комиссиясы облыстағы барлық интернаттарды тексереді.""",
     ann=[
        ('Арқалықтағы', 0, 'city', 'Arkalyk', KOR, {'note': 'headline'}),
        ('ҚОСТАНАЙ', 0, 'city', 'Kostanay', KOR, {'note': 'dateline'}),
        ('Арқалық қаласындағы', 0, 'city', 'Arkalyk', KOR),
        ('Қостанай', 0, 'region', KOR, KOR, {'note': 'inside the name of an authority ("Қостанай облыстық ... басқармасы", the regional department)'}),
        ('Амангелді', 0, 'district', 'Amangeldi District', KOR, {'note': 'NI:origin of pupils; in a list sharing "аудандарының"'}),
        ('Жангелді', 0, 'district', 'Zhangeldi District', KOR, {'note': 'NI:origin of pupils; in a list sharing "аудандарының"'}),
        ('Торғай облысы', 0, 'region', KOR, KOR, {'uncertain': True, 'note': 'NI:background; Turgay Region, abolished in 1997 and divided between Kostanay and Akmola regions; labelled with the unit that took Arkalyk'}),
        ('Арқалық', 1, 'city', 'Arkalyk', KOR, {'note': 'NI:background'}),
        ('Қостанай облысының', 0, 'region', KOR, KOR, {'note': 'NI:background'}),
        ('Астанадан', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of the commission'}),
     ],
     inc={KOR: (1, 'carbon monoxide poisoning of 12 pupils in the Arkalyk boarding school, one boy died (deadly mishap)')}),

dict(id='p018', date='2021-06-10', lang='kk',
     event='2021 Unified National Test: parents\' protest outside the testing centre at a university in Atyrau, two detained (Atyrau Region); bus with 24 school leavers overturns near Kandyagash, Mugalzhar district (Aktobe Region); power cut at the Kokshetau testing centre and phones confiscated in Shymkent, Kyzylorda and Turkistan regions (not incidents); a school named after Zhambyl in Taraz; universities named after persons and towns not annotated; scholarships abroad',
     text="""ҰБТ: Атырауда ата-аналар наразылық білдірді, Қандыағаш маңында түлектер мінген автобус аударылды
НҰР-СҰЛТАН, 10 маусым – Ұлттық бірыңғай тестілеудің негізгі кезеңінің бесінші күні екі облыста оқыс оқиғалармен есте қалды.
Атырауда таңертең тестілеу орталығы орналасқан Х. Досмұхамедов атындағы Атырау университетінің ғимараты алдына 100-ге жуық ата-ана жиналды. Олар кеше тест кезінде интернет үзіліп, балаларының нәтижесі жойылғанын айтып, тестті қайта тапсыруға рұқсат беруді талап етті. Полиция қоғамдық тәртіпті бұзды деп екі адамды ұстады. Атырау облысының әкімінің орынбасары Ерлан Сағынтаев ата-аналармен кездесіп, шағымдарды апелляциялық комиссия қарайтынын айтты.
Ақтөбе облысында Мұғалжар ауданындағы Қандыағаш қаласының маңында Ақтөбеге тест тапсыруға бара жатқан 24 түлек мінген автобус жаңбырдан кейін тайғақ болған жолдан шығып, аударылып кетті. Үш оқушы жарақат алып, Қандыағаштағы ауруханаға жеткізілді. Облыстық полиция департаментінің мәліметінше, жүргізуші жылдамдықты асырған. Зардап шеккен түлектер тестті резервтік күні тапсырады.
Ақмола облысының орталығы Көкшетаудағы тестілеу орталығында электр жарығы 40 минутқа сөніп, 300-ге жуық түлек тестті кешірек бастады. Ұлттық тестілеу орталығы мұны техникалық ақау деп атады, ешкім зардап шекпеген. Былтырға дейін Солтүстік Қазақстан облысының түлектері де тестке Көкшетауға баратын, ал биыл Петропавлда жаңа орталық ашылды.
Шымкентте тест кезінде смартфон пайдаланып ұсталған 40 түлектің нәтижесі жойылды. Қызылорда және Түркістан облыстарында да тыйым салынған құрылғылар тәркіленді.
Ұлттық тестілеу орталығының мәліметінше, биыл ҰБТ-ны 17 өңірде 150 мыңнан астам түлек тапсырды. Ең жоғары балды Тараздағы Жамбыл атындағы мектеп-гимназияның түлегі жинады – 140 балдың 138-і. Үздік түлектер Нұр-Сұлтандағы Назарбаев Университетіне немесе «Болашақ» бағдарламасымен Ұлыбритания, АҚШ және Оңтүстік Корея университеттеріне түсуге үміттенеді. Тест нәтижелері 15 маусымда жарияланады, ал апелляцияға өтініштер үш күн бойы қабылданады.""",
     ann=[
        ('Атырауда', 0, 'city', 'Atyrau', ATR, {'note': 'headline'}),
        ('Қандыағаш', 0, 'city', 'Kandyagash', AR, {'note': 'headline; the crash near it'}),
        ('НҰР-СҰЛТАН', 0, 'city', 'Astana', 'Astana', {'note': 'dateline; name of the capital 2019-2022'}),
        ('екі облыста', 0, 'quantified', '2 regions', N, {'count': 2, 'unit': 'region', 'note': 'both named below (Atyrau, Aktobe); not listed as unattributed'}),
        ('Атырауда', 1, 'city', 'Atyrau', ATR, {'note': 'the protest; the university named after a person and a town is not annotated'}),
        ('Атырау облысының', 0, 'region', ATR, ATR, {'note': 'inside the title of an official (deputy akim)'}),
        ('Ақтөбе облысында', 0, 'region', AR, AR),
        ('Мұғалжар ауданындағы', 0, 'district', 'Mugalzhar District', AR),
        ('Қандыағаш қаласының', 0, 'city', 'Kandyagash', AR, {'note': 'the bus overturned near it'}),
        ('Ақтөбеге', 0, 'city', 'Aktobe', AR, {'note': 'NI:destination of the bus'}),
        ('Қандыағаштағы', 0, 'city', 'Kandyagash', AR, {'note': 'NI:hospital town'}),
        ('Ақмола облысының', 0, 'region', AKR, AKR, {'note': 'NI:power cut at a testing centre, not an incident'}),
        ('Көкшетаудағы', 0, 'city', 'Kokshetau', AKR, {'note': 'NI:power cut, not an incident'}),
        ('Солтүстік Қазақстан облысының', 0, 'region', NKR, NKR, {'note': 'NI:origin of candidates'}),
        ('Көкшетауға', 0, 'city', 'Kokshetau', AKR, {'note': 'NI:former test destination'}),
        ('Петропавлда', 0, 'city', 'Petropavl', NKR, {'note': 'NI:new testing centre'}),
        ('Шымкентте', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:cheating, not an incident'}),
        ('Қызылорда', 0, 'region', KZR, KZR, {'note': 'NI:devices confiscated; in a list sharing "облыстарында"'}),
        ('Түркістан', 0, 'region', TR, TR, {'note': 'NI:devices confiscated; in a list sharing "облыстарында"'}),
        ('17 өңірде', 0, 'quantified', '17 regions', N, {'count': 17, 'unit': 'region', 'note': 'test taken; not an incident'}),
        ('Тараздағы', 0, 'city', 'Taraz', JR, {'note': 'NI:school of the top scorer; the school is named after the poet Zhambyl, not the region'}),
        ('Нұр-Сұлтандағы', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of a university named after a person'}),
        ('Ұлыбритания', 0, 'foreign', 'United Kingdom', N, {'note': 'NI:study destination'}),
        ('АҚШ', 0, 'foreign', 'United States', N, {'note': 'NI:study destination'}),
        ('Оңтүстік Корея', 0, 'foreign', 'South Korea', N, {'note': 'NI:study destination'}),
     ],
     inc={ATR: (1, 'parents\' protest outside the testing centre in Atyrau, two detained'),
          AR: (1, 'bus with 24 school leavers overturned near Kandyagash, Mugalzhar district, three hurt')}),

dict(id='p019', date='2019-03-05', lang='kk',
     event='2019 three classmates beat a seventh-grader in a school toilet in Kentau and film it (Turkistan Region); the boy taken to hospital in Shymkent (its own unit since 2018); the regional centre moved from Shymkent to Turkistan in December 2018; psychologists checked in all districts',
     text="""Кентаудағы мектепте жетінші сынып оқушысын сыныптастары ұрып-соқты
ТҮРКІСТАН, 5 наурыз – Түркістан облысы Кентау қаласындағы мектептердің бірінде 7-сынып оқушысын үш сыныптасы үзіліс кезінде дәретханада ұрып-соғып, оны телефонға түсіріп алған. Видео әлеуметтік желіге тарағаннан кейін полиция қылмыстық іс қозғады.
Баланың мұрны сынып, Шымкенттегі балалар ауруханасына жеткізілді. Анасының айтуынша, ұлын сыныптастары қараша айынан бері мазақтап, ақшасын тартып алып жүрген.
Түркістан облысының полиция департаменті оқиғаға қатысқан жасөспірімдердің ата-аналарына әкімшілік хаттама толтырылатынын хабарлады. Облыстық білім басқармасы облыстың барлық аудандарында мектеп психологтарының жұмысын тексеретінін мәлімдеді. Еске сала кетейік, былтыр желтоқсанда облыс орталығы Шымкенттен Түркістанға көшірілген болатын.""",
     ann=[
        ('Кентаудағы', 0, 'city', 'Kentau', TR, {'note': 'headline'}),
        ('ТҮРКІСТАН', 0, 'city', 'Turkistan', TR, {'note': 'dateline; the town (regional centre since December 2018)'}),
        ('Түркістан облысы', 0, 'region', TR, TR),
        ('Кентау қаласындағы', 0, 'city', 'Kentau', TR),
        ('Шымкенттегі', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:hospital city; a city of republican significance since 2018-06-19'}),
        ('Түркістан облысының', 0, 'region', TR, TR, {'note': 'inside the name of an authority (police)'}),
        ('барлық аудандарында', 0, 'quantified', 'all districts', N, {'count': None, 'unit': 'district', 'quantifier': 'all', 'note': 'inspections; not an incident'}),
        ('Шымкенттен', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:background, former regional centre'}),
        ('Түркістанға', 0, 'city', 'Turkistan', TR, {'note': 'NI:background, new regional centre'}),
     ],
     inc={TR: (1, 'three classmates beat a seventh-grader in a school toilet in Kentau (bullying with violence)')}),

dict(id='p020', date='2025-02-18', lang='kk',
     event='2025 intestinal infection at a kindergarten in Petropavl, 23 children in hospital (not counted); snow brings down the roof of an old school gym in Kellerovka, Taiynsha district, injuring a watchman (North Kazakhstan Region); remote lessons in several districts',
     text="""Петропавлдағы балабақшада ішек инфекциясы: 23 бала ауруханада
ПЕТРОПАВЛ, 18 ақпан – Петропавлдағы «Балапан» балабақшасында ішек инфекциясы анықталып, 23 бала жұқпалы аурулар ауруханасына жатқызылды. Балабақша екі аптаға карантинге жабылды, деп хабарлады Солтүстік Қазақстан облысының санитариялық-эпидемиологиялық бақылау департаменті. Балалардың жағдайы орташа деп бағаланады.
Сол күні Тайынша ауданындағы Келлеровка ауылында қалың қардың салмағынан ескі мектептің спорт залының шатыры опырылып түсті. Ол кезде залда сабақ болмаған, бірақ шатырдағы қарды тазалап жүрген мектеп күзетшісі құлап, аяғын сындырды. Аудан әкімдігі оқушыларды уақытша ауылдың мәдениет үйіне көшірді.
Аяз бен боранға байланысты облыстың бірнеше ауданында бастауыш сынып оқушылары қашықтан оқуға көшірілді.""",
     ann=[
        ('Петропавлдағы', 0, 'city', 'Petropavl', NKR, {'note': 'headline; NI:outbreak, not an incident'}),
        ('ПЕТРОПАВЛ', 0, 'city', 'Petropavl', NKR, {'note': 'dateline'}),
        ('Петропавлдағы', 1, 'city', 'Petropavl', NKR, {'note': 'NI:outbreak and quarantine, not an incident'}),
        ('Солтүстік Қазақстан облысының', 0, 'region', NKR, NKR, {'note': 'inside the name of an authority'}),
        ('Тайынша ауданындағы', 0, 'district', 'Taiynsha District', NKR),
        ('Келлеровка ауылында', 0, 'village', 'Kellerovka', NKR),
        ('бірнеше ауданында', 0, 'quantified', 'several districts', N, {'count': None, 'unit': 'district', 'note': 'remote lessons; not an incident'}),
     ],
     inc={NKR: (1, 'roof of an old school gym collapsed under snow in Kellerovka, Taiynsha district, a watchman hurt; the kindergarten outbreak in Petropavl is not counted')}),

dict(id='p021', date='2022-09-05', lang='kk',
     event='2022 first school week in the new regions, before the capital was renamed back: school bus hits a lorry near Satpayev, pupils from Zhezdy (Ulytau Region); knife wound in a fight at a transport college hostel in Semey (Abai Region); new schools in Taldykorgan and a small school closed in Karabulak, Eskeldi district (Jetisu Region); Ulytau district and village vs Ulytau Region; the former units (Karaganda, East Kazakhstan, Almaty regions) recalled; teacher shortage in Ayagoz, Urzhar and Sarkand districts; three-shift schools in Almaty, Nur-Sultan and Shymkent',
     text="""Жаңа облыстардағы алғашқы оқу аптасы: Сәтбаев маңында мектеп автобусы аударылды, Семейде студенттер төбелесі
НҰР-СҰЛТАН, 5 қыркүйек – Маусымда құрылған Абай, Жетісу және Ұлытау облыстарындағы мектептер мен колледждер жаңа оқу жылын бастады. Алғашқы аптада екі облыста оқушылар мен студенттер зардап шекті.
Ұлытау облысында Сәтбаев қаласының маңында Жезді кентінен оқушыларды тасымалдаған мектеп автобусы жүк көлігімен соқтығысып, жол жиегіне аударылды. Бес бала жарақат алып, Жезқазғандағы облыстық ауруханаға жеткізілді. Ұлытау облысының полиция департаменті жүк көлігінің жүргізушісін ұстады.
Абай облысында Семейдегі көлік колледжінің жатақханасы жанында екі топ студент арасында төбелес болып, 18 жастағы жігіт пышақпен жараланды. Полиция үш жасөспірімді ұстады. Абай облысының білім басқармасы колледж директорына сөгіс жариялады.
Жетісу облысында Талдықорғанда 1200 орындық үш жаңа мектеп ашылды, ал Ескелді ауданындағы Қарабұлақ ауылында оқушы саны азайған шағын мектеп жабылды. Ұлытау ауданының Ұлытау ауылында да жаңа мектеп-интернат пайдалануға берілді.
Еске сала кетейік, маусымға дейін Жезқазған мен Сәтбаев Қарағанды облысының, Семей Шығыс Қазақстан облысының, ал Талдықорған Алматы облысының құрамында болған. Жаңа облыстарда мұғалім тапшылығы әлі шешілмеген: Абай облысының Аягөз және Үржар аудандарында 200-ге жуық мұғалім жетіспейді, ал Жетісу облысының Сарқан ауданындағы бірнеше ауылда бастауыш сыныптарды көрші ауылдан келетін мұғалімдер оқытады.
Білім министрлігінің мәліметінше, биыл елдің бірнеше өңірінде 150-ден астам мектеп үш ауысыммен оқиды, олардың көбі Алматы, Нұр-Сұлтан және Шымкент қалаларында. Қазақстанда 1 қыркүйекте мектепке 3,6 миллионнан астам оқушы барды. Министрлік үш ауысымды мектептер мәселесін 2025 жылға дейін шешуді жоспарлап отыр: жаңа облыс орталықтарында ғана 40-тан астам мектеп салынбақ. Ал Жезқазғандағы Ө. Байқоңыров атындағы университет биыл алғаш рет болашақ мұғалімдерге арналған мақсатты гранттар бөлді.""",
     ann=[
        ('Сәтбаев', 0, 'city', 'Satpayev', UR, {'note': 'headline; the crash near it; Ulytau Region since 2022-06-08'}),
        ('Семейде', 0, 'city', 'Semey', ABR, {'note': 'headline'}),
        ('НҰР-СҰЛТАН', 0, 'city', 'Astana', 'Astana', {'note': 'dateline; the capital was renamed back to Astana on 2022-09-17'}),
        ('Абай', 0, 'region', ABR, ABR, {'note': 'NI:background; in a list sharing "облыстарындағы"'}),
        ('Жетісу', 0, 'region', JTR, JTR, {'note': 'NI:background; in a list sharing "облыстарындағы"'}),
        ('Ұлытау', 0, 'region', UR, UR, {'note': 'NI:background; in a list sharing "облыстарындағы"'}),
        ('екі облыста', 0, 'quantified', '2 regions', N, {'count': 2, 'unit': 'region', 'note': 'both named below (Ulytau, Abai); not listed as unattributed'}),
        ('Ұлытау облысында', 0, 'region', UR, UR),
        ('Сәтбаев қаласының', 0, 'city', 'Satpayev', UR, {'note': 'the bus crashed near it'}),
        ('Жезді кентінен', 0, 'village', 'Zhezdy', UR, {'note': 'NI:origin of the pupils'}),
        ('Жезқазғандағы', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:hospital city'}),
        ('Ұлытау облысының', 0, 'region', UR, UR, {'note': 'inside the name of an authority (police)'}),
        ('Абай облысында', 0, 'region', ABR, ABR),
        ('Семейдегі', 0, 'city', 'Semey', ABR),
        ('Абай облысының', 0, 'region', ABR, ABR, {'note': 'inside the name of an authority (education department)'}),
        ('Жетісу облысында', 0, 'region', JTR, JTR, {'note': 'NI:school openings and closures, not incidents'}),
        ('Талдықорғанда', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:new schools'}),
        ('Ескелді ауданындағы', 0, 'district', 'Eskeldi District', JTR, {'note': 'NI:school closure'}),
        ('Қарабұлақ ауылында', 0, 'village', 'Karabulak (Eskeldi district)', JTR, {'note': 'NI:school closure; a common village name'}),
        ('Ұлытау ауданының', 0, 'district', 'Ulytau District', UR, {'note': 'NI:new boarding school; the district, not the region'}),
        ('Ұлытау ауылында', 0, 'village', 'Ulytau', UR, {'note': 'NI:new boarding school; the village, not the region'}),
        ('Жезқазған', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:background; in Karaganda Region until 2022-06-08, labelled with the unit on the article date'}),
        ('Сәтбаев', 2, 'city', 'Satpayev', UR, {'note': 'NI:background'}),
        ('Қарағанды облысының', 0, 'region', KR, KR, {'note': 'NI:background, the former unit'}),
        ('Семей', 0, 'city', 'Semey', ABR, {'note': 'NI:background'}),
        ('Шығыс Қазақстан облысының', 0, 'region', EKR, EKR, {'note': 'NI:background, the former unit'}),
        ('Талдықорған', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:background'}),
        ('Алматы облысының', 0, 'region', ALR, ALR, {'note': 'NI:background, the former unit'}),
        ('Абай облысының', 1, 'region', ABR, ABR, {'note': 'NI:teacher shortage'}),
        ('Аягөз', 0, 'district', 'Ayagoz District', ABR, {'note': 'NI:teacher shortage; in a list sharing "аудандарында"'}),
        ('Үржар', 0, 'district', 'Urzhar District', ABR, {'note': 'NI:teacher shortage; in a list sharing "аудандарында"'}),
        ('Жетісу облысының', 0, 'region', JTR, JTR, {'note': 'NI:teacher shortage'}),
        ('Сарқан ауданындағы', 0, 'district', 'Sarkand District', JTR, {'note': 'NI:teacher shortage'}),
        ('бірнеше ауылда', 0, 'quantified', 'several villages', N, {'count': None, 'unit': 'village', 'note': 'teacher shortage; not an incident'}),
        ('бірнеше өңірінде', 0, 'quantified', 'several regions', N, {'count': None, 'unit': 'region', 'note': 'three-shift schools; not an incident'}),
        ('Алматы', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:three-shift schools; in a list sharing "қалаларында"'}),
        ('Нұр-Сұлтан', 0, 'city', 'Astana', 'Astana', {'note': 'NI:three-shift schools; in a list sharing "қалаларында"'}),
        ('Шымкент', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:three-shift schools; in a list sharing "қалаларында"'}),
        ('Қазақстанда', 0, 'country', 'Kazakhstan', N),
        ('Жезқазғандағы', 1, 'city', 'Zhezkazgan', UR, {'note': 'NI:seat of a university named after a person (O. Baikonurov, not Baikonur)'}),
     ],
     inc={UR: (1, 'school bus collided with a lorry and overturned near Satpayev, five children hurt'),
          ABR: (1, 'fight of two groups of students by a transport college hostel in Semey, one knife wound')}),

dict(id='p022', date='2010-10-12', lang='kk',
     event='2010 night fire in a university hostel on Abai Street in Taldykorgan and a pupil stabbing a classmate at a school in Zharkent, Panfilov district (Almaty Region before the 2022 split); salmonellosis at a kindergarten in Kapshagay (not counted); students\' protest over unpaid stipends at a college in Tekeli; the Taldykorgan Region abolished in 1997; Zhetysu University and the «Жетісу» hotel vs Jetisu Region; Aksu, Sarkand and Alakol districts; Bolashak graduates from China and Russia',
     text="""Талдықорғанда студенттер жатақханасы өртенді, Жаркентте оқушы сыныптасын пышақпен жаралады
ТАЛДЫҚОРҒАН, 12 қазан – Алматы облысының орталығы Талдықорғанда түнгі сағат екіде І. Жансүгіров атындағы Жетісу мемлекеттік университетінің Абай көшесіндегі жатақханасында өрт шықты. 300-ге жуық студент далаға шығарылды, екі қыз түтіннен уланып, ауруханаға жеткізілді. Облыстық төтенше жағдайлар департаментінің мәліметінше, өрт бесінші қабаттағы бөлмеде электр плитасынан басталған. Өрт сөндірушілер өртті бір сағатта сөндірді, жатақхананың екі бөлмесі толық жанып кетті.
Жатақханада негізінен Ақсу, Сарқан және Алакөл аудандарынан келген студенттер тұрады. Университет басшылығы өрт шыққан қабаттың тұрғындарын уақытша «Жетісу» қонақүйіне орналастырды.
Сол күні Панфилов ауданының орталығы Жаркенттегі мектептердің бірінде 10-сынып оқушысы үзіліс кезінде сыныптасын пышақпен жаралады. Полицияның мәліметінше, екі оқушы әлеуметтік желідегі бір жазба үшін ұрысып қалған, пышақты оқушы үйінен алып келген. Жараланған бала Жаркенттегі аудандық ауруханада жатыр, оның жағдайы ауыр емес. Алматы облысының ішкі істер департаменті мектепке бекітілген учаскелік инспекторды жұмыстан шеттетті.
Қапшағайдағы «Айгөлек» балабақшасында апта басында сальмонеллез анықталған 15 бала емделіп жатыр, балабақша карантинге жабылды.
Ал өткен жұма күні Текелі қаласындағы политехникалық колледждің 80-ге жуық студенті шәкіртақы үш ай бойы төленбегенін айтып, колледж алдында наразылық білдірді. Облыстық білім басқармасы қаражат осы аптада аударылатынын хабарлады. 1997 жылы Талдықорған облысы таратылып, Алматы облысына қосылғаннан бері облыс орталығы Талдықорғанда жоғары оқу орындарының саны екі есе өсті, бірақ студенттерге арналған жатақханалар әлі де жетіспейді.
Облыс әкімінің орынбасары Серік Жұмабаев кеңесте облыстың барлық аудандарында мектептер мен жатақханалардың қауіпсіздігін тексеруді тапсырды. Кеңеске Ескелді, Көксу және Кербұлақ аудандарының әкімдері де қатысты. Ол сондай-ақ «Болашақ» бағдарламасымен Қытай мен Ресей университеттерінде оқыған 40 жас маманның биыл облысқа оралғанын атап өтті.""",
     ann=[
        ('Талдықорғанда', 0, 'city', 'Taldykorgan', ALR, {'note': 'headline; Almaty Region before 2022-06-08'}),
        ('Жаркентте', 0, 'city', 'Zharkent', ALR, {'note': 'headline'}),
        ('ТАЛДЫҚОРҒАН', 0, 'city', 'Taldykorgan', ALR, {'note': 'dateline'}),
        ('Алматы облысының', 0, 'region', ALR, ALR),
        ('Талдықорғанда', 1, 'city', 'Taldykorgan', ALR, {'note': 'the hostel fire; the university named after a person and the historical region is not annotated'}),
        ('Абай көшесіндегі', 0, 'facility', 'Abai Street (Taldykorgan)', ALR, {'subkind': 'street', 'note': 'street named after the poet, not Abai Region'}),
        ('Ақсу', 0, 'district', 'Aksu District (Almaty Region)', ALR, {'note': 'NI:origin of students; in a list sharing "аудандарынан"; not the Pavlodar town'}),
        ('Сарқан', 0, 'district', 'Sarkand District', ALR, {'note': 'NI:origin of students; in a list sharing "аудандарынан"'}),
        ('Алакөл', 0, 'district', 'Alakol District', ALR, {'note': 'NI:origin of students; in a list sharing "аудандарынан"'}),
        ('Жетісу', 1, 'facility', 'Zhetysu Hotel (Taldykorgan)', ALR, {'subkind': 'hotel', 'note': 'NI:temporary housing; named hotel inside guillemets, not Jetisu Region'}),
        ('Панфилов ауданының', 0, 'district', 'Panfilov District', ALR),
        ('Жаркенттегі', 0, 'city', 'Zharkent', ALR, {'note': 'the school stabbing'}),
        ('Жаркенттегі', 1, 'city', 'Zharkent', ALR, {'note': 'NI:hospital town'}),
        ('Алматы облысының', 1, 'region', ALR, ALR, {'note': 'inside the name of an authority (police department)'}),
        ('Қапшағайдағы', 0, 'city', 'Konaev', ALR, {'note': 'NI:kindergarten outbreak, not an incident; Kapshagay, renamed Konaev in 2022'}),
        ('Текелі қаласындағы', 0, 'city', 'Tekeli', ALR, {'note': "students' protest over unpaid stipends"}),
        ('Талдықорған облысы', 0, 'region', ALR, ALR, {'uncertain': True, 'note': 'NI:background; Taldykorgan Region, abolished in 1997 and merged into Almaty Region; labelled with the unit holding its land on the article date'}),
        ('Алматы облысына', 0, 'region', ALR, ALR, {'note': 'NI:background'}),
        ('Талдықорғанда', 2, 'city', 'Taldykorgan', ALR, {'note': 'NI:background'}),
        ('барлық аудандарында', 0, 'quantified', 'all districts', N, {'count': None, 'unit': 'district', 'quantifier': 'all', 'note': 'inspections; not an incident'}),
        ('Ескелді', 0, 'district', 'Eskeldi District', ALR, {'note': 'NI:akims at a meeting; in a list sharing "аудандарының"'}),
        ('Көксу', 0, 'district', 'Koksu District', ALR, {'note': 'NI:akims at a meeting; in a list sharing "аудандарының"'}),
        ('Кербұлақ', 0, 'district', 'Kerbulak District', ALR, {'note': 'NI:akims at a meeting; in a list sharing "аудандарының"'}),
        ('Қытай', 0, 'foreign', 'China', N, {'note': 'NI:study destination'}),
        ('Ресей', 0, 'foreign', 'Russia', N, {'note': 'NI:study destination'}),
     ],
     inc={ALR: (3, 'night fire in a university hostel on Abai Street, Taldykorgan; pupil stabbed a classmate at a school in Zharkent; students\' protest over unpaid stipends at a college in Tekeli; the salmonellosis in Kapshagay is not counted')}),

dict(id='p023', date='2013-09-20', lang='kk',
     event='2013 ninth-grader stabbed in the back in a fight of teenagers in a school yard in Zhanaozen (Mangystau Region); teenagers from the «Арай» microdistrict and the village of Tenge; the currency tenge in the same text; police inspectors for schools in Aktau and Zhanaozen',
     text="""Жаңаөзенде тоғызыншы сынып оқушысы мектеп ауласында пышақ жарақатын алды
АҚТАУ, 20 қыркүйек – Жаңаөзен қаласындағы мектептердің бірінің ауласында сабақтан кейін екі топ жасөспірім арасында төбелес болып, 15 жастағы оқушы арқасынан пышақ жарақатын алды. Оған қалалық ауруханада ота жасалды, жағдайы тұрақты, деп хабарлады Маңғыстау облысының полиция департаменті.
Полицияның мәліметінше, төбелеске Жаңаөзендегі «Арай» шағын ауданы мен іргедегі Теңге ауылының жасөспірімдері қатысқан. Пышақ сілтеген 16 жастағы жігіт ұсталды.
Ата-аналар мектепке бейнебақылау камераларын орнатуға былтыр әрқайсысы 5 мың теңгеден жинағанын, бірақ камералар әлі орнатылмағанын айтады. Облыстық білім басқармасы Ақтау мен Жаңаөзеннің барлық мектептеріне полиция инспекторларын бекітетінін мәлімдеді.""",
     ann=[
        ('Жаңаөзенде', 0, 'city', 'Zhanaozen', MR, {'note': 'headline'}),
        ('АҚТАУ', 0, 'city', 'Aktau', MR, {'note': 'dateline'}),
        ('Жаңаөзен қаласындағы', 0, 'city', 'Zhanaozen', MR),
        ('Маңғыстау облысының', 0, 'region', MR, MR, {'note': 'inside the name of an authority (police)'}),
        ('Жаңаөзендегі', 0, 'city', 'Zhanaozen', MR, {'note': 'NI:residence of participants'}),
        ('Арай', 0, 'district', 'Arai (Zhanaozen)', MR, {'subkind': 'microdistrict', 'note': 'NI:residence of participants; name inside guillemets'}),
        ('Теңге ауылының', 0, 'village', 'Tenge', MR, {'note': 'NI:residence of participants; the village, not the currency (теңгеден below is not annotated)'}),
        ('Ақтау', 0, 'city', 'Aktau', MR, {'note': 'NI:planned police inspectors'}),
        ('Жаңаөзеннің', 0, 'city', 'Zhanaozen', MR, {'note': 'NI:planned police inspectors'}),
     ],
     inc={MR: (1, 'fight of teenagers in a school yard in Zhanaozen, a ninth-grader stabbed')}),

dict(id='p024', date='2017-02-14', lang='kk',
     event='2017 gas cylinder explodes in the kitchen of a university hostel in Kyzylorda, two students burnt (Kyzylorda Region); the university named after Korkyt Ata and the town not annotated; victims from Baikonur and from Saksaulsky (Aral district); hostels checked in Kyzylorda, Shieli and Zhalagash districts',
     text="""Қызылордада студенттер жатақханасында газ баллоны жарылды
ҚЫЗЫЛОРДА, 14 ақпан – Қорқыт Ата атындағы Қызылорда мемлекеттік университетінің жатақханасында кешкі сағат жетіде ас үйдегі газ баллоны жарылып, екі студент күйік алды. Жарылыстан ас үйдің терезелері сынып, қабырғасы зақымдалды. Жатақханадағы 250 студент эвакуацияланды, деп хабарлады Қызылорда облысының төтенше жағдайлар департаменті.
Зардап шеккендердің бірі Байқоңыр қаласынан, екіншісі Арал ауданының Сексеуіл кентінен келген бірінші курс студенттері. Екеуі де облыстық ауруханада жатыр.
Ереже бойынша жатақханада газ баллонын пайдалануға тыйым салынған. Университет ректоры жатақхана меңгерушісін жұмыстан шеттетті. Облыс прокуратурасы Қызылорда қаласындағы және Шиелі, Жалағаш аудандарындағы барлық жатақханаларды тексеріп жатыр.""",
     ann=[
        ('Қызылордада', 0, 'city', 'Kyzylorda', KZR, {'note': 'headline; the explosion (the university in the next line, named after a person and the town, is not annotated)'}),
        ('ҚЫЗЫЛОРДА', 0, 'city', 'Kyzylorda', KZR, {'note': 'dateline'}),
        ('Қызылорда облысының', 0, 'region', KZR, KZR, {'note': 'inside the name of an authority'}),
        ('Байқоңыр қаласынан', 0, 'city', 'Baikonur', KZR, {'note': 'NI:origin of a victim; leased to Russia'}),
        ('Арал ауданының', 0, 'district', 'Aral District', KZR, {'note': 'NI:origin of a victim'}),
        ('Сексеуіл кентінен', 0, 'village', 'Saksaulsky', KZR, {'note': 'NI:origin of a victim'}),
        ('Қызылорда қаласындағы', 0, 'city', 'Kyzylorda', KZR, {'note': 'NI:inspections'}),
        ('Шиелі', 0, 'district', 'Shieli District', KZR, {'note': 'NI:inspections; in a list sharing "аудандарындағы"'}),
        ('Жалағаш', 0, 'district', 'Zhalagash District', KZR, {'note': 'NI:inspections; in a list sharing "аудандарындағы"'}),
     ],
     inc={KZR: (1, 'gas cylinder explosion in the kitchen of a university hostel in Kyzylorda, two students burnt')}),
]
