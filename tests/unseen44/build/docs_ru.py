"""Russian texts of the forty-fourth unseen check corpus (online and informal writing).
Annotation tuples as described in tests/build_check_corpus.py; run with --max-words=420."""
N = None
JR, ALR, KYR, TR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'Turkistan Region', 'South Kazakhstan Region'
ABR, JTR, EKR, MR, KOR = 'Abai Region', 'Jetisu Region', 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR, UR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region', 'Ulytau Region'
ATR, AR, WKR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region'

DOCS = [
dict(id='p009', date='2018-07-03', lang='ru',
     event='2018 Telegram-style daily digest two weeks after the reform: cafe fire on Baitursynov street in Shymkent (own unit) and a fatal crash near Kabanbay, Tulkubas district (Turkistan Region); the renamed region, Turkestan the new centre; channel named after the city; misspelt шимкенте; Latin Almaty; hashtags',
     text="""Главное за сутки: пожар в кафе, ДТП под Кабанбаем и министерства едут в Туркестан
ШЫМКЕНТ, 3 июля – Tengrinews.kz. Читатели нашего Telegram-канала «Шымкент онлайн» всю ночь присылали видео с улицы Байтурсынова: около двух часов ночи там загорелось кафе на первом этаже жилого дома. Огонь перекинулся на соседний магазин, пожарные тушили его почти три часа. Соседи говорят, что кафе открылось всего месяц назад. Пострадал охранник, его увезли в городскую больницу. Причиной, по предварительным данным, стало короткое замыкание, сообщили в департаменте по ЧС города Шымкента.

Утром на трассе Шымкент – Тараз у села Кабанбай в Тюлькубасском районе столкнулись «Газель» и фура. Двое погибли, ещё четверо ранены. Пассажиры «Газели» ехали из Ленгера на свадьбу в Тараз, сообщила полиция Туркестанской области.

Напомним, с 19 июня Шымкент стал городом республиканского значения, бывшая Южно-Казахстанская область называется теперь Туркестанской, а её центр переезжает в Туркестан. В комментариях читатели до сих пор спорят. «Живу в Сайрамском районе, работаю в Шымкенте, а справки теперь получать в Туркестане? Это 160 км», — пишет Алия. «в шимкенте +44, кондиционеров в магазинах уже нет», — жалуется другой подписчик.

Жители микрорайона Нурсат пишут, что по вечерам в домах нет воды. В городском водоканале обещают решить проблему до конца недели, а пока к домам подвозят воду цистернами. В Арыси, куда во вторник приезжал аким Туркестанской области, обещают отремонтировать вокзал к осени.

В субботу в Туркестане откроется выставка ко Дню столицы, гостей ждут из Астаны и Almaty. Тем, кто поедет на выставку, советуем выезжать пораньше: на трассе идёт ремонт, возможны пробки.

#Шымкент #Туркестан""",
     ann=[
        ('Кабанбаем', 0, 'village', 'Kabanbay (Tulkubas District)', TR, {'note': 'headline'}),
        ('Туркестан', 0, 'city', 'Turkistan', TR, {'note': 'NI:headline; ministries moving to the new regional centre'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'dateline'}),
        ('улицы Байтурсынова', 0, 'facility', 'Baitursynov Street (Shymkent)', 'Shymkent', {'subkind': 'street', 'note': 'street named after a person; the Telegram channel «Шымкент онлайн» is a medium and is not annotated'}),
        ('Шымкента', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'inside the name of an authority'}),
        ('Шымкент', 1, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:route endpoint'}),
        ('Тараз', 0, 'city', 'Taraz', JR, {'note': 'NI:route endpoint'}),
        ('Кабанбай', 0, 'village', 'Kabanbay (Tulkubas District)', TR),
        ('Тюлькубасском районе', 0, 'district', 'Tulkubas District', TR),
        ('Ленгера', 0, 'city', 'Lenger', TR, {'note': 'NI:origin of passengers'}),
        ('Тараз', 1, 'city', 'Taraz', JR, {'note': 'NI:destination of passengers'}),
        ('Туркестанской области', 0, 'region', TR, TR, {'note': 'inside the name of an authority'}),
        ('Шымкент', 2, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:status change'}),
        ('Южно-Казахстанская область', 0, 'region', TR, TR, {'uncertain': True, 'note': 'NI:the region renamed on 2018-06-19, named by its old name; labelled with the unit holding its land on the article date'}),
        ('Туркестанской', 1, 'region', TR, TR, {'note': 'NI:new name of the region (head noun elided)'}),
        ('Туркестан', 1, 'city', 'Turkistan', TR, {'note': 'NI:new regional centre'}),
        ('Сайрамском районе', 0, 'district', 'Sairam District', TR, {'note': "NI:reader's residence"}),
        ('Шымкенте', 0, 'city', 'Shymkent', 'Shymkent', {'note': "NI:reader's workplace"}),
        ('Туркестане', 0, 'city', 'Turkistan', TR, {'note': 'NI:seat of the regional offices'}),
        ('шимкенте', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:heat, no incident; misspelt, lower case'}),
        ('Туркестане', 1, 'city', 'Turkistan', TR, {'note': 'NI:planned exhibition'}),
        ('Нурсат', 0, 'district', 'Nursat (Shymkent)', 'Shymkent', {'subkind': 'microdistrict', 'note': 'NI:water shortage, no incident'}),
        ('Арыси', 0, 'city', 'Arys', TR, {'note': "NI:governor's visit, planned repair"}),
        ('Туркестанской области', 1, 'region', TR, TR, {'note': "NI:inside an official's title"}),
        ('Астаны', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of guests'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of guests; Latin spelling inside Russian text'}),
        ('Шымкент', 3, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:hashtag (#Шымкент)'}),
        ('Туркестан', 2, 'city', 'Turkistan', TR, {'note': 'NI:hashtag (#Туркестан)'}),
     ],
     inc={'Shymkent': (1, 'night fire in a cafe on Baitursynov street, spreading to a shop'),
          TR: (1, 'collision of a minibus and a lorry near Kabanbay, Tulkubas district, two dead')}),

dict(id='p010', date='2013-01-22', lang='ru',
     event='2013 pile-up of 11 cars in fog on the Almaty-Kapchagai road near Otegen Batyr, Ili district (Almaty Region); Latin Almaty inside Russian text; adjective «капшагайской трассе» not annotated; hashtag',
     text="""Туман на капшагайской трассе: столкнулись 11 машин
АЛМАТЫ, 22 января – KazTAG. Одиннадцать автомобилей столкнулись утром во вторник на трассе Алматы – Капчагай в густом тумане, у поворота на село Отеген батыр в Илийском районе, сообщили в департаменте внутренних дел Алматинской области.
По данным полиции, пострадали семь человек, их увезли в больницы Almaty. Погибших нет. Движение в сторону Капшагая было перекрыто почти на три часа, пробка растянулась на восемь километров.
Читатели присылают фото и видео: «видимость метров 20, ехал из Almaty на работу, впереди сплошная каша из машин», — пишет Ерлан. Другой читатель жалуется: «на этой трассе каждую зиму одно и то же, а освещения как не было, так и нет».
Синоптики Казгидромета предупреждают, что туман в Алматинской и Жамбылской областях продержится до четверга.
#Алматы #ДТП""",
     ann=[
        ('АЛМАТЫ', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:route endpoint'}),
        ('Капчагай', 0, 'city', 'Konaev', ALR, {'note': 'NI:route endpoint; old name of Konaev'}),
        ('Отеген батыр', 0, 'village', 'Otegen Batyr', ALR, {'note': 'at the turn-off to the village'}),
        ('Илийском районе', 0, 'district', 'Ili District', ALR),
        ('Алматинской области', 0, 'region', ALR, ALR, {'note': 'inside the name of an authority'}),
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:hospitals; Latin spelling inside Russian text'}),
        ('Капшагая', 0, 'city', 'Konaev', ALR, {'note': 'NI:direction of traffic; variant spelling'}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': "NI:reader's origin; Latin spelling"}),
        ('Алматинской', 1, 'region', ALR, ALR, {'note': 'NI:fog forecast (list sharing "областях")'}),
        ('Жамбылской', 0, 'region', JR, JR, {'note': 'NI:fog forecast (list sharing "областях")'}),
        ('Алматы', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:hashtag (#Алматы)'}),
     ],
     inc={ALR: (1, 'pile-up of eleven cars in fog near the turn-off to Otegen Batyr, Ili district')}),

dict(id='p011', date='2022-06-10', lang='ru',
     event='2022 readers on the first days of the new regions: squall in Taldykorgan (Zhetysu microdistrict) and Tekeli (Jetisu Region), dormitory fire in Zhezkazgan (Ulytau Region); Semey/Semipalatinsk in Abai Region with East Kazakhstan as the former unit; Kapchagai to become the centre of Almaty Region',
     text="""«Теперь мы Жетысу»: первые дни новых областей глазами читателей
АЛМАТЫ, 10 июня – Vlast.kz. С 8 июня в Казахстане три новые области — Абайская, Жетысуская и Улытауская. Мы попросили читателей рассказать, что изменилось. Изменилось, как выяснилось, немногое, зато событий хватило.

ТАЛДЫКОРГАН. В среду вечером на новый областной центр обрушился шквалистый ветер. В микрорайоне Жетысу сорвало крыши с двух пятиэтажек, на улице Абылай хана деревья упали на припаркованные машины, двое прохожих получили травмы. «В первый же день новой области — такое. Символично», — пишет читательница Гульмира. Ветер оборвал линии электропередачи и в Текели.

ЖЕЗКАЗГАН. В ночь на четверг загорелось общежитие на улице Гагарина, эвакуировали 60 человек, пострадавших нет. На помощь местным пожарным прислали расчёт из Сатпаева. Общежитие принадлежит колледжу, большинство жильцов — студенты из Улытауского и Жанааркинского районов, приехавшие на летнюю сессию. Читатели жалуются, что до сих пор не знают, куда теперь звонить: в Караганду или уже в свой новый акимат.

СЕМЕЙ. Здесь обошлось без происшествий, зато разговоров много. «Бабушка родилась в Семипалатинске, я — в Семее Восточно-Казахстанской области, а сын в сентябре пойдёт в школу уже в области Абай», — пишет Азамат. На здании бывшего акимата города уже висит новая вывеска. В Усть-Каменогорске, который остался центром Восточно-Казахстанской области, к переменам относятся спокойно. А жители Аягоза и Урджара спрашивают, откроют ли у них филиалы новых управлений или за каждой справкой придётся ехать в Семей, за 300 с лишним километров.

КАПЧАГАЙ. Город должен стать новым центром Алматинской области; переезд чиновников из Талдыкоргана займёт до конца года.""",
     ann=[
        ('Жетысу', 0, 'region', JTR, JTR, {'note': 'headline, a reader\'s phrase for the new region'}),
        ('АЛМАТЫ', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Казахстане', 0, 'country', 'Kazakhstan', N),
        ('три новые области', 0, 'quantified', '3 new regions', N, {'count': 3, 'unit': 'region', 'note': 'all three named; not about incidents'}),
        ('Абайская', 0, 'region', ABR, ABR),
        ('Жетысуская', 0, 'region', JTR, JTR),
        ('Улытауская', 0, 'region', UR, UR),
        ('ТАЛДЫКОРГАН', 0, 'city', 'Taldykorgan', JTR, {'note': 'section heading naming the place of the item'}),
        ('Жетысу', 1, 'district', 'Zhetysu (Taldykorgan)', JTR, {'subkind': 'microdistrict', 'note': 'a microdistrict of Taldykorgan, not the region'}),
        ('улице Абылай хана', 0, 'facility', 'Abylai Khan Street (Taldykorgan)', JTR, {'subkind': 'street'}),
        ('Текели', 0, 'city', 'Tekeli', JTR),
        ('ЖЕЗКАЗГАН', 0, 'city', 'Zhezkazgan', UR, {'note': 'section heading naming the place of the item'}),
        ('улице Гагарина', 0, 'facility', 'Gagarin Street (Zhezkazgan)', UR, {'subkind': 'street'}),
        ('Сатпаева', 0, 'city', 'Satpayev', UR, {'note': 'NI:origin of firefighters (the town, not the surname)'}),
        ('Улытауского', 0, 'district', 'Ulytau District', UR, {'note': "NI:students' home district (list sharing \"районов\")"}),
        ('Жанааркинского', 0, 'district', 'Zhanaarka District', UR, {'note': "NI:students' home district (list sharing \"районов\")"}),
        ('Караганду', 0, 'city', 'Karaganda', KR, {'note': 'NI:seat of the former regional authorities'}),
        ('СЕМЕЙ', 0, 'city', 'Semey', ABR, {'note': 'NI:section heading; no incident here'}),
        ('Семипалатинске', 0, 'city', 'Semey', ABR, {'note': 'NI:birthplace; old name, labelled by the article date'}),
        ('Семее', 0, 'city', 'Semey', ABR, {'note': 'NI:birthplace; labelled by the article date'}),
        ('Восточно-Казахстанской области', 0, 'region', EKR, EKR, {'note': 'NI:former unit of Semey'}),
        ('Абай', 0, 'region', ABR, ABR, {'note': 'NI:«области Абай», the head noun precedes'}),
        ('Усть-Каменогорске', 0, 'city', 'Oskemen', EKR, {'note': 'NI:no incident'}),
        ('Восточно-Казахстанской области', 1, 'region', EKR, EKR, {'note': 'NI:no incident'}),
        ('Аягоза', 0, 'city', 'Ayagoz', ABR, {'note': 'NI:residence'}),
        ('Урджара', 0, 'village', 'Urzhar', ABR, {'note': 'NI:residence; Russian name of Үржар'}),
        ('Семей', 0, 'city', 'Semey', ABR, {'note': 'NI:seat of the new regional offices'}),
        ('КАПЧАГАЙ', 0, 'city', 'Konaev', ALR, {'note': 'NI:section heading; planned regional centre'}),
        ('Алматинской области', 0, 'region', ALR, ALR, {'note': 'NI:no incident'}),
        ('Талдыкоргана', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:origin of officials moving'}),
     ],
     inc={JTR: (1, 'squall in Taldykorgan (roofs in the Zhetysu microdistrict, trees on Abylai Khan street, two hurt) and power lines in Tekeli: one natural disaster for the unit'),
          UR: (1, 'dormitory fire on Gagarin street in Zhezkazgan, 60 evacuated')}),

dict(id='p012', date='2015-10-14', lang='ru',
     event='2015 Aktobe-Atyrau bus overturned 20 km from Kandyagash, Mugalzhar district (Aktobe Region), two dead; passengers from Khromtau, Embi and Orenburg; Latin Aqtobe; unattributed "seven regions"',
     text="""Автобус «Актобе – Атырау» перевернулся под Кандыагашем: двое погибших
АКТОБЕ, 14 октября – Interfax-Kazakhstan. Рейсовый автобус, шедший из Актобе в Атырау, съехал в кювет и перевернулся ночью в среду в 20 км от Кандыагаша, в Мугалжарском районе, сообщили в департаменте полиции Актюбинской области.
Двое пассажиров погибли, 17 человек с травмами доставлены в больницу Кандыагаша, четверо из них в тяжёлом состоянии. Среди пассажиров были жители Хромтау и Эмбы, а также двое граждан России из Оренбурга.
Читательница, которая ехала в этом автобусе из Aqtobe к маме в Атырау, написала нам: «водитель всю дорогу говорил по телефону, мы просили его сбавить скорость, он только смеялся». Водитель задержан.
С начала года крупные ДТП с междугородними автобусами произошли в семи регионах страны, напоминает МВД.
#Актобе #ДТП""",
     ann=[
        ('Актобе', 0, 'city', 'Aktobe', AR, {'note': 'NI:route endpoint (name of the bus route)'}),
        ('Атырау', 0, 'city', 'Atyrau', ATR, {'note': 'NI:route endpoint (name of the bus route)'}),
        ('Кандыагашем', 0, 'city', 'Kandyagash', AR, {'note': 'NI:reference point ("под Кандыагашем")'}),
        ('АКТОБЕ', 0, 'city', 'Aktobe', AR, {'note': 'dateline'}),
        ('Актобе', 1, 'city', 'Aktobe', AR, {'note': 'NI:origin of the bus'}),
        ('Атырау', 1, 'city', 'Atyrau', ATR, {'note': 'NI:destination of the bus'}),
        ('Кандыагаша', 0, 'city', 'Kandyagash', AR, {'note': 'NI:reference point ("в 20 км от")'}),
        ('Мугалжарском районе', 0, 'district', 'Mugalzhar District', AR),
        ('Актюбинской области', 0, 'region', AR, AR, {'note': 'inside the name of an authority'}),
        ('Кандыагаша', 1, 'city', 'Kandyagash', AR, {'note': 'NI:hospital town'}),
        ('Хромтау', 0, 'city', 'Khromtau', AR, {'note': 'NI:residence of passengers'}),
        ('Эмбы', 0, 'city', 'Embi', AR, {'note': 'NI:residence of passengers'}),
        ('России', 0, 'foreign', 'Russia', N),
        ('Оренбурга', 0, 'foreign', 'Orenburg', N, {'note': 'NI:origin of passengers'}),
        ('Aqtobe', 0, 'city', 'Aktobe', AR, {'note': "NI:reader's origin; Latin Kazakh-based spelling inside Russian text"}),
        ('Атырау', 2, 'city', 'Atyrau', ATR, {'note': "NI:reader's destination"}),
        ('семи регионах', 0, 'quantified', '7 regions', N, {'count': 7, 'unit': 'region', 'note': 'major bus crashes this year, regions not named'}),
        ('Актобе', 2, 'city', 'Aktobe', AR, {'note': 'NI:hashtag (#Актобе)'}),
     ],
     inc={AR: (1, 'bus overturned 20 km from Kandyagash in Mugalzhar district, two dead')},
     unatt=[{'label': 'семи регионах', 'count': 7, 'note': 'major crashes of intercity buses since the start of the year in seven unnamed regions (the Mugalzhar crash may be one of them)'}]),

dict(id='p013', date='2020-08-05', lang='ru',
     event="2020 downpour floods underpasses in Nur-Sultan (the capital's Almaty district, Saryarka district); lightning fire at a substation in Maikuduk, Karaganda (Karaganda Region); misspelt Нурсултан, hashtag #НурСултан; a district of the capital named after Almaty",
     text="""Ливень в Нур-Султане: затоплены переходы, машины «плывут»
НУР-СУЛТАН, 5 августа – Tengrinews.kz. Сильный ливень, прошедший над столицей во вторник вечером, затопил несколько подземных переходов и улиц, сообщили в акимате Нур-Султана. Больше всего досталось Алматинскому району: на проспекте Абылай хана вода поднялась выше колёс легковых машин, несколько автомобилей заглохли посреди дороги. В Есильском районе затопило парковку у торгового центра, а в районе Байконур вода зашла в подъезды старых домов. Дежурные службы откачивали воду до утра, а в переходе у ТРЦ «Хан Шатыр» она стояла по пояс.
Читатели присылают видео: «проспект Республики превратился в реку, это Нурсултан или Венеция?» — пишет Аслан. Другая подписчица пишет из района Сарыарка: «в подвале нашего дома по колено воды, коммунальщики не берут трубку». Пострадавших нет.
В акимате объясняют, что ливнёвка рассчитана на меньшие объёмы, и обещают проверить все насосные станции на левом берегу Есиля. Ещё в июле город обещал переделать водосток у вокзала «Нурлы жол», но работы так и не начались.

В тот же вечер гроза прошла над Карагандой. Молния ударила в трансформаторную подстанцию в Майкудуке, начался пожар, и около 12 тысяч жителей на несколько часов остались без света. «сидим при свечах, как в 90-е», — пишет читательница из Караганды. Энергетики восстановили подачу электричества только к часу ночи, а в соседнем Темиртау гроза обошлась без последствий.

По данным Казгидромета, ливни с грозами в ближайшие дни ожидаются ещё в пяти регионах, в том числе в Акмолинской и Карагандинской областях. Синоптики советуют не оставлять машины в низинах и рядом с подземными переходами.

#НурСултан #ливень""",
     ann=[
        ('Нур-Султане', 0, 'city', 'Astana', 'Astana', {'note': 'headline; the capital named Nur-Sultan 2019-2022'}),
        ('НУР-СУЛТАН', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Нур-Султана', 0, 'city', 'Astana', 'Astana', {'note': 'inside the name of an authority'}),
        ('Алматинскому району', 0, 'district', 'Almaty District (Astana)', 'Astana', {'subkind': 'city district', 'note': 'a district of the capital named after Almaty'}),
        ('проспекте Абылай хана', 0, 'facility', 'Abylai Khan Avenue (Astana)', 'Astana', {'subkind': 'street'}),
        ('Есильском районе', 0, 'district', 'Yesil District (Astana)', 'Astana', {'subkind': 'city district'}),
        ('Байконур', 0, 'district', 'Baikonur District (Astana)', 'Astana', {'subkind': 'city district', 'note': '«районе Байконур», a district of the capital, not the cosmodrome'}),
        ('Хан Шатыр', 0, 'facility', 'Khan Shatyr (Astana)', 'Astana', {'subkind': 'shopping centre'}),
        ('проспект Республики', 0, 'facility', 'Respublika Avenue (Astana)', 'Astana', {'subkind': 'street'}),
        ('Нурсултан', 0, 'city', 'Astana', 'Astana', {'note': 'spelt without hyphen'}),
        ('Венеция', 0, 'foreign', 'Venice', N, {'note': 'NI:comparison'}),
        ('Сарыарка', 0, 'district', 'Saryarka District (Astana)', 'Astana', {'subkind': 'city district', 'note': '«района Сарыарка», the head noun precedes'}),
        ('Есиля', 0, 'facility', 'Yesil River', N, {'subkind': 'river', 'note': 'NI:planned checks of pumping stations'}),
        ('Нурлы жол', 0, 'facility', 'Nurly Zhol railway station (Astana)', 'Astana', {'subkind': 'railway station', 'note': 'NI:planned drain repair'}),
        ('Карагандой', 0, 'city', 'Karaganda', KR),
        ('Майкудуке', 0, 'district', 'Maikuduk (Karaganda)', KR, {'subkind': 'microdistrict'}),
        ('Караганды', 0, 'city', 'Karaganda', KR, {'note': "NI:reader's residence"}),
        ('Темиртау', 0, 'city', 'Temirtau', KR, {'note': 'NI:no damage'}),
        ('пяти регионах', 0, 'quantified', '5 regions', N, {'count': 5, 'unit': 'region', 'note': 'forecast, not incidents'}),
        ('Акмолинской', 0, 'region', AKR, AKR, {'note': 'NI:forecast (list sharing "областях")'}),
        ('Карагандинской', 0, 'region', KR, KR, {'note': 'NI:forecast (list sharing "областях")'}),
        ('НурСултан', 0, 'city', 'Astana', 'Astana', {'note': 'NI:hashtag (#НурСултан)'}),
     ],
     inc={'Astana': (1, 'downpour flooding underpasses and streets (Almaty district, Abylai Khan and Respublika avenues, Saryarka district): one natural disaster'),
          KR: (1, 'lightning set fire to a transformer substation in Maikuduk, Karaganda')}),

dict(id='p014', date='2021-04-16', lang='ru',
     event='2021 reader Q&A on travel to Turkestan (Turkistan Region) after its new airport opened; the Yasawi mausoleum, Kentau, Shymkent (own unit); Latin hashtag #Turkistan (no incident)',
     text="""Как добраться до Туркестана: отвечаем на вопросы читателей
ТУРКЕСТАН, 16 апреля – Kazinform. После открытия нового международного аэропорта Туркестана в редакцию приходят десятки вопросов. Отвечаем на самые частые.
«Есть ли прямые рейсы из Нур-Султана?» — Да, ежедневно. Из Алматы самолёты летают четыре раза в неделю, а с мая добавится рейс из Стамбула.
«Как доехать из аэропорта до мавзолея Ходжи Ахмеда Яссауи?» — Автобус № 11 идёт до центра около 20 минут, такси стоит около 1500 тенге.
«Можно прилететь в Туркестан, а улететь из Шымкента?» — Можно: между городами ходят поезда и маршрутки, дорога занимает около двух с половиной часов.
«Где жить, если в городе всё занято?» — В соседнем Кентау и в других городах Туркестанской области открыто больше 60 гостиниц и гостевых домов.
Фотографии из поездок присылайте с хештегом #Turkistan.""",
     ann=[
        ('Туркестана', 0, 'city', 'Turkistan', TR, {'note': 'headline'}),
        ('ТУРКЕСТАН', 0, 'city', 'Turkistan', TR, {'note': 'dateline'}),
        ('Туркестана', 1, 'city', 'Turkistan', TR, {'note': 'the airport of the town (not a proper name)'}),
        ('Нур-Султана', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of flights'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of flights'}),
        ('Стамбула', 0, 'foreign', 'Istanbul', N, {'note': 'NI:origin of a planned flight'}),
        ('мавзолея Ходжи Ахмеда Яссауи', 0, 'facility', 'Mausoleum of Khoja Ahmed Yasawi', TR, {'subkind': 'mausoleum'}),
        ('Туркестан', 0, 'city', 'Turkistan', TR),
        ('Шымкента', 0, 'city', 'Shymkent', 'Shymkent'),
        ('Кентау', 0, 'city', 'Kentau', TR),
        ('Туркестанской области', 0, 'region', TR, TR),
        ('Turkistan', 0, 'city', 'Turkistan', TR, {'note': 'NI:hashtag (#Turkistan); Latin spelling'}),
     ],
     inc={}),

dict(id='p015', date='2026-01-15', lang='ru',
     event='2026 storm warning in 9 regions: blizzard expected in Kostanay, North Kazakhstan and Akmola regions, roads may close, remote lessons in Kostanay and Kokshetau; abbreviation СКО; reader reports from Mamlyutka and Bulaevo; hashtags (no incident)',
     text="""Штормовое предупреждение: метель на севере, трассы могут закрыть
ПЕТРОПАВЛОВСК, 15 января – KazTAG. Казгидромет объявил штормовое предупреждение в 9 регионах Казахстана: в ближайшие двое суток в Костанайской, Северо-Казахстанской и Акмолинской областях ожидаются метель, гололёд и ветер до 25 м/с.
Полиция СКО предупредила, что при ухудшении погоды закроют трассы Петропавл – Кокшетау и Костанай – Рудный. Водителям советуют заранее узнавать обстановку на сайте «КазАвтоЖол».
Читатели из Петропавла уже пишут в наш бот: «в Мамлютке видимость ноль, автобус из Тайынши с утра стоит у заправки, водитель ждёт грейдер». Другой подписчик сообщает, что в Булаево снега по колено, но «для нас это норма».
Акиматы Костаная и Кокшетау перевели школьников на дистанционное обучение в пятницу. Следить за обстановкой можно по хештегам #Петропавл и #Костанай.""",
     ann=[
        ('ПЕТРОПАВЛОВСК', 0, 'city', 'Petropavl', NKR, {'note': 'dateline; Russian name'}),
        ('9 регионах', 0, 'quantified', '9 regions', N, {'count': 9, 'unit': 'region', 'note': 'storm warning, not incidents'}),
        ('Казахстана', 0, 'country', 'Kazakhstan', N),
        ('Костанайской', 0, 'region', KOR, KOR, {'note': 'NI:storm warning (list sharing "областях")'}),
        ('Северо-Казахстанской', 0, 'region', NKR, NKR, {'note': 'NI:storm warning (list sharing "областях")'}),
        ('Акмолинской', 0, 'region', AKR, AKR, {'note': 'NI:storm warning (list sharing "областях")'}),
        ('СКО', 0, 'region', NKR, NKR, {'note': 'abbreviation of Северо-Казахстанская область, inside the name of an authority'}),
        ('Петропавл', 0, 'city', 'Petropavl', NKR, {'note': 'NI:route endpoint'}),
        ('Кокшетау', 0, 'city', 'Kokshetau', AKR, {'note': 'NI:route endpoint'}),
        ('Костанай', 0, 'city', 'Kostanay', KOR, {'note': 'NI:route endpoint'}),
        ('Рудный', 0, 'city', 'Rudny', KOR, {'note': 'NI:route endpoint'}),
        ('Петропавла', 0, 'city', 'Petropavl', NKR, {'note': "NI:readers' residence"}),
        ('Мамлютке', 0, 'city', 'Mamlyutka', NKR, {'note': 'NI:poor visibility, no incident'}),
        ('Тайынши', 0, 'city', 'Taiynsha', NKR, {'note': 'NI:origin of a bus'}),
        ('Булаево', 0, 'city', 'Bulaevo', NKR, {'note': 'NI:snow, no incident'}),
        ('Костаная', 0, 'city', 'Kostanay', KOR, {'note': 'NI:remote lessons (an official measure)'}),
        ('Кокшетау', 1, 'city', 'Kokshetau', AKR, {'note': 'NI:remote lessons (an official measure)'}),
        ('Петропавл', 1, 'city', 'Petropavl', NKR, {'note': 'NI:hashtag (#Петропавл)'}),
        ('Костанай', 1, 'city', 'Kostanay', KOR, {'note': 'NI:hashtag (#Костанай)'}),
     ],
     inc={}),

dict(id='p016', date='2012-09-06', lang='ru',
     event='2012 grain elevator fire in Chingirlau / Шынгырлау (West Kazakhstan Region); firefighters from Aksai and Uralsk; the Russian Aksay near Rostov; company «Орал-Астык» not a place',
     text="""Горит элеватор в Чингирлау: читатели присылают видео
УРАЛЬСК, 6 сентября – Interfax-Kazakhstan. В посёлке Чингирлау Западно-Казахстанской области с ночи горит зерновой элеватор, принадлежащий ТОО «Орал-Астык», сообщили в департаменте по ЧС ЗКО. Огонь охватил около двух тысяч тонн пшеницы, пострадавших нет.
На помощь местным пожарным направили расчёты из Аксая и Уральска. «Дым видно даже с трассы на Актобе», — пишет читатель из Шынгырлау, приславший видео. Другой подписчик признаётся: «Сначала подумал, что горит в Аксае под Ростовом, у меня там брат живёт».
Причины пожара выясняют. По словам работников, сушилка на элеваторе работала круглосуточно с начала уборки, а проверка пожарной безопасности в последний раз проходила два года назад. Аким района пообещал, что зерно местных фермеров, хранившееся на элеваторе, оценят и компенсируют.""",
     ann=[
        ('Чингирлау', 0, 'village', 'Chingirlau', WKR, {'note': 'headline'}),
        ('УРАЛЬСК', 0, 'city', 'Oral', WKR, {'note': 'dateline; Russian name of Oral'}),
        ('Чингирлау', 1, 'village', 'Chingirlau', WKR),
        ('Западно-Казахстанской области', 0, 'region', WKR, WKR),
        ('ЗКО', 0, 'region', WKR, WKR, {'note': 'abbreviation, inside the name of an authority; «Орал-Астык» (a company) is not annotated'}),
        ('Аксая', 0, 'city', 'Aksai', WKR, {'note': 'NI:origin of firefighters'}),
        ('Уральска', 0, 'city', 'Oral', WKR, {'note': 'NI:origin of firefighters'}),
        ('Актобе', 0, 'city', 'Aktobe', AR, {'note': 'NI:road destination'}),
        ('Шынгырлау', 0, 'village', 'Chingirlau', WKR, {'note': "Kazakh name of Chingirlau; reader's location"}),
        ('Аксае', 0, 'foreign', 'Aksay (Rostov Oblast)', N, {'note': 'NI:namesake in Russia'}),
        ('Ростовом', 0, 'foreign', 'Rostov-on-Don', N, {'note': 'NI:reference point'}),
     ],
     inc={WKR: (1, 'grain elevator fire in Chingirlau')}),
]
