"""Kazakh texts of the sixty-ninth unseen check corpus (Cyrillic; p019 and p023 quote a post in
the Kazakh Latin alphabet of January 2021)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p017', date='2024-06-17', lang='kk',
     event='2024 pilgrimage season in Turkistan Region: a bus with pilgrims from Baizak district (Jambyl Region) overturns near Shauildir (Otrar district) on the way to the Arystan Bab mausoleum, one dead, 14 hurt; a hotel fire next to Kerueen Saray in Turkistan; a car with pilgrims hits a lorry on the Turkistan-Kentau road; the injured in Shymkent; Sauran; checkpoints in several districts',
     text="""Арыстан баб кесенесіне бара жатқан автобус аударылды, Түркістанда қонақүйде өрт шықты
ТҮРКІСТАН, 17 маусым. ҚазАқпарат – Арыстан баб кесенесіне бара жатқан зияратшылар мінген автобус жексенбі күні таңертең Отырар ауданындағы Шәуілдір ауылы маңында жол жиегіне шығып, аударылып қалды. Түркістан облысы полиция департаментінің хабарлауынша, бір әйел қаза тапты, тағы 14 адам жарақат алды. Жарақат алғандардың бесеуі Шымкенттегі ауруханаға жеткізілді.
Автобус Жамбыл облысы Байзақ ауданының 42 тұрғынын Тараздан алып шыққан. Тергеушілердің айтуынша, түні бойы рөлде отырған жүргізуші ұйықтап кеткен болуы мүмкін. Қылмыстық іс қозғалды. Облыстық денсаулық сақтау басқармасының мәліметінше, жараланғандардың ішінде үш бала бар, олардың жағдайы тұрақты. Жамбыл облысының әкімдігі қаза болған әйелдің отбасына көмек көрсетілетінін хабарлады, ал Тараз қаласының автобус парктерінде жүргізушілердің демалыс тәртібі тексеріледі.
Сол күні кешке Түркістан қаласында «Керуен сарай» кешенінің жанындағы төрт қабатты қонақүйдің үшінші қабатында өрт шықты. Қонақүйден 60-қа жуық зияратшы, соның ішінде Өзбекстан мен Түркиядан келген топтар эвакуацияланды. Өрт сөндірушілер жалынды бір сағатта ауыздықтады, зардап шеккендер жоқ. Өрттің себебі электр сымдарының ақауы болуы мүмкін.
Бұл аптадағы үшінші оқиға. Бейсенбі күні Түркістан – Кентау жолында зияратшылар отырған жеңіл көлік жүк көлігімен соқтығысып, екі адам ауруханаға түсті.
Жазғы маусымда Қожа Ахмет Ясауи кесенесіне күн сайын 15 мыңға дейін адам келеді. Дәстүр бойынша зияратшылар алдымен Арыстан баб кесенесіне, одан кейін Сауран қалашығына соғады. Облыс әкімдігі зиярат жолдарында бірнеше ауданда автобус жүргізушілерін тексеретін қосымша бекеттер қойылатынын мәлімдеді.
Шымкент қаласының полициясы да қала арқылы Түркістанға өтетін туристік автобустарды тексере бастады. «Жолға шығар алдында жүргізуші міндетті түрде демалуы керек», – деді Түркістан облысы полиция департаментінің өкілі Ерлан Сәрсенбаев.""",
     ann=[
        ('Арыстан баб кесенесіне', 0, 'facility', 'Arystan Bab mausoleum', TR, {'subkind': 'mausoleum', 'note': 'headline; NI:destination'}),
        ('Түркістанда', 0, 'city', 'Turkistan', TR, {'note': 'headline'}),
        ('ТҮРКІСТАН', 0, 'city', 'Turkistan', TR, {'note': 'dateline'}),
        ('Арыстан баб кесенесіне', 1, 'facility', 'Arystan Bab mausoleum', TR, {'subkind': 'mausoleum', 'note': 'NI:destination'}),
        ('Отырар ауданындағы', 0, 'district', 'Otrar District', TR),
        ('Шәуілдір ауылы', 0, 'village', 'Shauildir', TR, {'note': 'the crash happened near the village'}),
        ('Түркістан облысы', 0, 'region', TR, TR, {'note': 'inside the name of an authority'}),
        ('Шымкенттегі', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:hospital town'}),
        ('Жамбыл облысы', 0, 'region', JR, JR, {'note': "NI:passengers' residence"}),
        ('Байзақ ауданының', 0, 'district', 'Baizak District', JR, {'note': "NI:passengers' residence"}),
        ('Тараздан', 0, 'city', 'Taraz', JR, {'note': 'NI:departure point'}),
        ('Жамбыл облысының', 0, 'region', JR, JR, {'note': 'NI:inside the name of an authority (regional akimat); the region of the passengers'}),
        ('Тараз қаласының', 0, 'city', 'Taraz', JR, {'note': 'NI:bus fleets to be checked'}),
        ('Түркістан қаласында', 0, 'city', 'Turkistan', TR),
        ('Керуен сарай', 0, 'facility', 'Kerueen Saray (Turkistan)', TR, {'note': 'reference point for the hotel; name in quotation marks'}),
        ('Өзбекстан', 0, 'foreign', 'Uzbekistan', N, {'note': "NI:pilgrims' origin"}),
        ('Түркиядан', 0, 'foreign', 'Turkey', N, {'note': "NI:pilgrims' origin"}),
        ('Түркістан', 2, 'city', 'Turkistan', TR, {'note': 'NI:road endpoint'}),
        ('Кентау', 0, 'city', 'Kentau', TR, {'note': 'NI:road endpoint'}),
        ('Қожа Ахмет Ясауи кесенесіне', 0, 'facility', 'Khoja Ahmed Yasawi Mausoleum (Turkistan)', TR, {'subkind': 'mausoleum', 'note': 'NI:visitor numbers'}),
        ('Арыстан баб кесенесіне', 2, 'facility', 'Arystan Bab mausoleum', TR, {'subkind': 'mausoleum', 'note': 'NI:pilgrims\' custom'}),
        ('Сауран қалашығына', 0, 'facility', 'Sauran (ancient town)', TR, {'subkind': 'archaeological site', 'note': "NI:pilgrims' custom"}),
        ('бірнеше ауданда', 0, 'quantified', 'several districts', N, {'count': None, 'unit': 'district', 'note': 'checkpoints; not about incidents'}),
        ('Шымкент қаласының', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:inside the name of an authority (city police)'}),
        ('Түркістанға', 0, 'city', 'Turkistan', TR, {'note': 'NI:destination of buses'}),
        ('Түркістан облысы', 1, 'region', TR, TR, {'note': 'NI:inside the name of an authority'}),
     ],
     inc={TR: (3, 'pilgrims\' bus overturned near Shauildir, Otrar district, one dead and 14 hurt; hotel fire next to Kerueen Saray in Turkistan; car with pilgrims hit a lorry on the Turkistan-Kentau road, two hurt')}),

dict(id='p018', date='2015-09-14', lang='kk',
     event='2015 pilgrim from Kulsary (Atyrau Region) dies in a fall from the cliff steps at the Beket-Ata underground mosque (Mangystau Region); Oglandy gorge; pilgrims from Karakalpakstan and Turkmenistan; the road from Zhanaozen',
     text="""Бекет ата кешенінде зияратшы жартастан құлап қаза тапты
АҚТАУ, 14 қыркүйек. – Маңғыстау облысындағы Бекет ата жерасты мешітіне келген 67 жастағы зияратшы жартастағы баспалдақтан құлап, қаза тапты. Бұл туралы облыстық полиция департаменті хабарлады.
Марқұм Атырау облысы Құлсары қаласының тұрғыны екен. Оқиға сенбі күні кешке, бір топ зияратшы Оғланды шатқалының үстінен мешітке түсіп бара жатқанда болған. Куәгерлердің айтуынша, қараңғы түсіп қалған, баспалдақта жарық болмаған.
Бекет ата кешеніне жыл сайын 200 мыңнан астам адам келеді, олардың бір бөлігі көрші Қарақалпақстан мен Түрікменстаннан. Зияратшылардың көбі Жаңаөзеннен шығатын шөл жолмен жүреді. Облыс әкімдігі баспалдақтарға қоршау мен шам орнатуға уәде берді.""",
     ann=[
        ('Бекет ата кешенінде', 0, 'facility', 'Beket-Ata underground mosque', MR, {'subkind': 'mosque', 'note': 'headline'}),
        ('АҚТАУ', 0, 'city', 'Aktau', MR, {'note': 'dateline'}),
        ('Маңғыстау облысындағы', 0, 'region', MR, MR),
        ('Бекет ата жерасты мешітіне', 0, 'facility', 'Beket-Ata underground mosque', MR, {'subkind': 'mosque'}),
        ('Атырау облысы', 0, 'region', ATR, ATR, {'note': "NI:victim's residence"}),
        ('Құлсары қаласының', 0, 'city', 'Kulsary', ATR, {'note': "NI:victim's residence"}),
        ('Оғланды шатқалының', 0, 'facility', 'Oglandy valley', N, {'subkind': 'valley', 'note': 'natural feature in Mangystau Region'}),
        ('Бекет ата кешеніне', 0, 'facility', 'Beket-Ata underground mosque', MR, {'subkind': 'mosque', 'note': 'NI:visitor numbers'}),
        ('Қарақалпақстан', 0, 'foreign', 'Karakalpakstan', N, {'note': "NI:pilgrims' origin; autonomous republic of Uzbekistan"}),
        ('Түрікменстаннан', 0, 'foreign', 'Turkmenistan', N, {'note': "NI:pilgrims' origin"}),
        ('Жаңаөзеннен', 0, 'city', 'Zhanaozen', MR, {'note': 'NI:route start'}),
     ],
     inc={MR: (1, 'pilgrim fell from the cliff steps at the Beket-Ata underground mosque and died')}),

dict(id='p019', date='2021-12-16', lang='kk',
     event='2021 30th Independence Day: concert and fireworks on Independence Square in Nur-Sultan without incident; a firecracker injures an 11-year-old in Kostanay and a rocket sets fire to a balcony in Rudny (Kostanay Region); a parent\'s post in the Kazakh Latin alphabet of 2021 (Qostanaıda); flowers at the Independence Monument in Almaty',
     text="""Тәуелсіздік күні: Қостанайда петарда баланың қолын жаралады
НҰР-СҰЛТАН, 16 желтоқсан. – Тәуелсіздіктің 30 жылдығына орай Нұр-Сұлтандағы Тәуелсіздік алаңында «Қазақ елі» монументінің алдында мерекелік концерт пен салют өтті. Полицияның мәліметінше, тәртіп бұзушылық тіркелмеді. Алматыда Республика алаңындағы Тәуелсіздік монументіне гүл шоқтары қойылды.
Ал Қостанайда 11 жасар баланың қолында петарда жарылып, саусақтары жарақаттанды, деп хабарлады Қостанай облысының денсаулық сақтау басқармасы. Сол түні Рудный қаласында бесқабатты үйдің балконына түскен ракетадан өрт шығып, бір пәтер зақымданды.
Бір ана әлеуметтік желіде латын әліпбиімен: «Qostanaıda balalarǵa petarda satpańdar!» – деп жазды. Облыс полициясы рұқсатсыз пиротехника сатқан үш дүкенге хаттама толтырды.""",
     ann=[
        ('Қостанайда', 0, 'city', 'Kostanay', KOR, {'note': 'headline'}),
        ('НҰР-СҰЛТАН', 0, 'city', 'Astana', 'Astana', {'note': 'dateline; name of the capital 2019-2022'}),
        ('Нұр-Сұлтандағы', 0, 'city', 'Astana', 'Astana', {'note': 'NI:no incidents'}),
        ('Тәуелсіздік алаңында', 0, 'facility', 'Independence Square (Astana)', 'Astana', {'subkind': 'square', 'note': 'NI:no incidents'}),
        ('Қазақ елі', 0, 'facility', 'Kazakh Eli monument (Astana)', 'Astana', {'subkind': 'monument', 'note': 'NI:no incidents; name in quotation marks'}),
        ('Алматыда', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:flowers laid'}),
        ('Республика алаңындағы', 0, 'facility', 'Republic Square (Almaty)', 'Almaty', {'subkind': 'square', 'note': 'NI:flowers laid'}),
        ('Тәуелсіздік монументіне', 0, 'facility', 'Independence Monument (Almaty)', 'Almaty', {'subkind': 'monument', 'note': 'NI:flowers laid'}),
        ('Қостанайда', 1, 'city', 'Kostanay', KOR),
        ('Қостанай облысының', 0, 'region', KOR, KOR, {'note': 'inside the name of an authority'}),
        ('Рудный қаласында', 0, 'city', 'Rudny', KOR),
        ('Qostanaıda', 0, 'city', 'Kostanay', KOR, {'note': "Kazakh Latin alphabet of January 2021 in a parent's post"}),
     ],
     inc={KOR: (2, 'firecracker exploded in an 11-year-old\'s hand in Kostanay; rocket set fire to a balcony in Rudny')}),

dict(id='p020', date='2002-08-12', lang='kk',
     event='2002 Abai days in Zhidebai (Abai district, East Kazakhstan Region before the 2022 split): a bus with guests overturns near Karaul, eight hurt; the Abai-Shakarim mausoleum; guests from Almaty, Astana and Bayan-Olgii in Mongolia; Abai the poet and the district vs the later region',
     text="""Абай күндеріне келе жатқан қонақтар мінген автобус аударылды
СЕМЕЙ, 12 тамыз. – Шығыс Қазақстан облысының Абай ауданында ұлы ақынның туған күніне арналған мерекеге келе жатқан қонақтар мінген автобус Қарауыл ауылынан 20 шақырым жерде аударылды. Сегіз адам жарақат алды, олардың үшеуі Семейдегі ауруханаға жеткізілді, деп хабарлады облыстық ішкі істер басқармасы.
Автобуста Алматы мен Астанадан келген ақындар мен Моңғолияның Баян-Өлгий аймағынан келген өнерпаздар болған. Жол жөндеуде болғандықтан, жүргізуші айналма жолға түсіп, басқаруды жоғалтқан.
Мереке бағдарламасы бойынша Жидебайдағы Абай-Шәкәрім кесенесіне гүл қойылып, Қарауылда айтыс өтті. Мерекеге аудан тұрғындары мен облыстың бірнеше ауданынан келген жүздеген адам қатысты.""",
     ann=[
        ('СЕМЕЙ', 0, 'city', 'Semey', EKR, {'note': 'dateline; East Kazakhstan Region before 2022-06-08'}),
        ('Шығыс Қазақстан облысының', 0, 'region', EKR, EKR),
        ('Абай ауданында', 0, 'district', 'Abai District (East Kazakhstan)', EKR, {'note': 'district named after the poet; not the later Abai Region'}),
        ('Қарауыл ауылынан', 0, 'village', 'Karaul', EKR, {'note': 'reference point (20 km from the village); centre of Abai district'}),
        ('Семейдегі', 0, 'city', 'Semey', EKR, {'note': 'NI:hospital town'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': "NI:guests' origin"}),
        ('Астанадан', 0, 'city', 'Astana', 'Astana', {'note': "NI:guests' origin"}),
        ('Моңғолияның', 0, 'foreign', 'Mongolia', N, {'note': "NI:guests' origin"}),
        ('Баян-Өлгий аймағынан', 0, 'foreign', 'Bayan-Olgii Province', N, {'note': "NI:guests' origin"}),
        ('Жидебайдағы', 0, 'village', 'Zhidebai', EKR, {'note': 'NI:no incident'}),
        ('Абай-Шәкәрім кесенесіне', 0, 'facility', 'Abai-Shakarim mausoleum', EKR, {'subkind': 'mausoleum', 'note': 'NI:flowers laid'}),
        ('Қарауылда', 0, 'village', 'Karaul', EKR, {'note': 'NI:aitys'}),
        ('бірнеше ауданынан', 0, 'quantified', 'several districts', N, {'count': None, 'unit': 'district', 'note': "visitors' origin; not about incidents"}),
     ],
     inc={EKR: (1, 'bus with guests overturned 20 km from Karaul, Abai district, eight hurt')}),

dict(id='p021', date='2025-08-25', lang='kk',
     event='2025 crush at the entrance of the Central Stadium in Almaty before a concert, six hurt; Abai Avenue is a street, not Abai Region; fans from Astana, Shymkent, Petropavl, Oral and Bishkek; tickets checked on Baitursynuly Street',
     text="""Орталық стадион алдындағы қысылыста алты адам жарақат алды
АЛМАТЫ, 25 тамыз. – Алматыдағы Орталық стадионда өткен концерт алдында кіреберістегі қысылыста алты адам жарақат алды, деп хабарлады қала әкімдігінің баспасөз қызметі. Олардың екеуі – жасөспірім қыздар, қабырғалары сынған.
Куәгерлердің айтуынша, Абай даңғылы жағындағы қақпаның тек біреуі ашық болған, ал концерт басталарына жарты сағат қалғанда мыңдаған көрермен бір мезетте ішке ұмтылған. Байтұрсынұлы көшесі жағындағы қақпаларда билеттер уақытында тексерілген.
Концертті тамашалау үшін Астана мен Шымкенттен, Петропавл мен Оралдан, тіпті Бішкектен де жанкүйерлер келген. Оқиғадан кейін концерт 40 минут кешігіп басталды, әнші сахнадан көрермендерді сабырлы болуға шақырды. Алматы қаласының полиция департаменті ұйымдастырушыларға қатысты әкімшілік іс қозғады.""",
     ann=[
        ('Орталық стадион', 0, 'facility', 'Central Stadium (Almaty)', 'Almaty', {'subkind': 'stadium', 'note': 'headline'}),
        ('АЛМАТЫ', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Алматыдағы', 0, 'city', 'Almaty', 'Almaty'),
        ('Орталық стадионда', 0, 'facility', 'Central Stadium (Almaty)', 'Almaty', {'subkind': 'stadium'}),
        ('Абай даңғылы', 0, 'facility', 'Abai Avenue (Almaty)', 'Almaty', {'subkind': 'street', 'note': 'named after the poet; not Abai Region'}),
        ('Байтұрсынұлы көшесі', 0, 'facility', 'Baitursynuly Street (Almaty)', 'Almaty', {'subkind': 'street', 'note': 'NI:tickets checked in time'}),
        ('Астана', 0, 'city', 'Astana', 'Astana', {'note': "NI:fans' origin"}),
        ('Шымкенттен', 0, 'city', 'Shymkent', 'Shymkent', {'note': "NI:fans' origin"}),
        ('Петропавл', 0, 'city', 'Petropavl', NKR, {'note': "NI:fans' origin"}),
        ('Оралдан', 0, 'city', 'Oral', WKR, {'note': "NI:fans' origin; the town, not the Ural river"}),
        ('Бішкектен', 0, 'foreign', 'Bishkek', N, {'note': "NI:fans' origin"}),
        ('Алматы қаласының', 0, 'city', 'Almaty', 'Almaty', {'note': 'inside the name of an authority (city police)'}),
     ],
     inc={'Almaty': (1, 'crush at the entrance of the Central Stadium, six hurt')}),

dict(id='p022', date='2019-05-27', lang='kk',
     event='2019 Aktobe City Day: a fireworks rocket falls into the crowd on Abulkhair Khan Avenue, three hurt (Aktobe Region); festivities in Khromtau and Kandyagash without incident; singers from Nur-Sultan; guests from Orenburg',
     text="""Ақтөбеде қала күнінде салют көрермендерді жаралады
АҚТӨБЕ, 27 мамыр. – Ақтөбе қаласының күніне арналған мерекелік салют кезінде бір зымыран көрермендер арасына құлап, үш адам жарақат алды. Оқиға жексенбі күні түнде Әбілқайыр хан даңғылында болды, деп хабарлады Ақтөбе облысының төтенше жағдайлар департаменті. Зардап шеккендердің бірі – 9 жасар бала, оның бетін от шарпыды.
Мерекеде Нұр-Сұлтаннан келген әншілер өнер көрсетті, ал Ресейдің Орынбор қаласынан келген делегация қала әкімімен кездесті. Облыстағы Хромтау мен Қандыағашта өткен мерекелік шаралар тыныш өтті. Қала әкімдігі салютты ұйымдастырған мердігер компанияны тексеретінін мәлімдеді. Департамент өкілінің айтуынша, былтырғы мерекеде мұндай оқиға тіркелмеген, ал салют көрермендерден қауіпсіз қашықтықта атылуы тиіс еді.""",
     ann=[
        ('Ақтөбеде', 0, 'city', 'Aktobe', AR, {'note': 'headline'}),
        ('АҚТӨБЕ', 0, 'city', 'Aktobe', AR, {'note': 'dateline'}),
        ('Ақтөбе қаласының', 0, 'city', 'Aktobe', AR),
        ('Әбілқайыр хан даңғылында', 0, 'facility', 'Abulkhair Khan Avenue (Aktobe)', AR, {'subkind': 'street', 'note': 'named after a person'}),
        ('Ақтөбе облысының', 0, 'region', AR, AR, {'note': 'inside the name of an authority'}),
        ('Нұр-Сұлтаннан', 0, 'city', 'Astana', 'Astana', {'note': "NI:singers' origin; name of the capital since 2019-03-23"}),
        ('Ресейдің', 0, 'foreign', 'Russia', N, {'note': "NI:delegation's origin"}),
        ('Орынбор қаласынан', 0, 'foreign', 'Orenburg', N, {'note': "NI:delegation's origin"}),
        ('Хромтау', 0, 'city', 'Khromtau', AR, {'note': 'NI:no incident'}),
        ('Қандыағашта', 0, 'city', 'Kandyagash', AR, {'note': 'NI:no incident'}),
     ],
     inc={AR: (1, 'fireworks rocket fell into the crowd on Abulkhair Khan Avenue in Aktobe, three hurt')}),

dict(id='p023', date='2022-09-26', lang='kk',
     event='2022 bus with Kaisar fans heading for a match in Turkistan collides with a lorry near Shieli (Kyzylorda Region), two dead, 12 hurt; a yurt fire at the Korkyt Ata memorial complex (Karmakshy district) during a festival; performers from Baikonur, Orenburg Region and Uzbekistan; a fan\'s post in the Kazakh Latin alphabet (Qyzylordadan); the clubs «Қайсар» and «Тұран» are not places; groups from seven districts',
     text="""«Қайсар» жанкүйерлері мінген автобус апатқа ұшырады, Қорқыт ата кешенінде киіз үй өртенді
ҚЫЗЫЛОРДА, 26 қыркүйек. ҚазАқпарат – «Қайсар» футбол клубының 38 жанкүйерін Түркістандағы ойынға алып бара жатқан автобус сенбі күні таңертең Шиелі кентінің маңында жүк көлігімен соқтығысты. Облыстық полиция департаментінің мәліметінше, автобус жүргізушісі мен бір жанкүйер қаза тапты, тағы 12 адам жарақат алды. Зардап шеккендер Шиелі аудандық ауруханасына, ауыр жағдайдағы үшеуі Қызылорда қаласына жеткізілді.
Жанкүйерлер «Тұран» командасымен өтетін ойынды көру үшін Түркістан қаласындағы орталық стадионға бара жатқан еді. Ойын қаза болғандарды еске алып, бір минут үнсіздікпен басталды. Апаттан аман қалған жанкүйерлердің бірі әлеуметтік желіде латын әліпбиімен: «Qyzylordadan shyqqanda bári kóńildi edi, án salyp kele jattyq», – деп жазды. Жүк көлігінің жүргізушісі ұсталды. Еске сала кетейік, былтыр тамызда Арал ауданында «Қайсар» жанкүйерлері мінген шағын автобус жол жиегіне аударылып, бес адам жарақат алған болатын. Облыстық полиция бұдан былай жанкүйерлер автобустарын Түркістан облысының шекарасына дейін патрульдік көлікпен алып жүретінін мәлімдеді.
Сол күні Қармақшы ауданындағы Қорқыт ата мемориалдық кешенінде өтіп жатқан халықаралық фестивальде киіз үй өртенді. Жосалы кентінен келген өрт сөндірушілер жалынды 20 минутта сөндірді, ешкім зардап шеккен жоқ. Өрт қазан астындағы оттан шыққан көрінеді.
Фестиваль үш күнге созылып, оған мыңдаған адам жиналды. Фестивальге Қазақстанның түкпір-түкпірінен, сондай-ақ Байқоңыр қаласынан, Ресейдің Орынбор облысынан және Өзбекстаннан келген өнерпаздар қатысты. Облыстың жеті ауданынан келген ұжымдар қобыз күйлерін орындады. Қызылорда облысының әкімі фестиваль жалғасатынын, бірақ кешен аумағында ашық от жағуға тыйым салынатынын мәлімдеді. Жергілікті тұрғындардың айтуынша, кешенге баратын жол әлі жөнделмеген, сондықтан көлік кептелісі түнге дейін созылды. Фестиваль жексенбі күні кешке Сырдария жағасында өткен концертпен жабылды.""",
     ann=[
        ('Қорқыт ата кешенінде', 0, 'facility', 'Korkyt Ata memorial complex', KZR, {'subkind': 'memorial', 'note': 'headline'}),
        ('ҚЫЗЫЛОРДА', 0, 'city', 'Kyzylorda', KZR, {'note': 'dateline'}),
        ('Түркістандағы', 0, 'city', 'Turkistan', TR, {'note': 'NI:destination of the fans'}),
        ('Шиелі кентінің', 0, 'village', 'Shieli', KZR, {'note': 'settlement (кент), centre of Shieli district; the crash happened near it'}),
        ('Шиелі', 1, 'district', 'Shieli District', KZR, {'note': 'NI:inside the name of the district hospital'}),
        ('Қызылорда қаласына', 0, 'city', 'Kyzylorda', KZR, {'note': 'NI:hospital town'}),
        ('Түркістан қаласындағы', 0, 'city', 'Turkistan', TR, {'note': 'NI:destination of the fans'}),
        ('Qyzylordadan', 0, 'city', 'Kyzylorda', KZR, {'note': "NI:departure point; Kazakh Latin alphabet of 2021 in a fan's post"}),
        ('Арал ауданында', 0, 'district', 'Aral District', KZR, {'note': 'background minibus crash last August, narrated'}),
        ('Түркістан облысының', 0, 'region', TR, TR, {'note': 'NI:reference point (escort up to its border)'}),
        ('Қармақшы ауданындағы', 0, 'district', 'Karmakshy District', KZR),
        ('Қорқыт ата мемориалдық кешенінде', 0, 'facility', 'Korkyt Ata memorial complex', KZR, {'subkind': 'memorial'}),
        ('Жосалы кентінен', 0, 'village', 'Zhosaly', KZR, {'note': "NI:firefighters' base"}),
        ('Қазақстанның', 0, 'country', 'Kazakhstan', N),
        ('Байқоңыр қаласынан', 0, 'city', 'Baikonur', KZR, {'note': "NI:performers' origin; the town is leased to Russia"}),
        ('Ресейдің', 0, 'foreign', 'Russia', N, {'note': "NI:performers' origin"}),
        ('Орынбор облысынан', 0, 'foreign', 'Orenburg Oblast', N, {'note': "NI:performers' origin"}),
        ('Өзбекстаннан', 0, 'foreign', 'Uzbekistan', N, {'note': "NI:performers' origin"}),
        ('жеті ауданынан', 0, 'quantified', '7 districts', N, {'count': 7, 'unit': 'district', 'note': "performers' origin; not about incidents"}),
        ('Қызылорда облысының', 0, 'region', KZR, KZR, {'note': 'inside the name of an official post (akim)'}),
        ('Сырдария', 0, 'facility', 'Syr Darya', N, {'subkind': 'river', 'note': 'NI:closing concert on its bank'}),
     ],
     inc={KZR: (3, 'bus with fans collided with a lorry near Shieli, two dead and 12 hurt; yurt fire at the Korkyt Ata memorial complex, Karmakshy district; background, narrated: last August a minibus of fans overturned in Aral district, five hurt')}),

dict(id='p024', date='1992-10-01', lang='kk',
     event='1992 World Kurultai of Kazakhs in Almaty: a bus with guests from Bayan-Olgii (Mongolia) collides with a lorry at the entrance to Kapshagay (Almaty Region), seven hurt; opening at the Palace of the Republic; delegates from China, Turkey, Iran, Afghanistan and Russia; a planned visit to the Yasawi mausoleum in Turkistan (South Kazakhstan Region in 1992)',
     text="""Құрылтай қонақтары мінген автобус апатқа ұшырады
АЛМАТЫ, 1 қазан. – Дүниежүзі қазақтарының құрылтайына Моңғолиядан келген қандастарды Қапшағай су қоймасына экскурсияға алып бара жатқан автобус Қапшағай қаласының кіреберісінде жүк көлігімен соқтығысты. Алматы облысының ішкі істер басқармасының хабарлауынша, жеті адам жарақат алды, олардың екеуі Алматыдағы ауруханаға жеткізілді. Жарақат алғандардың көбі – Баян-Өлгий аймағынан келген ақсақалдар.
Құрылтайға Қытай, Түркия, Иран, Ауғанстан және Ресейден келген өкілдер қатысуда. Құрылтай Республика сарайында ашылды. Қонақтардың Түркістандағы Қожа Ахмет Ясауи кесенесіне зиярат етуі сенбіге жоспарланған. Жарақат алған ақсақалдардың жағдайы тұрақты, деп хабарлады дәрігерлер. Құрылтай жұмысы 4 қазанға дейін жалғасады. Ұйымдастырушылар апаттан кейін барлық экскурсиялық автобустардың жүргізушілері ауыстырылатынын айтты.""",
     ann=[
        ('АЛМАТЫ', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Моңғолиядан', 0, 'foreign', 'Mongolia', N, {'note': "NI:guests' origin"}),
        ('Қапшағай су қоймасына', 0, 'facility', 'Kapchagay Reservoir', N, {'subkind': 'reservoir', 'note': 'NI:destination of the excursion'}),
        ('Қапшағай қаласының', 0, 'city', 'Konaev', ALR, {'note': 'Kapshagay, renamed Konaev in 2022; the crash at its entrance'}),
        ('Алматы облысының', 0, 'region', ALR, ALR, {'note': 'inside the name of an authority'}),
        ('Алматыдағы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:hospital town'}),
        ('Баян-Өлгий аймағынан', 0, 'foreign', 'Bayan-Olgii Province', N, {'note': "NI:guests' origin"}),
        ('Қытай', 0, 'foreign', 'China', N, {'note': "NI:delegates' origin"}),
        ('Түркия', 0, 'foreign', 'Turkey', N, {'note': "NI:delegates' origin"}),
        ('Иран', 0, 'foreign', 'Iran', N, {'note': "NI:delegates' origin"}),
        ('Ауғанстан', 0, 'foreign', 'Afghanistan', N, {'note': "NI:delegates' origin"}),
        ('Ресейден', 0, 'foreign', 'Russia', N, {'note': "NI:delegates' origin"}),
        ('Республика сарайында', 0, 'facility', 'Palace of the Republic (Almaty)', 'Almaty', {'note': 'NI:opening venue'}),
        ('Түркістандағы', 0, 'city', 'Turkistan', SKR, {'note': 'NI:planned visit; South Kazakhstan Region in 1992'}),
        ('Қожа Ахмет Ясауи кесенесіне', 0, 'facility', 'Khoja Ahmed Yasawi Mausoleum (Turkistan)', SKR, {'subkind': 'mausoleum', 'note': 'NI:planned visit'}),
     ],
     inc={ALR: (1, 'bus with guests from Mongolia collided with a lorry at the entrance to Kapshagay, seven hurt')}),
]
