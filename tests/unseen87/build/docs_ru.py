"""Russian texts of the eighty-seventh unseen check corpus."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'
CP = 'checkpoint'

DOCS = [
dict(id='p009', date='2019-11-27', lang='ru',
     event='2019 20-km queue at the Kordai checkpoint on the Kyrgyz border: knife fight between drivers near Kordai village and a minibus fire in the same queue (Jambyl Region); Kyrgyz drivers block the road at Ak-Zhol (Chui Region, not counted); Karasu checkpoint; Karkara in Kegen district closed for winter (Almaty Region); the driver Nursultan Kenzhebayev',
     text="""Очередь к «Кордаю» растянулась на 20 километров
ТАРАЗ, 27 ноября. КазТАГ – Очередь грузовиков к пункту пропуска «Кордай» на границе с Кыргызстаном в среду растянулась почти на 20 километров, сообщили в департаменте государственных доходов по Жамбылской области. Водители говорят, что стоят по трое-четверо суток.
С кыргызской стороны, на посту «Ак-Жол», ситуация не лучше. Во вторник около сотни кыргызских водителей перекрыли там трассу на Бишкек, требуя ускорить досмотр; милиция Чуйской области уговорила их разойтись только к вечеру.
Ночью в очереди у села Кордай вспыхнула драка между водителями фур из Шымкента и Алматы: один получил ножевое ранение, двоих задержали, сообщили в полиции Кордайского района. А утром в той же очереди загорелся микроавтобус с грузом одежды из Бишкека. Пожар потушили за полчаса, пострадавших нет.
«Везу лук из Туркестанской области, он уже мёрзнет», – жалуется водитель Нурсултан Кенжебаев. По его словам, на посту «Карасу» в том же районе машины проходят быстрее, но туда пускают только легковые автомобили.
В Комитете госдоходов в Нур-Султане заявили, что контроль усилили после того, как в октябре на границе задержали несколько грузовиков с незадекларированными товарами из Китая. Проверки ужесточены во всех пунктах пропуска в четырёх районах области. В Бишкеке меры называют «искусственными барьерами» внутри ЕАЭС.
Для жителей Кордая и соседних сёл очередь стала привычной картиной: местные торгуют вдоль неё горячим чаем и самсой. А пункт «Каркара» в Кегенском районе Алматинской области закрыт на зиму, и фуры, которые раньше шли через Кеген, теперь тоже стоят в очереди к «Кордаю». Водители надеются, что к Новому году очередь сократится: в прошлом декабре фуры стояли у границы не больше суток.""",
     ann=[
        ('Кордаю', 0, 'facility', 'Kordai checkpoint', JR, {'subkind': CP, 'note': 'headline; name in quotes'}),
        ('ТАРАЗ', 0, 'city', 'Taraz', JR, {'note': 'dateline'}),
        ('Кордай', 0, 'facility', 'Kordai checkpoint', JR, {'subkind': CP, 'note': 'NI:queue'}),
        ('Кыргызстаном', 0, 'foreign', 'Kyrgyzstan', N),
        ('Жамбылской области', 0, 'region', JR, JR, {'note': 'inside the name of an authority'}),
        ('Ак-Жол', 0, 'foreign', 'Ak-Zhol checkpoint (Kyrgyzstan)', N, {'subkind': CP, 'note': 'Kyrgyz post; the drivers\' road block there is outside Kazakhstan'}),
        ('Бишкек', 0, 'foreign', 'Bishkek', N, {'note': 'NI:road endpoint'}),
        ('Чуйской области', 0, 'foreign', 'Chui Region', N, {'note': 'inside the name of a Kyrgyz authority'}),
        ('Кордай', 1, 'village', 'Kordai', JR, {'note': 'knife fight in the queue near the village'}),
        ('Шымкента', 0, 'city', 'Shymkent', 'Shymkent', {'note': "NI:drivers' origin"}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': "NI:drivers' origin"}),
        ('Кордайского района', 0, 'district', 'Kordai District', JR, {'note': 'inside the name of an authority (police)'}),
        ('Бишкека', 0, 'foreign', 'Bishkek', N, {'note': 'NI:origin of the load'}),
        ('Туркестанской области', 0, 'region', TR, TR, {'note': 'NI:origin of the load; Russian form of Turkistan'}),
        ('Карасу', 0, 'facility', 'Karasu checkpoint', JR, {'subkind': CP, 'note': 'NI:faster crossing'}),
        ('Нур-Султане', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the committee'}),
        ('Китая', 0, 'foreign', 'China', N, {'note': 'NI:origin of goods'}),
        ('четырёх районах', 0, 'quantified', '4 districts', N, {'count': 4, 'unit': 'district', 'note': 'NI:checks tightened, no incident'}),
        ('Бишкеке', 0, 'foreign', 'Bishkek', N, {'uncertain': True, 'note': 'metonymy for the Kyrgyz government'}),
        ('Кордая', 0, 'village', 'Kordai', JR, {'note': "NI:residents' village"}),
        ('Каркара', 0, 'facility', 'Karkara checkpoint', ALR, {'subkind': CP, 'note': 'NI:closed for winter'}),
        ('Кегенском районе', 0, 'district', 'Kegen District', ALR, {'note': 'NI:mentioned without an incident'}),
        ('Алматинской области', 0, 'region', ALR, ALR, {'note': 'NI:mentioned without an incident'}),
        ('Кеген', 0, 'village', 'Kegen', ALR, {'note': 'NI:former route'}),
        ('Кордаю', 1, 'facility', 'Kordai checkpoint', JR, {'subkind': CP, 'note': 'NI:queue'}),
     ],
     inc={JR: (2, 'knife fight between drivers in the queue near Kordai village (two detained); minibus fire in the same queue the next morning. The trucks held "на границе" in October have no location and are not counted')}),

dict(id='p010', date='1998-02-17', lang='ru',
     event='1998 seizure of 18,000 bottles of vodka from Omsk at Petropavlovsk railway station (North Kazakhstan Region); the wagon bound for Kokshetau, a North Kazakhstan town in 1997-1999 after Kokchetav Region was abolished; Akmola the new capital',
     text="""АКМОЛА, 17 февраля. «Хабар» – Таможенники на железнодорожной станции Петропавловск изъяли 18 тысяч бутылок водки, которую везли из Омска без акцизных марок, сообщила Северо-Казахстанская таможня.
Вагон, оформленный как порожний, должен был уйти в Кокшетау. С прошлого года город входит в Северо-Казахстанскую область: после упразднения Кокшетауской области её районы разделили между соседями.
По данным таможни, водку в Омске закупают по цене вдвое ниже казахстанской. Только с начала года на границе с Россией в области задержано 14 подобных партий, а в декабре на том же вокзале изъяли вагон сахара.
В правительстве, которое в декабре переехало из Алматы в Акмолу, обещают к лету открыть на северной границе ещё два таможенных поста.""",
     ann=[
        ('АКМОЛА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline; the capital was named Akmola until May 1998'}),
        ('Петропавловск', 0, 'facility', 'Petropavl railway station', NKR, {'subkind': 'railway station', 'note': 'seizure at the station named after the city'}),
        ('Омска', 0, 'foreign', 'Omsk', N, {'note': 'NI:origin of the vodka'}),
        ('Северо-Казахстанская', 0, 'region', NKR, NKR, {'note': 'inside the name of an authority (customs)'}),
        ('Кокшетау', 0, 'city', 'Kokshetau', NKR, {'note': 'NI:destination; part of North Kazakhstan Region from 1997 to 1999'}),
        ('Северо-Казахстанскую область', 0, 'region', NKR, NKR, {'note': 'NI:mentioned without an incident'}),
        ('Кокшетауской области', 0, 'region', NKR, NKR, {'uncertain': True, 'note': 'NI:the Kokchetav Region abolished in 1997; its land was shared between North Kazakhstan and Akmola regions, labelled with the unit that took the city'}),
        ('Омске', 0, 'foreign', 'Omsk', N, {'note': 'NI:mentioned without an incident'}),
        ('Россией', 0, 'foreign', 'Russia', N),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:former seat of the government'}),
        ('Акмолу', 0, 'city', 'Astana', 'Astana', {'note': 'NI:new seat of the government'}),
     ],
     inc={NKR: (1, 'vodka seized at Petropavlovsk station; the 14 batches since January and the December sugar wagon ("на том же вокзале") are statistics and background without a date')}),

dict(id='p011', date='2014-05-20', lang='ru',
     event='2014 86 kg of black caviar seized at the Kurmangazy checkpoint on the Atyrau-Astrakhan road and a poachers\' boat with 300 kg of sturgeon detained in Isatai district (Atyrau Region); Kurmangazy the checkpoint vs the district; Guryev',
     text="""АТЫРАУ, 20 мая. Tengrinews – На пункте пропуска «Курмангазы» на трассе Атырау – Астрахань таможенники изъяли 86 килограммов чёрной икры, спрятанной в запасном колесе легкового автомобиля. Водитель, житель Астрахани, задержан, сообщили в департаменте госдоходов по Атырауской области.
В тот же день в Исатайском районе пограничники задержали лодку с тремя браконьерами и 300 кг осетра. Лодка шла по одному из рукавов дельты Урала в сторону Каспийского моря.
Пункт пропуска расположен в Курмангазинском районе, в 25 км от районного центра – села Ганюшкино. Старые рыбаки до сих пор называют областной центр Гурьевом и вспоминают, что в советское время осетра здесь ловили тоннами. Сейчас икра из Казахстана законно продаётся только с рыбоводных заводов, а вывоз её в Россию без разрешения считается контрабандой.""",
     ann=[
        ('АТЫРАУ', 0, 'city', 'Atyrau', ATR, {'note': 'dateline'}),
        ('Курмангазы', 0, 'facility', 'Kurmangazy checkpoint', ATR, {'subkind': CP, 'note': 'caviar seizure; not the district'}),
        ('Атырау', 0, 'city', 'Atyrau', ATR, {'note': 'NI:road endpoint'}),
        ('Астрахань', 0, 'foreign', 'Astrakhan', N, {'note': 'NI:road endpoint'}),
        ('Астрахани', 0, 'foreign', 'Astrakhan', N, {'note': "NI:driver's residence"}),
        ('Атырауской области', 0, 'region', ATR, ATR, {'note': 'inside the name of an authority'}),
        ('Исатайском районе', 0, 'district', 'Isatai District', ATR, {'note': "poachers' boat detained"}),
        ('Урала', 0, 'facility', 'Ural River', N, {'subkind': 'river', 'note': 'the delta lies in Atyrau Region'}),
        ('Каспийского моря', 0, 'facility', 'Caspian Sea', N, {'subkind': 'sea'}),
        ('Курмангазинском районе', 0, 'district', 'Kurmangazy District', ATR, {'note': 'NI:location of the checkpoint'}),
        ('Ганюшкино', 0, 'village', 'Ganyushkino', ATR, {'note': 'NI:reference point'}),
        ('Гурьевом', 0, 'city', 'Atyrau', ATR, {'note': 'NI:old name of Atyrau (until 1991)'}),
        ('Казахстана', 0, 'country', 'Kazakhstan', N),
        ('Россию', 0, 'foreign', 'Russia', N),
     ],
     inc={ATR: (2, 'caviar seized at the Kurmangazy checkpoint; poachers\' boat with sturgeon detained in Isatai district')}),

dict(id='p012', date='2022-06-01', lang='ru',
     event='2022 queue of 1,500 lorries at the Chinese border a week before the regional split: wagon of cotton burns at Altynkol station near Khorgos and cigarettes seized at Dostyk (Almaty Region), drivers fight at Bakhty, Urzhar district (East Kazakhstan Region); the future Jetisu and Abai regions named; Chinese Khorgos',
     text="""На границе с Китаем скопились полторы тысячи фур
ЖАРКЕНТ, 1 июня. Kazinform – Около 1 500 грузовиков ждут въезда в Китай у пунктов пропуска «Нур Жолы» и «Достык» в Алматинской области. После вспышки коронавируса в Синьцзяне китайская сторона пропускает не больше 60 машин в сутки, сообщил департамент госдоходов по Алматинской области.
Во вторник вечером на станции Алтынколь у Хоргоса загорелся вагон с хлопком, который ждал перегрузки на китайскую колею. Огонь потушили за два часа, повреждено около 40 тонн груза. По ту сторону границы, в китайском городе Хоргос, склады тоже переполнены.
В тот же день на «Достыке» в Алакольском районе таможенники нашли в кабине казахстанской фуры 3 000 пачек сигарет, которые водитель пытался провезти в Алашанькоу.
На пункте «Бахты» в Урджарском районе ВКО, откуда фуры идут в Чугучак, очередь короче, но напряжённее: в понедельник там подрались несколько водителей, полиция задержала двоих.
С 8 июня все три пункта пропуска окажутся в новых областях: «Нур Жолы» и «Достык» – в области Жетісу с центром в Талдыкоргане, «Бахты» – в области Абай с центром в Семее. Перевозчики опасаются, что смена администрации добавит бумажной волокиты.
«Я восьмой день стою, а везу фрукты для Алматы и Караганды. Половина уже сгнила», – говорит водитель из Талгара. По его словам, в очереди нет ни туалетов, ни воды, а ночью у костров греются водители из Узбекистана и Кыргызстана.
В акимате Алматинской области обещают поставить у Хоргоса временные модули и привезти воду. Станция Алтынколь, по данным железнодорожников, обрабатывает сейчас вдвое меньше вагонов, чем до пандемии.""",
     ann=[
        ('Китаем', 0, 'foreign', 'China', N, {'note': 'headline'}),
        ('ЖАРКЕНТ', 0, 'city', 'Zharkent', ALR, {'note': 'dateline; Almaty Region before 2022-06-08'}),
        ('Китай', 0, 'foreign', 'China', N),
        ('Нур Жолы', 0, 'facility', 'Nur Zholy checkpoint (Khorgos)', ALR, {'subkind': CP, 'note': 'NI:queue'}),
        ('Достык', 0, 'facility', 'Dostyk checkpoint', ALR, {'subkind': CP, 'note': 'NI:queue'}),
        ('Алматинской области', 0, 'region', ALR, ALR),
        ('Синьцзяне', 0, 'foreign', 'Xinjiang', N),
        ('Алматинской области', 1, 'region', ALR, ALR, {'note': 'inside the name of an authority'}),
        ('Алтынколь', 0, 'facility', 'Altynkol railway station', ALR, {'subkind': 'railway station', 'note': 'wagon fire'}),
        ('Хоргоса', 0, 'village', 'Khorgos', ALR, {'note': 'NI:reference point'}),
        ('Хоргос', 0, 'foreign', 'Horgos (China)', N, {'note': 'the Chinese town, not Khorgos village'}),
        ('Достыке', 0, 'facility', 'Dostyk checkpoint', ALR, {'subkind': CP, 'note': 'seizure of cigarettes'}),
        ('Алакольском районе', 0, 'district', 'Alakol District', ALR),
        ('Алашанькоу', 0, 'foreign', 'Alashankou', N, {'note': 'NI:destination'}),
        ('Бахты', 0, 'facility', 'Bakhty checkpoint', EKR, {'subkind': CP, 'note': 'fight between drivers'}),
        ('Урджарском районе', 0, 'district', 'Urzhar District', EKR),
        ('ВКО', 0, 'region', EKR, EKR, {'note': 'abbreviation of East Kazakhstan Region'}),
        ('Чугучак', 0, 'foreign', 'Tacheng', N, {'note': 'NI:destination'}),
        ('Нур Жолы', 1, 'facility', 'Nur Zholy checkpoint (Khorgos)', ALR, {'subkind': CP, 'note': 'NI:mentioned without an incident'}),
        ('Достык', 1, 'facility', 'Dostyk checkpoint', ALR, {'subkind': CP, 'note': 'NI:mentioned without an incident'}),
        ('Жетісу', 0, 'region', ALR, ALR, {'uncertain': True, 'note': 'NI:the Jetisu Region to be created on 2022-06-08; labelled with the unit holding its land on the article date'}),
        ('Талдыкоргане', 0, 'city', 'Taldykorgan', ALR, {'note': 'NI:future regional centre; Almaty Region on the article date'}),
        ('Бахты', 1, 'facility', 'Bakhty checkpoint', EKR, {'subkind': CP, 'note': 'NI:mentioned without an incident'}),
        ('Абай', 0, 'region', EKR, EKR, {'uncertain': True, 'note': 'NI:the Abai Region to be created on 2022-06-08; labelled with the unit holding its land on the article date'}),
        ('Семее', 0, 'city', 'Semey', EKR, {'note': 'NI:future regional centre; East Kazakhstan Region on the article date'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:destination'}),
        ('Караганды', 0, 'city', 'Karaganda', KR, {'note': 'NI:destination'}),
        ('Талгара', 0, 'city', 'Talgar', ALR, {'note': "NI:driver's residence"}),
        ('Узбекистана', 0, 'foreign', 'Uzbekistan', N),
        ('Кыргызстана', 0, 'foreign', 'Kyrgyzstan', N),
        ('Алматинской области', 2, 'region', ALR, ALR, {'note': 'inside the name of an authority'}),
        ('Хоргоса', 1, 'village', 'Khorgos', ALR, {'note': 'NI:planned modules'}),
        ('Алтынколь', 1, 'facility', 'Altynkol railway station', ALR, {'subkind': 'railway station', 'note': 'NI:mentioned without an incident'}),
     ],
     inc={ALR: (2, 'wagon of cotton burnt at Altynkol station; 3,000 packs of cigarettes seized at Dostyk'),
          EKR: (1, 'fight between drivers at the Bakhty checkpoint, two detained')}),

dict(id='p013', date='2006-10-10', lang='ru',
     event='2006 Uzbek border guards fire at a car near the village of Darbaza, Saryagash district, the driver hurt (South Kazakhstan Region); diplomatic note; relatives in Tashkent Region',
     text="""Узбекские пограничники обстреляли машину у села Дарбаза
ШЫМКЕНТ, 10 октября. Интерфакс-Казахстан – Узбекские пограничники открыли огонь по легковому автомобилю, который ехал по приграничной дороге у села Дарбаза Сарыагашского района Южно-Казахстанской области. Ранен водитель, житель села, сообщили в департаменте внутренних дел ЮКО.
По версии узбекской стороны, машина пересекла линию границы, которая в этом месте не обозначена на местности. Казахстанские пограничники утверждают, что автомобиль оставался на территории Казахстана.
МИД Казахстана направил ноту посольству Узбекистана в Астане. Раненого доставили в областную больницу в Шымкенте.
Местные жители говорят, что после закрытия пешеходного перехода у Сарыагаша многие ездят к родственникам в Ташкентскую область в обход, по полевым дорогам.""",
     ann=[
        ('Дарбаза', 0, 'village', 'Darbaza', SKR, {'note': 'headline'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', SKR, {'note': 'dateline; South Kazakhstan Region before 2018-06-19'}),
        ('Дарбаза', 1, 'village', 'Darbaza', SKR, {'note': 'shooting at a car near the village'}),
        ('Сарыагашского района', 0, 'district', 'Saryagash District', SKR),
        ('Южно-Казахстанской области', 0, 'region', SKR, SKR),
        ('ЮКО', 0, 'region', SKR, SKR, {'note': 'abbreviation inside the name of an authority'}),
        ('Казахстана', 0, 'country', 'Kazakhstan', N),
        ('Казахстана', 1, 'country', 'Kazakhstan', N, {'note': 'inside the name of an authority (МИД)'}),
        ('Узбекистана', 0, 'foreign', 'Uzbekistan', N),
        ('Астане', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the embassy'}),
        ('Шымкенте', 0, 'city', 'Shymkent', SKR, {'note': 'NI:hospital'}),
        ('Сарыагаша', 0, 'city', 'Saryagash', SKR, {'note': 'NI:closed crossing near the town'}),
        ('Ташкентскую область', 0, 'foreign', 'Tashkent Region', N, {'note': 'NI:residence of relatives'}),
     ],
     inc={SKR: (1, 'Uzbek border guards fired at a car near Darbaza, driver hurt')}),

dict(id='p014', date='2020-12-15', lang='ru',
     event='2020 week on the Russian border: 2.1 tonnes of beef seized at the Sharbakty checkpoint (Pavlodar Region); a man with cigarettes detained crossing on foot in Beskaragai district and a lorry cab fire at the crossing near Shemonaikha (East Kazakhstan Region before the 2022 split); violations statistic "в трёх областях"; Sharbakty checkpoint vs village',
     text="""Мясо, сигареты и ночной переход: неделя на российской границе
ПАВЛОДАР, 15 декабря. Vlast.kz – На пункте пропуска «Шарбакты» на трассе Павлодар – Омск таможенники задержали рефрижератор с 2,1 тонны говядины без ветеринарных документов. Мясо везли из Щербактинского района в Омскую область, где оно стоит почти вдвое дороже, сообщил департамент госдоходов по Павлодарской области. Водитель, житель Павлодара, уверяет, что «не знал о новых правилах».
С начала пандемии пассажирское сообщение с Россией закрыто, но грузовики ходят, и многочасовые очереди на северных переходах стали обычным делом. Перевозчики из Экибастуза жалуются, что на «Шарбакты» стоят по 10–12 часов. До пандемии через этот переход за сутки проходило до 400 машин, теперь пропускают вдвое меньше, а водителей дополнительно осматривают медики.
В Восточно-Казахстанской области за ту же неделю произошло два случая. В ночь на четверг пограничники задержали в Бескарагайском районе мужчину, который пешком переходил границу с Алтайским краем с двумя рюкзаками сигарет. По его словам, сигареты он купил в Семее и собирался продать в Рубцовске. А в субботу на переходе у Шемонаихи загорелась кабина фуры из Усть-Каменогорска; водитель успел выбраться.
По данным пограничной службы, с начала года нарушения на границе с Россией чаще всего фиксируют в трёх областях – Павлодарской, Восточно-Казахстанской и Северо-Казахстанской. В Нур-Султане обещают вновь открыть переходы для пассажиров «после улучшения эпидемической обстановки».
Жителям приграничья закрытая граница даётся тяжело. «У меня дочь в Барнауле, год её не видел», – говорит пенсионер из села Шарбакты. Раньше, по его словам, до Барнаула можно было доехать за ночь на автобусе. Автобусы из Павлодара в Омск и Новосибирск не ходят с марта.""",
     ann=[
        ('ПАВЛОДАР', 0, 'city', 'Pavlodar', PR, {'note': 'dateline'}),
        ('Шарбакты', 0, 'facility', 'Sharbakty checkpoint', PR, {'subkind': CP, 'note': 'beef seizure; named like the village'}),
        ('Павлодар', 0, 'city', 'Pavlodar', PR, {'note': 'NI:road endpoint'}),
        ('Омск', 0, 'foreign', 'Omsk', N, {'note': 'NI:road endpoint'}),
        ('Щербактинского района', 0, 'district', 'Sharbakty District', PR, {'note': 'NI:origin of the meat; Russian name of Sharbakty district'}),
        ('Омскую область', 0, 'foreign', 'Omsk Oblast', N, {'note': 'NI:destination'}),
        ('Павлодарской области', 0, 'region', PR, PR, {'note': 'inside the name of an authority'}),
        ('Павлодара', 0, 'city', 'Pavlodar', PR, {'note': "NI:driver's residence"}),
        ('Россией', 0, 'foreign', 'Russia', N),
        ('Экибастуза', 0, 'city', 'Ekibastuz', PR, {'note': "NI:carriers' origin"}),
        ('Шарбакты', 1, 'facility', 'Sharbakty checkpoint', PR, {'subkind': CP, 'note': 'NI:queue'}),
        ('Восточно-Казахстанской области', 0, 'region', EKR, EKR),
        ('Бескарагайском районе', 0, 'district', 'Beskaragai District', EKR, {'note': 'man detained crossing on foot; East Kazakhstan Region before 2022-06-08'}),
        ('Алтайским краем', 0, 'foreign', 'Altai Krai', N),
        ('Семее', 0, 'city', 'Semey', EKR, {'note': 'NI:where the cigarettes were bought'}),
        ('Рубцовске', 0, 'foreign', 'Rubtsovsk', N, {'note': 'NI:intended place of sale'}),
        ('Шемонаихи', 0, 'city', 'Shemonaikha', EKR, {'note': 'lorry cab fire at the crossing near the town'}),
        ('Усть-Каменогорска', 0, 'city', 'Oskemen', EKR, {'note': 'NI:origin of the lorry'}),
        ('Россией', 1, 'foreign', 'Russia', N),
        ('трёх областях', 0, 'quantified', '3 regions', N, {'count': 3, 'unit': 'region', 'note': 'NI:statistic of violations; the three are named'}),
        ('Павлодарской', 1, 'region', PR, PR, {'note': 'NI:in a list sharing "областях"'}),
        ('Восточно-Казахстанской', 1, 'region', EKR, EKR, {'note': 'NI:in a list sharing "областях"'}),
        ('Северо-Казахстанской', 0, 'region', NKR, NKR, {'note': 'NI:in a list sharing "областях"'}),
        ('Нур-Султане', 0, 'city', 'Astana', 'Astana', {'note': 'NI:mentioned without an incident'}),
        ('Барнауле', 0, 'foreign', 'Barnaul', N, {'note': "NI:daughter's residence"}),
        ('Шарбакты', 2, 'village', 'Sharbakty', PR, {'note': "NI:pensioner's village"}),
        ('Барнаула', 0, 'foreign', 'Barnaul', N, {'note': 'NI:mentioned without an incident'}),
        ('Павлодара', 1, 'city', 'Pavlodar', PR, {'note': 'NI:bus route endpoint'}),
        ('Омск', 1, 'foreign', 'Omsk', N, {'note': 'NI:bus route endpoint'}),
        ('Новосибирск', 0, 'foreign', 'Novosibirsk', N, {'note': 'NI:bus route endpoint'}),
     ],
     inc={PR: (1, '2.1 tonnes of beef seized at the Sharbakty checkpoint'),
          EKR: (2, 'man with cigarettes detained crossing on foot in Beskaragai district; lorry cab fire at the crossing near Shemonaikha')}),

dict(id='p015', date='2023-04-18', lang='ru',
     event='2023 counterfeit trainers seized at the Khorgos international centre and fake smartphones at Altynkol station (Jetisu Region); more trainers found in a warehouse in Zhetysu district of Almaty; Chinese Khorgos; "область Жетісу" vs Жетысуский район',
     text="""АСТАНА, 18 апреля. КазТАГ – Таможенники изъяли в международном центре приграничного сотрудничества «Хоргос» 4 200 пар кроссовок с поддельными логотипами известных брендов. Товар вынесли из китайской части центра, которая примыкает к городу Хоргос, и пытались вывезти в Жаркент как «личные вещи», сообщил департамент госдоходов по области Жетісу.
Накануне на станции Алтынколь в Панфиловском районе в контейнере с посудой нашли 900 поддельных смартфонов. Получателем груза значилась фирма из Алматы. При проверке её склада в Жетысуском районе Алматы полиция изъяла ещё 1 300 пар кроссовок той же партии.
С начала года в Жетісу возбуждено 23 уголовных дела о контрабанде. По словам таможенников, большинство нарушителей – так называемые челноки, которые за день несколько раз проходят через центр.""",
     ann=[
        ('АСТАНА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Хоргос', 0, 'facility', 'Khorgos International Centre for Boundary Cooperation', JTR, {'subkind': 'trade zone', 'note': "seizure of trainers; name of the centre in quotes"}),
        ('Хоргос', 1, 'foreign', 'Horgos (China)', N, {'note': 'the Chinese town next to the Chinese part of the centre'}),
        ('Жаркент', 0, 'city', 'Zharkent', JTR, {'note': 'NI:intended destination'}),
        ('Жетісу', 0, 'region', JTR, JTR, {'note': 'inside the name of an authority; Kazakh form of the name in a Russian text'}),
        ('Алтынколь', 0, 'facility', 'Altynkol railway station', JTR, {'subkind': 'railway station', 'note': 'seizure of smartphones'}),
        ('Панфиловском районе', 0, 'district', 'Panfilov District', JTR),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': "NI:consignee's city"}),
        ('Жетысуском районе', 0, 'district', 'Zhetysu District (Almaty)', 'Almaty', {'subkind': 'city district', 'note': 'warehouse seizure; a district of Almaty, not Jetisu Region'}),
        ('Алматы', 1, 'city', 'Almaty', 'Almaty'),
        ('Жетісу', 1, 'region', JTR, JTR, {'note': 'NI:statistic'}),
     ],
     inc={JTR: (2, 'counterfeit trainers seized at the Khorgos centre; fake smartphones seized at Altynkol station'),
          'Almaty': (1, 'more trainers seized in a warehouse in Zhetysu district')}),

dict(id='p016', date='2026-02-10', lang='ru',
     event='2026 snowdrifts close the Tazhen checkpoint on the Uzbek border: 400 lorries queue to Beineu, an Uzbek lorry overturns near Sai-Utes killing its driver, nasvai seized at Tazhen (Mangystau Region); Beineu village vs district; Karakalpakstan and Kungrad',
     text="""Снежные заносы закрыли «Тажен»: у границы с Узбекистаном стоят 400 фур
АКТАУ, 10 февраля. Tengrinews – Пункт пропуска «Тажен» на границе с Узбекистаном закрыт вторые сутки из-за снежных заносов. Очередь из 400 грузовиков растянулась до посёлка Бейнеу, сообщили в акимате Бейнеуского района.
В понедельник вечером на трассе Бейнеу – Актау у посёлка Сай-Утёс опрокинулась фура с узбекскими номерами, водитель погиб. Дорожная полиция Мангистауской области связывает аварию с гололёдом.
В очереди стоят в основном машины с овощами из Ташкента и Нукуса, которые идут в Актау, Атырау и дальше в Россию. Водители из Каракалпакстана говорят, что с узбекской стороны, на посту у Кунграда, дорогу расчистили ещё в воскресенье.
Накануне закрытия таможенники «Тажена» изъяли у водителя из Туркестана 40 кг насвая, спрятанного в мешках с луком.""",
     ann=[
        ('Тажен', 0, 'facility', 'Tazhen checkpoint', MR, {'subkind': CP, 'note': 'headline; name in quotes'}),
        ('Узбекистаном', 0, 'foreign', 'Uzbekistan', N),
        ('АКТАУ', 0, 'city', 'Aktau', MR, {'note': 'dateline'}),
        ('Тажен', 1, 'facility', 'Tazhen checkpoint', MR, {'subkind': CP, 'note': 'NI:closed by snowdrifts'}),
        ('Узбекистаном', 1, 'foreign', 'Uzbekistan', N),
        ('Бейнеу', 0, 'village', 'Beineu', MR, {'note': 'NI:end of the queue'}),
        ('Бейнеуского района', 0, 'district', 'Beineu District', MR, {'note': 'inside the name of an authority (akimat)'}),
        ('Бейнеу', 1, 'village', 'Beineu', MR, {'note': 'NI:road endpoint'}),
        ('Актау', 0, 'city', 'Aktau', MR, {'note': 'NI:road endpoint'}),
        ('Сай-Утёс', 0, 'village', 'Sai-Utes', MR, {'note': 'fatal lorry rollover near the settlement'}),
        ('Мангистауской области', 0, 'region', MR, MR, {'note': 'inside the name of an authority'}),
        ('Ташкента', 0, 'foreign', 'Tashkent', N, {'note': 'NI:origin'}),
        ('Нукуса', 0, 'foreign', 'Nukus', N, {'note': 'NI:origin'}),
        ('Актау', 1, 'city', 'Aktau', MR, {'note': 'NI:destination'}),
        ('Атырау', 0, 'city', 'Atyrau', ATR, {'note': 'NI:destination'}),
        ('Россию', 0, 'foreign', 'Russia', N, {'note': 'NI:destination'}),
        ('Каракалпакстана', 0, 'foreign', 'Karakalpakstan', N, {'note': "NI:drivers' origin"}),
        ('Кунграда', 0, 'foreign', 'Kungrad', N, {'note': 'NI:Uzbek post near the town'}),
        ('Тажена', 0, 'facility', 'Tazhen checkpoint', MR, {'subkind': CP, 'note': 'seizure of nasvai'}),
        ('Туркестана', 0, 'city', 'Turkistan', TR, {'note': "NI:driver's origin"}),
     ],
     inc={MR: (2, 'Uzbek lorry overturned near Sai-Utes, driver killed; 40 kg of nasvai seized at Tazhen')}),
]
