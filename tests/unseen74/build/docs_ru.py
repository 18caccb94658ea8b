"""Russian texts of the seventy-fourth unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'
LIST = 'in a list sharing "областях"'

DOCS = [
dict(id='p009', date='1992-01-21', lang='ru',
     event='1992 black ice and wind warning for the Guryev, Uralsk and Aktyubinsk regions (Soviet-era names of Atyrau, West Kazakhstan and Aktobe regions): bus overturned 40 km from Uralsk on the Uralsk-Aktyubinsk road (West Kazakhstan Region); power lines torn by ice in Guryev and the road to Orsk closed (not counted)',
     text="""Гололёд на западе: рейсовый автобус опрокинулся под Уральском
УРАЛЬСК, 21 января — Гидрометцентр Казахстана предупредил о гололёде и сильном ветре в Гурьевской, Уральской и Актюбинской областях. Первая серьёзная авария случилась уже ночью: на трассе Уральск — Актюбинск рейсовый автобус занесло на обледеневшем спуске в 40 км от Уральска, и он опрокинулся в кювет. Пострадали девять пассажиров, двое из них в тяжёлом состоянии, сообщили в УВД Уральской области.
В Гурьеве под тяжестью льда оборвались провода, несколько микрорайонов больше суток сидят без света и тепла. В Актюбинской области аварий не зарегистрировано, однако движение по трассе на Орск закрыто до улучшения погоды.
Синоптики обещают, что гололёд продержится во всех западных областях республики как минимум до конца недели.""",
     ann=[
        ('Уральском', 0, 'city', 'Oral', WKR, {'note': 'headline; Russian name of Oral (Uralsk); the crash happened near the city'}),
        ('УРАЛЬСК', 0, 'city', 'Oral', WKR, {'note': 'dateline'}),
        ('Казахстана', 0, 'country', 'Kazakhstan', N, {'note': 'inside the name of an authority'}),
        ('Гурьевской', 0, 'region', ATR, ATR, {'note': 'NI:warning; Soviet-era name of Atyrau Region (Guryev); ' + LIST}),
        ('Уральской', 0, 'region', WKR, WKR, {'note': 'NI:warning; Soviet-era name of West Kazakhstan Region (Uralsk); ' + LIST}),
        ('Актюбинской', 0, 'region', AR, AR, {'note': 'NI:warning; Russian name of Aktobe Region; ' + LIST}),
        ('Уральск', 0, 'city', 'Oral', WKR, {'note': 'NI:road endpoint'}),
        ('Актюбинск', 0, 'city', 'Aktobe', AR, {'note': 'NI:road endpoint'}),
        ('Уральска', 0, 'city', 'Oral', WKR, {'note': 'NI:reference point'}),
        ('Уральской области', 0, 'region', WKR, WKR, {'note': 'inside the name of an authority (УВД)'}),
        ('Гурьеве', 0, 'city', 'Atyrau', ATR, {'note': 'NI:power lines torn by ice, a power cut; Soviet-era name of Atyrau'}),
        ('Актюбинской области', 0, 'region', AR, AR, {'note': 'NI:no accidents, road closed'}),
        ('Орск', 0, 'foreign', 'Orsk', N, {'note': 'NI:road destination (Russia)'}),
        ('всех западных областях', 0, 'quantified', 'all western regions', N, {'count': N, 'unit': 'region', 'quantifier': 'all', 'note': 'forecast, not about incidents'}),
     ],
     inc={WKR: (1, 'bus overturned on black ice on the Uralsk-Aktyubinsk road 40 km from Uralsk, nine hurt')}),

dict(id='p010', date='2018-07-04', lang='ru',
     event='2018 storm warning for the Turkistan, Zhambyl and Kyzylorda regions and Shymkent two weeks after the reform: roofs torn off in the Nursat microdistrict of Shymkent, hail on cotton near Atakent (Maktaaral district, Turkistan Region), fatal three-car crash in a dust storm near Shieli (Kyzylorda Region), billboard on a bus stop in Taraz (Jambyl Region); the renaming of South Kazakhstan Region recalled',
     text="""Штормовое предупреждение на юге: в Шымкенте сорваны крыши, в Мактааральском районе град побил хлопок
ШЫМКЕНТ, 4 июля — Казгидромет продлил до пятницы штормовое предупреждение по Туркестанской, Жамбылской и Кызылординской областям, а также по Шымкенту. Синоптики ожидают шквалистый ветер до 25 м/с, град и пыльные бури, а в большинстве районов Туркестанской области — жару до 44 градусов.

Сильнее всего пострадал Шымкент. Во вторник вечером ветер сорвал кровлю с трёх многоэтажных домов в микрорайоне Нурсат и повалил более 70 деревьев, двое прохожих получили травмы, сообщили в городском департаменте по ЧС. Без света на несколько часов остались жители Енбекшинского района.

В Мактааральском районе Туркестанской области град размером с грецкий орех побил хлопчатник и бахчи на площади около 2 тыс. гектаров. Больше всего пострадали поля у села Атакент, говорят в районном акимате.

На трассе Шымкент — Кызылорда у посёлка Шиели во время пыльной бури столкнулись три автомобиля. Один человек погиб, четверо госпитализированы, сообщили в полиции Кызылординской области.

В Таразе ветер опрокинул рекламный щит на остановку общественного транспорта; по счастливой случайности на ней никого не было. Других происшествий в Жамбылской области не зарегистрировано.

«За вечер мы получили больше трёхсот звонков, — рассказал начальник городского департамента по ЧС Ерлан Абдрахманов. — Сейчас главное — убрать упавшие деревья с дорог и до начала учебного года проверить крыши всех школ». Коммунальные службы обещают полностью восстановить электроснабжение к утру.

Напомним, 19 июня Южно-Казахстанская область переименована в Туркестанскую, а Шымкент стал городом республиканского значения. Областные управления пока остаются в Шымкенте и переедут в Туркестан до конца года. По словам спасателей, жители по привычке звонят в «областную» службу, хотя теперь у города и области разные департаменты.""",
     ann=[
        ('Шымкенте', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'headline; city of republican significance since 2018-06-19'}),
        ('Мактааральском районе', 0, 'district', 'Makhtaaral District', TR, {'note': 'headline'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'dateline'}),
        ('Туркестанской', 0, 'region', TR, TR, {'note': 'NI:storm warning; in a list sharing "областям"'}),
        ('Жамбылской', 0, 'region', JR, JR, {'note': 'NI:storm warning; in a list sharing "областям"'}),
        ('Кызылординской', 0, 'region', KZR, KZR, {'note': 'NI:storm warning; in a list sharing "областям"'}),
        ('Шымкенту', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:storm warning'}),
        ('большинстве районов', 0, 'quantified', 'most districts', N, {'count': N, 'unit': 'district', 'note': 'vague quantifier; heat forecast'}),
        ('Туркестанской области', 0, 'region', TR, TR, {'note': 'NI:heat forecast'}),
        ('Шымкент', 0, 'city', 'Shymkent', 'Shymkent'),
        ('Нурсат', 0, 'district', 'Nursat (Shymkent)', 'Shymkent', {'subkind': 'microdistrict'}),
        ('Енбекшинского района', 0, 'district', 'Enbekshi District (Shymkent)', 'Shymkent', {'subkind': 'city district', 'note': 'NI:power cut'}),
        ('Мактааральском районе', 1, 'district', 'Makhtaaral District', TR),
        ('Туркестанской области', 1, 'region', TR, TR, {'note': 'Turkistan Region since 2018-06-19'}),
        ('Атакент', 0, 'village', 'Atakent', TR),
        ('Шымкент', 1, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:road endpoint'}),
        ('Кызылорда', 0, 'city', 'Kyzylorda', KZR, {'note': 'NI:road endpoint'}),
        ('Шиели', 0, 'village', 'Shieli', KZR, {'note': 'settlement, centre of Shieli district'}),
        ('Кызылординской области', 0, 'region', KZR, KZR, {'note': 'inside the name of an authority (police)'}),
        ('Таразе', 0, 'city', 'Taraz', JR),
        ('Жамбылской области', 0, 'region', JR, JR, {'note': 'NI:no other incidents'}),
        ('Южно-Казахстанская область', 0, 'region', TR, TR, {'uncertain': True, 'note': 'NI:background; the region renamed on 2018-06-19, labelled with the unit holding its land on the article date'}),
        ('Туркестанскую', 0, 'region', TR, TR, {'note': 'NI:background; adjective with the head noun omitted'}),
        ('Шымкент', 2, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:background'}),
        ('Шымкенте', 1, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:seat of the regional offices'}),
        ('Туркестан', 0, 'city', 'Turkistan', TR, {'note': 'NI:planned move of the regional offices'}),
     ],
     inc={'Shymkent': (1, 'storm damage in Shymkent: roofs torn off three blocks in Nursat, trees down, two hurt'),
          TR: (1, 'hail on cotton and melons near Atakent, Maktaaral district'),
          KZR: (1, 'three-car crash in a dust storm near Shieli on the Shymkent-Kyzylorda road, one dead'),
          JR: (1, 'storm damage in Taraz: billboard blown onto a bus stop')}),

dict(id='p011', date='2008-12-09', lang='ru',
     event='2008 fog in the south (warning for the Almaty, Zhambyl and South Kazakhstan regions): bus-lorry collision near Kordai on the Almaty-Bishkek road (Jambyl Region), fatal pedestrian accident near Kaskelen (Almaty Region); Almaty airport closed, flights diverted to Karaganda and Shymkent',
     text="""Туман на юге: две аварии на трассах, аэропорт Алматы закрыт
АЛМАТЫ, 9 декабря — Густой туман, о котором синоптики предупреждали в Алматинской, Жамбылской и Южно-Казахстанской областях, во вторник утром стал причиной двух серьёзных аварий.
На трассе Алматы — Бишкек у села Кордай пассажирский автобус столкнулся с грузовиком: два человека погибли, 11 пострадали, сообщили в ДВД Жамбылской области. В Алматинской области у Каскелена водитель в тумане сбил пешехода, женщина скончалась в больнице.
Международный аэропорт Алматы с шести утра не принимает самолёты. Рейсы из Москвы и Астаны ушли на запасные аэродромы в Караганде и Шымкенте. В Южно-Казахстанской области происшествий не зарегистрировано, сообщили в областном департаменте по ЧС.""",
     ann=[
        ('аэропорт Алматы', 0, 'facility', 'Almaty International Airport', 'Almaty', {'subkind': 'airport', 'note': 'NI:headline; airport closed'}),
        ('АЛМАТЫ', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Алматинской', 0, 'region', ALR, ALR, {'note': 'NI:fog warning; ' + LIST}),
        ('Жамбылской', 0, 'region', JR, JR, {'note': 'NI:fog warning; ' + LIST}),
        ('Южно-Казахстанской', 0, 'region', SKR, SKR, {'note': 'NI:fog warning; ' + LIST}),
        ('Алматы', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:road endpoint'}),
        ('Бишкек', 0, 'foreign', 'Bishkek', N, {'note': 'NI:road endpoint'}),
        ('Кордай', 0, 'village', 'Kordai', JR),
        ('Жамбылской области', 0, 'region', JR, JR, {'note': 'inside the name of an authority (ДВД)'}),
        ('Алматинской области', 0, 'region', ALR, ALR),
        ('Каскелена', 0, 'city', 'Kaskelen', ALR),
        ('Международный аэропорт Алматы', 0, 'facility', 'Almaty International Airport', 'Almaty', {'subkind': 'airport', 'note': 'NI:airport closed'}),
        ('Москвы', 0, 'foreign', 'Moscow', N, {'note': 'NI:flight origin'}),
        ('Астаны', 0, 'city', 'Astana', 'Astana', {'note': 'NI:flight origin'}),
        ('Караганде', 0, 'city', 'Karaganda', KR, {'note': 'NI:diversion airport'}),
        ('Шымкенте', 0, 'city', 'Shymkent', SKR, {'note': 'NI:diversion airport; South Kazakhstan Region before 2018-06-19'}),
        ('Южно-Казахстанской области', 0, 'region', SKR, SKR, {'note': 'NI:no incidents'}),
     ],
     inc={JR: (1, 'bus-lorry collision in fog near Kordai on the Almaty-Bishkek road, two dead'),
          ALR: (1, 'pedestrian hit by a car in fog near Kaskelen, one dead')}),

dict(id='p012', date='2000-07-25', lang='ru',
     event='2000 extreme fire danger declared in nine regions (Akmola, Karaganda, Pavlodar, East Kazakhstan named): forest fire in the pine wood near Shchuchinsk (Akmola Region), holidaymakers evacuated from Burabay; lightning steppe fire in Karkaraly district (Karaganda Region); forests along the Irtysh closed',
     text="""Чрезвычайная пожарная опасность объявлена в девяти областях
АСТАНА, 25 июля — Казгидромет объявил чрезвычайную пожарную опасность в девяти областях, в том числе в Акмолинской, Карагандинской, Павлодарской и Восточно-Казахстанской. Жара под 40 градусов держится в центре и на севере страны уже вторую неделю.
В понедельник в сосновом бору под Щучинском загорелся лес. Огонь прошёл по 120 гектарам, прежде чем его остановили пожарные и военные, сообщили в Акмолинском областном управлении по ЧС. Отдыхающих из санаториев Бурабая на время эвакуировали.
В Каркаралинском районе Карагандинской области от удара молнии загорелась степь, выгорело около 3 тыс. гектаров пастбищ.
В Павлодарской и Восточно-Казахстанской областях крупных пожаров пока не зафиксировано, однако лесники закрыли въезд в леса вдоль Иртыша до конца августа.""",
     ann=[
        ('девяти областях', 0, 'quantified', '9 regions', N, {'count': 9, 'unit': 'region', 'note': 'headline; fire danger, not about incidents'}),
        ('АСТАНА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('девяти областях', 1, 'quantified', '9 regions', N, {'count': 9, 'unit': 'region', 'note': 'fire danger; four of them named'}),
        ('Акмолинской', 0, 'region', AKR, AKR, {'note': 'NI:fire danger; in a list with the head noun "областях" given before it'}),
        ('Карагандинской', 0, 'region', KR, KR, {'note': 'NI:fire danger; in the same list'}),
        ('Павлодарской', 0, 'region', PR, PR, {'note': 'NI:fire danger; in the same list'}),
        ('Восточно-Казахстанской', 0, 'region', EKR, EKR, {'note': 'NI:fire danger; in the same list'}),
        ('Щучинском', 0, 'city', 'Shchuchinsk', AKR, {'note': 'forest fire near the town; Akmola Region since 1999'}),
        ('Акмолинском', 0, 'region', AKR, AKR, {'note': 'inside the name of an authority (regional emergencies office)'}),
        ('Бурабая', 0, 'village', 'Burabay', AKR, {'note': 'NI:evacuation of a resort'}),
        ('Каркаралинском районе', 0, 'district', 'Karkaraly District', KR),
        ('Карагандинской области', 0, 'region', KR, KR),
        ('Павлодарской', 1, 'region', PR, PR, {'note': 'NI:no large fires; ' + LIST}),
        ('Восточно-Казахстанской', 1, 'region', EKR, EKR, {'note': 'NI:no large fires; ' + LIST}),
        ('Иртыша', 0, 'facility', 'Irtysh River', N, {'subkind': 'river'}),
     ],
     inc={AKR: (1, 'forest fire of 120 ha in the pine wood near Shchuchinsk'),
          KR: (1, 'lightning steppe fire of about 3,000 ha in Karkaraly district')}),

dict(id='p013', date='2021-11-16', lang='ru',
     event='2021 fog in East Kazakhstan (warning for the East Kazakhstan, Pavlodar and Karaganda regions): fatal head-on crash on the Ust-Kamenogorsk-Semey road and a minibus-lorry collision at the corner of Abai and Shakarim streets in Semey (East Kazakhstan Region before the 2022 split); flights delayed at Ust-Kamenogorsk airport',
     text="""Туман в Восточном Казахстане: две аварии за одно утро
УСТЬ-КАМЕНОГОРСК, 16 ноября — Густой туман, о котором Казгидромет предупреждал в Восточно-Казахстанской, Павлодарской и Карагандинской областях, во вторник утром привёл к двум авариям на востоке страны.
На 30-м километре трассы Усть-Каменогорск — Семей легковой автомобиль выехал на встречную полосу и столкнулся с фурой; погибли два человека. В самом Семее маршрутный автобус врезался в грузовик на перекрёстке улиц Абая и Шакарима, пострадали пять пассажиров, сообщили в полиции Восточно-Казахстанской области.
В аэропорту Усть-Каменогорска задержаны три рейса, в том числе из Нур-Султана и Алматы. В Павлодарской и Карагандинской областях происшествий, связанных с туманом, не было, сообщили в МЧС.""",
     ann=[
        ('Казахстане', 0, 'country', 'Kazakhstan', N, {'note': 'headline; directional phrase "Восточном Казахстане": only the country is annotated'}),
        ('УСТЬ-КАМЕНОГОРСК', 0, 'city', 'Oskemen', EKR, {'note': 'dateline; Russian name of Oskemen'}),
        ('Восточно-Казахстанской', 0, 'region', EKR, EKR, {'note': 'NI:fog warning; ' + LIST}),
        ('Павлодарской', 0, 'region', PR, PR, {'note': 'NI:fog warning; ' + LIST}),
        ('Карагандинской', 0, 'region', KR, KR, {'note': 'NI:fog warning; ' + LIST}),
        ('Усть-Каменогорск', 0, 'city', 'Oskemen', EKR, {'note': 'NI:road endpoint'}),
        ('Семей', 0, 'city', 'Semey', EKR, {'note': 'NI:road endpoint; East Kazakhstan Region before 2022-06-08'}),
        ('Семее', 0, 'city', 'Semey', EKR, {'note': 'East Kazakhstan Region before 2022-06-08'}),
        ('Абая', 0, 'facility', 'Abai Street (Semey)', EKR, {'subkind': 'street', 'note': 'in a list sharing "улиц"; named after the poet, not Abai Region'}),
        ('Шакарима', 0, 'facility', 'Shakarim Street (Semey)', EKR, {'subkind': 'street', 'note': 'in a list sharing "улиц"; named after a person'}),
        ('Восточно-Казахстанской области', 0, 'region', EKR, EKR, {'note': 'inside the name of an authority (police)'}),
        ('аэропорту Усть-Каменогорска', 0, 'facility', 'Oskemen Airport', EKR, {'subkind': 'airport', 'note': 'NI:flights delayed'}),
        ('Нур-Султана', 0, 'city', 'Astana', 'Astana', {'note': 'NI:flight origin; the capital named Nur-Sultan 2019-2022'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:flight origin'}),
        ('Павлодарской', 1, 'region', PR, PR, {'note': 'NI:no incidents; ' + LIST}),
        ('Карагандинской', 1, 'region', KR, KR, {'note': 'NI:no incidents; ' + LIST}),
     ],
     inc={EKR: (2, 'head-on crash in fog on the Ust-Kamenogorsk-Semey road (two dead); minibus-lorry collision in Semey (five hurt)')}),

dict(id='p014', date='1996-06-11', lang='ru',
     event='1996 hurricane wind with hail across five regions before the 1997 mergers (Taldykorgan, Semipalatinsk, Zhezkazgan, Turgay and Karaganda regions): roofs torn off in Taldykorgan (Almaty Region land), hail in Semipalatinsk and on wheat in Beskaragai district (East Kazakhstan Region land), a tower crane toppled in Zhezkazgan and pylons down near Temirtau (Karaganda Region), lightning grain elevator fire in Arkalyk (Kostanay Region land); power cut in 27 villages; the planned mergers listed',
     text="""Ураган прошёл по пяти областям: в Талдыкоргане и Семипалатинске сорваны крыши
АЛМАТЫ, 11 июня — Шквалистый ветер с градом, о котором Казгидромет предупреждал ещё в пятницу, в понедельник прошёл по Талдыкорганской, Семипалатинской, Жезказганской, Тургайской и Карагандинской областям, сообщили в Государственном комитете по чрезвычайным ситуациям.
Больше всего пострадал Талдыкорган: ветер сорвал крыши с 40 жилых домов и здания автовокзала, повалил сотни деревьев, трое горожан получили травмы. В Талдыкорганской области без света остались 27 сёл.
В Семипалатинске град размером с голубиное яйцо выбил окна в двух школах и больнице, а в Бескарагайском районе Семипалатинской области побил пшеницу на 5 тыс. гектаров. Ущерб в Семипалатинской области оценивают в 60 млн тенге.
«Такого ветра у нас не было лет двадцать, — рассказал нашему корреспонденту житель Талдыкоргана пенсионер Нурлан Жакупов. — С соседнего дома крышу унесло в огороды вместе со стропилами». В Госкомитете по ЧС пообещали, что пострадавшим семьям выделят шифер и лес из резервов, а окончательный ущерб подсчитают к концу недели.
В Жезказгане ветер опрокинул башенный кран на стройке в центре города, крановщик погиб.
В Аркалыке, центре Тургайской области, молния попала в элеватор, сгорели около 800 тонн зерна.
В Карагандинской области ветер повалил несколько опор линии электропередачи под Темиртау, обошлось без пострадавших.
Для помощи пострадавшим районам из Алматы вылетела группа спасателей. Синоптики предупреждают, что в среду непогода придёт в Восточно-Казахстанскую и Павлодарскую области.
Тем временем в правительстве продолжают обсуждать укрупнение регионов: Талдыкорганскую область предлагается присоединить к Алматинской, Семипалатинскую — к Восточно-Казахстанской, Жезказганскую — к Карагандинской, а Тургайскую — к Костанайской.""",
     ann=[
        ('пяти областям', 0, 'quantified', '5 regions', N, {'count': 5, 'unit': 'region', 'note': 'headline; all five named in the text'}),
        ('Талдыкоргане', 0, 'city', 'Taldykorgan', ALR, {'note': 'headline; seat of the Taldykorgan Region abolished in 1997; labelled with the unit holding its land, without the uncertain mark'}),
        ('Семипалатинске', 0, 'city', 'Semey', EKR, {'note': 'headline; Semipalatinsk Region abolished in 1997'}),
        ('АЛМАТЫ', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Талдыкорганской', 0, 'region', ALR, ALR, {'uncertain': True, 'note': 'Taldykorgan Region, abolished 1997; labelled with the unit holding its land; in a list sharing "областям"'}),
        ('Семипалатинской', 0, 'region', EKR, EKR, {'uncertain': True, 'note': 'Semipalatinsk Region, abolished 1997; labelled with the unit holding its land; in a list sharing "областям"'}),
        ('Жезказганской', 0, 'region', KR, KR, {'uncertain': True, 'note': 'Zhezkazgan Region, abolished 1997; labelled with the unit holding its land; in a list sharing "областям"'}),
        ('Тургайской', 0, 'region', KOR, KOR, {'uncertain': True, 'note': 'Turgay Region, abolished 1997; labelled with the unit holding its land; in a list sharing "областям"'}),
        ('Карагандинской', 0, 'region', KR, KR, {'note': 'in a list sharing "областям"'}),
        ('Талдыкорган', 0, 'city', 'Taldykorgan', ALR),
        ('Талдыкорганской области', 0, 'region', ALR, ALR, {'uncertain': True, 'note': 'NI:power cut; abolished 1997'}),
        ('27 сёл', 0, 'quantified', '27 villages', N, {'count': 27, 'unit': 'village', 'note': 'power cut, not an incident'}),
        ('Семипалатинске', 1, 'city', 'Semey', EKR),
        ('Бескарагайском районе', 0, 'district', 'Beskaragai District', EKR),
        ('Семипалатинской области', 0, 'region', EKR, EKR, {'uncertain': True, 'note': 'abolished 1997'}),
        ('Семипалатинской области', 1, 'region', EKR, EKR, {'uncertain': True, 'note': 'abolished 1997; damage estimate'}),
        ('Талдыкоргана', 0, 'city', 'Taldykorgan', ALR, {'note': 'NI:residence of a quoted witness'}),
        ('Жезказгане', 0, 'city', 'Zhezkazgan', KR, {'note': 'Karaganda Region land before 2022'}),
        ('Аркалыке', 0, 'city', 'Arkalyk', KOR, {'note': 'seat of the Turgay Region abolished in 1997'}),
        ('Тургайской области', 0, 'region', KOR, KOR, {'uncertain': True, 'note': 'NI:"centre of Turgay Region"; abolished 1997'}),
        ('Карагандинской области', 0, 'region', KR, KR),
        ('Темиртау', 0, 'city', 'Temirtau', KR, {'note': 'pylons down near the town'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of rescuers'}),
        ('Восточно-Казахстанскую', 0, 'region', EKR, EKR, {'note': 'NI:forecast; in a list sharing "области"'}),
        ('Павлодарскую', 0, 'region', PR, PR, {'note': 'NI:forecast; in a list sharing "области"'}),
        ('Талдыкорганскую область', 0, 'region', ALR, ALR, {'uncertain': True, 'note': 'NI:planned merger; abolished 1997'}),
        ('Алматинской', 0, 'region', ALR, ALR, {'note': 'NI:planned merger; adjective with the head noun omitted'}),
        ('Семипалатинскую', 0, 'region', EKR, EKR, {'uncertain': True, 'note': 'NI:planned merger; head noun omitted; abolished 1997'}),
        ('Восточно-Казахстанской', 0, 'region', EKR, EKR, {'note': 'NI:planned merger; head noun omitted'}),
        ('Жезказганскую', 0, 'region', KR, KR, {'uncertain': True, 'note': 'NI:planned merger; head noun omitted; abolished 1997'}),
        ('Карагандинской', 2, 'region', KR, KR, {'note': 'NI:planned merger; head noun omitted'}),
        ('Тургайскую', 0, 'region', KOR, KOR, {'uncertain': True, 'note': 'NI:planned merger; head noun omitted; abolished 1997'}),
        ('Костанайской', 0, 'region', KOR, KOR, {'note': 'NI:planned merger; head noun omitted'}),
     ],
     inc={ALR: (1, 'storm damage in Taldykorgan: roofs torn off 40 houses and the bus station, three hurt'),
          EKR: (1, 'hail in Semipalatinsk (windows) and on wheat in Beskaragai district; one storm'),
          KR: (1, 'storm damage: tower crane toppled in Zhezkazgan (operator killed), pylons down near Temirtau; one storm per ADM1'),
          KOR: (1, 'lightning fire at a grain elevator in Arkalyk')}),

dict(id='p015', date='2024-05-14', lang='ru',
     event='2024 night frost (warning for the Jetisu, Abai, Ulytau and East Kazakhstan regions) damages orchards in Eskeldi and Aksu districts (Jetisu Region; crop loss from frost not counted); a garden-house fire from a home-made stove near Semey (Abai Region); Aksu town in Pavlodar Region not affected',
     text="""Заморозки побили сады в Жетысуской области
ТАЛДЫКОРГАН, 14 мая — Ночные заморозки до минус трёх градусов, о которых Казгидромет предупреждал в Жетысуской, Абайской, Улытауской и Восточно-Казахстанской областях, повредили цветущие сады. По данным областного управления сельского хозяйства, в Ескельдинском и Аксуском районах Жетысуской области пострадали яблони и абрикосы на площади 1,8 тыс. гектаров.
В Абайской области холодная ночь обернулась пожаром: в дачном массиве под Семеем загорелся садовый домик, который хозяева обогревали самодельной печкой. Огонь перекинулся на соседний дом, пострадавших нет, сообщили в ДЧС области.
В Павлодарской области, в том числе в Аксу, заморозков не было. Синоптики обещают, что в большинстве областей тепло вернётся к выходным.""",
     ann=[
        ('Жетысуской области', 0, 'region', JTR, JTR, {'note': 'NI:headline; frost damage to orchards, not counted'}),
        ('ТАЛДЫКОРГАН', 0, 'city', 'Taldykorgan', JTR, {'note': 'dateline; Jetisu Region since 2022-06-08'}),
        ('Жетысуской', 1, 'region', JTR, JTR, {'note': 'NI:frost warning; ' + LIST}),
        ('Абайской', 0, 'region', ABR, ABR, {'note': 'NI:frost warning; ' + LIST}),
        ('Улытауской', 0, 'region', UR, UR, {'note': 'NI:frost warning; ' + LIST}),
        ('Восточно-Казахстанской', 0, 'region', EKR, EKR, {'note': 'NI:frost warning; ' + LIST}),
        ('Ескельдинском', 0, 'district', 'Eskeldi District', JTR, {'note': 'NI:frost damage to orchards; in a list sharing "районах"'}),
        ('Аксуском', 0, 'district', 'Aksu District (Jetisu Region)', JTR, {'note': 'NI:frost damage to orchards; in a list sharing "районах"; not the town of Aksu in Pavlodar Region'}),
        ('Жетысуской области', 1, 'region', JTR, JTR, {'note': 'NI:frost damage, not counted'}),
        ('Абайской области', 0, 'region', ABR, ABR),
        ('Семеем', 0, 'city', 'Semey', ABR, {'note': 'fire in a dacha settlement near the city; Abai Region since 2022-06-08'}),
        ('Павлодарской области', 0, 'region', PR, PR, {'note': 'NI:no frost'}),
        ('Аксу', 0, 'city', 'Aksu (Pavlodar Region)', PR, {'note': 'NI:no frost; not Aksu district of Jetisu Region'}),
        ('большинстве областей', 0, 'quantified', 'most regions', N, {'count': N, 'unit': 'region', 'note': 'vague quantifier; forecast'}),
     ],
     inc={ABR: (1, 'fire in a garden house heated by a home-made stove near Semey, spread to a neighbouring house')}),

dict(id='p016', date='2026-04-07', lang='ru',
     event='2026 dust storm in the west (warning for the Mangystau, Atyrau and Aktobe regions): fatal lorry-car collision 15 km from Beineu on the Beineu-Shetpe road (Mangystau Region), school gym roof torn off in Kulsary, Zhylyoi district (Atyrau Region); classes cancelled in three districts',
     text="""Пыльная буря на западе: ДТП у Бейнеу, в Кульсары сорвана кровля школы
АКТАУ, 7 апреля — Пыльная буря, о которой Казгидромет предупреждал в Мангистауской, Атырауской и Актюбинской областях, во вторник днём снизила видимость на дорогах до 20 метров.
На трассе Бейнеу — Шетпе в 15 км от Бейнеу столкнулись грузовик и легковой автомобиль, два человека погибли, сообщили в ДП Мангистауской области. В трёх районах области отменены занятия в школах.
В Кульсары Жылыойского района ветер сорвал кровлю со спортзала школы, обломки повредили два автомобиля. Пострадавших нет, сообщил аким Атырауской области.
В Актюбинской области буря обошлась без последствий. Из аэропорта Актау до обеда вылетели только два рейса из шести — в Алматы и Астану.""",
     ann=[
        ('Бейнеу', 0, 'village', 'Beineu', MR, {'note': 'headline; settlement, district centre'}),
        ('Кульсары', 0, 'city', 'Kulsary', ATR, {'note': 'headline'}),
        ('АКТАУ', 0, 'city', 'Aktau', MR, {'note': 'dateline'}),
        ('Мангистауской', 0, 'region', MR, MR, {'note': 'NI:dust storm warning; ' + LIST}),
        ('Атырауской', 0, 'region', ATR, ATR, {'note': 'NI:dust storm warning; ' + LIST}),
        ('Актюбинской', 0, 'region', AR, AR, {'note': 'NI:dust storm warning; ' + LIST}),
        ('Бейнеу', 1, 'village', 'Beineu', MR, {'note': 'NI:road endpoint'}),
        ('Шетпе', 0, 'village', 'Shetpe', MR, {'note': 'NI:road endpoint'}),
        ('Бейнеу', 2, 'village', 'Beineu', MR, {'note': 'NI:reference point'}),
        ('Мангистауской области', 0, 'region', MR, MR, {'note': 'inside the name of an authority (ДП)'}),
        ('трёх районах', 0, 'quantified', '3 districts', N, {'count': 3, 'unit': 'district', 'note': 'classes cancelled, not incidents'}),
        ('Кульсары', 1, 'city', 'Kulsary', ATR),
        ('Жылыойского района', 0, 'district', 'Zhylyoi District', ATR),
        ('Атырауской области', 0, 'region', ATR, ATR, {'note': 'inside the title of an official (аким)'}),
        ('Актюбинской области', 0, 'region', AR, AR, {'note': 'NI:no consequences'}),
        ('аэропорта Актау', 0, 'facility', 'Aktau International Airport', MR, {'subkind': 'airport', 'note': 'NI:flights cancelled'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:flight destination'}),
        ('Астану', 0, 'city', 'Astana', 'Astana', {'note': 'NI:flight destination'}),
     ],
     inc={MR: (1, 'lorry-car collision in the dust storm 15 km from Beineu, two dead'),
          ATR: (1, 'storm damage in Kulsary: school gym roof torn off, two cars damaged')}),
]
