"""Russian texts of the forty-second unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
JR, ALR, KYR, TR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'Turkistan Region', 'South Kazakhstan Region'
ABR, JTR, EKR, MR, KOR = 'Abai Region', 'Jetisu Region', 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR, UR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region', 'Ulytau Region'
ATR, AR, WKR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region'

DOCS = [
dict(id='p009', date='2024-04-15', lang='ru',
     event='2024 spring floods on the Ural: dachas of Oral and the villages Yanvartsevo and Kushum of Baiterek district flooded (West Kazakhstan Region); the Zhem breaks a temporary embankment at Kulsary (Atyrau Region); Orsk dam failure in Russia; volunteers from other regions; state of emergency "в 8 областях" (a measure, not counted)',
     text="""Паводок в ЗКО: Урал подошёл к Уральску, в Кульсары вода прорвала насыпь
УРАЛЬСК. 15 апреля. ИНТЕРФАКС-КАЗАХСТАН – Уровень реки Урал у Уральска за сутки поднялся на 60 сантиметров. Вода затопила дачные массивы на северной окраине города и более 300 домов в сёлах Январцево и Кушум Байтерекского района, сообщил департамент по чрезвычайным ситуациям Западно-Казахстанской области.
Из подтопленных сёл вывезены около 1 800 человек. Их разместили в пунктах временного размещения в школах и колледжах Уральска.
Большая вода пришла из России: после прорыва дамбы в Орске Оренбургской области пик паводка на Урале смещается вниз по течению. По прогнозу Казгидромета, у Уральска он ожидается в конце недели, а у Атырау – в начале мая.
В Атырауской области главная угроза исходит от реки Жем, которую на картах часто называют Эмбой. В ночь на понедельник вода размыла временную насыпь на южной окраине Кульсары и затопила 40 домов; их жителей перевезли в спорткомплекс города. Министр по чрезвычайным ситуациям, прилетевший из Атырау, провёл совещание в акимате Жылыойского района и поручил за двое суток поднять дамбу ещё на метр. «Главное сейчас – удержать воду за городом, люди и техника для этого есть», – сказал министр журналистам.
В Махамбетском и Индерском районах жители прибрежных сёл укладывают мешки с песком, но подтоплений там пока нет.
В помощь спасателям в Кульсары прибыли 200 волонтёров из Актобе, Астаны и Алматы, а в Уральск – 40 единиц техники из Мангистауской области.
Режим чрезвычайной ситуации сейчас действует в 8 областях страны. По данным МЧС Казахстана, с начала паводков из зон подтопления эвакуированы более 110 тысяч человек. Правительство выделило пострадавшим семьям единовременную помощь в размере 100 месячных расчётных показателей.""",
     ann=[
        ('ЗКО', 0, 'region', WKR, WKR, {'note': 'headline; abbreviation of Западно-Казахстанская область'}),
        ('Урал', 0, 'facility', 'Ural river', N, {'subkind': 'river', 'note': 'headline'}),
        ('Уральску', 0, 'city', 'Oral', WKR, {'note': 'headline; Russian name Уральск'}),
        ('Кульсары', 0, 'city', 'Kulsary', ATR, {'note': 'headline'}),
        ('УРАЛЬСК', 0, 'city', 'Oral', WKR, {'note': 'dateline'}),
        ('Урал', 1, 'facility', 'Ural river', N, {'subkind': 'river'}),
        ('Уральска', 0, 'city', 'Oral', WKR),
        ('Январцево', 0, 'village', 'Yanvartsevo', WKR),
        ('Кушум', 0, 'village', 'Kushum', WKR),
        ('Байтерекского района', 0, 'district', 'Baiterek District', WKR),
        ('Западно-Казахстанской области', 0, 'region', WKR, WKR, {'note': 'inside the name of an authority'}),
        ('Уральска', 1, 'city', 'Oral', WKR, {'note': 'NI:shelters for evacuees'}),
        ('России', 0, 'foreign', 'Russia', N),
        ('Орске', 0, 'foreign', 'Orsk', N),
        ('Оренбургской области', 0, 'foreign', 'Orenburg Oblast', N),
        ('Урале', 0, 'facility', 'Ural river', N, {'subkind': 'river', 'note': 'the river, not the mountains'}),
        ('Уральска', 2, 'city', 'Oral', WKR, {'note': 'NI:forecast'}),
        ('Атырау', 0, 'city', 'Atyrau', ATR, {'note': 'NI:forecast'}),
        ('Атырауской области', 0, 'region', ATR, ATR),
        ('Жем', 0, 'facility', 'Emba river', N, {'subkind': 'river'}),
        ('Эмбой', 0, 'facility', 'Emba river', N, {'subkind': 'river', 'note': 'another name of the Zhem'}),
        ('Кульсары', 1, 'city', 'Kulsary', ATR),
        ('Атырау', 1, 'city', 'Atyrau', ATR, {'note': "NI:minister's origin"}),
        ('Жылыойского района', 0, 'district', 'Zhylyoi District', ATR, {'note': 'NI:seat of the akimat where the meeting was held'}),
        ('Махамбетском', 0, 'district', 'Makhambet District', ATR, {'note': 'NI:no flooding; list sharing "районах"'}),
        ('Индерском', 0, 'district', 'Inder District', ATR, {'note': 'NI:no flooding; list sharing "районах"'}),
        ('Кульсары', 2, 'city', 'Kulsary', ATR, {'note': 'NI:destination of volunteers'}),
        ('Актобе', 0, 'city', 'Aktobe', AR, {'note': 'NI:origin of volunteers'}),
        ('Астаны', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of volunteers'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of volunteers'}),
        ('Уральск', 0, 'city', 'Oral', WKR, {'note': 'NI:destination of machinery'}),
        ('Мангистауской области', 0, 'region', MR, MR, {'note': 'NI:origin of machinery'}),
        ('8 областях', 0, 'quantified', '8 regions', N, {'count': 8, 'unit': 'region', 'note': 'state of emergency: an official measure, not incidents'}),
        ('Казахстана', 0, 'country', 'Kazakhstan', N, {'note': 'inside the name of an authority'}),
     ],
     inc={WKR: (1, 'flood: dachas on the edge of Oral and over 300 houses in Yanvartsevo and Kushum flooded'),
          ATR: (1, 'flood: the Zhem broke a temporary embankment at Kulsary, 40 houses flooded')}),

dict(id='p010', date='2018-03-28', lang='ru',
     event='2018 South Kazakhstan Region (ЮКО) checks dikes on the Arys, Badam and Keles before the spring flood; Saryagash and Ordabasy districts, Arys town, Shymkent and Turkestan, three months before the reform; Shardara reservoir discharge agreed with Uzbekistan (no incident)',
     text="""В ЮКО проверили дамбы перед паводком
ШЫМКЕНТ. 28 марта. КазТАГ – Спасатели Южно-Казахстанской области проверили дамбы на реках Арысь, Бадам и Келес и подготовили 46 пунктов временного размещения на случай паводка, сообщил департамент по чрезвычайным ситуациям региона.
По прогнозу Казгидромета, наибольший риск подтопления сохраняется в Сарыагашском и Ордабасинском районах, а также в городе Арысь, где русло реки у железнодорожного моста сужено наносами. Там сейчас работают 12 экскаваторов.
«Угрозы населённым пунктам сейчас нет, но в горах ещё много снега», – сказал заместитель начальника департамента. По его словам, в Шымкенте акимат закупил дополнительные насосы, а в Туркестане открыт резервный штаб.
Сброс воды из Шардаринского водохранилища в Сырдарью увеличен до 900 кубометров в секунду по согласованию с Узбекистаном, чтобы освободить место для талых вод. Жителей прибрежных сёл Кызылординской области попросили не выходить на лёд.""",
     ann=[
        ('ЮКО', 0, 'region', SKR, SKR, {'note': 'headline; abbreviation of Южно-Казахстанская область'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', SKR, {'note': 'dateline'}),
        ('Южно-Казахстанской области', 0, 'region', SKR, SKR),
        ('Арысь', 0, 'facility', 'Arys river', N, {'subkind': 'river'}),
        ('Бадам', 0, 'facility', 'Badam river', N, {'subkind': 'river'}),
        ('Келес', 0, 'facility', 'Keles river', N, {'subkind': 'river'}),
        ('Сарыагашском', 0, 'district', 'Saryagash District', SKR, {'note': 'NI:forecast; list sharing "районах"'}),
        ('Ордабасинском', 0, 'district', 'Ordabasy District', SKR, {'note': 'NI:forecast; list sharing "районах"'}),
        ('Арысь', 1, 'city', 'Arys', SKR, {'note': 'NI:forecast; the town'}),
        ('Шымкенте', 0, 'city', 'Shymkent', SKR, {'note': 'NI:pumps bought'}),
        ('Туркестане', 0, 'city', 'Turkistan', SKR, {'note': 'NI:reserve headquarters'}),
        ('Шардаринского водохранилища', 0, 'facility', 'Shardara reservoir', SKR, {'subkind': 'reservoir'}),
        ('Сырдарью', 0, 'facility', 'Syr Darya', N, {'subkind': 'river'}),
        ('Узбекистаном', 0, 'foreign', 'Uzbekistan', N),
        ('Кызылординской области', 0, 'region', KYR, KYR, {'note': 'NI:warning'}),
     ],
     inc={}),

dict(id='p011', date='2020-05-03', lang='ru',
     event='2020 Sardoba reservoir dam failure in Uzbekistan floods the villages Ulgili, Bereke and Zhuldyz in Maktaaral district (Turkistan Region); evacuees in Atakent, Myrzakent, Zhetysai and Asykata; a minibus of volunteers from Shymkent overturns near Shardara; Shymkent a city of its own',
     text="""Прорыв плотины в Узбекистане: вода затопила сёла Мактааральского района
ШЫМКЕНТ. 3 мая. Tengrinews.kz – Вода из Сардобинского водохранилища в Узбекистане, плотина которого разрушилась утром 1 мая, затопила сёла Ульгили, Береке и Жулдыз в Мактааральском районе Туркестанской области, сообщили в акимате области.
Из зоны подтопления эвакуированы более 22 тысяч человек. Их разместили в школах и детских садах Атакента, Мырзакента и Жетысая, а также в палаточном лагере у посёлка Асыката. Вода залила около 1 500 домов и тысячи гектаров хлопковых полей. Погибших на казахстанской стороне нет.
Поток дошёл до Казахстана по каналам и коллекторам. На границе с Сырдарьинской областью Узбекистана спасатели и военные за ночь насыпали земляной вал длиной три километра, чтобы остановить воду.
Вице-премьер, прилетевший в Шымкент из Нур-Султана, в субботу осмотрел лагерь эвакуированных в Мырзакенте и пообещал восстановить разрушенные дома до осени.
В тот же вечер на трассе Шымкент – Жетысай у города Шардара перевернулся микроавтобус с волонтёрами из Шымкента, которые везли эвакуированным воду и продукты. Пострадали шесть человек, двое из них в тяжёлом состоянии доставлены в районную больницу Шардары.
По словам сельчан, вода пришла ночью, и многие успели вынести из домов только документы. «Мы три дня жили в палатке, теперь ждём, когда вода уйдёт с огородов», – рассказала жительница Ульгили. Акимат области обещает выплатить компенсации за погибший скот и урожай до конца года, а семьям, потерявшим дома, выдать временное жильё.
Продукты, одежду и питьевую воду для пострадавших собирают также в Алматы, Нур-Султане и Кызылорде. Власти Узбекистана сообщили о погибших в Сырдарьинской области; в Ташкенте создана правительственная комиссия.""",
     ann=[
        ('Узбекистане', 0, 'foreign', 'Uzbekistan', N, {'note': 'headline'}),
        ('Мактааральского района', 0, 'district', 'Maktaaral District', TR, {'note': 'headline'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'dateline'}),
        ('Сардобинского водохранилища', 0, 'foreign', 'Sardoba reservoir', N, {'note': 'reservoir in Uzbekistan'}),
        ('Узбекистане', 1, 'foreign', 'Uzbekistan', N),
        ('Ульгили', 0, 'village', 'Ulgili', TR),
        ('Береке', 0, 'village', 'Bereke (Maktaaral District)', TR),
        ('Жулдыз', 0, 'village', 'Zhuldyz (Maktaaral District)', TR),
        ('Мактааральском районе', 0, 'district', 'Maktaaral District', TR),
        ('Туркестанской области', 0, 'region', TR, TR),
        ('Атакента', 0, 'village', 'Atakent', TR, {'note': 'NI:shelters for evacuees'}),
        ('Мырзакента', 0, 'village', 'Myrzakent', TR, {'note': 'NI:shelters for evacuees'}),
        ('Жетысая', 0, 'city', 'Zhetysai', TR, {'note': 'NI:shelters for evacuees'}),
        ('Асыката', 0, 'village', 'Asykata', TR, {'note': 'NI:tent camp'}),
        ('Казахстана', 0, 'country', 'Kazakhstan', N),
        ('Сырдарьинской областью', 0, 'foreign', 'Sirdaryo Region', N, {'note': 'Uzbek region; not Syrdarya District of Kyzylorda Region'}),
        ('Узбекистана', 0, 'foreign', 'Uzbekistan', N),
        ('Шымкент', 0, 'city', 'Shymkent', 'Shymkent', {'note': "NI:vice-premier's arrival"}),
        ('Нур-Султана', 0, 'city', 'Astana', 'Astana', {'note': "NI:vice-premier's origin; capital name 2019-2022"}),
        ('Мырзакенте', 0, 'village', 'Myrzakent', TR, {'note': 'NI:camp visited'}),
        ('Шымкент', 1, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:route endpoint'}),
        ('Жетысай', 0, 'city', 'Zhetysai', TR, {'note': 'NI:route endpoint'}),
        ('Шардара', 0, 'city', 'Shardara', TR, {'note': 'reference point of the crash'}),
        ('Шымкента', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:origin of volunteers'}),
        ('Шардары', 0, 'city', 'Shardara', TR, {'note': 'NI:hospital'}),
        ('Ульгили', 1, 'village', 'Ulgili', TR, {'note': 'NI:home of the speaker'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:aid collected'}),
        ('Нур-Султане', 0, 'city', 'Astana', 'Astana', {'note': 'NI:aid collected'}),
        ('Кызылорде', 0, 'city', 'Kyzylorda', KYR, {'note': 'NI:aid collected'}),
        ('Узбекистана', 1, 'foreign', 'Uzbekistan', N),
        ('Сырдарьинской области', 0, 'foreign', 'Sirdaryo Region', N),
        ('Ташкенте', 0, 'foreign', 'Tashkent', N),
     ],
     inc={TR: (2, 'flood from the Sardoba dam failure in Maktaaral district (Ulgili, Bereke, Zhuldyz), and the overturned minibus of volunteers near Shardara')}),

dict(id='p012', date='2021-12-22', lang='ru',
     event='2021 blizzard closes the Karaganda-Zhezkazgan road; bus stuck near Atasu (Zhanaarka district), fatal collision 30 km from Satpayev (Karaganda Region, before Ulytau Region was created)',
     text="""Буран закрыл трассу Караганда – Жезказган, в ДТП погиб водитель
КАРАГАНДА. 22 декабря. Kazinform – Движение по трассе Караганда – Жезказган закрыто с утра среды из-за бурана, сообщили в департаменте полиции Карагандинской области.
Во вторник вечером у посёлка Атасу Жанааркинского района в снегу застрял рейсовый автобус из Жезказгана с 28 пассажирами. Спасатели пробивались к нему почти пять часов и доставили людей в пункт обогрева в Атасу. Никто не пострадал.
Ночью в 30 км от Сатпаева грузовик при нулевой видимости выехал на встречную полосу и столкнулся с внедорожником. Водитель внедорожника погиб на месте, его пассажира в тяжёлом состоянии доставили в больницу Жезказгана.
Аэропорт Жезказгана не принимает рейсы второй день. Закрыта также трасса Караганда – Балхаш. По прогнозу синоптиков, буран продержится в Улытауском и Жанааркинском районах до вечера четверга, а в пятницу сместится в Акмолинскую и Павлодарскую области.""",
     ann=[
        ('Караганда', 0, 'city', 'Karaganda', KR, {'note': 'headline; NI:route endpoint'}),
        ('Жезказган', 0, 'city', 'Zhezkazgan', KR, {'note': 'headline; NI:route endpoint'}),
        ('КАРАГАНДА', 0, 'city', 'Karaganda', KR, {'note': 'dateline'}),
        ('Караганда', 1, 'city', 'Karaganda', KR, {'note': 'NI:route endpoint'}),
        ('Жезказган', 1, 'city', 'Zhezkazgan', KR, {'note': 'NI:route endpoint'}),
        ('Карагандинской области', 0, 'region', KR, KR, {'note': 'inside the name of an authority'}),
        ('Атасу', 0, 'village', 'Atasu', KR, {'note': 'bus stuck in snow, nobody hurt: not counted'}),
        ('Жанааркинского района', 0, 'district', 'Zhanaarka District', KR),
        ('Жезказгана', 0, 'city', 'Zhezkazgan', KR, {'note': "NI:the bus's origin"}),
        ('Атасу', 1, 'village', 'Atasu', KR, {'note': 'NI:heating point'}),
        ('Сатпаева', 0, 'city', 'Satpayev', KR, {'note': 'NI:reference point ("30 km from")'}),
        ('Жезказгана', 1, 'city', 'Zhezkazgan', KR, {'note': 'NI:hospital'}),
        ('Жезказгана', 2, 'city', 'Zhezkazgan', KR, {'note': 'NI:airport closed'}),
        ('Караганда', 2, 'city', 'Karaganda', KR, {'note': 'NI:route endpoint'}),
        ('Балхаш', 0, 'city', 'Balkhash', KR, {'note': 'NI:route endpoint'}),
        ('Улытауском', 0, 'district', 'Ulytau District', KR, {'note': 'NI:forecast; list sharing "районах"'}),
        ('Жанааркинском', 0, 'district', 'Zhanaarka District', KR, {'note': 'NI:forecast; list sharing "районах"'}),
        ('Акмолинскую', 0, 'region', AKR, AKR, {'note': 'NI:forecast; list sharing "области"'}),
        ('Павлодарскую', 0, 'region', PR, PR, {'note': 'NI:forecast; list sharing "области"'}),
     ],
     inc={KR: (1, 'fatal head-on collision in the blizzard 30 km from Satpayev; the bus stuck near Atasu with nobody hurt and the road closures are not counted')}),

dict(id='p013', date='2022-09-07', lang='ru',
     event='2022 forest fire in the Amankaragay pine forest, Auliekol district: 17 houses burnt in Amankaragay, Amankaragay and Kosagal evacuated (Kostanay Region); firefighters from Astana, Akmola and North Kazakhstan regions',
     text="""Лесной пожар в Аулиекольском районе: эвакуированы жители двух сёл
КОСТАНАЙ. 7 сентября. КазТАГ – Пожар в Аманкарагайском бору Аулиекольского района Костанайской области за сутки охватил около 2 000 гектаров леса. Из сёл Аманкарагай и Косагал эвакуированы около 1 500 человек, сообщил департамент по чрезвычайным ситуациям региона.
Огонь подошёл к Аманкарагаю ночью. Сгорели 17 жилых домов и котельная школы, двое пожарных получили ожоги. Эвакуированных разместили в районном центре Аулиеколь и в Костанае.
Тушение осложняет сильный ветер. На помощь направлены пожарные из Астаны, Акмолинской и Северо-Казахстанской областей, а самолёт Бе-200 перелетел из Алматы. Трасса Костанай – Аулиеколь перекрыта на участке у Аманкарагая.
По предварительной версии, пожар начался из-за неосторожного обращения с огнём грибников.""",
     ann=[
        ('Аулиекольском районе', 0, 'district', 'Auliekol District', KOR, {'note': 'headline'}),
        ('двух сёл', 0, 'quantified', '2 villages', N, {'count': 2, 'unit': 'village', 'note': 'headline; both villages are named in the text'}),
        ('КОСТАНАЙ', 0, 'city', 'Kostanay', KOR, {'note': 'dateline'}),
        ('Аманкарагайском бору', 0, 'facility', 'Amankaragay pine forest', N, {'subkind': 'forest', 'note': 'natural feature in Auliekol District'}),
        ('Аулиекольского района', 0, 'district', 'Auliekol District', KOR),
        ('Костанайской области', 0, 'region', KOR, KOR),
        ('Аманкарагай', 0, 'village', 'Amankaragay', KOR),
        ('Косагал', 0, 'village', 'Kosagal', KOR),
        ('Аманкарагаю', 0, 'village', 'Amankaragay', KOR),
        ('Аулиеколь', 0, 'village', 'Auliekol', KOR, {'note': 'NI:evacuees sheltered'}),
        ('Костанае', 0, 'city', 'Kostanay', KOR, {'note': 'NI:evacuees sheltered'}),
        ('Астаны', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of firefighters'}),
        ('Акмолинской', 0, 'region', AKR, AKR, {'note': 'NI:origin of firefighters; list sharing "областей"'}),
        ('Северо-Казахстанской', 0, 'region', NKR, NKR, {'note': 'NI:origin of firefighters; list sharing "областей"'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': "NI:the plane's origin"}),
        ('Костанай', 0, 'city', 'Kostanay', KOR, {'note': 'NI:route endpoint'}),
        ('Аулиеколь', 1, 'village', 'Auliekol', KOR, {'note': 'NI:route endpoint'}),
        ('Аманкарагая', 0, 'village', 'Amankaragay', KOR, {'note': 'NI:road section closed'}),
     ],
     inc={KOR: (1, 'forest fire in the Amankaragay pine forest, 17 houses burnt in Amankaragay')}),

dict(id='p014', date='2021-04-06', lang='ru',
     event='2021 meltwater floods dachas near Semey and houses in Kanonerka, Beskaragay district, after an ice jam on the Irtysh; steppe fire near Tarlauly, Ayagoz district (East Kazakhstan Region, before Abai Region was created); state of emergency in four named districts; Pavlodar warned',
     text="""Талые воды подтопили дачи под Семеем, в Аягозском районе горела степь
УСТЬ-КАМЕНОГОРСК. 6 апреля. Kazinform – Талые воды подтопили около 200 дачных участков в пригороде Семея и 35 жилых домов в селе Канонерка Бескарагайского района, сообщил департамент по чрезвычайным ситуациям Восточно-Казахстанской области.
В Канонерке вода поднялась до полуметра после того, как у села образовался ледовый затор на Иртыше. Спасатели подорвали затор, 120 жителей временно переселены в школу соседнего села Бескарагай. В Семее вода затопила дачные общества на левом берегу Иртыша; людей там нет, но подъезды к участкам перекрыты.
Чтобы снизить уровень реки, Шульбинская ГЭС сократила сброс воды из водохранилища. Павлодарскую область предупредили, что через неделю уровень Иртыша у Павлодара может подняться на 40 сантиметров.
В понедельник в Аягозском районе загорелась степь у села Тарлаулы. Огонь прошёл около 1 200 гектаров пастбищ и уничтожил зимовку с запасом сена; людей и скот удалось вывести. Пожар потушили к утру вторника.
По словам жителей Канонерки, такой высокой воды в селе не помнят даже старики. Многие семьи заранее перегнали скот на возвышенность и вывезли зерно из подвалов. Спасатели продолжают круглосуточно дежурить на дамбах и у ледовых заторов.
Режим чрезвычайной ситуации местного масштаба введён в четырёх районах области – Бескарагайском, Бородулихинском, Жарминском и Абайском. Аким области в понедельник побывал в Канонерке и пообещал пострадавшим компенсации до конца мая.
Волонтёры из Усть-Каменогорска и Риддера привезли в Семей 5 000 мешков для песка и генераторы. Синоптики ожидают, что в середине апреля в области снова потеплеет, а в горах начнётся активное таяние снега.""",
     ann=[
        ('Семеем', 0, 'city', 'Semey', EKR, {'note': 'headline'}),
        ('Аягозском районе', 0, 'district', 'Ayagoz District', EKR, {'note': 'headline'}),
        ('УСТЬ-КАМЕНОГОРСК', 0, 'city', 'Oskemen', EKR, {'note': 'dateline'}),
        ('Семея', 0, 'city', 'Semey', EKR),
        ('Канонерка', 0, 'village', 'Kanonerka', EKR),
        ('Бескарагайского района', 0, 'district', 'Beskaragay District', EKR),
        ('Восточно-Казахстанской области', 0, 'region', EKR, EKR, {'note': 'inside the name of an authority'}),
        ('Канонерке', 0, 'village', 'Kanonerka', EKR),
        ('Иртыше', 0, 'facility', 'Irtysh river', N, {'subkind': 'river'}),
        ('Бескарагай', 0, 'village', 'Beskaragay', EKR, {'note': 'NI:shelter for evacuees'}),
        ('Семее', 0, 'city', 'Semey', EKR),
        ('Иртыша', 0, 'facility', 'Irtysh river', N, {'subkind': 'river'}),
        ('Шульбинская ГЭС', 0, 'facility', 'Shulba hydroelectric power station', EKR, {'subkind': 'power station'}),
        ('Павлодарскую область', 0, 'region', PR, PR, {'note': 'NI:warning'}),
        ('Иртыша', 1, 'facility', 'Irtysh river', N, {'subkind': 'river'}),
        ('Павлодара', 0, 'city', 'Pavlodar', PR, {'note': 'NI:forecast'}),
        ('Аягозском районе', 1, 'district', 'Ayagoz District', EKR),
        ('Тарлаулы', 0, 'village', 'Tarlauly', EKR),
        ('Канонерки', 0, 'village', 'Kanonerka', EKR, {'note': 'NI:residents quoted'}),
        ('четырёх районах', 0, 'quantified', '4 districts', N, {'count': 4, 'unit': 'district', 'note': 'state of emergency: an official measure; all four are named'}),
        ('Бескарагайском', 0, 'district', 'Beskaragay District', EKR, {'note': 'list sharing "районах"'}),
        ('Бородулихинском', 0, 'district', 'Borodulikha District', EKR, {'note': 'list sharing "районах"'}),
        ('Жарминском', 0, 'district', 'Zharma District', EKR, {'note': 'list sharing "районах"'}),
        ('Абайском', 0, 'district', 'Abai District', EKR, {'note': 'list sharing "районах"; Abai District of East Kazakhstan Region in 2021'}),
        ('Канонерке', 1, 'village', 'Kanonerka', EKR, {'note': "NI:akim's visit"}),
        ('Усть-Каменогорска', 0, 'city', 'Oskemen', EKR, {'note': 'NI:origin of volunteers'}),
        ('Риддера', 0, 'city', 'Ridder', EKR, {'note': 'NI:origin of volunteers'}),
        ('Семей', 0, 'city', 'Semey', EKR, {'note': 'NI:destination of aid'}),
     ],
     inc={EKR: (2, 'flood (dachas near Semey, houses in Kanonerka after an ice jam on the Irtysh; one natural disaster per ADM1) and a steppe fire near Tarlauly, Ayagoz district')}),

dict(id='p015', date='2025-02-04', lang='ru',
     event='2025 blizzard closes the Beineu-Aktau road and the road from Zhanaozen to Turkmenistan; lorries held in Beineu and Shetpe, ferries from Aktau and Kuryk ports halted (Mangystau Region; no accident, no incident)',
     text="""Буран в Мангистау: трасса Бейнеу – Актау закрыта, паромы стоят
АКТАУ. 4 февраля. Vlast.kz – Движение по трассе Бейнеу – Актау закрыто с ночи вторника из-за бурана и снежных заносов, сообщил департамент полиции Мангистауской области. Около 90 грузовиков остановлены в Бейнеу и Шетпе, водителей разместили в пунктах обогрева при заправках и в сельских клубах.
Закрыт также участок от Жанаозена до границы с Туркменистаном. В Жанаозене и Форт-Шевченко занятия в школах отменены.
Из-за шторма на Каспии морской порт Актау приостановил отправку паромов в Баку и Туркменбаши, в порту Курык погрузка судов прекращена.
«ДТП и пострадавших нет», – подчеркнули в полиции. Синоптики обещают, что ветер стихнет к вечеру среды. Водителям, которые едут в Мангыстау из Атырауской и Актюбинской областей, советуют переждать непогоду в Кульсары и Шалкаре.""",
     ann=[
        ('Мангистау', 0, 'region', MR, MR, {'note': 'headline; region named without "область"'}),
        ('Бейнеу', 0, 'city', 'Beineu', MR, {'note': 'headline; NI:route endpoint'}),
        ('Актау', 0, 'city', 'Aktau', MR, {'note': 'headline; NI:route endpoint'}),
        ('АКТАУ', 0, 'city', 'Aktau', MR, {'note': 'dateline'}),
        ('Бейнеу', 1, 'city', 'Beineu', MR, {'note': 'NI:route endpoint'}),
        ('Актау', 1, 'city', 'Aktau', MR, {'note': 'NI:route endpoint'}),
        ('Мангистауской области', 0, 'region', MR, MR, {'note': 'inside the name of an authority'}),
        ('Бейнеу', 2, 'city', 'Beineu', MR, {'note': 'NI:lorries held'}),
        ('Шетпе', 0, 'city', 'Shetpe', MR, {'note': 'NI:lorries held'}),
        ('Жанаозена', 0, 'city', 'Zhanaozen', MR, {'note': 'NI:route endpoint'}),
        ('Туркменистаном', 0, 'foreign', 'Turkmenistan', N),
        ('Жанаозене', 0, 'city', 'Zhanaozen', MR, {'note': 'NI:schools closed'}),
        ('Форт-Шевченко', 0, 'city', 'Fort-Shevchenko', MR, {'note': 'NI:schools closed'}),
        ('Каспии', 0, 'facility', 'Caspian Sea', N, {'subkind': 'sea'}),
        ('Актау', 2, 'facility', 'Aktau sea port', MR, {'subkind': 'port', 'note': 'NI:name of the port ("морской порт Актау")'}),
        ('Баку', 0, 'foreign', 'Baku', N),
        ('Туркменбаши', 0, 'foreign', 'Turkmenbashi', N),
        ('Курык', 0, 'facility', 'Kuryk port', MR, {'subkind': 'port', 'note': 'NI:name of the port ("порту Курык")'}),
        ('Мангыстау', 0, 'region', MR, MR, {'note': 'NI:destination; variant spelling'}),
        ('Атырауской', 0, 'region', ATR, ATR, {'note': 'NI:origin of drivers; list sharing "областей"'}),
        ('Актюбинской', 0, 'region', AR, AR, {'note': 'NI:origin of drivers; list sharing "областей"'}),
        ('Кульсары', 0, 'city', 'Kulsary', ATR, {'note': 'NI:advised stop'}),
        ('Шалкаре', 0, 'city', 'Shalkar', AR, {'note': 'NI:advised stop'}),
     ],
     inc={}),

dict(id='p016', date='2023-03-30', lang='ru',
     event='2023 emergencies minister inspects Syr Darya dikes at Kyzylorda, Zhalagash, Aiteke Bi and Kazalinsk and the Kokaral dam (Kyzylorda Region); Shardara reservoir in Turkistan Region; helicopters based in Zhezkazgan (Ulytau Region) (no incident)',
     text="""Глава МЧС проверил дамбы на Сырдарье
КЫЗЫЛОРДА. 30 марта. Kazinform – Министр по чрезвычайным ситуациям в ходе рабочей поездки в Кызылординскую область осмотрел защитные дамбы на Сырдарье у Кызылорды, Жалагаша и Айтеке би, а также в Казалинске, и проверил готовность спасателей к весеннему пропуску воды.
Ледоход в этом году прошёл без заторов, угрозы подтопления сёл нет, доложил начальник областного департамента. Из Шардаринского водохранилища в Туркестанской области в русло сбрасывают около 700 кубометров воды в секунду.
В Аральском районе министр побывал на Кокаральской плотине, которая отделяет Малое Аральское море от Большого Аральского моря. Уровень Малого Арала, по данным гидрологов, стабилен третий год.
Министр поручил до лета передать в Жалагашский и Сырдарьинский районы по две пожарные машины из резерва. Вертолёты авиаотряда МЧС будут дежурить в Жезказгане, откуда до Кызылорды меньше двух часов лёта.""",
     ann=[
        ('Сырдарье', 0, 'facility', 'Syr Darya', N, {'subkind': 'river', 'note': 'headline'}),
        ('КЫЗЫЛОРДА', 0, 'city', 'Kyzylorda', KYR, {'note': 'dateline'}),
        ('Кызылординскую область', 0, 'region', KYR, KYR),
        ('Сырдарье', 1, 'facility', 'Syr Darya', N, {'subkind': 'river'}),
        ('Кызылорды', 0, 'city', 'Kyzylorda', KYR),
        ('Жалагаша', 0, 'village', 'Zhalagash', KYR),
        ('Айтеке би', 0, 'village', 'Aiteke Bi', KYR),
        ('Казалинске', 0, 'city', 'Kazaly', KYR),
        ('Шардаринского водохранилища', 0, 'facility', 'Shardara reservoir', TR, {'subkind': 'reservoir'}),
        ('Туркестанской области', 0, 'region', TR, TR),
        ('Аральском районе', 0, 'district', 'Aral District', KYR),
        ('Кокаральской плотине', 0, 'facility', 'Kokaral dam', KYR, {'subkind': 'dam'}),
        ('Малое Аральское море', 0, 'facility', 'Small Aral Sea', N, {'subkind': 'sea'}),
        ('Большого Аральского моря', 0, 'facility', 'Large Aral Sea', N, {'subkind': 'sea'}),
        ('Малого Арала', 0, 'facility', 'Small Aral Sea', N, {'subkind': 'sea'}),
        ('Жалагашский', 0, 'district', 'Zhalagash District', KYR, {'note': 'list sharing "районы"'}),
        ('Сырдарьинский', 0, 'district', 'Syrdarya District', KYR, {'note': 'list sharing "районы"; the district of Kyzylorda Region, not the Uzbek region'}),
        ('Жезказгане', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:helicopter base'}),
        ('Кызылорды', 1, 'city', 'Kyzylorda', KYR, {'note': 'NI:reference point'}),
     ],
     inc={}),
]
