"""Russian texts of the twenty-first unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
JR, ALR, KYR, TR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'Turkistan Region', 'South Kazakhstan Region'
ABR, JTR, EKR, MR, KOR = 'Abai Region', 'Jetisu Region', 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR, UR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region', 'Ulytau Region'
ATR, AR, WKR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region'

DOCS = [
dict(id='p009', date='2019-05-28', lang='ru',
     event='2019 crush at the pedestrian crossing of the «Жибек жолы» checkpoint, six injured (Saryagash district, Turkistan Region); cigarettes smuggled through the «Казыгурт» checkpoint (not counted); Shymkent as its own unit, Южно-Казахстанская область as the former name; the checkpoint formerly «Черняевка»',
     text="""Давка на пункте пропуска «Жибек жолы»: пострадали шесть человек
ШЫМКЕНТ, 28 мая. /Интерфакс-Казахстан/ – Шесть человек получили травмы в давке на пешеходном переходе пункта пропуска «Жибек жолы» на казахстанско-узбекистанской границе в Сарыагашском районе Туркестанской области, сообщил во вторник департамент по чрезвычайным ситуациям региона.
По данным ведомства, утром в понедельник у турникетов скопились около двух тысяч человек, в основном жители Ташкента и Ташкентской области, возвращавшиеся домой после праздников. Когда открыли второй коридор, толпа хлынула вперед, и несколько женщин упали. По словам очевидцев, люди простояли в очереди больше пяти часов под дождем, а навесы у перехода рассчитаны лишь на несколько сотен человек. Четверых пострадавших доставили в больницу Сарыагаша, двоих – в Шымкент. Их жизни ничего не угрожает.
Пограничная служба КНБ в Нур-Султане сообщила, что до конца года пропускная способность перехода будет увеличена до 40 тысяч человек в сутки, а число кабин паспортного контроля – удвоено.
В тот же день на пункте пропуска «Казыгурт» таможенники задержали грузовик, в кузове которого под мешками с луком было спрятано 1,2 тонны сигарет без акцизных марок. Водитель, житель Шымкента, задержан; груз шел из Узбекистана в Алматы. Департамент государственных доходов по Туркестанской области сообщил, что с начала года на постах на границе с Узбекистаном выявлено 37 случаев контрабанды. В прошлом году, когда регион еще назывался Южно-Казахстанской областью, за тот же период их было 52.
«Жибек жолы», до переименования – пункт «Черняевка», самый загруженный переход на границе с Узбекистаном: в обычные дни через него проходят до 25 тысяч человек. Старое название он получил по соседнему селу Черняевка, которое теперь тоже называется Жибек Жолы.""",
     ann=[
        ('Жибек жолы', 0, 'facility', 'Zhibek Zholy checkpoint', TR, {'subkind': 'border checkpoint', 'note': 'headline; name in quotation marks'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'dateline'}),
        ('Жибек жолы', 1, 'facility', 'Zhibek Zholy checkpoint', TR, {'subkind': 'border checkpoint'}),
        ('Сарыагашском районе', 0, 'district', 'Saryagash District', TR),
        ('Туркестанской области', 0, 'region', TR, TR),
        ('Ташкента', 0, 'foreign', 'Tashkent', N, {'note': 'NI:residence of the travellers'}),
        ('Ташкентской области', 0, 'foreign', 'Tashkent Region', N, {'note': 'NI:residence of the travellers'}),
        ('Сарыагаша', 0, 'city', 'Saryagash', TR, {'note': 'NI:hospital town'}),
        ('Шымкент', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:hospital town'}),
        ('Нур-Султане', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the border service'}),
        ('Казыгурт', 0, 'facility', 'Kazygurt checkpoint', TR, {'subkind': 'border checkpoint', 'note': 'NI:smuggling detected; not an incident'}),
        ('Шымкента', 0, 'city', 'Shymkent', 'Shymkent', {'note': "NI:the driver's residence"}),
        ('Узбекистана', 0, 'foreign', 'Uzbekistan', N, {'note': 'NI:origin of the cargo'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:destination of the cargo'}),
        ('Туркестанской области', 1, 'region', TR, TR, {'note': 'inside the name of an authority'}),
        ('Узбекистаном', 0, 'foreign', 'Uzbekistan', N),
        ('Южно-Казахстанской областью', 0, 'region', TR, TR, {'uncertain': True, 'note': 'former name of the region, renamed in June 2018; labelled with the unit on the article date, as in tests/unseen15'}),
        ('Жибек жолы', 2, 'facility', 'Zhibek Zholy checkpoint', TR, {'subkind': 'border checkpoint'}),
        ('Черняевка', 0, 'facility', 'Zhibek Zholy checkpoint', TR, {'subkind': 'border checkpoint', 'note': 'former name of the checkpoint, in quotation marks'}),
        ('Узбекистаном', 1, 'foreign', 'Uzbekistan', N),
        ('Черняевка', 1, 'village', 'Zhibek Zholy (Saryagash District)', TR, {'note': 'former name of the village'}),
        ('Жибек Жолы', 0, 'village', 'Zhibek Zholy (Saryagash District)', TR),
     ],
     inc={TR: (1, 'crush at the pedestrian crossing of the Zhibek Zholy checkpoint, six injured; the smuggling case at Kazygurt is not counted')}),

dict(id='p010', date='2002-04-16', lang='ru',
     event='2002 construction of the Kenkiyak-Atyrau oil pipeline begins (Temir district, Aktobe Region; Zhylyoi district, Atyrau Region); oil on to Novorossiysk by the CPC pipeline (no incident)',
     text="""В Актюбинской области начато строительство нефтепровода Кенкияк – Атырау
АСТАНА, 16 апреля. /Интерфакс-Казахстан/ – Компания «СНПС-Актобемунайгаз» приступила к строительству нефтепровода Кенкияк – Атырау протяженностью 448 км, сообщили во вторник в министерстве энергетики и минеральных ресурсов Казахстана.
Трубопровод пройдет по территории Темирского района Актюбинской области и Жылыойского района Атырауской области. Первая очередь мощностью 6 млн тонн нефти в год должна быть сдана в конце 2003 года. Нефть с месторождений Кенкияк и Жанажол будет поступать в Атырау, а оттуда по трубопроводу КТК – в Новороссийск.
По словам представителя компании, в будущем нефтепровод может стать частью маршрута в Китай. Стройку ведут подрядчики из Актобе, Уральска и Китая, на трассе работают около 1 200 человек. Первые 60 км труб уже завезены на склад в поселке Кенкияк.""",
     ann=[
        ('Актюбинской области', 0, 'region', AR, AR),
        ('Кенкияк', 0, 'village', 'Kenkiyak', AR, {'note': 'NI:pipeline endpoint'}),
        ('Атырау', 0, 'city', 'Atyrau', ATR, {'note': 'NI:pipeline endpoint'}),
        ('АСТАНА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Кенкияк', 1, 'village', 'Kenkiyak', AR, {'note': 'NI:pipeline endpoint'}),
        ('Атырау', 1, 'city', 'Atyrau', ATR, {'note': 'NI:pipeline endpoint'}),
        ('Казахстана', 0, 'country', 'Kazakhstan', N, {'note': 'inside the name of an authority'}),
        ('Темирского района', 0, 'district', 'Temir District', AR),
        ('Актюбинской области', 1, 'region', AR, AR),
        ('Жылыойского района', 0, 'district', 'Zhylyoi District', ATR),
        ('Атырауской области', 0, 'region', ATR, ATR),
        ('Кенкияк', 2, 'facility', 'Kenkiyak oil field', AR, {'subkind': 'oil field', 'note': 'list sharing the head noun "месторождений"'}),
        ('Жанажол', 0, 'facility', 'Zhanazhol oil field', AR, {'subkind': 'oil field', 'note': 'list sharing the head noun "месторождений"'}),
        ('Атырау', 2, 'city', 'Atyrau', ATR, {'note': 'NI:destination of oil'}),
        ('Новороссийск', 0, 'foreign', 'Novorossiysk', N, {'note': 'NI:destination of oil'}),
        ('Китай', 0, 'foreign', 'China', N),
        ('Актобе', 0, 'city', 'Aktobe', AR, {'note': 'NI:origin of contractors'}),
        ('Уральска', 0, 'city', 'Oral', WKR, {'note': 'NI:origin of contractors; Russian name Uralsk'}),
        ('Китая', 0, 'foreign', 'China', N, {'note': 'NI:origin of contractors'}),
        ('Кенкияк', 3, 'village', 'Kenkiyak', AR, {'note': 'NI:site of a pipe store'}),
     ],
     inc={}),

dict(id='p011', date='2017-11-21', lang='ru',
     event='2017 gas of the Beineu-Bozoi-Shymkent pipeline reaches 40 more villages of South Kazakhstan Region (Shymkent inside it before June 2018); a gas blast in a house in Dostyk village, Tolebi district (South Kazakhstan Region), and an oil-system fire at a compressor station in Syrdarya district (Kyzylorda Region)',
     text="""Газ Бейнеу – Бозой – Шымкент получили еще 40 сел Южно-Казахстанской области
ШЫМКЕНТ, 21 ноября. /КазТАГ/ – Природный газ по магистрали Бейнеу – Бозой – Шымкент получили еще 40 сел Южно-Казахстанской области, сообщил во вторник аким области. По его словам, до конца года газ придет в села Ордабасинского, Сайрамского и Толебийского районов, а в 2018 году – в Сузакский район и Кентау.
Газопровод длиной 1 454 км, построенный в 2013–2015 годах, проходит через Мангистаускую, Актюбинскую, Кызылординскую и Южно-Казахстанскую области и позволяет снабжать юг страны казахстанским газом вместо узбекского. Из Шымкента газ по отводам поступает также в Жамбылскую область и Алматы.
Газификация, однако, не обходится без происшествий. В минувшую субботу в селе Достык Толебийского района взорвался газ в частном доме, который подключили к сети за неделю до этого. Дом полностью разрушен, повреждены крыши двух соседних. Погибла 67-летняя хозяйка, ее сын и внук с ожогами доставлены в больницу Шымкента. Комиссия выясняет, кто проводил врезку в газовую трубу без разрешения газовой службы.
А 14 ноября на компрессорной станции газопровода в Сырдарьинском районе Кызылординской области загорелась маслосистема газоперекачивающего агрегата. Пожар потушили за 40 минут, подача газа на юг не прерывалась, сообщили в компании «Бейнеу-Шымкент газопровод». Пострадавших нет. Станция – одна из пяти на трассе газопровода, поврежденный агрегат вернется в работу к концу месяца.
Сейчас в Южно-Казахстанской области газифицированы 63% населенных пунктов, тогда как в 2012 году, до прихода магистрали, – меньше половины. Аким области поручил районным акиматам проверить все новые подключения до наступления холодов и провести разъяснительную работу с жителями.""",
     ann=[
        ('Бейнеу', 0, 'village', 'Beineu', MR, {'note': 'NI:pipeline endpoint'}),
        ('Бозой', 0, 'village', 'Bozoi', AR, {'note': 'NI:pipeline waypoint (Shalkar district)'}),
        ('Шымкент', 0, 'city', 'Shymkent', SKR, {'note': 'NI:pipeline endpoint; South Kazakhstan Region before 2018-06-19'}),
        ('Южно-Казахстанской области', 0, 'region', SKR, SKR),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', SKR, {'note': 'dateline'}),
        ('Бейнеу', 1, 'village', 'Beineu', MR, {'note': 'NI:pipeline endpoint'}),
        ('Бозой', 1, 'village', 'Bozoi', AR, {'note': 'NI:pipeline waypoint'}),
        ('Шымкент', 1, 'city', 'Shymkent', SKR, {'note': 'NI:pipeline endpoint'}),
        ('Южно-Казахстанской области', 1, 'region', SKR, SKR),
        ('Ордабасинского', 0, 'district', 'Ordabasy District', SKR, {'note': 'list sharing the head noun "районов"'}),
        ('Сайрамского', 0, 'district', 'Sairam District', SKR, {'note': 'list sharing the head noun "районов"'}),
        ('Толебийского', 0, 'district', 'Tolebi District', SKR, {'note': 'list sharing the head noun "районов"'}),
        ('Сузакский район', 0, 'district', 'Suzak District', SKR, {'note': 'NI:planned gas supply'}),
        ('Кентау', 0, 'city', 'Kentau', SKR, {'note': 'NI:planned gas supply'}),
        ('Мангистаускую', 0, 'region', MR, MR, {'note': 'NI:pipeline route; list sharing the head noun "области"'}),
        ('Актюбинскую', 0, 'region', AR, AR, {'note': 'NI:pipeline route; list sharing the head noun "области"'}),
        ('Кызылординскую', 0, 'region', KYR, KYR, {'note': 'NI:pipeline route; list sharing the head noun "области"'}),
        ('Южно-Казахстанскую', 0, 'region', SKR, SKR, {'note': 'NI:pipeline route; list sharing the head noun "области"'}),
        ('Шымкента', 0, 'city', 'Shymkent', SKR, {'note': 'NI:branching point'}),
        ('Жамбылскую область', 0, 'region', JR, JR, {'note': 'NI:destination of gas'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:destination of gas'}),
        ('Достык', 0, 'village', 'Dostyk (Tolebi District)', SKR, {'note': 'village of Tolebi district, namesake of the Dostyk border station'}),
        ('Толебийского района', 0, 'district', 'Tolebi District', SKR),
        ('Шымкента', 1, 'city', 'Shymkent', SKR, {'note': 'NI:hospital town'}),
        ('Сырдарьинском районе', 0, 'district', 'Syrdarya District (Kyzylorda Region)', KYR),
        ('Кызылординской области', 0, 'region', KYR, KYR),
        ('Южно-Казахстанской области', 2, 'region', SKR, SKR),
     ],
     inc={SKR: (1, 'gas explosion in a private house in Dostyk, Tolebi district, one dead and two injured'),
          KYR: (1, 'fire in the oil system of a gas compressor unit at a compressor station in Syrdarya district')}),

dict(id='p012', date='2010-12-27', lang='ru',
     event='2010 fire in the boiler house of the Almaty CHP-2 stops two boilers; about 300 houses in the Auezov and Alatau districts of Almaty without heat (Almaty); power from Ekibastuz and the Kapshagai hydro plant (Almaty Region)',
     text="""Пожар на Алматинской ТЭЦ-2 оставил без тепла жителей двух районов
АЛМАТЫ, 27 декабря. /Tengrinews.kz/ – Пожар в котельном цехе Алматинской ТЭЦ-2 в ночь на понедельник привел к остановке двух котлов, и почти девять часов без отопления оставались около 300 жилых домов в Ауэзовском и Алатауском районах Алматы, сообщили в департаменте по чрезвычайным ситуациям города Алматы.
Огонь на площади 200 квадратных метров ликвидировали 60 пожарных, пострадавших нет. Причиной, по предварительным данным, стало короткое замыкание в кабельном канале.
Чтобы покрыть нехватку мощности, диспетчеры энергосистемы юга увеличили переток электроэнергии с Экибастуза и выработку Капшагайской ГЭС. К утру понедельника, при морозе минус 18 градусов, оба котла были вновь запущены, и тепло вернулось в дома.
ТЭЦ-2, крупнейшая станция города, работает на экибастузском угле и дает тепло примерно 40% жилья мегаполиса.""",
     ann=[
        ('Алматинской ТЭЦ-2', 0, 'facility', 'Almaty CHP-2', 'Almaty', {'subkind': 'power plant', 'note': 'headline'}),
        ('АЛМАТЫ', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Алматинской ТЭЦ-2', 1, 'facility', 'Almaty CHP-2', 'Almaty', {'subkind': 'power plant'}),
        ('Ауэзовском', 0, 'district', 'Auezov District (Almaty)', 'Almaty', {'subkind': 'city district', 'note': 'list sharing the head noun "районах"; houses left without heat'}),
        ('Алатауском', 0, 'district', 'Alatau District (Almaty)', 'Almaty', {'subkind': 'city district', 'note': 'list sharing the head noun "районах"; houses left without heat'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty'),
        ('Алматы', 1, 'city', 'Almaty', 'Almaty', {'note': 'inside the name of an authority'}),
        ('Экибастуза', 0, 'city', 'Ekibastuz', PR, {'note': 'NI:source of power'}),
        ('Капшагайской ГЭС', 0, 'facility', 'Kapshagai hydro power plant', ALR, {'subkind': 'power plant', 'note': 'NI:source of power'}),
        ('ТЭЦ-2', 2, 'facility', 'Almaty CHP-2', 'Almaty', {'subkind': 'power plant'}),
     ],
     inc={'Almaty': (1, 'fire in the boiler house of the Almaty CHP-2; the heat cut in two city districts is its consequence, not a second incident')}),

dict(id='p013', date='2023-05-16', lang='ru',
     event='2023 Shardara hydro plant completes modernisation (Turkistan Region); the Shardara reservoir and the Toktogul reservoir in Kyrgyzstan; the Kapshagai hydro plant at Konaev, the former Kapchagay (Almaty Region) (no incident)',
     text="""Шардаринская ГЭС завершила модернизацию
ТУРКЕСТАН, 16 мая. /Kazinform/ – На Шардаринской ГЭС в Туркестанской области введен в работу последний из четырех обновленных гидроагрегатов, и мощность станции выросла со 100 до 126 МВт, сообщили в акимате области.
Станция стоит на Сырдарье у города Шардара и регулирует сток воды для орошения полей Мактааральского района и соседнего Узбекистана. В маловодные годы объем воды в Шардаринском водохранилище зависит от сбросов Токтогульского водохранилища в Кыргызстане, поэтому график работы станции согласуется с соседями.
Похожая модернизация в 2024–2026 годах запланирована на Капшагайской ГЭС на реке Или у города Конаев (бывший Капчагай) в Алматинской области. Энергосистеме юга страны, куда входят также Шымкент, Тараз и Кызылорда, по-прежнему не хватает мощностей в часы пиковой нагрузки, и недостаток покрывается перетоками с севера.""",
     ann=[
        ('Шардаринская ГЭС', 0, 'facility', 'Shardara hydro power plant', TR, {'subkind': 'power plant'}),
        ('ТУРКЕСТАН', 0, 'city', 'Turkistan', TR, {'note': 'dateline'}),
        ('Шардаринской ГЭС', 0, 'facility', 'Shardara hydro power plant', TR, {'subkind': 'power plant'}),
        ('Туркестанской области', 0, 'region', TR, TR),
        ('Сырдарье', 0, 'facility', 'Syr Darya', N, {'subkind': 'river'}),
        ('Шардара', 0, 'city', 'Shardara', TR),
        ('Мактааральского района', 0, 'district', 'Maktaaral District', TR, {'note': 'NI:irrigated fields'}),
        ('Узбекистана', 0, 'foreign', 'Uzbekistan', N),
        ('Шардаринском водохранилище', 0, 'facility', 'Shardara reservoir', N, {'subkind': 'reservoir', 'note': 'reservoir on the Syr Darya, mostly in Turkistan Region and partly in Uzbekistan; adm1 null like a water body'}),
        ('Токтогульского водохранилища', 0, 'foreign', 'Toktogul reservoir', N, {'subkind': 'reservoir'}),
        ('Кыргызстане', 0, 'foreign', 'Kyrgyzstan', N),
        ('Капшагайской ГЭС', 0, 'facility', 'Kapshagai hydro power plant', ALR, {'subkind': 'power plant', 'note': 'NI:planned modernisation'}),
        ('Или', 0, 'facility', 'Ili', N, {'subkind': 'river'}),
        ('Конаев', 0, 'city', 'Konaev', ALR),
        ('Капчагай', 0, 'city', 'Konaev', ALR, {'note': 'former name of Konaev'}),
        ('Алматинской области', 0, 'region', ALR, ALR),
        ('Шымкент', 0, 'city', 'Shymkent', 'Shymkent'),
        ('Тараз', 0, 'city', 'Taraz', JR),
        ('Кызылорда', 0, 'city', 'Kyzylorda', KYR),
     ],
     inc={}),

dict(id='p014', date='2024-11-12', lang='ru',
     event='2024 engine-room fire on a tanker at the Aktau seaport, two crew burnt (Mangystau Region); a storm on the Caspian holds ferries at Kuryk for Alat and on the Aktau-Turkmenbashi line; lorry queues on the Zhanaozen-Kuryk road; transit from China via Khorgos and round via Beineu to Makhachkala',
     text="""Пожар на танкере в порту Актау, паромы на Баку и Туркменбаши стоят из-за шторма
АКТАУ, 12 ноября. /Интерфакс-Казахстан/ – На нефтеналивном танкере у причала морского порта Актау в понедельник вечером произошел пожар в машинном отделении, сообщил департамент по чрезвычайным ситуациям Мангистауской области. Огонь потушили за полтора часа, двое членов экипажа получили ожоги и госпитализированы. Разлива нефти нет. По предварительным данным, возгорание началось из-за неисправности топливного насоса, транспортная прокуратура начала проверку.
Танкер под флагом Казахстана должен был доставить 12 тысяч тонн нефти в Баку. Погрузка у этого причала приостановлена до окончания проверки.
Тем временем шторм на Каспийском море с порывами ветра до 25 м/с вторые сутки держит паромы у причалов. Из порта Курык не вышли два парома на азербайджанский порт Алят, а паром Актау – Туркменбаши вернулся с полпути. В очереди на въезд в порт Курык и на трассе Жанаозен – Курык стоят около 400 грузовиков, часть из них везет товары из Китая через Хоргос в Турцию и Грузию.
По данным морской администрации, за десять месяцев через порты Актау и Курык по Транскаспийскому маршруту перевезено 4,1 млн тонн грузов, на 18% больше, чем годом ранее. Власти обещают в 2025 году открыть в Курыке новый паромный терминал, а часть транзитных машин из Китая уже направляют в обход моря – через Бейнеу в Россию и дальше в Махачкалу.
Синоптики обещают, что ветер ослабнет к среде. В прошлом году из-за штормов паромы простаивали в общей сложности 40 дней. Водителям в очереди у Курыка акимат Каракиянского района организовал раздачу воды и горячего питания.""",
     ann=[
        ('Актау', 0, 'city', 'Aktau', MR, {'note': 'headline; port of Aktau'}),
        ('Баку', 0, 'foreign', 'Baku', N, {'note': 'NI:ferry destination'}),
        ('Туркменбаши', 0, 'foreign', 'Turkmenbashi', N, {'note': 'NI:ferry destination'}),
        ('АКТАУ', 0, 'city', 'Aktau', MR, {'note': 'dateline'}),
        ('морского порта Актау', 0, 'facility', 'Aktau seaport', MR, {'subkind': 'seaport'}),
        ('Мангистауской области', 0, 'region', MR, MR, {'note': 'inside the name of an authority'}),
        ('Казахстана', 0, 'country', 'Kazakhstan', N),
        ('Баку', 1, 'foreign', 'Baku', N, {'note': 'NI:destination of the tanker'}),
        ('Каспийском море', 0, 'facility', 'Caspian Sea', N, {'subkind': 'sea'}),
        ('Курык', 0, 'village', 'Kuryk', MR, {'note': 'NI:port of Kuryk, ferries held by a storm'}),
        ('Алят', 0, 'foreign', 'Alat', N, {'note': 'NI:ferry destination (Azerbaijan)'}),
        ('Актау', 2, 'city', 'Aktau', MR, {'note': 'NI:ferry line endpoint'}),
        ('Туркменбаши', 1, 'foreign', 'Turkmenbashi', N, {'note': 'NI:ferry line endpoint'}),
        ('Курык', 1, 'village', 'Kuryk', MR, {'note': 'NI:lorry queue'}),
        ('Жанаозен', 0, 'city', 'Zhanaozen', MR, {'note': 'NI:road endpoint'}),
        ('Курык', 2, 'village', 'Kuryk', MR, {'note': 'NI:road endpoint'}),
        ('Китая', 0, 'foreign', 'China', N, {'note': 'NI:origin of goods'}),
        ('Хоргос', 0, 'village', 'Khorgos', JTR, {'note': 'NI:transit route'}),
        ('Турцию', 0, 'foreign', 'Turkey', N, {'note': 'NI:destination of goods'}),
        ('Грузию', 0, 'foreign', 'Georgia', N, {'note': 'NI:destination of goods'}),
        ('Актау', 3, 'city', 'Aktau', MR, {'note': 'list sharing the head noun "порты"'}),
        ('Курык', 3, 'village', 'Kuryk', MR, {'note': 'list sharing the head noun "порты"'}),
        ('Курыке', 0, 'village', 'Kuryk', MR, {'note': 'NI:planned terminal'}),
        ('Китая', 1, 'foreign', 'China', N, {'note': 'NI:origin of goods'}),
        ('Бейнеу', 0, 'village', 'Beineu', MR, {'note': 'NI:detour route'}),
        ('Россию', 0, 'foreign', 'Russia', N, {'note': 'NI:detour route'}),
        ('Махачкалу', 0, 'foreign', 'Makhachkala', N, {'note': 'NI:detour destination'}),
        ('Курыка', 0, 'village', 'Kuryk', MR, {'note': 'NI:lorry queue'}),
        ('Каракиянского района', 0, 'district', 'Karakiya District', MR, {'note': 'inside the name of an authority'}),
     ],
     inc={MR: (1, 'engine-room fire on a tanker at a berth of the Aktau seaport, two crew burnt; the storm holding ferries is not counted')}),

dict(id='p015', date='2020-03-20', lang='ru',
     event='2020 lorry queues at the Zhaisan (Martuk district, Aktobe Region), Syrym (West Kazakhstan Region) and Kairak (Karabalyk district, Kostanay Region) checkpoints after Russia restricts border traffic; "шести приграничных областях"; Nur-Sultan (no incident)',
     text="""Фуры скопились у пунктов пропуска на границе с Россией
НУР-СУЛТАН, 20 марта. /Vlast.kz/ – Более 1 800 грузовиков стоят в очередях у пунктов пропуска на казахстанско-российской границе после того, как Россия из-за коронавируса ограничила движение через сухопутную границу, сообщили в пятницу в Комитете транспорта.
Самые длинные очереди – на пункте пропуска «Жайсан» в Мартукском районе Актюбинской области, на трассе в сторону Оренбурга (около 400 машин), и на пункте «Сырым» в Западно-Казахстанской области, на трассе Уральск – Самара. На пункте «Кайрак» в Карабалыкском районе Костанайской области, откуда дорога ведет в Троицк Челябинской области, ждут около 150 фур. Всего очереди зафиксированы в шести приграничных областях.
Межведомственная комиссия в Нур-Султане договорилась с российской стороной пропускать в первую очередь грузовики с продуктами и медикаментами. Водителям раздают воду и горячую еду, в Актобе и Уральске для них открыли пункты обогрева.""",
     ann=[
        ('Россией', 0, 'foreign', 'Russia', N),
        ('НУР-СУЛТАН', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Россия', 0, 'foreign', 'Russia', N),
        ('Жайсан', 0, 'facility', 'Zhaisan checkpoint', AR, {'subkind': 'border checkpoint', 'note': 'name in quotation marks'}),
        ('Мартукском районе', 0, 'district', 'Martuk District', AR),
        ('Актюбинской области', 0, 'region', AR, AR),
        ('Оренбурга', 0, 'foreign', 'Orenburg', N, {'note': 'NI:direction of the road'}),
        ('Сырым', 0, 'facility', 'Syrym checkpoint', WKR, {'subkind': 'border checkpoint', 'note': 'name in quotation marks'}),
        ('Западно-Казахстанской области', 0, 'region', WKR, WKR),
        ('Уральск', 0, 'city', 'Oral', WKR, {'note': 'NI:road endpoint'}),
        ('Самара', 0, 'foreign', 'Samara', N, {'note': 'NI:road endpoint'}),
        ('Кайрак', 0, 'facility', 'Kairak checkpoint', KOR, {'subkind': 'border checkpoint', 'note': 'name in quotation marks'}),
        ('Карабалыкском районе', 0, 'district', 'Karabalyk District', KOR),
        ('Костанайской области', 0, 'region', KOR, KOR),
        ('Троицк', 0, 'foreign', 'Troitsk', N, {'note': 'NI:road destination'}),
        ('Челябинской области', 0, 'foreign', 'Chelyabinsk Oblast', N),
        ('шести приграничных областях', 0, 'quantified', '6 border regions', N, {'count': 6, 'unit': 'region', 'note': 'lorry queues; not incidents'}),
        ('Нур-Султане', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the commission'}),
        ('Актобе', 0, 'city', 'Aktobe', AR, {'note': 'NI:heating points for drivers'}),
        ('Уральске', 0, 'city', 'Oral', WKR, {'note': 'NI:heating points for drivers'}),
     ],
     inc={}),

dict(id='p016', date='1997-09-09', lang='ru',
     event='1997 the Bakhty checkpoint (Urzhar district) to work all year round, now under East Kazakhstan Region after the abolition of Semipalatinsk Region in May 1997; shuttle trade via Bakhty and Maikapchagai to Chuguchak (Tacheng) (no incident)',
     text="""Пункт пропуска Бахты на границе с Китаем будет работать круглый год
УСТЬ-КАМЕНОГОРСК, 9 сентября. /Интерфакс-Казахстан/ – Автомобильный пункт пропуска Бахты в Урджарском районе с 1 октября перейдет на круглогодичный режим работы, сообщили во вторник в таможенном управлении Восточно-Казахстанской области.
Пункт, открытый в 1994 году, связывает область с китайским городом Чугучак (Тачэн). До мая он подчинялся таможне Семипалатинской области, которая была упразднена и присоединена к Восточно-Казахстанской. Теперь через Бахты и Майкапчагай идет основная часть челночной торговли области: торговцы из Семипалатинска, Аягоза и Усть-Каменогорска везут из Китая одежду и обувь на рынки Алматы и Новосибирска.
Участок дороги Таскескен – Бахты длиной 140 км обещают заасфальтировать к следующему лету. Зимой 1996 года из-за снежных заносов пункт не работал больше месяца.""",
     ann=[
        ('Бахты', 0, 'facility', 'Bakhty checkpoint', EKR, {'subkind': 'border checkpoint', 'note': 'East Kazakhstan Region on the date (Abai Region from 2022)'}),
        ('Китаем', 0, 'foreign', 'China', N),
        ('УСТЬ-КАМЕНОГОРСК', 0, 'city', 'Oskemen', EKR, {'note': 'dateline'}),
        ('Бахты', 1, 'facility', 'Bakhty checkpoint', EKR, {'subkind': 'border checkpoint'}),
        ('Урджарском районе', 0, 'district', 'Urzhar District', EKR, {'note': 'East Kazakhstan Region from May 1997, Abai Region from 2022'}),
        ('Восточно-Казахстанской области', 0, 'region', EKR, EKR, {'note': 'inside the name of an authority'}),
        ('Чугучак', 0, 'foreign', 'Tacheng', N),
        ('Тачэн', 0, 'foreign', 'Tacheng', N),
        ('Семипалатинской области', 0, 'region', EKR, EKR, {'uncertain': True, 'note': 'Semipalatinsk Region, abolished in May 1997 and joined to East Kazakhstan Region; labelled with the unit holding its land on the date'}),
        ('Восточно-Казахстанской', 1, 'region', EKR, EKR, {'note': 'region named by its adjective, head noun elided'}),
        ('Бахты', 2, 'facility', 'Bakhty checkpoint', EKR, {'subkind': 'border checkpoint'}),
        ('Майкапчагай', 0, 'facility', 'Maikapchagai checkpoint', EKR, {'subkind': 'border checkpoint', 'note': 'Zaisan district'}),
        ('Семипалатинска', 0, 'city', 'Semey', EKR, {'note': 'NI:origin of traders'}),
        ('Аягоза', 0, 'city', 'Ayagoz', EKR, {'note': 'NI:origin of traders'}),
        ('Усть-Каменогорска', 0, 'city', 'Oskemen', EKR, {'note': 'NI:origin of traders'}),
        ('Китая', 0, 'foreign', 'China', N),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:destination of goods'}),
        ('Новосибирска', 0, 'foreign', 'Novosibirsk', N, {'note': 'NI:destination of goods'}),
        ('Таскескен', 0, 'village', 'Taskesken', EKR, {'note': 'NI:road endpoint'}),
        ('Бахты', 3, 'village', 'Bakhty', EKR, {'note': 'NI:road endpoint'}),
     ],
     inc={}),
]
