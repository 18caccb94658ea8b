"""Russian texts of the twenty-seventh unseen check corpus (regional news digests)."""
N = None
JR, ALR, KYR, TR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'Turkistan Region', 'South Kazakhstan Region'
ABR, JTR, EKR, MR, KOR = 'Abai Region', 'Jetisu Region', 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR, UR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region', 'Ulytau Region'
ATR, AR, WKR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region'

DOCS = [
dict(id='p009', date='2010-12-21', lang='ru',
     event='2010 East Kazakhstan digest: fire in a college dormitory in Semey (the former Semipalatinsk) and a fatal bus-lorry crash on the Ust-Kamenogorsk-Semey road 15 km from Shulbinsk (East Kazakhstan Region before the 2022 split); court in Ridder, school in Zyryanovsk, boy found in Glubokoe',
     text="""Восточный Казахстан: пожар в общежитии в Семее, на трассе под Шульбинском погибли два человека
Усть-Каменогорск. 21 декабря. ИНТЕРФАКС-КАЗАХСТАН – Обзор главных новостей Восточно-Казахстанской области за вторник.
ПОЖАР. В Семее (бывший Семипалатинск) ночью загорелось общежитие медицинского колледжа на улице Найманбаева. Из здания вывели 120 студентов, двоих госпитализировали с отравлением угарным газом. По предварительным данным, причиной стало короткое замыкание в прачечной на первом этаже.
ДТП. На трассе Усть-Каменогорск – Семей, в 15 км от посёлка Шульбинск, рейсовый автобус столкнулся с грузовиком. Погибли водитель грузовика и пассажирка автобуса, ещё шесть человек доставлены в больницы Семея. Автобус шёл из Усть-Каменогорска с 30 пассажирами.
СУД. Риддерский городской суд приговорил бывшего директора рудника к трём годам условно за уклонение от уплаты налогов.
ШКОЛА. В Зыряновске открылась школа на 600 мест, в Курчатове – новый спортивный зал для секций бокса и борьбы.
ПОГОДА. Синоптики предупредили о метелях в Аягозском, Урджарском и Кокпектинском районах. В горах Алтая у границы с Россией ожидаются морозы до 45 градусов.
НАЙДЕН. Трёхлетний мальчик, пропавший в понедельник в селе Глубокое, найден живым на соседних дачах. Его искали 80 спасателей и полицейских из Усть-Каменогорска.
Во вторник аким области также провёл совещание о подготовке к весеннему паводку в Шемонаихинском и Глубоковском районах.
ЭКОНОМИКА. Горнодобывающая компания сообщила о запуске новой обогатительной фабрики в Риддере, где получат работу 400 человек. Концентрат будут везти на металлургический завод в Усть-Каменогорске по железной дороге.
ТУРИЗМ. Управление туризма ожидает, что зимой горнолыжные базы под Риддером и на Алтае примут до 20 тысяч гостей, в основном из Новосибирска, Барнаула и Павлодара.""",
     ann=[
        ('Восточный Казахстан', 0, 'region', EKR, EKR, {'uncertain': True, 'note': 'headline of a digest of the region; region named without "область", could be read as "eastern Kazakhstan"'}),
        ('Семее', 0, 'city', 'Semey', EKR, {'note': 'headline; East Kazakhstan Region before 2022'}),
        ('Шульбинском', 0, 'village', 'Shulbinsk', EKR, {'note': 'headline; NI:reference point ("под")'}),
        ('Усть-Каменогорск', 0, 'city', 'Oskemen', EKR, {'note': 'dateline'}),
        ('Восточно-Казахстанской области', 0, 'region', EKR, EKR),
        ('Семее', 1, 'city', 'Semey', EKR),
        ('Семипалатинск', 0, 'city', 'Semey', EKR, {'note': 'former name of Semey'}),
        ('улице Найманбаева', 0, 'facility', 'Naimanbayev Street (Semey)', EKR, {'subkind': 'street'}),
        ('Усть-Каменогорск', 1, 'city', 'Oskemen', EKR, {'note': 'NI:route endpoint (Усть-Каменогорск – Семей road)'}),
        ('Семей', 0, 'city', 'Semey', EKR, {'note': 'NI:route endpoint'}),
        ('Шульбинск', 0, 'village', 'Shulbinsk', EKR, {'note': 'NI:reference point ("в 15 км от")'}),
        ('Семея', 0, 'city', 'Semey', EKR, {'note': 'NI:hospital town'}),
        ('Усть-Каменогорска', 0, 'city', 'Oskemen', EKR, {'note': "NI:the bus's origin"}),
        ('Риддерский', 0, 'city', 'Ridder', EKR, {'note': 'NI:inside the name of a court'}),
        ('Зыряновске', 0, 'city', 'Altai (Zyryanovsk)', EKR, {'note': 'NI:new school; renamed Altai in 2019'}),
        ('Курчатове', 0, 'city', 'Kurchatov', EKR, {'note': 'NI:new sports hall; East Kazakhstan Region before 2022'}),
        ('Аягозском', 0, 'district', 'Ayagoz District', EKR, {'note': 'NI:forecast; list sharing "районах"'}),
        ('Урджарском', 0, 'district', 'Urzhar District', EKR, {'note': 'NI:forecast'}),
        ('Кокпектинском', 0, 'district', 'Kokpekty District', EKR, {'note': 'NI:forecast'}),
        ('Алтая', 0, 'facility', 'Altai Mountains', N, {'subkind': 'mountains', 'note': 'NI:forecast; natural feature'}),
        ('Россией', 0, 'foreign', 'Russia', N),
        ('Глубокое', 0, 'village', 'Glubokoe', EKR, {'note': 'NI:missing boy found'}),
        ('Усть-Каменогорска', 1, 'city', 'Oskemen', EKR, {'note': 'NI:origin of searchers'}),
        ('Шемонаихинском', 0, 'district', 'Shemonaikha District', EKR, {'note': 'NI:flood preparations; list sharing "районах"'}),
        ('Глубоковском', 0, 'district', 'Glubokoe District', EKR, {'note': 'NI:flood preparations'}),
        ('Риддере', 0, 'city', 'Ridder', EKR, {'note': 'NI:new plant'}),
        ('Усть-Каменогорске', 0, 'city', 'Oskemen', EKR, {'note': 'NI:destination of concentrate'}),
        ('Риддером', 0, 'city', 'Ridder', EKR, {'note': 'NI:reference point of ski bases'}),
        ('Алтае', 0, 'facility', 'Altai Mountains', N, {'subkind': 'mountains', 'note': 'NI:ski bases; natural feature'}),
        ('Новосибирска', 0, 'foreign', 'Novosibirsk', N, {'note': 'NI:origin of tourists'}),
        ('Барнаула', 0, 'foreign', 'Barnaul', N, {'note': 'NI:origin of tourists'}),
        ('Павлодара', 0, 'city', 'Pavlodar', PR, {'note': 'NI:origin of tourists'}),
     ],
     inc={EKR: (2, 'fire in a medical college dormitory on Naimanbayev Street in Semey; bus-lorry crash with two dead on the Ust-Kamenogorsk-Semey road 15 km from Shulbinsk')}),

dict(id='p010', date='2001-03-27', lang='ru',
     event='2001 Kyzylorda digest: Syr Darya meltwater floods 40 houses in Aiteke Bi, Kazaly district, and roads in two more villages (Kyzylorda Region); Soyuz launch from Baikonur with stages falling in Ulytau district of Karaganda Region; school in Shieli, fishing on the Small Aral',
     text="""Кызылординская область: паводок в Казалинском районе
Кызылорда. 27 марта. КазТАГ – Обзор новостей Кызылординской области.
ПАВОДОК. Талые воды Сырдарьи подтопили 40 домов в посёлке Айтеке би Казалинского района. Жителей разместили в школах Казалинска, дороги размыты ещё в двух сёлах района. Спасатели из Кызылорды и Аральска укрепляют дамбы.
БАЙКОНУР. С космодрома Байконур стартовала ракета «Союз» с грузовым кораблём. Отделившиеся ступени упали в расчётном районе в Улытауском районе Карагандинской области.
ШКОЛА. В Шиели открылась школа на 400 мест, построенная на средства японского правительства.
РЫБА. В Аральске рыбаки начали весеннюю путину на Малом Арале; первую партию рыбы отправят в Россию.
СУД. Кызылординский областной суд оставил в силе приговор бывшему акиму Жалагашского района, осуждённому за растрату.""",
     ann=[
        ('Кызылординская область', 0, 'region', KYR, KYR, {'note': 'headline'}),
        ('Казалинском районе', 0, 'district', 'Kazaly District', KYR, {'note': 'headline'}),
        ('Кызылорда', 0, 'city', 'Kyzylorda', KYR, {'note': 'dateline'}),
        ('Кызылординской области', 0, 'region', KYR, KYR),
        ('Сырдарьи', 0, 'facility', 'Syr Darya', N, {'subkind': 'river'}),
        ('Айтеке би', 0, 'village', 'Aiteke Bi', KYR, {'note': 'the village, not the person'}),
        ('Казалинского района', 0, 'district', 'Kazaly District', KYR),
        ('Казалинска', 0, 'city', 'Kazaly', KYR, {'note': 'NI:evacuation point; Kazalinsk is the old name of Kazaly'}),
        ('двух сёлах', 0, 'quantified', '2 villages', N, {'count': 2, 'unit': 'village', 'note': 'flooded roads in two villages of the same district'}),
        ('Кызылорды', 0, 'city', 'Kyzylorda', KYR, {'note': 'NI:origin of rescuers'}),
        ('Аральска', 0, 'city', 'Aral', KYR, {'note': 'NI:origin of rescuers'}),
        ('БАЙКОНУР', 0, 'facility', 'Baikonur Cosmodrome', KYR, {'subkind': 'cosmodrome', 'uncertain': True, 'note': 'NI:section heading; the cosmodrome or the leased town of Baikonur (both Kyzylorda Region)'}),
        ('Байконур', 0, 'facility', 'Baikonur Cosmodrome', KYR, {'subkind': 'cosmodrome', 'note': 'NI:launch; leased to Russia'}),
        ('Улытауском районе', 0, 'district', 'Ulytau District', KR, {'note': 'NI:planned stage fall; Karaganda Region in 2001'}),
        ('Карагандинской области', 0, 'region', KR, KR, {'note': 'NI:planned stage fall'}),
        ('Шиели', 0, 'village', 'Shieli', KYR, {'note': 'NI:new school'}),
        ('Аральске', 0, 'city', 'Aral', KYR, {'note': 'NI:fishing season'}),
        ('Малом Арале', 0, 'facility', 'Small Aral Sea', N, {'subkind': 'sea'}),
        ('Россию', 0, 'foreign', 'Russia', N, {'note': 'NI:destination of fish'}),
        ('Кызылординский', 0, 'region', KYR, KYR, {'note': 'NI:inside the name of a court'}),
        ('Жалагашского района', 0, 'district', 'Zhalagash District', KYR, {'note': "NI:inside an official's title"}),
     ],
     inc={KYR: (1, 'Syr Darya meltwater flood in Kazaly district: 40 houses in Aiteke Bi and roads in two more villages (one flood per ADM1)')}),

dict(id='p011', date='2017-03-14', lang='ru',
     event='2017 Almaty and Almaty Region digest: bus crash on Raiymbek Avenue in Alatau district (Almaty) and a market fire in Taldykorgan (Almaty Region before the 2022 split); school in Kaskelen, tourists from Astana found above Esik, court in Medeu district, avalanche warning, Nauryz in Zharkent',
     text="""Алматы и область: автобус врезался в опору на проспекте Райымбека, в Талдыкоргане горел рынок
Алматы. 14 марта. Tengrinews – Главное за день в Алматы и Алматинской области.
ДТП. В Алатауском районе Алматы на проспекте Райымбека маршрутный автобус № 37 врезался в опору освещения. Пострадали девять пассажиров, троих увезли в городскую больницу скорой помощи. Водитель, приехавший на заработки из Бишкека, утверждает, что у автобуса отказали тормоза.
ПОЖАР. В Талдыкоргане ночью горел вещевой рынок на улице Шевченко: огонь уничтожил 30 контейнеров. Пострадавших нет, на тушение ушло пять часов.
ШКОЛА. В Каскелене, центре Карасайского района, открылась школа на 900 мест. На церемонии присутствовал аким Алматинской области.
ПОИСК. В Энбекшиказахском районе спасатели нашли двух туристов из Астаны, которые заблудились в горах над Есиком. Оба не пострадали.
СУД. Медеуский районный суд Алматы арестовал на два месяца бывшего заместителя акима Илийского района по делу о взятке.
ПОГОДА. Синоптики предупредили о лавинной опасности в горах Заилийского Алатау и на трассе Алматы – Бишкек в районе Кордайского перевала. Штормовое предупреждение объявлено в пяти районах области.
ПРАЗДНИК. В Жаркенте к Наурызу на центральной площади поставят 40 юрт, гостей ждут из Урумчи и Кульджи.
ТРАНСПОРТ. В Талгарском районе закрыли на ремонт мост через реку Талгар; объезд организован через село Бесагаш. Работы продлятся до конца мая.
ЭКОЛОГИЯ. Акимат Алматы сообщил, что за зиму в Бостандыкском и Медеуском районах высадили 12 тысяч деревьев, а в Турксибском районе закрыли две котельные на угле.
Кроме того, поезд Алматы – Ташкент с 1 апреля будет ходить ежедневно.""",
     ann=[
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'headline'}),
        ('проспекте Райымбека', 0, 'facility', 'Raiymbek Avenue (Almaty)', 'Almaty', {'subkind': 'street', 'note': 'headline'}),
        ('Талдыкоргане', 0, 'city', 'Taldykorgan', ALR, {'note': 'headline; Almaty Region before 2022'}),
        ('Алматы', 1, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Алматы', 2, 'city', 'Almaty', 'Almaty'),
        ('Алматинской области', 0, 'region', ALR, ALR),
        ('Алатауском районе', 0, 'district', 'Alatau District (Almaty)', 'Almaty', {'subkind': 'city district'}),
        ('Алматы', 3, 'city', 'Almaty', 'Almaty'),
        ('проспекте Райымбека', 1, 'facility', 'Raiymbek Avenue (Almaty)', 'Almaty', {'subkind': 'street'}),
        ('Бишкека', 0, 'foreign', 'Bishkek', N, {'note': "NI:driver's origin"}),
        ('Талдыкоргане', 1, 'city', 'Taldykorgan', ALR),
        ('улице Шевченко', 0, 'facility', 'Shevchenko Street (Taldykorgan)', ALR, {'subkind': 'street'}),
        ('Каскелене', 0, 'city', 'Kaskelen', ALR, {'note': 'NI:new school'}),
        ('Карасайского района', 0, 'district', 'Karasay District', ALR, {'note': 'NI:new school'}),
        ('Алматинской области', 1, 'region', ALR, ALR, {'note': "NI:inside an official's title"}),
        ('Энбекшиказахском районе', 0, 'district', 'Enbekshikazakh District', ALR, {'note': 'NI:lost tourists found'}),
        ('Астаны', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of tourists'}),
        ('Есиком', 0, 'city', 'Esik', ALR, {'note': 'NI:reference point'}),
        ('Медеуский', 0, 'district', 'Medeu District (Almaty)', 'Almaty', {'subkind': 'city district', 'note': 'NI:inside the name of a court'}),
        ('Алматы', 4, 'city', 'Almaty', 'Almaty', {'note': 'NI:inside the name of a court'}),
        ('Илийского района', 0, 'district', 'Ili District', ALR, {'note': "NI:inside an official's title"}),
        ('Заилийского Алатау', 0, 'facility', 'Trans-Ili Alatau', N, {'subkind': 'mountains', 'note': 'NI:warning; natural feature'}),
        ('Алматы', 5, 'city', 'Almaty', 'Almaty', {'note': 'NI:route endpoint (Алматы – Бишкек road)'}),
        ('Бишкек', 0, 'foreign', 'Bishkek', N, {'note': 'NI:route endpoint'}),
        ('Кордайского перевала', 0, 'facility', 'Kordai Pass', N, {'subkind': 'mountain pass', 'note': 'NI:warning; natural feature in Jambyl Region'}),
        ('пяти районах', 0, 'quantified', '5 districts', N, {'count': 5, 'unit': 'district', 'note': 'storm warning, not an incident'}),
        ('Жаркенте', 0, 'city', 'Zharkent', ALR, {'note': 'NI:festival preparations'}),
        ('Урумчи', 0, 'foreign', 'Urumqi', N, {'note': 'NI:origin of guests'}),
        ('Кульджи', 0, 'foreign', 'Yining (Kulja)', N, {'note': 'NI:origin of guests'}),
        ('Алматы', 7, 'city', 'Almaty', 'Almaty', {'note': 'NI:route endpoint (train)'}),
        ('Ташкент', 0, 'foreign', 'Tashkent', N, {'note': 'NI:route endpoint (train)'}),
        ('Талгарском районе', 0, 'district', 'Talgar District', ALR, {'note': 'NI:bridge repairs'}),
        ('Талгар', 0, 'facility', 'Talgar River', N, {'subkind': 'river', 'note': 'NI:the river, not the town'}),
        ('Бесагаш', 0, 'village', 'Besagash', ALR, {'note': 'NI:detour'}),
        ('Алматы', 6, 'city', 'Almaty', 'Almaty', {'note': 'NI:inside the name of an authority'}),
        ('Бостандыкском', 0, 'district', 'Bostandyk District (Almaty)', 'Almaty', {'subkind': 'city district', 'note': 'NI:tree planting; list sharing "районах"'}),
        ('Медеуском', 0, 'district', 'Medeu District (Almaty)', 'Almaty', {'subkind': 'city district', 'note': 'NI:tree planting'}),
        ('Турксибском районе', 0, 'district', 'Turksib District (Almaty)', 'Almaty', {'subkind': 'city district', 'note': 'NI:boiler houses closed'}),
     ],
     inc={'Almaty': (1, 'bus crash into a lamp post on Raiymbek Avenue in Alatau district, nine injured'),
          ALR: (1, 'night fire at a clothing market on Shevchenko Street in Taldykorgan (Almaty Region in 2017)')}),

dict(id='p012', date='2006-08-08', lang='ru',
     event='2006 Pavlodar digest: akyns\' festival in Bayanaul with guests from Omsk, Novosibirsk and Karaganda, school in Ekibastuz, akim visits Maikain and Aksu, fraud verdict in Pavlodar, low Irtysh (no incident)',
     text="""Павлодарская область: фестиваль в Баянауле, новая школа в Экибастузе
Павлодар. 8 августа. Казинформ – Новости Павлодарской области.
В Баянауле завершился трёхдневный фестиваль акынов, на который приехали гости из Омска, Новосибирска и Караганды. Концерты проходили на берегу озера Жасыбай, их посмотрели около шести тысяч зрителей.
В Экибастузе открылась школа на 1 200 мест, построенная на средства угольного разреза. Это первая новая школа в городе за 15 лет.
Аким области посетил посёлок Майкаин, где после ремонта запущена обогатительная фабрика, а затем город Аксу, где осмотрел строительство больницы.
Павлодарский городской суд приговорил директора строительной фирмы к четырём годам лишения свободы за мошенничество с жильём для молодых семей.
Уровень воды в Иртыше у Павлодара опустился до минимума за последние десять лет; водники обещают, что паромная переправа у села Шарбакты продолжит работу до ледостава.""",
     ann=[
        ('Павлодарская область', 0, 'region', PR, PR, {'note': 'headline'}),
        ('Баянауле', 0, 'village', 'Bayanaul', PR, {'note': 'headline; NI:festival'}),
        ('Экибастузе', 0, 'city', 'Ekibastuz', PR, {'note': 'headline; NI:new school'}),
        ('Павлодар', 0, 'city', 'Pavlodar', PR, {'note': 'dateline'}),
        ('Павлодарской области', 0, 'region', PR, PR),
        ('Баянауле', 1, 'village', 'Bayanaul', PR, {'note': 'NI:festival'}),
        ('Омска', 0, 'foreign', 'Omsk', N, {'note': 'NI:origin of guests'}),
        ('Новосибирска', 0, 'foreign', 'Novosibirsk', N, {'note': 'NI:origin of guests'}),
        ('Караганды', 0, 'city', 'Karaganda', KR, {'note': 'NI:origin of guests'}),
        ('Жасыбай', 0, 'facility', 'Lake Zhasybay', N, {'subkind': 'lake', 'note': 'natural feature in Bayanaul district'}),
        ('Экибастузе', 1, 'city', 'Ekibastuz', PR, {'note': 'NI:new school'}),
        ('Майкаин', 0, 'village', 'Maikain', PR, {'note': "NI:akim's visit"}),
        ('Аксу', 0, 'city', 'Aksu (Pavlodar Region)', PR, {'note': "NI:akim's visit"}),
        ('Павлодарский', 0, 'city', 'Pavlodar', PR, {'note': 'NI:inside the name of a court'}),
        ('Иртыше', 0, 'facility', 'Irtysh', N, {'subkind': 'river'}),
        ('Павлодара', 0, 'city', 'Pavlodar', PR, {'note': 'NI:reference point of a water level'}),
        ('Шарбакты', 0, 'village', 'Sharbakty', PR, {'note': 'NI:ferry crossing'}),
     ],
     inc={}),

dict(id='p013', date='2023-05-16', lang='ru',
     event='2023 Jetisu and Almaty Region digest: barn and house fire in Lepsy, Sarkand district (Jetisu Region), and a three-car crash in Ili district at the turn to Konaev (Almaty Region); Konaev the former Kapchagay as the new centre instead of Taldykorgan; school in Tekeli, shepherd found by Lake Alakol, akim in Usharal, hail warning in four districts',
     text="""Жетысу и Алматинская область: в Лепсы сгорели два дома, в Илийском районе столкнулись три машины
Талдыкорган. 16 мая. Kazinform – Обзор новостей Жетысуской и Алматинской областей.
ПОЖАР. В посёлке Лепсы Саркандского района от искры из печной трубы загорелся сарай с сеном, огонь перекинулся на два жилых дома. Семьи успели выбежать, но оба дома сгорели полностью. Пожарным пришлось подвозить воду из Сарканда.
ДТП. На трассе Алматы – Усть-Каменогорск в Илийском районе, у поворота на Конаев, столкнулись три автомобиля. Пять человек доставлены в больницу Конаева – бывшего Капчагая, который в прошлом году стал центром Алматинской области вместо Талдыкоргана.
ШКОЛА. В Текели открылась детская школа искусств на 300 учеников; раньше дети ездили заниматься в Талдыкорган.
НАЙДЕН. В Алакольском районе нашёлся 70-летний чабан, который два дня назад ушёл за отарой к озеру Алаколь. Его заметили с вертолёта, прилетевшего из Талдыкоргана.
ВИЗИТ. Аким Жетысуской области посетил Ушарал, где к лету откроют новый аэропорт для туристов, едущих на Алаколь из Алматы, Астаны и Новосибирска.
ПОГОДА. В четырёх районах Жетысуской области в среду ожидаются град и шквалистый ветер. В Есике и Талгаре синоптики обещают ливни.
Всего с начала года в Казахстане зарегистрировано 9 тысяч пожаров, сообщило МЧС Казахстана.
ЭКОНОМИКА. В Кербулакском районе у станции Сарыозек запустили завод по переработке томатов мощностью 30 тысяч тонн в год; сырьё будут закупать и в соседних районах Алматинской области. В Жаркенте начали строить логистический центр для грузов, идущих через Хоргос из Китая. Первую очередь центра обещают сдать в 2024 году, там получат работу около 300 жителей Панфиловского района.""",
     ann=[
        ('Жетысу', 0, 'region', JTR, JTR, {'note': 'headline; region named without "область"'}),
        ('Алматинская область', 0, 'region', ALR, ALR, {'note': 'headline'}),
        ('Лепсы', 0, 'city', 'Lepsy', JTR, {'note': 'headline'}),
        ('Илийском районе', 0, 'district', 'Ili District', ALR, {'note': 'headline'}),
        ('Талдыкорган', 0, 'city', 'Taldykorgan', JTR, {'note': 'dateline'}),
        ('Жетысуской', 0, 'region', JTR, JTR, {'note': 'list sharing "областей"'}),
        ('Алматинской', 0, 'region', ALR, ALR),
        ('Лепсы', 1, 'city', 'Lepsy', JTR),
        ('Саркандского района', 0, 'district', 'Sarkand District', JTR),
        ('Сарканда', 0, 'city', 'Sarkand', JTR, {'note': 'NI:origin of water'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:route endpoint (Алматы – Усть-Каменогорск road)'}),
        ('Усть-Каменогорск', 0, 'city', 'Oskemen', EKR, {'note': 'NI:route endpoint'}),
        ('Илийском районе', 1, 'district', 'Ili District', ALR),
        ('Конаев', 0, 'city', 'Konaev', ALR, {'note': 'NI:reference point ("у поворота на")'}),
        ('Конаева', 0, 'city', 'Konaev', ALR, {'note': 'NI:hospital town'}),
        ('Капчагая', 0, 'city', 'Konaev', ALR, {'note': 'NI:former name of Konaev'}),
        ('Алматинской области', 0, 'region', ALR, ALR, {'note': 'NI:new regional centre'}),
        ('Талдыкоргана', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:former centre of Almaty Region, now Jetisu Region'}),
        ('Текели', 0, 'city', 'Tekeli', JTR, {'note': 'NI:new school'}),
        ('Талдыкорган', 1, 'city', 'Taldykorgan', JTR, {'note': 'NI:destination of pupils'}),
        ('Алакольском районе', 0, 'district', 'Alakol District', JTR, {'note': 'NI:shepherd found'}),
        ('Алаколь', 0, 'facility', 'Lake Alakol', N, {'subkind': 'lake', 'note': 'natural feature'}),
        ('Талдыкоргана', 1, 'city', 'Taldykorgan', JTR, {'note': 'NI:origin of the helicopter'}),
        ('Жетысуской области', 0, 'region', JTR, JTR, {'note': "NI:inside an official's title"}),
        ('Ушарал', 0, 'city', 'Usharal', JTR, {'note': "NI:akim's visit; planned airport"}),
        ('Алаколь', 1, 'facility', 'Lake Alakol', N, {'subkind': 'lake', 'note': 'NI:destination of tourists'}),
        ('Алматы', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of tourists'}),
        ('Астаны', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of tourists'}),
        ('Новосибирска', 0, 'foreign', 'Novosibirsk', N, {'note': 'NI:origin of tourists'}),
        ('четырёх районах Жетысуской области', 0, 'quantified', '4 districts', N, {'count': 4, 'unit': 'district', 'note': 'hail warning, not an incident'}),
        ('Есике', 0, 'city', 'Esik', ALR, {'note': 'NI:forecast'}),
        ('Талгаре', 0, 'city', 'Talgar', ALR, {'note': 'NI:forecast'}),
        ('Казахстане', 0, 'country', 'Kazakhstan', N),
        ('Казахстана', 0, 'country', 'Kazakhstan', N, {'note': 'inside the name of an authority'}),
        ('Кербулакском районе', 0, 'district', 'Kerbulak District', JTR, {'note': 'NI:new plant'}),
        ('Сарыозек', 0, 'city', 'Saryozek', JTR, {'note': 'NI:new plant (inside "станции Сарыозек")'}),
        ('Алматинской области', 1, 'region', ALR, ALR, {'note': 'NI:supplies'}),
        ('Жаркенте', 0, 'city', 'Zharkent', JTR, {'note': 'NI:logistics centre'}),
        ('Хоргос', 0, 'village', 'Khorgos', JTR, {'note': 'NI:transit route; the Kazakh border village'}),
        ('Китая', 0, 'foreign', 'China', N, {'note': 'NI:origin of goods'}),
        ('Панфиловского района', 0, 'district', 'Panfilov District', JTR, {'note': 'NI:future jobs'}),
     ],
     inc={JTR: (1, 'fire destroying a barn and two houses in Lepsy, Sarkand district'),
          ALR: (1, 'three-car crash on the Almaty-Ust-Kamenogorsk road in Ili district near the turn to Konaev')}),

dict(id='p014', date='1996-10-01', lang='ru',
     event='1996 Akmola and Turgay regions digest: grain elevator fire in Atbasar (Akmola Region) and a teachers\' rally in Arkalyk, centre of the Turgay Region abolished in 1997 (Kostanay Region land); Akmola city (Astana), Borovoe resort, Derzhavinsk of Turgay Region (Akmola Region land)',
     text="""Акмолинская и Тургайская области: в Атбасаре сгорел элеватор, в Аркалыке митинговали учителя
Акмола. 1 октября. КазТАГ – Новости Акмолинской и Тургайской областей.
В Атбасаре в ночь на понедельник сгорел элеватор: огонь уничтожил около 3 000 тонн зерна нового урожая. Пожар тушили 12 расчётов, в том числе из Акмолы и Макинска. Ущерб оценивается в 40 млн тенге.
В Аркалыке, центре Тургайской области, около 500 учителей вышли на митинг к зданию областной администрации: зарплату им не платят с мая. Глава администрации пообещал погасить долг за два месяца.
Фермеры из Державинска, центра Жаркаинского района Тургайской области, жалуются, что им не хватает горючего для уборки.
В Акмоле городские власти объявили, что отопительный сезон начнётся 15 октября.
На курорте Боровое Щучинского района после ремонта открылся санаторий; путёвки будут продавать и отдыхающим из Омска.""",
     ann=[
        ('Акмолинская', 0, 'region', AKR, AKR, {'note': 'headline; list sharing "области"'}),
        ('Тургайская', 0, 'region', KOR, KOR, {'uncertain': True, 'note': 'headline; Turgay Region, abolished in 1997; its centre Arkalyk and most of its land went to Kostanay Region (Zharkain and Esil districts to Akmola Region)'}),
        ('Атбасаре', 0, 'city', 'Atbasar', AKR, {'note': 'headline'}),
        ('Аркалыке', 0, 'city', 'Arkalyk', KOR, {'note': 'headline; Turgay Region in 1996, Kostanay Region land'}),
        ('Акмола', 0, 'city', 'Astana', 'Astana', {'note': 'dateline; the city of Akmola, capital from 1997 and Astana from 1998'}),
        ('Акмолинской', 0, 'region', AKR, AKR, {'note': 'list sharing "областей"'}),
        ('Тургайской', 0, 'region', KOR, KOR, {'uncertain': True, 'note': 'abolished Turgay Region (see the headline)'}),
        ('Атбасаре', 1, 'city', 'Atbasar', AKR),
        ('Акмолы', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of fire crews; the city, not Akmola Region'}),
        ('Макинска', 0, 'city', 'Makinsk', AKR, {'note': 'NI:origin of fire crews'}),
        ('Аркалыке', 1, 'city', 'Arkalyk', KOR),
        ('Тургайской области', 0, 'region', KOR, KOR, {'uncertain': True, 'note': 'NI:abolished Turgay Region, the land of its centre Arkalyk in Kostanay Region'}),
        ('Державинска', 0, 'city', 'Derzhavinsk', AKR, {'note': "NI:farmers' town; Turgay Region in 1996, Akmola Region land"}),
        ('Жаркаинского района', 0, 'district', 'Zharkain District', AKR, {'note': 'NI:Turgay Region in 1996, Akmola Region land'}),
        ('Тургайской области', 1, 'region', KOR, KOR, {'uncertain': True, 'note': 'NI:abolished Turgay Region; here the district lies on land that went to Akmola Region, the region as a whole is labelled with Kostanay Region'}),
        ('Акмоле', 0, 'city', 'Astana', 'Astana', {'note': 'NI:heating season'}),
        ('Боровое', 0, 'village', 'Burabay', AKR, {'note': 'NI:sanatorium reopened; Borovoe is the Russian name of Burabay'}),
        ('Щучинского района', 0, 'district', 'Shchuchinsk District (Burabay District)', AKR, {'note': 'NI:sanatorium reopened'}),
        ('Омска', 0, 'foreign', 'Omsk', N, {'note': 'NI:origin of holidaymakers'}),
     ],
     inc={AKR: (1, 'grain elevator fire in Atbasar'),
          KOR: (1, "teachers' rally outside the regional administration in Arkalyk (Turgay Region in 1996, Kostanay Region land)")}),

dict(id='p015', date='2020-01-28', lang='ru',
     event='2020 North Kazakhstan and Kostanay digest: new train from Petropavlovsk to Nur-Sultan via Kokshetau, dairy farm in Beskol (Kyzylzhar district), flats for teachers in Bulaevo, Kurgan and Chelyabinsk delegation in Kostanay, fair in Rudny, ice festival in Lisakovsk (no incident)',
     text="""Северо-Казахстанская и Костанайская области: новый поезд до Нур-Султана, гости из Кургана
Петропавловск. 28 января. Казинформ – Обзор новостей Северо-Казахстанской и Костанайской областей.
С февраля из Петропавловска в Нур-Султан будет ходить новый скоростной поезд, время в пути сократится до семи часов. Состав будет останавливаться в Кокшетау.
В селе Бесколь Кызылжарского района открылась молочная ферма на 600 коров, построенная инвесторами из Тюмени.
В Булаево аким района вручил ключи от квартир двадцати молодым учителям, приехавшим из Шымкента и Туркестанской области.
Делегация из Кургана и Челябинска обсудила в Костанае поставки зерна и муки в Россию.
В Рудном прошла ярмарка сельхозпродукции, на которую привезли товары из всех районов области.
В Лисаковске открылся фестиваль ледовых скульптур; его участники приехали из Костаная, Рудного и Петропавловска.""",
     ann=[
        ('Северо-Казахстанская', 0, 'region', NKR, NKR, {'note': 'headline; list sharing "области"'}),
        ('Костанайская', 0, 'region', KOR, KOR, {'note': 'headline'}),
        ('Нур-Султана', 0, 'city', 'Astana', 'Astana', {'note': 'headline; NI:route endpoint'}),
        ('Кургана', 0, 'foreign', 'Kurgan', N, {'note': 'headline; NI:origin of guests'}),
        ('Петропавловск', 0, 'city', 'Petropavl', NKR, {'note': 'dateline'}),
        ('Северо-Казахстанской', 0, 'region', NKR, NKR, {'note': 'list sharing "областей"'}),
        ('Костанайской', 0, 'region', KOR, KOR),
        ('Петропавловска', 0, 'city', 'Petropavl', NKR, {'note': 'NI:route endpoint'}),
        ('Нур-Султан', 0, 'city', 'Astana', 'Astana', {'note': 'NI:route endpoint'}),
        ('Кокшетау', 0, 'city', 'Kokshetau', AKR, {'note': 'NI:train stop'}),
        ('Бесколь', 0, 'village', 'Beskol (Kyzylzhar district)', NKR, {'note': 'NI:new farm'}),
        ('Кызылжарского района', 0, 'district', 'Kyzylzhar District', NKR, {'note': 'NI:new farm'}),
        ('Тюмени', 0, 'foreign', 'Tyumen', N, {'note': 'NI:origin of investors'}),
        ('Булаево', 0, 'city', 'Bulaevo', NKR, {'note': 'NI:flats handed over'}),
        ('Шымкента', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:origin of teachers'}),
        ('Туркестанской области', 0, 'region', TR, TR, {'note': 'NI:origin of teachers'}),
        ('Кургана', 1, 'foreign', 'Kurgan', N, {'note': 'NI:origin of the delegation'}),
        ('Челябинска', 0, 'foreign', 'Chelyabinsk', N, {'note': 'NI:origin of the delegation'}),
        ('Костанае', 0, 'city', 'Kostanay', KOR, {'note': 'NI:talks'}),
        ('Россию', 0, 'foreign', 'Russia', N, {'note': 'NI:destination of grain'}),
        ('Рудном', 0, 'city', 'Rudny', KOR, {'note': 'NI:fair'}),
        ('всех районов области', 0, 'quantified', 'all districts', N, {'count': None, 'unit': 'district', 'quantifier': 'all', 'note': 'origin of goods, not incidents'}),
        ('Лисаковске', 0, 'city', 'Lisakovsk', KOR, {'note': 'NI:festival'}),
        ('Костаная', 0, 'city', 'Kostanay', KOR, {'note': 'NI:origin of participants'}),
        ('Рудного', 0, 'city', 'Rudny', KOR, {'note': 'NI:origin of participants'}),
        ('Петропавловска', 1, 'city', 'Petropavl', NKR, {'note': 'NI:origin of participants'}),
     ],
     inc={}),

dict(id='p016', date='2013-06-25', lang='ru',
     event='2013 Jambyl digest: festival in Merke with guests from Bishkek and Talas (Kyrgyzstan), school in Karatau (Talas district), bribery verdict in Taraz, akim visits Kordai district and Masanchi, road repairs in Zhanatas, heat in Moiynkum and Shu districts (no incident)',
     text="""Жамбылская область: фестиваль в Мерке, новая школа в Каратау
Тараз. 25 июня. КазТАГ – Новости Жамбылской области.
В Мерке прошёл фестиваль народных ремёсел, на который приехали мастера из Бишкека и Таласа. Киргизские гости показали войлочные ковры и сёдла.
В Каратау, центре Таласского района, открылась школа на 600 мест, построенная на месте аварийного здания.
Таразский городской суд приговорил бывшего начальника отдела земельных отношений к шести годам лишения свободы за взятку.
Аким области побывал в Кордайском районе, где осмотрел новый Дом культуры в селе Масанчи и встретился с фермерами.
В Жанатасе начался ремонт дороги, ведущей к Каратау; работы закончат к сентябрю.
Синоптики прогнозируют жару до 43 градусов в Мойынкумском и Шуском районах, а также в песках Мойынкум.""",
     ann=[
        ('Жамбылская область', 0, 'region', JR, JR, {'note': 'headline'}),
        ('Мерке', 0, 'city', 'Merke', JR, {'note': 'headline; NI:festival'}),
        ('Каратау', 0, 'city', 'Karatau', JR, {'note': 'headline; NI:new school'}),
        ('Тараз', 0, 'city', 'Taraz', JR, {'note': 'dateline'}),
        ('Жамбылской области', 0, 'region', JR, JR),
        ('Мерке', 1, 'city', 'Merke', JR, {'note': 'NI:festival'}),
        ('Бишкека', 0, 'foreign', 'Bishkek', N, {'note': 'NI:origin of craftsmen'}),
        ('Таласа', 0, 'foreign', 'Talas (Kyrgyzstan)', N, {'note': 'NI:origin of craftsmen; the Kyrgyz town, not Talas district'}),
        ('Каратау', 1, 'city', 'Karatau', JR, {'note': 'NI:new school'}),
        ('Таласского района', 0, 'district', 'Talas District', JR, {'note': 'NI:district centre'}),
        ('Таразский', 0, 'city', 'Taraz', JR, {'note': 'NI:inside the name of a court'}),
        ('Кордайском районе', 0, 'district', 'Kordai District', JR, {'note': "NI:akim's visit"}),
        ('Масанчи', 0, 'village', 'Masanchi', JR, {'note': "NI:akim's visit"}),
        ('Жанатасе', 0, 'city', 'Zhanatas', JR, {'note': 'NI:road repairs'}),
        ('Каратау', 2, 'city', 'Karatau', JR, {'note': 'NI:road destination'}),
        ('Мойынкумском', 0, 'district', 'Moiynkum District', JR, {'note': 'NI:forecast; list sharing "районах"'}),
        ('Шуском', 0, 'district', 'Shu District', JR, {'note': 'NI:forecast'}),
        ('Мойынкум', 0, 'facility', 'Moiynkum Desert', N, {'subkind': 'desert', 'note': 'NI:forecast; natural feature'}),
     ],
     inc={}),
]
