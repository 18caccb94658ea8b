"""Kazakh texts of the eighty-ninth unseen check corpus (Cyrillic; annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p017', date='1993-06-15', lang='kk',
     event='1993 anthrax in Lepsy and Kokterek (Sarkand district, Taldykorgan Region, abolished 1997; Almaty Region land), two villages quarantined; fire in the children\'s ward of the Tekeli town hospital, 18 children led out; vaccine from Almaty, cattle from China',
     text="""Талдықорған облысында күйдіргі: Сарқан ауданының екі ауылы карантинде
ТАЛДЫҚОРҒАН, 15 маусым – Талдықорған облысы Сарқан ауданының Лепсі және Көктерек ауылдарында үш адамнан күйдіргі анықталды, деп хабарлады облыстық санэпидстанция. Науқастар Сарқандағы аудандық ауруханада емделіп жатыр. Екі ауыл карантинге жабылды, ауылдардағы мал түгел егіліп жатыр.
Сол аптада Текелі қалалық ауруханасының балалар бөлімінде электр сымынан өрт шықты. Медбикелер 18 баланы аулаға шығарып үлгерді, ешкім зардап шеккен жоқ. Өрттен бөлімнің шатыры мен екі палатасы жанып кетті.
Облыстық денсаулық сақтау басқармасының бастығы Ерлан Нұрғалиев дәрі-дәрмектің жетіспейтінін айтты: «Алматыдан вакцина кешігіп келеді. Қытаймен шекаралас ауылдарға мал ол жақтан да өтеді, сондықтан бақылау күшейтілді».""",
     ann=[
        ('Талдықорған облысында', 0, 'region', ALR, ALR, {'uncertain': True, 'note': 'headline; the Taldykorgan Region, abolished in 1997, labelled with the canonical unit that received its land'}),
        ('Сарқан ауданының екі ауылы', 0, 'quantified', '2 villages', N, {'count': 2, 'unit': 'village', 'note': 'headline; quantified phrase containing a toponym (Sarkand district); anthrax quarantine'}),
        ('ТАЛДЫҚОРҒАН', 0, 'city', 'Taldykorgan', ALR, {'note': 'dateline; town of the abolished Taldykorgan Region, Almaty Region before 2022'}),
        ('Талдықорған облысы', 0, 'region', ALR, ALR, {'uncertain': True, 'note': 'the Taldykorgan Region, abolished in 1997, labelled with the canonical unit that received its land'}),
        ('Сарқан ауданының', 1, 'district', 'Sarkand District', ALR),
        ('Лепсі', 0, 'village', 'Lepsy', ALR, {'note': 'NI:anthrax; in a list sharing "ауылдарында"'}),
        ('Көктерек', 0, 'village', 'Kokterek (Sarkand district)', ALR, {'note': 'NI:anthrax; a common village name'}),
        ('Сарқандағы', 0, 'city', 'Sarkand', ALR, {'note': 'NI:hospital town'}),
        ('Екі ауыл', 0, 'quantified', '2 villages', N, {'count': 2, 'unit': 'village', 'note': 'quarantined villages, named before'}),
        ('Текелі', 0, 'city', 'Tekeli', ALR, {'note': 'inside the name of a state hospital; place of the fire'}),
        ('Алматыдан', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of vaccine; the capital in 1993'}),
        ('Қытаймен', 0, 'foreign', 'China', N),
     ],
     inc={ALR: (1, "fire in the children's ward of the Tekeli town hospital; anthrax and the quarantine are not incidents")}),

dict(id='p018', date='2023-05-24', lang='kk',
     event='2023 week of attacks and protests: a doctor beaten at a polyclinic in Al-Farabi district of Shymkent, a nurses\' rally for wage arrears in Myrzakent (Maktaaral district, Turkistan Region), an ambulance collides with a lorry in Zhalagash district (Kyzylorda Region); doctor shortage in Beineu and Mangystau districts; a video appeal of Taraz ambulance drivers (not counted); protests in two more, unnamed regions (unattributed); bill debated in Astana',
     text="""Медиктерге шабуыл және наразылық: апта шолуы
ШЫМКЕНТ, 24 мамыр – Өткен аптада оңтүстік өңірлерде медицина қызметкерлеріне қатысты бірнеше оқиға тіркелді. Негізгілерін шолып өтейік.

Шымкентте дүйсенбі күні Әл-Фараби ауданындағы №3 қалалық емханада науқастың туысы учаскелік дәрігерді ұрып жіберді. Ер адам кезексіз қабылдауды талап еткен. Дәрігер жарақатпен ауруханаға жеткізілді, шабуылдаушы ұсталды. Шымкент қалалық денсаулық сақтау басқармасы оқиғаны «медиктерге қарсы қатыгездік» деп атады. Соңғы үш айда қалада медиктерге шабуылдың бұл төртінші жағдайы.

Түркістан облысы Мақтаарал ауданының Мырзакент кентінде сейсенбі күні ауылдық дәрігерлік амбулаторияның 20-дан астам медбикесі аудан әкімдігінің алдына шығып, үш айлық жалақыны төлеуді талап етті. Аудан әкімі қарызды мамырдың соңына дейін өтеуге уәде берді. Медбикелердің айтуынша, Өзбекстан шекарасындағы ауылдарда дәрігер жетіспейді, сондықтан олар екі адамның жұмысын атқарады.

Қызылорда облысында сәрсенбіге қараған түні Жалағаш ауданында жедел жәрдем көлігі жүк көлігімен соқтығысты. Толғағы басталған әйелді Қызылордаға алып бара жатқан фельдшер мен жүргізуші жарақат алды, ана мен нәресте аман. Полиция жүк көлігінің жүргізушісін тексеріп жатыр.

Маңғыстау облысында да мамандар тапшы. Басқарманың мәліметінше, Ақтаудағы облыстық ауруханадан тыс бірнеше ауданда дәрігер жетіспейді: Бейнеу мен Маңғыстау аудандарындағы фельдшерлік пункттердің төртеуі бос тұр.

Жамбыл облысында Тараз қаласындағы жедел жәрдем станциясының жүргізушілері ескі көліктерге шағымданып, әлеуметтік желіде бейнеүндеу жариялады. Облыс әкімдігі жыл соңына дейін 15 жаңа көлік сатып алуға уәде берді.

Денсаулық сақтау министрлігінің мәліметінше, осы аптада медиктер тағы екі облыста наразылық акциясын өткізген, бірақ министрлік олардың атауын атамады. Астанада депутаттар медиктерге шабуыл жасағандарға жазаны қатаңдататын заң жобасын талқылап жатыр. «Қазақстанда дәрігерге қол көтеру қалыпты жағдай болмауы керек», – деді вице-министр. Заң жобасына сәйкес, медиктерге шабуыл жасағандар бес жылға дейін бас бостандығынан айырылуы мүмкін.""",
     ann=[
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'dateline'}),
        ('Шымкентте', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'doctor beaten'}),
        ('Әл-Фараби ауданындағы', 0, 'district', 'Al-Farabi District (Shymkent)', 'Shymkent', {'subkind': 'city district', 'note': 'named after the philosopher'}),
        ('Шымкент', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'inside the name of an authority'}),
        ('Түркістан облысы', 0, 'region', TR, TR),
        ('Мақтаарал ауданының', 0, 'district', 'Maktaaral District', TR),
        ('Мырзакент кентінде', 0, 'village', 'Myrzakent', TR, {'note': 'settlement (кент); place of the rally'}),
        ('Өзбекстан', 0, 'foreign', 'Uzbekistan', N, {'note': 'NI:border villages short of doctors'}),
        ('Қызылорда облысында', 0, 'region', KZR, KZR),
        ('Жалағаш ауданында', 0, 'district', 'Zhalagash District', KZR, {'note': 'place of the ambulance crash'}),
        ('Қызылордаға', 0, 'city', 'Kyzylorda', KZR, {'note': 'NI:destination of the ambulance'}),
        ('Маңғыстау облысында', 0, 'region', MR, MR, {'note': 'NI:staff shortage'}),
        ('Ақтаудағы', 0, 'city', 'Aktau', MR, {'note': 'NI:regional hospital'}),
        ('бірнеше ауданда', 0, 'quantified', 'several districts', N, {'count': None, 'unit': 'district', 'note': 'vague quantifier; staff shortage, not incidents'}),
        ('Бейнеу', 0, 'district', 'Beineu District', MR, {'note': 'NI:staff shortage; in a list sharing "аудандарындағы"'}),
        ('Маңғыстау', 1, 'district', 'Mangystau District', MR, {'note': 'NI:staff shortage; the district, not the region, in a list sharing "аудандарындағы"'}),
        ('Жамбыл облысында', 0, 'region', JR, JR, {'note': 'NI:video appeal of ambulance drivers, not an incident'}),
        ('Тараз қаласындағы', 0, 'city', 'Taraz', JR, {'note': 'NI:video appeal'}),
        ('тағы екі облыста', 0, 'quantified', '2 more regions', N, {'count': 2, 'unit': 'region', 'note': 'protests of medics in two more, unnamed regions'}),
        ('Астанада', 0, 'city', 'Astana', 'Astana', {'note': 'NI:parliament debating a bill'}),
        ('Қазақстанда', 0, 'country', 'Kazakhstan', N),
     ],
     inc={'Shymkent': (1, 'relative of a patient beat a district doctor at a polyclinic in Al-Farabi district'),
          TR: (1, 'rally of more than 20 nurses outside the district akimat in Myrzakent, Maktaaral district'),
          KZR: (1, 'ambulance collided with a lorry in Zhalagash district, feldsher and driver hurt')},
     unatt=[{'label': 'тағы екі облыста', 'count': 2, 'note': 'protests of medics in two more, unnamed regions'}]),

dict(id='p019', date='2010-03-11', lang='kk',
     event='2010 brucellosis in three villages of Merke district (Akermen, Sarymoldaev, Zhambyl; Jambyl Region), 14 people ill, villages quarantined, patients in Merke and Taraz; cattle brought from Kyrgyzstan; no incident',
     text="""Мерке ауданында бруцеллез: үш ауыл карантинде
ТАРАЗ, 11 наурыз – Жамбыл облысы Мерке ауданының үш ауылында – Ақермен, Сарымолдаев және Жамбыл ауылдарында – бруцеллезбен ауырған 14 адам анықталды. Науқастардың көбі Мерке ауылындағы аудандық ауруханада ем алып жатыр, екеуі Таразға жеткізілді. Ауылдарда медиктер үйме-үй аралап, барлық тұрғындардан қан сынамасын алуда.
Ветеринарлар ауру малды союға жіберді, ауылдардан мал шығаруға тыйым салынды. Аудандық емхананың бас дәрігері Айгүл Сейітова тұрғындарға «сүтті міндетті түрде қайнатыңыздар» деп ескертті.
Облыстың бас санитарлық дәрігерінің айтуынша, бруцеллез соңғы жылдары Қырғызстаннан құжатсыз әкелінген малмен көбейген. Мерке ауданы Қырғызстанмен шекаралас, шекарадан мал айдап өтетін жолдар көп.""",
     ann=[
        ('Мерке ауданында', 0, 'district', 'Merke District', JR, {'note': 'headline; NI:brucellosis'}),
        ('үш ауыл', 0, 'quantified', '3 villages', N, {'count': 3, 'unit': 'village', 'note': 'headline; quarantined villages, named below'}),
        ('ТАРАЗ', 0, 'city', 'Taraz', JR, {'note': 'dateline'}),
        ('Жамбыл облысы', 0, 'region', JR, JR),
        ('Мерке ауданының үш ауылында', 0, 'quantified', '3 villages', N, {'count': 3, 'unit': 'village', 'note': 'quantified phrase containing a toponym (Merke district); the villages are named'}),
        ('Ақермен', 0, 'village', 'Akermen', JR, {'note': 'NI:brucellosis; in a list sharing "ауылдарында"'}),
        ('Сарымолдаев', 0, 'village', 'Sarymoldaev', JR, {'note': 'NI:brucellosis; village named after a person'}),
        ('Жамбыл', 1, 'village', 'Zhambyl (Merke district)', JR, {'note': 'NI:brucellosis; the village, not Jambyl Region'}),
        ('Мерке ауылындағы', 0, 'village', 'Merke', JR, {'note': 'NI:hospital; the village, not the district'}),
        ('Таразға', 0, 'city', 'Taraz', JR, {'note': 'NI:hospital city'}),
        ('Қырғызстаннан', 0, 'foreign', 'Kyrgyzstan', N, {'note': 'NI:origin of livestock'}),
        ('Мерке ауданы', 0, 'district', 'Merke District', JR, {'note': 'NI:border district'}),
        ('Қырғызстанмен', 0, 'foreign', 'Kyrgyzstan', N),
     ],
     inc={}),

dict(id='p020', date='2018-03-06', lang='kk',
     event='2018 a father beats a duty doctor at children\'s hospital No. 2 in Shymkent (South Kazakhstan Region before the 2018 reform); measles in Shymkent and Sayram district, vaccination in Kentau and Turkistan schools',
     text="""Шымкентте балалар дәрігеріне шабуыл жасалды
ШЫМКЕНТ, 6 наурыз – Шымкенттегі №2 балалар ауруханасының қабылдау бөлімінде 35 жастағы ер адам кезекші дәрігерді ұрып, бетінен жарақаттады, деп хабарлады ОҚО полиция департаменті. Ол баласын бірден қарамады деп ашуланған. Ер адам ұсталды, қылмыстық іс қозғалды.
Оңтүстік Қазақстан облыстық денсаулық сақтау басқармасының мәліметінше, соңғы бір айда облыста қызылшамен ауырғандар саны 60-қа жетті, олардың көбі Шымкент қаласы мен Сайрам ауданында. Кентау мен Түркістан қалаларының мектептерінде екпе науқаны басталды.
Медицина қызметкерлері кәсіподағының өкілі Гүлнар Әбенова: «Дәрігерге қол көтеру үйреншікті жағдайға айналып барады. Биыл облыста мұндай оқиға үшінші рет болып отыр», – деді.""",
     ann=[
        ('Шымкентте', 0, 'city', 'Shymkent', SKR, {'note': 'headline; South Kazakhstan Region before 2018-06-19'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', SKR, {'note': 'dateline'}),
        ('Шымкенттегі', 0, 'city', 'Shymkent', SKR, {'note': 'place of the attack'}),
        ('ОҚО', 0, 'region', SKR, SKR, {'note': 'abbreviation of South Kazakhstan Region inside the name of an authority'}),
        ('Оңтүстік Қазақстан', 0, 'region', SKR, SKR, {'note': 'inside the name of an authority'}),
        ('Шымкент қаласы', 0, 'city', 'Shymkent', SKR, {'note': 'NI:measles cases'}),
        ('Сайрам ауданында', 0, 'district', 'Sayram District', SKR, {'note': 'NI:measles cases'}),
        ('Кентау', 0, 'city', 'Kentau', SKR, {'note': 'NI:vaccination; in a list sharing "қалаларының"'}),
        ('Түркістан', 0, 'city', 'Turkistan', SKR, {'note': 'NI:vaccination; the town, South Kazakhstan Region before 2018-06-19'}),
     ],
     inc={SKR: (1, "a father beat the duty doctor at children's hospital No. 2 in Shymkent; the earlier cases this year are statistics")}),

dict(id='p021', date='2021-07-14', lang='kk',
     event='2021 third Covid wave: nurses\' rally for Covid bonuses at the regional akimat in Pavlodar, an ambulance overturned on the Ekibastuz-Pavlodar road (feldsher killed), an oxygen cylinder explosion in a provisional hospital in Temirtau (Karaganda Region); relatives of a patient break a guard\'s arm outside the Shymkent infectious hospital; provisional hospitals in Almaty; 12 villages of Akmola Region quarantined (five in Burabay district); a modular hospital in Nur-Sultan; concentrators from Omsk Oblast',
     text="""Үшінші толқын: ауруханалар толы, медиктер шаршаған
НҰР-СҰЛТАН, 14 шілде – Коронавирустың үшінші толқыны күшейген сайын бірқатар өңірде ауруханалардағы төсектер толып, медицина қызметкерлерінің шыдамы таусылып барады. Бір аптадағы негізгі оқиғаларды жинадық.

Павлодар. Сейсенбі күні облыстық инфекциялық аурухананың 40-қа жуық медбикесі облыс әкімдігінің алдына жиналып, уәде етілген «ковид» үстемеақысын талап етті. Облыс әкімінің орынбасары олармен кездесіп, ақшаны айдың соңына дейін төлеуге уәде берді. Медбикелердің айтуынша, олар бес ай бойы үстемеақы алмаған.

Екібастұз. Дүйсенбіге қараған түні Екібастұз – Павлодар тасжолында науқасты облыс орталығына алып бара жатқан жедел жәрдем көлігі аударылып қалды. Фельдшер қаза тапты, жүргізуші мен науқас ауруханада жатыр. Жол полициясы көліктің жылдамдығы асып кеткен-кетпегенін тексеріп жатыр.

Теміртау. Қалалық уақытша инфекциялық госпитальда оттегі баллоны жарылып, екі санитар жарақат алды. Қарағанды облыстық төтенше жағдайлар департаменті жарылыстың себебін анықтап жатыр. Ғимараттағы 60 науқас басқа корпусқа көшірілді.

Шымкент. Қалалық жұқпалы аурулар ауруханасының алдында кезекте тұрған науқастың туыстары күзетшімен төбелесіп, оның қолын сындырды. Полиция екі адамды ұстады.

Алматы. Қалада уақытша стационарлардың саны 11-ге жетті, дәрігерлер демалыссыз жұмыс істеп жатыр. Медбике Айгерім Сапарова: «Үш аптадан бері үйге бармадық», – дейді.

Ақмола облысы. Індеттің таралуына байланысты облыстың 12 ауылы карантинге жабылды, олардың бесеуі Бурабай ауданында. Карантиндегі ауылдарға кіріп-шығу тек рұқсатпен жүзеге асырылады. Көкшетау мен Степногорскіде жоспарлы операциялар уақытша тоқтатылды.

Нұр-Сұлтан. Елордада 200 орындық жаңа модульдік аурухана ашылды. Қала әкімдігінің айтуынша, Есіл ауданындағы емханаларда кезек әлі азайған жоқ.

Ресейдің Омбы облысынан оттегі концентраторларының партиясы келді, олар Солтүстік Қазақстан мен Павлодар облыстарына бөлінеді. Денсаулық сақтау министрлігі бүкіл Қазақстан бойынша инфекциялық төсектердің 80 пайызы толғанын хабарлады. Министрлік жаппай вакцинациядан кейін ахуал тұрақтанады деп күтеді.""",
     ann=[
        ('НҰР-СҰЛТАН', 0, 'city', 'Astana', 'Astana', {'note': 'dateline; name of the capital 2019-2022'}),
        ('Павлодар', 0, 'city', 'Pavlodar', PR, {'note': "section heading; nurses' rally at the regional akimat"}),
        ('Екібастұз', 0, 'city', 'Ekibastuz', PR, {'note': 'section heading; ambulance crash on the road from Ekibastuz'}),
        ('Екібастұз', 1, 'city', 'Ekibastuz', PR, {'note': 'NI:route endpoint'}),
        ('Павлодар', 1, 'city', 'Pavlodar', PR, {'note': 'NI:route endpoint'}),
        ('Теміртау', 0, 'city', 'Temirtau', KR, {'note': 'section heading; oxygen cylinder explosion'}),
        ('Қарағанды', 0, 'region', KR, KR, {'note': 'inside the name of an authority (regional emergencies department)'}),
        ('Шымкент', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'section heading; relatives of a patient broke a guard\'s arm outside the hospital'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'section heading; NI:provisional hospitals'}),
        ('Ақмола облысы', 0, 'region', AKR, AKR, {'note': 'section heading; NI:quarantine'}),
        ('12 ауылы', 0, 'quantified', '12 villages', N, {'count': 12, 'unit': 'village', 'note': 'quarantined villages; not incidents'}),
        ('Бурабай ауданында', 0, 'district', 'Burabay District', AKR, {'note': 'NI:quarantine'}),
        ('Көкшетау', 0, 'city', 'Kokshetau', AKR, {'note': 'NI:planned operations stopped'}),
        ('Степногорскіде', 0, 'city', 'Stepnogorsk', AKR, {'note': 'NI:planned operations stopped; Russian-based form with Kazakh suffix'}),
        ('Нұр-Сұлтан', 0, 'city', 'Astana', 'Astana', {'note': 'section heading; NI:new hospital opened'}),
        ('Есіл ауданындағы', 0, 'district', 'Yesil District (Astana)', 'Astana', {'subkind': 'city district', 'note': 'NI:queues'}),
        ('Ресейдің', 0, 'foreign', 'Russia', N),
        ('Омбы облысынан', 0, 'foreign', 'Omsk Oblast', N, {'note': 'NI:origin of supplies'}),
        ('Солтүстік Қазақстан', 0, 'region', NKR, NKR, {'note': 'NI:recipient of supplies; in a list sharing "облыстарына"'}),
        ('Павлодар', 2, 'region', PR, PR, {'note': 'NI:recipient of supplies; the region, in a list sharing "облыстарына"'}),
        ('Қазақстан', 1, 'country', 'Kazakhstan', N, {'note': 'occurrence 0 is inside "Солтүстік Қазақстан"'}),
     ],
     inc={PR: (2, "nurses' rally outside the regional akimat in Pavlodar; ambulance overturned on the Ekibastuz-Pavlodar road, feldsher killed"),
          KR: (1, 'oxygen cylinder explosion in a provisional infectious hospital in Temirtau'),
          'Shymkent': (1, "relatives of a patient fought a guard outside the city infectious diseases hospital and broke his arm")}),

dict(id='p022', date='2014-11-05', lang='kk',
     event='2014 residents of Zhezdy (Ulytau district, Karaganda Region before the 2022 split) rally against the closure of their feldsher-midwife post; patients to be attached to clinics in Zhezkazgan and Satpayev; commission from Karaganda; closures in several villages of the district',
     text="""Ұлытау ауданында фельдшерлік пункттің жабылуына қарсы наразылық
ЖЕЗҚАЗҒАН, 5 қараша – Қарағанды облысы Ұлытау ауданының Жезді кентінде 50-ге жуық тұрғын жергілікті фельдшерлік-акушерлік пункттің жабылуына қарсы кент әкімдігінің алдына жиналды. Кентте 900-ге жуық адам тұрады, олардың үштен бірі – зейнеткерлер. Аудандық денсаулық сақтау бөлімі пунктті оңтайландыру аясында жауып, тұрғындарды Жезқазған мен Сәтбаев қалаларының емханаларына бекітпек болған.
«Жезқазғанға дейін 40 шақырым. Қыста жол жабылса, жедел жәрдем бізге қалай жетеді?» – дейді зейнеткер Бақыт Тоқтарова.
Аудан әкімі Нұрлан Сейітқали пункт көктемге дейін жұмысын жалғастыратынын айтты. Облыстық басқарма Қарағандыдан комиссия жіберетінін хабарлады. Тұрғындардың айтуынша, соңғы екі жылда ауданның бірнеше ауылында медициналық пункттер жабылған.""",
     ann=[
        ('Ұлытау ауданында', 0, 'district', 'Ulytau District', KR, {'note': 'headline; Karaganda Region before 2022-06-08'}),
        ('ЖЕЗҚАЗҒАН', 0, 'city', 'Zhezkazgan', KR, {'note': 'dateline; Karaganda Region before 2022-06-08'}),
        ('Қарағанды облысы', 0, 'region', KR, KR),
        ('Ұлытау ауданының', 0, 'district', 'Ulytau District', KR),
        ('Жезді кентінде', 0, 'village', 'Zhezdy', KR, {'note': 'settlement (кент); place of the rally'}),
        ('Жезқазған', 0, 'city', 'Zhezkazgan', KR, {'note': 'NI:clinics; in a list sharing "қалаларының"'}),
        ('Сәтбаев', 0, 'city', 'Satpayev', KR, {'note': 'NI:clinics; town named after a person'}),
        ('Жезқазғанға', 0, 'city', 'Zhezkazgan', KR, {'note': 'NI:reference point (distance)'}),
        ('Қарағандыдан', 0, 'city', 'Karaganda', KR, {'note': 'NI:origin of a commission'}),
        ('бірнеше ауылында', 0, 'quantified', 'several villages', N, {'count': None, 'unit': 'village', 'note': 'vague quantifier; closures of posts, not incidents'}),
     ],
     inc={KR: (1, 'about 50 residents rallied outside the settlement akimat in Zhezdy against the closure of the feldsher post')}),

dict(id='p023', date='2026-01-09', lang='kk',
     event='2026 a drunk man attacks an ambulance crew in Saryarka district of Astana; an ambulance collides with a car on an icy road in Kosshy (Akmola Region); body cameras as in Almaty and Shymkent',
     text="""Астанада жедел жәрдем бригадасына шабуыл жасалды
АСТАНА, 9 қаңтар – Елордадағы Сарыарқа ауданында түнгі шақыруға барған жедел жәрдем бригадасына мас ер адам шабуыл жасады. Ол фельдшерді итеріп жіберіп, жүргізушінің бетінен ұрған, деп хабарлады Астана қалалық жедел медициналық жәрдем станциясы. Шабуылдаушы ұсталды.
Сол түні Ақмола облысының Қосшы қаласында жедел жәрдем көлігі тайғақ жолда жеңіл көлікпен соқтығысты. Бригада мүшелері жеңіл жарақат алды, науқас басқа көлікпен ауруханаға жеткізілді.
Станция басшысы Асқар Мұқанов биыл медиктерге шабуыл үшін жаза күшейгенін еске салды: «Заң бар, бірақ түнгі шақыруға бару әлі де қауіпті». Ол Алматы мен Шымкенттегідей бригадаларға бейнетіркегіш беруді ұсынды.""",
     ann=[
        ('Астанада', 0, 'city', 'Astana', 'Astana', {'note': 'headline; attack on an ambulance crew'}),
        ('АСТАНА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Сарыарқа ауданында', 0, 'district', 'Saryarka District (Astana)', 'Astana', {'subkind': 'city district', 'note': 'place of the attack; not the Saryarka steppe'}),
        ('Астана', 0, 'city', 'Astana', 'Astana', {'note': 'inside the name of a state service (ambulance station)'}),
        ('Ақмола облысының', 0, 'region', AKR, AKR),
        ('Қосшы қаласында', 0, 'city', 'Kosshy', AKR, {'note': 'ambulance collision; town since 2021'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:comparison (body cameras)'}),
        ('Шымкенттегідей', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:comparison (body cameras); suffix -дегідей "as in"'}),
     ],
     inc={'Astana': (1, 'drunk man attacked an ambulance crew in Saryarka district'),
          AKR: (1, 'ambulance collided with a car on an icy road in Kosshy')}),

dict(id='p024', date='2004-06-18', lang='kk',
     event='2004 June round-up: plague in great gerbils in Aral district (Kyzylorda Region), burrows treated in 9 villages, Baikonur cosmodrome coordinates with the Aral anti-plague station; a sanitary aviation Mi-2 helicopter crashes on landing in Shalkar district (Aktobe Region); doctors rally for two months\' wages at the akimat in Kyzylorda; plague focus checked in Tupkaragan district; anthrax quarantine of a village in Makhambet district (Atyrau Region); board meeting in Astana',
     text="""Оба, күйдіргі және санавиация апаты: маусым шолуы
ҚЫЗЫЛОРДА, 18 маусым – Жаздың басында Қызылорда, Ақтөбе және Маңғыстау облыстарында оба ошақтары белсенді бола бастады, деп хабарлады Қазақ карантиндік және зоонозды инфекциялар ғылыми орталығы.

Қызылорда облысының Арал ауданында үлкен құмтышқандар арасынан оба қоздырғышы табылды. Ауданның 9 ауылында тышқан індерін залалсыздандыру жүріп жатыр, малшылар мен теміржолшыларға екпе салынды, теміржол бекеттерінде жолаушыларға жадынама таратылуда. Адамдар арасында ауру тіркелген жоқ. Байқоңыр ғарыш айлағының санитарлық қызметі де жұмыс жоспарын Арал обаға қарсы күрес станциясымен келісті.

Ақтөбе облысында сейсенбі күні Шалқар ауданында санитарлық авиацияның Ми-2 тікұшағы қонар кезде құлады. Тікұшақ Шалқар қаласынан бүйрегі ауырған балаға шақырылған еді. Ұшқыш пен дәрігер жарақат алды, тікұшақтағы медбике аман қалды, бала жедел жәрдеммен Шалқардағы ауруханаға жеткізілді. Тергеушілер апаттың себебін анықтап жатыр. Санавиация тікұшақтары облыстағы алыс ауылдарға жылына 300-ге жуық рет ұшады.

Қызылордада дүйсенбі күні облыстық аурухананың 30-ға жуық дәрігері мен медбикесі облыс әкімдігінің алдына шығып, екі айлық жалақыны талап етті. Дәрігерлердің айтуынша, аурухананың бюджеті жыл басынан бері кешігіп бөлінуде, дәрі-дәрмек те жетіспейді. Облыс әкімінің орынбасары қарыздың шілде айында өтелетінін айтты.

Маңғыстау облысының Түпқараған ауданында да оба ошағы тексерілді, ал Атырау облысында күйдіргіден өлген екі сиыр табылып, Махамбет ауданының бір ауылы карантинге жабылды. Ветеринарлар өлген малды өртеп, ауылдағы бүкіл малды егуде.

Денсаулық сақтау министрлігі Астанада өткен алқа мәжілісінде оба ошақтары Қазақстан аумағының 40 пайызын алып жатқанын, олардың Ресей мен Өзбекстанмен шекаралас аудандарға дейін созылатынын еске салды. Вице-министрдің айтуынша, обаға қарсы станциялардың көбіне жаңа көлік пен зертхана жабдығы қажет. Ол биыл бес жылжымалы зертхана сатып алынатынын айтты.""",
     ann=[
        ('ҚЫЗЫЛОРДА', 0, 'city', 'Kyzylorda', KZR, {'note': 'dateline'}),
        ('Қызылорда', 0, 'region', KZR, KZR, {'note': 'NI:plague foci; in a list sharing "облыстарында"'}),
        ('Ақтөбе', 0, 'region', AR, AR, {'note': 'NI:plague foci; in a list sharing "облыстарында"'}),
        ('Маңғыстау', 0, 'region', MR, MR, {'note': 'NI:plague foci; in a list sharing "облыстарында"'}),
        ('Қызылорда облысының', 0, 'region', KZR, KZR),
        ('Арал ауданында', 0, 'district', 'Aral District', KZR, {'note': 'NI:plague in gerbils'}),
        ('9 ауылында', 0, 'quantified', '9 villages', N, {'count': 9, 'unit': 'village', 'note': 'burrows treated; not incidents'}),
        ('Байқоңыр ғарыш айлағының', 0, 'facility', 'Baikonur Cosmodrome', KZR, {'subkind': 'spaceport', 'note': 'NI:leased to Russia; Kyzylorda Region'}),
        ('Арал', 1, 'city', 'Aral', KZR, {'note': 'NI:inside the name of a state service (anti-plague station)'}),
        ('Ақтөбе облысында', 0, 'region', AR, AR),
        ('Шалқар ауданында', 0, 'district', 'Shalkar District', AR, {'note': 'place of the helicopter crash'}),
        ('Шалқар қаласынан', 0, 'city', 'Shalkar', AR, {'note': 'NI:origin of the call'}),
        ('Шалқардағы', 0, 'city', 'Shalkar', AR, {'note': 'NI:hospital town'}),
        ('Қызылордада', 0, 'city', 'Kyzylorda', KZR, {'note': "doctors' rally at the regional akimat"}),
        ('Маңғыстау облысының', 0, 'region', MR, MR, {'note': 'NI:plague focus checked'}),
        ('Түпқараған ауданында', 0, 'district', 'Tupkaragan District', MR, {'note': 'NI:plague focus checked'}),
        ('Атырау облысында', 0, 'region', ATR, ATR, {'note': 'NI:anthrax in cattle'}),
        ('Махамбет ауданының бір ауылы', 0, 'quantified', '1 village', N, {'count': 1, 'unit': 'village', 'note': 'quantified phrase containing a toponym (Makhambet district); anthrax quarantine, not an incident'}),
        ('Астанада', 0, 'city', 'Astana', 'Astana', {'note': 'NI:ministry meeting'}),
        ('Қазақстан', 0, 'country', 'Kazakhstan', N),
        ('Ресей', 0, 'foreign', 'Russia', N),
        ('Өзбекстанмен', 0, 'foreign', 'Uzbekistan', N),
     ],
     inc={AR: (1, 'sanitary aviation Mi-2 helicopter crashed on landing in Shalkar district, pilot and doctor hurt'),
          KZR: (1, "rally of about 30 doctors and nurses outside the regional akimat in Kyzylorda; plague in gerbils is not an incident")}),
]
