"""Kazakh texts of the seventy-fourth unseen check corpus (Cyrillic; annotation tuples described
in tests/build_check_corpus.py, run with --max-words=420)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'
LIST = 'in a list sharing "облыстарында"'

DOCS = [
dict(id='p017', date='2019-07-23', lang='kk',
     event='2019 heat and extreme fire danger for the Turkistan, Kyzylorda and Zhambyl regions and Shymkent: fire at the «Сайрам» shopping centre in Shymkent (not Sayram district), reed fire on the Syr Darya near Shauildir, Otyrar district (Turkistan Region); power cuts in several districts of Kyzylorda Region not counted',
     text="""Оңтүстікте аптап ыстық: Шымкентте сауда үйі өртенді, Отырар ауданында қамыс жанды
НҰР-СҰЛТАН, 23 шілде. ҚазАқпарат – Қазгидромет Түркістан, Қызылорда және Жамбыл облыстарында, сондай-ақ Шымкент қаласында ауа температурасы 45 градусқа дейін көтерілетінін ескертіп, өрт қаупінің төтенше деңгейін жариялады.
Дүйсенбі күні кешке Шымкенттегі «Сайрам» сауда үйінде өрт шықты: 30-дан астам дүкен жанып кетті, адамдар зардап шеккен жоқ, деп хабарлады қаланың төтенше жағдайлар департаменті.
Түркістан облысының Отырар ауданында Сырдария жағасындағы қамыс өртеніп, от 300 гектарға тарады. Өртті Шәуілдір ауылының маңында ғана тоқтатты.
Қызылорда облысының бірнеше ауданында ыстықтан электр желілері шамадан тыс жүктеліп, тұрғындар түні бойы жарықсыз отырды.""",
     ann=[
        ('Шымкентте', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'headline; city of republican significance since 2018-06-19'}),
        ('Отырар ауданында', 0, 'district', 'Otyrar District', TR, {'note': 'headline'}),
        ('НҰР-СҰЛТАН', 0, 'city', 'Astana', 'Astana', {'note': 'dateline; the capital named Nur-Sultan 2019-2022'}),
        ('Түркістан', 0, 'region', TR, TR, {'note': 'NI:heat and fire danger warning; ' + LIST}),
        ('Қызылорда', 0, 'region', KZR, KZR, {'note': 'NI:heat and fire danger warning; ' + LIST}),
        ('Жамбыл', 0, 'region', JR, JR, {'note': 'NI:heat and fire danger warning; ' + LIST}),
        ('Шымкент қаласында', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:warning'}),
        ('Шымкенттегі', 0, 'city', 'Shymkent', 'Shymkent'),
        ('Сайрам', 0, 'facility', 'Sayram shopping centre (Shymkent)', 'Shymkent', {'subkind': 'shopping centre', 'note': 'name in quotation marks; not Sayram District of Turkistan Region'}),
        ('Түркістан облысының', 0, 'region', TR, TR),
        ('Отырар ауданында', 1, 'district', 'Otyrar District', TR),
        ('Сырдария', 0, 'facility', 'Syr Darya', N, {'subkind': 'river'}),
        ('Шәуілдір ауылының', 0, 'village', 'Shauildir', TR, {'note': 'the fire was stopped near the village'}),
        ('Қызылорда облысының', 0, 'region', KZR, KZR, {'note': 'NI:power cuts'}),
        ('бірнеше ауданында', 0, 'quantified', 'several districts', N, {'count': N, 'unit': 'district', 'note': 'vague quantifier; power cuts, not incidents'}),
     ],
     inc={'Shymkent': (1, 'fire at the «Сайрам» shopping centre, more than 30 shops burnt'),
          TR: (1, 'reed fire of 300 ha on the Syr Darya in Otyrar district')}),

dict(id='p018', date='2022-06-10', lang='kk',
     event='2022 first storm two days after the creation of the Abai, Jetisu and Ulytau regions (warning also for East Kazakhstan, Almaty and Karaganda regions): roofs of 12 houses blown off in Semey (Abai Region), trees on eight cars in Taldykorgan (Jetisu Region), fatal collision in a dust storm on the Zhezkazgan-Satpayev road (Ulytau Region); power cut in Oskemen and Ridder, no damage in Balkhash; the new seats recalled',
     text="""Жаңа облыстардағы алғашқы дауыл: Семейде, Талдықорғанда және Жезқазғанда зардап бар
НҰР-СҰЛТАН, 10 маусым. ҚазАқпарат – Қазгидромет бейсенбіге қараған түні Абай, Жетісу және Ұлытау облыстарында, сондай-ақ Шығыс Қазақстан, Алматы және Қарағанды облыстарында екпінді жел мен шаңды дауыл болатынын ескерткен еді. Бұл ескерту екі күн бұрын ғана құрылған үш облыстың төтенше жағдайлар департаменттері үшін алғашқы сынақ болды.

Семейде жел 12 тұрғын үйдің шатырын ұшырып, ондаған ағашты құлатты. Абай облысының төтенше жағдайлар департаментінің мәліметінше, бір адам жарақат алды. Қалалық әкімдік зақымдалған шатырларды жөндеуге арнайы бригадалар жіберді.

Талдықорғанда құлаған ағаштар сегіз көлікті басып қалды, екі аялдаманың күркесі ұшып кетті. Жетісу облысының әкімдігі келген зиянды есептеп жатыр. «Терезеден қарасам, ағаш көршінің көлігінің үстіне құлап жатыр. Мұндай желді бұрын көрмеппін», – деді қала тұрғыны Айгүл Сейітқызы.

Жезқазған маңында шаңды дауыл кезінде көрінетін қашықтық 10 метрге дейін қысқарды. Жезқазған – Сәтбаев жолында екі жеңіл көлік соқтығысып, бір адам қаза тапты, үшеуі ауруханаға жеткізілді, деп хабарлады Ұлытау облысының полиция департаменті.

Өскемен мен Риддерде бірнеше сағат электр қуаты болмады, бірақ Шығыс Қазақстан облысында басқа зиян тіркелмеді. Алматы облысында да, Қарағанды облысында да дауыл айтарлықтай зиян келтірмеді. Балқашта жел қатты соққанымен, зардап тіркелмеді. Құтқарушылар түні бойы құлаған ағаштарды жолдардан тазалап, энергетиктер үзілген сымдарды жөндеді. Синоптиктер жел сенбіге қарай басылады деп болжап отыр.

8 маусымнан бастап Семей – Абай облысының, Талдықорған – Жетісу облысының, Жезқазған – Ұлытау облысының орталығы. Жаңа департаменттердің басшылары бұған дейін Шығыс Қазақстан, Алматы және Қарағанды облыстарында қызмет еткен. «Қызметкерлердің жартысы әлі Өскеменнен көшіп келе жатыр», – деді Абай облысы ТЖД бастығының орынбасары Ержан Қасенов.""",
     ann=[
        ('Семейде', 0, 'city', 'Semey', ABR, {'note': 'headline; Abai Region since 2022-06-08'}),
        ('Талдықорғанда', 0, 'city', 'Taldykorgan', JTR, {'note': 'headline; Jetisu Region since 2022-06-08'}),
        ('Жезқазғанда', 0, 'city', 'Zhezkazgan', UR, {'note': 'headline; Ulytau Region since 2022-06-08'}),
        ('НҰР-СҰЛТАН', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Абай', 0, 'region', ABR, ABR, {'note': 'NI:storm warning; ' + LIST}),
        ('Жетісу', 0, 'region', JTR, JTR, {'note': 'NI:storm warning; ' + LIST}),
        ('Ұлытау', 0, 'region', UR, UR, {'note': 'NI:storm warning; ' + LIST}),
        ('Шығыс Қазақстан', 0, 'region', EKR, EKR, {'note': 'NI:storm warning; ' + LIST}),
        ('Алматы', 0, 'region', ALR, ALR, {'note': 'NI:storm warning; ' + LIST + '; the region, not the city'}),
        ('Қарағанды', 0, 'region', KR, KR, {'note': 'NI:storm warning; ' + LIST}),
        ('үш облыстың', 0, 'quantified', '3 regions', N, {'count': 3, 'unit': 'region', 'note': 'the three new regions, all named; not about incidents'}),
        ('Семейде', 1, 'city', 'Semey', ABR),
        ('Абай облысының', 0, 'region', ABR, ABR, {'note': 'inside the name of an authority (emergencies department)'}),
        ('Талдықорғанда', 1, 'city', 'Taldykorgan', JTR),
        ('Жетісу облысының', 0, 'region', JTR, JTR, {'note': 'inside the name of an authority (akimat)'}),
        ('Жезқазған', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:reference point (dust storm near the town)'}),
        ('Жезқазған', 1, 'city', 'Zhezkazgan', UR, {'note': 'NI:road endpoint'}),
        ('Сәтбаев', 0, 'city', 'Satpayev', UR, {'note': 'NI:road endpoint'}),
        ('Ұлытау облысының', 0, 'region', UR, UR, {'note': 'inside the name of an authority (police)'}),
        ('Өскемен', 0, 'city', 'Oskemen', EKR, {'note': 'NI:power cut'}),
        ('Риддерде', 0, 'city', 'Ridder', EKR, {'note': 'NI:power cut'}),
        ('Шығыс Қазақстан облысында', 0, 'region', EKR, EKR, {'note': 'NI:no other damage'}),
        ('Алматы облысында', 0, 'region', ALR, ALR, {'note': 'NI:no significant damage'}),
        ('Қарағанды облысында', 0, 'region', KR, KR, {'note': 'NI:no significant damage'}),
        ('Балқашта', 0, 'city', 'Balkhash', KR, {'note': 'NI:strong wind, no damage'}),
        ('Семей', 0, 'city', 'Semey', ABR, {'note': 'NI:background (new regional seat)'}),
        ('Абай облысының', 1, 'region', ABR, ABR, {'note': 'NI:background'}),
        ('Талдықорған', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:background'}),
        ('Жетісу облысының', 1, 'region', JTR, JTR, {'note': 'NI:background'}),
        ('Жезқазған', 2, 'city', 'Zhezkazgan', UR, {'note': 'NI:background'}),
        ('Ұлытау облысының', 1, 'region', UR, UR, {'note': 'NI:background'}),
        ('Шығыс Қазақстан', 2, 'region', EKR, EKR, {'note': 'NI:former workplace of officials; ' + LIST}),
        ('Алматы', 2, 'region', ALR, ALR, {'note': 'NI:former workplace of officials; ' + LIST}),
        ('Қарағанды', 2, 'region', KR, KR, {'note': 'NI:former workplace of officials; ' + LIST}),
        ('Өскеменнен', 0, 'city', 'Oskemen', EKR, {'note': 'NI:origin of staff'}),
        ('Абай облысы', 0, 'region', ABR, ABR, {'note': 'inside the title of an official (ТЖД deputy head)'}),
     ],
     inc={ABR: (1, 'storm damage in Semey: roofs of 12 houses, trees down, one hurt'),
          JTR: (1, 'storm damage in Taldykorgan: trees on eight cars, two bus-stop shelters blown away'),
          UR: (1, 'collision of two cars in the dust storm on the Zhezkazgan-Satpayev road, one dead')}),

dict(id='p019', date='2010-02-11', lang='kk',
     event='2010 blizzard in the Kostanay, Aktobe and West Kazakhstan regions: fatal car-lorry collision on the Arkalyk-Torgay road 25 km from Arkalyk (Kostanay Region); roads closed in six districts, rescues, school closures in Aktobe Region and lorries stuck in Oral not counted; forecast for Akmola Region',
     text="""Қостанай, Ақтөбе және Батыс Қазақстан облыстарында боран: Арқалық маңында екі адам қаза тапты
ҚОСТАНАЙ, 11 ақпан – Қазгидромет ескерткен боран сәрсенбі күні елдің солтүстік-батысындағы үш облысты шарпыды. Қостанай облысының алты ауданында жолдар жабылып, құтқарушылар қарға батып қалған 40-тан астам адамды шығарып алды.
Ең ауыр оқиға Арқалық – Торғай жолында болды: Арқалық қаласынан 25 шақырым жерде жеңіл көлік жүк көлігімен соқтығысып, екі адам қаза тапты, деп хабарлады облыстық полиция департаменті.
Ақтөбе облысында мектептердегі сабақтар тоқтатылды, ал Батыс Қазақстан облысында Орал – Самара тас жолы жабылды. Ресейдің Самара облысына бара жатқан 200-ге жуық жүк көлігі Оралда тұрып қалды.
Синоптиктердің болжамынша, боран жұма күні Ақмола облысына жетеді.""",
     ann=[
        ('Қостанай', 0, 'region', KOR, KOR, {'note': 'headline; ' + LIST}),
        ('Ақтөбе', 0, 'region', AR, AR, {'note': 'NI:headline; blizzard, no damage; ' + LIST}),
        ('Батыс Қазақстан', 0, 'region', WKR, WKR, {'note': 'NI:headline; blizzard, road closed; ' + LIST}),
        ('Арқалық', 0, 'city', 'Arkalyk', KOR, {'note': 'headline; "Арқалық маңында" (near Arkalyk)'}),
        ('ҚОСТАНАЙ', 0, 'city', 'Kostanay', KOR, {'note': 'dateline'}),
        ('үш облысты', 0, 'quantified', '3 regions', N, {'count': 3, 'unit': 'region', 'note': 'the three regions named in the headline'}),
        ('Қостанай облысының', 0, 'region', KOR, KOR, {'note': 'NI:roads closed, rescues'}),
        ('алты ауданында', 0, 'quantified', '6 districts', N, {'count': 6, 'unit': 'district', 'note': 'roads closed, not incidents'}),
        ('Арқалық', 1, 'city', 'Arkalyk', KOR, {'note': 'NI:road endpoint'}),
        ('Торғай', 0, 'village', 'Torgay', KOR, {'note': 'NI:road endpoint'}),
        ('Арқалық қаласынан', 0, 'city', 'Arkalyk', KOR, {'note': 'NI:reference point'}),
        ('Ақтөбе облысында', 0, 'region', AR, AR, {'note': 'NI:school closures'}),
        ('Батыс Қазақстан облысында', 0, 'region', WKR, WKR, {'note': 'NI:road closed'}),
        ('Орал', 0, 'city', 'Oral', WKR, {'note': 'NI:road endpoint'}),
        ('Самара', 0, 'foreign', 'Samara', N, {'note': 'NI:road endpoint'}),
        ('Ресейдің', 0, 'foreign', 'Russia', N),
        ('Самара облысына', 0, 'foreign', 'Samara Oblast', N, {'note': 'NI:destination'}),
        ('Оралда', 0, 'city', 'Oral', WKR, {'note': 'NI:lorries stuck'}),
        ('Ақмола облысына', 0, 'region', AKR, AKR, {'note': 'NI:forecast'}),
     ],
     inc={KOR: (1, 'car-lorry collision in the blizzard on the Arkalyk-Torgay road 25 km from Arkalyk, two dead')}),

dict(id='p020', date='2016-05-27', lang='kk',
     event='2016 hail in Eskeldi and Karatal districts of Almaty Region (before the 2022 split): 1,500 ha of crops destroyed, windows broken in Ushtobe, car windscreens in Taldykorgan; warning also for the Zhambyl and East Kazakhstan regions (no damage); clear weather in Almaty city',
     text="""Бұршақ Алматы облысындағы егінді жапырды
ТАЛДЫҚОРҒАН, 27 мамыр – Бейсенбі күні кешке Алматы облысының Ескелді және Қаратал аудандарында жаңғақтай бұршақ жауып, 1,5 мың гектар егін мен бау-бақшаны жойды, деп хабарлады облыстық ауыл шаруашылығы басқармасы. Қаратал ауданының орталығы Үштөбеде бұршақ үйлердің терезелерін сындырды, ал Талдықорғанда 20-дан астам көліктің әйнегі қирады.
Қазгидромет бір күн бұрын Алматы, Жамбыл және Шығыс Қазақстан облыстарында найзағай, бұршақ және екпінді жел болатынын ескерткен. Жамбыл мен Шығыс Қазақстан облыстарында зиян тіркелмеді.
Зардап шеккен шаруалар аудандық әкімдіктерге өтініш жазды. «Ескелді ауданындағы шаруалардың көбі егінін сақтандырмаған», – деді фермер Бауыржан Төлеуов. Ал Алматы қаласында күн ашық болды.""",
     ann=[
        ('Алматы облысындағы', 0, 'region', ALR, ALR, {'note': 'headline'}),
        ('ТАЛДЫҚОРҒАН', 0, 'city', 'Taldykorgan', ALR, {'note': 'dateline; Almaty Region before 2022-06-08'}),
        ('Алматы облысының', 0, 'region', ALR, ALR),
        ('Ескелді', 0, 'district', 'Eskeldi District', ALR, {'note': 'in a list sharing "аудандарында"; Almaty Region before 2022-06-08'}),
        ('Қаратал', 0, 'district', 'Karatal District', ALR, {'note': 'in a list sharing "аудандарында"'}),
        ('Қаратал ауданының', 0, 'district', 'Karatal District', ALR),
        ('Үштөбеде', 0, 'city', 'Ushtobe', ALR),
        ('Талдықорғанда', 0, 'city', 'Taldykorgan', ALR),
        ('Алматы', 2, 'region', ALR, ALR, {'note': 'NI:warning; ' + LIST + '; the region, not the city'}),
        ('Жамбыл', 0, 'region', JR, JR, {'note': 'NI:warning; ' + LIST}),
        ('Шығыс Қазақстан', 0, 'region', EKR, EKR, {'note': 'NI:warning; ' + LIST}),
        ('Жамбыл', 1, 'region', JR, JR, {'note': 'NI:no damage; ' + LIST}),
        ('Шығыс Қазақстан', 1, 'region', EKR, EKR, {'note': 'NI:no damage; ' + LIST}),
        ('Ескелді ауданындағы', 0, 'district', 'Eskeldi District', ALR, {'note': "farmer's quote"}),
        ('Алматы қаласында', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:clear weather'}),
     ],
     inc={ALR: (1, 'hail in Eskeldi and Karatal districts: 1,500 ha of crops, windows in Ushtobe, windscreens in Taldykorgan; one storm')}),

dict(id='p021', date='2024-08-14', lang='kk',
     event='2024 high fire danger in most regions, extreme in the Abai, East Kazakhstan, Pavlodar, Karaganda and Ulytau regions: steppe fire in Abai district (Abai Region) near Karaul, lightning fire in the Semey Ormany reserve (Abai Region), taiga fire near Ridder (East Kazakhstan Region), steppe fire in Ulytau district (Ulytau Region); steppe fires in two unnamed regions (unattributed); bans near Ridder and Altai, in Bayanaul park and several Karaganda districts',
     text="""Өрт қаупі: облыстардың көбінде жоғары деңгей, Абай мен Шығыс Қазақстанда орман мен дала жанып жатыр
ӨСКЕМЕН, 14 тамыз. ҚазАқпарат – Қазгидромет облыстардың көбінде өрт қаупінің жоғары деңгейін жариялады. Абай, Шығыс Қазақстан, Павлодар, Қарағанды және Ұлытау облыстарында бұл деңгей төтенше деп бағаланды: ауа 40 градусқа дейін қызып, бір айдан бері жаңбыр жауған жоқ.

Абай облысының Абай ауданында сейсенбі күні басталған дала өрті 3 мың гектарға тарады. Өртті сөндіруге Семейден, Аягөзден және көрші облыстардан 200-ден астам құтқарушы жұмылдырылды. От Қарауыл ауылына 2 шақырымға дейін жақындады, бірақ тұрғындарды көшіру қажет болмады. Өрт ошағында түні бойы 40-қа жуық техника жұмыс істеді.

Сол облыстағы «Семей орманы» резерватында найзағайдан шыққан екінші өрт 40 гектар қарағайлы орманды шарпыды.

Шығыс Қазақстан облысында Риддер маңындағы тайгада өрт шықты, оны тікұшақпен сөндіріп жатыр. Тікұшақ екі рейсте Үлбі өзенінен 10 тоннадан астам су тасыды. Облыс әкімдігі Риддер мен Алтай қалаларының маңындағы ормандарға кіруге тыйым салды.

Ұлытау облысының Ұлытау ауданында дала өрті 1,2 мың гектар жайылымды шарпыды. От малшылардың қыстағына жетпей тоқтатылды.

Бұдан бөлек, Төтенше жағдайлар министрлігі дала өрттері тағы екі облыста тіркелгенін хабарлады, бірақ олардың атауын көрсетпеді. Өрт сөндіру жұмыстарына бес облыстан құтқарушылар тартылған.

Өрт сөндірушілердің айтуынша, дала өрттерінің басым бөлігі адамның кінәсінен шығады: демалушылар тастаған шылым мен сөндірілмеген алау құрғақ шөпті лезде тұтатады. Министрліктің дерегінше, биыл маусымнан бері елде 400-ден астам дала өрті тіркелген, олардың 30-ы ірі өрт болған.

Павлодар облысындағы Баянауыл ұлттық паркіне келушілерге тыйым салынды, ал Қарағанды облысының бірнеше ауданында далада от жағуға тыйым жарияланды.

«Бір ұшқын мыңдаған гектарды жоя алады», – деді министрлік өкілі Сәуле Нұрланқызы Астанада өткен брифингте.""",
     ann=[
        ('облыстардың көбінде', 0, 'quantified', 'most regions', N, {'count': N, 'unit': 'region', 'note': 'headline; vague quantifier; fire danger, not about incidents'}),
        ('Абай', 0, 'region', ABR, ABR, {'note': 'headline; coordinated with Шығыс Қазақстанда'}),
        ('Шығыс Қазақстанда', 0, 'region', EKR, EKR, {'uncertain': True, 'note': 'headline; can also be read as "in eastern Kazakhstan"'}),
        ('ӨСКЕМЕН', 0, 'city', 'Oskemen', EKR, {'note': 'dateline'}),
        ('облыстардың көбінде', 1, 'quantified', 'most regions', N, {'count': N, 'unit': 'region', 'note': 'vague quantifier; fire danger, not about incidents'}),
        ('Абай', 1, 'region', ABR, ABR, {'note': 'NI:fire danger; ' + LIST}),
        ('Шығыс Қазақстан', 0, 'region', EKR, EKR, {'note': 'NI:fire danger; ' + LIST}),
        ('Павлодар', 0, 'region', PR, PR, {'note': 'NI:fire danger; ' + LIST}),
        ('Қарағанды', 0, 'region', KR, KR, {'note': 'NI:fire danger; ' + LIST}),
        ('Ұлытау', 0, 'region', UR, UR, {'note': 'NI:fire danger; ' + LIST}),
        ('Абай облысының', 0, 'region', ABR, ABR),
        ('Абай ауданында', 0, 'district', 'Abai District (Abai Region)', ABR, {'note': 'district of Abai Region, centre Karaul'}),
        ('Семейден', 0, 'city', 'Semey', ABR, {'note': 'NI:origin of rescuers'}),
        ('Аягөзден', 0, 'city', 'Ayagoz', ABR, {'note': 'NI:origin of rescuers'}),
        ('Қарауыл ауылына', 0, 'village', 'Karaul', ABR, {'note': 'NI:fire approached, no evacuation'}),
        ('Семей орманы', 0, 'facility', 'Semey Ormany nature reserve', ABR, {'subkind': 'nature reserve', 'note': 'name in quotation marks'}),
        ('Шығыс Қазақстан облысында', 0, 'region', EKR, EKR),
        ('Риддер', 0, 'city', 'Ridder', EKR, {'note': 'fire in the taiga near the town'}),
        ('Риддер', 1, 'city', 'Ridder', EKR, {'note': 'NI:forest ban; in a list sharing "қалаларының"'}),
        ('Алтай', 0, 'city', 'Altai (town)', EKR, {'note': 'NI:forest ban; in a list sharing "қалаларының"; the East Kazakhstan town, not the Russian Altai'}),
        ('Үлбі өзенінен', 0, 'facility', 'Ulba River', N, {'subkind': 'river', 'note': 'water source for the helicopter'}),
        ('Ұлытау облысының', 0, 'region', UR, UR),
        ('Ұлытау ауданында', 0, 'district', 'Ulytau District', UR),
        ('екі облыста', 0, 'quantified', '2 regions', N, {'count': 2, 'unit': 'region', 'note': 'steppe fires in two other, unnamed regions'}),
        ('бес облыстан', 0, 'quantified', '5 regions', N, {'count': 5, 'unit': 'region', 'note': 'origin of rescuers, not about incidents'}),
        ('Павлодар облысындағы', 0, 'region', PR, PR, {'note': 'NI:park closed'}),
        ('Баянауыл ұлттық паркіне', 0, 'facility', 'Bayanaul National Park', PR, {'subkind': 'national park', 'note': 'NI:visits banned'}),
        ('Қарағанды облысының', 0, 'region', KR, KR, {'note': 'NI:ban on fires'}),
        ('бірнеше ауданында', 0, 'quantified', 'several districts', N, {'count': N, 'unit': 'district', 'note': 'vague quantifier; ban on fires, not incidents'}),
        ('Астанада', 0, 'city', 'Astana', 'Astana', {'note': 'NI:briefing'}),
     ],
     inc={ABR: (2, 'steppe fire of 3,000 ha in Abai district; lightning fire of 40 ha in the Semey Ormany reserve'),
          EKR: (1, 'taiga fire near Ridder'),
          UR: (1, 'steppe fire of 1,200 ha in Ulytau district')},
     unatt=[{'label': 'екі облыста', 'count': 2, 'note': 'steppe fires in two other, unnamed regions'}]),

dict(id='p022', date='2001-01-17', lang='kk',
     event='2001 fog in the north (warning for the Pavlodar, Akmola and North Kazakhstan regions): bus-lorry collision on the Pavlodar-Ekibastuz road and a four-car pile-up on Toraigyrov Street in Pavlodar (Pavlodar Region), lorry overturned near Ereymentau (Akmola Region); Astana airport closed, flights landing in Karaganda',
     text="""Солтүстікте тұман: үш жол апаты, үш адам қаза тапты
ПАВЛОДАР, 17 қаңтар – Синоптиктер Павлодар, Ақмола және Солтүстік Қазақстан облыстарында қалың тұман болатынын ескерткен еді. Сейсенбі күні таңертең Павлодар – Екібастұз тас жолында жолаушылар автобусы жүк көлігімен соқтығысып, үш адам қаза тапты, 12 адам жарақат алды.
Бір сағаттан кейін Павлодар қаласының Торайғыров көшесінде тұманда төрт көлік бірінен соң бірі соқтығысты, деп хабарлады облыстық ішкі істер басқармасы.
Ақмола облысында Ерейментау маңында жүк көлігі жолдан шығып аударылды, жүргізуші жеңіл жарақат алды. Астана әуежайы түске дейін жабық тұрды: Мәскеу мен Алматыдан ұшқан ұшақтар Қарағандыға қонды.""",
     ann=[
        ('ПАВЛОДАР', 0, 'city', 'Pavlodar', PR, {'note': 'dateline'}),
        ('Павлодар', 0, 'region', PR, PR, {'note': 'NI:fog warning; ' + LIST}),
        ('Ақмола', 0, 'region', AKR, AKR, {'note': 'NI:fog warning; ' + LIST}),
        ('Солтүстік Қазақстан', 0, 'region', NKR, NKR, {'note': 'NI:fog warning; ' + LIST}),
        ('Павлодар', 1, 'city', 'Pavlodar', PR, {'note': 'NI:road endpoint'}),
        ('Екібастұз', 0, 'city', 'Ekibastuz', PR, {'note': 'NI:road endpoint'}),
        ('Павлодар қаласының', 0, 'city', 'Pavlodar', PR),
        ('Торайғыров көшесінде', 0, 'facility', 'Toraigyrov Street (Pavlodar)', PR, {'subkind': 'street', 'note': 'street named after a person'}),
        ('Ақмола облысында', 0, 'region', AKR, AKR),
        ('Ерейментау', 0, 'city', 'Ereymentau', AKR, {'note': 'lorry overturned near the town'}),
        ('Астана әуежайы', 0, 'facility', 'Astana International Airport', 'Astana', {'subkind': 'airport', 'note': 'NI:airport closed'}),
        ('Мәскеу', 0, 'foreign', 'Moscow', N, {'note': 'NI:flight origin'}),
        ('Алматыдан', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:flight origin'}),
        ('Қарағандыға', 0, 'city', 'Karaganda', KR, {'note': 'NI:diversion airport'}),
     ],
     inc={PR: (2, 'bus-lorry collision in fog on the Pavlodar-Ekibastuz road (three dead); four-car pile-up on Toraigyrov Street in Pavlodar'),
          AKR: (1, 'lorry overturned in fog near Ereymentau, driver slightly hurt')}),

dict(id='p023', date='2013-03-19', lang='kk',
     event='2013 storm in the west (warning for the Mangystau, Atyrau, West Kazakhstan and Aktobe regions): roof blown off in the 14th microdistrict of Aktau and a bus overturned in a dust storm near Beineu (Mangystau Region), billboards on a car in Oral (West Kazakhstan Region), wind-fanned hay store fire in Makhambet, Makhambet district (Atyrau Region); Aktobe-Oral road closed, no damage in Aktobe Region',
     text="""Батыста дауыл: Ақтауда шатырлар ұшты, Бейнеу маңында автобус аударылды
АҚТАУ, 19 наурыз. ҚазАқпарат – Қазгидромет дүйсенбі күні Маңғыстау, Атырау, Батыс Қазақстан және Ақтөбе облыстарында желдің екпіні секундына 30 метрге дейін жететінін ескерткен еді. Төрт облыстың бәрінде дауыл түні бойы соқты, бірақ зиян негізінен үш өңірде тіркелді.

Ақтауда жел 14-шағынаудандағы тоғыз қабатты үйдің шатырын ұшырып, төрт көлікті зақымдады. Жағалаудағы ағаштар құлап, бір әйел жарақат алды, деп хабарлады Маңғыстау облысының төтенше жағдайлар департаменті. «Түнгі сағат екіде шатырдың темір тақталары терезенің алдынан ұшып өтті, балалар қатты қорықты», – дейді үйдің тұрғыны Гүлнар Жұмабаева. Қала әкімдігі шатырды бір апта ішінде жөндеп бітіруге уәде берді.

Бейнеу маңында шаңды дауыл кезінде Бейнеу – Ақтау жолында жолаушылар автобусы аударылды. Автобуста 28 адам болған, олардың алтауы ауруханаға жеткізілді. Жолаушылардың көбі Жаңаөзеннен Атырауға вахтаға бара жатқан мұнайшылар екен.

Оралда жел жарнама тақталарын құлатып, бір көлікті басып қалды, жүргізуші жеңіл жарақат алды. Батыс Қазақстан облысының әкімдігі қаладағы барлық жарнама тақталарын тексеруді тапсырды. Қалада 15-ке жуық ағаш құлап, бірнеше көшеде жарық сөнді, коммуналдық қызметтер таңға дейін жұмыс істеді.

Атырау облысының Махамбет ауданында жел өршіткен өрт ескі шөп қоймасын толық жойды. Өрт Махамбет ауылының шетінде болды, тұрғын үйлерге жеткен жоқ. Ауыл тұрғындары өрт сөндірушілерге шелекпен су тасып көмектесті, қойма иесі шығынды 5 миллион теңге деп бағалап отыр.

Ақтөбе облысында тек Ақтөбе – Орал тас жолы бірнеше сағатқа жабылды, зиян тіркелмеді.

Синоптиктер жел сәрсенбі күні басылады деп отыр. Маңғыстау облысы әкімінің орынбасары Азамат Сейітов Ақтау мен Жаңаөзен қалаларының коммуналдық қызметтеріне барлық шатырларды тексеруді тапсырды. Каспий теңізінде кемелер айлақтан шықпай тұр: порт басшылығы жел басылғанға дейін теңізге шығуға тыйым салды.""",
     ann=[
        ('Ақтауда', 0, 'city', 'Aktau', MR, {'note': 'headline'}),
        ('Бейнеу', 0, 'village', 'Beineu', MR, {'note': 'headline; "Бейнеу маңында" (near Beineu)'}),
        ('АҚТАУ', 0, 'city', 'Aktau', MR, {'note': 'dateline'}),
        ('Маңғыстау', 0, 'region', MR, MR, {'note': 'NI:storm warning; ' + LIST}),
        ('Атырау', 0, 'region', ATR, ATR, {'note': 'NI:storm warning; ' + LIST}),
        ('Батыс Қазақстан', 0, 'region', WKR, WKR, {'note': 'NI:storm warning; ' + LIST}),
        ('Ақтөбе', 0, 'region', AR, AR, {'note': 'NI:storm warning; ' + LIST}),
        ('Төрт облыстың бәрінде', 0, 'quantified', 'all 4 regions', N, {'count': 4, 'unit': 'region', 'quantifier': 'all', 'note': 'the four named regions; the storm blew in all of them'}),
        ('үш өңірде', 0, 'quantified', '3 regions', N, {'count': 3, 'unit': 'region', 'note': 'damage in three regions, all located in the text (Mangystau, West Kazakhstan, Atyrau)'}),
        ('Ақтауда', 1, 'city', 'Aktau', MR),
        ('14-шағынаудандағы', 0, 'district', '14th microdistrict (Aktau)', MR, {'subkind': 'microdistrict', 'note': 'numbered microdistrict of Aktau'}),
        ('Маңғыстау облысының', 0, 'region', MR, MR, {'note': 'inside the name of an authority (emergencies department)'}),
        ('Бейнеу', 1, 'village', 'Beineu', MR, {'note': 'the bus overturned near the settlement'}),
        ('Бейнеу', 2, 'village', 'Beineu', MR, {'note': 'NI:road endpoint'}),
        ('Ақтау', 0, 'city', 'Aktau', MR, {'note': 'NI:road endpoint'}),
        ('Жаңаөзеннен', 0, 'city', 'Zhanaozen', MR, {'note': 'NI:origin of passengers'}),
        ('Атырауға', 0, 'city', 'Atyrau', ATR, {'note': 'NI:destination of passengers'}),
        ('Оралда', 0, 'city', 'Oral', WKR),
        ('Батыс Қазақстан облысының', 0, 'region', WKR, WKR, {'note': 'inside the name of an authority (akimat)'}),
        ('Атырау облысының', 0, 'region', ATR, ATR),
        ('Махамбет ауданында', 0, 'district', 'Makhambet District', ATR),
        ('Махамбет ауылының', 0, 'village', 'Makhambet', ATR, {'note': 'centre of Makhambet district; named after a person'}),
        ('Ақтөбе облысында', 0, 'region', AR, AR, {'note': 'NI:road closed, no damage'}),
        ('Ақтөбе', 2, 'city', 'Aktobe', AR, {'note': 'NI:road endpoint'}),
        ('Орал', 0, 'city', 'Oral', WKR, {'note': 'NI:road endpoint'}),
        ('Маңғыстау облысы', 0, 'region', MR, MR, {'note': 'inside the title of an official (deputy akim)'}),
        ('Ақтау', 1, 'city', 'Aktau', MR, {'note': 'NI:roof checks ordered; in a list sharing "қалаларының"'}),
        ('Жаңаөзен', 0, 'city', 'Zhanaozen', MR, {'note': 'NI:roof checks ordered; in a list sharing "қалаларының"'}),
        ('Каспий теңізінде', 0, 'facility', 'Caspian Sea', N, {'subkind': 'sea', 'note': 'ships kept in port'}),
     ],
     inc={MR: (2, 'storm damage in Aktau (roof in the 14th microdistrict, cars, one woman hurt); bus overturned in a dust storm near Beineu, six in hospital'),
          WKR: (1, 'storm damage in Oral: billboards fell on a car, driver slightly hurt'),
          ATR: (1, 'wind-fanned fire destroying a hay store in Makhambet, Makhambet district')}),

dict(id='p024', date='2025-12-09', lang='kk',
     event='2025 fog and black ice in the north and east (warning for the Akmola, Karaganda and Pavlodar regions and Astana): five-car pile-up on Turan Avenue in Astana, bus overturned on the Astana-Karaganda highway in Osakarovka district (Karaganda Region); fog lifted in Pavlodar Region',
     text="""Астанада тұман мен көктайғақ: Тұран даңғылында бес көлік соқтығысты
АСТАНА, 9 желтоқсан – Қазгидромет елдің солтүстігі мен шығысында, оның ішінде Ақмола, Қарағанды, Павлодар облыстарында және Астанада тұман мен көктайғақ болатынын ескерткен еді. Сейсенбі күні таңертең елордадағы Тұран даңғылында бес көлік бірінен соң бірі соқтығысып, екі адам ауруханаға жеткізілді, деп хабарлады Астана қаласының полиция департаменті.
Астана – Қарағанды тас жолында, Қарағанды облысының Осакаров ауданы аумағында жолаушылар автобусы жолдан шығып, жанына аударылды. Жолаушылардың үшеуі жарақат алды.
Павлодар облысында тұман түске қарай сейілді, апат тіркелмеді. Синоптиктер көктайғақ облыстардың басым бөлігінде апта соңына дейін сақталады деп болжап отыр.""",
     ann=[
        ('Астанада', 0, 'city', 'Astana', 'Astana', {'note': 'headline'}),
        ('Тұран даңғылында', 0, 'facility', 'Turan Avenue (Astana)', 'Astana', {'subkind': 'street', 'note': 'headline'}),
        ('АСТАНА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Ақмола', 0, 'region', AKR, AKR, {'note': 'NI:warning; ' + LIST}),
        ('Қарағанды', 0, 'region', KR, KR, {'note': 'NI:warning; ' + LIST}),
        ('Павлодар', 0, 'region', PR, PR, {'note': 'NI:warning; ' + LIST}),
        ('Астанада', 1, 'city', 'Astana', 'Astana', {'note': 'NI:warning'}),
        ('Тұран даңғылында', 1, 'facility', 'Turan Avenue (Astana)', 'Astana', {'subkind': 'street'}),
        ('Астана қаласының', 0, 'city', 'Astana', 'Astana', {'note': 'inside the name of an authority (police)'}),
        ('Астана', 1, 'city', 'Astana', 'Astana', {'note': 'NI:road endpoint'}),
        ('Қарағанды', 1, 'city', 'Karaganda', KR, {'note': 'NI:road endpoint'}),
        ('Қарағанды облысының', 0, 'region', KR, KR),
        ('Осакаров ауданы', 0, 'district', 'Osakarovka District', KR),
        ('Павлодар облысында', 0, 'region', PR, PR, {'note': 'NI:fog lifted, no accidents'}),
        ('облыстардың басым бөлігінде', 0, 'quantified', 'most regions', N, {'count': N, 'unit': 'region', 'note': 'vague quantifier; forecast'}),
     ],
     inc={'Astana': (1, 'five-car pile-up in fog and black ice on Turan Avenue, two hurt'),
          KR: (1, 'bus overturned on the Astana-Karaganda highway in Osakarovka district, three hurt')}),
]
