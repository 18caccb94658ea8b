"""Kazakh texts of the sixth unseen check corpus (annotation tuples described in
tests/build_check_corpus.py)."""
N = None
JR, ALR, KYR, TR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'Turkistan Region', 'South Kazakhstan Region'
ABR, JTR, EKR, MR, KOR = 'Abai Region', 'Jetisu Region', 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR, UR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region', 'Ulytau Region'
ATR, AR, WKR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region'

DOCS = [
dict(id='z017', date='2003-07-15', lang='kk',
     event='2003 blast in a chromite mine near Khromtau and a warehouse fire in Kandyagash, Mugalzhar district (Aktobe Region)',
     text="""АҚТӨБЕ, 15 шілде – Kazinform. Хромтау қаласының маңындағы «Дон» кен байыту комбинатының шахтасында сейсенбі күні жарылыс болып, екі кенші қаза тапты, үшеуі жарақат алды. Бұл туралы Ақтөбе облысының төтенше жағдайлар басқармасы хабарлады.
Жараланғандар Хромтаудағы аудандық ауруханаға жеткізілді, біреуі тікұшақпен Ақтөбеге жөнелтілді.
«Жарылыс метаннан емес, жарылғыш заттарды дұрыс сақтамаудан болған», – деді басқарма бастығының орынбасары Ерлан Хромтауов.
Сол күні Мұғалжар ауданындағы Қандыағаш қаласында темір жол вокзалының жанындағы қоймада өрт шығып, 300 шаршы метр аумақ жанып кетті. Зардап шеккендер жоқ.
Облыс әкімі Хромтау, Мұғалжар және Әйтеке би аудандарындағы барлық өнеркәсіп орындарында қауіпсіздікті тексеруді тапсырды. Хромтаудан өндірілетін хром кені Ресей мен Қытайға жөнелтіледі.""",
     ann=[
        ('АҚТӨБЕ', 0, 'city', 'Aktobe', AR, {'note': 'dateline'}),
        ('Хромтау қаласының', 0, 'city', 'Khromtau', AR),
        ('Ақтөбе облысының', 0, 'region', AR, AR, {'note': 'inside the name of an authority'}),
        ('Хромтаудағы', 0, 'city', 'Khromtau', AR, {'note': 'NI:hospital town'}),
        ('Ақтөбеге', 0, 'city', 'Aktobe', AR, {'note': 'NI:hospital city'}),
        ('Мұғалжар ауданындағы', 0, 'district', 'Mugalzhar District', AR),
        ('Қандыағаш қаласында', 0, 'city', 'Kandyagash', AR),
        ('Хромтау', 1, 'district', 'Khromtau District', AR, {'note': 'NI:inspections'}),
        ('Мұғалжар', 1, 'district', 'Mugalzhar District', AR, {'note': 'NI:inspections'}),
        ('Әйтеке би', 0, 'district', 'Aiteke Bi District', AR, {'note': 'NI:inspections'}),
        ('Хромтаудан', 0, 'city', 'Khromtau', AR, {'note': 'NI:origin of the ore'}),
        ('Ресей', 0, 'foreign', 'Russia', N),
        ('Қытайға', 0, 'foreign', 'China', N),
     ],
     inc={AR: (2, 'blast in the mine near Khromtau; warehouse fire in Kandyagash')}),

dict(id='z018', date='2009-08-03', lang='kk',
     event='2009 motorboat capsized on the Kapshagay reservoir and a gas cylinder blast in Otegen Batyr, Ile district (Almaty Region)',
     text="""ҚАПШАҒАЙ, 3 тамыз – Tengrinews. Қапшағай су қоймасында жексенбі күні моторлы қайық аударылып, Алматыдан демалуға келген екі жас жігіт суға батып кетті. Тағы үш адамды жағадағы демалушылар құтқарып алды.
Алматы облысының төтенше жағдайлар департаментінің мәліметінше, қайықта құтқару жилеттері болмаған. Қаза тапқандардың денесін дүйсенбі күні Талдықорғаннан келген сүңгуірлер тапты.
Сол күні Іле ауданындағы Өтеген батыр кентінде газ баллоны жарылып, бір үйдің төбесі құлады, екі адам күйік алды.
«Биыл маусымнан бері облыстың су айдындарында 23 адам қаза тапты», – деді департамент өкілі Айдос Іленов. Жағажайлардағы құтқарушылар саны көбейтіледі.
Қапшағай қаласы Алматы мен Талдықорған арасындағы тас жолдың бойында орналасқан, демалыс күндері мұнда мыңдаған адам келеді.""",
     ann=[
        ('ҚАПШАҒАЙ', 0, 'city', 'Konaev', ALR, {'note': 'dateline; Kapshagay, renamed Konaev in 2022'}),
        ('Қапшағай су қоймасында', 0, 'facility', 'Kapshagay Reservoir', N, {'subkind': 'reservoir', 'note': 'water body in Almaty Region'}),
        ('Алматыдан', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of the victims'}),
        ('Алматы облысының', 0, 'region', ALR, ALR, {'note': 'inside the name of an authority'}),
        ('Талдықорғаннан', 0, 'city', 'Taldykorgan', ALR, {'note': 'NI:origin of the divers'}),
        ('Іле ауданындағы', 0, 'district', 'Ile District', ALR),
        ('Өтеген батыр кентінде', 0, 'village', 'Otegen Batyr', ALR),
        ('Қапшағай қаласы', 0, 'city', 'Konaev', ALR, {'note': 'NI:background'}),
        ('Алматы', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:route endpoint'}),
        ('Талдықорған', 0, 'city', 'Taldykorgan', ALR, {'note': 'NI:route endpoint'}),
     ],
     inc={ALR: (2, 'motorboat capsized on the Kapshagay reservoir, two drowned; gas cylinder blast in Otegen Batyr')}),

dict(id='z019', date='2017-02-14', lang='kk',
     event='2017 avalanche cuts off Kaskasu village, Tole Bi district, and a gas blast in the Nursat microdistrict of Shymkent (South Kazakhstan Region)',
     text="""ШЫМКЕНТ, 14 ақпан – KazTAG. Оңтүстік Қазақстан облысының Төлеби ауданында қар көшкіні Ленгер – Қасқасу жолын жауып тастады. Тау бөктеріндегі Қасқасу ауылы бір тәулік бойы сыртқы әлемнен оқшауланып қалды, зардап шеккендер жоқ.
Құтқарушылар мен жол техникасы Ленгер қаласынан және Шымкенттен жіберілді. Жол сейсенбі кешке қарай ашылды.
Сол түні Шымкенттегі «Нұрсәт» шағын ауданында көп қабатты үйдің жертөлесінде газ жарылып, үш тұрғын жарақат алды. Үйдің 60 тұрғыны уақытша жақын маңдағы мектепке көшірілді.
«Көшкін қаупі Қазығұрт және Төлеби аудандарының таулы бөлігінде әлі де жоғары», – деді облыстық төтенше жағдайлар департаментінің өкілі Серік Қасқасуов.
Ақсу-Жабағылы қорығына баратын туристерге де тауға шықпау ұсынылды. Өткен қыста облыста қар көшкінінен ешкім зардап шекпеген еді.""",
     ann=[
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', SKR, {'note': 'dateline'}),
        ('Оңтүстік Қазақстан облысының', 0, 'region', SKR, SKR),
        ('Төлеби ауданында', 0, 'district', 'Tole Bi District', SKR),
        ('Ленгер', 0, 'city', 'Lenger', SKR, {'note': 'NI:route endpoint'}),
        ('Қасқасу', 0, 'village', 'Kaskasu', SKR, {'note': 'NI:route endpoint'}),
        ('Қасқасу ауылы', 0, 'village', 'Kaskasu', SKR),
        ('Ленгер қаласынан', 0, 'city', 'Lenger', SKR, {'note': 'NI:origin of rescuers'}),
        ('Шымкенттен', 0, 'city', 'Shymkent', SKR, {'note': 'NI:origin of rescuers'}),
        ('Шымкенттегі', 0, 'city', 'Shymkent', SKR),
        ('Нұрсәт', 0, 'district', 'Nursat (Shymkent)', SKR, {'subkind': 'microdistrict'}),
        ('Қазығұрт', 0, 'district', 'Kazygurt District', SKR, {'note': 'NI:warning'}),
        ('Төлеби', 1, 'district', 'Tole Bi District', SKR, {'note': 'NI:warning'}),
        ('Ақсу-Жабағылы қорығына', 0, 'facility', 'Aksu-Zhabagly Nature Reserve', SKR, {'subkind': 'nature reserve', 'note': 'NI:advice to tourists'}),
     ],
     inc={SKR: (2, 'avalanche blocking the Lenger-Kaskasu road and cutting off Kaskasu; gas blast in Nursat, Shymkent')}),

dict(id='z020', date='2021-05-12', lang='kk',
     event='2021 spring flood of the Ulba in Ridder and in Altai district villages (East Kazakhstan Region)',
     text="""ӨСКЕМЕН, 12 мамыр – Azattyq. Шығыс Қазақстан облысының Риддер қаласында нөсер жаңбыр мен қар еруінен Үлбі өзені арнасынан асып, 120 үйдің ауласын су басты. Қаладағы 350 тұрғын туыстарының үйіне көшірілді.
Су тасқыны Алтай ауданының Парыгино және Ново-Зубовка ауылдарына да жетті. Онда 40 үйдің ауласы мен бау-бақшасы су астында қалды. Катонқарағай ауданының Үлкен Нарын ауылдық округінде де бірнеше үйдің ауласын су басты.
«Судың деңгейі әлі көтерілуде, сондықтан Риддер мен Алтай ауданында төтенше жағдай режимі енгізілді», – деді облыс әкімінің орынбасары Ерлан Үлбіұлы.
Құтқарушылар Өскеменнен және Нұр-Сұлтаннан келді. Павлодар облысынан 12 құтқарушы мен техника жіберілді.
Синоптиктердің болжамы бойынша, аптаның соңына дейін облыстың таулы өңірлерінде жауын-шашын жалғасады. Көрші Ресейдің Алтай өлкесінде де өзендер тасыды. Ауыл шаруашылығы басқармасы егін алқаптарына келген шығынды есептеп жатыр.""",
     ann=[
        ('ӨСКЕМЕН', 0, 'city', 'Oskemen', EKR, {'note': 'dateline'}),
        ('Шығыс Қазақстан облысының', 0, 'region', EKR, EKR),
        ('Риддер қаласында', 0, 'city', 'Ridder', EKR),
        ('Үлбі өзені', 0, 'facility', 'Ulba River', N, {'subkind': 'river'}),
        ('Алтай ауданының', 0, 'district', 'Altai District', EKR),
        ('Парыгино', 0, 'village', 'Parygino', EKR),
        ('Ново-Зубовка', 0, 'village', 'Novo-Zubovka', EKR),
        ('Катонқарағай ауданының', 0, 'district', 'Katonkaragay District', EKR),
        ('Үлкен Нарын ауылдық округінде', 0, 'district', 'Ulken Naryn rural district', EKR, {'subkind': 'rural district'}),
        ('Риддер', 1, 'city', 'Ridder', EKR, {'note': 'state of emergency'}),
        ('Алтай ауданында', 0, 'district', 'Altai District', EKR, {'note': 'state of emergency'}),
        ('Өскеменнен', 0, 'city', 'Oskemen', EKR, {'note': 'NI:origin of rescuers'}),
        ('Нұр-Сұлтаннан', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of rescuers'}),
        ('Павлодар облысынан', 0, 'region', PR, PR, {'note': 'NI:origin of rescuers'}),
        ('Ресейдің', 0, 'foreign', 'Russia', N),
        ('Алтай өлкесінде', 0, 'foreign', 'Altai Krai', N),
     ],
     inc={EKR: (1, 'flood in Ridder, in Parygino and Novo-Zubovka and in the Ulken Naryn rural district (one natural disaster, once per ADM1)')}),

dict(id='z021', date='2023-07-18', lang='kk',
     event='2023 catamaran capsized on Lake Alakol near Kabanbay and a wall collapse in Tekeli (Jetisu Region)',
     text="""ТАЛДЫҚОРҒАН, 18 шілде – Kazinform. Жетісу облысындағы Алакөл көлінде демалушылар мінген катамаран аударылып, 16 жасар жасөспірім көз жұмды. Оқиға Алакөл ауданының Қабанбай ауылы маңындағы жағажайда болды. Жасөспірім Қарағанды облысынан келген демалушылардың бірі екен.
Ал дүйсенбі күні таңертең Текелі қаласындағы бұрынғы кен байыту комбинатының ескі ғимаратының қабырғасы құлап, екі жұмысшы жарақат алды. Ғимарат бұзылуы тиіс еді.
«Жағажайлардың барлығы тексеріледі. Үшарал мен Қабанбайдағы демалыс орындарының иелеріне айыппұл салынды», – деді облыстық төтенше жағдайлар департаментінің өкілі Асқар Текеліұлы.
Алакөл жағалауына биыл маусымнан бері 300 мыңнан астам турист келді, олардың көбі Алматы мен Қарағанды облыстарынан. Көлдің солтүстік жағалауы Абай облысына қарайды. Биыл жазда облыстың су айдындарында барлығы 11 адам суға батып кетті.""",
     ann=[
        ('ТАЛДЫҚОРҒАН', 0, 'city', 'Taldykorgan', JTR, {'note': 'dateline'}),
        ('Жетісу облысындағы', 0, 'region', JTR, JTR),
        ('Алакөл көлінде', 0, 'facility', 'Lake Alakol', N, {'subkind': 'lake', 'note': 'lake on the border of Jetisu and Abai regions'}),
        ('Алакөл ауданының', 0, 'district', 'Alakol District', JTR),
        ('Қабанбай ауылы', 0, 'village', 'Kabanbay', JTR),
        ('Қарағанды облысынан', 0, 'region', KR, KR, {'note': 'NI:origin of the victim'}),
        ('Текелі қаласындағы', 0, 'city', 'Tekeli', JTR),
        ('Үшарал', 0, 'city', 'Usharal', JTR, {'note': 'NI:fines on resort owners'}),
        ('Қабанбайдағы', 0, 'village', 'Kabanbay', JTR, {'note': 'NI:fines on resort owners'}),
        ('Алакөл', 2, 'facility', 'Lake Alakol', N, {'subkind': 'lake', 'note': 'tourist destination'}),
        ('Алматы', 0, 'region', ALR, ALR, {'note': 'NI:in a list of regions; origin of tourists'}),
        ('Қарағанды', 1, 'region', KR, KR, {'note': 'NI:origin of tourists'}),
        ('Абай облысына', 0, 'region', ABR, ABR, {'note': 'NI:the other shore of the lake'}),
     ],
     inc={JTR: (2, 'catamaran capsized on Lake Alakol near Kabanbay, one drowned; wall collapse in Tekeli')}),

dict(id='z022', date='2024-10-22', lang='kk',
     event='2024 flat fire in the 14th microdistrict of Aktau and a gas pipe damaged by an excavator in Baskuduk, Munaily district (Mangystau Region)',
     text="""АҚТАУ, 22 қазан – Tengrinews. Ақтаудың 14-шағын ауданындағы тоғыз қабатты үйдің бесінші қабатында өрт шығып, 40 тұрғын эвакуацияланды. Түтіннен уланған екі бала ауруханаға жеткізілді, деп хабарлады Маңғыстау облысының төтенше жағдайлар департаменті.
Өрт электр плитасынан басталған. Оны 35 өрт сөндіруші бір сағатта сөндірді.
Сол күні Мұнайлы ауданындағы Басқұдық ауылында газ құбыры зақымданып, газ тарап кетті. Жер жұмыстарын жүргізген экскаватор құбырды тесіп кеткен. 200 үй бірнеше сағат газсыз қалды, зардап шеккендер жоқ.
«Ақтау мен Жаңаөзенде жылу маусымы алдында барлық газ желілері тексеріледі», – деді облыс әкімінің орынбасары Нұрлан Маңғыстауов.
Ақтаудан Атырауға баратын магистральдық газ құбырының бұл оқиғаға қатысы жоқ, деп нақтылады газ тасымалдау компаниясы.""",
     ann=[
        ('АҚТАУ', 0, 'city', 'Aktau', MR, {'note': 'dateline'}),
        ('Ақтаудың', 0, 'city', 'Aktau', MR),
        ('14-шағын ауданындағы', 0, 'district', '14th microdistrict (Aktau)', MR, {'subkind': 'microdistrict'}),
        ('Маңғыстау облысының', 0, 'region', MR, MR, {'note': 'inside the name of an authority'}),
        ('Мұнайлы ауданындағы', 0, 'district', 'Munaily District', MR),
        ('Басқұдық ауылында', 0, 'village', 'Baskuduk', MR),
        ('Ақтау', 0, 'city', 'Aktau', MR, {'note': 'NI:inspections'}),
        ('Жаңаөзенде', 0, 'city', 'Zhanaozen', MR, {'note': 'NI:inspections'}),
        ('Ақтаудан', 0, 'city', 'Aktau', MR, {'note': 'NI:route endpoint of the trunk pipeline'}),
        ('Атырауға', 0, 'city', 'Atyrau', ATR, {'note': 'NI:route endpoint of the trunk pipeline'}),
     ],
     inc={MR: (2, 'flat fire in the 14th microdistrict of Aktau; gas leak from a damaged pipe in Baskuduk (counted as an accident)')}),

dict(id='z023', date='2025-11-05', lang='kk',
     event='2025 windstorm in Sozak district (Sholakkorgan, Karabulak) and Kentau (Turkistan Region); akimat post quoted in the Kazakh Latin alphabet',
     text="""ТҮРКІСТАН, 5 қараша – Orda.kz. Түркістан облысының Созақ ауданында дүйсенбі түні соққан қатты жел 30-дан астам үйдің шатырын ұшырып, электр желілерін үзді. Аудан орталығы Шолаққорған мен Қарабұлақ ауылы бірнеше сағат жарықсыз қалды.
Аудан әкімдігі әлеуметтік желідегі парақшасында латын әліпбиімен былай деп жазды: «Sozaq aýdanynda daýyl saldarynan 32 úıdiń shatyry zaqymdaldy. Sholaqqorǵan aýylyndaǵy mekteptiń terezeleri synǵan».
Дауыл Кентау қаласына да жетіп, онда бір жарнама тақтасы құлап, тұрақта тұрған көлікті басып қалды.
«Жел екпіні секундына 30 метрге жетті», – деді Қазгидромет өкілі Айгүл Созақова.
Шымкент пен Түркістаннан жөндеу бригадалары жіберілді. Дауыл туралы ескерту облыстағы бес ауданда алдын ала жарияланған еді. Адам шығыны жоқ, келтірілген залал көлемі анықталып жатыр.""",
     ann=[
        ('ТҮРКІСТАН', 0, 'city', 'Turkistan', TR, {'note': 'dateline'}),
        ('Түркістан облысының', 0, 'region', TR, TR),
        ('Созақ ауданында', 0, 'district', 'Sozak District', TR),
        ('Шолаққорған', 0, 'village', 'Sholakkorgan', TR),
        ('Қарабұлақ ауылы', 0, 'village', 'Karabulak (Sozak District)', TR),
        ('Sozaq aýdanynda', 0, 'district', 'Sozak District', TR, {'note': 'Kazakh Latin alphabet'}),
        ('Sholaqqorǵan aýylyndaǵy', 0, 'village', 'Sholakkorgan', TR, {'note': 'Kazakh Latin alphabet'}),
        ('Кентау қаласына', 0, 'city', 'Kentau', TR),
        ('Шымкент', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:origin of repair crews'}),
        ('Түркістаннан', 0, 'city', 'Turkistan', TR, {'note': 'NI:origin of repair crews'}),
        ('бес ауданда', 0, 'quantified', '5 districts', N, {'count': 5, 'unit': 'district', 'note': 'warnings, not incidents'}),
     ],
     inc={TR: (1, 'windstorm damaging roofs and power lines in Sozak district and Kentau (one natural disaster, once per ADM1)')}),

dict(id='z024', date='2024-08-20', lang='kk',
     event='2024 summer tourism figures for Akmola Region: Burabay, Shchuchinsk, Zerendi (no incident)',
     text="""КӨКШЕТАУ, 20 тамыз – Kazinform. Ақмола облысына биыл жазда 1,2 миллион турист келді, бұл өткен жылғыдан 15 пайызға көп. Олардың басым бөлігі «Бурабай» курорттық аймағына барды, деп хабарлады облыстық туризм басқармасы.
Щучинск қаласы мен Бурабай кентіндегі қонақүйлердің толымдылығы шілдеде 95 пайызға жетті. Зеренді ауданындағы Зеренді көлінің жағасында үш жаңа демалыс орны ашылды.
«Туристердің көбі Астана мен Қарағандыдан, сондай-ақ Ресейдің Омбы және Новосібір қалаларынан келеді», – деді басқарма басшысы Бауыржан Бурабаев.
Көкшетау ұлттық паркінде жаңа жаяу жүргіншілер соқпақтары салынды. Келесі жылы облыстың барлық аудандарында ауылдық туризмді дамыту бағдарламасы басталады.
Мамыр айында Бурабайда Қазақстан мен Орталық Азия елдерінің туризм форумы өтті. Облыс әкімдігі келесі маусымда туристер санын бір жарым миллионға жеткізуді көздеп отыр. Көкшетаудың «Оқжетпес» футбол клубы да жаз бойы Бурабайда жаттығу жиынын өткізді.""",
     ann=[
        ('КӨКШЕТАУ', 0, 'city', 'Kokshetau', AKR, {'note': 'dateline'}),
        ('Ақмола облысына', 0, 'region', AKR, AKR),
        ('Бурабай', 0, 'facility', 'Burabay resort area', AKR, {'subkind': 'resort area'}),
        ('Щучинск қаласы', 0, 'city', 'Shchuchinsk', AKR),
        ('Бурабай кентіндегі', 0, 'village', 'Burabay', AKR),
        ('Зеренді ауданындағы', 0, 'district', 'Zerendi District', AKR),
        ('Зеренді көлінің', 0, 'facility', 'Lake Zerendi', N, {'subkind': 'lake'}),
        ('Астана', 0, 'city', 'Astana', 'Astana', {'note': 'origin of tourists'}),
        ('Қарағандыдан', 0, 'city', 'Karaganda', KR, {'note': 'origin of tourists'}),
        ('Ресейдің', 0, 'foreign', 'Russia', N),
        ('Омбы', 0, 'foreign', 'Omsk', N),
        ('Новосібір', 0, 'foreign', 'Novosibirsk', N),
        ('Көкшетау ұлттық паркінде', 0, 'facility', 'Kokshetau National Park', AKR, {'subkind': 'national park'}),
        ('барлық аудандарында', 0, 'quantified', 'all districts', N, {'count': None, 'unit': 'district', 'quantifier': 'all', 'note': 'development programme, not incidents'}),
        ('Бурабайда', 0, 'village', 'Burabay', AKR),
        ('Қазақстан', 0, 'country', 'Kazakhstan', N),
        ('Орталық Азия', 0, 'foreign', 'Central Asia', N, {'subkind': 'macro-region', 'uncertain': True, 'note': 'includes Kazakhstan'}),
        ('Көкшетаудың', 0, 'city', 'Kokshetau', AKR, {'note': 'home of a football club (the club \u00abОқжетпес\u00bb, also the name of a rock in Burabay, is not annotated)'}),
        ('Бурабайда', 1, 'village', 'Burabay', AKR),
     ],
     inc={}),
]
