"""Russian texts of the twenty-sixth unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420). Theme: economy, industry and labour."""
N = None
JR, ALR, KYR, TR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'Turkistan Region', 'South Kazakhstan Region'
ABR, JTR, EKR, MR, KOR = 'Abai Region', 'Jetisu Region', 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR, UR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region', 'Ulytau Region'
ATR, AR, WKR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region'

DOCS = [
dict(id='p009', date='2019-08-14', lang='ru',
     event='2019 fire at the «Сайрам» market in the Enbekshi district of Shymkent (Shymkent as its own unit) and a boiler blast at a cotton gin in Myrzakent, Maktaaral district (Turkistan Region); the renamed South Kazakhstan Region; a Turkish textile plant in the Ontustik SEZ',
     text="""Пожар на рынке «Сайрам» в Шымкенте: сгорели 80 павильонов
ШЫМКЕНТ, 14 августа. KazTAG – Около 80 торговых павильонов сгорели в ночь на среду на рынке «Сайрам» в Енбекшинском районе Шымкента, сообщил департамент по чрезвычайным ситуациям города.
Огонь заметили сторожа около трёх часов ночи. К утру пожарные локализовали возгорание на площади 2,5 тыс. кв. метров. Пострадавших нет, причины выясняются. На место выезжали 12 пожарных расчётов, движение по соседней улице было перекрыто до утра. Часть торговцев обещает уже в пятницу возобновить работу во временных контейнерах. Торговцы говорят, что потеряли товар на сотни миллионов тенге: ткани из Турции и Китая, обувь из Бишкека.
Рынок носит название соседнего Сайрамского района, однако находится в черте Шымкента. В июне прошлого года город получил статус города республиканского значения и вышел из состава Южно-Казахстанской области, которую тогда же переименовали в Туркестанскую.
Накануне днём в посёлке Мырзакент Мактааральского района взорвался паровой котёл на хлопкоочистительном заводе. Двое рабочих получили ожоги, их доставили в больницу Жетысая. Акимат Туркестанской области, переехавший прошлой осенью из Шымкента в Туркестан, сообщил, что завод остановлен до окончания проверки.
В этом году хлопок в Мактааральском и Жетысайском районах посеяли на площади на 10% меньше, чем год назад: фермеры переходят на бахчевые культуры, которые охотнее покупают в России.
Между тем в специальной экономической зоне «Оңтүстік» на окраине Шымкента турецкая компания открыла фабрику по выпуску джинсовой ткани. Инвестор из Стамбула вложил в проект 40 млн долларов и рассчитывает продавать ткань в Узбекистан и Китай. На фабрике будут работать 600 человек, в основном жители Шымкента и соседних сёл.""",
     ann=[
        ('Сайрам', 0, 'facility', 'Sayram market (Shymkent)', 'Shymkent', {'subkind': 'market', 'note': 'headline; market named after Sayram district, inside the city'}),
        ('Шымкенте', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'headline'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'dateline'}),
        ('Сайрам', 1, 'facility', 'Sayram market (Shymkent)', 'Shymkent', {'subkind': 'market'}),
        ('Енбекшинском районе', 0, 'district', 'Enbekshi District (Shymkent)', 'Shymkent', {'subkind': 'city district'}),
        ('Шымкента', 0, 'city', 'Shymkent', 'Shymkent'),
        ('Турции', 0, 'foreign', 'Turkey', N, {'note': 'NI:origin of goods'}),
        ('Китая', 0, 'foreign', 'China', N, {'note': 'NI:origin of goods'}),
        ('Бишкека', 0, 'foreign', 'Bishkek', N, {'note': 'NI:origin of goods'}),
        ('Сайрамского района', 0, 'district', 'Sayram District', TR, {'note': 'NI:the district the market is named after'}),
        ('Шымкента', 1, 'city', 'Shymkent', 'Shymkent'),
        ('Южно-Казахстанской области', 0, 'region', TR, TR, {'uncertain': True, 'note': 'South Kazakhstan Region, named as the region renamed in June 2018; its land is Turkistan Region on the article date'}),
        ('Туркестанскую', 0, 'region', TR, TR, {'note': "elliptical 'Туркестанскую [область]'"}),
        ('Мырзакент', 0, 'village', 'Myrzakent', TR, {'note': 'посёлок; seat of Maktaaral district'}),
        ('Мактааральского района', 0, 'district', 'Maktaaral District', TR),
        ('Жетысая', 0, 'city', 'Zhetysai', TR, {'note': 'NI:hospital town; Zhetysai, not Jetisu Region'}),
        ('Туркестанской области', 0, 'region', TR, TR, {'note': 'NI:inside the name of an authority'}),
        ('Шымкента', 2, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:former seat of the regional akimat'}),
        ('Туркестан', 0, 'city', 'Turkistan', TR, {'note': 'NI:seat of the regional akimat'}),
        ('Мактааральском', 0, 'district', 'Maktaaral District', TR, {'note': "list sharing the head noun 'районах'"}),
        ('Жетысайском', 0, 'district', 'Zhetysai District', TR, {'note': "list sharing the head noun 'районах'"}),
        ('России', 0, 'foreign', 'Russia', N),
        ('Оңтүстік', 0, 'facility', 'Ontustik special economic zone (Shymkent)', 'Shymkent', {'subkind': 'special economic zone'}),
        ('Шымкента', 3, 'city', 'Shymkent', 'Shymkent'),
        ('Стамбула', 0, 'foreign', 'Istanbul', N, {'note': 'NI:origin of the investor'}),
        ('Узбекистан', 0, 'foreign', 'Uzbekistan', N),
        ('Китай', 0, 'foreign', 'China', N),
        ('Шымкента', 4, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:residence of future workers'}),
     ],
     inc={'Shymkent': (1, 'fire at the «Сайрам» market in the Enbekshi district (market, district and city: one event)'),
          TR: (1, 'boiler explosion at a cotton gin in Myrzakent, Maktaaral district, the day before')}),

dict(id='p010', date='2001-06-05', lang='ru',
     event='2001 Kazzinc pays off wage arrears to miners in Leninogorsk (now Ridder) and plans investment there and in Zyryanovsk (East Kazakhstan Region); a strike threatened in March did not happen (no incident)',
     text="""«Казцинк» погасил долги по зарплате горнякам Лениногорска
УСТЬ-КАМЕНОГОРСК, 5 июня. Интерфакс-Казахстан – Компания «Казцинк» полностью погасила задолженность по заработной плате перед работниками рудников и обогатительной фабрики в Лениногорске, сообщила пресс-служба компании в Усть-Каменогорске.
Долг в 180 млн тенге накопился ещё до прихода «Казцинка» и был унаследован от прежнего владельца. В марте горняки Тишинского рудника грозили забастовкой, однако до неё дело не дошло.
Компания, крупный пакет которой принадлежит швейцарской Glencore, планирует в этом году вложить в рудники Лениногорска и Зыряновска 40 млн долларов. Цинковый концентрат из Лениногорска везут по железной дороге на металлургический завод в Усть-Каменогорске, расположенный примерно в 120 км к юго-западу.
В акимате Восточно-Казахстанской области сообщили, что средняя зарплата в горнодобывающей отрасли региона в мае составила 19 тыс. тенге, что выше средней по Казахстану почти в полтора раза.""",
     ann=[
        ('Лениногорска', 0, 'city', 'Ridder', EKR, {'note': 'headline; Leninogorsk, the name of Ridder until 2002'}),
        ('УСТЬ-КАМЕНОГОРСК', 0, 'city', 'Oskemen', EKR, {'note': 'dateline'}),
        ('Лениногорске', 0, 'city', 'Ridder', EKR, {'note': 'Leninogorsk, the name of Ridder until 2002'}),
        ('Усть-Каменогорске', 0, 'city', 'Oskemen', EKR, {'note': 'NI:seat of the company'}),
        ('Тишинского рудника', 0, 'facility', 'Tishinsky mine (Ridder)', EKR, {'subkind': 'mine', 'note': 'a threatened strike, not an incident'}),
        ('Лениногорска', 1, 'city', 'Ridder', EKR),
        ('Зыряновска', 0, 'city', 'Altai', EKR, {'note': 'Zyryanovsk, the name of the town of Altai until 2019'}),
        ('Лениногорска', 2, 'city', 'Ridder', EKR, {'note': 'NI:origin of the concentrate'}),
        ('Усть-Каменогорске', 1, 'city', 'Oskemen', EKR, {'note': 'NI:destination of the concentrate'}),
        ('Восточно-Казахстанской области', 0, 'region', EKR, EKR, {'note': 'NI:inside the name of an authority'}),
        ('Казахстану', 0, 'country', 'Kazakhstan', N),
     ],
     inc={}),

dict(id='p011', date='1996-11-19', lang='ru',
     event='1996 underground sit-in of Zhezkazgantsvetmet miners at two mines in Dzhezkazgan and a hunger strike of iron ore miners in Karazhal (Zhezkazgan Region, abolished 1997: Karaganda Region land); Samsung management; strikes in three other towns',
     text="""Горняки Джезказгана третьи сутки не выходят из шахт
ДЖЕЗКАЗГАН, 19 ноября. Интерфакс-Казахстан – Около 1200 горняков корпорации «Жезказганцветмет» третьи сутки не поднимаются на поверхность на Южном и Степном рудниках, требуя выплатить зарплату за пять месяцев, сообщили в независимом профсоюзе горняков.
Под землёй остаются в основном жители Сатпаева и самого Джезказгана. Родственники дежурят у стволов шахт и передают горнякам еду. По данным профсоюза, у двух шахтёров ухудшилось самочувствие, и их подняли наверх.
Забастовку поддержали рабочие железорудного рудника в Каражале, которые с понедельника держат голодовку в здании рудоуправления. Голодают около 40 человек. Они требуют погасить долги по зарплате до Нового года и отказываются от встреч с руководством рудника без представителей областной администрации.
Аким Жезказганской области пообещал, что часть долга будет погашена до конца месяца за счёт кредита под залог металла. Представители южнокорейской компании Samsung, которая в прошлом году взяла корпорацию в управление, заявили в Алматы, что долги по зарплате накопились до их прихода, а текущие выплаты идут без задержек. В профсоюзе возражают, что обещания погасить долги горнякам дают с весны, но до сих пор выплачена лишь зарплата за июнь. Окончательное решение, по их словам, будет принято в Сеуле.
Медь из Джезказгана идёт в основном в Китай и Швейцарию, часть металла перерабатывают на Балхашском медеплавильном комбинате, где зарплату задерживают уже три месяца. По данным профсоюза, забастовки на предприятиях цветной металлургии идут ещё в трёх городах республики.
В правительстве тем временем обсуждают объединение Жезказганской области с Карагандинской. Горняки опасаются, что после этого все решения будут принимать в Караганде, а о проблемах Джезказгана забудут.""",
     ann=[
        ('Джезказгана', 0, 'city', 'Zhezkazgan', KR, {'note': 'headline; Soviet spelling Dzhezkazgan; Zhezkazgan Region in 1996, Karaganda Region land'}),
        ('ДЖЕЗКАЗГАН', 0, 'city', 'Zhezkazgan', KR, {'note': 'dateline'}),
        ('Южном', 0, 'facility', 'Yuzhny mine (Zhezkazgan)', KR, {'subkind': 'mine', 'note': "list sharing the head noun 'рудниках'"}),
        ('Степном', 0, 'facility', 'Stepnoy mine (Zhezkazgan)', KR, {'subkind': 'mine', 'note': "list sharing the head noun 'рудниках'"}),
        ('Сатпаева', 0, 'city', 'Satpayev', KR, {'note': 'NI:residence of the strikers'}),
        ('Джезказгана', 1, 'city', 'Zhezkazgan', KR, {'note': 'NI:residence of the strikers'}),
        ('Каражале', 0, 'city', 'Karazhal', KR),
        ('Жезказганской области', 0, 'region', KR, KR, {'uncertain': True, 'note': "NI:in an official's title; Zhezkazgan Region, abolished in 1997, Karaganda Region land"}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:place of a statement'}),
        ('Сеуле', 0, 'foreign', 'Seoul', N, {'note': 'NI:seat of the company'}),
        ('Джезказгана', 2, 'city', 'Zhezkazgan', KR, {'note': 'NI:origin of copper'}),
        ('Китай', 0, 'foreign', 'China', N),
        ('Швейцарию', 0, 'foreign', 'Switzerland', N),
        ('трёх городах', 0, 'quantified', '3 cities', N, {'count': 3, 'unit': 'city', 'note': 'strikes in three other unnamed towns'}),
        ('Жезказганской области', 1, 'region', KR, KR, {'uncertain': True, 'note': 'Zhezkazgan Region, abolished in 1997, Karaganda Region land'}),
        ('Карагандинской', 0, 'region', KR, KR, {'note': "elliptical 'Карагандинской [областью]'"}),
        ('Караганде', 0, 'city', 'Karaganda', KR, {'note': 'NI:future seat of decisions'}),
        ('Джезказгана', 3, 'city', 'Zhezkazgan', KR),
     ],
     inc={KR: (2, 'underground sit-in strike at the Yuzhny and Stepnoy mines (framed as one strike); hunger strike of iron ore miners in Karazhal')},
     unatt=[{'label': 'трёх городах', 'count': 3, 'note': 'strikes at non-ferrous metal plants in three other unnamed towns'}]),

dict(id='p012', date='2023-04-18', lang='ru',
     event='2023 new concentrator to be built in Zhairem, Zhanaarka district (Ulytau Region); Zhairem, Karazhal and Zhezkazgan formerly in Karaganda Region; Zhezkazgan-Beyneu railway to Kuryk and Baku (no incident)',
     text="""В Улытауской области построят обогатительную фабрику в Жайреме
ЖЕЗКАЗГАН, 18 апреля. Kazinform – Новая обогатительная фабрика мощностью 4 млн тонн руды в год будет построена в посёлке Жайрем Жанааркинского района, сообщили в акимате Улытауской области.
Проект стоимостью 520 млн долларов реализует казахстанская компания вместе с партнёрами из Китая. Свинцово-цинковый концентрат планируют вывозить по железной дороге Жезказган – Бейнеу к морскому порту Курык, а оттуда через Каспий в Баку.
Жайрем, Каражал и Жезказган до июня 2022 года входили в Карагандинскую область. По словам акима области, за первый год существования региона промышленное производство здесь выросло на 9%, а заработная плата горняков Сатпаева и Жезказгана – на 20%.
На фабрике будут работать около 700 человек. Часть специалистов пройдёт обучение в Караганде и в китайском Урумчи.""",
     ann=[
        ('Улытауской области', 0, 'region', UR, UR, {'note': 'headline'}),
        ('Жайреме', 0, 'village', 'Zhairem', UR, {'note': 'headline'}),
        ('ЖЕЗКАЗГАН', 0, 'city', 'Zhezkazgan', UR, {'note': 'dateline'}),
        ('Жайрем', 0, 'village', 'Zhairem', UR, {'note': 'посёлок'}),
        ('Жанааркинского района', 0, 'district', 'Zhanaarka District', UR),
        ('Улытауской области', 1, 'region', UR, UR, {'note': 'NI:inside the name of an authority'}),
        ('Китая', 0, 'foreign', 'China', N),
        ('Жезказган', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:railway endpoint'}),
        ('Бейнеу', 0, 'city', 'Beyneu', MR, {'note': 'NI:railway endpoint'}),
        ('Курык', 0, 'city', 'Kuryk', MR, {'note': "NI:port of shipment; 'морскому порту Курык': only the name"}),
        ('Каспий', 0, 'facility', 'Caspian Sea', N, {'subkind': 'sea'}),
        ('Баку', 0, 'foreign', 'Baku', N, {'note': 'NI:destination'}),
        ('Жайрем', 1, 'village', 'Zhairem', UR),
        ('Каражал', 0, 'city', 'Karazhal', UR),
        ('Жезказган', 1, 'city', 'Zhezkazgan', UR),
        ('Карагандинскую область', 0, 'region', KR, KR, {'note': 'the former unit of these towns'}),
        ('Сатпаева', 0, 'city', 'Satpayev', UR),
        ('Жезказгана', 0, 'city', 'Zhezkazgan', UR),
        ('Караганде', 0, 'city', 'Karaganda', KR, {'note': 'NI:place of training'}),
        ('Урумчи', 0, 'foreign', 'Urumqi', N, {'note': 'NI:place of training'}),
     ],
     inc={}),

dict(id='p013', date='2014-02-21', lang='ru',
     event='2014 fire in the converter shop of the steel works of ArcelorMittal Temirtau (Karaganda Region); the company, the old plant name, Karaganda Cement and the newspaper «Индустриальная Караганда» are not places',
     text="""Пожар в конвертерном цехе металлургического комбината в Темиртау
ТЕМИРТАУ, 21 февраля. Tengrinews.kz – Пожар произошёл в пятницу утром в конвертерном цехе металлургического комбината АО «АрселорМиттал Темиртау», сообщили в департаменте по чрезвычайным ситуациям Карагандинской области.
По данным ведомства, загорелись масло и кабели в подвальном помещении под конвертером № 2. Два сталевара получили ожоги, их доставили в областную больницу Караганды. Выплавку стали на время тушения остановили.
Комбинат, известный с советских времён как Карагандинский металлургический, в 1995 году был продан индийской группе. Профсоюз «Жактау» потребовал проверить противопожарную безопасность во всех цехах. Соседний завод ТОО «Караганда Цемент» работал в обычном режиме.
Газета «Индустриальная Караганда» напоминает, что в прошлом году на угольных шахтах компании в Шахтинске и Абае выросло число производственных травм.""",
     ann=[
        ('Темиртау', 0, 'city', 'Temirtau', KR, {'note': "headline; occurrence 1 is inside the company name «АрселорМиттал Темиртау», not annotated"}),
        ('ТЕМИРТАУ', 0, 'city', 'Temirtau', KR, {'note': 'dateline'}),
        ('Карагандинской области', 0, 'region', KR, KR, {'note': 'NI:inside the name of an authority'}),
        ('Караганды', 0, 'city', 'Karaganda', KR, {'note': 'NI:hospital town'}),
        ('Шахтинске', 0, 'city', 'Shakhtinsk', KR, {'note': 'NI:statistics of injuries'}),
        ('Абае', 0, 'city', 'Abai (Karaganda Region)', KR, {'note': 'NI:statistics of injuries; the town of Abai, not Abai Region'}),
     ],
     inc={KR: (1, 'fire in the converter shop of the steel works in Temirtau')}),

dict(id='p014', date='2004-03-16', lang='ru',
     event='2004 Karachaganak condensate starts flowing to Atyrau and the CPC pipeline to Novorossiysk instead of Orenburg (West Kazakhstan Region); Aksai as residence, Uralsk dateline (no incident)',
     text="""Конденсат Карачаганака пойдёт на экспорт через КТК
УРАЛЬСК, 16 марта. Интерфакс-Казахстан – Консорциум Karachaganak Petroleum Operating начал прокачку стабильного конденсата с Карачаганакского месторождения по новому трубопроводу длиной 635 км до Атырау, сообщили в акимате Западно-Казахстанской области.
Раньше весь конденсат и газ с месторождения, расположенного в Бурлинском районе близ города Аксай, отправляли на газоперерабатывающий завод в Оренбурге, в России. Теперь жидкие углеводороды будут идти из Атырау по системе Каспийского трубопроводного консорциума до Новороссийска.
Сырой газ по-прежнему будут поставлять в Оренбург. В Аксае, где живёт большинство из 5 тыс. работников проекта, открылся новый учебный центр.
В Уральске рассчитывают, что налоговые поступления от Карачаганака в областной бюджет вырастут в этом году на треть.""",
     ann=[
        ('Карачаганака', 0, 'facility', 'Karachaganak field', WKR, {'subkind': 'gas field', 'note': 'headline'}),
        ('УРАЛЬСК', 0, 'city', 'Oral', WKR, {'note': 'dateline'}),
        ('Карачаганакского месторождения', 0, 'facility', 'Karachaganak field', WKR, {'subkind': 'gas field'}),
        ('Атырау', 0, 'city', 'Atyrau', ATR, {'note': 'NI:pipeline endpoint'}),
        ('Западно-Казахстанской области', 0, 'region', WKR, WKR, {'note': 'NI:inside the name of an authority'}),
        ('Бурлинском районе', 0, 'district', 'Burlin District', WKR),
        ('Аксай', 0, 'city', 'Aksai', WKR, {'note': "NI:reference point ('близ города Аксай')"}),
        ('Оренбурге', 0, 'foreign', 'Orenburg', N, {'note': 'NI:former destination'}),
        ('России', 0, 'foreign', 'Russia', N),
        ('Атырау', 1, 'city', 'Atyrau', ATR, {'note': 'NI:pipeline start'}),
        ('Новороссийска', 0, 'foreign', 'Novorossiysk', N, {'note': 'NI:pipeline endpoint'}),
        ('Оренбург', 0, 'foreign', 'Orenburg', N, {'note': 'NI:destination of gas'}),
        ('Аксае', 0, 'city', 'Aksai', WKR, {'note': 'NI:residence of workers'}),
        ('Уральске', 0, 'city', 'Oral', WKR, {'note': 'Uralsk, Russian name of Oral'}),
        ('Карачаганака', 1, 'facility', 'Karachaganak field', WKR, {'subkind': 'gas field'}),
     ],
     inc={}),

dict(id='p015', date='2020-11-24', lang='ru',
     event='2020 small-business lending ranking: Shymkent fastest growth, Almaty and Nur-Sultan largest; Almaty, Karaganda and Atyrau regions lead the regions; Kaspi, named after the Caspian, is not a place (no incident)',
     text="""Кредиты малому бизнесу: Шымкент обогнал Нур-Султан по темпам роста
НУР-СУЛТАН, 24 ноября. Vlast.kz – Объём кредитов малому и среднему бизнесу в Шымкенте за десять месяцев 2020 года вырос на 38%, быстрее, чем в любом другом регионе Казахстана, следует из данных Национального банка.
По абсолютному объёму займов лидируют Алматы и Нур-Султан, на которые приходится почти половина портфеля. Среди областей первое место заняла Алматинская, за ней следуют Карагандинская и Атырауская.
Больше всего кредитов в регионах выдали Kaspi Bank и Halyk Bank. Kaspi, чьё название восходит к Каспийскому морю, за год вдвое увеличил число партнёров-продавцов в Туркестанской и Жамбылской областях.
Меньше всего новых займов получили предприниматели Северо-Казахстанской и Костанайской областей. Аналитики объясняют это оттоком населения в Россию и закрытием рынков на время карантина.""",
     ann=[
        ('Шымкент', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'headline'}),
        ('Нур-Султан', 0, 'city', 'Astana', 'Astana', {'note': 'headline; the capital was named Nur-Sultan on the article date'}),
        ('НУР-СУЛТАН', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Шымкенте', 0, 'city', 'Shymkent', 'Shymkent'),
        ('Казахстана', 0, 'country', 'Kazakhstan', N),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty'),
        ('Нур-Султан', 1, 'city', 'Astana', 'Astana'),
        ('Алматинская', 0, 'region', ALR, ALR, {'note': "elliptical 'Алматинская [область]'"}),
        ('Карагандинская', 0, 'region', KR, KR, {'note': "elliptical '[область]'"}),
        ('Атырауская', 0, 'region', ATR, ATR, {'note': "elliptical '[область]'"}),
        ('Каспийскому морю', 0, 'facility', 'Caspian Sea', N, {'subkind': 'sea', 'note': "the bank's name Kaspi is not annotated"}),
        ('Туркестанской', 0, 'region', TR, TR, {'note': "list sharing the head noun 'областях'"}),
        ('Жамбылской', 0, 'region', JR, JR, {'note': "list sharing the head noun 'областях'"}),
        ('Северо-Казахстанской', 0, 'region', NKR, NKR, {'note': "list sharing the head noun 'областей'"}),
        ('Костанайской', 0, 'region', KOR, KOR, {'note': "list sharing the head noun 'областей'"}),
        ('Россию', 0, 'foreign', 'Russia', N),
     ],
     inc={}),

dict(id='p016', date='2025-03-12', lang='ru',
     event='2025 sit-in strike of oil service workers on the square outside the Zhanaozen akimat and a well fire at the Kalamkas field on the Buzachi peninsula (Mangystau Region); Ozenmunaigas and Mangistaumunaigas are companies; Tenge the village vs the currency',
     text="""Нефтяники сервисной компании в Жанаозене вторую неделю сидят на площади
АКТАУ, 12 марта. Tengrinews.kz – Около 300 работников сервисной компании, которая обслуживает скважины месторождения Узень, вторую неделю не выходят на работу и проводят сидячую забастовку на площади перед акиматом Жанаозена. Они требуют поднять зарплату до 700 тыс. тенге и перевести их в штат «Озенмунайгаза», дочерней компании «КазМунайГаза».
Аким Мангистауской области приезжал к бастующим в понедельник, но договориться не удалось. Полиция наблюдает за площадью, задержаний нет. Часть участников забастовки живёт в посёлках Тенге и Кызылсай, откуда их каждый день привозят на автобусах родственники.
«Мы не уйдём, пока не увидим приказ на бумаге», – сказал один из бастующих, оператор с двадцатилетним стажем.
В тот же день на месторождении Каламкас на полуострове Бузачи загорелась нагнетательная скважина. Огонь тушили 14 часов, один оператор получил ожоги и был доставлен вертолётом в Актау. Каламкас разрабатывает «Мангистаумунайгаз», половина акций которого принадлежит китайским инвесторам. В компании заявили, что скважину заглушили, а добыча на остальных участках не останавливалась.
Забастовки нефтяников в Жанаозене повторяются почти каждый год, и обычно их удаётся прекратить после уступок работодателя. Однако сервисные компании, по словам профсоюзов, не могут платить больше из-за низких тарифов, которые им устанавливают заказчики. Средняя зарплата операторов по добыче в сервисных компаниях, по данным профсоюза, составляет около 450 тыс. тенге, тогда как в «Озенмунайгазе» за ту же работу платят почти вдвое больше.
Нефть Узеня и Каламкаса поставляется на нефтеперерабатывающий завод в Атырау и на экспорт, в том числе танкерами из Актау в Баку.""",
     ann=[
        ('Жанаозене', 0, 'city', 'Zhanaozen', MR, {'note': 'headline'}),
        ('АКТАУ', 0, 'city', 'Aktau', MR, {'note': 'dateline'}),
        ('Узень', 0, 'facility', 'Uzen field', MR, {'subkind': 'oil field', 'note': "'месторождения Узень': only the name"}),
        ('Жанаозена', 0, 'city', 'Zhanaozen', MR, {'note': "the sit-in on the square outside the town's akimat"}),
        ('Мангистауской области', 0, 'region', MR, MR, {'note': "NI:in an official's title"}),
        ('Тенге', 0, 'village', 'Tenge', MR, {'note': 'NI:residence of strikers; the currency тенге (lower case) is not annotated'}),
        ('Кызылсай', 0, 'village', 'Kyzylsai', MR, {'note': 'NI:residence of strikers'}),
        ('Каламкас', 0, 'facility', 'Kalamkas field', MR, {'subkind': 'oil field'}),
        ('Бузачи', 0, 'facility', 'Buzachi Peninsula', N, {'subkind': 'peninsula', 'note': 'natural feature, in Mangystau Region'}),
        ('Актау', 0, 'city', 'Aktau', MR, {'note': 'NI:hospital town'}),
        ('Каламкас', 1, 'facility', 'Kalamkas field', MR, {'subkind': 'oil field'}),
        ('Жанаозене', 1, 'city', 'Zhanaozen', MR, {'note': 'repeated strikes, not counted again'}),
        ('Узеня', 0, 'facility', 'Uzen field', MR, {'subkind': 'oil field', 'note': 'NI:origin of oil'}),
        ('Каламкаса', 0, 'facility', 'Kalamkas field', MR, {'subkind': 'oil field', 'note': 'NI:origin of oil'}),
        ('Атырау', 0, 'city', 'Atyrau', ATR, {'note': 'NI:destination of oil'}),
        ('Актау', 1, 'city', 'Aktau', MR, {'note': 'NI:port of shipment'}),
        ('Баку', 0, 'foreign', 'Baku', N, {'note': 'NI:destination of oil'}),
     ],
     inc={MR: (2, 'sit-in strike of about 300 oil service workers outside the Zhanaozen akimat; fire at an injection well at the Kalamkas field')}),
]
