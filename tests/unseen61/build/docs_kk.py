"""Kazakh texts of the sixty-first unseen check corpus (Cyrillic; p018 and p024 quote a
sentence in the Kazakh Latin alphabet)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p017', date='2010-05-18', lang='kk',
     event='2010 driver shoots and wounds a traffic police inspector on Satbayev Avenue in Atyrau (Atyrau Region); suspect from Kulsary detained in Makhambet district',
     text="""Атырауда жол полициясының қызметкеріне оқ атылды
АТЫРАУ, 18 мамыр — Атырау қаласында түнде жол патрульдік полициясының қызметкеріне көлік жүргізушісі оқ атып, жаралады, деп хабарлады Атырау облысы ішкі істер департаменті.
Оқиға Сәтбаев даңғылында болған. Полицейлер құжат тексеру үшін тоқтатқан көліктің жүргізушісі тапаншамен екі рет атып, қашып кеткен. Жараланған инспектор облыстық ауруханаға жеткізілді, оның жағдайы ауыр емес.
Таңертең күдікті Махамбет ауданындағы туысының үйінен ұсталды. Ол — Құлсары қаласының 31 жастағы тұрғыны. Департамент қызметкерлері оның көлігінен тағы бір қару мен оқ-дәрі тапты.
Облыс прокуратурасы полиция қызметкерінің өміріне қастандық жасау бабы бойынша қылмыстық іс қозғады. Күдіктіге он бес жылға дейін бас бостандығынан айыру жазасы қатерін төндіреді.""",
     ann=[
        ('Атырауда', 0, 'city', 'Atyrau', ATR, {'note': 'headline'}),
        ('АТЫРАУ', 0, 'city', 'Atyrau', ATR, {'note': 'dateline'}),
        ('Атырау қаласында', 0, 'city', 'Atyrau', ATR, {'note': 'police inspector shot and wounded'}),
        ('Атырау облысы', 0, 'region', ATR, ATR, {'note': 'inside the name of an authority'}),
        ('Сәтбаев даңғылында', 0, 'facility', 'Satbayev Avenue (Atyrau)', ATR, {'subkind': 'street', 'note': 'avenue named after a person, not the town of Satpayev'}),
        ('Махамбет ауданындағы', 0, 'district', 'Makhambet District', ATR, {'note': 'NI:arrest at a relative\'s house'}),
        ('Құлсары қаласының', 0, 'city', 'Kulsary', ATR, {'note': "NI:suspect's residence"}),
     ],
     inc={ATR: (1, 'driver shot and wounded a traffic police inspector on Satbayev Avenue in Atyrau')}),

dict(id='p018', date='2026-01-20', lang='kk',
     event='2026 KNB annual review: nine plots foiled in 2025 (Almaty, Shymkent, Aktobe, Kostanay; not counted); counter-terror shoot-out in Kandyagash (Aktobe Region) followed by a "yellow" threat level; a suspect stabs a police officer during a search in Abai district of Shymkent (Shymkent, not Abai Region); trials, sanctions in Atyrau and Mangystau regions; "blue" level in all regions; a Latin-script quote',
     text="""ҰҚК: өткен жылы елде тоғыз террорлық әрекеттің алдын алынды
АСТАНА, 20 қаңтар — Ұлттық қауіпсіздік комитеті 2025 жылы Қазақстанда тоғыз террорлық әрекеттің жолы кесілгенін хабарлады. Комитет өкілінің айтуынша, шабуылдар Алматы, Шымкент, Ақтөбе және Қостанай қалаларында жоспарланған. Барлығы 46 адам ұсталды, олардың 11-і Сирия мен Ауғанстандағы қарулы топтардан оралғандар. Ұсталғандардың бірнешеуі қаруды Қырғызстан арқылы әкелмек болған.

Жыл ішінде екі рет қарулы қақтығыс болды. Наурызда Ақтөбе облысының Қандыағаш қаласында терроризмге қарсы операция кезінде күдікті арнаулы жасақ қызметкерлеріне оқ атып, өзі көз жұмды. Бір қызметкер жараланды, көрші үйлердің тұрғындары үш сағат бойы далаға шықпады. Жараланған қызметкер қазір жұмысына оралды, ал операция туралы ақпарат сол күні кешке ғана жарияланды. Осыдан кейін Ақтөбе облысында терроризм қаупінің «сары» деңгейі енгізіліп, ол 40 күнге созылды.

Қазан айында Шымкенттің Абай ауданында тінту кезінде күдікті пышақпен полиция қызметкерін жаралады. Күдікті сол жерде ұсталды, жараланған полицей ауруханада ем алды.

Қостанайда ұсталған үш адам теміржол вокзалында жарылыс жасауды жоспарлады деп айыпталып отыр. Олардың ісі Қостанай облыстық сотында қаралып жатыр.

Өткен жылы соттар терроризм мен экстремизм баптары бойынша 38 адамды соттады. Олардың көбі — Түркістан облысы мен Жамбыл облысының тұрғындары. Сонымен қатар Атырау мен Маңғыстау облыстарында экстремистік материал таратқаны үшін 17 адам әкімшілік жауапқа тартылды.

Қазір елдің барлық өңірлерінде терроризм қаупінің «көк» деңгейі сақталып отыр. Комитет азаматтарды интернеттегі радикалды үгітке сақ болуға шақырды. Бұл туралы Астанада өткен брифингте айтылды. Комитет өкілі биыл Қазақстан мен Қырғызстанның арнаулы қызметтері Алматы облысының Кеген ауданында бірлескен жаттығу өткізетінін айтты. Оған екі елдің 300-ге жуық қызметкері қатысады. «Qazaqstanda terrorizmge oryn joq», — деді комитет өкілі брифинг соңында.""",
     ann=[
        ('АСТАНА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Қазақстанда', 0, 'country', 'Kazakhstan', N),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:planned attack (foiled); in a list sharing "қалаларында"'}),
        ('Шымкент', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:planned attack (foiled)'}),
        ('Ақтөбе', 0, 'city', 'Aktobe', AR, {'note': 'NI:planned attack (foiled); the city in a list sharing "қалаларында"'}),
        ('Қостанай', 0, 'city', 'Kostanay', KOR, {'note': 'NI:planned attack (foiled)'}),
        ('Сирия', 0, 'foreign', 'Syria', N),
        ('Ауғанстандағы', 0, 'foreign', 'Afghanistan', N),
        ('Қырғызстан', 0, 'foreign', 'Kyrgyzstan', N, {'note': 'NI:weapons route'}),
        ('Ақтөбе облысының', 0, 'region', AR, AR),
        ('Қандыағаш қаласында', 0, 'city', 'Kandyagash', AR, {'note': 'shoot-out during a counter-terrorist operation (March)'}),
        ('Ақтөбе облысында', 0, 'region', AR, AR, {'note': 'NI:threat level introduced (a measure)'}),
        ('Шымкенттің', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'genitive'}),
        ('Абай ауданында', 0, 'district', 'Abai District (Shymkent)', 'Shymkent', {'subkind': 'city district', 'note': 'police officer stabbed during a search (October); not Abai Region'}),
        ('Қостанайда', 0, 'city', 'Kostanay', KOR, {'note': 'NI:detentions over a plot'}),
        ('Қостанай', 1, 'region', KOR, KOR, {'note': 'NI:inside the name of a court (облыстық сот)'}),
        ('Түркістан облысы', 0, 'region', TR, TR, {'note': "NI:convicts' residence"}),
        ('Жамбыл облысының', 0, 'region', JR, JR, {'note': "NI:convicts' residence"}),
        ('Атырау', 0, 'region', ATR, ATR, {'note': 'NI:administrative sanctions; in a list sharing "облыстарында"'}),
        ('Маңғыстау', 0, 'region', MR, MR, {'note': 'NI:administrative sanctions; in a list sharing "облыстарында"'}),
        ('барлық өңірлерінде', 0, 'quantified', 'all regions', N, {'count': None, 'unit': 'region', 'quantifier': 'all', 'note': 'threat level; not about incidents'}),
        ('Астанада', 0, 'city', 'Astana', 'Astana', {'note': 'NI:briefing'}),
        ('Қазақстан', 0, 'country', 'Kazakhstan', N),
        ('Қырғызстанның', 0, 'foreign', 'Kyrgyzstan', N),
        ('Алматы облысының', 0, 'region', ALR, ALR, {'note': 'NI:planned joint exercise'}),
        ('Кеген ауданында', 0, 'district', 'Kegen District', ALR, {'note': 'NI:planned joint exercise'}),
        ('Qazaqstanda', 0, 'country', 'Kazakhstan', N, {'note': 'Kazakh Latin alphabet'}),
     ],
     inc={AR: (1, 'counter-terrorist operation in Kandyagash in March: the suspect fired at special forces, one officer wounded, suspect killed; the threat level is a measure'),
          'Shymkent': (1, 'suspect stabbed a police officer during a search in Abai district of Shymkent in October; the foiled plots are not incidents')}),

dict(id='p019', date='2017-04-10', lang='kk',
     event='2017 mass brawl between the youths of Turbat and Sharbulak on a football pitch in Turbat (Kazygurt district, South Kazakhstan Region before the 2018 split), seven hurt, two cars burnt; hospital in Shymkent',
     text="""Қазығұрт ауданында екі ауыл жастары төбелесті: 20 адам ұсталды
ШЫМКЕНТ, 10 сәуір — Оңтүстік Қазақстан облысының Қазығұрт ауданында Тұрбат және Шарбұлақ ауылдарының жастары арасында жаппай төбелес болды, деп хабарлады облыстық полиция департаменті. Сенбі күні кешке Тұрбат ауылындағы футбол алаңында басталған төбелеске 100-ге жуық адам қатысқан.
Жеті адам жарақат алып, оның екеуі Шымкенттегі ауруханаға жеткізілді. Төбелес кезінде екі көлік өртелді. Полиция 20 адамды ұстады.
Аудан әкімі екі ауылдың ақсақалдарын жинап, татуласуға шақырды. Өзбекстанмен шекаралас ауданда мұндай төбелес соңғы екі жылда үшінші рет болып отыр. Полиция тәртіп бұзғандардың бәрі заң алдында жауап беретінін ескертті.""",
     ann=[
        ('Қазығұрт ауданында', 0, 'district', 'Kazygurt District', SKR, {'note': 'headline; South Kazakhstan Region before 2018-06-19'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', SKR, {'note': 'dateline'}),
        ('Оңтүстік Қазақстан облысының', 0, 'region', SKR, SKR),
        ('Қазығұрт ауданында', 1, 'district', 'Kazygurt District', SKR),
        ('Тұрбат', 0, 'village', 'Turbat', SKR, {'note': 'in a list sharing "ауылдарының"'}),
        ('Шарбұлақ', 0, 'village', 'Sharbulak', SKR, {'note': 'in a list sharing "ауылдарының"'}),
        ('Тұрбат ауылындағы', 0, 'village', 'Turbat', SKR, {'note': 'brawl on the football pitch'}),
        ('Шымкенттегі', 0, 'city', 'Shymkent', SKR, {'note': 'NI:hospital'}),
        ('Өзбекстанмен', 0, 'foreign', 'Uzbekistan', N),
     ],
     inc={SKR: (1, 'mass brawl between the youths of two villages on the football pitch in Turbat, seven hurt, two cars burnt (one event); earlier brawls only alluded to')}),

dict(id='p020', date='2008-12-09', lang='kk',
     event='2008 man holds his former wife and five-year-old son hostage in a flat on Toraigyrov Street in Ekibastuz (Pavlodar Region), surrenders after six hours; negotiators from Pavlodar; the man had come back from Omsk Oblast',
     text="""Екібастұзда кепілге алынған бала аман-есен босатылды
ЕКІБАСТҰЗ, 9 желтоқсан — Екібастұз қаласында пәтерге кіріп алып, бұрынғы әйелі мен бес жасар ұлын кепілге алған ер адам алты сағаттық келіссөзден кейін берілді, деп хабарлады Павлодар облысы ішкі істер департаменті.
Оқиға дүйсенбі күні кешке Торайғыров көшесіндегі көпқабатты үйде болған. Ер адам газ баллонын жарамын деп қорқытып, полиция көршілерді үйден шығаруға мәжбүр болды. Келіссөзге Павлодардан психолог пен арнаулы жасақ шақырылды.
Кепілге алынғандар зардап шеккен жоқ. Ұсталған 36 жастағы ер адам Ресейдің Омбы облысынан екі ай бұрын оралған. Оған кепілге алу бабы бойынша айып тағылды.""",
     ann=[
        ('Екібастұзда', 0, 'city', 'Ekibastuz', PR, {'note': 'headline'}),
        ('ЕКІБАСТҰЗ', 0, 'city', 'Ekibastuz', PR, {'note': 'dateline'}),
        ('Екібастұз қаласында', 0, 'city', 'Ekibastuz', PR, {'note': 'hostage taking in a flat'}),
        ('Павлодар облысы', 0, 'region', PR, PR, {'note': 'inside the name of an authority'}),
        ('Торайғыров көшесіндегі', 0, 'facility', 'Toraigyrov Street (Ekibastuz)', PR, {'subkind': 'street', 'note': 'street named after a person'}),
        ('Павлодардан', 0, 'city', 'Pavlodar', PR, {'note': 'NI:origin of the negotiators'}),
        ('Ресейдің', 0, 'foreign', 'Russia', N),
        ('Омбы облысынан', 0, 'foreign', 'Omsk Oblast (Russia)', N, {'note': 'NI:where the man had been'}),
     ],
     inc={PR: (1, 'woman and child held hostage in a flat on Toraigyrov Street in Ekibastuz')}),

dict(id='p021', date='2015-10-27', lang='kk',
     event='2015 Mangystau: unknown men fire at a police car in the 14th microdistrict of Aktau, one officer wounded; background: mass brawl between shift workers and local youths in Zhetybai (Karakiya district), 23 hurt, three days earlier, and a robbery in Beineu a month earlier; commission, compensation; tension in several districts (not counted)',
     text="""Маңғыстауда бір аптада екі оқиға: полицейлерге оқ атылды, Жетібайда жаппай төбелес болды
АҚТАУ, 27 қазан — Ақтау қаласының 14-шағын ауданында жексенбі түні белгісіз адамдар патрульдік полиция көлігіне мылтықтан оқ атты, деп хабарлады Маңғыстау облысы полиция департаменті. Көлікте отырған екі полицейдің бірі иығынан жараланды. Шабуыл жасағандар қашып кетті, оларды іздеу жалғасып жатыр. Облыс аумағында «Қасқыр» жедел-іздестіру жоспары енгізілді.

Бұдан үш күн бұрын Қарақия ауданындағы Жетібай ауылында мұнай сервистік компаниясының вахталық жұмысшылары мен жергілікті жастар арасында жаппай төбелес болған еді. Оған 150-ге жуық адам қатысып, 23 адам жарақат алды. Жаралылардың бірнешеуі Жаңаөзендегі ауруханаға жеткізілді. Полиция 30 адамды ұстады. Ұсталғандардың сегізіне әкімшілік қамауға алу жазасы тағайындалды, қалғандары айыппұл төледі.

Жетібай тұрғыны Ержанның айтуынша, ауылда жұмыссыз жастар көп, ал компаниялар вахтамен келген жұмысшыларды алады. «Біз де мұнайшы болғымыз келеді, бірақ бізді алмайды», — деді ол. Кешкі уақытта ауылдағы полиция патрульдері күшейтілді.

Облыс әкімі Жетібайға барып, тұрғындармен кездесті. Ол төбелеске жұмысқа алуға байланысты наразылық себеп болғанын айтып, арнайы комиссия құрылатынын мәлімдеді. Комиссия құрамына Астанадан келетін Ішкі істер министрлігі мен Еңбек министрлігінің өкілдері енеді. Әкім зардап шеккендердің отбасыларына өтемақы төленетінін де жеткізді.

Ақтаудағы шабуыл бойынша облыс прокуратурасы полиция қызметкерінің өміріне қастандық жасау бабы бойынша қылмыстық іс қозғады. Тергеушілер оқиғаны бір ай бұрын Бейнеу ауданында болған тонау ісімен байланыстырып отыр. Ол кезде Бейнеу кентінде қарулы адамдар дүкен күзетшісін ұрып-соғып, кассаны тонап кеткен.

Маңғыстау облысының бірнеше ауданында вахталық жұмысшылар мен жергілікті тұрғындар арасындағы шиеленіс бұрыннан бар. Жергілікті белсенділер жұмысқа алу кезінде Атырау, Ақтөбе облыстарынан және Өзбекстаннан келгендерге басымдық беріледі деп шағымданады.""",
     ann=[
        ('Маңғыстауда', 0, 'region', MR, MR, {'note': 'headline; bare name of the region'}),
        ('Жетібайда', 0, 'village', 'Zhetybai', MR, {'note': 'headline'}),
        ('АҚТАУ', 0, 'city', 'Aktau', MR, {'note': 'dateline'}),
        ('Ақтау қаласының', 0, 'city', 'Aktau', MR, {'note': 'shots fired at a police car'}),
        ('14-шағын ауданында', 0, 'district', 'Microdistrict 14 (Aktau)', MR, {'subkind': 'microdistrict', 'note': 'numbered microdistrict of Aktau'}),
        ('Маңғыстау облысы', 0, 'region', MR, MR, {'note': 'inside the name of an authority'}),
        ('Қарақия ауданындағы', 0, 'district', 'Karakiya District', MR),
        ('Жетібай ауылында', 0, 'village', 'Zhetybai', MR, {'note': 'mass brawl three days earlier'}),
        ('Жетібай', 1, 'village', 'Zhetybai', MR, {'note': "NI:a resident's account; occurrence 0 is inside 'Жетібай ауылында'"}),
        ('Жаңаөзендегі', 0, 'city', 'Zhanaozen', MR, {'note': 'NI:hospital'}),
        ('Жетібайға', 0, 'village', 'Zhetybai', MR, {'note': "NI:the akim's visit"}),
        ('Астанадан', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of commission members'}),
        ('Ақтаудағы', 0, 'city', 'Aktau', MR, {'note': 'the same attack'}),
        ('Бейнеу ауданында', 0, 'district', 'Beineu District', MR),
        ('Бейнеу кентінде', 0, 'village', 'Beineu', MR, {'note': 'background: armed robbery of a shop, the guard beaten (a month earlier)'}),
        ('Маңғыстау облысының бірнеше ауданында', 0, 'quantified', 'several districts', N, {'count': None, 'unit': 'district', 'note': 'standing tension, not incidents; the quantified phrase contains the region name'}),
        ('Атырау', 0, 'region', ATR, ATR, {'note': 'NI:origin of workers; in a list sharing "облыстарынан"'}),
        ('Ақтөбе', 0, 'region', AR, AR, {'note': 'NI:origin of workers; in a list sharing "облыстарынан"'}),
        ('Өзбекстаннан', 0, 'foreign', 'Uzbekistan', N, {'note': 'NI:origin of workers'}),
     ],
     inc={MR: (3, 'shots fired at a police car in the 14th microdistrict of Aktau; mass brawl in Zhetybai three days earlier; armed robbery with a guard beaten in Beineu a month earlier (background narrated)')}),

dict(id='p022', date='2023-06-14', lang='kk',
     event='2023 counter-terrorist operation with a shoot-out on the edge of the settlement of Shieli (Kyzylorda Region), suspect wounded and detained; "yellow" threat level in the region (a measure); suspect from Turkistan Region; Turkistan Region stays "blue"',
     text="""Қызылорда облысында терроризм қаупінің «сары» деңгейі енгізілді
ҚЫЗЫЛОРДА, 14 маусым — Қызылорда облысының Шиелі ауданында терроризмге қарсы операция кезінде күдікті арнаулы жасақ қызметкерлеріне оқ атып, өзі жараланып ұсталды, деп хабарлады облыстық жедел штаб. Операция Шиелі кентінің шетіндегі жеке үйде өтті, қызметкерлер арасында зардап шеккендер жоқ.
Осыған байланысты облыс аумағында 20 күнге терроризм қаупінің «сары» деңгейі жарияланды. Полиция көліктерді тексеріп, адам көп жиналатын орындарда күзетті күшейтеді.
Ұсталған 24 жастағы жігіт Түркістан облысының тұрғыны. Ол бұрын Сириядағы қарулы топқа қосылмақ болып, Түркия арқылы өтпек болған кезде ұсталып, шартты түрде сотталған екен. Көрші Түркістан облысында қауіп деңгейі «көк» күйінде қалды.""",
     ann=[
        ('Қызылорда облысында', 0, 'region', KZR, KZR, {'note': 'headline; threat level introduced'}),
        ('ҚЫЗЫЛОРДА', 0, 'city', 'Kyzylorda', KZR, {'note': 'dateline'}),
        ('Қызылорда облысының', 0, 'region', KZR, KZR),
        ('Шиелі ауданында', 0, 'district', 'Shieli District', KZR),
        ('Шиелі кентінің', 0, 'village', 'Shieli', KZR, {'note': 'shoot-out at a private house on the edge of the settlement'}),
        ('Түркістан облысының', 0, 'region', TR, TR, {'note': "NI:suspect's residence"}),
        ('Сириядағы', 0, 'foreign', 'Syria', N),
        ('Түркия', 0, 'foreign', 'Turkey', N),
        ('Түркістан облысында', 0, 'region', TR, TR, {'note': 'NI:threat level unchanged'}),
     ],
     inc={KZR: (1, 'shoot-out during a counter-terrorist operation on the edge of Shieli, suspect wounded; the threat level is a measure')}),

dict(id='p023', date='1995-08-08', lang='kk',
     event='1995 dispute over hayfields between the villages of Karaul and Arkhat in Abai district of Semipalatinsk Region (abolished 1997; East Kazakhstan Region) turns into a mass brawl, nine hurt, a haystack burnt; Abai district, not Abai Region',
     text="""Абай ауданында екі ауыл арасындағы жер дауы төбелеске ұласты
СЕМЕЙ, 8 тамыз — Семей облысының Абай ауданында Қарауыл мен Архат ауылдарының тұрғындары арасындағы шабындық дауы жаппай төбелеске ұласты, деп хабарлады облыстық ішкі істер басқармасы. Жексенбі күні шабындықта басталған төбелеске 60-қа жуық адам қатысып, тоғыз адам жарақат алды. Бір шөп маясы өртелді.
Семейден келген полиция қызметкерлері тәртіп орнатты. Жаралылар Семей қаласындағы ауруханаға жеткізілді. Облыс әкімі аудандық әкімшілікке жер дауын бір ай ішінде шешуді тапсырды. Аудан орталығы Қарауылда өткен жиналыста екі ауылдың ақсақалдары бітімге келуге уәде берді.
Ауыл тұрғындарының айтуынша, шабындыққа талас кеңшар таратылғаннан бері жалғасып келеді.""",
     ann=[
        ('Абай ауданында', 0, 'district', 'Abai District (East Kazakhstan)', EKR, {'note': 'headline; district of the former Semipalatinsk Region, not Abai Region (created 2022)'}),
        ('СЕМЕЙ', 0, 'city', 'Semey', EKR, {'note': 'dateline; Semipalatinsk in 1995'}),
        ('Семей облысының', 0, 'region', EKR, EKR, {'uncertain': True, 'note': 'Semipalatinsk Region, abolished in 1997 and merged into East Kazakhstan Region (its land is Abai Region since 2022); labelled with the unit that took its land'}),
        ('Абай ауданында', 1, 'district', 'Abai District (East Kazakhstan)', EKR),
        ('Қарауыл', 0, 'village', 'Karaul', EKR, {'note': 'in a list sharing "ауылдарының"'}),
        ('Архат', 0, 'village', 'Arkhat', EKR, {'note': 'in a list sharing "ауылдарының"'}),
        ('Қарауылда', 0, 'village', 'Karaul', EKR, {'note': 'NI:meeting of elders; centre of Abai district'}),
        ('Семейден', 0, 'city', 'Semey', EKR, {'note': 'NI:origin of the police'}),
        ('Семей қаласындағы', 0, 'city', 'Semey', EKR, {'note': 'NI:hospital'}),
     ],
     inc={EKR: (1, 'mass brawl over hayfields between Karaul and Arkhat, Abai district, nine hurt, a haystack burnt (one event)')}),

dict(id='p024', date='2023-11-21', lang='kk',
     event='2023 hostage taking in a bank in Al-Farabi district of Shymkent (Shymkent), Tauke Khan Avenue closed; brawl over irrigation water between border villagers near the border in Keles district (Turkistan Region), five hurt; Abai village (Keles district) and Keles in Uzbekistan\'s Tashkent Region as traps; compensation and a border commission in Tashkent; a Latin-script post',
     text="""Шымкентте банкте кепілге алынған үш адам босатылды, Келес ауданында шекара маңында төбелес болды
ШЫМКЕНТ, 21 қараша — Шымкент қаласының Әл-Фараби ауданындағы банк бөлімшесіне кірген ер адам үш қызметкерді кепілге алды, деп хабарлады Шымкент қаласы полиция департаменті. Ол сөмкесінде жарылғыш құрылғы бар деп қорқытып, 20 млн теңге талап еткен. Үш сағаттық келіссөзден кейін арнаулы жасақ қызметкерлері ғимаратқа кіріп, оны ұстады. Құрылғы муляж болып шықты, кепілдегілер аман. Кепілге алынғандардың бірі — жүкті әйел, ол ауруханада тексеруден өтті. Полиция оқиға орнына жиналған тұрғындарды тарқатты, банк бөлімшесі келесі күні жұмысын қайта бастады. Ұсталған 45 жастағы ер адам бұрын сотталған, ол несие қарызы үшін банкке өшіккен.

Әлеуметтік желіде тараған видеоға «Shymkenttegi bankta kepil alyndy, Tauke han dańǵyly jabyq» деген жазу ілінген. Полиция Тәуке хан даңғылының бір бөлігін екі сағатқа жапқанын растады.

Сол күні Түркістан облысының Келес ауданында Қазақстан–Өзбекстан шекарасы маңында екі елдің шекаралас ауылдарының тұрғындары арасында төбелес болды. Аудан орталығы Абай ауылынан 15 шақырым жердегі, аудан аумағындағы ортақ арықтың басында басталған жанжалға 40-қа жуық адам қатысты, бес адам жарақат алды. Себеп — суармалы судың кезегі. Өзбекстан жағындағы тұрғындар Ташкент облысына қарасты Келес қалашығынан келген.

Келес ауданының әкімі ауыл ақсақалдарымен кездесіп, арық басына полиция бекетін қоюды ұсынды. Суды кезекпен алу кестесін екі жақтың тұрғындары бірге жасап, оны аудан әкімдіктері бекітуі тиіс. Облыс әкімдігі зардап шеккендерге өтемақы төлейтінін айтты. Қазақстан мен Өзбекстанның шекара мәселелері жөніндегі бірлескен комиссиясы желтоқсанда Ташкентте жиналып, ортақ арықтардағы су бөлу тәртібін қарайды. Сыртқы істер министрлігі Астанада өткен брифингте екі ел арасындағы шекара толық демаркацияланғанын, ал су дауын жергілікті деңгейде шешу керектігін айтты.""",
     ann=[
        ('Шымкентте', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'headline'}),
        ('Келес ауданында', 0, 'district', 'Keles District', TR, {'note': 'headline'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'dateline'}),
        ('Шымкент қаласының', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'hostage taking in a bank'}),
        ('Әл-Фараби ауданындағы', 0, 'district', 'Al-Farabi District (Shymkent)', 'Shymkent', {'subkind': 'city district'}),
        ('Шымкент қаласы', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'inside the name of an authority (city police department)'}),
        ('Shymkenttegi', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'Kazakh Latin alphabet in a social-media caption'}),
        ('Tauke han dańǵyly', 0, 'facility', 'Tauke Khan Avenue (Shymkent)', 'Shymkent', {'subkind': 'street', 'note': 'NI:avenue closed (a measure); Kazakh Latin alphabet'}),
        ('Тәуке хан даңғылының', 0, 'facility', 'Tauke Khan Avenue (Shymkent)', 'Shymkent', {'subkind': 'street', 'note': 'NI:avenue closed (a measure); named after a person'}),
        ('Түркістан облысының', 0, 'region', TR, TR),
        ('Келес ауданында', 1, 'district', 'Keles District', TR, {'note': 'brawl at a shared ditch in the district'}),
        ('Қазақстан', 0, 'country', 'Kazakhstan', N, {'note': 'in "Қазақстан–Өзбекстан шекарасы"'}),
        ('Өзбекстан', 0, 'foreign', 'Uzbekistan', N),
        ('Абай ауылынан', 0, 'village', 'Abai (Keles District)', TR, {'note': 'NI:reference point; centre of Keles district, not Abai Region'}),
        ('Өзбекстан', 1, 'foreign', 'Uzbekistan', N),
        ('Ташкент облысына', 0, 'foreign', 'Tashkent Region (Uzbekistan)', N),
        ('Келес қалашығынан', 0, 'foreign', 'Keles (Uzbekistan)', N, {'note': "NI:Uzbek villagers' origin; a town in Uzbekistan with the same name as the Kazakh district"}),
        ('Келес ауданының', 0, 'district', 'Keles District', TR, {'note': 'NI:inside an official post (akim)'}),
        ('Қазақстан', 1, 'country', 'Kazakhstan', N),
        ('Өзбекстанның', 0, 'foreign', 'Uzbekistan', N),
        ('Ташкентте', 0, 'foreign', 'Tashkent', N, {'note': 'NI:venue of the commission'}),
        ('Астанада', 0, 'city', 'Astana', 'Astana', {'note': 'NI:briefing'}),
     ],
     inc={'Shymkent': (1, 'three bank employees held hostage in Al-Farabi district of Shymkent'),
          TR: (1, 'brawl over irrigation water between border villagers at a ditch in Keles district, five hurt')}),
]
