"""Russian texts of the ninety-first unseen check corpus."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

SEMIPAL_R = {'uncertain': True, 'note': 'Semipalatinsk Region, abolished 1997-05-03 and merged into East Kazakhstan Region; labelled with the unit holding its land'}
ZHEZ_R = {'uncertain': True, 'note': 'Zhezkazgan Region, abolished 1997-05-03 and merged into Karaganda Region; labelled with the unit holding its land'}
KOKSH_R = {'uncertain': True, 'note': 'Kokshetau Region, abolished 1997-05-03 and merged into North Kazakhstan Region (Kokshetau and four districts moved to Akmola Region on 1999-04-08); labelled North Kazakhstan Region'}
TALDY_R = {'uncertain': True, 'note': 'Taldykorgan Region, abolished 1997-04-22 and merged into Almaty Region; labelled with the unit holding its land'}
TORG_R = {'uncertain': True, 'note': 'Torgay Region, abolished 1997-04-22 and split between Kostanay Region (Arkalyk, Amangeldy, Zhangeldi) and Akmola Region (Zharkain, Esil, Zhaksy); labelled with the unit of its seat Arkalyk'}


def _n(base, extra):
    d = dict(base)
    d['note'] = extra + '; ' + d['note']
    return d


DOCS = [
dict(id='p009', date='1993-05-20', lang='ru',
     event='1993 week in Taldykorgan Region (abolished 1997; Almaty Region land before 2022): flood in three districts with 64 houses in Sarkand and two bridges at Lepsinsk, a strike at the Tekeli lead-zinc combine, an armed robbery of an exchange office on Shevchenko Street in Taldykorgan; rescuers from Alma-Ata; the old name Taldy-Kurgan; China and Russia',
     text="""Паводок, забастовка и разбой: неспокойная неделя в Талдыкорганской области
ТАЛДЫКОРГАН, 20 мая (КазТАГ). — Проливные дожди и таяние снега в горах Джунгарского Алатау вызвали паводок в трёх районах области — Саркандском, Аксуском и Алакольском. Сильнее всего пострадал город Сарканд: одноимённая река вышла из берегов и подтопила 64 дома, сообщили в областном штабе гражданской обороны. В селе Лепсинск разрушены два моста, около 300 жителей на двое суток остались отрезанными от районного центра. В Алакольском районе вода подступила к сёлам на берегу озера Алаколь, но дома там пока не подтоплены. Спасатели и вертолёт прибыли из Алма-Аты.
«Вода пришла ночью и за час поднялась до окон», — рассказала жительница Сарканда Валентина Кузьмина. Эвакуированных разместили в школах и в сельском клубе.
В Текели третий день бастуют рабочие свинцово-цинкового комбината. Около 600 человек собрались у заводоуправления и требуют выплатить зарплату за январь и февраль. Директор комбината Ерлан Мусин заявил, что деньги за концентрат так и не поступили от покупателей из России, а без них платить нечем.
В самом Талдыкоргане в ночь на вторник двое вооружённых мужчин ограбили обменный пункт на улице Шевченко. Охранник получил огнестрельное ранение и доставлен в областную больницу, налётчики скрылись на машине в сторону Уштобе. По данным областного управления внутренних дел, это уже третье нападение на обменные пункты области с начала года.
Город совсем недавно сменил привычное русское название Талды-Курган на казахское Талдыкорган, но в разговоре горожане по-прежнему говорят «Талды-Курган». Область, граничащая с Китаем, остаётся одним из главных производителей сахарной свёклы в Казахстане, и аграрии опасаются, что паводок и поздняя весна сорвут посевную.""",
     ann=[
        ('Талдыкорганской области', 0, 'region', ALR, ALR, _n(TALDY_R, 'headline')),
        ('ТАЛДЫКОРГАН', 0, 'city', 'Taldykorgan', ALR, {'note': 'dateline; Almaty Region land before 2022'}),
        ('Джунгарского Алатау', 0, 'facility', 'Dzungarian Alatau', N, {'subkind': 'mountain range'}),
        ('трёх районах', 0, 'quantified', '3 districts', N, {'count': 3, 'unit': 'district', 'note': 'flooded districts, named next'}),
        ('Саркандском', 0, 'district', 'Sarkand District', ALR, {'note': 'in a list sharing "районах"'}),
        ('Аксуском', 0, 'district', 'Aksu District (Taldykorgan)', ALR, {'note': 'in a list sharing "районах"; the Aksu district of the former Taldykorgan Region, not the Pavlodar town'}),
        ('Алакольском', 0, 'district', 'Alakol District', ALR, {'note': 'in a list sharing "районах"'}),
        ('Сарканд', 0, 'city', 'Sarkand', ALR, {'note': '64 houses flooded'}),
        ('Алакольском районе', 0, 'district', 'Alakol District', ALR, {'note': 'water near villages, part of the one flood'}),
        ('Алаколь', 0, 'facility', 'Lake Alakol', N, {'subkind': 'lake'}),
        ('Лепсинск', 0, 'village', 'Lepsinsk', ALR, {'note': 'bridges destroyed'}),
        ('Алма-Аты', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of rescuers; Soviet name'}),
        ('Сарканда', 0, 'city', 'Sarkand', ALR, {'note': "NI:the speaker's residence"}),
        ('Текели', 0, 'city', 'Tekeli', ALR, {'note': 'strike at the lead-zinc combine'}),
        ('России', 0, 'foreign', 'Russia', N, {'note': 'NI:buyers'}),
        ('Талдыкоргане', 0, 'city', 'Taldykorgan', ALR, {'note': 'armed robbery'}),
        ('улице Шевченко', 0, 'facility', 'Shevchenko Street (Taldykorgan)', ALR, {'subkind': 'street', 'note': 'named after a person'}),
        ('Уштобе', 0, 'city', 'Ushtobe', ALR, {'note': 'NI:direction of escape'}),
        ('Талды-Курган', 0, 'city', 'Taldykorgan', ALR, {'note': 'NI:former Russian name'}),
        ('Талдыкорган', 0, 'city', 'Taldykorgan', ALR, {'note': 'NI:the new name'}),
        ('Талды-Курган', 1, 'city', 'Taldykorgan', ALR, {'note': 'NI:former name in everyday speech'}),
        ('Китаем', 0, 'foreign', 'China', N),
        ('Казахстане', 0, 'country', 'Kazakhstan', N),
     ],
     inc={ALR: (3, 'flood in Sarkand, Aksu and Alakol districts (64 houses in Sarkand, bridges at Lepsinsk; one flood); strike at the Tekeli combine; armed robbery of an exchange office in Taldykorgan, guard shot')}),

dict(id='p010', date='1996-02-14', lang='ru',
     event='1996 rock fall kills two miners at the Annensky mine 30 km from Dzhezkazgan (Zhezkazgan Region, abolished 1997; Karaganda Region land before 2022); miners living in Satpaev; the company «Джезказганцветмет»; experts from Karaganda; letters to Almaty',
     text="""Обвал на руднике под Джезказганом: двое погибших
ДЖЕЗКАЗГАН, 14 февраля. — Двое горнорабочих погибли и один госпитализирован после обвала породы на Анненском руднике в 30 км от Джезказгана, сообщили в управлении по чрезвычайным ситуациям Джезказганской области. Спасатели извлекли тела через шесть часов.
Горняки, большинство которых живёт в Сатпаеве, говорят, что крепь в выработке не менялась с советских времён. «Мы давно писали в Алматы, никто не приехал», — сказал проходчик Аскар Нуржанов.
Руководство объединения «Джезказганцветмет» создало комиссию, в которую вошли специалисты из Караганды. Прокуратура области возбудила уголовное дело о нарушении правил безопасности горных работ.
По словам горняков, это уже второй смертельный случай на медных рудниках области с начала года.""",
     ann=[
        ('Джезказганом', 0, 'city', 'Zhezkazgan', KR, {'note': 'NI:reference point in the headline ("под Джезказганом")'}),
        ('ДЖЕЗКАЗГАН', 0, 'city', 'Zhezkazgan', KR, {'note': 'dateline'}),
        ('Анненском руднике', 0, 'facility', 'Annensky mine', KR, {'subkind': 'mine', 'note': 'rock fall'}),
        ('Джезказгана', 0, 'city', 'Zhezkazgan', KR, {'note': 'NI:reference point'}),
        ('Джезказганской области', 0, 'region', KR, KR, _n(ZHEZ_R, 'inside the name of an authority')),
        ('Сатпаеве', 0, 'city', 'Satpayev', KR, {'note': "NI:miners' residence"}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:addressee of letters (the capital)'}),
        ('Караганды', 0, 'city', 'Karaganda', KR, {'note': 'NI:origin of experts'}),
     ],
     inc={KR: (1, 'rock fall at the Annensky mine, two dead; the earlier fatal case since January is background without detail')}),

dict(id='p011', date='1997-12-11', lang='ru',
     event='1997 Akmola officially the capital from December 10: flag ceremony on Beibitshilik Street, lorries on the Karaganda-Akmola road, night fire in a warehouse of the energy ministry; Akmola Region keeps its name; the former Tselinograd; the agency Interfax-Kazakhstan',
     text="""Акмола стала столицей
АКМОЛА, 11 декабря (Интерфакс-Казахстан). — С 10 декабря Акмола официально является столицей Республики Казахстан. В среду у бывшего здания областного акимата на улице Бейбитшилик прошла церемония подъёма флага, на которой выступил президент.
Переезд из Алматы идёт медленно: большинство министерств перевезли пока лишь часть сотрудников. Колонны грузовиков с мебелью и архивами всю неделю шли по трассе Караганда — Акмола.
Праздник омрачил пожар. В ночь на среду загорелся склад Министерства энергетики у железнодорожного вокзала, сгорели документы и оргтехника, пострадавших нет. Городская полиция не исключает поджога.
Акмолинская область, центром которой город остаётся, сохраняет прежнее название. Жители бывшего Целинограда шутят, что теперь в степи будут дуть «министерские» ветры.""",
     ann=[
        ('Акмола', 0, 'city', 'Astana', 'Astana', {'note': 'headline; the capital from 1997-12-10 (renamed Astana in 1998)'}),
        ('АКМОЛА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Акмола', 1, 'city', 'Astana', 'Astana'),
        ('Казахстан', 1, 'country', 'Kazakhstan', N, {'note': '"Республики Казахстан"; occurrence 0 is inside the agency name Интерфакс-Казахстан, not annotated'}),
        ('улице Бейбитшилик', 0, 'facility', 'Beibitshilik Street (Astana)', 'Astana', {'subkind': 'street', 'note': 'NI:ceremony'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:former capital'}),
        ('Караганда', 0, 'city', 'Karaganda', KR, {'note': 'NI:road endpoint'}),
        ('Акмола', 2, 'city', 'Astana', 'Astana', {'note': 'NI:road endpoint'}),
        ('Акмолинская область', 0, 'region', AKR, AKR, {'note': 'NI:the region, not the city'}),
        ('Целинограда', 0, 'city', 'Astana', 'Astana', {'note': 'NI:Soviet name of the city'}),
     ],
     inc={'Astana': (1, 'night fire in a warehouse of the energy ministry near the railway station')}),

dict(id='p012', date='1998-08-24', lang='ru',
     event='1998 crime week in North Kazakhstan Region, which absorbed Kokshetau Region in 1997: robbery of an exchange office on Auezov Street in Kokshetau, fire at the «Окжетпес» sanatorium in Borovoe (Shchuchinsk district), fatal collision 40 km from Kokshetau on the road to Petropavlovsk; cattle thefts in Kyzylzhar district (not counted); petrol shortage in five southern districts; children from Omsk; the planned move of the Akmola Region seat to Kokshetau',
     text="""Кокшетау и Боровое: криминальная хроника недели
ПЕТРОПАВЛОВСК, 24 августа. — В Кокшетау, который с прошлой весны входит в состав Северо-Казахстанской области, в пятницу вечером двое мужчин в масках ограбили обменный пункт на улице Ауэзова. Кассира ударили по голове, охранник получил ножевое ранение. Налётчики забрали около восьми тысяч долларов и скрылись на машине.
В ночь на воскресенье в посёлке Боровое Щучинского района загорелся деревянный корпус санатория «Окжетпес». Отдыхающих, среди которых были дети из Петропавловска и Омска, успели вывести, сгорели крыша и часть второго этажа. Пожарные называют причиной неисправную проводку.
В субботу на трассе Кокшетау — Петропавловск, в 40 км от Кокшетау, легковой автомобиль столкнулся с рейсовым автобусом. Погибли два человека, ещё семеро ранены.
В Кызылжарском районе задержан житель Петропавловска, подозреваемый в серии краж скота: с июня из хозяйств района пропало более 70 голов.
Объединение с бывшей Кокшетауской областью прибавило работы областному управлению внутренних дел: от Петропавловска до дальних сёл на юге области теперь больше 300 км. Начальник управления Виктор Гусев пожаловался журналистам, что из-за нехватки бензина патрули в пяти южных районах выезжают через день.
Тем временем в области началась уборка хлеба. По данным управления сельского хозяйства, комбайны уже вышли в поле в 12 районах, а урожайность в бывших кокшетауских хозяйствах пока заметно выше, чем в приишимских.
Жители Кокшетау между тем ждут решения о переносе в город центра соседней Акмолинской области, о котором в Астане говорят с весны. «Тогда хоть за справками не придётся ездить за двести километров», — говорит пенсионерка Нина Белова.""",
     ann=[
        ('Кокшетау', 0, 'city', 'Kokshetau', NKR, {'note': 'headline; North Kazakhstan Region from 1997-05-03 until 1999-04-08'}),
        ('Боровое', 0, 'village', 'Burabay', NKR, {'note': 'headline; resort settlement (Burabay), Shchuchinsk district'}),
        ('ПЕТРОПАВЛОВСК', 0, 'city', 'Petropavl', NKR, {'note': 'dateline'}),
        ('Кокшетау', 1, 'city', 'Kokshetau', NKR, {'note': 'robbery'}),
        ('Северо-Казахстанской области', 0, 'region', NKR, NKR),
        ('улице Ауэзова', 0, 'facility', 'Auezov Street (Kokshetau)', NKR, {'subkind': 'street', 'note': 'named after a person'}),
        ('Боровое', 1, 'village', 'Burabay', NKR, {'note': 'sanatorium fire'}),
        ('Щучинского района', 0, 'district', 'Shchuchinsk District', NKR),
        ('Окжетпес', 0, 'facility', 'Okzhetpes sanatorium (Burabay)', NKR, {'subkind': 'sanatorium', 'note': 'named after a rock of Burabay'}),
        ('Петропавловска', 0, 'city', 'Petropavl', NKR, {'note': "NI:children's origin"}),
        ('Омска', 0, 'foreign', 'Omsk', N, {'note': "NI:children's origin"}),
        ('Кокшетау', 2, 'city', 'Kokshetau', NKR, {'note': 'NI:road endpoint'}),
        ('Петропавловск', 0, 'city', 'Petropavl', NKR, {'note': 'NI:road endpoint'}),
        ('Кокшетау', 3, 'city', 'Kokshetau', NKR, {'note': 'NI:reference point'}),
        ('Кызылжарском районе', 0, 'district', 'Kyzylzhar District', NKR, {'note': 'NI:cattle thefts and an arrest, not counted'}),
        ('Петропавловска', 1, 'city', 'Petropavl', NKR, {'note': "NI:suspect's residence"}),
        ('Кокшетауской областью', 0, 'region', NKR, NKR, _n(KOKSH_R, 'NI:background')),
        ('Петропавловска', 2, 'city', 'Petropavl', NKR, {'note': 'NI:reference point'}),
        ('пяти южных районах', 0, 'quantified', '5 southern districts', N, {'count': 5, 'unit': 'district', 'note': 'petrol shortage for patrols; not incidents'}),
        ('12 районах', 0, 'quantified', '12 districts', N, {'count': 12, 'unit': 'district', 'note': 'harvest; not incidents'}),
        ('Кокшетау', 4, 'city', 'Kokshetau', NKR, {'note': 'NI:residents waiting for a decision'}),
        ('Акмолинской области', 0, 'region', AKR, AKR, {'note': 'NI:planned move of its seat'}),
        ('Астане', 0, 'city', 'Astana', 'Astana', {'note': 'NI:where the move is discussed'}),
     ],
     inc={NKR: (3, 'robbery of an exchange office in Kokshetau, guard stabbed; fire at the Okzhetpes sanatorium in Borovoe; fatal car-bus collision 40 km from Kokshetau; cattle thefts not counted')}),

dict(id='p013', date='2000-02-08', lang='ru',
     event='2000 night fire destroys the «Достык» covered market in Kokshetau (seat of Akmola Region since 1999, no longer Astana) and a fatal house fire in Zerenda district (Akmola Region); blizzard closes the road to Petropavlovsk in Aiyrtau district (North Kazakhstan Region); traders supplied from Novosibirsk and Urumqi',
     text="""В Кокшетау сгорел рынок «Достык»
КОКШЕТАУ, 8 февраля. — Ночью в Кокшетау сгорел крытый рынок «Достык»: огонь уничтожил около 200 торговых мест, ущерб оценивается в 40 млн тенге. Пострадавших нет, сообщили в управлении по ЧС Акмолинской области, которое с прошлого года находится в Кокшетау, а не в Астане.
Многие торговцы возили товар из Новосибирска и Урумчи и держали его прямо в контейнерах на рынке. Аким города пообещал выделить им временные места на площади у центрального стадиона.
В тот же день в Зерендинском районе при пожаре в жилом доме погибли двое пенсионеров. А в соседнем Айыртауском районе Северо-Казахстанской области из-за метели закрыта трасса на Петропавловск.""",
     ann=[
        ('Кокшетау', 0, 'city', 'Kokshetau', AKR, {'note': 'headline; Akmola Region since 1999-04-08'}),
        ('Достык', 0, 'facility', 'Dostyk market (Kokshetau)', AKR, {'subkind': 'market', 'note': 'headline; a market named "friendship", not the village Dostyk'}),
        ('КОКШЕТАУ', 0, 'city', 'Kokshetau', AKR, {'note': 'dateline'}),
        ('Кокшетау', 1, 'city', 'Kokshetau', AKR, {'note': 'market fire'}),
        ('Достык', 1, 'facility', 'Dostyk market (Kokshetau)', AKR, {'subkind': 'market'}),
        ('Акмолинской области', 0, 'region', AKR, AKR, {'note': 'inside the name of an authority'}),
        ('Кокшетау', 2, 'city', 'Kokshetau', AKR, {'note': 'NI:seat of the department'}),
        ('Астане', 0, 'city', 'Astana', 'Astana', {'note': 'NI:former seat of Akmola Region'}),
        ('Новосибирска', 0, 'foreign', 'Novosibirsk', N, {'note': 'NI:origin of goods'}),
        ('Урумчи', 0, 'foreign', 'Urumqi', N, {'note': 'NI:origin of goods'}),
        ('Зерендинском районе', 0, 'district', 'Zerendi District', AKR, {'note': 'fatal house fire'}),
        ('Айыртауском районе', 0, 'district', 'Aiyrtau District', NKR, {'note': 'NI:road closed by a blizzard'}),
        ('Северо-Казахстанской области', 0, 'region', NKR, NKR, {'note': 'NI:road closed by a blizzard'}),
        ('Петропавловск', 0, 'city', 'Petropavl', NKR, {'note': 'NI:road destination'}),
     ],
     inc={AKR: (2, 'night fire destroying the Dostyk market in Kokshetau; fatal house fire in Zerenda district')}),

dict(id='p014', date='1994-07-12', lang='ru',
     event='1994 Torgay Region (abolished 1997): bauxite miners near Arkalyk strike and block a railway crossing (Kostanay Region land); steppe fire near Dvurechnoe in Esil district burns 2,000 ha and a sheep pen (Akmola Region land); the parliament votes to move the capital to Akmola (then a town of Akmola Region)',
     text="""В Тургайской области бастуют горняки и горит степь
АРКАЛЫК, 12 июля. — Около 400 рабочих бокситового рудника под Аркалыком вторую неделю не выходят на смену, требуя выплатить зарплату за пять месяцев. В понедельник забастовщики перекрыли железнодорожный переезд на въезде в город, сообщили в УВД Тургайской области.
В Есильском районе степной пожар уничтожил две тысячи гектаров пастбищ и сенокосов и кошару с 300 овцами возле села Двуречное. Огонь тушили три дня, пострадавших нет.
Областные власти жалуются, что денег на зарплату нет, а Алматы на этой неделе занята другим: 6 июля Верховный Совет принял постановление о переносе столицы в Акмолу. «Если столица будет рядом, может, и про нас вспомнят», — говорят в Аркалыке.""",
     ann=[
        ('Тургайской области', 0, 'region', KOR, KOR, _n(TORG_R, 'headline')),
        ('АРКАЛЫК', 0, 'city', 'Arkalyk', KOR, {'note': 'dateline; Kostanay Region land'}),
        ('Аркалыком', 0, 'city', 'Arkalyk', KOR, {'note': 'strike at a mine near the town and a blocked crossing at its entrance'}),
        ('Тургайской области', 1, 'region', KOR, KOR, _n(TORG_R, 'inside the name of an authority (УВД)')),
        ('Есильском районе', 0, 'district', 'Esil District', AKR, {'note': 'steppe fire; Torgay Region in 1994, Akmola Region since 1997'}),
        ('Двуречное', 0, 'village', 'Dvurechnoe', AKR),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'uncertain': True, 'note': 'NI:metonymy for the central government'}),
        ('Акмолу', 0, 'city', 'Astana', AKR, {'uncertain': True, 'note': 'NI:planned capital; in 1994 Akmola was a town of Akmola Region, not yet the capital (from 1997-12-10); labelled with the region'}),
        ('Аркалыке', 0, 'city', 'Arkalyk', KOR, {'note': 'NI:where people say so'}),
     ],
     inc={KOR: (1, 'strike of bauxite miners near Arkalyk with a railway crossing blocked (one protest)'),
          AKR: (1, 'steppe fire near Dvurechnoe, Esil district, 2,000 ha and a sheep pen')}),

dict(id='p015', date='1999-07-15', lang='ru',
     event='1999 gas explosion kills three in a block on Valikhanov Street in Semipalatinsk, and a petrol station owner shot dead in Ayagoz (East Kazakhstan Region, which absorbed Semipalatinsk Region in 1997); commission from Ust-Kamenogorsk; residents housed in the hotel «Иртыш»; the football club «Елимай»',
     text="""Взрыв газа в Семипалатинске: трое погибших
СЕМИПАЛАТИНСК, 15 июля. — Три человека погибли и пятеро ранены при взрыве бытового газа в пятиэтажном доме на улице Валиханова в Семипалатинске, сообщили в управлении по ЧС Восточно-Казахстанской области. Обрушились перекрытия двух подъездов, жильцов соседних домов временно разместили в гостинице «Иртыш».
Комиссия из Усть-Каменогорска, куда после слияния областей в 1997 году перевели областные управления, прибыла только к вечеру, и жители бывшей Семипалатинской области снова заговорили о том, что центр слишком далеко.
В тот же день в Аягозе неизвестные застрелили владельца автозаправки. Полиция ищет двух мужчин на белой «Ниве».
Футбольный клуб «Елимай» отменил тренировку, а игроки передали пострадавшим 200 тысяч тенге.""",
     ann=[
        ('Семипалатинске', 0, 'city', 'Semey', EKR, {'note': 'headline; East Kazakhstan Region 1997-2022'}),
        ('СЕМИПАЛАТИНСК', 0, 'city', 'Semey', EKR, {'note': 'dateline'}),
        ('улице Валиханова', 0, 'facility', 'Valikhanov Street (Semey)', EKR, {'subkind': 'street', 'note': 'named after a person'}),
        ('Семипалатинске', 1, 'city', 'Semey', EKR, {'note': 'gas explosion'}),
        ('Восточно-Казахстанской области', 0, 'region', EKR, EKR, {'note': 'inside the name of an authority'}),
        ('Иртыш', 0, 'facility', 'Irtysh hotel (Semey)', EKR, {'subkind': 'hotel', 'note': 'NI:residents housed there; a hotel named after the river'}),
        ('Усть-Каменогорска', 0, 'city', 'Oskemen', EKR, {'note': 'NI:origin of the commission'}),
        ('Семипалатинской области', 0, 'region', EKR, EKR, _n(SEMIPAL_R, 'NI:background')),
        ('Аягозе', 0, 'city', 'Ayagoz', EKR, {'note': 'shooting'}),
     ],
     inc={EKR: (2, 'gas explosion in a block on Valikhanov Street, Semipalatinsk, three dead; petrol station owner shot dead in Ayagoz')}),

dict(id='p016', date='1999-01-11', lang='ru',
     event='1999 presidential election in the south: a club housing a polling station burns in Arys (South Kazakhstan Region) and supporters of two candidates fight at a polling station on Tole Bi Street in Taraz, the former Dzhambul (Jambyl Region); the president votes in Astana for the first time; OSCE observers in Almaty and Shymkent',
     text="""Выборы президента на юге: драка в Таразе, пожар в Арыси
ШЫМКЕНТ, 11 января. — Выборы президента в Южно-Казахстанской области прошли при явке 91 процент, сообщила областная избирательная комиссия. Однако без происшествий не обошлось.
В Арыси в ночь перед голосованием загорелся клуб, где размещался избирательный участок, и голосование перенесли в школу. В соседнем Таразе, бывшем Джамбуле, у участка на улице Толе би подрались сторонники двух кандидатов, трое задержаны, сообщили в УВД Жамбылской области.
Президент Нурсултан Назарбаев голосовал в Астане — впервые в новой столице. Наблюдатели ОБСЕ, работавшие в Алматы и в Шымкенте, заявили, что выборы «далеки от стандартов», принятых в Европе.""",
     ann=[
        ('Таразе', 0, 'city', 'Taraz', JR, {'note': 'headline'}),
        ('Арыси', 0, 'city', 'Arys', SKR, {'note': 'headline; South Kazakhstan Region before 2018'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', SKR, {'note': 'dateline; South Kazakhstan Region before 2018-06-19'}),
        ('Южно-Казахстанской области', 0, 'region', SKR, SKR),
        ('Арыси', 1, 'city', 'Arys', SKR, {'note': 'fire in a club used as a polling station'}),
        ('Таразе', 1, 'city', 'Taraz', JR, {'note': 'brawl at a polling station'}),
        ('Джамбуле', 0, 'city', 'Taraz', JR, {'note': 'former name (Dzhambul, renamed Taraz in 1997)'}),
        ('улице Толе би', 0, 'facility', 'Tole Bi Street (Taraz)', JR, {'subkind': 'street', 'note': 'named after a person; not the village Tole Bi'}),
        ('Жамбылской области', 0, 'region', JR, JR, {'note': 'inside the name of an authority'}),
        ('Астане', 0, 'city', 'Astana', 'Astana', {'note': 'NI:where the president voted'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:observers'}),
        ('Шымкенте', 0, 'city', 'Shymkent', SKR, {'note': 'NI:observers'}),
        ('Европе', 0, 'foreign', 'Europe', N, {'note': 'NI:macro-region'}),
     ],
     inc={SKR: (1, 'fire in a club housing a polling station in Arys'),
          JR: (1, 'fight between supporters of two candidates at a polling station in Taraz, three detained')}),
]
