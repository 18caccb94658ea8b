"""Russian texts of the eighteenth unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
JR, ALR, KYR, TR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'Turkistan Region', 'South Kazakhstan Region'
ABR, JTR, EKR, MR, KOR = 'Abai Region', 'Jetisu Region', 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR, UR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region', 'Ulytau Region'
ATR, AR, WKR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region'

DOCS = [
dict(id='p009', date='2020-11-16', lang='ru',
     event='2020 head-on crash at the 45th kilometre of the Nur-Sultan - Shchuchinsk highway, Shortandy district, three dead from Kokshetau (Akmola Region); Nur-Sultan as the capital\'s name',
     text="""Три человека погибли в ДТП на трассе Нур-Султан – Щучинск
НУР-СУЛТАН. 16 ноября. ИНТЕРФАКС-КАЗАХСТАН – Три человека погибли и двое пострадали при столкновении легкового автомобиля с грузовиком на 45-м километре трассы Нур-Султан – Щучинск, сообщил департамент полиции Акмолинской области.
По данным полиции, в воскресенье около 18:00 водитель Toyota Camry, ехавший из Кокшетау в столицу, при обгоне выехал на встречную полосу на участке в Шортандинском районе и врезался в грузовик MAN. Водитель и двое пассажиров легковой машины, жители Кокшетау, погибли на месте. Водителя грузовика и его напарника с травмами доставили в больницу поселка Шортанды.
Движение на участке было перекрыто почти на три часа. По факту ДТП начато досудебное расследование.
С начала года на трассе от столицы до Щучинска погибли 23 человека. В полиции напомнили, что на этом участке работают 14 камер контроля скорости, а в праздничные дни дорогу будут патрулировать экипажи из Нур-Султана и Кокшетау.""",
     ann=[
        ('Нур-Султан', 0, 'city', 'Astana', 'Astana', {'note': 'NI:route endpoint (headline)'}),
        ('Щучинск', 0, 'city', 'Shchuchinsk', AKR, {'note': 'NI:route endpoint (headline)'}),
        ('НУР-СУЛТАН', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Нур-Султан', 1, 'city', 'Astana', 'Astana', {'note': 'NI:route endpoint'}),
        ('Щучинск', 1, 'city', 'Shchuchinsk', AKR, {'note': 'NI:route endpoint'}),
        ('Акмолинской области', 0, 'region', AKR, AKR, {'note': 'inside the name of an authority'}),
        ('Кокшетау', 0, 'city', 'Kokshetau', AKR, {'note': 'NI:origin of the car'}),
        ('Шортандинском районе', 0, 'district', 'Shortandy District', AKR),
        ('Кокшетау', 1, 'city', 'Kokshetau', AKR, {'note': 'NI:residence of the dead'}),
        ('Шортанды', 0, 'village', 'Shortandy', AKR, {'note': 'NI:hospital settlement'}),
        ('Щучинска', 0, 'city', 'Shchuchinsk', AKR, {'note': 'NI:road section endpoint'}),
        ('Нур-Султана', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of patrol crews'}),
        ('Кокшетау', 2, 'city', 'Kokshetau', AKR, {'note': 'NI:origin of patrol crews'}),
     ],
     inc={AKR: (1, 'head-on crash on the Nur-Sultan - Shchuchinsk highway in Shortandy district; the yearly toll on the road is a statistic, not counted')}),

dict(id='p010', date='2016-04-12', lang='ru',
     event='2016 armed robbery of a jewellery shop on Abylai Khan Street in Taldykorgan, the robbers\' car overturning near Karabulak on the Taldykorgan - Tekeli road in the police chase, and a background March pawnshop robbery in Tekeli (Almaty Region, before the 2022 split); Kapchagay, the old name of Konaev',
     text="""В Талдыкоргане ограбили ювелирный магазин, один из грабителей погиб при погоне
ТАЛДЫКОРГАН. 12 апреля. КазТАГ – Двое вооруженных мужчин в понедельник утром ограбили ювелирный магазин в центре Талдыкоргана, а спустя час один из них погиб, когда их автомобиль опрокинулся на трассе Талдыкорган – Текели при попытке уйти от полиции, сообщил департамент полиции Алматинской области.
По данным полиции, около 10:30 мужчины в масках ворвались в магазин на улице Абылай хана и, угрожая продавцам обрезом, забрали украшения на сумму около 15 млн тенге. Охранника, пытавшегося их остановить, ударили прикладом по голове. Продавцы успели нажать тревожную кнопку, и через четыре минуты к магазину прибыл наряд. Владелец магазина, предприниматель из Алматы, оценил ущерб в 20 млн тенге.
Машину грабителей заметили патрульные на выезде из города. На 12-м километре трассы, неподалеку от Карабулака, автомобиль на большой скорости вылетел в кювет и несколько раз перевернулся. Водитель, 27-летний уроженец Уштобе, скончался на месте. Его сообщник с переломами доставлен под конвоем в больницу Талдыкоргана. Как выяснилось, он с 2015 года находился в розыске в Жамбылской области за мошенничество. Похищенные украшения нашли в салоне разбитой машины.
Это уже второе вооруженное ограбление в области за месяц: 18 марта двое неизвестных ограбили ломбард в Текели и ранили ножом продавщицу. Женщина до сих пор находится в областной больнице, а нападавшие тогда скрылись на машине в сторону Ескельдинского района. Полиция проверяет, причастны ли погибший и задержанный к этому нападению.
Аким области поручил усилить охрану ювелирных магазинов и ломбардов в Талдыкоргане, Текели, Жаркенте и Капчагае, а на выездах из областного центра в сторону Алматы и Текели с среды дежурят дополнительные патрули.""",
     ann=[
        ('Талдыкоргане', 0, 'city', 'Taldykorgan', ALR, {'note': 'headline'}),
        ('ТАЛДЫКОРГАН', 0, 'city', 'Taldykorgan', ALR, {'note': 'dateline'}),
        ('Талдыкоргана', 0, 'city', 'Taldykorgan', ALR, {'note': 'the jewellery shop robbery'}),
        ('Талдыкорган', 0, 'city', 'Taldykorgan', ALR, {'note': 'NI:route endpoint'}),
        ('Текели', 0, 'city', 'Tekeli', ALR, {'note': 'NI:route endpoint'}),
        ('Алматинской области', 0, 'region', ALR, ALR, {'note': 'inside the name of an authority'}),
        ('улице Абылай хана', 0, 'facility', 'Abylai Khan Street (Taldykorgan)', ALR, {'subkind': 'street'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': "NI:residence of the shop's owner"}),
        ('Карабулака', 0, 'village', 'Karabulak (Eskeldi district)', ALR, {'note': 'NI:reference point of the fatal rollover ("неподалеку от")'}),
        ('Уштобе', 0, 'city', 'Ushtobe', ALR, {'note': 'NI:origin of the dead driver'}),
        ('Талдыкоргана', 1, 'city', 'Taldykorgan', ALR, {'note': 'NI:hospital town'}),
        ('Жамбылской области', 0, 'region', JR, JR, {'note': 'NI:region where the accomplice was wanted for fraud'}),
        ('Текели', 1, 'city', 'Tekeli', ALR, {'note': 'the March pawnshop robbery'}),
        ('Ескельдинского района', 0, 'district', 'Eskeldi District', ALR, {'note': 'NI:direction of the robbers\' escape'}),
        ('Талдыкоргане', 1, 'city', 'Taldykorgan', ALR, {'note': 'NI:security measure'}),
        ('Текели', 2, 'city', 'Tekeli', ALR, {'note': 'NI:security measure'}),
        ('Жаркенте', 0, 'city', 'Zharkent', ALR, {'note': 'NI:security measure'}),
        ('Капчагае', 0, 'city', 'Konaev', ALR, {'note': 'NI:security measure; Kapchagay, renamed Konaev in 2022'}),
        ('Алматы', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:direction of patrolled exits'}),
        ('Текели', 3, 'city', 'Tekeli', ALR, {'note': 'NI:direction of patrolled exits'}),
     ],
     inc={ALR: (3, 'armed robbery of a jewellery shop in Taldykorgan; the getaway car overturned near Karabulak, killing the driver (a second event at another place); background armed robbery of a pawnshop in Tekeli on 18 March')}),

dict(id='p011', date='2019-05-21', lang='ru',
     event='2019 about 40 kg of hashish seized from a lorry from Bishkek at the Kordai border checkpoint (Jambyl Region); route from the Chuy region of Kyrgyzstan through Kordai and Masanchi (no incident: a police seizure of contraband is not counted)',
     text="""На пункте пропуска «Кордай» изъяли 40 кг гашиша
ТАРАЗ. 21 мая. КазТАГ – Пограничники и полицейские изъяли около 40 кг гашиша у водителя грузовика, въезжавшего в Казахстан из Кыргызстана через пункт пропуска «Кордай», сообщил департамент полиции Жамбылской области.
Наркотик был спрятан в двойном дне кузова под ящиками с помидорами. По документам машина следовала из Бишкека в Нур-Султан. Водитель, 39-летний гражданин Кыргызстана, задержан; по его словам, груз он должен был передать неизвестному в Караганде.
Начальник полиции Кордайского района сообщил, что с начала года на трассе Бишкек – Алматы и на дорогах района изъято более 300 кг наркотиков. Партии, как правило, везут из Чуйской области Кыргызстана через Кордай и Масанчи дальше на север — в Алматы, Караганду и столицу.
Возбуждено уголовное дело по статье о контрабанде наркотиков. Помидоры переданы владельцу груза, предпринимателю из Тараза.""",
     ann=[
        ('Кордай', 0, 'facility', 'Kordai border checkpoint', JR, {'subkind': 'border checkpoint', 'note': 'NI:headline; site of a police seizure (not an incident type)'}),
        ('ТАРАЗ', 0, 'city', 'Taraz', JR, {'note': 'dateline'}),
        ('Казахстан', 0, 'country', 'Kazakhstan', N),
        ('Кыргызстана', 0, 'foreign', 'Kyrgyzstan', N, {'note': 'NI:origin of the lorry'}),
        ('Кордай', 1, 'facility', 'Kordai border checkpoint', JR, {'subkind': 'border checkpoint', 'note': 'NI:site of a police seizure (not an incident type)'}),
        ('Жамбылской области', 0, 'region', JR, JR, {'note': 'inside the name of an authority'}),
        ('Бишкека', 0, 'foreign', 'Bishkek', N, {'note': 'NI:origin of the lorry'}),
        ('Нур-Султан', 0, 'city', 'Astana', 'Astana', {'note': 'NI:destination of the lorry'}),
        ('Кыргызстана', 1, 'foreign', 'Kyrgyzstan', N),
        ('Караганде', 0, 'city', 'Karaganda', KR, {'note': 'NI:intended destination of the drugs'}),
        ('Кордайского района', 0, 'district', 'Kordai District', JR, {'note': 'NI:inside the name of an authority'}),
        ('Бишкек', 0, 'foreign', 'Bishkek', N, {'note': 'NI:route endpoint'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:route endpoint'}),
        ('Чуйской области', 0, 'foreign', 'Chuy Region', N, {'note': 'NI:origin of smuggled drugs'}),
        ('Кыргызстана', 2, 'foreign', 'Kyrgyzstan', N),
        ('Кордай', 2, 'village', 'Kordai', JR, {'note': 'NI:smuggling route'}),
        ('Масанчи', 0, 'village', 'Masanchi', JR, {'note': 'NI:smuggling route'}),
        ('Алматы', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:destination of smuggled drugs'}),
        ('Караганду', 0, 'city', 'Karaganda', KR, {'note': 'NI:destination of smuggled drugs'}),
        ('Тараза', 0, 'city', 'Taraz', JR, {'note': 'NI:residence of the owner of the cargo'}),
     ],
     inc={}),

dict(id='p012', date='2021-03-03', lang='ru',
     event='2021 native of Kentau wanted by Turkistan Region police for land fraud detained in Nur-Sultan (Saryarka district, Kenesary Street); Turkestan the regional seat since 2018, South Kazakhstan Region named as renamed (no incident)',
     text="""В Нур-Султане задержан уроженец Кентау, разыскиваемый за мошенничество с землей
НУР-СУЛТАН. 3 марта. Tengrinews.kz – Полицейские столицы задержали 41-летнего уроженца Кентау, объявленного в розыск полицией Туркестанской области по делу о мошенничестве с земельными участками, сообщила пресс-служба департамента полиции Нур-Султана.
По данным следствия, в 2018–2019 годах мужчина собрал с жителей Туркестана, Кентау и Шымкента около 90 млн тенге, обещая оформить им участки под строительство домов в пригороде Туркестана. После первых жалоб он уехал из области и снимал квартиру в районе «Сарыарка» столицы.
Подозреваемого задержали во вторник на улице Кенесары при проверке документов. Его этапируют в Туркестан, где дело рассмотрит городской суд. Следствие устанавливает сообщника, который, по данным полиции, скрывается в Кыргызстане.
Туркестан стал центром Туркестанской области в 2018 году, когда Шымкент получил статус города республиканского значения, а Южно-Казахстанская область была переименована.""",
     ann=[
        ('Нур-Султане', 0, 'city', 'Astana', 'Astana', {'note': 'NI:headline; place of detention'}),
        ('Кентау', 0, 'city', 'Kentau', TR, {'note': 'NI:headline; origin of the suspect'}),
        ('НУР-СУЛТАН', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Кентау', 1, 'city', 'Kentau', TR, {'note': 'NI:origin of the suspect'}),
        ('Туркестанской области', 0, 'region', TR, TR, {'note': 'NI:inside the name of the authority that wanted him'}),
        ('Нур-Султана', 0, 'city', 'Astana', 'Astana', {'note': 'inside the name of an authority'}),
        ('Туркестана', 0, 'city', 'Turkistan', TR, {'note': 'NI:residence of fraud victims (fraud is not an incident type)'}),
        ('Кентау', 2, 'city', 'Kentau', TR, {'note': 'NI:residence of fraud victims'}),
        ('Шымкента', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:residence of fraud victims'}),
        ('Туркестана', 1, 'city', 'Turkistan', TR, {'note': 'NI:site of the promised plots'}),
        ('Сарыарка', 0, 'district', 'Saryarka District (Astana)', 'Astana', {'subkind': 'city district', 'note': 'NI:residence of the suspect'}),
        ('улице Кенесары', 0, 'facility', 'Kenesary Street (Astana)', 'Astana', {'subkind': 'street', 'note': 'NI:place of detention'}),
        ('Туркестан', 0, 'city', 'Turkistan', TR, {'note': 'NI:destination of the suspect, seat of the court'}),
        ('Кыргызстане', 0, 'foreign', 'Kyrgyzstan', N, {'note': 'NI:hiding place of the accomplice'}),
        ('Туркестан', 1, 'city', 'Turkistan', TR, {'note': 'NI:regional centre'}),
        ('Туркестанской области', 1, 'region', TR, TR, {'note': 'NI:the region of which Turkestan is the centre'}),
        ('Шымкент', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:status change'}),
        ('Южно-Казахстанская область', 0, 'region', TR, TR, {'uncertain': True, 'note': 'NI:South Kazakhstan Region, named as the region renamed in 2018; labelled with the unit holding its land on the article date'}),
     ],
     inc={}),

dict(id='p013', date='2019-08-28', lang='ru',
     event='2019 coal train from Ekibastuz to Balkhash derailed 6 km from Moiynty station, Aktogay district (Karaganda Region), and a shunting locomotive hit a tractor at a crossing near Shiderty (Pavlodar Region); collisions at crossings in four other regions (unattributed)',
     text="""Грузовой поезд сошел с рельсов близ станции Моинты
КАРАГАНДА. 28 августа. Казинформ – Четырнадцать вагонов грузового поезда, следовавшего с углем из Экибастуза в Балхаш, сошли с рельсов в среду утром в 6 км от станции Мойынты в Актогайском районе Карагандинской области, сообщили в АО «Казахстан темир жолы».
Пострадавших нет. Около 900 тонн угля рассыпалось вдоль насыпи, повреждено около 300 метров пути. Движение на перегоне Мойынты – Сарышаган закрыто, пять пассажирских поездов, в том числе поезд Нур-Султан – Алматы, задерживаются на несколько часов. Восстановительные поезда направлены из Караганды и Балхаша.
По предварительным данным, причиной схода стал излом рельса. Транспортная прокуратура начала проверку, машинист и его помощник прошли медицинское освидетельствование. На место схода прибыли представители акимата Актогайского района и специалисты департамента по чрезвычайным ситуациям.
Это уже второе происшествие на железной дороге в центре и на севере страны за неделю. В пятницу на нерегулируемом переезде близ поселка Шидерты в Павлодарской области маневровый тепловоз столкнулся с трактором, выехавшим на пути. Тракторист, 45-летний житель Экибастуза, погиб на месте. Переезд находится на дороге Экибастуз – Шидерты, по которой ежедневно проходят сотни грузовиков.
Кроме того, за неделю на переездах произошли еще пять столкновений поездов с автомобилями в четырех областях, сообщили в компании, не уточнив, в каких именно. В прошлом году на железных дорогах Казахстана погибли 112 человек, большинство — на переездах и при переходе путей в неположенных местах.
В компании напомнили, что переезды в Павлодарской и Карагандинской областях с сентября начнут оснащать камерами, а штрафы за проезд на запрещающий сигнал будут повышены.""",
     ann=[
        ('Моинты', 0, 'village', 'Moiynty', KR, {'note': 'NI:headline; reference point (its station); variant spelling of Мойынты'}),
        ('КАРАГАНДА', 0, 'city', 'Karaganda', KR, {'note': 'dateline'}),
        ('Экибастуза', 0, 'city', 'Ekibastuz', PR, {'note': "NI:train's origin"}),
        ('Балхаш', 0, 'city', 'Balkhash', KR, {'note': "NI:train's destination"}),
        ('Мойынты', 0, 'village', 'Moiynty', KR, {'note': 'NI:reference point ("в 6 км от станции")'}),
        ('Актогайском районе', 0, 'district', 'Aktogay District (Karaganda Region)', KR, {'note': 'the derailment'}),
        ('Карагандинской области', 0, 'region', KR, KR, {'note': 'the derailment'}),
        ('Мойынты', 1, 'village', 'Moiynty', KR, {'note': 'NI:endpoint of the closed section'}),
        ('Сарышаган', 0, 'village', 'Sarishagan', KR, {'note': 'NI:endpoint of the closed section'}),
        ('Нур-Султан', 0, 'city', 'Astana', 'Astana', {'note': 'NI:train route endpoint'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:train route endpoint'}),
        ('Караганды', 0, 'city', 'Karaganda', KR, {'note': 'NI:origin of recovery trains'}),
        ('Балхаша', 0, 'city', 'Balkhash', KR, {'note': 'NI:origin of recovery trains'}),
        ('Актогайского района', 0, 'district', 'Aktogay District (Karaganda Region)', KR, {'note': 'NI:inside the name of an authority (akimat)'}),
        ('Шидерты', 0, 'village', 'Shiderty', PR, {'note': 'NI:reference point ("близ поселка")'}),
        ('Павлодарской области', 0, 'region', PR, PR, {'note': 'the crossing collision'}),
        ('Экибастуза', 1, 'city', 'Ekibastuz', PR, {'note': 'NI:residence of the dead tractor driver'}),
        ('Экибастуз', 0, 'city', 'Ekibastuz', PR, {'note': 'NI:road endpoint'}),
        ('Шидерты', 1, 'village', 'Shiderty', PR, {'note': 'NI:road endpoint'}),
        ('четырех областях', 0, 'quantified', '4 regions', N, {'count': 4, 'unit': 'region', 'note': 'five collisions at crossings in unnamed regions'}),
        ('Казахстана', 0, 'country', 'Kazakhstan', N),
        ('Павлодарской', 1, 'region', PR, PR, {'note': 'NI:planned cameras; list sharing the head noun "областях"'}),
        ('Карагандинской', 1, 'region', KR, KR, {'note': 'NI:planned cameras; list sharing the head noun "областях"'}),
     ],
     inc={KR: (1, 'derailment of 14 coal wagons 6 km from Moiynty station, Aktogay district'),
          PR: (1, 'shunting locomotive hit a tractor at a crossing near Shiderty, the driver killed')},
     unatt=[{'label': 'четырех областях', 'count': 4, 'note': 'five collisions of trains with cars at crossings in four unnamed regions during the week'}]),

dict(id='p014', date='2024-06-05', lang='ru',
     event='2024 court in Mangystau Region sentences a native of Beineu to 18 years for the September 2023 murder of his neighbour in Akshukur, Tupkaragan district (Mangystau Region); the narrated murder is counted, the sentence is not; detention in Aktobe',
     text="""Убийца жителя Акшукура приговорен к 18 годам
АКТАУ. 5 июня. КазТАГ – Специализированный межрайонный суд по уголовным делам Мангистауской области приговорил к 18 годам лишения свободы 35-летнего уроженца Бейнеу, признанного виновным в убийстве соседа в селе Акшукур Тупкараганского района, сообщила пресс-служба областного суда.
Как установил суд, вечером 14 сентября 2023 года подсудимый во время ссоры во дворе дома на окраине Акшукура несколько раз ударил 48-летнего соседа ножом. Потерпевший скончался до приезда скорой помощи. После убийства осужденный на попутной машине уехал в Актобе, где через четыре дня его задержали на автовокзале.
На процессе он частично признал вину, заявив, что оборонялся. Суд также взыскал с него 10 млн тенге в пользу семьи погибшего. Приговор может быть обжалован в апелляционной коллегии Мангистауского областного суда в Актау.
Акшукур расположен в 20 км от Актау, на трассе Актау – Форт-Шевченко.""",
     ann=[
        ('Акшукура', 0, 'village', 'Akshukur', MR, {'note': 'NI:headline; residence of the victim'}),
        ('АКТАУ', 0, 'city', 'Aktau', MR, {'note': 'dateline'}),
        ('Мангистауской области', 0, 'region', MR, MR, {'note': 'NI:inside the name of a court'}),
        ('Бейнеу', 0, 'village', 'Beineu', MR, {'note': 'NI:origin of the convict'}),
        ('Акшукур', 0, 'village', 'Akshukur', MR, {'note': 'the murder'}),
        ('Тупкараганского района', 0, 'district', 'Tupkaragan District', MR),
        ('Акшукура', 1, 'village', 'Akshukur', MR, {'note': 'the murder (same event)'}),
        ('Актобе', 0, 'city', 'Aktobe', AR, {'note': 'NI:place of detention'}),
        ('Мангистауского', 0, 'region', MR, MR, {'note': 'NI:inside the name of a court'}),
        ('Актау', 0, 'city', 'Aktau', MR, {'note': 'NI:seat of the court'}),
        ('Акшукур', 1, 'village', 'Akshukur', MR, {'note': 'NI:description of the village'}),
        ('Актау', 1, 'city', 'Aktau', MR, {'note': 'NI:reference point ("в 20 км от")'}),
        ('Актау', 2, 'city', 'Aktau', MR, {'note': 'NI:road endpoint'}),
        ('Форт-Шевченко', 0, 'city', 'Fort-Shevchenko', MR, {'note': 'NI:road endpoint'}),
     ],
     inc={MR: (1, 'murder in Akshukur on 14 September 2023, narrated with place and date in the report of the sentence (the sentence itself is not counted)')}),

dict(id='p015', date='2014-09-24', lang='ru',
     event='2014 Kostanay city court sentences a road police inspector for bribes taken at a post on the Kostanay - Rudny road, detained near Zatobolsk (Kostanay Region; no incident: bribery and the sentence are not counted); Troitsk and Chelyabinsk in Russia',
     text="""Бывший инспектор дорожной полиции осужден за взятки на трассе Костанай – Рудный
КОСТАНАЙ. 24 сентября. КазТАГ – Костанайский городской суд приговорил к пяти годам лишения свободы бывшего инспектора дорожной полиции, бравшего деньги с водителей на посту на трассе Костанай – Рудный, сообщила пресс-служба суда.
По данным следствия, с января по май 2014 года инспектор получил от водителей не менее 37 взяток — от 5 до 20 тысяч тенге за то, чтобы не составлять протоколы о превышении скорости. Среди водителей были жители Рудного, Лисаковска и Житикары, а также граждане России, ехавшие в Троицк и Челябинск.
Полицейского задержали сотрудники антикоррупционной службы в мае у поселка Затобольск, когда он получал очередную взятку. Суд также пожизненно запретил ему работать в государственных органах. Приговор не вступил в законную силу и может быть обжалован в Костанайском областном суде.""",
     ann=[
        ('Костанай', 0, 'city', 'Kostanay', KOR, {'note': 'NI:headline; road endpoint'}),
        ('Рудный', 0, 'city', 'Rudny', KOR, {'note': 'NI:headline; road endpoint'}),
        ('КОСТАНАЙ', 0, 'city', 'Kostanay', KOR, {'note': 'dateline'}),
        ('Костанайский', 0, 'city', 'Kostanay', KOR, {'note': 'NI:inside the name of a city court'}),
        ('Костанай', 1, 'city', 'Kostanay', KOR, {'note': 'NI:road endpoint'}),
        ('Рудный', 1, 'city', 'Rudny', KOR, {'note': 'NI:road endpoint'}),
        ('Рудного', 0, 'city', 'Rudny', KOR, {'note': 'NI:residence of drivers'}),
        ('Лисаковска', 0, 'city', 'Lisakovsk', KOR, {'note': 'NI:residence of drivers'}),
        ('Житикары', 0, 'city', 'Zhitikara', KOR, {'note': 'NI:residence of drivers'}),
        ('России', 0, 'foreign', 'Russia', N),
        ('Троицк', 0, 'foreign', 'Troitsk', N, {'note': 'NI:destination of drivers'}),
        ('Челябинск', 0, 'foreign', 'Chelyabinsk', N, {'note': 'NI:destination of drivers'}),
        ('Затобольск', 0, 'village', 'Tobyl', KOR, {'note': 'NI:place of detention; Zatobolsk, renamed Tobyl in 2018'}),
        ('Костанайском', 0, 'region', KOR, KOR, {'note': 'NI:inside the name of the regional court'}),
     ],
     inc={}),

dict(id='p016', date='2023-01-17', lang='ru',
     event='2023 hunter from Satpayev freezes to death in the steppe 35 km from Zhezdy, Ulytau district (Ulytau Region); searchers from Zhezkazgan, Satpayev and Karaganda; the Zhezkazgan - Ulytau road closed',
     text="""В Улытауской области нашли тело замерзшего охотника
ЖЕЗКАЗГАН. 17 января. Казинформ – Тело 52-летнего охотника, пропавшего в степи три дня назад, нашли спасатели в 35 км от села Жезды в Улытауском районе, сообщил департамент по чрезвычайным ситуациям Улытауской области.
Двое жителей Сатпаева в пятницу выехали на внедорожнике охотиться на лис. Вечером машина застряла в снегу на проселочной дороге, и один из охотников пешком отправился за помощью к зимовке. Его товарищ дождался спасателей в машине; с обморожениями он доставлен в больницу Жезказгана.
В поисках участвовали 40 спасателей и добровольцев из Жезказгана, Сатпаева и Караганды, а также вертолет. Ночью температура опускалась до минус 38 градусов. Поиски осложняла метель, из-за которой был закрыт участок трассы Жезказган – Улытау.
Спасатели напоминают, что перед выездом в степь нужно сообщать о маршруте родственникам или в ближайший отдел полиции.""",
     ann=[
        ('Улытауской области', 0, 'region', UR, UR, {'note': 'headline'}),
        ('ЖЕЗКАЗГАН', 0, 'city', 'Zhezkazgan', UR, {'note': 'dateline'}),
        ('Жезды', 0, 'village', 'Zhezdy', UR, {'note': 'NI:reference point ("в 35 км от")'}),
        ('Улытауском районе', 0, 'district', 'Ulytau District', UR, {'note': 'where the body was found'}),
        ('Улытауской области', 1, 'region', UR, UR, {'note': 'inside the name of an authority'}),
        ('Сатпаева', 0, 'city', 'Satpayev', UR, {'note': 'NI:residence of the hunters'}),
        ('Жезказгана', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:hospital town'}),
        ('Жезказгана', 1, 'city', 'Zhezkazgan', UR, {'note': 'NI:origin of searchers'}),
        ('Сатпаева', 1, 'city', 'Satpayev', UR, {'note': 'NI:origin of searchers'}),
        ('Караганды', 0, 'city', 'Karaganda', KR, {'note': 'NI:origin of searchers'}),
        ('Жезказган', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:road endpoint'}),
        ('Улытау', 0, 'village', 'Ulytau', UR, {'note': 'NI:road endpoint'}),
     ],
     inc={UR: (1, 'hunter froze to death in the steppe in Ulytau district (his companion\'s frostbite is the same event)')}),
]
