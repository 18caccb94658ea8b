"""Kazakh texts of the thirteenth unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
JR, ALR, KYR, TR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'Turkistan Region', 'South Kazakhstan Region'
ABR, JTR, EKR, MR, KOR = 'Abai Region', 'Jetisu Region', 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR, UR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region', 'Ulytau Region'
ATR, AR, WKR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region'
A, AST, SH = 'Almaty', 'Astana', 'Shymkent'

DOCS = [
dict(id='p017', date='2022-07-19', lang='kk',
     event='2022 heat and fires six weeks after the split: a pasture fire near Kokpekty (Abai Region), a reed fire near Usharal in Alakol district and a gas cylinder blast on Zhansugurov Street in Taldykorgan (Jetisu Region), a lightning fire in Zaysan district (East Kazakhstan Region); small fires in several regions (unattributed); akimat post in the Kazakh Latin alphabet',
     text="""Абай және Жетісу облыстарында дала өрттері тоқтамай тұр
СЕМЕЙ. 19 шілде. ҚазАқпарат – Аптап ыстық пен қатты жел салдарынан Абай және Жетісу облыстарында дала өрттері жалғасып жатыр. Бір ай бұрын құрылған екі жаңа облыстың төтенше жағдайлар департаменттері демалыс күндері 20-дан астам өртті сөндірді.
Абай облысында жексенбі күні Көкпекті ауылының маңында 1 200 гектар жайылым өртенді. Жалын ауылдың шетіндегі үш шаруа қожалығына жетіп, екі қора мен 40 тонна шөп күйіп кетті. Өртті сөндіруге Семейден және Өскеменнен 80 құтқарушы мен екі тікұшақ тартылды. Адамдар зардап шеккен жоқ. Көкпекті ауданының басқа ауылдарына қауіп төнген жоқ, ал облыс әкімдігі шығынға ұшыраған шаруаларға шөп пен жем бөлетінін хабарлады.
Жетісу облысында Алакөл ауданындағы Үшарал қаласының маңында қамыс өртенді. Өрт Алакөл көлінің жағасындағы демалыс орындарына жақындап қалғандықтан, 300-ге жуық демалушы уақытша басқа жерге көшірілді. Облыс әкімдігі өз парақшасында латын әліпбиімен былай деп жазды:
«Jetisu oblısı äkimdiginiñ habarlauınşa, Alaköl audanında örttiñ aumağı 450 gektarğa jetti. Üşaral qalasınıñ tūrğındarına qauip joq. Örtti söndiruge 200 adam men 35 tehnika tartıldı.»
Сол күні облыс орталығы Талдықорғанда Жансүгіров көшесіндегі бес қабатты үйдің пәтерінде газ баллоны жарылып, екі адам жарақат алды. Үйдегі 60 тұрғын бірнеше сағатқа көшіріліп, газ қызметі ғимаратты тексерді.
Ал Шығыс Қазақстан облысының Зайсан ауданында найзағай түсіп, шабындықтағы шөп маялары өртенді. Сондай-ақ елдің бірнеше өңірінде шағын дала өрттері тіркелді.
Төтенше жағдайлар министрлігі Абай, Жетісу және Алматы облыстарының тұрғындарын далада от жақпауға және қоқыс өртемеуге шақырды. Еске сала кетейік, Жетісу облысы Алматы облысынан, ал Абай облысы Шығыс Қазақстан облысынан биылғы 8 маусымда бөлініп шыққан еді. Синоптиктердің болжамынша, ыстық аптаның соңына дейін сақталады.""",
     ann=[
        ('Абай', 0, 'region', ABR, ABR, {'note': 'headline; list "Абай және Жетісу облыстарында"'}),
        ('Жетісу', 0, 'region', JTR, JTR, {'note': 'headline; list item'}),
        ('СЕМЕЙ', 0, 'city', 'Semey', ABR, {'note': 'dateline'}),
        ('Абай', 1, 'region', ABR, ABR, {'note': 'list "Абай және Жетісу облыстарында"'}),
        ('Жетісу', 1, 'region', JTR, JTR, {'note': 'list item'}),
        ('екі жаңа облыстың', 0, 'quantified', '2 regions', N, {'count': 2, 'unit': 'region', 'note': 'the two new regions, both named'}),
        ('Абай облысында', 0, 'region', ABR, ABR),
        ('Көкпекті ауылының', 0, 'village', 'Kokpekty', ABR, {'note': 'pasture fire'}),
        ('Семейден', 0, 'city', 'Semey', ABR, {'note': 'NI:origin of rescuers'}),
        ('Өскеменнен', 0, 'city', 'Oskemen', EKR, {'note': 'NI:origin of rescuers'}),
        ('Көкпекті ауданының', 0, 'district', 'Kokpekty District', ABR, {'note': 'NI:other villages not threatened'}),
        ('Жетісу облысында', 0, 'region', JTR, JTR),
        ('Алакөл ауданындағы', 0, 'district', 'Alakol District', JTR, {'note': 'reed fire'}),
        ('Үшарал қаласының', 0, 'city', 'Usharal', JTR, {'note': 'reed fire near the town'}),
        ('Алакөл көлінің', 0, 'facility', 'Lake Alakol', N, {'subkind': 'lake'}),
        ('Jetisu oblısı', 0, 'region', JTR, JTR, {'note': 'Kazakh Latin (2021); inside the name of an authority'}),
        ('Alaköl audanında', 0, 'district', 'Alakol District', JTR, {'note': 'Kazakh Latin (2021); the same reed fire'}),
        ('Üşaral qalasınıñ', 0, 'city', 'Usharal', JTR, {'note': 'NI:Kazakh Latin (2021); residents not threatened'}),
        ('Талдықорғанда', 0, 'city', 'Taldykorgan', JTR, {'note': 'gas cylinder blast'}),
        ('Жансүгіров көшесіндегі', 0, 'facility', 'Zhansugurov Street (Taldykorgan)', JTR, {'subkind': 'street'}),
        ('Шығыс Қазақстан облысының', 0, 'region', EKR, EKR),
        ('Зайсан ауданында', 0, 'district', 'Zaysan District', EKR, {'note': 'lightning fire (Zaysan district stayed in East Kazakhstan Region)'}),
        ('бірнеше өңірінде', 0, 'quantified', 'several regions', N, {'count': N, 'unit': 'region', 'note': 'small steppe fires in unnamed regions'}),
        ('Абай', 3, 'region', ABR, ABR, {'note': 'NI:warning; list "Абай, Жетісу және Алматы облыстарының"'}),
        ('Жетісу', 3, 'region', JTR, JTR, {'note': 'NI:warning; list item'}),
        ('Алматы', 0, 'region', ALR, ALR, {'note': 'NI:warning; bare name in a list of regions'}),
        ('Жетісу облысы', 0, 'region', JTR, JTR, {'note': 'NI:creation of the region'}),
        ('Алматы облысынан', 0, 'region', ALR, ALR, {'note': 'NI:the region it was split from'}),
        ('Абай облысы', 0, 'region', ABR, ABR, {'note': 'NI:creation of the region'}),
        ('Шығыс Қазақстан облысынан', 0, 'region', EKR, EKR, {'note': 'NI:the region it was split from'}),
     ],
     inc={ABR: (1, 'pasture fire near Kokpekty village'),
          JTR: (2, 'reed fire near Usharal, Alakol district (also told in the Latin post); gas cylinder blast on Zhansugurov Street in Taldykorgan'),
          EKR: (1, 'lightning fire of haystacks in Zaysan district')},
     unatt=[{'label': 'бірнеше өңірінде', 'count': None, 'note': 'small steppe fires in regions the text does not name'}]),

dict(id='p018', date='2003-03-18', lang='kk',
     event='2003 ice jam on the Syr Darya floods Basykara and Arandy villages in Kazaly district (Kyzylorda Region); sappers from Baikonur (the former Leninsk)',
     text="""Сырдария мұзы кептеліп, Қазалы ауданындағы екі ауылды су басты
ҚЫЗЫЛОРДА. 18 наурыз. ҚазАқпарат – Сырдария өзенінде мұз кептелісі салдарынан Қазалы ауданындағы Басықара және Аранды ауылдарын су басты. Облыстық төтенше жағдайлар басқармасының мәліметінше, 46 үйді су алып, 180 тұрғын Қазалы қаласындағы мектеп ғимаратына көшірілді. Қаза тапқандар жоқ.
Мұз кептелісін жару үшін Байқоңыр қаласынан (бұрынғы Ленинск) сапер тобы шақырылды. Құтқарушыларға Қызылордадан және Арал қаласынан қосымша техника жіберілді.
Гидрологтардың айтуынша, Жалағаш ауданында да өзен деңгейі көтеріліп келеді, бірақ әзірге қауіп жоқ. Судың бір бөлігі Кіші Арал теңізіне бұрылады. Облыс әкімінің орынбасары Нұрлан Қазалыев зардап шеккен отбасыларға уақытша баспана мен азық-түлік берілетінін айтты. Тұрғындарға Қазалы қаласынан ауыз су мен жылы киім жеткізілуде, ал облыстық әкімдік өтемақы төлеу үшін арнайы комиссия құрды.""",
     ann=[
        ('Сырдария', 0, 'facility', 'Syr Darya', N, {'subkind': 'river', 'note': 'headline'}),
        ('Қазалы ауданындағы', 0, 'district', 'Kazaly District', KYR, {'note': 'headline; flood'}),
        ('екі ауылды', 0, 'quantified', '2 villages', N, {'count': 2, 'unit': 'village', 'note': 'both villages named in the text'}),
        ('ҚЫЗЫЛОРДА', 0, 'city', 'Kyzylorda', KYR, {'note': 'dateline'}),
        ('Сырдария өзенінде', 0, 'facility', 'Syr Darya', N, {'subkind': 'river'}),
        ('Қазалы ауданындағы', 1, 'district', 'Kazaly District', KYR, {'note': 'flood'}),
        ('Басықара', 0, 'village', 'Basykara', KYR, {'note': 'flooded; list "Басықара және Аранды ауылдарын"'}),
        ('Аранды', 0, 'village', 'Arandy', KYR, {'note': 'flooded; list item'}),
        ('Қазалы қаласындағы', 0, 'city', 'Kazaly', KYR, {'note': 'NI:evacuation point'}),
        ('Байқоңыр қаласынан', 0, 'city', 'Baikonur', KYR, {'note': 'NI:origin of sappers; town leased to Russia, in Kyzylorda Region'}),
        ('Ленинск', 0, 'city', 'Baikonur', KYR, {'note': 'NI:old name of Baikonur'}),
        ('Қызылордадан', 0, 'city', 'Kyzylorda', KYR, {'note': 'NI:origin of equipment'}),
        ('Арал қаласынан', 0, 'city', 'Aral', KYR, {'note': 'NI:origin of equipment'}),
        ('Жалағаш ауданында', 0, 'district', 'Zhalagash District', KYR, {'note': 'NI:river rising, no damage'}),
        ('Кіші Арал теңізіне', 0, 'facility', 'Small Aral Sea', N, {'subkind': 'sea'}),
        ('Қазалы қаласынан', 0, 'city', 'Kazaly', KYR, {'note': 'NI:origin of supplies'}),
     ],
     inc={KYR: (1, 'ice-jam flood of Basykara and Arandy villages, Kazaly district')}),

dict(id='p019', date='2023-08-14', lang='kk',
     event='2023 bus-lorry collision near Shengeldy on the Almaty-Konaev highway (Almaty Region; Konaev, the former Kapchagay, its new seat) and a fatal stabbing in Taldykorgan (Jetisu Region, misspelt); suspects detained in Tekeli',
     text="""Қонаев маңында автобус жүк көлігімен соқтығысып, 12 адам жарақат алды
ҚОНАЕВ. 14 тамыз. ҚазТАГ – Алматы – Қонаев тас жолында жексенбі күні кешке жолаушылар автобусы жүк көлігімен соқтығысып, 12 адам жарақат алды. Оқиға Қонаев қаласынан 15 шақырым жерде, Шеңгелді ауылының маңында болды. Автобус Алматыдан Қапшағай су қоймасының жағасындағы демалыс аймағына бара жатқан.
Зардап шеккендер Қонаевтағы қалалық ауруханаға жеткізілді, олардың екеуі Алматыға тікұшақпен жіберілді. Полиция жүк көлігінің жүргізушісін ұстады.
Қонаев (2022 жылға дейін Қапшағай) өткен жылы Алматы облысының жаңа орталығы болды: облыс әкімдігі Талдықорғаннан осында көшіп келді.
Ал Жетісу облысының орталығы Талдыкорғанда сенбі түні кафе алдындағы төбелесте 19 жастағы жігіт пышақ жарақатынан қайтыс болды. Полиция үш күдіктіні Текелі қаласында ұстады, қылмыстық іс қозғалды.""",
     ann=[
        ('Қонаев', 0, 'city', 'Konaev', ALR, {'note': 'NI:headline, reference point ("Қонаев маңында")'}),
        ('ҚОНАЕВ', 0, 'city', 'Konaev', ALR, {'note': 'dateline'}),
        ('Алматы', 0, 'city', 'Almaty', A, {'note': 'NI:route endpoint'}),
        ('Қонаев', 1, 'city', 'Konaev', ALR, {'note': 'NI:route endpoint'}),
        ('Қонаев қаласынан', 0, 'city', 'Konaev', ALR, {'note': 'NI:reference point'}),
        ('Шеңгелді ауылының', 0, 'village', 'Shengeldy', ALR, {'note': 'bus-lorry collision'}),
        ('Алматыдан', 0, 'city', 'Almaty', A, {'note': 'NI:origin of the bus'}),
        ('Қапшағай су қоймасының', 0, 'facility', 'Kapchagay reservoir', N, {'subkind': 'reservoir', 'note': 'NI:destination of the bus'}),
        ('Қонаевтағы', 0, 'city', 'Konaev', ALR, {'note': 'NI:hospital town'}),
        ('Алматыға', 0, 'city', 'Almaty', A, {'note': 'NI:hospital destination'}),
        ('Қонаев', 3, 'city', 'Konaev', ALR, {'note': 'NI:new regional seat'}),
        ('Қапшағай', 1, 'city', 'Konaev', ALR, {'note': 'NI:former name of Konaev'}),
        ('Алматы облысының', 0, 'region', ALR, ALR, {'note': 'NI:seat moved'}),
        ('Талдықорғаннан', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:former seat of Almaty Region'}),
        ('Жетісу облысының', 0, 'region', JTR, JTR),
        ('Талдыкорғанда', 0, 'city', 'Taldykorgan', JTR, {'note': 'fatal stabbing; misspelling of Талдықорғанда (к for қ)'}),
        ('Текелі қаласында', 0, 'city', 'Tekeli', JTR, {'note': 'NI:place of arrest'}),
     ],
     inc={ALR: (1, 'bus-lorry collision near Shengeldy on the Almaty-Konaev highway'),
          JTR: (1, 'fatal stabbing outside a cafe in Taldykorgan')}),

dict(id='p020', date='1993-12-14', lang='kk',
     event='1993 gas explosion in a block on Tole Bi Street in Zhambyl city (now Taraz) and a blizzard with a driver frozen to death in Shu district (Jambyl Region)',
     text="""Жамбыл қаласында газ жарылып, үш адам қаза тапты
ЖАМБЫЛ. 14 желтоқсан. ҚазТАГ – Облыс орталығы Жамбыл қаласында дүйсенбі күні таңертең Төле би көшесіндегі бес қабатты тұрғын үйдің жертөлесінде газ жарылды. Облыстық төтенше жағдайлар басқармасының хабарлауынша, үш адам қаза тауып, жеті адам ауруханаға жеткізілді. Үйдің бір подъезі толық қирады.
Қатты аяздан қаладағы газ құбырлары жиі зақымдалуда: соңғы бір аптада осындай 14 ақау тіркелді.
Сонымен қатар Жамбыл облысының Шу ауданында екі күнге созылған боран салдарынан Шу – Алматы жолында 40-қа жуық көлік қарға батып қалды. Құтқарушылар 120 адамды Шу қаласындағы мектепке жеткізді, бір жүргізуші көлігінде үсіп қайтыс болды. Қордай асуы арқылы өтетін жол уақытша жабылды.
Жамбыл облысының әкімі Алматыдан келген үкімет комиссиясымен бірге зардап шеккен отбасыларға пәтер беретінін айтты.""",
     ann=[
        ('Жамбыл қаласында', 0, 'city', 'Taraz', JR, {'note': 'headline; gas explosion; Zhambyl (Dzhambul), the name of Taraz until 1997'}),
        ('ЖАМБЫЛ', 0, 'city', 'Taraz', JR, {'note': 'dateline; the city, named Zhambyl until 1997'}),
        ('Жамбыл қаласында', 1, 'city', 'Taraz', JR, {'note': 'gas explosion; the city, named Zhambyl until 1997'}),
        ('Төле би көшесіндегі', 0, 'facility', 'Tole Bi Street (Taraz)', JR, {'subkind': 'street'}),
        ('Жамбыл облысының', 0, 'region', JR, JR),
        ('Шу ауданында', 0, 'district', 'Shu District', JR, {'note': 'blizzard with a driver frozen to death'}),
        ('Шу', 1, 'city', 'Shu', JR, {'note': 'NI:route endpoint'}),
        ('Алматы', 0, 'city', 'Almaty', A, {'note': 'NI:route endpoint'}),
        ('Шу қаласындағы', 0, 'city', 'Shu', JR, {'note': 'NI:evacuation point'}),
        ('Қордай асуы', 0, 'facility', 'Kordai Pass', N, {'subkind': 'pass', 'note': 'NI:road closed (a measure); mountain pass in Jambyl Region'}),
        ('Жамбыл облысының', 1, 'region', JR, JR, {'note': 'inside the title of an official'}),
        ('Алматыдан', 0, 'city', 'Almaty', A, {'note': 'NI:origin of a commission (the capital in 1993)'}),
     ],
     inc={JR: (2, 'gas explosion in a block on Tole Bi Street in Zhambyl (Taraz); blizzard in Shu district with vehicles stranded and a driver dead; the 14 pipe faults are statistics')}),

dict(id='p021', date='2020-11-17', lang='kk',
     event='2020 weekly crime report: a wedding brawl in Zhibek Zholy (Saryagash district), a murder in Kentau, a fatal crash near Temirlan (Ordabasy district) in Turkistan Region; activists detained on Ordabasy Square and a murder in Karatau district of Shymkent',
     text="""Түркістан облысы мен Шымкентте апта ішінде екі кісі өлтіру, той төбелесі және жол апаты тіркелді
ШЫМКЕНТ. 17 қараша. ҚазАқпарат – Түркістан облысы полиция департаментінің мәліметінше, өткен аптада облыста бірнеше ауыр қылмыс пен жол апаты тіркелді.
Сарыағаш ауданындағы Жібек жолы ауылында сенбі күні той кезінде жаппай төбелес болып, бес адам ауруханаға түсті. Оқиғаға қатысы бар 12 адам ұсталды. Полиция той иелерінің Өзбекстаннан келген қонақтарын да тергеуге шақырды.
Кентау қаласында дүйсенбі күні 40 жастағы әйелдің мәйіті өз үйінен табылды. Кісі өлтірді деген күдікпен оның күйеуі ұсталды. Кентау 2018 жылдың маусымына дейін Оңтүстік Қазақстан облысының құрамында болған, қазір Түркістан облысына қарайды.
Сәрсенбі күні Шымкент – Қызылорда тас жолында, Ордабасы ауданындағы Темірлан ауылының маңында жеңіл көлік жүк көлігімен соқтығысып, екі адам қаза тапты. Қаза тапқандардың бірі «Ордабасы» футбол клубының бұрынғы ойыншысы екені анықталды. Жол полициясы бұл учаскеде жылдамдықты шектеуді ұсынды.
Республикалық маңызы бар Шымкент қаласында да тыныш болмады. Жұма күні Шымкенттің Ордабасы алаңында жер дауына наразылық білдіруге жиналған 15 белсенді ұсталды, олардың үшеуіне әкімшілік айыппұл салынды. Белсенділер қала шетіндегі жайылымдарды құрылысқа беруге қарсы шыққан.
Бейсенбі күні Шымкенттің Қаратау ауданындағы жатақханада 23 жастағы жігіт пышақпен өлтірілді. Күдікті екі күннен кейін Түркістан қаласында ұсталды.
Түркістан облысының полиция департаменті жаңа жыл мерекесіне дейін Шымкент – Тараз және Шымкент – Ташкент тас жолдарында қосымша бекеттер орнататынын хабарлады. Бекеттер Түлкібас және Сарыағаш аудандарында орналасады.
Нұр-Сұлтаннан келген Ішкі істер министрлігінің комиссиясы облыстағы жағдайды тексеріп жатыр. Полиция мәліметінше, облыс бойынша ауыр қылмыстар саны былтырғымен салыстырғанда 6 пайызға азайған, ал жол апаттары 11 пайызға көбейген.""",
     ann=[
        ('Түркістан облысы', 0, 'region', TR, TR, {'note': 'headline'}),
        ('Шымкентте', 0, 'city', 'Shymkent', SH, {'note': 'headline'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', SH, {'note': 'dateline'}),
        ('Түркістан облысы', 1, 'region', TR, TR, {'note': 'inside the name of an authority'}),
        ('Сарыағаш ауданындағы', 0, 'district', 'Saryagash District', TR, {'note': 'wedding brawl'}),
        ('Жібек жолы ауылында', 0, 'village', 'Zhibek Zholy (Saryagash District)', TR, {'note': 'wedding brawl'}),
        ('Өзбекстаннан', 0, 'foreign', 'Uzbekistan', N, {'note': 'NI:origin of guests'}),
        ('Кентау қаласында', 0, 'city', 'Kentau', TR, {'note': 'murder'}),
        ('Кентау', 1, 'city', 'Kentau', TR, {'note': 'NI:change of region explained'}),
        ('Оңтүстік Қазақстан облысының', 0, 'region', TR, TR, {'uncertain': True, 'note': 'NI:former region of Kentau (until 2018-06-19); not a canonical unit on the article date; its land is Turkistan Region and Shymkent'}),
        ('Түркістан облысына', 0, 'region', TR, TR, {'note': 'NI:current region of Kentau'}),
        ('Шымкент', 0, 'city', 'Shymkent', SH, {'note': 'NI:route endpoint'}),
        ('Қызылорда', 0, 'city', 'Kyzylorda', KYR, {'note': 'NI:route endpoint'}),
        ('Ордабасы ауданындағы', 0, 'district', 'Ordabasy District', TR, {'note': 'fatal crash'}),
        ('Темірлан ауылының', 0, 'village', 'Temirlan', TR, {'note': 'fatal crash near the village'}),
        ('Шымкент қаласында', 0, 'city', 'Shymkent', SH),
        ('Шымкенттің', 0, 'city', 'Shymkent', SH, {'note': 'detention of activists'}),
        ('Ордабасы алаңында', 0, 'facility', 'Ordabasy Square (Shymkent)', SH, {'subkind': 'square', 'note': 'detention of activists at a rally'}),
        ('Шымкенттің', 1, 'city', 'Shymkent', SH, {'note': 'murder'}),
        ('Қаратау ауданындағы', 0, 'district', 'Karatau District (Shymkent)', SH, {'subkind': 'city district', 'note': 'murder'}),
        ('Түркістан қаласында', 0, 'city', 'Turkistan', TR, {'note': 'NI:place of arrest'}),
        ('Түркістан облысының', 0, 'region', TR, TR, {'note': 'inside the name of an authority'}),
        ('Шымкент', 2, 'city', 'Shymkent', SH, {'note': 'NI:route endpoint'}),
        ('Тараз', 0, 'city', 'Taraz', JR, {'note': 'NI:route endpoint'}),
        ('Шымкент', 3, 'city', 'Shymkent', SH, {'note': 'NI:route endpoint'}),
        ('Ташкент', 0, 'foreign', 'Tashkent', N, {'note': 'NI:route endpoint'}),
        ('Түлкібас', 0, 'district', 'Tulkubas District', TR, {'note': 'NI:checkpoints (a measure); list "Түлкібас және Сарыағаш аудандарында"'}),
        ('Сарыағаш', 1, 'district', 'Saryagash District', TR, {'note': 'NI:checkpoints (a measure); list item'}),
        ('Нұр-Сұлтаннан', 0, 'city', 'Astana', AST, {'note': 'NI:origin of a commission'}),
     ],
     inc={TR: (3, 'wedding brawl in Zhibek Zholy, Saryagash district; murder in Kentau; fatal crash near Temirlan, Ordabasy district'),
          SH: (2, 'detention of 15 activists at a rally on Ordabasy Square; murder in a dormitory in Karatau district')}),

dict(id='p022', date='2008-10-07', lang='kk',
     event='2008 freight train derailment and fuel fire at Arys station and a vegetable warehouse fire on Baidibek Bi Avenue in Shymkent (South Kazakhstan Region)',
     text="""Арыс стансасында жүк пойызы рельстен шығып, цистерналар өртенді
ШЫМКЕНТ. 7 қазан. ҚазАқпарат – Оңтүстік Қазақстан облысындағы Арыс стансасында дүйсенбі түні жүк пойызының 12 вагоны рельстен шығып, оның төртеуіндегі дизель отыны тұтанды. Өрт алты сағатта сөндірілді. Қаза тапқандар жоқ, екі теміржолшы күйік алды.
«Қазақстан темір жолы» ұлттық компаниясының хабарлауынша, пойыз Өзбекстаннан Ресейге бара жатқан. Апат салдарынан Шымкент – Қызылорда бағытындағы жолаушылар пойыздары Бадам стансасы арқылы айналып жүрді. Арыс қаласының тұрғындарына қауіп төнген жоқ. Пойыз қозғалысы сейсенбі күні кешке қалпына келтірілді. Теміржолшылардың айтуынша, апатқа рельстердің тозуы себеп болуы мүмкін, мұны Астанадан келген комиссия анықтайды.
Ал Шымкентте сенбі күні Бәйдібек би даңғылындағы көкөніс қоймасы өртеніп, 200 тонна картоп пен пияз күйіп кетті. Өртті сөндіруге 60 өрт сөндіруші жұмылдырылды. Өрттің себебі анықталып жатыр.""",
     ann=[
        ('Арыс стансасында', 0, 'facility', 'Arys railway station', SKR, {'subkind': 'railway station', 'note': 'headline; derailment and fire'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', SKR, {'note': 'dateline (South Kazakhstan Region in 2008)'}),
        ('Оңтүстік Қазақстан облысындағы', 0, 'region', SKR, SKR),
        ('Арыс стансасында', 1, 'facility', 'Arys railway station', SKR, {'subkind': 'railway station', 'note': 'derailment and fire'}),
        ('Өзбекстаннан', 0, 'foreign', 'Uzbekistan', N, {'note': 'NI:origin of the train'}),
        ('Ресейге', 0, 'foreign', 'Russia', N, {'note': 'NI:destination of the train'}),
        ('Шымкент', 0, 'city', 'Shymkent', SKR, {'note': 'NI:route endpoint'}),
        ('Қызылорда', 0, 'city', 'Kyzylorda', KYR, {'note': 'NI:route endpoint'}),
        ('Бадам стансасы', 0, 'facility', 'Badam railway station', SKR, {'subkind': 'railway station', 'note': 'NI:detour'}),
        ('Арыс қаласының', 0, 'city', 'Arys', SKR, {'note': 'NI:no threat to residents'}),
        ('Астанадан', 0, 'city', 'Astana', AST, {'note': 'NI:origin of a commission'}),
        ('Шымкентте', 0, 'city', 'Shymkent', SKR, {'note': 'warehouse fire'}),
        ('Бәйдібек би даңғылындағы', 0, 'facility', 'Baidibek Bi Avenue (Shymkent)', SKR, {'subkind': 'street'}),
     ],
     inc={SKR: (2, 'freight train derailment and fuel fire at Arys station; vegetable warehouse fire on Baidibek Bi Avenue in Shymkent')}),

dict(id='p023', date='2024-06-11', lang='kk',
     event='2024 filming of a feature film about miners in Satpayev, Zhezkazgan and near Ulytau village (Ulytau Region, formerly Karaganda Region); akimat post in the Kazakh Latin alphabet (no incident)',
     text="""Сәтбаев пен Жезқазғанда кеншілер туралы көркем фильм түсіріледі
ЖЕЗҚАЗҒАН. 11 маусым. ҚазАқпарат – «Қазақфильм» киностудиясы Ұлытау облысында кеншілер өмірі туралы «Мыс дала» атты көркем фильмнің түсірілімін бастады. Негізгі көріністер Сәтбаев қаласындағы кеніште және Жезқазғанның ескі орталығында түсіріледі, бірнеше сахна Ұлытау ауылының маңында, Кеңгір өзенінің жағасында түсірілмек.
Облыс әкімдігі өз парақшасында латын әліпбиімен жазды: «Ūlıtau oblısınıñ äkimdigi film tüsirilimine qoldau körsetedi. Jezqazğan men Sätbaev qalalarınıñ 300-den astam tūrğını köpşilik sahnalarğa qatısadı. Film 2025 jılı körermenge jol tartadı.»
Фильм кен орнын ашқан академик Қаныш Сәтбаевтың шәкірттері туралы баяндайды. Жезқазған мен Сәтбаев 2022 жылдың маусымына дейін Қарағанды облысының құрамында болды. Режиссер Асхат Жезқазғановтың айтуынша, фильмнің премьерасы келесі жылы Астанада және Алматыда өтеді, кейін оны Мәскеу мен Стамбұлдағы кинофестивальдерге апару жоспарланған.""",
     ann=[
        ('Сәтбаев', 0, 'city', 'Satpayev', UR, {'note': 'headline; filming (Ulytau Region since 2022-06-08)'}),
        ('Жезқазғанда', 0, 'city', 'Zhezkazgan', UR, {'note': 'headline; filming'}),
        ('ЖЕЗҚАЗҒАН', 0, 'city', 'Zhezkazgan', UR, {'note': 'dateline'}),
        ('Ұлытау облысында', 0, 'region', UR, UR),
        ('Сәтбаев қаласындағы', 0, 'city', 'Satpayev', UR),
        ('Жезқазғанның', 0, 'city', 'Zhezkazgan', UR),
        ('Ұлытау ауылының', 0, 'village', 'Ulytau', UR, {'note': 'the village, not the region'}),
        ('Кеңгір өзенінің', 0, 'facility', 'Kengir', N, {'subkind': 'river'}),
        ('Ūlıtau oblısınıñ', 0, 'region', UR, UR, {'note': 'Kazakh Latin (2021); inside the name of an authority'}),
        ('Jezqazğan', 0, 'city', 'Zhezkazgan', UR, {'note': 'Kazakh Latin (2021); list "Jezqazğan men Sätbaev qalalarınıñ"; NI:residence of extras'}),
        ('Sätbaev', 0, 'city', 'Satpayev', UR, {'note': 'Kazakh Latin (2021); list item; NI:residence of extras'}),
        ('Жезқазған', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:former region explained'}),
        ('Сәтбаев', 2, 'city', 'Satpayev', UR, {'note': 'NI:former region explained'}),
        ('Қарағанды облысының', 0, 'region', KR, KR, {'note': 'NI:the region the towns belonged to until June 2022'}),
        ('Астанада', 0, 'city', 'Astana', AST, {'note': 'NI:premiere'}),
        ('Алматыда', 0, 'city', 'Almaty', A, {'note': 'NI:premiere'}),
        ('Мәскеу', 0, 'foreign', 'Moscow', N, {'note': 'list "Мәскеу мен Стамбұлдағы"'}),
        ('Стамбұлдағы', 0, 'foreign', 'Istanbul', N),
     ],
     inc={}),

dict(id='p024', date='2026-01-20', lang='kk',
     event='2026 blast in a blast-furnace shop of the Qarmet steel plant in Temirtau and a fatal rock fall at the Shakhtinskaya mine in Shakhtinsk (Karaganda Region)',
     text="""Теміртаудағы металлургия комбинатында жарылыс болып, үш жұмысшы күйік алды
ҚАРАҒАНДЫ. 20 қаңтар. ҚазТАГ – Теміртаудағы «Qarmet» металлургия комбинатының домна цехында дүйсенбі күні түнде балқытылған металл құйылатын шөмішке су тиіп, жарылыс болды. Үш жұмысшы ауыр күйік алып, Қарағандыдағы күйік орталығына жеткізілді.
«Караганды жарығы» газетінің хабарлауынша, бұл комбинатта соңғы бір жылда болған үшінші ірі апат.
Сол күні Шахтинск қаласындағы «Шахтинская» шахтасында 600 метр тереңдікте тау жынысы опырылып, 42 жастағы кенші қаза тапты. Қалған 120 кенші жер бетіне аман-есен көтерілді.
Қарағанды облысының прокуратурасы екі оқиға бойынша да қылмыстық іс қозғады. Еңбек министрлігі Астанадан арнайы комиссия жіберді. Облыстағы барлық шахталар мен зауыттарда қауіпсіздік тексерісі басталды. Кәсіподақ өкілдері жұмысшылардың еңбек жағдайын тәуелсіз сарапшылар тексеруін талап етті, ал Шахтинскідегі кеншілердің отбасыларына көмек көрсету үшін қор ашылды.""",
     ann=[
        ('Теміртаудағы', 0, 'city', 'Temirtau', KR, {'note': 'headline; blast at the steel plant'}),
        ('ҚАРАҒАНДЫ', 0, 'city', 'Karaganda', KR, {'note': 'dateline'}),
        ('Теміртаудағы', 1, 'city', 'Temirtau', KR, {'note': 'blast at the steel plant (Qarmet is a company, not annotated)'}),
        ('Қарағандыдағы', 0, 'city', 'Karaganda', KR, {'note': 'NI:hospital town'}),
        ('Шахтинск қаласындағы', 0, 'city', 'Shakhtinsk', KR, {'note': 'rock fall'}),
        ('Шахтинская', 0, 'facility', 'Shakhtinskaya mine (Shakhtinsk)', KR, {'subkind': 'mine', 'note': 'name inside quotation marks; rock fall'}),
        ('Қарағанды облысының', 0, 'region', KR, KR, {'note': 'inside the name of an authority'}),
        ('Астанадан', 0, 'city', 'Astana', AST, {'note': 'NI:origin of a commission'}),
        ('Шахтинскідегі', 0, 'city', 'Shakhtinsk', KR, {'note': 'NI:residence of the miners\' families'}),
     ],
     inc={KR: (2, 'blast in the blast-furnace shop of the steel plant in Temirtau; fatal rock fall at the Shakhtinskaya mine in Shakhtinsk; «Караганды жарығы» is a newspaper')}),
]
