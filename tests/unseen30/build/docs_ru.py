"""Russian texts of the thirtieth unseen check corpus: the nineties and early 2000s."""
N = None
JR, ALR, KYR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'South Kazakhstan Region'
EKR, MR, KOR = 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region'
ATR, AR, WKR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region'

DOCS = [
dict(id='p009', date='1992-08-14', lang='ru',
     event='1992 fire at an oil depot on the Ural in Atyrau (the former Guryev), Atyrau Region; crews from Makat, Dossor and Kulsary, foam from Astrakhan',
     text="""Пожар на нефтебазе в Атырау тушили одиннадцать часов
АТЫРАУ, 14 августа (КазТАГ). Пожар на нефтебазе в Атырау (до недавнего времени — Гурьев) удалось потушить только к утру пятницы, сообщили в управлении пожарной охраны Атырауской области.
Возгорание началось в четверг вечером в резервуаре с мазутом на берегу Урала. Огонь перекинулся на соседнюю ёмкость, сгорело около двух тысяч тонн нефтепродуктов. Двое пожарных получили ожоги и доставлены в областную больницу.
На помощь городским расчётам пришли пожарные машины из Маката и Доссора, а также с промыслов под Кульсары. Пену для тушения доставили самолётом из Астрахани.
По предварительной версии, причиной стала неисправная проводка насосной станции. Нефтебаза снабжает топливом железную дорогу Атырау — Кандыагаш и рыбозаводы в дельте Урала. Жителей ближайших домов на ночь отселили в школу. Прокуратура области возбудила уголовное дело о халатности.""",
     ann=[
        ('Атырау', 0, 'city', 'Atyrau', ATR, {'note': 'headline'}),
        ('АТЫРАУ', 0, 'city', 'Atyrau', ATR, {'note': 'dateline'}),
        ('Атырау', 1, 'city', 'Atyrau', ATR),
        ('Гурьев', 0, 'city', 'Atyrau', ATR, {'note': 'old name of Atyrau'}),
        ('Атырауской области', 0, 'region', ATR, ATR, {'note': 'NI:inside the name of an authority'}),
        ('Урала', 0, 'facility', 'Ural river', N, {'subkind': 'river'}),
        ('Маката', 0, 'city', 'Makat', ATR, {'note': 'NI:origin of fire crews'}),
        ('Доссора', 0, 'city', 'Dossor', ATR, {'note': 'NI:origin of fire crews'}),
        ('Кульсары', 0, 'city', 'Kulsary', ATR, {'note': 'NI:reference point ("под Кульсары"); origin of fire crews'}),
        ('Астрахани', 0, 'foreign', 'Astrakhan', N, {'note': 'NI:origin of the foam'}),
        ('Атырау', 2, 'city', 'Atyrau', ATR, {'note': 'NI:railway endpoint'}),
        ('Кандыагаш', 0, 'city', 'Kandyagash', AR, {'note': 'NI:railway endpoint'}),
        ('Урала', 1, 'facility', 'Ural river', N, {'subkind': 'river', 'note': 'in "дельте Урала"'}),
     ],
     inc={ATR: (1, 'fire at the oil depot on the bank of the Ural in Atyrau')}),

dict(id='p010', date='1994-01-18', lang='ru',
     event='1994 winter energy crisis: a boiler-house explosion kills a stoker in Semipalatinsk (Semipalatinsk Region, East Kazakhstan Region land) and residents block a street outside the regional administration in Uralsk (West Kazakhstan Region); rallies in four other towns; Pavlodar, Ekibastuz, Ust-Kamenogorsk, Petropavlovsk',
     text="""Морозы и долги: без тепла и света остались десятки тысяч казахстанцев
АЛМА-АТА, 18 января (Интерфакс). Морозы до сорока градусов и долги энергетиков оставили без тепла десятки тысяч жителей северных и восточных областей Казахстана.
В Семипалатинске в понедельник утром взорвался котёл районной котельной на левом берегу Иртыша. Погиб кочегар, ещё двое рабочих получили ожоги. Без отопления остались около 300 домов. Глава администрации Семипалатинской области заявил, что котельная работала на изношенном оборудовании и сыром угле, а денег на ремонт область не получала с лета.
В Уральске около 500 жителей в воскресенье перекрыли улицу перед зданием областной администрации, требуя включить свет, который в их кварталах отключают на 16 часов в сутки. Через два часа милиция уговорила людей разойтись. Как сообщили в МВД, похожие стихийные митинги прошли ещё в четырёх городах республики.
Разрезы Экибастуза сократили отгрузку угля, потому что электростанции не расплачиваются за прошлые поставки. ТЭЦ в Павлодаре работает на половине мощности. В Усть-Каменогорске с 20 часов останавливают трамваи, а в Петропавловске закрыты школы.
По данным министерства энергетики, долг казахстанских потребителей перед поставщиками угля и электроэнергии превысил 90 миллиардов рублей. Часть электроэнергии для северных областей поступает из России, и российская сторона грозит новыми ограничениями. Правительство обещает выделить из резерва средства на закупку мазута и ремонт котельных в Семипалатинске, Уральске и Кокчетаве до конца месяца.
Синоптики в Алма-Ате прогнозируют, что сильные морозы продержатся до конца января. Больше всего жалоб поступает из сёл Павлодарской и Северо-Казахстанской областей, где уголь для школ и больниц завозят с перебоями, а дороги занесены снегом после буранов прошлой недели.""",
     ann=[
        ('АЛМА-АТА', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline; old name'}),
        ('Казахстана', 0, 'country', 'Kazakhstan', N, {'note': '"северных и восточных областей" is directional; only the country is annotated'}),
        ('Семипалатинске', 0, 'city', 'Semey', EKR, {'note': 'Semipalatinsk Region in 1994, East Kazakhstan Region land (Abai Region only from 2022)'}),
        ('Иртыша', 0, 'facility', 'Irtysh river', N, {'subkind': 'river'}),
        ('Семипалатинской области', 0, 'region', EKR, EKR, {'uncertain': True, 'note': "NI:inside an official's title; region abolished in 1997 and merged into East Kazakhstan Region, which holds its land"}),
        ('Уральске', 0, 'city', 'Oral', WKR),
        ('четырёх городах', 0, 'quantified', '4 towns', N, {'count': 4, 'unit': 'city', 'note': 'rallies in unnamed towns'}),
        ('Экибастуза', 0, 'city', 'Ekibastuz', PR),
        ('Павлодаре', 0, 'city', 'Pavlodar', PR),
        ('Усть-Каменогорске', 0, 'city', 'Oskemen', EKR),
        ('Петропавловске', 0, 'city', 'Petropavl', NKR),
        ('России', 0, 'foreign', 'Russia', N, {'note': 'NI:origin of electricity'}),
        ('Семипалатинске', 1, 'city', 'Semey', EKR, {'note': 'NI:planned repairs'}),
        ('Уральске', 1, 'city', 'Oral', WKR, {'note': 'NI:planned repairs'}),
        ('Кокчетаве', 0, 'city', 'Kokshetau', AKR, {'uncertain': True, 'note': 'NI:planned repairs; old spelling; Kokchetav Region in 1994, whose centre is Akmola Region land'}),
        ('Алма-Ате', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:seat of the forecasters'}),
        ('Павлодарской', 0, 'region', PR, PR, {'note': 'in a list sharing the head noun "областей"'}),
        ('Северо-Казахстанской', 0, 'region', NKR, NKR, {'note': 'in a list sharing the head noun "областей"'}),
     ],
     inc={EKR: (1, 'boiler explosion at a district boiler house in Semipalatinsk, one stoker killed'),
          WKR: (1, 'about 500 residents blocked a street outside the regional administration in Uralsk')},
     unatt=[{'label': 'четырёх городах', 'count': 4, 'note': 'spontaneous rallies over power cuts in four unnamed towns'}]),

dict(id='p011', date='1996-05-21', lang='ru',
     event='1996 first commercial Proton launch from Baikonur since Leninsk was renamed Baikonur; stages fall in Zhezkazgan Region (Karaganda Region land), Toretam, Kzyl-Orda Region wants compensation (no incident)',
     text="""С Байконура стартовал «Протон» с американским спутником
БАЙКОНУР, 21 мая (Интерфакс). Ракета-носитель «Протон» с американским спутником связи стартовала в ночь на вторник с космодрома Байконур. Это первый коммерческий пуск с тех пор, как в декабре город Ленинск получил название Байконур.
Город и космодром Россия арендует у Казахстана. Большинство жителей города работают на космодроме или обслуживают его, однако зарплату военным строителям задерживают по три-четыре месяца.
Отработавшие ступени ракеты упали в расчётных районах на территории Жезказганской области, сообщили в штабе пуска. Жители Торетама, посёлка у ворот космодрома, жалуются, что после каждого пуска в степи находят обломки и пятна топлива.
Власти Кзыл-Ординской области добиваются, чтобы Москва оплачивала очистку земель и лечение жителей прилегающих районов. Следующий коммерческий пуск намечен на июль.""",
     ann=[
        ('Байконура', 0, 'facility', 'Baikonur Cosmodrome', KYR, {'subkind': 'cosmodrome', 'note': 'headline; leased to Russia'}),
        ('БАЙКОНУР', 0, 'city', 'Baikonur', KYR, {'note': 'dateline; leased to Russia'}),
        ('Байконур', 0, 'facility', 'Baikonur Cosmodrome', KYR, {'subkind': 'cosmodrome', 'note': 'in "космодрома Байконур"; only the name is annotated'}),
        ('Ленинск', 0, 'city', 'Baikonur', KYR, {'note': 'old name of the town (until December 1995)'}),
        ('Байконур', 1, 'city', 'Baikonur', KYR, {'note': 'the new name of the town'}),
        ('Россия', 0, 'foreign', 'Russia', N),
        ('Казахстана', 0, 'country', 'Kazakhstan', N),
        ('Жезказганской области', 0, 'region', KR, KR, {'uncertain': True, 'note': 'planned stage fall area (not an incident); region abolished in 1997 and merged into Karaganda Region, which holds its land'}),
        ('Торетама', 0, 'village', 'Toretam', KYR),
        ('Кзыл-Ординской области', 0, 'region', KYR, KYR, {'note': 'NI:inside the name of an authority; old spelling'}),
        ('Москва', 0, 'foreign', 'Moscow', N, {'uncertain': True, 'note': 'metonymy for the Russian government'}),
     ],
     inc={}),

dict(id='p012', date='1998-11-24', lang='ru',
     event='1998 armed robbery of a currency exchange at the central market of Shymkent (the former Chimkent), South Kazakhstan Region; getaway car found in Tyulkubas district; checkpoints on the Shymkent-Taraz road',
     text="""В Шымкенте ограблен пункт обмена валюты
ШЫМКЕНТ, 24 ноября (КазТАГ). Двое вооружённых мужчин в масках ограбили в понедельник пункт обмена валюты на Центральном рынке Шымкента и ранили охранника, сообщили в управлении внутренних дел Южно-Казахстанской области.
Налётчики забрали около 40 тысяч долларов и скрылись на «Жигулях» в сторону Ленгера. Машину позже нашли брошенной в Тюлькубасском районе. Охранник с огнестрельным ранением находится в городской больнице, его жизни ничто не угрожает.
Жители города, который многие до сих пор называют Чимкентом, жалуются на рост числа разбойных нападений: с начала года в области их зарегистрировано 61, вдвое больше, чем за тот же период прошлого года. По данным милиции, часть оружия попадает в область из соседнего Узбекистана через Сарыагаш.
На трассе Шымкент — Тараз выставлены дополнительные посты, все машины досматривают.""",
     ann=[
        ('Шымкенте', 0, 'city', 'Shymkent', SKR, {'note': 'headline; South Kazakhstan Region before 2018-06-19'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', SKR, {'note': 'dateline'}),
        ('Центральном рынке', 0, 'facility', 'Central Market (Shymkent)', SKR, {'subkind': 'market'}),
        ('Шымкента', 0, 'city', 'Shymkent', SKR),
        ('Южно-Казахстанской области', 0, 'region', SKR, SKR, {'note': 'NI:inside the name of an authority'}),
        ('Ленгера', 0, 'city', 'Lenger', SKR, {'note': 'NI:direction of the escape'}),
        ('Тюлькубасском районе', 0, 'district', 'Tyulkubas District', SKR, {'note': 'NI:where the car was found'}),
        ('Чимкентом', 0, 'city', 'Shymkent', SKR, {'note': 'old name'}),
        ('Узбекистана', 0, 'foreign', 'Uzbekistan', N, {'note': 'NI:origin of weapons'}),
        ('Сарыагаш', 0, 'city', 'Saryagash', SKR, {'note': 'NI:route of weapons'}),
        ('Шымкент', 0, 'city', 'Shymkent', SKR, {'note': 'NI:road endpoint'}),
        ('Тараз', 0, 'city', 'Taraz', JR, {'note': 'NI:road endpoint'}),
     ],
     inc={SKR: (1, 'armed robbery of a currency exchange at the Central Market of Shymkent, a guard wounded')}),

dict(id='p013', date='1999-07-06', lang='ru',
     event='1999 government to sell its stake in the chrome ore combine in Khromtau; Aktobe (formerly Aktyubinsk), Kandyagash, Orsk and Orenburg Region (no incident)',
     text="""Правительство продаст госпакет хромового комбината в Хромтау
АКТОБЕ, 6 июля (Интерфакс-Казахстан). Правительство выставит на тендер государственный пакет акций горно-обогатительного комбината в Хромтау, сообщил журналистам аким Актюбинской области.
Комбинат добывает около трёх миллионов тонн хромовой руды в год и отправляет её на завод ферросплавов в Актобе, а также в Россию через Орск. Задолженность по зарплате перед 6 тысячами работников составляет четыре месяца.
По словам акима, интерес к покупке проявили компании из Великобритании и ЮАР. Покупатель должен будет погасить долги перед железной дорогой и построить подъездной путь к станции Кандыагаш.
Актобе, до недавнего времени носивший в русском написании название Актюбинск, остаётся центром металлургии на западе Казахстана. Соседняя Оренбургская область России также закупает хромовую руду и предлагает создать совместное предприятие.""",
     ann=[
        ('Хромтау', 0, 'city', 'Khromtau', AR, {'note': 'headline'}),
        ('АКТОБЕ', 0, 'city', 'Aktobe', AR, {'note': 'dateline'}),
        ('Хромтау', 1, 'city', 'Khromtau', AR),
        ('Актюбинской области', 0, 'region', AR, AR, {'note': "NI:inside an official's title"}),
        ('Актобе', 0, 'city', 'Aktobe', AR),
        ('Россию', 0, 'foreign', 'Russia', N, {'note': 'NI:destination of ore'}),
        ('Орск', 0, 'foreign', 'Orsk', N, {'note': 'NI:route of ore'}),
        ('Великобритании', 0, 'foreign', 'United Kingdom', N),
        ('ЮАР', 0, 'foreign', 'South Africa', N),
        ('станции Кандыагаш', 0, 'facility', 'Kandyagash railway station', AR, {'subkind': 'railway station'}),
        ('Актобе', 1, 'city', 'Aktobe', AR),
        ('Актюбинск', 0, 'city', 'Aktobe', AR, {'note': 'old Russian name'}),
        ('Казахстана', 0, 'country', 'Kazakhstan', N, {'note': '"на западе Казахстана" is directional'}),
        ('Оренбургская область', 0, 'foreign', 'Orenburg Oblast', N),
        ('России', 0, 'foreign', 'Russia', N),
     ],
     inc={}),

dict(id='p014', date='2001-03-14', lang='ru',
     event="2001 methane explosion at the Tentekskaya mine in Shakhtinsk and a miners' rally outside the akimat in Satpayev (Karaganda Region; Zhezkazgan Region until 1997), and a conveyor fire at the Bogatyr pit near Ekibastuz (Pavlodar Region)",
     text="""Взрыв метана на шахте в Шахтинске: трое погибших
КАРАГАНДА, 14 марта (Интерфакс-Казахстан). Трое горняков погибли и пятеро пострадали при взрыве метана на шахте «Тентекская» в Шахтинске в ночь на среду, сообщили в департаменте по чрезвычайным ситуациям Карагандинской области.
Взрыв произошёл на глубине 600 метров во время смены, в забое находились 23 человека. Пострадавших доставили в больницы Шахтинска и Караганды, двое из них в тяжёлом состоянии. Шахту вместе с десятью другими в 1996 году купила металлургическая компания из Темиртау, которая обещала вложить в безопасность 40 миллионов долларов. Горноспасатели из Караганды и Темиртау работали под землёй всю ночь.
Правительственную комиссию возглавил вице-министр энергетики, который вылетел из Астаны. По данным профсоюза, с начала года на угольных шахтах региона это уже третий несчастный случай со смертельным исходом.
В тот же день в Сатпаеве около 300 горняков медедобывающей компании провели митинг у здания городского акима, требуя выплатить задержанную за три месяца зарплату. Сатпаев, бывший посёлок Никольский, и Жезказган до 1997 года входили в Жезказганскую область, которую затем присоединили к Карагандинской. Горняки Жезказгана митинг не поддержали, но направили своих представителей на переговоры.
В Павлодарской области во вторник вечером на угольном разрезе «Богатырь» под Экибастузом загорелась конвейерная лента длиной около 200 метров. Пожар потушили только через четыре часа, пострадавших среди рабочих нет. Отгрузку угля на электростанции Экибастуза и России обещают возобновить к выходным.
Профсоюз угольщиков потребовал от владельцев шахт в Шахтинске и Абае заменить устаревшие датчики метана. Руководство компании заявило, что новое оборудование уже заказано в Германии и Польше.""",
     ann=[
        ('Шахтинске', 0, 'city', 'Shakhtinsk', KR, {'note': 'headline'}),
        ('КАРАГАНДА', 0, 'city', 'Karaganda', KR, {'note': 'dateline'}),
        ('Тентекская', 0, 'facility', 'Tentekskaya mine (Shakhtinsk)', KR, {'subkind': 'mine', 'note': 'name in quotation marks'}),
        ('Шахтинске', 1, 'city', 'Shakhtinsk', KR),
        ('Карагандинской области', 0, 'region', KR, KR, {'note': 'NI:inside the name of an authority'}),
        ('Шахтинска', 0, 'city', 'Shakhtinsk', KR, {'note': 'NI:hospital town'}),
        ('Караганды', 0, 'city', 'Karaganda', KR, {'note': 'NI:hospital town'}),
        ('Караганды', 1, 'city', 'Karaganda', KR, {'note': 'NI:origin of rescuers'}),
        ('Темиртау', 0, 'city', 'Temirtau', KR, {'note': "NI:seat of the mine's owner"}),
        ('Темиртау', 1, 'city', 'Temirtau', KR, {'note': 'NI:origin of rescuers'}),
        ('Астаны', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of the commission head'}),
        ('Сатпаеве', 0, 'city', 'Satpayev', KR, {'note': 'Karaganda Region in 2001 (Ulytau Region only from 2022)'}),
        ('Сатпаев', 0, 'city', 'Satpayev', KR),
        ('Никольский', 0, 'city', 'Satpayev', KR, {'note': 'old name of Satpayev'}),
        ('Жезказган', 0, 'city', 'Zhezkazgan', KR),
        ('Жезказганскую область', 0, 'region', KR, KR, {'uncertain': True, 'note': 'region abolished in 1997 and merged into Karaganda Region, which holds its land (looking back)'}),
        ('Карагандинской', 1, 'region', KR, KR, {'note': 'elliptic: "к Карагандинской [области]"'}),
        ('Жезказгана', 0, 'city', 'Zhezkazgan', KR, {'note': 'NI:residence of miners who did not join'}),
        ('Павлодарской области', 0, 'region', PR, PR),
        ('Богатырь', 0, 'facility', 'Bogatyr coal pit (Ekibastuz)', PR, {'subkind': 'mine', 'note': 'name in quotation marks'}),
        ('Экибастузом', 0, 'city', 'Ekibastuz', PR, {'note': 'NI:reference point ("под Экибастузом")'}),
        ('Экибастуза', 0, 'city', 'Ekibastuz', PR, {'note': 'NI:destination of coal'}),
        ('России', 0, 'foreign', 'Russia', N, {'note': 'NI:destination of coal'}),
        ('Шахтинске', 2, 'city', 'Shakhtinsk', KR, {'note': 'NI:mines concerned by a demand'}),
        ('Абае', 0, 'city', 'Abai', KR, {'note': 'NI:the town of Abai in Karaganda Region, not Abai Region'}),
        ('Германии', 0, 'foreign', 'Germany', N),
        ('Польше', 0, 'foreign', 'Poland', N),
     ],
     inc={KR: (2, "methane explosion at the Tentekskaya mine in Shakhtinsk (3 killed) and the miners' rally outside the akimat in Satpayev"),
          PR: (1, 'conveyor belt fire at the Bogatyr coal pit near Ekibastuz')}),

dict(id='p015', date='2003-05-12', lang='ru',
     event='2003 forest fire near the resort of Borovoye, Shchuchinsk district (Akmola Region); holidaymakers taken to Shchuchinsk, firefighters from Kokshetau, Astana and Stepnogorsk, a helicopter from Petropavlovsk',
     text="""Под Боровым горит сосновый бор
КОКШЕТАУ, 12 мая (Казинформ). Лесной пожар в окрестностях курорта Боровое в Щучинском районе Акмолинской области охватил около 150 гектаров соснового леса, сообщили в областном управлении по чрезвычайным ситуациям.
Огонь подошёл к посёлку Боровое на два километра. Отдыхающих двух санаториев и детского лагеря вывезли в Щучинск. К тушению привлечены около 400 человек — пожарные из Кокшетау, Астаны и Степногорска, а также вертолёт, прилетевший из Петропавловска.
По предварительным данным, пожар начался в воскресенье днём от непотушенного костра. Лесники задержали группу туристов из Караганды, которые отдыхали на берегу озера Боровое. Сильный ветер мешает остановить огонь, и к вечеру понедельника пожар удалось локализовать только на северном участке.
Аким области запретил посещение лесов национального парка до конца мая.""",
     ann=[
        ('Боровым', 0, 'village', 'Burabay', AKR, {'note': 'headline; "под Боровым" locates the fire'}),
        ('КОКШЕТАУ', 0, 'city', 'Kokshetau', AKR, {'note': 'dateline; Akmola Region since 1999'}),
        ('Боровое', 0, 'village', 'Burabay', AKR, {'note': 'the resort settlement (now Burabay)'}),
        ('Щучинском районе', 0, 'district', 'Shchuchinsk District', AKR),
        ('Акмолинской области', 0, 'region', AKR, AKR),
        ('Боровое', 1, 'village', 'Burabay', AKR, {'note': 'reference point of the fire front'}),
        ('Щучинск', 0, 'city', 'Shchuchinsk', AKR, {'note': 'NI:evacuation destination'}),
        ('Кокшетау', 0, 'city', 'Kokshetau', AKR, {'note': 'NI:origin of firefighters'}),
        ('Астаны', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of firefighters'}),
        ('Степногорска', 0, 'city', 'Stepnogorsk', AKR, {'note': 'NI:origin of firefighters'}),
        ('Петропавловска', 0, 'city', 'Petropavl', NKR, {'note': 'NI:origin of the helicopter'}),
        ('Караганды', 0, 'city', 'Karaganda', KR, {'note': 'NI:origin of the tourists'}),
        ('Боровое', 2, 'facility', 'Lake Borovoye', N, {'subkind': 'lake', 'note': 'in "озера Боровое"'}),
     ],
     inc={AKR: (1, 'forest fire on about 150 ha near the resort of Borovoye, Shchuchinsk district')}),

dict(id='p016', date='2004-10-19', lang='ru',
     event='2004 court in Ridder (the former Leninogorsk) orders wage debts of the closed polymetal combine paid; workers left for Ust-Kamenogorsk, Zyryanovsk and the Altai Krai (no incident)',
     text="""Бывшие рабочие комбината в Риддере добились выплаты долгов
УСТЬ-КАМЕНОГОРСК, 19 октября (Интерфакс-Казахстан). Риддерский городской суд обязал конкурсного управляющего бывшего полиметаллического комбината выплатить 1 200 бывшим рабочим долги по зарплате на сумму 180 миллионов тенге, сообщили в прокуратуре Восточно-Казахстанской области.
Комбинат, на котором в советское время работали 12 тысяч человек, остановил рудники в 2000 году. Его имущество распродано по частям, а часть цехов передана новой горнодобывающей компании.
Город Риддер, до 2002 года носивший название Лениногорск, за десять лет потерял почти четверть жителей. Многие бывшие горняки перебрались в Усть-Каменогорск и Зыряновск, а также в соседний Алтайский край России.
Прокуратура области намерена проверить, как выполняется решение суда. Первые выплаты ожидаются до конца года.""",
     ann=[
        ('Риддере', 0, 'city', 'Ridder', EKR, {'note': 'headline'}),
        ('УСТЬ-КАМЕНОГОРСК', 0, 'city', 'Oskemen', EKR, {'note': 'dateline'}),
        ('Риддерский', 0, 'city', 'Ridder', EKR, {'note': 'NI:adjective inside the name of a court, seat of the court'}),
        ('Восточно-Казахстанской области', 0, 'region', EKR, EKR, {'note': 'NI:inside the name of an authority'}),
        ('Риддер', 0, 'city', 'Ridder', EKR),
        ('Лениногорск', 0, 'city', 'Ridder', EKR, {'note': 'old name (until 2002)'}),
        ('Усть-Каменогорск', 0, 'city', 'Oskemen', EKR, {'note': 'NI:destination of workers who left'}),
        ('Зыряновск', 0, 'city', 'Zyryanovsk', EKR, {'note': 'NI:destination of workers who left; now Altai'}),
        ('Алтайский край', 0, 'foreign', 'Altai Krai', N, {'note': 'NI:destination of workers who left'}),
        ('России', 0, 'foreign', 'Russia', N),
     ],
     inc={}),
]
