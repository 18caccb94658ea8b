"""Kazakh texts of the eighteenth unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
JR, ALR, KYR, TR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'Turkistan Region', 'South Kazakhstan Region'
ABR, JTR, EKR, MR, KOR = 'Abai Region', 'Jetisu Region', 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR, UR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region', 'Ulytau Region'
ATR, AR, WKR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region'

DOCS = [
dict(id='p017', date='2024-10-08', lang='kk',
     event='2024 car-lorry crash on the Kyzylorda-Zhezkazgan highway 180 km from Zhezkazgan, Ulytau district (Ulytau Region), the dead from Syrdariya district (Kyzylorda Region); Zhezkazgan formerly in Karaganda Region',
     text="""Қызылорда–Жезқазған тас жолында жол апатынан үш адам қаза тапты
ЖЕЗҚАЗҒАН. 8 қазан. ҚазАқпарат – Қызылорда–Жезқазған тас жолында жеңіл көлік пен жүк көлігі соқтығысып, үш адам қаза тапты, екі адам ауруханаға жеткізілді. Бұл туралы Ұлытау облысының полиция департаменті хабарлады.
Апат жексенбі күні кешке Жезқазған қаласынан 180 шақырым жерде, Ұлытау ауданының аумағында болған. Алдын ала мәлімет бойынша, Қызылордадан шыққан «Лада» көлігінің жүргізушісі басып озу кезінде қарсы жолаққа шығып кеткен. Қаза тапқандар – Қызылорда облысы Сырдария ауданының тұрғындары.
Жарақат алған екі жолаушы тікұшақпен Жезқазғандағы облыстық ауруханаға жеткізілді. Тас жолдың бұл бөлігінде ұялы байланыс жоқ, сондықтан апат туралы өтіп бара жатқан жүргізуші жақын ауылға жетіп барып хабарлаған.
Полиция дерегінше, биыл Қызылорда–Жезқазған жолында 9 адам көз жұмған. Жезқазған 2022 жылға дейін Қарағанды облысына қарасты болған, қазір Ұлытау облысының орталығы.""",
     ann=[
        ('Қызылорда', 0, 'city', 'Kyzylorda', KYR, {'note': 'NI:headline; route endpoint'}),
        ('Жезқазған', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:headline; route endpoint'}),
        ('ЖЕЗҚАЗҒАН', 0, 'city', 'Zhezkazgan', UR, {'note': 'dateline'}),
        ('Қызылорда', 1, 'city', 'Kyzylorda', KYR, {'note': 'NI:route endpoint'}),
        ('Жезқазған', 1, 'city', 'Zhezkazgan', UR, {'note': 'NI:route endpoint'}),
        ('Ұлытау облысының', 0, 'region', UR, UR, {'note': 'inside the name of an authority'}),
        ('Жезқазған қаласынан', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:reference point ("180 шақырым жерде")'}),
        ('Ұлытау ауданының', 0, 'district', 'Ulytau District', UR, {'note': 'the crash'}),
        ('Қызылордадан', 0, 'city', 'Kyzylorda', KYR, {'note': "NI:origin of the car"}),
        ('Қызылорда облысы', 0, 'region', KYR, KYR, {'note': 'NI:residence of the dead'}),
        ('Сырдария ауданының', 0, 'district', 'Syrdariya District', KYR, {'note': 'NI:residence of the dead'}),
        ('Жезқазғандағы', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:hospital town'}),
        ('Қызылорда', 3, 'city', 'Kyzylorda', KYR, {'note': 'NI:route endpoint (yearly toll, a statistic)'}),
        ('Жезқазған', 3, 'city', 'Zhezkazgan', UR, {'note': 'NI:route endpoint (yearly toll, a statistic)'}),
        ('Жезқазған', 4, 'city', 'Zhezkazgan', UR, {'note': 'NI:former unit statement'}),
        ('Қарағанды облысына', 0, 'region', KR, KR, {'note': 'NI:the former unit of Zhezkazgan'}),
        ('Ұлытау облысының', 1, 'region', UR, UR, {'note': 'NI:regional centre'}),
     ],
     inc={UR: (1, 'car-lorry crash on the Kyzylorda-Zhezkazgan highway in Ulytau district (the headline repeats it; the yearly toll is a statistic)')}),

dict(id='p018', date='2023-01-23', lang='kk',
     event='2023 Jetisu Region weekend: a bus from Taldykorgan to Usharal overturns on the road between Sarkand and Usharal, three dead, and a boy dies of carbon monoxide poisoning in a house in Tekeli (Jetisu Region, seven months after its creation); passengers from Ayagoz (Abai Region); Almaty Region named as the former unit',
     text="""Жетісу облысында автобус аударылып, Текеліде бала иіс газынан қаза тапты
ТАЛДЫҚОРҒАН. 23 қаңтар. ҚазТАГ – Жетісу облысында демалыс күндері екі қайғылы оқиға тіркелді, деп хабарлады облыстық полиция және төтенше жағдайлар департаменттері.
Сенбі күні таңертең Сарқан мен Үшарал арасындағы жолда 32 жолаушысы бар автобус көктайғақта жолдан шығып, аударылып қалды. Үш адам оқиға орнында қаза тапты, 14 адам жарақат алды. Автобус Талдықорғаннан Үшаралға бара жатқан. Жарақат алғандар Сарқан аудандық ауруханасына және Талдықорғандағы облыстық ауруханаға жеткізілді. Жолаушылар арасында Абай облысының Аягөз қаласынан келген екі адам болған. Автобус Алматыдағы тасымалдаушы компанияға тиесілі. Полиция жүргізушіні ұстап, қылмыстық іс қозғады. Куәгерлердің айтуынша, жол тайғақ болғанына қарамастан жүргізуші жылдамдықты азайтпаған. Қазір оның жұмыс уақыты мен автобустың техникалық жағдайы тексеріліп жатыр. Қаза тапқандардың арасында Үшарал қаласының 60 жастағы тұрғыны мен Сарқан ауданындағы Лепсі ауылынан шыққан студент бар. Облыс әкімдігі марқұмдардың отбасыларына материалдық көмек көрсетеді, ал жол полициясы Сарқан мен Үшарал арасындағы учаскеде қыс бойы қосымша патрульдер қоятын болды.
Екінші оқиға жексенбіге қараған түні Текелі қаласында болды. Жеке үйде тұратын ерлі-зайыптылар мен олардың екі баласы пештен шыққан иіс газынан уланды. Таңертең көршілері жедел жәрдем шақырғанымен, 9 жасар ұл ауруханаға жеткізілгенше көз жұмды. Қалғандары Талдықорғандағы ауруханада ем алып жатыр, дәрігерлердің айтуынша, олардың жағдайы тұрақты.
Облыстық төтенше жағдайлар департаменті тұрғындарға пеш мұржаларын жүйелі түрде тазалап, үйлерге иіс газы датчиктерін орнатуға кеңес береді. Департамент мамандары алдағы аптада Текелі мен Талдықорғандағы жеке үйлерді аралап, тұрғындармен түсіндіру жұмыстарын жүргізбек.
Жетісу облысы 2022 жылдың маусымында Алматы облысының солтүстік-шығыс аудандарынан құрылды, орталығы – Талдықорған қаласы. Облыс құрамына Текелі қаласы мен сегіз аудан кірді.""",
     ann=[
        ('Жетісу облысында', 0, 'region', JTR, JTR, {'note': 'headline; the bus crash'}),
        ('Текеліде', 0, 'city', 'Tekeli', JTR, {'note': 'headline; the poisoning'}),
        ('ТАЛДЫҚОРҒАН', 0, 'city', 'Taldykorgan', JTR, {'note': 'dateline'}),
        ('Жетісу облысында', 1, 'region', JTR, JTR, {'note': 'both events'}),
        ('Сарқан', 0, 'city', 'Sarkand', JTR, {'note': 'NI:endpoint of the road section ("арасындағы жолда"); district centre'}),
        ('Үшарал', 0, 'city', 'Usharal', JTR, {'note': 'NI:endpoint of the road section; district centre'}),
        ('Талдықорғаннан', 0, 'city', 'Taldykorgan', JTR, {'note': "NI:origin of the bus"}),
        ('Үшаралға', 0, 'city', 'Usharal', JTR, {'note': 'NI:destination of the bus'}),
        ('Сарқан', 1, 'district', 'Sarkand District', JTR, {'note': 'NI:inside the name of the district hospital'}),
        ('Талдықорғандағы', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:hospital town'}),
        ('Абай облысының', 0, 'region', ABR, ABR, {'note': 'NI:residence of passengers'}),
        ('Аягөз қаласынан', 0, 'city', 'Ayagoz', ABR, {'note': 'NI:residence of passengers'}),
        ('Алматыдағы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:seat of the bus company'}),
        ('Үшарал қаласының', 0, 'city', 'Usharal', JTR, {'note': 'NI:residence of a victim'}),
        ('Сарқан ауданындағы', 0, 'district', 'Sarkand District', JTR, {'note': 'NI:origin of a victim'}),
        ('Лепсі ауылынан', 0, 'village', 'Lepsy (Sarkand district)', JTR, {'note': 'NI:origin of a victim'}),
        ('Сарқан', 3, 'city', 'Sarkand', JTR, {'note': 'NI:endpoint of the patrolled section'}),
        ('Үшарал', 2, 'city', 'Usharal', JTR, {'note': 'NI:endpoint of the patrolled section'}),
        ('Текелі қаласында', 0, 'city', 'Tekeli', JTR, {'note': 'the poisoning'}),
        ('Талдықорғандағы', 1, 'city', 'Taldykorgan', JTR, {'note': 'NI:hospital town'}),
        ('Текелі', 1, 'city', 'Tekeli', JTR, {'note': 'NI:planned prevention visits'}),
        ('Талдықорғандағы', 2, 'city', 'Taldykorgan', JTR, {'note': 'NI:planned prevention visits'}),
        ('Жетісу облысы', 0, 'region', JTR, JTR, {'note': 'NI:creation of the region'}),
        ('Алматы облысының', 0, 'region', ALR, ALR, {'note': 'NI:the former unit'}),
        ('Талдықорған қаласы', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:regional centre'}),
        ('Текелі қаласы', 0, 'city', 'Tekeli', JTR, {'note': 'NI:part of the new region'}),
        ('сегіз аудан', 0, 'quantified', '8 districts', N, {'count': 8, 'unit': 'district', 'note': 'districts of the new region; not an incident statement'}),
     ],
     inc={JTR: (2, 'bus overturned on the road between Sarkand and Usharal (three dead) and a boy killed by carbon monoxide in a house in Tekeli')}),

dict(id='p019', date='2014-03-11', lang='kk',
     event='2014 night grocery robbery on Ryskulov Street in Abay district of Shymkent, suspects from Kentau and Turkistan detained 15 km from Shymkent on the road to Lenger (South Kazakhstan Region, before the 2018 split); Abay district of Shymkent is not Abai Region, Ryskulov Street is not Ryskulov district',
     text="""Шымкентте азық-түлік дүкенін тонаған екі адам ұсталды
ШЫМКЕНТ. 11 наурыз. ҚазАқпарат – Шымкент қаласында түнгі азық-түлік дүкенін тонаған екі күдікті қолға түсті, деп хабарлады Оңтүстік Қазақстан облысының полиция департаменті.
Оқиға дүйсенбіге қараған түні қаланың Абай ауданындағы Рысқұлов көшесінде болған. Бетперде киген екі ер адам сатушы әйелді пышақпен қорқытып, кассадағы 300 мың теңгені алып кеткен. Сатушы жеңіл жарақат алды, оған жедел жәрдем көмек көрсетті.
Күдіктілер – Кентау және Түркістан қалаларының тұрғындары. Олар сол күні таңертең Ленгірге бара жатқан жолда, Шымкенттен 15 шақырым жерде ұсталды. Олардың көлігінен ақша мен пышақ табылды. Екеуі де бұрын ұрлық үшін сотталған.
Күдіктілерге қарулы тонау бабы бойынша айып тағылды. Іс тергеу аяқталған соң Шымкент қалалық сотына жіберіледі.""",
     ann=[
        ('Шымкентте', 0, 'city', 'Shymkent', SKR, {'note': 'headline'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', SKR, {'note': 'dateline'}),
        ('Шымкент қаласында', 0, 'city', 'Shymkent', SKR),
        ('Оңтүстік Қазақстан облысының', 0, 'region', SKR, SKR, {'note': 'inside the name of an authority'}),
        ('Абай ауданындағы', 0, 'district', 'Abay District (Shymkent)', SKR, {'subkind': 'city district', 'note': 'district of Shymkent, not Abai Region'}),
        ('Рысқұлов көшесінде', 0, 'facility', 'Ryskulov Street (Shymkent)', SKR, {'subkind': 'street', 'note': 'named after a person'}),
        ('Кентау', 0, 'city', 'Kentau', SKR, {'note': 'NI:residence of a suspect; list sharing the head noun "қалаларының"'}),
        ('Түркістан', 0, 'city', 'Turkistan', SKR, {'note': 'NI:residence of a suspect; list sharing the head noun "қалаларының"'}),
        ('Ленгірге', 0, 'city', 'Lenger', SKR, {'note': "NI:suspects' destination"}),
        ('Шымкенттен', 0, 'city', 'Shymkent', SKR, {'note': 'NI:reference point ("15 шақырым жерде")'}),
        ('Шымкент', 1, 'city', 'Shymkent', SKR, {'note': 'NI:inside the name of a court'}),
     ],
     inc={SKR: (1, 'armed robbery of a night grocery on Ryskulov Street, Abay district of Shymkent')}),

dict(id='p020', date='2021-12-14', lang='kk',
     event='2021 three members of a family die of carbon monoxide in a house on Dostoevsky Street in Semey, and a man dies in a garage in Ust-Kamenogorsk (East Kazakhstan Region, before the 2022 split); relatives from Nur-Sultan and Pavlodar; warning post in the Kazakh Latin alphabet naming Zharma and Beskaragai districts',
     text="""Семейде бір отбасының үш мүшесі иіс газынан қаза тапты
СЕМЕЙ. 14 желтоқсан. Kazinform – Семей қаласындағы жеке үйде бір отбасының үш мүшесі иіс газынан уланып қаза тапты. Бұл туралы Шығыс Қазақстан облысының төтенше жағдайлар департаменті хабарлады.
Қайғылы оқиға дүйсенбі күні таңертең Достоевский көшесіндегі үйде анықталған. Телефон көтермеген отбасын іздеп келген туыстары 62 жастағы ер адамды, оның әйелі мен 30 жастағы ұлын есінен танған күйде тапқан. Жедел жәрдем дәрігерлері олардың қайтыс болғанын растады. Алдын ала мәлімет бойынша, пештің мұржасы көмір толық жанбай тұрып жабылған. Марқұмдардың туыстары Нұр-Сұлтан мен Павлодардан келе жатыр.
Сол түні Өскеменде тағы бір адам иіс газынан көз жұмды. 45 жастағы ер адам жылыту үшін көлігінің қозғалтқышын қосып, гаражда ұйықтап қалған. Оны таңертең көршісі тапқан. Оқиға Үлбі өзенінің жағасындағы гараж кооперативінде болған. Марқұм Глубокое ауданының тұрғыны еді, қалада күзетші болып жұмыс істеген.
Семейдегі үй өткен ғасырдың алпысыншы жылдары салынған, отбасы оны көмірмен жылытқан. Көршілерінің айтуынша, отбасы қыс алдында пешті жөндеткен, бірақ мұржаны тазаламаған.
Полиция екі оқиға бойынша да қылмыстық іс қозғамады, олар жазатайым жағдай ретінде тіркелді. Семей қаласының әкімдігі қаза болған отбасының туыстарына көмек көрсететінін айтты. Өткен аптада департамент мамандары Семей мен Өскемендегі 300-ден астам жеке үйді аралап, тұрғындарға жадынама таратқан болатын.
Департамент тұрғындарға әлеуметтік желілер арқылы латын әліпбиімен де үндеу жариялады:
«Qūrmettı Semei jäne Öskemen tūrğyndary! Peştı jağar aldynda mūrjany tazalañyzdar, üiıñızge iıs gazy sezgışın ornatyñyzdar. Biyl Jarma men Besqarağai audandarynda 40 otbasyna sezgış tegın taratyldy.»
Облыста жылыту маусымы қазан айында басталған. Құтқарушылар түнде пеш жағуды, көлік ішінде қозғалтқышты қосып ұйықтауды қауіпті деп ескертеді.""",
     ann=[
        ('Семейде', 0, 'city', 'Semey', EKR, {'note': 'headline'}),
        ('СЕМЕЙ', 0, 'city', 'Semey', EKR, {'note': 'dateline'}),
        ('Семей қаласындағы', 0, 'city', 'Semey', EKR),
        ('Шығыс Қазақстан облысының', 0, 'region', EKR, EKR, {'note': 'inside the name of an authority'}),
        ('Достоевский көшесіндегі', 0, 'facility', 'Dostoevsky Street (Semey)', EKR, {'subkind': 'street', 'note': 'named after a person'}),
        ('Нұр-Сұлтан', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of relatives'}),
        ('Павлодардан', 0, 'city', 'Pavlodar', PR, {'note': 'NI:origin of relatives'}),
        ('Өскеменде', 0, 'city', 'Oskemen', EKR, {'note': 'the garage death'}),
        ('Үлбі өзенінің', 0, 'facility', 'Ulba River', N, {'subkind': 'river', 'note': 'the garage stands on its bank in Ust-Kamenogorsk'}),
        ('Глубокое ауданының', 0, 'district', 'Glubokoe District', EKR, {'note': 'NI:residence of the dead man'}),
        ('Семейдегі', 0, 'city', 'Semey', EKR, {'note': 'the house of the poisoning (same event)'}),
        ('Семей қаласының', 0, 'city', 'Semey', EKR, {'note': 'NI:inside the name of an authority (akimat)'}),
        ('Семей', 2, 'city', 'Semey', EKR, {'note': 'NI:prevention visits'}),
        ('Өскемендегі', 0, 'city', 'Oskemen', EKR, {'note': 'NI:prevention visits'}),
        ('Semei', 0, 'city', 'Semey', EKR, {'note': 'NI:Kazakh Latin alphabet; addressees of a warning'}),
        ('Öskemen', 0, 'city', 'Oskemen', EKR, {'note': 'NI:Kazakh Latin alphabet; addressees of a warning'}),
        ('Jarma', 0, 'district', 'Zharma District', EKR, {'note': 'NI:Kazakh Latin alphabet; detectors handed out; list sharing the head noun "audandarynda"'}),
        ('Besqarağai', 0, 'district', 'Beskaragai District', EKR, {'note': 'NI:Kazakh Latin alphabet; detectors handed out; list sharing the head noun "audandarynda"'}),
     ],
     inc={EKR: (2, 'three members of a family killed by carbon monoxide in a house on Dostoevsky Street in Semey, and a man killed by exhaust fumes in a garage in Ust-Kamenogorsk')}),

dict(id='p021', date='2020-07-20', lang='kk',
     event='2020 Jambyl Region week: rustlers beat a herdsman and drive off 40 horses 12 km from Aspara, Merke district; a teenager from Shu drowns in the Tasotkel reservoir, Shu district (Jambyl Region); telephone fraud in Taraz (not counted); livestock theft statistics in Merke, Kordai and Zhualy districts',
     text="""Жамбыл облысында мал ұрлаушылар малшыны соққыға жығып, 40 жылқыны айдап кетті
ТАРАЗ. 20 шілде. ҚазАқпарат – Жамбыл облысының Меркі ауданында белгісіз адамдар малшыны ұрып-соғып, 40 жылқыны айдап әкеткен. Бұл туралы облыстық полиция департаменті хабарлады.
Оқиға сенбіге қараған түні Аспара ауылынан 12 шақырым жерде, тау бөктеріндегі жайлауда болған. Төрт адам 58 жастағы малшыны таяқпен ұрып, байлап тастаған. Малшы таңертең жайлауға келген ұлының көмегімен ғана босады, ол қазір Меркі аудандық ауруханасында жатыр. Полиция жылқылар Қырғызстан шекарасына қарай айдалуы мүмкін деп санайды, шекара бекеттеріне хабар берілді. Жылқылардың иесі – Тараз қаласының кәсіпкері. Күдіктілердің бірі, Қордай ауданының тұрғыны, дүйсенбі күні Алматы облысының Қаскелең қаласында ұсталды, қалған үшеуі іздестірілуде.
Сол күні Шу ауданындағы Тасөткел су қоймасында Шу қаласының 17 жастағы тұрғыны суға батып кетті. Жасөспірім достарымен бірге демалуға барған. Құтқарушылар оның денесін бес сағаттан кейін тапты. Су қоймасы Шу өзенінің бойында орналасқан, онда шомылуға арналған жабдықталған жағажай жоқ. Шу ауданының әкімдігі жағалауға ескерту белгілерін қойып, жазғы маусымға құтқарушылар бекетін ашуды жоспарлап отыр.
Бұдан бөлек, Тараз қаласында телефон алаяқтары бір аптада 11 тұрғыннан 6 миллион теңге алған. Полицияның айтуынша, алаяқтар Алматы мен Шымкенттегі колл-орталықтардан хабарласқан. Департамент тұрғындарды белгісіз нөмірлерден келген қоңырауларға сенбеуге шақырды. Жәбірленушілердің бірі, 70 жастағы зейнеткер, «банк қызметкеріне» карта деректерін айтып, бар жинағынан айырылған. Ақшаның бір бөлігі бұғатталды.
Облыс полициясының мәліметінше, биыл Жамбыл облысында 120-дан астам мал ұрлығы тіркелген, оның көбі Меркі, Қордай және Жуалы аудандарында. Былтыр ұрланған малдың жартысына жуығы иелеріне қайтарылды, ал ұсталған ұрылардың бір бөлігі Қырғызстанның Талас облысынан келген. Малшыларға түнде қораларды күзетуді күшейту ұсынылды.""",
     ann=[
        ('Жамбыл облысында', 0, 'region', JR, JR, {'note': 'headline; the cattle raid'}),
        ('ТАРАЗ', 0, 'city', 'Taraz', JR, {'note': 'dateline'}),
        ('Жамбыл облысының', 0, 'region', JR, JR),
        ('Меркі ауданында', 0, 'district', 'Merke District', JR, {'note': 'the cattle raid with the beating of a herdsman'}),
        ('Аспара ауылынан', 0, 'village', 'Aspara', JR, {'note': 'NI:reference point ("12 шақырым жерде")'}),
        ('Меркі', 1, 'district', 'Merke District', JR, {'note': 'NI:inside the name of the district hospital'}),
        ('Қырғызстан', 0, 'foreign', 'Kyrgyzstan', N, {'note': 'NI:suspected direction of the stolen horses'}),
        ('Тараз қаласының', 0, 'city', 'Taraz', JR, {'note': 'NI:residence of the owner of the horses'}),
        ('Қордай ауданының', 0, 'district', 'Kordai District', JR, {'note': 'NI:residence of a suspect'}),
        ('Алматы облысының', 0, 'region', ALR, ALR, {'note': 'NI:place of detention of a suspect'}),
        ('Қаскелең қаласында', 0, 'city', 'Kaskelen', ALR, {'note': 'NI:place of detention of a suspect'}),
        ('Шу ауданындағы', 0, 'district', 'Shu District', JR, {'note': 'the drowning'}),
        ('Тасөткел су қоймасында', 0, 'facility', 'Tasotkel reservoir', N, {'subkind': 'reservoir', 'note': 'water body in Shu district; natural feature, adm1 null'}),
        ('Шу қаласының', 0, 'city', 'Shu', JR, {'note': 'NI:residence of the drowned teenager'}),
        ('Шу өзенінің', 0, 'facility', 'Chu River', N, {'subkind': 'river'}),
        ('Шу ауданының', 0, 'district', 'Shu District', JR, {'note': 'NI:inside the name of an authority (akimat)'}),
        ('Тараз қаласында', 0, 'city', 'Taraz', JR, {'note': 'NI:place of the telephone fraud (fraud is not an incident type)'}),
        ('Алматы', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:site of call centres'}),
        ('Шымкенттегі', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:site of call centres'}),
        ('Жамбыл облысында', 1, 'region', JR, JR, {'note': 'NI:livestock theft statistic (not counted)'}),
        ('Меркі', 2, 'district', 'Merke District', JR, {'note': 'NI:livestock theft statistic; list sharing the head noun "аудандарында"'}),
        ('Қордай', 1, 'district', 'Kordai District', JR, {'note': 'NI:livestock theft statistic; list sharing the head noun "аудандарында"'}),
        ('Талас облысынан', 0, 'foreign', 'Talas Region (Kyrgyzstan)', N, {'note': 'NI:origin of thieves; Kyrgyz namesake of Talas district'}),
        ('Қырғызстанның', 0, 'foreign', 'Kyrgyzstan', N),
        ('Жуалы', 0, 'district', 'Zhualy District', JR, {'note': 'NI:livestock theft statistic; list sharing the head noun "аудандарында"'}),
     ],
     inc={JR: (2, 'herdsman beaten and 40 horses driven off near Aspara, Merke district (violence; the headline repeats it), and a teenager drowned in the Tasotkel reservoir, Shu district; the telephone fraud and the theft statistic are not counted')}),

dict(id='p022', date='2012-12-09', lang='kk',
     event='2012 two hunters from Arkalyk lost in a blizzard in Amangeldi district found unharmed 15 km from Urpek near the Torgai river (Kostanay Region); helicopter from Astana (no incident: people lost and found unharmed)',
     text="""Амангелді ауданында адасқан екі аңшы аман табылды
ҚОСТАНАЙ. 9 желтоқсан. ҚазАқпарат – Қостанай облысының Амангелді ауданында далада адасып кеткен екі аңшы екі тәуліктен кейін аман-есен табылды. Бұл туралы облыстық төтенше жағдайлар департаменті хабарлады.
Арқалық қаласының тұрғындары жұма күні қасқыр аулау үшін Үрпек ауылына барған. Кешке боран басталып, олар жолдан адасып кеткен. Көліктің жанармайы таусылғаннан кейін аңшылар екі түн бойы көлік ішінде отырған. Құтқарушылар оларды Үрпек ауылынан 15 шақырым жерде, Торғай өзенінің маңынан тапты. Аңшылардың денсаулығына қауіп жоқ, олар Амангелді ауылындағы ауруханада тексеруден өтті.
Іздеу жұмыстарына Амангелді мен Арқалықтан келген 30 құтқарушы, сондай-ақ Астанадан ұшып келген тікұшақ қатысты.
Департамент аңшылар мен балықшыларды далаға шықпас бұрын ауа райы болжамын біліп, туыстарына бағытын айтып кетуге шақырды.""",
     ann=[
        ('Амангелді ауданында', 0, 'district', 'Amangeldi District', KOR, {'note': 'headline; hunters lost and found unharmed (not counted)'}),
        ('ҚОСТАНАЙ', 0, 'city', 'Kostanay', KOR, {'note': 'dateline'}),
        ('Қостанай облысының', 0, 'region', KOR, KOR),
        ('Амангелді ауданында', 1, 'district', 'Amangeldi District', KOR, {'note': 'hunters lost and found unharmed (not counted)'}),
        ('Арқалық қаласының', 0, 'city', 'Arkalyk', KOR, {'note': 'NI:residence of the hunters'}),
        ('Үрпек ауылына', 0, 'village', 'Urpek', KOR, {'note': "NI:hunters' destination"}),
        ('Үрпек ауылынан', 0, 'village', 'Urpek', KOR, {'note': 'NI:reference point ("15 шақырым жерде")'}),
        ('Торғай өзенінің', 0, 'facility', 'Torgai River', N, {'subkind': 'river', 'note': 'NI:reference point'}),
        ('Амангелді ауылындағы', 0, 'village', 'Amangeldi', KOR, {'note': 'NI:hospital village (district centre)'}),
        ('Амангелді', 3, 'village', 'Amangeldi', KOR, {'note': 'NI:origin of rescuers; read as the district centre'}),
        ('Арқалықтан', 0, 'city', 'Arkalyk', KOR, {'note': 'NI:origin of rescuers'}),
        ('Астанадан', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of the helicopter'}),
     ],
     inc={}),

dict(id='p023', date='2020-10-06', lang='kk',
     event='2020 appeal board of the Atyrau regional court upholds sentences of a livestock theft gang active in Makhambet and Isatay districts, animals sold in Oral (West Kazakhstan Region), leader from Kulsary (no incident: non-violent theft and the sentence are not counted); the newspaper «Ақ Жайық» is not a place',
     text="""Атырау облыстық сотында мал ұрлаған топқа үкім күшінде қалды
АТЫРАУ. 6 қазан. ҚазТАГ – Атырау облыстық сотының апелляциялық алқасы Махамбет және Исатай аудандарында мал ұрлаған топ мүшелеріне шығарылған үкімді өзгеріссіз қалдырды. Бұл туралы соттың баспасөз қызметі хабарлады.
Тергеу деректері бойынша, 2019–2020 жылдары бес адамнан тұратын топ түнде жайылымдағы қоралардан 23 рет ірі қара мен қой ұрлаған. Ұрланған малды олар Батыс Қазақстан облысына апарып, Орал қаласының базарларында сатқан. Жалпы залал 48 миллион теңгеден асады.
Топ басшысы – Құлсары қаласының 44 жастағы тұрғыны. Аудандық сот оны 7 жылға, қалған төрт мүшесін 3 жылдан 5 жылға дейін бас бостандығынан айырған. Сотталғандар жаза тым қатаң деп шағым берген, бірақ алқа оны негізсіз деп тапты.
Бұл іс туралы алғаш рет облыстық «Ақ Жайық» газеті жазған болатын. Полиция Махамбет ауданында биыл мал ұрлығы былтырғымен салыстырғанда екі есе азайғанын айтады.""",
     ann=[
        ('Атырау', 0, 'region', ATR, ATR, {'note': 'NI:headline; inside the name of the regional court'}),
        ('АТЫРАУ', 0, 'city', 'Atyrau', ATR, {'note': 'dateline'}),
        ('Атырау', 1, 'region', ATR, ATR, {'note': 'NI:inside the name of the regional court'}),
        ('Махамбет', 0, 'district', 'Makhambet District', ATR, {'note': 'NI:thefts (not an incident type); list sharing the head noun "аудандарында"'}),
        ('Исатай', 0, 'district', 'Isatay District', ATR, {'note': 'NI:thefts (not an incident type); list sharing the head noun "аудандарында"'}),
        ('Батыс Қазақстан облысына', 0, 'region', WKR, WKR, {'note': 'NI:where the stolen animals were taken'}),
        ('Орал қаласының', 0, 'city', 'Oral', WKR, {'note': 'NI:markets where the animals were sold'}),
        ('Құлсары қаласының', 0, 'city', 'Kulsary', ATR, {'note': 'NI:residence of the gang leader'}),
        ('Махамбет ауданында', 0, 'district', 'Makhambet District', ATR, {'note': 'NI:theft statistic'}),
     ],
     inc={}),

dict(id='p024', date='2026-04-14', lang='kk',
     event='2026 two fishermen from Karateren drown when their boat capsizes on the Small Aral Sea 20 km from Aral, Aral district (Kyzylorda Region); akimat condolences in the Kazakh Latin alphabet',
     text="""Кіші Арал теңізінде екі балықшы қаза тапты
АРАЛ. 14 сәуір. ҚазАқпарат – Қызылорда облысының Арал ауданында Кіші Арал теңізінде қайығы аударылған екі балықшы қаза тапты. Бұл туралы облыстық төтенше жағдайлар департаменті хабарлады.
Апат дүйсенбі күні түсте Арал қаласынан 20 шақырым жерде болған. Қатты жел көтерілгенде қайық аударылып, үш балықшының біреуі ғана жүзіп жағаға шықты. Қаза тапқандар – Қаратерең ауылының тұрғындары. Олардың денесін Аралдан және Қазалыдан келген сүңгуірлер тапты.
Аудан әкімдігі әлеуметтік желіде латын әліпбиімен көңіл айтты: «Aral audanynyñ äkımdıgı Qaratereñ auylynyñ tūrğyndarynyñ qazasyna tereñ qaiğyratynyn bıldıredı. Marqūmdardyñ otbasylaryna Qyzylorda oblysynyñ äkımdıgı kömek körsetedı.»
Кіші Аралда балық аулау маусымы 1 сәуірде басталған. Құтқарушылар балықшыларға дауыл туралы ескертулерді елемеуге болмайтынын еске салды.""",
     ann=[
        ('Кіші Арал теңізінде', 0, 'facility', 'Small Aral Sea', N, {'subkind': 'sea', 'note': 'headline'}),
        ('АРАЛ', 0, 'city', 'Aral', KYR, {'note': 'dateline'}),
        ('Қызылорда облысының', 0, 'region', KYR, KYR),
        ('Арал ауданында', 0, 'district', 'Aral District', KYR, {'note': 'the drowning'}),
        ('Кіші Арал теңізінде', 1, 'facility', 'Small Aral Sea', N, {'subkind': 'sea'}),
        ('Арал қаласынан', 0, 'city', 'Aral', KYR, {'note': 'NI:reference point ("20 шақырым жерде")'}),
        ('Қаратерең ауылының', 0, 'village', 'Karateren', KYR, {'note': 'NI:residence of the dead'}),
        ('Аралдан', 0, 'city', 'Aral', KYR, {'note': 'NI:origin of divers'}),
        ('Қазалыдан', 0, 'city', 'Kazaly', KYR, {'note': 'NI:origin of divers'}),
        ('Aral audanynyñ', 0, 'district', 'Aral District', KYR, {'note': 'NI:Kazakh Latin alphabet; inside the name of an authority (akimat)'}),
        ('Qaratereñ auylynyñ', 0, 'village', 'Karateren', KYR, {'note': 'NI:Kazakh Latin alphabet; residence of the dead'}),
        ('Qyzylorda oblysynyñ', 0, 'region', KYR, KYR, {'note': 'NI:Kazakh Latin alphabet; inside the name of an authority (akimat)'}),
        ('Кіші Аралда', 0, 'facility', 'Small Aral Sea', N, {'subkind': 'sea', 'note': 'NI:fishing season'}),
     ],
     inc={KYR: (1, 'two fishermen drowned when their boat capsized on the Small Aral Sea 20 km from Aral, Aral district')}),
]
