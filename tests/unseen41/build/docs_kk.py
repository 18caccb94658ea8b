"""Kazakh texts of the forty-first unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420). p018 and p021 carry a paragraph in the
Kazakh Latin alphabet of January 2021."""
N = None
JR, ALR, KYR, TR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'Turkistan Region', 'South Kazakhstan Region'
ABR, JTR, EKR, MR, KOR = 'Abai Region', 'Jetisu Region', 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR, UR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region', 'Ulytau Region'
ATR, AR, WKR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region'

DOCS = [
dict(id='p017', date='2012-08-21', lang='kk',
     event='2012 fire in the converter shop of the Zhezkazgan copper smelter, two workers burnt (Karaganda Region, before the 2022 split); Satpayev and Balkhash; Kazakhmys is a company',
     text="""Жезқазған мыс балқыту зауытында өрт шығып, екі жұмысшы күйік алды
ЖЕЗҚАЗҒАН. 21 тамыз. ҚазАқпарат — «Қазақмыс» корпорациясына қарасты Жезқазған мыс балқыту зауытында дүйсенбі түнде өрт шығып, екі жұмысшы күйік алды. Бұл туралы Қарағанды облысы төтенше жағдайлар департаментінің баспасөз қызметі хабарлады.
Өрт конвертер цехындағы кабель арнасынан басталған. Оны зауыттың өрт сөндіру бөлімі мен Жезқазған қаласының құтқарушылары 40 минутта сөндірді. Зардап шеккен екі жұмысшы қалалық ауруханаға жеткізілді, дәрігерлердің айтуынша, олардың жағдайы орташа.
Зауыт Жезқазған мен Сәтбаев маңындағы кеніштерден келетін кенді өңдейді. Өндірілген катодты мыс теміржолмен Қытайға және Еуропа елдеріне жөнелтіледі. Корпорацияның екінші балқыту зауыты Балқаш қаласында орналасқан.
Өрттің себебін облыстық комиссия анықтайды. Зауыт басшылығының мәліметінше, цехтағы жұмыс бір тәулікке тоқтатылды, ал мыс өндіру жоспары өзгермейді.""",
     ann=[
        ('Жезқазған мыс балқыту зауытында', 0, 'facility', 'Zhezkazgan copper smelter', KR, {'subkind': 'smelter', 'note': 'headline; Karaganda Region before 2022-06-08'}),
        ('ЖЕЗҚАЗҒАН', 0, 'city', 'Zhezkazgan', KR, {'note': 'dateline'}),
        ('Жезқазған мыс балқыту зауытында', 1, 'facility', 'Zhezkazgan copper smelter', KR, {'subkind': 'smelter'}),
        ('Қарағанды облысы', 0, 'region', KR, KR, {'note': 'inside the name of an authority'}),
        ('Жезқазған қаласының', 0, 'city', 'Zhezkazgan', KR, {'note': 'NI:origin of rescuers'}),
        ('Жезқазған', 3, 'city', 'Zhezkazgan', KR, {'note': 'NI:mines near the town'}),
        ('Сәтбаев', 0, 'city', 'Satpayev', KR, {'note': 'NI:mines near the town'}),
        ('Қытайға', 0, 'foreign', 'China', N, {'note': 'NI:export destination'}),
        ('Еуропа', 0, 'foreign', 'Europe', N, {'subkind': 'macro-region', 'note': 'NI:export destination'}),
        ('Балқаш қаласында', 0, 'city', 'Balkhash', KR, {'note': 'NI:seat of the second smelter'}),
     ],
     inc={KR: (1, 'fire in the converter shop of the Zhezkazgan copper smelter, two workers burnt')}),

dict(id='p018', date='2024-03-12', lang='kk',
     event='2024 strike of about 400 workers at the Bakyrchik gold mine in Auezov and a shift bus overturned in Zharma district, seven injured (Abai Region); workers from Semey, and from Oskemen and Ridder (East Kazakhstan Region); a company named after the mine; worker\'s post in the Kazakh Latin alphabet',
     text="""Абай облысында алтын кенішінің жұмысшылары ереуілге шықты, вахта автобусы аударылды
СЕМЕЙ. 12 наурыз. Kazinform — Абай облысы Жарма ауданының Әуезов кентіндегі Бақыршық алтын кенішінде 400-ге жуық жұмысшы дүйсенбі күні таңертең шахтаға түсуден бас тартты. Олар вахталық үстемеақыны үш айдан бері алмай жүргендерін айтады.
Ереуілшілер кеніш әкімшілігінің ғимараты алдына жиналды. Кәсіпорынды басқаратын «Бақыршық кен өндіру кәсіпорны» ЖШС өкілі үстемеақы наурыз айының соңына дейін төленетінін мәлімдеді. Жарма ауданының әкімі жұмысшылармен кездесіп, талаптарды облыс әкімдігіне жеткізетінін айтты.
Ереуілге қатысушылардың бірі әлеуметтік желіде былай деп жазды: «Bız Äuezov kentınde on ekı sağat jūmys ısteimız, al üstemeaqy üş aidan berı tölenbeidı. Semeiden, Öskemennen kelgen jıgıtter de bızben bırge tūr.»
Сол күні кешке Семейден кенішке бара жатқан вахта автобусы Жарма ауданында, Шар қаласынан 30 шақырым жерде тайғақ жолда аударылып кетті. Жеті жұмысшы жарақат алып, Семейдегі ауруханаға жеткізілді. Абай облысының полиция департаменті жол қозғалысы қағидаларын бұзу бабы бойынша іс қозғады.
Кеніштің жұмысшылары негізінен Семей, Өскемен және Риддер қалаларынан келеді. 2022 жылы Жарма ауданы жаңа Абай облысының құрамына өтті, ал Өскемен мен Риддер Шығыс Қазақстан облысында қалды. Сондықтан екі облыстың еңбек инспекциялары тексерісті бірлесіп жүргізбек.
Бақыршық кенінен өндірілген алтын концентраты Ресей мен Қытайдағы зауыттарға жөнелтіледі. Компания биыл өндірісті 10 пайызға арттыруды жоспарлап отыр.
Ереуіл сейсенбі күні де жалғасты. Кәсіподақ өкілдерінің айтуынша, кеніште 1 200-ден астам адам жұмыс істейді, олардың жартысы вахталық әдіспен келеді. Жұмысшылар үстемеақымен қатар жатақханадағы жағдайды жақсартуды, кентке дейінгі жолды жөндеуді де талап етіп отыр. Жергілікті тұрғындар кентке жақын орналасқан қалдық қоймасына да шағымданып жүр. Облыс әкімінің орынбасары бейсенбі күні кентке барып, жұмысшылармен кездесуі тиіс. Прокуратура еңбек заңнамасының сақталуын тексеруді бастады.""",
     ann=[
        ('Абай облысында', 0, 'region', ABR, ABR, {'note': 'headline'}),
        ('СЕМЕЙ', 0, 'city', 'Semey', ABR, {'note': 'dateline'}),
        ('Абай облысы', 0, 'region', ABR, ABR),
        ('Жарма ауданының', 0, 'district', 'Zharma District', ABR),
        ('Әуезов кентіндегі', 0, 'village', 'Auezov (Zharma District)', ABR),
        ('Бақыршық алтын кенішінде', 0, 'facility', 'Bakyrchik mine', ABR, {'subkind': 'mine'}),
        ('Жарма ауданының', 1, 'district', 'Zharma District', ABR, {'note': "inside an official's title"}),
        ('Äuezov kentınde', 0, 'village', 'Auezov (Zharma District)', ABR, {'note': 'Kazakh Latin; workplace of the writer'}),
        ('Semeiden', 0, 'city', 'Semey', ABR, {'note': 'NI:origin of workers; Kazakh Latin'}),
        ('Öskemennen', 0, 'city', 'Oskemen', EKR, {'note': 'NI:origin of workers; Kazakh Latin'}),
        ('Семейден', 0, 'city', 'Semey', ABR, {'note': 'NI:origin of the bus'}),
        ('Жарма ауданында', 0, 'district', 'Zharma District', ABR),
        ('Шар қаласынан', 0, 'city', 'Shar', ABR, {'note': 'NI:reference point'}),
        ('Семейдегі', 0, 'city', 'Semey', ABR, {'note': 'NI:hospital town'}),
        ('Абай облысының', 0, 'region', ABR, ABR, {'note': 'inside the name of an authority'}),
        ('Семей', 0, 'city', 'Semey', ABR, {'note': 'NI:origin of workers; list sharing "қалаларынан"'}),
        ('Өскемен', 0, 'city', 'Oskemen', EKR, {'note': 'NI:origin of workers; list sharing "қалаларынан"'}),
        ('Риддер', 0, 'city', 'Ridder', EKR, {'note': 'NI:origin of workers; list sharing "қалаларынан"'}),
        ('Жарма ауданы', 0, 'district', 'Zharma District', ABR, {'note': 'NI:administrative statement'}),
        ('Абай облысының', 1, 'region', ABR, ABR, {'note': 'NI:administrative statement'}),
        ('Өскемен', 1, 'city', 'Oskemen', EKR, {'note': 'NI:administrative statement'}),
        ('Риддер', 1, 'city', 'Ridder', EKR, {'note': 'NI:administrative statement'}),
        ('Шығыс Қазақстан облысында', 0, 'region', EKR, EKR, {'note': 'NI:administrative statement'}),
        ('Бақыршық кенінен', 0, 'facility', 'Bakyrchik mine', ABR, {'subkind': 'mine', 'note': 'NI:origin of concentrate'}),
        ('Ресей', 0, 'foreign', 'Russia', N, {'note': 'NI:destination of concentrate'}),
        ('Қытайдағы', 0, 'foreign', 'China', N, {'note': 'NI:destination of concentrate'}),
     ],
     inc={ABR: (2, 'refusal of about 400 workers to go down the Bakyrchik mine in Auezov; shift bus overturned in Zharma district, seven injured')}),

dict(id='p019', date='1997-05-14', lang='kk',
     event='1997 merger of Semipalatinsk Region into East Kazakhstan Region and of Zhezkazgan Region into Karaganda Region; mining towns Kurchatov, Semey, Ayagoz, Zhezkazgan, Satpayev, Karazhal; Taldykorgan and Turgai regions merged in April (no incident)',
     text="""Семей және Жезқазған облыстары таратылды: кеншілер қалалары жаңа орталықтарға бағынады
АЛМАТЫ. 14 мамыр. ҚазАқпарат — Мемлекет басшысының 3 мамырдағы Жарлығына сәйкес Семей облысы Шығыс Қазақстан облысына, ал Жезқазған облысы Қарағанды облысына қосылды. Осылайша Курчатов, Семей және Аягөз қалалары енді Өскемендегі облыс орталығына бағынады. Жезқазған, Сәтбаев және Қаражал қалаларының кеншілері облыстық мекемелерге енді Қарағандыға барады.
Жезқазғандағы «Жезқазғантүстімет» корпорациясының басшылары өзгеріс мыс өндірісіне әсер етпейді деп отыр. Ал Бақыршық алтын кенішінің жұмысшылары жалақы мәселесін енді Өскеменде шешуге тура келетінін айтады.
Сәуір айында Талдықорған облысы Алматы облысына, Торғай облысы Қостанай облысына қосылған болатын. Реформадан кейін елде 14 облыс қалды. Жарлыққа сәйкес таратылған облыстардың әкімдіктері жыл соңына дейін өз істерін жаңа облыс орталықтарына тапсырады. Кеншілер кәсіподақтары да қайта тіркеледі. Мамандардың пікірінше, реформа мемлекеттік шығынды азайтады.""",
     ann=[
        ('Семей', 0, 'region', EKR, EKR, {'uncertain': True, 'note': 'headline; list sharing "облыстары"; Semipalatinsk Region, abolished this month, its land in East Kazakhstan Region'}),
        ('Жезқазған', 0, 'region', KR, KR, {'uncertain': True, 'note': 'headline; list sharing "облыстары"; Zhezkazgan Region, abolished this month, its land in Karaganda Region'}),
        ('АЛМАТЫ', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Семей облысы', 0, 'region', EKR, EKR, {'uncertain': True, 'note': 'abolished Semipalatinsk Region; its land in East Kazakhstan Region'}),
        ('Шығыс Қазақстан облысына', 0, 'region', EKR, EKR),
        ('Жезқазған облысы', 0, 'region', KR, KR, {'uncertain': True, 'note': 'abolished Zhezkazgan Region; its land in Karaganda Region'}),
        ('Қарағанды облысына', 0, 'region', KR, KR),
        ('Курчатов', 0, 'city', 'Kurchatov', EKR, {'note': 'list sharing "қалалары"'}),
        ('Семей', 2, 'city', 'Semey', EKR, {'note': 'list sharing "қалалары"'}),
        ('Аягөз', 0, 'city', 'Ayagoz', EKR, {'note': 'list sharing "қалалары"'}),
        ('Өскемендегі', 0, 'city', 'Oskemen', EKR, {'note': 'regional seat'}),
        ('Жезқазған', 2, 'city', 'Zhezkazgan', KR, {'note': 'list sharing "қалаларының"'}),
        ('Сәтбаев', 0, 'city', 'Satpayev', KR, {'note': 'list sharing "қалаларының"'}),
        ('Қаражал', 0, 'city', 'Karazhal', KR, {'note': 'list sharing "қалаларының"'}),
        ('Қарағандыға', 0, 'city', 'Karaganda', KR, {'note': 'regional seat'}),
        ('Жезқазғандағы', 0, 'city', 'Zhezkazgan', KR),
        ('Бақыршық алтын кенішінің', 0, 'facility', 'Bakyrchik mine', EKR, {'subkind': 'mine'}),
        ('Өскеменде', 0, 'city', 'Oskemen', EKR, {'note': 'regional seat'}),
        ('Талдықорған облысы', 0, 'region', ALR, ALR, {'uncertain': True, 'note': 'abolished Taldy-Kurgan Region; its land in Almaty Region'}),
        ('Алматы облысына', 0, 'region', ALR, ALR),
        ('Торғай облысы', 0, 'region', KOR, KOR, {'uncertain': True, 'note': 'abolished Turgai Region; most of its land joined Kostanay Region, as the text says'}),
        ('Қостанай облысына', 0, 'region', KOR, KOR),
        ('14 облыс', 0, 'quantified', '14 regions', N, {'count': 14, 'unit': 'region', 'note': 'not about incidents'}),
     ],
     inc={}),

dict(id='p020', date='2016-09-13', lang='kk',
     event='2016 Ozenmunaigas plans 120 new wells at the Uzen field near Zhanaozen (Mangystau Region); hiring in Zhanaozen, Tenge and Kyzylsai; Uzen-Atyrau-Samara pipeline (no incident)',
     text="""Өзен кен орнында 120 жаңа ұңғыма бұрғыланады
ЖАҢАӨЗЕН. 13 қыркүйек. ҚазАқпарат — «Өзенмұнайгаз» акционерлік қоғамы биыл Өзен кен орнында 120 жаңа ұңғыма бұрғылап, ескі ұңғымалардың 300-ін күрделі жөндеуден өткізуді жоспарлап отыр. Бұл туралы компания басшылығы Жаңаөзен қаласында өткен жиында мәлімдеді.
Жоспар бойынша жаңа жұмыс орындарына алдымен Жаңаөзен, Теңге және Қызылсай тұрғындары алынады. Жаңа бұрғылаушылардың жалақысы 250 мың теңгеден басталады. Қазір кен орнында Маңғыстау облысының басқа аудандарынан, Атырау мен Ақтаудан келген вахташылар да жұмыс істейді.
Өзен кен орны 1961 жылы ашылған. Одан өндірілген мұнай Өзен – Атырау – Самара құбыры арқылы Ресейге жеткізіледі. Соңғы жылдары өндіріс азайғандықтан, компания ескі ұңғымаларды қалпына келтіруге көп қаржы бөліп отыр. Жаңа ұңғымалардың алғашқылары қазан айында іске қосылады. Компания биыл 40 жас маманды Ресейдегі және Қазақстандағы оқу орындарына оқуға жібереді.""",
     ann=[
        ('Өзен кен орнында', 0, 'facility', 'Uzen field', MR, {'subkind': 'oil field', 'note': 'headline'}),
        ('ЖАҢАӨЗЕН', 0, 'city', 'Zhanaozen', MR, {'note': 'dateline'}),
        ('Өзен кен орнында', 1, 'facility', 'Uzen field', MR, {'subkind': 'oil field'}),
        ('Жаңаөзен қаласында', 0, 'city', 'Zhanaozen', MR),
        ('Жаңаөзен', 1, 'city', 'Zhanaozen', MR, {'note': 'list of places whose residents are hired'}),
        ('Теңге', 0, 'village', 'Tenge', MR, {'note': 'list of places whose residents are hired; homonym of the currency'}),
        ('Қызылсай', 0, 'village', 'Kyzylsai', MR, {'note': 'list of places whose residents are hired'}),
        ('Маңғыстау облысының', 0, 'region', MR, MR, {'note': 'NI:origin of rotation workers'}),
        ('Атырау', 0, 'city', 'Atyrau', ATR, {'note': 'NI:origin of rotation workers'}),
        ('Ақтаудан', 0, 'city', 'Aktau', MR, {'note': 'NI:origin of rotation workers'}),
        ('Өзен кен орны', 0, 'facility', 'Uzen field', MR, {'subkind': 'oil field'}),
        ('Өзен', 3, 'facility', 'Uzen field', MR, {'subkind': 'oil field', 'note': 'NI:pipeline endpoint'}),
        ('Атырау', 1, 'city', 'Atyrau', ATR, {'note': 'NI:pipeline point'}),
        ('Самара', 0, 'foreign', 'Samara', N, {'note': 'NI:pipeline endpoint'}),
        ('Ресейге', 0, 'foreign', 'Russia', N, {'note': 'NI:destination of oil'}),
        ('Ресейдегі', 0, 'foreign', 'Russia', N, {'note': 'NI:place of study'}),
        ('Қазақстандағы', 0, 'country', 'Kazakhstan', N, {'note': 'place of study'}),
     ],
     inc={}),

dict(id='p021', date='2025-07-22', lang='kk',
     event='2025 hydrogen sulphide leak at the Bolashak plant of the Kashagan project poisoning three, and a rally of about 300 Tengiz contractor workers outside the akimat in Kulsary (Atyrau Region); rotation workers from Turkistan and Jambyl regions and Shymkent; strikers\' appeal in the Kazakh Latin alphabet',
     text="""Атырау облысында «Болашақ» зауытында газ шығып, үш жұмысшы уланды, Құлсарыда мердігер жұмысшылары наразылық білдірді
АТЫРАУ. 22 шілде. ҚазТАГ — Қашаған кен орнының мұнайы мен газын өңдейтін «Болашақ» зауытында дүйсенбі күні күкіртсутек шығып, үш жұмысшы уланды. Бұл туралы Атырау облысының төтенше жағдайлар департаменті хабарлады.
Газ жөндеу жұмыстары кезінде құбыр фланеці арқылы шыққан. Зардап шеккендер Атырау қаласындағы облыстық ауруханаға жеткізілді, біреуінің жағдайы ауыр. Зауыт Атырау қаласынан 40 шақырым жерде орналасқан, онда 2 мыңнан астам адам жұмыс істейді.
Қашаған кен орны Каспий теңізінің солтүстік бөлігінде, жағадан 80 шақырым жерде жатыр. Оны «Норт Каспиан Оперейтинг Компани» консорциумы игереді.
Сол күні Жылыой ауданының орталығы Құлсары қаласында Теңіз кен орнында жұмыс істейтін мердігер компанияның 300-ге жуық жұмысшысы аудан әкімдігі алдына жиналып, жалақыны көтеруді талап етті. Ереуілшілердің көбі Түркістан және Жамбыл облыстарынан, Шымкенттен келген вахташылар.
Олардың үндеуі әлеуметтік желіде латын әліпбиімен жарияланды: «Bız Teñız ken ornynda 28 kün jūmys ısteimız. Jalaqymyz üş jyl boiy ösken joq. Türkıstan oblysy men Şymkentten kelgen jıgıtterdıñ otbasylary qaryzğa batty.»
Аудан әкімі жұмысшылармен кездесіп, мердігер компанияның басшылары бейсенбіде Астанадан келетінін айтты. Облыстық еңбек инспекциясы компанияда тексеріс бастады.
Күкіртсутек шыққаннан кейін зауыттың бір технологиялық желісі уақытша тоқтатылды. Компания өкілдерінің айтуынша, бұл Қашағандағы өндіріс көлеміне әсер еткен жоқ. Экологтар зауыт маңындағы ауылдарда ауа сынамасын алды, зиянды заттардың шекті мөлшерден асқаны анықталған жоқ.
Құлсарыдағы жұмысшылар талаптары орындалмаса, келесі аптада жұмысқа шықпайтынын ескертті. Мердігер компания жалақыны 15 пайызға көтеруге дайын екенін айтқанымен, жұмысшылар кемінде 30 пайыз талап етіп отыр. Кәсіподақ өкілдері келіссөзге облыс әкімдігінің өкілін шақыруды ұсынды.""",
     ann=[
        ('Атырау облысында', 0, 'region', ATR, ATR, {'note': 'headline'}),
        ('Болашақ', 0, 'facility', 'Bolashak plant', ATR, {'subkind': 'gas processing plant', 'note': 'headline'}),
        ('Құлсарыда', 0, 'city', 'Kulsary', ATR, {'note': 'headline'}),
        ('АТЫРАУ', 0, 'city', 'Atyrau', ATR, {'note': 'dateline'}),
        ('Қашаған кен орнының', 0, 'facility', 'Kashagan field', ATR, {'subkind': 'oil field', 'note': 'NI:origin of the raw oil and gas; offshore field off Atyrau Region'}),
        ('Болашақ', 1, 'facility', 'Bolashak plant', ATR, {'subkind': 'gas processing plant'}),
        ('Атырау облысының', 0, 'region', ATR, ATR, {'note': 'inside the name of an authority'}),
        ('Атырау қаласындағы', 0, 'city', 'Atyrau', ATR, {'note': 'NI:hospital town'}),
        ('Атырау қаласынан', 0, 'city', 'Atyrau', ATR, {'note': 'NI:reference point'}),
        ('Қашаған кен орны', 0, 'facility', 'Kashagan field', ATR, {'subkind': 'oil field', 'note': 'NI:offshore field off Atyrau Region'}),
        ('Каспий теңізінің', 0, 'facility', 'Caspian Sea', N, {'subkind': 'sea'}),
        ('Жылыой ауданының', 0, 'district', 'Zhylyoi District', ATR),
        ('Құлсары қаласында', 0, 'city', 'Kulsary', ATR),
        ('Теңіз кен орнында', 0, 'facility', 'Tengiz field', ATR, {'subkind': 'oil field', 'note': 'NI:workplace of the protesters'}),
        ('Түркістан', 0, 'region', TR, TR, {'note': 'NI:origin of rotation workers; list sharing "облыстарынан"'}),
        ('Жамбыл', 0, 'region', JR, JR, {'note': 'NI:origin of rotation workers; list sharing "облыстарынан"'}),
        ('Шымкенттен', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:origin of rotation workers'}),
        ('Teñız ken ornynda', 0, 'facility', 'Tengiz field', ATR, {'subkind': 'oil field', 'note': 'NI:workplace; Kazakh Latin'}),
        ('Türkıstan oblysy', 0, 'region', TR, TR, {'note': 'NI:origin of workers; Kazakh Latin'}),
        ('Şymkentten', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:origin of workers; Kazakh Latin'}),
        ('Астанадан', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of the managers'}),
        ('Қашағандағы', 0, 'facility', 'Kashagan field', ATR, {'subkind': 'oil field', 'note': 'NI:production not affected'}),
        ('Құлсарыдағы', 0, 'city', 'Kulsary', ATR, {'note': 'the protesters of Kulsary'}),
     ],
     inc={ATR: (2, 'hydrogen sulphide leak at the Bolashak plant poisoning three workers; rally of about 300 contractor workers outside the district akimat in Kulsary')}),

dict(id='p022', date='2003-06-17', lang='kk',
     event='2003 SSGPO plans to mine 16 million tonnes of iron ore near Rudny, from the Sarbai, Sokolov and Kachar pits (Kostanay Region); pellets to Magnitogorsk; a company named after its pits (no incident)',
     text="""Рудный кеншілері темір кенін өндіруді арттырады
ҚОСТАНАЙ. 17 маусым. ҚазАқпарат — Соколов-Сарыбай кен байыту өндірістік бірлестігі (ССКӨБ) биыл Рудный қаласы маңындағы карьерлерден 16 миллион тонна темір кенін өндіруді жоспарлап отыр. Бұл туралы бірлестік басшылығы Қостанайда өткен кеңесте айтты.
Кеннің басым бөлігі Сарыбай және Соколов карьерлерінен, қалғаны Қашар кен орнынан алынады. Бірлестік өндірген шекемтас Ресейдің Челябі облысындағы Магнитогорск металлургия комбинатына жөнелтіледі.
Қостанай облысының әкімі Лисаков қаласындағы тоқтап тұрған кен байыту фабрикасын қайта іске қосу мәселесі де қаралатынын айтты. Бірлестікте қазір 17 мыңнан астам адам жұмыс істейді, олардың көбі Рудный мен Қашар кентінің тұрғындары.
Былтыр бірлестік 14 миллион тонна кен өндірген болатын. Жаңа жоспарды орындау үшін карьерлерге 40 ауыр самосвал сатып алынады, олар Беларусьтен жеткізіледі. Басшылықтың айтуынша, шекемтасқа сұраныс Қытайда да артып келеді.""",
     ann=[
        ('Рудный', 0, 'city', 'Rudny', KOR, {'note': 'headline; the miners of the town'}),
        ('ҚОСТАНАЙ', 0, 'city', 'Kostanay', KOR, {'note': 'dateline'}),
        ('Рудный қаласы', 0, 'city', 'Rudny', KOR, {'note': 'reference point of the pits'}),
        ('Қостанайда', 0, 'city', 'Kostanay', KOR, {'note': 'NI:site of a meeting'}),
        ('Сарыбай', 1, 'facility', 'Sarbai pit', KOR, {'subkind': 'mine', 'note': 'list sharing "карьерлерінен"; occurrence 0 is inside the company name'}),
        ('Соколов', 1, 'facility', 'Sokolov pit', KOR, {'subkind': 'mine', 'note': 'list sharing "карьерлерінен"; occurrence 0 is inside the company name'}),
        ('Қашар кен орнынан', 0, 'facility', 'Kachar deposit', KOR, {'subkind': 'mine'}),
        ('Ресейдің', 0, 'foreign', 'Russia', N),
        ('Челябі облысындағы', 0, 'foreign', 'Chelyabinsk Oblast', N, {'note': 'NI:destination of pellets'}),
        ('Магнитогорск металлургия комбинатына', 0, 'foreign', 'Magnitogorsk Iron and Steel Works', N, {'note': 'NI:destination of pellets'}),
        ('Қостанай облысының', 0, 'region', KOR, KOR, {'note': "inside an official's title"}),
        ('Лисаков қаласындағы', 0, 'city', 'Lisakovsk', KOR, {'note': 'NI:planned restart of a plant'}),
        ('Рудный', 2, 'city', 'Rudny', KOR, {'note': 'NI:residence of workers'}),
        ('Қашар кентінің', 0, 'village', 'Kachar', KOR, {'note': 'NI:residence of workers'}),
        ('Беларусьтен', 0, 'foreign', 'Belarus', N, {'note': 'NI:origin of lorries'}),
        ('Қытайда', 0, 'foreign', 'China', N, {'note': 'NI:demand for pellets'}),
     ],
     inc={}),

dict(id='p023', date='2020-01-28', lang='kk',
     event='2020 molten metal splash burning two smelters at the Aksu ferroalloy plant and a rally of Bogatyr pit workers outside the akimat in Ekibastuz (Pavlodar Region); the Urals (Орал өңірі) in Russia vs Oral; Nur-Sultan ministry',
     text="""Павлодар облысында ферроқорытпа зауытында апат болды, Екібастұзда кеншілер наразылық білдірді
ПАВЛОДАР. 28 қаңтар. ҚазАқпарат — Ақсу ферроқорытпа зауытының балқыту цехында дүйсенбі күні пештен балқыма шашырап, екі балқытушы күйік алды. Бұл туралы Павлодар облысының төтенше жағдайлар департаменті хабарлады.
Оқиға түнгі ауысымда, пешке шикізат тиеу кезінде болған. Зардап шеккендер алдымен Ақсу қалалық ауруханасына, кейін Павлодардағы облыстық күйік орталығына жеткізілді. Зауыт Еуразиялық топқа қарасты «Қазхром» компаниясының құрамына кіреді. Ол Ақтөбе облысындағы Дон кен байыту комбинатынан келетін хром кенін өңдейді.
Сол күні Екібастұз қаласында «Богатырь» көмір разрезінің 200-ге жуық жұмысшысы қала әкімдігінің алдына жиналып, жалақыны 30 пайызға көтеруді талап етті. Олар екі сағаттан кейін тарап кетті. Қала әкімі кеншілермен кездесіп, компания басшылығымен келіссөз жүргізуге уәде берді.
Екібастұз көмірі Екібастұз ГРЭС-1 және ГРЭС-2 электр станцияларында жағылады, сондай-ақ Ресейдің Орал өңіріндегі электр станцияларына жөнелтіледі. Кеншілердің айтуынша, экспорт көлемі өскенімен, жалақы үш жылдан бері өзгерген жоқ.
Энергетика министрлігі көмір саласындағы жалақы мәселесін Нұр-Сұлтанда өтетін кеңесте талқылайтынын хабарлады. Облыс әкімдігінің мәліметінше, былтыр облыстағы өнеркәсіп орындарында 14 жазатайым оқиға тіркелген, оның үшеуі Ақсу зауытында болған.
Ақсу ферроқорытпа зауыты елдегі ең ірі ферроқорытпа өндірушілердің бірі саналады, онда 5 мыңға жуық адам еңбек етеді. Жарақат алған балқытушылардың бірі 20 жылдан бері осы цехта жұмыс істейді. Зауыт басшылығы олардың емделу шығынын толық өтейтінін айтты. Техникалық инспекция пештің жабдықтарын тексеріп, қорытындысын бір айда шығарады.
Екібастұздағы наразылыққа қатысқан кеншілер келіссөз нәтижесіз болса, ақпан айында жұмыс берушіге ұжымдық талап жолдайтынын мәлімдеді. Наразылық кезінде ешкім ұсталған жоқ, полиция қоғамдық тәртіпті қадағалады. Облыстық еңбек инспекциясы екі кәсіпорында да тексеріс жүргізіп жатыр.""",
     ann=[
        ('Павлодар облысында', 0, 'region', PR, PR, {'note': 'headline'}),
        ('Екібастұзда', 0, 'city', 'Ekibastuz', PR, {'note': 'headline'}),
        ('ПАВЛОДАР', 0, 'city', 'Pavlodar', PR, {'note': 'dateline'}),
        ('Ақсу ферроқорытпа зауытының', 0, 'facility', 'Aksu ferroalloy plant', PR, {'subkind': 'smelter'}),
        ('Павлодар облысының', 0, 'region', PR, PR, {'note': 'inside the name of an authority'}),
        ('Ақсу', 1, 'city', 'Aksu (Pavlodar Region)', PR, {'note': 'NI:hospital town'}),
        ('Павлодардағы', 0, 'city', 'Pavlodar', PR, {'note': 'NI:hospital town'}),
        ('Ақтөбе облысындағы', 0, 'region', AR, AR, {'note': 'NI:origin of ore'}),
        ('Дон кен байыту комбинатынан', 0, 'facility', 'Donskoy GOK (Khromtau)', AR, {'subkind': 'mining and processing plant', 'note': 'NI:origin of ore'}),
        ('Екібастұз қаласында', 0, 'city', 'Ekibastuz', PR),
        ('Богатырь', 0, 'facility', 'Bogatyr pit (Ekibastuz)', PR, {'subkind': 'mine', 'note': 'NI:workplace of the protesters'}),
        ('Екібастұз', 1, 'city', 'Ekibastuz', PR, {'note': 'NI:origin of coal'}),
        ('Екібастұз ГРЭС-1', 0, 'facility', 'Ekibastuz GRES-1', PR, {'subkind': 'power station', 'note': 'NI:burns coal'}),
        ('ГРЭС-2', 0, 'facility', 'Ekibastuz GRES-2', PR, {'subkind': 'power station', 'note': 'NI:burns coal; list sharing the town name and head noun'}),
        ('Ресейдің', 0, 'foreign', 'Russia', N),
        ('Орал өңіріндегі', 0, 'foreign', 'Urals', N, {'note': 'NI:destination of coal; the Russian Urals, not the Kazakh city of Oral'}),
        ('Нұр-Сұлтанда', 0, 'city', 'Astana', 'Astana', {'note': 'NI:site of a planned meeting; the capital was called Nur-Sultan on the date'}),
        ('Ақсу зауытында', 0, 'facility', 'Aksu ferroalloy plant', PR, {'subkind': 'smelter', 'note': 'NI:accidents last year (not narrated)'}),
        ('Ақсу ферроқорытпа зауыты', 0, 'facility', 'Aksu ferroalloy plant', PR, {'subkind': 'smelter'}),
        ('Екібастұздағы', 0, 'city', 'Ekibastuz', PR, {'note': 'the protesters of Ekibastuz'}),
     ],
     inc={PR: (2, 'molten metal splash at the Aksu ferroalloy plant burning two workers; rally of about 200 Bogatyr pit workers outside the akimat in Ekibastuz')}),

dict(id='p024', date='2026-04-14', lang='kk',
     event='2026 Jetisu Region akimat signs a memorandum with an Almaty investor to reopen lead-zinc mining near Tekeli (Jetisu Region, Almaty Region until June 2022); the old Tekeli concentrator; the Koksu river (no incident)',
     text="""Текеліде қорғасын-мырыш кенін қайта игеру жоспарланып отыр
ТАЛДЫҚОРҒАН. 14 сәуір. Kazinform — Жетісу облысының әкімдігі Текелі қаласы маңындағы қорғасын-мырыш кен орнын қайта игеру үшін Алматыдағы инвестормен меморандумға қол қойды. Бұл туралы облыс әкімі Талдықорғанда өткен брифингте айтты.
Кеңес заманында Текелі кен байыту комбинаты жылына мыңдаған тонна қорғасын мен мырыш концентратын шығарған. Комбинат 1990-жылдары жабылып, қала тұрғындарының көбі Алматы мен Талдықорғанға көшіп кеткен.
Жоба бойынша кеніш пен байыту фабрикасы 2029 жылға дейін салынып, 900 жұмыс орны ашылады. Жабдықтар Қытайдан жеткізіледі. Экологтар жаңа қалдық қоймасының Көксу өзенінің аңғарына жақын салынуына алаңдаушылық білдірді.
Текелі 2022 жылдың маусымына дейін Алматы облысына қарады, қазір Жетісу облысының құрамында. Облыс әкімдігі Текелі мен Талдықорған арасындағы жолды жөндеуге де қаржы бөлмек. Жергілікті тұрғындар жобаны қолдайды, бірақ экологиялық сараптаманың ашық өткізілуін талап етеді.""",
     ann=[
        ('Текеліде', 0, 'city', 'Tekeli', JTR, {'note': 'headline'}),
        ('ТАЛДЫҚОРҒАН', 0, 'city', 'Taldykorgan', JTR, {'note': 'dateline'}),
        ('Жетісу облысының', 0, 'region', JTR, JTR, {'note': 'inside the name of an authority'}),
        ('Текелі қаласы', 0, 'city', 'Tekeli', JTR, {'note': 'reference point of the deposit'}),
        ('Алматыдағы', 0, 'city', 'Almaty', 'Almaty', {'note': "NI:investor's seat"}),
        ('Талдықорғанда', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:site of a briefing'}),
        ('Текелі кен байыту комбинаты', 0, 'facility', 'Tekeli concentrator', JTR, {'subkind': 'mining and processing plant'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:destination of former residents'}),
        ('Талдықорғанға', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:destination of former residents'}),
        ('Қытайдан', 0, 'foreign', 'China', N, {'note': 'NI:origin of equipment'}),
        ('Көксу өзенінің', 0, 'facility', 'Koksu River', N, {'subkind': 'river', 'note': 'in Jetisu Region; not Koksu District'}),
        ('Текелі', 2, 'city', 'Tekeli', JTR, {'note': 'NI:administrative statement'}),
        ('Алматы облысына', 0, 'region', ALR, ALR, {'note': 'NI:former unit'}),
        ('Жетісу облысының', 1, 'region', JTR, JTR, {'note': 'NI:administrative statement'}),
        ('Текелі', 3, 'city', 'Tekeli', JTR, {'note': 'NI:road endpoint'}),
        ('Талдықорған', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:road endpoint'}),
     ],
     inc={}),
]
