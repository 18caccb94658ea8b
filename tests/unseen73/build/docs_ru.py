"""Russian texts of the seventy-third unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p009', date='1992-12-03', lang='ru',
     event='1992 three children left alone die in a house fire in Kabanbai, Alakol district of Taldy-Kurgan region (abolished 1997; Almaty Region land); an October child fire death in Taldy-Kurgan; parents at a wedding in Zhaipak; fire engine from Usharal',
     text="""Трое детей погибли при пожаре, пока родители были на свадьбе
АЛМА-АТА, 3 декабря (КазТАГ). Трое детей в возрасте от трёх до восьми лет погибли при пожаре в жилом доме в селе Кабанбай Алакольского района Талды-Курганской области, сообщили в областном управлении внутренних дел.
По данным милиции, родители оставили детей одних и уехали на свадьбу в соседнее село Жайпак. Огонь, вероятно, начался от печи, которую топили углём. Соседи пытались выбить окна, но дом сгорел за полчаса. Пожарная машина прибыла из Учарала только через час.
Это уже второй случай гибели детей при пожаре в области за осень: в октябре в Талды-Кургане на пожаре в частном доме погиб пятилетний мальчик.
В областной администрации заявили, что семьям погибших окажут материальную помощь. Против родителей возбуждено уголовное дело за оставление детей в опасности.""",
     ann=[
        ('АЛМА-АТА', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline; Soviet-era name still used in Russian in 1992'}),
        ('Кабанбай', 0, 'village', 'Kabanbai (Alakol district)', ALR),
        ('Алакольского района', 0, 'district', 'Alakol District', ALR, {'note': 'Jetisu Region only from 2022'}),
        ('Талды-Курганской области', 0, 'region', ALR, ALR, {'uncertain': True, 'note': 'Taldy-Kurgan Region (abolished 1997), labelled with the canonical unit holding its land'}),
        ('Жайпак', 0, 'village', 'Zhaipak', ALR, {'note': "NI:parents' destination"}),
        ('Учарала', 0, 'city', 'Usharal', ALR, {'note': 'NI:origin of the fire engine'}),
        ('Талды-Кургане', 0, 'city', 'Taldykorgan', ALR, {'note': 'old spelling; seat of the abolished Taldy-Kurgan Region'}),
     ],
     inc={ALR: (2, 'fatal house fire in Kabanbai, three children dead; fatal house fire in Taldy-Kurgan in October (background narrated explicitly)')}),

dict(id='p010', date='2011-11-25', lang='ru',
     event='2011 northern round-up: a man beats his wife and drives her and three children into the frost in Mikhaylovka (Mikhaylovka rural okrug, Karabalyk district, Kostanay Region); a missing boy found in Rudny (no incident); children left alone rescued from a wiring fire on Zhambyl Street in Petropavlovsk (North Kazakhstan Region); crisis centre in Kostanay; crisis centres in three regions, none in Akmola Region',
     text="""Север страны: побои, пожар и кризисные центры
КОСТАНАЙ, 25 ноября. В селе Михайловка Михайловского сельского округа Карабалыкского района Костанайской области 38-летний мужчина избил жену и выгнал её с тремя детьми на улицу в двадцатиградусный мороз. Женщина с детьми дошла до соседей, те вызвали полицию. Пострадавшая госпитализирована в районную больницу в посёлке Карабалык с сотрясением мозга, у двоих детей обморожения. Мужчина задержан.
«Он и раньше поднимал на неё руку, но она всё прощала», – рассказала соседка Галина Петренко.
В Рудном в среду нашли семилетнего мальчика, который накануне не вернулся из школы. Его почти сутки искали полицейские и волонтёры. Ребёнок прятался в подвале соседнего дома: он боялся, что отчим накажет его за двойку. Ювенальная полиция проверяет семью.
В Петропавловске в понедельник соседи спасли двух детей, которых мать оставила одних в квартире на улице Жамбыла, где загорелась проводка. Дети двух и четырёх лет отравились дымом, но их жизни ничего не угрожает. Мать, по данным полиции, ушла в гости. На неё составлен административный протокол.
Кризисный центр «Забота» в Костанае, открытый три года назад, за десять месяцев принял 214 женщин и около 300 детей. Его директор Светлана Ким говорит, что половина обратившихся – из сёл: «Из Карабалыка, Федоровки, Аулиеколя к нам добираться по 100–200 километров, и многие просто не едут».
Кризисные центры для женщин работают лишь в трёх областях севера страны – Костанайской, Северо-Казахстанской и Павлодарской, – а в Акмолинской области, по словам правозащитников, нет ни одного. В министерстве в Астане обещают, что к 2013 году такие центры появятся во всех областях Казахстана.""",
     ann=[
        ('КОСТАНАЙ', 0, 'city', 'Kostanay', KOR, {'note': 'dateline'}),
        ('Михайловка', 0, 'village', 'Mikhaylovka (Karabalyk district)', KOR),
        ('Михайловского сельского округа', 0, 'village', 'Mikhaylovka rural okrug (Karabalyk district)', KOR, {'note': 'rural okrug named after its centre village'}),
        ('Карабалыкского района', 0, 'district', 'Karabalyk District', KOR),
        ('Костанайской области', 0, 'region', KOR, KOR),
        ('Карабалык', 0, 'village', 'Karabalyk', KOR, {'note': 'NI:hospital; settlement, district centre'}),
        ('Рудном', 0, 'city', 'Rudny', KOR, {'note': 'NI:missing child found'}),
        ('Петропавловске', 0, 'city', 'Petropavl', NKR, {'note': 'Russian name'}),
        ('улице Жамбыла', 0, 'facility', 'Zhambyl Street (Petropavl)', NKR, {'subkind': 'street', 'note': 'named after the poet; not Jambyl Region'}),
        ('Костанае', 0, 'city', 'Kostanay', KOR, {'note': 'NI:crisis centre'}),
        ('Карабалыка', 0, 'village', 'Karabalyk', KOR, {'note': "NI:clients' origin"}),
        ('Федоровки', 0, 'village', 'Fyodorovka (Kostanay Region)', KOR, {'note': "NI:clients' origin"}),
        ('Аулиеколя', 0, 'village', 'Auliekol', KOR, {'note': "NI:clients' origin"}),
        ('трёх областях', 0, 'quantified', '3 regions', N, {'count': 3, 'unit': 'region', 'note': 'NI:crisis centres; the three regions are named'}),
        ('Костанайской', 1, 'region', KOR, KOR, {'note': 'NI:in a list sharing "областях"'}),
        ('Северо-Казахстанской', 0, 'region', NKR, NKR, {'note': 'NI:in a list sharing "областях"'}),
        ('Павлодарской', 0, 'region', PR, PR, {'note': 'NI:in a list sharing "областях"'}),
        ('Акмолинской области', 0, 'region', AKR, AKR, {'note': 'NI:no crisis centre'}),
        ('Астане', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the ministry'}),
        ('всех областях', 0, 'quantified', 'all regions', N, {'count': None, 'unit': 'region', 'quantifier': 'all', 'note': 'NI:planned crisis centres'}),
        ('Казахстана', 0, 'country', 'Kazakhstan', N),
     ],
     inc={KOR: (1, 'wife beaten and driven out into the frost with three children in Mikhaylovka; the boy found in Rudny is not an incident'),
          NKR: (1, 'wiring fire in a flat on Zhambyl Street in Petropavlovsk, two children left alone poisoned by smoke')}),

dict(id='p011', date='2016-04-12', lang='ru',
     event='2016 juvenile court of South Kazakhstan region in Shymkent leaves a six-year-old girl with her maternal grandmother; her parents died in a 2015 crash near Kentau on the Shymkent-Kentau road (South Kazakhstan Region before 2018); paternal relatives in Shauldir, Otyrar district',
     text="""Суд в Шымкенте оставил внучку с бабушкой по материнской линии
ШЫМКЕНТ, 12 апреля. Специализированный межрайонный суд по делам несовершеннолетних Южно-Казахстанской области отказал родителям погибшего отца шестилетней девочки в иске об опеке и оставил ребёнка с бабушкой по материнской линии.
Родители девочки погибли в августе прошлого года на трассе Шымкент – Кентау, когда их автомобиль под Кентау выехал на встречную полосу и столкнулся с грузовиком. Девочка, сидевшая на заднем сиденье в детском кресле, выжила.
С тех пор две семьи спорили, с кем она будет жить. Родня отца живёт в селе Шаульдер Отырарского района, мать девочки была родом из Шымкента. Суд учёл заключение органа опеки: ребёнок ходит в садик и наблюдается у врачей в Шымкенте.
Представитель родни отца сказал журналистам, что решение будет обжаловано в областном суде.""",
     ann=[
        ('Шымкенте', 0, 'city', 'Shymkent', SKR, {'note': 'NI:headline; seat of the court; South Kazakhstan Region before 2018-06-19'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', SKR, {'note': 'dateline'}),
        ('Южно-Казахстанской области', 0, 'region', SKR, SKR, {'note': 'inside the name of a court'}),
        ('Шымкент', 0, 'city', 'Shymkent', SKR, {'note': 'NI:road endpoint'}),
        ('Кентау', 0, 'city', 'Kentau', SKR, {'note': 'NI:road endpoint'}),
        ('Кентау', 1, 'city', 'Kentau', SKR, {'note': 'the crash happened near the town'}),
        ('Шаульдер', 0, 'village', 'Shauildir', SKR, {'note': "NI:paternal relatives' residence"}),
        ('Отырарского района', 0, 'district', 'Otyrar District', SKR, {'note': "NI:paternal relatives' residence"}),
        ('Шымкента', 0, 'city', 'Shymkent', SKR, {'note': "NI:mother's origin"}),
        ('Шымкенте', 1, 'city', 'Shymkent', SKR, {'note': "NI:child's kindergarten and doctors"}),
     ],
     inc={SKR: (1, 'fatal collision near Kentau in August 2015 (background of the custody case; the court ruling is not counted)')}),

dict(id='p012', date='2021-06-07', lang='ru',
     event='2021 two boys drown in a flooded quarry near Talapker, Tselinograd district (Akmola Region); families live in Talapker, fathers work in Nur-Sultan; akim of the Talapker rural okrug; Tselinograd the district, not the old name of the capital',
     text="""Двое мальчиков утонули в затопленном карьере под Нур-Султаном
НУР-СУЛТАН, 7 июня. Два мальчика 11 и 12 лет утонули в воскресенье в затопленном карьере возле села Талапкер Целиноградского района Акмолинской области, сообщил департамент по чрезвычайным ситуациям региона.
Школьники приехали к карьеру на велосипедах вместе с тремя друзьями. По словам очевидцев, один из мальчиков начал тонуть, второй бросился ему на помощь. Тела водолазы подняли через два часа. Обе семьи живут в Талапкере, отцы работают в Нур-Султане.
Купаться в карьере запрещено, но табличка у воды давно упала, жалуются местные жители. Аким Талапкерского сельского округа Ерлан Жумабеков пообещал огородить карьер до конца недели.
С начала купального сезона в Акмолинской области утонули уже семь человек, из них четверо детей.""",
     ann=[
        ('Нур-Султаном', 0, 'city', 'Astana', 'Astana', {'note': 'NI:headline; reference point'}),
        ('НУР-СУЛТАН', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Талапкер', 0, 'village', 'Talapker', AKR),
        ('Целиноградского района', 0, 'district', 'Tselinograd District', AKR, {'note': 'the district, not the Soviet name of the capital'}),
        ('Акмолинской области', 0, 'region', AKR, AKR),
        ('Талапкере', 0, 'village', 'Talapker', AKR, {'note': "NI:families' residence"}),
        ('Нур-Султане', 0, 'city', 'Astana', 'Astana', {'note': "NI:fathers' workplace"}),
        ('Талапкерского сельского округа', 0, 'village', 'Talapker rural okrug', AKR, {'note': "NI:inside an official's title; rural okrug named after its centre village"}),
        ('Акмолинской области', 1, 'region', AKR, AKR, {'note': 'NI:statistic'}),
     ],
     inc={AKR: (1, 'two boys drowned in a flooded quarry near Talapker (one event); the seven drownings since the start of the season are a statistic')}),

dict(id='p013', date='2024-02-20', lang='ru',
     event='2024 Jetisu and Almaty regions: a student kidnapped for marriage in Taldykorgan and held in Karabulak, Eskeldi district (Jetisu Region), her mother living in Kabanbai, Alakol district; Esik court sentences a Shelek man for beating his wife (Almaty Region); a runaway teenager from Konaev found in Almaly district of Almaty (no incident); crisis centre in Tekeli; kidnapping statistics by region',
     text="""Жетысу и Алматинская область: похищение невесты, приговор за побои, кризисный центр
ТАЛДЫКОРГАН, 20 февраля. Полиция Жетысуской области освободила 18-летнюю студентку, которую похитили возле колледжа в Талдыкоргане, чтобы выдать замуж. Девушку увезли в село Карабулак Ескельдинского района, где около суток продержали в доме родственников жениха. Трое мужчин задержаны, возбуждено дело о похищении человека.
Мать студентки, которая живёт в селе Кабанбай Алакольского района, рассказала, что родня жениха уже приезжала к ним свататься и получила отказ. «Мы сказали нет. Тогда они решили, что дочь можно просто увезти», – сказала она.
«Мы нашли её по звонку подруги, которая видела, как девушку силой сажали в машину», – рассказал начальник полиции Ескельдинского района Бауржан Алибеков.
В соседней Алматинской области Енбекшиказахский районный суд в Есике приговорил 40-летнего жителя села Шелек к трём годам лишения свободы. В октябре прошлого года он избил жену металлическим прутом на глазах у детей. Раньше его дважды наказывали по административным статьям.
В Алматы в воскресенье нашли 14-летнего подростка из Конаева, которого родители искали неделю. Его обнаружили в компьютерном клубе в Алмалинском районе. По словам полиции, мальчик ушёл из дома после ссоры с отчимом.
Тем временем в Текели открылся кризисный центр на 15 мест – второй в Жетысуской области после талдыкорганского. Центр принимает женщин вместе с детьми и работает круглосуточно. До сих пор женщинам из Сарканда и Ушарала приходилось ехать в Талдыкорган или даже в Алматы.
По данным МВД, в прошлом году в Казахстане зарегистрировано более 200 случаев похищения девушек с целью женитьбы, больше всего – в Жамбылской, Туркестанской и Жетысуской областях. Законопроект, ужесточающий наказание за семейно-бытовое насилие, обсуждается в Мажилисе в Астане.""",
     ann=[
        ('Жетысу', 0, 'region', JTR, JTR, {'note': 'headline; in a list sharing "область"'}),
        ('Алматинская область', 0, 'region', ALR, ALR, {'note': 'headline'}),
        ('ТАЛДЫКОРГАН', 0, 'city', 'Taldykorgan', JTR, {'note': 'dateline; seat of Jetisu Region since 2022-06-08'}),
        ('Жетысуской области', 0, 'region', JTR, JTR, {'note': 'inside the name of an authority (police)'}),
        ('Талдыкоргане', 0, 'city', 'Taldykorgan', JTR, {'note': 'place of the kidnapping'}),
        ('Карабулак', 0, 'village', 'Karabulak (Eskeldi district)', JTR, {'note': 'where the student was held'}),
        ('Ескельдинского района', 0, 'district', 'Eskeldi District', JTR),
        ('Ескельдинского района', 1, 'district', 'Eskeldi District', JTR, {'note': "inside an official's title"}),
        ('Кабанбай', 0, 'village', 'Kabanbai (Alakol district)', JTR, {'note': "NI:mother's residence"}),
        ('Алакольского района', 0, 'district', 'Alakol District', JTR, {'note': "NI:mother's residence"}),
        ('Алматинской области', 0, 'region', ALR, ALR),
        ('Енбекшиказахский', 0, 'district', 'Enbekshikazakh District', ALR, {'note': 'NI:inside the name of a court'}),
        ('Есике', 0, 'city', 'Esik', ALR, {'note': 'NI:seat of the court'}),
        ('Шелек', 0, 'village', 'Shelek', ALR, {'note': "offender's village; the beating took place at home"}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:runaway teenager found'}),
        ('Конаева', 0, 'city', 'Konaev', ALR, {'note': "NI:teenager's home town"}),
        ('Алмалинском районе', 0, 'district', 'Almaly District (Almaty)', 'Almaty', {'subkind': 'city district', 'note': 'NI:teenager found'}),
        ('Текели', 0, 'city', 'Tekeli', JTR, {'note': 'NI:crisis centre opened'}),
        ('Жетысуской области', 1, 'region', JTR, JTR, {'note': 'NI:crisis centres'}),
        ('Сарканда', 0, 'city', 'Sarkand', JTR, {'note': "NI:women's origin"}),
        ('Ушарала', 0, 'city', 'Usharal', JTR, {'note': "NI:women's origin"}),
        ('Талдыкорган', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:crisis centre'}),
        ('Алматы', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:crisis centre'}),
        ('Казахстане', 0, 'country', 'Kazakhstan', N),
        ('Жамбылской', 0, 'region', JR, JR, {'note': 'NI:statistic; in a list sharing "областях"'}),
        ('Туркестанской', 0, 'region', TR, TR, {'note': 'NI:statistic; in a list sharing "областях"'}),
        ('Жетысуской', 2, 'region', JTR, JTR, {'note': 'NI:statistic; in a list sharing "областях"'}),
        ('Астане', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of parliament'}),
     ],
     inc={JTR: (1, 'student kidnapped for marriage in Taldykorgan and held in Karabulak, Eskeldi district (one kidnapping)'),
          ALR: (1, 'wife beaten with a metal rod in Shelek in October 2023 (the offence narrated in a court report; the sentence is not counted; doubtful)')}),

dict(id='p014', date='2019-04-15', lang='ru',
     event='2019 caregiver at Children\'s Home No. 2 in Aktobe suspected of beating children with a skipping rope (Aktobe Region); siblings from Shalkar and Irgiz districts; ombudsman from Nur-Sultan three weeks after the renaming',
     text="""В Актобе воспитательницу детского дома подозревают в избиении детей
АКТОБЕ, 15 апреля. Полиция Актюбинской области начала досудебное расследование после того, как в детском доме №2 в Актобе воспитательница, по данным следствия, била воспитанников скакалкой. Видео, на котором женщина наказывает восьмилетнего мальчика, опубликовал в соцсетях бывший сотрудник учреждения.
Воспитательница отстранена от работы. В управлении образования сообщили, что в детском доме живут 64 ребёнка, в том числе 11 братьев и сестёр из Шалкарского и Иргизского районов.
Уполномоченный по правам ребёнка Дина Сейтказина, которая прилетела из Нур-Султана, встретилась с детьми и пообещала проверить все детские дома региона. «Подобные случаи уже были в других областях, и каждый раз мы узнаём о них из соцсетей, а не от директоров», – сказала она.""",
     ann=[
        ('Актобе', 0, 'city', 'Aktobe', AR, {'note': 'headline'}),
        ('АКТОБЕ', 0, 'city', 'Aktobe', AR, {'note': 'dateline'}),
        ('Актюбинской области', 0, 'region', AR, AR, {'note': 'inside the name of an authority (police)'}),
        ('Актобе', 1, 'city', 'Aktobe', AR),
        ('Шалкарского', 0, 'district', 'Shalkar District', AR, {'note': 'NI:origin of children; in a list sharing "районов"'}),
        ('Иргизского', 0, 'district', 'Irgiz District', AR, {'note': 'NI:origin of children; in a list sharing "районов"'}),
        ('Нур-Султана', 0, 'city', 'Astana', 'Astana', {'note': "NI:ombudsman's origin; renamed 2019-03-23"}),
     ],
     inc={AR: (1, 'caregiver beating children at Children\'s Home No. 2 in Aktobe, framed as one case (doubtful: repeated beatings)')}),

dict(id='p015', date='2007-10-02', lang='ru',
     event='2007 mother and two children die in a night fire in a hostel in the Samal microdistrict of Zhanaozen (Mangystau Region); the family came from the village of Tenge (not the currency); Aktau dateline',
     text="""Мать и двое детей погибли при пожаре в общежитии Жанаозена
АКТАУ, 2 октября. Женщина и двое её детей погибли ночью при пожаре в общежитии в микрорайоне Самал города Жанаозен Мангистауской области, сообщили в областном департаменте по чрезвычайным ситуациям.
Огонь вспыхнул в комнате на третьем этаже около трёх часов ночи. Ещё 40 жильцов эвакуировали, шесть человек с отравлением дымом доставлены в городскую больницу. По предварительной версии, причиной пожара стал самодельный электрообогреватель.
Семья переехала в Жанаозен весной из села Тенге. Отец семейства работает на нефтепромысле вахтовым методом и в ночь пожара был на смене.
Родственники погибших рассказали, что семья три года стояла в очереди на квартиру. Аким города пообещал в ближайшее время предоставить жильё другим многодетным семьям из общежития.""",
     ann=[
        ('Жанаозена', 0, 'city', 'Zhanaozen', MR, {'note': 'headline'}),
        ('АКТАУ', 0, 'city', 'Aktau', MR, {'note': 'dateline'}),
        ('Самал', 0, 'district', 'Samal (Zhanaozen)', MR, {'subkind': 'microdistrict'}),
        ('Жанаозен', 0, 'city', 'Zhanaozen', MR),
        ('Мангистауской области', 0, 'region', MR, MR),
        ('Жанаозен', 1, 'city', 'Zhanaozen', MR, {'note': "NI:family's new residence"}),
        ('Тенге', 0, 'village', 'Tenge', MR, {'note': "NI:family's origin; the village, not the currency"}),
     ],
     inc={MR: (1, 'fatal night fire in a hostel in the Samal microdistrict of Zhanaozen')}),

dict(id='p016', date='2013-01-28', lang='ru',
     event='2013 carbon monoxide kills a man and his son in Ganyushkino, Kurmangazy district (Atyrau Region); gas in Atyrau and Kulsary; stove heating in Ganyushkino and Kotyaevka; families from Russia\'s Astrakhan Oblast',
     text="""Двое погибли от угарного газа в Курмангазинском районе
АТЫРАУ, 28 января. В селе Ганюшкино Курмангазинского района Атырауской области от отравления угарным газом погибли мужчина и его 10-летний сын, ещё трое членов семьи в тяжёлом состоянии доставлены в районную больницу, сообщили в ДЧС области.
Как выяснили спасатели, хозяева рано закрыли заслонку печи, которую топили углём. Утром семью обнаружила соседка, зашедшая за молоком.
Это уже третий с начала января случай отравления угарным газом в регионе. В Атырау и Кульсары газ проведён почти во все дома, но в сёлах у российской границы, в том числе в Ганюшкино и Котяевке, многие семьи по-прежнему живут с печным отоплением. Уголь сюда завозят из Астраханской области России, и он дорожает каждую зиму.""",
     ann=[
        ('Курмангазинском районе', 0, 'district', 'Kurmangazy District', ATR, {'note': 'headline'}),
        ('АТЫРАУ', 0, 'city', 'Atyrau', ATR, {'note': 'dateline'}),
        ('Ганюшкино', 0, 'village', 'Ganyushkino', ATR),
        ('Курмангазинского района', 0, 'district', 'Kurmangazy District', ATR),
        ('Атырауской области', 0, 'region', ATR, ATR),
        ('Атырау', 0, 'city', 'Atyrau', ATR, {'note': 'NI:gas supply'}),
        ('Кульсары', 0, 'city', 'Kulsary', ATR, {'note': 'NI:gas supply'}),
        ('Ганюшкино', 1, 'village', 'Ganyushkino', ATR, {'note': 'NI:stove heating'}),
        ('Котяевке', 0, 'village', 'Kotyaevka', ATR, {'note': 'NI:stove heating'}),
        ('Астраханской области', 0, 'foreign', 'Astrakhan Oblast', N, {'note': 'NI:origin of coal'}),
        ('России', 0, 'foreign', 'Russia', N, {'note': 'NI:origin of coal'}),
     ],
     inc={ATR: (1, 'carbon monoxide poisoning in Ganyushkino, two dead; "third case since January" is a statistic')}),
]
