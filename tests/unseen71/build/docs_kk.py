"""Kazakh texts of the seventy-first unseen check corpus (Cyrillic; annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None

DOCS = [
dict(id='p017', date='2024-04-12', lang='kk',
     event='2024 Tobol and Yesil floods: 46 houses in Zarechnoye (Kostanay district, Kostanay Region), about 70 houses in the Podgora district of Petropavl and yards in several villages of Yesil district (North Kazakhstan Region); Kurgan (Қорған) and Ishim in Russia only preparing; the common noun қорған; Kostanay city and Omsk not flooded',
     text="""Тобыл мен Есіл тасыды: Қостанай және Солтүстік Қазақстан облыстарында үйлерді су басты
ҚОСТАНАЙ, 12 сәуір. ҚазАқпарат – Тобыл өзенінің деңгейі бір тәулікте 40 сантиметрге көтеріліп, Қостанай ауданындағы Заречное ауылында 46 тұрғын үйді су басты, деп хабарлады Қостанай облысының төтенше жағдайлар департаменті. Ауылдан 300-ге жуық адам көшірілді, олар Қостанай қаласындағы мектептерге орналастырылды. «Үйдің жартысы суда қалды, малды көрші ауылға әрең айдап үлгердік», – дейді көшірілгендердің бірі, зейнеткер әйел.

Облыс орталығында әзірге бірде-бір үй су астында қалған жоқ. Құтқарушылар мен еріктілер Тобыл жағалауындағы топырақ қорғанды бір метрге биіктетті. Қазгидромет синоптиктерінің болжамынша, Тобылдағы судың ең жоғары деңгейі қала тұсында 15 сәуірде күтіледі. Мамандар 2017 жылғы тасқыннан кейін салынған бөгеттердің жағдайын күн сайын тексеріп отыр.

Тобыл ары қарай Ресейдің Қорған облысына ағады. Қорған қаласының билігі өзен жағасындағы аудандардың тұрғындарына үйлерін уақытша тастап кетуді ұсынды. Ресей тарапы Қостанайдан келетін су көлемі туралы мәліметті күн сайын сұратып отыр.

Солтүстікте Есіл өзені Петропавл маңында соңғы жетпіс жылдағы ең жоғары деңгейге жақындады. Түнде қаланың Подгора ауданында 70-ке жуық үйді су басты, тұрғындар қайықпен шығарылды, деп хабарлады Солтүстік Қазақстан облысының әкімдігі. Есіл ауданында да бірнеше ауылда ауланы су басқан, ал аудан орталығы Явленкаға баратын жол жабылды.

Петропавлдан кейін Есіл Ресейдің Түмен облысына өтеді. Ишим қаласы мен Омбы облысында жағалауды нығайту жұмыстары жүріп жатыр. «Бізде су әлі келген жоқ, бірақ Петропавлдағы жағдайды бақылап отырмыз», – деді Ишим қаласының бір тұрғыны.

Төтенше жағдайлар министрлігінің мәліметінше, су тасқынына қарсы шараларға елдің алты облысынан құтқарушылар тартылды. Үкіметтік комиссия Астанадан Петропавлға ұшып келді. Облыстағы бірқатар мектептер уақытша қашықтан оқуға көшті.""",
     ann=[
        ('Тобыл', 0, 'facility', 'Tobol River', N, {'subkind': 'river', 'note': 'headline'}),
        ('Есіл', 0, 'facility', 'Yesil River', N, {'subkind': 'river', 'note': 'headline'}),
        ('Қостанай', 0, 'region', 'Kostanay Region', 'Kostanay Region', {'note': 'headline; in a list sharing "облыстарында"'}),
        ('Солтүстік Қазақстан', 0, 'region', 'North Kazakhstan Region', 'North Kazakhstan Region', {'note': 'headline; in a list sharing "облыстарында"'}),
        ('ҚОСТАНАЙ', 0, 'city', 'Kostanay', 'Kostanay Region', {'note': 'dateline'}),
        ('Тобыл', 1, 'facility', 'Tobol River', N, {'subkind': 'river'}),
        ('Қостанай ауданындағы', 0, 'district', 'Kostanay District', 'Kostanay Region'),
        ('Заречное ауылында', 0, 'village', 'Zarechnoye (Kostanay district)', 'Kostanay Region', {'note': '46 houses flooded'}),
        ('Қостанай облысының', 0, 'region', 'Kostanay Region', 'Kostanay Region', {'note': 'inside the name of an authority'}),
        ('Қостанай қаласындағы', 0, 'city', 'Kostanay', 'Kostanay Region', {'note': 'NI:evacuation destination'}),
        ('Тобыл', 2, 'facility', 'Tobol River', N, {'subkind': 'river'}),
        ('Тобылдағы', 0, 'facility', 'Tobol River', N, {'subkind': 'river'}),
        ('Тобыл', 3, 'facility', 'Tobol River', N, {'subkind': 'river'}),
        ('Ресейдің', 0, 'foreign', 'Russia', N),
        ('Қорған облысына', 0, 'foreign', 'Kurgan Oblast', N, {'note': 'Kazakh name of Kurgan; not the common noun қорған (dike) used above'}),
        ('Қорған қаласының', 0, 'foreign', 'Kurgan', N, {'note': 'city in Russia; only preparing'}),
        ('Ресей', 0, 'foreign', 'Russia', N, {'note': 'inside "Ресей тарапы" (the Russian side)'}),
        ('Қостанайдан', 0, 'city', 'Kostanay', 'Kostanay Region', {'uncertain': True, 'note': 'NI:water "coming from Kostanay": the city or the region'}),
        ('Есіл', 1, 'facility', 'Yesil River', N, {'subkind': 'river'}),
        ('Петропавл', 0, 'city', 'Petropavl', 'North Kazakhstan Region', {'note': 'NI:reference point'}),
        ('Подгора ауданында', 0, 'district', 'Podgora (Petropavl)', 'North Kazakhstan Region', {'subkind': 'city district', 'note': 'about 70 houses flooded'}),
        ('Солтүстік Қазақстан облысының', 0, 'region', 'North Kazakhstan Region', 'North Kazakhstan Region', {'note': 'inside the name of an authority'}),
        ('Есіл ауданында', 0, 'district', 'Yesil District (North Kazakhstan)', 'North Kazakhstan Region', {'note': 'yards flooded in several villages; the district, not the river'}),
        ('бірнеше ауылда', 0, 'quantified', 'several villages', N, {'count': None, 'unit': 'village', 'note': 'located in Yesil district; part of the one flood of North Kazakhstan Region'}),
        ('Явленкаға', 0, 'village', 'Yavlenka', 'North Kazakhstan Region', {'note': 'NI:road closed (not an incident)'}),
        ('Петропавлдан', 0, 'city', 'Petropavl', 'North Kazakhstan Region', {'note': 'NI:reference point'}),
        ('Есіл', 3, 'facility', 'Yesil River', N, {'subkind': 'river'}),
        ('Ресейдің', 1, 'foreign', 'Russia', N),
        ('Түмен облысына', 0, 'foreign', 'Tyumen Oblast', N),
        ('Ишим', 0, 'foreign', 'Ishim', N, {'note': 'Russian town; only preparing'}),
        ('Омбы облысында', 0, 'foreign', 'Omsk Oblast', N),
        ('Петропавлдағы', 0, 'city', 'Petropavl', 'North Kazakhstan Region', {'note': "NI:in a Russian resident's quote"}),
        ('Ишим', 1, 'foreign', 'Ishim', N),
        ('алты облысынан', 0, 'quantified', '6 regions', N, {'count': 6, 'unit': 'region', 'note': "rescuers' home regions; not about incidents"}),
        ('Астанадан', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of the government commission'}),
        ('Петропавлға', 0, 'city', 'Petropavl', 'North Kazakhstan Region', {'note': 'NI:destination of the commission'}),
     ],
     inc={'Kostanay Region': (1, 'flood: 46 houses in Zarechnoye, Kostanay district; Kostanay city not flooded'),
          'North Kazakhstan Region': (1, 'flood: about 70 houses in the Podgora district of Petropavl and yards in several villages of Yesil district (one flood per ADM1)')}),

dict(id='p018', date='2016-05-18', lang='kk',
     event='2016 the Talas river, swollen by rain in Talas Region (Kyrgyzstan), floods about 30 houses on the edge of Taraz and 12 yards in Asa, Jambyl district (Jambyl Region); the Kirov reservoir in Kyrgyzstan; rescuers from Karatau, centre of the Kazakh Talas district',
     text="""Талас өзені арнасынан асты: Тараз бен Асада үйлерді су басты
ТАРАЗ, 18 мамыр. Kazinform – Қырғызстанның Талас облысында үш күн бойы жауған нөсерден кейін Талас өзенінің деңгейі күрт көтерілді. Сейсенбіге қараған түні өзен арнасынан асып, Тараз қаласының шетіндегі 30-ға жуық үйді су басты. Жамбыл ауданының орталығы Аса ауылында 12 ауланы су алды, деп хабарлады Жамбыл облысының төтенше жағдайлар департаменті.
Қырғыз тарапының мәліметінше, Киров су қоймасына құйылатын су көлемі екі есе артқан. Талас қаласында бірнеше көшені су басқан.
Апаттың зардабын жоюға Талас ауданының орталығы Қаратаудан және Шу қаласынан 80 құтқарушы келді. «Өзен біздікі болса да, бастауы – көршіде. Талас жақта жаңбыр жауса, біз дайындаламыз», – деді Асаның тұрғыны.""",
     ann=[
        ('Талас', 0, 'facility', 'Talas River', N, {'subkind': 'river', 'note': 'headline'}),
        ('Тараз', 0, 'city', 'Taraz', 'Jambyl Region', {'note': 'headline'}),
        ('Асада', 0, 'city', 'Asa', 'Jambyl Region', {'note': 'headline'}),
        ('ТАРАЗ', 0, 'city', 'Taraz', 'Jambyl Region', {'note': 'dateline'}),
        ('Қырғызстанның', 0, 'foreign', 'Kyrgyzstan', N),
        ('Талас облысында', 0, 'foreign', 'Talas Region (Kyrgyzstan)', N, {'note': 'the Kyrgyz region, not the Talas district of Jambyl Region'}),
        ('Талас', 2, 'facility', 'Talas River', N, {'subkind': 'river'}),
        ('Тараз қаласының', 0, 'city', 'Taraz', 'Jambyl Region', {'note': 'about 30 houses flooded on the edge of the city'}),
        ('Жамбыл ауданының', 0, 'district', 'Jambyl District (Jambyl Region)', 'Jambyl Region', {'note': 'the district, not the region'}),
        ('Аса ауылында', 0, 'city', 'Asa', 'Jambyl Region', {'note': '12 yards flooded; district centre (town status)'}),
        ('Жамбыл облысының', 0, 'region', 'Jambyl Region', 'Jambyl Region', {'note': 'inside the name of an authority'}),
        ('Киров су қоймасына', 0, 'foreign', 'Kirov Reservoir (Kyrgyzstan)', N, {'subkind': 'reservoir', 'note': 'reservoir on the Talas in Kyrgyzstan'}),
        ('Талас қаласында', 0, 'foreign', 'Talas (Kyrgyzstan)', N, {'note': 'flooded streets abroad, not counted'}),
        ('Талас ауданының', 0, 'district', 'Talas District', 'Jambyl Region', {'note': 'NI:the Kazakh district; origin of rescuers'}),
        ('Қаратаудан', 0, 'city', 'Karatau', 'Jambyl Region', {'note': 'NI:origin of rescuers'}),
        ('Шу қаласынан', 0, 'city', 'Shu', 'Jambyl Region', {'note': 'NI:origin of rescuers'}),
        ('Талас', 5, 'foreign', 'Talas Region (Kyrgyzstan)', N, {'uncertain': True, 'note': '"Талас жақта" in a quote: the upstream Kyrgyz side (Talas region or town)'}),
        ('Асаның', 0, 'city', 'Asa', 'Jambyl Region', {'note': 'NI:residence of the quoted man'}),
     ],
     inc={'Jambyl Region': (1, 'flood: about 30 houses on the edge of Taraz and 12 yards in Asa (one flood per ADM1)')}),

dict(id='p019', date='1997-07-10', lang='kk',
     event='1997 steppe fire from Altai Krai (Russia) crosses into Beskaragai district and burns a livestock farm near the village of Beskaragai (East Kazakhstan Region, two months after the merger of Semipalatinsk Region); crews from Semey; Rubtsovsk',
     text="""Ресейден өткен дала өрті Бесқарағай ауданында шаруа қожалығын шарпыды
СЕМЕЙ, 10 шілде. ҚазАқпарат – Ресейдің Алтай өлкесінде басталған дала өрті сейсенбі күні шекарадан асып, Шығыс Қазақстан облысының Бесқарағай ауданына өтті. Жалын Бесқарағай ауылынан 15 шақырым жердегі мал шаруашылығы қожалығының қорасы мен 200 тонна шөбін жалмады, адамдар зардап шеккен жоқ.
Өртті сөндіруге Семейден 12 өрт сөндіру көлігі жіберілді. Ресей тарапынан Рубцовск қаласының өрт сөндірушілері шекараның өз бетінде жұмыс істеді.
Мамыр айында Семей облысы таратылып, оның аудандары Шығыс Қазақстан облысының құрамына енген еді. Жергілікті тұрғындар бұрынғы облыс кезінде өрт сөндіру техникасы көбірек болғанын айтады. «Ертіс бойындағы орманға дейін жетсе, өрт тоқтамас еді», – дейді қожалық иесі.""",
     ann=[
        ('Ресейден', 0, 'foreign', 'Russia', N, {'note': 'headline'}),
        ('Бесқарағай ауданында', 0, 'district', 'Beskaragai District', 'East Kazakhstan Region', {'note': 'headline; East Kazakhstan Region in 1997 (Abai Region since 2022)'}),
        ('СЕМЕЙ', 0, 'city', 'Semey', 'East Kazakhstan Region', {'note': 'dateline; East Kazakhstan Region from May 1997 to 2022'}),
        ('Ресейдің', 0, 'foreign', 'Russia', N),
        ('Алтай өлкесінде', 0, 'foreign', 'Altai Krai', N, {'note': 'the fire started abroad'}),
        ('Шығыс Қазақстан облысының', 0, 'region', 'East Kazakhstan Region', 'East Kazakhstan Region'),
        ('Бесқарағай ауданына', 0, 'district', 'Beskaragai District', 'East Kazakhstan Region'),
        ('Бесқарағай ауылынан', 0, 'village', 'Beskaragai', 'East Kazakhstan Region', {'note': 'NI:reference point (15 km from the village)'}),
        ('Семейден', 0, 'city', 'Semey', 'East Kazakhstan Region', {'note': 'NI:origin of fire crews'}),
        ('Ресей', 0, 'foreign', 'Russia', N, {'note': 'inside "Ресей тарапынан" (from the Russian side)'}),
        ('Рубцовск қаласының', 0, 'foreign', 'Rubtsovsk', N),
        ('Семей облысы', 0, 'region', 'East Kazakhstan Region', 'East Kazakhstan Region', {'uncertain': True, 'note': 'NI:Semipalatinsk Region, abolished in May 1997 and merged into East Kazakhstan Region; labelled with the unit that took over its land'}),
        ('Шығыс Қазақстан облысының', 1, 'region', 'East Kazakhstan Region', 'East Kazakhstan Region', {'note': 'NI:background on the merger'}),
        ('Ертіс', 0, 'facility', 'Irtysh River', N, {'subkind': 'river', 'note': "in a farmer's quote"}),
     ],
     inc={'East Kazakhstan Region': (1, "steppe fire crossing from Altai Krai burned a livestock farm's shed and 200 tonnes of hay in Beskaragai district")}),

dict(id='p020', date='2019-10-24', lang='kk',
     event='2019 pile-up of three lorries in a dust storm near the village of Tenge on the Zhanaozen-Turkmen border road, one Turkmen driver killed (Mangystau Region); tenge the currency; destinations Turkmenbashi, Ashgabat and Iran',
     text="""Жаңаөзен маңында шаңды дауылда үш жүк көлігі соқтығысты
ЖАҢАӨЗЕН, 24 қазан. Tengrinews – Жаңаөзен – Түрікменстан шекарасы тас жолында Теңге ауылынан алты шақырым жерде шаңды дауыл кезінде үш жүк көлігі бірінен соң бірі соқтығысты. Түрікменстан азаматы болып табылатын жүргізушілердің бірі оқиға орнында қаза тапты, екеуі Жаңаөзен қалалық ауруханасына жеткізілді, деп хабарлады Маңғыстау облысының полиция департаменті.
Көліктер Түрікменбашы портынан Ақтауға және Атырауға құрылыс материалдарын тасып келе жатқан. Айдаушылардың айтуынша, жол бойындағы көру қашықтығы 20 метрден аспаған. Жүктің залалы 15 млн теңгеге бағаланды.
Бұл тас жол арқылы Қазақстаннан Ашхабадқа және Иранға апаратын жүк ағыны соңғы жылы екі есе өсті.""",
     ann=[
        ('Жаңаөзен', 0, 'city', 'Zhanaozen', 'Mangystau Region', {'note': 'headline; reference point'}),
        ('ЖАҢАӨЗЕН', 0, 'city', 'Zhanaozen', 'Mangystau Region', {'note': 'dateline'}),
        ('Жаңаөзен', 1, 'city', 'Zhanaozen', 'Mangystau Region', {'note': 'NI:road endpoint'}),
        ('Түрікменстан', 0, 'foreign', 'Turkmenistan', N, {'note': 'road endpoint (the border)'}),
        ('Теңге ауылынан', 0, 'village', 'Tenge', 'Mangystau Region', {'note': 'NI:reference point for the crash site (6 km); the village, not the currency'}),
        ('Түрікменстан', 1, 'foreign', 'Turkmenistan', N, {'note': 'citizenship of the driver'}),
        ('Жаңаөзен', 2, 'city', 'Zhanaozen', 'Mangystau Region', {'note': 'NI:hospital (inside "Жаңаөзен қалалық ауруханасына")'}),
        ('Маңғыстау облысының', 0, 'region', 'Mangystau Region', 'Mangystau Region', {'note': 'inside the name of an authority'}),
        ('Түрікменбашы портынан', 0, 'foreign', 'Turkmenbashi port', N, {'subkind': 'port', 'note': 'origin of the cargo'}),
        ('Ақтауға', 0, 'city', 'Aktau', 'Mangystau Region', {'note': 'NI:destination'}),
        ('Атырауға', 0, 'city', 'Atyrau', 'Atyrau Region', {'note': 'NI:destination'}),
        ('Қазақстаннан', 0, 'country', 'Kazakhstan', N),
        ('Ашхабадқа', 0, 'foreign', 'Ashgabat', N),
        ('Иранға', 0, 'foreign', 'Iran', N),
     ],
     inc={'Mangystau Region': (1, 'pile-up of three lorries in a dust storm 6 km from Tenge on the Zhanaozen-border road, one killed')}),

dict(id='p021', date='2020-05-03', lang='kk',
     event='2020 Sardoba reservoir dam collapse in Syrdarya Region of Uzbekistan (not counted): water floods Zhenis and other villages of Maktaaral district, and a bus with rescuers overturns near Shardara (Turkistan Region); evacuees in Myrzakent, Zhetysai and Shymkent; rescuers from the Kazakh Syrdariya district (Kyzylorda Region); commission from Nur-Sultan; Jetisai vs Jetisu',
     text="""Сардоба бөгеті бұзылды: Мақтаарал ауданындағы ауылдарды су басты
МЫРЗАКЕНТ, 3 мамыр. ҚазАқпарат – Өзбекстанның Сырдария облысындағы Сардоба су қоймасының бөгеті 1 мамыр күні таңертең бұзылып, су шекарадан асып Қазақстан аумағына жетті. Түркістан облысы Мақтаарал ауданының Жеңіс ауылы мен оған көрші бес елді мекенде мыңнан астам үйді су басты, деп хабарлады облыстық төтенше жағдайлар департаменті.

Су басқан ауылдардан 30 мыңнан астам адам көшірілді. Құтқарушылар түні бойы үй төбелерінде қалған тұрғындарды қайықпен шығарды, олардың арасында балалар мен қарттар көп болды. Олар аудан орталығы Мырзакенттегі мектептерге, Жетісай қаласына және Шымкенттегі лагерьлерге орналастырылды. Жетісай – Түркістан облысындағы қала, деп түсіндірді оқырмандарымызға облыс әкімдігінің баспасөз қызметі.

2 мамыр күні кешке Шымкенттен Мақтаарал ауданына құтқарушыларды алып бара жатқан автобус Шардара маңында аударылып қалды. Сегіз құтқарушы жарақат алды, екеуі Шымкенттегі ауруханаға жеткізілді.

Өзбекстан тарапында су Сырдария облысының бірнеше ауданын басып, шамамен 70 мың адам көшірілді. Ташкентте үкімет апаттың себебін тергеу үшін комиссия құрды. Сырдария өзенінің деңгейі де көтеріліп, Шардара су қоймасына құйылатын су көлемі артты.

Нұр-Сұлтаннан келген үкіметтік комиссия басшысы апат аймағында жағдай бақылауда екенін айтты. Көмекке Қызылорда облысының Сырдария ауданынан және Алматыдан құтқарушылар келді. Гуманитарлық көмек тиелген алғашқы жүк көліктері Өзбекстанға «Атамекен» өткелі арқылы жіберілді.

«Таңғы алтыда көшеге су кірді, бір сағатта белуардан асты. Мақта егісі түгел су астында қалды», – дейді Жеңіс ауылының тұрғыны. Ауыл шаруашылығы министрлігінің алдын ала бағалауынша, ауданда 12 мың гектардан астам егістік су астында қалған. Аудан тұрғындары бұл апатты 1969 жылғы үлкен тасқынмен салыстырады, алайда ол кезде елді мекендер дәл мұндай жылдам суға батпаған.""",
     ann=[
        ('Сардоба', 0, 'foreign', 'Sardoba Reservoir (Uzbekistan)', N, {'subkind': 'reservoir', 'note': 'headline; dam collapse abroad'}),
        ('Мақтаарал ауданындағы', 0, 'district', 'Maktaaral District', 'Turkistan Region', {'note': 'headline'}),
        ('МЫРЗАКЕНТ', 0, 'city', 'Myrzakent', 'Turkistan Region', {'note': 'dateline; centre of Maktaaral district'}),
        ('Өзбекстанның', 0, 'foreign', 'Uzbekistan', N),
        ('Сырдария облысындағы', 0, 'foreign', 'Syrdarya Region (Uzbekistan)', N, {'note': 'the Uzbek region, not the river or the Kazakh Syrdariya district'}),
        ('Сардоба су қоймасының', 0, 'foreign', 'Sardoba Reservoir (Uzbekistan)', N, {'subkind': 'reservoir'}),
        ('Қазақстан', 0, 'country', 'Kazakhstan', N),
        ('Түркістан облысы', 0, 'region', 'Turkistan Region', 'Turkistan Region'),
        ('Мақтаарал ауданының', 0, 'district', 'Maktaaral District', 'Turkistan Region'),
        ('Жеңіс ауылы', 0, 'village', 'Zhenis (Maktaaral district)', 'Turkistan Region', {'note': 'flooded, with five neighbouring villages'}),
        ('бес елді мекенде', 0, 'quantified', '5 settlements', N, {'count': 5, 'unit': 'village', 'note': 'five neighbouring settlements of Maktaaral district; part of the one flood of Turkistan Region'}),
        ('Мырзакенттегі', 0, 'city', 'Myrzakent', 'Turkistan Region', {'note': 'NI:evacuation destination; district centre'}),
        ('Жетісай қаласына', 0, 'city', 'Zhetysai', 'Turkistan Region', {'note': 'NI:evacuation destination; not Jetisu Region'}),
        ('Шымкенттегі', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:evacuation destination'}),
        ('Жетісай', 1, 'city', 'Zhetysai', 'Turkistan Region', {'note': 'NI:explanation of the name'}),
        ('Түркістан облысындағы', 0, 'region', 'Turkistan Region', 'Turkistan Region', {'note': 'NI:explanation of the name'}),
        ('Шымкенттен', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:origin of the bus'}),
        ('Мақтаарал ауданына', 0, 'district', 'Maktaaral District', 'Turkistan Region', {'note': 'NI:destination of the bus'}),
        ('Шардара', 0, 'city', 'Shardara', 'Turkistan Region', {'note': 'the bus overturned nearby'}),
        ('Шымкенттегі', 1, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:hospital'}),
        ('Өзбекстан', 0, 'foreign', 'Uzbekistan', N, {'note': 'inside "Өзбекстан тарапында" (on the Uzbek side)'}),
        ('Сырдария облысының', 0, 'foreign', 'Syrdarya Region (Uzbekistan)', N, {'note': 'flooding abroad, not counted'}),
        ('Ташкентте', 0, 'foreign', 'Tashkent', N),
        ('Сырдария', 2, 'facility', 'Syr Darya', N, {'subkind': 'river'}),
        ('Шардара су қоймасына', 0, 'facility', 'Shardara Reservoir', 'Turkistan Region', {'subkind': 'reservoir', 'note': 'NI:inflow increased'}),
        ('Нұр-Сұлтаннан', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of the commission; the capital named Nur-Sultan 2019-2022'}),
        ('Қызылорда облысының', 0, 'region', 'Kyzylorda Region', 'Kyzylorda Region', {'note': 'NI:origin of rescuers'}),
        ('Сырдария ауданынан', 0, 'district', 'Syrdariya District', 'Kyzylorda Region', {'note': 'NI:origin of rescuers; the Kazakh district, not the Uzbek region'}),
        ('Алматыдан', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of rescuers'}),
        ('Өзбекстанға', 0, 'foreign', 'Uzbekistan', N, {'note': 'destination of aid'}),
        ('Атамекен', 0, 'facility', 'Atameken checkpoint', 'Turkistan Region', {'subkind': 'border checkpoint', 'note': 'NI:name in quotation marks; aid route'}),
        ('Жеңіс ауылының', 0, 'village', 'Zhenis (Maktaaral district)', 'Turkistan Region', {'note': 'residence of the quoted woman; the flooded village'}),
     ],
     inc={'Turkistan Region': (2, 'flood from the Sardoba breach: over 1,000 houses in Zhenis and five neighbouring villages of Maktaaral district (one flood); bus with rescuers overturned near Shardara, eight hurt')}),

dict(id='p022', date='2023-08-16', lang='kk',
     event='2023 low water on the Ili (blamed on withdrawals in Xinjiang, China): a boat capsizes near Bakanas, two fishermen drown (Balkhash district, Almaty Region); Lake Balkhash and the Kapshagai reservoir; Konaev as the regional centre; Ghulja in China',
     text="""Іле өзенінде қайық аударылып, екі балықшы қаза тапты
ҚОНАЕВ, 16 тамыз. Kazinform – Алматы облысы Балқаш ауданындағы Бақанас ауылы маңында Іле өзенінде қайық аударылып, екі балықшы суға батып кетті, деп хабарлады облыстық төтенше жағдайлар департаменті. Олардың денесін сүңгуірлер екі күннен кейін тапты. Үшінші балықшы жағаға жүзіп шыққан.
Жергілікті тұрғындардың айтуынша, биыл өзен қатты тартылып, арнада жаңа құм қайраңдар пайда болған. Экологтар мұны Қытайдың Шыңжаң өңіріндегі, әсіресе Құлжа маңындағы егістікке су алудың көбеюімен байланыстырады.
Іле Балқаш көлін негізгі суымен қамтамасыз етеді. Облыс әкімдігі Қапшағай су қоймасынан суды көбірек жіберу мәселесін қарастырып жатқанын айтты. Мамандар мұның Балқаш қаласы маңындағы балық шаруашылығына да әсері бар екенін еске салды.""",
     ann=[
        ('Іле', 0, 'facility', 'Ili River', N, {'subkind': 'river', 'note': 'headline'}),
        ('ҚОНАЕВ', 0, 'city', 'Konaev', 'Almaty Region', {'note': 'dateline; the former Kapshagai, centre of Almaty Region since 2022'}),
        ('Алматы облысы', 0, 'region', 'Almaty Region', 'Almaty Region'),
        ('Балқаш ауданындағы', 0, 'district', 'Balkhash District', 'Almaty Region', {'note': 'the district of Almaty Region, not the town or the lake'}),
        ('Бақанас ауылы', 0, 'village', 'Bakanas', 'Almaty Region', {'note': 'boat capsized nearby'}),
        ('Іле', 1, 'facility', 'Ili River', N, {'subkind': 'river'}),
        ('Қытайдың', 0, 'foreign', 'China', N),
        ('Шыңжаң өңіріндегі', 0, 'foreign', 'Xinjiang', N),
        ('Құлжа', 0, 'foreign', 'Ghulja (Yining)', N),
        ('Іле', 2, 'facility', 'Ili River', N, {'subkind': 'river'}),
        ('Балқаш көлін', 0, 'facility', 'Lake Balkhash', N, {'subkind': 'lake'}),
        ('Қапшағай су қоймасынан', 0, 'facility', 'Kapshagai Reservoir', 'Almaty Region', {'subkind': 'reservoir', 'note': 'NI:water release discussed'}),
        ('Балқаш қаласы', 0, 'city', 'Balkhash', 'Karaganda Region', {'note': 'NI:reference point; the town on the lake, in Karaganda Region'}),
     ],
     inc={'Almaty Region': (1, 'boat capsized on the Ili near Bakanas, two fishermen drowned')}),

dict(id='p023', date='2011-07-27', lang='kk',
     event='2011 Orenburg-Aktobe border week: steppe fire from Sol-Iletsk district (Orenburg Oblast) burns a wintering and hay in Martuk district, and a lorry-car collision on the Aktobe-Orsk road in Khromtau district, two dead (Aktobe Region); protest of nickel plant workers in Orsk (Russia, not counted); border fires in two other, unnamed regions (unattributed); Karachaganak gas to the Orenburg plant; traders from Oral',
     text="""Орынбор шекарасында өрт пен апат: Ақтөбе облысындағы бір апта
АҚТӨБЕ, 27 шілде. ҚазАқпарат – Ресейдің Орынбор облысы Соль-Илецк ауданында басталған дала өрті дүйсенбі күні шекарадан асып, Ақтөбе облысының Мәртөк ауданына өтті. Облыстық төтенше жағдайлар департаментінің хабарлауынша, өрт бір қыстақтың қорасын және 150 тонна шөпті жалмады, адамдар зардап шеккен жоқ. Қыстақ иесі шығынды өтеуді сұрап, аудан әкімдігіне жүгінді. Өртті Мәртөк, Ақтөбе және Қобда өрт сөндірушілері екі тәулікте сөндірді. «Жел Ресей жақтан соғып тұрды, жалын сағатына бес-алты шақырым жылжыды», – деді өрт сөндірушілердің бірі. Осы күндері шекарадағы «Жайсаң» өткелінде де түтін көрінген, бірақ өткел қалыпты жұмыс істеді.

Сейсенбі күні Ақтөбе – Орск тас жолының Хромтау ауданы арқылы өтетін бөлігінде жүк көлігі мен жеңіл көлік соқтығысып, екі адам қаза тапты. Жеңіл көліктің жолаушылары Орскіге туыстарына бара жатқан Ақтөбе тұрғындары болған. Жүк көлігінің жүргізушісі Ресей азаматы, ол Хромтау аудандық ауруханасына жеткізілді.

Шекараның арғы бетінде, Орск қаласында, никель зауытының жұмысшылары жалақы кешіктірілгеніне наразылық білдіріп, зауыт әкімшілігінің алдына жиналды. Ақтөбелік саудагерлердің айтуынша, наразылыққа байланысты қала базары бір күн жабық болған.

Орынбор облысымен шекара Ақтөбе және Батыс Қазақстан облыстары үшін маңызды экономикалық байланыс. Батыс Қазақстан облысындағы Қарашығанақ кен орнынан газ Орынбордағы газ өңдеу зауытына құбырмен жіберіледі. Оралдан шыққан саудагерлер де Орынбор базарларына жиі барады. Жазда ақтөбеліктердің көбі Соль-Илецктегі тұзды көлдерге демалуға аттанады, сондықтан өткелдегі кезек демалыс күндері екі-үш сағатқа созылады.

Облыс әкімдігі шекаралас аудандарда өрт қаупі жоғары екенін ескертіп, жайылымдарды өртеуге тыйым салды. Төтенше жағдайлар министрлігінің дерегінше, шілде айында Ресеймен шекаралас тағы екі облыста дала өрттері шекарадан асып өткен. Ресей тарапы өрттің шекараға дейін таралу себебін анықтау үшін тексеріс бастады. Шекаралас ауылдарға қосымша су тасығыш көліктер жіберілді.""",
     ann=[
        ('Орынбор', 0, 'foreign', 'Orenburg Oblast', N, {'uncertain': True, 'note': 'headline; "Орынбор шекарасы" = the border with Orenburg Oblast'}),
        ('Ақтөбе облысындағы', 0, 'region', 'Aktobe Region', 'Aktobe Region', {'note': 'headline'}),
        ('АҚТӨБЕ', 0, 'city', 'Aktobe', 'Aktobe Region', {'note': 'dateline'}),
        ('Ресейдің', 0, 'foreign', 'Russia', N),
        ('Орынбор облысы', 0, 'foreign', 'Orenburg Oblast', N),
        ('Соль-Илецк ауданында', 0, 'foreign', 'Sol-Iletsk District (Russia)', N, {'note': 'the fire started abroad'}),
        ('Ақтөбе облысының', 0, 'region', 'Aktobe Region', 'Aktobe Region'),
        ('Мәртөк ауданына', 0, 'district', 'Martuk District', 'Aktobe Region'),
        ('Мәртөк', 1, 'village', 'Martuk', 'Aktobe Region', {'note': 'NI:origin of firefighters'}),
        ('Ақтөбе', 2, 'city', 'Aktobe', 'Aktobe Region', {'note': 'NI:origin of firefighters'}),
        ('Қобда', 0, 'village', 'Kobda', 'Aktobe Region', {'note': 'NI:origin of firefighters'}),
        ('Ресей', 0, 'foreign', 'Russia', N, {'note': 'inside "Ресей жақтан" (from the Russian side)'}),
        ('Жайсаң', 0, 'facility', 'Zhaisan checkpoint', 'Aktobe Region', {'subkind': 'border checkpoint', 'note': 'NI:name in quotation marks; smoke seen, crossing working'}),
        ('Ақтөбе', 3, 'city', 'Aktobe', 'Aktobe Region', {'note': 'NI:road endpoint'}),
        ('Орск', 0, 'foreign', 'Orsk', N, {'note': 'road endpoint'}),
        ('Хромтау ауданы', 0, 'district', 'Khromtau District', 'Aktobe Region', {'note': 'collision, two dead'}),
        ('Орскіге', 0, 'foreign', 'Orsk', N, {'note': 'destination of the victims'}),
        ('Ақтөбе', 4, 'city', 'Aktobe', 'Aktobe Region', {'note': 'NI:residence of the victims (inside "Ақтөбе тұрғындары")'}),
        ('Ресей', 1, 'foreign', 'Russia', N, {'note': 'inside "Ресей азаматы" (citizen of Russia)'}),
        ('Хромтау', 1, 'city', 'Khromtau', 'Aktobe Region', {'note': 'NI:hospital (inside "Хромтау аудандық ауруханасына"); the town or the district', 'uncertain': True}),
        ('Орск қаласында', 0, 'foreign', 'Orsk', N, {'note': "workers' protest abroad, not counted"}),
        ('Орынбор облысымен', 0, 'foreign', 'Orenburg Oblast', N),
        ('Ақтөбе', 5, 'region', 'Aktobe Region', 'Aktobe Region', {'note': 'NI:in a list sharing "облыстары"'}),
        ('Батыс Қазақстан', 0, 'region', 'West Kazakhstan Region', 'West Kazakhstan Region', {'note': 'NI:in a list sharing "облыстары"'}),
        ('Батыс Қазақстан облысындағы', 0, 'region', 'West Kazakhstan Region', 'West Kazakhstan Region', {'note': 'NI:location of the gas field'}),
        ('Қарашығанақ кен орнынан', 0, 'facility', 'Karachaganak field', 'West Kazakhstan Region', {'subkind': 'gas field', 'note': 'NI:gas supply'}),
        ('Орынбордағы', 0, 'foreign', 'Orenburg', N, {'note': 'the city, seat of the gas processing plant'}),
        ('Оралдан', 0, 'city', 'Oral', 'West Kazakhstan Region', {'note': 'NI:origin of traders'}),
        ('Орынбор', 3, 'foreign', 'Orenburg', N, {'note': 'inside "Орынбор базарларына"'}),
        ('Соль-Илецктегі', 0, 'foreign', 'Sol-Iletsk', N, {'note': 'holiday destination'}),
        ('Ресеймен', 0, 'foreign', 'Russia', N),
        ('екі облыста', 0, 'quantified', '2 other regions', N, {'count': 2, 'unit': 'region', 'note': 'steppe fires crossing the border in two other, unnamed regions on the Russian border'}),
        ('Ресей', 2, 'foreign', 'Russia', N, {'note': 'inside "Ресей тарапы" (the Russian side)'}),
     ],
     inc={'Aktobe Region': (2, 'steppe fire from Orenburg Oblast burned a wintering shed and hay in Martuk district; lorry-car collision in Khromtau district on the Aktobe-Orsk road, two dead; the grazing ban is a measure')},
     unatt=[{'label': 'екі облыста', 'count': 2, 'note': 'steppe fires crossed the border from Russia in two other, unnamed regions in July'}]),

dict(id='p024', date='2026-02-03', lang='kk',
     event='2026 avalanche at the ski base near Karakol (Issyk-Kul Region, Kyrgyzstan; not counted) injures tourists from Almaty and Taldykorgan; road via Tokmok and Balykchy; the Kegen-Karkara route closed for winter; no incident in Kazakhstan',
     text="""Қарақол маңында қар көшкіні: зардап шеккендер арасында қазақстандықтар бар
АЛМАТЫ, 3 ақпан. Tengrinews – Қырғызстанның Ыстықкөл облысындағы Қарақол қаласы маңындағы тау шаңғысы базасында қар көшкіні түсіп, бес адам жарақат алды. Олардың үшеуі – Алматы мен Талдықорғаннан барған туристер, деп хабарлады Қазақстанның Бішкектегі елшілігі.
Зардап шеккендер Қарақол қалалық ауруханасына жеткізілді, олардың өміріне қауіп жоқ. Елшілік туристердің Алматыға қайтуына көмектесетінін айтты.
Алматыдан Қарақолға қыста көбіне Қордай өткелі, Тоқмақ және Балықшы арқылы барады: Кеген – Қарқара жолы қараша айынан бастап жабық. Туроператорлардың мәліметінше, биыл қаңтарда Ыстықкөлге Қазақстаннан 40 мыңға жуық турист барған. Қырғыз тарапы көшкін қаупі бар беткейлерде шаңғы тебуге уақытша тыйым салды.""",
     ann=[
        ('Қарақол', 0, 'foreign', 'Karakol (Kyrgyzstan)', N, {'note': 'headline; avalanche abroad, not counted'}),
        ('АЛМАТЫ', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Қырғызстанның', 0, 'foreign', 'Kyrgyzstan', N),
        ('Ыстықкөл облысындағы', 0, 'foreign', 'Issyk-Kul Region (Kyrgyzstan)', N),
        ('Қарақол қаласы', 0, 'foreign', 'Karakol (Kyrgyzstan)', N, {'note': 'not the village of Karakol in Abai Region'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of tourists'}),
        ('Талдықорғаннан', 0, 'city', 'Taldykorgan', 'Jetisu Region', {'note': 'NI:origin of tourists; Jetisu Region since 2022-06-08'}),
        ('Қазақстанның', 0, 'country', 'Kazakhstan', N, {'note': 'inside the name of an authority (embassy)'}),
        ('Бішкектегі', 0, 'foreign', 'Bishkek', N),
        ('Қарақол', 2, 'foreign', 'Karakol (Kyrgyzstan)', N, {'note': 'inside "Қарақол қалалық ауруханасына" (hospital)'}),
        ('Алматыға', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:destination'}),
        ('Алматыдан', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:route endpoint'}),
        ('Қарақолға', 0, 'foreign', 'Karakol (Kyrgyzstan)', N, {'note': 'route endpoint'}),
        ('Қордай өткелі', 0, 'facility', 'Korday checkpoint', 'Jambyl Region', {'subkind': 'border checkpoint', 'note': 'NI:route point'}),
        ('Тоқмақ', 0, 'foreign', 'Tokmok', N, {'note': 'route point; Kazakh spelling of the Kyrgyz town'}),
        ('Балықшы', 0, 'foreign', 'Balykchy', N, {'note': 'route point'}),
        ('Кеген', 0, 'village', 'Kegen', 'Almaty Region', {'note': 'NI:road endpoint; road closed for winter'}),
        ('Қарқара', 0, 'facility', 'Karkara Pass', 'Almaty Region', {'subkind': 'mountain pass', 'uncertain': True, 'note': 'NI:road endpoint at the border pass'}),
        ('Ыстықкөлге', 0, 'foreign', 'Issyk-Kul Region (Kyrgyzstan)', N, {'uncertain': True, 'note': 'the lake or the region as a destination'}),
        ('Қазақстаннан', 0, 'country', 'Kazakhstan', N),
     ],
     inc={}),

]
