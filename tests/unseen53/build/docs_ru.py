"""Russian texts of the fifty-third unseen check corpus."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p009', date='1997-03-05', lang='ru',
     event='1997 arrest of a deputy akim of the Semipalatinsk Region (abolished two months later; East Kazakhstan Region land) over pension and school-repair funds for Kurchatov and Ayaguz; money through Ust-Kamenogorsk to Moscow; search in Zharma district; pensioners rally at the regional administration and an earlier fire in the finance department archive (Semipalatinsk); rumoured merger with East Kazakhstan; earlier trials in Taldykorgan and Kokshetau',
     text="""В Семипалатинске арестован заместитель акима области
СЕМИПАЛАТИНСК, 5 марта (Интерфакс-Казахстан) — Прокуратура Семипалатинской области арестовала заместителя акима области Булата Есенгельдиева. Его подозревают в хищении 120 млн тенге, выделенных из республиканского бюджета на погашение долгов по пенсиям и на ремонт школ в Курчатове и Аягузе.

По данным следствия, деньги перечислялись на счета двух фирм в Усть-Каменогорске, а затем уходили в коммерческий банк в Москве. В понедельник следователи провели обыски в кабинете чиновника и на его даче в Жарминском районе, изъяты документы и 40 тыс. долларов наличными.

В Курчатове ремонт двух школ, на который выделялись деньги, так и не начался: по словам директора одной из них, зимой дети сидели на уроках в пальто. В Аягузе подрядчик успел лишь заменить окна в одной школе.

Арест вызвал в городе бурную реакцию. Во вторник около 400 пенсионеров собрались у здания областной администрации, требуя выплатить пенсии, задержанные с осени. Митинг продолжался около трёх часов и закончился без задержаний.

Следователи также проверяют обстоятельства пожара, который 25 февраля уничтожил часть архива областного финансового управления. Огонь охватил два кабинета на втором этаже, пострадавших нет. «Версию поджога мы не исключаем», — сказал прокурор области.

Арест произошёл на фоне слухов о скором объединении Семипалатинской области с Восточно-Казахстанской. В Алматы эти слухи официально пока не подтверждают. Местные журналисты напоминают, что в прошлом году в Талдыкоргане и Кокшетау уже судили двух бывших заместителей глав областных администраций — по делам о зерновых кредитах.

Есенгельдиев свою вину не признаёт. Его адвокат Сергей Волков заявил, что в случае обвинительного приговора подаст жалобу в Верховный суд Казахстана.""",
     ann=[
        ('Семипалатинске', 0, 'city', 'Semey', EKR, {'note': 'headline; town of the Semipalatinsk Region (abolished 1997-05), East Kazakhstan Region until 2022'}),
        ('СЕМИПАЛАТИНСК', 0, 'city', 'Semey', EKR, {'note': 'dateline'}),
        ('Семипалатинской области', 0, 'region', EKR, EKR, {'uncertain': True, 'note': "inside the name of an authority (prosecutor's office); the Semipalatinsk Region, merged into East Kazakhstan Region in 1997, labelled with the canonical unit that took over its land"}),
        ('Курчатове', 0, 'city', 'Kurchatov', EKR, {'note': 'NI:destination of the funds'}),
        ('Аягузе', 0, 'city', 'Ayagoz', EKR, {'note': 'NI:destination of the funds; old Russian spelling Аягуз'}),
        ('Усть-Каменогорске', 0, 'city', 'Oskemen', EKR, {'note': 'NI:bank accounts'}),
        ('Москве', 0, 'foreign', 'Moscow', N, {'note': 'NI:bank'}),
        ('Жарминском районе', 0, 'district', 'Zharma District', EKR, {'note': 'NI:search'}),
        ('Курчатове', 1, 'city', 'Kurchatov', EKR, {'note': 'NI:school repairs not begun'}),
        ('Аягузе', 1, 'city', 'Ayagoz', EKR, {'note': 'NI:school windows replaced'}),
        ('Семипалатинской области', 1, 'region', EKR, EKR, {'uncertain': True, 'note': 'NI:the abolished region, in a statement about the merger'}),
        ('Восточно-Казахстанской', 0, 'region', EKR, EKR, {'note': 'NI:elliptical ("с Восточно-Казахстанской [областью]")'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:the capital in 1997'}),
        ('Талдыкоргане', 0, 'city', 'Taldykorgan', ALR, {'note': 'NI:earlier trial; town of the Taldykorgan Region (abolished 1997), Almaty Region until 2022'}),
        ('Кокшетау', 0, 'city', 'Kokshetau', NKR, {'uncertain': True, 'note': 'NI:earlier trial; centre of the Kokshetau Region, which was merged into North Kazakhstan Region in 1997; the city passed to Akmola Region in 1999'}),
        ('Казахстана', 0, 'country', 'Kazakhstan', N, {'note': 'inside the name of a court'}),
     ],
     inc={EKR: (2, 'rally of about 400 pensioners at the regional administration in Semipalatinsk; fire (possible arson) in the archive of the regional finance department on February 25; the arrest and searches are not incidents')}),

dict(id='p010', date='2010-07-13', lang='ru',
     event='2010 land official of the Yesil district akimat of Astana detained over plots on the left bank of the Yesil; the former akim of Burabay district (Akmola Region) detained over resort land at lake Borovoe; a retired deputy head of the abolished Kokshetau Region living in Petropavlovsk (no incident)',
     text="""В Астане задержан чиновник, раздававший землю на левом берегу
АСТАНА, 13 июля — Финансовая полиция задержала начальника отдела земельных отношений акимата Есильского района столицы Армана Кенжебаева. Его подозревают в незаконном выделении 35 участков на левом берегу Есиля. По данным ведомства, участки под коттеджи оформлялись на подставных лиц, а затем перепродавались по цене до 200 тыс. долларов.

В тот же день департамент финансовой полиции по Акмолинской области в Кокшетау сообщил о задержании бывшего акима Бурабайского района. Ему вменяют продажу земель в курортной зоне у озера Боровое по заниженной кадастровой стоимости.

Среди фигурантов этого дела — 68-летний пенсионер, в середине 1990-х работавший заместителем главы администрации упразднённой Кокшетауской области. Сейчас он живёт в Петропавловске; под стражу его не брали, он дал подписку о невыезде.

Оба дела будут вести следователи центрального аппарата агентства в Астане.""",
     ann=[
        ('Астане', 0, 'city', 'Astana', 'Astana', {'note': 'headline'}),
        ('АСТАНА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Есильского района', 0, 'district', 'Yesil District (Astana)', 'Astana', {'subkind': 'city district', 'note': 'inside the name of an authority (akimat); district of the capital, not the Esil districts of Akmola or North Kazakhstan Region'}),
        ('Есиля', 0, 'facility', 'Yesil River', N, {'subkind': 'river', 'note': 'NI:the river in Astana; land on its left bank'}),
        ('Акмолинской области', 0, 'region', AKR, AKR, {'note': 'inside the name of an authority'}),
        ('Кокшетау', 0, 'city', 'Kokshetau', AKR, {'note': 'NI:seat of the department; Akmola Region since 1999'}),
        ('Бурабайского района', 0, 'district', 'Burabay District', AKR, {'note': 'inside an official post (akim)'}),
        ('Боровое', 0, 'facility', 'Lake Borovoe', N, {'subkind': 'lake', 'note': 'lake in Burabay district (Akmola Region); name only, after "озера"'}),
        ('Кокшетауской области', 0, 'region', AKR, AKR, {'uncertain': True, 'note': 'inside an official post; the Kokshetau Region, abolished in 1997 (merged into North Kazakhstan Region); its centre and most of its land have been in Akmola Region since 1999'}),
        ('Петропавловске', 0, 'city', 'Petropavl', NKR, {'note': 'NI:residence; Russian name'}),
        ('Астане', 1, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the investigators'}),
     ],
     inc={}),

dict(id='p011', date='2014-11-18', lang='ru',
     event='2014 appeal court in Aktau upholds the sentence of a former deputy akim of Zhanaozen over a school in the village of Tenge; the Beineu district police chief detained for bribes from lorry owners bringing vegetables from Uzbekistan on the Beineu-Shetpe road (Mangystau Region; no incident)',
     text="""Апелляция оставила в силе приговор бывшему заместителю акима Жанаозена
АКТАУ, 18 ноября — Мангистауский областной суд отклонил апелляционную жалобу бывшего заместителя акима Жанаозена Жандоса Утегенова, осуждённого на восемь лет за хищение средств на строительство школы в селе Тенге. По версии обвинения, из 640 млн тенге, выделенных на школу, подрядчик по сговору с чиновником вывел около 190 млн тенге. Школа, которую обещали открыть в 2012 году, до сих пор не достроена.

В тот же день в Бейнеу сотрудники департамента по противодействию коррупции задержали начальника районного отдела полиции. По данным ведомства, он получил 3 млн тенге от владельцев грузовиков, возивших овощи из Узбекистана по трассе Бейнеу — Шетпе, за то, чтобы их машины не останавливали на постах.

Аким Мангистауской области назвал оба дела «позором для региона» и поручил проверить все объекты, строящиеся в области за счёт бюджета.""",
     ann=[
        ('Жанаозена', 0, 'city', 'Zhanaozen', MR, {'note': 'headline; inside an official post'}),
        ('АКТАУ', 0, 'city', 'Aktau', MR, {'note': 'dateline'}),
        ('Мангистауский', 0, 'region', MR, MR, {'note': 'inside the name of a court ("Мангистауский областной суд")'}),
        ('Жанаозена', 1, 'city', 'Zhanaozen', MR, {'note': 'inside an official post'}),
        ('Тенге', 0, 'village', 'Tenge', MR, {'note': 'NI:school contract; village under Zhanaozen; the currency "тенге" (lower case) is not annotated'}),
        ('Бейнеу', 0, 'village', 'Beineu', MR, {'note': 'NI:arrest'}),
        ('Узбекистана', 0, 'foreign', 'Uzbekistan', N, {'note': 'NI:origin of goods'}),
        ('Бейнеу', 1, 'village', 'Beineu', MR, {'note': 'NI:road endpoint'}),
        ('Шетпе', 0, 'village', 'Shetpe', MR, {'note': 'NI:road endpoint'}),
        ('Мангистауской области', 0, 'region', MR, MR, {'note': 'inside an official post (akim)'}),
     ],
     inc={}),

dict(id='p012', date='2018-05-30', lang='ru',
     event='2018 head of the South Kazakhstan regional construction department detained over school-building funds for Lenger and Kazygurt district; part of a floor slab collapsed at the Lenger site in April, two workers hurt; searches in Shymkent, Turkestan and Sayram district (all South Kazakhstan Region three weeks before the 2018 reform)',
     text="""В ЮКО задержан руководитель управления строительства
ШЫМКЕНТ, 30 мая — Департамент Агентства по делам государственной службы и противодействию коррупции по Южно-Казахстанской области задержал руководителя областного управления строительства. Его подозревают в хищении 420 млн тенге, выделенных на строительство школы на 600 мест в Ленгере и двух школ в Казыгуртском районе.

По данным ведомства, подрядчик, связанный с чиновником, закупал дешёвые плиты перекрытия, а в актах указывал материалы втрое дороже. Последствия уже видны: 12 апреля на стройке в Ленгере обрушилась часть перекрытия второго этажа, двое рабочих получили травмы.

Обыски прошли в здании областного акимата в Шымкенте, в офисе подрядчика в Туркестане и в доме подозреваемого в Сайрамском районе. Чиновник помещён в изолятор временного содержания. Аким ЮКО поручил проверить все школы, которые строятся в области по государственной программе.""",
     ann=[
        ('ЮКО', 0, 'region', SKR, SKR, {'note': 'headline; abbreviation of Южно-Казахстанская область'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', SKR, {'note': 'dateline; South Kazakhstan Region before 2018-06-19'}),
        ('Южно-Казахстанской области', 0, 'region', SKR, SKR, {'note': 'inside the name of an authority'}),
        ('Ленгере', 0, 'city', 'Lenger', SKR, {'note': 'NI:school contract'}),
        ('Казыгуртском районе', 0, 'district', 'Kazygurt District', SKR, {'note': 'NI:school contracts'}),
        ('Ленгере', 1, 'city', 'Lenger', SKR, {'note': 'floor slab collapse at the building site, two workers hurt'}),
        ('Шымкенте', 0, 'city', 'Shymkent', SKR, {'note': 'NI:search'}),
        ('Туркестане', 0, 'city', 'Turkistan', SKR, {'note': 'NI:search'}),
        ('Сайрамском районе', 0, 'district', 'Sayram District', SKR, {'note': 'NI:search'}),
        ('ЮКО', 1, 'region', SKR, SKR, {'note': 'inside an official post (akim)'}),
     ],
     inc={SKR: (1, 'on April 12 part of a floor slab collapsed at the school building site in Lenger, two workers hurt; the arrest and searches are not incidents')}),

dict(id='p013', date='2022-09-12', lang='ru',
     event='2022 arrest of a former deputy akim of Semey over suburban land (Abai Region, three months after its creation); searches in Semey and Ayagoz; Urzhar district land on lake Alakol; relatives attack a TV cameraman outside the court in Semey; cases handed over from the East Kazakhstan department; an appeal upheld in Ust-Kamenogorsk over the Ust-Kamenogorsk-Semey road; Nur-Sultan five days before the return to Astana; a flat in Novosibirsk',
     text="""Бывший заместитель акима Семея арестован по делу о пригородной земле
СЕМЕЙ, 12 сентября — Следственный суд Семея санкционировал арест бывшего заместителя акима города Галымжана Ахметова. Департамент Агентства по противодействию коррупции по области Абай подозревает его в том, что в 2020–2021 годах он добился передачи 70 гектаров пригородной земли фирмам своих родственников, после чего эту землю распродали под дачи. Ахметов работал заместителем акима Семея с 2019 по 2021 год, а до этого руководил отделом земельных отношений Бескарагайского района.

По делу проведены обыски в Семее и в Аягозе, где у подозреваемого есть дом. Под следствием также бывший руководитель отдела земельных отношений Урджарского района: речь идёт об участках на побережье Алаколя, выделенных без торгов.

После заседания у здания суда родственники Ахметова набросились на оператора местного телеканала, разбили камеру и ударили его по лицу. Полиция начала досудебное расследование по статье о хулиганстве, двое задержаны.

Дело начинал ещё департамент по Восточно-Казахстанской области — до 8 июня, когда Семей вошёл в новую область Абай. Всего, по данным агентства, в новый департамент передано 43 дела. Часть бывших чиновников, которых они касаются, живёт в Усть-Каменогорске.

В самом Усть-Каменогорске на прошлой неделе Восточно-Казахстанский областной суд оставил в силе приговор бывшему руководителю областного управления автомобильных дорог — семь лет за хищения при ремонте трассы Усть-Каменогорск — Семей. Его адвокат намерен обжаловать решение в Верховном суде в Нур-Султане.

Агентство сообщило, что с начала года в области Абай и в Восточно-Казахстанской области государству возвращено имущество на 3,8 млрд тенге, включая квартиру в Новосибирске, оформленную на жену одного из осуждённых.""",
     ann=[
        ('Семея', 0, 'city', 'Semey', ABR, {'note': 'headline; inside an official post; Abai Region since 2022-06-08'}),
        ('СЕМЕЙ', 0, 'city', 'Semey', ABR, {'note': 'dateline'}),
        ('Семея', 1, 'city', 'Semey', ABR, {'note': 'inside the name of a court'}),
        ('Абай', 0, 'region', ABR, ABR, {'note': 'inside the name of an authority; official Russian form "область Абай", head noun before the name'}),
        ('Семея', 2, 'city', 'Semey', ABR, {'note': 'inside an official post'}),
        ('Бескарагайского района', 0, 'district', 'Beskaragay District', ABR, {'note': 'inside the name of an authority (district land department)'}),
        ('Семее', 0, 'city', 'Semey', ABR, {'note': 'NI:search'}),
        ('Аягозе', 0, 'city', 'Ayagoz', ABR, {'note': 'NI:search; residence'}),
        ('Урджарского района', 0, 'district', 'Urzhar District', ABR, {'note': 'inside an official post'}),
        ('Алаколя', 0, 'facility', 'Lake Alakol', N, {'subkind': 'lake', 'note': 'lake between Abai and Jetisu regions; NI:land plots on its shore'}),
        ('Восточно-Казахстанской области', 0, 'region', EKR, EKR, {'note': 'inside the name of an authority; NI:former unit of Semey'}),
        ('Семей', 0, 'city', 'Semey', ABR, {'note': 'NI:transfer to the new region'}),
        ('Абай', 1, 'region', ABR, ABR, {'note': 'head noun before the name ("новую область Абай")'}),
        ('Усть-Каменогорске', 0, 'city', 'Oskemen', EKR, {'note': 'NI:residence of former officials'}),
        ('Усть-Каменогорске', 1, 'city', 'Oskemen', EKR, {'note': 'NI:appeal court'}),
        ('Восточно-Казахстанский', 0, 'region', EKR, EKR, {'note': 'inside the name of a court'}),
        ('Усть-Каменогорск', 0, 'city', 'Oskemen', EKR, {'note': 'NI:road endpoint'}),
        ('Семей', 1, 'city', 'Semey', ABR, {'note': 'NI:road endpoint'}),
        ('Нур-Султане', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the Supreme Court; Nur-Sultan until 2022-09-17'}),
        ('Абай', 2, 'region', ABR, ABR, {'note': 'NI:statistics'}),
        ('Восточно-Казахстанской области', 1, 'region', EKR, EKR, {'note': 'NI:statistics'}),
        ('Новосибирске', 0, 'foreign', 'Novosibirsk', N, {'note': 'NI:asset abroad'}),
     ],
     inc={ABR: (1, 'relatives of the suspect attacked a TV cameraman outside the court building in Semey; the arrest, searches and appeal are not incidents')}),

dict(id='p014', date='2001-04-24', lang='ru',
     event='2001 shift chief and two inspectors of the Kordai customs post (Jambyl Region) caught taking money from drivers from Bishkek; checks at posts near Merke and on the Taraz-Shymkent road; earlier sentence of the former head of the regional customs in Taraz (formerly Dzhambul); no incident',
     text="""Таможенники поста «Кордай» задержаны с поличным
ТАРАЗ, 24 апреля — Сотрудники финансовой полиции Жамбылской области задержали начальника смены и двух инспекторов таможенного поста «Кордай» на границе с Кыргызстаном. По данным ведомства, они брали от 50 до 300 долларов с водителей, ввозивших из Бишкека фрукты и бытовую технику без оформления.

Задержанных доставили в Тараз. Как сообщили в акимате Жамбылской области, аким поручил проверить также посты у Мерке и на трассе Тараз — Шымкент.

Это уже второе дело против таможенников региона с начала года. В феврале суд Тараза (до 1997 года город назывался Джамбулом) приговорил бывшего начальника Жамбылской областной таможни к пяти годам лишения свободы за контрабанду сахара из Кыргызстана. Осуждённый обжаловал приговор в Верховном суде.""",
     ann=[
        ('Кордай', 0, 'facility', 'Kordai border crossing', JR, {'subkind': 'checkpoint', 'note': 'headline; name in quotation marks; NI:arrests'}),
        ('ТАРАЗ', 0, 'city', 'Taraz', JR, {'note': 'dateline'}),
        ('Жамбылской области', 0, 'region', JR, JR, {'note': 'inside the name of an authority'}),
        ('Кордай', 1, 'facility', 'Kordai border crossing', JR, {'subkind': 'checkpoint', 'note': 'NI:arrests'}),
        ('Кыргызстаном', 0, 'foreign', 'Kyrgyzstan', N),
        ('Бишкека', 0, 'foreign', 'Bishkek', N, {'note': 'NI:origin of goods'}),
        ('Тараз', 0, 'city', 'Taraz', JR, {'note': 'NI:detainees taken there'}),
        ('Жамбылской области', 1, 'region', JR, JR, {'note': 'inside the name of an authority (akimat)'}),
        ('Мерке', 0, 'village', 'Merke', JR, {'note': 'NI:checks'}),
        ('Тараз', 1, 'city', 'Taraz', JR, {'note': 'NI:road endpoint'}),
        ('Шымкент', 0, 'city', 'Shymkent', SKR, {'note': 'NI:road endpoint; South Kazakhstan Region before 2018'}),
        ('Тараза', 0, 'city', 'Taraz', JR, {'note': 'inside the name of a court'}),
        ('Джамбулом', 0, 'city', 'Taraz', JR, {'note': 'former name of Taraz (Dzhambul), in brackets'}),
        ('Жамбылской', 2, 'region', JR, JR, {'note': 'inside the name of an authority ("Жамбылской областной таможни")'}),
        ('Кыргызстана', 0, 'foreign', 'Kyrgyzstan', N, {'note': 'NI:origin of smuggled sugar'}),
     ],
     inc={}),

dict(id='p015', date='2023-11-28', lang='ru',
     event='2023 ten-month statistics of the Turkistan regional anti-corruption department (statement only): cases in Saryagash and Maktaaral districts, Kentau and Arys, none in three districts; a separate department for Shymkent',
     text="""Антикор Туркестанской области: 86 дел за десять месяцев
ТУРКЕСТАН, 28 ноября — Департамент Агентства по противодействию коррупции по Туркестанской области подвёл итоги десяти месяцев. Зарегистрировано 86 коррупционных преступлений, к уголовной ответственности привлечены 57 должностных лиц, в том числе два акима сельских округов и руководитель районного отдела образования. В бюджет возвращено 4,2 млрд тенге.

Больше всего дел — в Сарыагашском и Мактааральском районах, а также в городах Кентау и Арысь. В трёх районах области не зарегистрировано ни одного коррупционного преступления, отметил руководитель департамента Нурбол Сейтказиев.

«Основные риски — земельные отношения и строительство дорог. Часть схем, как мы видим, переместилась в Шымкент, но там работает отдельный департамент», — сказал он. Департамент по Шымкенту, по его словам, за тот же период направил в суд 41 дело.""",
     ann=[
        ('Туркестанской области', 0, 'region', TR, TR, {'note': 'headline; inside the name of an authority ("Антикор")'}),
        ('ТУРКЕСТАН', 0, 'city', 'Turkistan', TR, {'note': 'dateline'}),
        ('Туркестанской области', 1, 'region', TR, TR, {'note': 'inside the name of an authority'}),
        ('Сарыагашском', 0, 'district', 'Saryagash District', TR, {'note': 'NI:statistics; in a list sharing "районах"'}),
        ('Мактааральском', 0, 'district', 'Maktaaral District', TR, {'note': 'NI:statistics; in a list sharing "районах"'}),
        ('Кентау', 0, 'city', 'Kentau', TR, {'note': 'NI:statistics'}),
        ('Арысь', 0, 'city', 'Arys', TR, {'note': 'NI:statistics'}),
        ('трёх районах', 0, 'quantified', '3 districts', N, {'count': 3, 'unit': 'district', 'note': 'statistics: no offences in three districts'}),
        ('Шымкент', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:schemes moved there'}),
        ('Шымкенту', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'inside the name of an authority'}),
     ],
     inc={}),

dict(id='p016', date='2026-02-10', lang='ru',
     event='2026 appeal court in Kostanay upholds ten years for the former police chief of Rudny (scrap metal racket in Rudny and Lisakovsk); an entrepreneur from Zhitikara; a house in Kostanay and a flat in Chelyabinsk confiscated; police chiefs of Auliekol and Karasu districts convicted last year (no incident)',
     text="""Бывший начальник полиции Рудного получил десять лет
КОСТАНАЙ, 10 февраля — Апелляционная коллегия Костанайского областного суда оставила без изменения приговор бывшему начальнику управления полиции Рудного Ержану Муканову: десять лет лишения свободы с конфискацией имущества за покровительство незаконному вывозу металлолома. По данным суда, в 2023–2024 годах он получил от владельцев пунктов приёма металла в Рудном и Лисаковске около 60 млн тенге.

Вместе с ним осуждены двое его подчинённых и предприниматель из Житикары. Суд обратил в доход государства дом в Костанае и квартиру в Челябинске, оформленные на родственников осуждённого.

Дело вёл департамент Агентства по противодействию коррупции по Костанайской области. В ведомстве напомнили, что в прошлом году в области осуждены 14 сотрудников полиции, в том числе начальники районных отделов в Аулиекольском и Карасуском районах.""",
     ann=[
        ('Рудного', 0, 'city', 'Rudny', KOR, {'note': 'headline; inside an official post'}),
        ('КОСТАНАЙ', 0, 'city', 'Kostanay', KOR, {'note': 'dateline'}),
        ('Костанайского', 0, 'region', KOR, KOR, {'note': 'inside the name of a court ("Костанайского областного суда")'}),
        ('Рудного', 1, 'city', 'Rudny', KOR, {'note': 'inside an official post'}),
        ('Рудном', 0, 'city', 'Rudny', KOR, {'note': 'NI:scrap metal collection points'}),
        ('Лисаковске', 0, 'city', 'Lisakovsk', KOR, {'note': 'NI:scrap metal collection points'}),
        ('Житикары', 0, 'city', 'Zhitikara', KOR, {'note': 'NI:origin of a co-defendant'}),
        ('Костанае', 0, 'city', 'Kostanay', KOR, {'note': 'NI:confiscated property'}),
        ('Челябинске', 0, 'foreign', 'Chelyabinsk', N, {'note': 'NI:confiscated property'}),
        ('Костанайской области', 0, 'region', KOR, KOR, {'note': 'inside the name of an authority'}),
        ('Аулиекольском', 0, 'district', 'Auliekol District', KOR, {'note': 'NI:statistics; in a list sharing "районах"'}),
        ('Карасуском', 0, 'district', 'Karasu District', KOR, {'note': 'NI:statistics; in a list sharing "районах"'}),
     ],
     inc={}),

]
