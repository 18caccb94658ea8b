"""Russian texts of the sixty-seventh unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p009', date='1997-03-18', lang='ru',
     event='1997 hunger strike of 23 workers of the Lisakovsk ore-dressing combine over seven months of unpaid wages, and a wage rally outside the administration in Rudny (Kustanai, i.e. Kostanay Region); buyers in Chelyabinsk and Magnitogorsk; the closed bauxite mine of Arkalyk in the Turgai Region (abolished 1997, Kostanay Region land)',
     text="""Лисаковск: рабочие горно-обогатительного комбината объявили голодовку
КУСТАНАЙ, 18 марта. Двадцать три рабочих Лисаковского горно-обогатительного комбината третьи сутки держат голодовку в здании профкома, требуя выплатить зарплату за семь месяцев, сообщили в профсоюзе горняков.
По словам председателя профкома Виктора Нестеренко, долг перед работниками превысил 180 миллионов тенге. Комбинат, который добывает бурый железняк и отправляет концентрат на металлургические заводы Урала, с осени простаивает: покупатели в Челябинске и Магнитогорске не рассчитываются за поставки.
Глава администрации Кустанайской области пообещал направить в Лисаковск комиссию. Похожая ситуация, по данным профсоюза, сложилась в Аркалыке, где закрыт бокситовый рудник, а бывшие горняки Тургайской области уезжают на заработки в Россию.
В прошлую пятницу у здания городской администрации в Рудном около двухсот человек провели митинг с требованием погасить долги по зарплате. Милиция задержала двоих участников, вечером их отпустили.""",
     ann=[
        ('Лисаковск', 0, 'city', 'Lisakovsk', KOR, {'note': 'headline'}),
        ('КУСТАНАЙ', 0, 'city', 'Kostanay', KOR, {'note': 'dateline; Russian spelling of the 1990s'}),
        ('Урала', 0, 'foreign', 'Urals', N, {'subkind': 'macro-region', 'note': 'NI:destination of the concentrate (Russia)'}),
        ('Челябинске', 0, 'foreign', 'Chelyabinsk', N, {'note': 'NI:seat of buyers'}),
        ('Магнитогорске', 0, 'foreign', 'Magnitogorsk', N, {'note': 'NI:seat of buyers'}),
        ('Кустанайской области', 0, 'region', KOR, KOR, {'note': 'inside the name of an authority; old spelling of Kostanay Region'}),
        ('Лисаковск', 1, 'city', 'Lisakovsk', KOR, {'note': 'NI:destination of a commission'}),
        ('Аркалыке', 0, 'city', 'Arkalyk', KOR, {'note': 'closed mine, not an incident; Turgai Region until 1997'}),
        ('Тургайской области', 0, 'region', KOR, KOR, {'uncertain': True, 'note': 'NI:the Turgai Region, abolished in 1997; labelled with the canonical unit that took Arkalyk and most of its land'}),
        ('Россию', 0, 'foreign', 'Russia', N, {'note': 'NI:destination of migrant miners'}),
        ('Рудном', 0, 'city', 'Rudny', KOR),
     ],
     inc={KOR: (2, 'hunger strike of 23 workers of the Lisakovsk combine (the place is the headline town); rally with two detained outside the administration in Rudny')}),

dict(id='p010', date='2008-12-09', lang='ru',
     event='2008 week in Ekibastuz: cable tunnel fire at the Ekibastuz GRES-1, strike of haul-truck drivers at the Vostochny open pit, ash from the GRES-2 dump (not counted); molten metal splash at the ferroalloy plant in Aksu (Pavlodar Region); "three cities of Pavlodar Region"; coal to Russia and Omsk',
     text="""Экибастуз: пожар на ГРЭС, забастовка на разрезе и пыль с золоотвала
ЭКИБАСТУЗ, 9 декабря. Неделя в угольной столице Казахстана выдалась тревожной.

В ночь на воскресенье на Экибастузской ГРЭС-1 загорелся кабельный тоннель под третьим энергоблоком. Пожарные работали шесть часов, блок остановлен, пострадавших нет, сообщил департамент по ЧС Павлодарской области. Из-за аварии на два дня ограничили подачу тепла в посёлок Солнечный, где живут энергетики.

В понедельник около ста водителей большегрузных самосвалов разреза «Восточный» отказались выходить на смену, требуя повысить тарифные ставки. Компания «Евроазиатская энергетическая корпорация», которой принадлежит разрез, пообещала пересмотреть ставки к январю. Забастовка продолжалась до вечера.

Жители северной части Экибастуза снова жалуются на золу: при сильном ветре пыль с золоотвала ГРЭС-2 накрывает дворы. Экологи из Павлодара зафиксировали превышение нормы взвешенных частиц в четыре раза.

В тот же день в Аксу, в 130 км от Экибастуза, на ферросплавном заводе из печи выплеснулся расплав, двое плавильщиков получили ожоги. Их доставили в областную больницу в Павлодаре.

Аким Экибастуза пообещал до конца месяца проверить золоотвалы и встретиться с жителями. Депутаты городского маслихата предложили перенести детский сад, стоящий в двух километрах от золоотвала, в другой район города. В соседнем Майкаине, где добывают золото, жители тоже жалуются на пыль с хвостохранилища обогатительной фабрики, но проверку там обещают провести только весной.

Промышленные города региона остаются самыми загрязнёнными: по данным «Казгидромета», в трёх городах Павлодарской области — Павлодаре, Экибастузе и Аксу — в ноябре был зафиксирован высокий уровень загрязнения воздуха. Угольный разрез «Богатырь», крупнейший в стране, отправляет уголь на электростанции Казахстана и России, в том числе в Омск.""",
     ann=[
        ('Экибастуз', 0, 'city', 'Ekibastuz', PR, {'note': 'headline'}),
        ('ЭКИБАСТУЗ', 0, 'city', 'Ekibastuz', PR, {'note': 'dateline'}),
        ('Казахстана', 0, 'country', 'Kazakhstan', N),
        ('Экибастузской ГРЭС-1', 0, 'facility', 'Ekibastuz GRES-1', PR, {'subkind': 'power plant', 'note': 'named power station (adjective form of the town in its name)'}),
        ('Павлодарской области', 0, 'region', PR, PR, {'note': 'inside the name of an authority'}),
        ('Солнечный', 0, 'village', 'Solnechny (Ekibastuz)', PR, {'note': 'heating restricted, not an incident'}),
        ('Восточный', 0, 'facility', 'Vostochny open pit (Ekibastuz)', PR, {'subkind': 'mine', 'note': 'name in quotation marks'}),
        ('Экибастуза', 0, 'city', 'Ekibastuz', PR, {'note': 'ash dust, not an incident'}),
        ('ГРЭС-2', 0, 'facility', 'Ekibastuz GRES-2', PR, {'subkind': 'power plant', 'note': 'named by its number; its ash dump'}),
        ('Павлодара', 0, 'city', 'Pavlodar', PR, {'note': 'NI:origin of ecologists'}),
        ('Аксу', 0, 'city', 'Aksu (Pavlodar Region)', PR),
        ('Экибастуза', 1, 'city', 'Ekibastuz', PR, {'note': 'NI:reference point'}),
        ('Павлодаре', 0, 'city', 'Pavlodar', PR, {'note': 'NI:hospital'}),
        ('Экибастуза', 2, 'city', 'Ekibastuz', PR, {'note': 'official post (akim)'}),
        ('Майкаине', 0, 'village', 'Maikain', PR, {'note': 'dust complaints, not an incident'}),
        ('трёх городах Павлодарской области', 0, 'quantified', '3 cities', N, {'count': 3, 'unit': 'city', 'note': 'one span with the region; members named; pollution statistic, not incidents'}),
        ('Павлодаре', 1, 'city', 'Pavlodar', PR, {'note': 'NI:pollution statistic'}),
        ('Экибастузе', 0, 'city', 'Ekibastuz', PR, {'note': 'NI:pollution statistic'}),
        ('Аксу', 1, 'city', 'Aksu (Pavlodar Region)', PR, {'note': 'NI:pollution statistic'}),
        ('Богатырь', 0, 'facility', 'Bogatyr open pit (Ekibastuz)', PR, {'subkind': 'mine', 'note': 'name in quotation marks'}),
        ('Казахстана', 1, 'country', 'Kazakhstan', N),
        ('России', 0, 'foreign', 'Russia', N, {'note': 'NI:destination of coal'}),
        ('Омск', 0, 'foreign', 'Omsk', N, {'note': 'NI:destination of coal'}),
     ],
     inc={PR: (3, 'cable tunnel fire at the Ekibastuz GRES-1; strike of haul-truck drivers at the Vostochny open pit; molten metal splash at the Aksu ferroalloy plant (two burnt). Ash dust and restricted heating are not incidents')}),

dict(id='p011', date='2001-06-14', lang='ru',
     event='2001 breach of an old tailings dam in Leninogorsk (Ridder since 2002) floods the yards and cellars of 17 houses on Tishinskaya Street; roof collapse kills a tunneller at the Maleevsky mine in Zyryanovsk (East Kazakhstan Region); the Leninogorsk polymetallic combine is a company; the return of the name Ridder discussed',
     text="""В Лениногорске прорвало дамбу хвостохранилища
УСТЬ-КАМЕНОГОРСК, 14 июня. В Лениногорске после затяжных ливней размыло участок дамбы старого хвостохранилища обогатительной фабрики. Поток воды с отходами затопил огороды и подвалы 17 домов на улице Тишинской, сообщили в управлении по чрезвычайным ситуациям Восточно-Казахстанской области. Пострадавших нет.
По словам специалистов санэпидстанции, в воде обнаружены повышенные концентрации цинка и свинца. Жителям рекомендовано не пользоваться колодцами до получения результатов анализов.
Хвостохранилище принадлежит АО «Лениногорский полиметаллический комбинат», которое обещает восстановить дамбу за свой счёт. Между тем в городском маслихате вновь обсуждают возвращение городу исторического названия Риддер.
В тот же день в Зыряновске на руднике «Малеевский» при обрушении кровли погиб 28-летний проходчик. Его напарник успел отскочить и не пострадал.""",
     ann=[
        ('Лениногорске', 0, 'city', 'Ridder', EKR, {'note': 'headline; Leninogorsk, the name of Ridder until 2002'}),
        ('УСТЬ-КАМЕНОГОРСК', 0, 'city', 'Oskemen', EKR, {'note': 'dateline'}),
        ('Лениногорске', 1, 'city', 'Ridder', EKR, {'note': 'Leninogorsk, the name of Ridder until 2002'}),
        ('улице Тишинской', 0, 'facility', 'Tishinskaya Street (Ridder)', EKR, {'subkind': 'street'}),
        ('Восточно-Казахстанской области', 0, 'region', EKR, EKR, {'note': 'inside the name of an authority'}),
        ('Риддер', 0, 'city', 'Ridder', EKR, {'note': 'NI:the historical name under discussion'}),
        ('Зыряновске', 0, 'city', 'Altai', EKR, {'note': 'Zyryanovsk, renamed Altai in 2019'}),
        ('Малеевский', 0, 'facility', 'Maleevsky mine', EKR, {'subkind': 'mine', 'note': 'name in quotation marks'}),
     ],
     inc={EKR: (2, 'tailings dam breach in Leninogorsk floods 17 houses (accident/flood); roof collapse at the Maleevsky mine in Zyryanovsk, one dead')}),

dict(id='p012', date='2018-02-20', lang='ru',
     event='2018 fall of rock kills a loader driver at the «Tenth Anniversary of the Independence of Kazakhstan» mine of the Donskoy combine in Khromtau (Aktobe Region); a January underground fire at the same mine as background; the mine name contains Kazakhstan; the Khromtau chromite deposit; ferroalloy plants in Aktobe and Aksu; Orsk across the border',
     text="""В Хромтау на шахте «Десятилетие независимости Казахстана» погиб горняк
АКТОБЕ, 20 февраля. На подземной шахте «Десятилетие независимости Казахстана» Донского горно-обогатительного комбината в Хромтау при обрушении горной массы погиб 41-летний машинист погрузочной машины, сообщили в департаменте по чрезвычайным ситуациям Актюбинской области.
Ещё один горняк получил травмы и доставлен в больницу Актобе. Работы на горизонте минус 480 метров приостановлены.
Донской ГОК входит в группу ERG. Хромтауское месторождение хромовых руд считается одним из крупнейших в мире; руду перерабатывают на ферросплавных заводах в Актобе и Аксу.
В январе на этой же шахте при пожаре в подземной выработке отравились дымом трое рабочих. Жители Хромтау не раз требовали провести независимую проверку безопасности на руднике. Ближайший крупный город за границей — российский Орск — находится в 90 км от Хромтау.""",
     ann=[
        ('Хромтау', 0, 'city', 'Khromtau', AR, {'note': 'headline'}),
        ('Десятилетие независимости Казахстана', 0, 'facility', 'Tenth Anniversary of Independence of Kazakhstan mine (Khromtau)', AR, {'subkind': 'mine', 'note': 'headline; name in quotation marks; the country inside the mine name is not annotated separately'}),
        ('АКТОБЕ', 0, 'city', 'Aktobe', AR, {'note': 'dateline'}),
        ('Десятилетие независимости Казахстана', 1, 'facility', 'Tenth Anniversary of Independence of Kazakhstan mine (Khromtau)', AR, {'subkind': 'mine', 'note': 'name in quotation marks'}),
        ('Хромтау', 1, 'city', 'Khromtau', AR),
        ('Актюбинской области', 0, 'region', AR, AR, {'note': 'inside the name of an authority'}),
        ('Актобе', 0, 'city', 'Aktobe', AR, {'note': 'NI:hospital'}),
        ('Хромтауское месторождение', 0, 'facility', 'Khromtau chromite deposit', AR, {'subkind': 'deposit', 'note': 'ore deposit named with the adjective of the town'}),
        ('Актобе', 1, 'city', 'Aktobe', AR, {'note': 'NI:processing plants'}),
        ('Аксу', 0, 'city', 'Aksu (Pavlodar Region)', PR, {'uncertain': True, 'note': 'NI:processing plants; a common name, read as the ferroalloy town of Pavlodar Region from the context'}),
        ('Хромтау', 2, 'city', 'Khromtau', AR, {'note': 'NI:residence; undated demands, not an incident'}),
        ('Орск', 0, 'foreign', 'Orsk', N, {'note': 'NI:reference point'}),
        ('Хромтау', 3, 'city', 'Khromtau', AR, {'note': 'NI:reference point'}),
     ],
     inc={AR: (2, 'fall of rock at the mine in Khromtau, one dead; background narrated explicitly: underground fire at the same mine in January, three poisoned by smoke')}),

dict(id='p013', date='2021-11-05', lang='ru',
     event='2021 weekly chronicle of Karaganda Region: methane outburst at the Abaiskaya mine in the town of Abai (two dead), fire at the amenity building of the Lenin mine in Shakhtinsk, rally of ArcelorMittal Temirtau workers with four detained, ore-train derailment between Zhezkazgan and Satpayev (Karaganda Region before 2022), smog in Balkhash (not counted); commission from Nur-Sultan; "four cities of the region"; the town of Abai vs the later Abai Region',
     text="""Хроника недели: угольные и металлургические города Карагандинской области
КАРАГАНДА, 5 ноября. Наш еженедельный обзор событий в промышленных городах региона.

Абай. В среду на шахте «Абайская» произошёл внезапный выброс метана. Двое горняков погибли, пятеро госпитализированы с отравлением. Часть смены работает вахтой: горняков привозят на автобусах из Сарани и Караганды. Проверку начала комиссия из Нур-Султана.

Шахтинск. В четверг загорелось административно-бытовое здание шахты имени Ленина. Из здания вывели 40 человек, пострадавших нет.

Темиртау. Около 300 работников АО «АрселорМиттал Темиртау» во вторник провели митинг у заводоуправления, требуя повысить зарплату на 30 процентов. Четверых участников задержали у проходной, вечером их отпустили. Аким Темиртау пообещал создать рабочую группу.

Жезказган. В понедельник на перегоне между Жезказганом и Сатпаевым сошли с рельсов шесть думпкаров с рудой. Никто не пострадал, движение рудных поездов восстановили через восемь часов.

Балхаш. Жители вновь жалуются на смог: по данным «Казгидромета», концентрация диоксида серы на этой неделе трижды превышала норму. Коллективное письмо горожан отправлено в администрацию президента.

Караганда. Около 60 пенсионеров закрытых шахт провели в субботу пикет у здания областного акимата, требуя пересчитать пенсии за подземный стаж. Пикет был согласован, задержаний не было. Заместитель акима области пообещал передать требования в министерство труда в Нур-Султане.

С начала года на предприятиях области погибли 23 человека, из них 11 — на угольных шахтах, сообщила инспекция труда. Профсоюзы в четырёх городах области — Абае, Шахтинске, Сарани и Темиртау — требуют независимого аудита безопасности. В следующем выпуске — итоги проверки на шахте «Абайская» и новости о ремонте аглофабрики в Темиртау.""",
     ann=[
        ('Карагандинской области', 0, 'region', KR, KR, {'note': 'headline'}),
        ('КАРАГАНДА', 0, 'city', 'Karaganda', KR, {'note': 'dateline'}),
        ('Абай', 0, 'city', 'Abai (Karaganda Region)', KR, {'note': 'section heading; the town of Abai, not the Abai Region created in 2022'}),
        ('Абайская', 0, 'facility', 'Abaiskaya mine (Abai)', KR, {'subkind': 'mine', 'note': 'name in quotation marks'}),
        ('Сарани', 0, 'city', 'Saran', KR, {'note': 'NI:residence of shift workers'}),
        ('Караганды', 0, 'city', 'Karaganda', KR, {'note': 'NI:residence of shift workers'}),
        ('Нур-Султана', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of the commission; the capital named Nur-Sultan 2019-2022'}),
        ('Шахтинск', 0, 'city', 'Shakhtinsk', KR, {'note': 'section heading'}),
        ('шахты имени Ленина', 0, 'facility', 'Lenin mine (Shakhtinsk)', KR, {'subkind': 'mine', 'note': 'mine named after a person'}),
        ('Темиртау', 0, 'city', 'Temirtau', KR, {'note': 'section heading'}),
        ('Темиртау', 2, 'city', 'Temirtau', KR, {'note': 'official post (akim); occurrence 1 is inside the company name'}),
        ('Жезказган', 0, 'city', 'Zhezkazgan', KR, {'note': 'section heading; Karaganda Region before 2022-06-08'}),
        ('Жезказганом', 0, 'city', 'Zhezkazgan', KR, {'note': 'NI:endpoint of the rail section'}),
        ('Сатпаевым', 0, 'city', 'Satpayev', KR, {'note': 'NI:endpoint of the rail section'}),
        ('Балхаш', 0, 'city', 'Balkhash', KR, {'note': 'section heading; smog, not an incident'}),
        ('Караганда', 0, 'city', 'Karaganda', KR, {'note': 'section heading; pensioners\' picket outside the regional akimat'}),
        ('Нур-Султане', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the ministry'}),
        ('четырёх городах области', 0, 'quantified', '4 cities', N, {'count': 4, 'unit': 'city', 'note': 'members named; union demands, not incidents'}),
        ('Абае', 0, 'city', 'Abai (Karaganda Region)', KR, {'note': 'NI:list of towns with union demands'}),
        ('Шахтинске', 0, 'city', 'Shakhtinsk', KR, {'note': 'NI:list of towns with union demands'}),
        ('Сарани', 1, 'city', 'Saran', KR, {'note': 'NI:list of towns with union demands'}),
        ('Темиртау', 3, 'city', 'Temirtau', KR, {'note': 'NI:list of towns with union demands'}),
        ('Абайская', 1, 'facility', 'Abaiskaya mine (Abai)', KR, {'subkind': 'mine', 'note': 'NI:announcement of the next issue'}),
        ('Темиртау', 4, 'city', 'Temirtau', KR, {'note': 'NI:announcement of the next issue'}),
     ],
     inc={KR: (5, 'methane outburst at the Abaiskaya mine in Abai (two dead); fire at the Lenin mine building in Shakhtinsk; workers\' rally in Temirtau with four detained; ore-wagon derailment between Zhezkazgan and Satpayev; pensioners\' picket outside the regional akimat in Karaganda. Smog and the year\'s death statistic are not incidents')}),

dict(id='p014', date='2024-05-15', lang='ru',
     event='2024 east of the country: overflow of the Taly tailings pond floods 12 yards on Zavodskaya Street in Ridder and an authorised rally against air pollution by the Irtysh in Ust-Kamenogorsk (East Kazakhstan Region); excavator fire at the Karazhyra coal pit in Abai Region, 150 km from Semey; the Semipalatinsk test site; planned protest at the Maleevsky mine in Altai (former Zyryanovsk) not counted; "two regions"',
     text="""Риддер, Усть-Каменогорск, Каражыра: неделя на востоке страны
УСТЬ-КАМЕНОГОРСК, 15 мая. В Риддере после затяжных дождей вода перелилась через гребень хвостохранилища «Талый», принадлежащего «Казцинку». Поток с отходами обогатительной фабрики затопил подворья 12 домов на улице Заводской, сообщил департамент по ЧС Восточно-Казахстанской области. Пострадавших нет, пробы воды и почвы отправлены в лабораторию. Жители соседних улиц опасаются, что следующий ливень вызовет новый перелив, и требуют от компании укрепить дамбу.

В Усть-Каменогорске в воскресенье около 200 человек вышли на согласованный митинг против загрязнения воздуха в сквере на берегу Иртыша. Участники требовали закрыть старую ТЭЦ и обязать металлургические комбинаты установить современные фильтры. Митинг продлился два часа и прошёл без задержаний. По данным «Казгидромета», Усть-Каменогорск и Риддер в апреле вошли в пятёрку самых загрязнённых городов страны.

В области Абай на угольном разрезе «Каражыра» в понедельник загорелся карьерный экскаватор. Машиниста успели эвакуировать, сообщил департамент по ЧС области Абай. Разрез находится примерно в 150 км от Семея, на землях бывшего Семипалатинского испытательного полигона.

В Алтае (бывший Зыряновск) горняки Малеевского рудника продолжают спор с работодателем о доплатах за вредность; акцию протеста они запланировали на конец месяца.

Эксперты напоминают, что в двух областях востока страны — Восточно-Казахстанской и Абай — сосредоточены почти все предприятия цветной металлургии Казахстана и большая часть его угольных разрезов.

Тем временем в Курчатове, который также входит в область Абай, жители третью неделю получают воду по графику после поломки насосной станции. А в Усть-Каменогорске экологи завершили проверку цинкового завода «Казцинка»: компании выписан штраф на 40 млн тенге за превышение выбросов.""",
     ann=[
        ('Риддер', 0, 'city', 'Ridder', EKR, {'note': 'headline'}),
        ('Усть-Каменогорск', 0, 'city', 'Oskemen', EKR, {'note': 'headline'}),
        ('Каражыра', 0, 'facility', 'Karazhyra coal pit', ABR, {'subkind': 'mine', 'note': 'headline'}),
        ('УСТЬ-КАМЕНОГОРСК', 0, 'city', 'Oskemen', EKR, {'note': 'dateline'}),
        ('Риддере', 0, 'city', 'Ridder', EKR),
        ('Талый', 0, 'facility', 'Taly tailings pond (Ridder)', EKR, {'subkind': 'tailings dam', 'note': 'name in quotation marks; the owner Kazzinc is a company'}),
        ('улице Заводской', 0, 'facility', 'Zavodskaya Street (Ridder)', EKR, {'subkind': 'street'}),
        ('Восточно-Казахстанской области', 0, 'region', EKR, EKR, {'note': 'inside the name of an authority'}),
        ('Усть-Каменогорске', 0, 'city', 'Oskemen', EKR),
        ('Иртыша', 0, 'facility', 'Irtysh River', N, {'subkind': 'river', 'note': 'natural feature'}),
        ('Усть-Каменогорск', 1, 'city', 'Oskemen', EKR, {'note': 'NI:pollution ranking'}),
        ('Риддер', 1, 'city', 'Ridder', EKR, {'note': 'NI:pollution ranking'}),
        ('области Абай', 0, 'region', ABR, ABR, {'note': 'official Russian form of the name (head noun first); created 2022-06-08'}),
        ('Каражыра', 1, 'facility', 'Karazhyra coal pit', ABR, {'subkind': 'mine', 'note': 'name in quotation marks'}),
        ('области Абай', 1, 'region', ABR, ABR, {'note': 'inside the name of an authority'}),
        ('Семея', 0, 'city', 'Semey', ABR, {'note': 'NI:reference point'}),
        ('Семипалатинского испытательного полигона', 0, 'facility', 'Semipalatinsk Test Site', N, {'subkind': 'test site', 'note': 'NI:former nuclear test site spread over several regions; the old name of Semey inside its name'}),
        ('Алтае', 0, 'city', 'Altai', EKR, {'note': 'the town (former Zyryanovsk), not the mountains or Russia\'s Altai Krai'}),
        ('Зыряновск', 0, 'city', 'Altai', EKR, {'note': 'former name in a gloss'}),
        ('Малеевского рудника', 0, 'facility', 'Maleevsky mine', EKR, {'subkind': 'mine', 'note': 'NI:planned protest, not counted'}),
        ('двух областях', 0, 'quantified', '2 regions', N, {'count': 2, 'unit': 'region', 'note': 'members named; not about incidents'}),
        ('Восточно-Казахстанской', 1, 'region', EKR, EKR, {'note': 'NI:list sharing "областях"'}),
        ('Абай', 2, 'region', ABR, ABR, {'note': 'NI:list sharing "областях"'}),
        ('Казахстана', 0, 'country', 'Kazakhstan', N),
        ('Курчатове', 0, 'city', 'Kurchatov', ABR, {'note': 'water by schedule after a pump failure, not an incident'}),
        ('область Абай', 0, 'region', ABR, ABR, {'note': 'NI:nominative official form'}),
        ('Усть-Каменогорске', 1, 'city', 'Oskemen', EKR, {'note': 'NI:inspection and fine, not an incident'}),
     ],
     inc={EKR: (2, 'tailings overflow floods 12 yards on Zavodskaya Street in Ridder; rally against air pollution in Ust-Kamenogorsk. The planned protest in Altai is not counted'),
          ABR: (1, 'excavator fire at the Karazhyra coal pit')}),

dict(id='p015', date='1994-09-07', lang='ru',
     event='1994 blast-furnace gas poisoning kills two repair workers at the Karaganda metallurgical combine in Temirtau (Karaganda Region); two August blockades of the Temirtau-Karaganda road by steelworkers as background; privatisation talks in Almaty with investors from London and India; rolled steel for building sites in Akmola (the future capital)',
     text="""Темиртау: двое рабочих погибли от отравления доменным газом
КАРАГАНДА, 7 сентября. Двое рабочих Карагандинского металлургического комбината погибли в понедельник в Темиртау, отравившись доменным газом при ремонте газопровода у доменной печи №3, сообщила прокуратура Карагандинской области. Ещё трое доставлены в городскую больницу.
Комбинат, крупнейший работодатель Темиртау, с весны работает с перебоями: не хватает кокса и электроэнергии, зарплату выдают продукцией. В августе сталевары дважды перекрывали трассу Темиртау — Караганда, требуя погасить долги.
Правительство в Алматы рассматривает передачу комбината в управление иностранной компании; интерес проявляют инвесторы из Лондона и Индии. Часть проката комбинат отправляет на стройки Акмолы, остальное идёт на экспорт в Китай и Иран.""",
     ann=[
        ('Темиртау', 0, 'city', 'Temirtau', KR, {'note': 'headline'}),
        ('КАРАГАНДА', 0, 'city', 'Karaganda', KR, {'note': 'dateline'}),
        ('Темиртау', 1, 'city', 'Temirtau', KR, {'note': 'the combine named after Karaganda is a company, not annotated'}),
        ('Карагандинской области', 0, 'region', KR, KR, {'note': 'inside the name of an authority (prosecutor\'s office)'}),
        ('Темиртау', 2, 'city', 'Temirtau', KR, {'note': 'NI:background (employer)'}),
        ('Темиртау', 3, 'city', 'Temirtau', KR, {'note': 'NI:road endpoint'}),
        ('Караганда', 0, 'city', 'Karaganda', KR, {'note': 'NI:road endpoint'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:seat of the government'}),
        ('Лондона', 0, 'foreign', 'London', N, {'note': 'NI:origin of investors'}),
        ('Индии', 0, 'foreign', 'India', N, {'note': 'NI:origin of investors'}),
        ('Акмолы', 0, 'city', 'Astana', 'Astana', {'note': 'NI:destination of steel; Akmola in 1994, not yet the capital; every name of the capital maps to Astana'}),
        ('Китай', 0, 'foreign', 'China', N, {'note': 'NI:export destination'}),
        ('Иран', 0, 'foreign', 'Iran', N, {'note': 'NI:export destination'}),
     ],
     inc={KR: (3, 'blast-furnace gas poisoning in Temirtau, two dead; background: steelworkers blocked the Temirtau-Karaganda road twice in August (two protests; doubtful, the dates are not given)')}),

dict(id='p016', date='2025-09-16', lang='ru',
     event='2025 strike of 400 haul-truck drivers of the SSGPO at the Sarbai open pit in Rudny (Kostanay Region); June strike at the Kachar mine as background; similar demands in Lisakovsk and Zhitikara; the company name containing Sokolov and Sarbai is not a place; strikes in two other, unnamed cities (unattributed)',
     text="""Рудный: водители карьерных самосвалов объявили забастовку
КОСТАНАЙ, 16 сентября. Около 400 водителей карьерных самосвалов Соколовско-Сарбайского горно-обогатительного производственного объединения (ССГПО) в Рудном в понедельник не вышли на смену, требуя повысить зарплату на 50 процентов. Рабочие собрались у здания автотранспортного цеха на борту Сарбайского карьера.
Аким Костанайской области встретился с бастующими и пообещал, что переговоры с руководством компании начнутся во вторник. В ССГПО, входящем в группу ERG, заявили, что отгрузка окатышей на Магнитогорск и в Китай не прекращалась.
По данным профсоюза, похожие требования выдвигают горняки Лисаковска и Житикары. В июне на неделю останавливали работу рабочие карьера в посёлке Качар, а ещё в двух городах страны в этом году прошли забастовки на предприятиях той же группы.""",
     ann=[
        ('Рудный', 0, 'city', 'Rudny', KOR, {'note': 'headline'}),
        ('КОСТАНАЙ', 0, 'city', 'Kostanay', KOR, {'note': 'dateline'}),
        ('Рудном', 0, 'city', 'Rudny', KOR, {'note': 'the company name with Sokolov and Sarbai before it is not annotated'}),
        ('Сарбайского карьера', 0, 'facility', 'Sarbai open pit (Rudny)', KOR, {'subkind': 'mine'}),
        ('Костанайской области', 0, 'region', KOR, KOR, {'note': 'official post (akim)'}),
        ('Магнитогорск', 0, 'foreign', 'Magnitogorsk', N, {'note': 'NI:shipment destination'}),
        ('Китай', 0, 'foreign', 'China', N, {'note': 'NI:shipment destination'}),
        ('Лисаковска', 0, 'city', 'Lisakovsk', KOR, {'note': 'NI:similar demands, no action'}),
        ('Житикары', 0, 'city', 'Zhitikara', KOR, {'note': 'NI:similar demands, no action'}),
        ('Качар', 0, 'village', 'Kachar', KOR),
        ('двух городах страны', 0, 'quantified', '2 cities', N, {'count': 2, 'unit': 'city', 'note': 'strikes in two unnamed cities'}),
     ],
     inc={KOR: (2, 'strike of haul-truck drivers at the Sarbai open pit in Rudny; background narrated explicitly: week-long strike at the pit in Kachar in June')},
     unatt=[{'label': 'двух городах страны', 'count': 2, 'note': 'strikes at the group\'s enterprises in two unnamed cities'}]),
]
