"""Kazakh texts of the ninety-third unseen check corpus (Cyrillic; p023 quotes a post in the
Kazakh Latin alphabet of January 2021)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p017', date='1997-05-13', lang='kk',
     event='1997 fire in the basement of the former regional administration building in Taldykorgan, weeks after Taldy-Kurgan Region was merged into Almaty Region (Almaty Region); officials moving to Almaty, relatives in Tekeli and Sarkand',
     text="""Талдықорғандағы бұрынғы әкімдік ғимаратында өрт шықты
ТАЛДЫҚОРҒАН, 13 мамыр. ҚазАқпарат – Талдықорған қаласындағы бұрынғы облыстық әкімдік ғимаратының жертөлесінде жексенбі күні түнде өрт шықты. Мұрағат құжаттары сақталған бөлмелер жанып кетті, зардап шеккендер жоқ.
Сәуір айында Талдықорған облысы таратылып, оның жері Алматы облысына қосылды. Облыс орталығы Алматы қаласына көшірілді, сондықтан ғимарат бос тұрған.
«Жиырма жыл осы ғимаратта жұмыс істедім. Енді отбасыммен Алматыға көшеміз, ұлым сонда оқиды», – дейді бұрынғы облыстық қаржы басқармасының қызметкері Гүлжан Әбілова. Оның ата-анасы Текеліде, інісі Сарқанда тұрады.
Қала тұрғындарының айтуынша, бос ғимаратқа түнде жасөспірімдер кіріп жүрген. Өрттің себебін полиция анықтап жатыр.""",
     ann=[
        ('Талдықорғандағы', 0, 'city', 'Taldykorgan', ALR, {'note': 'headline; Almaty Region after the April 1997 merger (until 2022)'}),
        ('ТАЛДЫҚОРҒАН', 0, 'city', 'Taldykorgan', ALR, {'note': 'dateline'}),
        ('Талдықорған қаласындағы', 0, 'city', 'Taldykorgan', ALR),
        ('Талдықорған облысы', 0, 'region', ALR, ALR, {'uncertain': True, 'note': 'NI:background; the Taldy-Kurgan Region abolished in April 1997, labelled with the unit holding its land on the article date'}),
        ('Алматы облысына', 0, 'region', ALR, ALR, {'note': 'NI:background'}),
        ('Алматы қаласына', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:new seat of the regional administration'}),
        ('Алматыға', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:destination of a move'}),
        ('Текеліде', 0, 'city', 'Tekeli', ALR, {'note': 'NI:residence of parents'}),
        ('Сарқанда', 0, 'city', 'Sarkand', ALR, {'note': 'NI:residence of a brother'}),
     ],
     inc={ALR: (1, 'night fire in the basement of the former regional administration building in Taldykorgan')}),

dict(id='p018', date='2021-01-28', lang='kk',
     event='2021 migrants from Turkistan Region in the capital: a gas explosion in a rented house in Kosshy (Tselinograd district, Akmola Region) and a fire in a dormitory on Zhenis Avenue in Nur-Sultan (Astana); origins in Kentau, Saryagash, Maktaaral district and Shymkent; relatives in Turkistan and Shymkent; "бірнеше аудан"',
     text="""Оңтүстіктен елордаға: көшіп келгендер не дейді?
НҰР-СҰЛТАН, 28 қаңтар. Kazinform – Соңғы жылдары Нұр-Сұлтанға оңтүстік өңірлерден мыңдаған отбасы көшіп келді. Олардың көбі қала маңындағы ауылдарда үй жалдап тұрады. Біз бірнеше отбасымен сөйлестік.
Дәулет Сейітқұлов Кентаудан 2015 жылы келген. «Кентауда зауыт жабылды, жұмыс қалмады. Мұнда құрылыста істеймін», – дейді ол. Отбасы Қосшы ауылында тұрады.
Дәл осы Қосшыда дүйсенбі күні таңертең жалға алынған жеке үйде газ жарылды. Ақмола облысының төтенше жағдайлар департаментінің хабарлауынша, үй иесі мен оның екі баласы күйік алып, ауруханаға жеткізілді. Зардап шеккен отбасы Сарыағаштан көшіп келген екен. «Олардың туыстары Түркістанда тұрады, бүгін олар да жолға шықты», – дейді көршісі.
Айгүл Мырзахметова Мақтаарал ауданынан келген. Күйеуі такси жүргізеді, ал өзі базарда сауда жасайды. «Шешем Шымкентте, ағам Мақтааралда қалды. Жылына бір рет барамыз», – дейді ол.
Ал сейсенбі күні түнде елорданың өзінде, Жеңіс даңғылындағы жатақханада өрт шықты. Ондағы 80 тұрғынның басым бөлігі оңтүстіктің бірнеше ауданынан келген жастар. Қала төтенше жағдайлар департаментінің мәліметінше, бір адам түтіннен уланды.
Статистика комитетінің дерегінше, 2020 жылы елордаға Түркістан облысынан 9 мыңнан астам адам көшіп келген. Шымкенттен көшіп келгендер де аз емес. Мамандар көші-қонның басты себебі жұмыс пен жалақы екенін айтады. Қала маңындағы ауылдарда жалға берілетін үйлердің бағасы соңғы екі жылда екі есеге жуық өсті, ал көптеген үйлерде газ жабдықтары ескі. Төтенше жағдайлар қызметкерлері жалға үй алғанда газ плитасы мен баллонның жағдайын тексеруге кеңес береді.
«Бастысы – балалар жақсы мектепте оқысын. Түркістанда да, Астанада да бәрібір жұмыс істеу керек», – деп күледі Айгүл. Ол қаланы әлі де көне атымен Астана деп атайды.""",
     ann=[
        ('НҰР-СҰЛТАН', 0, 'city', 'Astana', 'Astana', {'note': 'dateline; the capital named Nur-Sultan 2019-2022'}),
        ('Нұр-Сұлтанға', 0, 'city', 'Astana', 'Astana', {'note': 'NI:destination of migrants'}),
        ('Кентаудан', 0, 'city', 'Kentau', TR, {'note': 'NI:origin'}),
        ('Кентауда', 0, 'city', 'Kentau', TR, {'note': 'NI:background (plant closed)'}),
        ('Қосшы ауылында', 0, 'village', 'Kosshy', AKR, {'note': 'NI:residence; village status until 2021'}),
        ('Қосшыда', 0, 'village', 'Kosshy', AKR),
        ('Ақмола облысының', 0, 'region', AKR, AKR, {'note': 'inside the name of an authority'}),
        ('Сарыағаштан', 0, 'city', 'Saryagash', TR, {'note': 'NI:origin'}),
        ('Түркістанда', 0, 'city', 'Turkistan', TR, {'note': 'NI:residence of relatives'}),
        ('Мақтаарал ауданынан', 0, 'district', 'Maktaaral District', TR, {'note': 'NI:origin'}),
        ('Шымкентте', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:residence of mother'}),
        ('Мақтааралда', 0, 'district', 'Maktaaral District', TR, {'uncertain': True, 'note': 'NI:residence of brother; bare name, read as the district named before'}),
        ('Жеңіс даңғылындағы', 0, 'facility', 'Zhenis Avenue (Astana)', 'Astana', {'subkind': 'street'}),
        ('бірнеше ауданынан', 0, 'quantified', 'several districts', N, {'count': None, 'unit': 'district', 'note': 'NI:origins of residents'}),
        ('Түркістан облысынан', 0, 'region', TR, TR, {'note': 'NI:origin of migrants (statistics)'}),
        ('Шымкенттен', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:origin of migrants'}),
        ('Түркістанда', 1, 'city', 'Turkistan', TR, {'uncertain': True, 'note': 'NI:in a quote; the town or, loosely, the region'}),
        ('Астанада', 0, 'city', 'Astana', 'Astana', {'note': 'NI:the capital called by its former (and later) name by a speaker in 2021'}),
        ('Астана', 0, 'city', 'Astana', 'Astana', {'note': 'NI:the name itself, quoted'}),
     ],
     inc={AKR: (1, 'gas explosion in a rented house in Kosshy, three hurt'),
          'Astana': (1, 'night fire in a dormitory on Zhenis Avenue, one poisoned by smoke')}),

dict(id='p019', date='2014-09-09', lang='kk',
     event='2014 fatal collision on the road near Zhalagash (Kyzylorda Region), two oil workers dead; workers from Aral and Kazaly returning from the Kumkol field; a brother in Tashkent and work in Aktau',
     text="""Жалағаш маңында жол апаты: екі мұнайшы қаза тапты
ҚЫЗЫЛОРДА, 9 қыркүйек. ҚазАқпарат – Жалағаш ауданында Қызылорда – Жезқазған тас жолының бойында жеңіл көлік пен жүк көлігі соқтығысып, екі адам қаза тапты, үш адам жарақат алды. Бұл туралы облыстық полиция департаменті хабарлады.
Жеңіл көліктегілер Құмкөл кен орнынан вахтадан қайтып келе жатқан мұнайшылар еді. Жарақат алған Бауыржан Есенов ауруханада тілшімізге былай деді: «Мен Аралданмын, ал досым Қазалыдан. Екеуміз бұрын Ақтауда істедік, кейін осында ауыстық». Оның ағасы Ташкентте тұрады.
Полиция жүк көлігінің жүргізушісі қарсы жолаққа шығып кеткенін айтады. Жүргізуші ұсталды, оқиға бойынша қылмыстық іс қозғалды. Апаттан кейін жол екі сағатқа жабылды.""",
     ann=[
        ('Жалағаш', 0, 'village', 'Zhalagash', KZR, {'note': 'headline; district centre (village)'}),
        ('ҚЫЗЫЛОРДА', 0, 'city', 'Kyzylorda', KZR, {'note': 'dateline'}),
        ('Жалағаш ауданында', 0, 'district', 'Zhalagash District', KZR),
        ('Қызылорда', 0, 'city', 'Kyzylorda', KZR, {'note': 'NI:road endpoint'}),
        ('Жезқазған', 0, 'city', 'Zhezkazgan', KR, {'note': 'NI:road endpoint; Karaganda Region before 2022-06-08'}),
        ('Құмкөл кен орнынан', 0, 'facility', 'Kumkol oil field', KZR, {'subkind': 'oil field', 'note': 'NI:workplace', 'uncertain': True}),
        ('Аралданмын', 0, 'city', 'Aral', KZR, {'note': 'NI:origin; "I am from Aral"'}),
        ('Қазалыдан', 0, 'city', 'Kazaly', KZR, {'note': 'NI:origin'}),
        ('Ақтауда', 0, 'city', 'Aktau', MR, {'note': 'NI:former workplace'}),
        ('Ташкентте', 0, 'foreign', 'Tashkent', N, {'note': 'NI:residence of a brother'}),
     ],
     inc={KZR: (1, 'car-lorry collision on the Kyzylorda-Zhezkazgan road in Zhalagash district, two dead')}),

dict(id='p020', date='2009-02-17', lang='kk',
     event='2009 house fire in Kandyagash (Mugalzhar district, Aktobe Region), two children rescued by a neighbour; family moved from Shalkar; relatives in Orenburg and Atyrau',
     text="""Қандыағашта көрші екі баланы өрттен құтқарды
АҚТӨБЕ, 17 ақпан. «Ақтөбе ақшамы» – Мұғалжар ауданының Қандыағаш қаласында жеке тұрғын үйде өрт шығып, екі бала түтіннен уланды. Балаларды көршісі Серік Әмиров терезені сындырып, алып шықты, деп хабарлады облыстық төтенше жағдайлар департаменті.
«Анасы дүкенге кетіп еді. Түтінді көріп, жүгіріп бардым», – дейді Серік. Өзі Шалқардан үш жыл бұрын көшіп келген, темір жолда істейді.
Балалардың әкесі Ресейдің Орынбор қаласында жұмыс істейді, ол ұлдарының хабарын естіп, жолға шыққан. Әжесі Атыраудан келмекші.
Өрт сөндірушілердің айтуынша, өрттің себебі – пештің ақауы. Департамент тұрғындарды қыста пеш пен электр жылытқыштарды қараусыз қалдырмауға шақырды.""",
     ann=[
        ('Қандыағашта', 0, 'city', 'Kandyagash', AR, {'note': 'headline'}),
        ('АҚТӨБЕ', 0, 'city', 'Aktobe', AR, {'note': 'dateline'}),
        ('Мұғалжар ауданының', 0, 'district', 'Mugalzhar District', AR),
        ('Қандыағаш қаласында', 0, 'city', 'Kandyagash', AR),
        ('Шалқардан', 0, 'city', 'Shalkar', AR, {'note': 'NI:origin'}),
        ('Ресейдің', 0, 'foreign', 'Russia', N, {'note': 'NI:workplace of the father'}),
        ('Орынбор қаласында', 0, 'foreign', 'Orenburg', N, {'note': 'NI:workplace of the father'}),
        ('Атыраудан', 0, 'city', 'Atyrau', ATR, {'note': 'NI:origin of the grandmother'}),
     ],
     inc={AR: (1, 'house fire in Kandyagash, two children poisoned by smoke and rescued')}),

dict(id='p021', date='2017-10-03', lang='kk',
     event='2017 fire in a pilgrims\' hotel in Turkestan (South Kazakhstan Region before the 2018 reform), guests from Taraz and Samarkand evacuated; a hotel worker from Shymkent (South Kazakhstan Region in 2017) and Sozak district',
     text="""Түркістандағы қонақүйде өрт: зияратшылар эвакуацияланды
ТҮРКІСТАН, 3 қазан. Otyrar.kz – Түркістан қаласында Қожа Ахмет Ясауи кесенесінің жанындағы екі қабатты қонақүйде өрт шықты. Ішіндегі 45 адам уақытында шығарылды, бір әйел жарақат алды, деп хабарлады Оңтүстік Қазақстан облысының төтенше жағдайлар департаменті.
Қонақүйде негізінен зияратшылар тұрған. «Біз Таразданбыз, кесенеге зиярат етуге келдік. Түнде айқай естіп ояндық», – дейді Сәуле Әбенова. Өзбекстанның Самарқанд қаласынан келген бір топ зияратшы да көшеге жалаң аяқ шыққан.
Қонақүй әкімшісі Ержан Тұрсынов Шымкенттен келіп жұмыс істейді. Оның айтуынша, өрт асүйден басталған. Ол бала кезін Созақ ауданында өткізген, әке-шешесі әлі сонда тұрады.
Зияратшылар басқа қонақүйлерге орналастырылды.""",
     ann=[
        ('Түркістандағы', 0, 'city', 'Turkistan', SKR, {'note': 'headline; South Kazakhstan Region before 2018-06-19'}),
        ('ТҮРКІСТАН', 0, 'city', 'Turkistan', SKR, {'note': 'dateline'}),
        ('Түркістан қаласында', 0, 'city', 'Turkistan', SKR),
        ('Қожа Ахмет Ясауи кесенесінің', 0, 'facility', 'Mausoleum of Khoja Ahmed Yasawi', SKR, {'subkind': 'mausoleum', 'note': 'reference point for the hotel'}),
        ('Оңтүстік Қазақстан облысының', 0, 'region', SKR, SKR, {'note': 'inside the name of an authority'}),
        ('Таразданбыз', 0, 'city', 'Taraz', JR, {'note': 'NI:origin; "we are from Taraz"'}),
        ('Өзбекстанның', 0, 'foreign', 'Uzbekistan', N, {'note': 'NI:origin'}),
        ('Самарқанд қаласынан', 0, 'foreign', 'Samarkand', N, {'note': 'NI:origin'}),
        ('Шымкенттен', 0, 'city', 'Shymkent', SKR, {'note': 'NI:origin; South Kazakhstan Region before 2018-06-19'}),
        ('Созақ ауданында', 0, 'district', 'Sozak District', SKR, {'note': 'NI:childhood home, residence of parents'}),
     ],
     inc={SKR: (1, 'fire in a two-storey pilgrims\' hotel near the Yasawi mausoleum in Turkestan, one woman hurt')}),

dict(id='p022', date='2023-08-15', lang='kk',
     event='2023 fire at a cattle farm in Shulbinsk near Semey (Abai Region after the 2022 split), 30 calves dead; the farmer moved from Zharma district; relatives in Oskemen (East Kazakhstan Region) and in Novosibirsk',
     text="""Шүлбіде мал фермасы өртенді
СЕМЕЙ, 15 тамыз. Abai.kz – Семей қаласына қарасты Шүлбі кентіндегі мал фермасында түнде өрт шығып, 30 бұзау қырылды. Бұл туралы Абай облысының төтенше жағдайлар департаменті хабарлады. Өрт сөндірушілер жалынды үш сағатта сөндірді.
Ферма иесі Қанат Бейсенов Семейге Жарма ауданынан он жыл бұрын көшіп келген. «Бар жинағымды осы фермаға салдым. Енді несие қалай төлеймін, білмеймін», – дейді ол. Оның інісі Өскеменде, қызы Ресейдің Новосибирск қаласында оқиды.
«Бұрын бәріміз бір облыста едік, Өскеменге барып-келу оңай еді, енді екі облыспыз», – деп күледі фермер.
Өрттің себебі анықталып жатыр. Ауыл тұрғындары фермерге шөп жинап беруге уәде берді.""",
     ann=[
        ('Шүлбіде', 0, 'village', 'Shulbinsk', ABR, {'note': 'headline; settlement administered by Semey'}),
        ('СЕМЕЙ', 0, 'city', 'Semey', ABR, {'note': 'dateline; Abai Region since 2022-06-08'}),
        ('Семей қаласына', 0, 'city', 'Semey', ABR, {'note': 'NI:the city administering the settlement'}),
        ('Шүлбі кентіндегі', 0, 'village', 'Shulbinsk', ABR),
        ('Абай облысының', 0, 'region', ABR, ABR, {'note': 'inside the name of an authority'}),
        ('Семейге', 0, 'city', 'Semey', ABR, {'note': 'NI:destination of a move'}),
        ('Жарма ауданынан', 0, 'district', 'Zharma District', ABR, {'note': 'NI:origin; Abai Region since 2022-06-08'}),
        ('Өскеменде', 0, 'city', 'Oskemen', EKR, {'note': 'NI:residence of a brother'}),
        ('Ресейдің', 0, 'foreign', 'Russia', N, {'note': 'NI:place of study'}),
        ('Новосибирск қаласында', 0, 'foreign', 'Novosibirsk', N, {'note': 'NI:place of study'}),
        ('бір облыста', 0, 'quantified', '1 region', N, {'count': 1, 'unit': 'region', 'uncertain': True, 'note': 'NI:background, East Kazakhstan Region before the split; a numeral used as "the same"'}),
        ('Өскеменге', 0, 'city', 'Oskemen', EKR, {'note': 'NI:destination of trips'}),
        ('екі облыспыз', 0, 'quantified', '2 regions', N, {'count': 2, 'unit': 'region', 'note': 'NI:background ("we are two regions")'}),
     ],
     inc={ABR: (1, 'night fire at a cattle farm in Shulbinsk, 30 calves dead')}),

dict(id='p023', date='2025-04-22', lang='kk',
     event='2025 spring in West Kazakhstan Region told by residents: flooded yards in two villages of Terekti district and a gas explosion in a flat in Aksai (Burlin district); families who moved to Oral from Zhanibek and Kaztalov districts and from Russia\'s Saratov Region; relatives in Atyrau and Samara; a post in the Kazakh Latin alphabet',
     text="""«Су ауламызға кірді»: Батыс Қазақстан облысының тұрғындары не дейді
ОРАЛ, 22 сәуір. «Орал өңірі» – Көктемгі тасқын судың екінші толқыны Батыс Қазақстан облысының Теректі ауданына жетті. Аудан әкімдігінің мәліметінше, екі ауылда – Федоровка мен Подстепныйда – 40-тан астам аулаға су кірді. Адамдар эвакуацияланбады, бірақ жол уақытша жабылды.
Федоровкада тұратын Мәди Құрманов Оралға көшіп кеткен балаларына телефон соғып, жағдайын айтып тұрған екен. «Ұлым Оралда, қызым Атырауда тұрады. Бәрі “үйді тастап, бізге кел” дейді. Қалай тастаймын? Әкем осы ауылда туған», – дейді ол.
Облыс орталығында да көшіп келгендер көп. Жәнібек ауданынан келген Айнұр Сәрсенова Оралда базарда жұмыс істейді. «Ауылда мектеп жабылды, балаларды оқыту үшін келдік», – дейді ол. Оның көршісі Ресейдің Саратов облысынан 2019 жылы көшіп келген. Туыстары әлі күнге дейін Самарада тұрады.
Қазталов ауданынан келген зейнеткер Серік Жұмағалиев: «Біздің ауданнан ғана емес, облыстың бірнеше ауданынан жастар кетіп жатыр», – дейді.
Сол аптада облыстың екінші үлкен қаласы Ақсайда да оқыс оқиға болды. Бөрлі ауданының орталығы Ақсай қаласындағы бес қабатты үйдің пәтерінде газ жарылып, екі адам жарақат алды, 12 пәтердің терезесі сынды. Облыстық төтенше жағдайлар департаменті жарылыстың себебін газ баллонының ақауынан көреді.
Ақсайлық бір тұрғын әлеуметтік желіге латын әліпбиімен былай жазды: «Aqsaida bügın tañerteñ qatty jarylys boldy, bärımız qorqyp qaldyq».
Бөрлі ауданының әкімдігі зардап шеккен отбасыларға уақытша баспана беретінін мәлімдеді. Ал Теректі ауданында су деңгейі аптаның соңына қарай төмендейді деп күтілуде. Синоптиктер Жайық өзенінің деңгейі Орал маңында әлі де көтеріліп тұрғанын ескертті. Мәди Құрманов болса, суы тартылғаннан кейін ауланы тазалап, бақшасына картоп егуге дайындалып жатыр. «Су келеді, кетеді. Біз осы жерде қаламыз», – дейді ол.""",
     ann=[
        ('Батыс Қазақстан облысының', 0, 'region', WKR, WKR, {'note': 'headline'}),
        ('ОРАЛ', 0, 'city', 'Oral', WKR, {'note': 'dateline'}),
        ('Батыс Қазақстан облысының', 1, 'region', WKR, WKR),
        ('Теректі ауданына', 0, 'district', 'Terekti District', WKR),
        ('екі ауылда', 0, 'quantified', '2 villages', N, {'count': 2, 'unit': 'village', 'note': 'both named in the same sentence'}),
        ('Федоровка', 0, 'village', 'Fedorovka (Terekti district)', WKR, {'note': 'a common village name'}),
        ('Подстепныйда', 0, 'village', 'Podstepnoe', WKR, {'note': 'Kazakh locative of the Russian form Подстепный'}),
        ('Федоровкада', 0, 'village', 'Fedorovka (Terekti district)', WKR, {'note': 'NI:residence of the speaker'}),
        ('Оралға', 0, 'city', 'Oral', WKR, {'note': 'NI:destination of a move'}),
        ('Оралда', 0, 'city', 'Oral', WKR, {'note': 'NI:residence of a son'}),
        ('Атырауда', 0, 'city', 'Atyrau', ATR, {'note': 'NI:residence of a daughter'}),
        ('Жәнібек ауданынан', 0, 'district', 'Zhanibek District', WKR, {'note': 'NI:origin'}),
        ('Оралда', 1, 'city', 'Oral', WKR, {'note': 'NI:workplace'}),
        ('Ресейдің', 0, 'foreign', 'Russia', N, {'note': 'NI:origin'}),
        ('Саратов облысынан', 0, 'foreign', 'Saratov Oblast', N, {'note': 'NI:origin'}),
        ('Самарада', 0, 'foreign', 'Samara', N, {'note': 'NI:residence of relatives'}),
        ('Қазталов ауданынан', 0, 'district', 'Kaztalov District', WKR, {'note': 'NI:origin'}),
        ('бірнеше ауданынан', 0, 'quantified', 'several districts', N, {'count': None, 'unit': 'district', 'note': 'NI:origins of young people leaving'}),
        ('Ақсайда', 0, 'city', 'Aksai', WKR),
        ('Бөрлі ауданының', 0, 'district', 'Burlin District', WKR),
        ('Ақсай қаласындағы', 0, 'city', 'Aksai', WKR),
        ('Aqsaida', 0, 'city', 'Aksai', WKR, {'note': "Kazakh Latin alphabet of 2021 in a resident's post"}),
        ('Бөрлі ауданының', 1, 'district', 'Burlin District', WKR, {'note': 'inside the name of an authority'}),
        ('Теректі ауданында', 0, 'district', 'Terekti District', WKR),
        ('Жайық өзенінің', 0, 'facility', 'Ural River', N, {'subkind': 'river'}),
        ('Орал', 1, 'city', 'Oral', WKR, {'note': 'NI:reference point for the river level, no flooding reported'}),
     ],
     inc={WKR: (2, 'flood: more than 40 yards flooded in Fedorovka and Podstepnoe, Terekti district (one flood); gas explosion in a flat in Aksai, two hurt')}),

dict(id='p024', date='1999-03-30', lang='kk',
     event='1999 fatal fall of a builder from scaffolding on the left bank of Astana (the capital, named Astana since May 1998); builders from Karaganda Region, Semey (East Kazakhstan Region before 2022) and Aktobe; the former name Akmola',
     text="""Астанада құрылысшы биіктен құлап қаза тапты
АСТАНА, 30 наурыз. Хабар – Елордадағы сол жағалаудағы салынып жатқан әкімшілік ғимаратында 32 жастағы құрылысшы бесінші қабаттан құлап, қаза тапты. Қалалық еңбек инспекциясы тексеру бастады.
Қаза болған жігіт Қарағанды облысынан келген. Онымен бірге жұмыс істейтін Нұрлан Қасенов Семейден, ал бригадир Ақтөбеден. «Бәріміз жұмыс іздеп келдік. Бұрынғы Ақмоланы танымай қалдым, әр жерде кран тұр», – дейді Нұрлан. Оның айтуынша, жұмысшылар сақтандыру белдігінсіз жұмыс істейді.
Астана былтыр мамыр айында жаңа атауын алды. Қалада қазір жүзден астам нысан салынып жатыр, құрылысшылардың көбі өзге облыстардан келген. Инспекция биыл құрылыс алаңдарында қауіпсіздік ережесінің бұзылуы жиі кездесетінін айтады.""",
     ann=[
        ('Астанада', 0, 'city', 'Astana', 'Astana', {'note': 'headline'}),
        ('АСТАНА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Қарағанды облысынан', 0, 'region', KR, KR, {'note': 'NI:origin'}),
        ('Семейден', 0, 'city', 'Semey', EKR, {'note': 'NI:origin; East Kazakhstan Region before 2022-06-08'}),
        ('Ақтөбеден', 0, 'city', 'Aktobe', AR, {'note': 'NI:origin'}),
        ('Ақмоланы', 0, 'city', 'Astana', 'Astana', {'note': 'NI:the capital under its former name (until May 1998); not Akmola Region'}),
        ('Астана', 0, 'city', 'Astana', 'Astana', {'note': 'NI:background (renaming)'}),
     ],
     inc={'Astana': (1, 'fatal fall of a builder from the fifth floor of a building under construction on the left bank')}),
]
