"""Russian texts of the seventh unseen check corpus (annotation tuples described in
tests/build_check_corpus.py)."""
N = None
JR, ALR, KYR, TR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'Turkistan Region', 'South Kazakhstan Region'
ABR, JTR, EKR, MR, KOR = 'Abai Region', 'Jetisu Region', 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR, UR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region', 'Ulytau Region'
ATR, AR, WKR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region'

DOCS = [
dict(id='t009', date='1998-02-10', lang='ru',
     event='1998 boiler explosion in Akmola (the capital) and a lorry-bus collision near Osakarovka on the Akmola-Karaganda road (Karaganda Region)',
     text="""АКМОЛА, 10 февраля (Интерфакс-Казахстан) – Взрыв котла в котельной на улице Победы в Акмоле оставил без тепла около 200 жилых домов в двух микрорайонах столицы, сообщили в городском штабе по чрезвычайным ситуациям. Двое операторов котельной получили ожоги.
По словам заместителя акима Акмолы Ерлана Ишимова, аварийные бригады из Караганды и Темиртау работают круглосуточно, тепло обещают вернуть к утру среды. На улице около минус 35 градусов.
В тот же день на трассе Акмола – Караганда у поселка Осакаровка в Карагандинской области в снежной мгле столкнулись грузовик и междугородний автобус. Погиб водитель грузовика, шестеро пассажиров автобуса госпитализированы.
Перенос столицы из Алматы в Акмолу завершился в декабре прошлого года. Жители жалуются, что коммунальные сети города не рассчитаны на быстрый рост населения.""",
     ann=[
        ('АКМОЛА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline; the capital under its 1992-1998 name'}),
        ('Победы', 0, 'facility', 'Pobedy Street (Astana)', 'Astana', {'subkind': 'street'}),
        ('Акмоле', 0, 'city', 'Astana', 'Astana'),
        ('двух микрорайонах', 0, 'quantified', '2 microdistricts', N, {'count': 2, 'unit': 'microdistrict', 'note': 'the unnamed microdistricts of the capital left without heat; located by the city'}),
        ('Акмолы', 0, 'city', 'Astana', 'Astana', {'note': 'NI:inside the title of an official'}),
        ('Караганды', 0, 'city', 'Karaganda', KR, {'note': 'NI:origin of repair crews'}),
        ('Темиртау', 0, 'city', 'Temirtau', KR, {'note': 'NI:origin of repair crews'}),
        ('Акмола', 0, 'city', 'Astana', 'Astana', {'note': 'NI:route endpoint'}),
        ('Караганда', 0, 'city', 'Karaganda', KR, {'note': 'NI:route endpoint'}),
        ('Осакаровка', 0, 'village', 'Osakarovka', KR),
        ('Карагандинской области', 0, 'region', KR, KR),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:former capital'}),
        ('Акмолу', 0, 'city', 'Astana', 'Astana', {'note': 'NI:new capital'}),
     ],
     inc={'Astana': (1, 'boiler explosion on Pobedy Street'), KR: (1, 'lorry-bus collision near Osakarovka')}),

dict(id='t010', date='2003-06-18', lang='ru',
     event='2003 food poisoning of boarding-school pupils in Shalkiya, Zhanakorgan district (Kyzylorda Region)',
     text="""КЫЗЫЛОРДА, 18 июня (Казинформ) – 27 учеников школы-интерната в селе Шалкия Жанакорганского района доставлены в больницу с признаками пищевого отравления после обеда в школьной столовой, сообщили в департаменте здравоохранения Кызылординской области.
Дети пожаловались на боли в животе и тошноту во вторник вечером. Восемь из них переведены в областную детскую больницу в Кызылорде, состояние остальных врачи оценивают как удовлетворительное.
Санитарные врачи взяли пробы молока и мясного фарша, который поставлял предприниматель из Шымкента. Возбуждено уголовное дело о нарушении санитарных правил.
«Проверки пройдут во всех школах области», – сказал заместитель акима района Бахыт Сырдарьев.
Шалкия стоит на трассе Самара – Шымкент, в 40 км от Жанакоргана. В селе живут около 5 тысяч человек, многие работают на руднике у подножия хребта Каратау.""",
     ann=[
        ('КЫЗЫЛОРДА', 0, 'city', 'Kyzylorda', KYR, {'note': 'dateline'}),
        ('Шалкия', 0, 'village', 'Shalkiya', KYR),
        ('Жанакорганского района', 0, 'district', 'Zhanakorgan District', KYR),
        ('Кызылординской области', 0, 'region', KYR, KYR, {'note': 'inside the name of an authority'}),
        ('Кызылорде', 0, 'city', 'Kyzylorda', KYR, {'note': 'NI:hospital city'}),
        ('Шымкента', 0, 'city', 'Shymkent', SKR, {'note': 'NI:origin of the supplier'}),
        ('Шалкия', 1, 'village', 'Shalkiya', KYR),
        ('Самара', 0, 'foreign', 'Samara', N, {'note': 'route endpoint'}),
        ('Шымкент', 0, 'city', 'Shymkent', SKR, {'note': 'NI:route endpoint'}),
        ('Жанакоргана', 0, 'village', 'Zhanakorgan', KYR, {'note': 'NI:reference point'}),
        ('Каратау', 0, 'facility', 'Karatau range', N, {'subkind': 'mountain range'}),
     ],
     inc={KYR: (1, 'food poisoning of pupils in Shalkiya (non-fatal mass poisoning counted as a mishap; doubtful)')}),

dict(id='t011', date='2008-04-04', lang='ru',
     event='2008 dam breach at the Tasotkel reservoir floods villages of Shu district (Jambyl Region)',
     text="""ТАРАЗ, 4 апреля (KazTAG) – Талые воды прорвали дамбу Тасоткельского водохранилища в ночь на пятницу и подтопили два села Шуского района, сообщил департамент по ЧС Жамбылской области.
В селах Тасоткель и Бирлик вода зашла в 86 дворов, около 400 жителей вывезены в школу районного центра Толе би. Погибших нет.
«Уровень воды в реке Шу за сутки поднялся на полтора метра из-за сброса с Ортотокойского водохранилища в Кыргызстане», – сказал начальник областного департамента по ЧС Марат Шуаков.
На место направлены спасатели из Тараза и Алматы, а также военные из Кордая. Движение по трассе Алматы – Ташкент на участке у Шу ограничено.
Весенний паводок в этом году затронул и соседний Мойынкумский район, где вода размыла дорогу к селу Уланбель.""",
     ann=[
        ('ТАРАЗ', 0, 'city', 'Taraz', JR, {'note': 'dateline'}),
        ('Тасоткельского водохранилища', 0, 'facility', 'Tasotkel reservoir', N, {'subkind': 'reservoir', 'note': 'in Shu district, Jambyl Region'}),
        ('два села Шуского района', 0, 'quantified', '2 villages', N, {'count': 2, 'unit': 'village', 'note': 'flooded villages of Shu district, named in the next sentence'}),
        ('Жамбылской области', 0, 'region', JR, JR, {'note': 'inside the name of an authority'}),
        ('Тасоткель', 0, 'village', 'Tasotkel', JR),
        ('Бирлик', 0, 'village', 'Birlik (Shu)', JR),
        ('Толе би', 0, 'village', 'Tole Bi (Shu)', JR, {'note': 'NI:evacuation point; the village, not Tolebi district of Turkistan Region'}),
        ('Шу', 0, 'facility', 'Shu', N, {'subkind': 'river'}),
        ('Ортотокойского водохранилища', 0, 'foreign', 'Orto-Tokoy reservoir', N),
        ('Кыргызстане', 0, 'foreign', 'Kyrgyzstan', N),
        ('Тараза', 0, 'city', 'Taraz', JR, {'note': 'NI:origin of rescuers'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of rescuers'}),
        ('Кордая', 0, 'village', 'Kordai', JR, {'note': 'NI:origin of soldiers'}),
        ('Алматы', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:route endpoint'}),
        ('Ташкент', 0, 'foreign', 'Tashkent', N, {'note': 'route endpoint'}),
        ('Шу', 1, 'city', 'Shu', JR, {'uncertain': True, 'note': 'NI:traffic restriction, an official measure; read as the town of Shu, could be the river'}),
        ('Мойынкумский район', 0, 'district', 'Moiynkum District', JR),
        ('Уланбель', 0, 'village', 'Ulanbel', JR),
     ],
     inc={JR: (1, 'spring flood: dam breach flooding Tasotkel and Birlik, road washed out in Moiynkum district (one natural disaster per ADM1)')}),

dict(id='t012', date='2012-10-25', lang='ru',
     event='2012 gas pipeline rupture and fire in Beineu district and a head-on crash near Shetpe (Mangystau Region)',
     text="""АКТАУ, 25 октября (Tengrinews) – Участок магистрального газопровода «Окарем – Бейнеу» разорвался и загорелся в среду вечером в Бейнеуском районе, в 30 км от поселка Бейнеу, сообщили в департаменте по ЧС Мангистауской области. Пострадавших нет, пламя высотой до 50 метров удалось сбить лишь через шесть часов.
Подача туркменского газа по этой нитке временно прекращена.
В тот же вечер на трассе Бейнеу – Актау у поселка Шетпе Мангистауского района лоб в лоб столкнулись грузовик и легковой автомобиль. Погибли три человека, в том числе ребенок. Семья ехала из Жанаозена в Атырау.
«Причины разрыва трубы установит комиссия», – сказал аким района Серик Устюртов.
По газопроводу газ из Туркменистана поступает в Бейнеу, а оттуда уходит в Россию. Его ремонт, по данным министерства нефти и газа Казахстана, займет около недели.""",
     ann=[
        ('АКТАУ', 0, 'city', 'Aktau', MR, {'note': 'dateline'}),
        ('Окарем', 0, 'foreign', 'Okarem', N, {'note': 'pipeline endpoint in Turkmenistan'}),
        ('Бейнеу', 0, 'village', 'Beineu', MR, {'note': 'NI:pipeline endpoint'}),
        ('Бейнеуском районе', 0, 'district', 'Beineu District', MR),
        ('Бейнеу', 1, 'village', 'Beineu', MR, {'note': 'NI:reference point'}),
        ('Мангистауской области', 0, 'region', MR, MR, {'note': 'inside the name of an authority'}),
        ('Бейнеу', 2, 'village', 'Beineu', MR, {'note': 'NI:route endpoint'}),
        ('Актау', 0, 'city', 'Aktau', MR, {'note': 'NI:route endpoint'}),
        ('Шетпе', 0, 'village', 'Shetpe', MR),
        ('Мангистауского района', 0, 'district', 'Mangystau District', MR),
        ('Жанаозена', 0, 'city', 'Zhanaozen', MR, {'note': 'NI:origin of the family'}),
        ('Атырау', 0, 'city', 'Atyrau', ATR, {'note': 'NI:destination of the family'}),
        ('Туркменистана', 0, 'foreign', 'Turkmenistan', N),
        ('Бейнеу', 3, 'village', 'Beineu', MR, {'note': 'NI:pipeline junction'}),
        ('Россию', 0, 'foreign', 'Russia', N),
        ('Казахстана', 0, 'country', 'Kazakhstan', N, {'note': 'inside the name of a ministry'}),
     ],
     inc={MR: (2, 'gas pipeline rupture and fire in Beineu district; head-on crash near Shetpe')}),

dict(id='t013', date='2015-01-28', lang='ru',
     event='2015 market roof collapse in Semey and an avalanche on houses in Zyryanovsk (East Kazakhstan Region)',
     text="""УСТЬ-КАМЕНОГОРСК, 28 января (Azattyq) – Под тяжестью снега обрушилась часть кровли крытого рынка на улице Шугаева в Семее. Погибла продавщица, еще пять человек получили травмы, сообщил департамент по ЧС Восточно-Казахстанской области.
Рынок построен в 1970-х годах, когда город еще назывался Семипалатинском. Покупатели приезжают сюда даже из Павлодара и российского Рубцовска.
В тот же день на окраине Зыряновска снежная лавина накрыла два частных дома. Спасатели откопали из-под снега троих жителей, одного из них госпитализировали.
«Снега за январь выпало в полтора раза больше нормы», – сказал заместитель акима области Ерлан Иртышбаев. По его словам, проверки кровель начаты во всех районах области, а на горных дорогах Катон-Карагайского района введено ограничение движения.""",
     ann=[
        ('УСТЬ-КАМЕНОГОРСК', 0, 'city', 'Oskemen', EKR, {'note': 'dateline'}),
        ('Шугаева', 0, 'facility', 'Shugayev Street (Semey)', EKR, {'subkind': 'street', 'note': 'named after a person'}),
        ('Семее', 0, 'city', 'Semey', EKR),
        ('Восточно-Казахстанской области', 0, 'region', EKR, EKR, {'note': 'inside the name of an authority'}),
        ('Семипалатинском', 0, 'city', 'Semey', EKR, {'note': 'NI:former name of Semey'}),
        ('Павлодара', 0, 'city', 'Pavlodar', PR, {'note': 'NI:origin of customers'}),
        ('Рубцовска', 0, 'foreign', 'Rubtsovsk', N, {'note': 'origin of customers'}),
        ('Зыряновска', 0, 'city', 'Altai (Zyryanovsk)', EKR, {'note': 'Zyryanovsk, renamed Altai in 2019'}),
        ('всех районах', 0, 'quantified', 'all districts', N, {'count': None, 'unit': 'district', 'quantifier': 'all', 'note': 'inspections, not incidents'}),
        ('Катон-Карагайского района', 0, 'district', 'Katon-Karagay District', EKR, {'note': 'NI:traffic restriction, an official measure'}),
     ],
     inc={EKR: (2, 'market roof collapse in Semey; avalanche on houses in Zyryanovsk')}),

dict(id='t014', date='2019-07-02', lang='ru',
     event='2019 stampede at the Astana Arena in Nur-Sultan, the February house fire, and a rally of mothers in Shymkent',
     text="""НУР-СУЛТАН, 2 июля (Vlast.kz) – 11 человек, в том числе четверо подростков, пострадали в давке у выхода со стадиона «Астана Арена» после концерта российской певицы в понедельник вечером, сообщили в управлении здравоохранения столицы. Двое госпитализированы с переломами.
По словам очевидцев, толпа хлынула к единственному открытому выходу на проспект Туран. Организатор концерта из Москвы принес извинения.
В тот же день в Шымкенте около 60 многодетных матерей собрались у здания акимата на площади Аль-Фараби, требуя жилья. Полиция задержала трех участниц несанкционированного митинга, позже их отпустили.
«Очередь на жилье – более 40 тысяч семей», – сказал депутат маслихата Шымкента Ерлан Туранов.
Матери вышли на улицы после того, как в феврале в Нур-Султане при пожаре в частном доме погибли пять сестер. С тех пор подобные акции прошли в нескольких городах страны.""",
     ann=[
        ('НУР-СУЛТАН', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Астана Арена', 0, 'facility', 'Astana Arena', 'Astana', {'subkind': 'stadium'}),
        ('Туран', 0, 'facility', 'Turan Avenue (Astana)', 'Astana', {'subkind': 'street'}),
        ('Москвы', 0, 'foreign', 'Moscow', N, {'note': 'origin of the organiser'}),
        ('Шымкенте', 0, 'city', 'Shymkent', 'Shymkent'),
        ('Аль-Фараби', 0, 'facility', 'Al-Farabi Square (Shymkent)', 'Shymkent', {'subkind': 'square', 'note': 'named after a person'}),
        ('Шымкента', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'inside the name of an authority'}),
        ('Нур-Султане', 0, 'city', 'Astana', 'Astana'),
        ('нескольких городах', 0, 'quantified', 'several cities', N, {'count': None, 'unit': 'city', 'note': 'protests in unnamed cities'}),
     ],
     inc={'Astana': (2, 'stampede at the Astana Arena; February house fire killing five sisters (background narrated explicitly)'),
          'Shymkent': (1, 'unsanctioned rally of mothers with detentions')},
     unatt=[{'label': 'нескольких городах', 'count': None, 'note': 'similar protests in several unnamed cities since February'}]),

dict(id='t015', date='2022-08-15', lang='ru',
     event='2022 conscript shoots colleagues at a border outpost near Koktal, Panfilov district (Jetisu Region, two months after its creation)',
     text="""ТАЛДЫКОРГАН, 15 августа (Orda.kz) – Военнослужащий срочной службы открыл огонь по сослуживцам на пограничной заставе у села Коктал Панфиловского района. Погибли двое пограничников, еще один ранен, сообщила Пограничная служба КНБ Казахстана. Стрелявший задержан через три часа в пяти километрах от заставы. Его имя не называется; по данным ведомства, он служил около пяти месяцев и ранее не имел взысканий.
Застава охраняет участок границы с Китаем между Жаркентом и пунктом пропуска «Нур Жолы» у Хоргоса.
Тела погибших отправлены на родину – в Туркестанскую область и в Кызылорду. Военная прокуратура возбудила уголовное дело.
Панфиловский район вошел в состав новой Жетысуской области, выделенной в июне из Алматинской области. Ее центром стал Талдыкорган.""",
     ann=[
        ('ТАЛДЫКОРГАН', 0, 'city', 'Taldykorgan', JTR, {'note': 'dateline'}),
        ('Коктал', 0, 'village', 'Koktal', JTR),
        ('Панфиловского района', 0, 'district', 'Panfilov District', JTR),
        ('Казахстана', 0, 'country', 'Kazakhstan', N, {'note': 'inside the name of an authority'}),
        ('Китаем', 0, 'foreign', 'China', N),
        ('Жаркентом', 0, 'city', 'Zharkent', JTR, {'note': 'NI:reference point'}),
        ('Нур Жолы', 0, 'facility', 'Nur Zholy border crossing', JTR, {'subkind': 'border crossing', 'note': 'NI:reference point'}),
        ('Хоргоса', 0, 'village', 'Khorgos', JTR, {'note': 'NI:reference point'}),
        ('Туркестанскую область', 0, 'region', TR, TR, {'note': 'NI:home region of a victim'}),
        ('Кызылорду', 0, 'city', 'Kyzylorda', KYR, {'note': 'NI:home town of a victim'}),
        ('Панфиловский район', 0, 'district', 'Panfilov District', JTR),
        ('Жетысуской области', 0, 'region', JTR, JTR),
        ('Алматинской области', 0, 'region', ALR, ALR, {'note': 'NI:the former unit of the district'}),
        ('Талдыкорган', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:regional centre'}),
     ],
     inc={JTR: (1, 'shooting at the border outpost near Koktal')}),

dict(id='t016', date='2025-03-20', lang='ru',
     event='2025 football league opening round: clubs named after places (no incident)',
     text="""АТЫРАУ, 20 марта (Sports.kz) – Футбольный клуб «Атырау» обыграл «Жетысу» из Талдыкоргана со счетом 2:1 в матче первого тура Премьер-лиги на стадионе «Мунайшы», собравшем 8 тысяч зрителей.
Гости прилетели в Атырау накануне из Алматы, так как прямого рейса из Талдыкоргана нет.
В других матчах тура «Кайсар» из Кызылорды принимал «Актобе», а «Ордабасы» в Шымкенте сыграл вничью с «Елимаем» из Семея. Всего матчи тура прошли в шести городах.
«Поле после зимы в хорошем состоянии, подогрев работает», – сказал директор стадиона Нурлан Жайыков.
Болельщики «Атырау» приехали на матч даже из Кульсары и Макатского района. В этом сезоне лига впервые играет без зимнего перерыва, в ней участвуют команды из 12 городов Казахстана.""",
     ann=[
        ('АТЫРАУ', 0, 'city', 'Atyrau', ATR, {'note': 'dateline'}),
        ('Талдыкоргана', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:home of a club'}),
        ('Мунайшы', 0, 'facility', 'Munaishy stadium (Atyrau)', ATR, {'subkind': 'stadium'}),
        ('Атырау', 1, 'city', 'Atyrau', ATR, {'note': 'the city; occurrences 0 and 2 are the club'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:route point'}),
        ('Талдыкоргана', 1, 'city', 'Taldykorgan', JTR, {'note': 'NI:no direct flight from there'}),
        ('Кызылорды', 0, 'city', 'Kyzylorda', KYR),
        ('Шымкенте', 0, 'city', 'Shymkent', 'Shymkent'),
        ('Семея', 0, 'city', 'Semey', ABR),
        ('шести городах', 0, 'quantified', '6 cities', N, {'count': 6, 'unit': 'city', 'note': 'matches, not incidents'}),
        ('Кульсары', 0, 'city', 'Kulsary', ATR, {'note': 'NI:origin of fans'}),
        ('Макатского района', 0, 'district', 'Makat District', ATR, {'note': 'NI:origin of fans'}),
        ('12 городов', 0, 'quantified', '12 cities', N, {'count': 12, 'unit': 'city', 'note': 'league members, not incidents'}),
        ('Казахстана', 0, 'country', 'Kazakhstan', N),
     ],
     inc={}),
]
