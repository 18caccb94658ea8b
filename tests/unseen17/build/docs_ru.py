"""Russian texts of the seventeenth unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
JR, ALR, KYR, TR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'Turkistan Region', 'South Kazakhstan Region'
ABR, JTR, EKR, MR, KOR = 'Abai Region', 'Jetisu Region', 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR, UR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region', 'Ulytau Region'
ATR, AR, WKR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region'

DOCS = [
dict(id='p009', date='1995-07-12', lang='ru',
     event='1995 three houses burnt in Talapker, Tselinograd district of Akmola Region; firefighters from Akmola (the city, formerly Tselinograd, not yet the capital)',
     text="""В Талапкере сгорели три жилых дома
АКМОЛА, 12 июля (Интерфакс-Казахстан) — Три жилых дома сгорели в понедельник в селе Талапкер Целиноградского района Акмолинской области, сообщили в областном управлении по чрезвычайным ситуациям. Пострадавших нет.
Огонь начался в сарае, где хранилось сено, и из-за сильного ветра перекинулся на соседние дворы. Пожарные расчёты прибыли из Акмолы, до которой от села около 20 км, но воды в гидрантах не оказалось, и тушить пришлось из бочек. Три семьи, 14 человек, временно поселили в здании школы. Аким района пообещал выделить им лес и шифер до холодов.
Жители Талапкера жалуются, что пожарное депо в соседнем селе закрыли ещё в 1993 году из-за нехватки денег. Между тем в Акмоле, которую до 1992 года называли Целиноградом, готовятся к переезду правительства: решение перенести столицу из Алматы Верховный Совет принял год назад.""",
     ann=[
        ('Талапкере', 0, 'village', 'Talapker', AKR, {'note': 'headline'}),
        ('АКМОЛА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline; the city now called Astana'}),
        ('Талапкер', 0, 'village', 'Talapker', AKR),
        ('Целиноградского района', 0, 'district', 'Tselinograd District', AKR, {'note': 'a district of Akmola Region, not the city once called Tselinograd'}),
        ('Акмолинской области', 0, 'region', AKR, AKR),
        ('Акмолы', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of firefighters; reference point'}),
        ('Талапкера', 0, 'village', 'Talapker', AKR, {'note': 'NI:residents complain'}),
        ('Акмоле', 0, 'city', 'Astana', 'Astana', {'note': 'NI:preparations for the capital move'}),
        ('Целиноградом', 0, 'city', 'Astana', 'Astana', {'note': 'NI:former name of Akmola'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:the capital before the move'}),
     ],
     inc={AKR: (1, 'three houses burnt in Talapker, Tselinograd district')}),

dict(id='p010', date='1992-11-18', lang='ru',
     event='1992 Atyrau-Kulsary bus overturns near Dossor, 12 injured (Atyrau Region, the former Guryev); passengers from Uralsk and Aktyubinsk bound for Tengiz; bus accidents in six regions',
     text="""Под Доссором перевернулся автобус Атырау – Кульсары
АТЫРАУ, 18 ноября (КазТАГ) — Рейсовый автобус, следовавший из Атырау в Кульсары, во вторник перевернулся на обледенелой трассе в 30 км от посёлка Доссор. Ранены 12 пассажиров, двое из них в тяжёлом состоянии, сообщили в областном управлении внутренних дел. Среди пассажиров были жители Уральска и Актюбинска, ехавшие на вахту в Тенгиз.
По словам очевидцев, водитель пытался обогнать грузовик и не справился с управлением на гололёде. Раненых доставили в больницу Доссора, а двоих тяжелораненых вертолётом отправили в областной центр.
Автобус «Икарус» выпуска 1979 года принадлежал Гурьевской автобазе № 2. Город недавно переименовали в Атырау, но многие жители по-прежнему называют его Гурьевом, а вывески на автобазе ещё не сменили.
С начала года, по данным МВД республики, на дорогах шести областей Казахстана перевернулись 19 рейсовых автобусов, погибли 23 человека.""",
     ann=[
        ('Доссором', 0, 'village', 'Dossor', ATR, {'note': 'NI:headline; reference point'}),
        ('Атырау', 0, 'city', 'Atyrau', ATR, {'note': 'NI:headline; route endpoint'}),
        ('Кульсары', 0, 'city', 'Kulsary', ATR, {'note': 'NI:headline; route endpoint'}),
        ('АТЫРАУ', 0, 'city', 'Atyrau', ATR, {'note': 'dateline'}),
        ('Атырау', 1, 'city', 'Atyrau', ATR, {'note': 'NI:origin of the bus'}),
        ('Кульсары', 1, 'city', 'Kulsary', ATR, {'note': 'NI:destination of the bus'}),
        ('Доссор', 0, 'village', 'Dossor', ATR, {'note': 'NI:reference point'}),
        ('Уральска', 0, 'city', 'Oral', WKR, {'note': 'NI:residence of passengers'}),
        ('Актюбинска', 0, 'city', 'Aktobe', AR, {'note': 'NI:residence of passengers; Soviet-era name'}),
        ('Тенгиз', 0, 'facility', 'Tengiz oil field', ATR, {'subkind': 'oil field', 'note': 'NI:destination of passengers'}),
        ('Доссора', 0, 'village', 'Dossor', ATR, {'note': 'NI:hospital'}),
        ('Атырау', 2, 'city', 'Atyrau', ATR, {'note': 'NI:renaming'}),
        ('Гурьевом', 0, 'city', 'Atyrau', ATR, {'note': 'NI:old name of Atyrau'}),
        ('шести областей', 0, 'quantified', '6 regions', N, {'count': 6, 'unit': 'region', 'note': 'bus accidents in unnamed regions'}),
        ('Казахстана', 0, 'country', 'Kazakhstan', N),
     ],
     inc={ATR: (1, 'bus overturned on the Atyrau-Kulsary road 30 km from Dossor, 12 injured')},
     unatt=[{'label': 'шести областей', 'count': 6, 'note': '19 bus accidents since January in six unnamed regions'}]),

dict(id='p011', date='2018-07-10', lang='ru',
     event='2018 Shymkent three weeks as a city of republican significance; South Kazakhstan Region renamed Turkistan Region; stray dogs bite two pupils in Enbekshi district of Shymkent; fatal house fire in Aksukent, Sairam district (Turkistan Region)',
     text="""Три недели в новом статусе: Шымкент подводит первые итоги
ШЫМКЕНТ, 10 июля (КазТАГ) — Три недели назад, 19 июня, Шымкент стал третьим городом республиканского значения после Астаны и Алматы, а Южно-Казахстанская область была переименована в Туркестанскую с центром в Туркестане. Горожане этим гордятся, но хлопот у новой городской администрации хватает.
Управления Туркестанской области пока работают в Шымкенте: переезд в Туркестан, до которого около 160 км, займёт больше года. Сотрудники каждое утро ездят на служебных автобусах, а жители Ленгера и Кентау жалуются, что за справками теперь приходится ехать в два разных города. Старожилы, которые помнят Чимкент 1970-х годов, говорят, что город с тех пор вырос втрое и давно перерос роль областного центра.
Первые проблемы новой администрации — бытовые. В воскресенье вечером в Енбекшинском районе Шымкента бродячие собаки покусали двух школьников на улице Байтурсынова. Детей доставили в городскую больницу, их жизни ничто не угрожает. Аким района пообещал к осени построить приют для животных.
Часть пригородных сёл Сайрамского и Толебийского районов за последние годы вошла в черту города, и их жители теперь платят за воду по городским тарифам. На въездах в город пока висят старые указатели «Южно-Казахстанская область».
В тот же день в селе Аксукент Сайрамского района сгорел жилой дом; погиб 72-летний хозяин, сообщили в департаменте по чрезвычайным ситуациям Туркестанской области. Пожар, по предварительным данным, начался из-за неисправной проводки.
Городские власти рассчитывают, что новый статус привлечёт инвесторов и туристов, в том числе из Ташкента, до которого от Шымкента около 120 км. Бюджет города на следующий год, по словам акима, вырастет почти на треть.""",
     ann=[
        ('Шымкент', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'headline'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'dateline'}),
        ('Шымкент', 1, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:new status'}),
        ('Астаны', 0, 'city', 'Astana', 'Astana', {'note': 'NI:comparison'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:comparison'}),
        ('Южно-Казахстанская область', 0, 'region', TR, TR, {'uncertain': True, 'note': 'NI:the region renamed Turkistan Region on 2018-06-19, three weeks before the article'}),
        ('Туркестанскую', 0, 'region', TR, TR, {'note': 'NI:new name of the region (noun "область" elided)'}),
        ('Туркестане', 0, 'city', 'Turkistan', TR, {'note': 'NI:new regional seat'}),
        ('Туркестанской области', 0, 'region', TR, TR, {'note': 'NI:inside the name of an authority'}),
        ('Шымкенте', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:seat of the regional departments'}),
        ('Туркестан', 0, 'city', 'Turkistan', TR, {'note': 'NI:destination of the move'}),
        ('Ленгера', 0, 'city', 'Lenger', TR, {'note': 'NI:residents'}),
        ('Кентау', 0, 'city', 'Kentau', TR, {'note': 'NI:residents'}),
        ('Чимкент', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:Soviet-era name'}),
        ('Енбекшинском районе', 0, 'district', 'Enbekshi District (Shymkent)', 'Shymkent', {'subkind': 'city district'}),
        ('Шымкента', 0, 'city', 'Shymkent', 'Shymkent'),
        ('улице Байтурсынова', 0, 'facility', 'Baitursynov Street (Shymkent)', 'Shymkent', {'subkind': 'street'}),
        ('Сайрамского', 0, 'district', 'Sairam District', TR, {'note': 'NI:list sharing the head noun "районов"; villages joined to the city'}),
        ('Толебийского', 0, 'district', 'Tole Bi District', TR, {'note': 'NI:list sharing the head noun "районов"'}),
        ('Южно-Казахстанская область', 1, 'region', TR, TR, {'uncertain': True, 'note': 'NI:old road signs naming the renamed region'}),
        ('Аксукент', 0, 'village', 'Aksukent', TR),
        ('Сайрамского района', 0, 'district', 'Sairam District', TR),
        ('Туркестанской области', 1, 'region', TR, TR, {'note': 'inside the name of an authority'}),
        ('Ташкента', 0, 'foreign', 'Tashkent', N, {'note': 'NI:origin of tourists; reference point'}),
        ('Шымкента', 1, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:reference point'}),
     ],
     inc={'Shymkent': (1, 'stray dogs bit two pupils on Baitursynov Street, Enbekshi district of Shymkent'),
          TR: (1, 'fatal house fire in Aksukent, Sairam district')}),

dict(id='p012', date='2022-08-20', lang='ru',
     event='2022 Zhezkazgan-Ulytau bus route resumed via Satpayev, extended to Koskol; Zhezkazgan the centre of the new Ulytau Region with Satpayev, Karazhal, Ulytau and Zhanaarka districts from Karaganda Region; the old Dzhezkazgan Region of 1973-1997 (no incident)',
     text="""Жезказган и Улытау снова связал рейсовый автобус
ЖЕЗКАЗГАН, 20 августа (Казинформ) — Впервые за шесть лет между Жезказганом и посёлком Улытау снова ходит рейсовый автобус. Первый рейс в пятницу встречали с домброй и баурсаками.
Жезказган с 8 июня — центр новой Улытауской области, в которую вошли также города Сатпаев и Каражал, Улытауский и Жанааркинский районы, переданные из Карагандинской области. Люди старшего поколения помнят Джезказганскую область, которая существовала с 1973 по 1997 год, а затем была присоединена к Карагандинской.
Автобус на 30 мест будет ходить через Сатпаев три раза в неделю, билет стоит 2 500 тенге. Осенью маршрут обещают продлить до села Коскол, где в прошлом году закрылась последняя автозаправка. Перевозчик получил субсидию из областного бюджета.""",
     ann=[
        ('Жезказган', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:headline; route endpoint'}),
        ('Улытау', 0, 'village', 'Ulytau', UR, {'note': 'NI:headline; route endpoint'}),
        ('ЖЕЗКАЗГАН', 0, 'city', 'Zhezkazgan', UR, {'note': 'dateline'}),
        ('Жезказганом', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:route endpoint'}),
        ('Улытау', 1, 'village', 'Ulytau', UR, {'note': 'NI:route endpoint'}),
        ('Жезказган', 1, 'city', 'Zhezkazgan', UR, {'note': 'NI:regional seat'}),
        ('Улытауской области', 0, 'region', UR, UR),
        ('Сатпаев', 0, 'city', 'Satpayev', UR),
        ('Каражал', 0, 'city', 'Karazhal', UR),
        ('Улытауский', 0, 'district', 'Ulytau District', UR, {'note': 'list sharing the head noun "районы"'}),
        ('Жанааркинский', 0, 'district', 'Zhanaarka District', UR, {'note': 'list sharing the head noun "районы"'}),
        ('Карагандинской области', 0, 'region', KR, KR, {'note': 'NI:former unit'}),
        ('Джезказганскую область', 0, 'region', UR, UR, {'uncertain': True, 'note': 'NI:Dzhezkazgan Region, abolished in 1997; most of its land is Ulytau Region on the article date (Balkhash and its area are Karaganda Region)'}),
        ('Карагандинской', 1, 'region', KR, KR, {'note': 'NI:the region that absorbed Dzhezkazgan Region in 1997 (noun elided)'}),
        ('Сатпаев', 1, 'city', 'Satpayev', UR, {'note': 'NI:stop on the route'}),
        ('Коскол', 0, 'village', 'Koskol (Ulytau District)', UR, {'note': 'NI:planned extension of the route'}),
     ],
     inc={}),

dict(id='p013', date='1993-04-06', lang='ru',
     event='1993 ice jam on the Syr Darya floods 40 homes in Akkum, Dzhalagash district of Kzyl-Orda Region (Kyzylorda Region); evacuation to Dzhalagash',
     text="""Затор на Сырдарье подтопил село Аккум
КЗЫЛ-ОРДА, 6 апреля (КазТАГ) — Ледяной затор на Сырдарье вызвал резкий подъём воды и подтопление 40 дворов в селе Аккум Джалагашского района Кзыл-Ординской области, сообщили в областном штабе гражданской обороны.
Вода поднялась ночью на полтора метра и прорвала земляной вал на окраине села. Около 200 жителей, в том числе детей и стариков, на грузовиках вывезли в районный центр Джалагаш и разместили в школе-интернате. Погибших и пострадавших нет, но утонули около ста голов скота.
Во вторник сапёры из Кзыл-Орды подорвали затор, и к вечеру вода начала спадать. По словам специалистов, в этом году лёд на реке необычно толстый после морозной зимы, и угроза подтопления в низовьях сохраняется до конца месяца.""",
     ann=[
        ('Сырдарье', 0, 'facility', 'Syr Darya', N, {'subkind': 'river', 'note': 'headline'}),
        ('Аккум', 0, 'village', 'Akkum (Zhalagash District)', KYR, {'note': 'headline; a name shared by villages in several regions'}),
        ('КЗЫЛ-ОРДА', 0, 'city', 'Kyzylorda', KYR, {'note': 'dateline; Soviet spelling'}),
        ('Сырдарье', 1, 'facility', 'Syr Darya', N, {'subkind': 'river'}),
        ('Аккум', 1, 'village', 'Akkum (Zhalagash District)', KYR),
        ('Джалагашского района', 0, 'district', 'Zhalagash District', KYR, {'note': 'Soviet spelling'}),
        ('Кзыл-Ординской области', 0, 'region', KYR, KYR, {'note': 'Soviet spelling'}),
        ('Джалагаш', 0, 'village', 'Zhalagash', KYR, {'note': 'NI:evacuation point'}),
        ('Кзыл-Орды', 0, 'city', 'Kyzylorda', KYR, {'note': 'NI:origin of sappers'}),
     ],
     inc={KYR: (1, 'ice-jam flood in Akkum, Dzhalagash district (the sappers blowing up the jam is a measure, not counted)')}),

dict(id='p014', date='2023-03-15', lang='ru',
     event='2023 history piece: Taldy-Kurgan Region abolished in 1997 and merged into Almaty Region, Almaty Region seat moved to Taldykorgan in 2001 and to Konaev (Kapchagay) in 2022; Jetisu Region with Tekeli and eight districts; old district names Gvardeisky and Kirovsky (no incident)',
     text="""От Талды-Кургана до Жетысу: как область вернулась через 25 лет
ТАЛДЫКОРГАН, 15 марта (Vlast.kz) — Весной 1997 года Талды-Курганскую область упразднили, а её города и районы передали Алматинской области. Через четыре года центр Алматинской области перенесли из Алматы в Талдыкорган, и город снова стал областным центром, но, как шутили местные, «чужой области».
Восьмого июня прошлого года на карте вновь появилась область с центром в Талдыкоргане — Жетысуская. В неё вошли Талдыкорган и Текели, а также Аксуский, Алакольский, Ескельдинский, Каратальский, Кербулакский, Коксуский, Панфиловский и Сарканский районы. Центром Алматинской области стал Конаев, бывший Капшагай.
Старожилы до сих пор путают названия районов. Кербулакский район в советское время назывался Гвардейским, а Ескельдинский — Кировским. «Я тридцать лет пишу в адресе "Гвардейский", и письма доходят», — смеётся пенсионерка из Сарыозека Галина Ким.
За девять месяцев новая область получила своё управление образования, полицию и департамент по чрезвычайным ситуациям. В Уштобе, Сарканде и Жаркенте открылись центры обслуживания населения, а в селе Капал, где в XIX веке стоял один из первых русских гарнизонов края, восстанавливают старую почтовую станцию. Часть ведомств, правда, осталась в Конаеве, и жителям Кербулакского района за лицензиями на охоту по-прежнему приходится ездить туда за 250 км. Зато дорога до областного центра для сельчан из Лепсы и Капала сократилась почти вдвое.
Экономисты напоминают, что у Жетысуской области один из самых низких доходов бюджета в стране: крупных предприятий почти нет, а половину жителей кормят сады и поля. Областной аким обещает привлечь инвесторов в туризм на Алаколе и в Жаркенте, где строится терминал сухого порта у границы с Китаем.""",
     ann=[
        ('Талды-Кургана', 0, 'city', 'Taldykorgan', JTR, {'uncertain': True, 'note': 'NI:headline; old spelling; may stand for the old Taldy-Kurgan Region (same unit either way)'}),
        ('Жетысу', 0, 'region', JTR, JTR, {'note': 'headline'}),
        ('ТАЛДЫКОРГАН', 0, 'city', 'Taldykorgan', JTR, {'note': 'dateline'}),
        ('Талды-Курганскую область', 0, 'region', JTR, JTR, {'uncertain': True, 'note': 'NI:Taldy-Kurgan Region, abolished in 1997; its land is Jetisu Region on the article date'}),
        ('Алматинской области', 0, 'region', ALR, ALR, {'note': 'NI:absorbed Taldy-Kurgan Region in 1997'}),
        ('Алматинской области', 1, 'region', ALR, ALR, {'note': 'NI:seat moved in 2001'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:former regional seat'}),
        ('Талдыкорган', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:regional seat from 2001'}),
        ('Талдыкоргане', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:regional seat'}),
        ('Жетысуская', 0, 'region', JTR, JTR, {'note': 'noun "область" elided'}),
        ('Талдыкорган', 1, 'city', 'Taldykorgan', JTR),
        ('Текели', 0, 'city', 'Tekeli', JTR),
        ('Аксуский', 0, 'district', 'Aksu District (Jetisu Region)', JTR, {'note': 'list sharing the head noun "районы"; not the town of Aksu'}),
        ('Алакольский', 0, 'district', 'Alakol District', JTR),
        ('Ескельдинский', 0, 'district', 'Eskeldi District', JTR),
        ('Каратальский', 0, 'district', 'Karatal District', JTR),
        ('Кербулакский', 0, 'district', 'Kerbulak District', JTR),
        ('Коксуский', 0, 'district', 'Koksu District', JTR),
        ('Панфиловский', 0, 'district', 'Panfilov District', JTR),
        ('Сарканский', 0, 'district', 'Sarkand District', JTR),
        ('Алматинской области', 2, 'region', ALR, ALR, {'note': 'NI:new seat'}),
        ('Конаев', 0, 'city', 'Konaev', ALR, {'note': 'NI:regional seat'}),
        ('Капшагай', 0, 'city', 'Konaev', ALR, {'note': 'NI:former name of Konaev'}),
        ('Кербулакский район', 0, 'district', 'Kerbulak District', JTR),
        ('Гвардейским', 0, 'district', 'Kerbulak District', JTR, {'note': 'Soviet-era name of the district (noun elided)'}),
        ('Ескельдинский', 1, 'district', 'Eskeldi District', JTR, {'note': 'noun elided'}),
        ('Кировским', 0, 'district', 'Eskeldi District', JTR, {'note': 'Soviet-era name of the district (noun elided)'}),
        ('Гвардейский', 0, 'district', 'Kerbulak District', JTR, {'note': 'old name written in an address'}),
        ('Сарыозека', 0, 'village', 'Saryozek', JTR, {'note': 'NI:residence'}),
        ('Уштобе', 0, 'city', 'Ushtobe', JTR),
        ('Сарканде', 0, 'city', 'Sarkand', JTR),
        ('Жаркенте', 0, 'city', 'Zharkent', JTR),
        ('Капал', 0, 'village', 'Kapal', JTR),
        ('Конаеве', 0, 'city', 'Konaev', ALR, {'note': 'NI:seat of agencies'}),
        ('Кербулакского района', 0, 'district', 'Kerbulak District', JTR, {'note': 'NI:residents'}),
        ('Лепсы', 0, 'village', 'Lepsy', JTR, {'note': 'NI:residents'}),
        ('Капала', 0, 'village', 'Kapal', JTR, {'note': 'NI:residents'}),
        ('Жетысуской области', 0, 'region', JTR, JTR),
        ('Алаколе', 0, 'facility', 'Lake Alakol', N, {'subkind': 'lake', 'note': 'lake on the border of Jetisu and Abai regions'}),
        ('Жаркенте', 1, 'city', 'Zharkent', JTR),
        ('Китаем', 0, 'foreign', 'China', N),
     ],
     inc={}),

dict(id='p015', date='1996-02-13', lang='ru',
     event='1996 two men die in a house fire in Zhangiztobe, Zharma district of Semipalatinsk Region (East Kazakhstan Region holds its land; the region was abolished in 1997)',
     text="""В Жангизтобе при пожаре погибли двое мужчин
СЕМИПАЛАТИНСК, 13 февраля (Интерфакс-Казахстан) — Двое мужчин погибли при пожаре в жилом доме в посёлке Жангизтобе Жарминского района Семипалатинской области в ночь на понедельник, сообщили в областном управлении государственной противопожарной службы.
По предварительным данным, пожар начался от самодельного электрообогревателя: в посёлке уже третью неделю нет угля, и жители греются как могут. Пожарная машина прибыла из районного центра через час, когда дом уже полностью сгорел.
С начала зимы в Семипалатинской области при пожарах погибли 23 человека, почти вдвое больше, чем год назад. В управлении объясняют это перебоями с углём и электричеством и просят жителей не оставлять обогреватели без присмотра. Жалобы на нехватку угля поступают и из соседней Восточно-Казахстанской области.""",
     ann=[
        ('Жангизтобе', 0, 'village', 'Zhangiztobe', EKR, {'note': 'headline'}),
        ('СЕМИПАЛАТИНСК', 0, 'city', 'Semey', EKR, {'note': 'dateline; East Kazakhstan Region is the canonical unit for Semipalatinsk Region before 2022-06-08'}),
        ('Жангизтобе', 1, 'village', 'Zhangiztobe', EKR),
        ('Жарминского района', 0, 'district', 'Zharma District', EKR),
        ('Семипалатинской области', 0, 'region', EKR, EKR, {'uncertain': True, 'note': 'Semipalatinsk Region (until 1997), not a canonical unit; its land is East Kazakhstan Region in the canonical units before 2022-06-08'}),
        ('Семипалатинской области', 1, 'region', EKR, EKR, {'uncertain': True, 'note': 'NI:winter fire deaths, not narrated one by one; Semipalatinsk Region (until 1997)'}),
        ('Восточно-Казахстанской области', 0, 'region', EKR, EKR, {'note': 'NI:coal complaints'}),
     ],
     inc={EKR: (1, 'fatal house fire in Zhangiztobe, Zharma district (the 23 winter fire deaths are not narrated one by one)')}),

dict(id='p016', date='2009-04-08', lang='ru',
     event='2009 spring meltwater washes away the bridge between Golubovka and Koskol, Irtysh district (Pavlodar Region); rescuers from Pavlodar and Ekibastuz; floods in three other regions',
     text="""Паводок смыл мост между Голубовкой и Косколем
ПАВЛОДАР, 8 апреля (Казинформ) — Талые воды в ночь на вторник размыли насыпь и унесли деревянный мост между сёлами Голубовка и Косколь Иртышского района Павлодарской области, сообщили в департаменте по чрезвычайным ситуациям региона.
Косколь, где живут около 300 человек, оказался отрезан от дороги на районный центр Иртышск. Хлеб, лекарства и почту туда доставляют на тракторе в объезд через поле. Школьников из Косколя на время перевели на дистанционное обучение. Пострадавших нет.
На место направлены спасатели из Павлодара и Экибастуза с двумя понтонами. Временную переправу обещают навести к выходным, новый мост — построить до осени.
Уровень воды в Иртыше у Павлодара пока ниже критической отметки. По данным МЧС, паводковая обстановка остаётся сложной ещё в трёх областях Казахстана, где подтоплены отдельные дворы.""",
     ann=[
        ('Голубовкой', 0, 'village', 'Golubovka', PR, {'note': 'headline; one end of the bridge'}),
        ('Косколем', 0, 'village', 'Koskol (Irtysh District)', PR, {'note': 'headline; other end of the bridge; a name shared by villages in several regions'}),
        ('ПАВЛОДАР', 0, 'city', 'Pavlodar', PR, {'note': 'dateline'}),
        ('Голубовка', 0, 'village', 'Golubovka', PR),
        ('Косколь', 0, 'village', 'Koskol (Irtysh District)', PR),
        ('Иртышского района', 0, 'district', 'Irtysh District', PR),
        ('Павлодарской области', 0, 'region', PR, PR),
        ('Косколь', 1, 'village', 'Koskol (Irtysh District)', PR, {'note': 'cut off'}),
        ('Иртышск', 0, 'village', 'Irtyshsk', PR, {'note': 'NI:district seat, road destination'}),
        ('Косколя', 0, 'village', 'Koskol (Irtysh District)', PR, {'note': 'NI:pupils'}),
        ('Павлодара', 0, 'city', 'Pavlodar', PR, {'note': 'NI:origin of rescuers'}),
        ('Экибастуза', 0, 'city', 'Ekibastuz', PR, {'note': 'NI:origin of rescuers'}),
        ('Иртыше', 0, 'facility', 'Irtysh', N, {'subkind': 'river'}),
        ('Павлодара', 1, 'city', 'Pavlodar', PR, {'note': 'NI:water gauge'}),
        ('трёх областях', 0, 'quantified', '3 regions', N, {'count': 3, 'unit': 'region', 'note': 'floods in unnamed regions'}),
        ('Казахстана', 0, 'country', 'Kazakhstan', N),
     ],
     inc={PR: (1, 'meltwater flood washed away the bridge between Golubovka and Koskol, Irtysh district')},
     unatt=[{'label': 'трёх областях', 'count': 3, 'note': 'homes flooded in three unnamed regions'}]),
]
