"""Kazakh texts (Cyrillic) of the forty-seventh unseen check corpus."""
N = None
SKR, TR, SH = 'South Kazakhstan Region', 'Turkistan Region', 'Shymkent'
AR, JR, ALA = 'Almaty Region', 'Jetisu Region', 'Almaty'
EKR, ABR = 'East Kazakhstan Region', 'Abai Region'
KR, UR = 'Karaganda Region', 'Ulytau Region'
JAM, KZO, AST = 'Jambyl Region', 'Kyzylorda Region', 'Astana'
PR, AKR, KOR = 'Pavlodar Region', 'Akmola Region', 'Kostanay Region'

DOCS = [
dict(id='p017', date='2024-07-16', lang='kk',
     event='2024 mudflow on the Kora floods 14 yards in Tekeli and washes out the Tekeli-Taldykorgan road, and a man from Semey drowns in Lake Alakol near Akshi (Jetisu Region; Tekeli was Almaty Region before 2022); rescuers from Almaty Region; holidaymakers from Abai, Karaganda and Pavlodar regions; heat in Taldykorgan',
     text="""Текеліде сел жүріп, Алакөлде демалушы суға батты
ТАЛДЫҚОРҒАН, 16 шілде. ҚазАқпарат – Жетісу облысының Текелі қаласында дүйсенбіге қараған түні жауған қатты нөсерден кейін Қора өзенінің арнасымен сел жүріп, жағалаудағы 14 үйдің ауласын лай мен тас басты. Облыстық төтенше жағдайлар департаментінің хабарлауынша, адам шығыны жоқ, 46 тұрғын уақытша қаладағы мектептердің біріне орналастырылды. Тұрғын Гүлнар Сейітованың айтуынша, су түнгі сағат екіде көтеріліп, жарты сағат ішінде ауланы түгел басқан. «Малды қорадан әрең шығардық, көкөніс қоймасы лайға толды», – деді ол. Қала әкімдігі зардап шеккен отбасыларға бір реттік көмек көрсетуге уәде берді.
Сел Текелі – Талдықорған тас жолының 200 метрлік бөлігін де шайып кетті, көлік қозғалысы сегіз сағатқа тоқтатылды. Жолды тазалау жұмыстарына жергілікті құтқарушылармен бірге Алматы облысынан келген 30 құтқарушы мен бес бірлік ауыр техника жұмылдырылды. Еске сала кетейік, Текелі 2022 жылға дейін Алматы облысының құрамында болған, қазір Жетісу облысына қарайды.
Дәл сол күні Алакөл ауданындағы Ақши ауылының маңында Алакөлге шомылуға түскен 27 жастағы жігіт суға батып кетті. Ол Семей қаласының тұрғыны екені анықталды. Сүңгуірлер оның денесін бір сағаттан кейін тапты. Құтқарушылардың айтуынша, жел күшейіп, көлде толқын көтерілген кезде демалушылар ескертуге құлақ аспаған.
Алакөл жағалауында маусымның басынан бері 60 мыңнан астам адам демалды, олардың көбі Абай, Қарағанды және Павлодар облыстарынан келген. Биыл көлде бұл – суға батудың үшінші жағдайы. Облыс әкімі жағажайларда қосымша құтқару бекеттерін ашуды тапсырды.
Синоптиктер Жетісу Алатауының етегінде сел қаупі аптаның соңына дейін сақталатынын ескертті. Көксу және Ескелді аудандарындағы тау шатқалдарына шығуға уақытша тыйым салынды. Ал облыс орталығы Талдықорғанда ауа температурасы 38 градусқа жетіп, кейбір шағын аудандарда жарық бірнеше рет сөнді.""",
     ann=[
        ('Текеліде', 0, 'city', 'Tekeli', JR, {'note': 'headline'}),
        ('Алакөлде', 0, 'facility', 'Lake Alakol', N, {'subkind': 'lake', 'note': 'headline; the lake, not Alakol district'}),
        ('ТАЛДЫҚОРҒАН', 0, 'city', 'Taldykorgan', JR, {'note': 'dateline'}),
        ('Жетісу облысының', 0, 'region', JR, JR),
        ('Текелі қаласында', 0, 'city', 'Tekeli', JR),
        ('Қора өзенінің', 0, 'facility', 'Kora River', N, {'subkind': 'river'}),
        ('Текелі', 1, 'city', 'Tekeli', JR, {'note': 'road endpoint; the mudflow washed out part of the road'}),
        ('Талдықорған', 0, 'city', 'Taldykorgan', JR, {'note': 'NI:road endpoint'}),
        ('Алматы облысынан', 0, 'region', AR, AR, {'note': 'NI:origin of rescuers'}),
        ('Текелі', 2, 'city', 'Tekeli', JR, {'note': 'the town\'s change of region in 2022'}),
        ('Алматы облысының', 0, 'region', AR, AR, {'note': 'NI:the former unit of Tekeli'}),
        ('Жетісу облысына', 0, 'region', JR, JR),
        ('Алакөл ауданындағы', 0, 'district', 'Alakol District', JR),
        ('Ақши ауылының', 0, 'village', 'Akshi (Alakol district)', JR, {'note': 'reference point for the drowning place on the lake shore'}),
        ('Алакөлге', 0, 'facility', 'Lake Alakol', N, {'subkind': 'lake'}),
        ('Семей қаласының', 0, 'city', 'Semey', ABR, {'note': 'NI:residence of the victim'}),
        ('Алакөл', 1, 'facility', 'Lake Alakol', N, {'subkind': 'lake', 'note': '"Алакөл жағалауында", the lake shore'}),
        ('Абай', 0, 'region', ABR, ABR, {'note': 'NI:origin of holidaymakers; in a list sharing "облыстарынан"'}),
        ('Қарағанды', 0, 'region', KR, KR, {'note': 'NI:origin of holidaymakers; in a list sharing "облыстарынан"'}),
        ('Павлодар', 0, 'region', PR, PR, {'note': 'NI:origin of holidaymakers; in a list sharing "облыстарынан"'}),
        ('Жетісу Алатауының', 0, 'facility', 'Zhetysu Alatau', N, {'subkind': 'mountain range', 'note': 'natural feature; not Jetisu Region'}),
        ('Көксу', 0, 'district', 'Koksu District', JR, {'note': 'NI:trip ban; in a list sharing "аудандарындағы"'}),
        ('Ескелді', 0, 'district', 'Eskeldi District', JR, {'note': 'NI:trip ban; in a list sharing "аудандарындағы"'}),
        ('Талдықорғанда', 0, 'city', 'Taldykorgan', JR, {'note': 'NI:heat and power cuts'}),
     ],
     inc={JR: (2, 'mudflow on the Kora flooding 14 yards in Tekeli and washing out the Tekeli-Taldykorgan road; a man drowned in Lake Alakol near Akshi; the two earlier drownings of the year are a statistic')}),

dict(id='p018', date='2021-08-11', lang='kk',
     event='2021 steppe fire of 1,500 ha 25 km from Satpayev, stopped 3 km from Karsakpay (Ulytau district, Karaganda Region before the 2022 split); crews from Zhezkazgan and Satpayev, a plane from Nur-Sultan; the town named after Kanysh Satpayev',
     text="""Сәтбаев маңында дала өрті 1,5 мың гектар жайылымды шарпыды
ЖЕЗҚАЗҒАН, 11 тамыз. ҚазТАГ – Қарағанды облысында Сәтбаев қаласынан 25 шақырым жерде сейсенбі күні түсте басталған дала өрті 1,5 мың гектар жайылымды шарпыды. Облыстық төтенше жағдайлар департаментінің мәліметінше, жел өртті Ұлытау ауданындағы Қарсақбай ауылына қарай айдады, бірақ өрт сөндірушілер оны ауылға үш шақырым қалғанда тоқтатты. Адам шығыны жоқ, бір қыстақ пен 50 тонна шөп өртенді.
Өртті сөндіруге Жезқазған мен Сәтбаевтан 60 өрт сөндіруші мен 15 техника жұмылдырылды, өрт ошақтарын Нұр-Сұлтаннан ұшып келген Ан-2 ұшағы бақылады. Тергеушілердің болжамынша, өрт шопан тастаған темекі тұқылынан шыққан.
Қаныш Сәтбаевтың есімімен аталған қала маңындағы дала биыл ерте қурап қалды: облыста маусымнан бері 37 дала өрті тіркелген. Алдағы күндері Ұлытау және Жаңаарқа аудандарында өрт қаупі өте жоғары болады.""",
     ann=[
        ('Сәтбаев', 0, 'city', 'Satpayev', KR, {'note': 'NI:headline; reference point ("маңында"); Ulytau Region only from 2022'}),
        ('ЖЕЗҚАЗҒАН', 0, 'city', 'Zhezkazgan', KR, {'note': 'dateline'}),
        ('Қарағанды облысында', 0, 'region', KR, KR),
        ('Сәтбаев қаласынан', 0, 'city', 'Satpayev', KR, {'note': 'NI:reference point ("25 шақырым жерде")'}),
        ('Ұлытау ауданындағы', 0, 'district', 'Ulytau District', KR),
        ('Қарсақбай ауылына', 0, 'village', 'Karsakpay', KR, {'note': 'NI:reference point; the fire was stopped 3 km from the village'}),
        ('Жезқазған', 0, 'city', 'Zhezkazgan', KR, {'note': 'NI:origin of firefighters'}),
        ('Сәтбаевтан', 0, 'city', 'Satpayev', KR, {'note': 'NI:origin of firefighters'}),
        ('Нұр-Сұлтаннан', 0, 'city', 'Astana', AST, {'note': 'NI:origin of a plane'}),
        ('Ұлытау', 1, 'district', 'Ulytau District', KR, {'note': 'NI:fire danger; in a list sharing "аудандарында"'}),
        ('Жаңаарқа', 0, 'district', 'Zhanaarka District', KR, {'note': 'NI:fire danger; in a list sharing "аудандарында"'}),
     ],
     inc={KR: (1, 'steppe fire of 1,500 ha in Ulytau district, 25 km from Satpayev, a winter hut burnt; the 37 fires since June are a statistic')}),

dict(id='p019', date='2016-11-22', lang='kk',
     event='2016 magnitude 4.5 earthquake in Kazygurt district cracks two houses in Kazygurt, felt in Shymkent (South Kazakhstan Region before 2018) and in Tashkent; Kazygurt mountain',
     text="""Қазығұрт ауданында жер сілкінді, дүмпу Шымкентте де сезілді
ШЫМКЕНТ, 22 қараша. ҚазАқпарат – Оңтүстік Қазақстан облысының Қазығұрт ауданында сейсенбі күні таңғы сағат 5-те магнитудасы 4,5 болған жер сілкінісі тіркелді. Сейсмологтардың мәліметінше, эпицентр Қазығұрт ауылынан оңтүстік-батысқа қарай 20 шақырым жерде, Өзбекстан шекарасына жақын орналасқан, эпицентрдегі сілкініс күші 5 балл болды.
Қазығұрт ауылында екі тұрғын үйдің қабырғасы жарылып, мектептің бірнеше терезесі сынды. Облыс орталығы Шымкентте жер сілкінісі 3 балл шамасында сезілді, көп қабатты үйлердің тұрғындары көшеге жүгіріп шықты. Сілкініс көрші Өзбекстанның астанасы Ташкентте де сезілді.
Облыстық төтенше жағдайлар департаменті зардап шеккендер жоқ екенін хабарлады. Мамандар Қазығұрт, Сарыағаш және Төлеби аудандарындағы мектептер мен ауруханалардың ғимараттарын тексеріп жатыр. Қазығұрт тауының етегіндегі бұл өңір сейсмикалық белсенді аймаққа жатады.""",
     ann=[
        ('Қазығұрт ауданында', 0, 'district', 'Kazygurt District', SKR, {'note': 'headline'}),
        ('Шымкентте', 0, 'city', 'Shymkent', SKR, {'note': 'headline; South Kazakhstan Region until 2018-06-19'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', SKR, {'note': 'dateline'}),
        ('Оңтүстік Қазақстан облысының', 0, 'region', SKR, SKR),
        ('Қазығұрт ауданында', 1, 'district', 'Kazygurt District', SKR),
        ('Қазығұрт ауылынан', 0, 'village', 'Kazygurt', SKR, {'note': 'NI:reference point for the epicentre'}),
        ('Өзбекстан', 0, 'foreign', 'Uzbekistan', N, {'note': 'NI:reference point ("шекарасына жақын")'}),
        ('Қазығұрт ауылында', 0, 'village', 'Kazygurt', SKR),
        ('Шымкентте', 1, 'city', 'Shymkent', SKR, {'note': 'shaken by the earthquake; same ADM1 as the epicentre on the date'}),
        ('Өзбекстанның', 0, 'foreign', 'Uzbekistan', N),
        ('Ташкентте', 0, 'foreign', 'Tashkent', N),
        ('Қазығұрт', 4, 'district', 'Kazygurt District', SKR, {'note': 'NI:building checks; in a list sharing "аудандарындағы"'}),
        ('Сарыағаш', 0, 'district', 'Saryagash District', SKR, {'note': 'NI:building checks; in a list sharing "аудандарындағы"'}),
        ('Төлеби', 0, 'district', 'Tolebi District', SKR, {'note': 'NI:building checks; in a list sharing "аудандарындағы"'}),
        ('Қазығұрт тауының', 0, 'facility', 'Kazygurt mountain', N, {'subkind': 'mountain', 'note': 'natural feature'}),
     ],
     inc={SKR: (1, 'earthquake in Kazygurt district: walls cracked in two houses and school windows broken in Kazygurt, felt in Shymkent (the same ADM1 in 2016); one natural disaster')}),

dict(id='p020', date='2022-03-29', lang='kk',
     event='2022 (before the split) spring floods in East Kazakhstan Region: the Ayagoz floods 120 yards in Ayagoz, a bridge on the Makanchi-Bakhty road washed away (Urzhar district), streets flooded in Karaul (Abai district, not Abai Region), dachas near Semey; ministry: floods in five regions, three named (unattributed); relief from Pavlodar Region and Oskemen',
     text="""Шығыс Қазақстан облысында су тасқыны: Аягөзде 120 үйдің ауласын су басты
ӨСКЕМЕН, 29 наурыз. ҚазТАГ – Шығыс Қазақстан облысында күн күрт жылынып, қар қарқынды ери бастағаннан кейін бірнеше өзен арнасынан асты. Облыстық төтенше жағдайлар департаментінің мәліметінше, ең ауыр жағдай Аягөз қаласында қалыптасты: Аягөз өзені тасып, қаланың шығыс бөлігіндегі 120 үйдің ауласын су басты, 380 адам туыстарына және уақытша орналастыру пункттеріне көшірілді. «Су кешке қарай келді, бір сағатта аулада тізеден асты. Көршілердің бәрі құм қапшықтарын толтырып жатыр», – деді қала тұрғыны Ерлан Бекболатов.
Үржар ауданында Мақаншы – Бақты жолындағы көпірді су шайып кетті, шекара маңындағы бірнеше ауыл бір тәулік бойы аудан орталығымен байланыссыз қалды. Абай ауданының орталығы Қарауыл ауылында да екі көше су астында қалды. Семей қаласының шетіндегі саяжай алқаптарын еріген қар суы басты, онда тұратын он шақты отбасы қалаға көшірілді.
Құтқарушыларға көмекке Павлодар облысынан 50 адам мен 12 мотопомпа жіберілді, Өскеменнен тікұшақ ұшып келді. Тікұшақ су басқан аудандардың үстінен күн сайын ұшып, өзендердегі мұз кептелісін бақылап отыр. Облыстағы барлық аудандарда жедел штабтар тәулік бойы жұмыс істеп тұр, ал әкімдік су басқан үйлердің иелеріне өтемақы төлеу үшін арнайы комиссия құрды.
Төтенше жағдайлар министрлігінің хабарлауынша, көктемгі су тасқыны қазір елдің бес облысында тіркелген. Шығыс Қазақстаннан бөлек, Қарағанды және Ақмола облыстарында да бірнеше ауылдың ауласын су басқан, қалған екі өңірдің атауы аталмады.
Синоптиктер алдағы аптада Тарбағатай мен Сауыр тауларында қар еруі жалғасып, Аягөз бен Үржар өзендерінің деңгейі тағы көтерілуі мүмкін екенін ескертті. Облыс әкімдігі тұрғындарды өзен жағасындағы саяжайларға бармауға, ал жүргізушілерді су басқан жолдарға шықпауға шақырды.""",
     ann=[
        ('Шығыс Қазақстан облысында', 0, 'region', EKR, EKR, {'note': 'headline'}),
        ('Аягөзде', 0, 'city', 'Ayagoz', EKR, {'note': 'headline; Abai Region only from 2022-06-08'}),
        ('ӨСКЕМЕН', 0, 'city', 'Oskemen', EKR, {'note': 'dateline'}),
        ('Шығыс Қазақстан облысында', 1, 'region', EKR, EKR),
        ('Аягөз қаласында', 0, 'city', 'Ayagoz', EKR),
        ('Аягөз өзені', 0, 'facility', 'Ayagoz River', N, {'subkind': 'river'}),
        ('Үржар ауданында', 0, 'district', 'Urzhar District', EKR),
        ('Мақаншы', 0, 'village', 'Makanchi', EKR, {'note': 'road endpoint; the bridge on the road was washed away'}),
        ('Бақты', 0, 'village', 'Bakhty', EKR, {'note': 'road endpoint; the bridge on the road was washed away'}),
        ('Абай ауданының', 0, 'district', 'Abai District (East Kazakhstan)', EKR, {'note': 'Abai district with its centre Karaul, not Abai Region (created 2022-06-08)'}),
        ('Қарауыл ауылында', 0, 'village', 'Karaul', EKR),
        ('Семей қаласының', 0, 'city', 'Semey', EKR),
        ('Павлодар облысынан', 0, 'region', PR, PR, {'note': 'NI:origin of rescuers'}),
        ('Өскеменнен', 0, 'city', 'Oskemen', EKR, {'note': 'NI:origin of a helicopter'}),
        ('барлық аудандарда', 0, 'quantified', 'all districts', N, {'count': None, 'unit': 'district', 'quantifier': 'all', 'note': 'emergency headquarters in all districts of the region; an official measure, not incidents'}),
        ('бес облысында', 0, 'quantified', '5 regions', N, {'count': 5, 'unit': 'region', 'note': 'spring floods in five regions; three named, two not'}),
        ('Шығыс Қазақстаннан', 0, 'region', EKR, EKR, {'note': 'region named without the head noun'}),
        ('Қарағанды', 0, 'region', KR, KR, {'note': 'in a list sharing "облыстарында"'}),
        ('Ақмола', 0, 'region', AKR, AKR, {'note': 'in a list sharing "облыстарында"'}),
        ('Тарбағатай', 0, 'facility', 'Tarbagatai', N, {'subkind': 'mountain range', 'note': 'in a list sharing "тауларында"'}),
        ('Сауыр', 0, 'facility', 'Saur', N, {'subkind': 'mountain range', 'note': 'in a list sharing "тауларында"'}),
        ('Аягөз', 2, 'facility', 'Ayagoz River', N, {'subkind': 'river', 'note': 'in a list sharing "өзендерінің"'}),
        ('Үржар', 1, 'facility', 'Urzhar River', N, {'subkind': 'river', 'note': 'in a list sharing "өзендерінің"'}),
     ],
     inc={EKR: (1, 'spring flood: 120 yards in Ayagoz, the bridge on the Makanchi-Bakhty road, streets in Karaul, dachas near Semey; one natural disaster'),
          KR: (1, 'villages flooded, named in the ministry statement'),
          AKR: (1, 'villages flooded, named in the ministry statement')},
     unatt=[{'label': 'бес облысында', 'count': 5, 'note': 'spring floods in five regions; East Kazakhstan, Karaganda and Akmola regions are named and have their own rows, two are not named'}]),

dict(id='p021', date='1998-05-12', lang='kk',
     event='1998 mudflow in Sarkand district damages 20 yards in Cherkassk and Karaboget (Almaty Region, one year after the Taldykorgan Region was merged into it); the Sarkand-Lepsy road closed; rescuers from Almaty, machinery from Taldykorgan',
     text="""Сарқан ауданында сел жүріп, 20 үйдің ауласын лай басты
ТАЛДЫҚОРҒАН, 12 мамыр. ҚазАқпарат – Алматы облысының Сарқан ауданында жексенбі күні түнде жауған нөсерден кейін тау өзендерінде сел жүрді. Облыстық төтенше жағдайлар басқармасының хабарлауынша, Черкасск және Қарабөгет ауылдарындағы 20 үйдің ауласына лай мен тас кіріп, екі көпір бұзылды. Адам шығыны жоқ. Ауыл тұрғындары зақымдалған үйлерді тазалауға кірісті, мектептегі емтихандар бір аптаға шегерілді.
Сарқан – Лепсі жолы екі күнге жабылды. Облыстық басқарма Алматыдан 40 құтқарушы жіберді, ал Талдықорғаннан ауыр техника келді.
Былтыр Талдықорған облысы таратылып, оның аудандары Алматы облысына қосылғаннан кейін Сарқан ауданының тұрғындары облыс орталығына – Алматыға – 500 шақырымнан астам жол жүруге мәжбүр. Аудан әкімі сел салдарын жоюға облыстан қосымша қаржы сұрады.""",
     ann=[
        ('Сарқан ауданында', 0, 'district', 'Sarkand District', AR, {'note': 'headline; Jetisu Region only from 2022-06-08'}),
        ('ТАЛДЫҚОРҒАН', 0, 'city', 'Taldykorgan', AR, {'note': 'dateline'}),
        ('Алматы облысының', 0, 'region', AR, AR),
        ('Сарқан ауданында', 1, 'district', 'Sarkand District', AR),
        ('Черкасск', 0, 'village', 'Cherkassk', AR, {'note': 'in a list sharing "ауылдарындағы"; village with a Russian name'}),
        ('Қарабөгет', 0, 'village', 'Karaboget', AR, {'note': 'in a list sharing "ауылдарындағы"'}),
        ('Сарқан', 2, 'city', 'Sarkand', AR, {'note': 'NI:road endpoint'}),
        ('Лепсі', 0, 'village', 'Lepsy', AR, {'note': 'NI:road endpoint'}),
        ('Алматыдан', 0, 'city', 'Almaty', ALA, {'note': 'NI:origin of rescuers; seat of Almaty Region in 1998'}),
        ('Талдықорғаннан', 0, 'city', 'Taldykorgan', AR, {'note': 'NI:origin of machinery'}),
        ('Талдықорған облысы', 0, 'region', AR, AR, {'uncertain': True, 'note': 'Taldy-Kurgan Region, abolished in 1997 and merged into Almaty Region; labelled with the unit that holds its land on the article date'}),
        ('Алматы облысына', 0, 'region', AR, AR, {'note': 'NI:the merger of 1997'}),
        ('Сарқан ауданының', 0, 'district', 'Sarkand District', AR, {'note': 'NI:residents travelling to the regional seat'}),
        ('Алматыға', 0, 'city', 'Almaty', ALA, {'note': 'NI:seat of Almaty Region in 1998'}),
     ],
     inc={AR: (1, 'mudflow in Sarkand district damaging 20 yards in Cherkassk and Karaboget and two bridges')}),

dict(id='p022', date='2013-07-23', lang='kk',
     event='2013 rally of about 150 residents of Karazhal outside the town akimat over a week without drinking water in the heat (Karaganda Region before the 2022 split); pumps from Karaganda, tankers from Zhanaarka district; water schedules in Zhezkazgan and Balkhash',
     text="""Қаражалда ауызсу тапшылығына наразы тұрғындар әкімдік алдына жиналды
ҚАРАҒАНДЫ, 23 шілде. ҚазТАГ – Қарағанды облысының Қаражал қаласында бір аптадан бері ауызсу болмауына наразы 150-ге жуық тұрғын дүйсенбі күні қалалық әкімдік ғимаратының алдына жиналды. Олар қала әкімінің өзімен кездесуді талап етті. Тұрғындардың айтуынша, қалада су соңғы екі жылда жаз сайын үзіледі.
Әкімнің орынбасары жиналғандарға аптап ыстықта су тарту стансасындағы екі сорғының істен шыққанын, жаңа сорғылар Қарағандыдан жолға шыққанын айтты. Полиция ешкімді ұстаған жоқ, жұрт екі сағаттан кейін тарады.
Жаңаарқа ауданының әкімдігі қалаға су тасымалдайтын алты цистерна бөлді. Шілде басынан бері облыста ауа температурасы 40 градустан асып кетті, Жезқазған мен Балқашта да су беру кестесі енгізілді. Қаражал – кеншілер қаласы, мұнда 17 мыңға жуық адам тұрады.""",
     ann=[
        ('Қаражалда', 0, 'city', 'Karazhal', KR, {'note': 'headline; Ulytau Region only from 2022-06-08'}),
        ('ҚАРАҒАНДЫ', 0, 'city', 'Karaganda', KR, {'note': 'dateline'}),
        ('Қарағанды облысының', 0, 'region', KR, KR),
        ('Қаражал қаласында', 0, 'city', 'Karazhal', KR),
        ('Қарағандыдан', 0, 'city', 'Karaganda', KR, {'note': 'NI:origin of pumps'}),
        ('Жаңаарқа ауданының', 0, 'district', 'Zhanaarka District', KR, {'note': 'NI:inside the name of an authority that sent tankers'}),
        ('Жезқазған', 0, 'city', 'Zhezkazgan', KR, {'note': 'NI:water schedule'}),
        ('Балқашта', 0, 'city', 'Balkhash', KR, {'note': 'NI:water schedule'}),
        ('Қаражал', 1, 'city', 'Karazhal', KR),
     ],
     inc={KR: (1, 'rally of about 150 residents outside the Karazhal akimat over the water shortage; the shortage itself is not an incident')}),

dict(id='p023', date='2026-01-20', lang='kk',
     event='2026 avalanche on the Ivanov ridge near Ridder buries two off-piste skiers, one from Oskemen killed (East Kazakhstan Region, which kept Ridder after the 2022 split); dog handlers from Abai Region; avalanche warning in Katon-Karagay district',
     text="""Риддер маңында қар көшкіні екі шаңғышыны басып қалды
ӨСКЕМЕН, 20 қаңтар. ҚазАқпарат – Шығыс Қазақстан облысындағы Риддер қаласының маңында, Иванов жотасының баурайында жексенбі күні түсте қар көшкіні екі шаңғышыны басып қалды. Олардың біреуі – 32 жастағы Өскемен тұрғыны – қаза тапты, екіншісін құтқарушылар қардың астынан тірідей шығарып алды, деп хабарлады облыстық төтенше жағдайлар департаменті.
Шаңғышылар белгіленген трассадан тыс жерде, тау құтқарушыларының ескертуіне қарамастан түскен. Іздеу жұмыстарына Риддерден 25 құтқарушы, ал көрші Абай облысынан кинологтар мен екі ит жіберілді.
Соңғы үш күнде Үлбі өзенінің жоғарғы ағысында 60 сантиметрге дейін қар түскен. Департамент Риддер мен Катонқарағай ауданындағы тау шатқалдарында қар көшкіні қаупі жоғары екенін ескертіп, Риддер – Өскемен жолының тау бөлігінде қозғалысты шектеді.""",
     ann=[
        ('Риддер', 0, 'city', 'Ridder', EKR, {'note': 'headline'}),
        ('ӨСКЕМЕН', 0, 'city', 'Oskemen', EKR, {'note': 'dateline'}),
        ('Шығыс Қазақстан облысындағы', 0, 'region', EKR, EKR),
        ('Риддер қаласының', 0, 'city', 'Ridder', EKR),
        ('Иванов жотасының', 0, 'facility', 'Ivanov ridge', N, {'subkind': 'mountain range', 'note': 'natural feature named after a person'}),
        ('Өскемен', 0, 'city', 'Oskemen', EKR, {'note': 'NI:residence of the victim'}),
        ('Риддерден', 0, 'city', 'Ridder', EKR, {'note': 'NI:origin of rescuers'}),
        ('Абай облысынан', 0, 'region', ABR, ABR, {'note': 'NI:origin of dog handlers'}),
        ('Үлбі өзенінің', 0, 'facility', 'Ulba River', N, {'subkind': 'river'}),
        ('Риддер', 2, 'city', 'Ridder', EKR, {'note': 'NI:avalanche warning'}),
        ('Катонқарағай ауданындағы', 0, 'district', 'Katon-Karagay District', EKR, {'note': 'NI:avalanche warning'}),
        ('Риддер', 3, 'city', 'Ridder', EKR, {'note': 'NI:road endpoint'}),
        ('Өскемен', 1, 'city', 'Oskemen', EKR, {'note': 'NI:road endpoint'}),
     ],
     inc={EKR: (1, 'avalanche on the Ivanov ridge near Ridder, one skier killed')}),

dict(id='p024', date='2000-07-18', lang='kk',
     event='2000 fire in a cotton warehouse burns 300 t of raw cotton in Zhetysay, Maktaaral district (South Kazakhstan Region); fire engines from Shymkent and Saryagash; heat and water schedules in Shymkent; the Shardara reservoir low; Zhetysay is not Jetisu',
     text="""Жетісайда мақта қоймасы өртеніп, 300 тонна шикізат күйді
ШЫМКЕНТ, 18 шілде. ҚазАқпарат – Оңтүстік Қазақстан облысының Мақтаарал ауданындағы Жетісай қаласында дүйсенбі күні мақта тазалау зауытының қоймасы өртеніп, 300 тоннаға жуық шикі мақта күйіп кетті. Облыстық төтенше жағдайлар басқармасының хабарлауынша, өрт сөндірушілер жалынды төрт сағат бойы сөндірді, адам шығыны жоқ. Зауыт басшылығы шығынды 20 миллион теңге деп бағалады.
Өртке аптап ыстық пен электр сымдарының қысқа тұйықталуы себеп болған деген болжам бар. Көмекке Шымкенттен және Сарыағаштан өрт сөндіру көліктері келді.
Облыс орталығы Шымкентте шілде басынан бері ауа температурасы 45 градусқа жетіп, қалада ауызсу кестемен беріліп отыр. Шардара су қоймасындағы су деңгейі де күрт төмендеді: Мақтаарал диқандары егістікке су жетпей жатқанын айтып, Өзбекстанмен су бөлісу келісімін қайта қарауды сұрап отыр.""",
     ann=[
        ('Жетісайда', 0, 'city', 'Zhetysay', SKR, {'note': 'headline; not Jetisu Region; Turkistan Region only from 2018-06-19'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', SKR, {'note': 'dateline'}),
        ('Оңтүстік Қазақстан облысының', 0, 'region', SKR, SKR),
        ('Мақтаарал ауданындағы', 0, 'district', 'Maktaaral District', SKR),
        ('Жетісай қаласында', 0, 'city', 'Zhetysay', SKR),
        ('Шымкенттен', 0, 'city', 'Shymkent', SKR, {'note': 'NI:origin of fire engines'}),
        ('Сарыағаштан', 0, 'city', 'Saryagash', SKR, {'note': 'NI:origin of fire engines'}),
        ('Шымкентте', 0, 'city', 'Shymkent', SKR, {'note': 'NI:heat and water schedule'}),
        ('Шардара су қоймасындағы', 0, 'facility', 'Shardara reservoir', SKR, {'subkind': 'reservoir', 'note': 'NI:water level'}),
        ('Мақтаарал', 1, 'district', 'Maktaaral District', SKR, {'note': 'NI:"Мақтаарал диқандары", farmers of the district'}),
        ('Өзбекстанмен', 0, 'foreign', 'Uzbekistan', N),
     ],
     inc={SKR: (1, 'fire in the cotton warehouse of a ginnery in Zhetysay, 300 t of raw cotton burnt')}),
]
