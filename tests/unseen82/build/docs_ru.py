"""Russian texts of the eighty-second unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p009', date='1998-06-12', lang='ru',
     event='1998 motor rally Astana - Karaganda - Balkhash - Saryshagan - Kapchagay - Almaty (1,300 km) a month after Akmola became Astana: a car rolls into a ditch 40 km from Balkhash (Karaganda Region), a tent fire at a camp on the Kapchagay reservoir (Almaty Region); crews from Taldykorgan, centre of the region abolished in 1997; next rally to Kokshetau (North Kazakhstan Region in 1998) and Omsk',
     text="""Автопробег «Новая столица» прошёл 1300 км от Астаны до Алматы
АЛМАТЫ, 12 июня. Колонна из 14 автомобилей, стартовавшая 5 июня в Астане, в четверг вечером финишировала на площади Республики в Алматы. Пробег приурочен к презентации новой столицы: месяц назад Акмолу переименовали в Астану.

Первый этап, 220 км до Караганды, прошёл без происшествий. В Караганде участников встретили у здания областного акимата, ночь они провели в Темиртау.

Второй этап, от Караганды до Балхаша, оказался самым тяжёлым: 380 км разбитой дороги через степь. У двух машин лопнули рессоры, и механики чинили их прямо на обочине. В 40 км от Балхаша водитель «Нивы» уснул за рулём, машина съехала в кювет и перевернулась. Водителя и штурмана с ушибами доставили в городскую больницу Балхаша, дальше они поехали в автобусе сопровождения.

Третий этап, Балхаш — Сарышаган — Капчагай, около 620 км, колонна прошла за два дня: сначала вдоль озера Балхаш, потом через пески. В Капчагае к пробегу присоединились два экипажа из Талдыкоргана, бывшего центра упразднённой в прошлом году Талдыкорганской области. Ночью в палаточном лагере на берегу Капчагайского водохранилища от газовой плитки загорелась палатка, огонь перекинулся на две соседние. Люди успели выбежать, сгорели вещи и документы трёх участников.

Последние 70 км до Алматы колонна прошла с эскортом дорожной полиции Алматинской области.

«Мы хотели показать, что между старой и новой столицей можно проехать на любой машине, если не спать за рулём», — сказал руководитель пробега Ерлан Сатыбалдиев. По его словам, машины прошли через четыре области. Следующий пробег намечен на сентябрь: Астана — Кокшетау — Петропавловск — Омск.""",
     ann=[
        ('Астаны', 0, 'city', 'Astana', 'Astana', {'note': 'NI:headline, route start'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:headline, route end'}),
        ('АЛМАТЫ', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Астане', 0, 'city', 'Astana', 'Astana', {'note': 'NI:start'}),
        ('площади Республики', 0, 'facility', 'Republic Square (Almaty)', 'Almaty', {'subkind': 'square', 'note': 'NI:finish'}),
        ('Алматы', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:finish'}),
        ('Акмолу', 0, 'city', 'Astana', 'Astana', {'note': 'NI:former name of the capital (renamed 1998-05-06)'}),
        ('Астану', 0, 'city', 'Astana', 'Astana', {'note': 'NI:renaming'}),
        ('Караганды', 0, 'city', 'Karaganda', KR, {'note': 'NI:route endpoint'}),
        ('Караганде', 0, 'city', 'Karaganda', KR, {'note': 'NI:welcome'}),
        ('Темиртау', 0, 'city', 'Temirtau', KR, {'note': 'NI:overnight stop'}),
        ('Караганды', 1, 'city', 'Karaganda', KR, {'note': 'NI:route start'}),
        ('Балхаша', 0, 'city', 'Balkhash', KR, {'note': 'NI:route endpoint'}),
        ('Балхаша', 1, 'city', 'Balkhash', KR, {'note': 'reference point of the accident ("в 40 км от"); Karaganda Region'}),
        ('Балхаша', 2, 'city', 'Balkhash', KR, {'note': 'NI:hospital'}),
        ('Балхаш', 0, 'city', 'Balkhash', KR, {'note': 'NI:route start'}),
        ('Сарышаган', 0, 'village', 'Saryshagan', KR, {'note': 'NI:on the route'}),
        ('Капчагай', 0, 'city', 'Konaev', ALR, {'note': 'NI:route endpoint; renamed Konaev in 2022'}),
        ('Балхаш', 1, 'facility', 'Lake Balkhash', N, {'subkind': 'lake', 'note': 'the lake ("вдоль озера Балхаш"), not the town; the preceding "озера" is left out'}),
        ('Капчагае', 0, 'city', 'Konaev', ALR, {'note': 'NI:crews joined'}),
        ('Талдыкоргана', 0, 'city', 'Taldykorgan', ALR, {'note': 'NI:origin of crews; Almaty Region from 1997 to 2022'}),
        ('Талдыкорганской области', 0, 'region', ALR, ALR, {'uncertain': True, 'note': 'NI:abolished in 1997 and merged into Almaty Region; labelled with the unit that took over its land'}),
        ('Капчагайского водохранилища', 0, 'facility', 'Kapchagay reservoir', ALR, {'subkind': 'reservoir', 'note': 'tent fire at a camp on its shore'}),
        ('Алматы', 2, 'city', 'Almaty', 'Almaty', {'note': 'NI:route end'}),
        ('Алматинской области', 0, 'region', ALR, ALR, {'note': 'NI:inside the name of an authority (road police escort)'}),
        ('четыре области', 0, 'quantified', '4 regions', N, {'count': 4, 'unit': 'region', 'note': 'regions crossed; not about incidents'}),
        ('Астана', 0, 'city', 'Astana', 'Astana', {'note': 'NI:planned rally start'}),
        ('Кокшетау', 0, 'city', 'Kokshetau', NKR, {'note': 'NI:planned rally; part of North Kazakhstan Region from 1997 (merger of Kokshetau Region) until 1999, when it became the centre of Akmola Region'}),
        ('Петропавловск', 0, 'city', 'Petropavl', NKR, {'note': 'NI:planned rally; Russian name'}),
        ('Омск', 0, 'foreign', 'Omsk', N, {'note': 'NI:planned rally end'}),
     ],
     inc={KR: (1, 'a Niva rolled into a ditch 40 km from Balkhash, two hurt; broken springs are breakdowns, not counted'),
          ALR: (1, 'tent fire spreading to two more tents at a camp on the shore of the Kapchagay reservoir')}),

dict(id='p010', date='2001-08-07', lang='ru',
     event='2001 trekking tour in the Kazakh Altai (Ust-Kamenogorsk - Zyryanovsk - Katon-Karagai - Rakhmanov springs - Belukha): fire in the tourist camp at the Rakhmanov springs (East Kazakhstan Region); a Novosibirsk tourist lost on the Belukha glacier found alive (not counted); the Russian Altai Republic across the ridge',
     text="""Пожар в турлагере у Рахмановских ключей: сгорели баня и две палатки
УСТЬ-КАМЕНОГОРСК, 7 августа. В ночь на понедельник в туристическом лагере у Рахмановских ключей (Катон-Карагайский район) загорелась баня. Огонь перекинулся на две палатки, одна туристка получила ожоги рук, сообщили в управлении по ЧС Восточно-Казахстанской области.
В лагере жила группа из 18 человек, которая 28 июля выехала из Усть-Каменогорска по маршруту Усть-Каменогорск — Зыряновск (230 км) — Катон-Карагай (190 км) — Урыль — Рахмановские ключи. Оттуда туристы пешком поднимались к подножию Белухи, за хребтом которой уже Республика Алтай, Россия.
Днём раньше на леднике отстал от группы турист из Новосибирска. Его искали спасатели из Катон-Карагая и российские пограничники; через сутки мужчину нашли живым у моренного озера.
Руководитель группы Ольга Тищенко говорит, что маршрут продлится до 15 августа: туристы вернутся через Зыряновск в Усть-Каменогорск.""",
     ann=[
        ('Рахмановских ключей', 0, 'facility', 'Rakhmanov springs', EKR, {'subkind': 'resort', 'note': 'headline; site of the camp fire'}),
        ('УСТЬ-КАМЕНОГОРСК', 0, 'city', 'Oskemen', EKR, {'note': 'dateline'}),
        ('Рахмановских ключей', 1, 'facility', 'Rakhmanov springs', EKR, {'subkind': 'resort', 'note': 'camp fire'}),
        ('Катон-Карагайский район', 0, 'district', 'Katon-Karagai District', EKR),
        ('Восточно-Казахстанской области', 0, 'region', EKR, EKR, {'note': 'inside the name of an authority'}),
        ('Усть-Каменогорска', 0, 'city', 'Oskemen', EKR, {'note': 'NI:start of the tour'}),
        ('Усть-Каменогорск', 0, 'city', 'Oskemen', EKR, {'note': 'NI:route start'}),
        ('Зыряновск', 0, 'city', 'Altai (town)', EKR, {'note': 'NI:on the route; renamed Altai in 2019'}),
        ('Катон-Карагай', 0, 'village', 'Katon-Karagai', EKR, {'note': 'NI:on the route'}),
        ('Урыль', 0, 'village', 'Uryl', EKR, {'note': 'NI:on the route'}),
        ('Рахмановские ключи', 0, 'facility', 'Rakhmanov springs', EKR, {'subkind': 'resort', 'note': 'NI:route end'}),
        ('Белухи', 0, 'facility', 'Belukha', N, {'subkind': 'mountain', 'note': 'NI:on the border of Kazakhstan and Russia'}),
        ('Республика Алтай', 0, 'foreign', 'Altai Republic', N, {'note': 'NI:across the ridge'}),
        ('Россия', 0, 'foreign', 'Russia', N),
        ('Новосибирска', 0, 'foreign', 'Novosibirsk', N, {'note': 'NI:residence of a tourist who was lost and found alive'}),
        ('Катон-Карагая', 0, 'village', 'Katon-Karagai', EKR, {'note': 'NI:origin of rescuers'}),
        ('Зыряновск', 1, 'city', 'Altai (town)', EKR, {'note': 'NI:return route'}),
        ('Усть-Каменогорск', 1, 'city', 'Oskemen', EKR, {'note': 'NI:return'}),
     ],
     inc={EKR: (1, 'bath-house fire spreading to two tents at the camp by the Rakhmanov springs, one burned; the tourist lost on the glacier and found alive is not counted')}),

dict(id='p011', date='2018-08-20', lang='ru',
     event='2018 pilgrimage day tour Shymkent - Sairam - Turkestan - Otrar two months after the reform: a pilgrims\' minibus collides with a lorry 15 km from Turkestan, seven hurt (Turkistan Region); Shymkent a city of republican significance since 19 June; the former name of the region',
     text="""Микроавтобус с паломниками столкнулся с грузовиком под Туркестаном
ТУРКЕСТАН, 20 августа. На трассе Шымкент — Туркестан, в 15 км от Туркестана, микроавтобус с паломниками столкнулся с грузовиком. Семь человек госпитализированы, двое в тяжёлом состоянии, сообщил департамент полиции Туркестанской области (до июня — Южно-Казахстанской).
Группа из Шымкента ехала по однодневному маршруту «Святые места»: Шымкент — Сайрам (15 км) — Туркестан (150 км) и мавзолей Ходжи Ахмеда Яссауи, затем городище Отрар и мавзолей Арыстан-Баба (60 км) и вечером обратно в Шымкент. Водитель грузовика, житель Кентау, задержан.
Туроператор отменил поездки до конца недели. В акимате Шымкента, который с 19 июня стал городом республиканского значения, пообещали проверить все компании, которые возят паломников по области.""",
     ann=[
        ('Туркестаном', 0, 'city', 'Turkestan', TR, {'note': 'headline; the collision near the town'}),
        ('ТУРКЕСТАН', 0, 'city', 'Turkestan', TR, {'note': 'dateline'}),
        ('Шымкент', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:road endpoint'}),
        ('Туркестан', 0, 'city', 'Turkestan', TR, {'note': 'NI:road endpoint'}),
        ('Туркестана', 0, 'city', 'Turkestan', TR, {'note': 'reference point of the collision ("в 15 км от")'}),
        ('Туркестанской области', 0, 'region', TR, TR, {'note': 'inside the name of an authority'}),
        ('Южно-Казахстанской', 0, 'region', TR, TR, {'uncertain': True, 'note': 'former name of the region (renamed 2018-06-19), head noun elided; labelled with the unit holding its land on the article date'}),
        ('Шымкента', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:origin of the group'}),
        ('Шымкент', 1, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:route start'}),
        ('Сайрам', 0, 'village', 'Sairam', TR, {'note': 'NI:on the route'}),
        ('Туркестан', 1, 'city', 'Turkestan', TR, {'note': 'NI:on the route'}),
        ('мавзолей Ходжи Ахмеда Яссауи', 0, 'facility', 'Khoja Ahmed Yasawi mausoleum', TR, {'subkind': 'mausoleum', 'note': 'NI:on the route; named after a person'}),
        ('Отрар', 0, 'facility', 'Otrar (ancient city)', TR, {'subkind': 'archaeological site', 'note': 'NI:on the route'}),
        ('мавзолей Арыстан-Баба', 0, 'facility', 'Arystan Bab mausoleum', TR, {'subkind': 'mausoleum', 'note': 'NI:on the route; named after a person'}),
        ('Шымкент', 2, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:return'}),
        ('Кентау', 0, 'city', 'Kentau', TR, {'note': 'NI:residence of the lorry driver'}),
        ('Шымкента', 1, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:inside the name of an authority (akimat); city of republican significance since 2018-06-19'}),
     ],
     inc={TR: (1, 'pilgrims\' minibus collided with a lorry 15 km from Turkestan, seven hurt')}),

dict(id='p012', date='2021-06-21', lang='ru',
     event='2021 cycling expedition Nur-Sultan - Karaganda - Karkaralinsk - Bayanaul - Ekibastuz - Pavlodar - Omsk (1,150 km): a grass fire from a neighbouring campfire burns two tents and pine forest at Lake Shaitankol in Karkaraly national park (Karaganda Region); a cyclist hit by a car 20 km from Ekibastuz (Pavlodar Region); five hours at the Russian border; Semey in East Kazakhstan Region in 2021',
     text="""Велоэкспедиция «Сарыарка» финишировала в Омске: 1150 км, один пожар и одна авария
ПАВЛОДАР, 21 июня. Восемь велосипедистов из Нур-Султана завершили в воскресенье 16-дневную экспедицию по Сарыарке: они пересекли границу с Омской областью России и финишировали в Омске. Наш корреспондент прошёл с ними казахстанскую часть маршрута.

Дни 1–3. Нур-Султан — Караганда, 220 км по четырёхполосной трассе. В Караганде группа отдыхала день и меняла покрышки, а к экспедиции присоединились двое велосипедистов из Темиртау, которые ехали с ней до самого Омска.

Дни 4–6. Караганда — Каркаралинск, 220 км на восток. Лагерь разбили в Каркаралинском национальном парке у озера Шайтанколь. На вторую ночь от непотушенного костра соседей загорелась сухая трава. Сгорели две палатки экспедиции и около гектара соснового леса, огонь потушили лесники и пожарные из Каркаралинска. Никто не пострадал. Директор парка напомнил, что разводить костры летом здесь запрещено, и пообещал усилить патрули у озёр.

Дни 7–10. Каркаралинск — Баянаул, 260 км по степи, с ночёвками в ауле Егиндыбулак и на зимовках чабанов.

Дни 11–12. Баянаул — Экибастуз — Павлодар, 250 км. В 20 км от Экибастуза участника экспедиции Тимура Ахметова сбил легковой автомобиль, который обгонял фуру. С переломом ключицы велосипедиста увезли в больницу Экибастуза, дальше он ехал в машине сопровождения.

Дни 13–16. Павлодар — Омск, 440 км вдоль Иртыша. На границе с Россией группа простояла пять часов: из-за пандемии людей пропускали по одному.

«Мы проехали через три области Казахстана и ни разу не попали под дождь», — говорит руководитель экспедиции Анна Ким. В следующем году группа хочет проехать от Семея до Зайсана, а потом через перевал в Китай.""",
     ann=[
        ('Омске', 0, 'foreign', 'Omsk', N, {'note': 'NI:headline, finish'}),
        ('ПАВЛОДАР', 0, 'city', 'Pavlodar', PR, {'note': 'dateline'}),
        ('Нур-Султана', 0, 'city', 'Astana', 'Astana', {'note': 'NI:residence of the cyclists'}),
        ('Сарыарке', 0, 'facility', 'Saryarka', N, {'subkind': 'steppe', 'note': 'NI:the Kazakh Uplands, a natural region'}),
        ('Омской областью', 0, 'foreign', 'Omsk Oblast', N, {'note': 'NI:border crossed'}),
        ('России', 0, 'foreign', 'Russia', N),
        ('Омске', 1, 'foreign', 'Omsk', N, {'note': 'NI:finish'}),
        ('Нур-Султан', 0, 'city', 'Astana', 'Astana', {'note': 'NI:route start'}),
        ('Караганда', 0, 'city', 'Karaganda', KR, {'note': 'NI:route endpoint'}),
        ('Караганде', 0, 'city', 'Karaganda', KR, {'note': 'NI:rest day'}),
        ('Темиртау', 0, 'city', 'Temirtau', KR, {'note': 'NI:residence of two cyclists'}),
        ('Омска', 0, 'foreign', 'Omsk', N, {'note': 'NI:finish'}),
        ('Караганда', 1, 'city', 'Karaganda', KR, {'note': 'NI:route start'}),
        ('Каркаралинск', 0, 'city', 'Karkaraly', KR, {'note': 'NI:route endpoint'}),
        ('Каркаралинском национальном парке', 0, 'facility', 'Karkaraly national park', KR, {'subkind': 'national park', 'note': 'camp fire'}),
        ('Шайтанколь', 0, 'facility', 'Lake Shaitankol', N, {'subkind': 'lake', 'note': 'natural feature in the park; site of the fire; the preceding "озера" is left out'}),
        ('Каркаралинска', 0, 'city', 'Karkaraly', KR, {'note': 'NI:origin of firefighters'}),
        ('Каркаралинск', 1, 'city', 'Karkaraly', KR, {'note': 'NI:route start'}),
        ('Баянаул', 0, 'village', 'Bayanaul', PR, {'note': 'NI:route endpoint'}),
        ('Егиндыбулак', 0, 'village', 'Egindybulak', KR, {'note': 'NI:overnight stop; the preceding "ауле" (village) is left out'}),
        ('Баянаул', 1, 'village', 'Bayanaul', PR, {'note': 'NI:route start'}),
        ('Экибастуз', 0, 'city', 'Ekibastuz', PR, {'note': 'NI:on the route'}),
        ('Павлодар', 0, 'city', 'Pavlodar', PR, {'note': 'NI:route endpoint'}),
        ('Экибастуза', 0, 'city', 'Ekibastuz', PR, {'note': 'reference point of the collision ("в 20 км от")'}),
        ('Экибастуза', 1, 'city', 'Ekibastuz', PR, {'note': 'NI:hospital'}),
        ('Павлодар', 1, 'city', 'Pavlodar', PR, {'note': 'NI:route start'}),
        ('Омск', 0, 'foreign', 'Omsk', N, {'note': 'NI:route end'}),
        ('Иртыша', 0, 'facility', 'Irtysh River', N, {'subkind': 'river'}),
        ('Россией', 0, 'foreign', 'Russia', N, {'note': 'NI:border wait'}),
        ('три области', 0, 'quantified', '3 regions', N, {'count': 3, 'unit': 'region', 'note': 'regions crossed; not about incidents'}),
        ('Казахстана', 0, 'country', 'Kazakhstan', N),
        ('Семея', 0, 'city', 'Semey', EKR, {'note': 'NI:planned trip; East Kazakhstan Region before 2022-06-08'}),
        ('Зайсана', 0, 'city', 'Zaisan', EKR, {'note': 'NI:planned trip'}),
        ('Китай', 0, 'foreign', 'China', N, {'note': 'NI:planned trip'}),
     ],
     inc={KR: (1, 'grass fire from a neighbouring campfire burnt two tents and a hectare of pine forest at Lake Shaitankol, Karkaraly national park'),
          PR: (1, 'a car hit a cyclist 20 km from Ekibastuz, broken collarbone')}),

dict(id='p013', date='2009-05-18', lang='ru',
     event='2009 coach trip Astrakhan - Ganyushkino - Atyrau - Kulsary - Beineu - Aktau: the coach catches fire 10 km from Kulsary (Zhylyoi district, Atyrau Region), nobody hurt; a breakdown in Dossor (not counted)',
     text="""Автобус с российскими туристами сгорел под Кульсары
АТЫРАУ, 18 мая. Туристический автобус, который вёз 32 туриста из Астрахани в Актау, в субботу загорелся на трассе Атырау — Бейнеу в 10 км от Кульсары (Жылыойский район). Водитель успел остановиться, пассажиры вышли, никто не пострадал, но салон и багаж сгорели полностью, сообщили в департаменте по ЧС Атырауской области. Предварительная причина — замыкание проводки.
Группа выехала из Астрахани в четверг и пересекла границу у Ганюшкино. В Атырау туристы осмотрели набережную Урала, потом ещё полдня простояли в Доссоре, где у автобуса сломался кондиционер.
Пассажиров пересадили в автобус, присланный из Актау. Они продолжили маршрут через Бейнеу и Шетпе и к полуночи добрались до Каспия. До Астрахани туристы вернутся самолётом.""",
     ann=[
        ('Кульсары', 0, 'city', 'Kulsary', ATR, {'note': 'headline; the coach fire near the town'}),
        ('АТЫРАУ', 0, 'city', 'Atyrau', ATR, {'note': 'dateline'}),
        ('Астрахани', 0, 'foreign', 'Astrakhan', N, {'note': 'NI:origin'}),
        ('Актау', 0, 'city', 'Aktau', MR, {'note': 'NI:destination'}),
        ('Атырау', 0, 'city', 'Atyrau', ATR, {'note': 'NI:road endpoint'}),
        ('Бейнеу', 0, 'village', 'Beineu', MR, {'note': 'NI:road endpoint'}),
        ('Кульсары', 1, 'city', 'Kulsary', ATR, {'note': 'reference point of the coach fire ("в 10 км от")'}),
        ('Жылыойский район', 0, 'district', 'Zhylyoi District', ATR, {'note': 'district of the fire'}),
        ('Атырауской области', 0, 'region', ATR, ATR, {'note': 'inside the name of an authority'}),
        ('Астрахани', 1, 'foreign', 'Astrakhan', N, {'note': 'NI:start'}),
        ('Ганюшкино', 0, 'village', 'Ganyushkino', ATR, {'note': 'NI:border crossing; later renamed Kurmangazy'}),
        ('Атырау', 1, 'city', 'Atyrau', ATR, {'note': 'NI:sightseeing'}),
        ('Урала', 0, 'facility', 'Ural River', N, {'subkind': 'river', 'note': 'embankment of the river'}),
        ('Доссоре', 0, 'village', 'Dossor', ATR, {'note': 'NI:breakdown (air conditioning), not an incident'}),
        ('Актау', 1, 'city', 'Aktau', MR, {'note': 'NI:origin of a replacement coach'}),
        ('Бейнеу', 1, 'village', 'Beineu', MR, {'note': 'NI:on the route'}),
        ('Шетпе', 0, 'village', 'Shetpe', MR, {'note': 'NI:on the route'}),
        ('Каспия', 0, 'facility', 'Caspian Sea', N, {'subkind': 'sea', 'note': 'NI:destination'}),
        ('Астрахани', 2, 'foreign', 'Astrakhan', N, {'note': 'NI:return'}),
     ],
     inc={ATR: (1, 'tourist coach burnt out 10 km from Kulsary, Zhylyoi district; the broken air conditioning in Dossor is a breakdown, not counted')}),

dict(id='p014', date='2013-04-02', lang='ru',
     event='2013 Baikonur launch tour (Moscow - Kyzylorda - Zhosaly - Baikonur - Aralsk): the tour bus hits a camel near Zhosaly, driver cut (Kyzylorda Region); the rented town of Baikonur',
     text="""Автобус с «космическими туристами» сбил верблюда под Жосалы
КЫЗЫЛОРДА, 2 апреля. Группа из 26 туристов из Москвы, прилетевшая в Кызылорду посмотреть на запуск «Союза», едва не опоздала на космодром. В воскресенье вечером на трассе Кызылорда — Байконур у посёлка Жосалы (Кармакшинский район) туристический автобус сбил верблюда, переходившего дорогу. Разбилось лобовое стекло, водитель порезал руку, пассажиры отделались испугом. Владельца верблюда ищет полиция Кызылординской области.
Туристов довезли до Байконура на автобусах космодрома, до которого от Кызылорды около 240 км. Город с 1994 года арендует Россия.
После старта группа поедет в Аральск, ещё 250 км на северо-запад, чтобы увидеть бывшее морское дно и кладбище кораблей, а 5 апреля вернётся поездом в Москву.""",
     ann=[
        ('Жосалы', 0, 'village', 'Zhosaly', KZR, {'note': 'headline; bus hit a camel near the settlement'}),
        ('КЫЗЫЛОРДА', 0, 'city', 'Kyzylorda', KZR, {'note': 'dateline'}),
        ('Москвы', 0, 'foreign', 'Moscow', N, {'note': 'NI:origin'}),
        ('Кызылорду', 0, 'city', 'Kyzylorda', KZR, {'note': 'NI:arrival'}),
        ('Кызылорда', 0, 'city', 'Kyzylorda', KZR, {'note': 'NI:road endpoint'}),
        ('Байконур', 0, 'city', 'Baikonur', KZR, {'note': 'NI:road endpoint; town leased to Russia'}),
        ('Жосалы', 1, 'village', 'Zhosaly', KZR, {'note': 'bus hit a camel by the settlement'}),
        ('Кармакшинский район', 0, 'district', 'Karmakshy District', KZR),
        ('Кызылординской области', 0, 'region', KZR, KZR, {'note': 'inside the name of an authority'}),
        ('Байконура', 0, 'city', 'Baikonur', KZR, {'note': 'NI:destination; leased to Russia'}),
        ('Кызылорды', 0, 'city', 'Kyzylorda', KZR, {'note': 'NI:reference point'}),
        ('Россия', 0, 'foreign', 'Russia', N, {'note': 'NI:lessee'}),
        ('Аральск', 0, 'city', 'Aral', KZR, {'note': 'NI:planned trip'}),
        ('Москву', 0, 'foreign', 'Moscow', N, {'note': 'NI:return'}),
     ],
     inc={KZR: (1, 'tour bus hit a camel by Zhosaly, Karmakshy district, driver cut')}),

dict(id='p015', date='2024-09-09', lang='ru',
     event='2024 road trip Samara - Uralsk - Aktobe - Karabutak - Irgiz - Aralsk (1,600 km): a collision with a car on the way out of Uralsk (West Kazakhstan Region), a kitchen tent fire at a camp on the Irgiz river (Aktobe Region); fires at tourist camps in three other, unnamed regions (unattributed); a traveller from Orenburg Oblast',
     text="""Из Самары к Аральскому морю: дневник автопутешествия
АКТОБЕ, 9 сентября. Три машины, семь человек и 1600 км степи: участники клуба путешественников из Самары рассказали нам, как прошла их поездка по западу Казахстана.

День 1. Самара — граница — Уральск, 270 км. Пограничный переход прошли за два часа. Ночевали в центре Уральска, гуляли по набережной Урала.

День 2. Уральск — Актобе, 470 км. На выезде из Уральска в нашу вторую машину на перекрёстке врезалась «Лада», водитель которой проехал на красный. Пострадала пассажирка, у неё сотрясение мозга; её отвезли в областную больницу, а мы потеряли полдня на оформлении. Полиция Западно-Казахстанской области признала виновным водителя «Лады».

Дни 3–4. Актобе — Карабутак — Иргиз, 400 км. К нам присоединился путешественник из Оренбургской области на старом «УАЗе». Лагерь разбили на берегу реки Иргиз, в 15 км от посёлка. Ночью от газовой горелки вспыхнула палатка-кухня, огонь перекинулся на тент машины. Палатку и продукты спасти не удалось, людей не задело. Утром приезжали спасатели из Иргиза, составили протокол.

Дни 5–6. Иргиз — Аральск по грунтовке, около 350 км, два прокола. Дорога в Кызылординскую область почти пустая: за день мы встретили три машины. В Аральске нас встретил рыбак, который показал, как море возвращается к бывшему порту.

По данным МЧС, в те же выходные пожары в туристических лагерях произошли ещё в трёх областях, названия которых в сводке не приводятся. Спасатели просят не ставить горелки внутри палаток.

Обратно группа ехала через Актобе и Оренбург. Следующая поездка, по словам руководителя клуба Андрея Лаптева, — в Мангистау и на Устюрт.""",
     ann=[
        ('Самары', 0, 'foreign', 'Samara', N, {'note': 'NI:headline, route start'}),
        ('Аральскому морю', 0, 'facility', 'Aral Sea', N, {'subkind': 'sea', 'note': 'NI:headline, destination'}),
        ('АКТОБЕ', 0, 'city', 'Aktobe', AR, {'note': 'dateline'}),
        ('Самары', 1, 'foreign', 'Samara', N, {'note': 'NI:seat of the club'}),
        ('Казахстана', 0, 'country', 'Kazakhstan', N, {'note': '"по западу Казахстана": directional, only the country'}),
        ('Самара', 0, 'foreign', 'Samara', N, {'note': 'NI:route start'}),
        ('Уральск', 0, 'city', 'Oral', WKR, {'note': 'NI:route endpoint; Russian name'}),
        ('Уральска', 0, 'city', 'Oral', WKR, {'note': 'NI:overnight stop'}),
        ('Урала', 0, 'facility', 'Ural River', N, {'subkind': 'river'}),
        ('Уральск', 1, 'city', 'Oral', WKR, {'note': 'NI:route start'}),
        ('Актобе', 0, 'city', 'Aktobe', AR, {'note': 'NI:route endpoint'}),
        ('Уральска', 1, 'city', 'Oral', WKR, {'note': 'collision at a junction on the way out of the city'}),
        ('Западно-Казахстанской области', 0, 'region', WKR, WKR, {'note': 'inside the name of an authority'}),
        ('Актобе', 1, 'city', 'Aktobe', AR, {'note': 'NI:route start'}),
        ('Карабутак', 0, 'village', 'Karabutak', AR, {'note': 'NI:on the route'}),
        ('Иргиз', 0, 'village', 'Irgiz', AR, {'note': 'NI:route endpoint'}),
        ('Оренбургской области', 0, 'foreign', 'Orenburg Oblast', N, {'note': 'NI:residence of a traveller'}),
        ('Иргиз', 1, 'facility', 'Irgiz River', N, {'subkind': 'river', 'note': 'the river ("на берегу реки Иргиз"), not the village; the preceding "реки" is left out; camp 15 km from the village of Irgiz (Aktobe Region), the tent fire'}),
        ('Иргиза', 0, 'village', 'Irgiz', AR, {'note': 'NI:origin of rescuers'}),
        ('Иргиз', 2, 'village', 'Irgiz', AR, {'note': 'NI:route start'}),
        ('Аральск', 0, 'city', 'Aral', KZR, {'note': 'NI:route endpoint'}),
        ('Кызылординскую область', 0, 'region', KZR, KZR, {'note': 'NI:on the route'}),
        ('Аральске', 0, 'city', 'Aral', KZR, {'note': 'NI:meeting'}),
        ('трёх областях', 0, 'quantified', '3 other regions', N, {'count': 3, 'unit': 'region', 'note': 'fires at tourist camps in three unnamed regions'}),
        ('Актобе', 2, 'city', 'Aktobe', AR, {'note': 'NI:return route'}),
        ('Оренбург', 0, 'foreign', 'Orenburg', N, {'note': 'NI:return route'}),
        ('Мангистау', 0, 'region', MR, MR, {'note': 'NI:planned trip; Russian form of Mangystau (the region)'}),
        ('Устюрт', 0, 'facility', 'Ustyurt plateau', N, {'subkind': 'plateau', 'note': 'NI:planned trip'}),
     ],
     inc={WKR: (1, 'a Lada ran a red light and hit the expedition car on the way out of Uralsk, one concussion'),
          AR: (1, 'kitchen tent fire at the camp on the Irgiz river, 15 km from Irgiz')},
     unatt=[{'label': 'трёх областях', 'count': 3, 'note': 'fires at tourist camps in three other, unnamed regions on the same weekend'}]),

dict(id='p016', date='2015-07-27', lang='ru',
     event='2015 road trip Chelyabinsk - Troitsk - Kostanay - Rudny - Lisakovsk - Arkalyk: a campfire spreads to reeds and burns a tent and a car at a lake near Arkalyk (Kostanay Region); Arkalyk the former centre of Turgay Region (abolished 1997)',
     text="""Туристы из Челябинска едва не остались без машины на озере под Аркалыком
АРКАЛЫК, 27 июля. Компания из пяти туристов из Челябинска, путешествующая по Костанайской области, в субботу лишилась палатки и едва не потеряла машину. По данным департамента по ЧС области, от костра на берегу озера в 30 км от Аркалыка загорелся камыш. Огонь уничтожил палатку и повредил машину, туристов не задело; пожарные тушили камыш на площади около двух гектаров.
Маршрут туристы проложили сами: Челябинск — Троицк — граница — Костанай (260 км), затем Рудный, Лисаковск и Аркалык, ещё 500 км на юг. Аркалык, говорят они, выбрали из любопытства: в 1970–1997 годах с перерывом это был центр Тургайской области, а теперь город стоит почти пустой.
Дальше туристы хотели ехать в Торгай и к Тургайским геоглифам, но после пожара решили вернуться домой через Костанай.""",
     ann=[
        ('Челябинска', 0, 'foreign', 'Chelyabinsk', N, {'note': 'NI:headline, origin'}),
        ('Аркалыком', 0, 'city', 'Arkalyk', KOR, {'note': 'headline; fire at a lake near the town'}),
        ('АРКАЛЫК', 0, 'city', 'Arkalyk', KOR, {'note': 'dateline'}),
        ('Челябинска', 1, 'foreign', 'Chelyabinsk', N, {'note': 'NI:origin'}),
        ('Костанайской области', 0, 'region', KOR, KOR, {'note': 'region of the trip'}),
        ('Аркалыка', 0, 'city', 'Arkalyk', KOR, {'note': 'reference point of the fire ("в 30 км от")'}),
        ('Челябинск', 0, 'foreign', 'Chelyabinsk', N, {'note': 'NI:route start'}),
        ('Троицк', 0, 'foreign', 'Troitsk (Chelyabinsk Oblast)', N, {'note': 'NI:on the route; Russian border town'}),
        ('Костанай', 0, 'city', 'Kostanay', KOR, {'note': 'NI:on the route'}),
        ('Рудный', 0, 'city', 'Rudny', KOR, {'note': 'NI:on the route'}),
        ('Лисаковск', 0, 'city', 'Lisakovsk', KOR, {'note': 'NI:on the route'}),
        ('Аркалык', 0, 'city', 'Arkalyk', KOR, {'note': 'NI:on the route'}),
        ('Аркалык', 1, 'city', 'Arkalyk', KOR, {'note': 'NI:history'}),
        ('Тургайской области', 0, 'region', KOR, KOR, {'uncertain': True, 'note': 'NI:history; Turgay Region, abolished in 1997 (its land split between Kostanay and Akmola regions, Arkalyk went to Kostanay); labelled with the unit that holds Arkalyk'}),
        ('Торгай', 0, 'village', 'Torgai', KOR, {'note': 'NI:planned destination'}),
        ('Тургайским геоглифам', 0, 'facility', 'Turgai geoglyphs', KOR, {'subkind': 'archaeological site', 'note': 'NI:planned destination'}),
        ('Костанай', 1, 'city', 'Kostanay', KOR, {'note': 'NI:return route'}),
     ],
     inc={KOR: (1, 'campfire set the reeds on fire at a lake 30 km from Arkalyk, a tent burnt and a car damaged')}),
]
