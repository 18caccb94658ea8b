"""Kazakh texts of the thirty-first unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420). p021 and p023 carry a passage in the
Kazakh Latin alphabet of January 2021."""
N = None
JR, ALR, KYR, TR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'Turkistan Region', 'South Kazakhstan Region'
ABR, JTR, EKR, MR, KOR = 'Abai Region', 'Jetisu Region', 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR, UR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region', 'Ulytau Region'
ATR, AR, WKR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region'

DOCS = [
dict(id='p017', date='1995-08-31', lang='kk',
     event='1995 constitutional referendum: boiler fire at a school polling station in Sarzhal, Abai district of Semipalatinsk Region (East Kazakhstan Region land); Taldy-Kurgan and Semipalatinsk regions (abolished 1997) in turnout; Shymkent in South Kazakhstan Region; Almaty the capital, the 1994 decision to move it to Akmola',
     text="""Ата Заң референдумы: сайлаушылардың 89 пайызы жаңа Конституцияны қолдады
АЛМАТЫ, 31 тамыз (ҚазАқпарат) - Кеше өткен республикалық референдумға Қазақстан азаматтарының 90,6 пайызы қатысып, олардың 89 пайызы жаңа Конституцияны қолдады. Бұл туралы Орталық референдум комиссиясы бүгін Алматыда мәлімдеді.
Комиссияның мәліметінше, барлық облыстарда қатысу 80 пайыздан асты. Ең жоғары көрсеткіш Қызылорда, Талдықорған және Семей облыстарында тіркелді. Оңтүстік Қазақстан облысының орталығы Шымкентте учаскелер таңғы сағат алтыда ашылды.
Президент Нұрсұлтан Назарбаев жұбайымен бірге Алматыдағы Абай даңғылында орналасқан мектептегі учаскеде дауыс берді.
Семей облысының Абай ауданына қарасты Саржал ауылында таңертең дауыс беру учаскесі орналасқан мектептің қазандығынан өрт шықты. Сайлаушылар ауылдық клубқа көшірілді, өрт сөндірушілер жалынды бір сағатта басты, зардап шеккендер жоқ. Учаске жұмысы екі сағаттан кейін қайта жалғасты.
Жезқазған облысында шалғайдағы малшылардың қыстауларына жылжымалы жәшіктер апарылды. Павлодар облысының Баянауыл ауданындағы бір учаскеде сайлаушылар тізімінен қате табылып, комиссия төрағасы орнынан босатылды. Атырау облысында учаскелердің жартысында дауыс беру түске дейін аяқталды.
Алматы облысындағы Қаскелең қаласында дауыс беру ұлттық киім киген жастардың мерекелік шеруімен басталды. Комиссия төрағасы барлық учаскелер кешкі сағат сегізде жабылғанын, дауыс санау таңға дейін созылғанын айтты.
Маңғыстау облысындағы вахталық кенттерде мұнайшылар кешкі ауысымнан кейін дауыс берді. Мәскеу мен Омбыдан келген ресейлік бақылаушылар Ақтөбе мен Оралдағы учаскелерді аралап, дауыс беру тыныш өткенін айтты. Шетелдегі азаматтар Мәскеудегі, Анкарадағы және Вашингтондағы елшіліктерде дауыс берді.
Жаңа Конституция бойынша Парламент екі палатадан тұрады, ал Президенттің өкілеттігі кеңейеді. Ел астанасы әзірге Алматы қаласы болып қала береді, бірақ Жоғарғы Кеңес өткен жылы шілдеде астананы Ақмола қаласына көшіру туралы қаулы қабылдаған. Қорытынды нәтижелер бір аптадан кейін жарияланады.""",
     ann=[
        ('АЛМАТЫ', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Қазақстан', 0, 'country', 'Kazakhstan', N),
        ('Алматыда', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:place of the announcement'}),
        ('барлық облыстарда', 0, 'quantified', 'all regions', N, {'count': N, 'unit': 'region', 'quantifier': 'all', 'note': 'turnout; not about incidents'}),
        ('Қызылорда', 0, 'region', KYR, KYR, {'note': 'NI:turnout; list sharing "облыстарында"'}),
        ('Талдықорған', 0, 'region', ALR, ALR, {'uncertain': True, 'note': 'NI:turnout; Taldy-Kurgan Region, abolished in 1997, its land in Almaty Region; list sharing "облыстарында"'}),
        ('Семей', 0, 'region', EKR, EKR, {'uncertain': True, 'note': 'NI:turnout; Semipalatinsk Region, abolished in 1997, its land in East Kazakhstan Region; list sharing "облыстарында"'}),
        ('Оңтүстік Қазақстан облысының', 0, 'region', SKR, SKR, {'note': 'NI:unit of Shymkent'}),
        ('Шымкентте', 0, 'city', 'Shymkent', SKR, {'note': 'NI:polling stations opened'}),
        ('Алматыдағы', 0, 'city', 'Almaty', 'Almaty', {'note': "NI:the president's polling place"}),
        ('Абай даңғылында', 0, 'facility', 'Abai Avenue (Almaty)', 'Almaty', {'subkind': 'street', 'note': 'NI:street named after the poet'}),
        ('Семей облысының', 0, 'region', EKR, EKR, {'uncertain': True, 'note': 'Semipalatinsk Region, abolished in 1997, its land in East Kazakhstan Region'}),
        ('Абай ауданына', 0, 'district', 'Abai District (Karaul)', EKR, {'note': 'the district named after the poet; East Kazakhstan Region land before 2022-06-08'}),
        ('Саржал ауылында', 0, 'village', 'Sarzhal', EKR),
        ('Жезқазған облысында', 0, 'region', KR, KR, {'uncertain': True, 'note': 'NI:Zhezkazgan Region, abolished in 1997, its land in Karaganda Region'}),
        ('Павлодар облысының', 0, 'region', PR, PR, {'note': 'NI'}),
        ('Баянауыл ауданындағы', 0, 'district', 'Bayanaul District', PR, {'note': 'NI:error in voter lists, commission chairman dismissed'}),
        ('Атырау облысында', 0, 'region', ATR, ATR, {'note': 'NI'}),
        ('Алматы облысындағы', 0, 'region', ALR, ALR, {'note': 'NI'}),
        ('Қаскелең қаласында', 0, 'city', 'Kaskelen', ALR, {'note': 'NI:festive procession, not an incident'}),
        ('Маңғыстау облысындағы', 0, 'region', MR, MR, {'note': 'NI:voting of oil workers'}),
        ('Мәскеу', 0, 'foreign', 'Moscow', N, {'note': "NI:observers' origin"}),
        ('Омбыдан', 0, 'foreign', 'Omsk', N, {'note': "NI:observers' origin"}),
        ('Ақтөбе', 0, 'city', 'Aktobe', AR, {'note': 'NI:visited by observers'}),
        ('Оралдағы', 0, 'city', 'Oral', WKR, {'note': 'NI:visited by observers'}),
        ('Мәскеудегі', 0, 'foreign', 'Moscow', N),
        ('Анкарадағы', 0, 'foreign', 'Ankara', N),
        ('Вашингтондағы', 0, 'foreign', 'Washington', N),
        ('Алматы қаласы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:the capital in 1995'}),
        ('Ақмола қаласына', 0, 'city', 'Astana', 'Astana', {'note': 'NI:the city of Akmola, future capital; not Akmola Region'}),
     ],
     inc={EKR: (1, 'boiler fire at the school housing the polling station in Sarzhal, Abai district of Semipalatinsk Region (East Kazakhstan Region land); one event: village, district, region')}),

dict(id='p018', date='2019-03-25', lang='kk',
     event='2019 the capital renamed Nur-Sultan; the Astana city maslikhat renamed; Shymkent renames Respublika Avenue after Nursultan Nazarbayev; street renaming proposed in Turkistan and Akmola regions (no incident)',
     text="""Шымкентте Нұрсұлтан Назарбаев даңғылы пайда болады
НҰР-СҰЛТАН, 25 наурыз (Kazinform) - Елорданың жаңа атауы – Нұр-Сұлтан – сенбі күні ресми түрде күшіне енді. Парламент палаталары Мемлекет басшысы Қасым-Жомарт Тоқаев ұсынған Конституцияға түзетулерді бірауыздан қабылдады.
Бұған дейін Астана қалалық мәслихатының депутаттары кезектен тыс сессияда атауды өзгерту туралы бастаманы қолдаған еді. Енді ол «Нұр-Сұлтан қалалық мәслихаты» деп аталады.
Бүгін Шымкент пен Қарағанды қалаларының мәслихаттары орталық көшелердің біріне Елбасы Нұрсұлтан Назарбаевтың есімін беру туралы шешім қабылдады. Шымкентте Нұрсұлтан Назарбаев даңғылы атауын бұрынғы Республика даңғылы алады. Түркістан облысы мен Ақмола облысының бірқатар аудандарында да көше атауларын өзгерту ұсынылды.
Алматы қалалық мәслихаты бұл мәселені сәуір айындағы сессияда қарайды деп күтілуде.
Мәскеу мен Анкарадағы елшіліктер жаңа атауды ресми хат алмасуда қолдана бастады.""",
     ann=[
        ('Шымкентте', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'headline'}),
        ('Нұрсұлтан Назарбаев даңғылы', 0, 'facility', 'Nursultan Nazarbayev Avenue (Shymkent)', 'Shymkent', {'subkind': 'street', 'note': 'headline; street named after a person'}),
        ('НҰР-СҰЛТАН', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Нұр-Сұлтан', 0, 'city', 'Astana', 'Astana', {'note': 'the new name of the capital'}),
        ('Астана', 0, 'city', 'Astana', 'Astana', {'note': 'inside the name of an authority'}),
        ('Нұр-Сұлтан', 1, 'city', 'Astana', 'Astana', {'note': 'inside the name of an authority'}),
        ('Шымкент', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'list sharing "қалаларының"'}),
        ('Қарағанды', 0, 'city', 'Karaganda', KR, {'note': 'list sharing "қалаларының"'}),
        ('Шымкентте', 1, 'city', 'Shymkent', 'Shymkent'),
        ('Нұрсұлтан Назарбаев даңғылы', 1, 'facility', 'Nursultan Nazarbayev Avenue (Shymkent)', 'Shymkent', {'subkind': 'street', 'note': 'street named after a person'}),
        ('Республика даңғылы', 0, 'facility', 'Nursultan Nazarbayev Avenue (Shymkent)', 'Shymkent', {'subkind': 'street', 'note': 'former name of the same avenue'}),
        ('Түркістан облысы', 0, 'region', TR, TR),
        ('Ақмола облысының', 0, 'region', AKR, AKR),
        ('бірқатар аудандарында', 0, 'quantified', 'a number of districts', N, {'count': N, 'unit': 'district', 'note': 'street renaming proposed; not about incidents'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'inside the name of an authority'}),
        ('Мәскеу', 0, 'foreign', 'Moscow', N),
        ('Анкарадағы', 0, 'foreign', 'Ankara', N),
     ],
     inc={}),

dict(id='p019', date='2024-04-15', lang='kk',
     event='2024 by-election to the Almaty Region maslikhat: fight of candidates\' supporters near a polling station in Otegen Batyr, Ili district, six detained (Almaty Region); Konaev the former Kapchagay, named after Dinmukhamed Kunayev; Taldykorgan now in Jetisu Region',
     text="""Іле ауданындағы қосымша сайлау: Өтеген батыр кентінде учаске маңында төбелес болды
ҚОНАЕВ, 15 сәуір (ҚазТАГ) - Алматы облысы мәслихатының бос орнына жексенбі күні өткен қосымша сайлауда Іле ауданы бойынша №12 сайлау округінен «Amanat» партиясының кандидаты, бұған дейін Байсерке ауылының әкімі болған заңгер жеңіске жетті. Сайлаушылардың қатысуы 41 пайыз болды.
Өтеген батыр кентіндегі №417 учаске маңында екі кандидаттың жақтастары арасында төбелес шығып, полиция алты адамды ұстады. Ұсталғандардың екеуі Алматыдан келген. Іле ауданының полиция бөлімі әкімшілік құқық бұзушылық туралы іс қозғады.
Облыстық сайлау комиссиясы бұрын Қапшағай деп аталған Қонаев қаласында орналасқан. Қала 2022 жылы Дінмұхамед Қонаевтың құрметіне қайта аталды, сол жылы облыс орталығы Талдықорғаннан осында көшірілді. Талдықорған қазір Жетісу облысының орталығы.
Алматыға іргелес Өтеген батыр кентінде 40 мыңға жуық адам тұрады.""",
     ann=[
        ('Іле ауданындағы', 0, 'district', 'Ili District', ALR, {'note': 'headline'}),
        ('Өтеген батыр кентінде', 0, 'village', 'Otegen Batyr', ALR, {'note': 'headline; named after a person'}),
        ('ҚОНАЕВ', 0, 'city', 'Konaev', ALR, {'note': 'dateline'}),
        ('Алматы облысы', 0, 'region', ALR, ALR, {'note': 'inside the name of an authority'}),
        ('Іле ауданы', 0, 'district', 'Ili District', ALR),
        ('Байсерке ауылының', 0, 'village', 'Baiserke', ALR, {'note': "NI:the winner's former post"}),
        ('Өтеген батыр кентіндегі', 0, 'village', 'Otegen Batyr', ALR),
        ('Алматыдан', 0, 'city', 'Almaty', 'Almaty', {'note': "NI:detainees' origin"}),
        ('Іле ауданының', 0, 'district', 'Ili District', ALR, {'note': 'inside the name of an authority'}),
        ('Қапшағай', 0, 'city', 'Konaev', ALR, {'note': 'NI:former name of Konaev'}),
        ('Қонаев қаласында', 0, 'city', 'Konaev', ALR, {'note': 'NI:seat of the election commission'}),
        ('Талдықорғаннан', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:former seat of Almaty Region'}),
        ('Талдықорған', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:seat of Jetisu Region'}),
        ('Жетісу облысының', 0, 'region', JTR, JTR, {'note': 'NI'}),
        ('Алматыға', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:reference point'}),
        ('Өтеген батыр кентінде', 1, 'village', 'Otegen Batyr', ALR),
     ],
     inc={ALR: (1, "fight between candidates' supporters near polling station No. 417 in Otegen Batyr, Ili district, six detained (one event: settlement, district)")}),

dict(id='p020', date='2023-08-24', lang='kk',
     event='2023 presidential working trip to Abai Region: Semey airport, Kurchatov, Medeu village in Abai district (not Medeu district of Almaty), Ayagoz and Urzhar districts, Bakhty crossing to China; the region formed from East Kazakhstan Region in 2022; Abai the poet (no incident)',
     text="""Президент Абай облысына жұмыс сапарымен барды
СЕМЕЙ, 24 тамыз (ҚазАқпарат) - Мемлекет басшысы Қасым-Жомарт Тоқаев бүгін Абай облысына жұмыс сапарымен келіп, облыс орталығы Семей қаласында жаңа әуежай терминалының құрылысын аралады.
Президент Курчатов қаласында Ұлттық ядролық орталықтың ғалымдарымен кездесті, кейін Абай ауданындағы Медеу ауылына барып, шаруалармен сөйлесті. Облыс 2022 жылғы маусымда Шығыс Қазақстан облысынан бөлініп құрылған.
Мемлекет басшысы Аягөз бен Үржар аудандарының әкімдерінен шекара маңындағы жолдарды жөндеу барысы туралы есеп тыңдады. Үржар ауданындағы Бақты өткелі арқылы Қытаймен жүк айналымы биыл екі есе өсті.
Сапар соңында Президент Абай Құнанбайұлы атындағы облыстық кітапханада жұртшылықпен кездесіп, ақынның мұрасын насихаттауға шақырды. Сапар барысында Президент Семей – Аягөз автожолын қайта жаңарту туралы баяндаманы тыңдады, жол келесі жылы толық пайдалануға беріледі. Облыста 600 мыңнан астам адам тұрады. Ертең Мемлекет басшысы Өскеменге барады.""",
     ann=[
        ('Абай облысына', 0, 'region', ABR, ABR, {'note': 'headline'}),
        ('СЕМЕЙ', 0, 'city', 'Semey', ABR, {'note': 'dateline'}),
        ('Абай облысына', 1, 'region', ABR, ABR),
        ('Семей қаласында', 0, 'city', 'Semey', ABR),
        ('Курчатов қаласында', 0, 'city', 'Kurchatov', ABR),
        ('Абай ауданындағы', 0, 'district', 'Abai District (Karaul)', ABR),
        ('Медеу ауылына', 0, 'village', 'Medeu (Abai District)', ABR, {'note': 'village; not Medeu district of Almaty'}),
        ('Шығыс Қазақстан облысынан', 0, 'region', EKR, EKR, {'note': 'former unit of the region'}),
        ('Аягөз', 0, 'district', 'Ayagoz District', ABR, {'note': 'list sharing "аудандарының"'}),
        ('Үржар', 0, 'district', 'Urzhar District', ABR, {'note': 'list sharing "аудандарының"'}),
        ('Үржар ауданындағы', 0, 'district', 'Urzhar District', ABR),
        ('Бақты өткелі', 0, 'facility', 'Bakhty border crossing', ABR, {'subkind': 'border crossing'}),
        ('Қытаймен', 0, 'foreign', 'China', N),
        ('Семей', 1, 'city', 'Semey', ABR, {'note': 'road endpoint'}),
        ('Аягөз', 1, 'city', 'Ayagoz', ABR, {'note': 'road endpoint; the town, not the district'}),
        ('Өскеменге', 0, 'city', 'Oskemen', EKR, {'note': 'destination of the next trip'}),
     ],
     inc={}),

dict(id='p021', date='2022-11-21', lang='kk',
     event='2022 snap presidential election: unsanctioned gathering with 9 detained at Abai Avenue and Zheltoksan Street in Almaty, pickets in several other cities; first vote of the new Abai, Jetisu and Ulytau regions (Taldykorgan in a Latin-script post, Semey, Zhezkazgan); voting in 53 countries; Astana renamed back in September',
     text="""Президент сайлауы: Тоқаев 81,3 пайыз дауыс жинады
АСТАНА, 21 қараша (Tengrinews) - Орталық сайлау комиссиясының алдын ала деректері бойынша, 20 қарашадағы кезектен тыс президент сайлауында Қасым-Жомарт Тоқаев 81,31 пайыз дауыс жинады. Сайлаушылардың қатысуы 69,44 пайыз болды.
Биыл маусымда құрылған Абай, Жетісу және Ұлытау облыстарының тұрғындары президентті алғаш рет жаңа облыстардың құрамында сайлады. Ұлытау облысында қатысу 80 пайыздан асты, ал Алматы мен Астанада 50 пайыз шамасында болды. Бұл – қыркүйекте елордаға Астана атауы қайтарылғаннан кейінгі алғашқы сайлау.
Талдықорғандағы бір сайлаушы әлеуметтік желіде латын әрпімен былай деп жазды: «Taldyqorğan qalasyndağy mektepte tañerteñ kezek tūrdy. Jetısu oblysynyñ adamdary alğaş ret öz oblysy üşın dauys berdı». Семей мен Жезқазғанда облыстық сайлау комиссиялары алғаш рет жұмыс істеді. Жаңа облыстардағы сайлау учаскелерінің жалпы саны бір мың екі жүзге жетті.
Шымкент пен Түркістан облысында қатысу 80 пайыздан асты. Ақтөбе облысының Ырғыз ауданындағы шалғай қыстауларға жылжымалы жәшіктер тікұшақпен жеткізілді.
Шетелде 53 елде 68 учаске ашылды. Қазақстанның Түркиядағы елшісі Анкарадағы учаскеде бірінші болып дауыс берді. Анкара мен Стамбулда 1,5 мыңнан астам, Мәскеуде 4 мыңға жуық азамат дауыс берді.
Алматыда сайлау күні кешке Абай даңғылы мен Желтоқсан көшесінің қиылысында 30-ға жуық адам рұқсатсыз жиынға шықты, полиция 9 адамды ұстады. Құқық қорғаушылардың айтуынша, тағы бірнеше қалада жалғыз адамдық пикеттер өтті.
ЕҚЫҰ-ның Варшавадағы бюросы бақылау миссиясының қорытындысын сейсенбіде жариялайды. Бақылаушылар Бішкек пен Ташкенттен де келіп, Қостанай мен Петропавлдағы учаскелерді аралады.
Сайлауда алты кандидат бақ сынады. Бюллетеньдегі «Бәріне қарсымын» бағаны 5,8 пайыз дауыс жинап, екінші орынға шықты. Жаңа президент жеті жылға сайланады, ант беру рәсімі 26 қарашада Астанада өтеді.""",
     ann=[
        ('АСТАНА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Абай', 0, 'region', ABR, ABR, {'note': 'NI:list sharing "облыстарының"'}),
        ('Жетісу', 0, 'region', JTR, JTR, {'note': 'NI:list sharing "облыстарының"'}),
        ('Ұлытау', 0, 'region', UR, UR, {'note': 'NI:list sharing "облыстарының"'}),
        ('Ұлытау облысында', 0, 'region', UR, UR, {'note': 'NI:turnout'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:turnout'}),
        ('Астанада', 0, 'city', 'Astana', 'Astana', {'note': 'NI:turnout'}),
        ('Астана', 0, 'city', 'Astana', 'Astana', {'note': 'NI:the name restored to the capital in September 2022'}),
        ('Талдықорғандағы', 0, 'city', 'Taldykorgan', JTR, {'note': "NI:the voter's residence"}),
        ('Taldyqorğan qalasyndağy', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:Kazakh Latin; voting queue'}),
        ('Jetısu oblysynyñ', 0, 'region', JTR, JTR, {'note': 'NI:Kazakh Latin'}),
        ('Семей', 0, 'city', 'Semey', ABR, {'note': 'NI:list sharing the suffix of "Жезқазғанда"'}),
        ('Жезқазғанда', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI'}),
        ('Шымкент', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:turnout'}),
        ('Түркістан облысында', 0, 'region', TR, TR, {'note': 'NI:turnout'}),
        ('Ақтөбе облысының', 0, 'region', AR, AR, {'note': 'NI'}),
        ('Ырғыз ауданындағы', 0, 'district', 'Irgiz District', AR, {'note': 'NI:mobile ballot boxes'}),
        ('53 елде', 0, 'quantified', '53 countries', N, {'count': 53, 'unit': 'country', 'note': 'polling stations abroad; not about incidents'}),
        ('Қазақстанның', 0, 'country', 'Kazakhstan', N),
        ('Түркиядағы', 0, 'foreign', 'Turkey', N, {'note': 'ambassador in Turkey'}),
        ('Анкарадағы', 0, 'foreign', 'Ankara', N),
        ('Анкара', 0, 'foreign', 'Ankara', N),
        ('Стамбулда', 0, 'foreign', 'Istanbul', N),
        ('Мәскеуде', 0, 'foreign', 'Moscow', N),
        ('Алматыда', 0, 'city', 'Almaty', 'Almaty'),
        ('Абай даңғылы', 0, 'facility', 'Abai Avenue (Almaty)', 'Almaty', {'subkind': 'street', 'note': 'street named after the poet'}),
        ('Желтоқсан көшесінің', 0, 'facility', 'Zheltoksan Street (Almaty)', 'Almaty', {'subkind': 'street'}),
        ('бірнеше қалада', 0, 'quantified', 'several cities', N, {'count': N, 'unit': 'city', 'note': 'pickets in unnamed cities'}),
        ('Варшавадағы', 0, 'foreign', 'Warsaw', N, {'note': 'NI:seat of the OSCE office'}),
        ('Бішкек', 0, 'foreign', 'Bishkek', N, {'note': "NI:observers' origin"}),
        ('Ташкенттен', 0, 'foreign', 'Tashkent', N, {'note': "NI:observers' origin"}),
        ('Қостанай', 0, 'city', 'Kostanay', KOR, {'note': 'NI:visited by observers'}),
        ('Петропавлдағы', 0, 'city', 'Petropavl', NKR, {'note': 'NI:visited by observers'}),
        ('Астанада', 1, 'city', 'Astana', 'Astana', {'note': 'NI:venue of the inauguration'}),
     ],
     inc={'Almaty': (1, 'unsanctioned gathering of about 30 people at Abai Avenue and Zheltoksan Street, 9 detained (one event: streets and city)')},
     unatt=[{'label': 'бірнеше қалада', 'count': None, 'note': 'single-person pickets in several unnamed cities'}]),

dict(id='p022', date='2010-06-08', lang='kk',
     event='2010 Mazhilis speaker visits China: Khorgos crossing and Dostyk station (Almaty Region before 2022), Irtysh water, Urumqi, Ghulja in the Ili Kazakh Autonomous Prefecture (not Ili district), Almaty-Urumqi flights; the surname Oralov (no incident)',
     text="""Мәжіліс төрағасы Қытайға ресми сапармен барды
БЕЙЖІҢ, 8 маусым (ҚазАқпарат) - Қазақстан Парламенті Мәжілісінің төрағасы Асқар Оралов Бүкілқытайлық халық өкілдері жиналысының төрағасымен кездесіп, екі ел парламенттері арасындағы ынтымақтастықты және шекара маңындағы өңірлердің байланысын талқылады.
Тараптар Қорғас шекара өткелі мен Достық стансасы арқылы жүк тасымалын арттыруға және Ертіс өзенінің суын бөлу жөніндегі келіссөздерді жеделдетуге уағдаласты. Сапар барысында Алматы – Үрімжі әуе рейсін күнделікті ету мәселесі де қаралды.
Оралов Бейжіңдегі Қазақстан елшілігінде қытайлық кәсіпкерлермен де кездесті.
Делегация бейсенбіде Шыңжаң-Ұйғыр автономиялық ауданының орталығы Үрімжіге барып, кейін Іле қазақ автономиялық облысының орталығы Құлжа қаласында қазақ диаспорасының өкілдерімен кездеседі. Сапар 12 маусымда аяқталады, делегация Үрімжіден Алматыға ұшып оралады.
Өткен жылы Қазақстан мен Қытай арасындағы сауда көлемі 14 миллиард доллардан асты.""",
     ann=[
        ('Қытайға', 0, 'foreign', 'China', N, {'note': 'headline'}),
        ('БЕЙЖІҢ', 0, 'foreign', 'Beijing', N, {'note': 'dateline'}),
        ('Қазақстан', 0, 'country', 'Kazakhstan', N, {'note': 'inside the name of an authority'}),
        ('Қорғас шекара өткелі', 0, 'facility', 'Khorgos border crossing', ALR, {'subkind': 'border crossing', 'note': 'Almaty Region before 2022-06-08'}),
        ('Достық стансасы', 0, 'facility', 'Dostyk railway station', ALR, {'subkind': 'railway station', 'note': 'Alakol district, Almaty Region before 2022-06-08'}),
        ('Ертіс өзенінің', 0, 'facility', 'Irtysh', N, {'subkind': 'river'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'route endpoint'}),
        ('Үрімжі', 0, 'foreign', 'Urumqi', N, {'note': 'route endpoint'}),
        ('Бейжіңдегі', 0, 'foreign', 'Beijing', N),
        ('Қазақстан', 1, 'country', 'Kazakhstan', N, {'note': 'inside the name of an embassy'}),
        ('Шыңжаң-Ұйғыр автономиялық ауданының', 0, 'foreign', 'Xinjiang', N),
        ('Үрімжіге', 0, 'foreign', 'Urumqi', N),
        ('Іле қазақ автономиялық облысының', 0, 'foreign', 'Ili Kazakh Autonomous Prefecture', N, {'note': 'in China; not Ili district of Almaty Region'}),
        ('Құлжа қаласында', 0, 'foreign', 'Ghulja', N),
        ('Үрімжіден', 0, 'foreign', 'Urumqi', N),
        ('Алматыға', 0, 'city', 'Almaty', 'Almaty', {'note': 'destination of the return flight'}),
        ('Қазақстан', 2, 'country', 'Kazakhstan', N),
        ('Қытай', 0, 'foreign', 'China', N),
     ],
     inc={}),

dict(id='p023', date='2021-01-12', lang='kk',
     event='2021 Turkistan Region maslikhat elected, the first since the regional seat moved from Shymkent to Turkistan; turnout in Maktaaral district, Kentau, Arys; an election commission post in the Kazakh Latin alphabet (all districts, Sairam district, Shymkent); parties Nur Otan, Ak Zhol, Auyl (no incident)',
     text="""Түркістан облысы мәслихатына 50 депутат сайланды
ТҮРКІСТАН, 12 қаңтар (ҚазАқпарат) - 10 қаңтарда өткен сайлау қорытындысы бойынша Түркістан облысы мәслихатына бес партиядан 50 депутат сайланды. «Nur Otan» партиясы 38 орын, «Ақ жол» 5 орын, «Ауыл» партиясы 4 орын алды.
Бұл – облыс орталығы 2018 жылы Шымкенттен Түркістанға көшірілгеннен кейінгі алғашқы мәслихат сайлауы. Ең жоғары қатысу Мақтаарал ауданында (78 пайыз), ең төмені Кентау қаласында тіркелді. Арыс қаласында учаскелердің бірі жаңа салынған мектепте ашылды.
Облыстық сайлау комиссиясы сайлау күні кешке әлеуметтік желіде латын әрпімен мынадай хабарлама жариялады: «Türkıstan oblysynda dauys beru tynyş öttı. Barlyq audandarda qatysu 60 paiyzdan asty, Sairam audanynda 74 paiyz boldy. Şymkent qalasynda sailau bölek öttı».
Жаңа мәслихаттың алғашқы сессиясы келесі аптада Түркістандағы облыс әкімдігінің ғимаратында өтеді.""",
     ann=[
        ('Түркістан облысы', 0, 'region', TR, TR, {'note': 'headline'}),
        ('ТҮРКІСТАН', 0, 'city', 'Turkistan', TR, {'note': 'dateline'}),
        ('Түркістан облысы', 1, 'region', TR, TR),
        ('Шымкенттен', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'former regional seat; own unit since 2018-06-19'}),
        ('Түркістанға', 0, 'city', 'Turkistan', TR),
        ('Мақтаарал ауданында', 0, 'district', 'Maktaaral District', TR),
        ('Кентау қаласында', 0, 'city', 'Kentau', TR),
        ('Арыс қаласында', 0, 'city', 'Arys', TR),
        ('Türkıstan oblysynda', 0, 'region', TR, TR, {'note': 'Kazakh Latin'}),
        ('Barlyq audandarda', 0, 'quantified', 'all districts', N, {'count': N, 'unit': 'district', 'quantifier': 'all', 'note': 'Kazakh Latin; turnout; not about incidents'}),
        ('Sairam audanynda', 0, 'district', 'Sairam District', TR, {'note': 'Kazakh Latin'}),
        ('Şymkent qalasynda', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'Kazakh Latin; a separate unit'}),
        ('Түркістандағы', 0, 'city', 'Turkistan', TR),
     ],
     inc={}),

dict(id='p024', date='2026-03-03', lang='kk',
     event='2026 campaign meeting before a by-election to the Ulytau Region maslikhat ends in a fight in Satpayev, four detained (Ulytau Region); earlier stops in Zhezdy, Karazhal and Ulytau village; Kanysh Satpayev the person; the region formed from Karaganda Region in 2022',
     text="""Сәтбаевта үгіт кездесуінде төбелес болды
ЖЕЗҚАЗҒАН, 3 наурыз (ҚазТАГ) - Ұлытау облысы мәслихатына өтетін қосымша сайлау алдында Сәтбаев қаласында кандидаттың сайлаушылармен кездесуінде екі топ арасында төбелес шығып, полиция төрт адамды ұстады.
Кездесу Қаныш Сәтбаев атындағы мәдениет үйінде өтті. Облыстық полиция департаментінің хабарлауынша, жанжал кандидаттың бұрынғы жұмыс орны туралы сұрақтан басталған. Ұсталғандарға әкімшілік хаттама толтырылды, олардың екеуі жеңіл жарақат алған. Төбелеске қатысқандардың бірі Қарағандыдан арнайы келген. Облыс әкімдігі кандидаттардың барлық кездесулері енді полицияның қатысуымен өтетінін хабарлады.
Кандидат бұған дейін Жезді кентінде, Қаражал қаласында және Ұлытау ауылында болып, тұрғындармен кездескен. Қосымша сайлау 22 наурызға белгіленген, бос орынға үш кандидат таласады.
Ұлытау облысы 2022 жылы Қарағанды облысынан бөлініп құрылды, оның орталығы – Жезқазған қаласы.""",
     ann=[
        ('Сәтбаевта', 0, 'city', 'Satpayev', UR, {'note': 'headline'}),
        ('ЖЕЗҚАЗҒАН', 0, 'city', 'Zhezkazgan', UR, {'note': 'dateline'}),
        ('Ұлытау облысы', 0, 'region', UR, UR, {'note': 'inside the name of an authority'}),
        ('Сәтбаев қаласында', 0, 'city', 'Satpayev', UR),
        ('Қарағандыдан', 0, 'city', 'Karaganda', KR, {'note': "NI:a participant's origin"}),
        ('Жезді кентінде', 0, 'village', 'Zhezdy', UR, {'note': 'NI:earlier campaign stop'}),
        ('Қаражал қаласында', 0, 'city', 'Karazhal', UR, {'note': 'NI:earlier campaign stop'}),
        ('Ұлытау ауылында', 0, 'village', 'Ulytau', UR, {'note': 'NI:earlier campaign stop; the village, not the region'}),
        ('Ұлытау облысы', 1, 'region', UR, UR, {'note': 'NI'}),
        ('Қарағанды облысынан', 0, 'region', KR, KR, {'note': 'NI:former unit of the region'}),
        ('Жезқазған қаласы', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:regional seat'}),
     ],
     inc={UR: (1, "fight at a candidate's campaign meeting in the Kanysh Satpayev house of culture in Satpayev, four detained")}),
]
