"""Kazakh texts of the eighty-eighth unseen check corpus (Cyrillic; annotation tuples described
in tests/build_check_corpus.py, run with --max-words=420)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p017', date='2023-03-15', lang='kk',
     event='2023 protest of Karazhal residents at the town akimat against dust from iron-manganese mine dumps (Ulytau Region; Karaganda Region before June 2022); a petition in Atasu (Zhanaarka district) not counted',
     text="""Қаражал тұрғындары кеніш шаңына қарсы наразылық білдірді
ЖЕЗҚАЗҒАН, 15 наурыз. ҚазАқпарат – Ұлытау облысындағы Қаражал қаласының 50-ге жуық тұрғыны сәрсенбі күні қала әкімдігінің алдына жиналып, темір-марганец кенішінің үйінділерінен ұшқан шаңға наразылық білдірді. Олар үйінділерді күн сайын сумен суаруды және айналасына орман белдеуін отырғызуды талап етеді.
«Көктемде терезені ашуға болмайды, балаларымыз жөтеліп жүр», – деді тұрғын Гүлмира Сейітқызы.
Былтыр маусымда Ұлытау облысы құрылғанға дейін Қаражал Қарағанды облысына қарасты болатын. Тұрғындар бұрын Қарағандыдағы облыс әкімдігіне бірнеше рет хат жазғанын, бірақ жауап алмағанын айтады.
Ұлытау облысының экология департаменті кәсіпорынды тексеріп, 4,5 млн теңге айыппұл салғанын хабарлады. Жаңаарқа ауданындағы Атасу кентінің тұрғындары да осындай талаппен петицияға қол жинап жатыр.""",
     ann=[
        ('Қаражал', 0, 'city', 'Karazhal', UR, {'note': 'headline'}),
        ('ЖЕЗҚАЗҒАН', 0, 'city', 'Zhezkazgan', UR, {'note': 'dateline'}),
        ('Ұлытау облысындағы', 0, 'region', UR, UR),
        ('Қаражал қаласының', 0, 'city', 'Karazhal', UR, {'note': 'protest at the town akimat'}),
        ('Ұлытау облысы', 0, 'region', UR, UR, {'note': 'NI:background, creation of the region in June 2022'}),
        ('Қаражал', 2, 'city', 'Karazhal', UR, {'note': 'NI:background, former subordination'}),
        ('Қарағанды облысына', 0, 'region', KR, KR, {'note': 'NI:former unit of Karazhal'}),
        ('Қарағандыдағы', 0, 'city', 'Karaganda', KR, {'note': 'NI:seat of the former regional akimat'}),
        ('Ұлытау облысының', 0, 'region', UR, UR, {'note': 'inside the name of an authority (ecology department)'}),
        ('Жаңаарқа ауданындағы', 0, 'district', 'Zhanaarka District', UR, {'note': 'NI:petition; Ulytau Region since 2022-06-08'}),
        ('Атасу кентінің', 0, 'village', 'Atasu', UR, {'note': 'NI:petition; settlement (кент)'}),
     ],
     inc={UR: (1, 'protest of about 50 Karazhal residents outside the town akimat; the Atasu petition is not counted')}),

dict(id='p018', date='2020-09-22', lang='kk',
     event='2020 landfill fire outside Aktobe with smoke over Zhanakonys and Batys-2, and a picket at the Khromtau district akimat against chrome tailings dust (Aktobe Region); a public hearing in Alga and a Badamsha lawsuit against a cement plant (Kargaly district) not counted; ministry in Nur-Sultan',
     text="""Ақтөбе облысы: полигондағы өрт, Хромтаудағы пикет және Алғадағы тыңдау
АҚТӨБЕ, 22 қыркүйек. ҚазТАГ – Ақтөбе қаласының сыртындағы тұрмыстық қалдықтар полигонында дүйсенбі түні өрт шығып, түтін Жаңақоныс пен Батыс-2 ықшам аудандарына дейін жетті. Облыстық төтенше жағдайлар департаментінің мәліметінше, 2 гектар аумақтағы қоқыс жанып, өрт сөндірушілер оны 11 сағатта ғана толық сөндірді. Зардап шеккендер жоқ. Түтін таңертең қаланың оңтүстік бөлігіне де тарады, тұрғындарға терезелерді ашпау ұсынылды. Полигон операторы өрттің себебін анықтау үшін ішкі тексеру жүргізетінін айтты.

Қала тұрғындары полигонды жабуды бірнеше жылдан бері талап етіп келеді. «Жаз бойы қоқыс үш рет жанды. Балаларды далаға шығара алмаймыз», – деді Батыс-2 тұрғыны Айжан Бекова.

Сейсенбі күні Хромтау қаласында 30-ға жуық тұрғын аудан әкімдігінің алдында пикет өткізді. Олар хром кенішінің қалдық қоймасынан ұшатын шаңға шағымданып, қойманы жабудың нақты мерзімін белгілеуді сұрады. Аудан әкімінің орынбасары тұрғындармен кездесіп, мәселені облыс әкімдігіне жеткізетінін айтты. Пикетке шыққан зейнеткер Мұрат Есенов: «Қойма бізден небәрі бір шақырым жерде. Желді күні көшеде тұру мүмкін емес», – деді. Пикет екі сағатқа созылып, тыныш аяқталды.

Ал Алға қаласында бұрынғы химия зауытының аумағын тазарту жобасы бойынша қоғамдық тыңдау өтті. Зауыт 1990-жылдардың басында тоқтаған, оның аумағында әлі күнге дейін бор мен хром қалдықтары сақталған. Тыңдауға аудандағы бірнеше ауылдан 200-ге жуық адам келді. Олар жобаны мақұлдады, бірақ жұмыс кезінде ауыз суды үнемі тексеріп отыруды талап етті.

Ақтөбе облыстық экология департаменті полигон операторына қатысты тексеру бастағанын хабарлады. Ақтөбе қалалық сотында Қарғалы ауданының Бадамша ауылының тұрғындары цемент зауытына қарсы берген талап арыз қаралып жатыр. Нұр-Сұлтандағы Экология министрлігі облыстағы қалдық қоймаларын тексеру үшін комиссия жіберетінін мәлімдеді.""",
     ann=[
        ('Ақтөбе облысы', 0, 'region', AR, AR, {'note': 'headline'}),
        ('Хромтаудағы', 0, 'city', 'Khromtau', AR, {'note': 'headline'}),
        ('Алғадағы', 0, 'city', 'Alga', AR, {'note': 'NI:headline, public hearing'}),
        ('АҚТӨБЕ', 0, 'city', 'Aktobe', AR, {'note': 'dateline'}),
        ('Ақтөбе қаласының', 0, 'city', 'Aktobe', AR, {'note': 'landfill fire outside the city'}),
        ('Жаңақоныс', 0, 'district', 'Zhanakonys (Aktobe)', AR, {'subkind': 'microdistrict', 'note': 'in a list sharing "ықшам аудандарына"; smoke from the landfill fire'}),
        ('Батыс-2', 0, 'district', 'Batys-2 (Aktobe)', AR, {'subkind': 'microdistrict', 'note': 'in a list sharing "ықшам аудандарына"; "Батыс" (west) is part of the name'}),
        ('Батыс-2', 1, 'district', 'Batys-2 (Aktobe)', AR, {'subkind': 'microdistrict', 'note': "NI:speaker's residence"}),
        ('Хромтау қаласында', 0, 'city', 'Khromtau', AR, {'note': 'picket at the district akimat'}),
        ('Алға қаласында', 0, 'city', 'Alga', AR, {'note': 'NI:public hearing'}),
        ('бірнеше ауылдан', 0, 'quantified', 'several villages', N, {'count': None, 'unit': 'village', 'note': 'vague quantifier; origin of hearing participants, not incidents'}),
        ('Ақтөбе', 2, 'region', AR, AR, {'note': 'inside the name of an authority (облыстық экология департаменті)'}),
        ('Ақтөбе', 3, 'city', 'Aktobe', AR, {'note': 'NI:inside the name of a court (қалалық сот)'}),
        ('Қарғалы ауданының', 0, 'district', 'Kargaly District', AR, {'note': "NI:plaintiffs' residence"}),
        ('Бадамша ауылының', 0, 'village', 'Badamsha', AR, {'note': "NI:plaintiffs' residence"}),
        ('Нұр-Сұлтандағы', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the ministry; the capital named Nur-Sultan 2019-2022'}),
     ],
     inc={AR: (2, 'fire at the landfill outside Aktobe, 11 hours; picket of about 30 residents at the Khromtau district akimat; the Alga hearing and the Badamsha lawsuit are not counted')}),

dict(id='p019', date='2007-10-10', lang='kk',
     event='2007 protest in Zhosaly (Karmakshy district, Kyzylorda Region) against fallen rocket stages and heptyl from the Baikonur cosmodrome; Akai shepherd; Russia\'s space agency; a proposal sent to Astana; the lease of the cosmodrome by Russia from Kazakhstan',
     text="""Жосалыда тұрғындар гептилге қарсы жиын өткізді
ҚЫЗЫЛОРДА, 10 қазан. Қармақшы ауданының орталығы Жосалы кентінде 150-ге жуық адам жиналып, «Байқоңыр» ғарыш айлағынан ұшырылатын зымырандардың құлаған бөліктері мен гептил қалдықтарына қарсы наразылық білдірді.
Жиналғандар аудан аумағына түскен зымыран бөліктері жайылымдарды ластап жатқанын айтты. «Малымыз ауырады, ешкім тексеріп жатқан жоқ», – деді Ақай ауылының шопаны Серік Әлімов. Облыстың бірнеше ауданында тұрғындар осындай шағым айтады.
Аудан әкімі облыстық экология департаменті мен Ресейдің ғарыш агенттігінің мамандары құлау аймақтарынан топырақ сынамасын алатынын айтты. Қызылорда облысының әкімдігі Астанаға Байқоңыр кешенін жалға беру шартына экологиялық талаптарды енгізу туралы ұсыныс жіберген. Ресей кешенді 1994 жылдан бері Қазақстаннан жалға алып келеді.""",
     ann=[
        ('Жосалыда', 0, 'village', 'Zhosaly', KZR, {'note': 'headline'}),
        ('ҚЫЗЫЛОРДА', 0, 'city', 'Kyzylorda', KZR, {'note': 'dateline'}),
        ('Қармақшы ауданының', 0, 'district', 'Karmakshy District', KZR),
        ('Жосалы кентінде', 0, 'village', 'Zhosaly', KZR, {'note': 'settlement (кент), district centre; protest gathering'}),
        ('Байқоңыр', 0, 'facility', 'Baikonur Cosmodrome', KZR, {'subkind': 'cosmodrome', 'note': 'NI:in quotes; leased to Russia'}),
        ('Ақай ауылының', 0, 'village', 'Akai', KZR, {'note': "NI:speaker's residence"}),
        ('бірнеше ауданында', 0, 'quantified', 'several districts', N, {'count': None, 'unit': 'district', 'note': 'vague quantifier; complaints, not incidents'}),
        ('Ресейдің', 0, 'foreign', 'Russia', N, {'note': "NI:genitive, Russia's space agency"}),
        ('Қызылорда облысының', 0, 'region', KZR, KZR, {'note': 'inside the name of an authority (regional akimat)'}),
        ('Астанаға', 0, 'city', 'Astana', 'Astana', {'note': 'NI:addressee of a proposal'}),
        ('Байқоңыр', 1, 'facility', 'Baikonur Cosmodrome', KZR, {'subkind': 'cosmodrome', 'note': 'NI:the leased complex'}),
        ('Ресей', 0, 'foreign', 'Russia', N, {'note': 'NI:lessee of the cosmodrome'}),
        ('Қазақстаннан', 0, 'country', 'Kazakhstan', N, {'note': 'ablative'}),
     ],
     inc={KZR: (1, 'protest gathering of about 150 people in Zhosaly, Karmakshy district')}),

dict(id='p020', date='2014-05-21', lang='kk',
     event='2014 picket at the Rudny town akimat against dust from the ore-dressing tailings pond (Kostanay Region); activists from Kachar and Lisakovsk; a letter to a ministry in Astana; the company «Тобыл Ресурс» is not annotated',
     text="""Рудныйда тұрғындар қалдық қоймасының шаңына наразы
ҚОСТАНАЙ, 21 мамыр. Рудный қаласының 40-қа жуық тұрғыны сейсенбі күні қала әкімдігінің алдында пикет өткізіп, кен байыту комбинатының қалдық қоймасынан көтерілген шаңға шағымданды. Олардың айтуынша, желді күндері қызыл шаң терезелер мен аулаларға қонады.
Қостанай облыстық экология департаменті былтыр қоймаға тексеру жүргізіп, қойманы жалға алған «Тобыл Ресурс» ЖШС-на 2,3 млн теңге айыппұл салған. Серіктестік басшылығы қойманың бетін биыл жазда сумен бекітуге уәде берді.
Пикетке Қашар кентінен және Лисаков қаласынан келген белсенділер де қатысты. Тұрғындар Астанадағы министрлікке 1 500 адам қол қойған хат жолдады. Пикет бір сағатқа созылып, тыныш аяқталды, полиция ешкімді ұстамады.""",
     ann=[
        ('Рудныйда', 0, 'city', 'Rudny', KOR, {'note': 'headline'}),
        ('ҚОСТАНАЙ', 0, 'city', 'Kostanay', KOR, {'note': 'dateline'}),
        ('Рудный қаласының', 0, 'city', 'Rudny', KOR, {'note': 'picket at the town akimat'}),
        ('Қостанай', 0, 'region', KOR, KOR, {'note': 'inside the name of an authority (облыстық экология департаменті)'}),
        ('Қашар кентінен', 0, 'village', 'Kachar', KOR, {'note': "NI:activists' origin; settlement (кент)"}),
        ('Лисаков қаласынан', 0, 'city', 'Lisakovsk', KOR, {'note': "NI:activists' origin"}),
        ('Астанадағы', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the ministry'}),
     ],
     inc={KOR: (1, 'picket of about 40 residents at the Rudny town akimat')}),

dict(id='p021', date='2026-04-14', lang='kk',
     event='2026 blockade of the road used by Aktau rubbish lorries by Akshukyr villagers (Tupkaragan district) against a new landfill (Mangystau Region); the akim of the Akshukyr rural okrug; a hearing in Fort-Shevchenko not counted',
     text="""Ақшұқыр тұрғындары полигонға апаратын жолды жауып тастады
АҚТАУ, 14 сәуір. Түпқараған ауданына қарасты Ақшұқыр ауылының 60-қа жуық тұрғыны дүйсенбі күні таңертең Ақтау қаласының қоқысын тасымалдайтын көліктердің жолын үш сағатқа жауып тастады. Олар ауылдан 4 шақырым жерде салынып жатқан жаңа полигонға қарсы.
«Жел теңізден соғады, бүкіл иіс ауылға келеді», – деді тұрғын Ержан Дәулетов. Маңғыстау облысы әкімінің орынбасары тұрғындармен кездесіп, құрылысты қайта қоғамдық тыңдау өткенше тоқтатуға уәде берді. Полиция ешкімді ұстамады, жол түске қарай ашылды. Ақшұқыр ауылдық округінің әкімі тұрғындардың талабын аудан әкімдігіне жеткізгенін айтты.
Маңғыстау облыстық экология департаменті мердігерге 6 млн теңге айыппұл салды. Қайта тыңдау келесі айда Түпқараған ауданының орталығы Форт-Шевченко қаласында өтеді.""",
     ann=[
        ('Ақшұқыр', 0, 'village', 'Akshukyr', MR, {'note': 'headline'}),
        ('АҚТАУ', 0, 'city', 'Aktau', MR, {'note': 'dateline'}),
        ('Түпқараған ауданына', 0, 'district', 'Tupkaragan District', MR),
        ('Ақшұқыр ауылының', 0, 'village', 'Akshukyr', MR, {'note': 'road blockade'}),
        ('Ақтау қаласының', 0, 'city', 'Aktau', MR, {'note': "NI:origin of the rubbish"}),
        ('Маңғыстау облысы', 0, 'region', MR, MR, {'note': 'inside the name of an official post (deputy akim)'}),
        ('Ақшұқыр ауылдық округінің', 0, 'district', 'Akshukyr Rural Okrug', MR, {'subkind': 'rural okrug', 'note': 'inside the name of an official post (akim)'}),
        ('Маңғыстау', 1, 'region', MR, MR, {'note': 'inside the name of an authority (облыстық экология департаменті)'}),
        ('Түпқараған ауданының', 0, 'district', 'Tupkaragan District', MR, {'note': 'NI:planned hearing'}),
        ('Форт-Шевченко қаласында', 0, 'city', 'Fort-Shevchenko', MR, {'note': 'NI:planned hearing'}),
     ],
     inc={MR: (1, 'three-hour road blockade by about 60 Akshukyr villagers, Tupkaragan district')}),

dict(id='p022', date='1992-07-14', lang='kk',
     event='1992 rally in the central square of Zhambyl (the city, now Taraz; Jambyl Region) against the phosphorus plant; the Soviet name Джамбул; miners from Karatau and Zhanatas; samples to Almaty',
     text="""Жамбылда тұрғындар фосфор зауытына қарсы митинг өткізді
ЖАМБЫЛ, 14 шілде. Жамбыл қаласының 500-ге жуық тұрғыны жексенбі күні орталық алаңға жиналып, қала маңындағы фосфор зауытының улы шығарындыларына қарсы митинг өткізді. Жиналғандар зауыттың ескі цехтарын жабуды және Талас өзенінің жағасындағы қалдық үйінділерін тексеруді талап етті.
Кеңес кезінде Джамбул деп аталған қала соңғы жылдары республикадағы ең лас қалалардың бірі саналады. Митингіге Қаратау мен Жаңатастан келген кеншілер де қатысты.
«Көктемде бақтағы алма ағаштарының жапырағы сарғайып түсіп қалды, балалар жиі ауырады», – деді митингіге келген мұғалім Күләш Тоқтарова.
Жамбыл облыстық әкімшілігінің өкілі зауыт аумағынан және өзен жағасынан алынған сынамалар Алматыдағы зертханаға жіберілетінін, нәтижесі бір айдан кейін белгілі болатынын айтты. Митинг тыныш өтті, ешкім ұсталмады.""",
     ann=[
        ('Жамбылда', 0, 'city', 'Taraz', JR, {'note': 'headline; Zhambyl, the city (renamed Taraz in 1997), not the region'}),
        ('ЖАМБЫЛ', 0, 'city', 'Taraz', JR, {'note': 'dateline; the city'}),
        ('Жамбыл қаласының', 0, 'city', 'Taraz', JR, {'note': 'rally in the central square'}),
        ('Талас өзенінің', 0, 'facility', 'Talas River', N, {'subkind': 'river'}),
        ('Джамбул', 0, 'city', 'Taraz', JR, {'note': 'NI:Soviet name of the city'}),
        ('Қаратау', 0, 'city', 'Karatau', JR, {'note': "NI:miners' origin"}),
        ('Жаңатастан', 0, 'city', 'Zhanatas', JR, {'note': "NI:miners' origin"}),
        ('Жамбыл', 1, 'region', JR, JR, {'note': 'inside the name of an authority (облыстық әкімшілік); the region'}),
        ('Алматыдағы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:laboratory'}),
     ],
     inc={JR: (1, 'rally of about 500 residents in the central square of Zhambyl')}),

dict(id='p023', date='2022-11-16', lang='kk',
     event='2022 night fire at the landfill near Erkin and a picket of Erkin villagers at the Jetisu regional akimat in Taldykorgan (Jetisu Region, five months after its creation); a march in Konaev, the new seat of Almaty Region, against a stone quarry by the Kapchagay reservoir (Almaty Region); a meeting and petition in Lepsy (Sarkand district) not counted; support from Almaty; ministry in Astana',
     text="""Жетісу мен Алматы облыстарында полигон мен карьерге қарсы наразылық
ТАЛДЫҚОРҒАН, 16 қараша. ҚазАқпарат – Талдықорған қаласына қарасты Еркін ауылының 70-ке жуық тұрғыны сейсенбі күні Жетісу облысы әкімдігінің алдында пикет өткізіп, ауыл іргесіндегі қоқыс полигонын көшіруді талап етті. Пикеттен бір күн бұрын, дүйсенбі түні, полигонда тағы өрт шығып, түтін ауылдың үйлеріне дейін жеткен. Төтенше жағдайлар департаменті өрттің 1,5 гектар аумақты қамтығанын хабарлады, өрт сөндірушілер жалынды таңертең ғана сөндірді. Тұрғындар полигонға апаратын жолмен күн сайын жүздеген көлік өтетінін айтады. Пикет екі сағатқа созылды, полиция ешкімді ұстамады.

«Жетісу облысы құрылғанда жаңа әкімдік бізді тыңдайды деп ойлағанбыз. Жаз бойы полигон төрт рет жанды, балалар жөтелден арыла алмай жүр», – деді Еркін ауылының тұрғыны Бақыт Омарова. Облыс әкімінің орынбасары тұрғындармен кездесіп, полигонды 2024 жылға дейін жабу жоспарланғанын айтты.

Сол күні Алматы облысының жаңа орталығы Қонаев қаласында 100-ге жуық адам Қапшағай су қоймасының жағасындағы тас карьеріне қарсы бейбіт шеру өткізді. Олардың айтуынша, карьердегі жарылыс жұмыстарынан үйлердің қабырғалары жарылып, терезелер сынған. Шеруге шыққан Нұрлан Сапаров: «Біз қала құрылысына қарсы емеспіз, бірақ карьер үйлерден небәрі 800 метр жерде», – деді. Қалалық әкімдік карьердің лицензиясын тексеруге уәде берді. Шеру тәртіп бұзусыз өтті, полиция ешкімді ұстамады.

Ал Сарқан ауданындағы Лепсі ауылында аудандық экология бөлімінің мамандары тұрғындармен кездесті. Тұрғындар Лепсі өзеніне төгілетін шошқа фермасының қалдықтарына шағымданып, петицияға қол жинай бастады. Ферма иесі қалдықтарды тазарту жүйесін келесі жылы орнатуға уәде берген. Кездесу тыныш өтті.

Алматы қаласындағы экобелсенділер Қонаев тұрғындарын қолдап, әлеуметтік желіде үндеу жариялады. Экология министрлігінің Астанадағы баспасөз қызметі екі облыста да тексеру жүргізілетінін хабарлады. Министрлік өкілінің айтуынша, тексеру нәтижелері желтоқсанның соңында жарияланады.""",
     ann=[
        ('Жетісу', 0, 'region', JTR, JTR, {'note': 'headline; in a list sharing "облыстарында"'}),
        ('Алматы', 0, 'region', ALR, ALR, {'note': 'headline; in a list sharing "облыстарында"; the region, not the city'}),
        ('ТАЛДЫҚОРҒАН', 0, 'city', 'Taldykorgan', JTR, {'note': 'dateline; Jetisu Region since 2022-06-08'}),
        ('Талдықорған қаласына', 0, 'city', 'Taldykorgan', JTR, {'note': 'the city administration the village belongs to'}),
        ('Еркін ауылының', 0, 'village', 'Erkin', JTR, {'note': "protesters' residence; site of the landfill fire"}),
        ('Жетісу облысы', 0, 'region', JTR, JTR, {'note': 'inside the name of an authority (regional akimat), the picket site'}),
        ('Жетісу облысы', 1, 'region', JTR, JTR, {'note': 'NI:quote, creation of the region'}),
        ('Еркін ауылының', 1, 'village', 'Erkin', JTR, {'note': "NI:speaker's residence"}),
        ('Алматы облысының', 0, 'region', ALR, ALR, {'note': 'Konaev is its seat since 2022'}),
        ('Қонаев қаласында', 0, 'city', 'Konaev', ALR, {'note': 'march against the quarry'}),
        ('Қапшағай су қоймасының', 0, 'facility', 'Kapchagay Reservoir', ALR, {'subkind': 'reservoir'}),
        ('Сарқан ауданындағы', 0, 'district', 'Sarkand District', JTR, {'note': 'NI:meeting, petition'}),
        ('Лепсі ауылында', 0, 'village', 'Lepsy', JTR, {'note': 'NI:meeting, petition'}),
        ('Лепсі өзеніне', 0, 'facility', 'Lepsy River', N, {'subkind': 'river'}),
        ('Алматы қаласындағы', 0, 'city', 'Almaty', 'Almaty', {'note': "NI:activists' residence"}),
        ('Қонаев', 1, 'city', 'Konaev', ALR, {'note': 'NI:residents supported online'}),
        ('Астанадағы', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the ministry; Astana again since 2022-09-17'}),
        ('екі облыста', 0, 'quantified', '2 regions', N, {'count': 2, 'unit': 'region', 'note': 'inspections; both regions named'}),
     ],
     inc={JTR: (2, 'Monday night fire at the landfill near Erkin; Tuesday picket of Erkin villagers at the Jetisu regional akimat in Taldykorgan'),
          ALR: (1, 'peaceful march of about 100 people in Konaev against the quarry')}),

dict(id='p024', date='1998-10-06', lang='kk',
     event='1998 picket at the Kokshetau city akimat against sewage in Lake Kopa (North Kazakhstan Region, 1997-1999); Kokshetau Region abolished in 1997; letters to Petropavl; Zerenda district; ministry in Astana',
     text="""Көкшетауда тұрғындар Қопа көлін құтқаруды талап етті
КӨКШЕТАУ, 6 қазан. Көкшетау қаласының 80-ге жуық тұрғыны сенбі күні қалалық әкімдіктің алдында пикет өткізіп, Қопа көліне төгіліп жатқан кәріз суын тоқтатуды талап етті. Тұрғындардың айтуынша, көлдің жағасы батпаққа айналып, балық қырылып жатыр.
Былтыр Көкшетау облысы таратылып, қала Солтүстік Қазақстан облысының құрамына енген. Пикетшілер облыс орталығы Петропавлға бірнеше рет хат жазса да, жауап келмегенін айтты.
Қала әкімінің орынбасары тазарту құрылғыларын жөндеуге қаражат сұралғанын айтты. Зеренді ауданының тұрғындары да пикетшілерді қолдап, Астанадағы министрлікке ашық хат жолдады. Пикет екі сағатқа созылды, тәртіп бұзушылық болған жоқ. Қалалық экология басқармасы көлдің суынан сынама алды.""",
     ann=[
        ('Көкшетауда', 0, 'city', 'Kokshetau', NKR, {'note': 'headline; North Kazakhstan Region from 1997 to 1999, Akmola Region since April 1999'}),
        ('Қопа көлін', 0, 'facility', 'Lake Kopa', N, {'subkind': 'lake', 'note': 'headline; the lake in Kokshetau'}),
        ('КӨКШЕТАУ', 0, 'city', 'Kokshetau', NKR, {'note': 'dateline'}),
        ('Көкшетау қаласының', 0, 'city', 'Kokshetau', NKR, {'note': 'picket at the city akimat'}),
        ('Қопа көліне', 0, 'facility', 'Lake Kopa', N, {'subkind': 'lake'}),
        ('Көкшетау облысы', 0, 'region', NKR, NKR, {'uncertain': True, 'note': 'NI:background; Kokshetau Region, abolished in 1997, labelled with the unit holding its land on the article date'}),
        ('Солтүстік Қазақстан облысының', 0, 'region', NKR, NKR, {'note': 'NI:background'}),
        ('Петропавлға', 0, 'city', 'Petropavl', NKR, {'note': 'NI:regional centre, addressee of letters'}),
        ('Зеренді ауданының', 0, 'district', 'Zerenda District', NKR, {'note': "NI:supporters' residence; in North Kazakhstan Region until 1999"}),
        ('Астанадағы', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the ministry'}),
     ],
     inc={NKR: (1, 'picket of about 80 residents at the Kokshetau city akimat')}),
]
