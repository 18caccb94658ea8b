"""Russian texts of the eighty-fifth unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p009', date='1996-04-12', lang='ru',
     event='1996 villagers of Kanonerka, Beskaragai district of Semipalatinsk Region (abolished 1997, East Kazakhstan Region land), hold a three-day gathering at the village akimat demanding wages and heating; a stove fire in the school in February; the district akim from Beskaragai; 14 more villages; wage debts in all districts; Dolon by the former Semipalatinsk Test Site; road to Kurchatov',
     text="""Бескарагайский район: жители Канонерки требуют вернуть тепло
СЕМИПАЛАТИНСК, 12 апреля. В селе Канонерка Бескарагайского района Семипалатинской области третий день продолжается сход жителей: около 120 человек собрались у здания сельского акимата и требуют погасить долги по зарплате учителям и запустить школьную котельную, остановленную ещё в январе.
По словам жителей, зиму дети провели в одной классной комнате, которую отапливали печкой. В феврале от этой печи в школе начался пожар, сгорели два класса.
Аким района Мурат Жакупов, приехавший на сход из Бескарагая, пообещал выделить уголь из районного резерва и направить в село бригаду из Семипалатинска. Он напомнил, что в таком же положении находятся ещё 14 сёл района, а долги по зарплате бюджетникам есть во всех районах области.
Жители соседнего села Долонь, расположенного у границы бывшего Семипалатинского полигона, пожаловались на разбитую дорогу до Курчатова: по ней за всю весну не прошёл ни один автобус.""",
     ann=[
        ('Бескарагайский район', 0, 'district', 'Beskaragai District', EKR, {'note': 'headline'}),
        ('Канонерки', 0, 'village', 'Kanonerka', EKR, {'note': 'headline'}),
        ('СЕМИПАЛАТИНСК', 0, 'city', 'Semey', EKR, {'note': 'dateline; East Kazakhstan Region land from 1997, Abai Region from 2022'}),
        ('Канонерка', 0, 'village', 'Kanonerka', EKR),
        ('Бескарагайского района', 0, 'district', 'Beskaragai District', EKR),
        ('Семипалатинской области', 0, 'region', EKR, EKR, {'uncertain': True, 'note': 'abolished in 1997 and merged into East Kazakhstan Region; labelled with the unit that took its land'}),
        ('Бескарагая', 0, 'village', 'Beskaragai', EKR, {'note': 'NI:origin of the akim; the district centre'}),
        ('Семипалатинска', 0, 'city', 'Semey', EKR, {'note': 'NI:origin of the repair crew'}),
        ('ещё 14 сёл района', 0, 'quantified', '14 villages', N, {'count': 14, 'unit': 'village', 'note': 'NI:not about incidents'}),
        ('во всех районах области', 0, 'quantified', 'all districts', N, {'count': None, 'unit': 'district', 'quantifier': 'all', 'note': 'NI:wage debts, not incidents'}),
        ('Долонь', 0, 'village', 'Dolon', EKR, {'note': 'NI:residence; road complaint'}),
        ('Семипалатинского полигона', 0, 'facility', 'Semipalatinsk Test Site', N, {'subkind': 'test site', 'note': 'NI:reference point; the test site spans several units'}),
        ('Курчатова', 0, 'city', 'Kurchatov', EKR, {'note': 'NI:road endpoint'}),
     ],
     inc={EKR: (2, 'three-day gathering of Kanonerka villagers at the village akimat demanding wages and heating (protest); stove fire in the Kanonerka school in February, two classrooms burnt')}),

dict(id='p010', date='2018-06-27', lang='ru',
     event='2018 Ordabasy district akim reports to Shubarsu rural okrug eight days after South Kazakhstan Region was renamed Turkistan Region and Shymkent became a city of republican significance; a house fire in Shubarsu, a man hurt; water pipes for Kazhymukan and Badam; canal dispute in Karakum; sponsors from Shymkent and Temirlan',
     text="""Ордабасинский район: отчёт акима и пожар в Шубарсу
ТЕМИРЛАН, 27 июня. Аким Ордабасинского района Бахытжан Сапаров отчитался перед жителями сельского округа Шубарсу. Встреча прошла в новой школе на 600 мест, открытой в мае.
Аким напомнил, что с 19 июня Южно-Казахстанская область переименована в Туркестанскую, а областные управления переезжают из Шымкента в Туркестан. «Для сельчан ничего не меняется: пенсии, пособия и школы остаются как были», — сказал он. Жители спрашивали, куда теперь ехать за справками — в Шымкент, который стал городом республиканского значения, или в Туркестан.
Главной темой стала вода. По словам акима, водопровод в Шубарсу и Кажымукане будет достроен к октябрю, а в Бадаме — в 2019 году. Жители Каракума пожаловались, что арык, питающий их огороды, перекрыли фермеры соседнего села.
Накануне встречи в Шубарсу сгорел жилой дом, пострадал мужчина 64 лет. Причиной пожара, по данным районного отдела по ЧС, стало короткое замыкание. Новый дом семье обещали построить всем селом, на деньги спонсоров из Шымкента и Темирлана.""",
     ann=[
        ('Ордабасинский район', 0, 'district', 'Ordabasy District', TR, {'note': 'headline'}),
        ('Шубарсу', 0, 'village', 'Shubarsu', TR, {'note': 'headline'}),
        ('ТЕМИРЛАН', 0, 'village', 'Temirlan', TR, {'note': 'dateline; the district centre'}),
        ('Ордабасинского района', 0, 'district', 'Ordabasy District', TR),
        ('Шубарсу', 1, 'district', 'Shubarsu rural okrug', TR, {'subkind': 'rural okrug', 'note': 'NI:place of the report; the okrug, named after the head noun'}),
        ('Южно-Казахстанская область', 0, 'region', TR, TR, {'uncertain': True, 'note': "NI:the region's former name, renamed on 2018-06-19; labelled with the unit in force on the article date"}),
        ('Туркестанскую', 0, 'region', TR, TR, {'note': 'NI:renaming; the adjective stands for the region (head noun "область" given once)'}),
        ('Шымкента', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:former regional centre'}),
        ('Туркестан', 0, 'city', 'Turkistan', TR, {'note': 'NI:new regional centre'}),
        ('Шымкент', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:a city of republican significance since 2018-06-19'}),
        ('Туркестан', 1, 'city', 'Turkistan', TR, {'note': 'NI:regional centre'}),
        ('Шубарсу', 2, 'village', 'Shubarsu', TR, {'note': 'NI:water pipe planned'}),
        ('Кажымукане', 0, 'village', 'Kazhymukan', TR, {'note': 'NI:water pipe planned; village named after the wrestler Kazhymukan Munaitpasov'}),
        ('Бадаме', 0, 'village', 'Badam', TR, {'note': 'NI:water pipe planned'}),
        ('Каракума', 0, 'village', 'Karakum (Ordabasy district)', TR, {'note': 'NI:canal dispute, not an incident; the village, not the desert'}),
        ('Шубарсу', 3, 'village', 'Shubarsu', TR, {'note': 'house fire, a man of 64 hurt'}),
        ('Шымкента', 1, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:origin of sponsors'}),
        ('Темирлана', 0, 'village', 'Temirlan', TR, {'note': 'NI:origin of sponsors'}),
     ],
     inc={TR: (1, 'house fire in Shubarsu, a man of 64 hurt')}),

dict(id='p011', date='2008-09-15', lang='ru',
     event="2008 Shieli district akim's report to Zhulek rural okrug (Kyzylorda Region) ends in a brawl over rice paddies leased to a farm from Kyzylorda, three hurt; in August Irkol villagers blocked the road to the ferry; a hay store burnt near Zhulek in June; power cuts not counted; rice-land disputes in Zhalagash, Syrdarya and Karmakshy districts; commission from Astana; Syr Darya river vs Syrdarya district; the newspaper «Сыр бойы»",
     text="""Шиелийский район: сход в Жулеке закончился дракой
КЫЗЫЛОРДА, 15 сентября. «Сыр бойы». Отчётная встреча акима Шиелийского района с жителями сельского округа Жулек, прошедшая в пятницу в местном доме культуры, закончилась потасовкой. Поводом стал спор о 300 гектарах рисовых чеков у Сырдарьи, которые сельчане считают общими выпасами, а районная земельная комиссия отдала в аренду крестьянскому хозяйству из Кызылорды.
Сначала встреча шла спокойно. Аким района Галым Омаров рассказал, что в 2008 году в районе отремонтировано 46 километров дорог, в том числе участок трассы Шиели — Жанакорган, а в посёлке Шиели открылась новая поликлиника. Газ, по его словам, в ближайшие два года придёт в Жулек, Алмалы и Байгекум.
Когда слово дали жителям, разговор перешёл на землю. Несколько молодых людей потребовали показать договор аренды, и между ними и представителями хозяйства завязалась драка. Трое получили травмы, одного отвезли в больницу в Шиели. Полиция возбудила дело о хулиганстве.
Это уже второй земельный конфликт в районе за месяц: в августе жители Иркола на полдня перекрыли дорогу к паромной переправе, требуя вернуть им сенокосы. Тогда спор уладили, пообещав землю в двух других сёлах округа.
В областном акимате сообщили, что споры о рисовых землях зафиксированы ещё в трёх районах области — Жалагашском, Сырдарьинском и Кармакшинском, и что их проверит комиссия из Астаны.
Жаловались и на свет: в Жулеке и Ирколе летом электричество отключали на несколько часов, и аким пообещал заменить трансформаторы до зимы. Напомнили ему и о том, что в июне на окраине Жулека сгорел сенной склад крестьянского хозяйства; виновного так и не нашли.
Жители Жулека говорят, что вода в Сырдарье этим летом стояла низко и её не хватило даже хозяйствам под Теренозеком.""",
     ann=[
        ('Шиелийский район', 0, 'district', 'Shieli District', KZR, {'note': 'headline'}),
        ('Жулеке', 0, 'village', 'Zhulek', KZR, {'note': 'headline'}),
        ('КЫЗЫЛОРДА', 0, 'city', 'Kyzylorda', KZR, {'note': 'dateline'}),
        ('Шиелийского района', 0, 'district', 'Shieli District', KZR),
        ('Жулек', 0, 'district', 'Zhulek rural okrug', KZR, {'subkind': 'rural okrug', 'note': 'the okrug, named after the head noun; the brawl broke out at its meeting in the local house of culture'}),
        ('Сырдарьи', 0, 'facility', 'Syr Darya', N, {'subkind': 'river'}),
        ('Кызылорды', 0, 'city', 'Kyzylorda', KZR, {'note': 'NI:origin of the farm'}),
        ('Шиели', 0, 'village', 'Shieli', KZR, {'note': 'NI:road endpoint'}),
        ('Жанакорган', 0, 'village', 'Zhanakorgan', KZR, {'note': 'NI:road endpoint'}),
        ('Шиели', 1, 'village', 'Shieli', KZR, {'note': 'NI:clinic opened; the district centre'}),
        ('Жулек', 1, 'village', 'Zhulek', KZR, {'note': 'NI:gas promised'}),
        ('Алмалы', 0, 'village', 'Almaly (Shieli district)', KZR, {'note': 'NI:gas promised'}),
        ('Байгекум', 0, 'village', 'Baigekum', KZR, {'note': 'NI:gas promised'}),
        ('Шиели', 2, 'village', 'Shieli', KZR, {'note': 'NI:hospital'}),
        ('Иркола', 0, 'village', 'Irkol', KZR, {'note': 'villagers blocked the road to the ferry crossing for half a day'}),
        ('двух других сёлах округа', 0, 'quantified', '2 other villages', N, {'count': 2, 'unit': 'village', 'note': 'NI:land promised'}),
        ('трёх районах области', 0, 'quantified', '3 districts', N, {'count': 3, 'unit': 'district', 'note': 'NI:disputes, not incidents; all three named'}),
        ('Жалагашском', 0, 'district', 'Zhalagash District', KZR, {'note': 'NI:disputes; in a list sharing "районах"'}),
        ('Сырдарьинском', 0, 'district', 'Syrdarya District', KZR, {'note': 'NI:disputes; in a list sharing "районах"; the district, not the river'}),
        ('Кармакшинском', 0, 'district', 'Karmakshy District', KZR, {'note': 'NI:disputes; in a list sharing "районах"'}),
        ('Астаны', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of the commission'}),
        ('Жулеке', 1, 'village', 'Zhulek', KZR, {'note': 'NI:power cuts, not incidents'}),
        ('Ирколе', 0, 'village', 'Irkol', KZR, {'note': 'NI:power cuts'}),
        ('Жулека', 0, 'village', 'Zhulek', KZR, {'note': 'hay store of a farm burnt in June'}),
        ('Жулека', 1, 'village', 'Zhulek', KZR, {'note': 'NI:residence'}),
        ('Сырдарье', 0, 'facility', 'Syr Darya', N, {'subkind': 'river'}),
        ('Теренозеком', 0, 'village', 'Terenozek', KZR, {'note': 'NI:reference point'}),
     ],
     inc={KZR: (3, "brawl at the akim's meeting with the Zhulek rural okrug, three hurt; in August Irkol villagers blocked the road to the ferry crossing (protest); hay store of a farm burnt on the outskirts of Zhulek in June")}),

dict(id='p012', date='2021-12-01', lang='ru',
     event='2021 new outpatient clinic in Zhibek Zholy, Arshaly district (Akmola Region); road repairs to Volgodonovka and Anar; a car hits a lorry at the exit to the Nur-Sultan-Karaganda highway near the village, two hurt; five villages connected to gas; dacha plots by the Vyacheslav reservoir given to residents of Nur-Sultan',
     text="""Аршалынский район: новая амбулатория и авария у въезда в село
НУР-СУЛТАН, 1 декабря. В селе Жибек Жолы Аршалынского района Акмолинской области открылась врачебная амбулатория на 50 посещений в смену. До сих пор жители села ездили к врачу в Аршалы или в столицу, до которой отсюда около 40 километров.
На открытии аким района Нурлан Бекмагамбетов отчитался о ремонте дорог: в 2021 году отремонтировано 38 километров, в том числе подъезды к Волгодоновке и Анару. Жители Жибек Жолы попросили установить освещение на выезде на трассу Нур-Султан — Караганда, где в прошлую пятницу легковой автомобиль врезался в грузовик; пострадали два человека. Аким пообещал поставить фонари до Нового года.
За год в районе газифицированы ещё пять сёл. Спрашивали и о земле: по словам акима, 120 дачных участков у Вячеславского водохранилища, выданных в 2000-х годах жителям Нур-Султана, изымут, если их не освоят до лета.""",
     ann=[
        ('Аршалынский район', 0, 'district', 'Arshaly District', AKR, {'note': 'headline'}),
        ('НУР-СУЛТАН', 0, 'city', 'Astana', 'Astana', {'note': 'dateline; the capital named Nur-Sultan 2019-2022'}),
        ('Жибек Жолы', 0, 'village', 'Zhibek Zholy (Arshaly district)', AKR, {'note': 'NI:clinic opened'}),
        ('Аршалынского района', 0, 'district', 'Arshaly District', AKR),
        ('Акмолинской области', 0, 'region', AKR, AKR),
        ('Аршалы', 0, 'village', 'Arshaly', AKR, {'note': 'NI:destination of patients; the district centre'}),
        ('Волгодоновке', 0, 'village', 'Volgodonovka', AKR, {'note': 'NI:road repaired'}),
        ('Анару', 0, 'village', 'Anar', AKR, {'note': 'NI:road repaired'}),
        ('Жибек Жолы', 1, 'village', 'Zhibek Zholy (Arshaly district)', AKR, {'note': 'the collision happened at the exit from the village to the highway'}),
        ('Нур-Султан', 0, 'city', 'Astana', 'Astana', {'note': 'NI:road endpoint'}),
        ('Караганда', 0, 'city', 'Karaganda', KR, {'note': 'NI:road endpoint'}),
        ('пять сёл', 0, 'quantified', '5 villages', N, {'count': 5, 'unit': 'village', 'note': 'NI:not about incidents'}),
        ('Вячеславского водохранилища', 0, 'facility', 'Vyacheslav reservoir', AKR, {'subkind': 'reservoir', 'note': 'NI:land plots'}),
        ('Нур-Султана', 0, 'city', 'Astana', 'Astana', {'note': 'NI:residence of plot owners'}),
     ],
     inc={AKR: (1, 'car hits a lorry at the exit from Zhibek Zholy to the Nur-Sultan-Karaganda highway, two hurt')}),

dict(id='p013', date='2014-03-05', lang='ru',
     event='2014 about 80 residents of Baskuduk, Munaily district, gather at the district akimat in the village of Mangistau demanding housing plots (Mangystau Region); queue of newcomers from Zhanaozen, Beineu and Karakalpakstan; plots in Baskuduk and Daulet, a water pipe for Kyzyltobe; Mangistau village vs region; similar gatherings in several regions (unattributed)',
     text="""Мунайлинский район: жители Баскудука пришли к акимату из-за земли
АКТАУ, 5 марта. Около 80 жителей села Баскудук Мунайлинского района Мангистауской области во вторник собрались у здания районного акимата в селе Мангистау. Они требуют выделить им участки под строительство домов, обещанные ещё в 2011 году.
«Мы три года стоим в очереди, а землю вокруг Баскудука раздают приезжим», — сказала многодетная мать Гульнара Сисенова. По её словам, в очереди на участки в районе стоят более 20 тысяч человек, многие из них переехали из Жанаозена, Бейнеу и из Каракалпакстана.
К собравшимся вышел заместитель акима района. Он пообещал, что до конца месяца в Баскудуке и Даулете распределят 1 500 участков, а в селе Кызылтобе начнут прокладывать водопровод. Жители разошлись через два часа.
Мунайлинский район, прилегающий к Актау, считается самым быстрорастущим в Казахстане: за десять лет его население выросло почти втрое. По данным министерства, похожие сходы из-за земли в этом году прошли в нескольких регионах страны.""",
     ann=[
        ('Мунайлинский район', 0, 'district', 'Munaily District', MR, {'note': 'headline'}),
        ('Баскудука', 0, 'village', 'Baskuduk', MR, {'note': 'NI:headline; residence of the protesters'}),
        ('АКТАУ', 0, 'city', 'Aktau', MR, {'note': 'dateline'}),
        ('Баскудук', 0, 'village', 'Baskuduk', MR, {'note': 'NI:residence of the protesters'}),
        ('Мунайлинского района', 0, 'district', 'Munaily District', MR),
        ('Мангистауской области', 0, 'region', MR, MR),
        ('Мангистау', 0, 'village', 'Mangystau (Munaily district)', MR, {'note': 'gathering at the district akimat; the village, centre of Munaily district, not the region'}),
        ('Баскудука', 1, 'village', 'Baskuduk', MR, {'note': 'NI:land distribution'}),
        ('Жанаозена', 0, 'city', 'Zhanaozen', MR, {'note': 'NI:origin of newcomers'}),
        ('Бейнеу', 0, 'village', 'Beineu', MR, {'note': 'NI:origin of newcomers'}),
        ('Каракалпакстана', 0, 'foreign', 'Karakalpakstan', N, {'note': 'NI:origin of newcomers; autonomous republic of Uzbekistan'}),
        ('Баскудуке', 0, 'village', 'Baskuduk', MR, {'note': 'NI:plots promised'}),
        ('Даулете', 0, 'village', 'Daulet', MR, {'note': 'NI:plots promised'}),
        ('Кызылтобе', 0, 'village', 'Kyzyltobe (Munaily district)', MR, {'note': 'NI:water pipe planned'}),
        ('Мунайлинский район', 1, 'district', 'Munaily District', MR, {'note': 'NI:description'}),
        ('Актау', 0, 'city', 'Aktau', MR, {'note': 'NI:reference point'}),
        ('Казахстане', 0, 'country', 'Kazakhstan', N),
        ('нескольких регионах', 0, 'quantified', 'several regions', N, {'count': None, 'unit': 'region', 'note': 'similar gatherings over land in unnamed regions'}),
     ],
     inc={MR: (1, 'gathering of Baskuduk residents at the Munaily district akimat in the village of Mangistau, demanding plots (protest)')},
     unatt=[{'label': 'нескольких регионах', 'count': None, 'note': 'similar gatherings over land in several unnamed regions'}]),

dict(id='p014', date='2000-07-20', lang='ru',
     event="2000 grass fire spreads to Pokrovka, Mamlyut district, burning two houses and a grain store (North Kazakhstan Region); the akim's report in Mamlyutka: water pipes for Ledenevo and Stanovoe from the Bulaevo-Mamlyutka main; buses to Petropavlovsk and to Kokshetau, which passed to Akmola Region in 1999",
     text="""Мамлютский район: пожар в Покровке и водопровод для Леденёво
ПЕТРОПАВЛОВСК, 20 июля. В селе Покровка Мамлютского района в ночь на среду сгорели два жилых дома и зерносклад местного ТОО. Пострадавших нет. Огонь, по данным областного управления по ЧС, перекинулся на дома с загоревшейся сухой травы на окраине села.
Аким района Виктор Шульга в тот же день проводил отчётную встречу в Мамлютке и рассказал, что в Леденёво и Становое до зимы проложат водопровод от водовода «Булаево — Мамлютка». Жители жаловались на дороги: автобус до Петропавловска ходит раз в неделю, а до Кокшетау, куда многие ездят к родственникам с тех пор, как город отошёл к Акмолинской области, можно добраться только через областной центр.
В районе закрыты три малокомплектные школы, сказал аким, но школа в Покровке сохранится.""",
     ann=[
        ('Мамлютский район', 0, 'district', 'Mamlyut District', NKR, {'note': 'headline'}),
        ('Покровке', 0, 'village', 'Pokrovka (Mamlyut district)', NKR, {'note': 'headline'}),
        ('Леденёво', 0, 'village', 'Ledenevo', NKR, {'note': 'NI:headline; water pipe planned'}),
        ('ПЕТРОПАВЛОВСК', 0, 'city', 'Petropavl', NKR, {'note': 'dateline; Russian name of Petropavl'}),
        ('Покровка', 0, 'village', 'Pokrovka (Mamlyut district)', NKR),
        ('Мамлютского района', 0, 'district', 'Mamlyut District', NKR),
        ('Мамлютке', 0, 'city', 'Mamlyutka', NKR, {'note': 'NI:place of the report; the district centre'}),
        ('Леденёво', 1, 'village', 'Ledenevo', NKR, {'note': 'NI:water pipe planned'}),
        ('Становое', 0, 'village', 'Stanovoe', NKR, {'note': 'NI:water pipe planned'}),
        ('Булаево', 0, 'city', 'Bulaevo', NKR, {'note': 'NI:endpoint in the name of the water main'}),
        ('Мамлютка', 0, 'city', 'Mamlyutka', NKR, {'note': 'NI:endpoint in the name of the water main'}),
        ('Петропавловска', 0, 'city', 'Petropavl', NKR, {'note': 'NI:bus destination'}),
        ('Кокшетау', 0, 'city', 'Kokshetau', AKR, {'note': 'NI:bus destination; Akmola Region since 1999'}),
        ('Акмолинской области', 0, 'region', AKR, AKR, {'note': 'NI:transfer of Kokshetau in 1999'}),
        ('Покровке', 1, 'village', 'Pokrovka (Mamlyut district)', NKR, {'note': 'NI:school kept'}),
     ],
     inc={NKR: (1, 'grass fire spreads to Pokrovka, two houses and a grain store burnt')}),

dict(id='p015', date='2022-06-15', lang='ru',
     event='2022 first visiting reception of the akim of the new Ulytau Region (a week old) in the village of Ulytau: road Zhezkazgan-Ulytau, medical post for Koskol; until June 8 the district, Zhezkazgan, Satpayev, Karazhal and Zhanaarka district were in Karaganda Region; a bus with shift workers overturned near Terisakkan in May, seven hurt; mausoleums of Jochi Khan and Alasha Khan; Amangeldy village',
     text="""Улытауский район: первый приём граждан в новой области
ЖЕЗКАЗГАН, 15 июня. Аким новой Улытауской области Бахыт Жумабеков провёл первый выездной приём граждан в селе Улытау — центре одноимённого района. Жители сёл Терсаккан, Коскол и Амангельды просили отремонтировать дорогу Жезказган — Улытау и вернуть фельдшерский пункт в Коскол.
До 8 июня район вместе с Жезказганом, Сатпаевом, Каражалом и Жанааркинским районом входил в Карагандинскую область. Теперь областные управления создаются в Жезказгане, а часть документов, по словам сельчан, «застряла в Караганде».
Аким области сообщил, что на дорогу выделено 2,4 млрд тенге из республиканского бюджета и ремонт начнётся в июле. На участке у Терсаккана в мае перевернулся автобус с вахтовиками, пострадали семь человек.
Жители Улытау спросили и о памятниках: в районе находятся мавзолеи Жошы хана и Алаша хана, и туристов, по словам акима, с каждым годом становится больше.""",
     ann=[
        ('Улытауский район', 0, 'district', 'Ulytau District', UR, {'note': 'headline'}),
        ('ЖЕЗКАЗГАН', 0, 'city', 'Zhezkazgan', UR, {'note': 'dateline; Ulytau Region since 2022-06-08'}),
        ('Улытауской области', 0, 'region', UR, UR, {'note': 'inside the title of the akim'}),
        ('Улытау', 0, 'village', 'Ulytau', UR, {'note': 'NI:place of the reception; the village, centre of the district of the same name'}),
        ('Терсаккан', 0, 'village', 'Terisakkan', UR, {'note': 'NI:residence'}),
        ('Коскол', 0, 'village', 'Koskol', UR, {'note': 'NI:residence'}),
        ('Амангельды', 0, 'village', 'Amangeldy (Ulytau district)', UR, {'note': 'NI:residence; a common village name'}),
        ('Жезказган', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:road endpoint'}),
        ('Улытау', 1, 'village', 'Ulytau', UR, {'note': 'NI:road endpoint'}),
        ('Коскол', 1, 'village', 'Koskol', UR, {'note': 'NI:medical post requested'}),
        ('Жезказганом', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:administrative history'}),
        ('Сатпаевом', 0, 'city', 'Satpayev', UR, {'note': 'NI:administrative history'}),
        ('Каражалом', 0, 'city', 'Karazhal', UR, {'note': 'NI:administrative history'}),
        ('Жанааркинским районом', 0, 'district', 'Zhanaarka District', UR, {'note': 'NI:administrative history'}),
        ('Карагандинскую область', 0, 'region', KR, KR, {'note': 'NI:the former unit'}),
        ('Жезказгане', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:seat of the new region'}),
        ('Караганде', 0, 'city', 'Karaganda', KR, {'note': 'NI:seat of the former region'}),
        ('Терсаккана', 0, 'village', 'Terisakkan', UR, {'note': 'bus with shift workers overturned near the village in May, before the split'}),
        ('Улытау', 2, 'village', 'Ulytau', UR, {'note': 'NI:residence'}),
        ('Жошы хана', 0, 'facility', 'Jochi Khan mausoleum', UR, {'subkind': 'mausoleum', 'note': 'NI:named after a person; in a list sharing "мавзолеи"'}),
        ('Алаша хана', 0, 'facility', 'Alasha Khan mausoleum', UR, {'subkind': 'mausoleum', 'note': 'NI:named after a person; in a list sharing "мавзолеи"'}),
     ],
     inc={UR: (1, 'bus with shift workers overturned near Terisakkan in May 2022, seven hurt; labelled Ulytau Region by the article date')}),

dict(id='p016', date='2025-09-09', lang='ru',
     event='2025 Karasai district akim reports in Kaskelen (Almaty Region, centre Konaev; Taldykorgan now centre of Jetisu Region): three new schools (Irgeli, Shamalgan, Zhana Kurylys microdistrict); a water main bursts in Ushkonyr and floods the cellars of 12 houses on Abai Street; villagers of Zhambyl twice block the Almaty-Bishkek highway over pasture; two buses collide near Shamalgan, 11 hurt; Raiymbek village vs Raiymbek Street; Zhambyl village vs Jambyl Region',
     text="""Карасайский район: земля, школы и дороги — о чём спрашивали акима
КАСКЕЛЕН, 9 сентября. Аким Карасайского района Алматинской области Ерлан Бекетов отчитался перед жителями в Доме культуры Каскелена. Встреча длилась почти четыре часа, вопросы поступали и онлайн — из Шамалгана, Иргели, Райымбека и других сёл района.
Бюджет. Бюджет района на 2025 год составил 62 млрд тенге, треть из них идёт на образование. В следующем году врачебные амбулатории откроют в Кокозеке и Райымбеке, а в Каскелене — поликлинику на 500 посещений.
Школы. К 1 сентября в районе открыты три новые школы: в Иргели на 1 200 мест, в Шамалгане и в микрорайоне Жана Курылыс города Каскелен. Дефицит мест остаётся: в Карасайском районе, который граничит с Алматы, за пять лет число учеников выросло на 40 процентов.
Дороги. Отремонтирована дорога Каскелен — Шамалган, начат ремонт улицы Райымбека в Каскелене. Жители Кокозека пожаловались, что асфальт, положенный в июне, уже разбит грузовиками.
Вода. В посёлке Ушконыр 18 августа прорвало магистральный водопровод, вода затопила подвалы 12 домов на улице Абая. Аким признал, что трубы в последний раз меняли в 1980-х годах.
Земля. Самым острым стал вопрос о 70 гектарах у села Жамбыл, которые сельский сход в 2019 году отвёл под пастбища, а потом они оказались в частной собственности. Жители Жамбыла в августе дважды перекрывали трассу Алматы — Бишкек, требуя вернуть землю. Аким сообщил, что прокуратура Алматинской области оспорила сделку в суде.
Кроме того, в июле на трассе у села Шамалган столкнулись два автобуса с работниками тепличного комплекса; пострадали 11 человек.
Отвечая на вопрос о переезде областных управлений, аким напомнил, что центр области с 2022 года находится в Конаеве, а Талдыкорган стал центром Жетысуской области.""",
     ann=[
        ('Карасайский район', 0, 'district', 'Karasai District', ALR, {'note': 'headline'}),
        ('КАСКЕЛЕН', 0, 'city', 'Kaskelen', ALR, {'note': 'dateline'}),
        ('Карасайского района', 0, 'district', 'Karasai District', ALR),
        ('Алматинской области', 0, 'region', ALR, ALR),
        ('Каскелена', 0, 'city', 'Kaskelen', ALR, {'note': 'NI:place of the report'}),
        ('Шамалгана', 0, 'village', 'Shamalgan', ALR, {'note': 'NI:questions sent'}),
        ('Иргели', 0, 'village', 'Irgeli', ALR, {'note': 'NI:questions sent'}),
        ('Райымбека', 0, 'village', 'Raiymbek (Karasai district)', ALR, {'note': 'NI:questions sent; village named after a person'}),
        ('Кокозеке', 0, 'village', 'Kokozek', ALR, {'note': 'NI:clinic planned'}),
        ('Райымбеке', 0, 'village', 'Raiymbek (Karasai district)', ALR, {'note': 'NI:clinic planned'}),
        ('Каскелене', 0, 'city', 'Kaskelen', ALR, {'note': 'NI:clinic planned'}),
        ('Иргели', 1, 'village', 'Irgeli', ALR, {'note': 'NI:school opened'}),
        ('Шамалгане', 0, 'village', 'Shamalgan', ALR, {'note': 'NI:school opened'}),
        ('Жана Курылыс', 0, 'district', 'Zhana Kurylys (Kaskelen)', ALR, {'subkind': 'microdistrict', 'note': 'NI:school opened'}),
        ('Каскелен', 0, 'city', 'Kaskelen', ALR, {'note': 'NI:school opened'}),
        ('Карасайском районе', 0, 'district', 'Karasai District', ALR, {'note': 'NI:description'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:neighbour'}),
        ('Каскелен', 1, 'city', 'Kaskelen', ALR, {'note': 'NI:road endpoint'}),
        ('Шамалган', 0, 'village', 'Shamalgan', ALR, {'note': 'NI:road endpoint'}),
        ('улицы Райымбека', 0, 'facility', 'Raiymbek Street (Kaskelen)', ALR, {'subkind': 'street', 'note': 'NI:street named after a person; road repair'}),
        ('Каскелене', 1, 'city', 'Kaskelen', ALR, {'note': 'NI:road repair'}),
        ('Кокозека', 0, 'village', 'Kokozek', ALR, {'note': 'NI:complaint about the road'}),
        ('Ушконыр', 0, 'village', 'Ushkonyr', ALR, {'note': 'water main burst, cellars of 12 houses flooded'}),
        ('улице Абая', 0, 'facility', 'Abai Street (Ushkonyr)', ALR, {'subkind': 'street', 'note': 'street named after the poet; not Abai Region'}),
        ('Жамбыл', 0, 'village', 'Zhambyl (Karasai district)', ALR, {'note': 'NI:land dispute; the village, not Jambyl Region'}),
        ('Жамбыла', 0, 'village', 'Zhambyl (Karasai district)', ALR, {'note': 'residence of the protesters who blocked the highway twice'}),
        ('Алматы', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:road endpoint'}),
        ('Бишкек', 0, 'foreign', 'Bishkek', N, {'note': 'NI:road endpoint'}),
        ('Алматинской области', 1, 'region', ALR, ALR, {'note': 'NI:inside the name of an authority'}),
        ('Шамалган', 1, 'village', 'Shamalgan', ALR, {'note': 'collision of two buses near the village'}),
        ('Конаеве', 0, 'city', 'Konaev', ALR, {'note': 'NI:regional centre'}),
        ('Талдыкорган', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:centre of Jetisu Region'}),
        ('Жетысуской области', 0, 'region', JTR, JTR, {'note': 'NI:administrative reference'}),
     ],
     inc={ALR: (4, 'water main burst floods the cellars of 12 houses in Ushkonyr; villagers of Zhambyl twice block the Almaty-Bishkek highway in August (two protests); two buses collide near Shamalgan in July, 11 hurt')}),
]
