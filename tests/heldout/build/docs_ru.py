"""Russian held-out texts with inline annotations (markup described in build.py)."""

DOCS = [
dict(id='h011', date='2001-04-05', lang='ru', event='2001 Ural flood in Makhambet district and warehouse fire in Atyrau',
text="""[[АТЫРАУ|c|Atyrau|Atyrau Region|note=dateline]], 5 апреля. Паводковые воды реки [[Урал|f|Ural River|-|subkind=river]] подтопили около 120 домов в [[Махамбетском районе|d|Makhambet District|Atyrau Region]] [[Атырауской области|r|Atyrau Region]]. По данным областного управления по чрезвычайным ситуациям, жителей сёл [[Сарайшык|v|Saraishyk|Atyrau Region]] и [[Алмалы|v|Almaly|Atyrau Region]] вывезли в районный центр.
В самом [[Атырау|c|Atyrau|Atyrau Region]] (бывший [[Гурьев|c|Atyrau|Atyrau Region|note=old name]]) уровень воды в реке поднялся за сутки на полметра. Ночью на окраине города сгорел склад рыбоперерабатывающего завода; причиной пожара называют короткое замыкание.
Синоптики предупреждают, что пик паводка ожидается через неделю, когда до области дойдёт вода из [[Оренбургской области|x|Orenburg Oblast]] [[России|x|Russia]].
Областной акимат выделил на помощь пострадавшим семьям 15 млн тенге. Спасатели продолжают укреплять дамбы вдоль реки, а в школах районного центра открыты пункты временного размещения.""",
inc={'Atyrau Region': (2, 'Ural flood (Makhambet district, Atyrau city) counted once; warehouse fire in Atyrau')}),

dict(id='h012', date='2005-11-15', lang='ru', event='2005 strike in Ust-Kamenogorsk and market fire in Semipalatinsk',
text="""[[УСТЬ-КАМЕНОГОРСК|c|Oskemen|East Kazakhstan Region|note=dateline]], 15 ноября. Около 400 рабочих свинцового завода в [[Усть-Каменогорске|c|Oskemen|East Kazakhstan Region]] второй день не выходят на смены, требуя повысить зарплату. Руководство «Казцинка» ведёт переговоры с профсоюзом.
В [[Семипалатинске|c|Semey|East Kazakhstan Region]] в ночь на понедельник сгорел вещевой рынок: огонь уничтожил более ста контейнеров, пострадавших нет. Тушить пожар помогали расчёты из посёлка [[Шульбинск|v|Shulbinsk|East Kazakhstan Region|note=NI:origin of the fire crews]].
Аким [[Восточно-Казахстанской области|r|East Kazakhstan Region]] поручил проверить все рынки региона. Торговцы говорят, что большую часть товара везут из [[Новосибирска|x|Novosibirsk]] и [[Урумчи|x|Urumqi]], и опасаются, что до Нового года убытки не покрыть.
Профсоюз утверждает, что зарплата на заводе не индексировалась с 2003 года. Прокуратура области начала проверку соблюдения трудового законодательства на предприятии.""",
inc={'East Kazakhstan Region': (2, 'strike in Ust-Kamenogorsk; market fire in Semipalatinsk')}),

dict(id='h013', date='2010-07-22', lang='ru', event='2010 gas leak at Karachaganak and bus crash near Podstepnoye (West Kazakhstan Region)',
text="""[[УРАЛЬСК|c|Oral|West Kazakhstan Region|note=dateline]], 22 июля. На [[Карачаганакском месторождении|f|Karachaganak field|West Kazakhstan Region|subkind=oil field]] в [[Бурлинском районе|d|Burlin District|West Kazakhstan Region]] [[Западно-Казахстанской области|r|West Kazakhstan Region]] произошла утечка газа. Двое рабочих с отравлением доставлены в больницу [[Аксая|c|Aksay|West Kazakhstan Region|note=NI:hospital location]].
В тот же день на трассе [[Уральск|c|Oral|West Kazakhstan Region|note=route endpoint]] — [[Самара|x|Samara|note=route endpoint]] у села [[Подстепное|v|Podstepnoye|West Kazakhstan Region]] столкнулись рейсовый автобус и грузовик. Погибли три человека, ещё двенадцать ранены. Автобус шёл из [[Оренбурга|x|Orenburg|note=origin of the bus]].
Департамент по чрезвычайным ситуациям сообщил, что погибшие — жители [[Уральска|c|Oral|West Kazakhstan Region|note=NI:residence of the victims]].
Компания-оператор месторождения заявила, что утечку устранили за сорок минут и угрозы для жителей соседних сёл нет. Экологи требуют провести независимые замеры воздуха. Водитель грузовика задержан, возбуждено уголовное дело.""",
inc={'West Kazakhstan Region': (2, 'gas leak at Karachaganak; bus crash near Podstepnoye')}),

dict(id='h014', date='2014-10-08', lang='ru', event='2014 brawl in Shymkent, derailment at Arys, tremor in Saryagash district (South Kazakhstan Region)',
text="""[[ШЫМКЕНТ|c|Shymkent|South Kazakhstan Region|note=dateline]], 8 октября. Полиция задержала 17 человек после массовой драки на центральном рынке [[Шымкента|c|Shymkent|South Kazakhstan Region]], сообщил департамент полиции [[Южно-Казахстанской области|r|South Kazakhstan Region]]. В драке участвовали около 60 человек, двое получили ножевые ранения.
В тот же день на станции в [[Арыси|c|Arys|South Kazakhstan Region]] сошли с рельсов шесть цистерн с мазутом; утечки нет.
Вечером жители [[Сарыагашского района|d|Saryagash District|South Kazakhstan Region]] почувствовали подземные толчки силой до 4 баллов. Разрушений нет. Эпицентр находился на территории [[Узбекистана|x|Uzbekistan]], в 80 км от [[Ташкента|x|Tashkent]].
Аким области, выступая в [[Туркестане|c|Turkistan|South Kazakhstan Region|note=NI:place of a speech]], пообещал усилить охрану рынков.
По данным полиции, драка началась из-за спора между торговцами о месте на рынке. Возбуждено уголовное дело по статье о хулиганстве.""",
inc={'South Kazakhstan Region': (3, 'market brawl in Shymkent; derailment at Arys; tremor felt in Saryagash district')}),

dict(id='h015', date='2019-06-10', lang='ru', event='2019 election-day protests and detentions in Nur-Sultan, Almaty and three regions',
text="""[[НУР-СУЛТАН|c|Astana|Astana|note=dateline]], 10 июня. В день президентских выборов полиция задержала несколько сотен участников несанкционированных акций в [[Нур-Султане|c|Astana|Astana]] и [[Алматы|c|Almaty|Almaty]], сообщил замминистра внутренних дел.
По его словам, акции также прошли в [[трёх областях|q|3 regions|count=3;unit=region;note=all three are named]] — [[Актюбинской|r|Aktobe Region]], [[Карагандинской|r|Karaganda Region]] и [[Павлодарской|r|Pavlodar Region]], но там участников было немного.
Первый президент Нурсултан Назарбаев проголосовал в столице утром. Наблюдатели ОБСЕ из [[Вены|x|Vienna]] заявили, что подготовят доклад через два месяца.
В [[Казахстане|k]] это первые с 1991 года выборы, в которых не участвует Назарбаев.
Международные наблюдатели отметили, что задержания проходили и среди журналистов. Генеральная прокуратура призвала граждан не участвовать в незаконных собраниях и пригрозила уголовной ответственностью организаторам.""",
inc={'Astana': (1, 'protests and detentions'), 'Almaty': (1, 'protests and detentions'), 'Aktobe Region': (1, 'protest'), 'Karaganda Region': (1, 'protest'), 'Pavlodar Region': (1, 'protest')}),

dict(id='h016', date='2020-08-14', lang='ru', event='2020 road blockade in Aralsk and Syr Darya dyke breach in Shieli district (Kyzylorda Region)',
text="""[[КЫЗЫЛОРДА|c|Kyzylorda|Kyzylorda Region|note=dateline]], 14 августа. Жители [[Аральска|c|Aral|Kyzylorda Region]] на два часа перекрыли дорогу, протестуя против многодневных отключений воды. Полиция никого не задержала.
В [[Шиелийском районе|d|Shieli District|Kyzylorda Region]] река [[Сырдарья|f|Syr Darya|-|subkind=river]] размыла дамбу, подтоплены около 40 домов в селе [[Тартогай|v|Tartogay|Kyzylorda Region]]. Жителей разместили в школе.
Тем временем с космодрома [[Байконур|f|Baikonur Cosmodrome|Kyzylorda Region|subkind=cosmodrome;note=leased to Russia; launch is not an incident]] стартовала ракета «Союз» с грузовым кораблём. Аким [[Кызылординской области|r|Kyzylorda Region]] заявил, что на ремонт водопровода в [[Аральском районе|d|Aral District|Kyzylorda Region]] выделено 300 млн тенге.
Местные жители говорят, что вода в домах появляется лишь по ночам, а в жару её приходится покупать у водовозов. Спасатели продолжают укреплять берег реки мешками с песком.""",
inc={'Kyzylorda Region': (2, 'road blockade in Aralsk; flood in Tartogay (Shieli district)')}),

dict(id='h017', date='2022-01-12', lang='ru', event='January 2022 unrest in Taldykorgan, Kapchagay and Zharkent (Almaty Region, before the reform)',
text="""[[ТАЛДЫКОРГАН|c|Taldykorgan|Almaty Region|note=dateline]], 12 января. 5 января толпа снесла памятник Нурсултану Назарбаеву на центральной площади [[Талдыкоргана|c|Taldykorgan|Almaty Region]], а затем попыталась прорваться в здание акимата [[Алматинской области|r|Almaty Region]].
В [[Капшагае|c|Konaev|Almaty Region]] в ту же ночь сгорели два полицейских автомобиля. В [[Жаркенте|c|Zharkent|Almaty Region]] после беспорядков задержаны 23 человека.
Сейчас в городах области спокойно, режим чрезвычайного положения продлён до 19 января. Часть задержанных этапирована в [[Алматы|c|Almaty|Almaty|note=NI:destination of detainees]], где продолжается расследование.
Областной суд в [[Талдыкоргане|c|Taldykorgan|Almaty Region|note=NI:court seat]] уже арестовал первых подозреваемых.
По данным полиции, в беспорядках в области пострадали более тридцати сотрудников правоохранительных органов. Прокуратура возбудила уголовные дела о массовых беспорядках и хищении оружия.""",
inc={'Almaty Region': (3, 'monument toppled and akimat attacked in Taldykorgan; police cars burnt in Kapchagay; unrest with detentions in Zharkent')}),

dict(id='h018', date='2023-09-20', lang='ru', event='2023 fire at the Pavlodar petrochemical plant and explosion at the Aksu ferroalloy plant',
text="""[[ПАВЛОДАР|c|Pavlodar|Pavlodar Region|note=dateline]], 20 сентября. На одной из установок [[Павлодарского нефтехимического завода|f|Pavlodar Petrochemical Plant|Pavlodar Region|subkind=refinery]] вечером во вторник вспыхнул пожар. Огонь потушили за час, пострадавших нет.
Утром того же дня в [[Аксу|c|Aksu|Pavlodar Region]] на ферросплавном заводе произошёл взрыв в плавильном цехе; один рабочий погиб, ещё двое доставлены в больницу [[Павлодара|c|Pavlodar|Pavlodar Region|note=NI:hospital location]].
Департамент по ЧС [[Павлодарской области|r|Pavlodar Region]] проводит проверку. В [[Экибастузе|c|Ekibastuz|Pavlodar Region|note=NI:place of a press conference]] на пресс-конференции министр энергетики заявил, что поставки бензина в [[Астану|c|Astana|Astana|note=NI:destination of fuel]] не пострадают.
Причины взрыва выясняет комиссия. По предварительным данным, в ковш с расплавом попала вода. Это уже второй несчастный случай на предприятии с начала года, сообщили в профсоюзе металлургов. Руководство завода пообещало выплатить компенсации семьям пострадавших.""",
inc={'Pavlodar Region': (2, 'refinery fire; explosion at the Aksu ferroalloy plant')}),

dict(id='h019', date='2024-02-06', lang='ru', event='2024 gas explosion in Khromtau and shunting collision in Kandyagash (Aktobe Region)',
text="""[[АКТОБЕ|c|Aktobe|Aktobe Region|note=dateline]], 6 февраля. Взрыв бытового газа разрушил подъезд пятиэтажного дома в [[Хромтау|c|Khromtau|Aktobe Region]]; погибли два человека, из-под завалов спасены семеро. Газоснабжающая компания «Актобе Газ Сервис» заявила, что проверяла дом в декабре.
Вечером в [[Кандыагаше|c|Kandyagash|Aktobe Region]] маневровый тепловоз столкнулся с пассажирским поездом, следовавшим из [[Актобе|c|Aktobe|Aktobe Region|note=route endpoint]] в [[Атырау|c|Atyrau|Atyrau Region|note=route endpoint]]. Легко пострадали четыре пассажира.
Аким [[Актюбинской области|r|Aktobe Region]] объявил 7 февраля днём траура. Соболезнования семьям погибших выразили также из [[Москвы|x|Moscow]] и [[Ташкента|x|Tashkent]].
По предварительной версии, причиной взрыва стала утечка газа в одной из квартир. Жильцов соседних подъездов временно разместили в гостинице и школе. Прокуратура возбудила уголовное дело о нарушении правил безопасности.""",
inc={'Aktobe Region': (2, 'gas explosion in Khromtau; train collision in Kandyagash')}),

dict(id='h020', date='2025-06-03', lang='ru', event='2025 bus crash in Kordai district and steppe fire in Moiynkum district (Jambyl Region)',
text="""[[ТАРАЗ|c|Taraz|Jambyl Region|note=dateline]], 3 июня. Рейсовый автобус опрокинулся на перевале в [[Кордайском районе|d|Kordai District|Jambyl Region]] на трассе [[Алматы|c|Almaty|Almaty|note=route endpoint]] — [[Ташкент|x|Tashkent|note=route endpoint]]. Погибли четыре пассажира, 19 ранены. Автобус следовал из [[Бишкека|x|Bishkek|note=origin of the bus]]; среди погибших двое граждан [[Кыргызстана|x|Kyrgyzstan]].
Пострадавших доставили в больницы [[Кордая|v|Kordai|Jambyl Region|note=NI:hospital location]] и [[Шу|c|Shu|Jambyl Region|note=NI:hospital location]].
В [[Мойынкумском районе|d|Moiynkum District|Jambyl Region]] степной пожар уничтожил около двух тысяч гектаров пастбищ. Огонь остановили в пяти километрах от села.
Аким [[Жамбылской области|r|Jambyl Region]] поручил проверить все междугородные автобусы.
По словам очевидцев, водитель не справился с управлением на мокрой дороге. Полиция проверяет, соблюдал ли перевозчик режим труда и отдыха водителей. Пожарным помогали местные фермеры, которые опахивали пастбища тракторами.""",
inc={'Jambyl Region': (2, 'bus crash in Kordai district; steppe fire in Moiynkum district')}),
]
