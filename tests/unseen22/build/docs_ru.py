"""Russian texts of the twenty-second unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420). Theme: farming, ecology and public health."""
N = None
JR, ALR, KYR, TR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'Turkistan Region', 'South Kazakhstan Region'
ABR, JTR, EKR, MR, KOR = 'Abai Region', 'Jetisu Region', 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR, UR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region', 'Ulytau Region'
ATR, AR, WKR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region'

DOCS = [
dict(id='p009', date='2021-08-17', lang='ru',
     event='2021 rally of Koktuma and Akshi fishermen at the Alakol district akimat in Usharal over a fish die-off in Lake Alakol (Almaty Region before the 2022 split), and a pasture fire near Besterek, Urzhar district (East Kazakhstan Region before the split); Kabanbai on the northern shore; China drawing water from the Ili and the Black Irtysh',
     text="""Рыбаки Алаколя вышли к акимату из-за массовой гибели рыбы
УШАРАЛ, 17 августа (КазТАГ) – Около 70 рыбаков из сёл Коктума и Акши Алакольского района Алматинской области в понедельник собрались у здания районного акимата в Ушарале, требуя объяснить массовую гибель рыбы в озере Алаколь.
По словам рыбаков, с начала августа на южный берег озера выбросило не менее 15 тонн мёртвого сазана и судака. «Мы живём только рыбой, а сдавать сейчас нечего», – сказал рыбак из Коктумы Серик Жанузаков. Митинг прошёл без задержаний, к собравшимся вышел аким района.
Специалисты бассейновой инспекции взяли пробы воды у Акши и у курортного посёлка Кабанбай на северном берегу, который относится к Урджарскому району Восточно-Казахстанской области. Предварительной причиной называют жару и падение уровня воды: озеро питают реки Тентек и Эмель, а сток с сопредельной территории в последние годы сократился.
Экологи напоминают, что Китай наращивает забор воды из трансграничных рек Или и Черный Иртыш в Синьцзяне для хлопковых полей и нефтепромыслов Карамая. По данным МИД Казахстана, приток Или в Капчагайское водохранилище в этом году упал на 12%, а уровень Балхаша с весны снизился на 25 см. Вопрос обсудят на заседании межправительственной комиссии в Пекине в сентябре.
Тем временем в Урджарском районе в воскресенье сгорело около 300 гектаров пастбищ у села Бестерек. По данным департамента по чрезвычайным ситуациям Восточно-Казахстанской области, огонь подобрался к зимовкам, но его остановили 40 пожарных и добровольцев. Предполагаемая причина – брошенный окурок. В зоне пожара погибли несколько голов скота, люди не пострадали.
Жара до 41 градуса держится в регионе вторую неделю, сообщили в Казгидромете.""",
     ann=[
        ('Алаколя', 0, 'facility', 'Lake Alakol', N, {'subkind': 'lake', 'note': 'headline'}),
        ('УШАРАЛ', 0, 'city', 'Usharal', ALR, {'note': 'dateline; Jetisu Region land since 2022'}),
        ('Коктума', 0, 'village', 'Koktuma', ALR, {'note': 'NI:origin of the fishermen'}),
        ('Акши', 0, 'village', 'Akshi (Alakol District)', ALR, {'note': 'NI:origin of the fishermen'}),
        ('Алакольского района', 0, 'district', 'Alakol District', ALR),
        ('Алматинской области', 0, 'region', ALR, ALR),
        ('Ушарале', 0, 'city', 'Usharal', ALR, {'note': 'rally at the district akimat'}),
        ('Алаколь', 0, 'facility', 'Lake Alakol', N, {'subkind': 'lake', 'note': 'NI:fish die-off (not an incident); shared by Almaty and East Kazakhstan regions in 2021'}),
        ('Коктумы', 0, 'village', 'Koktuma', ALR, {'note': "NI:fisherman's residence"}),
        ('Акши', 1, 'village', 'Akshi (Alakol District)', ALR, {'note': 'NI:sampling site'}),
        ('Кабанбай', 0, 'village', 'Kabanbai (Urzhar District)', EKR, {'note': 'NI:sampling site; the text places it in Urzhar district, not the Kabanbai of Alakol district'}),
        ('Урджарскому району', 0, 'district', 'Urzhar District', EKR, {'note': 'Abai Region land since 2022'}),
        ('Восточно-Казахстанской области', 0, 'region', EKR, EKR),
        ('Тентек', 0, 'facility', 'Tentek River', N, {'subkind': 'river'}),
        ('Эмель', 0, 'facility', 'Emel River', N, {'subkind': 'river'}),
        ('Китай', 0, 'foreign', 'China', N),
        ('Или', 0, 'facility', 'Ili River', N, {'subkind': 'river', 'note': 'list sharing "рек"'}),
        ('Черный Иртыш', 0, 'facility', 'Black Irtysh River', N, {'subkind': 'river', 'note': 'list sharing "рек"'}),
        ('Синьцзяне', 0, 'foreign', 'Xinjiang', N),
        ('Карамая', 0, 'foreign', 'Karamay', N),
        ('Казахстана', 0, 'country', 'Kazakhstan', N, {'note': 'inside the name of an authority (МИД Казахстана)'}),
        ('Или', 1, 'facility', 'Ili River', N, {'subkind': 'river'}),
        ('Капчагайское водохранилище', 0, 'facility', 'Kapchagay Reservoir', N, {'subkind': 'reservoir', 'note': 'water body in Almaty Region'}),
        ('Балхаша', 0, 'facility', 'Lake Balkhash', N, {'subkind': 'lake'}),
        ('Пекине', 0, 'foreign', 'Beijing', N, {'note': 'NI:venue of a commission meeting'}),
        ('Урджарском районе', 0, 'district', 'Urzhar District', EKR),
        ('Бестерек', 0, 'village', 'Besterek', EKR),
        ('Восточно-Казахстанской области', 1, 'region', EKR, EKR, {'note': 'inside the name of an authority'}),
     ],
     inc={ALR: (1, 'rally of about 70 fishermen at the Alakol district akimat in Usharal (Almaty Region in 2021); the fish die-off is not an incident'),
          EKR: (1, 'pasture fire on about 300 hectares near Besterek, Urzhar district (East Kazakhstan Region in 2021)')}),

dict(id='p010', date='1994-06-14', lang='ru',
     event='1994 cotton growers of Maktaaral district (South Kazakhstan Region) short of irrigation water from the Dostyk canal fed in Uzbekistan; Chimkent, Zhetysai, Ilyich (Atakent); talks in Tashkent; rice growers of Kazaly and Aral districts (no incident)',
     text="""Хлопкоробы Мактааральского района ждут воду из Узбекистана
ЧИМКЕНТ, 14 июня (Интерфакс-Казахстан) – Хлопкоробы Мактааральского района Южно-Казахстанской области жалуются на нехватку поливной воды: по каналу Достык, который берёт начало на территории Узбекистана, в июне поступает лишь две трети обещанного объёма.
Как сообщили в областном управлении сельского хозяйства в Чимкенте, хлопчатник в этом году посеян на 140 тысячах гектаров, в основном вокруг Джетысая и посёлка Ильич. Без полива урожай может сократиться на треть, а на части полей уже начался сброс завязей.
Делегация области выехала в Ташкент для переговоров. Узбекская сторона ссылается на низкий уровень Сырдарьи и Чардаринского водохранилища, а также на нужды хлопкоробов Сырдарьинской и Джизакской областей.
Нехватка воды ощущается и ниже по течению: в Кзыл-Ординской области рисоводы Казалинского и Аральского районов сократили посевы риса на 15%.""",
     ann=[
        ('Мактааральского района', 0, 'district', 'Maktaaral District', SKR, {'note': 'headline'}),
        ('Узбекистана', 0, 'foreign', 'Uzbekistan', N, {'note': 'headline; NI:origin of the water'}),
        ('ЧИМКЕНТ', 0, 'city', 'Shymkent', SKR, {'note': 'dateline; old Russian spelling'}),
        ('Мактааральского района', 1, 'district', 'Maktaaral District', SKR),
        ('Южно-Казахстанской области', 0, 'region', SKR, SKR),
        ('Достык', 0, 'facility', 'Dostyk Canal', N, {'subkind': 'canal', 'note': 'crosses the Uzbek border'}),
        ('Узбекистана', 1, 'foreign', 'Uzbekistan', N),
        ('Чимкенте', 0, 'city', 'Shymkent', SKR, {'note': 'NI:seat of the regional department'}),
        ('Джетысая', 0, 'city', 'Zhetysai', SKR, {'note': 'old Russian spelling; NI:cotton fields (a water shortage is not an incident)'}),
        ('Ильич', 0, 'city', 'Atakent', SKR, {'note': 'old name of Atakent; NI:cotton fields'}),
        ('Ташкент', 0, 'foreign', 'Tashkent', N, {'note': 'NI:destination of the delegation'}),
        ('Сырдарьи', 0, 'facility', 'Syr Darya', N, {'subkind': 'river'}),
        ('Чардаринского водохранилища', 0, 'facility', 'Chardara Reservoir', N, {'subkind': 'reservoir', 'note': 'water body in South Kazakhstan Region'}),
        ('Сырдарьинской', 0, 'foreign', 'Sirdaryo Region', N, {'note': 'list sharing "областей" (Uzbekistan)'}),
        ('Джизакской', 0, 'foreign', 'Jizzakh Region', N, {'note': 'list sharing "областей" (Uzbekistan)'}),
        ('Кзыл-Ординской области', 0, 'region', KYR, KYR, {'note': 'old Russian spelling'}),
        ('Казалинского', 0, 'district', 'Kazaly District', KYR, {'note': 'list sharing "районов"'}),
        ('Аральского', 0, 'district', 'Aral District', KYR, {'note': 'list sharing "районов"'}),
     ],
     inc={}),

dict(id='p011', date='2019-06-05', lang='ru',
     event='2019 picket of Temirtau residents against steelworks emissions at the city akimat, the organiser detained (Karaganda Region); Aktau settlement near Temirtau; the Samarkand reservoir on the Nura; commission from Nur-Sultan; ArcelorMittal Temirtau is a company',
     text="""В Темиртау жители вышли на пикет против выбросов комбината
КАРАГАНДА, 5 июня (Vlast.kz) – Около 20 жителей Темиртау во Всемирный день окружающей среды вышли с плакатами к зданию городского акимата, требуя сократить выбросы металлургического комбината. Пикет продолжался около часа; полиция задержала организатора, активистку Галину Черникову, за нарушение порядка проведения мирных собраний.
По данным Казгидромета, в мае в Темиртау 11 раз фиксировались превышения норм по диоксиду серы и фенолу. Жители посёлка Актау, расположенного в 20 км от города, жалуются на запах аммиака, а рыбаки – на сбросы в Самаркандское водохранилище на реке Нуре.
В компании «АрселорМиттал Темиртау» заявили, что до 2025 года вложат в экологические проекты 165 млн долларов и уже заменили фильтры на агломерационной фабрике. В министерстве экологии пообещали прислать из Нур-Султана комиссию для проверки комбината.""",
     ann=[
        ('Темиртау', 0, 'city', 'Temirtau', KR, {'note': 'headline'}),
        ('КАРАГАНДА', 0, 'city', 'Karaganda', KR, {'note': 'dateline'}),
        ('Темиртау', 1, 'city', 'Temirtau', KR, {'note': 'picket at the city akimat'}),
        ('Темиртау', 2, 'city', 'Temirtau', KR, {'note': 'NI:air quality measurements'}),
        ('Актау', 0, 'village', 'Aktau (Temirtau)', KR, {'note': 'NI:residents complain; the settlement near Temirtau, not the city of Aktau in Mangystau'}),
        ('Самаркандское водохранилище', 0, 'facility', 'Samarkand Reservoir', N, {'subkind': 'reservoir', 'note': 'reservoir at Temirtau; not the Uzbek city'}),
        ('Нуре', 0, 'facility', 'Nura River', N, {'subkind': 'river'}),
        ('Нур-Султана', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of the commission'}),
     ],
     inc={KR: (1, 'picket of about 20 residents at the Temirtau city akimat, the organiser detained')}),

dict(id='p012', date='2010-03-30', lang='ru',
     event='2010 foot-and-mouth quarantine in Akzhar and Kyzylkesek, Tarbagatai district, restrictions in Urzhar and Zaisan districts, Bakhty crossing closed for livestock (East Kazakhstan Region before the 2022 split), and a fire at the regional veterinary laboratory in Ust-Kamenogorsk; 2007 outbreak in Almaty and Zhambyl regions',
     text="""В Тарбагатайском районе ввели карантин по ящуру
УСТЬ-КАМЕНОГОРСК, 30 марта (Казинформ) – В сёлах Акжар и Кызылкесек Тарбагатайского района Восточно-Казахстанской области введён карантин после того, как у 47 голов крупного рогатого скота выявлен ящур, сообщили во вторник в областном управлении ветеринарии.
Больных животных обнаружили 26 марта на зимовках у Акжара, в 12 км от границы с Китаем. По предварительным данным, вирус относится к типу О, который в феврале был зарегистрирован в соседнем Синьцзяне. Заболевший скот будет уничтожен, хозяевам обещана компенсация.
На въездах в район выставлены ветеринарные посты, а пункт пропуска Бахты в Урджарском районе временно закрыт для перевозки скота и кормов. Ограничения на вывоз мяса и шкур введены и в двух соседних районах – Урджарском и Зайсанском. Ярмарки скота в Аягозе и Семипалатинске отменены до конца апреля.
В ночь на понедельник в Усть-Каменогорске загорелось здание областной ветеринарной лаборатории, куда доставляли пробы из Тарбагатайского района. Огонь охватил 200 квадратных метров кровли, сотрудники успели вынести пробы и реактивы. По версии пожарных, причиной стало короткое замыкание.
По словам главного ветеринарного врача области, последняя вспышка ящура в Казахстане была зафиксирована в 2007 году в Алматинской и Жамбылской областях, тогда было уничтожено более 1 500 голов скота. Для вакцинации в район направлены 60 тысяч доз вакцины из Алматы, ещё 100 тысяч доз закуплены во Владимире, в России.
Прививать будут весь крупный рогатый скот и овец в приграничных сёлах, а также коз и верблюдов в крестьянских хозяйствах. Отдельно ветеринары проверят скот, который в марте перегоняли на весенние пастбища в горах Тарбагатая.""",
     ann=[
        ('Тарбагатайском районе', 0, 'district', 'Tarbagatai District', EKR, {'note': 'headline; NI:outbreak (not an incident)'}),
        ('УСТЬ-КАМЕНОГОРСК', 0, 'city', 'Oskemen', EKR, {'note': 'dateline'}),
        ('Акжар', 0, 'village', 'Akzhar (Tarbagatai District)', EKR, {'note': 'NI:quarantined village'}),
        ('Кызылкесек', 0, 'village', 'Kyzylkesek', EKR, {'note': 'NI:quarantined village'}),
        ('Тарбагатайского района', 0, 'district', 'Tarbagatai District', EKR),
        ('Восточно-Казахстанской области', 0, 'region', EKR, EKR),
        ('Акжара', 0, 'village', 'Akzhar (Tarbagatai District)', EKR, {'note': 'NI:winter pastures where the disease was found'}),
        ('Китаем', 0, 'foreign', 'China', N, {'note': 'NI:reference point'}),
        ('Синьцзяне', 0, 'foreign', 'Xinjiang', N),
        ('Бахты', 0, 'facility', 'Bakhty border crossing', EKR, {'subkind': 'border crossing', 'note': 'NI:closed for livestock (a measure)'}),
        ('Урджарском районе', 0, 'district', 'Urzhar District', EKR),
        ('двух соседних районах', 0, 'quantified', '2 neighbouring districts', N, {'count': 2, 'unit': 'district', 'note': 'restrictions; members named'}),
        ('Урджарском', 1, 'district', 'Urzhar District', EKR, {'note': 'member of the quantified phrase'}),
        ('Зайсанском', 0, 'district', 'Zaisan District', EKR, {'note': 'member of the quantified phrase'}),
        ('Аягозе', 0, 'city', 'Ayagoz', EKR, {'note': 'NI:cancelled livestock fair'}),
        ('Семипалатинске', 0, 'city', 'Semey', EKR, {'note': 'NI:cancelled livestock fair; old name'}),
        ('Усть-Каменогорске', 0, 'city', 'Oskemen', EKR, {'note': 'fire at the veterinary laboratory'}),
        ('Тарбагатайского района', 1, 'district', 'Tarbagatai District', EKR, {'note': 'NI:origin of the samples'}),
        ('Казахстане', 0, 'country', 'Kazakhstan', N),
        ('Алматинской', 0, 'region', ALR, ALR, {'note': 'list sharing "областях"; NI:2007 outbreak'}),
        ('Жамбылской', 0, 'region', JR, JR, {'note': 'list sharing "областях"; NI:2007 outbreak'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of vaccine'}),
        ('Владимире', 0, 'foreign', 'Vladimir', N, {'note': 'NI:origin of vaccine'}),
        ('России', 0, 'foreign', 'Russia', N),
        ('Тарбагатая', 0, 'facility', 'Tarbagatai Range', N, {'subkind': 'mountains', 'note': 'mountain range on the Chinese border'}),
     ],
     inc={EKR: (1, 'fire at the regional veterinary laboratory in Ust-Kamenogorsk; the foot-and-mouth outbreak and the quarantine are not incidents')}),

dict(id='p013', date='2022-06-20', lang='ru',
     event='2022 rabies quarantine in the village of Abai, Sarkand district, the first in the new Jetisu Region twelve days after its creation; laboratory in Taldykorgan; last year cases in Aksu and Alakol districts and Almaty; quarantine in two villages of Urzhar district in the new Abai Region (no incident)',
     text="""В Сарканском районе ввели карантин по бешенству
ТАЛДЫКОРГАН, 20 июня (Tengrinews) – В селе Абай Сарканского района введён карантин по бешенству после того, как в крестьянском хозяйстве пала корова, покусанная лисой, сообщили в управлении ветеринарии Жетысуской области.
Это первый карантин в регионе, выделенном из Алматинской области 8 июня. Диагноз подтвердила ветеринарная лаборатория Талдыкоргана. В селе привиты 1 300 голов скота и 140 собак, трое жителей, ухаживавших за коровой, получают курс антирабических прививок в районной больнице в Саркане.
Карантин продлится 60 дней. В это время из Абая запрещено вывозить скот, молоко и мясо, а также проводить ярмарки.
В прошлом году бешенство животных регистрировали в Аксуском и Алакольском районах, а в Алматы от укусов бездомных собак пострадали более 9 тысяч человек. Карантин по бешенству сейчас действует и в соседней Абайской области – в двух сёлах Урджарского района. Ветеринары призывают жителей приграничных с Китаем сёл не подпускать к скоту лис и волков.""",
     ann=[
        ('Сарканском районе', 0, 'district', 'Sarkand District', JTR, {'note': 'headline'}),
        ('ТАЛДЫКОРГАН', 0, 'city', 'Taldykorgan', JTR, {'note': 'dateline'}),
        ('Абай', 0, 'village', 'Abai (Sarkand District)', JTR, {'note': 'NI:quarantined village; not Abai Region'}),
        ('Сарканского района', 0, 'district', 'Sarkand District', JTR),
        ('Жетысуской области', 0, 'region', JTR, JTR, {'note': 'inside the name of an authority; created 2022-06-08'}),
        ('Алматинской области', 0, 'region', ALR, ALR, {'note': 'NI:the region Jetisu was split from'}),
        ('Талдыкоргана', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:seat of the laboratory'}),
        ('Саркане', 0, 'city', 'Sarkand', JTR, {'note': 'NI:hospital town'}),
        ('Абая', 0, 'village', 'Abai (Sarkand District)', JTR, {'note': 'NI:quarantined village'}),
        ('Аксуском', 0, 'district', 'Aksu District (Jetisu)', JTR, {'note': 'list sharing "районах"; NI:rabies last year'}),
        ('Алакольском', 0, 'district', 'Alakol District', JTR, {'note': 'list sharing "районах"; NI:rabies last year'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:dog bites (not incidents)'}),
        ('Абайской области', 0, 'region', ABR, ABR, {'note': 'NI:rabies quarantine; created 2022-06-08'}),
        ('двух сёлах', 0, 'quantified', '2 villages', N, {'count': 2, 'unit': 'village', 'note': 'rabies quarantine; not about incidents'}),
        ('Урджарского района', 0, 'district', 'Urzhar District', ABR, {'note': 'NI:rabies quarantine; East Kazakhstan Region before 2022-06-08'}),
        ('Китаем', 0, 'foreign', 'China', N),
     ],
     inc={}),

dict(id='p014', date='2008-11-11', lang='ru',
     event='2008 fire in the tuberculosis dispensary of Zhezkazgan, 86 patients evacuated, and a background January fire in the Balkhash maternity hospital (Karaganda Region before the 2022 split); a wedding food poisoning in Ulytau village is not counted; the abolished Zhezkazgan Region',
     text="""В Жезказгане из горящего тубдиспансера эвакуировали 86 пациентов
ЖЕЗКАЗГАН, 11 ноября (Интерфакс-Казахстан) – Во вторник утром в Жезказгане загорелась кровля противотуберкулёзного диспансера, расположенного на окраине города. Из здания эвакуированы 86 пациентов и 20 сотрудников, пострадавших нет, сообщили в департаменте по чрезвычайным ситуациям Карагандинской области.
Огонь на площади около 400 квадратных метров удалось потушить примерно за три часа, к тушению привлекли пожарные расчёты из Сатпаева. Часть больных временно разместили в городской больнице Жезказгана, остальных – в больнице Сатпаева. Причиной пожара называют неисправность электропроводки на чердаке. Прокуратура Жезказгана проверяет, почему в здании не сработала пожарная сигнализация, хотя в прошлом году инспекторы уже выносили предписание руководству диспансера. Аким города пообещал выделить из резерва средства на ремонт кровли, чтобы пациенты вернулись в свои палаты до Нового года.
Здание диспансера построено в 1961 году и до упразднения Жезказганской области в 1997 году было областным. Капитальный ремонт в нём не проводился с середины 1980-х годов.
Это уже второй пожар в медицинских учреждениях области за год: в январе в родильном доме Балхаша загорелся подвал, тогда персонал вывел из здания 30 рожениц и новорождённых.
Тем временем в Улытауском районе с острым кишечным отравлением госпитализированы 37 гостей свадьбы, которая прошла в субботу в селе Улытау. Двоих детей в тяжёлом состоянии санавиацией доставили в областную больницу в Караганде. Санэпидемстанция изъяла пробы салатов и кумыса, возбуждено уголовное дело о нарушении санитарных правил.
По данным департамента здравоохранения, с начала года в области зарегистрировано 14 вспышек пищевых отравлений, больше всего – в Темиртау и Каражале.""",
     ann=[
        ('Жезказгане', 0, 'city', 'Zhezkazgan', KR, {'note': 'headline; Ulytau Region land since 2022'}),
        ('ЖЕЗКАЗГАН', 0, 'city', 'Zhezkazgan', KR, {'note': 'dateline'}),
        ('Жезказгане', 1, 'city', 'Zhezkazgan', KR, {'note': 'fire at the tuberculosis dispensary'}),
        ('Карагандинской области', 0, 'region', KR, KR, {'note': 'inside the name of an authority'}),
        ('Сатпаева', 0, 'city', 'Satpayev', KR, {'note': 'NI:origin of the firefighters'}),
        ('Жезказгана', 0, 'city', 'Zhezkazgan', KR, {'note': 'NI:hospital town'}),
        ('Сатпаева', 1, 'city', 'Satpayev', KR, {'note': 'NI:hospital town'}),
        ('Жезказгана', 1, 'city', 'Zhezkazgan', KR, {'note': 'inside the name of an authority (Прокуратура Жезказгана)'}),
        ('Жезказганской области', 0, 'region', KR, KR, {'uncertain': True, 'note': 'Zhezkazgan Region, abolished in 1997; its land was in Karaganda Region on the article date'}),
        ('Балхаша', 0, 'city', 'Balkhash', KR, {'note': 'background January fire at the maternity hospital'}),
        ('Улытауском районе', 0, 'district', 'Ulytau District', KR, {'note': 'NI:food poisoning (not an incident)'}),
        ('Улытау', 0, 'village', 'Ulytau', KR, {'note': 'NI:food poisoning at a wedding (not an incident)'}),
        ('Караганде', 0, 'city', 'Karaganda', KR, {'note': 'NI:hospital town'}),
        ('Темиртау', 0, 'city', 'Temirtau', KR, {'note': 'NI:food poisoning outbreaks'}),
        ('Каражале', 0, 'city', 'Karazhal', KR, {'note': 'NI:food poisoning outbreaks'}),
     ],
     inc={KR: (2, 'fire at the tuberculosis dispensary in Zhezkazgan and the background January fire at the maternity hospital in Balkhash (both Karaganda Region in 2008); the wedding food poisoning is not counted')}),

dict(id='p015', date='2025-08-26', lang='ru',
     event='2025 drought emergency in the Zhanibek, Bokey Orda and Kaztalov districts of West Kazakhstan Region; hay from Kostanay and Aktobe regions and Saratov oblast (no incident)',
     text="""В трёх районах Западно-Казахстанской области объявили ЧС из-за засухи
УРАЛЬСК, 26 августа (Казинформ) – Режим чрезвычайной ситуации природного характера введён в Жанибекском, Бокейординском и Казталовском районах из-за засухи, сообщили в акимате Западно-Казахстанской области.
С мая на юге области выпало менее трети нормы осадков, пастбища выгорели, а урожай сена оказался вдвое ниже прошлогоднего. Фермеры в Жанибеке и Сайхине начали продавать скот: по данным акимата, цена на бычков упала на 20%.
Область договорилась о поставках 40 тысяч тонн сена из Костанайской и Актюбинской областей, часть кормов закупят в Саратовской области России. Перевозку по железной дороге субсидирует государство.
В Казталовке вода в скважинах опустилась на 2 метра. В министерстве сельского хозяйства в Астане заявили, что фермеры пострадавших районов получат отсрочку по кредитам.""",
     ann=[
        ('трёх районах', 0, 'quantified', '3 districts', N, {'count': 3, 'unit': 'district', 'note': 'headline; drought emergency, members named'}),
        ('Западно-Казахстанской области', 0, 'region', WKR, WKR, {'note': 'headline'}),
        ('УРАЛЬСК', 0, 'city', 'Oral', WKR, {'note': 'dateline; Russian name of Oral'}),
        ('Жанибекском', 0, 'district', 'Zhanibek District', WKR, {'note': 'list sharing "районах"; drought emergency (a measure, not an incident)'}),
        ('Бокейординском', 0, 'district', 'Bokey Orda District', WKR, {'note': 'list sharing "районах"'}),
        ('Казталовском', 0, 'district', 'Kaztalov District', WKR, {'note': 'list sharing "районах"'}),
        ('Западно-Казахстанской области', 1, 'region', WKR, WKR, {'note': 'inside the name of an authority'}),
        ('Жанибеке', 0, 'village', 'Zhanibek', WKR, {'note': 'NI:farmers selling cattle'}),
        ('Сайхине', 0, 'village', 'Saikhin', WKR, {'note': 'NI:farmers selling cattle'}),
        ('Костанайской', 0, 'region', KOR, KOR, {'note': 'list sharing "областей"; NI:origin of hay'}),
        ('Актюбинской', 0, 'region', AR, AR, {'note': 'list sharing "областей"; NI:origin of hay'}),
        ('Саратовской области', 0, 'foreign', 'Saratov Oblast', N, {'note': 'NI:origin of feed'}),
        ('России', 0, 'foreign', 'Russia', N),
        ('Казталовке', 0, 'village', 'Kaztalovka', WKR, {'note': 'NI:falling water table'}),
        ('Астане', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the ministry'}),
     ],
     inc={}),

dict(id='p016', date='2001-09-18', lang='ru',
     event='2001 ash dump dam breach at the Ekibastuz GRES-1 floods pastures near Solnechny (Pavlodar Region); the Irtysh-Karaganda canal endpoints',
     text="""Прорыв дамбы золоотвала затопил пастбища под Экибастузом
ЭКИБАСТУЗ, 18 сентября (КазТАГ) – В ночь на понедельник на золоотвале Экибастузской ГРЭС-1 прорвало ограждающую дамбу, и около 300 тысяч кубометров золошлаковой пульпы разлилось по пастбищам в 5 км от посёлка Солнечный, сообщили в управлении по чрезвычайным ситуациям Павлодарской области.
Пульпа затопила около 80 гектаров, в зоне разлива оказались две зимовки, но людей и скот успели вывести. Ремонтные бригады к утру закрыли промоину длиной 12 метров.
Экологи опасаются, что загрязнённая вода дойдёт до канала Иртыш – Караганда, который проходит в нескольких километрах от золоотвала и снабжает водой Экибастуз и Караганду. В областном управлении охраны окружающей среды заявили, что пробы воды в канале пока в норме.
Станция, крупнейшая в Казахстане, работает на местном угле и поставляет электроэнергию в Россию. Руководство ГРЭС обещало возместить ущерб владельцам зимовок.""",
     ann=[
        ('Экибастузом', 0, 'city', 'Ekibastuz', PR, {'note': 'NI:reference point in the headline'}),
        ('ЭКИБАСТУЗ', 0, 'city', 'Ekibastuz', PR, {'note': 'dateline'}),
        ('Экибастузской ГРЭС-1', 0, 'facility', 'Ekibastuz GRES-1', PR, {'subkind': 'power station'}),
        ('Солнечный', 0, 'village', 'Solnechny (Ekibastuz)', PR, {'note': 'NI:reference point for the flooded pastures'}),
        ('Павлодарской области', 0, 'region', PR, PR, {'note': 'inside the name of an authority'}),
        ('Иртыш', 0, 'facility', 'Irtysh River', N, {'subkind': 'river', 'note': 'NI:endpoint inside "канал Иртыш – Караганда"'}),
        ('Караганда', 0, 'city', 'Karaganda', KR, {'note': 'NI:endpoint of the canal'}),
        ('Экибастуз', 0, 'city', 'Ekibastuz', PR, {'note': 'NI:supplied by the canal'}),
        ('Караганду', 0, 'city', 'Karaganda', KR, {'note': 'NI:supplied by the canal'}),
        ('Казахстане', 0, 'country', 'Kazakhstan', N),
        ('Россию', 0, 'foreign', 'Russia', N, {'note': 'NI:destination of electricity'}),
     ],
     inc={PR: (1, 'breach of the ash dump dam of the Ekibastuz GRES-1 flooding about 80 hectares of pastures near Solnechny')}),
]
