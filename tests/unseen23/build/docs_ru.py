"""Russian texts of the twenty-third unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
JR, ALR, KYR, TR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'Turkistan Region', 'South Kazakhstan Region'
ABR, JTR, EKR, MR, KOR = 'Abai Region', 'Jetisu Region', 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR, UR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region', 'Ulytau Region'
ATR, AR, WKR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region'

DOCS = [
dict(id='p009', date='1994-07-12', lang='ru',
     event='1994 expedition from Alma-Ata surveys the mausoleums of Zhoshy Khan and Alasha Khan in Ulytau district of Dzhezkazgan Region (labelled Karaganda Region); Kengir river; helpers from Zhezdy; finds for Satpayev and Karaganda (no incident)',
     text="""Учёные начали обследование мавзолея Жошы-хана
ДЖЕЗКАЗГАН, 12 июля (Интерфакс-Казахстан) – Экспедиция Института археологии из Алма-Аты приступила к обследованию мавзолея Жошы-хана и соседнего мавзолея Алаша-хана в Улытауском районе Джезказганской области, сообщили в областном управлении культуры.
По словам руководителя экспедиции, мавзолей Жошы-хана на левом берегу реки Кенгир, примерно в 50 км к северо-востоку от Джезказгана, нуждается в срочном укреплении купола: за двадцать лет трещины в кладке стали вдвое шире. Это один из древнейших памятников Центрального Казахстана.
Работы оплачивают областная администрация и комбинат «Джезказганцветмет». Рабочих и транспорт выделил совхоз из посёлка Жезды. В августе к учёным присоединятся специалисты из Москвы и Санкт-Петербурга, которые участвовали в раскопках ещё в 1940-х годах.
Находки передадут в краеведческий музей в Сатпаеве, а осенью часть из них покажут на выставке в Караганде.""",
     ann=[
        ('мавзолея Жошы-хана', 0, 'facility', 'Zhoshy Khan Mausoleum', KR, {'subkind': 'mausoleum', 'note': 'headline; named after a person, the generic noun is in the span'}),
        ('ДЖЕЗКАЗГАН', 0, 'city', 'Zhezkazgan', KR, {'note': 'dateline; Dzhezkazgan Region in 1994, Karaganda Region land from 1997'}),
        ('Алма-Аты', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of the expedition'}),
        ('мавзолея Жошы-хана', 1, 'facility', 'Zhoshy Khan Mausoleum', KR, {'subkind': 'mausoleum'}),
        ('мавзолея Алаша-хана', 0, 'facility', 'Alasha Khan Mausoleum', KR, {'subkind': 'mausoleum'}),
        ('Улытауском районе', 0, 'district', 'Ulytau District', KR),
        ('Джезказганской области', 0, 'region', KR, KR, {'uncertain': True, 'note': 'Dzhezkazgan Region, abolished in 1997; labelled with the unit that took its land (Karaganda Region; Ulytau Region since 2022)'}),
        ('мавзолей Жошы-хана', 0, 'facility', 'Zhoshy Khan Mausoleum', KR, {'subkind': 'mausoleum'}),
        ('Кенгир', 0, 'facility', 'Kengir', N, {'subkind': 'river'}),
        ('Джезказгана', 0, 'city', 'Zhezkazgan', KR, {'note': 'NI:reference point'}),
        ('Казахстана', 0, 'country', 'Kazakhstan', N, {'note': 'directional phrase: only the country'}),
        ('Жезды', 0, 'village', 'Zhezdy', KR, {'note': 'NI:origin of workers'}),
        ('Москвы', 0, 'foreign', 'Moscow', N, {'note': 'NI:origin of specialists'}),
        ('Санкт-Петербурга', 0, 'foreign', 'Saint Petersburg', N, {'note': 'NI:origin of specialists'}),
        ('Сатпаеве', 0, 'city', 'Satpayev', KR, {'note': 'NI:museum that receives the finds'}),
        ('Караганде', 0, 'city', 'Karaganda', KR, {'note': 'NI:planned exhibition'}),
     ],
     inc={}),

dict(id='p010', date='2012-09-17', lang='ru',
     event='2012 stampede at the City Day concert on Zhansugurov Square in Taldykorgan, nine injured, and a July stampede in Kapchagay (Almaty Region before the 2022 split); history: Taldy-Kurgan Region abolished 1997, Almaty Region seat moved from Almaty in 2001; Zhetysu v Irtysh at the «Жетысу» stadium; celebrations in Tekeli, Kapchagay, Ushtobe and Zhansugurov village (Aksu district)',
     text="""Давка на концерте в День города в Талдыкоргане: пострадали девять человек
ТАЛДЫКОРГАН, 17 сентября (КазТАГ) – Девять человек, в том числе четверо подростков, получили травмы в давке на праздничном концерте на площади Жансугурова в Талдыкоргане в воскресенье вечером, сообщили в департаменте по чрезвычайным ситуациям Алматинской области.
По данным ДЧС, толпа прорвала ограждение у сцены, когда на неё вышла популярная певица из Алматы. Пострадавших доставили в областную больницу, двое остаются в реанимации с переломами рёбер. Полиция выясняет, почему на площадь пустили около 30 тысяч человек, хотя организаторы рассчитывали на 15 тысяч.
Это уже второй подобный случай в области за лето: в июле во время концерта на городском пляже в Капчагае давка у входа закончилась травмами у трёх человек, после чего областной акимат утвердил новые правила проведения массовых мероприятий.
Талдыкорган отмечал 68 лет со дня получения статуса города. В 1967 году Талды-Курган стал центром Талды-Курганской области, которую упразднили в 1997 году, а в 2001 году сюда из Алматы перенесли центр Алматинской области. С тех пор население города выросло почти до 140 тысяч человек.
Накануне, в субботу, местный «Жетысу» на стадионе «Жетысу» обыграл павлодарский «Иртыш» со счётом 2:1 на глазах у 9 тысяч зрителей. Около двухсот болельщиков гостей приехали из Павлодара на автобусах; по данным полиции, матч прошёл без нарушений.
Праздничные мероприятия прошли также в Текели, Капчагае и Уштобе, а в селе Жансугуров Аксуского района, названном в честь поэта, открыли новый дом культуры на 300 мест.
Аким города пообещал, что в следующем году концерт перенесут на территорию ипподрома на северной окраине, где можно разместить вдвое больше зрителей, и усилят контроль на входе.""",
     ann=[
        ('Талдыкоргане', 0, 'city', 'Taldykorgan', ALR, {'note': 'headline'}),
        ('ТАЛДЫКОРГАН', 0, 'city', 'Taldykorgan', ALR, {'note': 'dateline'}),
        ('площади Жансугурова', 0, 'facility', 'Zhansugurov Square (Taldykorgan)', ALR, {'subkind': 'square', 'note': 'named after a person, the generic noun is in the span'}),
        ('Талдыкоргане', 1, 'city', 'Taldykorgan', ALR),
        ('Алматинской области', 0, 'region', ALR, ALR, {'note': 'inside the name of an authority'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': "NI:the singer's home city"}),
        ('Капчагае', 0, 'city', 'Konaev', ALR, {'note': 'Kapchagay, renamed Konaev in 2022; background stampede in July'}),
        ('Талдыкорган', 0, 'city', 'Taldykorgan', ALR, {'note': 'celebrating its anniversary (no incident)'}),
        ('Талды-Курган', 0, 'city', 'Taldykorgan', ALR, {'note': 'Soviet spelling'}),
        ('Талды-Курганской области', 0, 'region', ALR, ALR, {'uncertain': True, 'note': 'Taldy-Kurgan Region, abolished in 1997; labelled with the unit that holds its land on the article date (Almaty Region)'}),
        ('Алматы', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:former seat of the regional administration'}),
        ('Алматинской области', 1, 'region', ALR, ALR),
        ('Жетысу', 1, 'facility', 'Zhetysu Stadium (Taldykorgan)', ALR, {'subkind': 'stadium', 'note': 'the stadium; the first «Жетысу» is the club'}),
        ('Павлодара', 0, 'city', 'Pavlodar', PR, {'note': 'NI:origin of the visiting fans'}),
        ('Текели', 0, 'city', 'Tekeli', ALR),
        ('Капчагае', 1, 'city', 'Konaev', ALR, {'note': 'Kapchagay, renamed Konaev in 2022; celebrations (no incident)'}),
        ('Уштобе', 0, 'city', 'Ushtobe', ALR),
        ('Жансугуров', 0, 'village', 'Zhansugurov', ALR, {'note': 'village named after the poet'}),
        ('Аксуского района', 0, 'district', 'Aksu District (Almaty Region)', ALR, {'note': 'Aksu district of the former Taldy-Kurgan land; Jetisu Region since 2022'}),
     ],
     inc={ALR: (2, 'stampede at the City Day concert on Zhansugurov Square in Taldykorgan, nine injured (one event: square and city); background July stampede at a beach concert in Kapchagay, three injured')}),

dict(id='p011', date='2021-06-28', lang='ru',
     event='2021 kandas from Uzbekistan (Tashkent and Navoi regions, Karakalpakstan) apply to the Yasawi University in Turkestan; dormitories in Turkestan and Kentau; Shymkent as its own unit; Saryagash, Zhetysai and Otrar districts of Turkistan Region (Zhetysai is not Jetisu) (no incident)',
     text="""Кандасы из Узбекистана подали 640 заявлений в университет в Туркестане
ТУРКЕСТАН, 28 июня (Kazinform) – Приёмная комиссия Международного казахско-турецкого университета имени Ходжи Ахмеда Ясави получила 640 заявлений от этнических казахов из Узбекистана, сообщили в университете в понедельник.
Больше всего заявлений пришло из Ташкентской и Навоийской областей, а также из Каракалпакстана. Для кандасов выделено 300 мест в общежитиях в Туркестане и Кентау, где у университета есть филиал.
В прошлые годы молодые кандасы из Узбекистана чаще поступали в вузы Шымкента и оставались жить в Сарыагашском и Жетысайском районах Туркестанской области. Теперь областной акимат предлагает выпускникам педагогического факультета работу в сельских школах Отырарского района, где не хватает 120 учителей, и служебное жильё.
Экзамены для абитуриентов из-за рубежа пройдут онлайн с 5 по 20 июля.""",
     ann=[
        ('Узбекистана', 0, 'foreign', 'Uzbekistan', N, {'note': 'NI:headline; origin of applicants'}),
        ('Туркестане', 0, 'city', 'Turkistan', TR, {'note': 'headline'}),
        ('ТУРКЕСТАН', 0, 'city', 'Turkistan', TR, {'note': 'dateline'}),
        ('Узбекистана', 1, 'foreign', 'Uzbekistan', N, {'note': 'NI:origin of applicants'}),
        ('Ташкентской', 0, 'foreign', 'Tashkent Region', N, {'note': 'NI:origin; list sharing the head noun "областей"'}),
        ('Навоийской', 0, 'foreign', 'Navoi Region', N, {'note': 'NI:origin; list sharing the head noun "областей"'}),
        ('Каракалпакстана', 0, 'foreign', 'Karakalpakstan', N, {'note': 'NI:origin of applicants'}),
        ('Туркестане', 1, 'city', 'Turkistan', TR),
        ('Кентау', 0, 'city', 'Kentau', TR),
        ('Узбекистана', 2, 'foreign', 'Uzbekistan', N, {'note': 'NI:origin'}),
        ('Шымкента', 0, 'city', 'Shymkent', 'Shymkent'),
        ('Сарыагашском', 0, 'district', 'Saryagash District', TR, {'note': 'list sharing the head noun "районах"'}),
        ('Жетысайском', 0, 'district', 'Zhetysai District', TR, {'note': 'list sharing the head noun "районах"; not Jetisu Region'}),
        ('Туркестанской области', 0, 'region', TR, TR),
        ('Отырарского района', 0, 'district', 'Otrar District', TR),
     ],
     inc={}),

dict(id='p012', date='2015-04-06', lang='ru',
     event='2015 night fire in the east stand of the Gani Muratbayev stadium, home of Kaisar, in Kyzylorda (Kyzylorda Region); firefighters from Shieli; the match with Ordabasy may move to Baikonur; Ordabasy fans from Shymkent (South Kazakhstan Region before 2018)',
     text="""В Кызылорде сгорела трибуна стадиона имени Гани Муратбаева
КЫЗЫЛОРДА, 6 апреля (Tengrinews) – Пожар уничтожил часть восточной трибуны стадиона имени Гани Муратбаева, домашней арены футбольного клуба «Кайсар», в ночь на понедельник, сообщили в департаменте по чрезвычайным ситуациям Кызылординской области.
Огонь охватил около 800 пластиковых кресел и комментаторскую кабину. Пострадавших нет. Тушение заняло почти три часа; на помощь городским пожарным прислали расчёт из Шиели. Предварительная причина – короткое замыкание в проводке электронного табло.
Матч «Кайсар» – «Ордабасы», назначенный на 12 апреля, может пройти без зрителей или будет перенесён в Байконыр, сообщили в клубе. Около 500 болельщиков «Ордабасы» из Шымкента уже купили билеты.
Стадион на 7 тысяч мест был построен в 1964 году и реконструирован в 2011 году.""",
     ann=[
        ('Кызылорде', 0, 'city', 'Kyzylorda', KYR, {'note': 'headline'}),
        ('стадиона имени Гани Муратбаева', 0, 'facility', 'Gani Muratbayev Stadium (Kyzylorda)', KYR, {'subkind': 'stadium', 'note': 'headline; named after a person, the generic noun is in the span'}),
        ('КЫЗЫЛОРДА', 0, 'city', 'Kyzylorda', KYR, {'note': 'dateline'}),
        ('стадиона имени Гани Муратбаева', 1, 'facility', 'Gani Muratbayev Stadium (Kyzylorda)', KYR, {'subkind': 'stadium'}),
        ('Кызылординской области', 0, 'region', KYR, KYR, {'note': 'inside the name of an authority'}),
        ('Шиели', 0, 'village', 'Shieli', KYR, {'note': 'NI:origin of firefighters'}),
        ('Байконыр', 0, 'city', 'Baikonur', KYR, {'note': 'NI:possible venue of a match; leased to Russia'}),
        ('Шымкента', 0, 'city', 'Shymkent', SKR, {'note': 'NI:origin of fans; before the 2018 reform'}),
     ],
     inc={KYR: (1, 'night fire in the east stand of the Gani Muratbayev stadium in Kyzylorda')}),

dict(id='p013', date='2025-12-09', lang='ru',
     event='2025 exhibition in Astana on the five regions abolished in 1997 (Semipalatinsk, Taldy-Kurgan, Turgai, Kokchetav, Dzhezkazgan), labelled with the units holding their land in 2025; their former seats (Semey, Taldykorgan, Zhezkazgan, Arkalyk, Kokshetau) with 2025 units; Abai, Jetisu and Ulytau regions created in 2022 (no incident)',
     text="""«Исчезнувшие области»: в Астане открылась выставка о реформе 1997 года
АСТАНА, 9 декабря (Vlast.kz) – В Национальном музее в Астане во вторник открылась выставка «Исчезнувшие области», посвящённая пяти регионам, упразднённым в 1997 году.
Весной того года указами президента были ликвидированы Семипалатинская, Талды-Курганская, Тургайская, Кокчетавская и Джезказганская области. Семипалатинск отошёл к Восточно-Казахстанской области, Талды-Курган – к Алматинской, Джезказган – к Карагандинской, а Аркалык – к Костанайской. Кокчетав сначала вошёл в состав Северо-Казахстанской области, а в 1999 году стал центром Акмолинской.
На выставке – флаги и гербы областей, карты, фотографии закрытия областных учреждений и письма жителей. Отдельный зал посвящён Аркалыку: город, построенный как центр Тургайской области, с тех пор потерял почти половину населения.
«Многие считали реформу временной, и в 2022 году история отчасти дала им правоту», – сказала куратор выставки. В июне 2022 года были созданы Абайская, Жетысуская и Улытауская области с центрами в Семее, Талдыкоргане и Жезказгане. Тургайскую и Кокчетавскую области восстанавливать не стали.
Выставку подготовили вместе с музеями Костанайской, Акмолинской и Абайской областей, а часть документов предоставил Центральный государственный архив в Алматы. По словам организаторов, за первую неделю её посетили более четырёх тысяч человек, в основном школьники и студенты.
Многие экспонаты принесли сами жители бывших областных центров: таблички с названиями улиц, пригласительные билеты и фотографии последних сессий областных советов.
Среди экспонатов – личные вещи Шокана Уалиханова из фондов Кокшетауского университета его имени и рукописи Ахмета Байтурсынова, уроженца нынешнего Джангельдинского района.
Выставка продлится до конца февраля, а в 2026 году её покажут в Семее, Талдыкоргане, Жезказгане, Аркалыке и Кокшетау.""",
     ann=[
        ('Астане', 0, 'city', 'Astana', 'Astana', {'note': 'headline'}),
        ('АСТАНА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Астане', 1, 'city', 'Astana', 'Astana'),
        ('пяти регионам', 0, 'quantified', '5 regions', N, {'count': 5, 'unit': 'region', 'note': 'the five abolished regions, all named below; not about incidents'}),
        ('Семипалатинская', 0, 'region', ABR, ABR, {'uncertain': True, 'note': 'abolished Semipalatinsk Region; its land is Abai Region on the article date; list sharing the head noun "области"'}),
        ('Талды-Курганская', 0, 'region', JTR, JTR, {'uncertain': True, 'note': 'abolished Taldy-Kurgan Region; its land is Jetisu Region on the article date'}),
        ('Тургайская', 0, 'region', KOR, KOR, {'uncertain': True, 'note': 'abolished Turgai Region; its land is split between Kostanay Region (Arkalyk, most districts) and Akmola Region; labelled Kostanay Region'}),
        ('Кокчетавская', 0, 'region', AKR, AKR, {'uncertain': True, 'note': 'abolished Kokchetav Region; its land is split between Akmola Region (Kokshetau and the south) and North Kazakhstan Region; labelled Akmola Region'}),
        ('Джезказганская', 0, 'region', UR, UR, {'uncertain': True, 'note': 'abolished Dzhezkazgan Region; its land is mostly Ulytau Region on the article date'}),
        ('Семипалатинск', 0, 'city', 'Semey', ABR, {'note': 'old name; Abai Region on the article date'}),
        ('Восточно-Казахстанской области', 0, 'region', EKR, EKR),
        ('Талды-Курган', 0, 'city', 'Taldykorgan', JTR, {'note': 'old spelling; Jetisu Region on the article date'}),
        ('Алматинской', 0, 'region', ALR, ALR, {'note': 'head noun "области" elided'}),
        ('Джезказган', 0, 'city', 'Zhezkazgan', UR, {'note': 'old spelling; Ulytau Region on the article date'}),
        ('Карагандинской', 0, 'region', KR, KR, {'note': 'head noun "области" elided'}),
        ('Аркалык', 0, 'city', 'Arkalyk', KOR),
        ('Костанайской', 0, 'region', KOR, KOR, {'note': 'head noun "области" elided'}),
        ('Кокчетав', 0, 'city', 'Kokshetau', AKR, {'note': 'old name; Akmola Region on the article date'}),
        ('Северо-Казахстанской области', 0, 'region', NKR, NKR),
        ('Акмолинской', 0, 'region', AKR, AKR, {'note': 'head noun "области" elided'}),
        ('Аркалыку', 0, 'city', 'Arkalyk', KOR),
        ('Тургайской области', 0, 'region', KOR, KOR, {'uncertain': True, 'note': 'abolished Turgai Region; labelled Kostanay Region (see above)'}),
        ('Абайская', 0, 'region', ABR, ABR, {'note': 'list sharing the head noun "области"'}),
        ('Жетысуская', 0, 'region', JTR, JTR, {'note': 'list sharing the head noun "области"'}),
        ('Улытауская', 0, 'region', UR, UR, {'note': 'list sharing the head noun "области"'}),
        ('Семее', 0, 'city', 'Semey', ABR),
        ('Талдыкоргане', 0, 'city', 'Taldykorgan', JTR),
        ('Жезказгане', 0, 'city', 'Zhezkazgan', UR),
        ('Тургайскую', 0, 'region', KOR, KOR, {'uncertain': True, 'note': 'abolished Turgai Region; list sharing the head noun "области"'}),
        ('Кокчетавскую', 0, 'region', AKR, AKR, {'uncertain': True, 'note': 'abolished Kokchetav Region; list sharing the head noun "области"'}),
        ('Костанайской', 1, 'region', KOR, KOR, {'note': 'list sharing the head noun "областей"'}),
        ('Акмолинской', 1, 'region', AKR, AKR, {'note': 'list sharing the head noun "областей"'}),
        ('Абайской', 0, 'region', ABR, ABR, {'note': 'list sharing the head noun "областей"'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'seat of an archive'}),
        ('Джангельдинского района', 0, 'district', 'Zhangeldin District', KOR, {'note': "NI:birthplace of a person"}),
        ('Семее', 1, 'city', 'Semey', ABR, {'note': 'NI:planned tour of the exhibition'}),
        ('Талдыкоргане', 1, 'city', 'Taldykorgan', JTR, {'note': 'NI:planned tour of the exhibition'}),
        ('Жезказгане', 1, 'city', 'Zhezkazgan', UR, {'note': 'NI:planned tour of the exhibition'}),
        ('Аркалыке', 0, 'city', 'Arkalyk', KOR, {'note': 'NI:planned tour of the exhibition'}),
        ('Кокшетау', 0, 'city', 'Kokshetau', AKR, {'note': 'NI:planned tour of the exhibition'}),
     ],
     inc={}),

dict(id='p014', date='2010-11-23', lang='ru',
     event='2010 rally of about 200 students outside the West Kazakhstan regional akimat in Uralsk against the closure of a dormitory, 12 detained (West Kazakhstan Region); students from Aksai, Chingirlau, Burlin district, Atyrau Region and Russia; the university named after the region is not a place',
     text="""В Уральске задержали 12 студентов на стихийном митинге
УРАЛЬСК, 23 ноября (КазТАГ) – Полиция задержала 12 человек на стихийном митинге около 200 студентов Западно-Казахстанского аграрно-технического университета имени Жангир хана у здания акимата Западно-Казахстанской области в понедельник, сообщил источник в областном департаменте внутренних дел.
Студенты протестовали против решения ректората закрыть общежитие на проспекте Абулхаир хана и переселить его жильцов в здание на окраине города. Многие из них приехали из Аксая, Чингирлау и сёл Бурлинского района, а также из Атырауской области, и, по их словам, не могут снимать квартиры. Несколько участников акции – этнические казахи из Оренбурга и Самары, получающие стипендию для соотечественников из России.
Задержанных отпустили вечером после составления протоколов, им грозят штрафы. Ректор пообещал сохранить общежитие до конца учебного года.""",
     ann=[
        ('Уральске', 0, 'city', 'Oral', WKR, {'note': 'headline; Russian name of Oral'}),
        ('УРАЛЬСК', 0, 'city', 'Oral', WKR, {'note': 'dateline'}),
        ('Западно-Казахстанской области', 0, 'region', WKR, WKR, {'note': 'inside the name of an authority (the akimat, site of the rally)'}),
        ('проспекте Абулхаир хана', 0, 'facility', 'Abulkhair Khan Avenue (Oral)', WKR, {'subkind': 'street', 'note': 'NI:site of the dormitory; named after a person, the generic noun is in the span'}),
        ('Аксая', 0, 'city', 'Aksai', WKR, {'note': 'NI:origin of students'}),
        ('Чингирлау', 0, 'village', 'Shyngyrlau', WKR, {'note': 'NI:origin of students'}),
        ('Бурлинского района', 0, 'district', 'Burlin District', WKR, {'note': 'NI:origin of students'}),
        ('Атырауской области', 0, 'region', ATR, ATR, {'note': 'NI:origin of students'}),
        ('Оренбурга', 0, 'foreign', 'Orenburg', N, {'note': 'NI:origin of students'}),
        ('Самары', 0, 'foreign', 'Samara', N, {'note': 'NI:origin of students'}),
        ('России', 0, 'foreign', 'Russia', N),
     ],
     inc={WKR: (1, 'rally of about 200 students outside the regional akimat in Uralsk, 12 detained (protest and detentions count once)')}),

dict(id='p015', date='2019-10-02', lang='ru',
     event='2019 international theatre festival named after Mukhtar Auezov opens in Shymkent (its own unit); troupes from Turkestan, Kyzylorda, Taraz, the Auezov district of Almaty, Tashkent, Bishkek and Ankara; Auezov born in Abai district (East Kazakhstan Region in 2019), studied in Semipalatinsk; a theatre building opened in Turkestan; the South Kazakhstan university is not a place (no incident)',
     text="""В Шымкенте открылся театральный фестиваль имени Ауэзова
ШЫМКЕНТ, 2 октября (Kazinform) – В Шымкенте во вторник открылся международный театральный фестиваль имени Мухтара Ауэзова, на который приехали 14 трупп из Казахстана, Узбекистана, Кыргызстана и Турции.
Первым спектаклем стала «Трагедия Абая» по роману-эпопее писателя в постановке Шымкентского драматического театра. В ближайшие дни на сцене покажут работы театров из Туркестана, Кызылорды и Тараза, а также из Ташкента, Бишкека и Анкары.
Ауэзов родился в 1897 году в нынешнем Абайском районе Восточно-Казахстанской области, а учился в Семипалатинске. Его имя носят Южно-Казахстанский университет в Шымкенте и Ауэзовский район Алматы, откуда на фестиваль приехала труппа молодёжного театра.
В понедельник, накануне фестиваля, в Туркестане, ставшем в прошлом году центром Туркестанской области, открылось новое здание областного музыкально-драматического театра на 600 мест. Спектакль шымкентской труппы покажут и там.
В программе также читки пьес молодых драматургов из Актобе, Павлодара и Усть-Каменогорска и мастер-классы для студентов Шымкентского колледжа искусств. В прошлом году фестиваль принимал Тараз, а в 2020 году его проведёт Кызылорда.
Жюри под руководством режиссёра из Алматы объявит победителей 8 октября. Заключительный концерт пройдёт на площади Ордабасы.
Открытие фестиваля совпало с Днём города: вечером на набережной реки Бадам прошёл концерт, а в парке Абая открылась выставка театральных костюмов из фондов литературного музея в Алматы. Билеты на все спектакли раскупили за три дня.
По словам организаторов, за неделю спектакли посетят около 20 тысяч зрителей, а часть постановок впервые покажут с синхронным переводом на русский и английский языки. Фестиваль проводится в седьмой раз, впервые – при поддержке акимата Шымкента.""",
     ann=[
        ('Шымкенте', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'headline'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'dateline'}),
        ('Шымкенте', 1, 'city', 'Shymkent', 'Shymkent'),
        ('Казахстана', 0, 'country', 'Kazakhstan', N),
        ('Узбекистана', 0, 'foreign', 'Uzbekistan', N, {'note': 'NI:origin of troupes'}),
        ('Кыргызстана', 0, 'foreign', 'Kyrgyzstan', N, {'note': 'NI:origin of troupes'}),
        ('Турции', 0, 'foreign', 'Turkey', N, {'note': 'NI:origin of troupes'}),
        ('Туркестана', 0, 'city', 'Turkistan', TR, {'note': 'NI:origin of a troupe'}),
        ('Кызылорды', 0, 'city', 'Kyzylorda', KYR, {'note': 'NI:origin of a troupe'}),
        ('Тараза', 0, 'city', 'Taraz', JR, {'note': 'NI:origin of a troupe'}),
        ('Ташкента', 0, 'foreign', 'Tashkent', N, {'note': 'NI:origin of a troupe'}),
        ('Бишкека', 0, 'foreign', 'Bishkek', N, {'note': 'NI:origin of a troupe'}),
        ('Анкары', 0, 'foreign', 'Ankara', N, {'note': 'NI:origin of a troupe'}),
        ('Абайском районе', 0, 'district', 'Abai District', EKR, {'note': "NI:birthplace of a person; East Kazakhstan Region in 2019, Abai Region since 2022"}),
        ('Восточно-Казахстанской области', 0, 'region', EKR, EKR, {'note': 'NI:birthplace of a person'}),
        ('Семипалатинске', 0, 'city', 'Semey', EKR, {'note': 'NI:where a person studied; old name'}),
        ('Шымкенте', 2, 'city', 'Shymkent', 'Shymkent', {'note': 'seat of a university'}),
        ('Ауэзовский район', 0, 'district', 'Auezov District (Almaty)', 'Almaty', {'subkind': 'city district', 'note': 'NI:origin of a troupe; named after a person'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of a troupe'}),
        ('Туркестане', 0, 'city', 'Turkistan', TR),
        ('Туркестанской области', 0, 'region', TR, TR),
        ('Актобе', 0, 'city', 'Aktobe', AR, {'note': 'NI:origin of playwrights'}),
        ('Павлодара', 0, 'city', 'Pavlodar', PR, {'note': 'NI:origin of playwrights'}),
        ('Усть-Каменогорска', 0, 'city', 'Oskemen', EKR, {'note': 'NI:origin of playwrights; Russian name'}),
        ('Тараз', 0, 'city', 'Taraz', JR, {'note': 'NI:host of the previous festival'}),
        ('Кызылорда', 0, 'city', 'Kyzylorda', KYR, {'note': 'NI:host of the next festival'}),
        ('Алматы', 1, 'city', 'Almaty', 'Almaty', {'note': "NI:the jury chairman's home city"}),
        ('площади Ордабасы', 0, 'facility', 'Ordabasy Square (Shymkent)', 'Shymkent', {'subkind': 'square', 'note': 'planned concert'}),
        ('Шымкента', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'inside the name of an authority'}),
        ('Бадам', 0, 'facility', 'Badam', N, {'subkind': 'river', 'note': 'river in Shymkent here'}),
        ('парке Абая', 0, 'facility', 'Abai Park (Shymkent)', 'Shymkent', {'subkind': 'park', 'note': 'named after a person, the generic noun is in the span'}),
        ('Алматы', 2, 'city', 'Almaty', 'Almaty', {'note': 'NI:seat of the museum lending the costumes'}),
     ],
     inc={}),

dict(id='p016', date='2015-09-18', lang='ru',
     event='2015 Atyrau celebrates its 375th anniversary: the fort founded in 1640 by the merchant Mikhail Guryev at the mouth of the Yaik, the city called Guryev until the early 1990s; delegations from Kulsary, Makat and Dossor and from Astrakhan (no incident)',
     text="""Атырау отмечает 375-летие
АТЫРАУ, 18 сентября (Интерфакс-Казахстан) – Атырау в эти выходные отмечает 375 лет со дня основания, сообщили в акимате Атырауской области.
В 1640 году купец Михаил Гурьев с сыновьями поставил в устье Яика деревянный острог, который позднее стал городом Гурьев. Нынешнее название город получил в начале 1990-х годов, а область – вслед за ним.
На набережной Урала в субботу откроется выставка старых фотографий Гурьева из фондов областного музея, а вечером на центральном стадионе пройдёт концерт с участием артистов из Астаны и Алматы. В программе праздника также конкурс домбристов и ярмарка рыбаков с побережья Каспия.
На торжества приехали делегации Кульсары, Маката и Доссора, а также российской Астрахани, с которой Атырау связывают давние торговые связи.""",
     ann=[
        ('Атырау', 0, 'city', 'Atyrau', ATR, {'note': 'headline'}),
        ('АТЫРАУ', 0, 'city', 'Atyrau', ATR, {'note': 'dateline'}),
        ('Атырау', 1, 'city', 'Atyrau', ATR),
        ('Атырауской области', 0, 'region', ATR, ATR, {'note': 'inside the name of an authority'}),
        ('Яика', 0, 'facility', 'Ural', N, {'subkind': 'river', 'note': 'old name of the Ural river'}),
        ('Гурьев', 1, 'city', 'Atyrau', ATR, {'note': 'old name of the city; the first "Гурьев" is the merchant'}),
        ('Урала', 0, 'facility', 'Ural', N, {'subkind': 'river'}),
        ('Гурьева', 0, 'city', 'Atyrau', ATR, {'note': 'old name of the city (old photographs of Guryev)'}),
        ('Астаны', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of artists'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of artists'}),
        ('Каспия', 0, 'facility', 'Caspian Sea', N, {'subkind': 'sea'}),
        ('Кульсары', 0, 'city', 'Kulsary', ATR, {'note': 'NI:origin of a delegation'}),
        ('Маката', 0, 'village', 'Makat', ATR, {'note': 'NI:origin of a delegation'}),
        ('Доссора', 0, 'village', 'Dossor', ATR, {'note': 'NI:origin of a delegation'}),
        ('Астрахани', 0, 'foreign', 'Astrakhan', N, {'note': 'NI:origin of a delegation'}),
        ('Атырау', 2, 'city', 'Atyrau', ATR),
     ],
     inc={}),
]
