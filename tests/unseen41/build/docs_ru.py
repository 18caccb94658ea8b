"""Russian texts of the forty-first unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
JR, ALR, KYR, TR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'Turkistan Region', 'South Kazakhstan Region'
ABR, JTR, EKR, MR, KOR = 'Abai Region', 'Jetisu Region', 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR, UR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region', 'Ulytau Region'
ATR, AR, WKR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region'
SR = 'Semipalatinsk Region land in 1996; East Kazakhstan Region from 1997 (see README)'

DOCS = [
dict(id='p009', date='1996-11-19', lang='ru',
     event='1996 hunger strike of miners at the Bakyrchik mine in Auezov, Zharma district, and a rally of Auezov residents at the oblast akimat in Semipalatinsk (Semipalatinsk Region, East Kazakhstan Region land)',
     text="""Горняки «Бакырчика» третий день держат голодовку
СЕМИПАЛАТИНСК, 19 ноября (Интерфакс-Казахстан) — Около 120 горняков рудника «Бакырчик» в посёлке Ауэзов Жарминского района Семипалатинской области третий день держат голодовку, требуя погасить долги по зарплате за семь месяцев, сообщили в профкоме предприятия.
Голодающие расположились в здании рудоуправления. В понедельник двоих из них с гипертоническим кризом увезли в больницу Семипалатинска.
Во вторник около 300 жителей Ауэзова, в основном жёны и родители горняков, пришли к зданию областного акимата в Семипалатинске и два часа требовали встречи с акимом. Их принял заместитель акима, пообещавший выяснить, куда ушли деньги за проданный концентрат. Полиция никого не задерживала.
Иностранная компания, получившая рудник в управление в прошлом году, заявляет, что долги накопились ещё до её прихода. Концентрат с «Бакырчика» раньше возили на переработку в Усть-Каменогорск, а теперь отправляют по железной дороге в Россию.
Правительство в Алматы ситуацию пока не комментировало. По данным профсоюзов, долги по зарплате на горных предприятиях Семипалатинской области превышают 400 млн тенге.""",
     ann=[
        ('Бакырчика', 0, 'facility', 'Bakyrchik mine', EKR, {'subkind': 'mine', 'note': 'headline; ' + SR}),
        ('СЕМИПАЛАТИНСК', 0, 'city', 'Semey', EKR, {'note': 'dateline; ' + SR}),
        ('Бакырчик', 0, 'facility', 'Bakyrchik mine', EKR, {'subkind': 'mine', 'note': SR}),
        ('Ауэзов', 0, 'village', 'Auezov (Zharma District)', EKR, {'note': SR}),
        ('Жарминского района', 0, 'district', 'Zharma District', EKR, {'note': SR}),
        ('Семипалатинской области', 0, 'region', EKR, EKR, {'uncertain': True, 'note': 'Semipalatinsk Region, abolished in 1997; its land joined East Kazakhstan Region (Abai Region since 2022)'}),
        ('Семипалатинска', 0, 'city', 'Semey', EKR, {'note': 'NI:hospital town'}),
        ('Ауэзова', 0, 'village', 'Auezov (Zharma District)', EKR, {'note': 'NI:origin of the protesters'}),
        ('Семипалатинске', 0, 'city', 'Semey', EKR, {'note': 'rally at the oblast akimat'}),
        ('Бакырчика', 1, 'facility', 'Bakyrchik mine', EKR, {'subkind': 'mine', 'note': 'NI:origin of the concentrate'}),
        ('Усть-Каменогорск', 0, 'city', 'Oskemen', EKR, {'note': 'NI:former destination of the concentrate'}),
        ('Россию', 0, 'foreign', 'Russia', N, {'note': 'NI:destination of the concentrate'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:seat of the government'}),
        ('Семипалатинской области', 1, 'region', EKR, EKR, {'uncertain': True, 'note': 'NI:wage debts; Semipalatinsk Region, abolished in 1997'}),
     ],
     inc={EKR: (2, 'hunger strike of about 120 miners at the Bakyrchik mine in Auezov; rally of about 300 Auezov residents at the oblast akimat in Semipalatinsk (Semipalatinsk Region land in 1996, labelled East Kazakhstan Region)')}),

dict(id='p010', date='2016-05-24', lang='ru',
     event='2016 strike of about 300 drivers at Kenkiyak (Temir district) and a heat exchanger fire at the Zhanazhol gas processing plant (Mugalzhar district, Aktobe Region); CNPC-Aktobemunaigas is a company; strikes in four regions last year',
     text="""Водители на Кенкияке бастуют, на Жанажоле потушен пожар
АКТОБЕ, 24 мая (Tengrinews.kz) — Около 300 водителей и механиков сервисной компании, которая возит персонал и грузы на месторождения «СНПС-Актобемунайгаз», второй день не выходят на работу в посёлке Кенкияк Темирского района Актюбинской области. Они требуют поднять зарплату, которая не менялась с 2014 года, хотя тенге за это время подешевел вдвое.
Бастующие собрались у ворот автобазы и отказываются выводить технику на линию. Руководство компании готово повысить оклады на 15 процентов с июля, но водители настаивают на 40 процентах и оплате сверхурочных часов. По словам их представителя, многие ездят на вахту из Шубаркудука и Актобе, а часть водителей приехала из Жанаозена Мангистауской области, где работы для них нет.
Аким Темирского района провёл встречу с бастующими, но договориться пока не удалось. Прокуратура Актюбинской области проверяет, соблюдён ли порядок разрешения трудового спора.
В воскресенье вечером на газоперерабатывающем заводе месторождения Жанажол в Мугалжарском районе загорелся теплообменник. Жанажол — одно из крупнейших газоконденсатных месторождений региона. Огонь потушили за полтора часа, оператора с ожогами рук доставили в больницу Кандыагаша. В департаменте по ЧС Актюбинской области сообщили, что причиной пожара стала утечка газа через фланец.
«СНПС-Актобемунайгаз» на 85 процентов принадлежит китайской CNPC. Нефть Кенкияка идёт на запад по трубопроводу Кенкияк — Атырау, а на восток — по нефтепроводу Казахстан — Китай до Алашанькоу в Синьцзяне. Компания заявила, что добыча на обоих месторождениях идёт в штатном режиме.
По данным отраслевого профсоюза, в прошлом году короткие забастовки нефтяников прошли в четырёх областях, но до такой длительной остановки дело нигде не доходило.""",
     ann=[
        ('Кенкияке', 0, 'village', 'Kenkiyak', AR, {'note': 'headline'}),
        ('Жанажоле', 0, 'facility', 'Zhanazhol field', AR, {'subkind': 'oil field', 'note': 'headline'}),
        ('АКТОБЕ', 0, 'city', 'Aktobe', AR, {'note': 'dateline'}),
        ('Кенкияк', 0, 'village', 'Kenkiyak', AR),
        ('Темирского района', 0, 'district', 'Temir District', AR),
        ('Актюбинской области', 0, 'region', AR, AR),
        ('Шубаркудука', 0, 'city', 'Shubarkuduk', AR, {'note': 'NI:residence of strikers'}),
        ('Актобе', 0, 'city', 'Aktobe', AR, {'note': 'NI:residence of strikers'}),
        ('Жанаозена', 0, 'city', 'Zhanaozen', MR, {'note': 'NI:origin of drivers'}),
        ('Мангистауской области', 0, 'region', MR, MR, {'note': 'NI:origin of drivers'}),
        ('Темирского района', 1, 'district', 'Temir District', AR, {'note': "inside an official's title"}),
        ('Актюбинской области', 1, 'region', AR, AR, {'note': 'inside the name of an authority'}),
        ('Жанажол', 0, 'facility', 'Zhanazhol field', AR, {'subkind': 'oil field'}),
        ('Мугалжарском районе', 0, 'district', 'Mugalzhar District', AR),
        ('Жанажол', 1, 'facility', 'Zhanazhol field', AR, {'subkind': 'oil field'}),
        ('Кандыагаша', 0, 'city', 'Kandyagash', AR, {'note': 'NI:hospital town'}),
        ('Актюбинской области', 2, 'region', AR, AR, {'note': 'inside the name of an authority'}),
        ('Кенкияка', 0, 'village', 'Kenkiyak', AR, {'note': 'NI:origin of oil'}),
        ('Кенкияк', 1, 'village', 'Kenkiyak', AR, {'note': 'NI:pipeline endpoint'}),
        ('Атырау', 0, 'city', 'Atyrau', ATR, {'note': 'NI:pipeline endpoint'}),
        ('Казахстан', 0, 'country', 'Kazakhstan', N, {'note': 'pipeline endpoint'}),
        ('Китай', 0, 'foreign', 'China', N, {'note': 'pipeline endpoint'}),
        ('Алашанькоу', 0, 'foreign', 'Alashankou', N, {'note': 'NI:pipeline endpoint'}),
        ('Синьцзяне', 0, 'foreign', 'Xinjiang', N, {'note': 'NI:pipeline endpoint'}),
        ('четырёх областях', 0, 'quantified', '4 regions', N, {'count': 4, 'unit': 'region', 'note': 'oil workers\' strikes last year in unnamed regions'}),
     ],
     inc={AR: (2, 'strike of about 300 drivers and mechanics in Kenkiyak; heat exchanger fire at the Zhanazhol gas processing plant on Sunday')},
     unatt=[{'label': 'четырёх областях', 'count': 4, 'note': "short oil workers' strikes last year in four unnamed regions"}]),

dict(id='p011', date='2020-07-14', lang='ru',
     event='2020 strike of about 250 contractor workers at the gate of the Shymkent refinery (Shymkent, its own unit since 2018); strikers from Sairam and Tolebi districts of Turkistan Region; the Pavlodar and Atyrau refineries',
     text="""Рабочие подрядчика Шымкентского НПЗ устроили забастовку
ШЫМКЕНТ, 14 июля (КазТАГ) — Около 250 рабочих подрядной организации, которая ремонтирует установки Шымкентского нефтеперерабатывающего завода, во вторник утром не вышли на смену и собрались у главной проходной, требуя выплатить зарплату за май и июнь.
Большинство бастующих — жители сёл Сайрамского и Толебийского районов Туркестанской области, остальные живут в самом Шымкенте. По их словам, подрядчик задолжал каждому от 300 до 600 тысяч тенге.
Акимат Шымкента сообщил, что к рабочим выехал заместитель акима города, а инспекция труда начала проверку подрядчика. ТОО «ПетроКазахстан Ойл Продактс», которое управляет заводом, заявило, что выпуск бензина и дизельного топлива не снизился.
Завод — один из трёх крупных НПЗ страны наряду с Павлодарским и Атырауским. С июня 2018 года Шымкент — город республиканского значения и не входит в Туркестанскую область, центр которой перенесён в Туркестан.""",
     ann=[
        ('Шымкентского НПЗ', 0, 'facility', 'Shymkent refinery', 'Shymkent', {'subkind': 'refinery', 'note': 'headline'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'dateline'}),
        ('Шымкентского нефтеперерабатывающего завода', 0, 'facility', 'Shymkent refinery', 'Shymkent', {'subkind': 'refinery'}),
        ('Сайрамского', 0, 'district', 'Sairam District', TR, {'note': 'NI:residence of strikers; list sharing "районов"'}),
        ('Толебийского', 0, 'district', 'Tolebi District', TR, {'note': 'NI:residence of strikers; list sharing "районов"'}),
        ('Туркестанской области', 0, 'region', TR, TR, {'note': 'NI:residence of strikers'}),
        ('Шымкенте', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:residence of strikers'}),
        ('Шымкента', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'inside the name of an authority'}),
        ('Павлодарским', 0, 'facility', 'Pavlodar refinery', PR, {'subkind': 'refinery', 'note': 'NI:comparison; adjective standing for the Pavlodar refinery (head noun НПЗ shared)'}),
        ('Атырауским', 0, 'facility', 'Atyrau refinery', ATR, {'subkind': 'refinery', 'note': 'NI:comparison; adjective standing for the Atyrau refinery (head noun НПЗ shared)'}),
        ('Шымкент', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:administrative statement'}),
        ('Туркестанскую область', 0, 'region', TR, TR, {'note': 'NI:administrative statement'}),
        ('Туркестан', 0, 'city', 'Turkistan', TR, {'note': 'NI:administrative statement'}),
     ],
     inc={'Shymkent': (1, 'strike of about 250 contractor workers at the main gate of the Shymkent refinery')}),

dict(id='p012', date='2010-02-16', lang='ru',
     event='2010 economic court of West Kazakhstan Region fines the Karachaganak operator for gas flaring; complaints of villagers near Aksai (Burlin district); gas to Orenburg; flaring fines in five regions (no incident)',
     text="""Суд оштрафовал оператора Карачаганака за сжигание газа на факелах
УРАЛЬСК, 16 февраля (Интерфакс-Казахстан) — Специализированный межрайонный экономический суд Западно-Казахстанской области оштрафовал Karachaganak Petroleum Operating на 21 млрд тенге за сверхнормативное сжигание газа на факелах Карачаганакского месторождения в 2008 году, сообщили в областном департаменте экологии.
Компания с решением не согласна и намерена обжаловать его в Верховном суде в Астане.
Месторождение находится в Бурлинском районе, в 150 км от Уральска, рядом с городом Аксай. Жители трёх сёл, ближайших к факелам, в том числе Жарсуата, не первый год жалуются на запах и головные боли и просят переселить их.
Сырой газ с Карачаганака по трубопроводу уходит на Оренбургский газоперерабатывающий завод в России, а конденсат отправляют на экспорт через Новороссийск.
В прошлом году Министерство охраны окружающей среды штрафовало за сжигание газа недропользователей в пяти областях — от Атырауской и Мангистауской до Кызылординской.""",
     ann=[
        ('Карачаганака', 0, 'facility', 'Karachaganak field', WKR, {'subkind': 'gas field', 'note': 'headline'}),
        ('УРАЛЬСК', 0, 'city', 'Oral', WKR, {'note': 'dateline'}),
        ('Западно-Казахстанской области', 0, 'region', WKR, WKR, {'note': 'inside the name of a court'}),
        ('Карачаганакского месторождения', 0, 'facility', 'Karachaganak field', WKR, {'subkind': 'gas field'}),
        ('Астане', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the Supreme Court'}),
        ('Бурлинском районе', 0, 'district', 'Burlin District', WKR),
        ('Уральска', 0, 'city', 'Oral', WKR, {'note': 'NI:reference point'}),
        ('Аксай', 0, 'city', 'Aksai', WKR, {'note': 'NI:reference point'}),
        ('трёх сёл', 0, 'quantified', '3 villages', N, {'count': 3, 'unit': 'village', 'note': 'residents complaining; not about incidents'}),
        ('Жарсуата', 0, 'village', 'Zharsuat (Burlin District)', WKR, {'note': 'NI:residents complaining'}),
        ('Карачаганака', 1, 'facility', 'Karachaganak field', WKR, {'subkind': 'gas field', 'note': 'NI:origin of gas'}),
        ('Оренбургский газоперерабатывающий завод', 0, 'foreign', 'Orenburg gas processing plant', N, {'note': 'NI:destination of gas'}),
        ('России', 0, 'foreign', 'Russia', N),
        ('Новороссийск', 0, 'foreign', 'Novorossiysk', N, {'note': 'NI:export route'}),
        ('пяти областях', 0, 'quantified', '5 regions', N, {'count': 5, 'unit': 'region', 'note': 'flaring fines; not about incidents'}),
        ('Атырауской', 0, 'region', ATR, ATR, {'note': 'NI:flaring fines; list sharing "областях"'}),
        ('Мангистауской', 0, 'region', MR, MR, {'note': 'NI:flaring fines; list sharing "областях"'}),
        ('Кызылординской', 0, 'region', KYR, KYR, {'note': 'NI:flaring fines; list sharing "областях"'}),
     ],
     inc={}),

dict(id='p013', date='2022-10-25', lang='ru',
     event='2022 conveyor gallery collapse at the Satpayev concentrator killing one, and a sit-in of 150 workers in Zhairem, Zhanaarka district (Ulytau Region, four months after its creation from Karaganda Region); Balkhash stays in Karaganda Region',
     text="""Улытауская область: гибель рабочего в Сатпаеве и забастовка в Жайреме
ЖЕЗКАЗГАН, 25 октября (Казинформ) — Рабочий погиб при обрушении конвейерной галереи на обогатительной фабрике в Сатпаеве в понедельник вечером, сообщил департамент по чрезвычайным ситуациям Улытауской области. Ещё двоих рабочих с травмами доставили в больницу Жезказгана.
Погибший, 29-летний слесарь, приехал на вахту из Туркестанской области и работал на фабрике второй год. Галерею, по которой руда подаётся на дробление, построили в 1970-х годах. Корпорация «Казахмыс», которой принадлежит фабрика, создала комиссию для расследования. Работу фабрики приостановили до окончания проверки, руду временно направляют на другие переделы.
В тот же день в посёлке Жайрем Жанааркинского района около 150 работников горно-обогатительного комбината провели сидячую забастовку у здания заводоуправления. Комбинат добывает марганцевую и железную руду, а также барит, на нём работают около двух тысяч человек. Они требуют поднять зарплату до уровня рудников Жезказгана и вернуть вахтовый автобус из Каражала. Забастовщики разошлись после того, как аким района пообещал провести переговоры с собственником.
Улытауская область была образована 8 июня из городов Жезказган, Сатпаев и Каражал и двух районов — Улытауского и Жанааркинского, которые прежде входили в Карагандинскую область. Центром новой области стал Жезказган, хотя многие областные службы пока остаются в Караганде. Балхаш с его медеплавильным заводом остался в составе Карагандинской области.
Аким Улытауской области заявил, что до конца года в регионе проверят состояние всех промышленных объектов, начиная с фабрик «Казахмыса» и комбината в Жайреме. По его словам, значительная часть рабочих на предприятиях области — вахтовики из Кызылординской и Туркестанской областей, а также из Шымкента.""",
     ann=[
        ('Улытауская область', 0, 'region', UR, UR, {'note': 'headline'}),
        ('Сатпаеве', 0, 'city', 'Satpayev', UR, {'note': 'headline'}),
        ('Жайреме', 0, 'village', 'Zhairem', UR, {'note': 'headline'}),
        ('ЖЕЗКАЗГАН', 0, 'city', 'Zhezkazgan', UR, {'note': 'dateline'}),
        ('Сатпаеве', 1, 'city', 'Satpayev', UR),
        ('Улытауской области', 0, 'region', UR, UR, {'note': 'inside the name of an authority'}),
        ('Жезказгана', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:hospital town'}),
        ('Туркестанской области', 0, 'region', TR, TR, {'note': 'NI:origin of the dead worker'}),
        ('Жайрем', 0, 'village', 'Zhairem', UR),
        ('Жанааркинского района', 0, 'district', 'Zhanaarka District', UR),
        ('Жезказгана', 1, 'city', 'Zhezkazgan', UR, {'note': 'NI:comparison of wages'}),
        ('Каражала', 0, 'city', 'Karazhal', UR, {'note': 'NI:origin of the shift bus'}),
        ('Улытауская область', 1, 'region', UR, UR, {'note': 'NI:administrative statement'}),
        ('Жезказган', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:administrative statement'}),
        ('Сатпаев', 0, 'city', 'Satpayev', UR, {'note': 'NI:administrative statement'}),
        ('Каражал', 0, 'city', 'Karazhal', UR, {'note': 'NI:administrative statement'}),
        ('двух районов', 0, 'quantified', '2 districts', N, {'count': 2, 'unit': 'district', 'note': 'both named; not about incidents'}),
        ('Улытауского', 0, 'district', 'Ulytau District', UR, {'note': 'NI:administrative statement'}),
        ('Жанааркинского', 1, 'district', 'Zhanaarka District', UR, {'note': 'NI:administrative statement'}),
        ('Карагандинскую область', 0, 'region', KR, KR, {'note': 'NI:former unit'}),
        ('Жезказган', 1, 'city', 'Zhezkazgan', UR, {'note': 'NI:regional seat'}),
        ('Караганде', 0, 'city', 'Karaganda', KR, {'note': 'NI:seat of regional services'}),
        ('Балхаш', 0, 'city', 'Balkhash', KR, {'note': 'NI:administrative statement; stays in Karaganda Region'}),
        ('Карагандинской области', 0, 'region', KR, KR, {'note': 'NI:administrative statement'}),
        ('Улытауской области', 1, 'region', UR, UR, {'note': "inside an official's title"}),
        ('Кызылординской', 0, 'region', KYR, KYR, {'note': 'NI:origin of rotation workers; list sharing "областей"'}),
        ('Туркестанской', 1, 'region', TR, TR, {'note': 'NI:origin of rotation workers; list sharing "областей"'}),
        ('Шымкента', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:origin of rotation workers'}),
        ('Жайреме', 1, 'village', 'Zhairem', UR, {'note': 'NI:planned inspection'}),
     ],
     inc={UR: (2, 'conveyor gallery collapse at the Satpayev concentrator killing one worker; sit-in strike of about 150 workers in Zhairem')}),

dict(id='p014', date='1992-10-06', lang='ru',
     event='1992 rupture of the Uzen-Atyrau-Samara oil pipeline spilling 500 tonnes near Dossor, Makat district (Atyrau Region, the former Guryev Region); Novy Uzen (later Zhanaozen) in Mangystau Region; ALMA-ATA dateline',
     text="""Прорыв нефтепровода под Доссором: на землю вылилось около 500 тонн нефти
АЛМА-АТА, 6 октября (Интерфакс) — Около 500 тонн нефти вылилось на землю при прорыве магистрального нефтепровода Узень — Атырау — Самара в Макатском районе Атырауской области, сообщили в производственном объединении «Эмбанефть».
Утечку в воскресенье утром обнаружили обходчики в 12 км от посёлка Доссор. Нефть растеклась по солончаку на площади около четырёх гектаров, до жилых домов она не дошла. Прокачку остановили на 30 часов, повреждённый участок трубы заменили.
Как сообщили в управлении охраны природы Атырауской (до недавнего времени Гурьевской) области, трубопровод построен в 1970-х годах и сильно изношен, а денег на его замену нет.
По этой трубе нефть с месторождения Узень в Мангистауской области идёт в Россию, на нефтеперерабатывающие заводы в Самаре. В Новом Узене, где живут нефтяники месторождения, опасаются, что из-за остановок прокачки им снова задержат зарплату.""",
     ann=[
        ('Доссором', 0, 'village', 'Dossor', ATR, {'note': 'headline; NI:reference point'}),
        ('АЛМА-АТА', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline; old name'}),
        ('Узень', 0, 'facility', 'Uzen field', MR, {'subkind': 'oil field', 'note': 'NI:pipeline endpoint'}),
        ('Атырау', 0, 'city', 'Atyrau', ATR, {'note': 'NI:pipeline point'}),
        ('Самара', 0, 'foreign', 'Samara', N, {'note': 'NI:pipeline endpoint'}),
        ('Макатском районе', 0, 'district', 'Makat District', ATR),
        ('Атырауской области', 0, 'region', ATR, ATR),
        ('Доссор', 0, 'village', 'Dossor', ATR, {'note': 'NI:reference point'}),
        ('Атырауской', 1, 'region', ATR, ATR, {'note': 'inside the name of an authority; head noun after the parenthesis'}),
        ('Гурьевской', 0, 'region', ATR, ATR, {'note': 'old name of Atyrau Region, in a parenthesis'}),
        ('Узень', 1, 'facility', 'Uzen field', MR, {'subkind': 'oil field', 'note': 'NI:origin of oil'}),
        ('Мангистауской области', 0, 'region', MR, MR, {'note': 'NI:location of the field'}),
        ('Россию', 0, 'foreign', 'Russia', N, {'note': 'NI:destination of oil'}),
        ('Самаре', 0, 'foreign', 'Samara', N, {'note': 'NI:destination of oil'}),
        ('Новом Узене', 0, 'city', 'Zhanaozen', MR, {'note': 'NI:residence of oil workers; Novy Uzen, renamed Zhanaozen in 1993'}),
     ],
     inc={ATR: (1, 'pipeline rupture in Makat district spilling about 500 tonnes of oil')}),

dict(id='p015', date='2021-05-18', lang='ru',
     event='2021 rock burst injuring a miner at the Maleevsky mine of Kazzinc in Altai (the former Zyryanovsk, East Kazakhstan Region); rescuers from Ridder and Semey (East Kazakhstan Region before 2022)',
     text="""Проходчик пострадал при горном ударе на Малеевском руднике
УСТЬ-КАМЕНОГОРСК, 18 мая (КазТАГ) — Проходчик получил переломы при горном ударе на Малеевском руднике «Казцинка» в городе Алтай Восточно-Казахстанской области, сообщил областной департамент по чрезвычайным ситуациям.
Горный удар произошёл в понедельник около 14:00 на глубине 700 метров. Двое других горняков, работавших в том же забое, не пострадали. По предварительным данным, удар вызвало перераспределение напряжений в массиве после массового взрыва накануне. Пострадавшего подняли на поверхность и санавиацией доставили в Усть-Каменогорск.
На рудник выезжали горноспасатели из Риддера и Семея. Работы в забое приостановлены до окончания проверки, сообщили в компании.
Город Алтай до 2019 года назывался Зыряновском. Малеевский рудник поставляет цинковый и медный концентрат на металлургические заводы «Казцинка» в Усть-Каменогорске и Риддере.""",
     ann=[
        ('Малеевском руднике', 0, 'facility', 'Maleevsky mine', EKR, {'subkind': 'mine', 'note': 'headline'}),
        ('УСТЬ-КАМЕНОГОРСК', 0, 'city', 'Oskemen', EKR, {'note': 'dateline'}),
        ('Малеевском руднике', 1, 'facility', 'Maleevsky mine', EKR, {'subkind': 'mine'}),
        ('Алтай', 0, 'city', 'Altai', EKR),
        ('Восточно-Казахстанской области', 0, 'region', EKR, EKR),
        ('Усть-Каменогорск', 0, 'city', 'Oskemen', EKR, {'note': 'NI:hospital town'}),
        ('Риддера', 0, 'city', 'Ridder', EKR, {'note': 'NI:origin of rescuers'}),
        ('Семея', 0, 'city', 'Semey', EKR, {'note': 'NI:origin of rescuers; East Kazakhstan Region before 2022-06-08'}),
        ('Алтай', 1, 'city', 'Altai', EKR, {'note': 'NI:renaming statement'}),
        ('Зыряновском', 0, 'city', 'Altai', EKR, {'note': 'NI:old name of Altai'}),
        ('Малеевский рудник', 0, 'facility', 'Maleevsky mine', EKR, {'subkind': 'mine'}),
        ('Усть-Каменогорске', 0, 'city', 'Oskemen', EKR, {'note': 'NI:destination of concentrate'}),
        ('Риддере', 0, 'city', 'Ridder', EKR, {'note': 'NI:destination of concentrate'}),
     ],
     inc={EKR: (1, 'rock burst at the Maleevsky mine in Altai injuring a miner')}),

dict(id='p016', date='2025-11-11', lang='ru',
     event='2025 new shaft at the "Desyatiletiye Nezavisimosti Kazakhstana" mine of the Donskoy GOK near Khromtau (Aktobe Region); chrome ore to Aktobe and Aksu (Pavlodar Region); a mine named after Kazakhstan (no incident)',
     text="""ERG запустила новый ствол на шахте в Хромтау
ХРОМТАУ, 11 ноября (Интерфакс-Казахстан) — Евразийская группа (ERG) ввела в строй новый скиповой ствол шахты «Десятилетие независимости Казахстана» Донского горно-обогатительного комбината, что позволит увеличить подземную добычу хромовой руды на треть, сообщила компания.
Ствол глубиной 1,2 км строили восемь лет. Шахта, расположенная в 5 км от Хромтау, разрабатывает одно из крупнейших в мире месторождений хромитов в Актюбинской области.
Руда Донского ГОКа идёт на ферросплавные заводы в Актобе и Аксу Павлодарской области, а часть концентрата экспортируется в Китай и Россию. На комбинате работают около 6 тысяч человек, большинство — жители Хромтау и сёл Хромтауского района.
По данным компании, на новые рабочие места в первую очередь возьмут выпускников колледжей Актобе и Кандыагаша, а также вахтовиков из соседних регионов.""",
     ann=[
        ('Хромтау', 0, 'city', 'Khromtau', AR, {'note': 'headline'}),
        ('ХРОМТАУ', 0, 'city', 'Khromtau', AR, {'note': 'dateline'}),
        ('Десятилетие независимости Казахстана', 0, 'facility', 'Desyatiletiye Nezavisimosti Kazakhstana mine (Khromtau)', AR, {'subkind': 'mine', 'note': 'mine named after the country; the country is not annotated inside it'}),
        ('Донского горно-обогатительного комбината', 0, 'facility', 'Donskoy GOK (Khromtau)', AR, {'subkind': 'mining and processing plant'}),
        ('Хромтау', 1, 'city', 'Khromtau', AR, {'note': 'NI:reference point'}),
        ('Актюбинской области', 0, 'region', AR, AR),
        ('Донского ГОКа', 0, 'facility', 'Donskoy GOK (Khromtau)', AR, {'subkind': 'mining and processing plant'}),
        ('Актобе', 0, 'city', 'Aktobe', AR, {'note': 'NI:destination of ore'}),
        ('Аксу', 0, 'city', 'Aksu (Pavlodar Region)', PR, {'note': 'NI:destination of ore'}),
        ('Павлодарской области', 0, 'region', PR, PR, {'note': 'NI:destination of ore'}),
        ('Китай', 0, 'foreign', 'China', N, {'note': 'NI:export destination'}),
        ('Россию', 0, 'foreign', 'Russia', N, {'note': 'NI:export destination'}),
        ('Хромтау', 2, 'city', 'Khromtau', AR, {'note': 'NI:residence of workers'}),
        ('Хромтауского района', 0, 'district', 'Khromtau District', AR, {'note': 'NI:residence of workers'}),
        ('Актобе', 1, 'city', 'Aktobe', AR, {'note': 'NI:colleges'}),
        ('Кандыагаша', 0, 'city', 'Kandyagash', AR, {'note': 'NI:colleges'}),
     ],
     inc={}),
]
