"""Kazakh texts of the fourteenth unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
ABR, AKR, AR, ALR, ATR = 'Abai Region', 'Akmola Region', 'Aktobe Region', 'Almaty Region', 'Atyrau Region'
EKR, JR, JTR, KR, KOR = 'East Kazakhstan Region', 'Jambyl Region', 'Jetisu Region', 'Karaganda Region', 'Kostanay Region'
KYR, MR, NKR, PR, SKR = 'Kyzylorda Region', 'Mangystau Region', 'North Kazakhstan Region', 'Pavlodar Region', 'South Kazakhstan Region'
TR, UR, WKR = 'Turkistan Region', 'Ulytau Region', 'West Kazakhstan Region'
ALA, AST, SH = 'Almaty', 'Astana', 'Shymkent'

DOCS = [
dict(id='p017', date='2015-05-26', lang='kk',
     event='2015 mass death of saigas in Amangeldy and Zhangeldy districts (Kostanay Region), in Irgiz district (Aktobe Region) and Ulytau district (Karaganda Region before 2022) (no incident)',
     text="""Қостанай облысында 12 мыңнан астам киік өлді
ҚОСТАНАЙ. 26 мамыр. ҚазАқпарат – Қостанай облысының Амангелді ауданында соңғы он күнде 12 мыңнан астам киіктің өлексесі табылды. Бұл туралы облыстық табиғи ресурстар басқармасы хабарлады.
Өлекселердің көбі Амангелді ауылынан 60 шақырым жердегі Торғай өзенінің жағасынан табылды. Киіктердің жаппай қырылуы көрші Жангелді ауданында да тіркелді. Мамандардың алдын ала болжамы бойынша, жануарлар пастереллез ауруынан өлген. Былтыр дәл осы уақытта облыста бар-жоғы 40 өлі киік табылған еді. Ғалымдар биылғы ылғалды көктем бактерияның таралуына себеп болуы мүмкін дейді.
Өлі киіктер Ақтөбе облысының Ырғыз ауданында және Қарағанды облысының Ұлытау ауданында да кездескен. Алматы мен Астанадан келген ғалымдар, сондай-ақ Ұлыбританиядан келген сарапшылар сынама алды.
«Адамдарға қауіп жоқ, бірақ малшыларға өлекселерге жақындамауды ескерттік», – деді басқарма басшысы Асқар Амангелдиев. Өлекселерді көму үшін Арқалықтан арнайы техника жіберілді.""",
     ann=[
        ('Қостанай облысында', 0, 'region', KOR, KOR, {'note': 'NI:headline; saiga die-off, not counted'}),
        ('ҚОСТАНАЙ', 0, 'city', 'Kostanay', KOR, {'note': 'dateline'}),
        ('Қостанай облысының', 0, 'region', KOR, KOR),
        ('Амангелді ауданында', 0, 'district', 'Amangeldy District', KOR, {'note': 'NI:saiga die-off, not counted'}),
        ('Амангелді ауылынан', 0, 'village', 'Amangeldy', KOR, {'note': 'NI:reference point'}),
        ('Торғай өзенінің', 0, 'facility', 'Torgai River', N, {'subkind': 'river'}),
        ('Жангелді ауданында', 0, 'district', 'Zhangeldy District', KOR, {'note': 'NI:saiga die-off, not counted'}),
        ('Ақтөбе облысының', 0, 'region', AR, AR, {'note': 'NI:saiga die-off, not counted'}),
        ('Ырғыз ауданында', 0, 'district', 'Irgiz District', AR, {'note': 'NI:saiga die-off, not counted'}),
        ('Қарағанды облысының', 0, 'region', KR, KR, {'note': 'NI:saiga die-off, not counted'}),
        ('Ұлытау ауданында', 0, 'district', 'Ulytau District', KR, {'note': 'NI:saiga die-off, not counted; Karaganda Region before 2022'}),
        ('Алматы', 0, 'city', 'Almaty', ALA, {'note': 'NI:origin of scientists'}),
        ('Астанадан', 0, 'city', 'Astana', AST, {'note': 'NI:origin of scientists'}),
        ('Ұлыбританиядан', 0, 'foreign', 'United Kingdom', N),
        ('Арқалықтан', 0, 'city', 'Arkalyk', KOR, {'note': 'NI:origin of machinery'}),
     ],
     inc={}),

dict(id='p018', date='2023-10-17', lang='kk',
     event='2023 school bus with 28 pupils overturns near Ushtobe, Karatal district, and a school canteen poisoning in Kabanbay, Alakol district (Jetisu Region); akimat post in the Kazakh Latin alphabet',
     text="""Жетісу облысында оқушылар мінген автобус аударылды
ТАЛДЫҚОРҒАН. 17 қазан. ҚазАқпарат – Жетісу облысының Қаратал ауданында 28 оқушы мінген мектеп автобусы жолдан шығып, аударылып қалды. Оқиға дүйсенбі күні таңертең Үштөбе қаласына апаратын жолда, Қаратал өзені көпірінің маңында болды. Оқиға орнына аудандық төтенше жағдайлар бөлімінің қызметкерлері мен дәрігерлер дереу жетті. Облыстық полиция департаментінің мәліметінше, 9 бала жарақат алды: алтауы Үштөбедегі аудандық ауруханаға жеткізілді, үшеуі Талдықорғандағы облыстық балалар ауруханасына ауыстырылды. Олардың өміріне қауіп жоқ. Жүргізуші де жеңіл жарақат алды, оған қатысты қылмыстық іс қозғалды. Автобус 2009 жылы шығарылған, техникалық байқаудан былтыр өткен.
Автобус балаларды Қанабек ауылынан Үштөбедегі мектеп-интернатқа тасымалдап келе жатқан. Алдын ала дерек бойынша, жүргізуші дымқыл жолда жылдамдықты азайтпаған.
Осы аптада Алакөл ауданының Қабанбай ауылындағы мектеп асханасында 19 оқушы тамақтан уланды. Балалар Үшаралдағы аудандық ауруханада ем алып, үйлеріне қайтарылды. Санитарлық дәрігерлер асханаға ет жеткізген кәсіпкерді тексеріп жатыр. Ата-аналардың айтуынша, асхана тамағына соңғы айда екінші рет шағым түсті.
Облыс әкімдігі ресми парақшасында латын әліпбиімен мынадай хабарлама жариялады: «Qaratal audanyndağy jol-kölık oqiğasyna bailanysty arnaiy komissiia qūryldy. Üştöbe qalasy men audan auyldaryndağy barlyq mektep avtobustary tekserıledı. Alaköl audanynyñ Qabanbai auylyndağy mektep ashanasy uaqytşa jabyldy».
Жетісу облысы 2022 жылғы 8 маусымда Алматы облысының солтүстік бөлігінен құрылды. Оған дейін Қаратал мен Алакөл аудандары Алматы облысына қарайтын. Облыс әкімі биыл сегіз ауданға 40 жаңа мектеп автобусы алынатынын айтты; олар Қостанайдағы зауытта жасалады. Облыстағы 170 мектеп автобусының жартысы он жылдан астам уақыт пайдаланылған, ең ескілері Ескелді мен Көксу аудандарында. Жаңа автобустардың алғашқы легі қараша айында Текелі мен Сарқан қалаларының мектептеріне берілмек.""",
     ann=[
        ('Жетісу облысында', 0, 'region', JTR, JTR, {'note': 'headline'}),
        ('ТАЛДЫҚОРҒАН', 0, 'city', 'Taldykorgan', JTR, {'note': 'dateline'}),
        ('Жетісу облысының', 0, 'region', JTR, JTR),
        ('Қаратал ауданында', 0, 'district', 'Karatal District', JTR),
        ('Үштөбе қаласына', 0, 'city', 'Ushtobe', JTR, {'note': 'NI:reference point ("on the road to Ushtobe"); the crash site is in Karatal district'}),
        ('Қаратал өзені', 0, 'facility', 'Karatal River', N, {'subkind': 'river'}),
        ('Үштөбедегі', 0, 'city', 'Ushtobe', JTR, {'note': 'NI:hospital town'}),
        ('Талдықорғандағы', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:hospital town'}),
        ('Қанабек ауылынан', 0, 'village', 'Kanabek', JTR, {'note': 'NI:origin of the bus'}),
        ('Үштөбедегі', 1, 'city', 'Ushtobe', JTR, {'note': 'NI:destination of the bus'}),
        ('Алакөл ауданының', 0, 'district', 'Alakol District', JTR),
        ('Қабанбай ауылындағы', 0, 'village', 'Kabanbay (Alakol District)', JTR),
        ('Үшаралдағы', 0, 'city', 'Usharal', JTR, {'note': 'NI:hospital town'}),
        ('Qaratal audanyndağy', 0, 'district', 'Karatal District', JTR, {'note': 'Kazakh Latin alphabet (2021)'}),
        ('Üştöbe qalasy', 0, 'city', 'Ushtobe', JTR, {'note': 'NI:school buses to be checked; Kazakh Latin alphabet (2021)'}),
        ('Alaköl audanynyñ', 0, 'district', 'Alakol District', JTR, {'note': 'Kazakh Latin alphabet (2021)'}),
        ('Qabanbai auylyndağy', 0, 'village', 'Kabanbay (Alakol District)', JTR, {'note': 'Kazakh Latin alphabet (2021)'}),
        ('Жетісу облысы', 0, 'region', JTR, JTR, {'note': 'NI:background'}),
        ('Алматы облысының', 0, 'region', ALR, ALR, {'note': 'NI:background; the region Jetisu was split from'}),
        ('Қаратал', 2, 'district', 'Karatal District', JTR, {'note': 'NI:background; list item sharing the head noun "аудандары"'}),
        ('Алакөл', 1, 'district', 'Alakol District', JTR, {'note': 'NI:background; list item sharing the head noun "аудандары"'}),
        ('Алматы облысына', 0, 'region', ALR, ALR, {'note': 'NI:background'}),
        ('сегіз ауданға', 0, 'quantified', '8 districts', N, {'count': 8, 'unit': 'district', 'note': 'new buses for all eight districts; not an incident'}),
        ('Қостанайдағы', 0, 'city', 'Kostanay', KOR, {'note': 'NI:site of a bus factory'}),
        ('Ескелді', 0, 'district', 'Eskeldi District', JTR, {'note': 'NI:list item sharing the head noun "аудандарында"; old buses'}),
        ('Көксу', 0, 'district', 'Koksu District', JTR, {'note': 'NI:list item sharing the head noun "аудандарында"; old buses'}),
        ('Текелі', 0, 'city', 'Tekeli', JTR, {'note': 'NI:list item sharing the head noun "қалаларының"; new buses'}),
        ('Сарқан', 0, 'city', 'Sarkand', JTR, {'note': 'NI:list item sharing the head noun "қалаларының"; new buses'}),
     ],
     inc={JTR: (2, 'school bus overturned on the road to Ushtobe (Karatal district, all mentions of one event); canteen poisoning of 19 pupils in Kabanbay (a non-fatal mass poisoning, counted as a mishap with victims)')}),

dict(id='p019', date='2012-04-10', lang='kk',
     event='2012 chlorine leak at the titanium-magnesium plant in Oskemen and a boiler explosion in Belousovka, Glubokoye district (East Kazakhstan Region); inspectors from Semey',
     text="""Өскемендегі зауытта хлор газы шығып, 8 жұмысшы уланды
ӨСКЕМЕН. 10 сәуір. ҚазАқпарат – Өскемендегі титан-магний комбинатының хлорлау цехында дүйсенбі күні түнде хлор газы шығып, 8 жұмысшы уланды. Бұл туралы Шығыс Қазақстан облысының төтенше жағдайлар департаменті хабарлады.
Зардап шеккендердің төртеуі қалалық ауруханаға жатқызылды. Департаменттің мәліметінше, газ цехтан тыс шықпаған, қала тұрғындарына қауіп жоқ. Апаттың себебін Семейден келген өнеркәсіптік қауіпсіздік инспекторлары анықтап жатыр.
Сол түні Глубокое ауданының Белоусовка кентінде көмір қазандығы жарылып, от жағушы ауыр күйік алды. Кенттегі 120 пәтер екі күн жылусыз қалды. Кент әкімдігінің хабарлауынша, қазандық жаңа ғана күрделі жөндеуден шыққан еді.
Өскемен тұрғындары қаладағы ауаның ластануына жиі шағымданады: қыста Үлбі мен Ертіс өзендерінің аңғарында түтін тұрып қалады. Комбинат өнімінің басым бөлігін Ресейге, Қытайға және Жапонияға экспорттайды. Экологтардың айтуынша, қала ауасын ластайтын негізгі көздер – металлургиялық кәсіпорындар мен жылу электр орталығы.""",
     ann=[
        ('Өскемендегі', 0, 'city', 'Oskemen', EKR, {'note': 'headline'}),
        ('ӨСКЕМЕН', 0, 'city', 'Oskemen', EKR, {'note': 'dateline'}),
        ('Өскемендегі', 1, 'city', 'Oskemen', EKR),
        ('Шығыс Қазақстан облысының', 0, 'region', EKR, EKR, {'note': 'inside the name of an authority'}),
        ('Семейден', 0, 'city', 'Semey', EKR, {'note': 'NI:origin of inspectors; East Kazakhstan Region before 2022'}),
        ('Глубокое ауданының', 0, 'district', 'Glubokoye District', EKR),
        ('Белоусовка кентінде', 0, 'village', 'Belousovka', EKR),
        ('Өскемен', 0, 'city', 'Oskemen', EKR, {'note': 'NI:residence; air pollution, not an incident'}),
        ('Үлбі', 0, 'facility', 'Ulba River', N, {'subkind': 'river', 'note': 'list item sharing the head noun "өзендерінің"'}),
        ('Ертіс', 0, 'facility', 'Irtysh River', N, {'subkind': 'river', 'note': 'list item sharing the head noun "өзендерінің"'}),
        ('Ресейге', 0, 'foreign', 'Russia', N),
        ('Қытайға', 0, 'foreign', 'China', N),
        ('Жапонияға', 0, 'foreign', 'Japan', N),
     ],
     inc={EKR: (2, 'chlorine leak at the titanium-magnesium plant in Oskemen with eight workers poisoned; coal boiler explosion in Belousovka (chronic air pollution is not counted)')}),

dict(id='p020', date='2016-04-19', lang='kk',
     event='2016 irrigation canal breach floods Tomenaryk, Zhanakorgan district (Kyzylorda Region), washing out a stretch of the Zhanakorgan-Turkistan road; dead fish in Lake Kamystybas not counted',
     text="""Жаңақорған ауданында канал бөгеті бұзылып, ауылды су басты
ҚЫЗЫЛОРДА. 19 сәуір. ҚазАқпарат – Қызылорда облысының Жаңақорған ауданында суару каналының бөгеті бұзылып, Төменарық ауылындағы 40-қа жуық үйдің ауласын су басты. Бұл туралы облыстық төтенше жағдайлар департаменті хабарлады.
Оқиға дүйсенбі күні кешке болды. Ауылдың 150 тұрғыны мектепке уақытша көшірілді, зардап шеккендер жоқ. Су сондай-ақ Жаңақорған – Түркістан тас жолының 200 метрлік бөлігін шайып кетті, көліктер уақытша салынған жолмен айналып жүр. Бөгетті жөндеуге Жаңақорған кентінен және Шиелі ауданынан техника жеткізілді. Аудан әкімі каналдың бөгеті 1970 жылдары салынғанын, содан бері күрделі жөндеу көрмегенін айтты. Зардап шеккен отбасыларға аудандық бюджеттен өтемақы төленеді.
Каналға су Сырдария өзенінен келеді; көктемде өзен деңгейі биыл әдеттегіден бір метрге жоғары.
Осы аптада Арал ауданындағы Қамыстыбас көлінің жағасынан мыңдаған өлі балық табылды. Мамандар балықтар судағы оттегінің жетіспеуінен өлген деп болжайды. ТЖМ-нің мәліметінше, осы аптада көктемгі су тасқыны елдің тағы бес ауданында тұрғын үйлерге зиян келтірді.""",
     ann=[
        ('Жаңақорған ауданында', 0, 'district', 'Zhanakorgan District', KYR, {'note': 'headline'}),
        ('ҚЫЗЫЛОРДА', 0, 'city', 'Kyzylorda', KYR, {'note': 'dateline'}),
        ('Қызылорда облысының', 0, 'region', KYR, KYR),
        ('Жаңақорған ауданында', 1, 'district', 'Zhanakorgan District', KYR),
        ('Төменарық ауылындағы', 0, 'village', 'Tomenaryk', KYR),
        ('Жаңақорған', 2, 'village', 'Zhanakorgan', KYR, {'note': 'NI:road endpoint'}),
        ('Түркістан', 0, 'city', 'Turkistan', SKR, {'note': 'NI:road endpoint; South Kazakhstan Region before the 2018 reform'}),
        ('Жаңақорған кентінен', 0, 'village', 'Zhanakorgan', KYR, {'note': 'NI:origin of machinery'}),
        ('Шиелі ауданынан', 0, 'district', 'Shieli District', KYR, {'note': 'NI:origin of machinery'}),
        ('Сырдария өзенінен', 0, 'facility', 'Syr Darya', N, {'subkind': 'river'}),
        ('Арал ауданындағы', 0, 'district', 'Aral District', KYR, {'note': 'NI:dead fish, not counted'}),
        ('Қамыстыбас көлінің', 0, 'facility', 'Lake Kamystybas', N, {'subkind': 'lake'}),
        ('бес ауданында', 0, 'quantified', '5 districts', N, {'count': 5, 'unit': 'district', 'note': 'spring floods in districts that are not named'}),
     ],
     inc={KYR: (1, 'irrigation canal breach flooding some 40 yards in Tomenaryk and washing out part of the road (one event; the dead fish are an animal die-off, not counted)')},
     unatt=[{'label': 'бес ауданында', 'count': 5, 'note': 'spring floods damaging houses in five districts that are not named'}]),

dict(id='p021', date='2026-03-10', lang='kk',
     event='2026 new rural outpatient clinic in Kurkeles rural district, Saryagash district (Turkistan Region; no incident); the district was in South Kazakhstan Region until 2018; misspelt Сарығаш',
     text="""Сарыағаш ауданында жаңа дәрігерлік амбулатория ашылды
САРЫАҒАШ. 10 наурыз. ҚазАқпарат – Түркістан облысы Сарыағаш ауданының Құркелес ауылдық округінде 50 орындық дәрігерлік амбулатория ашылды. Ол округтегі бес ауылдың 12 мың тұрғынына қызмет көрсетеді. Ғимарат жергілікті бюджет есебінен 480 миллион теңгеге салынды, онда зертхана, тіс емдеу кабинеті және жедел жәрдем бекеті бар.
«Бұрын баламызды дәрігерге көрсету үшін Сарығашқа не Шымкентке баратынбыз, енді жолға уақыт жоғалтпаймыз», – деді Құркелес ауылының тұрғыны Гүлнар Келесова.
Амбулаторияда Шымкенттегі медицина университетінің алты түлегі жұмыс істейді. Биыл ауданда тағы екі медициналық пункт ашылады: олар Дербісек пен Жемісті ауылдық округтерінде салынады.
Сарыағаш ауданы 2018 жылдың маусымына дейін Оңтүстік Қазақстан облысының құрамында болған. Сол жылы облыс Түркістан облысы болып қайта аталып, орталығы Шымкенттен Түркістан қаласына көшті. Аудан Өзбекстанмен шекаралас, Ташкентке дейін 20 шақырым ғана.""",
     ann=[
        ('Сарыағаш ауданында', 0, 'district', 'Saryagash District', TR, {'note': 'headline'}),
        ('САРЫАҒАШ', 0, 'city', 'Saryagash', TR, {'note': 'dateline'}),
        ('Түркістан облысы', 0, 'region', TR, TR),
        ('Сарыағаш ауданының', 0, 'district', 'Saryagash District', TR),
        ('Құркелес ауылдық округінде', 0, 'district', 'Kurkeles Rural District', TR, {'subkind': 'rural district'}),
        ('бес ауылдың', 0, 'quantified', '5 villages', N, {'count': 5, 'unit': 'village', 'note': 'the villages served; not an incident'}),
        ('Сарығашқа', 0, 'city', 'Saryagash', TR, {'note': 'NI:where patients used to go; misspelling of Сарыағашқа'}),
        ('Шымкентке', 0, 'city', 'Shymkent', SH, {'note': 'NI:where patients used to go'}),
        ('Құркелес ауылының', 0, 'village', 'Kurkeles', TR),
        ('Шымкенттегі', 0, 'city', 'Shymkent', SH, {'note': 'NI:seat of a university'}),
        ('Дербісек', 0, 'district', 'Derbisek Rural District', TR, {'subkind': 'rural district', 'note': 'list item sharing the head noun "ауылдық округтерінде"'}),
        ('Жемісті', 0, 'district', 'Zhemisti Rural District', TR, {'subkind': 'rural district', 'note': 'list item sharing the head noun "ауылдық округтерінде"'}),
        ('Сарыағаш ауданы', 0, 'district', 'Saryagash District', TR, {'note': 'background'}),
        ('Оңтүстік Қазақстан облысының', 0, 'region', TR, TR, {'uncertain': True, 'note': 'the former name of the region, named after the 2018 reform; its land is Turkistan Region on the article date'}),
        ('Түркістан облысы', 1, 'region', TR, TR),
        ('Шымкенттен', 0, 'city', 'Shymkent', SH, {'note': 'background; the former regional centre'}),
        ('Түркістан қаласына', 0, 'city', 'Turkistan', TR, {'note': 'background; the new regional centre'}),
        ('Өзбекстанмен', 0, 'foreign', 'Uzbekistan', N),
        ('Ташкентке', 0, 'foreign', 'Tashkent', N),
     ],
     inc={}),

dict(id='p022', date='2024-02-27', lang='kk',
     event='2024 budget for roads between district and regional centres: Abai, Jetisu, Ulytau, Almaty (Konaev, the former Kapchagay, the new centre), Turkistan (Kentau, Arys), western regions (no incident)',
     text="""Аудан орталықтарына апаратын жолдарға 210 миллиард теңге бөлінеді
АСТАНА. 27 ақпан. ҚазАқпарат – Биыл жергілікті маңызы бар жолдарды жөндеуге республикалық бюджеттен 210 миллиард теңге бөлінеді, бұл өткен жылғыдан 15 пайызға көп. Бұл туралы Көлік министрлігінің баспасөз қызметі хабарлады. Қаражаттың басым бөлігі аудан орталықтарын облыс орталықтарымен байланыстыратын жолдарға жұмсалады.
Ең көп қаржы 2022 жылы құрылған облыстарға тиеді. Абай және Жетісу облыстарында 38 миллиард теңгеге 600 шақырым жол жөнделеді. Абай облысында Семей – Бородулиха және Үржар – Мақаншы жолдары, Жетісу облысында Талдықорған – Үшарал және Сарқан – Лепсі жолдары қайта салынады. Ұлытау облысында Жезқазған – Ұлытау жолының 120 шақырымы және Жомарт кенішіне апаратын 15 шақырымдық жол жаңартылады; бұл жол облыс орталығын Ұлытау ауданымен байланыстырады.
Алматы облысында Қонаев – Шелек жолы кеңейтіледі. 2022 жылы облыс орталығы Талдықорғаннан Қонаевқа, бұрынғы Қапшағайға, көшкен соң бұл жолмен жүретін көлік саны екі есе артқан.
Түркістан облысында Кентау – Түркістан және Арыс – Шәуілдір жолдарына 14 миллиард теңге бөлінді. Кентау мен Арыс 2018 жылға дейін Оңтүстік Қазақстан облысына қарайтын.
Ақтөбе, Атырау және Маңғыстау облыстарында шөлейт аймақтағы 400 шақырым жол жөнделеді. Қарағанды облысында жол бойындағы шамдарды «Караганды жарығы» компаниясы ауыстырады. Солтүстік Қазақстан мен Павлодар облыстарындағы ауылдық жолдарға 11 миллиард теңге қарастырылған. Шығыс Қазақстан облысында Өскемен – Алтай жолының 60 шақырымы жөнделеді; Алтай қаласы 2019 жылға дейін Зырян деп аталған.
Министрліктің мәліметінше, елдегі 48 ауданның орталығына апаратын жолдар әлі де нашар күйде. «Жұмыстың бәрі қазан айына дейін аяқталуы тиіс», – деді вице-министр Мақсат Сарқанов. Жалпы ел бойынша 3 мың шақырым жол жөнделеді, жұмыс сәуірде басталады. Министрлік жол құрылысына Қытай мен Түркия компанияларын да тартпақ.""",
     ann=[
        ('АСТАНА', 0, 'city', 'Astana', AST, {'note': 'dateline'}),
        ('Абай', 0, 'region', ABR, ABR, {'note': 'list item sharing the head noun "облыстарында"'}),
        ('Жетісу', 0, 'region', JTR, JTR, {'note': 'list item sharing the head noun "облыстарында"'}),
        ('Абай облысында', 0, 'region', ABR, ABR),
        ('Семей', 0, 'city', 'Semey', ABR, {'note': 'NI:road endpoint'}),
        ('Бородулиха', 0, 'village', 'Borodulikha', ABR, {'note': 'NI:road endpoint'}),
        ('Үржар', 0, 'village', 'Urzhar', ABR, {'note': 'NI:road endpoint'}),
        ('Мақаншы', 0, 'village', 'Makanchi', ABR, {'note': 'NI:road endpoint'}),
        ('Жетісу облысында', 0, 'region', JTR, JTR),
        ('Талдықорған', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:road endpoint'}),
        ('Үшарал', 0, 'city', 'Usharal', JTR, {'note': 'NI:road endpoint'}),
        ('Сарқан', 0, 'city', 'Sarkand', JTR, {'note': 'NI:road endpoint'}),
        ('Лепсі', 0, 'village', 'Lepsy', JTR, {'note': 'NI:road endpoint'}),
        ('Ұлытау облысында', 0, 'region', UR, UR),
        ('Жезқазған', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:road endpoint'}),
        ('Ұлытау', 1, 'village', 'Ulytau', UR, {'note': 'NI:road endpoint; the village, not the region'}),
        ('Жомарт кенішіне', 0, 'facility', 'Zhomart mine', UR, {'subkind': 'mine', 'note': 'NI:destination of a road'}),
        ('Ұлытау ауданымен', 0, 'district', 'Ulytau District', UR, {'note': 'NI:a road'}),
        ('Алматы облысында', 0, 'region', ALR, ALR),
        ('Қонаев', 0, 'city', 'Konaev', ALR, {'note': 'NI:road endpoint'}),
        ('Шелек', 0, 'village', 'Shelek', ALR, {'note': 'NI:road endpoint'}),
        ('Талдықорғаннан', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:background; the former centre of Almaty Region'}),
        ('Қонаевқа', 0, 'city', 'Konaev', ALR, {'note': 'NI:background; the new centre'}),
        ('Қапшағайға', 0, 'city', 'Konaev', ALR, {'note': 'NI:background; former name of Konaev'}),
        ('Түркістан облысында', 0, 'region', TR, TR),
        ('Кентау', 0, 'city', 'Kentau', TR, {'note': 'NI:road endpoint'}),
        ('Түркістан', 1, 'city', 'Turkistan', TR, {'note': 'NI:road endpoint'}),
        ('Арыс', 0, 'city', 'Arys', TR, {'note': 'NI:road endpoint'}),
        ('Шәуілдір', 0, 'village', 'Shauildir', TR, {'note': 'NI:road endpoint'}),
        ('Кентау', 1, 'city', 'Kentau', TR, {'note': 'NI:background'}),
        ('Арыс', 1, 'city', 'Arys', TR, {'note': 'NI:background'}),
        ('Оңтүстік Қазақстан облысына', 0, 'region', TR, TR, {'uncertain': True, 'note': 'NI:the former name of the region, named after the 2018 reform; its land is Turkistan Region on the article date'}),
        ('Ақтөбе', 0, 'region', AR, AR, {'note': 'list item sharing the head noun "облыстарында"'}),
        ('Атырау', 0, 'region', ATR, ATR, {'note': 'list item sharing the head noun "облыстарында"'}),
        ('Маңғыстау', 0, 'region', MR, MR, {'note': 'list item sharing the head noun "облыстарында"'}),
        ('Қарағанды облысында', 0, 'region', KR, KR),
        ('Солтүстік Қазақстан', 0, 'region', NKR, NKR, {'note': 'list item sharing the head noun "облыстарындағы"'}),
        ('Павлодар', 0, 'region', PR, PR, {'note': 'list item sharing the head noun "облыстарындағы"'}),
        ('Шығыс Қазақстан облысында', 0, 'region', EKR, EKR),
        ('Өскемен', 0, 'city', 'Oskemen', EKR, {'note': 'NI:road endpoint'}),
        ('Алтай', 0, 'city', 'Altai', EKR, {'note': 'NI:road endpoint'}),
        ('Алтай қаласы', 0, 'city', 'Altai', EKR, {'note': 'NI:background'}),
        ('Зырян', 0, 'city', 'Altai', EKR, {'note': 'NI:former name of the town Altai (Zyryanovsk)'}),
        ('48 ауданның', 0, 'quantified', '48 districts', N, {'count': 48, 'unit': 'district', 'note': 'roads in poor condition; not an incident'}),
        ('Қытай', 0, 'foreign', 'China', N),
        ('Түркия', 0, 'foreign', 'Turkey', N),
     ],
     inc={}),

dict(id='p023', date='2021-07-13', lang='kk',
     event='2021 brucellosis in six residents of Buryl, Baizak district (Jambyl Region); akimat post in the Kazakh Latin alphabet; drought in Sarysu district not counted',
     text="""Байзақ ауданында алты адам бруцеллез жұқтырды
ТАРАЗ. 13 шілде. ҚазАқпарат – Жамбыл облысының Байзақ ауданындағы Бурыл ауылында алты тұрғын бруцеллезбен ауырып, Тараздағы облыстық жұқпалы аурулар ауруханасына жатқызылды. Бұл туралы облыстық санитариялық-эпидемиологиялық бақылау департаменті хабарлады.
Науқастар ауруды үй малынан жұқтырған. Ауылдағы 40 сиырдан бруцеллез анықталып, олар союға жіберілді. Бруцеллез адамға ауру малдың етінен, сүтінен немесе төлдеу кезінде жұғады. Нұр-Сұлтаннан келген мамандар ауылдағы барлық малды тексеріп жатыр.
Аудан әкімдігі әлеуметтік желідегі парақшасында латын әліпбиімен мынадай хабарлама жариялады: «Baizaq audanynyñ Buryl auylynda karantin engızıldı. Auyl tūrğyndaryna maldy tekserusız satpau jäne şikı süt ışpeu qatañ eskertıledı. Sarykemer auylyndağy mal bazary ekı aptağa jabyldy».
Облыста биыл бруцеллездің 38 жағдайы тіркелген. Жамбыл және Түркістан облыстарында мал базарларындағы ветеринариялық бақылау күшейтілді. Ал Сарысу ауданында құрғақшылықтан жайылымдар күйіп кетті.""",
     ann=[
        ('Байзақ ауданында', 0, 'district', 'Baizak District', JR, {'note': 'headline'}),
        ('ТАРАЗ', 0, 'city', 'Taraz', JR, {'note': 'dateline'}),
        ('Жамбыл облысының', 0, 'region', JR, JR),
        ('Байзақ ауданындағы', 0, 'district', 'Baizak District', JR),
        ('Бурыл ауылында', 0, 'village', 'Buryl', JR),
        ('Тараздағы', 0, 'city', 'Taraz', JR, {'note': 'NI:hospital town'}),
        ('Нұр-Сұлтаннан', 0, 'city', 'Astana', AST, {'note': 'NI:origin of specialists'}),
        ('Baizaq audanynyñ', 0, 'district', 'Baizak District', JR, {'note': 'Kazakh Latin alphabet (2021)'}),
        ('Buryl auylynda', 0, 'village', 'Buryl', JR, {'note': 'quarantine; Kazakh Latin alphabet (2021)'}),
        ('Sarykemer auylyndağy', 0, 'village', 'Sarykemer', JR, {'note': 'NI:market closed; Kazakh Latin alphabet (2021)'}),
        ('Жамбыл', 1, 'region', JR, JR, {'note': 'NI:list item sharing the head noun "облыстарында"; stricter checks, a measure'}),
        ('Түркістан', 0, 'region', TR, TR, {'note': 'NI:list item sharing the head noun "облыстарында"; stricter checks, a measure'}),
        ('Сарысу ауданында', 0, 'district', 'Sarysu District', JR, {'note': 'NI:drought, not counted'}),
     ],
     inc={JR: (1, 'brucellosis outbreak in Buryl with six people in hospital (counted as an outbreak among people; the yearly statistics and the drought are not counted)')}),

dict(id='p024', date='1993-03-02', lang='kk',
     event='1993 gym roof collapse under snow at the school in Borodulikha village, Borodulikha district (Semipalatinsk Region, East Kazakhstan Region land on the date)',
     text="""Семей облысында мектеп шатыры құлады
СЕМЕЙ. 2 наурыз. ҚазТАГ – Семей облысының Бородулиха ауданындағы Бородулиха ауылында орта мектеп спорт залының шатыры қардың салмағынан опырылып түсті. Мектепте 420 бала оқиды, сабақтар уақытша тоқтатылды. Оқиға дене шынықтыру сабағы кезінде болды: залдағы 9 оқушы жарақат алды, олардың үшеуі Семейдегі облыстық балалар ауруханасына жеткізілді. Екі баланың аяғы сынған. Қалған оқушылар мен мұғалім залдан өздері шығып үлгерген.
Шатыр 1968 жылы салынған, соңғы рет 20 жыл бұрын жөнделген. Аудандық білім бөлімінің меңгерушісі Болат Шүлбаев шатырдағы қар бір апта бойы тазаланбағанын мойындады.
Облыс әкімі барлық аудандардағы мектептердің шатырларын қардан тазартуды тапсырды. Биыл қыста облыста қардың қалыңдығы 80 сантиметрге жетті. Оқиғаны тексеру үшін Алматыдан республикалық комиссия келеді. Бородулиха ауылы облыс орталығы Семейден солтүстікке қарай 60 шақырым жерде орналасқан.""",
     ann=[
        ('Семей облысында', 0, 'region', EKR, EKR, {'uncertain': True, 'note': 'headline; Semipalatinsk Region existed until 1997 and is not a canonical unit; its land is East Kazakhstan Region on the article date'}),
        ('СЕМЕЙ', 0, 'city', 'Semey', EKR, {'note': 'dateline; East Kazakhstan Region land in 1993'}),
        ('Семей облысының', 0, 'region', EKR, EKR, {'uncertain': True, 'note': 'Semipalatinsk Region existed until 1997 and is not a canonical unit; its land is East Kazakhstan Region on the article date'}),
        ('Бородулиха ауданындағы', 0, 'district', 'Borodulikha District', EKR),
        ('Бородулиха ауылында', 0, 'village', 'Borodulikha', EKR, {'note': 'the district centre, same name as the district'}),
        ('Семейдегі', 0, 'city', 'Semey', EKR, {'note': 'NI:hospital town'}),
        ('барлық аудандардағы', 0, 'quantified', 'all districts', N, {'count': None, 'unit': 'district', 'quantifier': 'all', 'note': 'roofs to be cleared; not an incident'}),
        ('Алматыдан', 0, 'city', 'Almaty', ALA, {'note': 'NI:origin of a commission; the capital in 1993'}),
        ('Бородулиха ауылы', 0, 'village', 'Borodulikha', EKR, {'note': 'NI:background'}),
        ('Семейден', 0, 'city', 'Semey', EKR, {'note': 'NI:reference point'}),
     ],
     inc={EKR: (1, 'gym roof collapse under snow at the school in Borodulikha with nine pupils hurt')}),

]
