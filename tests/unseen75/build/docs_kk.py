"""Kazakh texts of the seventy-fifth unseen check corpus (Cyrillic; p021 quotes a post in the
Kazakh Latin alphabet of 2021)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p017', date='2016-08-09', lang='kk',
     event='2016 gas explosion in a flat in the 14th microdistrict of Aktau (the former Shevchenko) and a fatal bus-car collision 20 km from Zhanaozen (the former Novy Uzen) on the Zhanaozen-Aktau road (Mangystau Region); the poet Taras Shevchenko vs the old name of the city',
     text="""Ақтауда газ жарылды, Жаңаөзен жолында апат
АҚТАУ, 9 тамыз. ҚазАқпарат – Ақтау қаласының 14-шағын ауданындағы бес қабатты үйдің үшінші қабатында тұрмыстық газ жарылып, екі адам күйік алды, деп хабарлады Маңғыстау облысының төтенше жағдайлар департаменті. Жарылыстан көршілес үш пәтердің терезесі сынған.
Сол күні кешке Жаңаөзен – Ақтау тас жолында, Жаңаөзен қаласынан 20 шақырым жерде жолаушылар автобусы мен жеңіл көлік соқтығысып, бір адам қаза тапты, тағы төртеуі ауруханаға жеткізілді.
Ақтау 1991 жылға дейін Шевченко деп аталған, ал Жаңаөзеннің кеңестік атауы – Новый Узень. Аға буын өкілдері әлі күнге дейін «Шевченкода тудым» дейді. Ал жастар бұл есімді тек украин ақыны Тарас Шевченкомен байланыстырады. Қалада оның ескерткіші де бар.""",
     ann=[
        ('Ақтауда', 0, 'city', 'Aktau', MR, {'note': 'headline'}),
        ('Жаңаөзен', 0, 'city', 'Zhanaozen', MR, {'note': 'headline; "the Zhanaozen road"'}),
        ('АҚТАУ', 0, 'city', 'Aktau', MR, {'note': 'dateline'}),
        ('Ақтау қаласының', 0, 'city', 'Aktau', MR),
        ('14-шағын ауданындағы', 0, 'district', '14th microdistrict (Aktau)', MR, {'subkind': 'microdistrict'}),
        ('Маңғыстау облысының', 0, 'region', MR, MR, {'note': 'inside the name of an authority'}),
        ('Жаңаөзен', 1, 'city', 'Zhanaozen', MR, {'note': 'NI:road endpoint'}),
        ('Ақтау', 1, 'city', 'Aktau', MR, {'note': 'NI:road endpoint'}),
        ('Жаңаөзен қаласынан', 0, 'city', 'Zhanaozen', MR, {'note': 'NI:reference point ("20 km from Zhanaozen")'}),
        ('Ақтау', 2, 'city', 'Aktau', MR, {'note': 'NI:the renaming'}),
        ('Шевченко', 0, 'city', 'Aktau', MR, {'note': 'NI:the name of Aktau until 1991'}),
        ('Жаңаөзеннің', 0, 'city', 'Zhanaozen', MR, {'note': 'NI:the renaming'}),
        ('Новый Узень', 0, 'city', 'Zhanaozen', MR, {'note': 'NI:the Soviet name of Zhanaozen'}),
        ('Шевченкода', 0, 'city', 'Aktau', MR, {'note': 'NI:birthplace, in a quote'}),
     ],
     inc={MR: (2, 'gas explosion in a flat in the 14th microdistrict of Aktau; fatal bus-car collision on the Zhanaozen-Aktau road')}),

dict(id='p018', date='2005-07-12', lang='kk',
     event='2005 night fire at the central market of Taraz (the former Dzhambul and Zhambyl, renamed twice) and a lorry overturned near Kulan (the former Lugovoy), Turar Ryskulov district, on the Almaty-Taraz road (Jambyl Region); the old city name Жамбыл vs the region',
     text="""Тараз базарында өрт, Құлан маңында жүк көлігі аударылды
ТАРАЗ, 12 шілде. ҚазТАГ – Тараз қаласындағы орталық базардың киім-кешек қатарында түнде өрт шығып, 60-қа жуық дүңгіршек жанып кетті. Зардап шеккендер жоқ, деп хабарлады Жамбыл облыстық төтенше жағдайлар басқармасы.
Сол түні Тұрар Рысқұлов ауданындағы Құлан ауылының (бұрынғы Луговой) маңында, Алматы – Тараз тас жолында жүк көлігі аударылып, жүргізуші жарақат алды.
Тараз – екі рет аты өзгерген қала: 1938–1993 жылдары Джамбул, 1993–1997 жылдары Жамбыл деп аталды. Облыс әлі де Жамбыл облысы деп аталады, сондықтан қала мен облыстың атын шатастыратындар көп. Базардағы саудагер Гүлнар Әбдіхалықова: «Қала үш рет атын ауыстырды, ал базардағы өрт сөндіргіш сол баяғы бір-ақ дана», – дейді.""",
     ann=[
        ('Тараз', 0, 'city', 'Taraz', JR, {'note': 'headline'}),
        ('Құлан', 0, 'village', 'Kulan', JR, {'note': 'headline'}),
        ('ТАРАЗ', 0, 'city', 'Taraz', JR, {'note': 'dateline'}),
        ('Тараз қаласындағы', 0, 'city', 'Taraz', JR),
        ('Жамбыл облыстық', 0, 'region', JR, JR, {'note': 'inside the name of an authority'}),
        ('Тұрар Рысқұлов ауданындағы', 0, 'district', 'Turar Ryskulov District', JR, {'note': 'district named after a person'}),
        ('Құлан ауылының', 0, 'village', 'Kulan', JR),
        ('Луговой', 0, 'village', 'Kulan', JR, {'note': 'the former name of Kulan'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:road endpoint'}),
        ('Тараз', 2, 'city', 'Taraz', JR, {'note': 'NI:road endpoint'}),
        ('Тараз', 3, 'city', 'Taraz', JR, {'note': 'NI:history of the name'}),
        ('Джамбул', 0, 'city', 'Taraz', JR, {'note': 'NI:the name of Taraz in 1938-1993'}),
        ('Жамбыл', 1, 'city', 'Taraz', JR, {'note': 'NI:the name of Taraz in 1993-1997; the city, not the region'}),
        ('Жамбыл облысы', 0, 'region', JR, JR, {'note': 'NI:the region keeps the name'}),
     ],
     inc={JR: (2, 'night fire at the central market of Taraz, about 60 stalls burnt; lorry overturned near Kulan')}),

dict(id='p019', date='2020-10-27', lang='kk',
     event='2020 week chronicle in the Nur-Sultan period: fire in a car park in Nur-Sultan\'s Baikonur district (Astana), collision near Kapshagay on the Almaty-Kapshagay road and a hostel fire in Taldykorgan (both Almaty Region before the 2022 split), gas explosion in a house in Kokshetau (Akmola Region), steppe fire near Semey (East Kazakhstan Region before 2022); old names Целиноград, Капчагай, Кокчетав, Талды-Курган, Семипалатинск; residents\' debate',
     text="""Апта шолуы: ескі атаулар, жаңа оқиғалар
НҰР-СҰЛТАН, 27 қазан. Kazinform – Өткен аптада еліміздің бірнеше өңірінде өрт пен жол апаттары тіркелді. Оқиғалар болған қалалардың көбінің есімі соңғы отыз жылда өзгерген, ал тұрғындар әлі күнге дейін ескі атауларды қолданады.
Елордада, Байқоңыр ауданындағы көпқабатты үйдің жерасты тұрағында сейсенбі түні өрт шығып, 12 көлік жанып кетті. Зардап шеккендер жоқ. Нұр-Сұлтан қаласы өз тарихында бес атау ауыстырды: Ақмола бекінісі, Ақмолинск, Целиноград, Ақмола, Астана. Таксист Бауыржан Қасенов: «Жолаушылардың жартысы әлі "Целиноградқа бар" дейді», – деп күледі.
Алматы облысында екі оқиға болды. Алматы – Қапшағай тас жолында, Қапшағайға кіре берісте үш көлік соқтығысып, бес адам жарақат алды. Қапшағайды орыс тілді тұрғындар бұрынғыша Капчагай деп атайды. Ал облыс орталығы Талдықорғанда жатақханада өрт шығып, 40 студент эвакуацияланды. Қаланың кеңестік атауы Талды-Курган болатын, бірақ бұл атауды қазір тек ескі карталардан көруге болады.
Ақмола облысының орталығы Көкшетауда жеке үйде газ баллоны жарылып, үй иесі күйік алды, деп хабарлады облыстық төтенше жағдайлар департаменті. Кеңес заманында қала Кокчетав деп аталған.
Шығыс Қазақстан облысында, Семей қаласынан 30 шақырым жерде дала өрті 800 гектар жерді шарпыды. Өртті сөндіруге Өскемен мен Курчатовтан құтқарушылар жіберілді. Семей 2007 жылға дейін Семипалатинск деп аталған еді.
Әлеуметтік желіде атаулар туралы пікірталас тоқтамайды. Біреулер тарихи есімдерді қайтару керек десе, енді біреулер «атын емес, жолын жөндеңдер» деп жазады. Ономастика комиссиясының мәліметінше, биыл тағы бірнеше ауданда ондаған ауыл мен көшенің атауы өзгеруі мүмкін.
Ономастика мамандарының айтуынша, тәуелсіздік жылдары елімізде мыңнан астам елді мекеннің атауы өзгерген. Әсіресе солтүстік және шығыс өңірлерде орысша атаулар көп болған. Дегенмен кейбір ірі қалалар, мысалы, Қарағанды мен Павлодар, кеңестік атауын сақтап қалды, ал олардың тұрғындары атау ауыстыру туралы ұсыныстарға салқын қарайды.""",
     ann=[
        ('НҰР-СҰЛТАН', 0, 'city', 'Astana', 'Astana', {'note': 'dateline; the capital named Nur-Sultan 2019-2022'}),
        ('бірнеше өңірінде', 0, 'quantified', 'several regions', N, {'count': None, 'unit': 'region', 'note': 'vague quantifier; the regions are named below'}),
        ('Байқоңыр ауданындағы', 0, 'district', 'Baikonur District (Astana)', 'Astana', {'subkind': 'city district', 'note': 'district of the capital, not the cosmodrome'}),
        ('Нұр-Сұлтан қаласы', 0, 'city', 'Astana', 'Astana', {'note': 'NI:history of the names'}),
        ('Ақмола бекінісі', 0, 'city', 'Astana', 'Astana', {'note': 'NI:the fort (Akmola fortress) that the city grew from'}),
        ('Ақмолинск', 0, 'city', 'Astana', 'Astana', {'note': 'NI:former name of the capital'}),
        ('Целиноград', 0, 'city', 'Astana', 'Astana', {'note': 'NI:former name of the capital'}),
        ('Ақмола', 1, 'city', 'Astana', 'Astana', {'note': 'NI:former name of the capital (1992-1998)'}),
        ('Астана', 0, 'city', 'Astana', 'Astana', {'note': 'NI:former name of the capital (1998-2019)'}),
        ('Целиноградқа', 0, 'city', 'Astana', 'Astana', {'note': 'NI:in a quote'}),
        ('Алматы облысында', 0, 'region', ALR, ALR),
        ('Алматы', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:road endpoint'}),
        ('Қапшағай', 0, 'city', 'Konaev', ALR, {'note': 'NI:road endpoint; named Konaev from 2022'}),
        ('Қапшағайға', 0, 'city', 'Konaev', ALR, {'note': 'the crash at the entrance to the town'}),
        ('Қапшағайды', 0, 'city', 'Konaev', ALR, {'note': 'NI:names'}),
        ('Капчагай', 0, 'city', 'Konaev', ALR, {'note': 'NI:the Russian name'}),
        ('Талдықорғанда', 0, 'city', 'Taldykorgan', ALR, {'note': 'Almaty Region before 2022-06-08'}),
        ('Талды-Курган', 0, 'city', 'Taldykorgan', ALR, {'note': 'NI:the Soviet name'}),
        ('Ақмола облысының', 0, 'region', AKR, AKR, {'note': 'the region, not the old name of the capital'}),
        ('Көкшетауда', 0, 'city', 'Kokshetau', AKR),
        ('Кокчетав', 0, 'city', 'Kokshetau', AKR, {'note': 'NI:the Soviet name'}),
        ('Шығыс Қазақстан облысында', 0, 'region', EKR, EKR),
        ('Семей қаласынан', 0, 'city', 'Semey', EKR, {'note': 'NI:reference point ("30 km from Semey"); East Kazakhstan Region before 2022-06-08'}),
        ('Өскемен', 0, 'city', 'Oskemen', EKR, {'note': 'NI:origin of rescuers'}),
        ('Курчатовтан', 0, 'city', 'Kurchatov', EKR, {'note': 'NI:origin of rescuers'}),
        ('Семей', 1, 'city', 'Semey', EKR, {'note': 'NI:the renaming'}),
        ('Семипалатинск', 0, 'city', 'Semey', EKR, {'note': 'NI:the name until 2007'}),
        ('бірнеше ауданда', 0, 'quantified', 'several districts', N, {'count': None, 'unit': 'district', 'note': 'planned renamings, not incidents'}),
        ('Қарағанды', 0, 'city', 'Karaganda', KR, {'note': 'NI:example of a city that kept its name'}),
        ('Павлодар', 0, 'city', 'Pavlodar', PR, {'note': 'NI:example of a city that kept its name'}),
     ],
     inc={'Astana': (1, 'fire in an underground car park in Baikonur district, 12 cars burnt'),
          ALR: (2, 'three-car collision at the entrance to Kapshagay; hostel fire in Taldykorgan'),
          AKR: (1, 'gas cylinder explosion in a house in Kokshetau'),
          EKR: (1, 'steppe fire of 800 ha 30 km from Semey')}),

dict(id='p020', date='2010-02-04', lang='kk',
     event='2010 boiler explosion at a school boiler house in Zhosaly (the former Dzhusaly), Karmakshy district (Kyzylorda Region), stoker hurt; pupils sent home; Kyzylorda as the hospital town; the railway station still signed Джусалы',
     text="""Жосалыда мектеп қазандығы жарылды
ҚЫЗЫЛОРДА, 4 ақпан. ҚазАқпарат – Қармақшы ауданының орталығы Жосалы кентінде №3 мектептің қазандығында су жылыту қазаны жарылды. Оқиға кезінде қазандықта болған от жағушы күйік алып, Қызылорда қаласындағы облыстық ауруханаға жеткізілді, деп хабарлады Қызылорда облысы төтенше жағдайлар департаменті.
Мектеп ғимаратында жылу жоқ болғандықтан, 600-ге жуық оқушы үйлеріне жіберілді. Аудан әкімдігі қазанды екі күнде ауыстыруға уәде берді.
Жосалы кенті кеңес заманында Джусалы деп аталған. Теміржол бекетінің маңдайшасында әлі күнге дейін ескі атау тұр, ал поезд кестесінде екі атау қатар жазылады. Жергілікті тұрғын Мұрат Жақсылықов: «Жолаушылар Джусалыда түсеміз бе, Жосалыда ма деп жиі шатасады», – дейді.""",
     ann=[
        ('Жосалыда', 0, 'village', 'Zhosaly', KZR, {'note': 'headline; settlement (kent), centre of Karmakshy district'}),
        ('ҚЫЗЫЛОРДА', 0, 'city', 'Kyzylorda', KZR, {'note': 'dateline'}),
        ('Қармақшы ауданының', 0, 'district', 'Karmakshy District', KZR),
        ('Жосалы кентінде', 0, 'village', 'Zhosaly', KZR, {'note': 'head noun in the span'}),
        ('Қызылорда қаласындағы', 0, 'city', 'Kyzylorda', KZR, {'note': 'NI:hospital town'}),
        ('Қызылорда облысы', 0, 'region', KZR, KZR, {'note': 'inside the name of an authority'}),
        ('Жосалы кенті', 0, 'village', 'Zhosaly', KZR, {'note': 'NI:the renaming; head noun in the span'}),
        ('Джусалы', 0, 'village', 'Zhosaly', KZR, {'note': 'NI:the Soviet name'}),
        ('Джусалыда', 0, 'village', 'Zhosaly', KZR, {'note': 'NI:in a quote'}),
        ('Жосалыда', 1, 'village', 'Zhosaly', KZR, {'note': 'NI:in a quote'}),
     ],
     inc={KZR: (1, 'boiler explosion at the school boiler house in Zhosaly, stoker burnt')}),

dict(id='p021', date='2025-05-20', lang='kk',
     event='2025 day chronicle in Shymkent and Turkistan Region: fire at a building materials market in Shymkent\'s Turan district (Shymkent), collision near Temirlan (the former Temirlanovka), Ordabasy district, a mudflow flooding 25 yards in Kentau and a protest of traders at the akimat in Turkestan (Turkistan Region); Chimkent in a Russian quote; an akimat post in the Kazakh Latin alphabet of 2021; Saryagash and Sayram without incident',
     text="""Шымкент пен Түркістан облысы: күн шежіресі
ШЫМКЕНТ, 20 мамыр. ҚазТАГ – Бүгін Шымкент қаласы мен Түркістан облысында бірнеше оқиға тіркелді.
09:15 – Шымкенттің Тұран ауданындағы құрылыс материалдары базарында таңғы сағат бесте өрт шықты. 14 дүңгіршек жанып кетті, зардап шеккендер жоқ. Базардағы саудагерлердің бірі орысша былай деді: «Я тридцать лет торгую, ещё с тех пор, как город назывался Чимкент, такого пожара не видел». Қала әкімдігі өз парақшасында латын әліпбиімен жазды: «Shymkent qalasy Turan audanyndaǵy bazarda órt sóndirildi».
10:40 – Шымкент – Түркістан тас жолында, Ордабасы ауданындағы Темірлан ауылының маңында жеңіл көлік пен жүк көлігі соқтығысып, екі адам жарақат алды. Темірлан кеңес кезінде Темирлановка деп аталған; жол бойындағы кейбір көрсеткіштерде ескі атау әлі тұр.
13:20 – Кентауда түнгі нөсерден кейін таудан сел жүріп, шеткі көшедегі 25 ауланы су басты. Тұрғындар уақытша мектепке көшірілді. Кентаудың өзі 1955 жылы салынған, оның атауы кеңестік кезде де өзгермеген сирек қалалардың бірі.
15:05 – Түркістан қаласында шамамен 60 саудагер жергілікті әкімдік алдына жиналып, ескі базарды бұзу жоспарына қарсылық білдірді. Облыс орталығы 2018 жылы Шымкенттен Түркістанға көшкеннен бері қалада құрылыс қарқынды жүріп жатыр.
16:30 – Сарыағаш пен Сайрам аудандарында ахуал тұрақты, деп хабарлады облыстық полиция департаменті. Облыстық төтенше жағдайлар департаменті сел қаупіне байланысты таулы аудандардың тұрғындарын сақ болуға шақырды.
17:10 – Оқырмандардың бірі: «Мен Шымкентті әлі күнге "Оңтүстік Қазақстан облысының орталығы" деп ойлайтын шетелдік туристерге жиі жол сілтеймін», – деп жазды.
17:40 – Кентау әкімдігі сел басқан көшенің тұрғындарына уақытша баспана беруге уәде етті. Қалалық мәслихат депутаттары арық жүйесін жөндеуге қосымша қаражат сұрайтынын мәлімдеді.""",
     ann=[
        ('Шымкент', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'headline'}),
        ('Түркістан облысы', 0, 'region', TR, TR, {'note': 'headline'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'dateline'}),
        ('Шымкент қаласы', 0, 'city', 'Shymkent', 'Shymkent'),
        ('Түркістан облысында', 0, 'region', TR, TR),
        ('Шымкенттің', 0, 'city', 'Shymkent', 'Shymkent'),
        ('Тұран ауданындағы', 0, 'district', 'Turan District (Shymkent)', 'Shymkent', {'subkind': 'city district'}),
        ('Чимкент', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:the Soviet/Russian name, in a Russian quote'}),
        ('Shymkent qalasy', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'Kazakh Latin alphabet of 2021 in an akimat post'}),
        ('Turan audanyndaǵy', 0, 'district', 'Turan District (Shymkent)', 'Shymkent', {'subkind': 'city district', 'note': 'Kazakh Latin alphabet of 2021'}),
        ('Шымкент', 2, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:road endpoint'}),
        ('Түркістан', 2, 'city', 'Turkistan', TR, {'note': 'NI:road endpoint'}),
        ('Ордабасы ауданындағы', 0, 'district', 'Ordabasy District', TR),
        ('Темірлан ауылының', 0, 'village', 'Temirlan', TR),
        ('Темірлан', 1, 'village', 'Temirlan', TR, {'note': 'NI:the renaming'}),
        ('Темирлановка', 0, 'village', 'Temirlan', TR, {'note': 'NI:the Soviet name'}),
        ('Кентауда', 0, 'city', 'Kentau', TR),
        ('Кентаудың', 0, 'city', 'Kentau', TR, {'note': 'NI:history of the town'}),
        ('Түркістан қаласында', 0, 'city', 'Turkistan', TR),
        ('Шымкенттен', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:former regional seat'}),
        ('Түркістанға', 0, 'city', 'Turkistan', TR, {'note': 'NI:new regional seat'}),
        ('Сарыағаш', 0, 'district', 'Saryagash District', TR, {'note': 'NI:in a list sharing "аудандарында"'}),
        ('Сайрам', 0, 'district', 'Sayram District', TR, {'note': 'NI:in a list sharing "аудандарында"'}),
        ('Шымкентті', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:in a reader\'s message'}),
        ('Кентау', 0, 'city', 'Kentau', TR, {'note': 'NI:inside the name of an authority (akimat); promise of shelter after the mudflow'}),
        ('Оңтүстік Қазақстан облысының', 0, 'region', TR, TR, {'uncertain': True, 'note': 'NI:the region\'s pre-2018 name, as foreign tourists think of it; labelled with the unit on the article date'}),
     ],
     inc={'Shymkent': (1, 'fire at a building materials market in Turan district, 14 stalls burnt'),
          TR: (3, 'collision near Temirlan, Ordabasy district; mudflow flooding 25 yards in Kentau; traders\' protest at the Turkestan akimat')}),

dict(id='p022', date='1995-02-14', lang='kk',
     event='1995 furnace explosion at the ferroalloy plant in Aksu (renamed from Yermak in 1993), three workers burnt (Pavlodar Region); the injured taken to Pavlodar; Ekibastuz specialists; residents still say Ермак',
     text="""Ақсудағы ферроқорытпа зауытында жарылыс
ПАВЛОДАР, 14 ақпан. ҚазТАГ – Ақсу қаласындағы ферроқорытпа зауытының балқыту пешінде дүйсенбі күні жарылыс болып, үш жұмысшы күйік алды. Зардап шеккендер Павлодар қаласындағы ауруханаға жеткізілді, деп хабарлады Павлодар облысы төтенше жағдайлар басқармасы.
Жарылыстың себебін анықтау үшін Екібастұздан мамандар шақырылды. Зауыт басшылығы өндіріс тоқтамағанын айтты. Зауыт 1968 жылы іске қосылған, қала тұрғындарының жартысына жуығы сонда жұмыс істейді.
Ақсу қаласы 1993 жылға дейін Ермак деп аталған. Қаладағы орыс тілді тұрғындардың көбі әлі күнге дейін «Ермакта тұрамын» дейді, ал поездағы билеттерде жаңа атау жазылған. Зауыт жұмысшысы Николай Ткаченко: «Атын өзгертті, бірақ пештер сол баяғы кеңестік пештер», – дейді.""",
     ann=[
        ('Ақсудағы', 0, 'city', 'Aksu (Pavlodar Region)', PR, {'note': 'headline'}),
        ('ПАВЛОДАР', 0, 'city', 'Pavlodar', PR, {'note': 'dateline'}),
        ('Ақсу қаласындағы', 0, 'city', 'Aksu (Pavlodar Region)', PR),
        ('Павлодар қаласындағы', 0, 'city', 'Pavlodar', PR, {'note': 'NI:hospital town'}),
        ('Павлодар облысы', 0, 'region', PR, PR, {'note': 'inside the name of an authority'}),
        ('Екібастұздан', 0, 'city', 'Ekibastuz', PR, {'note': 'NI:origin of specialists'}),
        ('Ақсу қаласы', 0, 'city', 'Aksu (Pavlodar Region)', PR, {'note': 'NI:the renaming'}),
        ('Ермак', 0, 'city', 'Aksu (Pavlodar Region)', PR, {'note': 'NI:the name of Aksu until 1993'}),
        ('Ермакта', 0, 'city', 'Aksu (Pavlodar Region)', PR, {'note': 'NI:residence, in a quote'}),
     ],
     inc={PR: (1, 'explosion in a smelting furnace at the ferroalloy plant in Aksu, three burnt')}),

dict(id='p023', date='2024-09-03', lang='kk',
     event='2024 Abai Region chronicle: steppe fire near Kurchatov, bus-lorry collision near Shar (the former Charsk), Zharma district, fatal house fire in Semey (the former Semipalatinsk), and a fire at a sawmill in Ayagoz (the former Sergiopol); warehouse fire in Oskemen/Ust-Kamenogorsk (East Kazakhstan Region) for contrast; residents\' debate on keeping Курчатов',
     text="""Абай облысы: бір аптаның оқиғалары және ескі атаулар
СЕМЕЙ, 3 қыркүйек. Abai.kz – Өткен аптада Абай облысында төрт ірі оқиға тіркелді, деп хабарлады облыстық төтенше жағдайлар департаменті.
Бейсенбі күні Курчатов қаласынан 15 шақырым жерде дала өрті шығып, желдің әсерінен 1200 гектар жерге тарады. Өртті 70-тен астам құтқарушы екі тәулік бойы сөндірді. Курчатов – бұрынғы Семей ядролық полигонының «астанасы» саналған қала. Жергілікті тұрғындардың бір бөлігі қала атауын өзгертуді ұсынып жүр, себебі ол полигонды еске салады. Енді бірі тарихтан қашудың керегі жоқ дейді.
Жұма күні Жарма ауданындағы Шар қаласының маңында жолаушылар автобусы мен жүк көлігі соқтығысып, алты адам жарақат алды. Шар кеңес кезінде Чарск деп аталған, теміржол бекетінің атауы 1990 жылдары ғана өзгерді.
Сенбі түні Семейдегі жеке үйде өрт шығып, 68 жастағы үй иесі қаза тапты. Семей 2007 жылға дейін Семипалатинск деп аталған, ал 2022 жылдың маусымынан бері жаңа облыстың орталығы.
Жексенбі күні Аягөз қаласындағы ағаш өңдеу цехында өрт болды, зардап шеккен жоқ. Аягөздің ескі атауы – Сергиополь, бірақ оны қазір тек тарихшылар мен өлкетанушылар ғана еске алады.
Көрші Шығыс Қазақстан облысында да тыныш болмады: Өскемендегі қойманың шатыры өртенді. Орыс тілді БАҚ бұл оқиғаны «пожар в Усть-Каменогорске» деп жазды. Облыс бөлінгенге дейін Семей мен Өскемен бір облыстың құрамында болғанын естеріңізге сала кетейік.
Облыс әкімдігінің ономастика комиссиясы биыл күзде бірнеше ауылдың атауын өзгерту туралы ұсыныстарды қарайды. Тұрғындар пікірі екіге бөлінген: біреулер тарихи атауларды қайтаруды қолдаса, енді біреулер «құжаттарды ауыстыру қымбатқа түседі» деп алаңдайды. Департамент мәліметінше, жаз басынан бері облыста 40-тан астам дала өрті тіркелген. Құтқарушылар тұрғындарды далада от жақпауға шақырды.""",
     ann=[
        ('Абай облысы', 0, 'region', ABR, ABR, {'note': 'headline'}),
        ('СЕМЕЙ', 0, 'city', 'Semey', ABR, {'note': 'dateline'}),
        ('Абай облысында', 0, 'region', ABR, ABR),
        ('Курчатов қаласынан', 0, 'city', 'Kurchatov', ABR, {'note': 'NI:reference point ("15 km from Kurchatov")'}),
        ('Курчатов', 1, 'city', 'Kurchatov', ABR, {'note': 'NI:renaming debate'}),
        ('Семей ядролық полигонының', 0, 'facility', 'Semipalatinsk Test Site', N, {'subkind': 'test site', 'note': 'NI:the former nuclear test site, which spans Abai, Pavlodar and Karaganda regions; the facility, not the city'}),
        ('Жарма ауданындағы', 0, 'district', 'Zharma District', ABR),
        ('Шар қаласының', 0, 'city', 'Shar', ABR, {'note': 'the crash "near Shar"'}),
        ('Шар', 1, 'city', 'Shar', ABR, {'note': 'NI:the renaming'}),
        ('Чарск', 0, 'city', 'Shar', ABR, {'note': 'NI:the Soviet name'}),
        ('Семейдегі', 0, 'city', 'Semey', ABR),
        ('Семей', 1, 'city', 'Semey', ABR, {'note': 'NI:the renaming'}),
        ('Семипалатинск', 0, 'city', 'Semey', ABR, {'note': 'NI:the name until 2007'}),
        ('Аягөз қаласындағы', 0, 'city', 'Ayagoz', ABR),
        ('Аягөздің', 0, 'city', 'Ayagoz', ABR, {'note': 'NI:the old name'}),
        ('Сергиополь', 0, 'city', 'Ayagoz', ABR, {'note': 'NI:the pre-Soviet name of Ayagoz'}),
        ('Шығыс Қазақстан облысында', 0, 'region', EKR, EKR),
        ('Өскемендегі', 0, 'city', 'Oskemen', EKR),
        ('Усть-Каменогорске', 0, 'city', 'Oskemen', EKR, {'note': 'Russian name in a quoted Russian headline; the same fire'}),
        ('Семей', 2, 'city', 'Semey', ABR, {'note': 'NI:background'}),
        ('Өскемен', 0, 'city', 'Oskemen', EKR, {'note': 'NI:background'}),
        ('бірнеше ауылдың', 0, 'quantified', 'several villages', N, {'count': None, 'unit': 'village', 'note': 'planned renamings, not incidents'}),
     ],
     inc={ABR: (4, 'steppe fire 15 km from Kurchatov; bus-lorry collision near Shar; fatal house fire in Semey; fire at a sawmill workshop in Ayagoz'),
          EKR: (1, 'roof of a warehouse burnt in Oskemen')}),

dict(id='p024', date='2013-10-08', lang='kk',
     event='2013 fire at a cotton warehouse in Atakent (the former Ilyich settlement), Maktaaral district (South Kazakhstan Region before the 2018 split); Zhetisai the former Dzhetysai; firefighters from Zhetisai; cotton bound for Uzbekistan; Shymkent dateline (South Kazakhstan Region)',
     text="""Мақтаарал ауданында мақта қоймасы өртенді
ШЫМКЕНТ, 8 қазан. ҚазАқпарат – Оңтүстік Қазақстан облысы Мақтаарал ауданының Атакент кентінде мақта қабылдау пунктінің қоймасы өртенді. 300 тоннаға жуық шикі мақта жанып кетті, адам шығыны жоқ, деп хабарлады ОҚО төтенше жағдайлар департаменті. Өртті сөндіруге Жетісай қаласынан қосымша күш жіберілді.
Атакенттің бұрынғы атауы – Ильич кенті. Ауданның орталығы Жетісай да кеңес кезінде орысша Джетысай деп жазылатын. Жергілікті ақсақал Әбдіраш Төлепов: «Атауларымыз қазақшаланды, ал мақтаның бағасы сол баяғы», – дейді.
Өртенген мақтаның бір бөлігі Өзбекстанға экспортталуы тиіс еді. Өрттің себебін тергеу анықтайды. Аудан әкімдігі барлық мақта қабылдау пункттерінде өрт қауіпсіздігін тексеруді бастады.""",
     ann=[
        ('Мақтаарал ауданында', 0, 'district', 'Maktaaral District', SKR, {'note': 'headline; South Kazakhstan Region before 2018-06-19'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', SKR, {'note': 'dateline; South Kazakhstan Region before 2018-06-19'}),
        ('Оңтүстік Қазақстан облысы', 0, 'region', SKR, SKR),
        ('Мақтаарал ауданының', 0, 'district', 'Maktaaral District', SKR),
        ('Атакент кентінде', 0, 'village', 'Atakent', SKR, {'note': 'settlement (kent); head noun in the span'}),
        ('ОҚО', 0, 'region', SKR, SKR, {'note': 'abbreviation of Оңтүстік Қазақстан облысы, inside the name of an authority'}),
        ('Жетісай қаласынан', 0, 'city', 'Zhetisai', SKR, {'note': 'NI:origin of firefighters'}),
        ('Атакенттің', 0, 'village', 'Atakent', SKR, {'note': 'NI:the renaming'}),
        ('Ильич кенті', 0, 'village', 'Atakent', SKR, {'note': 'NI:the Soviet name, with the head noun "кенті"'}),
        ('Жетісай', 1, 'city', 'Zhetisai', SKR, {'note': 'NI:the district centre'}),
        ('Джетысай', 0, 'city', 'Zhetisai', SKR, {'note': 'NI:the Soviet spelling'}),
        ('Өзбекстанға', 0, 'foreign', 'Uzbekistan', N, {'note': 'NI:export destination'}),
     ],
     inc={SKR: (1, 'fire at a cotton warehouse in Atakent, about 300 t of raw cotton burnt')}),
]
