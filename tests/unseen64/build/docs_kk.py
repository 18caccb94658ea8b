"""Kazakh texts of the sixty-fourth unseen check corpus (Cyrillic; annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p017', date='2000-10-10', lang='kk',
     event='2000 fire destroys 300 tonnes of hay at a farm in Akkol, Balkhash district (Almaty Region); Bakanas as district centre; the town of Akkol in Akmola Region as namesake',
     text="""Балқаш ауданындағы Ақкөл ауылында 300 тонна шөп өртенді
АЛМАТЫ, 10 қазан. Алматы облысы Балқаш ауданының Ақкөл ауылында жексенбі күні түнде шаруа қожалығының қорасындағы 300 тоннадай шөп пен 50 тонна жем өртеніп кетті, деп хабарлады облыстық төтенше жағдайлар басқармасы.

Өртті Бақанастан келген екі өрт сөндіру көлігі мен ауыл тұрғындары таңға дейін сөндірді. Мал мен адам зардап шеккен жоқ. Өрттің себебі анықталып жатыр, полиция біреудің қасақана өртеуі мүмкін екенін жоққа шығармайды.

«Қыста малға берер шөп қалмады. Енді Бақанастан ба, Қапшағайдан ба, сатып алуға тура келеді», – дейді қожалық иесі Ерлан Сәрсенбаев.

Ақмола облысындағы Ақкөл қаласындағы туыстары хабарды естіп, бірден телефон соққанын айтады. Қазақстанда Ақкөл деген елді мекен көп, сондықтан ауданын атап жазу керек, дейді ауыл әкімі.""",
     ann=[
        ('Балқаш ауданындағы', 0, 'district', 'Balkhash District', ALR, {'note': 'headline'}),
        ('Ақкөл ауылында', 0, 'village', 'Akkol (Balkhash district)', ALR, {'note': 'headline'}),
        ('АЛМАТЫ', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Алматы облысы', 0, 'region', ALR, ALR),
        ('Балқаш ауданының', 0, 'district', 'Balkhash District', ALR),
        ('Ақкөл ауылында', 1, 'village', 'Akkol (Balkhash district)', ALR),
        ('Бақанастан', 0, 'village', 'Bakanas', ALR, {'note': 'NI:origin of the fire engines; district centre'}),
        ('Бақанастан', 1, 'village', 'Bakanas', ALR, {'note': 'NI:place to buy hay'}),
        ('Қапшағайдан', 0, 'city', 'Kapchagay', ALR, {'note': 'NI:place to buy hay'}),
        ('Ақмола облысындағы', 0, 'region', AKR, AKR, {'note': 'NI:residence of relatives'}),
        ('Ақкөл қаласындағы', 0, 'city', 'Akkol', AKR, {'note': 'NI:namesake town, residence of relatives'}),
        ('Қазақстанда', 0, 'country', 'Kazakhstan', N),
     ],
     inc={ALR: (1, 'fire destroying hay and feed at a farm in Akkol, Balkhash district')}),
dict(id='p018', date='2007-05-15', lang='kk',
     event='2007 Jambyl Region rural news: a bus overturns near Shokpar station (Shu district), nine hurt; a storm tears the roof off the school in Aksu (Shu district); a land dispute meeting in Kenes (Merke district); power lines down in several districts; the town of Aksu in Pavlodar Region as namesake',
     text="""Шу ауданында автобус аударылды, Ақсу ауылында мектептің шатырын жел ұшырды
ТАРАЗ, 15 мамыр. Жамбыл облысының Шу ауданында демалыс күндері екі оқиға болды, деп хабарлады облыстық төтенше жағдайлар департаменті.

Сенбі күні таңертең Шоқпар стансасы маңында Шу қаласынан ауылдарға қатынайтын жолаушылар автобусы жолдан шығып, аударылды. Тоғыз адам жарақат алды, оның екеуі Шу қаласындағы аудандық ауруханада жатыр. Жүргізуші рульде ұйықтап кеткенін мойындады. Жол полициясының айтуынша, бұл жолда биыл бұл үшінші жол апаты. Жолаушылардың көбі Шоқпар мен оған іргелес ауылдардың тұрғындары, олар базар күні қалаға бара жатқан.

Сол күні кешке қатты дауыл Шу ауданының Ақсу ауылындағы орта мектептің шатырын ұшырып әкетті. Сабақ үстінде ешкім болған жоқ: дауыл оқушылар үйге тарағаннан кейін басталды. 320 оқушы дүйсенбіден бастап ауылдық мәдениет үйінде оқиды. Аудан әкімі шатырды оқу жылы аяқталғанша жөндеуге уәде берді. Бұл Ақсуды Павлодар облысындағы Ақсу қаласымен шатастырмау керек: қаланың бір газеті жаңалықты өз оқырмандарына «біздің Ақсуда дауыл» деп жариялап жіберіпті.

Дауыл облыстың бірнеше ауданында электр желілерін үзді, кейбір ауылдар түні бойы жарықсыз отырды.

Ал Меркі ауданының Кеңес ауылында жексенбі күні жер дауы бойынша жиналыс өтті. Ауыл тұрғындары бұрынғы кеңшардың 600 гектар суармалы жерін бір серіктестікке жалға беру туралы шешімге қарсы. Жиналысқа Меркіден аудан әкімінің орынбасары келді. Тұрғындар сотқа жүгінетінін айтты, жиналыс тыныш өтті.

Облыс әкімдігі ауыл жолдары мен мектептерін жөндеуге биыл 2 миллиард теңге бөлінгенін хабарлады. Оның бір бөлігі Шу, Меркі және Қордай аудандарына тиесілі. Әкімдіктің мәліметінше, облыстағы 400-ге жуық мектептің 60-қа жуығы күрделі жөндеуді қажет етеді, олардың көбі кеңес кезінде салынған ғимараттар. Ауыл тұрғындары жол мен мектептен бөлек, ауыз су мен медпункт мәселесін де жиі көтереді.""",
     ann=[
        ('Шу ауданында', 0, 'district', 'Shu District', JR, {'note': 'headline'}),
        ('Ақсу ауылында', 0, 'village', 'Aksu (Shu district)', JR, {'note': 'headline'}),
        ('ТАРАЗ', 0, 'city', 'Taraz', JR, {'note': 'dateline'}),
        ('Жамбыл облысының', 0, 'region', JR, JR),
        ('Шу ауданында', 1, 'district', 'Shu District', JR),
        ('Шоқпар стансасы', 0, 'facility', 'Shokpar railway station', JR, {'subkind': 'railway station', 'note': 'reference point of the crash; also the name of a railway village'}),
        ('Шу қаласынан', 0, 'city', 'Shu', JR, {'note': 'NI:route origin of the bus'}),
        ('Шу қаласындағы', 0, 'city', 'Shu', JR, {'note': 'NI:hospital'}),
        ('Шоқпар', 1, 'village', 'Shokpar', JR, {'note': "NI:passengers' residence"}),
        ('Шу ауданының', 0, 'district', 'Shu District', JR),
        ('Ақсу ауылындағы', 0, 'village', 'Aksu (Shu district)', JR),
        ('Ақсуды', 0, 'village', 'Aksu (Shu district)', JR),
        ('Павлодар облысындағы', 0, 'region', PR, PR, {'note': 'NI:namesake town'}),
        ('Ақсу қаласымен', 0, 'city', 'Aksu', PR, {'note': 'NI:namesake town'}),
        ('Ақсуда', 0, 'village', 'Aksu (Shu district)', JR, {'uncertain': True, 'note': "a Pavlodar paper's headline that took the village for its own town"}),
        ('бірнеше ауданында', 0, 'quantified', 'several districts', N, {'count': None, 'unit': 'district', 'note': 'power lines down; not incidents'}),
        ('Меркі ауданының', 0, 'district', 'Merke District', JR, {'note': 'NI:land meeting'}),
        ('Кеңес ауылында', 0, 'village', 'Kenes (Merke district)', JR, {'note': 'NI:land dispute meeting, no incident'}),
        ('Меркіден', 0, 'village', 'Merke', JR, {'note': 'NI:origin of an official; district centre'}),
        ('Шу', 5, 'district', 'Shu District', JR, {'note': 'NI:funding; in a list sharing "аудандарына"'}),
        ('Меркі', 1, 'district', 'Merke District', JR, {'note': 'NI:funding; in a list'}),
        ('Қордай аудандарына', 0, 'district', 'Kordai District', JR, {'note': 'NI:funding'}),
     ],
     inc={JR: (2, 'bus overturned near Shokpar station, nine hurt; storm tearing off the school roof in Aksu (Shu district); the land meeting in Kenes and the power cuts are not counted')}),

dict(id='p019', date='2013-09-03', lang='kk',
     event='2013 steppe fire reaches Karabulak, Akkol district (Akmola Region), two barns burnt; Akkol town as district centre; Astana dateline',
     text="""Ақкөл ауданында дала өрті Қарабұлақ ауылына жетті
АСТАНА, 3 қыркүйек. Ақмола облысы Ақкөл ауданының Қарабұлақ ауылында дүйсенбі күні дала өрті екі мал қорасы мен 40 тонна шөпті жалмады, деп хабарлады облыстық төтенше жағдайлар департаменті. Адамдар зардап шеккен жоқ, малды уақытында жайылымға айдап шығарды.

Өрт ауылдан оңтүстікке қарай 5 шақырым жердегі жайылымда басталып, күшті желдің әсерінен тез таралды. Оны Ақкөл қаласынан келген өрт сөндірушілер мен орман шаруашылығының қызметкерлері үш сағатта тоқтатты.

Департамент мамандарының айтуынша, өрттің себебі – қурап қалған шөпті өртеу. Аудан әкімі ауыл тұрғындарын күзгі өрт қаупі кезінде от жақпауға шақырды.""",
     ann=[
        ('Ақкөл ауданында', 0, 'district', 'Akkol District', AKR, {'note': 'headline'}),
        ('Қарабұлақ ауылына', 0, 'village', 'Karabulak (Akkol district)', AKR, {'note': 'headline'}),
        ('АСТАНА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Ақмола облысы', 0, 'region', AKR, AKR),
        ('Ақкөл ауданының', 0, 'district', 'Akkol District', AKR),
        ('Қарабұлақ ауылында', 0, 'village', 'Karabulak (Akkol district)', AKR),
        ('Ақкөл қаласынан', 0, 'city', 'Akkol', AKR, {'note': 'NI:origin of firefighters; district centre'}),
     ],
     inc={AKR: (1, 'steppe fire burning two barns and hay in Karabulak, Akkol district')}),

dict(id='p020', date='2017-12-12', lang='kk',
     event='2017 gas cylinder explosion in a house in Kyzylzhar, Taran district (Kostanay Region), two hurt; hospital in Tobyl; Kyzylzhar district of North Kazakhstan as namesake',
     text="""Таран ауданының Қызылжар ауылында газ баллоны жарылды
ҚОСТАНАЙ, 12 желтоқсан. Қостанай облысы Таран ауданының Қызылжар ауылында дүйсенбі күні түсте жеке үйдің ас үйінде газ баллоны жарылды. Үй иесі мен оның 15 жастағы ұлы күйік алып, Тобыл кентіндегі аудандық ауруханаға жеткізілді, деп хабарлады облыстық төтенше жағдайлар департаменті.

Жарылыстан үйдің терезелері мен бір қабырғасы құлады, іргедегі екі үйдің әйнектері сынды. Төтенше жағдайлар қызметкерлері ауылдағы тағы 30 үйдегі газ баллондарын тексеріп шықты.

Кейбір ақпарат құралдары оқиғаны Солтүстік Қазақстан облысының Қызылжар ауданында болды деп қате таратты. Департамент бұл хабарды жоққа шығарып, тұрғындарды баллонды үй ішінде сақтамауға шақырды.""",
     ann=[
        ('Таран ауданының', 0, 'district', 'Taran District', KOR, {'note': 'headline; renamed Beimbet Mailin District in 2019'}),
        ('Қызылжар ауылында', 0, 'village', 'Kyzylzhar (Taran district)', KOR, {'note': 'headline'}),
        ('ҚОСТАНАЙ', 0, 'city', 'Kostanay', KOR, {'note': 'dateline'}),
        ('Қостанай облысы', 0, 'region', KOR, KOR),
        ('Таран ауданының', 1, 'district', 'Taran District', KOR),
        ('Қызылжар ауылында', 1, 'village', 'Kyzylzhar (Taran district)', KOR),
        ('Тобыл кентіндегі', 0, 'village', 'Tobyl', KOR, {'note': 'NI:hospital; centre of Taran district; "кенті" (settlement) is part of the span like a head noun'}),
        ('Солтүстік Қазақстан облысының', 0, 'region', NKR, NKR, {'note': 'NI:wrongly reported location'}),
        ('Қызылжар ауданында', 0, 'district', 'Kyzylzhar District', NKR, {'note': 'NI:wrongly reported location'}),
     ],
     inc={KOR: (1, 'gas cylinder explosion in a house in Kyzylzhar, Taran district, two hurt')}),
dict(id='p021', date='2020-05-26', lang='kk',
     event='2020 Karaganda Region rural news: a steppe fire reaches the cattle yards of Kyzylzhar (Bukhar-Zhyrau district); a lorry and a car collide near Karabulak (Karkaraly district), two dead; drinking water complaints in Zhanatalap and road repairs in Akzhar (Bukhar-Zhyrau district); a new school in Aksu (Shet district); a commission from Nur-Sultan; fire danger in several districts',
     text="""Қарағанды облысының ауылдарынан: дала өрті, жол апаты және ауыз су
ҚАРАҒАНДЫ, 26 мамыр. Облыстың ауылдарында өткен аптада болған оқиғаларға шолу.

Бұқар жырау ауданының Қызылжар ауылы маңында сенбі күні дала өрті шығып, 300 гектар жайылым өртенді. Жел от жалынын ауылдың шетіндегі мал қораларына дейін жеткізді, екі қора мен 20 тонна шөп күйіп кетті. Өртті Ботақарадан және Қарағандыдан келген өрт сөндірушілер түнге қарай сөндірді. Оларға көрші Жаңаталап ауылының ерлері тракторлармен көмектесіп, өрттің жолына жер жыртып, тосқауыл жасады. Мал аман қалды. Өрттің себебі әлі анықталған жоқ, бірақ тұрғындар жол жиегіне тасталған темекі тұқылынан шыққан болуы мүмкін дейді.

Қарқаралы ауданындағы Қарабұлақ ауылының маңында жексенбі күні жүк көлігі мен жеңіл көлік соқтығысты. Жеңіл көліктегі екі адам оқиға орнында қаза тапты. Марқұмдар – Қарқаралы қаласының тұрғындары. Жол полициясы жүк көлігінің жүргізушісін ұстады.

Сол Бұқар жырау ауданының Жаңаталап ауылының тұрғындары редакцияға хат жазып, ауыз судың екі апта бойы лай ағып тұрғанын айтты. Аудандық әкімдіктің мәліметінше, су құбыры жөнделіп жатыр, ал оған дейін суды цистернамен тасып береді. Ауданның Ақжар ауылында ауылішілік жолдарды жөндеу басталды: биыл 4 шақырым жолға асфальт төселмек.

Шет ауданындағы Ақсу ауылында 300 орындық жаңа мектептің құрылысы аяқталуға жақын. Мектепті 1 қыркүйекте ашу жоспарланған. Қазір ауыл балалары 30 шақырым жердегі көрші ауылға автобуспен қатынайды. Құрылыс барысын тексеру үшін Нұр-Сұлтаннан министрліктің комиссиясы келеді.

Облыстық төтенше жағдайлар департаменті облыстың бірнеше ауданында өрт қаупінің жоғары деңгейі жарияланғанын ескертті. Тұрғындардан қоқыс пен құрғақ шөпті өртемеуді сұрайды. Айта кетейік, Қызылжар, Қарабұлақ, Ақжар, Жаңаталап сияқты атаулар облыстың өзінде бірнеше рет қайталанады, сондықтан хабарда ауданы көрсетіледі.""",
     ann=[
        ('Қарағанды облысының', 0, 'region', KR, KR, {'note': 'headline'}),
        ('ҚАРАҒАНДЫ', 0, 'city', 'Karaganda', KR, {'note': 'dateline'}),
        ('Бұқар жырау ауданының', 0, 'district', 'Bukhar-Zhyrau District', KR),
        ('Қызылжар ауылы', 0, 'village', 'Kyzylzhar (Bukhar-Zhyrau district)', KR),
        ('Ботақарадан', 0, 'village', 'Botakara', KR, {'note': 'NI:origin of firefighters; centre of Bukhar-Zhyrau district'}),
        ('Қарағандыдан', 0, 'city', 'Karaganda', KR, {'note': 'NI:origin of firefighters'}),
        ('Жаңаталап ауылының', 0, 'village', 'Zhanatalap (Bukhar-Zhyrau district)', KR, {'note': "NI:helpers' residence"}),
        ('Қарқаралы ауданындағы', 0, 'district', 'Karkaraly District', KR),
        ('Қарабұлақ ауылының', 0, 'village', 'Karabulak (Karkaraly district)', KR, {'note': 'reference point of the crash on the road'}),
        ('Қарқаралы қаласының', 0, 'city', 'Karkaraly', KR, {'note': "NI:victims' residence"}),
        ('Бұқар жырау ауданының', 1, 'district', 'Bukhar-Zhyrau District', KR, {'note': 'NI:water complaint'}),
        ('Жаңаталап ауылының', 1, 'village', 'Zhanatalap (Bukhar-Zhyrau district)', KR, {'note': 'NI:muddy drinking water, no incident'}),
        ('Ақжар ауылында', 0, 'village', 'Akzhar (Bukhar-Zhyrau district)', KR, {'note': 'NI:road repairs; Akzhar of the same district'}),
        ('Шет ауданындағы', 0, 'district', 'Shet District', KR, {'note': 'NI:new school'}),
        ('Ақсу ауылында', 0, 'village', 'Aksu (Shet district)', KR, {'note': 'NI:new school'}),
        ('Нұр-Сұлтаннан', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of the commission'}),
        ('бірнеше ауданында', 0, 'quantified', 'several districts', N, {'count': None, 'unit': 'district', 'note': 'fire danger warning, not incidents'}),
     ],
     inc={KR: (2, 'steppe fire burning pasture and two cattle yards at Kyzylzhar (Bukhar-Zhyrau district); fatal lorry-car collision near Karabulak (Karkaraly district); water complaint, road repairs, the school and the warning are not incidents')}),

dict(id='p022', date='2022-06-20', lang='kk',
     event='2022 hail damages roofs and crops in Aksu, Aksu district (Jetisu Region twelve days after its creation, formerly Almaty Region); the town of Aksu in Pavlodar Region as namesake; Taldykorgan as regional centre',
     text="""Ақсу ауданында бұршақ егін мен шатырларды бүлдірді
ТАЛДЫҚОРҒАН, 20 маусым. Жетісу облысы Ақсу ауданының Ақсу ауылында жексенбі күні кешке жауған ірі бұршақ 40-тан астам үйдің шатырын тесіп, 200 гектар бидай мен жоңышқаны жапырып кетті, деп хабарлады облыстық төтенше жағдайлар департаменті. Адамдар зардап шеккен жоқ.

Аудан 8 маусымнан бастап жаңадан құрылған Жетісу облысының құрамында, оның орталығы – Талдықорған қаласы. Бұған дейін аудан Алматы облысына қарайтын.

Шаруалар келтірілген шығынды есептеп жатыр. Әлеуметтік желідегі кейбір қолданушылар оқиғаны Павлодар облысындағы Ақсу қаласында болды деп ойлап қалған: «Ақсуда бұршақ» деген жаңалыққа павлодарлықтар таңданып пікір жазған.""",
     ann=[
        ('Ақсу ауданында', 0, 'district', 'Aksu District', JTR, {'note': 'headline'}),
        ('ТАЛДЫҚОРҒАН', 0, 'city', 'Taldykorgan', JTR, {'note': 'dateline'}),
        ('Жетісу облысы', 0, 'region', JTR, JTR),
        ('Ақсу ауданының', 0, 'district', 'Aksu District', JTR),
        ('Ақсу ауылында', 0, 'village', 'Aksu (Aksu district)', JTR),
        ('Жетісу облысының', 0, 'region', JTR, JTR, {'note': 'NI:background'}),
        ('Талдықорған қаласы', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:regional centre'}),
        ('Алматы облысына', 0, 'region', ALR, ALR, {'note': 'NI:former region of the district'}),
        ('Павлодар облысындағы', 0, 'region', PR, PR, {'note': 'NI:namesake town'}),
        ('Ақсу қаласында', 0, 'city', 'Aksu', PR, {'note': 'NI:namesake town, no hail'}),
        ('Ақсуда', 0, 'village', 'Aksu (Aksu district)', JTR, {'uncertain': True, 'note': 'quoted headline about the hail, read as the village; Pavlodar readers took it for their town'}),
     ],
     inc={JTR: (1, 'hail damaging over 40 roofs and 200 ha of crops in Aksu, Aksu district')}),
dict(id='p023', date='2023-01-17', lang='kk',
     event='2023 two fishermen fall through the ice of a channel near Akkol, Kurmangazy district (Atyrau Region), one dies; the district centre Kurmangazy village vs the district; the town of Akkol in Akmola Region as namesake',
     text="""Құрманғазы ауданында мұз астына кеткен балықшы қаза тапты
АТЫРАУ, 17 қаңтар. Атырау облысы Құрманғазы ауданының Ақкөл ауылы маңында дүйсенбі күні екі балықшы арнадағы жұқа мұзды ойып түсіп кетті. Біреуін жағада тұрған серіктері құтқарып үлгерді, ал 47 жастағы ауыл тұрғынының денесін сүңгуірлер кешке қарай тапты, деп хабарлады облыстық төтенше жағдайлар департаменті.

Құтқарылған балықшы аудан орталығы Құрманғазы ауылындағы ауруханаға жеткізілді. Департамент Каспий теңізі жағалауындағы ауылдардың тұрғындарын жылымық кезінде мұзға шықпауға шақырды.

Бұл Ақкөлді Ақмола облысындағы Ақкөл қаласымен шатастырмау керек: онда мұндай оқиға тіркелген жоқ. Ауыл тұрғындарының айтуынша, қыста балық аулау – отбасылардың негізгі табыс көзі, сондықтан тыйымға қарамастан адамдар мұзға шыға береді.""",
     ann=[
        ('Құрманғазы ауданында', 0, 'district', 'Kurmangazy District', ATR, {'note': 'headline'}),
        ('АТЫРАУ', 0, 'city', 'Atyrau', ATR, {'note': 'dateline'}),
        ('Атырау облысы', 0, 'region', ATR, ATR),
        ('Құрманғазы ауданының', 0, 'district', 'Kurmangazy District', ATR),
        ('Ақкөл ауылы', 0, 'village', 'Akkol (Kurmangazy district)', ATR, {'note': 'reference point of the drowning'}),
        ('Құрманғазы ауылындағы', 0, 'village', 'Kurmangazy (village)', ATR, {'note': 'NI:hospital; district centre (formerly Ganyushkino), not the district'}),
        ('Каспий теңізі', 0, 'facility', 'Caspian Sea', N, {'subkind': 'sea'}),
        ('Ақкөлді', 0, 'village', 'Akkol (Kurmangazy district)', ATR),
        ('Ақмола облысындағы', 0, 'region', AKR, AKR, {'note': 'NI:namesake town'}),
        ('Ақкөл қаласымен', 0, 'city', 'Akkol', AKR, {'note': 'NI:namesake town, no incident'}),
     ],
     inc={ATR: (1, 'two fishermen fell through the ice near Akkol, Kurmangazy district, one died')}),

dict(id='p024', date='2026-01-27', lang='kk',
     event='2026 Turkistan Region rural news: a sheep-pen fire kills 25 sheep in Sarybulak (Baidibek district); a gas heater poisons a family of four in Zhanatalap (Baidibek district); a land dispute over a pasture in Akzhar (Baidibek district) goes to court; namesake Sarybulak in Kordai district (Jambyl Region); Shymkent as its own unit; Turkistan as regional centre',
     text="""Бәйдібек ауданының ауылдарынан: қорадағы өрт, газдан улану және жер дауы
ТҮРКІСТАН, 27 қаңтар. Түркістан облысы Бәйдібек ауданының Сарыбұлақ ауылында сенбіге қараған түні шаруа қожалығының қорасы өртеніп, 25 қой күйіп өлді. Өртті Шаян ауылынан келген өрт сөндірушілер бір сағатта сөндірді. Алдын ала мәлімет бойынша, өрт қораны жылытуға қойылған электр пешінен шыққан.

Қожалық иесі Бауыржан Тұрсынов шығын 2 миллион теңгеден асатынын айтты. «Қыс ортасында малды қайда қамаймын, енді көрші ауылдан қора жалдауға тура келеді», – дейді ол.

Сол ауданның Жаңаталап ауылында жексенбі күні бір отбасының төрт мүшесі газ жылытқышынан уланды. Олардың үшеуі бала. Көршілері жедел жәрдем шақырып, зардап шеккендер Шымкент қаласындағы балалар ауруханасына жеткізілді. Дәрігерлердің айтуынша, олардың жағдайы тұрақты.

Ал Ақжар ауылының тұрғындары 500 гектар жайылымды жеке кәсіпкерге жалға беру туралы шешімге наразы. Ауыл ақсақалдары аудандық әкімдікке жүгінгенімен, нәтиже болмаған соң, сотқа арыз берді. Сот отырысы ақпанда өтеді. Ақжар тұрғындары мал жаятын жер қалмағанын айтады.

Облыстық төтенше жағдайлар департаменті Түркістан облысының ауылдарында қыс басталғалы бері газ жылытқыштан улану оқиғалары жиілегенін ескертті. Департамент тұрғындарды газ құрылғыларын түнде сөндіріп жатуға шақырады. Биыл облыста мұндай жағдайда 11 адам ауруханаға түскен. Аудан әкімдігі көпбалалы отбасыларға түтін мен газ датчиктерін тегін орнатып бере бастады: алғашқы 200 датчик Сарыбұлақ пен Жаңаталапқа жіберіледі.

Сонымен қатар ауданның бірқатар ауылдарында ауыз су мәселесі әлі шешілмеген. Әкімдіктің мәліметінше, биыл үш ауылға су құбыры тартылады.

Айта кетейік, Сарыбұлақ атты ауыл Жамбыл облысының Қордай ауданында да бар. Қордай ауданының тұрғындары әлеуметтік желіде «бізде бәрі аман» деп жазып, туыстарын тыныштандырды. Бәйдібек ауданының орталығы – Шаян ауылы, облыс орталығы – Түркістан қаласы. Шымкент 2018 жылдан бері облыс құрамына кірмейді.""",
     ann=[
        ('Бәйдібек ауданының', 0, 'district', 'Baidibek District', TR, {'note': 'headline'}),
        ('ТҮРКІСТАН', 0, 'city', 'Turkistan', TR, {'note': 'dateline'}),
        ('Түркістан облысы', 0, 'region', TR, TR),
        ('Бәйдібек ауданының', 1, 'district', 'Baidibek District', TR),
        ('Сарыбұлақ ауылында', 0, 'village', 'Sarybulak (Baidibek district)', TR),
        ('Шаян ауылынан', 0, 'village', 'Shayan', TR, {'note': 'NI:origin of firefighters; district centre'}),
        ('Жаңаталап ауылында', 0, 'village', 'Zhanatalap (Baidibek district)', TR),
        ('Шымкент қаласындағы', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:hospital; city of republican significance'}),
        ('Ақжар ауылының', 0, 'village', 'Akzhar (Baidibek district)', TR, {'note': 'NI:land dispute in court, no incident'}),
        ('Ақжар', 1, 'village', 'Akzhar (Baidibek district)', TR, {'note': 'NI:land dispute'}),
        ('Түркістан облысының', 0, 'region', TR, TR, {'note': 'NI:general warning'}),
        ('Сарыбұлақ', 1, 'village', 'Sarybulak (Baidibek district)', TR, {'note': 'NI:detectors sent'}),
        ('Жаңаталапқа', 0, 'village', 'Zhanatalap (Baidibek district)', TR, {'note': 'NI:detectors sent'}),
        ('бірқатар ауылдарында', 0, 'quantified', 'several villages', N, {'count': None, 'unit': 'village', 'note': 'water supply problems, not incidents'}),
        ('үш ауылға', 0, 'quantified', '3 villages', N, {'count': 3, 'unit': 'village', 'note': 'planned water pipes, not incidents'}),
        ('Сарыбұлақ', 2, 'village', 'Sarybulak (Kordai district)', JR, {'note': 'NI:namesake village'}),
        ('Жамбыл облысының', 0, 'region', JR, JR, {'note': 'NI:namesake village'}),
        ('Қордай ауданында', 0, 'district', 'Kordai District', JR, {'note': 'NI:namesake village'}),
        ('Қордай ауданының', 0, 'district', 'Kordai District', JR, {'note': "NI:residents' post"}),
        ('Бәйдібек ауданының', 2, 'district', 'Baidibek District', TR, {'note': 'NI:background'}),
        ('Шаян ауылы', 0, 'village', 'Shayan', TR, {'note': 'NI:background'}),
        ('Түркістан қаласы', 0, 'city', 'Turkistan', TR, {'note': 'NI:regional centre'}),
        ('Шымкент', 1, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:background'}),
     ],
     inc={TR: (2, 'sheep-pen fire in Sarybulak (Baidibek district); gas heater poisoning of a family in Zhanatalap (Baidibek district); the land case in Akzhar and the general warning are not counted')}),
]
