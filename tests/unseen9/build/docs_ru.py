"""Russian texts of the ninth unseen check corpus (annotation tuples described in
tests/build_check_corpus.py)."""
N = None
JR, ALR, KYR, TR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'Turkistan Region', 'South Kazakhstan Region'
ABR, JTR, EKR, MR, KOR = 'Abai Region', 'Jetisu Region', 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR, UR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region', 'Ulytau Region'
ATR, AR, WKR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region'

DOCS = [
dict(id='r009', date='1995-11-21', lang='ru',
     event='1995 explosion at the Annensky mine near Zhezkazgan and a strike at the Zhezkazgan copper smelter (Zhezkazgan Region, now Ulytau Region land; Karaganda Region on the article date)',
     text="""ЖЕЗКАЗГАН, 21 ноября (Интерфакс-Казахстан). Двое горняков погибли и пятеро получили травмы в результате взрыва на Анненском руднике под Жезказганом, сообщили в управлении по чрезвычайным ситуациям Жезказганской области.
По предварительным данным, на глубине 320 метров сдетонировала партия взрывчатки, которую готовили к отпалке. Пострадавших доставили в городскую больницу Жезказгана, двоих в тяжёлом состоянии отправили санавиацией в Караганду.
Тем временем около 600 рабочих медеплавильного завода в Жезказгане третий день продолжают забастовку, требуя выплатить долги по зарплате за пять месяцев. «Люди не видели денег с июня, а зима уже пришла», — сказал председатель профкома Нурлан Улытауов.
Руководство корпорации «Жезказганцветмет» обещает погасить долги до конца года за счёт экспорта катодной меди в Китай и Швейцарию. Медь вывозят по железной дороге через Караганду и Балхаш.
Жезказганская область была образована в 1973 году; её горняки добывают больше половины меди Казахстана.""",
     ann=[
        ('ЖЕЗКАЗГАН', 0, 'city', 'Zhezkazgan', KR, {'note': 'dateline; Karaganda Region on the article date (Ulytau Region only from 2022)'}),
        ('Анненском руднике', 0, 'facility', 'Annensky mine', KR, {'subkind': 'mine'}),
        ('Жезказганом', 0, 'city', 'Zhezkazgan', KR, {'note': 'NI:reference point ("под")'}),
        ('Жезказганской области', 0, 'region', KR, KR, {'uncertain': True, 'note': 'inside the name of an authority; Zhezkazgan Region existed until 1997 and is not a canonical unit; its land lay in Karaganda Region on the article date'}),
        ('Жезказгана', 0, 'city', 'Zhezkazgan', KR, {'note': 'NI:hospital town'}),
        ('Караганду', 0, 'city', 'Karaganda', KR, {'note': 'NI:where patients were flown'}),
        ('Жезказгане', 0, 'city', 'Zhezkazgan', KR),
        ('Китай', 0, 'foreign', 'China', N),
        ('Швейцарию', 0, 'foreign', 'Switzerland', N),
        ('Караганду', 1, 'city', 'Karaganda', KR, {'note': 'NI:transit route'}),
        ('Балхаш', 0, 'city', 'Balkhash', KR, {'note': 'NI:transit route'}),
        ('Жезказганская область', 0, 'region', KR, KR, {'uncertain': True, 'note': 'NI:background; Zhezkazgan Region, abolished in 1997'}),
        ('Казахстана', 0, 'country', 'Kazakhstan', N),
     ],
     inc={KR: (2, 'explosion at the Annensky mine; strike at the Zhezkazgan copper smelter (both in the former Zhezkazgan Region, Karaganda Region on the article date)')}),

dict(id='r010', date='2001-01-16', lang='ru',
     event='2001 ice-jam flood on the Syr Darya in two villages of Kazaly district, with a 1999 flood in Zhosaly (Kyzylorda Region)',
     text="""КЫЗЫЛОРДА, 16 января (Казинформ). Ледовый затор на Сырдарье вызвал подтопление сёл Бозколь и Майдаколь Казалинского района, сообщил департамент по чрезвычайным ситуациям Кызылординской области.
Из Бозколя эвакуированы 340 человек, их разместили в школах Казалинска и посёлка Айтеке би. Вода перелила дамбу и залила участок трассы Самара – Шымкент, движение по нему перекрыто.
«За сутки уровень воды поднялся на полтора метра, лёд стоит на протяжении 12 километров», — сообщил аким Казалинского района Бахыт Аралбаев. Спасатели из Кызылорды и Аральска взрывают затор с помощью авиабомб.
В марте 1999 года такой же затор на реке затопил 70 домов в посёлке Жосалы Кармакшинского района.
Сырдарья берёт начало в горах Кыргызстана и течёт через Узбекистан и Южно-Казахстанскую область к Аральскому морю. Из-за сбросов воды с Шардаринского водохранилища зимой уровень реки в низовьях растёт.""",
     ann=[
        ('КЫЗЫЛОРДА', 0, 'city', 'Kyzylorda', KYR, {'note': 'dateline'}),
        ('Сырдарье', 0, 'facility', 'Syr Darya', N, {'subkind': 'river'}),
        ('Бозколь', 0, 'village', 'Bozkol', KYR, {'note': 'in a list sharing the head noun "сёл"'}),
        ('Майдаколь', 0, 'village', 'Maidakol', KYR, {'note': 'in a list sharing the head noun "сёл"'}),
        ('Казалинского района', 0, 'district', 'Kazaly District', KYR),
        ('Кызылординской области', 0, 'region', KYR, KYR, {'note': 'inside the name of an authority'}),
        ('Бозколя', 0, 'village', 'Bozkol', KYR, {'note': 'NI:evacuated from (the flood is counted once)'}),
        ('Казалинска', 0, 'city', 'Kazaly', KYR, {'note': 'NI:evacuation point'}),
        ('Айтеке би', 0, 'village', 'Aiteke Bi', KYR, {'note': 'NI:evacuation point; a settlement named after a person'}),
        ('Самара', 0, 'foreign', 'Samara', N, {'note': 'NI:highway endpoint'}),
        ('Шымкент', 0, 'city', 'Shymkent', SKR, {'note': 'NI:highway endpoint; South Kazakhstan Region in 2001'}),
        ('Казалинского района', 1, 'district', 'Kazaly District', KYR, {'note': 'inside an official title'}),
        ('Кызылорды', 0, 'city', 'Kyzylorda', KYR, {'note': 'NI:origin of rescuers'}),
        ('Аральска', 0, 'city', 'Aral', KYR, {'note': 'NI:origin of rescuers'}),
        ('Жосалы', 0, 'village', 'Zhosaly', KYR, {'note': 'background flood of March 1999'}),
        ('Кармакшинского района', 0, 'district', 'Karmakshy District', KYR),
        ('Сырдарья', 0, 'facility', 'Syr Darya', N, {'subkind': 'river'}),
        ('Кыргызстана', 0, 'foreign', 'Kyrgyzstan', N),
        ('Узбекистан', 0, 'foreign', 'Uzbekistan', N),
        ('Южно-Казахстанскую область', 0, 'region', SKR, SKR, {'note': 'NI:course of the river'}),
        ('Аральскому морю', 0, 'facility', 'Aral Sea', N, {'subkind': 'sea'}),
        ('Шардаринского водохранилища', 0, 'facility', 'Shardara Reservoir', N, {'subkind': 'reservoir', 'note': 'NI:in South Kazakhstan Region'}),
     ],
     inc={KYR: (2, 'ice-jam flood in Bozkol and Maidakol, Kazaly district (one flood); background flood in Zhosaly in March 1999')}),

dict(id='r011', date='2007-10-03', lang='ru',
     event='2007 riot in a penal colony in Derkul near Uralsk (West Kazakhstan Region); protests in several unnamed regions',
     text="""УРАЛЬСК, 3 октября (KazTAG). Около 200 осуждённых исправительной колонии в посёлке Деркул под Уральском отказались от еды, подожгли матрасы в двух бараках и напали на охрану, сообщил департамент уголовно-исполнительной системы по Западно-Казахстанской области.
Порядок восстановили к утру с помощью спецназа, прибывшего из Актобе. Трое сотрудников колонии получили травмы, их доставили в больницу Уральска. Пострадавших среди осуждённых, по данным ведомства, нет.
«Заключённые жаловались на избиения и плохое питание, но вместо проверки их жалобы отправили обратно в колонию», — заявил правозащитник Данияр Жаиков из Алматы. По его словам, похожие акции протеста заключённых за последние два месяца прошли в ряде областей, но о них почти не сообщали.
Комитет уголовно-исполнительной системы Министерства юстиции Казахстана направил в Деркул комиссию. Пятерых зачинщиков этапируют в колонию в Аркалыке, возбуждено уголовное дело.
Колония рассчитана на 1200 мест и находится в 15 километрах от границы с Россией.""",
     ann=[
        ('УРАЛЬСК', 0, 'city', 'Oral', WKR, {'note': 'dateline'}),
        ('Деркул', 0, 'village', 'Derkul', WKR),
        ('Уральском', 0, 'city', 'Oral', WKR, {'note': 'NI:reference point ("под")'}),
        ('Западно-Казахстанской области', 0, 'region', WKR, WKR, {'note': 'inside the name of an authority'}),
        ('Актобе', 0, 'city', 'Aktobe', AR, {'note': 'NI:origin of special forces'}),
        ('Уральска', 0, 'city', 'Oral', WKR, {'note': 'NI:hospital town'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:residence of a rights activist'}),
        ('ряде областей', 0, 'quantified', 'several regions', N, {'count': None, 'unit': 'region', 'note': 'prisoner protests in unnamed regions'}),
        ('Казахстана', 0, 'country', 'Kazakhstan', N, {'note': 'inside the name of a ministry'}),
        ('Деркул', 1, 'village', 'Derkul', WKR, {'note': 'NI:where a commission is sent (a follow-up)'}),
        ('Аркалыке', 0, 'city', 'Arkalyk', KOR, {'note': 'NI:destination of transferred prisoners'}),
        ('Россией', 0, 'foreign', 'Russia', N, {'note': 'NI:reference point'}),
     ],
     inc={WKR: (1, 'riot in the penal colony in Derkul')},
     unatt=[{'label': 'ряде областей', 'count': None, 'note': 'prisoner protests in unnamed regions over two months'}]),

dict(id='r012', date='2013-10-08', lang='ru',
     event='2013 tram-bus collision at a crossing in Medeu district and a roof fire in the Ainabulak microdistrict, Zhetysu district of Almaty',
     text="""АЛМАТЫ, 8 октября (Tengrinews). Трамвай второго маршрута столкнулся с пассажирским автобусом на перекрёстке улиц Жибек Жолы и Сейфуллина в Медеуском районе Алматы. Пострадали 14 человек, четверо из них госпитализированы, сообщили в департаменте по чрезвычайным ситуациям города.
По словам очевидцев, автобус выехал на перекрёсток на красный сигнал. Водитель автобуса, житель Талгара, задержан. Движение трамваев по улице Сейфуллина было остановлено на три часа.
Вечером того же дня в микрорайоне Айнабулак Жетысуского района загорелась кровля пятиэтажного дома. Жильцов эвакуировали, огонь потушили за полтора часа, никто не пострадал.
«Трамвайные пути на этом участке давно требуют ремонта», — сказал депутат городского маслихата Серик Медеуов.
Трамвай ходит в Алма-Ате с 1937 года. Городские власти обсуждают его замену автобусами, закупленными в Китае и Беларуси.""",
     ann=[
        ('АЛМАТЫ', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Жибек Жолы', 0, 'facility', 'Zhibek Zholy Street (Almaty)', 'Almaty', {'subkind': 'street', 'note': 'in a list sharing the head noun "улиц"'}),
        ('Сейфуллина', 0, 'facility', 'Seifullin Street (Almaty)', 'Almaty', {'subkind': 'street', 'note': 'in a list sharing the head noun "улиц"; named after a person'}),
        ('Медеуском районе', 0, 'district', 'Medeu District (Almaty)', 'Almaty', {'subkind': 'city district'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty'),
        ('Талгара', 0, 'city', 'Talgar', ALR, {'note': 'NI:residence of the driver'}),
        ('Сейфуллина', 1, 'facility', 'Seifullin Street (Almaty)', 'Almaty', {'subkind': 'street', 'note': 'traffic stopped (a consequence)'}),
        ('Айнабулак', 0, 'district', 'Ainabulak (Almaty)', 'Almaty', {'subkind': 'microdistrict'}),
        ('Жетысуского района', 0, 'district', 'Zhetysu District (Almaty)', 'Almaty', {'subkind': 'city district', 'note': 'a district of Almaty, not Jetisu Region'}),
        ('Алма-Ате', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:background; old name'}),
        ('Китае', 0, 'foreign', 'China', N),
        ('Беларуси', 0, 'foreign', 'Belarus', N),
     ],
     inc={'Almaty': (2, 'tram-bus collision at Zhibek Zholy and Seifullin streets; roof fire in Ainabulak')}),

dict(id='r013', date='2017-04-12', lang='ru',
     event='2017 road bridge collapse over the Aksu river near Karabulak, Sairam district (South Kazakhstan Region, before the 2018 reform)',
     text="""ШЫМКЕНТ, 12 апреля (Казинформ). В Сайрамском районе Южно-Казахстанской области обрушился автомобильный мост через реку Аксу у села Карабулак. Грузовик с цементом упал в воду, водитель погиб, сообщили в областном департаменте по чрезвычайным ситуациям.
Мост длиной 60 метров связывал Карабулак с районным центром Аксукент. Водолазы из Шымкента подняли тело водителя через четыре часа. Погибший был жителем села Манкент.
«Опоры подмыло паводком, который в этом году был сильнее обычного», — сказал заместитель акима района Ерлан Сайрамов.
Прокуратура Южно-Казахстанской области возбудила уголовное дело о халатности и проверит мосты ещё в пяти районах области. Мост построили в 2009 году, цемент для него везли из Узбекистана.
Пока движение пустили в объезд через Шымкент (прежний Чимкент), путь удлинился на 25 километров. Река Аксу стекает с хребта Таласский Алатау и впадает в Арысь.""",
     ann=[
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', SKR, {'note': 'dateline; South Kazakhstan Region before 2018-06-19'}),
        ('Сайрамском районе', 0, 'district', 'Sairam District', SKR),
        ('Южно-Казахстанской области', 0, 'region', SKR, SKR),
        ('Аксу', 0, 'facility', 'Aksu River (Sairam)', N, {'subkind': 'river'}),
        ('Карабулак', 0, 'village', 'Karabulak (Sairam District)', SKR),
        ('Карабулак', 1, 'village', 'Karabulak (Sairam District)', SKR, {'note': 'NI:endpoint of the bridge road'}),
        ('Аксукент', 0, 'village', 'Aksukent', SKR, {'note': 'NI:endpoint of the bridge road'}),
        ('Шымкента', 0, 'city', 'Shymkent', SKR, {'note': 'NI:origin of divers'}),
        ('Манкент', 0, 'village', 'Mankent', SKR, {'note': 'NI:residence of the victim'}),
        ('Южно-Казахстанской области', 1, 'region', SKR, SKR, {'note': 'NI:inside the name of an authority (follow-up)'}),
        ('пяти районах', 0, 'quantified', '5 districts', N, {'count': 5, 'unit': 'district', 'note': 'bridge inspections, not incidents'}),
        ('Узбекистана', 0, 'foreign', 'Uzbekistan', N),
        ('Шымкент', 0, 'city', 'Shymkent', SKR, {'note': 'NI:detour route'}),
        ('Чимкент', 0, 'city', 'Shymkent', SKR, {'note': 'NI:old name'}),
        ('Аксу', 1, 'facility', 'Aksu River (Sairam)', N, {'subkind': 'river'}),
        ('Таласский Алатау', 0, 'facility', 'Talas Alatau', N, {'subkind': 'mountain range'}),
        ('Арысь', 0, 'facility', 'Arys River', N, {'subkind': 'river'}),
     ],
     inc={SKR: (1, 'bridge collapse near Karabulak, one driver killed')}),

dict(id='r014', date='2021-08-24', lang='ru',
     event='2021 anthrax outbreak among cattle with three people infected in Tole Bi village, Shu district (Jambyl Region), Nur-Sultan period',
     text="""ТАРАЗ, 24 августа (Vlast.kz). В селе Толе би Шуского района Жамбылской области введён карантин после того, как у крупного рогатого скота выявили сибирскую язву, сообщили в акимате области.
Трое жителей села, разделывавших тушу павшего бычка, госпитализированы в районную больницу в городе Шу с кожной формой болезни, их состояние удовлетворительное.
«Скот был закуплен весной в Кыргызстане без ветеринарных документов», — сказал главный ветеринарный инспектор района Болат Таласов. По его словам, вакцинацию провели во всех сёлах района, а на дорогах в Толе би выставлены посты.
Министерство сельского хозяйства в Нур-Султане направило в район специалистов из Алматы. Мясо из села проверят в лаборатории в Таразе.
Село Толе би, названное в честь бия Толе, лежит на берегу реки Шу в 40 километрах от границы с Кыргызстаном.""",
     ann=[
        ('ТАРАЗ', 0, 'city', 'Taraz', JR, {'note': 'dateline'}),
        ('Толе би', 0, 'village', 'Tole Bi (Shu District)', JR),
        ('Шуского района', 0, 'district', 'Shu District', JR),
        ('Жамбылской области', 0, 'region', JR, JR),
        ('Шу', 0, 'city', 'Shu', JR, {'note': 'NI:hospital town'}),
        ('Кыргызстане', 0, 'foreign', 'Kyrgyzstan', N, {'note': 'NI:where the cattle were bought'}),
        ('всех сёлах района', 0, 'quantified', 'all villages', N, {'count': None, 'unit': 'village', 'quantifier': 'all', 'note': 'vaccination, not incidents'}),
        ('Толе би', 1, 'village', 'Tole Bi (Shu District)', JR, {'note': 'NI:checkpoints (a measure)'}),
        ('Нур-Султане', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the ministry'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of specialists'}),
        ('Таразе', 0, 'city', 'Taraz', JR, {'note': 'NI:laboratory'}),
        ('Толе би', 2, 'village', 'Tole Bi (Shu District)', JR, {'note': 'NI:background'}),
        ('Шу', 1, 'facility', 'Shu River', N, {'subkind': 'river'}),
        ('Кыргызстаном', 0, 'foreign', 'Kyrgyzstan', N, {'note': 'NI:reference point'}),
     ],
     inc={JR: (1, 'anthrax outbreak with three people infected in Tole Bi (an outbreak with victims; doubtful as an incident)')}),

dict(id='r015', date='2023-07-19', lang='ru',
     event='2023 steppe fire over the Beskaragai and Borodulikha districts and a sawmill warehouse fire in Semey (Abai Region)',
     text="""СЕМЕЙ, 19 июля (Vlast.kz). Степной пожар, начавшийся у села Канонерка, за двое суток охватил около 12 тысяч гектаров в Бескарагайском и Бородулихинском районах, сообщил департамент по чрезвычайным ситуациям области Абай.
Огонь подходил к сёлам Жерновка и Новодворовка, жителей которых временно вывезли в Бородулиху. Погибших нет, сгорели три летние кошары.
На помощь направлены пожарные из Павлодарской области и самолёт Ан-2 из Усть-Каменогорска. «Ветер порывами до 20 метров в секунду, работать очень тяжело», — рассказал спасатель Бахытжан Иртышев.
В тот же день в самом Семее на улице Джангильдина загорелся склад пиломатериалов; пожар потушили за четыре часа.
Бескарагайский и Бородулихинский районы с июня прошлого года входят в область Абай, выделенную из Восточно-Казахстанской. Леса ленточного бора вдоль Иртыша считаются одними из самых пожароопасных в стране.""",
     ann=[
        ('СЕМЕЙ', 0, 'city', 'Semey', ABR, {'note': 'dateline'}),
        ('Канонерка', 0, 'village', 'Kanonerka', ABR, {'note': 'where the fire started'}),
        ('Бескарагайском', 0, 'district', 'Beskaragai District', ABR, {'note': 'in a list sharing the head noun "районах"'}),
        ('Бородулихинском', 0, 'district', 'Borodulikha District', ABR, {'note': 'in a list sharing the head noun "районах"'}),
        ('области Абай', 0, 'region', ABR, ABR, {'note': 'inside the name of an authority'}),
        ('Жерновка', 0, 'village', 'Zhernovka', ABR, {'note': 'in a list sharing the head noun "сёлам"; threatened'}),
        ('Новодворовка', 0, 'village', 'Novodvorovka', ABR, {'note': 'in a list sharing the head noun "сёлам"; threatened'}),
        ('Бородулиху', 0, 'village', 'Borodulikha', ABR, {'note': 'NI:evacuation point'}),
        ('Павлодарской области', 0, 'region', PR, PR, {'note': 'NI:origin of firefighters'}),
        ('Усть-Каменогорска', 0, 'city', 'Oskemen', EKR, {'note': 'NI:origin of an aircraft'}),
        ('Семее', 0, 'city', 'Semey', ABR),
        ('Джангильдина', 0, 'facility', 'Dzhangildin Street (Semey)', ABR, {'subkind': 'street', 'note': 'named after a person'}),
        ('Бескарагайский', 0, 'district', 'Beskaragai District', ABR, {'note': 'NI:background; in a list sharing the head noun "районы"'}),
        ('Бородулихинский', 0, 'district', 'Borodulikha District', ABR, {'note': 'NI:background; in a list sharing the head noun "районы"'}),
        ('область Абай', 0, 'region', ABR, ABR, {'note': 'NI:background'}),
        ('Восточно-Казахстанской', 0, 'region', EKR, EKR, {'note': 'NI:background; head noun "области" understood'}),
        ('Иртыша', 0, 'facility', 'Irtysh River', N, {'subkind': 'river'}),
     ],
     inc={ABR: (2, 'steppe fire over two districts (one event); warehouse fire on Dzhangildin Street in Semey')}),

dict(id='r016', date='2026-02-17', lang='ru',
     event='2026 trial over a 2025 explosion at the Shetpe gas compressor station (Mangystau Region)',
     text="""АКТАУ, 17 февраля (Azattyq). Суд Мангистауского района приговорил бывшего начальника газокомпрессорной станции «Шетпе» к пяти годам лишения свободы за нарушение правил безопасности, повлёкшее взрыв в августе прошлого года.
Тогда на станции в трёх километрах от села Шетпе взорвался газовый сепаратор, двое рабочих погибли, ещё четверо получили ожоги. Станция перекачивает газ по магистрали Бейнеу – Бозой – Шымкент.
Процесс проходил в Шетпе, на заседания приезжали родственники погибших из Жанаозена и Актау. «Нам до сих пор никто не объяснил, почему сигнализация не сработала», — сказала вдова одного из рабочих Гульмира Устюртова.
Адвокат осуждённого намерен обжаловать приговор в Мангистауском областном суде. Компания-оператор выплатила семьям погибших компенсацию.
Газ с месторождений Мангистау идёт на юг страны, а часть его экспортируется в Китай. Прошлым летом прокуратура проверила все компрессорные станции на западе Казахстана.""",
     ann=[
        ('АКТАУ', 0, 'city', 'Aktau', MR, {'note': 'dateline'}),
        ('Мангистауского района', 0, 'district', 'Mangystau District', MR, {'note': 'inside the name of a court'}),
        ('Шетпе', 0, 'facility', 'Shetpe gas compressor station', MR, {'subkind': 'compressor station', 'note': 'station name in quotes'}),
        ('Шетпе', 1, 'village', 'Shetpe', MR, {'note': 'NI:reference point ("в трёх километрах от")'}),
        ('Бейнеу', 0, 'village', 'Beineu', MR, {'note': 'NI:pipeline endpoint'}),
        ('Бозой', 0, 'village', 'Bozoi', AR, {'note': 'NI:pipeline point'}),
        ('Шымкент', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:pipeline endpoint'}),
        ('Шетпе', 2, 'village', 'Shetpe', MR, {'note': 'NI:where the trial was held'}),
        ('Жанаозена', 0, 'city', 'Zhanaozen', MR, {'note': 'NI:residence of relatives'}),
        ('Актау', 0, 'city', 'Aktau', MR, {'note': 'NI:residence of relatives'}),
        ('Мангистауском', 0, 'region', MR, MR, {'note': 'NI:inside the name of a court'}),
        ('Мангистау', 0, 'region', MR, MR, {'uncertain': True, 'note': 'NI:bare name; the region or the peninsula'}),
        ('Китай', 0, 'foreign', 'China', N),
        ('Казахстана', 0, 'country', 'Kazakhstan', N),
     ],
     inc={MR: (1, 'background explosion at the Shetpe compressor station in August 2025 (the trial is not counted)')}),
]
