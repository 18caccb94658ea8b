"""Kazakh texts of the eighty-sixth unseen check corpus (Cyrillic)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p017', date='2019-10-21', lang='kk',
     event='2019 fight of Astana and Ordabasy fans on Turan Avenue near the Astana Arena in Nur-Sultan, five detained (Astana); away fans from Shymkent; the club «Астана» vs the capital; next match in Kostanay',
     text="""Нұр-Сұлтанда матчтан кейін төбелес: бес адам ұсталды
НҰР-СҰЛТАН, 21 қазан (ҚазАқпарат)

Жексенбі күні «Астана Арена» стадионында өткен «Астана» – «Ордабасы» матчынан кейін екі команданың жанкүйерлері стадион маңындағы Тұран даңғылында төбелесіп қалды. Нұр-Сұлтан қаласы полиция департаментінің хабарлауынша, бес адам ұсталды, бір полицей жарақат алды.

Шымкенттен келген 300-ге жуық қонақ жанкүйер ойыннан кейін арнайы автобустармен теміржол вокзалына жеткізілді. Полицияның айтуынша, төбелесті солардың бір тобы бастаған.

Ойынды 25 мыңға жуық көрермен тамашалады, ойыннан кейін қалалық автобустар түн ортасына дейін жүрді. «Астана» 3:1 есебімен жеңіп, турнир кестесінің басына шықты. Келесі турда елорда клубы Қостанайда «Тоболмен» кездеседі, ал «Ордабасы» үйінде «Ақтөбені» қабылдайды.""",
     ann=[
        ('Нұр-Сұлтанда', 0, 'city', 'Astana', 'Astana', {'note': 'headline; name of the capital 2019-2022'}),
        ('НҰР-СҰЛТАН', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Астана Арена', 0, 'facility', 'Astana Arena', 'Astana', {'subkind': 'stadium', 'note': 'name in quotation marks; the club «Астана» is not annotated'}),
        ('Тұран даңғылында', 0, 'facility', 'Turan Avenue (Astana)', 'Astana', {'subkind': 'street'}),
        ('Нұр-Сұлтан қаласы', 0, 'city', 'Astana', 'Astana', {'note': 'inside the name of an authority'}),
        ('Шымкенттен', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:origin of the away fans'}),
        ('Қостанайда', 0, 'city', 'Kostanay', KOR, {'note': 'NI:venue of a future match'}),
     ],
     inc={'Astana': (1, 'fight of Astana and Ordabasy fans on Turan Avenue near the Astana Arena, five detained, a police officer hurt')}),

dict(id='p018', date='2025-06-09', lang='kk',
     event='2025 pitch invasion by home fans at the Shakhter stadium in Karaganda during Shakhter v Kairat, nine detained (Karaganda Region), and a temporary wooden stand collapses at the regional spartakiad football final in Satpayev, five hurt (Ulytau Region); teams of Zhezkazgan and Karazhal; an open-water swim on Lake Balkhash without incident; the stadium «Шахтер» vs the club',
     text="""Қарағандыда жанкүйерлер алаңға шықты, Сәтбаевта трибуна опырылды
ҚАРАҒАНДЫ, 9 маусым (Kazinform)

Демалыс күндері Қарағанды және Ұлытау облыстарында өткен спорт шаралары екі оқиғамен есте қалды.

Сенбі күні Қарағандыдағы «Шахтер» стадионында өткен «Шахтер» – «Қайрат» матчының 88-минутында 40-қа жуық жергілікті жанкүйер қоршаудан секіріп, алаңға жүгіріп шықты. Олар төрешіге бөтелке лақтырып, қонақтардың қақпашысын итеріп жіберді. Қарағанды облысы полиция департаменті тоғыз адамның ұсталғанын, екі стюардтың жарақат алғанын хабарлады. Ойын 20 минутқа тоқтатылды, соңында «Қайрат» 1:0 есебімен жеңді. Алматыдан келген қонақтар сол түні пойызбен үйлеріне аттанды.

Жексенбі күні Ұлытау облысының Сәтбаев қаласында облыстық спартакиаданың футболдан финалы өтті. Екінші таймда уақытша орнатылған ағаш трибунаның бір бөлігі опырылып, бес көрермен жарақат алды. Облыстық денсаулық сақтау басқармасының мәліметінше, үшеуі Жезқазған қаласының ауруханасына жеткізілді. Финалда Жезқазған мен Қаражал қалаларының құрамалары кездесті. Спартакиадаға облыстың барлық аудандарынан 600-ден астам спортшы қатысты.

Ұлытау облысының әкімі трибунаны орнатқан мердігерді тексеруді тапсырды. Оның айтуынша, облыс құрылғаннан бері Сәтбаевта да, Жезқазғанда да жаңа стадион салынбаған.

Ал Балқашта сол күні Балқаш көлінде өткен ашық судағы жүзу жарысы тыныш өтті. Оған облыстың бірнеше ауданынан және Астанадан 200-ге жуық жүзгіш қатысты. Жарыс жеңімпаздары шілдеде Алматыда өтетін республикалық кезеңге жолдама алды. Теміртауда жексенбіде өткен қалалық жартылай марафонға 1 500-ге жуық адам қатысып, ол да оқиғасыз аяқталды.

Айта кетейік, Қарағанды облысында биыл футбол матчтарында тәртіп бұзғаны үшін 30-дан астам жанкүйер жауапқа тартылған. «Шахтер» клубы келесі үй ойынын бос трибуналармен өткізуі мүмкін. Команда келесі турда Павлодарға барып, «Ертіспен» кездеседі. Ертіс өзенінің жағасындағы стадионда ойын 15 маусымда өтеді. Клуб жанкүйерлерден стадионда тәртіп сақтауды тағы да өтінді, билеттер сатылымы сәрсенбіде басталады.""",
     ann=[
        ('Қарағандыда', 0, 'city', 'Karaganda', KR, {'note': 'headline'}),
        ('Сәтбаевта', 0, 'city', 'Satpayev', UR, {'note': 'headline; Ulytau Region since 2022-06-08'}),
        ('ҚАРАҒАНДЫ', 0, 'city', 'Karaganda', KR, {'note': 'dateline'}),
        ('Қарағанды', 0, 'region', KR, KR, {'note': 'in a list sharing "облыстарында"'}),
        ('Ұлытау', 0, 'region', UR, UR, {'note': 'in a list sharing "облыстарында"'}),
        ('Қарағандыдағы', 0, 'city', 'Karaganda', KR),
        ('Шахтер', 0, 'facility', 'Shakhter Stadium', KR, {'subkind': 'stadium', 'note': 'the stadium in quotation marks; the second «Шахтер» is the club'}),
        ('Қарағанды облысы', 0, 'region', KR, KR, {'note': 'inside the name of an authority'}),
        ('Алматыдан', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of the away fans'}),
        ('Ұлытау облысының', 0, 'region', UR, UR),
        ('Сәтбаев қаласында', 0, 'city', 'Satpayev', UR),
        ('Жезқазған қаласының', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:hospital town'}),
        ('Жезқазған', 1, 'city', 'Zhezkazgan', UR, {'note': 'NI:team of the town; in a list sharing "қалаларының"'}),
        ('Қаражал', 0, 'city', 'Karazhal', UR, {'note': 'NI:team of the town; in a list sharing "қалаларының"; Ulytau Region since 2022-06-08'}),
        ('барлық аудандарынан', 0, 'quantified', 'all districts', N, {'count': None, 'unit': 'district', 'quantifier': 'all', 'note': 'origin of athletes, not incidents'}),
        ('Ұлытау облысының', 1, 'region', UR, UR, {'note': 'inside the name of an official post (akim)'}),
        ('Сәтбаевта', 1, 'city', 'Satpayev', UR, {'note': 'NI:no new stadium'}),
        ('Жезқазғанда', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:no new stadium'}),
        ('Балқашта', 0, 'city', 'Balkhash', KR, {'note': 'NI:race without incident'}),
        ('Балқаш көлінде', 0, 'facility', 'Lake Balkhash', N, {'subkind': 'lake', 'note': 'natural feature'}),
        ('бірнеше ауданынан', 0, 'quantified', 'several districts', N, {'count': None, 'unit': 'district', 'note': 'origin of swimmers, not incidents'}),
        ('Астанадан', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of swimmers'}),
        ('Алматыда', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:venue of a future stage'}),
        ('Теміртауда', 0, 'city', 'Temirtau', KR, {'note': 'NI:half-marathon without incident'}),
        ('Қарағанды облысында', 0, 'region', KR, KR, {'note': 'NI:annual statistics, not an incident'}),
        ('Павлодарға', 0, 'city', 'Pavlodar', PR, {'note': 'NI:venue of the next match; «Ертіспен» is the club'}),
        ('Ертіс өзенінің', 0, 'facility', 'Irtysh River', N, {'subkind': 'river', 'note': 'Kazakh name of the Irtysh; not the club'}),
     ],
     inc={KR: (1, 'pitch invasion by home fans at the Shakhter stadium in Karaganda, bottles thrown, goalkeeper pushed, nine detained, two stewards hurt'),
          UR: (1, 'temporary wooden stand partly collapsed at the spartakiad football final in Satpayev, five hurt')}),

dict(id='p019', date='1996-07-08', lang='kk',
     event='1996 fight of spectators after the Torgay Region football final in Arkalyk, 12 detained (Torgay Region, abolished 1997; Kostanay Region land); teams of Arkalyk and Zhangeldi district; Torgay village; Amangeldy district; the newspaper «Торғай таңы»; the planned merger with Kostanay Region',
     text="""Арқалықта облыс чемпионатының финалы төбелеспен аяқталды
АРҚАЛЫҚ, 8 шілде («Торғай таңы»)

Жексенбі күні Арқалық қаласының орталық стадионында Торғай облысы футбол чемпионатының финалы өтті. Онда облыс орталығының құрамасы мен Жангелді ауданының командасы кездесті. Ойынның соңғы минутында төреші қонақтарға пенальти тағайындағаннан кейін наразы болған көрермендер алаңға шығып, екі жақтың жанкүйерлері арасында төбелес басталды. Облыстық ішкі істер басқармасы 12 адамның ұсталғанын, үш адамның ауруханаға түскенін хабарлады.

Жангелді ауданынан келген жанкүйерлер финалға Торғай ауылынан екі автобуспен жеткен. Облыс әкімі қос команданың басшыларын шақырып, келесі маусымда финалды Амангелді ауданындағы Амангелді ауылында өткізуді ұсынды.

Облыстың болашағы әлі белгісіз: үкіметте Торғай облысын Қостанай облысымен біріктіру туралы ұсыныс талқыланып жатыр.""",
     ann=[
        ('Арқалықта', 0, 'city', 'Arkalyk', KOR, {'note': 'headline; town of the abolished Torgay Region, Kostanay Region since 1997'}),
        ('АРҚАЛЫҚ', 0, 'city', 'Arkalyk', KOR, {'note': 'dateline'}),
        ('Арқалық қаласының', 0, 'city', 'Arkalyk', KOR),
        ('Торғай облысы', 0, 'region', KOR, KOR, {'uncertain': True, 'note': 'Torgay Region, abolished in 1997; most of its land, Arkalyk included, passed to Kostanay Region, so it is labelled with that unit'}),
        ('Жангелді ауданының', 0, 'district', 'Zhangeldi District', KOR, {'note': 'team of the district'}),
        ('Жангелді ауданынан', 0, 'district', 'Zhangeldi District', KOR, {'note': 'NI:origin of the fans'}),
        ('Торғай ауылынан', 0, 'village', 'Torgay', KOR, {'note': 'NI:origin of the fans; centre of Zhangeldi district'}),
        ('Амангелді ауданындағы', 0, 'district', 'Amangeldy District', KOR, {'note': 'NI:proposed venue'}),
        ('Амангелді ауылында', 0, 'village', 'Amangeldy', KOR, {'note': 'NI:proposed venue'}),
        ('Торғай облысын', 0, 'region', KOR, KOR, {'uncertain': True, 'note': 'NI:planned merger; the abolished Torgay Region, labelled with the unit that took most of its land'}),
        ('Қостанай облысымен', 0, 'region', KOR, KOR, {'note': 'NI:planned merger'}),
     ],
     inc={KOR: (1, 'spectators ran onto the pitch and fans fought after the regional final in Arkalyk, 12 detained, three in hospital')}),

dict(id='p020', date='2013-05-27', lang='kk',
     event='2013 teenage fan falls from the upper stand of the Central Stadium in Almaty during Kairat v Taraz and dies (Almaty); the victim from Talgar (Almaty Region); away fans from Taraz; the club «Тараз» vs the city',
     text="""Орталық стадионда трибунадан құлаған жасөспірім қаза тапты
АЛМАТЫ, 27 мамыр (Tengrinews)

Жексенбі күні Алматыдағы Орталық стадионда өткен «Қайрат» – «Тараз» матчы кезінде 17 жастағы жанкүйер жоғарғы трибунаның қоршауынан асылып тұрып құлап кетті. Жасөспірім ауруханада көз жұмды. Алматы қаласы полиция департаментінің хабарлауынша, оқиға ойынның бірінші таймында болған, қылмыстық іс қозғалды.

Марқұм Алматы облысындағы Талғар қаласының тұрғыны болған. Достарының айтуынша, ол «Қайраттың» бірде-бір үй ойынын жіберіп алмаған.

«Тараз» клубының жанкүйерлері Тараздан келіп, қонақтар секторында отырған, олардың арасында ешкім зардап шекпеді. «Қайрат» басшылығы марқұмның отбасына көмек көрсететінін мәлімдеді. Келесі ойынында команда Қарағандыға барады, ал үйдегі ойындарда стадион қоршаулары биіктетіледі.""",
     ann=[
        ('Орталық стадионда', 0, 'facility', 'Central Stadium (Almaty)', 'Almaty', {'subkind': 'stadium', 'note': 'headline'}),
        ('АЛМАТЫ', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Алматыдағы', 0, 'city', 'Almaty', 'Almaty'),
        ('Орталық стадионда', 1, 'facility', 'Central Stadium (Almaty)', 'Almaty', {'subkind': 'stadium'}),
        ('Алматы қаласы', 0, 'city', 'Almaty', 'Almaty', {'note': 'inside the name of an authority'}),
        ('Алматы облысындағы', 0, 'region', ALR, ALR, {'note': "NI:the victim's home region"}),
        ('Талғар қаласының', 0, 'city', 'Talgar', ALR, {'note': "NI:the victim's home town"}),
        ('Тараздан', 0, 'city', 'Taraz', JR, {'note': 'NI:origin of the away fans; «Тараз» is the club'}),
        ('Қарағандыға', 0, 'city', 'Karaganda', KR, {'note': 'NI:venue of the next match'}),
     ],
     inc={'Almaty': (1, 'deadly mishap: a 17-year-old fan fell from the upper stand of the Central Stadium and died')}),

dict(id='p021', date='2018-03-12', lang='kk',
     event='2018 home fans throw stones at police outside the Kazhymukan stadium in Shymkent after Ordabasy v Aktobe, 15 detained (South Kazakhstan Region, three months before the split); detained from Ordabasy and Sayram districts; away fans from Aktobe; a friendly planned in Turkistan town',
     text="""Шымкентте «Ордабасы» жанкүйерлері полициямен қақтығысты
ШЫМКЕНТ, 12 наурыз (ҚазТАГ)

Жексенбі күні Қажымұқан атындағы стадионда «Ордабасы» мен «Ақтөбе» командалары тең ойнағаннан кейін (1:1) жүзге жуық жергілікті жанкүйер стадион қақпасының алдында полиция қызметкерлеріне тас лақтырды. Оңтүстік Қазақстан облысы полиция департаментінің мәліметінше, 15 адам ұсталды, төрт полицей жарақат алды.

Ұсталғандардың бір бөлігі Ордабасы ауданы мен Сайрам ауданынан келген. Ақтөбеден келген қонақтар ойыннан кейін арнайы автобуспен қаладан шығарылды, олардың арасында зардап шеккендер жоқ.

Облыс әкімдігі жанжалға байланысты арнайы комиссия құрды. Комиссия стадион қауіпсіздігіне жауапты компанияның жұмысын да тексереді. «Ордабасы» келесі аптада Түркістан қаласында «Тұранмен» жолдастық кездесу өткізеді.""",
     ann=[
        ('Шымкентте', 0, 'city', 'Shymkent', SKR, {'note': 'headline; South Kazakhstan Region before 2018-06-19'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', SKR, {'note': 'dateline'}),
        ('Қажымұқан атындағы стадионда', 0, 'facility', 'Kazhymukan Munaitpasov Stadium', SKR, {'subkind': 'stadium', 'note': 'named after a person'}),
        ('Оңтүстік Қазақстан облысы', 0, 'region', SKR, SKR, {'note': 'inside the name of an authority'}),
        ('Ордабасы ауданы', 0, 'district', 'Ordabasy District', SKR, {'note': 'NI:residence of detained fans; the club «Ордабасы» is not the district'}),
        ('Сайрам ауданынан', 0, 'district', 'Sayram District', SKR, {'note': 'NI:residence of detained fans'}),
        ('Ақтөбеден', 0, 'city', 'Aktobe', AR, {'note': 'NI:origin of the away fans; «Ақтөбе» is the club'}),
        ('Түркістан қаласында', 0, 'city', 'Turkistan', SKR, {'note': 'NI:venue of a friendly; South Kazakhstan Region before 2018-06-19'}),
     ],
     inc={SKR: (1, 'home fans threw stones at police outside the Kazhymukan stadium in Shymkent, 15 detained, four police officers hurt')}),

dict(id='p022', date='2024-10-07', lang='kk',
     event='2024 away fans of Kaisar run onto the pitch and fight after Turan v Kaisar in Turkistan town, seven detained (Turkistan Region), and a horse breaks through the fence into spectators at a district baiga in Shieli district, four hurt (Kyzylorda Region); quiet Ordabasy v Astana in Shymkent; fans from Ordabasy district; a friendly with a club from Uzbekistan',
     text="""Түркістанда матчтан кейін тәртіпсіздік, Шиеліде бәйге кезінде көрермендер жарақат алды
ТҮРКІСТАН, 7 қазан (Kazinform)

Өткен демалыс күндері Түркістан және Қызылорда облыстарында спорт жарыстары кезінде екі оқиға тіркелді.

Сенбі күні Түркістан қаласының орталық стадионында «Тұран» мен «Қайсар» арасындағы бірінші лига матчынан кейін қонақтардың жанкүйерлері алаңға жүгіріп шығып, жергілікті жанкүйерлермен төбелесті. Олар стадион маңындағы екі дүңгіршектің әйнегін сындырды. Түркістан облысы полиция департаменті жеті адамның ұсталғанын хабарлады. Ұсталғандардың көбі Қызылордадан келген, екеуі Кентау қаласының тұрғыны.

Жексенбі күні Қызылорда облысының Шиелі ауданында өткен аудандық бәйгеде мәреге жақындаған бір ат қоршауды бұзып, көрермендердің арасына кіріп кетті. Төрт адам, соның ішінде екі бала жарақат алып, Шиелі кентіндегі ауруханаға жеткізілді. Балалардың жағдайы қазір тұрақты, олардың біреуі ертең үйіне шығарылады деп күтілуде. Жарыс тоқтатылмай, соңына дейін жалғасты, бас жүлдені жергілікті шабандоз жеңіп алды. Облыстың төтенше жағдайлар департаменті мен әкімдігі бәйге ұйымдастырушыларын тексеріп жатыр. Күз айларында мұндай бәйгелер облыстың бірнеше ауданында өтеді.

Шымкентте сол күні «Ордабасы» «Астананы» 2:0 есебімен жеңді, ойын тыныш өтті. Ордабасы ауданынан келген 500-ге жуық жанкүйер командасын қолдады. Клуб басшылығы келесі маусымда Түркістан облысының аудандарында жанкүйерлермен кездесулер өткізетінін айтты.

«Тұран» келесі ойынын Таразда өткізеді, ал «Қайсар» Қызылордада Өзбекстанның «Навбахор» клубымен жолдастық кездесу ұйымдастырмақ. «Қайсар» жанкүйерлерінің клубы Түркістандағы оқиға үшін кешірім сұрап, төбелеске қатысқандардың келесі маусымда стадионға кіруіне тыйым салатынын мәлімдеді.

Айта кетейік, Түркістан облысында соңғы екі жылда жаңа стадиондар Сарыағаш, Жетісай және Кентау қалаларында ашылды. Облыс әкімдігі 2026 жылы Түркістанда 15 мың орындық стадион салуды жоспарлап отыр. Ал Қызылорда облысында бәйге өткізу ережелері қатаңдатылмақ: облыс әкімі барлық аудандардағы ипподромдарды тексеруді тапсырды.""",
     ann=[
        ('Түркістанда', 0, 'city', 'Turkistan', TR, {'note': 'headline; the town, Turkistan Region'}),
        ('Шиеліде', 0, 'village', 'Shieli', KZR, {'note': 'headline; the baiga took place in Shieli district (village status)'}),
        ('ТҮРКІСТАН', 0, 'city', 'Turkistan', TR, {'note': 'dateline'}),
        ('Түркістан', 0, 'region', TR, TR, {'note': 'in a list sharing "облыстарында"'}),
        ('Қызылорда', 0, 'region', KZR, KZR, {'note': 'in a list sharing "облыстарында"'}),
        ('Түркістан қаласының', 0, 'city', 'Turkistan', TR),
        ('Түркістан облысы', 0, 'region', TR, TR, {'note': 'inside the name of an authority'}),
        ('Қызылордадан', 0, 'city', 'Kyzylorda', KZR, {'note': 'NI:origin of detained fans'}),
        ('Кентау қаласының', 0, 'city', 'Kentau', TR, {'note': 'NI:residence of detained fans'}),
        ('Қызылорда облысының', 0, 'region', KZR, KZR),
        ('Шиелі ауданында', 0, 'district', 'Shieli District', KZR),
        ('Шиелі кентіндегі', 0, 'village', 'Shieli', KZR, {'note': 'NI:hospital; settlement (кент)'}),
        ('бірнеше ауданында', 0, 'quantified', 'several districts', N, {'count': None, 'unit': 'district', 'note': 'where baigas are held, not incidents'}),
        ('Шымкентте', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:quiet match; «Астананы» is the club'}),
        ('Ордабасы ауданынан', 0, 'district', 'Ordabasy District', TR, {'note': 'NI:origin of the fans; not the club'}),
        ('Түркістан облысының', 0, 'region', TR, TR, {'note': 'NI:planned meetings with fans'}),
        ('Таразда', 0, 'city', 'Taraz', JR, {'note': 'NI:venue of a future match'}),
        ('Қызылордада', 0, 'city', 'Kyzylorda', KZR, {'note': 'NI:venue of a friendly'}),
        ('Өзбекстанның', 0, 'foreign', 'Uzbekistan', N, {'note': "NI:the friendly opponent's country"}),
        ('Түркістандағы', 0, 'city', 'Turkistan', TR, {'note': 'the brawl recalled'}),
        ('Түркістан облысында', 0, 'region', TR, TR, {'note': 'NI:new stadiums'}),
        ('Сарыағаш', 0, 'city', 'Saryagash', TR, {'note': 'NI:new stadium; in a list sharing "қалаларында"'}),
        ('Жетісай', 0, 'city', 'Zhetisay', TR, {'note': 'NI:new stadium; in a list sharing "қалаларында"; not Jetisu Region'}),
        ('Кентау', 1, 'city', 'Kentau', TR, {'note': 'NI:new stadium; in a list sharing "қалаларында"'}),
        ('Түркістанда', 1, 'city', 'Turkistan', TR, {'note': 'NI:planned stadium'}),
        ('Қызылорда облысында', 0, 'region', KZR, KZR, {'note': 'NI:stricter rules for baigas'}),
        ('барлық аудандардағы', 0, 'quantified', 'all districts', N, {'count': None, 'unit': 'district', 'quantifier': 'all', 'note': 'inspection of hippodromes, not incidents'}),
     ],
     inc={TR: (1, 'away fans ran onto the pitch and fought home fans after Turan v Kaisar in Turkistan, kiosk windows broken, seven detained'),
          KZR: (1, 'a horse broke through the fence into spectators at a district baiga in Shieli district, four hurt')}),

dict(id='p023', date='2023-08-14', lang='kk',
     event='2023 fight of Akzhaiyk and Aktobe fans in a park on the bank of the Ural in Oral after the match at the Pyotr Atoyan stadium, 11 detained (West Kazakhstan Region); away fans from Aktobe on the Oral-Aktobe road; the club «Ақтөбе» vs the city',
     text="""Оралда «Ақжайық» пен «Ақтөбе» жанкүйерлері төбелесті
ОРАЛ, 14 тамыз (ҚазТАГ)

Жексенбі күні Оралдағы Петр Атоян атындағы стадионда өткен «Ақжайық» – «Ақтөбе» матчынан кейін екі команданың жүзге жуық жанкүйері Жайық өзенінің жағалауындағы саябақта төбелесті. Батыс Қазақстан облысы полиция департаментінің хабарлауынша, 11 адам ұсталды, үшеуі жеңіл жарақат алды.

Ақтөбеден келген 400-ге жуық қонақ жанкүйер ойыннан кейін Орал – Ақтөбе тас жолымен үйлеріне қайтты. Полиция колоннаны облыс шекарасына дейін шығарып салды.

«Ақтөбе» 2:1 есебімен жеңді. «Ақжайық» жанкүйерлерінің клубы төбелеске қатысқандардың стадионға кіруіне бір жылға тыйым салатынын мәлімдеді. Ойынды 8 мыңға жуық көрермен тамашалады. Команда келесі ойынын Атырауда өткізеді.""",
     ann=[
        ('Оралда', 0, 'city', 'Oral', WKR, {'note': 'headline; «Ақтөбе» in the headline is the club'}),
        ('ОРАЛ', 0, 'city', 'Oral', WKR, {'note': 'dateline'}),
        ('Оралдағы', 0, 'city', 'Oral', WKR),
        ('Петр Атоян атындағы стадионда', 0, 'facility', 'Pyotr Atoyan Stadium', WKR, {'subkind': 'stadium', 'note': 'named after a person'}),
        ('Жайық өзенінің', 0, 'facility', 'Ural River', N, {'subkind': 'river', 'note': 'Kazakh name of the Ural; the club «Ақжайық» is not the river'}),
        ('Батыс Қазақстан облысы', 0, 'region', WKR, WKR, {'note': 'inside the name of an authority'}),
        ('Ақтөбеден', 0, 'city', 'Aktobe', AR, {'note': 'NI:origin of the away fans'}),
        ('Орал', 0, 'city', 'Oral', WKR, {'note': 'NI:route endpoint'}),
        ('Ақтөбе', 2, 'city', 'Aktobe', AR, {'note': 'NI:route endpoint; the other «Ақтөбе» are the club'}),
        ('Атырауда', 0, 'city', 'Atyrau', ATR, {'note': 'NI:venue of the next match'}),
     ],
     inc={WKR: (1, 'fight of about 100 Akzhaiyk and Aktobe fans in a park on the bank of the Ural in Oral, 11 detained, three hurt')}),

dict(id='p024', date='1992-09-14', lang='kk',
     event='1992 fight of Tselinnik and Shakhter fans on Lenin Square in Akmola, the former Tselinograd (Astana; not yet the capital), in the first championship of independent Kazakhstan, ten detained; away fans from Karaganda; Akmola Region police at the station; the club «Целинник»',
     text="""Ақмолада футбол жанкүйерлері төбелесті
АҚМОЛА, 14 қыркүйек (ҚазТАГ)

Тәуелсіз Қазақстанның алғашқы футбол чемпионатының сенбідегі турында Ақмолада өткен «Целинник» – «Шахтер» матчынан кейін екі команданың жанкүйерлері қала орталығындағы Ленин алаңында төбелесті. Қалалық ішкі істер басқармасы он адамның ұсталғанын, бір адамның пышақпен жараланғанын хабарлады.

Қарағандыдан келген 200-ге жуық жанкүйер кешкі пойызбен қайтты. Ақмола облысының ішкі істер басқармасы олардың қауіпсіздігі үшін теміржол вокзалына қосымша патруль жіберген.

Биыл атауы өзгерген қаланы жергілікті тұрғындар әлі де Целиноград деп атайды. Ойынды 12 мыңға жуық көрермен тамашалады, «Шахтер» 2:1 есебімен жеңді. «Целинник» клубы да ескі атауын сақтап қалды. Команда келесі ойынын Қарағандыда өткізеді.""",
     ann=[
        ('Ақмолада', 0, 'city', 'Astana', 'Astana', {'note': 'headline; the city Akmola (1992-1998), now Astana; not Akmola Region'}),
        ('АҚМОЛА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Қазақстанның', 0, 'country', 'Kazakhstan', N),
        ('Ақмолада', 1, 'city', 'Astana', 'Astana'),
        ('Ленин алаңында', 0, 'facility', 'Lenin Square (Akmola)', 'Astana', {'subkind': 'square', 'note': 'named after a person'}),
        ('Қарағандыдан', 0, 'city', 'Karaganda', KR, {'note': 'NI:origin of the away fans'}),
        ('Ақмола облысының', 0, 'region', AKR, AKR, {'note': 'NI:inside the name of an authority that sent patrols'}),
        ('Целиноград', 0, 'city', 'Astana', 'Astana', {'note': 'NI:former name of the city (Soviet era)'}),
        ('Қарағандыда', 0, 'city', 'Karaganda', KR, {'note': 'NI:venue of the next match'}),
     ],
     inc={'Astana': (1, 'fight of Tselinnik and Shakhter fans on Lenin Square in Akmola, ten detained, one stabbed')}),
]
