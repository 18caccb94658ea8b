"""Kazakh texts of the thirty-third unseen check corpus (rivers, lakes and water)."""
N = None
JR, ALR, KYR, TR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'Turkistan Region', 'South Kazakhstan Region'
ABR, JTR, EKR, MR, KOR = 'Abai Region', 'Jetisu Region', 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR, UR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region', 'Ulytau Region'
ATR, AR, WKR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region'
RIV, LAKE, RES, SEA = {'subkind': 'river'}, {'subkind': 'lake'}, {'subkind': 'reservoir'}, {'subkind': 'sea'}


def riv(note):
    return {'subkind': 'river', 'note': note}


DOCS = [
dict(id='p017', date='1995-04-12', lang='kk',
     event='1995 Irtysh ice jam floods the village of Dolon, Beskaragai district, Semipalatinsk Region (abolished 1997; East Kazakhstan Region land on the article date); boats from Semey; Pavlodar and Omsk regions downstream',
     text="""Ертіс тасып, Бесқарағай ауданындағы Долон ауылын су басты
СЕМЕЙ, 12 сәуір (ҚазАқпарат) - Ертіс өзеніндегі мұз кептелісі салдарынан Семей облысының Бесқарағай ауданындағы Долон ауылында 70-ке жуық үйді су басты, деп хабарлады облыстық төтенше жағдайлар басқармасы.
Тұрғындардың көбі көрші Бесқарағай ауылына көшірілді. Құтқарушылар Семей қаласынан жеткізілген қайықтармен аралда қалған малды жағаға шығарып жатыр. Адам шығыны жоқ.
Мамандардың айтуынша, Ертістің деңгейі бір тәулікте бір жарым метрге көтерілген. Шүлбі су электр стансасы төменге жіберетін суды азайтты, бірақ Долонға дейінгі арнада мұз әлі толық ерімеген.
Төменгі ағыстағы Павлодар облысы да жағалаудағы ауылдарды көшіруге дайындалып жатыр. Ресейдің Омбы облысында да Ертіс бойындағы бөгеттер нығайтылуда. Облыс әкімі зардап шеккен отбасыларға көмек ретінде 15 миллион теңге бөлінгенін айтты.""",
     ann=[
        ('Ертіс', 0, 'facility', 'Irtysh River', N, riv('headline')),
        ('Бесқарағай ауданындағы', 0, 'district', 'Beskaragai District', EKR, {'note': 'headline'}),
        ('Долон ауылын', 0, 'village', 'Dolon', EKR, {'note': 'headline'}),
        ('СЕМЕЙ', 0, 'city', 'Semey', EKR, {'note': 'dateline'}),
        ('Ертіс өзеніндегі', 0, 'facility', 'Irtysh River', N, RIV),
        ('Семей облысының', 0, 'region', EKR, EKR, {'uncertain': True, 'note': 'Semipalatinsk (Semey) Region, abolished in 1997; its land is East Kazakhstan Region land before 2022 (Abai Region from 2022-06-08)'}),
        ('Бесқарағай ауданындағы', 1, 'district', 'Beskaragai District', EKR),
        ('Долон ауылында', 0, 'village', 'Dolon', EKR, {'note': 'about 70 houses flooded'}),
        ('Бесқарағай ауылына', 0, 'village', 'Beskaragai', EKR, {'note': 'NI:the village, centre of the district of the same name; shelter for evacuees'}),
        ('Семей қаласынан', 0, 'city', 'Semey', EKR, {'note': 'NI:origin of the boats'}),
        ('Ертістің', 0, 'facility', 'Irtysh River', N, RIV),
        ('Шүлбі су электр стансасы', 0, 'facility', 'Shulba hydropower plant', EKR, {'subkind': 'power plant', 'note': 'NI:reduced its releases'}),
        ('Долонға', 0, 'village', 'Dolon', EKR, {'note': 'NI:reference point "up to Dolon"'}),
        ('Павлодар облысы', 0, 'region', PR, PR, {'note': 'NI:preparing for evacuations'}),
        ('Ресейдің', 0, 'foreign', 'Russia', N),
        ('Омбы облысында', 0, 'foreign', 'Omsk Oblast', N),
        ('Ертіс', 2, 'facility', 'Irtysh River', N, {'subkind': 'river', 'note': '"Ертіс бойындағы"'}),
     ],
     inc={EKR: (1, 'ice jam on the Irtysh flooded about 70 houses in Dolon, Beskaragai district (Semipalatinsk Region land, East Kazakhstan Region on the date)')}),

dict(id='p018', date='2019-04-02', lang='kk',
     event='2019 the Aksu river floods Aksukent and Mankent, Sairam district (Turkistan Region); rescuers from Shymkent (its own unit since 2018); the regional seat moved to Turkistan; Badam and Arys rivers, Shardara reservoir',
     text="""Сайрам ауданында Ақсу өзені арнасынан асып, екі ауылды су басты
ШЫМКЕНТ, 2 сәуір (Kazinform) - Түркістан облысының Сайрам ауданында нөсер жаңбырдан кейін Ақсу өзені арнасынан асып, Ақсукент пен Манкент ауылдарындағы 120-дан астам ауланы су басты, деп хабарлады облыстық төтенше жағдайлар департаменті.
Зардап шеккендер жоқ. 300-ге жуық тұрғын мектептерге уақытша орналастырылды. Көмекке Шымкент қаласынан 40 құтқарушы мен арнайы техника жіберілді.
Былтыр маусымда Шымкент республикалық маңызы бар қала мәртебесін алып, облыстан бөлінген соң, облыс орталығы Түркістан қаласына көшкен еді. Облыс әкімі Түркістаннан тікелей зардап шеккен ауылдарға келді.
Синоптиктер алдағы күндері Бадам мен Арыс өзендерінде де судың көтерілуі мүмкін екенін ескертті. Шардара су қоймасы қазірдің өзінде 80 пайызға толған, сондықтан одан судың бір бөлігі Қызылорда облысына қарай жіберіліп жатыр.""",
     ann=[
        ('Сайрам ауданында', 0, 'district', 'Sairam District', TR, {'note': 'headline'}),
        ('Ақсу өзені', 0, 'facility', 'Aksu River (Sairam)', N, riv('headline')),
        ('екі ауылды', 0, 'quantified', '2 villages', N, {'count': 2, 'unit': 'village', 'note': 'headline; the two villages are named in the text'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'dateline; city of republican significance since 2018-06-19'}),
        ('Түркістан облысының', 0, 'region', TR, TR),
        ('Сайрам ауданында', 1, 'district', 'Sairam District', TR),
        ('Ақсу өзені', 1, 'facility', 'Aksu River (Sairam)', N, RIV),
        ('Ақсукент', 0, 'village', 'Aksukent', TR, {'note': 'in a list sharing the head noun "ауылдарындағы"'}),
        ('Манкент', 0, 'village', 'Mankent', TR, {'note': 'in a list sharing the head noun "ауылдарындағы"'}),
        ('Шымкент қаласынан', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:origin of rescuers'}),
        ('Шымкент', 1, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:became a city of republican significance'}),
        ('Түркістан қаласына', 0, 'city', 'Turkistan', TR, {'note': 'NI:new regional seat'}),
        ('Түркістаннан', 0, 'city', 'Turkistan', TR, {'note': 'NI:origin of the governor'}),
        ('Бадам', 0, 'facility', 'Badam River', N, {'subkind': 'river', 'note': 'in a list sharing the head noun "өзендерінде"; a warning only'}),
        ('Арыс', 0, 'facility', 'Arys River', N, {'subkind': 'river', 'note': 'in a list sharing the head noun "өзендерінде"; a warning only'}),
        ('Шардара су қоймасы', 0, 'facility', 'Shardara reservoir', N, RES),
        ('Қызылорда облысына', 0, 'region', KYR, KYR, {'note': 'NI:destination of released water'}),
     ],
     inc={TR: (1, 'the Aksu river flooded more than 120 yards in Aksukent and Mankent, Sairam district')}),

dict(id='p019', date='2014-06-17', lang='kk',
     event='2014 a boy and his father drown off the beach of Koktuma, Alakol district (Almaty Region before the 2022 split), and a fishing boat capsizes on Lake Balkhash near the town of Balkhash with two dead (Karaganda Region); visitors from Almaty, Taldykorgan, Semey and Novosibirsk',
     text="""Алакөл мен Балқашта бір күнде төрт адам суға кетті
ТАЛДЫҚОРҒАН, 17 маусым (Tengrinews) - Демалыс күндері Алматы облысының Алакөл ауданында және Қарағанды облысындағы Балқаш көлінде төрт адам суға батып қаза тапты, деп хабарлады Төтенше жағдайлар министрлігі.
Жексенбі күні түсте Көктұма ауылының маңындағы жағажайда Алматыдан демалуға келген 12 жасар бала толқынға ілесіп кетті. Оны құтқаруға ұмтылған әкесі де жағаға шыға алмады. Екеуінің де денесін сүңгуірлер кешке қарай тапты. Алакөлдің суы тұзды әрі терең, ал жел көтерілгенде толқын бір жарым метрге жетеді.
Сол күні Балқаш қаласынан 15 шақырым жерде, көлдің солтүстік жағалауында кенеттен соққан дауыл балықшылардың қайығын аударып жіберді. Қайықтағы үш адамның екеуі қаза тапты, үшіншісін Приозерскіден шыққан катер құтқарып алды. Балықшылардың бәрі Балқаш қаласының тұрғындары. Балқаш қалалық әкімдігі дауыл туралы ескерту балықшыларға алдын ала жіберілгенін, бірақ олардың көбі оны елемейтінін айтты. Көлдің бұл бөлігінде толқын кейде үш метрге дейін көтеріледі.
Облыстық әкімдік Үшарал мен Қабанбайдағы демалыс орындарында құтқарушылар бекеттерін қосымша ашатынын мәлімдеді. Маусым басынан бері Алакөлге 80 мыңнан астам адам келген. Олардың көбі Алматы, Талдықорған және Семей қалаларынан, сондай-ақ Ресейдің Новосібір облысынан келеді.
Мамандар көптеген жағажайда ескерту белгілері мен құтқарушылар жоқ екенін айтады. Аудандық төтенше жағдайлар бөлімінің бастығы биыл жағажайлардың тек үштен бірінде ғана құтқарушылар кезекшілік атқаратынын мойындады. Қалған жерлерде демалушылар өз бетінше суға түседі, ал қонақ үйлер жауапкершілікті жағажайды жалға алған жеке кәсіпкерлерге жүктейді. Сасықкөлге құятын Тентек өзенінің сағасында да су жылдам ағады, сондықтан онда шомылуға тыйым салынған.
Балқаш көлінің батыс бөлігі тұщы, шығыс бөлігі тұзды. Көлге Қытайдан басталатын Іле өзені құяды.""",
     ann=[
        ('Алакөл', 0, 'facility', 'Lake Alakol', N, {'subkind': 'lake', 'note': 'headline'}),
        ('Балқашта', 0, 'facility', 'Lake Balkhash', N, {'subkind': 'lake', 'note': 'headline; the lake (the boat capsized on the lake), not the town'}),
        ('ТАЛДЫҚОРҒАН', 0, 'city', 'Taldykorgan', ALR, {'note': 'dateline; Almaty Region before 2022-06-08'}),
        ('Алматы облысының', 0, 'region', ALR, ALR),
        ('Алакөл ауданында', 0, 'district', 'Alakol District', ALR),
        ('Қарағанды облысындағы', 0, 'region', KR, KR),
        ('Балқаш көлінде', 0, 'facility', 'Lake Balkhash', N, LAKE),
        ('Көктұма ауылының', 0, 'village', 'Koktuma', ALR, {'note': 'drowning at the beach near the village'}),
        ('Алматыдан', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of the holidaymakers'}),
        ('Алакөлдің', 0, 'facility', 'Lake Alakol', N, LAKE),
        ('Балқаш қаласынан', 0, 'city', 'Balkhash', KR, {'note': 'NI:reference point "15 km from the town of Balkhash"'}),
        ('Приозерскіден', 0, 'city', 'Priozersk', KR, {'note': 'NI:origin of the rescue launch'}),
        ('Балқаш қаласының', 0, 'city', 'Balkhash', KR, {'note': 'NI:residence of the fishermen'}),
        ('Балқаш', 3, 'city', 'Balkhash', KR, {'note': 'NI:inside the name of an authority (the town akimat)'}),
        ('Үшарал', 0, 'city', 'Usharal', ALR, {'note': 'NI:planned rescue posts'}),
        ('Қабанбайдағы', 0, 'village', 'Kabanbay (Alakol)', ALR, {'note': 'NI:planned rescue posts'}),
        ('Алакөлге', 0, 'facility', 'Lake Alakol', N, LAKE),
        ('Алматы', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of visitors; in a list sharing the head noun "қалаларынан"'}),
        ('Талдықорған', 0, 'city', 'Taldykorgan', ALR, {'note': 'NI:origin of visitors; in a list sharing the head noun'}),
        ('Семей', 0, 'city', 'Semey', EKR, {'note': 'NI:origin of visitors; in a list sharing the head noun; East Kazakhstan Region before 2022-06-08'}),
        ('Ресейдің', 0, 'foreign', 'Russia', N),
        ('Новосібір облысынан', 0, 'foreign', 'Novosibirsk Oblast', N, {'note': 'NI:origin of visitors'}),
        ('Сасықкөлге', 0, 'facility', 'Lake Sasykkol', N, LAKE),
        ('Тентек өзенінің', 0, 'facility', 'Tentek River', N, RIV),
        ('Балқаш көлінің', 0, 'facility', 'Lake Balkhash', N, LAKE),
        ('Қытайдан', 0, 'foreign', 'China', N),
        ('Іле өзені', 0, 'facility', 'Ili River', N, RIV),
     ],
     inc={ALR: (1, 'a boy and his father drowned off the beach near Koktuma, Alakol district (one event)'),
          KR: (1, 'a storm capsized a fishing boat on Lake Balkhash 15 km from the town of Balkhash, two dead (north shore, Karaganda Region)')}),

dict(id='p020', date='2021-10-05', lang='kk',
     event='2021 mercury clean-up of the Nura river banks below Temirtau and the Samarkand reservoir (Karaganda Region); the Nura feeds Lake Tengiz in the Korgalzhyn reserve (Akmola Region); Nura-Yesil transfer for Nur-Sultan postponed (no incident)',
     text="""Нұра өзенін сынаптан тазарту жұмысы аяқталды
ҚАРАҒАНДЫ, 5 қазан (Kazinform) - Теміртау қаласының маңындағы Нұра өзенінің жағасын сынаптан тазарту жұмысы аяқталды, деп хабарлады Қарағанды облысының табиғи ресурстар басқармасы.
Кеңес жылдарында Теміртаудағы химия зауыты өзенге жүздеген тонна сынап тастаған. Соңғы кезеңде Самарқанд су қоймасынан төмен 25 шақырым жерден 100 мың текше метр ластанған топырақ алынып, арнайы полигонға көмілді.
Нұра Ақмола облысындағы Қорғалжын қорығы арқылы өтіп, Теңіз көліне құяды. Көлде қызғылт қоқиқаздар ұя салады, сондықтан экологтар жұмыстың әр кезеңін қадағалап отырды.
Нұр-Сұлтан қаласын сумен қамтамасыз ету үшін Нұраның суын Есілге бұру жобасы 1990 жылдардан бері талқыланып келеді. Су ресурстары комитеті жобаны тағы да кейінге қалдырды: алдымен өзеннің түбіндегі сынаптың толық жойылғанын дәлелдеу керек.""",
     ann=[
        ('Нұра өзенін', 0, 'facility', 'Nura River', N, riv('headline')),
        ('ҚАРАҒАНДЫ', 0, 'city', 'Karaganda', KR, {'note': 'dateline'}),
        ('Теміртау қаласының', 0, 'city', 'Temirtau', KR, {'note': 'NI:reference point'}),
        ('Нұра өзенінің', 0, 'facility', 'Nura River', N, RIV),
        ('Қарағанды облысының', 0, 'region', KR, KR, {'note': 'inside the name of an authority'}),
        ('Теміртаудағы', 0, 'city', 'Temirtau', KR, {'note': 'NI:site of the Soviet-era chemical plant'}),
        ('Самарқанд су қоймасынан', 0, 'facility', 'Samarkand reservoir (Temirtau)', N, {'subkind': 'reservoir', 'note': 'the reservoir on the Nura at Temirtau, not the Uzbek city of Samarkand'}),
        ('Нұра', 2, 'facility', 'Nura River', N, RIV),
        ('Ақмола облысындағы', 0, 'region', AKR, AKR),
        ('Қорғалжын қорығы', 0, 'facility', 'Korgalzhyn nature reserve', AKR, {'subkind': 'nature reserve'}),
        ('Теңіз көліне', 0, 'facility', 'Lake Tengiz', N, {'subkind': 'lake', 'note': 'Lake Tengiz in Akmola Region, not the Tengiz oil field'}),
        ('Нұр-Сұлтан қаласын', 0, 'city', 'Astana', 'Astana', {'note': 'NI:planned water supply; the capital named Nur-Sultan 2019-2022'}),
        ('Нұраның', 0, 'facility', 'Nura River', N, RIV),
        ('Есілге', 0, 'facility', 'Ishim River', N, riv('Yesil, the Kazakh name of the Ishim')),
     ],
     inc={}),

dict(id='p021', date='2023-05-16', lang='kk',
     event='2023 less Ili water from China lowers the Kapshagai reservoir at Konaev (the former Kapshagai, Almaty Region); Balkhash district and Bakanas; akimat post in the Kazakh Latin alphabet (no incident)',
     text="""Іле өзенінің суы азайып, Қапшағай су қоймасының деңгейі төмендеді
ҚОНАЕВ, 16 мамыр (ҚазАқпарат) - Қытайдан келетін Іле өзенінің суы биыл көпжылдық орташа деңгейден 20 пайызға аз болып отыр, соның салдарынан Қапшағай су қоймасының деңгейі бір метрге жуық төмендеді, деп хабарлады Алматы облысының әкімдігі.
Су қоймасы Қонаев қаласының жанында орналасқан; қала 2022 жылға дейін Қапшағай деп аталған. Су деңгейінің төмендеуі Балқаш ауданындағы егістікке және Балқаш көліне жететін су көлеміне әсер етуі мүмкін.
Облыс әкімдігі өз парақшасында латын әліпбиімен былай деп жазды:
Ile özenınıñ suy azaiyp otyr, bıraq Qapşağai su qoimasynan Balqaş audanyna jıberıletın su mölşerı qysqartylmaidy. Baqanas auylynyñ diqandary alañdamasyn.
Су шаруашылығы министрлігі Астанада Қытай тарапымен трансшекаралық өзендер бойынша келіссөздерді жалғастырып жатыр. Министрдің айтуынша, Қазақстан Іле бассейнінде жаңа гидробекеттер салуды ұсынады.""",
     ann=[
        ('Іле өзенінің', 0, 'facility', 'Ili River', N, riv('headline')),
        ('Қапшағай су қоймасының', 0, 'facility', 'Kapshagai reservoir', N, {'subkind': 'reservoir', 'note': 'headline'}),
        ('ҚОНАЕВ', 0, 'city', 'Konaev', ALR, {'note': 'dateline'}),
        ('Қытайдан', 0, 'foreign', 'China', N),
        ('Іле өзенінің', 1, 'facility', 'Ili River', N, RIV),
        ('Қапшағай су қоймасының', 1, 'facility', 'Kapshagai reservoir', N, RES),
        ('Алматы облысының', 0, 'region', ALR, ALR, {'note': 'inside the name of an authority'}),
        ('Қонаев қаласының', 0, 'city', 'Konaev', ALR, {'note': 'NI:reference point'}),
        ('Қапшағай', 2, 'city', 'Konaev', ALR, {'note': 'NI:the former name of the city (renamed in 2022), not the reservoir'}),
        ('Балқаш ауданындағы', 0, 'district', 'Balkhash District', ALR, {'note': 'NI:possible effect'}),
        ('Балқаш көліне', 0, 'facility', 'Lake Balkhash', N, LAKE),
        ('Ile özenınıñ', 0, 'facility', 'Ili River', N, riv('Kazakh Latin alphabet')),
        ('Qapşağai su qoimasynan', 0, 'facility', 'Kapshagai reservoir', N, {'subkind': 'reservoir', 'note': 'Kazakh Latin alphabet'}),
        ('Balqaş audanyna', 0, 'district', 'Balkhash District', ALR, {'note': 'Kazakh Latin alphabet'}),
        ('Baqanas auylynyñ', 0, 'village', 'Bakanas', ALR, {'note': 'NI:residence of farmers; Kazakh Latin alphabet'}),
        ('Астанада', 0, 'city', 'Astana', 'Astana', {'note': 'NI:venue of talks'}),
        ('Қытай', 0, 'foreign', 'China', N, {'note': '"Қытай тарапымен": the Chinese side'}),
        ('Қазақстан', 0, 'country', 'Kazakhstan', N),
        ('Іле', 2, 'facility', 'Ili River', N, {'subkind': 'river', 'note': '"Іле бассейнінде": the river basin'}),
     ],
     inc={}),

dict(id='p022', date='2025-04-08', lang='kk',
     event='2025 spring floods in 6 regions: the Lepsy river floods Lepsy village, Sarkand district (Jetisu Region), meltwater floods Bakhty, Urzhar district (Abai Region); the Sarysu rising in Ulytau Region (threat only); dykes built after the 2024 floods',
     text="""Көктемгі су тасқыны: Жетісу мен Абай облыстарында жүздеген үйді су басты
АСТАНА, 8 сәуір (Kazinform) - Қарлы қыс пен күрт жылыну салдарынан елдің 6 облысында 900-ден астам тұрғын үйді су басты, деп хабарлады Төтенше жағдайлар министрлігі. Қазір 4 мыңнан астам адам уақытша баспанада тұр.
Ең ауыр жағдай Жетісу облысының Сарқан ауданында қалыптасты. Лепсі өзені арнасынан асып, Лепсі ауылындағы 230 үйді су басты. Құтқарушылар түнде қайықпен 600 тұрғынды көшірді, олар Сарқан қаласындағы мектептерге орналастырылды. Облыс орталығы Талдықорғаннан 150 құтқарушы мен 40 бірлік техника жіберілді. Лепсі ауылының тұрғындары өзен жағасындағы бөгет 1980 жылдардан бері жөнделмегенін айтады. Қазір ауылда 20-дан астам экскаватор мен самосвал уақытша қорғаныс үйіндісін тұрғызып жатыр. Ауылға апаратын жолдың 3 шақырымы су астында қалғандықтан, азық-түлік тікұшақпен жеткізілуде.
Абай облысының Үржар ауданында таудан аққан еріген қар суы Бақты ауылына кіріп, 80 ауланы басты. Қытаймен шекарадағы Бақты өткізу бекетінің жұмысы екі күнге тоқтатылды. Облыс әкімі Семейден тікұшақпен жетіп, көшірілген тұрғындармен кездесті.
Ұлытау облысында Сарысу өзенінің деңгейі көтеріліп келеді, бірақ әзірге ауылдарға қауіп жоқ. Жезқазған маңындағы бөгеттер нығайтылып, Кеңгір су қоймасынан суды біртіндеп жіберу басталды.
Ертіс бойындағы ауылдарда, Павлодар мен Семей арасында, жағдай бақылауда. Министрдің айтуынша, былтырғы үлкен тасқыннан кейін Қостанай, Ақтөбе және Батыс Қазақстан облыстарында салынған 300 шақырым бөгет биыл өзін ақтады: Тобыл мен Жайық бойында әзірге бірде-бір үйді су баспаған.
Синоптиктер апта соңына дейін Есіл мен Нұра өзендерінде де су деңгейі көтерілетінін ескертті. Министрлік тұрғындарды өзен жағасына жақындамауға және ресми хабарламаларды қадағалап отыруға шақырды. Тасқыннан зардап шеккен отбасыларға бір реттік өтемақы төленеді.""",
     ann=[
        ('Жетісу', 0, 'region', JTR, JTR, {'note': 'headline; in a list sharing the head noun "облыстарында"'}),
        ('Абай', 0, 'region', ABR, ABR, {'note': 'headline; in a list sharing the head noun "облыстарында"'}),
        ('АСТАНА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('6 облысында', 0, 'quantified', '6 regions', N, {'count': 6, 'unit': 'region', 'note': 'houses flooded in 6 regions; two of them named as flooded'}),
        ('Жетісу облысының', 0, 'region', JTR, JTR),
        ('Сарқан ауданында', 0, 'district', 'Sarkand District', JTR),
        ('Лепсі өзені', 0, 'facility', 'Lepsy River', N, RIV),
        ('Лепсі ауылындағы', 0, 'village', 'Lepsy', JTR, {'note': '230 houses flooded; the village, not the river'}),
        ('Сарқан қаласындағы', 0, 'city', 'Sarkand', JTR, {'note': 'NI:shelter for evacuees'}),
        ('Талдықорғаннан', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:origin of rescuers'}),
        ('Лепсі ауылының', 0, 'village', 'Lepsy', JTR, {'note': 'the flooded village'}),
        ('Абай облысының', 0, 'region', ABR, ABR),
        ('Үржар ауданында', 0, 'district', 'Urzhar District', ABR),
        ('Бақты ауылына', 0, 'village', 'Bakhty', ABR, {'note': '80 yards flooded'}),
        ('Қытаймен', 0, 'foreign', 'China', N),
        ('Бақты өткізу бекетінің', 0, 'facility', 'Bakhty checkpoint', ABR, {'subkind': 'border checkpoint', 'note': 'NI:closed for two days (measure)'}),
        ('Семейден', 0, 'city', 'Semey', ABR, {'note': 'NI:origin of the governor'}),
        ('Ұлытау облысында', 0, 'region', UR, UR, {'note': 'NI:river rising, no flooding'}),
        ('Сарысу өзенінің', 0, 'facility', 'Sarysu River', N, RIV),
        ('Жезқазған', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:dykes strengthened'}),
        ('Кеңгір су қоймасынан', 0, 'facility', 'Kengir reservoir', N, RES),
        ('Ертіс', 0, 'facility', 'Irtysh River', N, {'subkind': 'river', 'note': '"Ертіс бойындағы"'}),
        ('Павлодар', 0, 'city', 'Pavlodar', PR, {'note': 'NI:reference point (between Pavlodar and Semey)'}),
        ('Семей', 0, 'city', 'Semey', ABR, {'note': 'NI:reference point (between Pavlodar and Semey)'}),
        ('Қостанай', 0, 'region', KOR, KOR, {'note': 'NI:dykes built; in a list sharing the head noun "облыстарында"'}),
        ('Ақтөбе', 0, 'region', AR, AR, {'note': 'NI:dykes built; in a list sharing the head noun'}),
        ('Батыс Қазақстан', 0, 'region', WKR, WKR, {'note': 'NI:dykes built; in a list sharing the head noun'}),
        ('Тобыл', 0, 'facility', 'Tobol River', N, {'subkind': 'river', 'note': 'in a list sharing the head noun "бойында"'}),
        ('Жайық', 0, 'facility', 'Ural River', N, {'subkind': 'river', 'note': 'in a list sharing "бойында"'}),
        ('Есіл', 0, 'facility', 'Ishim River', N, {'subkind': 'river', 'note': 'in a list sharing the head noun "өзендерінде"'}),
        ('Нұра', 0, 'facility', 'Nura River', N, {'subkind': 'river', 'note': 'in a list sharing the head noun "өзендерінде"'}),
     ],
     inc={JTR: (1, 'the Lepsy river flooded 230 houses in Lepsy village, Sarkand district'),
          ABR: (1, 'meltwater flooded 80 yards in Bakhty, Urzhar district')},
     unatt=[{'label': '6 облысында', 'count': 6, 'note': 'houses flooded in 6 regions; Jetisu and Abai have their own rows, four are not named as flooded'}]),

dict(id='p023', date='2009-06-30', lang='kk',
     event='2009 low Syr Darya leaves rice fields of Zhalagash and Shieli districts short of water (Kyzylorda Region); the Shardara reservoir in South Kazakhstan Region, water from Uzbekistan and Kyrgyzstan, Maktaaral cotton (no incident)',
     text="""Сырдария тартылып, Қызылорда облысының күріш алқаптары су тапшылығына тап болды
ҚЫЗЫЛОРДА, 30 маусым (ҚазАқпарат) - Сырдария өзеніндегі су деңгейі маусымда былтырғы көрсеткіштен 30 пайызға төмен болды, соның салдарынан Жалағаш пен Шиелі аудандарындағы күріш егістігінің бір бөлігі сусыз қалуы мүмкін, деп хабарлады облыстық ауыл шаруашылығы басқармасы.
Басқарманың мәліметінше, Оңтүстік Қазақстан облысындағы Шардара су қоймасына Өзбекстан мен Қырғызстаннан келетін су азайған. Қоймадан жіберілетін судың едәуір бөлігін Мақтаарал ауданының мақта алқаптары алады.
Жалағаш ауданындағы шаруа қожалықтары арықтарды тазалап, суды кезекпен беру кестесін бекітті. Басқарма Қызылорда қаласында фермерлермен кеңес өткізді. Облыс әкімі шаруашылықтарды келесі жылы күріштің бір бөлігін суды аз қажет ететін дақылдармен алмастыруға шақырды. Қазалы мен Арал аудандарының балықшылары Кіші Арал теңізінің деңгейі әзірге сақталып тұрғанын айтады.""",
     ann=[
        ('Сырдария', 0, 'facility', 'Syr Darya', N, riv('headline')),
        ('Қызылорда облысының', 0, 'region', KYR, KYR, {'note': 'headline'}),
        ('ҚЫЗЫЛОРДА', 0, 'city', 'Kyzylorda', KYR, {'note': 'dateline'}),
        ('Сырдария өзеніндегі', 0, 'facility', 'Syr Darya', N, RIV),
        ('Жалағаш', 0, 'district', 'Zhalagash District', KYR, {'note': 'in a list sharing the head noun "аудандарындағы"; water shortage, not counted'}),
        ('Шиелі', 0, 'district', 'Shieli District', KYR, {'note': 'in a list sharing the head noun "аудандарындағы"'}),
        ('Оңтүстік Қазақстан облысындағы', 0, 'region', SKR, SKR, {'note': 'South Kazakhstan Region before 2018-06-19'}),
        ('Шардара су қоймасына', 0, 'facility', 'Shardara reservoir', N, RES),
        ('Өзбекстан', 0, 'foreign', 'Uzbekistan', N, {'note': 'in "Өзбекстан мен Қырғызстаннан" (shared ablative)'}),
        ('Қырғызстаннан', 0, 'foreign', 'Kyrgyzstan', N),
        ('Мақтаарал ауданының', 0, 'district', 'Maktaaral District', SKR),
        ('Жалағаш ауданындағы', 0, 'district', 'Zhalagash District', KYR, {'note': 'NI:farms clean their ditches'}),
        ('Қызылорда қаласында', 0, 'city', 'Kyzylorda', KYR, {'note': 'NI:meeting with farmers'}),
        ('Қазалы', 0, 'district', 'Kazaly District', KYR, {'note': 'NI:in a list sharing the head noun "аудандарының"'}),
        ('Арал', 0, 'district', 'Aral District', KYR, {'note': 'NI:in a list sharing the head noun "аудандарының"'}),
        ('Кіші Арал теңізінің', 0, 'facility', 'Small Aral Sea', N, SEA),
     ],
     inc={}),

dict(id='p024', date='2026-01-20', lang='kk',
     event='2026 a teenager drowns through the Ural (Zhaiyk) ice at the edge of Oral, opposite Koshim (West Kazakhstan Region), and a car breaks through the ice at an unofficial crossing near Atyrau, no dead (Atyrau Region); emergencies department post in the Kazakh Latin alphabet; ice crossings on the Elek closed in Aktobe Region',
     text="""Жайықтың мұзы ойылып, екі жасөспірім суға кетті
ОРАЛ, 20 қаңтар (ҚазТАГ) - Орал қаласының шетінде Жайық өзенінің мұзымен жүріп келе жатқан 14 жастағы екі жасөспірім мұз ойылып суға кетті, деп хабарлады Батыс Қазақстан облысының төтенше жағдайлар департаменті. Біреуін жақын жерде отырған балықшылар құтқарып алды, екіншісінің денесін сүңгуірлер кешке қарай тапты.
Оқиға жексенбі күні түстен кейін Көшім ауылына қарама-қарсы жағалауда болған. Жылы ауа райына байланысты Жайықтағы мұздың қалыңдығы қазір 10-15 сантиметрден аспайды, ал ағыс тұсында одан да жұқа.
Атырауда да мұзға шыққан көлік суға батты. Сенбі күні кешке қала маңындағы заңсыз өткелде өзеннен өтпек болған жол талғамайтын көлік мұзды ойып кетті, жүргізуші мен жолаушы терезеден шығып үлгерді. Полиция жүргізушіге айыппұл салды. Атырау облысының полициясы қаңтар айында Жайық арқылы заңсыз өткен 30-дан астам жүргізушіге айыппұл салған. Мамандар өзеннің Атырау қаласы тұсындағы ағысы жылдам болғандықтан, мұнда мұздың ешқашан толық қатпайтынын ескертеді. Ресми мұз өткелдері тек Махамбет ауданындағы ауылдардың маңында ғана ашылған.
Департамент өз парақшасында латын әліпбиімен ескерту жариялады:
Jaiyq özenınıñ mūzy älı berık emes. Oral men Atyrau qalalarynyñ mañyndağy resmi emes ötkelderge şyğuğa tyiym salynady.
Ақтөбе облысында да Елек өзеніндегі барлық мұз өткелдері жабылды. Мамандардың айтуынша, Жайық Ресейдің Орынбор облысындағы таулардан басталып, Каспий теңізіне құяды, сондықтан оның мұзы Орал мен Атырау арасында біркелкі қатпайды.
Өткен қыста облыста мұз үстінде үш адам қаза тапқан еді. Биыл департамент мектептерде балаларға арналған сабақтар өткізіп, жағалауға 40 ескерту тақтасын орнатты. Құтқарушылар Көшім, Дарьинское және Январцево ауылдарының маңында кезекші бекет ашты. Департамент ата-аналарды балаларын мұз үстіне жібермеуге шақырды. Ескерту тақталары мен кезекші бекеттер көктемге дейін жұмыс істейді.""",
     ann=[
        ('Жайықтың', 0, 'facility', 'Ural River', N, riv('headline; Zhaiyk, the Kazakh name of the Ural')),
        ('ОРАЛ', 0, 'city', 'Oral', WKR, {'note': 'dateline'}),
        ('Орал қаласының', 0, 'city', 'Oral', WKR, {'note': 'drowning at the edge of the city'}),
        ('Жайық өзенінің', 0, 'facility', 'Ural River', N, RIV),
        ('Батыс Қазақстан облысының', 0, 'region', WKR, WKR, {'note': 'inside the name of an authority'}),
        ('Көшім ауылына', 0, 'village', 'Kushum', WKR, {'note': 'NI:reference point "opposite the village of Koshim"'}),
        ('Жайықтағы', 0, 'facility', 'Ural River', N, RIV),
        ('Атырауда', 0, 'city', 'Atyrau', ATR, {'note': 'car broke through the ice at a crossing near the city'}),
        ('Атырау облысының', 0, 'region', ATR, ATR, {'note': 'inside the name of an authority'}),
        ('Жайық', 1, 'facility', 'Ural River', N, RIV),
        ('Атырау қаласы', 0, 'city', 'Atyrau', ATR, {'note': 'NI:fast current at the city'}),
        ('Махамбет ауданындағы', 0, 'district', 'Makhambet District', ATR, {'note': 'NI:official ice crossings'}),
        ('Jaiyq özenınıñ', 0, 'facility', 'Ural River', N, riv('Kazakh Latin alphabet')),
        ('Oral', 0, 'city', 'Oral', WKR, {'note': 'NI:ban; Kazakh Latin alphabet, in a list sharing the head noun "qalalarynyñ"'}),
        ('Atyrau', 0, 'city', 'Atyrau', ATR, {'note': 'NI:ban; Kazakh Latin alphabet, in a list sharing the head noun "qalalarynyñ"'}),
        ('Ақтөбе облысында', 0, 'region', AR, AR, {'note': 'NI:ice crossings closed (measure)'}),
        ('Елек өзеніндегі', 0, 'facility', 'Ilek River', N, RIV),
        ('Жайық', 2, 'facility', 'Ural River', N, RIV),
        ('Ресейдің', 0, 'foreign', 'Russia', N),
        ('Орынбор облысындағы', 0, 'foreign', 'Orenburg Oblast', N),
        ('Каспий теңізіне', 0, 'facility', 'Caspian Sea', N, SEA),
        ('Орал', 1, 'city', 'Oral', WKR, {'note': 'NI:reference point (between Oral and Atyrau)'}),
        ('Атырау', 2, 'city', 'Atyrau', ATR, {'note': 'NI:reference point (between Oral and Atyrau)'}),
        ('Көшім', 1, 'village', 'Kushum', WKR, {'note': 'NI:rescue post; in a list sharing the head noun "ауылдарының"'}),
        ('Дарьинское', 0, 'village', 'Darinskoye', WKR, {'note': 'NI:rescue post; in a list sharing the head noun'}),
        ('Январцево', 0, 'village', 'Yanvartsevo', WKR, {'note': 'NI:rescue post; in a list sharing the head noun'}),
     ],
     inc={WKR: (1, 'a teenager drowned through the ice of the Ural at the edge of Oral (one event, two teenagers)'),
          ATR: (1, 'a car broke through the ice at an unofficial crossing near Atyrau; no dead (accident)')}),
]
