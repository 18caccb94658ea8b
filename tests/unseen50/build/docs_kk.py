"""Kazakh texts of the fiftieth unseen check corpus (Cyrillic; p021 and p024 quote a
sentence in Russian)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p017', date='2017-01-12', lang='kk',
     event='2017 gas explosion in a flat in the Zhailau microdistrict of Taraz, two hurt, and the roof of an old boiler house collapses under snow in Tole Bi village, Shu district (Jambyl Region); gas pressure blamed on pipeline repairs in Kyrgyzstan',
     text="""Таразда көпқабатты үйде газ жарылды: екі адам зардап шекті
ТАРАЗ, 12 қаңтар. ҚазАқпарат – Тараз қаласының «Жайлау» шағынауданындағы бес қабатты тұрғын үйдің үшінші қабатындағы пәтерде газ жарылды. Жарылыстан пәтердің терезелері мен есігі ұшып кетті, екі тұрғын күйік алды, деп хабарлады Жамбыл облысының төтенше жағдайлар департаменті. Кіреберістегі 20 тұрғын уақытша көшірілді.
Сол күні Шу ауданының Төле би ауылында ескі қазандықтың шатыры қардың салмағынан құлады. Адам шығыны жоқ, бірақ ауылдағы мектеп пен аурухана жылусыз қалды. Аудан әкімдігі ауылға жылжымалы қазандық жеткізетінін айтты.
Газ мамандарының айтуынша, соңғы аптада облыстағы газ қысымының төмендеуі Қырғызстан аумағы арқылы өтетін магистральдық құбырдағы жөндеумен байланысты.""",
     ann=[
        ('Таразда', 0, 'city', 'Taraz', JR, {'note': 'headline'}),
        ('ТАРАЗ', 0, 'city', 'Taraz', JR, {'note': 'dateline'}),
        ('Тараз қаласының', 0, 'city', 'Taraz', JR),
        ('Жайлау', 0, 'district', 'Zhailau (Taraz)', JR, {'subkind': 'microdistrict', 'note': 'name in quotation marks'}),
        ('Жамбыл облысының', 0, 'region', JR, JR, {'note': 'inside the name of an authority'}),
        ('Шу ауданының', 0, 'district', 'Shu District', JR),
        ('Төле би ауылында', 0, 'village', 'Tole Bi (Shu district)', JR, {'note': 'village named after a person'}),
        ('Қырғызстан', 0, 'foreign', 'Kyrgyzstan', N, {'note': 'NI:pipeline repairs'}),
     ],
     inc={JR: (2, 'gas explosion in a flat in Zhailau, Taraz, two hurt; boiler house roof collapse under snow in Tole Bi')}),

dict(id='p018', date='2024-12-17', lang='kk',
     event='2024 first hard frost: boiler house fire in the Koktem microdistrict of Taldykorgan and a roof collapse under snow in Tekeli (Jetisu Region); heating main burst in the 4th microdistrict of Konaev, the former Kapchagay, seat of Almaty Region, and carbon monoxide poisoning in Esik (Almaty Region); residents of a new housing estate protest at the Nauryzbay district akimat in Almaty (Almaty); power lines down in several districts of Jetisu Region, coal prices in Zharkent and a rescue in Talgar district (not counted); the Dzungarian Alatau (Жетісу Алатауы) is a mountain range, not the region',
     text="""Алғашқы қатты аяз: Талдықорғанда қазандық өртенді, Қонаевта жылу магистралі жарылды
ТАЛДЫҚОРҒАН, 17 желтоқсан. Kazinform – Жетісу және Алматы облыстарында түнгі аяз минус 28 градусқа жеткен тәулікте коммуналдық желілерде бірнеше апат тіркелді.

Талдықорғанда дүйсенбі түні «Көктем» шағынауданындағы қазандықта өрт шықты. Өрт сөндірушілер жалынды бір сағатта сөндірді, бірақ 26 көпқабатты үй жылусыз қалды, деп хабарлады Жетісу облысының төтенше жағдайлар департаменті. Текелі қаласында қалың қардың салмағынан ескі мәдениет үйінің шатыры құлады, адам зардап шеккен жоқ. Қала әкімдігінің айтуынша, ғимарат бірнеше жылдан бері пайдаланылмай тұрған. Облыстың бірнеше ауданында электр желілері үзіліп, кейбір ауылдар түнімен жарықсыз қалды.

Алматы облысының орталығы Қонаевта (бұрынғы Қапшағай) сейсенбі таңертең 4-шағынауданда жылу магистралі жарылды. Ыстық су екі көшені басып, көлік қозғалысы бірнеше сағатқа тоқтатылды. Жөндеу жұмыстарына Алматыдан арнайы техника әкелінді, жылу кешке қарай берілді. Есік қаласында жеке үйде бір отбасының үш мүшесі иіс газынан уланып, ауруханаға жеткізілді; дәрігерлердің айтуынша, олардың жағдайы тұрақты.

Жаркент қаласында жылу беру маусымы қалыпты өтіп жатыр, бірақ жеке үйлердің тұрғындары көмір бағасының қымбаттағанына шағымданады: бір тонна көмір 45 мың теңгеге жеткен. Алматы облысының Талғар ауданында құтқарушылар қар басқан тау жолынан 12 көлікті шығарып алды.

Алматыда Наурызбай ауданындағы жаңа тұрғын үй кешенінің 100-ге жуық тұрғыны аудан әкімдігінің алдына жиналып, пәтерлері суық екенін айтты. «Үйде 14 градус, балалар ауырып жатыр», – деді тұрғындардың бірі. Әкімдік құрылыс компаниясына жылу жүйесін бір апта ішінде жөндеуді тапсырды, ал оған дейін пәтерлерге уақытша электр жылытқыштар таратылады.

Синоптиктер аяз демалыс күндеріне дейін сақталатынын ескертті. Олардың болжамынша, Қытайдан келетін салқын ауа массасы Жетісу Алатауы бөктерінде қалың қар әкелуі мүмкін.""",
     ann=[
        ('Талдықорғанда', 0, 'city', 'Taldykorgan', JTR, {'note': 'headline; Jetisu Region since 2022-06-08'}),
        ('Қонаевта', 0, 'city', 'Konaev', ALR, {'note': 'headline'}),
        ('ТАЛДЫҚОРҒАН', 0, 'city', 'Taldykorgan', JTR, {'note': 'dateline'}),
        ('Жетісу', 0, 'region', JTR, JTR, {'note': 'in a list sharing "облыстарында"'}),
        ('Алматы', 0, 'region', ALR, ALR, {'note': 'in a list sharing "облыстарында"'}),
        ('Талдықорғанда', 1, 'city', 'Taldykorgan', JTR),
        ('Көктем', 0, 'district', 'Koktem (Taldykorgan)', JTR, {'subkind': 'microdistrict', 'note': 'name in quotation marks'}),
        ('Жетісу облысының', 0, 'region', JTR, JTR, {'note': 'inside the name of an authority'}),
        ('Текелі қаласында', 0, 'city', 'Tekeli', JTR),
        ('Облыстың бірнеше ауданында', 0, 'quantified', 'several districts', N, {'count': N, 'unit': 'district', 'note': 'power lines down, not an incident'}),
        ('Алматы облысының', 0, 'region', ALR, ALR),
        ('Қонаевта', 1, 'city', 'Konaev', ALR),
        ('Қапшағай', 0, 'city', 'Konaev', ALR, {'note': 'former name of Konaev, in brackets'}),
        ('4-шағынауданда', 0, 'district', '4th microdistrict (Konaev)', ALR, {'subkind': 'microdistrict'}),
        ('Алматыдан', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of repair machinery'}),
        ('Есік қаласында', 0, 'city', 'Esik', ALR),
        ('Жаркент қаласында', 0, 'city', 'Zharkent', JTR, {'note': 'NI:heating season normal; complaints about coal prices'}),
        ('Алматы облысының', 1, 'region', ALR, ALR, {'note': 'NI:rescue of stranded cars'}),
        ('Талғар ауданында', 0, 'district', 'Talgar District', ALR, {'note': 'NI:rescue of stranded cars, not an incident'}),
        ('Алматыда', 0, 'city', 'Almaty', 'Almaty'),
        ('Наурызбай ауданындағы', 0, 'district', 'Nauryzbay District (Almaty)', 'Almaty', {'subkind': 'city district'}),
        ('Қытайдан', 0, 'foreign', 'China', N, {'note': 'NI:origin of the cold air'}),
        ('Жетісу Алатауы', 0, 'facility', 'Dzungarian Alatau', N, {'subkind': 'mountain range', 'note': 'NI:forecast; the mountain range, not Jetisu Region'}),
     ],
     inc={JTR: (2, 'boiler house fire in Koktem, Taldykorgan; roof collapse of the old house of culture in Tekeli (power lines down in several districts not counted)'),
          ALR: (2, 'heating main burst in the 4th microdistrict of Konaev; carbon monoxide poisoning of three in Esik'),
          'Almaty': (1, 'residents\' protest at the Nauryzbay district akimat over cold flats')}),

dict(id='p019', date='1998-02-17', lang='kk',
     event='1998 boiler pipe burst stops two boilers at CHP-2 in Akmola, the new capital (Astana), and residents of Stepnogorsk gather at the town akimat over cold flats (Akmola Region); repair crews from Karaganda and Ekibastuz; Akmola the city vs Akmola Region',
     text="""Ақмолада ЖЭО-2-де апат: жүздеген үй жылусыз қалды
АҚМОЛА, 17 ақпан. ҚазТАГ – Ақмола қаласындағы ЖЭО-2-де жексенбі түні қазан құбыры жарылып, станцияның екі қазаны тоқтады. Соның салдарынан оң жағалаудағы 300-ге жуық көпқабатты үй жылусыз қалды, деп хабарлады қалалық әкімдік. Сыртта аяз минус 35 градус. Жөндеушілер Қарағанды мен Екібастұздан шақырылды, жұмыс тәулік бойы жүріп жатыр.
Сол күні Ақмола облысының Степногорск қаласында жүзге жуық тұрғын қалалық әкімдік алдына жиналып, үш аптадан бері пәтерлерінің суық екеніне шағымданды. Облыс әкімі Степногорскке арнайы комиссия жіберетінін мәлімдеді.
Ақмола өткен жылдың 10 желтоқсанынан бері ел астанасы. Қаладағы жылу желілерінің жартысынан көбі 1970 жылдары салынған.""",
     ann=[
        ('Ақмолада', 0, 'city', 'Astana', 'Astana', {'note': 'headline; the city of Akmola, capital since 1997-12-10, renamed Astana on 1998-05-06'}),
        ('ЖЭО-2-де', 0, 'facility', 'Astana CHP-2', 'Astana', {'subkind': 'power plant', 'note': 'headline'}),
        ('АҚМОЛА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline; the city, not Akmola Region'}),
        ('Ақмола қаласындағы', 0, 'city', 'Astana', 'Astana'),
        ('ЖЭО-2-де', 1, 'facility', 'Astana CHP-2', 'Astana', {'subkind': 'power plant'}),
        ('Қарағанды', 0, 'city', 'Karaganda', KR, {'note': 'NI:origin of repair crews'}),
        ('Екібастұздан', 0, 'city', 'Ekibastuz', PR, {'note': 'NI:origin of repair crews'}),
        ('Ақмола облысының', 0, 'region', AKR, AKR, {'note': 'the region, not the city of Akmola'}),
        ('Степногорск қаласында', 0, 'city', 'Stepnogorsk', AKR),
        ('Степногорскке', 0, 'city', 'Stepnogorsk', AKR, {'note': 'NI:destination of a commission'}),
        ('Ақмола', 2, 'city', 'Astana', 'Astana', {'note': 'NI:background (capital since December 1997); the common noun "астанасы" is not annotated'}),
     ],
     inc={'Astana': (1, 'boiler pipe burst at CHP-2 in Akmola, two boilers stopped'),
          AKR: (1, 'residents\' protest at the Stepnogorsk akimat over cold flats')}),

dict(id='p020', date='2011-01-25', lang='kk',
     event='2011 water main burst in the Batys-2 microdistrict of Aktobe and a sports complex roof collapse under snow in Khromtau (Aktobe Region); Orsk in Russia as a reference point',
     text="""Ақтөбеде су құбыры жарылды, Хромтауда шатыр құлады
АҚТӨБЕ, 25 қаңтар. Tengrinews – Ақтөбе қаласының Батыс-2 шағынауданында дүйсенбі түні диаметрі 500 миллиметрлік су құбыры жарылды. Су екі көшені басып, таңертең мұзға айналды, 40-қа жуық көпқабатты үй сусыз қалды. Қалалық су арнасы кәсіпорнының мамандары құбырды сейсенбі кешке дейін жөндеуге уәде берді.
Хромтау қаласында қардың салмағынан спорт кешенінің шатыры құлады. Оқиға түнде болғандықтан, адам зардап шеккен жоқ, деп хабарлады Ақтөбе облысының төтенше жағдайлар департаменті. Ресейдің Орск қаласынан 90 шақырым жердегі кен қаласында соңғы аптада 60 сантиметрге дейін қар жауған.""",
     ann=[
        ('Ақтөбеде', 0, 'city', 'Aktobe', AR, {'note': 'headline'}),
        ('Хромтауда', 0, 'city', 'Khromtau', AR, {'note': 'headline'}),
        ('АҚТӨБЕ', 0, 'city', 'Aktobe', AR, {'note': 'dateline'}),
        ('Ақтөбе қаласының', 0, 'city', 'Aktobe', AR),
        ('Батыс-2 шағынауданында', 0, 'district', 'Batys-2 (Aktobe)', AR, {'subkind': 'microdistrict', 'note': '"Batys" (west) is part of the name'}),
        ('Хромтау қаласында', 0, 'city', 'Khromtau', AR),
        ('Ақтөбе облысының', 0, 'region', AR, AR, {'note': 'inside the name of an authority'}),
        ('Ресейдің', 0, 'foreign', 'Russia', N),
        ('Орск қаласынан', 0, 'foreign', 'Orsk', N, {'note': 'NI:reference point'}),
     ],
     inc={AR: (2, 'water main burst in Batys-2, Aktobe; sports complex roof collapse under snow in Khromtau')}),

dict(id='p021', date='2026-01-21', lang='kk',
     event='2026 frost of minus 45 in the east: heating main burst under Abai Avenue in Semey and carbon monoxide deaths in Ayagoz (Abai Region); residents\' protest over cold flats in the Shygys microdistrict of Oskemen with a Russian quote "в Усть-Каменогорске" (East Kazakhstan Region); fuel conveyor fire at a boiler house in Ekibastuz (Pavlodar Region); Ridder CHP and Ekibastuz GRES-1 working normally; a post in the Kazakh Latin alphabet of 2018 (Semeıde); a new boiler house in Kurchatov working; cold air from Russia\'s Altai Krai',
     text="""Шығыстағы аяз: Семейде жылу магистралі жарылды, Аягөзде иіс газынан екі адам қаза тапты
СЕМЕЙ, 21 қаңтар. ҚазАқпарат – Абай, Шығыс Қазақстан және Павлодар облыстарында түнгі аяз минус 45 градусқа жетті. Соңғы екі тәулікте үш облыста коммуналдық желілерде апаттар тіркелді, деп хабарлады Энергетика министрлігі.

Семейде сейсенбі таңертең Абай даңғылы астындағы жылу магистралі жарылып, 40-тан астам көпқабатты үй жылусыз қалды. Жөндеушілер құбырды бір түнде ауыстырып, жылу беру сәрсенбі күні қалпына келтірілді. Семей ЖЭО-1 басшылығы станцияның өзінде ақау жоқ екенін мәлімдеді.

Бір тұрғын әлеуметтік желіде латын қарпімен жазды: «Semeıde úıde 13 gradýs, balalar tońyp jatyr». Курчатов қаласында биыл күзде іске қосылған жаңа қазандық алғашқы қатты аязға төтеп беріп тұр, деп хабарлады қала әкімдігі.

Аягөз қаласында жеке үйде ерлі-зайыпты иіс газынан қаза тапты, деп хабарлады Абай облысының полиция департаменті. Полиция пеш мұржасы қарға толып, бітеліп қалған деп болжайды. Министрліктің мәліметінше, Абай облысында жылу желілерінің 68 пайызы тозған.

Шығыс Қазақстан облысының орталығы Өскеменде 100-ге жуық тұрғын «Шығыс» шағынауданындағы үйлердің суық екенін айтып, қалалық әкімдік алдына жиналды. Әлеуметтік желіде тараған видеода бір тұрғын орыс тілінде: «В Усть-Каменогорске у нас в квартире 12 градусов, дети болеют», – дейді. Қала әкімі тұрғындармен кездесіп, ескі жылу тораптарын бір апта ішінде ауыстыруға уәде берді. Риддер ЖЭО-сы қалыпты жұмыс істеп тұр.

Павлодар облысында Екібастұздағы қалалық қазандықта көмір беретін таспа өртенді. Өрт бір сағатта сөндірілді, адам зардап шеккен жоқ, тұрғындарға жылу беру тоқтамады. Екібастұз ГРЭС-1 де қалыпты режимде жұмыс істеп тұр.

Синоптиктер суық ауа Ресейдің Алтай өлкесінен келгенін, аяз аптаның соңына дейін сақталатынын айтты.""",
     ann=[
        ('Семейде', 0, 'city', 'Semey', ABR, {'note': 'headline; Abai Region since 2022-06-08'}),
        ('Аягөзде', 0, 'city', 'Ayagoz', ABR, {'note': 'headline'}),
        ('СЕМЕЙ', 0, 'city', 'Semey', ABR, {'note': 'dateline'}),
        ('Абай', 0, 'region', ABR, ABR, {'note': 'in a list sharing "облыстарында"'}),
        ('Шығыс Қазақстан', 0, 'region', EKR, EKR, {'note': 'in a list sharing "облыстарында"'}),
        ('Павлодар', 0, 'region', PR, PR, {'note': 'in a list sharing "облыстарында"'}),
        ('үш облыста', 0, 'quantified', '3 regions', N, {'count': 3, 'unit': 'region', 'note': 'the three regions named before'}),
        ('Семейде', 1, 'city', 'Semey', ABR),
        ('Абай даңғылы', 0, 'facility', 'Abai Avenue (Semey)', ABR, {'subkind': 'street', 'note': 'avenue named after the poet, not Abai Region'}),
        ('Семей ЖЭО-1', 0, 'facility', 'Semey CHP-1', ABR, {'subkind': 'power plant', 'note': 'NI:no fault at the plant'}),
        ('Semeıde', 0, 'city', 'Semey', ABR, {'note': 'Kazakh Latin alphabet of 2018 (acute accents) in a quoted post'}),
        ('Курчатов қаласында', 0, 'city', 'Kurchatov', ABR, {'note': 'NI:new boiler house working normally'}),
        ('Аягөз қаласында', 0, 'city', 'Ayagoz', ABR),
        ('Абай облысының', 0, 'region', ABR, ABR, {'note': 'inside the name of an authority'}),
        ('Абай облысында', 0, 'region', ABR, ABR, {'note': 'NI:statistic on wear of networks'}),
        ('Шығыс Қазақстан облысының', 0, 'region', EKR, EKR),
        ('Өскеменде', 0, 'city', 'Oskemen', EKR),
        ('Шығыс', 2, 'district', 'Shygys (Oskemen)', EKR, {'subkind': 'microdistrict', 'note': 'name in quotation marks; "Shygys" (east) is the name of the microdistrict'}),
        ('Усть-Каменогорске', 0, 'city', 'Oskemen', EKR, {'note': 'Russian name in a quoted Russian sentence'}),
        ('Риддер ЖЭО-сы', 0, 'facility', 'Ridder CHP', EKR, {'subkind': 'power plant', 'note': 'NI:working normally'}),
        ('Павлодар облысында', 0, 'region', PR, PR),
        ('Екібастұздағы', 0, 'city', 'Ekibastuz', PR),
        ('Екібастұз ГРЭС-1', 0, 'facility', 'Ekibastuz GRES-1', PR, {'subkind': 'power plant', 'note': 'NI:working normally'}),
        ('Ресейдің', 0, 'foreign', 'Russia', N),
        ('Алтай өлкесінен', 0, 'foreign', 'Altai Krai', N, {'note': 'NI:origin of the cold air; not the town of Altai'}),
     ],
     inc={ABR: (2, 'heating main burst under Abai Avenue in Semey; carbon monoxide deaths of a couple in Ayagoz'),
          EKR: (1, 'residents\' protest at the Oskemen akimat over cold flats in Shygys'),
          PR: (1, 'fire at the coal conveyor of a boiler house in Ekibastuz')}),

dict(id='p022', date='2008-12-09', lang='kk',
     event='2008 heating main burst on Zhumabayev Street in Petropavl and a school roof collapse under snow in Mamlyutka (Mamlyut) (North Kazakhstan Region); the Petropavl CHP-2 not at fault; cold air from Russia\'s Kurgan Oblast',
     text="""Петропавлда жылу магистралі жарылды, Мамлютта мектептің шатыры құлады
ПЕТРОПАВЛ, 9 желтоқсан. ҚазАқпарат – Петропавл қаласындағы Жұмабаев көшесінде дүйсенбі кеште жылу магистралі жарылып, 25 көпқабатты үй мен екі балабақша жылусыз қалды. Ыстық су көшені басып, бу бұлты бірнеше сағат бойы тарамады. Қалалық әкімдіктің мәліметінше, Петропавл ЖЭО-2 қалыпты жұмыс істеп тұр, апат 1968 жылы салынған құбырда болған.
Сол түні Мамлют қаласында қардың салмағынан орта мектептің спорт залының шатыры құлады. Оқушылар сабақта болмағандықтан, ешкім зардап шеккен жоқ, деп хабарлады Солтүстік Қазақстан облысының төтенше жағдайлар департаменті. Мектеп оқушылары уақытша көрші мектепке ауыстырылды.
Синоптиктердің айтуынша, суық ауа Ресейдің Қорған облысы жағынан келді.""",
     ann=[
        ('Петропавлда', 0, 'city', 'Petropavl', NKR, {'note': 'headline'}),
        ('Мамлютта', 0, 'city', 'Mamlyutka', NKR, {'note': 'headline; Kazakh name Mamlyut'}),
        ('ПЕТРОПАВЛ', 0, 'city', 'Petropavl', NKR, {'note': 'dateline'}),
        ('Петропавл қаласындағы', 0, 'city', 'Petropavl', NKR),
        ('Жұмабаев көшесінде', 0, 'facility', 'Zhumabayev Street (Petropavl)', NKR, {'subkind': 'street', 'note': 'street named after a person'}),
        ('Петропавл ЖЭО-2', 0, 'facility', 'Petropavl CHP-2', NKR, {'subkind': 'power plant', 'note': 'NI:working normally'}),
        ('Мамлют қаласында', 0, 'city', 'Mamlyutka', NKR),
        ('Солтүстік Қазақстан облысының', 0, 'region', NKR, NKR, {'note': 'inside the name of an authority'}),
        ('Ресейдің', 0, 'foreign', 'Russia', N),
        ('Қорған облысы', 0, 'foreign', 'Kurgan Oblast', N, {'note': 'NI:origin of the cold air; "қорған" is also a common noun (fortress)'}),
     ],
     inc={NKR: (2, 'heating main burst on Zhumabayev Street in Petropavl; school sports hall roof collapse under snow in Mamlyutka')}),

dict(id='p023', date='2012-02-07', lang='kk',
     event='2012 snow and frost in South Kazakhstan Region: roof of the Akzhol market collapses in Yenbekshi district of Shymkent, gas cylinder blast in a house in Saryagash, boiler house roof collapse in Zhetisai, then a town of Maktaaral district (all South Kazakhstan Region before the 2018 split); schools closed in five districts; Shymkent-Tashkent road closed and lorries waiting at the Zhibek Zholy checkpoint; power cut in Kentau, roads cleared in Tolebi and Kazygurt districts (not counted); gas from Uzbekistan; Turkestan not affected',
     text="""Оңтүстікте қалың қар: Шымкентте базардың шатыры құлады, Сарыағашта газ баллоны жарылды
ШЫМКЕНТ, 7 ақпан. ҚазТАГ – Оңтүстік Қазақстан облысында үш күнге созылған қалың қар мен аяз бірнеше апатқа әкелді. Облыстың бес ауданында мектептерде сабақ тоқтатылды, Шымкент – Ташкент тас жолы жүк көліктері үшін жабылды.

Шымкенттің Еңбекші ауданындағы «Ақжол» базарында дүйсенбі таңертең қардың салмағынан шатырдың бір бөлігі құлады. Екі саудагер жарақат алып, қалалық ауруханаға жеткізілді. Саудагерлердің айтуынша, шатырдағы қардың қалыңдығы жарты метрге жеткен, бірақ оны тазалауға ешкім шықпаған. Қалалық әкімдік базар иесіне шатырды қардан тазартпағаны үшін айыппұл салатынын айтты.

Сарыағаш қаласында жеке үйдің ас үйінде газ баллоны жарылып, үй иесі мен оның ұлы күйік алды, екеуі де аудандық ауруханада ем қабылдап жатыр. Төтенше жағдайлар департаментінің мәліметінше, отбасы үйді баллонмен жылытқан. Өзбекстаннан келетін газдың қысымы қаңтардан бері төмен болғандықтан, облыстың оңтүстігінде мұндай жағдай жиі кездеседі.

Мақтаарал ауданының Жетісай қаласында аудандық аурухананы жылытатын қазандықтың шатыры қардан опырылып түсті. Қазандық тоқтап, науқастар уақытша басқа ғимаратқа көшірілді. Аудан әкімдігі шатырды жөндеу үшін Шымкенттен құрылысшылар шақырды. Қала облыстың ең оңтүстігінде, Өзбекстан шекарасына жақын орналасқан.

Кентау қаласында қар басқан электр желісінің сымдары үзіліп, 8 мыңға жуық тұрғын түні бойы жарықсыз қалды; облыстық энергетика басқармасының мәліметінше, жарық таңертең берілді. Төле би және Қазығұрт аудандарында жолдар тазартылып жатыр, ал Ташкенттен келе жатқан 30-ға жуық жүк көлігі «Жібек жолы» өткізу бекетінде тұр.

Түркістан қаласында жылу жүйесі қалыпты жұмыс істеп тұр, деп хабарлады облыстық әкімдік. Облыстық төтенше жағдайлар департаменті тұрғындарды шатырлардағы қарды уақытында тазалауға шақырды. Синоптиктер аяз аптаның соңына дейін басылмайтынын ескертті.""",
     ann=[
        ('Шымкентте', 0, 'city', 'Shymkent', SKR, {'note': 'headline; South Kazakhstan Region before 2018-06-19'}),
        ('Сарыағашта', 0, 'city', 'Saryagash', SKR, {'note': 'headline'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', SKR, {'note': 'dateline'}),
        ('Оңтүстік Қазақстан облысында', 0, 'region', SKR, SKR),
        ('Облыстың бес ауданында', 0, 'quantified', '5 districts', N, {'count': 5, 'unit': 'district', 'note': 'school closures, not an incident'}),
        ('Шымкент', 0, 'city', 'Shymkent', SKR, {'note': 'NI:road endpoint'}),
        ('Ташкент', 0, 'foreign', 'Tashkent', N, {'note': 'NI:road endpoint'}),
        ('Шымкенттің', 0, 'city', 'Shymkent', SKR),
        ('Еңбекші ауданындағы', 0, 'district', 'Yenbekshi District (Shymkent)', SKR, {'subkind': 'city district'}),
        ('Ақжол', 0, 'facility', 'Akzhol market (Shymkent)', SKR, {'subkind': 'market', 'note': 'name in quotation marks'}),
        ('Сарыағаш қаласында', 0, 'city', 'Saryagash', SKR),
        ('Өзбекстаннан', 0, 'foreign', 'Uzbekistan', N, {'note': 'NI:gas supplier'}),
        ('Мақтаарал ауданының', 0, 'district', 'Maktaaral District', SKR, {'note': 'Zhetisai belonged to Maktaaral district until 2018'}),
        ('Жетісай қаласында', 0, 'city', 'Zhetisai', SKR, {'note': 'a town of Maktaaral district in 2012; not Jetisu'}),
        ('Өзбекстан', 0, 'foreign', 'Uzbekistan', N, {'note': 'NI:reference (border)'}),
        ('Шымкенттен', 0, 'city', 'Shymkent', SKR, {'note': 'NI:origin of builders'}),
        ('Кентау қаласында', 0, 'city', 'Kentau', SKR, {'note': 'NI:power cut, not an incident'}),
        ('Төле би', 0, 'district', 'Tolebi District', SKR, {'note': 'NI:roads being cleared; in a list sharing "аудандарында"; named after a person'}),
        ('Қазығұрт', 0, 'district', 'Kazygurt District', SKR, {'note': 'NI:roads being cleared; in a list sharing "аудандарында"'}),
        ('Ташкенттен', 0, 'foreign', 'Tashkent', N, {'note': 'NI:origin of lorries'}),
        ('Жібек жолы', 0, 'facility', 'Zhibek Zholy border checkpoint', SKR, {'subkind': 'border checkpoint', 'note': 'NI:lorries waiting; name in quotation marks; not the village of Zhibek Zholy'}),
        ('Түркістан қаласында', 0, 'city', 'Turkistan', SKR, {'note': 'NI:heating working normally'}),
     ],
     inc={SKR: (3, 'roof collapse of the Akzhol market in Yenbekshi district of Shymkent, two hurt; gas cylinder explosion in a house in Saryagash; boiler house roof collapse in Zhetisai (school closures and the closed road not counted)')}),

dict(id='p024', date='2025-02-11', lang='kk',
     event='2025 heating main burst on Eurasia Avenue in Oral and a fire in the school boiler house of Shyngyrlau village (West Kazakhstan Region); a reader\'s Russian message with "в Уральске"',
     text="""Оралда жылу магистралі жарылды, Шыңғырлауда мектеп қазандығы өртенді
ОРАЛ, 11 ақпан. Kazinform – Орал қаласындағы Еуразия даңғылында сейсенбі таңертең жылу магистралі жарылып, 30-дан астам көпқабатты үй жылусыз қалды. Апат орнына 20 жөндеуші жіберілді, жылу беруді кешке дейін қалпына келтіру жоспарланып отыр.
Оқырмандарымыздың бірі редакцияға орыс тілінде жазды: «В Уральске каждый февраль одно и то же, а трубы меняют только летом на бумаге».
Шыңғырлау ауданының орталығы Шыңғырлау ауылында мектеп қазандығында өрт шықты. Өрт сөндірушілер жалынды 40 минутта сөндірді, оқушылар эвакуацияланды, зардап шеккендер жоқ. Батыс Қазақстан облысының төтенше жағдайлар департаментінің мәліметінше, өрт ескі электр сымынан шыққан. Мектеп оқушылары екі күн қашықтан оқиды.""",
     ann=[
        ('Оралда', 0, 'city', 'Oral', WKR, {'note': 'headline'}),
        ('Шыңғырлауда', 0, 'village', 'Shyngyrlau', WKR, {'note': 'headline'}),
        ('ОРАЛ', 0, 'city', 'Oral', WKR, {'note': 'dateline'}),
        ('Орал қаласындағы', 0, 'city', 'Oral', WKR),
        ('Еуразия даңғылында', 0, 'facility', 'Eurasia Avenue (Oral)', WKR, {'subkind': 'street'}),
        ('Уральске', 0, 'city', 'Oral', WKR, {'note': "Russian name Uralsk in a reader's Russian message"}),
        ('Шыңғырлау ауданының', 0, 'district', 'Shyngyrlau District', WKR),
        ('Шыңғырлау ауылында', 0, 'village', 'Shyngyrlau', WKR, {'note': 'district centre'}),
        ('Батыс Қазақстан облысының', 0, 'region', WKR, WKR, {'note': 'inside the name of an authority'}),
     ],
     inc={WKR: (2, 'heating main burst on Eurasia Avenue in Oral; fire in the school boiler house in Shyngyrlau')}),
]
