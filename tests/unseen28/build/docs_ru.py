"""Russian texts of the twenty-eighth unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
JR, ALR, KYR, TR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'Turkistan Region', 'South Kazakhstan Region'
ABR, JTR, EKR, MR, KOR = 'Abai Region', 'Jetisu Region', 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR, UR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region', 'Ulytau Region'
ATR, AR, WKR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region'

DOCS = [
dict(id='p009', date='1992-10-12', lang='ru',
     event='1992 coal miners\' strike at the Kazakhstanskaya mine in Shakhtinsk and the Saranskaya mine in Saran, a rally in Karaganda (Karaganda Region), and a solidarity stoppage at the Bogatyr open pit in Ekibastuz (Pavlodar Region); Alma-Ata the capital; Kuzbass and Donbass abroad',
     text="""Шахтёры в Шахтинске и Сарани вышли на забастовку
КАРАГАНДА, 12 октября (КазТАГ) — В понедельник остановилась добыча угля на шахте «Казахстанская» в Шахтинске и на шахте «Саранская» в Сарани: горняки требуют выплатить зарплату, задержанную с августа, и проиндексировать её вслед за ценами. Об этом сообщил забастовочный комитет Караганды.
Утренняя смена «Казахстанской» отказалась спускаться под землю, к обеду к ней присоединилась смена «Саранской». По словам председателя стачкома Анатолия Мамонтова, всего бастуют около трёх тысяч человек. «Уголь у нас забирают, а расплачиваются бартером — сахаром и водкой», — сказал он.
Вечером у здания областной администрации в Караганде собрались около тысячи шахтёров и членов их семей. Милиция в происходящее не вмешивалась. Забастовщики выставили пикеты у надшахтных зданий, чтобы не пустить под землю тех, кто хотел работать. Директор «Казахстанской» оценил убытки от одного дня простоя в 20 миллионов рублей. Горняки шахт в Абае пообещали присоединиться к забастовке в среду, если деньги до этого не поступят.
Во вторник стачку поддержали рабочие угольного разреза «Богатырь» в Экибастузе Павлодарской области: они прекратили погрузку угля в вагоны для электростанций России и Северного Казахстана.
Руководство объединения «Карагандауголь» заявило, что долги возникли из-за неплатежей потребителей, прежде всего металлургического комбината в Темиртау и энергетиков российского Урала. В Алма-Ате правительство создало комиссию во главе с вице-премьером, которая в среду должна прилететь в Караганду.
В 1989 году забастовки шахтёров Кузбасса и Донбасса заставили союзное правительство в Москве пойти на уступки. Сейчас, говорят горняки, спросить не с кого: денег нет ни в Алма-Ате, ни в Москве.""",
     ann=[
        ('Шахтинске', 0, 'city', 'Shakhtinsk', KR, {'note': 'headline'}),
        ('Сарани', 0, 'city', 'Saran', KR, {'note': 'headline'}),
        ('КАРАГАНДА', 0, 'city', 'Karaganda', KR, {'note': 'dateline'}),
        ('Казахстанская', 0, 'facility', 'Kazakhstanskaya mine (Shakhtinsk)', KR, {'subkind': 'mine', 'note': 'mine name, not the country'}),
        ('Шахтинске', 1, 'city', 'Shakhtinsk', KR),
        ('Саранская', 0, 'facility', 'Saranskaya mine (Saran)', KR, {'subkind': 'mine'}),
        ('Сарани', 1, 'city', 'Saran', KR),
        ('Караганды', 0, 'city', 'Karaganda', KR, {'note': 'NI:seat of the strike committee'}),
        ('Казахстанской', 0, 'facility', 'Kazakhstanskaya mine (Shakhtinsk)', KR, {'subkind': 'mine', 'note': 'the mine used for its shift'}),
        ('Саранской', 0, 'facility', 'Saranskaya mine (Saran)', KR, {'subkind': 'mine', 'note': 'the mine used for its shift'}),
        ('Караганде', 0, 'city', 'Karaganda', KR, {'note': 'rally at the regional administration'}),
        ('Казахстанской', 1, 'facility', 'Kazakhstanskaya mine (Shakhtinsk)', KR, {'subkind': 'mine', 'note': 'the same strike; losses'}),
        ('Абае', 0, 'city', 'Abai (town)', KR, {'note': 'NI:miners promise to join later; the town of Abai in Karaganda Region'}),
        ('Богатырь', 0, 'facility', 'Bogatyr open pit (Ekibastuz)', PR, {'subkind': 'mine'}),
        ('Экибастузе', 0, 'city', 'Ekibastuz', PR),
        ('Павлодарской области', 0, 'region', PR, PR),
        ('России', 0, 'foreign', 'Russia', N, {'note': 'NI:destination of coal'}),
        ('Казахстана', 0, 'country', 'Kazakhstan', N, {'note': "directional phrase 'Северного Казахстана': only the country"}),
        ('Темиртау', 0, 'city', 'Temirtau', KR, {'note': 'NI:a debtor plant'}),
        ('Урала', 0, 'foreign', 'Urals', N, {'subkind': 'macro-region', 'note': 'NI:the Russian Urals, debtor power plants'}),
        ('Алма-Ате', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:seat of the government (capital in 1992)'}),
        ('Караганду', 0, 'city', 'Karaganda', KR, {'note': "NI:destination of the government commission"}),
        ('Кузбасса', 0, 'foreign', 'Kuzbass', N, {'note': 'background strikes abroad (1989), not counted'}),
        ('Донбасса', 0, 'foreign', 'Donbass', N, {'note': 'background strikes abroad (1989), not counted'}),
        ('Москве', 0, 'foreign', 'Moscow', N, {'note': 'NI:seat of the Soviet government'}),
        ('Алма-Ате', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:figure of speech'}),
        ('Москве', 1, 'foreign', 'Moscow', N, {'note': 'NI:figure of speech'}),
     ],
     inc={KR: (3, 'strike at the Kazakhstanskaya mine in Shakhtinsk; strike at the Saranskaya mine in Saran; rally of about 1,000 miners at the regional administration in Karaganda'),
          PR: (1, 'solidarity stoppage of loading at the Bogatyr open pit in Ekibastuz')}),

dict(id='p010', date='1996-02-06', lang='ru',
     event='1996 teachers\' hunger strike in Arkalyk and a background one-day teachers\' strike in Amangeldy district, Torgay Region (abolished 1997; Kostanay Region land); Kustanay, the old spelling',
     text="""Учителя в Аркалыке объявили голодовку
АРКАЛЫК, 6 февраля (КазТАГ) — Двенадцать учителей городской средней школы № 5 вторую неделю голодают в здании городского отдела образования Аркалыка, требуя выплатить зарплату, которую им не платят с сентября. Двое из них в понедельник доставлены в больницу.
Задолженность по зарплате перед работниками бюджетной сферы в Тургайской области превысила 300 миллионов тенге. В январе учителя Амангельдинского района провели однодневную забастовку, закрыв в этот день все школы района.
Аким области пообещал погасить долг за октябрь до конца месяца за счёт кредита, о котором удалось договориться в Алматы. Голодающие ответили, что прекратят акцию, только получив деньги на руки.
В Аркалыке, построенном в 1950-х годах рядом с бокситовыми рудниками, без работы остались тысячи людей. В правительстве обсуждается объединение Тургайской области с соседней Кустанайской; по словам местных депутатов, часть жителей уже уехала в Кустанай и в Россию.""",
     ann=[
        ('Аркалыке', 0, 'city', 'Arkalyk', KOR, {'note': 'headline; Torgay Region on the date, Kostanay Region land'}),
        ('АРКАЛЫК', 0, 'city', 'Arkalyk', KOR, {'note': 'dateline'}),
        ('Аркалыка', 0, 'city', 'Arkalyk', KOR),
        ('Тургайской области', 0, 'region', KOR, KOR, {'uncertain': True, 'note': 'Torgay Region, abolished in 1997; its land went to Kostanay Region (a part to Akmola Region)'}),
        ('Амангельдинского района', 0, 'district', 'Amangeldy District', KOR, {'note': 'background one-day strike in January'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:seat of the government (capital in 1996)'}),
        ('Аркалыке', 1, 'city', 'Arkalyk', KOR, {'note': 'NI:description of the town'}),
        ('Тургайской области', 1, 'region', KOR, KOR, {'uncertain': True, 'note': 'NI:planned merger; abolished in 1997'}),
        ('Кустанайской', 0, 'region', KOR, KOR, {'note': "NI:elliptical 'Кустанайской [областью]'; old spelling"}),
        ('Кустанай', 0, 'city', 'Kostanay', KOR, {'note': 'NI:destination of emigrants; old spelling'}),
        ('Россию', 0, 'foreign', 'Russia', N, {'note': 'NI:destination of emigrants'}),
     ],
     inc={KOR: (2, 'hunger strike of twelve teachers in Arkalyk; background one-day teachers\' strike in Amangeldy district in January')}),

dict(id='p011', date='2018-05-30', lang='ru',
     event='2018 market traders block the Tamerlanovskoe highway in Shymkent with five detained (South Kazakhstan Region, three weeks before the split); Turkestan as the future regional seat; Lenger',
     text="""Торговцы шымкентского рынка перекрыли Тамерлановское шоссе
ШЫМКЕНТ, 30 мая (Tengrinews.kz) — Около 300 продавцов рынка «Самал» в Шымкенте во вторник вечером на два часа перекрыли Тамерлановское шоссе, протестуя против переноса рынка на окраину города. Полиция задержала пятерых, сообщили в департаменте полиции Южно-Казахстанской области.
Протестующие вынесли на проезжую часть прилавки и стояли с плакатами «Не лишайте нас хлеба». Машины, шедшие в сторону Ташкента, пришлось пустить в объезд через Сайрамский район.
Акимат Шымкента решил закрыть рынок к 1 июля: на его месте планируют построить жилой комплекс. Торговцам предложили места на новом рынке в 15 километрах от центра, но там, по их словам, нет ни покупателей, ни автобусов.
Спор обострился накануне больших перемен: власти объявили, что Шымкент может получить статус города республиканского значения, а областной центр переедет в Туркестан. «Пусть сначала решат, где будет власть, а потом нас выселяют», — сказал один из торговцев, который каждый день ездит в Шымкент из Ленгера.""",
     ann=[
        ('Тамерлановское шоссе', 0, 'facility', 'Tamerlanovskoe Highway (Shymkent)', SKR, {'subkind': 'road', 'note': "headline; the adjective 'шымкентского' is not annotated"}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', SKR, {'note': 'dateline; South Kazakhstan Region before 2018-06-19'}),
        ('Самал', 0, 'facility', 'Samal market (Shymkent)', SKR, {'subkind': 'market'}),
        ('Шымкенте', 0, 'city', 'Shymkent', SKR),
        ('Тамерлановское шоссе', 1, 'facility', 'Tamerlanovskoe Highway (Shymkent)', SKR, {'subkind': 'road'}),
        ('Южно-Казахстанской области', 0, 'region', SKR, SKR, {'note': 'NI:inside the name of an authority'}),
        ('Ташкента', 0, 'foreign', 'Tashkent', N, {'note': 'NI:direction of traffic'}),
        ('Сайрамский район', 0, 'district', 'Sairam District', SKR, {'note': 'NI:detour'}),
        ('Шымкента', 0, 'city', 'Shymkent', SKR, {'note': 'NI:inside the name of an authority'}),
        ('Шымкент', 0, 'city', 'Shymkent', SKR, {'note': 'NI:future status'}),
        ('Туркестан', 0, 'city', 'Turkistan', SKR, {'note': 'NI:future regional seat; South Kazakhstan Region on the date'}),
        ('Шымкент', 1, 'city', 'Shymkent', SKR, {'note': "NI:a trader's workplace"}),
        ('Ленгера', 0, 'city', 'Lenger', SKR, {'note': "NI:a trader's home"}),
     ],
     inc={SKR: (1, 'traders of the Samal market block the Tamerlanovskoe highway in Shymkent, five detained')}),

dict(id='p012', date='2020-05-27', lang='ru',
     event='2020 law on peaceful assemblies signed; special places for rallies in Nur-Sultan, Almaty (Almaly district) and Shymkent (Abai district); Zhambyl Street named after the poet (no incident)',
     text="""Токаев подписал закон о мирных собраниях
НУР-СУЛТАН, 27 мая (Интерфакс-Казахстан) — Президент Касым-Жомарт Токаев подписал закон о порядке организации и проведения мирных собраний в Казахстане, сообщила пресс-служба главы государства. Закон вводит уведомительный порядок для митингов и пикетов вместо разрешительного.
Организаторы должны уведомить местный исполнительный орган за пять рабочих дней, а о митингах и шествиях — за десять. Акиматы во всех 17 регионах обязаны определить специальные места для собраний.
В Нур-Султане, по данным городского акимата, такой площадкой станет сквер на левом берегу Есиля. В Алматы митинги можно будет проводить в сквере на улице Жамбыла в Алмалинском районе, в Шымкенте — на площади у Дворца спорта в Абайском районе.
Правозащитники считают, что закон по сути сохраняет разрешительный порядок, поскольку акимат может отказать без объяснения причин. Представители ОБСЕ в Вене ранее рекомендовали разрешить собрания и за пределами специальных мест.
Закон не распространяется на забастовки, которые по-прежнему регулирует Трудовой кодекс.""",
     ann=[
        ('НУР-СУЛТАН', 0, 'city', 'Astana', 'Astana', {'note': 'dateline; the capital named Nur-Sultan 2019-2022'}),
        ('Казахстане', 0, 'country', 'Kazakhstan', N),
        ('всех 17 регионах', 0, 'quantified', 'all 17 regions', N, {'count': 17, 'unit': 'region', 'quantifier': 'all', 'note': 'special places to be designated, not incidents'}),
        ('Нур-Султане', 0, 'city', 'Astana', 'Astana', {'note': 'NI:designated place for rallies'}),
        ('Есиля', 0, 'facility', 'Yesil River', N, {'subkind': 'river', 'note': 'natural feature'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:designated place for rallies'}),
        ('улице Жамбыла', 0, 'facility', 'Zhambyl Street (Almaty)', 'Almaty', {'subkind': 'street', 'note': 'NI:named after the poet, not Jambyl Region'}),
        ('Алмалинском районе', 0, 'district', 'Almaly District (Almaty)', 'Almaty', {'subkind': 'city district', 'note': 'NI:designated place for rallies'}),
        ('Шымкенте', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:designated place for rallies'}),
        ('Абайском районе', 0, 'district', 'Abai District (Shymkent)', 'Shymkent', {'subkind': 'city district', 'note': 'NI:a district of Shymkent, not Abai Region'}),
        ('Вене', 0, 'foreign', 'Vienna', N, {'note': 'NI:seat of the OSCE'}),
     ],
     inc={}),

dict(id='p013', date='2023-11-21', lang='ru',
     event='2023 strike at the Bakyrchik gold mine in Auezov, Zharma district (Abai Region), a relatives\' picket at the East Kazakhstan akimat in Ust-Kamenogorsk (East Kazakhstan Region) and a bus drivers\' strike in Ayagoz (Abai Region); Altai town vs the Altai Krai of Russia',
     text="""Горняки рудника «Бакырчик» третьи сутки не выходят на смену
УСТЬ-КАМЕНОГОРСК, 21 ноября (KazTAG) — Около 500 работников золотодобывающего рудника «Бакырчик» в посёлке Ауэзов Жарминского района Абайской области третьи сутки не выходят на смену, требуя повысить зарплату на 30 процентов и сократить вахты. Рудник находится примерно в 80 километрах к западу от Усть-Каменогорска.
Забастовка началась в субботу утром: рабочие ночной смены поднялись на поверхность и остались в здании бытового комбината. Еду бастующим приносят жители посёлка. Руководство ТОО «Бакырчикское горнодобывающее предприятие» называет акцию незаконной и грозит уволить зачинщиков. Концентрат с рудника отправляют на переработку в Амурск (Россия).
Многие бастующие живут в Усть-Каменогорске, Семее и городе Алтай Восточно-Казахстанской области, есть и вахтовики из Алтайского края России. В понедельник около 40 их родственников провели пикет у здания акимата Восточно-Казахстанской области в Усть-Каменогорске, где расположен и головной офис компании. Полиция составила протоколы на троих организаторов.
Акимат Абайской области в Семее создал рабочую группу. До июня 2022 года Жарминский район входил в Восточно-Казахстанскую область, и, по словам профсоюза, переговоры от этого только усложнились: «Теперь нас отправляют то в Семей, то в Усть-Каменогорск».
Тем временем в Аягозе 15 водителей городских автобусов второй день отказываются выходить на линию из-за задержки зарплаты за октябрь. Водители собрались у автопарка на улице Бокейханова и требуют выплатить долг полностью, а не частями. Перевозчик обещал рассчитаться до пятницы. В акимате Аягоза пообещали найти другого перевозчика, если зарплату не выплатят.
Отраслевой профсоюз из Алматы заявил, что с начала года на предприятиях горно-металлургического комплекса страны прошло 11 трудовых конфликтов.""",
     ann=[
        ('Бакырчик', 0, 'facility', 'Bakyrchik mine (Auezov)', ABR, {'subkind': 'mine', 'note': 'headline'}),
        ('УСТЬ-КАМЕНОГОРСК', 0, 'city', 'Oskemen', EKR, {'note': 'dateline'}),
        ('Бакырчик', 1, 'facility', 'Bakyrchik mine (Auezov)', ABR, {'subkind': 'mine'}),
        ('Ауэзов', 0, 'village', 'Auezov', ABR),
        ('Жарминского района', 0, 'district', 'Zharma District', ABR),
        ('Абайской области', 0, 'region', ABR, ABR),
        ('Усть-Каменогорска', 0, 'city', 'Oskemen', EKR, {'note': 'NI:reference point'}),
        ('Амурск', 0, 'foreign', 'Amursk', N, {'note': 'NI:destination of the concentrate'}),
        ('Россия', 0, 'foreign', 'Russia', N),
        ('Усть-Каменогорске', 0, 'city', 'Oskemen', EKR, {'note': "NI:strikers' home"}),
        ('Семее', 0, 'city', 'Semey', ABR, {'note': "NI:strikers' home"}),
        ('Алтай', 0, 'city', 'Altai', EKR, {'note': "NI:strikers' home; the town of Altai (former Zyryanovsk)"}),
        ('Восточно-Казахстанской области', 0, 'region', EKR, EKR, {'note': 'NI:locates the town of Altai'}),
        ('Алтайского края', 0, 'foreign', 'Altai Krai', N, {'note': "NI:strikers' home; a Russian region, not the town of Altai"}),
        ('России', 0, 'foreign', 'Russia', N),
        ('Восточно-Казахстанской области', 1, 'region', EKR, EKR, {'note': 'NI:inside the name of an authority'}),
        ('Усть-Каменогорске', 1, 'city', 'Oskemen', EKR, {'note': 'picket of relatives outside the akimat'}),
        ('Абайской области', 1, 'region', ABR, ABR, {'note': 'NI:inside the name of an authority'}),
        ('Семее', 1, 'city', 'Semey', ABR, {'note': 'NI:seat of the akimat'}),
        ('Жарминский район', 0, 'district', 'Zharma District', ABR, {'note': 'NI:history of the boundary'}),
        ('Восточно-Казахстанскую область', 0, 'region', EKR, EKR, {'note': 'NI:former unit of Zharma district'}),
        ('Семей', 0, 'city', 'Semey', ABR, {'note': 'NI:in a quotation'}),
        ('Усть-Каменогорск', 0, 'city', 'Oskemen', EKR, {'note': 'NI:in a quotation'}),
        ('Аягозе', 0, 'city', 'Ayagoz', ABR, {'note': "bus drivers' strike"}),
        ('улице Бокейханова', 0, 'facility', 'Bokeikhanov Street (Ayagoz)', ABR, {'subkind': 'street', 'note': 'the same strike, drivers gathered at the bus depot'}),
        ('Аягоза', 0, 'city', 'Ayagoz', ABR, {'note': 'NI:inside the name of an authority'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:seat of a union'}),
     ],
     inc={ABR: (2, 'strike at the Bakyrchik mine in Auezov; bus drivers\' strike in Ayagoz'),
          EKR: (1, 'relatives\' picket outside the East Kazakhstan akimat in Ust-Kamenogorsk')}),

dict(id='p014', date='2009-08-11', lang='ru',
     event='2009 brawl over irrigation water between the villages of Koram and Lavar, Enbekshikazakh district (Almaty Region), 11 detained; background brawl in two villages of Uygur district; Taldykorgan as the regional seat',
     text="""В Енбекшиказахском районе сельчане подрались из-за поливной воды
ТАЛДЫКОРГАН, 11 августа (Интерфакс-Казахстан) — Одиннадцать человек задержаны после массовой драки между жителями сёл Корам и Лавар Енбекшиказахского района Алматинской области, сообщили в департаменте внутренних дел области в Талдыкоргане.
По данным полиции, в воскресенье вечером около 70 человек сошлись у распределительного шлюза на арыке, который питается от реки Чилик: жители Лавара обвиняли соседей в том, что те перекрыли воду на их поля. В ход пошли палки и лопаты. Семеро пострадавших доставлены в больницу в Шелеке, один с черепно-мозговой травмой — в Алматы.
На место прибыли полицейские из Есика и бойцы спецназа. Аким района встретился со старейшинами обоих сёл и пообещал ввести график полива.
Летом прошлого года из-за воды подрались жители двух сёл Уйгурского района. В этом году из-за засухи воды в арыках области вдвое меньше обычного, сообщили в облводхозе.""",
     ann=[
        ('Енбекшиказахском районе', 0, 'district', 'Enbekshikazakh District', ALR, {'note': 'headline'}),
        ('ТАЛДЫКОРГАН', 0, 'city', 'Taldykorgan', ALR, {'note': 'dateline; Almaty Region before the 2022 split'}),
        ('Корам', 0, 'village', 'Koram', ALR, {'note': "in a list sharing the head noun 'сёл'"}),
        ('Лавар', 0, 'village', 'Lavar', ALR, {'note': "in a list sharing the head noun 'сёл'"}),
        ('Енбекшиказахского района', 0, 'district', 'Enbekshikazakh District', ALR),
        ('Алматинской области', 0, 'region', ALR, ALR),
        ('Талдыкоргане', 0, 'city', 'Taldykorgan', ALR, {'note': 'NI:seat of the police department'}),
        ('Чилик', 0, 'facility', 'Shelek River', N, {'subkind': 'river', 'note': 'natural feature (Russian name Чилик)'}),
        ('Лавара', 0, 'village', 'Lavar', ALR, {'note': 'NI:residents'}),
        ('Шелеке', 0, 'village', 'Shelek', ALR, {'note': 'NI:hospital'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:hospital'}),
        ('Есика', 0, 'city', 'Esik', ALR, {'note': 'NI:origin of police'}),
        ('двух сёл Уйгурского района', 0, 'quantified', '2 villages of Uygur District', N, {'count': 2, 'unit': 'village', 'note': 'background brawl last summer; Uygur District, Almaty Region'}),
     ],
     inc={ALR: (2, 'brawl between residents of Koram and Lavar at an irrigation sluice; background brawl between residents of two villages of Uygur district last summer')}),

dict(id='p015', date='2013-03-04', lang='ru',
     event='2013 Petropavl akimat refuses a rally against heating tariffs on Constitution of Kazakhstan Street, offers the Karasai stadium (North Kazakhstan Region; no incident); refusals in Kostanay and Kokshetau; Kurgan oblast of Russia',
     text="""Акимат Петропавловска не согласовал митинг против роста тарифов
ПЕТРОПАВЛОВСК, 4 марта (КазТАГ) — Акимат Петропавловска отказал инициативной группе жителей в проведении митинга против повышения тарифов на отопление, который планировалось провести 9 марта в сквере на улице Конституции Казахстана. Об этом сообщил один из организаторов, Виктор Ишимов.
В ответе акимата говорится, что в этот день в сквере пройдёт праздничный концерт, а для митинга предложено место у стадиона «Карасай» на окраине города. Организаторы считают это предлогом и намерены обжаловать отказ в городском суде.
С 1 января тарифы на тепло в Северо-Казахстанской области выросли на 25 процентов, в Петропавловске — почти на треть. «В соседней Курганской области России за то же тепло платят меньше», — сказал Ишимов.
Ранее местные власти отказывали в согласовании подобных акций в Костанае и Кокшетау. Жители Петропавловска собрали под обращением к премьер-министру около четырёх тысяч подписей и отправили его в Астану.""",
     ann=[
        ('Петропавловска', 0, 'city', 'Petropavl', NKR, {'note': 'headline; inside the name of an authority'}),
        ('ПЕТРОПАВЛОВСК', 0, 'city', 'Petropavl', NKR, {'note': 'dateline'}),
        ('Петропавловска', 1, 'city', 'Petropavl', NKR, {'note': 'NI:inside the name of an authority'}),
        ('улице Конституции Казахстана', 0, 'facility', 'Constitution of Kazakhstan Street (Petropavl)', NKR, {'subkind': 'street', 'note': 'NI:planned rally, not held; the country inside the street name is not annotated separately'}),
        ('Карасай', 0, 'facility', 'Karasai Stadium (Petropavl)', NKR, {'subkind': 'stadium', 'note': 'NI:offered venue; not Karasai district of Almaty Region'}),
        ('Северо-Казахстанской области', 0, 'region', NKR, NKR, {'note': 'NI:tariffs'}),
        ('Петропавловске', 0, 'city', 'Petropavl', NKR, {'note': 'NI:tariffs'}),
        ('Курганской области', 0, 'foreign', 'Kurgan Oblast', N, {'note': 'NI:comparison'}),
        ('России', 0, 'foreign', 'Russia', N),
        ('Костанае', 0, 'city', 'Kostanay', KOR, {'note': 'NI:earlier refusals, no action held'}),
        ('Кокшетау', 0, 'city', 'Kokshetau', AKR, {'note': 'NI:earlier refusals, no action held'}),
        ('Петропавловска', 2, 'city', 'Petropavl', NKR, {'note': 'NI:residents signing a petition'}),
        ('Астану', 0, 'city', 'Astana', 'Astana', {'note': 'NI:destination of the petition'}),
     ],
     inc={}),

dict(id='p016', date='2026-02-17', lang='ru',
     event='2026 protests of defrauded homebuyers: picket with six detained on Mangilik El Avenue in Astana, gathering at the akimat on Republic Square in Almaty, a road blockade in Konaev (the former Kapchagay, Almaty Region), a hunger strike on Shevchenko Street in Taldykorgan (Jetisu Region), actions in Kosshy (Akmola Region); "в ряде регионов" unattributed',
     text="""Дольщики вышли на акции в Астане, Алматы, Конаеве и Талдыкоргане
АСТАНА, 17 февраля (Vlast.kz) — Обманутые дольщики жилых комплексов компании «Гранд Строй Инвест» в понедельник провели акции сразу в нескольких городах, требуя от государства достроить дома, деньги за которые они внесли ещё в 2021 году.
В Астане около 120 человек собрались у здания министерства промышленности и строительства на проспекте Мангилик Ел. Полиция задержала шестерых за проведение несогласованного пикета, вечером их отпустили. Среди задержанных — двое пенсионеров и многодетная мать, сообщили их родственники. «Мы пять лет ждём ключи», — говорит одна из участниц пикета.
В Алматы около 50 дольщиков пришли к акимату на площади Республики, их принял заместитель акима. В Конаеве, бывшем Капшагае, который в 2022 году стал центром Алматинской области, около 40 человек на полчаса перекрыли трассу Алматы — Усть-Каменогорск у въезда в город. В Талдыкоргане, центре Жетысуской области, пять женщин третьи сутки держат голодовку в недостроенном доме на улице Шевченко. Голодающих ежедневно осматривают врачи скорой помощи.
В МВД сообщили, что акции дольщиков прошли также в городе Косшы Акмолинской области и ещё в ряде регионов; их число в ведомстве не уточнили.
Компания, зарегистрированная в Шымкенте, начала продавать квартиры в шести городах в 2020 году. Многие дольщики продолжают платить ипотеку и одновременно снимают жильё. Её основатель задержан в Дубае по запросу Генпрокуратуры и ожидает экстрадиции в Казахстан. По данным ведомства, пострадали более трёх тысяч покупателей.
Министр строительства заявил, что дома в Астане и Конаеве будут достроены за счёт фонда проблемных объектов, а по остальным регионам решение примут до конца марта.""",
     ann=[
        ('Астане', 0, 'city', 'Astana', 'Astana', {'note': 'headline'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'headline'}),
        ('Конаеве', 0, 'city', 'Konaev', ALR, {'note': 'headline'}),
        ('Талдыкоргане', 0, 'city', 'Taldykorgan', JTR, {'note': 'headline'}),
        ('АСТАНА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Астане', 1, 'city', 'Astana', 'Astana'),
        ('проспекте Мангилик Ел', 0, 'facility', 'Mangilik El Avenue (Astana)', 'Astana', {'subkind': 'street'}),
        ('Алматы', 1, 'city', 'Almaty', 'Almaty'),
        ('площади Республики', 0, 'facility', 'Republic Square (Almaty)', 'Almaty', {'subkind': 'square'}),
        ('Конаеве', 1, 'city', 'Konaev', ALR),
        ('Капшагае', 0, 'city', 'Konaev', ALR, {'note': 'former name of Konaev, the same place and event'}),
        ('Алматинской области', 0, 'region', ALR, ALR, {'note': 'NI:Konaev as its seat'}),
        ('Алматы', 2, 'city', 'Almaty', 'Almaty', {'note': 'NI:route endpoint'}),
        ('Усть-Каменогорск', 0, 'city', 'Oskemen', EKR, {'note': 'NI:route endpoint'}),
        ('Талдыкоргане', 1, 'city', 'Taldykorgan', JTR),
        ('Жетысуской области', 0, 'region', JTR, JTR, {'note': 'NI:Taldykorgan as its seat'}),
        ('улице Шевченко', 0, 'facility', 'Shevchenko Street (Taldykorgan)', JTR, {'subkind': 'street'}),
        ('Косшы', 0, 'city', 'Kosshy', AKR),
        ('Акмолинской области', 0, 'region', AKR, AKR, {'note': 'locates Kosshy'}),
        ('ряде регионов', 0, 'quantified', 'several regions', N, {'count': None, 'unit': 'region', 'note': 'actions of homebuyers in unnamed regions'}),
        ('Шымкенте', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:registration of the company'}),
        ('шести городах', 0, 'quantified', '6 cities', N, {'count': 6, 'unit': 'city', 'note': 'sales of flats, not incidents'}),
        ('Дубае', 0, 'foreign', 'Dubai', N, {'note': 'NI:place of an arrest'}),
        ('Казахстан', 0, 'country', 'Kazakhstan', N),
        ('Астане', 2, 'city', 'Astana', 'Astana', {'note': 'NI:houses to be completed'}),
        ('Конаеве', 2, 'city', 'Konaev', ALR, {'note': 'NI:houses to be completed'}),
     ],
     inc={'Astana': (1, 'unsanctioned picket on Mangilik El Avenue, six detained'),
          'Almaty': (1, 'gathering of homebuyers at the akimat on Republic Square'),
          ALR: (1, 'half-hour blockade of the Almaty-Ust-Kamenogorsk road at the entrance to Konaev'),
          JTR: (1, 'hunger strike of five women on Shevchenko Street in Taldykorgan'),
          AKR: (1, 'action of homebuyers in Kosshy')},
     unatt=[{'label': 'ряде регионов', 'count': None, 'note': 'actions of homebuyers in several further regions, not named or counted'}]),
]
