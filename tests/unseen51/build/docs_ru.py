"""Russian texts of the fifty-first unseen check corpus."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p009', date='1995-05-14', lang='ru',
     event='1995 self-propelled ferry sinks on the Irtysh in Semipalatinsk, two missing (Semipalatinsk Region, merged into East Kazakhstan Region in 1997); divers from Ust-Kamenogorsk; a lorry bound for Pavlodar',
     text="""Паром затонул на Иртыше в Семипалатинске, двое пропали без вести
СЕМИПАЛАТИНСК, 14 мая — В субботу вечером у левого берега Иртыша в черте Семипалатинска затонул самоходный паром, перевозивший два грузовика и легковой автомобиль. Из 19 человек на борту 17 спасли рыбаки и экипаж катера речной милиции, двое числятся пропавшими без вести, сообщили в управлении по чрезвычайным ситуациям Семипалатинской области.
Паром связывал город с дачными массивами на левом берегу. По словам очевидцев, грузовики поставили на палубу без креплений, и на середине реки паром накренился. Из Усть-Каменогорска вызваны водолазы, поиски продолжатся в воскресенье.
Старый автомобильный мост через Иртыш закрыт на ремонт с прошлой осени, и переправа стала единственной дорогой для тысяч дачников. Один из затонувших грузовиков, по данным милиции, вёз стройматериалы в Павлодар.""",
     ann=[
        ('Иртыше', 0, 'facility', 'Irtysh River', N, {'subkind': 'river', 'note': 'headline'}),
        ('Семипалатинске', 0, 'city', 'Semey', EKR, {'note': 'headline; Soviet and Russian name of Semey; centre of Semipalatinsk Region until 1997'}),
        ('СЕМИПАЛАТИНСК', 0, 'city', 'Semey', EKR, {'note': 'dateline'}),
        ('Иртыша', 0, 'facility', 'Irtysh River', N, {'subkind': 'river'}),
        ('Семипалатинска', 0, 'city', 'Semey', EKR),
        ('Семипалатинской области', 0, 'region', EKR, EKR, {'uncertain': True, 'note': 'inside the name of an authority; Semipalatinsk Region was merged into East Kazakhstan Region in 1997 (its land is Abai Region since 2022)'}),
        ('Усть-Каменогорска', 0, 'city', 'Oskemen', EKR, {'note': 'NI:origin of divers'}),
        ('Иртыш', 0, 'facility', 'Irtysh River', N, {'subkind': 'river'}),
        ('Павлодар', 0, 'city', 'Pavlodar', PR, {'note': 'NI:destination of the cargo'}),
     ],
     inc={EKR: (1, 'ferry sank on the Irtysh in Semipalatinsk, two missing')}),

dict(id='p010', date='2016-11-23', lang='ru',
     event='2016 transport day in the west: six tank wagons derail at Beineu station, a bus with shift workers overturns at km 48 of the Aktau-Zhanaozen road, lorry drivers block the road to the port in Aktau (Mangystau Region); a train hits a tractor at a level crossing at Kandyagash station, Mugalzhar district (Aktobe Region); freight from Uzbekistan via Kungrad to Russia; the Mangyshlak-Moscow train delayed',
     text="""Сход цистерн в Бейнеу, гибель тракториста у Кандыагаша и протест дальнобойщиков в Актау
АКТАУ, 23 ноября — Вторник выдался тяжёлым для транспортников двух западных областей, Мангистауской и Актюбинской.
Около четырёх часов утра на станции Бейнеу сошли с рельсов шесть цистерн с газовым конденсатом грузового поезда, который шёл из Узбекистана через станцию Кунград в Россию. Утечки нет, никто не пострадал, сообщили в отделении железной дороги; движение на участке Бейнеу — Макат восстановили к полудню. Из-за схода пассажирский поезд Мангышлак — Москва отправился с опозданием на пять часов.
Днём на 48-м километре трассы Актау — Жанаозен перевернулся автобус, который вёз вахтовиков на месторождение. Семеро рабочих получили травмы, их доставили в больницу Жанаозена. По данным ДП Мангистауской области, водитель уснул за рулём.
В самом Актау около 80 водителей грузовиков перекрыли подъезд к порту, протестуя против новых правил взвешивания. «Нас штрафуют за каждую тонну, а весы врут», — говорит один из них, Нурлан Жумабаев, который возит трубы из Атырау. По его словам, водители простаивают у порта по двое суток, пока ждут паром на Баку. В акимате пообещали проверить весовые пункты, и к вечеру дорогу освободили.
В Актюбинской области на переезде у станции Кандыагаш в Мугалжарском районе пассажирский поезд Атырау — Актобе протаранил застрявший на путях трактор. Тракторист погиб, пассажиры не пострадали. Машинист применил экстренное торможение, но остановить состав не успел, рассказали в линейном отделе полиции.
В МВД в Астане напомнили, что с начала года на железнодорожных переездах страны произошло 37 столкновений, и призвали водителей не объезжать закрытые шлагбаумы.""",
     ann=[
        ('Бейнеу', 0, 'village', 'Beineu', MR, {'note': 'headline; district centre'}),
        ('Кандыагаша', 0, 'city', 'Kandyagash', AR, {'note': 'headline'}),
        ('Актау', 0, 'city', 'Aktau', MR, {'note': 'headline'}),
        ('АКТАУ', 0, 'city', 'Aktau', MR, {'note': 'dateline'}),
        ('двух западных областей', 0, 'quantified', '2 regions', N, {'count': 2, 'unit': 'region', 'note': 'both named (Mangystau, Aktobe)'}),
        ('Мангистауской', 0, 'region', MR, MR, {'note': 'in apposition, sharing "областей"'}),
        ('Актюбинской', 0, 'region', AR, AR, {'note': 'in apposition, sharing "областей"'}),
        ('Бейнеу', 1, 'facility', 'Beineu railway station', MR, {'subkind': 'railway station'}),
        ('Узбекистана', 0, 'foreign', 'Uzbekistan', N, {'note': 'NI:origin of the freight train'}),
        ('Кунград', 0, 'foreign', 'Kungrad railway station', N, {'subkind': 'railway station', 'note': 'NI:route of the train; station in Uzbekistan'}),
        ('Россию', 0, 'foreign', 'Russia', N, {'note': 'NI:destination'}),
        ('Бейнеу', 2, 'village', 'Beineu', MR, {'note': 'NI:endpoint of the line section'}),
        ('Макат', 0, 'village', 'Makat', ATR, {'note': 'NI:endpoint of the line section'}),
        ('Мангышлак', 0, 'facility', 'Mangyshlak railway station', MR, {'subkind': 'railway station', 'note': 'NI:route endpoint of the delayed train; station near Aktau'}),
        ('Москва', 0, 'foreign', 'Moscow', N, {'note': 'NI:route endpoint'}),
        ('Актау', 1, 'city', 'Aktau', MR, {'note': 'NI:road endpoint'}),
        ('Жанаозен', 0, 'city', 'Zhanaozen', MR, {'note': 'NI:road endpoint'}),
        ('Жанаозена', 0, 'city', 'Zhanaozen', MR, {'note': 'NI:hospital'}),
        ('Мангистауской области', 0, 'region', MR, MR, {'note': 'inside the name of an authority (ДП)'}),
        ('Актау', 2, 'city', 'Aktau', MR, {'note': 'place of the protest'}),
        ('Атырау', 0, 'city', 'Atyrau', ATR, {'note': "NI:driver's route origin"}),
        ('Баку', 0, 'foreign', 'Baku', N, {'note': 'NI:ferry destination (Azerbaijan)'}),
        ('Актюбинской области', 0, 'region', AR, AR),
        ('Кандыагаш', 0, 'facility', 'Kandyagash railway station', AR, {'subkind': 'railway station'}),
        ('Мугалжарском районе', 0, 'district', 'Mugalzhar District', AR),
        ('Атырау', 1, 'city', 'Atyrau', ATR, {'note': 'NI:route endpoint of the train'}),
        ('Актобе', 0, 'city', 'Aktobe', AR, {'note': 'NI:route endpoint of the train'}),
        ('Астане', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the ministry'}),
     ],
     inc={MR: (3, 'six tank wagons derailed at Beineu station; bus with shift workers overturned on the Aktau-Zhanaozen road, seven hurt; lorry drivers blocked the road to the port in Aktau'),
          AR: (1, 'train hit a tractor at the level crossing at Kandyagash station, tractor driver killed; the 37 crossing collisions since January are statistics')}),

dict(id='p011', date='2008-07-07', lang='ru',
     event='2008 Mi-2 helicopter hard landing near Doskey, Abai district (Karaganda Region, not Abai Region); based at Sary-Arka airport; crew taken to hospital in Karaganda; the town of Abai as the district centre',
     text="""Вертолёт Ми-2 совершил жёсткую посадку в Абайском районе
КАРАГАНДА, 7 июля — Вертолёт Ми-2 частной авиакомпании, облетавший линию электропередачи, в понедельник совершил жёсткую посадку в поле в шести километрах от посёлка Доскей Абайского района. Пилот и бортмеханик получили переломы, их доставили в областную больницу в Караганде, сообщили в департаменте по ЧС Карагандинской области.
Вертолёт вылетел утром из аэропорта Сары-Арка, где базируется компания, и должен был дозаправиться в городе Абай, центре района. По предварительной версии, отказал двигатель. Место посадки находится недалеко от трассы Караганда — Алматы, и первыми скорую вызвали проезжавшие водители.
Транспортная прокуратура начала проверку. Это второй случай с вертолётами компании за два года: в 2006 году её Ми-2 повредил винт при посадке под Темиртау.""",
     ann=[
        ('Абайском районе', 0, 'district', 'Abai District (Karaganda Region)', KR, {'note': 'headline; district of Karaganda Region, not Abai Region (created 2022)'}),
        ('КАРАГАНДА', 0, 'city', 'Karaganda', KR, {'note': 'dateline'}),
        ('Доскей', 0, 'village', 'Doskey', KR, {'note': 'reference point of the landing site'}),
        ('Абайского района', 0, 'district', 'Abai District (Karaganda Region)', KR),
        ('Караганде', 0, 'city', 'Karaganda', KR, {'note': 'NI:hospital'}),
        ('Карагандинской области', 0, 'region', KR, KR, {'note': 'inside the name of an authority'}),
        ('Сары-Арка', 0, 'facility', 'Sary-Arka Airport (Karaganda)', KR, {'subkind': 'airport', 'note': 'NI:base of the helicopter; not the Saryarka steppe or the Astana district'}),
        ('Абай', 0, 'city', 'Abai', KR, {'note': 'NI:planned refuelling; town, centre of Abai district'}),
        ('Караганда', 0, 'city', 'Karaganda', KR, {'note': 'NI:road endpoint'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:road endpoint'}),
        ('Темиртау', 0, 'city', 'Temirtau', KR, {'note': 'background: 2006 rotor damage on landing near Temirtau'}),
     ],
     inc={KR: (2, 'Mi-2 hard landing near Doskey, two crew hurt; the 2006 rotor damage near Temirtau is narrated as a separate background mishap (doubtful: it could be read as background only)')}),

dict(id='p012', date='2020-10-13', lang='ru',
     event='2020 bus from Tashkent to Kazan overturns at km 1105 of the Samara-Shymkent highway in Aitekebi district (Aktobe Region), one dead, 17 hurt; Uzbek migrant workers heading to Russia; hospital in Karabutak, air ambulance to Aktobe',
     text="""На трассе «Самара — Шымкент» перевернулся автобус с гражданами Узбекистана
АКТОБЕ, 13 октября — На 1105-м километре трассы «Самара — Шымкент» в Айтекебийском районе Актюбинской области ночью перевернулся автобус, следовавший из Ташкента в Казань. Один пассажир погиб, 17 получили травмы, сообщили в ДП области. Пострадавших доставили в районную больницу в селе Карабутак, троих в тяжёлом состоянии санавиация перевезла в Актобе.
В автобусе было 46 человек, в основном граждане Узбекистана, ехавшие на заработки в Россию. По словам пассажиров, водитель был за рулём без смены от самого Шымкента. Перевозчик зарегистрирован в Ташкенте, и у него не было разрешения на международные рейсы, заявили в транспортном контроле.
В МВД в Нур-Султане напомнили, что ночные рейсы автобусов по трассе через степные районы остаются самыми опасными.""",
     ann=[
        ('Самара', 0, 'foreign', 'Samara', N, {'note': 'NI:headline; road endpoint'}),
        ('Шымкент', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:headline; road endpoint'}),
        ('Узбекистана', 0, 'foreign', 'Uzbekistan', N, {'note': 'NI:citizenship'}),
        ('АКТОБЕ', 0, 'city', 'Aktobe', AR, {'note': 'dateline'}),
        ('Самара', 1, 'foreign', 'Samara', N, {'note': 'NI:road endpoint'}),
        ('Шымкент', 1, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:road endpoint'}),
        ('Айтекебийском районе', 0, 'district', 'Aitekebi District', AR),
        ('Актюбинской области', 0, 'region', AR, AR),
        ('Ташкента', 0, 'foreign', 'Tashkent', N, {'note': 'NI:origin of the bus'}),
        ('Казань', 0, 'foreign', 'Kazan', N, {'note': 'NI:destination of the bus'}),
        ('Карабутак', 0, 'village', 'Karabutak', AR, {'note': 'NI:hospital'}),
        ('Актобе', 0, 'city', 'Aktobe', AR, {'note': 'NI:hospital'}),
        ('Узбекистана', 1, 'foreign', 'Uzbekistan', N, {'note': 'NI:citizenship'}),
        ('Россию', 0, 'foreign', 'Russia', N, {'note': 'NI:destination'}),
        ('Шымкента', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:point on the route'}),
        ('Ташкенте', 0, 'foreign', 'Tashkent', N, {'note': "NI:carrier's registration"}),
        ('Нур-Султане', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the ministry'}),
     ],
     inc={AR: (1, 'bus overturned at km 1105 of the Samara-Shymkent highway in Aitekebi district, one dead, 17 hurt')}),

dict(id='p013', date='2022-07-20', lang='ru',
     event='2022 day chronicle of the three new regions six weeks after their creation: a bus fire on the Almaty-Ust-Kamenogorsk highway near Karabulak, Eskeldi district (Jetisu Region); four coal wagons derail at Ayagoz station (Abai Region, formerly East Kazakhstan); a fatal head-on crash at km 78 of the Zhezkazgan-Karaganda highway (Ulytau Region); the Almaty Region seat moved from Taldykorgan to Kapshagay; coal bound for Dostyk station on the Chinese border',
     text="""Хроника дня: автобус сгорел под Талдыкорганом, в Аягозе сошли вагоны, на трассе в Улытауской области погибли двое
20 июля, 21:30

В трёх новых областях — Абайской, Жетысуской и Улытауской, — образованных 8 июня, в среду произошли сразу три серьёзных транспортных происшествия.

Около девяти утра на трассе Алматы — Усть-Каменогорск у села Карабулак Ескельдинского района загорелся рейсовый автобус Алматы — Талдыкорган. Водитель успел высадить всех 32 пассажиров, никто не пострадал, но автобус сгорел полностью. «Салон вспыхнул за минуту, мы выскочили в одних тапочках», — рассказала пассажирка из Текели. В ДЧС Жетысуской области сообщили, что причиной стало замыкание проводки.

Днём на станции Аягоз сошли с рельсов четыре вагона с углём грузового поезда, который шёл из Экибастуза на станцию Достык на границе с Китаем. Пострадавших нет, движение восстановили к вечеру. Аягоз до июня входил в Восточно-Казахстанскую область, теперь — в Абайскую с центром в Семее.

Вечером на 78-м километре трассы Жезказган — Караганда легковой автомобиль выехал на встречную полосу и столкнулся с грузовиком. Водитель и пассажир легковушки погибли. В ДП Улытауской области уточнили, что оба — жители Сатпаева, возвращались из Караганды.

Алматинская область, центр которой перенесли из Талдыкоргана в Капшагай, за день серьёзных происшествий на дорогах не зафиксировала, сообщили в областной полиции. Тем временем у пункта пропуска Нур Жолы под Хоргосом вторые сутки стоят в очереди на выезд в Китай около 600 фур. Водители жалуются на жару и нехватку воды, пограничники обещают ускорить оформление.

Всего, по данным МВД, за сутки на дорогах страны произошло 46 ДТП.""",
     ann=[
        ('Талдыкорганом', 0, 'city', 'Taldykorgan', JTR, {'note': 'headline; "под Талдыкорганом": near the place of the bus fire; Jetisu Region since 2022-06-08'}),
        ('Аягозе', 0, 'city', 'Ayagoz', ABR, {'note': 'headline'}),
        ('Улытауской области', 0, 'region', UR, UR, {'note': 'headline'}),
        ('трёх новых областях', 0, 'quantified', '3 new regions', N, {'count': 3, 'unit': 'region', 'note': 'all three named (Abai, Jetisu, Ulytau); each has its own row'}),
        ('Абайской', 0, 'region', ABR, ABR, {'note': 'in apposition, sharing "областях"'}),
        ('Жетысуской', 0, 'region', JTR, JTR, {'note': 'in apposition, sharing "областях"'}),
        ('Улытауской', 1, 'region', UR, UR, {'note': 'in apposition, sharing "областях"'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:road endpoint'}),
        ('Усть-Каменогорск', 0, 'city', 'Oskemen', EKR, {'note': 'NI:road endpoint'}),
        ('Карабулак', 0, 'village', 'Karabulak (Eskeldi district)', JTR, {'note': 'not Karabulak in Sayram district'}),
        ('Ескельдинского района', 0, 'district', 'Eskeldi District', JTR),
        ('Алматы', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:route endpoint of the bus'}),
        ('Талдыкорган', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:route endpoint of the bus'}),
        ('Текели', 0, 'city', 'Tekeli', JTR, {'note': "NI:passenger's residence"}),
        ('Жетысуской области', 0, 'region', JTR, JTR, {'note': 'inside the name of an authority (ДЧС)'}),
        ('Аягоз', 0, 'facility', 'Ayagoz railway station', ABR, {'subkind': 'railway station'}),
        ('Экибастуза', 0, 'city', 'Ekibastuz', PR, {'note': 'NI:origin of the train'}),
        ('Достык', 0, 'facility', 'Dostyk railway station', JTR, {'subkind': 'railway station', 'note': 'NI:destination of the train; Alakol district, Jetisu Region since 2022'}),
        ('Китаем', 0, 'foreign', 'China', N),
        ('Аягоз', 1, 'city', 'Ayagoz', ABR, {'note': 'NI:statement about its region'}),
        ('Восточно-Казахстанскую область', 0, 'region', EKR, EKR, {'note': 'NI:former unit of Ayagoz'}),
        ('Абайскую', 0, 'region', ABR, ABR, {'note': 'NI:elliptical "в Абайскую [область]"'}),
        ('Семее', 0, 'city', 'Semey', ABR, {'note': 'NI:seat of the region'}),
        ('Жезказган', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:road endpoint'}),
        ('Караганда', 0, 'city', 'Karaganda', KR, {'note': 'NI:road endpoint'}),
        ('Улытауской области', 1, 'region', UR, UR, {'note': 'inside the name of an authority (ДП)'}),
        ('Сатпаева', 0, 'city', 'Satpayev', UR, {'note': "NI:victims' residence"}),
        ('Караганды', 0, 'city', 'Karaganda', KR, {'note': 'NI:origin of the trip'}),
        ('Алматинская область', 0, 'region', ALR, ALR, {'note': 'NI:no serious accidents'}),
        ('Талдыкоргана', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:former seat of Almaty Region'}),
        ('Капшагай', 0, 'city', 'Kapshagay', ALR, {'note': 'NI:new seat of Almaty Region (renamed Konaev later in 2022)'}),
        ('Нур Жолы', 0, 'facility', 'Nur Zholy border crossing', JTR, {'subkind': 'border crossing', 'note': 'NI:queue of lorries, not an incident'}),
        ('Хоргосом', 0, 'village', 'Khorgos', JTR, {'note': 'NI:reference point; Panfilov district, Jetisu Region since 2022'}),
        ('Китай', 0, 'foreign', 'China', N, {'note': 'NI:destination of the lorries'}),
     ],
     inc={JTR: (1, 'bus fire on the Almaty-Ust-Kamenogorsk highway near Karabulak, Eskeldi district'),
          ABR: (1, 'four coal wagons derailed at Ayagoz station'),
          UR: (1, 'head-on crash at km 78 of the Zhezkazgan-Karaganda highway, two dead; the 46 accidents nationwide are statistics')}),

dict(id='p014', date='1996-08-09', lang='ru',
     event='1996 lorry from Urumqi and a Zharkent-Almaty bus collide on the Almaty-Khorgos highway 20 km from Zharkent, three dead (Taldykorgan Region, merged into Almaty Region in 1997); driver a citizen of the PRC; the Khorgos border crossing',
     text="""Под Жаркентом фура из Китая столкнулась с автобусом: трое погибших
ТАЛДЫКОРГАН, 9 августа — На трассе Алматы — Хоргос, в 20 км от Жаркента, в четверг столкнулись грузовик, шедший из Урумчи, и рейсовый автобус Жаркент — Алматы. Погибли трое пассажиров автобуса, ещё 11 человек ранены, сообщили в УВД Талдыкорганской области.
Водитель грузовика, гражданин КНР, задержан. По данным дорожной полиции, он пошёл на обгон на закрытом повороте. Раненых доставили в центральную больницу Панфиловского района в Жаркенте, двоих — в Талдыкорган.
С тех пор как заработал пункт пропуска Хоргос, поток китайских фур через область вырос в несколько раз, а дорога осталась узкой, с разбитыми обочинами, заявил начальник дорожной полиции области Болат Касымов. Ремонт участка обещают начать не раньше следующего года.""",
     ann=[
        ('Жаркентом', 0, 'city', 'Zharkent', ALR, {'note': 'headline; "под Жаркентом": near the place of the crash'}),
        ('Китая', 0, 'foreign', 'China', N, {'note': 'NI:origin of the lorry'}),
        ('ТАЛДЫКОРГАН', 0, 'city', 'Taldykorgan', ALR, {'note': 'dateline; centre of Taldykorgan Region until 1997'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:road endpoint'}),
        ('Хоргос', 0, 'village', 'Khorgos', ALR, {'note': 'NI:road endpoint'}),
        ('Жаркента', 0, 'city', 'Zharkent', ALR, {'note': 'NI:reference point ("в 20 км от")'}),
        ('Урумчи', 0, 'foreign', 'Urumqi', N, {'note': 'NI:origin of the lorry'}),
        ('Жаркент', 0, 'city', 'Zharkent', ALR, {'note': 'NI:route endpoint of the bus'}),
        ('Алматы', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:route endpoint of the bus'}),
        ('Талдыкорганской области', 0, 'region', ALR, ALR, {'uncertain': True, 'note': 'inside the name of an authority (УВД); Taldykorgan Region was merged into Almaty Region in 1997'}),
        ('КНР', 0, 'foreign', 'China', N, {'note': 'NI:citizenship; abbreviation of the PRC'}),
        ('Панфиловского района', 0, 'district', 'Panfilov District', ALR, {'note': 'NI:in the name of the hospital'}),
        ('Жаркенте', 0, 'city', 'Zharkent', ALR, {'note': 'NI:hospital'}),
        ('Талдыкорган', 0, 'city', 'Taldykorgan', ALR, {'note': 'NI:hospital'}),
        ('Хоргос', 1, 'facility', 'Khorgos border crossing', ALR, {'subkind': 'border crossing', 'note': 'NI:"пункт пропуска Хоргос"'}),
     ],
     inc={ALR: (1, 'collision of a Chinese lorry and a bus 20 km from Zharkent on the Almaty-Khorgos highway, three dead')}),

dict(id='p015', date='2018-03-15', lang='ru',
     event='2018 city bus fire on Respubliki Avenue in Shymkent and a minibus of pilgrims from Turkestan in a ravine near Mount Kazygurt, Kazygurt district (both South Kazakhstan Region, three months before Shymkent was split off); Abai and Enbekshi districts of Shymkent',
     text="""В Шымкенте сгорел городской автобус, в Казыгуртском районе в овраг упал микроавтобус
ШЫМКЕНТ, 15 марта — Утром в четверг на проспекте Республики в Шымкенте загорелся городской автобус маршрута № 12. Водитель открыл двери, и 25 пассажиров вышли без травм, сообщили в департаменте по ЧС Южно-Казахстанской области. Пожар потушили за 15 минут. Автопарк, которому принадлежал автобус, обслуживает маршруты в Абайском и Енбекшинском районах города.
Днём в Казыгуртском районе микроавтобус с паломниками из Туркестана, направлявшимися к горе Казыгурт, на спуске не вписался в поворот и упал в овраг. Четверо пострадавших доставлены в районную больницу в селе Казыгурт, у одного — перелом позвоночника.
По словам водителя, у машины отказали тормоза. В ДП области проверяют, проходил ли микроавтобус техосмотр. С начала года в регионе сгорели уже три пассажирских автобуса.""",
     ann=[
        ('Шымкенте', 0, 'city', 'Shymkent', SKR, {'note': 'headline; South Kazakhstan Region before 2018-06-19'}),
        ('Казыгуртском районе', 0, 'district', 'Kazygurt District', SKR, {'note': 'headline'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', SKR, {'note': 'dateline'}),
        ('проспекте Республики', 0, 'facility', 'Respubliki Avenue (Shymkent)', SKR, {'subkind': 'street'}),
        ('Шымкенте', 1, 'city', 'Shymkent', SKR),
        ('Южно-Казахстанской области', 0, 'region', SKR, SKR, {'note': 'inside the name of an authority'}),
        ('Абайском', 0, 'district', 'Abai District (Shymkent)', SKR, {'subkind': 'city district', 'note': 'NI:routes of the bus company; in a list sharing "районах"; the city belonged to South Kazakhstan Region at the date'}),
        ('Енбекшинском', 0, 'district', 'Enbekshi District (Shymkent)', SKR, {'subkind': 'city district', 'note': 'NI:routes of the bus company; in a list sharing "районах"'}),
        ('Казыгуртском районе', 1, 'district', 'Kazygurt District', SKR),
        ('Туркестана', 0, 'city', 'Turkistan', SKR, {'note': 'NI:origin of the pilgrims'}),
        ('Казыгурт', 0, 'facility', 'Mount Kazygurt', N, {'subkind': 'mountain', 'note': 'NI:destination of the pilgrims; natural feature, not the district or the village'}),
        ('Казыгурт', 1, 'village', 'Kazygurt', SKR, {'note': 'NI:hospital; district centre'}),
     ],
     inc={SKR: (2, 'city bus fire on Respubliki Avenue in Shymkent; minibus with pilgrims fell into a ravine in Kazygurt district, four hurt; "three buses burnt since January" is statistics')}),

dict(id='p016', date='2026-01-28', lang='ru',
     event='2026 Atyrau-Astrakhan coach overturns on ice at km 290 near Kurmangazy (formerly Ganyushkino), Kurmangazy district, 12 hurt (Atyrau Region); citizens of Russia and Kazakhstan; the ice crossing of the Ural in Atyrau closed; the Soviet name Guryev',
     text="""Автобус Атырау — Астрахань опрокинулся в кювет у Курмангазы
АТЫРАУ, 28 января — На 290-м километре трассы Атырау — Астрахань, у села Курмангазы (бывшее Ганюшкино) Курмангазинского района, рейсовый автобус занесло на гололёде, и он опрокинулся в кювет. Травмы получили 12 из 38 пассажиров, сообщили в ДП Атырауской области. Среди пассажиров — граждане России и Казахстана.
Пострадавших доставили в районную больницу в Курмангазы, двоих с тяжёлыми травмами — в Атырау.
В самом Атырау в тот же день закрыли ледовую переправу через Урал у старого моста, построенного ещё в 1960-х, когда город назывался Гурьевом: после оттепели лёд истончился. Пешеходам предлагают пользоваться автомобильными мостами.
По данным областного акимата, с начала зимы на этом участке трассы произошло 14 ДТП, и дорожники обещают весной установить ограждения на самых опасных поворотах.""",
     ann=[
        ('Атырау', 0, 'city', 'Atyrau', ATR, {'note': 'NI:headline; route endpoint'}),
        ('Астрахань', 0, 'foreign', 'Astrakhan', N, {'note': 'NI:headline; route endpoint (Russia)'}),
        ('Курмангазы', 0, 'village', 'Kurmangazy', ATR, {'note': 'headline; district centre, formerly Ganyushkino'}),
        ('АТЫРАУ', 0, 'city', 'Atyrau', ATR, {'note': 'dateline'}),
        ('Атырау', 1, 'city', 'Atyrau', ATR, {'note': 'NI:road endpoint'}),
        ('Астрахань', 1, 'foreign', 'Astrakhan', N, {'note': 'NI:road endpoint'}),
        ('Курмангазы', 1, 'village', 'Kurmangazy', ATR),
        ('Ганюшкино', 0, 'village', 'Kurmangazy', ATR, {'note': 'former name, in brackets'}),
        ('Курмангазинского района', 0, 'district', 'Kurmangazy District', ATR),
        ('Атырауской области', 0, 'region', ATR, ATR, {'note': 'inside the name of an authority (ДП)'}),
        ('России', 0, 'foreign', 'Russia', N, {'note': 'NI:citizenship'}),
        ('Казахстана', 0, 'country', 'Kazakhstan', N),
        ('Курмангазы', 2, 'village', 'Kurmangazy', ATR, {'note': 'NI:hospital'}),
        ('Атырау', 2, 'city', 'Atyrau', ATR, {'note': 'NI:hospital'}),
        ('Атырау', 3, 'city', 'Atyrau', ATR, {'note': 'NI:ice crossing closed, a measure'}),
        ('Урал', 0, 'facility', 'Ural River', N, {'subkind': 'river'}),
        ('Гурьевом', 0, 'city', 'Atyrau', ATR, {'note': 'NI:Soviet name of Atyrau'}),
     ],
     inc={ATR: (1, 'coach overturned on ice near Kurmangazy on the Atyrau-Astrakhan road, 12 hurt; the 14 accidents since the start of winter are statistics')}),
]
