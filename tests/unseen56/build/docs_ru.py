"""Russian texts of the fifty-sixth unseen check corpus."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p009', date='1993-08-17', lang='ru',
     event='1993 botulism after a funeral meal (поминки) in Mankent, Sayram district, two dead (South Kazakhstan Region); the Soviet name Чимкент; serum flown from Alma-Ata; guests from Tashkent; "third case this summer" not counted',
     text="""Отравление на поминках в Манкенте: двое погибших
ЧИМКЕНТ, 17 августа. Два человека скончались и 43 госпитализированы после поминок в селе Манкент Сайрамского района Южно-Казахстанской области, сообщили в областном управлении здравоохранения.
Поминальная трапеза прошла в субботу, а уже к вечеру у гостей начались рвота, двоение в глазах и слабость. Погибли 60-летний хозяин дома и его 34-летняя дочь. Врачи предполагают ботулизм: гостям подавали домашние мясные консервы.
Больных доставили в районную больницу и в областную инфекционную больницу Чимкента. Противоботулиническую сыворотку срочно доставили самолётом из Алма-Аты. Часть гостей приехала на поминки из Ташкента, их родственникам сообщили о случившемся.
«Это уже третий случай ботулизма в области за лето, — сказал главный санитарный врач области Мурат Исмаилов. — Люди закатывают мясо в банки без стерилизации и хранят их в жаре». Остатки консервов изъяты и отправлены на экспертизу.""",
     ann=[
        ('Манкенте', 0, 'village', 'Mankent', SKR, {'note': 'headline'}),
        ('ЧИМКЕНТ', 0, 'city', 'Shymkent', SKR, {'note': 'dateline; Soviet/Russian name of Shymkent'}),
        ('Манкент', 0, 'village', 'Mankent', SKR),
        ('Сайрамского района', 0, 'district', 'Sayram District', SKR),
        ('Южно-Казахстанской области', 0, 'region', SKR, SKR),
        ('Чимкента', 0, 'city', 'Shymkent', SKR, {'note': 'NI:hospital city'}),
        ('Алма-Аты', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of the serum; Soviet name still in use'}),
        ('Ташкента', 0, 'foreign', 'Tashkent', N, {'note': "NI:guests' origin"}),
     ],
     inc={SKR: (1, 'botulism after a funeral meal in Mankent, Sayram district, two dead (deadly mishap); "the third case this summer" is a statistic')}),

dict(id='p010', date='1999-06-22', lang='ru',
     event='1999 chlorine leak at the water treatment station in Pavlodar, nine hurt (Pavlodar Region); dysentery in Ekibastuz after a sewer broke into the mains (an outbreak over a week, not counted); 35 ferroalloy workers ill after a canteen meal in Aksu, formerly Ermak (not counted: no death); infections in five districts; epidemiologists from Semipalatinsk (East Kazakhstan Region since 1997); the ministry in Astana; the utility «Павлодар-Водоканал» not annotated',
     text="""Утечка хлора в Павлодаре, дизентерия в Экибастузе
ПАВЛОДАР, 22 июня. Девять человек, в том числе двое детей, обратились за медицинской помощью после утечки хлора на станции водоподготовки в северной промзоне Павлодара, сообщили в областном управлении по чрезвычайным ситуациям.
Утечка произошла в понедельник около шести утра при замене баллона. Облако газа ветром отнесло к дачному массиву на берегу Иртыша. Трое пострадавших госпитализированы в состоянии средней тяжести. В ГКП «Павлодар-Водоканал» заверили, что подача питьевой воды в город не прерывалась.
В Экибастузе за последнюю неделю дизентерией заболели 118 человек, из них 64 ребёнка. Санитарные врачи связывают вспышку с прорывом канализационного коллектора в старой части города, из-за которого стоки попали в водопровод. Пить воду из-под крана жителям Экибастуза советуют только после кипячения, в микрорайоны питьевую воду развозят цистернами. В инфекционном отделении городской больницы не хватает коек, поэтому часть детей лечат на дому под наблюдением участковых врачей.
В Аксу (до 1993 года — Ермак) в понедельник с признаками пищевого отравления к врачам обратились 35 рабочих ферросплавного завода, пообедавших в заводской столовой. Всех отпустили домой после осмотра, столовую закрыли на проверку.
Главный государственный санитарный врач Павлодарской области Владимир Кох сообщил, что с начала года кишечные инфекции зарегистрированы в пяти районах области, а число заболевших на четверть выше прошлогоднего. На помощь экибастузским медикам из Семипалатинска, который с 1997 года входит в Восточно-Казахстанскую область, направлена бригада эпидемиологов. Министерство здравоохранения в Астане обещало выделить хлорную известь и дезинфицирующие средства.
По словам Коха, в области изношено больше половины водопроводных сетей, и без их замены вспышки будут повторяться каждое лето.""",
     ann=[
        ('Павлодаре', 0, 'city', 'Pavlodar', PR, {'note': 'headline'}),
        ('Экибастузе', 0, 'city', 'Ekibastuz', PR, {'note': 'headline; dysentery outbreak, not an incident'}),
        ('ПАВЛОДАР', 0, 'city', 'Pavlodar', PR, {'note': 'dateline'}),
        ('Павлодара', 0, 'city', 'Pavlodar', PR),
        ('Иртыша', 0, 'facility', 'Irtysh River', N, {'subkind': 'river'}),
        ('Экибастузе', 1, 'city', 'Ekibastuz', PR, {'note': 'NI:dysentery outbreak over a week, not an incident'}),
        ('Экибастуза', 0, 'city', 'Ekibastuz', PR, {'note': 'NI:boiling advice, a measure'}),
        ('Аксу', 0, 'city', 'Aksu (Pavlodar Region)', PR, {'note': 'canteen poisoning without deaths, not counted'}),
        ('Ермак', 0, 'city', 'Aksu (Pavlodar Region)', PR, {'note': 'former name of Aksu (until 1993)'}),
        ('Павлодарской области', 0, 'region', PR, PR, {'note': 'inside an official post'}),
        ('пяти районах', 0, 'quantified', '5 districts', N, {'count': 5, 'unit': 'district', 'note': 'infection cases, not an incident'}),
        ('Семипалатинска', 0, 'city', 'Semey', EKR, {'note': 'NI:origin of epidemiologists; Semipalatinsk, East Kazakhstan Region since 1997'}),
        ('Восточно-Казахстанскую область', 0, 'region', EKR, EKR, {'note': 'NI:background'}),
        ('Астане', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the ministry'}),
     ],
     inc={PR: (1, 'chlorine leak at the water treatment station in Pavlodar, nine hurt (industrial accident); the Ekibastuz dysentery outbreak and the Aksu canteen poisoning (no death) are not counted')}),

dict(id='p011', date='2005-12-27', lang='ru',
     event='2005 methanol sold as spirit kills nine in Aralsk (Kyzylorda Region); two poisoned buyers from Kazalinsk; spirit brought from Russia as windscreen fluid; yearly statistic not counted',
     text="""Суррогатный алкоголь унёс жизни девяти человек в Аральске
КЫЗЫЛОРДА, 27 декабря. Девять человек погибли и ещё 14 находятся в больницах после употребления спирта, в котором экспертиза обнаружила метанол, сообщили в департаменте внутренних дел Кызылординской области.
Первые смертельные случаи в Аральске зарегистрированы в субботу. Погибшие — восемь мужчин и одна женщина в возрасте от 27 до 60 лет — покупали спирт в одном и том же ларьке у железнодорожного вокзала. Двое отравившихся приехали за покупками из Казалинска, их перевезли на лечение в областной центр.
Владелец ларька задержан. По версии следствия, жидкость привезли из России под видом стеклоочистителя и разливали в бутылки из-под водки прямо в подсобке.
В департаменте здравоохранения напомнили, что за прошлый год от отравлений суррогатами в области погибли 23 человека, и призвали не покупать спиртное с рук.""",
     ann=[
        ('Аральске', 0, 'city', 'Aral', KZR, {'note': 'headline'}),
        ('КЫЗЫЛОРДА', 0, 'city', 'Kyzylorda', KZR, {'note': 'dateline'}),
        ('Кызылординской области', 0, 'region', KZR, KZR, {'note': 'inside the name of an authority'}),
        ('Аральске', 1, 'city', 'Aral', KZR),
        ('Казалинска', 0, 'city', 'Kazaly', KZR, {'note': "NI:buyers' residence; Russian name of Kazaly"}),
        ('России', 0, 'foreign', 'Russia', N, {'note': 'NI:origin of the liquid'}),
     ],
     inc={KZR: (1, 'methanol poisoning from one kiosk in Aralsk, nine dead (one event, one deadly mishap); the 23 deaths of the previous year are a statistic')}),

dict(id='p012', date='2009-11-12', lang='ru',
     event='2009 night fire in the basement of the regional perinatal centre in Atyrau, 27 newborns and 31 mothers evacuated (Atyrau Region); mothers from Kulsary and Makhambet district; prosecutors\' check',
     text="""Из горящего роддома в Атырау вынесли 27 младенцев
АТЫРАУ, 12 ноября. Пожар в областном перинатальном центре в Атырау вспыхнул в ночь на четверг в подвальном помещении. Медики и спасатели эвакуировали 27 новорождённых и 31 роженицу в соседний корпус областной больницы. Пострадавших нет, сообщили в департаменте по ЧС Атырауской области.
Огонь повредил электрощитовую и склад с бельём, площадь пожара составила 40 квадратных метров. По предварительной версии, причиной стало короткое замыкание в старой проводке.
Часть рожениц, приехавших рожать из Кульсары и сёл Махамбетского района, до окончания ремонта переведут в родильное отделение больницы Кульсары, сообщили в управлении здравоохранения.
Прокуратура Атырауской области начала проверку соблюдения правил пожарной безопасности во всех больницах города. В прошлом году такая проверка выявила нарушения в семи медицинских учреждениях.""",
     ann=[
        ('Атырау', 0, 'city', 'Atyrau', ATR, {'note': 'headline; indeclinable in Russian'}),
        ('АТЫРАУ', 0, 'city', 'Atyrau', ATR, {'note': 'dateline'}),
        ('Атырау', 1, 'city', 'Atyrau', ATR),
        ('Атырауской области', 0, 'region', ATR, ATR, {'note': 'inside the name of an authority'}),
        ('Кульсары', 0, 'city', 'Kulsary', ATR, {'note': "NI:mothers' origin"}),
        ('Махамбетского района', 0, 'district', 'Makhambet District', ATR, {'note': "NI:mothers' origin"}),
        ('Кульсары', 1, 'city', 'Kulsary', ATR, {'note': 'NI:transfer destination'}),
        ('Атырауской области', 1, 'region', ATR, ATR, {'note': 'inside the name of an authority (prosecutors)'}),
     ],
     inc={ATR: (1, 'fire in the basement of the regional perinatal centre in Atyrau, newborns and mothers evacuated')}),

dict(id='p013', date='2018-07-03', lang='ru',
     event='2018 ammonia leak at the «Шымкентпиво» brewery in Al-Farabi district of Shymkent, five in hospital (Shymkent, two weeks after becoming a city of republican significance); funeral meal poisoning in Darbaza, Saryagash district, one dead (Turkistan Region); intestinal infection in Kentau (an outbreak, not counted); the renamed South Kazakhstan Region; the regional centre moving to Turkestan',
     text="""Аммиак на пивзаводе в Шымкенте и отравление на поминках в Сарыагашском районе
ШЫМКЕНТ, 3 июля. Пять рабочих госпитализированы с отравлением аммиаком после аварии в холодильном цехе пивоваренного завода «Шымкентпиво» в Аль-Фарабийском районе, сообщили в департаменте по чрезвычайным ситуациям города. Утечка произошла во вторник утром: при ремонте компрессора лопнул трубопровод. Жителей трёх соседних домов попросили закрыть окна, к обеду концентрация газа в воздухе снизилась до нормы. Руководство завода заявило, что оборудование цеха меняли три года назад, и пообещало оплатить лечение пострадавших.
Это первая крупная авария в Шымкенте с тех пор, как 19 июня город получил статус города республиканского значения и вышел из состава Южно-Казахстанской области, переименованной в Туркестанскую. Городские службы по ЧС и санитарно-эпидемиологического контроля пока работают в зданиях бывших областных ведомств.
В Туркестанской области тем временем расследуют массовое отравление на поминках в селе Дарбаза Сарыагашского района. В воскресенье после поминальной трапезы в больницы Сарыагаша и Шымкента доставили 58 человек, 67-летняя женщина скончалась в реанимации. Санитарные врачи подозревают плов, приготовленный накануне и простоявший ночь без холодильника. Пробы отправлены в лабораторию в Шымкент.
Главный государственный санитарный врач Туркестанской области Бахытжан Оспанов сообщил, что в Кентау с конца июня кишечной инфекцией заболели 39 человек, в основном дети. Причиной считают изношенный водопровод в старых кварталах города. По словам Оспанова, после переноса областного центра в Туркестан санитарная служба области до конца года переедет туда из Шымкента.
«Летом такие отравления повторяются каждый год: на той или поминки готовят на сотни гостей, а продукты хранят в жаре», — добавил он.""",
     ann=[
        ('Шымкенте', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'headline; city of republican significance since 2018-06-19'}),
        ('Сарыагашском районе', 0, 'district', 'Saryagash District', TR, {'note': 'headline'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'dateline; the brewery name «Шымкентпиво» is not annotated'}),
        ('Аль-Фарабийском районе', 0, 'district', 'Al-Farabi District (Shymkent)', 'Shymkent', {'subkind': 'city district'}),
        ('Шымкенте', 1, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:background (first accident since the change of status)'}),
        ('Южно-Казахстанской области', 0, 'region', TR, TR, {'uncertain': True, 'note': 'NI:background; the region renamed Turkistan Region on 2018-06-19, labelled with the unit holding its land on the article date'}),
        ('Туркестанскую', 0, 'region', TR, TR, {'note': 'NI:background; adjective with the head noun "область" left out'}),
        ('Туркестанской области', 0, 'region', TR, TR),
        ('Дарбаза', 0, 'village', 'Darbaza', TR),
        ('Сарыагашского района', 0, 'district', 'Saryagash District', TR),
        ('Сарыагаша', 0, 'city', 'Saryagash', TR, {'note': 'NI:hospital town'}),
        ('Шымкента', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:hospital city'}),
        ('Шымкент', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:laboratory'}),
        ('Туркестанской области', 1, 'region', TR, TR, {'note': 'inside an official post'}),
        ('Кентау', 0, 'city', 'Kentau', TR, {'note': 'NI:intestinal infection outbreak since late June, not an incident'}),
        ('Туркестан', 0, 'city', 'Turkistan', TR, {'note': 'NI:new regional centre'}),
        ('Шымкента', 1, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:old seat of the regional service'}),
     ],
     inc={'Shymkent': (1, 'ammonia leak at the «Шымкентпиво» brewery in Al-Farabi district, five in hospital (industrial accident)'),
          TR: (1, 'funeral meal poisoning in Darbaza, Saryagash district, one dead (deadly mishap); the Kentau infection outbreak is not counted')}),

dict(id='p014', date='2013-04-16', lang='ru',
     event='2013 ammonia leak at a cold-storage plant in Zhezkazgan, six in hospital (Karaganda Region before 2022); 19 pupils ill after a school canteen lunch in Satpayev (not counted: no death); "санитарные врачи Сатпаева" is the town, not the surname',
     text="""Утечка аммиака на хладокомбинате в Жезказгане: шестеро в больнице
ЖЕЗКАЗГАН, 16 апреля. Шесть человек госпитализированы после утечки аммиака на хладокомбинате в Жезказгане, сообщили в департаменте по ЧС Карагандинской области. Во вторник днём при ремонте компрессора лопнул трубопровод аммиачной установки. Из соседних складов эвакуировали около 40 человек. Двое пострадавших находятся в тяжёлом состоянии.
Накануне в соседнем Сатпаеве к врачам с признаками кишечной инфекции обратились 19 учеников школы-гимназии, пообедавших в школьной столовой. Всех детей лечат амбулаторно, угрозы их жизни нет. Санитарные врачи Сатпаева закрыли пищеблок и взяли пробы продуктов, поставщика мяса проверяет полиция.
Результаты анализов будут готовы через неделю, сообщили в департаменте по защите прав потребителей Карагандинской области.""",
     ann=[
        ('Жезказгане', 0, 'city', 'Zhezkazgan', KR, {'note': 'headline; Karaganda Region before 2022-06-08'}),
        ('ЖЕЗКАЗГАН', 0, 'city', 'Zhezkazgan', KR, {'note': 'dateline'}),
        ('Жезказгане', 1, 'city', 'Zhezkazgan', KR),
        ('Карагандинской области', 0, 'region', KR, KR, {'note': 'inside the name of an authority'}),
        ('Сатпаеве', 0, 'city', 'Satpayev', KR, {'note': 'school canteen poisoning without deaths, not counted'}),
        ('Сатпаева', 0, 'city', 'Satpayev', KR, {'note': 'NI:genitive of the town ("sanitary doctors of Satpayev"), not the surname; measures'}),
        ('Карагандинской области', 1, 'region', KR, KR, {'note': 'inside the name of an authority'}),
     ],
     inc={KR: (1, 'ammonia leak at a cold-storage plant in Zhezkazgan, six in hospital (industrial accident); the Satpayev canteen poisoning (no death) is not counted')}),

dict(id='p015', date='2022-11-22', lang='ru',
     event='2022 week of sanitary alarms: meningococcal meningitis in a boarding school in Semey (Abai Region; an outbreak, not counted); fire in the maternity ward of the Zhezkazgan hospital (Ulytau Region); three dead from methanol windscreen fluid in Zharkent (Jetisu Region); surrogate-alcohol deaths in four other, unnamed regions (unattributed); measles in 11 regions (not incidents); the new regions\' official Russian names («области Абай», «области Улытау», «области Жетысу»)',
     text="""Менингит в Семее, пожар в роддоме Жезказгана: неделя санитарных тревог
АСТАНА, 22 ноября. В Семее у трёх воспитанников школы-интерната подтверждён менингококковый менингит, один ребёнок находится в реанимации. Интернат закрыт на карантин, 214 детей и сотрудников получают профилактическое лечение, посещения запрещены до конца карантина, сообщил департамент санитарно-эпидемиологического контроля области Абай. Первый заболевший, 12-летний мальчик, вернулся в интернат после каникул, проведённых у родственников в Аягозе.
В ночь на субботу в Жезказгане загорелось родильное отделение многопрофильной больницы. Огонь начался в кладовой на первом этаже; медики вывели 18 рожениц и вынесли 11 новорождённых, пострадавших нет. Это первый крупный пожар в больнице с тех пор, как в июне город стал центром новой области Улытау, отметили в департаменте по ЧС региона.
В Жаркенте (область Жетысу) трое мужчин скончались, выпив стеклоомывающую жидкость с метанолом, купленную у частного продавца на рынке. Ещё двое в тяжёлом состоянии доставлены в областную больницу Талдыкоргана. Полиция изъяла у продавца 60 канистр.
Министерство здравоохранения сообщило, что с начала года в Казахстане от отравлений суррогатным алкоголем погибли 46 человек. Только за последний месяц смертельные случаи, помимо Жаркента, зарегистрированы ещё в четырёх областях; какие именно, в ведомстве не уточнили.
Корь в этом году регистрировалась в 11 регионах, но число заболевших в десять раз меньше, чем в 2019 году, заявил главный государственный санитарный врач Гульнар Ахметова на брифинге в Астане. По её словам, три новые области пока пользуются лабораториями соседних Восточно-Казахстанской, Алматинской и Карагандинской областей, а собственные лаборатории в Семее, Талдыкоргане и Жезказгане откроются в 2023 году.""",
     ann=[
        ('Семее', 0, 'city', 'Semey', ABR, {'note': 'headline; Abai Region since 2022-06-08; meningitis outbreak, not an incident'}),
        ('Жезказгана', 0, 'city', 'Zhezkazgan', UR, {'note': 'headline; Ulytau Region since 2022-06-08'}),
        ('АСТАНА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline; the capital renamed back to Astana on 2022-09-17'}),
        ('Семее', 1, 'city', 'Semey', ABR, {'note': 'NI:meningitis cases, an outbreak'}),
        ('области Абай', 0, 'region', ABR, ABR, {'note': 'inside the name of an authority; official Russian name with the head noun first'}),
        ('Аягозе', 0, 'city', 'Ayagoz', ABR, {'note': "NI:where the first patient stayed"}),
        ('Жезказгане', 0, 'city', 'Zhezkazgan', UR),
        ('области Улытау', 0, 'region', UR, UR, {'note': 'NI:background; official Russian name with the head noun first'}),
        ('Жаркенте', 0, 'city', 'Zharkent', JTR),
        ('область Жетысу', 0, 'region', JTR, JTR, {'note': 'in brackets after the town; official Russian name with the head noun first'}),
        ('Талдыкоргана', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:hospital city'}),
        ('Казахстане', 0, 'country', 'Kazakhstan', N),
        ('Жаркента', 0, 'city', 'Zharkent', JTR, {'note': 'NI:the same deaths, excluded from the four regions'}),
        ('четырёх областях', 0, 'quantified', '4 regions', N, {'count': 4, 'unit': 'region', 'note': 'surrogate-alcohol deaths in four other, unnamed regions'}),
        ('11 регионах', 0, 'quantified', '11 regions', N, {'count': 11, 'unit': 'region', 'note': 'measles cases, not an incident'}),
        ('Астане', 0, 'city', 'Astana', 'Astana', {'note': 'NI:briefing'}),
        ('Восточно-Казахстанской', 0, 'region', EKR, EKR, {'note': 'NI:laboratories; in a list sharing "областей"'}),
        ('Алматинской', 0, 'region', ALR, ALR, {'note': 'NI:laboratories; in a list sharing "областей"'}),
        ('Карагандинской', 0, 'region', KR, KR, {'note': 'NI:laboratories; in a list sharing "областей"'}),
        ('Семее', 2, 'city', 'Semey', ABR, {'note': 'NI:planned laboratory'}),
        ('Талдыкоргане', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:planned laboratory'}),
        ('Жезказгане', 1, 'city', 'Zhezkazgan', UR, {'note': 'NI:planned laboratory'}),
     ],
     inc={UR: (1, 'fire in the maternity ward of the multi-profile hospital in Zhezkazgan, mothers and newborns evacuated'),
          JTR: (1, 'methanol windscreen fluid: three men dead in Zharkent (deadly mishap)')},
     unatt=[{'label': 'четырёх областях', 'count': 4, 'note': 'surrogate-alcohol deaths in the last month in four other, unnamed regions'}]),

dict(id='p016', date='2024-09-05', lang='ru',
     event='2024 chlorine leak at the water intake pumping station on the Ilek in Aktobe, 11 hurt (Aktobe Region); a reader recalls the Soviet name Актюбинск; the company «Ақтөбе су-энергия» not annotated',
     text="""Утечка хлора на водозаборе в Актобе: 11 пострадавших
АКТОБЕ, 5 сентября. Одиннадцать человек, в том числе трое сотрудников водоканала, обратились к врачам после утечки хлора на насосной станции водозабора на левом берегу Илека, сообщили в департаменте по ЧС Актюбинской области. Четверо госпитализированы, их жизни ничего не угрожает.
Газ вырвался из ёмкости около десяти утра, когда рабочие меняли запорный клапан. Ветер отнёс облако к дачному массиву, где в это время собирали урожай десятки горожан. Спасатели в изолирующих противогазах перекрыли утечку за полчаса.
Читательница прислала в редакцию сообщение: «Живу в Актобе с рождения, ещё с тех пор, когда город назывался Актюбинском, — такого запаха не помню. Глаза режет до сих пор».
В ТОО «Ақтөбе су-энергия» заверили, что подача воды в город не прерывалась, а хлор в водопровод не попал. Прокуратура начала проверку.""",
     ann=[
        ('Актобе', 0, 'city', 'Aktobe', AR, {'note': 'headline'}),
        ('АКТОБЕ', 0, 'city', 'Aktobe', AR, {'note': 'dateline'}),
        ('Илека', 0, 'facility', 'Ilek River', N, {'subkind': 'river'}),
        ('Актюбинской области', 0, 'region', AR, AR, {'note': 'inside the name of an authority'}),
        ('Актобе', 1, 'city', 'Aktobe', AR, {'note': "NI:reader's residence"}),
        ('Актюбинском', 0, 'city', 'Aktobe', AR, {'note': 'NI:Soviet name of Aktobe, in a reader\'s message'}),
     ],
     inc={AR: (1, 'chlorine leak at the water intake pumping station on the Ilek in Aktobe, 11 hurt (industrial accident)')}),
]
