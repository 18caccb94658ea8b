"""Kazakh texts of the eighty-fifth unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p017', date='2023-10-12', lang='kk',
     event='2023 Kazygurt district akim reports to residents in Kazygurt (Turkistan Region): water pipe for three villages of Kakpak rural okrug, a school in Turbat, a clinic in Sharapkhana; Kazygurt-Shymkent road; pasture leased to a Shymkent company; yards flooded in Turbat after a downpour, a market fire in Kazygurt, a gas cylinder blast in Kakpak; the district was in South Kazakhstan Region before 2018; the newspaper «Оңтүстік Қазақстан»',
     text="""Қазығұрт ауданының әкімі тұрғындарға есеп берді: су, жол және жер дауы
ТҮРКІСТАН, 12 қазан. «Оңтүстік Қазақстан» газеті. Қазығұрт ауданының әкімі Ержан Оразбеков кеше Қазығұрт ауылындағы мәдениет үйінде тұрғындарға жыл қорытындысы бойынша есеп берді. Жиынға аудан орталығынан бөлек, Тұрбат, Қақпақ, Шарапхана ауылдарынан 500-ге жуық адам келді.
Әкімнің айтуынша, биыл аудан бюджеті 14 миллиард теңгеге жетті. Оның басым бөлігі ауыз су мен жолға жұмсалды. Қақпақ ауылдық округіндегі үш ауылға жаңа су құбыры тартылып, 2 мың үй таза сумен қамтылды. Тұрбатта 600 орындық мектеп ашылды, ал Шарапхана ауылында дәрігерлік амбулатория салынып жатыр.
Денсаулық саласы бойынша әкім аудандық ауруханаға төрт жаңа жедел жәрдем көлігі алынғанын айтты. Сондай-ақ 11 ауылдық округтің тоғызында жасанды футбол алаңы салынып, Қызылқия ауылында балалар саябағы ашылды.
Жол мәселесі де қызу талқыланды. Қазығұрт – Шымкент тас жолының 12 шақырымы жөнделді. Бірақ Қақпақтан келген тұрғындар ауыл ішіндегі көшелерге әлі күнге дейін тек қиыршық тас төселгенін айтып, ренжіді.
Жиынның ең шиеленіскен сәті жер дауы болды. Шарапхана ауылдық округінің тұрғындары жайылымға бөлінген 150 гектар жердің Шымкенттегі бір компанияға жалға берілгенін алға тартты. Әкім мәміленің заңдылығын аудандық прокуратура тексеріп жатқанын жеткізді.
Есепте биылғы оқиғалар да айтылды. Мамыр айында нөсерден кейін Тұрбат ауылында 30-дан астам үйдің ауласын су басты. Шілдеде Қазығұрт ауылындағы базарда өрт шығып, 12 сауда орны жанып кетті. Тамызда Қақпақ ауылында газ баллоны жарылып, екі адам жарақат алды.
Әкім сөз соңында ауданның бірнеше ауылында интернет сапасы нашар екенін мойындап, келесі жылы Қазығұрттың барлық ауылдық округіне талшықты-оптикалық байланыс тартылатынын айтты. Ол аудан 2018 жылға дейін орталығы Шымкентте болған Оңтүстік Қазақстан облысының құрамында болғанын еске салды. Қазір облыс орталығы – Түркістан қаласы.""",
     ann=[
        ('Қазығұрт ауданының', 0, 'district', 'Kazygurt District', TR, {'note': 'headline'}),
        ('ТҮРКІСТАН', 0, 'city', 'Turkistan', TR, {'note': 'dateline'}),
        ('Қазығұрт ауданының', 1, 'district', 'Kazygurt District', TR),
        ('Қазығұрт ауылындағы', 0, 'village', 'Kazygurt', TR, {'note': 'NI:place of the report; the district centre'}),
        ('Тұрбат', 0, 'village', 'Turbat', TR, {'note': 'NI:origin of residents; in a list sharing "ауылдарынан"'}),
        ('Қақпақ', 0, 'village', 'Kakpak', TR, {'note': 'NI:origin of residents; in a list sharing "ауылдарынан"'}),
        ('Шарапхана', 0, 'village', 'Sharapkhana', TR, {'note': 'NI:origin of residents; in a list sharing "ауылдарынан"'}),
        ('Қақпақ ауылдық округіндегі', 0, 'district', 'Kakpak rural okrug', TR, {'subkind': 'rural okrug', 'note': 'NI:water pipe'}),
        ('үш ауылға', 0, 'quantified', '3 villages', N, {'count': 3, 'unit': 'village', 'note': 'NI:water pipe; the villages are not named'}),
        ('Тұрбатта', 0, 'village', 'Turbat', TR, {'note': 'NI:school opened'}),
        ('Шарапхана ауылында', 0, 'village', 'Sharapkhana', TR, {'note': 'NI:clinic under construction'}),
        ('11 ауылдық округтің тоғызында', 0, 'quantified', '9 of 11 rural okrugs', N, {'count': 9, 'unit': 'rural okrug', 'note': 'NI:football pitches built'}),
        ('Қызылқия ауылында', 0, 'village', 'Kyzylkiya', TR, {'note': 'NI:park opened'}),
        ('Қазығұрт', 3, 'village', 'Kazygurt', TR, {'note': 'NI:road endpoint'}),
        ('Шымкент', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:road endpoint'}),
        ('Қақпақтан', 0, 'village', 'Kakpak', TR, {'note': 'NI:origin of residents'}),
        ('Шарапхана ауылдық округінің', 0, 'district', 'Sharapkhana rural okrug', TR, {'subkind': 'rural okrug', 'note': 'NI:residence; land dispute, not an incident'}),
        ('Шымкенттегі', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:seat of the company'}),
        ('Тұрбат ауылында', 0, 'village', 'Turbat', TR, {'note': 'yards of more than 30 houses flooded after a downpour'}),
        ('Қазығұрт ауылындағы', 1, 'village', 'Kazygurt', TR, {'note': 'fire at the market, 12 stalls burnt'}),
        ('Қақпақ ауылында', 0, 'village', 'Kakpak', TR, {'note': 'gas cylinder explosion, two hurt'}),
        ('бірнеше ауылында', 0, 'quantified', 'several villages', N, {'count': None, 'unit': 'village', 'note': 'NI:poor internet, not incidents'}),
        ('Қазығұрттың барлық ауылдық округіне', 0, 'quantified', 'all rural okrugs of Kazygurt', N, {'count': None, 'unit': 'rural okrug', 'quantifier': 'all', 'note': 'NI:fibre-optic lines planned; the quantified phrase contains the district name'}),
        ('Шымкентте', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:former regional centre'}),
        ('Оңтүстік Қазақстан облысының', 0, 'region', TR, TR, {'uncertain': True, 'note': "NI:the region's former name (renamed Turkistan Region on 2018-06-19), in a historical remark; labelled with the unit in force on the article date"}),
        ('Түркістан қаласы', 0, 'city', 'Turkistan', TR, {'note': 'NI:regional centre'}),
     ],
     inc={TR: (3, 'yards of more than 30 houses flooded after a downpour in Turbat (May); market fire in Kazygurt (July); gas cylinder explosion in Kakpak, two hurt (August)')}),

dict(id='p018', date='1992-08-20', lang='kk',
     event='1992 gathering in Kabanbai, Alakol district of Taldykorgan Region (abolished 1997, Almaty Region land; Jetisu Region since 2022), over the land of a dissolved state farm; next day villagers block the Usharal-Taldykorgan road for two hours; Koktuma and Akshi residents on the shore of lake Alakol; similar disputes in two more districts; a commission from Almaty called for; Kabanbai named after a batyr',
     text="""Алакөл ауданында жиын: жер кімге тиесілі?
ТАЛДЫҚОРҒАН, 20 тамыз. Алакөл ауданының Қабанбай ауылында өткен жиында бұрынғы «Коммунизм» кеңшарының жерін бөлу мәселесі талқыланды. Кеңшар таратылғаннан кейін 12 мың гектар егістік пен жайылым шаруа қожалықтарына бөлінуі тиіс еді. Бірақ ауыл тұрғындарының айтуынша, ең құнарлы жерлер аудан басшыларының туыстарына тиіп кеткен. Қабанбай – ауданның ең ірі ауылдарының бірі, мұнда 6 мыңға жуық адам тұрады, ауылдың бұрынғы атауы – Андреевка. Кеңшар жабылғаннан кейін жұмыссыз қалған жастардың көбі Алматыға, Талдықорғанға кетіп жатыр.
Жиынға Үшаралдан аудан әкімшілігінің басшысы Сәкен Ахметов келді. Ол жер бөлу комиссиясының шешімін облыстық әкімшілік қайта қарайтынын айтты. Тұрғындар оның сөзіне сенбей, ертесі күні Үшарал – Талдықорған жолын екі сағатқа жауып тастады.
Жиында Көктұма мен Ақшы ауылдарының тұрғындары да сөз алды. Олар Алакөл жағалауындағы демалыс орындарына жер беруді тоқтатуды талап етті. Облыс әкімшілігінің мәліметінше, Талдықорған облысының тағы екі ауданында осындай даулар тіркелген. Тұрғындар мәселені шешу үшін Алматыдан республика үкіметінің комиссиясын шақыруды ұсынды.""",
     ann=[
        ('Алакөл ауданында', 0, 'district', 'Alakol District', ALR, {'note': 'headline'}),
        ('ТАЛДЫҚОРҒАН', 0, 'city', 'Taldykorgan', ALR, {'note': 'dateline; Almaty Region land from 1997, Jetisu Region from 2022'}),
        ('Алакөл ауданының', 0, 'district', 'Alakol District', ALR),
        ('Қабанбай ауылында', 0, 'village', 'Kabanbai (Alakol district)', ALR, {'note': 'NI:place of the gathering; village named after Kabanbai batyr'}),
        ('Қабанбай', 1, 'village', 'Kabanbai (Alakol district)', ALR, {'note': 'NI:description'}),
        ('Андреевка', 0, 'village', 'Kabanbai (Alakol district)', ALR, {'note': 'NI:former name of the village'}),
        ('Алматыға', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:destination of job seekers'}),
        ('Талдықорғанға', 0, 'city', 'Taldykorgan', ALR, {'note': 'NI:destination of job seekers'}),
        ('Үшаралдан', 0, 'city', 'Usharal', ALR, {'note': 'NI:origin of the official; the district centre'}),
        ('Үшарал', 0, 'city', 'Usharal', ALR, {'note': 'NI:road endpoint'}),
        ('Талдықорған', 0, 'city', 'Taldykorgan', ALR, {'note': 'NI:road endpoint'}),
        ('Көктұма', 0, 'village', 'Koktuma', ALR, {'note': 'NI:residence; in a list sharing "ауылдарының"'}),
        ('Ақшы', 0, 'village', 'Akshi', ALR, {'note': 'NI:residence; in a list sharing "ауылдарының"'}),
        ('Алакөл', 2, 'facility', 'Lake Alakol', N, {'subkind': 'lake', 'note': 'NI:the lake, not the district'}),
        ('Талдықорған облысының', 0, 'region', ALR, ALR, {'uncertain': True, 'note': 'NI:abolished in 1997 and merged into Almaty Region; labelled with the unit that took its land'}),
        ('тағы екі ауданында', 0, 'quantified', '2 more districts', N, {'count': 2, 'unit': 'district', 'note': 'NI:disputes, not incidents'}),
        ('Алматыдан', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of the commission; the capital in 1992'}),
     ],
     inc={ALR: (1, 'residents of Kabanbai block the Usharal-Taldykorgan road for two hours (protest over land)')}),

dict(id='p019', date='2022-07-05', lang='kk',
     event='2022 first report of the Urzhar district akim after the creation of Abai Region (a month old, centre Semey; formerly East Kazakhstan Region, centre Oskemen): school in Taskesken, water pipe in Bakhty, road to the border crossing with China; the April flood of the Urzhar river in Urzhar village, a protest at the Makanshi rural okrug akimat over hayfields given to a businessman from Almaty, a fatal collision on the Taskesken-Urzhar road; more than 30 villages with poor mobile coverage; the agency «Абай-ақпарат»',
     text="""Үржар ауданы: жаңа облыстағы алғашқы есеп
СЕМЕЙ, 5 шілде. «Абай-ақпарат». Үржар ауданының әкімі Бақытжан Тұрсынов Абай облысы құрылғаннан кейінгі алғашқы есебін Үржар ауылындағы мәдениет үйінде берді. Жиынға Мақаншы, Таскескен, Бахты ауылдарынан да тұрғындар келді, ал шалғайдағы ауылдар үшін есеп тікелей эфирде көрсетілді.
Әкім алдымен әкімшілік өзгерістер туралы айтты. Маусымның 8-іне дейін аудан Шығыс Қазақстан облысына қарап, облыс орталығы Өскемен болатын. Енді құжаттар Семейге жіберіледі. «Үржардан Өскеменге дейін 500 шақырымнан асады, Семейге жол біршама жақын», – деді әкім.
Биыл аудан бюджеті 11,2 миллиард теңгені құрады. Таскескен ауылында 300 орындық мектептің құрылысы аяқталып келеді, ал Бахты ауылына ауыз су құбыры тартылды. Бахтыдағы Қытаймен шекаралық өткелге баратын жолдың 40 шақырымы жөнделді.
Тұрғындар көктемгі су тасқынын еске алды. Сәуір айында Үржар өзені арнасынан асып, Үржар ауылының үш көшесіндегі 40-қа жуық үйдің ауласы мен жертөлесін су басқан. Әкім жағалауды бекітуге облыстық бюджеттен қаржы сұралатынын айтты.
Ауыл шаруашылығы мен туризм жайында әкім биыл ауданда 120 мың гектарға егін егілгенін, ал Алакөл жағасындағы Қабанбай ауылында демалыс маусымына дайындық жүріп жатқанын айтты. Үржар ауылындағы Абай көшесін жөндеуге 300 миллион теңге бөлінді, ал Мақаншы ауылында жаңа спорт кешені ашылды.
Жер мәселесі де көтерілді. Мақаншы ауылдық округінің тұрғындары шабындық жердің Алматыдан келген кәсіпкерге берілгеніне қарсы. Өткен айда олар округ әкімдігінің алдына жиналып, наразылық білдірген. Әкім бұл мәселе бойынша комиссия құрылғанын айтты.
Сонымен қатар маусымда Таскескен – Үржар жолында жүк көлігі мен жеңіл көлік соқтығысып, бір адам қаза тапқаны айтылды. Әкім жолдың қауіпті бөлігіне белгі қойылатынын жеткізді.
Есеп соңында ауданның 30-дан астам ауылында ұялы байланыс нашар екені, бірнеше ауылда фельдшерлік пункт жоқ екені айтылды.""",
     ann=[
        ('Үржар ауданы', 0, 'district', 'Urzhar District', ABR, {'note': 'headline'}),
        ('СЕМЕЙ', 0, 'city', 'Semey', ABR, {'note': 'dateline; Abai Region since 2022-06-08'}),
        ('Үржар ауданының', 0, 'district', 'Urzhar District', ABR),
        ('Абай облысы', 0, 'region', ABR, ABR, {'note': 'NI:creation of the region'}),
        ('Үржар ауылындағы', 0, 'village', 'Urzhar', ABR, {'note': 'NI:place of the report; the district centre'}),
        ('Мақаншы', 0, 'village', 'Makanshi', ABR, {'note': 'NI:origin of residents; in a list sharing "ауылдарынан"'}),
        ('Таскескен', 0, 'village', 'Taskesken', ABR, {'note': 'NI:origin of residents; in a list sharing "ауылдарынан"'}),
        ('Бахты', 0, 'village', 'Bakhty', ABR, {'note': 'NI:origin of residents; in a list sharing "ауылдарынан"'}),
        ('Шығыс Қазақстан облысына', 0, 'region', EKR, EKR, {'note': 'NI:the former unit of the district'}),
        ('Өскемен', 0, 'city', 'Oskemen', EKR, {'note': 'NI:former regional centre'}),
        ('Семейге', 0, 'city', 'Semey', ABR, {'note': 'NI:new regional centre'}),
        ('Үржардан', 0, 'village', 'Urzhar', ABR, {'note': 'NI:distance'}),
        ('Өскеменге', 0, 'city', 'Oskemen', EKR, {'note': 'NI:distance'}),
        ('Семейге', 1, 'city', 'Semey', ABR, {'note': 'NI:distance'}),
        ('Таскескен ауылында', 0, 'village', 'Taskesken', ABR, {'note': 'NI:school under construction'}),
        ('Бахты ауылына', 0, 'village', 'Bakhty', ABR, {'note': 'NI:water pipe'}),
        ('Бахтыдағы', 0, 'village', 'Bakhty', ABR, {'note': 'NI:site of the border crossing'}),
        ('Қытаймен', 0, 'foreign', 'China', N, {'note': 'NI:neighbouring country'}),
        ('Үржар өзені', 0, 'facility', 'Urzhar River', N, {'subkind': 'river'}),
        ('Үржар ауылының', 0, 'village', 'Urzhar', ABR, {'note': 'April flood of yards and cellars, before the region was created'}),
        ('Алакөл', 0, 'facility', 'Lake Alakol', N, {'subkind': 'lake', 'note': 'NI:the lake'}),
        ('Қабанбай ауылында', 0, 'village', 'Kabanbai (Urzhar district)', ABR, {'note': 'NI:preparations for the holiday season; not the Kabanbai of Alakol district'}),
        ('Үржар ауылындағы', 1, 'village', 'Urzhar', ABR, {'note': 'NI:street repair'}),
        ('Абай көшесін', 0, 'facility', 'Abai Street (Urzhar)', ABR, {'subkind': 'street', 'note': 'NI:street named after the poet; not Abai Region; street repair'}),
        ('Мақаншы ауылында', 0, 'village', 'Makanshi', ABR, {'note': 'NI:sports centre opened'}),
        ('Мақаншы ауылдық округінің', 0, 'district', 'Makanshi rural okrug', ABR, {'subkind': 'rural okrug', 'note': 'residents protested at the okrug akimat last month'}),
        ('Алматыдан', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of the businessman'}),
        ('Таскескен', 2, 'village', 'Taskesken', ABR, {'note': 'NI:road endpoint'}),
        ('Үржар', 6, 'village', 'Urzhar', ABR, {'note': 'NI:road endpoint'}),
        ('30-дан астам ауылында', 0, 'quantified', 'more than 30 villages', N, {'count': None, 'unit': 'village', 'note': 'NI:poor mobile coverage; "more than 30", count left null'}),
        ('бірнеше ауылда', 0, 'quantified', 'several villages', N, {'count': None, 'unit': 'village', 'note': 'NI:no medical posts'}),
     ],
     inc={ABR: (3, 'April flood of the Urzhar river in Urzhar village (about 40 yards and cellars); protest of Makanshi rural okrug residents at the okrug akimat; fatal collision on the Taskesken-Urzhar road in June')}),

dict(id='p020', date='2016-11-18', lang='kk',
     event='2016 Merke district akim meets residents of Akermen rural okrug (Jambyl Region): road Merke-Akermen repaired, new school in Sarymoldaev, gas for four villages; the July mudflow that covered 14 yards in Akermen and broke two bridges; pasture leased to a farm driving cattle to Kyrgyzstan; Merke village vs district; the surname Жамбылов vs Jambyl Region',
     text="""Мерке ауданы: Ақермендегі жиында жол мен мектеп сөз болды
ТАРАЗ, 18 қараша. Мерке ауданының әкімі Нұрлан Қалиев Ақермен ауылдық округінің тұрғындарымен кездесіп, биылғы жұмыстың қорытындысын айтты. Ақермен ауылындағы мектепте өткен жиынға 200-ге жуық адам қатысты.
Әкімнің сөзінше, биыл Мерке ауылы мен Ақермен арасындағы 9 шақырым жол жөнделді, ал Сарымолдаев ауылында 320 орындық жаңа мектеп ашылды. Келесі жылы ауданның төрт ауылына газ тартылады.
Сондай-ақ әкім Ақермен ауылдық округінің орталығында фельдшерлік-акушерлік пункт ашылатынын, ал Мерке – Ойтал жолына жарық бағаналары орнатылатынын айтты.
Тұрғындар жазда болған сел оқиғасын еске салды. Шілдеде таудан аққан сел Ақермен ауылының 14 үйінің ауласын басып, екі көпірді бұзған. Көпірдің бірі әлі күнге дейін жөнделмеген. Әкім оны көктемге дейін қалпына келтіруге уәде берді.
Жер мәселесі бойынша сөйлеген тұрғын Асан Жамбылов ауыл маңындағы жайылымның Қырғызстанға мал айдайтын шаруа қожалығына жалға берілгеніне наразы екенін айтты. Әкім жайылымдарды тексеру Жамбыл облысының жер инспекциясына тапсырылғанын жеткізді.""",
     ann=[
        ('Мерке ауданы', 0, 'district', 'Merke District', JR, {'note': 'headline'}),
        ('Ақермендегі', 0, 'village', 'Akermen', JR, {'note': 'NI:headline; place of the meeting'}),
        ('ТАРАЗ', 0, 'city', 'Taraz', JR, {'note': 'dateline'}),
        ('Мерке ауданының', 0, 'district', 'Merke District', JR),
        ('Ақермен ауылдық округінің', 0, 'district', 'Akermen rural okrug', JR, {'subkind': 'rural okrug', 'note': 'NI:residence of the audience'}),
        ('Ақермен ауылындағы', 0, 'village', 'Akermen', JR, {'note': 'NI:place of the meeting'}),
        ('Мерке ауылы', 0, 'village', 'Merke', JR, {'note': 'NI:road endpoint; the village, centre of the district'}),
        ('Ақермен', 2, 'village', 'Akermen', JR, {'note': 'NI:road endpoint'}),
        ('Сарымолдаев ауылында', 0, 'village', 'Sarymoldaev', JR, {'note': 'NI:school opened; village named after a person'}),
        ('төрт ауылына', 0, 'quantified', '4 villages', N, {'count': 4, 'unit': 'village', 'note': 'NI:gas planned'}),
        ('Ақермен ауылдық округінің', 1, 'district', 'Akermen rural okrug', JR, {'subkind': 'rural okrug', 'note': 'NI:medical post planned'}),
        ('Мерке', 3, 'village', 'Merke', JR, {'note': 'NI:road endpoint'}),
        ('Ойтал', 0, 'village', 'Oital', JR, {'note': 'NI:road endpoint'}),
        ('Ақермен ауылының', 0, 'village', 'Akermen', JR, {'note': 'July mudflow covered 14 yards and broke two bridges'}),
        ('Қырғызстанға', 0, 'foreign', 'Kyrgyzstan', N, {'note': 'NI:destination of cattle'}),
        ('Жамбыл облысының', 0, 'region', JR, JR, {'note': 'NI:inside the name of an authority (land inspection)'}),
     ],
     inc={JR: (1, 'July mudflow covered 14 yards in Akermen and broke two bridges')}),

dict(id='p021', date='2019-05-14', lang='kk',
     event='2019 Tselinograd district akim reports in Akmol (Akmola Region), two months after Astana was renamed Nur-Sultan; Tselinograd the district vs the old name of the capital; growth of Koyandy, Talapker, Kosshy and Akmol; the April Nura flood of dachas in Akmol, a gas explosion in a house in Koyandy rural okrug in January, a protest of Talapker residents at the district akimat over pasture by the Yesil; all 22 rural okrugs; the newspaper «Арқа ажары»',
     text="""Целиноград ауданы: Қоянды мен Талапкер тұрғындары әкімге не айтты?
НҰР-СҰЛТАН, 14 мамыр. «Арқа ажары». Ақмола облысы Целиноград ауданының әкімі Ғалым Сейітқалиев аудан орталығы Ақмол ауылында тұрғындарға есеп берді. Жиын елорданың жаңа атауы туралы әңгімеден басталды: наурыздан бері Астана Нұр-Сұлтан деп аталады, ал ауданның аты Целиноград болып қалды. Әкім қаланың бұрынғы атауы – Целиноград – аудан атауында сақталғанын айтты.
Аудан Нұр-Сұлтанмен шектеседі, сондықтан тұрғындар саны жыл сайын өсіп келеді. Әкімнің айтуынша, соңғы бес жылда Қояндыда, Талапкерде, Қосшыда және Ақмолда 20 мыңнан астам үй салынған. Бірақ инфрақұрылым үлгермей отыр: Қоянды ауылының жартысы әлі орталық су құбырына қосылмаған, ал Талапкер ауылындағы жалғыз мектеп үш ауысыммен оқиды.
Биыл Талапкерде 1 200 орындық мектеп пен емхана салу жоспарланған. Қосшы ауылында кәріз жүйесі жаңартылады. Ақмол – Нұр-Сұлтан жолының бойына жарық бағаналары орнатылады.
Денсаулық саласында Ақмол ауылындағы аудандық аурухана жаңа ғимаратқа көшті. Қабанбай батыр ауылында 2020 жылы 320 орындық балабақша ашылады. Сонымен қатар Қараөткел ауылында жаңа су мұнарасы салынып, Оразақ ауылына баратын жол жөнделді.
Тұрғындар өткен көктемді де еске алды. Сәуірде Нұра өзені тасып, Ақмол ауылындағы 60-қа жуық саяжайды су басқан. Ал қаңтарда Қоянды ауылдық округінде жеке үйде газ жарылып, үш адам жарақат алды.
Жер дауы Талапкер ауылдық округінде өткір. Тұрғындардың айтуынша, Есіл өзенінің жағасындағы жайылым саяжай құрылысына берілген. Талапкерліктер сәуірде аудандық әкімдіктің алдына жиналып, жерді қайтаруды талап еткен. Әкім жер учаскелерін беру тоқтатылғанын, ал заңсыз берілгендерін облыс прокуратурасы тексеріп жатқанын айтты.
Есеп соңында әкім ауданның барлық 22 ауылдық округінде әкімдер тұрғындармен кездесу өткізетінін хабарлады. Келесі жиын Қосшы ауылында өтеді.""",
     ann=[
        ('Целиноград ауданы', 0, 'district', 'Tselinograd District', AKR, {'note': 'headline'}),
        ('Қоянды', 0, 'village', 'Koyandy', AKR, {'note': 'NI:headline; residence'}),
        ('Талапкер', 0, 'village', 'Talapker', AKR, {'note': 'NI:headline; residence'}),
        ('НҰР-СҰЛТАН', 0, 'city', 'Astana', 'Astana', {'note': 'dateline; the capital named Nur-Sultan 2019-2022'}),
        ('Ақмола облысы', 0, 'region', AKR, AKR),
        ('Целиноград ауданының', 0, 'district', 'Tselinograd District', AKR),
        ('Ақмол ауылында', 0, 'village', 'Akmol', AKR, {'note': 'NI:place of the report; the district centre, formerly Malinovka'}),
        ('Астана', 0, 'city', 'Astana', 'Astana', {'note': "NI:the capital's name before 2019-03-23"}),
        ('Нұр-Сұлтан', 0, 'city', 'Astana', 'Astana', {'note': "NI:the capital's new name"}),
        ('Целиноград', 2, 'district', 'Tselinograd District', AKR, {'note': 'NI:the name of the district'}),
        ('Целиноград', 3, 'city', 'Astana', 'Astana', {'note': 'NI:the Soviet name of the capital, 1961-1992'}),
        ('Нұр-Сұлтанмен', 0, 'city', 'Astana', 'Astana', {'note': 'NI:neighbour'}),
        ('Қояндыда', 0, 'village', 'Koyandy', AKR, {'note': 'NI:housing growth'}),
        ('Талапкерде', 0, 'village', 'Talapker', AKR, {'note': 'NI:housing growth'}),
        ('Қосшыда', 0, 'village', 'Kosshy', AKR, {'note': 'NI:housing growth; a village in 2019, a town from 2021'}),
        ('Ақмолда', 0, 'village', 'Akmol', AKR, {'note': 'NI:housing growth'}),
        ('Қоянды ауылының', 0, 'village', 'Koyandy', AKR, {'note': 'NI:no central water'}),
        ('Талапкер ауылындағы', 0, 'village', 'Talapker', AKR, {'note': 'NI:school in three shifts'}),
        ('Талапкерде', 1, 'village', 'Talapker', AKR, {'note': 'NI:school and clinic planned'}),
        ('Қосшы ауылында', 0, 'village', 'Kosshy', AKR, {'note': 'NI:sewerage to be renewed'}),
        ('Ақмол', 1, 'village', 'Akmol', AKR, {'note': 'NI:road endpoint'}),
        ('Нұр-Сұлтан', 1, 'city', 'Astana', 'Astana', {'note': 'NI:road endpoint'}),
        ('Ақмол ауылындағы', 0, 'village', 'Akmol', AKR, {'note': 'NI:hospital moved'}),
        ('Қабанбай батыр ауылында', 0, 'village', 'Kabanbai Batyr (Tselinograd district)', AKR, {'note': 'NI:kindergarten planned; village named after a batyr'}),
        ('Қараөткел ауылында', 0, 'village', 'Karaotkel', AKR, {'note': 'NI:water tower built'}),
        ('Оразақ ауылына', 0, 'village', 'Orazak', AKR, {'note': 'NI:road repaired'}),
        ('Нұра өзені', 0, 'facility', 'Nura River', N, {'subkind': 'river'}),
        ('Ақмол ауылындағы', 1, 'village', 'Akmol', AKR, {'note': 'April flood of about 60 dachas'}),
        ('Қоянды ауылдық округінде', 0, 'district', 'Koyandy rural okrug', AKR, {'subkind': 'rural okrug', 'note': 'gas explosion in a private house in January, three hurt'}),
        ('Талапкер ауылдық округінде', 0, 'district', 'Talapker rural okrug', AKR, {'subkind': 'rural okrug', 'note': 'NI:land dispute'}),
        ('Есіл өзенінің', 0, 'facility', 'Yesil River', N, {'subkind': 'river'}),
        ('барлық 22 ауылдық округінде', 0, 'quantified', 'all 22 rural okrugs', N, {'count': 22, 'unit': 'rural okrug', 'quantifier': 'all', 'note': 'NI:meetings planned'}),
        ('Қосшы ауылында', 1, 'village', 'Kosshy', AKR, {'note': 'NI:place of the next meeting'}),
     ],
     inc={AKR: (3, 'April Nura flood of about 60 dachas in Akmol; gas explosion in a private house in Koyandy rural okrug in January, three hurt; protest of Talapker residents at the district akimat in April over pasture')}),

dict(id='p022', date='2001-03-28', lang='kk',
     event="2001 Amangeldi district akim meets residents in Amangeldi (Kostanay Region since the abolition of Torgay Region in 1997; Arkalyk the former regional centre): the Torgay river rising at Urpek and Karasu; last year's flood of 25 houses in Urpek; a school boiler explosion in Karasu in February; five of the 12 villages with all-year roads; road between Torgay and Amangeldi; Torgay river vs Torgay Region vs Torgay village; the district named after Amangeldi Imanov",
     text="""Аманкелді ауданы: ауылдар көктемгі тасқынға дайындалуда
АРҚАЛЫҚ, 28 наурыз. Аманкелді ауданының әкімі Серік Жұмабаев аудан орталығы Аманкелді ауылында тұрғындармен кездесті. Жиында негізгі әңгіме көктемгі су тасқыны мен ауылдардағы жол жайы болды.
1997 жылы Торғай облысы таратылғаннан кейін аудан Қостанай облысына қосылды. Тұрғындардың айтуынша, облыс орталығы Қостанайға дейінгі 600 шақырым жол мәселелерді шешуді қиындатып отыр. Бұрынғы облыс орталығы Арқалық енді облыстық маңызы бар қала ғана.
Әкімнің мәліметінше, Торғай өзенінің бойындағы Үрпек пен Қарасу ауылдарында су деңгейі көтеріліп келеді. Былтыр Үрпек ауылында 25 үйді су басқан еді. Биыл ауылға құм толтырылған қаптар жеткізілді. Ал ақпанда Қарасу ауылында мектептің қазандығы жарылып, от жағушы жарақат алған.
Әкім ауданға биыл 14 мұғалім мен үш дәрігер келетінін, олардың көбі Қостанай мен Арқалық колледждерін бітіргендер екенін айтты.
Әкім ауданның 12 ауылының бесеуіне ғана жыл бойы жол қатынасы бар екенін мойындады. Жиында Торғай мен Аманкелді арасындағы жолды жөндеу, Арқалыққа автобус қатынасын қалпына келтіру сұралды.""",
     ann=[
        ('Аманкелді ауданы', 0, 'district', 'Amangeldi District', KOR, {'note': 'headline; the district named after Amangeldi Imanov'}),
        ('АРҚАЛЫҚ', 0, 'city', 'Arkalyk', KOR, {'note': 'dateline'}),
        ('Аманкелді ауданының', 0, 'district', 'Amangeldi District', KOR),
        ('Аманкелді ауылында', 0, 'village', 'Amangeldi', KOR, {'note': 'NI:place of the meeting; the district centre'}),
        ('Торғай облысы', 0, 'region', KOR, KOR, {'uncertain': True, 'note': 'NI:abolished in 1997, its land divided between Kostanay and Akmola regions; this part went to Kostanay Region'}),
        ('Қостанай облысына', 0, 'region', KOR, KOR, {'note': 'NI:the unit the district joined'}),
        ('Қостанайға', 0, 'city', 'Kostanay', KOR, {'note': 'NI:distance'}),
        ('Арқалық', 0, 'city', 'Arkalyk', KOR, {'note': 'NI:former regional centre'}),
        ('Торғай өзенінің', 0, 'facility', 'Torgay River', N, {'subkind': 'river'}),
        ('Үрпек', 0, 'village', 'Urpek', KOR, {'note': 'NI:water rising, no flooding this year; in a list sharing "ауылдарында"'}),
        ('Қарасу', 0, 'village', 'Karasu (Amangeldi district)', KOR, {'note': 'NI:water rising; in a list sharing "ауылдарында"'}),
        ('Үрпек ауылында', 0, 'village', 'Urpek', KOR, {'note': 'flood of 25 houses last spring (background)'}),
        ('Қарасу ауылында', 0, 'village', 'Karasu (Amangeldi district)', KOR, {'note': 'school boiler explosion in February, the stoker hurt'}),
        ('Қостанай', 1, 'city', 'Kostanay', KOR, {'note': 'NI:town of the colleges; in a list sharing "колледждерін"'}),
        ('Арқалық', 1, 'city', 'Arkalyk', KOR, {'note': 'NI:town of the colleges; in a list sharing "колледждерін"'}),
        ('12 ауылының бесеуіне', 0, 'quantified', '5 of 12 villages', N, {'count': 5, 'unit': 'village', 'note': 'NI:roads, not incidents'}),
        ('Торғай', 2, 'village', 'Torgay', KOR, {'note': 'NI:road endpoint; the village, centre of Zhangeldi district'}),
        ('Аманкелді', 3, 'village', 'Amangeldi', KOR, {'note': 'NI:road endpoint'}),
        ('Арқалыққа', 0, 'city', 'Arkalyk', KOR, {'note': 'NI:bus destination'}),
     ],
     inc={KOR: (2, 'flood of 25 houses in Urpek last spring (background narrated explicitly); school boiler explosion in Karasu in February, the stoker hurt')}),

dict(id='p023', date='2025-04-22', lang='kk',
     event='2025 Terekti district akim reports in Fedorovka (West Kazakhstan Region): school in Ankaty, hospital X-ray in Fedorovka, Oral-Fedorovka road; the April 2024 flood of the Zhaiyk and Shagan rivers (about 70 houses in Ankaty, a dam broken in Dolinnoe); protest of Shagatai rural okrug residents at the okrug akimat over hayfields given to a partnership from Aksai; February fire at a livestock farm in Fedorovka; March bus accident on the Oral-Fedorovka road; the newspaper «Орал өңірі»',
     text="""Теректі ауданының әкімі тұрғындарға есеп берді
ОРАЛ, 22 сәуір. «Орал өңірі». Теректі ауданының әкімі Азамат Құсайынов аудан орталығы Федоровка ауылында тұрғындар алдында 2024 жылғы жұмыс қорытындысы бойынша есеп берді. Жиынды аудандық әкімдік әлеуметтік желіде тікелей көрсетті, сұрақтар Аңқаты, Шағатай, Долинное ауылдарынан да түсті.
Әкімнің айтуынша, былтыр аудан бюджеті 9,8 миллиард теңге болды. Федоровкадағы ауруханаға жаңа рентген аппараты алынды, Аңқаты ауылында 150 орындық мектеп ашылды. Орал – Федоровка жолының 18 шақырымы орташа жөндеуден өтті, бірақ Шағатайға апаратын жол әлі де нашар.
Тұрғындардың басты сұрағы көктемгі тасқын болды. 2024 жылдың сәуірінде Жайық пен Шаған өзендері тасып, ауданның бірнеше ауылын су басқан еді. Сол кезде Аңқаты ауылында 70-ке жуық үй суға кетті, ал Долинное ауылында бөгет бұзылып, бір көше толық су астында қалды. Әкім биыл бөгеттер нығайтылғанын, су Аңқатыға жеткен жоқ екенін айтты.
Жиында жер мәселесі де қызу талқыланды. Шағатай ауылдық округінің тұрғындары шабындықтың Ақсайдағы бір серіктестікке берілгеніне қарсы шықты. Олар наурызда округ әкімдігінің алдына жиналып, жерді ауылға қайтаруды талап еткен болатын. Әкім даулы учаске бойынша сот шешімі күтіліп отырғанын хабарлады.
Сонымен бірге әкім ақпан айында Федоровка ауылындағы мал шаруашылығы кешенінде өрт шығып, 40 бас қой өлгенін, ал наурызда Орал – Федоровка тас жолында жолаушылар автобусы жолдан шығып кетіп, төрт адам жарақат алғанын еске салды.
Әкім ауданның 14 ауылдық округінің бәріне жоғары жылдамдықты интернет тартылғанын, ал Шағатай ауылында ауылдық округ әкімдігінің жаңа ғимараты салынғанын да айтты. Федоровка ауылында биыл жаңа спорт кешенінің құрылысы басталады.
Есеп соңында тұрғындар Оралға қатынайтын автобус санын көбейтуді және Федоровкадағы ескі мәдениет үйін жөндеуді сұрады. Әкім бұл өтініштердің аудан бюджетіне енгізілетінін жеткізді.""",
     ann=[
        ('Теректі ауданының', 0, 'district', 'Terekti District', WKR, {'note': 'headline'}),
        ('ОРАЛ', 0, 'city', 'Oral', WKR, {'note': 'dateline'}),
        ('Теректі ауданының', 1, 'district', 'Terekti District', WKR),
        ('Федоровка ауылында', 0, 'village', 'Fedorovka (Terekti district)', WKR, {'note': 'NI:place of the report; the district centre'}),
        ('Аңқаты', 0, 'village', 'Ankaty', WKR, {'note': 'NI:questions sent; in a list sharing "ауылдарынан"'}),
        ('Шағатай', 0, 'village', 'Shagatai', WKR, {'note': 'NI:questions sent; in a list sharing "ауылдарынан"'}),
        ('Долинное', 0, 'village', 'Dolinnoe', WKR, {'note': 'NI:questions sent; Russian village name; in a list sharing "ауылдарынан"'}),
        ('Федоровкадағы', 0, 'village', 'Fedorovka (Terekti district)', WKR, {'note': 'NI:hospital equipment'}),
        ('Аңқаты ауылында', 0, 'village', 'Ankaty', WKR, {'note': 'NI:school opened'}),
        ('Орал', 1, 'city', 'Oral', WKR, {'note': 'NI:road endpoint'}),
        ('Федоровка', 1, 'village', 'Fedorovka (Terekti district)', WKR, {'note': 'NI:road endpoint'}),
        ('Шағатайға', 0, 'village', 'Shagatai', WKR, {'note': 'NI:road in poor state'}),
        ('Жайық', 0, 'facility', 'Ural River', N, {'subkind': 'river', 'note': 'Kazakh name Zhaiyk; in a list sharing "өзендері"'}),
        ('Шаған', 0, 'facility', 'Shagan River', N, {'subkind': 'river', 'note': 'in a list sharing "өзендері"'}),
        ('бірнеше ауылын', 0, 'quantified', 'several villages', N, {'count': None, 'unit': 'village', 'note': 'flooded villages of the district, two of them named; not unattributed'}),
        ('Аңқаты ауылында', 1, 'village', 'Ankaty', WKR, {'note': 'April 2024 flood, about 70 houses (background)'}),
        ('Долинное ауылында', 0, 'village', 'Dolinnoe', WKR, {'note': 'the same 2024 flood: a dam broke and a street was submerged'}),
        ('Аңқатыға', 0, 'village', 'Ankaty', WKR, {'note': 'NI:no flood this year'}),
        ('Шағатай ауылдық округінің', 0, 'district', 'Shagatai rural okrug', WKR, {'subkind': 'rural okrug', 'note': 'residents protested at the okrug akimat in March'}),
        ('Ақсайдағы', 0, 'city', 'Aksai', WKR, {'note': 'NI:seat of the partnership'}),
        ('Федоровка ауылындағы', 0, 'village', 'Fedorovka (Terekti district)', WKR, {'note': 'fire at a livestock farm in February, 40 sheep dead'}),
        ('Орал', 2, 'city', 'Oral', WKR, {'note': 'NI:road endpoint'}),
        ('Федоровка', 3, 'village', 'Fedorovka (Terekti district)', WKR, {'note': 'NI:road endpoint'}),
        ('14 ауылдық округінің бәріне', 0, 'quantified', 'all 14 rural okrugs', N, {'count': 14, 'unit': 'rural okrug', 'quantifier': 'all', 'note': 'NI:internet connected'}),
        ('Шағатай ауылында', 0, 'village', 'Shagatai', WKR, {'note': 'NI:new building'}),
        ('Федоровка ауылында', 1, 'village', 'Fedorovka (Terekti district)', WKR, {'note': 'NI:sports centre planned'}),
        ('Оралға', 0, 'city', 'Oral', WKR, {'note': 'NI:bus destination'}),
        ('Федоровкадағы', 1, 'village', 'Fedorovka (Terekti district)', WKR, {'note': 'NI:old house of culture'}),
     ],
     inc={WKR: (4, 'April 2024 flood of the Zhaiyk and Shagan rivers (about 70 houses in Ankaty, a dam broken in Dolinnoe; background, one flood); protest of Shagatai rural okrug residents at the okrug akimat in March; fire at a livestock farm in Fedorovka in February; bus off the road on the Oral-Fedorovka highway in March, four hurt')}),

dict(id='p024', date='2009-12-10', lang='kk',
     event='2009 gas explosion in a house in the settlement of Sastobe, Tulkibas district (South Kazakhstan Region before the 2018 split), three hurt, taken to Shymkent; a new clinic in Turar Ryskulov village (formerly Vannovka), named after a person, and a school named after the same person; gas for six villages; roads to Mashat and Zhabagly; Aksu-Zhabagly nature reserve',
     text="""Түлкібас ауданы: Састөбеде газ жарылды, Тұрар Рысқұлов ауылында жаңа емхана ашылды
ШЫМКЕНТ, 10 желтоқсан. Оңтүстік Қазақстан облысы Түлкібас ауданының Састөбе кентінде сейсенбі күні түнде тұрғын үйде газ жарылып, отбасының үш мүшесі күйік алды. Жарылыстан үйдің төбесі опырылып, көршілес екі үйдің терезелері сынды. Зардап шеккендер Шымкенттегі облыстық күйік орталығына жеткізілді.
Сол күні аудан әкімі Мұрат Исаев аудан орталығы Тұрар Рысқұлов ауылында (бұрынғы Ванновка) 150 келушіге арналған емхананың ашылуына қатысып, тұрғындарға жыл қорытындысын баяндады. Әкімнің айтуынша, биыл ауданның алты ауылына газ тартылып, Машат пен Жабағылы ауылдарына баратын жолдар жөнделді. Әкім Ақсу-Жабағылы қорығына келетін туристер көбейгенін де айтты.
Әкім Шымкент – Тараз тас жолының аудан арқылы өтетін бөлігінде жаңа жаяу жүргіншілер өткелдері салынғанын айтты. Ол Жамбыл облысымен шекарадағы ауылдар үшін жол қауіпсіздігі маңызды екенін атап өтті.
Тұрғындар әкімнен Састөбедегі жарылыстың себебін сұрады. Әкім газ құбырының ескіргенін мойындап, кенттегі барлық газ желісін тексеру үшін аудандық комиссия құрылғанын хабарлады. Тұрар Рысқұлов атындағы орта мектептің мұғалімдері қысқы көмірдің әлі жеткізілмегеніне шағымданды.""",
     ann=[
        ('Түлкібас ауданы', 0, 'district', 'Tulkibas District', SKR, {'note': 'headline'}),
        ('Састөбеде', 0, 'village', 'Sastobe', SKR, {'note': 'headline'}),
        ('Тұрар Рысқұлов ауылында', 0, 'village', 'Turar Ryskulov', SKR, {'note': 'NI:headline; clinic opened; village named after a person'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', SKR, {'note': 'dateline; South Kazakhstan Region before 2018-06-19'}),
        ('Оңтүстік Қазақстан облысы', 0, 'region', SKR, SKR),
        ('Түлкібас ауданының', 0, 'district', 'Tulkibas District', SKR),
        ('Састөбе кентінде', 0, 'village', 'Sastobe', SKR, {'note': 'settlement (кент); gas explosion in a house, three hurt'}),
        ('Шымкенттегі', 0, 'city', 'Shymkent', SKR, {'note': 'NI:hospital town'}),
        ('Тұрар Рысқұлов ауылында', 1, 'village', 'Turar Ryskulov', SKR, {'note': 'NI:clinic opened'}),
        ('Ванновка', 0, 'village', 'Turar Ryskulov', SKR, {'note': 'NI:former name of the village'}),
        ('алты ауылына', 0, 'quantified', '6 villages', N, {'count': 6, 'unit': 'village', 'note': 'NI:gas supply'}),
        ('Машат', 0, 'village', 'Mashat', SKR, {'note': 'NI:road repaired; in a list sharing "ауылдарына"'}),
        ('Жабағылы', 0, 'village', 'Zhabagly', SKR, {'note': 'NI:road repaired; in a list sharing "ауылдарына"'}),
        ('Ақсу-Жабағылы қорығына', 0, 'facility', 'Aksu-Zhabagly nature reserve', N, {'subkind': 'nature reserve', 'note': 'NI:tourists; the reserve lies in two regions'}),
        ('Шымкент', 0, 'city', 'Shymkent', SKR, {'note': 'NI:road endpoint'}),
        ('Тараз', 0, 'city', 'Taraz', JR, {'note': 'NI:road endpoint'}),
        ('Жамбыл облысымен', 0, 'region', JR, JR, {'note': 'NI:neighbouring region'}),
        ('Састөбедегі', 0, 'village', 'Sastobe', SKR, {'note': 'the same explosion'}),
     ],
     inc={SKR: (1, 'gas explosion in a house in Sastobe, three hurt')}),
]
