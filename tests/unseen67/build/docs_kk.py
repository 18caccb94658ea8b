"""Kazakh texts of the sixty-seventh unseen check corpus (Cyrillic; annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p017', date='2019-04-11', lang='kk',
     event='2019 ground collapse over the flooded workings of the former Mirgalimsai mine in Kentau swallows a car, driver hurt (Turkistan Region after the 2018 reform); gas pipe explosion on the same street in October 2018 as background; dateline Shymkent (own unit); letters to Shymkent and Nur-Sultan',
     text="""Кентауда ескі кеніш үстінде жер опырылып, көлік шұңқырға құлады
ШЫМКЕНТ, 11 сәуір. ҚазАқпарат – Түркістан облысының Кентау қаласында бұрынғы Миргалимсай кенішінің жер асты қазбалары үстінде жер опырылып, диаметрі сегіз метрлік шұңқырға жеңіл көлік құлап түсті. Жүргізуші жарақат алып, ауруханаға жеткізілді, деп хабарлады облыстық төтенше жағдайлар департаменті.
Кентау қаласының әкімдігі опырылған аймақты қоршап, маңайдағы 14 үйдің тұрғындарына уақытша баспана ұсынды. Мамандардың айтуынша, кеніш жабылғаннан кейін қазбаларды жер асты суы басып, топырақ әлсіреген.
Тұрғындар бұл қауіп туралы Шымкент пен Нұр-Сұлтандағы шенеуніктерге бірнеше рет жазғанын айтады. Өткен жылдың қазан айында дәл осы көшеде газ құбыры жарылып, екі үй зақымданған еді. Сол кезде де тексеру жүргізілгенімен, құбыр толық ауыстырылмаған.""",
     ann=[
        ('Кентауда', 0, 'city', 'Kentau', TR, {'note': 'headline; Turkistan Region since 2018-06-19'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'dateline; city of republican significance since 2018-06-19'}),
        ('Түркістан облысының', 0, 'region', TR, TR),
        ('Кентау қаласында', 0, 'city', 'Kentau', TR),
        ('Миргалимсай кенішінің', 0, 'facility', 'Mirgalimsai mine (Kentau)', TR, {'subkind': 'mine', 'note': 'the closed mine whose flooded workings collapsed'}),
        ('Кентау қаласының', 0, 'city', 'Kentau', TR, {'note': 'inside the name of an authority (akimat)'}),
        ('Шымкент', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:seat of officials written to'}),
        ('Нұр-Сұлтандағы', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of officials written to; the capital named Nur-Sultan 2019-2022'}),
     ],
     inc={TR: (2, 'ground collapse over old mine workings in Kentau, car fell in, driver hurt; background narrated explicitly: gas pipe explosion on the same street in October 2018, two houses damaged')}),

dict(id='p018', date='2023-03-14', lang='kk',
     event='2023 week in the industrial towns of Pavlodar and Akmola regions: landslide of a spoil heap kills a truck driver at the Bogatyr pit in Ekibastuz, furnace explosion at the Aksu ferroalloy plant (three burnt), a teenager falls into an abandoned shaft in Maikain (Bayanaul district) and is rescued, strike of 200 gold workers in Stepnogorsk ("Степногор", Akmola Region); "three cities of Pavlodar Region"; coal to Russia\'s Omsk Oblast',
     text="""Өнеркәсіп қалаларындағы апта: Екібастұз, Ақсу, Степногор
ПАВЛОДАР, 14 наурыз. ҚазТАГ – Павлодар және Ақмола облыстарының кен және металлургия қалаларында өткен аптада бірнеше оқиға тіркелді.

Екібастұздағы «Богатырь» разрезінде дүйсенбі күні кен үйіндісінің бір бөлігі сырғып, экскаватор мен ауыр жүк көлігін басып қалды. Көлік жүргізушісі қаза тапты, деп хабарлады Павлодар облысының төтенше жағдайлар департаменті. Разрездің бұл учаскесінде жұмыс уақытша тоқтатылды. Марқұм 52 жаста еді, разрезде 30 жыл бойы жұмыс істеген. Кәсіподақ тәуелсіз тексеру жүргізуді талап етті.

Ақсуда сейсенбі күні ферроқорытпа зауытының пешінде жарылыс болып, үш балқытушы күйік алды. Зауыт басшылығы жарылыстың себебін анықтау үшін комиссия құрды. Олардың екеуі Павлодар қаласындағы облыстық ауруханаға жеткізілді.

Баянауыл ауданындағы Майқайың кентінде сәрсенбі күні ескі кеніштің қараусыз қалған шахтасына 14 жастағы жасөспірім құлап кетті. Құтқарушылар оны алты сағаттан кейін аман алып шықты. Жасөспірімнің аяғы сынған, ол Баянауыл ауылындағы ауруханаға жеткізілді. Аудан әкімдігі қараусыз қалған шахталардың бәрін қоршау туралы шешім қабылдады.

Ақмола облысындағы Степногорда алтын өндіретін кәсіпорынның 200-ге жуық жұмысшысы жалақыны 40 пайызға көтеруді талап етіп, бейсенбі күні жұмысқа шықпады. Ереуілшілермен кездесуге облыс орталығы Көкшетаудан облыс әкімінің орынбасары келді. Кәсіпорын басшылығы талаптарды бір ай ішінде қарауға уәде берді.

Степногорға жақын Бестөбе кентінің тұрғындары алтын кенішінің қалдық қоймасынан ұшатын шаңға тағы шағымданды. Олардың айтуынша, желді күндері үйлердің терезесін ашу мүмкін емес. Облыстық экология департаменті сынама алуға маман жіберді.

Экологтар Павлодар облысының үш қаласында – Павлодарда, Екібастұзда және Ақсуда – ауаның ластану деңгейі жоғары екенін еске салады. Астанадағы Экология министрлігі Екібастұздағы күл үйінділерін тексеруге уәде берді. Ал «Богатырь» көмірі бұрынғыдай Ресейдің Омбы облысына да жөнелтіледі.""",
     ann=[
        ('Екібастұз', 0, 'city', 'Ekibastuz', PR, {'note': 'headline'}),
        ('Ақсу', 0, 'city', 'Aksu (Pavlodar Region)', PR, {'note': 'headline'}),
        ('Степногор', 0, 'city', 'Stepnogorsk', AKR, {'note': 'headline; the Kazakh name of Stepnogorsk'}),
        ('ПАВЛОДАР', 0, 'city', 'Pavlodar', PR, {'note': 'dateline'}),
        ('Павлодар', 0, 'region', PR, PR, {'note': 'list sharing "облыстарының"'}),
        ('Ақмола', 0, 'region', AKR, AKR, {'note': 'list sharing "облыстарының"'}),
        ('Екібастұздағы', 0, 'city', 'Ekibastuz', PR),
        ('Богатырь', 0, 'facility', 'Bogatyr open pit (Ekibastuz)', PR, {'subkind': 'mine', 'note': 'name in quotation marks'}),
        ('Павлодар облысының', 0, 'region', PR, PR, {'note': 'inside the name of an authority'}),
        ('Ақсуда', 0, 'city', 'Aksu (Pavlodar Region)', PR),
        ('Павлодар қаласындағы', 0, 'city', 'Pavlodar', PR, {'note': 'NI:hospital'}),
        ('Баянауыл ауданындағы', 0, 'district', 'Bayanaul District', PR),
        ('Майқайың кентінде', 0, 'village', 'Maikain', PR),
        ('Баянауыл ауылындағы', 0, 'village', 'Bayanaul', PR, {'note': 'NI:hospital'}),
        ('Ақмола облысындағы', 0, 'region', AKR, AKR),
        ('Степногорда', 0, 'city', 'Stepnogorsk', AKR),
        ('Көкшетаудан', 0, 'city', 'Kokshetau', AKR, {'note': 'NI:origin of the deputy governor'}),
        ('Степногорға', 0, 'city', 'Stepnogorsk', AKR, {'note': 'NI:reference point'}),
        ('Бестөбе кентінің', 0, 'village', 'Bestobe', AKR, {'note': 'dust complaints, not an incident'}),
        ('Павлодар облысының үш қаласында', 0, 'quantified', '3 cities', N, {'count': 3, 'unit': 'city', 'note': 'one span with the region; members named; pollution, not incidents'}),
        ('Павлодарда', 0, 'city', 'Pavlodar', PR, {'note': 'NI:pollution'}),
        ('Екібастұзда', 0, 'city', 'Ekibastuz', PR, {'note': 'NI:pollution'}),
        ('Ақсуда', 1, 'city', 'Aksu (Pavlodar Region)', PR, {'note': 'NI:pollution'}),
        ('Астанадағы', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the ministry'}),
        ('Екібастұздағы', 1, 'city', 'Ekibastuz', PR, {'note': 'NI:ash dumps to be inspected'}),
        ('Богатырь', 1, 'facility', 'Bogatyr open pit (Ekibastuz)', PR, {'subkind': 'mine', 'note': 'NI:coal of the pit'}),
        ('Ресейдің', 0, 'foreign', 'Russia', N, {'note': 'NI:destination of coal'}),
        ('Омбы облысына', 0, 'foreign', 'Omsk Oblast', N, {'note': 'NI:destination of coal'}),
     ],
     inc={PR: (3, 'spoil-heap landslide at the Bogatyr pit in Ekibastuz, driver dead; furnace explosion at the Aksu ferroalloy plant, three burnt; teenager fell into an abandoned shaft in Maikain (accident, rescued)'),
          AKR: (1, 'strike of about 200 gold workers in Stepnogorsk')}),

dict(id='p019', date='1992-05-20', lang='kk',
     event='1992 underground sit-in of 600 miners at the Annensky mine of the Zhezkazgan non-ferrous metals association (Zhezkazgan Region, abolished 1997; Karaganda Region land); support expected from Satpayev (formerly Nikolsky) and Zhezdy; an April strike at the Temirtau metallurgical combine as background',
     text="""Жезқазғанда кеншілер жер астынан шықпай отыр
АЛМАТЫ, 20 мамыр. ҚазТАГ – Жезқазған облысындағы «Жезқазғантүстімет» бірлестігінің Анненск кенішінде 600-ге жуық кенші жалақының кешігуіне және азық-түлік тапшылығына наразылық білдіріп, екінші тәулік жер астынан шықпай отыр. Ереуілшілер үкімет өкілдерінің Жезқазған қаласына келуін талап етуде. Облыс басшылығы ереуілшілермен келіссөз жүргізуге дайын екенін айтты.
Облыстық әкімшіліктің мәліметінше, мыс зауытының өнімі Ресей мен Қытайға экспортталады, бірақ түскен валюта Алматыда қалып қояды. Ереуілді Сәтбаев (бұрынғы Никольский) қаласы мен Жезді кентінің кеншілері де қолдауы мүмкін.
Сәуір айында Қарағанды облысындағы Теміртау металлургия комбинатында да жалақы үшін ереуіл болған еді. Ол кезде жұмысшылар бес күн бойы жұмысқа шықпаған.""",
     ann=[
        ('Жезқазғанда', 0, 'city', 'Zhezkazgan', KR, {'note': 'headline; the town lay in Zhezkazgan Region (abolished 1997), Karaganda Region land before 2022'}),
        ('АЛМАТЫ', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Жезқазған облысындағы', 0, 'region', KR, KR, {'uncertain': True, 'note': 'the abolished Zhezkazgan Region (1973-1997), labelled with the canonical unit holding its land on the article date'}),
        ('Анненск кенішінде', 0, 'facility', 'Annensky mine (Zhezkazgan)', KR, {'subkind': 'mine', 'note': 'the association named after Zhezkazgan is a company, not annotated'}),
        ('Жезқазған қаласына', 0, 'city', 'Zhezkazgan', KR, {'note': 'NI:demanded destination of officials'}),
        ('Ресей', 0, 'foreign', 'Russia', N, {'note': 'NI:export destination'}),
        ('Қытайға', 0, 'foreign', 'China', N, {'note': 'NI:export destination'}),
        ('Алматыда', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:where the currency stays'}),
        ('Сәтбаев', 0, 'city', 'Satpayev', KR, {'note': 'NI:miners who may join'}),
        ('Никольский', 0, 'city', 'Satpayev', KR, {'note': 'NI:former name of Satpayev (until 1990) in a gloss'}),
        ('Жезді кентінің', 0, 'village', 'Zhezdy', KR, {'note': 'NI:miners who may join'}),
        ('Қарағанды облысындағы', 0, 'region', KR, KR),
        ('Теміртау', 0, 'city', 'Temirtau', KR, {'note': 'town name in the lower-case description of the combine'}),
     ],
     inc={KR: (2, 'underground sit-in of 600 miners at the Annensky mine (Zhezkazgan Region, counted under Karaganda Region); background narrated explicitly: five-day strike at the Temirtau metallurgical combine in April')}),

dict(id='p020', date='2020-12-09', lang='kk',
     event='2020 black snow in Temirtau (pollution, not counted) and a gas leak poisoning five workers in the coke-chemical production of ArcelorMittal Temirtau (Karaganda Region); hospital in Karaganda; petition to Nur-Sultan; the Samarkand reservoir in Temirtau',
     text="""Теміртауда қара қар жауды, кокс-химия өндірісінде бес жұмысшы газдан уланды
ҚАРАҒАНДЫ, 9 желтоқсан. Теміртау тұрғындары әлеуметтік желіде қара түсті қардың суреттерін жариялап жатыр. Қарағанды облысының экология департаменті ауа сынамаларын алды. «Қазгидромет» мәліметінше, желтоқсанның алғашқы аптасында қалада күкіртсутек концентрациясы нормадан бес есе асқан.
Сейсенбі күні «АрселорМиттал Теміртау» АҚ кокс-химия өндірісінде газ құбырынан газ шығып, бес жұмысшы уланды. Олардың екеуі Қарағандыдағы облыстық ауруханаға жеткізілді. Компания оқиғаны тексеру үшін комиссия құрды, ал зауыт басшылығы шығарындылар рұқсат етілген шектен аспады деп мәлімдеді.
Қоғам белсенділері Нұр-Сұлтанға петиция жолдап, зауыттың шығарындыларын азайтуды және Самарқан су қоймасының жағалауындағы қалдық үйінділерін тексеруді талап етті.""",
     ann=[
        ('Теміртауда', 0, 'city', 'Temirtau', KR, {'note': 'headline; locates both the black snow and the gas poisoning'}),
        ('ҚАРАҒАНДЫ', 0, 'city', 'Karaganda', KR, {'note': 'dateline'}),
        ('Теміртау', 0, 'city', 'Temirtau', KR, {'note': 'residents posting photos; pollution, not an incident'}),
        ('Қарағанды облысының', 0, 'region', KR, KR, {'note': 'inside the name of an authority'}),
        ('Қарағандыдағы', 0, 'city', 'Karaganda', KR, {'note': 'NI:hospital'}),
        ('Нұр-Сұлтанға', 0, 'city', 'Astana', 'Astana', {'note': 'NI:destination of a petition'}),
        ('Самарқан су қоймасының', 0, 'facility', 'Samarkand Reservoir (Temirtau)', N, {'subkind': 'reservoir', 'note': 'water body at Temirtau; not Samarkand in Uzbekistan'}),
     ],
     inc={KR: (1, 'gas leak poisoning five workers at the coke-chemical production in Temirtau (the company name ArcelorMittal Temirtau is not annotated; the headline locates it). Black snow is not an incident')}),

dict(id='p021', date='2023-09-19', lang='kk',
     event='2023 week in the mining towns of Aktobe Region: underground conveyor fire at the Voskhod mine in Khromtau (two poisoned), wage rally outside the district akimat in Alga, derailment of five ore wagons in Kandyagash; water shortage in Shubarkuduk (Temir district) and "several districts" (not counted); Orsk and Orenburg Oblast; the Ilek river; Aktobe-Atyrau route',
     text="""Ақтөбе облысының кен қалалары: Хромтаудағы өрт, Алғадағы наразылық, Қандыағаштағы апат
АҚТӨБЕ, 19 қыркүйек. Ақтөбе облысының төтенше жағдайлар департаменті өткен аптада өңірдің өнеркәсіп қалаларында бірнеше оқиға тіркелгенін хабарлады.

Хромтау қаласындағы «Восход» кенішінде жексенбі күні жер асты конвейерінде өрт шықты. Жер астындағы 58 кенші жер бетіне аман шығарылды, екеуі түтіннен уланып, аудандық ауруханаға жеткізілді. Кеніш жұмысы екі күнге тоқтатылды. Кеніш иесі өрттің себебін анықтау үшін комиссия құрды. Хромтау кеншілерінің бір бөлігі Ресейдің Орск қаласынан вахтамен келеді.

Алға қаласында сейсенбі күні жылу жүйесіне қызмет көрсететін кәсіпорынның 40-қа жуық жұмысшысы үш айлық жалақыны талап етіп, аудан әкімдігінің алдына жиналды. Әкімдік қарызды ай соңына дейін өтеуге уәде берді. Алғадағы бұрынғы химия зауытының аумағында әлі де бор қалдықтарының үйінділері жатыр, оларды залалсыздандыру мәселесі он жылдан бері шешілмей келеді.

Қандыағашта бейсенбі күні түнде хром кені тиелген жүк пойызының бес вагоны рельстен шығып кетті. Адам шығыны жоқ, бірақ Ақтөбе – Атырау бағытындағы пойыздар төрт сағатқа кешікті. Вагондарды көтеру үшін Ақтөбеден арнайы техника жеткізілді.

Облыс орталығы Ақтөбеде де шағымдар азаймай отыр: ферроқорытпа зауытының маңындағы үйлердің тұрғындары түнгі шығарындылар туралы әкімдікке ұжымдық хат жазды. Облыстық экология департаменті зауытқа жоспардан тыс тексеру тағайындады.

Темір ауданындағы Шұбарқұдық кентінде тұрғындар екі аптадан бері ауыз сусыз отыр: су құбыры тозған, су тасымалдайтын көліктер кестеге сай келмейді. Кент әкімі су тасымалдауды күніне екі ретке дейін көбейтуге уәде берді. Облыстың бірнеше ауданында ауыз су тапшылығы байқалады.

Экологтар Хромтау маңындағы хром қалдықтарының Ілек өзеніне түсу қаупі бар екенін бірнеше жылдан бері айтып келеді. Ілек суы Ресейдің Орынбор облысына қарай ағады.""",
     ann=[
        ('Ақтөбе облысының', 0, 'region', AR, AR, {'note': 'headline'}),
        ('Хромтаудағы', 0, 'city', 'Khromtau', AR, {'note': 'headline'}),
        ('Алғадағы', 0, 'city', 'Alga', AR, {'note': 'headline'}),
        ('Қандыағаштағы', 0, 'city', 'Kandyagash', AR, {'note': 'headline'}),
        ('АҚТӨБЕ', 0, 'city', 'Aktobe', AR, {'note': 'dateline'}),
        ('Ақтөбе облысының', 1, 'region', AR, AR, {'note': 'inside the name of an authority'}),
        ('Хромтау қаласындағы', 0, 'city', 'Khromtau', AR),
        ('Восход', 0, 'facility', 'Voskhod mine (Khromtau)', AR, {'subkind': 'mine', 'note': 'name in quotation marks'}),
        ('Хромтау', 1, 'city', 'Khromtau', AR, {'note': 'NI:workplace of miners'}),
        ('Ресейдің', 0, 'foreign', 'Russia', N, {'note': 'NI:origin of shift workers'}),
        ('Орск қаласынан', 0, 'foreign', 'Orsk', N, {'note': 'NI:origin of shift workers'}),
        ('Алға қаласында', 0, 'city', 'Alga', AR),
        ('Алғадағы', 1, 'city', 'Alga', AR, {'note': 'NI:old waste heaps, not an incident'}),
        ('Қандыағашта', 0, 'city', 'Kandyagash', AR),
        ('Ақтөбе', 2, 'city', 'Aktobe', AR, {'note': 'NI:route endpoint'}),
        ('Атырау', 0, 'city', 'Atyrau', ATR, {'note': 'NI:route endpoint'}),
        ('Ақтөбеден', 0, 'city', 'Aktobe', AR, {'note': 'NI:origin of recovery equipment'}),
        ('Ақтөбеде', 0, 'city', 'Aktobe', AR, {'note': 'pollution complaints, not an incident'}),
        ('Темір ауданындағы', 0, 'district', 'Temir District', AR, {'note': 'water shortage, not an incident'}),
        ('Шұбарқұдық кентінде', 0, 'village', 'Shubarkuduk', AR, {'note': 'water shortage, not an incident'}),
        ('бірнеше ауданында', 0, 'quantified', 'several districts', N, {'count': None, 'unit': 'district', 'note': 'vague quantifier; water shortage, not incidents'}),
        ('Хромтау', 2, 'city', 'Khromtau', AR, {'note': 'NI:reference point for chromium waste'}),
        ('Ілек өзеніне', 0, 'facility', 'Ilek River', N, {'subkind': 'river', 'note': 'natural feature'}),
        ('Ілек', 1, 'facility', 'Ilek River', N, {'subkind': 'river', 'note': 'natural feature named without head noun ("Ілек суы")'}),
        ('Ресейдің', 1, 'foreign', 'Russia', N),
        ('Орынбор облысына', 0, 'foreign', 'Orenburg Oblast', N, {'note': 'NI:downstream region'}),
     ],
     inc={AR: (3, 'conveyor fire at the Voskhod mine in Khromtau (two poisoned); wage rally outside the district akimat in Alga; derailment of five ore wagons in Kandyagash. Water shortages and the pollution risk are not incidents')}),

dict(id='p022', date='2013-06-18', lang='kk',
     event='2013 dead fish on the northern shore of Lake Balkhash near the town (not counted) and a fire at the electrical substation of the copper smelter in Balkhash (Karaganda Region); Balkhashmys is a company; the lake lies in the Karaganda, Almaty and Jambyl regions; fishermen of Priozersk',
     text="""Балқаш көлінің жағасына өлі балық шықты, мыс зауытында өрт
БАЛҚАШ, 18 маусым. Балқаш көлінің солтүстік жағалауында, қала маңында жүздеген өлі балық жағаға шығып қалды. Қарағанды облыстық экология департаменті су сынамаларын алып, зертханаға жіберді. Балықтың қырылу себебі әзірге белгісіз.
Сол күні Балқаш қаласындағы мыс балқыту зауытының электр қосалқы станциясында өрт шықты. Өрт бір сағат ішінде толық сөндірілді. Зардап шеккендер жоқ, деп хабарлады «Балқашмыс» ЖШС баспасөз қызметі. Қала тұрғындары зауыттан шығатын күкірт газына да жиі шағымданады, әсіресе желсіз күндері.
Балқаш көлі Қарағанды, Алматы және Жамбыл облыстарының аумағында жатыр. Приозерск қаласының балықшылары соңғы жылдары аулаудың азайғанына шағымданып жүр.""",
     ann=[
        ('Балқаш көлінің', 0, 'facility', 'Lake Balkhash', N, {'subkind': 'lake', 'note': 'headline; natural feature'}),
        ('БАЛҚАШ', 0, 'city', 'Balkhash', KR, {'note': 'dateline'}),
        ('Балқаш көлінің', 1, 'facility', 'Lake Balkhash', N, {'subkind': 'lake', 'note': 'fish kill, not an incident'}),
        ('Қарағанды', 0, 'region', KR, KR, {'note': 'inside the name of an authority ("облыстық")'}),
        ('Балқаш қаласындағы', 0, 'city', 'Balkhash', KR, {'note': 'the company Balkhashmys is not annotated'}),
        ('Балқаш көлі', 0, 'facility', 'Lake Balkhash', N, {'subkind': 'lake'}),
        ('Қарағанды', 1, 'region', KR, KR, {'note': 'NI:list sharing "облыстарының"'}),
        ('Алматы', 0, 'region', ALR, ALR, {'note': 'NI:list sharing "облыстарының"; the region, not the city'}),
        ('Жамбыл', 0, 'region', JR, JR, {'note': 'NI:list sharing "облыстарының"'}),
        ('Приозерск қаласының', 0, 'city', 'Priozersk', KR, {'note': 'NI:residence of fishermen'}),
     ],
     inc={KR: (1, 'fire at the electrical substation of the copper smelter in Balkhash. The fish kill and sulphur gas complaints are not incidents')}),

dict(id='p023', date='2016-04-12', lang='kk',
     event='2016 week in the mining towns of Kostanay Region: seepage from the tailings dam of the Sokolov-Sarybai association floods 60 dacha plots on the edge of Rudny, strike of 150 workers outside the plant administration in Lisakovsk ("Лисаков", Russian "Лисаковск"), flyrock from blasting breaks windows in Kachar; asbestos dust in Zhitikara and depopulation of Arkalyk (not counted); ore to Magnitogorsk and China',
     text="""Қостанай облысының кен қалалары: Рудныйда бөгеттен су ақты, Лисаковта ереуіл
ҚОСТАНАЙ, 12 сәуір. Қостанай облысының кен өндіретін қалаларында өткен аптада бірнеше оқиға болды, деп хабарлады облыстық төтенше жағдайлар департаменті.

Рудный қаласының шетінде Соколов-Сарыбай кен байыту өндірістік бірлестігінің қалдық қоймасы бөгетінен су сыздап шығып, 60-қа жуық саяжай учаскесін су басты. Құтқарушылар бөгеттің зақымдалған бөлігін құм салынған қаптармен бекітті. Бірлестіктің баспасөз қызметі қалдық суда улы заттар жоқ екенін мәлімдеді, бірақ саяжай иелеріне көкөністерін жинамауға кеңес берілді. Рудный тұрғындары бұл бөгеттің жағдайы туралы 2014 жылы да дабыл қаққан еді.

Лисаковта («Лисаковск» – қаланың орысша атауы) темір кенін байыту фабрикасының 150-ге жуық жұмысшысы сәрсенбі күні жұмысқа шықпай, фабрика басқармасының алдына жиналды. Олар жалақының екі ай бойы кешіктірілуіне наразы. Кешке қарай компания қарыздың жартысын төледі. Ереуілшілердің басым бөлігі Лисаковтың ескі бөлігіндегі жатақханаларда тұрады.

Қашар кентіндегі карьерде жарылыс жұмыстары кезінде тас ұшып, екі тұрғын үйдің терезесін сындырды. Адамдар зардап шекпеді. Жарылыс жұмыстарын жүргізген мердігер компанияға айыппұл салынды. Қашар тұрғындары карьердің кентке тым жақындап қалғанын бірнеше жылдан бері айтып келеді: кейбір үйлерден карьер жиегіне дейін 500 метр ғана қалды.

Жітіқара тұрғындары асбест үйінділерінен ұшатын шаңға шағымданады; облыстық экология департаменті тексеру жүргізетінін айтты. Жітіқарадағы асбест комбинаты әлі де қаланың негізгі жұмыс берушісі болып қала береді. Арқалықтағы боксит кеніштері жабылғаннан кейін қаланың халқы екі есеге жуық азайған.

Облыстың кен орындарынан шыққан темір кені мен окатыштар Ресейдің Магнитогорск қаласына және Қытайға жөнелтіледі. Қазақстанның темір кенінің басым бөлігі осы өңірде өндіріледі. Облыс әкімдігі кен өндіретін қалалардағы қалдық қоймаларының бәрін тексеруді тапсырды.""",
     ann=[
        ('Қостанай облысының', 0, 'region', KOR, KOR, {'note': 'headline'}),
        ('Рудныйда', 0, 'city', 'Rudny', KOR, {'note': 'headline'}),
        ('Лисаковта', 0, 'city', 'Lisakovsk', KOR, {'note': 'headline; Kazakh name Лисаков'}),
        ('ҚОСТАНАЙ', 0, 'city', 'Kostanay', KOR, {'note': 'dateline'}),
        ('Қостанай облысының', 1, 'region', KOR, KOR),
        ('Рудный қаласының', 0, 'city', 'Rudny', KOR, {'note': 'the company named after Sokolov and Sarybai that follows is not annotated'}),
        ('Рудный', 1, 'city', 'Rudny', KOR, {'note': 'NI:earlier warnings by residents'}),
        ('Лисаковта', 1, 'city', 'Lisakovsk', KOR),
        ('Лисаковск', 0, 'city', 'Lisakovsk', KOR, {'note': 'the Russian name quoted in a gloss'}),
        ('Лисаковтың', 0, 'city', 'Lisakovsk', KOR, {'note': 'NI:residence of strikers'}),
        ('Қашар кентіндегі', 0, 'village', 'Kachar', KOR),
        ('Қашар', 1, 'village', 'Kachar', KOR, {'note': 'NI:residents\' long-standing complaints'}),
        ('Жітіқара', 0, 'city', 'Zhitikara', KOR, {'note': 'asbestos dust, not an incident'}),
        ('Жітіқарадағы', 0, 'city', 'Zhitikara', KOR, {'note': 'NI:employer'}),
        ('Арқалықтағы', 0, 'city', 'Arkalyk', KOR, {'note': 'NI:closed mines, depopulation'}),
        ('Ресейдің', 0, 'foreign', 'Russia', N),
        ('Магнитогорск қаласына', 0, 'foreign', 'Magnitogorsk', N, {'note': 'NI:destination of ore'}),
        ('Қытайға', 0, 'foreign', 'China', N, {'note': 'NI:destination of ore'}),
        ('Қазақстанның', 0, 'country', 'Kazakhstan', N),
     ],
     inc={KOR: (3, 'seepage from the tailings dam floods about 60 dacha plots on the edge of Rudny; strike of 150 workers in Lisakovsk; flyrock from blasting breaks windows of two houses in Kachar')}),

dict(id='p024', date='2025-07-08', lang='kk',
     event='2025 residents of Satpayev (Ulytau Region) rally outside the town akimat over three weeks of water shortage, two fined; shared pipeline from the Kengir reservoir with Zhezkazgan; Karaganda Region as the former unit; Astana',
     text="""Сәтбаевта су тапшылығына наразы тұрғындар әкімдік алдына жиналды
ЖЕЗҚАЗҒАН, 8 шілде. Ұлытау облысының Сәтбаев қаласында үш аптадан бері көпқабатты үйлердің жоғарғы қабаттарына су жетпей отыр. Дүйсенбі күні 100-ге жуық тұрғын қалалық әкімдіктің алдына жиналып, мәселені тез шешуді талап етті. Полиция рұқсатсыз жиын өткізгені үшін екі адамды әкімшілік жауапкершілікке тартты.
Қала әкімінің айтуынша, Сәтбаев пен Жезқазғанды Кеңгір су қоймасынан келетін ортақ құбыр сумен қамтиды, ал 1970 жылдары салынған сорғы станциясы әбден тозған. 2022 жылға дейін Қарағанды облысына қарасты болған қаланың инфрақұрылымын жаңарту үшін республикалық бюджеттен қаржы сұралды.
Тұрғындар Астанадан арнайы комиссия жіберуді сұрап, Ұлытау облысының әкіміне ашық хат жолдады.""",
     ann=[
        ('Сәтбаевта', 0, 'city', 'Satpayev', UR, {'note': 'headline; Ulytau Region since 2022-06-08'}),
        ('ЖЕЗҚАЗҒАН', 0, 'city', 'Zhezkazgan', UR, {'note': 'dateline'}),
        ('Ұлытау облысының', 0, 'region', UR, UR),
        ('Сәтбаев қаласында', 0, 'city', 'Satpayev', UR),
        ('Сәтбаев', 1, 'city', 'Satpayev', UR, {'note': 'NI:served by the pipeline'}),
        ('Жезқазғанды', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:served by the pipeline'}),
        ('Кеңгір су қоймасынан', 0, 'facility', 'Kengir Reservoir', N, {'subkind': 'reservoir', 'note': 'water body'}),
        ('Қарағанды облысына', 0, 'region', KR, KR, {'note': 'NI:the unit the town belonged to until 2022'}),
        ('Астанадан', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of a requested commission'}),
        ('Ұлытау облысының', 1, 'region', UR, UR, {'note': 'NI:official post (akim), addressee of a letter'}),
     ],
     inc={UR: (1, 'rally of about 100 residents outside the Satpayev akimat over the water shortage, two fined; the shortage itself is not an incident')}),
]
