"""Kazakh texts of the twenty-seventh unseen check corpus (regional news digests)."""
N = None
JR, ALR, KYR, TR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'Turkistan Region', 'South Kazakhstan Region'
ABR, JTR, EKR, MR, KOR = 'Abai Region', 'Jetisu Region', 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR, UR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region', 'Ulytau Region'
ATR, AR, WKR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region'

DOCS = [
dict(id='p017', date='2018-07-10', lang='kk',
     event='2018 Turkistan Region and Shymkent digest three weeks after the reform: cotton store fire in Zhetysai (Turkistan Region) and a fatal crash on the southern edge of Shymkent (Shymkent); 12 drownings in seven regions (unattributed); school in Karabulak, akimat moving to Turkistan, South Kazakhstan Region renamed, girl found in Lenger, aitys in Kentau',
     text="""Түркістан облысы мен Шымкент: Жетісайда мақта қоймасы өртенді, қала шетінде екі адам қаза тапты
ТҮРКІСТАН. 10 шілде. ҚазАқпарат – Түркістан облысы мен Шымкент қаласының бір күндік жаңалықтарына шолу.
ӨРТ. Жетісай қаласындағы мақта қоймасында түнде өрт шықты. 200 тоннаға жуық мақта жанып кетті, адам шығыны жоқ. Өртті сөндіруге Мақтаарал ауданынан да өрт сөндірушілер келді.
ЖОЛ АПАТЫ. Шымкент – Ташкент тас жолында, Шымкент қаласының оңтүстік шетінде жеңіл көлік жүк көлігімен соқтығысып, екі адам қаза тапты. Жүргізуші Сарыағаш ауданының тұрғыны екені анықталды.
МЕКТЕП. Сайрам ауданындағы Қарабұлақ ауылында 600 орындық жаңа мектеп пайдалануға берілді.
ЖАҢА ОРТАЛЫҚ. Облыс әкімдігі Шымкенттен Түркістанға көшуге дайындалып жатыр. Маусымда Оңтүстік Қазақстан облысы Түркістан облысы болып өзгертіліп, Шымкент республикалық маңызы бар қала мәртебесін алды.
ТАБЫЛДЫ. Төлеби ауданына қарасты Ленгер қаласында кеше жоғалып кеткен бес жасар қыз бүгін таңертең көршінің ауласынан табылды.
АЙТЫС. Кентауда Өзбекстан мен Қырғызстаннан келген ақындар қатысқан айтыс өтті.
АУА РАЙЫ. Синоптиктер Шардара және Сарыағаш аудандарында аптап ыстық 45 градусқа жететінін ескертті. ТЖМ мәліметінше, өткен аптада елдің жеті өңірінде 12 адам суға батып кетті.
ТУРИЗМ. Түркістандағы Қожа Ахмет Ясауи кесенесіне маусымда 60 мыңнан астам адам келді, олардың бір бөлігі Түркиядан және Әзербайжаннан келген туристер.
СОТ. Шымкенттің Абай аудандық соты рұқсатсыз көше саудасымен айналысқан 12 адамға айыппұл салды. Сот отырысына Сайрам және Қазығұрт аудандарынан келген саудагерлер де қатысты.
КӨЛІК. Шымкент әуежайынан Мәскеуге, Новосібірге және Стамбұлға тікелей рейстер ашылды. Ал Түркістан қаласында жаңа әуежайдың құрылысы келесі жылы басталады деп жоспарланып отыр; оның жобасын түрік компаниясы әзірлейді. Әзірге түркістандықтар Шымкент әуежайын пайдаланады.""",
     ann=[
        ('Түркістан облысы', 0, 'region', TR, TR, {'note': 'headline'}),
        ('Шымкент', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'headline'}),
        ('Жетісайда', 0, 'city', 'Zhetysai', TR, {'note': 'headline'}),
        ('ТҮРКІСТАН', 0, 'city', 'Turkistan', TR, {'note': 'dateline'}),
        ('Түркістан облысы', 1, 'region', TR, TR),
        ('Шымкент қаласының', 0, 'city', 'Shymkent', 'Shymkent'),
        ('Жетісай қаласындағы', 0, 'city', 'Zhetysai', TR),
        ('Мақтаарал ауданынан', 0, 'district', 'Maktaaral District', TR, {'note': 'NI:origin of firefighters'}),
        ('Шымкент', 2, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:route endpoint (Шымкент – Ташкент road)'}),
        ('Ташкент', 0, 'foreign', 'Tashkent', N, {'note': 'NI:route endpoint'}),
        ('Шымкент қаласының', 1, 'city', 'Shymkent', 'Shymkent', {'note': 'crash on the southern edge of the city (its own unit since 2018-06-19)'}),
        ('Сарыағаш ауданының', 0, 'district', 'Saryagash District', TR, {'note': "NI:driver's residence"}),
        ('Сайрам ауданындағы', 0, 'district', 'Sairam District', TR, {'note': 'NI:new school'}),
        ('Қарабұлақ ауылында', 0, 'village', 'Karabulak (Sairam district)', TR, {'note': 'NI:new school'}),
        ('Шымкенттен', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:the akimat moves from'}),
        ('Түркістанға', 0, 'city', 'Turkistan', TR, {'note': 'NI:new regional centre'}),
        ('Оңтүстік Қазақстан облысы', 0, 'region', TR, TR, {'uncertain': True, 'note': 'NI:the region as renamed in June 2018; labelled with the unit holding its land on the article date'}),
        ('Түркістан облысы', 2, 'region', TR, TR, {'note': 'NI:renaming'}),
        ('Шымкент', 4, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:new status'}),
        ('Төлеби ауданына', 0, 'district', 'Tole Bi District', TR, {'note': 'NI:girl found; the district, not the person'}),
        ('Ленгер қаласында', 0, 'city', 'Lenger', TR, {'note': 'NI:girl found'}),
        ('Кентауда', 0, 'city', 'Kentau', TR, {'note': 'NI:aitys'}),
        ('Өзбекстан', 0, 'foreign', 'Uzbekistan', N, {'note': 'NI:origin of poets'}),
        ('Қырғызстаннан', 0, 'foreign', 'Kyrgyzstan', N, {'note': 'NI:origin of poets'}),
        ('Шардара', 0, 'district', 'Shardara District', TR, {'note': 'NI:forecast; list sharing "аудандарында"'}),
        ('Сарыағаш', 1, 'district', 'Saryagash District', TR, {'note': 'NI:forecast'}),
        ('жеті өңірінде', 0, 'quantified', '7 regions', N, {'count': 7, 'unit': 'region', 'note': '12 drownings in seven unnamed regions'}),
        ('Түркістандағы', 0, 'city', 'Turkistan', TR, {'note': 'NI:pilgrims'}),
        ('Қожа Ахмет Ясауи кесенесіне', 0, 'facility', 'Khoja Ahmed Yasawi Mausoleum', TR, {'subkind': 'mausoleum', 'note': 'NI:visitors'}),
        ('Түркиядан', 0, 'foreign', 'Turkey', N, {'note': 'NI:origin of tourists'}),
        ('Әзербайжаннан', 0, 'foreign', 'Azerbaijan', N, {'note': 'NI:origin of tourists'}),
        ('Шымкенттің', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:inside the name of a court'}),
        ('Абай аудандық', 0, 'district', 'Abai District (Shymkent)', 'Shymkent', {'subkind': 'city district', 'note': 'NI:inside the name of a court; the district, not the poet'}),
        ('Сайрам', 1, 'district', 'Sairam District', TR, {'note': 'NI:origin of traders; list sharing "аудандарынан"'}),
        ('Қазығұрт', 0, 'district', 'Kazygurt District', TR, {'note': 'NI:origin of traders'}),
        ('Шымкент әуежайынан', 0, 'facility', 'Shymkent International Airport', 'Shymkent', {'subkind': 'airport', 'note': 'NI:new flights'}),
        ('Мәскеуге', 0, 'foreign', 'Moscow', N, {'note': 'NI:destination of flights'}),
        ('Новосібірге', 0, 'foreign', 'Novosibirsk', N, {'note': 'NI:destination of flights'}),
        ('Стамбұлға', 0, 'foreign', 'Istanbul', N, {'note': 'NI:destination of flights'}),
        ('Түркістан қаласында', 0, 'city', 'Turkistan', TR, {'note': 'NI:planned airport'}),
        ('Шымкент әуежайын', 0, 'facility', 'Shymkent International Airport', 'Shymkent', {'subkind': 'airport', 'note': 'NI:airport used by residents of Turkistan'}),
     ],
     inc={TR: (1, 'night fire in a cotton store in Zhetysai'),
          'Shymkent': (1, 'car-lorry crash with two dead on the southern edge of Shymkent on the Shymkent-Tashkent road')},
     unatt=[{'label': 'жеті өңірінде', 'count': 7, 'note': '12 drownings in the past week in seven unnamed regions'}]),

dict(id='p018', date='2005-09-20', lang='kk',
     event='2005 Aktobe digest: Orenburg-Aktobe bus overturned in Mugalzhar district 12 km from Kandyagash (Aktobe Region); hospital in Shalkar, plant in Khromtau, saiga count in Irgiz district, bribery verdict in Aktobe',
     text="""Ақтөбе облысы: Қандыағаш маңында автобус аударылды, Шалқарда жаңа аурухана ашылды
АҚТӨБЕ. 20 қыркүйек. ҚазАқпарат – Ақтөбе облысының жаңалықтары.
Мұғалжар ауданында, Қандыағаш қаласынан 12 шақырым жерде Орынбордан Ақтөбеге келе жатқан жолаушылар автобусы жолдан шығып аударылды. Тоғыз жолаушы жарақат алып, Қандыағаш қалалық ауруханасына жеткізілді. Жол полициясының айтуынша, жүргізуші рульде ұйықтап кеткен.
Шалқар қаласында 100 орындық аудандық аурухана ашылды. Оның құрылысына облыстық бюджеттен 800 миллион теңге бөлінген.
Хромтауда хром кенін байыту фабрикасы жаңғыртылғаннан кейін қайта іске қосылды.
Ырғыз ауданында ғалымдар ақбөкен санағын бастады; оған Мәскеу мен Алматыдан мамандар келді.
Ақтөбе қалалық соты қалалық әкімдіктің бұрынғы қызметкерін пара алғаны үшін үш жылға бас бостандығынан айырды.
Синоптиктер апта соңында Байғанин және Темір аудандарында нөсер жаңбыр жауатынын, Ақтөбеде температура 8 градусқа дейін төмендейтінін хабарлады.""",
     ann=[
        ('Ақтөбе облысы', 0, 'region', AR, AR, {'note': 'headline'}),
        ('Қандыағаш', 0, 'city', 'Kandyagash', AR, {'note': 'headline; the crash happened near the town'}),
        ('Шалқарда', 0, 'city', 'Shalkar', AR, {'note': 'headline; NI:new hospital'}),
        ('АҚТӨБЕ', 0, 'city', 'Aktobe', AR, {'note': 'dateline'}),
        ('Ақтөбе облысының', 0, 'region', AR, AR),
        ('Мұғалжар ауданында', 0, 'district', 'Mugalzhar District', AR),
        ('Қандыағаш қаласынан', 0, 'city', 'Kandyagash', AR, {'note': 'NI:reference point ("12 шақырым жерде")'}),
        ('Орынбордан', 0, 'foreign', 'Orenburg', N, {'note': "NI:the bus's origin"}),
        ('Ақтөбеге', 0, 'city', 'Aktobe', AR, {'note': "NI:the bus's destination"}),
        ('Қандыағаш', 2, 'city', 'Kandyagash', AR, {'note': 'NI:hospital town'}),
        ('Шалқар қаласында', 0, 'city', 'Shalkar', AR, {'note': 'NI:new hospital'}),
        ('Хромтауда', 0, 'city', 'Khromtau', AR, {'note': 'NI:plant restarted'}),
        ('Ырғыз ауданында', 0, 'district', 'Irgiz District', AR, {'note': 'NI:saiga count'}),
        ('Мәскеу', 0, 'foreign', 'Moscow', N, {'note': 'NI:origin of specialists'}),
        ('Алматыдан', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of specialists'}),
        ('Ақтөбе', 2, 'city', 'Aktobe', AR, {'note': 'NI:inside the name of a court'}),
        ('Байғанин', 0, 'district', 'Baiganin District', AR, {'note': 'NI:forecast; list sharing "аудандарында"'}),
        ('Темір', 0, 'district', 'Temir District', AR, {'note': 'NI:forecast'}),
        ('Ақтөбеде', 0, 'city', 'Aktobe', AR, {'note': 'NI:forecast'}),
     ],
     inc={AR: (1, 'Orenburg-Aktobe bus overturned in Mugalzhar district, 12 km from Kandyagash, nine injured')}),

dict(id='p019', date='2022-08-16', lang='kk',
     event='2022 Ulytau and Karaganda digest two months after the split: basement fire in Satpayev (Ulytau Region) and a rock fall injuring two miners at the Shakhtinskaya mine in Shakhtinsk (Karaganda Region); Zhezkazgan, Satpayev, Karazhal, Ulytau and Zhanaarka districts formerly in Karaganda Region; fishermen\'s day in Balkhash',
     text="""Ұлытау және Қарағанды облыстары: Сәтбаевта жертөле өртенді, Шахтинскіде екі кенші жарақат алды
ЖЕЗҚАЗҒАН. 16 тамыз. Kazinform – Ұлытау және Қарағанды облыстарының жаңалықтарына шолу.
ӨРТ. Сәтбаев қаласындағы бес қабатты тұрғын үйдің жертөлесінде өрт шықты. 30 тұрғын эвакуацияланды, екі адам түтіннен уланып, ауруханаға жеткізілді.
ШАХТА. Шахтинск қаласындағы «Шахтинская» шахтасында жыныс опырылып, екі кенші ауыр жарақат алды. Олар Қарағандыдағы облыстық ауруханаға тікұшақпен жеткізілді.
ЖАҢА ОБЛЫС. Ұлытау облысының құрылғанына екі ай толды. Жезқазған, Сәтбаев, Қаражал қалалары мен Ұлытау, Жаңаарқа аудандары бұрын Қарағанды облысына қарасты болатын. Облыс әкімі Жезқазғанда тұрғындармен кездесіп, әуежайдың жаңа терминалы екі жылда салынатынын айтты.
МЕРЕКЕ. Балқаш қаласында балықшылар күні аталып өтті; мерекеге Қытай мен Ресейден қонақтар келді.
АУА РАЙЫ. Синоптиктер Жаңаарқа ауданы мен Теміртау маңында дауыл соғатынын ескертті.""",
     ann=[
        ('Ұлытау', 0, 'region', UR, UR, {'note': 'headline; list sharing "облыстары"'}),
        ('Қарағанды', 0, 'region', KR, KR, {'note': 'headline'}),
        ('Сәтбаевта', 0, 'city', 'Satpayev', UR, {'note': 'headline'}),
        ('Шахтинскіде', 0, 'city', 'Shakhtinsk', KR, {'note': 'headline'}),
        ('ЖЕЗҚАЗҒАН', 0, 'city', 'Zhezkazgan', UR, {'note': 'dateline'}),
        ('Ұлытау', 1, 'region', UR, UR, {'note': 'list sharing "облыстарының"'}),
        ('Қарағанды', 1, 'region', KR, KR),
        ('Сәтбаев қаласындағы', 0, 'city', 'Satpayev', UR),
        ('Шахтинск қаласындағы', 0, 'city', 'Shakhtinsk', KR),
        ('Шахтинская', 0, 'facility', 'Shakhtinskaya mine (Shakhtinsk)', KR, {'subkind': 'mine'}),
        ('Қарағандыдағы', 0, 'city', 'Karaganda', KR, {'note': 'NI:hospital town'}),
        ('Ұлытау облысының', 0, 'region', UR, UR, {'note': 'NI:creation of the region'}),
        ('Жезқазған', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:former unit; list sharing "қалалары"'}),
        ('Сәтбаев', 1, 'city', 'Satpayev', UR, {'note': 'NI:former unit'}),
        ('Қаражал', 0, 'city', 'Karazhal', UR, {'note': 'NI:former unit'}),
        ('Ұлытау', 3, 'district', 'Ulytau District', UR, {'note': 'NI:former unit; list sharing "аудандары"'}),
        ('Жаңаарқа', 0, 'district', 'Zhanaarka District', UR, {'note': 'NI:former unit'}),
        ('Қарағанды облысына', 0, 'region', KR, KR, {'note': 'NI:former unit'}),
        ('Жезқазғанда', 0, 'city', 'Zhezkazgan', UR, {'note': "NI:akim's meeting"}),
        ('Балқаш қаласында', 0, 'city', 'Balkhash', KR, {'note': 'NI:festival'}),
        ('Қытай', 0, 'foreign', 'China', N, {'note': 'NI:origin of guests'}),
        ('Ресейден', 0, 'foreign', 'Russia', N, {'note': 'NI:origin of guests'}),
        ('Жаңаарқа ауданы', 0, 'district', 'Zhanaarka District', UR, {'note': 'NI:forecast'}),
        ('Теміртау', 0, 'city', 'Temirtau', KR, {'note': 'NI:forecast'}),
     ],
     inc={UR: (1, 'fire in the basement of a block of flats in Satpayev'),
          KR: (1, 'rock fall injuring two miners at the Shakhtinskaya mine in Shakhtinsk')}),

dict(id='p020', date='2011-11-15', lang='kk',
     event='2011 West Kazakhstan and Atyrau digest: new bridge over the Ural in Oral towards Samara, kindergarten in Aksai (Burli district), sports complex in Kulsary (Zhylyoi district), aitys in Makhambet district named after the poet (no incident)',
     text="""Батыс Қазақстан мен Атырау облыстары: Оралда жаңа көпір, Құлсарыда спорт кешені
ОРАЛ. 15 қараша. ҚазАқпарат – Батыс Қазақстан және Атырау облыстарының жаңалықтары.
Орал қаласында Жайық өзені арқылы салынған жаңа көпір ашылды. Көпір қаланы Ресейдің Самара қаласына баратын тас жолмен байланыстырады.
Бөрлі ауданындағы Ақсай қаласында Қарашығанақ кен орнында жұмыс істейтін мұнайшылардың балаларына арналған балабақша ашылды.
Атырау облысының Жылыой ауданындағы Құлсары қаласында 500 орындық спорт кешені салынды. Кешенді ашуға Астанадан спорт министрі келді.
Махамбет ауданында ақын Махамбет Өтемісұлының туғанына 208 жыл толуына арналған айтыс өтті. Айтысқа Маңғыстау мен Ақтөбеден де ақындар қатысты.
Синоптиктердің болжауынша, аптаның соңында Атырауда қар жауады. Орал – Атырау тас жолының Индер ауданы арқылы өтетін бөлігі жөнделіп бітті, енді жол жүру уақыты екі сағатқа қысқарады.""",
     ann=[
        ('Батыс Қазақстан', 0, 'region', WKR, WKR, {'note': 'headline; list sharing "облыстары"'}),
        ('Атырау', 0, 'region', ATR, ATR, {'note': 'headline'}),
        ('Оралда', 0, 'city', 'Oral', WKR, {'note': 'headline; NI:new bridge'}),
        ('Құлсарыда', 0, 'city', 'Kulsary', ATR, {'note': 'headline; NI:new sports complex'}),
        ('ОРАЛ', 0, 'city', 'Oral', WKR, {'note': 'dateline'}),
        ('Батыс Қазақстан', 1, 'region', WKR, WKR, {'note': 'list sharing "облыстарының"'}),
        ('Атырау', 1, 'region', ATR, ATR),
        ('Орал қаласында', 0, 'city', 'Oral', WKR, {'note': 'NI:new bridge'}),
        ('Жайық өзені', 0, 'facility', 'Ural River', N, {'subkind': 'river'}),
        ('Ресейдің', 0, 'foreign', 'Russia', N),
        ('Самара қаласына', 0, 'foreign', 'Samara', N, {'note': 'NI:road destination'}),
        ('Бөрлі ауданындағы', 0, 'district', 'Burli District', WKR, {'note': 'NI:kindergarten'}),
        ('Ақсай қаласында', 0, 'city', 'Aksai', WKR, {'note': 'NI:kindergarten'}),
        ('Қарашығанақ кен орнында', 0, 'facility', 'Karachaganak field', WKR, {'subkind': 'gas field', 'note': "NI:parents' workplace"}),
        ('Атырау облысының', 0, 'region', ATR, ATR),
        ('Жылыой ауданындағы', 0, 'district', 'Zhylyoi District', ATR, {'note': 'NI:sports complex'}),
        ('Құлсары қаласында', 0, 'city', 'Kulsary', ATR, {'note': 'NI:sports complex'}),
        ('Астанадан', 0, 'city', 'Astana', 'Astana', {'note': "NI:minister's origin"}),
        ('Махамбет ауданында', 0, 'district', 'Makhambet District', ATR, {'note': 'NI:aitys; the district, not the poet'}),
        ('Маңғыстау', 0, 'region', MR, MR, {'note': 'NI:origin of poets'}),
        ('Ақтөбеден', 0, 'city', 'Aktobe', AR, {'note': 'NI:origin of poets'}),
        ('Атырауда', 0, 'city', 'Atyrau', ATR, {'note': 'NI:forecast'}),
        ('Орал', 1, 'city', 'Oral', WKR, {'note': 'NI:route endpoint (Орал – Атырау road)'}),
        ('Атырау', 3, 'city', 'Atyrau', ATR, {'note': 'NI:route endpoint'}),
        ('Индер ауданы', 0, 'district', 'Inder District', ATR, {'note': 'NI:road repairs'}),
     ],
     inc={}),

dict(id='p021', date='2021-02-09', lang='kk',
     event='2021 capital and Akmola digest: house fire in Saryarka district of Nur-Sultan (Astana) and a fatal crash on the Nur-Sultan-Korgalzhyn road 30 km from Korgalzhyn (Akmola Region); court in Kokshetau, school in Stepnogorsk, boy found in Ereimentau district (akimat post in the Kazakh Latin alphabet), blizzards in Atbasar, Zhaksy and Esil districts',
     text="""Нұр-Сұлтан мен Ақмола облысы: елордада үй өртенді, Қорғалжын жолында бір адам қаза тапты
НҰР-СҰЛТАН. 9 ақпан. Kazinform – Елорда мен Ақмола облысының бір күндік жаңалықтары.
ӨРТ. Нұр-Сұлтан қаласы Сарыарқа ауданындағы жеке үйде түнде өрт шықты. Үй иесі мен оның екі баласы көршілердің көмегімен аман шықты, үй толық жанып кетті.
ЖОЛ АПАТЫ. Нұр-Сұлтан – Қорғалжын тас жолында, Қорғалжын ауылынан 30 шақырым жерде жеңіл көлік қарлы жолда сырғанап, жүк көлігімен соқтығысты. Бір адам қаза тапты, екеуі Нұр-Сұлтандағы ауруханаға жеткізілді.
СОТ. Көкшетау қалалық соты Бурабай кентіндегі қонақүй иесіне көлге ағынды су төккені үшін 2 миллион теңге айыппұл салды.
МЕКТЕП. Степногорскіде 1 200 орындық мектептің құрылысы басталды; ол келесі жылдың қыркүйегінде ашылады.
ТАБЫЛДЫ. Облыс әкімдігі әлеуметтік желідегі парақшасында латын әрпімен мынадай хабарлама жариялады:
«Aqmola oblysynyñ äkımdıgı: Ereimentau audanynda keşe joğalyp ketken segız jasar bala tabyldy. Ony Ereimentau qalasynyñ tūrğyndary men qūtqaruşylar tün boiy ızdedı. Bala aman, därıgerler onyñ densaulyğyn tekserdı.»
АУА РАЙЫ. Синоптиктер Атбасар, Жақсы және Есіл аудандарында боран соғатынын ескертті. Нұр-Сұлтанда аяз 35 градусқа жетеді.
ТУРИЗМ. Өткен демалыс күндері Бурабайға 10 мыңнан астам турист келді, олардың көбі Қарағанды мен Павлодардан, сондай-ақ Ресейдің Омбы қаласынан. Щучинск қаласының әкімдігі курорттағы жолдарды қардан тазартуға қосымша техника бөлді.
ЭКОНОМИКА. Қосшы ауылы мен Целиноград ауданындағы ауылдарға газ жеткізу жобасы биыл аяқталады. Елорданың Есіл ауданында жаңа өнеркәсіп аймағы ашылмақ, онда 2 мың адам жұмысқа орналасады деп күтілуде.
СПОРТ. Көкшетауда өткен шаңғы жарысында Зеренді ауданының мектеп оқушылары бірінші орын алды. Жарысқа облыстың барлық аудандарынан 300-ден астам бала қатысты. Келесі жарыс наурызда өтеді.""",
     ann=[
        ('Нұр-Сұлтан', 0, 'city', 'Astana', 'Astana', {'note': 'headline'}),
        ('Ақмола облысы', 0, 'region', AKR, AKR, {'note': 'headline; the region, not the old name of the capital'}),
        ('Қорғалжын', 0, 'village', 'Korgalzhyn', AKR, {'note': 'headline; NI:road named after its endpoint'}),
        ('НҰР-СҰЛТАН', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Ақмола облысының', 0, 'region', AKR, AKR),
        ('Нұр-Сұлтан қаласы', 0, 'city', 'Astana', 'Astana'),
        ('Сарыарқа ауданындағы', 0, 'district', 'Saryarka District (Astana)', 'Astana', {'subkind': 'city district'}),
        ('Нұр-Сұлтан', 2, 'city', 'Astana', 'Astana', {'note': 'NI:route endpoint (Нұр-Сұлтан – Қорғалжын road)'}),
        ('Қорғалжын', 1, 'village', 'Korgalzhyn', AKR, {'note': 'NI:route endpoint'}),
        ('Қорғалжын ауылынан', 0, 'village', 'Korgalzhyn', AKR, {'note': 'NI:reference point ("30 шақырым жерде")'}),
        ('Нұр-Сұлтандағы', 0, 'city', 'Astana', 'Astana', {'note': 'NI:hospital town'}),
        ('Көкшетау', 0, 'city', 'Kokshetau', AKR, {'note': 'NI:inside the name of a court'}),
        ('Бурабай кентіндегі', 0, 'village', 'Burabay', AKR, {'note': 'NI:pollution case'}),
        ('Степногорскіде', 0, 'city', 'Stepnogorsk', AKR, {'note': 'NI:school construction'}),
        ('Aqmola oblysynyñ', 0, 'region', AKR, AKR, {'note': 'NI:inside the name of an authority; Kazakh Latin alphabet'}),
        ('Ereimentau audanynda', 0, 'district', 'Ereimentau District', AKR, {'note': 'NI:boy found; Kazakh Latin alphabet'}),
        ('Ereimentau qalasynyñ', 0, 'city', 'Ereimentau', AKR, {'note': "NI:searchers' town; Kazakh Latin alphabet"}),
        ('Атбасар', 0, 'district', 'Atbasar District', AKR, {'note': 'NI:forecast; list sharing "аудандарында"'}),
        ('Жақсы', 0, 'district', 'Zhaksy District', AKR, {'note': 'NI:forecast'}),
        ('Есіл', 0, 'district', 'Esil District (Akmola Region)', AKR, {'note': 'NI:forecast; the district of Akmola Region, not the Esil district of the capital nor the river'}),
        ('Нұр-Сұлтанда', 0, 'city', 'Astana', 'Astana', {'note': 'NI:forecast'}),
        ('Бурабайға', 0, 'village', 'Burabay', AKR, {'note': 'NI:tourist destination'}),
        ('Қарағанды', 0, 'city', 'Karaganda', KR, {'note': 'NI:origin of tourists'}),
        ('Павлодардан', 0, 'city', 'Pavlodar', PR, {'note': 'NI:origin of tourists'}),
        ('Ресейдің', 0, 'foreign', 'Russia', N),
        ('Омбы қаласынан', 0, 'foreign', 'Omsk', N, {'note': 'NI:origin of tourists'}),
        ('Щучинск қаласының', 0, 'city', 'Shchuchinsk', AKR, {'note': 'NI:inside the name of an authority'}),
        ('Қосшы ауылы', 0, 'village', 'Kosshy', AKR, {'note': 'NI:gas project; called a village here (town status later in 2021)'}),
        ('Целиноград ауданындағы', 0, 'district', 'Tselinograd District', AKR, {'note': 'NI:gas project; the district, not the old name of the capital'}),
        ('Көкшетауда', 0, 'city', 'Kokshetau', AKR, {'note': 'NI:ski race'}),
        ('Зеренді ауданының', 0, 'district', 'Zerendi District', AKR, {'note': 'NI:origin of winners'}),
        ('барлық аудандарынан', 0, 'quantified', 'all districts', N, {'count': None, 'unit': 'district', 'quantifier': 'all', 'note': 'origin of participants, not incidents'}),
        ('Есіл ауданында', 0, 'district', 'Esil District (Astana)', 'Astana', {'subkind': 'city district', 'note': "NI:planned industrial zone; the capital's district, not the Esil district of Akmola Region"}),
     ],
     inc={'Astana': (1, 'night fire in a private house in Saryarka district of Nur-Sultan'),
          AKR: (1, 'car-lorry crash with one dead on the Nur-Sultan-Korgalzhyn road 30 km from Korgalzhyn')}),

dict(id='p022', date='2016-04-05', lang='kk',
     event='2016 Jambyl digest: Talas river flood in Akkol village, Talas district, and a lorry-car crash on the mountain pass in Kordai district (Jambyl Region); evacuation to Karatau, rescuers from Taraz and Shu, lorry from Bishkek to Almaty, school in Moiynkum district',
     text="""Жамбыл облысы: Талас ауданында су тасқыны, Қордай ауданында жол апаты
ТАРАЗ. 5 сәуір. ҚазАқпарат – Жамбыл облысының жаңалықтары.
Талас өзенінің арнасынан асқан су Талас ауданындағы Ақкөл ауылының 35 үйін басты. Тұрғындар Қаратау қаласындағы мектепке уақытша көшірілді. Құтқарушылар Тараздан және Шу қаласынан келді.
Қордай ауданындағы асуда жүк көлігі мен жеңіл көлік соқтығысып, екі адам жарақат алды. Жүк көлігі Бішкектен Алматыға бара жатқан. Асудағы жол екі сағат жабық тұрды.
Мойынқұм ауданының Хантау ауылында 200 орындық мектеп ашылды.
Тараз қалалық соты облыстық әкімдіктің бұрынғы қызметкерін пара алғаны үшін төрт жылға сотталды деп хабарлады.
Облыстық төтенше жағдайлар департаменті Жуалы және Байзақ аудандарында да өзендердің деңгейі көтеріліп жатқанын ескертті. Қордай мен Шу аудандарының фермерлері көктемгі егіске дайындықты бастады.""",
     ann=[
        ('Жамбыл облысы', 0, 'region', JR, JR, {'note': 'headline'}),
        ('Талас ауданында', 0, 'district', 'Talas District', JR, {'note': 'headline'}),
        ('Қордай ауданында', 0, 'district', 'Kordai District', JR, {'note': 'headline'}),
        ('ТАРАЗ', 0, 'city', 'Taraz', JR, {'note': 'dateline'}),
        ('Жамбыл облысының', 0, 'region', JR, JR),
        ('Талас өзенінің', 0, 'facility', 'Talas River', N, {'subkind': 'river', 'note': 'the river, not Talas district nor the Kyrgyz town'}),
        ('Талас ауданындағы', 0, 'district', 'Talas District', JR),
        ('Ақкөл ауылының', 0, 'village', 'Akkol (Talas district)', JR),
        ('Қаратау қаласындағы', 0, 'city', 'Karatau', JR, {'note': 'NI:evacuation point'}),
        ('Тараздан', 0, 'city', 'Taraz', JR, {'note': 'NI:origin of rescuers'}),
        ('Шу қаласынан', 0, 'city', 'Shu', JR, {'note': 'NI:origin of rescuers'}),
        ('Қордай ауданындағы', 0, 'district', 'Kordai District', JR),
        ('Бішкектен', 0, 'foreign', 'Bishkek', N, {'note': "NI:the lorry's origin"}),
        ('Алматыға', 0, 'city', 'Almaty', 'Almaty', {'note': "NI:the lorry's destination"}),
        ('Мойынқұм ауданының', 0, 'district', 'Moiynkum District', JR, {'note': 'NI:new school'}),
        ('Хантау ауылында', 0, 'village', 'Khantau', JR, {'note': 'NI:new school'}),
        ('Тараз', 0, 'city', 'Taraz', JR, {'note': 'NI:inside the name of a court'}),
        ('Жуалы', 0, 'district', 'Zhualy District', JR, {'note': 'NI:warning of rising rivers; list sharing "аудандарында"'}),
        ('Байзақ', 0, 'district', 'Baizak District', JR, {'note': 'NI:warning'}),
        ('Қордай', 2, 'district', 'Kordai District', JR, {'note': 'NI:sowing; list sharing "аудандарының"'}),
        ('Шу', 1, 'district', 'Shu District', JR, {'note': 'NI:sowing'}),
     ],
     inc={JR: (2, 'Talas river flood of 35 houses in Akkol, Talas district; lorry-car crash on the pass in Kordai district')}),

dict(id='p023', date='2025-10-07', lang='kk',
     event='2025 Abai and Jetisu digest: book fair in Semey for the 180th anniversary of the poet Abai with publishers from Astana, Almaty and Kazan; station repaired in Ayagoz (formerly East Kazakhstan Region), harvest in Borodulikha district, park in Zharkent, lorries from Urumqi at Khorgos, akim in Taldykorgan (no incident)',
     text="""Абай және Жетісу облыстары: Семейде кітап жәрмеңкесі, Жаркентте жаңа саябақ
СЕМЕЙ. 7 қазан. Tengrinews – Абай және Жетісу облыстарының жаңалықтары.
Семейде Абай Құнанбайұлының туғанына 180 жыл толуына арналған кітап жәрмеңкесі ашылды. Оған Астана мен Алматыдан, сондай-ақ Ресейдің Қазан қаласынан баспагерлер келді.
Аягөз қаласында теміржол вокзалы күрделі жөндеуден кейін ашылды. 2022 жылға дейін Аягөз Шығыс Қазақстан облысына қарасты болатын.
Бородулиха ауданында егін жинау аяқталды, гектарынан орта есеппен 16 центнерден өнім алынды.
Жаркент қаласында 12 гектар жерге жаңа саябақ салынды. Қорғас шекара бекетінде Үрімжіден келген жүк көліктерінің кезегі азайды.
Жетісу облысының әкімі Талдықорғанда шағын бизнес өкілдерімен кездесті. Кездесуде Текелі мен Үштөбе қалаларында жаңа өнеркәсіп аймақтарын ашу мәселесі талқыланды.
Синоптиктер Алакөл ауданында қатты жел соғатынын ескертті.""",
     ann=[
        ('Абай', 0, 'region', ABR, ABR, {'note': 'headline; list sharing "облыстары"'}),
        ('Жетісу', 0, 'region', JTR, JTR, {'note': 'headline'}),
        ('Семейде', 0, 'city', 'Semey', ABR, {'note': 'headline; NI:book fair'}),
        ('Жаркентте', 0, 'city', 'Zharkent', JTR, {'note': 'headline; NI:new park'}),
        ('СЕМЕЙ', 0, 'city', 'Semey', ABR, {'note': 'dateline'}),
        ('Абай', 1, 'region', ABR, ABR, {'note': 'list sharing "облыстарының"'}),
        ('Жетісу', 1, 'region', JTR, JTR),
        ('Семейде', 1, 'city', 'Semey', ABR, {'note': 'NI:book fair; the following "Абай Құнанбайұлының" is the poet and is not annotated'}),
        ('Астана', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of publishers'}),
        ('Алматыдан', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of publishers'}),
        ('Ресейдің', 0, 'foreign', 'Russia', N),
        ('Қазан қаласынан', 0, 'foreign', 'Kazan', N, {'note': 'NI:origin of publishers'}),
        ('Аягөз қаласында', 0, 'city', 'Ayagoz', ABR, {'note': 'NI:station reopened'}),
        ('Аягөз', 1, 'city', 'Ayagoz', ABR, {'note': 'NI:former unit'}),
        ('Шығыс Қазақстан облысына', 0, 'region', EKR, EKR, {'note': 'NI:former unit of Ayagoz'}),
        ('Бородулиха ауданында', 0, 'district', 'Borodulikha District', ABR, {'note': 'NI:harvest'}),
        ('Жаркент қаласында', 0, 'city', 'Zharkent', JTR, {'note': 'NI:new park'}),
        ('Қорғас шекара бекетінде', 0, 'facility', 'Khorgos border crossing', JTR, {'subkind': 'border crossing', 'note': 'NI:queue'}),
        ('Үрімжіден', 0, 'foreign', 'Urumqi', N, {'note': 'NI:origin of lorries'}),
        ('Жетісу облысының', 0, 'region', JTR, JTR, {'note': "NI:inside an official's title"}),
        ('Талдықорғанда', 0, 'city', 'Taldykorgan', JTR, {'note': "NI:akim's meeting"}),
        ('Текелі', 0, 'city', 'Tekeli', JTR, {'note': 'NI:planned industrial zone; list sharing "қалаларында"'}),
        ('Үштөбе', 0, 'city', 'Ushtobe', JTR, {'note': 'NI:planned industrial zone'}),
        ('Алакөл ауданында', 0, 'district', 'Alakol District', JTR, {'note': 'NI:forecast'}),
     ],
     inc={}),

dict(id='p024', date='1998-03-24', lang='kk',
     event='1998 Mangystau digest: mosque construction in Aktau, heating restored in Zhanaozen, Nauryz in Fort-Shevchenko with guests from Baku and Turkmenbashi, akim at a government meeting in Akmola, the new capital (Astana), Mangystau-Akmola regions agreement, Shetpe the centre of Mangystau district (no incident)',
     text="""Маңғыстау облысы: Ақтауда жаңа мешіт салынады, Жаңаөзенде жылу берілді
АҚТАУ. 24 наурыз. ҚазАқпарат – Маңғыстау облысының жаңалықтары.
Ақтауда 2 000 адам сыятын орталық мешіттің іргетасы қаланды. Құрылысқа демеушілер қаражат бөлген.
Жаңаөзенде екі апта бойы жылусыз отырған 14 көпқабатты үйге жылу қайта берілді.
Форт-Шевченкода Наурыз мейрамы тойланды; мерекеге Бакуден және Түрікменбашыдан қонақтар келді.
Маңғыстау ауданының орталығы Шетпеде жаңа емхана ашылды.
Облыс әкімі жаңа елорда Ақмолаға барып, Үкімет отырысына қатысты. Сапар барысында Маңғыстау мен Ақмола облыстары арасында астық пен балық жеткізу туралы келісімге қол қойылды.
Бейнеу ауданында көктемгі қой қырқу басталды. Ақтау теңіз портынан Иранның Әмірабад портына алғашқы астық тиелген кеме жөнелтілді. Түпқараған ауданының балықшылары Каспий теңізіндегі мұздың ерте кеткенін айтады. Олардың айтуынша, биыл бекіре аулау маусымы бір ай бұрын басталуы мүмкін.""",
     ann=[
        ('Маңғыстау облысы', 0, 'region', MR, MR, {'note': 'headline'}),
        ('Ақтауда', 0, 'city', 'Aktau', MR, {'note': 'headline; NI:mosque construction'}),
        ('Жаңаөзенде', 0, 'city', 'Zhanaozen', MR, {'note': 'headline; NI:heating restored'}),
        ('АҚТАУ', 0, 'city', 'Aktau', MR, {'note': 'dateline'}),
        ('Маңғыстау облысының', 0, 'region', MR, MR),
        ('Ақтауда', 1, 'city', 'Aktau', MR, {'note': 'NI:mosque construction'}),
        ('Жаңаөзенде', 1, 'city', 'Zhanaozen', MR, {'note': 'NI:heating restored'}),
        ('Форт-Шевченкода', 0, 'city', 'Fort-Shevchenko', MR, {'note': 'NI:festival'}),
        ('Бакуден', 0, 'foreign', 'Baku', N, {'note': 'NI:origin of guests'}),
        ('Түрікменбашыдан', 0, 'foreign', 'Turkmenbashi', N, {'note': 'NI:origin of guests'}),
        ('Маңғыстау ауданының', 0, 'district', 'Mangystau District', MR, {'note': 'NI:new clinic; the district, not the region'}),
        ('Шетпеде', 0, 'village', 'Shetpe', MR, {'note': 'NI:new clinic'}),
        ('Ақмолаға', 0, 'city', 'Astana', 'Astana', {'note': "NI:the capital, named Akmola until May 1998; akim's trip"}),
        ('Маңғыстау', 3, 'region', MR, MR, {'note': 'NI:agreement; list sharing "облыстары"'}),
        ('Ақмола', 0, 'region', AKR, AKR, {'note': 'NI:agreement; the region in a list of regions, not the capital'}),
        ('Бейнеу ауданында', 0, 'district', 'Beineu District', MR, {'note': 'NI:shearing season'}),
        ('Ақтау теңіз портынан', 0, 'facility', 'Port of Aktau', MR, {'subkind': 'port', 'note': 'NI:origin of a ship'}),
        ('Иранның', 0, 'foreign', 'Iran', N),
        ('Әмірабад портына', 0, 'foreign', 'Amirabad port', N, {'note': 'NI:destination of a ship'}),
        ('Түпқараған ауданының', 0, 'district', 'Tupkaragan District', MR, {'note': "NI:fishermen's district"}),
        ('Каспий теңізіндегі', 0, 'facility', 'Caspian Sea', N, {'subkind': 'sea'}),
     ],
     inc={}),
]
