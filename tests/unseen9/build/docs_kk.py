"""Kazakh texts of the ninth unseen check corpus (annotation tuples described in
tests/build_check_corpus.py)."""
N = None
JR, ALR, KYR, TR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'Turkistan Region', 'South Kazakhstan Region'
ABR, JTR, EKR, MR, KOR = 'Abai Region', 'Jetisu Region', 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR, UR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region', 'Ulytau Region'
ATR, AR, WKR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region'

DOCS = [
dict(id='r017', date='2004-03-22', lang='kk',
     event='2004 three ice fishermen drowned in the Sergeyev reservoir, Shal Akyn district, and a house fire in Yavlenka, Esil district (North Kazakhstan Region)',
     text="""ПЕТРОПАВЛ, 22 наурыз (ҚазАқпарат) – Солтүстік Қазақстан облысының Шал ақын ауданындағы Сергеев су қоймасында мұз ойылып, балық аулап жүрген үш адам суға батып кетті. Бұл туралы облыстық төтенше жағдайлар департаменті хабарлады.
Оқиға Сергеевка қаласынан 6 шақырым жерде болды. Қаза тапқандар – Петропавлдың тұрғындары. Олардың денелерін Көкшетаудан келген сүңгуірлер екі күннен кейін тапты.
«Наурыздың соңында мұз жұқарады, біз балықшыларды бірнеше рет ескерттік», – деді департамент өкілі Айдос Есілов.
Сол күні Есіл ауданындағы Явленка ауылында тұрғын үй өртеніп, төрт адамдық отбасы баспанасыз қалды.
Шал ақын ауданы ХІХ ғасырда өмір сүрген ақын Шал Құлекеұлының есімімен аталған. Сергеев су қоймасы Есіл өзенінде салынған, оның суы Петропавлға және Ресейдің Омбы облысына жақын ауылдарға құбыр арқылы жеткізіледі.""",
     ann=[
        ('ПЕТРОПАВЛ', 0, 'city', 'Petropavl', NKR, {'note': 'dateline'}),
        ('Солтүстік Қазақстан облысының', 0, 'region', NKR, NKR),
        ('Шал ақын ауданындағы', 0, 'district', 'Shal Akyn District', NKR, {'note': 'named after a poet'}),
        ('Сергеев су қоймасында', 0, 'facility', 'Sergeyev Reservoir', N, {'subkind': 'reservoir', 'note': 'in Shal Akyn district'}),
        ('Сергеевка қаласынан', 0, 'city', 'Sergeyevka', NKR, {'note': 'NI:reference point ("6 шақырым жерде")'}),
        ('Петропавлдың', 0, 'city', 'Petropavl', NKR, {'note': 'NI:residence of the victims'}),
        ('Көкшетаудан', 0, 'city', 'Kokshetau', AKR, {'note': 'NI:origin of divers'}),
        ('Есіл ауданындағы', 0, 'district', 'Esil District (North Kazakhstan Region)', NKR, {'note': 'not the Yesil river or the town of Yesil'}),
        ('Явленка ауылында', 0, 'village', 'Yavlenka', NKR),
        ('Шал ақын ауданы', 0, 'district', 'Shal Akyn District', NKR, {'note': 'NI:background'}),
        ('Сергеев су қоймасы', 0, 'facility', 'Sergeyev Reservoir', N, {'subkind': 'reservoir', 'note': 'NI:background'}),
        ('Есіл өзенінде', 0, 'facility', 'Yesil River', N, {'subkind': 'river'}),
        ('Петропавлға', 0, 'city', 'Petropavl', NKR, {'note': 'NI:water supply destination'}),
        ('Ресейдің', 0, 'foreign', 'Russia', N),
        ('Омбы облысына', 0, 'foreign', 'Omsk Oblast', N),
     ],
     inc={NKR: (2, 'three fishermen drowned through the ice of the Sergeyev reservoir in Shal Akyn district; house fire in Yavlenka')}),

dict(id='r018', date='2011-01-26', lang='kk',
     event='2011 avalanche on the Ivanovsky ridge near Ridder and a boiler-house fire in Serebryansk, Zyryanovsk district (East Kazakhstan Region)',
     text="""ӨСКЕМЕН, 26 қаңтар (Kazinform) – Шығыс Қазақстан облысындағы Риддер қаласының маңында, Иванов жотасында қар көшкіні түсіп, екі шаңғышы қаза тапты. Тағы бір адам жарақатпен Риддердегі қалалық ауруханаға жеткізілді.
Облыстық төтенше жағдайлар департаментінің мәліметінше, жас туристер Өскеменнен демалыс күндері келген. Оқиға орны Риддерден 12 шақырым жерде.
«Биыл қар қалың, облыстың үш ауданында көшкін қаупі туралы ескерту бірнеше рет жарияланды», – деді құтқарушы Ерлан Алтаев.
Сол түні Зырян ауданындағы Серебрянск қаласында қазандық өртеніп, 200-ге жуық пәтер жылусыз қалды. Өртті Зыряновскіден келген өрт сөндірушілер сөндірді. Құтқарушылар туристерді тауға рұқсатсыз шықпауға шақырды.
Риддер қаласы 2002 жылға дейін Лениногорск деп аталған. Иванов жотасы Ресейдің Алтай өлкесімен шекараға жақын орналасқан.""",
     ann=[
        ('ӨСКЕМЕН', 0, 'city', 'Oskemen', EKR, {'note': 'dateline'}),
        ('Шығыс Қазақстан облысындағы', 0, 'region', EKR, EKR),
        ('Риддер қаласының', 0, 'city', 'Ridder', EKR, {'note': 'the avalanche fell near the town'}),
        ('Иванов жотасында', 0, 'facility', 'Ivanovsky Ridge', N, {'subkind': 'mountain range'}),
        ('Риддердегі', 0, 'city', 'Ridder', EKR, {'note': 'NI:hospital town'}),
        ('Өскеменнен', 0, 'city', 'Oskemen', EKR, {'note': 'NI:origin of the tourists'}),
        ('Риддерден', 0, 'city', 'Ridder', EKR, {'note': 'NI:reference point ("12 шақырым жерде")'}),
        ('үш ауданында', 0, 'quantified', '3 districts', N, {'count': 3, 'unit': 'district', 'note': 'avalanche warnings, not incidents'}),
        ('Зырян ауданындағы', 0, 'district', 'Zyryanovsk District', EKR),
        ('Серебрянск қаласында', 0, 'city', 'Serebryansk', EKR),
        ('Зыряновскіден', 0, 'city', 'Altai (Zyryanovsk)', EKR, {'note': 'NI:origin of fire crews; the town was renamed Altai in 2019'}),
        ('Риддер қаласы', 0, 'city', 'Ridder', EKR, {'note': 'NI:background'}),
        ('Лениногорск', 0, 'city', 'Ridder', EKR, {'note': 'NI:former name'}),
        ('Иванов жотасы', 0, 'facility', 'Ivanovsky Ridge', N, {'subkind': 'mountain range', 'note': 'NI:background'}),
        ('Ресейдің', 0, 'foreign', 'Russia', N),
        ('Алтай өлкесімен', 0, 'foreign', 'Altai Krai', N),
     ],
     inc={EKR: (2, 'avalanche on the Ivanovsky ridge near Ridder; boiler-house fire in Serebryansk')}),

dict(id='r019', date='2022-12-14', lang='kk',
     event='2022 rock fall at the West Karazhal mine and a house fire in Atasu, Zhanaarka district (Ulytau Region, six months after its creation)',
     text="""ЖЕЗҚАЗҒАН, 14 желтоқсан (Kazinform) – Ұлытау облысындағы Қаражал қаласының маңындағы Батыс Қаражал кенішінде тау жынысы опырылып, бір кенші қаза тапты, тағы екеуі жарақат алды. Бұл туралы облыстық төтенше жағдайлар департаменті хабарлады.
Жарақат алғандар Қаражалдағы ауруханада жатыр. Кеніште 340 метр тереңдікте жұмыс жүргізілген. Құтқарушылар Жезқазғаннан және Қарағандыдан жіберілді.
Сол күні түнде Жаңаарқа ауданының Атасу кентінде екі қабатты тұрғын үй өртеніп, 12 отбасы эвакуацияланды. Ешкім зардап шеккен жоқ.
«Кеніштегі апаттың себебін арнайы комиссия анықтайды», – деді облыс әкімінің орынбасары Нұрлан Сарысуов.
Қаражал мен Жаңаарқа ауданы биылғы маусымда жаңадан құрылған Ұлытау облысына Қарағанды облысынан берілді. Қаражалдың темір-марганец кені Қазақстандағы ең ірілердің бірі, оның өнімі Теміртаудағы металлургия комбинатына және Қытайға жөнелтіледі.""",
     ann=[
        ('ЖЕЗҚАЗҒАН', 0, 'city', 'Zhezkazgan', UR, {'note': 'dateline'}),
        ('Ұлытау облысындағы', 0, 'region', UR, UR),
        ('Қаражал қаласының', 0, 'city', 'Karazhal', UR, {'note': 'the mine lies near the town'}),
        ('Батыс Қаражал кенішінде', 0, 'facility', 'West Karazhal mine', UR, {'subkind': 'mine'}),
        ('Қаражалдағы', 0, 'city', 'Karazhal', UR, {'note': 'NI:hospital town'}),
        ('Жезқазғаннан', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:origin of rescuers'}),
        ('Қарағандыдан', 0, 'city', 'Karaganda', KR, {'note': 'NI:origin of rescuers'}),
        ('Жаңаарқа ауданының', 0, 'district', 'Zhanaarka District', UR),
        ('Атасу кентінде', 0, 'village', 'Atasu', UR),
        ('Қаражал', 2, 'city', 'Karazhal', UR, {'note': 'NI:background'}),
        ('Жаңаарқа ауданы', 0, 'district', 'Zhanaarka District', UR, {'note': 'NI:background'}),
        ('Ұлытау облысына', 0, 'region', UR, UR, {'note': 'NI:background'}),
        ('Қарағанды облысынан', 0, 'region', KR, KR, {'note': 'NI:background; the former unit'}),
        ('Қаражалдың', 0, 'city', 'Karazhal', UR, {'note': 'NI:background'}),
        ('Қазақстандағы', 0, 'country', 'Kazakhstan', N),
        ('Теміртаудағы', 0, 'city', 'Temirtau', KR, {'note': 'NI:destination of ore'}),
        ('Қытайға', 0, 'foreign', 'China', N),
     ],
     inc={UR: (2, 'rock fall at the West Karazhal mine; house fire in Atasu')}),

dict(id='r020', date='2024-07-08', lang='kk',
     event='2024 boat capsized on the Shardara reservoir and a house fire in Sholakkorgan, Sozak district (Turkistan Region); misspelt Шолаккорган',
     text="""ТҮРКІСТАН, 8 шілде (Tengrinews) – Түркістан облысындағы Шардара су қоймасында қайық аударылып, екі балықшы қаза тапты. Оқиға Шардара қаласынан 7 шақырым жерде болған, деп хабарлады облыстық полиция департаменті.
Қайықта үш адам болған, біреуі жүзіп шығып, құтқарылды. Қаза тапқандардың денелерін Қызылорда облысынан келген сүңгуірлер тапты. Марқұмдар – Жетісай қаласының тұрғындары.
Сол күні Созақ ауданының Шолаккорган ауылында тұрғын үй өртеніп, екі бала күйік алды. Олар Шымкенттегі балалар ауруханасына жеткізілді.
«Жел күшейген кезде су қоймасына шықпау керек», – деді құтқарушы Бақыт Арысбаев.
Синоптиктер алдағы үш күнде Отырар, Сауран және Созақ аудандарында 45 градусқа дейін аптап ыстық болатынын ескертті. Шардара су қоймасы Сырдария өзенінде орналасқан, оның бір бөлігі Өзбекстан шекарасына жақын.""",
     ann=[
        ('ТҮРКІСТАН', 0, 'city', 'Turkistan', TR, {'note': 'dateline'}),
        ('Түркістан облысындағы', 0, 'region', TR, TR),
        ('Шардара су қоймасында', 0, 'facility', 'Shardara Reservoir', N, {'subkind': 'reservoir'}),
        ('Шардара қаласынан', 0, 'city', 'Shardara', TR, {'note': 'NI:reference point ("7 шақырым жерде")'}),
        ('Қызылорда облысынан', 0, 'region', KYR, KYR, {'note': 'NI:origin of divers'}),
        ('Жетісай қаласының', 0, 'city', 'Zhetisai', TR, {'note': 'NI:residence of the victims'}),
        ('Созақ ауданының', 0, 'district', 'Sozak District', TR),
        ('Шолаккорган ауылында', 0, 'village', 'Sholakkorgan', TR, {'note': 'misspelt (Шолаққорған)'}),
        ('Шымкенттегі', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:hospital town'}),
        ('Отырар', 0, 'district', 'Otyrar District', TR, {'note': 'NI:heat warning; in a list sharing the head noun "аудандарында"'}),
        ('Сауран', 0, 'district', 'Sauran District', TR, {'note': 'NI:heat warning; in a list sharing the head noun "аудандарында"'}),
        ('Созақ', 1, 'district', 'Sozak District', TR, {'note': 'NI:heat warning; in a list sharing the head noun "аудандарында"'}),
        ('Шардара су қоймасы', 0, 'facility', 'Shardara Reservoir', N, {'subkind': 'reservoir', 'note': 'NI:background'}),
        ('Сырдария өзенінде', 0, 'facility', 'Syr Darya', N, {'subkind': 'river'}),
        ('Өзбекстан', 0, 'foreign', 'Uzbekistan', N),
     ],
     inc={TR: (2, 'boat capsized on the Shardara reservoir, two drowned; house fire in Sholakkorgan')}),

dict(id='r021', date='2025-05-20', lang='kk',
     event='2025 gas cylinder blast in a cafe in Esik, Enbekshikazakh district, and a storm in Kegen and Zhalanash villages, Kegen district (Almaty Region)',
     text="""ҚОНАЕВ, 20 мамыр (Kazinform) – Алматы облысы Еңбекшіқазақ ауданындағы Есік қаласында дәмханада газ баллоны жарылып, бес адам жарақат алды. Бұл туралы облыстық төтенше жағдайлар департаменті хабарлады.
Жарақат алғандардың үшеуі Алматыдағы күйік орталығына жеткізілді. Жарылыс кезінде дәмхананың қабырғасы құлап, көршілес дүкеннің терезелері сынды.
Сол күні кешке қатты дауыл Кеген ауданының Кеген және Жалаңаш ауылдарында 30-дан астам үйдің шатырын ұшырып, электр бағандарын құлатты. Зардап шеккендер жоқ. Облыс әкімдігі шатыры зақымданған отбасыларға көмек көрсетілетінін мәлімдеді.
«Жел жылдамдығы секундына 28 метрге жетті», – деді Қазгидромет өкілі Айгүл Талғарова.
Облыс орталығы 2022 жылы Талдықорғаннан Қонаевқа (бұрынғы Қапшағай) көшірілді. Есік пен Кеген арқылы Қырғызстан мен Қытай шекарасына баратын жол өтеді.""",
     ann=[
        ('ҚОНАЕВ', 0, 'city', 'Konaev', ALR, {'note': 'dateline'}),
        ('Алматы облысы', 0, 'region', ALR, ALR),
        ('Еңбекшіқазақ ауданындағы', 0, 'district', 'Enbekshikazakh District', ALR),
        ('Есік қаласында', 0, 'city', 'Esik', ALR),
        ('Алматыдағы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:hospital town'}),
        ('Кеген ауданының', 0, 'district', 'Kegen District', ALR),
        ('Кеген', 1, 'village', 'Kegen', ALR, {'note': 'in a list sharing the head noun "ауылдарында"'}),
        ('Жалаңаш', 0, 'village', 'Zhalanash', ALR, {'note': 'in a list sharing the head noun "ауылдарында"'}),
        ('Талдықорғаннан', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:background; former regional centre, in Jetisu Region on the article date'}),
        ('Қонаевқа', 0, 'city', 'Konaev', ALR, {'note': 'NI:background'}),
        ('Қапшағай', 0, 'city', 'Konaev', ALR, {'note': 'NI:former name'}),
        ('Есік', 1, 'city', 'Esik', ALR, {'note': 'NI:road'}),
        ('Кеген', 2, 'village', 'Kegen', ALR, {'note': 'NI:road'}),
        ('Қырғызстан', 0, 'foreign', 'Kyrgyzstan', N),
        ('Қытай', 0, 'foreign', 'China', N),
     ],
     inc={ALR: (2, 'gas cylinder blast in a cafe in Esik; storm damaging roofs in Kegen and Zhalanash (one storm)')}),

dict(id='r022', date='2025-11-12', lang='kk',
     event='2025 gas explosion in a house on Tole Bi Street, Kainarbulak microdistrict, Abai district, and a market fire in Turan district of Shymkent',
     text="""ШЫМКЕНТ, 12 қараша (Orda.kz) – Шымкенттің Абай ауданына қарасты Қайнарбұлақ шағын ауданындағы Төле би көшесінде жеке тұрғын үйде газ жарылып, үй иесі мен оның екі баласы жарақат алды. Бұл туралы қалалық төтенше жағдайлар департаменті хабарлады.
Жарылыстан көршілес үш үйдің шатыры мен терезелері зақымданды. Зардап шеккендер қалалық №2 ауруханаға жеткізілді.
Сол түні қаланың Тұран ауданындағы «Бекжан» базарында өрт шығып, 40 сауда орны жанып кетті. Өртті сөндіруге Түркістан облысының Сайрам ауданынан келген өрт сөндірушілер де көмектесті.
«Газ баллонын үйде ұстау қауіпті», – деді департамент өкілі Дәурен Қаратауов.
Шымкенттің Абай ауданын Абай облысымен шатастырмаған жөн: ол облыстың орталығы – Семей. Шымкент 2018 жылы республикалық маңызы бар қала мәртебесін алды.""",
     ann=[
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'dateline'}),
        ('Шымкенттің', 0, 'city', 'Shymkent', 'Shymkent'),
        ('Абай ауданына', 0, 'district', 'Abai District (Shymkent)', 'Shymkent', {'subkind': 'city district', 'note': 'a district of Shymkent, not Abai Region'}),
        ('Қайнарбұлақ шағын ауданындағы', 0, 'district', 'Kainarbulak (Shymkent)', 'Shymkent', {'subkind': 'microdistrict'}),
        ('Төле би көшесінде', 0, 'facility', 'Tole Bi Street (Shymkent)', 'Shymkent', {'subkind': 'street'}),
        ('Тұран ауданындағы', 0, 'district', 'Turan District (Shymkent)', 'Shymkent', {'subkind': 'city district'}),
        ('Бекжан', 0, 'facility', 'Bekzhan market (Shymkent)', 'Shymkent', {'subkind': 'market', 'note': 'name in quotes'}),
        ('Түркістан облысының', 0, 'region', TR, TR, {'note': 'NI:origin of fire crews'}),
        ('Сайрам ауданынан', 0, 'district', 'Sairam District', TR, {'note': 'NI:origin of fire crews'}),
        ('Шымкенттің', 1, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:background'}),
        ('Абай ауданын', 0, 'district', 'Abai District (Shymkent)', 'Shymkent', {'subkind': 'city district', 'note': 'NI:background'}),
        ('Абай облысымен', 0, 'region', ABR, ABR, {'note': 'NI:background (a homonym warning)'}),
        ('Семей', 0, 'city', 'Semey', ABR, {'note': 'NI:background'}),
        ('Шымкент', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:background'}),
     ],
     inc={'Shymkent': (2, 'gas explosion in a house on Tole Bi Street (Kainarbulak, Abai district); market fire in Turan district')}),

dict(id='r023', date='2023-09-26', lang='kk',
     event='2023 methane explosion at the Tentek mine near Abai town and a lorry hitting pedestrians on Lenin Street in Shakhtinsk (Karaganda Region)',
     text="""ҚАРАҒАНДЫ, 26 қыркүйек (Kazinform) – Қарағанды облысының Абай қаласына жақын «Тентек» шахтасында метан жарылып, екі кенші қаза тапты, тағы үшеуі ауруханаға жеткізілді. Бұл туралы облыстық төтенше жағдайлар департаменті хабарлады.
Жарылыс 480 метр тереңдікте болған. Шахтада 160 адам жұмыс істеп жатқан, олардың барлығы жер бетіне көтерілді. Жарақат алғандар Қарағандыдағы облыстық ауруханада емделуде.
Сол күні кешке Шахтинск қаласындағы Ленин көшесінде жүк көлігі жаяу жүргіншілер жолына шығып, екі адамды қағып кетті.
«Шахтадағы газ деңгейін бақылайтын датчиктер түгел тексеріледі», – деді облыс әкімінің орынбасары Асқар Нұрин.
Абай қаласын орталығы Семейде орналасқан Абай облысымен шатастырмау керек: қала Қарағанды облысының құрамында қалды. Шахтаның көмірі Теміртаудағы комбинатқа және Ресейге жеткізіледі.""",
     ann=[
        ('ҚАРАҒАНДЫ', 0, 'city', 'Karaganda', KR, {'note': 'dateline'}),
        ('Қарағанды облысының', 0, 'region', KR, KR),
        ('Абай қаласына', 0, 'city', 'Abai (Karaganda Region)', KR, {'note': 'the mine lies near the town; not Abai Region'}),
        ('Тентек', 0, 'facility', 'Tentek mine', KR, {'subkind': 'mine', 'note': 'name in quotes'}),
        ('Қарағандыдағы', 0, 'city', 'Karaganda', KR, {'note': 'NI:hospital town'}),
        ('Шахтинск қаласындағы', 0, 'city', 'Shakhtinsk', KR),
        ('Ленин көшесінде', 0, 'facility', 'Lenin Street (Shakhtinsk)', KR, {'subkind': 'street'}),
        ('Абай қаласын', 0, 'city', 'Abai (Karaganda Region)', KR, {'note': 'NI:background'}),
        ('Семейде', 0, 'city', 'Semey', ABR, {'note': 'NI:background'}),
        ('Абай облысымен', 0, 'region', ABR, ABR, {'note': 'NI:background (a homonym warning)'}),
        ('Қарағанды облысының', 1, 'region', KR, KR, {'note': 'NI:background'}),
        ('Теміртаудағы', 0, 'city', 'Temirtau', KR, {'note': 'NI:destination of coal'}),
        ('Ресейге', 0, 'foreign', 'Russia', N),
     ],
     inc={KR: (2, 'methane explosion at the Tentek mine; lorry hitting two pedestrians on Lenin Street in Shakhtinsk')}),

dict(id='r024', date='2026-03-12', lang='kk',
     event='2026 reopening of Arkalyk airport after repairs (Kostanay Region; no incident); akimat post in the Kazakh Latin alphabet; misspelt Аркалык; the former Turgay Region',
     text="""АРҚАЛЫҚ, 12 наурыз (Kazinform) – Қостанай облысындағы Арқалық әуежайы (AYK) күрделі жөндеуден кейін қайта ашылып, алғашқы рейс Астанадан келіп қонды. Бұл туралы облыс әкімдігі хабарлады.
Енді Арқалықтан Астанаға және Қостанайға аптасына үш рет ұшақ ұшады. Әуежай 1997 жылдан бері тек шағын ұшақтарды қабылдап келген. Жөндеуге республикалық бюджеттен 4 миллиард теңге бөлінді.
Қала әкімдігі әлеуметтік желідегі парақшасында латын әліпбиімен: «Arqalyq áýejaıy qaıta ashyldy! Endi Astana men Qostanaıǵa ushý ońaı» деп жазды.
Арқалық 1970–1988 және 1990–1997 жылдары Торғай облысының орталығы болған. Облыс таратылғаннан кейін қала Қостанай облысына берілді.
Жолаушылар Аманкелді, Жангелдин және Наурызым аудандарынан келеді. Бұрын олар Аркалыктан Қостанайға пойызбен 12 сағат жүретін.""",
     ann=[
        ('АРҚАЛЫҚ', 0, 'city', 'Arkalyk', KOR, {'note': 'dateline'}),
        ('Қостанай облысындағы', 0, 'region', KOR, KOR),
        ('Арқалық әуежайы', 0, 'facility', 'Arkalyk airport', KOR, {'subkind': 'airport'}),
        ('AYK', 0, 'facility', 'Arkalyk airport', KOR, {'subkind': 'airport code'}),
        ('Астанадан', 0, 'city', 'Astana', 'Astana', {'note': 'NI:flight origin'}),
        ('Арқалықтан', 0, 'city', 'Arkalyk', KOR, {'note': 'NI:flight origin'}),
        ('Астанаға', 0, 'city', 'Astana', 'Astana', {'note': 'NI:flight destination'}),
        ('Қостанайға', 0, 'city', 'Kostanay', KOR, {'note': 'NI:flight destination'}),
        ('Arqalyq áýejaıy', 0, 'facility', 'Arkalyk airport', KOR, {'subkind': 'airport', 'note': 'Kazakh Latin alphabet'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:flight destination; Kazakh Latin alphabet'}),
        ('Qostanaıǵa', 0, 'city', 'Kostanay', KOR, {'note': 'NI:flight destination; Kazakh Latin alphabet, dative'}),
        ('Арқалық', 1, 'city', 'Arkalyk', KOR, {'note': 'NI:background'}),
        ('Торғай облысының', 0, 'region', KOR, KOR, {'uncertain': True, 'note': 'NI:background; Turgay Region, abolished in 1997; its centre Arkalyk lies in Kostanay Region on the article date'}),
        ('Қостанай облысына', 0, 'region', KOR, KOR, {'note': 'NI:background'}),
        ('Аманкелді', 0, 'district', 'Amangeldy District', KOR, {'note': 'NI:origin of passengers; in a list sharing the head noun "аудандарынан"'}),
        ('Жангелдин', 0, 'district', 'Zhangeldi District', KOR, {'note': 'NI:origin of passengers; in a list sharing the head noun "аудандарынан"'}),
        ('Наурызым', 0, 'district', 'Nauyrzym District', KOR, {'note': 'NI:origin of passengers; in a list sharing the head noun "аудандарынан"'}),
        ('Аркалыктан', 0, 'city', 'Arkalyk', KOR, {'note': 'NI:route endpoint; misspelt (Арқалықтан)'}),
        ('Қостанайға', 1, 'city', 'Kostanay', KOR, {'note': 'NI:route endpoint'}),
     ],
     inc={}),
]
