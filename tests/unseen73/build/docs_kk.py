"""Kazakh texts of the seventy-third unseen check corpus (Cyrillic; annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p017', date='2000-05-16', lang='kk',
     event='2000 two brothers drown in the Syr Darya at the village of Madeniet (Madeniet rural okrug, Zhalagash district, Kyzylorda Region)',
     text="""Жалағаш ауданында екі бала суға батып кетті
ҚЫЗЫЛОРДА, 16 мамыр. Қызылорда облысы Жалағаш ауданының Мәдениет ауылдық округіне қарасты Мәдениет ауылында 9 және 11 жастағы ағайынды екі бала Сырдария өзеніне түсіп, қаза тапты, деп хабарлады облыстық төтенше жағдайлар басқармасы.
Балалар сабақтан кейін өзен жағасына адасқан бұзауды іздеп барған. Кішісі жағадан тайып кетіп, ағасы оны құтқармақ болған. Екеуінің де денесін сүңгуірлер келесі күні тапты.
Аудан әкімдігінің мәліметінше, көктемде Сырдария суы көтерілгенде өзен жағасындағы ауылдарда балаларды қадағалау үшін кезекшілер қойылады. Басқарма өкілі биыл облыста суға батып кеткен бесінші бала екенін айтып, ата-аналарды балаларын жалғыз жібермеуге шақырды.""",
     ann=[
        ('Жалағаш ауданында', 0, 'district', 'Zhalagash District', KZR, {'note': 'headline'}),
        ('ҚЫЗЫЛОРДА', 0, 'city', 'Kyzylorda', KZR, {'note': 'dateline'}),
        ('Қызылорда облысы', 0, 'region', KZR, KZR),
        ('Жалағаш ауданының', 0, 'district', 'Zhalagash District', KZR),
        ('Мәдениет ауылдық округіне', 0, 'village', 'Madeniet rural okrug', KZR, {'note': 'rural okrug named after its centre village'}),
        ('Мәдениет ауылында', 0, 'village', 'Madeniet', KZR),
        ('Сырдария өзеніне', 0, 'facility', 'Syr Darya', N, {'subkind': 'river'}),
        ('Сырдария', 1, 'facility', 'Syr Darya', N, {'subkind': 'river', 'note': 'NI:spring rise of the river'}),
     ],
     inc={KZR: (1, 'two brothers drowned in the Syr Darya at Madeniet (one event); "the fifth child this year" is a statistic')}),

dict(id='p018', date='2015-03-10', lang='kk',
     event='2015 South Kazakhstan Region before the 2018 reform: a girl kidnapped for marriage from Sharbulak (Sharbulak rural okrug, Kazygurt district) to Zhanabazar; a January kidnapping in Kyzylata; a wife beaten in Zhetisai, Maktaaral district; a lost girl found on Esim Khan Street in Turkestan (no incident); crisis centre in Shymkent; brides from Tashkent and Bishkek; all districts, every district',
     text="""Оңтүстікте келін ұрлау әлі тыйылмай отыр
ШЫМКЕНТ, 10 наурыз. Оңтүстік Қазақстан облысы Қазығұрт ауданының Шарбұлақ ауылдық округінде 19 жастағы қызды ұрлап әкетіп, күшпен күйеуге бермек болған үш жігіт ұсталды. Облыстық полиция департаментінің мәліметінше, қызды 7 наурызда Шарбұлақ ауылындағы дүкен жанынан көлікке күштеп отырғызып, көрші Жаңабазар ауылына алып кеткен.
Қыздың анасы полицияға дереу хабарласқан. «Қызым оқуын бітіргісі келеді, ешкімге тұрмысқа шыққысы келмейді», – деді ол. Қыз бір тәуліктен соң босатылып, үйіне оралды. Қазығұрт аудандық ішкі істер бөлімінің бастығы Серік Әлиевтің айтуынша, бұл биыл ауданда тіркелген келін ұрлаудың екінші дерегі. Алғашқысы қаңтарда Қызылата ауылында болған: онда ұрланған қызды туыстары сол күні үйіне қайтарып алған.
Сол аптада Мақтаарал ауданының Жетісай қаласында 35 жастағы әйелді күйеуі ұрып-соғып, ол аудандық ауруханаға жеткізілді. Күйеуіне қатысты қылмыстық іс қозғалды. Көршілерінің айтуынша, отбасындағы жанжал бұрын да талай рет болған.
Түркістан қаласында базарда жоғалып кеткен төрт жасар қыз бала алты сағаттан кейін табылды. Ол анасымен бірге базарға барып, адасып қалған. Баланы полиция қызметкері Есім хан көшесінен тауып, ата-анасына табыстады. Полиция ата-аналарды базарда балаларын қолдан жібермеуге шақырды.
Шымкенттегі әйелдер мен балаларға арналған дағдарыс орталығының директоры Гүлнар Мамырова өткен жылы орталыққа облыстың барлық аудандарынан 400-ге жуық әйел келгенін айтты. Олардың кейбірі Ташкенттен, Бішкектен келіп тұрмысқа шыққан келіндер. «Келін ұрлау – қылмыс, дәстүр емес. Қыздың келісімінсіз жасалған неке бақыт әкелмейді», – дейді ол.
Құқық қорғаушылардың айтуынша, Қазақстанда мұндай істердің көбі сотқа жетпейді: отбасылар ақсақалдар арқылы келісіп, арызды қайтарып алады. Облыстық прокуратура осы жылдан бастап әр ауданда мектеп оқушылары мен ата-аналарға арналған профилактикалық кездесулер өткізетінін мәлімдеді.""",
     ann=[
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', SKR, {'note': 'dateline; South Kazakhstan Region before 2018-06-19'}),
        ('Оңтүстік Қазақстан облысы', 0, 'region', SKR, SKR),
        ('Қазығұрт ауданының', 0, 'district', 'Kazygurt District', SKR),
        ('Шарбұлақ ауылдық округінде', 0, 'village', 'Sharbulak rural okrug (Kazygurt district)', SKR, {'note': 'rural okrug named after its centre village'}),
        ('Шарбұлақ ауылындағы', 0, 'village', 'Sharbulak (Kazygurt district)', SKR, {'note': 'place of the kidnapping'}),
        ('Жаңабазар ауылына', 0, 'village', 'Zhanabazar (Kazygurt district)', SKR, {'note': 'where the girl was taken'}),
        ('Қазығұрт аудандық', 0, 'district', 'Kazygurt District', SKR, {'note': 'inside the name of an authority (district police)'}),
        ('Қызылата ауылында', 0, 'village', 'Kyzylata (Kazygurt district)', SKR, {'note': 'January kidnapping (background narrated explicitly)'}),
        ('Мақтаарал ауданының', 0, 'district', 'Maktaaral District', SKR),
        ('Жетісай қаласында', 0, 'city', 'Zhetisai', SKR, {'note': 'the town, not Jetisu Region'}),
        ('Түркістан қаласында', 0, 'city', 'Turkistan', SKR, {'note': 'NI:lost child found; South Kazakhstan Region before 2018'}),
        ('Есім хан көшесінен', 0, 'facility', 'Esim Khan Street (Turkistan)', SKR, {'subkind': 'street', 'note': 'NI:where the child was found; named after a khan'}),
        ('Шымкенттегі', 0, 'city', 'Shymkent', SKR, {'note': 'NI:crisis centre'}),
        ('барлық аудандарынан', 0, 'quantified', 'all districts', N, {'count': None, 'unit': 'district', 'quantifier': 'all', 'note': "NI:clients' origin"}),
        ('Ташкенттен', 0, 'foreign', 'Tashkent', N, {'note': "NI:brides' origin"}),
        ('Бішкектен', 0, 'foreign', 'Bishkek', N, {'note': "NI:brides' origin"}),
        ('Қазақстанда', 0, 'country', 'Kazakhstan', N),
        ('әр ауданда', 0, 'quantified', 'every district', N, {'count': None, 'unit': 'district', 'quantifier': 'all', 'note': 'NI:prevention meetings'}),
     ],
     inc={SKR: (3, 'girl kidnapped in Sharbulak and taken to Zhanabazar, Kazygurt district (one kidnapping); January kidnapping in Kyzylata (background narrated explicitly); wife beaten in Zhetisai, Maktaaral district; the lost girl in Turkestan is not an incident')}),

dict(id='p019', date='2019-12-05', lang='kk',
     event='2019 man pours petrol on his wife in the «Karatau» microdistrict of Taraz (Jambyl Region); a foundation in Nur-Sultan sends a lawyer; domestic violence statistic for Jambyl Region',
     text="""Таразда әйелін өртемек болған ер адам ұсталды
ТАРАЗ, 5 желтоқсан. Тараздағы «Қаратау» шағын ауданында 46 жастағы ер адам әйелінің үстіне бензин құйып, оны өртемек болған. Әйел көршісінің үйіне қашып үлгерді, бірақ оның қолы мен беті күйіп қалды. Ер адам ұсталды, деп хабарлады Жамбыл облысы полиция департаменті.
Тергеушілердің айтуынша, ерлі-зайыптылар бір айдан бері ажырасу туралы сотқа жүгінген. Әйел бұрын да полицияға бірнеше рет арыз берген, бірақ кейін оларды қайтарып алған.
Оқиға әлеуметтік желіде кең талқыланды. Нұр-Сұлтандағы әйелдерге көмек көрсететін қоғамдық қордың өкілдері әйелге тегін заңгер жіберетінін айтты. Қордың мәліметінше, Жамбыл облысында тұрмыстық зорлық-зомбылық бойынша биыл 1200-ден астам арыз тіркелген.""",
     ann=[
        ('Таразда', 0, 'city', 'Taraz', JR, {'note': 'headline'}),
        ('ТАРАЗ', 0, 'city', 'Taraz', JR, {'note': 'dateline'}),
        ('Тараздағы', 0, 'city', 'Taraz', JR),
        ('Қаратау', 0, 'district', 'Karatau microdistrict (Taraz)', JR, {'subkind': 'microdistrict', 'note': 'name in quotation marks; not the town of Karatau'}),
        ('Жамбыл облысы', 0, 'region', JR, JR, {'note': 'inside the name of an authority (police)'}),
        ('Нұр-Сұлтандағы', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of a foundation'}),
        ('Жамбыл облысында', 0, 'region', JR, JR, {'note': 'NI:statistic'}),
     ],
     inc={JR: (1, 'man poured petrol on his wife in the «Karatau» microdistrict of Taraz, burns')}),

dict(id='p020', date='2006-02-14', lang='kk',
     event='2006 three children poisoned by stove fumes in Ekibastuz (Pavlodar Region); father works in Aksu; a missing boy found in Akzhar, Irtysh district (no incident)',
     text="""Екібастұзда үш бала иіс газынан уланды
ПАВЛОДАР, 14 ақпан. Павлодар облысының Екібастұз қаласында жеке үйде тұратын отбасының үш баласы иіс газынан уланып, ауруханаға түсті. Олардың ең кішісі, екі жасар ұл бала, реанимацияда жатыр, деп хабарлады облыстық төтенше жағдайлар департаменті.
Балалардың әкесі вахтамен Ақсу қаласындағы зауытта жұмыс істейді, анасы түнгі ауысымда болған. Балалар үйде әжесімен қалған. Пешке кешкісін көмір салынып, мұржа қақпағы ерте жабылған.
Сол түні Ертіс ауданының Ақжар ауылында жоғалып кеткен 11 жастағы бала таңертең көрші ауылдағы туысының үйінен табылды.
Департамент өкілі Марат Жақсылықов ауылдар мен шағын қалаларда иіс газынан улану оқиғалары жиілеп кеткенін айтып, тұрғындарды пеш жағу ережесін сақтауға шақырды.""",
     ann=[
        ('Екібастұзда', 0, 'city', 'Ekibastuz', PR, {'note': 'headline'}),
        ('ПАВЛОДАР', 0, 'city', 'Pavlodar', PR, {'note': 'dateline'}),
        ('Павлодар облысының', 0, 'region', PR, PR),
        ('Екібастұз қаласында', 0, 'city', 'Ekibastuz', PR),
        ('Ақсу қаласындағы', 0, 'city', 'Aksu (Pavlodar Region)', PR, {'note': "NI:father's workplace"}),
        ('Ертіс ауданының', 0, 'district', 'Irtysh District', PR, {'note': 'NI:missing child found'}),
        ('Ақжар ауылында', 0, 'village', 'Akzhar (Irtysh district)', PR, {'note': 'NI:missing child found'}),
     ],
     inc={PR: (1, 'carbon monoxide poisoning of three children in a house in Ekibastuz')}),

dict(id='p021', date='2022-06-20', lang='kk',
     event='2022 first fortnight of the three new regions: a wife beaten in Taldykorgan (Jetisu Region; the Almaty Region akimat moved to Konaev); a boy drowned in the Kengir reservoir at Zhezkazgan (Ulytau Region; divers from Karaganda); a grandmother and grandson die in a house fire in Semey (Abai Region; parents working in Oskemen); crisis centres planned in each of the three regions',
     text="""Жаңа облыстардағы алғашқы апталар: зорлық-зомбылық, суға бату, өрт
АЛМАТЫ, 20 маусым. ҚазАқпарат – 8 маусымда құрылған үш жаңа облыс – Абай, Жетісу және Ұлытау облыстары – алғашқы күндерінен-ақ отбасылық қасіреттер туралы хабарларға тап болды.
Талдықорғанда 29 жастағы әйелді күйеуі балаларының көзінше ұрып, жақ сүйегін сындырған. Ер адам ұсталды. Бұл – Жетісу облысы полиция департаменті жаңа атаумен тіркеген алғашқы істердің бірі. Бұрын Талдықорған Алматы облысының орталығы болған, енді ол облыстың әкімдігі Қонаевқа көшті.
Ұлытау облысының орталығы Жезқазғанда 15 маусымда 10 жастағы бала Кеңгір су қоймасына түсіп, суға батып кетті. Баланың денесін Қарағандыдан келген сүңгуірлер тапты. Облыстық төтенше жағдайлар департаменті әлі толық жасақталмағандықтан, іздеу жұмысына Қарағанды облысының құтқарушылары көмектескен.
Абай облысында, Семей қаласында, 17 маусымда жеке үйде өрт шығып, 70 жастағы әже мен оның алты жасар немересі қаза тапты. Өрт кезінде баланың ата-анасы Өскеменде жұмыста болған. Өрт сөндірушілердің айтуынша, өрт ескі электр сымынан басталған. Көршілерінің сөзінше, әже немересін жазғы демалыста бағып отырған, ал ата-анасы демалыс күндері ғана келіп тұрған. Семей қалалық полициясы ата-анаға қатысты тексеру жүргізіп жатыр.
Сарапшылардың айтуынша, жаңа облыстарда дағдарыс орталықтары әлі ашылған жоқ. Жетісу облысында мұндай орталық алдағы жылы Текелі қаласында ашылмақ, ал Абай облысының әйелдері әзірге Өскемендегі орталыққа жүгінеді. Ұлытаудағы отбасыларға көмек уақытша Қарағанды облысындағы ұйымдар арқылы көрсетіледі. Министрлік 2023 жылдың соңына дейін үш облыстың әрқайсысында кемінде бір дағдарыс орталығы ашылатынын мәлімдеді.
«Облыс жаңа болса да, бала мен әйелді қорғау – кейінге қалдыруға болмайтын іс. Әрбір ауылда учаскелік полиция мен әлеуметтік қызметкер отбасыларды аралап шығуы керек», – деді Әділет министрлігінің өкілі.""",
     ann=[
        ('АЛМАТЫ', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('үш жаңа облыс', 0, 'quantified', '3 regions', N, {'count': 3, 'unit': 'region', 'note': 'NI:the three new regions, all named'}),
        ('Абай', 0, 'region', ABR, ABR, {'note': 'NI:in a list sharing "облыстары"'}),
        ('Жетісу', 0, 'region', JTR, JTR, {'note': 'NI:in a list sharing "облыстары"'}),
        ('Ұлытау', 0, 'region', UR, UR, {'note': 'NI:in a list sharing "облыстары"'}),
        ('Талдықорғанда', 0, 'city', 'Taldykorgan', JTR),
        ('Жетісу облысы', 0, 'region', JTR, JTR, {'note': 'inside the name of an authority (police)'}),
        ('Талдықорған', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:former seat of Almaty Region'}),
        ('Алматы облысының', 0, 'region', ALR, ALR, {'note': 'NI:former unit of Taldykorgan'}),
        ('Қонаевқа', 0, 'city', 'Konaev', ALR, {'note': 'NI:new seat of the Almaty Region akimat'}),
        ('Ұлытау облысының', 0, 'region', UR, UR),
        ('Жезқазғанда', 0, 'city', 'Zhezkazgan', UR),
        ('Кеңгір су қоймасына', 0, 'facility', 'Kengir Reservoir', UR, {'subkind': 'reservoir'}),
        ('Қарағандыдан', 0, 'city', 'Karaganda', KR, {'note': "NI:divers' origin"}),
        ('Қарағанды облысының', 0, 'region', KR, KR, {'note': "NI:rescuers' origin"}),
        ('Абай облысында', 0, 'region', ABR, ABR),
        ('Семей қаласында', 0, 'city', 'Semey', ABR),
        ('Өскеменде', 0, 'city', 'Oskemen', EKR, {'note': "NI:parents' workplace"}),
        ('Семей қалалық', 0, 'city', 'Semey', ABR, {'note': 'NI:inside the name of an authority (city police)'}),
        ('Жетісу облысында', 0, 'region', JTR, JTR, {'note': 'NI:planned crisis centre'}),
        ('Текелі қаласында', 0, 'city', 'Tekeli', JTR, {'note': 'NI:planned crisis centre'}),
        ('Абай облысының', 0, 'region', ABR, ABR, {'note': "NI:women's origin"}),
        ('Өскемендегі', 0, 'city', 'Oskemen', EKR, {'note': 'NI:crisis centre'}),
        ('Ұлытаудағы', 0, 'region', UR, UR, {'uncertain': True, 'note': 'NI:read as the region; Ulytau is also a village, the centre of Ulytau district'}),
        ('Қарағанды облысындағы', 0, 'region', KR, KR, {'note': 'NI:organisations giving help'}),
        ('Әрбір ауылда', 0, 'quantified', 'every village', N, {'count': None, 'unit': 'village', 'quantifier': 'all', 'note': 'NI:call for home visits'}),
        ('үш облыстың', 0, 'quantified', '3 regions', N, {'count': 3, 'unit': 'region', 'note': 'NI:planned crisis centres in the three new regions'}),
     ],
     inc={JTR: (1, 'wife beaten in Taldykorgan, jaw broken'),
          UR: (1, 'boy drowned in the Kengir reservoir at Zhezkazgan'),
          ABR: (1, 'fatal house fire in Semey, grandmother and grandson dead')}),

dict(id='p022', date='2010-08-03', lang='kk',
     event='2010 two brothers drown in the Chagan in Oral (West Kazakhstan Region); parents working in Aksai; a missing boy found in a maize field at Fyodorovka, Terekti district (no incident)',
     text="""Оралда екі бала Шаған өзеніне батып кетті
ОРАЛ, 3 тамыз. Батыс Қазақстан облысының орталығы Орал қаласында 8 және 10 жастағы ағайынды екі бала Шаған өзенінде суға батып кетті, деп хабарлады облыстық төтенше жағдайлар департаменті.
Балалар шомылуға рұқсат етілмеген жерде суға түскен. Ата-анасы сол кезде Ақсай қаласында вахтада болған, балаларды 13 жастағы әпкесі қараған.
Сол күні Теректі ауданының Федоровка ауылында кешке жоғалып кеткен бес жасар бала түнде жүгері алқабынан аман-есен табылды. Оны іздеуге полиция мен ауыл тұрғындары қатысты.
Департаменттің дерегінше, маусымнан бері облыста 19 адам суға батқан, олардың жетеуі – балалар. Құтқарушылар ата-аналарды балаларды өзен жағасына жалғыз жібермеуге шақырды.""",
     ann=[
        ('Оралда', 0, 'city', 'Oral', WKR, {'note': 'headline'}),
        ('Шаған өзеніне', 0, 'facility', 'Chagan River', N, {'subkind': 'river', 'note': 'headline'}),
        ('ОРАЛ', 0, 'city', 'Oral', WKR, {'note': 'dateline'}),
        ('Батыс Қазақстан облысының', 0, 'region', WKR, WKR),
        ('Орал қаласында', 0, 'city', 'Oral', WKR),
        ('Шаған өзенінде', 0, 'facility', 'Chagan River', N, {'subkind': 'river'}),
        ('Ақсай қаласында', 0, 'city', 'Aksai', WKR, {'note': "NI:parents' workplace"}),
        ('Теректі ауданының', 0, 'district', 'Terekti District', WKR, {'note': 'NI:missing child found'}),
        ('Федоровка ауылында', 0, 'village', 'Fyodorovka (Terekti district)', WKR, {'note': 'NI:missing child found'}),
     ],
     inc={WKR: (1, 'two brothers drowned in the Chagan in Oral (one event); "19 drowned since June" is a statistic')}),

dict(id='p023', date='2025-09-16', lang='kk',
     event='2025 week in the west: juvenile court of Mangystau region appoints a grandmother guardian (Aktau, Zhanaozen; no incident); a missing boy found near Borankul (Borankul rural okrug, Beineu district; no incident); a gas cylinder explodes in a house in Kulsary, Zhylyoi district (Atyrau Region); a man beats his wife in Khromtau (Aktobe Region; Khromtau district police); several districts; crisis centres in Aktau, Atyrau and Aktobe',
     text="""Батыс өңірлердегі апта: қамқоршылық дауы, жоғалған бала, газ жарылысы
АҚТАУ, 16 қыркүйек. Маңғыстау облысы мамандандырылған ауданаралық кәмелетке толмағандардың істері жөніндегі соты ата-анасының қамқорлығынсыз қалған үш баланың қамқоршысы етіп олардың нағашы әжесін тағайындады. Балалардың әкесі Ақтаудың 15-шағын ауданында тұрған, ал анасы Жаңаөзенге көшіп кеткен. Осыған дейін балалар Ақтаудағы балалар үйінде тұрды.
Бейнеу ауданының Боранқұл ауылдық округіне қарасты Боранқұл ауылында жоғалып кеткен 7 жасар бала екі тәуліктен кейін табылды. Оны іздеуге Бейнеуден, Ақтаудан келген 200-ден астам ерікті мен құтқарушы қатысты. Іздеуге тікұшақ пен дрондар да тартылды. Бала ауылдан 12 шақырым жердегі шопан үйінен табылды: шопан оны түнде далада көріп, үйіне әкеліп жылытқан. Дәрігерлердің айтуынша, баланың денсаулығына қауіп жоқ.
Атырау облысының Жылыой ауданындағы Құлсары қаласында 14 қыркүйекте жеке үйде газ баллоны жарылып, ана мен екі бала жарақат алды. Жарылыс кезінде үй иесі жұмыс бабымен Атырауда болған. Зардап шеккендер облыстық ауруханаға жеткізілді. Төтенше жағдайлар департаментінің мәліметінше, баллон ескі әрі ақаулы болған.
Ақтөбе облысы Хромтау қаласында полиция әйелін балаларының көзінше балтамен қорқытып, ұрып-соққан 37 жастағы ер адамды ұстады. Әйел 2024 жылы қабылданған әйелдердің құқықтары мен балалардың қауіпсіздігін қамтамасыз ету туралы заңға сәйкес қорғау нұсқамасын алды. Көршілерінің айтуынша, ер адам бұрын да әйеліне қол көтерген, бірақ әйел арыз жазудан бас тартып келген. Хромтау аудандық полиция бөлімі қылмыстық іс қозғады.
Ішкі істер министрлігінің мәліметінше, биыл тұрмыстық зорлық-зомбылық бойынша ең көп арыз Маңғыстау, Атырау және Ақтөбе облыстарының бірнеше ауданында тіркелген. Дағдарыс орталықтары Ақтауда, Атырауда және Ақтөбеде жұмыс істейді, бірақ шалғай ауылдардағы әйелдер оларға жете бермейді. Құқық қорғаушылар мобильді топтар құруды ұсынып отыр.""",
     ann=[
        ('АҚТАУ', 0, 'city', 'Aktau', MR, {'note': 'dateline'}),
        ('Маңғыстау облысы', 0, 'region', MR, MR, {'note': 'NI:inside the name of a court'}),
        ('Ақтаудың', 0, 'city', 'Aktau', MR, {'note': "NI:father's residence"}),
        ('15-шағын ауданында', 0, 'district', '15th microdistrict (Aktau)', MR, {'subkind': 'microdistrict', 'note': "NI:father's residence"}),
        ('Жаңаөзенге', 0, 'city', 'Zhanaozen', MR, {'note': "NI:mother's residence"}),
        ('Ақтаудағы', 0, 'city', 'Aktau', MR, {'note': "NI:children's home"}),
        ('Бейнеу ауданының', 0, 'district', 'Beineu District', MR, {'note': 'NI:missing child found'}),
        ('Боранқұл ауылдық округіне', 0, 'village', 'Borankul rural okrug', MR, {'note': 'NI:rural okrug named after its centre village; missing child found'}),
        ('Боранқұл ауылында', 0, 'village', 'Borankul', MR, {'note': 'NI:missing child found'}),
        ('Бейнеуден', 0, 'village', 'Beineu', MR, {'note': "NI:searchers' origin"}),
        ('Ақтаудан', 0, 'city', 'Aktau', MR, {'note': "NI:searchers' origin"}),
        ('Атырау облысының', 0, 'region', ATR, ATR),
        ('Жылыой ауданындағы', 0, 'district', 'Zhylyoi District', ATR),
        ('Құлсары қаласында', 0, 'city', 'Kulsary', ATR),
        ('Атырауда', 0, 'city', 'Atyrau', ATR, {'note': "NI:owner's whereabouts"}),
        ('Ақтөбе облысы', 0, 'region', AR, AR),
        ('Хромтау қаласында', 0, 'city', 'Khromtau', AR),
        ('Хромтау аудандық', 0, 'district', 'Khromtau District', AR, {'note': 'NI:inside the name of an authority (district police)'}),
        ('Маңғыстау', 1, 'region', MR, MR, {'note': 'NI:statistic; in a list sharing "облыстарының"'}),
        ('Атырау', 1, 'region', ATR, ATR, {'note': 'NI:statistic; in a list sharing "облыстарының"'}),
        ('Ақтөбе', 1, 'region', AR, AR, {'note': 'NI:statistic; in a list sharing "облыстарының"'}),
        ('бірнеше ауданында', 0, 'quantified', 'several districts', N, {'count': None, 'unit': 'district', 'note': 'NI:statistic'}),
        ('Ақтауда', 0, 'city', 'Aktau', MR, {'note': 'NI:crisis centre'}),
        ('Атырауда', 1, 'city', 'Atyrau', ATR, {'note': 'NI:crisis centre'}),
        ('Ақтөбеде', 0, 'city', 'Aktobe', AR, {'note': 'NI:crisis centre'}),
     ],
     inc={ATR: (1, 'gas cylinder explosion in a house in Kulsary, Zhylyoi district, a mother and two children hurt'),
          AR: (1, 'man beat his wife and threatened her with an axe in Khromtau')}),

dict(id='p024', date='1998-02-10', lang='kk',
     event='1998 two children left alone die in a house fire in a dacha area of Akmola, the new capital (Astana), next to Tselinograd district; parents visiting relatives in Malinovka (Akmola Region)',
     text="""Ақмолада өрттен екі бала қаза тапты
АҚМОЛА, 10 ақпан. Елордадағы Целиноград ауданымен шектесетін саяжай алқабындағы жеке үйде өрт шығып, 4 және 7 жастағы екі бала қаза тапты, деп хабарлады қалалық өрт сөндіру қызметі. Ата-анасы балаларды үйде жалғыз қалдырып, Ақмола облысы Целиноград ауданының Малиновка ауылындағы туыстарына барған.
Өрт электр жылытқыштан басталған. Көршілер өрт сөндірушілерді шақырғанымен, ағаш үй толық жанып кетті.
Қалалық ішкі істер басқармасы ата-анаға қатысты қылмыстық іс қозғады. Былтыр желтоқсанда Ақмола ел астанасы болғалы бері қалаға көшіп келгендер көбейіп, пәтер тапшылығынан көп отбасы жылытылмаған саяжай үйлерінде қыстап жүр. Өрт сөндірушілер тұрғындарды электр жылытқыштарды түнде қосулы қалдырмауға шақырды.""",
     ann=[
        ('Ақмолада', 0, 'city', 'Astana', 'Astana', {'note': 'headline; name of the capital until 1998-05-06'}),
        ('АҚМОЛА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Целиноград ауданымен', 0, 'district', 'Tselinograd District', AKR, {'note': 'NI:reference point; the district, not the Soviet name of the capital'}),
        ('Ақмола облысы', 0, 'region', AKR, AKR, {'note': 'NI:relatives visited; the region, not the city'}),
        ('Целиноград ауданының', 0, 'district', 'Tselinograd District', AKR, {'note': 'NI:relatives visited'}),
        ('Малиновка ауылындағы', 0, 'village', 'Malinovka (Tselinograd district)', AKR, {'note': "NI:relatives' residence"}),
        ('Ақмола', 1, 'city', 'Astana', 'Astana', {'note': 'NI:capital since December 1997; "ел астанасы" is the common noun'}),
     ],
     inc={'Astana': (1, 'fatal house fire in a dacha area of Akmola, two children dead')}),
]
