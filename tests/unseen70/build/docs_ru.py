"""Russian texts of the seventieth unseen check corpus."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'
AST, ALM, SHY = 'Astana', 'Almaty', 'Shymkent'
CD = 'city district'

DOCS = [
dict(id='p009', date='2005-06-08', lang='ru',
     event='2005 brawl with shooting at a cafe on Ryskulov Street in Enbekshi district of Shymkent (South Kazakhstan Region before 2018), and a hay store fire spreading to two houses in Turgen, Enbekshikazakh district (Almaty Region); agencies confusing the two districts',
     text="""Шымкент: драка со стрельбой в Енбекшинском районе
ШЫМКЕНТ, 8 июня. Двое мужчин получили огнестрельные ранения во время драки у кафе на улице Рыскулова в Енбекшинском районе Шымкента поздно вечером во вторник, сообщили в департаменте внутренних дел Южно-Казахстанской области. Задержаны трое жителей Сайрамского района, у одного из них изъят травматический пистолет.

В тот же день в Енбекшиказахском районе Алматинской области сгорел склад сена в селе Тургень, огонь перекинулся на два жилых дома. Пострадавших нет, сообщили в областном департаменте по ЧС в Талдыкоргане.

Из-за созвучия названий несколько агентств ошибочно сообщили о «пожаре в Енбекшинском районе». Енбекшинский район — один из трёх районов Шымкента, а Енбекшиказахский — сельский район с центром в Есике, в 50 км к востоку от Алматы.""",
     ann=[
        ('Шымкент', 0, 'city', 'Shymkent', SKR, {'note': 'headline; South Kazakhstan Region before 2018-06-19'}),
        ('Енбекшинском районе', 0, 'district', 'Enbekshi District (Shymkent)', SKR, {'subkind': CD, 'note': 'headline'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', SKR, {'note': 'dateline'}),
        ('улице Рыскулова', 0, 'facility', 'Ryskulov Street (Shymkent)', SKR, {'subkind': 'street', 'note': 'street named after a person'}),
        ('Енбекшинском районе', 1, 'district', 'Enbekshi District (Shymkent)', SKR, {'subkind': CD}),
        ('Шымкента', 0, 'city', 'Shymkent', SKR),
        ('Южно-Казахстанской области', 0, 'region', SKR, SKR, {'note': 'inside the name of an authority'}),
        ('Сайрамского района', 0, 'district', 'Sayram District', SKR, {'note': 'NI:residence of the detained'}),
        ('Енбекшиказахском районе', 0, 'district', 'Enbekshikazakh District', ALR),
        ('Алматинской области', 0, 'region', ALR, ALR),
        ('Тургень', 0, 'village', 'Turgen', ALR),
        ('Талдыкоргане', 0, 'city', 'Taldykorgan', ALR, {'note': 'NI:seat of the regional emergencies department (Almaty Region before 2022)'}),
        ('Енбекшинском районе', 2, 'district', 'Enbekshi District (Shymkent)', SKR, {'subkind': CD, 'uncertain': True, 'note': 'NI:quoted erroneous report; the name denotes the Shymkent district although the fire was in Enbekshikazakh district'}),
        ('Енбекшинский район', 0, 'district', 'Enbekshi District (Shymkent)', SKR, {'subkind': CD, 'note': 'NI:explanation'}),
        ('трёх районов Шымкента', 0, 'quantified', '3 districts', N, {'count': 3, 'unit': 'district', 'note': 'the districts of Shymkent; the toponym inside the quantified phrase is not annotated separately'}),
        ('Енбекшиказахский', 0, 'district', 'Enbekshikazakh District', ALR, {'note': 'NI:explanation; head noun shared with the following "сельский район"'}),
        ('Есике', 0, 'city', 'Esik', ALR, {'note': 'NI:district centre'}),
        ('Алматы', 0, 'city', 'Almaty', ALM, {'note': 'NI:reference point'}),
     ],
     inc={SKR: (1, 'brawl with shooting at a cafe in Enbekshi district of Shymkent, two wounded'),
          ALR: (1, 'hay store fire spreading to two houses in Turgen, Enbekshikazakh district')}),

dict(id='p010', date='2020-08-17', lang='ru',
     event='2020 weekend chronicle of Nur-Sultan: fatal SUV crash into a bus stop on Turan Avenue (Yesil district), roof fire in Baikonur district; water cut in Saryarka district (not counted); namesakes: a house fire in Yavlenka, Yesil district of North Kazakhstan Region, and a knife robbery of a shop in the town of Esil (Akmola Region); Baikonur town in Kyzylorda Region quiet; raids in all four districts of the capital',
     text="""Нур-Султан: смертельное ДТП в Есильском районе, пожар в районе «Байконур»
НУР-СУЛТАН, 17 августа. В ночь на субботу на проспекте Туран в Есильском районе столицы внедорожник на большой скорости врезался в остановку общественного транспорта. Погибла 20-летняя студентка, ещё двое человек ранены. Камеры зафиксировали, что перед аварией машина шла со скоростью около 140 км/ч при разрешённых 60. Водитель, 27-летний житель Караганды, задержан, сообщили в департаменте полиции Нур-Султана.

В воскресенье днём в районе «Байконур» загорелась кровля трёхэтажного дома на улице Ташенова. Из подъездов вывели 46 жильцов, пострадавших нет. По словам пожарных, кровлю подожгли рабочие, которые ремонтировали её газовой горелкой. Огонь успел перекинуться на чердак соседнего подъезда, но дальше его не пустили.

Жители Сарыаркинского района вторые сутки сидят без холодной воды. В городском водоканале объясняют это аварией на магистральном водоводе и обещают восстановить подачу к вечеру понедельника.

После ДТП полиция объявила о рейдах против лихачей во всех четырёх районах столицы.

Не путайте: в выходные в сводках мелькали ещё два «Есиля». В Есильском районе Северо-Казахстанской области, в селе Явленка, в субботу сгорели два частных дома; огонь, по данным ДЧС СКО, начался в бане. А в городе Есиль Акмолинской области мужчина с ножом напал на продавщицу продуктового магазина и забрал выручку. Его задержали через час на выезде из города в сторону Атбасара.

Редакции звонили и читатели, уверенные, что пожар случился в «том самом» Байконуре. Но в городе Байконыр Кызылординской области, который арендует Россия, выходные прошли спокойно, сообщили в местной полиции. Столичный район получил это название в 2018 году, когда Нур-Султан ещё назывался Астаной.""",
     ann=[
        ('Нур-Султан', 0, 'city', 'Astana', AST, {'note': 'headline; the capital named Nur-Sultan 2019-2022'}),
        ('Есильском районе', 0, 'district', 'Yesil District (Astana)', AST, {'subkind': CD, 'note': 'headline'}),
        ('Байконур', 0, 'district', 'Baikonur District (Astana)', AST, {'subkind': CD, 'note': 'headline; «в районе «Байконур»», name in quotes after the head noun; not the town'}),
        ('НУР-СУЛТАН', 0, 'city', 'Astana', AST, {'note': 'dateline'}),
        ('проспекте Туран', 0, 'facility', 'Turan Avenue (Astana)', AST, {'subkind': 'street', 'note': 'not Turan district of Shymkent'}),
        ('Есильском районе', 1, 'district', 'Yesil District (Astana)', AST, {'subkind': CD}),
        ('Караганды', 0, 'city', 'Karaganda', KR, {'note': "NI:driver's residence"}),
        ('Нур-Султана', 0, 'city', 'Astana', AST, {'note': 'inside the name of an authority (police department)'}),
        ('Байконур', 1, 'district', 'Baikonur District (Astana)', AST, {'subkind': CD, 'note': 'name in quotes after the head noun'}),
        ('улице Ташенова', 0, 'facility', 'Tashenov Street (Astana)', AST, {'subkind': 'street', 'note': 'street named after a person'}),
        ('Сарыаркинского района', 0, 'district', 'Saryarka District (Astana)', AST, {'subkind': CD, 'note': 'NI:water cut'}),
        ('всех четырёх районах столицы', 0, 'quantified', 'all 4 districts', N, {'count': 4, 'unit': 'district', 'quantifier': 'all', 'note': 'police raids, not incidents'}),
        ('Есильском районе', 2, 'district', 'Yesil District (North Kazakhstan)', NKR, {'note': 'the rural district, not the district of the capital'}),
        ('Северо-Казахстанской области', 0, 'region', NKR, NKR),
        ('Явленка', 0, 'village', 'Yavlenka', NKR),
        ('СКО', 0, 'region', NKR, NKR, {'note': 'abbreviation inside the name of an authority (ДЧС СКО)'}),
        ('Есиль', 0, 'city', 'Esil', AKR, {'note': 'the town, not the districts or the river'}),
        ('Акмолинской области', 0, 'region', AKR, AKR),
        ('Атбасара', 0, 'city', 'Atbasar', AKR, {'note': 'NI:direction of travel'}),
        ('Байконуре', 0, 'city', 'Baikonur', KZR, {'note': "NI:readers' mistaken belief; no incident in the town"}),
        ('Байконыр', 0, 'city', 'Baikonur', KZR, {'note': 'NI:no incident; Kazakh-style spelling in a Russian text; town leased to Russia'}),
        ('Кызылординской области', 0, 'region', KZR, KZR, {'note': 'NI:no incident'}),
        ('Россия', 0, 'foreign', 'Russia', N, {'note': 'lessee'}),
        ('Нур-Султан', 1, 'city', 'Astana', AST, {'note': 'NI:background'}),
        ('Астаной', 0, 'city', 'Astana', AST, {'note': 'NI:background; the former name before 2019'}),
     ],
     inc={AST: (2, 'SUV crash into a bus stop on Turan Avenue, Yesil district, one dead; roof fire in Baikonur district; water cut in Saryarka district not counted'),
          NKR: (1, 'two houses burnt in Yavlenka, Yesil district'),
          AKR: (1, 'knife robbery of a shop assistant in Esil')}),

dict(id='p011', date='2017-10-12', lang='ru',
     event='2017 fatal hostel fire in Kazybek bi district of Karaganda and a fatal lorry-car collision near the town of Abai (Karaganda Region); Abai district of East Kazakhstan Region (before the 2022 Abai Region) as a namesake; Kazybek bi the person',
     text="""Караганда: пожар в общежитии и ДТП под Абаем
КАРАГАНДА, 12 октября. Один человек погиб и семеро пострадали при пожаре в пятиэтажном общежитии в районе имени Казыбек би в ночь на четверг. Из здания эвакуировали более 60 человек, сообщили в департаменте по чрезвычайным ситуациям Карагандинской области. Предварительная причина — короткое замыкание в комнате на третьем этаже.

Утром того же дня на трассе под Абаем грузовик выехал на встречную полосу и столкнулся с легковым автомобилем. Водитель и пассажир легковушки, жители Шахтинска, погибли на месте.

В соцсетях новость о ДТП «под Абаем» вызвала волну вопросов из Восточно-Казахстанской области: там есть Абайский район с центром в селе Караул. Полиция уточнила, что речь идёт о городе Абай в 30 км от Караганды. Город, как и район в ВКО, носит имя поэта, а район Караганды — имя бия Казыбека, одного из трёх великих биев.""",
     ann=[
        ('Караганда', 0, 'city', 'Karaganda', KR, {'note': 'headline'}),
        ('Абаем', 0, 'city', 'Abai', KR, {'note': 'headline; "под Абаем", the crash site; the Karaganda town, not Abai Region or district'}),
        ('КАРАГАНДА', 0, 'city', 'Karaganda', KR, {'note': 'dateline'}),
        ('районе имени Казыбек би', 0, 'district', 'Kazybek Bi District (Karaganda)', KR, {'subkind': CD, 'note': 'district named after a person'}),
        ('Карагандинской области', 0, 'region', KR, KR, {'note': 'inside the name of an authority'}),
        ('Абаем', 1, 'city', 'Abai', KR, {'note': '"под Абаем", the crash site'}),
        ('Шахтинска', 0, 'city', 'Shakhtinsk', KR, {'note': "NI:victims' residence"}),
        ('Абаем', 2, 'city', 'Abai', KR, {'note': 'NI:quoted phrase; the same crash'}),
        ('Восточно-Казахстанской области', 0, 'region', EKR, EKR, {'note': 'NI:origin of questions'}),
        ('Абайский район', 0, 'district', 'Abai District (Abai Region)', EKR, {'note': 'NI:namesake; East Kazakhstan Region before 2022-06-08'}),
        ('Караул', 0, 'village', 'Karaul', EKR, {'note': 'NI:district centre'}),
        ('Абай', 0, 'city', 'Abai', KR),
        ('Караганды', 0, 'city', 'Karaganda', KR, {'note': 'NI:reference point'}),
        ('ВКО', 0, 'region', EKR, EKR, {'note': 'NI:abbreviation of East Kazakhstan Region'}),
        ('Караганды', 1, 'city', 'Karaganda', KR, {'note': 'NI:"район Караганды", the district named after Kazybek bi'}),
     ],
     inc={KR: (2, 'fatal hostel fire in Kazybek bi district of Karaganda; fatal lorry-car collision near Abai')}),

dict(id='p012', date='2002-09-24', lang='ru',
     event='2002 Almaty: restaurant fire on Kazybek Bi Street in Almaly district, armed robbery of a jeweller\'s in Auezov district, pedestrian killed on Raiymbek Avenue in Zhetysu district; suspects from Kaskelen (Almaty Region); Almaty Region police joining the search',
     text="""Алматы: пожар в Алмалинском районе, разбой в Ауэзовском
АЛМАТЫ, 24 сентября. В понедельник вечером на улице Казыбек би в Алмалинском районе загорелся ресторан. Огонь охватил кухню и часть зала, около 50 посетителей успели выйти. По данным городского управления по ЧС, причиной стала неисправная вытяжка.

Через два часа в Ауэзовском районе двое мужчин в масках с обрезом ворвались в ювелирный магазин в 5-м микрорайоне, ранили охранника и унесли украшения. По ориентировке, оба могут быть жителями Каскелена; к поиску подключилась полиция Алматинской области.

Ночью на проспекте Райымбека в Жетысуском районе грузовик сбил пешехода, мужчина скончался до приезда скорой.

Всего за сутки во всех шести районах города произошло 11 пожаров и 24 ДТП, сообщили в ГУВД Алматы. Улица Казыбек би, проспект Райымбека и Ауэзовский район названы в честь исторических личностей, напоминают краеведы.""",
     ann=[
        ('Алматы', 0, 'city', 'Almaty', ALM, {'note': 'headline'}),
        ('Алмалинском районе', 0, 'district', 'Almaly District (Almaty)', ALM, {'subkind': CD, 'note': 'headline'}),
        ('Ауэзовском', 0, 'district', 'Auezov District (Almaty)', ALM, {'subkind': CD, 'note': 'headline; head noun shared with "Алмалинском районе"'}),
        ('АЛМАТЫ', 0, 'city', 'Almaty', ALM, {'note': 'dateline'}),
        ('улице Казыбек би', 0, 'facility', 'Kazybek Bi Street (Almaty)', ALM, {'subkind': 'street', 'note': 'street named after a person; not the Karaganda district'}),
        ('Алмалинском районе', 1, 'district', 'Almaly District (Almaty)', ALM, {'subkind': CD}),
        ('Ауэзовском районе', 0, 'district', 'Auezov District (Almaty)', ALM, {'subkind': CD}),
        ('5-м микрорайоне', 0, 'district', '5th microdistrict (Almaty)', ALM, {'subkind': 'microdistrict', 'note': 'numbered microdistrict'}),
        ('Каскелена', 0, 'city', 'Kaskelen', ALR, {'note': "NI:suspects' supposed residence"}),
        ('Алматинской области', 0, 'region', ALR, ALR, {'note': 'NI:inside the name of an authority (police) joining the search'}),
        ('проспекте Райымбека', 0, 'facility', 'Raiymbek Avenue (Almaty)', ALM, {'subkind': 'street', 'note': 'avenue named after a person'}),
        ('Жетысуском районе', 0, 'district', 'Zhetysu District (Almaty)', ALM, {'subkind': CD, 'note': 'district of Almaty; no Jetisu Region existed in 2002'}),
        ('всех шести районах города', 0, 'quantified', 'all 6 districts', N, {'count': 6, 'unit': 'district', 'quantifier': 'all', 'note': 'daily statistics of fires and road accidents; not counted'}),
        ('Алматы', 1, 'city', 'Almaty', ALM, {'note': 'inside the name of an authority (ГУВД)'}),
        ('Улица Казыбек би', 0, 'facility', 'Kazybek Bi Street (Almaty)', ALM, {'subkind': 'street', 'note': 'NI:explanation of names'}),
        ('проспект Райымбека', 0, 'facility', 'Raiymbek Avenue (Almaty)', ALM, {'subkind': 'street', 'note': 'NI:explanation of names'}),
        ('Ауэзовский район', 0, 'district', 'Auezov District (Almaty)', ALM, {'subkind': CD, 'note': 'NI:explanation of names'}),
     ],
     inc={ALM: (3, 'restaurant fire on Kazybek Bi Street, Almaly district; armed robbery of a jeweller\'s in Auezov district, guard wounded; fatal pedestrian collision on Raiymbek Avenue, Zhetysu district; the daily statistics (11 fires, 24 accidents) not counted')}),

dict(id='p013', date='2024-03-20', lang='ru',
     event='2024 chronicle of namesakes: fire at a construction site in Nura district of Astana; bus-lorry collision near Kievka in Nura district (Karaganda Region); gas explosion in a house in the town of Abai (Karaganda Region); market fire in Semey (Abai Region); gas blast in a flat in Abai district of Shymkent; the Nura river ice drift, a warning; the poet Abai',
     text="""«Нура» и «Абай»: одни названия — разные адреса
Хроника происшествий за 19 марта

АСТАНА. В районе Нура, самом молодом районе столицы, на стройке жилого комплекса загорелись утеплитель и строительные леса. Пожар на площади 300 квадратных метров потушили за два часа, двое рабочих отравились дымом, сообщили в департаменте по ЧС Астаны. Подрядчика проверят на соблюдение правил пожарной безопасности.

КАРАГАНДИНСКАЯ ОБЛАСТЬ. Почти в то же время в Нуринском районе, у села Киевка, рейсовый автобус из Караганды столкнулся с грузовиком. Пострадали девять пассажиров, их доставили в районную больницу. Синоптики предупреждают о подъёме воды на реке Нура, давшей имя и району, и столичному району; жителей прибрежных сёл просят быть готовыми к эвакуации.

В городе Абай в частном доме взорвался газовый баллон. Обрушилась стена, хозяйку дома с ожогами госпитализировали в Караганду.

СЕМЕЙ. На рынке «Бахыт» ночью сгорели 12 торговых контейнеров. Как сообщили в ДЧС области Абай, огонь мог начаться от обогревателя. Ущерб торговцы оценивают в 40 миллионов тенге и просят акимат об отсрочке аренды. Область, выделенная из Восточно-Казахстанской в 2022 году, носит имя поэта, как и город под Карагандой.

ШЫМКЕНТ. В Абайском районе Шымкента от взрыва газовоздушной смеси в квартире на четвёртом этаже пострадали двое. По предварительным данным, причиной стала утечка газа из плиты. Жильцов соседних квартир временно расселили.

Редакция напоминает: в стране есть по меньшей мере пять мест с названием «Абай» — область, город, два района и множество улиц, поэтому в сообщениях о происшествиях важно указывать регион. С названием «Нура» путаницы меньше: это река, район Карагандинской области и район Астаны.""",
     ann=[
        ('АСТАНА', 0, 'city', 'Astana', AST, {'note': 'section dateline'}),
        ('районе Нура', 0, 'district', 'Nura District (Astana)', AST, {'subkind': CD, 'note': 'district of the capital, not the Karaganda district'}),
        ('Астаны', 0, 'city', 'Astana', AST, {'note': 'inside the name of an authority'}),
        ('КАРАГАНДИНСКАЯ ОБЛАСТЬ', 0, 'region', KR, KR, {'note': 'section dateline'}),
        ('Нуринском районе', 0, 'district', 'Nura District', KR),
        ('Киевка', 0, 'village', 'Kievka', KR, {'note': '"у села Киевка", the crash site'}),
        ('Караганды', 0, 'city', 'Karaganda', KR, {'note': "NI:bus's origin"}),
        ('реке Нура', 0, 'facility', 'Nura River', N, {'subkind': 'river', 'note': 'NI:warning of rising water'}),
        ('Абай', 1, 'city', 'Abai', KR, {'note': 'the Karaganda town, not Abai Region'}),
        ('Караганду', 0, 'city', 'Karaganda', KR, {'note': 'NI:hospital'}),
        ('СЕМЕЙ', 0, 'city', 'Semey', ABR, {'note': 'section dateline; Abai Region since 2022-06-08'}),
        ('Бахыт', 0, 'facility', 'Bakhyt market (Semey)', ABR, {'subkind': 'market', 'note': 'name in quotes'}),
        ('области Абай', 0, 'region', ABR, ABR, {'note': 'inside the name of an authority (ДЧС)'}),
        ('Восточно-Казахстанской', 0, 'region', EKR, EKR, {'note': 'NI:background (the region Abai Region was split from); head noun "области" implied'}),
        ('Карагандой', 0, 'city', 'Karaganda', KR, {'note': 'NI:reference point ("город под Карагандой" = Abai)'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', SHY, {'note': 'section dateline'}),
        ('Абайском районе', 0, 'district', 'Abai District (Shymkent)', SHY, {'subkind': CD, 'note': 'district of Shymkent, not Abai Region'}),
        ('Шымкента', 0, 'city', 'Shymkent', SHY),
        ('Карагандинской области', 0, 'region', KR, KR, {'note': 'NI:explanation of namesakes'}),
        ('Астаны', 1, 'city', 'Astana', AST, {'note': 'NI:explanation of namesakes'}),
     ],
     inc={AST: (1, 'fire at a construction site in Nura district, two workers poisoned by smoke'),
          KR: (2, 'bus-lorry collision near Kievka, Nura district; gas cylinder explosion in a house in Abai; the river warning is not counted'),
          ABR: (1, 'fire of 12 containers at the Bakhyt market in Semey'),
          SHY: (1, 'gas explosion in a flat in Abai district of Shymkent')}),

dict(id='p014', date='2018-07-10', lang='ru',
     event='2018 fatal minibus-car collision in Turan district of Shymkent, three weeks after Shymkent became a city of republican significance; a cotton warehouse fire in Saryagash (Turkistan Region, the renamed South Kazakhstan Region)',
     text="""ДТП в Туранском районе Шымкента: погибли двое
ШЫМКЕНТ, 10 июля. Маршрутное такси и легковой автомобиль столкнулись в понедельник вечером на перекрёстке в Туранском районе. Двое пассажиров легковушки погибли, пятеро пассажиров маршрутки госпитализированы, сообщили в департаменте полиции Шымкента — ведомство создано после того, как 19 июня город получил статус города республиканского значения.

Туранский район — новый: его образовали в этом году из части Абайского и Енбекшинского районов. Многие водители ещё путаются в адресах, а навигаторы показывают старые границы.

В ту же ночь в Сарыагаше сгорел склад хлопка площадью около 500 квадратных метров. Пострадавших нет, сообщили в ДЧС Туркестанской области — так с 19 июня называется бывшая Южно-Казахстанская область, центр которой перенесён из Шымкента в Туркестан.""",
     ann=[
        ('Туранском районе', 0, 'district', 'Turan District (Shymkent)', SHY, {'subkind': CD, 'note': 'headline'}),
        ('Шымкента', 0, 'city', 'Shymkent', SHY, {'note': 'headline; city of republican significance since 2018-06-19'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', SHY, {'note': 'dateline'}),
        ('Туранском районе', 1, 'district', 'Turan District (Shymkent)', SHY, {'subkind': CD}),
        ('Шымкента', 1, 'city', 'Shymkent', SHY, {'note': 'inside the name of an authority (police department)'}),
        ('Туранский район', 0, 'district', 'Turan District (Shymkent)', SHY, {'subkind': CD, 'note': 'NI:background'}),
        ('Абайского', 0, 'district', 'Abai District (Shymkent)', SHY, {'subkind': CD, 'note': 'NI:background; in a list sharing "районов"; not Abai Region'}),
        ('Енбекшинского районов', 0, 'district', 'Enbekshi District (Shymkent)', SHY, {'subkind': CD, 'note': 'NI:background; shared plural head noun'}),
        ('Сарыагаше', 0, 'city', 'Saryagash', TR),
        ('Туркестанской области', 0, 'region', TR, TR, {'note': 'inside the name of an authority (ДЧС)'}),
        ('Южно-Казахстанская область', 0, 'region', TR, TR, {'uncertain': True, 'note': 'NI:the former name of the region renamed on 2018-06-19; labelled with the unit holding its land on the article date'}),
        ('Шымкента', 2, 'city', 'Shymkent', SHY, {'note': 'NI:former regional centre'}),
        ('Туркестан', 0, 'city', 'Turkistan', TR, {'note': 'NI:new regional centre'}),
     ],
     inc={SHY: (1, 'minibus-car collision in Turan district, two dead'),
          TR: (1, 'cotton warehouse fire in Saryagash')}),

dict(id='p015', date='1996-05-14', lang='ru',
     event='1996 warehouse fire in the town of Baikonur (former Leninsk, Kyzylorda Region, leased to Russia) and a car crash near Toretam; Moscow and the Russian space agency; the cosmodrome',
     text="""Пожар на складе в Байконуре
КЫЗЫЛОРДА, 14 мая. В городе Байконур, который до прошлого года назывался Ленинском, в ночь на понедельник сгорел склад коммунального предприятия. Огонь уничтожил запас угля и две машины, пострадавших нет. Тушили пожар российские военные пожарные и расчёт из посёлка Тюратам.

По словам главы городской администрации, склад не охранялся с зимы: зарплату сторожам задерживают уже четыре месяца. Глава администрации назначается по согласованию Алматы и Москвы, поскольку город вместе с космодромом Байконур арендован Россией.

Днём раньше на трассе недалеко от Тюратама перевернулся автомобиль «Жигули»; водитель, житель Кызылорды, получил переломы.

В областном центре напоминают, что Кызылординская область отвечает за трассу, а город — за свои улицы.""",
     ann=[
        ('Байконуре', 0, 'city', 'Baikonur', KZR, {'note': 'headline; town leased to Russia'}),
        ('КЫЗЫЛОРДА', 0, 'city', 'Kyzylorda', KZR, {'note': 'dateline'}),
        ('Байконур', 0, 'city', 'Baikonur', KZR, {'note': 'after "В городе"'}),
        ('Ленинском', 0, 'city', 'Baikonur', KZR, {'note': 'NI:the former name (Leninsk, until 1995)'}),
        ('Тюратам', 0, 'village', 'Toretam', KZR, {'note': 'NI:origin of firefighters; Russian name of Toretam'}),
        ('Алматы', 0, 'city', 'Almaty', ALM, {'uncertain': True, 'note': 'NI:metonymy for the government of Kazakhstan (Almaty was the capital in 1996)'}),
        ('Москвы', 0, 'foreign', 'Moscow', N, {'uncertain': True, 'note': 'metonymy for the Russian government'}),
        ('космодромом Байконур', 0, 'facility', 'Baikonur Cosmodrome', KZR, {'subkind': 'cosmodrome', 'note': 'NI:leased to Russia'}),
        ('Россией', 0, 'foreign', 'Russia', N, {'note': 'lessee'}),
        ('Тюратама', 0, 'village', 'Toretam', KZR, {'note': 'reference point of the crash, which is in Kyzylorda Region'}),
        ('Кызылорды', 0, 'city', 'Kyzylorda', KZR, {'note': "NI:driver's residence"}),
        ('Кызылординская область', 0, 'region', KZR, KZR),
     ],
     inc={KZR: (2, 'warehouse fire in Baikonur; car overturned near Toretam (Tyuratam)')}),

dict(id='p016', date='2012-01-23', lang='ru',
     event='2012 fire at a market in Turksib district of Almaty and a fatal collision on the Kapshagay road in Alatau district; a derailment on the Turksib railway near Sary-Ozek (Almaty Region) with no casualties; the Turksib district vs the Turksib railway',
     text="""Турксиб: пожар на рынке и сход вагонов
АЛМАТЫ, 23 января. В Турксибском районе Алматы в воскресенье утром горел вещевой рынок: огонь уничтожил 30 контейнеров, один продавец получил ожоги. Пожар тушили пять часов при морозе минус 25 градусов, сообщили в департаменте по ЧС города.

Вечером того же дня в Алатауском районе, на выезде на Капчагайскую трассу, столкнулись два автомобиля, погиб один человек.

Тем временем на Турксибе — железной дороге, в честь которой назван район, — у станции Сарыозек Алматинской области с рельсов сошли шесть порожних вагонов грузового поезда. Пострадавших нет, движение восстановлено через восемь часов, сообщили в «Казахстан темир жолы».""",
     ann=[
        ('Турксиб', 0, 'facility', 'Turksib railway', N, {'subkind': 'railway', 'uncertain': True, 'note': 'headline; the word covers both the railway and the Almaty district named after it; read as the railway'}),
        ('АЛМАТЫ', 0, 'city', 'Almaty', ALM, {'note': 'dateline'}),
        ('Турксибском районе', 0, 'district', 'Turksib District (Almaty)', ALM, {'subkind': CD}),
        ('Алматы', 0, 'city', 'Almaty', ALM),
        ('Алатауском районе', 0, 'district', 'Alatau District (Almaty)', ALM, {'subkind': CD}),
        ('Капчагайскую трассу', 0, 'facility', 'Almaty-Kapchagay road', N, {'subkind': 'road', 'note': 'NI:road named after the town of Kapchagay (Almaty Region); the crash was at its exit from Almaty'}),
        ('Турксибе', 0, 'facility', 'Turksib railway', N, {'subkind': 'railway', 'note': 'railway crossing several units; the derailment is at Saryozek'}),
        ('станции Сарыозек', 0, 'facility', 'Saryozek railway station', ALR, {'subkind': 'railway station'}),
        ('Алматинской области', 0, 'region', ALR, ALR),
     ],
     inc={ALM: (2, 'market fire in Turksib district; fatal collision in Alatau district'),
          ALR: (1, 'derailment of six empty wagons at Saryozek station, no casualties (a railway accident)')}),
]
