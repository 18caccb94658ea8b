"""Kazakh texts of the twenty-ninth unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420). p020 and p023 carry a paragraph in the
Kazakh Latin alphabet of January 2021."""
N = None
JR, ALR, KYR, TR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'Turkistan Region', 'South Kazakhstan Region'
ABR, JTR, EKR, MR, KOR = 'Abai Region', 'Jetisu Region', 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR, UR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region', 'Ulytau Region'
ATR, AR, WKR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region'

DOCS = [
dict(id='p017', date='2020-02-05', lang='kk',
     event='2020 quota of 1,500 kandas families from Mongolia (Bayan-Olgii, Ulaanbaatar) for the North Kazakhstan, Pavlodar and Kostanay regions; route through the Altai Republic to Nur-Sultan (no incident)',
     text="""Биыл Моңғолиядан 1 500 қандас отбасы көшіп келеді
НҰР-СҰЛТАН. 5 ақпан. ҚазАқпарат — 2020 жылы Моңғолиядан Қазақстанға шамамен 1 500 қандас отбасы көшіп келеді деп күтілуде. Бұл туралы Еңбек және халықты әлеуметтік қорғау министрлігі хабарлады.
Қандастардың басым бөлігі Баян-Өлгий аймағынан және Ұланбатыр қаласынан келеді. Олар Ресейдің Алтай Республикасы арқылы автобуспен жүреді немесе ұшақпен Нұр-Сұлтанға жетеді.
Өңірлік квота бойынша қандастар Солтүстік Қазақстан, Павлодар және Қостанай облыстарына қоныстандырылады. Әр отбасына көшуге және баспана жалдауға жәрдемақы төленеді.
«Біз Өлгийде туып-өстік, бірақ балаларымыздың Петропавлда оқығанын қалаймыз», — дейді былтыр көшіп келген Серік Қабдолла.
Министрлік мәліметінше, 1991 жылдан бері елге 1 миллионнан астам қандас оралған, олардың әрбір онншысы Моңғолиядан келген. Биыл квотаға енгізілген отбасылардың жартысынан көбі мал шаруашылығымен айналысады, сондықтан оларды ауылдық жерлерге орналастыру көзделген.""",
     ann=[
        ('Моңғолиядан', 0, 'foreign', 'Mongolia', N, {'note': 'headline; NI:origin'}),
        ('НҰР-СҰЛТАН', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Моңғолиядан', 1, 'foreign', 'Mongolia', N, {'note': 'NI:origin'}),
        ('Қазақстанға', 0, 'country', 'Kazakhstan', N),
        ('Баян-Өлгий аймағынан', 0, 'foreign', 'Bayan-Ulgii Province', N, {'note': 'NI:origin'}),
        ('Ұланбатыр қаласынан', 0, 'foreign', 'Ulaanbaatar', N, {'note': 'NI:origin'}),
        ('Ресейдің', 0, 'foreign', 'Russia', N, {'note': 'NI:route'}),
        ('Алтай Республикасы', 0, 'foreign', 'Altai Republic', N, {'note': 'NI:route'}),
        ('Нұр-Сұлтанға', 0, 'city', 'Astana', 'Astana', {'note': 'NI:destination of flights'}),
        ('Солтүстік Қазақстан', 0, 'region', NKR, NKR, {'note': 'NI:destination; in a list sharing "облыстарына"'}),
        ('Павлодар', 0, 'region', PR, PR, {'note': 'NI:destination; in a list sharing "облыстарына"'}),
        ('Қостанай', 0, 'region', KOR, KOR, {'note': 'NI:destination; in a list sharing "облыстарына"'}),
        ('Өлгийде', 0, 'foreign', 'Ulgii', N, {'note': 'NI:birthplace'}),
        ('Петропавлда', 0, 'city', 'Petropavl', NKR, {'note': 'NI:planned place of study'}),
        ('Моңғолиядан', 2, 'foreign', 'Mongolia', N, {'note': 'NI:origin'}),
     ],
     inc={}),

dict(id='p018', date='2023-06-28', lang='kk',
     event='2023 teenager drowned in the Khorgos border river near Khorgos village, Panfilov district (Jetisu Region), and a child drowned a month earlier in the Karatal river near Taldykorgan; Khorgos city in China',
     text="""Қорғас өзенінде жасөспірім суға кетті
ЖАРКЕНТ. 28 маусым. Kazinform — Жетісу облысы Панфилов ауданындағы Қорғас ауылының маңында 15 жастағы жасөспірім Қорғас өзенінде суға кетті. Бұл туралы облыстық төтенше жағдайлар департаменті хабарлады.
Оқиға кеше кешкі сағат 18-де, ауылдан екі шақырым жерде болған. Жасөспірім достарымен бірге шекара маңындағы өзеннің жағасында демалған. Құтқарушылар оның денесін екі сағаттан кейін тауып, шекарашылардың көмегімен судан шығарды. Жасөспірімнің ата-анасы Жаркент қаласында тұрады, ол жазғы демалысын ауылдағы атасының үйінде өткізіп жүрген.
Қорғас өзені Қазақстан мен Қытай арасындағы шекара бойымен ағып, Іле өзеніне құяды. Өзеннің арғы бетінде Қытайдың Қорғас қаласы орналасқан.
Департамент ата-аналарды балаларын шекарадағы өзендерге жібермеуге шақырды. Бір ай бұрын Талдықорған маңындағы Қаратал өзенінде де 10 жасар бала суға кеткен еді.""",
     ann=[
        ('Қорғас өзенінде', 0, 'facility', 'Khorgos river', N, {'subkind': 'river', 'note': 'headline; border river between Kazakhstan and China'}),
        ('ЖАРКЕНТ', 0, 'city', 'Zharkent', JTR, {'note': 'dateline'}),
        ('Жетісу облысы', 0, 'region', JTR, JTR),
        ('Панфилов ауданындағы', 0, 'district', 'Panfilov District', JTR),
        ('Қорғас ауылының', 0, 'village', 'Khorgos', JTR),
        ('Қорғас өзенінде', 1, 'facility', 'Khorgos river', N, {'subkind': 'river'}),
        ('Жаркент қаласында', 0, 'city', 'Zharkent', JTR, {'note': 'NI:residence of the parents'}),
        ('Қорғас өзені', 0, 'facility', 'Khorgos river', N, {'subkind': 'river'}),
        ('Қазақстан', 0, 'country', 'Kazakhstan', N),
        ('Қытай', 0, 'foreign', 'China', N),
        ('Іле өзеніне', 0, 'facility', 'Ili river', N, {'subkind': 'river'}),
        ('Қытайдың', 0, 'foreign', 'China', N),
        ('Қорғас қаласы', 0, 'foreign', 'Khorgos (China)', N, {'note': 'the Chinese city across the river, namesake of the Kazakh village'}),
        ('Талдықорған', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:reference point'}),
        ('Қаратал өзенінде', 0, 'facility', 'Karatal river', N, {'subkind': 'river'}),
     ],
     inc={JTR: (2, 'teenager drowned in the Khorgos river near Khorgos village, Panfilov district; a child drowned a month earlier in the Karatal river near Taldykorgan')}),

dict(id='p019', date='2017-04-19', lang='kk',
     event='2017 fire at the central bazaar of Saryagash (South Kazakhstan Region); goods from Tashkent\'s Ippodrom market, the Zhibek Zholy checkpoint 15 km away; firefighters from Shymkent',
     text="""Сарыағаш базарында өрт шықты
ШЫМКЕНТ. 19 сәуір. ҚазАқпарат — Оңтүстік Қазақстан облысы Сарыағаш қаласындағы орталық базарда өрт шығып, 30-дан астам сауда орны жанып кетті. Бұл туралы облыстық төтенше жағдайлар департаменті хабарлады.
Өрт таңғы сағат 5-те киім сататын қатарда басталған. Оны сөндіруге Сарыағаш пен Шымкенттен 12 өрт сөндіру көлігі жұмылдырылды. Адам шығыны жоқ.
Базар саудагерлерінің көбі тауарды Өзбекстаннан, әсіресе Ташкенттегі «Ипподром» базарынан әкеледі. Шекарадағы «Жібек жолы» өткізу бекеті базардан небәрі 15 шақырым жерде орналасқан.
«Бүкіл тауарым күйіп кетті, қарызымды енді қалай төлейтінімді білмеймін», — дейді Қазығұрт ауданынан келіп сауда жасайтын Дилфуза Рахимова.
Өрт сөндірушілер өртті екі сағатта толық сөндірді. Базар әкімшілігі зардап шеккен саудагерлерге уақытша сауда орындарын беруге уәде берді. Өрттің шығу себебі анықталып жатыр.""",
     ann=[
        ('Сарыағаш', 0, 'city', 'Saryagash', SKR, {'note': 'headline'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', SKR, {'note': 'dateline'}),
        ('Оңтүстік Қазақстан облысы', 0, 'region', SKR, SKR),
        ('Сарыағаш қаласындағы', 0, 'city', 'Saryagash', SKR),
        ('Сарыағаш', 2, 'city', 'Saryagash', SKR, {'note': 'NI:origin of fire engines'}),
        ('Шымкенттен', 0, 'city', 'Shymkent', SKR, {'note': 'NI:origin of fire engines'}),
        ('Өзбекстаннан', 0, 'foreign', 'Uzbekistan', N, {'note': 'NI:origin of goods'}),
        ('Ташкенттегі', 0, 'foreign', 'Tashkent', N, {'note': 'NI:origin of goods'}),
        ('Ипподром', 0, 'foreign', 'Ippodrom market (Tashkent)', N, {'note': 'NI:market in Tashkent'}),
        ('Жібек жолы', 0, 'facility', 'Zhibek Zholy checkpoint', SKR, {'subkind': 'border checkpoint', 'note': 'NI:reference point'}),
        ('Қазығұрт ауданынан', 0, 'district', 'Kazygurt District', SKR, {'note': 'NI:origin of a trader'}),
     ],
     inc={SKR: (1, 'fire destroyed more than 30 trading places at the central bazaar of Saryagash')}),

dict(id='p020', date='2021-08-10', lang='kk',
     event='2021 boat capsized on the Kigash (Volga arm on the Russian border) in Kurmangazy district, two dead, and a minibus from Russia hit a lorry near Kurmangazy village (the former Ganyushkino) on the Atyrau-Astrakhan road (Atyrau Region); akimat post in Kazakh Latin',
     text="""Қиғаш өзенінде екі адам суға кетті, Құрманғазы маңында жол апаты болды
АТЫРАУ. 10 тамыз. ҚазАқпарат — Атырау облысы Құрманғазы ауданында Қиғаш өзенінде қайық аударылып, екі адам қаза тапты. Бұл туралы аудан әкімдігі хабарлады.
Қайықта Ресейдің Астрахан облысынан келіп, туыстарына қонақ болған үш ер адам балық аулап жүрген. Олардың біреуі жағаға жүзіп шықты, қалған екеуінің денесін құтқарушылар келесі күні тапты. Қиғаш — Еділ өзенінің Қазақстан мен Ресей шекарасы бойымен ағатын тармағы.
Аудан әкімдігі әлеуметтік желідегі парақшасында тұрғындарға ескерту жариялады:
«Qūrmanğazy audanynyñ tūrğyndaryn şekaralyq özenderde qaiyqpen jüzgende saq boluğa şaqyramyz. Qiğaş özenine rūqsatsyz şyğuğa tyiym salynady», — delıngen jazbada.
Сол күні кешке Атырау – Астрахан тас жолында, Құрманғазы ауылының маңында Ресей жақтан келе жатқан шағын автобус жүк көлігімен соқтығысты. Бес жолаушы жарақат алып, аудандық ауруханаға жеткізілді. Полицияның айтуынша, жолаушылардың көбі Астраханда жұмыс істейтін Исатай ауданының тұрғындары.
Шекара маңындағы ауылдардың тұрғындары үшін Астрахан — ең жақын үлкен қала. Ганюшкиноның, қазіргі Құрманғазы ауылының, тұрғындары сауда жасауға да, емделуге де сонда барады. Әкімдік мәліметінше, биыл аудан тұрғындарының 600-ден астамы жұмыс іздеп Ресейге кеткен, ал ауданға Ресейден 200-дей қандас көшіп келген.
Өткен жылы шекарадағы өткізу бекеттері пандемияға байланысты жабылғанда, көптеген отбасылар бір-бірімен бірнеше ай бойы көріспеді. Қазір бекеттер қайта ашылып, Астраханға автобус күн сайын қатынайды. Облыс әкімдігі Нұр-Сұлтандағы министрліктен тас жолды кеңейтуге қаржы сұрап отыр.
Құрманғазы ауданы Ресеймен 300 шақырымнан астам шекара арқылы шектеседі. Аудандағы өткізу бекеттерінің бір бөлігі ғана жыл бойы жұмыс істейді, қалғандары тек жаз айларында ашылады. Жергілікті балықшылар шекаралық өзендерде балық аулау үшін арнайы рұқсат алуға міндетті.""",
     ann=[
        ('Қиғаш өзенінде', 0, 'facility', 'Kigash river', N, {'subkind': 'river', 'note': 'headline; arm of the Volga on the Kazakh-Russian border'}),
        ('Құрманғазы', 0, 'village', 'Kurmangazy', ATR, {'note': 'headline; the village (former Ganyushkino)'}),
        ('АТЫРАУ', 0, 'city', 'Atyrau', ATR, {'note': 'dateline'}),
        ('Атырау облысы', 0, 'region', ATR, ATR),
        ('Құрманғазы ауданында', 0, 'district', 'Kurmangazy District', ATR),
        ('Қиғаш өзенінде', 1, 'facility', 'Kigash river', N, {'subkind': 'river'}),
        ('Ресейдің', 0, 'foreign', 'Russia', N),
        ('Астрахан облысынан', 0, 'foreign', 'Astrakhan Oblast', N, {'note': 'NI:origin'}),
        ('Қиғаш', 2, 'facility', 'Kigash river', N, {'subkind': 'river'}),
        ('Еділ өзенінің', 0, 'foreign', 'Volga', N, {'note': 'river of Russia; the Kigash is its arm'}),
        ('Қазақстан', 0, 'country', 'Kazakhstan', N),
        ('Ресей', 0, 'foreign', 'Russia', N),
        ('Qūrmanğazy audanynyñ', 0, 'district', 'Kurmangazy District', ATR, {'note': 'Kazakh Latin'}),
        ('Qiğaş özenine', 0, 'facility', 'Kigash river', N, {'subkind': 'river', 'note': 'Kazakh Latin'}),
        ('Атырау', 1, 'city', 'Atyrau', ATR, {'note': 'NI:route endpoint'}),
        ('Астрахан', 1, 'foreign', 'Astrakhan', N, {'note': 'NI:route endpoint'}),
        ('Құрманғазы ауылының', 0, 'village', 'Kurmangazy', ATR),
        ('Ресей', 1, 'foreign', 'Russia', N, {'note': 'NI:origin of the minibus'}),
        ('Астраханда', 0, 'foreign', 'Astrakhan', N, {'note': 'NI:workplace'}),
        ('Исатай ауданының', 0, 'district', 'Isatai District', ATR, {'note': 'NI:residence'}),
        ('Астрахан', 2, 'foreign', 'Astrakhan', N),
        ('Ганюшкиноның', 0, 'village', 'Kurmangazy', ATR, {'note': 'NI:old name of Kurmangazy village'}),
        ('Құрманғазы ауылының', 1, 'village', 'Kurmangazy', ATR, {'note': 'NI:gloss of the old name'}),
        ('Ресейге', 0, 'foreign', 'Russia', N, {'note': 'NI:destination'}),
        ('Ресейден', 0, 'foreign', 'Russia', N, {'note': 'NI:origin'}),
        ('Астраханға', 0, 'foreign', 'Astrakhan', N, {'note': 'NI:destination'}),
        ('Нұр-Сұлтандағы', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the ministry'}),
        ('Құрманғазы ауданы', 0, 'district', 'Kurmangazy District', ATR, {'note': 'NI:description of the border'}),
        ('Ресеймен', 0, 'foreign', 'Russia', N),
     ],
     inc={ATR: (2, 'boat capsized on the Kigash in Kurmangazy district (2 dead); minibus from Russia hit a lorry near Kurmangazy village on the Atyrau-Astrakhan road (5 injured)')}),

dict(id='p021', date='1994-10-03', lang='kk',
     event='1994 some 200 oralman families from Mongolia settled in Akmola Region (Shortandy and Tselinograd districts) in houses left by Germans; the city of Akmola (now Astana) as dateline (no incident)',
     text="""Ақмола облысына Моңғолиядан 200 отбасы қоныс аударды
АҚМОЛА. 3 қазан. ҚазАқпарат — Биыл Ақмола облысына Моңғолиядан 200-ге жуық оралман отбасы көшіп келді. Олардың көбі Шортанды және Целиноград аудандарындағы немістер тастап кеткен үйлерге орналастырылды.
Облыстық көші-қон басқармасының мәліметінше, соңғы екі жылда облыстан Германияға 15 мыңнан астам неміс көшіп кетті, Ресейге де көп адам кетіп жатыр.
Оралмандардың біразы Баян-Өлгийден малын айдап, Ресей арқылы келген. «Жол ұзақ болды, бірақ атамекенге жеттік», — дейді Шортандыға қоныстанған Қабдолла Бейсенұлы.
Облыс әкімшілігі Алматыдағы үкіметтен оралмандарға қосымша қаржы сұрады. Ақмола қаласында оралмандарға арналған қазақ тілі мен орыс тілі курстары ашылды. Облыста оралмандарға арналған 300 үй салу жоспарланған, бірақ құрылыс қаржы жетіспегендіктен тоқтап тұр. Келесі жылы тағы 150 отбасы күтілуде.""",
     ann=[
        ('Ақмола облысына', 0, 'region', AKR, AKR, {'note': 'headline'}),
        ('Моңғолиядан', 0, 'foreign', 'Mongolia', N, {'note': 'headline; NI:origin'}),
        ('АҚМОЛА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline; the city of Akmola (the capital from 1997), not Akmola Region'}),
        ('Ақмола облысына', 1, 'region', AKR, AKR),
        ('Моңғолиядан', 1, 'foreign', 'Mongolia', N, {'note': 'NI:origin'}),
        ('Шортанды', 0, 'district', 'Shortandy District', AKR, {'note': 'in a list sharing "аудандарындағы"'}),
        ('Целиноград', 0, 'district', 'Tselinograd District', AKR, {'note': 'in a list sharing "аудандарындағы"; the district, not the old name of the city'}),
        ('Германияға', 0, 'foreign', 'Germany', N, {'note': 'NI:destination'}),
        ('Ресейге', 0, 'foreign', 'Russia', N, {'note': 'NI:destination'}),
        ('Баян-Өлгийден', 0, 'foreign', 'Bayan-Ulgii Province', N, {'note': 'NI:origin'}),
        ('Ресей', 0, 'foreign', 'Russia', N, {'note': 'NI:route'}),
        ('Шортандыға', 0, 'village', 'Shortandy', AKR, {'note': 'NI:residence'}),
        ('Алматыдағы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:seat of the government'}),
        ('Ақмола қаласында', 0, 'city', 'Astana', 'Astana', {'note': 'the city of Akmola'}),
     ],
     inc={}),

dict(id='p022', date='2022-03-25', lang='kk',
     event='2022 (before the split) warehouse fire at Dostyk station, Alakol district (Almaty Region), and a minibus of kandas from Tacheng overturned in Urzhar district (East Kazakhstan Region); the announced Jetisu and Abai regions named before their creation',
     text="""Достық стансасында қойма өртенді, Үржар ауданында шағын автобус аударылды
ТАЛДЫҚОРҒАН. 25 наурыз. Kazinform — Алматы облысы Алакөл ауданындағы Достық темір жол стансасында жүк қоймасы өртенді. Бұл туралы облыстық төтенше жағдайлар департаменті хабарлады. Өрт 600 шаршы метр аумақты шарпыды, адам шығыны жоқ. Қойманың иесі шығынды 200 миллион теңгеден асады деп бағалады. Тергеушілердің алдын ала нұсқасы бойынша, өрт электр сымының тұйықталуынан шыққан.
Қоймада Қытайдан Алашаньқоу арқылы әкелінген тұрмыстық техника мен киім сақталған. Достық — Қазақстан мен Қытай арасындағы ең ірі темір жол өткелдерінің бірі. Мұнда жүктер қытайлық вагондардан қазақстандық вагондарға ауыстырылады.
Өртті сөндіруге Достық ауылынан және аудан орталығы Үшаралдан өрт сөндірушілер келді. Олар өртті төрт сағатта ауыздықтады.
Дәл сол күні көрші Шығыс Қазақстан облысының Үржар ауданында Бақты өткізу бекетінен шыққан шағын автобус жолдан шығып аударылды. Көлікте Шыңжаңның Шәуешек қаласынан көшіп келе жатқан қандастар отбасы болған. Төрт адам Үржар ауылындағы ауруханаға жеткізілді, олардың жағдайы тұрақты. Отбасы Үржар ауданындағы Қабанбай ауылына қоныстанбақ.
«Шәуешектен шыққанымызға екі күн болды. Шекарадан өткен соң бір сағаттан кейін апат болды», — деді жолаушылардың бірі Айгүл Нұрболқызы. Полицияның мәліметінше, жүргізуші тайғақ жолда жылдамдықты асырған. Оқиға бойынша қылмыстық іс қозғалды.
Мемлекет басшысы жариялаған жоспар бойынша, маусым айынан бастап Талдықорған мен Алакөл ауданы жаңа Жетісу облысына, ал Үржар ауданы Семей қаласымен бірге Абай облысына қарайды. Шекарадағы ауылдардың тұрғындары бұл өзгеріс кедендік рәсімдерге әсер етпейді деп үміттенеді. Қытай жағы Алашаньқоу мен Шәуешек арқылы жүк тасымалын наурыз айынан бері арттырды. Былтыр Достық арқылы 20 миллион тоннаға жуық жүк өткен. Жүк көлемі жыл сайын тұрақты өсіп келеді.""",
     ann=[
        ('Достық стансасында', 0, 'facility', 'Dostyk station', ALR, {'subkind': 'railway station', 'note': 'headline'}),
        ('Үржар ауданында', 0, 'district', 'Urzhar District', EKR, {'note': 'headline; East Kazakhstan Region before 2022-06-08'}),
        ('ТАЛДЫҚОРҒАН', 0, 'city', 'Taldykorgan', ALR, {'note': 'dateline; Almaty Region before 2022-06-08'}),
        ('Алматы облысы', 0, 'region', ALR, ALR),
        ('Алакөл ауданындағы', 0, 'district', 'Alakol District', ALR),
        ('Достық темір жол стансасында', 0, 'facility', 'Dostyk station', ALR, {'subkind': 'railway station'}),
        ('Қытайдан', 0, 'foreign', 'China', N, {'note': 'NI:origin of goods'}),
        ('Алашаньқоу', 0, 'foreign', 'Alashankou', N, {'note': 'NI:route'}),
        ('Достық', 2, 'facility', 'Dostyk station', ALR, {'subkind': 'railway station', 'note': 'NI:description of the crossing'}),
        ('Қазақстан', 0, 'country', 'Kazakhstan', N),
        ('Қытай', 0, 'foreign', 'China', N),
        ('Достық ауылынан', 0, 'village', 'Dostyk (Alakol district)', ALR, {'note': 'NI:origin of firefighters'}),
        ('Үшаралдан', 0, 'city', 'Usharal', ALR, {'note': 'NI:origin of firefighters; seat of Alakol district'}),
        ('Шығыс Қазақстан облысының', 0, 'region', EKR, EKR),
        ('Үржар ауданында', 1, 'district', 'Urzhar District', EKR),
        ('Бақты өткізу бекетінен', 0, 'facility', 'Bakhty checkpoint', EKR, {'subkind': 'border checkpoint', 'note': 'NI:route'}),
        ('Шыңжаңның', 0, 'foreign', 'Xinjiang', N),
        ('Шәуешек қаласынан', 0, 'foreign', 'Tacheng', N, {'note': 'NI:origin'}),
        ('Үржар ауылындағы', 0, 'village', 'Urzhar', EKR, {'note': 'NI:hospital'}),
        ('Үржар ауданындағы', 0, 'district', 'Urzhar District', EKR, {'note': 'NI:destination'}),
        ('Қабанбай ауылына', 0, 'village', 'Kabanbay (Urzhar district)', EKR, {'note': 'NI:destination; not Kabanbay of Alakol district'}),
        ('Шәуешектен', 0, 'foreign', 'Tacheng', N, {'note': 'NI:origin'}),
        ('Талдықорған', 0, 'city', 'Taldykorgan', ALR, {'note': 'NI:planned transfer; Almaty Region on the article date'}),
        ('Алакөл ауданы', 0, 'district', 'Alakol District', ALR, {'note': 'NI:planned transfer; Almaty Region on the article date'}),
        ('Жетісу облысына', 0, 'region', JTR, JTR, {'uncertain': True, 'note': 'NI:the announced region, named before its creation on 2022-06-08'}),
        ('Үржар ауданы', 0, 'district', 'Urzhar District', EKR, {'note': 'NI:planned transfer; East Kazakhstan Region on the article date'}),
        ('Семей қаласымен', 0, 'city', 'Semey', EKR, {'note': 'NI:planned transfer; East Kazakhstan Region on the article date'}),
        ('Абай облысына', 0, 'region', ABR, ABR, {'uncertain': True, 'note': 'NI:the announced region, named before its creation on 2022-06-08'}),
        ('Қытай', 1, 'foreign', 'China', N),
        ('Алашаньқоу', 1, 'foreign', 'Alashankou', N, {'note': 'NI:route'}),
        ('Шәуешек', 1, 'foreign', 'Tacheng', N, {'note': 'NI:route'}),
        ('Достық', 4, 'facility', 'Dostyk station', ALR, {'subkind': 'railway station', 'note': 'NI:freight statistics'}),
     ],
     inc={ALR: (1, 'warehouse fire at Dostyk station, Alakol district'),
          EKR: (1, 'minibus of kandas overturned in Urzhar district after the Bakhty checkpoint, four injured')}),

dict(id='p023', date='2025-09-16', lang='kk',
     event='2025 120 young people from Turkistan Region (Maktaaral, Zhetysai, Saryagash districts) leave legally for seasonal work in South Korea from Shymkent airport; akimat post in Kazakh Latin (no incident)',
     text="""Түркістандық 120 жас Кореяға заңды жолмен жұмысқа аттанды
ТҮРКІСТАН. 16 қыркүйек. ҚазАқпарат — Түркістан облысынан 120 жас Оңтүстік Кореяға маусымдық жұмысқа заңды түрде аттанды. Олар Шымкент әуежайынан Сеулге ұшты. Бұл туралы облыстық жұмыспен қамту басқармасы хабарлады.
Жастардың көбі Мақтаарал, Жетісай және Сарыағаш аудандарынан. Олар Оңтүстік Кореяның Чхунчхон-Намдо провинциясындағы фермаларда жеміс-жидек жинайды. Келісімшарт алты айға жасалған.
Мақтаарал ауданының әкімдігі әлеуметтік желіде былай деп жазды:
«Būryn köp jastar Koreiağa turistık vizamen ketıp, zañsyz jūmys ıstegen edı. Endı olar kvota boiynşa, sağlandyru men turaqty jalaqymen barady».
Бұрын облыс тұрғындары Кореяға көбіне Ташкент әуежайы арқылы ұшатын. Басқарма мәліметінше, Қазақстан мен Корея арасындағы келісім бойынша келесі жылы квотаны 500 адамға дейін көбейту жоспарланып отыр. Жұмысшылардың жол шығынын жұмыс беруші өтейді.""",
     ann=[
        ('Кореяға', 0, 'foreign', 'South Korea', N, {'note': 'headline; NI:destination'}),
        ('ТҮРКІСТАН', 0, 'city', 'Turkistan', TR, {'note': 'dateline'}),
        ('Түркістан облысынан', 0, 'region', TR, TR, {'note': 'NI:origin'}),
        ('Оңтүстік Кореяға', 0, 'foreign', 'South Korea', N, {'note': 'NI:destination'}),
        ('Шымкент әуежайынан', 0, 'facility', 'Shymkent International Airport', 'Shymkent', {'subkind': 'airport', 'note': 'NI:departure point'}),
        ('Сеулге', 0, 'foreign', 'Seoul', N, {'note': 'NI:destination'}),
        ('Мақтаарал', 0, 'district', 'Maktaaral District', TR, {'note': 'NI:origin; in a list sharing "аудандарынан"'}),
        ('Жетісай', 0, 'district', 'Zhetysai District', TR, {'note': 'NI:origin; in a list sharing "аудандарынан"; not Jetisu Region'}),
        ('Сарыағаш', 0, 'district', 'Saryagash District', TR, {'note': 'NI:origin; in a list sharing "аудандарынан"'}),
        ('Оңтүстік Кореяның', 0, 'foreign', 'South Korea', N),
        ('Чхунчхон-Намдо провинциясындағы', 0, 'foreign', 'South Chungcheong Province', N, {'note': 'NI:workplace'}),
        ('Мақтаарал ауданының', 0, 'district', 'Maktaaral District', TR, {'note': 'inside the name of an authority'}),
        ('Koreiağa', 0, 'foreign', 'South Korea', N, {'note': 'Kazakh Latin'}),
        ('Кореяға', 2, 'foreign', 'South Korea', N),
        ('Ташкент әуежайы', 0, 'foreign', 'Tashkent International Airport', N, {'note': 'NI:former route'}),
        ('Қазақстан', 0, 'country', 'Kazakhstan', N),
        ('Корея', 0, 'foreign', 'South Korea', N),
     ],
     inc={}),

dict(id='p024', date='2013-05-22', lang='kk',
     event='2013 queues shrink at the Kordai checkpoint on the Kyrgyz border (Jambyl Region); Sortobe and Masanchi residents working in the Chuy Region of Kyrgyzstan; the Shu river, Shu town and Bishkek\'s Dordoi market (no incident)',
     text="""Қордай бекетінде кезек азайды
ТАРАЗ. 22 мамыр. ҚазАқпарат — Жамбыл облысы Қордай ауданындағы Қырғызстанмен шекарадағы өткізу бекеттерінде кезек айтарлықтай азайды. Бұл туралы облыстық шекара басқармасы хабарлады.
Күн сайын бекеттер арқылы 10 мыңға жуық адам өтеді. Олардың көбі Бішкектегі «Дордой» базарынан тауар әкелетін саудагерлер және Шу өзенінің арғы бетінде, Қырғызстанның Чүй облысында жұмыс істейтін Сортөбе мен Масанчи ауылдарының тұрғындары.
«Шу өзенінің бойындағы ауылдарда туыстарымыз екі жақта тұрады. Таңертең барып, кешке қайтамыз», — дейді Масанчи ауылының тұрғыны Хусей Дауров.
Ал Шу қаласының тұрғындары Бішкекке көбіне пойызбен барады. Шекара басқармасының мәліметінше, жаңа электрондық кезек жүйесі енгізілгеннен кейін жүк көліктерінің күту уақыты екі есе қысқарды. Қырғыз жағы да Тоқмақ маңындағы бекетті жөндеуден өткізіп жатыр. Қазақстан жағындағы бекеттерде қосымша екі жолақ ашылды.""",
     ann=[
        ('Қордай бекетінде', 0, 'facility', 'Kordai checkpoint', JR, {'subkind': 'border checkpoint', 'note': 'headline'}),
        ('ТАРАЗ', 0, 'city', 'Taraz', JR, {'note': 'dateline'}),
        ('Жамбыл облысы', 0, 'region', JR, JR),
        ('Қордай ауданындағы', 0, 'district', 'Kordai District', JR),
        ('Қырғызстанмен', 0, 'foreign', 'Kyrgyzstan', N),
        ('Бішкектегі', 0, 'foreign', 'Bishkek', N, {'note': 'NI:origin of goods'}),
        ('Дордой', 0, 'foreign', 'Dordoi market (Bishkek)', N, {'note': 'NI:origin of goods'}),
        ('Шу өзенінің', 0, 'facility', 'Shu river', N, {'subkind': 'river', 'note': 'border river (Chuy in Kyrgyzstan)'}),
        ('Қырғызстанның', 0, 'foreign', 'Kyrgyzstan', N),
        ('Чүй облысында', 0, 'foreign', 'Chuy Region', N, {'note': 'NI:workplace'}),
        ('Сортөбе', 0, 'village', 'Sortobe', JR, {'note': 'NI:residence; in a list sharing "ауылдарының"'}),
        ('Масанчи', 0, 'village', 'Masanchi', JR, {'note': 'NI:residence; in a list sharing "ауылдарының"'}),
        ('Шу өзенінің', 1, 'facility', 'Shu river', N, {'subkind': 'river'}),
        ('Масанчи ауылының', 0, 'village', 'Masanchi', JR, {'note': 'NI:residence'}),
        ('Шу қаласының', 0, 'city', 'Shu', JR, {'note': 'NI:residence'}),
        ('Бішкекке', 0, 'foreign', 'Bishkek', N, {'note': 'NI:destination'}),
        ('Тоқмақ', 0, 'foreign', 'Tokmok', N, {'note': 'NI:reference point'}),
        ('Қазақстан', 0, 'country', 'Kazakhstan', N),
     ],
     inc={}),
]
