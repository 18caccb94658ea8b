"""Kazakh texts of the thirty-fourth unseen check corpus (spans marked [[...]]; see build/_mk.py)."""
import os
import sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _mk import *  # noqa: E402,F401,F403

DOCS = [
mk('p017', '2022-01-04', 'kk',
   '2022 gas price protests: Zhanaozen, Aktau (Yntymaq square), Beyneu, Kuryk and Shetpe (Mangystau Region); solidarity rallies in Atyrau, Oral and Aktobe; tear gas on Tole Bi Street in Almaty; "бірнеше өңірде"; Tenge village vs the tenge; commission from Nur-Sultan',
   """Газ бағасына наразылық [[Маңғыстаудан]] өзге өңірлерге тарады
[[Ақтау]]. 4 қаңтар. ҚазАқпарат – Сұйытылған газ бағасының екі есе қымбаттауына қарсы 2 қаңтарда [[Жаңаөзенде]] басталған наразылық үшінші күнге ұласты. [[Жаңаөзен]] тұрғындары қала орталығындағы алаңда тағы бір түнді өткізді. Олар газдың бір литрін бұрынғыдай 50 теңгеден сатуды және үкіметтің отставкаға кетуін талап етуде.
3 қаңтарда [[Ақтаудағы]] [[Ынтымақ алаңына]] мыңдаған адам жиналды. Сол күні [[Бейнеу]], [[Құрық]] және [[Шетпе]] кенттерінде де жұрт көшеге шықты. [[Жаңаөзенге]] жақын [[Теңге]] ауылының тұрғындары алаңдағыларға нан мен ыстық тамақ жеткізіп тұр.
Наразылық басқа өңірлерде де қолдау тапты. 4 қаңтарда [[Атырауда]], [[Орал]] қаласында және [[Ақтөбеде]] жүздеген адам облыс әкімдіктерінің алдына жиналды. Түнде [[Алматыда]] [[Төле би көшесінде]] жиналған жастарды полиция көзден жас ағызатын газбен таратты. Ішкі істер министрлігінің мәліметінше, рұқсат етілмеген акциялар тағы [[бірнеше өңірде]] өтті, бірақ министрлік олардың атауын келтірмеді.
Үкімет [[Маңғыстау облысында]] газдың бағасын бір литріне 50 теңгеге дейін төмендету туралы шешім қабылдады. Мемлекет басшысы Қасым-Жомарт Тоқаев наразылық білдірушілерді сабырға шақырып, құқық тәртібін бұзуға жол берілмейтінін ескертті.
[[Нұр-Сұлтанда]] құрылған үкіметтік комиссия [[Жаңаөзенге]] ұшып келді. Комиссия мүшелері алаңдағы жұртпен кездесіп, газ бағасын бақылауда ұстауға уәде берді. Алайда жиналғандар тарамай отыр, олардың бір бөлігі енді жергілікті әкімдерді халық өзі сайлауын талап етуде.
Наразылық білдірушілердің көбі – мұнай саласының жұмысшылары мен олардың отбасы мүшелері. Олар соңғы жылдары жалақының өспегенін, ал азық-түлік бағасының күрт қымбаттағанын айтады. Кейбір жиындарда жұмыссыз жастар да сөз сөйлеп, жаңа жұмыс орындарын ашуды талап етті. Облыстағы алаңдарда полиция әзірге күш қолданған жоқ.
[[Ақтау әуежайы]] қалыпты жұмыс істеп тұр, бірақ [[Жаңаөзен]] – [[Ақтау]] тас жолында жол полициясының бекеттері қойылды. [[Ресей]] Сыртқы істер министрлігі [[Қазақстандағы]] жағдайды мұқият бақылап отырғанын мәлімдеді.""",
   [R(MR, 'headline; bare name of the region'), C('Aktau', MR, 'dateline'),
    C('Zhanaozen', MR), C('Zhanaozen', MR),
    C('Aktau', MR), F('Yntymaq Square (Aktau)', MR, 'square'),
    V('Beyneu', MR, 'list sharing the head noun «кенттерінде»'), V('Kuryk', MR), V('Shetpe', MR),
    C('Zhanaozen', MR, 'NI:reference point'), V('Tenge', MR, 'NI:residence of villagers bringing food; the currency теңге is not annotated'),
    C('Atyrau', ATR), C('Oral', WKR), C('Aktobe', AR),
    C('Almaty', 'Almaty'), F('Tole Bi Street (Almaty)', 'Almaty', 'street'),
    Q('several regions', N, 'region', 'unsanctioned rallies in unnamed regions'),
    R(MR, 'NI:price decision, an official measure'),
    C('Astana', 'Astana', 'NI:seat of a commission; Nur-Sultan on the article date'), C('Zhanaozen', MR, 'NI:destination of the commission'),
    F('Aktau International Airport', MR, 'airport', 'NI:working normally'),
    C('Zhanaozen', MR, 'NI:route endpoint'), C('Aktau', MR, 'NI:route endpoint'),
    X('Russia', 'inside the name of an authority'), K()],
   inc={MR: (5, 'protests in Zhanaozen, on Yntymaq Square in Aktau, and in Beyneu, Kuryk and Shetpe (five places)'),
        ATR: (1, 'rally outside the regional akimat in Atyrau'),
        WKR: (1, 'rally outside the regional akimat in Oral'),
        AR: (1, 'rally outside the regional akimat in Aktobe'),
        'Almaty': (1, 'young people dispersed with tear gas on Tole Bi Street')},
   unatt=[{'label': 'бірнеше өңірде', 'count': None, 'note': 'unsanctioned rallies in several further regions, not named'}]),

mk('p018', '2022-01-07', 'kk',
   '2022 January unrest in East Kazakhstan Region (before the split): attempt to break into the Semey city akimat and two shops and a pharmacy looted in Ayagoz; no disorder in Oskemen, Ridder and Zaysan; curfew',
   """[[Шығыс Қазақстан облысында]] комендант сағаты енгізілді
[[Өскемен]]. 7 қаңтар. ҚазАқпарат – [[Шығыс Қазақстан облысында]] төтенше жағдай режимі аясында сағат 23:00-ден 07:00-ге дейін комендант сағаты енгізілді, облыс орталығына кіретін жолдарда бекеттер қойылды.
Облыстық полиция департаментінің хабарлауынша, 5 қаңтарда кешке [[Семейде]] бір топ адам қалалық әкімдік ғимаратына басып кіруге әрекеттенді. Полиция 40 адамды ұстады, екі полицей жарақат алды. Сол түні [[Аягөзде]] екі азық-түлік дүкені мен бір дәріхана тоналды.
[[Өскемен]], [[Риддер]] және [[Зайсан]] қалаларында тәртіп бұзушылық тіркелмеген. Банктер мен жанармай құю бекеттері бүгіннен бастап жұмысын қайта бастады. Облыс әкімі тұрғындарды сабырға шақырып, дүкендер мен базарлардың үзіліссіз жұмыс істейтінін айтты.
[[Ресеймен]] шекарадағы өткізу бекеттері жабылған жоқ, алайда жүк көліктері күшейтілген тексеруден өтуде, деп хабарлады облыстық әкімдік.""",
   [R(EKR, 'headline; NI:curfew, an official measure'), C('Oskemen', EKR, 'dateline'), R(EKR, 'NI:curfew'),
    C('Semey', EKR, 'East Kazakhstan Region before the 2022-06-08 split'), C('Ayagoz', EKR, 'East Kazakhstan Region before the split'),
    C('Oskemen', EKR, 'list sharing the head noun «қалаларында»; NI:no disorder'), C('Ridder', EKR, 'NI:no disorder'), C('Zaysan', EKR, 'NI:no disorder'),
    X('Russia')],
   inc={EKR: (4, 'attempt to break into the city akimat in Semey; two food shops and a pharmacy looted in Ayagoz (three listed targets)')}),

mk('p019', '2023-03-15', 'kk',
   '2023 Zhezkazgan city court sentences nine for burning a police car outside the akimat on 5 January 2022 (background), a shop looted in Satpayev (Ulytau Region on the article date; Karaganda Region at the time); defendants from Karazhal',
   """[[Жезқазғанда]] қаңтар оқиғасына қатысқан тоғыз адам сотталды
[[Жезқазған]]. 15 наурыз. ҚазАқпарат – [[Жезқазған]] қалалық соты 2022 жылғы 5 қаңтарда қала әкімдігінің алдында полиция көлігін өртеп, полицейлерге тас лақтырған тоғыз адамға үш жылдан жеті жылға дейін бас бостандығынан айыру жазасын тағайындады.
Сол түні [[Сәтбаев]] қаласында бір топ адам ұялы телефон дүкенін тонаған. Ол іс бойынша сот отырысы [[Сәтбаевта]] келесі айда басталады.
Сотталғандардың екеуі [[Қаражал]] қаласының тұрғындары. Оқиға кезінде [[Жезқазған]] [[Қарағанды облысына]] қарайтын еді. 2022 жылғы маусымда орталығы [[Жезқазған]] болып [[Ұлытау облысы]] құрылды.
Қорғаушылар үкімге [[Ұлытау облысының]] сотына шағым түсіретінін айтты. Жәбірленуші полицейлердің бірі сотта айыпталушыларды кешіретінін мәлімдеді. Айыпталушылардың бәрі кінәсін мойындап, келтірілген шығынды толық өтеген. Үкім әлі заңды күшіне енген жоқ.""",
   [C('Zhezkazgan', UR, 'headline; NI:seat of the court'), C('Zhezkazgan', UR, 'dateline'), C('Zhezkazgan', UR, 'inside the name of a court; Ulytau Region on the article date'),
    C('Satpayev', UR, 'Ulytau Region on the article date'), C('Satpayev', UR, 'NI:seat of a trial'),
    C('Karazhal', UR, 'NI:residence of defendants'),
    C('Zhezkazgan', UR, 'NI:administrative status'), R(KR, 'NI:the former unit of Zhezkazgan'),
    C('Zhezkazgan', UR, 'NI:regional centre'), R(UR), R(UR, 'inside the name of a court')],
   inc={UR: (2, 'background: police car burnt and stones thrown outside the akimat in Zhezkazgan on 5 January 2022; phone shop looted in Satpayev the same night (Ulytau Region on the article date); the sentences are not counted')}),

mk('p020', '2011-12-18', 'kk',
   '2011 state of emergency in Zhanaozen after the December 16 riot (akimat, company office and hotel burnt, framed as one event) and the Shetpe station clash of December 17 (Mangystau Region); commission from Astana; Russia and the US advise against travel',
   """[[Жаңаөзенде]] төтенше жағдай режимі енгізілді
[[Ақтау]]. 18 желтоқсан. ҚазАқпарат – Президент Нұрсұлтан Назарбаев [[Жаңаөзен]] қаласында 2012 жылғы 5 қаңтарға дейін төтенше жағдай режимін енгізу туралы жарлыққа қол қойды. Қалада комендант сағаты енгізілді, қалаға кіретін жолдарда бекеттер қойылды.
Бас прокуратураның мәліметінше, 16 желтоқсанда қаланың орталық алаңында басталған жаппай тәртіпсіздік кезінде 14 адам қаза тауып, 80-нен астам адам жараланды. Тәртіпсіздік барысында қала әкімдігі, «Өзенмұнайгаз» компаниясының кеңсесі және қонақүй өртенді.
17 желтоқсанда [[Шетпе]] стансасында жолаушылар пойызын тоқтатқан жұртты полиция таратты, бір адам қаза тапты.
[[Астанадан]] келген үкіметтік комиссия жұмысын бастады. Ішкі істер министрлігі қалада тәртіп қалпына келтірілгенін, дүкендер мен дәріханалар қайта ашыла бастағанын хабарлады. [[Ресей]] мен [[АҚШ]] елшіліктері өз азаматтарына [[Маңғыстау облысына]] бармауға кеңес берді.""",
   [C('Zhanaozen', MR, 'headline; NI:state of emergency, an official measure'), C('Aktau', MR, 'dateline'),
    C('Zhanaozen', MR), V('Shetpe', MR, 'the railway station of Shetpe'),
    C('Astana', 'Astana', 'NI:origin of a commission'), X('Russia', 'inside the name of an embassy'), X('United States', 'inside the name of an embassy'),
    R(MR, 'NI:travel advice')],
   inc={MR: (2, 'the December 16 riot in Zhanaozen (deaths, akimat, company office and hotel burnt, framed as one riot); the December 17 clash at Shetpe station with one death')}),

mk('p021', '2025-01-05', 'kk',
   '2025 third anniversary of the January events: memorials in Almaty, Taldykorgan (Jetisu Region), Taraz and Zhezkazgan (Ulytau Region); compensation to businesses in Almaty and the Jambyl, Jetisu and Almaty regions; amnesty; CSTO troops from Russia, Belarus, Armenia, Tajikistan and Kyrgyzstan (no incident)',
   """Қаңтар оқиғасына үш жыл: өтемақы, рақымшылық және естелік
[[Астана]]. 5 қаңтар. ҚазАқпарат – [[Қазақстанда]] 2022 жылғы қаңтар оқиғасы кезінде қаза тапқандар еске алынды. [[Алматыдағы]] «[[Тағзым]]» мемориалына жүздеген адам гүл қойды. [[Талдықорғанда]], [[Таразда]] және [[Жезқазғанда]] да еске алу шаралары өтті.
Бас прокуратураның дерегінше, қаңтар оқиғалары кезінде 238 адам қаза тапқан, олардың 19-ы – құқық қорғау органдарының қызметкерлері мен әскери қызметшілер. Мемлекет қаза тапқандардың отбасыларына біржолғы төлем жасады.
Зардап шеккен кәсіпкерлерге барлығы 92 миллиард теңге өтемақы берілді. Оның басым бөлігі [[Алматы]] қаласының кәсіпкерлеріне тиді, қалғаны [[Жамбыл]], [[Жетісу]] және [[Алматы]] облыстарындағы кәсіпорындарға төленді. [[Жетісу облысының]] орталығы [[Талдықорғанда]] 61 дүкен мен дәмхананың иелері өтемақы алған.
2022 жылғы наурызда жарияланған рақымшылық бойынша 1 100-ге жуық адам босатылды. Алайда құқық қорғаушылар азаптау туралы шағымдардың көбі әлі тексерілмегенін айтады. [[Ұлытау облысының]] орталығы [[Жезқазғандағы]] сотта қаралған істердің бірінде айыпталушылар тергеу кезінде ұрып-соғылғанын мәлімдеген.
Мемлекет басшысы Қасым-Жомарт Тоқаев [[Астанада]] өткен кеңесте қаңтар оқиғасын «мемлекеттік төңкеріс жасау әрекеті» деп атады және сол күндердің сабағын ұмытпауға шақырды. Еске алу шараларына қаза тапқандардың туыстары, құқық қорғау органдарының ардагерлері және жастар қатысты. Мемориал маңында ерікті жастар шам жақты, кешке көп адам терезелеріне шырақ қойды. Көптеген мектептерде қаңтар оқиғасына арналған сынып сағаттары өтті. Үкімет қаза тапқан әскери қызметшілер мен полицейлердің отбасыларына баспана беру бағдарламасы жалғасатынын хабарлады.
Ол кезде Ұжымдық қауіпсіздік туралы шарт ұйымының бітімгерлері [[Ресейден]], [[Беларусьтен]], [[Армениядан]], [[Тәжікстаннан]] және [[Қырғызстаннан]] келіп, [[Алматыдағы]] маңызды нысандарды екі апта күзеткен еді. [[Мәскеуде]] өткен ұйымның биылғы саммитінде бұл миссия сәтті деп бағаланды.
Зардап шеккендердің туыстары [[Жаңаөзен]] мен [[Алматы]] қалаларында тәуелсіз тергеу жүргізуді талап етуді жалғастырып отыр.""",
   [C('Astana', 'Astana', 'dateline'), K('incidents located only in the country'), C('Almaty', 'Almaty', 'NI:site of a memorial'), F('Tagzym memorial (Almaty)', 'Almaty', 'memorial', 'NI:commemoration'),
    C('Taldykorgan', JTR, 'NI:commemoration; Jetisu Region on the article date'), C('Taraz', JR, 'NI:commemoration'), C('Zhezkazgan', UR, 'NI:commemoration; Ulytau Region on the article date'),
    C('Almaty', 'Almaty', 'NI:compensation payments'),
    R(JR, 'list sharing the head noun «облыстарындағы»; NI:compensation payments'), R(JTR, 'NI:compensation payments'), R(ALR, 'NI:compensation payments; bare Almaty in a list of regions'),
    R(JTR, 'NI:regional centre'), C('Taldykorgan', JTR, 'NI:compensation payments'),
    R(UR, 'NI:regional centre'), C('Zhezkazgan', UR, 'NI:seat of a court'),
    C('Astana', 'Astana', 'NI:place of a meeting'),
    X('Russia', 'NI:origin of troops'), X('Belarus', 'NI:origin of troops'), X('Armenia', 'NI:origin of troops'), X('Tajikistan', 'NI:origin of troops'), X('Kyrgyzstan', 'NI:origin of troops'),
    C('Almaty', 'Almaty', 'NI:sites guarded by troops'), X('Moscow', 'NI:place of a summit'),
    C('Zhanaozen', MR, 'list sharing the head noun «қалаларында»; NI:residence of relatives'), C('Almaty', 'Almaty', 'NI:residence of relatives')],
   inc={}),

mk('p022', '2016-05-03', 'kk',
   '2016 land rallies: Isatai-Makhambet square in Atyrau, Aktobe (people from Kandyagash and Khromtau), Semey (East Kazakhstan Region), pickets in Zhanaozen and Kyzylorda, two detained in Shymkent (South Kazakhstan Region); fears about China; commission in Astana',
   """Жер митингтері: [[Атыраудан]] кейін [[Ақтөбе]] мен [[Семейде]] жұрт алаңға шықты
[[Атырау]]. 3 мамыр. ҚазТАГ – Жер кодексіне енгізілген түзетулерге қарсы наразылық акциялары елдің бірнеше қаласына тарады.
Алғашқы митинг 24 сәуірде [[Атыраудағы]] [[Исатай-Махамбет алаңында]] өтті. Оған мыңға жуық адам жиналып, ауыл шаруашылығы жерлерін шетелдіктерге 25 жылға жалға беруге қарсы екенін мәлімдеді. Облыс әкімі жиналғандармен кездесіп, олардың талабын үкіметке жеткізуге уәде берді.
27 сәуірде [[Ақтөбеде]] өткен митингіге бірнеше жүз адам қатысты. Олардың арасында [[Қандыағаш]] пен [[Хромтаудан]] арнайы келгендер де болды. Митинг бейбіт аяқталды.
30 сәуірде [[Семейдегі]] орталық алаңға 300-ге жуық адам жиналды. [[Шығыс Қазақстан облысының]] әкімі олармен екі сағат сөйлесті. Сол күні [[Жаңаөзенде]] және [[Қызылордада]] шағын пикеттер өтті. [[Шымкентте]] жер туралы плакат ұстап шыққан екі адамды полиция ұстады, кейін оларға айыппұл салынды.
Наразылар жердің [[Қытай]] компанияларына өтіп кетуінен қауіптенеді. «Біз жерімізді сатпаймыз және жалға бермейміз», – деді [[Семейден]] келген зейнеткер.
Президент Нұрсұлтан Назарбаев жер туралы түзетулердің күшіне енуін кейінге қалдыруды тапсырды. [[Астанада]] жер реформасы жөніндегі комиссия құрылды, оның құрамына фермерлер мен қоғам белсенділері де кірді. Ұлттық экономика министрлігі шетелдіктерге жер жалға беру туралы бірде-бір өтінім түспегенін хабарлады.
Митингіге қатысқандардың көбі – ауыл тұрғындары мен шағын шаруа қожалықтарының иелері. Олар жерді шетелдіктерге жалға беру туралы шешім халықпен ақылдаспай қабылданды деп есептейді. Сарапшылардың пікірінше, наразылықтың түп-төркіні – ауылдағы жұмыссыздық пен табыстың төмендігі. Жиындардың көбі бейбіт өтіп, полиция тек бақылаумен шектелді. Белсенділер келесі жиынды мамыр айының соңында өткізбек.
Бас прокуратура рұқсат етілмеген жиындарды ұйымдастырғандар жауапқа тартылатынын ескертті. Әлеуметтік желілерде 21 мамырда [[Алматы]] мен [[Астанада]] жаңа митингілер өткізу туралы үндеулер тарап жатыр.""",
   [C('Atyrau', ATR, 'headline'), C('Aktobe', AR, 'headline; bare form before «мен»'), C('Semey', EKR, 'headline; East Kazakhstan Region before the 2022 split'),
    C('Atyrau', ATR, 'dateline'), C('Atyrau', ATR), F('Isatai-Makhambet Square (Atyrau)', ATR, 'square', 'a square named after two persons'),
    C('Aktobe', AR), C('Kandyagash', AR, 'NI:origin of protesters'), C('Khromtau', AR, 'NI:origin of protesters'),
    C('Semey', EKR, 'East Kazakhstan Region before the 2022 split'), R(EKR, 'inside the title of an official'),
    C('Zhanaozen', MR), C('Kyzylorda', KYR), C('Shymkent', SKR, 'South Kazakhstan Region before 2018-06-19'),
    X('China'), C('Semey', EKR, 'NI:origin of a pensioner'),
    C('Astana', 'Astana', 'NI:seat of a commission'),
    C('Almaty', 'Almaty', 'NI:planned rallies'), C('Astana', 'Astana', 'NI:planned rallies')],
   inc={ATR: (1, 'April 24 rally on Isatai-Makhambet Square in Atyrau'),
        AR: (1, 'April 27 rally in Aktobe'),
        EKR: (1, 'April 30 rally in Semey (East Kazakhstan Region in 2016)'),
        MR: (1, 'picket in Zhanaozen'),
        KYR: (1, 'picket in Kyzylorda'),
        SKR: (1, 'two detained with a placard in Shymkent (South Kazakhstan Region in 2016)')}),

mk('p023', '2022-01-14', 'kk',
   '2022 CSTO peacekeepers start leaving: Armenian and Tajik units fly from Almaty airport, Russians to Ivanovo and Ulyanovsk, the Kyrgyz contingent to Bishkek through the Kordai checkpoint; Tokayev in Nur-Sultan (no incident)',
   """ҰҚШҰ бітімгерлері [[Қазақстаннан]] шыға бастады
[[Алматы]]. 14 қаңтар. ҚазАқпарат – Ұжымдық қауіпсіздік туралы шарт ұйымының бітімгерлік күштері [[Қазақстаннан]] шығарыла бастады. Бірінші болып [[Армения]] мен [[Тәжікстан]] бөлімшелері [[Алматы халықаралық әуежайынан]] әскери-көлік ұшақтарымен ұшып кетті.
[[Ресей]] десантшылары алдағы күндері [[Иваново]] мен [[Ульяновскіге]] оралады. [[Беларусь]] әскерилері [[Минскке]] жексенбіде қайтады. [[Қырғызстан]] контингенті [[Бішкекке]] автобуспен [[Қордай]] өткізу бекеті арқылы қайтады.
Бітімгерлер бір апта бойы [[Алматыдағы]] жылу электр орталықтарын, телерадио кешенін және нан зауытын күзетті. Олар қару қолданған жоқ, деп хабарлады Қорғаныс министрлігі.
Мемлекет басшысы Қасым-Жомарт Тоқаев [[Нұр-Сұлтанда]] ұйым өкілдеріне алғыс айтып, миссия өз міндетін толық орындағанын атап өтті. Қорғаныс министрлігінің мәліметінше, бітімгерлік күштердің құрамында 2 000-ға жуық әскери қызметші болған. Олардың толық шығарылуы 19 қаңтарға дейін аяқталады.""",
   [K('headline'), C('Almaty', 'Almaty', 'dateline'), K(),
    X('Armenia', 'NI:origin of troops'), X('Tajikistan', 'NI:origin of troops'), F('Almaty International Airport', 'Almaty', 'airport', 'NI:departure of troops'),
    X('Russia', 'NI:origin of troops'), X('Ivanovo', 'NI:destination of troops'), X('Ulyanovsk', 'NI:destination of troops'),
    X('Belarus', 'NI:origin of troops'), X('Minsk', 'NI:destination of troops'), X('Kyrgyzstan', 'NI:origin of troops'), X('Bishkek', 'NI:destination of troops'),
    V('Kordai', JR, 'inside the name of a border checkpoint; NI:route'),
    C('Almaty', 'Almaty', 'NI:sites guarded by troops'), C('Astana', 'Astana', 'NI:place of a meeting; Nur-Sultan on the article date')],
   inc={}),

mk('p024', '2026-06-10', 'kk',
   '2026 deputy says 120 businesses in Taldykorgan (Jetisu Region), Zhezkazgan (Ulytau Region) and Semey (Abai Region) still await compensation for January 2022 damage; her post in the Kazakh Latin alphabet names Almaty, Taldyqorğan, Taraz, Jezqazğan, Semei (no incident)',
   """Мәжіліс депутаты қаңтар оқиғасы бойынша өтемақы мәселесін көтерді
[[Астана]]. 10 маусым. ҚазТАГ – Мәжіліс депутаты Айгүл Сейітова қаңтар оқиғасы кезінде мүлкі зақымдалған кәсіпкерлердің бір бөлігі төрт жыл өтсе де өтемақы ала алмағанын айтты. Депутаттың мәліметінше, мұндай 120 кәсіпкер негізінен [[Талдықорғанда]], [[Жезқазғанда]] және [[Семейде]] тіркелген.
Депутат әлеуметтік желідегі парақшасында былай деп жазды:
«[[Almaty]], [[Taldyqorğan]] jäne [[Taraz]] qalalaryndağy käsıpkerler älı kütude. [[Jezqazğanda]] da, [[Semeide]] de osyndai jağdai. Ükımet būl mäselenı jyl soñyna deiın şeşuı tiıs.»
Ұлттық экономика министрлігі өтемақы төлеу бағдарламасы 2024 жылы жабылғанын, ал кейінгі өтініштерді [[Жетісу]], [[Ұлытау]] және [[Абай]] облыстарының әкімдіктері қарайтынын хабарлады. Министрліктің дерегінше, бағдарлама бойынша барлығы 2 300-ден астам кәсіпкерге төлем жасалған. Депутат кейбір кәсіпкерлердің өтемақыны сот арқылы өндіріп алуға мәжбүр болғанын да атап өтті.""",
   [C('Astana', 'Astana', 'dateline'),
    C('Taldykorgan', JTR, 'NI:residence of businesses; Jetisu Region on the article date'), C('Zhezkazgan', UR, 'NI:residence of businesses; Ulytau Region on the article date'), C('Semey', ABR, 'NI:residence of businesses; Abai Region on the article date'),
    C('Almaty', 'Almaty', 'Kazakh Latin; list sharing the head noun «qalalaryndağy»; NI:residence of businesses'), C('Taldykorgan', JTR, 'Kazakh Latin; NI:residence of businesses'), C('Taraz', JR, 'Kazakh Latin; NI:residence of businesses'),
    C('Zhezkazgan', UR, 'Kazakh Latin; NI:residence of businesses'), C('Semey', ABR, 'Kazakh Latin; NI:residence of businesses'),
    R(JTR, 'list sharing the head noun «облыстарының», inside the names of authorities'), R(UR, 'inside the name of an authority'), R(ABR, 'inside the name of an authority; Абай is also a person and a district name')],
   inc={}),
]
