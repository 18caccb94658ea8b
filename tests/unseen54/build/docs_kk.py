"""Kazakh texts of the fifty-fourth unseen check corpus (Cyrillic; p023 quotes a post in the
Kazakh Latin alphabet of February 2018)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p017', date='2023-01-11', lang='kk',
     event='2023 carbon monoxide poisoning from a coal stove: a family of three in a private house in Semey and a pensioner dead in Ayagoz (Abai Region); the region split from East Kazakhstan Region recalled; nine deaths since June 2022 and leaflets not counted',
     text="""Семейде бір отбасының үш мүшесі иіс газынан уланды
СЕМЕЙ, 11 қаңтар. ҚазАқпарат – Семей қаласындағы жеке үйде көмір пешінен шыққан иіс газынан ерлі-зайыптылар мен олардың бес жасар ұлы уланды, деп хабарлады Абай облысының төтенше жағдайлар департаменті. Үшеуі де ауруханаға жеткізілді, баланың жағдайы ауыр.
Дәрігерлердің айтуынша, отбасы түнде көмір әлі сөнбей тұрып пештің мұржа қақпағын жауып қойған.
Сол түні Аягөз қаласында 70 жастағы зейнеткер иіс газынан қайтыс болды. Оны таңертең көршілері тауып алған.
Департамент мәліметінше, облыс құрылған 2022 жылдың маусымынан бері өңірде иіс газынан 9 адам қаза тапқан. Абай облысы Шығыс Қазақстан облысынан бөлініп шыққанымен, Семей мен Аягөздегі ескі тұрғын үйлердің көбі әлі күнге дейін көмірмен жылытылады. Құтқарушылар Семейдің жекеменшік секторында үйме-үй аралап, тұрғындарға жадынама таратып жүр.""",
     ann=[
        ('Семейде', 0, 'city', 'Semey', ABR, {'note': 'headline; Abai Region since 2022-06-08'}),
        ('СЕМЕЙ', 0, 'city', 'Semey', ABR, {'note': 'dateline'}),
        ('Семей қаласындағы', 0, 'city', 'Semey', ABR),
        ('Абай облысының', 0, 'region', ABR, ABR, {'note': 'inside the name of an authority'}),
        ('Аягөз қаласында', 0, 'city', 'Ayagoz', ABR),
        ('Абай облысы', 0, 'region', ABR, ABR, {'note': 'NI:background on the region'}),
        ('Шығыс Қазақстан облысынан', 0, 'region', EKR, EKR, {'note': 'NI:former unit'}),
        ('Семей', 1, 'city', 'Semey', ABR, {'note': 'NI:general remark on coal heating'}),
        ('Аягөздегі', 0, 'city', 'Ayagoz', ABR, {'note': 'NI:general remark on coal heating'}),
        ('Семейдің', 0, 'city', 'Semey', ABR, {'note': 'NI:preventive visits'}),
     ],
     inc={ABR: (2, 'family of three poisoned in a private house in Semey; pensioner dead in Ayagoz; the nine deaths since June 2022 are a statistic')}),

dict(id='p018', date='2026-01-28', lang='kk',
     event='2026 weekly round-up in the south: gas cylinder explosion in a private house in Karatau district of Shymkent (Shymkent), natural gas explosion in a flat in Kentau, one dead (Turkistan Region), a couple dead from a gas water heater in Taraz (Jambyl Region), three teenagers poisoned by a bathhouse stove in Aral (Kyzylorda Region); gas incidents in two other, unnamed regions (unattributed); low gas pressure in several districts of Turkistan Region and gas from Uzbekistan and Turkmenistan not counted',
     text="""Оңтүстік өңірлерде газ жарылысы мен иіс газынан улану жиіледі
ШЫМКЕНТ, 28 қаңтар. ҚазАқпарат – Соңғы бір аптада елдің оңтүстігінде тұрмыстық газдың жарылуы мен иіс газынан улану оқиғалары бірнеше рет тіркелді. Аяз күшейген сайын тұрғындар газ жылытқыштарын тәулік бойы өшірмейді, деп ескертеді құтқарушылар.

Шымкент қаласының Қаратау ауданындағы жеке үйде 25 қаңтарда газ баллоны жарылып, үйдің шатыры ұшып кетті. Екі адам күйік алып, ауруханаға жеткізілді, көрші үйлердің терезелері сынды. Қалалық төтенше жағдайлар департаментінің мәліметінше, баллон пештің жанында тұрған.

Түркістан облысының Кентау қаласында 26 қаңтарда бес қабатты үйдің төртінші қабатындағы пәтерде табиғи газ жарылды. Жарылыстан пәтердің сыртқы қабырғасы құлап, 60 жастағы тұрғын қаза тапты. Үйдегі 40 отбасы уақытша мектепке көшірілді. Газ қызметінің мамандары пәтер иесі газ плитасын рұқсатсыз ауыстырғанын, ал құбыр қосылысы саңылаулы болғанын анықтады.

Жамбыл облысының орталығы Тараз қаласында ерлі-зайыптылар ванна бөлмесіндегі газ колонкасынан уланып, қаза тапты. Сарапшылар мұржаның бітеліп қалғанын анықтады.

Қызылорда облысының Арал қаласында моншадағы пештен иіс газы шығып, үш жасөспірім уланды, олардың біреуінің жағдайы ауыр. Балалар моншаны өздері жағып, есікті ішінен жауып алған.

Төтенше жағдайлар министрлігінің хабарлауынша, осы аптада тағы екі облыста газ жабдығына байланысты оқиғалар болған, бірақ ведомство олардың атауын көрсетпеді. Түркістан облысының бірнеше ауданында газ қысымы төмендеп, тұрғындар көмір пештеріне қайта көшкен.

«Газ баллонын тұрғын бөлмеде ұстамаңыздар, газ колонкасы бар бөлмені міндетті түрде желдетіңіздер», – деді министрлік өкілі Ерлан Сәрсенбаев. Оның айтуынша, 2025 жылы елімізде тұрмыстық газдың 47 жарылысы тіркеліп, 31 адам қаза тапқан. Оңтүстік өңірлерге келетін газдың бір бөлігі Өзбекстан мен Түрікменстаннан жеткізіледі, ал қатты аязда құбырдағы қысым жиі төмендейді.""",
     ann=[
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'dateline'}),
        ('Шымкент қаласының', 0, 'city', 'Shymkent', 'Shymkent'),
        ('Қаратау ауданындағы', 0, 'district', 'Karatau District (Shymkent)', 'Shymkent', {'subkind': 'city district', 'note': 'district of Shymkent, not the Jambyl town of Karatau'}),
        ('Түркістан облысының', 0, 'region', TR, TR),
        ('Кентау қаласында', 0, 'city', 'Kentau', TR),
        ('Жамбыл облысының', 0, 'region', JR, JR),
        ('Тараз қаласында', 0, 'city', 'Taraz', JR),
        ('Қызылорда облысының', 0, 'region', KZR, KZR),
        ('Арал қаласында', 0, 'city', 'Aral', KZR),
        ('екі облыста', 0, 'quantified', '2 other regions', N, {'count': 2, 'unit': 'region', 'note': '"тағы екі облыста": gas incidents in two unnamed regions'}),
        ('Түркістан облысының', 1, 'region', TR, TR, {'note': 'NI:low gas pressure'}),
        ('бірнеше ауданында', 0, 'quantified', 'several districts', N, {'count': None, 'unit': 'district', 'note': 'NI:low gas pressure, not an incident'}),
        ('Өзбекстан', 0, 'foreign', 'Uzbekistan', N, {'note': 'NI:gas supply'}),
        ('Түрікменстаннан', 0, 'foreign', 'Turkmenistan', N, {'note': 'NI:gas supply'}),
     ],
     inc={'Shymkent': (1, 'gas cylinder explosion in a private house in Karatau district, two hurt'),
          TR: (1, 'gas explosion in a flat in Kentau, one dead'),
          JR: (1, 'couple dead from a gas water heater in Taraz'),
          KZR: (1, 'three teenagers poisoned by a bathhouse stove in Aral; the 47 explosions of 2025 are a statistic')},
     unatt=[{'label': 'екі облыста', 'count': 2, 'note': 'gas-related incidents in two more regions ("тағы екі облыста") the ministry did not name'}]),

dict(id='p019', date='1997-10-14', lang='kk',
     event='1997 two workers fall from the sixth floor of a new administrative building in Akmola, one dead (Astana: the capital-to-be, officially the capital from December 1997); workers from Karaganda Region; Akmola Region labour inspectorate; the common noun "астана" (capital); Almaty as the old capital',
     text="""Ақмоладағы құрылыста жұмысшы құлап қаза тапты
АҚМОЛА, 14 қазан. – Елорда көшірілгелі отырған Ақмолада жаңа әкімшілік ғимаратының құрылысында екі жұмысшы алтыншы қабаттан құлап, біреуі оқиға орнында қаза тапты, екіншісі қалалық ауруханада жатыр.
Алғашқы мәліметтер бойынша, құрылыс төсеміндегі тақтайлар бекітілмеген, жұмысшыларда сақтандыру белдігі болмаған. Екеуі де Қарағанды облысынан маусымдық жұмысқа келген.
Ақмола облысының еңбек инспекциясы құрылыс компаниясын тексеруді бастады. Инспекция басшысы Болат Қасымовтың айтуынша, астананы Алматыдан көшіру мерзімі жақындаған сайын қаладағы құрылыс алаңдарында жұмыс тәулік бойы жүріп жатыр, ал қауіпсіздік талаптары жиі ескерусіз қалады. Биыл Ақмолада құрылыста алты адам қаза тапқан.
Президент жарлығына сәйкес, елорда 10 желтоқсанда ресми түрде Ақмолаға көшеді.""",
     ann=[
        ('Ақмоладағы', 0, 'city', 'Astana', 'Astana', {'note': 'headline; Akmola, the name of the capital 1992-1998 (every name of the capital is Astana)'}),
        ('АҚМОЛА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Ақмолада', 0, 'city', 'Astana', 'Astana'),
        ('Қарағанды облысынан', 0, 'region', KR, KR, {'note': "NI:workers' origin"}),
        ('Ақмола облысының', 0, 'region', AKR, AKR, {'note': 'NI:inside the name of an authority (regional labour inspectorate); the city itself is labelled Astana'}),
        ('Алматыдан', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:old capital'}),
        ('Ақмолада', 1, 'city', 'Astana', 'Astana', {'note': 'NI:statistics of the year'}),
        ('Ақмолаға', 0, 'city', 'Astana', 'Astana', {'note': 'NI:transfer of the capital'}),
     ],
     inc={'Astana': (1, 'two workers fell from the sixth floor of a building site in Akmola, one dead; the six deaths of the year are a statistic')}),

dict(id='p020', date='2019-05-16', lang='kk',
     event="2019 blasting accident at the «Қазақстан Тәуелсіздігінің 10 жылдығы» chromite mine in Khromtau, one dead, two hurt (Aktobe Region); the country's name inside the mine's name; injured taken to Aktobe; commission from Nur-Sultan; exports to China and Russia",
     text="""Хромтаудағы кеніште жарылыс: бір жұмысшы қаза тапты
АҚТӨБЕ, 16 мамыр. – Ақтөбе облысы Хромтау қаласындағы «Қазақстан Тәуелсіздігінің 10 жылдығы» кенішінде жерасты жарылыс жұмыстары кезінде 41 жастағы жарушы қаза тауып, екі кенші жарақат алды, деп хабарлады облыстық еңбек инспекциясы.
Алдын ала мәлімет бойынша, оқ-дәрі заряды белгіленген уақыттан бұрын жарылған. Жарақат алғандар Хромтаудағы ауруханадан Ақтөбе қаласына тікұшақпен жеткізілді.
Оқиғаны тергеу үшін Нұр-Сұлтаннан Еңбек министрлігінің комиссиясы келді. Кеніштің осы учаскесіндегі жұмыс тергеу аяқталғанға дейін тоқтатылды. Кеніш хромит кенін өндіреді, оның өнімі Қытай мен Ресейге экспортталады.
Еңбек инспекциясының дерегінше, бұл – биыл облыстың тау-кен кәсіпорындарындағы үшінші өлім.""",
     ann=[
        ('Хромтаудағы', 0, 'city', 'Khromtau', AR, {'note': 'headline'}),
        ('АҚТӨБЕ', 0, 'city', 'Aktobe', AR, {'note': 'dateline'}),
        ('Ақтөбе облысы', 0, 'region', AR, AR),
        ('Хромтау қаласындағы', 0, 'city', 'Khromtau', AR),
        ('Қазақстан Тәуелсіздігінің 10 жылдығы', 0, 'facility', '10th Anniversary of Independence mine (Khromtau)', AR, {'subkind': 'mine', 'note': 'name in quotation marks; contains the country name, which is not annotated on its own'}),
        ('Хромтаудағы', 1, 'city', 'Khromtau', AR, {'note': 'NI:hospital'}),
        ('Ақтөбе қаласына', 0, 'city', 'Aktobe', AR, {'note': 'NI:hospital'}),
        ('Нұр-Сұлтаннан', 0, 'city', 'Astana', 'Astana', {'note': "NI:commission's origin; name of the capital 2019-03-23 to 2022-09-17"}),
        ('Қытай', 0, 'foreign', 'China', N, {'note': 'NI:export destination'}),
        ('Ресейге', 0, 'foreign', 'Russia', N, {'note': 'NI:export destination'}),
     ],
     inc={AR: (1, 'blasting accident at the mine in Khromtau, one dead; "the third death of the year" is a statistic')}),

dict(id='p021', date='2014-08-26', lang='kk',
     event="2014 Karaganda coal basin before Miners' Day: roof fall at the Abaiskaya mine in the town of Abay (not Abai Region, created 2022), one dead, and a conveyor fire at the Saranskaya mine in Saran (Karaganda Region); the 2006 methane explosion at the Lenin mine in Shakhtinsk recalled; memorial meetings in Abay district and Shakhtinsk; the company name «АрселорМиттал Теміртау» not annotated",
     text="""Шахтерлер күні қарсаңында Қарағанды көмір бассейнінде тағы бір апат
ҚАРАҒАНДЫ, 26 тамыз. ҚазАқпарат – Қарағанды облысы Абай қаласындағы «Абайская» шахтасында 25 тамызда кен қазбасының төбесі опырылып, екі кенші тау жынысының астында қалды. Құтқарушылар оларды бес сағаттан кейін шығарды: 44 жастағы кенші қаза тапты, екіншісі ауыр жарақатпен Қарағандыдағы ауруханада жатыр.

Апаттың себебін анықтау үшін Астанадан үкіметтік комиссия келді. Алдын ала деректер бойынша, қазбаның бекітпелері тозған, ал тау жынысының қысымын өлшейтін құралдар бір айдан бері істемеген. Кеншілердің айтуынша, бұл туралы басшылыққа бірнеше рет хабарланған.

Сол күні Саран қаласындағы «Саранская» шахтасында конвейер таспасы өртенді. Жерасты қазбаларынан 120 кенші шығарылды, зардап шеккендер жоқ. Өрт екі сағатта сөндірілді, ал көмір өндіру үш күнге тоқтатылды. Мамандар өртті электр қозғалтқышының қызып кетуімен байланыстырады. Екі шахта да «АрселорМиттал Теміртау» компаниясының көмір департаментіне қарайды.

«Шахтерлер күнін тағы да қаралы күйде қарсы аламыз. Қауіпсіздікке бөлінетін қаржы жыл сайын азайып барады, ал жабдықтың көбі отыз жыл бұрын орнатылған», – деді кәсіподақ жетекшісі Марат Әбенов. Оның айтуынша, кәсіподақ шахталардағы бекітпелерді тәуелсіз сарапшылар тексеруін талап етеді.

Қарағанды көмір бассейні үшін биылғы жыл ауыр болды: бассейн шахталарында сегіз айда алты кенші қаза тапты. Ал 2006 жылдың қыркүйегінде Шахтинск қаласындағы Ленин атындағы шахтада метан жарылып, 41 кенші қаза тапқан еді. Бұл тәуелсіз Қазақстан тарихындағы ең ірі шахта апаттарының бірі болып қала береді. Сол апаттан кейін шахталарда метанды бақылаудың жаңа жүйелері орнатылды.

Облыс әкімдігі 31 тамызда өтетін Шахтерлер күніндегі мерекелік шараларды қысқартуға шешім қабылдады. Абай ауданы мен Шахтинск қаласында қаза тапқан кеншілерді еске алу жиындары өтеді. Қаза болған кеншінің отбасына компания бір жолғы көмек төлейтінін мәлімдеді.""",
     ann=[
        ('Қарағанды көмір бассейнінде', 0, 'facility', 'Karaganda coal basin', KR, {'subkind': 'coal basin', 'note': 'headline; mining area lying in Karaganda Region'}),
        ('ҚАРАҒАНДЫ', 0, 'city', 'Karaganda', KR, {'note': 'dateline'}),
        ('Қарағанды облысы', 0, 'region', KR, KR),
        ('Абай қаласындағы', 0, 'city', 'Abay', KR, {'note': 'the town of Abay in Karaganda Region, not Abai Region (created 2022)'}),
        ('Абайская', 0, 'facility', 'Abaiskaya mine (Abay)', KR, {'subkind': 'mine', 'note': 'Russian name in quotation marks'}),
        ('Қарағандыдағы', 0, 'city', 'Karaganda', KR, {'note': 'NI:hospital'}),
        ('Астанадан', 0, 'city', 'Astana', 'Astana', {'note': "NI:commission's origin"}),
        ('Саран қаласындағы', 0, 'city', 'Saran', KR),
        ('Саранская', 0, 'facility', 'Saranskaya mine (Saran)', KR, {'subkind': 'mine', 'note': 'Russian name in quotation marks'}),
        ('Қарағанды көмір бассейні', 0, 'facility', 'Karaganda coal basin', KR, {'subkind': 'coal basin', 'note': 'NI:statistics of the year'}),
        ('Шахтинск қаласындағы', 0, 'city', 'Shakhtinsk', KR),
        ('Ленин атындағы шахтада', 0, 'facility', 'Lenin mine (Shakhtinsk)', KR, {'subkind': 'mine', 'note': 'mine named after a person'}),
        ('Қазақстан', 0, 'country', 'Kazakhstan', N),
        ('Абай ауданы', 0, 'district', 'Abay District', KR, {'note': 'NI:memorial meeting; district of Karaganda Region, not Abai Region'}),
        ('Шахтинск қаласында', 0, 'city', 'Shakhtinsk', KR, {'note': 'NI:memorial meeting'}),
     ],
     inc={KR: (3, 'roof fall at the Abaiskaya mine in Abay, one dead; conveyor fire at the Saranskaya mine in Saran; the 2006 methane explosion at the Lenin mine in Shakhtinsk (narrated background); the six deaths of the year are a statistic')}),

dict(id='p022', date='2009-10-08', lang='kk',
     event="2009 night fire at the grain elevator in Bulayevo, Magzhan Zhumabayev district, 2,000 tonnes of wheat burnt (North Kazakhstan Region); crews from Bulayevo, Petropavl and Yesil district (not the river or the Astana district); grain bound for Russia's Omsk Oblast; fifth elevator fire of the season not counted",
     text="""Булаевтағы элеваторда өрт: 2 мың тонна бидай жанып кетті
ПЕТРОПАВЛ, 8 қазан. – Солтүстік Қазақстан облысы Мағжан Жұмабаев ауданының орталығы Булаев қаласындағы астық элеваторында түнде өрт шықты. Өрт кептіргіш цехтан басталып, астық сақтайтын екі қоймаға тарады. Шамамен 2 мың тонна бидай жанып кетті, адамдар зардап шеккен жоқ.
Өртті сөндіруге Булаев, Петропавл және Есіл ауданынан 60-қа жуық өрт сөндіруші қатысты. Өрт кептіргіштегі электр сымының тұйықталуынан шыққан болуы мүмкін.
Элеватор иесінің айтуынша, астықтың бір бөлігі Ресейдің Омбы облысына жөнелтілуге тиіс еді. Облыстық төтенше жағдайлар департаменті егін жинау науқаны басталғалы облыстағы элеваторлар мен астық қоймаларында бұл бесінші өрт екенін хабарлады.""",
     ann=[
        ('Булаевтағы', 0, 'city', 'Bulayevo', NKR, {'note': 'headline'}),
        ('ПЕТРОПАВЛ', 0, 'city', 'Petropavl', NKR, {'note': 'dateline'}),
        ('Солтүстік Қазақстан облысы', 0, 'region', NKR, NKR),
        ('Мағжан Жұмабаев ауданының', 0, 'district', 'Magzhan Zhumabayev District', NKR, {'note': 'district named after a poet'}),
        ('Булаев қаласындағы', 0, 'city', 'Bulayevo', NKR),
        ('Булаев', 1, 'city', 'Bulayevo', NKR, {'note': "NI:fire crews' base"}),
        ('Петропавл', 0, 'city', 'Petropavl', NKR, {'note': "NI:fire crews' base"}),
        ('Есіл ауданынан', 0, 'district', 'Yesil District (North Kazakhstan)', NKR, {'note': "NI:fire crews' base; not the Yesil river or the Yesil district of Astana"}),
        ('Ресейдің', 0, 'foreign', 'Russia', N, {'note': 'NI:destination of the grain'}),
        ('Омбы облысына', 0, 'foreign', 'Omsk Oblast', N, {'note': 'NI:destination of the grain'}),
     ],
     inc={NKR: (1, 'fire at the grain elevator in Bulayevo; "the fifth elevator fire of the season" is a statistic')}),

dict(id='p023', date='2022-10-04', lang='kk',
     event='2022 gas cylinder explosion in a flat in Almaty district of Astana (two weeks after the capital got its name back), natural gas explosion in a private house in Konaev, the new centre of Almaty Region (formerly Kapshagay), one dead, and a roof collapse during demolition of an old school in Taldykorgan (Jetisu Region); a post in the Kazakh Latin alphabet of February 2018',
     text="""Астанада газ баллоны жарылды, Қонаевта бір адам қаза тапты
АСТАНА, 4 қазан. ҚазАқпарат – Елорданың Алматы ауданындағы тоғыз қабатты үйдің пәтерінде газ баллоны жарылып, екі адам күйік алды, деп хабарлады Астана қаласының төтенше жағдайлар департаменті. Жарылыстан пәтердің терезелері мен есігі ұшып кетті, көршілес пәтерлердің тұрғындары үйден шығарылды.
Сол күні Алматы облысының жаңа орталығы – Қонаев қаласындағы жеке үйде табиғи газ жарылып, 58 жастағы ер адам қаза тапты. Бір тұрғын әлеуметтік желіде латын әліпбиімен былай деп жазды: «Qonaevta taǵy gaz jarylysy, kórshiler qorqyp otyr». Биыл Қапшағай қаласы Қонаев болып қайта аталған еді.
Жетісу облысының орталығы Талдықорғанда ескі мектеп ғимаратын бұзу кезінде шатыр құлап, үш жұмысшы жарақат алды.
Еске сала кетейік, 17 қыркүйекте елорданың атауы Нұр-Сұлтаннан қайтадан Астана болып өзгертілді.""",
     ann=[
        ('Астанада', 0, 'city', 'Astana', 'Astana', {'note': 'headline; the capital renamed back to Astana on 2022-09-17'}),
        ('Қонаевта', 0, 'city', 'Konaev', ALR, {'note': 'headline; formerly Kapshagay, centre of Almaty Region since 2022'}),
        ('АСТАНА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Алматы ауданындағы', 0, 'district', 'Almaty District (Astana)', 'Astana', {'subkind': 'city district', 'note': 'district of Astana, not Almaty or Almaty Region'}),
        ('Астана қаласының', 0, 'city', 'Astana', 'Astana', {'note': 'inside the name of an authority'}),
        ('Алматы облысының', 0, 'region', ALR, ALR),
        ('Қонаев қаласындағы', 0, 'city', 'Konaev', ALR),
        ('Qonaevta', 0, 'city', 'Konaev', ALR, {'note': "Kazakh Latin alphabet of February 2018 (acute accents, sh digraph) in a resident's post"}),
        ('Қапшағай қаласы', 0, 'city', 'Konaev', ALR, {'note': 'NI:former name of Konaev'}),
        ('Қонаев', 1, 'city', 'Konaev', ALR, {'note': 'NI:renaming'}),
        ('Жетісу облысының', 0, 'region', JTR, JTR),
        ('Талдықорғанда', 0, 'city', 'Taldykorgan', JTR),
        ('Нұр-Сұлтаннан', 0, 'city', 'Astana', 'Astana', {'note': 'NI:former name of the capital'}),
        ('Астана', 1, 'city', 'Astana', 'Astana', {'note': 'NI:renaming'}),
     ],
     inc={'Astana': (1, 'gas cylinder explosion in a flat in Almaty district, two hurt'),
          ALR: (1, 'gas explosion in a private house in Konaev, one dead'),
          JTR: (1, 'roof collapse during demolition of an old school in Taldykorgan, three hurt')}),

dict(id='p024', date='2005-11-22', lang='kk',
     event='2005 electrician electrocuted at the Tishinsky mine in Ridder (East Kazakhstan Region); the former name Leninogorsk; worker from Zyryanovsk (now Altai); the company «Қазмырыш» (Kazzinc); seven deaths of the year not counted',
     text="""Риддерде кенші электр тогынан қаза тапты
ӨСКЕМЕН, 22 қараша. – Шығыс Қазақстан облысы Риддер қаласындағы Тишин кенішінде 36 жастағы электр слесарі кернеудегі кабельді жөндеп жатқанда ток соғып, қаза тапты, деп хабарлады облыстық еңбек инспекциясы.
Инспекция мәліметінше, жұмыс басталар алдында желі ажыратылмаған, ал слесарьға диэлектрлік қолғап берілмеген. Қаза болған жұмысшы Зырян қаласының тұрғыны, кенішке вахталық әдіспен жұмысқа келген. Оның артында әйелі мен екі баласы қалды.
Риддер 2002 жылға дейін Лениногорск деп аталған. Қаладағы кеніштер мен байыту фабрикасы «Қазмырыш» компаниясына қарайды. Инспекция дерегінше, биыл облыстың тау-кен кәсіпорындарында жеті адам қаза тапқан, оның үшеуі – Риддерде.""",
     ann=[
        ('Риддерде', 0, 'city', 'Ridder', EKR, {'note': 'headline'}),
        ('ӨСКЕМЕН', 0, 'city', 'Oskemen', EKR, {'note': 'dateline'}),
        ('Шығыс Қазақстан облысы', 0, 'region', EKR, EKR),
        ('Риддер қаласындағы', 0, 'city', 'Ridder', EKR),
        ('Тишин кенішінде', 0, 'facility', 'Tishinsky mine (Ridder)', EKR, {'subkind': 'mine'}),
        ('Зырян қаласының', 0, 'city', 'Altai', EKR, {'note': "NI:worker's residence; Zyryanovsk, renamed Altai in 2019"}),
        ('Риддер', 1, 'city', 'Ridder', EKR, {'note': 'NI:background on the name'}),
        ('Лениногорск', 0, 'city', 'Ridder', EKR, {'note': 'NI:former name of Ridder'}),
        ('Риддерде', 1, 'city', 'Ridder', EKR, {'note': 'NI:statistics of the year'}),
     ],
     inc={EKR: (1, 'electrician electrocuted at the Tishinsky mine in Ridder; the seven deaths of the year are a statistic')}),

]
