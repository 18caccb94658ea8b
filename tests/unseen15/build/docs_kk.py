"""Kazakh texts of the fifteenth unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
JR, ALR, KYR, TR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'Turkistan Region', 'South Kazakhstan Region'
ABR, JTR, EKR, MR, KOR = 'Abai Region', 'Jetisu Region', 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR, UR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region', 'Ulytau Region'
ATR, AR, WKR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region'

DOCS = [
dict(id='p017', date='1995-10-17', lang='kk',
     event='1995 boxer from Balpyk Bi, Koksu district (Taldy-Kurgan Region, Almaty Region land on the date) wins the Asian championship in Tashkent; nickname «Көксу барысы» and the «Жетісу» sports complex (no incident)',
     text="""Көксулық боксшы Азия чемпионы атанды
ТАЛДЫҚОРҒАН, 17 қазан — ҚазАқпарат. Талдықорған облысы Көксу ауданының Балпық би ауылында туған боксшы Серік Көксуов Ташкентте өткен Азия чемпионатында 60 келі салмақта алтын медаль жеңіп алды.
Финалда ол Өзбекстан құрамасының боксшысын ұпай есебімен жеңді. Жерлестері оны «Көксу барысы» деп атайды. Серік — отбасындағы бес баланың кенжесі, әкесі Көксу өзенінің бойындағы совхозда механизатор болып істеген. Чемпионатқа Қазақстаннан 12 боксшы барып, олардың үшеуі жүлдегер атанды.
Серік бокспен алғаш Талдықорғандағы «Жетісу» спорт кешенінде айналыса бастаған. Кейін Алматыдағы спорт интернатында оқып, Бішкекте өткен жасөспірімдер турнирінде жүлде алған.
Бапкерінің айтуынша, келесі жылы боксшы Атлантада өтетін Олимпиада ойындарына іріктеуге қатысады. Облыс әкімі чемпионға Талдықорған қаласынан пәтер беретінін мәлімдеді, ал Балпық би ауылында жерлестері боксшының құрметіне той жасамақ.""",
     ann=[
        ('ТАЛДЫҚОРҒАН', 0, 'city', 'Taldykorgan', ALR, {'note': 'dateline; centre of Taldy-Kurgan Region until 1997, Almaty Region land on the article date'}),
        ('Талдықорған облысы', 0, 'region', ALR, ALR, {'uncertain': True, 'note': 'NI:birthplace; Taldy-Kurgan Region (abolished in 1997) is not a canonical unit; labelled with Almaty Region, which holds its land on the article date'}),
        ('Көксу ауданының', 0, 'district', 'Koksu District', ALR, {'note': 'NI:birthplace'}),
        ('Балпық би ауылында', 0, 'village', 'Balpyk Bi', ALR, {'note': 'NI:birthplace'}),
        ('Ташкентте', 0, 'foreign', 'Tashkent', N, {'note': 'NI:site of a championship'}),
        ('Өзбекстан', 0, 'foreign', 'Uzbekistan', N),
        ('Көксу өзенінің', 0, 'facility', 'Koksu River', N, {'subkind': 'river'}),
        ('Қазақстаннан', 0, 'country', 'Kazakhstan', N),
        ('Талдықорғандағы', 0, 'city', 'Taldykorgan', ALR, {'note': 'NI:where the boxer trained'}),
        ('Жетісу', 0, 'facility', 'Zhetysu sports complex (Taldykorgan)', ALR, {'note': 'NI:where the boxer trained; a sports complex named «Жетісу», not Jetisu Region (which did not exist in 1995)', 'subkind': 'sports complex'}),
        ('Алматыдағы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:where the boxer studied'}),
        ('Бішкекте', 0, 'foreign', 'Bishkek', N, {'note': 'NI:site of a tournament'}),
        ('Атлантада', 0, 'foreign', 'Atlanta', N, {'note': 'NI:site of the Olympics'}),
        ('Талдықорған қаласынан', 0, 'city', 'Taldykorgan', ALR, {'note': 'NI:where a flat is given'}),
        ('Балпық би ауылында', 1, 'village', 'Balpyk Bi', ALR, {'note': 'NI:site of a celebration'}),
     ],
     inc={}),

dict(id='p018', date='2018-09-04', lang='kk',
     event='2018 stage roof collapse at a concert in Turkistan town, the new regional centre, injuring four (Turkistan Region, eleven weeks after the reform); South Kazakhstan Region named as renamed, Shymkent as its own unit; «Ордабасы» the club vs Ordabasy district',
     text="""Түркістанда концерт кезінде сахна шатыры құлады
ТҮРКІСТАН, 4 қыркүйек — ҚазАқпарат. Түркістан қаласында жексенбі күні кешке қаланың облыс орталығы болуына арналған концерт кезінде сахна шатырының бір бөлігі құлап, төрт адам жарақат алды. Бұл туралы Түркістан облысының төтенше жағдайлар департаменті хабарлады.
Зардап шеккендердің ішінде екі биші мен екі көрермен бар. Олардың екеуі Шымкенттегі ауруханаға жеткізілді, біреуі — Ордабасы ауданының тұрғыны. Тергеушілер шатырдың құлауына қатты жел себеп болған деп есептейді.
Концертке Шымкенттен, Алматыдан және Ташкенттен келген әншілер қатысты, ал «Ордабасы» футбол клубының ойыншылары көрермендермен кездесу өткізді.
Маусым айында Оңтүстік Қазақстан облысы Түркістан облысы болып қайта аталды, ал Шымкент республикалық маңызы бар қала мәртебесін алды. Облыс әкімдігі желтоқсанға дейін Шымкенттен Түркістанға көшеді. Облыстың жаңа әкімі бұған дейін Шымкент қаласының әкімі болған.""",
     ann=[
        ('Түркістанда', 0, 'city', 'Turkistan', TR, {'note': 'headline'}),
        ('ТҮРКІСТАН', 0, 'city', 'Turkistan', TR, {'note': 'dateline'}),
        ('Түркістан қаласында', 0, 'city', 'Turkistan', TR),
        ('Түркістан облысының', 0, 'region', TR, TR, {'note': 'inside the name of an authority'}),
        ('Шымкенттегі', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:hospital town'}),
        ('Ордабасы ауданының', 0, 'district', 'Ordabasy District', TR, {'note': 'NI:residence of a victim'}),
        ('Шымкенттен', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:origin of singers'}),
        ('Алматыдан', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of singers'}),
        ('Ташкенттен', 0, 'foreign', 'Tashkent', N, {'note': 'NI:origin of singers'}),
        ('Оңтүстік Қазақстан облысы', 0, 'region', TR, TR, {'uncertain': True, 'note': 'NI:background; South Kazakhstan Region, named as renamed in June 2018, is not a unit on the article date; labelled with Turkistan Region, which holds most of its land'}),
        ('Түркістан облысы', 0, 'region', TR, TR, {'note': 'NI:background'}),
        ('Шымкент', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:background'}),
        ('Шымкенттен', 1, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:former seat of the regional administration'}),
        ('Түркістанға', 0, 'city', 'Turkistan', TR, {'note': 'NI:new seat of the regional administration'}),
        ('Шымкент қаласының', 0, 'city', 'Shymkent', 'Shymkent', {'note': "NI:inside an official's former title"}),
     ],
     inc={TR: (1, 'stage roof collapse at a concert in Turkistan town, four injured (headline and lead: one event)')}),

dict(id='p019', date='2021-03-10', lang='kk',
     event="2021 Yesil district court of Nur-Sultan fines seven activists for the February 28 unsanctioned rally on Zhenis Avenue with about 40 detained (Astana); activist's post in the Kazakh Latin alphabet; «елордада» is not a name",
     text="""Елордада рұқсат етілмеген митингке қатысқандарға айыппұл салынды
НҰР-СҰЛТАН, 10 наурыз — ҚазТАГ. Нұр-Сұлтан қаласы Есіл аудандық соты 28 ақпанда Жеңіс даңғылында өткен рұқсат етілмеген митингке қатысқан жеті белсендіге 30-дан 45 айлық есептік көрсеткішке дейін айыппұл салды.
Ол күні саяси тұтқындарды босатуды талап еткен 200-ге жуық адам жиналған. Полиция митинг басталғаннан кейін жарты сағаттан соң 40-қа жуық адамды ұстап, автобустармен полиция бөлімдеріне жеткізді. Ұсталғандардың арасында Ақмола облысынан және Қарағандыдан келген белсенділер де болған.
Белсенді Айгерім Ертісбаева сот шешімінен кейін әлеуметтік желідегі парақшасына латын әліпбиімен былай деп жазды:
«Bız Nūr-Sūltan qalasynda beibıt jiynğa şyqtyq. Almaty men Şymkentte de dostarymyzğa aiyppūl salyndy. Sotqa şağym beremız, qajet bolsa Jenevağa deiın baramyz.»
Адвокаттың айтуынша, шағым Нұр-Сұлтан қалалық сотына беріледі. Белсенділер сот шешімін саяси қуғын деп санайды.""",
     ann=[
        ('НҰР-СҰЛТАН', 0, 'city', 'Astana', 'Astana', {'note': "dateline; the capital's name from 2019-03-23"}),
        ('Нұр-Сұлтан қаласы', 0, 'city', 'Astana', 'Astana', {'note': 'NI:inside the name of a court'}),
        ('Есіл', 0, 'district', 'Yesil District (Astana)', 'Astana', {'subkind': 'city district', 'note': 'NI:inside the name of a court; the city district'}),
        ('Жеңіс даңғылында', 0, 'facility', 'Zhenis Avenue (Astana)', 'Astana', {'subkind': 'street'}),
        ('Ақмола облысынан', 0, 'region', AKR, AKR, {'note': 'NI:origin of detained activists'}),
        ('Қарағандыдан', 0, 'city', 'Karaganda', KR, {'note': 'NI:origin of detained activists'}),
        ('Nūr-Sūltan qalasynda', 0, 'city', 'Astana', 'Astana', {'note': 'Kazakh Latin (2021); the same rally'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:Kazakh Latin (2021); courts fined activists'}),
        ('Şymkentte', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:Kazakh Latin (2021); courts fined activists'}),
        ('Jenevağa', 0, 'foreign', 'Geneva', N, {'note': 'NI:Kazakh Latin (2021)'}),
        ('Нұр-Сұлтан', 1, 'city', 'Astana', 'Astana', {'note': 'NI:inside the name of a court'}),
     ],
     inc={'Astana': (1, 'unsanctioned rally on Zhenis Avenue on February 28 with about 40 detained (one event); the fines are not counted')}),

dict(id='p020', date='2025-05-20', lang='kk',
     event='2025 fire in the costume store of the Abai theatre in Semey and a minibus-lorry collision as a theatre troupe left Ayagoz (Abai Region); festival guests from Oskemen, Pavlodar, Russia and China; «Семей» vodka and the Ayagoz theatre are not places; akimat post in the Kazakh Latin alphabet',
     text="""Семейде театр қоймасы өртенді, фестиваль жалғасып жатыр
СЕМЕЙ, 20 мамыр — ҚазАқпарат. Семейдегі Абай атындағы музыкалық драма театрының костюм қоймасында дүйсенбі түнде өрт шығып, 300-ден астам сахналық киім жанып кетті. Бұл туралы Абай облысының төтенше жағдайлар департаменті хабарлады. Адам зардап шеккен жоқ. Өрт сөндірушілер жалынды бір сағатта сөндірді, алдын ала деректер бойынша өрт электр сымының ақауынан шыққан. Театр директоры барлық қоймалардағы электр сымдарын ауыстыруды тапсырды, ал жергілікті тұрғындар театрға өз киімдерін әкеліп беретінін айтып жатыр.
Театр осы аптада өтіп жатқан халықаралық «Абай әлемі» фестивалін тоқтатпайды. Фестиваль Абайдың туғанына 180 жыл толуына арналған. Фестивальге Өскеменнен, Павлодардан, Ресейдің Омбы және Барнауыл қалаларынан, сондай-ақ Қытайдың Үрімжі қаласынан труппалар келген.
Сейсенбі күні Аягөз театрының актерлері мінген шағын автобус Аягөз қаласынан шыға бере жүк көлігімен соқтығысып, үш актер жарақат алды. Олар Аягөздегі ауруханада жатыр, ал труппа қойылымын бір күнге кейінге шегерді.
Ұйымдастырушылардың айтуынша, биыл фестивальге 14 елден 600-ден астам өнерпаз келген, олардың қатарында Астана мен Алматының театрлары да бар. Қонақтар бейсенбі күні Абай ауданындағы Жидебай ауылына барып, Абай-Шәкәрім кесенесіне гүл қояды, ал жұма күні «Семей орманы» резерватында серуендейді.
Фестиваль жарнамасындағы «Семей» арағының логотипі әлеуметтік желіде сынға ұшырады, ұйымдастырушылар демеушілер тізімін қайта қарайтынын айтты.
Облыс әкімдігі әлеуметтік желідегі парақшасында латын әліпбиімен мынадай хабарлама жариялады:
«Semei qalasyndağy Abai atyndağy teatrdyñ qoimasynda bolğan örtten keiın festivaldı jalğastyru turaly şeşım qabyldandy. Aiagöz ben Ürjar audandarynyñ ūjymdary bağdarlamağa sai önerın körsetedı. Abai oblysynyñ äkımdıgı teatrğa jaña sahnalyq kiımder satyp aluğa qarajat böledı.»
Семей 2022 жылдың маусымына дейін Шығыс Қазақстан облысының құрамында болған, қазір Абай облысының орталығы. Фестиваль 25 мамырда Курчатов қаласындағы концертпен аяқталады.""",
     ann=[
        ('Семейде', 0, 'city', 'Semey', ABR, {'note': 'headline'}),
        ('СЕМЕЙ', 0, 'city', 'Semey', ABR, {'note': 'dateline'}),
        ('Семейдегі', 0, 'city', 'Semey', ABR),
        ('Абай облысының', 0, 'region', ABR, ABR, {'note': 'inside the name of an authority'}),
        ('Өскеменнен', 0, 'city', 'Oskemen', EKR, {'note': 'NI:origin of a troupe'}),
        ('Павлодардан', 0, 'city', 'Pavlodar', PR, {'note': 'NI:origin of a troupe'}),
        ('Ресейдің', 0, 'foreign', 'Russia', N),
        ('Омбы', 0, 'foreign', 'Omsk', N, {'note': 'NI:list item sharing the head noun "қалаларынан"; origin of a troupe'}),
        ('Барнауыл', 0, 'foreign', 'Barnaul', N, {'note': 'NI:list item sharing the head noun "қалаларынан"; origin of a troupe'}),
        ('Қытайдың', 0, 'foreign', 'China', N),
        ('Үрімжі қаласынан', 0, 'foreign', 'Urumqi', N, {'note': 'NI:origin of a troupe'}),
        ('Аягөз қаласынан', 0, 'city', 'Ayagoz', ABR),
        ('Аягөздегі', 0, 'city', 'Ayagoz', ABR, {'note': 'NI:hospital town'}),
        ('Астана', 0, 'city', 'Astana', 'Astana', {'note': 'NI:list item; origin of theatres'}),
        ('Алматының', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of theatres'}),
        ('Абай ауданындағы', 0, 'district', 'Abai District (Abai Region)', ABR, {'note': 'NI:site of an excursion'}),
        ('Жидебай ауылына', 0, 'village', 'Zhidebai', ABR, {'note': 'NI:site of an excursion'}),
        ('Абай-Шәкәрім кесенесіне', 0, 'facility', 'Abai-Shakarim mausoleum complex', ABR, {'subkind': 'mausoleum', 'note': 'NI:site of an excursion'}),
        ('Семей орманы', 0, 'facility', 'Semey Ormany nature reserve', ABR, {'subkind': 'nature reserve', 'note': 'NI:site of an excursion'}),
        ('Semei qalasyndağy', 0, 'city', 'Semey', ABR, {'note': 'Kazakh Latin (2021); site of the fire'}),
        ('Aiagöz', 0, 'district', 'Ayagoz District', ABR, {'note': 'NI:Kazakh Latin (2021); list item sharing the head noun "audandarynyñ"'}),
        ('Ürjar', 0, 'district', 'Urzhar District', ABR, {'note': 'NI:Kazakh Latin (2021); list item sharing the head noun "audandarynyñ"'}),
        ('Abai oblysynyñ', 0, 'region', ABR, ABR, {'note': 'Kazakh Latin (2021); inside the name of an authority'}),
        ('Семей', 2, 'city', 'Semey', ABR, {'note': 'NI:background'}),
        ('Шығыс Қазақстан облысының', 0, 'region', EKR, EKR, {'note': 'NI:the region Semey belonged to until June 2022'}),
        ('Абай облысының', 1, 'region', ABR, ABR, {'note': 'NI:background'}),
        ('Курчатов қаласындағы', 0, 'city', 'Kurchatov', ABR, {'note': 'NI:site of the closing concert'}),
     ],
     inc={ABR: (2, 'fire in the costume store of the drama theatre in Semey (headline, lead and akimat post: one event); minibus-lorry collision as a troupe left Ayagoz')}),

dict(id='p021', date='2009-12-08', lang='kk',
     event='2009 start of construction of the Zhetygen-Khorgos railway through Ili, Kerbulak and Panfilov districts (Almaty Region before the 2022 split); Khorgos on the Chinese side (no incident)',
     text="""Жетіген – Қорғас темір жолының құрылысы басталды
ЖАРКЕНТ, 8 желтоқсан — ҚазАқпарат. «Қазақстан темір жолы» ұлттық компаниясы Жетіген – Қорғас темір жолының құрылысын бастады. Алғашқы рельс салу рәсімі Жаркент қаласының маңында өтті.
Ұзындығы 293 шақырым болатын жол Алматы облысының Іле, Кербұлақ және Панфилов аудандары арқылы өтіп, Іле өзенінің бойымен жүреді. Шекарада ол Қытай жағындағы Қорғас стансасы арқылы Үрімжіге баратын темір жолға қосылады.
Компания өкілінің айтуынша, құрылысқа 1,5 мыңнан астам адам тартылады, олардың көбі Жаркенттің және Панфилов ауданы ауылдарының тұрғындары. Жол 2012 жылы ашылуы тиіс. Ол арқылы Қытайдан Еуропаға, Иранға және Түркияға жүк тасымалданады.
Облыс әкімі Талдықорғаннан келген делегациямен бірге рәсімге қатысты. Жаңа жол Алматы – Өскемен трассасынан кейінгі облыстағы ең ірі құрылыс болмақ.""",
     ann=[
        ('Жетіген', 0, 'village', 'Zhetygen', ALR, {'note': 'NI:headline; railway endpoint'}),
        ('Қорғас', 0, 'village', 'Khorgos', ALR, {'note': 'NI:headline; railway endpoint'}),
        ('ЖАРКЕНТ', 0, 'city', 'Zharkent', ALR, {'note': 'dateline'}),
        ('Жетіген', 1, 'village', 'Zhetygen', ALR, {'note': 'NI:railway endpoint'}),
        ('Қорғас', 1, 'village', 'Khorgos', ALR, {'note': 'NI:railway endpoint'}),
        ('Жаркент қаласының', 0, 'city', 'Zharkent', ALR, {'note': 'NI:site of a ceremony'}),
        ('Алматы облысының', 0, 'region', ALR, ALR, {'note': 'NI:route of the railway'}),
        ('Іле', 0, 'district', 'Ili District', ALR, {'note': 'NI:list item sharing the head noun "аудандары"; route of the railway'}),
        ('Кербұлақ', 0, 'district', 'Kerbulak District', ALR, {'note': 'NI:list item sharing the head noun "аудандары"; route of the railway'}),
        ('Панфилов', 0, 'district', 'Panfilov District', ALR, {'note': 'NI:list item sharing the head noun "аудандары"; route of the railway'}),
        ('Іле өзенінің', 0, 'facility', 'Ili River', N, {'subkind': 'river'}),
        ('Қытай', 0, 'foreign', 'China', N),
        ('Қорғас стансасы', 0, 'foreign', 'Khorgos railway station (China)', N, {'note': 'the station on the Chinese side of the border'}),
        ('Үрімжіге', 0, 'foreign', 'Urumqi', N),
        ('Жаркенттің', 0, 'city', 'Zharkent', ALR, {'note': 'NI:residence of workers'}),
        ('Панфилов ауданы', 0, 'district', 'Panfilov District', ALR, {'note': 'NI:residence of workers'}),
        ('Қытайдан', 0, 'foreign', 'China', N),
        ('Еуропаға', 0, 'foreign', 'Europe', N),
        ('Иранға', 0, 'foreign', 'Iran', N),
        ('Түркияға', 0, 'foreign', 'Turkey', N),
        ('Талдықорғаннан', 0, 'city', 'Taldykorgan', ALR, {'note': 'NI:origin of a delegation'}),
        ('Алматы', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:road endpoint'}),
        ('Өскемен', 0, 'city', 'Oskemen', EKR, {'note': 'NI:road endpoint'}),
     ],
     inc={}),

dict(id='p022', date='2014-11-25', lang='kk',
     event="2014 fans' brawl with 11 detained outside the «Жастар» sports palace in Taldykorgan after a boxing night, and a fatal car crash near Karabulak on the Taldykorgan-Tekeli road (Almaty Region before the 2022 split); boxer nicknamed «Текелі тайфуны»; the «Жетісу» club; Уштобе in Russian spelling",
     text="""Талдықорғандағы бокс кешінен кейін жанкүйерлер төбелесті
ТАЛДЫҚОРҒАН, 25 қараша — ҚазТАГ. Талдықорғандағы «Жастар» спорт сарайында сенбі күні өткен кәсіпқой бокс кешінен кейін жанкүйерлер арасында төбелес болып, бес адам ауруханаға түсті, олардың екеуі — 17 жастағы жасөспірімдер. Полиция 11 адамды ұстады, деп хабарлады Алматы облысының полиция департаменті.
Төбелес басты жекпе-жектен кейін басталған. Рингте «Текелі тайфуны» атанған Данияр Қапалов Новосібірден келген ресейлік боксшыны төртінші раундта нокаутқа түсірді. Тергеушілердің айтуынша, сарай алдында Текелі мен Уштобе жанкүйерлері бір-біріне тас лақтырып, екі көліктің әйнегін сындырған.
Сол түні тағы бір оқиға болды. Кештен Текеліге қайтып бара жатқан жанкүйерлер мінген жеңіл көлік Талдықорған – Текелі жолында, Қарабұлақ ауылының маңында жолдан шығып, аударылып қалды. Жол полициясы көлік жылдамдықты асырған деп отыр. Жүргізуші қаза тапты, үш жолаушы Талдықорғандағы облыстық ауруханаға жеткізілді.
Полиция төбелеске қатысқандардың үшеуіне қылмыстық іс қозғады, қалғандары айыппұл төлеп босатылды. Облыс әкімі келесі бокс кештерін полиция күзетімен ғана өткізуді тапсырды. Кешті ұйымдастырған Алматыдағы промоутерлік компания көктемде «Жетісу» футбол клубының стадионында тағы бір кеш өткізуді жоспарлап отыр.
Данияр Қапалов 22 жаста, ол Текелі қаласында туып-өскен. Ол кәсіпқой рингте 12 жекпе-жек өткізіп, бірде-бір рет жеңілмеген. Келесі жекпе-жегі ақпанда Астанада өтеді, ал жазда ол Лас-Вегаста алғаш рет шетелдік рингке шығуы мүмкін. Боксшының бапкері Серік Сарқанбаев «Текелі тайфунының» күші шыдамдылығында дейді.
Талдықорған 2001 жылдан бері Алматы облысының орталығы. Қаладағы спорт нысандарының көбі кеңес заманында салынған, 3 мың көрерменге арналған «Жастар» сарайы 2010 жылы жөнделген.
Кешті «Алматы» телеарнасы тікелей эфирде көрсетті. Соңғы жылдары облыста бокс мектептері Сарқан, Үшарал және Жаркент қалаларында ашылды, ал облыс құрамасы өткен жылы Шымкентте өткен ел чемпионатында бірінші орын алды.""",
     ann=[
        ('Талдықорғандағы', 0, 'city', 'Taldykorgan', ALR, {'note': 'headline'}),
        ('ТАЛДЫҚОРҒАН', 0, 'city', 'Taldykorgan', ALR, {'note': 'dateline'}),
        ('Талдықорғандағы', 1, 'city', 'Taldykorgan', ALR),
        ('Жастар', 0, 'facility', 'Zhastar sports palace (Taldykorgan)', ALR, {'subkind': 'sports palace'}),
        ('Алматы облысының', 0, 'region', ALR, ALR, {'note': 'inside the name of an authority'}),
        ('Новосібірден', 0, 'foreign', 'Novosibirsk', N, {'note': 'NI:origin of a boxer'}),
        ('Текелі', 1, 'city', 'Tekeli', ALR, {'note': 'NI:origin of fans'}),
        ('Уштобе', 0, 'city', 'Ushtobe', ALR, {'note': 'NI:origin of fans; Russian spelling of Үштөбе in a Kazakh text'}),
        ('Текеліге', 0, 'city', 'Tekeli', ALR, {'note': 'NI:destination of the car'}),
        ('Талдықорған', 0, 'city', 'Taldykorgan', ALR, {'note': 'NI:road endpoint'}),
        ('Текелі', 2, 'city', 'Tekeli', ALR, {'note': 'NI:road endpoint'}),
        ('Қарабұлақ ауылының', 0, 'village', 'Karabulak (Eskeldi District)', ALR),
        ('Талдықорғандағы', 2, 'city', 'Taldykorgan', ALR, {'note': 'NI:hospital town'}),
        ('Алматыдағы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:seat of the organising company'}),
        ('Текелі қаласында', 0, 'city', 'Tekeli', ALR, {'note': 'NI:birthplace'}),
        ('Астанада', 0, 'city', 'Astana', 'Astana', {'note': 'NI:site of the next bout'}),
        ('Лас-Вегаста', 0, 'foreign', 'Las Vegas', N, {'note': 'NI:site of a possible bout'}),
        ('Талдықорған', 1, 'city', 'Taldykorgan', ALR, {'note': 'NI:background'}),
        ('Алматы облысының', 1, 'region', ALR, ALR, {'note': 'NI:background'}),
        ('Жастар', 1, 'facility', 'Zhastar sports palace (Taldykorgan)', ALR, {'subkind': 'sports palace', 'note': 'NI:background'}),
        ('Сарқан', 0, 'city', 'Sarkand', ALR, {'note': 'NI:list item sharing the head noun "қалаларында"; boxing schools'}),
        ('Үшарал', 0, 'city', 'Usharal', ALR, {'note': 'NI:list item sharing the head noun "қалаларында"; boxing schools'}),
        ('Жаркент', 0, 'city', 'Zharkent', ALR, {'note': 'NI:list item sharing the head noun "қалаларында"; boxing schools'}),
        ('Шымкентте', 0, 'city', 'Shymkent', SKR, {'note': 'NI:site of a championship'}),
     ],
     inc={ALR: (2, "fans' brawl outside the «Жастар» sports palace in Taldykorgan with 11 detained; fatal car crash near Karabulak on the Taldykorgan-Tekeli road")}),

dict(id='p023', date='2000-02-15', lang='kk',
     event='2000 fire at the printing house of the regional newspaper «Атырау» in Atyrau (Atyrau Region); the newspaper is not a place; Guryev, the old name',
     text="""«Атырау» газетінің баспаханасында өрт шықты
АТЫРАУ, 15 ақпан — ҚазАқпарат. Облыстық «Атырау» газетінің Атыраудағы баспаханасында дүйсенбі түнде өрт шығып, екі баспа станогы мен 20 тонна қағаз жанып кетті. Бұл туралы облыстық төтенше жағдайлар басқармасы хабарлады. Адам зардап шеккен жоқ.
Баспахана Жайық өзенінің сол жағалауындағы ескі ғимаратта орналасқан. Өртті сөндіруге 40 өрт сөндіруші мен Құлсарыдан келген қосымша техника қатысты. Алдын ала деректер бойынша, өрт ескі электр сымдарынан шыққан.
Газеттің бас редакторы Марат Қиғашевтің айтуынша, сейсенбідегі саны Оралдағы баспаханада басылады. «Атырау» газеті 1921 жылдан бері шығады, ол алғашында Гурьев қаласында орыс тілінде басылған. Гурьев 1992 жылы Атырау болып өзгертілді.
Атырау облысының әкімі баспаханаға жаңа станоктар сатып алуға көмектесетінін айтты. Өрттен кейін өрт сөндіру қызметі қаладағы барлық баспаханаларды тексеруге кірісті.""",
     ann=[
        ('АТЫРАУ', 0, 'city', 'Atyrau', ATR, {'note': 'dateline'}),
        ('Атыраудағы', 0, 'city', 'Atyrau', ATR),
        ('Жайық өзенінің', 0, 'facility', 'Ural River', N, {'subkind': 'river'}),
        ('Құлсарыдан', 0, 'city', 'Kulsary', ATR, {'note': 'NI:origin of fire engines'}),
        ('Оралдағы', 0, 'city', 'Oral', WKR, {'note': 'NI:where the next issue is printed'}),
        ('Гурьев қаласында', 0, 'city', 'Atyrau', ATR, {'note': 'NI:background; the old name of Atyrau'}),
        ('Гурьев', 1, 'city', 'Atyrau', ATR, {'note': 'NI:background; the old name of Atyrau'}),
        ('Атырау', 3, 'city', 'Atyrau', ATR, {'note': 'NI:background'}),
        ('Атырау облысының', 0, 'region', ATR, ATR, {'note': "inside an official's title"}),
     ],
     inc={ATR: (1, 'fire at the printing house of the newspaper «Атырау» in Atyrau')}),

dict(id='p024', date='2026-01-27', lang='kk',
     event='2026 Kazakh-Kyrgyz commission in Taraz agrees on Talas river water from the Kirov reservoir (Talas Region, Kyrgyzstan) for the Baizak and Talas districts (Jambyl Region); Talas town in Kyrgyzstan vs Talas district (no incident)',
     text="""Талас өзенінің суы: Қазақстан мен Қырғызстан келісімге келді
ТАРАЗ, 27 қаңтар — ҚазАқпарат. Қазақстан мен Қырғызстан үкіметаралық комиссиясы Таразда өткен отырысында Талас өзенінің суын биылғы суармалы маусымда бөлу туралы келісімге қол қойды.
Келісім бойынша Қырғызстанның Талас облысындағы Киров су қоймасынан Жамбыл облысына жазда 480 миллион текше метр су жіберіледі. Бұл су Бәйзақ және Талас аудандарындағы 40 мың гектар егістікті суаруға жетеді. Талас ауданының орталығы Қаратау қаласының фермерлері өткен жазы судың жетпегенін айтып шағымданған.
Отырысқа Бішкектен, Талас қаласынан және Астанадан делегациялар қатысты. Қырғыз тарапы су қоймасын жөндеуге Қазақстаннан қаржы сұрады. Екі ел арасындағы су бөлу туралы алғашқы келісім 2000 жылы жасалған. Тараптар Қордай өткізу бекеті арқылы жүк тасымалын жеделдету мәселесін де талқылады.
Комиссияның келесі отырысы маусымда Ыстықкөл облысындағы Қарақол қаласында өтеді.""",
     ann=[
        ('Талас өзенінің', 0, 'facility', 'Talas River', N, {'subkind': 'river', 'note': 'headline'}),
        ('Қазақстан', 0, 'country', 'Kazakhstan', N),
        ('Қырғызстан', 0, 'foreign', 'Kyrgyzstan', N),
        ('ТАРАЗ', 0, 'city', 'Taraz', JR, {'note': 'dateline'}),
        ('Қазақстан', 1, 'country', 'Kazakhstan', N),
        ('Қырғызстан', 1, 'foreign', 'Kyrgyzstan', N),
        ('Таразда', 0, 'city', 'Taraz', JR, {'note': 'NI:site of a meeting'}),
        ('Талас өзенінің', 1, 'facility', 'Talas River', N, {'subkind': 'river'}),
        ('Қырғызстанның', 0, 'foreign', 'Kyrgyzstan', N),
        ('Талас облысындағы', 0, 'foreign', 'Talas Region (Kyrgyzstan)', N),
        ('Киров су қоймасынан', 0, 'foreign', 'Kirov Reservoir', N, {'subkind': 'reservoir'}),
        ('Жамбыл облысына', 0, 'region', JR, JR, {'note': 'NI:destination of water'}),
        ('Бәйзақ', 0, 'district', 'Baizak District', JR, {'note': 'NI:list item sharing the head noun "аудандарындағы"; fields to be irrigated'}),
        ('Талас', 3, 'district', 'Talas District', JR, {'note': 'NI:list item sharing the head noun "аудандарындағы"; fields to be irrigated; the district of Jambyl Region, not Talas in Kyrgyzstan'}),
        ('Талас ауданының', 0, 'district', 'Talas District', JR, {'note': 'NI:background'}),
        ('Қаратау қаласының', 0, 'city', 'Karatau', JR, {'note': 'NI:residence of farmers'}),
        ('Бішкектен', 0, 'foreign', 'Bishkek', N, {'note': 'NI:origin of a delegation'}),
        ('Талас қаласынан', 0, 'foreign', 'Talas (Kyrgyzstan)', N, {'note': 'NI:origin of a delegation; the town in Kyrgyzstan'}),
        ('Астанадан', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of a delegation'}),
        ('Қазақстаннан', 0, 'country', 'Kazakhstan', N),
        ('Қордай өткізу бекеті', 0, 'facility', 'Kordai checkpoint', JR, {'subkind': 'border crossing', 'note': 'NI:checkpoint to be modernised'}),
        ('Ыстықкөл облысындағы', 0, 'foreign', 'Issyk-Kul Region', N),
        ('Қарақол қаласында', 0, 'foreign', 'Karakol', N, {'note': 'NI:site of the next meeting'}),
     ],
     inc={}),
]
