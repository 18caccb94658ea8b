"""Kazakh texts of the thirty-eighth unseen check corpus."""
N = None
JR, ALR, KYR, TR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'Turkistan Region', 'South Kazakhstan Region'
ABR, JTR, EKR, MR, KOR = 'Abai Region', 'Jetisu Region', 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR, UR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region', 'Ulytau Region'
STS = {'subkind': 'test site', 'note': 'former Soviet nuclear test site spanning several regions; adm1 null'}
BKC = {'subkind': 'cosmodrome', 'note': 'cosmodrome leased to Russia; Kyzylorda Region per guideline 4'}


def ni(d, note):
    return dict(d, note='NI:' + note)


DOCS = [
dict(id='p017', date='2001-08-29', lang='kk',
     event='2001 tenth anniversary of the closure of the Semipalatinsk test site: flowers at the monument in Semey, research in Kurchatov (East Kazakhstan Region) (no incident)',
     text="""Семей полигонының жабылғанына он жыл толды
СЕМЕЙ, 29 тамыз (ҚазАқпарат) - Семей ядролық сынақ полигонының жабылғанына он жыл толуына орай бүгін Семей қаласында «Өлімнен де күшті» монументіне гүл шоқтары қойылды. Шараға Шығыс Қазақстан облысының әкімі, ардагерлер мен сынақ құрбандарының туыстары қатысты.
1949-1989 жылдары полигонда 456 ядролық жарылыс жасалған. Сынақтардың зардабын Абай және Бесқарағай аудандарының тұрғындары әлі күнге дейін тартып келеді. Дәрігерлердің айтуынша, бұл аудандарда қан және қалқанша без аурулары республикалық көрсеткіштен әлдеқайда жоғары.
Курчатов қаласындағы Ұлттық ядролық орталықтың ғалымдары полигон аумағын зерттеуді жалғастыруда. Орталық басшысының айтуынша, жерді шаруашылыққа қайтару үшін тағы кемінде он жыл қажет.
Астанадағы салтанатты жиында Парламент депутаттары Невада мен Семейдің тағдырын салыстырып, ядролық қарусыз әлем үшін Қазақстанның қосқан үлесін атап өтті.""",
     ann=[
        ('Семей полигонының', 0, 'facility', 'Semipalatinsk test site', N, STS),
        ('СЕМЕЙ', 0, 'city', 'Semey', EKR, {'note': 'dateline'}),
        ('Семей ядролық сынақ полигонының', 0, 'facility', 'Semipalatinsk test site', N, STS),
        ('Семей қаласында', 0, 'city', 'Semey', EKR),
        ('Өлімнен де күшті', 0, 'facility', 'Stronger than Death monument (Semey)', EKR, {'subkind': 'monument'}),
        ('Шығыс Қазақстан облысының', 0, 'region', EKR, EKR, {'note': "NI:inside an official's title"}),
        ('Абай', 0, 'district', 'Abai District', EKR),
        ('Бесқарағай', 0, 'district', 'Beskaragay District', EKR),
        ('Курчатов қаласындағы', 0, 'city', 'Kurchatov', EKR),
        ('Астанадағы', 0, 'city', 'Astana', 'Astana', {'note': 'NI:venue of a meeting'}),
        ('Невада', 0, 'foreign', 'Nevada', N),
        ('Семейдің', 0, 'city', 'Semey', EKR, {'note': 'NI:compared with Nevada'}),
        ('Қазақстанның', 0, 'country', 'Kazakhstan', N),
     ],
     inc={}),

dict(id='p018', date='2024-09-10', lang='kk',
     event='2024 rally of Sarzhal residents outside the regional akimat in Semey demanding higher compensation, two fined, and a grass fire near Dolon, Beskaragay district (Abai Region)',
     text="""Сарыжал тұрғындары өтемақы талап етіп, облыс әкімдігіне келді
СЕМЕЙ, 10 қыркүйек (ҚазТАГ) - Абай облысы Абай ауданының Сарыжал ауылынан келген 60-қа жуық тұрғын сейсенбі күні Семейдегі облыс әкімдігінің алдына жиналып, ядролық сынақ құрбандарына берілетін өтемақыны көбейтуді талап етті. Полиция рұқсатсыз жиынның екі ұйымдастырушысын әкімшілік жауапкершілікке тартты. Жиын шамамен бір сағатқа созылды, қатысушылар тыныш тарасты, өзге қатысушыларға ескерту жасалды.
Сарыжал бұрынғы Семей полигонының оңтүстік шекарасынан небәрі 30 шақырым жерде орналасқан. Ауыл тұрғындары 1949-1989 жылдары жүргізілген сынақтардың ең ауыр зардабын тартқандардың қатарында. «Біздің ауылда ауырмайтын отбасы жоқ, ал өтемақы 1992 жылдан бері бір рет те өзгерген жоқ», — деді жиынға қатысушылардың бірі.
Облыс әкімінің орынбасары тұрғындармен кездесіп, өтінішті Астанадағы Еңбек министрлігіне жолдайтынын айтты. Оның сөзінше, облыс 2022 жылы Шығыс Қазақстан облысынан бөлініп шыққаннан бері Курчатов, Семей және сегіз ауданның тұрғындарына арналған медициналық тексеру бағдарламасы екі есе кеңейген. Биыл тексеруден 18 мыңнан астам адам өткен, олардың үштен бірі ауыл тұрғындары.
Сол күні кешке Бесқарағай ауданында Долон ауылының маңында шөп өртеніп, 400 гектар жайылым мен 50 тонна жиналған шөп жанып кетті. Өртті Семей мен Курчатовтан келген құтқарушылар түнге қарай сөндірді. Облыстық төтенше жағдайлар департаментінің мәліметінше, өртке шопандардың ұқыпсыздығы себеп болған. Адам шығыны жоқ, бірақ екі шаруа қожалығы қысқа дайындаған азығынан айырылды.
Абай көшесіндегі облыстық тарихи-өлкетану мұражайында келесі аптада «Полигон: 75 жыл» көрмесі ашылады. Көрмеге 1949 жылғы алғашқы сынақтың куәгерлері мен Жапониядан келетін ғалымдар шақырылған. Мұражай қызметкерлерінің айтуынша, экспозицияда бұрын жарияланбаған құжаттар мен фотосуреттер көрсетіледі. Мұражай директоры көрмені кейін облыстың аудандарында да көрсетуді жоспарлап отырғанын айтты.""",
     ann=[
        ('Сарыжал', 0, 'village', 'Sarzhal', ABR, {'note': 'NI:origin of the protesters'}),
        ('СЕМЕЙ', 0, 'city', 'Semey', ABR, {'note': 'dateline'}),
        ('Абай облысы', 0, 'region', ABR, ABR, {'note': 'NI:location of the village'}),
        ('Абай ауданының', 0, 'district', 'Abai District', ABR, {'note': 'NI:location of the village'}),
        ('Сарыжал ауылынан', 0, 'village', 'Sarzhal', ABR, {'note': 'NI:origin of the protesters'}),
        ('Семейдегі', 0, 'city', 'Semey', ABR),
        ('Сарыжал', 2, 'village', 'Sarzhal', ABR, {'note': 'NI:reference'}),
        ('Семей полигонының', 0, 'facility', 'Semipalatinsk test site', N, STS),
        ('Астанадағы', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the ministry'}),
        ('Шығыс Қазақстан облысынан', 0, 'region', EKR, EKR, {'note': 'NI:the former unit'}),
        ('Курчатов', 0, 'city', 'Kurchatov', ABR, {'note': 'NI:screening programme'}),
        ('Семей', 1, 'city', 'Semey', ABR, {'note': 'NI:screening programme'}),
        ('сегіз ауданның', 0, 'quantified', '8 districts', N, {'count': 8, 'unit': 'district', 'note': 'districts of the region; not about incidents'}),
        ('Бесқарағай ауданында', 0, 'district', 'Beskaragay District', ABR),
        ('Долон ауылының', 0, 'village', 'Dolon', ABR),
        ('Семей', 2, 'city', 'Semey', ABR, {'note': 'NI:origin of rescuers'}),
        ('Курчатовтан', 0, 'city', 'Kurchatov', ABR, {'note': 'NI:origin of rescuers'}),
        ('Абай көшесіндегі', 0, 'facility', 'Abai Street (Semey)', ABR, {'subkind': 'street', 'note': 'named after the poet; not the district or the region'}),
        ('Жапониядан', 0, 'foreign', 'Japan', N, {'note': 'NI:origin of scientists'}),
     ],
     inc={ABR: (2, 'rally of Sarzhal residents outside the regional akimat in Semey, two organisers fined; grass fire near Dolon, Beskaragay district')}),

dict(id='p019', date='2018-10-11', lang='kk',
     event='2018 heptyl spilled from a Proton-M stage tank fallen near Zhezdy, Ulytau district (Karaganda Region before 2022)',
     text="""Ұлытау ауданында зымыран сынығынан гептил төгілді
ЖЕЗҚАЗҒАН, 11 қазан (ҚазАқпарат) - Байқоңыр ғарыш айлағынан ұшырылған «Протон-М» зымыранының екінші сатысының отын багі Ұлытау ауданындағы Жезді кентінің маңына құлап, жерге гептил төгілді, деп хабарлады Қарағанды облысының табиғи ресурстар басқармасы.
Бак белгіленген аймақтан 25 шақырым тыс жерге түскен. Экологтардың алдын ала деректері бойынша, шамамен 2 гектар жер ластанған. Топырақ сынамалары Қарағандыдағы зертханаға жіберілді. Жақын маңдағы қыстаулардың тұрғындарына малды ол жерге жаймау ескертілді.
Облыс әкімдігі Ресей тарапынан залалды өтеуді талап етпек. Жезқазған қаласының тұрғындары әр ұшырылымнан кейін алаңдаушылық білдіреді: өткен жылы да Ұлытау ауданында сынықтар табылған, бірақ ол кезде ластану анықталмаған. Экологтар ластанған топырақты алып тастап, арнайы полигонға жеткізуді бір аптада аяқтауды жоспарлап отыр. Жергілікті әкімдік шопандарға бұл жерге жақындамауды ескертті.""",
     ann=[
        ('Ұлытау ауданында', 0, 'district', 'Ulytau District', KR),
        ('ЖЕЗҚАЗҒАН', 0, 'city', 'Zhezkazgan', KR, {'note': 'dateline; Karaganda Region before 2022-06-08'}),
        ('Байқоңыр ғарыш айлағынан', 0, 'facility', 'Baikonur Cosmodrome', KYR, ni(BKC, 'launch site')),
        ('Ұлытау ауданындағы', 0, 'district', 'Ulytau District', KR),
        ('Жезді кентінің', 0, 'village', 'Zhezdy', KR),
        ('Қарағанды облысының', 0, 'region', KR, KR, {'note': 'inside the name of an authority'}),
        ('Қарағандыдағы', 0, 'city', 'Karaganda', KR, {'note': 'NI:laboratory'}),
        ('Ресей', 0, 'foreign', 'Russia', N),
        ('Жезқазған қаласының', 0, 'city', 'Zhezkazgan', KR, {'note': 'NI:residence'}),
        ('Ұлытау ауданында', 1, 'district', 'Ulytau District', KR, {'note': 'NI:debris found last year without contamination (not an incident)'}),
     ],
     inc={KR: (1, 'Proton-M stage tank fallen outside the drop zone near Zhezdy, spilling heptyl')}),

dict(id='p020', date='2025-11-05', lang='kk',
     event='2025 Kazakh satellite launched from the Baikonur cosmodrome, watched in Baikonur and Toretam; ground control in Akkol (no incident); Kazakh Latin paragraph',
     text="""Қазақстандық спутник Байқоңырдан ғарышқа ұшырылды
АСТАНА, 5 қараша (Kazinform) - Қазақстанның жаңа жерді қашықтықтан зондтау спутнигі бүгін таңертең Байқоңыр ғарыш айлағынан «Союз-2.1б» зымыранымен орбитаға шығарылды, деп хабарлады Цифрлық даму министрлігі.
Ұшырылымды Астанадағы ұлттық ғарыш орталығының мамандары тікелей бақылады. Спутниктің алғашқы сигналын Ақкөлдегі жерүсті басқару кешені қабылдады. Министрліктің мәліметінше, аппарат 2026 жылдың көктемінен бастап ауыл шаруашылығы мен төтенше жағдайларды бақылауға арналған суреттер жібереді. Аппараттың салмағы 700 келіге жуық, ол кемінде жеті жыл жұмыс істеуі тиіс. Ұшырылым туралы шешімді өткен жылы ғарыш агенттігі мен серіктес компаниялар бірлесіп қабылдаған.
Qyzylorda oblysynyñ äkımdıgı habarlağandai, ūşyrylymdy tamaşalauğa Baiqoñyr qalasyna jäne Töretam kentıne jüzdegen adam jinaldy. Oqiğa kezınde eşqandai tötenşe jağdai tırkelgen joq.
Келесі жылы Байқоңырдағы «Бәйтерек» кешенінен «Союз-5» зымыранының алғашқы ұшырылымы жоспарланған.""",
     ann=[
        ('Байқоңырдан', 0, 'facility', 'Baikonur Cosmodrome', KYR, BKC),
        ('АСТАНА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Қазақстанның', 0, 'country', 'Kazakhstan', N),
        ('Байқоңыр ғарыш айлағынан', 0, 'facility', 'Baikonur Cosmodrome', KYR, BKC),
        ('Астанадағы', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the space centre'}),
        ('Ақкөлдегі', 0, 'city', 'Akkol', AKR, {'note': 'NI:ground control complex'}),
        ('Qyzylorda oblysynyñ', 0, 'region', KYR, KYR, {'note': 'inside the name of an authority; Kazakh Latin'}),
        ('Baiqoñyr qalasyna', 0, 'city', 'Baikonur', KYR, {'note': 'Kazakh Latin; town leased to Russia'}),
        ('Töretam kentıne', 0, 'village', 'Toretam', KYR, {'note': 'Kazakh Latin'}),
        ('Байқоңырдағы', 0, 'facility', 'Baikonur Cosmodrome', KYR, BKC),
        ('Бәйтерек', 0, 'facility', 'Baiterek launch complex (Baikonur)', KYR, {'subkind': 'launch pad', 'note': 'the launch complex at Baikonur; not the Baiterek tower in Astana'}),
     ],
     inc={}),

dict(id='p021', date='1997-05-06', lang='kk',
     event='1997 abolition of regions: Semipalatinsk region into East Kazakhstan, Zhezkazgan region into Karaganda, Taldykorgan into Almaty Region, Torgai into Kostanay; Akmola as the future capital (no incident)',
     text="""Бес облыс таратылды: Семей мен Жезқазған облыс орталығы мәртебесінен айырылды
АЛМАТЫ, 6 мамыр (ҚазАқпарат) - Президенттің жарлығымен Семей облысы Шығыс Қазақстан облысына, Жезқазған облысы Қарағанды облысына қосылды. Сонымен қатар Талдықорған облысы Алматы облысына, Торғай облысы Қостанай облысына біріктірілді.
Үкіметтің мәліметінше, әкімшілік реформа мемлекеттік аппаратты ұстауға кететін шығынды азайту мақсатында жүргізілуде. Семей қаласындағы облыстық мекемелер Өскеменге көшеді, ал Жезқазған қаласының тұрғындары жұмыс орындарының қысқаруынан алаңдап отыр.
Курчатов қаласы мен бұрынғы сынақ полигонының аумағы да Шығыс Қазақстан облысының құрамына өтті. Сарапшылардың пікірінше, ядролық сынақтардың зардабын шеккен аудандарға арналған бағдарламалар енді облыс орталығынан 200 шақырымнан астам қашықтықта басқарылатын болады.
Үкімет астананы Ақмолаға көшіру жұмысын жалғастыруда: министрліктердің алғашқы қызметкерлері күзде жаңа астанаға қоныс аударады. Реформаның екінші кезеңі туралы шешім жыл соңына дейін қабылданады.""",
     ann=[
        ('Бес облыс', 0, 'quantified', '5 regions', N, {'count': 5, 'unit': 'region', 'note': 'abolished regions; four of them named; not about incidents'}),
        ('Семей', 0, 'city', 'Semey', EKR),
        ('Жезқазған', 0, 'city', 'Zhezkazgan', KR),
        ('АЛМАТЫ', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Семей облысы', 0, 'region', EKR, EKR, {'uncertain': True, 'note': 'Semipalatinsk Region, abolished; its land is East Kazakhstan Region'}),
        ('Шығыс Қазақстан облысына', 0, 'region', EKR, EKR),
        ('Жезқазған облысы', 0, 'region', KR, KR, {'uncertain': True, 'note': 'Zhezkazgan Region, abolished; its land is Karaganda Region'}),
        ('Қарағанды облысына', 0, 'region', KR, KR),
        ('Талдықорған облысы', 0, 'region', ALR, ALR, {'uncertain': True, 'note': 'Taldykorgan Region, abolished; its land is Almaty Region'}),
        ('Алматы облысына', 0, 'region', ALR, ALR),
        ('Торғай облысы', 0, 'region', KOR, KOR, {'uncertain': True, 'note': 'Torgai Region, abolished; its land is labelled Kostanay Region'}),
        ('Қостанай облысына', 0, 'region', KOR, KOR),
        ('Семей қаласындағы', 0, 'city', 'Semey', EKR),
        ('Өскеменге', 0, 'city', 'Oskemen', EKR, {'note': 'NI:destination of offices'}),
        ('Жезқазған қаласының', 0, 'city', 'Zhezkazgan', KR, {'note': 'NI:residence'}),
        ('Курчатов қаласы', 0, 'city', 'Kurchatov', EKR),
        ('Шығыс Қазақстан облысының', 0, 'region', EKR, EKR),
        ('Ақмолаға', 0, 'city', 'Astana', 'Astana', {'note': 'NI:the future capital; the city, not Akmola Region'}),
     ],
     inc={}),

dict(id='p022', date='2022-07-20', lang='kk',
     event='2022 Proton-M debris starting a pasture fire near Karsakpay, Ulytau district (Ulytau Region six weeks after its creation), and a heptyl leak from a tank wagon at Toretam station (Kyzylorda Region); Nur-Sultan',
     text="""Ұлытау облысында зымыран сынықтарынан өрт шықты, Төретамда гептил ағып кетті
ЖЕЗҚАЗҒАН, 20 шілде (Kazinform) - Байқоңыр ғарыш айлағынан ұшырылған «Протон-М» зымыранының сынықтары Ұлытау облысы Ұлытау ауданындағы Қарсақпай кентінен 15 шақырым жерге құлап, 150 гектар жайылымды өртеп жіберді, деп хабарлады жаңа облыстың төтенше жағдайлар департаменті.
Өртті Жезқазған мен Сәтбаев қалаларынан келген 30-ға жуық өрт сөндіруші үш сағатта сөндірді. Қаза тапқан немесе зардап шеккен адам жоқ. Сынықтар құлаған аймақ бұрын Қарағанды облысының құрамында болған, ал 8 маусымнан бастап жаңадан құрылған Ұлытау облысына қарайды. Облыс әкімі Жезқазғанда өткен брифингте зиянды Ресей тарапы өтеуі тиіс екенін айтты.
Сол күні Қызылорда облысының Қармақшы ауданындағы Төретам станциясында гептил тасымалдайтын цистернадан жанармай ағып кетті. Станция маңында жүрген темір жол жұмысшыларының екеуі уланып, Байқоңыр қаласының ауруханасына жеткізілді. Ағып кеткен отын көлемі 200 литрге жуық, ластанған топырақ арнайы полигонға әкетілді.
Қазақстанның Экология министрлігі Нұр-Сұлтанда өткен кеңесте екі оқиғаны да тексеретінін мәлімдеді. Ведомство өкілінің сөзінше, ғарыш айлағын жалға алу туралы келісім бойынша Мәскеу экологиялық залалды толық көлемде өтеуге міндетті.
Ұлытау облысының тұрғындары 1990 жылдардан бері әр ұшырылымнан кейін далада сынықтар тауып келеді. Жергілікті белсенділердің айтуынша, шопандар темір бөліктерін жинап, металл сынықтарын қабылдау пункттеріне тапсырады, бұл денсаулыққа қауіпті. Облыстық денсаулық сақтау басқармасы биыл Қарсақпай мен Ұлытау ауылдарының тұрғындарын тегін медициналық тексеруден өткізуді жоспарлап отыр.
Төретамдағы оқиға бойынша темір жол компаниясы ішкі тексеру бастады. Компания өкілінің айтуынша, цистерна клапанының ақауы тасымал алдында байқалмаған. Ластанған учаскені тазарту жұмыстары екі күнге созылады, бұл уақытта пойыздар қозғалысы шектелмейді. Ведомство екі оқиға бойынша қорытындыны тамыз айының соңына дейін жариялайды.""",
     ann=[
        ('Ұлытау облысында', 0, 'region', UR, UR),
        ('Төретамда', 0, 'village', 'Toretam', KYR),
        ('ЖЕЗҚАЗҒАН', 0, 'city', 'Zhezkazgan', UR, {'note': 'dateline; Ulytau Region from 2022-06-08'}),
        ('Байқоңыр ғарыш айлағынан', 0, 'facility', 'Baikonur Cosmodrome', KYR, ni(BKC, 'launch site')),
        ('Ұлытау облысы', 0, 'region', UR, UR),
        ('Ұлытау ауданындағы', 0, 'district', 'Ulytau District', UR),
        ('Қарсақпай кентінен', 0, 'village', 'Karsakpay', UR, {'note': 'NI:reference point ("15 km from")'}),
        ('Жезқазған', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:origin of firefighters'}),
        ('Сәтбаев', 0, 'city', 'Satpayev', UR, {'note': 'NI:origin of firefighters'}),
        ('Қарағанды облысының', 0, 'region', KR, KR, {'note': 'NI:the former unit'}),
        ('Ұлытау облысына', 0, 'region', UR, UR, {'note': 'NI:the new unit'}),
        ('Жезқазғанда', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:venue of a briefing'}),
        ('Ресей', 0, 'foreign', 'Russia', N),
        ('Қызылорда облысының', 0, 'region', KYR, KYR),
        ('Қармақшы ауданындағы', 0, 'district', 'Karmakshy District', KYR),
        ('Төретам станциясында', 0, 'facility', 'Toretam railway station', KYR, {'subkind': 'railway station'}),
        ('Байқоңыр қаласының', 0, 'city', 'Baikonur', KYR, {'note': 'NI:hospital; town leased to Russia'}),
        ('Қазақстанның', 0, 'country', 'Kazakhstan', N),
        ('Нұр-Сұлтанда', 0, 'city', 'Astana', 'Astana', {'note': 'NI:venue of a meeting; Nur-Sultan in July 2022'}),
        ('Мәскеу', 0, 'foreign', 'Moscow', N, {'uncertain': True, 'note': 'metonymy for the Russian side'}),
        ('Ұлытау облысының', 0, 'region', UR, UR, {'note': 'NI:residents'}),
        ('Қарсақпай', 1, 'village', 'Karsakpay', UR, {'note': 'NI:planned medical screening'}),
        ('Ұлытау', 5, 'village', 'Ulytau (village)', UR, {'note': 'NI:planned medical screening; the village in a list sharing the head noun'}),
        ('Төретамдағы', 0, 'village', 'Toretam', KYR, {'note': 'the same leak at Toretam station (counted once)'}),
     ],
     inc={UR: (1, 'Proton-M debris starting a pasture fire 15 km from Karsakpay, Ulytau district'),
          KYR: (1, 'heptyl leak from a tank wagon at Toretam station, two railway workers poisoned')}),

dict(id='p023', date='2014-06-04', lang='kk',
     event='2014 talks on amending the Sary-Shagan range lease; Priozersk as a closed town (Karaganda Region) (no incident)',
     text="""Приозерск: жабық қаланың болашағы талқыланды
БАЛҚАШ, 4 маусым (ҚазТАГ) - Қазақстан мен Ресей Сарышаған сынақ полигонын жалға беру туралы келісімге өзгерістер енгізуді талқылап жатыр. Бұл туралы Балқаш қаласында өткен жиында Қарағанды облысы әкімінің орынбасары мәлімдеді.
Балқаш көлінің батыс жағалауындағы Приозерск қаласы полигон құрылған 1956 жылдан бері жабық қала мәртебесінде. Қалаға кіру үшін әлі де рұқсатнама қажет. Жергілікті тұрғындар бұл тәртіп инвестиция тартуға кедергі келтіріп отыр деп есептейді.
Орынбасардың айтуынша, келісімнің жаңа нұсқасына Астанада күзде қол қойылуы мүмкін. Сарышаған кентінің тұрғындары мектеп пен емхананы жөндеуді сұрап отыр. Полигонда қызмет ететін ресейлік әскерилердің басым бөлігі Мәскеу облысынан келеді, ал жергілікті тұрғындар полигонда азаматтық қызметкер ретінде жұмыс істейді. Жиынға қала әкімі мен полигон басшылығының өкілдері де қатысты.""",
     ann=[
        ('Приозерск', 0, 'city', 'Priozersk', KR),
        ('БАЛҚАШ', 0, 'city', 'Balkhash', KR, {'note': 'dateline'}),
        ('Қазақстан', 0, 'country', 'Kazakhstan', N),
        ('Ресей', 0, 'foreign', 'Russia', N),
        ('Сарышаған сынақ полигонын', 0, 'facility', 'Sary-Shagan test range', N, {'subkind': 'test site', 'note': 'missile defence range spanning several regions; adm1 null'}),
        ('Балқаш қаласында', 0, 'city', 'Balkhash', KR, {'note': 'NI:venue of a meeting'}),
        ('Қарағанды облысы', 0, 'region', KR, KR, {'note': "NI:inside an official's title"}),
        ('Балқаш көлінің', 0, 'facility', 'Lake Balkhash', N, {'subkind': 'lake'}),
        ('Приозерск қаласы', 0, 'city', 'Priozersk', KR),
        ('Астанада', 0, 'city', 'Astana', 'Astana', {'note': 'NI:venue of a signing'}),
        ('Сарышаған кентінің', 0, 'village', 'Sary-Shagan', KR),
        ('Мәскеу облысынан', 0, 'foreign', 'Moscow Oblast', N, {'note': 'NI:origin of servicemen'}),
     ],
     inc={}),

dict(id='p024', date='2021-08-29', lang='kk',
     event='2021 thirtieth anniversary of the closure of the test site: meeting at the monument in Semey, Kurchatov museum (East Kazakhstan Region before 2022); Nur-Sultan; Kazakh Latin paragraph (no incident)',
     text="""Семей полигонының жабылғанына 30 жыл: құрбандар еске алынды
НҰР-СҰЛТАН, 29 тамыз (Kazinform) - Семей ядролық сынақ полигонының жабылғанына 30 жыл толуына орай Шығыс Қазақстан облысының барлық аудандарында еске алу шаралары өтті.
Семейдегі «Өлімнен де күшті» монументінің басында өткен жиынға 2 мыңнан астам адам қатысты. «Невада – Семей» халықаралық қозғалысының өкілдері ядролық қаруға тыйым салу туралы шартты барлық мемлекет қолдауы тиіс екенін атап өтті. Курчатовта Ұлттық ядролық орталықтың мұражайы бір күн бойы келушілерді тегін қабылдады.
Şyğys Qazaqstan oblysy äkımdıgınıñ habarlauynşa, Abai jäne Beskarağai audandarynda tūratyn 20 myñnan astam adam biyl tegın densaulyq tekseruınen ötedı. Bul bağdarlama poligon jabylğannan berı jyl saiyn jalğasyp keledı.
Мемлекет басшысы Нұр-Сұлтанда сынақ құрбандарына арналған жаңа қолдау шараларын әзірлеуді тапсырды.""",
     ann=[
        ('Семей полигонының', 0, 'facility', 'Semipalatinsk test site', N, STS),
        ('НҰР-СҰЛТАН', 0, 'city', 'Astana', 'Astana', {'note': 'dateline; Nur-Sultan in 2021'}),
        ('Семей ядролық сынақ полигонының', 0, 'facility', 'Semipalatinsk test site', N, STS),
        ('Шығыс Қазақстан облысының барлық аудандарында', 0, 'quantified', 'all districts', N, {'count': None, 'unit': 'district', 'quantifier': 'all', 'note': 'all districts of East Kazakhstan Region; commemorations, not incidents'}),
        ('Семейдегі', 0, 'city', 'Semey', EKR),
        ('Өлімнен де күшті', 0, 'facility', 'Stronger than Death monument (Semey)', EKR, {'subkind': 'monument'}),
        ('Курчатовта', 0, 'city', 'Kurchatov', EKR),
        ('Şyğys Qazaqstan oblysy', 0, 'region', EKR, EKR, {'note': 'inside the name of an authority; Kazakh Latin'}),
        ('Abai', 0, 'district', 'Abai District', EKR, {'note': 'Kazakh Latin; list sharing the head noun'}),
        ('Beskarağai', 0, 'district', 'Beskaragay District', EKR, {'note': 'Kazakh Latin; list sharing the head noun'}),
        ('Нұр-Сұлтанда', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the head of state'}),
     ],
     inc={}),
]
