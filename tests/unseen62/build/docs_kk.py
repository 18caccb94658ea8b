"""Kazakh texts of the sixty-second unseen check corpus (Cyrillic)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p017', date='2000-03-10', lang='kk',
     event='2000 bank branch opens in the Batys-2 microdistrict of Aktobe (the bank «Тұран Әлем» is not a place), wagon repair shop in Kandyagash; food prices; flour from Russia\'s Orenburg Oblast; fodder shortage in Shalkar district; no incident',
     text="""Ақтөбеде жаңа банк бөлімшесі мен вагон жөндеу цехы ашылды
АҚТӨБЕ, 10 наурыз. ҚазАқпарат – Ақтөбе қаласының Батыс-2 ықшамауданында «Тұран Әлем» банкінің үшінші бөлімшесі ашылды. Енді ықшамаудан тұрғындары зейнетақы алу және коммуналдық төлемдер үшін қала орталығына бармайды.
Сол аптада Қандыағашта темір жол вагондарын жөндейтін цех іске қосылды, онда 120 адам жұмыс істейді. Цехқа Қазақстан мен Ресейдің темір жол кәсіпорындары тапсырыс береді.
Облыстық статистика басқармасының мәліметінше, ақпан айында облыста нан 8 пайызға, ет 12 пайызға қымбаттады. Ақтөбе базарларында сиыр етінің килограмы 230 теңге тұрады. Ұнның бір бөлігі Ресейдің Орынбор облысынан әкелінеді. Шалқар ауданындағы шаруа қожалықтары мал азығының тапшылығына шағымданып отыр, деп хабарлады аудан әкімдігі.""",
     ann=[
        ('Ақтөбеде', 0, 'city', 'Aktobe', AR, {'note': 'headline'}),
        ('АҚТӨБЕ', 0, 'city', 'Aktobe', AR, {'note': 'dateline'}),
        ('Ақтөбе қаласының', 0, 'city', 'Aktobe', AR),
        ('Батыс-2 ықшамауданында', 0, 'district', 'Batys-2 (Aktobe)', AR, {'subkind': 'microdistrict', 'note': '"Батыс" (west) here names a microdistrict, not West Kazakhstan'}),
        ('Қандыағашта', 0, 'city', 'Kandyagash', AR),
        ('Қазақстан', 0, 'country', 'Kazakhstan', N),
        ('Ресейдің', 0, 'foreign', 'Russia', N),
        ('Ақтөбе', 1, 'city', 'Aktobe', AR, {'note': 'prices'}),
        ('Ресейдің', 1, 'foreign', 'Russia', N),
        ('Орынбор облысынан', 0, 'foreign', 'Orenburg Oblast', N, {'note': 'NI:origin of flour'}),
        ('Шалқар ауданындағы', 0, 'district', 'Shalkar District', AR, {'note': 'fodder shortage, not an incident'}),
     ],
     inc={}),

dict(id='p018', date='2024-08-20', lang='kk',
     event='2024 harvest (Kazakh): reaping in 14 regions, finished in Turkistan, Jambyl and Kyzylorda regions, grain sown in all regions except Mangystau and Atyrau; Mamlyut district, Fedorovka, Mendykara, Karabalyk and Atbasar districts; exports via Saryagash station, Dostyk and Altynkol; the company «Қостанай диірмені» is not a place; incidents: combine fire near Mamlyut, fatal grain-lorry crash on the Petropavl-Kokshetau road in Ayyrtau district (North Kazakhstan Region); combine fires in two more regions (unattributed)',
     text="""Астық жинау: 14 өңірде комбайндар далаға шықты
АСТАНА, 20 тамыз. ҚазАқпарат – Елімізде астық жинау науқаны қызу жүріп жатыр. Ауыл шаруашылығы министрлігінің дерегінше, қазір 14 өңірде егін орылып жатыр, ал Түркістан, Жамбыл және Қызылорда облыстарында жиын-терім шілдеде аяқталған. Биыл Маңғыстау мен Атыраудан басқа барлық облыстарда дәнді дақыл егілді.

Солтүстік Қазақстан облысында астық 21 пайыз алқаптан жиналды. Мамлют ауданындағы шаруа қожалығының басшысы Болат Сейітов гектарынан 17 центнерден алып отырғанын айтты. «Жаңбыр уақытында жауды, биыл астық жақсы», – деді ол. Оның айтуынша, шаруашылық биыл алғаш рет бидайды тікелей диірменге сатпақ. Қостанай облысында егін орағы Федоров, Меңдіқара және Қарабалық аудандарында басталды. Ақмола облысының Атбасар ауданында бидайдың сапасы жоғары деп бағаланды.

Экспорт та өсті. Шілдеден бері Сарыағаш станциясы арқылы Өзбекстан мен Ауғанстанға 300 мың тонна бидай жөнелтілді. Қытайға астық Достық пен Алтынкөл арқылы тасымалданады, ал Ресейдің Омбы облысына арпа жөнелтіле бастады. «Қостанай диірмені» компаниясы Ираннан ұнға жаңа тапсырыс алды. Петропавлдағы элеваторда үшінші сыныпты бидайдың бағасы тоннасына 82 мың теңге болды.

Жанармай. Науқан кезінде дизель отынының бағасы тұрақты: Қостанайда және Петропавлда бір литрі 295 теңге. Министрлік фермерлерге жеңілдетілген дизель отыны толық жеткізілгенін хабарлады, алайда Павлодар облысының кейбір шаруашылықтары отынның кешігіп келгеніне шағымданды. Биыл астық сақтауға арналған 40 жаңа қойма салынды, олардың жартысы Ақмола және Солтүстік Қазақстан облыстарында.

Оқиғалар. Дүйсенбі күні Мамлют қаласының маңындағы алқапта комбайн өртеніп кетті, жүргізуші үлгеріп секіріп шыққан. Сол күні Петропавл – Көкшетау тасжолында астық тиелген жүк көлігі жеңіл көлікпен соқтығысып, бір адам қаза тапты. Апат Солтүстік Қазақстан облысының Айыртау ауданы аумағында болды. Министрліктің хабарлауынша, биылғы науқанда тағы екі облыста комбайн өртенген.""",
     ann=[
        ('14 өңірде', 0, 'quantified', '14 regions', N, {'count': 14, 'unit': 'region', 'note': 'headline; harvesting, not about incidents'}),
        ('АСТАНА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('14 өңірде', 1, 'quantified', '14 regions', N, {'count': 14, 'unit': 'region', 'note': 'harvesting, not about incidents'}),
        ('Түркістан', 0, 'region', TR, TR, {'note': 'in a list sharing "облыстарында"'}),
        ('Жамбыл', 0, 'region', JR, JR, {'note': 'in a list sharing "облыстарында"'}),
        ('Қызылорда', 0, 'region', KZR, KZR, {'note': 'in a list sharing "облыстарында"'}),
        ('Маңғыстау', 0, 'region', MR, MR, {'note': 'exception to "барлық облыстарда"'}),
        ('Атыраудан', 0, 'region', ATR, ATR, {'note': 'exception to "барлық облыстарда"'}),
        ('барлық облыстарда', 0, 'quantified', 'all regions', N, {'count': None, 'unit': 'region', 'quantifier': 'all', 'note': 'sowing; two named exceptions'}),
        ('Солтүстік Қазақстан облысында', 0, 'region', NKR, NKR),
        ('Мамлют ауданындағы', 0, 'district', 'Mamlyut District', NKR),
        ('Қостанай облысында', 0, 'region', KOR, KOR),
        ('Федоров', 0, 'district', 'Fedorovka District', KOR, {'note': 'in a list sharing "аудандарында"'}),
        ('Меңдіқара', 0, 'district', 'Mendykara District', KOR, {'note': 'in a list sharing "аудандарында"'}),
        ('Қарабалық', 0, 'district', 'Karabalyk District', KOR, {'note': 'in a list sharing "аудандарында"'}),
        ('Ақмола облысының', 0, 'region', AKR, AKR),
        ('Атбасар ауданында', 0, 'district', 'Atbasar District', AKR),
        ('Сарыағаш станциясы', 0, 'facility', 'Saryagash station', TR, {'subkind': 'railway station', 'note': 'NI:export route'}),
        ('Өзбекстан', 0, 'foreign', 'Uzbekistan', N, {'note': 'NI:export destination'}),
        ('Ауғанстанға', 0, 'foreign', 'Afghanistan', N, {'note': 'NI:export destination'}),
        ('Қытайға', 0, 'foreign', 'China', N, {'note': 'NI:export destination'}),
        ('Достық', 0, 'facility', 'Dostyk station', JTR, {'subkind': 'railway station', 'note': 'NI:border crossing on the export route'}),
        ('Алтынкөл', 0, 'facility', 'Altynkol station', JTR, {'subkind': 'railway station', 'note': 'NI:border crossing on the export route'}),
        ('Ресейдің', 0, 'foreign', 'Russia', N),
        ('Омбы облысына', 0, 'foreign', 'Omsk Oblast', N, {'note': 'NI:export destination'}),
        ('Ираннан', 0, 'foreign', 'Iran', N, {'note': 'NI:buyer'}),
        ('Петропавлдағы', 0, 'city', 'Petropavl', NKR, {'note': 'prices'}),
        ('Қостанайда', 0, 'city', 'Kostanay', KOR, {'note': 'fuel prices'}),
        ('Петропавлда', 0, 'city', 'Petropavl', NKR, {'note': 'fuel prices'}),
        ('Павлодар облысының', 0, 'region', PR, PR, {'note': 'complaint about late fuel, not an incident'}),
        ('Ақмола', 1, 'region', AKR, AKR, {'note': 'in a list sharing "облыстарында"'}),
        ('Солтүстік Қазақстан', 1, 'region', NKR, NKR, {'note': 'in a list sharing "облыстарында"'}),
        ('Мамлют қаласының', 0, 'city', 'Mamlyut', NKR),
        ('Петропавл', 0, 'city', 'Petropavl', NKR, {'note': 'NI:road endpoint'}),
        ('Көкшетау', 0, 'city', 'Kokshetau', AKR, {'note': 'NI:road endpoint'}),
        ('Солтүстік Қазақстан облысының', 0, 'region', NKR, NKR),
        ('Айыртау ауданы', 0, 'district', 'Ayyrtau District', NKR),
        ('екі облыста', 0, 'quantified', '2 regions', N, {'count': 2, 'unit': 'region', 'note': 'combine fires in two more, unnamed regions'}),
     ],
     inc={NKR: (2, 'combine fire near Mamlyut; grain lorry and car collided on the Petropavl-Kokshetau road in Ayyrtau district, one dead')},
     unatt=[{'label': 'екі облыста', 'count': 2, 'note': 'combine fires during the harvest in two more, unnamed regions'}]),

dict(id='p019', date='1992-05-12', lang='kk',
     event='1992 meat and bread prices in Semey (Semipalatinsk Region, abolished 1997; East Kazakhstan Region land); sugar from Russia, flour from Pavlodar and Kostanay; commission from Almaty; pensioners protest at the regional administration; farms in Ayagoz and Abai districts (not Abai Region); unpaid wages in Kurchatov',
     text="""Семейде ет пен нан қымбаттады, зейнеткерлер наразы
СЕМЕЙ, 12 мамыр. – Семей базарларында бір айдың ішінде сиыр етінің бағасы екі есе өсіп, килограмы 45 сомға жетті. Облыстық сауда басқармасының мәліметінше, қант пен өсімдік майы Ресейден әкелінеді, ал ұн Павлодар мен Қостанайдан келеді. Жақында Алматыдан келген комиссия облысқа қосымша 20 мың тонна астық бөлуге уәде берді.
Бейсенбі күні 300-ге жуық зейнеткер Семей облысы әкімшілігінің ғимараты алдына жиналып, зейнетақыны көтеруді талап етті. Облыс басшысының орынбасары олардың өкілдерін қабылдады.
Аягөз және Абай аудандарындағы кеңшарлар жем-шөптің қымбаттауына байланысты мал басын қысқартып жатыр. Курчатов қаласында ғылыми орталықтың қызметкерлері үш ай бойы жалақы алмаған.""",
     ann=[
        ('Семейде', 0, 'city', 'Semey', EKR, {'note': 'headline; Semipalatinsk, East Kazakhstan Region land before 2022-06-08'}),
        ('СЕМЕЙ', 0, 'city', 'Semey', EKR, {'note': 'dateline'}),
        ('Семей', 0, 'city', 'Semey', EKR, {'note': 'prices'}),
        ('Ресейден', 0, 'foreign', 'Russia', N, {'note': 'NI:origin of sugar'}),
        ('Павлодар', 0, 'city', 'Pavlodar', PR, {'note': 'NI:origin of flour'}),
        ('Қостанайдан', 0, 'city', 'Kostanay', KOR, {'note': 'NI:origin of flour'}),
        ('Алматыдан', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of the commission'}),
        ('Семей облысы', 0, 'region', EKR, EKR, {'uncertain': True, 'note': 'inside the name of an authority; Semipalatinsk Region, abolished in 1997, labelled with the canonical unit holding its land'}),
        ('Аягөз', 0, 'district', 'Ayagoz District', EKR, {'note': 'in a list sharing "аудандарындағы"'}),
        ('Абай', 0, 'district', 'Abai District (Abai Region)', EKR, {'note': 'in a list sharing "аудандарындағы"; the district, not Abai Region (created 2022)'}),
        ('Курчатов қаласында', 0, 'city', 'Kurchatov', EKR, {'note': 'unpaid wages, not an incident'}),
     ],
     inc={EKR: (1, "pensioners' protest in front of the regional administration in Semey")}),

dict(id='p020', date='2021-02-03', lang='kk',
     event='2021 Kyzylorda Region rice exports doubled (to Russia, Turkey, Uzbekistan); Shieli, Zhalagash and Syrdarya districts; the companies «Ақмешіт Агро» and «Арал тұзы» are not places; fish plant in Aral, products to Nur-Sultan, Almaty, Georgia and Germany; salt works in Zhaksykylysh; no incident',
     text="""Қызылорда облысы күрішінің экспорты екі есе өсті
ҚЫЗЫЛОРДА, 3 ақпан. ҚазАқпарат – Өткен жылы Қызылорда облысынан шетелге 126 мың тонна күріш шығарылды, бұл алдыңғы жылмен салыстырғанда екі есе көп. Облыстық ауыл шаруашылығы басқармасының мәліметінше, негізгі сатып алушылар – Ресей, Түркия және Өзбекстан.
Күріштің ең көп бөлігі Шиелі, Жалағаш және Сырдария аудандарында өсіріледі. Жалағаш ауданындағы «Ақмешіт Агро» серіктестігі биыл күріш алқабын 2 мың гектарға кеңейтпек.
Арал қаласында жаңа балық өңдеу зауыты ашылып, 80 адам жұмысқа орналасты. Зауыт өнімін Нұр-Сұлтан мен Алматыға, сондай-ақ Грузия мен Германияға жібереді. Жақсықылыш кентіндегі «Арал тұзы» кәсіпорны өткен жылы тұз өндіруді 15 пайызға арттырды.
Қызылорда базарларында бір келі күріш 380 теңге тұрады.""",
     ann=[
        ('Қызылорда облысы', 0, 'region', KZR, KZR, {'note': 'headline'}),
        ('ҚЫЗЫЛОРДА', 0, 'city', 'Kyzylorda', KZR, {'note': 'dateline'}),
        ('Қызылорда облысынан', 0, 'region', KZR, KZR),
        ('Ресей', 0, 'foreign', 'Russia', N, {'note': 'NI:buyer'}),
        ('Түркия', 0, 'foreign', 'Turkey', N, {'note': 'NI:buyer'}),
        ('Өзбекстан', 0, 'foreign', 'Uzbekistan', N, {'note': 'NI:buyer'}),
        ('Шиелі', 0, 'district', 'Shieli District', KZR, {'note': 'in a list sharing "аудандарында"'}),
        ('Жалағаш', 0, 'district', 'Zhalagash District', KZR, {'note': 'in a list sharing "аудандарында"'}),
        ('Сырдария', 0, 'district', 'Syrdarya District', KZR, {'note': 'in a list sharing "аудандарында"; the district, not the river'}),
        ('Жалағаш ауданындағы', 0, 'district', 'Zhalagash District', KZR),
        ('Арал қаласында', 0, 'city', 'Aral', KZR),
        ('Нұр-Сұлтан', 0, 'city', 'Astana', 'Astana', {'note': 'NI:destination; the capital named Nur-Sultan 2019-2022'}),
        ('Алматыға', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:destination'}),
        ('Грузия', 0, 'foreign', 'Georgia', N, {'note': 'NI:destination'}),
        ('Германияға', 0, 'foreign', 'Germany', N, {'note': 'NI:destination'}),
        ('Жақсықылыш кентіндегі', 0, 'village', 'Zhaksykylysh', KZR, {'note': 'settlement (кент) in Aral district'}),
        ('Қызылорда', 2, 'city', 'Kyzylorda', KZR, {'note': 'prices'}),
     ],
     inc={}),

dict(id='p021', date='2017-11-15', lang='kk',
     event='2017 South Kazakhstan Region digest (before the 2018 split): textile factory in Shymkent, cotton from Maktaaral district and Zhetysai (not Jetisu), tourists at the Khoja Ahmed Yasawi mausoleum in Turkestan, airport plan, Shymkent-Tashkent road, water pipes in nine districts, prices at the «Айна» market, bank branch in Kentau; incidents: cotton warehouse fire in Atakent (Maktaaral district), collision in Tulkibas district on the Shymkent-Taraz road; cable theft in Kentau not counted',
     text="""Оңтүстік Қазақстан облысы: жаңа фабрика, жол және баға
ШЫМКЕНТ, 15 қараша. ҚазАқпарат – Шымкенттегі индустриялық аймақта мақта-мата фабрикасы ашылды. Кәсіпорын жылына 20 мың тонна мақта талшығын өңдеп, 700 адамды жұмыспен қамтиды. Шикізат негізінен Мақтаарал ауданынан жеткізіледі: аудан орталығы Жетісай қаласындағы мақта тазалау зауыттары биыл 180 мың тонна шитті мақта қабылдады. «Бұрын талшықты Қытай мен Түркияға шикі күйінде сататынбыз, енді мата өзімізде тоқылады», – деді фабрика директоры Нұрлан Әбдіқадыров. Фабриканың өнімі Ресей мен Беларусь нарығына да жіберіледі. Облыс әкімдігінің дерегінше, биыл облыста 14 жаңа өндіріс орны іске қосылды.

Түркістанда Қожа Ахмет Ясауи кесенесіне келген туристер саны биыл 15 пайызға өсті, қалада үш жаңа қонақүй ашылды. Облыс әкімдігі Түркістанға халықаралық әуежай салу жобасын қарап жатыр.

Шымкент – Ташкент тасжолының шекараға дейінгі 40 шақырымдық бөлігі жөнделді. Облыстың тоғыз ауданында ауыл тұрғындарын таза ауыз сумен қамтамасыз ету үшін жаңа су құбырлары тартылып жатыр.

Құрылыс. Шымкентте биыл 1,2 миллион шаршы метр тұрғын үй пайдалануға берілді, бұл облыста салынған үйлердің жартысынан көбі. Сайрам ауданының Қарамұрт ауылында 600 орындық мектеп пен дәрігерлік амбулатория ашылды. Келесі жылы Кентау мен Арыс қалаларында көп пәтерлі үйлер салу жоспарланған.

Баға. Шымкенттегі «Айна» базарында бір келі қызанақ 250 теңге, сиыр еті 1 800 теңге тұрады. Көкөністің бір бөлігі Өзбекстаннан әкелінеді. Кентауда «Халық» банкінің жаңа бөлімшесі ашылды, бұрын қала тұрғындары несие алу үшін Түркістанға баратын.

Оқиғалар. Сейсенбі күні Мақтаарал ауданындағы Атакент кентінде мақта қоймасы өртеніп, 60 тонна мақта жанып кетті. Сол күні Түлкібас ауданында Шымкент – Тараз тасжолында екі жеңіл көлік соқтығысып, үш адам жарақат алды. Кентауда полиция мыс кабелін ұрлаған екі тұрғынды ұстады.""",
     ann=[
        ('Оңтүстік Қазақстан облысы', 0, 'region', SKR, SKR, {'note': 'headline; renamed Turkistan Region on 2018-06-19'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', SKR, {'note': 'dateline; South Kazakhstan Region before 2018-06-19'}),
        ('Шымкенттегі', 0, 'city', 'Shymkent', SKR, {'note': 'factory opening'}),
        ('Мақтаарал ауданынан', 0, 'district', 'Maktaaral District', SKR, {'note': 'NI:origin of cotton'}),
        ('Жетісай қаласындағы', 0, 'city', 'Zhetysai', SKR, {'note': 'then the centre of Maktaaral district; not Jetisu'}),
        ('Қытай', 0, 'foreign', 'China', N, {'note': 'NI:former buyer'}),
        ('Түркияға', 0, 'foreign', 'Turkey', N, {'note': 'NI:former buyer'}),
        ('Ресей', 0, 'foreign', 'Russia', N, {'note': 'NI:market'}),
        ('Беларусь', 0, 'foreign', 'Belarus', N, {'note': 'NI:market'}),
        ('Түркістанда', 0, 'city', 'Turkistan', SKR),
        ('Қожа Ахмет Ясауи кесенесіне', 0, 'facility', 'Khoja Ahmed Yasawi Mausoleum', SKR, {'subkind': 'mausoleum', 'note': 'mausoleum named after a person'}),
        ('Түркістанға', 0, 'city', 'Turkistan', SKR, {'note': 'planned airport'}),
        ('Шымкент', 0, 'city', 'Shymkent', SKR, {'note': 'NI:road endpoint'}),
        ('Ташкент', 0, 'foreign', 'Tashkent', N, {'note': 'NI:road endpoint'}),
        ('тоғыз ауданында', 0, 'quantified', '9 districts', N, {'count': 9, 'unit': 'district', 'note': 'water pipes; not about incidents'}),
        ('Шымкентте', 0, 'city', 'Shymkent', SKR, {'note': 'housing'}),
        ('Сайрам ауданының', 0, 'district', 'Sayram District', SKR),
        ('Қарамұрт ауылында', 0, 'village', 'Karamurt', SKR),
        ('Кентау', 0, 'city', 'Kentau', SKR, {'note': 'in a list sharing "қалаларында"'}),
        ('Арыс', 0, 'city', 'Arys', SKR, {'note': 'in a list sharing "қалаларында"; South Kazakhstan Region before 2018-06-19'}),
        ('Шымкенттегі', 1, 'city', 'Shymkent', SKR, {'note': 'prices'}),
        ('Айна', 0, 'facility', 'Aina market (Shymkent)', SKR, {'subkind': 'market'}),
        ('Өзбекстаннан', 0, 'foreign', 'Uzbekistan', N, {'note': 'NI:origin of vegetables'}),
        ('Кентауда', 0, 'city', 'Kentau', SKR, {'note': 'bank branch'}),
        ('Түркістанға', 1, 'city', 'Turkistan', SKR, {'note': 'NI:destination of former trips'}),
        ('Мақтаарал ауданындағы', 0, 'district', 'Maktaaral District', SKR),
        ('Атакент кентінде', 0, 'village', 'Atakent', SKR, {'note': 'settlement (кент)'}),
        ('Түлкібас ауданында', 0, 'district', 'Tulkibas District', SKR),
        ('Шымкент', 1, 'city', 'Shymkent', SKR, {'note': 'NI:road endpoint'}),
        ('Тараз', 0, 'city', 'Taraz', JR, {'note': 'NI:road endpoint'}),
        ('Кентауда', 1, 'city', 'Kentau', SKR, {'note': 'cable theft, not an incident'}),
     ],
     inc={SKR: (2, 'cotton warehouse fire in Atakent, Maktaaral district; two-car collision in Tulkibas district on the Shymkent-Taraz road, three hurt; the cable theft in Kentau is not an incident')}),

dict(id='p022', date='2013-07-09', lang='kk',
     event='2013 fourth bridge over the Zhaiyk (Ural) in Atyrau; housing for oil workers in Kulsary, prices compared with Aktau and Astana; water pipes in Makat and Inder districts; gas explosion in a basement in Kulsary',
     text="""Атырауда Жайық арқылы жаңа көпір салынады
АТЫРАУ, 9 шілде. ҚазАқпарат – Атырау қаласында Жайық өзені арқылы төртінші көпірдің құрылысы басталды. Облыс әкімдігінің хабарлауынша, ұзындығы 480 метр көпір 2015 жылы пайдалануға беріледі. Қазір қаланың екі бөлігін үш көпір ғана жалғайды, таңертең кептеліс бір сағатқа созылады.
Тұрғын үй. Биыл облыста 280 мың шаршы метр тұрғын үй салынбақ. Құлсарыда мұнайшыларға арналған 300 пәтерлі ықшамаудан бой көтеруде. Атыраудағы жаңа үйлердің бір шаршы метрі орта есеппен 190 мың теңге тұрады, бұл Ақтаудан қымбат, бірақ Астанадан арзан. Мақат пен Индер аудандарындағы ауылдарға жаңа су құбыры тартылып жатыр.
Оқиға. Жексенбі күні Құлсарыдағы бес қабатты тұрғын үйдің жертөлесінде газ жарылып, екі адам жарақат алды. Үйдегі 40 отбасы уақытша мектепке көшірілді.""",
     ann=[
        ('Атырауда', 0, 'city', 'Atyrau', ATR, {'note': 'headline'}),
        ('Жайық', 0, 'facility', 'Ural River', N, {'subkind': 'river', 'note': 'headline; Kazakh name of the Ural'}),
        ('АТЫРАУ', 0, 'city', 'Atyrau', ATR, {'note': 'dateline'}),
        ('Атырау қаласында', 0, 'city', 'Atyrau', ATR),
        ('Жайық өзені', 0, 'facility', 'Ural River', N, {'subkind': 'river'}),
        ('Құлсарыда', 0, 'city', 'Kulsary', ATR, {'note': 'housing'}),
        ('Атыраудағы', 0, 'city', 'Atyrau', ATR, {'note': 'prices'}),
        ('Ақтаудан', 0, 'city', 'Aktau', MR, {'note': 'NI:price comparison'}),
        ('Астанадан', 0, 'city', 'Astana', 'Astana', {'note': 'NI:price comparison'}),
        ('Мақат', 0, 'district', 'Makat District', ATR, {'note': 'in a list sharing "аудандарындағы"'}),
        ('Индер', 0, 'district', 'Inder District', ATR, {'note': 'in a list sharing "аудандарындағы"'}),
        ('Құлсарыдағы', 0, 'city', 'Kulsary', ATR),
     ],
     inc={ATR: (1, 'gas explosion in the basement of a block of flats in Kulsary, two hurt')}),

dict(id='p023', date='2020-12-18', lang='kk',
     event='2020 sugar output in Jambyl Region: plants in Merke and Korday districts, beet from Shu and Zhambyl districts (Zhambyl district, not the region), raw material from Kyrgyzstan; sugar prices in Taraz and Nur-Sultan; the football club «Тараз» is not a place; no incident',
     text="""Жамбыл облысында қант өндірісі артты
ТАРАЗ, 18 желтоқсан. ҚазАқпарат – Биыл Жамбыл облысындағы қант зауыттары 52 мың тонна қант өндірді, бұл өткен жылдан 30 пайызға көп. Меркі ауданындағы зауыт қызылшаны Шу және Жамбыл аудандарынан қабылдайды, ал Қордай ауданындағы зауыт шикізаттың бір бөлігін Қырғызстаннан әкеледі.
Облыс әкімінің орынбасары Ерлан Тұрсынов келер жылы қызылша алқабы 18 мың гектарға дейін кеңейтілетінін айтты. Фермерлерге тұқым мен тыңайтқыш сатып алуға жеңілдетілген несие беріледі.
Бағалар. Тараз базарларында бір келі қант 290 теңге тұрады, бұл Нұр-Сұлтандағы бағадан 40 теңгеге арзан.
Айтпақшы, «Тараз» футбол клубы жаңа маусымды жеке демеушінің қаржысымен бастайды.""",
     ann=[
        ('Жамбыл облысында', 0, 'region', JR, JR, {'note': 'headline'}),
        ('ТАРАЗ', 0, 'city', 'Taraz', JR, {'note': 'dateline'}),
        ('Жамбыл облысындағы', 0, 'region', JR, JR),
        ('Меркі ауданындағы', 0, 'district', 'Merke District', JR),
        ('Шу', 0, 'district', 'Shu District', JR, {'note': 'in a list sharing "аудандарынан"; the district, not the river'}),
        ('Жамбыл', 2, 'district', 'Zhambyl District (Jambyl Region)', JR, {'note': 'in a list sharing "аудандарынан"; the district, not the region'}),
        ('Қордай ауданындағы', 0, 'district', 'Korday District', JR),
        ('Қырғызстаннан', 0, 'foreign', 'Kyrgyzstan', N, {'note': 'NI:origin of raw material'}),
        ('Тараз', 0, 'city', 'Taraz', JR, {'note': 'prices'}),
        ('Нұр-Сұлтандағы', 0, 'city', 'Astana', 'Astana', {'note': 'NI:price comparison'}),
     ],
     inc={}),

dict(id='p024', date='2022-06-15', lang='kk',
     event='2022 one week of the Abai, Jetisu and Ulytau regions: offices in Taldykorgan, Almaty Region akimat moving to Kapshagay, Zharkent-Usharal road, greenhouses in Tekeli, freight through Khorgos; Semey, Ayagoz and Kurchatov formerly in East Kazakhstan Region, AI-92 shortage in Semey and Ayagoz; copper in Zhezkazgan and a clinic in Satpayev, formerly Karaganda Region; prices up in 15 regions; incidents: fatal lorry rollover on the Ayagoz-Semey road (Ayagoz district, Abai Region), warehouse fire in Tekeli (Jetisu Region)',
     text="""Жаңа облыстар: алғашқы аптаның қорытындысы
ТАЛДЫҚОРҒАН, 15 маусым. ҚазАқпарат – Абай, Жетісу және Ұлытау облыстарының құрылғанына бір апта толды. Жаңа өңірлердің әкімдіктері алғашқы шешімдерін экономика мен жол құрылысына арнады.

Жетісу облысының орталығы Талдықорғанда облыстық басқармалар бұрынғы Алматы облысы әкімдігінің ғимаратына орналасты. Алматы облысының әкімдігі Қапшағайға көшіп жатыр. Жетісу облысының әкімі Жаркент пен Үшарал арасындағы жолды жөндеуге 12 млрд теңге бөлінетінін айтты. Текелі қаласында жабылған кен байыту комбинатының орнына жылыжай кешені салынбақ. Қорғас арқылы Қытайға жүк тасымалы бір жылда 18 пайызға өсті.

Абай облысының орталығы Семейде жаңа әкімдік жұмысын бастады. Бұрын Шығыс Қазақстан облысының құрамында болған Семей, Аягөз және Курчатов қалалары енді жаңа облыстың басты экономикалық орталықтары. Семейдегі ет комбинаты Қытай мен Иранға экспортты арттыруды жоспарлап отыр. Аптаның басында Семей мен Аягөздегі жанармай бекеттерінде АИ-92 бензині жетіспей, ұзын кезек пайда болды.

Ұлытау облысының орталығы Жезқазғанда мыс балқыту зауыты толық қуатта жұмыс істеп тұр. Сәтбаев қаласында жаңа емхананың құрылысы басталды. Бұрын бұл қалалар Қарағанды облысына қарайтын. Жезқазған әуежайынан Алматыға аптасына төрт рейс ұшады. Ұлытау облысының халқы 220 мыңнан сәл асады.

Жұмыспен қамту. Жаңа облыстардың әкімдіктерінде 2 мыңнан астам жұмыс орны ашылады. Ұлытау облысында Жаңаарқа ауданының орталығы Атасу кентінде жол жөндеу басталды. Жетісу облысының Сарқан ауданында алма бақтарын суару жүйесі жаңартылады. Ал Абай облысының Үржар ауданындағы бал өндірушілер кооперативі Қытай нарығына шығуды көздеп отыр.

Статистика бюросының мәліметінше, мамыр айында азық-түлік бағасы 15 өңірде өсті.

Оқиғалар. Дүйсенбі күні Аягөз ауданында Аягөз – Семей тасжолында жүк көлігі аударылып, жүргізуші қаза тапты. Сейсенбі күні Текелідегі құрылыс материалдары қоймасында өрт шығып, 200 шаршы метр аумақты шарпыды. Зардап шеккендер жоқ.""",
     ann=[
        ('ТАЛДЫҚОРҒАН', 0, 'city', 'Taldykorgan', JTR, {'note': 'dateline; Jetisu Region since 2022-06-08'}),
        ('Абай', 0, 'region', ABR, ABR, {'note': 'in a list sharing "облыстарының"'}),
        ('Жетісу', 0, 'region', JTR, JTR, {'note': 'in a list sharing "облыстарының"'}),
        ('Ұлытау', 0, 'region', UR, UR, {'note': 'in a list sharing "облыстарының"'}),
        ('Жетісу облысының', 0, 'region', JTR, JTR),
        ('Талдықорғанда', 0, 'city', 'Taldykorgan', JTR),
        ('Алматы облысы', 0, 'region', ALR, ALR, {'note': 'NI:former unit, inside the name of an authority (akimat)'}),
        ('Алматы облысының', 0, 'region', ALR, ALR, {'note': 'inside the name of an authority (akimat)'}),
        ('Қапшағайға', 0, 'city', 'Konaev', ALR, {'note': 'new seat of Almaty Region, later named Konaev'}),
        ('Жетісу облысының', 1, 'region', JTR, JTR, {'note': 'inside an official post (akim)'}),
        ('Жаркент', 0, 'city', 'Zharkent', JTR, {'note': 'NI:road endpoint'}),
        ('Үшарал', 0, 'city', 'Usharal', JTR, {'note': 'NI:road endpoint'}),
        ('Текелі қаласында', 0, 'city', 'Tekeli', JTR),
        ('Қорғас', 0, 'village', 'Khorgos', JTR, {'note': 'border crossing and settlement, Panfilov district'}),
        ('Қытайға', 0, 'foreign', 'China', N, {'note': 'NI:destination of freight'}),
        ('Абай облысының', 0, 'region', ABR, ABR),
        ('Семейде', 0, 'city', 'Semey', ABR, {'note': 'Abai Region since 2022-06-08'}),
        ('Шығыс Қазақстан облысының', 0, 'region', EKR, EKR, {'note': 'NI:former unit'}),
        ('Семей', 0, 'city', 'Semey', ABR, {'note': 'in a list sharing "қалалары"'}),
        ('Аягөз', 0, 'city', 'Ayagoz', ABR, {'note': 'in a list sharing "қалалары"'}),
        ('Курчатов', 0, 'city', 'Kurchatov', ABR, {'note': 'in a list sharing "қалалары"'}),
        ('Семейдегі', 0, 'city', 'Semey', ABR),
        ('Қытай', 0, 'foreign', 'China', N, {'note': 'NI:export destination'}),
        ('Иранға', 0, 'foreign', 'Iran', N, {'note': 'NI:export destination'}),
        ('Семей', 1, 'city', 'Semey', ABR, {'note': 'fuel shortage, not an incident'}),
        ('Аягөздегі', 0, 'city', 'Ayagoz', ABR, {'note': 'fuel shortage, not an incident'}),
        ('Ұлытау облысының', 0, 'region', UR, UR),
        ('Жезқазғанда', 0, 'city', 'Zhezkazgan', UR),
        ('Сәтбаев қаласында', 0, 'city', 'Satpayev', UR),
        ('Қарағанды облысына', 0, 'region', KR, KR, {'note': 'NI:former unit'}),
        ('Ұлытау облысында', 0, 'region', UR, UR),
        ('Жаңаарқа ауданының', 0, 'district', 'Zhanaarka District', UR),
        ('Атасу кентінде', 0, 'village', 'Atasu', UR, {'note': 'settlement (кент), district centre'}),
        ('Жетісу облысының', 2, 'region', JTR, JTR),
        ('Сарқан ауданында', 0, 'district', 'Sarkand District', JTR),
        ('Абай облысының', 1, 'region', ABR, ABR),
        ('Үржар ауданындағы', 0, 'district', 'Urzhar District', ABR),
        ('Қытай', 1, 'foreign', 'China', N, {'note': 'NI:target market'}),
        ('Жезқазған әуежайынан', 0, 'facility', 'Zhezkazgan Airport', UR, {'subkind': 'airport'}),
        ('Алматыға', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:flight destination'}),
        ('Ұлытау облысының', 1, 'region', UR, UR),
        ('15 өңірде', 0, 'quantified', '15 regions', N, {'count': 15, 'unit': 'region', 'note': 'prices; not about incidents'}),
        ('Аягөз ауданында', 0, 'district', 'Ayagoz District', ABR),
        ('Аягөз', 2, 'city', 'Ayagoz', ABR, {'note': 'NI:road endpoint'}),
        ('Семей', 2, 'city', 'Semey', ABR, {'note': 'NI:road endpoint'}),
        ('Текелідегі', 0, 'city', 'Tekeli', JTR),
     ],
     inc={ABR: (1, 'lorry overturned on the Ayagoz-Semey road in Ayagoz district, driver killed; fuel queues not counted'),
          JTR: (1, 'fire at a building-materials warehouse in Tekeli')}),
]
