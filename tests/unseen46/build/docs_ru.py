"""Russian texts of the forty-sixth unseen check corpus."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p009', date='2017-03-20', lang='ru',
     event='2017 fatal collision on the Shymkent-Kyzylorda road near Shauldir (Otyrar district) and a college hostel fire in Turkestan (South Kazakhstan Region before the 2018 split); abbreviations ЮКО, с., г., р-на, обл.; lower-case "туркестан" in a reader\'s message; fire statistics not counted',
     text="""ЮКО: ДТП у Шаульдера и пожар в общежитии в Туркестане
ШЫМКЕНТ, 20 марта — Два человека погибли в ночь на понедельник, когда легковой автомобиль врезался в стоявший на обочине грузовик на трассе Шымкент — Кызылорда у с. Шаульдер Отырарского р-на, сообщили в ДП ЮКО. Водитель грузовика, житель г. Кентау, не пострадал.
Утром в г. Туркестан загорелось общежитие колледжа на ул. Есим хана. Огонь охватил кровлю пятиэтажного здания, 120 студентов успели выйти сами, пострадавших нет.
Читатель прислал в редакцию сообщение: «туркестан, общага горит, дым видно аж с трассы, пожарных нет минут 20». В ДЧС Южно-Казахстанской обл. ответили, что первая машина прибыла через семь минут после вызова.
По данным ведомства, с начала года в области произошло 37 пожаров, в которых погибли девять человек.""",
     ann=[
        ('ЮКО', 0, 'region', SKR, SKR, {'note': 'headline; abbreviation of Южно-Казахстанская область'}),
        ('Шаульдера', 0, 'village', 'Shauildir', SKR, {'note': 'headline'}),
        ('Туркестане', 0, 'city', 'Turkistan', SKR, {'note': 'headline; South Kazakhstan Region before 2018-06-19'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', SKR, {'note': 'dateline'}),
        ('Шымкент', 0, 'city', 'Shymkent', SKR, {'note': 'NI:road endpoint'}),
        ('Кызылорда', 0, 'city', 'Kyzylorda', KZR, {'note': 'NI:road endpoint'}),
        ('Шаульдер', 0, 'village', 'Shauildir', SKR, {'note': 'after the abbreviation "с."'}),
        ('Отырарского р-на', 0, 'district', 'Otyrar District', SKR, {'note': 'abbreviated head noun'}),
        ('ЮКО', 1, 'region', SKR, SKR, {'note': 'inside the name of an authority (ДП ЮКО, regional police)'}),
        ('Кентау', 0, 'city', 'Kentau', SKR, {'note': "NI:driver's residence"}),
        ('Туркестан', 0, 'city', 'Turkistan', SKR, {'note': 'after the abbreviation "г."'}),
        ('ул. Есим хана', 0, 'facility', 'Esim Khan Street (Turkistan)', SKR, {'subkind': 'street', 'note': 'street named after a person'}),
        ('туркестан', 0, 'city', 'Turkistan', SKR, {'note': "lower-case in a reader's message"}),
        ('Южно-Казахстанской обл.', 0, 'region', SKR, SKR, {'note': 'inside the name of an authority; abbreviated head noun'}),
     ],
     inc={SKR: (2, 'car hit a lorry near Shauildir, Otyrar district, two dead; fire at a college hostel in Turkestan; the 37 fires since January are a statistic')}),

dict(id='p010', date='2021-05-18', lang='ru',
     event='2021 storm live blog: roofs torn off in Ekibastuz ("экибас"), a billboard on a bus stop in Pavlodar, a wind-fanned warehouse fire spreading to houses in Aksu (Pavlodar Region); power cut in Maikain (not counted); a tower crane toppled in Temirtau (Karaganda Region); warning for Nur-Sultan; hashtag #Экибастуз; roofs torn off in three other, unnamed regions (unattributed)',
     text="""ОНЛАЙН | Ураган в Павлодарской области: сорванные крыши в Экибастузе, пожар в Аксу
18 мая 2021, обновлено в 20:15

20:15 Департамент по ЧС Павлодарской обл. сообщает: в Экибастузе ветер до 28 м/с сорвал кровлю с двух пятиэтажек на ул. Машхур Жусупа, повалены десятки деревьев. Трое горожан получили травмы, их доставили в городскую больницу.

19:40 Пишут читатели: «в экибасе светофоры не работают, на Ауэзова дерево упало прямо на машину». И ещё: «павлодар тоже сдувает, по Торайгырова летают баннеры, люди прячутся в магазинах».

19:05 В Аксу ветер раздул пожар на складе пиломатериалов на окраине города. Огонь перекинулся на два жилых дома, жильцов эвакуировали. Площадь пожара — 600 кв. м, работают 12 расчётов.

18:30 В п. Майкаин Баянаульского р-на нет света: ветер повредил линию электропередачи. Энергетики обещают восстановить подачу к утру.

17:50 Ветер дошёл и до Карагандинской обл.: в Темиртау на стройплощадке упал башенный кран, крановщик успел выбраться из кабины. Пострадавших нет.

17:20 Казгидромет ещё утром предупреждал о шторме в Павлодарской, Карагандинской и Акмолинской областях. В Нур-Султане усиление ветра ожидается ночью, жителям столицы советуют не оставлять машины под деревьями.

16:45 Хэштег #Экибастуз за два часа собрал больше 300 публикаций. Пользователь @ekibastuz_online пишет: «Экибастуз, держимся! Главное — не выходите на улицу без нужды».

16:10 В Павлодаре рекламный щит упал на остановку общественного транспорта, пострадала 45-летняя женщина. Ей оказали помощь на месте. Городской акимат просит владельцев рекламных конструкций проверить крепления после шторма. По данным МЧС, ураган сорвал крыши ещё в трёх областях страны, какие именно — в министерстве не уточнили. Синоптики обещают, что к полуночи ветер ослабнет до 12–15 м/с, а утром в среду будет тихо.""",
     ann=[
        ('Павлодарской области', 0, 'region', PR, PR, {'note': 'headline'}),
        ('Экибастузе', 0, 'city', 'Ekibastuz', PR, {'note': 'headline'}),
        ('Аксу', 0, 'city', 'Aksu (Pavlodar Region)', PR, {'note': 'headline; the Pavlodar town, a common name'}),
        ('Павлодарской обл.', 0, 'region', PR, PR, {'note': 'inside the name of an authority; abbreviated head noun'}),
        ('Экибастузе', 1, 'city', 'Ekibastuz', PR),
        ('ул. Машхур Жусупа', 0, 'facility', 'Mashkhur Zhusup Street (Ekibastuz)', PR, {'subkind': 'street', 'note': 'street named after a person'}),
        ('экибасе', 0, 'city', 'Ekibastuz', PR, {'note': "colloquial short form «Экибас», lower-case in a reader's message"}),
        ('Ауэзова', 0, 'facility', 'Auezov Street (Ekibastuz)', PR, {'subkind': 'street', 'note': 'street named without head noun, after a person'}),
        ('павлодар', 0, 'city', 'Pavlodar', PR, {'note': "lower-case in a reader's message"}),
        ('Торайгырова', 0, 'facility', 'Toraigyrov Street (Pavlodar)', PR, {'subkind': 'street', 'note': 'street named without head noun, after a person'}),
        ('Аксу', 1, 'city', 'Aksu (Pavlodar Region)', PR),
        ('Майкаин', 0, 'village', 'Maikain', PR, {'note': 'settlement after the abbreviation "п."; power cut, not an incident'}),
        ('Баянаульского р-на', 0, 'district', 'Bayanaul District', PR, {'note': 'abbreviated head noun'}),
        ('Карагандинской обл.', 0, 'region', KR, KR),
        ('Темиртау', 0, 'city', 'Temirtau', KR),
        ('Павлодарской', 2, 'region', PR, PR, {'note': 'NI:storm warning; in a list sharing "областях"'}),
        ('Карагандинской', 1, 'region', KR, KR, {'note': 'NI:storm warning; in a list sharing "областях"'}),
        ('Акмолинской', 0, 'region', AKR, AKR, {'note': 'NI:storm warning; in a list sharing "областях"'}),
        ('Нур-Султане', 0, 'city', 'Astana', 'Astana', {'note': 'NI:forecast; the capital named Nur-Sultan 2019-2022'}),
        ('Экибастуз', 0, 'city', 'Ekibastuz', PR, {'note': 'hashtag consisting of a place name'}),
        ('Экибастуз', 1, 'city', 'Ekibastuz', PR, {'note': "address in a user's post"}),
        ('Павлодаре', 0, 'city', 'Pavlodar', PR),
        ('трёх областях', 0, 'quantified', '3 regions', N, {'count': 3, 'unit': 'region', 'note': 'roofs torn off in three other, unnamed regions'}),
     ],
     inc={PR: (2, 'storm damage in Ekibastuz (roofs of two blocks, three hurt) and Pavlodar (billboard on a bus stop), one storm per unit; wind-fanned warehouse fire spreading to two houses in Aksu'),
          KR: (1, 'storm damage in Temirtau: tower crane toppled on a building site')},
     unatt=[{'label': 'трёх областях', 'count': 3, 'note': 'storm damage (roofs torn off) in three other, unnamed regions'}]),

dict(id='p011', date='2005-08-16', lang='ru',
     event='2005 bus overturned near Saryozek (Kerbulak district) on the Almaty-Taldykorgan road, 12 hurt, and a coal store fire at the former lead-zinc plant in Tekeli (Almaty Region before the 2022 split); abbreviations обл., пос., р-на, г., с.; lower-case "текели" in a reader\'s letter',
     text="""Алматинская обл.: автобус опрокинулся у Сарыозека, в Текели горел склад угля
ТАЛДЫКОРГАН, 16 августа — Рейсовый автобус Алматы — Талдыкорган опрокинулся в кювет у пос. Сарыозек Кербулакского р-на, пострадали 12 пассажиров, сообщили в ДВД Алматинской обл. По словам очевидцев, водитель пытался объехать корову, вышедшую на трассу.
Пострадавших доставили в районную больницу Сарыозека и в областную больницу Талдыкоргана.
В ту же ночь в г. Текели загорелся склад угля на территории бывшего свинцово-цинкового комбината. Расчёты из Талдыкоргана тушили огонь до утра.
Читатель из Текели пишет нам: «весь текели в дыму, дышать нечем, а пожарные приехали через час». В ДЧС области задержку объяснили тем, что единственная машина городской пожарной части была на вызове в с. Рудничный.""",
     ann=[
        ('Алматинская обл.', 0, 'region', ALR, ALR, {'note': 'headline; abbreviated head noun; Taldykorgan and its area were Almaty Region until 2022-06-08'}),
        ('Сарыозека', 0, 'village', 'Saryozek', ALR, {'note': 'headline'}),
        ('Текели', 0, 'city', 'Tekeli', ALR, {'note': 'headline'}),
        ('ТАЛДЫКОРГАН', 0, 'city', 'Taldykorgan', ALR, {'note': 'dateline'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:route endpoint'}),
        ('Талдыкорган', 0, 'city', 'Taldykorgan', ALR, {'note': 'NI:route endpoint'}),
        ('Сарыозек', 0, 'village', 'Saryozek', ALR, {'note': 'after the abbreviation "пос."'}),
        ('Кербулакского р-на', 0, 'district', 'Kerbulak District', ALR, {'note': 'abbreviated head noun'}),
        ('Алматинской обл.', 0, 'region', ALR, ALR, {'note': 'inside the name of an authority (ДВД)'}),
        ('Сарыозека', 1, 'village', 'Saryozek', ALR, {'note': 'NI:hospital'}),
        ('Талдыкоргана', 0, 'city', 'Taldykorgan', ALR, {'note': 'NI:hospital'}),
        ('Текели', 1, 'city', 'Tekeli', ALR),
        ('Талдыкоргана', 1, 'city', 'Taldykorgan', ALR, {'note': 'NI:origin of firefighters'}),
        ('Текели', 2, 'city', 'Tekeli', ALR, {'note': "NI:reader's residence"}),
        ('текели', 0, 'city', 'Tekeli', ALR, {'note': "lower-case in a reader's letter"}),
        ('Рудничный', 0, 'village', 'Rudnichny', ALR, {'note': 'NI:another call of the fire engine'}),
     ],
     inc={ALR: (2, 'bus overturned near Saryozek, Kerbulak district, 12 hurt; coal store fire in Tekeli')}),

dict(id='p012', date='2014-02-11', lang='ru',
     event='2014 fatal flat fire in the 12th microdistrict of Aktau ("12 мкр") and a minibus-SUV collision near Shetpe, Mangistau district, on the Aktau-Beineu road (Mangystau Region); minibus from Zhanaozen; Mangistau district vs region; lower-case "шетпе" in a WhatsApp message',
     text="""Актау: при пожаре в 12 мкр погиб мужчина, под Шетпе столкнулись «Газель» и внедорожник
АКТАУ, 11 февраля — Один человек погиб при пожаре в квартире на седьмом этаже девятиэтажного дома в 12 мкр Актау в ночь на вторник, сообщили в ДЧС Мангистауской обл. Из подъезда эвакуировали 35 жильцов, ещё двоих спасли с балконов по автолестнице. Предварительная причина — неосторожное обращение с огнём.
Днём на трассе Актау — Бейнеу у с. Шетпе Мангистауского р-на столкнулись микроавтобус «Газель», ехавший из Жанаозена, и внедорожник. Пятеро пострадавших доставлены в районную больницу, двое из них в тяжёлом состоянии.
Житель Шетпе написал в районную WhatsApp-группу: «шетпе, авария на выезде в сторону Бейнеу, стоим в пробке уже час, скорая только приехала». Движение на участке восстановили к вечеру.""",
     ann=[
        ('Актау', 0, 'city', 'Aktau', MR, {'note': 'headline'}),
        ('12 мкр', 0, 'district', '12th microdistrict (Aktau)', MR, {'subkind': 'microdistrict', 'note': 'headline; numbered microdistrict, abbreviated head noun'}),
        ('Шетпе', 0, 'village', 'Shetpe', MR, {'note': 'headline; "под Шетпе", the crash site'}),
        ('АКТАУ', 0, 'city', 'Aktau', MR, {'note': 'dateline'}),
        ('12 мкр', 1, 'district', '12th microdistrict (Aktau)', MR, {'subkind': 'microdistrict'}),
        ('Актау', 1, 'city', 'Aktau', MR),
        ('Мангистауской обл.', 0, 'region', MR, MR, {'note': 'inside the name of an authority; abbreviated head noun'}),
        ('Актау', 2, 'city', 'Aktau', MR, {'note': 'NI:road endpoint'}),
        ('Бейнеу', 0, 'village', 'Beineu', MR, {'note': 'NI:road endpoint'}),
        ('Шетпе', 1, 'village', 'Shetpe', MR),
        ('Мангистауского р-на', 0, 'district', 'Mangystau District', MR, {'note': 'the district, not the region; abbreviated head noun'}),
        ('Жанаозена', 0, 'city', 'Zhanaozen', MR, {'note': "NI:minibus's origin"}),
        ('Шетпе', 2, 'village', 'Shetpe', MR, {'note': "NI:residence of the message's author"}),
        ('шетпе', 0, 'village', 'Shetpe', MR, {'note': "lower-case in a WhatsApp message"}),
        ('Бейнеу', 1, 'village', 'Beineu', MR, {'note': 'NI:direction'}),
     ],
     inc={MR: (2, 'fatal flat fire in the 12th microdistrict of Aktau; minibus-SUV collision near Shetpe, five hurt')}),

dict(id='p013', date='2022-09-10', lang='ru',
     event='2022 daily chronicle: fire in the «Сарыарка» shopping centre in Zhezkazgan and a water protest at the akimat in Satpayev (Ulytau Region, three months after its creation); fatal three-car crash near the settlement of Aktau under Temirtau (Karaganda Region), not Aktau on the Caspian; lightning fire in Almaty district of Nur-Sultan; storm warning in Balkhash; a Kazakh quote',
     text="""ХРОНИКА ДНЯ: пожар в ТЦ Жезказгана, ДТП под Темиртау, митинг в Сатпаеве
10 сентября 2022 • лента обновляется

21:30 Пожар в торговом центре «Сарыарка» в Жезказгане потушен, сообщает ДЧС Улытауской области. Огонь охватил 800 кв. м на втором этаже, из здания вывели около 300 человек, пострадавших нет.

20:50 Из сообщений подписчиков: «жезказган, горит тц на Алашахана, чёрный дым на весь город». «А почему едут пожарные из Сатпаева, своих машин не хватает?»

20:10 Облыс әкімінің орынбасары Жезқазғандағы өрттен кейін брифинг өткізді: «Өрттің алдын ала себебі — электр сымдарының ақауы». По его словам, торговый центр проверяли в апреле.

19:40 В Сатпаеве около 150 жителей вышли к зданию городского акимата с требованием вернуть воду, которой нет уже четвёртые сутки. Аким вышел к людям и пообещал запустить водовод к понедельнику. Задержанных нет.

18:15 На дороге у пос. Актау под Темиртау столкнулись три автомобиля, водитель «Лады» погиб, двоих пострадавших доставили в городскую больницу Темиртау. Не путать с Актау на Каспии: речь о посёлке Карагандинской обл., подчинённом акимату Темиртау.

17:00 Напомним: Улытауская область образована 8 июня 2022 года, до этого Жезказган и Сатпаев входили в Карагандинскую обл.

16:20 В Нур-Султане гроза: молния попала в крышу жилого дома в Алматинском районе столицы, возгорание потушили за 20 минут. Жильцов не эвакуировали, пострадавших нет; причиной назвали отсутствие громоотвода на крыше.

15:45 Пишут из Балхаша: «балхаш, штормовой ветер, на озеро не выходите, волна больше метра». Публикации с хэштегом #Балхаш набрали несколько тысяч просмотров. Спасатели патрулируют берег и просят рыбаков не выходить на лодках до конца выходных.""",
     ann=[
        ('Жезказгана', 0, 'city', 'Zhezkazgan', UR, {'note': 'headline; Ulytau Region since 2022-06-08'}),
        ('Темиртау', 0, 'city', 'Temirtau', KR, {'note': 'headline; NI:reference point ("под Темиртау") for the crash near Aktau settlement'}),
        ('Сатпаеве', 0, 'city', 'Satpayev', UR, {'note': 'headline'}),
        ('Сарыарка', 0, 'facility', 'Saryarka shopping centre (Zhezkazgan)', UR, {'subkind': 'shopping centre', 'note': 'name in quotes; not the steppe or the Astana district'}),
        ('Жезказгане', 0, 'city', 'Zhezkazgan', UR),
        ('Улытауской области', 0, 'region', UR, UR, {'note': 'inside the name of an authority'}),
        ('жезказган', 0, 'city', 'Zhezkazgan', UR, {'note': "lower-case in a subscriber's message"}),
        ('Алашахана', 0, 'facility', 'Alashakhan Avenue (Zhezkazgan)', UR, {'subkind': 'street', 'note': 'avenue named without head noun, after a person'}),
        ('Сатпаева', 0, 'city', 'Satpayev', UR, {'note': 'NI:origin of firefighters; the town, not the surname'}),
        ('Жезқазғандағы', 0, 'city', 'Zhezkazgan', UR, {'note': 'Kazakh locative in a quoted Kazakh sentence'}),
        ('Сатпаеве', 1, 'city', 'Satpayev', UR),
        ('Актау', 0, 'village', 'Aktau (Karaganda Region)', KR, {'note': 'settlement subordinate to Temirtau; not the Mangystau city'}),
        ('Темиртау', 1, 'city', 'Temirtau', KR, {'note': 'NI:reference point'}),
        ('Темиртау', 2, 'city', 'Temirtau', KR, {'note': 'NI:hospital'}),
        ('Актау', 1, 'city', 'Aktau', MR, {'note': 'NI:the Caspian city, named to disambiguate'}),
        ('Каспии', 0, 'facility', 'Caspian Sea', N, {'subkind': 'sea'}),
        ('Карагандинской обл.', 0, 'region', KR, KR, {'note': 'abbreviated head noun; the unit of the settlement'}),
        ('Темиртау', 3, 'city', 'Temirtau', KR, {'note': 'NI:inside the name of an authority (akimat)'}),
        ('Улытауская область', 0, 'region', UR, UR, {'note': 'NI:background'}),
        ('Жезказган', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:background'}),
        ('Сатпаев', 0, 'city', 'Satpayev', UR, {'note': 'NI:background'}),
        ('Карагандинскую обл.', 0, 'region', KR, KR, {'note': 'NI:background; the former unit'}),
        ('Нур-Султане', 0, 'city', 'Astana', 'Astana', {'note': 'the capital named Nur-Sultan until 2022-09-17'}),
        ('Алматинском районе', 0, 'district', 'Almaty District (Astana)', 'Astana', {'subkind': 'city district', 'note': 'district of the capital, not Almaty or Almaty Region'}),
        ('Балхаша', 0, 'city', 'Balkhash', KR, {'note': "NI:origin of a reader's message"}),
        ('балхаш', 0, 'city', 'Balkhash', KR, {'note': "NI:lower-case in a reader's message; storm warning"}),
        ('Балхаш', 0, 'city', 'Balkhash', KR, {'uncertain': True, 'note': 'NI:hashtag; the town (the lake is "озеро" in the message), could be read as the lake'}),
     ],
     inc={UR: (2, 'fire in the Saryarka shopping centre in Zhezkazgan; protest of residents at the akimat in Satpayev'),
          KR: (1, 'fatal three-car crash near the settlement of Aktau under Temirtau'),
          'Astana': (1, 'lightning fire on the roof of a house in Almaty district of Nur-Sultan')}),

dict(id='p014', date='2012-03-27', lang='ru',
     event='2012 ice-jam flood of 46 houses in Bekarystan Bi (Kazaly district) and a fatal house fire in Aralsk (Kyzylorda Region); evacuation to Aiteke Bi and blasting of the jam near Kazalinsk are measures; a reader in Kazaly; sappers from Astana',
     text="""Кызылординская обл.: ледовый затор на Сырдарье, подтоплены 46 домов
КЫЗЫЛОРДА, 27 марта — Из-за ледового затора на Сырдарье вода подтопила 46 домов в с. Бекарыстан би Казалинского р-на, сообщили в ДЧС Кызылординской обл. Около 200 жителей вывезли в районный центр — п. Айтеке би, где их разместили в школе и Доме культуры.
Взрывники МЧС, прилетевшие из Астаны, подорвали затор у железнодорожного моста под Казалинском. По словам спасателей, к вечеру уровень воды начал снижаться.
Жительница Казалы пишет нам в WhatsApp: «вода уже в огородах, мешков с песком не хватает, помогите!!!» В акимате района обещают подвезти ещё 5000 мешков.
В ту же ночь в г. Аральске сгорел частный жилой дом, погибла 78-летняя пенсионерка. Причиной пожара, по предварительным данным, стала неисправная печь.""",
     ann=[
        ('Кызылординская обл.', 0, 'region', KZR, KZR, {'note': 'headline; abbreviated head noun'}),
        ('Сырдарье', 0, 'facility', 'Syr Darya', N, {'subkind': 'river', 'note': 'headline'}),
        ('КЫЗЫЛОРДА', 0, 'city', 'Kyzylorda', KZR, {'note': 'dateline'}),
        ('Сырдарье', 1, 'facility', 'Syr Darya', N, {'subkind': 'river'}),
        ('Бекарыстан би', 0, 'village', 'Bekarystan Bi', KZR, {'note': 'village named after a person'}),
        ('Казалинского р-на', 0, 'district', 'Kazaly District', KZR, {'note': 'abbreviated head noun'}),
        ('Кызылординской обл.', 0, 'region', KZR, KZR, {'note': 'inside the name of an authority'}),
        ('Айтеке би', 0, 'village', 'Aiteke Bi', KZR, {'note': 'NI:evacuation destination; district centre named after a person'}),
        ('Астаны', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of sappers'}),
        ('Казалинском', 0, 'city', 'Kazaly', KZR, {'note': 'NI:blasting of the ice jam, a measure; Russian name Kazalinsk'}),
        ('Казалы', 0, 'city', 'Kazaly', KZR, {'note': "reader's residence; water in the gardens, part of the flood"}),
        ('Аральске', 0, 'city', 'Aral', KZR),
     ],
     inc={KZR: (2, 'ice-jam flood of 46 houses in Bekarystan Bi, Kazaly district (one flood per unit); fatal house fire in Aralsk')}),

dict(id='p015', date='2016-10-25', lang='ru',
     event='2016 fire at the «Шанхай» clothes market in Semey and a fatal bus-lorry collision 20 km from Ayagoz (East Kazakhstan Region before the 2022 split); the market named after Shanghai; "Семипалатинск" in a social-media post; ВКО',
     text="""ВКО: пожар на рынке «Шанхай» в Семее, ДТП под Аягозом
СЕМЕЙ, 25 октября — Пожар на вещевом рынке «Шанхай» в Семее уничтожил около 30 торговых павильонов, сообщили в ДЧС ВКО. Пострадавших нет, площадь пожара составила 1500 кв. м. Предприниматели утверждают, что пожарные машины долго не могли подъехать из-за автомобилей, припаркованных вдоль ул. Найманбаева.
В соцсетях пишут: «Семипалатинск горит, весь Шанхай в дыму, это уже третий раз за пять лет!»
В тот же день на трассе Семей — Аягоз, в 20 км от Аягоза, столкнулись рейсовый автобус и грузовик. Погибли два человека, ещё шестеро пострадавших доставлены в больницу Аягоза. Автобус следовал из Усть-Каменогорска в Алматы, в салоне было 34 пассажира. Водитель грузовика задержан.""",
     ann=[
        ('ВКО', 0, 'region', EKR, EKR, {'note': 'headline; abbreviation of Восточно-Казахстанская область'}),
        ('Шанхай', 0, 'facility', 'Shanghai market (Semey)', EKR, {'subkind': 'market', 'note': 'headline; market named after Shanghai, not the Chinese city'}),
        ('Семее', 0, 'city', 'Semey', EKR, {'note': 'headline; East Kazakhstan Region before 2022-06-08'}),
        ('Аягозом', 0, 'city', 'Ayagoz', EKR, {'note': 'headline; NI:reference point ("под Аягозом")'}),
        ('СЕМЕЙ', 0, 'city', 'Semey', EKR, {'note': 'dateline'}),
        ('Шанхай', 1, 'facility', 'Shanghai market (Semey)', EKR, {'subkind': 'market'}),
        ('Семее', 1, 'city', 'Semey', EKR),
        ('ВКО', 1, 'region', EKR, EKR, {'note': 'inside the name of an authority (ДЧС ВКО)'}),
        ('ул. Найманбаева', 0, 'facility', 'Naimanbayev Street (Semey)', EKR, {'subkind': 'street', 'note': 'street named after a person'}),
        ('Семипалатинск', 0, 'city', 'Semey', EKR, {'note': 'Soviet name in a social-media post'}),
        ('Шанхай', 2, 'facility', 'Shanghai market (Semey)', EKR, {'subkind': 'market', 'note': 'market named without head noun'}),
        ('Семей', 0, 'city', 'Semey', EKR, {'note': 'NI:road endpoint'}),
        ('Аягоз', 0, 'city', 'Ayagoz', EKR, {'note': 'NI:road endpoint'}),
        ('Аягоза', 0, 'city', 'Ayagoz', EKR, {'note': 'NI:reference point'}),
        ('Аягоза', 1, 'city', 'Ayagoz', EKR, {'note': 'NI:hospital'}),
        ('Усть-Каменогорска', 0, 'city', 'Oskemen', EKR, {'note': "NI:bus's origin"}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': "NI:bus's destination"}),
     ],
     inc={EKR: (2, 'fire at the Shanghai clothes market in Semey; bus-lorry collision 20 km from Ayagoz, two dead; the earlier fires ("третий раз за пять лет") are not narrated')}),

dict(id='p016', date='2025-11-04', lang='ru',
     event='2025 traders of the «Береке» market block Baitursynov Street in Shymkent, five detained (Shymkent), and a furniture workshop fire in Lenger (Turkistan Region); Karatau district of Shymkent vs Karatau town; slang "Шым"; a Kazakh quote; hashtag #Ленгер',
     text="""Шымкент: торговцы рынка перекрыли улицу, в Ленгере сгорел мебельный цех
ШЫМКЕНТ, 4 ноября — Около 200 торговцев рынка «Береке» в Шымкенте во вторник утром на два часа перекрыли ул. Байтурсынова, протестуя против сноса павильонов. «Біз қайда барамыз? Балаларымызды немен асыраймыз?» — кричала одна из женщин. Полиция задержала пятерых участников акции.
В акимате Шымкента заявили, что рынок стоит на земле, отведённой под строительство дороги, и торговцам предложат места на новом рынке в Каратауском р-не.
Пользователи соцсетей пишут: «Шым, Береке, пробка до Самала, объезжайте по Тамерлановскому шоссе».
Вечером в Ленгере Туркестанской обл. сгорел цех по производству мебели. Пожар площадью 400 кв. м тушили расчёты из Шымкента, пострадавших нет. Видео пожара разошлось по сети с хэштегом #Ленгер.""",
     ann=[
        ('Шымкент', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'headline'}),
        ('Ленгере', 0, 'city', 'Lenger', TR, {'note': 'headline'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'dateline'}),
        ('Береке', 0, 'facility', 'Bereke market (Shymkent)', 'Shymkent', {'subkind': 'market', 'note': 'name in quotes'}),
        ('Шымкенте', 0, 'city', 'Shymkent', 'Shymkent'),
        ('ул. Байтурсынова', 0, 'facility', 'Baitursynov Street (Shymkent)', 'Shymkent', {'subkind': 'street', 'note': 'street named after a person'}),
        ('Шымкента', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'inside the name of an authority (akimat)'}),
        ('Каратауском р-не', 0, 'district', 'Karatau District (Shymkent)', 'Shymkent', {'subkind': 'city district', 'note': 'NI:planned relocation; district of Shymkent, not the Jambyl town of Karatau'}),
        ('Шым', 0, 'city', 'Shymkent', 'Shymkent', {'note': "colloquial short form in a user's post"}),
        ('Береке', 1, 'facility', 'Bereke market (Shymkent)', 'Shymkent', {'subkind': 'market', 'note': 'market named without head noun'}),
        ('Самала', 0, 'district', 'Samal (Shymkent)', 'Shymkent', {'subkind': 'microdistrict', 'note': 'NI:end of a traffic jam'}),
        ('Тамерлановскому шоссе', 0, 'facility', 'Tamerlan Highway (Shymkent)', 'Shymkent', {'subkind': 'road', 'note': 'NI:detour'}),
        ('Ленгере', 1, 'city', 'Lenger', TR),
        ('Туркестанской обл.', 0, 'region', TR, TR, {'note': 'abbreviated head noun'}),
        ('Шымкента', 1, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:origin of firefighters'}),
        ('Ленгер', 0, 'city', 'Lenger', TR, {'note': 'hashtag consisting of a place name'}),
     ],
     inc={'Shymkent': (1, 'traders of the Bereke market blocked Baitursynov Street, five detained'),
          TR: (1, 'furniture workshop fire in Lenger')}),
]
