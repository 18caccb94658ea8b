"""Russian texts of the ninety-second unseen check corpus (old Russian spellings such as
Чимкент, Джамбул, Кзыл-Орда, Талды-Курган, Гурьев, Семипалатинск, Кустанай, Джезказган)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p009', date='1992-03-11', lang='ru',
     event='1992 fire at the «Жибек жолы» clothes market in Chimkent, about 70 pavilions burnt, and a fatal roof fall in a coal mine in Lenger (South Kazakhstan Region; the old name Чимкентская область); traders from Tashkent and Bishkek',
     text="""Пожар на рынке в Чимкенте, обвал на шахте в Ленгере
ЧИМКЕНТ, 11 марта (ИТАР-ТАСС) — В ночь на вторник на вещевом рынке «Жибек жолы» в Чимкенте сгорели около 70 торговых павильонов. Пострадавших нет, сообщили в управлении пожарной охраны Чимкентской области. По предварительной версии, причиной стало короткое замыкание в электрощитовой.

В тот же день в Ленгере, в 25 километрах к востоку от областного центра, на угольной шахте обрушилась кровля выработки. Под завалом погиб 38-летний горняк, ещё двое получили травмы.

Торговцы, многие из которых возят товар из Ташкента и Бишкека, потребовали от горисполкома компенсации. По словам директора рынка Абдуллы Каримова, ущерб превышает пять миллионов рублей. Это уже второй крупный пожар на рынках юга Казахстана с начала года.""",
     ann=[
        ('Чимкенте', 0, 'city', 'Shymkent', SKR, {'note': 'headline; Soviet-era Russian name of Shymkent'}),
        ('Ленгере', 0, 'city', 'Lenger', SKR, {'note': 'headline'}),
        ('ЧИМКЕНТ', 0, 'city', 'Shymkent', SKR, {'note': 'dateline'}),
        ('Жибек жолы', 0, 'facility', 'Zhibek Zholy market (Shymkent)', SKR, {'subkind': 'market', 'note': 'a market named «Silk Road», not the village Zhibek Zholy'}),
        ('Чимкенте', 1, 'city', 'Shymkent', SKR),
        ('Чимкентской области', 0, 'region', SKR, SKR, {'note': 'inside the name of an authority; the old name of South Kazakhstan Region'}),
        ('Ленгере', 1, 'city', 'Lenger', SKR),
        ('Ташкента', 0, 'foreign', 'Tashkent', N, {'note': 'NI:origin of goods'}),
        ('Бишкека', 0, 'foreign', 'Bishkek', N, {'note': 'NI:origin of goods'}),
        ('Казахстана', 0, 'country', 'Kazakhstan', N, {'note': 'directional phrase "юга Казахстана": only the country'}),
     ],
     inc={SKR: (2, 'fire at the «Жибек жолы» market in Chimkent (70 pavilions); fatal roof fall in a coal mine in Lenger; "the second big market fire since January" is a statistic')}),

dict(id='p010', date='1996-12-10', lang='ru',
     event='1996 week in the south: gas protest blocking Tole Bi Avenue in Zhambyl (the former Dzhambul, now Taraz; Jambyl Region), fatal house fire in Kzyl-Orda/Kyzylorda (Kyzylorda Region), bus in a ditch at Karabulak, Eskeldi district, on the Taldykorgan-Almaty route (Taldykorgan Region, abolished 1997, land of Almaty Region), wall collapse killing a worker in the Nursat microdistrict of Chimkent (South Kazakhstan Region)',
     text="""Неделя на юге: протест в Жамбыле, пожар в Кзыл-Орде, авария под Талдыкорганом
АЛМАТЫ, 10 декабря (Интерфакс-Казахстан) — Первые сильные морозы обернулись для южных областей республики чередой происшествий и акций протеста.

В Жамбыле, который многие жители по старой памяти называют Джамбулом, в воскресенье около 200 человек перекрыли проспект Толе би, требуя возобновить подачу газа, отключённого за долги ещё в ноябре. Аким Жамбылской области пообещал, что газ вернут к пятнице. Милиция задержала троих участников акции. Жители жалуются, что с начала зимы газ отключали уже трижды.

В Кзыл-Орде — так название города до сих пор пишут на вывесках и в железнодорожных билетах, хотя в официальных документах всё чаще встречается Кызылорда, — в ночь на понедельник сгорел двухэтажный жилой дом на улице Ауэзова. Погибли хозяин квартиры и его сын. Соседи успели вывести из огня пятерых детей. Причиной пожара стала самодельная печь.

В понедельник утром междугородный автобус, следовавший по маршруту Талдыкорган — Алматы, съехал в кювет у посёлка Карабулак Ескельдинского района. Ранены 11 пассажиров, их доставили в больницу Талды-Кургана, как город по-прежнему называют в расписании автовокзала. Управление внутренних дел Талдыкорганской области объясняет аварию гололёдом.

В Чимкенте, центре Южно-Казахстанской области, в воскресенье на стройке жилого дома в микрорайоне Нурсат обрушилась стена, погиб 45-летний рабочий. Стройку приостановили. Прокуратура проверяет, соблюдались ли правила техники безопасности.

Республиканский штаб по чрезвычайным ситуациям в Алматы предупреждает, что до конца недели на юге Казахстана ожидается похолодание до минус 25 градусов, и просит водителей отказаться от дальних поездок. В горных районах возможен сход снежных лавин.""",
     ann=[
        ('Жамбыле', 0, 'city', 'Taraz', JR, {'note': 'headline; the city was called Zhambyl in 1993-1997 (Taraz since January 1997)'}),
        ('Кзыл-Орде', 0, 'city', 'Kyzylorda', KZR, {'note': 'headline; Soviet-era spelling'}),
        ('Талдыкорганом', 0, 'city', 'Taldykorgan', ALR, {'note': 'NI:headline, reference point ("под"); Taldykorgan Region (abolished 1997), land of Almaty Region'}),
        ('АЛМАТЫ', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Жамбыле', 1, 'city', 'Taraz', JR),
        ('Джамбулом', 0, 'city', 'Taraz', JR, {'note': 'NI:Soviet-era name of the city'}),
        ('проспект Толе би', 0, 'facility', 'Tole Bi Avenue (Taraz)', JR, {'subkind': 'street', 'note': 'named after a person; not the village Tole Bi'}),
        ('Жамбылской области', 0, 'region', JR, JR, {'note': 'inside the name of an official post (akim)'}),
        ('Кзыл-Орде', 1, 'city', 'Kyzylorda', KZR),
        ('Кызылорда', 0, 'city', 'Kyzylorda', KZR, {'note': 'NI:cited as the official spelling'}),
        ('улице Ауэзова', 0, 'facility', 'Auezov Street (Kyzylorda)', KZR, {'subkind': 'street', 'note': 'named after a person'}),
        ('Талдыкорган', 0, 'city', 'Taldykorgan', ALR, {'note': 'NI:route endpoint'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:route endpoint'}),
        ('Карабулак', 0, 'village', 'Karabulak (Eskeldi district)', ALR, {'note': 'centre of Eskeldi district; a common village name'}),
        ('Ескельдинского района', 0, 'district', 'Eskeldi District', ALR),
        ('Талды-Кургана', 0, 'city', 'Taldykorgan', ALR, {'note': 'NI:hospital; the Soviet-era spelling'}),
        ('Талдыкорганской области', 0, 'region', ALR, ALR, {'uncertain': True, 'note': 'inside the name of an authority; Taldykorgan Region existed until 1997 and is not a canonical unit; labelled with the unit that took over its land'}),
        ('Чимкенте', 0, 'city', 'Shymkent', SKR, {'note': 'Soviet-era Russian spelling (the city has been Shymkent since 1993)'}),
        ('Южно-Казахстанской области', 0, 'region', SKR, SKR, {'note': 'NI:the region of which the city is the centre'}),
        ('Нурсат', 0, 'district', 'Nursat (Shymkent)', SKR, {'subkind': 'microdistrict'}),
        ('Алматы', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:seat of the national emergencies headquarters'}),
        ('Казахстана', 0, 'country', 'Kazakhstan', N, {'note': 'directional phrase "на юге Казахстана": only the country'}),
     ],
     inc={JR: (1, 'protest blocking Tole Bi Avenue in Zhambyl over the gas cut, three detained'),
          KZR: (1, 'fatal fire of a two-storey house on Auezov Street in Kzyl-Orda, two dead'),
          ALR: (1, 'bus in a ditch at Karabulak, Eskeldi district, 11 hurt; Taldykorgan Region labelled with the unit holding its land'),
          SKR: (1, 'wall collapse at a building site in the Nursat microdistrict of Chimkent, one worker dead')}),

dict(id='p011', date='2001-04-18', lang='ru',
     event='2001 snowmelt flood of 35 houses in Makhambet and Saraishyk, Makhambet district (Atyrau Region); the Ural (Жайык) rising at Atyrau (the former Гурьев) and at Uralsk without damage; snowmelt in Russia\'s Orenburg Oblast',
     text="""Паводок в Атырауской области: подтоплены дома в двух сёлах
АТЫРАУ, 18 апреля (Казинформ) — Талые воды Урала подтопили 35 жилых домов в сёлах Махамбет и Сарайшык Махамбетского района Атырауской области, сообщили в областном управлении по чрезвычайным ситуациям. Из зоны подтопления вывезены 140 человек, погибших нет.

У самого Атырау уровень Урала, который по-казахски называют Жайык, за сутки поднялся на 40 сантиметров. Старожилы бывшего Гурьева — так город назывался до начала 1990-х — говорят, что такой высокой воды не видели с 1979 года.

Вода прибывает и выше по течению, у Уральска, но там, по данным гидрологов, угрозы жилым домам пока нет. По словам специалистов, причиной паводка стало бурное таяние снега в Оренбургской области России.""",
     ann=[
        ('Атырауской области', 0, 'region', ATR, ATR, {'note': 'headline'}),
        ('двух сёлах', 0, 'quantified', '2 villages', N, {'count': 2, 'unit': 'village', 'note': 'headline; both villages are named (Makhambet, Saraishyk)'}),
        ('АТЫРАУ', 0, 'city', 'Atyrau', ATR, {'note': 'dateline'}),
        ('Урала', 0, 'facility', 'Ural River', N, {'subkind': 'river'}),
        ('Махамбет', 0, 'village', 'Makhambet', ATR, {'note': 'centre of Makhambet district'}),
        ('Сарайшык', 0, 'village', 'Saraishyk', ATR),
        ('Махамбетского района', 0, 'district', 'Makhambet District', ATR),
        ('Атырауской области', 1, 'region', ATR, ATR),
        ('Атырау', 0, 'city', 'Atyrau', ATR, {'note': 'NI:river rising, no damage'}),
        ('Урала', 1, 'facility', 'Ural River', N, {'subkind': 'river'}),
        ('Жайык', 0, 'facility', 'Ural River', N, {'subkind': 'river', 'note': 'Kazakh name of the Ural'}),
        ('Гурьева', 0, 'city', 'Atyrau', ATR, {'note': 'NI:old name of Atyrau ("бывшего Гурьева")'}),
        ('Уральска', 0, 'city', 'Oral', WKR, {'note': 'NI:river rising, no threat; Russian name of Oral'}),
        ('Оренбургской области', 0, 'foreign', 'Orenburg Oblast', N),
        ('России', 0, 'foreign', 'Russia', N),
     ],
     inc={ATR: (1, 'snowmelt flood of 35 houses in Makhambet and Saraishyk, Makhambet district; the rise at Atyrau city and the 1979 comparison are not incidents')}),

dict(id='p012', date='2005-06-07', lang='ru',
     event='2005 rock fall at the Tishinsky mine in Ridder (the former Leninogorsk), one miner dead, and a building materials warehouse fire on Shakarim Street in Semipalatinsk (East Kazakhstan Region before the 2022 split); Ust-Kamenogorsk dateline; Russia\'s Altai Krai',
     text="""Горняк погиб на руднике в Риддере
УСТЬ-КАМЕНОГОРСК, 7 июня (КазТАГ) — Один горняк погиб и двое получили травмы при обрушении породы на Тишинском руднике в Риддере, сообщили в департаменте по чрезвычайным ситуациям Восточно-Казахстанской области. Город, до 2002 года носивший название Лениногорск, расположен в 110 километрах к северо-востоку от Усть-Каменогорска, недалеко от границы с Алтайским краем России.

Спасатели извлекли тело погибшего через шесть часов. Работы на участке приостановлены, создана комиссия.

В тот же день в Семипалатинске сгорел склад строительных материалов на улице Шакарима. Огонь тушили более четырёх часов, пострадавших нет. По предварительным данным, склад подожгли: на месте найдены канистры из-под бензина.""",
     ann=[
        ('Риддере', 0, 'city', 'Ridder', EKR, {'note': 'headline'}),
        ('УСТЬ-КАМЕНОГОРСК', 0, 'city', 'Oskemen', EKR, {'note': 'dateline'}),
        ('Тишинском руднике', 0, 'facility', 'Tishinsky mine (Ridder)', EKR, {'subkind': 'mine'}),
        ('Риддере', 1, 'city', 'Ridder', EKR),
        ('Восточно-Казахстанской области', 0, 'region', EKR, EKR, {'note': 'inside the name of an authority'}),
        ('Лениногорск', 0, 'city', 'Ridder', EKR, {'note': 'NI:former name of Ridder (until 2002)'}),
        ('Усть-Каменогорска', 0, 'city', 'Oskemen', EKR, {'note': 'NI:reference point'}),
        ('Алтайским краем', 0, 'foreign', 'Altai Krai', N),
        ('России', 0, 'foreign', 'Russia', N),
        ('Семипалатинске', 0, 'city', 'Semey', EKR, {'note': 'Russian name of Semey until 2007; East Kazakhstan Region before 2022-06-08'}),
        ('улице Шакарима', 0, 'facility', 'Shakarim Street (Semey)', EKR, {'subkind': 'street', 'note': 'named after a person'}),
     ],
     inc={EKR: (2, 'fatal rock fall at the Tishinsky mine in Ridder; warehouse fire (suspected arson) in Semipalatinsk')}),

dict(id='p013', date='2018-07-02', lang='ru',
     event='2018 two weeks after the split: warehouse fire on Kapal Batyr Street in Abai district of Shymkent (city of republican significance), reported as "г. Чимкент ЮКО"; water protest at the akimat in Turkestan, fatal collision near Kazygurt and a balcony collapse in Kentau (Turkistan Region); a pensioner\'s "Чимкент"; offices moving from Shymkent to Turkestan',
     text="""Две недели новой карты: хроника происшествий в Шымкенте и Туркестанской области
ШЫМКЕНТ, 2 июля (КазТАГ) — Прошло две недели с тех пор, как Шымкент получил статус города республиканского значения, а Южно-Казахстанская область была переименована в Туркестанскую с центром в Туркестане. Службы ещё путаются в названиях, а происшествий меньше не стало.

В субботу в Абайском районе Шымкента загорелся склад бытовой химии на улице Капал батыра. Пламя охватило 1200 квадратных метров, два пожарных отравились дымом. В первой сводке департамента по ЧС адрес по старой привычке указан как «г. Чимкент, ЮКО», хотя и старое написание, и аббревиатура уже вышли из употребления.

«Я шестьдесят лет живу в Чимкенте, а теперь, выходит, живу не в области, а в отдельном регионе», — смеётся пенсионер Бахтияр Усманов, пришедший посмотреть на пожар.

В воскресенье в Туркестане около 150 жителей новых кварталов на окраине города собрались у здания городского акимата, требуя провести водопровод. Заместитель акима Туркестанской области Ерлан Сапаров пообещал, что трубы проложат до осени.

В тот же день у села Казыгурт, центра Казыгуртского района, столкнулись легковой автомобиль и грузовик; погибли три человека. А в Кентау у пятиэтажного дома обрушился балкон, травмы получили двое жителей. Дом построен в 1960-х годах, когда в городе ещё работали свинцовые рудники, и жильцы давно жаловались на трещины в плитах.

Областные управления переедут из Шымкента в Туркестан до конца года. Пока же их сотрудники каждое утро проезжают 160 километров по трассе Шымкент — Туркестан — и в сводках нередко путают, какой из двух регионов отвечает за происшествие.""",
     ann=[
        ('Шымкенте', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'headline; city of republican significance since 2018-06-19'}),
        ('Туркестанской области', 0, 'region', TR, TR, {'note': 'headline'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'dateline'}),
        ('Шымкент', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:background, change of status'}),
        ('Южно-Казахстанская область', 0, 'region', TR, TR, {'uncertain': True, 'note': 'NI:background; the region renamed on 2018-06-19, labelled with the unit holding its land on the article date'}),
        ('Туркестанскую', 0, 'region', TR, TR, {'note': 'NI:background; adjective with the head noun "область" elided'}),
        ('Туркестане', 0, 'city', 'Turkistan', TR, {'note': 'NI:background, new regional centre'}),
        ('Абайском районе', 0, 'district', 'Abai District (Shymkent)', 'Shymkent', {'subkind': 'city district', 'note': 'district of Shymkent, not Abai Region'}),
        ('Шымкента', 0, 'city', 'Shymkent', 'Shymkent'),
        ('улице Капал батыра', 0, 'facility', 'Kapal Batyr Street (Shymkent)', 'Shymkent', {'subkind': 'street', 'note': 'named after a person'}),
        ('Чимкент', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'outdated spelling in a quoted report address'}),
        ('ЮКО', 0, 'region', TR, TR, {'uncertain': True, 'note': 'NI:outdated abbreviation of South Kazakhstan Region in an address for Shymkent, which has been outside the region since 2018-06-19; labelled with the unit holding the region\'s land'}),
        ('Чимкенте', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:residence of a pensioner; Soviet-era spelling in speech'}),
        ('Туркестане', 1, 'city', 'Turkistan', TR),
        ('Туркестанской области', 1, 'region', TR, TR, {'note': 'inside the name of an official post'}),
        ('Казыгурт', 0, 'village', 'Kazygurt', TR, {'note': 'centre of Kazygurt district'}),
        ('Казыгуртского района', 0, 'district', 'Kazygurt District', TR),
        ('Кентау', 0, 'city', 'Kentau', TR),
        ('Шымкента', 1, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:offices moving'}),
        ('Туркестан', 0, 'city', 'Turkistan', TR, {'note': 'NI:offices moving'}),
        ('Шымкент', 1, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:route endpoint'}),
        ('Туркестан', 1, 'city', 'Turkistan', TR, {'note': 'NI:route endpoint'}),
        ('двух регионов', 0, 'quantified', '2 regions', N, {'count': 2, 'unit': 'region', 'note': 'Shymkent and Turkistan Region, both named; not an incident statement'}),
     ],
     inc={'Shymkent': (1, 'warehouse fire on Kapal Batyr Street, Abai district, two firefighters poisoned by smoke'),
          TR: (3, 'water protest at the city akimat in Turkestan; fatal car-lorry collision near Kazygurt; balcony collapse in Kentau, two hurt')}),

dict(id='p014', date='2019-05-20', lang='ru',
     event='2019 night fire in a five-storey hostel on Beibitshilik Street in Saryarka district of Nur-Sultan, 80 evacuated, three in hospital (Astana); the capital\'s names Akmolinsk, Tselinograd, Akmola, Astana, Nur-Sultan; a crew from Kosshy, Tselinograd district (Akmola Region)',
     text="""Пожар в общежитии в Нур-Султане: эвакуированы 80 человек
НУР-СУЛТАН, 20 мая (Tengrinews.kz) — В ночь на понедельник загорелось пятиэтажное общежитие на улице Бейбитшилик в районе Сарыарка столицы. Пожарные вывели 80 человек, трое госпитализированы с отравлением угарным газом, сообщили в департаменте по чрезвычайным ситуациям Нур-Султана.

Здание построено в 1962 году, когда город назывался Целиноградом, и с тех пор ни разу не ремонтировалось капитально. За свою историю столица сменила пять названий: Акмолинск, Целиноград, Акмола, Астана, а с марта этого года — Нур-Султан.

Вместе со столичными пожарными огонь тушил расчёт из села Косшы Целиноградского района Акмолинской области. Причины пожара устанавливаются.""",
     ann=[
        ('Нур-Султане', 0, 'city', 'Astana', 'Astana', {'note': 'headline; the capital was named Nur-Sultan from 2019-03-23'}),
        ('НУР-СУЛТАН', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('улице Бейбитшилик', 0, 'facility', 'Beibitshilik Street (Astana)', 'Astana', {'subkind': 'street'}),
        ('Сарыарка', 0, 'district', 'Saryarka District (Astana)', 'Astana', {'subkind': 'city district'}),
        ('Нур-Султана', 0, 'city', 'Astana', 'Astana', {'note': 'inside the name of an authority'}),
        ('Целиноградом', 0, 'city', 'Astana', 'Astana', {'note': 'NI:Soviet name of the capital'}),
        ('Акмолинск', 0, 'city', 'Astana', 'Astana', {'note': 'NI:former name in a list'}),
        ('Целиноград', 0, 'city', 'Astana', 'Astana', {'note': 'NI:former name in a list'}),
        ('Акмола', 0, 'city', 'Astana', 'Astana', {'note': 'NI:former name in a list; the city, not Akmola Region'}),
        ('Астана', 0, 'city', 'Astana', 'Astana', {'note': 'NI:former name in a list'}),
        ('Нур-Султан', 0, 'city', 'Astana', 'Astana', {'note': 'NI:current name in a list'}),
        ('Косшы', 0, 'village', 'Kosshy', AKR, {'note': 'NI:origin of a fire crew; village status in 2019'}),
        ('Целиноградского района', 0, 'district', 'Tselinograd District', AKR, {'note': 'a district of Akmola Region, not the old name of the capital'}),
        ('Акмолинской области', 0, 'region', AKR, AKR, {'note': 'NI:location of the crew\'s village'}),
     ],
     inc={'Astana': (1, 'fire in a five-storey hostel in Saryarka district, three hospitalised')}),

dict(id='p015', date='2022-10-05', lang='ru',
     event='2022 fire in the «Радуга» shopping centre in Petropavlovsk/Petropavl, 300 evacuated (North Kazakhstan Region), and a bus overturned 15 km from Rudny on the Kostanay-Rudny road (Kostanay Region); a passenger\'s Soviet-era "Кустанай"; Sputnik Казахстан not annotated',
     text="""В Петропавловске горел торговый центр, под Рудным перевернулся автобус
ПЕТРОПАВЛОВСК, 5 октября (Sputnik Казахстан) — Пожар в торговом центре «Радуга» в центре Петропавловска потушили за три часа, из здания эвакуировали около 300 человек, сообщил департамент по ЧС Северо-Казахстанской области. Пострадавших нет, причиной возгорания предварительно назван поджог в подсобном помещении. В казахских документах и на новых указателях город пишут как Петропавл.

В тот же день в Костанайской области на трассе Костанай — Рудный, в 15 километрах от Рудного, перевернулся рейсовый автобус, шесть пассажиров получили травмы. Одна из пострадавших, пенсионерка из Костаная, рассказала журналистам, что «в Кустанае так лихо никогда не ездили». Старое название города официально сменили ещё в 1997 году, но старшее поколение до сих пор говорит «Кустанай».""",
     ann=[
        ('Петропавловске', 0, 'city', 'Petropavl', NKR, {'note': 'headline; Russian name of Petropavl'}),
        ('Рудным', 0, 'city', 'Rudny', KOR, {'note': 'NI:headline, reference point ("под")'}),
        ('ПЕТРОПАВЛОВСК', 0, 'city', 'Petropavl', NKR, {'note': 'dateline'}),
        ('Радуга', 0, 'facility', 'Raduga shopping centre (Petropavl)', NKR, {'subkind': 'shopping centre', 'note': 'name in quotation marks'}),
        ('Петропавловска', 0, 'city', 'Petropavl', NKR),
        ('Северо-Казахстанской области', 0, 'region', NKR, NKR, {'note': 'inside the name of an authority'}),
        ('Петропавл', 0, 'city', 'Petropavl', NKR, {'note': 'NI:Kazakh form of the name'}),
        ('Костанайской области', 0, 'region', KOR, KOR),
        ('Костанай', 0, 'city', 'Kostanay', KOR, {'note': 'NI:route endpoint'}),
        ('Рудный', 0, 'city', 'Rudny', KOR, {'note': 'NI:route endpoint'}),
        ('Рудного', 0, 'city', 'Rudny', KOR, {'note': 'NI:reference point ("в 15 километрах от")'}),
        ('Костаная', 0, 'city', 'Kostanay', KOR, {'note': 'NI:residence of a passenger'}),
        ('Кустанае', 0, 'city', 'Kostanay', KOR, {'note': 'NI:Soviet-era name in a quote'}),
        ('Кустанай', 0, 'city', 'Kostanay', KOR, {'note': 'NI:Soviet-era name'}),
     ],
     inc={NKR: (1, 'fire (suspected arson) in the «Радуга» shopping centre in Petropavlovsk, 300 evacuated'),
          KOR: (1, 'bus overturned on the Kostanay-Rudny road 15 km from Rudny, six hurt')}),

dict(id='p016', date='2024-08-14', lang='ru',
     event='2024 cable gallery fire at the copper smelter in Zhezkazgan and a fatal SUV rollover near the village of Ulytau (Ulytau Region); tourists from Astana; the Soviet spelling Джезказган; the region made from part of Karaganda Region in 2022; Satpayev',
     text="""Пожар на медеплавильном заводе в Жезказгане и ДТП у села Улытау
ЖЕЗКАЗГАН, 14 августа (КазТАГ) — На медеплавильном заводе в Жезказгане в среду загорелась кабельная эстакада. Огонь потушили за два часа, пострадавших нет, сообщает департамент по ЧС Улытауской области.

В тот же день у села Улытау, в 170 километрах к северу от областного центра, внедорожник с туристами из Астаны съехал с дороги и перевернулся. Погибла женщина, трое ранены. Село дало имя и району, и области, созданной в июне 2022 года из части Карагандинской области.

В советских справочниках город значился как Джезказган, и это написание до сих пор встречается на старых табличках и в паспортах пожилых жителей. Соседний Сатпаев, второй город области, до 1990 года носил название Никольский.""",
     ann=[
        ('Жезказгане', 0, 'city', 'Zhezkazgan', UR, {'note': 'headline; Ulytau Region since 2022-06-08'}),
        ('Улытау', 0, 'village', 'Ulytau (village)', UR, {'note': 'headline; the village, not the region'}),
        ('ЖЕЗКАЗГАН', 0, 'city', 'Zhezkazgan', UR, {'note': 'dateline'}),
        ('Жезказгане', 1, 'city', 'Zhezkazgan', UR),
        ('Улытауской области', 0, 'region', UR, UR, {'note': 'inside the name of an authority'}),
        ('Улытау', 1, 'village', 'Ulytau (village)', UR, {'note': 'the village, not the region'}),
        ('Астаны', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of the tourists'}),
        ('Карагандинской области', 0, 'region', KR, KR, {'note': 'NI:background, the region Ulytau was made from'}),
        ('Джезказган', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:Soviet-era spelling'}),
        ('Сатпаев', 0, 'city', 'Satpayev', UR, {'note': 'NI:background'}),
        ('Никольский', 0, 'city', 'Satpayev', UR, {'note': 'NI:former name of Satpayev (until 1990)'}),
     ],
     inc={UR: (2, 'cable gallery fire at the copper smelter in Zhezkazgan; fatal SUV rollover near the village of Ulytau')}),
]
