"""Kazakh texts of the forty-second unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
JR, ALR, KYR, TR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'Turkistan Region', 'South Kazakhstan Region'
ABR, JTR, EKR, MR, KOR = 'Abai Region', 'Jetisu Region', 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR, UR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region', 'Ulytau Region'
ATR, AR, WKR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region'

DOCS = [
dict(id='p017', date='2024-04-10', lang='kk',
     event='2024 Karakengir river floods dachas of Zhezkazgan and houses in Kengir village (Ulytau Region, formerly Karaganda Region); the Nura floods dachas near Temirtau (Karaganda Region); floods in "5 облыста"; volunteers from Astana and Almaty',
     text="""Ұлытау облысында Қаракеңгір өзені арнасынан асты
ЖЕЗҚАЗҒАН. 10 сәуір. ҚазАқпарат – Ұлытау облысында Қаракеңгір өзені арнасынан асып, Жезқазған қаласының шетіндегі саяжайларды және Кеңгір ауылындағы 60-қа жуық үйді су басты, деп хабарлады облыстық төтенше жағдайлар департаменті.
Кеңгір ауылының 400-ге жуық тұрғыны Жезқазғандағы екі мектепке уақытша көшірілді. Жезқазған су қоймасынан жіберілетін су көлемі екі есе азайтылды, ал Сәтбаев қаласының маңындағы бөгет құм салынған қаптармен нығайтылды. Құтқарушылар түні бойы су сорғыштармен жұмыс істеді.
Кеңгір ауылының тұрғыны Серік Әлімжанов судың түн ортасында келгенін айтты. «Ауладағы малды ғана шығарып үлгердік, үйдің ішіне жарты метр су кірді», – деді ол. Облыс әкімдігі зардап шеккен отбасыларға бір реттік көмек төлеуге 200 миллион теңге бөлді. Үйлерді тексеретін комиссия су қайтқаннан кейін жұмысқа кіріседі.
Облыс 2022 жылы Қарағанды облысынан бөлініп шыққаннан бері мұндай тасқын алғаш рет болып отыр. Облыс әкімі Жаңаарқа ауданына да барды: Атасу кентінде Сарысу өзенінің деңгейі көтерілгенімен, тұрғын үйлерге әзірге қауіп жоқ.
Көрші Қарағанды облысында Нұра өзені Теміртау қаласының маңындағы 150 саяжайды басты. Онда 90 адам қауіпсіз жерге шығарылды, олардың арасында балалар мен қарттар бар.
Төтенше жағдайлар министрлігінің мәліметінше, биыл көктемде су тасқыны 5 облыста тұрғын үйлерге зиян келтірді, жүз мыңнан астам адам үйін уақытша тастап кетті.
Ұлытау облысына Астана мен Алматыдан 150 ерікті келді, олар Кеңгірде қап толтырып, бөгет салуға көмектесті. Кәсіпкерлер көшірілген отбасыларға азық-түлік пен төсек-орын жеткізді.
Синоптиктердің болжамынша, Ұлытау ауданындағы Қаракеңгір мен Жыланшық өзендерінің деңгейі апта соңына дейін көтеріле береді. Сондықтан құтқарушылар өзен жағасындағы ауылдардың тұрғындарына дайын болуды ескертті. Су деңгейі түскенше облыстағы барлық құтқару бөлімшелері күшейтілген режимде жұмыс істейтін болады.""",
     ann=[
        ('Ұлытау облысында', 0, 'region', UR, UR, {'note': 'headline'}),
        ('Қаракеңгір өзені', 0, 'facility', 'Karakengir river', N, {'subkind': 'river', 'note': 'headline'}),
        ('ЖЕЗҚАЗҒАН', 0, 'city', 'Zhezkazgan', UR, {'note': 'dateline'}),
        ('Ұлытау облысында', 1, 'region', UR, UR),
        ('Қаракеңгір өзені', 1, 'facility', 'Karakengir river', N, {'subkind': 'river'}),
        ('Жезқазған қаласының', 0, 'city', 'Zhezkazgan', UR),
        ('Кеңгір ауылындағы', 0, 'village', 'Kengir', UR),
        ('Кеңгір ауылының', 0, 'village', 'Kengir', UR, {'note': 'NI:home of evacuees'}),
        ('Жезқазғандағы', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:shelters for evacuees'}),
        ('Жезқазған су қоймасынан', 0, 'facility', 'Zhezkazgan reservoir', UR, {'subkind': 'reservoir'}),
        ('Сәтбаев қаласының', 0, 'city', 'Satpayev', UR, {'note': 'NI:a dam reinforced, nothing flooded'}),
        ('Кеңгір ауылының', 1, 'village', 'Kengir', UR, {'note': 'NI:residence of a resident quoted'}),
        ('Қарағанды облысынан', 0, 'region', KR, KR, {'note': 'NI:the former unit of the land'}),
        ('Жаңаарқа ауданына', 0, 'district', 'Zhanaarka District', UR, {'note': "NI:akim's visit, no damage"}),
        ('Атасу кентінде', 0, 'village', 'Atasu', UR, {'note': 'NI:no threat'}),
        ('Сарысу өзенінің', 0, 'facility', 'Sarysu river', N, {'subkind': 'river'}),
        ('Қарағанды облысында', 0, 'region', KR, KR),
        ('Нұра өзені', 0, 'facility', 'Nura river', N, {'subkind': 'river'}),
        ('Теміртау қаласының', 0, 'city', 'Temirtau', KR),
        ('5 облыста', 0, 'quantified', '5 regions', N, {'count': 5, 'unit': 'region', 'note': 'regions where floods damaged houses this spring; two are named'}),
        ('Ұлытау облысына', 0, 'region', UR, UR, {'note': 'NI:destination of volunteers'}),
        ('Астана', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of volunteers'}),
        ('Алматыдан', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of volunteers'}),
        ('Кеңгірде', 0, 'village', 'Kengir', UR, {'note': 'NI:volunteers filling sandbags'}),
        ('Ұлытау ауданындағы', 0, 'district', 'Ulytau District', UR, {'note': 'NI:forecast'}),
        ('Қаракеңгір', 2, 'facility', 'Karakengir river', N, {'subkind': 'river', 'note': 'list sharing "өзендерінің"'}),
        ('Жыланшық', 0, 'facility', 'Zhylanshyk river', N, {'subkind': 'river', 'note': 'list sharing "өзендерінің"'}),
     ],
     inc={UR: (1, 'flood: the Karakengir flooded dachas of Zhezkazgan and about 60 houses in Kengir'),
          KR: (1, 'flood: the Nura flooded 150 dachas near Temirtau')},
     unatt=[{'label': '5 облыста', 'count': 5, 'note': 'floods damaged houses in five regions this spring; two of them (Ulytau, Karaganda) are named and have their own rows, three are not named'}]),

dict(id='p018', date='2022-06-25', lang='kk',
     event='2022 Koksu river floods 23 houses in Musabek, Koksu district (Jetisu Region, seventeen days after its creation); evacuees in Balpyk Bi; equipment from Taldykorgan, rescuers from Almaty Region',
     text="""Жетісу облысында Көксу өзені тасып, ауыл үйлерін су басты
ТАЛДЫҚОРҒАН. 25 маусым. ҚазАқпарат – Жетісу облысының Көксу ауданында нөсер жауын мен таудағы қардың еруінен Көксу өзені арнасынан асып, Мұсабек ауылындағы 23 үйді су басты, деп хабарлады облыстық төтенше жағдайлар департаменті.
Зардап шеккендер жоқ. Су басқан үйлердің 70 тұрғыны Балпық би кентіндегі мектепке орналастырылды. Құтқарушылар Айнабұлақ ауылына апаратын көпірді бекітіп жатыр.
Облыстық департамент жаңа облыс құрылған 8 маусымнан бері ғана жұмыс істейді. Оның басшысы Талдықорғаннан үш экскаватор мен су сорғыштар жібергенін айтты. Ертең Алматы облысынан тағы 20 құтқарушы келеді.
Синоптиктер алдағы екі күнде таулы аудандарда нөсер жалғасатынын ескертті. Ауыл тұрғындары судың кешке қарай көбейгенін айтады. Көксу ауданының әкімі зардап шеккен отбасыларға уақытша баспана мен азық-түлік берілетінін мәлімдеді.""",
     ann=[
        ('Жетісу облысында', 0, 'region', JTR, JTR, {'note': 'headline'}),
        ('Көксу өзені', 0, 'facility', 'Koksu river', N, {'subkind': 'river', 'note': 'headline'}),
        ('ТАЛДЫҚОРҒАН', 0, 'city', 'Taldykorgan', JTR, {'note': 'dateline'}),
        ('Жетісу облысының', 0, 'region', JTR, JTR),
        ('Көксу ауданында', 0, 'district', 'Koksu District', JTR),
        ('Көксу өзені', 1, 'facility', 'Koksu river', N, {'subkind': 'river'}),
        ('Мұсабек ауылындағы', 0, 'village', 'Musabek', JTR),
        ('Балпық би кентіндегі', 0, 'village', 'Balpyk Bi', JTR, {'note': 'NI:shelter for evacuees'}),
        ('Айнабұлақ ауылына', 0, 'village', 'Ainabulak (Koksu District)', JTR, {'note': 'NI:road endpoint'}),
        ('Талдықорғаннан', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:origin of equipment'}),
        ('Алматы облысынан', 0, 'region', ALR, ALR, {'note': 'NI:origin of rescuers'}),
        ('Көксу ауданының', 0, 'district', 'Koksu District', JTR, {'note': "inside an official's title"}),
     ],
     inc={JTR: (1, 'flood: the Koksu flooded 23 houses in Musabek')}),

dict(id='p019', date='2021-03-15', lang='kk',
     event='2021 Turkistan Region checks dikes on the Arys, Keles and Badam before the spring flood; Shardara reservoir; akimat post in the Kazakh Latin alphabet naming Arys town, Saryagash district and Shymkent; Shymkent outside the region since 2018 (no incident)',
     text="""Түркістан облысында су тасқынына дайындық басталды
ТҮРКІСТАН. 15 наурыз. ҚазАқпарат – Түркістан облысында көктемгі су тасқынына дайындық аясында Арыс, Келес және Бадам өзендеріндегі 120 шақырым бөгет тексерілді, деп хабарлады облыс әкімдігі.
Облыстық төтенше жағдайлар департаментінің мәліметінше, қазір елді мекендерге қауіп жоқ. Шардара су қоймасында 5 миллиард текше метр су жиналған, Сырдария арқылы су жіберу көлемі Өзбекстанмен келісілді.
Облыс әкімдігі әлеуметтік желідегі парақшасына латын әліпбиімен мынадай хабарлама жариялады:
«Arys qalasynda jäne Saryağaş audanynda tūrğyndarğa arnalğan 18 uaqytşa ornalastyru punktı daiyndaldy. Qajet bolsa, Şymkent qalasynyñ qūtqaruşylary da kömekke keledı.»
Шымкент қаласы 2018 жылдан бері облыс құрамына кірмейді, бірақ екі өңір су тасқынына бірлесіп дайындалып жатыр. Өткен аптада облыстағы барлық бөгеттерді тексеру үшін арнайы комиссия құрылды. Комиссия құрамына гидрологтар мен су шаруашылығы мамандары енді.""",
     ann=[
        ('Түркістан облысында', 0, 'region', TR, TR, {'note': 'headline'}),
        ('ТҮРКІСТАН', 0, 'city', 'Turkistan', TR, {'note': 'dateline'}),
        ('Түркістан облысында', 1, 'region', TR, TR),
        ('Арыс', 0, 'facility', 'Arys river', N, {'subkind': 'river', 'note': 'list sharing "өзендеріндегі"'}),
        ('Келес', 0, 'facility', 'Keles river', N, {'subkind': 'river', 'note': 'list sharing "өзендеріндегі"'}),
        ('Бадам', 0, 'facility', 'Badam river', N, {'subkind': 'river', 'note': 'list sharing "өзендеріндегі"'}),
        ('Шардара су қоймасында', 0, 'facility', 'Shardara reservoir', TR, {'subkind': 'reservoir'}),
        ('Сырдария', 0, 'facility', 'Syr Darya', N, {'subkind': 'river'}),
        ('Өзбекстанмен', 0, 'foreign', 'Uzbekistan', N),
        ('Arys qalasynda', 0, 'city', 'Arys', TR, {'note': 'NI:shelters prepared; Kazakh Latin'}),
        ('Saryağaş audanynda', 0, 'district', 'Saryagash District', TR, {'note': 'NI:shelters prepared; Kazakh Latin'}),
        ('Şymkent qalasynyñ', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:origin of rescuers; Kazakh Latin'}),
        ('Шымкент қаласы', 0, 'city', 'Shymkent', 'Shymkent'),
     ],
     inc={}),

dict(id='p020', date='2025-04-08', lang='kk',
     event='2025 spring floods: the Ulba floods 140 houses in Praporshchikovo and Belousovka, Glubokoe district, and a road in Ulan district (East Kazakhstan Region); a car through the ice on the Bukhtarma reservoir in Kurchum district; yards flooded in Borodulikha (Abai Region, formerly East Kazakhstan); volunteers from Pavlodar',
     text="""Шығыс Қазақстан мен Абай облыстарында су тасқыны: жүздеген адам көшірілді
ӨСКЕМЕН. 8 сәуір. ҚазАқпарат – Шығыс Қазақстан облысында Үлбі өзенінің деңгейі бір тәулікте 80 сантиметрге көтеріліп, Глубокое ауданындағы Прапорщиково және Белоусовка кенттерінде 140 үйді су басты, деп хабарлады облыстық төтенше жағдайлар департаменті.
Тұрғындардың 520-сы Өскемендегі колледж жатақханасы мен спорт кешеніне көшірілді. Ұлан ауданында Қасым Қайсенов кентіне апаратын жолдың 300 метрін су шайып кетті, кент екі күннен бері тек айналма жолмен қатынайды. Прапорщиково тұрғыны Галина Петренко үйіне су екі сағатта толғанын айтты: «Тоңазытқыш пен төсекті ғана көтеріп үлгердік». Кенттердегі лай мен қоқысты тазалауға 40 техника шығарылды. Өскемен қаласының әкімдігі Ертіс пен Үлбінің жағалауындағы саяжай иелеріне үйлерінен уақытша кетуді ұсынды.
Сенбі күні Күршім ауданында Бұқтырма су қоймасының мұзымен өтпек болған жеңіл көлік суға батып кетті. Жүргізуші қаза тапты, жолаушыны балықшылар құтқарып қалды. Құтқарушылар су қоймасының мұзына шығуға тыйым салынғанын тағы да еске салды.
Көрші Абай облысында Бородулиха ауданының орталығы Бородулиха ауылында 35 үйдің ауласын еріген қар суы басты. Ауыл тұрғындарына Семейден құм салынған қаптар мен су сорғыштар жеткізілді.
Абай облысы 2022 жылға дейін Шығыс Қазақстан облысының құрамында болған, сондықтан екі өңірдің құтқарушылары әзірге бір штабпен жұмыс істейді. Павлодардан келген 60 ерікті Өскемен мен Семейде қап толтыруға көмектесіп жатыр.
Төтенше жағдайлар министрі Астанадан ұшып келіп, Прапорщиководағы бөгетті аралады. Ол тасқын суы қайтқаннан кейін зардап шеккен үйлерді тексеріп, өтемақыны бір ай ішінде төлеуді тапсырды.
Синоптиктер апта соңында таулы аудандарда күн жылынып, Ертіс алабындағы өзендердің деңгейі тағы көтерілуі мүмкін екенін ескертті. Құтқарушылар күн сайын өзен деңгейін өлшеп, тұрғындарға хабарлап отыр.""",
     ann=[
        ('Шығыс Қазақстан', 0, 'region', EKR, EKR, {'note': 'headline; list sharing "облыстарында"'}),
        ('Абай', 0, 'region', ABR, ABR, {'note': 'headline; list sharing "облыстарында"'}),
        ('ӨСКЕМЕН', 0, 'city', 'Oskemen', EKR, {'note': 'dateline'}),
        ('Шығыс Қазақстан облысында', 0, 'region', EKR, EKR),
        ('Үлбі өзенінің', 0, 'facility', 'Ulba river', N, {'subkind': 'river'}),
        ('Глубокое ауданындағы', 0, 'district', 'Glubokoe District', EKR),
        ('Прапорщиково', 0, 'village', 'Praporshchikovo', EKR, {'note': 'list sharing "кенттерінде"'}),
        ('Белоусовка', 0, 'village', 'Belousovka', EKR, {'note': 'list sharing "кенттерінде"'}),
        ('Өскемендегі', 0, 'city', 'Oskemen', EKR, {'note': 'NI:shelters for evacuees'}),
        ('Ұлан ауданында', 0, 'district', 'Ulan District', EKR),
        ('Қасым Қайсенов кентіне', 0, 'village', 'Kasym Kaisenov', EKR, {'note': 'NI:road endpoint; the washed-out road is in Ulan District'}),
        ('Прапорщиково', 1, 'village', 'Praporshchikovo', EKR, {'note': 'NI:residence of a resident quoted'}),
        ('Өскемен қаласының', 0, 'city', 'Oskemen', EKR, {'note': 'inside the name of an authority'}),
        ('Ертіс', 0, 'facility', 'Irtysh river', N, {'subkind': 'river', 'note': 'list sharing "жағалауындағы"'}),
        ('Үлбінің', 0, 'facility', 'Ulba river', N, {'subkind': 'river'}),
        ('Күршім ауданында', 0, 'district', 'Kurchum District', EKR),
        ('Бұқтырма су қоймасының', 0, 'facility', 'Bukhtarma reservoir', EKR, {'subkind': 'reservoir'}),
        ('Абай облысында', 0, 'region', ABR, ABR),
        ('Бородулиха ауданының', 0, 'district', 'Borodulikha District', ABR),
        ('Бородулиха ауылында', 0, 'village', 'Borodulikha', ABR),
        ('Семейден', 0, 'city', 'Semey', ABR, {'note': 'NI:origin of supplies'}),
        ('Абай облысы', 0, 'region', ABR, ABR),
        ('Шығыс Қазақстан облысының', 0, 'region', EKR, EKR, {'note': 'NI:the former unit of Abai Region'}),
        ('Павлодардан', 0, 'city', 'Pavlodar', PR, {'note': 'NI:origin of volunteers'}),
        ('Өскемен', 1, 'city', 'Oskemen', EKR, {'note': 'NI:volunteers filling sandbags'}),
        ('Семейде', 0, 'city', 'Semey', ABR, {'note': 'NI:volunteers filling sandbags'}),
        ('Астанадан', 0, 'city', 'Astana', 'Astana', {'note': "NI:minister's origin"}),
        ('Прапорщиководағы', 0, 'village', 'Praporshchikovo', EKR, {'note': "NI:minister's visit to a dike"}),
        ('Ертіс', 1, 'facility', 'Irtysh river', N, {'subkind': 'river', 'note': 'the Irtysh basin'}),
     ],
     inc={EKR: (2, 'flood (Praporshchikovo and Belousovka, a road in Ulan District; one natural disaster per ADM1) and a fatal car plunge through the ice of the Bukhtarma reservoir in Kurchum District'),
          ABR: (1, 'flood: yards of 35 houses flooded in Borodulikha')}),

dict(id='p021', date='2019-12-04', lang='kk',
     event='2019 blizzard closes the Kordai pass on the Almaty-Bishkek road; vehicles wait near Kordai, travellers in heating points in Sortobe and Masanchi (Jambyl Region; no accident, no incident); Zhambyl district of Almaty Region vs Jambyl Region',
     text="""Боран: Қордай асуы жабылды, жүздеген көлік тұр
ТАРАЗ. 4 желтоқсан. Kazinform – Жамбыл облысында қатты боран мен көктайғаққа байланысты Алматы – Бішкек тас жолының Қордай асуы арқылы өтетін бөлігі жабылды, деп хабарлады облыстық полиция департаменті.
Қордай ауылы маңында 300-ге жуық жүк көлігі мен жеңіл көлік тұр. Жолаушылар Сортөбе және Масанчи ауылдарындағы жылыту пункттеріне орналастырылды. Қырғызстанмен шекарадағы «Қордай» өткізу бекетінде де кезек түзілді.
Полиция жол апаты тіркелмегенін хабарлады. Шу және Мойынқұм аудандарында жол жиегіндегі қар үйінділері тазартылып жатыр, Тараз бен Шымкент арасындағы жол ашық.
Синоптиктер боран бейсенбіге дейін Алматы облысының Жамбыл ауданында да сақталатынын болжап отыр. Жол қашан ашылатыны ауа райына байланысты, деді департамент өкілі. Жүргізушілерге сапарды кейінге қалдыру ұсынылды, ал асуға баратын көліктерді полиция кері бұрып жатыр.""",
     ann=[
        ('Қордай асуы', 0, 'facility', 'Kordai pass', N, {'subkind': 'mountain pass', 'note': 'headline; in Kordai District'}),
        ('ТАРАЗ', 0, 'city', 'Taraz', JR, {'note': 'dateline'}),
        ('Жамбыл облысында', 0, 'region', JR, JR),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:route endpoint'}),
        ('Бішкек', 0, 'foreign', 'Bishkek', N, {'note': 'NI:route endpoint'}),
        ('Қордай асуы', 1, 'facility', 'Kordai pass', N, {'subkind': 'mountain pass'}),
        ('Қордай ауылы', 0, 'village', 'Kordai', JR, {'note': 'NI:vehicles waiting'}),
        ('Сортөбе', 0, 'village', 'Sortobe', JR, {'note': 'NI:heating point; list sharing "ауылдарындағы"'}),
        ('Масанчи', 0, 'village', 'Masanchi', JR, {'note': 'NI:heating point; list sharing "ауылдарындағы"'}),
        ('Қырғызстанмен', 0, 'foreign', 'Kyrgyzstan', N),
        ('Қордай', 3, 'facility', 'Kordai checkpoint', JR, {'subkind': 'checkpoint', 'note': 'NI:queue; name in quotation marks'}),
        ('Шу', 0, 'district', 'Shu District', JR, {'note': 'list sharing "аудандарында"'}),
        ('Мойынқұм', 0, 'district', 'Moiynkum District', JR, {'note': 'list sharing "аудандарында"'}),
        ('Тараз', 0, 'city', 'Taraz', JR, {'note': 'NI:route endpoint'}),
        ('Шымкент', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:route endpoint'}),
        ('Алматы облысының', 0, 'region', ALR, ALR, {'note': 'NI:forecast'}),
        ('Жамбыл ауданында', 0, 'district', 'Zhambyl District (Almaty Region)', ALR, {'note': 'NI:forecast; namesake of Jambyl Region'}),
     ],
     inc={}),

dict(id='p022', date='2022-11-30', lang='kk',
     event='2022 boiler accident at the Ekibastuz heat and power plant leaves half the town without heating in frost (Pavlodar Region); repair crews from Pavlodar, Aksu and Karaganda; the minister flies in from Astana',
     text="""Екібастұзда жылу орталығындағы апаттан кейін мыңдаған пәтер жылусыз қалды
ЕКІБАСТҰЗ. 30 қараша. ҚазТАГ – Павлодар облысының Екібастұз қаласында жылу электр орталығындағы қазандық құбыры жарылып, қаланың жартысына жуығы жылусыз қалды, деп хабарлады қала әкімдігі.
Апат дүйсенбіге қараған түні болды, сыртта аяз 30 градусқа жетті. Бірнеше көпқабатты үйде жылыту жүйесінің құбырлары қатып қалды. Мектептер мен балабақшалар жұмысын уақытша тоқтатты, кейбір отбасылар туыстарына көшті.
Жөндеу жұмыстарына Павлодар, Ақсу және Қарағанды қалаларынан 300-ден астам маман жіберілді. Төтенше жағдайлар министрі Астанадан ұшып келіп, жылу жүйесін бір аптада толық қалпына келтіруді тапсырды. Қала тұрғындарына жылу беретін 700 электр жылытқыш таратылды. Тұрғындардың айтуынша, кейбір пәтерлерде температура 5 градусқа дейін төмендеген. Прокуратура апаттың себебін анықтау үшін тексеру бастады, станция басшылығы құбырлардың ескі екенін мойындады.""",
     ann=[
        ('Екібастұзда', 0, 'city', 'Ekibastuz', PR, {'note': 'headline'}),
        ('ЕКІБАСТҰЗ', 0, 'city', 'Ekibastuz', PR, {'note': 'dateline'}),
        ('Павлодар облысының', 0, 'region', PR, PR),
        ('Екібастұз қаласында', 0, 'city', 'Ekibastuz', PR),
        ('Павлодар', 1, 'city', 'Pavlodar', PR, {'note': 'NI:origin of repair crews; list sharing "қалаларынан"'}),
        ('Ақсу', 0, 'city', 'Aksu (Pavlodar Region)', PR, {'note': 'NI:origin of repair crews; list sharing "қалаларынан"'}),
        ('Қарағанды', 0, 'city', 'Karaganda', KR, {'note': 'NI:origin of repair crews; list sharing "қалаларынан"'}),
        ('Астанадан', 0, 'city', 'Astana', 'Astana', {'note': "NI:minister's origin"}),
     ],
     inc={PR: (1, 'boiler pipe burst at the Ekibastuz heat and power plant, half the town without heating')}),

dict(id='p023', date='2018-06-25', lang='kk',
     event='2018 mudflow after a downpour floods 30 yards in Kaskasu, Tolebi district (Turkistan Region, six days after the reform); South Kazakhstan Region named as renamed; Shymkent a city of its own and seat of the emergencies department; Kazygurt district warned',
     text="""Төлеби ауданында сел жүріп, 30 үйдің ауласын лай басты
ШЫМКЕНТ. 25 маусым. ҚазАқпарат – Түркістан облысының Төлеби ауданында нөсерден кейін таудан сел жүріп, Қасқасу ауылындағы 30 үйдің ауласы мен бақшасын лай басты, деп хабарлады облыстық төтенше жағдайлар департаменті.
Қасқасу өзені арнасынан асып, Леңгір қаласына апаратын жолдағы көпірді зақымдады. Зардап шеккен адам жоқ, 12 отбасы туыстарына уақытша көшті.
Бір апта бұрын Оңтүстік Қазақстан облысы Түркістан облысы болып аталды, ал Шымкент республикалық маңызы бар қала мәртебесін алды. Облыс орталығы Түркістан қаласына көшірілуде, бірақ облыстық төтенше жағдайлар департаменті әзірге Шымкентте жұмыс істейді.
Ауыл тұрғындары лайды күні бойы тазалады. Аудан әкімдігі зардап шеккен отбасыларға көмір мен азық-түлік берді. Сел қаупі Қазығұрт ауданында да сақталады, сондықтан тау бөктеріндегі ауылдардың тұрғындарына сақ болу ескертілді.""",
     ann=[
        ('Төлеби ауданында', 0, 'district', 'Tolebi District', TR, {'note': 'headline'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'dateline'}),
        ('Түркістан облысының', 0, 'region', TR, TR),
        ('Төлеби ауданында', 1, 'district', 'Tolebi District', TR),
        ('Қасқасу ауылындағы', 0, 'village', 'Kaskasu', TR),
        ('Қасқасу өзені', 0, 'facility', 'Kaskasu river', N, {'subkind': 'river'}),
        ('Леңгір қаласына', 0, 'city', 'Lenger', TR, {'note': 'NI:road endpoint'}),
        ('Оңтүстік Қазақстан облысы', 0, 'region', TR, TR, {'uncertain': True, 'note': 'NI:named as the region renamed a week before; its land is Turkistan Region on the article date'}),
        ('Түркістан облысы', 0, 'region', TR, TR, {'note': 'NI:the new name'}),
        ('Шымкент', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:the change of status'}),
        ('Түркістан қаласына', 0, 'city', 'Turkistan', TR, {'note': 'NI:new regional seat'}),
        ('Шымкентте', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:seat of the department'}),
        ('Қазығұрт ауданында', 0, 'district', 'Kazygurt District', TR, {'note': 'NI:warning'}),
     ],
     inc={TR: (1, 'mudflow in Kaskasu, Tolebi district: 30 yards flooded with mud, a bridge damaged')}),

dict(id='p024', date='2026-01-20', lang='kk',
     event='2026 earthquake drill in Konaev, seat of Almaty Region since 2022: Otegen Batyr (Ili district), Talgar, Esik; rescuers from Jetisu Region and Almaty; the akimat moved from Taldykorgan (now Jetisu Region) (no incident)',
     text="""Қонаевта жер сілкінісіне дайындық жаттығуы өтті
ҚОНАЕВ. 20 қаңтар. Kazinform – Алматы облысының орталығы Қонаев қаласында 7 балдық жер сілкінісі сценарийі бойынша ауқымды азаматтық қорғаныс жаттығуы өтті, деп хабарлады облыс әкімдігі.
Жаттығуға 2 мыңнан астам құтқарушы, дәрігер мен ерікті қатысты. Сценарий бойынша Іле ауданындағы Өтеген батыр кентінде мектеп пен балабақшадан 600 бала көшірілді, ал Талғар мен Есіктегі ауруханалар жаралыларды қабылдауға дайындалды.
Жаттығуға Жетісу облысынан және Алматы қаласының құтқару қызметінен арнайы топтар қатысты. Төтенше жағдайлар министрі жаттығу барысын Астанадан бейнебайланыс арқылы бақылады.
Облыс әкімдігі 2022 жылы Талдықорғаннан Қонаевқа көшкеннен кейін мұндай ауқымды жаттығу үшінші рет өтіп отыр. Жаттығу барысында сиреналар мен SMS-хабарлау жүйесі де тексерілді. Ұйымдастырушылардың айтуынша, кейбір ғимараттарда эвакуация нормативтен ұзақ созылды, бұл кемшіліктер наурызға дейін түзетіледі.""",
     ann=[
        ('Қонаевта', 0, 'city', 'Konaev', ALR, {'note': 'headline'}),
        ('ҚОНАЕВ', 0, 'city', 'Konaev', ALR, {'note': 'dateline'}),
        ('Алматы облысының', 0, 'region', ALR, ALR),
        ('Қонаев қаласында', 0, 'city', 'Konaev', ALR, {'note': 'NI:site of a drill'}),
        ('Іле ауданындағы', 0, 'district', 'Ili District', ALR, {'note': 'NI:drill scenario'}),
        ('Өтеген батыр кентінде', 0, 'village', 'Otegen Batyr', ALR, {'note': 'NI:drill scenario'}),
        ('Талғар', 0, 'city', 'Talgar', ALR, {'note': 'NI:drill scenario; list sharing "Есіктегі ауруханалар"'}),
        ('Есіктегі', 0, 'city', 'Esik', ALR, {'note': 'NI:drill scenario'}),
        ('Жетісу облысынан', 0, 'region', JTR, JTR, {'note': 'NI:origin of rescue teams'}),
        ('Алматы қаласының', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of rescue teams'}),
        ('Астанадан', 0, 'city', 'Astana', 'Astana', {'note': "NI:minister's location"}),
        ('Талдықорғаннан', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:former seat of Almaty Region, now in Jetisu Region'}),
        ('Қонаевқа', 0, 'city', 'Konaev', ALR, {'note': 'NI:new seat of the akimat'}),
     ],
     inc={}),
]
