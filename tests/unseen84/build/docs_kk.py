"""Kazakh texts of the eighty-fourth unseen check corpus (Cyrillic)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p017', date='2011-05-20', lang='kk',
     event='2011 strike and hunger strike of Karazhanbasmunai workers at the Karazhanbas field (Tupkaragan district) and a gathering of Ozenmunaigas workers on the square by the town akimat in Zhanaozen (Mangystau Region); a union lawyer\'s case at the Aktau city court (not counted); company names with field names not annotated',
     text="""Қаражанбас кен орнында мұнайшылар аштық жариялады

ЖАҢАӨЗЕН, 20 мамыр. Маңғыстау облысы Түпқараған ауданындағы Қаражанбас кен орнында «Қаражанбасмұнай» компаниясының 1,5 мыңға жуық жұмысшысы 17 мамырдан бері жұмысқа шықпай отыр. Олардың сегізі аштық жариялады. Жұмысшылар аймақтық коэффициентті көтеруді және жұмыстан шығарылған кәсіподақ басшысын қызметіне қайтаруды талап етеді. Ереуілшілердің айтуынша, компания басшылығы олармен әлі кездескен жоқ.
Жаңаөзенде «Өзенмұнайгаз» компаниясының жұмысшылары да жалақы мәселесін көтеріп, бірнеше жүз адам қала әкімдігінің алдындағы алаңға жиналды.
Бұл уақытта Ақтау қалалық сотында кәсіподақ заңгерінің ісі қаралып жатыр. Маңғыстау облысының әкімдігі жұмысшыларды заңсыз ереуілді тоқтатуға шақырды.
«Біз тек әділ жалақы сұраймыз. Балаларымызды асырауымыз керек», – деді бұрғылаушы Ержан Тасболатов.""",
     ann=[
        ('Қаражанбас кен орнында', 0, 'facility', 'Karazhanbas oil field', MR, {'subkind': 'oil field', 'note': 'headline'}),
        ('ЖАҢАӨЗЕН', 0, 'city', 'Zhanaozen', MR, {'note': 'dateline'}),
        ('Маңғыстау облысы', 0, 'region', MR, MR),
        ('Түпқараған ауданындағы', 0, 'district', 'Tupkaragan District', MR),
        ('Қаражанбас кен орнында', 1, 'facility', 'Karazhanbas oil field', MR, {'subkind': 'oil field', 'note': 'strike and hunger strike; the company «Қаражанбасмұнай» is not annotated'}),
        ('Жаңаөзенде', 0, 'city', 'Zhanaozen', MR, {'note': 'gathering on the square; the company «Өзенмұнайгаз» is not annotated'}),
        ('Ақтау', 0, 'city', 'Aktau', MR, {'note': 'NI:inside the name of a court (Ақтау қалалық соты)'}),
        ('Маңғыстау облысының', 0, 'region', MR, MR, {'note': 'inside the name of an authority (akimat)'}),
     ],
     inc={MR: (2, 'strike of about 1,500 workers with eight on hunger strike at the Karazhanbas field (one protest); gathering of several hundred Ozenmunaigas workers on the square in Zhanaozen; the court case is not counted')}),

dict(id='p018', date='2024-05-16', lang='kk',
     event='2024 commemoration of the 70th anniversary of the 1954 Kengir uprising in Zhezkazgan (not counted); the uprising at the Kengir camp division narrated (Ulytau Region on the article date); 1953 unrest in Norilsk and Vorkuta in Russia (foreign, not counted); the March 2023 underground strike at the «Оңтүстік» mine of Zhezkazgan narrated; Soviet spelling Джезказган; Dolinka (Karaganda Region); Kanysh Satpayev the person vs Satpayev the town; historians from Almaty and Astana',
     text="""Кеңгір көтерілісіне 70 жыл: Жезқазғанда құрбандар еске алынды

ЖЕЗҚАЗҒАН, 16 мамыр. Жезқазғанда 1954 жылғы Кеңгір көтерілісінің 70 жылдығына арналған еске алу шарасы өтті. Бұрынғы лагерь орнына қойылған ескерткіш белгіге гүл шоқтарын қоюға қала тұрғындары, Алматы мен Астанадан келген тарихшылар және Ұлытау облысы әкімдігінің өкілдері қатысты.
Мұрағат деректеріне сәйкес, 1954 жылғы 16 мамырда Степлагтың Кеңгір бөлімшесіндегі 5 мыңнан астам тұтқын күзетшілердің зорлығына қарсы бас көтеріп, 40 күн бойы лагерьді өз бақылауында ұстаған. 26 маусымда таң алдында лагерьге танктер мен әскер кіргізіліп, көтеріліс басып-жаншылды. Ресми мәлімет бойынша 37 адам қаза тапқан, ал тірі қалғандар құрбандар саны бірнеше есе көп болғанын айтады.
Тарихшы Мұрат Әбдірахманов 1953 жылы Ресейдегі Норильск пен Воркута лагерьлерінде де осындай толқулар болғанын, бірақ Кеңгірдегі қарсылық ең ұзаққа созылғанын атап өтті. «Кеңгірде тұтқындардың көбі кенші болатын. Джезказганның мыс кеніштерін солар қазды», – деді ол.
Кеңгір кенті кейін Жезқазған қаласының құрамына енді. Лагерь тұрған жерде қазір тұрғын үйлер мен Кеңгір су қоймасына баратын жол бар.

Жезқазған кеншілері бүгін де өз құқығын қорғаудан тайынбайды. Былтыр наурызда «Қазақмыс» корпорациясының «Оңтүстік» кенішіндегі 300-ге жуық кенші жалақыны көтеруді талап етіп, үш тәулік бойы жер бетіне шықпай қойған еді. Шарада сөз сөйлеген ардагер кенші Серік Омаров: «Біздің аталарымыз осы жерде адамдық қадір-қасиеті үшін күрескен», – деді.
Шараға Қарағанды облысындағы Долинка кентіндегі қуғын-сүргін құрбандарын еске алу мұражайының қызметкерлері де қатысып, көтеріліске қатысқандардың хаттарының көшірмелерін көрмеге қойды. Академик Қаныш Сәтбаевтың есімі берілген Сәтбаев қаласынан келген мектеп оқушылары көтеріліс туралы өлең оқыды.
Жезқазғандағы еске алу шарасы кешке Кеңгір су қоймасының жағасында шам жағумен аяқталды. Ұйымдастырушылар келесі жылы осы жерде көтеріліс құрбандарына арналған мемориал ашылатынын хабарлады. Мемориалды салуға облыс бюджетінен қаржы бөлінеді.""",
     ann=[
        ('Кеңгір', 0, 'district', 'Kengir (Zhezkazgan)', UR, {'subkind': 'microdistrict', 'uncertain': True, 'note': 'headline; inside an event name (the Kengir uprising); former settlement, now part of Zhezkazgan; the kind is doubtful'}),
        ('Жезқазғанда', 0, 'city', 'Zhezkazgan', UR, {'note': 'headline; NI:commemoration'}),
        ('ЖЕЗҚАЗҒАН', 0, 'city', 'Zhezkazgan', UR, {'note': 'dateline'}),
        ('Жезқазғанда', 1, 'city', 'Zhezkazgan', UR, {'note': 'NI:commemoration'}),
        ('Кеңгір', 1, 'district', 'Kengir (Zhezkazgan)', UR, {'subkind': 'microdistrict', 'uncertain': True, 'note': 'inside an event name'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': "NI:historians' origin"}),
        ('Астанадан', 0, 'city', 'Astana', 'Astana', {'note': "NI:historians' origin"}),
        ('Ұлытау облысы', 0, 'region', UR, UR, {'note': 'inside the name of an authority (akimat)'}),
        ('Кеңгір', 2, 'district', 'Kengir (Zhezkazgan)', UR, {'subkind': 'microdistrict', 'uncertain': True, 'note': 'the camp division of Steplag where the 1954 uprising took place; Steplag (a camp administration) is not annotated'}),
        ('Ресейдегі', 0, 'foreign', 'Russia', N, {'note': 'NI:background abroad'}),
        ('Норильск', 0, 'foreign', 'Norilsk', N, {'note': 'NI:1953 camp unrest abroad, no ADM1'}),
        ('Воркута', 0, 'foreign', 'Vorkuta', N, {'note': 'NI:1953 camp unrest abroad, no ADM1'}),
        ('Кеңгірдегі', 0, 'district', 'Kengir (Zhezkazgan)', UR, {'subkind': 'microdistrict', 'uncertain': True, 'note': 'the same 1954 uprising'}),
        ('Кеңгірде', 0, 'district', 'Kengir (Zhezkazgan)', UR, {'subkind': 'microdistrict', 'uncertain': True, 'note': "NI:background in a historian's quote"}),
        ('Джезказганның', 0, 'city', 'Zhezkazgan', UR, {'note': "NI:Soviet-era Russian spelling in a historian's quote"}),
        ('Кеңгір кенті', 0, 'district', 'Kengir (Zhezkazgan)', UR, {'subkind': 'microdistrict', 'uncertain': True, 'note': 'NI:"the settlement of Kengir", later joined to Zhezkazgan'}),
        ('Жезқазған қаласының', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:background'}),
        ('Кеңгір су қоймасына', 0, 'facility', 'Kengir reservoir', UR, {'subkind': 'reservoir', 'note': 'NI:reference point; artificial reservoir'}),
        ('Жезқазған', 1, 'city', 'Zhezkazgan', UR, {'note': '"Zhezkazgan miners"; the 2023 strike narrated below'}),
        ('Оңтүстік', 0, 'facility', 'South mine (Zhezkazgan)', UR, {'subkind': 'mine', 'note': 'the March 2023 underground strike; «Оңтүстік» ("South") is the mine, not South Kazakhstan; «Қазақмыс» is a company'}),
        ('Қарағанды облысындағы', 0, 'region', KR, KR, {'note': 'NI:location of the museum'}),
        ('Долинка кентіндегі', 0, 'village', 'Dolinka', KR, {'note': 'NI:seat of the museum of the victims of repression'}),
        ('Сәтбаев қаласынан', 0, 'city', 'Satpayev', UR, {'note': "NI:pupils' origin; the academician Qanysh Satbayev (the person) is not annotated"}),
        ('Жезқазғандағы', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:commemoration'}),
        ('Кеңгір су қоймасының', 0, 'facility', 'Kengir reservoir', UR, {'subkind': 'reservoir', 'note': 'NI:candle-lighting on the shore'}),
     ],
     inc={UR: (2, 'background narrated explicitly: the 1954 uprising of prisoners at the Kengir camp division, crushed on June 26 (one event); the March 2023 three-day underground strike of about 300 miners at the South mine of Zhezkazgan; the 2024 commemoration is not an incident')}),

dict(id='p019', date='2019-11-12', lang='kk',
     event='2019 picket of 15 jobless young people from Zhanaozen at the Energy Ministry in Yesil district of Nur-Sultan, nine detained (Astana); a supporting gathering of about 40 at the town akimat in Zhanaozen (Mangystau Region); demonym "Жаңаөзендік" and the common noun "астанаға" not annotated; vacancies in Aktau',
     text="""Жаңаөзендік жұмыссыздар Нұр-Сұлтанда министрлік алдында наразылық білдірді

НҰР-СҰЛТАН, 12 қараша. Жаңаөзеннен келген 15 жұмыссыз жас Есіл ауданындағы Энергетика министрлігінің ғимараты алдында «Бізге жұмыс керек» деген плакаттармен тұрды. Полиция олардың тоғызын ұстап, аудандық полиция басқармасына алып кетті. Кейін сот олардың төртеуіне айыппұл салды.
Наразылық білдірушілер мұнай компанияларынан тұрақты жұмыс орнын талап етеді. «Жаңаөзенде мұнай бар, бірақ бізге жұмыс жоқ», – деді олардың бірі Ерболат Сағынтаев.
Сол күні Жаңаөзенде 40-қа жуық адам қала әкімдігінің алдына жиналып, астанаға барған жастарды қолдады. Маңғыстау облысының әкімдігі жұмыссыздарға облыс орталығы Ақтаудағы кәсіпорындарда 200 бос орын ұсынатынын хабарлады. Полиция рұқсат етілмеген жиынға қатысқандардың заң алдында жауап беретінін ескертті.""",
     ann=[
        ('Нұр-Сұлтанда', 0, 'city', 'Astana', 'Astana', {'note': 'headline; the capital was named Nur-Sultan from 2019-03-23; the demonym "Жаңаөзендік" is not annotated'}),
        ('НҰР-СҰЛТАН', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Жаңаөзеннен', 0, 'city', 'Zhanaozen', MR, {'note': "NI:protesters' origin"}),
        ('Есіл ауданындағы', 0, 'district', 'Yesil District (Astana)', 'Astana', {'subkind': 'city district', 'note': 'picket at the ministry, nine detained'}),
        ('Жаңаөзенде', 0, 'city', 'Zhanaozen', MR, {'note': "NI:in a protester's quote"}),
        ('Жаңаөзенде', 1, 'city', 'Zhanaozen', MR, {'note': 'supporting gathering at the town akimat; "астанаға" (to the capital) is a common noun and is not annotated'}),
        ('Маңғыстау облысының', 0, 'region', MR, MR, {'note': 'inside the name of an authority (akimat)'}),
        ('Ақтаудағы', 0, 'city', 'Aktau', MR, {'note': 'NI:vacancies offered'}),
     ],
     inc={'Astana': (1, 'picket of 15 jobless people at the Energy Ministry in Yesil district, nine detained; the fines are court measures'),
          MR: (1, 'gathering of about 40 people at the town akimat in Zhanaozen in support')}),

dict(id='p020', date='2021-08-18', lang='kk',
     event='2021 refusal to work of about 60 locomotive drivers gathered at the depot of the steelworks\' railway shop in Temirtau (Karaganda Region); «АрселорМиттал Теміртау» (company) not annotated; wages compared with Karaganda and Nur-Sultan',
     text="""Теміртауда локомотив машинистері жұмысқа шықпады

ТЕМІРТАУ, 18 тамыз. «АрселорМиттал Теміртау» АҚ темір жол цехының 60-қа жуық локомотив машинисі сейсенбі күні таңертең депоға жиналып, жалақыны 50 пайызға көтеруді талап етті және жұмысқа шықпады. Соның салдарынан металлургия комбинатына кокс пен кен тасымалы бірнеше сағатқа тоқтап қалды.
Машинистердің айтуынша, олардың жалақысы Қарағанды мен Нұр-Сұлтандағы теміржолшылардың табысынан екі есе төмен. «Біз тәулік бойы ыстық металл тасимыз, ал жалақымыз бес жыл бойы өзгерген жоқ», – деді машинист Қайрат Бекмағамбетов.
Қарағанды облыстық еңбек инспекциясы компанияға тексеру жіберетінін мәлімдеді. Компания басшылығы машинистермен келіссөз жүргізіп, кешке қарай олардың көпшілігі жұмысқа оралды. Инспекция тексеру нәтижелері бір ай ішінде жарияланатынын айтты.""",
     ann=[
        ('Теміртауда', 0, 'city', 'Temirtau', KR, {'note': 'headline; the depot is in Temirtau'}),
        ('ТЕМІРТАУ', 0, 'city', 'Temirtau', KR, {'note': 'dateline; «АрселорМиттал Теміртау» is a company and is not annotated'}),
        ('Қарағанды', 0, 'city', 'Karaganda', KR, {'note': 'NI:wage comparison'}),
        ('Нұр-Сұлтандағы', 0, 'city', 'Astana', 'Astana', {'note': 'NI:wage comparison'}),
        ('Қарағанды', 1, 'region', KR, KR, {'note': 'inside the name of an authority (облыстық еңбек инспекциясы, regional labour inspectorate)'}),
     ],
     inc={KR: (1, 'about 60 locomotive drivers gathered at the depot in Temirtau and refused to work')}),

dict(id='p021', date='2022-07-14', lang='kk',
     event='2022 wave of coal protests: refusal to come up at the Abaiskaya mine in the town of Abai, a gathering at the Tentekskaya mine in Shakhtinsk and a one-day strike at a mine in Saran (Karaganda Region); a one-day strike at the Bogatyr open pit in Ekibastuz (Pavlodar Region); a meeting and refusal to work at the Karazhyra open pit near Semey (Abai Region, five weeks old); the town of Abai in Karaganda Region vs Abai Region; «АрселорМиттал Теміртау» not annotated; planned strikes "бірнеше ауданында" (not counted)',
     text="""Көмір өндірушілердің наразылығы үш облысқа тарады

ҚАРАҒАНДЫ, 14 шілде. Қарағанды облысындағы шахталарда басталған наразылық толқыны бір апта ішінде Павлодар және Абай облыстарына жетті.
Дүйсенбіде Абай қаласындағы «Абайская» шахтасының 250-ге жуық кеншісі түнгі ауысымнан кейін жер бетіне көтерілуден бас тартты. Олар «АрселорМиттал Теміртау» компаниясының көмір департаментінен жалақыны 100 пайызға өсіруді және шахтадағы желдету жүйесін жөндеуді талап етеді. Айта кетейік, Абай қаласы 8 маусымда құрылған Абай облысына емес, бұрынғыша Қарағанды облысына қарайды.
Сейсенбіде Шахтинск қаласындағы «Тентекская» шахтасында 180 кенші ауысымға түспей, әкімшілік ғимаратының алдына жиналды. Сәрсенбіде Саран қаласындағы шахтаның 120 жұмысшысы бір күндік ереуіл өткізді. Осылайша наразылық облыстың үш қаласын қамтыды.

Сәрсенбі күні Павлодар облысындағы Екібастұзда «Богатырь» разрезінің 90 жүргізушісі бір күндік ереуілге шықты. Ал Абай облысындағы «Қаражыра» көмір разрезінде 80 жұмысшы жиналыс өткізіп, жұмысқа шықпады. Разрез Семей қаласынан 100 шақырымдай жерде орналасқан.
Қарағанды облысының әкімі Ермек Тасболатов кеншілермен кездесіп, жалақы мәселесі бойынша комиссия құрылатынын айтты. Еңбек министрлігі Нұр-Сұлтаннан арнайы топ жіберді.
Көмір департаментінің баспасөз қызметі кеншілердің талаптары «жан-жақты қаралып жатқанын» хабарлады. Компания өкілдерінің айтуынша, былтыр кеншілердің жалақысы 15 пайызға өскен, ал биыл тағы 10 пайыз қосу жоспарланған. Кеншілер бұл ұсыныстың инфляцияның орнын да толтырмайтынын айтады. Шахтинскідегі кенші Ғалым Сейітов: «Біз жер астында күн көрмейміз, ал отбасымызды асырауға жалақы жетпейді», – деді. Оның айтуынша, шахтадағы газ датчиктерінің жартысы істен шыққан.
Екібастұздағы жүргізушілер кешке қарай жұмысқа оралды, ал «Қаражыра» разрезіндегі келіссөздер бейсенбіге ауыстырылды.
Кәсіподақ өкілі Бақыт Нұрланұлының айтуынша, облыстың бірнеше ауданында кеншілер тағы да ереуілге дайындалып жатыр. «Жалақы көтерілмесе, келесі аптада барлық шахта тоқтайды», – деді ол.""",
     ann=[
        ('үш облысқа', 0, 'quantified', '3 regions', N, {'count': 3, 'unit': 'region', 'note': 'headline; Karaganda, Pavlodar and Abai regions, all named'}),
        ('ҚАРАҒАНДЫ', 0, 'city', 'Karaganda', KR, {'note': 'dateline'}),
        ('Қарағанды облысындағы', 0, 'region', KR, KR),
        ('Павлодар', 0, 'region', PR, PR, {'note': 'in a list sharing "облыстарына"'}),
        ('Абай', 0, 'region', ABR, ABR, {'note': 'in a list sharing "облыстарына"; Abai Region, created 2022-06-08'}),
        ('Абай қаласындағы', 0, 'city', 'Abai', KR, {'note': 'the town of Abai in Karaganda Region, not Abai Region'}),
        ('Абайская', 0, 'facility', 'Abaiskaya mine (Abai)', KR, {'subkind': 'mine', 'note': 'refusal of about 250 miners to come up; name in quotation marks; «АрселорМиттал Теміртау» is a company and is not annotated'}),
        ('Абай қаласы', 0, 'city', 'Abai', KR, {'note': 'NI:explanation of the unit'}),
        ('Абай облысына', 0, 'region', ABR, ABR, {'note': 'NI:explanation: the town is not in Abai Region'}),
        ('Қарағанды облысына', 0, 'region', KR, KR, {'note': 'NI:explanation of the unit'}),
        ('Шахтинск қаласындағы', 0, 'city', 'Shakhtinsk', KR),
        ('Тентекская', 0, 'facility', 'Tentekskaya mine (Shakhtinsk)', KR, {'subkind': 'mine', 'note': 'gathering of 180 miners'}),
        ('Саран қаласындағы', 0, 'city', 'Saran', KR, {'note': 'one-day strike at a mine'}),
        ('облыстың үш қаласын', 0, 'quantified', '3 cities', N, {'count': 3, 'unit': 'city', 'note': 'Abai, Shakhtinsk and Saran, all named'}),
        ('Павлодар облысындағы', 0, 'region', PR, PR),
        ('Екібастұзда', 0, 'city', 'Ekibastuz', PR),
        ('Богатырь', 0, 'facility', 'Bogatyr open pit (Ekibastuz)', PR, {'subkind': 'mine', 'note': 'one-day strike of 90 drivers'}),
        ('Абай облысындағы', 0, 'region', ABR, ABR),
        ('Қаражыра', 0, 'facility', 'Karazhyra open pit', ABR, {'subkind': 'mine', 'note': 'meeting and refusal to work of 80 workers'}),
        ('Семей қаласынан', 0, 'city', 'Semey', ABR, {'note': 'NI:reference point; Abai Region from 2022-06-08'}),
        ('Қарағанды облысының', 0, 'region', KR, KR, {'note': 'inside an official post (akim)'}),
        ('Нұр-Сұлтаннан', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of a ministry team'}),
        ('Шахтинскідегі', 0, 'city', 'Shakhtinsk', KR, {'note': "NI:a miner's home town, in the same protest"}),
        ('Екібастұздағы', 0, 'city', 'Ekibastuz', PR, {'note': 'NI:drivers back at work'}),
        ('Қаражыра', 1, 'facility', 'Karazhyra open pit', ABR, {'subkind': 'mine', 'note': 'NI:talks postponed'}),
        ('бірнеше ауданында', 0, 'quantified', 'several districts', N, {'count': None, 'unit': 'district', 'note': 'NI:strikes only being prepared, a threat'}),
     ],
     inc={KR: (3, 'refusal to come up at the Abaiskaya mine in Abai; gathering of 180 miners at the Tentekskaya mine in Shakhtinsk; one-day strike at a mine in Saran; the planned strikes are threats'),
          PR: (1, 'one-day strike of 90 drivers at the Bogatyr open pit in Ekibastuz'),
          ABR: (1, 'meeting and refusal to work of 80 workers at the Karazhyra open pit')}),

dict(id='p022', date='2015-10-07', lang='kk',
     event='2015 gathering of about 300 pipeline workers of a Tengiz contractor at the Zhylyoi district akimat in Kulsary over three months of unpaid wages (Atyrau Region); shift workers from Mangystau Region and Turkestan (South Kazakhstan Region in 2015); «Теңізшевройл» not annotated',
     text="""Құлсарыда мердігер компания жұмысшылары әкімдік алдына жиналды

ҚҰЛСАРЫ, 7 қазан. Теңіз кен орнында құбыр төсеумен айналысатын мердігер компанияның 300-ге жуық жұмысшысы Жылыой ауданы әкімдігінің алдына жиналып, үш айлық жалақыны төлеуді талап етті. Жұмысшылардың айтуынша, компания «Теңізшевройл» тапсырысын орындап жүрсе де, тамыз айынан бері ақша төлемей келеді.
Наразылыққа шыққандардың көбі Маңғыстау облысынан және Түркістаннан келген вахташылар. «Түркістанға қайтуға да ақшамыз жоқ», – деді дәнекерлеуші Ғалымжан Әбдіқадыров.
Жұмысшылар әкімдік ғимаратының алдында төрт сағаттай тұрды. Полиция қоғамдық тәртіпті бақылады, ешкім ұсталмады.
Атырау облысының еңбек инспекциясы компанияға тексеру жүргізетінін хабарлады. Аудан әкімі жұмысшылармен кездесіп, жалақы бір апта ішінде төленетінін айтты. Кешке қарай жұмысшылар тарасты.""",
     ann=[
        ('Құлсарыда', 0, 'city', 'Kulsary', ATR, {'note': 'headline'}),
        ('ҚҰЛСАРЫ', 0, 'city', 'Kulsary', ATR, {'note': 'dateline'}),
        ('Теңіз кен орнында', 0, 'facility', 'Tengiz oil field', ATR, {'subkind': 'oil field', 'note': "NI:the contractor's workplace; «Теңізшевройл» is a company and is not annotated"}),
        ('Жылыой ауданы', 0, 'district', 'Zhylyoi District', ATR, {'note': 'inside the name of an authority (akimat); the gathering was at its building in Kulsary'}),
        ('Маңғыстау облысынан', 0, 'region', MR, MR, {'note': "NI:workers' origin"}),
        ('Түркістаннан', 0, 'city', 'Turkistan', SKR, {'note': "NI:workers' origin; South Kazakhstan Region before 2018-06-19"}),
        ('Түркістанға', 0, 'city', 'Turkistan', SKR, {'note': "NI:a worker's home town"}),
        ('Атырау облысының', 0, 'region', ATR, ATR, {'note': 'inside the name of an authority'}),
     ],
     inc={ATR: (1, 'gathering of about 300 workers at the Zhylyoi district akimat in Kulsary over unpaid wages')}),

dict(id='p023', date='2023-12-28', lang='kk',
     event='2023 year review of labour protests: a one-day strike of bus depot drivers in Aktau (January) and a sit-in of 400 oil service workers in Zhanaozen (September) (Mangystau Region); refusal to start shifts at the Tishin (Tishinsky) mine in Ridder (East Kazakhstan Region); the underground strike at the South mine in Zhezkazgan (March) and the six-day underground strike at the Zhomart mine near Satpayev (July) (Ulytau Region); the rally of laid-off Tengiz workers in Kulsary (Atyrau Region); a rally of steelworkers in Temirtau (Karaganda Region); statistics "14 өңірінде", "бірнеше облыста" not counted; strikes in "тағы екі облыста" (unattributed); Qarmet and ArcelorMittal Temirtau not annotated; a refused picket in Astana',
     text="""2023 жыл: еңбек наразылықтарының шежіресі

АСТАНА, 28 желтоқсан. Еңбек және халықты әлеуметтік қорғау министрлігінің мәліметінше, биыл елдің 14 өңірінде 70-тен астам ұжымдық еңбек дауы тіркелген. Олардың бір бөлігі ереуілге, аштыққа және жер астынан шықпай отыруға ұласты. Жылдың ең ірі оқиғаларын еске түсірейік.
Қаңтар. Ақтаудағы автобус паркінің 70 жүргізушісі жалақы қарызын талап етіп, бір күн бойы деподан шықпады. Қала тұрғындары аялдамаларда сағаттап күтті.
Ақпан. Шығыс Қазақстан облысындағы Риддерде «Тишин» кенішінің 400-ге жуық жұмысшысы бонустың қысқаруына наразылық білдіріп, ауысымды бастамады.
Наурыз. Жезқазғандағы «Оңтүстік» кенішінде 300-ге жуық кенші үш тәулік бойы жер бетіне шықпады.
Шілде. Сәтбаев маңындағы «Жомарт» кенішінде 500 кенші алты тәулік бойы жер астында қалды. Кейін ереуілді ұйымдастырғандардың екеуіне қатысты қылмыстық іс қозғалды.
Қыркүйек. Теңіздегі құрылыс жұмыстары аяқталғаннан кейін қысқартылған 2 мыңдай жұмысшы Құлсарыдағы Жылыой ауданы әкімдігінің алдына жиналды. Осы айда Жаңаөзенде сервистік компанияның 400 жұмысшысы кеңсе ауласында отырыс ұйымдастырды.
Қазан. Теміртауда металлургия комбинатының 200-ге жуық жұмысшысы еңбек қауіпсіздігін талап етіп, комбинат алдында жиын өткізді. Желтоқсанда «АрселорМиттал Теміртау» жаңа иесіне өтіп, «Qarmet» деп аталды.
Сонымен қатар тағы екі облыста құрылысшылар жалақы талап етіп ереуілге шықты, бірақ министрлік олардың атауын көрсетпеді.
Тәуелсіз кәсіподақтар биыл бірнеше облыста жаңа ұйымдар тіркеді. Жыл соңында Астанада кәсіподақ белсенділері министрлік алдында пикет өткізуге рұқсат сұраған, бірақ қала әкімдігі рұқсат бермеді.
Сарапшылардың пікірінше, келесі жылы да наразылықтар азаймайды: инфляция жоғары, ал көптеген кәсіпорындарда жалақыны индекстеу мәселесі әлі шешілмеген. Министрлік 2024 жылы Маңғыстау және Атырау облыстарында еңбек дауларын шешудің жаңа тетігін сынақтан өткізетінін мәлімдеді. Тәуелсіз кәсіподақ өкілдері бұл шешімді «кеш қабылданған қадам» деп бағалады.""",
     ann=[
        ('АСТАНА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('14 өңірінде', 0, 'quantified', '14 regions', N, {'count': 14, 'unit': 'region', 'note': 'NI:statistics of labour disputes, not incidents'}),
        ('Ақтаудағы', 0, 'city', 'Aktau', MR, {'note': 'one-day strike of 70 bus drivers (January)'}),
        ('Шығыс Қазақстан облысындағы', 0, 'region', EKR, EKR),
        ('Риддерде', 0, 'city', 'Ridder', EKR),
        ('Тишин', 0, 'facility', 'Tishinsky mine (Ridder)', EKR, {'subkind': 'mine', 'note': 'refusal of about 400 workers to start the shift (February); Kazakh form of the name'}),
        ('Жезқазғандағы', 0, 'city', 'Zhezkazgan', UR),
        ('Оңтүстік', 0, 'facility', 'South mine (Zhezkazgan)', UR, {'subkind': 'mine', 'note': 'three-day underground strike (March); not South Kazakhstan'}),
        ('Сәтбаев', 0, 'city', 'Satpayev', UR, {'note': 'reference point ("Сәтбаев маңындағы", near Satpayev)'}),
        ('Жомарт', 0, 'facility', 'Zhomart mine', UR, {'subkind': 'mine', 'note': 'six-day underground strike (July)'}),
        ('Теңіздегі', 0, 'facility', 'Tengiz oil field', ATR, {'subkind': 'oil field', 'note': 'NI:former workplace of the laid-off'}),
        ('Құлсарыдағы', 0, 'city', 'Kulsary', ATR, {'note': 'rally of about 2,000 laid-off workers (September)'}),
        ('Жылыой ауданы', 0, 'district', 'Zhylyoi District', ATR, {'note': 'inside the name of an authority (akimat)'}),
        ('Жаңаөзенде', 0, 'city', 'Zhanaozen', MR, {'note': 'sit-in of 400 oil service workers (September)'}),
        ('Теміртауда', 0, 'city', 'Temirtau', KR, {'note': 'rally of about 200 steelworkers (October); «АрселорМиттал Теміртау» and «Qarmet» are companies and are not annotated'}),
        ('тағы екі облыста', 0, 'quantified', '2 other regions', N, {'count': 2, 'unit': 'region', 'note': 'strikes of builders in two unnamed regions'}),
        ('бірнеше облыста', 0, 'quantified', 'several regions', N, {'count': None, 'unit': 'region', 'note': 'NI:unions registered, not incidents'}),
        ('Астанада', 0, 'city', 'Astana', 'Astana', {'note': 'NI:a picket that was not allowed and did not take place'}),
        ('Маңғыстау', 0, 'region', MR, MR, {'note': 'NI:pilot scheme; in a list sharing "облыстарында"'}),
        ('Атырау', 0, 'region', ATR, ATR, {'note': 'NI:pilot scheme; in a list sharing "облыстарында"'}),
     ],
     inc={MR: (2, 'one-day strike of 70 bus drivers in Aktau (January); sit-in of 400 oil service workers in Zhanaozen (September)'),
          EKR: (1, 'refusal of about 400 workers to start the shift at the Tishin mine in Ridder (February)'),
          UR: (2, 'three-day underground strike at the South mine in Zhezkazgan (March); six-day underground strike at the Zhomart mine near Satpayev (July)'),
          ATR: (1, 'rally of about 2,000 laid-off Tengiz workers at the Zhylyoi district akimat in Kulsary (September)'),
          KR: (1, 'rally of about 200 steelworkers in Temirtau (October)')},
     unatt=[{'label': 'тағы екі облыста', 'count': 2, 'note': 'strikes of builders in two other, unnamed regions'}]),

dict(id='p024', date='2025-04-22', lang='kk',
     event='2025 appeal ruling of the Atyrau regional court upholding sentences of three activists for the September 2023 rally in Kulsary (trial not counted); the 2023 rally of about 2,000 laid-off Tengiz workers at the Zhylyoi district akimat narrated as background (Atyrau Region); the Atyrau–Beineu road; the Supreme Court in Astana',
     text="""Құлсарыдағы митингке қатысты үкім өзгеріссіз қалды

АТЫРАУ, 22 сәуір. Атырау облыстық соты 2023 жылғы күзде Құлсарыда өткен митингке қатысқан үш белсендіге шығарылған үкімді өзгеріссіз қалдырды. Олар Атырау – Бейнеу тас жолын жабуға шақырды деп танылып, екі жылға бас бостандығын шектеу жазасына кесілген.
2023 жылғы 25 қыркүйекте Теңіздегі құрылыс аяқталғаннан кейін жұмыстан қысқартылған 2 мыңға жуық адам Жылыой ауданы әкімдігінің алдына жиналып, өтемақы мен жаңа жұмыс талап еткен болатын. Митинг кешке дейін созылды.
Сот отырысына белсенділердің туыстары мен бұрынғы әріптестері қатысты. Белсенділердің қорғаушысы Ләззат Мұқанова шешімге Астанадағы Жоғарғы Сотқа шағым түсіретінін айтты. «Олар ешкімге зиян келтірген жоқ, тек өз әріптестерінің құқығын қорғады», – деді ол.""",
     ann=[
        ('Құлсарыдағы', 0, 'city', 'Kulsary', ATR, {'note': 'headline; place of the 2023 rally'}),
        ('АТЫРАУ', 0, 'city', 'Atyrau', ATR, {'note': 'dateline'}),
        ('Атырау', 0, 'region', ATR, ATR, {'note': 'NI:inside the name of a court (Атырау облыстық соты, the regional court)'}),
        ('Құлсарыда', 0, 'city', 'Kulsary', ATR, {'note': 'the 2023 rally'}),
        ('Атырау', 1, 'city', 'Atyrau', ATR, {'note': 'NI:road endpoint'}),
        ('Бейнеу', 0, 'village', 'Beineu', MR, {'note': 'NI:road endpoint'}),
        ('Теңіздегі', 0, 'facility', 'Tengiz oil field', ATR, {'subkind': 'oil field', 'note': 'NI:former workplace of the laid-off'}),
        ('Жылыой ауданы', 0, 'district', 'Zhylyoi District', ATR, {'note': 'inside the name of an authority (akimat); place of the rally'}),
        ('Астанадағы', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the Supreme Court'}),
     ],
     inc={ATR: (1, 'background narrated explicitly: the rally of about 2,000 laid-off workers at the Zhylyoi district akimat in Kulsary on 2023-09-25; the appeal ruling and sentences are court measures')}),
]
