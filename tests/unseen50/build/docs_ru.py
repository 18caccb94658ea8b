"""Russian texts of the fiftieth unseen check corpus."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p009', date='1992-12-10', lang='ru',
     event='1992 boiler drum burst at the CHP of Kzyl-Orda (old spelling of Kyzylorda) leaves half the city without heating and residents picket the town executive committee in Aralsk (Kyzylorda Region); fuel oil from the Chimkent refinery (South Kazakhstan Region) and Turkmenistan; coal from Ekibastuz for Kazalinsk',
     text="""Кзыл-Орда без тепла: на ТЭЦ лопнул котёл
КЗЫЛ-ОРДА, 10 декабря (КазТАГ). Третьи сутки без отопления остаются около половины жилых домов Кзыл-Орды: в ночь на 8 декабря на городской ТЭЦ лопнул барабан одного из двух котлов, сообщили в исполкоме Кзыл-Ординского областного Совета. Температура в квартирах опустилась до 8–10 градусов, в школах отменены занятия.
По словам главного инженера станции, котлы работают на мазуте, который поступает с Чимкентского нефтеперерабатывающего завода и из Туркмении, и с осени станция получила лишь треть нужного объёма.
В Аральске в понедельник около 300 жителей пикетировали здание горисполкома, требуя дать тепло в дома на улице Горького, где батареи не греют с ноября. Председатель горисполкома пообещал запустить резервную котельную до конца недели.
В Казалинске, по данным облисполкома, котельные работают с перебоями из-за нехватки угля из Экибастуза.""",
     ann=[
        ('Кзыл-Орда', 0, 'city', 'Kyzylorda', KZR, {'note': 'headline; Soviet-era spelling of Kyzylorda'}),
        ('КЗЫЛ-ОРДА', 0, 'city', 'Kyzylorda', KZR, {'note': 'dateline'}),
        ('Кзыл-Орды', 0, 'city', 'Kyzylorda', KZR),
        ('Кзыл-Ординского', 0, 'region', KZR, KZR, {'note': 'inside the name of an authority (regional executive committee)'}),
        ('Чимкентского нефтеперерабатывающего завода', 0, 'facility', 'Shymkent refinery', SKR, {'subkind': 'refinery', 'note': 'NI:fuel supplier; Soviet-era name Chimkent'}),
        ('Туркмении', 0, 'foreign', 'Turkmenistan', N, {'note': 'NI:fuel supplier'}),
        ('Аральске', 0, 'city', 'Aral', KZR, {'note': 'Aralsk, the Russian name of Aral'}),
        ('улице Горького', 0, 'facility', 'Gorky Street (Aral)', KZR, {'subkind': 'street', 'note': 'street named after a person'}),
        ('Казалинске', 0, 'city', 'Kazaly', KZR, {'note': 'NI:intermittent heating, no incident; Kazalinsk, the Russian name of Kazaly'}),
        ('Экибастуза', 0, 'city', 'Ekibastuz', PR, {'note': 'NI:origin of coal'}),
     ],
     inc={KZR: (2, 'boiler drum burst at the CHP of Kzyl-Orda; residents\' picket at the town executive committee in Aralsk (intermittent boiler houses in Kazalinsk not counted)')}),

dict(id='p010', date='2022-11-28', lang='ru',
     event='2022 heating accidents in three regions: a conveyor fire at the main boiler house of Altai, the former Zyryanovsk (East Kazakhstan Region); a heating main burst on Alashakhan Avenue in Zhezkazgan and a protest at the akimat in Satpayev (Ulytau Region, five months after its creation, formerly Karaganda Region); carbon monoxide poisoning of two children in Konyrat near Balkhash (Karaganda Region); crews from Ust-Kamenogorsk and Semey (Abai Region); boilers from Barnaul; planned hot-water shutdown in Saryarka district of Astana (not counted); wear of networks in Abai and Pavlodar regions',
     text="""Аварии на теплосетях в трёх областях: тысячи квартир без тепла
АСТАНА, 28 ноября (KazTAG). Первые морозы до минус 30 обернулись авариями на теплосетях в трёх областях, сообщили в министерстве энергетики в понедельник.

Самое тяжёлое положение — в городе Алтай (бывший Зыряновск) Восточно-Казахстанской области. В воскресенье вечером в главной котельной города загорелась конвейерная лента топливоподачи. Пожар потушили за три часа, но два котла из четырёх остановлены, и без отопления остаются 120 многоэтажных домов. Ремонтные бригады направлены из Усть-Каменогорска и Семея, запасные части к котлам, изготовленным в Барнауле, везут из России. Аким Восточно-Казахстанской области прибыл в город вечером и пообещал, что тепло в дома вернут к среде.

В Жезказгане в субботу прорвало магистральную теплотрассу на проспекте Алашахана: горячая вода затопила подвалы трёх домов, аварийная бригада работала при минус 27. А в соседнем Сатпаеве около 150 жителей пришли к акимату города, требуя дать тепло в квартиры восточной части города. «Мы живём в новой области, а трубы у нас старые», — сказала одна из участниц. Область Улытау была выделена из Карагандинской области 8 июня этого года, и её власти впервые проходят отопительный сезон самостоятельно.

В Карагандинской области двое детей отравились угарным газом в частном доме в посёлке Конырат, подчинённом Балхашу. Их доставили в городскую больницу Балхаша, состояние стабильное.

В самой Астане в воскресенье на несколько часов отключали горячую воду в районе Сарыарка из-за плановой замены задвижки; жалоб на отопление, по данным городского акимата, не поступало.

В министерстве напомнили, что износ тепловых сетей в Абайской и Павлодарской областях превышает 70 процентов, и пообещали до конца года выделить средства на замену труб в городах, где аварии повторяются каждую зиму.""",
     ann=[
        ('трёх областях', 0, 'quantified', '3 regions', N, {'count': 3, 'unit': 'region', 'note': 'headline; the three regions are named below'}),
        ('АСТАНА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('трёх областях', 1, 'quantified', '3 regions', N, {'count': 3, 'unit': 'region', 'note': 'named below (East Kazakhstan, Ulytau, Karaganda)'}),
        ('Алтай', 0, 'city', 'Altai', EKR, {'note': 'the town (Zyryanovsk until 2019), not the mountains or Altai Krai'}),
        ('Зыряновск', 0, 'city', 'Altai', EKR, {'note': 'former name of Altai, in brackets'}),
        ('Восточно-Казахстанской области', 0, 'region', EKR, EKR),
        ('Усть-Каменогорска', 0, 'city', 'Oskemen', EKR, {'note': 'NI:origin of repair crews'}),
        ('Восточно-Казахстанской области', 1, 'region', EKR, EKR, {'note': 'inside the title of an official (akim)'}),
        ('Семея', 0, 'city', 'Semey', ABR, {'note': 'NI:origin of repair crews; Abai Region since 2022-06-08'}),
        ('Барнауле', 0, 'foreign', 'Barnaul', N, {'note': 'NI:where the boilers were made'}),
        ('России', 0, 'foreign', 'Russia', N, {'note': 'NI:origin of spare parts'}),
        ('Жезказгане', 0, 'city', 'Zhezkazgan', UR, {'note': 'Ulytau Region since 2022-06-08'}),
        ('проспекте Алашахана', 0, 'facility', 'Alashakhan Avenue (Zhezkazgan)', UR, {'subkind': 'street', 'note': 'avenue named after a person'}),
        ('Сатпаеве', 0, 'city', 'Satpayev', UR),
        ('Улытау', 0, 'region', UR, UR, {'note': 'NI:background (creation of the region)'}),
        ('Карагандинской области', 0, 'region', KR, KR, {'note': 'NI:the region Ulytau was split from'}),
        ('Карагандинской области', 1, 'region', KR, KR),
        ('Конырат', 0, 'village', 'Konyrat', KR, {'note': 'settlement subordinate to Balkhash'}),
        ('Балхашу', 0, 'city', 'Balkhash', KR, {'note': 'NI:administrative reference'}),
        ('Балхаша', 0, 'city', 'Balkhash', KR, {'note': 'NI:hospital location'}),
        ('Астане', 0, 'city', 'Astana', 'Astana', {'note': 'NI:planned hot-water shutdown, not an incident'}),
        ('районе Сарыарка', 0, 'district', 'Saryarka District (Astana)', 'Astana', {'subkind': 'city district', 'note': 'NI:planned shutdown'}),
        ('Абайской', 0, 'region', ABR, ABR, {'note': 'NI:statistic on wear of networks; in a list sharing "областях"'}),
        ('Павлодарской', 0, 'region', PR, PR, {'note': 'NI:statistic on wear of networks; in a list sharing "областях"'}),
     ],
     inc={EKR: (1, 'fire at the fuel conveyor of the main boiler house in Altai (the former Zyryanovsk)'),
          UR: (2, 'heating main burst on Alashakhan Avenue in Zhezkazgan; residents\' protest at the akimat in Satpayev'),
          KR: (1, 'carbon monoxide poisoning of two children in Konyrat (Balkhash)')}),

dict(id='p011', date='2000-01-19', lang='ru',
     event='2000 carbon monoxide poisoning kills two in a private house in the Koktal microdistrict of Astana; gas cylinder explosion in a house in Shortandy (Akmola Region); cylinders brought from Kokshetau',
     text="""Угарный газ унёс жизни двух человек в Астане
АСТАНА, 19 января (Хабар). Двое взрослых погибли и двое детей в тяжёлом состоянии доставлены в больницу после отравления угарным газом в частном доме в микрорайоне Коктал на окраине столицы. По данным департамента по чрезвычайным ситуациям города Астаны, семья на ночь закрыла заслонку печи, которую топили углём.
С начала отопительного сезона в Астане зарегистрировано 14 подобных случаев. Спасатели призвали жителей частного сектора проверить дымоходы.
В тот же день в посёлке Шортанды Акмолинской области в жилом доме взорвался газовый баллон. Обрушилась стена кухни, хозяин дома получил ожоги. Газ в посёлок не подведён, и большинство семей пользуется баллонами, которые привозят из Кокшетау.""",
     ann=[
        ('Астане', 0, 'city', 'Astana', 'Astana', {'note': 'headline'}),
        ('АСТАНА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('микрорайоне Коктал', 0, 'district', 'Koktal (Astana)', 'Astana', {'subkind': 'microdistrict'}),
        ('Астаны', 0, 'city', 'Astana', 'Astana', {'note': 'inside the name of an authority'}),
        ('Астане', 1, 'city', 'Astana', 'Astana', {'note': 'NI:statistic since the start of the heating season'}),
        ('Шортанды', 0, 'village', 'Shortandy', AKR, {'note': 'settlement'}),
        ('Акмолинской области', 0, 'region', AKR, AKR),
        ('Кокшетау', 0, 'city', 'Kokshetau', AKR, {'note': 'NI:origin of gas cylinders'}),
     ],
     inc={'Astana': (1, 'carbon monoxide poisoning in a house in Koktal, two dead (14 cases this season are a statistic)'),
          AKR: (1, 'gas cylinder explosion in a house in Shortandy, one hurt')}),

dict(id='p012', date='2016-02-03', lang='ru',
     event='2016 gas explosion in a flat in the 14th microdistrict of Aktau, three hurt, and residents of the Shugyla microdistrict block Satpayev Street in Zhanaozen over a broken boiler house (Mangystau Region)',
     text="""Взрыв газа в Актау: пострадали трое жильцов
АКТАУ, 3 февраля (Tengrinews). В 14-м микрорайоне Актау в квартире на четвёртом этаже пятиэтажного дома взорвался газ. Взрывной волной выбило окна и двери в соседних квартирах, трое жильцов получили ожоги и порезы, сообщили в департаменте по чрезвычайным ситуациям Мангистауской области. Жильцов подъезда эвакуировали, газ в доме перекрыт.
По предварительным данным, хозяин квартиры пытался отогреть замёрзшую газовую трубу паяльной лампой.
В тот же день в Жанаозене около ста жителей микрорайона Шугыла перекрыли улицу Сатпаева, требуя починить квартальную котельную, которая не работает с субботы. В их домах, по словам жителей, не выше 11 градусов. Аким города вышел к людям и пообещал, что котельную запустят к вечеру четверга; через час дорогу освободили.""",
     ann=[
        ('Актау', 0, 'city', 'Aktau', MR, {'note': 'headline'}),
        ('АКТАУ', 0, 'city', 'Aktau', MR, {'note': 'dateline'}),
        ('14-м микрорайоне', 0, 'district', '14th microdistrict (Aktau)', MR, {'subkind': 'microdistrict'}),
        ('Актау', 1, 'city', 'Aktau', MR),
        ('Мангистауской области', 0, 'region', MR, MR, {'note': 'inside the name of an authority'}),
        ('Жанаозене', 0, 'city', 'Zhanaozen', MR),
        ('микрорайона Шугыла', 0, 'district', 'Shugyla (Zhanaozen)', MR, {'subkind': 'microdistrict'}),
        ('улицу Сатпаева', 0, 'facility', 'Satpayev Street (Zhanaozen)', MR, {'subkind': 'street', 'note': 'street named after a person, not the town of Satpayev'}),
     ],
     inc={MR: (2, 'gas explosion in a flat in the 14th microdistrict of Aktau, three hurt; residents blocking Satpayev Street in Zhanaozen over heating')}),

dict(id='p013', date='2010-01-26', lang='ru',
     event='2010 snow and frost: market roof collapse in Kapchagay, boiler pipe rupture in the Zhetysu microdistrict of Taldykorgan, residents\' protest over cold flats in Tekeli (Almaty Region before the 2022 split); fatal gas explosion in a house in the Aigerim microdistrict, Alatau district of Almaty; coal shortage in Taraz with coal from the Shubarkol mine (Karaganda Region); power cuts in two districts of Jambyl Region and the Almaty-Bishkek road closed at the Kordai pass (not counted)',
     text="""Снег и мороз: в Капчагае рухнула крыша рынка, в Талдыкоргане авария на котельной
АЛМАТЫ, 26 января (Интерфакс-Казахстан). Обильный снегопад и морозы до минус 30 за последние двое суток привели к нескольким чрезвычайным происшествиям в Алматинской области и в самом Алматы, сообщили в департаменте по ЧС.

В Капчагае в понедельник утром под тяжестью снега обрушилась кровля крытого рынка «Нурлы». Пострадали двое продавцов, их доставили в городскую больницу. Рынок закрыт до окончания проверки. По словам директора рынка, снег с крыши последний раз убирали ещё в декабре.

В Талдыкоргане в ночь на вторник на котельной в микрорайоне Жетысу лопнула труба котла. Без тепла остались 38 многоэтажных домов и две школы; подачу тепла обещают восстановить к среде. Город второй год подряд встречает морозы с изношенными сетями.

В Текели около 80 жителей пятиэтажек на улице Тауелсиздик пришли к зданию городского акимата: по их словам, батареи едва тёплые с начала января, а дети болеют. Аким города пообещал проверить работу котельной.

В Алматы в Алатауском районе, в частном доме в микрорайоне Айгерим, взорвался газ. Погиб 67-летний хозяин дома, его жену с ожогами доставили в ожоговый центр. Соседи вызвали пожарных через несколько минут после хлопка. Газовики считают, что в доме неисправен котёл.

В Таразе, по данным акимата, котельные работают на полную мощность, но запаса угля осталось всего на десять дней; уголь везут с разреза Шубарколь в Карагандинской области, и вагоны задерживаются из-за заносов.

В Жамбылской области из-за обледенения проводов в двух районах на сутки отключалось электричество, а трасса Алматы — Бишкек на перевале Кордай была закрыта для грузовиков. Синоптики обещают потепление к выходным.""",
     ann=[
        ('Капчагае', 0, 'city', 'Konaev', ALR, {'note': 'headline; Kapchagay, renamed Konaev in 2022'}),
        ('Талдыкоргане', 0, 'city', 'Taldykorgan', ALR, {'note': 'headline; Almaty Region before 2022-06-08'}),
        ('АЛМАТЫ', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Алматинской области', 0, 'region', ALR, ALR),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty'),
        ('Капчагае', 1, 'city', 'Konaev', ALR),
        ('Нурлы', 0, 'facility', 'Nurly market (Kapchagay)', ALR, {'subkind': 'market'}),
        ('Талдыкоргане', 1, 'city', 'Taldykorgan', ALR),
        ('микрорайоне Жетысу', 0, 'district', 'Zhetysu (Taldykorgan)', ALR, {'subkind': 'microdistrict', 'note': 'a microdistrict of Taldykorgan, not the later Jetisu Region'}),
        ('Текели', 0, 'city', 'Tekeli', ALR),
        ('улице Тауелсиздик', 0, 'facility', 'Tauelsizdik Street (Tekeli)', ALR, {'subkind': 'street'}),
        ('Алматы', 1, 'city', 'Almaty', 'Almaty'),
        ('Алатауском районе', 0, 'district', 'Alatau District (Almaty)', 'Almaty', {'subkind': 'city district'}),
        ('микрорайоне Айгерим', 0, 'district', 'Aigerim (Almaty)', 'Almaty', {'subkind': 'microdistrict'}),
        ('Таразе', 0, 'city', 'Taraz', JR, {'note': 'NI:boiler houses working, coal shortage only'}),
        ('разреза Шубарколь', 0, 'facility', 'Shubarkol coal mine', KR, {'subkind': 'mine', 'note': 'NI:origin of coal'}),
        ('Карагандинской области', 0, 'region', KR, KR, {'note': 'NI:location of the mine'}),
        ('двух районах', 0, 'quantified', '2 districts', N, {'count': 2, 'unit': 'district', 'note': 'power cuts in Jambyl Region, not an incident'}),
        ('Жамбылской области', 0, 'region', JR, JR, {'note': 'NI:power cuts only'}),
        ('Алматы', 2, 'city', 'Almaty', 'Almaty', {'note': 'NI:road endpoint'}),
        ('Бишкек', 0, 'foreign', 'Bishkek', N, {'note': 'NI:road endpoint'}),
        ('перевале Кордай', 0, 'facility', 'Kordai pass', JR, {'subkind': 'mountain pass', 'note': 'NI:road closed'}),
     ],
     inc={ALR: (3, 'roof collapse of the Nurly market in Kapchagay, two hurt; boiler pipe rupture at a boiler house in the Zhetysu microdistrict of Taldykorgan; residents\' protest at the Tekeli akimat'),
          'Almaty': (1, 'gas explosion in a house in the Aigerim microdistrict, Alatau district, one dead')}),

dict(id='p014', date='2019-02-14', lang='ru',
     event='2019 trunk water main burst on Azattyk Avenue in Atyrau leaves the Nursaya and Avangard microdistricts without water, and residents of Kulsary protest at the Zhylyoi district akimat over low gas pressure (Atyrau Region); water taken from the Ural river',
     text="""В Атырау прорвало магистральный водовод
АТЫРАУ, 14 февраля (Kazinform). Утром в четверг в Атырау на проспекте Азаттык прорвало магистральный водовод диаметром 1000 мм. Вода затопила проезжую часть и несколько дворов и к обеду превратилась в лёд. Без воды остались микрорайоны Нурсая и Авангард, сообщили в городском акимате. Воду в город подают с водозабора на реке Урал; ремонт займёт не меньше суток.
Тем временем в Кульсарах около 40 жителей собрались у здания акимата Жылыойского района, жалуясь на низкое давление газа. «В доме 12 градусов, ребёнок спит в куртке», — рассказала одна из женщин. В районном акимате ответили, что давление упало из-за морозов и пикового потребления, и пообещали подключить резервный газопровод до конца недели.""",
     ann=[
        ('Атырау', 0, 'city', 'Atyrau', ATR, {'note': 'headline'}),
        ('АТЫРАУ', 0, 'city', 'Atyrau', ATR, {'note': 'dateline'}),
        ('Атырау', 1, 'city', 'Atyrau', ATR),
        ('проспекте Азаттык', 0, 'facility', 'Azattyk Avenue (Atyrau)', ATR, {'subkind': 'street'}),
        ('Нурсая', 0, 'district', 'Nursaya (Atyrau)', ATR, {'subkind': 'microdistrict', 'note': 'list sharing "микрорайоны"; without water after the burst'}),
        ('Авангард', 0, 'district', 'Avangard (Atyrau)', ATR, {'subkind': 'microdistrict', 'note': 'list sharing "микрорайоны"; without water after the burst'}),
        ('реке Урал', 0, 'facility', 'Ural River', N, {'subkind': 'river', 'note': 'NI:water intake; not Oral (Uralsk)'}),
        ('Кульсарах', 0, 'city', 'Kulsary', ATR),
        ('Жылыойского района', 0, 'district', 'Zhylyoi District', ATR, {'note': 'inside the name of an authority (akimat)'}),
     ],
     inc={ATR: (2, 'water main burst on Azattyk Avenue in Atyrau; residents\' protest at the Zhylyoi district akimat in Kulsary over gas pressure')}),

dict(id='p015', date='2024-02-20', lang='ru',
     event='2024 residents block Gogol Street in Kostanay over a heating failure, and carbon monoxide poisoning of a mother and two children in Tobyl, the former Zatobolsk, Kostanay district (Kostanay Region); roads closed in Auliekol and Karasu districts (not counted)',
     text="""Жильцы многоэтажки перекрыли улицу в Костанае из-за холода в квартирах
КОСТАНАЙ, 20 февраля (Orda.kz). Около 50 жильцов девятиэтажного дома на улице Гоголя в Костанае в понедельник вечером на час перекрыли движение, требуя восстановить отопление. По их словам, после ремонта теплового узла в прошлую пятницу в квартирах не выше 13 градусов. Аким города приехал на место и пообещал, что тепло дадут к утру. Полиция задержаний не проводила.
Во вторник в посёлке Тобыл (бывший Затобольск) Костанайского района мать и двое детей отравились угарным газом от неисправной печи. Их спасли соседи, почувствовавшие запах; все трое в районной больнице.
Из-за метели в Аулиекольском и Карасуском районах закрыты участки дорог, сообщили в ДЧС Костанайской области.""",
     ann=[
        ('Костанае', 0, 'city', 'Kostanay', KOR, {'note': 'headline'}),
        ('КОСТАНАЙ', 0, 'city', 'Kostanay', KOR, {'note': 'dateline'}),
        ('улице Гоголя', 0, 'facility', 'Gogol Street (Kostanay)', KOR, {'subkind': 'street', 'note': 'street named after a person'}),
        ('Костанае', 1, 'city', 'Kostanay', KOR),
        ('Тобыл', 0, 'village', 'Tobyl', KOR, {'note': 'the settlement, not the Tobol river (Kazakh Tobyl)'}),
        ('Затобольск', 0, 'village', 'Tobyl', KOR, {'note': 'former name of Tobyl, in brackets'}),
        ('Костанайского района', 0, 'district', 'Kostanay District', KOR),
        ('Аулиекольском', 0, 'district', 'Auliekol District', KOR, {'note': 'NI:roads closed; in a list sharing "районах"'}),
        ('Карасуском', 0, 'district', 'Karasu District', KOR, {'note': 'NI:roads closed; in a list sharing "районах"'}),
        ('Костанайской области', 0, 'region', KOR, KOR, {'note': 'inside the name of an authority'}),
     ],
     inc={KOR: (2, 'residents blocking Gogol Street in Kostanay over heating; carbon monoxide poisoning of three in Tobyl (road closures not counted)')}),

dict(id='p016', date='2006-01-24', lang='ru',
     event='2006 cable gallery fire at the Pavlodar CHP-3 cuts heat to the northern industrial zone and a heating main burst in Aksu (Pavlodar Region); the Ekibastuz GRES-1 working normally; power exports to Russia\'s Omsk Oblast reduced',
     text="""Пожар на ТЭЦ-3 в Павлодаре: без тепла остались предприятия северной промзоны
ПАВЛОДАР, 24 января (KazTAG). В понедельник вечером на Павлодарской ТЭЦ-3 загорелась кабельная галерея. Огонь потушили за полтора часа, пострадавших нет, но один из турбоагрегатов остановлен, и предприятия северной промышленной зоны на сутки остались без пара и горячей воды, сообщили в ДЧС Павлодарской области. Жилые дома, по словам энергетиков, не пострадали.
В ночь на вторник в Аксу лопнула теплотрасса, ведущая к посёлку ферросплавщиков. Аварийная бригада отключила 14 домов, к утру участок заменили.
Энергосистема области на время ремонта на треть сократит поставки электроэнергии в Омскую область России. ГРЭС-1 в Экибастузе, по данным акимата, работает в обычном режиме.""",
     ann=[
        ('ТЭЦ-3', 0, 'facility', 'Pavlodar CHP-3', PR, {'subkind': 'power plant', 'note': 'headline'}),
        ('Павлодаре', 0, 'city', 'Pavlodar', PR, {'note': 'headline'}),
        ('ПАВЛОДАР', 0, 'city', 'Pavlodar', PR, {'note': 'dateline'}),
        ('Павлодарской ТЭЦ-3', 0, 'facility', 'Pavlodar CHP-3', PR, {'subkind': 'power plant'}),
        ('Павлодарской области', 0, 'region', PR, PR, {'note': 'inside the name of an authority'}),
        ('Аксу', 0, 'city', 'Aksu (Pavlodar Region)', PR),
        ('Омскую область', 0, 'foreign', 'Omsk Oblast', N, {'note': 'NI:power export'}),
        ('России', 0, 'foreign', 'Russia', N),
        ('ГРЭС-1', 0, 'facility', 'Ekibastuz GRES-1', PR, {'subkind': 'power plant', 'note': 'NI:working normally'}),
        ('Экибастузе', 0, 'city', 'Ekibastuz', PR, {'note': 'NI:location of the GRES-1'}),
     ],
     inc={PR: (2, 'cable gallery fire at the Pavlodar CHP-3; heating main burst in Aksu')}),
]
