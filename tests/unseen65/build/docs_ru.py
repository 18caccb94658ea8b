"""Russian texts of the sixty-fifth unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p009', date='2002-04-05', lang='ru',
     event='2002 ice-jam flood of 37 houses in Almaly, Makhambet district (Atyrau Region); evacuation to Makhambet; tenth anniversary of the renaming of Guryev to Atyrau; recalled: the June 1985 blowout and fire at well 37 of the Tengiz field (Zhylyoi district); the agency name Каспий-Инфо not annotated',
     text="""Ледовый затор на Урале: подтоплены дома в Махамбетском районе
АТЫРАУ, 5 апреля (Каспий-Инфо). Ледовый затор на реке Урал у села Алмалы Махамбетского района Атырауской области привёл к подтоплению 37 жилых домов, сообщил областной департамент по чрезвычайным ситуациям. Около 150 жителей вывезли в районный центр Махамбет, пострадавших нет.
Паводок совпал с круглой датой: десять лет назад Гурьев официально стал Атырау, а Гурьевская область — Атырауской. Старое имя до сих пор звучит в разговорах пожилых горожан.
Нефтяники вспоминают и другую дату. В июне 1985 года на скважине № 37 месторождения Тенгиз в Жылыойском районе произошёл выброс нефти и газа; фонтан загорелся и горел больше года. Сегодня Тенгиз — крупнейшее месторождение Казахстана, а вахтовики добираются туда через Кульсары.""",
     ann=[
        ('Урале', 0, 'facility', 'Ural River', N, {'subkind': 'river', 'note': 'headline'}),
        ('Махамбетском районе', 0, 'district', 'Makhambet District', ATR, {'note': 'headline'}),
        ('АТЫРАУ', 0, 'city', 'Atyrau', ATR, {'note': 'dateline'}),
        ('Урал', 0, 'facility', 'Ural River', N, {'subkind': 'river', 'note': 'the ice jam; the river crosses Atyrau Region'}),
        ('Алмалы', 0, 'village', 'Almaly (Makhambet district)', ATR),
        ('Махамбетского района', 0, 'district', 'Makhambet District', ATR),
        ('Атырауской области', 0, 'region', ATR, ATR),
        ('Махамбет', 0, 'village', 'Makhambet', ATR, {'note': 'NI:evacuation destination; district centre'}),
        ('Гурьев', 0, 'city', 'Atyrau', ATR, {'note': 'NI:Soviet name of Atyrau'}),
        ('Атырау', 0, 'city', 'Atyrau', ATR, {'note': 'NI:renaming'}),
        ('Гурьевская область', 0, 'region', ATR, ATR, {'uncertain': True, 'note': 'NI:former name of Atyrau Region (renamed 1992), labelled with the unit holding its land'}),
        ('Атырауской', 1, 'region', ATR, ATR, {'note': 'NI:elliptical, head noun "область" understood'}),
        ('Тенгиз', 0, 'facility', 'Tengiz oil field', ATR, {'subkind': 'oil field', 'note': 'recalled blowout and fire of June 1985'}),
        ('Жылыойском районе', 0, 'district', 'Zhylyoi District', ATR),
        ('Тенгиз', 1, 'facility', 'Tengiz oil field', ATR, {'subkind': 'oil field', 'note': 'NI:background'}),
        ('Казахстана', 0, 'country', 'Kazakhstan', N),
        ('Кульсары', 0, 'city', 'Kulsary', ATR, {'note': 'NI:transit point'}),
     ],
     inc={ATR: (2, 'today: ice-jam flood of 37 houses in Almaly, Makhambet district; recalled: blowout and fire at well 37 of the Tengiz field, June 1985')}),

dict(id='p010', date='1996-12-17', lang='ru',
     event='1996 tenth anniversary of the December 1986 events: remembrance on Republic Square in Almaty and a picket at the city akimat, four detained; recalled: the 1986 student protest in Alma-Ata; a participant living in Taldy-Kurgan; expulsions in Chimkent and Ust-Kamenogorsk; student hostel fire in Zhambyl (former Dzhambul, Jambyl Region); evenings of remembrance in Shymkent and Kyzylorda; the adjective алма-атинских and the name Брежнева not annotated',
     text="""Десять лет спустя: в Алматы вспоминают декабрь 1986-го
АЛМАТЫ, 17 декабря (Азия-Пресс). Около двухсот человек пришли во вторник на площадь Республики в Алматы, чтобы почтить память участников декабрьских событий 1986 года. Люди несли цветы и фотографии погибших; многие впервые за десять лет открыто говорили о тех днях. Ещё недавно площадь носила имя Брежнева.

Утром 17 декабря 1986 года студенты вузов тогдашней Алма-Аты вышли к зданию ЦК Компартии республики, протестуя против решения Москвы поставить во главе Казахстана Геннадия Колбина, прибывшего из Ульяновска. Выступление продолжалось два дня и было подавлено войсками; сотни участников задержали, десятки позднее осудили.

«Мне было восемнадцать, я учился в педагогическом институте. Нас гнали от площади до самой улицы Фурманова», — рассказывает Ерлан Сейтказиев, ныне живущий в Талды-Кургане. По его словам, в следующие месяцы студентов отчисляли не только в алма-атинских вузах, но и в Чимкенте и Усть-Каменогорске.

Нынешняя годовщина тоже не обошлась без задержаний. Около 30 родственников осуждённых провели пикет у здания городского акимата с требованием полной реабилитации; полиция задержала четверых, сообщили в ГУВД Алматы. Вечером их отпустили.

В Жамбыле (бывший Джамбул) в ночь на понедельник загорелось студенческое общежитие: двое студентов получили ожоги, ещё 120 человек эвакуировали, сообщило управление по чрезвычайным ситуациям Жамбылской области. Причиной пожара назван неисправный обогреватель.

Организаторы сегодняшней встречи приехали и из других областей: среди них были бывшие студенты из Караганды и Актюбинска, отчисленные в 1987 году. Они просят городские власти выделить место для памятника.

Память о декабре постепенно возвращается и в другие города: вечера памяти прошли на этой неделе в Шымкенте и Кызылорде. Комиссия Верховного Совета ещё в 1990 году признала, что молодёжь вышла на площадь мирно.""",
     ann=[
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'headline'}),
        ('АЛМАТЫ', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('площадь Республики', 0, 'facility', 'Republic Square (Almaty)', 'Almaty', {'subkind': 'square', 'note': 'NI:remembrance; once named after Brezhnev (the person is not annotated)'}),
        ('Алматы', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:remembrance'}),
        ('Алма-Аты', 0, 'city', 'Almaty', 'Almaty', {'note': 'Soviet name; recalled student protest of December 1986'}),
        ('Москвы', 0, 'foreign', 'Moscow', N, {'note': 'NI:the Soviet centre'}),
        ('Казахстана', 0, 'country', 'Kazakhstan', N),
        ('Ульяновска', 0, 'foreign', 'Ulyanovsk', N, {'note': "NI:Kolbin's origin"}),
        ('улицы Фурманова', 0, 'facility', 'Furmanov Street (Almaty)', 'Almaty', {'subkind': 'street', 'note': 'part of the recalled 1986 protest'}),
        ('Талды-Кургане', 0, 'city', 'Taldykorgan', ALR, {'note': 'NI:residence; town of Taldy-Kurgan Region (merged into Almaty Region in 1997), labelled with the unit holding its land'}),
        ('Чимкенте', 0, 'city', 'Shymkent', SKR, {'note': 'NI:Soviet name; expulsions'}),
        ('Усть-Каменогорске', 0, 'city', 'Oskemen', EKR, {'note': 'NI:expulsions'}),
        ('Алматы', 2, 'city', 'Almaty', 'Almaty', {'note': 'inside the name of an authority (ГУВД); the picket at the city akimat'}),
        ('Жамбыле', 0, 'city', 'Taraz', JR, {'note': 'name of Taraz 1993-1997'}),
        ('Джамбул', 0, 'city', 'Taraz', JR, {'note': 'NI:Soviet name, in brackets'}),
        ('Жамбылской области', 0, 'region', JR, JR, {'note': 'inside the name of an authority'}),
        ('Караганды', 0, 'city', 'Karaganda', KR, {'note': 'NI:origin of participants'}),
        ('Актюбинска', 0, 'city', 'Aktobe', AR, {'note': 'NI:Soviet name of Aktobe; origin of participants'}),
        ('Шымкенте', 0, 'city', 'Shymkent', SKR, {'note': 'NI:evening of remembrance'}),
        ('Кызылорде', 0, 'city', 'Kyzylorda', KZR, {'note': 'NI:evening of remembrance'}),
     ],
     inc={'Almaty': (2, 'recalled: student protest of 17-18 December 1986 (framed as one event); today: picket at the city akimat, four detained'),
          JR: (1, 'fire in a student hostel in Zhambyl (Taraz), two burnt')}),

dict(id='p011', date='2009-08-01', lang='ru',
     event='2009 fiftieth anniversary of the August 1959 unrest of the builders of the Kazakhstan Magnitka in Temirtau; historians from Karaganda; volunteers from Ukraine and Belarus; workers\' rally at the gates of the steel plant (the company name АрселорМиттал Темиртау not annotated)',
     text="""Темиртау вспоминает август 1959-го
ТЕМИРТАУ, 1 августа (Азия-Пресс). Ровно 50 лет назад, 1 августа 1959 года, в Темиртау начались волнения строителей Казахстанской Магнитки. Тысячи комсомольцев, приехавших со всего Союза, в том числе из Украины и Белоруссии, жили в палатках и страдали от нехватки воды. Толпа разгромила столовую и штурмовала здание горотдела милиции; против неё бросили войска. По официальным данным, погибли 11 человек, более сотни были ранены.
Историки из Караганды называют эти события одним из первых массовых выступлений рабочих в Казахстане.
Годовщина совпала с новым протестом: в пятницу около 200 рабочих «АрселорМиттал Темиртау» собрались у проходной комбината, требуя повысить зарплату. Акция прошла мирно, администрация обещала вернуться к переговорам в понедельник.""",
     ann=[
        ('Темиртау', 0, 'city', 'Temirtau', KR, {'note': 'headline'}),
        ('ТЕМИРТАУ', 0, 'city', 'Temirtau', KR, {'note': 'dateline'}),
        ('Темиртау', 1, 'city', 'Temirtau', KR, {'note': 'recalled unrest of August 1959'}),
        ('Союза', 0, 'foreign', 'Soviet Union', N, {'uncertain': True, 'note': 'NI:the Soviet Union ("со всего Союза"), which included Kazakhstan; origin of volunteers'}),
        ('Украины', 0, 'foreign', 'Ukraine', N, {'note': 'NI:origin of volunteers'}),
        ('Белоруссии', 0, 'foreign', 'Belarus', N, {'note': 'NI:origin of volunteers'}),
        ('Караганды', 0, 'city', 'Karaganda', KR, {'note': 'NI:residence of historians'}),
        ('Казахстане', 0, 'country', 'Kazakhstan', N),
     ],
     inc={KR: (2, 'recalled: unrest of the Temirtau builders, August 1959; today: rally of about 200 steel workers at the plant gates in Temirtau (the company name is not a mention)')}),

dict(id='p012', date='1992-05-20', lang='ru',
     event='1992 fatal gas explosion in a flat in the 3rd microdistrict of Aktau (Shevchenko until 1991), Mangystau Region; Mangyshlak, the 1988 merger of Mangyshlak Region into Guryev Region and its 1990 restoration recalled; Zhetybai field; "в Западном Казахстане" annotates only the country',
     text="""Взрыв газа в Актау: погибла пенсионерка
АКТАУ, 20 мая (Азия-Пресс). Взрыв бытового газа разрушил квартиру на третьем этаже пятиэтажного дома в 3-м микрорайоне Актау во вторник вечером. Погибла 72-летняя хозяйка квартиры, ещё трое соседей ранены, сообщили в городском управлении внутренних дел.
Город на берегу Каспия, который до прошлого года назывался Шевченко, строили в 1960-е годы для освоения нефтяных месторождений Мангышлака. Газ в дома поступает с месторождения Жетыбай. В 1988 году Мангышлакскую область упразднили и присоединили к Гурьевской, а в 1990 году восстановили; теперь она называется Мангистауской.
Как отметили в городской газовой службе, это уже третий взрыв газа в жилых домах в Западном Казахстане с начала года.""",
     ann=[
        ('Актау', 0, 'city', 'Aktau', MR, {'note': 'headline'}),
        ('АКТАУ', 0, 'city', 'Aktau', MR, {'note': 'dateline'}),
        ('3-м микрорайоне', 0, 'district', '3rd microdistrict (Aktau)', MR, {'subkind': 'microdistrict'}),
        ('Актау', 1, 'city', 'Aktau', MR),
        ('Каспия', 0, 'facility', 'Caspian Sea', N, {'subkind': 'sea', 'note': 'NI:background'}),
        ('Шевченко', 0, 'city', 'Aktau', MR, {'note': 'NI:Soviet name of Aktau (1964-1991)'}),
        ('Мангышлака', 0, 'facility', 'Mangyshlak Peninsula', N, {'subkind': 'peninsula', 'note': 'NI:natural feature (Mangystau Region)'}),
        ('Жетыбай', 0, 'facility', 'Zhetybai oil field', MR, {'subkind': 'oil field', 'note': 'NI:gas source'}),
        ('Мангышлакскую область', 0, 'region', MR, MR, {'uncertain': True, 'note': 'NI:Mangyshlak Region (abolished 1988, restored 1990 as the present region), labelled with the unit holding its land'}),
        ('Гурьевской', 0, 'region', ATR, ATR, {'uncertain': True, 'note': 'NI:Guryev Region (now Atyrau Region), elliptical; labelled with the unit holding its land'}),
        ('Мангистауской', 0, 'region', MR, MR, {'note': 'NI:elliptical, head noun understood'}),
        ('Казахстане', 0, 'country', 'Kazakhstan', N, {'note': 'directional phrase "в Западном Казахстане": only the country is annotated'}),
     ],
     inc={MR: (1, 'gas explosion in a flat in the 3rd microdistrict of Aktau, one dead, three hurt; "the third explosion this year in western Kazakhstan" is a statistic')}),

dict(id='p013', date='2019-03-24', lang='ru',
     event='2019 second day of the capital\'s new name Nur-Sultan: pickets against the renaming, two detained on Republic Square in Almaty and one at the akimat in Nur-Sultan; former names Akmolinsk, Tselinograd, Akmola and Astana; Nursultan Nazarbayev (person) and Akmola Region (kept its name) as traps',
     text="""Первые выходные Нур-Султана: пикеты против переименования
НУР-СУЛТАН, 24 марта (Азия-Пресс). Столица Казахстана второй день живёт под новым именем. Указ о переименовании Астаны в Нур-Султан в честь первого президента Нурсултана Назарбаева вступил в силу в субботу. За 189 лет город успел побывать Акмолинском, Целиноградом, Акмолой и Астаной.
Переименование понравилось не всем. В субботу в Алматы полиция задержала двух молодых людей, вышедших на площадь Республики с плакатом «Я против». В Нур-Султане у здания акимата на левом берегу Есиля задержали ещё одного пикетчика, сообщили в департаменте полиции столицы.
Акмолинская область, которая окружает столицу, своё название сохранила. На вокзале и в аэропорту таблички с прежним названием города обещают заменить в течение месяца.""",
     ann=[
        ('Нур-Султана', 0, 'city', 'Astana', 'Astana', {'note': 'headline; name of the capital 2019-2022'}),
        ('НУР-СУЛТАН', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Казахстана', 0, 'country', 'Kazakhstan', N),
        ('Астаны', 0, 'city', 'Astana', 'Astana', {'note': 'NI:renaming'}),
        ('Нур-Султан', 0, 'city', 'Astana', 'Astana', {'note': 'NI:renaming; not the person Nursultan Nazarbayev'}),
        ('Акмолинском', 0, 'city', 'Astana', 'Astana', {'note': 'NI:former name'}),
        ('Целиноградом', 0, 'city', 'Astana', 'Astana', {'note': 'NI:former name'}),
        ('Акмолой', 0, 'city', 'Astana', 'Astana', {'note': 'NI:former name; the city, not Akmola Region'}),
        ('Астаной', 0, 'city', 'Astana', 'Astana', {'note': 'NI:former name'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty'),
        ('площадь Республики', 0, 'facility', 'Republic Square (Almaty)', 'Almaty', {'subkind': 'square'}),
        ('Нур-Султане', 0, 'city', 'Astana', 'Astana'),
        ('Есиля', 0, 'facility', 'Yesil River', N, {'subkind': 'river', 'note': 'NI:background'}),
        ('Акмолинская область', 0, 'region', AKR, AKR, {'note': 'NI:kept its name'}),
     ],
     inc={'Almaty': (1, 'picket against the renaming on Republic Square, two detained'),
          'Astana': (1, 'picket at the akimat on the left bank, one detained')}),

dict(id='p014', date='2017-05-03', lang='ru',
     event='2017 twentieth anniversary of the 1997 abolition of the Taldy-Kurgan, Turgay, Zhezkazgan, Kokshetau and Semipalatinsk regions (19 regions became 14): roof fire in an abandoned hotel in Arkalyk (Kostanay Region) and a bus-lorry collision on the Taldykorgan bypass (Almaty Region); recalled: the March 1997 pensioners\' blockade of the Irtysh bridge in Semipalatinsk (Semey, East Kazakhstan Region)',
     text="""Двадцать лет без пяти областей
АСТАНА, 3 мая (Азия-Пресс). Двадцать лет назад, весной 1997 года, карта Казахстана заметно упростилась. Указами президента были упразднены Талды-Курганская, Тургайская, Жезказганская, Кокшетауская и Семипалатинская области, а их земли вошли в состав Алматинской, Костанайской, Акмолинской, Карагандинской, Северо-Казахстанской и Восточно-Казахстанской областей. Вместо 19 областей в стране осталось четырнадцать. В том же году город Жамбыл получил историческое имя Тараз, а столицу перенесли из Алматы в Акмолу, которая через полгода стала Астаной.

Больше всех потерял Аркалык. Бывший центр Тургайской области за двадцать лет лишился почти половины жителей, многие здания в центре стоят пустыми. В ночь на воскресенье в одном из них, заброшенной гостинице на улице Байтурсынова, загорелась кровля; огонь тушили четыре часа, пострадавших нет, сообщили в департаменте по ЧС Костанайской области. Местные жители давно просят снести пустующие дома.

Жезказган, бывший областной центр, стал городом Карагандинской области. Кокшетау повезло больше: в 1999 году он стал центром Акмолинской области, а Талдыкорган в 2001 году — центром Алматинской.

В Семипалатинске, который теперь называется Семей, 1997 год помнят по пенсионным долгам. В марте того года несколько сотен пенсионеров перекрыли мост через Иртыш и разошлись только после того, как аким пообещал выплатить задолженность.

Для Талдыкоргана нынешняя весна началась с аварии: в воскресенье на объездной дороге города столкнулись рейсовый автобус и грузовик, семь человек пострадали, сообщили в департаменте полиции Алматинской области.

Историки не исключают, что карта ещё изменится. «Разговоры о возвращении Семипалатинской и Талды-Курганской областей идут с конца девяностых», — говорит политолог Марат Есенов. По его словам, в обоих городах до сих пор немало людей, которые по привычке называют себя жителями «своей» области.""",
     ann=[
        ('АСТАНА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Казахстана', 0, 'country', 'Kazakhstan', N),
        ('Талды-Курганская', 0, 'region', ALR, ALR, {'uncertain': True, 'note': 'NI:Taldy-Kurgan Region (abolished 1997), in a list sharing "области"; labelled with the unit holding its land on the article date'}),
        ('Тургайская', 0, 'region', KOR, KOR, {'uncertain': True, 'note': 'NI:Turgay Region (abolished 1997), land divided between Kostanay and Akmola regions; labelled with the unit holding most of it'}),
        ('Жезказганская', 0, 'region', KR, KR, {'uncertain': True, 'note': 'NI:Zhezkazgan Region (abolished 1997), labelled with the unit holding its land on the article date (before 2022)'}),
        ('Кокшетауская', 0, 'region', AKR, AKR, {'uncertain': True, 'note': 'NI:Kokshetau Region (abolished 1997, merged into North Kazakhstan Region; Kokshetau and most of its land in Akmola Region since 1999); labelled with the unit holding most of its land on the article date'}),
        ('Семипалатинская', 0, 'region', EKR, EKR, {'uncertain': True, 'note': 'NI:Semipalatinsk Region (abolished 1997), labelled with the unit holding its land on the article date'}),
        ('Алматинской', 0, 'region', ALR, ALR, {'note': 'NI:in a list sharing "областей"'}),
        ('Костанайской', 0, 'region', KOR, KOR, {'note': 'NI:in a list sharing "областей"'}),
        ('Акмолинской', 0, 'region', AKR, AKR, {'note': 'NI:in a list sharing "областей"'}),
        ('Карагандинской', 0, 'region', KR, KR, {'note': 'NI:in a list sharing "областей"'}),
        ('Северо-Казахстанской', 0, 'region', NKR, NKR, {'note': 'NI:in a list sharing "областей"'}),
        ('Восточно-Казахстанской', 0, 'region', EKR, EKR, {'note': 'NI:in a list sharing "областей"'}),
        ('19 областей', 0, 'quantified', '19 regions', N, {'count': 19, 'unit': 'region', 'note': 'the regions before 1997; not about incidents'}),
        ('Жамбыл', 0, 'city', 'Taraz', JR, {'note': 'NI:name of Taraz 1993-1997'}),
        ('Тараз', 0, 'city', 'Taraz', JR, {'note': 'NI:renaming'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:former capital'}),
        ('Акмолу', 0, 'city', 'Astana', 'Astana', {'note': 'NI:name of the capital 1992-1998; the city, not Akmola Region'}),
        ('Астаной', 0, 'city', 'Astana', 'Astana', {'note': 'NI:renaming of 1998'}),
        ('Аркалык', 0, 'city', 'Arkalyk', KOR, {'note': 'the abandoned hotel fire is in Arkalyk'}),
        ('Тургайской области', 0, 'region', KOR, KOR, {'uncertain': True, 'note': 'NI:Turgay Region (abolished 1997), labelled with the unit holding its land'}),
        ('улице Байтурсынова', 0, 'facility', 'Baitursynov Street (Arkalyk)', KOR, {'subkind': 'street', 'note': 'street named after a person'}),
        ('Костанайской области', 0, 'region', KOR, KOR, {'note': 'inside the name of an authority'}),
        ('Жезказган', 0, 'city', 'Zhezkazgan', KR, {'note': 'NI:Karaganda Region before 2022-06-08'}),
        ('Карагандинской области', 0, 'region', KR, KR, {'note': 'NI:background'}),
        ('Кокшетау', 0, 'city', 'Kokshetau', AKR, {'note': 'NI:regional centre since 1999'}),
        ('Акмолинской области', 0, 'region', AKR, AKR, {'note': 'NI:background'}),
        ('Талдыкорган', 0, 'city', 'Taldykorgan', ALR, {'note': 'NI:regional centre since 2001'}),
        ('Алматинской', 1, 'region', ALR, ALR, {'note': 'NI:elliptical, head noun understood'}),
        ('Семипалатинске', 0, 'city', 'Semey', EKR, {'note': "Soviet name; recalled pensioners' blockade of March 1997"}),
        ('Семей', 0, 'city', 'Semey', EKR, {'note': 'NI:present name'}),
        ('Иртыш', 0, 'facility', 'Irtysh River', N, {'subkind': 'river', 'note': 'the blocked bridge crosses it in Semey'}),
        ('Талдыкоргана', 0, 'city', 'Taldykorgan', ALR, {'note': 'collision on the bypass; Almaty Region before 2022-06-08'}),
        ('Алматинской области', 0, 'region', ALR, ALR, {'note': 'inside the name of an authority'}),
        ('Семипалатинской', 0, 'region', EKR, EKR, {'uncertain': True, 'note': 'NI:abolished Semipalatinsk Region, in a list sharing "областей"; labelled with the unit holding its land'}),
        ('Талды-Курганской', 0, 'region', ALR, ALR, {'uncertain': True, 'note': 'NI:abolished Taldy-Kurgan Region, in a list sharing "областей"; labelled with the unit holding its land'}),
     ],
     inc={KOR: (1, 'roof fire in an abandoned hotel on Baitursynov Street, Arkalyk'),
          EKR: (1, "recalled: pensioners' blockade of the Irtysh bridge in Semipalatinsk, March 1997"),
          ALR: (1, 'bus and lorry collide on the Taldykorgan bypass, seven hurt')}),

dict(id='p015', date='2020-09-12', lang='ru',
     event='2020 thirtieth anniversary of the September 1990 beryllium explosion at a plant in Ust-Kamenogorsk; today: three dacha houses burnt on the left bank of the Irtysh (East Kazakhstan Region); crew from Ridder (Leninogorsk); Kazakh name Өскемен in a Russian text',
     text="""Тридцать лет после бериллиевого облака
УСТЬ-КАМЕНОГОРСК, 12 сентября (Азия-Пресс). Ровно 30 лет назад, 12 сентября 1990 года, на одном из заводов Усть-Каменогорска произошёл взрыв в цехе по производству бериллия. Облако ядовитой пыли накрыло правобережную часть города; жителей официально не предупредили, а о масштабах выброса стало известно лишь спустя годы. Продукцию завода тогда отправляли в Россию и Японию.
Годовщину город встретил новым происшествием: в субботу утром на левом берегу Иртыша, в дачном массиве, сгорели три садовых домика, сообщили в департаменте по чрезвычайным ситуациям Восточно-Казахстанской области. На помощь прибыл расчёт из Риддера (бывший Лениногорск), проводивший учения неподалёку.
Өскемен, как город называется по-казахски, отмечает в этом году 300-летие.""",
     ann=[
        ('УСТЬ-КАМЕНОГОРСК', 0, 'city', 'Oskemen', EKR, {'note': 'dateline'}),
        ('Усть-Каменогорска', 0, 'city', 'Oskemen', EKR, {'note': 'recalled explosion at a plant, 12 September 1990'}),
        ('Россию', 0, 'foreign', 'Russia', N, {'note': 'NI:export destination'}),
        ('Японию', 0, 'foreign', 'Japan', N, {'note': 'NI:export destination'}),
        ('Иртыша', 0, 'facility', 'Irtysh River', N, {'subkind': 'river', 'note': 'the dacha fire is on its left bank in Oskemen'}),
        ('Восточно-Казахстанской области', 0, 'region', EKR, EKR, {'note': 'inside the name of an authority'}),
        ('Риддера', 0, 'city', 'Ridder', EKR, {'note': 'NI:origin of a fire crew'}),
        ('Лениногорск', 0, 'city', 'Ridder', EKR, {'note': 'NI:Soviet name of Ridder'}),
        ('Өскемен', 0, 'city', 'Oskemen', EKR, {'note': 'NI:Kazakh name in a Russian text'}),
     ],
     inc={EKR: (2, 'recalled: beryllium explosion at a plant in Ust-Kamenogorsk, 12 September 1990; today: three dacha houses burnt on the left bank of the Irtysh')}),

dict(id='p016', date='2025-08-20', lang='ru',
     event='2025 lorry fire at the Nur Zholy border crossing near Khorgos (Jetisu Region); Zharkent called Panfilov 1942-1991, Panfilov district, General Panfilov (person); recalled: the August 1969 border clash at Lake Zhalanashkol in present Alakol district, then Taldy-Kurgan Region',
     text="""Пожар на Хоргосе и память о Жаланашколе
ЖАРКЕНТ, 20 августа (Азия-Пресс). На пункте пропуска «Нур Жолы» у Хоргоса, крупнейшем сухопутном переходе между Казахстаном и Китаем, в среду загорелась фура с пластиковой посудой. Огонь потушили за час, водитель не пострадал, сообщили в департаменте по ЧС области Жетісу.
Жаркент, который с 1942 по 1991 год назывался Панфиловом, остаётся центром Панфиловского района. Название района напоминает о генерале Иване Панфилове, чья дивизия формировалась в Алма-Ате.
На прошлой неделе исполнилось 56 лет событиям у озера Жаланашколь в нынешнем Алакольском районе: в августе 1969 года советские пограничники вступили там в бой с китайскими военными, двое пограничников погибли. Тогда эти земли относились к Талды-Курганской области.""",
     ann=[
        ('Хоргосе', 0, 'village', 'Khorgos', JTR, {'note': 'headline; the border crossing at the village'}),
        ('Жаланашколе', 0, 'facility', 'Lake Zhalanashkol', N, {'subkind': 'lake', 'note': 'headline; natural feature in Alakol district (Jetisu Region)'}),
        ('ЖАРКЕНТ', 0, 'city', 'Zharkent', JTR, {'note': 'dateline; Jetisu Region since 2022-06-08'}),
        ('Нур Жолы', 0, 'facility', 'Nur Zholy border crossing (Khorgos)', JTR, {'subkind': 'border crossing'}),
        ('Хоргоса', 0, 'village', 'Khorgos', JTR),
        ('Казахстаном', 0, 'country', 'Kazakhstan', N),
        ('Китаем', 0, 'foreign', 'China', N, {'note': 'NI:background'}),
        ('Жетісу', 0, 'region', JTR, JTR, {'note': 'inside the name of an authority (official Russian form "область Жетісу"; only the name is annotated)'}),
        ('Жаркент', 0, 'city', 'Zharkent', JTR, {'note': 'NI:background'}),
        ('Панфиловом', 0, 'city', 'Zharkent', JTR, {'note': 'NI:Soviet name of Zharkent; not the person'}),
        ('Панфиловского района', 0, 'district', 'Panfilov District', JTR, {'note': 'NI:background'}),
        ('Алма-Ате', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:where a wartime division was formed'}),
        ('Жаланашколь', 0, 'facility', 'Lake Zhalanashkol', N, {'subkind': 'lake', 'note': 'recalled border clash of August 1969; natural feature'}),
        ('Алакольском районе', 0, 'district', 'Alakol District', JTR, {'note': 'location of the recalled 1969 clash'}),
        ('Талды-Курганской области', 0, 'region', JTR, JTR, {'uncertain': True, 'note': 'NI:Taldy-Kurgan Region (abolished 1997), labelled with the unit holding its land on the article date'}),
     ],
     inc={JTR: (2, 'today: lorry fire at the Nur Zholy crossing near Khorgos; recalled: border clash at Lake Zhalanashkol, Alakol district, August 1969')}),
]
