"""Kazakh texts of the twentieth unseen check corpus (weather, tourism and the outdoors;
annotation tuples described in tests/build_check_corpus.py, run with --max-words=420)."""
N = None
JR, ALR, KYR, TR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'Turkistan Region', 'South Kazakhstan Region'
ABR, JTR, EKR, MR, KOR = 'Abai Region', 'Jetisu Region', 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR, UR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region', 'Ulytau Region'
ATR, AR, WKR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region'

DOCS = [
dict(id='p017', date='2010-07-19', lang='kk',
     event='2010 boat capsized by wind on the Kapchagay reservoir 15 km from Kapchagay town, a man from Almaty drowned (Almaty Region); five-hour jam on the Almaty-Kapchagay highway; heat forecast',
     text="""Қапшағай су қоймасында қайық аударылып, бір адам қаза тапты
ҚАПШАҒАЙ, 19 шілде (ҚазАқпарат) – Алматы облысындағы Қапшағай су қоймасында жексенбі күні үш адам мінген қайық аударылып, алматылық 30 жастағы ер адам суға батып кетті, деп хабарлады облыстық төтенше жағдайлар департаменті.
Оқиға Қапшағай қаласынан 15 шақырым жердегі демалыс аймағында болған. Қайықты қатты жел аударған, екі адамды жағадағы құтқарушылар судан аман алып шықты. Қаза тапқан ер адамның денесін сүңгуірлер дүйсенбі күні тапты.
Демалыс күндері Қапшағайға Алматыдан 40 мыңнан астам адам барған. Алматы – Қапшағай тас жолындағы кептеліс бес сағатқа созылды. Іле өзенінде салынған су қоймасының ұзындығы 180 шақырымға жетеді.
Қазгидромет осы аптада Алматы облысында 40 градусқа дейін ыстық болатынын болжап отыр. Құтқарушылар демалушыларды тек рұқсат етілген жағажайларда ғана шомылуға шақырды.""",
     ann=[
        ('Қапшағай су қоймасында', 0, 'facility', 'Kapchagay reservoir', N, {'subkind': 'reservoir', 'note': 'headline; water body in Almaty Region'}),
        ('ҚАПШАҒАЙ', 0, 'city', 'Konaev', ALR, {'note': 'dateline; Kapchagay, renamed Konaev later'}),
        ('Алматы облысындағы', 0, 'region', ALR, ALR),
        ('Қапшағай су қоймасында', 1, 'facility', 'Kapchagay reservoir', N, {'subkind': 'reservoir'}),
        ('Қапшағай қаласынан', 0, 'city', 'Konaev', ALR, {'note': 'NI:reference point ("15 шақырым жердегі")'}),
        ('Қапшағайға', 0, 'city', 'Konaev', ALR, {'note': 'NI:destination of holidaymakers'}),
        ('Алматыдан', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of holidaymakers'}),
        ('Алматы', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:route endpoint'}),
        ('Қапшағай', 3, 'city', 'Konaev', ALR, {'note': 'NI:route endpoint; traffic jam, not an incident'}),
        ('Іле өзенінде', 0, 'facility', 'Ili river', N, {'subkind': 'river'}),
        ('Алматы облысында', 0, 'region', ALR, ALR, {'note': 'NI:forecast'}),
     ],
     inc={ALR: (1, 'boat capsized on the Kapchagay reservoir 15 km from Kapchagay town; a man from Almaty drowned')}),

dict(id='p018', date='2022-07-05', lang='kk',
     event='2022 the new Jetisu Region presents its tourist season a month after its creation: Altyn-Emel and the Singing Dune, Lake Alakol at Koktuma and Akshi, the Jetisu Alatau, the Kora gorge near Tekeli, Lepsy; flights to Taldykorgan from Astana and Novosibirsk; formerly Almaty Region (no incident)',
     text="""Жетісу облысы туристерді Алтынемелге шақырады
ТАЛДЫҚОРҒАН, 5 шілде (Kazinform) – Бір ай бұрын құрылған Жетісу облысының әкімдігі жазғы туристік маусымның жоспарын таныстырды. Жаңа облысқа сегіз аудан мен екі қала кірді. Облыс орталығы Талдықорғанға Астанадан және Новосібірден тұрақты әуе рейстері ашылады.
Жаңа облыстың басты туристік нысандары – Алтынемел ұлттық паркі, Алакөл көлі және Жетісу Алатауы. Алтынемелдегі Әнші құмға биыл 60 мыңнан астам адам келеді деп күтілуде. Алакөл жағасындағы Көктұма мен Ақши ауылдарында 30 жаңа демалыс үйі салынды.
Текелі қаласы маңындағы Қора шатқалына және Сарқан ауданындағы Лепсі ауылына баратын жолдар жөнделуде. Бұл аудандар бұрын Алматы облысына қарайтын. Облыс әкімі туристерді Жаркент мешітіне де шақырды, ал Талдықорған әуежайында жаңа терминал күзде ашылады.
Қазгидромет шілде айында Алакөл маңында 35-38 градус ыстық болатынын болжады.""",
     ann=[
        ('Жетісу облысы', 0, 'region', JTR, JTR),
        ('Алтынемелге', 0, 'facility', 'Altyn-Emel National Park', JTR, {'subkind': 'national park', 'note': 'NI:headline; tourist destination'}),
        ('ТАЛДЫҚОРҒАН', 0, 'city', 'Taldykorgan', JTR, {'note': 'dateline'}),
        ('Жетісу облысының', 0, 'region', JTR, JTR, {'note': 'inside the name of an authority'}),
        ('сегіз аудан', 0, 'quantified', '8 districts', N, {'count': 8, 'unit': 'district', 'note': 'composition of the new region, not incidents'}),
        ('екі қала', 0, 'quantified', '2 cities', N, {'count': 2, 'unit': 'city', 'note': 'composition of the new region, not incidents'}),
        ('Талдықорғанға', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:flight destination'}),
        ('Астанадан', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of flights'}),
        ('Новосібірден', 0, 'foreign', 'Novosibirsk', N, {'note': 'origin of flights'}),
        ('Алтынемел ұлттық паркі', 0, 'facility', 'Altyn-Emel National Park', JTR, {'subkind': 'national park', 'note': 'NI:tourist destination'}),
        ('Алакөл көлі', 0, 'facility', 'Lake Alakol', N, {'subkind': 'lake', 'note': 'NI:tourist destination'}),
        ('Жетісу Алатауы', 0, 'facility', 'Jetisu Alatau', N, {'subkind': 'mountain range', 'note': 'NI:tourist destination; the range, not the region'}),
        ('Алтынемелдегі', 0, 'facility', 'Altyn-Emel National Park', JTR, {'subkind': 'national park', 'note': 'NI:expected visitors'}),
        ('Әнші құмға', 0, 'facility', 'Singing Dune', N, {'subkind': 'dune', 'note': 'NI:expected visitors'}),
        ('Алакөл', 1, 'facility', 'Lake Alakol', N, {'subkind': 'lake', 'note': 'NI:the shore'}),
        ('Көктұма', 0, 'village', 'Koktuma', JTR, {'note': 'NI:new guest houses; list sharing "ауылдарында"'}),
        ('Ақши', 0, 'village', 'Akshi', JTR, {'note': 'NI:new guest houses; list sharing "ауылдарында"'}),
        ('Текелі қаласы', 0, 'city', 'Tekeli', JTR, {'note': 'NI:reference point'}),
        ('Қора шатқалына', 0, 'facility', 'Kora gorge', N, {'subkind': 'gorge', 'note': 'NI:road repairs'}),
        ('Сарқан ауданындағы', 0, 'district', 'Sarkand District', JTR, {'note': 'NI:road repairs'}),
        ('Лепсі ауылына', 0, 'village', 'Lepsy', JTR, {'note': 'NI:road repairs'}),
        ('Алматы облысына', 0, 'region', ALR, ALR, {'note': 'NI:former unit of the districts'}),
        ('Жаркент мешітіне', 0, 'facility', 'Zharkent Mosque', JTR, {'subkind': 'mosque', 'note': 'NI:tourist destination'}),
        ('Талдықорған әуежайында', 0, 'facility', 'Taldykorgan Airport', JTR, {'subkind': 'airport', 'note': 'NI:new terminal planned'}),
        ('Алакөл', 2, 'facility', 'Lake Alakol', N, {'subkind': 'lake', 'note': 'NI:forecast'}),
     ],
     inc={}),

dict(id='p019', date='2021-02-09', lang='kk',
     event='2021 blizzard in the northern regions: roof of a market pavilion collapsed under snow in Petropavl (North Kazakhstan Region) and a lorry overturned in Auliekol district (Kostanay Region); roads closed in 9 regions; Kazhydromet warning for Nur-Sultan in the Kazakh Latin alphabet',
     text="""Солтүстік облыстарда боран: Петропавлда базар шатыры опырылды
НҰР-СҰЛТАН, 9 ақпан (ҚазАқпарат) – Елдің солтүстік облыстарында екі күннен бері соққан боран салдарынан 9 өңірде республикалық маңызы бар жолдар жабылды, деп хабарлады Төтенше жағдайлар министрлігі.
Петропавлда дүйсенбі күні таңертең қалың қардың салмағына шыдамаған орталық базардың павильонының шатыры опырылып түсті. Базар әлі ашылмаған еді, сондықтан зардап шеккендер жоқ. Базар екі аптаға жабылды. Солтүстік Қазақстан облысының әкімдігі қаладағы барлық сауда орындарының шатырларын тексеруді тапсырды.
Қостанай облысының Әулиекөл ауданында көктайғақ жолда жүк көлігі аударылып, жүргізуші ауруханаға жеткізілді. Дәрігерлердің айтуынша, оның өміріне қауіп жоқ. Қостанай – Рудный тас жолында қарға батып қалған 40-тан астам көлікті құтқарушылар шығарып алды.
Ақмола облысындағы Бурабай курортына баратын жол да уақытша жабылды. Көкшетау мен Щучинск арасында автобус қатынасы тоқтатылды.
Боран теміржол қатынасына да әсер етті. Нұр-Сұлтаннан Петропавлға және Қостанайға баратын пойыздар үш-төрт сағатқа кешікті. Мамлют ауданындағы Ресей шекарасына апаратын жолда жүк көліктерінің кезегі 5 шақырымға созылды.
Солтүстік Қазақстан облысының төтенше жағдайлар департаменті екі тәулікте 120-дан астам адамға көмек көрсетілгенін хабарлады. Құтқарушылар Қызылжар ауданындағы Бесқөл ауылы маңында қар басқан жолда қалған автобустың 28 жолаушысын жылы жерге жеткізді. Ешкім зардап шеккен жоқ.
Қазгидромет астана тұрғындарына арналған ескертуін латын әліпбиімен де жариялады:
«Nūr-Sūltan qalasynda 10 aqpanda qatty boran kütıledı, jel ekpını sekundyna 25 metrge deiın jetedı. Aqmola, Soltüstık Qazaqstan jäne Qostanai oblystarynda joldar jabyluy mümkın.»
Синоптиктердің айтуынша, боран бейсенбіге дейін басылады, одан кейін солтүстікте аяз 35 градусқа дейін күшейеді. Павлодар облысында мектеп оқушылары сабаққа бармайды. Қазгидромет мәліметінше, биылғы ақпан соңғы он жылдағы ең қарлы ай болуы мүмкін.""",
     ann=[
        ('Петропавлда', 0, 'city', 'Petropavl', NKR, {'note': 'headline'}),
        ('НҰР-СҰЛТАН', 0, 'city', 'Astana', 'Astana', {'note': 'dateline; the capital named Nur-Sultan in 2021'}),
        ('9 өңірде', 0, 'quantified', '9 regions', N, {'count': 9, 'unit': 'region', 'note': 'road closures, an official measure, not incidents'}),
        ('Петропавлда', 1, 'city', 'Petropavl', NKR),
        ('Солтүстік Қазақстан облысының', 0, 'region', NKR, NKR, {'note': 'inside the name of an authority'}),
        ('Қостанай облысының', 0, 'region', KOR, KOR),
        ('Әулиекөл ауданында', 0, 'district', 'Auliekol District', KOR),
        ('Қостанай', 1, 'city', 'Kostanay', KOR, {'note': 'NI:route endpoint; stuck cars pulled out, not an incident'}),
        ('Рудный', 0, 'city', 'Rudny', KOR, {'note': 'NI:route endpoint'}),
        ('Ақмола облысындағы', 0, 'region', AKR, AKR, {'note': 'NI:road closure'}),
        ('Бурабай курортына', 0, 'facility', 'Burabay resort', AKR, {'subkind': 'resort', 'note': 'NI:road closure'}),
        ('Көкшетау', 0, 'city', 'Kokshetau', AKR, {'note': 'NI:route endpoint; bus service suspended'}),
        ('Щучинск', 0, 'city', 'Shchuchinsk', AKR, {'note': 'NI:route endpoint; bus service suspended'}),
        ('Нұр-Сұлтаннан', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of delayed trains'}),
        ('Петропавлға', 0, 'city', 'Petropavl', NKR, {'note': 'NI:destination of delayed trains'}),
        ('Қостанайға', 0, 'city', 'Kostanay', KOR, {'note': 'NI:destination of delayed trains'}),
        ('Мамлют ауданындағы', 0, 'district', 'Mamlyut District', NKR, {'note': 'NI:queue of lorries, not an incident'}),
        ('Ресей', 0, 'foreign', 'Russia', N, {'note': 'the border'}),
        ('Солтүстік Қазақстан облысының', 1, 'region', NKR, NKR, {'note': 'inside the name of an authority'}),
        ('Қызылжар ауданындағы', 0, 'district', 'Kyzylzhar District', NKR, {'note': 'NI:passengers of a stuck bus taken to warmth, nobody hurt'}),
        ('Бесқөл ауылы', 0, 'village', 'Beskol (Kyzylzhar district)', NKR, {'note': 'NI:reference point of the rescue; not the Beskol of Alakol district'}),
        ('Nūr-Sūltan qalasynda', 0, 'city', 'Astana', 'Astana', {'note': 'NI:forecast; Kazakh Latin alphabet (2021)'}),
        ('Aqmola', 0, 'region', AKR, AKR, {'note': 'NI:forecast; list sharing "oblystarynda"; Kazakh Latin'}),
        ('Soltüstık Qazaqstan', 0, 'region', NKR, NKR, {'note': 'NI:forecast; list sharing "oblystarynda"; Kazakh Latin'}),
        ('Qostanai', 0, 'region', KOR, KOR, {'note': 'NI:forecast; list sharing "oblystarynda"; Kazakh Latin'}),
        ('Павлодар облысында', 0, 'region', PR, PR, {'note': 'NI:schools closed, an official measure'}),
     ],
     inc={NKR: (1, 'roof of a central market pavilion in Petropavl collapsed under snow'),
          KOR: (1, 'lorry overturned on an icy road in Auliekol district')}),

dict(id='p020', date='2019-03-14', lang='kk',
     event='2019 about 300 tourists from Russia, the USA, Germany and Japan watch a Soyuz launch from the Baikonur cosmodrome (Kyzylorda Region; leased to Russia); travel via Kyzylorda and Toretam station; new hotels in Toretam, Karmakshy district; Astana nine days before its renaming (no incident)',
     text="""Байқоңырдағы ұшырылымды 300-ге жуық турист тамашалады
ҚЫЗЫЛОРДА, 14 наурыз (ҚазАқпарат) – Байқоңыр ғарыш айлағынан бейсенбі күні Халықаралық ғарыш станциясына үш ғарышкер мінген «Союз» кемесі ұшырылды. Ұшырылымды арнайы бақылау алаңынан 300-ге жуық турист тамашалады, олардың көбі Ресей, АҚШ, Германия және Жапония азаматтары. Бақылау алаңы ұшыру кешенінен бір жарым шақырым жерде орналасқан. Сапардың бағасы 3 мың доллардан басталады.
Туристер Алматы мен Астанадан Қызылордаға ұшақпен, одан әрі Төретам стансасына пойызбен жетті. Ғарыш айлағы мен Байқоңыр қаласы Ресейге жалға берілгендіктен, шетелдіктерге арнайы рұқсат қажет.
Қызылорда облысының туризм басқармасы биыл ұшырылымдарға 2 мыңнан астам турист келеді деп күтеді. Қармақшы ауданындағы Төретам ауылында екі жаңа қонақүй ашылды, тағы біреуі күзде ашылады.
Қазгидромет ұшырылым күні Байқоңыр маңында ашық, желсіз ауа райы болатынын болжаған еді. Келесі ұшырылым сәуір айына жоспарланған.""",
     ann=[
        ('Байқоңырдағы', 0, 'facility', 'Baikonur Cosmodrome', KYR, {'subkind': 'cosmodrome', 'note': 'NI:headline; site of a routine launch; leased to Russia'}),
        ('ҚЫЗЫЛОРДА', 0, 'city', 'Kyzylorda', KYR, {'note': 'dateline'}),
        ('Байқоңыр ғарыш айлағынан', 0, 'facility', 'Baikonur Cosmodrome', KYR, {'subkind': 'cosmodrome', 'note': 'NI:routine launch; leased to Russia'}),
        ('Ресей', 0, 'foreign', 'Russia', N, {'note': 'origin of tourists'}),
        ('АҚШ', 0, 'foreign', 'United States', N, {'note': 'origin of tourists'}),
        ('Германия', 0, 'foreign', 'Germany', N, {'note': 'origin of tourists'}),
        ('Жапония', 0, 'foreign', 'Japan', N, {'note': 'origin of tourists'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of tourists; list sharing the ablative "-дан"'}),
        ('Астанадан', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of tourists; still named Astana on the article date'}),
        ('Қызылордаға', 0, 'city', 'Kyzylorda', KYR, {'note': 'NI:stop on the journey'}),
        ('Төретам стансасына', 0, 'facility', 'Toretam railway station', KYR, {'subkind': 'railway station', 'note': 'NI:stop on the journey'}),
        ('Байқоңыр қаласы', 0, 'city', 'Baikonur', KYR, {'note': 'NI:leased to Russia'}),
        ('Ресейге', 0, 'foreign', 'Russia', N),
        ('Қызылорда облысының', 0, 'region', KYR, KYR, {'note': 'inside the name of an authority'}),
        ('Қармақшы ауданындағы', 0, 'district', 'Karmakshy District', KYR, {'note': 'NI:new hotels'}),
        ('Төретам ауылында', 0, 'village', 'Toretam', KYR, {'note': 'NI:new hotels'}),
        ('Байқоңыр', 2, 'city', 'Baikonur', KYR, {'note': 'NI:forecast ("маңында", near Baikonur)'}),
     ],
     inc={}),

dict(id='p021', date='2000-04-05', lang='kk',
     event='2000 Zhaiyk (Ural) river rising at Oral; snowmelt in Orenburg oblast upstream; the Shagan and Derkul rivers; warnings for Zelenov, Terekti and Akzhaiyk districts; flood expected in Atyrau Region in May (no incident)',
     text="""Жайық өзенінің деңгейі көтеріліп жатыр
ОРАЛ, 5 сәуір (ҚазАқпарат) – Батыс Қазақстан облысында Жайық өзенінің деңгейі тәулігіне 20-30 сантиметрге көтеріліп жатыр, деп хабарлады Қазгидрометтің облыстық орталығы. Болжам бойынша, Орал қаласы тұсында су сәуірдің ортасында ең жоғары деңгейге жетеді.
Жоғарғы ағыстағы Ресейдің Орынбор облысында қар еріп біткен, сондықтан су мол келеді. Шаған және Деркөл өзендері де арнасынан шығуы мүмкін. Зеленов, Теректі және Ақжайық аудандарының жағалаудағы ауылдарына ескерту жасалды.
Облыс әкімдігі 20 мың құм қабын дайындады. «Әзірге су басқан үй жоқ, бірақ біз дайынбыз», – деді облыстық төтенше жағдайлар басқармасының өкілі. Гидрологтар судың деңгейін күн сайын үш рет өлшейді.
Жайық Атырау арқылы өтіп, Каспий теңізіне құяды. Атырау облысында су тасқыны мамыр айында күтіледі.""",
     ann=[
        ('Жайық өзенінің', 0, 'facility', 'Ural river', N, {'subkind': 'river', 'note': 'headline; Zhaiyk, the Kazakh name of the Ural'}),
        ('ОРАЛ', 0, 'city', 'Oral', WKR, {'note': 'dateline'}),
        ('Батыс Қазақстан облысында', 0, 'region', WKR, WKR),
        ('Жайық өзенінің', 1, 'facility', 'Ural river', N, {'subkind': 'river'}),
        ('Орал қаласы', 0, 'city', 'Oral', WKR, {'note': 'NI:forecast of the peak'}),
        ('Ресейдің', 0, 'foreign', 'Russia', N),
        ('Орынбор облысында', 0, 'foreign', 'Orenburg oblast', N, {'note': 'snowmelt upstream'}),
        ('Шаған', 0, 'facility', 'Shagan river', N, {'subkind': 'river', 'note': 'list sharing "өзендері"'}),
        ('Деркөл', 0, 'facility', 'Derkul river', N, {'subkind': 'river', 'note': 'list sharing "өзендері"'}),
        ('Зеленов', 0, 'district', 'Zelenov District', WKR, {'note': 'NI:warning; list sharing "аудандарының"'}),
        ('Теректі', 0, 'district', 'Terekti District', WKR, {'note': 'NI:warning; list sharing "аудандарының"'}),
        ('Ақжайық', 0, 'district', 'Akzhaiyk District', WKR, {'note': 'NI:warning; list sharing "аудандарының"'}),
        ('Жайық', 2, 'facility', 'Ural river', N, {'subkind': 'river'}),
        ('Атырау', 0, 'city', 'Atyrau', ATR, {'note': 'NI:the river flows through the city'}),
        ('Каспий теңізіне', 0, 'facility', 'Caspian Sea', N, {'subkind': 'sea'}),
        ('Атырау облысында', 0, 'region', ATR, ATR, {'note': 'NI:expected flood, not an incident'}),
     ],
     inc={}),

dict(id='p022', date='2024-06-18', lang='kk',
     event='2024 hail smashed car windows and pierced roofs in Al-Farabi district of Shymkent and flooded Respublika avenue (Shymkent); a storm tore 14 roofs off in Ayagoz (Abai Region; East Kazakhstan Region before 2022); warnings for 11 regions and three big cities; heat in Turkistan, Jambyl, Kyzylorda; a Latin-script notice about lifeguards at Alakol (Jetisu Region)',
     text="""Шымкентте бұршақ жауып, Аягөзде дауыл үй шатырларын ұшырды
АСТАНА, 18 маусым (Tengrinews) – «Қазгидромет» елдің 11 облысында және үш мегаполисте дауыл мен ыстыққа қатысты ескерту жариялады. Дүйсенбі күні табиғаттың тосын мінезі екі өңірде шығын келтірді.
Шымкентте кешке қарай 15 минут бойы жауған ірі бұршақ 200-ден астам көліктің әйнегін сындырып, Әл-Фараби ауданындағы бірнеше тұрғын үйдің шатырын тесіп өтті. Нөсерден кейін Республика даңғылын су басып, көлік қозғалысы екі сағатқа тоқтады. Қала әкімдігінің мәліметінше, жарақат алғандар жоқ, бірақ сақтандыру компанияларына бір түнде 300-ден астам өтініш түскен. Синоптиктердің айтуынша, маусым айында мұндай ірі бұршақ Шымкентте сирек болады.
Абай облысындағы Аягөз қаласында екпіні секундына 30 метрге жеткен дауыл 14 тұрғын үйдің шатырын ұшырып, электр желілерін үзді. Қаланың бірнеше көшесі түні бойы жарықсыз қалды. Электр желілерін жөндеуге Семейден 20 маман жіберілді, ал мектептің спорт залы уақытша баспана ретінде пайдаланылды. Облыстық төтенше жағдайлар департаменті Үржар ауданындағы Бақты ауылына баратын жолды уақытша жапты.
Аягөз бен Семей 2022 жылдың маусымына дейін Шығыс Қазақстан облысының құрамында болған. Жаңа облыс әкімдігі зардап шеккен отбасыларға көмек көрсетуге уәде берді. Абай облысының әкімі дүйсенбі кешінде Аягөзге барып, зақымдалған үйлерді аралады.
Синоптиктер алдағы үш күнде Түркістан, Жамбыл және Қызылорда облыстарында 42-45 градус ыстық болады деп болжап отыр. Алматы мен Қонаевта найзағай ойнап, жаңбыр жауады. Шымкент пен Түркістанда күндізгі ыстықта балаларды далада ұзақ қалдырмау ұсынылды, ал солтүстік облыстарда ауа температурасы 25 градустан аспайды.
Жетісу облысының туризм басқармасы Алакөлге демалуға баратындарға арналған хабарламасын латын әліпбиімен де таратты:
«Jetısu oblysyndağy Alaköl jağalauynda 20 mausymnan bastap qūtqaruşylar jūmys ısteidı. Köl betınde qatty jel soqqanda şomylmañyzdar.»""",
     ann=[
        ('Шымкентте', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'headline'}),
        ('Аягөзде', 0, 'city', 'Ayagoz', ABR, {'note': 'headline'}),
        ('АСТАНА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('11 облысында', 0, 'quantified', '11 regions', N, {'count': 11, 'unit': 'region', 'note': 'weather warnings, not incidents'}),
        ('үш мегаполисте', 0, 'quantified', '3 cities', N, {'count': 3, 'unit': 'city', 'note': 'weather warnings, not incidents'}),
        ('екі өңірде', 0, 'quantified', '2 regions', N, {'count': 2, 'unit': 'region', 'note': 'storm damage; both units are named below (Shymkent and Abai Region)'}),
        ('Шымкентте', 1, 'city', 'Shymkent', 'Shymkent'),
        ('Әл-Фараби ауданындағы', 0, 'district', 'Al-Farabi District (Shymkent)', 'Shymkent', {'subkind': 'city district'}),
        ('Республика даңғылын', 0, 'facility', 'Respublika Avenue (Shymkent)', 'Shymkent', {'subkind': 'street'}),
        ('Абай облысындағы', 0, 'region', ABR, ABR),
        ('Аягөз қаласында', 0, 'city', 'Ayagoz', ABR),
        ('Шымкентте', 2, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:climatological remark'}),
        ('Семейден', 0, 'city', 'Semey', ABR, {'note': 'NI:origin of repair crews'}),
        ('Үржар ауданындағы', 0, 'district', 'Urzhar District', ABR, {'note': 'NI:road closure, an official measure'}),
        ('Бақты ауылына', 0, 'village', 'Bakhty', ABR, {'note': 'NI:road closure, an official measure'}),
        ('Аягөз', 1, 'city', 'Ayagoz', ABR, {'note': 'NI:background on the unit'}),
        ('Семей', 0, 'city', 'Semey', ABR, {'note': 'NI:background on the unit'}),
        ('Шығыс Қазақстан облысының', 0, 'region', EKR, EKR, {'note': 'NI:former unit of Ayagoz and Semey'}),
        ('Абай облысының', 0, 'region', ABR, ABR, {'note': "NI:inside an official's title"}),
        ('Аягөзге', 0, 'city', 'Ayagoz', ABR, {'note': "NI:the governor's visit"}),
        ('Түркістан', 0, 'region', TR, TR, {'note': 'NI:forecast; list sharing "облыстарында"'}),
        ('Жамбыл', 0, 'region', JR, JR, {'note': 'NI:forecast; list sharing "облыстарында"'}),
        ('Қызылорда', 0, 'region', KYR, KYR, {'note': 'NI:forecast; list sharing "облыстарында"'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:forecast'}),
        ('Қонаевта', 0, 'city', 'Konaev', ALR, {'note': 'NI:forecast; the former Kapchagay, seat of Almaty Region'}),
        ('Шымкент', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:heat advice'}),
        ('Түркістанда', 0, 'city', 'Turkistan', TR, {'note': 'NI:heat advice'}),
        ('Жетісу облысының', 0, 'region', JTR, JTR, {'note': 'inside the name of an authority'}),
        ('Алакөлге', 0, 'facility', 'Lake Alakol', N, {'subkind': 'lake', 'note': 'NI:destination of holidaymakers'}),
        ('Jetısu oblysyndağy', 0, 'region', JTR, JTR, {'note': 'NI:Kazakh Latin alphabet (2021)'}),
        ('Alaköl jağalauynda', 0, 'facility', 'Lake Alakol', N, {'subkind': 'lake', 'note': 'NI:lifeguards; the shore of the lake; Kazakh Latin'}),
     ],
     inc={'Shymkent': (1, 'hail smashed car windows and pierced roofs in Al-Farabi district, Respublika Avenue flooded (a natural disaster counts once per ADM1)'),
          ABR: (1, 'storm tore roofs off 14 houses and cut power lines in Ayagoz')}),

dict(id='p023', date='2014-12-14', lang='kk',
     event='2014 Shymbulak opens its season above Almaty; a seven-km jam and a minibus-car collision injuring two on Gornaya street on the way to Medeu (Almaty); Ak Bulak resort in Talgar district (Almaty Region) also opens; avalanche warning for the Ile Alatau',
     text="""Шымбұлақ жаңа маусымды ашты, Медеу жолында кептеліс болды
АЛМАТЫ, 14 желтоқсан (Tengrinews) – Алматы маңындағы Шымбұлақ тау шаңғысы курорты сенбі күні жаңа маусымды ашты. Алғашқы күні курортқа 6 мыңнан астам адам келді, олардың арасында Астана мен Қарағандыдан, сондай-ақ Ресей мен Қытайдан келген шаңғышылар болды.
Медеу мұз айдынына апаратын Горный көшесінде жеті шақырымдық кептеліс пайда болды. Түске қарай осы көшеде туристер мінген шағын автобус жеңіл көлікпен соқтығысып, екі адам жарақат алды, деп хабарлады қалалық полиция. Полиция демалыс күндері курортқа қоғамдық көлікпен баруға кеңес берді. Курорттың жаңа аспалы жолы биыл алғаш рет іске қосылды, бір күндік билеттің бағасы 8 мың теңге.
Алматы облысының Талғар ауданындағы «Ақбұлақ» курорты да маусымды ашты. Қазгидромет Іле Алатауында алдағы күндері қалың қар жауып, көшкін қаупі артатынын ескертті.""",
     ann=[
        ('Шымбұлақ', 0, 'facility', 'Shymbulak ski resort', 'Almaty', {'subkind': 'ski resort', 'note': 'NI:headline; season opening; placed in the Medeu district of Almaty'}),
        ('Медеу', 0, 'facility', 'Medeu', 'Almaty', {'subkind': 'skating rink', 'note': 'NI:headline; "the road to Medeu"'}),
        ('АЛМАТЫ', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:reference point ("маңындағы")'}),
        ('Шымбұлақ тау шаңғысы курорты', 0, 'facility', 'Shymbulak ski resort', 'Almaty', {'subkind': 'ski resort', 'note': 'NI:season opening'}),
        ('Астана', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of skiers; list sharing the ablative "-дан"'}),
        ('Қарағандыдан', 0, 'city', 'Karaganda', KR, {'note': 'NI:origin of skiers'}),
        ('Ресей', 0, 'foreign', 'Russia', N, {'note': 'origin of skiers'}),
        ('Қытайдан', 0, 'foreign', 'China', N, {'note': 'origin of skiers'}),
        ('Медеу мұз айдынына', 0, 'facility', 'Medeu', 'Almaty', {'subkind': 'skating rink', 'note': 'NI:destination of the road'}),
        ('Горный көшесінде', 0, 'facility', 'Gornaya Street (Almaty)', 'Almaty', {'subkind': 'street'}),
        ('Алматы облысының', 0, 'region', ALR, ALR, {'note': 'NI:location of another resort'}),
        ('Талғар ауданындағы', 0, 'district', 'Talgar District', ALR, {'note': 'NI:location of another resort'}),
        ('Ақбұлақ', 0, 'facility', 'Ak Bulak ski resort', ALR, {'subkind': 'ski resort', 'note': 'NI:season opening'}),
        ('Іле Алатауында', 0, 'facility', 'Zailiysky Alatau', N, {'subkind': 'mountain range', 'note': 'NI:avalanche warning'}),
     ],
     inc={'Almaty': (1, 'minibus with tourists collided with a car on Gornaya Street on the way to Medeu, two injured')}),

dict(id='p024', date='2003-07-22', lang='kk',
     event='2003 mudflow washed away a tourist camp in the Aksu-Zhabagly reserve, Tulkubas district (South Kazakhstan Region before the 2018 reform), two injured, two bridges destroyed; tourists from Germany and Shymkent; Talas Alatau near the Kyrgyz and Uzbek borders',
     text="""Ақсу-Жабағылы қорығында сел туристер лагерін шайып кетті
ШЫМКЕНТ, 22 шілде (ҚазАқпарат) – Оңтүстік Қазақстан облысының Түлкібас ауданындағы Ақсу-Жабағылы қорығында жексенбі түні нөсерден кейін жүрген сел туристер лагерін шайып кетті, деп хабарлады облыстық төтенше жағдайлар басқармасы.
Лагерьде Германия мен Шымкенттен келген 16 турист болған. Олардың екеуі жарақат алып, Тұрар Рысқұлов ауылындағы аудандық ауруханаға жеткізілді, жағдайлары тұрақты. Қалғандарын қорық қызметкерлері Жабағылы ауылына түсірді.
Сел Ақсу шатқалынан төмен қарай үш шақырымға жетіп, екі көпірді қиратты. Құтқарушылар лагерьдегі палаткалар мен жабдықтардың көбін таба алмады. Қорық әкімшілігі туристік маршруттарды бір аптаға жапты. 1926 жылы құрылған бұл қорық – Орталық Азиядағы ең көне қорық.
Қорық Талас Алатауының батыс бөлігінде, Қырғызстан мен Өзбекстан шекарасына жақын орналасқан. Қазгидромет таудағы нөсер тағы екі күн жалғасатынын ескертті.""",
     ann=[
        ('Ақсу-Жабағылы қорығында', 0, 'facility', 'Aksu-Zhabagly nature reserve', SKR, {'subkind': 'nature reserve', 'note': 'headline'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', SKR, {'note': 'dateline; South Kazakhstan Region in 2003'}),
        ('Оңтүстік Қазақстан облысының', 0, 'region', SKR, SKR),
        ('Түлкібас ауданындағы', 0, 'district', 'Tulkubas District', SKR),
        ('Ақсу-Жабағылы қорығында', 1, 'facility', 'Aksu-Zhabagly nature reserve', SKR, {'subkind': 'nature reserve'}),
        ('Германия', 0, 'foreign', 'Germany', N, {'note': 'origin of tourists'}),
        ('Шымкенттен', 0, 'city', 'Shymkent', SKR, {'note': 'NI:origin of tourists'}),
        ('Тұрар Рысқұлов ауылындағы', 0, 'village', 'Turar Ryskulov', SKR, {'note': 'NI:hospital village; named after a person, still a place'}),
        ('Жабағылы ауылына', 0, 'village', 'Zhabagly', SKR, {'note': 'NI:tourists brought down to the village'}),
        ('Ақсу шатқалынан', 0, 'facility', 'Aksu canyon', N, {'subkind': 'canyon', 'note': 'natural feature in the reserve'}),
        ('Орталық Азиядағы', 0, 'foreign', 'Central Asia', N, {'subkind': 'macro-region', 'uncertain': True, 'note': 'macro-region that includes Kazakhstan'}),
        ('Талас Алатауының', 0, 'facility', 'Talas Alatau', N, {'subkind': 'mountain range'}),
        ('Қырғызстан', 0, 'foreign', 'Kyrgyzstan', N),
        ('Өзбекстан', 0, 'foreign', 'Uzbekistan', N),
     ],
     inc={SKR: (1, 'mudflow washed away a tourist camp in the Aksu-Zhabagly reserve, Tulkubas district, injuring two and destroying two bridges')}),
]
