"""Russian texts of the sixth unseen check corpus (annotation tuples described in
tests/build_check_corpus.py)."""
N = None
JR, ALR, KYR, TR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'Turkistan Region', 'South Kazakhstan Region'
ABR, JTR, EKR, MR, KOR = 'Abai Region', 'Jetisu Region', 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR, UR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region', 'Ulytau Region'
ATR, AR, WKR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region'

DOCS = [
dict(id='z009', date='2000-01-18', lang='ru',
     event='2000 gas cylinder explosion in a block of flats in Ekibastuz and a coal store fire in Maikain, Bayanaul district (Pavlodar Region)',
     text="""ПАВЛОДАР, 18 января – КазТАГ. Три человека погибли при взрыве газового баллона в пятиэтажном жилом доме в Экибастузе во вторник утром, сообщили в департаменте по чрезвычайным ситуациям Павлодарской области.
Взрыв разрушил две квартиры на третьем этаже дома на улице Машхур Жусупа. Пятерых пострадавших доставили в городскую больницу, двоих тяжелораненых вертолётом перевезли в Павлодар, передаёт газета «Звезда Прииртышья».
«Дом не подключён к газовой сети, поэтому жильцы готовили на баллонном газе, – пояснил начальник городского отдела ЧС Бауыржан Экибастузов. – Но хранить баллоны в квартире запрещено».
В тот же день в посёлке Майкаин Баянаульского района сгорел угольный склад местной шахты, пострадавших нет. Огонь тушили шесть часов.
Аким области распорядился проверить газовое оборудование жилых домов во всех районах области. По данным МЧС Казахстана, с начала зимы в стране при взрывах газа и от отравления угарным газом погибли 46 человек.""",
     ann=[
        ('ПАВЛОДАР', 0, 'city', 'Pavlodar', PR, {'note': 'dateline'}),
        ('Экибастузе', 0, 'city', 'Ekibastuz', PR),
        ('Павлодарской области', 0, 'region', PR, PR, {'note': 'inside the name of an authority'}),
        ('Машхур Жусупа', 0, 'facility', 'Mashkhur Zhusup Street (Ekibastuz)', PR, {'subkind': 'street'}),
        ('Павлодар', 0, 'city', 'Pavlodar', PR, {'note': 'NI:hospital city'}),
        ('Майкаин', 0, 'village', 'Maikain', PR),
        ('Баянаульского района', 0, 'district', 'Bayanaul District', PR),
        ('всех районах', 0, 'quantified', 'all districts', N, {'count': None, 'unit': 'district', 'quantifier': 'all', 'note': 'inspections, not incidents'}),
        ('Казахстана', 0, 'country', 'Kazakhstan', N),
     ],
     inc={PR: (2, 'gas cylinder explosion in Ekibastuz; coal store fire in Maikain')}),

dict(id='z010', date='2005-08-16', lang='ru',
     event='2005 fishing boat capsized in the Small Aral Sea off Karateren (Aral district) and a windstorm in Aiteke Bi (Kazaly district), Kyzylorda Region',
     text="""КЫЗЫЛОРДА, 16 августа. Двое рыбаков утонули в воскресенье в Малом Аральском море у села Каратерен Аральского района, когда их перегруженная лодка перевернулась, сообщили в департаменте ЧС Кызылординской области.
Третьему рыбаку, жителю села Каратерен, удалось доплыть до берега. Тела погибших нашли на следующий день водолазы, прибывшие из Кызылорды.
В понедельник сильный ветер повредил кровли 40 домов в посёлке Айтеке би Казалинского района. Электричество в посёлке восстановили только к утру.
«После строительства Кокаральской плотины море вернулось к Аральску, рыбаков стало больше, а опыта у многих нет», – сказал аким Аральского района Мурат Аралбаев.
Плотина, построенная в этом году при поддержке Всемирного банка, отделила северную часть моря от южной, которая находится в основном на территории Узбекистана. Рыбаки жалуются, что из-за нехватки холодильников улов приходится сдавать перекупщикам.""",
     ann=[
        ('КЫЗЫЛОРДА', 0, 'city', 'Kyzylorda', KYR, {'note': 'dateline'}),
        ('Малом Аральском море', 0, 'facility', 'Small Aral Sea', N, {'subkind': 'sea'}),
        ('Каратерен', 0, 'village', 'Karateren', KYR),
        ('Аральского района', 0, 'district', 'Aral District', KYR),
        ('Кызылординской области', 0, 'region', KYR, KYR, {'note': 'inside the name of an authority'}),
        ('Каратерен', 1, 'village', 'Karateren', KYR, {'note': 'NI:residence of the survivor'}),
        ('Кызылорды', 0, 'city', 'Kyzylorda', KYR, {'note': 'NI:origin of the divers'}),
        ('Айтеке би', 0, 'village', 'Aiteke Bi', KYR),
        ('Казалинского района', 0, 'district', 'Kazaly District', KYR),
        ('Кокаральской плотины', 0, 'facility', 'Kokaral Dam', KYR, {'subkind': 'dam', 'note': 'NI:background'}),
        ('Аральску', 0, 'city', 'Aralsk', KYR, {'note': 'NI:background'}),
        ('Аральского района', 1, 'district', 'Aral District', KYR, {'note': 'inside an official\'s title'}),
        ('Узбекистана', 0, 'foreign', 'Uzbekistan', N),
     ],
     inc={KYR: (2, 'boat capsized off Karateren, two drowned; windstorm damage in Aiteke Bi')}),

dict(id='z011', date='2018-07-03', lang='ru',
     event='2018 minibus-lorry crash on the Samara-Shymkent highway in Ordabasy district (Turkistan Region) and a market fire in Enbekshi district of Shymkent',
     text="""ШЫМКЕНТ, 3 июля – Interfax-Kazakhstan. Пять человек погибли и восемь пострадали в результате столкновения микроавтобуса и грузовика на трассе Самара – Шымкент в Ордабасинском районе Туркестанской области, сообщили в полиции региона.
Микроавтобус следовал из Туркестана в Шымкент. Пострадавших доставили в больницы Шымкента, двое находятся в реанимации.
Ночью в Шымкенте, в Енбекшинском районе, сгорели 12 павильонов на рынке «Айна». Огонь тушили 60 пожарных, причиной называют короткое замыкание.
Напомним, в июне Шымкент получил статус города республиканского значения, а бывшая Южно-Казахстанская область переименована в Туркестанскую с центром в Туркестане.
«Участок трассы в районе Темирлановки остаётся одним из самых опасных», – сказал представитель департамента полиции Туркестанской области Ерлан Ордабаев.""",
     ann=[
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'dateline'}),
        ('Самара', 0, 'foreign', 'Samara', N, {'note': 'route endpoint'}),
        ('Шымкент', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:route endpoint'}),
        ('Ордабасинском районе', 0, 'district', 'Ordabasy District', TR),
        ('Туркестанской области', 0, 'region', TR, TR),
        ('Туркестана', 0, 'city', 'Turkistan', TR, {'note': 'NI:origin of the minibus'}),
        ('Шымкент', 1, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:destination of the minibus'}),
        ('Шымкента', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:hospitals'}),
        ('Шымкенте', 0, 'city', 'Shymkent', 'Shymkent'),
        ('Енбекшинском районе', 0, 'district', 'Enbekshi District (Shymkent)', 'Shymkent', {'subkind': 'city district'}),
        ('Айна', 0, 'facility', 'Aina market (Shymkent)', 'Shymkent', {'subkind': 'market'}),
        ('Шымкент', 2, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:background on the reform'}),
        ('Южно-Казахстанская область', 0, 'region', TR, TR, {'uncertain': True, 'note': 'NI:former name of the region, not in force on the article date'}),
        ('Туркестанскую', 0, 'region', TR, TR, {'note': 'NI:background on the reform'}),
        ('Туркестане', 0, 'city', 'Turkistan', TR, {'note': 'NI:regional centre'}),
        ('Темирлановки', 0, 'village', 'Temirlanovka', TR, {'note': 'NI:general statement on the road'}),
        ('Туркестанской области', 1, 'region', TR, TR, {'note': 'inside the name of an authority'}),
     ],
     inc={TR: (1, 'minibus-lorry crash in Ordabasy district'),
          'Shymkent': (1, 'fire at the Aina market in Enbekshi district')}),

dict(id='z012', date='2022-06-10', lang='ru',
     event='2022 gas explosion destroys a house in Ayagoz, two days after the Abai Region was created',
     text="""АЯГОЗ, 10 июня – Orda.kz. Взрыв газовоздушной смеси разрушил частный дом на улице Бокейханова в Аягозе в четверг вечером. Погибла пожилая женщина, её внук с ожогами доставлен в Семей.
Это первое крупное ЧП в новой Абайской области, созданной 8 июня. До этого Аягозский район и город входили в Восточно-Казахстанскую область.
По словам спасателей, в доме хранили четыре газовых баллона. «Мы просим жителей не держать баллоны в жилых комнатах», – сказал начальник департамента по ЧС области Абай Ерланулы.
В пятницу из Усть-Каменогорска в Семей прибыли специалисты для проверки газовых сетей. Новые Абайская, Жетысуская и Улытауская области пока формируют свои департаменты, и перевод служб из Усть-Каменогорска, Алматы и Караганды займёт несколько месяцев, признают в правительстве.""",
     ann=[
        ('АЯГОЗ', 0, 'city', 'Ayagoz', ABR, {'note': 'dateline'}),
        ('Бокейханова', 0, 'facility', 'Bokeikhanov Street (Ayagoz)', ABR, {'subkind': 'street'}),
        ('Аягозе', 0, 'city', 'Ayagoz', ABR),
        ('Семей', 0, 'city', 'Semey', ABR, {'note': 'NI:hospital city'}),
        ('Абайской области', 0, 'region', ABR, ABR),
        ('Аягозский район', 0, 'district', 'Ayagoz District', ABR, {'note': 'NI:background on the reform'}),
        ('Восточно-Казахстанскую область', 0, 'region', EKR, EKR, {'note': 'NI:former unit of Ayagoz'}),
        ('Усть-Каменогорска', 0, 'city', 'Oskemen', EKR, {'note': 'NI:origin of specialists'}),
        ('Семей', 1, 'city', 'Semey', ABR, {'note': 'NI:destination of specialists'}),
        ('Абайская', 0, 'region', ABR, ABR, {'note': 'NI:list of new regions'}),
        ('Жетысуская', 0, 'region', JTR, JTR, {'note': 'NI:list of new regions'}),
        ('Улытауская', 0, 'region', UR, UR, {'note': 'NI:list of new regions'}),
        ('Усть-Каменогорска', 1, 'city', 'Oskemen', EKR, {'note': 'NI:administrative transfer'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:administrative transfer'}),
        ('Караганды', 0, 'city', 'Karaganda', KR, {'note': 'NI:administrative transfer'}),
     ],
     inc={ABR: (1, 'gas explosion in a house in Ayagoz')}),

dict(id='z013', date='2025-05-14', lang='ru',
     event='2025 rock fall kills a miner at the Sokolovsky underground mine near Rudny and a grass fire burns houses in Boskol, Karabalyk district (Kostanay Region)',
     text="""РУДНЫЙ, 14 мая – Tengrinews.kz. На Соколовском подземном руднике под Рудным в среду обрушилась порода, под завалом оказались двое горняков. Одного спасли через шесть часов, второй погиб, сообщили в департаменте по ЧС Костанайской области.
Рудник принадлежит Соколовско-Сарбайскому горно-обогатительному производственному объединению. Горноспасатели прибыли из Лисаковска и Костаная, в работах участвовали 45 человек.
«Участок был признан безопасным после проверки в апреле», – заявил представитель компании Рустам Тобылов. Причины обрушения изучат специалисты Карагандинского технического университета.
Накануне в селе Босколь Карабалыкского района, в 90 км от Костаная, сгорели три жилых дома и сараи: огонь перекинулся на дворы с горящей степи. Жителей приютили соседи.
Прокуратура области начала проверку соблюдения правил безопасности на всех рудниках региона. Железорудные окатыши из Рудного поставляются на металлургические заводы в Китае и России.""",
     ann=[
        ('РУДНЫЙ', 0, 'city', 'Rudny', KOR, {'note': 'dateline'}),
        ('Соколовском подземном руднике', 0, 'facility', 'Sokolovsky underground mine', KOR, {'subkind': 'mine'}),
        ('Рудным', 0, 'city', 'Rudny', KOR),
        ('Костанайской области', 0, 'region', KOR, KOR, {'note': 'inside the name of an authority'}),
        ('Лисаковска', 0, 'city', 'Lisakovsk', KOR, {'note': 'NI:origin of mine rescuers'}),
        ('Костаная', 0, 'city', 'Kostanay', KOR, {'note': 'NI:origin of mine rescuers'}),
        ('Босколь', 0, 'village', 'Boskol', KOR),
        ('Карабалыкского района', 0, 'district', 'Karabalyk District', KOR),
        ('Костаная', 1, 'city', 'Kostanay', KOR, {'note': 'NI:reference point'}),
        ('Рудного', 0, 'city', 'Rudny', KOR, {'note': 'NI:origin of the ore'}),
        ('Китае', 0, 'foreign', 'China', N),
        ('России', 0, 'foreign', 'Russia', N),
     ],
     inc={KOR: (2, 'rock fall at the Sokolovsky mine; fire burning three houses in Boskol')}),

dict(id='z014', date='2014-12-03', lang='ru',
     event='2014 college dormitory fire in Petropavlovsk and a suspected intestinal infection at a school in Mamlyutka (North Kazakhstan Region)',
     text="""ПЕТРОПАВЛОВСК, 3 декабря – Kazinform. Пожар в общежитии колледжа на улице Интернациональной в Петропавловске ночью во вторник унёс жизнь одного студента, ещё 11 человек отравились дымом. Из здания эвакуировали 160 человек, сообщили в ДЧС Северо-Казахстанской области.
В тот же день 17 учеников школы в городе Мамлютка были госпитализированы с признаками кишечной инфекции. Санитарные врачи взяли пробы в школьной столовой, продукты для которой поставляет фирма из Кызылжарского района.
«Все дети в удовлетворительном состоянии, угрозы жизни нет», – сообщила руководитель управления здравоохранения области Асель Есильбаева.
Студентов временно расселили в гостинице и в двух других общежитиях города. Родители части студентов приехали из Тайынши, Булаево и из Омской области России. Причины пожара выясняет комиссия, по факту гибели студента возбуждено уголовное дело.""",
     ann=[
        ('ПЕТРОПАВЛОВСК', 0, 'city', 'Petropavl', NKR, {'note': 'dateline'}),
        ('Интернациональной', 0, 'facility', 'Internatsionalnaya Street (Petropavl)', NKR, {'subkind': 'street'}),
        ('Петропавловске', 0, 'city', 'Petropavl', NKR),
        ('Северо-Казахстанской области', 0, 'region', NKR, NKR, {'note': 'inside the name of an authority'}),
        ('Мамлютка', 0, 'city', 'Mamlyutka', NKR),
        ('Кызылжарского района', 0, 'district', 'Kyzylzhar District', NKR, {'note': 'NI:origin of the food supplier'}),
        ('Тайынши', 0, 'city', 'Tayynsha', NKR, {'note': 'NI:origin of parents'}),
        ('Булаево', 0, 'city', 'Bulayevo', NKR, {'note': 'NI:origin of parents'}),
        ('Омской области', 0, 'foreign', 'Omsk Oblast', N, {'note': 'origin of parents'}),
        ('России', 0, 'foreign', 'Russia', N),
     ],
     inc={NKR: (2, 'dormitory fire in Petropavlovsk; mass intestinal infection at a school in Mamlyutka (non-fatal mishap; doubtful)')}),

dict(id='z015', date='2019-05-02', lang='ru',
     event='2019 unsanctioned May Day rallies and detentions in Nur-Sultan and in Astana Square in Almaty',
     text="""НУР-СУЛТАН, 2 мая – Vlast.kz. Полиция задержала около 40 человек, пытавшихся провести несанкционированные митинги в Нур-Султане и Алматы в среду, сообщили в МВД Казахстана.
В столице несколько десятков человек собрались на одной из площадей левого берега с плакатами «Выбор за нами». В Алматы акция прошла на площади Астана, где полиция задержала 25 участников.
По данным правозащитников, небольшие акции прошли также в нескольких других городах, но задержания там не подтверждены.
«Люди вправе выражать мнение, но в рамках закона», – заявил официальный представитель МВД Ерлан Алматов.
Наблюдатели из Алматы и Бишкека призвали власти освободить задержанных. Суды Есильского района столицы в четверг начали рассматривать первые административные дела, большинству задержанных грозят штрафы или аресты до 15 суток.""",
     ann=[
        ('НУР-СУЛТАН', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Нур-Султане', 0, 'city', 'Astana', 'Astana'),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty'),
        ('Казахстана', 0, 'country', 'Kazakhstan', N),
        ('Алматы', 1, 'city', 'Almaty', 'Almaty'),
        ('Астана', 0, 'facility', 'Astana Square (Almaty)', 'Almaty', {'subkind': 'square'}),
        ('нескольких других городах', 0, 'quantified', 'several cities', N, {'count': None, 'unit': 'city', 'note': 'rallies in unnamed cities'}),
        ('Алматы', 2, 'city', 'Almaty', 'Almaty', {'note': 'NI:residence of observers'}),
        ('Бишкека', 0, 'foreign', 'Bishkek', N, {'note': 'residence of observers'}),
        ('Есильского района', 0, 'district', 'Yesil District (Astana)', 'Astana', {'subkind': 'city district', 'note': 'NI:courts'}),
     ],
     inc={'Astana': (1, 'unsanctioned rally on the left bank with detentions'),
          'Almaty': (1, 'rally in Astana Square with 25 detentions')},
     unatt=[{'label': 'нескольких других городах', 'count': None, 'note': 'small rallies in several other, unnamed cities'}]),

dict(id='z016', date='2026-03-12', lang='ru',
     event='2026 new railway lines Bakhty-Ayagoz, Darbaza-Maktaaral and Dostyk-Moiynty (no incident)',
     text="""АЛМАТЫ, 12 марта – Interfax-Kazakhstan. Строительство железнодорожной линии Бахты – Аягоз выйдет на финишную прямую летом, а первые грузовые поезда по ней пойдут в 2027 году, сообщили в национальной железнодорожной компании.
Линия длиной 272 км свяжет Аягоз с новым пограничным переходом Бахты на границе с Китаем. Сейчас почти весь транзит в Китай идёт через Достык и Алтынколь.
Одновременно завершается укладка путей на линии Дарбаза – Мактаарал в Туркестанской области, которая разгрузит узел Сарыагаш. Вторые пути строятся и на участке Достык – Мойынты.
«Новые линии пройдут по территории трёх областей, там появятся сотни рабочих мест», – сказал вице-министр транспорта Талгат Достыкбаев.
Грузы из китайского Тачэна через Бахты пойдут дальше на Туркменистан и Иран. Проекты финансируют государство и международные банки. По оценке транспортного аналитика из Астаны Марата Жумабаева, новые линии сократят путь грузов в Европу на несколько суток.""",
     ann=[
        ('АЛМАТЫ', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Бахты', 0, 'village', 'Bakhty', ABR, {'note': 'route endpoint'}),
        ('Аягоз', 0, 'city', 'Ayagoz', ABR, {'note': 'route endpoint'}),
        ('Аягоз', 1, 'city', 'Ayagoz', ABR),
        ('Бахты', 1, 'facility', 'Bakhty border crossing', ABR, {'subkind': 'border post'}),
        ('Китаем', 0, 'foreign', 'China', N),
        ('Китай', 0, 'foreign', 'China', N),
        ('Достык', 0, 'village', 'Dostyk', JTR),
        ('Алтынколь', 0, 'village', 'Altynkol', JTR),
        ('Дарбаза', 0, 'village', 'Darbaza', TR, {'note': 'route endpoint'}),
        ('Мактаарал', 0, 'facility', 'Maktaaral station', TR, {'subkind': 'railway station', 'uncertain': True, 'note': 'route endpoint; the station or the district of that name'}),
        ('Туркестанской области', 0, 'region', TR, TR),
        ('Сарыагаш', 0, 'city', 'Saryagash', TR, {'note': 'railway junction named after the town'}),
        ('Достык', 1, 'village', 'Dostyk', JTR, {'note': 'route endpoint'}),
        ('Мойынты', 0, 'village', 'Moiynty', KR, {'note': 'route endpoint'}),
        ('трёх областей', 0, 'quantified', '3 regions', N, {'count': 3, 'unit': 'region', 'note': 'construction, not incidents'}),
        ('Тачэна', 0, 'foreign', 'Tacheng', N),
        ('Бахты', 2, 'village', 'Bakhty', ABR, {'note': 'transit point'}),
        ('Туркменистан', 0, 'foreign', 'Turkmenistan', N),
        ('Иран', 0, 'foreign', 'Iran', N),
        ('Астаны', 0, 'city', 'Astana', 'Astana', {'note': 'NI:where the analyst works'}),
        ('Европу', 0, 'foreign', 'Europe', N, {'subkind': 'macro-region'}),
     ],
     inc={}),
]
