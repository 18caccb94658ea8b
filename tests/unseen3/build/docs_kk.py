"""Kazakh texts of the third unseen check corpus (annotation tuples described in build.py)."""
N = None
JR, PR, KR, SKR, KOR = 'Jambyl Region', 'Pavlodar Region', 'Karaganda Region', 'South Kazakhstan Region', 'Kostanay Region'
JTR, ABR, EKR, MR, UR = 'Jetisu Region', 'Abai Region', 'East Kazakhstan Region', 'Mangystau Region', 'Ulytau Region'

DOCS = [
dict(id='w017', date='2003-05-23', lang='kk',
     event='2003 earthquake in Ryskulov district (Jambyl Region), epicentre across the Kyrgyz border',
     text="""ТАРАЗ, 23 мамыр. Жамбыл облысының Т.Рысқұлов ауданында бейсенбі күні түнде 5,6 балдық жер сілкінісі болды. Ең көп зардап шеккен Құлан ауылында 300-ден астам үйдің қабырғасы жарылып, екі мектеп жабылды. Бірнеше ауылда тұрғындар түнді далада өткізді.
Жер сілкінісі Таразда, Шу қаласында және Қырғызстанның астанасы Бішкекте де сезілді. Облыс әкімі зардап шеккен отбасыларға Алматыдан және Шымкенттен киіз үйлер мен шатырлар жеткізілетінін айтты. Қаза тапқандар жоқ, жеті адам жеңіл жарақат алды.
Сейсмологтардың айтуынша, сілкіністің ошағы Қырғызстан аумағында, шекарадан 20 шақырым жерде болған. Облыстық төтенше жағдайлар департаменті зақымдалған үйлерді тексеру үшін арнайы комиссия құрды.""",
     ann=[
        ('ТАРАЗ', 0, 'city', 'Taraz', JR, {'note': 'dateline'}),
        ('Жамбыл облысының', 0, 'region', JR, JR),
        ('Т.Рысқұлов ауданында', 0, 'district', 'Ryskulov District', JR, {'note': 'district named after a person'}),
        ('Құлан ауылында', 0, 'village', 'Kulan', JR),
        ('Бірнеше ауылда', 0, 'quantified', 'several villages', N, {'count': None, 'unit': 'village', 'note': 'villages of the same district, not named'}),
        ('Таразда', 0, 'city', 'Taraz', JR, {'note': 'shaken'}),
        ('Шу қаласында', 0, 'city', 'Shu', JR, {'note': 'shaken'}),
        ('Қырғызстанның', 0, 'foreign', 'Kyrgyzstan', N),
        ('Бішкекте', 0, 'foreign', 'Bishkek', N, {'note': 'shaken (foreign)'}),
        ('Алматыдан', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of aid'}),
        ('Шымкенттен', 0, 'city', 'Shymkent', SKR, {'note': 'NI:origin of aid; South Kazakhstan Region before 2018-06-19'}),
        ('Қырғызстан', 0, 'foreign', 'Kyrgyzstan', N, {'note': 'epicentre'}),
     ],
     inc={JR: (1, 'earthquake damage in Ryskulov district, felt in Taraz and Shu (one natural disaster per ADM1)')}),

dict(id='w018', date='2007-08-21', lang='kk',
     event='2007 forest fire in the Bayanaul national park (Pavlodar Region)',
     text="""ПАВЛОДАР, 21 тамыз. Баянауыл ұлттық паркінде дүйсенбі күні басталған орман өртін құтқарушылар екі тәулікте әрең сөндірді. Жасыбай көлінің маңындағы 120 гектар қарағайлы орман күйді. Демалыс аймағындағы 300-ге жуық турист Екібастұз қаласына көшірілді.
Өрт сөндіруге облыстың барлық аудандарынан 200 адам және Қарағанды облысынан тікұшақ жіберілді. Баянауыл ауылының тұрғындары құтқарушыларға су мен азық-түлік әкелді.
Полиция өрттің себебін анықтап жатыр: алдын ала дерек бойынша, оны Астанадан келген туристер жаққан от тудырған. Павлодар облысының әкімі биыл саябақта от жағуға толық тыйым салды. Өрттен адам зардап шеккен жоқ, саябақтағы демалыс үйлері келесі аптада қайта ашылады.""",
     ann=[
        ('ПАВЛОДАР', 0, 'city', 'Pavlodar', PR, {'note': 'dateline'}),
        ('Баянауыл ұлттық паркінде', 0, 'facility', 'Bayanaul National Park', PR, {'subkind': 'nature reserve'}),
        ('Жасыбай көлінің', 0, 'facility', 'Lake Zhasybay', N, {'subkind': 'lake', 'note': 'lake in Pavlodar Region'}),
        ('Екібастұз қаласына', 0, 'city', 'Ekibastuz', PR, {'note': 'NI:evacuation point'}),
        ('барлық аудандарынан', 0, 'quantified', 'all districts', N, {'count': None, 'unit': 'district', 'quantifier': 'all', 'note': 'origin of firefighters; not about incidents'}),
        ('Қарағанды облысынан', 0, 'region', KR, KR, {'note': 'NI:origin of a helicopter'}),
        ('Баянауыл ауылының', 0, 'village', 'Bayanaul', PR, {'note': 'NI:residents bringing food'}),
        ('Астанадан', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of tourists'}),
        ('Павлодар облысының', 0, 'region', PR, PR, {'note': 'jurisdiction of the akim'}),
     ],
     inc={PR: (1, 'forest fire in the Bayanaul national park')}),

dict(id='w019', date='2012-02-07', lang='kk',
     event='2012 boiler explosion in Abai town and school gym roof collapse in Osakarovka district (Karaganda Region)',
     text="""ҚАРАҒАНДЫ, 7 ақпан. Қарағанды облысының Абай қаласында дүйсенбі күні таңертең жылу қазандығы жарылып, екі оператор жараланды. Қаланың оңтүстік бөлігіндегі 40 көпқабатты үй жылусыз қалды, ал сыртта аяз 38 градусқа жетті. Мектептер мен балабақшалар уақытша жабылды.
Апат орнына Қарағанды мен Шахтинскіден жылу желісінің мамандары жіберілді. Қала ұлы ақын Абай Құнанбайұлының құрметіне аталған.
Сол күні Осакаров ауданындағы Молодежный кентінде қар басып, мектеп спорт залының шатыры опырылды. Сабақ жүрмей тұрған, ешкім зардап шекпеді. Облыстық төтенше жағдайлар департаменті барлық ауданда шатырлардағы қарды тазалауды тапсырды.""",
     ann=[
        ('ҚАРАҒАНДЫ', 0, 'city', 'Karaganda', KR, {'note': 'dateline'}),
        ('Қарағанды облысының', 0, 'region', KR, KR),
        ('Абай қаласында', 0, 'city', 'Abai (Karaganda Region)', KR, {'note': 'town named after the poet; not Abai Region'}),
        ('Қарағанды', 1, 'city', 'Karaganda', KR, {'note': 'NI:origin of specialists'}),
        ('Шахтинскіден', 0, 'city', 'Shakhtinsk', KR, {'note': 'NI:origin of specialists'}),
        ('Осакаров ауданындағы', 0, 'district', 'Osakarovka District', KR),
        ('Молодежный кентінде', 0, 'village', 'Molodezhny', KR),
        ('барлық ауданда', 0, 'quantified', 'all districts', N, {'count': None, 'unit': 'district', 'quantifier': 'all', 'note': 'order to clear roofs; not an incident statement'}),
     ],
     inc={KR: (2, 'boiler explosion in Abai; school gym roof collapse in Molodezhny')}),

dict(id='w020', date='2016-04-26', lang='kk',
     event='2016 workers bus crash in Sozak district and windstorm in Baidibek district (South Kazakhstan Region)',
     text="""ШЫМКЕНТ, 26 сәуір. Оңтүстік Қазақстан облысының Созақ ауданында жұмысшылар мінген автобус жолдан шығып аударылды, 17 адам жарақат алды. Автобус Шолаққорған ауылынан Инкай кен орнына бара жатқан. Жарақат алғандардың алтауы Шымкенттегі облыстық ауруханаға тікұшақпен жеткізілді.
Сол күні Бәйдібек ауданында қатты жел 20 үйдің шатырын ұшырып, электр бағандарын құлатты. Ауданның бірнеше ауылы түнде жарықсыз қалды.
Полицияның мәліметінше, автобус жүргізушісі Тараз қаласының тұрғыны, ол тергеу аяқталғанша қамауға алынды. Облыс әкімі зардап шеккендердің отбасыларына көмек көрсетуді тапсырды. Аударылған автобус жеке тасымал компаниясына тиесілі, оның техникалық жағдайы тексеріліп жатыр.""",
     ann=[
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', SKR, {'note': 'dateline; Shymkent is part of the region before 2018-06-19'}),
        ('Оңтүстік Қазақстан облысының', 0, 'region', SKR, SKR),
        ('Созақ ауданында', 0, 'district', 'Sozak District', SKR),
        ('Шолаққорған ауылынан', 0, 'village', 'Sholakkorgan', SKR, {'note': 'NI:route start'}),
        ('Инкай кен орнына', 0, 'facility', 'Inkai uranium field', SKR, {'subkind': 'mine', 'note': 'NI:destination (uranium field)'}),
        ('Шымкенттегі', 0, 'city', 'Shymkent', SKR, {'note': 'NI:hospital town'}),
        ('Бәйдібек ауданында', 0, 'district', 'Baidibek District', SKR, {'note': 'district named after a person'}),
        ('бірнеше ауылы', 0, 'quantified', 'several villages', N, {'count': None, 'unit': 'village', 'note': 'villages of Baidibek district without power'}),
        ('Тараз қаласының', 0, 'city', 'Taraz', JR, {'note': 'NI:residence of the driver'}),
     ],
     inc={SKR: (2, 'bus crash in Sozak district; windstorm in Baidibek district (the driver\'s detention is part of the crash)')}),

dict(id='w021', date='2019-03-28', lang='kk',
     event='2019 snowmelt flood in Karasu district (Kostanay Region), days after the capital was renamed Nur-Sultan; names in the 2021 Kazakh Latin alphabet',
     text="""НҰР-СҰЛТАН, 28 наурыз. Qostanaı облысында қар күрт еріп, Қарасу ауданындағы үш ауылды су басты. Ең ауыр жағдай Новопавловка ауылында: 60 үйдің ауласына су кірді, тұрғындар аудан орталығы Қарасу ауылына көшірілді.
Облыс орталығы Qostanaı qalasynda да бірнеше көшені еріген су алды, бірақ үйлерге зиян келмеді. Тобыл өзенінің деңгейі тәулігіне 20 сантиметрге көтеріліп жатыр.
Төтенше жағдайлар министрі Нұр-Сұлтанда өткен кеңесте Ресейдің Қорған облысынан су тасқыны келуі мүмкін екенін ескертті. Еске сала кетейік, 23 наурыздан бастап елорда Астана емес, Нұр-Сұлтан деп аталады. Құтқарушылар ауылдардағы бөгеттерді құм салынған қаптармен нығайтып жатыр.""",
     ann=[
        ('НҰР-СҰЛТАН', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Qostanaı облысында', 0, 'region', KOR, KOR, {'note': 'Kazakh Latin spelling of the name'}),
        ('Қарасу ауданындағы', 0, 'district', 'Karasu District', KOR),
        ('үш ауылды', 0, 'quantified', '3 villages', N, {'count': 3, 'unit': 'village', 'note': 'flooded villages of Karasu district, one named'}),
        ('Новопавловка ауылында', 0, 'village', 'Novopavlovka (Karasu District)', KOR),
        ('Қарасу ауылына', 0, 'village', 'Karasu', KOR, {'note': 'NI:evacuation point'}),
        ('Qostanaı qalasynda', 0, 'city', 'Kostanay', KOR, {'note': 'streets flooded; Kazakh Latin spelling'}),
        ('Тобыл өзенінің', 0, 'facility', 'Tobol River', N, {'subkind': 'river'}),
        ('Нұр-Сұлтанда', 0, 'city', 'Astana', 'Astana', {'note': 'NI:place of a meeting'}),
        ('Ресейдің', 0, 'foreign', 'Russia', N),
        ('Қорған облысынан', 0, 'foreign', 'Kurgan Oblast', N, {'note': 'possible origin of flood water'}),
        ('Астана', 0, 'city', 'Astana', 'Astana', {'note': 'former name of the capital'}),
        ('Нұр-Сұлтан', 0, 'city', 'Astana', 'Astana', {'note': 'new name of the capital'}),
     ],
     inc={KOR: (1, 'snowmelt flood in Karasu district and in Kostanay (one flood per ADM1)')}),

dict(id='w022', date='2022-06-20', lang='kk',
     event='2022 bus crash near Ushtobe (Jetisu Region) and meat plant warehouse fire in Semey (Abai Region), days after the reform',
     text="""ТАЛДЫҚОРҒАН, 20 маусым. Жаңа құрылған Жетісу облысының Қаратал ауданында жексенбі күні жолаушылар автобусы жүк көлігімен соқтығысып, төрт адам қаза тапты, он бір адам ауруханаға түсті. Апат Үштөбе қаласынан 12 шақырым жерде болды. Автобус Талдықорғаннан Балқашқа бара жатқан.
Сол күні Абай облысының орталығы Семей қаласында ет комбинатының қоймасы өртенді. Өскеменнен келген өрт сөндірушілер де көмектесіп, отты алты сағатта сөндірді. Адам шығыны жоқ, өрттің себебі электр сымдарының қысқа тұйықталуы болуы мүмкін.
Еске салайық, 8 маусымда Қазақстанда үш жаңа облыс құрылды: Абай, Жетісу және Ұлытау облыстары.""",
     ann=[
        ('ТАЛДЫҚОРҒАН', 0, 'city', 'Taldykorgan', JTR, {'note': 'dateline; Jetisu Region from 2022-06-08'}),
        ('Жетісу облысының', 0, 'region', JTR, JTR),
        ('Қаратал ауданында', 0, 'district', 'Karatal District', JTR),
        ('Үштөбе қаласынан', 0, 'city', 'Ushtobe', JTR, {'note': 'NI:reference point'}),
        ('Талдықорғаннан', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:route start'}),
        ('Балқашқа', 0, 'city', 'Balkhash', KR, {'note': 'NI:destination'}),
        ('Абай облысының', 0, 'region', ABR, ABR),
        ('Семей қаласында', 0, 'city', 'Semey', ABR),
        ('Өскеменнен', 0, 'city', 'Oskemen', EKR, {'note': 'NI:origin of firefighters'}),
        ('Қазақстанда', 0, 'country', 'Kazakhstan', N),
        ('үш жаңа облыс', 0, 'quantified', '3 regions', N, {'count': 3, 'unit': 'region', 'note': 'new regions, all named; not about incidents'}),
        ('Абай', 1, 'region', ABR, ABR, {'note': 'NI:list sharing the head noun облыстары'}),
        ('Жетісу', 1, 'region', JTR, JTR, {'note': 'NI:list sharing the head noun облыстары'}),
        ('Ұлытау', 0, 'region', UR, UR, {'note': 'NI:list sharing the head noun облыстары'}),
     ],
     inc={JTR: (1, 'bus and lorry collision in Karatal district'), ABR: (1, 'warehouse fire at a meat plant in Semey')}),

dict(id='w023', date='2024-10-03', lang='kk',
     event='2024 Caspian storm damages Kuryk port and cuts power in Beineu district (Mangystau Region)',
     text="""АҚТАУ, 3 қазан. Каспий теңізінде сейсенбі күні соққан дауыл Түпқараған ауданындағы Құрық портының айлағын зақымдап, екі жүк кемесін жағаға шығарып тастады. Кемелердің экипаждарында Әзербайжан мен Түрікменстан азаматтары болған, олардың бәрі аман.
Дауыл облыстың үш ауданында электр желілерін үзіп, Бейнеу ауданының 12 ауылы бір тәулік жарықсыз қалды. Жаңаөзен мен Ақтаудан электршілер бригадалары жіберілді.
Маңғыстау облысының әкімдігі келтірілген залалды есептеп жатыр. Синоптиктердің болжамынша, жел енді Атырау облысы мен Ресейдің Астрахан облысына қарай ығысады. Порттағы жүк тиеу жұмыстары екі күнге тоқтатылды, кемелерді жағадан сүйреп шығару үшін арнайы техника әкелінеді.""",
     ann=[
        ('АҚТАУ', 0, 'city', 'Aktau', MR, {'note': 'dateline'}),
        ('Каспий теңізінде', 0, 'facility', 'Caspian Sea', N, {'subkind': 'sea'}),
        ('Түпқараған ауданындағы', 0, 'district', 'Tupkaragan District', MR),
        ('Құрық портының', 0, 'facility', 'Port of Kuryk', MR, {'subkind': 'port'}),
        ('Әзербайжан', 0, 'foreign', 'Azerbaijan', N, {'note': 'citizenship of crew members'}),
        ('Түрікменстан', 0, 'foreign', 'Turkmenistan', N, {'note': 'citizenship of crew members'}),
        ('үш ауданында', 0, 'quantified', '3 districts', N, {'count': 3, 'unit': 'district', 'note': 'power lines cut in three districts of the region (two named)'}),
        ('Бейнеу ауданының 12 ауылы', 0, 'quantified', '12 villages', N, {'count': 12, 'unit': 'village', 'note': 'villages of Beineu district without power; the toponym is inside the quantified span'}),
        ('Жаңаөзен', 0, 'city', 'Zhanaozen', MR, {'note': 'NI:origin of electricians'}),
        ('Ақтаудан', 0, 'city', 'Aktau', MR, {'note': 'NI:origin of electricians'}),
        ('Маңғыстау облысының', 0, 'region', MR, MR),
        ('Атырау облысы', 0, 'region', 'Atyrau Region', 'Atyrau Region', {'note': 'NI:forecast'}),
        ('Ресейдің', 0, 'foreign', 'Russia', N),
        ('Астрахан облысына', 0, 'foreign', 'Astrakhan Oblast', N, {'note': 'forecast'}),
     ],
     inc={MR: (1, 'one storm: Kuryk port damaged and power cut in three districts')}),

dict(id='w024', date='2026-04-14', lang='kk',
     event='2026 international theatre festival in Semey (Abai Region); no incident',
     text="""СЕМЕЙ, 14 сәуір. Абай облысының орталығы Семейде халықаралық театр фестивалі ашылды. Қалалық драма театрының сахнасында ұлы ақын Абай Құнанбайұлының шығармалары бойынша он спектакль қойылады. Фестивальге Алматы, Астана және Өскемен театрларымен қатар Ресей, Моңғолия және Қытайдан труппалар келді.
Фестиваль аясында қонақтар Абай ауданының орталығы Қарауыл ауылына және ақынның туған жері Жидебайдағы кесенеге барады. Облыс әкімінің айтуынша, биыл өңірге 100 мыңнан астам турист келеді деп күтілуде.
Фестиваль бағдарламасында балаларға арналған қойылымдар мен шеберлік сабақтары да бар, билеттердің көбі сатылып кеткен.
Келесі жылы фестиваль Аягөз қаласында өтеді.""",
     ann=[
        ('СЕМЕЙ', 0, 'city', 'Semey', ABR, {'note': 'dateline'}),
        ('Абай облысының', 0, 'region', ABR, ABR),
        ('Семейде', 0, 'city', 'Semey', ABR, {'note': 'festival venue; Абай Құнанбайұлы is a person (not annotated)'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'home of a theatre'}),
        ('Астана', 0, 'city', 'Astana', 'Astana', {'note': 'home of a theatre'}),
        ('Өскемен', 0, 'city', 'Oskemen', EKR, {'note': 'home of a theatre'}),
        ('Ресей', 0, 'foreign', 'Russia', N),
        ('Моңғолия', 0, 'foreign', 'Mongolia', N),
        ('Қытайдан', 0, 'foreign', 'China', N),
        ('Абай ауданының', 0, 'district', 'Abai District (Abai Region)', ABR),
        ('Қарауыл ауылына', 0, 'village', 'Karaul', ABR),
        ('Жидебайдағы', 0, 'village', 'Zhidebay', ABR),
        ('Аягөз қаласында', 0, 'city', 'Ayagoz', ABR, {'note': 'venue of the next festival'}),
     ],
     inc={}),
]
