"""Russian texts of the thirty-third unseen check corpus (rivers, lakes and water)."""
N = None
JR, ALR, KYR, TR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'Turkistan Region', 'South Kazakhstan Region'
ABR, JTR, EKR, MR, KOR = 'Abai Region', 'Jetisu Region', 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR, UR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region', 'Ulytau Region'
ATR, AR, WKR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region'
RIV, LAKE, RES, SEA = {'subkind': 'river'}, {'subkind': 'lake'}, {'subkind': 'reservoir'}, {'subkind': 'sea'}


def riv(note):
    return {'subkind': 'river', 'note': note}


DOCS = [
dict(id='p009', date='1994-04-15', lang='ru',
     event='1994 Ishim flood: 400 dacha plots flooded in Akmola (the city, not yet the capital: Astana) and 35 yards in Talapker, Tselinograd district (Akmola Region); Vyacheslav reservoir; commission in Alma-Ata',
     text="""Паводок на Ишиме подтопил дачи в Акмоле
АКМОЛА, 15 апреля (Интерфакс) - Уровень воды в Ишиме у Акмолы поднялся за сутки на 80 сантиметров, и в пятницу река подтопила около 400 дачных участков на левом берегу, сообщили в штабе по чрезвычайным ситуациям Акмолинской области.
Ниже по течению вода вышла на улицы села Талапкер Целиноградского района: затоплены 35 дворов, жителей вывезли в школу соседнего Караоткеля. По словам главы сельской администрации, дамбу, насыпанную осенью, прорвало льдом.
Вячеславское водохранилище выше города заполнено на 97 процентов, и из него третьи сутки идет сброс. Гидрологи ожидают, что пик паводка пройдет через Акмолу к 20 апреля, а в конце месяца вода дойдет до Петропавловска.
В Алма-Ате правительственная комиссия выделила области 40 миллионов тенге на укрепление дамб и поручила проверить их во всех районах. Железнодорожный мост через Ишим на линии Акмола - Караганда, по данным отделения дороги, вне опасности.""",
     ann=[
        ('Ишиме', 0, 'facility', 'Ishim River', N, riv('headline')),
        ('Акмоле', 0, 'city', 'Astana', 'Astana', {'note': 'headline; the city of Akmola in 1994, capital from 1997, now Astana; not Akmola Region'}),
        ('АКМОЛА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline; the city of Akmola, now Astana'}),
        ('Ишиме', 1, 'facility', 'Ishim River', N, RIV),
        ('Акмолы', 0, 'city', 'Astana', 'Astana', {'note': 'the dachas on the left bank are flooded'}),
        ('Акмолинской области', 0, 'region', AKR, AKR, {'note': 'inside the name of an authority'}),
        ('Талапкер', 0, 'village', 'Talapker', AKR),
        ('Целиноградского района', 0, 'district', 'Tselinograd District', AKR),
        ('Караоткеля', 0, 'village', 'Karaotkel', AKR, {'note': 'NI:shelter for the evacuees'}),
        ('Вячеславское водохранилище', 0, 'facility', 'Astana reservoir', N, {'subkind': 'reservoir', 'note': 'the Vyacheslav reservoir, later called the Astana reservoir'}),
        ('Акмолу', 0, 'city', 'Astana', 'Astana', {'note': 'NI:forecast of the peak'}),
        ('Петропавловска', 0, 'city', 'Petropavl', NKR, {'note': 'NI:forecast'}),
        ('Алма-Ате', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:seat of the government commission (the capital in 1994)'}),
        ('всех районах', 0, 'quantified', 'all districts', N, {'count': N, 'unit': 'district', 'quantifier': 'all', 'note': 'dam checks; not about incidents'}),
        ('Ишим', 0, 'facility', 'Ishim River', N, RIV),
        ('Акмола', 0, 'city', 'Astana', 'Astana', {'note': 'NI:railway endpoint'}),
        ('Караганда', 0, 'city', 'Karaganda', KR, {'note': 'NI:railway endpoint'}),
     ],
     inc={'Astana': (1, 'the Ishim flooded about 400 dacha plots on the left bank at Akmola (the city, now Astana)'),
          AKR: (1, 'the Ishim broke a dam and flooded 35 yards in Talapker, Tselinograd district')}),

dict(id='p010', date='2001-09-18', lang='ru',
     event='2001 Lake Balkhash fishermen of Balkhash and Priozersk (Karaganda Region) ask for a larger zander quota; the Ili from China, villages of Balkhash district (Almaty Region), the Kapchagay reservoir (no incident)',
     text="""Рыбаки озера Балхаш просят увеличить квоту на судака
БАЛХАШ, 18 сентября (КазТАГ) - Рыболовецкие артели Балхаша и Приозерска обратились в правительство с просьбой поднять на будущий год квоту вылова судака на озере Балхаш до 4 тысяч тонн, сообщил КазТАГ начальник территориальной инспекции рыбного хозяйства по Карагандинской области.
По его словам, после двух многоводных лет уровень озера поднялся почти на метр, и рыбы стало больше. Ученые Института зоологии в Алматы считают, что квоту можно поднять не более чем на 10 процентов: западная, пресная часть Балхаша зависит от стока реки Или, а Китай забирает из ее верховьев все больше воды.
Рыбаки южного берега, из поселков Куйган и Караой Балхашского района Алматинской области, жалуются на браконьеров, которые весной ставят сети в дельте Или. Уровень Капчагайского водохранилища, через которое проходит река, в этом году также выше среднего.""",
     ann=[
        ('Балхаш', 0, 'facility', 'Lake Balkhash', N, {'subkind': 'lake', 'note': 'headline; "озера Балхаш": only the name is annotated'}),
        ('БАЛХАШ', 0, 'city', 'Balkhash', KR, {'note': 'dateline'}),
        ('Балхаша', 0, 'city', 'Balkhash', KR, {'note': 'NI:the fishing cooperatives of the town'}),
        ('Приозерска', 0, 'city', 'Priozersk', KR, {'note': 'NI:the fishing cooperatives of the town'}),
        ('Балхаш', 1, 'facility', 'Lake Balkhash', N, LAKE),
        ('Карагандинской области', 0, 'region', KR, KR, {'note': 'inside the name of an authority'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:seat of an institute'}),
        ('Балхаша', 1, 'facility', 'Lake Balkhash', N, {'subkind': 'lake', 'note': 'the lake ("западная, пресная часть Балхаша"), not the town'}),
        ('Или', 0, 'facility', 'Ili River', N, RIV),
        ('Китай', 0, 'foreign', 'China', N),
        ('Куйган', 0, 'village', 'Kuigan', ALR, {'note': 'NI:residence of fishermen'}),
        ('Караой', 0, 'village', 'Karaoy (Balkhash)', ALR, {'note': 'NI:residence of fishermen'}),
        ('Балхашского района', 0, 'district', 'Balkhash District', ALR, {'note': 'NI:residence of fishermen'}),
        ('Алматинской области', 0, 'region', ALR, ALR),
        ('Или', 1, 'facility', 'Ili River', N, {'subkind': 'river', 'note': 'in "дельте Или"'}),
        ('Капчагайского водохранилища', 0, 'facility', 'Kapshagai reservoir', N, RES),
     ],
     inc={}),

dict(id='p011', date='2011-01-25', lang='ru',
     event='2011 ice jam on the Syr Darya floods Basykara, Kazaly district, and the January 2008 flood in Kazalinsk recalled (Kyzylorda Region, two incidents); the Shardara reservoir in South Kazakhstan Region and the new Koksaray counter-regulator in Otrar district; overflow to the Arnasay depression in Uzbekistan',
     text="""Затор на Сырдарье подтопил село в Казалинском районе
КЫЗЫЛОРДА, 25 января (Интерфакс-Казахстан) - Ледовый затор на Сырдарье в понедельник вечером вызвал подтопление села Басыкара Казалинского района Кызылординской области, сообщили в департаменте по чрезвычайным ситуациям области. Вода зашла в 47 дворов, 180 жителей вывезены в районный центр Айтеке би. Пострадавших нет. Спасатели вместе с жителями всю ночь наращивали земляной вал вокруг школы и медпункта. Если вода не начнет уходить к среде, взрывники подорвут лед ниже села; на месте уже работают две бригады из областного центра.
По словам специалистов, затор образовался из-за сильных морозов и большого зимнего стока. Шардаринское водохранилище в Южно-Казахстанской области заполнено почти до предела, а из Кыргызстана по Нарыну продолжает поступать вода, которую Токтогульская ГЭС сбрасывает зимой для выработки электроэнергии.
Впервые часть избытка удалось принять новому Коксарайскому контррегулятору в Отырарском районе, строительство которого завершено в конце 2010 года. С начала января в него направлено 800 миллионов кубометров. «Без Коксарая вода сейчас стояла бы на улицах Кызылорды», - заявил журналистам в Астане председатель Комитета по водным ресурсам.
В Казалинске хорошо помнят январь 2008 года, когда лед забил русло у города, вода обошла дамбу и затопила более 200 домов. Тогда в район перебрасывали спасателей из Караганды и Актобе.
Часть воды из Шардары по-прежнему сбрасывается в Арнасайскую впадину в Узбекистане, где за последние годы сильно разлились озера Айдаркуль и Тузкан.
Ниже по течению, у Аральска, уровень реки в норме, и вода через Кокаральскую плотину доходит до Малого Аральского моря. Рыбаки Аральского района ждут хорошего весеннего улова.""",
     ann=[
        ('Сырдарье', 0, 'facility', 'Syr Darya', N, riv('headline; "на Сырдарье"')),
        ('Казалинском районе', 0, 'district', 'Kazaly District', KYR, {'note': 'headline'}),
        ('КЫЗЫЛОРДА', 0, 'city', 'Kyzylorda', KYR, {'note': 'dateline'}),
        ('Сырдарье', 1, 'facility', 'Syr Darya', N, RIV),
        ('Басыкара', 0, 'village', 'Basykara', KYR),
        ('Казалинского района', 0, 'district', 'Kazaly District', KYR),
        ('Кызылординской области', 0, 'region', KYR, KYR),
        ('Айтеке би', 0, 'village', 'Ayteke Bi', KYR, {'note': 'NI:district centre receiving evacuees (the former Novokazalinsk)'}),
        ('Шардаринское водохранилище', 0, 'facility', 'Shardara reservoir', N, RES),
        ('Южно-Казахстанской области', 0, 'region', SKR, SKR, {'note': 'South Kazakhstan Region before 2018-06-19'}),
        ('Кыргызстана', 0, 'foreign', 'Kyrgyzstan', N),
        ('Нарыну', 0, 'foreign', 'Naryn River', N, {'subkind': 'river'}),
        ('Токтогульская ГЭС', 0, 'foreign', 'Toktogul hydropower plant', N, {'subkind': 'power plant'}),
        ('Коксарайскому контррегулятору', 0, 'facility', 'Koksaray reservoir', N, RES),
        ('Отырарском районе', 0, 'district', 'Otrar District', SKR, {'note': 'NI:site of the new reservoir'}),
        ('Коксарая', 0, 'facility', 'Koksaray reservoir', N, {'subkind': 'reservoir', 'note': 'the counter-regulator named by its short name'}),
        ('Кызылорды', 0, 'city', 'Kyzylorda', KYR, {'note': 'NI:hypothetical flooding'}),
        ('Астане', 0, 'city', 'Astana', 'Astana', {'note': 'NI:place of a statement'}),
        ('Казалинске', 0, 'city', 'Kazaly', KYR, {'note': 'Kazalinsk, the Russian name of Kazaly; flooded in January 2008 (background)'}),
        ('Караганды', 0, 'city', 'Karaganda', KR, {'note': 'NI:origin of rescuers'}),
        ('Актобе', 0, 'city', 'Aktobe', AR, {'note': 'NI:origin of rescuers'}),
        ('Шардары', 0, 'facility', 'Shardara reservoir', N, {'subkind': 'reservoir', 'note': '"воды из Шардары": the reservoir named by the town\'s name'}),
        ('Арнасайскую впадину', 0, 'foreign', 'Arnasay depression', N, {'subkind': 'depression'}),
        ('Узбекистане', 0, 'foreign', 'Uzbekistan', N),
        ('Айдаркуль', 0, 'foreign', 'Lake Aydarkul', N, {'subkind': 'lake'}),
        ('Тузкан', 0, 'foreign', 'Lake Tuzkan', N, {'subkind': 'lake'}),
        ('Аральска', 0, 'city', 'Aralsk', KYR, {'note': 'NI:reference point'}),
        ('Кокаральскую плотину', 0, 'facility', 'Kokaral dam', KYR, {'subkind': 'dam', 'note': 'NI:water passes the dam'}),
        ('Малого Аральского моря', 0, 'facility', 'Small Aral Sea', N, SEA),
        ('Аральского района', 0, 'district', 'Aral District', KYR, {'note': 'NI:residence of fishermen'}),
     ],
     inc={KYR: (2, 'ice jam on the Syr Darya flooded 47 yards in Basykara (Kazaly district) in January 2011; background: the January 2008 flood of more than 200 houses in Kazalinsk (another date and place)')}),

dict(id='p012', date='2020-05-04', lang='ru',
     event='2020 flood wave from the burst Sardoba reservoir in Uzbekistan floods Zhalpakkum, Kyzylkum and Bereke in Maktaaral district (Turkistan Region, after 2018); evacuees in Myrzakent and Zhetysai; rescuers from Shymkent (its own unit), Turkistan and Kyzylorda Region',
     text="""Вода из прорванного Сардобинского водохранилища затопила села Мактааральского района
ШЫМКЕНТ, 4 мая (Tengrinews) - Вода из Сардобинского водохранилища в Узбекистане, дамбу которого прорвало 1 мая, в воскресенье дошла до казахстанской границы и затопила несколько сел Мактааральского района Туркестанской области, сообщили в областном акимате.
Подтоплены дома в селах Жалпаккум, Кызылкум и Береке. Из зоны бедствия вывезено более 22 тысяч человек, их разместили в школах и спортзалах Мырзакента и Жетысая. Часть скота перегнали на возвышенности у Шардары.
Водохранилище в Сырдарьинской области Узбекистана, наполняемое из Южного Голодностепского канала, было построено в 2017 году. По данным властей соседней страны, на узбекской стороне подтоплены десятки махалля и эвакуированы около 70 тысяч человек.
Чтобы отвести воду в Сырдарью, спасатели прорыли обводной канал длиной 3 км. На помощь прибыли отряды из Шымкента, Туркестана и Кызылординской области. Премьер-министр Аскар Мамин прилетел в район в понедельник.""",
     ann=[
        ('Сардобинского водохранилища', 0, 'foreign', 'Sardoba reservoir', N, {'subkind': 'reservoir', 'note': 'headline; in Uzbekistan'}),
        ('Мактааральского района', 0, 'district', 'Maktaaral District', TR, {'note': 'headline'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'dateline; city of republican significance since 2018-06-19'}),
        ('Сардобинского водохранилища', 1, 'foreign', 'Sardoba reservoir', N, {'subkind': 'reservoir', 'note': 'dam burst in Uzbekistan, not counted'}),
        ('Узбекистане', 0, 'foreign', 'Uzbekistan', N),
        ('несколько сел', 0, 'quantified', 'several villages', N, {'count': N, 'unit': 'village', 'note': 'the flooded villages, named in the next sentence'}),
        ('Мактааральского района', 1, 'district', 'Maktaaral District', TR),
        ('Туркестанской области', 0, 'region', TR, TR),
        ('Жалпаккум', 0, 'village', 'Zhalpakkum', TR),
        ('Кызылкум', 0, 'village', 'Kyzylkum (Maktaaral)', TR),
        ('Береке', 0, 'village', 'Bereke (Maktaaral)', TR),
        ('Мырзакента', 0, 'city', 'Myrzakent', TR, {'note': 'NI:shelter for evacuees'}),
        ('Жетысая', 0, 'city', 'Zhetysai', TR, {'note': 'NI:shelter for evacuees'}),
        ('Шардары', 0, 'city', 'Shardara', TR, {'note': 'NI:reference point for moved livestock'}),
        ('Сырдарьинской области', 0, 'foreign', 'Sirdaryo Region', N),
        ('Узбекистана', 0, 'foreign', 'Uzbekistan', N),
        ('Южного Голодностепского канала', 0, 'foreign', 'South Golodnaya Steppe canal', N, {'subkind': 'canal'}),
        ('Сырдарью', 0, 'facility', 'Syr Darya', N, RIV),
        ('Шымкента', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:origin of rescuers'}),
        ('Туркестана', 0, 'city', 'Turkistan', TR, {'note': 'NI:origin of rescuers'}),
        ('Кызылординской области', 0, 'region', KYR, KYR, {'note': 'NI:origin of rescuers'}),
     ],
     inc={TR: (1, 'the flood wave from the Sardoba reservoir flooded Zhalpakkum, Kyzylkum and Bereke in Maktaaral district (one natural disaster, counted once)')}),

dict(id='p013', date='2023-07-11', lang='ru',
     event='2023 reconstruction of the Kengir reservoir dam that supplies Zhezkazgan and Satpayev (Ulytau Region, formerly Karaganda Region and, until 1997, Dzhezkazgan Region); the village of Kengir vs the Kengir river (no incident)',
     text="""В Жезказгане начнут реконструкцию плотины Кенгирского водохранилища
ЖЕЗКАЗГАН, 11 июля (Kazinform) - Плотину Кенгирского водохранилища, которое снабжает водой Жезказган и Сатпаев, реконструируют за три года, сообщили в акимате Улытауской области.
Земляная плотина на реке Кенгир была построена в 1952 году. Последний капитальный ремонт проводился в 1986 году, когда Жезказган был центром Джезказганской области. С 1997 по 2022 год оба города входили в Карагандинскую область.
Проектом предусмотрены укрепление откосов и новый водосброс. На время работ уровень воды будет снижен на два метра, поэтому рыбакам, которые ставят сети у поселка Кенгир на южном берегу, рекомендовано сменить место лова. Медеплавильный завод корпорации «Казахмыс» получит техническую воду из подземного водозабора.
Проект стоимостью 14 миллиардов тенге одобрило министерство водных ресурсов в Астане.""",
     ann=[
        ('Жезказгане', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:headline; site of planned works'}),
        ('Кенгирского водохранилища', 0, 'facility', 'Kengir reservoir', N, {'subkind': 'reservoir', 'note': 'headline'}),
        ('ЖЕЗКАЗГАН', 0, 'city', 'Zhezkazgan', UR, {'note': 'dateline'}),
        ('Кенгирского водохранилища', 1, 'facility', 'Kengir reservoir', N, RES),
        ('Жезказган', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:supplied with water'}),
        ('Сатпаев', 0, 'city', 'Satpayev', UR, {'note': 'NI:supplied with water'}),
        ('Улытауской области', 0, 'region', UR, UR, {'note': 'inside the name of an authority'}),
        ('Кенгир', 0, 'facility', 'Kengir River', N, {'subkind': 'river', 'note': '"на реке Кенгир": the river, not the village'}),
        ('Жезказган', 1, 'city', 'Zhezkazgan', UR, {'note': 'NI:history'}),
        ('Джезказганской области', 0, 'region', UR, UR, {'uncertain': True, 'note': 'NI:Dzhezkazgan Region, abolished in 1997 (its land went to Karaganda Region, and its core, with Zhezkazgan and Satpayev, to Ulytau Region in 2022); labelled with the unit holding the land of its seat on the article date'}),
        ('Карагандинскую область', 0, 'region', KR, KR, {'note': 'NI:former unit of the two towns'}),
        ('Кенгир', 1, 'village', 'Kengir', UR, {'note': 'NI:fishing site'}),
        ('Астане', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the ministry'}),
     ],
     inc={}),

dict(id='p014', date='2007-11-13', lang='ru',
     event='2007 Caspian storm surge floods Zhanbai and Akkystau, Isatay district (Atyrau Region); water reaches Ganyushkino but the dam holds; Tengiz field unharmed',
     text="""Нагонная волна на Каспии подтопила села Атырауской области
АТЫРАУ, 13 ноября (Интерфакс-Казахстан) - Сильный юго-западный ветер в ночь на понедельник погнал воду Каспийского моря на низкое северное побережье и подтопил два села Исатайского района Атырауской области, сообщил департамент по чрезвычайным ситуациям региона.
В селе Жанбай вода зашла в 60 домов, в соседнем Аккистау, районном центре, затоплены дорога и подстанция, без света остались около 5 тысяч человек. Жителей Жанбая вывезли в Аккистау и в Атырау.
Нагоны, когда море за несколько часов наступает на сушу на 10-20 км, случаются здесь почти каждую осень. В Курмангазинском районе, у границы с Астраханской областью России, вода подошла к окраинам Ганюшкино, но дамба выдержала.
Синоптики предупредили о новом усилении ветра в среду. В компании «Тенгизшевройл» сообщили, что ее объекты на Тенгизском месторождении в Жылыойском районе не пострадали.""",
     ann=[
        ('Каспии', 0, 'facility', 'Caspian Sea', N, {'subkind': 'sea', 'note': 'headline'}),
        ('Атырауской области', 0, 'region', ATR, ATR, {'note': 'headline'}),
        ('АТЫРАУ', 0, 'city', 'Atyrau', ATR, {'note': 'dateline'}),
        ('Каспийского моря', 0, 'facility', 'Caspian Sea', N, SEA),
        ('два села', 0, 'quantified', '2 villages', N, {'count': 2, 'unit': 'village', 'note': 'the two flooded villages, both named'}),
        ('Исатайского района', 0, 'district', 'Isatay District', ATR),
        ('Атырауской области', 1, 'region', ATR, ATR),
        ('Жанбай', 0, 'village', 'Zhanbai', ATR),
        ('Аккистау', 0, 'village', 'Akkystau', ATR, {'note': 'district centre; road and substation flooded'}),
        ('Жанбая', 0, 'village', 'Zhanbai', ATR, {'note': 'NI:origin of evacuees'}),
        ('Аккистау', 1, 'village', 'Akkystau', ATR, {'note': 'NI:shelter for evacuees'}),
        ('Атырау', 0, 'city', 'Atyrau', ATR, {'note': 'NI:shelter for evacuees'}),
        ('Курмангазинском районе', 0, 'district', 'Kurmangazy District', ATR, {'note': 'NI:water approached, the dam held'}),
        ('Астраханской областью', 0, 'foreign', 'Astrakhan Oblast', N),
        ('России', 0, 'foreign', 'Russia', N),
        ('Ганюшкино', 0, 'village', 'Ganyushkino', ATR, {'note': 'NI:water reached the outskirts, the dam held; centre of Kurmangazy district'}),
        ('Тенгизском месторождении', 0, 'facility', 'Tengiz field', ATR, {'subkind': 'oil field', 'note': 'NI:not damaged'}),
        ('Жылыойском районе', 0, 'district', 'Zhylyoi District', ATR, {'note': 'NI:not damaged'}),
     ],
     inc={ATR: (1, 'storm surge flooded Zhanbai and Akkystau in Isatay district (one natural disaster); Ganyushkino was not flooded')}),

dict(id='p015', date='2005-05-17', lang='ru',
     event='2005 fishing ban on the Ural (Zhaiyk) during the sturgeon run, Atyrau Region; spawning grounds near Makhambet and Saraishyk and in West Kazakhstan Region; the Iriklinskoye reservoir in Orenburg Oblast; confiscations in Atyrau and Mangystau regions (no incident)',
     text="""На Урале начался ход осетровых, лов запрещен до конца июня
АТЫРАУ, 17 мая (КазТАГ) - Рыбинспекция Атырауской области запретила любой лов рыбы в реке Урал и ее протоках до 30 июня, пока осетровые идут на нерестилища, сообщили в инспекции.
По данным ученых, в этом году в Урал зашло втрое меньше осетра и севрюги, чем десять лет назад. Главные нерестилища лежат выше Атырау, у сел Махамбет и Сарайшык, а также в Западно-Казахстанской области. Урал остается единственной рекой Каспийского бассейна, путь рыбы по которой от моря до Ириклинского водохранилища в Оренбургской области России не перекрыт ни одной плотиной.
Рыбоводный завод в Атырау в июне выпустит в Жайык 6 миллионов мальков осетра. С начала года в Атырауской и Мангистауской областях у браконьеров изъято 14 тонн рыбы и 300 килограммов икры.""",
     ann=[
        ('Урале', 0, 'facility', 'Ural River', N, {'subkind': 'river', 'note': 'headline; "на Урале" is the river (sturgeon run), not the Urals'}),
        ('АТЫРАУ', 0, 'city', 'Atyrau', ATR, {'note': 'dateline'}),
        ('Атырауской области', 0, 'region', ATR, ATR, {'note': 'inside the name of an authority'}),
        ('Урал', 0, 'facility', 'Ural River', N, RIV),
        ('Урал', 1, 'facility', 'Ural River', N, RIV),
        ('Атырау', 0, 'city', 'Atyrau', ATR, {'note': 'NI:reference point'}),
        ('Махамбет', 0, 'village', 'Makhambet', ATR, {'note': 'NI:spawning grounds'}),
        ('Сарайшык', 0, 'village', 'Saraishyk', ATR, {'note': 'NI:spawning grounds'}),
        ('Западно-Казахстанской области', 0, 'region', WKR, WKR, {'note': 'NI:spawning grounds'}),
        ('Урал', 2, 'facility', 'Ural River', N, RIV),
        ('Каспийского', 0, 'facility', 'Caspian Sea', N, {'subkind': 'sea', 'note': '"Каспийского бассейна": the basin of the Caspian'}),
        ('Ириклинского водохранилища', 0, 'foreign', 'Iriklinskoye reservoir', N, {'subkind': 'reservoir'}),
        ('Оренбургской области', 0, 'foreign', 'Orenburg Oblast', N),
        ('России', 0, 'foreign', 'Russia', N),
        ('Атырау', 1, 'city', 'Atyrau', ATR, {'note': 'NI:site of a fish hatchery'}),
        ('Жайык', 0, 'facility', 'Ural River', N, riv('Kazakh name of the Ural in a Russian text')),
        ('Атырауской', 1, 'region', ATR, ATR, {'note': 'in a list sharing the head noun "областях"'}),
        ('Мангистауской', 0, 'region', MR, MR, {'note': 'in a list sharing the head noun "областях"'}),
     ],
     inc={}),

dict(id='p016', date='2026-02-10', lang='ru',
     event='2026 Kazakhstan-China commission in Urumqi agrees on six joint gauging stations on the Irtysh and the Ili (Buran in Kurchum district, East Kazakhstan; Khorgos in Panfilov district, Jetisu Region); hearings in Semey (Abai Region) on a new water intake; the Kapshagai reservoir at Konaev (Almaty Region) and Lake Balkhash (no incident)',
     text="""Казахстан и Китай договорились о совместном мониторинге Иртыша и Или
АСТАНА, 10 февраля (Vlast.kz) - Казахстан и Китай на заседании совместной комиссии по трансграничным рекам в Урумчи договорились к 2028 году установить на Иртыше и Или еще шесть совместных гидропостов, сообщило министерство водных ресурсов и ирригации.
Обе реки берут начало в Синьцзяне. Черный Иртыш впадает в озеро Зайсан в Восточно-Казахстанской области, а Или, пройдя через Капшагайское водохранилище у Конаева, питает озеро Балхаш. Казахстанская сторона давно добивается, чтобы Китай не увеличивал забор воды из Черного Иртыша в канал, идущий к Карамаю.
Новые посты появятся, в частности, у пограничного села Буран в Курчумском районе и у села Хоргос в Панфиловском районе области Жетысу. Данные с них будут в режиме реального времени поступать в Усть-Каменогорск и Талдыкорган. Китайская сторона, по словам министра, впервые согласилась передавать в период половодья ежедневные данные о сбросах с водохранилищ на Черном Иртыше. Вопрос о разделе стока, однако, снова отложен.
В тот же день в Семее прошли общественные слушания по проекту нового водозабора из Иртыша. Акимат области Абай планирует построить его к 2029 году выше города, у поселка Шульбинск, где вода чище. Жители левобережья жаловались на перебои с водой прошлым летом.
По словам министра, уровень Балхаша за январь поднялся на 12 сантиметров благодаря многоводной осени, а сток Или на границе в 2025 году составил 11,8 кубического километра, на 6 процентов выше нормы. Следующее заседание комиссии пройдет осенью в Астане. Павлодарская область тем временем просит увеличить подачу иртышской воды в канал имени Сатпаева для нужд Экибастуза и Караганды.""",
     ann=[
        ('Казахстан', 0, 'country', 'Kazakhstan', N, {'note': 'headline'}),
        ('Китай', 0, 'foreign', 'China', N),
        ('Иртыша', 0, 'facility', 'Irtysh River', N, riv('headline')),
        ('Или', 0, 'facility', 'Ili River', N, riv('headline')),
        ('АСТАНА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Казахстан', 1, 'country', 'Kazakhstan', N),
        ('Китай', 1, 'foreign', 'China', N),
        ('Урумчи', 0, 'foreign', 'Urumqi', N, {'note': 'NI:venue of the commission'}),
        ('Иртыше', 0, 'facility', 'Irtysh River', N, RIV),
        ('Или', 1, 'facility', 'Ili River', N, RIV),
        ('Синьцзяне', 0, 'foreign', 'Xinjiang', N),
        ('Черный Иртыш', 0, 'facility', 'Black Irtysh', N, {'subkind': 'river', 'note': 'the upper Irtysh, from China into Lake Zaisan'}),
        ('Зайсан', 0, 'facility', 'Lake Zaisan', N, {'subkind': 'lake', 'note': '"озеро Зайсан": the lake, not the town'}),
        ('Восточно-Казахстанской области', 0, 'region', EKR, EKR),
        ('Или', 2, 'facility', 'Ili River', N, RIV),
        ('Капшагайское водохранилище', 0, 'facility', 'Kapshagai reservoir', N, RES),
        ('Конаева', 0, 'city', 'Konaev', ALR, {'note': 'NI:reference point; seat of Almaty Region since 2022'}),
        ('Балхаш', 0, 'facility', 'Lake Balkhash', N, {'subkind': 'lake', 'note': '"озеро Балхаш"'}),
        ('Китай', 2, 'foreign', 'China', N),
        ('Черного Иртыша', 0, 'facility', 'Black Irtysh', N, {'subkind': 'river', 'note': 'water taken on the Chinese stretch'}),
        ('Карамаю', 0, 'foreign', 'Karamay', N),
        ('Буран', 0, 'village', 'Buran', EKR, {'note': 'NI:planned gauging station'}),
        ('Курчумском районе', 0, 'district', 'Kurchum District', EKR, {'note': 'NI:planned gauging station'}),
        ('Хоргос', 0, 'village', 'Khorgos', JTR, {'note': 'NI:planned gauging station; the Kazakh village, not the Chinese city'}),
        ('Панфиловском районе', 0, 'district', 'Panfilov District', JTR, {'note': 'NI:planned gauging station'}),
        ('области Жетысу', 0, 'region', JTR, JTR, {'note': 'Russian form "область Жетысу": the head noun precedes the name and is part of the official name'}),
        ('Черном Иртыше', 0, 'facility', 'Black Irtysh', N, RIV),
        ('Усть-Каменогорск', 0, 'city', 'Oskemen', EKR, {'note': 'NI:data destination'}),
        ('Талдыкорган', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:data destination'}),
        ('Семее', 0, 'city', 'Semey', ABR, {'note': 'NI:public hearings'}),
        ('Иртыша', 2, 'facility', 'Irtysh River', N, RIV),
        ('области Абай', 0, 'region', ABR, ABR, {'note': 'inside the name of an authority; Russian form "область Абай"'}),
        ('Шульбинск', 0, 'village', 'Shulbinsk', ABR, {'note': 'NI:planned water intake'}),
        ('Балхаша', 0, 'facility', 'Lake Balkhash', N, {'subkind': 'lake', 'note': 'the lake ("уровень Балхаша")'}),
        ('Или', 3, 'facility', 'Ili River', N, RIV),
        ('Астане', 0, 'city', 'Astana', 'Astana', {'note': 'NI:venue of the next meeting'}),
        ('Павлодарская область', 0, 'region', PR, PR, {'note': 'NI:region as an actor'}),
        ('канал имени Сатпаева', 0, 'facility', 'Satpayev canal', N, {'subkind': 'canal', 'note': 'named after a person; crosses Pavlodar and Karaganda regions'}),
        ('Экибастуза', 0, 'city', 'Ekibastuz', PR, {'note': 'NI:water user'}),
        ('Караганды', 0, 'city', 'Karaganda', KR, {'note': 'NI:water user'}),
     ],
     inc={}),
]
