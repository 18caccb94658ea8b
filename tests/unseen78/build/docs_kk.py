"""Kazakh texts of the seventy-eighth unseen check corpus (Cyrillic; p017 quotes a post in the
Kazakh Latin alphabet)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p017', date='2026-07-12', lang='kk',
     event='2026 record weekend in Burabay national park (Akmola Region): teenager drowned in Lake Burabay, forest fire on the shore of Lake Katarkol, two-car collision near Akkol on the Astana-Shchuchinsk road; lost tourists on Kokshe mountain found unhurt (not counted); traffic jam and prices (Burabay village, Lake Zerendy); fire danger in several districts; a post in Kazakh Latin',
     text="""Бурабай: рекордтық демалыс күндері – үш оқиға, кептеліс және қымбат баға
ЩУЧИНСК, 12 шілде. ҚазАқпарат – Ақмола облысындағы «Бурабай» мемлекеттік ұлттық табиғи паркіне демалыс күндері 70 мыңнан астам адам келді. Саябақ әкімшілігінің айтуынша, бұл – осы маусымдағы рекорд. Алайда демалыс қайғылы оқиғасыз өтпеді.

Сенбі күні түсте Бурабай көлінде 17 жастағы жасөспірім суға батып кетті. Ол Астанадан ата-анасымен демалуға келген екен. Құтқарушылар оның денесін бір сағаттан кейін тапты.

Сол күні кешке Қатаркөл көлінің жағасында орман өрті шықты, шамамен екі гектар жер өртенді. Өрт сөндірушілер Щучинск пен Көкшетаудан келіп, жалынды түн ортасына қарай сөндірді. Өрттің себебі – туристер сөндірмей кеткен алау болуы мүмкін.

Жексенбі күні таңертең Астана – Щучинск тас жолында, Ақкөл қаласының маңында екі жеңіл көлік соқтығысып, төрт адам жарақат алды.

Сондай-ақ Көкше тауында адасып кеткен Қарағандыдан келген екі турист бір түннен кейін табылды. Олардың денсаулығына қауіп жоқ.

Демалыс күндері Бурабай ауданына кіреберісте көліктер кептелісі 10 шақырымға созылды. Бір қолданушы әлеуметтік желіде латын әліпбиімен: «Burabaida keptelis, 3 sağat turdyq!» – деп жазды. Бағалар да шарықтап тұр: Бурабай кентіндегі қонақүйлерде бір тәулік 60 мың теңгеден басталады, ал Зеренді көлінің жағасындағы үйлер 35 мың теңге тұрады. «Біз жыл сайын Қостанайдан келеміз, бірақ биыл бағалар тым жоғары», – дейді демалушы Айгүл Серікова.

Облыстық төтенше жағдайлар департаменті бірнеше ауданда өрт қаупінің жоғары деңгейі жарияланғанын ескертті. Саябақта ашық от жағуға тыйым салынды. Ұлттық парк әкімшілігі келесі демалыс күндері саябаққа кіретін көліктер санын шектеуді қарастырып отыр, ал құтқарушылар жағажайлардағы кезекшілікті күшейтті. Ресейдің Омбы және Новосібір қалаларынан келген туристер саны да былтырғыдан артқан.""",
     ann=[
        ('Бурабай', 0, 'facility', 'Burabay National Park', AKR, {'subkind': 'national park', 'note': 'headline; the park and resort area'}),
        ('ЩУЧИНСК', 0, 'city', 'Shchuchinsk', AKR, {'note': 'dateline'}),
        ('Ақмола облысындағы', 0, 'region', AKR, AKR),
        ('Бурабай', 1, 'facility', 'Burabay National Park', AKR, {'subkind': 'national park', 'note': 'name in quotation marks'}),
        ('Бурабай көлінде', 0, 'facility', 'Lake Burabay', N, {'subkind': 'lake'}),
        ('Астанадан', 0, 'city', 'Astana', 'Astana', {'note': "NI:victim's origin"}),
        ('Қатаркөл көлінің', 0, 'facility', 'Lake Katarkol', N, {'subkind': 'lake', 'note': 'forest fire on the shore'}),
        ('Щучинск', 0, 'city', 'Shchuchinsk', AKR, {'note': "NI:firefighters' origin"}),
        ('Көкшетаудан', 0, 'city', 'Kokshetau', AKR, {'note': "NI:firefighters' origin"}),
        ('Астана', 0, 'city', 'Astana', 'Astana', {'note': 'NI:road endpoint'}),
        ('Щучинск', 1, 'city', 'Shchuchinsk', AKR, {'note': 'NI:road endpoint'}),
        ('Ақкөл қаласының', 0, 'city', 'Akkol', AKR),
        ('Көкше тауында', 0, 'facility', 'Kokshe mountain', N, {'subkind': 'mountain', 'note': 'NI:lost tourists found unhurt; the mountain, not the city Kokshetau'}),
        ('Қарағандыдан', 0, 'city', 'Karaganda', KR, {'note': "NI:tourists' origin"}),
        ('Бурабай ауданына', 0, 'district', 'Burabay District', AKR, {'note': 'NI:traffic jam'}),
        ('Burabaida', 0, 'village', 'Burabay', AKR, {'note': "NI:traffic jam; Kazakh Latin spelling in a user's post"}),
        ('Бурабай кентіндегі', 0, 'village', 'Burabay', AKR, {'note': 'NI:prices'}),
        ('Зеренді көлінің', 0, 'facility', 'Lake Zerenda', N, {'subkind': 'lake', 'note': 'NI:prices'}),
        ('Қостанайдан', 0, 'city', 'Kostanay', KOR, {'note': "NI:speaker's origin"}),
        ('бірнеше ауданда', 0, 'quantified', 'several districts', N, {'count': None, 'unit': 'district', 'note': 'NI:fire-danger warning'}),
        ('Ресейдің', 0, 'foreign', 'Russia', N, {'note': "NI:tourists' origin"}),
        ('Омбы', 0, 'foreign', 'Omsk', N, {'note': 'NI:in a list sharing "қалаларынан"'}),
        ('Новосібір', 0, 'foreign', 'Novosibirsk', N, {'note': 'NI:in a list sharing "қалаларынан"'}),
     ],
     inc={AKR: (3, 'teenager drowned in Lake Burabay; forest fire on the shore of Lake Katarkol; two-car collision near Akkol on the Astana-Shchuchinsk road (the lost tourists found unhurt are not counted)')}),

dict(id='p018', date='2014-07-05', lang='kk',
     event='2014 boy from Zhanaozen drowned in the Caspian at the Kenderli resort zone (Karakiya district, Mangystau Region); rescuers from Kuryk; visitors from Aktau, Zhanaozen, Atyrau and Russia\'s Astrakhan Oblast',
     text="""Кендірліде он жасар бала суға батып кетті
АҚТАУ, 5 шілде. ҚазАқпарат – Маңғыстау облысы Қарақия ауданындағы «Кендірлі» демалыс аймағында 10 жасар бала суға батып кетті, деп хабарлады облыстық төтенше жағдайлар департаменті. Бала Жаңаөзен қаласынан ата-анасымен демалуға келген.
Оқиға жұма күні кешке болған: бала Каспий теңізіне ересектердің қарауынсыз түскен. Құрық ауылынан келген құтқарушылар оның денесін түнде тапты.
Биыл маусымнан бері Кендірліге 50 мыңға жуық адам келген. Демалушылар негізінен Ақтаудан, Жаңаөзеннен, Атыраудан және Ресейдің Астрахан облысынан келеді. Облыс әкімдігі аймақтағы жағажайлардың көбінде кәсіби құтқарушылар жоқ екенін мойындады. Демалыс аймағындағы үйлердің бір тәуліктік бағасы 12 мыңнан 20 мың теңгеге дейін.""",
     ann=[
        ('Кендірліде', 0, 'facility', 'Kenderli resort zone', MR, {'subkind': 'resort', 'note': 'headline'}),
        ('АҚТАУ', 0, 'city', 'Aktau', MR, {'note': 'dateline'}),
        ('Маңғыстау облысы', 0, 'region', MR, MR),
        ('Қарақия ауданындағы', 0, 'district', 'Karakiya District', MR),
        ('Кендірлі', 0, 'facility', 'Kenderli resort zone', MR, {'subkind': 'resort', 'note': 'name in quotation marks'}),
        ('Жаңаөзен қаласынан', 0, 'city', 'Zhanaozen', MR, {'note': "NI:victim's origin"}),
        ('Каспий теңізіне', 0, 'facility', 'Caspian Sea', N, {'subkind': 'sea'}),
        ('Құрық ауылынан', 0, 'village', 'Kuryk', MR, {'note': "NI:rescuers' origin"}),
        ('Кендірліге', 0, 'facility', 'Kenderli resort zone', MR, {'subkind': 'resort', 'note': 'NI:visitor numbers'}),
        ('Ақтаудан', 0, 'city', 'Aktau', MR, {'note': "NI:visitors' origin"}),
        ('Жаңаөзеннен', 0, 'city', 'Zhanaozen', MR, {'note': "NI:visitors' origin"}),
        ('Атыраудан', 0, 'city', 'Atyrau', ATR, {'note': "NI:visitors' origin"}),
        ('Ресейдің', 0, 'foreign', 'Russia', N, {'note': "NI:visitors' origin"}),
        ('Астрахан облысынан', 0, 'foreign', 'Astrakhan Oblast', N, {'note': "NI:visitors' origin"}),
     ],
     inc={MR: (1, 'boy drowned in the Caspian at the Kenderli resort zone, Karakiya district')}),

dict(id='p019', date='1999-07-19', lang='kk',
     event='1999 boat capsized on the Shardara reservoir (South Kazakhstan Region), two Shymkent residents drowned; visitors from Shymkent, Turkistan and Kyzylorda Region; the reservoir on the Syr Darya at the Uzbek border',
     text="""Шардара су қоймасында қайық аударылып, екі адам қаза тапты
ШЫМКЕНТ, 19 шілде. – Оңтүстік Қазақстан облысындағы Шардара су қоймасында жексенбі күні балықшылар мен демалушылар мінген қайық аударылып, екі адам суға батып кетті, деп хабарлады облыстық төтенше жағдайлар басқармасы. Қайықта бес адам болған, үшеуін жағадағы демалушылар құтқарып алды.
Қаза тапқандар – Шымкент қаласының тұрғындары. Олар демалыс күндері Шардара қаласына балық аулауға барған.
Шардара су қоймасы – облыстағы ең танымал демалыс орындарының бірі. Жазда мұнда Шымкенттен, Түркістаннан және Қызылорда облысынан мыңдаған адам келеді. Су қоймасы Сырдария өзенінде, Өзбекстанмен шекарада орналасқан. Облыстық басқарма демалушыларды құтқару кеудешесінсіз суға шықпауға шақырды.""",
     ann=[
        ('Шардара су қоймасында', 0, 'facility', 'Shardara reservoir', N, {'subkind': 'reservoir', 'note': 'headline; the reservoir lies on the border with Uzbekistan, so adm1 null'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', SKR, {'note': 'dateline; South Kazakhstan Region before 2018-06-19'}),
        ('Оңтүстік Қазақстан облысындағы', 0, 'region', SKR, SKR),
        ('Шардара су қоймасында', 1, 'facility', 'Shardara reservoir', N, {'subkind': 'reservoir'}),
        ('Шымкент қаласының', 0, 'city', 'Shymkent', SKR, {'note': "NI:victims' residence"}),
        ('Шардара қаласына', 0, 'city', 'Shardara', SKR, {'note': 'NI:destination of the trip'}),
        ('Шардара су қоймасы', 0, 'facility', 'Shardara reservoir', N, {'subkind': 'reservoir', 'note': 'NI:general remark'}),
        ('Шымкенттен', 0, 'city', 'Shymkent', SKR, {'note': "NI:visitors' origin"}),
        ('Түркістаннан', 0, 'city', 'Turkistan', SKR, {'note': "NI:visitors' origin; South Kazakhstan Region before 2018-06-19"}),
        ('Қызылорда облысынан', 0, 'region', KZR, KZR, {'note': "NI:visitors' origin"}),
        ('Сырдария өзенінде', 0, 'facility', 'Syr Darya', N, {'subkind': 'river', 'note': 'NI:general remark'}),
        ('Өзбекстанмен', 0, 'foreign', 'Uzbekistan', N, {'note': 'NI:border'}),
     ],
     inc={SKR: (1, 'boat capsized on the Shardara reservoir, two drowned')}),

dict(id='p020', date='2023-08-14', lang='kk',
     event='2023 holiday weekend in Ulytau and Karaganda regions: drowning in the Kengir reservoir near Zhezkazgan (Ulytau Region), two wooden houses burnt at the Shubartubek resort zone on Lake Balkhash and a fatal bus-lorry collision on the Karaganda-Karkaraly road (Karaganda Region); lost tourists from Temirtau found in Karkaraly national park (not counted); background of the 2022 split',
     text="""Ұлытау мен Қарағанды облыстарында демалыс маусымы: суға бату, өрт және жол апаты
ҚАРАҒАНДЫ, 14 тамыз. – Аптап ыстық күндері Ұлытау мен Қарағанды облыстарының су айдындары мен демалыс орындарына мыңдаған адам ағылды. Өткен демалыс күндері екі облыста үш оқиға тіркелді.

Сенбі күні Жезқазған маңындағы Кеңгір су қоймасында 23 жастағы жігіт суға батып кетті, деп хабарлады Ұлытау облысының төтенше жағдайлар департаменті. Ол достарымен жағада демалып отырған, жағадан 50 метрдей жерде суға кеткен. Былтыр құрылған облыста ресми жағажайлар әлі аз: Жезқазған мен Сәтбаев қалаларында небәрі үшеу ғана.

Жексенбіге қараған түні Балқаш көлінің жағасындағы Шұбартүбек демалыс аймағында екі ағаш үй өртеніп кетті. Адам шығыны жоқ. Өрт сөндірушілер Балқаш қаласынан келіп, жалынды екі сағатта ауыздықтады. Сол күні қаланың орталық жағажайында суға батып бара жатқан екі баланы құтқарушылар уақытында судан шығарып алды, олардың денсаулығына қауіп жоқ.

Жексенбі күні Қарағанды – Қарқаралы тас жолында, Қарқаралы қаласынан 30 шақырым жерде жолаушылар автобусы жүк көлігімен соқтығысып, бір адам қаза тапты, тоғыз адам жарақат алды. Автобус демалушыларды Қарқаралы ұлттық паркіне апара жатқан.

Сол саябақта бейсенбі күні адасып кеткен Теміртаудан келген үш турист бір тәуліктен кейін табылды, олар аман-есен.

Бағалар да өсті, бірақ демалушылар азаймады. Балқаштағы жағажай маңындағы үйлерде бір тәулік 20 мың теңге тұрады, Қарқаралыда – 25 мың теңге. Ұлытау облысының әкімдігі келесі жазға дейін Кеңгір жағасында тағы екі ресми жағажай ашуға уәде берді.

Еске сала кетейік, 2022 жылдың 8 маусымына дейін Жезқазған, Сәтбаев қалалары мен Ұлытау ауданы Қарағанды облысының құрамында болған. Қазір Балқаш, Приозерск қалалары мен Қарқаралы ауданы Қарағанды облысында қалды.""",
     ann=[
        ('Ұлытау', 0, 'region', UR, UR, {'note': 'headline; in a list sharing "облыстарында"'}),
        ('Қарағанды', 0, 'region', KR, KR, {'note': 'headline; in a list sharing "облыстарында"'}),
        ('ҚАРАҒАНДЫ', 0, 'city', 'Karaganda', KR, {'note': 'dateline'}),
        ('Ұлытау', 1, 'region', UR, UR, {'note': 'in a list sharing "облыстарының"'}),
        ('Қарағанды', 1, 'region', KR, KR, {'note': 'in a list sharing "облыстарының"'}),
        ('екі облыста', 0, 'quantified', '2 regions', N, {'count': 2, 'unit': 'region', 'note': 'the two named regions (Ulytau, Karaganda)'}),
        ('Жезқазған', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:reference point ("near Zhezkazgan"); Ulytau Region since 2022-06-08'}),
        ('Кеңгір су қоймасында', 0, 'facility', 'Kengir reservoir', UR, {'subkind': 'reservoir'}),
        ('Ұлытау облысының', 0, 'region', UR, UR, {'note': 'inside the name of an authority'}),
        ('Жезқазған', 1, 'city', 'Zhezkazgan', UR, {'note': 'NI:beaches; in a list sharing "қалаларында"'}),
        ('Сәтбаев', 0, 'city', 'Satpayev', UR, {'note': 'NI:beaches; in a list sharing "қалаларында"'}),
        ('Балқаш көлінің', 0, 'facility', 'Lake Balkhash', N, {'subkind': 'lake'}),
        ('Шұбартүбек демалыс аймағында', 0, 'facility', 'Chubar-Tubek resort zone', KR, {'subkind': 'resort', 'note': 'Kazakh name Shubartubek'}),
        ('Балқаш қаласынан', 0, 'city', 'Balkhash', KR, {'note': "NI:firefighters' origin"}),
        ('Қарағанды', 2, 'city', 'Karaganda', KR, {'note': 'NI:road endpoint'}),
        ('Қарқаралы', 0, 'city', 'Karkaraly', KR, {'note': 'NI:road endpoint'}),
        ('Қарқаралы қаласынан', 0, 'city', 'Karkaraly', KR, {'note': 'NI:reference point'}),
        ('Қарқаралы ұлттық паркіне', 0, 'facility', 'Karkaraly National Park', KR, {'subkind': 'national park', 'note': "NI:the bus's destination"}),
        ('Теміртаудан', 0, 'city', 'Temirtau', KR, {'note': "NI:tourists' origin; lost and found unhurt"}),
        ('Балқаштағы', 0, 'city', 'Balkhash', KR, {'note': 'NI:prices'}),
        ('Қарқаралыда', 0, 'city', 'Karkaraly', KR, {'note': 'NI:prices'}),
        ('Жезқазған', 2, 'city', 'Zhezkazgan', UR, {'note': 'NI:background; in a list sharing "қалалары"'}),
        ('Сәтбаев', 1, 'city', 'Satpayev', UR, {'note': 'NI:background; in a list sharing "қалалары"'}),
        ('Ұлытау ауданы', 0, 'district', 'Ulytau District', UR, {'note': 'NI:background'}),
        ('Қарағанды облысының', 0, 'region', KR, KR, {'note': 'NI:background (the unit before 2022-06-08)'}),
        ('Балқаш', 2, 'city', 'Balkhash', KR, {'note': 'NI:background; in a list sharing "қалалары"'}),
        ('Приозерск', 0, 'city', 'Priozersk', KR, {'note': 'NI:background; in a list sharing "қалалары"'}),
        ('Қарқаралы ауданы', 0, 'district', 'Karkaraly District', KR, {'note': 'NI:background'}),
        ('Қарағанды облысында', 0, 'region', KR, KR, {'note': 'NI:background'}),
        ('Ұлытау облысының', 1, 'region', UR, UR, {'note': 'NI:inside the name of an authority (akimat); planned beaches'}),
        ('Кеңгір', 1, 'facility', 'Kengir reservoir', UR, {'subkind': 'reservoir', 'note': 'NI:planned beaches; the reservoir named without head noun'}),
     ],
     inc={UR: (1, 'young man drowned in the Kengir reservoir near Zhezkazgan'),
          KR: (2, 'two wooden houses burnt at the Shubartubek resort zone on Lake Balkhash; bus-lorry collision on the Karaganda-Karkaraly road 30 km from Karkaraly, one dead (the lost tourists found unhurt and the two children pulled out of the water unharmed on the Balkhash beach are not counted)')}),

dict(id='p021', date='2017-07-24', lang='kk',
     event='2017 two separate drownings in Lake Shalkar (Terekty district, West Kazakhstan Region); victim from Oral; the lake is not the town of Shalkar in Aktobe Region',
     text="""Шалқар көлінде демалыс күндері екі адам суға батты
ОРАЛ, 24 шілде. – Батыс Қазақстан облысы Теректі ауданындағы Шалқар көлінде демалыс күндері екі адам суға батып кетті, деп хабарлады облыстық төтенше жағдайлар департаменті.
Сенбі күні Оралдан келген 35 жастағы ер адам жағадан алысқа жүзіп кетіп, кері орала алмаған. Жексенбі күні көлдің оңтүстік жағалауында 14 жасар жасөспірім суға кетті.
Шалқар көлі – облыс тұрғындарының ең сүйікті демалыс орны, ол Орал қаласынан 80 шақырым жерде орналасқан. Көлді Ақтөбе облысындағы Шалқар қаласымен шатастырмау керек.
Құтқарушылар көл жағасында тұрақты бекет ашуды ұсынып отыр. Облыста биыл жаз басынан бері 11 адам суға батқан.""",
     ann=[
        ('Шалқар көлінде', 0, 'facility', 'Lake Shalkar (West Kazakhstan)', N, {'subkind': 'lake', 'note': 'headline'}),
        ('ОРАЛ', 0, 'city', 'Oral', WKR, {'note': 'dateline'}),
        ('Батыс Қазақстан облысы', 0, 'region', WKR, WKR),
        ('Теректі ауданындағы', 0, 'district', 'Terekty District', WKR),
        ('Шалқар көлінде', 1, 'facility', 'Lake Shalkar (West Kazakhstan)', N, {'subkind': 'lake'}),
        ('Оралдан', 0, 'city', 'Oral', WKR, {'note': "NI:victim's origin"}),
        ('Шалқар көлі', 0, 'facility', 'Lake Shalkar (West Kazakhstan)', N, {'subkind': 'lake', 'note': 'NI:general remark'}),
        ('Орал қаласынан', 0, 'city', 'Oral', WKR, {'note': 'NI:reference point'}),
        ('Ақтөбе облысындағы', 0, 'region', AR, AR, {'note': 'NI:disambiguation remark'}),
        ('Шалқар қаласымен', 0, 'city', 'Shalkar', AR, {'note': 'NI:the Aktobe town, named only to tell it from the lake'}),
     ],
     inc={WKR: (2, 'two separate drownings in Lake Shalkar, Terekty district (Saturday and Sunday, different shores); the 11 drownings since the start of summer are a statistic')}),

dict(id='p022', date='1992-08-17', lang='kk',
     event='1992 three drowned in two events at the Vyacheslavka reservoir on the Esil (Akmola Region) near Akmola, the renamed Tselinograd (the later capital)',
     text="""Ақмола маңындағы су қоймасында үш адам суға батты
АҚМОЛА, 17 тамыз. – Ақмола облысындағы Вячеслав су қоймасында демалыс күндері үш адам суға батып кетті, деп хабарлады облыстық ішкі істер басқармасының кезекші бөлімі.
Сенбі күні кешке ағайынды екі жігіт мінген резеңке қайық желден аударылып, екеуі де жағаға жете алмаған. Олар – Ақмола қаласының тұрғындары. Жексенбі күні таңертең су қоймасының арғы жағасында 50 жастағы балықшының денесі табылды.
Есіл өзеніндегі су қоймасы қаладан 60 шақырымдай жерде орналасқан, демалыс күндері мұнда мыңдаған қала тұрғыны келеді. Биыл Ақмола деп қайта аталған бұрынғы Целиноградта қалалық жағажай әлі ашылмады, сондықтан жұрт қала сыртындағы су айдындарына барады.""",
     ann=[
        ('Ақмола', 0, 'city', 'Astana', 'Astana', {'note': 'NI:headline; reference point ("near Akmola"); the city Akmola (1992-1998), later the capital'}),
        ('АҚМОЛА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline; the city Akmola, later the capital'}),
        ('Ақмола облысындағы', 0, 'region', AKR, AKR),
        ('Вячеслав су қоймасында', 0, 'facility', 'Vyacheslavka reservoir', AKR, {'subkind': 'reservoir'}),
        ('Ақмола қаласының', 0, 'city', 'Astana', 'Astana', {'note': "NI:victims' residence"}),
        ('Есіл өзеніндегі', 0, 'facility', 'Yesil River', N, {'subkind': 'river', 'note': 'NI:general remark'}),
        ('Ақмола', 3, 'city', 'Astana', 'Astana', {'note': 'NI:background (renaming)'}),
        ('Целиноградта', 0, 'city', 'Astana', 'Astana', {'note': 'NI:city beach not opened; the Soviet name Tselinograd'}),
     ],
     inc={AKR: (2, 'two brothers drowned when their rubber boat overturned (Saturday); body of a fisherman found on the far shore (Sunday)')}),

dict(id='p023', date='2019-06-30', lang='kk',
     event='2019 hot weekend: tourist from Nur-Sultan drowned in the Shardara reservoir (Shardara district) and a fatal fall in the Kaskasu gorge (Tolebi district, Sairam-Ugam national park) in Turkistan Region; boy drowned in the Badam in Enbekshi district of Shymkent',
     text="""Түркістан облысы мен Шымкентте демалыс күндері үш адам қаза тапты
ШЫМКЕНТ, 30 маусым. – Аптап ыстықта Түркістан облысы мен Шымкент қаласында су айдындары мен тау шатқалдарында үш адам қаза тапты, деп хабарлады төтенше жағдайлар органдары.
Сенбі күні Шардара ауданындағы Шардара су қоймасында Нұр-Сұлтаннан келген 30 жастағы турист суға батып кетті. Ол достарымен қайықпен серуендеп жүрген.
Сол күні Шымкент қаласының Еңбекші ауданындағы Бадам өзенінде 12 жасар бала суға кетті. Қала әкімдігі тұрғындарды рұқсат етілмеген жерлерде шомылмауға шақырды.
Жексенбі күні Төлеби ауданындағы Қасқасу шатқалында Шымкенттен келген 45 жастағы ер адам жартастан құлап, қаза тапты. Шатқал Сайрам-Өгем ұлттық паркінің аумағында орналасқан.""",
     ann=[
        ('Түркістан облысы', 0, 'region', TR, TR, {'note': 'headline; Turkistan Region since 2018-06-19'}),
        ('Шымкентте', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'headline; city of republican significance since 2018-06-19'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'dateline'}),
        ('Түркістан облысы', 1, 'region', TR, TR),
        ('Шымкент қаласында', 0, 'city', 'Shymkent', 'Shymkent'),
        ('Шардара ауданындағы', 0, 'district', 'Shardara District', TR),
        ('Шардара су қоймасында', 0, 'facility', 'Shardara reservoir', N, {'subkind': 'reservoir', 'note': 'on the border with Uzbekistan, so adm1 null'}),
        ('Нұр-Сұлтаннан', 0, 'city', 'Astana', 'Astana', {'note': "NI:victim's origin; the capital named Nur-Sultan 2019-2022"}),
        ('Шымкент қаласының', 0, 'city', 'Shymkent', 'Shymkent'),
        ('Еңбекші ауданындағы', 0, 'district', 'Enbekshi District (Shymkent)', 'Shymkent', {'subkind': 'city district'}),
        ('Бадам өзенінде', 0, 'facility', 'Badam River', N, {'subkind': 'river'}),
        ('Төлеби ауданындағы', 0, 'district', 'Tolebi District', TR),
        ('Қасқасу шатқалында', 0, 'facility', 'Kaskasu gorge', N, {'subkind': 'valley'}),
        ('Шымкенттен', 0, 'city', 'Shymkent', 'Shymkent', {'note': "NI:victim's origin"}),
        ('Сайрам-Өгем ұлттық паркінің', 0, 'facility', 'Sairam-Ugam National Park', TR, {'subkind': 'national park'}),
     ],
     inc={TR: (2, 'tourist drowned in the Shardara reservoir, Shardara district; fatal fall from a rock in the Kaskasu gorge, Tolebi district'),
          'Shymkent': (1, 'boy drowned in the Badam river, Enbekshi district')}),

dict(id='p024', date='2013-07-22', lang='kk',
     event='2013 motorboat capsized on the Bukhtarma reservoir (Ulan district, East Kazakhstan Region), one dead; passengers from Oskemen and Semey (East Kazakhstan Region before 2022); tourists from Russia\'s Altai Krai and Novosibirsk Oblast',
     text="""Бұқтырма су қоймасында катер аударылып, бір адам қаза тапты
ӨСКЕМЕН, 22 шілде. – Шығыс Қазақстан облысы Ұлан ауданындағы Бұқтырма су қоймасында жексенбі күні демалушылар мінген катер толқыннан аударылып, бір адам қаза тапты, деп хабарлады облыстық төтенше жағдайлар департаменті. Катерде Өскемен мен Семейден келген алты адам болған, бесеуін жақын маңдағы демалыс базасының қызметкерлері құтқарып алды.
Катерді басқарған 38 жастағы өскемендік ер адам мас болғаны анықталды, оған қатысты қылмыстық іс қозғалды.
Бұқтырма жағасындағы демалыс базаларына жаз сайын Ресейдің Алтай өлкесінен және Новосібір облысынан мыңдаған турист келеді. Биыл жағажайлардағы бір тәуліктік үй бағасы 8 мыңнан 15 мың теңгеге дейін жетті.""",
     ann=[
        ('Бұқтырма су қоймасында', 0, 'facility', 'Bukhtarma reservoir', EKR, {'subkind': 'reservoir', 'note': 'headline; wholly in East Kazakhstan Region'}),
        ('ӨСКЕМЕН', 0, 'city', 'Oskemen', EKR, {'note': 'dateline'}),
        ('Шығыс Қазақстан облысы', 0, 'region', EKR, EKR),
        ('Ұлан ауданындағы', 0, 'district', 'Ulan District', EKR),
        ('Бұқтырма су қоймасында', 1, 'facility', 'Bukhtarma reservoir', EKR, {'subkind': 'reservoir'}),
        ('Өскемен', 0, 'city', 'Oskemen', EKR, {'note': "NI:passengers' origin; in a list sharing the ablative"}),
        ('Семейден', 0, 'city', 'Semey', EKR, {'note': "NI:passengers' origin; East Kazakhstan Region before 2022-06-08"}),
        ('Бұқтырма', 2, 'facility', 'Bukhtarma reservoir', EKR, {'subkind': 'reservoir', 'note': 'NI:general remark; named without head noun'}),
        ('Ресейдің', 0, 'foreign', 'Russia', N, {'note': "NI:tourists' origin"}),
        ('Алтай өлкесінен', 0, 'foreign', 'Altai Krai', N, {'note': "NI:tourists' origin; not the East Kazakhstan town Altai"}),
        ('Новосібір облысынан', 0, 'foreign', 'Novosibirsk Oblast', N, {'note': "NI:tourists' origin"}),
     ],
     inc={EKR: (1, 'motorboat capsized on the Bukhtarma reservoir, Ulan district, one dead')}),
]
