"""Russian texts of the seventy-first unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None

DOCS = [
dict(id='p009', date='2023-06-14', lang='ru',
     event='2023 rains in the Chui valley: streets flooded in Tokmok and Kant (Chui Region, Kyrgyzstan; not counted); the Chu (Shu) floods 27 yards in Sortobe and 9 in Masanchi, Kordai district, and a car falls from a bridge in the town of Shu, one dead (Jambyl Region); the Kazakh town Shu and Shu district vs the Kyrgyz Chui Region; Korday and Ak-Zhol checkpoints',
     text="""Паводок в Чуйской долине: вода дошла до Кордайского района
КОРДАЙ, 14 июня. КазТАГ – Ливни, которые третьи сутки идут в Чуйской долине, подняли уровень реки Чу на границе Казахстана и Кыргызстана. Во вторник вечером вода вышла из берегов и подтопила 27 дворов в селе Сортобе Кордайского района Жамбылской области, сообщил департамент по ЧС региона. Ещё девять домов подтоплены в соседнем селе Масанчи. Жителей вывезли в школу, погибших и пострадавших нет. Фермеры опасаются за посевы: по словам главы крестьянского хозяйства из села Карасу, вода второй день стоит на свекловичных полях, но дома в селе не пострадали.

На киргизской стороне положение серьёзнее. По данным МЧС Кыргызстана, в Токмоке и Канте Чуйской области затоплены десятки улиц, в Бишкеке из-за селя была перекрыта часть объездной дороги. Киргизские спасатели попросили казахстанских коллег о помощи с насосами.

Ниже по течению, в городе Шу, в среду утром легковой автомобиль сорвался с моста через реку. Водитель, 46-летний житель Шу, погиб, его пассажира спасли рыбаки. Аким Шуского района Ерлан Токмаков сообщил, что мост закрыт для движения до проверки.

Граница при этом работает: пункт пропуска «Кордай» и соседний киргизский «Ак-Жол» пропускают машины в обычном режиме, хотя на трассе Алматы – Бишкек в районе перевала Кордай из-за тумана образовалась пробка. «Река у нас общая, на казахском её зовут Шу, у соседей – Чу, а беда одна», – сказал житель Сортобе, у которого вода залила подвал.

Синоптики Казгидромета прогнозируют, что дожди в предгорьях продлятся до пятницы. В акимате Жамбылской области в Таразе создан штаб, в Кордайский район направлены 60 спасателей и техника из Тараза и Алматы.""",
     ann=[
        ('Чуйской долине', 0, 'foreign', 'Chui Valley', N, {'subkind': 'valley', 'uncertain': True, 'note': 'headline; the valley of the Chu mostly in Kyrgyzstan'}),
        ('Кордайского района', 0, 'district', 'Kordai District', 'Jambyl Region', {'note': 'headline'}),
        ('КОРДАЙ', 0, 'city', 'Kordai', 'Jambyl Region', {'note': 'dateline'}),
        ('Чуйской долине', 1, 'foreign', 'Chui Valley', N, {'subkind': 'valley', 'uncertain': True, 'note': 'rains; the valley spans both sides of the border'}),
        ('Чу', 0, 'facility', 'Chu River', N, {'subkind': 'river', 'note': 'Russian name of the Shu river'}),
        ('Казахстана', 0, 'country', 'Kazakhstan', N),
        ('Кыргызстана', 0, 'foreign', 'Kyrgyzstan', N),
        ('Сортобе', 0, 'village', 'Sortobe', 'Jambyl Region', {'note': '27 yards flooded'}),
        ('Кордайского района', 1, 'district', 'Kordai District', 'Jambyl Region'),
        ('Жамбылской области', 0, 'region', 'Jambyl Region', 'Jambyl Region'),
        ('Масанчи', 0, 'village', 'Masanchi', 'Jambyl Region', {'note': 'nine houses flooded'}),
        ('Карасу', 0, 'village', 'Karasu (Kordai district)', 'Jambyl Region', {'note': 'fields under water, no houses flooded; part of the one flood; a common village name'}),
        ('Кыргызстана', 1, 'foreign', 'Kyrgyzstan', N, {'note': 'inside the name of an authority (МЧС)'}),
        ('Токмоке', 0, 'foreign', 'Tokmok', N, {'note': 'flooding abroad, not counted'}),
        ('Канте', 0, 'foreign', 'Kant', N),
        ('Чуйской области', 0, 'foreign', 'Chui Region (Kyrgyzstan)', N, {'note': 'the Kyrgyz region, not Shu district of Jambyl Region'}),
        ('Бишкеке', 0, 'foreign', 'Bishkek', N),
        ('Шу', 0, 'city', 'Shu', 'Jambyl Region', {'note': 'a car fell from a bridge into the river, one dead; the Kazakh town, not the Chui Region'}),
        ('Шу', 1, 'city', 'Shu', 'Jambyl Region', {'note': 'NI:residence of the victim'}),
        ('Шуского района', 0, 'district', 'Shu District', 'Jambyl Region', {'note': 'inside the name of an official post (аким)'}),
        ('Кордай', 0, 'facility', 'Korday checkpoint', 'Jambyl Region', {'subkind': 'border checkpoint', 'note': 'NI:name in quotation marks; border working normally'}),
        ('Ак-Жол', 0, 'foreign', 'Ak-Zhol checkpoint (Kyrgyzstan)', N, {'subkind': 'border checkpoint'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:road endpoint'}),
        ('Бишкек', 0, 'foreign', 'Bishkek', N, {'note': 'road endpoint'}),
        ('Кордай', 1, 'facility', 'Kordai Pass', 'Jambyl Region', {'subkind': 'mountain pass', 'note': 'NI:the pass (перевал) named without the head noun; traffic jam in fog, not an incident'}),
        ('Шу', 2, 'facility', 'Chu River', N, {'subkind': 'river', 'note': 'Kazakh name of the river, in a quote'}),
        ('Чу', 1, 'facility', 'Chu River', N, {'subkind': 'river', 'note': 'Russian name of the river, in a quote'}),
        ('Сортобе', 1, 'village', 'Sortobe', 'Jambyl Region', {'note': 'residence of the quoted man; part of the same flood'}),
        ('Жамбылской области', 1, 'region', 'Jambyl Region', 'Jambyl Region', {'note': 'inside the name of an authority (акимат)'}),
        ('Таразе', 0, 'city', 'Taraz', 'Jambyl Region', {'note': 'NI:seat of the headquarters'}),
        ('Кордайский район', 0, 'district', 'Kordai District', 'Jambyl Region', {'note': 'NI:rescuers sent'}),
        ('Тараза', 0, 'city', 'Taraz', 'Jambyl Region', {'note': 'NI:origin of rescuers'}),
        ('Алматы', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of rescuers'}),
     ],
     inc={'Jambyl Region': (2, 'flood: the Chu flooded 27 yards in Sortobe and nine houses in Masanchi, Kordai district (one flood); a car fell from a bridge in Shu, driver killed')}),

dict(id='p010', date='2005-03-25', lang='ru',
     event='2005 Tulip Revolution in Kyrgyzstan (looting in Bishkek, seizures in Osh and Jalal-Abad; not counted): Kazakhstan tightens the Korday checkpoint; Kazakh students return from Bishkek to Almaty and Taraz; no incident in Kazakhstan',
     text="""Казахстан усилил охрану границы после беспорядков в Бишкеке
АЛМАТЫ, 25 марта. Интерфакс-Казахстан – Казахстан усилил охрану границы с Киргизией после того, как в четверг в Бишкеке оппозиция захватила здание правительства, а ночью в центре киргизской столицы были разграблены десятки магазинов. Ранее протестующие взяли под контроль администрации в Оше и Джалал-Абаде.
Пункт пропуска Кордай в Жамбылской области работает, но пограничники тщательно досматривают все машины, сообщила пресс-служба погранслужбы КНБ Казахстана. По словам водителей, очередь на въезд растянулась на несколько километров до самой Кара-Балты.
В пятницу в Алматы и Тараз вернулись около 300 казахстанских студентов, учившихся в бишкекских вузах. «Ночью стреляли, мы не спали», – рассказала студентка из Тараза. МИД республики заявил, что среди пострадавших граждан Казахстана нет.""",
     ann=[
        ('Казахстан', 0, 'country', 'Kazakhstan', N, {'note': 'headline'}),
        ('Бишкеке', 0, 'foreign', 'Bishkek', N, {'note': 'headline'}),
        ('АЛМАТЫ', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Казахстан', 2, 'country', 'Kazakhstan', N),
        ('Киргизией', 0, 'foreign', 'Kyrgyzstan', N),
        ('Бишкеке', 1, 'foreign', 'Bishkek', N, {'note': 'seizure and looting abroad, not counted'}),
        ('Оше', 0, 'foreign', 'Osh', N),
        ('Джалал-Абаде', 0, 'foreign', 'Jalal-Abad', N),
        ('Кордай', 0, 'facility', 'Korday checkpoint', 'Jambyl Region', {'subkind': 'border checkpoint', 'note': 'NI:stricter checks, not an incident'}),
        ('Жамбылской области', 0, 'region', 'Jambyl Region', 'Jambyl Region', {'note': 'NI:location of the checkpoint'}),
        ('Казахстана', 0, 'country', 'Kazakhstan', N, {'note': 'inside the name of an authority (КНБ)'}),
        ('Кара-Балты', 0, 'foreign', 'Kara-Balta', N, {'note': 'the queue stretched back to the Kyrgyz town'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:destination of returning students'}),
        ('Тараз', 0, 'city', 'Taraz', 'Jambyl Region', {'note': 'NI:destination of returning students'}),
        ('Тараза', 0, 'city', 'Taraz', 'Jambyl Region', {'note': 'NI:origin of a student'}),
        ('Казахстана', 1, 'country', 'Kazakhstan', N),
     ],
     inc={}),

dict(id='p011', date='2003-09-22', lang='ru',
     event='2003 reed fire from the Volga delta in Astrakhan Oblast (Russia) crosses the Kigach into Kurmangazy district and burns two wintering camps near Ganyushkino (Atyrau Region); fishermen from Atyrau',
     text="""Пожар камыша из Астраханской области перекинулся на Атыраускую область
АТЫРАУ, 22 сентября. Казинформ – Степной пожар, начавшийся в субботу в дельте Волги на территории Астраханской области России, в воскресенье перекинулся через протоку Кигач на казахстанскую сторону и охватил камышовые заросли в Курмангазинском районе Атырауской области.
По данным областного управления по ЧС, огонь уничтожил две зимовки и около 40 тонн сена в пяти километрах от райцентра Ганюшкино. Люди не пострадали. Рыбаков из Атырау, ночевавших на берегу, эвакуировали на лодках.
«Камыш горит каждую осень, но так близко к посёлку огонь не подходил лет десять», – сказал аким сельского округа. Тушение осложняет сильный ветер с Каспия. Российские пожарные из Астрахани работают на своей стороне протоки.""",
     ann=[
        ('Астраханской области', 0, 'foreign', 'Astrakhan Oblast', N, {'note': 'headline'}),
        ('Атыраускую область', 0, 'region', 'Atyrau Region', 'Atyrau Region', {'note': 'headline'}),
        ('АТЫРАУ', 0, 'city', 'Atyrau', 'Atyrau Region', {'note': 'dateline'}),
        ('Волги', 0, 'facility', 'Volga River', N, {'subkind': 'river', 'note': 'the delta lies in Russia'}),
        ('Астраханской области', 1, 'foreign', 'Astrakhan Oblast', N, {'note': 'the fire started abroad, not counted'}),
        ('России', 0, 'foreign', 'Russia', N),
        ('Кигач', 0, 'facility', 'Kigach River', N, {'subkind': 'river', 'note': 'Volga branch (протока) on the border'}),
        ('Курмангазинском районе', 0, 'district', 'Kurmangazy District', 'Atyrau Region'),
        ('Атырауской области', 0, 'region', 'Atyrau Region', 'Atyrau Region'),
        ('Ганюшкино', 0, 'village', 'Kurmangazy (Ganyushkino)', 'Atyrau Region', {'note': 'NI:reference point; district centre (later renamed Kurmangazy)'}),
        ('Атырау', 0, 'city', 'Atyrau', 'Atyrau Region', {'note': 'NI:origin of fishermen'}),
        ('Каспия', 0, 'facility', 'Caspian Sea', N, {'subkind': 'sea'}),
        ('Астрахани', 0, 'foreign', 'Astrakhan', N, {'note': 'origin of Russian firefighters'}),
     ],
     inc={'Atyrau Region': (1, 'reed fire crossing from Astrakhan Oblast burned two wintering camps and hay in Kurmangazy district')}),

dict(id='p012', date='1992-08-10', lang='ru',
     event='1992 bus of Alma-Ata tourists falls into a gorge near Karakol (the former Przhevalsk, Issyk-Kul Region, Kyrgyzstan; not counted) after crossing from Kegen; mudflow washes away a bridge and five houses in Tekes, Narynkol district (Almaty Region)',
     text="""Автобус с алма-атинскими туристами упал в ущелье под Караколом
АЛМА-АТА, 10 августа. КазТАГ – Четыре человека погибли и 19 получили травмы, когда в воскресенье туристический автобус из Алма-Аты сорвался с горной дороги в ущелье в 30 километрах от Каракола (бывший Пржевальск) Иссык-Кульской области Кыргызстана. Группа ехала на озеро через Кеген и пограничный перевал Каркара, сообщили в МИД Казахстана.
Пострадавших доставили в больницу Каракола, семерых тяжелораненых вертолётом перевезут в Алма-Ату.
В тот же день сель, сошедший после ливня в горах, смыл мост и пять жилых домов в селе Текес Нарынкольского района Алма-Атинской области. Жители успели уйти, погибших нет. Дорога из Нарынкола на Кеген перекрыта. По словам местных жителей, такого селя в долине Текеса не было с 1960-х годов.""",
     ann=[
        ('Караколом', 0, 'foreign', 'Karakol (Kyrgyzstan)', N, {'note': 'headline; accident abroad, not counted'}),
        ('АЛМА-АТА', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline; Soviet and Russian name'}),
        ('Алма-Аты', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of the bus'}),
        ('Каракола', 0, 'foreign', 'Karakol (Kyrgyzstan)', N, {'note': 'reference point abroad'}),
        ('Пржевальск', 0, 'foreign', 'Karakol (Kyrgyzstan)', N, {'note': 'Soviet name of Karakol'}),
        ('Иссык-Кульской области', 0, 'foreign', 'Issyk-Kul Region (Kyrgyzstan)', N),
        ('Кыргызстана', 0, 'foreign', 'Kyrgyzstan', N),
        ('Кеген', 0, 'village', 'Kegen', 'Almaty Region', {'note': 'NI:route point'}),
        ('Каркара', 0, 'facility', 'Karkara Pass', 'Almaty Region', {'subkind': 'mountain pass', 'uncertain': True, 'note': 'NI:route point; the border pass, on the line between Kazakhstan and Kyrgyzstan'}),
        ('Казахстана', 0, 'country', 'Kazakhstan', N, {'note': 'inside the name of an authority (МИД)'}),
        ('Каракола', 1, 'foreign', 'Karakol (Kyrgyzstan)', N, {'note': 'hospital abroad'}),
        ('Алма-Ату', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:destination of the airlift'}),
        ('Текес', 0, 'village', 'Tekes', 'Almaty Region', {'note': 'mudflow washed away a bridge and five houses'}),
        ('Нарынкольского района', 0, 'district', 'Narynkol District', 'Almaty Region'),
        ('Алма-Атинской области', 0, 'region', 'Almaty Region', 'Almaty Region'),
        ('Нарынкола', 0, 'village', 'Narynkol', 'Almaty Region', {'note': 'NI:road endpoint'}),
        ('Кеген', 1, 'village', 'Kegen', 'Almaty Region', {'note': 'NI:road endpoint'}),
        ('Текеса', 0, 'facility', 'Tekes Valley', N, {'subkind': 'valley', 'note': 'valley of the Tekes river in Almaty Region'}),
     ],
     inc={'Almaty Region': (1, 'mudflow washed away a bridge and five houses in Tekes, Narynkol district; the bus accident near Karakol is abroad')}),

dict(id='p013', date='2022-07-05', lang='ru',
     event='2022 unrest in Nukus, Karakalpakstan (Uzbekistan; not counted): queues at the Tazhen checkpoint (Beineu district), 20 containers burn at the Beineu market, a bus with Uzbek citizens overturns near Shetpe on the Beineu-Aktau road (Mangystau Region); relatives in Aktau and Shymkent; ministry in Nur-Sultan; state of emergency in Karakalpakstan',
     text="""События в Каракалпакстане: что происходит на казахстанской стороне границы
БЕЙНЕУ, 5 июля. Vlast.kz – После беспорядков в Нукусе, где 1 и 2 июля протестующие вышли на улицы против поправок к конституции Узбекистана, на пункте пропуска «Тажен» в Бейнеуском районе Мангистауской области скопились сотни машин. Узбекская сторона на посту «Даут-Ата» пропускает транспорт с задержками, в Каракалпакстане действует режим чрезвычайного положения и отключён мобильный интернет.

Многие каракалпаки, работающие в Мангистау, пытаются связаться с родными. «Мама в Кунграде, брат в Нукусе, третий день не могу дозвониться», – рассказал строитель, который живёт в Актау. Похожие истории мы услышали от торговцев, приехавших в Бейнеу из Шымкента.

В ночь на понедельник на рынке в Бейнеу сгорели 20 контейнеров с одеждой и продуктами. По данным полиции, поджога не было: причиной назвали замыкание проводки. Ущерб торговцы оценивают в 30 млн тенге. По их словам, покупателей из Узбекистана стало вдвое меньше: обычно по выходным в Бейнеу за стройматериалами и бытовой техникой приезжают жители Кунграда и Тахиаташа, а теперь дорога с той стороны почти пуста.

Утром во вторник на трассе Бейнеу – Актау недалеко от Шетпе опрокинулся микроавтобус, в котором ехали граждане Узбекистана, возвращавшиеся на заработки. Пострадали семь человек, их доставили в больницу Шетпе, двоих – в Актау.

В МИД в Нур-Султане заявили, что ситуация на границе под контролем и граждане Казахстана среди пострадавших в Нукусе не значатся. Власти Узбекистана сообщили о 18 погибших в Каракалпакстане. Пограничная служба КНБ Казахстана пока не фиксирует роста числа людей, пересекающих границу с Узбекистаном в сторону Казахстана.""",
     ann=[
        ('Каракалпакстане', 0, 'foreign', 'Karakalpakstan', N, {'note': 'headline; autonomous republic of Uzbekistan'}),
        ('БЕЙНЕУ', 0, 'village', 'Beineu', 'Mangystau Region', {'note': 'dateline'}),
        ('Нукусе', 0, 'foreign', 'Nukus', N, {'note': 'unrest abroad, not counted'}),
        ('Узбекистана', 0, 'foreign', 'Uzbekistan', N, {'note': 'inside "конституции Узбекистана"'}),
        ('Тажен', 0, 'facility', 'Tazhen checkpoint', 'Mangystau Region', {'subkind': 'border checkpoint', 'note': 'NI:queue of vehicles, not an incident'}),
        ('Бейнеуском районе', 0, 'district', 'Beineu District', 'Mangystau Region'),
        ('Мангистауской области', 0, 'region', 'Mangystau Region', 'Mangystau Region'),
        ('Даут-Ата', 0, 'foreign', 'Daut-Ata checkpoint (Uzbekistan)', N, {'subkind': 'border checkpoint'}),
        ('Каракалпакстане', 1, 'foreign', 'Karakalpakstan', N, {'note': 'state of emergency abroad'}),
        ('Мангистау', 0, 'region', 'Mangystau Region', 'Mangystau Region', {'note': 'NI:workplace of migrants; bare region name'}),
        ('Кунграде', 0, 'foreign', 'Kungrad', N),
        ('Нукусе', 1, 'foreign', 'Nukus', N),
        ('Актау', 0, 'city', 'Aktau', 'Mangystau Region', {'note': 'NI:residence'}),
        ('Бейнеу', 0, 'village', 'Beineu', 'Mangystau Region', {'note': 'NI:destination of traders'}),
        ('Шымкента', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:origin of traders'}),
        ('Бейнеу', 1, 'village', 'Beineu', 'Mangystau Region', {'note': 'fire at the market: 20 containers'}),
        ('Узбекистана', 1, 'foreign', 'Uzbekistan', N),
        ('Бейнеу', 2, 'village', 'Beineu', 'Mangystau Region', {'note': 'NI:destination of shoppers'}),
        ('Кунграда', 0, 'foreign', 'Kungrad', N),
        ('Тахиаташа', 0, 'foreign', 'Takhiatash', N),
        ('Бейнеу', 3, 'village', 'Beineu', 'Mangystau Region', {'note': 'NI:road endpoint'}),
        ('Актау', 1, 'city', 'Aktau', 'Mangystau Region', {'note': 'NI:road endpoint'}),
        ('Шетпе', 0, 'village', 'Shetpe', 'Mangystau Region', {'note': 'minibus overturned nearby'}),
        ('Узбекистана', 2, 'foreign', 'Uzbekistan', N),
        ('Шетпе', 1, 'village', 'Shetpe', 'Mangystau Region', {'note': 'NI:hospital'}),
        ('Актау', 2, 'city', 'Aktau', 'Mangystau Region', {'note': 'NI:hospital'}),
        ('Нур-Султане', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the ministry; the capital named Nur-Sultan until 2022-09-17'}),
        ('Казахстана', 0, 'country', 'Kazakhstan', N),
        ('Нукусе', 2, 'foreign', 'Nukus', N),
        ('Узбекистана', 3, 'foreign', 'Uzbekistan', N, {'note': 'inside "Власти Узбекистана"'}),
        ('Каракалпакстане', 2, 'foreign', 'Karakalpakstan', N, {'note': 'deaths abroad, not counted'}),
        ('Казахстана', 1, 'country', 'Kazakhstan', N, {'note': 'inside the name of an authority (КНБ)'}),
        ('Узбекистаном', 0, 'foreign', 'Uzbekistan', N),
        ('Казахстана', 2, 'country', 'Kazakhstan', N),
     ],
     inc={'Mangystau Region': (2, 'fire of 20 containers at the Beineu market; minibus overturned near Shetpe on the Beineu-Aktau road, seven hurt; the queue at Tazhen is not an incident')}),

dict(id='p014', date='2015-12-08', lang='ru',
     event='2015 Barnaul-Pavlodar bus overturns in a blizzard near Sharbakty (Pavlodar Region), one dead, 14 hurt; passengers from Altai Krai (Rubtsovsk, Slavgorod); Kulunda checkpoint closed',
     text="""Автобус «Барнаул – Павлодар» опрокинулся под Шарбакты
ПАВЛОДАР, 8 декабря. КазТАГ – Рейсовый автобус, следовавший из Барнаула в Павлодар, в понедельник вечером опрокинулся в кювет в десяти километрах от села Шарбакты. Одна пассажирка погибла, ещё 14 человек госпитализированы, сообщили в департаменте полиции Павлодарской области.
Большинство пассажиров – граждане России из Алтайского края, в том числе из Рубцовска и Славгорода, ехавшие к родственникам и на лечение. Пострадавших доставили в районную больницу в Шарбакты, троих в тяжёлом состоянии – в Павлодар.
По предварительным данным, водитель не справился с управлением во время метели. Накануне из-за снежных заносов на несколько часов закрывали пункт пропуска у российского посёлка Кулунда. Генконсульство России в Усть-Каменогорске следит за ситуацией.""",
     ann=[
        ('Барнаул', 0, 'foreign', 'Barnaul', N, {'note': 'headline; route endpoint in Russia'}),
        ('Павлодар', 0, 'city', 'Pavlodar', 'Pavlodar Region', {'note': 'NI:headline; route endpoint'}),
        ('Шарбакты', 0, 'village', 'Sharbakty', 'Pavlodar Region', {'note': 'headline; reference point for the crash site'}),
        ('ПАВЛОДАР', 0, 'city', 'Pavlodar', 'Pavlodar Region', {'note': 'dateline'}),
        ('Барнаула', 0, 'foreign', 'Barnaul', N, {'note': 'route endpoint'}),
        ('Павлодар', 1, 'city', 'Pavlodar', 'Pavlodar Region', {'note': 'NI:route endpoint'}),
        ('Шарбакты', 1, 'village', 'Sharbakty', 'Pavlodar Region', {'note': 'the bus overturned 10 km from the village'}),
        ('Павлодарской области', 0, 'region', 'Pavlodar Region', 'Pavlodar Region', {'note': 'inside the name of an authority (police department)'}),
        ('России', 0, 'foreign', 'Russia', N),
        ('Алтайского края', 0, 'foreign', 'Altai Krai', N),
        ('Рубцовска', 0, 'foreign', 'Rubtsovsk', N),
        ('Славгорода', 0, 'foreign', 'Slavgorod', N),
        ('Шарбакты', 2, 'village', 'Sharbakty', 'Pavlodar Region', {'note': 'NI:hospital'}),
        ('Павлодар', 2, 'city', 'Pavlodar', 'Pavlodar Region', {'note': 'NI:hospital'}),
        ('Кулунда', 0, 'foreign', 'Kulunda', N, {'note': 'Russian settlement at the checkpoint; closure, not an incident'}),
        ('России', 1, 'foreign', 'Russia', N, {'note': 'inside the name of an authority (consulate)'}),
        ('Усть-Каменогорске', 0, 'city', 'Oskemen', 'East Kazakhstan Region', {'note': 'NI:seat of the Russian consulate; Russian name of Oskemen'}),
     ],
     inc={'Pavlodar Region': (1, 'bus overturned in a blizzard 10 km from Sharbakty, one dead, 14 hurt')}),

dict(id='p015', date='2018-02-17', lang='ru',
     event='2018 gas explosion in a cafe in Saryagash with Uzbek visitors from Tashkent, six hurt (South Kazakhstan Region before the 2018 split); victims taken to Shymkent; Zhibek Zholy checkpoint; the sanatorium «Сарыагаш» as a trap',
     text="""Взрыв газа в кафе в Сарыагаше: пострадали шесть человек
ШЫМКЕНТ, 17 февраля. Казинформ – В пятницу вечером в кафе на центральной улице Сарыагаша взорвался газовый баллон. Пострадали шесть человек, среди них трое граждан Узбекистана, приехавших из Ташкента, сообщил департамент по ЧС Южно-Казахстанской области.
Двоих пострадавших с ожогами вертолётом санавиации доставили в ожоговый центр Шымкента, остальным помощь оказали в районной больнице. Владелец кафе задержан.
С начала года через пункт пропуска «Жибек жолы» в Сарыагашском районе на лечение в местные санатории въехали более 20 тысяч граждан Узбекистана. По словам отдыхающих, после взрыва некоторые перенесли процедуры и уехали в Ташкент. Администрация санатория «Сарыагаш» заявила, что работает в обычном режиме.""",
     ann=[
        ('Сарыагаше', 0, 'city', 'Saryagash', 'South Kazakhstan Region', {'note': 'headline; South Kazakhstan Region before 2018-06-19'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', 'South Kazakhstan Region', {'note': 'dateline; in South Kazakhstan Region before 2018-06-19'}),
        ('Сарыагаша', 0, 'city', 'Saryagash', 'South Kazakhstan Region', {'note': 'gas cylinder explosion in a cafe'}),
        ('Узбекистана', 0, 'foreign', 'Uzbekistan', N),
        ('Ташкента', 0, 'foreign', 'Tashkent', N, {'note': 'origin of victims'}),
        ('Южно-Казахстанской области', 0, 'region', 'South Kazakhstan Region', 'South Kazakhstan Region', {'note': 'inside the name of an authority'}),
        ('Шымкента', 0, 'city', 'Shymkent', 'South Kazakhstan Region', {'note': 'NI:hospital (burns centre)'}),
        ('Жибек жолы', 0, 'facility', 'Zhibek Zholy checkpoint', 'South Kazakhstan Region', {'subkind': 'border checkpoint', 'note': 'NI:name in quotation marks; traffic statistics'}),
        ('Сарыагашском районе', 0, 'district', 'Saryagash District', 'South Kazakhstan Region', {'note': 'NI:location of the checkpoint'}),
        ('Узбекистана', 1, 'foreign', 'Uzbekistan', N),
        ('Ташкент', 0, 'foreign', 'Tashkent', N),
        ('Сарыагаш', 0, 'facility', 'Saryagash sanatorium', 'South Kazakhstan Region', {'subkind': 'sanatorium', 'note': 'NI:name of a sanatorium in quotation marks, not the town; working normally'}),
     ],
     inc={'South Kazakhstan Region': (1, 'gas cylinder explosion in a cafe in Saryagash, six hurt')}),

dict(id='p016', date='2025-09-09', lang='ru',
     event='2025 warehouse fire at the International Centre for Boundary Cooperation «Хоргос» (Jetisu Region); the Chinese city of Horgos vs the Kazakh village Khorgos; crews from Zharkent and the Nur Zholy checkpoint; the company «Хоргос-Логистик» (not annotated)',
     text="""Пожар на складе в МЦПС «Хоргос»
ЖАРКЕНТ, 9 сентября. КазТАГ – На территории Международного центра приграничного сотрудничества «Хоргос» во вторник загорелся склад с текстилем, сообщил департамент по ЧС области Жетісу. Огонь охватил 600 квадратных метров, пострадавших нет.
На тушение направили расчёты из Жаркента и из пожарной части при пункте пропуска «Нұр жолы». Из-за пожара казахстанскую часть центра на несколько часов закрыли для посетителей, китайская часть, примыкающая к городу Хоргос в Синьцзяне, работала как обычно.
По данным компании «Хоргос-Логистик», которой принадлежит склад, в нём хранились товары нескольких предпринимателей из Алматы. Жители села Хоргос Панфиловского района рассказали, что видели столб дыма ещё с утра.""",
     ann=[
        ('Хоргос', 0, 'facility', 'ICBC Khorgos', 'Jetisu Region', {'subkind': 'trade zone', 'note': 'headline; International Centre for Boundary Cooperation, name in quotation marks'}),
        ('ЖАРКЕНТ', 0, 'city', 'Zharkent', 'Jetisu Region', {'note': 'dateline; Jetisu Region since 2022-06-08'}),
        ('Хоргос', 1, 'facility', 'ICBC Khorgos', 'Jetisu Region', {'subkind': 'trade zone', 'note': 'warehouse fire; name in quotation marks'}),
        ('Жетісу', 0, 'region', 'Jetisu Region', 'Jetisu Region', {'note': 'inside the name of an authority; Kazakh form of the region name in a Russian text'}),
        ('Жаркента', 0, 'city', 'Zharkent', 'Jetisu Region', {'note': 'NI:origin of fire crews'}),
        ('Нұр жолы', 0, 'facility', 'Nur Zholy checkpoint', 'Jetisu Region', {'subkind': 'border checkpoint', 'note': 'NI:fire station at the checkpoint; name in quotation marks'}),
        ('Хоргос', 2, 'foreign', 'Horgos (China)', N, {'note': 'the Chinese city, not the Kazakh village or the centre'}),
        ('Синьцзяне', 0, 'foreign', 'Xinjiang', N),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of entrepreneurs'}),
        ('Хоргос', 4, 'village', 'Khorgos', 'Jetisu Region', {'note': 'NI:residence of witnesses'}),
        ('Панфиловского района', 0, 'district', 'Panfilov District', 'Jetisu Region', {'note': 'NI:location of the village'}),
     ],
     inc={'Jetisu Region': (1, 'warehouse fire at the ICBC «Хоргос»')}),

]
