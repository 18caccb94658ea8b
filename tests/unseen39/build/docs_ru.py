"""Russian texts of the thirty-ninth unseen check corpus."""
N = None
SKR, TR, ALR, AKR, JTR = 'South Kazakhstan Region', 'Turkistan Region', 'Almaty Region', 'Akmola Region', 'Jetisu Region'
AL, AS, SH = 'Almaty', 'Astana', 'Shymkent'

DOCS = [
dict(id='p009', date='2017-09-12', lang='ru',
     event='2017 fire in a nine-storey block in Kaitpas-1, Abai district of Shymkent, and a bus-lorry collision at the Tauke Khan / Zhibek Zholy crossroads (South Kazakhstan Region, before the split); akimat fire checks and a bus route change',
     text="""Пожар в многоэтажке и ДТП с автобусом в Шымкенте
ШЫМКЕНТ, 12 сентября. KazTAG – Из горящего девятиэтажного дома в микрорайоне Кайтпас-1 Абайского района Шымкента в ночь на вторник спасатели вывели 54 жильца, сообщил департамент по чрезвычайным ситуациям Южно-Казахстанской области.
Огонь вспыхнул на лестничной площадке пятого этажа, где жильцы хранили старую мебель и коляски. Трое взрослых и ребёнок отравились дымом и доставлены в городскую больницу. Пожар потушили за полтора часа. По предварительной версии, причиной стал непотушенный окурок.
Утром того же дня на перекрёстке проспекта Тауке хана и улицы Жибек жолы пассажирский автобус маршрута № 12 столкнулся с грузовиком, ехавшим из Ленгера. Пострадали семь пассажиров, двое из них в тяжёлом состоянии. Водитель грузовика, житель Казыгуртского района, задержан; по данным полиции, он проехал на красный свет.
Аким Шымкента поручил до конца октября проверить противопожарное состояние всех многоэтажных домов в Абайском, Аль-Фарабийском, Енбекшинском и Каратауском районах. Жильцов, которые загромождают лестницы, будут штрафовать.
Кроме того, городской акимат решил с 1 октября перенести конечную остановку маршрута № 12 от Центрального рынка к автовокзалу «Самал», чтобы разгрузить перекрёсток. Жители соседнего Сайрамского района, которые ездят на работу в Шымкент, просят продлить маршрут до села Аксукент, но в акимате ответили, что пригородные линии области в ведении областного управления пассажирского транспорта.
По данным полиции, с начала года на дорогах города произошло 412 ДТП, в которых погибли 38 человек. Больше всего аварий зафиксировано на проспектах Тауке хана и Республики. В прошлом месяце акимат обещал установить на этих перекрёстках камеры, но тендер до сих пор не проведён, признали в управлении пассажирского транспорта.""",
     ann=[
        ('Шымкенте', 0, 'city', 'Shymkent', SKR, {'note': 'headline'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', SKR, {'note': 'dateline'}),
        ('Кайтпас-1', 0, 'district', 'Kaitpas-1 (Shymkent)', SKR, {'subkind': 'microdistrict'}),
        ('Абайского района', 0, 'district', 'Abai District (Shymkent)', SKR, {'subkind': 'city district'}),
        ('Шымкента', 0, 'city', 'Shymkent', SKR),
        ('Южно-Казахстанской области', 0, 'region', SKR, SKR, {'note': 'inside the name of an authority'}),
        ('Тауке хана', 0, 'facility', 'Tauke Khan Avenue (Shymkent)', SKR, {'subkind': 'street'}),
        ('Жибек жолы', 0, 'facility', 'Zhibek Zholy Street (Shymkent)', SKR, {'subkind': 'street'}),
        ('Ленгера', 0, 'city', 'Lenger', SKR, {'note': 'NI:origin of the lorry'}),
        ('Казыгуртского района', 0, 'district', 'Kazygurt District', SKR, {'note': 'NI:residence of the driver'}),
        ('Шымкента', 1, 'city', 'Shymkent', SKR, {'note': "inside an official's title"}),
        ('Абайском', 0, 'district', 'Abai District (Shymkent)', SKR, {'subkind': 'city district', 'note': 'NI:fire checks ordered'}),
        ('Аль-Фарабийском', 0, 'district', 'Al-Farabi District (Shymkent)', SKR, {'subkind': 'city district', 'note': 'NI:fire checks ordered'}),
        ('Енбекшинском', 0, 'district', 'Yenbekshi District (Shymkent)', SKR, {'subkind': 'city district', 'note': 'NI:fire checks ordered'}),
        ('Каратауском', 0, 'district', 'Karatau District (Shymkent)', SKR, {'subkind': 'city district', 'note': 'NI:fire checks ordered; not the town of Karatau'}),
        ('Центрального рынка', 0, 'facility', 'Central Market (Shymkent)', SKR, {'subkind': 'market', 'note': 'NI:route endpoint'}),
        ('Самал', 0, 'facility', 'Samal bus station (Shymkent)', SKR, {'subkind': 'bus station', 'note': 'NI:route endpoint'}),
        ('Сайрамского района', 0, 'district', 'Sairam District', SKR, {'note': 'NI:residence of commuters'}),
        ('Шымкент', 0, 'city', 'Shymkent', SKR, {'note': 'NI:workplace'}),
        ('Аксукент', 0, 'village', 'Aksukent', SKR, {'note': 'NI:requested route endpoint'}),
        ('Тауке хана', 1, 'facility', 'Tauke Khan Avenue (Shymkent)', SKR, {'subkind': 'street', 'note': 'NI:statistics'}),
        ('Республики', 0, 'facility', 'Respublika Avenue (Shymkent)', SKR, {'subkind': 'street', 'note': 'NI:statistics'}),
     ],
     inc={SKR: (2, 'fire in a nine-storey block in Kaitpas-1 (Abai district of Shymkent); bus-lorry collision at the Tauke Khan / Zhibek Zholy crossroads; the yearly road-accident statistics are not counted')}),

dict(id='p010', date='2018-07-10', lang='ru',
     event='2018 Shymkent three weeks after becoming a city of republican significance: a fifth district (Turan) proposed; regional offices move to Turkestan; Lenger, Saryagash and Kentau stay in Turkistan Region (no incident)',
     text="""Шымкент готовит пятый район
ШЫМКЕНТ, 10 июля. Kazinform – Городской маслихат Шымкента, с 19 июня ставшего третьим в Казахстане городом республиканского значения, одобрил во вторник предложение акимата создать в городе пятый район – Туранский.
Его предлагается выделить из Абайского и Енбекшинского районов; в новый район войдут микрорайоны Туран, Асар и Нурсат, где за последние десять лет выросли целые кварталы частных домов. Решение должно утвердить правительство.
Одновременно областные управления переезжают в Туркестан, новый центр Туркестанской области, как теперь называется бывшая Южно-Казахстанская. Ленгер, Сарыагаш и Кентау остались в составе области, и их жители с удивлением обнаружили, что за справкой в облакимат теперь надо ехать за 160 километров.
С 1 января налоги предприятий, зарегистрированных в Шымкенте, будут поступать в городской бюджет.""",
     ann=[
        ('Шымкент', 0, 'city', 'Shymkent', SH, {'note': 'headline; city of republican significance since 2018-06-19'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', SH, {'note': 'dateline'}),
        ('Шымкента', 0, 'city', 'Shymkent', SH, {'note': 'inside the name of an authority'}),
        ('Казахстане', 0, 'country', 'Kazakhstan', N),
        ('Туранский', 0, 'district', 'Turan District (Shymkent)', SH, {'subkind': 'city district', 'note': 'proposed district'}),
        ('Абайского', 0, 'district', 'Abai District (Shymkent)', SH, {'subkind': 'city district'}),
        ('Енбекшинского', 0, 'district', 'Yenbekshi District (Shymkent)', SH, {'subkind': 'city district'}),
        ('Туран', 0, 'district', 'Turan (Shymkent)', SH, {'subkind': 'microdistrict'}),
        ('Асар', 0, 'district', 'Asar (Shymkent)', SH, {'subkind': 'microdistrict'}),
        ('Нурсат', 0, 'district', 'Nursat (Shymkent)', SH, {'subkind': 'microdistrict'}),
        ('Туркестан', 0, 'city', 'Turkistan', TR, {'note': 'NI:new seat of the regional offices'}),
        ('Туркестанской области', 0, 'region', TR, TR),
        ('Южно-Казахстанская', 0, 'region', TR, TR, {'uncertain': True, 'note': 'the former name of the region, renamed on 2018-06-19; labelled with the unit in force'}),
        ('Ленгер', 0, 'city', 'Lenger', TR),
        ('Сарыагаш', 0, 'city', 'Saryagash', TR),
        ('Кентау', 0, 'city', 'Kentau', TR),
        ('Шымкенте', 0, 'city', 'Shymkent', SH),
     ],
     inc={}),

dict(id='p011', date='2020-02-04', lang='ru',
     event='2020 gas explosion in a private house in Baikonyr district of Nur-Sultan, a car crash at the Abai / Beibitshilik crossroads, a house fire in Kosshy village (Tselinograd district, Akmola Region); gas explosions in seven regions (unattributed)',
     text="""Взрыв газа в частном доме в Нур-Султане: пострадали трое
НУР-СУЛТАН, 4 февраля. Tengrinews – Три человека пострадали при взрыве бытового газа в частном доме на улице Жана Жол в районе Байконыр столицы, сообщили в департаменте по чрезвычайным ситуациям Нур-Султана.
Взрыв произошёл около семи утра, когда хозяин дома зажёг плиту. Обрушилась часть крыши, в соседних домах выбиты стёкла. Хозяина с ожогами госпитализировали в городскую больницу № 2 в Алматинском районе, его жену и сына – в детскую больницу на левом берегу Есиля. Газовики отключили от сети 40 домов квартала.
Днём на перекрёстке проспекта Абая и улицы Бейбитшилик в районе Сарыарка столкнулись маршрутный автобус и внедорожник. Пострадали пять человек. Движение в сторону площади Республики было перекрыто на час. Водитель внедорожника, 23-летний житель Кокшетау, по словам полиции, был трезв и объяснил, что его ослепило солнце. Двоих пассажиров автобуса оставили в больнице.
Вечером в селе Косшы Целиноградского района Акмолинской области загорелся двухэтажный коттедж. Огонь перекинулся на баню соседей, но людей в доме не было. Причиной пожара, по предварительным данным, стало замыкание в электрощитке на первом этаже; ущерб оценивается в 15 млн тенге. Пожарные из Нур-Султана помогли местному расчёту, потому что дорога через Нуру была забита машинами дачников.
По данным МЧС Казахстана, с начала зимы взрывы бытового газа произошли в семи регионах страны, погибли 11 человек. В министерстве напомнили, что проверять газовое оборудование в частных домах должны сами владельцы. Акимат столицы пообещал до весны бесплатно установить газоанализаторы в 3 000 домах многодетных семей в районах Байконыр и Алматы.""",
     ann=[
        ('Нур-Султане', 0, 'city', 'Astana', AS, {'note': 'headline'}),
        ('НУР-СУЛТАН', 0, 'city', 'Astana', AS, {'note': 'dateline'}),
        ('Жана Жол', 0, 'facility', 'Zhana Zhol Street (Astana)', AS, {'subkind': 'street'}),
        ('Байконыр', 0, 'district', 'Baikonyr District (Astana)', AS, {'subkind': 'city district', 'note': '"в районе Байконыр": the district of the capital, not Baikonur'}),
        ('Нур-Султана', 0, 'city', 'Astana', AS, {'note': 'inside the name of an authority'}),
        ('Алматинском районе', 0, 'district', 'Almaty District (Astana)', AS, {'subkind': 'city district', 'note': 'NI:hospital; the district of the capital'}),
        ('Есиля', 0, 'facility', 'Yesil river', N, {'subkind': 'river', 'note': 'NI:reference point (the Ishim)'}),
        ('Абая', 0, 'facility', 'Abai Avenue (Astana)', AS, {'subkind': 'street'}),
        ('Бейбитшилик', 0, 'facility', 'Beibitshilik Street (Astana)', AS, {'subkind': 'street'}),
        ('Сарыарка', 0, 'district', 'Saryarka District (Astana)', AS, {'subkind': 'city district'}),
        ('площади Республики', 0, 'facility', 'Respublika Square (Astana)', AS, {'subkind': 'square', 'note': 'NI:direction of traffic', 'uncertain': True}),
        ('Кокшетау', 0, 'city', 'Kokshetau', AKR, {'note': 'NI:residence of the driver'}),
        ('Косшы', 0, 'village', 'Kosshy', AKR, {'note': 'a village in 2020 (town from 2021)'}),
        ('Целиноградского района', 0, 'district', 'Tselinograd District', AKR),
        ('Акмолинской области', 0, 'region', AKR, AKR),
        ('Нур-Султана', 1, 'city', 'Astana', AS, {'note': 'NI:origin of firefighters'}),
        ('Нуру', 0, 'facility', 'Nura river', N, {'subkind': 'river', 'note': 'NI:reference point'}),
        ('Казахстана', 0, 'country', 'Kazakhstan', N, {'note': 'inside the name of an authority'}),
        ('семи регионах', 0, 'quantified', '7 regions', N, {'count': 7, 'unit': 'region', 'note': 'gas explosions since the start of winter'}),
        ('Байконыр', 1, 'district', 'Baikonyr District (Astana)', AS, {'subkind': 'city district', 'note': 'NI:planned gas detectors'}),
        ('Алматы', 0, 'district', 'Almaty District (Astana)', AS, {'subkind': 'city district', 'note': 'NI:planned gas detectors; "в районах Байконыр и Алматы" of the capital'}),
     ],
     inc={AS: (2, 'gas explosion in a private house on Zhana Zhol Street (Baikonyr district); bus-SUV collision at the Abai / Beibitshilik crossroads (Saryarka district)'),
          AKR: (1, 'fire in a cottage in Kosshy, Tselinograd district')},
     unatt=[{'label': 'семи регионах', 'count': 7, 'note': 'gas explosions since the start of winter in seven unnamed regions'}]),

dict(id='p012', date='2010-11-16', lang='ru',
     event='2010 test runs on the first line of the Almaty metro, stations from Raiymbek Batyr to Alatau, opening planned for 2011; the Baikonur station named after the cosmodrome (no incident)',
     text="""По алматинскому метро пошли пробные поезда
АЛМАТЫ, 16 ноября. Интерфакс-Казахстан – На первой линии метрополитена Алматы начались пробные поездки составов без пассажиров, сообщили в городском акимате.
Поезда проходят весь участок длиной 8,6 километра от станции «Райымбек батыра» до станции «Алатау» с остановками на «Жибек жолы», «Алмалы», «Абая» и «Байконур». Вагоны собраны в Южной Корее. Открыть метро для пассажиров планируют в декабре 2011 года, к 20-летию независимости Казахстана.
Строительство, начатое ещё в 1988 году в Алма-Ате, много лет стояло из-за нехватки денег. По словам представителей акимата, вторая очередь протянется от «Алатау» на запад, к микрорайонам Орбита и Аксай, а в будущем линию доведут до границы города в Алатауском районе.
Жители Алмалинского района жалуются на шум от вентиляционных шахт на улице Панфилова.""",
     ann=[
        ('АЛМАТЫ', 0, 'city', 'Almaty', AL, {'note': 'dateline'}),
        ('Алматы', 0, 'city', 'Almaty', AL),
        ('Райымбек батыра', 0, 'facility', 'Raiymbek Batyr metro station (Almaty)', AL, {'subkind': 'metro station', 'note': 'station named after a person'}),
        ('Алатау', 0, 'facility', 'Alatau metro station (Almaty)', AL, {'subkind': 'metro station'}),
        ('Жибек жолы', 0, 'facility', 'Zhibek Zholy metro station (Almaty)', AL, {'subkind': 'metro station'}),
        ('Алмалы', 0, 'facility', 'Almaly metro station (Almaty)', AL, {'subkind': 'metro station'}),
        ('Абая', 0, 'facility', 'Abai metro station (Almaty)', AL, {'subkind': 'metro station'}),
        ('Байконур', 0, 'facility', 'Baikonur metro station (Almaty)', AL, {'subkind': 'metro station', 'note': 'Almaty metro station named after the cosmodrome'}),
        ('Южной Корее', 0, 'foreign', 'South Korea', N, {'note': 'NI:origin of the carriages'}),
        ('Казахстана', 0, 'country', 'Kazakhstan', N),
        ('Алма-Ате', 0, 'city', 'Almaty', AL, {'note': 'Soviet name of Almaty'}),
        ('Алатау', 1, 'facility', 'Alatau metro station (Almaty)', AL, {'subkind': 'metro station', 'note': 'NI:start of the planned second stage'}),
        ('Орбита', 0, 'district', 'Orbita (Almaty)', AL, {'subkind': 'microdistrict', 'note': 'NI:planned extension'}),
        ('Аксай', 0, 'district', 'Aksai (Almaty)', AL, {'subkind': 'microdistrict', 'note': 'NI:planned extension; not the town of Aksai (West Kazakhstan)'}),
        ('Алатауском районе', 0, 'district', 'Alatau District (Almaty)', AL, {'subkind': 'city district', 'note': 'NI:planned extension'}),
        ('Алмалинского района', 0, 'district', 'Almaly District (Almaty)', AL, {'subkind': 'city district'}),
        ('Панфилова', 0, 'facility', 'Panfilov Street (Almaty)', AL, {'subkind': 'street'}),
     ],
     inc={}),

dict(id='p013', date='2014-09-23', lang='ru',
     event='2014 Almaty akimat plans for the new Nauryzbai district formed from Kalkaman, Shugyla and other villages of Karasai district (now the city) and for paving in Shanyrak, Alatau district (no incident)',
     text="""Акимат Алматы утвердил план развития Наурызбайского района
АЛМАТЫ, 23 сентября. Vlast.kz – Акимат Алматы утвердил план развития Наурызбайского района, образованного летом из бывших сёл Карасайского района Алматинской области. В черту города вошли Калкаман, Шугыла, Акжар и ещё несколько посёлков, где живут около 60 тысяч человек.
За три года в районе проложат водопровод и канализацию, построят четыре школы и поликлинику. Центральной улицей станет продолжение проспекта Абая, а маршруты автобусов из Калкамана продлят до станции метро «Алатау».
Отдельно акимат выделил 1,8 млрд тенге на асфальтирование улиц в микрорайоне Шанырак Алатауского района, где в 2006 году жители противостояли сносу самовольных домов. В Карасайском районе, центр которого – Каскелен, после передачи сёл городу осталось около 150 тысяч жителей.""",
     ann=[
        ('Алматы', 0, 'city', 'Almaty', AL, {'note': 'headline, inside the name of an authority'}),
        ('Наурызбайского района', 0, 'district', 'Nauryzbai District (Almaty)', AL, {'subkind': 'city district', 'note': 'headline'}),
        ('АЛМАТЫ', 0, 'city', 'Almaty', AL, {'note': 'dateline'}),
        ('Алматы', 1, 'city', 'Almaty', AL, {'note': 'inside the name of an authority'}),
        ('Наурызбайского района', 1, 'district', 'Nauryzbai District (Almaty)', AL, {'subkind': 'city district'}),
        ('Карасайского района', 0, 'district', 'Karasai District', ALR, {'note': 'former district of the villages'}),
        ('Алматинской области', 0, 'region', ALR, ALR),
        ('Калкаман', 0, 'district', 'Kalkaman (Almaty)', AL, {'subkind': 'microdistrict', 'note': 'former village, part of Almaty since 2014'}),
        ('Шугыла', 0, 'district', 'Shugyla (Almaty)', AL, {'subkind': 'microdistrict', 'note': 'former village, part of Almaty since 2014'}),
        ('Акжар', 0, 'district', 'Akzhar (Almaty)', AL, {'subkind': 'microdistrict', 'note': 'former village, part of Almaty since 2014'}),
        ('Абая', 0, 'facility', 'Abai Avenue (Almaty)', AL, {'subkind': 'street'}),
        ('Калкамана', 0, 'district', 'Kalkaman (Almaty)', AL, {'subkind': 'microdistrict', 'note': 'NI:route endpoint'}),
        ('Алатау', 0, 'facility', 'Alatau metro station (Almaty)', AL, {'subkind': 'metro station', 'note': 'NI:route endpoint'}),
        ('Шанырак', 0, 'district', 'Shanyrak (Almaty)', AL, {'subkind': 'microdistrict'}),
        ('Алатауского района', 0, 'district', 'Alatau District (Almaty)', AL, {'subkind': 'city district'}),
        ('Карасайском районе', 0, 'district', 'Karasai District', ALR),
        ('Каскелен', 0, 'city', 'Kaskelen', ALR, {'note': 'seat of Karasai district'}),
     ],
     inc={}),

dict(id='p014', date='2005-11-29', lang='ru',
     event='2005 gas explosion in a two-storey house on Nauryzbai Batyr Street in Kaskelen (Karasai district, Almaty Region); injured taken to Almaty',
     text="""В Каскелене взорвался газ в жилом доме
АЛМАТЫ, 29 ноября. КазТАГ – Два человека погибли и четверо пострадали при взрыве газа в двухэтажном жилом доме на улице Наурызбай батыра в Каскелене, сообщили в управлении по чрезвычайным ситуациям Алматинской области.
По данным спасателей, газ скопился в подвале, где жильцы установили самодельный котёл. Взрывом разрушило лестничный пролёт и часть стены; жильцов восьми квартир эвакуировали в районный Дом культуры. Пострадавших доставили в ожоговый центр в Алматы.
Каскелен, центр Карасайского района, находится в 25 километрах к западу от Алматы. За последние годы здесь выросли сотни частных домов, многие из которых подключены к газу без разрешения. Аким района поручил газовой службе проверить все подвалы многоквартирных домов до 15 декабря. Прокуратура Карасайского района возбудила уголовное дело.""",
     ann=[
        ('Каскелене', 0, 'city', 'Kaskelen', ALR, {'note': 'headline'}),
        ('АЛМАТЫ', 0, 'city', 'Almaty', AL, {'note': 'dateline'}),
        ('Наурызбай батыра', 0, 'facility', 'Nauryzbai Batyr Street (Kaskelen)', ALR, {'subkind': 'street', 'note': 'street named after a person, not the Almaty district'}),
        ('Каскелене', 1, 'city', 'Kaskelen', ALR),
        ('Алматинской области', 0, 'region', ALR, ALR, {'note': 'inside the name of an authority'}),
        ('Алматы', 0, 'city', 'Almaty', AL, {'note': 'NI:hospital'}),
        ('Каскелен', 0, 'city', 'Kaskelen', ALR),
        ('Карасайского района', 0, 'district', 'Karasai District', ALR),
        ('Алматы', 1, 'city', 'Almaty', AL, {'note': 'NI:reference point'}),
        ('Карасайского района', 1, 'district', 'Karasai District', ALR, {'note': 'inside the name of an authority'}),
     ],
     inc={ALR: (1, 'gas explosion in a house on Nauryzbai Batyr Street in Kaskelen')}),

dict(id='p015', date='2022-09-20', lang='ru',
     event='2022 the capital renamed Astana again; akimat notes on districts Nura and Baikonyr, Kosshy stays in Akmola Region (no incident)',
     text="""Столица снова Астана: что изменится для жителей
АСТАНА, 20 сентября. Казинформ – С 17 сентября столица Казахстана снова называется Астана: поправку в Конституцию, возвращающую прежнее имя, подписал президент. Название Нур-Султан город носил с марта 2019 года.
В акимате столицы пояснили, что менять удостоверения личности и документы на недвижимость не нужно. Вывески госорганов и остановок заменят до конца года за счёт городского бюджета.
Переименование не затронет пять районов города – Алматы, Есиль, Сарыарка, Байконыр и Нура; последний образован в июне из части Есильского района на левом берегу. Жители соседнего города Косшы Целиноградского района, который остаётся в составе Акмолинской области, спрашивают, изменится ли адрес их прописки, – нет, ответили в областном акимате в Кокшетау.""",
     ann=[
        ('Астана', 0, 'city', 'Astana', AS, {'note': 'headline'}),
        ('АСТАНА', 0, 'city', 'Astana', AS, {'note': 'dateline'}),
        ('Казахстана', 0, 'country', 'Kazakhstan', N),
        ('Астана', 1, 'city', 'Astana', AS),
        ('Нур-Султан', 0, 'city', 'Astana', AS, {'note': 'the name from March 2019 to September 2022'}),
        ('Алматы', 0, 'district', 'Almaty District (Astana)', AS, {'subkind': 'city district', 'note': 'a district of the capital in a list of its districts'}),
        ('Есиль', 0, 'district', 'Yesil District (Astana)', AS, {'subkind': 'city district'}),
        ('Сарыарка', 0, 'district', 'Saryarka District (Astana)', AS, {'subkind': 'city district'}),
        ('Байконыр', 0, 'district', 'Baikonyr District (Astana)', AS, {'subkind': 'city district'}),
        ('Нура', 0, 'district', 'Nura District (Astana)', AS, {'subkind': 'city district'}),
        ('Есильского района', 0, 'district', 'Yesil District (Astana)', AS, {'subkind': 'city district'}),
        ('Косшы', 0, 'city', 'Kosshy', AKR),
        ('Целиноградского района', 0, 'district', 'Tselinograd District', AKR),
        ('Акмолинской области', 0, 'region', AKR, AKR),
        ('Кокшетау', 0, 'city', 'Kokshetau', AKR, {'note': 'NI:seat of the regional akimat'}),
     ],
     inc={}),

dict(id='p016', date='2025-05-27', lang='ru',
     event='2025 downpour floods streets and houses in Karatau and Turan districts of Shymkent and damages houses in Lenger (Tole Bi district, Turkistan Region)',
     text="""Ливень затопил улицы Шымкента и дома в Ленгере
ШЫМКЕНТ, 27 мая. КазТАГ – Сильный ливень, прошедший в понедельник вечером, затопил улицы и дворы в Каратауском и Туранском районах Шымкента, сообщили в департаменте по чрезвычайным ситуациям города.
Вода стояла в подземном переходе на проспекте Байдибек би и во дворах микрорайона Акжайык; из подвалов 27 частных домов спасатели откачали около 900 кубометров воды. Пострадавших нет.
В Ленгере Толебийского района Туркестанской области, в 25 километрах от Шымкента, поток воды с гор размыл дорогу и повредил пять домов на окраине. Семьи временно переселили к родственникам.
Аким Шымкента поручил до конца июня прочистить арыки в частном секторе Каратауского района и проверить ливневую канализацию на новых улицах, а синоптики предупредили о новых ливнях на юге страны до пятницы.""",
     ann=[
        ('Шымкента', 0, 'city', 'Shymkent', SH, {'note': 'headline'}),
        ('Ленгере', 0, 'city', 'Lenger', TR, {'note': 'headline'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', SH, {'note': 'dateline'}),
        ('Каратауском', 0, 'district', 'Karatau District (Shymkent)', SH, {'subkind': 'city district'}),
        ('Туранском', 0, 'district', 'Turan District (Shymkent)', SH, {'subkind': 'city district'}),
        ('Шымкента', 1, 'city', 'Shymkent', SH),
        ('Байдибек би', 0, 'facility', 'Baidibek Bi Avenue (Shymkent)', SH, {'subkind': 'street'}),
        ('Акжайык', 0, 'district', 'Akzhaiyk (Shymkent)', SH, {'subkind': 'microdistrict'}),
        ('Ленгере', 1, 'city', 'Lenger', TR),
        ('Толебийского района', 0, 'district', 'Tole Bi District', TR),
        ('Туркестанской области', 0, 'region', TR, TR),
        ('Шымкента', 2, 'city', 'Shymkent', SH, {'note': 'NI:reference point'}),
        ('Шымкента', 3, 'city', 'Shymkent', SH, {'note': "inside an official's title"}),
        ('Каратауского района', 0, 'district', 'Karatau District (Shymkent)', SH, {'subkind': 'city district', 'note': 'NI:ordered works'}),
     ],
     inc={SH: (1, 'rain flood of streets, an underpass and cellars in Karatau and Turan districts'),
          TR: (1, 'rain flood damaging five houses and a road in Lenger, Tole Bi district')}),
]
