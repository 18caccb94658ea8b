"""Russian texts of the fifty-seventh unseen check corpus."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p009', date='1992-05-08', lang='ru',
     event='1992 fire and shell explosions at an ammunition depot of a former Soviet unit near Ushtobe (Taldy-Kurgan Region, abolished 1997; Almaty Region land), 2,000 evacuated, two guards hurt; the armed forces of Kazakhstan created the same day; Turksib traffic stopped; Alma-Ata dateline',
     text="""Пожар на складе боеприпасов под Уштобе: жителей вывозят из опасной зоны
АЛМА-АТА, 8 мая (КазТАГ). На складе артиллерийских боеприпасов бывшей советской воинской части под Уштобе (Талды-Курганская область) в ночь на четверг начался пожар, сопровождавшийся взрывами снарядов. По данным штаба гражданской обороны, из прилегающих к складу посёлков вывезены около двух тысяч человек. Погибших нет, двое военнослужащих охраны получили ранения.
Пожар начался в тот день, когда был подписан указ о создании Вооружённых сил Казахстана. Часть, ещё весной подчинявшаяся Москве, теперь перешла под юрисдикцию республики. «Мы приняли склады, которые годами никто не проверял», — сказал на пресс-конференции генерал-майор Алибек Сейтказиев.
Для тушения из Алма-Аты и Талды-Кургана направлены пожарные поезда. Движение по Турксибу на участке через Уштобе остановлено, пассажирские поезда пускают в обход.""",
     ann=[
        ('Уштобе', 0, 'city', 'Ushtobe', ALR, {'note': 'headline'}),
        ('АЛМА-АТА', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline; Soviet-era name, the capital in 1992'}),
        ('Уштобе', 1, 'city', 'Ushtobe', ALR, {'note': 'town of the abolished Taldy-Kurgan Region, labelled with the canonical unit holding its land'}),
        ('Талды-Курганская область', 0, 'region', ALR, ALR, {'uncertain': True, 'note': 'Taldy-Kurgan Region, abolished in 1997 and merged into Almaty Region; labelled with the canonical unit holding its land'}),
        ('Казахстана', 0, 'country', 'Kazakhstan', N),
        ('Москве', 0, 'foreign', 'Moscow', N, {'uncertain': True, 'note': 'metonymy for the Soviet military command; NI:former subordination'}),
        ('Алма-Аты', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of fire trains'}),
        ('Талды-Кургана', 0, 'city', 'Taldykorgan', ALR, {'note': 'NI:origin of fire trains; Soviet-era spelling'}),
        ('Турксибу', 0, 'facility', 'Turkestan-Siberia Railway', N, {'subkind': 'railway', 'note': 'NI:traffic stopped; a railway crossing several units'}),
        ('Уштобе', 2, 'city', 'Ushtobe', ALR, {'note': 'NI:traffic stopped, a measure'}),
     ],
     inc={ALR: (1, 'fire and shell explosions at the ammunition depot near Ushtobe, two guards hurt')}),

dict(id='p010', date='2001-03-22', lang='ru',
     event='2001 army week: a deserter from a Semipalatinsk unit wounds a policeman when detained in Pavlodar (Pavlodar Region); MiG-29 crash in Eskeldi district north of Taldykorgan (Almaty Region); joint air-defence exercise with Russia at Sary-Shagan (Karaganda Region), observers from Kyrgyzstan and Tajikistan; minister back from Bishkek (Batken); hazing complaints in four regions (statistics); call-up in Almaty and Astana',
     text="""Неделя в армии: дезертир с автоматом, падение МиГ-29, учения на Сары-Шагане
АСТАНА, 22 марта (Интерфакс-Казахстан). Обзор главных армейских новостей недели.

Дезертир задержан в Павлодаре. Рядовой воинской части, расквартированной в Семипалатинске, в ночь на 17 марта ушёл из караула с автоматом Калашникова и двумя магазинами патронов. Утром 19 марта его заметили на окраине Павлодара. При задержании он открыл огонь и ранил сотрудника патрульной полиции в ногу. Как сообщили в ДВД Павлодарской области, беглец проехал около 350 км на попутных машинах. Возбуждено уголовное дело. По словам командования, причиной побега могли стать конфликты с сослуживцами, проверка в части продолжается.

Катастрофа под Талдыкорганом. Во вторник истребитель МиГ-29 авиабазы в Талдыкоргане разбился во время учебного полёта в 30 км к северу от города, на пастбище в Ескельдинском районе. Лётчик катапультировался и доставлен в госпиталь. «Самолёт упал в поле, разрушений на земле нет», — сообщили в управлении по ЧС Алматинской области. Это вторая потеря МиГ-29 в стране с 1999 года.

Учения с Россией. На полигоне Сары-Шаган в Карагандинской области завершились совместные учения систем противовоздушной обороны Казахстана и России. Расчёты провели шесть боевых пусков ракет. За стрельбами наблюдали офицеры из Кыргызстана и Таджикистана.

Министр обороны вернулся из Бишкека, где обсуждались меры против прорывов боевиков в Баткенскую область прошлым летом.

Солдатские матери. Общественный комитет солдатских матерей сообщил, что с начала года получил жалобы на неуставные отношения из частей в четырёх областях, и потребовал публичной статистики.

Призыв. Весенний призыв в Алматы и Астане начнётся 1 апреля, в остальных регионах — 15 апреля. Срок службы по призыву, как и прежде, составит два года.""",
     ann=[
        ('Сары-Шагане', 0, 'facility', 'Sary-Shagan test site', KR, {'subkind': 'military range', 'note': 'headline; NI:exercise'}),
        ('АСТАНА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Павлодаре', 0, 'city', 'Pavlodar', PR, {'note': 'section heading'}),
        ('Семипалатинске', 0, 'city', 'Semey', EKR, {'note': 'NI:home garrison of the deserter; East Kazakhstan Region before 2022-06-08'}),
        ('Павлодара', 0, 'city', 'Pavlodar', PR),
        ('Павлодарской области', 0, 'region', PR, PR, {'note': 'inside the name of an authority (ДВД)'}),
        ('Талдыкорганом', 0, 'city', 'Taldykorgan', ALR, {'note': 'section heading ("under Taldykorgan"); Almaty Region before 2022-06-08'}),
        ('Талдыкоргане', 0, 'city', 'Taldykorgan', ALR, {'note': 'NI:home air base; reference point'}),
        ('Ескельдинском районе', 0, 'district', 'Eskeldi District', ALR),
        ('Алматинской области', 0, 'region', ALR, ALR, {'note': 'inside the name of an authority'}),
        ('Россией', 0, 'foreign', 'Russia', N, {'note': 'section heading; NI:exercise partner'}),
        ('Сары-Шаган', 0, 'facility', 'Sary-Shagan test site', KR, {'subkind': 'military range', 'note': 'NI:exercise'}),
        ('Карагандинской области', 0, 'region', KR, KR, {'note': 'NI:exercise'}),
        ('Казахстана', 0, 'country', 'Kazakhstan', N),
        ('России', 0, 'foreign', 'Russia', N, {'note': 'NI:exercise partner'}),
        ('Кыргызстана', 0, 'foreign', 'Kyrgyzstan', N, {'note': 'NI:observers'}),
        ('Таджикистана', 0, 'foreign', 'Tajikistan', N, {'note': 'NI:observers'}),
        ('Бишкека', 0, 'foreign', 'Bishkek', N, {'note': 'NI:meeting'}),
        ('Баткенскую область', 0, 'foreign', 'Batken Region', N, {'note': 'Kyrgyz region; incursions of the previous summer, outside Kazakhstan'}),
        ('четырёх областях', 0, 'quantified', '4 regions', N, {'count': 4, 'unit': 'region', 'note': 'statistics of complaints, not incidents'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:call-up'}),
        ('Астане', 0, 'city', 'Astana', 'Astana', {'note': 'NI:call-up'}),
     ],
     inc={PR: (1, 'deserter opens fire and wounds a policeman when detained on the outskirts of Pavlodar; the desertion itself in Semipalatinsk is not counted'),
          ALR: (1, 'MiG-29 crash on a pasture in Eskeldi district, 30 km north of Taldykorgan')}),

dict(id='p011', date='2010-08-20', lang='ru',
     event='2010 hard landing of an air-defence Mi-17 near Uzynagash, Zhambyl district of Almaty Region (not Jambyl Region), two crew hurt; flight from Almaty to a range in Jambyl Region',
     text="""Военный вертолёт совершил жёсткую посадку под Узынагашем
АЛМАТЫ, 20 августа (Tengrinews.kz). Вертолёт Ми-17 Сил воздушной обороны в четверг днём совершил жёсткую посадку у села Узынагаш в Жамбылском районе Алматинской области. Двое из шести членов экипажа получили травмы, сообщила пресс-служба Министерства обороны.
Машина выполняла плановый перелёт с аэродрома в Алматы на полигон в Жамбылской области. По предварительным данным, над Узынагашем у вертолёта отказал один из двигателей, и командир экипажа посадил его на кукурузное поле в двух километрах от села. Вертолёт получил серьёзные повреждения.
Пострадавших доставили в военный госпиталь в Алматы, их жизни ничего не угрожает. Для расследования из Астаны вылетела комиссия во главе с заместителем главкома Сил воздушной обороны.
Это уже третий инцидент с военными вертолётами в этом году.""",
     ann=[
        ('Узынагашем', 0, 'village', 'Uzynagash', ALR, {'note': 'headline'}),
        ('АЛМАТЫ', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Узынагаш', 0, 'village', 'Uzynagash', ALR),
        ('Жамбылском районе', 0, 'district', 'Zhambyl District (Almaty Region)', ALR, {'note': 'a district of Almaty Region, not Jambyl Region'}),
        ('Алматинской области', 0, 'region', ALR, ALR),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of the flight'}),
        ('Жамбылской области', 0, 'region', JR, JR, {'note': 'NI:destination of the flight'}),
        ('Узынагашем', 1, 'village', 'Uzynagash', ALR, {'note': 'engine failure over the village'}),
        ('Алматы', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:hospital'}),
        ('Астаны', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of the commission'}),
     ],
     inc={ALR: (1, 'Mi-17 hard landing in a field near Uzynagash, two crew hurt; "the third incident this year" is statistics')}),

dict(id='p012', date='2017-09-14', lang='ru',
     event='2017 CSTO exercise at the Matybulak range (Kordai district, Jambyl Region) with Russia, Kyrgyzstan, Tajikistan and Belarus: two soldiers hurt by a training charge; the wounded flown to Almaty; headquarters in Taraz',
     text="""На учениях ОДКБ под Кордаем ранены двое военнослужащих
ТАРАЗ, 14 сентября (Казинформ). Двое военнослужащих получили ранения при подрыве учебного заряда на полигоне «Матыбулак» в Кордайском районе Жамбылской области, где проходят совместные учения государств ОДКБ, сообщили в штабе учений.
По данным штаба, заряд сработал раньше времени во время отработки разминирования дороги. Пострадали сапёр из Казахстана и военнослужащий из Кыргызстана. Обоих вертолётом доставили в госпиталь в Алматы, их состояние оценивается как средней тяжести.
В учениях участвуют более 3 тысяч военных из Казахстана, России, Кыргызстана, Таджикистана и Беларуси. Учения продолжатся до 16 сентября по плану, заключительный этап пройдёт в присутствии министров обороны.
Штаб учений расположен в Таразе, откуда в среду на полигон выехала группа военных прокуроров.""",
     ann=[
        ('Кордаем', 0, 'village', 'Kordai', JR, {'note': 'headline ("под Кордаем"); the village, centre of Kordai district'}),
        ('ТАРАЗ', 0, 'city', 'Taraz', JR, {'note': 'dateline'}),
        ('Матыбулак', 0, 'facility', 'Matybulak range', JR, {'subkind': 'military range', 'note': 'name in quotation marks'}),
        ('Кордайском районе', 0, 'district', 'Kordai District', JR),
        ('Жамбылской области', 0, 'region', JR, JR),
        ('Казахстана', 0, 'country', 'Kazakhstan', N),
        ('Кыргызстана', 0, 'foreign', 'Kyrgyzstan', N, {'note': 'NI:origin of a soldier'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:hospital'}),
        ('Казахстана', 1, 'country', 'Kazakhstan', N),
        ('России', 0, 'foreign', 'Russia', N, {'note': 'NI:exercise participant'}),
        ('Кыргызстана', 1, 'foreign', 'Kyrgyzstan', N, {'note': 'NI:exercise participant'}),
        ('Таджикистана', 0, 'foreign', 'Tajikistan', N, {'note': 'NI:exercise participant'}),
        ('Беларуси', 0, 'foreign', 'Belarus', N, {'note': 'NI:exercise participant'}),
        ('Таразе', 0, 'city', 'Taraz', JR, {'note': 'NI:exercise headquarters'}),
     ],
     inc={JR: (1, 'training charge exploded early at the Matybulak range, two soldiers hurt')}),

dict(id='p013', date='2023-08-15', lang='ru',
     event='2023 explosions at a disused ammunition depot 12 km from Zhezkazgan (Ulytau Region), dacha residents by the Kengir reservoir evacuated, emergency in two districts; conscript dies at the Saryozek garrison (Kerbulak district, Jetisu Region); border guards detain two men near Zharkent (not an incident); firefighters from Satpayev and Karaganda',
     text="""Взрывы на старом арсенале под Жезказганом, гибель солдата в Сарыозеке
ЖЕЗКАЗГАН, 15 августа (КазТАГ). Две армейские новости начала недели.

В понедельник около 19:00 на территории законсервированного склада боеприпасов в 12 км от Жезказгана начался пожар, за которым последовала серия взрывов. Из дачных массивов у Кенгирского водохранилища вывезены около 700 человек, по трассе Жезказган — Улытау закрыто движение. Ранен сторож склада, других пострадавших нет, сообщил департамент по ЧС Улытауской области.

«Склад законсервирован ещё в 2005 году, там оставались старые снаряды, которые должны были вывезти в прошлом году», — заявил журналистам аким области Берик Жумагулов. Режим ЧС местного масштаба объявлен в Жезказгане и в двух соседних районах. Тушить пожар помогают расчёты из Сатпаева и Караганды, к утру вторника взрывы прекратились.

Жители рассказывают, что слышали взрывы до глубокой ночи. «Стёкла дрожали, дети плакали, мы сидели в подвале», — рассказала пенсионерка Галина Ким, чей дачный участок находится в трёх километрах от склада. Военные обещают до конца месяца вывезти и уничтожить все оставшиеся боеприпасы.

Вторая новость пришла из области Жетісу. В воинской части в посёлке Сарыозек Кербулакского района в воскресенье утром нашли мёртвым 19-летнего рядового срочной службы. По версии командования, он упал с вышки во время караула; родственники солдата, приехавшие из Шымкента, требуют независимой экспертизы. Командование части заявило, что готово к любой проверке и что следов насилия на теле не обнаружено. Тело доставлено в Талдыкорган, военная прокуратура Жетысуской области начала проверку.

Тем временем пограничники задержали под Жаркентом двух мужчин, пытавшихся перейти границу с Китаем вне пункта пропуска. Оба оказались жителями Алматинской области.""",
     ann=[
        ('Жезказганом', 0, 'city', 'Zhezkazgan', UR, {'note': 'headline ("под Жезказганом")'}),
        ('Сарыозеке', 0, 'village', 'Saryozek', JTR, {'note': 'headline; Jetisu Region since 2022-06-08'}),
        ('ЖЕЗКАЗГАН', 0, 'city', 'Zhezkazgan', UR, {'note': 'dateline'}),
        ('Жезказгана', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:reference point (12 km)'}),
        ('Кенгирского водохранилища', 0, 'facility', 'Kengir reservoir', UR, {'subkind': 'reservoir', 'note': 'NI:evacuation of dacha residents'}),
        ('Жезказган', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:route endpoint'}),
        ('Улытау', 0, 'village', 'Ulytau', UR, {'note': 'NI:route endpoint; the village, not the region'}),
        ('Улытауской области', 0, 'region', UR, UR, {'note': 'inside the name of an authority'}),
        ('Жезказгане', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:emergency regime, a measure'}),
        ('двух соседних районах', 0, 'quantified', '2 neighbouring districts', N, {'count': 2, 'unit': 'district', 'note': 'emergency regime, not incidents'}),
        ('Сатпаева', 0, 'city', 'Satpayev', UR, {'note': 'NI:origin of fire crews'}),
        ('Караганды', 0, 'city', 'Karaganda', KR, {'note': 'NI:origin of fire crews'}),
        ('Жетісу', 0, 'region', JTR, JTR, {'note': 'Kazakh form of the name in a Russian text ("области Жетісу")'}),
        ('Сарыозек', 0, 'village', 'Saryozek', JTR),
        ('Кербулакского района', 0, 'district', 'Kerbulak District', JTR),
        ('Шымкента', 0, 'city', 'Shymkent', 'Shymkent', {'note': "NI:origin of the soldier's relatives"}),
        ('Талдыкорган', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:body taken for examination'}),
        ('Жетысуской области', 0, 'region', JTR, JTR, {'note': 'inside the name of an authority (military prosecutor)'}),
        ('Жаркентом', 0, 'city', 'Zharkent', JTR, {'note': 'NI:detention of border violators, not an incident'}),
        ('Китаем', 0, 'foreign', 'China', N, {'note': 'NI:border'}),
        ('Алматинской области', 0, 'region', ALR, ALR, {'note': 'NI:residence of the detained men'}),
     ],
     inc={UR: (1, 'fire and explosions at the disused ammunition depot 12 km from Zhezkazgan, a watchman hurt'),
          JTR: (1, 'conscript found dead at the unit in Saryozek (fell from a watchtower, per the command)')}),

dict(id='p014', date='2005-11-23', lang='ru',
     event='2005 explosion in a test workshop of a defence plant in Uralsk (Oral, West Kazakhstan Region), one dead and three hurt; components from Orenburg, exports to Russia; experts from Astana',
     text="""Взрыв в цехе оборонного завода в Уральске: один погибший
УРАЛЬСК, 23 ноября (Интерфакс-Казахстан). Один рабочий погиб и трое получили ожоги при взрыве в испытательном цехе АО «Омега», выпускающего пиротехнические средства и сигнальные патроны для армии, сообщили в департаменте по ЧС Западно-Казахстанской области.
Взрыв произошёл около 11 часов утра при проверке партии осветительных ракет. Стены цеха устояли, но выбило окна в соседнем корпусе. Пострадавших доставили в областную больницу.
Завод был основан в 1970-х годах как филиал предприятия советского оборонного министерства. Сегодня часть сырья поступает из Оренбурга, а до трети продукции поставляется в Россию.
На место прибыли специалисты Министерства обороны и промышленности из Астаны. По словам директора завода Сергея Лещенко, последний несчастный случай на предприятии произошёл в 1994 году.""",
     ann=[
        ('Уральске', 0, 'city', 'Oral', WKR, {'note': 'headline; Russian name of Oral'}),
        ('УРАЛЬСК', 0, 'city', 'Oral', WKR, {'note': 'dateline'}),
        ('Западно-Казахстанской области', 0, 'region', WKR, WKR, {'note': 'inside the name of an authority'}),
        ('Оренбурга', 0, 'foreign', 'Orenburg', N, {'note': 'NI:origin of raw materials'}),
        ('Россию', 0, 'foreign', 'Russia', N, {'note': 'NI:export destination'}),
        ('Астаны', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of experts'}),
     ],
     inc={WKR: (1, 'explosion in the test workshop of the defence plant in Uralsk, one dead, three burnt; the 1994 accident is only alluded to')}),

dict(id='p015', date='2019-11-28', lang='ru',
     event='2019 conscript from Kyzylorda beaten by fellow soldiers at a unit in Nur-Sultan (Astana); three similar beatings in three unnamed regions (unattributed)',
     text="""Солдата-срочника избили в воинской части в столице
НУР-СУЛТАН, 28 ноября (Informburo.kz). Военная прокуратура столичного гарнизона возбудила уголовное дело после того, как рядового срочной службы избили сослуживцы в одной из воинских частей Нур-Султана.
По данным прокуратуры, 20-летнего уроженца Кызылорды в ночь на 24 ноября избили четверо солдат весеннего призыва, он доставлен в больницу с сотрясением мозга и переломом носа. Подозреваемые задержаны. «Мы узнали обо всём от врачей, из части нам не позвонили», — рассказала мать солдата.
В Генеральной прокуратуре сообщили, что только в ноябре ещё три подобных избиения выявлены в трёх областях страны, названия которых в ведомстве не уточнили. В Министерстве обороны заявили, что в каждой казарме Нур-Султана и гарнизонов в регионах к весне установят видеокамеры.""",
     ann=[
        ('НУР-СУЛТАН', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Нур-Султана', 0, 'city', 'Astana', 'Astana'),
        ('Кызылорды', 0, 'city', 'Kyzylorda', KZR, {'note': 'NI:birthplace of the victim'}),
        ('трёх областях', 0, 'quantified', '3 regions', N, {'count': 3, 'unit': 'region', 'note': 'three beatings in unnamed regions'}),
        ('Нур-Султана', 1, 'city', 'Astana', 'Astana', {'note': 'NI:cameras planned, a measure'}),
     ],
     inc={'Astana': (1, 'conscript beaten by four soldiers at a unit in Nur-Sultan')},
     unatt=[{'label': 'трёх областях', 'count': 3, 'note': 'three similar beatings of conscripts in three unnamed regions'}]),

dict(id='p016', date='2014-07-09', lang='ru',
     event='2014 border guard wounded in a shoot-out with smugglers in Beineu district (Mangystau Region) on the border with Uzbekistan; flown to Aktau',
     text="""Пограничник ранен в перестрелке на казахстанско-узбекской границе
АКТАУ, 9 июля (КазТАГ). Военнослужащий пограничной службы получил огнестрельное ранение в перестрелке с контрабандистами в Бейнеуском районе Мангистауской области, сообщило пограничное управление по Мангистауской области.
Ночью наряд заметил два внедорожника, которые двигались к границе в 40 км южнее посёлка Бейнеу. На требование остановиться из машин открыли огонь. Пограничники ответили, однако нарушителям удалось уйти на территорию Узбекистана. В брошенной на месте машине нашли около 2 тонн сахара и 500 литров бензина.
Раненого в руку сержанта вертолётом доставили в Актау, его жизни ничего не угрожает. Это первый случай вооружённого столкновения на этом участке с начала года.""",
     ann=[
        ('АКТАУ', 0, 'city', 'Aktau', MR, {'note': 'dateline'}),
        ('Бейнеуском районе', 0, 'district', 'Beineu District', MR),
        ('Мангистауской области', 0, 'region', MR, MR),
        ('Мангистауской области', 1, 'region', MR, MR, {'note': 'inside the name of an authority (border department)'}),
        ('Бейнеу', 0, 'village', 'Beineu', MR, {'note': 'NI:reference point (40 km south)'}),
        ('Узбекистана', 0, 'foreign', 'Uzbekistan', N, {'note': 'NI:escape destination'}),
        ('Актау', 0, 'city', 'Aktau', MR, {'note': 'NI:hospital'}),
     ],
     inc={MR: (1, 'smugglers open fire on a border patrol in Beineu district, a sergeant wounded')}),
]
