"""Russian texts of the thirty-fourth unseen check corpus (spans marked [[...]]; see build/_mk.py)."""
import os
import sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _mk import *  # noqa: E402,F401,F403

DOCS = [
mk('p009', '2022-01-06', 'ru',
   '2022 January unrest: state of emergency extended to the whole country; clashes at the Almaty akimat, the storming of a TV channel building and the seized airport (Almaty); trains stop at Kapshagay (Almaty Region); akimats stormed in Kyzylorda, burnt in Taldykorgan (Almaty Region before the split) and attacked in Shymkent; rallies in Zhezkazgan (Karaganda Region before the split) and Aktobe; "в 12 регионах"; CSTO troops from Russia, Belarus, Armenia, Tajikistan, Kyrgyzstan; «Казахстан» the TV channel is not a place',
   """Режим ЧП распространён на всю территорию [[Казахстана]], в страну направлены силы ОДКБ
[[Нур-Султан]]. 6 января. ИНТЕРФАКС-КАЗАХСТАН - Режим чрезвычайного положения, введённый 5 января в [[Алматы]] и [[Мангистауской области]], распространён на всю территорию страны до 19 января. [[Во всех регионах]] действует комендантский час с 23:00 до 07:00, на въездах в города выставлены блокпосты.
В ночь на четверг в [[Алматы]] продолжались столкновения у здания акимата на [[площади Республики]]. Группа вооружённых людей ворвалась в здание телеканала «Казахстан» на [[улице Желтоксан]], сотрудники были эвакуированы. [[Международный аэропорт Алматы]], захваченный толпой в среду, к утру взят под контроль военными, но все рейсы отменены до 9 января. Поезда из [[Нур-Султана]] и [[Караганды]] останавливаются в [[Капшагае]] и дальше не идут.
В [[Кызылорде]] протестующие ворвались в здание акимата [[Кызылординской области]], в [[Талдыкоргане]] подожжено здание акимата [[Алматинской области]]. В [[Шымкенте]] толпа пыталась прорваться в городской акимат, полиция применила светошумовые гранаты. Многотысячные митинги прошли в [[Жезказгане]] [[Карагандинской области]] и в [[Актобе]], где у здания облакимата задержаны около 60 человек.
По данным МВД, массовые беспорядки зафиксированы в [[12 регионах]], задержаны более 2 000 человек, погибли 18 сотрудников силовых структур.
Председатель Комитета национальной безопасности Карим Масимов освобождён от должности. Президент Касым-Жомарт Токаев обратился за помощью к Организации Договора о коллективной безопасности. Премьер-министр [[Армении]] Никол Пашинян, председательствующий в Совете коллективной безопасности, сообщил в [[Ереване]], что в [[Казахстан]] будут направлены миротворческие силы на ограниченный срок.
В состав контингента войдут подразделения из [[России]], [[Белоруссии]], [[Армении]], [[Таджикистана]] и [[Киргизии]]. Первые самолёты с российскими десантниками вылетели с аэродрома [[Чкаловский]] в [[Подмосковье]]. В [[Брюсселе]] и [[Вашингтоне]] призвали стороны к сдержанности.""",
   [K('headline'), C('Astana', 'Astana', 'dateline; Nur-Sultan on the article date'),
    C('Almaty', 'Almaty', 'NI:state of emergency, an official measure'), R(MR, 'NI:state of emergency'),
    Q('all regions', N, 'region', 'curfew; not an incident statement', quantifier='all'),
    C('Almaty', 'Almaty'), F('Republic Square (Almaty)', 'Almaty', 'square'), F('Zheltoksan Street (Almaty)', 'Almaty', 'street'),
    F('Almaty International Airport', 'Almaty', 'airport'), C('Astana', 'Astana', 'NI:origin of trains; Nur-Sultan on the article date'),
    C('Karaganda', KR, 'NI:origin of trains'), C('Konaev', ALR, 'NI:trains stop there; the former name Kapshagay'),
    C('Kyzylorda', KYR), R(KYR, 'inside the name of an authority'),
    C('Taldykorgan', ALR, 'Almaty Region before the 2022-06-08 split'), R(ALR, 'inside the name of an authority'),
    C('Shymkent', 'Shymkent'),
    C('Zhezkazgan', KR, 'Karaganda Region before the 2022-06-08 split'), R(KR), C('Aktobe', AR),
    Q('12 regions', 12, 'region', 'mass riots'),
    X('Armenia'), X('Yerevan', 'NI:place of a statement'), K(),
    X('Russia', 'NI:origin of troops'), X('Belarus', 'NI:origin of troops'), X('Armenia', 'NI:origin of troops'), X('Tajikistan', 'NI:origin of troops'), X('Kyrgyzstan', 'NI:origin of troops'),
    X('Chkalovsky airfield', 'NI:origin of troops; a military airfield near Moscow'), X('Moscow Oblast', 'NI:origin of troops; «Подмосковье», the region around Moscow'),
    X('Brussels', 'NI:place of a statement'), X('Washington', 'NI:place of a statement')],
   inc={'Almaty': (3, 'clashes at the akimat on Republic Square; armed men stormed the TV channel building on Zheltoksan Street; the airport seized by a crowd on Wednesday (three targets)'),
        KYR: (1, 'regional akimat stormed in Kyzylorda'),
        ALR: (1, 'akimat of Almaty Region set on fire in Taldykorgan (Almaty Region before the split)'),
        'Shymkent': (1, 'crowd tried to break into the city akimat; stun grenades'),
        KR: (1, 'mass rally in Zhezkazgan (Karaganda Region before the split)'),
        AR: (1, 'rally outside the regional akimat in Aktobe with about 60 detained')},
   unatt=[{'label': '12 регионах', 'count': 12, 'note': 'mass riots in 12 regions; five units named with their own rows (Kyzylorda, Almaty, Karaganda, Aktobe regions, and Almaty and Shymkent cities)'}]),

mk('p010', '2022-01-10', 'ru',
   '2022 January unrest: 46 detained over the looting of three weapons shops and the burning of the regional akimat in Taraz (Jambyl Region); guns found in Kordai district and Shu; detainees from Merke district and Bishkek',
   """В [[Таразе]] задержаны подозреваемые в разграблении оружейных магазинов
[[Тараз]]. 10 января. КазТАГ - Полиция [[Жамбылской области]] задержала 46 человек, подозреваемых в разграблении трёх оружейных магазинов и поджоге здания областного акимата в [[Таразе]] 5 января, сообщили в департаменте полиции региона.
Из магазинов на [[проспекте Толе би]] и в [[микрорайоне Талас]] похищены 120 единиц огнестрельного оружия и около 30 тысяч патронов. Часть оружия найдена в [[Кордайском районе]] и в городе [[Шу]], на дачах и в гаражах.
Среди задержанных - жители [[Меркенского района]] и двое граждан [[Киргизии]], приехавших на заработки из [[Бишкека]]. Им предъявлены обвинения в участии в массовых беспорядках.
В [[Таразе]] восстановлена работа банков и автозаправочных станций, блокпосты на въездах в город сохраняются. Комендантский час в области продлится до 19 января. Сгоревшее здание акимата, по словам его пресс-службы, восстановят к осени.""",
   [C('Taraz', JR, 'headline'), C('Taraz', JR, 'dateline'), R(JR, 'inside the name of an authority'), C('Taraz', JR),
    F('Tole Bi Avenue (Taraz)', JR, 'street'), D('Talas (Taraz)', JR, 'a microdistrict of Taraz, not Talas District', subkind='microdistrict'),
    D('Kordai District', JR, 'NI:place where guns were found'), C('Shu', JR, 'NI:place where guns were found'),
    D('Merke District', JR, 'NI:residence of detainees'), X('Kyrgyzstan'), X('Bishkek', 'NI:origin of detainees'),
    C('Taraz', JR, 'NI:banks reopened')],
   inc={JR: (4, 'three weapons shops looted (Tole Bi Avenue, Talas microdistrict) and the regional akimat set on fire in Taraz: four targets')}),

mk('p011', '2021-12-16', 'ru',
   '2021 tenth anniversary of the December 2011 Zhanaozen shooting (background); unsanctioned rally with six detained outside the Mangystau regional akimat in Aktau; flowers in Shetpe and Zhetybai; EU diplomats in Nur-Sultan',
   """В [[Жанаозене]] почтили память погибших в декабре 2011 года
[[Жанаозен]]. 16 декабря. Vlast.kz - Несколько сотен жителей [[Жанаозена]] пришли в четверг на центральную площадь города, чтобы почтить память погибших ровно десять лет назад. 16 декабря 2011 года полиция открыла огонь по бастовавшим нефтяникам и их сторонникам; по официальным данным, погибли 16 человек, более сотни ранены.
В [[Актау]] около 30 активистов вышли к зданию акимата [[Мангистауской области]] с требованием нового расследования. Полиция задержала шестерых, им грозят штрафы за участие в несанкционированном митинге.
Жители [[Шетпе]] и [[Жетыбая]] возложили цветы к памятным камням в своих посёлках. Дипломаты Евросоюза в [[Нур-Султане]] напомнили, что виновные в гибели людей так и не названы. В акимате области журналистам сказали, что все семьи погибших получили помощь.""",
   [C('Zhanaozen', MR, 'headline'), C('Zhanaozen', MR, 'dateline'), C('Zhanaozen', MR, 'NI:residence of mourners'),
    C('Aktau', MR), R(MR, 'inside the name of an authority'),
    V('Shetpe', MR, 'NI:commemoration'), V('Zhetybai', MR, 'NI:commemoration'),
    C('Astana', 'Astana', 'NI:seat of diplomats; Nur-Sultan on the article date')],
   inc={MR: (2, 'background: the police shooting of 16 December 2011 in Zhanaozen; unsanctioned rally with six detained outside the regional akimat in Aktau (the commemoration itself is not counted)')}),

mk('p012', '2016-11-28', 'ru',
   '2016 Atyrau city court jails two organisers of the April land rally, picket with three detained outside the court; background rallies in Atyrau, Aktobe and Semey (East Kazakhstan Region) and May detentions in Almaty and Astana; supporters from Kulsary and Makat district; criticism from Brussels and Washington',
   """Суд в [[Атырау]] приговорил организаторов земельного митинга к пяти годам
[[Атырау]]. 28 ноября. ИНТЕРФАКС-КАЗАХСТАН - [[Атырауский]] городской суд приговорил в понедельник двух активистов к пяти годам лишения свободы за организацию апрельского митинга против поправок в Земельный кодекс и распространение заведомо ложной информации.
Митинг у здания акимата [[Атырауской области]] 24 апреля собрал около тысячи человек. За ним последовали акции в [[Актобе]] и [[Семее]], а 21 мая полиция задержала десятки человек, пытавшихся выйти на площади в [[Алматы]] и [[Астане]].
Поддержать подсудимых приехали жители [[Кульсары]] и [[Макатского района]]. После оглашения приговора около 50 человек провели у здания суда несанкционированный пикет, полиция задержала троих.
Адвокаты намерены обжаловать приговор в областном суде. Решение суда раскритиковали в [[Брюсселе]] и [[Вашингтоне]].""",
   [C('Atyrau', ATR, 'headline; NI:seat of the court'), C('Atyrau', ATR, 'dateline'), C('Atyrau', ATR, 'inside the name of a court; NI:seat of the court'),
    R(ATR, 'inside the name of an authority'), C('Aktobe', AR), C('Semey', EKR, 'East Kazakhstan Region before the 2022 split'),
    C('Almaty', 'Almaty'), C('Astana', 'Astana'),
    C('Kulsary', ATR, 'NI:origin of supporters'), D('Makat District', ATR, 'NI:origin of supporters'),
    X('Brussels', 'NI:place of criticism'), X('Washington', 'NI:place of criticism')],
   inc={ATR: (2, 'background: the April 24 rally outside the regional akimat; unsanctioned picket of about 50 outside the court after the verdict, three detained (the verdict itself is not counted)'),
        AR: (1, 'background: land rally in Aktobe'),
        EKR: (1, 'background: land rally in Semey (East Kazakhstan Region in 2016)'),
        'Almaty': (1, 'background: May 21 detentions at an attempted rally'),
        'Astana': (1, 'background: May 21 detentions at an attempted rally')}),

mk('p013', '2023-09-14', 'ru',
   '2023 Jetisu court in Taldykorgan sentences 11 for the January 2022 attack on the Almaty Region police department in Taldykorgan and the burning of the akimat there (Jetisu Region on the article date); defendants from Tekeli and Karabulak (Eskeldi district); trial in Konaev over a looted gun shop in Talgar (Almaty Region)',
   """Суд в [[Талдыкоргане]] приговорил 11 человек за нападение на здание полиции в январе 2022 года
[[Талдыкорган]]. 14 сентября. КазТАГ - Специализированный межрайонный суд по уголовным делам [[области Жетісу]] приговорил 11 человек к срокам от восьми до пятнадцати лет за нападение на здание департамента полиции [[Алматинской области]] в [[Талдыкоргане]] 5 января 2022 года, сообщила пресс-служба суда.
По версии обвинения, толпа из нескольких сотен человек подожгла ворота и автомобили во дворе департамента и пыталась захватить комнату хранения оружия. В перестрелке погиб сотрудник полиции, ранены ещё семеро. В тот же вечер в центре города было сожжено здание областного акимата; это дело рассматривается отдельно.
Подсудимые - жители [[Талдыкоргана]], [[Текели]] и посёлка [[Карабулак]] [[Ескельдинского района]]. Двое из них признали вину. Адвокаты остальных заявили, что обжалуют приговор в областном суде. На оглашении присутствовали вдова и родители погибшего полицейского, приехавшие из [[Уштобе]]. Прокурор просил для двух организаторов нападения пожизненное лишение свободы, но суд назначил им по 15 лет. Приговор пока не вступил в законную силу.
После раздела [[Алматинской области]] в июне 2022 года [[Талдыкорган]] стал центром новой [[Жетысуской области]], а департамент полиции переехал в [[Конаев]], новый центр [[Алматинской области]].
В [[Конаеве]] накануне начался ещё один процесс: шестерых жителей [[Талгара]] обвиняют в разграблении оружейного магазина в этом городе в ночь на 6 января 2022 года. Похищенные ружья и карабины позже нашли в [[Енбекшиказахском районе]] и под [[Есиком]].
Всего, по данным Верховного суда [[Казахстана]], по делам о январских событиях осуждены более 1 100 человек. Часть из них освобождена по амнистии, объявленной в марте 2022 года.""",
   [C('Taldykorgan', JTR, 'headline; Jetisu Region on the article date'), C('Taldykorgan', JTR, 'dateline'), R(JTR, 'inside the name of a court; official Russian name «область Жетісу»'),
    R(ALR, 'inside the name of an authority; the department was seated in Taldykorgan in January 2022; NI:named authority'),
    C('Taldykorgan', JTR, 'Jetisu Region on the article date'),
    C('Taldykorgan', JTR, 'NI:residence of defendants'), C('Tekeli', JTR, 'NI:residence of defendants'),
    V('Karabulak (Eskeldi District)', JTR, 'NI:residence of defendants'), D('Eskeldi District', JTR, 'NI:residence of defendants'),
    C('Ushtobe', JTR, "NI:origin of the policeman's family"),
    R(ALR, 'NI:the region before its split'), C('Taldykorgan', JTR, 'NI:regional centre'), R(JTR, 'NI:new region'),
    C('Konaev', ALR, 'NI:new seat of the department'), R(ALR, 'NI:seat of the region'),
    C('Konaev', ALR, 'NI:seat of a trial'), C('Talgar', ALR, 'NI:residence of defendants'),
    D('Enbekshikazakh District', ALR, 'NI:place where guns were found'), C('Esik', ALR, 'NI:reference point, «под Есиком»'),
    K('inside the name of an authority')],
   inc={JTR: (2, 'background: the attack on the police department in Taldykorgan with a policeman killed; the regional akimat burnt the same evening (two targets; Jetisu Region on the article date)'),
        ALR: (1, 'background: looting of a gun shop in Talgar on the night of 6 January 2022 (the trial in Konaev is not counted)')}),

mk('p014', '2022-01-20', 'ru',
   '2022 January unrest in East Kazakhstan Region (before the split): attempt to storm the Semey akimat and a rally in Ust-Kamenogorsk; no protests in Ridder, Ayagoz, Kurchatov and Altai (the former Zyryanovsk); Rubtsovsk across the Russian border',
   """В [[Восточно-Казахстанской области]] возбуждены 40 уголовных дел по январским событиям
[[Усть-Каменогорск]]. 20 января. ИНТЕРФАКС-КАЗАХСТАН - Департамент полиции [[ВКО]] возбудил 40 уголовных дел о массовых беспорядках, хулиганстве и кражах, совершённых в регионе в начале января.
Самые серьёзные события произошли в [[Семее]]: вечером 5 января около 300 человек пытались прорваться в здание городского акимата, были повреждены шесть полицейских машин. В [[Усть-Каменогорске]] в тот же день около тысячи человек вышли на площадь перед облакиматом, митинг завершился без столкновений.
В [[Риддере]], [[Аягозе]], [[Курчатове]] и [[Алтае]] (бывший [[Зыряновск]]) акций протеста не было, отметили в полиции. 
Пункты пропуска на границе с [[Россией]] работают в обычном режиме, очередь грузовиков на переходе в сторону [[Рубцовска]] рассосалась. Комендантский час в области отменён 14 января.""",
   [R(EKR, 'headline'), C('Oskemen', EKR, 'dateline; Russian name Усть-Каменогорск'), R(EKR, 'abbreviation ВКО inside the name of an authority'),
    C('Semey', EKR, 'East Kazakhstan Region before the 2022-06-08 split'), C('Oskemen', EKR),
    C('Ridder', EKR, 'NI:no protests'), C('Ayagoz', EKR, 'NI:no protests; East Kazakhstan Region before the split'), C('Kurchatov', EKR, 'NI:no protests; East Kazakhstan Region before the split'),
    C('Altai', EKR, 'NI:no protests; the town, not the Russian Altai'), C('Altai', EKR, 'NI:the former name Zyryanovsk'),
    X('Russia'), X('Rubtsovsk', 'NI:destination of lorries')],
   inc={EKR: (2, 'attempt to storm the city akimat in Semey with six police cars damaged; rally of about 1,000 in Ust-Kamenogorsk')}),

mk('p015', '2024-01-05', 'ru',
   '2024 prosecutors: 1,200 convicted over the January events in 15 regions; most verdicts in Almaty, Jambyl and Almaty regions; 14 in Zhezkazgan (Ulytau Region), 9 by the Semey city court (Abai Region); fewest in North Kazakhstan, Pavlodar and Akmola regions; Masimov sentenced in Astana (no incident)',
   """Генпрокуратура: по делам о январских событиях осуждены около 1 200 человек
[[Астана]]. 5 января. Tengrinews.kz - Суды [[15 регионов]] вынесли приговоры около 1 200 участникам январских событий 2022 года, сообщили в Генеральной прокуратуре накануне второй годовщины трагедии.
Больше всего приговоров вынесено в [[Алматы]], а также в [[Жамбылской]] и [[Алматинской]] областях. В [[Жезказгане]], ныне центре [[Улытауской области]], осуждены 14 человек, [[Семейский]] городской суд вынес девять приговоров. Меньше всего дел - в [[Северо-Казахстанской]], [[Павлодарской]] и [[Акмолинской]] областях, где беспорядков почти не было.
Бывший председатель КНБ Карим Масимов в апреле 2023 года приговорён военным судом в [[Астане]] к 18 годам лишения свободы за государственную измену и попытку захвата власти.
Около 400 осуждённых освобождены по амнистии, ещё 300 - условно-досрочно. Правозащитники из [[Алматы]] настаивают на пересмотре дел, в которых подсудимые заявляли о пытках.
Государственный фонд выплатил компенсации предпринимателям, пострадавшим в январе 2022 года, в [[14 регионах]] страны.""",
   [C('Astana', 'Astana', 'dateline'), Q('15 regions', 15, 'region', 'courts that passed verdicts; not an incident statement'),
    C('Almaty', 'Almaty', 'NI:seat of courts'), R(JR, 'list sharing the head noun «областях»; NI:seat of courts'), R(ALR, 'NI:seat of courts'),
    C('Zhezkazgan', UR, 'NI:seat of courts; Ulytau Region on the article date'), R(UR),
    C('Semey', ABR, 'inside the name of a court; NI:seat of the court; Abai Region on the article date'),
    R(NKR, 'list sharing the head noun «областях»; NI:few cases'), R(PR, 'NI:few cases'), R(AKR, 'NI:few cases'),
    C('Astana', 'Astana', 'NI:seat of a court'), C('Almaty', 'Almaty', 'NI:residence of rights activists'),
    Q('14 regions', 14, 'region', 'compensation payments; not an incident statement')],
   inc={}),

mk('p016', '2026-01-05', 'ru',
   '2026 fourth anniversary of the January events: flowers at the memorial in Almaty, a memorial plaque at the police department in Taldykorgan (Jetisu Region), an evening of remembrance in Taraz; Tokayev in Astana (no incident)',
   """В [[Казахстане]] вспоминают погибших в январе 2022 года
[[Алматы]]. 5 января. Kazinform - Жители [[Алматы]] в понедельник принесли цветы к мемориалу «[[Тағзым]]» у [[площади Республики]], где четыре года назад начались самые трагические события в новейшей истории страны.
В [[Талдыкоргане]], центре [[области Жетісу]], у здания департамента полиции открыли памятную доску в честь двух погибших полицейских. В [[Таразе]] в драматическом театре прошёл вечер памяти, организованный родственниками погибших.
Президент Касым-Жомарт Токаев на совещании в [[Астане]] назвал январские события «попыткой государственного переворота» и поручил завершить выплату компенсаций семьям погибших в этом году.
Посольства [[России]], [[Белоруссии]] и [[Армении]] в [[Астане]] возложили венки. Правозащитники в [[Алматы]] вновь потребовали опубликовать доклад о применении силы в январе 2022 года.""",
   [K(), C('Almaty', 'Almaty', 'dateline'), C('Almaty', 'Almaty', 'NI:commemoration'),
    F('Tagzym memorial (Almaty)', 'Almaty', 'memorial', 'NI:commemoration'), F('Republic Square (Almaty)', 'Almaty', 'square', 'NI:site of a memorial'),
    C('Taldykorgan', JTR, 'NI:memorial plaque; Jetisu Region on the article date'), R(JTR),
    C('Taraz', JR, 'NI:evening of remembrance'), C('Astana', 'Astana', 'NI:place of a meeting'),
    X('Russia', 'inside the name of an embassy'), X('Belarus', 'inside the name of an embassy'), X('Armenia', 'inside the name of an embassy'),
    C('Astana', 'Astana', 'NI:seat of embassies'), C('Almaty', 'Almaty', 'NI:residence of rights activists')],
   inc={}),
]
