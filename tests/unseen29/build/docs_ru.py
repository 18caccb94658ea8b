"""Russian texts of the twenty-ninth unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
JR, ALR, KYR, TR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'Turkistan Region', 'South Kazakhstan Region'
ABR, JTR, EKR, MR, KOR = 'Abai Region', 'Jetisu Region', 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR, UR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region', 'Ulytau Region'
ATR, AR, WKR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region'

DOCS = [
dict(id='p009', date='1993-05-26', lang='ru',
     event='1993 fire in a hostel of refugees from Tajikistan in Chimkent and a mass brawl at the station market in Saryagash (South Kazakhstan Region); routes via Termez and Tashkent; Dzhezkazgan (then Karaganda Region land) and Kzyl-Orda as proposed destinations',
     text="""Беженцы из Таджикистана переполнили общежития Чимкента
ЧИМКЕНТ, 26 мая (Интерфакс) — Два человека погибли при пожаре в общежитии на окраине Чимкента, где жили беженцы из Таджикистана, сообщило во вторник управление внутренних дел Южно-Казахстанской области.
Огонь вспыхнул ночью на втором этаже пятиэтажного здания на улице Байтурсынова. Пожарные вывели на улицу более 150 человек, в основном женщин и детей из Курган-Тюбе и Душанбе. Причиной называют самодельную электроплитку.
По данным областного миграционного управления, с начала года в области зарегистрированы около 9 тысяч беженцев. Большинство из них — этнические казахи и узбеки, бежавшие от гражданской войны. Они добираются поездом через Термез и Ташкент или автобусами до Сарыагаша, ближайшего к узбекской границе города.
В понедельник на рынке у вокзала в Сарыагаше произошла массовая драка между местными торговцами и приезжими. Милиция задержала 11 человек, трое получили ножевые ранения.
«Мы бежали с одной сумкой. Здесь нас приютили родственники, но работы нет», — рассказала учительница из Куляба Мавлюда Каримова, которая живёт с тремя детьми у сестры в Ленгере.
Власти области предлагают отправить часть семей в Кзыл-Орду и Джезказган, где пустуют квартиры уехавших на родину рабочих. Правительство в Алма-Ате обратилось за помощью к Управлению верховного комиссара ООН по делам беженцев. По оценкам его представителей, с прошлого года в Казахстан прибыли более 20 тысяч человек из Таджикистана, часть из них затем уехала в Россию.
Тем временем в Узбекистане ужесточили проверку документов на границе: пассажиров поездов из Душанбе теперь снимают с рейсов в Термезе, если у них нет приглашения от родственников в Казахстане.""",
     ann=[
        ('Таджикистана', 0, 'foreign', 'Tajikistan', N, {'note': 'headline; NI:origin'}),
        ('Чимкента', 0, 'city', 'Shymkent', SKR, {'note': 'headline; old name of Shymkent'}),
        ('ЧИМКЕНТ', 0, 'city', 'Shymkent', SKR, {'note': 'dateline'}),
        ('Чимкента', 1, 'city', 'Shymkent', SKR),
        ('Таджикистана', 1, 'foreign', 'Tajikistan', N, {'note': 'NI:origin'}),
        ('Южно-Казахстанской области', 0, 'region', SKR, SKR, {'note': 'inside the name of an authority'}),
        ('улице Байтурсынова', 0, 'facility', 'Baitursynov Street (Shymkent)', SKR, {'subkind': 'street'}),
        ('Курган-Тюбе', 0, 'foreign', 'Kurgan-Tyube', N, {'note': 'NI:origin'}),
        ('Душанбе', 0, 'foreign', 'Dushanbe', N, {'note': 'NI:origin'}),
        ('Термез', 0, 'foreign', 'Termez', N, {'note': 'NI:route'}),
        ('Ташкент', 0, 'foreign', 'Tashkent', N, {'note': 'NI:route'}),
        ('Сарыагаша', 0, 'city', 'Saryagash', SKR, {'note': 'NI:route end'}),
        ('Сарыагаше', 0, 'city', 'Saryagash', SKR),
        ('Куляба', 0, 'foreign', 'Kulob', N, {'note': 'NI:origin'}),
        ('Ленгере', 0, 'city', 'Lenger', SKR, {'note': 'NI:residence'}),
        ('Кзыл-Орду', 0, 'city', 'Kyzylorda', KYR, {'note': 'NI:proposed destination; old spelling'}),
        ('Джезказган', 0, 'city', 'Zhezkazgan', KR, {'note': 'NI:proposed destination; in 1993 centre of Dzhezkazgan Region, abolished in 1997; its land is in Karaganda Region in the pre-2022 layers (since 2022 Ulytau Region)'}),
        ('Алма-Ате', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:seat of the government'}),
        ('Казахстан', 0, 'country', 'Kazakhstan', N),
        ('Таджикистана', 2, 'foreign', 'Tajikistan', N, {'note': 'NI:origin'}),
        ('Россию', 0, 'foreign', 'Russia', N, {'note': 'NI:destination'}),
        ('Узбекистане', 0, 'foreign', 'Uzbekistan', N),
        ('Душанбе', 1, 'foreign', 'Dushanbe', N, {'note': 'NI:origin of trains'}),
        ('Термезе', 0, 'foreign', 'Termez', N),
        ('Казахстане', 0, 'country', 'Kazakhstan', N),
     ],
     inc={SKR: (2, 'fire in a refugee hostel on Baitursynov Street in Chimkent (2 dead); mass brawl at the station market in Saryagash (11 detained, 3 wounded)')}),

dict(id='p010', date='2004-07-20', lang='ru',
     event='2004 fire at the border market in Taskala (West Kazakhstan Region), visited by buyers from Ozinki, Yershov and Saratov in Russia',
     text="""Пожар уничтожил приграничный рынок в Таскале
УРАЛЬСК, 20 июля (КазТАГ) — Около 70 торговых павильонов сгорели в ночь на вторник на рынке в посёлке Таскала Западно-Казахстанской области, сообщили в областном управлении по чрезвычайным ситуациям. Пострадавших нет.
Рынок у железнодорожной станции — один из крупнейших в приграничье: по выходным сюда приезжают покупатели из российских Озинок, Ершова и даже Саратова. Торгуют в основном китайской одеждой, которую везут через Алма-Ату, и мясом из сёл Таскалинского района.
Пожарные из Таскалы и Уральска тушили огонь шесть часов. По предварительной версии, причиной стало короткое замыкание.
«Для нас этот рынок — единственная работа. Муж уехал на заработки в Самару, а я торгую здесь», — сказала продавщица Гульсара Ахметова.
Аким района пообещал восстановить павильоны к осени. С 1 августа на границе ужесточат контроль: жителям Саратовской и Оренбургской областей России понадобится миграционная карта.""",
     ann=[
        ('Таскале', 0, 'village', 'Taskala', WKR, {'note': 'headline'}),
        ('УРАЛЬСК', 0, 'city', 'Oral', WKR, {'note': 'dateline'}),
        ('Таскала', 0, 'village', 'Taskala', WKR),
        ('Западно-Казахстанской области', 0, 'region', WKR, WKR),
        ('Озинок', 0, 'foreign', 'Ozinki', N, {'note': 'NI:origin of buyers'}),
        ('Ершова', 0, 'foreign', 'Yershov', N, {'note': 'NI:origin of buyers'}),
        ('Саратова', 0, 'foreign', 'Saratov', N, {'note': 'NI:origin of buyers'}),
        ('Алма-Ату', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:route of goods'}),
        ('Таскалинского района', 0, 'district', 'Taskala District', WKR, {'note': 'NI:origin of meat'}),
        ('Таскалы', 0, 'village', 'Taskala', WKR, {'note': 'NI:origin of firefighters'}),
        ('Уральска', 0, 'city', 'Oral', WKR, {'note': 'NI:origin of firefighters'}),
        ('Самару', 0, 'foreign', 'Samara', N, {'note': 'NI:workplace'}),
        ('Саратовской', 0, 'foreign', 'Saratov Oblast', N, {'note': 'in a list sharing "областей"'}),
        ('Оренбургской', 0, 'foreign', 'Orenburg Oblast', N, {'note': 'in a list sharing "областей"'}),
        ('России', 0, 'foreign', 'Russia', N),
     ],
     inc={WKR: (1, 'fire destroyed about 70 pavilions of the market in Taskala')}),

dict(id='p011', date='2018-06-05', lang='ru',
     event='2018 (two weeks before the reform) new Atameken crossing to open in Maktaaral district, South Kazakhstan Region; Zhetysai and Asykata residents with relatives in the Syrdarya Region of Uzbekistan (Gulistan, Yangiyer) (no incident)',
     text="""Казахстан и Узбекистан откроют новый пункт пропуска в Мактааральском районе
ШЫМКЕНТ, 5 июня (Kazinform) — Пункт пропуска «Атамекен» на границе с Узбекистаном откроется для пешеходов в Мактааральском районе Южно-Казахстанской области до начала сбора хлопка, сообщили в акимате области.
Через пункт смогут ездить жители Жетысая и Асыкаты, у многих из которых родственники живут в Сырдарьинской области Узбекистана, а также сезонные рабочие из Гулистана и Янгиера, которые каждую осень собирают хлопок на полях района.
«До Гулистана отсюда 30 километров, а ехать приходилось через Сарыагаш, это почти 400 километров», — рассказал житель Жетысая Бахтияр Усманов.
Ранее в Астане сообщалось, что Казахстан и Узбекистан завершают демаркацию границы на этом участке. В Шымкенте в июле откроется генеральное консульство Узбекистана.""",
     ann=[
        ('Казахстан', 0, 'country', 'Kazakhstan', N, {'note': 'headline'}),
        ('Узбекистан', 0, 'foreign', 'Uzbekistan', N, {'note': 'headline'}),
        ('Мактааральском районе', 0, 'district', 'Maktaaral District', SKR, {'note': 'headline'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', SKR, {'note': 'dateline; before 2018-06-19'}),
        ('Атамекен', 0, 'facility', 'Atameken checkpoint', SKR, {'subkind': 'border checkpoint'}),
        ('Узбекистаном', 0, 'foreign', 'Uzbekistan', N),
        ('Мактааральском районе', 1, 'district', 'Maktaaral District', SKR),
        ('Южно-Казахстанской области', 0, 'region', SKR, SKR),
        ('Жетысая', 0, 'city', 'Zhetysai', SKR, {'note': 'NI:residence'}),
        ('Асыкаты', 0, 'village', 'Asykata', SKR, {'note': 'NI:residence'}),
        ('Сырдарьинской области', 0, 'foreign', 'Syrdarya Region', N, {'note': 'NI:residence of relatives; region of Uzbekistan named after the river'}),
        ('Узбекистана', 0, 'foreign', 'Uzbekistan', N),
        ('Гулистана', 0, 'foreign', 'Gulistan', N, {'note': 'NI:origin of workers'}),
        ('Янгиера', 0, 'foreign', 'Yangiyer', N, {'note': 'NI:origin of workers'}),
        ('Гулистана', 1, 'foreign', 'Gulistan', N, {'note': 'NI:distance'}),
        ('Сарыагаш', 0, 'city', 'Saryagash', SKR, {'note': 'NI:route'}),
        ('Жетысая', 1, 'city', 'Zhetysai', SKR, {'note': 'NI:residence'}),
        ('Астане', 0, 'city', 'Astana', 'Astana', {'note': 'NI:place of an announcement'}),
        ('Казахстан', 1, 'country', 'Kazakhstan', N),
        ('Узбекистан', 1, 'foreign', 'Uzbekistan', N),
        ('Шымкенте', 0, 'city', 'Shymkent', SKR, {'note': 'NI:planned consulate'}),
        ('Узбекистана', 1, 'foreign', 'Uzbekistan', N),
     ],
     inc={}),

dict(id='p012', date='2018-09-20', lang='ru',
     event='2018 teenager drowned in the inter-state Dostyk canal near Zhanazhol, Maktaaral district (Turkistan Region, three months after the renaming); divers from Shymkent (its own unit); the canal named like the Dostyk crossing',
     text="""Подросток утонул в межгосударственном канале «Достык» в Туркестанской области
ШЫМКЕНТ, 20 сентября (Tengrinews) — 14-летний подросток утонул в канале «Достык» у села Жанажол Мактааральского района, сообщили в департаменте по чрезвычайным ситуациям Туркестанской области.
Мальчик купался с друзьями у гидропоста. Его тело водолазы из Шымкента нашли через сутки в 4 км ниже по течению, почти у самой границы с Узбекистаном.
Канал «Достык» длиной более 100 км забирает воду из Сырдарьи и орошает поля Мактааральского района и соседней Сырдарьинской области Узбекистана.
Спасатели напоминают, что купание в оросительных каналах запрещено, и просят родителей не отпускать детей к воде без присмотра.
После июньской реформы Шымкент стал городом республиканского значения, а бывшая Южно-Казахстанская область переименована в Туркестанскую с центром в Туркестане. Департамент ЧС пока работает в Шымкенте и переедет в Туркестан до конца года.""",
     ann=[
        ('Достык', 0, 'facility', 'Dostyk canal', N, {'subkind': 'canal', 'note': 'headline; inter-state canal along the Kazakh-Uzbek border; namesake of the Dostyk crossing and villages'}),
        ('Туркестанской области', 0, 'region', TR, TR, {'note': 'headline'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'dateline'}),
        ('Достык', 1, 'facility', 'Dostyk canal', N, {'subkind': 'canal'}),
        ('Жанажол', 0, 'village', 'Zhanazhol (Maktaaral district)', TR),
        ('Мактааральского района', 0, 'district', 'Maktaaral District', TR),
        ('Туркестанской области', 1, 'region', TR, TR, {'note': 'inside the name of an authority'}),
        ('Шымкента', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:origin of divers'}),
        ('Узбекистаном', 0, 'foreign', 'Uzbekistan', N),
        ('Достык', 2, 'facility', 'Dostyk canal', N, {'subkind': 'canal'}),
        ('Сырдарьи', 0, 'facility', 'Syr Darya', N, {'subkind': 'river'}),
        ('Мактааральского района', 1, 'district', 'Maktaaral District', TR),
        ('Сырдарьинской области', 0, 'foreign', 'Syrdarya Region', N),
        ('Узбекистана', 0, 'foreign', 'Uzbekistan', N),
        ('Шымкент', 0, 'city', 'Shymkent', 'Shymkent'),
        ('Южно-Казахстанская область', 0, 'region', TR, TR, {'uncertain': True, 'note': 'the former name of the region renamed in June 2018; labelled with the unit in force on the article date'}),
        ('Туркестанскую', 0, 'region', TR, TR, {'note': 'region named by its adjective'}),
        ('Туркестане', 0, 'city', 'Turkistan', TR, {'note': 'NI:regional centre'}),
        ('Шымкенте', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:seat of the department'}),
        ('Туркестан', 0, 'city', 'Turkistan', TR, {'note': 'NI:planned seat'}),
     ],
     inc={TR: (1, 'teenager drowned in the Dostyk canal near Zhanazhol, Maktaaral district')}),

dict(id='p013', date='1996-10-08', lang='ru',
     event='1996 emigration of Germans and Russians from Turgay Region (abolished 1997; its Arkalyk, Amangeldy and Zhangeldi land now Kostanay Region) and oralmans from Karakalpakstan, Turkmenia and Mongolia settling there; Akmola the city (no incident)',
     text="""Тургайская область теряет жителей быстрее, чем принимает переселенцев
АРКАЛЫК, 8 октября (Интерфакс-Казахстан) — За девять месяцев Тургайскую область покинули более 11 тысяч человек, больше, чем за весь прошлый год, сообщило областное управление статистики.
Больше всего людей уезжает из Аркалыка, где после остановки бокситовых карьеров без работы остались тысячи горняков. Немецкие семьи из сёл Амангельдинского и Джангельдинского районов переселяются в Германию, в основном в Баварию и Нижнюю Саксонию; русские и украинцы — в Челябинскую, Курганскую и Омскую области России.
«В нашем селе из сорока немецких дворов осталось шесть», — рассказал глава администрации села Торгай Виктор Шмидт.
Освободившиеся дома власти предлагают оралманам. Весной в Амангельды приехали 120 семей из Каракалпакстана и Туркмении, ещё 60 семей из Монголии поселились в бывших совхозах под Аркалыком.
Но многие переселенцы не задерживаются: зимой в Аркалыке отключают отопление, а зарплату учителям не платят с мая. Часть казахов из Каракалпакстана уже перебралась в Кустанай и Акмолу, где, по слухам, вскоре начнётся большое строительство.
В сёлах Джангельдинского района с начала года закрылись четыре школы. Из 32 совхозов, работавших в районе в 1990 году, зарплату сегодня платят только пять, а почта в Торгай приходит раз в неделю.
В Алматы тем временем обсуждают упразднение области и передачу её районов Кустанайской и Акмолинской областям. В областной администрации эти планы не комментируют. Аким области заявил, что степь «ещё поднимется», если государство поддержит переселенцев кредитами на скот.
Эксперты миграционной службы отмечают, что похожая картина наблюдается во всех северных областях Казахстана: только за 1995 год из страны выехали около 240 тысяч человек.""",
     ann=[
        ('Тургайская область', 0, 'region', KOR, KOR, {'uncertain': True, 'note': 'headline; Turgay Region was abolished in 1997; the land of Arkalyk, Amangeldy and Zhangeldi went to Kostanay Region (other districts to Akmola Region); labelled with the main successor unit'}),
        ('АРКАЛЫК', 0, 'city', 'Arkalyk', KOR, {'note': 'dateline; centre of Turgay Region in 1996'}),
        ('Тургайскую область', 0, 'region', KOR, KOR, {'uncertain': True, 'note': 'abolished in 1997; labelled with the main successor unit'}),
        ('Аркалыка', 0, 'city', 'Arkalyk', KOR, {'note': 'NI:origin of emigrants'}),
        ('Амангельдинского', 0, 'district', 'Amangeldy District', KOR, {'note': 'NI:origin; in a list sharing "районов"'}),
        ('Джангельдинского', 0, 'district', 'Zhangeldi District', KOR, {'note': 'NI:origin; in a list sharing "районов"'}),
        ('Германию', 0, 'foreign', 'Germany', N, {'note': 'NI:destination'}),
        ('Баварию', 0, 'foreign', 'Bavaria', N, {'note': 'NI:destination'}),
        ('Нижнюю Саксонию', 0, 'foreign', 'Lower Saxony', N, {'note': 'NI:destination'}),
        ('Челябинскую', 0, 'foreign', 'Chelyabinsk Oblast', N, {'note': 'NI:destination; in a list sharing "области"'}),
        ('Курганскую', 0, 'foreign', 'Kurgan Oblast', N, {'note': 'NI:destination; in a list sharing "области"'}),
        ('Омскую', 0, 'foreign', 'Omsk Oblast', N, {'note': 'NI:destination; in a list sharing "области"'}),
        ('России', 0, 'foreign', 'Russia', N),
        ('Торгай', 0, 'village', 'Torgai', KOR),
        ('Амангельды', 0, 'village', 'Amangeldy', KOR, {'note': 'NI:destination of oralmans'}),
        ('Каракалпакстана', 0, 'foreign', 'Karakalpakstan', N, {'note': 'NI:origin'}),
        ('Туркмении', 0, 'foreign', 'Turkmenistan', N, {'note': 'NI:origin'}),
        ('Монголии', 0, 'foreign', 'Mongolia', N, {'note': 'NI:origin'}),
        ('Аркалыком', 0, 'city', 'Arkalyk', KOR, {'note': 'NI:reference point'}),
        ('Аркалыке', 0, 'city', 'Arkalyk', KOR),
        ('Каракалпакстана', 1, 'foreign', 'Karakalpakstan', N, {'note': 'NI:origin'}),
        ('Джангельдинского района', 0, 'district', 'Zhangeldi District', KOR),
        ('Торгай', 1, 'village', 'Torgai', KOR),
        ('Кустанай', 0, 'city', 'Kostanay', KOR, {'note': 'NI:destination; old spelling'}),
        ('Акмолу', 0, 'city', 'Astana', 'Astana', {'note': 'NI:destination; the city of Akmola (capital from 1997), not Akmola Region'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:seat of the government'}),
        ('Кустанайской', 0, 'region', KOR, KOR, {'note': 'NI:planned successor; in a list sharing "областям"'}),
        ('Акмолинской', 0, 'region', AKR, AKR, {'note': 'NI:planned successor; in a list sharing "областям"'}),
        ('всех северных областях', 0, 'quantified', 'all northern regions', N, {'note': 'emigration, not about incidents', 'count': N, 'unit': 'region', 'quantifier': 'all'}),
        ('Казахстана', 0, 'country', 'Kazakhstan', N),
     ],
     inc={}),

dict(id='p014', date='2022-07-14', lang='ru',
     event='2022 fire at the border trade site by the Bakhty checkpoint, Urzhar district (the new Abai Region), and a minibus of kandas from the Altay Prefecture of Xinjiang overturned near the Maikapshagai checkpoint, Zaisan district (East Kazakhstan Region)',
     text="""Пожар у пункта пропуска «Бахты» и авария у Майкапшагая
СЕМЕЙ, 14 июля (Vlast.kz) — Около 40 торговых контейнеров сгорели на торговой площадке у пункта пропуска «Бахты» на границе с Китаем в Урджарском районе, сообщили в департаменте по чрезвычайным ситуациям Абайской области. Пострадавших среди людей нет; по предварительной версии, загорелась холодильная камера.
Площадку открыли в 2019 году для торговцев из китайского Чугучака, который в Китае называют Тачэн и который находится в 20 км от границы. После пандемии через «Бахты» снова пошли грузовики из Синьцзяна, а с ними — семьи кандасов, которые переезжают в Урджар, Таскескен и Аягоз.
Накануне на другом участке границы, у пункта пропуска «Майкапшагай» в Зайсанском районе, перевернулся микроавтобус с казахами из Алтайского округа Синьцзяна. Пятерых пассажиров доставили в районную больницу Зайсана. «Майкапшагай» — единственный автомобильный переход на границе с Китаем в Восточно-Казахстанской области; в прошлом году через него проехали около 30 тысяч человек.
«Мы ждали разрешения на переезд два года. Родственники в Аягозе уже нашли нам дом», — сказала пассажирка Гульнар Кумарбек из города Алтай.
После образования новых областей 8 июня Урджарский и Аягозский районы вошли в Абайскую область с центром в Семее, а Зайсанский район остался в Восточно-Казахстанской области. Поэтому переселенцы, въехавшие через разные пункты пропуска, теперь оформляются в разных областных центрах — в Семее и Усть-Каменогорске.
По данным миграционной службы, с начала года в обе области прибыли более 2 тысяч кандасов из Китая и Монголии. Часть из них направят в Курчатов и Бородулихинский район, где пустуют дома.""",
     ann=[
        ('Бахты', 0, 'facility', 'Bakhty checkpoint', ABR, {'subkind': 'border checkpoint', 'note': 'headline'}),
        ('Майкапшагая', 0, 'village', 'Maikapshagai', EKR, {'note': 'headline'}),
        ('СЕМЕЙ', 0, 'city', 'Semey', ABR, {'note': 'dateline'}),
        ('Бахты', 1, 'facility', 'Bakhty checkpoint', ABR, {'subkind': 'border checkpoint'}),
        ('Китаем', 0, 'foreign', 'China', N),
        ('Урджарском районе', 0, 'district', 'Urzhar District', ABR),
        ('Абайской области', 0, 'region', ABR, ABR, {'note': 'inside the name of an authority'}),
        ('Чугучака', 0, 'foreign', 'Tacheng', N, {'note': 'NI:origin of traders'}),
        ('Китае', 0, 'foreign', 'China', N),
        ('Тачэн', 0, 'foreign', 'Tacheng', N),
        ('Бахты', 2, 'facility', 'Bakhty checkpoint', ABR, {'subkind': 'border checkpoint', 'note': 'NI:route'}),
        ('Синьцзяна', 0, 'foreign', 'Xinjiang', N, {'note': 'NI:origin'}),
        ('Урджар', 0, 'village', 'Urzhar', ABR, {'note': 'NI:destination'}),
        ('Таскескен', 0, 'village', 'Taskesken (Urzhar district)', ABR, {'note': 'NI:destination'}),
        ('Аягоз', 0, 'city', 'Ayagoz', ABR, {'note': 'NI:destination'}),
        ('Майкапшагай', 0, 'facility', 'Maikapshagai checkpoint', EKR, {'subkind': 'border checkpoint'}),
        ('Зайсанском районе', 0, 'district', 'Zaisan District', EKR),
        ('Алтайского округа', 0, 'foreign', 'Altay Prefecture', N, {'note': 'NI:origin; Chinese namesake of Altai in Kazakhstan'}),
        ('Синьцзяна', 1, 'foreign', 'Xinjiang', N),
        ('Зайсана', 0, 'city', 'Zaisan', EKR, {'note': 'NI:hospital'}),
        ('Майкапшагай', 1, 'facility', 'Maikapshagai checkpoint', EKR, {'subkind': 'border checkpoint'}),
        ('Китаем', 1, 'foreign', 'China', N),
        ('Восточно-Казахстанской области', 0, 'region', EKR, EKR),
        ('Аягозе', 0, 'city', 'Ayagoz', ABR, {'note': 'NI:residence of relatives'}),
        ('Алтай', 0, 'foreign', 'Altay (Xinjiang)', N, {'note': 'NI:origin; the Chinese city, not the Kazakh town Altai'}),
        ('Урджарский', 0, 'district', 'Urzhar District', ABR, {'note': 'in a list sharing "районы"'}),
        ('Аягозский', 0, 'district', 'Ayagoz District', ABR, {'note': 'in a list sharing "районы"'}),
        ('Абайскую область', 0, 'region', ABR, ABR),
        ('Семее', 0, 'city', 'Semey', ABR, {'note': 'NI:regional centre'}),
        ('Зайсанский район', 0, 'district', 'Zaisan District', EKR),
        ('Восточно-Казахстанской области', 1, 'region', EKR, EKR),
        ('Семее', 1, 'city', 'Semey', ABR, {'note': 'NI:regional centre'}),
        ('Усть-Каменогорске', 0, 'city', 'Oskemen', EKR, {'note': 'NI:regional centre'}),
        ('обе области', 0, 'quantified', '2 regions', N, {'note': 'both regions (Abai and East Kazakhstan), not about incidents', 'count': 2, 'unit': 'region'}),
        ('Китая', 0, 'foreign', 'China', N, {'note': 'NI:origin'}),
        ('Монголии', 0, 'foreign', 'Mongolia', N, {'note': 'NI:origin'}),
        ('Курчатов', 0, 'city', 'Kurchatov', ABR, {'note': 'NI:destination'}),
        ('Бородулихинский район', 0, 'district', 'Borodulikha District', ABR, {'note': 'NI:destination'}),
     ],
     inc={ABR: (1, 'fire destroyed about 40 containers at the trade site by the Bakhty checkpoint, Urzhar district'),
          EKR: (1, 'minibus of kandas overturned near the Maikapshagai checkpoint, Zaisan district, five injured')}),

dict(id='p015', date='2008-03-11', lang='ru',
     event='2008 bus of Uzbek labour migrants bound for Tyumen overturned near Mamlyutka on the Petropavlovsk-Kurgan road (North Kazakhstan Region); route via Shymkent (then South Kazakhstan Region), Karaganda and Astana; similar crashes in three other regions (unattributed)',
     text="""Автобус с трудовыми мигрантами из Узбекистана перевернулся под Мамлюткой
ПЕТРОПАВЛОВСК, 11 марта (Интерфакс-Казахстан) — Один человек погиб и 17 получили травмы при опрокидывании автобуса с гражданами Узбекистана на трассе Петропавловск — Курган у посёлка Мамлютка в Северо-Казахстанской области, сообщили в областном департаменте по чрезвычайным ситуациям.
Автобус выехал из Самарканда в пятницу и направлялся в Тюмень, где пассажиры собирались работать на стройках. По данным полиции, водитель не справился с управлением на обледеневшей дороге в 12 км от границы с Курганской областью России.
Пострадавших доставили в центральную больницу Мамлютского района и в областную больницу Петропавловска. Двое находятся в тяжёлом состоянии.
Весной через Казахстан ежедневно проезжают десятки таких автобусов: из Узбекистана они идут через Шымкент, Караганду и Астану и за трое суток преодолевают более 3 тысяч километров. По данным МВД, с начала года аварии автобусов с мигрантами произошли ещё в трёх областях страны.""",
     ann=[
        ('Узбекистана', 0, 'foreign', 'Uzbekistan', N, {'note': 'headline'}),
        ('Мамлюткой', 0, 'city', 'Mamlyutka', NKR, {'note': 'headline'}),
        ('ПЕТРОПАВЛОВСК', 0, 'city', 'Petropavl', NKR, {'note': 'dateline; Russian name of Petropavl'}),
        ('Узбекистана', 1, 'foreign', 'Uzbekistan', N),
        ('Петропавловск', 0, 'city', 'Petropavl', NKR, {'note': 'NI:route endpoint'}),
        ('Курган', 0, 'foreign', 'Kurgan', N, {'note': 'NI:route endpoint'}),
        ('Мамлютка', 0, 'city', 'Mamlyutka', NKR),
        ('Северо-Казахстанской области', 0, 'region', NKR, NKR),
        ('Самарканда', 0, 'foreign', 'Samarkand', N, {'note': 'NI:origin'}),
        ('Тюмень', 0, 'foreign', 'Tyumen', N, {'note': 'NI:destination'}),
        ('Курганской областью', 0, 'foreign', 'Kurgan Oblast', N, {'note': 'NI:reference point'}),
        ('России', 0, 'foreign', 'Russia', N),
        ('Мамлютского района', 0, 'district', 'Mamlyutka District', NKR, {'note': 'NI:hospital'}),
        ('Петропавловска', 0, 'city', 'Petropavl', NKR, {'note': 'NI:hospital'}),
        ('Казахстан', 1, 'country', 'Kazakhstan', N),
        ('Узбекистана', 2, 'foreign', 'Uzbekistan', N, {'note': 'NI:origin'}),
        ('Шымкент', 0, 'city', 'Shymkent', SKR, {'note': 'NI:route; South Kazakhstan Region before 2018-06-19'}),
        ('Караганду', 0, 'city', 'Karaganda', KR, {'note': 'NI:route'}),
        ('Астану', 0, 'city', 'Astana', 'Astana', {'note': 'NI:route'}),
        ('трёх областях', 0, 'quantified', '3 regions', N, {'note': 'crashes of migrants\' buses since January', 'count': 3, 'unit': 'region'}),
     ],
     inc={NKR: (1, 'bus of migrants overturned near Mamlyutka on the Petropavlovsk-Kurgan road (1 dead, 17 injured)')},
     unatt=[{'label': 'трёх областях', 'count': 3, 'note': 'crashes of migrants\' buses since January in three other unnamed regions'}]),

dict(id='p016', date='2026-01-20', lang='ru',
     event='2026 Ulytau Region to take 300 kandas families from Karakalpakstan and the Navoi Region of Uzbekistan: Zhezkazgan, Satpayev, Zhezdy, Ulytau district; Karaganda Region as the former unit; route via Kungrad and Beyneu (no incident)',
     text="""В Улытаускую область переселят 300 семей кандасов
ЖЕЗКАЗГАН, 20 января (Kazinform) — В этом году в Улытаускую область по региональной квоте переедут около 300 семей этнических казахов из Каракалпакстана и Навоийской области Узбекистана, сообщили в областном управлении занятости.
Больше всего переселенцев примут Жезказган и Сатпаев, где медеплавильным предприятиям не хватает рабочих. Ещё 40 семей получат дома в посёлке Жезды и сёлах Улытауского района.
До создания области в 2022 году Жезказган и Сатпаев входили в Карагандинскую область, и кандасы из Нукуса и Муйнака ехали в основном в Караганду и Темиртау.
«Дорога из Кунграда через Бейнеу занимает трое суток, зато здесь есть работа и жильё», — сказал переселенец Ербол Жумабаев, который приехал в Сатпаев в ноябре.
Программу переселения координирует министерство труда в Астане.""",
     ann=[
        ('Улытаускую область', 0, 'region', UR, UR, {'note': 'headline'}),
        ('ЖЕЗКАЗГАН', 0, 'city', 'Zhezkazgan', UR, {'note': 'dateline'}),
        ('Улытаускую область', 1, 'region', UR, UR),
        ('Каракалпакстана', 0, 'foreign', 'Karakalpakstan', N, {'note': 'NI:origin'}),
        ('Навоийской области', 0, 'foreign', 'Navoi Region', N, {'note': 'NI:origin'}),
        ('Узбекистана', 0, 'foreign', 'Uzbekistan', N),
        ('Жезказган', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:destination'}),
        ('Сатпаев', 0, 'city', 'Satpayev', UR, {'note': 'NI:destination'}),
        ('Жезды', 0, 'village', 'Zhezdy', UR, {'note': 'NI:destination'}),
        ('Улытауского района', 0, 'district', 'Ulytau District', UR, {'note': 'NI:destination'}),
        ('Жезказган', 1, 'city', 'Zhezkazgan', UR),
        ('Сатпаев', 1, 'city', 'Satpayev', UR),
        ('Карагандинскую область', 0, 'region', KR, KR, {'note': 'NI:the former unit'}),
        ('Нукуса', 0, 'foreign', 'Nukus', N, {'note': 'NI:origin'}),
        ('Муйнака', 0, 'foreign', 'Muynak', N, {'note': 'NI:origin'}),
        ('Караганду', 0, 'city', 'Karaganda', KR, {'note': 'NI:former destination'}),
        ('Темиртау', 0, 'city', 'Temirtau', KR, {'note': 'NI:former destination'}),
        ('Кунграда', 0, 'foreign', 'Kungrad', N, {'note': 'NI:route start'}),
        ('Бейнеу', 0, 'village', 'Beyneu', MR, {'note': 'NI:route'}),
        ('Сатпаев', 2, 'city', 'Satpayev', UR, {'note': 'NI:residence'}),
        ('Астане', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the ministry'}),
     ],
     inc={}),
]
