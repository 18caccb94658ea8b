"""Russian texts of the forty-eighth unseen check corpus."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p009', date='1997-05-20', lang='ru',
     event='1997 police chronicle a month after the abolition of Taldykorgan Region (merged into Almaty Region) and of Semipalatinsk Region (merged into East Kazakhstan Region): market brawl in Taldykorgan; cow theft in Birlik, Sarkand district (not counted); man wanted for a robbery in Kara-Balta detained in Usharal; fraudsters from Almaty detained in Tekeli; lorry with meat stopped near Saryozek (not counted); Beskaragai district now under Ust-Kamenogorsk; fatal stabbing in a meat plant hostel in Semipalatinsk; horse-theft sentence in Ayagoz district; thefts up in three districts',
     text="""Хроника происшествий: месяц без Талдыкорганской области
ТАЛДЫКОРГАН, 20 мая — Прошёл почти месяц с тех пор, как Талдыкорганская область была упразднена и вошла в состав Алматинской, но милиции бывшего областного центра работы меньше не стало. Сводку за неделю нам передали в Талдыкорганском городском отделе внутренних дел.

В ночь на субботу на центральном рынке Талдыкоргана подрались торговцы из соседних рядов. Пострадали четыре человека, один доставлен в больницу с черепно-мозговой травмой, семеро задержаны.

В селе Бирлик Саркандского района у пенсионера со двора увели девять коров. Следы вели к китайской границе, но пограничники перехода не обнаружили, и милиция ищет скот по соседним сёлам.

В Алакольском районе, в Ушарале, задержан житель Бишкека, которого киргизская милиция разыскивает за разбойное нападение в Кара-Балте. Его передадут Кыргызстану.

Двое мошенников из Алматы, продававших жителям Талдыкоргана несуществующие путёвки в санатории на Иссык-Куле, задержаны в понедельник в Текели.

На трассе Алматы — Талдыкорган у посёлка Сарыозек дорожная полиция остановила грузовик с 11 тушами баранины без документов. Водитель, житель Капала, объяснил, что вёз мясо на продажу в Алматы; мясо изъято до проверки.

По данным областного управления, кражи скота с начала года выросли в трёх районах бывшей Талдыкорганской области — Саркандском, Алакольском и Аксуском.

Не спокойнее и в Семипалатинске, который с 3 мая тоже перестал быть областным центром: Семипалатинская область вошла в Восточно-Казахстанскую. Теперь и сельская милиция Бескарагайского района подчиняется Усть-Каменогорску, а не Семипалатинску. В воскресенье в общежитии мясокомбината один рабочий ударил другого ножом, пострадавший скончался на месте. Подозреваемый задержан. А Аягозский районный суд в тот же день приговорил двух угонщиков лошадей к трём годам лишения свободы.""",
     ann=[
        ('Талдыкорганской области', 0, 'region', ALR, ALR, {'uncertain': True, 'note': 'headline; Taldykorgan Region, abolished in April 1997, labelled with the unit holding its land'}),
        ('ТАЛДЫКОРГАН', 0, 'city', 'Taldykorgan', ALR, {'note': 'dateline'}),
        ('Талдыкорганская область', 0, 'region', ALR, ALR, {'uncertain': True, 'note': 'NI:the abolished region, labelled with the unit holding its land'}),
        ('Алматинской', 0, 'region', ALR, ALR, {'note': 'NI:elliptic ("в состав Алматинской [области]")'}),
        ('Талдыкорганском', 0, 'city', 'Taldykorgan', ALR, {'note': 'inside the name of an authority (city department of internal affairs)'}),
        ('Талдыкоргана', 0, 'city', 'Taldykorgan', ALR),
        ('Бирлик', 0, 'village', 'Birlik (Sarkand district)', ALR, {'note': 'NI:non-violent cattle theft; a very common village name'}),
        ('Саркандского района', 0, 'district', 'Sarkand District', ALR, {'note': 'NI:non-violent cattle theft'}),
        ('Алакольском районе', 0, 'district', 'Alakol District', ALR, {'note': 'NI:place of detention'}),
        ('Ушарале', 0, 'city', 'Usharal', ALR, {'note': 'NI:place of detention'}),
        ('Бишкека', 0, 'foreign', 'Bishkek', N, {'note': 'NI:residence'}),
        ('Кара-Балте', 0, 'foreign', 'Kara-Balta', N, {'note': 'NI:robbery abroad'}),
        ('Кыргызстану', 0, 'foreign', 'Kyrgyzstan', N),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': "NI:fraudsters' origin"}),
        ('Талдыкоргана', 1, 'city', 'Taldykorgan', ALR, {'note': 'NI:residence of fraud victims'}),
        ('Иссык-Куле', 0, 'foreign', 'Lake Issyk-Kul', N, {'subkind': 'lake', 'note': 'Kyrgyzstan'}),
        ('Текели', 0, 'city', 'Tekeli', ALR, {'note': 'NI:place of detention'}),
        ('Алматы', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:road endpoint'}),
        ('Талдыкорган', 0, 'city', 'Taldykorgan', ALR, {'note': 'NI:road endpoint'}),
        ('Сарыозек', 0, 'village', 'Saryozek', ALR, {'note': 'NI:reference point; lorry stopped, meat seized (not an incident)'}),
        ('Капала', 0, 'village', 'Kapal', ALR, {'note': "NI:driver's residence"}),
        ('Алматы', 2, 'city', 'Almaty', 'Almaty', {'note': 'NI:intended place of sale'}),
        ('трёх районах', 0, 'quantified', '3 districts', N, {'count': 3, 'unit': 'district', 'note': 'rise in livestock thefts, not incidents; the three districts are named'}),
        ('Талдыкорганской области', 1, 'region', ALR, ALR, {'uncertain': True, 'note': 'NI:the abolished region ("бывшей"), labelled with the unit holding its land'}),
        ('Саркандском', 0, 'district', 'Sarkand District', ALR, {'note': 'NI:thefts; elliptic list item'}),
        ('Алакольском', 1, 'district', 'Alakol District', ALR, {'note': 'NI:thefts; elliptic list item'}),
        ('Аксуском', 0, 'district', 'Aksu District (Almaty Region)', ALR, {'note': 'NI:thefts; elliptic list item; not the town of Aksu in Pavlodar Region'}),
        ('Семипалатинске', 0, 'city', 'Semey', EKR, {'note': 'East Kazakhstan Region since May 1997'}),
        ('Семипалатинская область', 0, 'region', EKR, EKR, {'uncertain': True, 'note': 'NI:Semipalatinsk Region, abolished in May 1997, labelled with the unit holding its land'}),
        ('Восточно-Казахстанскую', 0, 'region', EKR, EKR, {'note': 'NI:elliptic ("в Восточно-Казахстанскую [область]")'}),
        ('Бескарагайского района', 0, 'district', 'Beskaragai District', EKR, {'note': 'inside the name of an authority (rural militia); East Kazakhstan Region before 2022'}),
        ('Усть-Каменогорску', 0, 'city', 'Oskemen', EKR, {'uncertain': True, 'note': 'NI:metonymy for the regional administration seated in Ust-Kamenogorsk'}),
        ('Семипалатинску', 0, 'city', 'Semey', EKR, {'uncertain': True, 'note': 'NI:metonymy for the former regional administration'}),
        ('Аягозский', 0, 'district', 'Ayagoz District', EKR, {'note': 'inside the name of a court'}),
     ],
     inc={ALR: (1, 'brawl of traders at the central market of Taldykorgan, four hurt; the cattle theft, the detentions and the fraud are not counted'),
          EKR: (1, 'fatal stabbing in a meat plant hostel in Semipalatinsk; the sentence in Ayagoz district is not counted')}),

dict(id='p010', date='2004-03-02', lang='ru',
     event='2004 Atyrau city court sentences a livestock theft gang from Makhambet district for an August 2003 attack on a shepherd at a winter camp in Saraishyk (counted) and cattle thefts in Isatay district (not counted); animals driven through Kurmangazy district to Astrakhan (Russia); appeal to the Atyrau regional court',
     text="""Атырауский городской суд приговорил банду угонщиков скота
АТЫРАУ, 2 марта — Атырауский городской суд приговорил четырёх жителей Махамбетского района к срокам от 5 до 11 лет лишения свободы за серию краж скота и нападение на чабана.
Как установил суд, в ночь на 14 августа 2003 года подсудимые приехали на зимовку в селе Сарайшык, избили 60-летнего чабана и угнали 48 овец. Чабан больше месяца пролежал в больнице. Ещё 30 голов крупного рогатого скота банда похитила в Исатайском районе. Животных перегоняли через Курмангазинский район в Астраханскую область России и продавали на рынке в Астрахани.
Адвокат главаря банды, уроженца Кульсары, заявил, что обжалует приговор в Атырауском областном суде. Родственники чабана требуют возместить лечение и стоимость скота.""",
     ann=[
        ('Атырауский', 0, 'city', 'Atyrau', ATR, {'note': 'headline; inside the name of a court'}),
        ('АТЫРАУ', 0, 'city', 'Atyrau', ATR, {'note': 'dateline'}),
        ('Атырауский', 1, 'city', 'Atyrau', ATR, {'note': 'inside the name of a court'}),
        ('Махамбетского района', 0, 'district', 'Makhambet District', ATR, {'note': "NI:defendants' residence"}),
        ('Сарайшык', 0, 'village', 'Saraishyk', ATR),
        ('Исатайском районе', 0, 'district', 'Isatay District', ATR, {'note': 'NI:non-violent cattle theft'}),
        ('Курмангазинский район', 0, 'district', 'Kurmangazy District', ATR, {'note': 'NI:route'}),
        ('Астраханскую область', 0, 'foreign', 'Astrakhan Oblast', N),
        ('России', 0, 'foreign', 'Russia', N),
        ('Астрахани', 0, 'foreign', 'Astrakhan', N, {'note': 'NI:where the animals were sold'}),
        ('Кульсары', 0, 'city', 'Kulsary', ATR, {'note': "NI:leader's birthplace"}),
        ('Атырауском', 0, 'region', ATR, ATR, {'note': 'inside the name of a court (regional court)'}),
     ],
     inc={ATR: (1, 'August 2003 attack on a shepherd at a winter camp in Saraishyk, 48 sheep driven off (narrated with place and date); the sentence and the non-violent thefts are not counted')}),

dict(id='p011', date='2012-11-13', lang='ru',
     event='2012 fatal fight outside a cafe on Respubliki Avenue in Temirtau (Karaganda Region); horse theft in Topar, Abai district of Karaganda Region (not Abai Region, not counted); men from Zhezkazgan detained with cattle in Ulytau district (Karaganda Region before 2022)',
     text="""Драка у кафе в Темиртау закончилась гибелью студента
КАРАГАНДА, 13 ноября — В Темиртау задержаны трое участников драки у кафе на проспекте Республики, после которой в больнице скончался 19-летний студент, сообщили в департаменте внутренних дел Карагандинской области. Ещё двое молодых людей получили травмы. Судить подозреваемых будет Темиртауский городской суд.
В ту же ночь в посёлке Топар Абайского района из загона угнали 15 лошадей; хозяин заметил пропажу только утром.
А в Улытауском районе полицейские остановили двух жителей Жезказгана, которые перегоняли 40 голов скота без документов. По словам задержанных, скот они купили у фермера и собирались продать в Кызылорде. Начальник департамента напомнил, что с начала года в области раскрыто 212 краж скота.""",
     ann=[
        ('Темиртау', 0, 'city', 'Temirtau', KR, {'note': 'headline'}),
        ('КАРАГАНДА', 0, 'city', 'Karaganda', KR, {'note': 'dateline'}),
        ('Темиртау', 1, 'city', 'Temirtau', KR),
        ('проспекте Республики', 0, 'facility', 'Respubliki Avenue (Temirtau)', KR, {'subkind': 'street'}),
        ('Карагандинской области', 0, 'region', KR, KR, {'note': 'inside the name of an authority'}),
        ('Темиртауский', 0, 'city', 'Temirtau', KR, {'note': 'inside the name of a court'}),
        ('Топар', 0, 'village', 'Topar', KR, {'note': 'NI:non-violent horse theft'}),
        ('Абайского района', 0, 'district', 'Abai District (Karaganda Region)', KR, {'note': 'NI:non-violent horse theft; not Abai Region (created 2022)'}),
        ('Улытауском районе', 0, 'district', 'Ulytau District', KR, {'note': 'NI:detention; Karaganda Region before 2022-06-08'}),
        ('Жезказгана', 0, 'city', 'Zhezkazgan', KR, {'note': 'NI:residence; Karaganda Region before 2022-06-08'}),
        ('Кызылорде', 0, 'city', 'Kyzylorda', KZR, {'note': 'NI:intended place of sale'}),
     ],
     inc={KR: (1, 'fatal fight outside a cafe on Respubliki Avenue in Temirtau; the horse theft and the detention are not counted')}),

dict(id='p012', date='2018-06-28', lang='ru',
     event='2018 first separate police summaries of Turkistan Region and of Shymkent nine days after the reform: shooting with a rubber-bullet pistol at the Aina market, Al-Farabi district of Shymkent; flat fraud arrest by the Karatau district court of Shymkent (not counted); shepherd beaten in an attempted sheep theft in Karamurt, Sayram district (Turkistan Region); thefts in Kazygurt and Tolebi districts; Uzbek citizen held at Zhibek Zholy (via Gisht-Kuprik); man wanted in Osh detained in Turkestan; ДП ЮКО; mass brawls in four other, unnamed regions (unattributed)',
     text="""Первая неделя Туркестанской области: полиция региона и Шымкента отчиталась раздельно
ШЫМКЕНТ, 28 июня — Через девять дней после того, как Южно-Казахстанская область была переименована в Туркестанскую, а Шымкент стал городом республиканского значения, департамент полиции Туркестанской области и новый департамент полиции Шымкента впервые выпустили отдельные сводки. Ещё на прошлой неделе обе сводки подписывал ДП ЮКО.

Шымкент. В ночь на вторник на пустыре у рынка «Айна» в Аль-Фарабийском районе сошлись две группы молодых людей, один из участников получил ранение из травматического пистолета. Задержаны пятеро. Каратауский районный суд Шымкента в тот же день арестовал мужчину, который брал предоплату за несуществующие квартиры. А в Енбекшинском районе города ищут воров, которые ночью увели из частного двора на окраине трёх коров.

Туркестанская область. В селе Карамурт Сайрамского района двое угонщиков избили чабана и пытались увезти на грузовике 12 баранов; соседи задержали одного из них. Кражи скота за неделю зарегистрированы ещё в двух районах области — Казыгуртском и Толебийском.

На КПП «Жибек жолы» в Сарыагашском районе пограничники задержали гражданина Узбекистана, который въехал через узбекский пост «Гишт-Куприк» по чужому паспорту и направлялся в Алматы. В Туркестане, который станет новым областным центром, задержан житель Кентау, которого полиция киргизского Оша разыскивает за мошенничество.

В Арыси участковый остановил на трассе Шымкент — Кызылорда «Газель» с 20 баранами без ветеринарных справок. В Мактааральском районе пограничники задержали двух жителей Жетысая, которые пытались перегнать через арык в Узбекистан 15 голов скота; животных вернули владельцам, на задержанных составлены протоколы.

В обоих департаментах обещают, что совместные рейды на границе с Узбекистаном продолжатся и летом. По данным МВД, за ту же неделю массовые драки с пострадавшими произошли ещё в четырёх областях страны; какие это области, в министерстве не уточнили.""",
     ann=[
        ('Туркестанской области', 0, 'region', TR, TR, {'note': 'headline; Turkistan Region since 2018-06-19'}),
        ('Шымкента', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'headline; noun modifier of the police'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'dateline; city of republican significance since 2018-06-19'}),
        ('Южно-Казахстанская область', 0, 'region', TR, TR, {'uncertain': True, 'note': 'NI:the renamed region, labelled with the unit holding its land on the article date'}),
        ('Туркестанскую', 0, 'region', TR, TR, {'note': 'NI:elliptic ("в Туркестанскую [область]")'}),
        ('Шымкент', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:status of the city'}),
        ('Туркестанской области', 1, 'region', TR, TR, {'note': 'inside the name of an authority'}),
        ('Шымкента', 1, 'city', 'Shymkent', 'Shymkent', {'note': 'inside the name of an authority'}),
        ('ЮКО', 0, 'region', TR, TR, {'uncertain': True, 'note': 'inside the name of an authority (ДП ЮКО) under the old name of the region; labelled with the unit on the article date'}),
        ('Шымкент', 1, 'city', 'Shymkent', 'Shymkent', {'note': 'section heading'}),
        ('Айна', 0, 'facility', 'Aina market (Shymkent)', 'Shymkent', {'subkind': 'market', 'note': 'NI:reference point ("у рынка"); the district carries the incident'}),
        ('Аль-Фарабийском районе', 0, 'district', 'Al-Farabi District (Shymkent)', 'Shymkent', {'subkind': 'city district'}),
        ('Каратауский', 0, 'district', 'Karatau District (Shymkent)', 'Shymkent', {'subkind': 'city district', 'note': 'inside the name of a court; not the town of Karatau in Jambyl Region'}),
        ('Шымкента', 2, 'city', 'Shymkent', 'Shymkent', {'note': 'inside the name of a court'}),
        ('Енбекшинском районе', 0, 'district', 'Enbekshi District (Shymkent)', 'Shymkent', {'subkind': 'city district', 'note': 'NI:non-violent cattle theft'}),
        ('Туркестанская область', 0, 'region', TR, TR, {'note': 'section heading'}),
        ('Карамурт', 0, 'village', 'Karamurt', TR),
        ('Сайрамского района', 0, 'district', 'Sayram District', TR),
        ('двух районах', 0, 'quantified', '2 districts', N, {'count': 2, 'unit': 'district', 'note': 'livestock thefts, not incidents; the two districts are named'}),
        ('Казыгуртском', 0, 'district', 'Kazygurt District', TR, {'note': 'NI:thefts; elliptic list item'}),
        ('Толебийском', 0, 'district', 'Tolebi District', TR, {'note': 'NI:thefts; elliptic list item'}),
        ('Жибек жолы', 0, 'facility', 'Zhibek Zholy checkpoint', TR, {'subkind': 'checkpoint', 'note': 'NI:place of detention'}),
        ('Сарыагашском районе', 0, 'district', 'Saryagash District', TR, {'note': 'NI:place of detention'}),
        ('Узбекистана', 0, 'foreign', 'Uzbekistan', N),
        ('Гишт-Куприк', 0, 'foreign', 'Gisht-Kuprik', N, {'subkind': 'checkpoint', 'note': 'NI:Uzbek border post'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:destination'}),
        ('Туркестане', 0, 'city', 'Turkistan', TR, {'note': 'NI:place of detention'}),
        ('Кентау', 0, 'city', 'Kentau', TR, {'note': 'NI:residence'}),
        ('Оша', 0, 'foreign', 'Osh', N, {'note': 'inside the name of a foreign authority'}),
        ('Арыси', 0, 'city', 'Arys', TR, {'note': 'NI:vehicle stopped, not an incident'}),
        ('Шымкент', 2, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:road endpoint'}),
        ('Кызылорда', 0, 'city', 'Kyzylorda', KZR, {'note': 'NI:road endpoint'}),
        ('Мактааральском районе', 0, 'district', 'Makhtaaral District', TR, {'note': 'NI:detention of smugglers, not an incident'}),
        ('Жетысая', 0, 'city', 'Zhetysai', TR, {'note': "NI:smugglers' residence; not Jetisu Region"}),
        ('Узбекистан', 0, 'foreign', 'Uzbekistan', N),
        ('Узбекистаном', 0, 'foreign', 'Uzbekistan', N),
        ('четырёх областях', 0, 'quantified', '4 other regions', N, {'count': 4, 'unit': 'region', 'note': 'mass brawls with injured in four unnamed regions'}),
     ],
     inc={'Shymkent': (1, 'group fight with a rubber-bullet pistol wound near the Aina market, Al-Farabi district; the flat fraud is not counted'),
          TR: (1, 'shepherd beaten in an attempted sheep theft in Karamurt, Sayram district; other thefts and detentions are not counted')},
     unatt=[{'label': 'четырёх областях', 'count': 4, 'note': 'mass brawls with injured in four other, unnamed regions'}]),

dict(id='p013', date='2020-01-14', lang='ru',
     event='2020 farmer shoots and wounds a cattle thief at his yard in Tokhtarovo, Zhitikara district (Kostanay Region); accomplices detained in Troitsk (Chelyabinsk Oblast, Russia); earlier thefts in Karabalyk district (not counted)',
     text="""Фермер в Житикаринском районе открыл огонь по угонщикам скота
КОСТАНАЙ, 14 января — В селе Тохтарово Житикаринского района фермер выстрелил из охотничьего ружья в одного из троих мужчин, которые ночью пытались вывезти из его загона шесть бычков, сообщили в департаменте полиции Костанайской области. Раненного в ногу мужчину доставили в больницу Житикары, двое его сообщников скрылись на машине в сторону российской границы.
На следующий день их задержали в Троицке Челябинской области. Оба — жители Карабалыкского района, где в декабре тоже пропали 20 голов скота. Костанайская полиция направила в Россию запрос о выдаче.
Законность выстрела проверяет районная прокуратура; решение по обоим делам примет Житикаринский районный суд.""",
     ann=[
        ('Житикаринском районе', 0, 'district', 'Zhitikara District', KOR, {'note': 'headline'}),
        ('КОСТАНАЙ', 0, 'city', 'Kostanay', KOR, {'note': 'dateline'}),
        ('Тохтарово', 0, 'village', 'Tokhtarovo', KOR),
        ('Житикаринского района', 0, 'district', 'Zhitikara District', KOR),
        ('Костанайской области', 0, 'region', KOR, KOR, {'note': 'inside the name of an authority'}),
        ('Житикары', 0, 'city', 'Zhitikara', KOR, {'note': 'NI:hospital'}),
        ('Троицке', 0, 'foreign', 'Troitsk (Chelyabinsk Oblast)', N, {'note': 'NI:place of detention'}),
        ('Челябинской области', 0, 'foreign', 'Chelyabinsk Oblast', N),
        ('Карабалыкского района', 0, 'district', 'Karabalyk District', KOR, {'note': 'NI:residence; non-violent thefts'}),
        ('Костанайская', 0, 'region', KOR, KOR, {'note': 'inside the name of an authority ("Костанайская полиция", the regional police)'}),
        ('Россию', 0, 'foreign', 'Russia', N),
        ('Житикаринский', 0, 'district', 'Zhitikara District', KOR, {'note': 'inside the name of a court'}),
     ],
     inc={KOR: (1, 'farmer shoots and wounds a cattle thief at his yard in Tokhtarovo, Zhitikara district; the thefts in Karabalyk district are not counted')}),

dict(id='p014', date='2010-08-24', lang='ru',
     event='2010 knife fight on the Syr Darya beach of Baikonur (Kyzylorda Region; the town leased to Russia), three men from Kyzylorda detained; coal fraud sentence by the Shieli district court (not counted); stolen cattle from Kazaly district found in Aralsk (not counted)',
     text="""Драка на пляже в Байконуре: задержаны трое жителей Кызылорды
КЫЗЫЛОРДА, 24 августа — Трое жителей Кызылорды задержаны после драки на городском пляже на берегу Сырдарьи в Байконуре, в которой двое местных жителей получили ножевые ранения. Об этом сообщили в департаменте внутренних дел Кызылординской области. Город вместе с космодромом арендован Россией, и задержанных передали казахстанской стороне по межправительственному соглашению.
Тем временем Шиелийский районный суд приговорил к двум годам жителя Жалагаша, который под видом продажи угля собрал деньги с 40 семей. А в Аральске полицейские нашли 14 голов скота, украденных месяц назад в Казалинском районе; задержан перекупщик.""",
     ann=[
        ('Байконуре', 0, 'city', 'Baikonur', KZR, {'note': 'headline; the town is leased to Russia'}),
        ('Кызылорды', 0, 'city', 'Kyzylorda', KZR, {'note': "headline; NI:detainees' residence"}),
        ('КЫЗЫЛОРДА', 0, 'city', 'Kyzylorda', KZR, {'note': 'dateline'}),
        ('Кызылорды', 1, 'city', 'Kyzylorda', KZR, {'note': "NI:detainees' residence"}),
        ('Сырдарьи', 0, 'facility', 'Syr Darya', N, {'subkind': 'river'}),
        ('Байконуре', 1, 'city', 'Baikonur', KZR, {'note': 'leased to Russia with the cosmodrome; labelled Kyzylorda Region'}),
        ('Кызылординской области', 0, 'region', KZR, KZR, {'note': 'inside the name of an authority'}),
        ('Россией', 0, 'foreign', 'Russia', N),
        ('Шиелийский', 0, 'district', 'Shieli District', KZR, {'note': 'inside the name of a court'}),
        ('Жалагаша', 0, 'village', 'Zhalagash', KZR, {'note': 'NI:residence of a fraudster'}),
        ('Аральске', 0, 'city', 'Aral', KZR, {'note': 'NI:stolen cattle found'}),
        ('Казалинском районе', 0, 'district', 'Kazaly District', KZR, {'note': 'NI:non-violent theft'}),
     ],
     inc={KZR: (1, 'knife fight on the town beach of Baikonur, two wounded; the fraud and the theft are not counted')}),

dict(id='p015', date='1992-09-15', lang='ru',
     event='1992 two ferroalloy plant workers attacked in Ermak (now Aksu, Pavlodar Region), one beaten to death; livestock thefts in Irtysh district (not counted), cattle driven to Omsk Oblast; sugar coupon fraud in Pavlodar; report to the ministry in Alma-Ata',
     text="""В Ермаке задержаны подозреваемые в убийстве рабочего
ПАВЛОДАР, 15 сентября — Милиция Ермака задержала трёх мужчин, подозреваемых в нападении на двух рабочих ферросплавного завода в ночь на воскресенье. Одного из рабочих избили до смерти, второй с переломами находится в больнице.
В Иртышском районе за лето угнано более 200 голов скота, в основном из сёл у российской границы. По данным УВД Павлодарской области, часть животных перегоняют в Омскую область. А в Павлодаре мошенники продавали пенсионерам поддельные талоны на сахар.
Начальник областного УВД доложил о сводке в МВД республики в Алма-Ате и попросил выделить сельской милиции ещё 30 машин и бензин к ним.""",
     ann=[
        ('Ермаке', 0, 'city', 'Aksu (Pavlodar Region)', PR, {'note': 'headline; Ermak, the name of Aksu until 1993 (named after a person)'}),
        ('ПАВЛОДАР', 0, 'city', 'Pavlodar', PR, {'note': 'dateline'}),
        ('Ермака', 0, 'city', 'Aksu (Pavlodar Region)', PR, {'note': 'inside the name of an authority (town militia); old name of Aksu'}),
        ('Иртышском районе', 0, 'district', 'Irtysh District', PR, {'note': 'NI:non-violent livestock thefts; the district, not the river'}),
        ('Павлодарской области', 0, 'region', PR, PR, {'note': 'inside the name of an authority'}),
        ('Омскую область', 0, 'foreign', 'Omsk Oblast', N),
        ('Павлодаре', 0, 'city', 'Pavlodar', PR, {'note': 'NI:fraud, not an incident'}),
        ('Алма-Ате', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:seat of the ministry; Soviet-era name'}),
     ],
     inc={PR: (1, 'two plant workers attacked in Ermak (Aksu), one beaten to death; thefts and fraud are not counted')}),

dict(id='p016', date='2024-11-19', lang='ru',
     event='2024 weekly crime chronicle of the three western regions: youth brawl in the Shugyla microdistrict of Zhanaozen (Mangystau Region); camels stolen in Beineu district and loan fraud in Aktau (not counted); killing in a rented flat in Kulsary (Atyrau Region); wedding brawl in Kandyagash, Mugalzhar district (Aktobe Region); man wanted in Orenburg detained in Aiteke Bi district (Aktobe Region, not the Kyzylorda settlement)',
     text="""Криминальная хроника запада: драка в Жанаозене, убийство в Кульсары, побоище на свадьбе
АКТАУ, 19 ноября — Полиция трёх западных областей подвела итоги недели. Мы собрали главное из сводок.

Мангистауская область. В Жанаозене в ночь на субботу в микрорайоне Шугыла подрались две компании молодых людей: шестеро получили травмы, двенадцать человек задержаны. В Бейнеуском районе у фермера из села Боранкул угнали 18 верблюдов; часть животных нашли через три дня на скотном рынке в Бейнеу. В Актау задержана женщина, которая от имени банка оформила кредиты на 26 жителей города. В Каракиянском районе из загона в селе Курык пропали 40 овец; следы, по словам участкового, ведут к трассе Актау — Жанаозен.

Атырауская область. В Кульсары 35-летнего мужчину убили во время ссоры в съёмной квартире. Подозреваемого, его знакомого, задержали на следующий день в Атырау. Дело рассмотрит Жылыойский районный суд. В Индерском районе полиция вернула хозяину девять лошадей, угнанных ещё в сентябре; подозреваемые — жители соседней Западно-Казахстанской области.

Актюбинская область. В Кандыагаше Мугалжарского района на свадьбе вспыхнула драка между родственниками жениха и невесты, трое доставлены в больницу. В Айтекебийском районе задержан житель Оренбурга, которого российская полиция разыскивает за кражу скота. Его передадут России через пункт пропуска «Сагарчин». В Актобе городской суд арестовал двух мужчин, которые продавали в интернете несуществующие автомобили покупателям из Уральска и Костаная. Ещё одного жителя Хромтау суд оштрафовал за кражу сена у соседа.

Кражи скота, по словам полицейских, остаются главной головной болью сельских участковых на западе Казахстана: за октябрь зарегистрировано почти 140 таких краж.""",
     ann=[
        ('Жанаозене', 0, 'city', 'Zhanaozen', MR, {'note': 'headline'}),
        ('Кульсары', 0, 'city', 'Kulsary', ATR, {'note': 'headline'}),
        ('АКТАУ', 0, 'city', 'Aktau', MR, {'note': 'dateline'}),
        ('трёх западных областей', 0, 'quantified', '3 regions', N, {'count': 3, 'unit': 'region', 'note': 'police of three regions (all named below); not an incident statement'}),
        ('Мангистауская область', 0, 'region', MR, MR, {'note': 'section heading'}),
        ('Жанаозене', 1, 'city', 'Zhanaozen', MR),
        ('микрорайоне Шугыла', 0, 'district', 'Shugyla (Zhanaozen)', MR, {'subkind': 'microdistrict'}),
        ('Бейнеуском районе', 0, 'district', 'Beineu District', MR, {'note': 'NI:non-violent camel theft'}),
        ('Боранкул', 0, 'village', 'Borankul', MR, {'note': "NI:farmer's residence"}),
        ('Бейнеу', 0, 'village', 'Beineu', MR, {'note': 'NI:stolen camels found'}),
        ('Актау', 0, 'city', 'Aktau', MR, {'note': 'NI:fraud, not an incident'}),
        ('Каракиянском районе', 0, 'district', 'Karakiyan District', MR, {'note': 'NI:sheep missing, non-violent theft'}),
        ('Курык', 0, 'village', 'Kuryk', MR, {'note': 'NI:sheep missing'}),
        ('Актау', 1, 'city', 'Aktau', MR, {'note': 'NI:road endpoint'}),
        ('Жанаозен', 0, 'city', 'Zhanaozen', MR, {'note': 'NI:road endpoint'}),
        ('Атырауская область', 0, 'region', ATR, ATR, {'note': 'section heading'}),
        ('Кульсары', 1, 'city', 'Kulsary', ATR),
        ('Атырау', 0, 'city', 'Atyrau', ATR, {'note': 'NI:place of detention'}),
        ('Жылыойский', 0, 'district', 'Zhylyoi District', ATR, {'note': 'inside the name of a court'}),
        ('Индерском районе', 0, 'district', 'Inder District', ATR, {'note': 'NI:horses returned; non-violent theft'}),
        ('Западно-Казахстанской области', 0, 'region', WKR, WKR, {'note': "NI:suspects' residence"}),
        ('Актюбинская область', 0, 'region', AR, AR, {'note': 'section heading'}),
        ('Кандыагаше', 0, 'city', 'Kandyagash', AR),
        ('Мугалжарского района', 0, 'district', 'Mugalzhar District', AR),
        ('Айтекебийском районе', 0, 'district', 'Aiteke Bi District', AR, {'note': 'NI:place of detention; the Aktobe district, not the settlement of Aiteke Bi in Kyzylorda Region'}),
        ('Оренбурга', 0, 'foreign', 'Orenburg', N, {'note': 'NI:residence'}),
        ('России', 0, 'foreign', 'Russia', N),
        ('Сагарчин', 0, 'facility', 'Sagarchin checkpoint', AR, {'subkind': 'checkpoint', 'note': 'NI:planned handover point'}),
        ('Актобе', 0, 'city', 'Aktobe', AR, {'note': 'NI:seat of the court; internet fraud'}),
        ('Уральска', 0, 'city', 'Oral', WKR, {'note': "NI:buyers' residence; Russian name of Oral"}),
        ('Костаная', 0, 'city', 'Kostanay', KOR, {'note': "NI:buyers' residence"}),
        ('Хромтау', 0, 'city', 'Khromtau', AR, {'note': 'NI:residence; theft of hay, not an incident'}),
        ('Казахстана', 0, 'country', 'Kazakhstan', N, {'note': 'directional phrase "на западе Казахстана": only the country'}),
     ],
     inc={MR: (1, 'youth brawl in the Shugyla microdistrict of Zhanaozen, six hurt; the camel theft and the fraud are not counted'),
          ATR: (1, 'killing in a rented flat in Kulsary'),
          AR: (1, 'wedding brawl in Kandyagash, Mugalzhar district, three in hospital; the detention is not counted')}),
]
