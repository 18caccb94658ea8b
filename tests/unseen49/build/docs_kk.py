"""Kazakh texts of the forty-ninth unseen check corpus (Cyrillic; p024 quotes a Russian
newspaper headline)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p017', date='1998-04-20', lang='kk',
     event='1998 steppe fire in the Korgalzhyn reserve (Korgalzhyn district, Akmola Region) near the south shore of Lake Tengiz; firefighters from Akmola, the new capital (Astana), and from Astrakhan district (Akmola Region, not Astrakhan in Russia)',
     text="""Қорғалжын қорығында дала өрті
АҚМОЛА, 20 сәуір – Ақмола облысының Қорғалжын ауданындағы мемлекеттік қорықта жексенбі күні басталған дала өрті екі тәулікке созылды. Облыстық төтенше жағдайлар басқармасының мәліметінше, 3 мың гектардан астам құрғақ қамыс пен шөп жанып кетті.
Өрт Теңіз көлінің оңтүстік жағалауына дейін жетті. Қорық қызметкерлері көктемде осы жерге ұя салатын қызғылт қоқиқаздарға қауіп төнді деп алаңдап отыр. Өртті сөндіруге Ақмоладан және көрші Астрахан ауданынан 120 адам мен 15 техника жұмылдырылды.
Қорық директоры Болат Жұмабаев өрт көршілес шаруа қожалықтарының жерінде қурай өртеуден шыққан болуы мүмкін екенін айтты. Бұл – биыл Ақмола облысында тіркелген алғашқы ірі дала өрті.""",
     ann=[
        ('Қорғалжын қорығында', 0, 'facility', 'Korgalzhyn Nature Reserve', AKR, {'subkind': 'nature reserve', 'note': 'headline'}),
        ('АҚМОЛА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline; the capital since December 1997, named Akmola until 1998-05-06'}),
        ('Ақмола облысының', 0, 'region', AKR, AKR, {'note': 'the region, not the capital'}),
        ('Қорғалжын ауданындағы', 0, 'district', 'Korgalzhyn District', AKR),
        ('Теңіз көлінің', 0, 'facility', 'Lake Tengiz', N, {'subkind': 'lake'}),
        ('Ақмоладан', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of firefighters; the capital named Akmola'}),
        ('Астрахан ауданынан', 0, 'district', 'Astrakhan District', AKR, {'note': 'NI:origin of firefighters; district of Akmola Region, not Astrakhan in Russia'}),
        ('Ақмола облысында', 0, 'region', AKR, AKR),
     ],
     inc={AKR: (1, 'steppe fire of more than 3,000 ha in the Korgalzhyn reserve')}),

dict(id='p018', date='2018-07-10', lang='kk',
     event='2018 Turkistan Region three weeks after the renaming: juniper felling in the Sairam-Ugam park (Tolebi district), lightning fire in the Tulkibas part of the Aksu-Zhabagly reserve (which extends into Zhualy district, Jambyl Region), locust damage in Maktaaral district (swarms from Uzbekistan); protest of residents of Karatau district of Shymkent (a city of republican significance since 2018-06-19) against a cement plant; the renaming of South Kazakhstan Region recalled; Central Asia',
     text="""Түркістан облысы: арша кесу, қорықтағы өрт және шегіртке
ШЫМКЕНТ, 10 шілде. ҚазАқпарат – Жаңа атауымен жұмыс істей бастаған Түркістан облысында табиғат қорғау қызметтері үшін шілде айы ауыр басталды.
Сайрам-Өгем ұлттық паркінің инспекторлары Төлеби ауданындағы тау шатқалынан заңсыз кесілген 60-тан астам арша ағашын тапты. Күдіктілер – Ленгер қаласының екі тұрғыны – ұсталды. Олар отынды Шымкенттегі базарда сатпақ болған. Сайрам-Өгем паркінің директоры Нұрлан Есенов арша өте баяу өсетінін, кейбір ағаштардың жасы жүз жылдан асатынын айтып, заңсыз кесушілерге айыппұлды көбейтуді ұсынды.
8 шілдеде Ақсу-Жабағылы қорығының Түлкібас ауданындағы бөлігінде найзағайдан өрт шықты. Қорық қызметкерлері мен құтқарушылар 40 гектар алқаптағы өртті бір тәулікте сөндірді. Ақсу-Жабағылы – 1926 жылы құрылған, Орталық Азиядағы ең көне қорық; оның бір бөлігі Жамбыл облысының Жуалы ауданында орналасқан.
Мақтаарал ауданында мароккалық шегіртке 5 мың гектар мақта мен бақшаны зақымдады. Шаруалардың айтуынша, шегіртке үйірлері Өзбекстан жақтан ұшып келген. Атакент кентінің маңындағы фермер Бақыт Оспанов егістігін екі рет дәрілегенін, бірақ шегіртке қайта оралғанын айтты. Облыс әкімдігі көрші Жетісай ауданынан қосымша техника жіберді. Облыстық ауыл шаруашылығы басқармасы тағы екі ауданда химиялық өңдеу жүргізіліп жатқанын хабарлады.
Ал Шымкентте Қаратау ауданының 70-ке жуық тұрғыны цемент зауытының шаңына наразылық білдіріп, қалалық әкімдік алдына жиналды. Олар зауытты қаладан шығаруды талап етті. Наразылық білдірушілер зауыт 1960 жылдары салынғанын, ол кезде айналасында тұрғын үй болмағанын айтады. Қалалық экология басқармасы тексеру жүргізетінін айтты.
Еске сала кетейік, 19 маусымдағы жарлықпен Оңтүстік Қазақстан облысы Түркістан облысы болып өзгертілді, облыс орталығы Түркістан қаласына көшірілді, ал Шымкент республикалық маңызы бар қалаға айналды. Облыстық әкімдіктің мәліметінше, қорықтар мен ұлттық парктерде өрт қаупі жоғары кезең 1 қазанға дейін жалғасады.""",
     ann=[
        ('Түркістан облысы', 0, 'region', TR, TR, {'note': 'headline; renamed from South Kazakhstan Region on 2018-06-19'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'dateline; city of republican significance since 2018-06-19'}),
        ('Түркістан облысында', 0, 'region', TR, TR),
        ('Сайрам-Өгем ұлттық паркінің', 0, 'facility', 'Sairam-Ugam National Park', TR, {'subkind': 'national park', 'note': 'illegal felling found (not counted)'}),
        ('Төлеби ауданындағы', 0, 'district', 'Tolebi District', TR),
        ('Ленгер қаласының', 0, 'city', 'Lenger', TR, {'note': 'NI:residence of the suspects'}),
        ('Шымкенттегі', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:intended market'}),
        ('Сайрам-Өгем паркінің', 0, 'facility', 'Sairam-Ugam National Park', TR, {'subkind': 'national park', 'note': 'inside the name of an official post'}),
        ('Ақсу-Жабағылы қорығының', 0, 'facility', 'Aksu-Zhabagly Nature Reserve', N, {'subkind': 'nature reserve', 'note': 'reserve extending over Turkistan and Jambyl regions; the fire was in its Tulkibas part'}),
        ('Түлкібас ауданындағы', 0, 'district', 'Tulkibas District', TR),
        ('Ақсу-Жабағылы', 1, 'facility', 'Aksu-Zhabagly Nature Reserve', N, {'subkind': 'nature reserve'}),
        ('Орталық Азиядағы', 0, 'foreign', 'Central Asia', N, {'subkind': 'macro-region', 'uncertain': True, 'note': 'macro-region that includes Kazakhstan'}),
        ('Жамбыл облысының', 0, 'region', JR, JR, {'note': 'NI:background'}),
        ('Жуалы ауданында', 0, 'district', 'Zhualy District', JR, {'note': 'NI:background'}),
        ('Мақтаарал ауданында', 0, 'district', 'Maktaaral District', TR),
        ('Өзбекстан', 0, 'foreign', 'Uzbekistan', N, {'note': 'NI:origin of swarms'}),
        ('Атакент кентінің', 0, 'village', 'Atakent', TR, {'note': 'settlement in Maktaaral district'}),
        ('Жетісай ауданынан', 0, 'district', 'Zhetisay District', TR, {'note': 'NI:origin of machinery; district of Turkistan Region, not Jetisu Region'}),
        ('екі ауданда', 0, 'quantified', '2 districts', N, {'count': 2, 'unit': 'district', 'note': 'spraying, a measure (not counted)'}),
        ('Шымкентте', 0, 'city', 'Shymkent', 'Shymkent'),
        ('Қаратау ауданының', 0, 'district', 'Karatau District (Shymkent)', 'Shymkent', {'subkind': 'city district', 'note': 'district of Shymkent, not the Jambyl town Karatau'}),
        ('Оңтүстік Қазақстан облысы', 0, 'region', TR, TR, {'uncertain': True, 'note': 'NI:background; the region renamed on 2018-06-19, labelled with the unit holding its land on the article date'}),
        ('Түркістан облысы', 1, 'region', TR, TR, {'note': 'NI:background'}),
        ('Түркістан қаласына', 0, 'city', 'Turkistan', TR, {'note': 'NI:new regional seat'}),
        ('Шымкент', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:background'}),
     ],
     inc={TR: (2, 'lightning fire of 40 ha in the Tulkibas part of the Aksu-Zhabagly reserve; locust damage in Maktaaral district (one natural disaster)'),
          'Shymkent': (1, 'protest of about 70 residents of Karatau district at the city akimat against cement dust')}),

dict(id='p019', date='2023-05-24', lang='kk',
     event='2023 fish kill in the Irtysh 20 km below Semey and a steppe fire in Ayagoz district (Abai Region); rally against air pollution in Oskemen (East Kazakhstan Region); both cities in East Kazakhstan Region before 2022-06-08; the region named after the poet Abai; the Semipalatinsk test site and Kurchatov; the Irtysh from China to Russia\'s Omsk Oblast',
     text="""Ертістегі балық қырылуы, Аягөз маңындағы өрт және Өскемендегі жиын
СЕМЕЙ, 24 мамыр. Kazinform – Ертіс өзенінде Семей қаласынан 20 шақырым төмен жағаға мыңдаған өлі балық шығып жатыр. Абай облысының экология департаменті мамандары су сынамаларын алды. Балықшылардың айтуынша, өлген балықтың басым бөлігі – шортан мен табан.
Департамент басшысы Ержан Сапаров судағы оттегінің жетіспеуі басты себеп болуы мүмкін екенін айтты. Ертіс Қытайдан басталып, Шығыс Қазақстан, Абай және Павлодар облыстары арқылы өтіп, Ресейдің Омбы облысына ағады, сондықтан ластану көзін табу оңай емес. Нәтиже шыққанша балық аулауға және өзенде шомылуға уақытша тыйым салынды. Семейдің тұрғындары әлеуметтік желіде өлі балықтың суреттерін жариялап, жағадағы саяжайлардан ағынды су төгілуі мүмкін деп жазды. Департамент бұл болжамды да тексеретінін, сынама нәтижелері бір аптадан кейін белгілі болатынын хабарлады.
Сол күні Аягөз ауданында дала өрті 800 гектар жайылымды шарпыды. Өрт Аягөз қаласына 15 шақырымға дейін жақындады, бірақ ауылдарға зиян келмеді. Өртті сөндіруге 90 құтқарушы мен 20 техника тартылды, олардың арасында көрші Жарма ауданынан келген ерікті өрт сөндірушілер де болды.
Ал Шығыс Қазақстан облысының орталығы Өскеменде 300-ге жуық тұрғын ауаның ластануына қарсы рұқсат етілген жиынға шықты. Қыста қалада түтін мен смог жиі байқалады; тұрғындар металлургия кәсіпорындарының шығарындыларын азайтуды талап етті. Жиын қаладағы Республика алаңында екі сағатқа созылды. Облыс әкімі жиынға қатысушылармен кездесті.
Өткен жылғы 8 маусымға дейін Семей мен Аягөз Шығыс Қазақстан облысының құрамында болған. Жаңа облыс ақын Абай Құнанбайұлының есімімен аталды. Абай облысының аумағында кеңестік кезеңде Семей ядролық сынақ полигоны жұмыс істеді; ол 1991 жылы жабылды. Полигонға жақын Курчатов қаласында қазір Ұлттық ядролық орталық орналасқан.""",
     ann=[
        ('Ертістегі', 0, 'facility', 'Irtysh River', N, {'subkind': 'river', 'note': 'headline'}),
        ('Аягөз', 0, 'city', 'Ayagoz', ABR, {'note': 'headline; "near Ayagoz", reference point of the fire'}),
        ('Өскемендегі', 0, 'city', 'Oskemen', EKR, {'note': 'headline'}),
        ('СЕМЕЙ', 0, 'city', 'Semey', ABR, {'note': 'dateline; Abai Region since 2022-06-08'}),
        ('Ертіс өзенінде', 0, 'facility', 'Irtysh River', N, {'subkind': 'river'}),
        ('Семей қаласынан', 0, 'city', 'Semey', ABR, {'note': 'NI:reference point ("20 km below")'}),
        ('Абай облысының', 0, 'region', ABR, ABR, {'note': 'inside the name of an authority'}),
        ('Ертіс', 1, 'facility', 'Irtysh River', N, {'subkind': 'river'}),
        ('Қытайдан', 0, 'foreign', 'China', N),
        ('Шығыс Қазақстан', 0, 'region', EKR, EKR, {'note': 'NI:course of the river; in a list sharing "облыстары"'}),
        ('Абай', 1, 'region', ABR, ABR, {'note': 'NI:course of the river; in a list sharing "облыстары"'}),
        ('Павлодар', 0, 'region', PR, PR, {'note': 'NI:course of the river; in a list sharing "облыстары"'}),
        ('Ресейдің', 0, 'foreign', 'Russia', N),
        ('Омбы облысына', 0, 'foreign', 'Omsk Oblast', N),
        ('Семейдің', 0, 'city', 'Semey', ABR, {'note': 'NI:residence of people posting photos'}),
        ('Аягөз ауданында', 0, 'district', 'Ayagoz District', ABR),
        ('Аягөз қаласына', 0, 'city', 'Ayagoz', ABR, {'note': 'NI:reference point'}),
        ('Жарма ауданынан', 0, 'district', 'Zharma District', ABR, {'note': 'NI:origin of volunteer firefighters'}),
        ('Шығыс Қазақстан облысының', 0, 'region', EKR, EKR),
        ('Өскеменде', 0, 'city', 'Oskemen', EKR),
        ('Республика алаңында', 0, 'facility', 'Republic Square (Oskemen)', EKR, {'subkind': 'square', 'note': 'place of the rally'}),
        ('Семей', 1, 'city', 'Semey', ABR, {'note': 'NI:background'}),
        ('Аягөз', 3, 'city', 'Ayagoz', ABR, {'note': 'NI:background'}),
        ('Шығыс Қазақстан облысының', 1, 'region', EKR, EKR, {'note': 'NI:former unit of Semey and Ayagoz'}),
        ('Абай облысының', 1, 'region', ABR, ABR, {'note': 'NI:background'}),
        ('Семей ядролық сынақ полигоны', 0, 'facility', 'Semipalatinsk Test Site', N, {'subkind': 'test site', 'note': 'NI:background; the former test site extends over Abai, Pavlodar and Karaganda regions'}),
        ('Курчатов қаласында', 0, 'city', 'Kurchatov', ABR, {'note': 'NI:background'}),
     ],
     inc={ABR: (2, 'fish kill in the Irtysh 20 km below Semey; steppe fire of 800 ha in Ayagoz district'),
          EKR: (1, 'rally of about 300 residents against air pollution in Oskemen')}),

dict(id='p020', date='2024-11-12', lang='kk',
     event='2024 farmers from several districts of West Kazakhstan Region gather at the regional akimat in Oral over saiga eating crops in Bokey Orda and Zhanibek districts; cull started in Kaztalov district; herds reaching Russia\'s Saratov and Astrakhan oblasts',
     text="""Ақбөкен егінді жеп жатыр: Батыс Қазақстан шаруалары әкімдікке жиналды
ОРАЛ, 12 қараша – Батыс Қазақстан облысының бірнеше ауданынан келген 50-ге жуық шаруа Орал қаласындағы облыс әкімдігі алдына жиналып, ақбөкен санын реттеуді талап етті. Шаруалардың айтуынша, мыңдаған ақбөкен Бөкей ордасы мен Жәнібек аудандарындағы егістік пен шабындықты тақырлап кеткен.
Облыстық табиғи ресурстар басқармасының мәліметінше, облыстағы ақбөкен саны соңғы бес жылда бірнеше есе өсіп, 800 мыңнан асты. Үкімет күзде ақбөкен санын реттеу үшін атуға рұқсат берді, бұл жұмыс Казталов ауданында басталды.
Кейбір үйірлер шекарадан өтіп, Ресейдің Саратов және Астрахан облыстарына дейін жетеді. Облыс әкімінің орынбасары Асқар Нұрғалиев шаруаларға келтірілген шығынды өтеу мәселесі қаралатынын айтты.""",
     ann=[
        ('Батыс Қазақстан', 0, 'region', WKR, WKR, {'uncertain': True, 'note': 'headline; "Батыс Қазақстан шаруалары" can also be read as "farmers of western Kazakhstan"'}),
        ('ОРАЛ', 0, 'city', 'Oral', WKR, {'note': 'dateline'}),
        ('Батыс Қазақстан облысының', 0, 'region', WKR, WKR),
        ('бірнеше ауданынан', 0, 'quantified', 'several districts', N, {'count': None, 'unit': 'district', 'note': 'origin of the farmers (not counted)'}),
        ('Орал қаласындағы', 0, 'city', 'Oral', WKR),
        ('Бөкей ордасы', 0, 'district', 'Bokey Orda District', WKR, {'note': 'in a list sharing "аудандарындағы"; crop damage by saiga (not counted)'}),
        ('Жәнібек', 0, 'district', 'Zhanibek District', WKR, {'note': 'in a list sharing "аудандарындағы"'}),
        ('Казталов ауданында', 0, 'district', 'Kaztalov District', WKR, {'note': 'cull, an official measure'}),
        ('Ресейдің', 0, 'foreign', 'Russia', N),
        ('Саратов', 0, 'foreign', 'Saratov Oblast', N, {'note': 'in a list sharing "облыстарына"'}),
        ('Астрахан', 0, 'foreign', 'Astrakhan Oblast', N, {'note': 'in a list sharing "облыстарына"; not Astrakhan district of Akmola Region'}),
     ],
     inc={WKR: (1, 'gathering of about 50 farmers outside the regional akimat in Oral')}),

dict(id='p021', date='2010-05-18', lang='kk',
     event='2010 reed fire of 600 ha on the shore of Lake Kamystybas, Aral district (Kyzylorda Region), reaching the Syr Darya and two cattle pens in the village of Kamystybas; the Small Aral and the Kokaral dam; Moynaq on the Uzbek side',
     text="""Арал ауданында қамыс өртенді
ҚЫЗЫЛОРДА, 18 мамыр – Арал ауданындағы Қамыстыбас көлінің жағалауында жексенбі күні қамыс өртеніп, 600 гектар алқап күйді. Облыстық төтенше жағдайлар департаментінің хабарлауынша, өрт Сырдария өзенінің арнасына дейін жетіп, Қамыстыбас ауылының шетіндегі екі мал қорасын шарпыды. Адам шығыны жоқ.
Биыл көктемде Кіші Аралға құятын су көбейіп, жағадағы ауылдарда балық аулау қайта жанданды. Көкарал бөгеті 2005 жылы салынғаннан бері Арал қаласынан теңізге дейінгі қашықтық 70 шақырымнан 20 шақырымға дейін қысқарды. Ал теңіздің Өзбекстан жағындағы оңтүстік бөлігі, Мойнақ маңы, тартыла беруде.
Өрттің себебі анықталып жатыр. Департамент шаруаларды көктемде қамыс өртемеуге шақырды.""",
     ann=[
        ('Арал ауданында', 0, 'district', 'Aral District', KZR, {'note': 'headline'}),
        ('ҚЫЗЫЛОРДА', 0, 'city', 'Kyzylorda', KZR, {'note': 'dateline'}),
        ('Арал ауданындағы', 0, 'district', 'Aral District', KZR),
        ('Қамыстыбас көлінің', 0, 'facility', 'Lake Kamystybas', N, {'subkind': 'lake'}),
        ('Сырдария өзенінің', 0, 'facility', 'Syr Darya', N, {'subkind': 'river'}),
        ('Қамыстыбас ауылының', 0, 'village', 'Kamystybas', KZR, {'note': 'the village, not the lake'}),
        ('Кіші Аралға', 0, 'facility', 'North Aral Sea', N, {'subkind': 'sea'}),
        ('Көкарал бөгеті', 0, 'facility', 'Kokaral Dam', KZR, {'subkind': 'dam'}),
        ('Арал қаласынан', 0, 'city', 'Aral', KZR, {'note': 'NI:reference point'}),
        ('Өзбекстан', 0, 'foreign', 'Uzbekistan', N),
        ('Мойнақ', 0, 'foreign', 'Moynaq', N),
     ],
     inc={KZR: (1, 'reed fire of 600 ha at Lake Kamystybas that reached two cattle pens in Kamystybas')}),

dict(id='p022', date='2006-09-14', lang='kk',
     event='2006 fish kill in Lake Balkhash near the town of Balkhash and its copper smelter (Karaganda Region); the south shore in Almaty Region; fishermen of Priozersk',
     text="""Балқаш көлінде балық қырылды
БАЛҚАШ, 14 қыркүйек – Балқаш қаласының маңында көл жағасына тонналаған өлі балық шығып жатыр. Балықшылардың айтуынша, алғашқы өлі балық 11 қыркүйекте Балқаш мыс балқыту зауытының жанындағы шығанақта байқалған.
Қарағанды облысының табиғат қорғау басқармасы су сынамаларын алып, зертханаға жіберді, облыстық әкімдік арнайы комиссия құрды. Қала тұрғындары бұған дейін де зауыттың шығарындыларына шағымданған: желсіз күндері қала үстінде күкірт иісі тұрады.
Ғалымдардың айтуынша, көлдің батыс бөлігі тұщы, ал шығыс бөлігі ащы, сондықтан ластану мен ыстық ауа райы балыққа әртүрлі әсер етеді. Көлдің оңтүстік жағалауы Алматы облысына қарайды. Приозерск қаласының балықшылары әзірге өлі балық көрмеген.""",
     ann=[
        ('Балқаш көлінде', 0, 'facility', 'Lake Balkhash', N, {'subkind': 'lake', 'note': 'headline'}),
        ('БАЛҚАШ', 0, 'city', 'Balkhash', KR, {'note': 'dateline; the town, not the lake'}),
        ('Балқаш қаласының', 0, 'city', 'Balkhash', KR),
        ('Балқаш мыс балқыту зауытының', 0, 'facility', 'Balkhash Copper Smelter', KR, {'subkind': 'plant'}),
        ('Қарағанды облысының', 0, 'region', KR, KR, {'note': 'inside the name of an authority'}),
        ('Алматы облысына', 0, 'region', ALR, ALR, {'note': 'NI:background (the south shore)'}),
        ('Приозерск қаласының', 0, 'city', 'Priozersk', KR, {'note': 'NI:residence of fishermen; no fish kill there'}),
     ],
     inc={KR: (1, 'fish kill in Lake Balkhash near the town of Balkhash')}),

dict(id='p023', date='2025-07-22', lang='kk',
     event='2025 forest fire in the Zhongar-Alatau national park, Sarkand district, and locust damage near Usharal, Alakol district (Jetisu Region); protest in Talgar against a quarry at the Ile-Alatau national park (Almaty Region, seat in Konaev); snow leopard poachers near Almaty on trial; the 2022 split and the renaming of Kapshagay recalled',
     text="""Жетісу мен Алматы облыстары: орман өрті, шегіртке және карьерге қарсы жиын
ТАЛДЫҚОРҒАН, 22 шілде. ҚазАқпарат – Жетісу облысының Сарқан ауданындағы Жоңғар-Алатау ұлттық паркінде үш күнге созылған орман өрті сөндірілді. Облыстық төтенше жағдайлар департаментінің мәліметінше, 150 гектар шыршалы орман күйген. Өртті сөндіруге Талдықорғаннан, Текеліден және көрші Абай облысынан құтқарушылар келді, тікұшақ Сарқан өзенінен су тасыды. Өрт шыққан шатқал Қытаймен шекарадан 40 шақырым жерде. Парк директорының айтуынша, бұл биылғы үшінші өрт, алдыңғы екеуі шағын болған. Өрт кезінде Лепсі өзенінің жоғарғы ағысындағы омартачылар уақытша көшірілді.
Алакөл ауданында шегірткенің жаңа ошақтары анықталды: Үшарал маңындағы 3 мың гектар жоңышқа мен жайылым зақымданды. Мамандардың айтуынша, шегіртке Қытай шекарасы жақтан келуі мүмкін. Облыс әкімдігі зардап шеккен шаруаларға тұқым мен жем беруге уәде етті.
Ал Алматы облысында Талғар ауданының тұрғындары Іле-Алатау ұлттық паркінің шекарасындағы тас карьерін кеңейтуге қарсы Талғар қаласында жиын өткізді. Жиынға 200-ге жуық адам қатысты. Тұрғындардың айтуынша, карьерден шыққан шаң Талғар өзеніне түсіп, өзен суы лайланған. «Біз тау мен өзенді балаларымызға сақтап қалғымыз келеді», – деді жиынды ұйымдастырушылардың бірі Айгүл Сейітова. Облыс орталығы Қонаевтан келген әкімдік өкілдері тексеру аяқталғанша карьер жұмысы тоқтатылатынын айтты.
Іле-Алатауда тағы бір оқиға: сәуірде Алматыға жақын тау шатқалында қар барысын атып алған екі браконьер сот алдында жауап береді. Олар ұсталған кезде көлігінен барыстың терісі табылған. Қар барысы Қазақстанның Қызыл кітабына енгізілген.
Еске сала кетейік, Сарқан мен Алакөл аудандары, Талдықорған мен Текелі 2022 жылдың маусымына дейін Алматы облысының құрамында болған. Жаңа Жетісу облысы құрылған соң, Алматы облысының орталығы Қапшағайға көшірілді, ал қала кейін Қонаев деп аталды.""",
     ann=[
        ('Жетісу', 0, 'region', JTR, JTR, {'note': 'headline; in a list sharing "облыстары"'}),
        ('Алматы', 0, 'region', ALR, ALR, {'note': 'headline; in a list sharing "облыстары"'}),
        ('ТАЛДЫҚОРҒАН', 0, 'city', 'Taldykorgan', JTR, {'note': 'dateline'}),
        ('Жетісу облысының', 0, 'region', JTR, JTR),
        ('Сарқан ауданындағы', 0, 'district', 'Sarkand District', JTR),
        ('Жоңғар-Алатау ұлттық паркінде', 0, 'facility', 'Zhongar-Alatau National Park', JTR, {'subkind': 'national park'}),
        ('Талдықорғаннан', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:origin of rescuers'}),
        ('Текеліден', 0, 'city', 'Tekeli', JTR, {'note': 'NI:origin of rescuers'}),
        ('Абай облысынан', 0, 'region', ABR, ABR, {'note': 'NI:origin of rescuers'}),
        ('Сарқан өзенінен', 0, 'facility', 'Sarkand River', N, {'subkind': 'river', 'note': 'the river, not the district or the town'}),
        ('Қытаймен', 0, 'foreign', 'China', N, {'note': 'NI:reference point'}),
        ('Лепсі өзенінің', 0, 'facility', 'Lepsy River', N, {'subkind': 'river', 'note': 'precautionary evacuation (not counted)'}),
        ('Алакөл ауданында', 0, 'district', 'Alakol District', JTR),
        ('Үшарал', 0, 'city', 'Usharal', JTR),
        ('Қытай', 0, 'foreign', 'China', N, {'note': 'NI:possible origin of the locusts'}),
        ('Алматы облысында', 0, 'region', ALR, ALR),
        ('Талғар ауданының', 0, 'district', 'Talgar District', ALR, {'note': 'NI:residence of protesters'}),
        ('Іле-Алатау ұлттық паркінің', 0, 'facility', 'Ile-Alatau National Park', ALR, {'subkind': 'national park'}),
        ('Талғар қаласында', 0, 'city', 'Talgar', ALR),
        ('Талғар өзеніне', 0, 'facility', 'Talgar River', N, {'subkind': 'river', 'note': 'the river, not the town or the district'}),
        ('Қонаевтан', 0, 'city', 'Konaev', ALR, {'note': 'NI:regional seat, origin of officials'}),
        ('Іле-Алатауда', 0, 'facility', 'Ile-Alatau National Park', ALR, {'subkind': 'national park', 'note': 'short name of the park; poaching (not counted)'}),
        ('Алматыға', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:reference point'}),
        ('Қазақстанның', 0, 'country', 'Kazakhstan', N),
        ('Сарқан', 2, 'district', 'Sarkand District', JTR, {'note': 'NI:background; in a list sharing "аудандары"'}),
        ('Алакөл', 1, 'district', 'Alakol District', JTR, {'note': 'NI:background; in a list sharing "аудандары"'}),
        ('Талдықорған', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:background'}),
        ('Текелі', 0, 'city', 'Tekeli', JTR, {'note': 'NI:background'}),
        ('Алматы облысының', 0, 'region', ALR, ALR, {'note': 'NI:former unit'}),
        ('Жетісу облысы', 0, 'region', JTR, JTR, {'note': 'NI:background'}),
        ('Алматы облысының', 1, 'region', ALR, ALR, {'note': 'NI:background'}),
        ('Қапшағайға', 0, 'city', 'Konaev', ALR, {'note': 'NI:former name of Konaev'}),
        ('Қонаев', 0, 'city', 'Konaev', ALR, {'note': 'NI:background'}),
     ],
     inc={JTR: (2, 'forest fire of 150 ha in the Zhongar-Alatau park, Sarkand district; locust damage near Usharal, Alakol district'),
          ALR: (1, 'protest of about 200 residents in Talgar against a quarry; snow leopard poaching is not counted')}),

dict(id='p024', date='1992-10-06', lang='kk',
     event='1992 fish kill in the Irtysh below Ust-Kamenogorsk (Oskemen), seen by residents of Glubokoye (East Kazakhstan Region); suspicion on the Ulba metallurgical plant, whose 1990 beryllium explosion is recalled; dead fish down to the border of Semey (Semipalatinsk) Region; Moscow ministry; Omsk Oblast',
     text="""Ертісте балық қырылды: кінә Үлбі зауытында ма?
ӨСКЕМЕН, 6 қазан – Өскемен қаласынан төмен Ертіс өзенінде өткен аптада мыңдаған өлі балық жағаға шықты. Глубокое кентінің тұрғындары судың түсі өзгергенін айтады. Облыстық табиғат қорғау комитеті су сынамаларын Алматыға жіберді, нәтижесі екі аптадан кейін белгілі болмақ.
Жергілікті экологтар күдікті Үлбі металлургия зауытынан көреді. Кәсіпорын кеңес заманында Мәскеудегі министрлікке бағынып, құпия болып келген. 1990 жылдың қыркүйегінде зауытта жарылыс болып, бериллий бұлты қаланың үстіне тарағаны әлі есте.
Өлі балық төменде, Семей облысының шекарасына дейін кездеседі. Орыс тілді газеттердің бірі «Усть-Каменогорск дышит бериллием» деген тақырыппен мақала жариялады. Ертіс одан әрі Ресейдің Омбы облысы арқылы ағады.""",
     ann=[
        ('Ертісте', 0, 'facility', 'Irtysh River', N, {'subkind': 'river', 'note': 'headline'}),
        ('Үлбі зауытында', 0, 'facility', 'Ulba Metallurgical Plant', EKR, {'subkind': 'plant', 'note': 'headline; short name of the plant, not the Ulba river'}),
        ('ӨСКЕМЕН', 0, 'city', 'Oskemen', EKR, {'note': 'dateline'}),
        ('Өскемен қаласынан', 0, 'city', 'Oskemen', EKR, {'note': 'NI:reference point ("below the city")'}),
        ('Ертіс өзенінде', 0, 'facility', 'Irtysh River', N, {'subkind': 'river'}),
        ('Глубокое кентінің', 0, 'village', 'Glubokoye', EKR, {'note': 'settlement on the river below Oskemen'}),
        ('Алматыға', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:laboratory'}),
        ('Үлбі металлургия зауытынан', 0, 'facility', 'Ulba Metallurgical Plant', EKR, {'subkind': 'plant'}),
        ('Мәскеудегі', 0, 'foreign', 'Moscow', N, {'note': 'NI:seat of the Soviet ministry'}),
        ('Семей облысының', 0, 'region', EKR, EKR, {'uncertain': True, 'note': 'NI:reference point; the abolished Semipalatinsk Region (merged into East Kazakhstan Region in 1997), labelled with the canonical unit holding its land'}),
        ('Усть-Каменогорск', 0, 'city', 'Oskemen', EKR, {'note': 'NI:Russian name in a quoted newspaper headline'}),
        ('Ертіс', 1, 'facility', 'Irtysh River', N, {'subkind': 'river'}),
        ('Ресейдің', 0, 'foreign', 'Russia', N),
        ('Омбы облысы', 0, 'foreign', 'Omsk Oblast', N),
     ],
     inc={EKR: (2, 'fish kill in the Irtysh below Oskemen (near Glubokoye); background: the September 1990 explosion at the Ulba plant, narrated explicitly')}),
]
