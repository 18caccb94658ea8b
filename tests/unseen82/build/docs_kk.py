"""Kazakh texts of the eighty-second unseen check corpus (Cyrillic; annotation tuples described
in tests/build_check_corpus.py, run with --max-words=420)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p017', date='2022-08-16', lang='kk',
     event='2022 ten-day expedition across the new Jetisu Region (Almaty - Kapchagay - Taldykorgan - Tekeli - Sarkand - Lepsy - Usharal - Alakol - Dostyk), two months after its creation: a lorry overturns 20 km from Sarkand, a campfire spark burns two tents and a car near Kamyskala on Lake Alakol (both Jetisu Region); the Chinese station Alashankou across the border; no signposts in several districts',
     text="""Жетісу облысы бойынша он күн: Талдықорғаннан Достыққа дейін 700 шақырым
ТАЛДЫҚОРҒАН, 16 тамыз. ҚазАқпарат – Алматылық саяхатшылар клубының бес мүшесі Жетісу облысы бойынша он күндік экспедициясын аяқтады. Облыс биыл 8 маусымда Алматы облысынан бөлініп құрылды, оның орталығы – Талдықорған. Экспедиция жетекшісі Ерболат Сәрсенбаевтың күнделігін ықшамдап жариялап отырмыз.

1–2-күн. Алматы – Қапшағай – Талдықорған, 270 шақырым. Қапшағай су қоймасының жағасында түскі ас іштік, одан әрі жол жақсы. Талдықорғанда облыстық өлкетану музейін араладық.

3-күн. Талдықорған – Текелі, 45 шақырым тау жолы. Көксу өзенінің жағасында түнедік.

4–5-күн. Текелі – Сарқан – Лепсі, 220 шақырым. Сарқаннан 20 шақырым жерде алдымызда келе жатқан жүк көлігі бұрылыста аударылып қалды. Жүргізуші басынан жарақат алды, біз оған алғашқы көмек көрсетіп, жедел жәрдем шақырдық. Оқиғаны Сарқан ауданының полициясы тіркеді.

6–8-күн. Лепсі – Үшарал – Алакөл, 250 шақырым. Үшаралда азық-түлік алып, Алакөл ауданының әкімдігінен жолдың жағдайын сұрадық. Алакөл жағасындағы Қамысқала ауылы маңында лагерь құрдық. Түнде қатты жел көрші топтың отынан ұшқын әкеліп, екі шатыр мен бір көлікті өртеп жіберді. Өртті Үшаралдан келген өрт сөндірушілер сөндірді, ешкім зардап шеккен жоқ.

9–10-күн. Алакөл – Достық, 90 шақырым. Достық стансасы – Қытаймен шекарадағы теміржол өткелі, арғы беттегі Алашаңқайды тек алыстан көрдік. Шекарашылар бізге қыста мұнда «Сайқан» деген суық жел соғатынын, ол кейде вагондарды да жолдан шығаратынын айтты. Үйге Үшарал арқылы пойызбен қайттық.

Сапар соңында жетекші облыс әкімдігіне хат жазды. Оның айтуынша, облыстың бірнеше ауданында туристерге арналған жол белгілері мен демалыс орындары жоқ, ал Лепсі мен Үшарал арасындағы жол әлі жөнделмеген. Клуб келесі жазда Алматы облысындағы Көлсай көлдері мен Шарын шатқалына баруды жоспарлап отыр.""",
     ann=[
        ('Жетісу облысы', 0, 'region', JTR, JTR, {'note': 'headline; created 2022-06-08'}),
        ('Талдықорғаннан', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:headline, route start; Jetisu Region since 2022-06-08'}),
        ('Достыққа', 0, 'village', 'Dostyk', JTR, {'note': 'NI:headline, route end'}),
        ('ТАЛДЫҚОРҒАН', 0, 'city', 'Taldykorgan', JTR, {'note': 'dateline'}),
        ('Жетісу облысы', 1, 'region', JTR, JTR, {'note': 'region of the expedition'}),
        ('Алматы облысынан', 0, 'region', ALR, ALR, {'note': 'NI:the region Jetisu was split from'}),
        ('Талдықорған', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:regional centre'}),
        ('Алматы', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:route start'}),
        ('Қапшағай', 0, 'city', 'Konaev', ALR, {'note': 'NI:on the route; stayed in Almaty Region, renamed Konaev in November 2022'}),
        ('Талдықорған', 1, 'city', 'Taldykorgan', JTR, {'note': 'NI:route endpoint'}),
        ('Қапшағай су қоймасының', 0, 'facility', 'Kapchagay reservoir', ALR, {'subkind': 'reservoir', 'note': 'NI:lunch stop'}),
        ('Талдықорғанда', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:museum visit'}),
        ('Талдықорған', 2, 'city', 'Taldykorgan', JTR, {'note': 'NI:route start'}),
        ('Текелі', 0, 'city', 'Tekeli', JTR, {'note': 'NI:route endpoint'}),
        ('Көксу өзенінің', 0, 'facility', 'Koksu River', N, {'subkind': 'river'}),
        ('Текелі', 1, 'city', 'Tekeli', JTR, {'note': 'NI:route start'}),
        ('Сарқан', 0, 'city', 'Sarkand', JTR, {'note': 'NI:on the route'}),
        ('Лепсі', 0, 'village', 'Lepsy', JTR, {'note': 'NI:route endpoint'}),
        ('Сарқаннан', 0, 'city', 'Sarkand', JTR, {'note': 'reference point of the lorry accident ("20 шақырым жерде")'}),
        ('Сарқан ауданының', 0, 'district', 'Sarkand District', JTR, {'note': 'inside the name of an authority (police)'}),
        ('Лепсі', 1, 'village', 'Lepsy', JTR, {'note': 'NI:route start'}),
        ('Үшарал', 0, 'city', 'Usharal', JTR, {'note': 'NI:on the route'}),
        ('Алакөл', 0, 'facility', 'Lake Alakol', N, {'subkind': 'lake', 'note': 'NI:route endpoint (the lake shore)'}),
        ('Алакөл', 2, 'facility', 'Lake Alakol', N, {'subkind': 'lake'}),
        ('Қамысқала ауылы', 0, 'village', 'Kamyskala', JTR, {'note': 'campfire spark burnt two tents and a car near the village'}),
        ('Үшаралда', 0, 'city', 'Usharal', JTR, {'note': 'NI:shopping'}),
        ('Алакөл ауданының', 0, 'district', 'Alakol District', JTR, {'note': 'inside the name of an authority (akimat); NI:road enquiry'}),
        ('Үшаралдан', 0, 'city', 'Usharal', JTR, {'note': 'NI:origin of firefighters'}),
        ('Алакөл', 3, 'facility', 'Lake Alakol', N, {'subkind': 'lake', 'note': 'NI:route start'}),
        ('Достық', 0, 'village', 'Dostyk', JTR, {'note': 'NI:route end'}),
        ('Достық стансасы', 0, 'facility', 'Dostyk railway station', JTR, {'subkind': 'railway station', 'note': 'NI:border station'}),
        ('Қытаймен', 0, 'foreign', 'China', N),
        ('Алашаңқайды', 0, 'foreign', 'Alashankou', N, {'note': 'NI:seen across the border'}),
        ('Үшарал', 1, 'city', 'Usharal', JTR, {'note': 'NI:return route'}),
        ('бірнеше ауданында', 0, 'quantified', 'several districts', N, {'count': None, 'unit': 'district', 'note': 'districts without signposts; not about incidents'}),
        ('Лепсі', 2, 'village', 'Lepsy', JTR, {'note': 'NI:road endpoint'}),
        ('Алматы облысындағы', 0, 'region', ALR, ALR, {'note': 'NI:planned trip'}),
        ('Көлсай көлдері', 0, 'facility', 'Kolsai lakes', N, {'subkind': 'lake', 'note': 'NI:planned trip; natural feature in Almaty Region'}),
        ('Шарын шатқалына', 0, 'facility', 'Charyn canyon', N, {'subkind': 'canyon', 'note': 'NI:planned trip; natural feature in Almaty Region'}),
        ('Үшарал', 2, 'city', 'Usharal', JTR, {'note': 'NI:road endpoint'}),
     ],
     inc={JTR: (2, 'a lorry overturned 20 km from Sarkand, driver hurt; campfire sparks burnt two tents and a car near Kamyskala on Lake Alakol')}),

dict(id='p018', date='2024-06-25', lang='kk',
     event='2024 gas cylinder explosion and fire at a tourist camp 12 km from Karaul, Abai district (Abai Region), on the "Abai road" tour Semey - Zhidebai - Karaul; tourists from Astana and Almaty; Kurchatov and Ayagoz on the programme',
     text="""Абай облысында туристер лагерінде газ баллоны жарылды
СЕМЕЙ, 25 маусым. Абай облысының Абай ауданында туристер лагерінде газ баллоны жарылып, өрт шықты. Облыстық төтенше жағдайлар департаментінің хабарлауынша, оқиға Қарауыл ауылынан 12 шақырым жерде, Шыңғыстау тауларының етегінде болған. Екі шатыр мен бір киіз үй өртенді, бір әйел күйік алып, Қарауылдағы ауруханаға жеткізілді.
Астана мен Алматыдан келген 20 турист «Абай жолы» деп аталатын бес күндік бағдарламамен саяхаттап жүрген. Маршрут Семейден басталып, Жидебай арқылы Қарауылға дейін 200 шақырымды қамтиды. Бағдарламада Курчатовқа бару, ал соңында Аягөз арқылы Алматыға пойызбен қайту бар.
Туроператор сапарды тоқтатпайтынын айтты: туристер енді лагерьде емес, Қарауыл ауылындағы қонақүйде түнейді.""",
     ann=[
        ('Абай облысында', 0, 'region', ABR, ABR, {'note': 'headline; created 2022-06-08'}),
        ('СЕМЕЙ', 0, 'city', 'Semey', ABR, {'note': 'dateline'}),
        ('Абай облысының', 0, 'region', ABR, ABR),
        ('Абай ауданында', 0, 'district', 'Abai District (Abai Region)', ABR, {'note': 'district of the camp fire'}),
        ('Қарауыл ауылынан', 0, 'village', 'Karaul', ABR, {'note': 'reference point of the camp fire ("12 шақырым жерде")'}),
        ('Шыңғыстау тауларының', 0, 'facility', 'Shyngystau mountains', N, {'subkind': 'mountains', 'note': 'natural feature in Abai Region; the camp at their foot'}),
        ('Қарауылдағы', 0, 'village', 'Karaul', ABR, {'note': 'NI:hospital'}),
        ('Астана', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of tourists'}),
        ('Алматыдан', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of tourists'}),
        ('Семейден', 0, 'city', 'Semey', ABR, {'note': 'NI:route start'}),
        ('Жидебай', 0, 'village', 'Zhidebai', ABR, {'note': 'NI:on the route'}),
        ('Қарауылға', 0, 'village', 'Karaul', ABR, {'note': 'NI:route end'}),
        ('Курчатовқа', 0, 'city', 'Kurchatov', ABR, {'note': 'NI:programme; Abai Region since 2022-06-08'}),
        ('Аягөз', 0, 'city', 'Ayagoz', ABR, {'note': 'NI:return route'}),
        ('Алматыға', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:return'}),
        ('Қарауыл ауылындағы', 0, 'village', 'Karaul', ABR, {'note': 'NI:hotel'}),
     ],
     inc={ABR: (1, 'gas cylinder explosion and fire at a tourist camp 12 km from Karaul, one woman burned')}),

dict(id='p019', date='1997-09-10', lang='kk',
     event='1997 horse expedition Akmola - Shortandy - Shchuchinsk - Burabay - Kokshetau (300 km): a rider thrown when his horse stumbles 15 km before Shchuchinsk (North Kazakhstan Region, which absorbed Kokshetau Region in 1997); Akmola city before it became the capital; Astrakhanka village',
     text="""Атты саяхатшылар Ақмоладан Көкшетауға жетті
КӨКШЕТАУ, 10 қыркүйек. Ақмоладан шыққан алты атты саяхатшы он екі күнде 300 шақырым жол жүріп, сенбі күні Көкшетауға жетті. Жорық Ақмола облысы мен Солтүстік Қазақстан облысының ауылдары арқылы өтті.
Саяхатшылар Ақмола – Шортанды – Щучинск – Бурабай – Көкшетау бағытымен жүрді, жолда Астраханка ауылынан келген екі жылқышы оларға қосылды. Бір оқыс оқиға болды: Щучинскіге 15 шақырым қалғанда бір ат сүрініп, жорықшылардың бірі Бақыт Оспанов аттан құлап, қолын сындырды. Ол Щучинскідегі ауруханада емделіп жатыр.
Көкшетау мамыр айынан бері Солтүстік Қазақстан облысының құрамында: Көкшетау облысы таратылып, оның жері көрші облысқа қосылды. Саяхатшылар енді Петропавлға дейін барып, жорықты сонда аяқтамақ.""",
     ann=[
        ('Ақмоладан', 0, 'city', 'Astana', 'Astana', {'note': 'NI:headline, route start; the city of Akmola (capital from December 1997, renamed Astana in 1998)'}),
        ('Көкшетауға', 0, 'city', 'Kokshetau', NKR, {'note': 'NI:headline, destination; North Kazakhstan Region from May 1997 to 1999'}),
        ('КӨКШЕТАУ', 0, 'city', 'Kokshetau', NKR, {'note': 'dateline'}),
        ('Ақмоладан', 1, 'city', 'Astana', 'Astana', {'note': 'NI:start'}),
        ('Көкшетауға', 1, 'city', 'Kokshetau', NKR, {'note': 'NI:arrival'}),
        ('Ақмола облысы', 0, 'region', AKR, AKR, {'note': 'NI:region crossed'}),
        ('Солтүстік Қазақстан облысының', 0, 'region', NKR, NKR, {'note': 'NI:region crossed'}),
        ('Ақмола', 1, 'city', 'Astana', 'Astana', {'note': 'NI:route start'}),
        ('Шортанды', 0, 'village', 'Shortandy', AKR, {'note': 'NI:on the route'}),
        ('Щучинск', 0, 'city', 'Shchuchinsk', NKR, {'note': 'NI:on the route; Kokshetau Region until May 1997, then North Kazakhstan Region until 1999'}),
        ('Бурабай', 0, 'village', 'Burabay', NKR, {'note': 'NI:on the route; North Kazakhstan Region 1997-1999'}),
        ('Көкшетау', 0, 'city', 'Kokshetau', NKR, {'note': 'NI:route end'}),
        ('Астраханка ауылынан', 0, 'village', 'Astrakhanka', AKR, {'note': 'NI:origin of two herders; not Astrakhan in Russia'}),
        ('Щучинскіге', 0, 'city', 'Shchuchinsk', NKR, {'note': 'reference point of the fall from a horse ("15 шақырым қалғанда")'}),
        ('Щучинскідегі', 0, 'city', 'Shchuchinsk', NKR, {'note': 'NI:hospital'}),
        ('Көкшетау', 1, 'city', 'Kokshetau', NKR, {'note': 'NI:administrative history'}),
        ('Солтүстік Қазақстан облысының', 1, 'region', NKR, NKR, {'note': 'NI:administrative history'}),
        ('Көкшетау облысы', 0, 'region', NKR, NKR, {'uncertain': True, 'note': 'NI:Kokshetau Region, abolished in May 1997 and merged into North Kazakhstan Region; labelled with the unit that took over its land'}),
        ('Петропавлға', 0, 'city', 'Petropavl', NKR, {'note': 'NI:planned end'}),
     ],
     inc={NKR: (1, 'a rider thrown from a stumbling horse 15 km before Shchuchinsk, broken arm')}),

dict(id='p020', date='2011-05-17', lang='kk',
     event='2011 fire in two yurts at a tourist camp on the edge of the Aksu-Zhabagly reserve, Tulkubas district (South Kazakhstan Region), on a tour from Taraz across the Jambyl-South Kazakhstan border; Kyrgyz border rides in the programme',
     text="""Ақсу-Жабағылы қорығы маңындағы туристер лагерінде өрт шықты
ШЫМКЕНТ, 17 мамыр. Оңтүстік Қазақстан облысы Түлкібас ауданындағы Ақсу-Жабағылы қорығының шекарасында орналасқан туристер лагерінде өрт болды. Облыстық төтенше жағдайлар департаментінің мәліметінше, жексенбі түні пештен ұшқан ұшқыннан екі киіз үй өртенген. Тараздан келген 14 турист сыртқа уақытында шығып үлгерген, зардап шеккен жоқ.
Топ Тараздан шығып, Жамбыл облысы мен Оңтүстік Қазақстан облысының шекарасын кесіп өтіп, 120 шақырым жүріп Жабағылы ауылына жеткен. Саяхат бағдарламасында Талас Алатауына жаяу шығу, Ақсу шатқалы және Қырғызстан шекарасына дейін атпен серуен бар. Өрттен кейін топ Шымкентке барып, сол жерден Тараз бен Алматыға қайтты.
Қорық директоры лагерь иесіне айыппұл салынатынын айтты.""",
     ann=[
        ('Ақсу-Жабағылы қорығы', 0, 'facility', 'Aksu-Zhabagly nature reserve', SKR, {'subkind': 'nature reserve', 'note': 'headline; camp on its edge'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', SKR, {'note': 'dateline; South Kazakhstan Region before 2018-06-19'}),
        ('Оңтүстік Қазақстан облысы', 0, 'region', SKR, SKR),
        ('Түлкібас ауданындағы', 0, 'district', 'Tulkubas District', SKR, {'note': 'district of the camp fire'}),
        ('Ақсу-Жабағылы қорығының', 0, 'facility', 'Aksu-Zhabagly nature reserve', SKR, {'subkind': 'nature reserve', 'note': 'camp on its edge'}),
        ('Тараздан', 0, 'city', 'Taraz', JR, {'note': 'NI:origin of tourists'}),
        ('Тараздан', 1, 'city', 'Taraz', JR, {'note': 'NI:route start'}),
        ('Жамбыл облысы', 0, 'region', JR, JR, {'note': 'NI:border crossed'}),
        ('Оңтүстік Қазақстан облысының', 0, 'region', SKR, SKR, {'note': 'NI:border crossed'}),
        ('Жабағылы ауылына', 0, 'village', 'Zhabagly', SKR, {'note': 'NI:destination'}),
        ('Талас Алатауына', 0, 'facility', 'Talas Alatau', N, {'subkind': 'mountains', 'note': 'NI:programme'}),
        ('Ақсу шатқалы', 0, 'facility', 'Aksu canyon', N, {'subkind': 'canyon', 'note': 'NI:programme'}),
        ('Қырғызстан', 0, 'foreign', 'Kyrgyzstan', N, {'note': 'NI:programme'}),
        ('Шымкентке', 0, 'city', 'Shymkent', SKR, {'note': 'NI:return route'}),
        ('Тараз', 0, 'city', 'Taraz', JR, {'note': 'NI:return'}),
        ('Алматыға', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:return'}),
     ],
     inc={SKR: (1, 'two yurts burnt at a tourist camp on the edge of the Aksu-Zhabagly reserve, Tulkubas district')}),

dict(id='p021', date='2026-04-14', lang='kk',
     event='2026 cyclists\' spring ride Shymkent - Turkestan - Kentau - Zhanakorgan - Shieli - Kyzylorda - Baikonur (700 km): a taxi hits the support car in Shymkent (Shymkent), a cyclist falls from the wall of ancient Sauran (Turkistan Region), a tent fire at the camp 10 km from Shieli (Kyzylorda Region); camp fires in two other, unnamed regions (unattributed)',
     text="""Жібек жолымен көктемгі сапар: Шымкенттен Байқоңырға дейін 700 шақырым
ҚЫЗЫЛОРДА, 14 сәуір. Шымкенттік велосипедшілер клубының сегіз мүшесі екі апталық сапарын Байқоңырда аяқтады. Маршрут Түркістан және Қызылорда облыстары арқылы өтті. Сапар күнделігінен үзінділер ұсынамыз.

1-күн. Шымкент – Түркістан, 165 шақырым, жолда Ордабасы ауданындағы Темірлан ауылында шай іштік. Сапар басталмай жатып оқыс жағдай болды: Шымкенттегі Республика даңғылында бағдаршамда тұрған сүйемелдеу көлігімізді артынан такси соғып кетті. Адам зардап шеккен жоқ, бірақ полицияны күтіп, екі сағат жоғалттық. Көліктің артқы есігі майысып қалды, оны Түркістанда бір шебер жарты сағатта түзетіп берді.

2–3-күн. Түркістанда Қожа Ахмет Ясауи кесенесін көріп, Кентауға барып қондық. Түркістаннан 40 шақырым солтүстік-батыстағы Сауран қалашығында командамыздың ең жас мүшесі Әлихан қорған қабырғасынан құлап, аяғын сындырды. Оны Түркістандағы облыстық ауруханаға жеткіздік, ол үйге пойызбен қайтты.

4–6-күн. Түркістан – Жаңақорған – Шиелі, 230 шақырым. Жаңақорған ауылы маңында Сырдарияның жағасында түнедік, кешке жергілікті балықшылар бізге жаңа ауланған балық сыйлады.

7–8-күн. Шиеліден 10 шақырым жердегі лагерімізде түнде газ плитасынан шатыр жанып кетті. Өрт көрші шатырға тарады, екі велосипед пен азық-түлік күйді, бірақ ешкім жараланған жоқ. Шиелі ауданының өрт сөндірушілері 20 минутта жетті.

9–12-күн. Шиелі – Қызылорда – Байқоңыр, 330 шақырым. Қызылордада бір күн демалдық, велосипедтерді жөндеп, Сырдария көпірінен суретке түстік. Байқоңырға дейінгі жолда Жалағаш ауылында түнедік. Байқоңыр қаласына кіру үшін арнайы рұқсат керек, оны алдын ала Астанадан алдық.

ТЖМ мәліметінше, дәл сол демалыс күндері тағы екі облыста туристер лагерінде өрт шыққан. Клуб жетекшісі Нұрлан Әбдіқадыровтың айтуынша, ең ауыр бөлік Түркістан мен Жаңақорған арасындағы желді дала болды. Клуб келесі көктемде Ташкенттен Самарқанға дейін жүрмек.""",
     ann=[
        ('Шымкенттен', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:headline, route start'}),
        ('Байқоңырға', 0, 'city', 'Baikonur', KZR, {'note': 'NI:headline, route end; leased to Russia'}),
        ('ҚЫЗЫЛОРДА', 0, 'city', 'Kyzylorda', KZR, {'note': 'dateline'}),
        ('Байқоңырда', 0, 'city', 'Baikonur', KZR, {'note': 'NI:finish'}),
        ('Түркістан', 0, 'region', TR, TR, {'note': 'NI:in a list sharing "облыстары"'}),
        ('Қызылорда', 0, 'region', KZR, KZR, {'note': 'NI:in a list sharing "облыстары"'}),
        ('Шымкент', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:route start'}),
        ('Түркістан', 1, 'city', 'Turkestan', TR, {'note': 'NI:route endpoint'}),
        ('Ордабасы ауданындағы', 0, 'district', 'Ordabasy District', TR, {'note': 'NI:on the route'}),
        ('Темірлан ауылында', 0, 'village', 'Temirlan', TR, {'note': 'NI:tea stop'}),
        ('Шымкенттегі', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'a taxi hit the support car at a traffic light'}),
        ('Республика даңғылында', 0, 'facility', 'Republic Avenue (Shymkent)', 'Shymkent', {'subkind': 'street', 'note': 'site of the collision'}),
        ('Түркістанда', 0, 'city', 'Turkestan', TR, {'note': 'NI:repair of the car'}),
        ('Түркістанда', 1, 'city', 'Turkestan', TR, {'note': 'NI:sightseeing'}),
        ('Қожа Ахмет Ясауи кесенесін', 0, 'facility', 'Khoja Ahmed Yasawi mausoleum', TR, {'subkind': 'mausoleum', 'note': 'NI:sightseeing; named after a person'}),
        ('Кентауға', 0, 'city', 'Kentau', TR, {'note': 'NI:overnight stop'}),
        ('Түркістаннан', 0, 'city', 'Turkestan', TR, {'note': 'NI:reference point'}),
        ('Сауран қалашығында', 0, 'facility', 'Sauran (ancient city)', TR, {'subkind': 'archaeological site', 'note': 'a cyclist fell from the wall and broke his leg'}),
        ('Түркістандағы', 0, 'city', 'Turkestan', TR, {'note': 'NI:hospital'}),
        ('Түркістан', 2, 'city', 'Turkestan', TR, {'note': 'NI:route start'}),
        ('Жаңақорған', 0, 'village', 'Zhanakorgan', KZR, {'note': 'NI:on the route'}),
        ('Шиелі', 0, 'village', 'Shieli', KZR, {'note': 'NI:route endpoint'}),
        ('Жаңақорған ауылы', 0, 'village', 'Zhanakorgan', KZR, {'note': 'NI:overnight stop'}),
        ('Сырдарияның', 0, 'facility', 'Syr Darya', N, {'subkind': 'river'}),
        ('Шиеліден', 0, 'village', 'Shieli', KZR, {'note': 'reference point of the tent fire ("10 шақырым жердегі")'}),
        ('Шиелі ауданының', 0, 'district', 'Shieli District', KZR, {'note': 'firefighters of the district'}),
        ('Шиелі', 2, 'village', 'Shieli', KZR, {'note': 'NI:route start'}),
        ('Қызылорда', 1, 'city', 'Kyzylorda', KZR, {'note': 'NI:on the route'}),
        ('Сырдария көпірінен', 0, 'facility', 'Syr Darya bridge (Kyzylorda)', KZR, {'subkind': 'bridge', 'note': 'NI:photo stop'}),
        ('Байқоңыр', 0, 'city', 'Baikonur', KZR, {'note': 'NI:route end'}),
        ('Байқоңырға', 1, 'city', 'Baikonur', KZR, {'note': 'NI:road to the town'}),
        ('Жалағаш ауылында', 0, 'village', 'Zhalagash', KZR, {'note': 'NI:overnight stop'}),
        ('Қызылордада', 0, 'city', 'Kyzylorda', KZR, {'note': 'NI:rest day'}),
        ('Байқоңыр қаласына', 0, 'city', 'Baikonur', KZR, {'note': 'NI:entry permit; leased to Russia'}),
        ('Астанадан', 0, 'city', 'Astana', 'Astana', {'note': 'NI:permit issued'}),
        ('екі облыста', 0, 'quantified', '2 regions', N, {'count': 2, 'unit': 'region', 'note': 'camp fires in two unnamed regions'}),
        ('Түркістан', 3, 'city', 'Turkestan', TR, {'note': 'NI:stretch of road'}),
        ('Жаңақорған', 2, 'village', 'Zhanakorgan', KZR, {'note': 'NI:stretch of road'}),
        ('Ташкенттен', 0, 'foreign', 'Tashkent', N, {'note': 'NI:planned trip'}),
        ('Самарқанға', 0, 'foreign', 'Samarkand', N, {'note': 'NI:planned trip'}),
     ],
     inc={'Shymkent': (1, 'a taxi hit the support car at a traffic light on Republic Avenue, nobody hurt'),
          TR: (1, 'a cyclist fell from the wall of ancient Sauran, 40 km from Turkestan, broken leg'),
          KZR: (1, 'gas stove set fire to a tent at the camp 10 km from Shieli, spreading to a second tent')},
     unatt=[{'label': 'екі облыста', 'count': 2, 'note': 'fires at tourist camps in two other, unnamed regions on the same weekend'}]),

dict(id='p022', date='2007-08-14', lang='kk',
     event='2007 newspaper car trip Oral - Taskala - Zhanibek - Saikhin - Khan Ordasy (480 km): a car hits a cow 8 km from Taskala, driver cut (West Kazakhstan Region); the newspaper "Ak Zhaiyk" is not the river; Volgograd and Saratov oblasts across the border',
     text="""Орал – Хан Ордасы: автосаяхат сиыр қағумен басталды
ОРАЛ, 14 тамыз. «Ақ Жайық» газеті ұйымдастырған тарихи автосаяхаттың алғашқы күні оқыс оқиғамен басталды. Төрт көліктің бірі Тасқала ауылынан 8 шақырым жерде жолға шығып кеткен сиырды қағып кетті. Жүргізуші бетін әйнекпен жаралап, Тасқаладағы ауруханада таңылды, көлік сапарын жалғастыра алмады.
Саяхат бағыты: Орал – Тасқала – Жәнібек – Сайхын – Хан Ордасы, барлығы 480 шақырым. Жәнібек ауылынан кейін жол Ресейдің Волгоград облысымен шекара бойымен өтеді. Бөкейорда ауданындағы Хан Ордасында саяхатшылар Жәңгір хан мешітін және мұражайды көреді.
Сапарға қатысушылар Ресейдің Саратов облысы арқылы емес, Жайық өзенінің бойымен Оралға қайтпақ.""",
     ann=[
        ('Орал', 0, 'city', 'Oral', WKR, {'note': 'NI:headline, route start'}),
        ('Хан Ордасы', 0, 'village', 'Khan Ordasy', WKR, {'note': 'NI:headline, route end'}),
        ('ОРАЛ', 0, 'city', 'Oral', WKR, {'note': 'dateline'}),
        ('Тасқала ауылынан', 0, 'village', 'Taskala', WKR, {'note': 'reference point of the collision with a cow ("8 шақырым жерде")'}),
        ('Тасқаладағы', 0, 'village', 'Taskala', WKR, {'note': 'NI:hospital'}),
        ('Орал', 1, 'city', 'Oral', WKR, {'note': 'NI:route start'}),
        ('Тасқала', 1, 'village', 'Taskala', WKR, {'note': 'NI:on the route'}),
        ('Жәнібек', 0, 'village', 'Zhanibek', WKR, {'note': 'NI:on the route'}),
        ('Сайхын', 0, 'village', 'Saikhin', WKR, {'note': 'NI:on the route'}),
        ('Хан Ордасы', 1, 'village', 'Khan Ordasy', WKR, {'note': 'NI:route end'}),
        ('Жәнібек ауылынан', 0, 'village', 'Zhanibek', WKR, {'note': 'NI:reference point'}),
        ('Ресейдің', 0, 'foreign', 'Russia', N),
        ('Волгоград облысымен', 0, 'foreign', 'Volgograd Oblast', N, {'note': 'NI:border'}),
        ('Бөкейорда ауданындағы', 0, 'district', 'Bokeyorda District', WKR, {'note': 'NI:sightseeing'}),
        ('Хан Ордасында', 0, 'village', 'Khan Ordasy', WKR, {'note': 'NI:sightseeing'}),
        ('Жәңгір хан мешітін', 0, 'facility', 'Zhangir Khan mosque', WKR, {'subkind': 'mosque', 'note': 'NI:sightseeing; named after a person'}),
        ('Ресейдің', 1, 'foreign', 'Russia', N),
        ('Саратов облысы', 0, 'foreign', 'Saratov Oblast', N, {'note': 'NI:route not taken'}),
        ('Жайық өзенінің', 0, 'facility', 'Ural River', N, {'subkind': 'river', 'note': 'Kazakh name of the Ural'}),
        ('Оралға', 0, 'city', 'Oral', WKR, {'note': 'NI:return'}),
     ],
     inc={WKR: (1, 'a car of the trip hit a cow 8 km from Taskala, driver cut')}),

dict(id='p023', date='2016-10-11', lang='kk',
     event='2016 tour bus carrying Chinese tourists to Medeu burns out on Dostyk Avenue, Medeu district (Almaty), nobody hurt; the tour Urumqi - Khorgos - Almaty - Bishkek - Issyk-Kul; Dostyk Avenue vs Dostyk village; Khorgos in Almaty Region before 2022',
     text="""Алматыда Медеуге бара жатқан туристік автобус өртенді
АЛМАТЫ, 11 қазан. Қытайдан келген 30 туристі Медеуге апара жатқан автобус Медеу ауданындағы Достық даңғылында өртенді. Жүргізуші қозғалтқыштан түтін шыққанын байқап, жолаушыларды уақытында түсіріп үлгерді, ешкім зардап шеккен жоқ, деп хабарлады Алматы қаласының төтенше жағдайлар департаменті.
Туристер он күндік турмен саяхаттап жүр: Үрімжі – Қорғас – Алматы – Бішкек – Ыстықкөл. Қорғастағы шекара бекетінен Алматыға дейін 380 шақырымды олар екі күнде жүріп өткен. Алматыда олар Медеу мұз айдынын, Шымбұлақ тау шаңғысы курортын және Үлкен Алматы көлін көрмек.
Өрттен кейін туристерді басқа автобуспен Шымбұлаққа жеткізді. Бейсенбі күні топ Қордай бекеті арқылы Қырғызстанға өтеді.""",
     ann=[
        ('Алматыда', 0, 'city', 'Almaty', 'Almaty', {'note': 'headline'}),
        ('Медеуге', 0, 'facility', 'Medeu skating rink', 'Almaty', {'subkind': 'stadium', 'uncertain': True, 'note': 'NI:headline, destination; "Medeu" can be the rink or the area around it'}),
        ('АЛМАТЫ', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Қытайдан', 0, 'foreign', 'China', N, {'note': 'NI:origin of tourists'}),
        ('Медеуге', 1, 'facility', 'Medeu skating rink', 'Almaty', {'subkind': 'stadium', 'uncertain': True, 'note': 'NI:destination; the rink or the area around it'}),
        ('Медеу ауданындағы', 0, 'district', 'Medeu District (Almaty)', 'Almaty', {'subkind': 'city district', 'note': 'district of the bus fire'}),
        ('Достық даңғылында', 0, 'facility', 'Dostyk Avenue (Almaty)', 'Almaty', {'subkind': 'street', 'note': 'bus fire; not the village of Dostyk'}),
        ('Алматы қаласының', 0, 'city', 'Almaty', 'Almaty', {'note': 'inside the name of an authority'}),
        ('Үрімжі', 0, 'foreign', 'Urumqi', N, {'note': 'NI:route start'}),
        ('Қорғас', 0, 'village', 'Khorgos', ALR, {'note': 'NI:on the route; Almaty Region before 2022-06-08'}),
        ('Алматы', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:on the route'}),
        ('Бішкек', 0, 'foreign', 'Bishkek', N, {'note': 'NI:on the route'}),
        ('Ыстықкөл', 0, 'foreign', 'Lake Issyk-Kul', N, {'note': 'NI:route end; lake in Kyrgyzstan'}),
        ('Қорғастағы', 0, 'village', 'Khorgos', ALR, {'note': 'NI:border post, route start'}),
        ('Алматыға', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:route end'}),
        ('Алматыда', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:programme'}),
        ('Медеу мұз айдынын', 0, 'facility', 'Medeu skating rink', 'Almaty', {'subkind': 'stadium', 'note': 'NI:programme'}),
        ('Шымбұлақ тау шаңғысы курортын', 0, 'facility', 'Shymbulak ski resort', 'Almaty', {'subkind': 'ski resort', 'note': 'NI:programme'}),
        ('Үлкен Алматы көлін', 0, 'facility', 'Big Almaty Lake', N, {'subkind': 'lake', 'note': 'NI:programme; natural feature in the mountains south of Almaty'}),
        ('Шымбұлаққа', 0, 'facility', 'Shymbulak ski resort', 'Almaty', {'subkind': 'ski resort', 'note': 'NI:destination'}),
        ('Қордай бекеті', 0, 'facility', 'Kordai border crossing', JR, {'subkind': 'border crossing', 'note': 'NI:planned crossing'}),
        ('Қырғызстанға', 0, 'foreign', 'Kyrgyzstan', N, {'note': 'NI:destination'}),
     ],
     inc={'Almaty': (1, 'tour bus burnt out on Dostyk Avenue, Medeu district, nobody hurt')}),

dict(id='p024', date='2020-02-20', lang='kk',
     event='2020 ski tour bus Nur-Sultan - Burabay collides with a car on Turan Avenue in Nur-Sultan, three hurt (Astana); the programme Shchuchinsk - Burabay - Kokshetau (Akmola Region); Turan Avenue is not the historical region; tourists from Karaganda Region and Omsk',
     text="""Нұр-Сұлтанда шаңғышылар мінген автобус жеңіл көлікпен соқтығысты
НҰР-СҰЛТАН, 20 ақпан. Елордадан Бурабайға шаңғы турына бара жатқан автобус таңертең Нұр-Сұлтандағы Тұран даңғылында жеңіл көлікпен соқтығысты. Қала полиция департаментінің хабарлауынша, жеңіл көліктің жүргізушісі мен автобустағы екі жолаушы жарақат алып, ауруханаға жеткізілді.
Автобуста Қарағанды облысы мен Ресейдің Омбы қаласынан келген 35 турист болған. Үш күндік бағдарлама бойынша олар Нұр-Сұлтаннан Щучинск арқылы Бурабайға (250 шақырым) барып, Ақмола облысындағы шаңғы трассаларында сырғанап, қайтар жолда Көкшетауға соқпақ еді.
Туроператор турды бір күнге кейінге қалдырып, туристерді басқа автобуспен жөнелтетінін айтты. Қалалық полиция Тұран даңғылындағы қиылыста бағдаршамның неге істемей тұрғанын тексеріп жатыр.""",
     ann=[
        ('Нұр-Сұлтанда', 0, 'city', 'Astana', 'Astana', {'note': 'headline; name of the capital 2019-2022'}),
        ('НҰР-СҰЛТАН', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Бурабайға', 0, 'village', 'Burabay', AKR, {'note': 'NI:destination'}),
        ('Нұр-Сұлтандағы', 0, 'city', 'Astana', 'Astana', {'note': 'site of the collision'}),
        ('Тұран даңғылында', 0, 'facility', 'Turan Avenue (Astana)', 'Astana', {'subkind': 'street', 'note': 'collision; not the historical region Turan'}),
        ('Қарағанды облысы', 0, 'region', KR, KR, {'note': 'NI:origin of tourists'}),
        ('Ресейдің', 0, 'foreign', 'Russia', N),
        ('Омбы қаласынан', 0, 'foreign', 'Omsk', N, {'note': 'NI:origin of tourists; Kazakh name of Omsk'}),
        ('Нұр-Сұлтаннан', 0, 'city', 'Astana', 'Astana', {'note': 'NI:route start'}),
        ('Щучинск', 0, 'city', 'Shchuchinsk', AKR, {'note': 'NI:on the route'}),
        ('Бурабайға', 1, 'village', 'Burabay', AKR, {'note': 'NI:destination'}),
        ('Ақмола облысындағы', 0, 'region', AKR, AKR, {'note': 'NI:ski slopes'}),
        ('Көкшетауға', 0, 'city', 'Kokshetau', AKR, {'note': 'NI:planned stop; Akmola Region since 1999'}),
        ('Тұран даңғылындағы', 0, 'facility', 'Turan Avenue (Astana)', 'Astana', {'subkind': 'street', 'note': 'the junction of the collision; traffic light checked'}),
     ],
     inc={'Astana': (1, 'tour bus collided with a car on Turan Avenue, three hurt')}),
]
