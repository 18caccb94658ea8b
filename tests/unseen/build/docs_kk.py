"""Kazakh texts of the unseen check corpus (annotation tuples described in build.py)."""
N = None
SKR, AR, MR = 'South Kazakhstan Region', 'Almaty Region', 'Mangystau Region'

DOCS = [
dict(id='u013', date='2010-09-14', lang='kk',
     event='2010 oil-service strike in Kulsary (Atyrau Region) and bus crash in Beyneu district (Mangystau Region)',
     text="""АТЫРАУ, 14 қыркүйек. Жылыой ауданындағы Құлсары қаласында мұнай сервистік компаниясының 500-ге жуық жұмысшысы жалақыны көтеруді талап етіп, екінші күн ереуілдеп жатыр. Компания басшылығы жұмысшылармен келіссөз жүргізуде, бірақ әзірге ортақ шешімге келе алмады. Ереуілшілер жалақыны кемінде 30 пайызға көтеруді және үстеме ақыны қайта есептеуді сұрап отыр.
Сол күні Маңғыстау облысының Бейнеу ауданында жүк көлігі жолаушылар автобусымен соқтығысып, үш адам қаза тапты. Автобус Ақтаудан Бейнеуге бара жатқан. Зардап шеккендердің екеуі Ресейдің Астрахань қаласының тұрғындары. Тағы бес жолаушы ауруханаға жеткізілді, олардың жағдайы орташа деп бағаланды. Полиция жүк көлігінің жүргізушісін ұстады.
Атырау облысының әкімі ереуілшілердің талаптарын қарауды тапсырды. Мамандардың айтуынша, Құлсарыдағы ереуіл Теңіз кен орнының жұмысына әзірге әсер еткен жоқ.""",
     ann=[
        ('АТЫРАУ', 0, 'city', 'Atyrau', 'Atyrau Region', {'note': 'dateline'}),
        ('Жылыой ауданындағы', 0, 'district', 'Zhylyoi District', 'Atyrau Region'),
        ('Құлсары қаласында', 0, 'city', 'Kulsary', 'Atyrau Region'),
        ('Маңғыстау облысының', 0, 'region', MR, MR),
        ('Бейнеу ауданында', 0, 'district', 'Beyneu District', MR),
        ('Ақтаудан', 0, 'city', 'Aktau', MR, {'note': 'NI:route endpoint'}),
        ('Бейнеуге', 0, 'village', 'Beyneu', MR, {'note': 'NI:route endpoint'}),
        ('Ресейдің', 0, 'foreign', 'Russia', N),
        ('Астрахань қаласының', 0, 'foreign', 'Astrakhan', N, {'note': 'residence of victims'}),
        ('Атырау облысының', 0, 'region', 'Atyrau Region', 'Atyrau Region', {'note': "inside the official post 'akim of Atyrau Region'"}),
        ('Құлсарыдағы', 0, 'city', 'Kulsary', 'Atyrau Region'),
        ('Теңіз кен орнының', 0, 'facility', 'Tengiz oil field', 'Atyrau Region', {'subkind': 'oil field', 'note': "'Теңіз' is also the common noun 'sea'"}),
     ],
     inc={'Atyrau Region': (1, 'strike in Kulsary'), MR: (1, 'truck-bus collision in Beyneu district')}),

dict(id='u014', date='2015-02-03', lang='kk',
     event='2015 gas explosion in Kentau and windstorm in three districts (South Kazakhstan Region)',
     text="""ШЫМКЕНТ, 3 ақпан. Оңтүстік Қазақстан облысындағы Кентау қаласында бес қабатты үйдің подъезінде газ жарылып, екі адам жарақат алды. Тұрғындар уақытша мектепке көшірілді. Төтенше жағдайлар департаментінің мәліметінше, жарылысқа газ құбырының ескі жабдығы себеп болуы мүмкін. Зардап шеккендердің бірінің жағдайы ауыр.
Дүйсенбі күні облыстың үш ауданында қатты жел соғып, ондаған үйдің шатыры ұшты, электр желілері үзіліп, бірнеше мектепте сабақ тоқтатылды. Ең көп зақым Төлеби мен Түлкібас аудандарында тіркелді, үшінші аудан - Қазығұрт.
Облыс әкімі Шымкентте өткен кеңесте жылу маусымына дайындықты қайта тексеруді тапсырды. Түркістан қаласының әкімдігі тұрғындарды газ баллондарын абай пайдалануға шақырды.""",
     ann=[
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', SKR, {'note': 'dateline; Shymkent is part of the region before 2018-06-19'}),
        ('Оңтүстік Қазақстан облысындағы', 0, 'region', SKR, SKR),
        ('Кентау қаласында', 0, 'city', 'Kentau', SKR),
        ('үш ауданында', 0, 'quantified', '3 districts', N, {'count': 3, 'unit': 'district', 'note': 'windstorm; all three are named (Tolebi, Tulkibas, Kazygurt)'}),
        ('Төлеби', 0, 'district', 'Tolebi District', SKR, {'note': 'in a list sharing the head noun'}),
        ('Түлкібас', 0, 'district', 'Tulkibas District', SKR, {'note': 'in a list sharing the head noun'}),
        ('Қазығұрт', 0, 'district', 'Kazygurt District', SKR),
        ('Шымкентте', 0, 'city', 'Shymkent', SKR, {'note': 'NI:place of a meeting'}),
        ('Түркістан қаласының', 0, 'city', 'Turkistan', SKR, {'note': "NI:an appeal by the town's akimat; 'абай' here is the word 'careful'"}),
     ],
     inc={SKR: (2, 'gas explosion in Kentau; windstorm in three districts (one natural disaster)')}),

dict(id='u015', date='2020-10-21', lang='kk',
     event='2020 chemical plant fire in Stepnogorsk (Akmola Region) and parents rally with detentions in Nur-Sultan',
     text="""НҰР-СҰЛТАН, 21 қазан. Ақмола облысының Степногорск қаласындағы химия зауытында түнде өрт шығып, екі жұмысшы күйік алды. Өрт сөндірушілер жалынды үш сағатта ауыздықтады. Зауыт басшылығы өрттің себебін анықтау үшін арнайы комиссия құрылғанын хабарлады. Алдын ала деректер бойынша, өрт электр сымдарының тұйықталуынан шыққан.
Сол күні елордадағы Жамбыл Жабаев атындағы мектептің ата-аналары Нұр-Сұлтан қаласы әкімдігінің алдына жиналып, жаңа ғимарат салуды талап етті. Полиция екі белсендіні ұстады. Ата-аналардың айтуынша, қазіргі мектеп ғимаратында балалар үш ауысыммен оқиды, ал жаңа мектеп салу туралы уәде бес жылдан бері орындалмай келеді.
Степногорск кеңес заманында жабық қала болған, оны құжаттарда Целиноград-25 деп атаған. Зардап шеккен жұмысшылар Көкшетаудағы облыстық ауруханаға жеткізілді.""",
     ann=[
        ('НҰР-СҰЛТАН', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Ақмола облысының', 0, 'region', 'Akmola Region', 'Akmola Region'),
        ('Степногорск қаласындағы', 0, 'city', 'Stepnogorsk', 'Akmola Region'),
        ('Нұр-Сұлтан қаласы', 0, 'city', 'Astana', 'Astana', {'note': "inside 'Нұр-Сұлтан қаласы әкімдігі' (the city akimat); the rally's site"}),
        ('Степногорск', 1, 'city', 'Stepnogorsk', 'Akmola Region'),
        ('Целиноград-25', 0, 'city', 'Stepnogorsk', 'Akmola Region', {'uncertain': True, 'note': "Soviet code name of Stepnogorsk, not the capital (Tselinograd); Жамбыл Жабаев is a person"}),
        ('Көкшетаудағы', 0, 'city', 'Kokshetau', 'Akmola Region', {'note': 'NI:hospital location'}),
     ],
     inc={'Akmola Region': (1, 'fire at the chemical plant in Stepnogorsk'), 'Astana': (1, 'parents rally outside the city akimat with two detentions')}),

dict(id='u016', date='2023-05-16', lang='kk',
     event='2023 steppe fires in Abai, Jetisu and Ulytau regions',
     text="""СЕМЕЙ, 16 мамыр. Абай, Жетісу және Ұлытау облыстарында дала өрттері жалғасып жатыр, деп хабарлады Төтенше жағдайлар министрлігі. Абай облысының Аягөз ауданында өрт 3 мың гектар жайылымды шарпып, бір шопан қаза тапты. Өртті сөндіруге 400-ден астам адам мен 60 техника жұмылдырылды.
Жетісу облысында өрт Алакөл ауданындағы Үшарал қаласының маңындағы қамыс алқабына тарады. Ұлытау облысында өрт Жезқазғаннан 60 шақырым жерде сөндірілді.
Талдықорғанда өткен брифингте облыс әкімінің орынбасары өртке жергілікті тұрғындардың абайсыздығы себеп болғанын айтты. Ол тұрғындарды далада от жақпауға және қоқысты өртемеуге шақырды. 2022 жылға дейін Аягөз Шығыс Қазақстан облысына, ал Үшарал Алматы облысына қарасты болған.""",
     ann=[
        ('СЕМЕЙ', 0, 'city', 'Semey', 'Abai Region', {'note': 'dateline'}),
        ('Абай', 0, 'region', 'Abai Region', 'Abai Region', {'note': 'in a list sharing the head noun'}),
        ('Жетісу', 0, 'region', 'Jetisu Region', 'Jetisu Region', {'note': 'in a list sharing the head noun'}),
        ('Ұлытау', 0, 'region', 'Ulytau Region', 'Ulytau Region', {'note': 'in a list sharing the head noun'}),
        ('Абай облысының', 0, 'region', 'Abai Region', 'Abai Region'),
        ('Аягөз ауданында', 0, 'district', 'Ayagoz District', 'Abai Region'),
        ('Жетісу облысында', 0, 'region', 'Jetisu Region', 'Jetisu Region'),
        ('Алакөл ауданындағы', 0, 'district', 'Alakol District', 'Jetisu Region'),
        ('Үшарал қаласының', 0, 'city', 'Usharal', 'Jetisu Region'),
        ('Ұлытау облысында', 0, 'region', 'Ulytau Region', 'Ulytau Region'),
        ('Жезқазғаннан', 0, 'city', 'Zhezkazgan', 'Ulytau Region', {'note': "NI:reference point ('60 km from Zhezkazgan')"}),
        ('Талдықорғанда', 0, 'city', 'Taldykorgan', 'Jetisu Region', {'note': 'NI:place of a briefing'}),
        ('Аягөз', 1, 'city', 'Ayagoz', 'Abai Region', {'note': 'history of the unit; the article date decides'}),
        ('Шығыс Қазақстан облысына', 0, 'region', 'East Kazakhstan Region', 'East Kazakhstan Region', {'note': 'NI:former unit of Ayagoz'}),
        ('Үшарал', 1, 'city', 'Usharal', 'Jetisu Region', {'note': 'history of the unit; the article date decides'}),
        ('Алматы облысына', 0, 'region', AR, AR, {'note': 'NI:former unit of Usharal'}),
     ],
     inc={'Abai Region': (1, 'steppe fire in Ayagoz district with one death'),
          'Jetisu Region': (1, 'reed fire near Usharal (Alakol district)'),
          'Ulytau Region': (1, 'steppe fire 60 km from Zhezkazgan')}),

dict(id='u017', date='2005-07-08', lang='kk',
     event='2005 mudflow in Esik and protest in Kaskelen (Almaty Region); pit collapse in Almaty',
     text="""АЛМАТЫ, 8 шілде. Еңбекшіқазақ ауданындағы Есік қаласында нөсер жаңбырдан кейін сел жүріп, 40-қа жуық үйді су басты. Қаза тапқандар жоқ. Алматы облысының төтенше жағдайлар департаменті тұрғындарды көшіруге 200 құтқарушы жіберді.
Сол күні Алматыдағы Бостандық ауданында жерасты жолының құрылысы кезінде қазаншұңқыр опырылып, бір жұмысшы жараланды.
Қаскелеңде жергілікті кәсіпкерлер базарды жабуға қарсы наразылық акциясын өткізді.
Еске сала кетейік, 1963 жылы сел Есік көлінің табиғи бөгетін бұзып, көптеген адам қаза тапқан еді. Сарапшылар Іле Алатауындағы мұздықтардың еруі жаңа селдерге әкелуі мүмкін деп ескертеді.""",
     ann=[
        ('АЛМАТЫ', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Еңбекшіқазақ ауданындағы', 0, 'district', 'Enbekshikazakh District', AR),
        ('Есік қаласында', 0, 'city', 'Esik', AR),
        ('Алматы облысының', 0, 'region', AR, AR, {'note': 'inside the name of the emergency department'}),
        ('Алматыдағы', 0, 'city', 'Almaty', 'Almaty'),
        ('Бостандық ауданында', 0, 'district', 'Bostandyk District (Almaty)', 'Almaty', {'subkind': 'city district'}),
        ('Қаскелеңде', 0, 'city', 'Kaskelen', AR),
        ('Есік көлінің', 0, 'facility', 'Lake Issyk', N, {'subkind': 'lake', 'note': 'the 1963 mudflow that broke the lake dam (Almaty Region) is narrated background'}),
        ('Іле Алатауындағы', 0, 'facility', 'Ile Alatau', N, {'subkind': 'mountain range'}),
     ],
     inc={AR: (3, 'mudflow in Esik; market protest in Kaskelen; the 1963 mudflow at Lake Issyk (narrated background; doubtful, the lake record has adm1 null)'),
          'Almaty': (1, 'pit collapse at a construction site in Bostandyk district')}),

dict(id='u018', date='2025-10-27', lang='kk',
     event='2025 fishing boat capsized near Fort-Shevchenko and storm damage in Aktau (Mangystau Region)',
     text="""АҚТАУ, 27 қазан. Каспий теңізінде қатты дауыл кезінде Форт-Шевченко маңында балықшылар қайығы аударылып, екі адам із-түзсіз жоғалды. Үшінші балықшыны құтқарушылар жағадан 3 шақырым жерден тауып алды, ол ауруханаға жеткізілді. Синоптиктер жел екпіні секундына 25 метрге жеткенін айтады.
Маңғыстау облысының төтенше жағдайлар департаменті іздеу жұмыстары Түпқараған ауданында жалғасып жатқанын хабарлады. Дауыл Ақтауда да бірнеше үйдің шатырын ұшырды, бірақ зардап шеккен адам жоқ.
Ақтау қаласы 1964-1991 жылдары Шевченко деп аталған. Іздеуге Атыраудан және Ресейдің Махачкала портынан келген кемелер де қатысып жатыр. Форт-Шевченко облыстағы ең көне қалалардың бірі саналады.""",
     ann=[
        ('АҚТАУ', 0, 'city', 'Aktau', MR, {'note': 'dateline'}),
        ('Каспий теңізінде', 0, 'facility', 'Caspian Sea', N, {'subkind': 'sea'}),
        ('Форт-Шевченко', 0, 'city', 'Fort-Shevchenko', MR),
        ('Маңғыстау облысының', 0, 'region', MR, MR, {'note': 'inside the name of the emergency department'}),
        ('Түпқараған ауданында', 0, 'district', 'Tupkaragan District', MR, {'note': 'search area'}),
        ('Ақтауда', 0, 'city', 'Aktau', MR),
        ('Ақтау қаласы', 0, 'city', 'Aktau', MR),
        ('Шевченко', 1, 'city', 'Aktau', MR, {'note': "Soviet name of Aktau (1964-1991); also a surname"}),
        ('Атыраудан', 0, 'city', 'Atyrau', 'Atyrau Region', {'note': 'NI:origin of ships'}),
        ('Ресейдің', 0, 'foreign', 'Russia', N),
        ('Махачкала портынан', 0, 'foreign', 'Makhachkala port', N, {'note': 'origin of ships'}),
        ('Форт-Шевченко', 1, 'city', 'Fort-Shevchenko', MR),
     ],
     inc={MR: (2, 'fishing boat capsized near Fort-Shevchenko; storm damage to roofs in Aktau (doubtful: could be seen as one storm)')}),
]
