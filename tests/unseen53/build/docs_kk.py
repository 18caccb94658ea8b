"""Kazakh texts of the fifty-third unseen check corpus (Cyrillic)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p017', date='1994-05-17', lang='kk',
     event='1994 arrest of the deputy head of the Zhezkazgan regional administration (region abolished 1997; Karaganda Region land) over school-building money for Satpaev and clinics in Ulytau district, funds sent to a firm in Almaty; teachers protest at the town administration in Satpaev',
     text="""Жезқазған облысы әкімшілігі басшысының орынбасары қамауға алынды
ЖЕЗҚАЗҒАН, 17 мамыр — Жезқазған облыстық прокуратурасы облыс әкімшілігі басшысының орынбасары Серік Әбдірахмановты қамауға алды. Ол Сәтбаев қаласындағы жаңа мектеп құрылысына және Ұлытау ауданындағы ауылдық емханаларды жөндеуге бөлінген 18 млн теңгені жымқырды деп күдіктелуде.

Тергеушілердің айтуынша, қаржы Алматыдағы бір жеке фирманың шотына аударылған, ал мектеп құрылысы былтыр күзден бері тоқтап тұр. Облыс орталығындағы кабинетінде және саяжайында тінту жүргізілді.

Сәтбаевта мұғалімдер төрт ай бойы жалақы алмай отыр. Дүйсенбі күні олардың жүзге жуығы қалалық әкімшілік ғимаратының алдына жиналып, наразылық білдірді. «Мектеп салынбады, жалақы жоқ, ақша қайда кетті?» — деді акцияға қатысқан мұғалімдердің бірі.

Іс Жезқазған облыстық сотында қаралады деп күтілуде.""",
     ann=[
        ('Жезқазған облысы', 0, 'region', KR, KR, {'uncertain': True, 'note': 'headline; inside the name of an authority; the Zhezkazgan Region, abolished in 1997, labelled with the canonical unit that took over its land'}),
        ('ЖЕЗҚАЗҒАН', 0, 'city', 'Zhezkazgan', KR, {'note': 'dateline; town of the abolished Zhezkazgan Region'}),
        ('Жезқазған', 1, 'region', KR, KR, {'uncertain': True, 'note': 'inside the name of an authority ("облыстық прокуратурасы"); the abolished Zhezkazgan Region'}),
        ('Сәтбаев қаласындағы', 0, 'city', 'Satpayev', KR, {'note': 'NI:school contract'}),
        ('Ұлытау ауданындағы', 0, 'district', 'Ulytau District', KR, {'note': 'NI:clinic repairs; the district, not Ulytau Region (created 2022)'}),
        ('Алматыдағы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:bank account of a firm; the capital in 1994'}),
        ('Сәтбаевта', 0, 'city', 'Satpayev', KR, {'note': 'teachers protest at the town administration'}),
        ('Жезқазған', 2, 'region', KR, KR, {'uncertain': True, 'note': 'inside the name of a court ("облыстық сотында"); the abolished Zhezkazgan Region'}),
     ],
     inc={KR: (1, 'about a hundred teachers protested at the town administration building in Satpaev; the arrest and searches are not incidents')}),

dict(id='p018', date='2016-09-20', lang='kk',
     event='2016 Aktobe: appeal upholds the sentence of a former deputy akim of Aktobe Region over the Aktobe-Kandyagash road, where a repaired section sank in Mugalzhar district in 2015 and a bus overturned; the Khromtau district police chief caught taking a bribe from livestock traders from Orenburg Oblast; buyers of land in Kargaly district protest outside the regional court; statistics for the region, Aktobe city, Shalkar and Temir districts',
     text="""Ақтөбеде облыс әкімінің бұрынғы орынбасарының үкімі өзгеріссіз қалды, аудандық полиция бастығы ұсталды
АҚТӨБЕ, 20 қыркүйек — Ақтөбе облыстық сотының апелляциялық алқасы облыс әкімінің бұрынғы орынбасары Марат Сәрсенбаевқа шығарылған үкімді өзгеріссіз қалдырды. Ол Ақтөбе – Қандыағаш тас жолын жөндеуге бөлінген 1,6 млрд теңгенің жымқырылуына жол бергені үшін сегіз жылға сотталған.

Үкімде жөндеу жұмыстарының сапасыз жүргізілгені айтылған. 2015 жылдың наурызында жолдың жаңа жөнделген бөлігі Мұғалжар ауданында шөгіп, жолаушылар автобусы аударылған, 11 адам жарақат алған.

Сол күні Сыбайлас жемқорлыққа қарсы қызметтің Ақтөбе облысы бойынша департаменті Хромтау аудандық полиция бөлімінің бастығын 5 млн теңге пара алған сәтте ұстады. Тергеушілердің айтуынша, ол Ресейдің Орынбор облысынан мал әкелетін кәсіпкерлерден ақша талап еткен.

Облыстық соттың ғимараты алдында сол күні 40-қа жуық адам жиналып, наразылық білдірді. Олар Қарғалы ауданындағы жер телімдеріне ақша төлеп, бірақ құжат ала алмаған азаматтар. «Жер бізге емес, әкімдіктегі таныстарға берілді», — деді наразылыққа қатысқан зейнеткер Гүлнар Оспанова. Полиция жиналғандарды бір сағаттан кейін таратып жіберді, ешкім ұсталған жоқ.

Сонымен қатар Ақтөбе қалалық сотында облыстық білім басқармасының бұрынғы басшысының ісі қаралып жатыр. Ол Әйтеке би ауданындағы және Ырғыз ауданындағы екі мектептің құрылысына бөлінген 700 млн теңгені жымқырды деп айыпталуда. Екі мектептің де құрылысы 2014 жылы басталған, бірақ әлі күнге дейін аяқталған жоқ. Айыпталушы кінәсін мойындамайды, ал оның адвокаты айыптау жалған құжаттарға негізделген деп мәлімдеді.

Облыс прокуратурасының мәліметінше, биыл Ақтөбе облысында 47 сыбайлас жемқорлық қылмысы тіркелген, оның 19-ы Ақтөбе қаласында. Шалқар және Темір аудандарында жол құрылысына қатысты тағы екі іс тергеліп жатыр. Прокурор облыс тұрғындарын пара талап еткен шенеуніктер туралы хабарлауға шақырды.""",
     ann=[
        ('Ақтөбеде', 0, 'city', 'Aktobe', AR, {'note': 'headline; NI:court decision'}),
        ('АҚТӨБЕ', 0, 'city', 'Aktobe', AR, {'note': 'dateline'}),
        ('Ақтөбе', 0, 'region', AR, AR, {'note': 'inside the name of a court ("Ақтөбе облыстық соты")'}),
        ('Ақтөбе', 1, 'city', 'Aktobe', AR, {'note': 'NI:road endpoint'}),
        ('Қандыағаш', 0, 'city', 'Kandyagash', AR, {'note': 'NI:road endpoint'}),
        ('Мұғалжар ауданында', 0, 'district', 'Mugalzhar District', AR, {'note': 'a repaired road section sank and a bus overturned (March 2015)'}),
        ('Ақтөбе облысы', 0, 'region', AR, AR, {'note': 'inside the name of an authority'}),
        ('Хромтау', 0, 'district', 'Khromtau District', AR, {'note': 'inside the name of an authority ("Хромтау аудандық полиция бөлімі")'}),
        ('Ресейдің', 0, 'foreign', 'Russia', N),
        ('Орынбор облысынан', 0, 'foreign', 'Orenburg Oblast', N, {'note': 'NI:origin of traders'}),
        ('Қарғалы ауданындағы', 0, 'district', 'Kargaly District', AR, {'note': 'NI:location of the land plots; the protest is at the court in Aktobe'}),
        ('Ақтөбе', 3, 'city', 'Aktobe', AR, {'note': 'inside the name of a court ("Ақтөбе қалалық соты")'}),
        ('Әйтеке би ауданындағы', 0, 'district', 'Aiteke Bi District', AR, {'note': 'NI:school contract; district named after a person'}),
        ('Ырғыз ауданындағы', 0, 'district', 'Irgiz District', AR, {'note': 'NI:school contract'}),
        ('Ақтөбе облысында', 0, 'region', AR, AR, {'note': 'NI:statistics'}),
        ('Ақтөбе қаласында', 0, 'city', 'Aktobe', AR, {'note': 'NI:statistics'}),
        ('Шалқар', 0, 'district', 'Shalkar District', AR, {'note': 'NI:investigation; in a list sharing "аудандарында"'}),
        ('Темір', 0, 'district', 'Temir District', AR, {'note': 'NI:investigation; in a list sharing "аудандарында"'}),
     ],
     inc={AR: (2, 'background narrated explicitly: a repaired section of the road sank in Mugalzhar district and a bus overturned, 11 hurt (March 2015); protest by about 40 land buyers outside the regional court; the appeal ruling and the arrest are not incidents')}),

dict(id='p019', date='2020-02-18', lang='kk',
     event='2020 contractor director and a roads department official detained over repairs of the Pavlodar-Ekibastuz highway; a fatal collision on the newly repaired section 40 km before Ekibastuz in December 2019 (Pavlodar Region); searches in Pavlodar and Aksu; case sent to Nur-Sultan; checks in several districts',
     text="""Павлодар – Екібастұз жолын жөндеу қаржысы жымқырылды: мердігер ұсталды
ПАВЛОДАР, 18 ақпан — Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігінің Павлодар облысы бойынша департаменті Павлодар – Екібастұз тас жолын жөндеуге бөлінген 2,3 млрд теңгенің бір бөлігін жымқырды деген күдікпен мердігер компанияның директорын және облыстық автомобиль жолдары басқармасының бөлім басшысын ұстады.

Тергеу деректеріне қарағанда, асфальт қабаты жобада көрсетілгеннен екі есе жұқа төселген. Өткен жылғы желтоқсанда жолдың жаңа жөнделген учаскесінде, Екібастұзға 40 шақырым қалғанда, жүк көлігі мен жеңіл көлік соқтығысып, екі адам қаза тапты.

Тінту Павлодардағы және Ақсудағы кеңселерде жүргізілді. Іс материалдары Нұр-Сұлтандағы агенттіктің орталық аппаратына жіберілді. Департамент облыстың бірнеше ауданындағы жол жөндеу келісімшарттарын да тексеріп жатыр.""",
     ann=[
        ('Павлодар', 0, 'city', 'Pavlodar', PR, {'note': 'headline; NI:road endpoint'}),
        ('Екібастұз', 0, 'city', 'Ekibastuz', PR, {'note': 'headline; NI:road endpoint'}),
        ('ПАВЛОДАР', 0, 'city', 'Pavlodar', PR, {'note': 'dateline'}),
        ('Павлодар облысы', 0, 'region', PR, PR, {'note': 'inside the name of an authority'}),
        ('Павлодар', 2, 'city', 'Pavlodar', PR, {'note': 'NI:road endpoint'}),
        ('Екібастұз', 1, 'city', 'Ekibastuz', PR, {'note': 'NI:road endpoint'}),
        ('Екібастұзға', 0, 'city', 'Ekibastuz', PR, {'note': 'NI:reference point ("40 km before Ekibastuz") for the crash on the road, which lies inside Pavlodar Region'}),
        ('Павлодардағы', 0, 'city', 'Pavlodar', PR, {'note': 'NI:search'}),
        ('Ақсудағы', 0, 'city', 'Aksu (Pavlodar Region)', PR, {'note': 'NI:search'}),
        ('Нұр-Сұлтандағы', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the agency'}),
        ('бірнеше ауданындағы', 0, 'quantified', 'several districts', N, {'count': N, 'unit': 'district', 'note': 'checks of road contracts, not incidents'}),
     ],
     inc={PR: (1, 'fatal collision of a lorry and a car on the newly repaired Pavlodar-Ekibastuz road in December 2019, two dead; the detentions and searches are not incidents')}),

dict(id='p020', date='2024-07-16', lang='kk',
     event='2024 half-year statistics of the Jetisu regional anti-corruption department (statement only): offences in Taldykorgan, Zharkent and Tekeli, land checks in five districts, beach land in Alakol district',
     text="""Жетісу облысында жарты жылда 38 сыбайлас жемқорлық қылмысы тіркелді
ТАЛДЫҚОРҒАН, 16 шілде — Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігінің Жетісу облысы бойынша департаменті жылдың алғашқы жартысының қорытындысын жариялады. Облыста 38 сыбайлас жемқорлық қылмысы тіркеліп, 22 лауазымды тұлға сотталды. Мемлекетке 1,1 млрд теңге қайтарылды.

Қылмыстардың жартысынан көбі Талдықорған қаласында, Жаркентте және Текеліде анықталған. Департамент басшысы Айбек Тұрсынбековтың айтуынша, ең көп тәуекел жер қатынастары мен мектеп құрылысында. «Облыстың бес ауданында жер телімдерін бөлу бойынша тексеру жүріп жатыр. Алакөл ауданында жағажай аймағындағы жерлердің заңсыз берілгені анықталды», — деді ол.

Департамент тұрғындарды пара талап етілген жағдайлар туралы 1424 нөміріне хабарласуға шақырды.""",
     ann=[
        ('Жетісу облысында', 0, 'region', JTR, JTR, {'note': 'headline; NI:statistics'}),
        ('ТАЛДЫҚОРҒАН', 0, 'city', 'Taldykorgan', JTR, {'note': 'dateline'}),
        ('Жетісу облысы', 0, 'region', JTR, JTR, {'note': 'inside the name of an authority'}),
        ('Талдықорған қаласында', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:statistics'}),
        ('Жаркентте', 0, 'city', 'Zharkent', JTR, {'note': 'NI:statistics'}),
        ('Текеліде', 0, 'city', 'Tekeli', JTR, {'note': 'NI:statistics'}),
        ('бес ауданында', 0, 'quantified', '5 districts', N, {'count': 5, 'unit': 'district', 'note': 'land checks in five districts of the region, not incidents'}),
        ('Алакөл ауданында', 0, 'district', 'Alakol District', JTR, {'note': 'NI:illegal land allocation found'}),
     ],
     inc={}),

dict(id='p021', date='2022-06-09', lang='kk',
     event='2022 anti-corruption departments open in the Ulytau, Abai and Jetisu regions one day after their creation: cases handed over from Karaganda, East Kazakhstan and Almaty regions (Satpayev, Zhezdy, Ayagoz district, Semey, Zharkent, Tekeli, Ushtobe); miners protest at the town akimat in Zhezkazgan on June 8 (Ulytau Region); Almaty Region seat moving to Kapshagay (Konaev)',
     text="""Жаңа облыстарда сыбайлас жемқорлыққа қарсы департаменттер жұмысын бастады
ЖЕЗҚАЗҒАН, 9 маусым — Кеше ресми түрде құрылған Ұлытау, Абай және Жетісу облыстарында Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігінің аумақтық департаменттері жұмысын бастады. Бұл туралы агенттік Нұр-Сұлтанда өткен брифингте хабарлады.

Ұлытау облысы бойынша департамент Жезқазғанда орналасады. Оған бұрын Қарағанды облысы бойынша департаментте тергелген 27 іс беріледі. Солардың бірі — Сәтбаев қаласы әкімінің бұрынғы орынбасарына қатысты іс: ол қалалық жылу желісін жөндеуге бөлінген қаржыны жымқырды деп айыпталуда. Тағы бір іс Жезді кентіндегі мектеп құрылысына қатысты. Брифингте 1997 жылы таратылған Жезқазған облысының әкімшілігінде қызмет еткен бір зейнеткердің ісі де аталды: ол Ұлытау ауданындағы жайылымдық жерлерді жалған құжаттармен ұлының атына рәсімдеп берді деп күдіктелуде. Осы іс бойынша тінту Қарағандыдағы пәтерде жүргізілген, ал іс енді жаңа департаментке беріледі.

Кеше Жезқазғанда жаңа облыстың құрылуына арналған салтанатты жиын өтіп жатқанда, қалалық әкімдік ғимаратының алдына 30-дай кенші жиналып, наразылық білдірді. Олар жалақыны көтеруді және Сәтбаевтағы ауруханаға бөлінген қаржының қайда жұмсалғанын тексеруді талап етті.

Абай облысы бойынша департамент Семейде ашылды. Шығыс Қазақстан облысынан оған 43 іс берілді, олардың ішінде Аягөз ауданындағы жер телімдеріне және Семей қаласы әкімінің бұрынғы орынбасарына қатысты істер бар.

Жетісу облысы бойынша департамент Талдықорғанда орналасады. Ол Алматы облысынан Жаркент, Текелі және Үштөбедегі мектеп құрылысына қатысты істерді қабылдайды. Алматы облысының әкімдігі Қапшағай қаласына көшетіні белгілі.

Агенттік өкілінің айтуынша, үш жаңа облыстағы департаменттердің штаты әзірге толық жасақталмаған. Агенттіктің дерегінше, биылғы бес айда Қарағанды облысында 64, ал Шығыс Қазақстан облысында 51 сыбайлас жемқорлық қылмысы тіркелген. «Азаматтар бізге бұрынғыдай 1424 нөмірі арқылы хабарласа алады», — деді ол.""",
     ann=[
        ('ЖЕЗҚАЗҒАН', 0, 'city', 'Zhezkazgan', UR, {'note': 'dateline; Ulytau Region since 2022-06-08'}),
        ('Ұлытау', 0, 'region', UR, UR, {'note': 'in a list sharing "облыстарында"'}),
        ('Абай', 0, 'region', ABR, ABR, {'note': 'in a list sharing "облыстарында"'}),
        ('Жетісу', 0, 'region', JTR, JTR, {'note': 'in a list sharing "облыстарында"'}),
        ('Нұр-Сұлтанда', 0, 'city', 'Astana', 'Astana', {'note': 'NI:venue of the briefing'}),
        ('Ұлытау облысы', 0, 'region', UR, UR, {'note': 'inside the name of an authority'}),
        ('Жезқазғанда', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:seat of the department'}),
        ('Қарағанды облысы', 0, 'region', KR, KR, {'note': 'inside the name of an authority; NI:former unit'}),
        ('Сәтбаев қаласы', 0, 'city', 'Satpayev', UR, {'note': 'inside an official post'}),
        ('Жезді кентіндегі', 0, 'village', 'Zhezdy', UR, {'note': 'NI:school contract'}),
        ('Жезқазған облысының', 0, 'region', UR, UR, {'uncertain': True, 'note': 'inside the name of an authority; the Zhezkazgan Region abolished in 1997, labelled with the unit holding most of its land on the article date (Ulytau Region since 2022-06-08)'}),
        ('Ұлытау ауданындағы', 0, 'district', 'Ulytau District', UR, {'note': 'NI:pasture land; the district, not the region'}),
        ('Қарағандыдағы', 0, 'city', 'Karaganda', KR, {'note': 'NI:search'}),
        ('Жезқазғанда', 1, 'city', 'Zhezkazgan', UR, {'note': 'miners protest at the town akimat on June 8'}),
        ('Сәтбаевтағы', 0, 'city', 'Satpayev', UR, {'note': 'NI:hospital funds'}),
        ('Абай облысы', 0, 'region', ABR, ABR, {'note': 'inside the name of an authority'}),
        ('Семейде', 0, 'city', 'Semey', ABR, {'note': 'NI:seat of the department'}),
        ('Шығыс Қазақстан облысынан', 0, 'region', EKR, EKR, {'note': 'NI:former unit; cases handed over'}),
        ('Аягөз ауданындағы', 0, 'district', 'Ayagoz District', ABR, {'note': 'NI:land plots'}),
        ('Семей қаласы', 0, 'city', 'Semey', ABR, {'note': 'inside an official post'}),
        ('Жетісу облысы', 0, 'region', JTR, JTR, {'note': 'inside the name of an authority'}),
        ('Талдықорғанда', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:seat of the department'}),
        ('Алматы облысынан', 0, 'region', ALR, ALR, {'note': 'NI:former unit; cases handed over'}),
        ('Жаркент', 0, 'city', 'Zharkent', JTR, {'note': 'NI:school contract'}),
        ('Текелі', 0, 'city', 'Tekeli', JTR, {'note': 'NI:school contract'}),
        ('Үштөбедегі', 0, 'city', 'Ushtobe', JTR, {'note': 'NI:school contract; the locative suffix is shared by the list'}),
        ('Алматы облысының', 0, 'region', ALR, ALR, {'note': 'inside the name of an authority (akimat)'}),
        ('Қапшағай қаласына', 0, 'city', 'Konaev', ALR, {'note': 'NI:new seat of the regional akimat; Kapshagay, renamed Konaev in 2022'}),
        ('үш жаңа облыстағы', 0, 'quantified', '3 new regions', N, {'count': 3, 'unit': 'region', 'note': 'the three new regions, all named; not about incidents'}),
        ('Қарағанды облысында', 0, 'region', KR, KR, {'note': 'NI:statistics'}),
        ('Шығыс Қазақстан облысында', 0, 'region', EKR, EKR, {'note': 'NI:statistics'}),
     ],
     inc={UR: (1, 'about 30 miners protested at the town akimat in Zhezkazgan on June 8; the transfer of cases is not an incident')}),

dict(id='p022', date='1998-04-21', lang='kk',
     event='1998 Akmola (the new capital, renamed Astana two weeks later): two land officials of the city akimat detained over plots on the left bank of the Yesil; search at a dacha in Kokshetau (North Kazakhstan Region 1997-1999); unpaid builders from Karaganda and Pavlodar regions protest at a left-bank site; Akmola Region akimat orders checks',
     text="""Ақмолада жаңа елорданың жерін заңсыз сатқан шенеуніктер ұсталды
АҚМОЛА, 21 сәуір — Салық полициясы Ақмола қалалық әкімдігінің жер қатынастары бөлімінің бастығы мен оның орынбасарын ұстады. Олар Есіл өзенінің сол жағалауында, жаңа әкімшілік орталық салынатын аумақтағы 25 жер телімін жалған құжаттармен жеке тұлғаларға сатты деп күдіктелуде.

Тінту Ақмоладағы кеңселерде және Көкшетаудағы саяжайда жүргізілді. Еске сала кетейік, бұрынғы Көкшетау облысы былтыр Солтүстік Қазақстан облысына қосылған.

Дүйсенбі күні сол жағалаудағы құрылыс алаңында үш ай бойы жалақы алмаған 150-ге жуық жұмысшы жұмысты тоқтатып, наразылық білдірді. Олардың көбі Қарағанды және Павлодар облыстарынан келген.

Ақмола облысының әкімдігі облыстағы жер телімдерін бөлу тәртібін тексеруді тапсырды.""",
     ann=[
        ('Ақмолада', 0, 'city', 'Astana', 'Astana', {'note': 'headline; Akmola, the capital since December 1997, renamed Astana on 1998-05-06'}),
        ('АҚМОЛА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Ақмола', 0, 'city', 'Astana', 'Astana', {'note': 'inside the name of an authority ("Ақмола қалалық әкімдігі")'}),
        ('Есіл өзенінің', 0, 'facility', 'Yesil River', N, {'subkind': 'river', 'note': 'NI:land on its left bank'}),
        ('Ақмоладағы', 0, 'city', 'Astana', 'Astana', {'note': 'NI:search'}),
        ('Көкшетаудағы', 0, 'city', 'Kokshetau', NKR, {'uncertain': True, 'note': 'NI:search; Kokshetau was in North Kazakhstan Region from 1997 to 1999, then passed to Akmola Region'}),
        ('Көкшетау облысы', 0, 'region', NKR, NKR, {'uncertain': True, 'note': 'NI:background; the Kokshetau Region, merged into North Kazakhstan Region in 1997'}),
        ('Солтүстік Қазақстан облысына', 0, 'region', NKR, NKR, {'note': 'NI:background'}),
        ('Қарағанды', 0, 'region', KR, KR, {'note': 'NI:origin of workers; in a list sharing "облыстарынан"'}),
        ('Павлодар', 0, 'region', PR, PR, {'note': 'NI:origin of workers; in a list sharing "облыстарынан"'}),
        ('Ақмола облысының', 0, 'region', AKR, AKR, {'note': 'inside the name of an authority; the region, not the city'}),
     ],
     inc={'Astana': (1, 'about 150 unpaid builders stopped work and protested at a construction site on the left bank in Akmola; the detentions and searches are not incidents')}),

dict(id='p023', date='2026-01-27', lang='kk',
     event='2026 Almaty: appeal upholds nine years for a former deputy akim of Bostandyk district over land in Medeu district, flat in Dubai and villa in Antalya confiscated; Almaty Region: Konaev court jails a former land chief over Karasai district plots, a retired deputy akim of the former Taldykorgan Region as witness; land buyers block the Almaty-Bishkek highway near Kaskelen; Talgar district akim detained; statistics and asset recovery talks with the UAE and Turkey',
     text="""Алматы: Бостандық ауданы әкімінің бұрынғы орынбасарына шығарылған үкім күшінде қалды
АЛМАТЫ, 27 қаңтар — Алматы қалалық сотының апелляциялық алқасы Бостандық ауданы әкімінің бұрынғы орынбасары Ерлан Қасымовтың шағымын қанағаттандырусыз қалдырды. Ол Медеу ауданындағы тау бөктеріндегі 12 гектар жерді құрылыс компанияларына заңсыз бергені үшін тоғыз жылға сотталған. Сот Дубайдағы пәтер мен Анталиядағы вилланы мемлекет кірісіне айналдыру туралы шешімді де өзгертпеді. Қасымовтың адвокаты Жоғарғы сотқа кассациялық шағым беретінін мәлімдеді. Бұл соңғы екі жылда Бостандық ауданы әкімдігіне қатысты үшінші іс.

Сол күні Алматы облысында да бірнеше іс қаралды. Қонаев қалалық соты облыстық жер қатынастары басқармасының бұрынғы басшысын Қарасай ауданындағы жерлерді бөлу кезінде пара алғаны үшін жеті жылға соттады. Іс бойынша куәлардың бірі — 1990 жылдары бұрынғы Талдықорған облысы әкімінің орынбасары болған 78 жастағы зейнеткер. Ол сотта жер құжаттарына қол қоймағанын айтты.

Бұл іске байланысты жер телімдерін сатып алып, құжат ала алмаған 200-ге жуық адам жексенбі күні Қаскелең маңында Алматы – Бішкек тас жолының бір бөлігін жарты сағатқа жауып тастады. Полиция жолды ашып, бес адамды әкімшілік жауапкершілікке тартты.

Бұдан бөлек, дүйсенбі күні Талғар ауданының әкімі 30 млн теңге пара алды деген күдікпен ұсталды. Оның Талғардағы үйі мен жұмыс кабинетінде тінту жүргізілді.

Алматыда Алатау ауданындағы екі мектептің құрылысына бөлінген 900 млн теңгенің жымқырылуы бойынша тергеу аяқталып, іс сотқа жіберілді. Тергеушілердің айтуынша, мердігер компания жұмыстың үштен бірін ғана орындаған, ал қалған қаражат жалған актілер арқылы шешілген.

Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігінің мәліметінше, 2025 жылы Алматы қаласында 143 сыбайлас жемқорлық қылмысы тіркелген. Агенттік Біріккен Араб Әмірліктерімен және Түркиямен шетелге шығарылған активтерді қайтару жөнінде келіссөз жүргізіп жатыр. «Шетелге шығарылған әр теңге елге қайтарылады», — деді агенттік өкілі.""",
     ann=[
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'headline'}),
        ('Бостандық ауданы', 0, 'district', 'Bostandyk District (Almaty)', 'Almaty', {'subkind': 'city district', 'note': 'headline; inside an official post'}),
        ('АЛМАТЫ', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Алматы', 1, 'city', 'Almaty', 'Almaty', {'note': 'inside the name of a court ("Алматы қалалық соты")'}),
        ('Бостандық ауданы', 1, 'district', 'Bostandyk District (Almaty)', 'Almaty', {'subkind': 'city district', 'note': 'inside an official post'}),
        ('Медеу ауданындағы', 0, 'district', 'Medeu District (Almaty)', 'Almaty', {'subkind': 'city district', 'note': 'NI:land given away'}),
        ('Дубайдағы', 0, 'foreign', 'Dubai', N, {'note': 'NI:confiscated asset'}),
        ('Анталиядағы', 0, 'foreign', 'Antalya', N, {'note': 'NI:confiscated asset'}),
        ('Бостандық ауданы', 2, 'district', 'Bostandyk District (Almaty)', 'Almaty', {'subkind': 'city district', 'note': 'inside the name of an authority (district akimat)'}),
        ('Алматы облысында', 0, 'region', ALR, ALR),
        ('Қонаев', 0, 'city', 'Konaev', ALR, {'note': 'inside the name of a court ("Қонаев қалалық соты"); seat of Almaty Region'}),
        ('Қарасай ауданындағы', 0, 'district', 'Karasai District', ALR, {'note': 'NI:land allocation'}),
        ('Талдықорған облысы', 0, 'region', JTR, JTR, {'uncertain': True, 'note': 'inside an official post; the Taldykorgan Region abolished in 1997, labelled with the unit holding most of its land on the article date (Jetisu Region since 2022)'}),
        ('Қаскелең', 0, 'city', 'Kaskelen', ALR, {'note': 'land buyers block the highway near the town'}),
        ('Алматы', 3, 'city', 'Almaty', 'Almaty', {'note': 'NI:road endpoint'}),
        ('Бішкек', 0, 'foreign', 'Bishkek', N, {'note': 'NI:road endpoint'}),
        ('Талғар ауданының', 0, 'district', 'Talgar District', ALR, {'note': 'inside an official post'}),
        ('Талғардағы', 0, 'city', 'Talgar', ALR, {'note': 'NI:search'}),
        ('Алматыда', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:investigation completed'}),
        ('Алатау ауданындағы', 0, 'district', 'Alatau District (Almaty)', 'Almaty', {'subkind': 'city district', 'note': 'NI:school contracts; district of Almaty, not the mountains'}),
        ('Алматы қаласында', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:statistics'}),
        ('Біріккен Араб Әмірліктерімен', 0, 'foreign', 'United Arab Emirates', N, {'note': 'NI:asset recovery talks'}),
        ('Түркиямен', 0, 'foreign', 'Turkey', N, {'note': 'NI:asset recovery talks'}),
     ],
     inc={ALR: (1, 'about 200 land buyers blocked part of the Almaty-Bishkek highway near Kaskelen for half an hour; the verdicts, the arrest in Talgar and the searches are not incidents')}),

dict(id='p024', date='2012-10-09', lang='kk',
     event='2012 former head of the Kurmangazy customs post (Atyrau Region) jailed for bribes from drivers from Astrakhan Oblast; his house in Atyrau and shop in Kulsary confiscated; a similar case against two inspectors of the Aksai post in West Kazakhstan Region, decided in Oral (no incident)',
     text="""Құрманғазы кеден бекетінің бұрынғы бастығы жеті жылға сотталды
АТЫРАУ, 9 қазан — Атырау облыстық соты Құрманғазы кеден бекетінің бұрынғы бастығы Талғат Жұмабаевты пара алғаны үшін жеті жылға бас бостандығынан айырды. Тергеу деректері бойынша, ол 2010–2011 жылдары Ресейдің Астрахань облысынан балық пен ет тасыған жүргізушілерден 30 млн теңгеден астам ақша алған.

Сот оның Атыраудағы үйі мен Құлсарыдағы дүкенін тәркілеу туралы шешім шығарды. Сотталушының адвокаты үкімге шағымданатынын айтты.

Көршілес Батыс Қазақстан облысында да осындай іс қаралып жатыр: Ақсай кеден бекетінің екі инспекторы Ресейден жүк тасымалдаған кәсіпкерлерден пара алды деп айыпталуда. Олардың ісін Орал қалалық соты қарайды. Қазақстанның кеден қызметінде биыл 60-тан астам қызметкер жауапқа тартылды.""",
     ann=[
        ('Құрманғазы кеден бекетінің', 0, 'facility', 'Kurmangazy border crossing', ATR, {'subkind': 'checkpoint', 'note': 'headline; named after the composer and the district; NI:workplace'}),
        ('АТЫРАУ', 0, 'city', 'Atyrau', ATR, {'note': 'dateline'}),
        ('Атырау', 0, 'region', ATR, ATR, {'note': 'inside the name of a court ("Атырау облыстық соты")'}),
        ('Құрманғазы кеден бекетінің', 1, 'facility', 'Kurmangazy border crossing', ATR, {'subkind': 'checkpoint', 'note': 'NI:workplace'}),
        ('Ресейдің', 0, 'foreign', 'Russia', N),
        ('Астрахань облысынан', 0, 'foreign', 'Astrakhan Oblast', N, {'note': 'NI:origin of drivers'}),
        ('Атыраудағы', 0, 'city', 'Atyrau', ATR, {'note': 'NI:confiscated property'}),
        ('Құлсарыдағы', 0, 'city', 'Kulsary', ATR, {'note': 'NI:confiscated property'}),
        ('Батыс Қазақстан облысында', 0, 'region', WKR, WKR),
        ('Ақсай кеден бекетінің', 0, 'facility', 'Aksai customs post', WKR, {'subkind': 'checkpoint', 'note': 'NI:workplace of the accused'}),
        ('Ресейден', 0, 'foreign', 'Russia', N),
        ('Орал', 0, 'city', 'Oral', WKR, {'note': 'inside the name of a court ("Орал қалалық соты")'}),
        ('Қазақстанның', 0, 'country', 'Kazakhstan', N),
     ],
     inc={}),

]
