"""Russian texts of the forty-ninth unseen check corpus."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p009', date='1994-11-22', lang='ru',
     event='1994 saiga poachers fire at game wardens in Ulytau district of Dzhezkazgan Region (abolished 1997; Karaganda Region land before 2022); horns smuggled through Alma-Ata and Urumqi to China; Betpak-Dala',
     text="""Браконьеры обстреляли охотинспекторов в Джезказганской области
ДЖЕЗКАЗГАН, 22 ноября — В Улытауском районе Джезказганской области браконьеры открыли огонь по машине государственных охотинспекторов, пытавшихся остановить их ночью на степной дороге, сообщили в областном управлении внутренних дел. Один инспектор ранен в плечо и доставлен в больницу Джезказгана. В брошенном браконьерами «уазике» нашли 160 рогов сайгака и три туши.
По словам начальника областной охотинспекции Кайрата Омарова, с начала года в степях Бетпак-Далы изъято более двух тысяч рогов. Почти все они уходят через Алма-Ату и Урумчи в Китай, где рога сайгака ценятся в традиционной медицине. Бетпакдалинская популяция за три года сократилась, по оценкам учёных, вдвое.
Охотинспекция просит выделить ей вертолёт: на весь район, который больше иной европейской страны, у неё всего две машины.""",
     ann=[
        ('Джезказганской области', 0, 'region', KR, KR, {'uncertain': True, 'note': 'headline; the abolished Zhezkazgan Region (1973-1997), labelled with the canonical unit holding its land'}),
        ('ДЖЕЗКАЗГАН', 0, 'city', 'Zhezkazgan', KR, {'note': 'dateline; Russian spelling'}),
        ('Улытауском районе', 0, 'district', 'Ulytau District', KR, {'note': 'then in Zhezkazgan Region; not Ulytau Region'}),
        ('Джезказганской области', 1, 'region', KR, KR, {'uncertain': True, 'note': 'the abolished Zhezkazgan Region, labelled with the canonical unit holding its land'}),
        ('Джезказгана', 0, 'city', 'Zhezkazgan', KR, {'note': 'NI:hospital'}),
        ('Бетпак-Далы', 0, 'facility', 'Betpak-Dala', N, {'subkind': 'desert'}),
        ('Алма-Ату', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:smuggling route; Soviet-era name'}),
        ('Урумчи', 0, 'foreign', 'Urumqi', N, {'note': 'NI:smuggling route'}),
        ('Китай', 0, 'foreign', 'China', N, {'note': 'NI:destination'}),
     ],
     inc={KR: (1, 'poachers fired at the game wardens\' car in Ulytau district, one warden wounded')}),

dict(id='p010', date='2005-07-19', lang='ru',
     event='2005 summer in the lower Ili (Balkhash district, Almaty Region before the 2022 split): Asian migratory locust damage near Bakbakty and Bakanas, a reed fire in the Ili delta stopped near Karaoi, a fish kill on the Kapshagay reservoir at the town of Kapshagay; akimat in Taldykorgan; water use in Xinjiang, China; Balkhash the lake vs Balkhash the Karaganda town',
     text="""Саранча, пожар в тростниках и мёртвая рыба: тревожное лето на Или
АЛМАТЫ, 19 июля — Балхашский район Алматинской области переживает одно из самых тяжёлых лет за последнее десятилетие. Сразу несколько бед обрушились на низовья Или, сообщили в областном акимате в Талдыкоргане.
В начале июля азиатская перелётная саранча, поднявшаяся из тростниковых зарослей дельты, повредила посевы люцерны и бахчи на площади около 12 тысяч гектаров у сёл Бакбакты и Баканас. Очаги саранчи выявлены ещё в трёх районах области; авиаобработку ведут вертолёты, присланные из Алматы.
16 июля в дельте Или загорелись тростники. Огонь, раздуваемый ветром, трое суток шёл по заболоченным берегам и остановился в двух километрах от села Караой. Сгорели две зимовки чабанов и около 200 тонн заготовленного сена, людей с дальних точек вывозили на лодках.
Тем временем на Капшагайском водохранилище рыбаки выловили тысячи погибших сазанов и лещей. Мёртвую рыбу прибивает к пляжам у города Капшагай, куда по выходным приезжают отдыхать жители Алматы. Специалисты областного управления природных ресурсов связывают замор с жарой и низким уровнем воды. В Балхашском районе создан оперативный штаб, жителей отдалённых зимовок попросили до конца лета не выжигать сухую траву, а рыбакам Капшагая запретили продавать выловленную мёртвую рыбу.
Учёные из Алматы напоминают, что почти три четверти стока Или формируется в Синьцзян-Уйгурском автономном районе Китая, где в последние годы быстро растут площади орошаемых земель. Если забор воды будет расти, Балхаш может повторить судьбу Аральского моря, предупреждают они. Казахстан и Китай ведут переговоры о разделе вод трансграничных рек с 1999 года.
В Балхаше, на карагандинском берегу озера, рыбаки пока гибели рыбы не отмечают.""",
     ann=[
        ('Или', 0, 'facility', 'Ili River', N, {'subkind': 'river', 'note': 'headline'}),
        ('АЛМАТЫ', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Балхашский район', 0, 'district', 'Balkhash District', ALR, {'note': 'district of Almaty Region; not the town of Balkhash'}),
        ('Алматинской области', 0, 'region', ALR, ALR),
        ('Или', 1, 'facility', 'Ili River', N, {'subkind': 'river'}),
        ('Талдыкоргане', 0, 'city', 'Taldykorgan', ALR, {'note': 'NI:seat of the regional akimat; Almaty Region before 2022-06-08'}),
        ('Бакбакты', 0, 'village', 'Bakbakty', ALR),
        ('Баканас', 0, 'village', 'Bakanas', ALR),
        ('трёх районах', 0, 'quantified', '3 districts', N, {'count': 3, 'unit': 'district', 'note': 'three more districts of Almaty Region; the ADM1 is known'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of helicopters'}),
        ('Или', 2, 'facility', 'Ili River', N, {'subkind': 'river', 'note': 'the Ili delta, in Balkhash district'}),
        ('Караой', 0, 'village', 'Karaoi', ALR, {'note': 'NI:reference point (the fire stopped 2 km away)'}),
        ('Капшагайском водохранилище', 0, 'facility', 'Kapshagay Reservoir', N, {'subkind': 'reservoir'}),
        ('Капшагай', 0, 'city', 'Konaev', ALR, {'note': 'Kapshagay, renamed Konaev in 2022'}),
        ('Алматы', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:residence of holiday-makers'}),
        ('Балхашском районе', 0, 'district', 'Balkhash District', ALR, {'note': 'NI:seat of an emergency headquarters'}),
        ('Капшагая', 0, 'city', 'Konaev', ALR, {'note': 'NI:residence of fishermen; Kapshagay, renamed Konaev in 2022'}),
        ('Алматы', 2, 'city', 'Almaty', 'Almaty', {'note': 'NI:residence of scientists'}),
        ('Или', 3, 'facility', 'Ili River', N, {'subkind': 'river'}),
        ('Синьцзян-Уйгурском автономном районе', 0, 'foreign', 'Xinjiang', N),
        ('Китая', 0, 'foreign', 'China', N),
        ('Балхаш', 0, 'facility', 'Lake Balkhash', N, {'subkind': 'lake', 'note': 'the lake, not the town'}),
        ('Аральского моря', 0, 'facility', 'Aral Sea', N, {'subkind': 'sea'}),
        ('Казахстан', 0, 'country', 'Kazakhstan', N),
        ('Китай', 0, 'foreign', 'China', N),
        ('Балхаше', 0, 'city', 'Balkhash', KR, {'note': 'NI:the town on the Karaganda shore; no fish kill there'}),
     ],
     inc={ALR: (3, 'locust damage near Bakbakty and Bakanas (one natural disaster for the region); reed fire in the Ili delta; fish kill on the Kapshagay reservoir at Kapshagay')}),

dict(id='p011', date='2012-03-14', lang='ru',
     event='2012 lorries with illegally cut saxaul stopped near Aiteke Bi, Kazaly district (Kyzylorda Region); drivers from Aralsk; felling in five districts and near the Barsakelmes reserve; wood from Karakalpakstan; arson of reeds and a saxaul grove near Saksaulsky, Aral district',
     text="""В Казалинском районе задержаны грузовики с саксаулом
КЫЗЫЛОРДА, 14 марта — Инспекторы лесной охраны остановили на трассе у посёлка Айтеке би два грузовика, в кузовах которых было около 18 тонн незаконно срубленного саксаула, сообщили в управлении природных ресурсов Кызылординской области. Водители, жители Аральска, заявили, что везли дрова на продажу в Кызылорду.
По словам инспекторов, саксауловые леса вокруг Аральского моря вырубают уже не первый год: с начала зимы незаконные рубки выявлены в пяти районах области, в том числе у границ заповедника «Барсакельмес». Часть дров, по данным пограничников, завозят из соседнего Каракалпакстана.
Кроме того, 9 марта неизвестные подожгли сухой тростник у посёлка Саксаульский в Аральском районе. Огонь перекинулся на саксауловую рощу, сгорело около 40 гектаров. Возбуждено уголовное дело по факту поджога.""",
     ann=[
        ('Казалинском районе', 0, 'district', 'Kazaly District', KZR, {'note': 'headline; detention of lorries (not counted)'}),
        ('КЫЗЫЛОРДА', 0, 'city', 'Kyzylorda', KZR, {'note': 'dateline'}),
        ('Айтеке би', 0, 'village', 'Aiteke Bi', KZR, {'note': 'settlement named after a person; detention (not counted)'}),
        ('Кызылординской области', 0, 'region', KZR, KZR, {'note': 'inside the name of an authority'}),
        ('Аральска', 0, 'city', 'Aral', KZR, {'note': 'NI:residence of the drivers; Russian name Aralsk'}),
        ('Кызылорду', 0, 'city', 'Kyzylorda', KZR, {'note': 'NI:destination'}),
        ('Аральского моря', 0, 'facility', 'Aral Sea', N, {'subkind': 'sea'}),
        ('пяти районах', 0, 'quantified', '5 districts', N, {'count': 5, 'unit': 'district', 'note': 'illegal felling found (not counted)'}),
        ('Барсакельмес', 0, 'facility', 'Barsakelmes Nature Reserve', KZR, {'subkind': 'nature reserve', 'note': 'name in quotation marks'}),
        ('Каракалпакстана', 0, 'foreign', 'Karakalpakstan', N, {'note': 'NI:origin of wood'}),
        ('Саксаульский', 0, 'village', 'Saksaulsky', KZR, {'note': 'settlement named after the saxaul'}),
        ('Аральском районе', 0, 'district', 'Aral District', KZR),
     ],
     inc={KZR: (1, 'arson of dry reeds that spread to a saxaul grove near Saksaulsky, 40 ha')}),

dict(id='p012', date='2017-06-15', lang='ru',
     event='2017 week in Pavlodar Region: ash dump dam of the Ekibastuz GRES-1 breached near Ekibastuz, residents of Aksu picket the akimat over the Aksu ferroalloy plant, forest fire at Lake Zhasybai in the Bayanaul national park; Soviet-era mercury pollution in Pavlodar (Irtysh, Lake Balkyldak); a 2012 request from Russia\'s Omsk Region to Astana',
     text="""Павлодарская область: прорыв золоотвала, пикет в Аксу и пожар в Баянаульском парке
ПАВЛОДАР, 15 июня — Три происшествия за одну неделю заставили экологов Павлодарской области заговорить о «чёрном июне».
В ночь на 12 июня у Экибастуза прорвало дамбу золоотвала Экибастузской ГРЭС-1. Поток золы с водой залил около 40 гектаров пастбищ и часть дачного массива к северу от города. Пострадавших нет, но дачники говорят, что вода в их колодцах стала непригодной. По словам представителя станции, трещину в дамбе заметили ещё весной, но ремонт отложили до осени. Теперь станция обещает восстановить дамбу за две недели. Жители соседнего посёлка Солнечный опасаются, что зола попадёт и в канал имени Сатпаева. Департамент экологии по Павлодарской области начал проверку.
13 июня около ста жителей Аксу вышли с плакатами к городскому акимату. Они требуют установить новые фильтры на Аксуском заводе ферросплавов: по словам горожан, зимой снег в городе бывает серым от пыли. Заместитель акима Аксу Ерлан Каримов пообещал создать рабочую группу.
В понедельник в Баянаульском национальном парке загорелся сосновый лес у озера Жасыбай. Огонь, который, по предварительной версии, возник из-за непотушенного костра туристов, уничтожил около 15 гектаров. Тушить пожар помогали пожарные из Экибастуза и Майкаина.
Неделя совпала с публикацией отчёта о ртутном загрязнении северной промзоны Павлодара. В советское время здесь работал химический завод, производивший хлор и каустическую соду; ртуть из его цехов до сих пор находят в грунтовых водах в нескольких километрах от Иртыша и у озера Балкылдак. В 2012 году Омская область России уже запрашивала у Астаны данные о возможном попадании ртути в реку.""",
     ann=[
        ('Павлодарская область', 0, 'region', PR, PR, {'note': 'headline'}),
        ('Аксу', 0, 'city', 'Aksu', PR, {'note': 'headline'}),
        ('Баянаульском парке', 0, 'facility', 'Bayanaul National Park', PR, {'subkind': 'national park', 'note': 'headline'}),
        ('ПАВЛОДАР', 0, 'city', 'Pavlodar', PR, {'note': 'dateline'}),
        ('Павлодарской области', 0, 'region', PR, PR),
        ('Экибастуза', 0, 'city', 'Ekibastuz', PR),
        ('Экибастузской ГРЭС-1', 0, 'facility', 'Ekibastuz GRES-1', PR, {'subkind': 'power station'}),
        ('Солнечный', 0, 'village', 'Solnechny', PR, {'note': 'NI:residence'}),
        ('канал имени Сатпаева', 0, 'facility', 'Satpayev Canal', N, {'subkind': 'canal', 'note': 'canal named after a person, not the town of Satpayev; crosses Pavlodar and Karaganda regions'}),
        ('Павлодарской области', 1, 'region', PR, PR, {'note': 'inside the name of an authority'}),
        ('Аксу', 1, 'city', 'Aksu', PR),
        ('Аксуском заводе ферросплавов', 0, 'facility', 'Aksu Ferroalloy Plant', PR, {'subkind': 'plant'}),
        ('Аксу', 2, 'city', 'Aksu', PR, {'note': 'inside the name of an official post'}),
        ('Баянаульском национальном парке', 0, 'facility', 'Bayanaul National Park', PR, {'subkind': 'national park'}),
        ('Жасыбай', 0, 'facility', 'Lake Zhasybai', N, {'subkind': 'lake'}),
        ('Экибастуза', 1, 'city', 'Ekibastuz', PR, {'note': 'NI:origin of firefighters'}),
        ('Майкаина', 0, 'village', 'Maikain', PR, {'note': 'NI:origin of firefighters'}),
        ('Павлодара', 0, 'city', 'Pavlodar', PR, {'note': 'NI:chronic pollution (not counted)'}),
        ('Иртыша', 0, 'facility', 'Irtysh River', N, {'subkind': 'river'}),
        ('Балкылдак', 0, 'facility', 'Lake Balkyldak', N, {'subkind': 'lake'}),
        ('Омская область', 0, 'foreign', 'Omsk Oblast', N),
        ('России', 0, 'foreign', 'Russia', N),
        ('Астаны', 0, 'city', 'Astana', 'Astana', {'note': 'NI:the government addressed (metonymy)'}),
     ],
     inc={PR: (3, 'ash dump dam breach at the Ekibastuz GRES-1 flooding 40 ha; picket of about 100 residents at the Aksu akimat; forest fire of 15 ha at Lake Zhasybai in the Bayanaul park')}),

dict(id='p013', date='2020-08-05', lang='ru',
     event='2020 protest of residents at the Taldykol lakes in Esil district of Nur-Sultan against their filling; about 200 dead ducks and gulls found there a week earlier; migrating birds bound for the Korgalzhyn reserve and Lake Tengiz (Akmola Region); Tselinograd in a historical remark',
     text="""Горожане вступились за озёра Талдыколь в Нур-Султане
НУР-СУЛТАН, 5 августа — Около 60 жителей столицы в среду вышли на берег системы озёр Талдыколь в Есильском районе, протестуя против засыпки водоёмов под строительство жилого квартала. Участники акции держали плакаты «Озёра — не пустырь» и собирали подписи под обращением к акиму города.
За неделю до этого активисты нашли на берегу одного из озёр около 200 мёртвых уток и чаек. Лабораторию департамента экологии попросили установить причину гибели птиц, результатов пока нет.
Орнитологи напоминают, что озёра существовали ещё во времена Целинограда и остаются одним из последних мест на левом берегу Есиля, где отдыхают перелётные птицы, летящие с озёр Северо-Казахстанской области к Коргалжынскому заповеднику в Акмолинской области. Там, на озере Тенгиз, находится самое северное в мире гнездовье розовых фламинго.
В акимате Нур-Султана заявили, что засыпаются только технические отстойники бывшей ТЭЦ, а основные озёра сохранят.""",
     ann=[
        ('Талдыколь', 0, 'facility', 'Taldykol Lakes', N, {'subkind': 'lake', 'note': 'headline; lakes inside the capital'}),
        ('Нур-Султане', 0, 'city', 'Astana', 'Astana', {'note': 'headline; the capital named Nur-Sultan 2019-2022'}),
        ('НУР-СУЛТАН', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Талдыколь', 1, 'facility', 'Taldykol Lakes', N, {'subkind': 'lake'}),
        ('Есильском районе', 0, 'district', 'Esil District (Astana)', 'Astana', {'subkind': 'city district', 'note': 'district of the capital; not Esil district of Akmola or North Kazakhstan Region'}),
        ('Целинограда', 0, 'city', 'Astana', 'Astana', {'note': 'NI:Soviet-era name of the capital (1961-1992)'}),
        ('Есиля', 0, 'facility', 'Yesil River', N, {'subkind': 'river'}),
        ('Северо-Казахстанской области', 0, 'region', NKR, NKR, {'note': 'NI:origin of migrating birds'}),
        ('Коргалжынскому заповеднику', 0, 'facility', 'Korgalzhyn Nature Reserve', AKR, {'subkind': 'nature reserve', 'note': 'NI:destination of migrating birds'}),
        ('Акмолинской области', 0, 'region', AKR, AKR, {'note': 'NI:location of the reserve'}),
        ('Тенгиз', 0, 'facility', 'Lake Tengiz', N, {'subkind': 'lake'}),
        ('Нур-Султана', 0, 'city', 'Astana', 'Astana', {'note': 'inside the name of an authority'}),
     ],
     inc={'Astana': (2, 'protest of about 60 residents at the Taldykol lakes; about 200 dead ducks and gulls found on the shore a week earlier')}),

dict(id='p014', date='2022-08-18', lang='ru',
     event='2022 picket of Zhezkazgan residents at the akimat of the new Ulytau Region over emissions of the Zhezkazgan copper smelter; the city in Karaganda Region until June; steppe fire north of the village of Ulytau in Ulytau district; firefighters from Satpayev and Zhezkazgan',
     text="""Жители Жезказгана пикетировали акимат из-за выбросов медеплавильного завода
ЖЕЗКАЗГАН, 18 августа — Около 40 жителей Жезказгана в четверг собрались у здания акимата Улытауской области, созданной 8 июня, и потребовали независимой проверки выбросов Жезказганского медеплавильного завода. По словам горожан, в безветренные вечера над кварталами у завода стоит едкий запах сернистого газа.
Аким области пообещал, что мобильная лаборатория начнёт замеры уже на следующей неделе. До июня город входил в Карагандинскую область, и, как говорят активисты, жалобы из Жезказгана годами терялись в Караганде.
Тем временем в Улытауском районе третий день тушат степной пожар. По данным департамента по чрезвычайным ситуациям, огонь прошёл около 1 200 гектаров пастбищ к северу от села Улытау. К тушению привлечены пожарные из Сатпаева и Жезказгана.""",
     ann=[
        ('Жезказгана', 0, 'city', 'Zhezkazgan', UR, {'note': 'headline; Ulytau Region since 2022-06-08'}),
        ('ЖЕЗКАЗГАН', 0, 'city', 'Zhezkazgan', UR, {'note': 'dateline'}),
        ('Жезказгана', 1, 'city', 'Zhezkazgan', UR, {'note': 'residence of the protesters; the picket is in the city'}),
        ('Улытауской области', 0, 'region', UR, UR, {'note': 'inside the name of an authority (akimat)'}),
        ('Жезказганского медеплавильного завода', 0, 'facility', 'Zhezkazgan Copper Smelter', UR, {'subkind': 'plant', 'note': 'chronic emissions (not counted)'}),
        ('Карагандинскую область', 0, 'region', KR, KR, {'note': 'NI:former unit of the city'}),
        ('Жезказгана', 2, 'city', 'Zhezkazgan', UR, {'note': 'NI:origin of complaints'}),
        ('Караганде', 0, 'city', 'Karaganda', KR, {'note': 'NI:former regional seat'}),
        ('Улытауском районе', 0, 'district', 'Ulytau District', UR),
        ('Улытау', 0, 'village', 'Ulytau', UR, {'note': 'NI:reference point; village, not the district or the region'}),
        ('Сатпаева', 0, 'city', 'Satpayev', UR, {'note': 'NI:origin of firefighters'}),
        ('Жезказгана', 3, 'city', 'Zhezkazgan', UR, {'note': 'NI:origin of firefighters'}),
     ],
     inc={UR: (2, 'picket of about 40 residents at the Ulytau regional akimat in Zhezkazgan; steppe fire of about 1,200 ha in Ulytau district')}),

dict(id='p015', date='2001-05-23', lang='ru',
     event='2001 shoot-out between fish inspectors and sturgeon poachers on the Ural near Makhambet (Atyrau Region); caviar bound for Astrakhan (Russia); Guryev, the Soviet name of Atyrau; "на Урале" read as the river, not the Urals',
     text="""Перестрелка с браконьерами на Урале
АТЫРАУ, 23 мая — Сотрудники рыбоохраны в ночь на вторник вступили в перестрелку с браконьерами на реке Урал у села Махамбет, сообщили в управлении внутренних дел Атырауской области. Браконьеры на двух моторных лодках открыли огонь, когда инспекторы попытались их остановить. Один из нарушителей ранен, двое задержаны, третьему удалось скрыться.
В лодках нашли около 300 килограммов осетровых и 20 килограммов чёрной икры. По данным следствия, икру собирались переправить в Астрахань.
Урал остаётся последней рекой Каспия, где осётр нерестится без плотин. В советское время, когда Атырау ещё назывался Гурьевом, здесь ежегодно вылавливали тысячи тонн осетровых. Сейчас, по оценке рыбоохраны, уловы сократились в десятки раз, а браконьерский промысел в дельте Урала стал по-настоящему организованным.""",
     ann=[
        ('Урале', 0, 'facility', 'Ural River', N, {'subkind': 'river', 'note': 'headline; "на Урале" could be read as the Urals in Russia; the text is about the river'}),
        ('АТЫРАУ', 0, 'city', 'Atyrau', ATR, {'note': 'dateline'}),
        ('Урал', 0, 'facility', 'Ural River', N, {'subkind': 'river'}),
        ('Махамбет', 0, 'village', 'Makhambet', ATR),
        ('Атырауской области', 0, 'region', ATR, ATR, {'note': 'inside the name of an authority'}),
        ('Астрахань', 0, 'foreign', 'Astrakhan', N, {'note': 'NI:destination of the caviar'}),
        ('Урал', 1, 'facility', 'Ural River', N, {'subkind': 'river'}),
        ('Каспия', 0, 'facility', 'Caspian Sea', N, {'subkind': 'sea'}),
        ('Атырау', 0, 'city', 'Atyrau', ATR, {'note': 'NI:background'}),
        ('Гурьевом', 0, 'city', 'Atyrau', ATR, {'note': 'NI:Soviet-era name Guryev'}),
        ('Урала', 0, 'facility', 'Ural River', N, {'subkind': 'river', 'note': 'the Ural delta'}),
     ],
     inc={ATR: (1, 'shoot-out between fish inspectors and poachers on the Ural near Makhambet, one poacher wounded')}),

dict(id='p016', date='2026-04-14', lang='ru',
     event='2026 rally of residents of Auezov district of Almaty at the coal-fired CHP-2 (Almaty); fish kill in the Sorbulak storage lake in Ili district (Almaty Region); ecologists from Konaev',
     text="""Алматинцы вышли на митинг против угольной ТЭЦ-2, на Сорбулаке — замор рыбы
АЛМАТЫ, 14 апреля — Около 80 жителей Ауэзовского района провели в субботу согласованный митинг в сквере у ТЭЦ-2, требуя ускорить перевод станции с угля на газ. По словам участников, зимой в микрорайонах у станции «невозможно открыть окно». В акимате Алматы напомнили, что перевод ТЭЦ-2 на газ должен завершиться в 2027 году.
В тот же день рыбаки сообщили о массовой гибели рыбы на накопителе Сорбулак в Илийском районе Алматинской области, куда десятилетиями сбрасывают очищенные стоки города. Вдоль северного берега, по их словам, лежат тонны мёртвых карасей и сазанов. Департамент экологии Алматинской области взял пробы воды; специалисты связывают замор с резким потеплением и нехваткой кислорода после таяния льда.
Экологи из Конаева отмечают, что это уже третий случай за пять лет.""",
     ann=[
        ('ТЭЦ-2', 0, 'facility', 'Almaty CHP-2', 'Almaty', {'subkind': 'power station', 'note': 'headline'}),
        ('Сорбулаке', 0, 'facility', 'Sorbulak', N, {'subkind': 'lake', 'note': 'headline; storage lake for treated sewage, in Ili district of Almaty Region'}),
        ('АЛМАТЫ', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Ауэзовского района', 0, 'district', 'Auezov District (Almaty)', 'Almaty', {'subkind': 'city district'}),
        ('ТЭЦ-2', 1, 'facility', 'Almaty CHP-2', 'Almaty', {'subkind': 'power station'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'inside the name of an authority (akimat)'}),
        ('ТЭЦ-2', 2, 'facility', 'Almaty CHP-2', 'Almaty', {'subkind': 'power station'}),
        ('Сорбулак', 0, 'facility', 'Sorbulak', N, {'subkind': 'lake'}),
        ('Илийском районе', 0, 'district', 'Ili District', ALR),
        ('Алматинской области', 0, 'region', ALR, ALR),
        ('Алматинской области', 1, 'region', ALR, ALR, {'note': 'inside the name of an authority'}),
        ('Конаева', 0, 'city', 'Konaev', ALR, {'note': 'NI:residence of ecologists'}),
     ],
     inc={'Almaty': (1, 'rally of about 80 residents at the CHP-2 in Auezov district'),
          ALR: (1, 'fish kill in the Sorbulak storage lake, Ili district')}),
]
