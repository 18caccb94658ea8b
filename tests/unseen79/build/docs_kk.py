"""Kazakh texts of the seventy-ninth unseen check corpus (Cyrillic; p021 quotes a slogan in the
Kazakh Latin alphabet of February 2018)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p017', date='2005-07-19', lang='kk',
     event='2005 lightning sets fire to three tents and the field laboratory of the archaeologists at the Botai settlement, Aiyrtau district (North Kazakhstan Region); students from Kokshetau (Akmola Region since 1999) and Petropavl; scientists from Britain and the USA; the abolished Kokshetau region',
     text="""Ботай қонысында археологтар лагері өртенді
ПЕТРОПАВЛ, 19 шілде. ҚазАқпарат – Солтүстік Қазақстан облысы Айыртау ауданындағы Ботай қонысында түнде найзағай түсіп, археологтардың үш шатыры мен далалық зертханасы өртенді. Ешкім зардап шеккен жоқ, деп хабарлады облыстық төтенше жағдайлар департаменті.
Ботай – бұдан бес мың жыл бұрын өмір сүрген жылқышылардың қонысы. Ғалымдардың пікірінше, жылқыны алғаш қолға үйреткендер осы жерде тұрған. Қазбаға Көкшетау мен Петропавлдан келген студенттер, сондай-ақ Ұлыбритания мен АҚШ-тан келген ғалымдар қатысып жүр.
Экспедиция жетекшісі Ерлан Қасымовтың айтуынша, жылқы сүйектері салынған жәшіктер аман қалды, бірақ үш жылғы сызбалар мен күнделіктер күйіп кетті. «Жұмысты тоқтатпаймыз, жаңа шатырларды Петропавлдан алдырдық», – деді ол.
Еске салайық, 1997 жылға дейін Айыртау ауданы Көкшетау облысының құрамында болған.""",
     ann=[
        ('Ботай қонысында', 0, 'facility', 'Botai (archaeological site)', NKR, {'subkind': 'archaeological site', 'note': 'headline'}),
        ('ПЕТРОПАВЛ', 0, 'city', 'Petropavl', NKR, {'note': 'dateline'}),
        ('Солтүстік Қазақстан облысы', 0, 'region', NKR, NKR),
        ('Айыртау ауданындағы', 0, 'district', 'Aiyrtau District', NKR),
        ('Ботай қонысында', 1, 'facility', 'Botai (archaeological site)', NKR, {'subkind': 'archaeological site'}),
        ('Ботай', 2, 'facility', 'Botai (archaeological site)', NKR, {'subkind': 'archaeological site', 'note': 'NI:description of the site'}),
        ('Көкшетау', 0, 'city', 'Kokshetau', AKR, {'note': "NI:students' origin; Akmola Region since 1999"}),
        ('Петропавлдан', 0, 'city', 'Petropavl', NKR, {'note': "NI:students' origin"}),
        ('Ұлыбритания', 0, 'foreign', 'United Kingdom', N, {'note': "NI:scientists' origin"}),
        ('АҚШ-тан', 0, 'foreign', 'United States', N, {'note': "NI:scientists' origin"}),
        ('Петропавлдан', 1, 'city', 'Petropavl', NKR, {'note': 'NI:where new tents came from'}),
        ('Айыртау ауданы', 0, 'district', 'Aiyrtau District', NKR, {'note': 'NI:history'}),
        ('Көкшетау облысының', 0, 'region', NKR, NKR, {'uncertain': True, 'note': 'NI:history; the abolished Kokshetau Region (merged into North Kazakhstan Region in 1997), labelled with the unit holding Aiyrtau district on the article date'}),
     ],
     inc={NKR: (1, 'fire: lightning burnt three tents and the field laboratory at the Botai settlement, Aiyrtau district')}),

dict(id='p018', date='2022-09-20', lang='kk',
     event='2022 heritage chronicle three days after the capital was renamed Astana: a wooden 19th-century house (architectural monument) burns in Semey (Abai Region); old gravestones pushed over near the Kozy Korpesh - Bayan Sulu mausoleum, Ayagoz district (vandalism, not counted); a minibus with schoolchildren from Satpayev overturns 40 km from Zhezkazgan on the way back from the Alasha Khan mausoleum (Ulytau Region); exhibition at the National Museum in Astana with finds from Esik, Shilikty and Berel; a new museum hall in Taldykorgan (Jetisu Region) with finds from Koylyk',
     text="""Мұра шежіресі: Семейдегі өрт, Ұлытау облысындағы апат, Астанадағы көрме
АСТАНА, 20 қыркүйек. ҚазАқпарат – Елордаға 17 қыркүйекте Астана атауы қайтарылғаннан кейінгі алғашқы аптада мәдени мұраға қатысты бірнеше оқиға тіркелді.

Абай облысының орталығы Семей қаласында дүйсенбіге қараған түні XIX ғасырда салынған ағаш үй өртенді. Сәулет ескерткіші саналатын бұл ғимарат бір кезде көпес Рахимжановқа тиесілі болған. Түтінді алғаш көрші тұрғындар байқап, өрт сөндіру қызметіне хабарласқан. Өрт сөндірушілер жалынды екі сағатта сөндірді, ешкім зардап шеккен жоқ. Өрттің себебін полиция анықтап жатыр. Қала 2007 жылға дейін ресми түрде Семипалатинск деп аталған, ал облыс биыл 8 маусымда Шығыс Қазақстан облысынан бөлініп құрылды.

Сол облыстың Аягөз ауданында Қозы Көрпеш – Баян сұлу кесенесінің маңындағы ескі құлпытастарды белгісіз біреулер құлатып кеткен. Аудандық полиция бөлімі тергеу бастады. Абай облысының бірнеше ауданында биыл жазда археологиялық экспедициялар жұмыс істеді.

Ұлытау облысында Жезқазғаннан 40 шақырым жерде Алаша хан кесенесіне барып қайтқан оқушылар мінген шағын автобус жолдан шығып аударылды. Он екі бала жеңіл жарақат алып, Жезқазған қалалық ауруханасына жеткізілді. Оқушылар Сәтбаев қаласындағы мектептен келген. Ұлытау облысы да 8 маусымда Қарағанды облысынан бөлініп құрылған.

Астанадағы Ұлттық музейде «Ұлы даланың алтыны» көрмесі ашылды. Көрмеге Есік қорғанынан, Шілікті мен Берел қорғандарынан табылған жәдігерлер қойылды. Музей басшылығының айтуынша, көрмені алғашқы үш күнде 12 мыңнан астам адам тамашалаған. Үш жылдан астам Нұр-Сұлтан деп аталған қала тұрғындарының көбі ескі-жаңа атауды қуана қабылдады.

Жетісу облысының орталығы Талдықорғанда өлкетану музейі жаңа облыстың тарихына арналған зал ашты. Залда Қойлық қалашығынан табылған жәдігерлер мен облыстың ескі карталары қойылған.

Көрме желтоқсанға дейін жалғасады, кейін оны Алматы мен Түркістанда көрсету жоспарланған.""",
     ann=[
        ('Семейдегі', 0, 'city', 'Semey', ABR, {'note': 'headline; Abai Region since 2022-06-08'}),
        ('Ұлытау облысындағы', 0, 'region', UR, UR, {'note': 'headline'}),
        ('Астанадағы', 0, 'city', 'Astana', 'Astana', {'note': 'headline; NI:exhibition'}),
        ('АСТАНА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline; the name restored on 2022-09-17'}),
        ('Астана', 0, 'city', 'Astana', 'Astana', {'note': 'NI:renaming'}),
        ('Абай облысының', 0, 'region', ABR, ABR, {'note': 'the region, not the poet'}),
        ('Семей қаласында', 0, 'city', 'Semey', ABR, {'note': 'fire in a wooden house'}),
        ('Семипалатинск', 0, 'city', 'Semey', ABR, {'note': 'NI:former name (until 2007)'}),
        ('Шығыс Қазақстан облысынан', 0, 'region', EKR, EKR, {'note': 'NI:the region Abai Region was split from'}),
        ('Аягөз ауданында', 0, 'district', 'Ayagoz District', ABR, {'note': 'vandalism, not an incident'}),
        ('Қозы Көрпеш – Баян сұлу кесенесінің', 0, 'facility', 'Kozy Korpesh - Bayan Sulu mausoleum', ABR, {'subkind': 'mausoleum', 'note': 'gravestones pushed over: vandalism, not an incident; named after legendary persons'}),
        ('Абай облысының', 1, 'region', ABR, ABR, {'note': 'NI:expeditions'}),
        ('бірнеше ауданында', 0, 'quantified', 'several districts', N, {'count': None, 'unit': 'district', 'note': 'expeditions, not incidents'}),
        ('Ұлытау облысында', 0, 'region', UR, UR),
        ('Жезқазғаннан', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:reference point'}),
        ('Алаша хан кесенесіне', 0, 'facility', 'Alasha Khan mausoleum', UR, {'subkind': 'mausoleum', 'note': 'NI:destination of the trip'}),
        ('Жезқазған', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:hospital, inside the name of a city hospital'}),
        ('Сәтбаев қаласындағы', 0, 'city', 'Satpayev', UR, {'note': "NI:the pupils' school"}),
        ('Ұлытау облысы', 0, 'region', UR, UR, {'note': 'NI:background'}),
        ('Қарағанды облысынан', 0, 'region', KR, KR, {'note': 'NI:the region Ulytau Region was split from'}),
        ('Астанадағы', 1, 'city', 'Astana', 'Astana', {'note': 'NI:exhibition'}),
        ('Ұлттық музейде', 0, 'facility', 'National Museum of Kazakhstan (Astana)', 'Astana', {'subkind': 'museum', 'note': 'NI:exhibition'}),
        ('Есік қорғанынан', 0, 'facility', 'Issyk kurgan', ALR, {'subkind': 'burial mound', 'note': 'NI:find site'}),
        ('Шілікті', 0, 'facility', 'Shilikty mounds', ABR, {'subkind': 'burial mounds', 'note': 'NI:find site; in a list sharing "қорғандарынан"'}),
        ('Берел', 0, 'facility', 'Berel mounds', EKR, {'subkind': 'burial mounds', 'note': 'NI:find site; in a list sharing "қорғандарынан"'}),
        ('Нұр-Сұлтан', 0, 'city', 'Astana', 'Astana', {'note': 'NI:the name 2019-2022'}),
        ('Жетісу облысының', 0, 'region', JTR, JTR, {'note': 'NI:new museum hall'}),
        ('Талдықорғанда', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:new museum hall'}),
        ('Қойлық қалашығынан', 0, 'facility', 'Koylyk (archaeological site)', JTR, {'subkind': 'archaeological site', 'note': 'NI:find site'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:future exhibition'}),
        ('Түркістанда', 0, 'city', 'Turkistan', TR, {'note': 'NI:future exhibition'}),
     ],
     inc={ABR: (1, 'fire: wooden 19th-century house (architectural monument) burnt in Semey; the gravestones pushed over in Ayagoz district are vandalism, not counted'),
          UR: (1, 'accident: minibus with schoolchildren overturned 40 km from Zhezkazgan, twelve children lightly injured')}),

dict(id='p019', date='1994-08-16', lang='kk',
     event='1994 night fire in the restoration workshop beside the Karakhan mausoleum in Zhambyl (Dzhambul, now Taraz; Jambyl Region); the city\'s old names Taraz and Aulie-Ata; craftsmen from Aisha Bibi village (Zhambyl district) and from Bukhara; Zhambyl the city vs the region vs the district',
     text="""Қарахан кесенесі маңындағы шеберханада өрт шықты
ЖАМБЫЛ, 16 тамыз. ҚазТАГ – Жамбыл қаласындағы Қарахан кесенесінің жанындағы реставрация шеберханасында түнде өрт шығып, қалпына келтіруге дайындалған оюлы кірпіштер мен ағаш есіктер күйіп кетті. Кесененің өзі зақымданбады, деп хабарлады облыстық өрт сөндіру басқармасы.
Қала орта ғасырларда Тараз деп аталған, ал XIX ғасырда Әулиеата деген атпен белгілі болды. Қарахан кесенесі – қаланың ең көне ескерткіштерінің бірі.
Шеберханада жұмыс істейтін шеберлердің көбі – Жамбыл облысының Жамбыл ауданындағы Айша бибі ауылының тұрғындары. Олар былтыр Айша бибі кесенесін қалпына келтіруге қатысқан. Реставрацияға Өзбекстанның Бұхара қаласынан да шеберлер шақырылған.""",
     ann=[
        ('Қарахан кесенесі', 0, 'facility', 'Karakhan mausoleum (Taraz)', JR, {'subkind': 'mausoleum', 'note': 'headline; the workshop beside it burned'}),
        ('ЖАМБЫЛ', 0, 'city', 'Taraz', JR, {'note': 'dateline; the city was named Zhambyl (Dzhambul) 1938-1997'}),
        ('Жамбыл қаласындағы', 0, 'city', 'Taraz', JR, {'note': 'the city, not the region or the poet'}),
        ('Қарахан кесенесінің', 0, 'facility', 'Karakhan mausoleum (Taraz)', JR, {'subkind': 'mausoleum', 'note': 'the workshop beside it burned'}),
        ('Тараз', 0, 'city', 'Taraz', JR, {'note': 'NI:medieval name of the city'}),
        ('Әулиеата', 0, 'city', 'Taraz', JR, {'note': 'NI:19th-century name of the city'}),
        ('Қарахан кесенесі', 1, 'facility', 'Karakhan mausoleum (Taraz)', JR, {'subkind': 'mausoleum', 'note': 'NI:description'}),
        ('Жамбыл облысының', 0, 'region', JR, JR, {'note': "NI:craftsmen's residence"}),
        ('Жамбыл ауданындағы', 0, 'district', 'Zhambyl District (Jambyl Region)', JR, {'note': "NI:craftsmen's residence"}),
        ('Айша бибі ауылының', 0, 'village', 'Aisha Bibi', JR, {'note': "NI:craftsmen's residence"}),
        ('Айша бибі кесенесін', 0, 'facility', 'Aisha Bibi mausoleum', JR, {'subkind': 'mausoleum', 'note': 'NI:earlier restoration'}),
        ('Өзбекстанның', 0, 'foreign', 'Uzbekistan', N, {'note': "NI:craftsmen's origin"}),
        ('Бұхара қаласынан', 0, 'foreign', 'Bukhara', N, {'note': "NI:craftsmen's origin"}),
     ],
     inc={JR: (1, 'fire in the restoration workshop beside the Karakhan mausoleum in Zhambyl (Taraz)')}),

dict(id='p020', date='2012-10-30', lang='kk',
     event='2012 fire in the storeroom of the history museum in Arkalyk damages about 200 exhibits (Kostanay Region); finds from mounds near Torgai village; the abolished Torgai region; geoglyphs in the Turgai depression; specialists from Lisakovsk and Kostanay',
     text="""Арқалықтағы музейде өрт: ежелгі жәдігерлер зақымданды
АРҚАЛЫҚ, 30 қазан. ҚазАқпарат – Арқалық қаласындағы тарихи-өлкетану музейінің қоймасында өрт шығып, 200-ге жуық экспонат зақымданды, деп хабарлады Қостанай облысының төтенше жағдайлар департаменті. Өрт электр сымының ақауынан шыққан, адамдар зардап шеккен жоқ.
Зақымданған заттардың арасында Торғай ауылы маңындағы қорғандардан табылған қыш ыдыстар мен қола пышақтар бар. 1997 жылға дейін Арқалық Торғай облысының орталығы болған, сондықтан музейде бүкіл өңірдің жәдігерлері сақталған.
Музей қызметкерлері Торғай ойпатындағы тек ұшақтан көрінетін алып геоглифтерді де зерттейді. Соңғы жылдары оларды көруге АҚШ пен Еуропадан ғалымдар жиі келеді.
Облыстық мәдениет басқармасы экспонаттарды қалпына келтіру үшін Лисаковск пен Қостанайдағы музейлерден мамандар жіберді.""",
     ann=[
        ('Арқалықтағы', 0, 'city', 'Arkalyk', KOR, {'note': 'headline'}),
        ('АРҚАЛЫҚ', 0, 'city', 'Arkalyk', KOR, {'note': 'dateline'}),
        ('Арқалық қаласындағы', 0, 'city', 'Arkalyk', KOR),
        ('Қостанай облысының', 0, 'region', KOR, KOR, {'note': 'inside the name of an authority'}),
        ('Торғай ауылы', 0, 'village', 'Torgai', KOR, {'note': 'NI:find place of damaged exhibits'}),
        ('Арқалық', 1, 'city', 'Arkalyk', KOR, {'note': 'NI:history'}),
        ('Торғай облысының', 0, 'region', KOR, KOR, {'uncertain': True, 'note': 'NI:history; the abolished Torgai Region (1997), its land divided between Kostanay and Akmola regions; labelled with the unit holding its centre Arkalyk'}),
        ('Торғай ойпатындағы', 0, 'facility', 'Turgai depression', N, {'subkind': 'depression', 'note': 'NI:natural feature, mostly in Kostanay Region'}),
        ('АҚШ', 0, 'foreign', 'United States', N, {'note': "NI:scientists' origin"}),
        ('Еуропадан', 0, 'foreign', 'Europe', N, {'subkind': 'continent', 'note': "NI:scientists' origin"}),
        ('Лисаковск', 0, 'city', 'Lisakovsk', KOR, {'note': "NI:specialists' origin"}),
        ('Қостанайдағы', 0, 'city', 'Kostanay', KOR, {'note': "NI:specialists' origin"}),
     ],
     inc={KOR: (1, 'fire in the storeroom of the history museum in Arkalyk')}),

dict(id='p021', date='2020-11-17', lang='kk',
     event='2020 heritage week in Turkistan Region and Shymkent: residents protest in Turkistan against the demolition of the old quarter near the Yasawi mausoleum, two detained; archaeologists returning from Otyrartobe collide with a lorry near Shauildir, Otyrar district (Turkistan Region); fire in the storeroom of the city history museum in Shymkent (Shymkent); the pre-2018 South Kazakhstan Region recalled; a slogan in the Kazakh Latin alphabet of 2018; silver coins (теңге) from Samarkand and Bukhara found at Sauran; restoration of the rampart of Sayram (medieval Isfijab), Sayram district, with restorers from Shymkent and Almaty',
     text="""Түркістанда наразылық, Отырар ауданында жол апаты, Шымкентте музей қоймасы өртенді
ТҮРКІСТАН, 17 қараша. ҚазАқпарат – Өткен аптада Түркістан облысы мен Шымкент қаласында мәдени мұраға қатысты үш оқиға тіркелді.

Түркістан қаласында Қожа Ахмет Ясауи кесенесінің маңындағы ескі кварталдың тұрғындары үйлерін бұзуға қарсы қалалық әкімдіктің алдына жиналды. Жүзге жуық адам үш сағат тұрып, полиция екі белсендіні ұстады. Әкімдік кесене айналасында туристік аймақ салуды жоспарлап отыр. Тұрғындар әлеуметтік желіде 2018 жылғы латын әліпбиімен «Túrkistanda eski úılerdi buzbańdar!» деп жазып жатыр.

Отырар ауданында, Шәуілдір ауылынан 15 шақырым жерде, Отырартөбе қалашығындағы қазбадан қайтып келе жатқан археологтардың көлігі жүк көлігімен соқтығысты. Екі ғалым ауыр жарақат алып, Шымкенттегі ауруханаға жеткізілді. Жүк көлігінің жүргізушісі Өзбекстан азаматы екені анықталды.

Шымкентте қалалық тарихи-өлкетану музейінің қоймасында өрт шығып, ХХ ғасыр басындағы фотосуреттер мен бірнеше кілем күйді. Өрт сөндірушілер жалынды бір сағатта ауыздықтады. Музей директоры Гүлмира Әбдіхалықова қор жәдігерлерінің көбі цифрлық көшірмеде сақталғанын айтты.

Еске салайық, 2018 жылдың маусымына дейін Шымкент те, Түркістан да Оңтүстік Қазақстан облысының құрамында болған, облыс орталығы Шымкентте еді. Облыс Түркістан облысы болып қайта аталғаннан кейін орталық Түркістан қаласына көшті.

Археологтар үшін жыл табысты болды: Сауран қалашығында Самарқанд пен Бұхарада соғылған 300-ге жуық күміс теңге табылды. Олар алдағы жылы Түркістандағы жаңа музейде көрсетіледі.

Сонымен бірге Сайрам ауданындағы Сайрам ауылында ежелгі Испиджаб қаласының қорғаны қалпына келтіріліп жатыр. Жұмысқа Шымкент пен Алматыдан келген реставраторлар қатысады. Облыс әкімдігі жобаға 200 миллион теңге бөлді. Реставраторлардың айтуынша, жұмыс 2022 жылдың күзінде аяқталады, содан кейін қорған туристерге ашылады. Жергілікті тұрғындар да жобаны қолдап, еріктілер ретінде көмектесіп жүр.""",
     ann=[
        ('Түркістанда', 0, 'city', 'Turkistan', TR, {'note': 'headline'}),
        ('Отырар ауданында', 0, 'district', 'Otyrar District', TR, {'note': 'headline'}),
        ('Шымкентте', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'headline; city of republican significance since 2018-06-19'}),
        ('ТҮРКІСТАН', 0, 'city', 'Turkistan', TR, {'note': 'dateline'}),
        ('Түркістан облысы', 0, 'region', TR, TR),
        ('Шымкент қаласында', 0, 'city', 'Shymkent', 'Shymkent'),
        ('Түркістан қаласында', 0, 'city', 'Turkistan', TR, {'note': 'protest'}),
        ('Қожа Ахмет Ясауи кесенесінің', 0, 'facility', 'Khoja Ahmed Yasawi mausoleum (Turkistan)', TR, {'subkind': 'mausoleum', 'note': 'reference point for the old quarter'}),
        ('Túrkistanda', 0, 'city', 'Turkistan', TR, {'note': "Kazakh Latin alphabet of 2018 (ú for ү) in the residents' slogan"}),
        ('Отырар ауданында', 1, 'district', 'Otyrar District', TR, {'note': 'collision'}),
        ('Шәуілдір ауылынан', 0, 'village', 'Shauildir', TR, {'note': 'NI:reference point'}),
        ('Отырартөбе қалашығындағы', 0, 'facility', 'Otrar (archaeological site)', TR, {'subkind': 'archaeological site', 'note': 'NI:the dig the archaeologists were returning from (Otyrartobe, the mound of Otrar)'}),
        ('Шымкенттегі', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:hospital city'}),
        ('Өзбекстан', 0, 'foreign', 'Uzbekistan', N, {'note': "NI:driver's citizenship"}),
        ('Шымкентте', 1, 'city', 'Shymkent', 'Shymkent', {'note': 'museum storeroom fire'}),
        ('Шымкент', 1, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:history of status'}),
        ('Түркістан', 2, 'city', 'Turkistan', TR, {'note': 'NI:history of status'}),
        ('Оңтүстік Қазақстан облысының', 0, 'region', TR, TR, {'uncertain': True, 'note': 'NI:history; South Kazakhstan Region, renamed Turkistan Region on 2018-06-19, labelled with the unit holding its land on the article date'}),
        ('Шымкентте', 2, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:former regional seat'}),
        ('Түркістан облысы', 1, 'region', TR, TR, {'note': 'NI:renaming'}),
        ('Түркістан қаласына', 0, 'city', 'Turkistan', TR, {'note': 'NI:new regional seat'}),
        ('Сауран қалашығында', 0, 'facility', 'Sauran (archaeological site)', TR, {'subkind': 'archaeological site', 'note': 'NI:find site'}),
        ('Самарқанд', 0, 'foreign', 'Samarkand', N, {'note': 'NI:mint; теңге here means silver coins, not the village Tenge'}),
        ('Бұхарада', 0, 'foreign', 'Bukhara', N, {'note': 'NI:mint'}),
        ('Түркістандағы', 0, 'city', 'Turkistan', TR, {'note': 'NI:future exhibition'}),
        ('Сайрам ауданындағы', 0, 'district', 'Sayram District', TR, {'note': 'NI:restoration'}),
        ('Сайрам ауылында', 0, 'village', 'Sayram', TR, {'note': 'NI:restoration'}),
        ('Испиджаб', 0, 'village', 'Sayram', TR, {'uncertain': True, 'note': 'NI:medieval name of Sayram (Isfijab); the ancient town under the village'}),
        ('Шымкент', 2, 'city', 'Shymkent', 'Shymkent', {'note': "NI:restorers' origin"}),
        ('Алматыдан', 0, 'city', 'Almaty', 'Almaty', {'note': "NI:restorers' origin"}),
     ],
     inc={TR: (2, 'protest against the demolition of the old quarter near the Yasawi mausoleum in Turkistan, two detained; collision of the archaeologists\' car with a lorry near Shauildir, Otyrar district'),
          'Shymkent': (1, 'fire in the storeroom of the city history museum in Shymkent')}),

dict(id='p022', date='2010-06-01', lang='kk',
     event='2010 night fire in the 19th-century wooden house of the merchant Ushakov on Lomov Street in Pavlodar (Pavlodar Region); the city\'s old names Koryakov outpost and Kereku; an architect from Omsk; museum staff digging in Bayanaul district',
     text="""Павлодарда көпес үйі өртенді
ПАВЛОДАР, 1 маусым. ҚазАқпарат – Павлодар қаласының ескі бөлігіндегі XIX ғасырда салынған көпес Ушаковтың ағаш үйінде түнде өрт шықты. Тарих және мәдениет ескерткіштерінің тізіміне енген ғимараттың шатыры мен екінші қабаты толық жанып кетті, зардап шеккендер жоқ, деп хабарлады облыстық төтенше жағдайлар департаменті.
Үй Ертіс жағалауындағы Ломов көшесінде орналасқан. Қала 1861 жылға дейін Коряков форпосты деп аталған, ал қазақтар оны ерте заманнан Кереку деп атаған. Үйдің жобасын Омбы сәулетшісі жасаған деген дерек бар.
Потанин атындағы облыстық өлкетану музейінің қызметкерлері үйден бұрын табылған тиындар мен құжаттарды қорға алып кеткен еді, сондықтан олар аман қалды. Музей мамандары қазір Баянауыл ауданында қазба жүргізіп жатыр.""",
     ann=[
        ('Павлодарда', 0, 'city', 'Pavlodar', PR, {'note': 'headline'}),
        ('ПАВЛОДАР', 0, 'city', 'Pavlodar', PR, {'note': 'dateline'}),
        ('Павлодар қаласының', 0, 'city', 'Pavlodar', PR),
        ('Ертіс', 0, 'facility', 'Irtysh River', N, {'subkind': 'river'}),
        ('Ломов көшесінде', 0, 'facility', 'Lomov Street (Pavlodar)', PR, {'subkind': 'street', 'note': 'street named after a person'}),
        ('Коряков форпосты', 0, 'city', 'Pavlodar', PR, {'note': 'NI:old name of the city (until 1861)'}),
        ('Кереку', 0, 'city', 'Pavlodar', PR, {'note': 'NI:old Kazakh name of the city'}),
        ('Омбы', 0, 'foreign', 'Omsk', N, {'note': "NI:the architect's city"}),
        ('Баянауыл ауданында', 0, 'district', 'Bayanaul District', PR, {'note': 'NI:excavations'}),
     ],
     inc={PR: (1, 'fire in the wooden Ushakov house on Lomov Street in Pavlodar')}),

dict(id='p023', date='2014-08-05', lang='kk',
     event='2014 fire in the nature museum in the settlement of Burabay (Akmola Region) and an expedition car from Astana overturning in Korgalzhyn district, two students hurt (Akmola Region); digs in several districts (Zerendi, Burabay, Korgalzhyn) with archaeologists from Omsk; Kokshetau University not annotated; the capital\'s names and the move of the regional seat from Astana to Kokshetau in 1999',
     text="""Бурабайдағы мұражайда өрт, Қорғалжын ауданында экспедиция көлігі аударылды
КӨКШЕТАУ, 5 тамыз. ҚазАқпарат – Ақмола облысында өткен аптада мәдени мұра нысандарына қатысты екі оқиға тіркелді.

Бурабай кентіндегі табиғат мұражайында дүйсенбі күні кешке өрт шықты. Жалын мұражайдың бір залын шарпып, қола дәуіріне жататын қыш ыдыстар мен жануарлар тұлыптарының бір бөлігі күйіп кетті. Адамдар зардап шеккен жоқ. Мұражай 1935 жылы ашылған және облыстағы ең көне мұражайлардың бірі саналады, жыл сайын оған 50 мыңға жуық турист келеді. Өрт сөндірушілердің айтуынша, өрт ескі электр сымынан шыққан. Бурабай ауданының әкімдігі залды жыл соңына дейін қалпына келтіруге уәде берді. Облыс әкімдігі барлық мұражайлардағы электр желілерін тексеруді тапсырды, тексеріс қыркүйектің соңына дейін аяқталуы тиіс. Мұражай қызметкерлері күйген экспонаттардың тізімін жасап жатыр.

Сейсенбі күні Қорғалжын ауданында Астанадан келе жатқан археологиялық экспедицияның көлігі жолдан шығып аударылды. Көліктегі жеті адамның екеуі, студенттер, жарақат алып, Астанадағы ауруханаға жеткізілді. Жол полициясының мәліметінше, жүргізуші бұрылыста көлікті басқара алмай қалған. Экспедиция жетекшісі Айдар Бекмұхамбетов жарақат алған студенттердің жағдайы тұрақты екенін айтты. «Қазбаны бір аптаға тоқтаттық, бірақ маусымды міндетті түрде аяқтаймыз», – деді ол. Экспедиция Қорғалжын қорығының маңындағы қола дәуірі қорымын зерттейді.

Облыстың бірнеше ауданында биыл қазба жұмыстары жүріп жатыр: Зеренді, Бурабай және Қорғалжын аудандарында жергілікті және шетелдік ғалымдар жұмыс істейді. Ресейдің Омбы қаласынан келген археологтар Зеренді ауданындағы қорғандарды Көкшетау университетімен бірге қазып жатыр.

Тарихшылар облыстың әкімшілік тарихын да еске салады. Облыс орталығы 1999 жылы Астанадан Көкшетауға көшірілген. Астана 1998 жылға дейін Ақмола деп аталған, ал кеңес заманында алдымен Ақмолинск, кейін Целиноград болған. Қазір Ақмола облысы елорданы жан-жағынан қоршап жатыр, бірақ Астана облыс құрамына кірмейді.""",
     ann=[
        ('Бурабайдағы', 0, 'village', 'Burabay', AKR, {'note': 'headline; settlement (кент)'}),
        ('Қорғалжын ауданында', 0, 'district', 'Korgalzhyn District', AKR, {'note': 'headline'}),
        ('КӨКШЕТАУ', 0, 'city', 'Kokshetau', AKR, {'note': 'dateline'}),
        ('Ақмола облысында', 0, 'region', AKR, AKR),
        ('Бурабай кентіндегі', 0, 'village', 'Burabay', AKR, {'note': 'museum fire'}),
        ('Бурабай ауданының', 0, 'district', 'Burabay District', AKR, {'note': 'inside the name of an authority (akimat)'}),
        ('Қорғалжын ауданында', 1, 'district', 'Korgalzhyn District', AKR, {'note': 'car overturned'}),
        ('Астанадан', 0, 'city', 'Astana', 'Astana', {'note': "NI:expedition's origin"}),
        ('Астанадағы', 0, 'city', 'Astana', 'Astana', {'note': 'NI:hospital city'}),
        ('Қорғалжын қорығының', 0, 'facility', 'Korgalzhyn Nature Reserve', AKR, {'subkind': 'nature reserve', 'note': 'NI:reference point for the studied burial ground'}),
        ('бірнеше ауданында', 0, 'quantified', 'several districts', N, {'count': None, 'unit': 'district', 'note': 'excavations, not incidents; the districts are then named'}),
        ('Зеренді', 0, 'district', 'Zerendi District', AKR, {'note': 'NI:excavations; in a list sharing "аудандарында"'}),
        ('Бурабай', 2, 'district', 'Burabay District', AKR, {'note': 'NI:excavations; in a list sharing "аудандарында"'}),
        ('Қорғалжын', 3, 'district', 'Korgalzhyn District', AKR, {'note': 'NI:excavations; in a list sharing "аудандарында"'}),
        ('Ресейдің', 0, 'foreign', 'Russia', N, {'note': "NI:archaeologists' origin"}),
        ('Омбы қаласынан', 0, 'foreign', 'Omsk', N, {'note': "NI:archaeologists' origin"}),
        ('Зеренді ауданындағы', 0, 'district', 'Zerendi District', AKR, {'note': 'NI:excavations'}),
        ('Астанадан', 1, 'city', 'Astana', 'Astana', {'note': 'NI:former regional seat (1997-1999)'}),
        ('Көкшетауға', 0, 'city', 'Kokshetau', AKR, {'note': 'NI:regional seat since 1999'}),
        ('Астана', 0, 'city', 'Astana', 'Astana', {'note': 'NI:history'}),
        ('Ақмола', 1, 'city', 'Astana', 'Astana', {'note': 'NI:name of the city until 1998; not Akmola Region'}),
        ('Ақмолинск', 0, 'city', 'Astana', 'Astana', {'note': 'NI:Soviet-era name'}),
        ('Целиноград', 0, 'city', 'Astana', 'Astana', {'note': 'NI:Soviet-era name'}),
        ('Ақмола облысы', 0, 'region', AKR, AKR, {'note': 'NI:the region surrounds the capital'}),
        ('Астана', 1, 'city', 'Astana', 'Astana', {'note': 'NI:not part of the region'}),
     ],
     inc={AKR: (2, 'fire in the nature museum in Burabay; expedition car overturned in Korgalzhyn district, two students injured')}),

dict(id='p024', date='2024-11-12', lang='kk',
     event='2024 night fire destroys the roof of a late-19th-century wooden house (monument) on Zenkov Street in Medeu district of Almaty, beside the site of the Verny fortress (Almaty); the old name Verny; firefighters also from Talgar (Almaty Region); three similar fires in five years are a statistic',
     text="""Алматыда Верный кезінен қалған ағаш үй өртенді
АЛМАТЫ, 12 қараша. ҚазАқпарат – Алматының Медеу ауданында XIX ғасырдың соңында салынған ағаш үйде түнде өрт шықты. Тарих және мәдениет ескерткіші саналатын ғимараттың шатыры толық жанып кетті, ішіндегі тұрғындар уақытында шығып үлгерді, деп хабарлады қалалық төтенше жағдайлар департаменті.
Үй Верный бекінісінің орнына жақын, Зенков көшесінде орналасқан. Қала 1921 жылға дейін Верный деп аталған, ал бекініс 1854 жылы Кіші Алматы өзенінің жағасында салынған.
Өртті сөндіруге Талғар қаласынан да көмек келді. Қалалық мәдениет басқармасы үйді қалпына келтіруге уәде берді. Соңғы бес жылда қалада осындай үш ағаш үй өртенген, сондықтан сәулетшілер ескі үйлерді күзетуді талап етіп отыр.""",
     ann=[
        ('Алматыда', 0, 'city', 'Almaty', 'Almaty', {'note': 'headline'}),
        ('Верный', 0, 'city', 'Almaty', 'Almaty', {'note': 'headline; NI:old name of Almaty ("from the Verny era")'}),
        ('АЛМАТЫ', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Алматының', 0, 'city', 'Almaty', 'Almaty'),
        ('Медеу ауданында', 0, 'district', 'Medeu District (Almaty)', 'Almaty', {'subkind': 'city district'}),
        ('Верный бекінісінің', 0, 'facility', 'Verny fortress (Almaty)', 'Almaty', {'subkind': 'fortress', 'note': 'NI:reference point'}),
        ('Зенков көшесінде', 0, 'facility', 'Zenkov Street (Almaty)', 'Almaty', {'subkind': 'street', 'note': 'street named after a person'}),
        ('Верный', 2, 'city', 'Almaty', 'Almaty', {'note': 'NI:old name (until 1921)'}),
        ('Кіші Алматы өзенінің', 0, 'facility', 'Kishi Almaty River', N, {'subkind': 'river'}),
        ('Талғар қаласынан', 0, 'city', 'Talgar', ALR, {'note': "NI:firefighters' origin"}),
     ],
     inc={'Almaty': (1, 'fire in a wooden 19th-century house on Zenkov Street, Medeu district; the three fires in five years are a statistic')}),
]
