"""Kazakh texts of the eightieth unseen check corpus (Cyrillic; p017 quotes a post in the
Kazakh Latin alphabet of February 2018)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p017', date='2022-06-10', lang='kk',
     event='2022 first days of the new regions: fire in a woodworking shop in Tekeli and a lorry-car collision near Karabulak, Eskeldi district (Jetisu Region); steppe fires in Urzhar and Kokpekty districts (Abai Region, "екі ауданында"); power cuts in "бірнеше ауданында" of Ulytau Region (not counted); the split from East Kazakhstan, Almaty and Karaganda regions; Konaev; Nur-Sultan; a post in the Kazakh Latin alphabet of 2018',
     text="""Жаңа облыстардағы алғашқы күндер: Текеліде өрт, Ескелді ауданында жол апаты
ТАЛДЫҚОРҒАН, 10 маусым. ҚазАқпарат – Жетісу, Абай және Ұлытау облыстары құрылғанына екі күн өтті. Жаңа облыстардың төтенше жағдайлар департаменттері алғашқы ақпараттарын жариялады.

Жетісу облысының ТЖД мәліметінше, 9 маусымға қараған түні Текелі қаласындағы ағаш өңдейтін цехта өрт шықты. Жалын 300 шаршы метр аумақты шарпыды, зардап шеккендер жоқ. Өртті сөндіруге Талдықорғаннан қосымша күш жіберілді. Өрттің себебі анықталып жатыр.

Сол күні Ескелді ауданындағы Қарабұлақ ауылының маңында жүк көлігі мен жеңіл көлік соқтығысып, екі адам жарақат алды. Жеңіл көлік Үштөбеден Талдықорғанға бара жатқан. Зардап шеккендер аудандық ауруханаға жеткізілді, олардың жағдайы тұрақты. Жүк көлігінің жүргізушісі қарсы жолаққа шығып кеткен жеңіл көлікті кінәлады.

Абай облысының екі ауданында – Үржар және Көкпекті аудандарында – дала өрті тіркелді. Үржар ауданында 150 гектар, Көкпекті ауданында 40 гектар жайылым өртенді. Өрт сөндірушілерге жергілікті шаруалар көмектесіп, трактормен өрт жолағын жыртып шықты. Өрттердің себебі найзағай деп болжанып отыр. Өрт сөндірушілердің бір бөлігі Семейден келді. Жаңа облыстың әкімдігі әзірге Семей қаласындағы бұрынғы қалалық әкімдік ғимаратында жұмыс істеп жатыр.

Ұлытау облысында ірі оқиға тіркелмеді. Алайда облыстың бірнеше ауданында электр желісіндегі ақауға байланысты жарық өшті. Жезқазған қаласының тұрғындары жаңа облыс әкімдігінің жұмысын әлеуметтік желілерде белсенді талқылап жатыр.

Еске сала кетейік, 8 маусымда Шығыс Қазақстан облысынан Абай облысы, Алматы облысынан Жетісу облысы, Қарағанды облысынан Ұлытау облысы бөлініп шықты. Алматы облысының орталығы Қонаев қаласына көшірілуде. Нұр-Сұлтандағы Ішкі істер министрлігі жаңа облыстардағы полиция департаменттері толық жасақталғанын хабарлады. Бір қолданушы Telegram арнасына латын әліпбиімен былай деп жазды: «Tekelide órt sóndirildi, Jetisý oblysy qutty bolsyn!»""",
     ann=[
        ('Текеліде', 0, 'city', 'Tekeli', JTR, {'note': 'headline; Jetisu Region since 2022-06-08'}),
        ('Ескелді ауданында', 0, 'district', 'Eskeldi District', JTR, {'note': 'headline'}),
        ('ТАЛДЫҚОРҒАН', 0, 'city', 'Taldykorgan', JTR, {'note': 'dateline'}),
        ('Жетісу', 0, 'region', JTR, JTR, {'note': 'NI:background; in a list sharing "облыстары"'}),
        ('Абай', 0, 'region', ABR, ABR, {'note': 'NI:background; in a list sharing "облыстары"'}),
        ('Ұлытау', 0, 'region', UR, UR, {'note': 'NI:background; in a list sharing "облыстары"'}),
        ('Жетісу облысының', 0, 'region', JTR, JTR, {'note': 'inside the name of an authority (ТЖД)'}),
        ('Текелі қаласындағы', 0, 'city', 'Tekeli', JTR),
        ('Талдықорғаннан', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:origin of fire crews'}),
        ('Ескелді ауданындағы', 0, 'district', 'Eskeldi District', JTR),
        ('Қарабұлақ ауылының', 0, 'village', 'Karabulak (Eskeldi district)', JTR, {'note': 'a common village name; centre of Eskeldi district'}),
        ('Үштөбеден', 0, 'city', 'Ushtobe', JTR, {'note': "NI:car's origin"}),
        ('Талдықорғанға', 0, 'city', 'Taldykorgan', JTR, {'note': "NI:car's destination"}),
        ('Абай облысының', 0, 'region', ABR, ABR),
        ('екі ауданында', 0, 'quantified', '2 districts', N, {'count': 2, 'unit': 'district', 'note': 'steppe fires; both districts are named'}),
        ('Үржар', 0, 'district', 'Urzhar District', ABR, {'note': 'in a list sharing "аудандарында"'}),
        ('Көкпекті', 0, 'district', 'Kokpekty District', ABR, {'note': 'in a list sharing "аудандарында"'}),
        ('Үржар ауданында', 0, 'district', 'Urzhar District', ABR),
        ('Көкпекті ауданында', 0, 'district', 'Kokpekty District', ABR),
        ('Семейден', 0, 'city', 'Semey', ABR, {'note': 'NI:origin of firefighters'}),
        ('Семей қаласындағы', 0, 'city', 'Semey', ABR, {'note': 'NI:seat of the akimat'}),
        ('Ұлытау облысында', 0, 'region', UR, UR, {'note': 'NI:no major incident'}),
        ('бірнеше ауданында', 0, 'quantified', 'several districts', N, {'count': None, 'unit': 'district', 'note': 'power cuts in Ulytau Region, not incidents'}),
        ('Жезқазған қаласының', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:residents discussing the akimat'}),
        ('Шығыс Қазақстан облысынан', 0, 'region', EKR, EKR, {'note': 'NI:background; the former unit'}),
        ('Абай облысы', 0, 'region', ABR, ABR, {'note': 'NI:background'}),
        ('Алматы облысынан', 0, 'region', ALR, ALR, {'note': 'NI:background; the former unit'}),
        ('Жетісу облысы', 0, 'region', JTR, JTR, {'note': 'NI:background'}),
        ('Қарағанды облысынан', 0, 'region', KR, KR, {'note': 'NI:background; the former unit'}),
        ('Ұлытау облысы', 0, 'region', UR, UR, {'note': 'NI:background'}),
        ('Алматы облысының', 0, 'region', ALR, ALR, {'note': 'NI:background'}),
        ('Қонаев қаласына', 0, 'city', 'Konaev', ALR, {'note': 'NI:new seat of Almaty Region'}),
        ('Нұр-Сұлтандағы', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the ministry; the capital named Nur-Sultan until 2022-09-17'}),
        ('Tekelide', 0, 'city', 'Tekeli', JTR, {'note': "Kazakh Latin alphabet of 2018 in a user's post; the same fire"}),
        ('Jetisý oblysy', 0, 'region', JTR, JTR, {'note': 'NI:Kazakh Latin alphabet of 2018 (ý for у); congratulation'}),
     ],
     inc={JTR: (2, 'fire in a woodworking shop in Tekeli; lorry-car collision near Karabulak, Eskeldi district, two hurt'),
          ABR: (2, 'steppe fires in Urzhar district (150 ha) and Kokpekty district (40 ha); power cuts in Ulytau Region are not counted')}),

dict(id='p018', date='2013-03-05', lang='kk',
     event='2013 fisherman drowned after falling through the ice of the Kengir reservoir near Zhezkazgan (Karaganda Region before the 2022 split); the victim from Satpayev; ice deaths statistic; deputy governor after a meeting in Astana',
     text="""Кеңгір су қоймасында балықшы мұз астына кетті
ЖЕЗҚАЗҒАН, 5 наурыз – Жезқазған қаласының маңындағы Кеңгір су қоймасында 52 жастағы балықшы жұқарған мұзды ойып түсіп, суға кетті. Бұл туралы Қарағанды облысының төтенше жағдайлар департаменті хабарлады.
Құтқарушылар балықшының денесін екі сағаттан кейін тапты. Марқұм Сәтбаев қаласының тұрғыны болған, демалыс күндері су қоймасына жиі келіп жүретін.
Департамент мамандары наурыз айында мұз жұқаратынын, оған шығу өмірге қауіпті екенін тағы да ескертті. Ресми деректерге сәйкес, биыл Қарағанды облысында мұзға шыққан үш адам қаза тапқан.
Облыс әкімінің орынбасары Астанадағы кеңестен кейін Жезқазғанға келіп, су қоймасының жағалауында қосымша құтқару бекеттерін ашуды тапсырды.""",
     ann=[
        ('Кеңгір су қоймасында', 0, 'facility', 'Kengir Reservoir', KR, {'subkind': 'reservoir', 'note': 'headline; reservoir by Zhezkazgan, wholly in one unit; Karaganda Region before 2022-06-08'}),
        ('ЖЕЗҚАЗҒАН', 0, 'city', 'Zhezkazgan', KR, {'note': 'dateline'}),
        ('Жезқазған қаласының', 0, 'city', 'Zhezkazgan', KR, {'note': 'NI:reference point ("маңындағы")'}),
        ('Кеңгір су қоймасында', 1, 'facility', 'Kengir Reservoir', KR, {'subkind': 'reservoir'}),
        ('Қарағанды облысының', 0, 'region', KR, KR, {'note': 'inside the name of an authority'}),
        ('Сәтбаев қаласының', 0, 'city', 'Satpayev', KR, {'note': "NI:victim's residence"}),
        ('Қарағанды облысында', 0, 'region', KR, KR, {'note': 'NI:statistic'}),
        ('Астанадағы', 0, 'city', 'Astana', 'Astana', {'note': 'NI:meeting'}),
        ('Жезқазғанға', 0, 'city', 'Zhezkazgan', KR, {'note': "NI:official's visit"}),
     ],
     inc={KR: (1, 'fisherman fell through the ice of the Kengir reservoir near Zhezkazgan and drowned (the three ice deaths this year are a statistic)')}),

dict(id='p019', date='2023-07-20', lang='kk',
     event='2023 freight train hits a lorry at a level crossing near Zhairem (subordinate to Karazhal), driver killed (Ulytau Region; Karaganda Region before 2022); the train from Zhezkazgan to Karaganda',
     text="""Қаражал маңында пойыз жүк көлігін қағып кетті
ЖЕЗҚАЗҒАН, 20 шілде. Kazinform – Ұлытау облысындағы Қаражал қаласына қарасты Жайрем кентінің маңында теміржол өткелінде жүк пойызы жүк көлігін қағып кетті. Көлік жүргізушісі оқиға орнында қаза тапты, деп хабарлады облыстық полиция департаменті.
Алдын ала деректер бойынша, жүргізуші шлагбаум жабық тұрғанына қарамастан өткелден өтпек болған. Пойыз Жезқазғаннан Қарағандыға бара жатқан, машинист жарақат алған жоқ.
Қаражал мен Жайрем бұрын Қарағанды облысының құрамында болған, 2022 жылдың маусымынан бері Ұлытау облысына қарайды. Жайремде кен байыту комбинаты орналасқан, тұрғындардың көбі сонда жұмыс істейді. Теміржолшылар мен полиция барлық өткелдерде тексеру жүргізетінін мәлімдеді.""",
     ann=[
        ('Қаражал', 0, 'city', 'Karazhal', UR, {'note': 'headline; "маңында", the crossing is near Zhairem, a settlement of Karazhal'}),
        ('ЖЕЗҚАЗҒАН', 0, 'city', 'Zhezkazgan', UR, {'note': 'dateline'}),
        ('Ұлытау облысындағы', 0, 'region', UR, UR),
        ('Қаражал қаласына', 0, 'city', 'Karazhal', UR, {'note': 'the town administering Zhairem'}),
        ('Жайрем кентінің', 0, 'village', 'Zhairem', UR, {'note': 'settlement (кент) subordinate to Karazhal'}),
        ('Жезқазғаннан', 0, 'city', 'Zhezkazgan', UR, {'note': "NI:train's origin"}),
        ('Қарағандыға', 0, 'city', 'Karaganda', KR, {'note': "NI:train's destination"}),
        ('Қаражал', 2, 'city', 'Karazhal', UR, {'note': 'NI:background'}),
        ('Жайрем', 1, 'village', 'Zhairem', UR, {'note': 'NI:background'}),
        ('Қарағанды облысының', 0, 'region', KR, KR, {'note': 'NI:the former unit'}),
        ('Ұлытау облысына', 0, 'region', UR, UR, {'note': 'NI:background'}),
        ('Жайремде', 0, 'village', 'Zhairem', UR, {'note': 'NI:background'}),
     ],
     inc={UR: (1, 'freight train hit a lorry at a level crossing near Zhairem, driver killed')}),

dict(id='p020', date='2016-12-12', lang='kk',
     event='2016 weekend in Almaty Region (before the 2022 split): fire in the «Нұр» shopping centre in Zharkent, fatal collision at the entrance to Tekeli on the Taldykorgan-Tekeli road, brawl with a stabbing in Kapchagay (now Konaev); Taldykorgan court jails an official for bribery; blizzard warning for "үш ауданында" (Uigur, Raiymbek, Panfilov); goods from China',
     text="""Алматы облысы: Жаркентте сауда орталығы өртенді, Текелі жолында апат, Қапшағайда төбелес
ТАЛДЫҚОРҒАН, 12 желтоқсан – Алматы облысында өткен демалыс күндері бірнеше ірі оқиға тіркелді, деп хабарлады облыстық төтенше жағдайлар департаменті мен полиция департаменті.

Сенбі күні таңертең Жаркент қаласындағы «Нұр» сауда орталығында өрт шықты. Жалын екі қабатты ғимараттың 600 шаршы метр аумағын шарпыды, ішіндегі 40-қа жуық адам уақытында эвакуацияланды. Өртті сөндіруге Панфилов ауданының барлық өрт сөндіру бөлімдері мен Қорғас шекара бекетінің күштері тартылды. Дүкен иелерінің айтуынша, тауардың басым бөлігі Қытайдан әкелінген, шығын 200 миллион теңгеден асады. Өрт сөндірушілер жалынды төрт сағатта толық ауыздықтады, зардап шеккендер жоқ.

Сол күні кешке Талдықорған – Текелі жолында, Текелі қаласына кіреберісте, екі жеңіл көлік соқтығысып, бір адам қаза тапты, үш адам жарақат алды. Тайғақ жол апатқа себеп болған деген болжам бар. Жарақат алғандар Талдықорғандағы облыстық ауруханаға жеткізілді.

Жексенбіге қараған түні Қапшағай қаласындағы ойын-сауық аймағының маңында жастар арасында төбелес болды. Полиция алты адамды ұстады, біреуі пышақ жарақатымен ауруханаға жеткізілді. Ұсталғандардың басым бөлігі – Алматы қаласының тұрғындары. Жарақат алған жігіттің өміріне қауіп жоқ, ол қалалық ауруханада ем алып жатыр. Полиция төбелестің себебін анықтап жатыр.

Дүйсенбі күні Талдықорған қалалық соты облыстық жер қатынастары басқармасының бұрынғы басшысын пара алғаны үшін жеті жылға бас бостандығынан айырды. Сот үкімі әлі заңды күшіне енген жоқ.

Қазгидромет облыстың үш ауданында – Ұйғыр, Райымбек және Панфилов аудандарында – алдағы екі күнде қатты боран болатынын ескертті. Талдықорған мен Алматы арасындағы тас жолда жүргізушілерге сақ болу ұсынылды, ал тау асуларында көліктердің қозғалысы уақытша шектелуі мүмкін. Облыстық ТЖД тұрғындарды пештерді қауіпсіз пайдалануға шақырды: желтоқсан басынан бері облыста тұрмыстық өрттер саны артқан.""",
     ann=[
        ('Алматы облысы', 0, 'region', ALR, ALR, {'note': 'headline; the whole area was Almaty Region before 2022-06-08'}),
        ('Жаркентте', 0, 'city', 'Zharkent', ALR, {'note': 'headline'}),
        ('Текелі', 0, 'city', 'Tekeli', ALR, {'note': 'headline; "Текелі жолында", the road named after its endpoint; the crash was at the entrance to the town'}),
        ('Қапшағайда', 0, 'city', 'Konaev', ALR, {'note': 'headline; Kapchagay, renamed Konaev in 2022'}),
        ('ТАЛДЫҚОРҒАН', 0, 'city', 'Taldykorgan', ALR, {'note': 'dateline; Almaty Region before 2022-06-08'}),
        ('Алматы облысында', 0, 'region', ALR, ALR),
        ('Жаркент қаласындағы', 0, 'city', 'Zharkent', ALR),
        ('Нұр', 0, 'facility', 'Nur shopping centre (Zharkent)', ALR, {'subkind': 'shopping centre', 'note': 'name in quotes'}),
        ('Панфилов ауданының', 0, 'district', 'Panfilov District', ALR, {'note': 'NI:origin of fire crews'}),
        ('Қорғас', 0, 'village', 'Khorgos', ALR, {'note': 'NI:inside the name of a border post; origin of crews'}),
        ('Қытайдан', 0, 'foreign', 'China', N, {'note': 'NI:origin of goods'}),
        ('Талдықорған', 0, 'city', 'Taldykorgan', ALR, {'note': 'NI:road endpoint'}),
        ('Текелі', 1, 'city', 'Tekeli', ALR, {'note': 'NI:road endpoint'}),
        ('Текелі қаласына', 0, 'city', 'Tekeli', ALR, {'note': 'crash at the entrance to the town'}),
        ('Талдықорғандағы', 0, 'city', 'Taldykorgan', ALR, {'note': 'NI:hospital'}),
        ('Қапшағай қаласындағы', 0, 'city', 'Konaev', ALR, {'note': 'Kapchagay, renamed Konaev in 2022'}),
        ('Алматы қаласының', 0, 'city', 'Almaty', 'Almaty', {'note': "NI:detainees' residence"}),
        ('Талдықорған', 1, 'city', 'Taldykorgan', ALR, {'note': 'NI:inside the name of a court'}),
        ('үш ауданында', 0, 'quantified', '3 districts', N, {'count': 3, 'unit': 'district', 'note': 'blizzard warning, not an incident; the three districts are named'}),
        ('Ұйғыр', 0, 'district', 'Uigur District', ALR, {'note': 'NI:warning; in a list sharing "аудандарында"'}),
        ('Райымбек', 0, 'district', 'Raiymbek District', ALR, {'note': 'NI:warning; in a list sharing "аудандарында"'}),
        ('Панфилов', 1, 'district', 'Panfilov District', ALR, {'note': 'NI:warning; in a list sharing "аудандарында"'}),
        ('Талдықорған', 2, 'city', 'Taldykorgan', ALR, {'note': 'NI:road endpoint'}),
        ('Алматы', 3, 'city', 'Almaty', 'Almaty', {'note': 'NI:road endpoint'}),
     ],
     inc={ALR: (3, 'fire in the «Нұр» shopping centre in Zharkent; fatal collision at the entrance to Tekeli; brawl with a stabbing in Kapchagay (the bribery sentence is not counted)')}),

dict(id='p021', date='2024-05-30', lang='kk',
     event='2024 car overturned on the Semey-Kurchatov road 15 km from Kurchatov, two dead (Abai Region; East Kazakhstan Region before 2022); car registered in Russia; the former Semipalatinsk test site',
     text="""Курчатов маңында көлік аударылып, екі адам қаза тапты
СЕМЕЙ, 30 мамыр – Абай облысында Семей – Курчатов тас жолында жеңіл көлік аударылып, екі адам қаза тапты. Оқиға Курчатов қаласынан 15 шақырым жерде кешкі сағат 22:00 шамасында болған. Тағы бір жолаушы Семейдегі облыстық ауруханаға жеткізілді.
Абай облысы полиция департаментінің мәліметінше, көлікті басқарған 24 жастағы жігіт жылдамдықты асырған. Көлік Ресейде тіркелген, оны Курчатовта тұратын туысы жақында сатып алған.
Курчатов – бұрынғы Семей ядролық сынақ полигонының әкімшілік орталығы. Қала 2022 жылдың маусымына дейін Шығыс Қазақстан облысына қарасты еді, қазір Абай облысының құрамында. Жергілікті тұрғындар бұл жолдың жөндеуді қажет ететінін бірнеше рет айтқан.""",
     ann=[
        ('Курчатов', 0, 'city', 'Kurchatov', ABR, {'note': 'headline; "маңында", the crash site near the town'}),
        ('СЕМЕЙ', 0, 'city', 'Semey', ABR, {'note': 'dateline'}),
        ('Абай облысында', 0, 'region', ABR, ABR),
        ('Семей', 0, 'city', 'Semey', ABR, {'note': 'NI:road endpoint'}),
        ('Курчатов', 1, 'city', 'Kurchatov', ABR, {'note': 'NI:road endpoint'}),
        ('Курчатов қаласынан', 0, 'city', 'Kurchatov', ABR, {'note': 'NI:reference point ("15 шақырым жерде")'}),
        ('Семейдегі', 0, 'city', 'Semey', ABR, {'note': 'NI:hospital'}),
        ('Абай облысы', 0, 'region', ABR, ABR, {'note': 'inside the name of an authority (police department)'}),
        ('Ресейде', 0, 'foreign', 'Russia', N, {'note': 'NI:car registration'}),
        ('Курчатовта', 0, 'city', 'Kurchatov', ABR, {'note': "NI:owner's residence"}),
        ('Курчатов', 3, 'city', 'Kurchatov', ABR, {'note': 'NI:background'}),
        ('Семей ядролық сынақ полигонының', 0, 'facility', 'Semipalatinsk nuclear test site', N, {'subkind': 'nuclear test site', 'note': 'NI:background; the site lies across several units'}),
        ('Шығыс Қазақстан облысына', 0, 'region', EKR, EKR, {'note': 'NI:the former unit'}),
        ('Абай облысының', 0, 'region', ABR, ABR, {'note': 'NI:background'}),
     ],
     inc={ABR: (1, 'car overturned on the Semey-Kurchatov road 15 km from Kurchatov, two dead')}),

dict(id='p022', date='1996-10-01', lang='kk',
     event='1996 teachers\' protest over unpaid wages at the town akimat of Tekeli and a basement fire in a block of flats in Ushtobe (Taldykorgan Region, abolished 1997; Almaty Region land); money from Almaty, the capital; "бірнеше облысты" to be merged; the move of the capital to Akmola',
     text="""Текеліде мұғалімдер жалақы талап етіп жиналды
ТАЛДЫҚОРҒАН, 1 қазан – Талдықорған облысының Текелі қаласында 150-ге жуық мұғалім қалалық әкімдіктің алдына жиналып, төрт айдан бері төленбей келе жатқан жалақыны талап етті. Наразылық екі сағатқа созылды, полиция ешкімді ұстаған жоқ.
Қала әкімі мұғалімдерге қазан айының соңына дейін қарыздың жартысын өтеуге уәде берді. Оның айтуынша, облыс бюджетіне Алматыдан қаражат уақытында түспей отыр.
Алматыда үкімет бірнеше облысты біріктіру туралы мәселені қарап жатыр. Талдықорған облысын Алматы облысына қосу жоспары да айтылуда. Ал елорданы Ақмолаға көшіру 1997 жылы басталмақ.
Сол күні Үштөбе қаласында көп қабатты үйдің жертөлесінде өрт шығып, 30 отбасы түтін салдарынан уақытша көшірілді.""",
     ann=[
        ('Текеліде', 0, 'city', 'Tekeli', ALR, {'note': 'headline; Taldykorgan Region in 1996, Almaty Region land in the canonical units before 2022'}),
        ('ТАЛДЫҚОРҒАН', 0, 'city', 'Taldykorgan', ALR, {'note': 'dateline'}),
        ('Талдықорған облысының', 0, 'region', ALR, ALR, {'uncertain': True, 'note': 'Taldykorgan Region (abolished 1997), labelled with the canonical unit holding its land'}),
        ('Текелі қаласында', 0, 'city', 'Tekeli', ALR),
        ('Алматыдан', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:the capital in 1996, source of funds'}),
        ('Алматыда', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:seat of the government'}),
        ('бірнеше облысты', 0, 'quantified', 'several regions', N, {'count': None, 'unit': 'region', 'note': 'planned mergers, not an incident'}),
        ('Талдықорған облысын', 0, 'region', ALR, ALR, {'uncertain': True, 'note': 'NI:planned merger; abolished region labelled with the unit holding its land'}),
        ('Алматы облысына', 0, 'region', ALR, ALR, {'note': 'NI:planned merger'}),
        ('Ақмолаға', 0, 'city', 'Astana', 'Astana', {'note': 'NI:the future capital; the city, not Akmola Region'}),
        ('Үштөбе қаласында', 0, 'city', 'Ushtobe', ALR),
     ],
     inc={ALR: (2, "teachers' protest at the town akimat of Tekeli; basement fire in a block of flats in Ushtobe")}),

dict(id='p023', date='2025-03-18', lang='kk',
     event='2025 fatal house fire in the town of Abai (Abai district, Karaganda Region), not Abai Region; collision on the Satpayev-Zhezkazgan road (Ulytau Region); the poet Abai; Zhezkazgan, Satpayev and Karazhal handed to Ulytau Region in 2022',
     text="""Абай қаласында тұрғын үйде өрт: екі адам қаза тапты
ҚАРАҒАНДЫ, 18 наурыз – Қарағанды облысының Абай қаласында бір қабатты тұрғын үйде өрт шығып, екі адам қаза тапты. Облыстық төтенше жағдайлар департаментінің хабарлауынша, өрт түнгі сағат үште пештің ақауынан басталған.
Абай қаласы – Абай ауданының орталығы, оны орталығы Семей болып табылатын Абай облысымен шатастырмау керек. Екеуі де ақын Абай Құнанбайұлының есімімен аталған.
Сол күні Ұлытау облысында Сәтбаев – Жезқазған жолында екі көлік соқтығысып, төрт адам жарақат алды. Ұлытау облысының полициясы жолдың бұл бөлігінде жылдамдықты шектейтін қосымша белгілер орнатуды ұсынды. Жезқазғандағы облыстық аурухана дәрігерлері зардап шеккендердің жағдайы тұрақты екенін айтты.
Еске сала кетейік, Қарағанды облысы 2022 жылы Жезқазған, Сәтбаев және Қаражал қалаларын жаңадан құрылған Ұлытау облысына берген.""",
     ann=[
        ('Абай қаласында', 0, 'city', 'Abai (town)', KR, {'note': 'headline; the town in Karaganda Region, not Abai Region'}),
        ('ҚАРАҒАНДЫ', 0, 'city', 'Karaganda', KR, {'note': 'dateline'}),
        ('Қарағанды облысының', 0, 'region', KR, KR),
        ('Абай қаласында', 1, 'city', 'Abai (town)', KR),
        ('Абай қаласы', 0, 'city', 'Abai (town)', KR, {'note': 'NI:background'}),
        ('Абай ауданының', 0, 'district', 'Abai District (Karaganda Region)', KR, {'note': 'NI:background; the district of Karaganda Region'}),
        ('Семей', 0, 'city', 'Semey', ABR, {'note': 'NI:seat of Abai Region'}),
        ('Абай облысымен', 0, 'region', ABR, ABR, {'note': 'NI:disambiguation; "Абай Құнанбайұлының" that follows is the poet and is not annotated'}),
        ('Ұлытау облысында', 0, 'region', UR, UR),
        ('Сәтбаев', 0, 'city', 'Satpayev', UR, {'note': 'NI:road endpoint'}),
        ('Жезқазған', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:road endpoint'}),
        ('Ұлытау облысының', 0, 'region', UR, UR, {'note': 'NI:inside the name of an authority (police)'}),
        ('Жезқазғандағы', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:hospital'}),
        ('Қарағанды облысы', 0, 'region', KR, KR, {'note': 'NI:background'}),
        ('Жезқазған', 1, 'city', 'Zhezkazgan', UR, {'note': 'NI:background; in a list sharing "қалаларын"'}),
        ('Сәтбаев', 1, 'city', 'Satpayev', UR, {'note': 'NI:background; in a list sharing "қалаларын"'}),
        ('Қаражал', 0, 'city', 'Karazhal', UR, {'note': 'NI:background; in a list sharing "қалаларын"'}),
        ('Ұлытау облысына', 0, 'region', UR, UR, {'note': 'NI:background'}),
     ],
     inc={KR: (1, 'fatal house fire in the town of Abai'),
          UR: (1, 'two-car collision on the Satpayev-Zhezkazgan road, four hurt')}),

dict(id='p024', date='2020-09-09', lang='kk',
     event='2020 fire at a grain store near the railway station of Ayagoz and a steppe fire in Urzhar district near the Chinese border (East Kazakhstan Region before the 2022 split); ШҚО; firefighters from Semey; warning from Nur-Sultan; ban on fires in "барлық аудандарында"',
     text="""Аягөзде астық қоймасы өртенді
СЕМЕЙ, 9 қыркүйек – Шығыс Қазақстан облысының Аягөз қаласында теміржол вокзалының маңындағы астық қоймасында өрт шықты. Өрт 800 шаршы метр аумақты қамтып, 200 тоннаға жуық бидай жанып кетті. Адам шығыны жоқ, деп хабарлады ШҚО төтенше жағдайлар департаменті.
Өртті сөндіруге Аягөз ауданының және Семейден келген өрт сөндірушілер қатысты. Өрттің себебі анықталып жатыр.
Сол күні Үржар ауданында, Қытаймен шекараға жақын жерде дала өрті 120 гектар жайылымды шарпыды.
Нұр-Сұлтандағы Төтенше жағдайлар министрлігі Шығыс Қазақстан облысында өрт қаупінің жоғары деңгейі сақталатынын ескертті. Өскемендегі департамент басшысы облыстың барлық аудандарында далада от жағуға тыйым салынғанын еске салды.""",
     ann=[
        ('Аягөзде', 0, 'city', 'Ayagoz', EKR, {'note': 'headline; East Kazakhstan Region before 2022-06-08'}),
        ('СЕМЕЙ', 0, 'city', 'Semey', EKR, {'note': 'dateline'}),
        ('Шығыс Қазақстан облысының', 0, 'region', EKR, EKR),
        ('Аягөз қаласында', 0, 'city', 'Ayagoz', EKR),
        ('ШҚО', 0, 'region', EKR, EKR, {'note': 'inside the name of an authority; Kazakh abbreviation of East Kazakhstan Region'}),
        ('Аягөз ауданының', 0, 'district', 'Ayagoz District', EKR, {'note': 'NI:origin of firefighters'}),
        ('Семейден', 0, 'city', 'Semey', EKR, {'note': 'NI:origin of firefighters'}),
        ('Үржар ауданында', 0, 'district', 'Urzhar District', EKR, {'note': 'steppe fire'}),
        ('Қытаймен', 0, 'foreign', 'China', N, {'note': 'NI:reference point (border)'}),
        ('Нұр-Сұлтандағы', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the ministry; the capital named Nur-Sultan 2019-2022'}),
        ('Шығыс Қазақстан облысында', 0, 'region', EKR, EKR, {'note': 'NI:warning'}),
        ('Өскемендегі', 0, 'city', 'Oskemen', EKR, {'note': 'NI:seat of the department'}),
        ('барлық аудандарында', 0, 'quantified', 'all districts', N, {'count': None, 'unit': 'district', 'quantifier': 'all', 'note': 'ban on fires, not an incident'}),
     ],
     inc={EKR: (2, 'fire at a grain store near the railway station of Ayagoz; steppe fire of 120 ha in Urzhar district')}),
]
