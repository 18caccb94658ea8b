"""Russian texts of the forty-seventh unseen check corpus."""
N = None
SKR, TR, SH = 'South Kazakhstan Region', 'Turkistan Region', 'Shymkent'
AR, JR, ALA = 'Almaty Region', 'Jetisu Region', 'Almaty'
EKR, ABR = 'East Kazakhstan Region', 'Abai Region'
KR, UR = 'Karaganda Region', 'Ulytau Region'
JAM, KZO, AST = 'Jambyl Region', 'Kyzylorda Region', 'Astana'
PR, AKR, KOR = 'Pavlodar Region', 'Akmola Region', 'Kostanay Region'

DOCS = [
dict(id='p009', date='2018-06-05', lang='ru',
     event='2018 (two weeks before the reform) grass and juniper fire in the Aksu-Zhabagly reserve (Tulkubas district), a protest over water cuts in Shymkent and a teenager drowned in the Arys at Arys, all South Kazakhstan Region; helicopter from Taraz; heat warning in five regions',
     text="""Пожар в заповеднике Аксу-Жабаглы и жара в Шымкенте: жители вышли на улицу из-за воды
ШЫМКЕНТ, 5 июня (КазТАГ) — Около 40 гектаров травы и арчовника выгорело на склонах Таласского Алатау в заповеднике Аксу-Жабаглы в Тюлькубасском районе Южно-Казахстанской области, сообщили во вторник в департаменте по чрезвычайным ситуациям области. Огонь, который, по предварительным данным, вызвала молния во время сухой грозы, бушевал два дня и был потушен в понедельник вечером. Пострадавших нет.
В тушении участвовали 120 человек: инспекторы заповедника, пожарные из Шымкента и из районного центра — села Турара Рыскулова, а также жители села Жабаглы. Вертолёт «Казавиаспаса» прилетел из Тараза и сбрасывал на склоны воду, которую набирал в реке Аксу.
Сам Шымкент третий день изнывает от жары: в понедельник столбик термометра поднялся до 43 градусов. В микрорайоне Нурсат воду на верхние этажи подают лишь по три часа в сутки, и вечером около 150 жителей перекрыли улицу Байтурсынова, требуя встречи с руководством города. Через час к ним приехал заместитель акима Шымкента, и люди разошлись. В водоканале объясняют перебои тем, что насосы не справляются с нагрузкой.
В воскресенье в Арыси в реке Арысь утонул 14-летний подросток, купавшийся с друзьями в необорудованном месте. Спасатели нашли его тело через два часа в полукилометре ниже по течению реки.
Казгидромет объявил штормовое предупреждение: жара до 45 градусов сохранится до конца недели в пяти областях юга и запада страны. Врачи советуют не выходить на улицу с полудня до пяти часов вечера, а в Кентау и Туркестане акиматы открыли пункты с бесплатной питьевой водой.""",
     ann=[
        ('Аксу-Жабаглы', 0, 'facility', 'Aksu-Zhabagly nature reserve', SKR, {'subkind': 'nature reserve', 'note': 'headline; the generic "заповеднике" precedes the name and is left out'}),
        ('Шымкенте', 0, 'city', 'Shymkent', SKR, {'note': 'headline; South Kazakhstan Region until 2018-06-19'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', SKR, {'note': 'dateline'}),
        ('Таласского Алатау', 0, 'facility', 'Talas Alatau', N, {'subkind': 'mountain range'}),
        ('Аксу-Жабаглы', 1, 'facility', 'Aksu-Zhabagly nature reserve', SKR, {'subkind': 'nature reserve'}),
        ('Тюлькубасском районе', 0, 'district', 'Tulkubas District', SKR),
        ('Южно-Казахстанской области', 0, 'region', SKR, SKR),
        ('Шымкента', 0, 'city', 'Shymkent', SKR, {'note': 'NI:origin of firefighters'}),
        ('Турара Рыскулова', 0, 'village', 'Turar Ryskulov', SKR, {'note': 'NI:origin of firefighters; district centre named after a person'}),
        ('Жабаглы', 2, 'village', 'Zhabagly', SKR, {'note': 'NI:origin of volunteers'}),
        ('Тараза', 0, 'city', 'Taraz', JAM, {'note': 'NI:origin of a helicopter'}),
        ('Аксу', 2, 'facility', 'Aksu River (Turkistan Region)', N, {'subkind': 'river', 'note': 'the river the reserve is named after; a common name'}),
        ('Шымкент', 0, 'city', 'Shymkent', SKR, {'note': 'heat, not an incident'}),
        ('Нурсат', 0, 'district', 'Nursat (Shymkent)', SKR, {'subkind': 'microdistrict'}),
        ('улицу Байтурсынова', 0, 'facility', 'Baitursynov Street (Shymkent)', SKR, {'subkind': 'street', 'note': 'street named after a person; the generic is part of the street name'}),
        ('Шымкента', 1, 'city', 'Shymkent', SKR, {'note': 'inside the title of an official (deputy akim)'}),
        ('Арыси', 0, 'city', 'Arys', SKR),
        ('Арысь', 0, 'facility', 'Arys River', N, {'subkind': 'river', 'note': 'the river, next to the town of the same name'}),
        ('пяти областях', 0, 'quantified', '5 regions', N, {'count': 5, 'unit': 'region', 'note': 'heat warning; not incidents'}),
        ('Кентау', 0, 'city', 'Kentau', SKR, {'note': 'NI:drinking water points'}),
        ('Туркестане', 0, 'city', 'Turkistan', SKR, {'note': 'NI:drinking water points; the town, South Kazakhstan Region until 2018-06-19'}),
     ],
     inc={SKR: (3, 'grass and juniper fire in the Aksu-Zhabagly reserve (Tulkubas district); residents blocked Baitursynov Street in Shymkent over water cuts; a teenager drowned in the Arys at Arys')}),

dict(id='p010', date='2018-07-03', lang='ru',
     event='2018 mudflow in Tolebi district floods 27 yards in Kaskasu and Maibulak (Turkistan Region, two weeks after the renaming) and a downpour floods an underpass and streets in Enbekshi district of Shymkent (a city of republican significance)',
     text="""Сель сошёл в Толебийском районе, в Шымкенте ливень затопил улицы
ШЫМКЕНТ, 3 июля (Казинформ) — Грязекаменный поток после сильного ливня сошёл в понедельник вечером по руслу реки Каскасу в Толебийском районе Туркестанской области и подтопил 27 дворов в сёлах Каскасу и Майбулак, сообщили в департаменте по чрезвычайным ситуациям области. Пострадавших нет, жителей 12 домов временно разместили в школе.
По данным департамента, подтопления зафиксированы в двух районах области. Это первое крупное ЧС в регионе с 19 июня, когда Южно-Казахстанскую область переименовали в Туркестанскую, а Шымкент получил статус города республиканского значения.
В самом Шымкенте за час выпала месячная норма осадков. Вода затопила подземный переход на проспекте Тауке хана и несколько улиц в Енбекшинском районе, в частном секторе обрушилась крыша сарая. Коммунальщики откачивали воду до утра.
Спасатели предупреждают о селевой опасности в горах Толебийского, Тюлькубасского и Казыгуртского районов до конца недели.""",
     ann=[
        ('Толебийском районе', 0, 'district', 'Tolebi District', TR, {'note': 'headline'}),
        ('Шымкенте', 0, 'city', 'Shymkent', SH, {'note': 'headline'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', SH, {'note': 'dateline'}),
        ('Каскасу', 0, 'facility', 'Kaskasu River', N, {'subkind': 'river'}),
        ('Толебийском районе', 1, 'district', 'Tolebi District', TR),
        ('Туркестанской области', 0, 'region', TR, TR),
        ('Каскасу', 1, 'village', 'Kaskasu', TR, {'note': 'the village, named like the river'}),
        ('Майбулак', 0, 'village', 'Maibulak', TR),
        ('двух районах', 0, 'quantified', '2 districts', N, {'count': 2, 'unit': 'district', 'note': 'flooding in two districts of Turkistan Region; part of the same mudflow and downpour'}),
        ('Южно-Казахстанскую область', 0, 'region', TR, TR, {'uncertain': True, 'note': 'the former name of the region, renamed on 2018-06-19; labelled with the unit in force on the article date'}),
        ('Туркестанскую', 0, 'region', TR, TR, {'note': 'head noun "область" elided'}),
        ('Шымкент', 0, 'city', 'Shymkent', SH, {'note': 'NI:change of status'}),
        ('Шымкенте', 1, 'city', 'Shymkent', SH),
        ('проспекте Тауке хана', 0, 'facility', 'Tauke Khan Avenue (Shymkent)', SH, {'subkind': 'street', 'note': 'avenue named after a khan'}),
        ('Енбекшинском районе', 0, 'district', 'Enbekshi District (Shymkent)', SH, {'subkind': 'city district'}),
        ('Толебийского', 0, 'district', 'Tolebi District', TR, {'note': 'NI:warning; in a list sharing "районов"'}),
        ('Тюлькубасского', 0, 'district', 'Tulkubas District', TR, {'note': 'NI:warning; in a list sharing "районов"'}),
        ('Казыгуртского', 0, 'district', 'Kazygurt District', TR, {'note': 'NI:warning; in a list sharing "районов"'}),
     ],
     inc={TR: (1, 'mudflow on the Kaskasu river flooding 27 yards in Kaskasu and Maibulak, Tolebi district (flooding in two districts, one event)'),
          SH: (1, 'downpour flooding an underpass on Tauke Khan Avenue and streets in Enbekshi district, a shed roof collapsed')}),

dict(id='p011', date='2022-05-25', lang='ru',
     event='2022 (two weeks before the split) steppe fire of 5,000 ha in Ayagoz district near Barshatas and a fire near Makanchi in Urzhar district, East Kazakhstan Region; the planned Abai Region with Semey',
     text="""Степной пожар в Аягозском районе остановили у села Баршатас
УСТЬ-КАМЕНОГОРСК, 25 мая (Tengrinews.kz) — Около 5 тысяч гектаров степи выгорело в Аягозском районе Восточно-Казахстанской области, огонь остановили в двух километрах от села Баршатас, сообщили в среду в департаменте по чрезвычайным ситуациям ВКО. Сгорели три зимовки и около 200 тонн сена, люди не пострадали.
Пожар почти сутки тушили 90 человек — пожарные из Аягоза и Семея и добровольцы, с воздуха очаги искал самолёт Ан-2 из Усть-Каменогорска. Во вторник ещё один пожар уничтожил 300 гектаров пастбищ возле села Маканчи в Урджарском районе.
С 8 июня Аягозский и Урджарский районы вместе с Семеем войдут в новую Абайскую область. В департаменте отмечают, что с начала мая в регионе произошло 23 степных пожара, большинство из них — из-за весенних палов травы.""",
     ann=[
        ('Аягозском районе', 0, 'district', 'Ayagoz District', EKR, {'note': 'headline; East Kazakhstan Region until 2022-06-08'}),
        ('Баршатас', 0, 'village', 'Barshatas', EKR, {'note': 'NI:headline; reference point'}),
        ('УСТЬ-КАМЕНОГОРСК', 0, 'city', 'Oskemen', EKR, {'note': 'dateline'}),
        ('Аягозском районе', 1, 'district', 'Ayagoz District', EKR),
        ('Восточно-Казахстанской области', 0, 'region', EKR, EKR),
        ('Баршатас', 1, 'village', 'Barshatas', EKR, {'note': 'NI:reference point ("в двух километрах от")'}),
        ('ВКО', 0, 'region', EKR, EKR, {'note': 'abbreviation of East Kazakhstan Region, inside the name of an authority'}),
        ('Аягоза', 0, 'city', 'Ayagoz', EKR, {'note': 'NI:origin of firefighters'}),
        ('Семея', 0, 'city', 'Semey', EKR, {'note': 'NI:origin of firefighters; East Kazakhstan Region until 2022-06-08'}),
        ('Усть-Каменогорска', 0, 'city', 'Oskemen', EKR, {'note': 'NI:origin of a plane'}),
        ('Маканчи', 0, 'village', 'Makanchi', EKR),
        ('Урджарском районе', 0, 'district', 'Urzhar District', EKR),
        ('Аягозский', 0, 'district', 'Ayagoz District', EKR, {'note': 'NI:planned transfer; in a list sharing "районы"'}),
        ('Урджарский', 0, 'district', 'Urzhar District', EKR, {'note': 'NI:planned transfer; in a list sharing "районы"'}),
        ('Семеем', 0, 'city', 'Semey', EKR, {'note': 'NI:planned transfer'}),
        ('Абайскую область', 0, 'region', EKR, EKR, {'uncertain': True, 'note': 'NI:Abai Region, decreed but in force only from 2022-06-08; on the article date its land is East Kazakhstan Region'}),
     ],
     inc={EKR: (2, 'steppe fire of 5,000 ha in Ayagoz district stopped 2 km from Barshatas; fire of 300 ha near Makanchi, Urzhar district; the 23 fires since May are a statistic')}),

dict(id='p012', date='2022-08-16', lang='ru',
     event='2022 ministry weekly fire summary two months after the split: forest fire in the Semey Ormany reserve (Beskaragai district) and a steppe fire on the former Semipalatinsk test site near Kurchatov (Abai Region), a pasture fire near Kyzylzhar (Ulytau district, Ulytau Region), reeds burning on the Karatal near Ushtobe (Jetisu Region); fire regime in all regions; relief from Pavlodar, Karaganda and East Kazakhstan Region',
     text="""МЧС: крупнейшие пожары недели — в Абайской и Улытауской областях
НУР-СУЛТАН, 16 августа (Интерфакс-Казахстан) — За неделю в Казахстане зарегистрировано 86 лесных и степных пожаров на площади более 12 тысяч гектаров, сообщили во вторник в Министерстве по чрезвычайным ситуациям. Особый противопожарный режим действует во всех областях.
Крупнейший пожар произошёл в Бескарагайском районе Абайской области, созданной два месяца назад: в субботу от удара молнии загорелся ленточный бор у села Долонь. Огонь охватил 900 гектаров леса на территории резервата «Семей орманы» и был локализован в понедельник. На помощь местным пожарным прибыли пожарный поезд из Павлодара и два самолёта Ан-2 из Караганды, а из соседней Восточно-Казахстанской области направили 60 спасателей.
А в воскресенье в той же области горела степь на территории бывшего Семипалатинского испытательного полигона, примерно в 30 км от Курчатова. Огонь прошёл 2,5 тысячи гектаров; по словам спасателей, радиационный фон в норме.
В Улытауской области пожар уничтожил 3,2 тысячи гектаров пастбищ в Улытауском районе возле села Кызылжар, сгорели две зимовки. Его тушили почти сутки пожарные из Жезказгана и Сатпаева.
В Жетысуской области горели камыши в пойме реки Каратал у Уштобе. Пожар площадью около 400 гектаров не дошёл до жилых домов, но дым из поймы два дня стоял над городом, и жители жаловались на запах гари.
По данным министерства, почти половина пожаров за неделю возникла по вине людей: туристов, рыбаков и фермеров, которые выжигают стерню после уборки урожая. Казгидромет предупредил о чрезвычайной пожарной опасности в ближайшие дни на юге Абайской, в Карагандинской и Улытауской областях.""",
     ann=[
        ('Абайской', 0, 'region', ABR, ABR, {'note': 'headline; in a list sharing "областях"'}),
        ('Улытауской', 0, 'region', UR, UR, {'note': 'headline; in a list sharing "областях"'}),
        ('НУР-СУЛТАН', 0, 'city', 'Astana', AST, {'note': 'dateline; the capital was called Nur-Sultan until 2022-09-17'}),
        ('Казахстане', 0, 'country', 'Kazakhstan', N),
        ('всех областях', 0, 'quantified', 'all regions', N, {'count': None, 'unit': 'region', 'quantifier': 'all', 'note': 'special fire regime; an official measure, not incidents'}),
        ('Бескарагайском районе', 0, 'district', 'Beskaragai District', ABR),
        ('Абайской области', 0, 'region', ABR, ABR),
        ('Долонь', 0, 'village', 'Dolon', ABR),
        ('Семей орманы', 0, 'facility', 'Semey Ormany nature reserve', ABR, {'subkind': 'nature reserve', 'note': 'name inside quotation marks'}),
        ('Павлодара', 0, 'city', 'Pavlodar', PR, {'note': 'NI:origin of a fire train'}),
        ('Караганды', 0, 'city', 'Karaganda', KR, {'note': 'NI:origin of planes'}),
        ('Восточно-Казахстанской области', 0, 'region', EKR, EKR, {'note': 'NI:origin of rescuers; the former unit of the land'}),
        ('Семипалатинского испытательного полигона', 0, 'facility', 'Semipalatinsk Test Site', N, {'subkind': 'test site', 'note': 'the former nuclear test site, on the land of several regions; adm1 null'}),
        ('Курчатова', 0, 'city', 'Kurchatov', ABR, {'note': 'NI:reference point ("в 30 км от")'}),
        ('Улытауской области', 0, 'region', UR, UR),
        ('Улытауском районе', 0, 'district', 'Ulytau District', UR),
        ('Кызылжар', 0, 'village', 'Kyzylzhar (Ulytau district)', UR, {'note': 'a village of Ulytau district, not Kyzylzhar District of North Kazakhstan Region'}),
        ('Жезказгана', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:origin of firefighters'}),
        ('Сатпаева', 0, 'city', 'Satpayev', UR, {'note': 'NI:origin of firefighters'}),
        ('Жетысуской области', 0, 'region', JR, JR),
        ('Каратал', 0, 'facility', 'Karatal River', N, {'subkind': 'river'}),
        ('Уштобе', 0, 'city', 'Ushtobe', JR, {'note': 'Almaty Region until 2022-06-08'}),
        ('Абайской', 2, 'region', ABR, ABR, {'note': 'NI:fire danger warning; in a list sharing "областях"'}),
        ('Карагандинской', 0, 'region', KR, KR, {'note': 'NI:fire danger warning; in a list sharing "областях"'}),
        ('Улытауской', 2, 'region', UR, UR, {'note': 'NI:fire danger warning; in a list sharing "областях"'}),
     ],
     inc={ABR: (2, 'forest fire of 900 ha in the Semey Ormany reserve near Dolon, Beskaragai district; steppe fire of 2,500 ha on the former test site about 30 km from Kurchatov'),
          UR: (1, 'pasture fire of 3,200 ha near Kyzylzhar, Ulytau district, two winter huts burnt'),
          JR: (1, 'reed fire of about 400 ha in the Karatal floodplain near Ushtobe'),
          }),

dict(id='p013', date='1994-04-19', lang='ru',
     event='1994 spring flood on the Kara-Kengir below the Kengir reservoir floods 60 houses in Zhezkazgan, cellars in Satpayev (the former Nikolsky) and a road in Ulytau district, in Zhezkazgan region (abolished 1997; Karaganda Region land before 2022); helicopter from Karaganda',
     text="""Паводок в Жезказганской области: Кара-Кенгир затопил окраину Жезказгана
ЖЕЗКАЗГАН, 19 апреля (Интерфакс) — Около 60 домов и несколько сотен дачных участков подтоплены на окраине Жезказгана после того, как река Кара-Кенгир ниже Кенгирского водохранилища вышла из берегов, сообщили во вторник в областном штабе гражданской обороны. Из подтопленных домов эвакуированы 230 человек, погибших нет.
В соседнем Сатпаеве, бывшем посёлке Никольском, талая вода залила подвалы нескольких пятиэтажек. В Улытауском районе размыло грунтовую дорогу, и три отделения совхоза остались без связи с райцентром.
Из Караганды в Жезказган вылетел вертолёт с водолазами и запасом продовольствия. Уровень воды в Кенгирском водохранилище, которое снабжает водой город и медеплавильный комбинат, по словам гидрологов, ещё поднимается, и сброс воды через плотину придётся увеличить.
Жители окраины жалуются, что дамбу вдоль реки не ремонтировали с 1988 года, а у области нет денег даже на мешки для песка.""",
     ann=[
        ('Жезказганской области', 0, 'region', KR, KR, {'uncertain': True, 'note': 'headline; Zhezkazgan Region, abolished in 1997 and merged into Karaganda Region; labelled with the unit that holds its seat in the canonical layer of the date'}),
        ('Кара-Кенгир', 0, 'facility', 'Kara-Kengir River', N, {'subkind': 'river', 'note': 'headline'}),
        ('Жезказгана', 0, 'city', 'Zhezkazgan', KR, {'note': 'headline; seat of the abolished Zhezkazgan Region; Ulytau Region only from 2022'}),
        ('ЖЕЗКАЗГАН', 0, 'city', 'Zhezkazgan', KR, {'note': 'dateline'}),
        ('Жезказгана', 1, 'city', 'Zhezkazgan', KR),
        ('Кара-Кенгир', 1, 'facility', 'Kara-Kengir River', N, {'subkind': 'river'}),
        ('Кенгирского водохранилища', 0, 'facility', 'Kengir reservoir', KR, {'subkind': 'reservoir', 'note': 'NI:reference point ("ниже")'}),
        ('Сатпаеве', 0, 'city', 'Satpayev', KR),
        ('Никольском', 0, 'city', 'Satpayev', KR, {'note': 'former name of Satpayev (Nikolsky)'}),
        ('Улытауском районе', 0, 'district', 'Ulytau District', KR),
        ('Караганды', 0, 'city', 'Karaganda', KR, {'note': 'NI:origin of a helicopter'}),
        ('Жезказган', 0, 'city', 'Zhezkazgan', KR, {'note': 'NI:destination of the helicopter'}),
        ('Кенгирском водохранилище', 0, 'facility', 'Kengir reservoir', KR, {'subkind': 'reservoir', 'note': 'NI:water level'}),
     ],
     inc={KR: (1, 'spring flood of the Kara-Kengir: 60 houses in Zhezkazgan, cellars in Satpayev, a road washed out in Ulytau district; one natural disaster in Zhezkazgan region, Karaganda Region land')}),

dict(id='p014', date='2026-03-12', lang='ru',
     event='2026 magnitude 5.8 earthquake in Xinjiang cracks a school and houses in Zharkent and a chimney in Ulkenshygan (Panfilov district, Jetisu Region), felt in Almaty; not felt in Taldykorgan and Tekeli; the Nur Zholy crossing at Khorgos works',
     text="""Землетрясение в Синьцзяне ощутили в Жаркенте и Алматы
ТАЛДЫКОРГАН, 12 марта (КазТАГ) — Землетрясение магнитудой 5,8, эпицентр которого находился в Синьцзян-Уйгурском автономном районе Китая, примерно в 110 км к востоку от Жаркента, ощутили в четверг утром жители Жетысуской области и Алматы, сообщили в МЧС.
В Жаркенте сила толчков достигла 5 баллов: в стенах школы и двух жилых домов появились трещины, занятия в школе отменены до проверки здания. В селе Улкеншыган Панфиловского района обрушилась печная труба частного дома, никто не пострадал.
В Алматы толчки силой до 3 баллов почувствовали жители верхних этажей, повреждений нет. В Талдыкоргане и Текели землетрясение не ощущалось.
Пункт пропуска «Нур жолы» у Хоргоса работал в обычном режиме. Сейсмологи напоминают, что граница с Китаем проходит всего в 30 км от Жаркента, а сильные землетрясения в этом районе случаются раз в несколько десятилетий.""",
     ann=[
        ('Синьцзяне', 0, 'foreign', 'Xinjiang', N, {'note': 'headline; epicentre abroad'}),
        ('Жаркенте', 0, 'city', 'Zharkent', JR, {'note': 'headline; Almaty Region until 2022-06-08'}),
        ('Алматы', 0, 'city', 'Almaty', ALA, {'note': 'headline'}),
        ('ТАЛДЫКОРГАН', 0, 'city', 'Taldykorgan', JR, {'note': 'dateline'}),
        ('Синьцзян-Уйгурском автономном районе', 0, 'foreign', 'Xinjiang', N),
        ('Китая', 0, 'foreign', 'China', N),
        ('Жаркента', 0, 'city', 'Zharkent', JR, {'note': 'NI:reference point for the epicentre'}),
        ('Жетысуской области', 0, 'region', JR, JR),
        ('Алматы', 1, 'city', 'Almaty', ALA),
        ('Жаркенте', 1, 'city', 'Zharkent', JR),
        ('Улкеншыган', 0, 'village', 'Ulkenshygan', JR),
        ('Панфиловского района', 0, 'district', 'Panfilov District', JR),
        ('Алматы', 2, 'city', 'Almaty', ALA),
        ('Талдыкоргане', 0, 'city', 'Taldykorgan', JR, {'note': 'NI:the earthquake was not felt'}),
        ('Текели', 0, 'city', 'Tekeli', JR, {'note': 'NI:the earthquake was not felt'}),
        ('Нур жолы', 0, 'facility', 'Nur Zholy checkpoint', JR, {'subkind': 'checkpoint', 'note': 'NI:worked normally; name inside quotation marks'}),
        ('Хоргоса', 0, 'village', 'Khorgos', JR, {'note': 'NI:reference point; the Kazakh village, not the Chinese city'}),
        ('Китаем', 0, 'foreign', 'China', N),
        ('Жаркента', 1, 'city', 'Zharkent', JR, {'note': 'NI:reference point'}),
     ],
     inc={JR: (1, 'earthquake shaking Zharkent (cracks in a school and two houses) and Ulkenshygan (chimney collapsed)'),
          ALA: (1, 'earthquake felt in Almaty at up to 3 points, no damage (shaken by an earthquake, as d032 of the development corpus)')}),

dict(id='p015', date='1992-05-26', lang='ru',
     event='1992 dust storm from the dried Aral seabed tears roofs in Aralsk, two hurt, and fells poles in Kazalinsk (Kzyl-Orda region); water brought to Aralsk by rail from Kzyl-Orda',
     text="""Пыльная буря в Аральске: ветер срывал крыши, двое пострадавших
АЛМА-АТА, 26 мая (Интерфакс) — Сильная пыльная буря, поднявшая соль и песок со дна высохшего Аральского моря, накрыла в понедельник север Кзыл-Ординской области, сообщили в штабе гражданской обороны области.
В Аральске ветер скоростью до 30 метров в секунду срывал крыши и валил столбы, двое жителей получили травмы, город на несколько часов остался без электричества. В Казалинске ветром повалило десятки деревьев и опор линий связи.
Буря усугубила положение в Аральске, где уже месяц нет водопроводной воды: питьевую воду привозят в цистернах по железной дороге из Кзыл-Орды. Местные врачи связывают с солевыми бурями рост болезней горла и почек.
По данным учёных, с 1960 года уровень Арала упал более чем на 14 метров, а бывший порт Аральска оказался в десятках километров от воды.""",
     ann=[
        ('Аральске', 0, 'city', 'Aral', KZO, {'note': 'headline; Aralsk, the Russian name of Aral'}),
        ('АЛМА-АТА', 0, 'city', 'Almaty', ALA, {'note': 'dateline; the Russian Soviet name'}),
        ('Аральского моря', 0, 'facility', 'Aral Sea', N, {'subkind': 'sea'}),
        ('Кзыл-Ординской области', 0, 'region', KZO, KZO, {'note': 'old spelling of Kyzylorda Region'}),
        ('Аральске', 1, 'city', 'Aral', KZO),
        ('Казалинске', 0, 'city', 'Kazaly', KZO, {'note': 'Kazalinsk, the Russian name of Kazaly'}),
        ('Аральске', 2, 'city', 'Aral', KZO, {'note': 'water shortage, not a separate incident'}),
        ('Кзыл-Орды', 0, 'city', 'Kyzylorda', KZO, {'note': 'NI:origin of water; old spelling'}),
        ('Арала', 0, 'facility', 'Aral Sea', N, {'subkind': 'sea'}),
        ('Аральска', 0, 'city', 'Aral', KZO, {'note': 'NI:the former port of the town'}),
     ],
     inc={KZO: (1, 'dust storm tearing roofs in Aralsk (two hurt, power cut) and felling trees and poles in Kazalinsk; one natural disaster')}),

dict(id='p016', date='2015-04-07', lang='ru',
     event='2015 spring floods: the Karatal floods 200 houses at Ushtobe (Karatal district) and an ice jam on the Koksu floods 30 yards at Balpyk Bi (Almaty Region before the 2022 split), and the Ayagoz floods 45 yards in Ayagoz and washes out the Urzhar-Makanchi road (East Kazakhstan Region before the split); relief from Taldykorgan, Tekeli, Jambyl Region and Almaty; emergency regime in three districts of two regions',
     text="""Паводок на Каратале: в Уштобе подтоплены 200 домов
ТАЛДЫКОРГАН, 7 апреля (Казинформ) — Река Каратал, вздувшаяся после резкого потепления, в ночь на понедельник вышла из берегов в Каратальском районе Алматинской области и подтопила около 200 домов на окраине Уштобе, сообщили в департаменте по чрезвычайным ситуациям области. Из зоны подтопления вывезли 640 человек, их разместили в школах и в здании районного акимата. Погибших и пострадавших нет.
В соседнем Коксуском районе ледовый затор на реке Коксу у села Балпык би поднял уровень воды на полтора метра, и вода зашла во дворы 30 домов. Во вторник утром взрывники разрушили затор, вода начала медленно спадать.
В Уштобе перебросили спасателей и технику из Талдыкоргана и Текели, а также два отряда из Жамбылской области. Из Алматы вылетел вертолёт «Казавиаспаса», который облетает русла рек и следит за образованием новых заторов.
Паводок затронул и Восточно-Казахстанскую область. В Аягозе одноимённая река подтопила 45 дворов на улицах, прилегающих к руслу, а в Урджарском районе вода размыла дорогу Урджар — Маканчи, и несколько сёл на сутки остались без сообщения с районным центром.
Режим чрезвычайной ситуации местного масштаба сейчас действует в трёх районах двух областей. Синоптики ожидают, что вода в реках, стекающих с Жетысуского Алатау, поднимется ещё раз в конце апреля, когда начнётся таяние снега в горах.
Жители окраины Уштобе говорят, что дамбу на Каратале обещали укрепить ещё два года назад. «Каждую весну одно и то же: сидим на мешках и ждём, пока придёт вода», — сказала пенсионерка Галина Ким, которая живёт у реки уже сорок лет.""",
     ann=[
        ('Каратале', 0, 'facility', 'Karatal River', N, {'subkind': 'river', 'note': 'headline'}),
        ('Уштобе', 0, 'city', 'Ushtobe', AR, {'note': 'headline; Almaty Region until 2022-06-08'}),
        ('ТАЛДЫКОРГАН', 0, 'city', 'Taldykorgan', AR, {'note': 'dateline'}),
        ('Каратал', 0, 'facility', 'Karatal River', N, {'subkind': 'river'}),
        ('Каратальском районе', 0, 'district', 'Karatal District', AR),
        ('Алматинской области', 0, 'region', AR, AR),
        ('Уштобе', 1, 'city', 'Ushtobe', AR),
        ('Коксуском районе', 0, 'district', 'Koksu District', AR),
        ('Коксу', 0, 'facility', 'Koksu River', N, {'subkind': 'river'}),
        ('Балпык би', 0, 'village', 'Balpyk Bi', AR, {'note': 'district centre named after a person'}),
        ('Уштобе', 2, 'city', 'Ushtobe', AR, {'note': 'destination of relief'}),
        ('Талдыкоргана', 0, 'city', 'Taldykorgan', AR, {'note': 'NI:origin of rescuers'}),
        ('Текели', 0, 'city', 'Tekeli', AR, {'note': 'NI:origin of rescuers'}),
        ('Жамбылской области', 0, 'region', JAM, JAM, {'note': 'NI:origin of rescuers'}),
        ('Алматы', 0, 'city', 'Almaty', ALA, {'note': 'NI:origin of a helicopter'}),
        ('Восточно-Казахстанскую область', 0, 'region', EKR, EKR),
        ('Аягозе', 0, 'city', 'Ayagoz', EKR, {'note': 'East Kazakhstan Region until 2022-06-08'}),
        ('Урджарском районе', 0, 'district', 'Urzhar District', EKR),
        ('Урджар', 0, 'village', 'Urzhar', EKR, {'note': 'road endpoint; the road was washed out between the two places'}),
        ('Маканчи', 0, 'village', 'Makanchi', EKR, {'note': 'road endpoint; the road was washed out between the two places'}),
        ('трёх районах', 0, 'quantified', '3 districts', N, {'count': 3, 'unit': 'district', 'note': 'local emergency regime; an official measure, not incidents'}),
        ('двух областей', 0, 'quantified', '2 regions', N, {'count': 2, 'unit': 'region', 'note': 'local emergency regime; an official measure, not incidents'}),
        ('Жетысуского Алатау', 0, 'facility', 'Zhetysu Alatau', N, {'subkind': 'mountain range', 'note': 'natural feature; not Jetisu Region (created in 2022)'}),
        ('Уштобе', 3, 'city', 'Ushtobe', AR),
        ('Каратале', 1, 'facility', 'Karatal River', N, {'subkind': 'river'}),
     ],
     inc={AR: (1, 'spring flood: the Karatal flooded about 200 houses at Ushtobe and an ice jam on the Koksu flooded 30 yards at Balpyk Bi; one natural disaster per ADM1'),
          EKR: (1, 'the Ayagoz flooded 45 yards in Ayagoz and water washed out the Urzhar-Makanchi road')}),
]
