"""Russian texts of the eightieth unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p009', date='2022-06-08', lang='ru',
     event='2022 fire at the «Жибек жолы» clothes market in Taldykorgan and a teenager drowned in the Kora river in Tekeli on the very day Jetisu Region was created (2022-06-08); the emergencies department renamed from Almaty Region; "восемь районов и два города"; Konaev as the seat of Almaty Region; deputies from Nur-Sultan',
     text="""В первый день Жетысуской области в Талдыкоргане горел рынок
ТАЛДЫКОРГАН, 8 июня — В среду, в тот самый день, когда Талдыкорган официально стал центром новой Жетысуской области, в городе загорелся вещевой рынок «Жибек жолы». Огонь уничтожил 20 контейнеров, пострадавших нет, сообщили в департаменте по ЧС Жетысуской области, который ещё накануне назывался ДЧС Алматинской области.
Вечером в Текели в горной реке Кора утонул 14-летний подросток. Его тело водолазы нашли в трёх километрах ниже по течению.
На церемонии в Талдыкоргане аким новой области Нурлан Сатыбалдиев напомнил, что в регион вошли восемь районов и два города — Талдыкорган и Текели. Центр Алматинской области переносится в Конаев. Из Нур-Султана на церемонию прилетели депутаты мажилиса.""",
     ann=[
        ('Жетысуской области', 0, 'region', JTR, JTR, {'note': 'headline; the region created on the article date'}),
        ('Талдыкоргане', 0, 'city', 'Taldykorgan', JTR, {'note': 'headline; Jetisu Region from 2022-06-08, the article date'}),
        ('ТАЛДЫКОРГАН', 0, 'city', 'Taldykorgan', JTR, {'note': 'dateline'}),
        ('Талдыкорган', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:became the regional centre; the fire is "в городе"'}),
        ('Жетысуской области', 1, 'region', JTR, JTR, {'note': 'NI:background'}),
        ('Жибек жолы', 0, 'facility', 'Zhibek Zholy market (Taldykorgan)', JTR, {'subkind': 'market', 'note': 'name in quotes; a market, not the village Zhibek Zholy'}),
        ('Жетысуской области', 2, 'region', JTR, JTR, {'note': 'NI:inside the name of an authority'}),
        ('Алматинской области', 0, 'region', ALR, ALR, {'note': 'NI:inside the former name of the authority'}),
        ('Текели', 0, 'city', 'Tekeli', JTR),
        ('Кора', 0, 'facility', 'Kora River', N, {'subkind': 'river'}),
        ('Талдыкоргане', 1, 'city', 'Taldykorgan', JTR, {'note': 'NI:ceremony'}),
        ('восемь районов', 0, 'quantified', '8 districts', N, {'count': 8, 'unit': 'district', 'note': 'composition of the region, not an incident'}),
        ('два города', 0, 'quantified', '2 cities', N, {'count': 2, 'unit': 'city', 'note': 'composition of the region; both named'}),
        ('Талдыкорган', 1, 'city', 'Taldykorgan', JTR, {'note': 'NI:composition of the region'}),
        ('Текели', 1, 'city', 'Tekeli', JTR, {'note': 'NI:composition of the region'}),
        ('Алматинской области', 1, 'region', ALR, ALR, {'note': 'NI:background'}),
        ('Конаев', 0, 'city', 'Konaev', ALR, {'note': 'NI:new seat of the region'}),
        ('Нур-Султана', 0, 'city', 'Astana', 'Astana', {'note': "NI:deputies' origin; the capital named Nur-Sultan until 2022-09-17"}),
     ],
     inc={JTR: (2, 'fire at the «Жибек жолы» market in Taldykorgan, 20 containers burnt; teenager drowned in the Kora river in Tekeli')}),

dict(id='p010', date='2017-10-11', lang='ru',
     event='2017 weekend round-up in East Kazakhstan Region (before the 2022 split): gas cylinder explosion in a house in Shar (Zharma district), a brawl with a stabbing in Kurchatov, a fatal bus-car collision near Zhangiztobe on the Ust-Kamenogorsk-Semey road, a court in Semey sentences a Shymkent native for the March robbery of a taxi driver in Semey; calls to restore Semipalatinsk Region (abolished 1997); ВКО',
     text="""ВКО: взрыв газа в Шаре, драка в Курчатове, смертельное ДТП у Жангизтобе
УСТЬ-КАМЕНОГОРСК, 11 октября — Обзор происшествий минувших выходных в Восточно-Казахстанской области.

В городе Шар Жарминского района в субботу утром взорвался газовый баллон в частном доме. Хозяин и его десятилетний сын получили ожоги и доставлены в районную больницу, дом частично разрушен. По данным ДЧС ВКО, баллон хранили рядом с печью.

В ночь на воскресенье в Курчатове у кафе на центральной улице подрались около 15 молодых людей. Один из участников получил ножевое ранение, шестерых задержали. Полиция Курчатова выясняет, кто начал драку; по словам очевидцев, конфликт вспыхнул из-за парковки.

Днём в воскресенье на трассе Усть-Каменогорск — Семей у села Жангизтобе столкнулись рейсовый автобус и легковой автомобиль. Погибли три человека, ещё 11 пострадали. Автобус ехал из Зайсана в Семей. Водитель легковушки, по предварительным данным, выехал на встречную полосу при обгоне фуры. Пострадавших развезли по больницам, троих отправили санавиацией в областной центр.

В понедельник суд №2 города Семей приговорил к девяти годам лишения свободы 27-летнего уроженца Шымкента за разбойное нападение на таксиста в марте этого года. Мужчина ударил водителя ножом на окраине Семея и забрал выручку. До ареста он несколько лет жил в Астане, а в Семей приехал к родственникам.

Происшествия в районах бывшей Семипалатинской области снова вызвали разговоры о её восстановлении. Область упразднили в 1997 году, присоединив к ВКО, и с тех пор жители Семея в соцсетях регулярно предлагают вернуть городу статус областного центра. В акимате ВКО такие предложения не комментируют.

Всего с начала года в регионе зарегистрировано 1124 дорожно-транспортных происшествия, сообщили в департаменте полиции.""",
     ann=[
        ('ВКО', 0, 'region', EKR, EKR, {'note': 'headline; abbreviation of East Kazakhstan Region'}),
        ('Шаре', 0, 'city', 'Shar', EKR, {'note': 'headline'}),
        ('Курчатове', 0, 'city', 'Kurchatov', EKR, {'note': 'headline; East Kazakhstan Region before 2022-06-08'}),
        ('Жангизтобе', 0, 'village', 'Zhangiztobe', EKR, {'note': 'headline'}),
        ('УСТЬ-КАМЕНОГОРСК', 0, 'city', 'Oskemen', EKR, {'note': 'dateline; Russian name of Oskemen'}),
        ('Восточно-Казахстанской области', 0, 'region', EKR, EKR),
        ('Шар', 0, 'city', 'Shar', EKR, {'note': 'after "В городе"'}),
        ('Жарминского района', 0, 'district', 'Zharma District', EKR),
        ('ВКО', 1, 'region', EKR, EKR, {'note': 'inside the name of an authority (ДЧС)'}),
        ('Курчатове', 1, 'city', 'Kurchatov', EKR),
        ('Курчатова', 0, 'city', 'Kurchatov', EKR, {'note': 'NI:inside the name of an authority (police)'}),
        ('Усть-Каменогорск', 0, 'city', 'Oskemen', EKR, {'note': 'NI:road endpoint'}),
        ('Семей', 0, 'city', 'Semey', EKR, {'note': 'NI:road endpoint'}),
        ('Жангизтобе', 1, 'village', 'Zhangiztobe', EKR, {'note': 'crash site'}),
        ('Зайсана', 0, 'city', 'Zaisan', EKR, {'note': "NI:bus's origin"}),
        ('Семей', 1, 'city', 'Semey', EKR, {'note': "NI:bus's destination"}),
        ('Семей', 2, 'city', 'Semey', EKR, {'note': 'NI:inside the name of a court'}),
        ('Шымкента', 0, 'city', 'Shymkent', SKR, {'note': "NI:convict's birthplace; South Kazakhstan Region before 2018-06-19"}),
        ('Семея', 0, 'city', 'Semey', EKR, {'note': 'place of the robbery in March'}),
        ('Астане', 0, 'city', 'Astana', 'Astana', {'note': 'NI:former residence'}),
        ('Семей', 3, 'city', 'Semey', EKR, {'note': 'NI:destination'}),
        ('Семипалатинской области', 0, 'region', EKR, EKR, {'uncertain': True, 'note': 'NI:background; Semipalatinsk Region abolished 1997, labelled with the unit holding its land on the article date'}),
        ('ВКО', 2, 'region', EKR, EKR, {'note': 'NI:background'}),
        ('Семея', 1, 'city', 'Semey', EKR, {'note': 'NI:residents posting online'}),
        ('ВКО', 3, 'region', EKR, EKR, {'note': 'NI:inside the name of an authority (akimat)'}),
     ],
     inc={EKR: (4, 'gas cylinder explosion in a house in Shar, Zharma district; brawl with a stabbing in Kurchatov; fatal bus-car collision near Zhangiztobe; robbery with a knife of a taxi driver in Semey in March (narrated in the court report); the 1124 road accidents since January are a statistic')}),

dict(id='p011', date='2023-09-14', lang='ru',
     event='2023 mass brawl with a stabbing on the city beach of Konaev (the former Kapchagay) on the Kapchagay reservoir, and a warehouse fire in Kaskelen (Almaty Region, seat in Konaev since 2022); brawlers from Almaty and Shymkent; the person Kunaev; Taldykorgan now in Jetisu Region',
     text="""Массовая драка на пляже в Конаеве: пятеро задержаны
КОНАЕВ, 14 сентября — Полиция Алматинской области задержала пятерых участников массовой драки на городском пляже в Конаеве, на берегу Капшагайского водохранилища. Один мужчина с ножевым ранением доставлен в городскую больницу, его состояние оценивается как средней тяжести.
По данным полиции, драка началась вечером в среду между двумя компаниями отдыхающих, приехавших из Алматы и Шымкента. Возбуждено уголовное дело о хулиганстве.
Конаев, до 2022 года носивший название Капчагай, в прошлом году стал центром Алматинской области, после того как Талдыкорган отошёл к новой Жетысуской области. Город назван в честь Динмухамеда Кунаева, руководившего республикой в 1960–1980-х годах.
В тот же день в Каскелене сгорел склад строительных материалов. Огонь охватил 400 квадратных метров, пострадавших нет, сообщили в ДЧС региона.""",
     ann=[
        ('Конаеве', 0, 'city', 'Konaev', ALR, {'note': 'headline'}),
        ('КОНАЕВ', 0, 'city', 'Konaev', ALR, {'note': 'dateline'}),
        ('Алматинской области', 0, 'region', ALR, ALR, {'note': 'inside the name of an authority (police)'}),
        ('Конаеве', 1, 'city', 'Konaev', ALR),
        ('Капшагайского водохранилища', 0, 'facility', 'Kapchagay Reservoir', N, {'subkind': 'reservoir', 'note': 'water body on the Ili; treated like a natural feature, adm1 null'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': "NI:brawlers' origin"}),
        ('Шымкента', 0, 'city', 'Shymkent', 'Shymkent', {'note': "NI:brawlers' origin; city of republican significance since 2018-06-19"}),
        ('Конаев', 0, 'city', 'Konaev', ALR, {'note': 'NI:background'}),
        ('Капчагай', 0, 'city', 'Konaev', ALR, {'note': 'NI:former name of Konaev (renamed 2022-05-03)'}),
        ('Алматинской области', 1, 'region', ALR, ALR, {'note': 'NI:background'}),
        ('Талдыкорган', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:background'}),
        ('Жетысуской области', 0, 'region', JTR, JTR, {'note': 'NI:background'}),
        ('Каскелене', 0, 'city', 'Kaskelen', ALR),
     ],
     inc={ALR: (2, 'mass brawl with a stabbing on the city beach of Konaev; fire at a building materials warehouse in Kaskelen')}),

dict(id='p012', date='2020-02-19', lang='ru',
     event='2020 Karaganda Region budget for Zhezkazgan, Satpayev and Karazhal ("трёх городах"); fatal rock fall at the «Западный Каражал» mine, hostel fire on Satpayev Street in Zhezkazgan, bus-lorry collision 60 km from Balkhash (Karaganda Region before the 2022 split); calls to restore Zhezkazgan Region; Nur-Sultan as metonymy',
     text="""Карагандинская область: деньги на ремонт в Жезказгане, Сатпаеве и Каражале, гибель горняка
КАРАГАНДА, 19 февраля — Маслихат Карагандинской области утвердил поправки к бюджету на 2020 год: ещё 14 млрд тенге направят на ремонт теплосетей и дорог в трёх городах на западе региона — Жезказгане, Сатпаеве и Каражале.

«Зимой в Жезказгане люди неделями жаловались на холод в квартирах, а в Каражале половина дорог разбита», — напомнил депутат Серик Ахметов. Жезказганские депутаты снова подняли вопрос о восстановлении Жезказганской области, упразднённой в 1997 году; в акимате ответили, что такое решение может принять только Нур-Султан.

Тем временем в регионе продолжается череда происшествий. В понедельник на руднике «Западный Каражал» под Каражалом обрушилась порода, погиб 38-летний проходчик. Комиссия выясняет причины, работы на участке приостановлены. Профсоюз горняков требует независимой проверки и компенсации семье погибшего, у которого остались трое детей.

В ночь на вторник в Жезказгане загорелось общежитие медицинского колледжа на улице Сатпаева. Из здания вывели 120 студентов, двое надышались дымом. Причиной называют неисправную электропроводку. Студентов временно разместили в спортзале колледжа, занятия возобновятся в четверг.

В среду утром на трассе Караганда — Балхаш, в 60 км от Балхаша, рейсовый автобус столкнулся с грузовиком. Пострадали девять пассажиров, их доставили в больницу Балхаша. Водитель грузовика, житель Приозерска, задержан. По предварительным данным, он уснул за рулём после ночного рейса.

По данным областного департамента по чрезвычайным ситуациям, с начала года в регионе произошло 312 пожаров, на 8% больше, чем год назад. Аким области поручил до конца марта проверить все общежития и больницы, а также проверить готовность пожарных частей в отдалённых районах.""",
     ann=[
        ('Карагандинская область', 0, 'region', KR, KR, {'note': 'headline'}),
        ('Жезказгане', 0, 'city', 'Zhezkazgan', KR, {'note': 'headline; NI:budget; Karaganda Region before 2022-06-08'}),
        ('Сатпаеве', 0, 'city', 'Satpayev', KR, {'note': 'headline; NI:budget'}),
        ('Каражале', 0, 'city', 'Karazhal', KR, {'note': 'headline; NI:budget'}),
        ('КАРАГАНДА', 0, 'city', 'Karaganda', KR, {'note': 'dateline'}),
        ('Карагандинской области', 0, 'region', KR, KR, {'note': 'NI:inside the name of an authority (maslikhat)'}),
        ('трёх городах', 0, 'quantified', '3 cities', N, {'count': 3, 'unit': 'city', 'note': 'budget, not an incident; the three towns are named'}),
        ('Жезказгане', 1, 'city', 'Zhezkazgan', KR, {'note': 'NI:budget'}),
        ('Сатпаеве', 1, 'city', 'Satpayev', KR, {'note': 'NI:budget'}),
        ('Каражале', 1, 'city', 'Karazhal', KR, {'note': 'NI:budget'}),
        ('Жезказгане', 2, 'city', 'Zhezkazgan', KR, {'note': 'NI:complaints about cold flats'}),
        ('Каражале', 2, 'city', 'Karazhal', KR, {'note': 'NI:bad roads'}),
        ('Жезказганской области', 0, 'region', KR, KR, {'uncertain': True, 'note': 'NI:Zhezkazgan Region abolished 1997, labelled with the unit holding its land on the article date'}),
        ('Нур-Султан', 0, 'city', 'Astana', 'Astana', {'uncertain': True, 'note': 'NI:metonymy for the central government'}),
        ('Западный Каражал', 0, 'facility', 'Zapadny Karazhal mine', KR, {'subkind': 'mine', 'note': 'name in quotes'}),
        ('Каражалом', 0, 'city', 'Karazhal', KR, {'note': '"под Каражалом", the mine near the town'}),
        ('Жезказгане', 3, 'city', 'Zhezkazgan', KR, {'note': 'hostel fire'}),
        ('улице Сатпаева', 0, 'facility', 'Satpayev Street (Zhezkazgan)', KR, {'subkind': 'street', 'note': 'street named after a person, not the town'}),
        ('Караганда', 0, 'city', 'Karaganda', KR, {'note': 'NI:road endpoint'}),
        ('Балхаш', 0, 'city', 'Balkhash', KR, {'note': 'NI:road endpoint'}),
        ('Балхаша', 0, 'city', 'Balkhash', KR, {'note': 'NI:reference point'}),
        ('Балхаша', 1, 'city', 'Balkhash', KR, {'note': 'NI:hospital'}),
        ('Приозерска', 0, 'city', 'Priozersk', KR, {'note': "NI:driver's residence"}),
     ],
     inc={KR: (3, 'rock fall at the «Западный Каражал» mine, one dead; hostel fire on Satpayev Street in Zhezkazgan; bus-lorry collision on the Karaganda-Balkhash road 60 km from Balkhash (the 312 fires since January are a statistic)')}),

dict(id='p013', date='2024-02-27', lang='ru',
     event='2024 fire in a school gym in Karaul, Abai district of Abai Region, and a court in Ayagoz sentencing a driver for a fatal hit-and-run on Abai Street in Ayagoz in November 2023; Abai district vs Abai Region vs the poet Abai; driver from Ust-Kamenogorsk',
     text="""В Абайском районе сгорел спортзал школы, в Аягозе осуждён водитель
СЕМЕЙ, 27 февраля — В селе Караул Абайского района Абайской области ночью загорелся спортивный зал средней школы. Огонь уничтожил крышу и инвентарь, пострадавших нет, сообщили в ДЧС области. Занятия физкультурой временно перенесли в сельский дом культуры.
Абайский район — родина поэта Абая Кунанбаева; его название нередко путают с названием области, центр которой находится в Семее.
В тот же день Аягозский районный суд приговорил к четырём годам колонии водителя, который в ноябре сбил пешехода на улице Абая в Аягозе и скрылся с места происшествия. Пострадавшая, 62-летняя жительница города, скончалась в больнице. Водитель, приехавший в Аягоз на заработки из Усть-Каменогорска, вину признал.""",
     ann=[
        ('Абайском районе', 0, 'district', 'Abai District (Abai Region)', ABR, {'note': 'headline; the district, not the region'}),
        ('Аягозе', 0, 'city', 'Ayagoz', ABR, {'note': 'headline; seat of the court'}),
        ('СЕМЕЙ', 0, 'city', 'Semey', ABR, {'note': 'dateline'}),
        ('Караул', 0, 'village', 'Karaul', ABR, {'note': 'centre of Abai district'}),
        ('Абайского района', 0, 'district', 'Abai District (Abai Region)', ABR),
        ('Абайской области', 0, 'region', ABR, ABR),
        ('Абайский район', 0, 'district', 'Abai District (Abai Region)', ABR, {'note': 'NI:background; "Абая Кунанбаева" that follows is the poet and is not annotated'}),
        ('Семее', 0, 'city', 'Semey', ABR, {'note': 'NI:seat of the region'}),
        ('Аягозский', 0, 'district', 'Ayagoz District', ABR, {'note': 'NI:inside the name of a court ("Аягозский районный суд")'}),
        ('улице Абая', 0, 'facility', 'Abai Street (Ayagoz)', ABR, {'subkind': 'street', 'note': 'street named after the poet, not the region'}),
        ('Аягозе', 1, 'city', 'Ayagoz', ABR, {'note': 'hit-and-run in November 2023'}),
        ('Аягоз', 0, 'city', 'Ayagoz', ABR, {'note': "NI:driver's workplace"}),
        ('Усть-Каменогорска', 0, 'city', 'Oskemen', EKR, {'note': "NI:driver's origin; Russian name of Oskemen"}),
     ],
     inc={ABR: (2, 'fire in the school gym in Karaul, Abai district; fatal hit-and-run on Abai Street in Ayagoz in November 2023 (narrated in the court report; the sentence is not counted)')}),

dict(id='p014', date='2026-01-15', lang='ru',
     event='2026 Jetisu Region emergencies review of 2025: spring flood in Sarkand and two villages of Sarkand district ("пять районов"), fire at a holiday camp in Akshi on Lake Alakol, bus overturned near Ushtobe; mudflow in Talgar district of Almaty Region (seat in Konaev); Jetisu rescuers at fires in "трёх других областях" (unattributed); the club «Жетысу»; China and Khorgos',
     text="""Жетысу подвёл итоги 2025 года: паводок в Сарканде, пожар на Алаколе, ДТП под Уштобе
ТАЛДЫКОРГАН, 15 января — Департамент по чрезвычайным ситуациям Жетысуской области подвёл итоги прошлого года. Главным испытанием, по словам его руководителя Айдара Тлеубергенова, стал весенний паводок.

В апреле талые воды подтопили 64 дома в Сарканде и в двух сёлах Саркандского района. Всего паводок затронул пять районов области, но серьёзный ущерб был только на востоке, у реки Лепсы. Жителей подтопленных домов разместили в школах, а ущерб, по оценке акимата, превысил 600 млн тенге.

В июле на берегу озера Алаколь, в курортном посёлке Акши Алакольского района, сгорела база отдыха. Из домиков вывели около 90 отдыхающих, в основном из Алматы и Караганды; пострадал один сотрудник базы.

В августе под Уштобе опрокинулся в кювет рейсовый автобус Талдыкорган — Балхаш, погибли два пассажира. Остальных 23 человека доставили в районную больницу, водитель задержан.

Спасатели Жетысу также выезжали на помощь соседям: отряды из Талдыкоргана тушили лесные и степные пожары в трёх других областях. Кроме того, в декабре они помогали ликвидировать последствия схода селя в Талгарском районе соседней Алматинской области, где грязевой поток повредил 12 домов.

Напомним, область была образована в июне 2022 года: до этого Талдыкорган, Текели, Жаркент и Уштобе входили в Алматинскую область, центр которой теперь находится в Конаеве. Отдельно департамент отметил совместные учения с пограничниками на границе с Китаем у Коргаса.

Гордостью региона остаётся футбольный клуб «Жетысу», но стадион в Талдыкоргане, по словам спасателей, нуждается в новой системе пожаротушения. За год в Жетысуской области зарегистрировано 806 пожаров, в ДТП погиб 41 человек.""",
     ann=[
        ('Жетысу', 0, 'region', JTR, JTR, {'note': 'headline; short name of the region (metonymy for its emergencies department)'}),
        ('Сарканде', 0, 'city', 'Sarkand', JTR, {'note': 'headline'}),
        ('Алаколе', 0, 'facility', 'Lake Alakol', N, {'subkind': 'lake', 'note': 'headline; the lake, natural feature'}),
        ('Уштобе', 0, 'city', 'Ushtobe', JTR, {'note': 'headline; "под Уштобе", the crash site'}),
        ('ТАЛДЫКОРГАН', 0, 'city', 'Taldykorgan', JTR, {'note': 'dateline'}),
        ('Жетысуской области', 0, 'region', JTR, JTR, {'note': 'inside the name of an authority'}),
        ('Сарканде', 1, 'city', 'Sarkand', JTR),
        ('двух сёлах', 0, 'quantified', '2 villages', N, {'count': 2, 'unit': 'village', 'note': 'flooded villages of Sarkand district, not named'}),
        ('Саркандского района', 0, 'district', 'Sarkand District', JTR),
        ('пять районов', 0, 'quantified', '5 districts', N, {'count': 5, 'unit': 'district', 'note': 'districts of Jetisu Region touched by the one flood'}),
        ('Лепсы', 0, 'facility', 'Lepsy River', N, {'subkind': 'river'}),
        ('Алаколь', 0, 'facility', 'Lake Alakol', N, {'subkind': 'lake', 'note': 'after "озера"'}),
        ('Акши', 0, 'village', 'Akshi', JTR, {'note': 'resort settlement'}),
        ('Алакольского района', 0, 'district', 'Alakol District', JTR),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': "NI:holidaymakers' origin"}),
        ('Караганды', 0, 'city', 'Karaganda', KR, {'note': "NI:holidaymakers' origin"}),
        ('Уштобе', 1, 'city', 'Ushtobe', JTR, {'note': 'crash site'}),
        ('Талдыкорган', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:route endpoint'}),
        ('Балхаш', 0, 'city', 'Balkhash', KR, {'note': 'NI:route endpoint'}),
        ('Жетысу', 1, 'region', JTR, JTR, {'note': 'NI:"Спасатели Жетысу", home region of rescuers'}),
        ('Талдыкоргана', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:origin of rescue teams'}),
        ('трёх других областях', 0, 'quantified', '3 other regions', N, {'count': 3, 'unit': 'region', 'note': 'fires in three unnamed regions (unattributed)'}),
        ('Талгарском районе', 0, 'district', 'Talgar District', ALR, {'note': 'mudflow'}),
        ('Алматинской области', 0, 'region', ALR, ALR),
        ('Талдыкорган', 1, 'city', 'Taldykorgan', JTR, {'note': 'NI:background'}),
        ('Текели', 0, 'city', 'Tekeli', JTR, {'note': 'NI:background'}),
        ('Жаркент', 0, 'city', 'Zharkent', JTR, {'note': 'NI:background'}),
        ('Уштобе', 2, 'city', 'Ushtobe', JTR, {'note': 'NI:background'}),
        ('Алматинскую область', 0, 'region', ALR, ALR, {'note': 'NI:the former unit'}),
        ('Конаеве', 0, 'city', 'Konaev', ALR, {'note': 'NI:seat of the region'}),
        ('Китаем', 0, 'foreign', 'China', N, {'note': 'NI:exercise at the border'}),
        ('Коргаса', 0, 'village', 'Khorgos', JTR, {'note': 'NI:exercise'}),
        ('Талдыкоргане', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:stadium; the club «Жетысу» before it is not annotated'}),
        ('Жетысуской области', 1, 'region', JTR, JTR, {'note': 'NI:statistics'}),
     ],
     inc={JTR: (3, 'spring flood in Sarkand and two villages of Sarkand district (one flood per region); fire at a holiday camp in Akshi, Alakol district; bus overturned near Ushtobe, two dead (806 fires and 41 road deaths are statistics)'),
          ALR: (1, 'mudflow in Talgar district damaging 12 houses')},
     unatt=[{'label': 'трёх других областях', 'count': 3, 'note': 'forest and steppe fires in three other, unnamed regions fought by Jetisu rescuers'}]),

dict(id='p015', date='1999-05-25', lang='ru',
     event='1999 explosion kills two scrap-metal collectors in an abandoned army building in Kurchatov (East Kazakhstan Region after the 1997 merger); Semipalatinsk dateline and hospital; the Semipalatinsk test site; the abolished Semipalatinsk Region; scrap sold to Russia; government in Astana',
     text="""Двое жителей Курчатова погибли при взрыве в заброшенном здании
СЕМИПАЛАТИНСК, 25 мая — Двое мужчин погибли в понедельник в Курчатове при взрыве в заброшенном здании бывшей воинской части, где они разбирали металлоконструкции, сообщили в управлении по ЧС Восточно-Казахстанской области. Ещё один человек получил тяжёлые травмы и доставлен в больницу Семипалатинска.
По предварительным данным, мужчины резали газовым резаком старую ёмкость, в которой оставались остатки топлива. Все трое — безработные жители Курчатова, собиравшие металлолом на продажу; скупщики переправляют его в Россию.
Курчатов был закрытым городом Семипалатинского испытательного полигона, закрытого в 1991 году. После упразднения Семипалатинской области в 1997 году город входит в ВКО. Правительство в Астане в прошлом месяце обещало программу по борьбе с незаконной добычей металла на территории бывшего полигона.""",
     ann=[
        ('Курчатова', 0, 'city', 'Kurchatov', EKR, {'note': 'headline; residence of the victims (the explosion was in the same town)'}),
        ('СЕМИПАЛАТИНСК', 0, 'city', 'Semey', EKR, {'note': 'dateline; the city was renamed Semey in 2007'}),
        ('Курчатове', 0, 'city', 'Kurchatov', EKR),
        ('Восточно-Казахстанской области', 0, 'region', EKR, EKR, {'note': 'inside the name of an authority'}),
        ('Семипалатинска', 0, 'city', 'Semey', EKR, {'note': 'NI:hospital'}),
        ('Курчатова', 1, 'city', 'Kurchatov', EKR, {'note': 'NI:residence'}),
        ('Россию', 0, 'foreign', 'Russia', N, {'note': 'NI:destination of scrap'}),
        ('Курчатов', 0, 'city', 'Kurchatov', EKR, {'note': 'NI:background'}),
        ('Семипалатинского испытательного полигона', 0, 'facility', 'Semipalatinsk nuclear test site', N, {'subkind': 'nuclear test site', 'note': 'NI:background; the site lies across several units'}),
        ('Семипалатинской области', 0, 'region', EKR, EKR, {'uncertain': True, 'note': 'NI:background; Semipalatinsk Region abolished 1997, labelled with the unit holding its land'}),
        ('ВКО', 0, 'region', EKR, EKR, {'note': 'NI:background; abbreviation'}),
        ('Астане', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the government'}),
     ],
     inc={EKR: (1, 'explosion in an abandoned army building in Kurchatov, two dead')}),

dict(id='p016', date='2022-11-03', lang='ru',
     event='2022 arson of three cars in one night in the 5th microdistrict of Satpayev (Ulytau Region, five months after its creation); suspect from Zhezkazgan, earlier convicted in Karaganda; the town named after Kanysh Satpayev; Karaganda Region as the former unit',
     text="""В Сатпаеве за ночь сожгли три автомобиля
САТПАЕВ, 3 ноября — В ночь на четверг в Сатпаеве во дворе многоэтажного дома в 5-м микрорайоне подожгли три автомобиля. Огонь успел перекинуться на деревья у подъезда, жильцов разбудили соседи. Пострадавших нет.
Полиция Улытауской области уже задержала подозреваемого — 33-летнего жителя Жезказгана, ранее судимого в Караганде за кражу. По версии следствия, он мстил одному из владельцев машин за старый долг, а два других автомобиля загорелись от первого.
Город, названный в честь академика Каныша Сатпаева, с 8 июня входит в состав Улытауской области, до этого он был частью Карагандинской области. Дело передано в следственное управление в Жезказгане.""",
     ann=[
        ('Сатпаеве', 0, 'city', 'Satpayev', UR, {'note': 'headline; Ulytau Region since 2022-06-08'}),
        ('САТПАЕВ', 0, 'city', 'Satpayev', UR, {'note': 'dateline'}),
        ('Сатпаеве', 1, 'city', 'Satpayev', UR),
        ('5-м микрорайоне', 0, 'district', 'Microdistrict 5 (Satpayev)', UR, {'subkind': 'microdistrict', 'note': 'numbered microdistrict'}),
        ('Улытауской области', 0, 'region', UR, UR, {'note': 'inside the name of an authority (police)'}),
        ('Жезказгана', 0, 'city', 'Zhezkazgan', UR, {'note': "NI:suspect's residence"}),
        ('Караганде', 0, 'city', 'Karaganda', KR, {'note': 'NI:place of an earlier conviction'}),
        ('Улытауской области', 1, 'region', UR, UR, {'note': 'NI:background; "Каныша Сатпаева" before it is the person and is not annotated'}),
        ('Карагандинской области', 0, 'region', KR, KR, {'note': 'NI:the former unit'}),
        ('Жезказгане', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:seat of the investigators'}),
     ],
     inc={UR: (1, 'arson of three cars in one night in the 5th microdistrict of Satpayev (one event)')}),
]
