"""Kazakh texts of the thirty-sixth unseen check corpus (p023 has a paragraph in the Kazakh
Latin alphabet of January 2021)."""
N = None
JR, ALR, KYR, TR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'Turkistan Region', 'South Kazakhstan Region'
ABR, JTR, EKR, MR, KOR = 'Abai Region', 'Jetisu Region', 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR, UR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region', 'Ulytau Region'
ATR, AR, WKR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region'

DOCS = [
dict(id='p017', date='2003-05-14', lang='kk',
     event='2003 food poisoning of 27 pupils at the school of Satpayev village, Maktaaral district (South Kazakhstan Region before 2018); children treated in Jetisai and Shymkent; the village is a namesake of the town Satpayev and is named after a person',
     text="""Мақтаарал ауданында 27 оқушы уланды
ШЫМКЕНТ, 14 мамыр. ҚазАқпарат – Оңтүстік Қазақстан облысы Мақтаарал ауданындағы Сәтбаев ауылының №38 мектебінде сейсенбі күні 27 оқушы түскі астан кейін уланып, ауруханаға жеткізілді. Бұл туралы облыстық денсаулық сақтау басқармасы хабарлады.
Балалардың 19-ы Жетісайдағы аудандық ауруханада, 8-і Шымкенттегі облыстық балалар ауруханасында емделіп жатыр. Дәрігерлердің айтуынша, олардың жағдайы қауіпті емес.
Санэпидстанция мамандары мектеп асханасындағы палау мен сүттен сынама алды. Асханаға азық-түлік жеткізген кәсіпкер полицияға шақырылды, мектеп директоры уақытша қызметінен шеттетілді. Мектепте сабақ екі күнге тоқтатылып, аудан әкімі барлық мектеп асханаларын тексеруді тапсырды.
Айта кетейік, Сәтбаев ауылы Өзбекстан шекарасына жақын орналасқан, оған ғалым Қаныш Сәтбаевтың есімі берілген. Ауылдағы мектепте 900-ден астам бала оқиды, оның жартысы екі ауысыммен білім алады.""",
     ann=[
        ('Мақтаарал ауданында', 0, 'district', 'Maktaaral District', SKR, {'note': 'headline'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', SKR, {'note': 'dateline; South Kazakhstan Region in 2003'}),
        ('Оңтүстік Қазақстан облысы', 0, 'region', SKR, SKR),
        ('Мақтаарал ауданындағы', 0, 'district', 'Maktaaral District', SKR),
        ('Сәтбаев ауылының', 0, 'village', 'Satpayev (Maktaaral District)', SKR, {'note': 'village named after a person; not the town Satpayev of Ulytau Region'}),
        ('Жетісайдағы', 0, 'city', 'Jetisai', SKR, {'note': 'NI:town of the hospital; Jetisai, not Jetisu Region'}),
        ('Шымкенттегі', 0, 'city', 'Shymkent', SKR, {'note': 'NI:town of the hospital; South Kazakhstan Region in 2003'}),
        ('Сәтбаев ауылы', 0, 'village', 'Satpayev (Maktaaral District)', SKR),
        ('Өзбекстан', 0, 'foreign', 'Uzbekistan', N, {'note': 'NI:reference point (border)'}),
     ],
     inc={SKR: (1, 'food poisoning of 27 pupils at school No. 38 in Satpayev village, Maktaaral district')}),

dict(id='p018', date='2019-09-05', lang='kk',
     event='2019 new regional children\'s hospital opens in Turkistan, the new centre of Turkistan Region; Shymkent a city of republican significance since 2018; new schools in Kentau, Arys and in Abai village of Saryagash district (a school named after Zhambyl); clinics in 12 villages, Otyrar and Shardara districts (no incident)',
     text="""Түркістанда 250 орындық облыстық балалар ауруханасы ашылды
ТҮРКІСТАН, 5 қыркүйек. ҚазАқпарат – Түркістан облысының жаңа орталығы Түркістан қаласында 250 орындық көпсалалы облыстық балалар ауруханасы пайдалануға берілді. Ашылу рәсіміне Нұр-Сұлтаннан келген денсаулық сақтау вице-министрі қатысты.
Осы уақытқа дейін облыстың ауыр науқас балалары Шымкенттегі ауруханаларға жеткізілетін. 2018 жылы Шымкент республикалық маңызы бар қала мәртебесін алып, облыс орталығы Түркістанға көшкеннен кейін өңір өз балалар ауруханасынсыз қалған еді. Жаңа ауруханада кардиохирургия, нейрохирургия және жаңа туған нәрестелерге арналған реанимация бөлімдері бар. Ғимарат қаладағы Бекзат Саттарханов даңғылында салынды. Ауруханада телемедицина орталығы да жұмыс істейді.
Сонымен қатар, жаңа оқу жылына облыста 21 мектеп салынды. Кентауда 1 200 орындық мектеп-лицей, Арыста 600 орындық мектеп ашылды. Сарыағаш ауданындағы Абай ауылында Жамбыл атындағы мектептің жаңа ғимараты пайдалануға берілді: бұған дейін балалар 1962 жылы салынған ескі үйде үш ауысыммен оқитын.
Облыс әкімдігінің мәліметінше, биыл 12 ауылда дәрігерлік амбулатория мен фельдшерлік-акушерлік пункт ашылды, олардың бесеуі Отырар және Шардара аудандарында. Ауылға жұмысқа келген 140 жас дәрігерге баспана беріліп, көтерме жәрдемақы төленді.
Облыстық денсаулық сақтау басқармасының басшысы келесі жылы Түркістан қаласында перинаталдық орталықтың құрылысы басталатынын айтты. Қазір облыстағы жүкті әйелдердің бір бөлігі әлі де Шымкент перинаталдық орталығына жіберіледі.
Жаңа ауруханада 600-ден астам маман жұмыс істейді, олардың 120-сы – дәрігер. Дәрігерлердің бір бөлігі Шымкент пен Алматыдан көшіп келді, оларға қаладан пәтер берілді. Аурухана жанында ата-аналарға арналған 40 орындық қонақүй бар. Облыс әкімі мектептердегі үш ауысымды оқуды 2021 жылға дейін толық жою үшін тағы 30 мектеп салынатынын айтты. Оның сөзінше, мектеп тапшылығы әсіресе Мақтаарал және Сарыағаш аудандарында сезіледі.""",
     ann=[
        ('Түркістанда', 0, 'city', 'Turkistan', TR, {'note': 'headline'}),
        ('ТҮРКІСТАН', 0, 'city', 'Turkistan', TR, {'note': 'dateline'}),
        ('Түркістан облысының', 0, 'region', TR, TR),
        ('Түркістан қаласында', 0, 'city', 'Turkistan', TR),
        ('Нұр-Сұлтаннан', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of the vice-minister; the capital in 2019'}),
        ('Шымкенттегі', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:hospitals where children used to be taken'}),
        ('Шымкент', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:became a city of republican significance in 2018'}),
        ('Түркістанға', 0, 'city', 'Turkistan', TR, {'note': 'NI:the new regional seat'}),
        ('Бекзат Саттарханов даңғылында', 0, 'facility', 'Bekzat Sattarkhanov Avenue (Turkistan)', TR, {'subkind': 'street', 'note': 'avenue named after a person'}),
        ('Кентауда', 0, 'city', 'Kentau', TR, {'note': 'NI:new school'}),
        ('Арыста', 0, 'city', 'Arys', TR, {'note': 'NI:new school'}),
        ('Сарыағаш ауданындағы', 0, 'district', 'Saryagash District', TR),
        ('Абай ауылында', 0, 'village', 'Abai (Saryagash District)', TR, {'note': 'NI:new school building; village named after the poet; the school "Жамбыл атындағы" is named after a person'}),
        ('12 ауылда', 0, 'quantified', '12 villages', N, {'count': 12, 'unit': 'village', 'note': 'new clinics (not an incident)'}),
        ('Отырар', 0, 'district', 'Otyrar District', TR, {'note': 'in a list sharing "аудандарында"'}),
        ('Шардара', 0, 'district', 'Shardara District', TR, {'note': 'in a list sharing "аудандарында"'}),
        ('Түркістан қаласында', 1, 'city', 'Turkistan', TR, {'note': 'NI:planned perinatal centre'}),
        ('Шымкент', 1, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:modifier in the name of a perinatal centre, where women are sent'}),
        ('Шымкент', 2, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:origin of doctors'}),
        ('Алматыдан', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of doctors'}),
        ('Мақтаарал', 0, 'district', 'Maktaaral District', TR, {'note': 'in a list sharing "аудандарында"; shortage of schools'}),
        ('Сарыағаш', 1, 'district', 'Saryagash District', TR, {'note': 'in a list sharing "аудандарында"; shortage of schools'}),
     ],
     inc={}),

dict(id='p019', date='2022-11-15', lang='kk',
     event='2022 intestinal infection of 14 children in a kindergarten in Usharal, Alakol district (Jetisu Region, five months after its creation); milk supplied from Kabanbai village; infections in kindergartens in three districts (unattributed)',
     text="""Үшаралда балабақшада 14 бала ішек инфекциясын жұқтырды
ТАЛДЫҚОРҒАН, 15 қараша. Kazinform – Жетісу облысы Алакөл ауданының орталығы Үшарал қаласындағы «Айгөлек» балабақшасында 14 бала ішек инфекциясын жұқтырды, деп хабарлады облыстық санитариялық-эпидемиологиялық бақылау департаменті.
Балалардың 12-сі Үшаралдағы аудандық ауруханада ем алып жатыр, жағдайы ауыр екі бала Талдықорғандағы облыстық балалар ауруханасына жеткізілді. Балабақша 10 күнге карантинге жабылды. Ата-аналар балабақша әкімшілігі балалардың ауырғанын бірден хабарламағанына шағымданды, аудан әкімдігі барлық балабақшаларды тексеруді тапсырды.
Тексеру барысында балабақшаға сүт Қабанбай ауылындағы шаруа қожалығынан құжатсыз жеткізілгені анықталды. Қожалық иесіне әкімшілік іс қозғалды.
Департамент мәліметінше, биыл облыстағы балабақшаларда ішек инфекциясының жаппай жұқтыру жағдайлары үш ауданда тіркелген. Биыл маусымда құрылған Жетісу облысында 300-ге жуық балабақша бар, олардың үштен бірі жекеменшік.""",
     ann=[
        ('Үшаралда', 0, 'city', 'Usharal', JTR, {'note': 'headline'}),
        ('ТАЛДЫҚОРҒАН', 0, 'city', 'Taldykorgan', JTR, {'note': 'dateline'}),
        ('Жетісу облысы', 0, 'region', JTR, JTR),
        ('Алакөл ауданының', 0, 'district', 'Alakol District', JTR),
        ('Үшарал қаласындағы', 0, 'city', 'Usharal', JTR),
        ('Үшаралдағы', 0, 'city', 'Usharal', JTR, {'note': 'NI:town of the hospital (same town as the infection)'}),
        ('Талдықорғандағы', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:town of the hospital'}),
        ('Қабанбай ауылындағы', 0, 'village', 'Kabanbai (Alakol District)', JTR, {'note': 'NI:origin of the milk; village named after a person'}),
        ('үш ауданда', 0, 'quantified', '3 districts', N, {'count': 3, 'unit': 'district', 'note': 'mass intestinal infections in kindergartens this year'}),
        ('Жетісу облысында', 0, 'region', JTR, JTR),
     ],
     inc={JTR: (1, 'intestinal infection of 14 children in the «Айгөлек» kindergarten in Usharal, Alakol district')},
     unatt=[{'label': 'үш ауданда', 'count': 3, 'note': 'mass intestinal infections in kindergartens in three unnamed districts of the region this year (Alakol district may be one of them)'}]),

dict(id='p020', date='1996-04-08', lang='kk',
     event='1996 diphtheria vaccination campaign in all regions announced in Almaty, then the capital; case counts in Almaty and Shymkent (South Kazakhstan Region); mobile teams for the Aral and Kazaly districts of Kyzylorda Region (no incident)',
     text="""Дифтерияға қарсы екпе барлық облыстарда басталды
АЛМАТЫ, 8 сәуір. ҚазАқпарат – Денсаулық сақтау министрлігі дифтерияға қарсы жаппай екпе науқанын бастады. Екпе барлық облыстарда 3 жастан 50 жасқа дейінгі тұрғындарға тегін салынады, деп хабарлады министрлік.
Өткен жылы республикада дифтериямен 400-ден астам адам ауырып, оның 19-ы қайтыс болған. Аурудың ең көп жағдайы Алматы қаласы мен Шымкентте тіркелген.
Вакцина Ресейден және Жапония үкіметінің гранты есебінен сатып алынды. Қызылорда облысында Арал және Қазалы аудандарының шалғай ауылдарына екпе салу үшін жылжымалы бригадалар жіберіледі. Алдағы екі айда екпені 5 миллионнан астам адам алуы тиіс. Вакцина облыс орталықтарына теміржолмен жеткізіліп, одан әрі аудандарға таратылады.
Министрлік ата-аналарды балаларын емханаларға уақытында әкелуге шақырды. Екпеден бас тартқан отбасылармен дәрігерлер жеке жұмыс жүргізеді.""",
     ann=[
        ('барлық облыстарда', 0, 'quantified', 'all regions', N, {'count': None, 'unit': 'region', 'quantifier': 'all', 'note': 'headline; vaccination campaign (not an incident)'}),
        ('АЛМАТЫ', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline; the capital in 1996'}),
        ('барлық облыстарда', 1, 'quantified', 'all regions', N, {'count': None, 'unit': 'region', 'quantifier': 'all', 'note': 'vaccination campaign (not an incident)'}),
        ('Алматы қаласы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:case counts (statistics, not incidents)'}),
        ('Шымкентте', 0, 'city', 'Shymkent', SKR, {'note': 'NI:case counts (statistics, not incidents); South Kazakhstan Region in 1996'}),
        ('Ресейден', 0, 'foreign', 'Russia', N, {'note': 'NI:origin of vaccine'}),
        ('Жапония', 0, 'foreign', 'Japan', N, {'note': 'NI:donor country'}),
        ('Қызылорда облысында', 0, 'region', KYR, KYR),
        ('Арал', 0, 'district', 'Aral District', KYR, {'note': 'in a list sharing "аудандарының"'}),
        ('Қазалы', 0, 'district', 'Kazaly District', KYR, {'note': 'in a list sharing "аудандарының"'}),
     ],
     inc={}),

dict(id='p021', date='2018-03-12', lang='kk',
     event='2018 fire at children\'s clinic No. 5 on Zhibek Zholy street, Abai district of Shymkent, 60 children evacuated (South Kazakhstan Region, three months before Shymkent became its own unit); Abai district of the city vs the poet',
     text="""Шымкентте балалар емханасында өрт шықты: 60 бала эвакуацияланды
ШЫМКЕНТ, 12 наурыз. Tengrinews.kz – Шымкент қаласы Абай ауданындағы №5 балалар емханасында дүйсенбі күні таңертең өрт шықты. Ғимараттан 60 бала мен 25 қызметкер эвакуацияланды, зардап шеккендер жоқ, деп хабарлады Оңтүстік Қазақстан облысының төтенше жағдайлар департаменті.
Өрт емхананың екінші қабатындағы процедуралық бөлмеде электр сымының тұйықталуынан басталған. Өрт кезінде емханада екпе жүріп жатқан, ата-аналар кішкентай балаларын көтеріп шыққан. Өрт сөндірушілер жалынды 40 минутта сөндірді, өрттің себебін анықтау үшін сараптама тағайындалды. Жібек жолы көшесіндегі емхананың қабылдауы уақытша қаладағы №3 емханаға ауыстырылды.
Облыс әкімі барлық медициналық мекемелер мен мектептердің өрт қауіпсіздігін тексеруді тапсырды. Ата-аналар әлеуметтік желіде емхана ғимаратының 1970 жылдары салынғанын, онда өрт дабылы жұмыс істемегенін жазды.""",
     ann=[
        ('Шымкентте', 0, 'city', 'Shymkent', SKR, {'note': 'headline; South Kazakhstan Region before 2018-06-19'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', SKR, {'note': 'dateline'}),
        ('Шымкент қаласы', 0, 'city', 'Shymkent', SKR),
        ('Абай ауданындағы', 0, 'district', 'Abai District (Shymkent)', SKR, {'subkind': 'city district', 'note': 'district of Shymkent; South Kazakhstan Region in March 2018, before the city became its own unit'}),
        ('Оңтүстік Қазақстан облысының', 0, 'region', SKR, SKR, {'note': 'inside the name of an authority'}),
        ('Жібек жолы көшесіндегі', 0, 'facility', 'Zhibek Zholy Street (Shymkent)', SKR, {'subkind': 'street'}),
     ],
     inc={SKR: (1, "fire at children's clinic No. 5 in Abai district of Shymkent, 60 children evacuated")}),

dict(id='p022', date='2023-10-18', lang='kk',
     event='2023 measles cluster of 17 pupils at school No. 5 in Kulsary, Zhylyoi district (Atyrau Region); a child lost near Saraishyk, Makhambet district, found after two days (not counted); a new regional children\'s hospital in the Nursaya microdistrict of Atyrau; graduates from Oral and Aktobe',
     text="""Құлсарыда мектепте қызылша ошағы анықталды
АТЫРАУ, 18 қазан. Kazinform – Атырау облысы Жылыой ауданының орталығы Құлсары қаласындағы №5 мектепте 17 оқушы қызылшамен ауырды, деп хабарлады облыстық санитариялық-эпидемиологиялық бақылау департаменті. Мектеп екі аптаға карантинге жабылып, оқушылар қашықтан оқуға көшірілді. Аурудың алғашқы белгілері 9 қазанда бір оқушыдан байқалған, кейін ауру оның сыныптастары мен інілеріне жұққан. Мектептегі барлық сыныптар дезинфекцияланды.
Ауырған балалардың тоғызы Құлсарыдағы аудандық ауруханада, жағдайы ауыр екеуі Атыраудағы облыстық балалар ауруханасында ем алып жатыр. Олардың ешқайсысы екпе алмаған. Биыл облыста қызылшаның 60-тан астам жағдайы тіркелген, оның 40-ы – балалар. Департамент басшысының айтуынша, облыста ата-аналардың 6 пайызы балаларына екпе салдырудан бас тартқан.
Сонымен қатар Махамбет ауданында жоғалған алты жасар бала екі күндік іздеуден кейін табылды. Ол Сарайшық ауылының маңында Жайық өзенінің жағасындағы қамыс арасынан табылды. Бала ата-анасымен бірге туыстарына қонаққа барғанда үйден шығып кеткен. Іздеуге тікұшақ пен дрондар тартылып, құтқарушылар, полиция қызметкерлері мен еріктілер болып 200-ге жуық адам қатысты. Іздеуге жергілікті тұрғындар да атпен шығып көмектесті. Табылған бала аудандық ауруханада тексерілді, оның денсаулығына қауіп жоқ.
Атыраудың Нұрсая шағын ауданында салынып жатқан 300 орындық жаңа облыстық балалар ауруханасының құрылысы жыл соңында аяқталады. Ғимаратқа заманауи реанимация бөлімі мен балалар хирургиясы орталығы орналасады.
Облыстық денсаулық сақтау басқармасының мәліметінше, өңірге 120-дан астам дәрігер жетіспейді. Биыл Орал мен Ақтөбедегі медициналық университеттердің 45 түлегі облыстың ауылдарына жұмысқа келді. Оларға баспана мен көтерме жәрдемақы берілді. Басқарма басшысы жас мамандарды тарту үшін Құлсары қаласы мен Доссор кентінде дәрігерлерге арналған 40 пәтерлік үйлер салынатынын айтты. Қазір облыстық балалар ауруханасы 1975 жылы салынған ғимаратта орналасқан.""",
     ann=[
        ('Құлсарыда', 0, 'city', 'Kulsary', ATR, {'note': 'headline'}),
        ('АТЫРАУ', 0, 'city', 'Atyrau', ATR, {'note': 'dateline'}),
        ('Атырау облысы', 0, 'region', ATR, ATR),
        ('Жылыой ауданының', 0, 'district', 'Zhylyoi District', ATR),
        ('Құлсары қаласындағы', 0, 'city', 'Kulsary', ATR),
        ('Құлсарыдағы', 0, 'city', 'Kulsary', ATR, {'note': 'NI:town of the hospital (same town as the outbreak)'}),
        ('Атыраудағы', 0, 'city', 'Atyrau', ATR, {'note': 'NI:town of the hospital'}),
        ('Махамбет ауданында', 0, 'district', 'Makhambet District', ATR, {'note': 'NI:a missing child found after a search (not an incident); district named after a person'}),
        ('Сарайшық ауылының', 0, 'village', 'Saraishyk', ATR, {'note': 'NI:reference point of the search'}),
        ('Жайық өзенінің', 0, 'facility', 'Ural River', N, {'subkind': 'river', 'note': 'NI:where the child was found'}),
        ('Атыраудың', 0, 'city', 'Atyrau', ATR, {'note': 'NI:new hospital under construction'}),
        ('Нұрсая шағын ауданында', 0, 'district', 'Nursaya (Atyrau)', ATR, {'subkind': 'microdistrict', 'note': 'NI:new hospital under construction'}),
        ('Орал', 0, 'city', 'Oral', WKR, {'note': 'NI:seat of a medical university, origin of graduates'}),
        ('Ақтөбедегі', 0, 'city', 'Aktobe', AR, {'note': 'NI:seat of a medical university, origin of graduates'}),
        ('Құлсары қаласы', 0, 'city', 'Kulsary', ATR, {'note': 'NI:planned housing for doctors'}),
        ('Доссор кентінде', 0, 'village', 'Dossor', ATR, {'note': 'NI:planned housing for doctors'}),
     ],
     inc={ATR: (1, 'measles cluster of 17 pupils at school No. 5 in Kulsary; the child lost near Saraishyk and found alive is not counted')}),

dict(id='p023', date='2025-02-10', lang='kk',
     event='2025 four new village clinics open in Boranqul, Sarga, Tolep and Tazhen, Beineu district (Mangystau Region); doctors from Aktau and Zhanaozen; akimat post in the Kazakh Latin alphabet on clinics in all districts, Qaraqiia and Mūnaily districts (no incident)',
     text="""Бейнеу ауданында төрт жаңа дәрігерлік амбулатория ашылды
АҚТАУ, 10 ақпан. ҚазАқпарат – Маңғыстау облысы Бейнеу ауданының Боранқұл, Сарға, Төлеп және Тәжен ауылдарында жаңа дәрігерлік амбулаториялар ашылды. Бұған дейін бұл ауылдардың тұрғындары дәрігерге 80–100 шақырым жердегі Бейнеу кентіне баруға мәжбүр болатын.
Амбулаторияларға Ақтау мен Жаңаөзеннен келген жас дәрігерлер жұмысқа орналасты. Әр ауылда педиатр, терапевт пен мейіргер жұмыс істейді, жүкті әйелдер мен балаларды аудандық ауруханаға жеткізу үшін жедел жәрдем көлігі берілді.
Облыс әкімдігі өз парақшасында былай деп жазды: «Oblys äkımdıgınıñ habarlauynşa, biyl Mañğystau oblysynyñ barlyq audandarynda 11 jaña emhana men feldşerlık punkt salynady. Olardyñ üşeuı Qaraqiia audanynda, ekeuı Mūnaily audanynda bolady.»
Жаңа амбулаториялардың әрқайсысы ауысымына 50 келушіге арналған. Бейнеу ауданында 70 мыңнан астам адам тұрады. Былтыр облыс ауылдарына 60 жас дәрігер жіберілген.""",
     ann=[
        ('Бейнеу ауданында', 0, 'district', 'Beineu District', MR, {'note': 'headline'}),
        ('АҚТАУ', 0, 'city', 'Aktau', MR, {'note': 'dateline'}),
        ('Маңғыстау облысы', 0, 'region', MR, MR),
        ('Бейнеу ауданының', 0, 'district', 'Beineu District', MR),
        ('Боранқұл', 0, 'village', 'Boranqul', MR, {'note': 'in a list sharing "ауылдарында"'}),
        ('Сарға', 0, 'village', 'Sarga', MR, {'note': 'in a list sharing "ауылдарында"'}),
        ('Төлеп', 0, 'village', 'Tolep', MR, {'note': 'in a list sharing "ауылдарында"'}),
        ('Тәжен', 0, 'village', 'Tazhen', MR, {'note': 'in a list sharing "ауылдарында"'}),
        ('Бейнеу кентіне', 0, 'village', 'Beineu', MR, {'note': 'the district centre (кент)'}),
        ('Бейнеу ауданында', 1, 'district', 'Beineu District', MR),
        ('Ақтау', 0, 'city', 'Aktau', MR, {'note': 'NI:origin of doctors'}),
        ('Жаңаөзеннен', 0, 'city', 'Zhanaozen', MR, {'note': 'NI:origin of doctors'}),
        ('Mañğystau oblysynyñ', 0, 'region', MR, MR, {'note': 'Kazakh Latin alphabet'}),
        ('barlyq audandarynda', 0, 'quantified', 'all districts', N, {'count': None, 'unit': 'district', 'quantifier': 'all', 'note': 'Kazakh Latin alphabet; planned clinics (not an incident)'}),
        ('Qaraqiia audanynda', 0, 'district', 'Karakiya District', MR, {'note': 'Kazakh Latin alphabet'}),
        ('Mūnaily audanynda', 0, 'district', 'Munaily District', MR, {'note': 'Kazakh Latin alphabet'}),
     ],
     inc={}),

dict(id='p024', date='2012-12-06', lang='kk',
     event='2012 new clinic in Kandyagash and maternity unit in Emba, Mugalzhar district (Aktobe Region); mobile clinic for Zhem and Akkemir villages; Zhem village vs the Zhem (Emba) river; doctors of the regional children\'s hospital in Aktobe (no incident)',
     text="""Мұғалжар ауданында жаңа емхана мен перзентхана ашылды
АҚТӨБЕ, 6 желтоқсан. ҚазАқпарат – Ақтөбе облысы Мұғалжар ауданының Қандыағаш қаласында ауысымына 250 келушіге арналған емхана, Ембі қаласында 30 төсектік перзентхана пайдалануға берілді, деп хабарлады облыстық денсаулық сақтау басқармасы. Емхана құрылысына республикалық бюджеттен 1,2 миллиард теңге бөлінді. Бұған дейін Қандыағаш тұрғындары 1960 жылдары салынған ескі ғимаратта қабылданатын.
Жем өзенінің бойындағы Жем және Ақкемер ауылдарының тұрғындарына енді айына екі рет жылжымалы медициналық кешен барады. Кешенде флюорография, ультрадыбыстық зерттеу және стоматология кабинеттері бар.
«Дипломмен – ауылға» бағдарламасы бойынша биыл ауданға 38 жас маман келді, олардың 11-і – дәрігер. Ақтөбедегі облыстық балалар ауруханасының дәрігерлері де аудандарға жүйелі түрде шығып, балаларды тексеріп тұрады.
Басқарма мәліметінше, облыстың ауылдық жерлерінде әлі де 70-ке жуық дәрігер жетіспейді.""",
     ann=[
        ('Мұғалжар ауданында', 0, 'district', 'Mugalzhar District', AR, {'note': 'headline'}),
        ('АҚТӨБЕ', 0, 'city', 'Aktobe', AR, {'note': 'dateline'}),
        ('Ақтөбе облысы', 0, 'region', AR, AR),
        ('Мұғалжар ауданының', 0, 'district', 'Mugalzhar District', AR),
        ('Қандыағаш қаласында', 0, 'city', 'Kandyagash', AR),
        ('Ембі қаласында', 0, 'city', 'Emba', AR),
        ('Қандыағаш', 1, 'city', 'Kandyagash', AR),
        ('Жем өзенінің', 0, 'facility', 'Emba River', N, {'subkind': 'river', 'note': 'the Zhem (Emba) river, not the village'}),
        ('Жем', 1, 'village', 'Zhem', AR, {'note': 'in a list sharing "ауылдарының"'}),
        ('Ақкемер', 0, 'village', 'Akkemir', AR, {'note': 'in a list sharing "ауылдарының"'}),
        ('Ақтөбедегі', 0, 'city', 'Aktobe', AR, {'note': "NI:seat of the regional children's hospital"}),
     ],
     inc={}),
]
