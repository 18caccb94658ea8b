"""Kazakh texts of the twenty-third unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
JR, ALR, KYR, TR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'Turkistan Region', 'South Kazakhstan Region'
ABR, JTR, EKR, MR, KOR = 'Abai Region', 'Jetisu Region', 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR, UR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region', 'Ulytau Region'
ATR, AR, WKR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region'

DOCS = [
dict(id='p017', date='2020-08-10', lang='kk',
     event='2020 Abai 175th anniversary week opens in Semey (East Kazakhstan Region before the 2022 split); Karaul village and Abai district; Shyngystau hills; events in Nur-Sultan, Almaty, Moscow, Beijing, Ankara; the poet Abai and the Abai theatre are not places (no incident)',
     text="""Абайдың 175 жылдығы: Семейде мерейтойлық апта басталды
СЕМЕЙ, 10 тамыз. ҚазАқпарат – Ұлы ақын Абай Құнанбайұлының туғанына 175 жыл толуына орай Семей қаласында мерейтойлық апта басталды, деп хабарлады Шығыс Қазақстан облысы әкімдігінің баспасөз қызметі.
Таңертең қала тұрғындары ақын ескерткішіне гүл қойды, кешке Абай атындағы музыкалық драма театрында «Абай» операсы қойылады. Сейсенбіде қонақтар Абай ауданына барады: Қарауыл ауылында ақындар айтысы, Шыңғыстау баурайында ат бәйгесі өтеді.
Мерейтойлық шаралар Нұр-Сұлтан мен Алматыда да жалғасады, ал Мәскеу, Пекин және Анкарада Абай оқулары ұйымдастырылды. Пандемияға байланысты шаралардың көбі онлайн форматта көрсетіледі.
Мерейтойға Түркиядан, Моңғолиядан және Ресейден 40-қа жуық қонақ келді. Облыс әкімінің айтуынша, мерейтойға дейін Семейдегі Абай мұражайы мен Қарауылдағы мәдениет үйі жөнделді. Апталық шаралар 16 тамызда Семейдегі ақын ескерткіші алдындағы концертпен аяқталады.""",
     ann=[
        ('Семейде', 0, 'city', 'Semey', EKR, {'note': 'headline; East Kazakhstan Region in 2020'}),
        ('СЕМЕЙ', 0, 'city', 'Semey', EKR, {'note': 'dateline'}),
        ('Семей қаласында', 0, 'city', 'Semey', EKR),
        ('Шығыс Қазақстан облысы', 0, 'region', EKR, EKR, {'note': 'inside the name of an authority'}),
        ('Абай ауданына', 0, 'district', 'Abai District', EKR, {'note': 'the district, not the poet'}),
        ('Қарауыл ауылында', 0, 'village', 'Karaul', EKR),
        ('Шыңғыстау', 0, 'facility', 'Shyngystau', N, {'subkind': 'mountains'}),
        ('Нұр-Сұлтан', 0, 'city', 'Astana', 'Astana'),
        ('Алматыда', 0, 'city', 'Almaty', 'Almaty'),
        ('Мәскеу', 0, 'foreign', 'Moscow', N),
        ('Пекин', 0, 'foreign', 'Beijing', N),
        ('Анкарада', 0, 'foreign', 'Ankara', N),
        ('Түркиядан', 0, 'foreign', 'Turkey', N, {'note': 'NI:origin of guests'}),
        ('Моңғолиядан', 0, 'foreign', 'Mongolia', N, {'note': 'NI:origin of guests'}),
        ('Ресейден', 0, 'foreign', 'Russia', N, {'note': 'NI:origin of guests'}),
        ('Семейдегі', 0, 'city', 'Semey', EKR),
        ('Қарауылдағы', 0, 'village', 'Karaul', EKR),
        ('Семейдегі', 1, 'city', 'Semey', EKR),
     ],
     inc={}),

dict(id='p018', date='2024-07-15', lang='kk',
     event='2024 crush at the north gate of the Central Stadium in Almaty before Kairat v Aktobe, 14 injured; a scoreboard blown down at a stadium in Temirtau, two injured (Karaganda Region); matches in Taldykorgan (Jetisu), Semey (Abai) and Zhezkazgan (Ulytau); clubs Ulytau, Zhetysu, Yelimai, Kyzylzhar named after places; crushes in two cities earlier in the season',
     text="""Алматыдағы Орталық стадион алдындағы қысылыстан 14 адам жарақат алды
АЛМАТЫ, 15 шілде. Tengrinews.kz – Жексенбі күні Алматыдағы Орталық стадионның солтүстік қақпасы алдында болған қысылыстан 14 адам жарақат алды, деп хабарлады қалалық полиция департаменті.
Полиция мәліметінше, «Қайрат» пен «Ақтөбе» ойыны басталарына жарты сағат қалғанда мыңдаған жанкүйер бір ғана қақпаға ығысқан. Басқа қақпалардағы билет тексеретін құрылғылар істен шығып, олар жабық тұрған. Зардап шеккендердің бесеуі ауруханаға жеткізілді, олардың арасында Талғардан келген 12 жасар бала бар.
«Қайрат» қонақтарды 2:0 есебімен жеңді. «Ақтөбе» жанкүйерлері Ақтөбеден арнайы пойызбен келген еді.
Турнирдің басқа ойындарында «Жетісу» Талдықорғанда «Тобылмен» 1:1 тең ойнады, «Елімай» Семейде «Ордабасыны» 3:1 есебімен ұтты, ал «Ұлытау» Жезқазғанда «Қызылжардан» 0:2 есебімен жеңілді.
Сенбі күні Қарағанды облысының Теміртау қаласында қатты дауыл кезінде қалалық стадионның таблосы құлап, жаттығып жатқан екі жасөспірім футболшы жарақат алды. Олардың біреуінің аяғы сынған.
Алматыдағы оқиға кезінде стадион маңындағы Абай даңғылы мен Сәтбаев көшесінің қиылысында көлік кептелісі пайда болып, жедел жәрдем көліктері қиындықпен өтті. Жарақат алғандардың ішінде Шымкент пен Тараздан келген жанкүйерлер де бар. «Қайрат» клубының баспасөз хатшысы болған жағдайға өкініш білдіріп, клуб зардап шеккендердің емделуіне көмектесетінін айтты. Клуб келесі аптада конференция лигасының іріктеу кезеңінде Кипрдің чемпионымен кездеседі.
Кәсіпқой футбол лигасы дүйсенбі күні Астанада төтенше жиналыс өткізіп, барлық стадиондардағы кіреберіс жүйелерін тексеруді тапсырды. Лига өкілінің айтуынша, биылғы маусымда осындай қысылыс тағы екі қалада тіркелген, бірақ онда ешкім зардап шекпеген.
Алматы қаласының әкімдігі стадионды пайдаланушы мекемеге тексеру жүргізетінін хабарлады. Келесі үй ойынында «Қайрат» жанкүйерлері стадионға төрт қақпа арқылы кіреді. Айта кетейік, Орталық стадион 23 мың көрерменге арналған.""",
     ann=[
        ('Алматыдағы', 0, 'city', 'Almaty', 'Almaty', {'note': 'headline'}),
        ('Орталық стадион', 0, 'facility', 'Central Stadium (Almaty)', 'Almaty', {'subkind': 'stadium', 'note': 'headline'}),
        ('АЛМАТЫ', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Алматыдағы', 1, 'city', 'Almaty', 'Almaty'),
        ('Орталық стадионның', 0, 'facility', 'Central Stadium (Almaty)', 'Almaty', {'subkind': 'stadium'}),
        ('Талғардан', 0, 'city', 'Talgar', ALR, {'note': "NI:the injured boy's home town"}),
        ('Ақтөбеден', 0, 'city', 'Aktobe', AR, {'note': 'NI:origin of the visiting fans'}),
        ('Талдықорғанда', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:site of a match'}),
        ('Семейде', 0, 'city', 'Semey', ABR, {'note': 'NI:site of a match'}),
        ('Жезқазғанда', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:site of a match; the club «Ұлытау» is not a place'}),
        ('Қарағанды облысының', 0, 'region', KR, KR),
        ('Теміртау қаласында', 0, 'city', 'Temirtau', KR),
        ('Алматыдағы', 2, 'city', 'Almaty', 'Almaty'),
        ('Абай даңғылы', 0, 'facility', 'Abai Avenue (Almaty)', 'Almaty', {'subkind': 'street', 'note': 'traffic jam near the stadium; named after the poet'}),
        ('Сәтбаев көшесінің', 0, 'facility', 'Satpayev Street (Almaty)', 'Almaty', {'subkind': 'street', 'note': 'named after a person, not the town of Satpayev'}),
        ('Шымкент', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:origin of injured fans'}),
        ('Тараздан', 0, 'city', 'Taraz', JR, {'note': 'NI:origin of injured fans'}),
        ('Кипрдің', 0, 'foreign', 'Cyprus', N, {'note': "national champion named after the country"}),
        ('Астанада', 0, 'city', 'Astana', 'Astana', {'note': "NI:seat of the league's meeting"}),
        ('екі қалада', 0, 'quantified', '2 cities', N, {'count': 2, 'unit': 'city', 'note': 'crushes earlier in the season in unnamed cities'}),
        ('Алматы қаласының', 0, 'city', 'Almaty', 'Almaty', {'note': 'inside the name of an authority'}),
        ('Орталық стадион', 1, 'facility', 'Central Stadium (Almaty)', 'Almaty', {'subkind': 'stadium'}),
     ],
     inc={'Almaty': (1, 'crush at the north gate of the Central Stadium in Almaty before Kairat v Aktobe, 14 injured (one event: stadium and city)'),
          KR: (1, 'stadium scoreboard blown down in a storm in Temirtau, two young players injured (accident)')},
     unatt=[{'label': 'екі қалада', 'count': 2, 'note': 'crushes at stadium gates earlier in the season in two unnamed cities'}]),

dict(id='p019', date='2022-06-09', lang='kk',
     event='2022 first day of the Abai, Jetisu and Ulytau regions: new akims in Semey, Taldykorgan and Zhezkazgan; towns and districts of each new region; Oskemen stays the seat of East Kazakhstan, the Almaty Region seat to move to Kapshagay; the Jetisu akimat post in the Kazakh Latin alphabet (no incident)',
     text="""Жаңа облыстардың алғашқы күні: Семей, Талдықорған және Жезқазған облыс орталығына айналды
НҰР-СҰЛТАН, 9 маусым. ҚазАқпарат – Кеше Абай, Жетісу және Ұлытау облыстары ресми түрде құрылды. Семей, Талдықорған және Жезқазған қалаларында жаңа облыс әкімдері алғашқы жиналыстарын өткізді.
Абай облысы Шығыс Қазақстан облысынан, Жетісу облысы Алматы облысынан, Ұлытау облысы Қарағанды облысынан бөлініп шықты. Абай облысының құрамына Семей, Курчатов және Аягөз қалалары мен Үржар, Бесқарағай және Абай аудандары кірді. Жетісу облысына Талдықорған мен Текелі қалалары және сегіз аудан қарайды. Ұлытау облысы Жезқазған, Сәтбаев, Қаражал қалалары мен Ұлытау және Жаңаарқа аудандарынан тұрады.
Шығыс Қазақстан облысының орталығы бұрынғысынша Өскемен болып қалды, ал Алматы облысының орталығын Қапшағайға көшіру жоспарланып отыр.
Мәдениет саласында да өзгерістер бар. Семейдегі Абай атындағы театр облыстық театр мәртебесін алады, ал Жезқазғандағы тарихи-археологиялық мұражай облыстық тарихи музей болып қайта құрылады. Талдықорғандағы Ілияс Жансүгіров мұражайының қорын толықтыру үшін қосымша қаржы бөлінеді.
Jetısu oblysynyñ äkımdıgı äleumettık jelıdegı paraqşasynda bylai dep jazdy: «Bügınnen bastap Taldyqorğan – Jetısu oblysynyñ ortalyğy. Aqsu, Sarqan jäne Alaköl audandarynyñ mädeniet üilerı jaña oblystyq basqarmağa berıledı».
Жаңа облыстардың құрылуына орай Семейде мерекелік концерт өтті, Талдықорғанда Жетісу облысының туы көтерілді. Ұлытау облысының әкімі Жезқазғанда өткен алғашқы кездесуде Ұлытау тауындағы Алаша хан мен Жошы хан кесенелерін туристік бағытқа енгізуді ұсынды. Алматы облысынан Жетісуге 300-ден астам кітапхана мен клуб өтеді.
Жаңа облыстардағы мәдениет басқармаларының басшылары осы аптаның соңына дейін тағайындалады. Министрлік облыстардың бөлінуі мәдениет қызметкерлерінің жалақысына әсер етпейтінін атап өтті. Қазір үш облыста да уақытша әкімдіктер жұмыс істейді. Жаңа облыс әкімдері күзге дейін өңірлердің бес жылдық даму бағдарламаларын әзірлеп, Үкіметке ұсынуы тиіс.""",
     ann=[
        ('Семей', 0, 'city', 'Semey', ABR, {'note': 'headline'}),
        ('Талдықорған', 0, 'city', 'Taldykorgan', JTR, {'note': 'headline'}),
        ('Жезқазған', 0, 'city', 'Zhezkazgan', UR, {'note': 'headline'}),
        ('НҰР-СҰЛТАН', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Абай', 0, 'region', ABR, ABR, {'note': 'list sharing the head noun "облыстары"'}),
        ('Жетісу', 0, 'region', JTR, JTR, {'note': 'list sharing the head noun "облыстары"'}),
        ('Ұлытау', 0, 'region', UR, UR, {'note': 'list sharing the head noun "облыстары"'}),
        ('Семей', 1, 'city', 'Semey', ABR, {'note': 'list sharing the head noun "қалаларында"'}),
        ('Талдықорған', 1, 'city', 'Taldykorgan', JTR, {'note': 'list sharing the head noun "қалаларында"'}),
        ('Жезқазған', 1, 'city', 'Zhezkazgan', UR, {'note': 'list sharing the head noun "қалаларында"'}),
        ('Абай облысы', 0, 'region', ABR, ABR),
        ('Шығыс Қазақстан облысынан', 0, 'region', EKR, EKR, {'note': 'the former unit'}),
        ('Жетісу облысы', 0, 'region', JTR, JTR),
        ('Алматы облысынан', 0, 'region', ALR, ALR, {'note': 'the former unit'}),
        ('Ұлытау облысы', 0, 'region', UR, UR),
        ('Қарағанды облысынан', 0, 'region', KR, KR, {'note': 'the former unit'}),
        ('Абай облысының', 0, 'region', ABR, ABR),
        ('Семей', 2, 'city', 'Semey', ABR, {'note': 'list sharing the head noun "қалалары"'}),
        ('Курчатов', 0, 'city', 'Kurchatov', ABR, {'note': 'list sharing the head noun "қалалары"'}),
        ('Аягөз', 0, 'city', 'Ayagoz', ABR, {'note': 'list sharing the head noun "қалалары"'}),
        ('Үржар', 0, 'district', 'Urzhar District', ABR, {'note': 'list sharing the head noun "аудандары"'}),
        ('Бесқарағай', 0, 'district', 'Beskaragai District', ABR, {'note': 'list sharing the head noun "аудандары"'}),
        ('Абай', 3, 'district', 'Abai District', ABR, {'note': 'list sharing the head noun "аудандары"; the district, not the region or the poet'}),
        ('Жетісу облысына', 0, 'region', JTR, JTR),
        ('Талдықорған', 2, 'city', 'Taldykorgan', JTR, {'note': 'list sharing the head noun "қалалары"'}),
        ('Текелі', 0, 'city', 'Tekeli', JTR, {'note': 'list sharing the head noun "қалалары"'}),
        ('сегіз аудан', 0, 'quantified', '8 districts', N, {'count': 8, 'unit': 'district', 'note': 'districts of Jetisu Region; not about incidents'}),
        ('Ұлытау облысы', 1, 'region', UR, UR),
        ('Жезқазған', 2, 'city', 'Zhezkazgan', UR, {'note': 'list sharing the head noun "қалалары"'}),
        ('Сәтбаев', 0, 'city', 'Satpayev', UR, {'note': 'list sharing the head noun "қалалары"'}),
        ('Қаражал', 0, 'city', 'Karazhal', UR, {'note': 'list sharing the head noun "қалалары"'}),
        ('Ұлытау', 3, 'district', 'Ulytau District', UR, {'note': 'list sharing the head noun "аудандарынан"'}),
        ('Жаңаарқа', 0, 'district', 'Zhanaarka District', UR, {'note': 'list sharing the head noun "аудандарынан"'}),
        ('Шығыс Қазақстан облысының', 0, 'region', EKR, EKR),
        ('Өскемен', 0, 'city', 'Oskemen', EKR),
        ('Алматы облысының', 0, 'region', ALR, ALR),
        ('Қапшағайға', 0, 'city', 'Konaev', ALR, {'note': 'Kapshagay, renamed Konaev later in 2022; planned move of the regional seat'}),
        ('Семейдегі', 0, 'city', 'Semey', ABR),
        ('Жезқазғандағы', 0, 'city', 'Zhezkazgan', UR),
        ('Талдықорғандағы', 0, 'city', 'Taldykorgan', JTR),
        ('Семейде', 0, 'city', 'Semey', ABR),
        ('Талдықорғанда', 0, 'city', 'Taldykorgan', JTR),
        ('Жетісу облысының', 0, 'region', JTR, JTR),
        ('Ұлытау облысының', 0, 'region', UR, UR, {'note': "inside an official's title"}),
        ('Жезқазғанда', 0, 'city', 'Zhezkazgan', UR),
        ('Ұлытау тауындағы', 0, 'facility', 'Ulytau mountains', N, {'subkind': 'mountains'}),
        ('Алаша хан', 0, 'facility', 'Alasha Khan Mausoleum', UR, {'subkind': 'mausoleum', 'note': 'list sharing the head noun "кесенелерін"'}),
        ('Жошы хан', 0, 'facility', 'Zhoshy Khan Mausoleum', UR, {'subkind': 'mausoleum', 'note': 'list sharing the head noun "кесенелерін"'}),
        ('Алматы облысынан', 1, 'region', ALR, ALR),
        ('Жетісуге', 0, 'region', JTR, JTR, {'note': 'region named without "облысы"'}),
        ('Jetısu oblysynyñ', 0, 'region', JTR, JTR, {'note': 'Kazakh Latin; inside the name of an authority'}),
        ('үш облыста', 0, 'quantified', '3 regions', N, {'count': 3, 'unit': 'region', 'note': 'the three new regions, all named; not about incidents'}),
        ('Taldyqorğan', 0, 'city', 'Taldykorgan', JTR, {'note': 'Kazakh Latin'}),
        ('Jetısu oblysynyñ', 1, 'region', JTR, JTR, {'note': 'Kazakh Latin'}),
        ('Aqsu', 0, 'district', 'Aksu District (Jetisu Region)', JTR, {'note': 'Kazakh Latin; list sharing the head noun "audandarynyñ"'}),
        ('Sarqan', 0, 'district', 'Sarkand District', JTR, {'note': 'Kazakh Latin; list sharing the head noun "audandarynyñ"'}),
        ('Alaköl', 0, 'district', 'Alakol District', JTR, {'note': 'Kazakh Latin; list sharing the head noun "audandarynyñ"'}),
     ],
     inc={}),

dict(id='p020', date='2006-03-14', lang='kk',
     event='2006 sixty oralman families from Bayan-Olgii (Mongolia) settle in Zhezkazgan, Ulytau district and Kengir village (Karaganda Region before the 2022 split); flight to Oskemen; a mining college in Satpayev (no incident)',
     text="""Моңғолиядан келген 60 отбасы Жезқазғанға қоныстанды
ЖЕЗҚАЗҒАН, 14 наурыз. ҚазАқпарат – Моңғолияның Баян-Өлгий аймағынан көшіп келген 60 оралман отбасы Қарағанды облысының Жезқазған қаласы мен Ұлытау ауданына қоныстанды, деп хабарлады облыстық көші-қон департаменті.
Оралмандар Ұланбатырдан Өскеменге дейін ұшақпен, одан әрі пойызбен жеткен. Отбасылардың жартысы Кеңгір ауылына орналасты, онда «Қазақмыс» корпорациясы оларға 25 үй салып берді. Ер адамдардың көбі кен орындарында жұмысқа орналаспақ, ал жастардың бір бөлігі Сәтбаев қаласындағы тау-кен колледжіне оқуға түседі.
Департамент мәліметінше, 1991 жылдан бері Қарағанды облысына Моңғолия мен Қытайдан 12 мыңнан астам оралман келген. Биыл облыс тағы 300 отбасын қабылдауды жоспарлап отыр. Оралмандардың арасында малшылар, мұғалімдер мен дәрігерлер бар. Ұлытау ауданының әкімдігі балаларды Кеңгір ауылындағы мектепке орналастырды, ал ересектерге қазақ тілінен бөлек орыс тілі курстары ашылады.""",
     ann=[
        ('Моңғолиядан', 0, 'foreign', 'Mongolia', N, {'note': 'NI:headline; origin'}),
        ('Жезқазғанға', 0, 'city', 'Zhezkazgan', KR, {'note': 'headline; Karaganda Region in 2006'}),
        ('ЖЕЗҚАЗҒАН', 0, 'city', 'Zhezkazgan', KR, {'note': 'dateline'}),
        ('Моңғолияның', 0, 'foreign', 'Mongolia', N, {'note': 'NI:origin'}),
        ('Баян-Өлгий аймағынан', 0, 'foreign', 'Bayan-Olgii Province', N, {'note': 'NI:origin'}),
        ('Қарағанды облысының', 0, 'region', KR, KR),
        ('Жезқазған қаласы', 0, 'city', 'Zhezkazgan', KR),
        ('Ұлытау ауданына', 0, 'district', 'Ulytau District', KR),
        ('Ұланбатырдан', 0, 'foreign', 'Ulaanbaatar', N, {'note': 'NI:route endpoint'}),
        ('Өскеменге', 0, 'city', 'Oskemen', EKR, {'note': 'NI:route point'}),
        ('Кеңгір ауылына', 0, 'village', 'Kengir', KR),
        ('Сәтбаев қаласындағы', 0, 'city', 'Satpayev', KR),
        ('Қарағанды облысына', 0, 'region', KR, KR),
        ('Моңғолия', 0, 'foreign', 'Mongolia', N, {'note': 'NI:origin'}),
        ('Қытайдан', 0, 'foreign', 'China', N, {'note': 'NI:origin'}),
        ('Ұлытау ауданының', 0, 'district', 'Ulytau District', KR, {'note': 'inside the name of an authority'}),
        ('Кеңгір ауылындағы', 0, 'village', 'Kengir', KR),
     ],
     inc={}),

dict(id='p021', date='1992-09-30', lang='kk',
     event='1992 first World Kurultai of Kazakhs opens at the Palace of the Republic in Almaty: delegates from 33 countries (Mongolia, China, Russia, Uzbekistan, Turkey, Iran, Afghanistan, Germany); repatriates settled in the Taldy-Kurgan, Shymkent, Karaganda and Mangystau regions (1992 names and units); trips to Turkistan (South Kazakhstan) and the Yasawi mausoleum, to Semey (East Kazakhstan land) and to Akmola, the later capital (no incident)',
     text="""Дүниежүзі қазақтарының құрылтайы Алматыда ашылды
АЛМАТЫ, 30 қыркүйек. ҚазАқпарат – Кеше Алматыдағы Республика сарайында Дүниежүзі қазақтарының бірінші құрылтайы ашылды. Оған 33 елден 800-ге жуық делегат келді.
Ең үлкен делегациялар Моңғолиядан, Қытайдан, Ресейден және Өзбекстаннан келген. Түркиядан, Ираннан, Ауғанстаннан және Германиядан келген қандастар да бар. Моңғолияның Баян-Өлгий аймағынан келген сексен жастағы ақсақал: «Атамекенге оралу – біздің ата-бабамыздың арманы еді», – деді.
Құрылтайды ашқан Президент Нұрсұлтан Назарбаев шетелдегі қазақтарды тарихи отанына оралуға шақырды. Соңғы екі жылда Моңғолиядан 60 мыңға жуық адам көшіп келіп, негізінен Талдықорған, Шымкент, Қарағанды және Маңғыстау облыстарына қоныстанды. Үкімет биыл оралмандарға 10 мың үй салуға уәде берді.
Құрылтай үш күнге созылады. Делегаттар мәдени бағдарлама аясында Түркістанға барып, Қожа Ахмет Ясауи кесенесіне зиярат етеді, ал бір топ Семейге барып, Абайдың туған жерін көреді. Кейбір делегаттар Ақмолада өтетін халық шығармашылығы фестиваліне қатысады.
Қытайдан келген делегация жетекшісінің айтуынша, Шыңжаңдағы қазақтардың көпшілігі шекара ашылса, көшуге дайын. Ал Ыстамбұлдан келген қазақ кәсіпкерлері Алматыда қазақ тілінде кітап шығаратын баспа ашуды ұсынды.
Құрылтай соңында Дүниежүзі қазақтарының қауымдастығын құру туралы шешім қабылданады деп күтілуде.""",
     ann=[
        ('Алматыда', 0, 'city', 'Almaty', 'Almaty', {'note': 'headline'}),
        ('АЛМАТЫ', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Алматыдағы', 0, 'city', 'Almaty', 'Almaty'),
        ('Республика сарайында', 0, 'facility', 'Palace of the Republic (Almaty)', 'Almaty', {'subkind': 'concert hall'}),
        ('33 елден', 0, 'quantified', '33 countries', N, {'count': 33, 'unit': 'country', 'note': 'NI:countries of origin of the delegates'}),
        ('Моңғолиядан', 0, 'foreign', 'Mongolia', N, {'note': 'NI:origin'}),
        ('Қытайдан', 0, 'foreign', 'China', N, {'note': 'NI:origin'}),
        ('Ресейден', 0, 'foreign', 'Russia', N, {'note': 'NI:origin'}),
        ('Өзбекстаннан', 0, 'foreign', 'Uzbekistan', N, {'note': 'NI:origin'}),
        ('Түркиядан', 0, 'foreign', 'Turkey', N, {'note': 'NI:origin'}),
        ('Ираннан', 0, 'foreign', 'Iran', N, {'note': 'NI:origin'}),
        ('Ауғанстаннан', 0, 'foreign', 'Afghanistan', N, {'note': 'NI:origin'}),
        ('Германиядан', 0, 'foreign', 'Germany', N, {'note': 'NI:origin'}),
        ('Моңғолияның', 0, 'foreign', 'Mongolia', N, {'note': 'NI:origin'}),
        ('Баян-Өлгий аймағынан', 0, 'foreign', 'Bayan-Olgii Province', N, {'note': 'NI:origin'}),
        ('Моңғолиядан', 1, 'foreign', 'Mongolia', N, {'note': 'NI:origin'}),
        ('Талдықорған', 0, 'region', ALR, ALR, {'uncertain': True, 'note': 'Taldy-Kurgan Region (1992), abolished in 1997; labelled with the unit that took its land (Almaty Region); list sharing the head noun "облыстарына"'}),
        ('Шымкент', 0, 'region', SKR, SKR, {'uncertain': True, 'note': 'Shymkent Region, the name of South Kazakhstan Region until 1992; list sharing the head noun "облыстарына"'}),
        ('Қарағанды', 0, 'region', KR, KR, {'note': 'list sharing the head noun "облыстарына"'}),
        ('Маңғыстау', 0, 'region', MR, MR, {'note': 'list sharing the head noun "облыстарына"'}),
        ('Түркістанға', 0, 'city', 'Turkistan', SKR, {'note': 'NI:destination of a planned trip'}),
        ('Қожа Ахмет Ясауи кесенесіне', 0, 'facility', 'Khoja Akhmet Yasawi Mausoleum', SKR, {'subkind': 'mausoleum', 'note': 'NI:destination of a planned trip'}),
        ('Семейге', 0, 'city', 'Semey', EKR, {'note': 'NI:destination of a planned trip; Semipalatinsk Region in 1992, East Kazakhstan Region land from 1997'}),
        ('Ақмолада', 0, 'city', 'Astana', 'Astana', {'note': 'NI:venue of a festival; Akmola, the city later renamed Astana'}),
        ('Қытайдан', 1, 'foreign', 'China', N, {'note': 'NI:origin'}),
        ('Шыңжаңдағы', 0, 'foreign', 'Xinjiang', N),
        ('Ыстамбұлдан', 0, 'foreign', 'Istanbul', N, {'note': 'NI:origin'}),
        ('Алматыда', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:proposed publishing house'}),
     ],
     inc={}),

dict(id='p022', date='2016-02-16', lang='kk',
     event='2016 roof fire at the «Астана» sports palace in Pavlodar, home of the hockey club Irtysh, 150 evacuated (Pavlodar Region); firefighters from Ekibastuz and Aksu; the next match moved to Ekibastuz; the visiting club from Astana; a facility named after the capital',
     text="""Павлодардағы «Астана» спорт сарайында өрт шықты
ПАВЛОДАР, 16 ақпан. Kazinform – Павлодар қаласындағы «Астана» спорт сарайының шатырында дүйсенбі күні кешке өрт шықты, деп хабарлады Павлодар облысының төтенше жағдайлар департаменті.
Өрт шатырдағы желдету жүйесінен басталып, 200 шаршы метр аумаққа тараған. Ғимараттағы 150 адам, оның ішінде «Ертіс» хоккей клубының балалар командасы, уақытында эвакуацияланды. Зардап шеккендер жоқ. Өртті сөндіруге Екібастұз бен Ақсудан қосымша бөлімшелер келді.
«Ертіс» келесі үй ойынын Астанадан келетін «Номадқа» қарсы өткізуі керек еді. Енді ойын Екібастұздағы мұз айдынына ауыстырылды. Спорт сарайын жөндеуге кемінде екі ай қажет, деді облыстық спорт басқармасының басшысы. Спорт сарайы 2001 жылы салынған, ол 2 800 көрерменге арналған. Өрттің нақты себебін анықтау үшін тергеу басталды. Былтыр осы ғимаратта электр желісіндегі ақаудан бірнеше сағат бойы жарық сөнген болатын.""",
     ann=[
        ('Павлодардағы', 0, 'city', 'Pavlodar', PR, {'note': 'headline'}),
        ('Астана', 0, 'facility', 'Astana Sports Palace (Pavlodar)', PR, {'subkind': 'arena', 'note': 'headline; sports palace named after the capital, in Pavlodar'}),
        ('ПАВЛОДАР', 0, 'city', 'Pavlodar', PR, {'note': 'dateline'}),
        ('Павлодар қаласындағы', 0, 'city', 'Pavlodar', PR),
        ('Астана', 1, 'facility', 'Astana Sports Palace (Pavlodar)', PR, {'subkind': 'arena'}),
        ('Павлодар облысының', 0, 'region', PR, PR, {'note': 'inside the name of an authority'}),
        ('Екібастұз', 0, 'city', 'Ekibastuz', PR, {'note': 'NI:origin of firefighters'}),
        ('Ақсудан', 0, 'city', 'Aksu (Pavlodar Region)', PR, {'note': 'NI:origin of firefighters'}),
        ('Астанадан', 0, 'city', 'Astana', 'Astana', {'note': 'NI:home of the visiting club'}),
        ('Екібастұздағы', 0, 'city', 'Ekibastuz', PR, {'note': 'NI:new venue of a match'}),
     ],
     inc={PR: (1, 'roof fire at the «Астана» sports palace in Pavlodar, 150 evacuated, no injuries (one event: facility and city)')}),

dict(id='p023', date='2025-07-08', lang='kk',
     event='2025 Unified National Test results by region: Shymkent first, Astana and Almaty next; Ulytau, Abai and Jetisu regions in the top ten for the first time, a school in Zhezkazgan; Atyrau and Mangystau last; failures fell in 14 of 20 units; a village school in Saryagash district (Turkistan Region) (no incident)',
     text="""ҰБТ қорытындысы: Ұлытау, Абай және Жетісу облыстары алғаш рет үздік ондыққа енді
АСТАНА, 8 шілде. ҚазАқпарат – Биылғы ұлттық бірыңғай тестілеудің орташа балы бойынша бірінші орынды Шымкент қаласының түлектері иеленді, деп хабарлады Оқу-ағарту министрлігі. Екінші және үшінші орында – Астана мен Алматы.
Үш жыл бұрын құрылған Ұлытау, Абай және Жетісу облыстарының түлектері алғаш рет үздік ондыққа енді. Жезқазғандағы Назарбаев Зияткерлік мектебінің екі оқушысы ең жоғары балл жинады.
Ең төмен көрсеткіш Атырау және Маңғыстау облыстарында тіркелді. Министрліктің мәліметінше, 20 өңірдің 14-інде шекті балдан өте алмағандар үлесі азайды. Түркістан облысының Сарыағаш ауданындағы шағын ауыл мектебі ауылдық мектептер арасында үздік атанды.
Биыл тестілеуге 150 мыңнан астам түлек қатысты. Тест кезінде ұялы телефон алып кірген 900-ге жуық талапкердің нәтижесі жойылды.""",
     ann=[
        ('Ұлытау', 0, 'region', UR, UR, {'note': 'headline; list sharing the head noun "облыстары"'}),
        ('Абай', 0, 'region', ABR, ABR, {'note': 'headline; list sharing the head noun "облыстары"'}),
        ('Жетісу', 0, 'region', JTR, JTR, {'note': 'headline; list sharing the head noun "облыстары"'}),
        ('АСТАНА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Шымкент қаласының', 0, 'city', 'Shymkent', 'Shymkent'),
        ('Астана', 0, 'city', 'Astana', 'Astana'),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty'),
        ('Ұлытау', 1, 'region', UR, UR, {'note': 'list sharing the head noun "облыстарының"'}),
        ('Абай', 1, 'region', ABR, ABR, {'note': 'list sharing the head noun "облыстарының"'}),
        ('Жетісу', 1, 'region', JTR, JTR, {'note': 'list sharing the head noun "облыстарының"'}),
        ('Жезқазғандағы', 0, 'city', 'Zhezkazgan', UR),
        ('Атырау', 0, 'region', ATR, ATR, {'note': 'list sharing the head noun "облыстарында"'}),
        ('Маңғыстау', 0, 'region', MR, MR, {'note': 'list sharing the head noun "облыстарында"'}),
        ('20 өңірдің 14-інде', 0, 'quantified', '14 of 20 regions', N, {'count': 14, 'unit': 'region', 'note': 'exam failures fell; not about incidents'}),
        ('Түркістан облысының', 0, 'region', TR, TR),
        ('Сарыағаш ауданындағы', 0, 'district', 'Saryagash District', TR),
     ],
     inc={}),

dict(id='p024', date='2011-08-03', lang='kk',
     event='2011 new season of excavations at the Berel burial ground near Berel village, Katonkaragai district (East Kazakhstan Region); scholars from Almaty, France and Italy; the Bukhtarma valley; finds for Oskemen and Astana; Katon-Karagai national park (no incident)',
     text="""Берел қорымында қазба жұмыстары жалғасуда
ӨСКЕМЕН, 3 тамыз. ҚазАқпарат – Шығыс Қазақстан облысы Катонқарағай ауданындағы Берел ауылының маңындағы ерте көшпелілер қорымында археологтар жаңа маусымды бастады.
Алматыдағы Археология институтының ғалымдары бастаған экспедицияға Франция мен Италиядан келген мамандар қосылды. Биыл жұмыс Бұқтырма өзенінің аңғарындағы екі қорғанда жүргізіледі. Мәңгі тоңның арқасында қорғандардағы ағаш бұйымдар мен жылқы қаңқалары жақсы сақталған.
Табылған жәдігерлер Өскемендегі облыстық тарихи-өлкетану музейіне беріледі, ал ең құнды заттар келесі жылы Астанадағы көрмеде көрсетіледі. Катонқарағай ұлттық паркінің басшылығы қорымды туристерге ашуды жоспарлап отыр. Экспедиция жетекшісінің айтуынша, қазба жұмыстары қыркүйектің соңына дейін жалғасады. Берел қорғандары 1998 жылдан бері зерттеліп келеді. Сол кезде табылған жылқы әбзелдері мен ағаш әшекейлер қазір Алматыдағы Орталық мемлекеттік музейде сақтаулы.""",
     ann=[
        ('Берел қорымында', 0, 'facility', 'Berel burial ground', EKR, {'subkind': 'archaeological site', 'note': 'headline'}),
        ('ӨСКЕМЕН', 0, 'city', 'Oskemen', EKR, {'note': 'dateline'}),
        ('Шығыс Қазақстан облысы', 0, 'region', EKR, EKR),
        ('Катонқарағай ауданындағы', 0, 'district', 'Katonkaragai District', EKR),
        ('Берел ауылының', 0, 'village', 'Berel', EKR, {'note': 'reference point for the burial ground'}),
        ('Алматыдағы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:seat of an institute'}),
        ('Франция', 0, 'foreign', 'France', N, {'note': 'NI:origin of specialists'}),
        ('Италиядан', 0, 'foreign', 'Italy', N, {'note': 'NI:origin of specialists'}),
        ('Бұқтырма өзенінің', 0, 'facility', 'Bukhtarma', N, {'subkind': 'river', 'note': 'river in East Kazakhstan Region'}),
        ('Өскемендегі', 0, 'city', 'Oskemen', EKR, {'note': 'NI:museum receiving the finds'}),
        ('Астанадағы', 0, 'city', 'Astana', 'Astana', {'note': 'NI:planned exhibition'}),
        ('Катонқарағай ұлттық паркінің', 0, 'facility', 'Katon-Karagai National Park', EKR, {'subkind': 'nature reserve'}),
        ('Алматыдағы', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:museum holding earlier finds'}),
        ('Берел қорғандары', 0, 'facility', 'Berel burial ground', EKR, {'subkind': 'archaeological site'}),
     ],
     inc={}),
]
