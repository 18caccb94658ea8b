"""Russian texts of the sixty-first unseen check corpus."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p009', date='2022-06-20', lang='ru',
     event='2022 hostage taking in a microcredit office on Shakarim Street in Semey, twelve days after Abai Region was created (Abai Region); attacker from Kurchatov; negotiator brought from Ust-Kamenogorsk (East Kazakhstan Region)',
     text="""В Семее мужчина захватил заложниц в офисе микрокредитной организации
СЕМЕЙ, 20 июня — Мужчина с ножом около трёх часов дня захватил двух сотрудниц офиса микрокредитной организации на улице Шакарима в Семее и потребовал вернуть ему залог — автомобиль, сообщили в департаменте полиции области Абай.
Спустя два часа переговоров бойцы спецподразделения освободили женщин, захватчик задержан. Пострадавших нет. Задержанный — 41-летний житель Курчатова, ранее судимый.
Это первый захват заложников в новой области Абай, образованной 8 июня из западной части Восточно-Казахстанской области. По словам начальника департамента, часть спецподразделений пока остаётся в Усть-Каменогорске, поэтому опытного переговорщика пришлось везти оттуда на вертолёте.
Возбуждено уголовное дело по статье «Захват заложника». Задержанному грозит до десяти лет лишения свободы.""",
     ann=[
        ('Семее', 0, 'city', 'Semey', ABR, {'note': 'headline; Abai Region since 2022-06-08'}),
        ('СЕМЕЙ', 0, 'city', 'Semey', ABR, {'note': 'dateline'}),
        ('улице Шакарима', 0, 'facility', 'Shakarim Street (Semey)', ABR, {'subkind': 'street', 'note': 'street named after a person'}),
        ('Семее', 1, 'city', 'Semey', ABR, {'note': 'hostage taking'}),
        ('области Абай', 0, 'region', ABR, ABR, {'note': 'inside the name of an authority; the official Russian name puts "область" first'}),
        ('Курчатова', 0, 'city', 'Kurchatov', ABR, {'note': "NI:attacker's residence"}),
        ('области Абай', 1, 'region', ABR, ABR, {'note': 'the new region'}),
        ('Восточно-Казахстанской области', 0, 'region', EKR, EKR, {'note': 'NI:the region Abai Region was split from'}),
        ('Усть-Каменогорске', 0, 'city', 'Oskemen', EKR, {'note': 'NI:base of the special units; Russian name of Oskemen'}),
     ],
     inc={ABR: (1, 'two employees of a microcredit office in Semey held hostage for two hours')}),

dict(id='p010', date='2023-09-18', lang='ru',
     event='2023 mass brawl between the villages of Ekiasha and Koilyk (Sarkand district, Jetisu Region), nine hurt, a car burnt; background: deadly brawl in Ekiasha in August 2021, when the district was in Almaty Region (labelled Jetisu Region by the article date); a man shoots at a policeman in Taldykorgan; commission and compensation; national statistics (not counted)',
     text="""Массовая драка в Саркандском районе: задержаны 12 человек, в район направлена комиссия
ТАЛДЫКОРГАН, 18 сентября — Двенадцать человек задержаны после массовой драки между жителями сёл Екиаша и Койлык Саркандского района, сообщили в департаменте полиции области Жетісу. Драка, в которой, по данным полиции, участвовали около 80 человек, произошла в субботу вечером на окраине Койлыка. Девять человек госпитализированы в Сарканде, один из них — с огнестрельным ранением. Участники драки также подожгли автомобиль.

Жители Койлыка рассказывают, что напряжённость выросла весной, когда районный акимат перераспределил участки пастбищ. Часть скота из Екиаши теперь пасётся на землях, закреплённых за соседним селом, и наоборот, а пастухи обеих сторон не раз ссорились на выгоне.

Поводом, как считают в полиции, стал давний спор о пастбищах у подножия Джунгарского Алатау. Это не первый конфликт между сёлами. В августе 2021 года, когда район ещё входил в состав Алматинской области, драка на сельском сходе в Екиаше закончилась гибелью 19-летнего парня. Тогда суд в Талдыкоргане приговорил двоих её участников к восьми годам лишения свободы.

Аким области Жетісу Нурлан Кыдырбаев распорядился создать комиссию, которая в понедельник выехала в Сарканд. «Мы разберёмся с каждым гектаром пастбищ и выплатим компенсацию семьям пострадавших», — сказал он журналистам.

В субботу же вечером в самом Талдыкоргане мужчина выстрелил из травматического пистолета в полицейского, который пытался задержать его на улице Кабанбай батыра после жалобы соседей. Офицер получил ранение в руку, нападавший задержан.

В МВД в Астане сообщили, что с начала года в стране зарегистрированы 14 массовых драк, большинство из них — в сельской местности. Министерство предложило ввести уголовную ответственность за организацию таких драк.""",
     ann=[
        ('Саркандском районе', 0, 'district', 'Sarkand District', JTR, {'note': 'headline; Jetisu Region since 2022-06-08'}),
        ('ТАЛДЫКОРГАН', 0, 'city', 'Taldykorgan', JTR, {'note': 'dateline'}),
        ('Екиаша', 0, 'village', 'Ekiasha', JTR, {'note': "residents of the two villages; in a list sharing \"сёл\""}),
        ('Койлык', 0, 'village', 'Koilyk', JTR, {'note': "in a list sharing \"сёл\""}),
        ('Саркандского района', 0, 'district', 'Sarkand District', JTR),
        ('области Жетісу', 0, 'region', JTR, JTR, {'note': 'inside the name of an authority; Kazakh spelling of the name in a Russian text'}),
        ('Койлыка', 0, 'village', 'Koilyk', JTR, {'note': 'the brawl on the outskirts of the village'}),
        ('Сарканде', 0, 'city', 'Sarkand', JTR, {'note': 'NI:hospital'}),
        ('Койлыка', 1, 'village', 'Koilyk', JTR, {'note': "NI:residents' account"}),
        ('Екиаши', 0, 'village', 'Ekiasha', JTR, {'note': 'NI:livestock from the village'}),
        ('Джунгарского Алатау', 0, 'facility', 'Dzungarian Alatau', N, {'subkind': 'mountain range', 'note': 'range on the Kazakhstan-China border'}),
        ('Алматинской области', 0, 'region', ALR, ALR, {'note': 'NI:the former unit of the district (before 2022-06-08)'}),
        ('Екиаше', 0, 'village', 'Ekiasha', JTR, {'note': 'background: deadly brawl in August 2021, labelled by the article date (2023)'}),
        ('Талдыкоргане', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:seat of the court'}),
        ('области Жетісу', 1, 'region', JTR, JTR, {'note': 'inside an official post (akim)'}),
        ('Сарканд', 0, 'city', 'Sarkand', JTR, {'note': 'NI:destination of the commission'}),
        ('Талдыкоргане', 1, 'city', 'Taldykorgan', JTR, {'note': 'a man shot at a policeman'}),
        ('улице Кабанбай батыра', 0, 'facility', 'Kabanbai Batyr Street (Taldykorgan)', JTR, {'subkind': 'street', 'note': 'street named after a person'}),
        ('Астане', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the ministry'}),
     ],
     inc={JTR: (3, 'mass brawl on the outskirts of Koilyk, car burnt; a man shot at a policeman in Taldykorgan; background: deadly brawl in Ekiasha in August 2021 (narrated); the 14 brawls nationwide are a statistic')}),

dict(id='p011', date='1998-03-05', lang='ru',
     event='1998 armed man seizes a bus with 17 passengers in Akmola, the new capital (Astana), surrenders after four hours; Akmola Region police department (the region, not the city); hostage taker from Temirtau; capital moved from Almaty',
     text="""В Акмоле вооружённый мужчина захватил автобус с пассажирами
АКМОЛА, 5 марта — Мужчина, вооружённый обрезом, утром захватил рейсовый автобус с 17 пассажирами на привокзальной площади новой столицы и потребовал предоставить ему машину и деньги, сообщили в управлении внутренних дел Акмолинской области.
После четырёх часов переговоров сотрудники полиции и КНБ уговорили его отпустить пассажиров и сдаться. Никто не пострадал. Захватчиком оказался 29-летний безработный житель Темиртау, который, по словам полицейских, приехал в Акмолу на заработки на стройках столицы.
Столица переехала в Акмолу из Алматы в декабре прошлого года, и власти спешно усиливают охрану города. Накануне в Акмолу из Алматы прибыли ещё 300 сотрудников внутренних войск.""",
     ann=[
        ('Акмоле', 0, 'city', 'Astana', 'Astana', {'note': 'headline; the capital, named Akmola until May 1998'}),
        ('АКМОЛА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Акмолинской области', 0, 'region', AKR, AKR, {'note': 'NI:inside the name of an authority; the region, not the city'}),
        ('Темиртау', 0, 'city', 'Temirtau', KR, {'note': "NI:hostage taker's residence"}),
        ('Акмолу', 0, 'city', 'Astana', 'Astana', {'note': 'NI:where he came to work'}),
        ('Акмолу', 1, 'city', 'Astana', 'Astana', {'note': 'NI:the capital moved here'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:former capital'}),
        ('Акмолу', 2, 'city', 'Astana', 'Astana', {'note': 'NI:troops arrived'}),
        ('Алматы', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of the troops'}),
     ],
     inc={'Astana': (1, 'bus with 17 passengers seized on the station square of the capital')}),

dict(id='p012', date='2013-05-21', lang='ru',
     event='2013 sentence in Uralsk (Oral) for three men from Aksai over a planned bombing of a police department (not counted); background: one of them shot and wounded a KNB officer during the arrest on the outskirts of Aksai in November 2012 (West Kazakhstan Region); explosives bought in Atyrau',
     text="""Суд в Уральске приговорил троих жителей Аксая за подготовку теракта
УРАЛЬСК, 21 мая — Специализированный межрайонный суд по уголовным делам Западно-Казахстанской области приговорил троих жителей Аксая к срокам от 9 до 14 лет за подготовку взрыва у здания районного отдела полиции, сообщила пресс-служба суда.
По данным следствия, самодельное взрывное устройство они собрали в гараже, а взрывчатку купили у знакомого в Атырау. Все трое были задержаны в ноябре 2012 года на окраине Аксая. При задержании один из них открыл огонь из пистолета и ранил в ногу сотрудника КНБ.
Осуждённые вину не признали. Их адвокат намерен обжаловать приговор в Верховном суде в Астане. Родственники подсудимых, приехавшие из сёл Бурлинского района и из Уральска, у здания суда от комментариев отказались.""",
     ann=[
        ('Уральске', 0, 'city', 'Oral', WKR, {'note': 'NI:headline; seat of the court; Russian name of Oral'}),
        ('Аксая', 0, 'city', 'Aksai', WKR, {'note': "NI:the convicted men's residence"}),
        ('УРАЛЬСК', 0, 'city', 'Oral', WKR, {'note': 'dateline'}),
        ('Западно-Казахстанской области', 0, 'region', WKR, WKR, {'note': 'inside the name of a court'}),
        ('Аксая', 1, 'city', 'Aksai', WKR, {'note': "NI:the convicted men's residence"}),
        ('Атырау', 0, 'city', 'Atyrau', ATR, {'note': 'NI:where the explosives were bought'}),
        ('Аксая', 2, 'city', 'Aksai', WKR, {'note': 'background: shots fired at a KNB officer during the arrest (November 2012)'}),
        ('Астане', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the Supreme Court'}),
        ('Бурлинского района', 0, 'district', 'Burlin District', WKR, {'note': "NI:relatives' residence"}),
        ('Уральска', 0, 'city', 'Oral', WKR, {'note': "NI:relatives' residence"}),
     ],
     inc={WKR: (1, 'one of the men shot and wounded a KNB officer during the arrest on the outskirts of Aksai (November 2012); the plot and the sentence are not incidents')}),

dict(id='p013', date='2015-08-11', lang='ru',
     event='2015 hostage taking in a bank on Alashakhan Avenue in Zhezkazgan (Karaganda Region before the 2022 split), eight people freed; special forces from Karaganda; attacker from Satpayev',
     text="""В Жезказгане задержан мужчина, захвативший заложников в банке
ЖЕЗКАЗГАН, 11 августа — Около полудня мужчина с охотничьим ружьём вошёл в отделение банка на проспекте Алашахана в Жезказгане и объявил восьмерых сотрудников и клиентов заложниками, сообщили в департаменте полиции Карагандинской области.
Через два часа к зданию прибыли бойцы спецподразделения «Сункар» из Караганды. После переговоров мужчина отпустил заложников и сдался. Никто не пострадал, выстрелов не было.
Задержанный — 38-летний житель Сатпаева. По данным полиции, он требовал пересмотреть решение банка об изъятии его квартиры за долги. В отношении него возбуждено уголовное дело, ему грозит до 15 лет лишения свободы.
Жители Жезказгана в соцсетях жаловались, что центр города был оцеплен почти три часа.""",
     ann=[
        ('Жезказгане', 0, 'city', 'Zhezkazgan', KR, {'note': 'headline; Karaganda Region before 2022-06-08'}),
        ('ЖЕЗКАЗГАН', 0, 'city', 'Zhezkazgan', KR, {'note': 'dateline'}),
        ('проспекте Алашахана', 0, 'facility', 'Alashakhan Avenue (Zhezkazgan)', KR, {'subkind': 'street', 'note': 'avenue named after a person'}),
        ('Жезказгане', 1, 'city', 'Zhezkazgan', KR, {'note': 'hostage taking in a bank'}),
        ('Карагандинской области', 0, 'region', KR, KR, {'note': 'inside the name of an authority'}),
        ('Караганды', 0, 'city', 'Karaganda', KR, {'note': 'NI:origin of the special forces'}),
        ('Сатпаева', 0, 'city', 'Satpayev', KR, {'note': "NI:attacker's residence"}),
        ('Жезказгана', 0, 'city', 'Zhezkazgan', KR, {'note': "NI:residents' complaints"}),
     ],
     inc={KR: (1, 'eight people held hostage in a bank in Zhezkazgan')}),

dict(id='p014', date='2025-04-22', lang='ru',
     event='2025 Kyrgyz border disputes: brawl between residents of Kegen and Kyrgyz herders over pastures in the Karkara valley (Kegen district, Almaty Region), four hurt; farmers block a road near Sarykemer (Baizak district, Jambyl Region) over Talas river water held in the Kirov reservoir in Kyrgyzstan; shortages in three districts of Jambyl region (not incidents); intergovernmental commission in Bishkek',
     text="""Вода и пастбища: на границе с Кыргызстаном снова неспокойно
АЛМАТЫ, 22 апреля — В Кегенском районе Алматинской области в воскресенье произошла драка между жителями села Кеген и пастухами из соседней Иссык-Кульской области Кыргызстана, которые перегнали около 600 овец на пастбища в Каркаринской долине. Четыре человека получили травмы, сообщили в департаменте полиции области. Пограничники развели стороны, скот вернули владельцам.

Каркаринская долина разделена границей, и споры о пастбищах здесь возникают почти каждую весну. «Граница в горах на местности не обозначена, люди пасут скот там, где пасли их деды», — сказал аким Кегенского района Ерлан Туякбаев.

В Жамбылской области в понедельник около 150 фермеров на несколько часов перекрыли дорогу у села Сарыкемер в Байзакском районе, требуя воды для полива. Река Талас, которая течёт из Кыргызстана, в этом году обмелела: по словам фермеров, кыргызская сторона задерживает воду в Кировском водохранилище в Таласской области. Полиция никого не задержала.

Аким Жамбылской области пообещал выплатить компенсацию хозяйствам, которые не успеют засеять поля, и сообщил, что нехватка поливной воды отмечается в трёх районах Жамбылской области.

МИД Казахстана заявил, что распределение воды на реках Шу и Талас будет рассмотрено на заседании межправительственной комиссии в Бишкеке в мае. Там же, по данным министерства, обсудят и демаркацию участка границы в Каркаринской долине. Кыргызская сторона пока не комментировала инциденты.

По данным акимата, в Кегенском районе около 40 тысяч голов скота выпасаются на высокогорных пастбищах, половина из них — в приграничной зоне. Фермеры Байзакского района предупреждают, что без полива в мае потеряют урожай сахарной свёклы.""",
     ann=[
        ('Кыргызстаном', 0, 'foreign', 'Kyrgyzstan', N, {'note': 'headline'}),
        ('АЛМАТЫ', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Кегенском районе', 0, 'district', 'Kegen District', ALR),
        ('Алматинской области', 0, 'region', ALR, ALR),
        ('Кеген', 0, 'village', 'Kegen', ALR, {'note': 'residents in the brawl; the fight was on pastures in the Karkara valley'}),
        ('Иссык-Кульской области', 0, 'foreign', 'Issyk-Kul Region (Kyrgyzstan)', N, {'note': "NI:herders' origin"}),
        ('Кыргызстана', 0, 'foreign', 'Kyrgyzstan', N),
        ('Каркаринской долине', 0, 'facility', 'Karkara valley', N, {'subkind': 'valley', 'note': 'valley divided by the Kazakhstan-Kyrgyzstan border; the Kazakh part is in Kegen district'}),
        ('Каркаринская долина', 0, 'facility', 'Karkara valley', N, {'subkind': 'valley'}),
        ('Кегенского района', 0, 'district', 'Kegen District', ALR, {'note': 'inside an official post (akim)'}),
        ('Жамбылской области', 0, 'region', JR, JR),
        ('Сарыкемер', 0, 'village', 'Sarykemer', JR, {'note': 'road blocked near the village'}),
        ('Байзакском районе', 0, 'district', 'Baizak District', JR),
        ('Талас', 0, 'facility', 'Talas River', N, {'subkind': 'river', 'note': '"Река Талас": the head noun precedes the name and is left out'}),
        ('Кыргызстана', 1, 'foreign', 'Kyrgyzstan', N),
        ('Кировском водохранилище', 0, 'foreign', 'Kirov Reservoir (Kyrgyzstan)', N, {'subkind': 'reservoir', 'note': 'reservoir in Kyrgyzstan'}),
        ('Таласской области', 0, 'foreign', 'Talas Region (Kyrgyzstan)', N, {'note': 'not the Talas district of Jambyl Region'}),
        ('Жамбылской области', 1, 'region', JR, JR, {'note': 'inside an official post (akim)'}),
        ('трёх районах Жамбылской области', 0, 'quantified', '3 districts', N, {'count': 3, 'unit': 'district', 'note': 'water shortages, not incidents; the quantified phrase contains Жамбылской области'}),
        ('Казахстана', 0, 'country', 'Kazakhstan', N, {'note': 'inside the name of an authority (МИД Казахстана)'}),
        ('Шу', 0, 'facility', 'Chu River', N, {'subkind': 'river'}),
        ('Талас', 1, 'facility', 'Talas River', N, {'subkind': 'river', 'note': 'in a list sharing "реках"'}),
        ('Бишкеке', 0, 'foreign', 'Bishkek', N, {'note': 'NI:venue of the commission'}),
        ('Каркаринской долине', 1, 'facility', 'Karkara valley', N, {'subkind': 'valley'}),
        ('Кегенском районе', 1, 'district', 'Kegen District', ALR, {'note': 'NI:livestock figures'}),
        ('Байзакского района', 0, 'district', 'Baizak District', JR, {'note': "NI:farmers' warning"}),
     ],
     inc={ALR: (1, 'brawl between residents of Kegen and Kyrgyz herders on pastures in the Karkara valley, Kegen district, four hurt'),
          JR: (1, 'farmers blocked a road near Sarykemer, Baizak district (protest)')}),

dict(id='p015', date='2016-10-04', lang='ru',
     event='2016 man shoots a police inspector and barricades himself with his mother in a house on Zhambyl Street in Petropavlovsk (North Kazakhstan Region); street named after the poet, not Jambyl Region; the man had worked in Tyumen',
     text="""В Петропавловске мужчина открыл стрельбу по полицейским
ПЕТРОПАВЛОВСК, 4 октября — Житель Петропавловска, к которому полицейские приехали по вызову соседей, открыл огонь из охотничьего ружья и ранил участкового инспектора, сообщили в департаменте полиции Северо-Казахстанской области. Инцидент произошёл в понедельник вечером в частном доме на улице Жамбыла.
Мужчина забаррикадировался в доме вместе с пожилой матерью и почти пять часов отказывался выходить. Ночью бойцы спецподразделения проникли в дом и задержали его. Мать не пострадала. Раненого полицейского доставили в областную больницу, его жизни ничего не угрожает.
По данным полиции, 44-летний мужчина ранее работал вахтовым методом в Тюмени и недавно вернулся домой. Возбуждено уголовное дело по статье «Посягательство на жизнь сотрудника правоохранительного органа».""",
     ann=[
        ('Петропавловске', 0, 'city', 'Petropavl', NKR, {'note': 'headline; Russian name of Petropavl'}),
        ('ПЕТРОПАВЛОВСК', 0, 'city', 'Petropavl', NKR, {'note': 'dateline'}),
        ('Петропавловска', 0, 'city', 'Petropavl', NKR, {'note': "attacker's residence and the place of the shooting"}),
        ('Северо-Казахстанской области', 0, 'region', NKR, NKR, {'note': 'inside the name of an authority'}),
        ('улице Жамбыла', 0, 'facility', 'Zhambyl Street (Petropavl)', NKR, {'subkind': 'street', 'note': 'street named after the poet Zhambyl, not Jambyl Region'}),
        ('Тюмени', 0, 'foreign', 'Tyumen', N, {'note': 'NI:former workplace'}),
     ],
     inc={NKR: (1, 'police inspector shot and wounded, five-hour stand-off in a house on Zhambyl Street (one event)')}),

dict(id='p016', date='2022-11-15', lang='ru',
     event='2022 mass brawl among about 120 workers at the shift camp of the Zhylandy mine near Zhezkazgan (Ulytau Region, five months after its creation), 17 hurt; workers from Turkistan Region; Karaganda Region as the former unit; labour inspectors from Astana',
     text="""Массовая драка на вахте у Жезказгана: пострадали 17 человек
ЖЕЗКАЗГАН, 15 ноября — Семнадцать человек получили травмы в массовой драке в вахтовом посёлке рудника «Жыланды» под Жезказганом, сообщили в департаменте полиции Улытауской области. В драке, начавшейся в воскресенье вечером в столовой, участвовали около 120 рабочих двух подрядных организаций.
Полиция задержала восемь человек. По предварительным данным, поводом стала задержка зарплаты у рабочих одной из компаний, которые приехали на вахту из Туркестанской области.
Это первое массовое нарушение порядка в Улытауской области, выделенной в июне из Карагандинской. Аким области сообщил, что создана комиссия с участием представителей компаний и профсоюзов, а инспекторы труда из Астаны проверят выплату зарплат на рудниках Жезказгана и Сатпаева.""",
     ann=[
        ('Жезказгана', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:headline; reference point ("у Жезказгана"); Ulytau Region since 2022-06-08'}),
        ('ЖЕЗКАЗГАН', 0, 'city', 'Zhezkazgan', UR, {'note': 'dateline'}),
        ('Жыланды', 0, 'facility', 'Zhylandy mine', UR, {'subkind': 'mine', 'note': 'brawl in the shift camp of the mine; name in quotation marks'}),
        ('Жезказганом', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:reference point ("под Жезказганом")'}),
        ('Улытауской области', 0, 'region', UR, UR, {'note': 'inside the name of an authority'}),
        ('Туркестанской области', 0, 'region', TR, TR, {'note': "NI:workers' origin"}),
        ('Улытауской области', 1, 'region', UR, UR),
        ('Карагандинской', 0, 'region', KR, KR, {'note': 'NI:the region Ulytau Region was split from; head noun "области" understood'}),
        ('Астаны', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of the inspectors'}),
        ('Жезказгана', 1, 'city', 'Zhezkazgan', UR, {'note': 'NI:inspections of mines'}),
        ('Сатпаева', 0, 'city', 'Satpayev', UR, {'note': 'NI:inspections of mines'}),
     ],
     inc={UR: (1, 'mass brawl among about 120 workers at the shift camp of the Zhylandy mine near Zhezkazgan, 17 hurt')}),
]
