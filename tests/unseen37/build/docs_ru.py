"""Russian texts of the thirty-seventh unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
JR, ALR, KYR, TR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'Turkistan Region', 'South Kazakhstan Region'
ABR, JTR, EKR, MR, KOR = 'Abai Region', 'Jetisu Region', 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR, UR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region', 'Ulytau Region'
ATR, AR, WKR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region'
KZ = ('country', 'Kazakhstan', N)

DOCS = [
dict(id='p009', date='2018-06-25', lang='ru',
     event='2018 Moscow paper on the reform six days after it: Shymkent a city of republican significance, South Kazakhstan renamed Turkistan Region; gas cylinder blast in a Shymkent cafe and a market fire in Kentau (Turkistan Region); Arys, Lenger and Shornak in Turkistan Region',
     text="""Шымкент вышел из области
МОСКВА, 25 июня — «Российская газета». Карта юга Казахстана изменилась: с 19 июня Шымкент стал третьим после Астаны и Алма-Аты городом республиканского значения, а Южно-Казахстанская область переименована в Туркестанскую. Областные учреждения переедут из Шымкента в Туркестан, древний город с мавзолеем Ходжи Ахмеда Ясави, до которого около 160 километров.
Для российского бизнеса это означает новых партнёров. Компания из Екатеринбурга, которая строит цементный завод в Сайрамском районе, теперь ведёт дела с акиматом Туркестанской области, а её офис в Шымкенте — с городским акиматом. Металлурги из Челябинска рассчитывают на заказы для нового аэропорта в Туркестане.
Первые дни реформы омрачили два происшествия. В субботу в кафе на улице Байтурсынова в Шымкенте взорвался газовый баллон: ранены шесть человек, в том числе гражданин России из Оренбурга. В тот же день в Кентау сгорели 40 павильонов рынка, пострадавших нет. По данным департамента по ЧС Туркестанской области, огонь в Кентау тушили четыре часа.
В самом Туркестане уже начали сносить ветхие дома вокруг исторического центра, а в посёлке Шорнак под городом выделена земля под жилой квартал для госслужащих. Жители Арыси и Ленгера, которые остались в Туркестанской области, пока не знают, в какой город им теперь ездить за справками.
Местные эксперты считают, что Шымкент, где живёт больше миллиона человек, давно перерос роль областного центра. Туркестану же предстоит за несколько лет построить жильё для тысяч чиновников, часть которых пока будет ездить на работу по трассе Шымкент — Туркестан.
Генеральное консульство Казахстана в Казани и посольство в Москве уже разослали российским партнёрам письма с новыми адресами ведомств.""",
     ann=[
        ('Шымкент', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'headline'}),
        ('МОСКВА', 0, 'foreign', 'Moscow', N, {'note': 'dateline'}),
        ('Казахстана', 0) + KZ,
        ('Шымкент', 1, 'city', 'Shymkent', 'Shymkent', {'note': 'new status from 2018-06-19'}),
        ('Астаны', 0, 'city', 'Astana', 'Astana', {'note': 'NI:comparison'}),
        ('Алма-Аты', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:comparison; old Russian name'}),
        ('Южно-Казахстанская область', 0, 'region', TR, TR, {'uncertain': True, 'note': 'NI:the renamed region, labelled with the unit on the article date (unseen15 decision)'}),
        ('Туркестанскую', 0, 'region', TR, TR, {'note': 'NI:region named by its adjective alone (elliptical "область")'}),
        ('Шымкента', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:old seat of offices'}),
        ('Туркестан', 0, 'city', 'Turkistan', TR, {'note': 'NI:new seat of offices'}),
        ('мавзолеем Ходжи Ахмеда Ясави', 0, 'facility', 'Khoja Ahmed Yasawi mausoleum (Turkistan)', TR, {'subkind': 'mausoleum'}),
        ('Екатеринбурга', 0, 'foreign', 'Yekaterinburg', N, {'note': 'NI:home city of a company'}),
        ('Сайрамском районе', 0, 'district', 'Sairam District', TR, {'note': 'NI:site of a plant under construction'}),
        ('Туркестанской области', 0, 'region', TR, TR, {'note': 'NI:inside the name of an authority'}),
        ('Шымкенте', 0, 'city', 'Shymkent', 'Shymkent', {'note': "NI:a company's office"}),
        ('Челябинска', 0, 'foreign', 'Chelyabinsk', N, {'note': 'NI:origin'}),
        ('Туркестане', 0, 'city', 'Turkistan', TR, {'note': 'NI:planned airport'}),
        ('улице Байтурсынова', 0, 'facility', 'Baitursynov Street (Shymkent)', 'Shymkent', {'subkind': 'street', 'note': 'street named after a person'}),
        ('Шымкенте', 1, 'city', 'Shymkent', 'Shymkent', {'note': 'gas cylinder blast in a cafe'}),
        ('России', 0, 'foreign', 'Russia', N),
        ('Оренбурга', 0, 'foreign', 'Orenburg', N, {'note': 'NI:home city of an injured man'}),
        ('Кентау', 0, 'city', 'Kentau', TR, {'note': 'market fire'}),
        ('Туркестанской области', 1, 'region', TR, TR, {'note': 'NI:inside the name of an authority'}),
        ('Кентау', 1, 'city', 'Kentau', TR),
        ('Туркестане', 1, 'city', 'Turkistan', TR, {'note': 'NI:demolition of old houses (planned works)'}),
        ('Шорнак', 0, 'village', 'Shornak', TR, {'note': 'NI:land allotted for housing'}),
        ('Арыси', 0, 'city', 'Arys', TR, {'note': 'NI:residence'}),
        ('Ленгера', 0, 'city', 'Lenger', TR, {'note': 'NI:residence'}),
        ('Туркестанской области', 2, 'region', TR, TR, {'note': 'NI:membership of towns'}),
        ('Шымкент', 2, 'city', 'Shymkent', 'Shymkent'),
        ('Туркестану', 0, 'city', 'Turkistan', TR),
        ('Шымкент', 3, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:route endpoint'}),
        ('Туркестан', 1, 'city', 'Turkistan', TR, {'note': 'NI:route endpoint'}),
        ('Казахстана', 1) + KZ,
        ('Казани', 0, 'foreign', 'Kazan', N, {'note': 'NI:seat of a consulate'}),
        ('Москве', 0, 'foreign', 'Moscow', N, {'note': 'NI:seat of an embassy'}),
     ],
     inc={'Shymkent': (1, 'gas cylinder blast in a cafe on Baitursynov Street, six injured'),
          TR: (1, 'fire destroying 40 market pavilions in Kentau')}),

dict(id='p010', date='2006-02-14', lang='ru',
     event='2006 student from Aktobe beaten in Moscow; earlier attacks on Kazakh citizens in St Petersburg and Volgograd (all abroad, not counted); Shymkent in South Kazakhstan Region; consulate in Astrakhan (no incident)',
     text="""Посольство Казахстана требует найти напавших на студента в Москве
МОСКВА, 14 февраля. Интерфакс. Посольство Казахстана в России направило ноту в МИД РФ в связи с нападением на студента из Актобе, избитого в ночь на воскресенье у станции метро «Юго-Западная» в Москве.
Как сообщили в посольстве, 20-летний студент Российского университета дружбы народов получил черепно-мозговую травму и находится в больнице. Нападавших было пятеро. Его родители вылетели из Актобе в Москву, билеты оплатил акимат Актюбинской области.
Это уже третий случай за зиму: в январе в Санкт-Петербурге пострадали двое граждан Казахстана из Уральска и Костаная, в декабре — студентка из Шымкента в Волгограде. Генеральное консульство в Астрахани рекомендовало студентам из Атырауской и Западно-Казахстанской областей не ходить поодиночке по вечерам.
В Астане посла России пригласили в МИД для беседы.""",
     ann=[
        ('Казахстана', 0) + KZ + ({'note': 'headline; inside the name of an authority'},),
        ('Москве', 0, 'foreign', 'Moscow', N, {'note': 'headline; attack abroad, not counted'}),
        ('МОСКВА', 0, 'foreign', 'Moscow', N, {'note': 'dateline'}),
        ('Казахстана', 1) + KZ + ({'note': 'inside the name of an authority'},),
        ('России', 0, 'foreign', 'Russia', N),
        ('РФ', 0, 'foreign', 'Russia', N, {'note': 'abbreviation inside the name of an authority'}),
        ('Актобе', 0, 'city', 'Aktobe', AR, {'note': 'NI:home city of the student'}),
        ('«Юго-Западная»', 0, 'foreign', 'Yugo-Zapadnaya metro station (Moscow)', N, {'note': 'metro station abroad'}),
        ('Москве', 1, 'foreign', 'Moscow', N),
        ('Актобе', 1, 'city', 'Aktobe', AR, {'note': 'NI:origin of a flight'}),
        ('Москву', 0, 'foreign', 'Moscow', N, {'note': 'NI:destination'}),
        ('Актюбинской области', 0, 'region', AR, AR, {'note': 'NI:inside the name of an authority'}),
        ('Санкт-Петербурге', 0, 'foreign', 'Saint Petersburg', N, {'note': 'attack abroad; not counted'}),
        ('Казахстана', 2) + KZ,
        ('Уральска', 0, 'city', 'Oral', WKR, {'note': 'NI:residence of a victim'}),
        ('Костаная', 0, 'city', 'Kostanay', KOR, {'note': 'NI:residence of a victim'}),
        ('Шымкента', 0, 'city', 'Shymkent', SKR, {'note': 'NI:residence of a victim; South Kazakhstan Region before 2018-06-19'}),
        ('Волгограде', 0, 'foreign', 'Volgograd', N, {'note': 'attack abroad; not counted'}),
        ('Астрахани', 0, 'foreign', 'Astrakhan', N, {'note': 'NI:seat of a consulate'}),
        ('Атырауской', 0, 'region', ATR, ATR, {'note': 'NI:list sharing the head noun "областей"'}),
        ('Западно-Казахстанской', 0, 'region', WKR, WKR, {'note': 'NI:list sharing the head noun "областей"'}),
        ('Астане', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the ministry'}),
        ('России', 1, 'foreign', 'Russia', N),
     ],
     inc={}),

dict(id='p011', date='2013-09-04', lang='ru',
     event='2013 pipe maker from Aksay (Rostov Oblast, Russia) supplies the Karachaganak field near Aksai (Burlin district, West Kazakhstan Region); namesakes confused (no incident)',
     text="""Трубы из Аксая поедут в Аксай
МОСКВА, 4 сентября — «Коммерсантъ». Завод нефтегазового оборудования из Аксая Ростовской области подписал контракт на поставку труб для Карачаганакского месторождения, которое разрабатывается рядом с казахстанским городом Аксай в Бурлинском районе Западно-Казахстанской области. Сумма сделки, по данным газеты, составляет около 40 млн долларов.
Совпадение названий уже вызвало путаницу: первый пакет документов курьерская служба из Ростова-на-Дону доставила не в Западный Казахстан, а в соседний с заводом Аксайский район. Представитель завода в шутку называет сделку «внутренним аксайским рынком».
Трубы пойдут по железной дороге через Саратов и Уральск. Монтаж начнётся весной, подрядчиком выступит компания «Аксайгазстрой» из Оренбурга. Губернатор Ростовской области пригласил акима Бурлинского района на донской фестиваль в ноябре.""",
     ann=[
        ('Аксая', 0, 'foreign', 'Aksay (Rostov Oblast)', N, {'note': 'headline; the Russian namesake'}),
        ('Аксай', 0, 'city', 'Aksai', WKR, {'note': 'headline; the Kazakh town'}),
        ('МОСКВА', 0, 'foreign', 'Moscow', N, {'note': 'dateline'}),
        ('Аксая', 1, 'foreign', 'Aksay (Rostov Oblast)', N, {'note': 'NI:home town of the plant'}),
        ('Ростовской области', 0, 'foreign', 'Rostov Oblast', N),
        ('Карачаганакского месторождения', 0, 'facility', 'Karachaganak field', WKR, {'subkind': 'gas field'}),
        ('Аксай', 1, 'city', 'Aksai', WKR),
        ('Бурлинском районе', 0, 'district', 'Burlin District', WKR),
        ('Западно-Казахстанской области', 0, 'region', WKR, WKR),
        ('Ростова-на-Дону', 0, 'foreign', 'Rostov-on-Don', N),
        ('Казахстан', 0) + KZ + ({'note': 'directional phrase "Западный Казахстан": only the country'},),
        ('Аксайский район', 0, 'foreign', 'Aksaysky District (Rostov Oblast)', N),
        ('Саратов', 0, 'foreign', 'Saratov', N, {'note': 'NI:route point'}),
        ('Уральск', 0, 'city', 'Oral', WKR, {'note': 'NI:route point'}),
        ('Оренбурга', 0, 'foreign', 'Orenburg', N, {'note': 'NI:home city of a company named after Aksai'}),
        ('Ростовской области', 1, 'foreign', 'Rostov Oblast', N, {'note': "inside an official's title"}),
        ('Бурлинского района', 0, 'district', 'Burlin District', WKR, {'note': "NI:inside an official's title"}),
     ],
     inc={}),

dict(id='p012', date='2022-09-28', lang='ru',
     event='2022 Russians entering Kazakhstan after the mobilisation: checkpoints in West Kazakhstan, Kostanay and Pavlodar regions, Semey in the new Abai Region, Oskemen in East Kazakhstan Region, transit via Almaty, Astana eleven days after its renaming back from Nur-Sultan (no incident)',
     text="""Поток россиян на казахстанской границе не ослабевает
АСТАНА, 28 сентября. /ТАСС/. За неделю после объявления частичной мобилизации в России в Казахстан въехали более 98 тысяч граждан РФ, сообщило МВД республики. Больше всего людей прошли через пункты пропуска в Западно-Казахстанской и Костанайской областях, а также через пункт «Шарбакты» в Павлодарской области.
В Уральске и Костанае гостиницы заполнены, в кинотеатрах и спортзалах открыты пункты временного размещения. Много приезжих в Петропавловске и в Семее, который с июня стал центром новой Абайской области. На пункте пропуска «Таскала» под Уральском очередь из автомобилей растянулась на 10 километров.
Часть россиян добирается до Алматы транзитом через Киргизию, откуда многие затем летят в Ереван, Тбилиси и Стамбул. В аэропорту Алматы на минувших выходных не осталось билетов на рейсы в Дубай. Власти Казахстана подчёркивают, что граждане России могут находиться в стране без регистрации до 30 дней.
В Семее волонтёры открыли бесплатное жильё в общежитиях педагогического университета, в Усть-Каменогорске прибывших размещают в санатории на берегу Иртыша. Акимат Северо-Казахстанской области сообщил, что за неделю через пункты пропуска региона прошли около 9 тысяч человек.
В Астане, которая 17 сентября вернула себе прежнее имя (с 2019 года город назывался Нур-Султан), МИД заявил, что не намерен выдавать россиян по запросам Москвы, если они не находятся в международном розыске.
Большая часть прибывших — жители Омской, Оренбургской и Новосибирской областей. В Петропавловске и Костанае акиматы открыли горячие линии для приезжих из России, а банки в Уральске сообщили о длинных очередях желающих открыть счёт.""",
     ann=[
        ('АСТАНА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('России', 0, 'foreign', 'Russia', N),
        ('Казахстан', 0) + KZ,
        ('РФ', 0, 'foreign', 'Russia', N),
        ('Западно-Казахстанской', 0, 'region', WKR, WKR, {'note': 'list sharing the head noun "областях"'}),
        ('Костанайской', 0, 'region', KOR, KOR, {'note': 'list sharing the head noun "областях"'}),
        ('Шарбакты', 0, 'facility', 'Sharbakty checkpoint', PR, {'subkind': 'checkpoint'}),
        ('Павлодарской области', 0, 'region', PR, PR),
        ('Уральске', 0, 'city', 'Oral', WKR),
        ('Костанае', 0, 'city', 'Kostanay', KOR),
        ('Петропавловске', 0, 'city', 'Petropavl', NKR),
        ('Семее', 0, 'city', 'Semey', ABR, {'note': 'Abai Region since 2022-06-08'}),
        ('Абайской области', 0, 'region', ABR, ABR),
        ('Таскала', 0, 'facility', 'Taskala checkpoint', WKR, {'subkind': 'checkpoint'}),
        ('Уральском', 0, 'city', 'Oral', WKR, {'note': 'NI:reference point'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:transit point'}),
        ('Киргизию', 0, 'foreign', 'Kyrgyzstan', N),
        ('Ереван', 0, 'foreign', 'Yerevan', N),
        ('Тбилиси', 0, 'foreign', 'Tbilisi', N),
        ('Стамбул', 0, 'foreign', 'Istanbul', N),
        ('аэропорту Алматы', 0, 'facility', 'Almaty International Airport', 'Almaty', {'subkind': 'airport'}),
        ('Дубай', 0, 'foreign', 'Dubai', N),
        ('Казахстана', 0) + KZ,
        ('России', 1, 'foreign', 'Russia', N),
        ('Семее', 1, 'city', 'Semey', ABR),
        ('Усть-Каменогорске', 0, 'city', 'Oskemen', EKR),
        ('Иртыша', 0, 'facility', 'Irtysh', N, {'subkind': 'river'}),
        ('Северо-Казахстанской области', 0, 'region', NKR, NKR, {'note': 'inside the name of an authority'}),
        ('Астане', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the ministry'}),
        ('Нур-Султан', 0, 'city', 'Astana', 'Astana', {'note': 'the name of the capital in 2019-2022'}),
        ('Москвы', 0, 'foreign', 'Moscow', N, {'note': 'metonymy for the Russian authorities'}),
        ('Омской', 0, 'foreign', 'Omsk Oblast', N, {'note': 'list sharing the head noun "областей"'}),
        ('Оренбургской', 0, 'foreign', 'Orenburg Oblast', N),
        ('Новосибирской', 0, 'foreign', 'Novosibirsk Oblast', N),
        ('Петропавловске', 1, 'city', 'Petropavl', NKR),
        ('Костанае', 1, 'city', 'Kostanay', KOR),
        ('России', 2, 'foreign', 'Russia', N),
        ('Уральске', 1, 'city', 'Oral', WKR),
     ],
     inc={}),

dict(id='p013', date='2015-04-22', lang='ru',
     event='2015 steppe fire spreads from Kurgan Oblast (Russia) into Mendykara district, burning houses in Vvedenka and Budennovka (Kostanay Region); minibus crash near Zverinogolovskoye injures Lisakovsk residents (abroad, not counted)',
     text="""Степной пожар перешёл из Курганской области в Казахстан
КУРГАН, 22 апреля — РИА Новости. Степной пожар, начавшийся в Звериноголовском районе Курганской области, во вторник перекинулся через границу в Мендыкаринский район Костанайской области Казахстана, сообщили в МЧС республики. В селе Введенка огонь уничтожил 12 жилых домов, в соседнем селе Буденновка сгорели сараи и стога сена. Погибших нет, 40 жителей переселены в школу райцентра Боровской.
Тушить пожар помогали пожарные расчёты из Костаная и Рудного, а также российские спасатели из Кургана.
В тот же день на трассе Курган — Костанай у села Звериноголовское столкнулись микроавтобус и грузовик. Пострадали пятеро граждан Казахстана, жителей Лисаковска, которые возвращались домой из Челябинска. Их доставили в больницу Кургана; консул Казахстана в Омске выехал на место.""",
     ann=[
        ('Курганской области', 0, 'foreign', 'Kurgan Oblast', N, {'note': 'headline'}),
        ('Казахстан', 0) + KZ + ({'note': 'headline'},),
        ('КУРГАН', 0, 'foreign', 'Kurgan', N, {'note': 'dateline'}),
        ('Звериноголовском районе', 0, 'foreign', 'Zverinogolovsky District', N, {'note': 'origin of the fire abroad'}),
        ('Курганской области', 1, 'foreign', 'Kurgan Oblast', N),
        ('Мендыкаринский район', 0, 'district', 'Mendykara District', KOR),
        ('Костанайской области', 0, 'region', KOR, KOR),
        ('Казахстана', 0) + KZ,
        ('Введенка', 0, 'village', 'Vvedenka', KOR, {'note': 'houses burnt'}),
        ('Буденновка', 0, 'village', 'Budennovka', KOR, {'note': 'same fire'}),
        ('Боровской', 0, 'village', 'Borovskoy', KOR, {'note': 'NI:evacuation point, district centre'}),
        ('Костаная', 0, 'city', 'Kostanay', KOR, {'note': 'NI:origin of firefighters'}),
        ('Рудного', 0, 'city', 'Rudny', KOR, {'note': 'NI:origin of firefighters'}),
        ('Кургана', 0, 'foreign', 'Kurgan', N, {'note': 'NI:origin of rescuers'}),
        ('Курган', 0, 'foreign', 'Kurgan', N, {'note': 'NI:route endpoint'}),
        ('Костанай', 0, 'city', 'Kostanay', KOR, {'note': 'NI:route endpoint'}),
        ('Звериноголовское', 0, 'foreign', 'Zverinogolovskoye', N, {'note': 'road accident abroad; not counted'}),
        ('Казахстана', 1) + KZ,
        ('Лисаковска', 0, 'city', 'Lisakovsk', KOR, {'note': 'NI:residence of the injured'}),
        ('Челябинска', 0, 'foreign', 'Chelyabinsk', N, {'note': 'NI:origin of the trip'}),
        ('Кургана', 1, 'foreign', 'Kurgan', N, {'note': 'NI:hospital city'}),
        ('Казахстана', 2) + KZ,
        ('Омске', 0, 'foreign', 'Omsk', N, {'note': 'NI:seat of a consul'}),
     ],
     inc={KOR: (1, 'steppe fire in Mendykara district burning houses in Vvedenka and sheds in Budennovka (one fire); the crash near Zverinogolovskoye is abroad')}),

dict(id='p014', date='1995-10-12', lang='ru',
     event='1995 Cossack rally outside the regional administration in Uralsk with seven detained (West Kazakhstan Region); Moscow Duma deputies in Alma-Ata; Cossacks from Aksai, Chapaev and Terekty district (NI)',
     text="""Казаки Уральска вышли на площадь
МОСКВА, 12 октября — «Независимая газета». Около 300 казаков собрались в среду у здания областной администрации в Уральске, требуя зарегистрировать их общество и вернуть ему землю на правом берегу Урала. Полиция задержала атамана и ещё шестерых участников акции; к вечеру площадь была очищена.
По словам организаторов, на сбор съехались казаки из Аксая, Чапаева и посёлков Теректинского района, а также гости из Оренбурга и Самары. Власти Западно-Казахстанской области назвали собрание несанкционированным.
Депутаты Государственной думы, прилетевшие в Алма-Ату, намерены обсудить положение русскоязычного населения Казахстана в МИД республики. Похожие требования казачьи общества выдвигали летом в Усть-Каменогорске и Петропавловске, но там до задержаний не дошло.
В Москве акцию поддержали представители казачьих организаций из России.""",
     ann=[
        ('Уральска', 0, 'city', 'Oral', WKR, {'note': 'headline'}),
        ('МОСКВА', 0, 'foreign', 'Moscow', N, {'note': 'dateline'}),
        ('Уральске', 0, 'city', 'Oral', WKR, {'note': 'Cossack rally with seven detained'}),
        ('Урала', 0, 'facility', 'Ural', N, {'subkind': 'river'}),
        ('Аксая', 0, 'city', 'Aksai', WKR, {'note': 'NI:origin of participants'}),
        ('Чапаева', 0, 'village', 'Chapaev', WKR, {'note': 'NI:origin of participants; the village now called Akzhaik'}),
        ('Теректинского района', 0, 'district', 'Terekty District', WKR, {'note': 'NI:origin of participants'}),
        ('Оренбурга', 0, 'foreign', 'Orenburg', N, {'note': 'NI:origin of guests'}),
        ('Самары', 0, 'foreign', 'Samara', N, {'note': 'NI:origin of guests'}),
        ('Западно-Казахстанской области', 0, 'region', WKR, WKR, {'note': 'NI:inside the name of an authority'}),
        ('Алма-Ату', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:destination of deputies; the capital in 1995'}),
        ('Казахстана', 0) + KZ,
        ('Усть-Каменогорске', 0, 'city', 'Oskemen', EKR, {'note': 'NI:demands without a reported event'}),
        ('Петропавловске', 0, 'city', 'Petropavl', NKR, {'note': 'NI:demands without a reported event'}),
        ('Москве', 0, 'foreign', 'Moscow', N),
        ('России', 0, 'foreign', 'Russia', N),
     ],
     inc={WKR: (1, 'Cossack rally outside the regional administration in Uralsk with seven detained (one event)')}),

dict(id='p015', date='2010-07-06', lang='ru',
     event='2010 Customs Union leaders at an informal summit in Astana and at the Borovoe resort (Akmola Region); queues at checkpoints near Petropavl and Oral; Belarus, Soligorsk, Brest (no incident)',
     text="""Таможенный союз отметили в Боровом
АСТАНА, 6 июля — «Коммерсантъ». Президенты России, Белоруссии и Казахстана завершили в Астане неформальный саммит, посвящённый запуску единой таможенной территории. Вторую половину дня лидеры провели на курорте Боровое в Акмолинской области, в 250 километрах от казахстанской столицы, где осмотрели новый конгресс-холл на берегу озера Щучье.
С 1 июля таможенный контроль на российско-казахстанской границе снят для большинства товаров. Впрочем, на пунктах пропуска под Петропавловском и Уральском очереди грузовиков пока не исчезли, признали в Комитете таможенного контроля Казахстана.
Белорусская сторона рассчитывает, что через Казахстан пойдут транзитные поставки калийных удобрений из Солигорска в Китай. В Минске заявили, что следующая встреча «тройки» может пройти осенью в Бресте, а в Москве назвали другую дату — декабрь.""",
     ann=[
        ('Боровом', 0, 'village', 'Burabay', AKR, {'note': 'headline; Borovoe, the Russian name of Burabay'}),
        ('АСТАНА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('России', 0, 'foreign', 'Russia', N),
        ('Белоруссии', 0, 'foreign', 'Belarus', N),
        ('Казахстана', 0) + KZ,
        ('Астане', 0, 'city', 'Astana', 'Astana', {'note': 'venue of a summit'}),
        ('Боровое', 0, 'village', 'Burabay', AKR, {'note': 'venue of a summit'}),
        ('Акмолинской области', 0, 'region', AKR, AKR),
        ('Щучье', 0, 'facility', 'Lake Shchuchye', N, {'subkind': 'lake', 'note': 'in Akmola Region'}),
        ('Петропавловском', 0, 'city', 'Petropavl', NKR, {'note': 'NI:reference point for checkpoints'}),
        ('Уральском', 0, 'city', 'Oral', WKR, {'note': 'NI:reference point for checkpoints'}),
        ('Казахстана', 1) + KZ + ({'note': 'inside the name of an authority'},),
        ('Казахстан', 0) + KZ,
        ('Солигорска', 0, 'foreign', 'Soligorsk', N),
        ('Китай', 0, 'foreign', 'China', N),
        ('Минске', 0, 'foreign', 'Minsk', N),
        ('Бресте', 0, 'foreign', 'Brest', N),
        ('Москве', 0, 'foreign', 'Moscow', N),
     ],
     inc={}),

dict(id='p016', date='2021-01-20', lang='ru',
     event='2021 molten metal blow-out at the Aksu ferroalloy plant (Pavlodar Region) injures four, one from the Chinese twin city Aksu in Xinjiang; casualties flown to Nur-Sultan',
     text="""Выброс расплава на заводе в Аксу: пострадали четверо
МОСКВА, 20 января. Интерфакс. Четыре человека получили ожоги при выбросе расплава в плавильном цехе Аксуского завода ферросплавов в Павлодарской области Казахстана, сообщил департамент по ЧС региона. Двое рабочих в тяжёлом состоянии доставлены санавиацией в Нур-Султан, ещё двое — в областную больницу Павлодара.
Среди пострадавших — наладчик из китайского города Аксу в Синьцзяне, который приехал в составе делегации поставщика оборудования. Аксу в Павлодарской области и Аксу в Синьцзяне стали городами-побратимами в 2016 году, и китайские специалисты бывают на заводе регулярно.
Аксуский завод входит в Eurasian Resources Group и выпускает около трети казахстанского ферросилиция. Производство в цехе остановлено, комиссия из Экибастуза и Павлодара проверяет печь. Генеральное консульство КНР в Алматы запросило сведения о состоянии своего гражданина.""",
     ann=[
        ('Аксу', 0, 'city', 'Aksu', PR, {'note': 'headline; the Kazakh town'}),
        ('МОСКВА', 0, 'foreign', 'Moscow', N, {'note': 'dateline'}),
        ('Аксуского завода ферросплавов', 0, 'facility', 'Aksu ferroalloy plant', PR, {'subkind': 'plant', 'note': 'site of the accident'}),
        ('Павлодарской области', 0, 'region', PR, PR),
        ('Казахстана', 0) + KZ,
        ('Нур-Султан', 0, 'city', 'Astana', 'Astana', {'note': 'NI:hospital city'}),
        ('Павлодара', 0, 'city', 'Pavlodar', PR, {'note': 'NI:hospital city'}),
        ('Аксу', 1, 'foreign', 'Aksu (Xinjiang)', N, {'note': 'NI:home city of an injured man; the Chinese namesake'}),
        ('Синьцзяне', 0, 'foreign', 'Xinjiang', N),
        ('Аксу', 2, 'city', 'Aksu', PR, {'note': 'NI:twin city'}),
        ('Павлодарской области', 1, 'region', PR, PR, {'note': 'NI:location of the twin city'}),
        ('Аксу', 3, 'foreign', 'Aksu (Xinjiang)', N, {'note': 'NI:twin city'}),
        ('Синьцзяне', 1, 'foreign', 'Xinjiang', N),
        ('Аксуский завод', 0, 'facility', 'Aksu ferroalloy plant', PR, {'subkind': 'plant'}),
        ('Экибастуза', 0, 'city', 'Ekibastuz', PR, {'note': 'NI:origin of a commission'}),
        ('Павлодара', 1, 'city', 'Pavlodar', PR, {'note': 'NI:origin of a commission'}),
        ('КНР', 0, 'foreign', 'China', N, {'note': 'abbreviation inside the name of a consulate'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:seat of a consulate'}),
     ],
     inc={PR: (1, 'blow-out of molten metal at the Aksu ferroalloy plant, four burnt')}),
]
