"""Russian texts of the fifty-ninth unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p009', date='1993-02-10', lang='ru',
     event='1993 night fire in the sleeping block of a regional boarding school for orphans in Aktyubinsk, two boys burnt (Aktobe Region); schools without heating in several districts; junior classes cancelled for frost in Atyrau (the former Guryev); ministry in Alma-Ata',
     text="""Пожар в школе-интернате Актюбинска: из горящего корпуса выведены 86 детей
АЛМА-АТА, 10 февраля (КазТАГ) — В ночь на среду в областной школе-интернате для детей-сирот в Актюбинске загорелся спальный корпус. Воспитатели вывели на мороз 86 детей, двое мальчиков доставлены в больницу с ожогами рук, сообщили в управлении внутренних дел Актюбинской области.
По предварительной версии, пожар начался от самодельного электрообогревателя: котельная интерната не работает с декабря из-за нехватки угля, и дети спали в пальто.
Без отопления в эти дни остаются школы в нескольких районах области. В Атырау (бывший Гурьев) из-за морозов до конца недели отменены занятия в младших классах.
Министерство образования в Алма-Ате пообещало выделить интернату деньги на ремонт котельной до конца месяца.""",
     ann=[
        ('Актюбинска', 0, 'city', 'Aktobe', AR, {'note': 'headline; Russian name of Aktobe (Aktyubinsk until 1999)'}),
        ('АЛМА-АТА', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline; Alma-Ata, the capital in 1993'}),
        ('Актюбинске', 0, 'city', 'Aktobe', AR),
        ('Актюбинской области', 0, 'region', AR, AR, {'note': 'inside the name of an authority (УВД)'}),
        ('нескольких районах', 0, 'quantified', 'several districts', N, {'count': None, 'unit': 'district', 'note': 'schools without heating; not an incident'}),
        ('Атырау', 0, 'city', 'Atyrau', ATR, {'note': 'NI:classes cancelled for frost'}),
        ('Гурьев', 0, 'city', 'Atyrau', ATR, {'note': 'NI:former name of Atyrau, in brackets'}),
        ('Алма-Ате', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:seat of the ministry'}),
     ],
     inc={AR: (1, 'fire in the sleeping block of the boarding school in Aktyubinsk, two boys burnt')}),

dict(id='p010', date='2007-04-10', lang='ru',
     event='2007 education week: knife fight in a polytechnic college hostel in Kazybek Bi district of Karaganda (student from Temirtau wounded); school bus hits a lorry on the Pavlodar-Ekibastuz road (pupils from Shiderty); hepatitis A at a kindergarten in the Vostochny microdistrict of Semipalatinsk (not counted); mock UNT in all regions; universities named after persons and towns not annotated; Bolashak in Britain and Germany',
     text="""Неделя в образовании: поножовщина в общежитии и ДТП со школьным автобусом
АСТАНА, 10 апреля — Прошедшая неделя оказалась для системы образования тяжёлой: в двух областях пострадали учащиеся, а ещё в одном городе из-за гепатита закрыт детский сад.
В Караганде в ночь на субботу в общежитии политехнического колледжа в районе имени Казыбек би произошла драка между студентами первого и третьего курсов. Семнадцатилетний студент из Темиртау получил ножевое ранение в грудь и находится в реанимации. По словам сотрудников ДВД Карагандинской области, задержаны трое третьекурсников. Общежитие в тот вечер охранял один пожилой вахтёр.
В понедельник утром в Павлодарской области школьный автобус, который вёз 22 ученика из посёлка Шидерты в гимназию Экибастуза, столкнулся с грузовиком на трассе Павлодар — Экибастуз. Пятеро детей госпитализированы в Экибастузе, остальные отделались ушибами. Водитель грузовика, житель Павлодара, задержан.
В Семипалатинске закрыт на карантин детский сад «Айгөлек» в микрорайоне Восточный: у девяти воспитанников выявлен гепатит А. Санитарная служба Восточно-Казахстанской области проверяет ещё четыре детских сада города.
Тем временем в министерстве образования подвели итоги пробного ЕНТ, которое в марте прошло во всех областях. Лучше всех его написали выпускники Алматы и Павлодарской области, хуже всех — Мангистауской и Кызылординской. Победители олимпиад получат гранты в Евразийский национальный университет имени Л. Н. Гумилёва и Павлодарский государственный университет имени С. Торайгырова, а 25 лучших выпускников вузов — стипендии «Болашак» для учёбы в Великобритании и Германии.
«Каждый случай в общежитиях мы разберём отдельно», — сказал вице-министр Ерлан Тулегенов, добавив, что в Карагандинском государственном университете имени Е. А. Букетова с мая введут пропускной режим.""",
     ann=[
        ('АСТАНА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('двух областях', 0, 'quantified', '2 regions', N, {'count': 2, 'unit': 'region', 'note': 'both regions are named below (Karaganda, Pavlodar); not listed as unattributed'}),
        ('Караганде', 0, 'city', 'Karaganda', KR),
        ('районе имени Казыбек би', 0, 'district', 'Kazybek Bi District (Karaganda)', KR, {'subkind': 'city district', 'note': 'district of Karaganda named after a person'}),
        ('Темиртау', 0, 'city', 'Temirtau', KR, {'note': "NI:the wounded student's home town"}),
        ('Карагандинской области', 0, 'region', KR, KR, {'note': 'inside the name of an authority (ДВД)'}),
        ('Павлодарской области', 0, 'region', PR, PR),
        ('Шидерты', 0, 'village', 'Shiderty', PR, {'note': 'NI:origin of the pupils; after "посёлка"'}),
        ('Экибастуза', 0, 'city', 'Ekibastuz', PR, {'note': 'NI:destination of the bus'}),
        ('Павлодар', 0, 'city', 'Pavlodar', PR, {'note': 'NI:road endpoint'}),
        ('Экибастуз', 0, 'city', 'Ekibastuz', PR, {'note': 'NI:road endpoint'}),
        ('Экибастузе', 0, 'city', 'Ekibastuz', PR, {'note': 'NI:hospital town'}),
        ('Павлодара', 0, 'city', 'Pavlodar', PR, {'note': "NI:driver's residence"}),
        ('Семипалатинске', 0, 'city', 'Semey', EKR, {'note': 'NI:kindergarten closed for hepatitis, not an incident; East Kazakhstan Region before 2022'}),
        ('Восточный', 0, 'district', 'Vostochny (Semey)', EKR, {'subkind': 'microdistrict', 'note': 'NI:kindergarten quarantine; after "микрорайоне"'}),
        ('Восточно-Казахстанской области', 0, 'region', EKR, EKR, {'note': 'inside the name of an authority (sanitary service); NI:inspections'}),
        ('всех областях', 0, 'quantified', 'all regions', N, {'count': None, 'unit': 'region', 'quantifier': 'all', 'note': 'mock test; not an incident'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:test results'}),
        ('Павлодарской области', 1, 'region', PR, PR, {'note': 'NI:test results'}),
        ('Мангистауской', 0, 'region', MR, MR, {'note': 'NI:test results; "области" understood from the previous clause'}),
        ('Кызылординской', 0, 'region', KZR, KZR, {'note': 'NI:test results; "области" understood from the previous clause'}),
        ('Великобритании', 0, 'foreign', 'United Kingdom', N, {'note': 'NI:scholarship destination'}),
        ('Германии', 0, 'foreign', 'Germany', N, {'note': 'NI:scholarship destination'}),
     ],
     inc={KR: (1, 'knife fight in a college hostel in Kazybek Bi district of Karaganda'),
          PR: (1, 'school bus collided with a lorry on the Pavlodar-Ekibastuz road, five children in hospital')}),

dict(id='p011', date='2014-11-18', lang='ru',
     event='2014 four schoolgirls beat a classmate in a yard in the Zhuldyz microdistrict of Uralsk, video posted online (West Kazakhstan Region); bullying statistics for Aksai and Chingirlau district not counted',
     text="""В Уральске школьницы избили одноклассницу и выложили видео в сеть
УРАЛЬСК, 18 ноября — Полиция Западно-Казахстанской области проводит проверку после того, как в соцсетях появилось видео избиения 14-летней школьницы. На записи четыре девочки бьют одноклассницу во дворе жилого дома в микрорайоне Жулдыз, а ещё несколько подростков снимают происходящее на телефоны.
Мать пострадавшей рассказала, что дочь травили с сентября: отбирали деньги, рвали тетради, писали оскорбления в чате класса. У девочки сотрясение мозга, она находится в детской больнице.
В управлении образования ЗКО сообщили, что классный руководитель получил выговор, а с родителями нападавших проведены беседы. По данным ведомства, с начала учебного года в области зарегистрировано 11 случаев травли школьников, два из них — в Аксае и Чингирлауском районе.""",
     ann=[
        ('Уральске', 0, 'city', 'Oral', WKR, {'note': 'headline; Russian name of Oral'}),
        ('УРАЛЬСК', 0, 'city', 'Oral', WKR, {'note': 'dateline'}),
        ('Западно-Казахстанской области', 0, 'region', WKR, WKR, {'note': 'inside the name of an authority (police)'}),
        ('Жулдыз', 0, 'district', 'Zhuldyz (Oral)', WKR, {'subkind': 'microdistrict', 'note': 'after "микрорайоне"'}),
        ('ЗКО', 0, 'region', WKR, WKR, {'note': 'abbreviation inside the name of an authority'}),
        ('Аксае', 0, 'city', 'Aksai', WKR, {'note': 'NI:bullying statistics'}),
        ('Чингирлауском районе', 0, 'district', 'Shyngyrlau District', WKR, {'note': 'NI:bullying statistics'}),
     ],
     inc={WKR: (1, 'four schoolgirls beat a classmate in a yard in the Zhuldyz microdistrict of Uralsk; the 11 cases since September are a statistic')}),

dict(id='p012', date='2017-05-26', lang='ru',
     event='2017 "last bell": mass fight of school leavers with a knife wound on Ordabasy Square in Shymkent (South Kazakhstan Region before 2018) and a fatal crash of a car with four school leavers on the Taraz-Shymkent road 15 km from Taraz (Jambyl Region); graduation parties moved in Kyzylorda and Aktau; Ordabasy the square, not the district',
     text="""После «последнего звонка»: драка в Шымкенте и смертельное ДТП под Таразом
ШЫМКЕНТ, 26 мая — Праздник последнего звонка в двух областях юга закончился трагически.
В Шымкенте вечером в четверг на площади Ордабасы выпускники двух школ устроили массовую драку. Пострадали трое подростков, один из них получил ножевое ранение в бедро. Полиция ЮКО задержала пятерых участников, в том числе двух совершеннолетних.
В Жамбылской области той же ночью легковой автомобиль с четырьмя выпускниками съехал в кювет и перевернулся на трассе Тараз — Шымкент в 15 км от Тараза. Погиб 17-летний водитель, у которого не было прав; трое его одноклассников в больнице.
В министерстве образования отметили, что в большинстве регионов праздник прошёл спокойно, а в Кызылорде и Актау выпускные вечера перенесли на июль, чтобы не мешать подготовке к ЕНТ.""",
     ann=[
        ('Шымкенте', 0, 'city', 'Shymkent', SKR, {'note': 'headline; South Kazakhstan Region before 2018-06-19'}),
        ('Таразом', 0, 'city', 'Taraz', JR, {'note': 'headline; "под Таразом", the crash near it'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', SKR, {'note': 'dateline'}),
        ('двух областях', 0, 'quantified', '2 regions', N, {'count': 2, 'unit': 'region', 'note': 'both named below (South Kazakhstan, Jambyl); not listed as unattributed'}),
        ('Шымкенте', 1, 'city', 'Shymkent', SKR),
        ('площади Ордабасы', 0, 'facility', 'Ordabasy Square (Shymkent)', SKR, {'subkind': 'square', 'note': 'the square, not Ordabasy district'}),
        ('ЮКО', 0, 'region', SKR, SKR, {'note': 'abbreviation inside the name of an authority (police)'}),
        ('Жамбылской области', 0, 'region', JR, JR),
        ('Тараз', 0, 'city', 'Taraz', JR, {'note': 'NI:road endpoint'}),
        ('Шымкент', 0, 'city', 'Shymkent', SKR, {'note': 'NI:road endpoint'}),
        ('Тараза', 0, 'city', 'Taraz', JR, {'note': 'NI:reference point'}),
        ('большинстве регионов', 0, 'quantified', 'most regions', N, {'count': None, 'unit': 'region', 'note': 'calm celebrations; not an incident'}),
        ('Кызылорде', 0, 'city', 'Kyzylorda', KZR, {'note': 'NI:graduation parties moved'}),
        ('Актау', 0, 'city', 'Aktau', MR, {'note': 'NI:graduation parties moved'}),
     ],
     inc={SKR: (1, 'mass fight of school leavers on Ordabasy Square in Shymkent, one knife wound'),
          JR: (1, 'car with four school leavers overturned on the Taraz-Shymkent road 15 km from Taraz, driver killed')}),

dict(id='p013', date='2020-03-16', lang='ru',
     event='2020 early school holidays in all 17 regions because of the coronavirus; universities and colleges closed in Nur-Sultan and Almaty under the state of emergency (not counted); students travelling to Kyzylorda and Shymkent; night fire, possibly arson, in an empty school gym in Kokshetau (Akmola Region)',
     text="""Школы уходят на досрочные каникулы, в Кокшетау горела пустая школа
НУР-СУЛТАН, 16 марта — С понедельника школьники во всех 17 регионах страны ушли на досрочные весенние каникулы из-за угрозы коронавируса. Каникулы продлятся три недели, после чего, по словам вице-министра образования Гульмиры Исаевой, может начаться дистанционное обучение.
В Нур-Султане и Алматы, где введён режим чрезвычайного положения, закрыты также вузы и колледжи, а студентов из общежитий просят разъехаться по домам. Билеты на поезда из столицы в Кызылорду и Шымкент раскуплены на неделю вперёд.
В ночь на воскресенье в Кокшетау загорелся спортзал школы, в которой из-за каникул не было ни учеников, ни учителей. Огонь удалось потушить за час, сторож не пострадал. В ДЧС Акмолинской области не исключают поджог: в здании нашли канистру из-под бензина.""",
     ann=[
        ('Кокшетау', 0, 'city', 'Kokshetau', AKR, {'note': 'headline'}),
        ('НУР-СУЛТАН', 0, 'city', 'Astana', 'Astana', {'note': 'dateline; name of the capital 2019-2022'}),
        ('всех 17 регионах', 0, 'quantified', 'all 17 regions', N, {'count': 17, 'unit': 'region', 'quantifier': 'all', 'note': '14 regions and 3 cities of republican significance in 2020; school holidays, not an incident'}),
        ('Нур-Султане', 0, 'city', 'Astana', 'Astana', {'note': 'NI:state of emergency, closures'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:state of emergency, closures'}),
        ('Кызылорду', 0, 'city', 'Kyzylorda', KZR, {'note': 'NI:train destination'}),
        ('Шымкент', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:train destination'}),
        ('Кокшетау', 1, 'city', 'Kokshetau', AKR),
        ('Акмолинской области', 0, 'region', AKR, AKR, {'note': 'inside the name of an authority (ДЧС)'}),
     ],
     inc={AKR: (1, 'night fire in the gym of an empty school in Kokshetau, possible arson')}),

dict(id='p014', date='2022-06-30', lang='ru',
     event='2022 first camp season in the new regions: boy drowns in Lake Alakol at Akshi, Alakol district (Jetisu Region); bus with 32 schoolchildren from Semey overturns on the Semey-Ayagoz road 40 km from Ayagoz (Abai Region); poisoning at a camp near Zhezkazgan (Ulytau Region, not counted); a calm season in East Kazakhstan Region (Bukhtarma reservoir, Katon-Karagai district); the seat of Almaty Region moved from Taldykorgan',
     text="""Первый лагерный сезон в новых областях: мальчик утонул в Алаколе, под Аягозом перевернулся автобус с детьми
ТАЛДЫКОРГАН, 30 июня — Летний сезон в только что созданных Жетысуской и Абайской областях начался с двух происшествий с детьми.
Во вторник в озере Алаколь у села Акши Алакольского района утонул 12-летний мальчик, отдыхавший в детском лагере «Жас Ұлан». По данным ДЧС Жетысуской области, ребёнок пошёл купаться после отбоя вместе с двумя друзьями, вожатые этого не заметили. Тело нашли водолазы утром, в двухстах метрах от пляжа лагеря. Возбуждено уголовное дело о халатности.
В среду на трассе Семей — Аягоз в 40 км от Аягоза перевернулся автобус, который вёз 32 школьника из Семея в лагерь на побережье Алаколя. Девять детей с переломами и ушибами доставлены в больницу Аягоза, двоих вертолётом отправили в Семей. Полиция Абайской области задержала водителя, у которого, как выяснилось, истёк срок медицинской справки. Остальных детей на следующий день довезли до лагеря другим автобусом.
Напомним, с 8 июня Семей стал центром Абайской области, а Талдыкорган — центром Жетысуской, тогда как центр Алматинской области перенесён из Талдыкоргана ближе к Алматы.
В Улытауской области, также созданной 8 июня, в лагере под Жезказганом на прошлой неделе 17 детей отравились творожной запеканкой; все выписаны. Соседняя Восточно-Казахстанская область, из состава которой выделена Абайская, сообщает о спокойном начале сезона: в 37 лагерях, в том числе на Бухтарминском водохранилище и в Катон-Карагайском районе, отдыхают около 9 тысяч детей. Вожатые из Усть-Каменогорска перед сезоном прошли обучение по оказанию первой помощи на воде.
Всего в трёх новых областях этим летом работают 112 лагерей, проверки идут в нескольких районах.""",
     ann=[
        ('Алаколе', 0, 'facility', 'Lake Alakol', N, {'subkind': 'lake', 'note': 'headline; the lake (between Jetisu and Abai regions)'}),
        ('Аягозом', 0, 'city', 'Ayagoz', ABR, {'note': 'headline; "под Аягозом", the crash near it; Abai Region since 2022-06-08'}),
        ('ТАЛДЫКОРГАН', 0, 'city', 'Taldykorgan', JTR, {'note': 'dateline'}),
        ('Жетысуской', 0, 'region', JTR, JTR, {'note': 'NI:background; in a list sharing "областях"'}),
        ('Абайской', 0, 'region', ABR, ABR, {'note': 'NI:background; in a list sharing "областях"'}),
        ('озере Алаколь', 0, 'facility', 'Lake Alakol', N, {'subkind': 'lake', 'note': 'the boy drowned in it (at Akshi, Jetisu Region)'}),
        ('Акши', 0, 'village', 'Akshi', JTR),
        ('Алакольского района', 0, 'district', 'Alakol District', JTR),
        ('Жас Ұлан', 0, 'facility', 'Zhas Ulan camp (Akshi)', JTR, {'subkind': "children's camp", 'note': 'named summer camp; Kazakh name inside guillemets'}),
        ('Жетысуской области', 0, 'region', JTR, JTR, {'note': 'inside the name of an authority (ДЧС)'}),
        ('Семей', 0, 'city', 'Semey', ABR, {'note': 'NI:road endpoint'}),
        ('Аягоз', 0, 'city', 'Ayagoz', ABR, {'note': 'NI:road endpoint'}),
        ('Аягоза', 0, 'city', 'Ayagoz', ABR, {'note': 'NI:reference point'}),
        ('Семея', 0, 'city', 'Semey', ABR, {'note': 'NI:origin of the children'}),
        ('Алаколя', 0, 'facility', 'Lake Alakol', N, {'subkind': 'lake', 'note': 'NI:destination'}),
        ('Аягоза', 1, 'city', 'Ayagoz', ABR, {'note': 'NI:hospital town'}),
        ('Семей', 1, 'city', 'Semey', ABR, {'note': 'NI:hospital city'}),
        ('Абайской области', 0, 'region', ABR, ABR, {'note': 'inside the name of an authority (police)'}),
        ('Семей', 2, 'city', 'Semey', ABR, {'note': 'NI:background, new regional centre'}),
        ('Абайской области', 1, 'region', ABR, ABR, {'note': 'NI:background'}),
        ('Талдыкорган', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:background, new regional centre'}),
        ('Жетысуской', 2, 'region', JTR, JTR, {'note': 'NI:background; "области" understood'}),
        ('Алматинской области', 0, 'region', ALR, ALR, {'note': 'NI:background'}),
        ('Талдыкоргана', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:background, former seat of Almaty Region'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:reference point'}),
        ('Улытауской области', 0, 'region', UR, UR, {'note': 'NI:food poisoning at a camp, not counted'}),
        ('Жезказганом', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:reference point of the camp; poisoning not counted'}),
        ('Восточно-Казахстанская область', 0, 'region', EKR, EKR, {'note': 'NI:calm camp season'}),
        ('Абайская', 0, 'region', ABR, ABR, {'note': 'NI:background; "область" understood'}),
        ('Бухтарминском водохранилище', 0, 'facility', 'Bukhtarma Reservoir', EKR, {'subkind': 'reservoir', 'note': 'NI:camps, no incident'}),
        ('Катон-Карагайском районе', 0, 'district', 'Katonkaragai District', EKR, {'note': 'NI:camps, no incident'}),
        ('Усть-Каменогорска', 0, 'city', 'Oskemen', EKR, {'note': 'NI:origin of counsellors; Russian name of Oskemen'}),
        ('трёх новых областях', 0, 'quantified', '3 new regions', N, {'count': 3, 'unit': 'region', 'note': 'camp statistics; the three regions are named above'}),
        ('нескольких районах', 0, 'quantified', 'several districts', N, {'count': None, 'unit': 'district', 'note': 'inspections; not an incident'}),
     ],
     inc={JTR: (1, 'boy from the Zhas Ulan camp drowned in Lake Alakol at Akshi, Alakol district'),
          ABR: (1, 'bus with 32 schoolchildren overturned on the Semey-Ayagoz road 40 km from Ayagoz, nine hurt')}),

dict(id='p015', date='2011-10-05', lang='ru',
     event='2011 fire in a technical university hostel on Protozanov Street in Ust-Kamenogorsk, 140 students evacuated; a mattress fire in a college hostel in Ridder in September narrated as background (East Kazakhstan Region); students from Zaisan and Katon-Karagai district; the university named after a person and its region not annotated',
     text="""Пожар в студенческом общежитии Усть-Каменогорска: эвакуированы 140 студентов
УСТЬ-КАМЕНОГОРСК, 5 октября — Около двух часов ночи во вторник в пятиэтажном общежитии Восточно-Казахстанского государственного технического университета имени Д. Серикбаева на улице Протозанова загорелась комната на четвёртом этаже. 140 студентов эвакуированы, одна студентка отравилась дымом.
В комнате жили первокурсники из Зайсана и Катон-Карагайского района. По версии пожарных, причиной стал кипятильник, оставленный включённым в розетку.
Это уже второй пожар в студенческих общежитиях области за осень: в сентябре в общежитии колледжа в Риддере загорелся матрас, студентов тогда вывели без пострадавших.
В ДЧС ВКО напомнили, что проверки общежитий вузов и колледжей пройдут до конца месяца во всех городах области.""",
     ann=[
        ('Усть-Каменогорска', 0, 'city', 'Oskemen', EKR, {'note': 'headline; Russian name of Oskemen'}),
        ('УСТЬ-КАМЕНОГОРСК', 0, 'city', 'Oskemen', EKR, {'note': 'dateline'}),
        ('улице Протозанова', 0, 'facility', 'Protozanov Street (Oskemen)', EKR, {'subkind': 'street', 'note': 'street named after a person'}),
        ('Зайсана', 0, 'city', 'Zaisan', EKR, {'note': 'NI:origin of students'}),
        ('Катон-Карагайского района', 0, 'district', 'Katonkaragai District', EKR, {'note': 'NI:origin of students'}),
        ('Риддере', 0, 'city', 'Ridder', EKR, {'note': 'September hostel fire (background, narrated)'}),
        ('ВКО', 0, 'region', EKR, EKR, {'note': 'abbreviation inside the name of an authority (ДЧС)'}),
        ('всех городах', 0, 'quantified', 'all cities', N, {'count': None, 'unit': 'city', 'quantifier': 'all', 'note': 'inspections; not an incident'}),
     ],
     inc={EKR: (2, 'fire in a university hostel on Protozanov Street in Ust-Kamenogorsk; the September mattress fire in a college hostel in Ridder (background narrated explicitly)')}),

dict(id='p016', date='2023-11-14', lang='ru',
     event='2023 intestinal infection in three kindergartens in Kyzylorda, 34 children in hospital, quarantine (outbreaks are not counted as incidents); cases also in Aral and Shieli district; the university named after Korkyt Ata; no incident',
     text="""В Кызылорде три детских сада закрыты на карантин
КЫЗЫЛОРДА, 14 ноября — В Кызылорде на карантин закрыты три детских сада, в которых за три дня кишечную инфекцию выявили у 34 детей. Все заболевшие находятся в инфекционной больнице, их состояние врачи оценивают как среднее, сообщил департамент санитарно-эпидемиологического контроля Кызылординской области.
По предварительным данным, источником заражения могли стать молочные продукты, которые в сады поставляет одна и та же фирма. Её продукция снята с реализации по всей области.
Отдельные случаи инфекции зарегистрированы также в Аральске и в Шиелийском районе. Занятия в начальных классах школ в трёх микрорайонах города переведены в онлайн-формат до конца недели.
Студенты-медики Кызылординского университета имени Коркыт Ата помогают врачам обходить семьи заболевших детей.""",
     ann=[
        ('Кызылорде', 0, 'city', 'Kyzylorda', KZR, {'note': 'headline; NI:outbreak, not an incident'}),
        ('КЫЗЫЛОРДА', 0, 'city', 'Kyzylorda', KZR, {'note': 'dateline'}),
        ('Кызылорде', 1, 'city', 'Kyzylorda', KZR, {'note': 'NI:outbreak and quarantine, not an incident'}),
        ('Кызылординской области', 0, 'region', KZR, KZR, {'note': 'inside the name of an authority'}),
        ('Аральске', 0, 'city', 'Aral', KZR, {'note': 'NI:cases of infection; Russian name of Aral'}),
        ('Шиелийском районе', 0, 'district', 'Shieli District', KZR, {'note': 'NI:cases of infection'}),
        ('трёх микрорайонах', 0, 'quantified', '3 microdistricts', N, {'count': 3, 'unit': 'microdistrict', 'note': 'classes moved online; not an incident'}),
     ]),
]
