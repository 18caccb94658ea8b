"""Russian texts of the thirty-sixth unseen check corpus."""
N = None
JR, ALR, KYR, TR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'Turkistan Region', 'South Kazakhstan Region'
ABR, JTR, EKR, MR, KOR = 'Abai Region', 'Jetisu Region', 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR, UR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region', 'Ulytau Region'
ATR, AR, WKR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region'

DOCS = [
dict(id='p009', date='1999-03-16', lang='ru',
     event='1999 typhoid outbreak from the water supply in Ayagoz and hepatitis A among pupils of the school in Taskesken, Urzhar district (East Kazakhstan Region before the 2022 split); the abolished Semipalatinsk Region; doctors from Ust-Kamenogorsk and Almaty',
     text="""Вспышка брюшного тифа в Аягозе: госпитализированы 46 человек
УСТЬ-КАМЕНОГОРСК, 16 марта. /Интерфакс-Казахстан/. В Аягозе Восточно-Казахстанской области с брюшным тифом госпитализированы 46 человек, в том числе 19 детей, сообщили во вторник в областном управлении здравоохранения.
По данным санитарных врачей, источником инфекции стала водопроводная вода: после аварии на насосной станции на улице Кунанбаева в начале марта в сеть попали стоки. Жителям раздают хлорные таблетки, в школы и детские сады воду возят цистернами. Больных лечат в инфекционной больнице Аягоза, где развёрнуты дополнительные 60 коек, троих детей в тяжёлом состоянии самолётом отправили в Семипалатинск. Занятия во всех городских школах и колледжах отменены до 22 марта, а ученикам младших классов после возобновления уроков будут выдавать только кипячёную воду.
Кроме того, в селе Таскескен Урджарского района гепатитом А заболели 12 учеников местной школы. Школа закрыта на карантин до конца месяца, занятия в младших классах перенесены в сельский клуб.
Аягозский и Урджарский районы до 1997 года входили в Семипалатинскую область, упразднённую при укрупнении регионов. По словам врачей, с тех пор санитарная служба бывшей области лишилась половины лабораторий, а ставки эпидемиологов в райцентрах пустуют.
Из Усть-Каменогорска в Аягоз направлены 15 врачей и передвижная лаборатория, ещё одна бригада прибыла из Алматы. Министерство здравоохранения в Астане выделило на закупку антибиотиков 4 млн тенге. Аким области пообещал к лету заменить изношенный водовод, построенный в 1958 году, но денег на это в областном бюджете пока нет.
По данным облздрава, водопроводные сети в Зайсане и Аксуате изношены ещё сильнее – более чем на 70 процентов.""",
     ann=[
        ('Аягозе', 0, 'city', 'Ayagoz', EKR, {'note': 'headline; East Kazakhstan Region before 2022-06-08'}),
        ('УСТЬ-КАМЕНОГОРСК', 0, 'city', 'Oskemen', EKR, {'note': 'dateline'}),
        ('Аягозе', 1, 'city', 'Ayagoz', EKR),
        ('Восточно-Казахстанской области', 0, 'region', EKR, EKR),
        ('улице Кунанбаева', 0, 'facility', 'Kunanbayev Street (Ayagoz)', EKR, {'subkind': 'street', 'note': 'site of the pumping station accident that caused the outbreak (same incident)'}),
        ('Аягоза', 0, 'city', 'Ayagoz', EKR, {'note': 'NI:town of the hospital (same town as the outbreak)'}),
        ('Семипалатинск', 0, 'city', 'Semey', EKR, {'note': 'NI:destination of patients; East Kazakhstan Region in 1999'}),
        ('Таскескен', 0, 'village', 'Taskesken', EKR),
        ('Урджарского района', 0, 'district', 'Urzhar District', EKR),
        ('Аягозский', 0, 'district', 'Ayagoz District', EKR, {'note': 'in a list sharing "районы"'}),
        ('Урджарский', 0, 'district', 'Urzhar District', EKR, {'note': 'in a list sharing "районы"'}),
        ('Семипалатинскую область', 0, 'region', EKR, EKR, {'uncertain': True, 'note': 'NI:Semipalatinsk Region, abolished in 1997; its land went to East Kazakhstan Region, which holds it on the article date'}),
        ('Усть-Каменогорска', 0, 'city', 'Oskemen', EKR, {'note': 'NI:origin of doctors'}),
        ('Аягоз', 0, 'city', 'Ayagoz', EKR, {'note': 'NI:destination of doctors (same town as the outbreak)'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of a medical team'}),
        ('Астане', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the ministry'}),
        ('Зайсане', 0, 'city', 'Zaysan', EKR, {'note': 'NI:worn water network (no incident)'}),
        ('Аксуате', 0, 'village', 'Aksuat', EKR, {'note': 'NI:worn water network (no incident); Aksuat, Tarbagatai district'}),
     ],
     inc={EKR: (2, 'typhoid outbreak from the water supply in Ayagoz; hepatitis A among 12 pupils of the school in Taskesken, Urzhar district')}),

dict(id='p010', date='2014-09-01', lang='ru',
     event='2014 new schools open on September 1 in 14 regions: Astana, Shymkent, Turkestan and Lenger (South Kazakhstan Region before 2018), Zhanaozen, Talgar; school named after Tole Bi vs Tole Bi district (no incident)',
     text="""В Казахстане к 1 сентября открылись 96 новых школ
АСТАНА, 1 сентября. /Казинформ/. 96 новых школ и 40 детских садов приняли детей в понедельник в 14 регионах Казахстана, сообщили в Министерстве образования и науки.
Больше всего новых школ построено в Южно-Казахстанской области, где многие сельские школы работали в три смены. В Шымкенте открылись сразу три школы, в Туркестане – школа-лицей на 1 200 мест, в Ленгере (Толебийский район) – школа имени Толе би на 600 учеников.
В столице к учебному году сдали пять школ, все они в районе Алматы, где за последние годы выросли новые жилые массивы. В Жанаозене открылась школа для 900 детей, в Талгаре Алматинской области – детский сад на 320 мест.
При этом, по данным министерства, в стране по-прежнему 81 аварийная школа. Их обещают заменить до 2016 года.""",
     ann=[
        ('Казахстане', 0, 'country', 'Kazakhstan', N),
        ('АСТАНА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('14 регионах', 0, 'quantified', '14 regions', N, {'count': 14, 'unit': 'region', 'note': 'new schools (no incident)'}),
        ('Казахстана', 0, 'country', 'Kazakhstan', N),
        ('Южно-Казахстанской области', 0, 'region', SKR, SKR),
        ('Шымкенте', 0, 'city', 'Shymkent', SKR, {'note': 'South Kazakhstan Region in 2014'}),
        ('Туркестане', 0, 'city', 'Turkistan', SKR, {'note': 'South Kazakhstan Region in 2014'}),
        ('Ленгере', 0, 'city', 'Lenger', SKR),
        ('Толебийский район', 0, 'district', 'Tole Bi District', SKR, {'note': 'the school "имени Толе би" is named after the person and is not annotated'}),
        ('Алматы', 0, 'district', 'Almaty District (Astana)', 'Astana', {'subkind': 'city district', 'note': 'district of the capital named after the city of Almaty'}),
        ('Жанаозене', 0, 'city', 'Zhanaozen', MR),
        ('Талгаре', 0, 'city', 'Talgar', ALR),
        ('Алматинской области', 0, 'region', ALR, ALR),
     ],
     inc={}),

dict(id='p011', date='2020-10-14', lang='ru',
     event='2020 food poisoning of 18 pupils of a boarding school in Shieli (Kyzylorda Region); two taken to Kyzylorda; the committee in Nur-Sultan reports poisonings in schools in five regions (unattributed)',
     text="""В Шиели 18 воспитанников школы-интерната отравились после ужина
КЫЗЫЛОРДА, 14 октября. КазТАГ – Восемнадцать воспитанников школы-интерната в посёлке Шиели Кызылординской области обратились к врачам после ужина во вторник, сообщил департамент санитарно-эпидемиологического контроля региона.
У детей в возрасте от 10 до 16 лет поднялась температура, началась рвота. Шестнадцать из них госпитализированы в районную больницу Шиели, двоих перевели в областную детскую больницу в Кызылорде. Состояние всех оценивается как удовлетворительное.
Санитарные врачи взяли пробы плова и питьевой воды, работа столовой приостановлена. Поставщик продуктов, частная компания из Туркестана, проверяется полицией.
По данным комитета санитарно-эпидемиологического контроля в Нур-Султане, с начала года массовые отравления в школах и интернатах зарегистрированы в пяти областях, пострадали более 200 детей.""",
     ann=[
        ('Шиели', 0, 'village', 'Shieli', KYR, {'note': 'headline'}),
        ('КЫЗЫЛОРДА', 0, 'city', 'Kyzylorda', KYR, {'note': 'dateline'}),
        ('Шиели', 1, 'village', 'Shieli', KYR),
        ('Кызылординской области', 0, 'region', KYR, KYR),
        ('Шиели', 2, 'village', 'Shieli', KYR, {'note': 'NI:town of the hospital (same town as the poisoning)'}),
        ('Кызылорде', 0, 'city', 'Kyzylorda', KYR, {'note': 'NI:town of the hospital'}),
        ('Туркестана', 0, 'city', 'Turkistan', TR, {'note': 'NI:seat of the food supplier'}),
        ('Нур-Султане', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the committee; the capital in 2020'}),
        ('пяти областях', 0, 'quantified', '5 regions', N, {'count': 5, 'unit': 'region', 'note': 'mass poisonings in schools since the start of the year'}),
     ],
     inc={KYR: (1, 'food poisoning of 18 pupils of the boarding school in Shieli')},
     unatt=[{'label': 'пяти областях', 'count': 5, 'note': 'mass poisonings in schools and boarding schools since the start of the year, regions not named (Kyzylorda Region may be one of them)'}]),

dict(id='p012', date='2022-03-03', lang='ru',
     event='2022 fire in the basement of the regional children\'s hospital in Taldykorgan, 74 children evacuated (Almaty Region, before the June 2022 split); the Zhetysu microdistrict is not Jetisu Region; three babies moved to Almaty',
     text="""Пожар в детской больнице Талдыкоргана: эвакуированы 74 ребёнка
ТАЛДЫКОРГАН, 3 марта. Tengrinews.kz – Из областной детской больницы в Талдыкоргане в ночь на четверг эвакуировали 74 ребёнка и 30 матерей из-за пожара в подвале, сообщили в департаменте по чрезвычайным ситуациям Алматинской области.
Огонь на площади 40 квадратных метров потушили за час, никто не пострадал. По предварительным данным, причиной стало короткое замыкание в прачечной. Детей временно разместили в городской поликлинике №1 на улице Жансугурова и в перинатальном центре. Троих младенцев, которым нужна искусственная вентиляция лёгких, реанимобилем перевезли в Алматы.
Больница, построенная в 1979 году, должна была ещё в прошлом году переехать в новое здание в микрорайоне Жетысу, но строительство остановилось из-за банкротства подрядчика. Аким области поручил завершить работы до конца лета.""",
     ann=[
        ('Талдыкоргана', 0, 'city', 'Taldykorgan', ALR, {'note': 'headline; Almaty Region before 2022-06-08'}),
        ('ТАЛДЫКОРГАН', 0, 'city', 'Taldykorgan', ALR, {'note': 'dateline'}),
        ('Талдыкоргане', 0, 'city', 'Taldykorgan', ALR),
        ('Алматинской области', 0, 'region', ALR, ALR, {'note': 'inside the name of an authority'}),
        ('улице Жансугурова', 0, 'facility', 'Zhansugurov Street (Taldykorgan)', ALR, {'subkind': 'street', 'note': 'NI:where children were moved; street named after a poet'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:destination of three babies'}),
        ('Жетысу', 0, 'district', 'Zhetysu (Taldykorgan)', ALR, {'subkind': 'microdistrict', 'note': 'NI:site of the unfinished new building; a microdistrict of Taldykorgan, not Jetisu Region'}),
     ],
     inc={ALR: (1, "fire in the basement of the regional children's hospital in Taldykorgan")}),

dict(id='p013', date='2010-08-25', lang='ru',
     event='2010 "С дипломом – в село" programme: young doctors and teachers sent to villages of South Kazakhstan, Jambyl, Almaty and Akmola regions (Moiynkum and Kordai districts, Sortobe; Zhambyl district of Almaty Region with Uzynagash; Saryagash district and Turkestan in South Kazakhstan Region; Taldykorgan in Almaty Region; Zerenda district); quantified "в пяти областях" (no incident)',
     text="""По программе «С дипломом – в село» в аулы переехали 2 140 молодых специалистов
АСТАНА, 25 августа. /Казинформ/ – В этом году по программе «С дипломом – в село» в сельскую местность переехали 2 140 молодых врачей, учителей и ветеринаров, сообщили в Министерстве экономики и бюджетного планирования. Каждый получил подъёмное пособие и право на льготный кредит на жильё.
Больше всего специалистов приняли Южно-Казахстанская, Жамбылская и Алматинская области. В Жамбылской области подъёмные получили 86 врачей: в Мойынкумском и Кордайском районах, где на одного терапевта приходилось по шесть тысяч жителей, впервые за десять лет укомплектованы все фельдшерско-акушерские пункты. В селе Сортобе Кордайского района молодая семья педиатров открыла детский кабинет.
В Алматинской области большинство врачей направлено в Жамбылский район – в Узынагаш и окрестные сёла. Ещё 40 выпускников медицинского колледжа в Талдыкоргане остались работать в районных больницах.
В Южно-Казахстанской области новичков больше всего в Сарыагашском районе и в Туркестане, где открыт филиал областной детской больницы. В Акмолинской области 30 врачей уехали в Зерендинский район.
В то же время в пяти областях план программы не выполнен: по словам чиновников, молодые специалисты отказываются ехать в сёла, где нет ни интернета, ни нормальной дороги. Из 2 140 переселенцев 300 уже вернулись в города, больше всего – в Алматы и Шымкент. Средний возраст сельского врача в стране, по данным министерства, превышает 50 лет, а во многих аулах один фельдшер обслуживает сразу несколько сёл.
В следующем году министерство обещает увеличить подъёмные вдвое и выделить на жильё для специалистов 12 млрд тенге.""",
     ann=[
        ('АСТАНА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Южно-Казахстанская', 0, 'region', SKR, SKR, {'note': 'in a list sharing "области"'}),
        ('Жамбылская', 0, 'region', JR, JR, {'note': 'in a list sharing "области"'}),
        ('Алматинская', 0, 'region', ALR, ALR, {'note': 'in a list sharing "области"'}),
        ('Жамбылской области', 0, 'region', JR, JR),
        ('Мойынкумском', 0, 'district', 'Moiynkum District', JR, {'note': 'in a list sharing "районах"'}),
        ('Кордайском', 0, 'district', 'Kordai District', JR, {'note': 'in a list sharing "районах"'}),
        ('Сортобе', 0, 'village', 'Sortobe', JR),
        ('Кордайского района', 0, 'district', 'Kordai District', JR),
        ('Алматинской области', 0, 'region', ALR, ALR),
        ('Жамбылский район', 0, 'district', 'Zhambyl District (Almaty Region)', ALR, {'note': 'district of Almaty Region, not Jambyl Region'}),
        ('Узынагаш', 0, 'village', 'Uzynagash', ALR),
        ('Талдыкоргане', 0, 'city', 'Taldykorgan', ALR, {'note': 'Almaty Region before 2022-06-08'}),
        ('Южно-Казахстанской области', 0, 'region', SKR, SKR),
        ('Сарыагашском районе', 0, 'district', 'Saryagash District', SKR),
        ('Туркестане', 0, 'city', 'Turkistan', SKR, {'note': 'South Kazakhstan Region in 2010'}),
        ('Акмолинской области', 0, 'region', AKR, AKR),
        ('Зерендинский район', 0, 'district', 'Zerendi District', AKR),
        ('пяти областях', 0, 'quantified', '5 regions', N, {'count': 5, 'unit': 'region', 'note': 'programme targets not met (not an incident)'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:destination of returning specialists'}),
        ('Шымкент', 0, 'city', 'Shymkent', SKR, {'note': 'NI:destination of returning specialists; South Kazakhstan Region in 2010'}),
     ],
     inc={}),

dict(id='p014', date='2024-02-14', lang='ru',
     event='2024 measles statistics: cases in all 20 regions, most in Almaty, Shymkent, Turkistan and Almaty regions (not incidents); a measles cluster of 11 children in a kindergarten in Kentau (Turkistan Region)',
     text="""Корь: с начала года заболели 2 560 человек, в Кентау закрыт детский сад
АСТАНА, 14 февраля. Vlast.kz – С начала года корь выявлена у 2 560 казахстанцев, 80% из них – дети, сообщили в Министерстве здравоохранения. Случаи зарегистрированы во всех 20 регионах, больше всего – в Алматы, Шымкенте, Туркестанской и Алматинской областях.
В Кентау Туркестанской области на карантин закрыт детский сад «Балдаурен», где корью заболели 11 воспитанников. Четверо детей, которые не были привиты, лечатся в инфекционной больнице города, двое в тяжёлом состоянии переведены в Шымкент.
По словам главного санитарного врача страны, охват прививками в некоторых районах юга не превышает 70%: родители отказываются от вакцинации по религиозным соображениям или из-за слухов в соцсетях. В школах Алматы и Астаны детей без прививок от кори временно не допускают к занятиям.
Министерство закупило дополнительно 300 тысяч доз вакцины в Индии.""",
     ann=[
        ('Кентау', 0, 'city', 'Kentau', TR, {'note': 'headline'}),
        ('АСТАНА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('всех 20 регионах', 0, 'quantified', 'all 20 regions', N, {'count': 20, 'unit': 'region', 'quantifier': 'all', 'note': 'measles cases (statistics, not incidents)'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:measles case counts (statistics, not incidents)'}),
        ('Шымкенте', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:measles case counts (statistics, not incidents)'}),
        ('Туркестанской', 0, 'region', TR, TR, {'note': 'NI:in a list sharing "областях"; measles case counts (statistics)'}),
        ('Алматинской', 0, 'region', ALR, ALR, {'note': 'NI:in a list sharing "областях"; measles case counts (statistics)'}),
        ('Кентау', 1, 'city', 'Kentau', TR),
        ('Туркестанской области', 0, 'region', TR, TR),
        ('Шымкент', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:destination of two sick children'}),
        ('Алматы', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:schools barring unvaccinated children (official measure)'}),
        ('Астаны', 0, 'city', 'Astana', 'Astana', {'note': 'NI:schools barring unvaccinated children (official measure)'}),
        ('Индии', 0, 'foreign', 'India', N, {'note': 'NI:origin of vaccine'}),
     ],
     inc={TR: (1, 'measles cluster of 11 children in the «Балдаурен» kindergarten in Kentau; national and regional case counts are not incidents')}),

dict(id='p015', date='2006-04-03', lang='ru',
     event='2006 measles and rubella vaccination campaign in all regions, pilot towns Semipalatinsk (East Kazakhstan Region before 2022), Zhezkazgan (Karaganda Region before 2022) and Ekibastuz (Pavlodar Region) (no incident)',
     text="""Во всех регионах стартовала вакцинация против кори и краснухи
АСТАНА, 3 апреля. /Интерфакс-Казахстан/. Массовая вакцинация против кори и краснухи началась в понедельник во всех регионах Казахстана, сообщили в Министерстве здравоохранения. До конца мая прививки должны получить 4,5 млн человек в возрасте от 15 до 29 лет.
Пилотными городами кампании выбраны Семипалатинск, Жезказган и Экибастуз, где в марте прививки сделали студентам колледжей и вузов. Побочных реакций, по данным врачей, было немного.
В прошлом году заболеваемость краснухой выросла в Павлодарской и Карагандинской областях почти втрое, причём больше всего болели беременные женщины и подростки.
Вакцину закупили через ЮНИСЕФ в Индии. Её доставили в Алматы и оттуда развезли по областным центрам. Прививки бесплатные, их делают в поликлиниках, школах, колледжах и на предприятиях.""",
     ann=[
        ('АСТАНА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('всех регионах', 0, 'quantified', 'all regions', N, {'count': None, 'unit': 'region', 'quantifier': 'all', 'note': 'headline; vaccination campaign (not an incident)'}),
        ('всех регионах', 1, 'quantified', 'all regions', N, {'count': None, 'unit': 'region', 'quantifier': 'all', 'note': 'vaccination campaign (not an incident)'}),
        ('Казахстана', 0, 'country', 'Kazakhstan', N),
        ('Семипалатинск', 0, 'city', 'Semey', EKR, {'note': 'NI:pilot town of the campaign; East Kazakhstan Region in 2006'}),
        ('Жезказган', 0, 'city', 'Zhezkazgan', KR, {'note': 'NI:pilot town of the campaign; Karaganda Region in 2006'}),
        ('Экибастуз', 0, 'city', 'Ekibastuz', PR, {'note': 'NI:pilot town of the campaign'}),
        ('Павлодарской', 0, 'region', PR, PR, {'note': 'NI:in a list sharing "областях"; incidence statistics'}),
        ('Карагандинской', 0, 'region', KR, KR, {'note': 'NI:in a list sharing "областях"; incidence statistics'}),
        ('Индии', 0, 'foreign', 'India', N, {'note': 'NI:origin of vaccine'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:destination of the vaccine'}),
     ],
     inc={}),

dict(id='p016', date='2026-01-22', lang='ru',
     event='2026 school bus collides with a lorry on the Zhezkazgan–Ulytau road in Ulytau district, seven pupils injured (Ulytau Region); Kyzylzhar village of Ulytau district; flu quarantine in Zhezkazgan and Satpayev schools (a measure); school bus accidents in three other regions (unattributed)',
     text="""Школьный автобус столкнулся с грузовиком в Улытауской области: пострадали семь детей
ЖЕЗКАЗГАН, 22 января. КазТАГ – Семь школьников пострадали в среду утром, когда школьный автобус столкнулся с грузовиком на 62-м километре автодороги Жезказган – Улытау, сообщили в департаменте полиции Улытауской области.
Автобус развозил 19 учеников из сёл Карсакпай и Кызылжар в школу-интернат Улытауского района. По данным полиции, водитель грузовика, перевозившего уголь, выехал на встречную полосу в тумане. Пятерых детей доставили в многопрофильную больницу Жезказгана, двоих с переломами – в детскую больницу в Сатпаеве. Водитель грузовика задержан. По словам врачей, у двух девочек переломы рук, у остальных ушибы и сотрясения, их жизни ничего не угрожает.
Родители детей из Карсакпая жалуются, что автобус каждый день проезжает по 120 километров по разбитой дороге, а школа в их селе закрыта с 2019 года из-за нехватки учеников. Прокуратура области начала проверку перевозчика, следователи выясняют, почему водитель грузовика не сбавил скорость при плохой видимости.
Тем временем в Жезказгане и Сатпаеве из-за роста заболеваемости гриппом школы с понедельника переведены на дистанционное обучение на две недели. В детских садах введён масочный режим, а в больнице Жезказгана развёрнуто дополнительное отделение на 40 коек.
Улытауская область, выделенная в 2022 году из Карагандинской, получила 30 новых школьных автобусов в прошлом году, но на дальних маршрутах по-прежнему работают машины 2008 года выпуска.
По данным МВД, с начала учебного года аварии со школьными автобусами произошли ещё в трёх областях, погиб один ребёнок. Министерство просвещения в Астане поручило до 1 февраля проверить все школьные автобусы в стране и оснастить их тахографами.""",
     ann=[
        ('Улытауской области', 0, 'region', UR, UR, {'note': 'headline'}),
        ('ЖЕЗКАЗГАН', 0, 'city', 'Zhezkazgan', UR, {'note': 'dateline'}),
        ('Жезказган', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:route endpoint'}),
        ('Улытау', 0, 'village', 'Ulytau', UR, {'note': 'NI:route endpoint (the village of Ulytau)'}),
        ('Улытауской области', 1, 'region', UR, UR, {'note': 'inside the name of an authority'}),
        ('Карсакпай', 0, 'village', 'Karsakpai', UR, {'note': 'NI:home villages of the pupils'}),
        ('Кызылжар', 0, 'village', 'Kyzylzhar (Ulytau District)', UR, {'note': 'NI:home villages of the pupils; not Kyzylzhar district of North Kazakhstan Region'}),
        ('Улытауского района', 0, 'district', 'Ulytau District', UR),
        ('Карсакпая', 0, 'village', 'Karsakpai', UR, {'note': "NI:parents' home village"}),
        ('Жезказгана', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:town of the hospital'}),
        ('Сатпаеве', 0, 'city', 'Satpayev', UR, {'note': 'NI:town of the hospital'}),
        ('Жезказгане', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:flu quarantine (official measure)'}),
        ('Сатпаеве', 1, 'city', 'Satpayev', UR, {'note': 'NI:flu quarantine (official measure)'}),
        ('Жезказгана', 1, 'city', 'Zhezkazgan', UR, {'note': 'NI:extra hospital ward'}),
        ('Улытауская область', 0, 'region', UR, UR),
        ('Карагандинской', 0, 'region', KR, KR, {'note': 'NI:the former unit (elliptic "из Карагандинской")'}),
        ('трёх областях', 0, 'quantified', '3 regions', N, {'count': 3, 'unit': 'region', 'note': 'school bus accidents since the start of the school year'}),
        ('Астане', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the ministry'}),
     ],
     inc={UR: (1, 'school bus collided with a coal lorry on the Zhezkazgan–Ulytau road in Ulytau district, seven pupils injured')},
     unatt=[{'label': 'трёх областях', 'count': 3, 'note': 'school bus accidents since the start of the school year in three other, unnamed regions'}]),
]
