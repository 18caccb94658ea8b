"""Russian texts of the sixty-ninth unseen check corpus."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p009', date='2017-09-18', lang='ru',
     event='2017 bus with Kairat fans overturns on the Kordai pass (Kordai district, Jambyl Region), driver killed, 17 hurt; fight between fans at the Kazhymukan stadium in Shymkent (South Kazakhstan Region before the 2018 split), two stabbed; background: fans of Aktobe and Tobol fought at the station in Kostanay last season; clubs «Кайрат», «Ордабасы», «Актобе», «Тобол» are not places; matches without spectators in three cities',
     text="""Автобус с болельщиками опрокинулся на Кордайском перевале, в Шымкенте — драка фанатов
ШЫМКЕНТ, 18 сентября — Автобус, в котором 46 болельщиков «Кайрата» ехали на матч с «Ордабасы», в ночь на субботу съехал в кювет и опрокинулся на Кордайском перевале. Как сообщил департамент полиции Жамбылской области, водитель погиб, ещё 17 человек получили травмы. Пострадавших доставили в районную больницу в селе Кордай, пятерых позже перевезли в Тараз.
Автобус выехал из Алматы в пятницу вечером. По предварительным данным, водитель, житель Каскелена, не справился с управлением на мокром спуске трассы Алматы — Ташкент. Полиция Кордайского района возбудила уголовное дело. Движение на перевале было перекрыто почти на три часа, пока спасатели ДЧС Жамбылской области поднимали автобус краном. Водитель ехавшего следом грузовика рассказал журналистам, что после дождя асфальт на спуске был покрыт глиной и мелкими камнями.
Часть болельщиков всё же добралась до Шымкента на попутных машинах. После матча у центрального входа стадиона имени Кажымукана вспыхнула драка между фанатами двух клубов. Полиция Южно-Казахстанской области задержала 12 человек, двое получили ножевые ранения. Во время игры с трибун бросали файеры, и судья дважды останавливал встречу.
Пресс-служба «Кайрата» выразила соболезнования семье водителя. В «Ордабасы» заявили, что клуб не отвечает за происходящее за пределами стадиона.
Это не первый подобный случай. В прошлом сезоне болельщики «Актобе» и «Тобола» подрались на железнодорожном вокзале в Костанае, тогда пострадали трое полицейских. После этого выездные поездки фанатов ограничили.
В футбольной федерации страны пообещали рассмотреть вопрос о проведении матчей без зрителей в трёх городах — Алматы, Шымкенте и Актобе. Окончательное решение примут до конца сезона.""",
     ann=[
        ('Кордайском перевале', 0, 'facility', 'Kordai Pass', JR, {'subkind': 'pass', 'note': 'headline; mountain pass on the Almaty-Tashkent road'}),
        ('Шымкенте', 0, 'city', 'Shymkent', SKR, {'note': 'headline; South Kazakhstan Region before 2018-06-19'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', SKR, {'note': 'dateline'}),
        ('Кордайском перевале', 1, 'facility', 'Kordai Pass', JR, {'subkind': 'pass'}),
        ('Жамбылской области', 0, 'region', JR, JR, {'note': 'inside the name of an authority'}),
        ('Кордай', 0, 'village', 'Kordai', JR, {'note': 'NI:hospital; centre of Kordai district'}),
        ('Тараз', 0, 'city', 'Taraz', JR, {'note': 'NI:hospital town'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:departure point'}),
        ('Каскелена', 0, 'city', 'Kaskelen', ALR, {'note': "NI:driver's residence"}),
        ('Алматы', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:road endpoint'}),
        ('Ташкент', 0, 'foreign', 'Tashkent', N, {'note': 'NI:road endpoint'}),
        ('Кордайского района', 0, 'district', 'Kordai District', JR, {'note': 'inside the name of an authority'}),
        ('Жамбылской области', 1, 'region', JR, JR, {'note': 'inside the name of an authority (emergencies department)'}),
        ('Шымкента', 0, 'city', 'Shymkent', SKR, {'note': "fans' destination; the fight took place there"}),
        ('стадиона имени Кажымукана', 0, 'facility', 'Kazhymukan Stadium (Shymkent)', SKR, {'subkind': 'stadium', 'note': 'named after a person'}),
        ('Южно-Казахстанской области', 0, 'region', SKR, SKR, {'note': 'inside the name of an authority'}),
        ('Костанае', 0, 'city', 'Kostanay', KOR, {'note': 'background fight at the railway station, narrated'}),
        ('трёх городах', 0, 'quantified', '3 cities', N, {'count': 3, 'unit': 'city', 'note': 'members named; not about incidents'}),
        ('Алматы', 2, 'city', 'Almaty', 'Almaty', {'note': 'NI:possible matches without spectators'}),
        ('Шымкенте', 1, 'city', 'Shymkent', SKR, {'note': 'NI:possible matches without spectators'}),
        ('Актобе', 1, 'city', 'Aktobe', AR, {'note': 'NI:possible matches without spectators; the first «Актобе» is the club'}),
     ],
     inc={JR: (1, 'bus with fans overturned on the Kordai pass, driver killed, 17 hurt'),
          SKR: (1, 'fight between fans at the Kazhymukan stadium in Shymkent, two stabbed (flares during the match are part of the same event)'),
          KOR: (1, 'background, narrated: fans fought at the railway station in Kostanay last season, three police hurt')}),

dict(id='p010', date='1995-03-22', lang='ru',
     event='1995 Nauryz: a yurt fire on Republic Square in Alma-Ata (then the capital), two burnt, and a kokpar stand collapse at the hippodrome in Taldykurgan (Taldykurgan Region, abolished 1997; Almaty Region land); quiet holiday in Chimkent and Dzhambul; guests from Tashkent and Bishkek',
     text="""Наурыз в Алма-Ате: загорелась юрта на площади Республики
АЛМА-АТА, 22 марта — Празднование Наурыза в столице омрачил пожар: около полудня на площади Республики загорелась одна из юрт, поставленных для угощения горожан. Огонь от самовара перекинулся на войлок. Пострадали двое — повар и женщина, стоявшая в очереди за наурыз-коже; обоих доставили в ожоговый центр.
В Талдыкургане во время кокпара на городском ипподроме обрушилась деревянная трибуна, семь зрителей получили ушибы и переломы, сообщили в УВД Талдыкурганской области. Организаторы признали, что после зимы трибуну не проверяли.
В Чимкенте и Джамбуле, по данным областных акиматов, праздник прошёл спокойно. Гости из Ташкента и Бишкека вечером приняли участие в айтысе акынов во Дворце Республики в Алма-Ате.""",
     ann=[
        ('Алма-Ате', 0, 'city', 'Almaty', 'Almaty', {'note': 'headline; Soviet-era Russian name, still used in 1995'}),
        ('площади Республики', 0, 'facility', 'Republic Square (Almaty)', 'Almaty', {'subkind': 'square', 'note': 'headline'}),
        ('АЛМА-АТА', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('площади Республики', 1, 'facility', 'Republic Square (Almaty)', 'Almaty', {'subkind': 'square'}),
        ('Талдыкургане', 0, 'city', 'Taldykorgan', ALR, {'note': 'centre of Taldykurgan Region (abolished 1997, its land in Almaty Region)'}),
        ('Талдыкурганской области', 0, 'region', ALR, ALR, {'uncertain': True, 'note': 'inside the name of an authority; Taldykurgan Region was abolished in 1997 and merged into Almaty Region, labelled with the unit that holds its land'}),
        ('Чимкенте', 0, 'city', 'Shymkent', SKR, {'note': 'NI:quiet holiday; Russian-style spelling'}),
        ('Джамбуле', 0, 'city', 'Taraz', JR, {'note': 'NI:quiet holiday; Soviet-era name of Taraz'}),
        ('Ташкента', 0, 'foreign', 'Tashkent', N, {'note': "NI:guests' origin"}),
        ('Бишкека', 0, 'foreign', 'Bishkek', N, {'note': "NI:guests' origin"}),
        ('Дворце Республики', 0, 'facility', 'Palace of the Republic (Almaty)', 'Almaty', {'note': 'NI:aitys venue'}),
        ('Алма-Ате', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:aitys venue'}),
     ],
     inc={'Almaty': (1, 'yurt fire on Republic Square, two burnt'),
          ALR: (1, 'wooden stand collapsed at the hippodrome in Taldykurgan during kokpar, seven hurt')}),

dict(id='p011', date='2019-12-17', lang='ru',
     event='2019 Independence Day: about 20 detained at an unsanctioned rally at the Independence Monument on Republic Square in Almaty; flowers in Zhanaozen on the eighth anniversary of the December 2011 shooting (background, narrated); fireworks over the Yesil in Nur-Sultan without incident; meetings in all regions',
     text="""День Независимости: задержания в Алматы, цветы в Жанаозене
АЛМАТЫ, 17 декабря — Полиция задержала около 20 человек, пытавшихся провести несанкционированный митинг у монумента Независимости на площади Республики в Алматы в понедельник, сообщили в департаменте полиции города. Вечером всех отпустили, на семерых составлены протоколы.
В Жанаозене жители возложили цветы к памятному знаку в восьмую годовщину трагических событий 2011 года. Тогда, 16 декабря, при разгоне бастовавших нефтяников на центральной площади города погибли 16 человек, более сотни получили ранения. Акимат Мангистауской области сообщил, что траурная встреча прошла спокойно.
В Нур-Султане праздничный салют над Есилем смотрели десятки тысяч человек, нарушений порядка не зафиксировано. Торжественные собрания в честь 28-летия независимости Казахстана прошли во всех регионах страны.""",
     ann=[
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'headline'}),
        ('Жанаозене', 0, 'city', 'Zhanaozen', MR, {'note': 'headline'}),
        ('АЛМАТЫ', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('монумента Независимости', 0, 'facility', 'Independence Monument (Almaty)', 'Almaty', {'subkind': 'monument'}),
        ('площади Республики', 0, 'facility', 'Republic Square (Almaty)', 'Almaty', {'subkind': 'square'}),
        ('Алматы', 1, 'city', 'Almaty', 'Almaty'),
        ('Жанаозене', 1, 'city', 'Zhanaozen', MR, {'note': 'the 2011 shooting (background, narrated) took place on its central square'}),
        ('Мангистауской области', 0, 'region', MR, MR, {'note': 'inside the name of an authority'}),
        ('Нур-Султане', 0, 'city', 'Astana', 'Astana', {'note': 'NI:no incidents'}),
        ('Есилем', 0, 'facility', 'Yesil River', N, {'subkind': 'river'}),
        ('Казахстана', 0, 'country', 'Kazakhstan', N),
        ('всех регионах страны', 0, 'quantified', 'all regions', N, {'count': None, 'unit': 'region', 'quantifier': 'all', 'note': 'not about incidents'}),
     ],
     inc={'Almaty': (1, 'unsanctioned rally at the Independence Monument, about 20 detained'),
          MR: (1, 'background, narrated: 16 December 2011 shooting of striking oil workers in Zhanaozen, 16 dead; the 2019 commemoration itself is not an incident')}),

dict(id='p012', date='2008-09-22', lang='ru',
     event='2008 Almaty City Day: a firework sets fire to a roof on Zhambyl Street (Medeu district), a crush at the exit of the Medeu skating rink after a concert, seven hurt (Almaty); a pleasure boat capsizes on the Kapchagay reservoir, one drowned (Almaty Region); City Day in Taraz without incident; the street Жамбыла is not Jambyl Region; roads closed in three districts of Almaty',
     text="""День города в Алматы: пожар от фейерверка и давка на «Медеу»
АЛМАТЫ, 22 сентября — Празднование Дня города в южной столице в минувшие выходные не обошлось без происшествий, сообщили в департаменте по чрезвычайным ситуациям Алматы.
Около 22:30 в субботу ракета праздничного салюта упала на крышу двухэтажного жилого дома на улице Жамбыла в Медеуском районе. Кровля загорелась, жильцов восьми квартир эвакуировали, пострадавших нет. Огонь потушили за 40 минут. Салют запускали с крыши гостиницы «Казахстан» на проспекте Достык.
В воскресенье вечером после концерта на высокогорном катке «Медеу» тысячи зрителей одновременно направились к автобусам, и на узкой лестнице у нижней стоянки возникла давка. Семь человек получили травмы, двое — переломы. По словам очевидцев, многие приехали на концерт из Талгара и Каскелена.
В выходные в трёх районах города — Медеуском, Бостандыкском и Алмалинском — перекрывали движение, а метро, которое строится с 1988 года, по-прежнему не открыто.
Ещё одна беда случилась за городом. На Капчагайском водохранилище в воскресенье перевернулась прогулочная лодка с девятью отдыхающими. Восьмерых спасли, тело 19-летнего жителя Алматы нашли водолазы. ДЧС Алматинской области проверяет, была ли у владельца лодки лицензия.
В Таразе, где День города отмечали в тот же день, праздник прошёл без происшествий, сообщили в акимате Жамбылской области. Гостями праздника стали делегации из Бишкека и из китайского Урумчи.
Всего, по данным городского акимата, праздничные мероприятия в Алматы посетили около 400 тысяч человек. На площади Республики и в парке имени 28 гвардейцев-панфиловцев дежурили более двух тысяч полицейских, нарушений порядка там не зафиксировано. Бригады скорой помощи за выходные приняли более 300 вызовов.""",
     ann=[
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'headline'}),
        ('Медеу', 0, 'facility', 'Medeu skating rink (Almaty)', 'Almaty', {'subkind': 'stadium', 'note': 'headline; name in quotation marks'}),
        ('АЛМАТЫ', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Алматы', 1, 'city', 'Almaty', 'Almaty', {'note': 'inside the name of an authority (city emergencies department)'}),
        ('улице Жамбыла', 0, 'facility', 'Zhambyl Street (Almaty)', 'Almaty', {'subkind': 'street', 'note': 'named after the poet, not Jambyl Region'}),
        ('Медеуском районе', 0, 'district', 'Medeu District (Almaty)', 'Almaty', {'subkind': 'city district'}),
        ('Казахстан', 0, 'facility', 'Kazakhstan Hotel (Almaty)', 'Almaty', {'subkind': 'hotel', 'note': 'NI:the hotel «Казахстан», a named building, not the country; launch site of the fireworks'}),
        ('проспекте Достык', 0, 'facility', 'Dostyk Avenue (Almaty)', 'Almaty', {'subkind': 'street', 'note': 'NI:location of the hotel'}),
        ('Медеу', 1, 'facility', 'Medeu skating rink (Almaty)', 'Almaty', {'subkind': 'stadium', 'note': 'name in quotation marks'}),
        ('Талгара', 0, 'city', 'Talgar', ALR, {'note': "NI:spectators' origin"}),
        ('Каскелена', 0, 'city', 'Kaskelen', ALR, {'note': "NI:spectators' origin"}),
        ('трёх районах', 0, 'quantified', '3 districts', N, {'count': 3, 'unit': 'district', 'note': 'city districts of Almaty, named; roads closed, not incidents'}),
        ('Медеуском', 1, 'district', 'Medeu District (Almaty)', 'Almaty', {'subkind': 'city district', 'note': 'NI:roads closed; in a list sharing "районах"'}),
        ('Бостандыкском', 0, 'district', 'Bostandyk District (Almaty)', 'Almaty', {'subkind': 'city district', 'note': 'NI:roads closed; in a list sharing "районах"'}),
        ('Алмалинском', 0, 'district', 'Almaly District (Almaty)', 'Almaty', {'subkind': 'city district', 'note': 'NI:roads closed; in a list sharing "районах"'}),
        ('Капчагайском водохранилище', 0, 'facility', 'Kapchagay Reservoir', N, {'subkind': 'reservoir', 'note': 'the boat capsized there; in Almaty Region'}),
        ('Алматы', 2, 'city', 'Almaty', 'Almaty', {'note': "NI:victim's residence"}),
        ('Алматинской области', 0, 'region', ALR, ALR, {'note': 'inside the name of an authority; the reservoir lies in the region'}),
        ('Таразе', 0, 'city', 'Taraz', JR, {'note': 'NI:no incidents'}),
        ('Жамбылской области', 0, 'region', JR, JR, {'note': 'NI:inside the name of an authority; no incidents'}),
        ('Бишкека', 0, 'foreign', 'Bishkek', N, {'note': 'NI:delegation'}),
        ('Урумчи', 0, 'foreign', 'Urumqi', N, {'note': 'NI:delegation'}),
        ('Алматы', 3, 'city', 'Almaty', 'Almaty', {'note': 'NI:attendance figure'}),
        ('площади Республики', 0, 'facility', 'Republic Square (Almaty)', 'Almaty', {'subkind': 'square', 'note': 'NI:no incidents'}),
        ('парке имени 28 гвардейцев-панфиловцев', 0, 'facility', 'Panfilov Park (Almaty)', 'Almaty', {'subkind': 'park', 'note': 'NI:no incidents; park named after the Panfilov guardsmen'}),
     ],
     inc={'Almaty': (2, 'firework set fire to a roof on Zhambyl Street, Medeu district; crush on the stairs below the Medeu rink after a concert, seven hurt'),
          ALR: (1, 'pleasure boat capsized on the Kapchagay reservoir, one drowned (the reservoir has a null ADM1; the row rests on the Almaty Region emergencies department named in the text)')}),

dict(id='p013', date='2023-08-21', lang='ru',
     event='2023 minibus with guests of an ethno-festival at the Alasha Khan mausoleum overturns 15 km from the village of Ulytau, five hurt (Ulytau Region, created 2022); passengers from Zhezkazgan and Satpayev; the festival at the Alasha Khan and Jochi Khan mausoleums without incident; background: the land in Dzhezkazgan Region (abolished 1997) and then Karaganda Region',
     text="""Микроавтобус с гостями этнофестиваля опрокинулся в Улытауской области
ЖЕЗКАЗГАН, 21 августа — Пять человек пострадали в воскресенье, когда микроавтобус, вёзший гостей на этнофестиваль «Ұлы дала» у мавзолея Алаша-хана, опрокинулся на грунтовой дороге в 15 км от села Улытау. Пассажиры, жители Жезказгана и Сатпаева, доставлены в больницу Жезказгана, состояние двоих оценивается как средней тяжести, сообщили в департаменте полиции области.
Сам фестиваль, собравший около пяти тысяч человек у мавзолеев Алаша-хана и Джучи-хана, прошёл без происшествий. Гостям показали байгу, состязания беркутчи и реконструкцию курултая.
Улытауская область была образована в июне прошлого года. В советское время эти земли входили в Джезказганскую область, упразднённую в 1997 году, а затем — в Карагандинскую. Аким области пообещал к следующему сезону заасфальтировать дорогу от Жезказгана до исторических памятников.""",
     ann=[
        ('Улытауской области', 0, 'region', UR, UR, {'note': 'headline; created 2022-06-08'}),
        ('ЖЕЗКАЗГАН', 0, 'city', 'Zhezkazgan', UR, {'note': 'dateline'}),
        ('мавзолея Алаша-хана', 0, 'facility', 'Alasha Khan mausoleum', UR, {'subkind': 'mausoleum', 'note': 'NI:destination; head noun before the name'}),
        ('Улытау', 0, 'village', 'Ulytau', UR, {'note': 'reference point of the crash site (15 km from the village)'}),
        ('Жезказгана', 0, 'city', 'Zhezkazgan', UR, {'note': "NI:passengers' residence"}),
        ('Сатпаева', 0, 'city', 'Satpayev', UR, {'note': "NI:passengers' residence; the town, not the surname"}),
        ('Жезказгана', 1, 'city', 'Zhezkazgan', UR, {'note': 'NI:hospital town'}),
        ('Алаша-хана', 1, 'facility', 'Alasha Khan mausoleum', UR, {'subkind': 'mausoleum', 'note': 'NI:no incident; in a list sharing "мавзолеев"'}),
        ('Джучи-хана', 0, 'facility', 'Jochi Khan mausoleum', UR, {'subkind': 'mausoleum', 'note': 'NI:no incident; in a list sharing "мавзолеев"'}),
        ('Улытауская область', 0, 'region', UR, UR, {'note': 'NI:background'}),
        ('Джезказганскую область', 0, 'region', UR, UR, {'uncertain': True, 'note': 'NI:background; Dzhezkazgan Region, abolished in 1997, labelled with the unit that holds this land on the article date'}),
        ('Карагандинскую', 0, 'region', KR, KR, {'note': 'NI:background; head noun "область" elided'}),
        ('Жезказгана', 2, 'city', 'Zhezkazgan', UR, {'note': 'NI:road endpoint'}),
     ],
     inc={UR: (1, 'minibus with festival guests overturned 15 km from Ulytau village, five hurt')}),

dict(id='p014', date='2013-10-16', lang='ru',
     event='2013 Kurban Ait: crush at a charity meat distribution at the «Нур» mosque on Republic Avenue in Temirtau, four pensioners hurt (Karaganda Region); orderly distribution by coupons in Karaganda; the ArcelorMittal Temirtau company is not a place; meat from farms in Osakarovka district',
     text="""Давка при раздаче курбан-айтского мяса в Темиртау: пострадали четыре пенсионерки
КАРАГАНДА, 16 октября — Четыре пожилые женщины получили травмы во вторник в Темиртау, когда у ворот мечети «Нур» на проспекте Республики собравшиеся на раздачу жертвенного мяса люди бросились к грузовику, сообщили в департаменте внутренних дел Карагандинской области.
По словам очевидцев, к утру у мечети собралось более 600 человек, а мясо привезли только на 200 семей. Когда кузов открыли, толпа двинулась вперёд, и несколько человек упали. Одну из пострадавших с переломом бедра госпитализировали.
Мясо для раздачи пожертвовали фермеры Осакаровского района и работники АрселорМиттал Темиртау. Имам мечети извинился перед горожанами и пообещал в следующем году раздавать помощь по спискам.
В Караганде, где раздача в центральной мечети шла по заранее выданным талонам, обошлось без происшествий. Такую же систему акимат области предлагает ввести во всех городах региона.""",
     ann=[
        ('Темиртау', 0, 'city', 'Temirtau', KR, {'note': 'headline'}),
        ('КАРАГАНДА', 0, 'city', 'Karaganda', KR, {'note': 'dateline'}),
        ('Темиртау', 1, 'city', 'Temirtau', KR),
        ('Нур', 0, 'facility', 'Nur mosque (Temirtau)', KR, {'subkind': 'mosque', 'note': 'name in quotation marks'}),
        ('проспекте Республики', 0, 'facility', 'Republic Avenue (Temirtau)', KR, {'subkind': 'street'}),
        ('Карагандинской области', 0, 'region', KR, KR, {'note': 'inside the name of an authority'}),
        ('Осакаровского района', 0, 'district', 'Osakarovka District', KR, {'note': "NI:farmers' origin"}),
        ('Караганде', 0, 'city', 'Karaganda', KR, {'note': 'NI:no incident'}),
        ('всех городах', 0, 'quantified', 'all cities', N, {'count': None, 'unit': 'city', 'quantifier': 'all', 'note': 'all towns of Karaganda Region; a proposal, not about incidents'}),
     ],
     inc={KR: (1, 'crush at the meat distribution at the Nur mosque in Temirtau, four women hurt')}),

dict(id='p015', date='2011-07-11', lang='ru',
     event='2011 mass food poisoning of pilgrims from Zhalagash district (Kyzylorda Region) at a guest house near the Khoja Ahmed Yasawi mausoleum in Turkestan, 23 hospitalised (South Kazakhstan Region before the 2018 split); the pilgrims\' route Kyzylorda-Turkestan; an earlier stop at the Arystan Bab mausoleum',
     text="""В Туркестане отравились 23 паломника
ШЫМКЕНТ, 11 июля — 23 паломника из Жалагашского района Кызылординской области госпитализированы в Туркестане с признаками пищевого отравления, сообщили в департаменте здравоохранения Южно-Казахстанской области.
Группа из 48 человек приехала в город в субботу на автобусе по трассе Кызылорда — Туркестан, по пути посетив мавзолей Арыстан-Баба в Отрарском районе. Паломники остановились в частной гостинице в нескольких сотнях метров от мавзолея Ходжи Ахмеда Ясави. После ужина, на котором подавали плов и салаты, у многих поднялась температура и началась рвота. Трое детей переведены в областную детскую больницу в Шымкенте.
Санитарные врачи закрыли кухню гостиницы и взяли пробы продуктов. Акимат города напомнил, что за лето Туркестан посетили более 200 тысяч паломников из Казахстана, Узбекистана и Турции, и пообещал проверить все гостиницы у мавзолея.""",
     ann=[
        ('Туркестане', 0, 'city', 'Turkistan', SKR, {'note': 'headline; South Kazakhstan Region before 2018-06-19'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', SKR, {'note': 'dateline'}),
        ('Жалагашского района', 0, 'district', 'Zhalagash District', KZR, {'note': "NI:pilgrims' origin"}),
        ('Кызылординской области', 0, 'region', KZR, KZR, {'note': "NI:pilgrims' origin"}),
        ('Туркестане', 1, 'city', 'Turkistan', SKR),
        ('Южно-Казахстанской области', 0, 'region', SKR, SKR, {'note': 'inside the name of an authority'}),
        ('Кызылорда', 0, 'city', 'Kyzylorda', KZR, {'note': 'NI:road endpoint'}),
        ('Туркестан', 0, 'city', 'Turkistan', SKR, {'note': 'NI:road endpoint'}),
        ('мавзолей Арыстан-Баба', 0, 'facility', 'Arystan Bab mausoleum', SKR, {'subkind': 'mausoleum', 'note': 'NI:stop on the way'}),
        ('Отрарском районе', 0, 'district', 'Otrar District', SKR, {'note': 'NI:stop on the way'}),
        ('мавзолея Ходжи Ахмеда Ясави', 0, 'facility', 'Khoja Ahmed Yasawi Mausoleum (Turkistan)', SKR, {'subkind': 'mausoleum', 'note': 'reference point for the guest house'}),
        ('Шымкенте', 0, 'city', 'Shymkent', SKR, {'note': 'NI:hospital town'}),
        ('Туркестан', 1, 'city', 'Turkistan', SKR, {'note': 'NI:visitor statistics'}),
        ('Казахстана', 0, 'country', 'Kazakhstan', N),
        ('Узбекистана', 0, 'foreign', 'Uzbekistan', N, {'note': "NI:pilgrims' origin"}),
        ('Турции', 0, 'foreign', 'Turkey', N, {'note': "NI:pilgrims' origin"}),
     ],
     inc={SKR: (1, 'mass food poisoning of 23 pilgrims at a guest house in Turkestan')}),

dict(id='p016', date='2024-05-02', lang='ru',
     event='2024 Day of Unity of the People of Kazakhstan: a stage fire at the Friendship House in Pavlodar during a concert of ethnic-cultural centres (Pavlodar Region); concerts in Ekibastuz and Aksu without incident; costumes from Germany; ensembles from Omsk and Lublin; the country inside the name of the holiday; Aksu the Pavlodar town',
     text="""В Павлодаре во время праздничного концерта загорелась сцена
ПАВЛОДАР, 2 мая — Во время концерта ко Дню единства народа Казахстана у Дома дружбы в Павлодаре в среду загорелась временная сцена. По данным ДЧС Павлодарской области, искры от пиротехнического фонтана попали на драпировку. Около трёх тысяч зрителей покинули площадь, один звукорежиссёр получил ожоги рук.
На сцене в этот момент выступал ансамбль немецкого культурного центра «Видергебурт». Его руководитель рассказала, что часть костюмов, привезённых из Германии, сгорела. Выступления польского, татарского и украинского центров перенесли в зал Дома дружбы.
В Экибастузе и Аксу праздничные концерты прошли без происшествий, сообщили в акимате области. Гостями павлодарского праздника стали ансамбли из Омска и польского Люблина.""",
     ann=[
        ('Павлодаре', 0, 'city', 'Pavlodar', PR, {'note': 'headline'}),
        ('ПАВЛОДАР', 0, 'city', 'Pavlodar', PR, {'note': 'dateline'}),
        ('Казахстана', 0, 'country', 'Kazakhstan', N, {'note': 'inside the name of a public holiday'}),
        ('Дома дружбы', 0, 'facility', 'Friendship House (Pavlodar)', PR),
        ('Павлодаре', 1, 'city', 'Pavlodar', PR),
        ('Павлодарской области', 0, 'region', PR, PR, {'note': 'inside the name of an authority'}),
        ('Германии', 0, 'foreign', 'Germany', N, {'note': "NI:costumes' origin"}),
        ('Дома дружбы', 1, 'facility', 'Friendship House (Pavlodar)', PR, {'note': 'NI:the other performances moved inside'}),
        ('Экибастузе', 0, 'city', 'Ekibastuz', PR, {'note': 'NI:no incidents'}),
        ('Аксу', 0, 'city', 'Aksu (Pavlodar Region)', PR, {'note': 'NI:no incidents; a common name'}),
        ('Омска', 0, 'foreign', 'Omsk', N, {'note': "NI:ensemble's origin"}),
        ('Люблина', 0, 'foreign', 'Lublin', N, {'note': "NI:ensemble's origin"}),
     ],
     inc={PR: (1, 'stage fire at the Friendship House in Pavlodar during the concert, one sound engineer burnt')}),
]
