"""Kazakh texts of the thirty-fifth unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
JR, ALR, KYR, TR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'Turkistan Region', 'South Kazakhstan Region'
ABR, JTR, EKR, MR, KOR = 'Abai Region', 'Jetisu Region', 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR, UR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region', 'Ulytau Region'
ATR, AR, WKR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region'

DOCS = [
dict(id='p017', date='2024-04-02', lang='kk',
     event='2024 flood warning for West Kazakhstan and Aktobe regions (Russian spelling Актобе in a Kazakh text): the Zhaiyk at Oral, Kobda and Martuk districts, the Ilek at Aktobe, Makhambet district of Atyrau Region (no incident)',
     text="""Орал мен Ақтөбеде су тасқыны қаупі сақталып тұр
ОРАЛ, 2 сәуір (Kazinform) – «Қазгидромет» Батыс Қазақстан және Актобе облыстарында алдағы үш күнде өзендердің деңгейі көтерілетінін ескертті. Жайық өзенінің Орал қаласы тұсындағы деңгейі тәулігіне 20-30 сантиметрге өсіп жатыр.
Ақтөбе облысының Қобда және Мәртөк аудандарында бірнеше ауылға баратын жолдарды су басуы мүмкін. Ақтөбе қаласында Елек өзенінің жағасындағы саяжай тұрғындарына құжаттары мен малын алдын ала қауіпсіз жерге көшіру ұсынылды.
Атырау облысының Махамбет ауданында да су деңгейі бақылауда. Төтенше жағдайлар министрлігі тұрғындарды ресми хабарламаларды қадағалап, қажет болған жағдайда құтқарушыларға 112 нөмірі арқылы хабарласуға шақырды.""",
     ann=[
        ('Орал', 0, 'city', 'Oral', WKR, {'note': 'headline'}),
        ('Ақтөбеде', 0, 'city', 'Aktobe', AR, {'note': 'headline'}),
        ('ОРАЛ', 0, 'city', 'Oral', WKR, {'note': 'dateline'}),
        ('Батыс Қазақстан', 0, 'region', WKR, WKR, {'note': 'list sharing the head noun "облыстарында"'}),
        ('Актобе', 0, 'region', AR, AR, {'note': 'list sharing the head noun "облыстарында"; Russian spelling (Актобе for Ақтөбе) in a Kazakh text'}),
        ('Жайық өзенінің', 0, 'facility', 'Ural River', N, {'subkind': 'river'}),
        ('Орал қаласы', 0, 'city', 'Oral', WKR),
        ('Ақтөбе облысының', 0, 'region', AR, AR),
        ('Қобда', 0, 'district', 'Kobda District', AR, {'note': 'list sharing the head noun "аудандарында"'}),
        ('Мәртөк', 0, 'district', 'Martuk District', AR, {'note': 'list sharing the head noun "аудандарында"'}),
        ('бірнеше ауылға', 0, 'quantified', 'several villages', N, {'count': None, 'unit': 'village', 'note': 'roads that may be flooded; a warning, not an incident'}),
        ('Ақтөбе қаласында', 0, 'city', 'Aktobe', AR),
        ('Елек өзенінің', 0, 'facility', 'Ilek River', N, {'subkind': 'river'}),
        ('Атырау облысының', 0, 'region', ATR, ATR),
        ('Махамбет ауданында', 0, 'district', 'Makhambet District', ATR),
     ],
     inc={}),

dict(id='p018', date='2021-08-10', lang='kk',
     event='2021 fire at the «Асар» shopping centre in Abai district of Shymkent (its own unit; Abai district of the city, not Abai Region, which did not exist yet); emergency post in the Kazakh Latin alphabet; equipment from Turkistan Region',
     text="""Шымкентте сауда орталығы өртенді
ШЫМКЕНТ, 10 тамыз (ҚазАқпарат) – Шымкент қаласындағы «Асар» сауда орталығында бүгін таңертең өрт шықты. Ғимараттан 120 адам эвакуацияланды, зардап шеккендер жоқ.
Қалалық төтенше жағдайлар департаменті өз парақшасында мынадай хабарлама жариялады:
«Şymkent qalasy Abai audanyndağy "Asar" sauda ortalyğynyñ ekınşı qabatynda 300 şarşy metr aumaqta ört şyqty. Ört 45 minutta söndırıldı. Örtke elektr jelısındegı aqau sebep boluy mümkın».
Өртті сөндіруге Түркістан облысынан келген екі арнайы техника да қатысты. Сауда орталығы тексеру аяқталғанша жабылады. Шымкент әкімдігі зардап шеккен кәсіпкерлерге уақытша сауда орындарын беретінін хабарлады.""",
     ann=[
        ('Шымкентте', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'headline'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'dateline'}),
        ('Шымкент қаласындағы', 0, 'city', 'Shymkent', 'Shymkent'),
        ('Асар', 0, 'facility', 'Asar shopping centre (Shymkent)', 'Shymkent', {'subkind': 'shopping centre', 'note': 'name in quotes'}),
        ('Şymkent qalasy', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'Kazakh Latin alphabet (2021)'}),
        ('Abai audanyndağy', 0, 'district', 'Abai District (Shymkent)', 'Shymkent', {'subkind': 'city district', 'note': 'Kazakh Latin alphabet; a district of Shymkent, not Abai Region'}),
        ('Asar', 0, 'facility', 'Asar shopping centre (Shymkent)', 'Shymkent', {'subkind': 'shopping centre', 'note': 'name in quotes; Kazakh Latin alphabet'}),
        ('Түркістан облысынан', 0, 'region', TR, TR, {'note': 'NI:origin of fire equipment'}),
        ('Шымкент', 1, 'city', 'Shymkent', 'Shymkent', {'note': 'inside the name of an authority (akimat)'}),
     ],
     inc={'Shymkent': (1, 'fire at the Asar shopping centre in Abai district of Shymkent (one event: centre, district, city)')}),

dict(id='p019', date='2022-11-15', lang='kk',
     event='2022 car-lorry collision near Kyzylzhar, Ulytau district, on the Zhezkazgan-Karaganda road, three dead from Satpayev (Ulytau Region, five months old; Karaganda Region the former unit); lowercase «абай» is not a name',
     text="""Жезқазған – Қарағанды жолында апат: үш адам қаза тапты
ЖЕЗҚАЗҒАН, 15 қараша (ҚазТАГ) – Ұлытау облысында Жезқазған – Қарағанды автожолында жеңіл көлік пен жүк көлігі соқтығысып, үш адам қаза тапты. Апат кеше кешкі сағат жетіде Ұлытау ауданындағы Қызылжар ауылы маңында болды.
Облыстық полиция департаментінің мәліметінше, жеңіл көліктің жүргізушісі көктайғақ жолда басқаруды жоғалтып, қарсы жолаққа шығып кеткен. Қаза тапқандар – Сәтбаев қаласының тұрғындары. Жүк көлігінің жүргізушісі жарақатпен Жезқазған қалалық ауруханасына жеткізілді.
Ұлытау облысы биыл маусымда Қарағанды облысынан бөлініп құрылған еді. Полиция жүргізушілерді қыс айларында Жезқазған мен Қарағанды арасындағы жолда аса абай болуға шақырды. Оқиға орнына Жезқазған мен Сәтбаевтан екі жедел жәрдем көлігі жіберілген. Жол полициясы апаттан кейін тас жолдағы қозғалыс үш сағатқа тоқтатылғанын хабарлады.""",
     ann=[
        ('Жезқазған', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:headline; route endpoint'}),
        ('Қарағанды', 0, 'city', 'Karaganda', KR, {'note': 'NI:headline; route endpoint'}),
        ('ЖЕЗҚАЗҒАН', 0, 'city', 'Zhezkazgan', UR, {'note': 'dateline; Ulytau Region since 2022-06-08'}),
        ('Ұлытау облысында', 0, 'region', UR, UR),
        ('Жезқазған', 1, 'city', 'Zhezkazgan', UR, {'note': 'NI:route endpoint'}),
        ('Қарағанды', 1, 'city', 'Karaganda', KR, {'note': 'NI:route endpoint'}),
        ('Ұлытау ауданындағы', 0, 'district', 'Ulytau District', UR),
        ('Қызылжар ауылы', 0, 'village', 'Kyzylzhar (Ulytau district)', UR, {'note': 'the crash site ("near the village")'}),
        ('Сәтбаев қаласының', 0, 'city', 'Satpayev', UR, {'note': "NI:victims' residence"}),
        ('Жезқазған', 2, 'city', 'Zhezkazgan', UR, {'note': 'NI:hospital town'}),
        ('Ұлытау облысы', 0, 'region', UR, UR),
        ('Қарағанды облысынан', 0, 'region', KR, KR, {'note': 'NI:former unit of the land'}),
        ('Жезқазған', 3, 'city', 'Zhezkazgan', UR, {'note': 'NI:road endpoint'}),
        ('Қарағанды', 3, 'city', 'Karaganda', KR, {'note': 'NI:road endpoint'}),
        ('Жезқазған', 4, 'city', 'Zhezkazgan', UR, {'note': 'NI:origin of ambulances'}),
        ('Сәтбаевтан', 0, 'city', 'Satpayev', UR, {'note': 'NI:origin of ambulances'}),
     ],
     inc={UR: (1, 'car-lorry collision near Kyzylzhar, Ulytau district, on the Zhezkazgan-Karaganda road, three dead')}),

dict(id='p020', date='2018-03-22', lang='kk',
     event='2018 new akim of Shymkent appointed by the governor of South Kazakhstan Region, three months before the split; former akim of Turkistan town, born in Saryagash district; the Badam river (no incident)',
     text="""Шымкент қаласына жаңа әкім тағайындалды
ШЫМКЕНТ, 22 наурыз (ҚазАқпарат) – Оңтүстік Қазақстан облысының әкімі өкімімен Шымкент қаласының әкімі болып Ғалымжан Әбдіров тағайындалды. Ол осыған дейін Түркістан қаласының әкімі болған, Сарыағаш ауданында туған.
Бұрынғы қала әкімі Астанаға, министрлікке қызметке ауысты. Жаңа әкім қалалық мәслихат сессиясында сөйлеген сөзінде алдымен Бадам өзенінің жағалауын абаттандыру мен жаңа мектептер салу жобаларын атады. Ол қала тұрғындарының өтініштерін апта сайын жеке қабылдайтынын айтты. Шымкент – Оңтүстік Қазақстан облысының орталығы, мұнда 950 мыңнан астам адам тұрады. Жаңа әкім Кентау мен Арыс қалаларының әкімдерімен де кездесті.""",
     ann=[
        ('Шымкент қаласына', 0, 'city', 'Shymkent', SKR, {'note': 'headline; South Kazakhstan Region before 2018-06-19'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', SKR, {'note': 'dateline'}),
        ('Оңтүстік Қазақстан облысының', 0, 'region', SKR, SKR, {'note': "inside an official's title"}),
        ('Шымкент қаласының', 0, 'city', 'Shymkent', SKR),
        ('Түркістан қаласының', 0, 'city', 'Turkistan', SKR, {'note': 'NI:former workplace'}),
        ('Сарыағаш ауданында', 0, 'district', 'Saryagash District', SKR, {'note': 'NI:birthplace'}),
        ('Астанаға', 0, 'city', 'Astana', 'Astana', {'note': 'NI:new workplace'}),
        ('Бадам өзенінің', 0, 'facility', 'Badam River', N, {'subkind': 'river'}),
        ('Шымкент', 2, 'city', 'Shymkent', SKR, {'note': 'at the start of a sentence'}),
        ('Оңтүстік Қазақстан облысының', 1, 'region', SKR, SKR),
        ('Кентау', 0, 'city', 'Kentau', SKR, {'note': 'list sharing the head noun "қалаларының"'}),
        ('Арыс', 0, 'city', 'Arys', SKR, {'note': 'list sharing the head noun "қалаларының"'}),
     ],
     inc={}),

dict(id='p021', date='2012-07-03', lang='kk',
     event='2012 wrestler from Bastobe, Karatal district (Almaty Region before the 2022 split) wins an Asian title in Bishkek; trained in Ushtobe and Taldykorgan; demonym «Үштөбелік» is not a name (no incident)',
     text="""Үштөбелік балуан Азия чемпионы атанды
ТАЛДЫҚОРҒАН, 3 шілде (ҚазАқпарат) – Алматы облысының Қаратал ауданынан шыққан балуан Ерасыл Мұқанов Бішкекте өткен Азия чемпионатында грек-рим күресінен 66 келіге дейінгі салмақта алтын медаль жеңіп алды. Финалда ол Иран балуанын 3:1 есебімен ұтты.
Ерасыл күреспен Үштөбе қаласындағы балалар-жасөспірімдер спорт мектебінде айналыса бастаған. Кейін Талдықорғандағы олимпиадалық резерв орталығына ауысты. Бұл жеңіс оған Лондондағы Олимпиада ойындарына жолдама алуға мүмкіндік береді.
Балуанды туған ауылы Бастөбе ауылында ақ тілеулес ауылдастары қарсы алмақ. Облыс әкімдігі чемпионға Талдықорғаннан пәтер беретінін хабарлады. Бішкектегі турнирде Қазақстан құрамасы үш алтын, бес күміс медаль жеңіп алды. Ерасылдың алғашқы жаттықтырушысы Серік Оспанов финалды Үштөбедегі спорт залында шәкірттерімен бірге теледидардан көргенін айтты. Мұқанов келесі айда Алматыдағы жаттығу жиынына қатысады.""",
     ann=[
        ('ТАЛДЫҚОРҒАН', 0, 'city', 'Taldykorgan', ALR, {'note': 'dateline; Almaty Region before 2022-06-08'}),
        ('Алматы облысының', 0, 'region', ALR, ALR),
        ('Қаратал ауданынан', 0, 'district', 'Karatal District', ALR, {'note': 'NI:origin of the wrestler'}),
        ('Бішкекте', 0, 'foreign', 'Bishkek', N, {'note': 'NI:venue of the championship'}),
        ('Иран', 0, 'foreign', 'Iran', N, {'note': 'a national team named after its country'}),
        ('Үштөбе қаласындағы', 0, 'city', 'Ushtobe', ALR, {'note': 'NI:training place'}),
        ('Талдықорғандағы', 0, 'city', 'Taldykorgan', ALR, {'note': 'NI:training place'}),
        ('Лондондағы', 0, 'foreign', 'London', N),
        ('Бастөбе ауылында', 0, 'village', 'Bastobe', ALR, {'note': 'NI:home village'}),
        ('Талдықорғаннан', 0, 'city', 'Taldykorgan', ALR, {'note': 'NI:a flat as a reward'}),
        ('Бішкектегі', 0, 'foreign', 'Bishkek', N),
        ('Қазақстан', 0, 'country', 'Kazakhstan', N, {'note': 'a national team named after its country'}),
        ('Үштөбедегі', 0, 'city', 'Ushtobe', ALR, {'note': 'NI:where the coach watched the final'}),
        ('Алматыдағы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:venue of a training camp'}),
     ],
     inc={}),

dict(id='p022', date='2026-02-10', lang='kk',
     event='2026 blizzard in Abai and East Kazakhstan regions: house fire in Semey and bus-car crash 40 km from Ayagoz (Abai Region), lorry driver poisoned in a snowbound cab in Zaisan district (East Kazakhstan Region); akimat post in the Kazakh Latin alphabet; warning for 6 regions',
     text="""Абай және Шығыс Қазақстан облыстарында боран: Семейде үй өртенді, Аягөз маңында жол апаты болды
СЕМЕЙ, 10 ақпан (ҚазТАГ) – Екі күнге созылған қатты боран Абай және Шығыс Қазақстан облыстарында бірнеше оқиғаға себеп болды, деп хабарлады Төтенше жағдайлар министрлігі.
Семейде дүйсенбіге қараған түні жеке тұрғын үйде электр жылытқыштан өрт шығып, 62 жастағы әйел күйік алды. Өрт сөндірушілер үйдегі екі баланы аман алып шықты. Үй толық жанып кетті, отбасы туыстарының үйіне орналастырылды. Қала әкімдігі өз парақшасында тұрғындарға мынадай үндеу жариялады: «Semei qalasynda boran kezınde elektr jylytqyştardy qarausyz qaldyrmañyzdar. Qalalyq jylu jelısı qalypty jūmys ıstep tūr».
Семей – Аягөз тас жолында, Аягөз қаласынан 40 шақырым жерде, жолаушылар автобусы мен жеңіл көлік соқтығысты. Төрт адам жарақат алып, Аягөз аудандық ауруханасына жеткізілді. Автобус Өскеменнен Алматыға бара жатқан.
Шығыс Қазақстан облысының Зайсан ауданында қар басқан жолда тұрып қалған жүк көлігінің жүргізушісі кабинада түтін газынан уланып қаза тапты. Ол Зайсаннан Өскеменге көмір тасып бара жатқан. Құтқарушылар оны таңертең ғана тапқан.
Өскемен – Семей және Семей – Курчатов жолдары уақытша жабылды, Үржар ауданындағы мектептерде сабақ екі күнге тоқтатылды. Катонқарағай ауданына баратын жолда қар көшкіні қаупі сақталып тұр. Шығыс Қазақстан облысының әкімдігі Риддер мен Алтай қалаларындағы мектептер қашықтан оқытуға көшкенін хабарлады.
Абай облысының әкімі Семейдегі жедел штабта кеңес өткізіп, жол қызметтеріне қосымша 40 техника бөлуді тапсырды. Бородулиха және Бесқарағай аудандарынан облыс орталығына баратын жолдар қардан тазартылып жатыр, кейбір ауылдарға азық-түлік тікұшақпен жеткізілуі мүмкін.
Синоптиктер боран еліміздің 6 облысында тағы бір тәулік жалғасатынын ескертті. Министрлік жүргізушілерді қажетсіз сапарға шықпауға шақырды. Жол жағдайы туралы ақпаратты 1403 нөмірі арқылы алуға болады. Өскеменде боран кезінде көшелерден 3 мың текше метр қар шығарылды. Боран сәрсенбі күні басылады деп күтілуде.""",
     ann=[
        ('Абай', 0, 'region', ABR, ABR, {'note': 'headline; list sharing the head noun "облыстарында"'}),
        ('Шығыс Қазақстан', 0, 'region', EKR, EKR, {'note': 'headline; list sharing the head noun "облыстарында"'}),
        ('Семейде', 0, 'city', 'Semey', ABR, {'note': 'headline'}),
        ('Аягөз', 0, 'city', 'Ayagoz', ABR, {'note': 'NI:headline; reference point of the crash ("near Ayagoz")'}),
        ('СЕМЕЙ', 0, 'city', 'Semey', ABR, {'note': 'dateline'}),
        ('Абай', 1, 'region', ABR, ABR, {'note': 'list sharing the head noun "облыстарында"'}),
        ('Шығыс Қазақстан', 1, 'region', EKR, EKR, {'note': 'list sharing the head noun "облыстарында"'}),
        ('Семейде', 1, 'city', 'Semey', ABR),
        ('Semei qalasynda', 0, 'city', 'Semey', ABR, {'note': 'Kazakh Latin alphabet (2021)'}),
        ('Семей', 0, 'city', 'Semey', ABR, {'note': 'NI:road endpoint'}),
        ('Аягөз', 1, 'city', 'Ayagoz', ABR, {'note': 'NI:road endpoint'}),
        ('Аягөз қаласынан', 0, 'city', 'Ayagoz', ABR, {'note': 'NI:reference point ("40 km from Ayagoz")'}),
        ('Аягөз', 3, 'district', 'Ayagoz District', ABR, {'note': 'NI:inside the name of a hospital (district hospital)'}),
        ('Өскеменнен', 0, 'city', 'Oskemen', EKR, {'note': 'NI:origin of the bus'}),
        ('Алматыға', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:destination of the bus'}),
        ('Шығыс Қазақстан облысының', 0, 'region', EKR, EKR),
        ('Зайсан ауданында', 0, 'district', 'Zaisan District', EKR),
        ('Зайсаннан', 0, 'city', 'Zaisan', EKR, {'note': 'NI:origin of the lorry'}),
        ('Өскеменге', 0, 'city', 'Oskemen', EKR, {'note': 'NI:destination of the lorry'}),
        ('Өскемен', 0, 'city', 'Oskemen', EKR, {'note': 'NI:road endpoint'}),
        ('Семей', 1, 'city', 'Semey', ABR, {'note': 'NI:road endpoint'}),
        ('Семей', 2, 'city', 'Semey', ABR, {'note': 'NI:road endpoint'}),
        ('Курчатов', 0, 'city', 'Kurchatov', ABR, {'note': 'NI:road endpoint'}),
        ('Үржар ауданындағы', 0, 'district', 'Urzhar District', ABR, {'note': 'school closures'}),
        ('Катонқарағай ауданына', 0, 'district', 'Katonkaragay District', EKR, {'note': 'NI:avalanche risk (a warning)'}),
        ('Шығыс Қазақстан облысының', 1, 'region', EKR, EKR, {'note': 'inside the name of an authority (akimat)'}),
        ('Риддер', 0, 'city', 'Ridder', EKR, {'note': 'list sharing the head noun "қалаларындағы"; school closures'}),
        ('Алтай', 0, 'city', 'Altai (Zyryanovsk)', EKR, {'note': 'list sharing the head noun "қалаларындағы"; the town, not the mountains'}),
        ('Абай облысының', 0, 'region', ABR, ABR, {'note': "inside an official's title"}),
        ('Семейдегі', 0, 'city', 'Semey', ABR, {'note': 'NI:seat of the emergency staff'}),
        ('Бородулиха', 0, 'district', 'Borodulikha District', ABR, {'note': 'list sharing the head noun "аудандарынан"; roads being cleared'}),
        ('Бесқарағай', 0, 'district', 'Beskaragay District', ABR, {'note': 'list sharing the head noun "аудандарынан"; roads being cleared'}),
        ('6 облысында', 0, 'quantified', '6 regions', N, {'count': 6, 'unit': 'region', 'note': 'forecast; not about incidents'}),
        ('Өскеменде', 0, 'city', 'Oskemen', EKR, {'note': 'snow removal; not an incident'}),
     ],
     inc={ABR: (2, 'house fire in Semey (woman burned) and bus-car collision 40 km from Ayagoz on the Semey-Ayagoz road (four hurt)'),
          EKR: (1, 'lorry driver died of fumes in a snowbound cab in Zaisan district')}),

dict(id='p023', date='1998-05-07', lang='kk',
     event='1998 the capital Akmola renamed Astana; ministries moving from Almaty; performers from Kokshetau (North Kazakhstan Region between the 1997 merger and 1999) and Petropavl; Akmola Region (no incident)',
     text="""Ақмола енді – Астана
АҚМОЛА, 7 мамыр (ҚазАқпарат) – Кеше қол қойылған Президент Жарлығымен Қазақстанның астанасы Ақмола қаласы Астана болып өзгертілді. Қала тұрғындары жаңа атауды Есіл өзенінің жағасындағы алаңда мерекелік концертпен қарсы алды.
Астанаға биыл Алматыдан тағы үш министрлік көшіп келеді. Концертке Көкшетау мен Петропавлдан келген өнерпаздар да қатысты. Қала 1961 жылға дейін Ақмолинск, ал 1992 жылға дейін Целиноград деп аталған еді.
Ақмола облысының әкімдігі облыс орталығы бұрынғыдай Астана қаласы болып қалатынын мәлімдеді. Жаңа атау туралы ресми хабарлама барлық мемлекеттік мекемелерге жіберілді.""",
     ann=[
        ('Ақмола', 0, 'city', 'Astana', 'Astana', {'note': 'headline; the capital\'s name until 6 May 1998, not Akmola Region'}),
        ('Астана', 0, 'city', 'Astana', 'Astana', {'note': 'headline'}),
        ('АҚМОЛА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline; the capital\'s old name'}),
        ('Қазақстанның', 0, 'country', 'Kazakhstan', N),
        ('Ақмола қаласы', 0, 'city', 'Astana', 'Astana', {'note': 'the capital\'s old name'}),
        ('Астана', 1, 'city', 'Astana', 'Astana'),
        ('Есіл өзенінің', 0, 'facility', 'Yesil River', N, {'subkind': 'river'}),
        ('Астанаға', 0, 'city', 'Astana', 'Astana'),
        ('Алматыдан', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of ministries'}),
        ('Көкшетау', 0, 'city', 'Kokshetau', NKR, {'note': 'NI:origin of performers; Kokshetau Region was merged into North Kazakhstan Region in 1997, and the town passed to Akmola Region in 1999'}),
        ('Петропавлдан', 0, 'city', 'Petropavl', NKR, {'note': 'NI:origin of performers'}),
        ('Ақмолинск', 0, 'city', 'Astana', 'Astana', {'note': 'the name of the city until 1961'}),
        ('Целиноград', 0, 'city', 'Astana', 'Astana', {'note': 'the name of the city 1961-1992'}),
        ('Ақмола облысының', 0, 'region', AKR, AKR, {'note': 'inside the name of an authority (akimat)'}),
        ('Астана қаласы', 0, 'city', 'Astana', 'Astana', {'note': 'seat of the region'}),
     ],
     inc={}),

dict(id='p024', date='2009-11-24', lang='kk',
     event='2009 Oskemen city court jails a former akim of Zyryanovsk district for bribes over land on the Bukhtarma reservoir, paid by a Semey building firm (East Kazakhstan Region before 2022); Russian names Zyryanovsk and Ust-Kamenogorsk in a Kazakh text (no incident)',
     text="""Өскеменде Зырян ауданының бұрынғы әкімі 7 жылға сотталды
ӨСКЕМЕН, 24 қараша (Kazinform) – Өскемен қалалық соты Зырян ауданының бұрынғы әкімін пара алғаны үшін 7 жылға бас бостандығынан айырды. Бұл туралы Шығыс Қазақстан облыстық сотының баспасөз қызметі хабарлады.
Тергеу мәліметінше, ол 2007-2008 жылдары Бұқтырма су қоймасының жағасынан демалыс базаларын салуға жер телімдерін бөліп бергені үшін Семейдегі құрылыс компаниясынан 30 млн теңге алған. Компания директоры 4 жылға шартты түрде сотталды.
Бұрынғы әкім Зыряновск қаласында тұрады. Сот отырысы орыс тілінде өтті, үкімнің мәтіні сайтта «Усть-Каменогорск қалалық соты» деген атаумен жарияланды. Сотталушының адвокаты Алматыдан келген, ол үкімге Шығыс Қазақстан облыстық сотына шағымданатынын айтты. Облыстық соттың мәліметінше, биыл Шығыс Қазақстан облысында сыбайлас жемқорлық қылмысы үшін 14 мемлекеттік қызметші сотталған, олардың екеуі – бұрынғы әкімдер.""",
     ann=[
        ('Өскеменде', 0, 'city', 'Oskemen', EKR, {'note': 'NI:headline; seat of the court'}),
        ('Зырян ауданының', 0, 'district', 'Zyryanovsk District', EKR, {'note': 'headline; inside an official\'s title'}),
        ('ӨСКЕМЕН', 0, 'city', 'Oskemen', EKR, {'note': 'dateline'}),
        ('Өскемен', 0, 'city', 'Oskemen', EKR, {'note': 'NI:inside the name of a court'}),
        ('Зырян ауданының', 1, 'district', 'Zyryanovsk District', EKR, {'note': "inside an official's title"}),
        ('Шығыс Қазақстан', 0, 'region', EKR, EKR, {'note': 'NI:inside the name of a court'}),
        ('Бұқтырма су қоймасының', 0, 'facility', 'Bukhtarma Reservoir', N, {'subkind': 'reservoir'}),
        ('Семейдегі', 0, 'city', 'Semey', EKR, {'note': "NI:seat of the company; East Kazakhstan Region before 2022-06-08"}),
        ('Зыряновск қаласында', 0, 'city', 'Altai (Zyryanovsk)', EKR, {'note': 'NI:residence; Russian name (renamed Altai in 2019) in a Kazakh text'}),
        ('Усть-Каменогорск', 0, 'city', 'Oskemen', EKR, {'note': 'NI:inside the name of a court, in quotes; Russian name in a Kazakh text'}),
        ('Алматыдан', 0, 'city', 'Almaty', 'Almaty', {'note': "NI:lawyer's origin"}),
        ('Шығыс Қазақстан', 1, 'region', EKR, EKR, {'note': 'NI:inside the name of a court'}),
        ('Шығыс Қазақстан облысында', 0, 'region', EKR, EKR),
     ],
     inc={}),
]
