"""Russian texts of the seventy-sixth unseen check corpus."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'
RO = 'rural okrug'

DOCS = [
dict(id='p009', date='1994-02-15', lang='ru',
     event='1994 boiler explosion at the district boiler house in Beskaragai (Semipalatinsk Region, abolished 1997; East Kazakhstan Region land), one stoker killed; head of the district administration removed; cold flats in Kurchatov and three other districts (not counted)',
     text="""В Бескарагае взорвался котёл: глава районной администрации отстранён
СЕМИПАЛАТИНСК, 15 февраля. – Глава администрации Семипалатинской области Галым Абдрахманов отстранил от должности главу администрации Бескарагайского района после взрыва котла в районной котельной в селе Бескарагай. Погиб кочегар, ещё двое рабочих получили ожоги. Больница, школа и 40 жилых домов райцентра трое суток оставались без тепла при морозе 38 градусов.

По данным областной администрации, уголь для котельных района с осени поступал из Экибастуза с перебоями, а котёл не проходил проверку с 1989 года. Временно исполнять обязанности главы района назначен его заместитель.

Из Алматы в область выехала комиссия Министерства энергетики. Жалобы на холод в квартирах поступают также из Курчатова, где отопление в январе отключали дважды, и ещё из трёх районов области.""",
     ann=[
        ('Бескарагае', 0, 'village', 'Beskaragai', EKR, {'note': 'headline; district centre'}),
        ('СЕМИПАЛАТИНСК', 0, 'city', 'Semey', EKR, {'note': 'dateline; East Kazakhstan Region before 2022-06-08'}),
        ('Семипалатинской области', 0, 'region', EKR, EKR, {'uncertain': True, 'note': 'inside an official post; Semipalatinsk Region, abolished in 1997, labelled with the unit that took its land'}),
        ('Бескарагайского района', 0, 'district', 'Beskaragai District', EKR, {'note': 'inside an official post'}),
        ('Бескарагай', 0, 'village', 'Beskaragai', EKR, {'note': 'boiler explosion'}),
        ('Экибастуза', 0, 'city', 'Ekibastuz', PR, {'note': 'NI:origin of coal'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of a government commission (capital in 1994)'}),
        ('Курчатова', 0, 'city', 'Kurchatov', EKR, {'note': 'NI:heating cuts, not incidents'}),
        ('трёх районов', 0, 'quantified', '3 districts', N, {'count': 3, 'unit': 'district', 'note': 'complaints about cold, not incidents'}),
     ],
     inc={EKR: (1, 'boiler explosion in the district boiler house of Beskaragai, one dead, two burnt; heating cuts in Kurchatov are not counted')}),

dict(id='p010', date='2017-03-28', lang='ru',
     event='2017 South Kazakhstan Region: mudflow through Kaskasu (Tolebi district), 12 houses flooded and a bridge washed away; akim of Kaskasu rural okrug reprimanded; residents of Nursat protest at the Abai district akimat of Shymkent (South Kazakhstan Region before 2018) over water; akim of Sharbulak rural okrug (Kazygurt district) detained; rural road money',
     text="""Сель в Толебийском районе и протест в Шымкенте: аким ЮКО провёл выездное совещание
ШЫМКЕНТ, 28 марта. – Аким Южно-Казахстанской области Жанат Кыдырбаев провёл во вторник выездное совещание в Толебийском районе, где накануне ночью после двух суток ливней с гор сошёл сель.

Грязевой поток прошёл по селу Каскасу: подтоплены 12 домов, смыт автомобильный мост через одноимённую реку, около 60 человек временно размещены в сельской школе. Погибших и пострадавших нет. Акиму Каскасуского сельского округа Толебийского района Ерлану Мамытову объявлен строгий выговор: по данным областного департамента по ЧС, русло реки выше села не расчищалось с 2014 года.

В тот же день около сотни жителей микрорайона Нурсат пришли к зданию акимата Абайского района Шымкента с требованием восстановить подачу воды, которой в многоэтажных домах нет с 20 марта. Жители жаловались, что воду им привозят в бочках, а очередь к ним занимают с шести утра. Аким района пообещал, что вода появится к выходным, а городской водоканал сослался на аварию на магистральном водоводе.

Между тем финансовая полиция задержала акима сельского округа Шарбулак Казыгуртского района. Его подозревают в хищении 18 млн тенге, выделенных на ремонт внутрипоселковых дорог. По данным ведомства, работы были оплачены, но не выполнены.

На совещании обсуждались и дороги. В этом году на ремонт сельских дорог в области выделено 14 млрд тенге; больше всего жалоб поступает из пяти районов, прилегающих к трассе Шымкент — Ташкент. Аким области поручил акимам районов до 1 мая представить графики работ и еженедельно отчитываться о них. Кроме того, до 15 апреля должны быть расчищены русла рек в Сайрамском и Ордабасинском районах, где весной ожидается высокая вода.""",
     ann=[
        ('Толебийском районе', 0, 'district', 'Tolebi District', SKR, {'note': 'headline'}),
        ('Шымкенте', 0, 'city', 'Shymkent', SKR, {'note': 'headline; South Kazakhstan Region before 2018-06-19'}),
        ('ЮКО', 0, 'region', SKR, SKR, {'note': 'headline; abbreviation inside an official post'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', SKR, {'note': 'dateline'}),
        ('Южно-Казахстанской области', 0, 'region', SKR, SKR, {'note': 'inside an official post'}),
        ('Толебийском районе', 1, 'district', 'Tolebi District', SKR),
        ('Каскасу', 0, 'village', 'Kaskasu', SKR, {'note': 'mudflow'}),
        ('Каскасуского сельского округа', 0, 'district', 'Kaskasu Rural Okrug', SKR, {'subkind': RO, 'note': 'inside an official post'}),
        ('Толебийского района', 0, 'district', 'Tolebi District', SKR, {'note': 'inside an official post'}),
        ('Нурсат', 0, 'district', 'Nursat (Shymkent)', SKR, {'subkind': 'microdistrict', 'note': 'NI:home of the protesters (water cut)'}),
        ('Абайского района', 0, 'district', 'Abai District (Shymkent)', SKR, {'subkind': 'city district', 'note': 'protest at the district akimat; district of Shymkent, not Abai Region'}),
        ('Шымкента', 0, 'city', 'Shymkent', SKR),
        ('Шарбулак', 0, 'district', 'Sharbulak Rural Okrug', SKR, {'subkind': RO, 'note': 'inside an official post; the head noun precedes the name'}),
        ('Казыгуртского района', 0, 'district', 'Kazygurt District', SKR, {'note': 'inside an official post'}),
        ('пяти районов', 0, 'quantified', '5 districts', N, {'count': 5, 'unit': 'district', 'note': 'complaints about roads, not incidents'}),
        ('Шымкент', 0, 'city', 'Shymkent', SKR, {'note': 'NI:route endpoint'}),
        ('Ташкент', 0, 'foreign', 'Tashkent', N, {'note': 'NI:route endpoint'}),
        ('Сайрамском', 0, 'district', 'Sayram District', SKR, {'note': 'NI:river beds to be cleared; in a list sharing "районах"'}),
        ('Ордабасинском', 0, 'district', 'Ordabasy District', SKR, {'note': 'NI:river beds to be cleared; in a list sharing "районах"'}),
     ],
     inc={SKR: (2, 'mudflow through Kaskasu, Tolebi district (12 houses flooded, bridge washed away); protest of about a hundred residents at the Abai district akimat of Shymkent')}),

dict(id='p011', date='2022-06-15', lang='ru',
     event='2022 first district akims of the new Jetisu Region presented in Taldykorgan a week after its creation; fire destroys a hay and grain store in Balpyk Bi (Koksu district); roads near the Chinese border in Panfilov district; Almaty Region seat moved to Kapshagay',
     text="""В области Жетысу представлены первые акимы районов
ТАЛДЫКОРГАН, 15 июня. – Аким новой области Жетысу Бейбут Сапаров представил в среду акимов Кербулакского и Коксуского районов, назначенных после образования области 8 июня. Оба района до прошлой недели входили в Алматинскую область; теперь их бюджеты на второе полугодие будет утверждать маслихат в Талдыкоргане.

Новому акиму Коксуского района Ержану Кусаинову сразу пришлось разбираться с последствиями пожара: в ночь на понедельник в селе Балпык би сгорел склад с сеном и зерном местного хозяйства. Огонь тушили семь часов, пострадавших нет. Аким Балпыкского сельского округа признал, что пожарный гидрант на соседней улице не работал с зимы.

Аким области сообщил, что в приграничных с Китаем сёлах Панфиловского района в этом году отремонтируют 40 км дорог, а водопровод в Жаркенте достроят к осени. Центр Алматинской области тем временем переносится в Капшагай.""",
     ann=[
        ('Жетысу', 0, 'region', JTR, JTR, {'note': 'headline; the head noun precedes the name (область Жетысу); created 2022-06-08'}),
        ('ТАЛДЫКОРГАН', 0, 'city', 'Taldykorgan', JTR, {'note': 'dateline; Jetisu Region since 2022-06-08'}),
        ('Жетысу', 1, 'region', JTR, JTR, {'note': 'inside an official post'}),
        ('Кербулакского', 0, 'district', 'Kerbulak District', JTR, {'note': 'in a list sharing "районов"; inside an official post'}),
        ('Коксуского', 0, 'district', 'Koksu District', JTR, {'note': 'in a list sharing "районов"; inside an official post'}),
        ('Алматинскую область', 0, 'region', ALR, ALR, {'note': 'NI:former region of the districts'}),
        ('Талдыкоргане', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:seat of the maslikhat'}),
        ('Коксуского района', 0, 'district', 'Koksu District', JTR, {'note': 'inside an official post'}),
        ('Балпык би', 0, 'village', 'Balpyk Bi', JTR, {'note': 'fire at a hay and grain store'}),
        ('Балпыкского сельского округа', 0, 'district', 'Balpyk Rural Okrug', JTR, {'subkind': RO, 'note': 'inside an official post'}),
        ('Китаем', 0, 'foreign', 'China', N, {'note': 'NI:border'}),
        ('Панфиловского района', 0, 'district', 'Panfilov District', JTR, {'note': 'NI:road repairs'}),
        ('Жаркенте', 0, 'city', 'Zharkent', JTR, {'note': 'NI:water pipeline'}),
        ('Алматинской области', 0, 'region', ALR, ALR, {'note': 'NI:seat of the region moving'}),
        ('Капшагай', 0, 'city', 'Konaev', ALR, {'note': 'NI:new seat of Almaty Region; Kapshagay, renamed Konaev in 2022'}),
     ],
     inc={JTR: (1, 'fire destroying a hay and grain store in Balpyk Bi, Koksu district')}),

dict(id='p012', date='2009-12-08', lang='ru',
     event='2009 boy killed in an open manhole on Tole Bi Street in Taraz (Jambyl Region); city akim reprimanded; akim of Sarykemer rural okrug (Baizak district) detained for a bribe for a plot on the Taraz-Shymkent road',
     text="""В Таразе ребёнок погиб в открытом колодце; акиму города объявлен выговор
ТАРАЗ, 8 декабря. – Семилетний мальчик погиб, упав в открытый канализационный колодец на улице Толе би в Таразе, сообщила прокуратура Жамбылской области. По словам жителей, крышку колодца украли ещё в октябре, и они дважды сообщали об этом в городской акимат.

Аким Жамбылской области объявил строгий выговор акиму Тараза и поручил за неделю проверить все колодцы в городе и районных центрах. Против руководителя городского коммунального предприятия возбуждено уголовное дело.

В тот же день антикоррупционная служба сообщила о задержании акима Сарыкемерского сельского округа Байзакского района. Он подозревается в получении взятки в 300 тысяч тенге за выделение земельного участка под магазин у трассы Тараз — Шымкент.""",
     ann=[
        ('Таразе', 0, 'city', 'Taraz', JR, {'note': 'headline'}),
        ('ТАРАЗ', 0, 'city', 'Taraz', JR, {'note': 'dateline'}),
        ('улице Толе би', 0, 'facility', 'Tole Bi Street (Taraz)', JR, {'subkind': 'street', 'note': 'street named after a person; not the village Tole Bi or Tolebi district'}),
        ('Таразе', 1, 'city', 'Taraz', JR, {'note': 'child killed in an open manhole'}),
        ('Жамбылской области', 0, 'region', JR, JR, {'note': 'inside the name of an authority'}),
        ('Жамбылской области', 1, 'region', JR, JR, {'note': 'inside an official post'}),
        ('Тараза', 0, 'city', 'Taraz', JR, {'note': 'inside an official post'}),
        ('Сарыкемерского сельского округа', 0, 'district', 'Sarykemer Rural Okrug', JR, {'subkind': RO, 'note': 'inside an official post'}),
        ('Байзакского района', 0, 'district', 'Baizak District', JR, {'note': 'inside an official post'}),
        ('Тараз', 0, 'city', 'Taraz', JR, {'note': 'NI:route endpoint'}),
        ('Шымкент', 0, 'city', 'Shymkent', SKR, {'note': 'NI:route endpoint; South Kazakhstan Region before 2018-06-19'}),
     ],
     inc={JR: (1, 'seven-year-old boy killed in an open manhole on Tole Bi Street, Taraz; the detention for bribery is not an incident')}),

dict(id='p013', date='2024-11-12', lang='ru',
     event='2024 akim of Abai Region reports in Semey on roads, water and heating: lorry-bus collision near Zhangiztobe (Zharma district), two dead; residents of Makanchi block the road to Urzhar over water; akim of Karakol rural okrug (Urzhar district) detained; boilers replaced in Kurchatov; coal via Ust-Kamenogorsk (East Kazakhstan Region)',
     text="""Аким области Абай отчитался: дороги, вода и тепло
СЕМЕЙ, 12 ноября. – Аким области Абай Марат Сейтказин отчитался перед жителями в Семее о первых двух годах работы новой области. Область, выделенная в июне 2022 года из Восточно-Казахстанской, получила за это время из республиканского бюджета 96 млрд тенге на дороги, водопроводы и котельные.

По словам акима, за год отремонтировано 310 км дорог, в том числе участок трассы Семей — Аягоз и 60 км районных дорог в Жарминском районе. Именно в этом районе на прошлой неделе у села Жангизтобе грузовик столкнулся с рейсовым автобусом: погибли двое, ещё девять человек госпитализированы в Семей. Аким района поручил установить на участке освещение и ограждения.

Питьевой воды по-прежнему не хватает. В Аягозском районе воду в пяти сельских округах возят цистернами, а в сентябре около 80 жителей села Маканчи на три часа перекрыли дорогу на Урджар, требуя пробурить новую скважину. Скважину обещают к весне.

Отдельно аким говорил о кадрах. За год сменились акимы четырёх районов, а аким Каракольского сельского округа Урджарского района задержан в октябре по подозрению в присвоении 12 млн тенге, выделенных на ремонт сельского клуба.

Отопительный сезон, по словам акима, начался без срывов. В Курчатове, где прошлой зимой котельная дважды останавливалась, заменены два котла. Часть угля по-прежнему поступает через Усть-Каменогорск, бывший центр области, по договору с Восточно-Казахстанской областью.

Бюджет области на 2025 год составит 410 млрд тенге, из них 38 млрд пойдёт на сельские дороги и водопроводы. Аким пообещал, что в Бескарагайском и Бородулихинском районах к 2026 году все сёла будут подключены к центральному водоснабжению.""",
     ann=[
        ('Абай', 0, 'region', ABR, ABR, {'note': 'headline; the head noun precedes the name (область Абай); inside an official post'}),
        ('СЕМЕЙ', 0, 'city', 'Semey', ABR, {'note': 'dateline; Abai Region since 2022-06-08'}),
        ('Абай', 1, 'region', ABR, ABR, {'note': 'inside an official post'}),
        ('Семее', 0, 'city', 'Semey', ABR, {'note': 'NI:venue of the report'}),
        ('Восточно-Казахстанской', 0, 'region', EKR, EKR, {'note': 'NI:region the new one was separated from (elliptical, "области" implied)'}),
        ('Семей', 0, 'city', 'Semey', ABR, {'note': 'NI:road endpoint'}),
        ('Аягоз', 0, 'city', 'Ayagoz', ABR, {'note': 'NI:road endpoint'}),
        ('Жарминском районе', 0, 'district', 'Zharma District', ABR, {'note': 'road repairs; the collision is in this district'}),
        ('Жангизтобе', 0, 'village', 'Zhangiztobe', ABR, {'note': 'lorry-bus collision near the village'}),
        ('Семей', 1, 'city', 'Semey', ABR, {'note': 'NI:hospital'}),
        ('Аягозском районе', 0, 'district', 'Ayagoz District', ABR, {'note': 'NI:trucked water'}),
        ('пяти сельских округах', 0, 'quantified', '5 rural okrugs', N, {'count': 5, 'unit': RO, 'note': 'trucked water, not incidents'}),
        ('Маканчи', 0, 'village', 'Makanshy', ABR, {'note': 'road blockade by residents'}),
        ('Урджар', 0, 'village', 'Urzhar', ABR, {'note': 'NI:road destination'}),
        ('четырёх районов', 0, 'quantified', '4 districts', N, {'count': 4, 'unit': 'district', 'note': 'akims replaced, not incidents'}),
        ('Каракольского сельского округа', 0, 'district', 'Karakol Rural Okrug', ABR, {'subkind': RO, 'note': 'inside an official post'}),
        ('Урджарского района', 0, 'district', 'Urzhar District', ABR, {'note': 'inside an official post'}),
        ('Курчатове', 0, 'city', 'Kurchatov', ABR, {'note': 'NI:boilers replaced; stoppages last winter not narrated as incidents'}),
        ('Усть-Каменогорск', 0, 'city', 'Oskemen', EKR, {'note': 'NI:coal route; Russian name of Oskemen'}),
        ('Восточно-Казахстанской областью', 0, 'region', EKR, EKR, {'note': 'NI:party to a contract'}),
        ('Бескарагайском', 0, 'district', 'Beskaragai District', ABR, {'note': 'NI:planned water supply; in a list sharing "районах"'}),
        ('Бородулихинском', 0, 'district', 'Borodulikha District', ABR, {'note': 'NI:planned water supply; in a list sharing "районах"'}),
        ('все сёла', 0, 'quantified', 'all villages', N, {'count': N, 'unit': 'village', 'quantifier': 'all', 'note': 'planned water supply, not incidents'}),
     ],
     inc={ABR: (2, 'lorry-bus collision near Zhangiztobe, Zharma district, two dead; road blockade by about 80 residents of Makanchi over water')}),

dict(id='p014', date='2006-11-14', lang='ru',
     event='2006 Caspian storm surge floods 43 houses in Zhanatalap, Kurmangazy district (Atyrau Region); evacuation to Ganyushkino; akim of Zhanatalap rural okrug on the dyke; Astrakhan oblast coast also flooded; Atyrau (formerly Guryev) not affected',
     text="""Нагонная волна затопила дома в Курмангазинском районе
АТЫРАУ, 14 ноября. – Сильный ветер с Каспийского моря нагнал воду на побережье Курмангазинского района Атырауской области: в селе Жанаталап подтоплены 43 дома, сообщил департамент по чрезвычайным ситуациям. Жителей вывозят на технике в районный центр Ганюшкино. Жертв нет.

Аким Жанаталапского сельского округа Серик Утегенов рассказал, что дамба, построенная после нагона 2004 года, выдержала, но вода прошла в обход по протоке. Аким области Кайрат Жумабаев поручил акиму Курмангазинского района к весне нарастить дамбу ещё на метр.

Побережье района граничит с Астраханской областью России, где, по сообщениям российских спасателей, также подтоплены прибрежные сёла. В самом Атырау (до 1991 года – Гурьев) подъёма воды в Урале не зафиксировано.""",
     ann=[
        ('Курмангазинском районе', 0, 'district', 'Kurmangazy District', ATR, {'note': 'headline'}),
        ('АТЫРАУ', 0, 'city', 'Atyrau', ATR, {'note': 'dateline'}),
        ('Каспийского моря', 0, 'facility', 'Caspian Sea', N, {'subkind': 'sea'}),
        ('Курмангазинского района', 0, 'district', 'Kurmangazy District', ATR),
        ('Атырауской области', 0, 'region', ATR, ATR),
        ('Жанаталап', 0, 'village', 'Zhanatalap', ATR, {'note': 'flooded village'}),
        ('Ганюшкино', 0, 'village', 'Ganyushkino', ATR, {'note': 'NI:evacuation destination; district centre'}),
        ('Жанаталапского сельского округа', 0, 'district', 'Zhanatalap Rural Okrug', ATR, {'subkind': RO, 'note': 'inside an official post'}),
        ('Курмангазинского района', 1, 'district', 'Kurmangazy District', ATR, {'note': 'inside an official post'}),
        ('Астраханской областью', 0, 'foreign', 'Astrakhan Oblast', N, {'note': 'flooding abroad, not a Kazakh incident'}),
        ('России', 0, 'foreign', 'Russia', N),
        ('Атырау', 0, 'city', 'Atyrau', ATR, {'note': 'NI:no rise of water'}),
        ('Гурьев', 0, 'city', 'Atyrau', ATR, {'note': 'NI:former name (until 1991), in brackets'}),
        ('Урале', 0, 'facility', 'Ural River', N, {'subkind': 'river'}),
     ],
     inc={ATR: (1, 'storm-surge flood of 43 houses in Zhanatalap, Kurmangazy district')}),

dict(id='p015', date='1998-04-20', lang='ru',
     event='1998 akim of Akmola (the new capital, renamed Astana in May 1998) reports on preparations for its presentation; spring flood of 15 houses in Orazak, Tselinograd district (Akmola Region); akim of Kokshetau (North Kazakhstan Region 1997-1999) at the session; the former Kokshetau Region; the old names Akmolinsk and Tselinograd',
     text="""Аким Акмолы: к презентации столицы успеем
АКМОЛА, 20 апреля. – Аким Акмолы Ерболат Кенжин заверил депутатов городского маслихата, что ремонт улиц и фасадов в центре новой столицы будет завершён к её международной презентации в июне. На эти цели из республиканского бюджета выделено 3,2 млрд тенге.

Больше всего вопросов вызвало весеннее половодье. Ишим в черте города поднялся на три метра, но дамбы выдержали. Хуже обстоят дела в Целиноградском районе Акмолинской области, где в селе Оразак вода зашла в 15 домов. Аким сельского округа Оразак сообщил, что жителей отселили к родственникам.

На сессии выступил и аким Кокшетау – города, который с прошлого года входит в Северо-Казахстанскую область. Он предложил возить в Акмолу овощи из районов бывшей Кокшетауской области. Напомним, до 1961 года Акмола называлась Акмолинском, а с 1961 по 1992 год – Целиноградом.""",
     ann=[
        ('Акмолы', 0, 'city', 'Astana', 'Astana', {'note': 'headline; inside an official post; the capital named Akmola 1992-1998'}),
        ('АКМОЛА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Акмолы', 1, 'city', 'Astana', 'Astana', {'note': 'inside an official post'}),
        ('Ишим', 0, 'facility', 'Yesil River', N, {'subkind': 'river', 'note': 'Russian name of the Yesil; rose, dams held'}),
        ('Целиноградском районе', 0, 'district', 'Tselinograd District', AKR),
        ('Акмолинской области', 0, 'region', AKR, AKR),
        ('Оразак', 0, 'village', 'Orazak', AKR, {'note': 'flooded houses'}),
        ('Оразак', 1, 'district', 'Orazak Rural Okrug', AKR, {'subkind': RO, 'note': 'inside an official post; the head noun precedes the name'}),
        ('Кокшетау', 0, 'city', 'Kokshetau', NKR, {'note': 'inside an official post; in North Kazakhstan Region from 1997 to 1999'}),
        ('Северо-Казахстанскую область', 0, 'region', NKR, NKR, {'note': 'NI:administrative background'}),
        ('Акмолу', 0, 'city', 'Astana', 'Astana', {'note': 'NI:destination of deliveries'}),
        ('Кокшетауской области', 0, 'region', NKR, NKR, {'uncertain': True, 'note': 'NI:former Kokshetau Region (abolished 1997), labelled with the unit that held its land on the article date'}),
        ('Акмола', 0, 'city', 'Astana', 'Astana', {'note': 'NI:history of the name'}),
        ('Акмолинском', 0, 'city', 'Astana', 'Astana', {'note': 'NI:former name Akmolinsk'}),
        ('Целиноградом', 0, 'city', 'Astana', 'Astana', {'note': 'NI:former name Tselinograd'}),
     ],
     inc={AKR: (1, 'spring flood of 15 houses in Orazak, Tselinograd district; the rise of the Ishim in the capital did no damage')}),

dict(id='p016', date='2025-12-09', lang='ru',
     event='2025 gas explosion in a private house in the Tassay microdistrict of Turan district, Shymkent, two dead; district akim reprimanded; an injured woman to be moved to Turkistan',
     text="""Взрыв газа в Туранском районе Шымкента: погибли двое
ШЫМКЕНТ, 9 декабря. – Два человека погибли и трое пострадали при взрыве газа в частном жилом доме в микрорайоне Тассай Туранского района Шымкента в понедельник вечером, сообщил городской департамент по чрезвычайным ситуациям. Взрывом повреждены ещё четыре соседних дома.

По предварительным данным, утечка произошла из самодельного подключения к газовой сети. Аким Шымкента объявил выговор акиму Туранского района и поручил за месяц проверить подключения во всех микрорайонах района. По словам газовиков, за год в городе выявлено более двух тысяч незаконных врезок.

Пострадавших доставили в городскую больницу № 2. Одну из них по просьбе родственников переведут в Туркестан, где живёт её семья.""",
     ann=[
        ('Туранском районе', 0, 'district', 'Turan District (Shymkent)', 'Shymkent', {'subkind': 'city district', 'note': 'headline'}),
        ('Шымкента', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'headline; city of republican significance since 2018-06-19'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'dateline'}),
        ('Тассай', 0, 'district', 'Tassay (Shymkent)', 'Shymkent', {'subkind': 'microdistrict', 'note': 'gas explosion'}),
        ('Туранского района', 0, 'district', 'Turan District (Shymkent)', 'Shymkent', {'subkind': 'city district'}),
        ('Шымкента', 1, 'city', 'Shymkent', 'Shymkent'),
        ('Шымкента', 2, 'city', 'Shymkent', 'Shymkent', {'note': 'inside an official post'}),
        ('Туранского района', 1, 'district', 'Turan District (Shymkent)', 'Shymkent', {'subkind': 'city district', 'note': 'inside an official post'}),
        ('всех микрорайонах', 0, 'quantified', 'all microdistricts', N, {'count': N, 'unit': 'microdistrict', 'quantifier': 'all', 'note': 'checks of gas connections, not incidents'}),
        ('Туркестан', 0, 'city', 'Turkistan', TR, {'note': 'NI:transfer of an injured woman'}),
     ],
     inc={'Shymkent': (1, 'gas explosion in a private house in Tassay, Turan district, two dead, three hurt; the yearly count of illegal connections is not an incident')}),
]
