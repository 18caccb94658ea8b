"""Kazakh texts of the eighth unseen check corpus (annotation tuples described in
tests/build_check_corpus.py)."""
N = None
JR, ALR, KYR, TR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'Turkistan Region', 'South Kazakhstan Region'
ABR, JTR, EKR, MR, KOR = 'Abai Region', 'Jetisu Region', 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR, UR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region', 'Ulytau Region'
ATR, AR, WKR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region'

DOCS = [
dict(id='s017', date='2000-02-15', lang='kk',
     event='2000 blizzard strands vehicles on the Astana-Kokshetau highway in Bulandy district and a snow-laden roof collapses in Zhaksy (Akmola Region); the former Kokchetau Region named',
     text="""АСТАНА, 15 ақпан (ҚазАқпарат) – Астана – Көкшетау тас жолының Бұланды ауданы арқылы өтетін бөлігінде қатты боран салдарынан 40-тан астам көлік қар құрсауында қалып, екі адам үсіп қаза тапты. Бұл туралы Ақмола облысының төтенше жағдайлар басқармасы хабарлады.
Қаза тапқандар – Макинск қаласының тұрғындары. Щучинскіден және Степногорскіден келген құтқарушылар 120 жолаушыны Макинскідегі мектепке орналастырды.
«Жел секундына 25 метрге дейін жетті, көрінім 10 метрден аспады», – деді басқарма бастығы Серік Есілбаев.
Сол түні Жақсы ауданындағы Жақсы ауылында қардың салмағынан тұрғын үйдің шатыры құлап, 70 жастағы зейнеткер жарақат алды.
Бұланды ауданы 1997 жылға дейін Көкшетау облысының құрамында болған, ал былтыр Көкшетау қаласы Ақмола облысының орталығы болды. Боранға байланысты Ресейден келе жатқан жүк көліктері Петропавл маңында тоқтатылды.""",
     ann=[
        ('АСТАНА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Астана', 0, 'city', 'Astana', 'Astana', {'note': 'NI:highway endpoint'}),
        ('Көкшетау', 0, 'city', 'Kokshetau', AKR, {'note': 'NI:highway endpoint'}),
        ('Бұланды ауданы', 0, 'district', 'Bulandy District', AKR),
        ('Ақмола облысының', 0, 'region', AKR, AKR, {'note': 'inside the name of an authority'}),
        ('Макинск қаласының', 0, 'city', 'Makinsk', AKR, {'note': 'NI:residence of the victims'}),
        ('Щучинскіден', 0, 'city', 'Shchuchinsk', AKR, {'note': 'NI:origin of rescuers'}),
        ('Степногорскіден', 0, 'city', 'Stepnogorsk', AKR, {'note': 'NI:origin of rescuers'}),
        ('Макинскідегі', 0, 'city', 'Makinsk', AKR, {'note': 'NI:evacuation point'}),
        ('Жақсы ауданындағы', 0, 'district', 'Zhaksy District', AKR),
        ('Жақсы ауылында', 0, 'village', 'Zhaksy', AKR),
        ('Бұланды ауданы', 1, 'district', 'Bulandy District', AKR, {'note': 'NI:background on the district'}),
        ('Көкшетау облысының', 0, 'region', AKR, AKR, {'uncertain': True, 'note': 'NI:Kokchetau Region, abolished in 1997; the district named lies in Akmola Region on the article date'}),
        ('Көкшетау қаласы', 0, 'city', 'Kokshetau', AKR, {'note': 'NI:background'}),
        ('Ақмола облысының', 1, 'region', AKR, AKR, {'note': 'NI:background'}),
        ('Ресейден', 0, 'foreign', 'Russia', N),
        ('Петропавл', 0, 'city', 'Petropavl', NKR, {'note': 'NI:where lorries were stopped (a measure)'}),
     ],
     inc={AKR: (2, 'blizzard stranding vehicles and killing two people on the highway in Bulandy district; roof collapse in Zhaksy')}),

dict(id='s018', date='2008-06-18', lang='kk',
     event='2008 sulphur dioxide leak at the Balkhash copper smelter and a hay store fire in Shabanbai Bi village, Aktogay district (Karaganda Region)',
     text="""БАЛҚАШ, 18 маусым (Kazinform) – Балқаш мыс балқыту зауытында күкірт газы шығып, 17 жұмысшы улану белгілерімен ауруханаға жеткізілді. Бұл туралы Қарағанды облысының төтенше жағдайлар департаменті хабарлады.
Газ күкірт қышқылы цехындағы құбыр жарылғаннан кейін шыққан. Зардап шеккендердің үшеуінің жағдайы ауыр, олар Қарағандыдағы облыстық ауруханаға тікұшақпен жеткізілді.
«Қала тұрғындарына қауіп жоқ, жел газды Балқаш көліне қарай айдады», – деді зауыт өкілі Серік Балқашев.
Сол күні Ақтоғай ауданындағы Шабанбай би ауылында шөп қоймасы өртеніп, 300 тоннаға жуық шөп жанып кетті. Өртті Ақтоғай мен Сарышаған кенттерінен келген өрт сөндірушілер екі сағатта сөндірді.
Зауыт «Қазақмыс» корпорациясына қарасты, өнімінің басым бөлігі Қытай мен Еуропаға экспортталады. Зауыттың ауаны ластауы туралы шағымдар Балқаштан Астанаға бірнеше рет жіберілген.""",
     ann=[
        ('БАЛҚАШ', 0, 'city', 'Balkhash', KR, {'note': 'dateline'}),
        ('Балқаш мыс балқыту зауытында', 0, 'facility', 'Balkhash copper smelter', KR, {'subkind': 'plant'}),
        ('Қарағанды облысының', 0, 'region', KR, KR, {'note': 'inside the name of an authority'}),
        ('Қарағандыдағы', 0, 'city', 'Karaganda', KR, {'note': 'NI:hospital city'}),
        ('Балқаш көліне', 0, 'facility', 'Lake Balkhash', N, {'subkind': 'lake'}),
        ('Ақтоғай ауданындағы', 0, 'district', 'Aktogay District (Karaganda Region)', KR),
        ('Шабанбай би ауылында', 0, 'village', 'Shabanbai Bi', KR, {'note': 'village named after a person, with the lower-case title "би"'}),
        ('Ақтоғай', 1, 'village', 'Aktogay (Karaganda Region)', KR, {'note': 'NI:origin of fire crews; list sharing the head noun "кенттерінен"'}),
        ('Сарышаған', 0, 'village', 'Sary-Shagan', KR, {'note': 'NI:origin of fire crews; list sharing the head noun "кенттерінен"'}),
        ('Қытай', 0, 'foreign', 'China', N),
        ('Еуропаға', 0, 'foreign', 'Europe', N, {'subkind': 'macro-region'}),
        ('Балқаштан', 0, 'city', 'Balkhash', KR, {'note': 'NI:origin of complaints'}),
        ('Астанаға', 0, 'city', 'Astana', 'Astana', {'note': 'NI:destination of complaints'}),
     ],
     inc={KR: (2, 'sulphur dioxide leak at the Balkhash smelter; hay store fire in Shabanbai Bi')}),

dict(id='s019', date='2012-11-20', lang='kk',
     event='2012 school canteen poisoning in Kellerovka, Taiynsha district, and a shop fire in Mamlyutka (North Kazakhstan Region)',
     text="""ПЕТРОПАВЛ, 20 қараша (Tengrinews.kz) – Солтүстік Қазақстан облысы Тайынша ауданындағы Келлеровка ауылының мектеп асханасында түскі астан кейін 23 оқушы уланды. Балалар Тайынша қаласындағы аудандық ауруханаға жеткізілді, олардың бесеуі Петропавлдағы облыстық балалар ауруханасына ауыстырылды.
Облыстық санитарлық-эпидемиологиялық департамент басшысы Айгерім Есілованың айтуынша, асханаға ет Ресейдің Қорған облысынан, ал сүт Ғабит Мүсірепов ауданындағы шаруа қожалығынан әкелінген. «Сынамалар Астанадағы зертханаға жіберілді», – деді ол.
Сол күні Мамлют ауданының орталығы Мамлютка қаласында азық-түлік дүкені өртеніп, жалын іргелес екі үйге тиді. Адам шығыны жоқ. Өртті Петропавлдан келген екі команда үш сағатта сөндірді.
Тайынша ауданының әкімдігі мектеп асханасын уақытша жапты, оқушылар тамақты үйден әкеліп жүр. Облыс прокуратурасы екі оқиға бойынша да тексеру бастады.""",
     ann=[
        ('ПЕТРОПАВЛ', 0, 'city', 'Petropavl', NKR, {'note': 'dateline'}),
        ('Солтүстік Қазақстан облысы', 0, 'region', NKR, NKR),
        ('Тайынша ауданындағы', 0, 'district', 'Taiynsha District', NKR),
        ('Келлеровка ауылының', 0, 'village', 'Kellerovka', NKR),
        ('Тайынша қаласындағы', 0, 'city', 'Taiynsha', NKR, {'note': 'NI:hospital town'}),
        ('Петропавлдағы', 0, 'city', 'Petropavl', NKR, {'note': 'NI:hospital city'}),
        ('Ресейдің', 0, 'foreign', 'Russia', N),
        ('Қорған облысынан', 0, 'foreign', 'Kurgan Oblast', N, {'note': 'origin of the meat'}),
        ('Ғабит Мүсірепов ауданындағы', 0, 'district', 'Gabit Musrepov District', NKR, {'note': 'NI:origin of the milk; district named after a person'}),
        ('Астанадағы', 0, 'city', 'Astana', 'Astana', {'note': 'NI:where samples were sent'}),
        ('Мамлют ауданының', 0, 'district', 'Mamlyut District', NKR),
        ('Мамлютка қаласында', 0, 'city', 'Mamlyutka', NKR),
        ('Петропавлдан', 0, 'city', 'Petropavl', NKR, {'note': 'NI:origin of fire crews'}),
        ('Тайынша ауданының', 0, 'district', 'Taiynsha District', NKR, {'note': 'NI:inside the name of an authority that closed the canteen (a measure)'}),
     ],
     inc={NKR: (2, 'canteen poisoning of 23 pupils in Kellerovka (doubtful: non-fatal); shop fire in Mamlyutka')}),

dict(id='s020', date='2016-10-12', lang='kk',
     event='2016 rock fall at the Molodezhnaya mine in Khromtau and poachers shooting a ranger in the Irgiz-Turgai reserve, Irgiz district (Aktobe Region)',
     text="""АҚТӨБЕ, 12 қазан (ҚазТАГ) – Хромтау қаласындағы Дөң тау-кен байыту комбинатының «Молодежная» шахтасында жыныс опырылып, бір кенші қаза тапты, тағы екеуі жарақат алды. Бұл туралы Ақтөбе облысының төтенше жағдайлар департаменті хабарлады.
Апат жер астында 480 метр тереңдікте болған. Жараланғандар Хромтаудағы қалалық ауруханада жатыр, біреуі Ақтөбеге жеткізілді.
Сол күні Ырғыз ауданындағы Ырғыз-Торғай табиғи резерватында браконьерлер инспекторларға оқ атып, бір инспектор жараланды. Оны Ырғыз ауылындағы ауруханаға жеткізді. Полиция Шалқар жақтан келген екі күдіктіні іздеп жатыр.
«Киік аулау маусымы басталғалы браконьерлер облыстың бірнеше ауданында белсенді», – деді резерват директоры Болат Торғаев.
Хромтау кеніштерінен өндірілген хром кені Ақтөбедегі ферроқорытпа зауытына және Ресейдің Орск қаласы арқылы шетелге жөнелтіледі.""",
     ann=[
        ('АҚТӨБЕ', 0, 'city', 'Aktobe', AR, {'note': 'dateline'}),
        ('Хромтау қаласындағы', 0, 'city', 'Khromtau', AR),
        ('Молодежная', 0, 'facility', 'Molodezhnaya mine (Khromtau)', AR, {'subkind': 'mine'}),
        ('Ақтөбе облысының', 0, 'region', AR, AR, {'note': 'inside the name of an authority'}),
        ('Хромтаудағы', 0, 'city', 'Khromtau', AR, {'note': 'NI:hospital town (also the incident town)'}),
        ('Ақтөбеге', 0, 'city', 'Aktobe', AR, {'note': 'NI:hospital city'}),
        ('Ырғыз ауданындағы', 0, 'district', 'Irgiz District', AR),
        ('Ырғыз-Торғай табиғи резерватында', 0, 'facility', 'Irgiz-Turgai nature reserve', AR, {'subkind': 'nature reserve'}),
        ('Ырғыз ауылындағы', 0, 'village', 'Irgiz', AR, {'note': 'NI:hospital village'}),
        ('Шалқар', 0, 'city', 'Shalkar', AR, {'note': 'NI:direction the suspects came from'}),
        ('бірнеше ауданында', 0, 'quantified', 'several districts', N, {'count': None, 'unit': 'district', 'note': 'poaching activity, not incidents'}),
        ('Хромтау', 1, 'city', 'Khromtau', AR, {'note': 'NI:mines as the origin of ore'}),
        ('Ақтөбедегі', 0, 'city', 'Aktobe', AR, {'note': 'NI:destination of ore'}),
        ('Ресейдің', 0, 'foreign', 'Russia', N),
        ('Орск қаласы', 0, 'foreign', 'Orsk', N),
     ],
     inc={AR: (2, 'rock fall at the Molodezhnaya mine in Khromtau; poachers shot a ranger in the Irgiz-Turgai reserve')}),

dict(id='s021', date='2018-03-05', lang='kk',
     event='2018 landslide in Kakpak, Kazygurt district, and a gas cylinder blast on Akhmet Yassawi Street in Kentau (South Kazakhstan Region, before the reform)',
     text="""ШЫМКЕНТ, 5 наурыз (ҚазАқпарат) – Оңтүстік Қазақстан облысы Қазығұрт ауданындағы Қақпақ ауылында жер көшкіні үш тұрғын үйді басып қалды. Бір әйел жарақат алып, Қазығұрт ауылындағы аудандық ауруханаға жеткізілді, 40 тұрғын туыстарының үйіне көшірілді.
Облыстық төтенше жағдайлар департаментінің мәліметінше, көшкін соңғы аптада жауған нөсердің салдарынан болған. Шымкенттен келген мамандар беткейді тексеріп жатыр.
Сол күні Кентау қаласындағы Ахмет Ясауи көшесінде тұрғын үйде газ баллоны жарылып, екі адам күйік алды. Зардап шеккендер Түркістандағы ауруханаға жеткізілді.
Синоптиктер Қазығұрт, Төлеби және Сайрам аудандарында жауын-шашын тағы үш күнге созылатынын ескертті. «Тау бөктеріндегі ауылдардың тұрғындары сақ болуы керек», – деді департамент өкілі Данияр Сайрамбаев.
Қақпақ ауылы Өзбекстан шекарасынан 15 шақырым жерде орналасқан.""",
     ann=[
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', SKR, {'note': 'dateline'}),
        ('Оңтүстік Қазақстан облысы', 0, 'region', SKR, SKR),
        ('Қазығұрт ауданындағы', 0, 'district', 'Kazygurt District', SKR),
        ('Қақпақ ауылында', 0, 'village', 'Kakpak', SKR),
        ('Қазығұрт ауылындағы', 0, 'village', 'Kazygurt', SKR, {'note': 'NI:hospital village'}),
        ('Шымкенттен', 0, 'city', 'Shymkent', SKR, {'note': 'NI:origin of specialists'}),
        ('Кентау қаласындағы', 0, 'city', 'Kentau', SKR),
        ('Ахмет Ясауи көшесінде', 0, 'facility', 'Akhmet Yassawi Street (Kentau)', SKR, {'subkind': 'street', 'note': 'named after a person'}),
        ('Түркістандағы', 0, 'city', 'Turkistan', SKR, {'note': 'NI:hospital town'}),
        ('Қазығұрт', 2, 'district', 'Kazygurt District', SKR, {'note': 'NI:weather warning; list sharing the head noun "аудандарында"'}),
        ('Төлеби', 0, 'district', 'Tolebi District', SKR, {'note': 'NI:weather warning; list sharing the head noun "аудандарында"; variant spelling of Төле би'}),
        ('Сайрам', 0, 'district', 'Sairam District', SKR, {'note': 'NI:weather warning; list sharing the head noun "аудандарында"'}),
        ('Қақпақ ауылы', 0, 'village', 'Kakpak', SKR, {'note': 'NI:background on the village'}),
        ('Өзбекстан', 0, 'foreign', 'Uzbekistan', N),
     ],
     inc={SKR: (2, 'landslide in Kakpak; gas cylinder blast in Kentau (street and town: one event)')}),

dict(id='s022', date='2021-07-20', lang='kk',
     event='2021 rally of Borankul residents over drinking water at the district akimat in Beineu and a sandstorm in Zhetybai, Karakiya district (Mangystau Region)',
     text="""АҚТАУ, 20 шілде (Азаттық) – Маңғыстау облысы Бейнеу ауданындағы Боранқұл кентінің 200-ге жуық тұрғыны ауыз су тапшылығына наразылық білдіріп, Бейнеу ауылындағы аудан әкімдігінің алдына жиналды. Тұрғындардың айтуынша, Боранқұлға су бір айдан бері тек көлікпен тасылып келеді.
«Аптасына бір рет келетін су көлігі бәрімізге жетпейді», – деді наразылыққа қатысқан Гүлнар Үстіртова.
Аудан әкімі тұрғындармен кездесіп, жаңа су құбырын жыл соңына дейін салуға уәде берді. Наразылыққа қатысқандардың ешқайсысы ұсталған жоқ.
Маңғыстау облысы ауыз суды негізінен Каспий теңізінің суын тұщыландыру арқылы және Астрахань – Маңғышлақ су құбырымен Еділ өзенінен алады.
Кеше түнде Қарақия ауданындағы Жетібай ауылында құмды дауыл 30 үйдің шатырын ұшырып, электр желілерін үзді. Жетібайға Ақтаудан және Жаңаөзеннен апаттық-құтқару бригадалары жіберілді.""",
     ann=[
        ('АҚТАУ', 0, 'city', 'Aktau', MR, {'note': 'dateline'}),
        ('Маңғыстау облысы', 0, 'region', MR, MR),
        ('Бейнеу ауданындағы', 0, 'district', 'Beineu District', MR),
        ('Боранқұл кентінің', 0, 'village', 'Borankul', MR, {'note': 'NI:residence of the protesters'}),
        ('Бейнеу ауылындағы', 0, 'village', 'Beineu', MR, {'note': 'site of the rally'}),
        ('Боранқұлға', 0, 'village', 'Borankul', MR, {'note': 'NI:water delivery'}),
        ('Маңғыстау облысы', 1, 'region', MR, MR, {'note': 'NI:background on water supply'}),
        ('Каспий теңізінің', 0, 'facility', 'Caspian Sea', N, {'subkind': 'sea'}),
        ('Астрахань', 0, 'foreign', 'Astrakhan', N, {'note': 'pipeline endpoint'}),
        ('Маңғышлақ', 0, 'region', MR, MR, {'uncertain': True, 'note': 'NI:pipeline endpoint; Soviet name of the region, which also names the peninsula'}),
        ('Еділ өзенінен', 0, 'foreign', 'Volga', N, {'subkind': 'river', 'note': 'river in Russia'}),
        ('Қарақия ауданындағы', 0, 'district', 'Karakiya District', MR),
        ('Жетібай ауылында', 0, 'village', 'Zhetybai', MR),
        ('Жетібайға', 0, 'village', 'Zhetybai', MR, {'note': 'NI:destination of rescue crews'}),
        ('Ақтаудан', 0, 'city', 'Aktau', MR, {'note': 'NI:origin of rescue crews'}),
        ('Жаңаөзеннен', 0, 'city', 'Zhanaozen', MR, {'note': 'NI:origin of rescue crews'}),
     ],
     inc={MR: (2, 'rally over drinking water at the akimat in Beineu; sandstorm in Zhetybai')}),

dict(id='s023', date='2024-04-08', lang='kk',
     event='2024 spring flood on the Ayagoz river in Madeniet and Saryarka villages, Ayagoz district, and a bus-lorry collision on Shakarim Avenue in Semey (Abai Region); akimat post in the Kazakh Latin alphabet; misspelt Уржар',
     text="""СЕМЕЙ, 8 сәуір (Abai.kz) – Абай облысының Аягөз ауданында көктемгі су тасқыны жалғасып жатыр. Аягөз өзені арнасынан асып, Мәдениет пен Сарыарқа ауылдарындағы 70-ке жуық үйді су басты. Бұл туралы облыстық төтенше жағдайлар департаменті хабарлады.
Екі ауылдан 300-ден астам тұрғын Аягөз қаласындағы мектептер мен спорт кешеніне көшірілді. Құтқарушыларға көмекке Уржар және Көкпекті аудандарынан техника жіберілді.
Аудан әкімдігі әлеуметтік желідегі парақшасында латын әліпбиімен былай деп жазды: «Aıagóz aýdanynyń Mádenıet jáne Saryarqa aýyldarynda sý deńgeıi tómendeı bastady».
Сонымен қатар сенбі күні Семейдегі Шәкәрім даңғылында қалалық автобус пен жүк көлігі соқтығысып, алты жолаушы жарақат алды.
Аягөз ауданы – облыстағы ең ірі аудан, оның орталығы Семейден 270 шақырым жерде. Абай облысы 2022 жылы Шығыс Қазақстан облысынан бөлініп құрылған.""",
     ann=[
        ('СЕМЕЙ', 0, 'city', 'Semey', ABR, {'note': 'dateline'}),
        ('Абай облысының', 0, 'region', ABR, ABR),
        ('Аягөз ауданында', 0, 'district', 'Ayagoz District', ABR),
        ('Аягөз өзені', 0, 'facility', 'Ayagoz river', N, {'subkind': 'river'}),
        ('Мәдениет', 0, 'village', 'Madeniet', ABR, {'note': 'list sharing the head noun "ауылдарындағы"'}),
        ('Сарыарқа', 0, 'village', 'Saryarka', ABR, {'note': 'list sharing the head noun "ауылдарындағы"'}),
        ('Аягөз қаласындағы', 0, 'city', 'Ayagoz', ABR, {'note': 'NI:evacuation point'}),
        ('Уржар', 0, 'district', 'Urzhar District', ABR, {'note': 'NI:origin of equipment; misspelt (Үржар); list sharing the head noun "аудандарынан"'}),
        ('Көкпекті', 0, 'district', 'Kokpekty District', ABR, {'note': 'NI:origin of equipment; list sharing the head noun "аудандарынан"'}),
        ('Aıagóz aýdanynyń', 0, 'district', 'Ayagoz District', ABR, {'note': 'Kazakh Latin alphabet'}),
        ('Mádenıet', 0, 'village', 'Madeniet', ABR, {'note': 'Kazakh Latin alphabet; list sharing the head noun "aýyldarynda"'}),
        ('Saryarqa', 0, 'village', 'Saryarka', ABR, {'note': 'Kazakh Latin alphabet; list sharing the head noun "aýyldarynda"'}),
        ('Семейдегі', 0, 'city', 'Semey', ABR),
        ('Шәкәрім даңғылында', 0, 'facility', 'Shakarim Avenue (Semey)', ABR, {'subkind': 'street', 'note': 'named after a person'}),
        ('Аягөз ауданы', 0, 'district', 'Ayagoz District', ABR, {'note': 'NI:background on the district'}),
        ('Семейден', 0, 'city', 'Semey', ABR, {'note': 'NI:reference point'}),
        ('Абай облысы', 0, 'region', ABR, ABR, {'note': 'NI:background'}),
        ('Шығыс Қазақстан облысынан', 0, 'region', EKR, EKR, {'note': 'NI:former unit'}),
     ],
     inc={ABR: (2, 'flood in Madeniet and Saryarka (Ayagoz district): one natural disaster; bus-lorry collision on Shakarim Avenue in Semey')}),

dict(id='s024', date='2026-05-25', lang='kk',
     event='2026 international ethno-festival in Ulytau village (Ulytau Region; no incident)',
     text="""ҰЛЫТАУ, 25 мамыр (ҚазАқпарат) – Ұлытау облысының Ұлытау ауылында «Ұлы дала мұрасы» атты халықаралық этнофестиваль басталды. Оған елдің 17 облысынан және Түркия, Моңғолия, Өзбекстан мен Қырғызстаннан 3 мыңға жуық қонақ келді.
Фестиваль аясында Жошы хан кесенесі мен Алаша хан кесенесіне экскурсиялар ұйымдастырылды. Қонақтардың көбі Астанадан, Алматыдан және Шымкенттен Жезқазған әуежайы (DZN) арқылы ұшып келіп, Ұлытауға автобуспен жеткізілді.
«Ұлытау – қазақ мемлекеттілігінің бесігі. Биыл туристер саны екі есе өсті», – деді облыстық туризм басқармасының басшысы Жанар Сәтбаева.
Фестивальге Сәтбаев қаласындағы Қаныш Сәтбаев музейінің қызметкерлері де қатысты.
Ұлытау облысы 2022 жылы Қарағанды облысынан бөлініп құрылды, орталығы – Жезқазған.""",
     ann=[
        ('ҰЛЫТАУ', 0, 'village', 'Ulytau', UR, {'note': 'dateline'}),
        ('Ұлытау облысының', 0, 'region', UR, UR),
        ('Ұлытау ауылында', 0, 'village', 'Ulytau', UR),
        ('17 облысынан', 0, 'quantified', '17 regions', N, {'count': 17, 'unit': 'region', 'note': 'origin of guests, not incidents'}),
        ('Түркия', 0, 'foreign', 'Turkey', N),
        ('Моңғолия', 0, 'foreign', 'Mongolia', N),
        ('Өзбекстан', 0, 'foreign', 'Uzbekistan', N),
        ('Қырғызстаннан', 0, 'foreign', 'Kyrgyzstan', N),
        ('Жошы хан кесенесі', 0, 'facility', 'Jochi Khan Mausoleum', UR, {'subkind': 'mausoleum'}),
        ('Алаша хан кесенесіне', 0, 'facility', 'Alasha Khan Mausoleum', UR, {'subkind': 'mausoleum'}),
        ('Астанадан', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of guests'}),
        ('Алматыдан', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of guests'}),
        ('Шымкенттен', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:origin of guests'}),
        ('Жезқазған әуежайы', 0, 'facility', 'Zhezkazgan Airport', UR, {'subkind': 'airport'}),
        ('DZN', 0, 'facility', 'Zhezkazgan Airport', UR, {'subkind': 'airport code'}),
        ('Ұлытауға', 0, 'village', 'Ulytau', UR),
        ('Ұлытау', 2, 'village', 'Ulytau', UR, {'uncertain': True, 'note': '"the cradle of statehood": may mean the village, the mountains or the land around'}),
        ('Сәтбаев қаласындағы', 0, 'city', 'Satpayev', UR),
        ('Ұлытау облысы', 0, 'region', UR, UR),
        ('Қарағанды облысынан', 0, 'region', KR, KR, {'note': 'former unit'}),
        ('Жезқазған', 1, 'city', 'Zhezkazgan', UR, {'note': 'regional centre'}),
     ],
     inc={}),
]
