"""Kazakh texts of the forty-fourth unseen check corpus (online and informal writing). p018 and p021
carry a paragraph in the Kazakh Latin alphabet of January 2021. Annotation tuples as described in
tests/build_check_corpus.py; run with --max-words=420."""
N = None
JR, ALR, KYR, TR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'Turkistan Region', 'South Kazakhstan Region'
ABR, JTR, EKR, MR, KOR = 'Abai Region', 'Jetisu Region', 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR, UR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region', 'Ulytau Region'
ATR, AR, WKR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region'

DOCS = [
dict(id='p017', date='2015-04-08', lang='kk',
     event='2015 daily digest: flood in Kapal, Aksu district (Almaty Region before the 2022 split) and a fatal crash on the Shymkent-Tashkent highway near Aksukent, Sairam district (South Kazakhstan Region); wind warning; clubs «Қайрат» and «Ақтөбе» at the Central Stadium in Almaty',
     text="""Шымкент – Ташкент жолында апат, Ақсу ауданында су тасқыны: күн жаңалықтары
АЛМАТЫ, 8 сәуір – ҚазАқпарат. Оқырмандарымыз жіберген хабарламалар мен ресми мәліметтер негізінде күннің басты оқиғаларын ұсынамыз.

СУ ТАСҚЫНЫ. Алматы облысы Ақсу ауданындағы Қапал ауылында түнде тау өзені арнасынан асып, 60-тан астам үйдің ауласын су басты. 200-ге жуық тұрғын уақытша ауыл мектебіне көшірілді, оларға азық-түлік пен ауыз су таратылды. Облыстық төтенше жағдайлар департаменті Талдықорғаннан құтқарушылар мен техника жіберді. «Су есіктің алдына дейін келді, мал қораның бәрі су астында қалды, көршілер шатырға шығып отыр», – деп жазды бізге оқырман Бақыт. Аудан әкімінің айтуынша, Қапалдағы бөгетті күшейту жұмыстары таңертең басталды, судың деңгейі түске қарай төмендей бастады. Департамент Сарқан және Алакөл аудандарында да өзендердегі су деңгейі көтеріліп жатқанын ескертті, тұрғындарға құжаттары мен малын биік жерге көшіру ұсынылды.

ЖОЛ АПАТЫ. Шымкент – Ташкент тас жолында, Сайрам ауданының Ақсукент ауылы маңында жеңіл көлік пен жолаушылар автобусы соқтығысты. Автобус Сарыағаштан Шымкентке келе жатқан. Екі адам қаза тапты, алты адам Шымкенттегі облыстық ауруханаға жеткізілді. Оңтүстік Қазақстан облысының полиция департаменті қылмыстық іс қозғады. Оқырмандар бұл жолда кешкі уақытта жарық жоқ екенін, жаяу жүргіншілер өтетін жерлер белгіленбегенін бұрыннан айтып келеді.

АУА РАЙЫ. Қазгидромет ертең Қарағанды, Ақмола және Павлодар облыстарында екпіні секундына 20 метрге дейін жететін қатты жел болатынын ескертті, ал Қызылорда облысында шаңды дауыл болуы мүмкін. Астанада жаңбыр аралас қар күтіледі, ал Алматыда күн жылы, +18 градусқа дейін болады.

СПОРТ. Кеше кешке «Қайрат» пен «Ақтөбе» Алматыдағы Орталық стадионда 1:1 есебімен тең түсті. Ойынды 20 мыңға жуық жанкүйер тамашалады, ал келесі турда «Ақтөбе» Ақтөбеде «Астанамен» кездеседі.""",
     ann=[
        ('Шымкент', 0, 'city', 'Shymkent', SKR, {'note': 'NI:route endpoint (headline)'}),
        ('Ташкент', 0, 'foreign', 'Tashkent', N, {'note': 'NI:route endpoint (headline)'}),
        ('Ақсу ауданында', 0, 'district', 'Aksu District (Almaty Region)', ALR, {'note': 'headline; Almaty Region before 2022-06-08'}),
        ('АЛМАТЫ', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Алматы облысы', 0, 'region', ALR, ALR),
        ('Ақсу ауданындағы', 0, 'district', 'Aksu District (Almaty Region)', ALR),
        ('Қапал ауылында', 0, 'village', 'Kapal', ALR),
        ('Талдықорғаннан', 0, 'city', 'Taldykorgan', ALR, {'note': 'NI:origin of rescuers'}),
        ('Қапалдағы', 0, 'village', 'Kapal', ALR),
        ('Сарқан', 0, 'district', 'Sarkand District', ALR, {'note': 'NI:flood warning (list sharing "аудандарында")'}),
        ('Алакөл', 0, 'district', 'Alakol District', ALR, {'note': 'NI:flood warning (list sharing "аудандарында"); Almaty Region before 2022-06-08'}),
        ('Шымкент', 1, 'city', 'Shymkent', SKR, {'note': 'NI:route endpoint'}),
        ('Ташкент', 1, 'foreign', 'Tashkent', N, {'note': 'NI:route endpoint'}),
        ('Сайрам ауданының', 0, 'district', 'Sairam District', SKR),
        ('Ақсукент ауылы', 0, 'village', 'Aksukent', SKR),
        ('Сарыағаштан', 0, 'city', 'Saryagash', SKR, {'note': 'NI:origin of the bus'}),
        ('Шымкентке', 0, 'city', 'Shymkent', SKR, {'note': 'NI:destination of the bus'}),
        ('Шымкенттегі', 0, 'city', 'Shymkent', SKR, {'note': 'NI:hospital town; South Kazakhstan Region before 2018-06-19'}),
        ('Оңтүстік Қазақстан облысының', 0, 'region', SKR, SKR, {'note': 'inside the name of an authority'}),
        ('Қарағанды', 0, 'region', KR, KR, {'note': 'NI:wind warning (list sharing "облыстарында")'}),
        ('Ақмола', 0, 'region', AKR, AKR, {'note': 'NI:wind warning (list sharing "облыстарында")'}),
        ('Павлодар', 0, 'region', PR, PR, {'note': 'NI:wind warning (list sharing "облыстарында")'}),
        ('Қызылорда облысында', 0, 'region', KYR, KYR, {'note': 'NI:forecast'}),
        ('Астанада', 0, 'city', 'Astana', 'Astana', {'note': 'NI:forecast'}),
        ('Алматыда', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:forecast'}),
        ('Алматыдағы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:match venue; the clubs «Қайрат» and «Ақтөбе» are not annotated'}),
        ('Орталық стадионда', 0, 'facility', 'Central Stadium (Almaty)', 'Almaty', {'subkind': 'stadium', 'note': 'NI:match venue'}),
        ('Ақтөбеде', 0, 'city', 'Aktobe', AR, {'note': 'NI:venue of the next match; «Ақтөбе» and «Астанамен» are clubs'}),
     ],
     inc={ALR: (1, 'flood in Kapal, Aksu district'),
          SKR: (1, 'car and bus collision near Aksukent, Sairam district, two dead')}),

dict(id='p018', date='2022-11-23', lang='kk',
     event="2022 gas explosion in a flat on Shakarim avenue in Semey (Abai Region, five months after its creation) with an akimat post in Kazakh Latin; background fatal gas blast in Oskemen last week (East Kazakhstan Region); hashtag",
     text="""Семейде тұрғын үйде газ жарылды: үш адам ауруханада
СЕМЕЙ, 23 қараша – Kazinform. Бүгін таңертең Семейдегі Шәкәрім даңғылында орналасқан бес қабатты тұрғын үйдің бір пәтерінде газ жарылды. Үш адам күйік алып, ауруханаға жеткізілді, деп хабарлады Абай облысының төтенше жағдайлар департаменті. Үйдегі 40 пәтердің тұрғындары уақытша жақын маңдағы мектепке орналастырылды.
Оқырмандар Telegram-арнамызға видео жіберуде: «терезелер ұшып кетті, бүкіл аула әйнек», – деп жазды көрші үйдің тұрғыны.
Қала әкімдігі өз парақшасында латын әрпімен хабарлама жариялады:
«Semei qalasynyñ äkımdıgı habarlaidy: jarylys bolğan üidıñ tūrğyndaryna uaqytşa baspana berıledı. Abai oblysynyñ gaz qyzmetı köpqabatty üilerdıñ barlyğyn tekseredı».
Өткен аптада Өскеменде де жеке үйде газ жарылып, бір адам қаза тапқан еді. Шығыс Қазақстан облысының ТЖД тұрғындарды газ баллондарын үйде сақтамауға шақырды.
#Семей #газ""",
     ann=[
        ('Семейде', 0, 'city', 'Semey', ABR, {'note': 'headline'}),
        ('СЕМЕЙ', 0, 'city', 'Semey', ABR, {'note': 'dateline'}),
        ('Семейдегі', 0, 'city', 'Semey', ABR),
        ('Шәкәрім даңғылында', 0, 'facility', 'Shakarim Avenue (Semey)', ABR, {'subkind': 'street', 'note': 'street named after a person'}),
        ('Абай облысының', 0, 'region', ABR, ABR, {'note': 'inside the name of an authority'}),
        ('Semei qalasynyñ', 0, 'city', 'Semey', ABR, {'note': 'Kazakh Latin (2021); inside the name of an authority'}),
        ('Abai oblysynyñ', 0, 'region', ABR, ABR, {'note': 'Kazakh Latin (2021); inside the name of a service'}),
        ('Өскеменде', 0, 'city', 'Oskemen', EKR, {'note': 'background incident last week'}),
        ('Шығыс Қазақстан облысының', 0, 'region', EKR, EKR, {'note': 'inside the name of an authority'}),
        ('Семей', 0, 'city', 'Semey', ABR, {'note': 'NI:hashtag (#Семей)'}),
     ],
     inc={ABR: (1, 'gas explosion in a flat on Shakarim avenue in Semey, three hurt'),
          EKR: (1, 'background: gas explosion in a private house in Oskemen last week, one dead (narrated explicitly)')}),

dict(id='p019', date='2018-03-20', lang='kk',
     event='2018 Nauryz in Shymkent and Turkestan (both South Kazakhstan Region three months before the reform): streets closed, performers from Sairam, Tolebi and Kazygurt districts, guests from Tashkent; Konaev avenue is not the town (no incident)',
     text="""Шымкентте Наурыз тойы: орталық көшелер жабылады
ШЫМКЕНТ, 20 наурыз – ҚазАқпарат. 21-22 наурызда Шымкентте Наурыз мерекесіне орай Қонаев даңғылы мен Тәуке хан даңғылының бір бөлігі көлік қозғалысына жабылады, деп хабарлады қалалық полиция. Орталық алаңда 50 киіз үй тігіліп, Сайрам, Төлеби және Қазығұрт аудандарынан келген өнерпаздар концерт береді. Ал 22 наурызда Ордабасы алаңында ұлттық ойындар жарысы өтеді, мереке күндері қаладағы барлық саябақтарда тегін концерттер болады.
Түркістанда мереке Қожа Ахмет Ясауи кесенесінің маңында өтеді. Облыс әкімдігінің мәліметінше, Түркістанға Ташкенттен, Алматыдан және Астанадан 5 мыңнан астам қонақ келеді.
Оқырмандар әлеуметтік желіде екіге бөлінді: «шымкентте кептеліс онсыз да көп, тағы жабады ма», «Түркістанға пойызбен баратын едік, билет жоқ», – деп жазуда.
Синоптиктердің болжамынша, Оңтүстік Қазақстан облысында мереке күндері ауа райы жылы, +20 градусқа дейін болады.
#Шымкент #Наурыз""",
     ann=[
        ('Шымкентте', 0, 'city', 'Shymkent', SKR, {'note': 'headline; South Kazakhstan Region before 2018-06-19'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', SKR, {'note': 'dateline'}),
        ('Шымкентте', 1, 'city', 'Shymkent', SKR),
        ('Қонаев даңғылы', 0, 'facility', 'Konaev Avenue (Shymkent)', SKR, {'subkind': 'street', 'note': 'street named after a person, not the town Konaev'}),
        ('Тәуке хан даңғылының', 0, 'facility', 'Tauke Khan Avenue (Shymkent)', SKR, {'subkind': 'street'}),
        ('Ордабасы алаңында', 0, 'facility', 'Ordabasy Square (Shymkent)', SKR, {'subkind': 'square'}),
        ('Сайрам', 0, 'district', 'Sairam District', SKR, {'note': 'NI:origin of performers (list sharing "аудандарынан")'}),
        ('Төлеби', 0, 'district', 'Tolebi District', SKR, {'note': 'NI:origin of performers (list sharing "аудандарынан")'}),
        ('Қазығұрт', 0, 'district', 'Kazygurt District', SKR, {'note': 'NI:origin of performers (list sharing "аудандарынан")'}),
        ('Түркістанда', 0, 'city', 'Turkistan', SKR, {'note': 'South Kazakhstan Region before 2018-06-19'}),
        ('Қожа Ахмет Ясауи кесенесінің', 0, 'facility', 'Mausoleum of Khoja Ahmed Yasawi', SKR, {'subkind': 'mausoleum'}),
        ('Түркістанға', 0, 'city', 'Turkistan', SKR, {'note': 'NI:destination of guests'}),
        ('Ташкенттен', 0, 'foreign', 'Tashkent', N, {'note': 'NI:origin of guests'}),
        ('Алматыдан', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of guests'}),
        ('Астанадан', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of guests'}),
        ('шымкентте', 0, 'city', 'Shymkent', SKR, {'note': 'lower case'}),
        ('Түркістанға', 1, 'city', 'Turkistan', SKR, {'note': 'NI:destination'}),
        ('Оңтүстік Қазақстан облысында', 0, 'region', SKR, SKR, {'note': 'NI:forecast'}),
        ('Шымкент', 0, 'city', 'Shymkent', SKR, {'note': 'NI:hashtag (#Шымкент)'}),
     ],
     inc={}),

dict(id='p020', date='2023-08-01', lang='kk',
     event='2023 drowning on a wild beach near Akshi on Lake Alakol (Jetisu Region) and a minibus crash near Kabanbay, Urzhar district (Abai Region) on the Taldykorgan-Oskemen road; two villages named Kabanbay in two regions; unattributed "four regions"; hashtags',
     text="""Алакөлде демалушы суға батып кетті, Үржар маңында жол апаты
ТАЛДЫҚОРҒАН, 1 тамыз – ҚазТАГ. Жетісу облысындағы Алакөл жағалауында демалыс маусымы қызған шақта екі қайғылы оқиға тіркелді.
Жексенбі күні кешке Ақши ауылы маңындағы жабайы жағажайда Қарағандыдан келген 24 жастағы жігіт суға батып кетті. Құтқарушылар оның денесін дүйсенбі таңертең тапты, марқұмның туыстары Қарағандыдан жолға шығып кетті. Оқырмандардың айтуынша, ол жағажайда құтқарушы бекеті болмаған. «Күн сайын жел көтеріледі, толқын биік, бірақ ешкім ескертпейді, жалаулар да ілінбеген», – деп жазды Алматыдан келген демалушы Айнұр.
Дүйсенбі күні түсте Талдықорған – Өскемен тас жолында, Абай облысы Үржар ауданының Қабанбай ауылы маңында Алакөлге бара жатқан шағын автобус жүк көлігімен соқтығысты. Бес жолаушы жараланды, олардың үшеуі Үржар аудандық ауруханасына жеткізілді. Жолаушылардың көбі Новосибирск пен Барнауылдан келген туристер екен. Өскеменнен келген жүргізуші мас болуы мүмкін деген күдік бар, ол ұсталды. Осы оқиғалардан кейін жағажайларға жаңа ескерту тақталары орнатылды.
Жетісу облыстық төтенше жағдайлар департаментінің мәліметінше, бұл биылғы маусымда Алакөлде суға батудың алғашқы жағдайы. Ал елдің тағы төрт өңірінде маусым басталғалы бері 30-дан астам адам суға батып қаза тапқан.
Демалушыларға тек арнайы жабдықталған жағажайларда шомылу ұсынылады. Алакөлдің Жетісу жағындағы Қабанбай және Ақши ауылдарында 40-тан астам құтқарушы кезекшілік атқарады, ал түнгі уақытта жағалауды полиция қызметкерлері де аралайды. Өткен аптада облыс әкімі Үшарал мен Қабанбайдағы жағажайларды аралап, құтқарушы бекеттерін көбейтуді тапсырған еді. Биыл маусымда Үшарал қаласындағы әуежай арқылы 30 мыңнан астам демалушы келген.
Оқырмандар жолдың сапасына да шағымданады: «Талдықорғаннан Қабанбайға дейін жеті сағат жүрдік, жолдың жартысы жөндеуде», – деп жазды Астанадан келген Ержан.
#Алакөл #Жетісу""",
     ann=[
        ('Алакөлде', 0, 'facility', 'Lake Alakol', N, {'subkind': 'lake', 'note': 'headline; the lake is shared by Jetisu and Abai regions'}),
        ('Үржар', 0, 'village', 'Urzhar', ABR, {'note': 'headline; "Үржар маңында" (near Urzhar)'}),
        ('ТАЛДЫҚОРҒАН', 0, 'city', 'Taldykorgan', JTR, {'note': 'dateline'}),
        ('Жетісу облысындағы', 0, 'region', JTR, JTR),
        ('Алакөл', 0, 'facility', 'Lake Alakol', N, {'subkind': 'lake'}),
        ('Ақши ауылы', 0, 'village', 'Akshi', JTR),
        ('Қарағандыдан', 0, 'city', 'Karaganda', KR, {'note': "NI:victim's origin"}),
        ('Қарағандыдан', 1, 'city', 'Karaganda', KR, {'note': "NI:relatives' origin"}),
        ('Алматыдан', 0, 'city', 'Almaty', 'Almaty', {'note': "NI:reader's origin"}),
        ('Талдықорған', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:route endpoint'}),
        ('Өскемен', 0, 'city', 'Oskemen', EKR, {'note': 'NI:route endpoint'}),
        ('Абай облысы', 0, 'region', ABR, ABR),
        ('Үржар ауданының', 0, 'district', 'Urzhar District', ABR),
        ('Қабанбай ауылы', 0, 'village', 'Kabanbay (Urzhar District)', ABR),
        ('Алакөлге', 0, 'facility', 'Lake Alakol', N, {'subkind': 'lake', 'note': 'NI:destination of the minibus'}),
        ('Үржар', 2, 'district', 'Urzhar District', ABR, {'note': 'NI:hospital ("Үржар аудандық ауруханасы")'}),
        ('Өскеменнен', 0, 'city', 'Oskemen', EKR, {'note': "NI:driver's origin"}),
        ('Новосибирск', 0, 'foreign', 'Novosibirsk', N, {'note': 'NI:origin of tourists'}),
        ('Барнауылдан', 0, 'foreign', 'Barnaul', N, {'note': 'NI:origin of tourists'}),
        ('Жетісу', 1, 'region', JTR, JTR, {'note': 'inside the name of an authority'}),
        ('Алакөлде', 1, 'facility', 'Lake Alakol', N, {'subkind': 'lake'}),
        ('төрт өңірінде', 0, 'quantified', '4 regions', N, {'count': 4, 'unit': 'region', 'note': 'drownings this season in four other, unnamed regions'}),
        ('Алакөлдің', 0, 'facility', 'Lake Alakol', N, {'subkind': 'lake', 'note': 'NI:lifeguard posts'}),
        ('Жетісу', 2, 'region', JTR, JTR, {'note': 'NI:"the Jetisu side" of the lake'}),
        ('Қабанбай', 1, 'village', 'Kabanbay (Alakol District)', JTR, {'note': 'NI:lifeguard posts; a namesake of the Kabanbay in Urzhar district (list sharing "ауылдарында")'}),
        ('Ақши', 1, 'village', 'Akshi', JTR, {'note': 'NI:lifeguard posts (list sharing "ауылдарында")'}),
        ('Үшарал', 0, 'city', 'Usharal', JTR, {'note': "NI:governor's visit"}),
        ('Қабанбайдағы', 0, 'village', 'Kabanbay (Alakol District)', JTR, {'note': "NI:governor's visit"}),
        ('Үшарал қаласындағы', 0, 'city', 'Usharal', JTR, {'note': 'NI:airport traffic'}),
        ('Талдықорғаннан', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:start of a journey'}),
        ('Қабанбайға', 0, 'village', 'Kabanbay (Alakol District)', JTR, {'note': 'NI:end of a journey (the resort on Alakol)'}),
        ('Астанадан', 0, 'city', 'Astana', 'Astana', {'note': "NI:reader's origin"}),
        ('Алакөл', 1, 'facility', 'Lake Alakol', N, {'subkind': 'lake', 'note': 'NI:hashtag (#Алакөл)'}),
        ('Жетісу', 3, 'region', JTR, JTR, {'note': 'NI:hashtag (#Жетісу)'}),
     ],
     inc={JTR: (1, 'a holidaymaker drowned on a wild beach near Akshi on Lake Alakol'),
          ABR: (1, 'minibus and lorry collision near Kabanbay, Urzhar district, five hurt')},
     unatt=[{'label': 'төрт өңірінде', 'count': 4, 'note': 'more than 30 drownings since the start of the season in four other, unnamed regions'}]),

dict(id='p021', date='2021-02-10', lang='kk',
     event="2021 readers ask when the LRT in Nur-Sultan will open; Nursultan Nazarbayev airport, Nurly Zhol station, a reader's Latin message from Kosshy; Kosshy and Talapker (Akmola Region) (no incident)",
     text="""Елордадағы LRT қашан іске қосылады? Оқырмандар сұрайды
НҰР-СҰЛТАН, 10 ақпан – Tengrinews. Нұр-Сұлтандағы жеңіл рельсті көлік (LRT) құрылысы қашан аяқталады? Бұл сұрақты оқырмандар бізге апта сайын жібереді. Қала әкімдігінің мәліметінше, бірінші желі Нұрсұлтан Назарбаев халықаралық әуежайынан «Нұрлы жол» вокзалына дейін созылады, жұмыстар 2022 жылы аяқталуы тиіс.
Оқырмандардың бірі бізге латын әрпімен жазды:
«Men Qosşydan künde jūmysqa kelemın, avtobuspen ekı sağat jüremın. LRT Qosşyğa deiın jetse, jaqsy bolar edı. Almatydağy metro sekıldı tez jürse eken».
Әкімдіктің айтуынша, болашақта желіні Қосшы мен Талапкер ауылдарына дейін созу қарастырылуда, бірақ нақты мерзім әлі белгісіз. Қазір Нұр-Сұлтан мен оның маңындағы ауылдар арасында күн сайын 100 мыңға жуық адам қатынайды. Құрылысқа жауапты компания биыл көктемде жұмысты қайта бастайтынын айтты. Оқырмандар сұрақтарын бізге #LRT хештегімен жібере алады.""",
     ann=[
        ('НҰР-СҰЛТАН', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Нұр-Сұлтандағы', 0, 'city', 'Astana', 'Astana'),
        ('Нұрсұлтан Назарбаев халықаралық әуежайынан', 0, 'facility', 'Nursultan Nazarbayev International Airport', 'Astana', {'subkind': 'airport', 'note': 'NI:route endpoint; airport named after a person'}),
        ('Нұрлы жол', 0, 'facility', 'Nurly Zhol railway station (Astana)', 'Astana', {'subkind': 'railway station', 'note': 'NI:route endpoint'}),
        ('Qosşydan', 0, 'village', 'Kosshy', AKR, {'note': "NI:reader's residence; Kazakh Latin (2021)"}),
        ('Qosşyğa', 0, 'village', 'Kosshy', AKR, {'note': 'NI:wished-for line end; Kazakh Latin (2021)'}),
        ('Almatydağy', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:comparison (the metro); Kazakh Latin (2021)'}),
        ('Нұр-Сұлтан', 0, 'city', 'Astana', 'Astana', {'note': 'NI:commuting'}),
        ('Қосшы', 0, 'village', 'Kosshy', AKR, {'note': 'NI:planned extension (list sharing "ауылдарына")'}),
        ('Талапкер', 0, 'village', 'Talapker', AKR, {'note': 'NI:planned extension (list sharing "ауылдарына")'}),
     ],
     inc={}),

dict(id='p022', date='2013-06-11', lang='kk',
     event='2013 night fire at the «Шығыс» market in Zhezkazgan (Karaganda Region before 2022); firefighters from Satpayev; Russian spelling Жезказганда in a reader quote; traders from Ulytau district and Karazhal; «Қазақмыс» not a place',
     text="""Жезқазғанда базар өртенді: 30-ға жуық сауда орны жанып кетті
ЖЕЗҚАЗҒАН, 11 маусым – ҚазАқпарат. Жезқазған қаласындағы «Шығыс» базарында түнгі сағат үште өрт шықты. 30-ға жуық сауда орны мен екі қойма жанып кетті, адам шығыны жоқ, деп хабарлады Қарағанды облысының төтенше жағдайлар департаменті. Базар 1990 жылдардан бері жұмыс істеп келеді, онда 200-ге жуық саудагер бар. Өртті сөндіруге Сәтбаев қаласынан да өрт сөндірушілер шақырылды.
Оқырмандар таңғы бестен бастап бейнежазба жіберіп жатыр: «Жезказганда базар жанып жатыр, түтін бүкіл қаланы басты», – деп жазды бір оқырман. Саудагерлердің көбі Ұлытау ауданы мен Қаражалдан келіп сауда жасайтындар екен.
«Қазақмыс» корпорациясы зардап шеккен саудагерлерге уақытша орын беретінін айтты. Өрттің себебін анықтау үшін тексеру жүріп жатыр, алдын ала деректер бойынша, өрт электр сымының ақауынан шыққан.""",
     ann=[
        ('Жезқазғанда', 0, 'city', 'Zhezkazgan', KR, {'note': 'headline; Karaganda Region before 2022-06-08'}),
        ('ЖЕЗҚАЗҒАН', 0, 'city', 'Zhezkazgan', KR, {'note': 'dateline'}),
        ('Жезқазған қаласындағы', 0, 'city', 'Zhezkazgan', KR),
        ('Шығыс', 0, 'facility', 'Shygys market (Zhezkazgan)', KR, {'subkind': 'market', 'note': 'name in quotes ("East"), not East Kazakhstan'}),
        ('Қарағанды облысының', 0, 'region', KR, KR, {'note': 'inside the name of an authority'}),
        ('Сәтбаев қаласынан', 0, 'city', 'Satpayev', KR, {'note': 'NI:origin of firefighters'}),
        ('Жезказганда', 0, 'city', 'Zhezkazgan', KR, {'note': 'Russian spelling with a Kazakh suffix, in a reader quote'}),
        ('Ұлытау ауданы', 0, 'district', 'Ulytau District', KR, {'note': "NI:traders' origin; Karaganda Region before 2022-06-08"}),
        ('Қаражалдан', 0, 'city', 'Karazhal', KR, {'note': "NI:traders' origin"}),
     ],
     inc={KR: (1, 'night fire at the «Шығыс» market in Zhezkazgan')}),

dict(id='p023', date='2025-05-20', lang='kk',
     event='2025 spring fishing season opens on the Small Aral Sea: fishermen from 18 villages of Aral and Kazaly districts, Kokaral dam, Karateren, Bekbauyl, Aral town; exports to Russia, Belarus, China (no incident)',
     text="""Кіші Аралда көктемгі балық аулау маусымы басталды
ҚЫЗЫЛОРДА, 20 мамыр – Kazinform. Кіші Арал теңізінде көктемгі балық аулау маусымы ашылды. Арал және Қазалы аудандарының 18 ауылынан 400-ден астам балықшы теңізге шықты, деп хабарлады облыстық табиғи ресурстар басқармасы.
Көкарал бөгетінің арқасында теңіздегі су деңгейі соңғы жылдары тұрақты. Қаратерең ауылының балықшысы Серік оқырмандарымызға жазған хатында: «былтыр көксерке көп болды, биыл да үміттіміз», – дейді.
Арал қаласындағы балық өңдеу зауыты өнімінің жартысын Ресей мен Беларусьқа, қалғанын Қытайға жібереді. Ал Бекбауыл ауылының тұрғындары жол жөндеуді сұрап отыр: «Қазалыға дейін 80 шақырым, жолдың жартысы шұңқыр, көктемде балықты тасу қиын».
Былтыр маусымда 8 мың тоннадан астам балық ауланған. Балықты сатып алу үшін Ақтөбе мен Қызылордадан алыпсатарлар келіп жатыр. Маусым маусым айының ортасына дейін жалғасады.
#Қызылорда #балық""",
     ann=[
        ('Кіші Аралда', 0, 'facility', 'Small Aral Sea', N, {'subkind': 'sea', 'note': 'headline'}),
        ('ҚЫЗЫЛОРДА', 0, 'city', 'Kyzylorda', KYR, {'note': 'dateline'}),
        ('Кіші Арал теңізінде', 0, 'facility', 'Small Aral Sea', N, {'subkind': 'sea'}),
        ('Арал', 1, 'district', 'Aral District', KYR, {'note': 'list sharing "аудандарының"'}),
        ('Қазалы', 0, 'district', 'Kazaly District', KYR, {'note': 'list sharing "аудандарының"'}),
        ('18 ауылынан', 0, 'quantified', '18 villages', N, {'count': 18, 'unit': 'village', 'note': 'home villages of fishermen, not incidents'}),
        ('Көкарал бөгетінің', 0, 'facility', 'Kokaral Dam', KYR, {'subkind': 'dam'}),
        ('Қаратерең ауылының', 0, 'village', 'Karateren', KYR),
        ('Арал қаласындағы', 0, 'city', 'Aral', KYR),
        ('Ресей', 0, 'foreign', 'Russia', N),
        ('Беларусьқа', 0, 'foreign', 'Belarus', N),
        ('Қытайға', 0, 'foreign', 'China', N),
        ('Ақтөбе', 0, 'city', 'Aktobe', AR, {'note': "NI:buyers' origin"}),
        ('Қызылордадан', 0, 'city', 'Kyzylorda', KYR, {'note': "NI:buyers' origin"}),
        ('Бекбауыл ауылының', 0, 'village', 'Bekbauyl', KYR),
        ('Қазалыға', 0, 'city', 'Kazaly', KYR, {'note': 'the town, distance reference'}),
        ('Қызылорда', 0, 'city', 'Kyzylorda', KYR, {'note': 'NI:hashtag (#Қызылорда)'}),
     ],
     inc={}),

dict(id='p024', date='2026-02-18', lang='kk',
     event='2026 basement fire in a nine-storey block in the Aksai-4 microdistrict, Auezov district of Almaty, 50 evacuated; house fire in Konaev (Almaty Region) the same night; company «Алатау Сервис» not a place; inspections in three city districts; hashtag',
     text="""Алматыда тоғыз қабатты үйде өрт: 50 адам эвакуацияланды
АЛМАТЫ, 18 ақпан – Tengrinews. Түнде Алматының Әуезов ауданындағы Ақсай-4 шағынауданында тоғыз қабатты үйдің жертөлесінде өрт шығып, түтін подъездерге тарады. Өрт сөндірушілер өртті екі сағатта толық сөндірді. 50-ге жуық тұрғын эвакуацияланды, екі бала түтіннен уланып, ауруханаға жеткізілді, деп хабарлады Алматы қаласының төтенше жағдайлар департаменті. Әуезов ауданының әкімдігі зардап шеккен отбасыларды жақын маңдағы мектептің спорт залына уақытша орналастырды.
Оқырмандар бізге түні бойы бейнежазба жіберді. «Жетінші қабатта тұрамыз, подъезд түтінге толып кетті, балаларды балкон арқылы көршіге өткіздік», – деп жазды Әсем есімді оқырман. Тағы бір оқырман өрт сөндірушілер он минутта жеткенін айтып, алғыс білдірді. Дәрігерлердің айтуынша, ауруханадағы балалардың жағдайы тұрақты.
Департаменттің мәліметінше, жертөледе тұрғындардың ескі жиһазы мен көлік доңғалақтары жиналып қалған. Үйге қызмет көрсететін «Алатау Сервис» компаниясы бұл туралы бірнеше рет ескерту алған, енді оған айыппұл салынуы мүмкін. Оқырмандар пікірінде Ақсай шағынаудандарындағы ескі үйлердің жертөлелері бұрыннан қоқысқа толы екенін жазды.
Сол түні Алматы облысының Қонаев қаласында да жеке тұрғын үй өртеніп кетті. Отбасы мүшелері үйден уақытында шығып үлгерген, адам шығыны жоқ. Өрт пештен шыққан деп болжануда. Өрт сөндірушілер 20 минутта жетті, бірақ шатыр толық жанып кеткен. Үй иесінің айтуынша, отбасы Талғардан екі ай бұрын ғана көшіп келген.
Қалалық ТЖД ақпан айының соңына дейін Алатау, Наурызбай және Түрксіб аудандарындағы көпқабатты үйлердің жертөлелерін тексеретінін хабарлады. Тұрғындарға жертөлелерде заттарды, әсіресе жанармай мен газ баллондарын сақтамау қатаң ескертілді.
Синоптиктер алдағы үш күнде Алматыда және Қонаевта аяз –20 градусқа дейін күшейеді деп күтуде, сондықтан пештер мен жылытқыштарды пайдаланғанда сақ болу қажет.
#Алматы #өрт""",
     ann=[
        ('Алматыда', 0, 'city', 'Almaty', 'Almaty', {'note': 'headline'}),
        ('АЛМАТЫ', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Алматының', 0, 'city', 'Almaty', 'Almaty'),
        ('Әуезов ауданындағы', 0, 'district', 'Auezov District (Almaty)', 'Almaty', {'subkind': 'city district', 'note': 'named after a person'}),
        ('Ақсай-4 шағынауданында', 0, 'district', 'Aksai-4 (Almaty)', 'Almaty', {'subkind': 'microdistrict', 'note': 'namesake of the town Aksai (West Kazakhstan Region)'}),
        ('Алматы қаласының', 0, 'city', 'Almaty', 'Almaty', {'note': 'inside the name of an authority'}),
        ('Әуезов ауданының', 0, 'district', 'Auezov District (Almaty)', 'Almaty', {'subkind': 'city district', 'note': 'inside the name of an authority'}),
        ('Ақсай шағынаудандарындағы', 0, 'district', 'Aksai (Almaty)', 'Almaty', {'subkind': 'microdistrict', 'note': "NI:readers' complaint about basements (the Aksai microdistricts)"}),
        ('Алматы облысының', 0, 'region', ALR, ALR),
        ('Қонаев қаласында', 0, 'city', 'Konaev', ALR),
        ('Талғардан', 0, 'city', 'Talgar', ALR, {'note': "NI:family's former residence"}),
        ('Алатау', 1, 'district', 'Alatau District (Almaty)', 'Almaty', {'subkind': 'city district', 'note': 'NI:planned inspections (list sharing "аудандарындағы"); «Алатау Сервис» (a company) is not annotated'}),
        ('Наурызбай', 0, 'district', 'Nauryzbai District (Almaty)', 'Almaty', {'subkind': 'city district', 'note': 'NI:planned inspections (list sharing "аудандарындағы")'}),
        ('Түрксіб', 0, 'district', 'Turksib District (Almaty)', 'Almaty', {'subkind': 'city district', 'note': 'NI:planned inspections (list sharing "аудандарындағы")'}),
        ('Алматыда', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:forecast'}),
        ('Қонаевта', 0, 'city', 'Konaev', ALR, {'note': 'NI:forecast'}),
        ('Алматы', 2, 'city', 'Almaty', 'Almaty', {'note': 'NI:hashtag (#Алматы)'}),
     ],
     inc={'Almaty': (1, 'basement fire in a nine-storey block in the Aksai-4 microdistrict, Auezov district; 50 evacuated, two children poisoned by smoke'),
          ALR: (1, 'house fire in Konaev the same night')}),
]
