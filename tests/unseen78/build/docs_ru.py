"""Russian texts of the seventy-eighth unseen check corpus (holiday season at lakes, resorts
and national parks)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p009', date='2016-07-18', lang='ru',
     event='2016 weekend at the Kapchagay reservoir (Almaty Region before the 2022 split): drownings on the Kapchagay city beach and in Ili district, fire at the «Жемчужина» holiday base, three-car collision near Baiserke on the Almaty-Kapchagay road; Alakol quiet (Akshi, Koktuma in Almaty Region; Kabanbay in Urzhar district, East Kazakhstan Region); lifeguards in five districts',
     text="""Выходные в Капчагае: двое утонувших, пожар на базе отдыха и ДТП
АЛМАТЫ, 18 июля — Жаркие выходные на Капчагайском водохранилище закончились гибелью двух человек, сообщили в департаменте по чрезвычайным ситуациям Алматинской области. По данным полиции, за субботу и воскресенье на берега водохранилища приехали более 60 тысяч отдыхающих.

В субботу около 16 часов на городском пляже Капчагая утонул 28-летний житель Алматы. По словам очевидцев, мужчина заплыл за буйки, выпив перед этим пива. Спасатели вытащили его из воды, но реанимировать не смогли.

В воскресенье вечером на неохраняемом берегу водохранилища в Илийском районе утонул 15-летний подросток из Талдыкоргана. Его тело водолазы нашли только через четыре часа.

В ночь на воскресенье в Капчагае сгорели три деревянных домика на базе отдыха «Жемчужина». Отдыхающие успели выбежать, пострадавших нет. По предварительной версии, пожар начался от мангала, оставленного у стены.

Днём в воскресенье на трассе Алматы — Капчагай у села Байсерке столкнулись три автомобиля, пять человек доставлены в больницу. Из-за аварии и потока отдыхающих пробка растянулась на 20 километров, водители простояли в ней до трёх часов.

Цены на берегу растут вместе с жарой: лежак на платном пляже стоит 1500 тенге, домик на базе отдыха — от 25 тысяч тенге за сутки.

На Алаколе сезон тоже в разгаре. Акимат Алакольского района сообщает, что за неделю в Акши и Коктуме отдохнули около 40 тысяч человек, происшествий не зафиксировано. На северном берегу озера, в Урджарском районе Восточно-Казахстанской области, в посёлке Кабанбай заняты все гостиницы.

Всего спасатели дежурят на 27 пляжах в пяти районах Алматинской области. В ДЧС напоминают, что купаться можно только в отведённых для этого местах.""",
     ann=[
        ('Капчагае', 0, 'city', 'Konaev', ALR, {'note': 'headline; Kapchagay, renamed Konaev in 2022'}),
        ('АЛМАТЫ', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Капчагайском водохранилище', 0, 'facility', 'Kapchagay reservoir', ALR, {'subkind': 'reservoir', 'note': 'wholly in Almaty Region before 2022-06-08'}),
        ('Алматинской области', 0, 'region', ALR, ALR, {'note': 'inside the name of an authority'}),
        ('Капчагая', 0, 'city', 'Konaev', ALR, {'note': 'the city beach'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': "NI:victim's residence"}),
        ('Илийском районе', 0, 'district', 'Ili District', ALR),
        ('Талдыкоргана', 0, 'city', 'Taldykorgan', ALR, {'note': "NI:victim's origin; Almaty Region before 2022-06-08"}),
        ('Капчагае', 1, 'city', 'Konaev', ALR),
        ('Жемчужина', 0, 'facility', 'Zhemchuzhina holiday base (Kapchagay)', ALR, {'subkind': 'holiday base', 'note': 'named holiday base in quotation marks'}),
        ('Алматы', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:road endpoint'}),
        ('Капчагай', 0, 'city', 'Konaev', ALR, {'note': 'NI:road endpoint'}),
        ('Байсерке', 0, 'village', 'Baiserke', ALR, {'note': 'on the Almaty-Kapchagay road, Ili district'}),
        ('Алаколе', 0, 'facility', 'Lake Alakol', N, {'subkind': 'lake', 'note': 'NI:no incidents'}),
        ('Алакольского района', 0, 'district', 'Alakol District', ALR, {'note': 'NI:inside the name of an authority; Almaty Region before 2022-06-08'}),
        ('Акши', 0, 'village', 'Akshi', ALR, {'note': 'NI:no incidents'}),
        ('Коктуме', 0, 'village', 'Koktuma', ALR, {'note': 'NI:no incidents'}),
        ('Урджарском районе', 0, 'district', 'Urzhar District', EKR, {'note': 'NI:East Kazakhstan Region before 2022-06-08'}),
        ('Восточно-Казахстанской области', 0, 'region', EKR, EKR, {'note': 'NI:hotels full'}),
        ('Кабанбай', 0, 'village', 'Kabanbay (Urzhar district)', EKR, {'note': 'NI:hotels full'}),
        ('пяти районах Алматинской области', 0, 'quantified', '5 districts', N, {'count': 5, 'unit': 'district', 'note': 'beaches with lifeguards; the region inside the quantified phrase is not annotated separately'}),
     ],
     inc={ALR: (4, 'drowning on the Kapchagay city beach; drowning on an unguarded shore in Ili district; fire at the «Жемчужина» base in Kapchagay; three-car collision near Baiserke on the Almaty-Kapchagay road')}),

dict(id='p010', date='2001-06-30', lang='ru',
     event='2001 boy drowned in Lake Zerenda at a children\'s camp near Zerenda (Akmola Region); divers from Kokshetau; background: the 1999 transfer of Kokshetau and the Zerenda and Shchuchinsk districts from North Kazakhstan to Akmola Region',
     text="""Под Зерендой в детском лагере утонул школьник
КОКШЕТАУ, 30 июня. — 11-летний мальчик утонул в пятницу в озере Зеренда, на берегу которого он отдыхал в детском оздоровительном лагере, сообщили в управлении по чрезвычайным ситуациям Акмолинской области. По данным управления, ребёнок с двумя друзьями ушёл купаться без разрешения вожатых. Тело нашли водолазы из Кокшетау.
В лагере отдыхали 180 детей из Кокшетау, Степногорска и Астаны. Прокуратура Зерендинского района возбудила уголовное дело по статье о халатности.
Напомним, что Кокшетау, Зерендинский и Щучинский районы в 1999 году были переданы из Северо-Казахстанской области в состав Акмолинской. Зеренда, как и Боровое, остаётся одним из самых популярных мест летнего отдыха на севере Казахстана.""",
     ann=[
        ('Зерендой', 0, 'village', 'Zerenda', AKR, {'note': 'headline; "near Zerenda", the village'}),
        ('КОКШЕТАУ', 0, 'city', 'Kokshetau', AKR, {'note': 'dateline'}),
        ('Зеренда', 0, 'facility', 'Lake Zerenda', N, {'subkind': 'lake', 'note': 'after "озере"; the lake, not the village'}),
        ('Акмолинской области', 0, 'region', AKR, AKR, {'note': 'inside the name of an authority'}),
        ('Кокшетау', 0, 'city', 'Kokshetau', AKR, {'note': "NI:divers' origin"}),
        ('Кокшетау', 1, 'city', 'Kokshetau', AKR, {'note': "NI:children's origin"}),
        ('Степногорска', 0, 'city', 'Stepnogorsk', AKR, {'note': "NI:children's origin"}),
        ('Астаны', 0, 'city', 'Astana', 'Astana', {'note': "NI:children's origin"}),
        ('Зерендинского района', 0, 'district', 'Zerenda District', AKR, {'note': 'inside the name of an authority (prosecutor)'}),
        ('Кокшетау', 2, 'city', 'Kokshetau', AKR, {'note': 'NI:background (1999 transfer)'}),
        ('Зерендинский', 0, 'district', 'Zerenda District', AKR, {'note': 'NI:background; in a list sharing "районы"'}),
        ('Щучинский', 0, 'district', 'Burabay District', AKR, {'note': 'NI:background; in a list sharing "районы"; the former name of Burabay District'}),
        ('Северо-Казахстанской области', 0, 'region', NKR, NKR, {'note': 'NI:background (the unit that held the area in 1997-1999)'}),
        ('Акмолинской', 1, 'region', AKR, AKR, {'note': 'NI:background; elliptic "в состав Акмолинской [области]"'}),
        ('Зеренда', 1, 'village', 'Zerenda', AKR, {'note': 'NI:general remark; the resort village'}),
        ('Боровое', 0, 'village', 'Burabay', AKR, {'note': 'NI:general remark; Russian name of Burabay'}),
        ('Казахстана', 0, 'country', 'Kazakhstan', N, {'note': 'in "на севере Казахстана" only the country is annotated'}),
     ],
     inc={AKR: (1, 'boy drowned in Lake Zerenda at a children\'s camp near Zerenda')}),

dict(id='p011', date='2010-08-09', lang='ru',
     event='2010 motorboat with four holidaymakers from Karaganda capsized in a storm on Lake Balkhash after leaving the Chubar-Tubek resort zone near Balkhash town (Karaganda Region); one dead, one missing; divers from Balkhash and Zhezkazgan',
     text="""На Балхаше перевернулась лодка с отдыхающими
БАЛХАШ, 9 августа. — Один человек погиб и один пропал без вести после того, как в воскресенье на озере Балхаш во время шторма перевернулась моторная лодка с четырьмя отдыхающими из Караганды, сообщили в департаменте по ЧС Карагандинской области.
Лодка вышла из зоны отдыха Чубар-Тубек в 20 км от города Балхаша около полудня, а через час на озере поднялся сильный ветер. Двоих мужчин подобрали рыбаки, тело третьего нашли в тот же вечер. Поиски четвёртого ведут водолазы из Балхаша и Жезказгана, к ним присоединился вертолёт из Караганды.
По словам спасателей, ветер на Балхаше может за полчаса поднять волну высотой до трёх метров, а у большинства прокатных лодок нет спасательных жилетов. С начала сезона в водоёмах области утонули 23 человека.""",
     ann=[
        ('Балхаше', 0, 'facility', 'Lake Balkhash', N, {'subkind': 'lake', 'note': 'headline; the lake (a boat capsized on it), not the town'}),
        ('БАЛХАШ', 0, 'city', 'Balkhash', KR, {'note': 'dateline'}),
        ('Балхаш', 0, 'facility', 'Lake Balkhash', N, {'subkind': 'lake', 'note': 'after "озере"'}),
        ('Караганды', 0, 'city', 'Karaganda', KR, {'note': "NI:holidaymakers' origin"}),
        ('Карагандинской области', 0, 'region', KR, KR, {'note': 'inside the name of an authority'}),
        ('Чубар-Тубек', 0, 'facility', 'Chubar-Tubek resort zone', KR, {'subkind': 'resort', 'note': 'NI:the boat set out from here'}),
        ('Балхаша', 0, 'city', 'Balkhash', KR, {'note': 'NI:reference point'}),
        ('Балхаша', 1, 'city', 'Balkhash', KR, {'note': "NI:divers' origin"}),
        ('Жезказгана', 0, 'city', 'Zhezkazgan', KR, {'note': "NI:divers' origin; Karaganda Region before 2022-06-08"}),
        ('Караганды', 1, 'city', 'Karaganda', KR, {'note': "NI:helicopter's origin"}),
        ('Балхаше', 1, 'facility', 'Lake Balkhash', N, {'subkind': 'lake', 'note': 'NI:general remark'}),
     ],
     inc={KR: (1, 'motorboat capsized on Lake Balkhash near Balkhash town, one dead and one missing; the 23 drownings since the start of the season are a statistic')}),

dict(id='p012', date='2024-07-29', lang='ru',
     event='2024 Alakol, one lake in two regions: guest house fire in Akshi and a minibus overturned on the Usharal-Koktuma road (Jetisu Region), drowning at Kabanbay (Urzhar district, Abai Region); Almaty-Beskol train, «Казахстан темир жолы» (company), prices; the poet Abai; rescuers of two regions',
     text="""Алаколь: одно озеро, две области
УШАРАЛ, 29 июля — Третье лето подряд курортный сезон на Алаколе проходит на стыке двух областей. С июня 2022 года южный берег озера с посёлками Акши и Коктума входит в область Жетісу, а северный, где стоит посёлок Кабанбай Урджарского района, — в область Абай, названную в честь поэта Абая.

За минувшие выходные на озере произошли три серьёзных происшествия. В ночь на субботу в Акши сгорел гостевой дом на 12 номеров. Отдыхающие — семьи из Караганды и Астаны — успели выбраться, двое получили ожоги. Пожарные из Ушарала тушили огонь почти три часа.

В воскресенье у Кабанбая утонул 45-летний мужчина из Семея: по словам спасателей, он купался при сильном ветре, несмотря на запрет. Это уже четвёртый утонувший на северном берегу с начала сезона, сообщили в департаменте по ЧС области Абай.

В пятницу вечером на трассе Ушарал — Коктума в 12 км от Ушарала перевернулся микроавтобус с туристами из Алматы. Семь человек доставлены в районную больницу.

Меньше отдыхающих на Алаколе от этого не стало. Поезд Алматы — Бесколь, который «Казахстан темир жолы» на лето пустил ежедневно, идёт полностью заполненным, а билет в купе стоит около 15 тысяч тенге. До Кабанбая из Усть-Каменогорска и Семея отдыхающие добираются на автобусах или на своих машинах, дорога занимает от восьми до десяти часов.

Домик на берегу в Акши обходится в 30–40 тысяч тенге в сутки, почти вдвое дороже, чем три года назад. «Люди едут из Алматы, Шымкента, Тараза, даже из Узбекистана и Китая», — говорит владелица гостиницы в Коктуме Гульмира Оспанова.

Спасатели двух областей договорились вместе патрулировать озеро на катерах. На обоих берегах, по данным МЧС Казахстана, сейчас работают 19 спасательных постов.""",
     ann=[
        ('Алаколь', 0, 'facility', 'Lake Alakol', N, {'subkind': 'lake', 'note': 'headline'}),
        ('УШАРАЛ', 0, 'city', 'Usharal', JTR, {'note': 'dateline; centre of Alakol district'}),
        ('Алаколе', 0, 'facility', 'Lake Alakol', N, {'subkind': 'lake', 'note': 'NI:general remark'}),
        ('двух областей', 0, 'quantified', '2 regions', N, {'count': 2, 'unit': 'region', 'note': 'NI:the two regions sharing the lake, both named (Jetisu, Abai)'}),
        ('Акши', 0, 'village', 'Akshi', JTR, {'note': 'NI:background'}),
        ('Коктума', 0, 'village', 'Koktuma', JTR, {'note': 'NI:background'}),
        ('Жетісу', 0, 'region', JTR, JTR, {'note': 'NI:background; Kazakh form of the official Russian name "область Жетісу"'}),
        ('Кабанбай', 0, 'village', 'Kabanbay (Urzhar district)', ABR, {'note': 'NI:background'}),
        ('Урджарского района', 0, 'district', 'Urzhar District', ABR, {'note': 'NI:background'}),
        ('Абай', 0, 'region', ABR, ABR, {'note': 'NI:background; the region, not the poet (Абая is not annotated)'}),
        ('Акши', 1, 'village', 'Akshi', JTR),
        ('Караганды', 0, 'city', 'Karaganda', KR, {'note': "NI:holidaymakers' origin"}),
        ('Астаны', 0, 'city', 'Astana', 'Astana', {'note': "NI:holidaymakers' origin"}),
        ('Ушарала', 0, 'city', 'Usharal', JTR, {'note': "NI:firefighters' origin"}),
        ('Кабанбая', 0, 'village', 'Kabanbay (Urzhar district)', ABR),
        ('Семея', 0, 'city', 'Semey', ABR, {'note': "NI:victim's origin"}),
        ('Абай', 1, 'region', ABR, ABR, {'note': 'inside the name of an authority'}),
        ('Ушарал', 0, 'city', 'Usharal', JTR, {'note': 'NI:road endpoint'}),
        ('Коктума', 1, 'village', 'Koktuma', JTR, {'note': 'NI:road endpoint'}),
        ('Ушарала', 1, 'city', 'Usharal', JTR, {'note': 'NI:reference point'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': "NI:tourists' origin"}),
        ('Алаколе', 1, 'facility', 'Lake Alakol', N, {'subkind': 'lake', 'note': 'NI:general remark'}),
        ('Алматы', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:train route endpoint'}),
        ('Бесколь', 0, 'facility', 'Beskol railway station (Alakol district)', JTR, {'subkind': 'railway station', 'note': 'NI:train route endpoint; not Beskol in North Kazakhstan Region'}),
        ('Кабанбая', 1, 'village', 'Kabanbay (Urzhar district)', ABR, {'note': 'NI:destination'}),
        ('Усть-Каменогорска', 0, 'city', 'Oskemen', EKR, {'note': 'NI:origin; Russian name of Oskemen'}),
        ('Семея', 1, 'city', 'Semey', ABR, {'note': 'NI:origin'}),
        ('Акши', 2, 'village', 'Akshi', JTR, {'note': 'NI:prices'}),
        ('Алматы', 2, 'city', 'Almaty', 'Almaty', {'note': "NI:visitors' origin"}),
        ('Шымкента', 0, 'city', 'Shymkent', 'Shymkent', {'note': "NI:visitors' origin"}),
        ('Тараза', 0, 'city', 'Taraz', JR, {'note': "NI:visitors' origin"}),
        ('Узбекистана', 0, 'foreign', 'Uzbekistan', N, {'note': "NI:visitors' origin"}),
        ('Китая', 0, 'foreign', 'China', N, {'note': "NI:visitors' origin"}),
        ('Коктуме', 0, 'village', 'Koktuma', JTR, {'note': "NI:speaker's workplace"}),
        ('двух областей', 1, 'quantified', '2 regions', N, {'count': 2, 'unit': 'region', 'note': 'NI:rescuers of the two named regions'}),
        ('Казахстана', 0, 'country', 'Kazakhstan', N, {'note': 'inside the name of an authority (МЧС)'}),
     ],
     inc={JTR: (2, 'guest house fire in Akshi, two burnt; minibus overturned on the Usharal-Koktuma road 12 km from Usharal'),
          ABR: (1, 'drowning at Kabanbay, Urzhar district; "the fourth this season" is a statistic')}),

dict(id='p013', date='1993-06-21', lang='ru',
     event='1993 two teenagers drowned in the Ural River in Atyrau (the former Guryev, Atyrau Region); city beach closed because of the rising Caspian and pollution; government commission in Alma-Ata',
     text="""Атырау: двое подростков утонули в Урале
АТЫРАУ, 21 июня. — Двое подростков 14 и 15 лет утонули в воскресенье в реке Урал в черте Атырау (бывший Гурьев), сообщили в областном управлении внутренних дел. Ребята купались у автомобильного моста, где течение особенно сильное; тела водолазы нашли в трёх километрах ниже по течению.
Городской пляж в этом году так и не открылся: из-за подъёма уровня Каспийского моря часть побережья затоплена, а санитарная служба запретила купание в реке из-за загрязнения. Тем не менее в жаркие дни на берегах Урала отдыхают тысячи горожан.
Глава администрации Атырауской области поручил выставить у мостов посты милиции и спасателей. Вопрос о безопасности на воде в Западном Казахстане на следующей неделе рассмотрит правительственная комиссия в Алма-Ате.""",
     ann=[
        ('Атырау', 0, 'city', 'Atyrau', ATR, {'note': 'headline'}),
        ('Урале', 0, 'facility', 'Ural River', N, {'subkind': 'river', 'note': 'headline; the river, not the mountains'}),
        ('АТЫРАУ', 0, 'city', 'Atyrau', ATR, {'note': 'dateline'}),
        ('Урал', 0, 'facility', 'Ural River', N, {'subkind': 'river', 'note': 'after "реке"'}),
        ('Атырау', 1, 'city', 'Atyrau', ATR),
        ('Гурьев', 0, 'city', 'Atyrau', ATR, {'note': 'former name of Atyrau, in brackets'}),
        ('Каспийского моря', 0, 'facility', 'Caspian Sea', N, {'subkind': 'sea', 'note': 'NI:rising sea level, background'}),
        ('Урала', 0, 'facility', 'Ural River', N, {'subkind': 'river', 'note': 'NI:general remark'}),
        ('Атырауской области', 0, 'region', ATR, ATR, {'note': 'inside the name of an official post'}),
        ('Казахстане', 0, 'country', 'Kazakhstan', N, {'note': 'in "Западном Казахстане" only the country is annotated'}),
        ('Алма-Ате', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:seat of the government commission; Russian Alma-Ata'}),
     ],
     inc={ATR: (1, 'two teenagers drowned together in the Ural within Atyrau')}),

dict(id='p014', date='2018-03-10', lang='ru',
     event='2018 avalanche in the Kaskasu gorge (Tolebi district, South Kazakhstan Region, three months before the renaming) kills a skier from Shymkent; Sairam-Ugam national park; visitors from Shymkent, Turkestan and Tashkent; warning for ЮКО and Jambyl Region',
     text="""Лавина в ущелье Каскасу: погиб лыжник из Шымкента
ШЫМКЕНТ, 10 марта — Один лыжник погиб и ещё один пострадал в субботу, когда на склон в ущелье Каскасу в Толебийском районе сошла лавина, сообщили в департаменте по ЧС Южно-Казахстанской области.
Двое жителей Шымкента катались вне трасс выше горнолыжной базы «Каскасу», несмотря на предупреждение о лавинной опасности. Второго лыжника спасатели откопали через 20 минут, он доставлен в больницу Ленгера с переломами.
Ущелье находится на территории Сайрам-Угамского национального парка, в 70 км от Шымкента. В выходные на базу приезжают до трёх тысяч человек из Шымкента, Туркестана и Ташкента.
По данным Казгидромета, лавиноопасная обстановка сохранится в горных районах ЮКО и Жамбылской области до 14 марта.""",
     ann=[
        ('Каскасу', 0, 'facility', 'Kaskasu gorge', N, {'subkind': 'valley', 'note': 'headline'}),
        ('Шымкента', 0, 'city', 'Shymkent', SKR, {'note': "NI:headline; victim's origin; South Kazakhstan Region before 2018-06-19"}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', SKR, {'note': 'dateline'}),
        ('Каскасу', 1, 'facility', 'Kaskasu gorge', N, {'subkind': 'valley', 'note': 'after "ущелье"'}),
        ('Толебийском районе', 0, 'district', 'Tolebi District', SKR),
        ('Южно-Казахстанской области', 0, 'region', SKR, SKR, {'note': 'inside the name of an authority'}),
        ('Шымкента', 1, 'city', 'Shymkent', SKR, {'note': "NI:skiers' residence"}),
        ('Каскасу', 2, 'facility', 'Kaskasu ski base', SKR, {'subkind': 'ski resort', 'note': 'NI:reference point; name in quotation marks'}),
        ('Ленгера', 0, 'city', 'Lenger', SKR, {'note': 'NI:hospital'}),
        ('Сайрам-Угамского национального парка', 0, 'facility', 'Sairam-Ugam National Park', SKR, {'subkind': 'national park'}),
        ('Шымкента', 2, 'city', 'Shymkent', SKR, {'note': 'NI:reference point'}),
        ('Шымкента', 3, 'city', 'Shymkent', SKR, {'note': "NI:visitors' origin"}),
        ('Туркестана', 0, 'city', 'Turkistan', SKR, {'note': "NI:visitors' origin"}),
        ('Ташкента', 0, 'foreign', 'Tashkent', N, {'note': "NI:visitors' origin"}),
        ('ЮКО', 0, 'region', SKR, SKR, {'note': 'NI:avalanche warning; abbreviation of Южно-Казахстанская область'}),
        ('Жамбылской области', 0, 'region', JR, JR, {'note': 'NI:avalanche warning'}),
     ],
     inc={SKR: (1, 'avalanche in the Kaskasu gorge, Tolebi district: one skier dead, one hurt')}),

dict(id='p015', date='2020-08-02', lang='ru',
     event='2020 quarantine summer: drowning in Lake Shchuchye near Shchuchinsk (Akmola Region) and a teenager drowned in the Esil in Almaty district of Nur-Sultan; Burabay resort zone closed, checkpoints (not counted)',
     text="""Пляжи закрыты, но люди купаются: двое утонули в выходные
НУР-СУЛТАН, 2 августа — Два человека утонули в выходные в столице и Акмолинской области, хотя пляжи в регионе закрыты из-за карантина, сообщили в департаменте по ЧС.
В субботу в озере Щучье у города Щучинска утонул 40-летний житель Нур-Султана. Курортная зона Бурабай закрыта для туристов с 5 июля, однако, по словам спасателей, жители столицы и Караганды продолжают приезжать к озёрам на своих машинах. Полиция Бурабайского района выставила на въездах в курортную зону три блокпоста и за неделю развернула обратно около двух тысяч автомобилей.
В воскресенье в Нур-Султане на реке Есиль у набережной в Алматинском районе утонул 16-летний подросток. По словам спасателей, он купался с друзьями в месте, где купание запрещено.
С начала лета в водоёмах Акмолинской области и столицы утонули 14 человек.""",
     ann=[
        ('НУР-СУЛТАН', 0, 'city', 'Astana', 'Astana', {'note': 'dateline; the capital named Nur-Sultan 2019-2022'}),
        ('Акмолинской области', 0, 'region', AKR, AKR),
        ('Щучье', 0, 'facility', 'Lake Shchuchye', N, {'subkind': 'lake', 'note': 'after "озере"'}),
        ('Щучинска', 0, 'city', 'Shchuchinsk', AKR),
        ('Нур-Султана', 0, 'city', 'Astana', 'Astana', {'note': "NI:victim's residence"}),
        ('Бурабай', 0, 'facility', 'Burabay resort zone', AKR, {'subkind': 'resort', 'note': 'NI:resort zone closed (a measure)'}),
        ('Караганды', 0, 'city', 'Karaganda', KR, {'note': "NI:visitors' origin"}),
        ('Бурабайского района', 0, 'district', 'Burabay District', AKR, {'note': 'NI:inside the name of an authority; checkpoints are a measure'}),
        ('Нур-Султане', 0, 'city', 'Astana', 'Astana'),
        ('Есиль', 0, 'facility', 'Yesil River', N, {'subkind': 'river', 'note': 'after "реке"'}),
        ('Алматинском районе', 0, 'district', 'Almaty District (Astana)', 'Astana', {'subkind': 'city district', 'note': 'district of the capital, not Almaty city or Almaty Region'}),
        ('Акмолинской области', 1, 'region', AKR, AKR, {'note': 'NI:statistic'}),
     ],
     inc={AKR: (1, 'drowning in Lake Shchuchye near Shchuchinsk'),
          'Astana': (1, 'teenager drowned in the Esil in Almaty district of Nur-Sultan; the 14 drownings since the start of summer are a statistic')}),

dict(id='p016', date='2022-06-20', lang='ru',
     event='2022 first season after the split: drowning on the city beach of Konaev (the renamed Kapchagay, new seat of Almaty Region), a tourist bus overturned on the road to the Charyn canyon in Uygur district (Almaty Region), a bath-house fire spreading to cottages in Akshi (Jetisu Region); lost tourists near Kolsai found unhurt (not counted); Abai and Ulytau regions created',
     text="""Курортный сезон на новой карте: Конаев, Алаколь, Чарын
АЛМАТЫ, 20 июня — Летний сезон 2022 года начинается в новых административных границах. С 8 июня на юго-востоке страны появилась область Жетісу с центром в Талдыкоргане, а центром Алматинской области стал Капшагай, переименованный в Конаев. В Жетісу вошёл и Алакольский район с курортами Акши и Коктума. Одновременно были образованы области Абай и Улытау.

Первые выходные сезона не обошлись без трагедий. В субботу на городском пляже Конаева утонул 19-летний студент из Алматы: по словам спасателей, он нырнул с пирса в месте, где купание запрещено. Водохранилище, которое отдыхающие по привычке называют Капчагаем, теперь омывает берега двух областей: его северный берег относится к Кербулакскому району области Жетісу.

В воскресенье утром в Акши загорелась баня на территории базы отдыха, огонь перекинулся на два соседних домика. Пострадавших нет, сообщили в департаменте по ЧС области Жетісу.

Днём в воскресенье на дороге к Чарынскому каньону в Уйгурском районе перевернулся туристический автобус, следовавший из Алматы. Пострадали 11 человек, двое из них в тяжёлом состоянии.

В тот же день в Райымбекском районе спасатели нашли группу из шести туристов из Нур-Султана, которые накануне заблудились по пути от Кольсайских озёр к озеру Каинды. Никто из них не пострадал.

Цены в этом году заметно выросли. Въезд в Чарынский национальный парк стоит 1000 тенге с человека, домик на берегу в Конаеве — от 30 тысяч тенге в сутки. В пятницу вечером на трассе Алматы — Конаев образовалась пробка длиной 15 километров.

В акимате Алматинской области обещают до конца июня открыть на побережье водохранилища ещё шесть спасательных постов.""",
     ann=[
        ('Конаев', 0, 'city', 'Konaev', ALR, {'note': 'headline'}),
        ('Алаколь', 0, 'facility', 'Lake Alakol', N, {'subkind': 'lake', 'note': 'headline'}),
        ('Чарын', 0, 'facility', 'Charyn canyon', N, {'subkind': 'canyon', 'note': 'headline; the canyon area'}),
        ('АЛМАТЫ', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Жетісу', 0, 'region', JTR, JTR, {'note': 'NI:background (creation on 2022-06-08)'}),
        ('Талдыкоргане', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:background (seat of Jetisu Region)'}),
        ('Алматинской области', 0, 'region', ALR, ALR, {'note': 'NI:background'}),
        ('Капшагай', 0, 'city', 'Konaev', ALR, {'note': 'NI:background; the former name (Kazakh form Qapshagay)'}),
        ('Конаев', 1, 'city', 'Konaev', ALR, {'note': 'NI:background (renaming)'}),
        ('Жетісу', 1, 'region', JTR, JTR, {'note': 'NI:background'}),
        ('Алакольский район', 0, 'district', 'Alakol District', JTR, {'note': 'NI:background; Jetisu Region since 2022-06-08'}),
        ('Акши', 0, 'village', 'Akshi', JTR, {'note': 'NI:background'}),
        ('Коктума', 0, 'village', 'Koktuma', JTR, {'note': 'NI:background'}),
        ('Абай', 0, 'region', ABR, ABR, {'note': 'NI:background; in a list after "области"'}),
        ('Улытау', 0, 'region', UR, UR, {'note': 'NI:background; in a list after "области"'}),
        ('Конаева', 0, 'city', 'Konaev', ALR),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': "NI:victim's origin"}),
        ('Капчагаем', 0, 'facility', 'Kapchagay reservoir', N, {'subkind': 'reservoir', 'note': 'the reservoir called by its colloquial name; the text says its shores now belong to two regions, so adm1 null'}),
        ('двух областей', 0, 'quantified', '2 regions', N, {'count': 2, 'unit': 'region', 'note': 'NI:the regions sharing the reservoir (Almaty Region and Jetisu Region)'}),
        ('Кербулакскому району', 0, 'district', 'Kerbulak District', JTR, {'note': 'NI:background (north shore of the reservoir)'}),
        ('Жетісу', 2, 'region', JTR, JTR, {'note': 'NI:background'}),
        ('Акши', 1, 'village', 'Akshi', JTR),
        ('Жетісу', 3, 'region', JTR, JTR, {'note': 'inside the name of an authority'}),
        ('Чарынскому каньону', 0, 'facility', 'Charyn canyon', N, {'subkind': 'canyon', 'note': 'NI:destination of the bus'}),
        ('Уйгурском районе', 0, 'district', 'Uygur District', ALR),
        ('Алматы', 1, 'city', 'Almaty', 'Almaty', {'note': "NI:bus's origin"}),
        ('Райымбекском районе', 0, 'district', 'Raiymbek District', ALR, {'note': 'NI:lost tourists found unhurt'}),
        ('Нур-Султана', 0, 'city', 'Astana', 'Astana', {'note': "NI:tourists' origin; the capital named Nur-Sultan until 2022-09-17"}),
        ('Кольсайских озёр', 0, 'facility', 'Kolsai lakes', N, {'subkind': 'lake', 'note': 'NI:route of lost tourists'}),
        ('Каинды', 0, 'facility', 'Lake Kaindy', N, {'subkind': 'lake', 'note': 'NI:route of lost tourists; after "озеру"'}),
        ('Чарынский национальный парк', 0, 'facility', 'Charyn National Park', ALR, {'subkind': 'national park', 'note': 'NI:prices'}),
        ('Конаеве', 0, 'city', 'Konaev', ALR, {'note': 'NI:prices'}),
        ('Алматы', 2, 'city', 'Almaty', 'Almaty', {'note': 'NI:road endpoint'}),
        ('Конаев', 2, 'city', 'Konaev', ALR, {'note': 'NI:road endpoint; traffic jam is not an incident'}),
        ('Алматинской области', 1, 'region', ALR, ALR, {'note': 'NI:inside the name of an authority; planned rescue posts'}),
     ],
     inc={ALR: (2, 'student drowned on the city beach of Konaev; tourist bus overturned on the road to the Charyn canyon, Uygur district'),
          JTR: (1, 'bath-house fire spreading to two cottages at a holiday base in Akshi')}),
]
