"""Kazakh texts of the fifty-seventh unseen check corpus (Cyrillic)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p017', date='1998-05-07', lang='kk',
     event='1998 Defender of the Fatherland Day parade in the capital a day after Akmola was renamed Astana; fire at a clothing store of a military unit in Kokshetau (North Kazakhstan Region 1997-1999, after the abolition of Kokshetau Region); conscripts from Almaty and Karaganda regions',
     text="""Астанада әскери шеру өтті, Көкшетауда әскери бөлімнің қоймасы өртенді
АСТАНА, 7 мамыр. ҚазАқпарат – Бүгін елордада Қазақстан Қарулы Күштерінің құрылғанына алты жыл толуына орай әскери шеру өтті. Шеруге 2 мыңнан астам сарбаз бен 80-ге жуық әскери техника қатысты. Кеше ғана Президент жарлығымен Ақмола қаласы Астана болып қайта аталды, сондықтан шеру жаңа атаумен өткен алғашқы ресми шара болды.
Сол түні Солтүстік Қазақстан облысының Көкшетау қаласындағы әскери бөлімнің киім-кешек қоймасында өрт шықты. Өрт сөндірушілер жалынды екі сағатта ауыздықтады, зардап шеккендер жоқ. Облыстық төтенше жағдайлар басқармасының мәліметінше, өрт электр сымының тұйықталуынан шыққан.
Еске сала кетейік, былтыр Көкшетау облысы таратылып, оның аумағы Солтүстік Қазақстан облысына қосылды. Көкшетау гарнизонында негізінен Алматы және Қарағанды облыстарынан шақырылған жас сарбаздар қызмет етеді.""",
     ann=[
        ('Астанада', 0, 'city', 'Astana', 'Astana', {'note': 'headline'}),
        ('Көкшетауда', 0, 'city', 'Kokshetau', NKR, {'note': 'headline; North Kazakhstan Region from 1997 to 1999'}),
        ('АСТАНА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline; the name adopted the day before'}),
        ('Қазақстан', 0, 'country', 'Kazakhstan', N, {'note': 'inside the name of the armed forces'}),
        ('Ақмола қаласы', 0, 'city', 'Astana', 'Astana', {'note': 'NI:the renaming; Akmola the capital city, not Akmola Region'}),
        ('Астана', 0, 'city', 'Astana', 'Astana', {'note': 'NI:the renaming'}),
        ('Солтүстік Қазақстан облысының', 0, 'region', NKR, NKR),
        ('Көкшетау қаласындағы', 0, 'city', 'Kokshetau', NKR, {'note': 'North Kazakhstan Region on the article date (Kokshetau Region abolished in 1997; the city passed to Akmola Region in 1999)'}),
        ('Көкшетау облысы', 0, 'region', NKR, NKR, {'uncertain': True, 'note': 'NI:abolition of Kokshetau Region in 1997; labelled with the unit holding its land on the article date'}),
        ('Солтүстік Қазақстан облысына', 0, 'region', NKR, NKR, {'note': 'NI:background on the merger'}),
        ('Көкшетау', 2, 'city', 'Kokshetau', NKR, {'note': 'NI:inside "Көкшетау гарнизонында"'}),
        ('Алматы', 0, 'region', ALR, ALR, {'note': 'NI:origin of conscripts; in a list sharing "облыстарынан"'}),
        ('Қарағанды облыстарынан', 0, 'region', KR, KR, {'note': 'NI:origin of conscripts; shared plural head noun'}),
     ],
     inc={NKR: (1, 'fire in the clothing store of a military unit in Kokshetau')}),

dict(id='p018', date='2020-10-06', lang='kk',
     event='2020 defence week: border service Mi-8 crash near Kegen (Raiymbek district, Almaty Region before 2022), two dead; sergeant beats a conscript in a unit in Shymkent; clearance after the June 2019 Arys depot blasts (Turkistan Region); exercise with Russia at Otar (Jambyl Region) with Kyrgyz observers; call-up in all regions; Nur-Sultan dateline',
     text="""Апта шолуы: Кеген маңында тікұшақ құлады, Шымкентте сарбаз соққыға жығылды
НҰР-СҰЛТАН, 6 қазан. Kazinform – Қарулы Күштер мен Шекара қызметіндегі аптаның басты жаңалықтары.

Кеген маңындағы апат. 3 қазанда Алматы облысы Райымбек ауданының Кеген ауылы маңында Шекара қызметінің Ми-8 тікұшағы құлады. Борттағы жеті адамның екеуі – ұшқыш-капитан мен борттехник қаза тапты, бесеуі жарақат алып, Алматыдағы ауруханаға жеткізілді. Тікұшақ Нарынқол ауылының маңындағы заставаға азық-түлік пен отын тасып бара жатқан. Апаттың себебін Нұр-Сұлтаннан келген үкіметтік комиссия анықтайды, негізгі нұсқа – таудағы қолайсыз ауа райы.

Шымкенттегі оқиға. Шымкент қаласындағы әскери бөлімде келісімшарт бойынша қызмет ететін сержант жас сарбазды соққыға жықты. Жәбірленуші Түркістан облысының Сарыағаш ауданынан әскерге шақырылған, ол қазір госпитальда ем алып жатыр. Шымкент гарнизонының әскери прокуратурасы қылмыстық іс қозғады, сержант қамауға алынды. Соңғы екі жылда бұл гарнизонда мұндай оқиға тіркелмеген еді, деді прокуратура өкілі.

Арыстағы жұмыс. 2019 жылғы маусымда Арыс қаласының маңындағы әскери қоймада болған жарылыстардан кейін сапёрлар осы уақытқа дейін 7 мыңнан астам снарядты залалсыздандырды. Қорғаныс министрлігінің хабарлауынша, қала аумағын тазарту жұмыстары жыл соңына дейін аяқталады. Жарылыстардан кейін қираған үйлердің барлығы қалпына келтірілді, тұрғындар жаңа пәтерлерге көшті.

Ресеймен жаттығу. Жамбыл облысындағы Отар полигонында Ресей әскерилерімен бірлескен тактикалық жаттығу өтті. Оған екі елдің 900-ден астам әскери қызметшісі мен 150 бірлік техника тартылды. Жаттығуды Қырғызстаннан келген офицерлер бақылады. «Таулы жерде бірлесіп әрекет етуді пысықтадық», – деді полковник Ержан Төлегенов.

Күзгі шақыру. Күзгі әскерге шақыру барлық облыстарда 15 қазанда басталады, ол желтоқсанның соңына дейін созылады. Биыл бірінші рет шақырылушылардың бір бөлігі Нұр-Сұлтан мен Алматыдағы әскери бөлімдерге жіберіледі.""",
     ann=[
        ('Кеген', 0, 'village', 'Kegen', ALR, {'note': 'headline'}),
        ('Шымкентте', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'headline'}),
        ('НҰР-СҰЛТАН', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Кеген', 1, 'village', 'Kegen', ALR, {'note': 'section heading ("Кеген маңындағы")'}),
        ('Алматы облысы', 0, 'region', ALR, ALR, {'note': 'Almaty Region before 2022-06-08 (Raiymbek district is still Almaty Region)'}),
        ('Райымбек ауданының', 0, 'district', 'Raiymbek District', ALR),
        ('Кеген ауылы', 0, 'village', 'Kegen', ALR),
        ('Алматыдағы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:hospital'}),
        ('Нарынқол ауылының', 0, 'village', 'Narynkol', ALR, {'note': 'NI:destination of the flight'}),
        ('Нұр-Сұлтаннан', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of the commission'}),
        ('Шымкенттегі', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'section heading'}),
        ('Шымкент қаласындағы', 0, 'city', 'Shymkent', 'Shymkent'),
        ('Түркістан облысының', 0, 'region', TR, TR, {'note': 'NI:origin of the victim'}),
        ('Сарыағаш ауданынан', 0, 'district', 'Saryagash District', TR, {'note': 'NI:origin of the victim'}),
        ('Шымкент', 1, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:inside the name of an authority (garrison military prosecutor)'}),
        ('Арыстағы', 0, 'city', 'Arys', TR, {'note': 'section heading; NI:clearance work, a measure'}),
        ('Арыс қаласының', 0, 'city', 'Arys', TR, {'note': 'June 2019 depot explosions, background narrated explicitly'}),
        ('Ресеймен', 0, 'foreign', 'Russia', N, {'note': 'section heading; NI:exercise partner'}),
        ('Жамбыл облысындағы', 0, 'region', JR, JR, {'note': 'NI:exercise'}),
        ('Отар полигонында', 0, 'facility', 'Otar training range', JR, {'subkind': 'military range', 'note': 'NI:exercise'}),
        ('Ресей', 0, 'foreign', 'Russia', N, {'note': 'NI:exercise partner'}),
        ('Қырғызстаннан', 0, 'foreign', 'Kyrgyzstan', N, {'note': 'NI:observers'}),
        ('барлық облыстарда', 0, 'quantified', 'all regions', N, {'count': None, 'unit': 'region', 'quantifier': 'all', 'note': 'call-up, not an incident'}),
        ('Нұр-Сұлтан', 0, 'city', 'Astana', 'Astana', {'note': 'NI:units receiving conscripts'}),
        ('Алматыдағы', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:units receiving conscripts'}),
     ],
     inc={ALR: (1, 'border service Mi-8 crash near Kegen, Raiymbek district, two dead'),
          'Shymkent': (1, 'sergeant beats a young conscript in a unit in Shymkent'),
          TR: (1, 'the June 2019 explosions at the depot near Arys, background narrated explicitly (doubtful: the paragraph is about clearance work)')}),

dict(id='p019', date='2009-06-18', lang='kk',
     event='2009 infantry fighting vehicle catches fire during a Kazakh-Kyrgyz exercise at the Matybulak range (Kordai district, Jambyl Region), two soldiers burnt; hospital in Almaty; Kyrgyz units from near Bishkek',
     text="""Матыбұлақ полигонында жаттығу кезінде БМП өртенді
ТАРАЗ, 18 маусым. ҚазАқпарат – Жамбыл облысы Қордай ауданындағы «Матыбұлақ» полигонында Қазақстан мен Қырғызстан әскерилерінің бірлескен жаттығуы кезінде жаяу әскердің ұрыс машинасы өртенді. Екі сарбаз күйік алып, Алматыдағы әскери госпитальға жеткізілді, деп хабарлады Қорғаныс министрлігінің баспасөз қызметі.
Министрліктің мәліметінше, өрт қозғалтқыштың ақаулығынан шыққан болуы мүмкін. Машинаның ішіндегі басқа бес сарбаз уақытында шығып үлгерген. Екі сарбаздың да өміріне қауіп жоқ, деп атап өтті дәрігерлер.
Жаттығуға екі елдің 1200-ге жуық әскери қызметшісі қатысып жатыр. Қырғыз тарабынан Бішкек маңында орналасқан бригаданың бөлімшелері келген. Жаттығу жоспар бойынша жалғасады, ол 20 маусымда Қордай ауылының маңында аяқталады деп күтілуде.""",
     ann=[
        ('Матыбұлақ полигонында', 0, 'facility', 'Matybulak range', JR, {'subkind': 'military range', 'note': 'headline'}),
        ('ТАРАЗ', 0, 'city', 'Taraz', JR, {'note': 'dateline'}),
        ('Жамбыл облысы', 0, 'region', JR, JR),
        ('Қордай ауданындағы', 0, 'district', 'Kordai District', JR),
        ('Матыбұлақ', 1, 'facility', 'Matybulak range', JR, {'subkind': 'military range', 'note': 'name in quotation marks'}),
        ('Қазақстан', 0, 'country', 'Kazakhstan', N),
        ('Қырғызстан', 0, 'foreign', 'Kyrgyzstan', N, {'note': 'NI:exercise partner'}),
        ('Алматыдағы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:hospital'}),
        ('Бішкек', 0, 'foreign', 'Bishkek', N, {'note': 'NI:home of the Kyrgyz units'}),
        ('Қордай ауылының', 0, 'village', 'Kordai', JR, {'note': 'NI:planned end of the exercise'}),
     ],
     inc={JR: (1, 'infantry fighting vehicle caught fire at the Matybulak range, two soldiers burnt')}),

dict(id='p020', date='2025-02-15', lang='kk',
     event='2025 wreaths and a wooden fence burnt at the Afghan war memorial in Rudny (Kostanay Region) on the anniversary of the Soviet withdrawal; two teenagers detained; veterans recall Kabul and Kandahar; commemoration in Kostanay',
     text="""Рудныйда ауған соғысы ардагерлеріне арналған ескерткіштің маңы өртелді
ҚОСТАНАЙ, 15 ақпан. ҚазТАГ – Кеңес әскерлерінің Ауғанстаннан шығарылғанына 36 жыл толған күні Рудный қаласындағы ауған соғысы ардагерлеріне арналған ескерткіштің жанындағы гүл шоқтары мен ағаш қоршау өртелді. Полиция бұзақылық бабы бойынша іс қозғап, 17 жастағы екі жасөспірімді ұстады.
Қостанай облысынан Ауғанстандағы соғысқа 2 мыңнан астам адам аттанған, олардың 60-тан астамы оралмады. Ардагер Серік Оспанов жастық шағы Кабул мен Қандағар маңында өткенін еске алды. «Ескерткішке от қойғандар бізді емес, өз тарихын қорлады», – деді ол.
Сол күні Қостанай қаласындағы Жеңіс саябағында еске алу жиыны өтті, оған облыс әкімі мен ардагерлер қатысты. Рудный қалалық әкімдігі қоршауды бір аптада қалпына келтіретінін мәлімдеді.""",
     ann=[
        ('Рудныйда', 0, 'city', 'Rudny', KOR, {'note': 'headline'}),
        ('ҚОСТАНАЙ', 0, 'city', 'Kostanay', KOR, {'note': 'dateline'}),
        ('Ауғанстаннан', 0, 'foreign', 'Afghanistan', N, {'note': 'NI:background (Soviet withdrawal)'}),
        ('Рудный қаласындағы', 0, 'city', 'Rudny', KOR),
        ('Қостанай облысынан', 0, 'region', KOR, KOR, {'note': 'NI:origin of veterans'}),
        ('Ауғанстандағы', 0, 'foreign', 'Afghanistan', N, {'note': 'NI:the war'}),
        ('Кабул', 0, 'foreign', 'Kabul', N, {'note': 'NI:memory of a veteran'}),
        ('Қандағар', 0, 'foreign', 'Kandahar', N, {'note': 'NI:memory of a veteran'}),
        ('Қостанай қаласындағы', 0, 'city', 'Kostanay', KOR, {'note': 'NI:commemoration'}),
        ('Жеңіс саябағында', 0, 'facility', 'Victory Park (Kostanay)', KOR, {'subkind': 'park', 'note': 'NI:commemoration'}),
        ('Рудный', 1, 'city', 'Rudny', KOR, {'note': 'NI:inside the name of an authority (city akimat), repair'}),
     ],
     inc={KOR: (1, 'arson at the Afghan war memorial in Rudny: wreaths and a wooden fence burnt')}),

dict(id='p021', date='2022-06-20', lang='kk',
     event='2022 Mi-17 crash 15 km from Ucharal (Alakol district, Jetisu Region twelve days after its creation), crew survive; a conscript of the Priozersk garrison drowns in Lake Balkhash (Karaganda Region); joint drill with Chinese border guards near the Bakhty crossing (Tarbagatai district, Abai Region); victim from Ayagoz (Abai Region); call-up extended in several districts',
     text="""Үшаралда әскери тікұшақ құлады, Балқаш көлінде сарбаз суға батты
ТАЛДЫҚОРҒАН, 20 маусым. ҚазАқпарат – Жетісу облысының Алакөл ауданында Қорғаныс министрлігінің Ми-17 тікұшағы оқу-жаттығу ұшуы кезінде Үшарал қаласынан 15 шақырым жерде құлады. Экипаждың үш мүшесі де аман қалды, екеуі жарақат алып, аудандық ауруханаға жеткізілді. Апат орнына облыстық төтенше жағдайлар департаментінің құтқарушылары жіберілді. Тікұшақ Талдықорған әуежайынан ұшқан. Қорғаныс министрлігінің мәліметінше, ол әуеге көтерілгеннен кейін жарты сағаттан соң байланыстан шығып кеткен. Апаттың себебін анықтау үшін Нұр-Сұлтаннан комиссия келеді, негізгі нұсқалардың бірі – техникалық ақау. Жетісу облысының жаңа әкімі апат орнына барып, жараланған ұшқыштардың жағдайымен танысты.

Бұл – 8 маусымда Алматы облысынан бөлініп шыққан Жетісу облысындағы алғашқы ірі әскери оқиға. Облыс орталығы Талдықорған қаласы болып белгіленді. Жаңа облыс аумағында бірнеше әскери гарнизон орналасқан.

Балқаш көлінде қайғылы оқиға. Қарағанды облысындағы Приозерск гарнизонында қызмет ететін 19 жастағы сарбаз демалыс күні Балқаш көліне шомылып, суға батып кетті. Оның денесін Балқаш қаласынан келген сүңгуірлер бір тәуліктен кейін тапты. Марқұм Абай облысының Аягөз қаласынан әскерге шақырылған. Гарнизон командованиесі жауынгерлердің көлге рұқсатсыз баруына тыйым салды. Сарбаздың туыстары командование оқиға туралы тек келесі күні хабарлағанына наразы, гарнизон прокуратурасы тексеру жүргізіп жатыр.

Қытаймен бірлескен жаттығу. Абай облысының Тарбағатай ауданында, Бақты өткізу бекетінің маңында Қазақстан мен Қытай шекарашыларының бірлескен жаттығуы өтті. Оған Шыңжаңнан келген шекарашылар қатысты. Жаттығу шекара маңындағы заңсыз өтуге қарсы іс-қимылға арналды: шекарашылар шекарадан заңсыз өткен «бұзушыларды» іздеу мен ұстауды пысықтады.

Шақыру. Көктемгі әскерге шақыру науқаны бірнеше ауданда шілде айының соңына дейін ұзартылды, деп хабарлады Қорғаныс министрлігі. Бұған көктемдегі су тасқыны мен ауыл шаруашылығы жұмыстары себеп болған.""",
     ann=[
        ('Үшаралда', 0, 'city', 'Ucharal', JTR, {'note': 'headline'}),
        ('Балқаш көлінде', 0, 'facility', 'Lake Balkhash', N, {'subkind': 'lake', 'note': 'headline'}),
        ('ТАЛДЫҚОРҒАН', 0, 'city', 'Taldykorgan', JTR, {'note': 'dateline'}),
        ('Жетісу облысының', 0, 'region', JTR, JTR, {'note': 'Jetisu Region since 2022-06-08'}),
        ('Алакөл ауданында', 0, 'district', 'Alakol District', JTR),
        ('Үшарал қаласынан', 0, 'city', 'Ucharal', JTR, {'note': 'NI:reference point (15 km)'}),
        ('Талдықорған әуежайынан', 0, 'facility', 'Taldykorgan Airport', JTR, {'subkind': 'airport', 'note': 'NI:origin of the flight'}),
        ('Нұр-Сұлтаннан', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of the commission'}),
        ('Жетісу облысының', 1, 'region', JTR, JTR, {'note': 'inside the title of an official (the akim)'}),
        ('Алматы облысынан', 0, 'region', ALR, ALR, {'note': 'NI:the 2022 split'}),
        ('Жетісу облысындағы', 0, 'region', JTR, JTR),
        ('Талдықорған қаласы', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:regional centre'}),
        ('Балқаш көлінде', 1, 'facility', 'Lake Balkhash', N, {'subkind': 'lake', 'note': 'section heading'}),
        ('Қарағанды облысындағы', 0, 'region', KR, KR),
        ('Приозерск', 0, 'city', 'Priozersk', KR, {'note': 'inside "Приозерск гарнизонында"; the drowning happened by the garrison town'}),
        ('Балқаш көліне', 0, 'facility', 'Lake Balkhash', N, {'subkind': 'lake'}),
        ('Балқаш қаласынан', 0, 'city', 'Balkhash', KR, {'note': 'NI:origin of divers'}),
        ('Абай облысының', 0, 'region', ABR, ABR, {'note': 'NI:origin of the victim'}),
        ('Аягөз қаласынан', 0, 'city', 'Ayagoz', ABR, {'note': 'NI:origin of the victim; Abai Region since 2022-06-08'}),
        ('Қытаймен', 0, 'foreign', 'China', N, {'note': 'section heading; NI:exercise partner'}),
        ('Абай облысының', 1, 'region', ABR, ABR, {'note': 'NI:exercise'}),
        ('Тарбағатай ауданында', 0, 'district', 'Tarbagatai District', ABR, {'note': 'NI:exercise'}),
        ('Бақты', 0, 'facility', 'Bakhty border crossing', ABR, {'subkind': 'border crossing', 'note': 'NI:exercise'}),
        ('Қазақстан', 0, 'country', 'Kazakhstan', N),
        ('Қытай', 0, 'foreign', 'China', N, {'note': 'NI:exercise partner'}),
        ('Шыңжаңнан', 0, 'foreign', 'Xinjiang', N, {'note': 'NI:origin of participants'}),
        ('бірнеше ауданда', 0, 'quantified', 'several districts', N, {'count': None, 'unit': 'district', 'note': 'call-up extended, not an incident'}),
     ],
     inc={JTR: (1, 'Mi-17 crash 15 km from Ucharal, Alakol district, two crew hurt'),
          KR: (1, 'conscript of the Priozersk garrison drowned in Lake Balkhash')}),

dict(id='p022', date='2006-09-12', lang='kk',
     event='2006 mine explosion during tactical exercises at a range near Ekibastuz (Pavlodar Region), three soldiers hurt; soldiers from the Semey garrison (East Kazakhstan Region before 2022); commission from Astana',
     text="""Екібастұз маңындағы полигонда мина жарылып, үш сарбаз жараланды
ПАВЛОДАР, 12 қыркүйек. ҚазАқпарат – Павлодар облысы Екібастұз қаласының маңындағы әскери полигонда тактикалық жаттығу кезінде мина жарылып, үш сарбаз жарақат алды. Бұл туралы Қорғаныс министрлігінің баспасөз қызметі хабарлады.
Алдын ала деректер бойынша, сарбаздар окоп қазып жатқанда жерде ұзақ жылдар жатқан ескі мина жарылған. Жаралылардың біреуінің жағдайы ауыр, олар тікұшақпен Павлодардағы облыстық ауруханаға жеткізілді. Жаралылардың екеуі келісімшарт бойынша қызмет ететін сарбаздар.
Жаттығуға Семей гарнизонынан келген мотоатқыштар бөлімшесі қатысқан. Оқиғаның мән-жайын анықтау үшін Астанадан арнайы комиссия келді. Полигон аумағы 1950 жылдардан бері әскери мақсатта пайдаланылып келеді, деп атап өтті жергілікті тұрғындар.""",
     ann=[
        ('Екібастұз', 0, 'city', 'Ekibastuz', PR, {'note': 'headline ("Екібастұз маңындағы", near Ekibastuz)'}),
        ('ПАВЛОДАР', 0, 'city', 'Pavlodar', PR, {'note': 'dateline'}),
        ('Павлодар облысы', 0, 'region', PR, PR),
        ('Екібастұз қаласының', 0, 'city', 'Ekibastuz', PR, {'note': 'the range lies near the town'}),
        ('Павлодардағы', 0, 'city', 'Pavlodar', PR, {'note': 'NI:hospital'}),
        ('Семей', 0, 'city', 'Semey', EKR, {'note': 'NI:inside "Семей гарнизонынан", origin of the soldiers; East Kazakhstan Region before 2022-06-08'}),
        ('Астанадан', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of the commission'}),
     ],
     inc={PR: (1, 'old mine exploded at the range near Ekibastuz, three soldiers hurt')}),

dict(id='p023', date='2015-08-11', lang='kk',
     event='2015 navy day review: fire on a patrol boat in Aktau sea port (Mangystau Region), two sailors poisoned by smoke; a conscript crushed by a lorry at the Atyrau garrison (Atyrau Region); the boat built in Oral; Kazakh-Russian exercise on the Caspian Sea with observers from Azerbaijan and Turkmenistan; a veteran in Aktau; conscript from Zhanaozen',
     text="""Каспийде әскери катер өртенді, Атырауда сарбаз қаза тапты
АҚТАУ, 11 тамыз. ҚазАқпарат – Әскери-теңіз күштерінің күні қарсаңында батыстағы гарнизондардан екі қайғылы хабар жетті.

Ақтау портындағы өрт. Дүйсенбі таңертең Ақтау теңіз портында тұрған Әскери-теңіз күштерінің күзет катерінде өрт шықты. Өртті 40 минутта сөндірді, екі матрос түтіннен уланып, қалалық ауруханаға жеткізілді. Маңғыстау облысының төтенше жағдайлар департаментінің хабарлауынша, өрт қозғалтқыш бөлігінде шыққан. Порт әкімшілігінің өкілдері басқа кемелерге қауіп болмағанын айтты. Бұл – Әскери-теңіз күштерінде биылғы алғашқы өрт. Катер 2013 жылы Орал қаласындағы кеме жасау зауытында жасалған, ол Каспий теңізінде шекара мен мұнай платформаларын күзетеді.

Атыраудағы оқиға. Жексенбі күні Атырау гарнизонындағы әскери бөлімнің аумағында 20 жастағы сарбаз кері жүріп келе жатқан жүк көлігінің астында қалып, қаза тапты. Ол Маңғыстау облысының Жаңаөзен қаласынан әскерге шақырылған. Атырау облысы бойынша әскери прокуратура тергеу бастады, жүргізуші-сарбаз қамауға алынды. Сарбаздың әкесінің айтуынша, ұлының қызмет мерзімі екі айдан кейін аяқталуы тиіс еді. «Балам үйге оралуға асығып жүрген», – деді ол. Тергеудің алғашқы нәтижелері бір айдан кейін белгілі болады.

Теңіздегі жаттығу. Осы аптада Каспий теңізінде Қазақстан мен Ресей кемелерінің бірлескен жаттығуы өтеді. Жаттығуға Әзербайжан мен Түрікменстаннан бақылаушылар шақырылған. Ресей тарапынан Махачқаладан үш кеме келеді. Кемелер теңіздегі құтқару операциясын және мұнай платформасын қорғауды пысықтайды, Қазақстан тарапынан төрт кеме қатысады.

Ардагерді құттықтады. Мереке қарсаңында Ақтау қаласының әкімі теңізшілер ардагері, 1944 жылы Балтық флотында соғысқан 92 жастағы Жұмабай Тілеубердиевтің үйіне барып, құттықтады. Ардагер соғыстан кейін отыз жыл бойы балықшы болып жұмыс істеген. «Менің заманымда Қазақстанның өз флоты болады деп ешкім ойламаған еді», – деді ардагер.""",
     ann=[
        ('Каспийде', 0, 'facility', 'Caspian Sea', N, {'subkind': 'sea', 'note': 'headline; the fire was in Aktau port'}),
        ('Атырауда', 0, 'city', 'Atyrau', ATR, {'note': 'headline'}),
        ('АҚТАУ', 0, 'city', 'Aktau', MR, {'note': 'dateline'}),
        ('Ақтау', 0, 'city', 'Aktau', MR, {'note': 'section heading ("Ақтау портындағы")'}),
        ('Ақтау теңіз портында', 0, 'facility', 'Aktau Sea Port', MR, {'subkind': 'port'}),
        ('Маңғыстау облысының', 0, 'region', MR, MR, {'note': 'inside the name of an authority'}),
        ('Орал қаласындағы', 0, 'city', 'Oral', WKR, {'note': 'NI:where the boat was built'}),
        ('Каспий теңізінде', 0, 'facility', 'Caspian Sea', N, {'subkind': 'sea', 'note': 'NI:patrol area'}),
        ('Атыраудағы', 0, 'city', 'Atyrau', ATR, {'note': 'section heading'}),
        ('Атырау', 0, 'city', 'Atyrau', ATR, {'note': 'inside "Атырау гарнизонындағы"'}),
        ('Маңғыстау облысының', 1, 'region', MR, MR, {'note': 'NI:origin of the victim'}),
        ('Жаңаөзен қаласынан', 0, 'city', 'Zhanaozen', MR, {'note': 'NI:origin of the victim'}),
        ('Атырау облысы', 0, 'region', ATR, ATR, {'note': 'inside the name of an authority (military prosecutor)'}),
        ('Каспий теңізінде', 1, 'facility', 'Caspian Sea', N, {'subkind': 'sea', 'note': 'NI:exercise'}),
        ('Қазақстан', 0, 'country', 'Kazakhstan', N),
        ('Ресей', 0, 'foreign', 'Russia', N, {'note': 'NI:exercise partner'}),
        ('Әзербайжан', 0, 'foreign', 'Azerbaijan', N, {'note': 'NI:observers'}),
        ('Түрікменстаннан', 0, 'foreign', 'Turkmenistan', N, {'note': 'NI:observers'}),
        ('Ресей', 1, 'foreign', 'Russia', N, {'note': 'NI:exercise partner'}),
        ('Махачқаладан', 0, 'foreign', 'Makhachkala', N, {'note': 'NI:home port of the ships'}),
        ('Қазақстан', 1, 'country', 'Kazakhstan', N),
        ('Ақтау қаласының', 0, 'city', 'Aktau', MR, {'note': 'NI:inside the name of an authority (city akim), a visit'}),
        ('Қазақстанның', 0, 'country', 'Kazakhstan', N),
     ],
     inc={MR: (1, 'fire on a navy patrol boat in Aktau sea port, two sailors poisoned by smoke'),
          ATR: (1, 'conscript crushed by a reversing lorry on the grounds of a unit of the Atyrau garrison')}),

dict(id='p024', date='2000-02-15', lang='kk',
     event='2000 night fire in a barracks of a military unit in Turkistan town (South Kazakhstan Region before 2018), 40 soldiers led out, two poisoned by smoke; the unit moved from Shymkent because of the situation on the Uzbek border; Shymkent dateline',
     text="""Түркістандағы әскери бөлімде өрт: 40 сарбаз аман шығарылды
ШЫМКЕНТ, 15 ақпан. ҚазАқпарат – Оңтүстік Қазақстан облысы Түркістан қаласындағы әскери бөлімнің казармасында түнгі сағат екіде өрт шықты. Казармада ұйықтап жатқан 40 сарбазды кезекші офицер уақытында сыртқа шығарды, екі сарбаз түтіннен уланып, Шымкенттегі әскери госпитальға жеткізілді.
Облыстық төтенше жағдайлар басқармасының мәліметінше, өрт пеш жағу кезінде қауіпсіздік ережелерінің бұзылуынан шыққан. Ағаш төбенің бір бөлігі опырылып түсті, сарбаздардың жеке заттары мен формасы толық жанып кетті.
Бұл бөлім өткен жылы Өзбекстанмен шекарадағы жағдайдың шиеленісуіне байланысты Шымкенттен Түркістанға көшірілген еді. Бөлім командирі подполковник Нұрлан Әбдірахманов казарманы екі айда қалпына келтіруге уәде берді.""",
     ann=[
        ('Түркістандағы', 0, 'city', 'Turkistan', SKR, {'note': 'headline; South Kazakhstan Region before 2018-06-19'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', SKR, {'note': 'dateline'}),
        ('Оңтүстік Қазақстан облысы', 0, 'region', SKR, SKR),
        ('Түркістан қаласындағы', 0, 'city', 'Turkistan', SKR),
        ('Шымкенттегі', 0, 'city', 'Shymkent', SKR, {'note': 'NI:hospital'}),
        ('Өзбекстанмен', 0, 'foreign', 'Uzbekistan', N, {'note': 'NI:border situation'}),
        ('Шымкенттен', 0, 'city', 'Shymkent', SKR, {'note': 'NI:former base of the unit'}),
        ('Түркістанға', 0, 'city', 'Turkistan', SKR, {'note': 'NI:relocation of the unit'}),
     ],
     inc={SKR: (1, 'night fire in a barracks of a military unit in Turkistan, two soldiers poisoned by smoke')}),
]
