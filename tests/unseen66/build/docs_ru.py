"""Russian texts of the sixty-sixth unseen check corpus."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p009', date='1997-06-10', lang='ru',
     event='1997 round-up after the region mergers: cannery fire in Taldykorgan (former Taldy-Kurgan Region, now Almaty Region); pensioners block a street in Semipalatinsk (now East Kazakhstan Region); new head of the Zhezkazgan city administration (Karaganda Region); preparations in Akmola (the city) for the capital\'s move; five regions abolished',
     text="""ОБЗОР РЕГИОНАЛЬНЫХ НОВОСТЕЙ
10 июня 1997 года

ТАЛДЫКОРГАН. В ночь на понедельник в Талдыкоргане сгорел склад консервного завода, огонь уничтожил около 300 тонн тары и готовой продукции. Пострадавших нет. Город, ещё весной бывший центром Талды-Курганской области, с апреля входит в состав Алматинской области, и пожар тушили расчёты, подчинённые уже новому областному управлению.

СЕМИПАЛАТИНСК. Около двухсот пенсионеров перекрыли улицу Абая у здания городского акимата, требуя выплатить пенсии за три месяца. Через два часа к ним вышел заместитель акима Восточно-Казахстанской области, и люди разошлись.

ЖЕЗКАЗГАН. Главой городской администрации назначен Серик Байтасов, до этого работавший на медеплавильном заводе. Жезказганская область, как и ещё четыре области, упразднена в мае, её территория отошла к Карагандинской области.

АКМОЛА. В Акмоле заканчивают ремонт здания, в котором разместится парламент: столица переедет сюда из Алматы до конца года. Власти Акмолинской области обещают сдать к осени и новый мост через Ишим.""",
     ann=[
        ('ТАЛДЫКОРГАН', 0, 'city', 'Taldykorgan', ALR, {'note': 'dateline; Almaty Region after the 1997 merger, before 2022'}),
        ('Талдыкоргане', 0, 'city', 'Taldykorgan', ALR),
        ('Талды-Курганской области', 0, 'region', ALR, ALR, {'uncertain': True, 'note': 'NI:background; Taldy-Kurgan Region, abolished in 1997, labelled with Almaty Region, the unit that took its land'}),
        ('Алматинской области', 0, 'region', ALR, ALR),
        ('СЕМИПАЛАТИНСК', 0, 'city', 'Semey', EKR, {'note': 'dateline; East Kazakhstan Region after the 1997 merger, before 2022'}),
        ('улицу Абая', 0, 'facility', 'Abay Street (Semey)', EKR, {'subkind': 'street', 'note': 'street named after the poet; not Abai Region'}),
        ('Восточно-Казахстанской области', 0, 'region', EKR, EKR, {'note': 'official post'}),
        ('ЖЕЗКАЗГАН', 0, 'city', 'Zhezkazgan', KR, {'note': 'dateline; Karaganda Region after 1997, before 2022'}),
        ('Жезказганская область', 0, 'region', KR, KR, {'uncertain': True, 'note': 'NI:abolished in May 1997; labelled with Karaganda Region, the unit that took its land'}),
        ('ещё четыре области', 0, 'quantified', '4 other regions', N, {'count': 4, 'unit': 'region', 'note': 'regions abolished in 1997; not about incidents'}),
        ('Карагандинской области', 0, 'region', KR, KR, {'note': 'NI:the unit that took the land'}),
        ('АКМОЛА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline; the city, capital from December 1997'}),
        ('Акмоле', 0, 'city', 'Astana', 'Astana', {'note': 'NI:renovation for the capital move'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:the capital moving away'}),
        ('Акмолинской области', 0, 'region', AKR, AKR, {'note': 'NI:official; the region, not the city'}),
        ('Ишим', 0, 'facility', 'Ishim River', N, {'subkind': 'river', 'note': 'Russian name of the Yesil'}),
     ],
     inc={ALR: (1, 'fire at a cannery warehouse in Taldykorgan'),
          EKR: (1, 'pensioners blocked Abay Street at the city akimat in Semipalatinsk')}),

dict(id='p010', date='2016-02-16', lang='ru',
     event='2016 round-up: gas explosion in a block of flats on Kazakhstan Street in Ust-Kamenogorsk (East Kazakhstan Region); embezzlement sentence in Semey; fire at the Shapagat market in Kyzylorda; fatal avalanche near Tekeli (Almaty Region) and the Taldykorgan-Tekeli road closed; school bus overturned in a blizzard in Zelenov district (West Kazakhstan Region, "Уральск"); new police chief of South Kazakhstan Region from Taraz; tenge and oil; storm warnings in four regions; the surname Uralsky',
     text="""КОРОТКО ИЗ РЕГИОНОВ: вторник, 16 февраля

УСТЬ-КАМЕНОГОРСК. В пятиэтажном доме на улице Казахстан утром взорвался бытовой газ. Обрушились перекрытия двух квартир, трое жильцов госпитализированы, ещё 40 человек эвакуированы, сообщили в ДЧС Восточно-Казахстанской области. Специалисты из Барнаула, где изготовлено газовое оборудование дома, приглашены в комиссию.

СЕМЕЙ. Городской суд приговорил бывшего руководителя отдела жилищно-коммунального хозяйства к пяти годам лишения свободы за растрату 46 млн тенге, выделенных на ремонт теплосетей. Его заместитель, Виктор Уральский, получил условный срок.

КЫЗЫЛОРДА. Ночью горел вещевой рынок «Шапагат» в центре Кызылорды: выгорели 35 контейнеров на площади около 600 кв. метров. Торговцы подсчитывают убытки, причины пожара устанавливают дознаватели.

ТАЛДЫКОРГАН. В горах выше Текели сошла лавина, погиб 27-летний лыжник из Алматы, его спутника спасатели откопали живым. Из-за снегопада трасса Талдыкорган — Текели закрыта с воскресенья, на ней застряли около 30 машин, водителей эвакуировали в пункты обогрева.

УРАЛЬСК. В Зеленовском районе Западно-Казахстанской области школьный автобус во время метели съехал в кювет и опрокинулся на бок. Никто из 17 детей серьёзно не пострадал, двоих с ушибами осмотрели врачи в Уральске, сообщили в областном акимате.

ШЫМКЕНТ. Новым начальником департамента полиции Южно-Казахстанской области назначен полковник Ержан Садыков, ранее возглавлявший полицию Тараза.

ЭКОНОМИКА. Тенге на торгах в Алматы ослаб до 361 за доллар после очередного падения цен на нефть. В Нацбанке заявили, что не будут тратить резервы на поддержку курса. Экспортёры зерна из Костанайской области жалуются, что покупатели из Ирана и Афганистана требуют пересмотра контрактов.

ПОГОДА. Казгидромет объявил штормовое предупреждение в четырёх областях: на востоке и севере страны ожидаются метели и порывы ветра до 25 м/с.""",
     ann=[
        ('УСТЬ-КАМЕНОГОРСК', 0, 'city', 'Oskemen', EKR, {'note': 'dateline; Russian name'}),
        ('улице Казахстан', 0, 'facility', 'Kazakhstan Street (Oskemen)', EKR, {'subkind': 'street', 'note': 'street named after the country; the country is not annotated separately'}),
        ('Восточно-Казахстанской области', 0, 'region', EKR, EKR, {'note': 'inside the name of an authority (ДЧС)'}),
        ('Барнаула', 0, 'foreign', 'Barnaul', N, {'note': 'NI:manufacturer of the equipment'}),
        ('СЕМЕЙ', 0, 'city', 'Semey', EKR, {'note': 'dateline; East Kazakhstan Region before 2022'}),
        ('КЫЗЫЛОРДА', 0, 'city', 'Kyzylorda', KZR, {'note': 'dateline'}),
        ('Шапагат', 0, 'facility', 'Shapagat market (Kyzylorda)', KZR, {'subkind': 'market', 'note': 'name in quotes, annotated without them'}),
        ('Кызылорды', 0, 'city', 'Kyzylorda', KZR),
        ('ТАЛДЫКОРГАН', 0, 'city', 'Taldykorgan', ALR, {'note': 'dateline; Almaty Region before 2022'}),
        ('Текели', 0, 'city', 'Tekeli', ALR, {'note': 'reference point of the avalanche (mountains above the town)'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:residence of the victim'}),
        ('Талдыкорган', 0, 'city', 'Taldykorgan', ALR, {'note': 'NI:road endpoint; road closed'}),
        ('Текели', 1, 'city', 'Tekeli', ALR, {'note': 'NI:road endpoint'}),
        ('УРАЛЬСК', 0, 'city', 'Oral', WKR, {'note': 'dateline; Russian name of Oral'}),
        ('Зеленовском районе', 0, 'district', 'Zelenov District', WKR, {'note': 'renamed Baiterek District in 2018'}),
        ('Западно-Казахстанской области', 0, 'region', WKR, WKR),
        ('Уральске', 0, 'city', 'Oral', WKR, {'note': 'NI:where the children were examined'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', SKR, {'note': 'dateline; South Kazakhstan Region before 2018'}),
        ('Южно-Казахстанской области', 0, 'region', SKR, SKR, {'note': 'inside the name of an authority'}),
        ('Тараза', 0, 'city', 'Taraz', JR, {'note': "NI:the appointee's former post"}),
        ('Алматы', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:currency trading'}),
        ('Костанайской области', 0, 'region', KOR, KOR, {'note': 'NI:origin of exporters'}),
        ('Ирана', 0, 'foreign', 'Iran', N, {'note': 'NI:buyers'}),
        ('Афганистана', 0, 'foreign', 'Afghanistan', N, {'note': 'NI:buyers'}),
        ('четырёх областях', 0, 'quantified', '4 regions', N, {'count': 4, 'unit': 'region', 'note': 'storm warning, not incidents'}),
     ],
     inc={EKR: (1, 'gas explosion in a block of flats on Kazakhstan Street, Ust-Kamenogorsk, three hurt'),
          KZR: (1, 'night fire at the Shapagat market in Kyzylorda, 35 containers burnt'),
          ALR: (1, 'avalanche in the mountains above Tekeli, one skier killed; the closed road is not counted'),
          WKR: (1, 'school bus overturned into a ditch in a blizzard in Zelenov district, two children bruised')}),

dict(id='p011', date='2020-11-17', lang='ru',
     event='2020 round-up: methane outburst at the Lenin mine (named after a person) in Shakhtinsk and a sit-in strike of contractors at ArcelorMittal Temirtau (Karaganda Region); Nur-Sultan court upholds a sentence; Karaganda coal exported to Poland',
     text="""СВОДКА ПО РЕГИОНАМ — 17 ноября 2020

ШАХТИНСК. На шахте имени Ленина произошёл внезапный выброс метана, погиб один горняк, двое отравлены газом, сообщили в департаменте по ЧС Карагандинской области. Добыча на участке остановлена, работает комиссия.

ТЕМИРТАУ. Около 80 рабочих подрядной организации, обслуживающей «АрселорМиттал Темиртау», вторые сутки отказываются подниматься из цеха и требуют повысить зарплату. Администрация предприятия называет акцию незаконной.

НУР-СУЛТАН. Городской суд Нур-Султана оставил в силе приговор бывшему заместителю акима Сарыаркинского района, осуждённому за взятку. Защита намерена обжаловать решение в Верховном суде.

КАРАГАНДА. Шахтёры Карагандинской области с начала года отправили на экспорт 2,4 млн тонн угля, в основном в Польшу и Россию.""",
     ann=[
        ('ШАХТИНСК', 0, 'city', 'Shakhtinsk', KR, {'note': 'dateline'}),
        ('шахте имени Ленина', 0, 'facility', 'Lenin mine (Shakhtinsk)', KR, {'subkind': 'mine', 'note': 'mine named after a person'}),
        ('Карагандинской области', 0, 'region', KR, KR, {'note': 'inside the name of an authority'}),
        ('ТЕМИРТАУ', 0, 'city', 'Temirtau', KR, {'note': 'dateline; the sit-in takes place at the plant in Temirtau'}),
        ('НУР-СУЛТАН', 0, 'city', 'Astana', 'Astana', {'note': 'dateline; the capital named Nur-Sultan 2019-2022'}),
        ('Нур-Султана', 0, 'city', 'Astana', 'Astana', {'note': 'inside the name of a court'}),
        ('Сарыаркинского района', 0, 'district', 'Saryarka District (Astana)', 'Astana', {'subkind': 'city district', 'note': 'inside an official post'}),
        ('КАРАГАНДА', 0, 'city', 'Karaganda', KR, {'note': 'dateline'}),
        ('Карагандинской области', 1, 'region', KR, KR, {'note': 'NI:economy item'}),
        ('Польшу', 0, 'foreign', 'Poland', N, {'note': 'NI:export destination'}),
        ('Россию', 0, 'foreign', 'Russia', N, {'note': 'NI:export destination'}),
     ],
     inc={KR: (2, 'methane outburst at the Lenin mine in Shakhtinsk, one dead; sit-in strike of contractors at the Temirtau steel plant')}),

dict(id='p012', date='2023-03-28', lang='ru',
     event='2023 round-up: fatal hostel fire in Semey (Abai Region); new akim of Ulytau Region in Zhezkazgan; melt water floods houses in Ushtobe, Karatal district (Jetisu Region); Zhetysu district court of Almaty sentences a fraudster',
     text="""НОВОСТИ РЕГИОНОВ КОРОТКОЙ СТРОКОЙ
28 марта 2023 года

СЕМЕЙ. При пожаре в общежитии на улице Глинки погибла женщина, ещё пятерых жильцов спасли по автолестнице, сообщил департамент по ЧС области Абай. Общежитие признали аварийным ещё в 2019 году, напоминают в городском акимате.

ЖЕЗКАЗГАН. Указом президента новым акимом Улытауской области назначен Нурлан Жумагулов, ранее работавший первым заместителем акима Карагандинской области.

УШТОБЕ. Талые воды подтопили 26 дворов и 11 жилых домов на окраине Уштобе в Каратальском районе, жителей отселили к родственникам, сообщили в акимате Жетысуской области. Уровень воды в реке Каратал продолжает расти.

АЛМАТЫ. Жетысуский районный суд Алматы приговорил к семи годам лишения свободы мужчину, который под видом продажи автомобилей выманил у 40 жителей Астаны и Шымкента более 90 млн тенге.""",
     ann=[
        ('СЕМЕЙ', 0, 'city', 'Semey', ABR, {'note': 'dateline; Abai Region since 2022-06-08'}),
        ('улице Глинки', 0, 'facility', 'Glinka Street (Semey)', ABR, {'subkind': 'street', 'note': 'street named after a composer'}),
        ('области Абай', 0, 'region', ABR, ABR, {'note': 'inside the name of an authority; the official word order «область Абай»'}),
        ('ЖЕЗКАЗГАН', 0, 'city', 'Zhezkazgan', UR, {'note': 'dateline; Ulytau Region since 2022-06-08'}),
        ('Улытауской области', 0, 'region', UR, UR, {'note': 'NI:official post'}),
        ('Карагандинской области', 0, 'region', KR, KR, {'note': "NI:the appointee's former post"}),
        ('УШТОБЕ', 0, 'city', 'Ushtobe', JTR, {'note': 'dateline; Jetisu Region since 2022-06-08'}),
        ('Уштобе', 0, 'city', 'Ushtobe', JTR),
        ('Каратальском районе', 0, 'district', 'Karatal District', JTR),
        ('Жетысуской области', 0, 'region', JTR, JTR, {'note': 'inside the name of an authority'}),
        ('реке Каратал', 0, 'facility', 'Karatal River', N, {'subkind': 'river', 'note': 'the river, not the district'}),
        ('АЛМАТЫ', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Жетысуский', 0, 'district', 'Zhetysu District (Almaty)', 'Almaty', {'subkind': 'city district', 'note': 'inside the name of a court; a district of Almaty, not Jetisu Region'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'inside the name of a court'}),
        ('Астаны', 0, 'city', 'Astana', 'Astana', {'note': 'NI:residence of fraud victims'}),
        ('Шымкента', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:residence of fraud victims'}),
     ],
     inc={ABR: (1, 'fatal fire in a hostel on Glinka Street, Semey'),
          JTR: (1, 'flood: melt water in 26 yards and 11 houses in Ushtobe, Karatal district')}),

dict(id='p013', date='2010-10-12', lang='ru',
     event='2010 round-up: warehouse fire on Moldagulova Avenue in Aktobe; Atyrau regional court ruling on a tax case; armed robbery of a jewellery shop in Petropavlovsk; bus-lorry collision near Rudny on the Kostanay road; Aktau port and a ferry line to Amirabad (Iran); economy: Kostanay harvest, exports to Russia via Troitsk; cross-border trade with Kyrgyzstan suspended in two districts of Jambyl Region; the surnames Astanov and Aktobekov',
     text="""РЕГИОНЫ: ГЛАВНОЕ ЗА ДЕНЬ
12 октября 2010 года

АКТОБЕ. Вечером в понедельник на проспекте Алии Молдагуловой загорелся склад бытовой химии. Пожар площадью 1 200 кв. метров тушили 12 расчётов, из соседнего общежития эвакуировали 70 студентов. Пострадавших нет, сообщили в ДЧС Актюбинской области.

АТЫРАУ. Атырауский областной суд отклонил апелляцию нефтесервисной компании «Жайык Сервис» на решение о доначислении налогов в размере 1,3 млрд тенге. Директор компании Ерлан Астанов заявил, что обратится в Верховный суд.

ПЕТРОПАВЛОВСК. Двое вооружённых мужчин напали на ювелирный магазин на улице Конституции, ранили охранника из травматического пистолета и похитили украшения на 8 млн тенге. Один из нападавших задержан на выезде из города по дороге на Курган, сообщили в ДВД Северо-Казахстанской области. Второго нападавшего ищут, его приметы разосланы на все посты.

АКТАУ. Через морской порт Актау за девять месяцев перевалено 9,2 млн тонн нефти и зерна. В ноябре должна открыться паромная линия в иранский порт Амирабад.

КОСТАНАЙ. На трассе Костанай — Рудный в 5 км от Рудного рейсовый автобус столкнулся с грузовиком. Погибли двое, 11 пассажиров доставлены в больницы Рудного и Костаная. По данным полиции, водитель грузовика Сергей Актобеков уснул за рулём.
Аграрии Костанайской области намолотили 3,9 млн тонн зерна, вдвое меньше, чем в прошлом году, из-за засухи. Часть урожая отправят в Россию через Троицк.

ГРАНИЦА. Из-за ситуации в соседней Киргизии приграничная торговля остаётся приостановленной в двух районах Жамбылской области — Кордайском и Меркенском. Пункты пропуска работают только для грузов и граждан с постоянной регистрацией.

Пожарная статистика: с начала года в республике произошло более 14 тысяч пожаров, сообщили в МЧС Казахстана.""",
     ann=[
        ('АКТОБЕ', 0, 'city', 'Aktobe', AR, {'note': 'dateline'}),
        ('проспекте Алии Молдагуловой', 0, 'facility', 'Aliya Moldagulova Avenue (Aktobe)', AR, {'subkind': 'street', 'note': 'avenue named after a person'}),
        ('Актюбинской области', 0, 'region', AR, AR, {'note': 'inside the name of an authority'}),
        ('АТЫРАУ', 0, 'city', 'Atyrau', ATR, {'note': 'dateline'}),
        ('Атырауский', 0, 'region', ATR, ATR, {'note': 'NI:inside the name of a court (regional court)'}),
        ('ПЕТРОПАВЛОВСК', 0, 'city', 'Petropavl', NKR, {'note': 'dateline; Russian name'}),
        ('улице Конституции', 0, 'facility', 'Konstitutsii Street (Petropavl)', NKR, {'subkind': 'street'}),
        ('Курган', 0, 'foreign', 'Kurgan', N, {'note': 'NI:direction of the road'}),
        ('Северо-Казахстанской области', 0, 'region', NKR, NKR, {'note': 'inside the name of an authority'}),
        ('АКТАУ', 0, 'city', 'Aktau', MR, {'note': 'dateline'}),
        ('Актау', 0, 'city', 'Aktau', MR, {'note': 'NI:inside the name of the port (economy item)'}),
        ('Амирабад', 0, 'foreign', 'Amirabad', N, {'note': 'NI:planned ferry line (Iranian port)'}),
        ('КОСТАНАЙ', 0, 'city', 'Kostanay', KOR, {'note': 'dateline'}),
        ('Костанай', 0, 'city', 'Kostanay', KOR, {'note': 'NI:road endpoint'}),
        ('Рудный', 0, 'city', 'Rudny', KOR, {'note': 'NI:road endpoint'}),
        ('Рудного', 0, 'city', 'Rudny', KOR, {'note': 'reference point of the crash'}),
        ('Рудного', 1, 'city', 'Rudny', KOR, {'note': 'NI:hospital'}),
        ('Костаная', 0, 'city', 'Kostanay', KOR, {'note': 'NI:hospital'}),
        ('Костанайской области', 0, 'region', KOR, KOR, {'note': 'NI:economy item'}),
        ('Россию', 0, 'foreign', 'Russia', N, {'note': 'NI:export destination'}),
        ('Троицк', 0, 'foreign', 'Troitsk', N, {'note': 'NI:transit point (Chelyabinsk Oblast, Russia)'}),
        ('Киргизии', 0, 'foreign', 'Kyrgyzstan', N),
        ('двух районах', 0, 'quantified', '2 districts', N, {'count': 2, 'unit': 'district', 'note': 'suspended trade, not incidents; both are named'}),
        ('Жамбылской области', 0, 'region', JR, JR, {'note': 'NI:trade suspended'}),
        ('Кордайском', 0, 'district', 'Kordai District', JR, {'note': 'NI:in a list sharing "районах"'}),
        ('Меркенском', 0, 'district', 'Merke District', JR, {'note': 'NI:in a list sharing "районах"'}),
        ('Казахстана', 0, 'country', 'Kazakhstan', N, {'note': 'inside the name of an authority (МЧС)'}),
     ],
     inc={AR: (1, 'fire at a household-chemicals warehouse on Moldagulova Avenue, Aktobe'),
          NKR: (1, 'armed robbery of a jewellery shop on Konstitutsii Street, Petropavlovsk, guard wounded'),
          KOR: (1, 'bus-lorry collision 5 km from Rudny on the Kostanay-Rudny road, two dead; the fire statistics are not counted')}),

dict(id='p014', date='2005-01-18', lang='ru',
     event='2005 round-up: cotton growers protest at the Maktaaral district akimat in Zhetysai (South Kazakhstan Region); Taraz judge sentenced for a bribe; ice-jam flood in Zhanakorgan district (Kyzylorda Region); Uzbekistan border',
     text="""РЕГИОНАЛЬНАЯ ЛЕНТА, 18 января 2005 года

ЖЕТЫСАЙ. Около 300 хлопкоробов Мактааральского района Южно-Казахстанской области собрались у здания районного акимата в Жетысае. Они требуют, чтобы хлопкоперерабатывающие заводы рассчитались за урожай прошлой осени. Аким района пообещал провести встречу с руководством заводов в Шымкенте.

ТАРАЗ. Судья одного из районных судов Жамбылской области приговорён к шести годам заключения за взятку в 3 тысячи долларов. Дело рассматривали в Таразе.

КЫЗЫЛОРДА. Ледяной затор на Сырдарье вызвал подтопление в Жанакорганском районе: вода зашла в 17 домов аула Томенарык, жителей вывезли в районный центр. По данным областного акимата, на границе с Узбекистаном уровень реки поднялся на полтора метра за сутки.""",
     ann=[
        ('ЖЕТЫСАЙ', 0, 'city', 'Zhetysai', SKR, {'note': 'dateline; South Kazakhstan Region before 2018; not Jetisu'}),
        ('Мактааральского района', 0, 'district', 'Maktaaral District', SKR),
        ('Южно-Казахстанской области', 0, 'region', SKR, SKR),
        ('Жетысае', 0, 'city', 'Zhetysai', SKR, {'note': 'seat of the district akimat'}),
        ('Шымкенте', 0, 'city', 'Shymkent', SKR, {'note': 'NI:planned meeting'}),
        ('ТАРАЗ', 0, 'city', 'Taraz', JR, {'note': 'dateline'}),
        ('Жамбылской области', 0, 'region', JR, JR, {'note': 'NI:inside a description of a court'}),
        ('Таразе', 0, 'city', 'Taraz', JR, {'note': 'NI:trial'}),
        ('КЫЗЫЛОРДА', 0, 'city', 'Kyzylorda', KZR, {'note': 'dateline'}),
        ('Сырдарье', 0, 'facility', 'Syr Darya', N, {'subkind': 'river'}),
        ('Жанакорганском районе', 0, 'district', 'Zhanakorgan District', KZR),
        ('Томенарык', 0, 'village', 'Tomenaryk', KZR, {'note': 'village (аул) of Zhanakorgan district'}),
        ('Узбекистаном', 0, 'foreign', 'Uzbekistan', N, {'note': 'NI:reference point'}),
     ],
     inc={SKR: (1, 'protest of cotton growers at the district akimat in Zhetysai'),
          KZR: (1, 'ice-jam flood of 17 houses in Tomenaryk, Zhanakorgan district')}),

dict(id='p015', date='2024-09-10', lang='ru',
     event='2024 round-up: fire at a coal conveyor of the Ekibastuz GRES-2 power station (Pavlodar Region); new akim of Pavlodar; farmers picket the Kostanay regional akimat; the football club Tobol',
     text="""ЛЕНТА РЕГИОНОВ: 10 СЕНТЯБРЯ

ЭКИБАСТУЗ. На Экибастузской ГРЭС-2 загорелась галерея топливоподачи. Огонь на площади 300 кв. метров потушили за три часа, пострадал один рабочий. Энергоблоки станции работают в штатном режиме, снабжение Павлодара и Астаны не нарушено.

ПАВЛОДАР. Новым акимом Павлодара назначен Асхат Оралов, ранее руководивший управлением строительства области. Предшественник переведён в Министерство энергетики.

КОСТАНАЙ. Около 60 фермеров из Карасуского и Алтынсаринского районов вышли с пикетом к зданию акимата Костанайской области. Они требуют поднять закупочные цены на пшеницу. Пикет длился два часа и прошёл без задержаний.

СПОРТ. Футбольный клуб «Тобол» обыграл в Костанае «Кайрат» со счётом 2:1.""",
     ann=[
        ('ЭКИБАСТУЗ', 0, 'city', 'Ekibastuz', PR, {'note': 'dateline'}),
        ('Экибастузской ГРЭС-2', 0, 'facility', 'Ekibastuz GRES-2', PR, {'subkind': 'power station', 'note': 'named after the town, stands near it'}),
        ('Павлодара', 0, 'city', 'Pavlodar', PR, {'note': 'NI:power supply not interrupted'}),
        ('Астаны', 0, 'city', 'Astana', 'Astana', {'note': 'NI:power supply not interrupted'}),
        ('ПАВЛОДАР', 0, 'city', 'Pavlodar', PR, {'note': 'dateline'}),
        ('Павлодара', 1, 'city', 'Pavlodar', PR, {'note': 'NI:appointment'}),
        ('КОСТАНАЙ', 0, 'city', 'Kostanay', KOR, {'note': 'dateline'}),
        ('Карасуского', 0, 'district', 'Karasu District', KOR, {'note': 'NI:origin of the farmers; in a list sharing "районов"'}),
        ('Алтынсаринского', 0, 'district', 'Altynsarin District', KOR, {'note': 'NI:origin of the farmers; in a list sharing "районов"; named after a person'}),
        ('Костанайской области', 0, 'region', KOR, KOR, {'note': 'inside the name of an authority (the picket was at its building in Kostanay)'}),
        ('Костанае', 0, 'city', 'Kostanay', KOR, {'note': 'NI:football match'}),
     ],
     inc={PR: (1, 'fire in the fuel-supply gallery of the Ekibastuz GRES-2, one worker hurt'),
          KOR: (1, 'picket of about 60 farmers at the Kostanay regional akimat')}),

dict(id='p016', date='1995-03-21', lang='ru',
     event='1995 round-up with Soviet-era names: pensioners picket the Government House in Alma-Ata; boiler explosion at a superphosphate plant in Dzhambul (Taraz, Jambyl Region); bus crash on the Taldy-Kurgan-Sarkand road (Taldy-Kurgan Region, abolished 1997: Almaty Region); new head of the Semipalatinsk regional administration (East Kazakhstan Region land); shoot-out at a market in Chimkent (Shymkent, South Kazakhstan Region); an order for the Zenit plant in Uralsk (economy); Moscow and Bishkek',
     text="""ХРОНИКА НЕДЕЛИ: КОРОТКО ИЗ ОБЛАСТЕЙ
21 марта 1995 года

АЛМА-АТА. Около пятисот пенсионеров провели пикет у Дома правительства на площади Республики, требуя погасить долги по пенсиям и проиндексировать выплаты. Пикет продолжался три часа. Вице-премьер пообещал рассмотреть вопрос на ближайшем заседании кабинета, а делегация пикетчиков была принята в аппарате правительства.

ДЖАМБУЛ. На суперфосфатном заводе в Джамбуле взорвался паровой котёл, погиб оператор котельной, двое рабочих обожжены. Комиссия управления по ЧС Джамбулской области выясняет, почему котёл работал без разрешения инспекции. Завод простаивал почти полгода и возобновил работу лишь в феврале.

ТАЛДЫ-КУРГАН. На трассе Талды-Курган — Сарканд в 40 км от областного центра автобус с рабочими столкнулся с грузовиком, пострадали девять человек. По данным ГАИ Талды-Курганской области, причиной стал гололёд.

СЕМИПАЛАТИНСК. Главой администрации Семипалатинской области назначен Галым Муканов, ранее заместитель министра экономики. На встрече с активом он назвал главными задачами выплату долгов по зарплате и закрытие последствий ядерных испытаний на бывшем полигоне.

ЧИМКЕНТ. На вещевом рынке «Шанхай» в Чимкенте произошла перестрелка между двумя группами торговцев, ранены трое. Задержаны семь человек, у них изъяты два охотничьих ружья. Рынок закрыт на три дня, его администрацию проверяет городская прокуратура. Часть задержанных — граждане Узбекистана, приехавшие из Ташкента.

УРАЛЬСК. Завод «Зенит» получил первый за два года заказ — на постройку катеров для пограничной службы. Директор пообещал вернуть на работу 400 человек, которые с осени находятся в вынужденных отпусках без сохранения зарплаты.

ВНЕШНИЕ СВЯЗИ. В Москве продолжаются переговоры о статусе космодрома Байконур, а в Бишкеке главы правительств Казахстана, Киргизии и Узбекистана обсудили создание единого экономического пространства.""",
     ann=[
        ('АЛМА-АТА', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline; Soviet-era Russian name, the capital in 1995'}),
        ('Дома правительства', 0, 'facility', 'Government House (Almaty)', 'Almaty', {'subkind': 'building', 'uncertain': True, 'note': 'a named government building; could be read as an institution'}),
        ('площади Республики', 0, 'facility', 'Republic Square (Almaty)', 'Almaty', {'subkind': 'square'}),
        ('ДЖАМБУЛ', 0, 'city', 'Taraz', JR, {'note': 'dateline; Dzhambul, the city renamed Taraz in 1997'}),
        ('Джамбуле', 0, 'city', 'Taraz', JR),
        ('Джамбулской области', 0, 'region', JR, JR, {'note': 'inside the name of an authority; Russian name of Jambyl Region'}),
        ('ТАЛДЫ-КУРГАН', 0, 'city', 'Taldykorgan', ALR, {'note': 'dateline; seat of Taldy-Kurgan Region, abolished 1997; Almaty Region land'}),
        ('Талды-Курган', 0, 'city', 'Taldykorgan', ALR, {'note': 'NI:road endpoint'}),
        ('Сарканд', 0, 'city', 'Sarkand', ALR, {'note': 'NI:road endpoint'}),
        ('Талды-Курганской области', 0, 'region', ALR, ALR, {'uncertain': True, 'note': 'inside the name of an authority (ГАИ); Taldy-Kurgan Region, abolished in 1997, labelled with Almaty Region'}),
        ('СЕМИПАЛАТИНСК', 0, 'city', 'Semey', EKR, {'note': 'dateline; seat of Semipalatinsk Region, abolished 1997; East Kazakhstan Region land'}),
        ('Семипалатинской области', 0, 'region', EKR, EKR, {'uncertain': True, 'note': 'NI:official post; Semipalatinsk Region, abolished in 1997, labelled with East Kazakhstan Region'}),
        ('ЧИМКЕНТ', 0, 'city', 'Shymkent', SKR, {'note': 'dateline; Russian spelling'}),
        ('Шанхай', 0, 'facility', 'Shanghai market (Shymkent)', SKR, {'subkind': 'market', 'note': 'market named after Shanghai; not the Chinese city'}),
        ('Чимкенте', 0, 'city', 'Shymkent', SKR),
        ('Узбекистана', 0, 'foreign', 'Uzbekistan', N, {'note': 'NI:citizenship of detainees'}),
        ('Ташкента', 0, 'foreign', 'Tashkent', N, {'note': 'NI:origin of detainees'}),
        ('УРАЛЬСК', 0, 'city', 'Oral', WKR, {'note': 'dateline; West Kazakhstan Region; economy item (the plant «Зенит» is not a place)'}),
        ('Москве', 0, 'foreign', 'Moscow', N, {'note': 'NI:talks'}),
        ('Байконур', 0, 'facility', 'Baikonur Cosmodrome', KZR, {'subkind': 'cosmodrome', 'note': 'NI:subject of talks; leased to Russia'}),
        ('Бишкеке', 0, 'foreign', 'Bishkek', N, {'note': 'NI:summit'}),
        ('Казахстана', 0, 'country', 'Kazakhstan', N),
        ('Киргизии', 0, 'foreign', 'Kyrgyzstan', N),
        ('Узбекистана', 1, 'foreign', 'Uzbekistan', N),
     ],
     inc={'Almaty': (1, 'pensioners\' picket at the Government House on Republic Square, Alma-Ata'),
          JR: (1, 'boiler explosion at the superphosphate plant in Dzhambul, one dead'),
          ALR: (1, 'bus-lorry collision on the Taldy-Kurgan-Sarkand road 40 km from the regional centre, nine hurt'),
          SKR: (1, 'shoot-out at the Shanghai market in Chimkent, three wounded, seven detained')}),
]
