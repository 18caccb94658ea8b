"""Russian texts of the ninety-fourth unseen check corpus."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p009', date='2012-01-20', lang='ru',
     event='2012 ВКО briefs: fatal house fire in the Akhmirovo microdistrict of Ust-Kamenogorsk, robbery of a taxi driver on Abai Street in Semey (East Kazakhstan Region before 2022), bus-lorry collision in Glubokoe district; fine by the Zyryanovsk district court not counted; frost warning in five districts',
     text="""ВКО: сводка происшествий за сутки
УСТЬ-КАМЕНОГОРСК, 20 января — В г. Усть-Каменогорске в мкр. Ахмирово ночью загорелся частный дом, погиб 70-летний хозяин, сообщили в ДЧС ВКО. Причиной пожара, по предварительным данным, стала неисправная печь.
В Семее сотрудники ДВД ВКО задержали двоих мужчин, которые избили и ограбили таксиста на ул. Абая. Оба задержанных приехали в город из г. Аягоза.
В Глубоковском р-не на трассе Усть-Каменогорск — Риддер столкнулись рейсовый автобус и грузовик, пострадали шесть человек. Их доставили в районную больницу п. Глубокое.
Зыряновский районный суд ВКО оштрафовал местное ТОО на 4 млн тенге за загрязнение реки Бухтармы.
Морозы до 42 градусов ожидаются в пяти районах ВКО, предупредили синоптики.""",
     ann=[
        ('ВКО', 0, 'region', EKR, EKR, {'note': 'headline; abbreviation of Восточно-Казахстанская область'}),
        ('УСТЬ-КАМЕНОГОРСК', 0, 'city', 'Oskemen', EKR, {'note': 'dateline'}),
        ('Усть-Каменогорске', 0, 'city', 'Oskemen', EKR, {'note': 'after the abbreviation "г."'}),
        ('Ахмирово', 0, 'district', 'Akhmirovo (Oskemen)', EKR, {'subkind': 'microdistrict', 'note': 'after the abbreviation "мкр."'}),
        ('ВКО', 1, 'region', EKR, EKR, {'note': 'inside the name of an authority (ДЧС ВКО)'}),
        ('Семее', 0, 'city', 'Semey', EKR, {'note': 'East Kazakhstan Region before 2022-06-08'}),
        ('ВКО', 2, 'region', EKR, EKR, {'note': 'inside the name of an authority (ДВД ВКО, regional police)'}),
        ('ул. Абая', 0, 'facility', 'Abai Street (Semey)', EKR, {'subkind': 'street', 'note': 'street named after the poet; not Abai Region'}),
        ('Аягоза', 0, 'city', 'Ayagoz', EKR, {'note': "NI:suspects' origin"}),
        ('Глубоковском р-не', 0, 'district', 'Glubokoe District', EKR, {'note': 'abbreviated head noun'}),
        ('Усть-Каменогорск', 0, 'city', 'Oskemen', EKR, {'note': 'NI:road endpoint'}),
        ('Риддер', 0, 'city', 'Ridder', EKR, {'note': 'NI:road endpoint'}),
        ('Глубокое', 0, 'village', 'Glubokoe', EKR, {'note': 'NI:hospital'}),
        ('Зыряновский', 0, 'district', 'Zyryanovsk District', EKR, {'note': 'NI:inside the name of a court; a fine'}),
        ('ВКО', 3, 'region', EKR, EKR, {'note': 'NI:inside the name of a court'}),
        ('Бухтармы', 0, 'facility', 'Bukhtarma River', N, {'subkind': 'river', 'note': 'NI:pollution case'}),
        ('пяти районах ВКО', 0, 'quantified', '5 districts', N, {'count': 5, 'unit': 'district', 'note': 'frost warning, not an incident; the region abbreviation is inside the quantified phrase'}),
     ],
     inc={EKR: (3, 'fatal house fire in Akhmirovo, Ust-Kamenogorsk; taxi driver beaten and robbed on Abai Street in Semey; bus-lorry collision in Glubokoe district')}),

dict(id='p010', date='2023-02-14', lang='ru',
     event='2023 briefs from СКО, ВКО and Abai Region: fatal house fire on Zhambyl Street in Petropavlovsk and a bus overturned near Saumalkol, Ayyrtau district (NKR); snow from a roof buries a boy in Ridder and a knife fight on Nezavisimosti Avenue in Ust-Kamenogorsk (EKR); heating protest at the Abai Region akimat in Semey and a garage fire in Ayagoz (Abai Region); Semey recalled as part of ВКО before June 2022; roofs torn off in four unnamed regions (unattributed)',
     text="""Сводка происшествий: СКО, ВКО и область Абай
14 февраля 2023 г.

СКО
ПЕТРОПАВЛОВСК — В г. Петропавловске при пожаре в двухэтажном доме на ул. Жамбыла погибла 78-летняя пенсионерка, ещё трое жильцов отравились угарным газом, сообщили в ДЧС СКО.
Рейсовый автобус Петропавловск — Кокшетау перевернулся на гололёде у с. Саумалколь Айыртауского р-на, пять пассажиров госпитализированы. ДП СКО начал досудебное расследование. По словам водителя, автобус занесло на повороте, когда он пытался разъехаться со встречным грузовиком. Пассажиров с лёгкими травмами отпустили домой после осмотра.
Межрайонный суд по уголовным делам СКО приговорил к восьми годам жителя г. Мамлютка за убийство соседа.

ВКО
УСТЬ-КАМЕНОГОРСК — В Риддере с крыши пятиэтажки на ул. Гагарина сошёл снег и накрыл 10-летнего мальчика. Прохожие откопали ребёнка, он в больнице. Коммунальные службы города за день очистили от снега и наледи крыши 40 домов. Акимат ВКО поручил очистить кровли во всех городах области.
В Усть-Каменогорске полицейские задержали восьмерых участников драки у ночного клуба на пр. Независимости, один человек ранен ножом.

Область Абай
СЕМЕЙ — Около 60 жителей мкр. Восточный собрались у здания акимата области Абай, требуя вернуть отопление, отключённое три дня назад. Аким г. Семей пообещал восстановить подачу тепла к вечеру. До июня 2022 года Семей входил в ВКО, и многие жители по привычке отправляют жалобы в Усть-Каменогорск.
В Аягозе ночью сгорел гараж с тремя автомобилями. Пожарные потушили огонь за два часа. Причиной пожара, по предварительной версии, стала неисправная проводка, хозяин оценил ущерб в 15 млн тенге.
По данным ДЧС, в трёх районах области Абай объявлено штормовое предупреждение. По данным МЧС Казахстана, за те же сутки сильный ветер сорвал крыши жилых домов ещё в четырёх областях страны. Синоптики обещают, что к выходным морозы ослабнут.""",
     ann=[
        ('СКО', 0, 'region', NKR, NKR, {'note': 'headline; abbreviation of Северо-Казахстанская область'}),
        ('ВКО', 0, 'region', EKR, EKR, {'note': 'headline'}),
        ('область Абай', 0, 'region', ABR, ABR, {'note': 'headline; the region named after the poet'}),
        ('СКО', 1, 'region', NKR, NKR, {'note': 'section heading'}),
        ('ПЕТРОПАВЛОВСК', 0, 'city', 'Petropavl', NKR, {'note': 'dateline'}),
        ('Петропавловске', 0, 'city', 'Petropavl', NKR, {'note': 'after the abbreviation "г."'}),
        ('ул. Жамбыла', 0, 'facility', 'Zhambyl Street (Petropavl)', NKR, {'subkind': 'street', 'note': 'street named after the poet; not Jambyl Region'}),
        ('СКО', 2, 'region', NKR, NKR, {'note': 'inside the name of an authority (ДЧС СКО)'}),
        ('Петропавловск', 0, 'city', 'Petropavl', NKR, {'note': 'NI:route endpoint'}),
        ('Кокшетау', 0, 'city', 'Kokshetau', AKR, {'note': 'NI:route endpoint'}),
        ('Саумалколь', 0, 'village', 'Saumalkol', NKR, {'note': 'after the abbreviation "с."'}),
        ('Айыртауского р-на', 0, 'district', 'Ayyrtau District', NKR, {'note': 'abbreviated head noun'}),
        ('СКО', 3, 'region', NKR, NKR, {'note': 'inside the name of an authority (ДП СКО, regional police)'}),
        ('СКО', 4, 'region', NKR, NKR, {'note': 'NI:inside the name of a court; a sentence'}),
        ('Мамлютка', 0, 'city', 'Mamlyutka', NKR, {'note': "NI:convict's residence"}),
        ('ВКО', 1, 'region', EKR, EKR, {'note': 'section heading'}),
        ('УСТЬ-КАМЕНОГОРСК', 0, 'city', 'Oskemen', EKR, {'note': 'dateline'}),
        ('Риддере', 0, 'city', 'Ridder', EKR),
        ('ул. Гагарина', 0, 'facility', 'Gagarin Street (Ridder)', EKR, {'subkind': 'street', 'note': 'street named after a person'}),
        ('ВКО', 2, 'region', EKR, EKR, {'note': 'inside the name of an authority (akimat)'}),
        ('всех городах области', 0, 'quantified', 'all cities', N, {'count': None, 'unit': 'city', 'quantifier': 'all', 'note': 'roof clearing order, not an incident'}),
        ('Усть-Каменогорске', 0, 'city', 'Oskemen', EKR),
        ('пр. Независимости', 0, 'facility', 'Nezavisimosti Avenue (Oskemen)', EKR, {'subkind': 'street', 'note': 'the abbreviation "пр." (проспект) is part of the street name, like "ул."'}),
        ('Область Абай', 0, 'region', ABR, ABR, {'note': 'section heading'}),
        ('СЕМЕЙ', 0, 'city', 'Semey', ABR, {'note': 'dateline; Abai Region since 2022-06-08'}),
        ('Восточный', 0, 'district', 'Vostochny (Semey)', ABR, {'subkind': 'microdistrict', 'note': "NI:protesters' residence; after the abbreviation \"мкр.\""}),
        ('области Абай', 0, 'region', ABR, ABR, {'note': 'inside the name of an authority (akimat); the protest took place at its building in Semey'}),
        ('Семей', 0, 'city', 'Semey', ABR, {'note': 'inside an official post (аким г. Семей)'}),
        ('Семей', 1, 'city', 'Semey', ABR, {'note': 'NI:background (part of ВКО before June 2022)'}),
        ('ВКО', 3, 'region', EKR, EKR, {'note': 'NI:background'}),
        ('Усть-Каменогорск', 0, 'city', 'Oskemen', EKR, {'note': 'NI:addressee of complaints'}),
        ('Аягозе', 0, 'city', 'Ayagoz', ABR),
        ('трёх районах области Абай', 0, 'quantified', '3 districts', N, {'count': 3, 'unit': 'district', 'note': 'storm warning, not an incident'}),
        ('Казахстана', 0, 'country', 'Kazakhstan', N, {'note': 'inside the name of an authority (МЧС Казахстана)'}),
        ('четырёх областях страны', 0, 'quantified', '4 regions', N, {'count': 4, 'unit': 'region', 'note': 'roofs torn off in four unnamed regions (unattributed)'}),
     ],
     inc={NKR: (2, 'fatal house fire on Zhambyl Street in Petropavlovsk; bus overturned near Saumalkol, Ayyrtau district; the murder sentence is not counted'),
          EKR: (2, 'snow from a roof buries a boy in Ridder; knife fight outside a night club in Ust-Kamenogorsk'),
          ABR: (2, 'heating protest at the Abai Region akimat in Semey; garage fire in Ayagoz')},
     unatt=[{'label': 'четырёх областях страны', 'count': 4, 'note': 'storm damage (roofs torn off) in four other, unnamed regions'}]),

dict(id='p011', date='2005-04-07', lang='ru',
     event='2005 ЗКО briefs: oil workers\' hostel fire in Aksai (Burlin district), armed attack on cash collectors on Kurmangazy Street in Uralsk, spring flood of 15 yards in Chapaevo (Akzhaik district); fraud arrest by the Uralsk city court not counted',
     text="""ЗКО: пожар в Аксае, нападение на инкассаторов в Уральске
УРАЛЬСК, 7 апреля — В г. Аксае Бурлинского р-на ЗКО ночью сгорело общежитие нефтяников, 46 человек эвакуированы, пострадавших нет, сообщили в ДЧС ЗКО.
В Уральске в среду двое неизвестных в масках напали на инкассаторов у магазина на ул. Курмангазы и похитили 3 млн тенге. Один охранник ранен выстрелом в ногу. ДВД ЗКО объявил план «Перехват».
В п. Чапаево Акжаикского р-на талая вода подтопила 15 дворов, жителей двух домов пришлось отселить к родственникам. Уровень воды в Урале у Уральска пока ниже критической отметки.
Уральский городской суд санкционировал арест главы крестьянского хозяйства из с. Переметное по делу о мошенничестве с субсидиями.""",
     ann=[
        ('ЗКО', 0, 'region', WKR, WKR, {'note': 'headline; abbreviation of Западно-Казахстанская область'}),
        ('Аксае', 0, 'city', 'Aksai', WKR, {'note': 'headline'}),
        ('Уральске', 0, 'city', 'Oral', WKR, {'note': 'headline; Russian name of Oral'}),
        ('УРАЛЬСК', 0, 'city', 'Oral', WKR, {'note': 'dateline'}),
        ('Аксае', 1, 'city', 'Aksai', WKR, {'note': 'after the abbreviation "г."'}),
        ('Бурлинского р-на', 0, 'district', 'Burlin District', WKR, {'note': 'abbreviated head noun'}),
        ('ЗКО', 1, 'region', WKR, WKR),
        ('ЗКО', 2, 'region', WKR, WKR, {'note': 'inside the name of an authority (ДЧС ЗКО)'}),
        ('Уральске', 1, 'city', 'Oral', WKR),
        ('ул. Курмангазы', 0, 'facility', 'Kurmangazy Street (Oral)', WKR, {'subkind': 'street', 'note': 'street named after a person'}),
        ('ЗКО', 3, 'region', WKR, WKR, {'note': 'inside the name of an authority (ДВД ЗКО, regional police)'}),
        ('Чапаево', 0, 'village', 'Chapaev', WKR, {'note': 'after the abbreviation "п."'}),
        ('Акжаикского р-на', 0, 'district', 'Akzhaik District', WKR, {'note': 'abbreviated head noun'}),
        ('Урале', 0, 'facility', 'Ural River', N, {'subkind': 'river', 'note': 'NI:water level below the critical mark'}),
        ('Уральска', 0, 'city', 'Oral', WKR, {'note': 'NI:reference point for the water level'}),
        ('Уральский', 0, 'city', 'Oral', WKR, {'note': 'NI:adjective inside the name of a court; an arrest'}),
        ('Переметное', 0, 'village', 'Peremetnoe', WKR, {'note': "NI:suspect's residence"}),
     ],
     inc={WKR: (3, "oil workers' hostel fire in Aksai, Burlin district; armed attack on cash collectors on Kurmangazy Street in Uralsk, a guard shot; spring flood of 15 yards in Chapaevo, Akzhaik district")}),

dict(id='p012', date='2016-08-30', lang='ru',
     event='2016 ЮКО briefs: roof fire in the Nursat microdistrict of Shymkent, fatal collision near Atakent (Maktaaral district), traders\' rally at the market in Lenger (South Kazakhstan Region before the 2018 split); drug arrest in Saryagash not counted; Tashkent and Uzbekistan foreign',
     text="""ЮКО: сводка ДП и ДЧС за выходные
ШЫМКЕНТ, 30 августа — В Шымкенте в мкр. Нурсат загорелась кровля девятиэтажного дома, 120 жильцов эвакуированы, пострадавших нет, сообщили в ДЧС ЮКО.
В Мактааральском р-не у п. Атакент столкнулись легковой автомобиль и грузовик, погибли три человека, в том числе ребёнок.
Сотрудники ДП ЮКО задержали в г. Сарыагаш двоих граждан Узбекистана, которые везли из Ташкента 20 кг наркотиков.
В г. Ленгер Толебийского р-на на центральном рынке прошёл стихийный митинг: около 50 торговцев выступили против повышения арендной платы. Полиция никого не задерживала.
Аким Южно-Казахстанской обл. поручил проверить пожарную безопасность высотных домов во всех городах области.""",
     ann=[
        ('ЮКО', 0, 'region', SKR, SKR, {'note': 'headline; abbreviation of Южно-Казахстанская область'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', SKR, {'note': 'dateline; South Kazakhstan Region before 2018-06-19'}),
        ('Шымкенте', 0, 'city', 'Shymkent', SKR, {'note': 'South Kazakhstan Region before 2018-06-19'}),
        ('Нурсат', 0, 'district', 'Nursat (Shymkent)', SKR, {'subkind': 'microdistrict', 'note': 'after the abbreviation "мкр."'}),
        ('ЮКО', 1, 'region', SKR, SKR, {'note': 'inside the name of an authority (ДЧС ЮКО)'}),
        ('Мактааральском р-не', 0, 'district', 'Maktaaral District', SKR, {'note': 'abbreviated head noun'}),
        ('Атакент', 0, 'village', 'Atakent', SKR, {'note': 'after the abbreviation "п."'}),
        ('ЮКО', 2, 'region', SKR, SKR, {'note': 'inside the name of an authority (ДП ЮКО, regional police)'}),
        ('Сарыагаш', 0, 'city', 'Saryagash', SKR, {'note': 'NI:an arrest, not an incident'}),
        ('Узбекистана', 0, 'foreign', 'Uzbekistan', N, {'note': 'NI:citizenship'}),
        ('Ташкента', 0, 'foreign', 'Tashkent', N, {'note': 'NI:origin of the cargo'}),
        ('Ленгер', 0, 'city', 'Lenger', SKR, {'note': 'after the abbreviation "г."'}),
        ('Толебийского р-на', 0, 'district', 'Tole Bi District', SKR, {'note': 'abbreviated head noun; district named after a person'}),
        ('Южно-Казахстанской обл.', 0, 'region', SKR, SKR, {'note': 'NI:inside an official post; abbreviated head noun'}),
        ('всех городах области', 0, 'quantified', 'all cities', N, {'count': None, 'unit': 'city', 'quantifier': 'all', 'note': 'inspection order, not an incident'}),
     ],
     inc={SKR: (3, "roof fire in a block in Nursat, Shymkent; fatal collision near Atakent, Maktaaral district; traders' rally at the market in Lenger; the drug arrest in Saryagash is not counted")}),

dict(id='p013', date='1998-06-12', lang='ru',
     event='1998 weekly chronicle a month after Akmola was renamed Astana: fatal crane collapse in Astana; wage rally in Kokshetau (then North Kazakhstan Region after the abolition of Kokshetau Region); grain store fire in Taldykorgan (Almaty Region after the abolition of Taldykorgan Region); fatal roof fall at a mine in Zhezkazgan (Karaganda Region after the abolition of Zhezkazgan Region); pensioners block the Irtysh bridge in Semipalatinsk (East Kazakhstan after the merger); robbery trial in Almaty not counted',
     text="""Хроника недели: от Астаны до Семипалатинска
АЛМАТЫ, 12 июня 1998 г. — Обзор региональных новостей по сообщениям управлений внутренних дел, акиматов и судов.

АСТАНА. Спустя месяц после переименования Акмолы в Астану стройки в новой столице идут круглосуточно. В среду на стройплощадке на ул. Победы упал башенный кран, погиб крановщик. По словам строителей, кран работал без перерыва две смены подряд. Прокуратура г. Астаны возбудила уголовное дело о нарушении правил безопасности.

КОКШЕТАУ. В Кокшетау, который после упразднения Кокшетауской обл. в прошлом году вошёл в состав Северо-Казахстанской обл., около 300 рабочих ремонтного завода вышли на митинг к зданию городского акимата, требуя выплатить зарплату за семь месяцев. Полиция задержала двух организаторов. Аким города пообещал, что долг перед рабочими будет погашен до конца лета.

ТАЛДЫКОРГАН. В Талдыкоргане, бывшем центре упразднённой Талдыкорганской обл., а ныне городе Алматинской обл., сгорел склад с 200 т зерна. Убытки оцениваются в 3 млн тенге, причиной пожара, возможно, стала непотушенная сигарета. Пожарные из Текели прибыли только через час.

ЖЕЗКАЗГАН. Жезказганская обл. тоже упразднена в 1997 г. и вошла в Карагандинскую обл. В среду на руднике в Жезказгане обрушилась кровля выработки, погибли двое горняков. Работы на руднике приостановлены на три дня. Комиссия из Караганды начала расследование.

СЕМИПАЛАТИНСК. Около 200 пенсионеров перекрыли мост через Иртыш в Семипалатинске, требуя выплатить пенсии за три месяца. Движение по мосту было перекрыто около четырёх часов. Аким ВКО, прилетевший из Усть-Каменогорска, пообещал погасить долг до конца июня. Напомним, что в прошлом году Семипалатинская обл. была объединена с Восточно-Казахстанской.

СУДЫ. Алматинский городской суд приговорил к 10 годам двух членов банды, совершившей в прошлом году пять разбойных нападений на обменные пункты в Алматы.""",
     ann=[
        ('Астаны', 0, 'city', 'Astana', 'Astana', {'note': 'headline; the capital, renamed from Akmola on 1998-05-06'}),
        ('Семипалатинска', 0, 'city', 'Semey', EKR, {'note': 'headline; old name of Semey'}),
        ('АЛМАТЫ', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('АСТАНА', 0, 'city', 'Astana', 'Astana', {'note': 'section dateline'}),
        ('Акмолы', 0, 'city', 'Astana', 'Astana', {'note': 'NI:background; former name of the capital, not Akmola Region'}),
        ('Астану', 0, 'city', 'Astana', 'Astana', {'note': 'NI:background (renaming)'}),
        ('ул. Победы', 0, 'facility', 'Pobedy Street (Astana)', 'Astana', {'subkind': 'street'}),
        ('Астаны', 1, 'city', 'Astana', 'Astana', {'note': 'inside the name of an authority (city prosecutor)'}),
        ('КОКШЕТАУ', 0, 'city', 'Kokshetau', NKR, {'note': 'section dateline; North Kazakhstan Region from 1997 until 1999'}),
        ('Кокшетау', 0, 'city', 'Kokshetau', NKR, {'note': 'in North Kazakhstan Region on the article date (Kokshetau Region abolished 1997, the town moved to Akmola Region in 1999)'}),
        ('Кокшетауской обл.', 0, 'region', NKR, NKR, {'uncertain': True, 'note': 'NI:abolished region (1997); labelled with the unit that held the town on the article date; part of its land later went to Akmola Region'}),
        ('Северо-Казахстанской обл.', 0, 'region', NKR, NKR, {'note': 'NI:background; abbreviated head noun'}),
        ('ТАЛДЫКОРГАН', 0, 'city', 'Taldykorgan', ALR, {'note': 'section dateline'}),
        ('Талдыкоргане', 0, 'city', 'Taldykorgan', ALR, {'note': 'Almaty Region in 1998'}),
        ('Талдыкорганской обл.', 0, 'region', ALR, ALR, {'uncertain': True, 'note': 'NI:abolished region (1997), labelled with the unit that holds its land'}),
        ('Алматинской обл.', 0, 'region', ALR, ALR, {'note': 'NI:background; abbreviated head noun'}),
        ('Текели', 0, 'city', 'Tekeli', ALR, {'note': "NI:firefighters' origin"}),
        ('ЖЕЗКАЗГАН', 0, 'city', 'Zhezkazgan', KR, {'note': 'section dateline; Karaganda Region in 1998'}),
        ('Жезказганская обл.', 0, 'region', KR, KR, {'uncertain': True, 'note': 'NI:abolished region (1997), labelled with the unit that holds its land on the article date'}),
        ('Карагандинскую обл.', 0, 'region', KR, KR, {'note': 'NI:background; abbreviated head noun'}),
        ('Жезказгане', 0, 'city', 'Zhezkazgan', KR),
        ('Караганды', 0, 'city', 'Karaganda', KR, {'note': "NI:commission's origin"}),
        ('СЕМИПАЛАТИНСК', 0, 'city', 'Semey', EKR, {'note': 'section dateline; old name of Semey'}),
        ('Иртыш', 0, 'facility', 'Irtysh River', N, {'subkind': 'river', 'note': 'NI:the bridge over the river; the protest is located by the town'}),
        ('Семипалатинске', 0, 'city', 'Semey', EKR, {'note': 'old name of Semey; East Kazakhstan Region after the 1997 merger'}),
        ('ВКО', 0, 'region', EKR, EKR, {'note': 'NI:inside an official post (аким ВКО)'}),
        ('Усть-Каменогорска', 0, 'city', 'Oskemen', EKR, {'note': "NI:the akim's origin"}),
        ('Семипалатинская обл.', 0, 'region', EKR, EKR, {'uncertain': True, 'note': 'NI:abolished region (merged in 1997), labelled with the unit that holds its land'}),
        ('Восточно-Казахстанской', 0, 'region', EKR, EKR, {'note': 'NI:background; the head noun "областью" is left implicit'}),
        ('Алматинский', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:adjective inside the name of a court (the city court); a trial'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:robberies of the previous year without place or date, named only in a trial report'}),
     ],
     inc={'Astana': (1, 'tower crane collapse on Pobedy Street, crane operator killed'),
          NKR: (1, 'wage rally of 300 workers at the city akimat in Kokshetau, two organisers detained (Kokshetau in North Kazakhstan Region 1997-1999)'),
          ALR: (1, 'grain store fire in Taldykorgan'),
          KR: (1, 'roof fall at a mine in Zhezkazgan, two miners killed'),
          EKR: (1, 'pensioners block the Irtysh bridge in Semipalatinsk')}),

dict(id='p014', date='2020-11-05', lang='ru',
     event='2020 СКО police briefs: knife attack on Internatsionalnaya Street in Petropavlovsk, fatal head-on collision near Taiynsha, cowshed fire in Timiryazevo (NKR); fine by the Esil district court not counted; roads closed in two named districts',
     text="""ДП СКО: поножовщина в Петропавловске и смертельное ДТП под Тайыншой
ПЕТРОПАВЛОВСК, 5 ноября — В г. Петропавловске на ул. Интернациональной в ходе ссоры мужчина ранил ножом соседа, пострадавший госпитализирован, сообщили в ДП СКО. Подозреваемый задержан.
На трассе Петропавловск — Кокшетау под г. Тайынша лоб в лоб столкнулись легковой автомобиль и микроавтобус, погибли два человека, ещё пятеро ранены.
В с. Тимирязево Тимирязевского р-на ночью горел коровник, погибли 12 голов скота. Огонь тушили пожарные ДЧС СКО и добровольцы.
Есильский районный суд СКО оштрафовал водителя, который в октябре оставил место ДТП у с. Явленка.
В ДП СКО напоминают, что в двух районах области — Тайыншинском и Аккайынском — из-за метели временно закрыто движение.""",
     ann=[
        ('СКО', 0, 'region', NKR, NKR, {'note': 'headline; inside the name of an authority (ДП СКО, regional police)'}),
        ('Петропавловске', 0, 'city', 'Petropavl', NKR, {'note': 'headline'}),
        ('Тайыншой', 0, 'city', 'Taiynsha', NKR, {'note': 'headline; NI:reference point ("под Тайыншой")'}),
        ('ПЕТРОПАВЛОВСК', 0, 'city', 'Petropavl', NKR, {'note': 'dateline'}),
        ('Петропавловске', 1, 'city', 'Petropavl', NKR, {'note': 'after the abbreviation "г."'}),
        ('ул. Интернациональной', 0, 'facility', 'Internatsionalnaya Street (Petropavl)', NKR, {'subkind': 'street'}),
        ('СКО', 1, 'region', NKR, NKR, {'note': 'inside the name of an authority (ДП СКО)'}),
        ('Петропавловск', 0, 'city', 'Petropavl', NKR, {'note': 'NI:road endpoint'}),
        ('Кокшетау', 0, 'city', 'Kokshetau', AKR, {'note': 'NI:road endpoint'}),
        ('Тайынша', 0, 'city', 'Taiynsha', NKR, {'note': 'NI:reference point; after the abbreviation "г."'}),
        ('Тимирязево', 0, 'village', 'Timiryazevo', NKR, {'note': 'after the abbreviation "с."'}),
        ('Тимирязевского р-на', 0, 'district', 'Timiryazev District', NKR, {'note': 'abbreviated head noun'}),
        ('СКО', 2, 'region', NKR, NKR, {'note': 'inside the name of an authority (ДЧС СКО)'}),
        ('Есильский', 0, 'district', 'Esil District (North Kazakhstan Region)', NKR, {'note': 'NI:adjective inside the name of a court; not the river or the Astana district'}),
        ('СКО', 3, 'region', NKR, NKR, {'note': 'NI:inside the name of a court'}),
        ('Явленка', 0, 'village', 'Yavlenka', NKR, {'note': 'NI:a hit-and-run in October mentioned only as the ground of a fine'}),
        ('СКО', 4, 'region', NKR, NKR, {'note': 'NI:inside the name of an authority; road closures'}),
        ('двух районах области', 0, 'quantified', '2 districts', N, {'count': 2, 'unit': 'district', 'note': 'road closures, not incidents; both districts are named'}),
        ('Тайыншинском', 0, 'district', 'Taiynsha District', NKR, {'note': 'NI:road closure; list sharing the implied head noun "районах"'}),
        ('Аккайынском', 0, 'district', 'Akkayin District', NKR, {'note': 'NI:road closure; list sharing the implied head noun "районах"'}),
     ],
     inc={NKR: (3, 'knife attack on Internatsionalnaya Street in Petropavlovsk; fatal head-on collision near Taiynsha; cowshed fire in Timiryazevo; the hit-and-run behind the fine is not counted')}),

dict(id='p015', date='2022-07-20', lang='ru',
     event='2022 first weeks of the Abai Region police: warehouse fire in Kurchatov and a coal train derailment at Aktogay station, Ayagoz district (Abai Region); downpour floods 20 yards in Menovnoe, Ulan district (EKR); police of the new region formed from the Semey department of the ВКО police',
     text="""ДП области Абай: первые недели работы
СЕМЕЙ, 20 июля — Департамент полиции области Абай, созданный на базе Семейского управления ДП ВКО после образования новой области 8 июня, подвёл первые итоги: за шесть недель в регионе зарегистрировано 412 преступлений.
В среду в г. Курчатове из-за короткого замыкания сгорело здание бывшего склада, пострадавших нет.
В Аягозском р-не у ст. Актогай с рельсов сошли шесть вагонов грузового поезда с углём. Движение на участке Актогай — Аягоз было закрыто на десять часов.
В соседней ВКО ливень подтопил 20 дворов в с. Меновное Уланского р-на, сообщили в ДЧС ВКО. Жителей двух домов временно разместили в школе.
Специализированный суд г. Семей арестовал на два месяца бывшего начальника отдела акимата, подозреваемого во взятке.""",
     ann=[
        ('области Абай', 0, 'region', ABR, ABR, {'note': 'headline; inside the name of an authority (ДП области Абай)'}),
        ('СЕМЕЙ', 0, 'city', 'Semey', ABR, {'note': 'dateline; Abai Region since 2022-06-08'}),
        ('области Абай', 1, 'region', ABR, ABR, {'note': 'inside the name of an authority (police department)'}),
        ('Семейского', 0, 'city', 'Semey', ABR, {'note': 'NI:adjective inside the name of a former police unit'}),
        ('ВКО', 0, 'region', EKR, EKR, {'note': 'NI:inside the name of an authority (ДП ВКО), background'}),
        ('Курчатове', 0, 'city', 'Kurchatov', ABR, {'note': 'after the abbreviation "г."'}),
        ('Аягозском р-не', 0, 'district', 'Ayagoz District', ABR, {'note': 'abbreviated head noun'}),
        ('Актогай', 0, 'village', 'Aktogay (Ayagoz district)', ABR, {'note': 'railway village after the abbreviation "ст."; not the districts named Aktogay in Karaganda and Pavlodar regions'}),
        ('Актогай', 1, 'village', 'Aktogay (Ayagoz district)', ABR, {'note': 'NI:route section endpoint'}),
        ('Аягоз', 0, 'city', 'Ayagoz', ABR, {'note': 'NI:route section endpoint'}),
        ('ВКО', 1, 'region', EKR, EKR),
        ('Меновное', 0, 'village', 'Menovnoe', EKR, {'note': 'after the abbreviation "с."'}),
        ('Уланского р-на', 0, 'district', 'Ulan District', EKR, {'note': 'abbreviated head noun'}),
        ('ВКО', 2, 'region', EKR, EKR, {'note': 'inside the name of an authority (ДЧС ВКО)'}),
        ('Семей', 0, 'city', 'Semey', ABR, {'note': 'NI:inside the name of a court; an arrest'}),
     ],
     inc={ABR: (2, 'warehouse fire in Kurchatov; coal train derailment at Aktogay, Ayagoz district'),
          EKR: (1, 'downpour floods 20 yards in Menovnoe, Ulan district')}),

dict(id='p016', date='2026-01-10', lang='ru',
     event='2026 Almaty and Almaty Region briefs: gas cylinder blast in the Shugyla microdistrict (Nauryzbay district) and a car arson in Turksib district (Almaty); car through the ice of the Kapchagay reservoir at Konaev and a three-car crash near Otegen Batyr, Ili district (Almaty Region); the regional seat moved from Taldykorgan to Konaev',
     text="""Алматы и Алматинская обл.: сводка ДП и ДЧС
АЛМАТЫ, 10 января — В Наурызбайском р-не г. Алматы в мкр. Шугыла взорвался газовый баллон в частном доме, пострадали двое, сообщили в ДЧС г. Алматы.
В Турксибском районе полицейские задержали 34-летнего мужчину, который ночью поджёг автомобиль бывшей жены во дворе дома на ул. Сейфуллина.
В г. Конаеве (бывш. Капчагай) на льду Капшагайского водохранилища провалился внедорожник, водитель погиб. ДЧС Алматинской обл. напоминает, что выезд на лёд запрещён.
В Илийском р-не у п. Отеген батыр столкнулись три автомобиля, ранены четыре человека.
ДП Алматинской обл., который после переноса областного центра из Талдыкоргана в 2022 году располагается в Конаеве, сообщил, что с начала года в области зарегистрировано 118 ДТП.""",
     ann=[
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'headline'}),
        ('Алматинская обл.', 0, 'region', ALR, ALR, {'note': 'headline; abbreviated head noun'}),
        ('АЛМАТЫ', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Наурызбайском р-не', 0, 'district', 'Nauryzbay District (Almaty)', 'Almaty', {'subkind': 'city district', 'note': 'abbreviated head noun; named after a person'}),
        ('Алматы', 1, 'city', 'Almaty', 'Almaty', {'note': 'after the abbreviation "г."'}),
        ('Шугыла', 0, 'district', 'Shugyla (Almaty)', 'Almaty', {'subkind': 'microdistrict', 'note': 'after the abbreviation "мкр."'}),
        ('Алматы', 2, 'city', 'Almaty', 'Almaty', {'note': 'inside the name of an authority (ДЧС г. Алматы)'}),
        ('Турксибском районе', 0, 'district', 'Turksib District (Almaty)', 'Almaty', {'subkind': 'city district'}),
        ('ул. Сейфуллина', 0, 'facility', 'Seifullin Street (Almaty)', 'Almaty', {'subkind': 'street', 'note': 'street named after a person'}),
        ('Конаеве', 0, 'city', 'Konaev', ALR, {'note': 'after the abbreviation "г."; seat of Almaty Region since 2022'}),
        ('Капчагай', 0, 'city', 'Konaev', ALR, {'note': 'old name of Konaev after "бывш."'}),
        ('Капшагайского водохранилища', 0, 'facility', 'Kapchagay reservoir', ALR, {'subkind': 'reservoir'}),
        ('Алматинской обл.', 0, 'region', ALR, ALR, {'note': 'inside the name of an authority (ДЧС); abbreviated head noun'}),
        ('Илийском р-не', 0, 'district', 'Ili District', ALR, {'note': 'abbreviated head noun'}),
        ('Отеген батыр', 0, 'village', 'Otegen Batyr', ALR, {'note': 'after the abbreviation "п."; named after a person'}),
        ('Алматинской обл.', 1, 'region', ALR, ALR, {'note': 'NI:inside the name of an authority (ДП); statistics'}),
        ('Талдыкоргана', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:former seat of Almaty Region, Jetisu Region since 2022-06-08'}),
        ('Конаеве', 1, 'city', 'Konaev', ALR, {'note': 'NI:seat of the police department'}),
     ],
     inc={'Almaty': (2, 'gas cylinder explosion in a house in Shugyla, Nauryzbay district; car arson on Seifullin Street, Turksib district'),
          ALR: (2, 'car through the ice of the Kapchagay reservoir at Konaev, driver killed; three-car crash near Otegen Batyr, Ili district; the 118 accidents since January are a statistic')}),
]
