"""Russian texts of the eighty-ninth unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p009', date='1992-07-28', lang='ru',
     event='1992 cholera in Guryev (later Atyrau): 23 cases, bathing in the Ural banned, quarantine in Ganyushkino and Balykshy; Balykshy residents protest at the Guryev regional executive committee for drinking water; infection brought from Astrakhan Oblast; epidemiologists from Alma-Ata',
     text="""Холера в Гурьеве: купание в Урале запрещено, два посёлка на карантине
ГУРЬЕВ, 28 июля (КазТАГ) — В Гурьеве подтверждены ещё четыре случая холеры, общее число заболевших достигло 23, сообщила областная санэпидстанция. Все больные госпитализированы в городскую инфекционную больницу, двое в тяжёлом состоянии.
Купание в реке Урал запрещено, на рынках закрыты рыбные ряды. Карантин введён в посёлках Ганюшкино и Балыкши, где выявили первых больных. По версии медиков, инфекцию завезли рыбаки из Астраханской области России.
Во вторник около сотни жителей Балыкши пришли к зданию облисполкома Гурьевской области с требованием наладить подвоз питьевой воды: водопровод в посёлке не работает с весны. Председатель облисполкома пообещал выделить две автоцистерны.
Минздрав Казахстана направил в область бригаду эпидемиологов из Алма-Аты.""",
     ann=[
        ('Гурьеве', 0, 'city', 'Atyrau', ATR, {'note': 'headline; Guryev, the name of Atyrau until late 1992; cholera, not an incident'}),
        ('Урале', 0, 'facility', 'Ural River', N, {'subkind': 'river', 'note': 'headline; the river, not the mountains'}),
        ('два посёлка', 0, 'quantified', '2 villages', N, {'count': 2, 'unit': 'village', 'note': 'quarantined settlements, named below'}),
        ('ГУРЬЕВ', 0, 'city', 'Atyrau', ATR, {'note': 'dateline; old name of Atyrau'}),
        ('Гурьеве', 1, 'city', 'Atyrau', ATR, {'note': 'cholera cases'}),
        ('Урал', 0, 'facility', 'Ural River', N, {'subkind': 'river'}),
        ('Ганюшкино', 0, 'village', 'Ganyushkino', ATR, {'note': 'quarantine; not an incident'}),
        ('Балыкши', 0, 'village', 'Balykshy', ATR, {'note': 'quarantine; not an incident'}),
        ('Астраханской области', 0, 'foreign', 'Astrakhan Oblast', N, {'note': 'NI:origin of the infection'}),
        ('России', 0, 'foreign', 'Russia', N),
        ('Балыкши', 1, 'village', 'Balykshy', ATR, {'note': "NI:protesters' village; the protest was at the executive committee in Guryev"}),
        ('Гурьевской области', 0, 'region', ATR, ATR, {'note': 'inside the name of an authority (regional executive committee); Guryev Region, renamed Atyrau Region; place of the protest'}),
        ('Казахстана', 0, 'country', 'Kazakhstan', N, {'note': 'inside the name of an authority'}),
        ('Алма-Аты', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of epidemiologists; Soviet-era name'}),
     ],
     inc={ATR: (1, 'about a hundred residents of Balykshy protested at the regional executive committee demanding drinking water; cholera and quarantine are not incidents')}),

dict(id='p010', date='2020-07-08', lang='ru',
     event='2020 week of the second Covid wave: nurses\' rally on Tauke Khan Avenue in Shymkent, an oxygen concentrator fire in a provisional hospital in Atyrau, an ambulance driver beaten in Shanyrak (Almaty), a video appeal of Karaganda doctors (not counted), three villages of Saryagash district quarantined; pickets in three other, unnamed regions (unattributed); doctors from Russia',
     text="""Больницы на пределе: неделя второй волны
НУР-СУЛТАН, 8 июля — За неделю число госпитализированных с коронавирусом и пневмонией в Казахстане выросло почти вдвое. В семи областях заняты более 90% коек, сообщил Минздрав. Вместе с нагрузкой растёт и напряжение в самих больницах.

Шымкент. В понедельник около 30 медсестёр городской инфекционной больницы вышли к зданию акимата на улице Тауке хана с плакатами «Верните надбавки». Аким города встретился с ними и пообещал выплатить долги до конца месяца.

Атырау. Во вторник ночью в реанимации временного инфекционного госпиталя загорелся кислородный концентратор. Медсестра вынесла из палаты двух пациентов и сама получила ожоги рук. Пожар потушили за 20 минут.

Алматы. В микрорайоне Шанырак родственники умершего пациента разбили стёкла машины скорой помощи и избили водителя. Полиция задержала троих. В городе развернули ещё 2 000 коек, в том числе в ледовом дворце «Алматы Арена».

Караганда. Врачи областной больницы записали видеообращение к президенту: они жалуются на нехватку кислорода и средств защиты. По словам главврача, за неделю в больнице умерли 14 пациентов, а 40 из 300 сотрудников сами лежат с температурой. В облздраве обещают разобраться.

Нур-Султан. Очереди у поликлиник в районе Есиль тянутся на сотни метров, в аптеках нет жаропонижающих. Акимат столицы открыл ещё два временных стационара, а волонтёры каждый день привозят медикам горячие обеды и воду.

Туркестанская область. В Сарыагашском районе закрыты на карантин три села, где за неделю выявили более 200 больных пневмонией.

Из России прибыли 30 военных врачей, они будут работать в Шымкенте и Туркестанской области. Минздрав также сообщил, что одиночные пикеты медиков прошли ещё в трёх областях, но не уточнил, в каких.""",
     ann=[
        ('НУР-СУЛТАН', 0, 'city', 'Astana', 'Astana', {'note': 'dateline; name of the capital 2019-2022'}),
        ('Казахстане', 0, 'country', 'Kazakhstan', N),
        ('семи областях', 0, 'quantified', '7 regions', N, {'count': 7, 'unit': 'region', 'note': 'bed occupancy; not incidents'}),
        ('Шымкент', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'section heading; nurses\' rally'}),
        ('улице Тауке хана', 0, 'facility', 'Tauke Khan Avenue (Shymkent)', 'Shymkent', {'subkind': 'street', 'note': 'street named after a khan; place of the rally'}),
        ('Атырау', 0, 'city', 'Atyrau', ATR, {'note': 'section heading; oxygen concentrator fire'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'section heading; attack on an ambulance driver'}),
        ('Шанырак', 0, 'district', 'Shanyrak (Almaty)', 'Almaty', {'subkind': 'microdistrict'}),
        ('Алматы Арена', 0, 'facility', 'Almaty Arena', 'Almaty', {'subkind': 'stadium', 'note': 'ice palace used as a provisional hospital; name inside quotes'}),
        ('Караганда', 0, 'city', 'Karaganda', KR, {'note': 'section heading; NI:video appeal of doctors, not an incident'}),
        ('Нур-Султан', 0, 'city', 'Astana', 'Astana', {'note': 'section heading; NI:queues'}),
        ('Есиль', 0, 'district', 'Yesil District (Astana)', 'Astana', {'subkind': 'city district', 'note': 'NI:queues; the preceding head noun "районе" is left out, like "the city of"'}),
        ('Туркестанская область', 0, 'region', TR, TR, {'note': 'section heading; NI:quarantine'}),
        ('Сарыагашском районе', 0, 'district', 'Saryagash District', TR, {'note': 'NI:quarantine'}),
        ('три села', 0, 'quantified', '3 villages', N, {'count': 3, 'unit': 'village', 'note': 'quarantined villages; not incidents'}),
        ('России', 0, 'foreign', 'Russia', N, {'note': 'NI:origin of military doctors'}),
        ('Шымкенте', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:workplace of visiting doctors'}),
        ('Туркестанской области', 0, 'region', TR, TR, {'note': 'NI:workplace of visiting doctors'}),
        ('трёх областях', 0, 'quantified', '3 regions', N, {'count': 3, 'unit': 'region', 'note': 'pickets of medics in three unnamed regions'}),
     ],
     inc={'Shymkent': (1, 'rally of about 30 nurses outside the akimat on Tauke Khan Avenue'),
          ATR: (1, 'oxygen concentrator fire in the intensive care unit of a provisional hospital, a nurse burnt'),
          'Almaty': (1, 'relatives of a dead patient smashed an ambulance and beat its driver in Shanyrak')},
     unatt=[{'label': 'трёх областях', 'count': 3, 'note': 'single pickets of medics in three other, unnamed regions'}]),

dict(id='p011', date='2016-08-15', lang='ru',
     event='2016 skin anthrax in Sarykemer (Baizak district, Jambyl Region), village cordoned off; an ambulance carrying a patient from Kordai to Almaty collides with a lorry near Kordai on the Almaty-Tashkent highway, driver killed; earlier outbreaks in Shu and Merke districts',
     text="""Сибирская язва в Байзакском районе: три человека в больнице
ТАРАЗ, 15 августа — Трое жителей села Сарыкемер Байзакского района госпитализированы в областную инфекционную больницу в Таразе с кожной формой сибирской язвы, сообщил департамент по защите прав потребителей Жамбылской области. Все трое разделывали тушу павшей коровы. Село оцеплено, на выездах дежурят ветеринары и полиция, привиты более 600 голов скота.
В тот же день на трассе Алматы — Ташкент под Кордаем машина скорой помощи, перевозившая больного из Кордая в Алматы, столкнулась с грузовиком. Водитель «скорой» погиб, фельдшер и пациент получили травмы.
«За пять лет это уже третья вспышка сибирской язвы в области», — сказала главный санитарный врач области Айгуль Ермекова. Ранее случаи регистрировались в Шуском и Меркенском районах.""",
     ann=[
        ('Байзакском районе', 0, 'district', 'Baizak District', JR, {'note': 'headline; anthrax, not an incident'}),
        ('ТАРАЗ', 0, 'city', 'Taraz', JR, {'note': 'dateline'}),
        ('Сарыкемер', 0, 'village', 'Sarykemer', JR, {'note': 'anthrax; village cordoned off'}),
        ('Байзакского района', 0, 'district', 'Baizak District', JR),
        ('Таразе', 0, 'city', 'Taraz', JR, {'note': 'NI:hospital town'}),
        ('Жамбылской области', 0, 'region', JR, JR, {'note': 'inside the name of an authority'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:route endpoint'}),
        ('Ташкент', 0, 'foreign', 'Tashkent', N, {'note': 'NI:route endpoint'}),
        ('Кордаем', 0, 'village', 'Kordai', JR, {'note': 'reference point of the ambulance crash, which is in Jambyl Region'}),
        ('Кордая', 0, 'village', 'Kordai', JR, {'note': 'NI:origin of the ambulance'}),
        ('Алматы', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:destination of the ambulance'}),
        ('Шуском', 0, 'district', 'Shu District', JR, {'note': 'NI:earlier anthrax cases; in a list sharing "районах"'}),
        ('Меркенском', 0, 'district', 'Merke District', JR, {'note': 'NI:earlier anthrax cases; in a list sharing "районах"'}),
     ],
     inc={JR: (1, 'ambulance collided with a lorry near Kordai on the Almaty-Tashkent highway, driver killed; anthrax is not an incident')}),

dict(id='p012', date='2011-10-19', lang='ru',
     event='2011 drunk patient beats a paramedic in the Stroitel microdistrict of Uralsk (Oral), West Kazakhstan Region; a September attack on a nurse in the Aksai district hospital recalled; the newspaper "Уральская неделя"; police escorts in Samara (Russia)',
     text="""В Уральске пациент избил фельдшера скорой помощи
УРАЛЬСК, 19 октября — Фельдшер городской станции скорой помощи Уральска получила сотрясение мозга: в ночь на вторник её ударил пациент, к которому бригаду вызвали в микрорайон Строитель, сообщили в управлении здравоохранения ЗКО. Мужчина, по данным полиции, был пьян; возбуждено уголовное дело.
Как напомнила газета «Уральская неделя», это не первый случай в области: в сентябре в Аксае посетитель районной больницы ударил медсестру приёмного покоя, отказавшись ждать своей очереди.
Медики Западно-Казахстанской области жалуются, что ночные вызовы стали опасными. «Мы просим, чтобы на ночные вызовы с бригадами ездили полицейские», — говорит заведующий подстанцией Серик Жумагалиев. По его словам, такой порядок уже ввели в соседней Самаре, в России.""",
     ann=[
        ('Уральске', 0, 'city', 'Oral', WKR, {'note': 'headline; Russian name of Oral'}),
        ('УРАЛЬСК', 0, 'city', 'Oral', WKR, {'note': 'dateline'}),
        ('Уральска', 0, 'city', 'Oral', WKR, {'note': 'inside the name of a state service (ambulance station)'}),
        ('Строитель', 0, 'district', 'Stroitel (Oral)', WKR, {'subkind': 'microdistrict', 'note': 'place of the attack'}),
        ('ЗКО', 0, 'region', WKR, WKR, {'note': 'abbreviation inside the name of an authority'}),
        ('Аксае', 0, 'city', 'Aksai', WKR, {'note': 'background attack on a nurse in September, counted'}),
        ('Западно-Казахстанской области', 0, 'region', WKR, WKR, {'note': 'NI:medics of the region'}),
        ('Самаре', 0, 'foreign', 'Samara', N, {'note': 'NI:comparison'}),
        ('России', 0, 'foreign', 'Russia', N),
     ],
     inc={WKR: (2, 'paramedic beaten by a patient in Stroitel, Uralsk; background attack on a nurse in Aksai in September')}),

dict(id='p013', date='1998-04-14', lang='ru',
     event='1998 hunger strike of ambulance staff over four months of wage arrears on Kenesary Street in Akmola, the new capital (named Astana from May 1998); open letter from medics of Stepnogorsk and Atbasar; capital moved from Almaty; Tselinograd recalled',
     text="""В Акмоле голодают сотрудники «скорой»
АКМОЛА, 14 апреля — Двенадцать сотрудников городской станции скорой помощи третий день держат голодовку в здании станции на улице Кенесары, требуя выплатить зарплату за четыре месяца. Двоих участников накануне пришлось госпитализировать.
«Столица переезжает, министерства получают новые здания, а у нас в машинах нет даже бинтов», — говорит фельдшер Марат Оспанов, который работает на станции с тех пор, когда город ещё назывался Целиноградом.
В акимате Акмолы заявили, что долги образовались ещё до того, как в декабре сюда из Алматы перенесли столицу, и обещают погасить их до мая. Медики Степногорска и Атбасара направили коллегам открытое письмо в поддержку, но бастовать не стали.
По данным облздрава, задолженность по зарплате перед медиками Акмолинской области превышает 300 миллионов тенге.""",
     ann=[
        ('Акмоле', 0, 'city', 'Astana', 'Astana', {'note': 'headline; Akmola, the name of the capital 1992-1998; hunger strike'}),
        ('АКМОЛА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('улице Кенесары', 0, 'facility', 'Kenesary Street (Astana)', 'Astana', {'subkind': 'street', 'note': 'street named after a khan; place of the hunger strike'}),
        ('Целиноградом', 0, 'city', 'Astana', 'Astana', {'note': 'NI:Soviet-era name of the city'}),
        ('Акмолы', 0, 'city', 'Astana', 'Astana', {'note': 'inside the name of an authority (akimat)'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:former capital'}),
        ('Степногорска', 0, 'city', 'Stepnogorsk', AKR, {'note': 'NI:open letter of support, not a protest event'}),
        ('Атбасара', 0, 'city', 'Atbasar', AKR, {'note': 'NI:open letter of support, not a protest event'}),
        ('Акмолинской области', 0, 'region', AKR, AKR, {'note': 'NI:wage arrears'}),
     ],
     inc={'Astana': (1, 'hunger strike of twelve ambulance staff in the station building in Akmola')}),

dict(id='p014', date='2022-09-20', lang='ru',
     event='2022 week of medical news three days after the capital got back the name Astana: a surgeon stabbed in the Semey emergency hospital (Abai Region), a picket of feldshers from five villages of Zhanaarka district in Atasu (Ulytau Region), an ambulance in a ditch near Kosshy on the Astana-Karaganda highway (Akmola Region), anthrax in Birlik (Moiynkum district), plague in marmots near Narynkol (Raiymbek district, Almaty Region)',
     text="""Медицинская неделя: нож в приёмном покое в Семее, пикет фельдшеров в Улытауской области, «скорая» в кювете под Косшы
АСТАНА, 20 сентября — Первую неделю после того, как столице вернули название Астана, медики встретили без праздников. Рассказываем о главном.

Семей. В субботу вечером в приёмном покое городской больницы скорой помощи мужчина ударил хирурга ножом в плечо: ему показалось, что его жену слишком долго не осматривают. Хирурга прооперировали коллеги, нападавший задержан. В профсоюзе напоминают, что это уже второе нападение на медиков в городе с начала года. Управление здравоохранения Абайской области потребовало поставить в приёмных покоях охрану.

Улытауская область. Фельдшеры из пяти сёл Жанааркинского района в понедельник вышли на пикет к зданию районного акимата в Атасу. Они требуют вернуть «сельские» надбавки, которые перестали начислять после того, как район в июне перешёл из Карагандинской области в новую Улытаускую. В управлении здравоохранения в Жезказгане обещают пересчитать зарплаты за три месяца.

Акмолинская область. В среду под Косшы на трассе Астана — Караганда машина скорой помощи, вёзшая пациента с инсультом в столицу, вылетела в кювет, уходя от столкновения с грузовиком. Пострадали водитель и фельдшер; пациента пересадили во вторую машину и доставили в больницу в Астане.

Жамбылская область. В селе Бирлик Мойынкумского района у двух пастухов выявлена сибирская язва, село закрыто на карантин. Жителям соседних сёл раздают антибиотики, скот вакцинируют.

Алматинская область. Специалисты противочумной станции обнаружили чуму у сурков в горах у Нарынкола в Райымбекском районе. Туристам запрещено ставить палатки в ущельях.

Напомним, 17 сентября Нур-Султан вновь стал Астаной. Вывески на больницах и машинах скорой помощи обещают заменить до конца года.""",
     ann=[
        ('Семее', 0, 'city', 'Semey', ABR, {'note': 'headline; Abai Region since 2022-06-08'}),
        ('Улытауской области', 0, 'region', UR, UR, {'note': 'headline'}),
        ('Косшы', 0, 'city', 'Kosshy', AKR, {'note': 'headline; reference point of the ambulance crash; town in Tselinograd district'}),
        ('АСТАНА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Астана', 0, 'city', 'Astana', 'Astana', {'note': 'NI:the name given back to the capital'}),
        ('Семей', 0, 'city', 'Semey', ABR, {'note': 'section heading; surgeon stabbed'}),
        ('Абайской области', 0, 'region', ABR, ABR, {'note': 'inside the name of an authority'}),
        ('Улытауская область', 0, 'region', UR, UR, {'note': 'section heading'}),
        ('пяти сёл', 0, 'quantified', '5 villages', N, {'count': 5, 'unit': 'village', 'note': "NI:the protesters' villages; the picket was in Atasu"}),
        ('Жанааркинского района', 0, 'district', 'Zhanaarka District', UR),
        ('Атасу', 0, 'village', 'Atasu', UR, {'note': 'district centre; place of the picket'}),
        ('Карагандинской области', 0, 'region', KR, KR, {'note': 'NI:background; the region the district belonged to until June 2022'}),
        ('Улытаускую', 0, 'region', UR, UR, {'note': 'NI:background; bare adjective, head noun "область" elided'}),
        ('Жезказгане', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:seat of the regional health department'}),
        ('Акмолинская область', 0, 'region', AKR, AKR, {'note': 'section heading'}),
        ('Косшы', 1, 'city', 'Kosshy', AKR, {'note': 'reference point of the crash, which is in Akmola Region'}),
        ('Астана', 1, 'city', 'Astana', 'Astana', {'note': 'NI:route endpoint'}),
        ('Караганда', 0, 'city', 'Karaganda', KR, {'note': 'NI:route endpoint'}),
        ('Астане', 0, 'city', 'Astana', 'Astana', {'note': 'NI:hospital city'}),
        ('Жамбылская область', 0, 'region', JR, JR, {'note': 'section heading; NI:anthrax and quarantine'}),
        ('Бирлик', 0, 'village', 'Birlik (Moiynkum district)', JR, {'note': 'NI:anthrax and quarantine; a common village name'}),
        ('Мойынкумского района', 0, 'district', 'Moiynkum District', JR, {'note': 'NI:anthrax'}),
        ('Алматинская область', 0, 'region', ALR, ALR, {'note': 'section heading; NI:plague in marmots'}),
        ('Нарынкола', 0, 'village', 'Narynkol', ALR, {'note': 'NI:reference point; plague in marmots'}),
        ('Райымбекском районе', 0, 'district', 'Raiymbek District', ALR, {'note': 'NI:plague in marmots'}),
        ('Нур-Султан', 0, 'city', 'Astana', 'Astana', {'note': 'NI:former name 2019-2022'}),
        ('Астаной', 0, 'city', 'Astana', 'Astana', {'note': 'NI:renaming'}),
     ],
     inc={ABR: (1, 'surgeon stabbed in the admissions room of the Semey emergency hospital'),
          UR: (1, 'picket of feldshers at the district akimat in Atasu, Zhanaarka district'),
          AKR: (1, 'ambulance ran into a ditch near Kosshy on the Astana-Karaganda highway, two crew hurt')}),

dict(id='p015', date='2005-04-12', lang='ru',
     event='2005 roof fire at the regional TB dispensary in Taldykorgan, 46 patients evacuated (Almaty Region before the 2022 split); brucellosis in Karabulak and Baktybai (Eskeldi district); regional health department moved from Almaty to Taldykorgan in 2001; talks in Ushtobe and Tekeli',
     text="""Пожар в противотуберкулёзном диспансере Талдыкоргана: эвакуированы 46 пациентов
ТАЛДЫКОРГАН, 12 апреля — Ночью в областном противотуберкулёзном диспансере в Талдыкоргане загорелась кровля хозяйственного корпуса. Персонал вывел из соседнего здания 46 пациентов, пострадавших нет, сообщили в ДЧС Алматинской области. Причиной называют неисправную проводку.
Областной департамент здравоохранения, переехавший из Алматы в Талдыкорган вместе с акиматом в 2001 году, в тот же день сообщил о вспышке бруцеллёза в Ескельдинском районе: с начала года заболели 11 человек в сёлах Карабулак и Бактыбай. Большинство заразились во время окота овец. Медики обследуют всех животноводов района, а в Уштобе и Текели проводят лекции о том, почему нельзя пить некипячёное молоко.""",
     ann=[
        ('Талдыкоргана', 0, 'city', 'Taldykorgan', ALR, {'note': 'headline; Almaty Region before 2022-06-08'}),
        ('ТАЛДЫКОРГАН', 0, 'city', 'Taldykorgan', ALR, {'note': 'dateline'}),
        ('Талдыкоргане', 0, 'city', 'Taldykorgan', ALR, {'note': 'place of the fire'}),
        ('Алматинской области', 0, 'region', ALR, ALR, {'note': 'inside the name of an authority'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:former seat of the regional authorities'}),
        ('Талдыкорган', 0, 'city', 'Taldykorgan', ALR, {'note': 'NI:seat of the regional authorities since 2001'}),
        ('Ескельдинском районе', 0, 'district', 'Eskeldi District', ALR, {'note': 'NI:brucellosis'}),
        ('Карабулак', 0, 'village', 'Karabulak (Eskeldi district)', ALR, {'note': 'NI:brucellosis; a common village name'}),
        ('Бактыбай', 0, 'village', 'Baktybai', ALR, {'note': 'NI:brucellosis'}),
        ('Уштобе', 0, 'city', 'Ushtobe', ALR, {'note': 'NI:health talks'}),
        ('Текели', 0, 'city', 'Tekeli', ALR, {'note': 'NI:health talks'}),
     ],
     inc={ALR: (1, 'roof fire at the regional TB dispensary in Taldykorgan; brucellosis is not an incident')}),

dict(id='p016', date='2024-08-14', lang='ru',
     event='2024 mid-summer sanitary round-up: plague in great gerbils near Borankul and Sarga (Beineu district, Mangystau Region); anthrax in Zhanibek (West Kazakhstan Region) and villagers block the Zhanibek-Oral road; an ambulance carrying a woman in labour overturns near Kulsary (Atyrau Region); measles in Shymkent and five districts of Turkistan Region; brucellosis from Uzbekistan',
     text="""Чума у песчанок, сибирская язва и корь: санитарная сводка середины лета
АТЫРАУ, 14 августа — Жаркий июль добавил работы эпидемиологам западных и южных регионов Казахстана. Собрали главное из сообщений ведомств за последние две недели.

Мангистауская область. Специалисты противочумной станции нашли возбудителя чумы у больших песчанок в Бейнеуском районе, у посёлков Боранкул и Сарга. Пастухов и вахтовиков месторождений вакцинируют, им раздают памятки. Заболевших людей нет, но выезд на пастбища ограничен до сентября. Последний случай чумы у человека в области регистрировали больше двадцати лет назад.

Западно-Казахстанская область. В селе Жанибек сибирская язва подтверждена у двух жителей, которые прирезали больного телёнка. Село закрыто на карантин на 21 день. В понедельник около 40 жителей на три часа перекрыли трассу Жанибек — Орал, требуя компенсации за сожжённый скот и пропуска для поездок на работу. Аким района пообещал выплаты после оценки ущерба.

Атырауская область. Под Кульсары перевернулась машина скорой помощи, которая везла роженицу в Атырау. Водитель не справился с управлением на размытом участке дороги. Фельдшер получила перелом руки, женщину доставили в перинатальный центр на другой машине, она родила здоровую девочку.

Шымкент и Туркестанская область. С начала года корью заболели 1 200 жителей Шымкента и ещё 640 человек в пяти районах Туркестанской области. Больше всего случаев в Сарыагашском и Мактааральском районах, где, по словам врачей, ниже всего охват прививками.

Жамбылская и Туркестанская области отмечают и рост бруцеллёза: по данным санитарной службы, часть заражённого скота завозят без документов из Узбекистана. В Минздраве Казахстана напоминают, что мясо и молоко на стихийных рынках не проходят ветеринарный контроль.""",
     ann=[
        ('АТЫРАУ', 0, 'city', 'Atyrau', ATR, {'note': 'dateline'}),
        ('Казахстана', 0, 'country', 'Kazakhstan', N, {'note': 'western and southern regions of Kazakhstan: directional phrase, only the country annotated'}),
        ('Мангистауская область', 0, 'region', MR, MR, {'note': 'section heading; NI:plague in gerbils'}),
        ('Бейнеуском районе', 0, 'district', 'Beineu District', MR, {'note': 'NI:plague in gerbils'}),
        ('Боранкул', 0, 'village', 'Borankul', MR, {'note': 'NI:plague in gerbils; in a list sharing "посёлков"'}),
        ('Сарга', 0, 'village', 'Sarga', MR, {'note': 'NI:plague in gerbils'}),
        ('Западно-Казахстанская область', 0, 'region', WKR, WKR, {'note': 'section heading'}),
        ('Жанибек', 0, 'village', 'Zhanibek', WKR, {'note': 'anthrax and quarantine; the road block was near the village'}),
        ('Жанибек', 1, 'village', 'Zhanibek', WKR, {'note': 'NI:route endpoint'}),
        ('Орал', 0, 'city', 'Oral', WKR, {'note': 'NI:route endpoint'}),
        ('Атырауская область', 0, 'region', ATR, ATR, {'note': 'section heading'}),
        ('Кульсары', 0, 'city', 'Kulsary', ATR, {'note': 'reference point of the ambulance crash'}),
        ('Атырау', 0, 'city', 'Atyrau', ATR, {'note': 'NI:destination of the ambulance'}),
        ('Шымкент', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'section heading; NI:measles'}),
        ('Туркестанская область', 0, 'region', TR, TR, {'note': 'section heading; NI:measles'}),
        ('Шымкента', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:measles'}),
        ('пяти районах Туркестанской области', 0, 'quantified', '5 districts', N, {'count': 5, 'unit': 'district', 'note': 'quantified phrase containing a toponym (Turkistan Region); measles, not incidents'}),
        ('Сарыагашском', 0, 'district', 'Saryagash District', TR, {'note': 'NI:measles; in a list sharing "районах"'}),
        ('Мактааральском', 0, 'district', 'Maktaaral District', TR, {'note': 'NI:measles; in a list sharing "районах"'}),
        ('Жамбылская', 0, 'region', JR, JR, {'note': 'NI:brucellosis; in a list sharing "области"'}),
        ('Туркестанская', 1, 'region', TR, TR, {'note': 'NI:brucellosis; in a list sharing "области"'}),
        ('Узбекистана', 0, 'foreign', 'Uzbekistan', N, {'note': 'NI:origin of livestock'}),
        ('Казахстана', 1, 'country', 'Kazakhstan', N, {'note': 'inside the name of an authority'}),
     ],
     inc={WKR: (1, 'about 40 residents of Zhanibek blocked the Zhanibek-Oral road for three hours; anthrax and quarantine are not incidents'),
          ATR: (1, 'ambulance carrying a woman in labour overturned near Kulsary, feldsher injured')}),
]
