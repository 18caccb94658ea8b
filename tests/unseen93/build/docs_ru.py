"""Russian texts of the ninety-third unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p009', date='1992-08-18', lang='ru',
     event='1992 fire in containers of emigrating ethnic German families at the freight yard of Alma-Ata I station (Almaty); families from Temirtau and a village in Karaganda Region leaving for Germany (Hanover); Alma-Ata as the capital',
     text="""Уезжающие в Германию остались без вещей
АЛМА-АТА, 18 августа. В ночь на понедельник на грузовом дворе станции Алма-Ата I сгорели три контейнера с домашним имуществом семей, выезжающих на постоянное жительство в Германию. Пострадавших нет, сообщили в управлении внутренних дел города.
«Мы тридцать лет собирали это хозяйство», – говорит Иван Шнайдер, сварщик из Темиртау. Его родители были высланы в Карагандинскую область в 1941 году с Волги, сам он родился в селе Мичурино под Карагандой. Два брата Шнайдера уже живут в Ганновере и ждут его семью к осени.
Вместе с ним в Алма-Ату приехали ещё четыре семьи из Темиртау. Поезд до Москвы уходит в среду, оттуда они полетят во Франкфурт.
По данным немецкого посольства, с начала года из Казахстана выехали около 60 тысяч человек. Причины пожара на грузовом дворе выясняются.""",
     ann=[
        ('Германию', 0, 'foreign', 'Germany', N, {'note': 'headline; NI:destination'}),
        ('АЛМА-АТА', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline; Soviet-era name, the capital in 1992'}),
        ('Алма-Ата I', 0, 'facility', 'Almaty-1 railway station', 'Almaty', {'subkind': 'railway station', 'note': 'the station, named after the city'}),
        ('Германию', 1, 'foreign', 'Germany', N, {'note': 'NI:destination'}),
        ('Темиртау', 0, 'city', 'Temirtau', KR, {'note': 'NI:origin'}),
        ('Карагандинскую область', 0, 'region', KR, KR, {'note': 'NI:place of deportation (background)'}),
        ('Волги', 0, 'facility', 'Volga River', N, {'subkind': 'river', 'note': 'NI:origin of the deported family; river in Russia'}),
        ('Мичурино', 0, 'village', 'Michurino', KR, {'note': 'NI:birthplace'}),
        ('Карагандой', 0, 'city', 'Karaganda', KR, {'note': 'NI:reference point'}),
        ('Ганновере', 0, 'foreign', 'Hanover', N, {'note': 'NI:residence of relatives'}),
        ('Алма-Ату', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:destination of the trip'}),
        ('Темиртау', 1, 'city', 'Temirtau', KR, {'note': 'NI:origin'}),
        ('Москвы', 0, 'foreign', 'Moscow', N, {'note': 'NI:route'}),
        ('Франкфурт', 0, 'foreign', 'Frankfurt', N, {'note': 'NI:route'}),
        ('Казахстана', 0, 'country', 'Kazakhstan', N),
     ],
     inc={'Almaty': (1, 'three containers burnt at the freight yard of Alma-Ata I station')}),

dict(id='p010', date='2018-04-10', lang='ru',
     event='2018 traders of a Shymkent market (South Kazakhstan Region, two months before the split) tell where they come from: fire in a row of the «Айна» market in Shymkent and a minibus crash near Lenger (South Kazakhstan Region); traders from Sairam, Tashkent, Turkestan, Kentau; goods from Urumqi and Almaty; relatives in Russia',
     text="""«Рынок нас кормит»: торговцы Шымкента о пожаре, дорогах и родне
ШЫМКЕНТ, 10 апреля – Sputnik. Утром в воскресенье в Шымкенте горел вещевой ряд рынка «Айна». По данным департамента по ЧС Южно-Казахстанской области, огонь уничтожил 26 павильонов, пострадавших нет. Корреспондент поговорил с торговцами, которые разбирают обгоревшие прилавки.
Дильноза Юсупова торгует тканями восемь лет. Она родом из Сайрама, а её муж приехал из Ташкента в 2004 году. «Товар мы возим из Урумчи и из Алматы. Всё сгорело, кредит остался», – говорит она. Её сестра живёт в Туркестане, брат работает на стройке в Новосибирске.
Соседний павильон держит Асхат Мамыров из Кентау. «В Кентау работы нет, вся молодёжь уехала – кто в Шымкент, кто в Астану, кто в Россию», – рассказывает он. Сам он каждый день ездит на рынок на маршрутке.
Такие поездки небезопасны. В тот же день вечером под Ленгером маршрутное такси, возвращавшееся с рынка, столкнулось с грузовиком. Семь человек получили травмы, двое в тяжёлом состоянии, сообщили в областной полиции. Водитель грузовика, по словам очевидцев, выехал на встречную полосу.
«Рынок нас кормит, – говорит пожилой продавец Рустам-ака, который торгует здесь с 1996 года, когда приехал из Джетысая. – Двадцать лет назад Чимкент был меньше, а теперь сюда едут со всей области, из Туркестана, Арыси, Сарыагаша».
В акимате города пообещали помочь погорельцам с местами на других рынках. Причины пожара устанавливаются. По предварительным данным, загорелась проводка в одном из павильонов.
Для многих торговцев это уже второе несчастье за год: прошлой осенью вещевой ряд затопило после ливня. Тогда, по их словам, компенсаций никто не получил.""",
     ann=[
        ('Шымкента', 0, 'city', 'Shymkent', SKR, {'note': 'headline; South Kazakhstan Region before 2018-06-19'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', SKR, {'note': 'dateline'}),
        ('Шымкенте', 0, 'city', 'Shymkent', SKR),
        ('Айна', 0, 'facility', 'Aina market (Shymkent)', SKR, {'subkind': 'market'}),
        ('Южно-Казахстанской области', 0, 'region', SKR, SKR, {'note': 'inside the name of an authority'}),
        ('Сайрама', 0, 'village', 'Sairam', SKR, {'note': 'NI:origin'}),
        ('Ташкента', 0, 'foreign', 'Tashkent', N, {'note': 'NI:origin'}),
        ('Урумчи', 0, 'foreign', 'Urumqi', N, {'note': 'NI:origin of goods'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of goods'}),
        ('Туркестане', 0, 'city', 'Turkistan', SKR, {'note': 'NI:residence of relatives; South Kazakhstan Region before 2018-06-19'}),
        ('Новосибирске', 0, 'foreign', 'Novosibirsk', N, {'note': 'NI:workplace of relatives'}),
        ('Кентау', 0, 'city', 'Kentau', SKR, {'note': 'NI:origin'}),
        ('Кентау', 1, 'city', 'Kentau', SKR, {'note': 'NI:background'}),
        ('Шымкент', 0, 'city', 'Shymkent', SKR, {'note': 'NI:destination of migrants'}),
        ('Астану', 0, 'city', 'Astana', 'Astana', {'note': 'NI:destination of migrants'}),
        ('Россию', 0, 'foreign', 'Russia', N, {'note': 'NI:destination of migrants'}),
        ('Ленгером', 0, 'city', 'Lenger', SKR),
        ('Джетысая', 0, 'city', 'Zhetisay', SKR, {'note': 'NI:origin; Russian spelling'}),
        ('Чимкент', 0, 'city', 'Shymkent', SKR, {'note': 'NI:background; old Russian name in a quote'}),
        ('Туркестана', 0, 'city', 'Turkistan', SKR, {'note': 'NI:origin of shoppers'}),
        ('Арыси', 0, 'city', 'Arys', SKR, {'note': 'NI:origin of shoppers'}),
        ('Сарыагаша', 0, 'city', 'Saryagash', SKR, {'note': 'NI:origin of shoppers'}),
     ],
     inc={SKR: (3, 'fire at the «Айна» market in Shymkent, 26 pavilions; minibus-lorry collision near Lenger, seven hurt; the flooding of the same market row after a downpour last autumn (background narrated explicitly; doubtful, vague date)')}),

dict(id='p011', date='2004-06-07', lang='ru',
     event='2004 steppe fire burns hay and a winter camp near Karsakpay (Ulytau district, Karaganda Region before 2022); a shepherd who moved from Zhezkazgan; children in Kyzylorda and Karaganda',
     text="""Степной пожар оставил чабана без сена
КАРАГАНДА, 7 июня – КазТАГ. В Улытауском районе Карагандинской области в субботу степной пожар уничтожил около 300 тонн сена и зимовку крестьянского хозяйства в 15 километрах от посёлка Карсакпай, сообщили в областном управлении по ЧС. Огонь прошёл по площади около 800 гектаров, люди не пострадали.
«Сухая гроза пришла с запада, молния ударила прямо в стог», – рассказал по телефону хозяин зимовки Жумабек Сарсенов. Он переехал сюда из Жезказгана в 1995 году, когда закрылся рудник, и с тех пор держит овец.
Сын Сарсенова учится в Кызылорде, дочь работает врачом в Караганде. «Звали меня к себе, но куда я поеду от своих овец», – говорит он. Овец удалось отогнать к реке Сарыкенгир.
Районный акимат обещал выделить фермеру корма.""",
     ann=[
        ('КАРАГАНДА', 0, 'city', 'Karaganda', KR, {'note': 'dateline'}),
        ('Улытауском районе', 0, 'district', 'Ulytau District', KR, {'note': 'Karaganda Region before 2022-06-08'}),
        ('Карагандинской области', 0, 'region', KR, KR),
        ('Карсакпай', 0, 'village', 'Karsakpay', KR, {'note': 'reference point; the fire was in its area'}),
        ('Жезказгана', 0, 'city', 'Zhezkazgan', KR, {'note': 'NI:origin'}),
        ('Кызылорде', 0, 'city', 'Kyzylorda', KZR, {'note': 'NI:place of study of the son'}),
        ('Караганде', 0, 'city', 'Karaganda', KR, {'note': 'NI:workplace of the daughter'}),
        ('Сарыкенгир', 0, 'facility', 'Sarykengir River', N, {'subkind': 'river'}),
     ],
     inc={KR: (1, 'steppe fire destroyed hay and a winter camp near Karsakpay, Ulytau district')}),

dict(id='p012', date='2015-12-02', lang='ru',
     event='2015 fire in a student hostel in Astana; students from Rudny, Lisakovsk and Arkalyk (Kostanay Region) interviewed; parents in Kostanay; hostel fires in three other, unnamed cities (unattributed)',
     text="""«Выбежали в чём были»: студенты о пожаре в общежитии
АСТАНА, 2 декабря – Tengrinews.kz. Около 200 студентов эвакуировали ночью из общежития колледжа на улице Бейбитшилик в Астане, где загорелась кухня на третьем этаже. Двое студентов отравились дымом, сообщили в ДЧС столицы.
«Мы выбежали в чём были, в тапочках на мороз», – рассказывает второкурсница Айжан из Рудного. Её соседки по комнате приехали из Лисаковска и Аркалыка. «Родители звонят из Костаная каждые полчаса, мама хочет, чтобы я вернулась домой», – говорит Айжан.
Студентов временно разместили в спортзале соседней школы. Как сообщили в Министерстве образования, это уже не первый подобный случай осенью: пожары в общежитиях произошли ещё в трёх городах страны.""",
     ann=[
        ('АСТАНА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Бейбитшилик', 0, 'facility', 'Beibitshilik Street (Astana)', 'Astana', {'subkind': 'street'}),
        ('Астане', 0, 'city', 'Astana', 'Astana'),
        ('Рудного', 0, 'city', 'Rudny', KOR, {'note': 'NI:origin'}),
        ('Лисаковска', 0, 'city', 'Lisakovsk', KOR, {'note': 'NI:origin'}),
        ('Аркалыка', 0, 'city', 'Arkalyk', KOR, {'note': 'NI:origin'}),
        ('Костаная', 0, 'city', 'Kostanay', KOR, {'note': 'NI:residence of parents'}),
        ('трёх городах', 0, 'quantified', '3 cities', N, {'count': 3, 'unit': 'city', 'note': 'hostel fires in three other, unnamed cities'}),
     ],
     inc={'Astana': (1, 'fire in a college hostel on Beibitshilik Street, two students poisoned by smoke')},
     unatt=[{'label': 'трёх городах', 'count': 3, 'note': 'hostel fires this autumn in three other, unnamed cities'}]),

dict(id='p013', date='2020-05-06', lang='ru',
     event='2020 evacuees from Maktaaral district (Turkistan Region) after the Sardoba dam breach in Uzbekistan: flooding of villages in Maktaaral district and a fire at a humanitarian aid warehouse in Shymkent (Shymkent); evacuees staying with relatives in Shymkent and Zhetisay, a son working in Nur-Sultan, a migrant worker stranded in Kazan; flooding in two districts',
     text="""«Вода пришла ночью»: жители Мактааральского района о потопе
ШЫМКЕНТ, 6 мая – Informburo.kz. Пять дней назад Гульмира Асанова жила с мужем и четырьмя детьми в селе Бирлик Мактааральского района. Теперь семья живёт у её брата в Шымкенте, в двухкомнатной квартире на окраине микрорайона Нурсат.
«Вода пришла ночью. Сначала залило огород, потом двор, потом дом. Муж вынес детей на крышу сарая», – вспоминает она. Утром их на лодке вывезли спасатели.
Причиной потопа стал прорыв дамбы Сардобинского водохранилища в Сырдарьинской области Узбекистана 1 мая. По данным акимата Туркестанской области, вода затопила несколько сёл в двух районах – Мактааральском и Жетысайском. Из зоны бедствия эвакуировали более 30 тысяч человек.
Большинство эвакуированных разместились у родственников – в Жетысае, Шымкенте, Туркестане. Старший сын Асановой работает охранником в Нур-Султане и уже прислал деньги. «Он хотел приехать, но из-за карантина билетов нет», – говорит она.
Её соседка Зарина Мусаева рассказала, что муж с марта не может вернуться из Казани, где работал на стройке: границу с Россией закрыли из-за пандемии.
В Шымкенте помощь пострадавшим собирали всем городом. Однако в воскресенье ночью на складе гуманитарной помощи на Тамерлановском шоссе случился пожар: сгорели около двух тонн муки и одежда. Пострадавших нет, сообщили в департаменте по ЧС города Шымкента. Полиция проверяет версию поджога.
Правительство обещает построить новые дома для пострадавших до осени. Пока же семьи получают единовременную выплату и продуктовые наборы, а школьники заканчивают учебный год дистанционно – если у родственников есть интернет. «Мы вернёмся. Там наша земля, там похоронены родители», – говорит Асанова.""",
     ann=[
        ('Мактааральского района', 0, 'district', 'Maktaaral District', TR, {'note': 'headline'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'dateline; city of republican significance since 2018-06-19'}),
        ('Бирлик', 0, 'village', 'Birlik (Maktaaral district)', TR, {'note': 'a common village name; the flooded home village'}),
        ('Мактааральского района', 1, 'district', 'Maktaaral District', TR),
        ('Шымкенте', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:residence of relatives, where the evacuees live'}),
        ('Нурсат', 0, 'district', 'Nursat (Shymkent)', 'Shymkent', {'subkind': 'microdistrict', 'note': 'NI:residence'}),
        ('Сардобинского водохранилища', 0, 'foreign', 'Sardoba reservoir', N, {'note': 'reservoir in Uzbekistan; the dam breach abroad'}),
        ('Сырдарьинской области', 0, 'foreign', 'Sirdaryo Region', N, {'note': 'region of Uzbekistan'}),
        ('Узбекистана', 0, 'foreign', 'Uzbekistan', N),
        ('Туркестанской области', 0, 'region', TR, TR, {'note': 'inside the name of an authority'}),
        ('двух районах', 0, 'quantified', '2 districts', N, {'count': 2, 'unit': 'district', 'note': 'both named in the same sentence'}),
        ('Мактааральском', 0, 'district', 'Maktaaral District', TR, {'note': 'in a list sharing "районах"'}),
        ('Жетысайском', 0, 'district', 'Zhetisay District', TR, {'note': 'in a list sharing "районах"; not Jetisu Region'}),
        ('Жетысае', 0, 'city', 'Zhetisay', TR, {'note': 'NI:evacuees staying with relatives'}),
        ('Шымкенте', 1, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:evacuees staying with relatives'}),
        ('Туркестане', 0, 'city', 'Turkistan', TR, {'note': 'NI:evacuees staying with relatives'}),
        ('Нур-Султане', 0, 'city', 'Astana', 'Astana', {'note': 'NI:workplace of the son; the capital named Nur-Sultan 2019-2022'}),
        ('Казани', 0, 'foreign', 'Kazan', N, {'note': 'NI:workplace of a migrant worker'}),
        ('Россией', 0, 'foreign', 'Russia', N, {'note': 'NI:closed border'}),
        ('Шымкенте', 2, 'city', 'Shymkent', 'Shymkent'),
        ('Тамерлановском шоссе', 0, 'facility', 'Tamerlan Highway (Shymkent)', 'Shymkent', {'subkind': 'street'}),
        ('Шымкента', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'inside the name of an authority'}),
     ],
     inc={TR: (1, 'flood: villages of Maktaaral and Zhetisay districts flooded after the Sardoba dam breach (one flood per ADM1)'),
          'Shymkent': (1, 'fire at a humanitarian aid warehouse on Tamerlan Highway, suspected arson')}),

dict(id='p014', date='2010-01-12', lang='ru',
     event='2010 boiler house accident in Ridder leaves 40 houses without heating in frost (East Kazakhstan Region); a pensioner who moved to Ridder from Tishinka and whose children live in Ust-Kamenogorsk, Barnaul and Semipalatinsk (East Kazakhstan Region before 2022)',
     text="""Ридер мёрзнет после аварии на котельной
УСТЬ-КАМЕНОГОРСК, 12 января – «Казахстан сегодня». Около 40 многоэтажных домов в Риддере остались без отопления после того, как в ночь на понедельник на городской котельной лопнула магистральная труба. На улице минус 38, сообщили в акимате Восточно-Казахстанской области.
«Сидим в пальто, греем воду на плитке», – говорит пенсионерка Валентина Кравцова, которая переехала в Риддер из посёлка Тишинка сорок лет назад. Её сын живёт в Усть-Каменогорске, дочь – в Барнауле. «Дочка зовёт к себе в Россию, но у меня здесь могилы», – добавляет она.
Младший внук Кравцовой учится в Семипалатинске и на каникулы приехать не смог. Для ремонта в город направлены бригады из областного центра. По прогнозу, отопление восстановят к среде.""",
     ann=[
        ('Ридер', 0, 'city', 'Ridder', EKR, {'note': 'headline; variant spelling with one "д"'}),
        ('УСТЬ-КАМЕНОГОРСК', 0, 'city', 'Oskemen', EKR, {'note': 'dateline; Russian name'}),
        ('Риддере', 0, 'city', 'Ridder', EKR),
        ('Восточно-Казахстанской области', 0, 'region', EKR, EKR, {'note': 'inside the name of an authority'}),
        ('Риддер', 0, 'city', 'Ridder', EKR, {'note': 'NI:destination of a move'}),
        ('Тишинка', 0, 'village', 'Tishinka', EKR, {'note': 'NI:origin'}),
        ('Усть-Каменогорске', 0, 'city', 'Oskemen', EKR, {'note': 'NI:residence of the son'}),
        ('Барнауле', 0, 'foreign', 'Barnaul', N, {'note': 'NI:residence of the daughter'}),
        ('Россию', 0, 'foreign', 'Russia', N, {'note': 'NI:invitation to move'}),
        ('Семипалатинске', 0, 'city', 'Semey', EKR, {'note': 'NI:place of study; Russian name; East Kazakhstan Region before 2022-06-08'}),
     ],
     inc={EKR: (1, 'burst main pipe at the city boiler house in Ridder, 40 houses without heating')}),

dict(id='p015', date='2024-07-09', lang='ru',
     event='2024 mass fight in a shift workers\' camp near Kulsary (Zhylyoi district, Atyrau Region), 14 hurt; workers from Zhanaozen, Kyzylorda, Shymkent and Turkey interviewed in Atyrau; relatives in Aktau; "from five regions"',
     text="""Драка в вахтовом посёлке: «Мы все здесь приезжие»
АТЫРАУ, 9 июля – Orda.kz. В вахтовом посёлке строителей в 12 километрах от Кульсары в воскресенье вечером произошла массовая драка, 14 человек получили травмы, сообщили в полиции Атырауской области. Задержаны шесть человек.
По словам рабочих, конфликт начался в столовой из-за очереди. «Нас тут три тысячи, все приезжие – из пяти областей и из-за границы», – рассказал по телефону сварщик Ерлан, который приехал из Жанаозена. Его семья осталась в Актау.
Его напарник Нуржан родом из Кызылорды, а бригадир – из Шымкента. Часть рабочих наняли подрядчики из Турции.
Аким Жылыойского района провёл встречу с рабочими. Работы на объекте в понедельник возобновились.""",
     ann=[
        ('АТЫРАУ', 0, 'city', 'Atyrau', ATR, {'note': 'dateline'}),
        ('Кульсары', 0, 'city', 'Kulsary', ATR, {'note': 'reference point for the camp, which is in its area'}),
        ('Атырауской области', 0, 'region', ATR, ATR, {'note': 'inside the name of an authority'}),
        ('пяти областей', 0, 'quantified', '5 regions', N, {'count': 5, 'unit': 'region', 'note': 'NI:origins of the workers'}),
        ('Жанаозена', 0, 'city', 'Zhanaozen', MR, {'note': 'NI:origin'}),
        ('Актау', 0, 'city', 'Aktau', MR, {'note': 'NI:residence of family'}),
        ('Кызылорды', 0, 'city', 'Kyzylorda', KZR, {'note': 'NI:origin'}),
        ('Шымкента', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:origin'}),
        ('Турции', 0, 'foreign', 'Turkey', N, {'note': 'NI:origin of the contractors'}),
        ('Жылыойского района', 0, 'district', 'Zhylyoi District', ATR, {'note': 'inside the name of an official post'}),
     ],
     inc={ATR: (1, 'mass fight in a shift workers\' camp 12 km from Kulsary, 14 hurt')}),

dict(id='p016', date='2006-03-28', lang='ru',
     event='2006 fire at a scrap metal yard in Kurchatov and a protest of residents of Karaul (Abai district) outside the regional akimat office in Semipalatinsk (East Kazakhstan Region, before the 2022 split and before the 2007 renaming of Semipalatinsk); former test site workers from Sarzhal, children in Pavlodar, Almaty and Barnaul; Abai district is not Abai Region',
     text="""«Мы живём у полигона всю жизнь»: сельчане требуют компенсаций
СЕМИПАЛАТИНСК, 28 марта – КазТАГ. Около 120 жителей села Караул Абайского района вышли в понедельник к зданию представительства областного акимата в Семипалатинске с требованием выплатить компенсации за ядерные испытания. Митинг продолжался два часа и прошёл мирно; полиция никого не задержала.
«Я родился в Саржале, в 1960-х мы видели гриб над степью из окна школы», – рассказал 58-летний Кайрат Жусупов. Его дети давно переехали – сын в Павлодар, дочь в Алматы. «У них всё хорошо, а мы тут болеем», – говорит он.
Многие участники митинга приехали на автобусах за 200 километров. Пенсионерка Бакытжан Ахметова работала на полигоне телефонисткой, жила в Курчатове, а теперь живёт у сестры в Карауле. Её внуки – в Барнауле, за российской границей.
Накануне, в воскресенье, в самом Курчатове загорелся пункт приёма металлолома на окраине города. Огонь охватил около 500 квадратных метров, его тушили шесть часов. По словам местных жителей, на пункт свозили металл, вынесенный с заброшенных объектов бывшего полигона. В департаменте по ЧС Восточно-Казахстанской области сообщили, что пострадавших нет, а уровень радиации в норме.
Бывший Семипалатинский испытательный полигон, где с 1949 по 1989 год провели более 450 взрывов, закрыт в 1991 году. Государство выплачивает жителям пострадавших районов единовременные пособия, но, по словам участников митинга, их размер давно не пересматривался.
В представительстве акимата пообещали передать обращение в Усть-Каменогорск и в правительство в Астане. «Мы уже писали в Астану десять раз», – говорит Жусупов. Участники митинга договорились собраться снова в мае, если ответа не будет. Причины пожара в пункте приёма металла устанавливаются.""",
     ann=[
        ('СЕМИПАЛАТИНСК', 0, 'city', 'Semey', EKR, {'note': 'dateline; the city was renamed Semey in 2007; East Kazakhstan Region before 2022-06-08'}),
        ('Караул', 0, 'village', 'Karaul', EKR),
        ('Абайского района', 0, 'district', 'Abai District (East Kazakhstan)', EKR, {'note': 'not Abai Region, which was created in 2022; NI:home of the protesters'}),
        ('Семипалатинске', 0, 'city', 'Semey', EKR, {'note': 'Russian name, official until 2007'}),
        ('Саржале', 0, 'village', 'Sarzhal', EKR, {'note': 'NI:birthplace'}),
        ('Павлодар', 0, 'city', 'Pavlodar', PR, {'note': 'NI:residence of the son'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:residence of the daughter'}),
        ('Курчатове', 0, 'city', 'Kurchatov', EKR, {'note': 'NI:former residence'}),
        ('Карауле', 0, 'village', 'Karaul', EKR, {'note': 'NI:residence'}),
        ('Барнауле', 0, 'foreign', 'Barnaul', N, {'note': 'NI:residence of grandchildren'}),
        ('Курчатове', 1, 'city', 'Kurchatov', EKR),
        ('Восточно-Казахстанской области', 0, 'region', EKR, EKR, {'note': 'inside the name of an authority'}),
        ('Семипалатинский испытательный полигон', 0, 'facility', 'Semipalatinsk Test Site', EKR, {'subkind': 'test site', 'note': 'NI:background; the test site named after the city'}),
        ('Усть-Каменогорск', 0, 'city', 'Oskemen', EKR, {'note': 'NI:regional centre, addressee of the petition'}),
        ('Астане', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the government'}),
        ('Астану', 0, 'city', 'Astana', 'Astana', {'note': 'NI:addressee of letters'}),
     ],
     inc={EKR: (2, 'protest of Karaul residents outside the akimat office in Semipalatinsk; fire at a scrap metal yard in Kurchatov')}),
]
