"""Russian texts of the seventy-fifth unseen check corpus."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p009', date='1992-10-20', lang='ru',
     event='1992 fatal fuel-oil tank fire at an oil depot in Atyrau, renamed from Guryev that year (Atyrau Region, the former Guryev Region); Aktau formerly Shevchenko sends firefighters; the Caspian; an engineer named Гурьев',
     text="""Горит нефтебаза в Атырау. Горожане по привычке говорят «в Гурьеве»
АТЫРАУ, 20 октября (КазТАГ) — В ночь на вторник на нефтебазе в западной части Атырау загорелся резервуар с мазутом. Огонь тушили девять часов, погиб один рабочий, ещё двое получили ожоги, сообщили в управлении пожарной охраны Атырауской области.
Казахское название Атырау город официально получил только в этом году, и многие жители по-прежнему называют его Гурьевом. «Я родился в Гурьеве и, видимо, так и останусь гурьевцем», — говорит ветеран нефтепромыслов Каиргали Утегенов. Вместе с городом сменила имя и область, прежде Гурьевская.
Сосед по Каспию, Актау, переименован годом раньше: до 1991 года он назывался Шевченко. Оттуда на помощь атыраусцам прилетели восемь пожарных с пенным оборудованием.
Главный инженер нефтебазы Виктор Гурьев сказал журналистам, что резервуар прошёл проверку весной, а причину возгорания установит комиссия из Алма-Аты.""",
     ann=[
        ('Атырау', 0, 'city', 'Atyrau', ATR, {'note': 'headline'}),
        ('Гурьеве', 0, 'city', 'Atyrau', ATR, {'note': 'headline; the Soviet name of Atyrau, in a quote'}),
        ('АТЫРАУ', 0, 'city', 'Atyrau', ATR, {'note': 'dateline'}),
        ('Атырау', 1, 'city', 'Atyrau', ATR),
        ('Атырауской области', 0, 'region', ATR, ATR, {'note': 'inside the name of an authority'}),
        ('Атырау', 2, 'city', 'Atyrau', ATR, {'note': 'the name itself, in a sentence on the renaming'}),
        ('Гурьевом', 0, 'city', 'Atyrau', ATR, {'note': 'the old name'}),
        ('Гурьеве', 1, 'city', 'Atyrau', ATR, {'note': 'NI:birthplace, in a quote'}),
        ('Гурьевская', 0, 'region', ATR, ATR, {'uncertain': True, 'note': 'the former name of Atyrau Region (renamed 1992); labelled with the unit on the article date'}),
        ('Каспию', 0, 'facility', 'Caspian Sea', N, {'subkind': 'sea'}),
        ('Актау', 0, 'city', 'Aktau', MR, {'note': 'NI:the neighbouring city renamed in 1991'}),
        ('Шевченко', 0, 'city', 'Aktau', MR, {'note': 'NI:the name of Aktau until 1991 (not the poet)'}),
        ('Алма-Аты', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of the commission'}),
     ],
     inc={ATR: (1, 'fuel-oil tank fire at the oil depot in Atyrau, one dead')}),

dict(id='p010', date='1997-07-15', lang='ru',
     event='1997 chronicle of the region mergers: former officials block a street in Taldykorgan (Almaty Region), fatal hostel fire in Zhezkazgan (Karaganda Region), hot-water main burst scalds three in Arkalyk (Kostanay Region), bus in a ditch on the Almaty-Taraz road near Kulan (Jambyl Region); Taraz the former Dzhambul and Zhambyl; five abolished regions; Semipalatinsk and Kokshetau without incident; Akmola the future capital',
     text="""Укрупнение областей: три месяца спустя
АЛМАТЫ, 15 июля (Интерфакс-Казахстан) — С весны в Казахстане упразднены пять областей — Талдыкорганская, Семипалатинская, Жезказганская, Кокшетауская и Тургайская. Их города и районы вошли в состав соседних областей, а бывшие областные центры, по словам их жителей, превратились в «обычные райцентры».
В Талдыкоргане, который теперь относится к Алматинской области, около 300 бывших сотрудников областного аппарата в понедельник перекрыли улицу Абая у здания бывшей администрации, требуя выплатить выходные пособия. Полиция задержала двоих, остальные разошлись к вечеру.
В Жезказгане, ставшем частью Карагандинской области, в субботу ночью горело общежитие медеплавильного завода. Погибли два человека, 40 жильцов эвакуированы. Пожарные жалуются, что после слияния областей их техника осталась без запчастей: заявки теперь идут в Караганду.
В Аркалыке, бывшем центре Тургайской области, а ныне городе Костанайской области, прорвало магистраль горячей воды; трое прохожих получили ожоги.
В Таразе — так с января называется бывший Джамбул, в 1993–1997 годах носивший имя Жамбыл, — рейсовый автобус на трассе Алматы — Тараз съехал в кювет возле посёлка Кулан, пострадали 11 пассажиров. Многие пассажиры в билетах по-прежнему видят старое название: кассы на вокзале не успели сменить бланки.
В Семипалатинске, перешедшем в Восточно-Казахстанскую область, и в Кокшетау, который подчиняется теперь Петропавловску, обошлось без происшествий, но и там жалуются на очереди за документами. Предприниматели из Семипалатинска теперь ездят за лицензиями за 200 км в Усть-Каменогорск, а кокшетауские пенсионеры — за справками в областной центр, до которого почти 190 км. В Акмоле, куда к концу года должна переехать столица, шутят: «Из Целинограда уехали, в Астану ещё не приехали».""",
     ann=[
        ('АЛМАТЫ', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Казахстане', 0, 'country', 'Kazakhstan', N),
        ('пять областей', 0, 'quantified', '5 regions', N, {'count': 5, 'unit': 'region', 'note': 'abolished in 1997; not about incidents'}),
        ('Талдыкорганская', 0, 'region', ALR, ALR, {'uncertain': True, 'note': 'abolished Taldykorgan Region, labelled with the unit holding its land on the article date; in a list sharing "областей"'}),
        ('Семипалатинская', 0, 'region', EKR, EKR, {'uncertain': True, 'note': 'abolished Semipalatinsk Region, merged into East Kazakhstan Region'}),
        ('Жезказганская', 0, 'region', KR, KR, {'uncertain': True, 'note': 'abolished Zhezkazgan Region, merged into Karaganda Region'}),
        ('Кокшетауская', 0, 'region', NKR, NKR, {'uncertain': True, 'note': 'abolished Kokshetau Region, merged into North Kazakhstan Region in 1997'}),
        ('Тургайская', 0, 'region', KOR, KOR, {'uncertain': True, 'note': 'abolished Torgay Region, divided between Kostanay and Akmola regions; labelled with the unit holding its seat Arkalyk'}),
        ('Талдыкоргане', 0, 'city', 'Taldykorgan', ALR),
        ('Алматинской области', 0, 'region', ALR, ALR),
        ('улицу Абая', 0, 'facility', 'Abai Street (Taldykorgan)', ALR, {'subkind': 'street', 'note': 'street named after the poet'}),
        ('Жезказгане', 0, 'city', 'Zhezkazgan', KR, {'note': 'Karaganda Region from 1997 to 2022-06-08'}),
        ('Карагандинской области', 0, 'region', KR, KR),
        ('Караганду', 0, 'city', 'Karaganda', KR, {'note': 'NI:where requests are sent'}),
        ('Аркалыке', 0, 'city', 'Arkalyk', KOR),
        ('Тургайской области', 0, 'region', KOR, KOR, {'uncertain': True, 'note': 'NI:the abolished Torgay Region, labelled with the unit holding its seat Arkalyk'}),
        ('Костанайской области', 0, 'region', KOR, KOR),
        ('Таразе', 0, 'city', 'Taraz', JR, {'note': 'named Taraz since January 1997'}),
        ('Джамбул', 0, 'city', 'Taraz', JR, {'note': 'NI:the Soviet name of Taraz (until 1993)'}),
        ('Жамбыл', 0, 'city', 'Taraz', JR, {'note': 'NI:the name of Taraz in 1993-1997; the city, not Jambyl Region'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:road endpoint'}),
        ('Тараз', 0, 'city', 'Taraz', JR, {'note': 'NI:road endpoint'}),
        ('Кулан', 0, 'village', 'Kulan', JR),
        ('Семипалатинске', 0, 'city', 'Semey', EKR, {'note': 'NI:no incident; East Kazakhstan Region from 1997 to 2022-06-08'}),
        ('Восточно-Казахстанскую область', 0, 'region', EKR, EKR, {'note': 'NI:background'}),
        ('Кокшетау', 0, 'city', 'Kokshetau', NKR, {'note': 'NI:no incident; in North Kazakhstan Region from 1997 to 1999'}),
        ('Петропавловску', 0, 'city', 'Petropavl', NKR, {'note': 'NI:seat of the regional administration'}),
        ('Семипалатинска', 0, 'city', 'Semey', EKR, {'note': 'NI:origin of entrepreneurs'}),
        ('Усть-Каменогорск', 0, 'city', 'Oskemen', EKR, {'note': 'NI:seat of the regional administration'}),
        ('Акмоле', 0, 'city', 'Astana', 'Astana', {'note': 'NI:the future capital (Akmola 1992-1998)'}),
        ('Целинограда', 0, 'city', 'Astana', 'Astana', {'note': 'NI:the Soviet name of the same city, in a joke'}),
        ('Астану', 0, 'city', 'Astana', 'Astana', {'uncertain': True, 'note': 'NI:in a joke; the capital, not yet so named in July 1997 (could be read as the common noun "capital")'}),
     ],
     inc={ALR: (1, 'former officials block Abai Street in Taldykorgan, two detained'),
          KR: (1, 'fatal fire in a copper smelter hostel in Zhezkazgan'),
          KOR: (1, 'hot-water main burst in Arkalyk, three scalded'),
          JR: (1, 'bus in a ditch near Kulan on the Almaty-Taraz road, 11 hurt')}),

dict(id='p011', date='2015-03-11', lang='ru',
     event='2015 freight wagons derail at Kandyagash station (the former Oktyabrsk), Mugalzhar district (Aktobe Region); train from Atyrau to Russia; old names Октябрьск and Актюбинск; Emba and Shubarkuduk trains delayed',
     text="""На станции Кандыагаш сошли с рельсов 12 вагонов
АКТОБЕ, 11 марта — В ночь на среду на станции Кандыагаш в Мугалжарском районе Актюбинской области сошли с рельсов 12 цистерн грузового поезда, шедшего из Атырау в Россию. Пострадавших нет, утечки нефтепродуктов не допущено, сообщили в отделении «Казахстан темир жолы».
Из-за аварии на семь часов задержались пассажирские поезда на Эмбу и Шубаркудук.
Кандыагаш получил нынешнее имя в 1997 году, до этого город назывался Октябрьск. Старые указатели с прежним названием до сих пор стоят на въезде со стороны трассы. «Бабушка пишет письма в Октябрьск, а открытки из Актюбинска подписывает "Актобе" только потому, что так велит почта», — шутит местный житель Ерлан Жумагалиев.
Причины схода вагонов выясняет комиссия, прибывшая из Астаны.""",
     ann=[
        ('Кандыагаш', 0, 'facility', 'Kandyagash railway station', AR, {'subkind': 'railway station', 'note': 'headline; the station named after the town'}),
        ('АКТОБЕ', 0, 'city', 'Aktobe', AR, {'note': 'dateline'}),
        ('Кандыагаш', 1, 'facility', 'Kandyagash railway station', AR, {'subkind': 'railway station'}),
        ('Мугалжарском районе', 0, 'district', 'Mugalzhar District', AR),
        ('Актюбинской области', 0, 'region', AR, AR),
        ('Атырау', 0, 'city', 'Atyrau', ATR, {'note': 'NI:origin of the train'}),
        ('Россию', 0, 'foreign', 'Russia', N, {'note': 'NI:destination of the train'}),
        ('Эмбу', 0, 'city', 'Emba', AR, {'note': 'NI:destination of delayed trains'}),
        ('Шубаркудук', 0, 'village', 'Shubarkuduk', AR, {'note': 'NI:destination of delayed trains'}),
        ('Кандыагаш', 2, 'city', 'Kandyagash', AR, {'note': 'the town and its renaming'}),
        ('Октябрьск', 0, 'city', 'Kandyagash', AR, {'note': 'the name of Kandyagash until 1997'}),
        ('Октябрьск', 1, 'city', 'Kandyagash', AR, {'note': 'NI:old name on letters'}),
        ('Актюбинска', 0, 'city', 'Aktobe', AR, {'note': 'NI:the Russian name of Aktobe (until 1999)'}),
        ('Актобе', 0, 'city', 'Aktobe', AR, {'note': 'NI:the current name, written on postcards'}),
        ('Астаны', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of the commission'}),
     ],
     inc={AR: (1, 'derailment of 12 tank wagons at Kandyagash station')}),

dict(id='p012', date='2013-07-02', lang='ru',
     event='2013 Proton-M rocket crash seconds after launch from the Baikonur cosmodrome (Kyzylorda Region, leased to Russia); the town of Baikonur formerly Leninsk; residents of Akay and Toretam (Karmakshy district) told to stay indoors; Moscow',
     text="""«Протон-М» упал через минуту после старта с Байконура
БАЙКОНУР, 2 июля — Ракета-носитель «Протон-М» с тремя навигационными спутниками упала во вторник утром на территорию космодрома Байконур менее чем через минуту после старта. Погибших и пострадавших нет, сообщили в Роскосмосе.
Над местом падения поднялось облако ядовитого топлива. Жителям посёлков Акай и Торетам Кармакшинского района Кызылординской области власти посоветовали закрыть окна и не выходить на улицу.
Город Байконур, который до 1995 года назывался Ленинском, вместе с космодромом арендует Россия. Многие пожилые жители до сих пор говорят «Ленинск», а казахстанские чиновники в последние годы всё чаще пишут название космодрома как «Байқоңыр».
Комиссия из Москвы и представители Казкосмоса вылетели на место аварии. По данным акимата Кызылординской области, радиационный и химический фон в городе в норме.""",
     ann=[
        ('Байконура', 0, 'facility', 'Baikonur Cosmodrome', KZR, {'subkind': 'cosmodrome', 'note': 'headline; leased to Russia'}),
        ('БАЙКОНУР', 0, 'city', 'Baikonur', KZR, {'note': 'dateline; the town, leased to Russia'}),
        ('Байконур', 0, 'facility', 'Baikonur Cosmodrome', KZR, {'subkind': 'cosmodrome', 'note': 'leased to Russia'}),
        ('Акай', 0, 'village', 'Akay', KZR, {'note': 'NI:residents told to stay indoors (a measure)'}),
        ('Торетам', 0, 'village', 'Toretam', KZR, {'note': 'NI:residents told to stay indoors (a measure)'}),
        ('Кармакшинского района', 0, 'district', 'Karmakshy District', KZR, {'note': 'NI:measure'}),
        ('Кызылординской области', 0, 'region', KZR, KZR),
        ('Байконур', 1, 'city', 'Baikonur', KZR, {'note': 'NI:the town; leased to Russia'}),
        ('Ленинском', 0, 'city', 'Baikonur', KZR, {'note': 'NI:the name of the town until 1995'}),
        ('Россия', 0, 'foreign', 'Russia', N),
        ('Ленинск', 0, 'city', 'Baikonur', KZR, {'note': 'NI:the old name in residents\' speech'}),
        ('Байқоңыр', 0, 'facility', 'Baikonur Cosmodrome', KZR, {'subkind': 'cosmodrome', 'note': 'NI:Kazakh spelling of the cosmodrome\'s name'}),
        ('Москвы', 0, 'foreign', 'Moscow', N, {'note': 'NI:origin of the commission'}),
        ('Кызылординской области', 1, 'region', KZR, KZR, {'note': 'inside the name of an authority'}),
     ],
     inc={KZR: (1, 'Proton-M rocket crash on the territory of the Baikonur cosmodrome')}),

dict(id='p013', date='2022-06-15', lang='ru',
     event='2022 first week of the new regions: warehouse fire in Semey (Abai Region), fatal collision near Karabulak, Eskeldi district, on the Taldykorgan-Tekeli road (Jetisu Region), residents of Kengir block a road over hot water in Zhezkazgan (Ulytau Region), fire at a holiday camp in Konaev, the former Kapchagay and new seat of Almaty Region; Zhetysu district of Almaty vs Jetisu Region; Ust-Kamenogorsk and Karaganda as former seats; warehouse fires in four other, unnamed regions (unattributed)',
     text="""Новые области: первая неделя
АЛМАТЫ, 15 июня (Vlast.kz) — Прошла неделя с того дня, как на карте Казахстана появились три новые области — Абайская, Жетысуская и Улытауская. Вывески на зданиях акиматов сменили за несколько дней, а вот жители и чиновники к новым названиям привыкают медленнее.
В Семее, ставшем центром области Абай, в ночь на понедельник сгорел склад стройматериалов на улице Шакарима. Огонь тушили шесть часов, пострадавших нет. Сообщение об этом департамент ЧС по привычке разослал на бланке Восточно-Казахстанской области — прежде ответ за Семей держал Усть-Каменогорск.
В Жетысуской области, центром которой стал Талдыкорган, на трассе Талдыкорган — Текели у села Карабулак Ескельдинского района столкнулись легковой автомобиль и грузовик; погибли два человека. Читатели просят не путать новую область с Жетысуским районом Алматы: «У нас в районе теперь спрашивают, в какую область звонить», — пишет один из них.
В Жезказгане, центре Улытауской области, около 150 жителей микрорайона Кенгир во вторник перекрыли дорогу, требуя дать горячую воду, которой нет с начала мая. Аким города вышел к людям и пообещал дать воду к пятнице. Ещё неделю назад с такими жалобами жителям пришлось бы ехать в Караганду.
Алматинская область, от которой отделили Жетысу, получила новый центр — Конаев, бывший Капчагай, переименованный в честь Динмухамеда Кунаева. В воскресенье в зоне отдыха на берегу водохранилища в Конаеве сгорели три деревянных домика; отдыхающие успели выбежать. «Город переименовали, а пожарную машину нам так и не дали», — сказал владелец базы.
В Усть-Каменогорске, оставшемся центром уменьшившейся Восточно-Казахстанской области, подсчитали, что регион потерял почти 40 процентов территории и около трети населения. Местные власти уверяют, что на работе служб это не скажется. По данным МЧС, за ту же неделю крупные пожары на складах произошли ещё в четырёх областях, которые ведомство не назвало.""",
     ann=[
        ('АЛМАТЫ', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Казахстана', 0, 'country', 'Kazakhstan', N),
        ('три новые области', 0, 'quantified', '3 regions', N, {'count': 3, 'unit': 'region', 'note': 'created 2022-06-08; members named; not about incidents'}),
        ('Абайская', 0, 'region', ABR, ABR, {'note': 'NI:in a list sharing "области"'}),
        ('Жетысуская', 0, 'region', JTR, JTR, {'note': 'NI:in a list sharing "области"'}),
        ('Улытауская', 0, 'region', UR, UR, {'note': 'NI:in a list sharing "области"'}),
        ('Семее', 0, 'city', 'Semey', ABR, {'note': 'Abai Region since 2022-06-08'}),
        ('области Абай', 0, 'region', ABR, ABR, {'note': 'head noun before the name'}),
        ('улице Шакарима', 0, 'facility', 'Shakarim Street (Semey)', ABR, {'subkind': 'street', 'note': 'street named after a person'}),
        ('Восточно-Казахстанской области', 0, 'region', EKR, EKR, {'note': 'NI:the former unit of Semey, on an old letterhead'}),
        ('Семей', 0, 'city', 'Semey', ABR, {'note': 'NI:background'}),
        ('Усть-Каменогорск', 0, 'city', 'Oskemen', EKR, {'note': 'NI:former seat responsible for Semey'}),
        ('Жетысуской области', 0, 'region', JTR, JTR),
        ('Талдыкорган', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:seat of Jetisu Region'}),
        ('Талдыкорган', 1, 'city', 'Taldykorgan', JTR, {'note': 'NI:road endpoint'}),
        ('Текели', 0, 'city', 'Tekeli', JTR, {'note': 'NI:road endpoint'}),
        ('Карабулак', 0, 'village', 'Karabulak (Eskeldi district)', JTR),
        ('Ескельдинского района', 0, 'district', 'Eskeldi District', JTR),
        ('Жетысуским районом', 0, 'district', 'Zhetysu District (Almaty)', 'Almaty', {'subkind': 'city district', 'note': 'NI:district of Almaty, not Jetisu Region; readers\' residence'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:the city of the district'}),
        ('Жезказгане', 0, 'city', 'Zhezkazgan', UR, {'note': 'Ulytau Region since 2022-06-08'}),
        ('Улытауской области', 0, 'region', UR, UR),
        ('Кенгир', 0, 'district', 'Kengir (Zhezkazgan)', UR, {'subkind': 'microdistrict'}),
        ('Караганду', 0, 'city', 'Karaganda', KR, {'note': 'NI:the former regional seat'}),
        ('Алматинская область', 0, 'region', ALR, ALR, {'note': 'NI:background'}),
        ('Жетысу', 0, 'region', JTR, JTR, {'note': 'NI:the territory split off from Almaty Region'}),
        ('Конаев', 0, 'city', 'Konaev', ALR, {'note': 'NI:new seat of Almaty Region'}),
        ('Капчагай', 0, 'city', 'Konaev', ALR, {'note': 'NI:the former name of Konaev'}),
        ('Конаеве', 0, 'city', 'Konaev', ALR),
        ('Усть-Каменогорске', 0, 'city', 'Oskemen', EKR, {'note': 'NI:background'}),
        ('Восточно-Казахстанской области', 1, 'region', EKR, EKR, {'note': 'NI:background'}),
        ('четырёх областях', 0, 'quantified', '4 regions', N, {'count': 4, 'unit': 'region', 'note': 'warehouse fires in four other, unnamed regions (unattributed)'}),
     ],
     inc={ABR: (1, 'fire at a building materials warehouse on Shakarim Street in Semey'),
          JTR: (1, 'fatal collision near Karabulak, Eskeldi district, on the Taldykorgan-Tekeli road'),
          UR: (1, 'Kengir residents block a road in Zhezkazgan over hot water'),
          ALR: (1, 'three wooden cabins burnt at a holiday camp in Konaev')},
     unatt=[{'label': 'четырёх областях', 'count': 4, 'note': 'large warehouse fires in four other regions that the ministry did not name'}]),

dict(id='p014', date='2017-04-18', lang='ru',
     event='2017 gas cylinder explosion in a private house in Tayynsha (the former Krasnoarmeysk), two hurt (North Kazakhstan Region); debate in Petropavlovsk/Petropavl over the historical name Кызылжар, already borne by the Kyzylzhar district (the former Sokolov district); Kurgan in Russia',
     text="""Взрыв газа в Тайынше и спор о имени Петропавловска
ПЕТРОПАВЛОВСК, 18 апреля — В Тайынше в понедельник вечером в частном доме на улице Конституции взорвался газовый баллон. Хозяин дома и его сын получили ожоги, их доставили в областную больницу, сообщили в ДЧС Северо-Казахстанской области. Город Тайынша носит это название с 1997 года, до этого он назывался Красноармейск.
Тем временем в самом Петропавловске (по-казахски — Петропавл) продолжается спор о возвращении городу исторического названия Кызылжар. Сторонники переименования собрали около 2 тыс. подписей. Противники напоминают, что имя Кызылжар уже носит соседний район, бывший Соколовский, и что путаницы хватает и так: жители Кызылжарского района регулярно получают чужие письма.
«Нас в Кургане и Омске знают как Петропавловск, и бизнесу менять название невыгодно», — сказал предприниматель Олег Мартыненко. Городской маслихат обещает провести общественные слушания до конца года.""",
     ann=[
        ('Тайынше', 0, 'city', 'Tayynsha', NKR, {'note': 'headline'}),
        ('Петропавловска', 0, 'city', 'Petropavl', NKR, {'note': 'headline; the Russian name'}),
        ('ПЕТРОПАВЛОВСК', 0, 'city', 'Petropavl', NKR, {'note': 'dateline'}),
        ('Тайынше', 1, 'city', 'Tayynsha', NKR),
        ('улице Конституции', 0, 'facility', 'Konstitutsii Street (Tayynsha)', NKR, {'subkind': 'street'}),
        ('Северо-Казахстанской области', 0, 'region', NKR, NKR, {'note': 'inside the name of an authority'}),
        ('Тайынша', 0, 'city', 'Tayynsha', NKR, {'note': 'the renaming'}),
        ('Красноармейск', 0, 'city', 'Tayynsha', NKR, {'note': 'the name of Tayynsha until 1997'}),
        ('Петропавловске', 0, 'city', 'Petropavl', NKR, {'note': 'NI:renaming debate'}),
        ('Петропавл', 0, 'city', 'Petropavl', NKR, {'note': 'NI:the Kazakh name'}),
        ('Кызылжар', 0, 'city', 'Petropavl', NKR, {'note': 'NI:the historical name proposed for the city; not the district'}),
        ('Кызылжар', 1, 'city', 'Petropavl', NKR, {'uncertain': True, 'note': 'NI:the name as such, said to be borne by the district; read as the proposed city name'}),
        ('Соколовский', 0, 'district', 'Kyzylzhar District', NKR, {'note': 'NI:the former name of Kyzylzhar district'}),
        ('Кызылжарского района', 0, 'district', 'Kyzylzhar District', NKR, {'note': 'NI:residents get misdirected letters'}),
        ('Кургане', 0, 'foreign', 'Kurgan', N),
        ('Омске', 0, 'foreign', 'Omsk', N),
        ('Петропавловск', 0, 'city', 'Petropavl', NKR, {'note': 'NI:in a quote'}),
     ],
     inc={NKR: (1, 'gas cylinder explosion in a private house in Tayynsha, two hurt')}),

dict(id='p015', date='2011-03-22', lang='ru',
     event='2011 fire at a feed warehouse in Peremetnoye, Zelenov district, and a bus-minibus collision on Dostyk Avenue (the former Sovetskaya Street) in Uralsk/Oral (West Kazakhstan Region); Uralsk vs Oral usage; Samara in Russia',
     text="""ЗКО: пожар в Переметном и ДТП в центре Уральска
УРАЛЬСК, 22 марта — В селе Переметное Зеленовского района в ночь на вторник сгорел склад кормов местного крестьянского хозяйства. Огонь уничтожил около 200 тонн сена, люди не пострадали, сообщили в департаменте по ЧС Западно-Казахстанской области.
В тот же день в Уральске на проспекте Достык, который горожане постарше по-прежнему называют Советской, столкнулись городской автобус и маршрутное такси. Четверо пассажиров получили травмы.
Официально город по-казахски называется Орал, и в документах акимата всё чаще пишут именно так, но в разговоре большинство жителей говорит «Уральск». «Для меня он Орал, когда я говорю по-казахски, и Уральск, когда по-русски. Путаются только приезжие из Самары», — объясняет преподаватель Гульнар Есенова.""",
     ann=[
        ('ЗКО', 0, 'region', WKR, WKR, {'note': 'headline; abbreviation of Западно-Казахстанская область'}),
        ('Переметном', 0, 'village', 'Peremetnoye', WKR, {'note': 'headline'}),
        ('Уральска', 0, 'city', 'Oral', WKR, {'note': 'headline; the Russian name of Oral'}),
        ('УРАЛЬСК', 0, 'city', 'Oral', WKR, {'note': 'dateline'}),
        ('Переметное', 0, 'village', 'Peremetnoye', WKR),
        ('Зеленовского района', 0, 'district', 'Baiterek District', WKR, {'note': 'Zelenov district (renamed Baiterek later)'}),
        ('Западно-Казахстанской области', 0, 'region', WKR, WKR, {'note': 'inside the name of an authority'}),
        ('Уральске', 0, 'city', 'Oral', WKR),
        ('проспекте Достык', 0, 'facility', 'Dostyk Avenue (Oral)', WKR, {'subkind': 'street'}),
        ('Советской', 0, 'facility', 'Dostyk Avenue (Oral)', WKR, {'subkind': 'street', 'note': 'the old name of the avenue'}),
        ('Орал', 0, 'city', 'Oral', WKR, {'note': 'NI:the Kazakh name'}),
        ('Уральск', 0, 'city', 'Oral', WKR, {'note': 'NI:the Russian name in speech'}),
        ('Орал', 1, 'city', 'Oral', WKR, {'note': 'NI:in a quote'}),
        ('Уральск', 1, 'city', 'Oral', WKR, {'note': 'NI:in a quote'}),
        ('Самары', 0, 'foreign', 'Samara', N, {'note': 'NI:origin of visitors'}),
     ],
     inc={WKR: (2, 'fire at a feed warehouse in Peremetnoye; bus-minibus collision on Dostyk Avenue in Uralsk')}),

dict(id='p016', date='2021-11-23', lang='ru',
     event='2021 Karaganda Region chronicle: fatal flat fire in the Alikhan Bokeikhan district of Karaganda (the former Oktyabrsky district), methane flash at a mine in Shakhtinsk, collision near Temirtau (formerly Samarkand) on the Karaganda-Nur-Sultan road, and a protest of copper workers in Zhezkazgan (Karaganda Region before the 2022 split); Satpayev formerly Nikolsky; old names of city districts named after persons',
     text="""Карагандинская область: хроника недели
КАРАГАНДА, 23 ноября (KazTAG) — В районе имени Алихана Бокейхана в Караганде в ночь на понедельник загорелась квартира в пятиэтажном доме на улице Гапеева. Погиб 70-летний хозяин квартиры, ещё шестерых жильцов спасли пожарные.
Район получил новое имя в прошлом году: прежде он назывался Октябрьским. «Скорая помощь приехала быстро, а вот в заявке диспетчер всё равно написала "Октябрьский район"», — рассказала соседка погибшего. Второй район города, имени Казыбек би, сменил название ещё в 1990-е, но старожилы до сих пор называют его Ленинским.
В Шахтинске на одной из шахт во вторник произошла вспышка метана. Трое горняков получили ожоги, их доставили в ожоговый центр Караганды.
На трассе Караганда — Нур-Султан под Темиртау столкнулись два легковых автомобиля, пострадали пять человек. Темиртау, к слову, — один из немногих городов области, который сменил имя задолго до независимости: посёлок Самарканд стал городом Темиртау в 1945 году.
В Жезказгане в четверг около 80 работников медеплавильного завода собрались у здания городского акимата, требуя повысить зарплату. Жители Жезказгана и соседнего Сатпаева, до 1990 года носившего имя Никольский, давно просят выделить их в отдельную область — с центром в Жезказгане или в Улытау. Областные власти в Караганде говорят, что такой вопрос не обсуждается.""",
     ann=[
        ('Карагандинская область', 0, 'region', KR, KR, {'note': 'headline'}),
        ('КАРАГАНДА', 0, 'city', 'Karaganda', KR, {'note': 'dateline'}),
        ('районе имени Алихана Бокейхана', 0, 'district', 'Alikhan Bokeikhan District (Karaganda)', KR, {'subkind': 'city district', 'note': 'district named after a person; the span includes "района имени"'}),
        ('Караганде', 0, 'city', 'Karaganda', KR),
        ('улице Гапеева', 0, 'facility', 'Gapeev Street (Karaganda)', KR, {'subkind': 'street', 'note': 'street named after a person'}),
        ('Октябрьским', 0, 'district', 'Alikhan Bokeikhan District (Karaganda)', KR, {'subkind': 'city district', 'note': 'the former name of the district'}),
        ('Октябрьский район', 0, 'district', 'Alikhan Bokeikhan District (Karaganda)', KR, {'subkind': 'city district', 'note': 'old name in a dispatcher\'s form'}),
        ('имени Казыбек би', 0, 'district', 'Kazybek Bi District (Karaganda)', KR, {'subkind': 'city district', 'note': 'NI:district named after a person; "района" is shared with the previous sentence'}),
        ('Ленинским', 0, 'district', 'Kazybek Bi District (Karaganda)', KR, {'subkind': 'city district', 'note': 'NI:the former name of the district'}),
        ('Шахтинске', 0, 'city', 'Shakhtinsk', KR),
        ('Караганды', 0, 'city', 'Karaganda', KR, {'note': 'NI:hospital town'}),
        ('Караганда', 0, 'city', 'Karaganda', KR, {'note': 'NI:road endpoint'}),
        ('Нур-Султан', 0, 'city', 'Astana', 'Astana', {'note': 'NI:road endpoint; the capital named Nur-Sultan 2019-2022'}),
        ('Темиртау', 0, 'city', 'Temirtau', KR, {'note': '"под Темиртау": the crash site near the town'}),
        ('Темиртау', 1, 'city', 'Temirtau', KR, {'note': 'NI:history of the name'}),
        ('Самарканд', 0, 'village', 'Temirtau', KR, {'note': 'NI:the settlement that became Temirtau in 1945; not the Uzbek city'}),
        ('Темиртау', 2, 'city', 'Temirtau', KR, {'note': 'NI:history of the name'}),
        ('Жезказгане', 0, 'city', 'Zhezkazgan', KR, {'note': 'Karaganda Region before 2022-06-08'}),
        ('Жезказгана', 0, 'city', 'Zhezkazgan', KR, {'note': 'NI:residence'}),
        ('Сатпаева', 0, 'city', 'Satpayev', KR, {'note': 'NI:residence; the town, not the person'}),
        ('Никольский', 0, 'city', 'Satpayev', KR, {'note': 'NI:the name of Satpayev until 1990'}),
        ('Жезказгане', 1, 'city', 'Zhezkazgan', KR, {'note': 'NI:proposed seat of a new region'}),
        ('Улытау', 0, 'village', 'Ulytau', KR, {'note': 'NI:proposed seat of a new region; the village'}),
        ('Караганде', 1, 'city', 'Karaganda', KR, {'note': 'NI:seat of the regional authorities'}),
     ],
     inc={KR: (4, 'fatal flat fire in Alikhan Bokeikhan district of Karaganda; methane flash at a Shakhtinsk mine, three burnt; two-car collision near Temirtau; protest of copper workers at the Zhezkazgan akimat')}),
]
