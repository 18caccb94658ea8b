"""Russian texts of the sixty-third unseen check corpus."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p009', date='1993-08-17', lang='ru',
     event='1993 strike at the phosphorus plant in Dzhambul (old name of Taraz) over four months of unpaid wages and a warehouse fire in Karatau (Jambyl Region); buyers in Russia and Uzbekistan; government in Alma-Ata; commission from Chimkent; the plant and the Karatau combine are organisations',
     text="""Рабочие фосфорного завода в Джамбуле объявили забастовку
ДЖАМБУЛ, 17 августа (Интерфакс-Казахстан) — Около 800 рабочих Новоджамбулского фосфорного завода во вторник прекратили работу и собрались у здания заводоуправления, требуя выплатить зарплату за четыре месяца. Директор завода заявил, что у предприятия нет оборотных средств, потому что покупатели из России и Узбекистана не расплатились за поставленный фосфор.
В тот же день в Каратау, где добывают фосфоритную руду для завода, сгорел склад горно-обогатительного комбината «Каратау». Пострадавших нет, ущерб оценивается в 12 миллионов рублей.
Глава администрации Джамбулской области пообещал обратиться в правительство в Алма-Ате. Из Чимкента на завод выехала комиссия министерства промышленности. Забастовщики заявили, что не вернутся к работе, пока не получат хотя бы половину долга.""",
     ann=[
        ('Джамбуле', 0, 'city', 'Taraz', JR, {'note': 'headline; Dzhambul, the name of Taraz until 1997'}),
        ('ДЖАМБУЛ', 0, 'city', 'Taraz', JR, {'note': 'dateline'}),
        ('России', 0, 'foreign', 'Russia', N, {'note': "NI:buyers' country"}),
        ('Узбекистана', 0, 'foreign', 'Uzbekistan', N, {'note': "NI:buyers' country"}),
        ('Каратау', 0, 'city', 'Karatau', JR, {'note': 'the town; the combine «Каратау» is an organisation and not annotated'}),
        ('Джамбулской области', 0, 'region', JR, JR, {'note': 'inside the name of an authority; Dzhambul Region, now Jambyl Region'}),
        ('Алма-Ате', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:seat of the government; Soviet-era name'}),
        ('Чимкента', 0, 'city', 'Shymkent', SKR, {'note': "NI:commission's origin; old spelling of Shymkent; South Kazakhstan Region before 2018"}),
     ],
     inc={JR: (2, 'strike and gathering of about 800 workers at the phosphorus plant in Dzhambul; warehouse fire at the combine in Karatau')}),

dict(id='p010', date='2018-06-20', lang='ru',
     event='2018 first days of Shymkent as a city of republican significance and of Turkistan Region: a downpour floods over 40 yards in the Kazygurt microdistrict of Shymkent; fatal minibus-lorry collision on the Shymkent-Lenger road in Tolebi district; night warehouse fire in Turkestan near the Yasawi mausoleum; new governor from Kyzylorda Region; the renamed South Kazakhstan Region; Uzbekistan and Kyrgyzstan as neighbours',
     text="""Шымкент — третий мегаполис: первые дни нового статуса
ШЫМКЕНТ, 20 июня — Казинформ. Со вторника Шымкент официально выведен из состава области и стал третьим городом республиканского значения после Астаны и Алматы. Южно-Казахстанская область переименована в Туркестанскую, а её административный центр переносится в город Туркестан. Акимом Туркестанской области назначен Бахытжан Оразов, до этого работавший в Кызылординской области.

Первые дни новых административных единиц совпали с непогодой. Во вторник вечером ливень подтопил более 40 дворов в микрорайоне Казыгурт на юге Шымкента, сообщили в городском департаменте по ЧС, который теперь подчиняется напрямую министерству. Жителей двух домов пришлось вывозить на лодке.

В Толебийском районе Туркестанской области в среду утром на трассе Шымкент — Ленгер столкнулись микроавтобус и грузовик. Два человека погибли, ещё пятеро доставлены в больницу Ленгера. По предварительным данным, водитель грузовика уснул за рулём.

В самом Туркестане ночью сгорел склад строительных материалов в двух километрах от мавзолея Ходжи Ахмеда Яссауи. Огонь не перекинулся на соседние здания, пострадавших нет. Новый аким области приехал на место пожара утром, в свой первый рабочий день в новом областном центре.

Туркестанская область граничит с Узбекистаном и Кыргызстаном. В её состав входят три города областного значения — Туркестан, Кентау и Арысь. Областные управления будут переезжать из Шымкента в Туркестан постепенно, до конца 2019 года.

Жители Шымкента пока путаются в вывесках: на здании бывшего областного акимата всё ещё висит табличка «Акимат Южно-Казахстанской области». В городском акимате пообещали снять её до конца недели, а на въездах в город установить новые стелы с надписью «Шымкент — город республиканского значения».""",
     ann=[
        ('Шымкент', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'headline'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'dateline'}),
        ('Шымкент', 1, 'city', 'Shymkent', 'Shymkent', {'note': 'city of republican significance since 2018-06-19'}),
        ('Астаны', 0, 'city', 'Astana', 'Astana', {'note': 'NI:comparison'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:comparison'}),
        ('Южно-Казахстанская область', 0, 'region', TR, TR, {'uncertain': True, 'note': 'NI:the region renamed on 2018-06-19, the day before; labelled with the unit holding its land on the article date'}),
        ('Туркестанскую', 0, 'region', TR, TR, {'note': 'NI:new name of the region (noun "область" elided)'}),
        ('Туркестан', 0, 'city', 'Turkistan', TR, {'note': 'NI:new regional centre'}),
        ('Туркестанской области', 0, 'region', TR, TR, {'note': 'NI:inside the title of an official post'}),
        ('Кызылординской области', 0, 'region', KZR, KZR, {'note': "NI:the governor's former workplace"}),
        ('Казыгурт', 0, 'district', 'Kazygurt (Shymkent)', 'Shymkent', {'subkind': 'microdistrict', 'note': 'microdistrict of Shymkent, not Kazygurt District of Turkistan Region'}),
        ('Шымкента', 0, 'city', 'Shymkent', 'Shymkent'),
        ('Толебийском районе', 0, 'district', 'Tolebi District', TR),
        ('Туркестанской области', 1, 'region', TR, TR),
        ('Шымкент', 2, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:road endpoint'}),
        ('Ленгер', 0, 'city', 'Lenger', TR, {'note': 'NI:road endpoint'}),
        ('Ленгера', 0, 'city', 'Lenger', TR, {'note': 'NI:hospital'}),
        ('Туркестане', 0, 'city', 'Turkistan', TR),
        ('мавзолея Ходжи Ахмеда Яссауи', 0, 'facility', 'Mausoleum of Khoja Ahmed Yasawi', TR, {'subkind': 'mausoleum', 'note': 'NI:reference point ("в двух километрах от")'}),
        ('Туркестанская область', 0, 'region', TR, TR, {'note': 'NI:description of the region'}),
        ('Узбекистаном', 0, 'foreign', 'Uzbekistan', N, {'note': 'NI:neighbour'}),
        ('Кыргызстаном', 0, 'foreign', 'Kyrgyzstan', N, {'note': 'NI:neighbour'}),
        ('три города', 0, 'quantified', '3 cities', N, {'count': 3, 'unit': 'city', 'note': 'all three named; not about incidents'}),
        ('Туркестан', 1, 'city', 'Turkistan', TR, {'note': 'NI:list of towns'}),
        ('Кентау', 0, 'city', 'Kentau', TR, {'note': 'NI:list of towns'}),
        ('Арысь', 0, 'city', 'Arys', TR, {'note': 'NI:list of towns; Russian spelling with soft sign'}),
        ('Шымкента', 1, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:offices move away'}),
        ('Туркестан', 2, 'city', 'Turkistan', TR, {'note': 'NI:offices move there'}),
        ('Шымкента', 2, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:old signs'}),
        ('Южно-Казахстанской области', 0, 'region', TR, TR, {'uncertain': True, 'note': 'NI:the renamed region on an old sign, inside the name of an authority; labelled with the unit holding its land on the article date'}),
        ('Шымкент', 3, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:text of the new signs, in quotes'}),
     ],
     inc={'Shymkent': (1, 'downpour flooded more than 40 yards in the Kazygurt microdistrict'),
          TR: (2, 'fatal minibus-lorry collision on the Shymkent-Lenger road in Tolebi district; night fire at a building materials warehouse in Turkestan')}),

dict(id='p011', date='2011-03-02', lang='ru',
     event='2011 court in the Kazybek Bi district of Karaganda jails the former chief engineer of the Abaiskaya mine for the November 2009 methane blast in the town of Abai (Karaganda Region) that killed six miners; relatives from Abai and Shakhtinsk; appeal to the regional court',
     text="""Бывшего главного инженера шахты осудили за гибель шести горняков в Абае
КАРАГАНДА, 2 марта — КазТАГ. Суд Казыбекбийского района Караганды приговорил бывшего главного инженера шахты «Абайская» к пяти годам лишения свободы за нарушение правил безопасности при ведении горных работ.
По данным следствия, в ноябре 2009 года на шахте в городе Абай Карагандинской области произошёл взрыв метана, в результате которого погибли шесть горняков и ещё девять получили ожоги. Инженер, по версии обвинения, разрешил работу в забое, несмотря на превышение допустимой концентрации газа.
На оглашении приговора присутствовали родственники погибших, приехавшие из Абая и Шахтинска. Адвокат осуждённого заявил, что обжалует решение в Карагандинском областном суде.
После взрыва угольная компания закрыла два участка шахты и выплатила семьям погибших компенсации.""",
     ann=[
        ('Абае', 0, 'city', 'Abai (Karaganda Region)', KR, {'note': 'headline; the town of Abai in Karaganda Region, not Abai Region (created 2022)'}),
        ('КАРАГАНДА', 0, 'city', 'Karaganda', KR, {'note': 'dateline'}),
        ('Казыбекбийского района', 0, 'district', 'Kazybek Bi District (Karaganda)', KR, {'subkind': 'city district', 'note': 'NI:inside the name of a court'}),
        ('Караганды', 0, 'city', 'Karaganda', KR, {'note': 'NI:seat of the court'}),
        ('Абайская', 0, 'facility', 'Abaiskaya mine (Abai)', KR, {'subkind': 'mine', 'note': 'name in quotes; adjective from the town name'}),
        ('Абай', 0, 'city', 'Abai (Karaganda Region)', KR, {'note': 'the town; not the poet or Abai Region'}),
        ('Карагандинской области', 0, 'region', KR, KR),
        ('Абая', 0, 'city', 'Abai (Karaganda Region)', KR, {'note': "NI:relatives' residence"}),
        ('Шахтинска', 0, 'city', 'Shakhtinsk', KR, {'note': "NI:relatives' residence"}),
        ('Карагандинском', 0, 'region', KR, KR, {'note': 'NI:inside the name of a court'}),
     ],
     inc={KR: (1, 'background: methane explosion at the mine in Abai in November 2009, six dead (the trial is not counted)')}),

dict(id='p012', date='2020-10-05', lang='ru',
     event='2020 unauthorised rallies: 14 detained at the Bayterek monument in Nur-Sultan (taken to Yesil district police), 7 detained on Republic Square in Almaty, 3 at the Manshuk Mametova monument in Uralsk; rallies in several other, unnamed cities (unattributed); quarantine ban in Kazakhstan',
     text="""В Нур-Султане и Алматы задержаны участники несанкционированных акций
НУР-СУЛТАН, 5 октября — Vlast.kz. В субботу около 60 человек собрались у монумента «Байтерек», требуя освободить ранее задержанных активистов. Полиция задержала 14 человек, их доставили в отделы полиции района Есиль. Остальные разошлись через час.
В Алматы около 40 человек вышли на площадь Республики. Полицейские оттеснили их к скверу и задержали семерых. В департаменте полиции Алматы заявили, что участники нарушили закон о порядке проведения мирных собраний.
По данным правозащитников, акции в тот же день прошли ещё в нескольких городах. В Уральске у памятника Маншук Маметовой задержали троих, о других городах подробностей пока нет.
В акимате столицы напомнили, что из-за карантина массовые мероприятия в Казахстане запрещены до особого распоряжения.""",
     ann=[
        ('Нур-Султане', 0, 'city', 'Astana', 'Astana', {'note': 'headline; the capital was named Nur-Sultan 2019-2022'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'headline'}),
        ('НУР-СУЛТАН', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Байтерек', 0, 'facility', 'Bayterek monument', 'Astana', {'subkind': 'monument', 'note': 'name in quotes'}),
        ('Есиль', 0, 'district', 'Yesil District (Astana)', 'Astana', {'subkind': 'city district', 'note': 'NI:police stations where detainees were taken; not the Yesil river'}),
        ('Алматы', 1, 'city', 'Almaty', 'Almaty'),
        ('площадь Республики', 0, 'facility', 'Republic Square (Almaty)', 'Almaty', {'subkind': 'square'}),
        ('Алматы', 2, 'city', 'Almaty', 'Almaty', {'note': 'inside the name of an authority'}),
        ('нескольких городах', 0, 'quantified', 'several cities', N, {'count': None, 'unit': 'city', 'note': 'rallies in several other cities; only Uralsk is named'}),
        ('Уральске', 0, 'city', 'Oral', WKR, {'note': 'Russian name of Oral'}),
        ('памятника Маншук Маметовой', 0, 'facility', 'Manshuk Mametova monument (Oral)', WKR, {'subkind': 'monument', 'note': 'monument named after a person'}),
        ('Казахстане', 0, 'country', 'Kazakhstan', N),
     ],
     inc={'Astana': (1, 'unauthorised rally at the Bayterek monument, 14 detained'),
          'Almaty': (1, 'unauthorised rally on Republic Square, seven detained'),
          WKR: (1, 'rally at the Manshuk Mametova monument in Uralsk, three detained')},
     unatt=[{'label': 'нескольких городах', 'count': None, 'note': 'rallies in several other cities the same day; Uralsk is named and has its own row, the others are not named'}]),

dict(id='p013', date='2022-09-20', lang='ru',
     event='2022 Astana three days after the capital got its name back: new school opens in Nura district (not counted), five-car collision on Kabanbay Batyr Avenue, house fire in Kosshy (Akmola Region); old "Nur-Sultan" sign',
     text="""В Астане открыли школу на 3000 мест, на Кабанбай батыра столкнулись пять машин
АСТАНА, 20 сентября — Tengrinews. В районе Нура в понедельник открылась новая школа на 3000 учеников — первая, открытая после того, как 17 сентября столице вернули название Астана. На табличке у входа пока значится «Нур-Султан»: заменить её обещают до конца месяца.
Вечером того же дня на проспекте Кабанбай батыра столкнулись пять автомобилей. Трое пострадавших доставлены в больницу, движение было перекрыто на два часа.
В ночь на вторник в городе Косшы Акмолинской области, в 10 километрах от столицы, сгорел частный дом. Хозяева успели выбраться, пострадал один пожарный, сообщили в ДЧС Акмолинской области.""",
     ann=[
        ('Астане', 0, 'city', 'Astana', 'Astana', {'note': 'headline'}),
        ('Кабанбай батыра', 0, 'facility', 'Kabanbay Batyr Avenue (Astana)', 'Astana', {'subkind': 'street', 'note': 'headline; avenue named after a person, without head noun'}),
        ('АСТАНА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Нура', 0, 'district', 'Nura District (Astana)', 'Astana', {'subkind': 'city district', 'note': 'NI:school opening; not the Nura river or Nura district of Karaganda Region'}),
        ('Астана', 0, 'city', 'Astana', 'Astana', {'note': 'NI:renaming'}),
        ('Нур-Султан', 0, 'city', 'Astana', 'Astana', {'note': 'NI:old name on a sign, in quotes'}),
        ('проспекте Кабанбай батыра', 0, 'facility', 'Kabanbay Batyr Avenue (Astana)', 'Astana', {'subkind': 'street'}),
        ('Косшы', 0, 'city', 'Kosshy', AKR, {'note': 'town near the capital'}),
        ('Акмолинской области', 0, 'region', AKR, AKR),
        ('Акмолинской области', 1, 'region', AKR, AKR, {'note': 'NI:inside the name of an authority'}),
     ],
     inc={'Astana': (1, 'five-car collision on Kabanbay Batyr Avenue, three hurt'),
          AKR: (1, 'house fire in Kosshy, one firefighter hurt')}),

dict(id='p014', date='2023-07-18', lang='ru',
     event='2023 weekend in Jetisu Region: two holidaymakers from Karaganda drown in Lake Alakol at Akshi (Alakol district); mudflow damages three dachas above Tekeli; car-bus collision on the Taldykorgan-Usharal road in Sarkand district (bus from Ust-Kamenogorsk); storm warning for three districts; new beach on the Kapchagay reservoir in Konaev (Almaty Region); calm on the Urzhar shore (Abai Region)',
     text="""Жетысу: двое утонули на Алаколе, сель повредил дачи под Текели
ТАЛДЫКОРГАН, 18 июля — КазТАГ. Выходные в Жетысуской области выдались тяжёлыми для спасателей.

В воскресенье на Алаколе, у села Акши Алакольского района, утонули двое отдыхающих — мужчины 34 и 41 года, приехавшие из Караганды. По данным ДЧС Жетысуской области, они купались за буйками в нетрезвом виде. С начала сезона на озере утонули уже семь человек.

В ночь на понедельник после ливня в горах над Текели сошёл сель. Поток глины и камней повредил три дачных дома в ущелье выше города и размыл участок дороги. Жителей дачного массива вывезли в город, пострадавших нет.

В понедельник днём на трассе Талдыкорган — Ушарал, в Саркандском районе, легковой автомобиль выехал на встречную полосу и столкнулся с автобусом, который шёл из Усть-Каменогорска. Водитель легковушки погиб, семь пассажиров автобуса получили травмы.

В трёх районах области — Алакольском, Саркандском и Аксуском — на вторник объявлено штормовое предупреждение: ожидается ветер до 25 метров в секунду.

Тем временем в соседней Алматинской области отдыхающих приглашают на новый городской пляж в Конаеве, открытый в субботу на берегу Капчагайского водохранилища. А на северном берегу Алаколя, в Урджарском районе Абайской области, за выходные происшествий на воде не было, сообщили спасатели.

Всего за выходные спасатели Жетысуской области выезжали на вызовы 46 раз. В ДЧС напомнили, что купаться можно только на оборудованных пляжах, а подниматься в горные ущелья в первые сутки после сильного ливня опасно. Для отдыхающих на Алаколе в Талдыкоргане открыли круглосуточную горячую линию спасателей. Линия будет работать до конца августа.""",
     ann=[
        ('Жетысу', 0, 'region', JTR, JTR, {'note': 'headline; the region named without "область"'}),
        ('Алаколе', 0, 'facility', 'Lake Alakol', N, {'subkind': 'lake', 'note': 'headline; the lake is shared by Jetisu and Abai regions'}),
        ('Текели', 0, 'city', 'Tekeli', JTR, {'note': 'NI:headline; reference point ("под Текели")'}),
        ('ТАЛДЫКОРГАН', 0, 'city', 'Taldykorgan', JTR, {'note': 'dateline'}),
        ('Жетысуской области', 0, 'region', JTR, JTR),
        ('Алаколе', 1, 'facility', 'Lake Alakol', N, {'subkind': 'lake'}),
        ('Акши', 0, 'village', 'Akshi', JTR),
        ('Алакольского района', 0, 'district', 'Alakol District', JTR),
        ('Караганды', 0, 'city', 'Karaganda', KR, {'note': "NI:victims' origin"}),
        ('Жетысуской области', 1, 'region', JTR, JTR, {'note': 'inside the name of an authority'}),
        ('Текели', 1, 'city', 'Tekeli', JTR, {'note': 'NI:reference point ("в горах над Текели")'}),
        ('Талдыкорган', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:road endpoint'}),
        ('Ушарал', 0, 'city', 'Usharal', JTR, {'note': 'NI:road endpoint'}),
        ('Саркандском районе', 0, 'district', 'Sarkand District', JTR),
        ('Усть-Каменогорска', 0, 'city', 'Oskemen', EKR, {'note': "NI:bus's origin; Russian name"}),
        ('трёх районах', 0, 'quantified', '3 districts', N, {'count': 3, 'unit': 'district', 'note': 'storm warning; all three named; not an incident'}),
        ('Алакольском', 0, 'district', 'Alakol District', JTR, {'note': 'NI:warning; list after "трёх районах"'}),
        ('Саркандском', 1, 'district', 'Sarkand District', JTR, {'note': 'NI:warning; list after "трёх районах"'}),
        ('Аксуском', 0, 'district', 'Aksu District (Jetisu Region)', JTR, {'note': 'NI:warning; list after "трёх районах"; not the town of Aksu in Pavlodar Region'}),
        ('Алматинской области', 0, 'region', ALR, ALR, {'note': 'NI:neighbouring region'}),
        ('Конаеве', 0, 'city', 'Konaev', ALR, {'note': 'NI:beach opening; the former Kapchagay'}),
        ('Капчагайского водохранилища', 0, 'facility', 'Kapchagay Reservoir', ALR, {'subkind': 'reservoir', 'note': 'NI:beach opening; reservoir named after the old name of Konaev'}),
        ('Алаколя', 0, 'facility', 'Lake Alakol', N, {'subkind': 'lake', 'note': 'NI:no incidents on this shore'}),
        ('Урджарском районе', 0, 'district', 'Urzhar District', ABR, {'note': 'NI:no incidents'}),
        ('Абайской области', 0, 'region', ABR, ABR, {'note': 'NI:no incidents'}),
        ('Жетысуской области', 2, 'region', JTR, JTR, {'note': 'NI:call-out statistics, inside the name of a service'}),
        ('Алаколе', 2, 'facility', 'Lake Alakol', N, {'subkind': 'lake', 'note': 'NI:hotline for holidaymakers'}),
        ('Талдыкоргане', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:seat of the hotline'}),
     ],
     inc={JTR: (3, 'two holidaymakers drowned together in Lake Alakol at Akshi (one event); mudflow damaged three dachas above Tekeli; car-bus collision on the Taldykorgan-Usharal road in Sarkand district, one dead')}),

dict(id='p015', date='2005-12-12', lang='ru',
     event='2005 hot-water main bursts at a boiler house in Ekibastuz leaving 200 houses without heat at -38; fatal house fire on Pushkin Street in Aksu (Pavlodar Region); rural schools closed in four districts (not counted)',
     text="""Авария на котельной оставила без тепла 200 домов в Экибастузе
ПАВЛОДАР, 12 декабря — Казинформ. В Экибастузе в воскресенье ночью на районной котельной прорвало магистральную трубу горячей воды. Без отопления при морозе минус 38 градусов остались около 200 частных домов и две школы. Аварийные бригады восстановили подачу тепла к утру понедельника, сообщили в акимате города.
В ту же ночь в городе Аксу загорелся частный дом на улице Пушкина. Хозяин дома и его сын погибли, отравившись угарным газом. По предварительной версии, пожар начался из-за перегрева печи.
В Павлодарской области с начала декабря из-за морозов закрыты сельские школы в четырёх районах. Синоптики обещают потепление к концу недели.""",
     ann=[
        ('Экибастузе', 0, 'city', 'Ekibastuz', PR, {'note': 'headline'}),
        ('ПАВЛОДАР', 0, 'city', 'Pavlodar', PR, {'note': 'dateline'}),
        ('Экибастузе', 1, 'city', 'Ekibastuz', PR),
        ('Аксу', 0, 'city', 'Aksu (Pavlodar Region)', PR, {'note': 'a common name; here the town in Pavlodar Region'}),
        ('улице Пушкина', 0, 'facility', 'Pushkin Street (Aksu)', PR, {'subkind': 'street', 'note': 'street named after a person'}),
        ('Павлодарской области', 0, 'region', PR, PR, {'note': 'NI:school closures'}),
        ('четырёх районах', 0, 'quantified', '4 districts', N, {'count': 4, 'unit': 'district', 'note': 'school closures; not an incident'}),
     ],
     inc={PR: (2, 'hot-water main burst at a boiler house in Ekibastuz (accident, 200 houses without heat); fatal house fire in Aksu, two dead')}),

dict(id='p016', date='2016-03-30', lang='ru',
     event='2016 ice jam on the Syr Darya floods 25 houses in Zhalagash (Kyzylorda Region); court in Kyzylorda arrests the former akim of Shieli district (not counted); fire in an abandoned hotel in Baikonur (Kyzylorda Region, leased to Russia); Sputnik Казахстан not annotated',
     text="""Ледовый затор на Сырдарье: подтоплены 25 домов в Жалагаше
КЫЗЫЛОРДА, 30 марта — Sputnik Казахстан. Из-за ледового затора на Сырдарье вода вышла из берегов и подтопила 25 домов в посёлке Жалагаш, центре Жалагашского района. Из подтопленных домов вывезли 90 человек, их разместили в районном доме культуры, сообщили в ДЧС Кызылординской области. Спасатели подрывают лёд ниже по течению.
В Кызылорде городской суд в среду арестовал на два месяца бывшего акима Шиелийского района, подозреваемого в получении взятки в особо крупном размере.
В Байконыре во вторник вечером сгорело здание заброшенной гостиницы. Огонь тушили пожарные российского МЧС, пострадавших нет. Город арендован Россией вместе с космодромом.""",
     ann=[
        ('Сырдарье', 0, 'facility', 'Syr Darya', N, {'subkind': 'river', 'note': 'headline'}),
        ('Жалагаше', 0, 'village', 'Zhalagash', KZR, {'note': 'headline; settlement, district centre'}),
        ('КЫЗЫЛОРДА', 0, 'city', 'Kyzylorda', KZR, {'note': 'dateline; "Sputnik Казахстан" is a media name and not annotated'}),
        ('Сырдарье', 1, 'facility', 'Syr Darya', N, {'subkind': 'river'}),
        ('Жалагаш', 0, 'village', 'Zhalagash', KZR),
        ('Жалагашского района', 0, 'district', 'Zhalagash District', KZR),
        ('Кызылординской области', 0, 'region', KZR, KZR, {'note': 'inside the name of an authority'}),
        ('Кызылорде', 0, 'city', 'Kyzylorda', KZR, {'note': 'NI:seat of the court'}),
        ('Шиелийского района', 0, 'district', 'Shieli District', KZR, {'note': "NI:the suspect's former post"}),
        ('Байконыре', 0, 'city', 'Baikonur', KZR, {'note': 'the town leased to Russia with the cosmodrome; Kyzylorda Region'}),
        ('Россией', 0, 'foreign', 'Russia', N, {'note': 'NI:lessee'}),
     ],
     inc={KZR: (2, 'ice-jam flood of 25 houses in Zhalagash; fire in an abandoned hotel in Baikonur; the arrest is not counted')}),
]
