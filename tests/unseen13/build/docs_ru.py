"""Russian texts of the thirteenth unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
JR, ALR, KYR, TR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'Turkistan Region', 'South Kazakhstan Region'
ABR, JTR, EKR, MR, KOR = 'Abai Region', 'Jetisu Region', 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR, UR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region', 'Ulytau Region'
ATR, AR, WKR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region'
A, AST, SH = 'Almaty', 'Astana', 'Shymkent'

DOCS = [
dict(id='p009', date='2019-05-02', lang='ru',
     event='2019 weekly crime roundup: a brawl with stabbings on Turan Avenue (Yesil district of Nur-Sultan), a murder in Shanyrak-2 (Alatau district of Almaty), a jewellery shop robbery on Tauke Khan Avenue in Shymkent, detentions of activists at rallies in Almaty and Nur-Sultan; pickets in several other cities (unattributed)',
     text="""Драка в Нур-Султане, убийство в Алматы, ограбление в Шымкенте: криминальная сводка недели
НУР-СУЛТАН, 2 мая — КазТАГ. В столице полиция ищет участников массовой драки, которая произошла в ночь на воскресенье у кафе на проспекте Туран в Есильском районе Нур-Султана. Трое мужчин получили ножевые ранения, один из них в тяжёлом состоянии, сообщили в департаменте полиции города.
В Алматы, в Алатауском районе, в подъезде жилого дома в микрорайоне Шанырак-2 в понедельник нашли тело 45-летнего мужчины со следами побоев. По подозрению в убийстве задержан его сосед, уроженец Талгара.
В Шымкенте двое мужчин в масках, угрожая пистолетом, ограбили ювелирный магазин на проспекте Тауке хана и унесли украшения на 30 миллионов тенге. Одного из них задержали через день в Сарыагаше, второго ищут; полиция Туркестанской области усилила посты на границе с Узбекистаном.
1 мая в Алматы полиция задержала около 20 активистов, которые пытались провести несанкционированный митинг на площади Республики против переименования столицы. Среди задержанных оказался оператор телеканала «Алматы ТВ». Ещё пятерых активистов в тот же день задержали в Нур-Султане у здания железнодорожного вокзала. Одиночные пикеты прошли также в нескольких других городах.
В Караганде в среду продолжился суд над бизнесменом Ерланом Астановым, которого обвиняют в мошенничестве; заседание перенесли на 14 мая. В Актобе суд арестовал на два месяца чиновника городского акимата Нурлана Актобеева, которого подозревают во взяточничестве. Полиция также предупреждает жителей Алматы и Нур-Султана о мошенниках, которые звонят от имени банков.
Как сообщили в Генеральной прокуратуре, число тяжких преступлений в Казахстане за четыре месяца снизилось на 8 процентов, а в Алматинской и Жамбылской областях — на 12 процентов.""",
     ann=[
        ('Нур-Султане', 0, 'city', 'Astana', AST, {'note': 'headline; brawl'}),
        ('Алматы', 0, 'city', 'Almaty', A, {'note': 'headline; murder'}),
        ('Шымкенте', 0, 'city', 'Shymkent', SH, {'note': 'headline; robbery'}),
        ('НУР-СУЛТАН', 0, 'city', 'Astana', AST, {'note': 'dateline'}),
        ('Туран', 0, 'facility', 'Turan Avenue (Astana)', AST, {'subkind': 'street', 'note': 'avenue name after "проспекте"'}),
        ('Есильском районе', 0, 'district', 'Yesil District (Astana)', AST, {'subkind': 'city district'}),
        ('Нур-Султана', 0, 'city', 'Astana', AST, {'note': 'brawl'}),
        ('Алматы', 1, 'city', 'Almaty', A, {'note': 'murder'}),
        ('Алатауском районе', 0, 'district', 'Alatau District (Almaty)', A, {'subkind': 'city district'}),
        ('Шанырак-2', 0, 'district', 'Shanyrak (Almaty)', A, {'subkind': 'microdistrict'}),
        ('Талгара', 0, 'city', 'Talgar', ALR, {'note': 'NI:birthplace of the suspect'}),
        ('Шымкенте', 1, 'city', 'Shymkent', SH, {'note': 'robbery'}),
        ('Тауке хана', 0, 'facility', 'Tauke Khan Avenue (Shymkent)', SH, {'subkind': 'street', 'note': 'avenue name after "проспекте"'}),
        ('Сарыагаше', 0, 'city', 'Saryagash', TR, {'note': 'NI:place of arrest'}),
        ('Туркестанской области', 0, 'region', TR, TR, {'note': 'NI:police posts reinforced (a measure)'}),
        ('Узбекистаном', 0, 'foreign', 'Uzbekistan', N),
        ('Алматы', 2, 'city', 'Almaty', A, {'note': 'detention of activists at a rally'}),
        ('Республики', 0, 'facility', 'Republic Square (Almaty)', A, {'subkind': 'square', 'note': 'square name after "площади"'}),
        ('Нур-Султане', 1, 'city', 'Astana', AST, {'note': 'detention of activists at the railway station'}),
        ('нескольких других городах', 0, 'quantified', 'several cities', N, {'count': N, 'unit': 'city', 'note': 'pickets in unnamed cities'}),
        ('Караганде', 0, 'city', 'Karaganda', KR, {'note': 'NI:seat of a court'}),
        ('Актобе', 0, 'city', 'Aktobe', AR, {'note': 'NI:seat of a court; Актобеева is a person'}),
        ('Алматы', 4, 'city', 'Almaty', A, {'note': 'NI:fraud warning'}),
        ('Нур-Султана', 1, 'city', 'Astana', AST, {'note': 'NI:fraud warning'}),
        ('Казахстане', 0, 'country', 'Kazakhstan', N),
        ('Алматинской', 0, 'region', ALR, ALR, {'note': 'NI:statistics; list "в Алматинской и Жамбылской областях"'}),
        ('Жамбылской', 0, 'region', JR, JR, {'note': 'NI:statistics; list item'}),
     ],
     inc={AST: (2, 'brawl with stabbings on Turan Avenue, Yesil district; detention of five activists at the railway station'),
          A: (2, 'murder in Shanyrak-2, Alatau district; detention of about 20 activists at the rally on Republic Square'),
          SH: (1, 'armed robbery of a jewellery shop on Tauke Khan Avenue')},
     unatt=[{'label': 'нескольких других городах', 'count': None, 'note': 'single-person pickets in cities the text does not name'}]),

dict(id='p010', date='2011-02-08', lang='ru',
     event='2011 gas cylinder explosion in a house on Dzhangildin Street in Semey and a background January cylinder blast in Glubokoye (East Kazakhstan Region, before the 2022 split)',
     text="""Взрыв газа в частном доме в Семее унёс жизни двух человек
УСТЬ-КАМЕНОГОРСК, 8 февраля — Интерфакс-Казахстан. Два человека погибли и трое пострадали при взрыве газового баллона в частном доме на улице Джангильдина в Семее во вторник утром, сообщили в департаменте по чрезвычайным ситуациям Восточно-Казахстанской области.
Взрывом снесло крышу и стену дома, повреждены ещё четыре соседних строения. Пострадавших доставили в городскую больницу скорой помощи; 12-летнего мальчика в тяжёлом состоянии готовят к переводу в Усть-Каменогорск.
Это второй подобный случай в области за зиму: в январе в посёлке Глубокое при взрыве баллона в бане пострадала пожилая женщина.
В городской газовой службе напоминают, что в бывшем Семипалатинске около 40 тысяч частных домов до сих пор отапливаются углём и баллонным газом. Газопровод, который должен прийти в город из России через Рубцовск, пока не построен.""",
     ann=[
        ('Семее', 0, 'city', 'Semey', EKR, {'note': 'headline; gas explosion (East Kazakhstan Region in 2011)'}),
        ('УСТЬ-КАМЕНОГОРСК', 0, 'city', 'Oskemen', EKR, {'note': 'dateline'}),
        ('Джангильдина', 0, 'facility', 'Dzhangildin Street (Semey)', EKR, {'subkind': 'street', 'note': 'street name after "улице"'}),
        ('Семее', 1, 'city', 'Semey', EKR, {'note': 'gas explosion'}),
        ('Восточно-Казахстанской области', 0, 'region', EKR, EKR, {'note': 'inside the name of an authority'}),
        ('Усть-Каменогорск', 0, 'city', 'Oskemen', EKR, {'note': 'NI:hospital destination'}),
        ('Глубокое', 0, 'village', 'Glubokoye', EKR, {'note': 'background cylinder blast in January'}),
        ('Семипалатинске', 0, 'city', 'Semey', EKR, {'note': 'NI:old name of Semey; heating statistics'}),
        ('России', 0, 'foreign', 'Russia', N, {'note': 'NI:pipeline origin'}),
        ('Рубцовск', 0, 'foreign', 'Rubtsovsk', N, {'note': 'NI:pipeline route'}),
     ],
     inc={EKR: (2, 'gas cylinder explosion in a house on Dzhangildin Street in Semey; background January cylinder blast in a bathhouse in Glubokoye')}),

dict(id='p011', date='2024-03-12', lang='ru',
     event='2024 investment news: a copper concentrator near Zhezkazgan and a plant in Satpayev (Ulytau Region, formerly Karaganda Region), the Darbaza-Maktaaral railway (Turkistan Region), a ferroalloy plant in Pavlodar and an oil exploration contract in Mugalzhar district (no incident)',
     text="""Под Жезказганом построят обогатительный комбинат, на юге достраивают дорогу Дарбаза – Мактаарал
АСТАНА, 12 марта — Kazinform. Медная корпорация «Казахмыс» в мае начнёт строительство обогатительного комбината под Жезказганом стоимостью 1,2 миллиарда долларов, сообщили в министерстве промышленности. Ещё одну фабрику построят в Сатпаеве. Оба города до июня 2022 года входили в Карагандинскую область, а теперь относятся к Улытауской области, где комбинат станет крупнейшим работодателем.
На юге страны «Казахстан темир жолы» завершает строительство железной дороги Дарбаза – Мактаарал длиной 152 километра. Линия разгрузит станцию Сарыагаш и сократит путь хлопка из Мактааральского района в Китай и Россию. Открыть движение обещают к концу года.
Кроме того, компания из Стамбула подписала соглашение о строительстве в Павлодаре завода ферросплавов, а «КазМунайГаз» заключил контракт на разведку нефтяного участка в Мугалжарском районе Актюбинской области. Инвестиции в экономику Казахстана в январе выросли на 9 процентов.""",
     ann=[
        ('Жезказганом', 0, 'city', 'Zhezkazgan', UR, {'note': 'headline; site of a planned plant'}),
        ('Дарбаза', 0, 'village', 'Darbaza', TR, {'note': 'headline; railway endpoint'}),
        ('Мактаарал', 0, 'village', 'Maktaaral', TR, {'note': 'headline; railway endpoint (the station and settlement)'}),
        ('АСТАНА', 0, 'city', 'Astana', AST, {'note': 'dateline'}),
        ('Жезказганом', 1, 'city', 'Zhezkazgan', UR, {'note': 'site of a planned plant (Ulytau Region since 2022-06-08)'}),
        ('Сатпаеве', 0, 'city', 'Satpayev', UR, {'note': 'site of a planned plant'}),
        ('Карагандинскую область', 0, 'region', KR, KR, {'note': 'the region the towns belonged to until June 2022'}),
        ('Улытауской области', 0, 'region', UR, UR),
        ('Дарбаза', 1, 'village', 'Darbaza', TR, {'note': 'railway endpoint'}),
        ('Мактаарал', 1, 'village', 'Maktaaral', TR, {'note': 'railway endpoint'}),
        ('Сарыагаш', 0, 'facility', 'Saryagash railway station', TR, {'subkind': 'railway station'}),
        ('Мактааральского района', 0, 'district', 'Maktaaral District', TR),
        ('Китай', 0, 'foreign', 'China', N),
        ('Россию', 0, 'foreign', 'Russia', N),
        ('Стамбула', 0, 'foreign', 'Istanbul', N),
        ('Павлодаре', 0, 'city', 'Pavlodar', PR),
        ('Мугалжарском районе', 0, 'district', 'Mugalzhar District', AR),
        ('Актюбинской области', 0, 'region', AR, AR),
        ('Казахстана', 0, 'country', 'Kazakhstan', N),
     ],
     inc={}),

dict(id='p012', date='2000-11-21', lang='ru',
     event='2000 fire at the Zelyony Bazar market in Medeu district and a furniture warehouse fire on Raiymbek Avenue in Almaly district (Almaty)',
     text="""На Зелёном базаре в Алматы сгорели 120 торговых мест
АЛМАТЫ, 21 ноября — КазТАГ. Крупный пожар вспыхнул в ночь на вторник на Зелёном базаре в Медеуском районе Алматы. Огонь уничтожил 120 торговых мест и склад с товаром на площади около 2 тысяч квадратных метров, сообщили в городском управлении по чрезвычайным ситуациям. Охранник рынка с ожогами госпитализирован.
На тушение бросили 30 пожарных расчётов, в том числе из Талгара и Каскелена. По предварительным данным, причиной стало короткое замыкание в павильоне, где торговали сухофруктами из Ташкента и Бишкека. Убытки торговцев, по их словам, превышают 50 миллионов тенге.
В тот же день на проспекте Райымбека в Алмалинском районе загорелся склад мебельной фабрики; огонь потушили за два часа, пострадавших нет.
Аким города пообещал выделить погорельцам временные места на соседних улицах и проверить все рынки Алма-Аты до Нового года.""",
     ann=[
        ('Зелёном базаре', 0, 'facility', 'Zelyony Bazar (Almaty)', A, {'subkind': 'market', 'note': 'headline; fire'}),
        ('Алматы', 0, 'city', 'Almaty', A, {'note': 'headline; fire'}),
        ('АЛМАТЫ', 0, 'city', 'Almaty', A, {'note': 'dateline'}),
        ('Зелёном базаре', 1, 'facility', 'Zelyony Bazar (Almaty)', A, {'subkind': 'market', 'note': 'fire'}),
        ('Медеуском районе', 0, 'district', 'Medeu District (Almaty)', A, {'subkind': 'city district'}),
        ('Алматы', 1, 'city', 'Almaty', A, {'note': 'fire'}),
        ('Талгара', 0, 'city', 'Talgar', ALR, {'note': 'NI:origin of fire crews'}),
        ('Каскелена', 0, 'city', 'Kaskelen', ALR, {'note': 'NI:origin of fire crews'}),
        ('Ташкента', 0, 'foreign', 'Tashkent', N, {'note': 'NI:origin of goods'}),
        ('Бишкека', 0, 'foreign', 'Bishkek', N, {'note': 'NI:origin of goods'}),
        ('Райымбека', 0, 'facility', 'Raiymbek Avenue (Almaty)', A, {'subkind': 'street', 'note': 'avenue name after "проспекте"; warehouse fire'}),
        ('Алмалинском районе', 0, 'district', 'Almaly District (Almaty)', A, {'subkind': 'city district', 'note': 'warehouse fire'}),
        ('Алма-Аты', 0, 'city', 'Almaty', A, {'note': 'NI:old name; inspections planned (a measure)'}),
     ],
     inc={A: (2, 'fire at the Zelyony Bazar market in Medeu district; furniture warehouse fire on Raiymbek Avenue in Almaly district')}),

dict(id='p013', date='2018-06-27', lang='ru',
     event='2018 heat wave a week after the reform: a steppe fire near Arys, a cotton warehouse fire in Saryagash and a reed fire near Shauildir in Otyrar district (Turkistan Region); a mass brawl in Nursat microdistrict of Shymkent',
     text="""Жара на юге: степной пожар под Арысью, горит склад хлопка в Сарыагаше
ШЫМКЕНТ, 27 июня — Sputnik Казахстан. Аномальная жара до плюс 45 градусов держится на юге Казахстана вторую неделю и уже стала причиной нескольких крупных пожаров в Туркестанской области.
В понедельник степной пожар охватил 600 гектаров пастбищ в окрестностях Арыси. Огонь подошёл к дачному массиву на окраине города, жителей двух улиц на несколько часов вывели в здание школы. Для тушения привлекли вертолёт из Шымкента.
Во вторник в Сарыагаше сгорел склад с хлопком-сырцом, принадлежащий местному фермерскому хозяйству; ущерб оценивают в 40 миллионов тенге. В тот же день в Отрарском районе у села Шаульдер на берегу Сырдарьи выгорело около 15 гектаров камыша. Ещё в нескольких районах области тушили небольшие возгорания сухой травы.
Это первые крупные происшествия в новой Туркестанской области: указ о переименовании Южно-Казахстанской области и выделении Шымкента в город республиканского значения вступил в силу 19 июня. Областные управления переедут из Шымкента в Туркестан до конца года.
В самом Шымкенте в ночь на среду в микрорайоне Нурсат произошла массовая драка с участием около 30 человек. Двое госпитализированы с ножевыми ранениями, 11 человек задержаны, сообщили в департаменте полиции города.
По данным департамента по ЧС Туркестанской области, с начала июня в регионе зарегистрировано 47 природных пожаров, тогда как год назад за тот же период их было 29. Жителям Арыси, Сарыагаша и Жетысая советуют не выходить на улицу в дневные часы.
Из-за нагрузки на сети в Кентау и Туркестане ввели график подачи воды. Синоптики Казгидромета прогнозируют спад жары только к выходным, в том числе в Жамбылской и Кызылординской областях. Жара ожидается и в соседних Ташкенте и Бишкеке.""",
     ann=[
        ('Арысью', 0, 'city', 'Arys', TR, {'note': 'headline; steppe fire'}),
        ('Сарыагаше', 0, 'city', 'Saryagash', TR, {'note': 'headline; warehouse fire'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', SH, {'note': 'dateline'}),
        ('Казахстана', 0, 'country', 'Kazakhstan', N, {'note': 'in "на юге Казахстана"'}),
        ('Туркестанской области', 0, 'region', TR, TR),
        ('Арыси', 0, 'city', 'Arys', TR, {'note': 'steppe fire'}),
        ('Шымкента', 0, 'city', 'Shymkent', SH, {'note': 'NI:origin of a helicopter'}),
        ('Сарыагаше', 1, 'city', 'Saryagash', TR, {'note': 'warehouse fire'}),
        ('Отрарском районе', 0, 'district', 'Otyrar District', TR, {'note': 'reed fire'}),
        ('Шаульдер', 0, 'village', 'Shauildir', TR, {'note': 'reed fire'}),
        ('Сырдарьи', 0, 'facility', 'Syr Darya', N, {'subkind': 'river'}),
        ('нескольких районах', 0, 'quantified', 'several districts', N, {'count': N, 'unit': 'district', 'note': 'small grass fires in districts of Turkistan Region ("области"); attributed to the region'}),
        ('Туркестанской области', 1, 'region', TR, TR, {'note': 'NI:the new region'}),
        ('Южно-Казахстанской области', 0, 'region', TR, TR, {'uncertain': True, 'note': 'NI:former name (renamed on 2018-06-19, eight days before the article); not a canonical unit on the article date; its land is Turkistan Region and Shymkent'}),
        ('Шымкента', 1, 'city', 'Shymkent', SH, {'note': 'NI:status change explained'}),
        ('Шымкента', 2, 'city', 'Shymkent', SH, {'note': 'NI:offices moving away'}),
        ('Туркестан', 0, 'city', 'Turkistan', TR, {'note': 'NI:destination of the offices'}),
        ('Шымкенте', 0, 'city', 'Shymkent', SH, {'note': 'mass brawl'}),
        ('Нурсат', 0, 'district', 'Nursat (Shymkent)', SH, {'subkind': 'microdistrict', 'note': 'mass brawl'}),
        ('Туркестанской области', 2, 'region', TR, TR, {'note': 'inside the name of an authority; fire statistics'}),
        ('Арыси', 1, 'city', 'Arys', TR, {'note': 'NI:heat advice'}),
        ('Сарыагаша', 0, 'city', 'Saryagash', TR, {'note': 'NI:heat advice'}),
        ('Жетысая', 0, 'city', 'Zhetysai', TR, {'note': 'NI:heat advice'}),
        ('Кентау', 0, 'city', 'Kentau', TR, {'note': 'NI:water rationing (a measure)'}),
        ('Туркестане', 0, 'city', 'Turkistan', TR, {'note': 'NI:water rationing (a measure)'}),
        ('Жамбылской', 0, 'region', JR, JR, {'note': 'NI:forecast; list "в Жамбылской и Кызылординской областях"'}),
        ('Кызылординской', 0, 'region', KYR, KYR, {'note': 'NI:forecast; list item'}),
        ('Ташкенте', 0, 'foreign', 'Tashkent', N, {'note': 'NI:forecast'}),
        ('Бишкеке', 0, 'foreign', 'Bishkek', N, {'note': 'NI:forecast'}),
     ],
     inc={TR: (3, 'steppe fire near Arys; cotton warehouse fire in Saryagash; reed fire near Shauildir (Otyrar district); the small fires "в нескольких районах" are not counted separately'),
          SH: (1, 'mass brawl with two stabbed in Nursat microdistrict')}),

dict(id='p014', date='2015-08-04', lang='ru',
     event='2015 half-year road accident statistics for Karaganda Region, with Zhezkazgan and Satpayev still in the region (no incident)',
     text="""За полгода на дорогах Карагандинской области произошло 1 200 ДТП
КАРАГАНДА, 4 августа — «Индустриальная Караганда». По данным департамента полиции Карагандинской области, с января по июнь на дорогах региона произошло 1 200 дорожно-транспортных происшествий, в которых погибли 97 человек и пострадали 1 540.
Больше всего аварий зарегистрировано в Караганде, Темиртау и Жезгазгане, а самой опасной трассой остаётся Караганда – Балхаш. В Сатпаеве и Балхаше число ДТП снизилось на 15 процентов, а в Шахтинске и Сарани выросло почти вдвое. Рост зафиксирован в шести районах из девяти, сильнее всего в Бухар-Жырауском и Осакаровском.
Начальник управления административной полиции Серик Балхашев сообщил, что до конца года на трассе Астана – Караганда установят 40 камер видеофиксации. «Мы рассчитываем на такой же результат, как в Павлодарской и Акмолинской областях», — сказал он.
Для сравнения: в Алматы за тот же период зарегистрировано 2 300 ДТП.""",
     ann=[
        ('Карагандинской области', 0, 'region', KR, KR, {'note': 'headline; statistics'}),
        ('КАРАГАНДА', 0, 'city', 'Karaganda', KR, {'note': 'dateline; «Индустриальная Караганда» is a newspaper (not annotated)'}),
        ('Карагандинской области', 1, 'region', KR, KR, {'note': 'inside the name of an authority'}),
        ('Караганде', 0, 'city', 'Karaganda', KR, {'note': 'NI:statistics'}),
        ('Темиртау', 0, 'city', 'Temirtau', KR, {'note': 'NI:statistics'}),
        ('Жезгазгане', 0, 'city', 'Zhezkazgan', KR, {'note': 'NI:statistics; misspelling of Жезказгане; Karaganda Region in 2015'}),
        ('Караганда', 1, 'city', 'Karaganda', KR, {'note': 'NI:route endpoint'}),
        ('Балхаш', 0, 'city', 'Balkhash', KR, {'note': 'NI:route endpoint'}),
        ('Сатпаеве', 0, 'city', 'Satpayev', KR, {'note': 'NI:statistics; Karaganda Region in 2015'}),
        ('Балхаше', 0, 'city', 'Balkhash', KR, {'note': 'NI:statistics'}),
        ('Шахтинске', 0, 'city', 'Shakhtinsk', KR, {'note': 'NI:statistics'}),
        ('Сарани', 0, 'city', 'Saran', KR, {'note': 'NI:statistics'}),
        ('шести районах', 0, 'quantified', '6 districts', N, {'count': 6, 'unit': 'district', 'note': 'statistics, not an incident statement'}),
        ('Бухар-Жырауском', 0, 'district', 'Bukhar-Zhyrau District', KR, {'note': 'NI:statistics; the head noun районах is shared'}),
        ('Осакаровском', 0, 'district', 'Osakarovka District', KR, {'note': 'NI:statistics; the head noun районах is shared'}),
        ('Астана', 0, 'city', 'Astana', AST, {'note': 'NI:route endpoint'}),
        ('Караганда', 2, 'city', 'Karaganda', KR, {'note': 'NI:route endpoint'}),
        ('Павлодарской', 0, 'region', PR, PR, {'note': 'NI:comparison; list "в Павлодарской и Акмолинской областях"'}),
        ('Акмолинской', 0, 'region', AKR, AKR, {'note': 'NI:comparison; list item'}),
        ('Алматы', 0, 'city', 'Almaty', A, {'note': 'NI:statistics'}),
     ],
     inc={}),

dict(id='p015', date='2026-02-17', lang='ru',
     event='2026 earthquake felt in Jetisu Region (cracks in Tekeli, a wall collapse in Sarkand), Almaty Region (Konaev, Talgar) and Almaty; a gas explosion in a house on Gagarin Street in Tekeli after the tremors',
     text="""Землетрясение ощутили жители Жетысуской и Алматинской областей
ТАЛДЫКОРГАН, 17 февраля — КазТАГ. Землетрясение магнитудой 5,8 произошло в ночь на вторник в горах Жетысуского Алатау, примерно в 70 километрах к востоку от Текели, сообщили в Сейсмологической опытно-методической экспедиции. Толчки силой до 6 баллов ощутили в Текели, Талдыкоргане и Сарканде, до 4 баллов — в Конаеве, Талгаре и Алматы. Землетрясение почувствовали также жители китайского Урумчи и Бишкека.
В Текели в двух жилых домах на улице Абая появились трещины, из школы № 3 утром вывели 600 детей. В Сарканде обрушилась стена старого склада зерна, пострадавших нет. В Талдыкоргане около 4 тысяч человек ночью вышли на улицы, но повреждений зданий не выявлено, сообщили в департаменте по чрезвычайным ситуациям Жетысуской области.
В Алматинской области специалисты осмотрели школы и больницы Конаева и Талгара. В Алматы серьёзных повреждений не обнаружено; жители Медеуского и Бостандыкского районов жаловались на осыпавшуюся штукатурку и сработавшую сигнализацию автомобилей.
Через несколько часов после толчков в Текели произошёл взрыв газа в частном доме на улице Гагарина: мужчина и его 14-летний сын госпитализированы с ожогами. По предварительной версии, толчки повредили газовую трубу во дворе. Спасатели из Конаева и Алматы готовы выехать в Текели, если понадобится помощь. В Жаркенте и Кербулакском районе толчков почти не почувствовали.
Сейсмологи предупреждают о возможных повторных толчках в ближайшие дни и просят жителей не заходить в повреждённые здания. «Казахстан темир жолы» проверяет мосты на линии Алматы – Достык, движение поездов на участке у Ушарала временно ограничено. Госкомиссию возглавил вице-министр по чрезвычайным ситуациям, вылетевший из Астаны в Талдыкорган.""",
     ann=[
        ('Жетысуской', 0, 'region', JTR, JTR, {'note': 'headline; list "Жетысуской и Алматинской областей"'}),
        ('Алматинской', 0, 'region', ALR, ALR, {'note': 'headline; list item'}),
        ('ТАЛДЫКОРГАН', 0, 'city', 'Taldykorgan', JTR, {'note': 'dateline'}),
        ('Жетысуского Алатау', 0, 'facility', 'Jungar Alatau', N, {'subkind': 'mountains', 'note': 'epicentre; mountain range, not Jetisu Region'}),
        ('Текели', 0, 'city', 'Tekeli', JTR, {'note': 'NI:reference point for the epicentre'}),
        ('Текели', 1, 'city', 'Tekeli', JTR, {'note': 'tremors felt'}),
        ('Талдыкоргане', 0, 'city', 'Taldykorgan', JTR, {'note': 'tremors felt'}),
        ('Сарканде', 0, 'city', 'Sarkand', JTR, {'note': 'tremors felt'}),
        ('Конаеве', 0, 'city', 'Konaev', ALR, {'note': 'tremors felt'}),
        ('Талгаре', 0, 'city', 'Talgar', ALR, {'note': 'tremors felt'}),
        ('Алматы', 0, 'city', 'Almaty', A, {'note': 'tremors felt'}),
        ('Урумчи', 0, 'foreign', 'Urumqi', N, {'note': 'tremors felt abroad'}),
        ('Бишкека', 0, 'foreign', 'Bishkek', N, {'note': 'tremors felt abroad'}),
        ('Текели', 2, 'city', 'Tekeli', JTR, {'note': 'cracks in houses'}),
        ('Абая', 0, 'facility', 'Abai Street (Tekeli)', JTR, {'subkind': 'street', 'note': 'street name after "улице"'}),
        ('Сарканде', 1, 'city', 'Sarkand', JTR, {'note': 'wall collapse'}),
        ('Талдыкоргане', 1, 'city', 'Taldykorgan', JTR, {'note': 'tremors, no damage'}),
        ('Жетысуской области', 0, 'region', JTR, JTR, {'note': 'inside the name of an authority'}),
        ('Алматинской области', 0, 'region', ALR, ALR, {'note': 'inspections'}),
        ('Конаева', 0, 'city', 'Konaev', ALR, {'note': 'NI:inspections (a measure)'}),
        ('Талгара', 0, 'city', 'Talgar', ALR, {'note': 'NI:inspections (a measure)'}),
        ('Алматы', 1, 'city', 'Almaty', A, {'note': 'no serious damage'}),
        ('Медеуского', 0, 'district', 'Medeu District (Almaty)', A, {'subkind': 'city district', 'note': 'list "Медеуского и Бостандыкского районов"'}),
        ('Бостандыкского', 0, 'district', 'Bostandyk District (Almaty)', A, {'subkind': 'city district', 'note': 'list item'}),
        ('Текели', 3, 'city', 'Tekeli', JTR, {'note': 'gas explosion'}),
        ('Гагарина', 0, 'facility', 'Gagarin Street (Tekeli)', JTR, {'subkind': 'street', 'note': 'street name after "улице"; gas explosion'}),
        ('Конаева', 1, 'city', 'Konaev', ALR, {'note': 'NI:origin of rescuers'}),
        ('Алматы', 2, 'city', 'Almaty', A, {'note': 'NI:origin of rescuers'}),
        ('Текели', 4, 'city', 'Tekeli', JTR, {'note': 'NI:possible destination of rescuers'}),
        ('Жаркенте', 0, 'city', 'Zharkent', JTR, {'note': 'NI:tremors hardly felt'}),
        ('Кербулакском районе', 0, 'district', 'Kerbulak District', JTR, {'note': 'NI:tremors hardly felt'}),
        ('Алматы', 3, 'city', 'Almaty', A, {'note': 'NI:railway line endpoint'}),
        ('Достык', 0, 'village', 'Dostyk', JTR, {'note': 'NI:railway line endpoint'}),
        ('Ушарала', 0, 'city', 'Usharal', JTR, {'note': 'NI:train traffic restricted (a measure)'}),
        ('Астаны', 0, 'city', 'Astana', AST, {'note': 'NI:origin of an official'}),
        ('Талдыкорган', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:destination of an official'}),
     ],
     inc={JTR: (2, 'earthquake shaking Tekeli, Taldykorgan and Sarkand (cracks in Tekeli, a wall collapse in Sarkand); gas explosion on Gagarin Street in Tekeli after the tremors'),
          ALR: (1, 'earthquake felt in Konaev and Talgar'),
          A: (1, 'earthquake felt in Almaty (plaster fallen in Medeu and Bostandyk districts)')}),

dict(id='p016', date='2012-09-10', lang='ru',
     event='2012 filming of a historical drama in Turkestan, at Sauran and in Shymkent (South Kazakhstan Region), premiere planned in Astana (no incident)',
     text="""В Туркестане начались съёмки исторической драмы о битве с джунгарами
ШЫМКЕНТ, 10 сентября — Kazinform. Киностудия «Казахфильм» начала в Туркестане съёмки исторической драмы о битве казахских ополченцев с джунгарами в XVIII веке. Массовые сцены снимают у стен мавзолея Ходжи Ахмеда Яссави и на городище Сауран, а павильонные — в Шымкенте, на базе местного драмтеатра.
В съёмках участвуют 400 жителей Туркестана, Кентау и Шаульдера, а также конники из Сайрамского района. Костюмы шили в Алматы, доспехи и оружие заказали в Москве. Бюджет картины — 5 миллионов долларов, половину выделил акимат Южно-Казахстанской области.
«Мы хотели снимать там, где всё происходило на самом деле», — говорит режиссёр Ермек Туркестанов. Премьера запланирована на осень 2013 года в Астане, затем фильм покажут на кинофестивале «Евразия» и в кинотеатрах Узбекистана и Турции.""",
     ann=[
        ('Туркестане', 0, 'city', 'Turkistan', SKR, {'note': 'headline; filming'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', SKR, {'note': 'dateline'}),
        ('Туркестане', 1, 'city', 'Turkistan', SKR, {'note': 'filming'}),
        ('Ходжи Ахмеда Яссави', 0, 'facility', 'Mausoleum of Khoja Ahmed Yasawi', SKR, {'subkind': 'mausoleum', 'note': 'name after "мавзолея"'}),
        ('Сауран', 0, 'facility', 'Sauran', SKR, {'subkind': 'archaeological site', 'note': 'ancient city site after "городище"'}),
        ('Шымкенте', 0, 'city', 'Shymkent', SKR, {'note': 'South Kazakhstan Region in 2012'}),
        ('Туркестана', 0, 'city', 'Turkistan', SKR, {'note': 'NI:residence of extras'}),
        ('Кентау', 0, 'city', 'Kentau', SKR, {'note': 'NI:residence of extras'}),
        ('Шаульдера', 0, 'village', 'Shauildir', SKR, {'note': 'NI:residence of extras'}),
        ('Сайрамского района', 0, 'district', 'Sairam District', SKR, {'note': 'NI:origin of riders'}),
        ('Алматы', 0, 'city', 'Almaty', A, {'note': 'NI:where costumes were made'}),
        ('Москве', 0, 'foreign', 'Moscow', N),
        ('Южно-Казахстанской области', 0, 'region', SKR, SKR, {'note': 'inside the name of an authority'}),
        ('Астане', 0, 'city', 'Astana', AST, {'note': 'NI:premiere'}),
        ('Узбекистана', 0, 'foreign', 'Uzbekistan', N),
        ('Турции', 0, 'foreign', 'Turkey', N),
     ],
     inc={}),
]
