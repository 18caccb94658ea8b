"""Russian texts of the sixtieth unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p009', date='2004-09-20', lang='ru',
     event='2004 fan brawl after the Irtysh-Tobol match at the Central Stadium of Pavlodar, eight detained (Pavlodar Region); visiting fans from Kostanay; the clubs «Иртыш» and «Тобол» vs the rivers Irtysh and Tobol',
     text="""Драка болельщиков после матча «Иртыш» – «Тобол» в Павлодаре
ПАВЛОДАР, 20 сентября. КазТАГ – Восемь человек задержаны после массовой драки болельщиков на Центральном стадионе Павлодара в воскресенье вечером, сообщили в департаменте внутренних дел Павлодарской области.
По данным полиции, после второго гола «Тобола» около 50 гостевых болельщиков, приехавших из Костаная на автобусах, прорвались через ограждение к трибуне хозяев. В ход пошли палки и пиротехника. Пострадали пять человек, в том числе полицейский, матч был остановлен на 15 минут.
После игры автобусы с костанайскими болельщиками под конвоем проводили до выезда из города. «Стадион стоит на берегу Иртыша, часть драки перекинулась на набережную», – рассказал очевидец.
Федерация футбола рассмотрит инцидент в среду. «Иртыш» уже штрафовали в этом сезоне за пиротехнику на выездном матче в Алматы, а «Тобол» – за оскорбительные баннеры на домашней игре в Костанае.""",
     ann=[
        ('Павлодаре', 0, 'city', 'Pavlodar', PR, {'note': 'headline'}),
        ('ПАВЛОДАР', 0, 'city', 'Pavlodar', PR, {'note': 'dateline'}),
        ('Центральном стадионе', 0, 'facility', 'Central Stadium (Pavlodar)', PR, {'subkind': 'stadium'}),
        ('Павлодара', 0, 'city', 'Pavlodar', PR),
        ('Павлодарской области', 0, 'region', PR, PR, {'note': 'inside the name of an authority (police department)'}),
        ('Костаная', 0, 'city', 'Kostanay', KOR, {'note': 'NI:origin of the visiting fans'}),
        ('Иртыша', 0, 'facility', 'Irtysh River', N, {'subkind': 'river', 'note': 'the river, not the club «Иртыш»'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:earlier away match, flares only'}),
        ('Костанае', 0, 'city', 'Kostanay', KOR, {'note': 'NI:earlier home match, banners only'}),
     ],
     inc={PR: (1, 'fan brawl at the Central Stadium of Pavlodar, five hurt, eight detained (one incident)')}),

dict(id='p010', date='2022-07-25', lang='ru',
     event='2022 Alakol weekend chronicle: a tourist drowns off Akshi, a knife fight on the beach at Koktuma, a minibus-lorry crash 40 km from Usharal (Alakol district, Jetisu Region seven weeks after its creation); a teenager drowns on the eastern shore in Urzhar district (Abai Region); tourists from Karaganda, Almaty, Shymkent, Ust-Kamenogorsk and Semey',
     text="""Алаколь: утонувший турист, поножовщина на пляже и ДТП – хроника выходных
УШАРАЛ, 25 июля. Tengrinews.kz – Пик курортного сезона на Алаколе обернулся для спасателей и полиции тяжёлыми выходными. Собрали главное.

Акши. В субботу днём у посёлка Акши утонул 27-летний турист из Караганды. По словам отдыхающих, он заплыл за буйки при сильном ветре. Тело нашли водолазы через три часа. Как уточнили в департаменте по ЧС области Жетісу, Алакольский район с 8 июня входит в новую область, и спасатели на побережье теперь подчиняются Талдыкоргану, а не Конаеву.

Коктума. В ночь на воскресенье на пляже в Коктуме подрались две компании отдыхающих – из Алматы и из Шымкента. Трое получили ножевые ранения, полиция Алакольского района задержала четверых.

Трасса. В воскресенье утром на трассе Талдыкорган – Ушарал, в 40 км от Ушарала, микроавтобус с туристами из Усть-Каменогорска столкнулся с грузовиком. Пострадали шесть человек, двое в тяжёлом состоянии.

Восточный берег. На другой стороне озера, в Урджарском районе области Абай, в воскресенье утонул 15-летний подросток из Семея. Спасатели успели вытащить из воды его двоюродного брата. На восточный берег приезжают в основном из Семея и Усть-Каменогорска, на западный – из Алматы и Талдыкоргана.

Цифры. С начала сезона на Алаколе утонули семь человек, сообщили в МЧС. На побережье сейчас отдыхают более 100 тысяч человек, а спасательных постов всего 14. «В ветреные дни Алаколь как море, волна до двух метров. Люди приезжают из городов и не понимают, насколько это опасно», – говорит старший спасатель поста в Акши Ерлан Жумабеков. Водолазов на выходные дополнительно направили из Талдыкоргана.""",
     ann=[
        ('Алаколь', 0, 'facility', 'Lake Alakol', N, {'subkind': 'lake', 'note': 'headline'}),
        ('УШАРАЛ', 0, 'city', 'Usharal', JTR, {'note': 'dateline; centre of Alakol district, Jetisu Region since 2022-06-08'}),
        ('Алаколе', 0, 'facility', 'Lake Alakol', N, {'subkind': 'lake'}),
        ('Акши', 0, 'village', 'Akshi', JTR, {'note': 'section heading'}),
        ('Акши', 1, 'village', 'Akshi', JTR, {'note': 'Alakol district, Jetisu Region since 2022-06-08'}),
        ('Караганды', 0, 'city', 'Karaganda', KR, {'note': 'NI:origin of the victim'}),
        ('области Жетісу', 0, 'region', JTR, JTR, {'note': 'inside the name of an authority; official Russian form with the Kazakh name'}),
        ('Алакольский район', 0, 'district', 'Alakol District', JTR),
        ('Талдыкоргану', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:seat of the new region'}),
        ('Конаеву', 0, 'city', 'Konaev', ALR, {'note': 'NI:seat of Almaty Region'}),
        ('Коктума', 0, 'village', 'Koktuma', JTR, {'note': 'section heading'}),
        ('Коктуме', 0, 'village', 'Koktuma', JTR),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of holidaymakers'}),
        ('Шымкента', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:origin of holidaymakers'}),
        ('Алакольского района', 0, 'district', 'Alakol District', JTR, {'note': 'inside the name of an authority (police)'}),
        ('Талдыкорган', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:route endpoint'}),
        ('Ушарал', 0, 'city', 'Usharal', JTR, {'note': 'NI:route endpoint'}),
        ('Ушарала', 0, 'city', 'Usharal', JTR, {'note': 'NI:reference point ("в 40 км от")'}),
        ('Усть-Каменогорска', 0, 'city', 'Oskemen', EKR, {'note': 'NI:origin of the tourists'}),
        ('Урджарском районе', 0, 'district', 'Urzhar District', ABR, {'note': 'Abai Region since 2022-06-08'}),
        ('области Абай', 0, 'region', ABR, ABR),
        ('Семея', 0, 'city', 'Semey', ABR, {'note': 'NI:origin of the victim'}),
        ('Семея', 1, 'city', 'Semey', ABR, {'note': 'NI:origin of holidaymakers'}),
        ('Усть-Каменогорска', 1, 'city', 'Oskemen', EKR, {'note': 'NI:origin of holidaymakers'}),
        ('Алматы', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of holidaymakers'}),
        ('Талдыкоргана', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:origin of holidaymakers'}),
        ('Алаколе', 1, 'facility', 'Lake Alakol', N, {'subkind': 'lake', 'note': 'season statistic'}),
        ('Алаколь', 1, 'facility', 'Lake Alakol', N, {'subkind': 'lake', 'note': 'in a quote'}),
        ('Акши', 2, 'village', 'Akshi', JTR, {'note': 'NI:rescue post'}),
        ('Талдыкоргана', 1, 'city', 'Taldykorgan', JTR, {'note': 'NI:origin of the divers'}),
     ],
     inc={JTR: (3, 'drowning off Akshi; knife fight on the beach at Koktuma (three hurt); minibus-lorry crash 40 km from Usharal on the Taldykorgan-Usharal road'),
          ABR: (1, 'a teenager drowned on the eastern shore, Urzhar district')}),

dict(id='p011', date='1992-12-28', lang='ru',
     event='1992 avalanche at the Chimbulak ski base above the Medeo rink kills an instructor and injures two skiers from Moscow (Alma-Ata); climbers from Talgar in the search; avalanche warning in Talgar district of Alma-Ata oblast and on the road to Big Almaty Lake',
     text="""Лавина на Чимбулаке: погиб инструктор
АЛМА-АТА, 28 декабря. Интерфакс – В воскресенье днём на склоне горнолыжной базы «Чимбулак», выше катка «Медео», сошла лавина. Под снегом оказались четыре человека. 35-летний инструктор погиб, двое лыжников из Москвы получили переломы, ещё одного отдыхающего откопали без травм.
Поиски вели горноспасатели из Алма-Аты и альпинисты из Талгара, приехавшие на помощь через два часа. По словам начальника городской горноспасательной службы Виктора Лазарева, снега в горах Заилийского Алатау за декабрь выпало вдвое больше нормы, а «люди катаются за флажками, как будто ничего не случилось».
Горноспасатели предупреждают о высокой лавинной опасности на дороге к Большому Алма-Атинскому озеру и в ущельях Талгарского района Алма-Атинской области. Работа подъёмников на «Чимбулаке» приостановлена до 3 января.""",
     ann=[
        ('Чимбулаке', 0, 'facility', 'Shymbulak ski resort (Almaty)', 'Almaty', {'subkind': 'ski resort', 'note': 'headline; Russian spelling of Shymbulak'}),
        ('АЛМА-АТА', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline; Soviet and early 1990s name'}),
        ('Чимбулак', 0, 'facility', 'Shymbulak ski resort (Almaty)', 'Almaty', {'subkind': 'ski resort', 'note': 'name in quotation marks'}),
        ('Медео', 0, 'facility', 'Medeu skating rink (Almaty)', 'Almaty', {'subkind': 'skating rink', 'note': 'NI:reference point; name in quotation marks'}),
        ('Москвы', 0, 'foreign', 'Moscow', N, {'note': 'NI:origin of the injured skiers'}),
        ('Алма-Аты', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:home of the rescuers'}),
        ('Талгара', 0, 'city', 'Talgar', ALR, {'note': 'NI:home of the climbers'}),
        ('Заилийского Алатау', 0, 'facility', 'Trans-Ili Alatau', N, {'subkind': 'mountain range'}),
        ('Большому Алма-Атинскому озеру', 0, 'facility', 'Big Almaty Lake', N, {'subkind': 'lake', 'note': 'NI:warning'}),
        ('Талгарского района', 0, 'district', 'Talgar District', ALR, {'note': 'NI:warning'}),
        ('Алма-Атинской области', 0, 'region', ALR, ALR, {'note': 'NI:warning; Alma-Ata oblast, the former name of Almaty Region'}),
        ('Чимбулаке', 1, 'facility', 'Shymbulak ski resort (Almaty)', 'Almaty', {'subkind': 'ski resort', 'note': 'NI:lifts stopped; name in quotation marks'}),
     ],
     inc={'Almaty': (1, 'avalanche at the Chimbulak ski base, one instructor killed and two skiers injured')}),

dict(id='p012', date='2010-06-14', lang='ru',
     event='2010 drownings on the Kapchagay reservoir (two young men off a wild beach, a boy near the town; Almaty Region) and a man in the Yesil (Ishim) in Astana; victims from Almaty and Taldykorgan',
     text="""За выходные на Капчагайском водохранилище утонули трое
КАПЧАГАЙ, 14 июня. «Казахстан сегодня» – Трое человек утонули на Капчагайском водохранилище в субботу и воскресенье, сообщили в департаменте по чрезвычайным ситуациям Алматинской области.
В субботу вечером у дикого пляжа на северном берегу «Капчагайского моря», как водохранилище называют алматинцы, утонули двое 20-летних друзей из Алматы. По словам свидетелей, они купались после застолья. В воскресенье у городского пляжа Капчагая утонул 10-летний мальчик, приехавший с родителями из Талдыкоргана: взрослые, по данным спасателей, оставили его у воды одного.
В тот же день в Астане из реки Есиль (Ишим) у Левобережья достали тело 45-летнего мужчины. Купание в черте столицы запрещено.
С начала купального сезона в Казахстане утонули 96 человек, в том числе 23 ребёнка.""",
     ann=[
        ('Капчагайском водохранилище', 0, 'facility', 'Kapchagay reservoir', ALR, {'subkind': 'reservoir', 'note': 'headline'}),
        ('КАПЧАГАЙ', 0, 'city', 'Konaev', ALR, {'note': 'dateline; the town renamed Konaev in 2022'}),
        ('Капчагайском водохранилище', 1, 'facility', 'Kapchagay reservoir', ALR, {'subkind': 'reservoir'}),
        ('Алматинской области', 0, 'region', ALR, ALR, {'note': 'inside the name of an authority'}),
        ('Капчагайского моря', 0, 'facility', 'Kapchagay reservoir', ALR, {'subkind': 'reservoir', 'note': 'colloquial name in quotation marks'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of the victims'}),
        ('Капчагая', 0, 'city', 'Konaev', ALR, {'note': 'the town (town beach)'}),
        ('Талдыкоргана', 0, 'city', 'Taldykorgan', ALR, {'note': 'NI:origin of the family; Almaty Region before 2022'}),
        ('Астане', 0, 'city', 'Astana', 'Astana'),
        ('Есиль', 0, 'facility', 'Yesil River', N, {'subkind': 'river'}),
        ('Ишим', 0, 'facility', 'Yesil River', N, {'subkind': 'river', 'note': 'Russian name of the Yesil, in brackets'}),
        ('Левобережья', 0, 'district', 'Left Bank (Astana)', 'Astana', {'subkind': 'city district', 'note': 'the left-bank part of the city', 'uncertain': True}),
        ('Казахстане', 0, 'country', 'Kazakhstan', N),
     ],
     inc={ALR: (2, 'drownings on the Kapchagay reservoir: two friends off a wild beach on Saturday, a boy at the town beach on Sunday'),
          'Astana': (1, 'a man drowned in the Yesil near the Left Bank')}),

dict(id='p013', date='2019-10-21', lang='ru',
     event='2019 sports week: fans of Astana and Kairat fight outside the Astana Arena in Nur-Sultan; a half-marathon runner dies in Shymkent (a city of republican significance); the Taraz team bus crashes near Mashat, Tulkubas district (Turkistan Region); a flare sets a stand on fire at the Central Stadium in Aktobe; boxer at the world championship in Yekaterinburg; Barys away in Minsk and Riga, a new arena in Ust-Kamenogorsk; new stadium in Turkestan; club names not annotated',
     text="""СПОРТИВНАЯ НЕДЕЛЯ: драка у «Астана Арены», трагедия на полумарафоне, авария автобуса «Тараза»
НУР-СУЛТАН, 21 октября. Vlast.kz – Итоги спортивной недели, о которых говорили не только болельщики.

Нур-Султан. В субботу перед матчем «Астана» – «Кайрат» у северного входа на «Астана Арену» подрались около сорока болельщиков. Полиция Нур-Султана задержала 17 человек, трое доставлены в больницу. Большинство задержанных – приезжие из Алматы, сообщили в полиции. Матч начался с опозданием на 20 минут.

Шымкент. На полумарафоне в воскресенье 52-летний участник потерял сознание на 18-м километре на проспекте Тауке хана и скончался в больнице. Организаторы заявили, что у него была справка о допуске. В забеге участвовали 4 тысячи человек из 12 городов страны.

Туркестанская область. Автобус футбольного клуба «Тараз», возвращавшийся из Шымкента, в пятницу ночью съехал в кювет у села Машат Тюлькубасского района на трассе Шымкент – Тараз. Травмы получили водитель и двое футболистов. По предварительным данным, водитель уснул за рулём.

Актобе. На Центральном стадионе в Актобе во время матча первой лиги брошенный с трибуны файер поджёг пластиковые кресла. Огонь потушили за десять минут, пострадавших нет. Клуб «Актобе» оштрафован на 500 тысяч тенге.

За рубежом. Боксёр из Караганды Арман Серикбаев завоевал бронзу чемпионата мира в Екатеринбурге. Сборная Казахстана проиграла в Брюсселе команде Бельгии – 0:3. Хоккеисты «Барыса» в выездной серии уступили в Минске и Риге, а молодёжная команда клуба в ноябре сыграет в Усть-Каменогорске на новой арене, строительство которой там завершают.

Хорошая новость. В Туркестане, новом центре области, достроили стадион на 7 тысяч мест, который примет матчи второй лиги уже весной. «Туркестан давно ждал своего стадиона», – сказал аким города.""",
     ann=[
        ('Астана Арены', 0, 'facility', 'Astana Arena (Astana)', 'Astana', {'subkind': 'stadium', 'note': 'headline; name in quotation marks'}),
        ('НУР-СУЛТАН', 0, 'city', 'Astana', 'Astana', {'note': 'dateline; the capital named Nur-Sultan 2019-2022'}),
        ('Нур-Султан', 0, 'city', 'Astana', 'Astana', {'note': 'section heading'}),
        ('Астана Арену', 0, 'facility', 'Astana Arena (Astana)', 'Astana', {'subkind': 'stadium', 'note': 'name in quotation marks; «Астана» before it is the club'}),
        ('Нур-Султана', 0, 'city', 'Astana', 'Astana', {'note': 'inside the name of an authority (police)'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of the detained'}),
        ('Шымкент', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'section heading; city of republican significance since 2018-06-19'}),
        ('проспекте Тауке хана', 0, 'facility', 'Tauke Khan Avenue (Shymkent)', 'Shymkent', {'subkind': 'street', 'note': 'avenue named after a person; the head noun precedes but belongs to the street name, as with "ул."'}),
        ('12 городов', 0, 'quantified', '12 cities', N, {'count': 12, 'unit': 'city', 'note': 'NI:origin of the runners; not about incidents'}),
        ('Туркестанская область', 0, 'region', TR, TR, {'note': 'section heading'}),
        ('Шымкента', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:origin of the bus'}),
        ('Машат', 0, 'village', 'Mashat', TR),
        ('Тюлькубасского района', 0, 'district', 'Tulkubas District', TR),
        ('Шымкент', 1, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:route endpoint'}),
        ('Тараз', 1, 'city', 'Taraz', JR, {'note': 'NI:route endpoint; occurrence 0 is the club «Тараз»'}),
        ('Актобе', 0, 'city', 'Aktobe', AR, {'note': 'section heading'}),
        ('Центральном стадионе', 0, 'facility', 'Central Stadium (Aktobe)', AR, {'subkind': 'stadium'}),
        ('Актобе', 1, 'city', 'Aktobe', AR),
        ('Караганды', 0, 'city', 'Karaganda', KR, {'note': "NI:the boxer's home city"}),
        ('Екатеринбурге', 0, 'foreign', 'Yekaterinburg', N, {'note': 'NI:championship abroad'}),
        ('Казахстана', 0, 'country', 'Kazakhstan', N, {'note': 'national team named after the country'}),
        ('Брюсселе', 0, 'foreign', 'Brussels', N, {'note': 'NI:match abroad'}),
        ('Бельгии', 0, 'foreign', 'Belgium', N, {'note': 'NI:national team named after the country'}),
        ('Минске', 0, 'foreign', 'Minsk', N, {'note': 'NI:away match'}),
        ('Риге', 0, 'foreign', 'Riga', N, {'note': 'NI:away match'}),
        ('Усть-Каменогорске', 0, 'city', 'Oskemen', EKR, {'note': 'NI:future match at a new arena'}),
        ('Туркестане', 0, 'city', 'Turkistan', TR, {'note': 'NI:new stadium, no incident; regional centre since 2018'}),
        ('Туркестан', 0, 'city', 'Turkistan', TR, {'note': 'NI:quote'}),
     ],
     inc={'Astana': (1, 'fan fight outside the Astana Arena, 17 detained, three in hospital'),
          'Shymkent': (1, 'half-marathon runner collapsed on Tauke Khan Avenue and died'),
          TR: (1, 'the Taraz team bus ran off the road near Mashat, Tulkubas district; three hurt'),
          AR: (1, 'a flare set plastic seats on fire at the Central Stadium in Aktobe')}),

dict(id='p014', date='2014-02-10', lang='ru',
     event='2014 snowmobile falls through the ice of Lake Shchuchye near Shchuchinsk, one tourist from Astana dead (Burabay district, Akmola Region); skiers from the Shchuchinsk centre at the Sochi Olympics; hospital in Kokshetau',
     text="""Снегоход провалился под лёд у Щучинска, погиб турист
ЩУЧИНСК, 10 февраля. Kazinform – Снегоход с двумя туристами из Астаны провалился под лёд озера Щучье в воскресенье днём, сообщили в департаменте по ЧС Акмолинской области. Водитель, 31-летний мужчина, погиб, его спутницу спасли рыбаки, она доставлена в больницу Кокшетау с переохлаждением.
По данным спасателей, снегоход арендовали на одной из баз отдыха Бурабайского района и выехали на лёд в месте, где бьют подводные ключи. Прокат снегоходов на территории ГНПП «Бурабай» запрещён, но его, по словам местных жителей, никто не проверяет.
Происшествие случилось в дни, когда вся область следит за Олимпиадой в Сочи: шесть лыжников и биатлонистов сборной тренировались в Щучинске, на базе республиканского центра олимпийской подготовки. В среду они стартуют в эстафете в горах под Сочи.""",
     ann=[
        ('Щучинска', 0, 'city', 'Shchuchinsk', AKR, {'note': 'headline; reference point ("у Щучинска")'}),
        ('ЩУЧИНСК', 0, 'city', 'Shchuchinsk', AKR, {'note': 'dateline'}),
        ('Астаны', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of the tourists'}),
        ('озера Щучье', 0, 'facility', 'Lake Shchuchye', N, {'subkind': 'lake', 'note': 'the generic term is part of the lake\'s name, as in "Lake Burabay"'}),
        ('Акмолинской области', 0, 'region', AKR, AKR, {'note': 'inside the name of an authority'}),
        ('Кокшетау', 0, 'city', 'Kokshetau', AKR, {'note': 'NI:hospital'}),
        ('Бурабайского района', 0, 'district', 'Burabay District', AKR, {'note': 'the rental base'}),
        ('Бурабай', 0, 'facility', 'Burabay National Park', AKR, {'subkind': 'national park', 'note': 'NI:name in quotation marks after ГНПП'}),
        ('Сочи', 0, 'foreign', 'Sochi', N, {'note': 'NI:Olympics abroad'}),
        ('Щучинске', 0, 'city', 'Shchuchinsk', AKR, {'note': 'NI:training base'}),
        ('Сочи', 1, 'foreign', 'Sochi', N, {'note': 'NI:Olympics abroad'}),
     ],
     inc={AKR: (1, 'snowmobile fell through the ice of Lake Shchuchye near Shchuchinsk, one dead')}),

dict(id='p015', date='2000-08-07', lang='ru',
     event='2000 fatal fall of a Karaganda climber on Talgar Peak (Talgar district, Almaty Region); helicopter from Almaty; a climber from Ust-Kamenogorsk dies on Lenin Peak in Kyrgyzstan (abroad, not counted); Talgar the town vs the peak',
     text="""На пике Талгар погиб альпинист из Караганды
АЛМАТЫ, 7 августа. КазТАГ – Карагандинский альпинист сорвался с гребня пика Талгар на высоте около 4700 метров в субботу утром, сообщили в департаменте по ЧС Алматинской области. Его двое товарищей по связке не пострадали и спустились в базовый лагерь самостоятельно.
Тело 29-летнего спортсмена в воскресенье сняли с горы спасатели, вылетевшие из Алматы на вертолёте. Группа из трёх человек шла по маршруту на главную вершину массива в Талгарском районе, где в этом году лежит необычно много снега.
«Гребень обледенел, страховка не выдержала рывка», – рассказал руководитель сборов в Талгаре Андрей Ким.
Это вторая гибель казахстанских альпинистов за лето. В июле на пике Ленина в Киргизии погиб альпинист из Усть-Каменогорска.""",
     ann=[
        ('пике Талгар', 0, 'facility', 'Talgar Peak', N, {'subkind': 'mountain', 'note': 'headline; the peak, not the town; the generic term is part of the mountain\'s name'}),
        ('Караганды', 0, 'city', 'Karaganda', KR, {'note': 'NI:origin of the climber'}),
        ('АЛМАТЫ', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('пика Талгар', 0, 'facility', 'Talgar Peak', N, {'subkind': 'mountain', 'note': 'the peak, in Talgar district'}),
        ('Алматинской области', 0, 'region', ALR, ALR, {'note': 'inside the name of an authority'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:base of the rescuers'}),
        ('Талгарском районе', 0, 'district', 'Talgar District', ALR, {'note': 'locates the peak'}),
        ('Талгаре', 0, 'city', 'Talgar', ALR, {'note': 'NI:training camp'}),
        ('пике Ленина', 0, 'foreign', 'Lenin Peak', N, {'note': 'NI:incident abroad (Kyrgyzstan-Tajikistan border); without "пик" the name is the person'}),
        ('Киргизии', 0, 'foreign', 'Kyrgyzstan', N, {'note': 'NI:incident abroad'}),
        ('Усть-Каменогорска', 0, 'city', 'Oskemen', EKR, {'note': 'NI:origin of the climber'}),
     ],
     inc={ALR: (1, 'fatal fall of a climber on Talgar Peak, Talgar district')}),

dict(id='p016', date='2025-05-04', lang='ru',
     event='2025 tourist falls from a cliff in the Valley of Castles of the Charyn Canyon (Uygur district, Almaty Region); three lost tourists found alive near the Kolsai Lakes (Raiymbek district; not counted); tourists from Astana; hospital in Shonzhy',
     text="""Турист сорвался с обрыва в Чарынском каньоне
АЛМАТЫ, 4 мая. Orda.kz – 24-летний турист из Астаны сорвался с обрыва высотой около 15 метров в Долине замков Чарынского каньона в субботу днём, сообщили в департаменте по ЧС Алматинской области. Мужчина с переломами доставлен в районную больницу в селе Чунджа Уйгурского района, его состояние оценивается как тяжёлое.
По словам сотрудников национального парка «Шарын», турист поднялся на скалу вне оборудованной тропы, чтобы сделать снимок.
В тот же день в Райымбекском районе трое туристов из Алматы заблудились при спуске от второго Кольсайского озера. Спасатели нашли их ночью живыми и невредимыми.
На майские праздники в Чарын, к Кольсайским озёрам и на Бартогай приехали более 20 тысяч туристов, основная часть – из Алматы и Астаны.""",
     ann=[
        ('Чарынском каньоне', 0, 'facility', 'Charyn Canyon', N, {'subkind': 'canyon', 'note': 'headline; natural feature in Uygur district'}),
        ('АЛМАТЫ', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Астаны', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of the tourist'}),
        ('Долине замков', 0, 'facility', 'Valley of Castles', N, {'subkind': 'valley', 'note': 'part of the Charyn Canyon'}),
        ('Чарынского каньона', 0, 'facility', 'Charyn Canyon', N, {'subkind': 'canyon'}),
        ('Алматинской области', 0, 'region', ALR, ALR, {'note': 'inside the name of an authority'}),
        ('Чунджа', 0, 'village', 'Shonzhy', ALR, {'note': 'NI:hospital; Russian name of Shonzhy'}),
        ('Уйгурского района', 0, 'district', 'Uygur District', ALR, {'note': 'of the hospital village; the canyon lies in the same district'}),
        ('Шарын', 0, 'facility', 'Charyn National Park', ALR, {'subkind': 'national park', 'note': 'name in quotation marks, Kazakh spelling'}),
        ('Райымбекском районе', 0, 'district', 'Raiymbek District', ALR, {'note': 'NI:lost tourists found unhurt'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of the tourists'}),
        ('Кольсайского озера', 0, 'facility', 'Kolsai Lakes', N, {'subkind': 'lake', 'note': 'NI:the second Kolsai lake'}),
        ('Чарын', 0, 'facility', 'Charyn Canyon', N, {'subkind': 'canyon', 'note': 'NI:tourist destination'}),
        ('Кольсайским озёрам', 0, 'facility', 'Kolsai Lakes', N, {'subkind': 'lake', 'note': 'NI:tourist destination'}),
        ('Бартогай', 0, 'facility', 'Bartogay reservoir', ALR, {'subkind': 'reservoir', 'note': 'NI:tourist destination'}),
        ('Алматы', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of tourists'}),
        ('Астаны', 1, 'city', 'Astana', 'Astana', {'note': 'NI:origin of tourists'}),
     ],
     inc={ALR: (1, 'a tourist fell from a cliff in the Valley of Castles, Charyn Canyon (Uygur district); the lost tourists near Kolsai are not an incident')}),
]
