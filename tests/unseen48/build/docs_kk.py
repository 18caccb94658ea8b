"""Kazakh texts of the forty-eighth unseen check corpus (Cyrillic)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p017', date='2016-04-12', lang='kk',
     event='2016 weekly police review of Almaty Region (before the 2022 split): herder beaten and 17 horses driven off at Narynkol, Raiymbek district, tracks towards Kyrgyzstan (Issyk-Kul region, Karakol); knife fight at a wedding hall in Kaskelen, Karasai district; credit fraud against residents of Taldykorgan and Tekeli by a woman from Almaty (not counted); sheep thefts in several villages of Eskeldi district and a raid in Karabulak (not counted); pickpockets in Zharkent',
     text="""Алматы облысы: жылқы ұрлығы, тойханадағы төбелес және алаяқтар
ТАЛДЫҚОРҒАН, 12 сәуір. ҚазАқпарат – Алматы облысы полиция департаменті өткен аптадағы негізгі оқиғаларға шолу жариялады.

Райымбек ауданы. 8 сәуірге қараған түні Нарынқол ауылындағы қыстаққа үш адам атпен келіп, малшыны ұрып-соғып, байлап тастаған да, 17 жылқыны айдап әкеткен. Малшы аудандық ауруханада жатыр. Райымбек аудандық полиция бөлімі шекарашылармен бірге таудағы жолдарды тексеріп жатыр. Жылқылардың ізі Қырғызстан шекарасына қарай кеткен. Полиция Қырғызстанның Ыстықкөл облысы ішкі істер басқармасымен бірлесіп іздеу жүргізіп жатыр; күдіктілердің бірі Қарақол қаласының тұрғыны болуы мүмкін.

Қарасай ауданы. Дүйсенбі күні кешке Қаскелеңдегі тойханада екі әулеттің жігіттері арасында төбелес шығып, екеуі пышақ жарақатын алды. Қарасай аудандық полиция бөлімі төрт адамды ұстады, олардың екеуі бұрын да сотталған.

Алаяқтық. Алматы қаласында тұратын 34 жастағы әйел Талдықорған мен Текелі тұрғындарына жеңілдетілген несие алып беремін деп, олардан 12 миллион теңге жинаған. Ол Алматыдағы пәтерінде ұсталды, ісі Алматы қаласының Бостандық аудандық сотына жолданды.

Ескелді ауданы. Аудандағы бірнеше ауылда қора-қопсыдан қой мен ешкі ұрлау жиілеген. Полиция Қарабұлақ кентінде түнгі рейд ұйымдастырып, құжатсыз 30 бас қой тиелген жүк көлігін тоқтатты.

Жамбыл ауданы. Ұзынағаш ауылында тұратын зейнеткер өзін банк қызметкері деп таныстырған алаяқтарға 900 мың теңге аударып жіберді. Полиция тұрғындарды мұндай қоңырауларға сенбеуге шақырады.

Панфилов ауданы. «Қорғас» шекара бекетінде кеденшілер жүк көлігінен құжатсыз 200 қой терісін тауып алды; жүргізуші Қытайдың Құлжа қаласынан келген. Жаркент базарында екі қалта ұры ұсталды. Департамент бастығының айтуынша, облыста мал ұрлығы биыл 12 пайызға азайған, бірақ шекара маңындағы аудандарда жағдай әлі де күрделі. Райымбек пен Панфилов аудандарында түнгі рейдтер мамыр айының соңына дейін жалғасады.""",
     ann=[
        ('Алматы облысы', 0, 'region', ALR, ALR, {'note': 'headline'}),
        ('ТАЛДЫҚОРҒАН', 0, 'city', 'Taldykorgan', ALR, {'note': 'dateline; seat of Almaty Region before 2022-06-08'}),
        ('Алматы облысы', 1, 'region', ALR, ALR, {'note': 'inside the name of an authority'}),
        ('Райымбек ауданы', 0, 'district', 'Raiymbek District', ALR, {'note': 'section heading; named after a person'}),
        ('Нарынқол ауылындағы', 0, 'village', 'Narynkol', ALR),
        ('Райымбек', 1, 'district', 'Raiymbek District', ALR, {'note': 'inside the name of an authority ("Райымбек аудандық полиция бөлімі")'}),
        ('Қырғызстан', 0, 'foreign', 'Kyrgyzstan', N),
        ('Қырғызстанның', 0, 'foreign', 'Kyrgyzstan', N),
        ('Ыстықкөл облысы', 0, 'foreign', 'Issyk-Kul Region', N, {'note': 'inside the name of a foreign authority; the region of Kyrgyzstan, not the lake'}),
        ('Қарақол қаласының', 0, 'foreign', 'Karakol', N, {'note': "NI:suspect's possible residence"}),
        ('Қарасай ауданы', 0, 'district', 'Karasai District', ALR, {'note': 'section heading'}),
        ('Қаскелеңдегі', 0, 'city', 'Kaskelen', ALR),
        ('Қарасай', 1, 'district', 'Karasai District', ALR, {'note': 'inside the name of an authority ("Қарасай аудандық полиция бөлімі")'}),
        ('Алматы қаласында', 0, 'city', 'Almaty', 'Almaty', {'note': "NI:fraudster's residence"}),
        ('Талдықорған', 0, 'city', 'Taldykorgan', ALR, {'note': 'NI:residence of fraud victims'}),
        ('Текелі', 0, 'city', 'Tekeli', ALR, {'note': 'NI:residence of fraud victims'}),
        ('Алматыдағы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:place of detention'}),
        ('Алматы қаласының', 0, 'city', 'Almaty', 'Almaty', {'note': 'inside the name of a court'}),
        ('Бостандық', 0, 'district', 'Bostandyk District (Almaty)', 'Almaty', {'subkind': 'city district', 'note': 'inside the name of a court'}),
        ('Ескелді ауданы', 0, 'district', 'Eskeldi District', ALR, {'note': 'section heading; NI:non-violent thefts'}),
        ('бірнеше ауылда', 0, 'quantified', 'several villages', N, {'count': None, 'unit': 'village', 'note': 'livestock thefts, not incidents'}),
        ('Қарабұлақ кентінде', 0, 'village', 'Karabulak (Eskeldi district)', ALR, {'note': 'NI:police raid; a common name (also Karabulak in Turkistan Region)'}),
        ('Жамбыл ауданы', 0, 'district', 'Zhambyl District (Almaty Region)', ALR, {'note': 'section heading; NI:telephone fraud; the district of Almaty Region, not Jambyl Region'}),
        ('Ұзынағаш ауылында', 0, 'village', 'Uzynagash', ALR, {'note': 'NI:telephone fraud'}),
        ('Панфилов ауданы', 0, 'district', 'Panfilov District', ALR, {'note': 'section heading; named after a person'}),
        ('Қорғас', 0, 'facility', 'Khorgos checkpoint', ALR, {'subkind': 'checkpoint', 'note': 'NI:customs seizure, not an incident'}),
        ('Қытайдың', 0, 'foreign', 'China', N),
        ('Құлжа қаласынан', 0, 'foreign', 'Yining (Kulja)', N, {'note': "NI:driver's origin"}),
        ('Жаркент', 0, 'city', 'Zharkent', ALR, {'note': 'NI:pickpockets detained, not an incident'}),
        ('Райымбек', 2, 'district', 'Raiymbek District', ALR, {'note': 'NI:planned raids; in a list sharing "аудандарында"'}),
        ('Панфилов', 1, 'district', 'Panfilov District', ALR, {'note': 'NI:planned raids; in a list sharing "аудандарында"'}),
     ],
     inc={ALR: (2, 'herder beaten and 17 horses driven off at Narynkol, Raiymbek district; knife fight at a wedding hall in Kaskelen; fraud, thefts and detentions are not counted')}),

dict(id='p018', date='1999-10-05', lang='kk',
     event='1999 fatal knife fight outside a cafe in Shchuchinsk (Akmola Region, to which Shchuchinsk district was returned from North Kazakhstan Region in April 1999); suspect held on the Astana-Kokshetau road; regional police moved from Astana to Kokshetau; suspect once convicted in Omsk',
     text="""Щучинскіде төбелес: бір жігіт қаза тапты
КӨКШЕТАУ, 5 қазан. – Щучинск қаласындағы кафе жанында жастар арасында болған төбелесте 22 жастағы жігіт пышақ жарақатынан қайтыс болды, деп хабарлады Ақмола облыстық ішкі істер басқармасы. Күдікті Астана – Көкшетау тас жолындағы бекетте ұсталды. Қаза тапқан жігіт Зеренді ауданының тұрғыны екен. Оқиға орнынан екі пышақ табылды, куәлардан жауап алынып жатыр.
Щучинск ауданы биыл сәуірде Солтүстік Қазақстан облысынан Ақмола облысына қайта берілген еді. Облыстық ішкі істер басқармасы да тамыз айында Астанадан Көкшетауға көшіп келді. Полиция мәліметінше, бұл биыл аудандағы үшінші кісі өлтіру. Күдікті бұрын Ресейдің Омбы қаласында тонау үшін сотталған.""",
     ann=[
        ('Щучинскіде', 0, 'city', 'Shchuchinsk', AKR, {'note': 'headline; Russian name with a Kazakh locative suffix'}),
        ('КӨКШЕТАУ', 0, 'city', 'Kokshetau', AKR, {'note': 'dateline'}),
        ('Щучинск қаласындағы', 0, 'city', 'Shchuchinsk', AKR),
        ('Ақмола', 0, 'region', AKR, AKR, {'note': 'inside the name of an authority ("Ақмола облыстық ішкі істер басқармасы"); the region, not the city'}),
        ('Астана', 0, 'city', 'Astana', 'Astana', {'note': 'NI:road endpoint'}),
        ('Көкшетау', 0, 'city', 'Kokshetau', AKR, {'note': 'NI:road endpoint'}),
        ('Зеренді ауданының', 0, 'district', 'Zerendi District', AKR, {'note': "NI:victim's residence"}),
        ('Щучинск ауданы', 0, 'district', 'Shchuchinsk District', AKR, {'note': 'renamed Burabay district later'}),
        ('Солтүстік Қазақстан облысынан', 0, 'region', NKR, NKR, {'note': 'NI:former unit of the district'}),
        ('Ақмола облысына', 0, 'region', AKR, AKR, {'note': 'NI:transfer of the district'}),
        ('Астанадан', 0, 'city', 'Astana', 'Astana', {'note': 'NI:former seat of the regional police'}),
        ('Көкшетауға', 0, 'city', 'Kokshetau', AKR, {'note': 'NI:new seat of the regional police'}),
        ('Ресейдің', 0, 'foreign', 'Russia', N),
        ('Омбы қаласында', 0, 'foreign', 'Omsk', N, {'note': 'NI:earlier conviction'}),
     ],
     inc={AKR: (1, 'fatal knife fight outside a cafe in Shchuchinsk')}),

dict(id='p019', date='2007-02-20', lang='kk',
     event='2007 fatal restaurant fight in Mamlyutka (Mamlyut district, North Kazakhstan Region); cows stolen from Yavlenka, Esil district (North Kazakhstan, not Akmola Region), found in Kurgan Oblast of Russia (not counted); fraud sentence by the Kyzylzhar district court; casino in Petropavl',
     text="""Мамлютте мейрамханадағы төбелес: бір адам қаза тапты
ПЕТРОПАВЛ, 20 ақпан. – Солтүстік Қазақстан облысы Мамлют ауданының орталығы Мамлют қаласындағы мейрамханада болған төбелесте 41 жастағы ер адам басынан ауыр жарақат алып, ауруханада көз жұмды. Күдікті ұсталды, деп хабарлады облыстық ішкі істер департаменті. Мамлют ауданының полициясы куәлардан жауап алып жатыр.
Сондай-ақ Есіл ауданындағы Явленка ауылынан қаңтарда ұрланған 8 сиыр Ресейдің Қорған облысынан табылды. Малды шекарадан өткізген екі адамды ресейлік полиция ұстады. Явленка тұрғындары соңғы жылдары мал ұрлығы жиілегенін айтады.
Ал Қызылжар аудандық соты мал сатып аламын деп ауыл тұрғындарынан 3 миллион теңге алған алаяқты үш жылға бас бостандығынан айырды. Сотталушы ақшаны Петропавлдағы казинода ұтылып қалғанын мойындады.""",
     ann=[
        ('Мамлютте', 0, 'city', 'Mamlyutka', NKR, {'note': 'headline'}),
        ('ПЕТРОПАВЛ', 0, 'city', 'Petropavl', NKR, {'note': 'dateline'}),
        ('Солтүстік Қазақстан облысы', 0, 'region', NKR, NKR),
        ('Мамлют ауданының', 0, 'district', 'Mamlyut District', NKR),
        ('Мамлют қаласындағы', 0, 'city', 'Mamlyutka', NKR),
        ('Мамлют ауданының', 1, 'district', 'Mamlyut District', NKR, {'note': 'inside the name of an authority (district police)'}),
        ('Есіл ауданындағы', 0, 'district', 'Esil District (North Kazakhstan Region)', NKR, {'note': 'NI:non-violent theft; not Esil district of Akmola Region nor Yesil district of Astana'}),
        ('Явленка ауылынан', 0, 'village', 'Yavlenka', NKR, {'note': 'NI:non-violent theft'}),
        ('Ресейдің', 0, 'foreign', 'Russia', N),
        ('Қорған облысынан', 0, 'foreign', 'Kurgan Oblast', N, {'note': 'NI:where the cows were found; "қорған" is also the common noun "fortress"'}),
        ('Явленка', 1, 'village', 'Yavlenka', NKR, {'note': "NI:residents' complaint"}),
        ('Қызылжар', 0, 'district', 'Kyzylzhar District', NKR, {'note': 'inside the name of a court ("Қызылжар аудандық соты")'}),
        ('Петропавлдағы', 0, 'city', 'Petropavl', NKR, {'note': 'NI:casino'}),
     ],
     inc={NKR: (1, 'fatal fight in a restaurant in Mamlyutka; the theft and the fraud are not counted')}),

dict(id='p020', date='2021-08-10', lang='kk',
     event='2021 three men held for beating a herder and driving off 25 horses near Atasu, Zhanaarka district (Karaganda Region before the 2022 split); herder in hospital in Zhezkazgan; horses sold at a livestock market in Nur-Sultan',
     text="""Жаңаарқа ауданында малшыны соққыға жығып, 25 жылқы айдап кеткен топ ұсталды
ҚАРАҒАНДЫ, 10 тамыз. ҚазТАГ – Қарағанды облысы полиция департаменті Жаңаарқа ауданында малшыны ұрып, 25 жылқыны айдап әкеткен үш адамды ұстады. Оқиға 28 шілдеге қараған түні Атасу кентіне жақын қыстақта болған. Басынан ауыр жарақат алған малшы Жезқазған қаласындағы ауруханада ем алып жатыр.
Тергеушілердің айтуынша, жылқылардың бір бөлігі Нұр-Сұлтан қаласындағы мал базарында сатылып кеткен. Ұсталғандардың бірі – Теміртау тұрғыны, екеуі – Жаңаарқа ауданының өзінен. Қылмыстық іс тергеу аяқталған соң Жаңаарқа аудандық сотына жолданады. Полиция ұрланған жылқылардың 11-ін иесіне қайтарды, қалғанын іздеу жалғасуда. Көршілес Ұлытау ауданында да биыл осындай екі ұрлық тіркелген.""",
     ann=[
        ('Жаңаарқа ауданында', 0, 'district', 'Zhanaarka District', KR, {'note': 'headline; Karaganda Region before 2022-06-08'}),
        ('ҚАРАҒАНДЫ', 0, 'city', 'Karaganda', KR, {'note': 'dateline'}),
        ('Қарағанды облысы', 0, 'region', KR, KR, {'note': 'inside the name of an authority'}),
        ('Жаңаарқа ауданында', 1, 'district', 'Zhanaarka District', KR),
        ('Атасу кентіне', 0, 'village', 'Atasu', KR, {'note': 'NI:reference point ("жақын", near)'}),
        ('Жезқазған қаласындағы', 0, 'city', 'Zhezkazgan', KR, {'note': 'NI:hospital; Karaganda Region before 2022-06-08'}),
        ('Нұр-Сұлтан қаласындағы', 0, 'city', 'Astana', 'Astana', {'note': 'NI:where horses were sold'}),
        ('Теміртау', 0, 'city', 'Temirtau', KR, {'note': "NI:suspect's residence"}),
        ('Жаңаарқа ауданының', 0, 'district', 'Zhanaarka District', KR, {'note': "NI:suspects' residence"}),
        ('Жаңаарқа', 3, 'district', 'Zhanaarka District', KR, {'note': 'inside the name of a court ("Жаңаарқа аудандық соты")'}),
        ('Ұлытау ауданында', 0, 'district', 'Ulytau District', KR, {'note': 'NI:theft statistics; Karaganda Region before 2022-06-08'}),
     ],
     inc={KR: (1, 'herder beaten and 25 horses driven off near Atasu, Zhanaarka district (violent theft); the detentions are not counted')}),

dict(id='p021', date='2025-06-17', lang='kk',
     event='2025 weekly police review of Turkistan Region and Shymkent: herder beaten and 40 sheep taken at Taukent, Sozak district; market brawl in Kentau; man from Tashkent wanted in Osh detained at the Zhibek Zholy checkpoint (via Gisht-Kuprik); cattle smugglers held in Makhtaaral district; shooting between drivers in Turan district of Shymkent; fraud sentence by the Al-Farabi district court; thefts in several districts, Ordabasy and Baidibek',
     text="""Оңтүстік шекара маңындағы апта: атыс, төбелес және мал ұрлығы
ШЫМКЕНТ, 17 маусым. ҚазТАГ – Түркістан облысы мен Шымкент қаласының полиция департаменттері өткен аптаның қорытындысын жариялады.

Созақ ауданы. Таукент кентіндегі қыстаққа түнде келген екі адам малшыны ұрып-соғып, 40 қойды жүк көлігіне тиеп әкеткен. Малшы аудандық ауруханаға жеткізілді, күдіктілер келесі күні Шолаққорған ауылында ұсталды, олар – Жаңақорған ауданының тұрғындары. Ұрланған қойлардың 32-сі иесіне қайтарылды.

Кентау. Сенбі күні қалалық базарда саудагерлер арасында орын үшін төбелес шығып, үш адам жарақат алды. Жараланғандардың бірі Түркістан қалалық ауруханасына жеткізілді. Полиция бес адамды ұстады.

Түлкібас ауданы. Тұрар Рысқұлов ауылында тұратын зейнеткерден телефон алаяқтары 2 миллион теңге алдап алды. Арыс қаласының теміржол вокзалында полиция Ресейдің Самара облысында ұрлық үшін іздестірілген адамды ұстады.

Сарыағаш ауданы. «Жібек жолы» өткізу бекетінде шекарашылар Өзбекстанның «Ғиштқұпрік» бекеті арқылы Ташкенттен келген азаматты ұстады: ол Қырғызстанның Ош қаласында алаяқтық үшін іздестіріліп жүр екен. Ал Мақтаарал ауданында шекарашылар Өзбекстанға 20 бас ірі қара айдап өтпек болған үш адамды ұстап, малды иелеріне қайтарды. Мал иелерінің айтуынша, шекара асып кеткен малды қайтару өте қиын.

Шымкент. Тұран ауданында түнде екі жүргізуші арасындағы жанжал атысқа ұласты: бір адам травматикалық тапаншадан жараланды, атқан адам ұсталды. Ал Шымкенттің Әл-Фараби аудандық соты зейнеткерлерді алдаған «онлайн-инвесторға» бес жыл бас бостандығынан айыру жазасын берді. Қаратау ауданында жеке үйдің ауласынан екі сиыр ұрланды. Шымкентте қалалық полицияға аптасына 40-тан астам алаяқтық туралы шағым түседі.

Облыс полициясының мәліметінше, соңғы айда бірнеше ауданда мал ұрлығы көбейген, әсіресе Ордабасы мен Бәйдібек аудандарында. Түркістан қаласындағы департамент ауыл тұрғындарын малды түнде қорада ұстауға шақырды. Сарыағаш, Мақтаарал және Жетісай аудандарындағы шекара маңы ауылдарында бірлескен рейдтер жалғасады.""",
     ann=[
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'dateline'}),
        ('Түркістан облысы', 0, 'region', TR, TR, {'note': 'inside the name of an authority'}),
        ('Шымкент қаласының', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'inside the name of an authority'}),
        ('Созақ ауданы', 0, 'district', 'Sozak District', TR, {'note': 'section heading'}),
        ('Таукент кентіндегі', 0, 'village', 'Taukent', TR),
        ('Шолаққорған ауылында', 0, 'village', 'Sholakkorgan', TR, {'note': 'NI:place of detention'}),
        ('Жаңақорған ауданының', 0, 'district', 'Zhanakorgan District', KZR, {'note': "NI:suspects' residence (Kyzylorda Region)"}),
        ('Кентау', 0, 'city', 'Kentau', TR, {'note': 'section heading'}),
        ('Түркістан', 1, 'city', 'Turkistan', TR, {'note': 'NI:hospital ("Түркістан қалалық ауруханасына"); the town, not the region'}),
        ('Түлкібас ауданы', 0, 'district', 'Tulkibas District', TR, {'note': 'section heading; NI:telephone fraud'}),
        ('Тұрар Рысқұлов ауылында', 0, 'village', 'Turar Ryskulov (Tulkibas district)', TR, {'note': 'NI:telephone fraud; named after a person; not Ryskulov district of Jambyl Region'}),
        ('Арыс қаласының', 0, 'city', 'Arys', TR, {'note': 'NI:place of detention'}),
        ('Ресейдің', 0, 'foreign', 'Russia', N),
        ('Самара облысында', 0, 'foreign', 'Samara Oblast', N, {'note': 'NI:theft abroad'}),
        ('Сарыағаш ауданы', 0, 'district', 'Saryagash District', TR, {'note': 'section heading; NI:detentions'}),
        ('Жібек жолы', 0, 'facility', 'Zhibek Zholy checkpoint', TR, {'subkind': 'checkpoint', 'note': 'NI:place of detention'}),
        ('Өзбекстанның', 0, 'foreign', 'Uzbekistan', N),
        ('Ғиштқұпрік', 0, 'foreign', 'Gisht-Kuprik', N, {'subkind': 'checkpoint', 'note': 'NI:Uzbek border post'}),
        ('Ташкенттен', 0, 'foreign', 'Tashkent', N, {'note': 'NI:origin'}),
        ('Қырғызстанның', 0, 'foreign', 'Kyrgyzstan', N),
        ('Ош қаласында', 0, 'foreign', 'Osh', N, {'note': 'NI:fraud abroad'}),
        ('Мақтаарал ауданында', 0, 'district', 'Makhtaaral District', TR, {'note': 'NI:smugglers detained, not an incident'}),
        ('Өзбекстанға', 0, 'foreign', 'Uzbekistan', N),
        ('Шымкент', 1, 'city', 'Shymkent', 'Shymkent', {'note': 'section heading'}),
        ('Тұран ауданында', 0, 'district', 'Turan District (Shymkent)', 'Shymkent', {'subkind': 'city district'}),
        ('Шымкенттің', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'inside the name of a court'}),
        ('Әл-Фараби', 0, 'district', 'Al-Farabi District (Shymkent)', 'Shymkent', {'subkind': 'city district', 'note': 'inside the name of a court; named after a person'}),
        ('Қаратау ауданында', 0, 'district', 'Karatau District (Shymkent)', 'Shymkent', {'subkind': 'city district', 'note': 'NI:non-violent cattle theft; the Shymkent district, not Karatau town in Jambyl Region'}),
        ('Шымкентте', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:fraud complaints, not incidents'}),
        ('бірнеше ауданда', 0, 'quantified', 'several districts', N, {'count': None, 'unit': 'district', 'note': 'livestock thefts, not incidents'}),
        ('Ордабасы', 0, 'district', 'Ordabasy District', TR, {'note': 'NI:thefts; in a list sharing "аудандарында"'}),
        ('Бәйдібек', 0, 'district', 'Baidibek District', TR, {'note': 'NI:thefts; in a list sharing "аудандарында"; named after a person'}),
        ('Түркістан қаласындағы', 0, 'city', 'Turkistan', TR, {'note': 'NI:seat of the regional police; the town, not the region'}),
        ('Сарыағаш', 1, 'district', 'Saryagash District', TR, {'note': 'NI:raids; in a list sharing "аудандарындағы"'}),
        ('Мақтаарал', 1, 'district', 'Makhtaaral District', TR, {'note': 'NI:raids; in a list sharing "аудандарындағы"'}),
        ('Жетісай', 0, 'district', 'Zhetysai District', TR, {'note': 'NI:raids; in a list sharing "аудандарындағы"; not Jetisu Region'}),
     ],
     inc={TR: (2, 'herder beaten and 40 sheep taken at Taukent, Sozak district; brawl of traders at the Kentau market; detentions are not counted'),
          'Shymkent': (1, 'shooting with a rubber-bullet pistol between drivers in Turan district; the fraud is not counted')}),

dict(id='p022', date='2013-12-03', lang='kk',
     event='2013 brawl over a trading place at the central market of Semey (East Kazakhstan Region before the 2022 split), five detained; horses stolen near the Chinese border in Urzhar district (not counted); Ayagoz district court jails car thieves who drove cars to Rubtsovsk (Russia); theft statistics for Urzhar, Ayagoz and Zaisan districts',
     text="""Семейдегі базарда төбелес: бес адам ұсталды
ӨСКЕМЕН, 3 желтоқсан. ҚазАқпарат – Семей қаласының орталық базарында жексенбі күні сауда орны үшін болған төбелесте төрт адам жарақат алды, бес адам ұсталды, деп хабарлады Шығыс Қазақстан облысы ішкі істер департаменті. Төбелестің бейнежазбасы әлеуметтік желіде кең тарады. Ұсталғандардың үшеуі – Абай ауданының тұрғындары.
Сонымен қатар Үржар ауданында Қытай шекарасына жақын қыстақтан 30 жылқы ұрланды, полиция малдың ізіне түсті. Ал Аягөз аудандық соты ұрланған көліктерді Ресейдің Рубцовск қаласына айдап өткізген екі тұрғынға төрт жылдан мерзім берді.
Департамент мәліметінше, облыста биыл 300-ден астам мал ұрлығы тіркелген, оның жартысы Үржар, Аягөз және Зайсан аудандарында.""",
     ann=[
        ('Семейдегі', 0, 'city', 'Semey', EKR, {'note': 'headline; East Kazakhstan Region before 2022-06-08'}),
        ('ӨСКЕМЕН', 0, 'city', 'Oskemen', EKR, {'note': 'dateline'}),
        ('Семей қаласының', 0, 'city', 'Semey', EKR),
        ('Шығыс Қазақстан облысы', 0, 'region', EKR, EKR, {'note': 'inside the name of an authority'}),
        ('Абай ауданының', 0, 'district', 'Abai District (East Kazakhstan Region)', EKR, {'note': "NI:detainees' residence; the district of East Kazakhstan Region in 2013, not the later Abai Region"}),
        ('Үржар ауданында', 0, 'district', 'Urzhar District', EKR, {'note': 'NI:non-violent horse theft'}),
        ('Қытай', 0, 'foreign', 'China', N),
        ('Аягөз', 0, 'district', 'Ayagoz District', EKR, {'note': 'inside the name of a court ("Аягөз аудандық соты")'}),
        ('Ресейдің', 0, 'foreign', 'Russia', N),
        ('Рубцовск қаласына', 0, 'foreign', 'Rubtsovsk', N),
        ('Үржар', 1, 'district', 'Urzhar District', EKR, {'note': 'NI:theft statistics; in a list sharing "аудандарында"'}),
        ('Аягөз', 1, 'district', 'Ayagoz District', EKR, {'note': 'NI:theft statistics; in a list sharing "аудандарында"'}),
        ('Зайсан', 0, 'district', 'Zaisan District', EKR, {'note': 'NI:theft statistics; in a list sharing "аудандарында"'}),
     ],
     inc={EKR: (1, 'brawl over a trading place at the central market of Semey, four hurt; thefts and the sentence are not counted')}),

dict(id='p023', date='2023-05-23', lang='kk',
     event='2023 brawl of workers in a miners\' hostel in Zhezkazgan (Ulytau Region); 14 horses missing in Ulytau village, Ulytau district (not counted); fraud arrest in Zhanaarka district, moved from Karaganda to Ulytau Region in 2022; Ulytau the village, the district and the region',
     text="""Жезқазғанда жатақханадағы төбелес: екі адам ауруханада
ЖЕЗҚАЗҒАН, 23 мамыр. ҚазАқпарат – Жезқазған қаласындағы кеншілер жатақханасында жұмысшылар арасында төбелес шығып, екі адам ауруханаға түсті, деп хабарлады Ұлытау облысы полиция департаменті. Төбелеске қатысқан алты адам ұсталды, іс Жезқазған қалалық сотына жолданады. Полицияның айтуынша, жанжалдың себебі – карта ойынындағы қарыз. Жатақханада негізінен Қаражал мен Жезді кентінен келген жұмысшылар тұрады.
Сол аптада Ұлытау ауданының Ұлытау ауылында бір шаруаның 14 жылқысы жоғалды, полиция ұрлық деп іс қозғады. Ал былтыр маусымда Қарағанды облысынан Ұлытау облысына берілген Жаңаарқа ауданында Сәтбаев қаласының тұрғыны мал сатамын деп алаяқтық жасағаны үшін ұсталды.""",
     ann=[
        ('Жезқазғанда', 0, 'city', 'Zhezkazgan', UR, {'note': 'headline; Ulytau Region since 2022-06-08'}),
        ('ЖЕЗҚАЗҒАН', 0, 'city', 'Zhezkazgan', UR, {'note': 'dateline'}),
        ('Жезқазған қаласындағы', 0, 'city', 'Zhezkazgan', UR),
        ('Ұлытау облысы', 0, 'region', UR, UR, {'note': 'inside the name of an authority'}),
        ('Жезқазған', 1, 'city', 'Zhezkazgan', UR, {'note': 'inside the name of a court ("Жезқазған қалалық соты")'}),
        ('Қаражал', 0, 'city', 'Karazhal', UR, {'note': "NI:workers' origin"}),
        ('Жезді кентінен', 0, 'village', 'Zhezdy', UR, {'note': "NI:workers' origin"}),
        ('Ұлытау ауданының', 0, 'district', 'Ulytau District', UR, {'note': 'NI:horses missing; the district, not the region'}),
        ('Ұлытау ауылында', 0, 'village', 'Ulytau', UR, {'note': 'NI:horses missing, theft case; the village, not the region'}),
        ('Қарағанды облысынан', 0, 'region', KR, KR, {'note': 'NI:former unit of the district'}),
        ('Ұлытау облысына', 0, 'region', UR, UR, {'note': 'NI:transfer of the district'}),
        ('Жаңаарқа ауданында', 0, 'district', 'Zhanaarka District', UR, {'note': 'NI:fraud arrest'}),
        ('Сәтбаев қаласының', 0, 'city', 'Satpayev', UR, {'note': "NI:fraudster's residence"}),
     ],
     inc={UR: (1, "brawl of workers in a miners' hostel in Zhezkazgan; the missing horses and the fraud are not counted")}),

dict(id='p024', date='2006-01-17', lang='kk',
     event='2006 shooting in the car park of a night club in Medeu district of Almaty after a quarrel, one wounded; a suspect from Otegen Batyr, Ili district (Almaty Region), detained; another possibly fled to Bishkek, Kyrgyzstan; Kordai checkpoint alerted; case to the Almaly district court',
     text="""Алматыда түнгі клуб маңындағы атыс: бір жігіт жараланды
АЛМАТЫ, 17 қаңтар. – Алматы қаласының Медеу ауданындағы түнгі клубтың автотұрағында жексенбіге қараған түні атыс болып, 27 жастағы жігіт аяғынан жараланды, деп хабарлады қалалық ішкі істер департаменті. Куәлардың айтуынша, атыс клубтың ішіндегі жанжалдан кейін басталған. Жараланған жігіт қалалық жедел жәрдем ауруханасында жатыр, оның өміріне қауіп жоқ. Полиция оқиға орнынан үш гильза тапты.
Күдіктілердің бірі – Алматы облысы Іле ауданының Өтеген батыр кентінің тұрғыны – сол түні ұсталды. Екіншісі Қырғызстанға, Бішкекке қашып кетуі мүмкін деп есептеледі, сондықтан Қордай бекетіндегі шекарашыларға хабар берілді. Іс тергеу аяқталған соң Алмалы аудандық сотына жіберілмек.""",
     ann=[
        ('Алматыда', 0, 'city', 'Almaty', 'Almaty', {'note': 'headline'}),
        ('АЛМАТЫ', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Алматы қаласының', 0, 'city', 'Almaty', 'Almaty'),
        ('Медеу ауданындағы', 0, 'district', 'Medeu District (Almaty)', 'Almaty', {'subkind': 'city district'}),
        ('Алматы облысы', 0, 'region', ALR, ALR, {'note': "NI:suspect's residence"}),
        ('Іле ауданының', 0, 'district', 'Ili District', ALR, {'note': "NI:suspect's residence; the district, not the river"}),
        ('Өтеген батыр кентінің', 0, 'village', 'Otegen Batyr', ALR, {'note': "NI:suspect's residence; named after a person"}),
        ('Қырғызстанға', 0, 'foreign', 'Kyrgyzstan', N),
        ('Бішкекке', 0, 'foreign', 'Bishkek', N, {'note': 'NI:possible flight destination'}),
        ('Қордай бекетіндегі', 0, 'facility', 'Kordai checkpoint', JR, {'subkind': 'checkpoint', 'note': 'NI:border guards alerted'}),
        ('Алмалы', 0, 'district', 'Almaly District (Almaty)', 'Almaty', {'subkind': 'city district', 'note': 'inside the name of a court'}),
     ],
     inc={'Almaty': (1, 'shooting in the car park of a night club in Medeu district, one wounded; the detention is not counted')}),
]
