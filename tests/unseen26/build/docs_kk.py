"""Kazakh texts of the twenty-sixth unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420). Theme: economy, industry and labour.
Two texts (p018, p022) carry a paragraph in the Kazakh Latin alphabet of January 2021."""
N = None
JR, ALR, KYR, TR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'Turkistan Region', 'South Kazakhstan Region'
ABR, JTR, EKR, MR, KOR = 'Abai Region', 'Jetisu Region', 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR, UR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region', 'Ulytau Region'
ATR, AR, WKR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region'

DOCS = [
dict(id='p017', date='2018-11-06', lang='kk',
     event='2018 workers of the transformer plant in Kentau rally over three months of unpaid wages (Turkistan Region, five months after the reform); the renamed South Kazakhstan Region, Shymkent as its own unit, Turkistan the new regional seat',
     text="""Кентаудағы трансформатор зауытының жұмысшылары жалақы талап етті
ТҮРКІСТАН, 6 қараша. ҚазАқпарат – Кентаудағы трансформатор зауытының 150-ге жуық жұмысшысы дүйсенбі күні таңертең зауыт әкімшілігінің ғимараты алдына жиналып, үш айлық жалақыны төлеуді талап етті.
Жұмысшылардың айтуынша, кәсіпорын шілде айынан бері жалақы бермеген. Наразылық екі сағатқа созылды, полиция ешкімді ұстаған жоқ. Жұмысшылар талаптары орындалмаса, келесі аптада қайта жиналатынын айтты. Кентау қаласының әкімі жұмысшылармен кездесіп, қарыз желтоқсанға дейін өтеледі деп уәде берді.
Зауытта 400-ден астам адам жұмыс істейді. Оның иесі – Шымкенттегі инвестициялық компания. Оның өкілдері тапсырыстардың азаюын Ресей мен Өзбекстан нарығындағы қиындықтармен түсіндірді.
Биыл маусымда Оңтүстік Қазақстан облысы Түркістан облысы болып өзгертілді, ал Шымкент республикалық маңызы бар қала мәртебесін алды. Облыс орталығы Түркістан қаласына көшірілді. Облыс әкімдігі Кентаудағы жағдайды бақылауға алғанын хабарлады.""",
     ann=[
        ('Кентаудағы', 0, 'city', 'Kentau', TR, {'note': 'headline'}),
        ('ТҮРКІСТАН', 0, 'city', 'Turkistan', TR, {'note': 'dateline'}),
        ('Кентаудағы', 1, 'city', 'Kentau', TR, {'note': 'the rally outside the plant administration'}),
        ('Кентау қаласының', 0, 'city', 'Kentau', TR, {'note': "NI:in an official's title"}),
        ('Шымкенттегі', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:seat of the owner'}),
        ('Ресей', 0, 'foreign', 'Russia', N),
        ('Өзбекстан', 0, 'foreign', 'Uzbekistan', N),
        ('Оңтүстік Қазақстан облысы', 0, 'region', TR, TR, {'uncertain': True, 'note': 'South Kazakhstan Region, named as the region renamed in June 2018; Turkistan Region on the article date'}),
        ('Түркістан облысы', 0, 'region', TR, TR),
        ('Шымкент', 0, 'city', 'Shymkent', 'Shymkent'),
        ('Түркістан қаласына', 0, 'city', 'Turkistan', TR, {'note': 'NI:new regional seat'}),
        ('Кентаудағы', 2, 'city', 'Kentau', TR),
     ],
     inc={TR: (1, 'rally of about 150 workers outside the administration of the transformer plant in Kentau')}),

dict(id='p018', date='2023-06-20', lang='kk',
     event='2023 construction workers rally over unpaid wages outside the regional akimat in Taldykorgan (Jetisu Region, a year after its creation); an oil plant in the Khorgos - Eastern Gate SEZ, Panfilov district; Altyn-Emel Travel tours to the Altyn-Emel park in Kerbulak district; akimat statement in the Kazakh Latin alphabet',
     text="""Талдықорғанда құрылысшылар жалақы талап етіп, әкімдік алдына шықты
ТАЛДЫҚОРҒАН, 20 маусым. ҚазАқпарат – Жетісу облысының орталығы Талдықорғанда 60-қа жуық құрылысшы облыс әкімдігінің ғимараты алдында екі сағат бойы тұрып, төрт айлық жалақыны төлеуді талап етті. Олар қаладағы жаңа аурухананың құрылысында жұмыс істейтін мердігер компанияның қызметкерлері. Құрылысшылардың айтуынша, жалақы ақпан айынан бері төленбеген, кейбіреулері пәтер ақысын төлей алмай отыр. Наразылыққа шыққандардың арасында Текелі мен Үштөбеден келген жұмысшылар да болды.
Облыс әкімінің орынбасары жұмысшылармен кездесіп, мердігерге қатысты тексеру басталғанын айтты. Полиция ешкімді ұстамады, мердігер компания басшылығы пікір білдірмеді. Облыс әкімдігінің мәліметінше, жыл басынан бері Жетісу облысында жалақы бойынша 14 шағым тіркелген. Кешке қарай әкімдік өз парақшасында латын әліпбиімен мәлімдеме жариялады:
«Jetısu oblysynyñ äkımdıgı merdıgerden jūmysşylar aldyndağy qaryzdy 1 şıldege deiın tolyq öteudı talap ettı. Aqşa Taldyqorğan qalasynyñ qarjysynan bölınbeidı, qūrylys merzımı özgermeidı.»
Осы аптада Панфилов ауданындағы «Қорғас – Шығыс қақпасы» арнайы экономикалық аймағында қытайлық компания жылына 50 мың тонна өсімдік майын шығаратын зауыттың құрылысын бастады. Жобада 300-ге жуық жұмыс орны ашылады, жұмысшылардың басым бөлігі Жаркенттен және көрші ауылдардан алынады. Зауыт құрылысына 120 млн доллар жұмсалады, өнімнің жартысы Өзбекстан мен Ауғанстанға экспортталады. Шикізат Қытайдан әкелінбейді, оны Жетісу және Абай облыстарының фермерлерінен сатып алу көзделген.
Ал «Altyn-Emel Travel» туристік компаниясы Алматы мен Қонаевтан Алтынемел ұлттық паркіне апта сайынғы турлар ашты. Турлар сәуірден қазанға дейін жүреді, бағасы 35 мың теңгеден басталады. Компания өкілдерінің айтуынша, былтыр паркке 40 мыңнан астам турист келген. Бұрын бұл бағыт Алматы облысының туроператорларына тиесілі еді, алайда 2022 жылғы маусымнан бері Кербұлақ ауданы жаңа Жетісу облысының құрамында.""",
     ann=[
        ('Талдықорғанда', 0, 'city', 'Taldykorgan', JTR, {'note': 'headline; Jetisu Region from 2022-06-08'}),
        ('ТАЛДЫҚОРҒАН', 0, 'city', 'Taldykorgan', JTR, {'note': 'dateline'}),
        ('Жетісу облысының', 0, 'region', JTR, JTR),
        ('Талдықорғанда', 1, 'city', 'Taldykorgan', JTR),
        ('Текелі', 0, 'city', 'Tekeli', JTR, {'note': 'NI:origin of workers'}),
        ('Үштөбеден', 0, 'city', 'Ushtobe', JTR, {'note': 'NI:origin of workers'}),
        ('Жетісу облысында', 0, 'region', JTR, JTR, {'note': 'complaints about wages, not incidents'}),
        ('Jetısu oblysynyñ', 0, 'region', JTR, JTR, {'note': 'Kazakh Latin alphabet; NI:inside the name of an authority'}),
        ('Taldyqorğan qalasynyñ', 0, 'city', 'Taldykorgan', JTR, {'note': 'Kazakh Latin alphabet; city budget'}),
        ('Панфилов ауданындағы', 0, 'district', 'Panfilov District', JTR),
        ('Қорғас – Шығыс қақпасы', 0, 'facility', 'Khorgos - Eastern Gate special economic zone', JTR, {'subkind': 'special economic zone', 'note': 'name in quotation marks; a plant under construction'}),
        ('Жаркенттен', 0, 'city', 'Zharkent', JTR, {'note': 'NI:origin of workers'}),
        ('Қытайдан', 0, 'foreign', 'China', N),
        ('Жетісу', 2, 'region', JTR, JTR, {'note': "NI:origin of raw material; list sharing the head noun 'облыстарының'"}),
        ('Абай', 0, 'region', ABR, ABR, {'note': "NI:origin of raw material; list sharing the head noun 'облыстарының'"}),
        ('Өзбекстан', 0, 'foreign', 'Uzbekistan', N, {'note': 'NI:export market'}),
        ('Ауғанстанға', 0, 'foreign', 'Afghanistan', N, {'note': 'NI:export market'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': "NI:start of tours; the company «Altyn-Emel Travel» is not annotated"}),
        ('Қонаевтан', 0, 'city', 'Konaev', ALR, {'note': 'NI:start of tours'}),
        ('Алтынемел ұлттық паркіне', 0, 'facility', 'Altyn-Emel National Park', JTR, {'subkind': 'nature reserve', 'note': 'NI:destination of tours'}),
        ('Алматы облысының', 0, 'region', ALR, ALR, {'note': 'NI:former unit of the tour operators'}),
        ('Кербұлақ ауданы', 0, 'district', 'Kerbulak District', JTR),
        ('Жетісу облысының', 1, 'region', JTR, JTR),
     ],
     inc={JTR: (1, 'rally of about 60 construction workers outside the regional akimat in Taldykorgan')}),

dict(id='p019', date='1999-09-14', lang='kk',
     event='1999 the meat plant in Semey restarts under a new owner from Oskemen (East Kazakhstan Region, two years after the Semipalatinsk Region was merged into it); cattle from Abai, Ayagoz and Zharma districts (no incident)',
     text="""Семейдегі ет комбинаты қайта іске қосылды
СЕМЕЙ, 14 қыркүйек. ҚазАқпарат – Екі жыл бойы тоқтап тұрған Семейдегі ет комбинаты жаңа иесінің қолында қайта жұмыс істей бастады. Алғашқы аптада кәсіпорын 300 тонна ет өңдеді. Комбинатты жаңғыртуға 2 млн доллар жұмсалып, жаңа тоңазытқыш қойма салынды. Кәсіпорынға бұрынғы жұмысшылардың үштен бірі қайта алынды.
Кеңес кезінде комбинат Мәскеу мен Ленинградқа ет жеткізген. 1997 жылы Семей облысы Шығыс Қазақстан облысына қосылғаннан кейін кәсіпорын банкротқа ұшырап, 1200 жұмысшы қысқартылған еді.
Жаңа иесі – Өскемендегі сауда компаниясы. Ол ет өнімдерін Ресейге, әсіресе Новосібір мен Барнауылға сатуды көздеп отыр. Мал Абай, Аягөз және Жарма аудандарынан сатып алынады.
Облыс әкімдігінің мәліметінше, жыл соңына дейін комбинатта 400 адам жұмыс істейді. Қала әкімі мұны Семейдің өнеркәсібі үшін маңызды оқиға деп атады.""",
     ann=[
        ('Семейдегі', 0, 'city', 'Semey', EKR, {'note': 'headline; East Kazakhstan Region before 2022-06-08'}),
        ('СЕМЕЙ', 0, 'city', 'Semey', EKR, {'note': 'dateline'}),
        ('Семейдегі', 1, 'city', 'Semey', EKR),
        ('Мәскеу', 0, 'foreign', 'Moscow', N, {'note': 'NI:former market'}),
        ('Ленинградқа', 0, 'foreign', 'Saint Petersburg', N, {'note': 'NI:former market; Leningrad, the Soviet name'}),
        ('Семей облысы', 0, 'region', EKR, EKR, {'uncertain': True, 'note': 'Semipalatinsk Region, abolished in 1997 and merged into East Kazakhstan Region'}),
        ('Шығыс Қазақстан облысына', 0, 'region', EKR, EKR),
        ('Өскемендегі', 0, 'city', 'Oskemen', EKR, {'note': 'NI:seat of the new owner'}),
        ('Ресейге', 0, 'foreign', 'Russia', N),
        ('Новосібір', 0, 'foreign', 'Novosibirsk', N, {'note': 'NI:market'}),
        ('Барнауылға', 0, 'foreign', 'Barnaul', N, {'note': 'NI:market'}),
        ('Абай', 0, 'district', 'Abai District', EKR, {'note': "NI:origin of cattle; list sharing the head noun 'аудандарынан'; Abai district, not Abai Region"}),
        ('Аягөз', 0, 'district', 'Ayagoz District', EKR, {'note': "NI:origin of cattle; list sharing the head noun 'аудандарынан'"}),
        ('Жарма', 0, 'district', 'Zharma District', EKR, {'note': "NI:origin of cattle; list sharing the head noun 'аудандарынан'"}),
        ('Семейдің', 0, 'city', 'Semey', EKR),
     ],
     inc={}),

dict(id='p020', date='2012-05-15', lang='kk',
     event='2012 strike of about 400 workers of a pipe-laying contractor at the Tengiz field (Atyrau Region); strikers from Kulsary, Mangystau Region and Turkistan (South Kazakhstan Region before the 2018 reform); Tengizchevroil is a company',
     text="""Теңіз кен орнында мердігер компанияның жұмысшылары ереуілге шықты
АТЫРАУ, 15 мамыр. ҚазАқпарат – Теңіз кен орнында құбыр төсейтін мердігер компанияның 400-ге жуық жұмысшысы дүйсенбіден бері жұмысқа шықпай отыр. Олар жалақыны шетелдік мамандардың жалақысымен теңестіруді және вахталық үстемеақыны көтеруді талап етуде. Ереуілшілердің айтуынша, олар айына 120 мың теңге алады, ал осындай жұмыс үшін шетелдік мамандарға бірнеше есе көп төленеді.
Ереуілшілер вахталық қалашықтағы асхана алдына жиналды. Полиция тәртіп сақтап тұр, ешкім ұсталған жоқ. Жылыой ауданының әкімі олармен кездесіп, талаптарды мердігерге жеткізетінін айтты. Ереуілге қатысушылардың көбі – Құлсары қаласының тұрғындары, қалғандары Маңғыстау облысынан және Түркістаннан келген.
Мердігер Теңізшевройлдың кеңейту жобасында жұмыс істейді. «Теңізшевройл» компаниясы ереуілдің өндіріске әсері жоқ екенін мәлімдеді. Атырау облысының еңбек инспекциясы мердігер компанияны тексеруге кірісті.""",
     ann=[
        ('Теңіз кен орнында', 0, 'facility', 'Tengiz field', ATR, {'subkind': 'oil field', 'note': 'headline'}),
        ('АТЫРАУ', 0, 'city', 'Atyrau', ATR, {'note': 'dateline'}),
        ('Теңіз кен орнында', 1, 'facility', 'Tengiz field', ATR, {'subkind': 'oil field'}),
        ('Жылыой ауданының', 0, 'district', 'Zhylyoi District', ATR, {'note': "NI:in an official's title"}),
        ('Құлсары қаласының', 0, 'city', 'Kulsary', ATR, {'note': 'NI:residence of strikers'}),
        ('Маңғыстау облысынан', 0, 'region', MR, MR, {'note': 'NI:origin of strikers'}),
        ('Түркістаннан', 0, 'city', 'Turkistan', SKR, {'note': 'NI:origin of strikers; South Kazakhstan Region before 2018-06-19'}),
        ('Атырау облысының', 0, 'region', ATR, ATR, {'note': 'NI:inside the name of an authority'}),
     ],
     inc={ATR: (1, 'strike of about 400 contractor workers at the Tengiz field')}),

dict(id='p021', date='2016-10-11', lang='kk',
     event='2016 vegetable and melon exports from South Kazakhstan Region (Maktaaral and Saryagash districts) to Russian cities; Shymkent dateline and a logistics centre in Turkistan, both South Kazakhstan Region before the 2018 reform (no incident)',
     text="""Оңтүстік Қазақстаннан Ресейге көкөніс экспорты артты
ШЫМКЕНТ, 11 қазан. ҚазАқпарат – Оңтүстік Қазақстан облысынан биыл тоғыз айда Ресейге 180 мың тонна көкөніс пен бақша өнімі жөнелтілді. Бұл өткен жылмен салыстырғанда 25 пайызға көп, деп хабарлады облыстық ауыл шаруашылығы басқармасы. Биыл облыста 1,2 млн тонна көкөніс жиналды.
Экспорттың басым бөлігі Мақтаарал және Сарыағаш аудандарынан. Қызанақ пен қарбыз Новосібір, Омбы және Екатеринбург қалаларына теміржолмен жеткізіледі. Жүктің бір бөлігі Түркістан қаласындағы жаңа логистикалық орталықта сұрыпталып, қапталады.
Басқарма мәліметінше, Қазақстанның көкөніс экспортының жартысынан көбі осы облысқа тиесілі. Фермерлер вагон тапшылығына шағымданып отыр: Шымкент станциясында жүк кейде бір аптаға дейін тұрып қалады. Облыс әкімдігі Қытайға жаңа теміржол бағытын ашуды ұсынып отыр, алғашқы жүк Достық стансасы арқылы жіберілмек.""",
     ann=[
        ('Оңтүстік Қазақстаннан', 0, 'region', SKR, SKR, {'uncertain': True, 'note': "headline; the region named without 'облысы'; could be read as 'southern Kazakhstan'"}),
        ('Ресейге', 0, 'foreign', 'Russia', N, {'note': 'headline'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', SKR, {'note': 'dateline; South Kazakhstan Region before 2018-06-19'}),
        ('Оңтүстік Қазақстан облысынан', 0, 'region', SKR, SKR),
        ('Ресейге', 1, 'foreign', 'Russia', N),
        ('Мақтаарал', 0, 'district', 'Maktaaral District', SKR, {'note': "list sharing the head noun 'аудандарынан'"}),
        ('Сарыағаш', 0, 'district', 'Saryagash District', SKR, {'note': "list sharing the head noun 'аудандарынан'"}),
        ('Новосібір', 0, 'foreign', 'Novosibirsk', N, {'note': "NI:destination; list sharing the head noun 'қалаларына'"}),
        ('Омбы', 0, 'foreign', 'Omsk', N, {'note': "NI:destination; list sharing the head noun 'қалаларына'"}),
        ('Екатеринбург', 0, 'foreign', 'Yekaterinburg', N, {'note': "NI:destination; list sharing the head noun 'қалаларына'"}),
        ('Түркістан қаласындағы', 0, 'city', 'Turkistan', SKR, {'note': 'South Kazakhstan Region before 2018-06-19'}),
        ('Қазақстанның', 0, 'country', 'Kazakhstan', N),
        ('Қытайға', 0, 'foreign', 'China', N),
        ('Достық стансасы', 0, 'facility', 'Dostyk railway station', ALR, {'subkind': 'railway station', 'note': 'NI:route point of a planned railway route; Alakol district, Almaty Region before 2022-06-08'}),
        ('Шымкент станциясында', 0, 'facility', 'Shymkent railway station', SKR, {'subkind': 'railway station'}),
     ],
     inc={}),

dict(id='p022', date='2025-10-07', lang='kk',
     event='2025 fire in the electrolysis shop of the copper smelter in Zhezkazgan (Ulytau Region) and a sit-in strike at a copper concentrator in Balkhash (Karaganda Region); company statement in the Kazakh Latin alphabet; Zhezkazgan, Satpayev and Karazhal formerly in Karaganda Region; copper to China, South Korea, Russia and Turkey',
     text="""Жезқазғандағы мыс зауытында өрт шықты, Балқашта кеншілер ереуілде
ЖЕЗҚАЗҒАН, 7 қазан. Kazinform – Жезқазғандағы мыс балқыту зауытының электролиз цехында жексенбі күні түнде өрт шықты, деп хабарлады Ұлытау облысының төтенше жағдайлар департаменті. Жалын 600 шаршы метр аумаққа тарады, екі жұмысшы түтіннен уланып, Сәтбаев қаласының ауруханасына жеткізілді. Цехтағы 40 адам уақытында эвакуацияланды. Зауыт басшылығы шығынды әлі есептеп жатыр. Өрт сөндірушілер өртті төрт сағатта толық сөндірді.
Зауыт иесі өз сайтында латын әліпбиімен қысқа мәлімдеме жариялады:
«Jezqazğan zauytyndağy örtten katod mysynyñ öndırısı toqtağan joq. Örttıñ sebebın arnaiy komissia anyqtaidy. Qazaqstan men Koreiadağy seriktesterımızge jetkızılım kestesı özgermeidı.»
Ал Қарағанды облысындағы Балқаш қаласында мыс байыту фабрикасының 200-ге жуық жұмысшысы үшінші күн жұмысқа шықпай, фабрика әкімшілігінің ғимаратында отыр. Ереуілге фабриканың үш цехы қатысуда. Олар жалақыны 40 пайызға көтеруді талап етуде және фабрика басшылығы былтыр берген уәдесін орындамағанын айтады. Ереуілшілердің бір бөлігі Балқаш көлінің жағасындағы Гүлшат ауылында тұрады. Балқаш қаласының әкімі келіссөз жалғасып жатқанын айтты, полиция ешкімді ұстаған жоқ.
Биыл Ұлытау облысы өнеркәсіп өндірісінің өсімі бойынша елде бірінші орында тұр. Облыстағы мыс өндірісі тоғыз айда 11 пайызға артты, бұған Жезді кентіндегі марганец кенішінің де үлесі бар. 2022 жылдың маусымына дейін Жезқазған, Сәтбаев және Қаражал Қарағанды облысының құрамында болған. Облыс мысының басым бөлігі Қытайға жөнелтіледі, қалғаны Оңтүстік Кореяға, Ресейге және Түркияға сатылады. Өткен айда Сеулден келген делегация Сәтбаевта жаңа байыту фабрикасын салу туралы келіссөз жүргізді.
Кәсіподақ өкілдерінің айтуынша, Ұлытау мен Қарағанды облыстарының кеншілері жалақы жағынан Атырау мен Маңғыстау облыстарының мұнайшыларынан әлдеқайда артта қалып отыр. Сондықтан кеншілер арасында батыстағы кен орындарына вахтамен кетушілер көбейген.""",
     ann=[
        ('Жезқазғандағы', 0, 'city', 'Zhezkazgan', UR, {'note': 'headline; Ulytau Region from 2022-06-08'}),
        ('Балқашта', 0, 'city', 'Balkhash', KR, {'note': 'headline'}),
        ('ЖЕЗҚАЗҒАН', 0, 'city', 'Zhezkazgan', UR, {'note': 'dateline'}),
        ('Жезқазғандағы', 1, 'city', 'Zhezkazgan', UR),
        ('Ұлытау облысының', 0, 'region', UR, UR, {'note': 'NI:inside the name of an authority'}),
        ('Сәтбаев қаласының', 0, 'city', 'Satpayev', UR, {'note': 'NI:hospital town'}),
        ('Jezqazğan', 0, 'city', 'Zhezkazgan', UR, {'note': "Kazakh Latin alphabet; noun modifier in 'Jezqazğan zauytyndağy' (the plant in Zhezkazgan)"}),
        ('Qazaqstan', 0, 'country', 'Kazakhstan', N, {'note': 'Kazakh Latin alphabet'}),
        ('Koreiadağy', 0, 'foreign', 'South Korea', N, {'note': 'Kazakh Latin alphabet; partners in Korea'}),
        ('Қарағанды облысындағы', 0, 'region', KR, KR),
        ('Балқаш қаласында', 0, 'city', 'Balkhash', KR),
        ('Балқаш қаласының', 0, 'city', 'Balkhash', KR, {'note': "NI:in an official's title"}),
        ('Балқаш көлінің', 0, 'facility', 'Lake Balkhash', N, {'subkind': 'lake', 'note': 'natural feature'}),
        ('Гүлшат ауылында', 0, 'village', 'Gulshat', KR, {'note': 'NI:residence of strikers'}),
        ('Ұлытау облысы', 0, 'region', UR, UR),
        ('Жезді кентіндегі', 0, 'village', 'Zhezdy', UR, {'note': 'a manganese mine'}),
        ('Жезқазған', 0, 'city', 'Zhezkazgan', UR),
        ('Сәтбаев', 1, 'city', 'Satpayev', UR),
        ('Қаражал', 0, 'city', 'Karazhal', UR),
        ('Қарағанды облысының', 0, 'region', KR, KR, {'note': 'the former unit of these towns'}),
        ('Қытайға', 0, 'foreign', 'China', N),
        ('Оңтүстік Кореяға', 0, 'foreign', 'South Korea', N),
        ('Ресейге', 0, 'foreign', 'Russia', N),
        ('Түркияға', 0, 'foreign', 'Turkey', N),
        ('Сеулден', 0, 'foreign', 'Seoul', N, {'note': 'NI:origin of a delegation'}),
        ('Сәтбаевта', 0, 'city', 'Satpayev', UR, {'note': 'site of a planned concentrator'}),
        ('Ұлытау', 2, 'region', UR, UR, {'note': "list sharing the head noun 'облыстарының'"}),
        ('Қарағанды', 2, 'region', KR, KR, {'note': "list sharing the head noun 'облыстарының'"}),
        ('Атырау', 0, 'region', ATR, ATR, {'note': "list sharing the head noun 'облыстарының'"}),
        ('Маңғыстау', 0, 'region', MR, MR, {'note': "list sharing the head noun 'облыстарының'"}),
     ],
     inc={UR: (1, 'fire in the electrolysis shop of the copper smelter in Zhezkazgan'),
          KR: (1, 'sit-in strike of about 200 workers at a copper concentrator in Balkhash')}),

dict(id='p023', date='2008-04-22', lang='kk',
     event='2008 new longwall at the Tentek mine in Shakhtinsk and a planned upgrade of the Lenin mine, named after a person (Karaganda Region); ArcelorMittal Temirtau and the club Shakhter Karagandy are not places (no incident)',
     text="""«Тентек» шахтасында жаңа лава іске қосылды
ШАХТИНСК, 22 сәуір. ҚазАқпарат – «АрселорМиттал Теміртау» компаниясының көмір департаменті Шахтинск қаласындағы «Тентек» шахтасында жаңа лаваны іске қосты. Жаңа кешен тәулігіне 5 мың тоннаға дейін көмір өндіруге мүмкіндік береді. Іске қосу салтанатына облыс әкімінің орынбасары мен компания басшылары қатысты.
Компания биыл кеншілердің жалақысын 25 пайызға көтерді, енді олардың орташа жалақысы 90 мың теңге шамасында. Былтыр шахтада жаңа желдету жүйесі орнатылды. Келесі жылы «Ленин» шахтасында да жаңғырту жұмыстары басталады. Шахталардағы көмір Теміртаудағы металлургиялық комбинатқа жеткізіледі, бір бөлігі Ресейге сатылады.
Шахтинск – Қарағанды облысындағы кеншілер қалаларының бірі. Жергілікті тұрғындардың айтуынша, қалада «Шахтер Қарағанды» футбол клубының жанкүйерлері көп, ал жастардың басым бөлігі шахтада немесе Теміртаудағы комбинатта жұмыс істейді.""",
     ann=[
        ('Тентек', 0, 'facility', 'Tentek mine (Shakhtinsk)', KR, {'subkind': 'mine', 'note': 'headline; name in quotation marks'}),
        ('ШАХТИНСК', 0, 'city', 'Shakhtinsk', KR, {'note': 'dateline'}),
        ('Шахтинск қаласындағы', 0, 'city', 'Shakhtinsk', KR, {'note': "«АрселорМиттал Теміртау», a company, is not annotated"}),
        ('Тентек', 1, 'facility', 'Tentek mine (Shakhtinsk)', KR, {'subkind': 'mine'}),
        ('Ленин', 0, 'facility', 'Lenin mine (Shakhtinsk)', KR, {'subkind': 'mine', 'note': 'a mine named after a person; a named built place'}),
        ('Теміртаудағы', 0, 'city', 'Temirtau', KR, {'note': 'NI:destination of coal'}),
        ('Ресейге', 0, 'foreign', 'Russia', N),
        ('Шахтинск', 1, 'city', 'Shakhtinsk', KR),
        ('Қарағанды облысындағы', 0, 'region', KR, KR, {'note': "the club «Шахтер Қарағанды» is not annotated"}),
        ('Теміртаудағы', 1, 'city', 'Temirtau', KR, {'note': 'NI:workplace'}),
     ],
     inc={}),

dict(id='p024', date='2021-12-14', lang='kk',
     event='2021 grain harvest ranking led by Kostanay, North Kazakhstan and Akmola regions; low yields in West Kazakhstan and Aktobe regions after drought; meat exports to China, Uzbekistan and Iran from plants in Semey (East Kazakhstan Region before the 2022 split) and Pavlodar; Nur-Sultan dateline (no incident)',
     text="""Астық өндіру бойынша Қостанай облысы алда
НҰР-СҰЛТАН, 14 желтоқсан. Kazinform – Биыл Қазақстанда 16,4 млн тонна астық жиналды. Ауыл шаруашылығы министрлігінің дерегінше, ең көп астықты Қостанай, Солтүстік Қазақстан және Ақмола облыстары берді. Бұл үш өңір жалпы өнімнің 75 пайызын қамтамасыз етті. Ақмола облысында гектарынан орта есеппен 11 центнер астық алынды. Астық экспортының үштен бірі Өзбекстан мен Ауғанстанға тиесілі.
Құрғақшылыққа байланысты Батыс Қазақстан және Ақтөбе облыстарында егін шығымы төмен болды, фермерлерге жем-шөп сатып алуға жеңілдетілген несие беріледі.
Ет экспорты да өсті: он бір айда Қытайға, Өзбекстанға және Иранға 25 мың тонна ет жөнелтілді. Ең ірі экспорттаушылар – Семейдегі және Павлодардағы ет комбинаттары. Министрлік келесі жылы Қытай нарығына қой етін шығаруды көбейтуді жоспарлап отыр.""",
     ann=[
        ('Қостанай облысы', 0, 'region', KOR, KOR, {'note': 'headline'}),
        ('НҰР-СҰЛТАН', 0, 'city', 'Astana', 'Astana', {'note': 'dateline; the capital was named Nur-Sultan on the article date'}),
        ('Қазақстанда', 0, 'country', 'Kazakhstan', N),
        ('Қостанай', 1, 'region', KOR, KOR, {'note': "list sharing the head noun 'облыстары'"}),
        ('Солтүстік Қазақстан', 0, 'region', NKR, NKR, {'note': "list sharing the head noun 'облыстары'"}),
        ('Ақмола', 0, 'region', AKR, AKR, {'note': "list sharing the head noun 'облыстары'"}),
        ('үш өңір', 0, 'quantified', '3 regions', N, {'count': 3, 'unit': 'region', 'note': 'the three regions just named; not about incidents'}),
        ('Ақмола облысында', 0, 'region', AKR, AKR),
        ('Батыс Қазақстан', 0, 'region', WKR, WKR, {'note': "list sharing the head noun 'облыстарында'; low yields after drought are not one of the incident types"}),
        ('Ақтөбе', 0, 'region', AR, AR, {'note': "list sharing the head noun 'облыстарында'"}),
        ('Қытайға', 0, 'foreign', 'China', N),
        ('Өзбекстанға', 0, 'foreign', 'Uzbekistan', N),
        ('Иранға', 0, 'foreign', 'Iran', N),
        ('Өзбекстан', 0, 'foreign', 'Uzbekistan', N),
        ('Ауғанстанға', 0, 'foreign', 'Afghanistan', N),
        ('Семейдегі', 0, 'city', 'Semey', EKR, {'note': 'East Kazakhstan Region before 2022-06-08'}),
        ('Павлодардағы', 0, 'city', 'Pavlodar', PR),
        ('Қытай', 0, 'foreign', 'China', N),
     ],
     inc={}),
]
