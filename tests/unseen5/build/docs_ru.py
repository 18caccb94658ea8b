"""Russian texts of the fifth unseen check corpus (annotation tuples described in
tests/build_check_corpus.py)."""
N = None
JR, ALR, KYR, TR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'Turkistan Region', 'South Kazakhstan Region'
ABR, JTR, EKR, MR, KOR = 'Abai Region', 'Jetisu Region', 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR, UR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region', 'Ulytau Region'
ATR, AR, WKR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region'

DOCS = [
dict(id='y009', date='2000-02-17', lang='ru',
     event='2000 heating protest blocking the Taldykorgan-Tekeli road in Tekeli (Almaty Region), with an earlier action in Sarkand',
     text="""ТАЛДЫКОРГАН, 17 февраля. Около 300 жителей города Текели в четверг перекрыли трассу Талдыкорган — Текели, требуя восстановить отопление, отключённое в городе с конца января, сообщили в управлении внутренних дел Алматинской области.
Митингующие разошлись через четыре часа, после того как к ним приехал аким области. Он пообещал, что уголь из Экибастуза поступит до понедельника.
«Дети в школах сидят в пальто, а в квартирах плюс восемь», — сказала участница акции пенсионерка Раиса Балхашева.
Текели, бывший центр добычи свинца и цинка, с 1997 года входит в Алматинскую область: тогда к ней присоединили Талдыкорганскую область. В начале января похожую акцию провели жители города Сарканд, где котельная простояла без топлива десять дней.""",
     ann=[
        ('ТАЛДЫКОРГАН', 0, 'city', 'Taldykorgan', ALR, {'note': 'dateline'}),
        ('Текели', 0, 'city', 'Tekeli', ALR),
        ('Талдыкорган', 0, 'city', 'Taldykorgan', ALR, {'note': 'NI:route endpoint'}),
        ('Текели', 1, 'city', 'Tekeli', ALR, {'note': 'NI:route endpoint'}),
        ('Алматинской области', 0, 'region', ALR, ALR, {'note': 'inside the name of an authority'}),
        ('Экибастуза', 0, 'city', 'Ekibastuz', PR, {'note': 'NI:origin of coal'}),
        ('Текели', 2, 'city', 'Tekeli', ALR, {'note': 'background'}),
        ('Алматинскую область', 0, 'region', ALR, ALR),
        ('Талдыкорганскую область', 0, 'region', ALR, ALR, {'uncertain': True, 'note': 'the former Taldykorgan Region, merged into Almaty Region in 1997; labelled with the unit in force on the article date'}),
        ('Сарканд', 0, 'city', 'Sarkand', ALR, {'note': 'earlier protest narrated explicitly; Jetisu Region only from 2022'}),
     ],
     inc={ALR: (2, 'road blockade protest in Tekeli; the January protest in Sarkand (background narrated explicitly)')}),

dict(id='y010', date='2006-12-05', lang='ru',
     event='2006 freight train derailment at Otar station, Zhambyl district of Almaty Region',
     text="""АЛМАТЫ, 5 декабря. Четырнадцать вагонов грузового поезда сошли с рельсов в ночь на понедельник у станции Отар в Жамбылском районе Алматинской области, сообщили в АО «Казахстан темир жолы».
Состав шёл из Чу в Алматы с зерном и углём. Пострадавших нет, однако движение на участке было прервано на 18 часов: пассажирский поезд Алматы — Москва простоял всё это время на станции Луговая в Жамбылской области.
Восстановительные поезда прибыли из Алматы и Чу.
«Причиной могла стать лопнувшая рельсовая плеть: ночью здесь было минус 28», — заявил начальник отделения дороги Ерлан Отаров.
Часть зерна предназначалась для Ирана и Афганистана. Ущерб компания пока не оценила.""",
     ann=[
        ('АЛМАТЫ', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Отар', 0, 'facility', 'Otar railway station', ALR, {'subkind': 'railway station'}),
        ('Жамбылском районе', 0, 'district', 'Zhambyl District (Almaty Region)', ALR, {'note': 'district of Almaty Region, not Jambyl Region'}),
        ('Алматинской области', 0, 'region', ALR, ALR),
        ('Чу', 0, 'city', 'Shu', JR, {'note': 'NI:origin of the train (old Russian name of Shu)'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:destination of the train'}),
        ('Алматы', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:route endpoint (train name)'}),
        ('Москва', 0, 'foreign', 'Moscow', N, {'note': 'route endpoint'}),
        ('Луговая', 0, 'facility', 'Lugovaya railway station', JR, {'subkind': 'railway station', 'note': 'NI:where a delayed train waited'}),
        ('Жамбылской области', 0, 'region', JR, JR, {'note': 'NI:where a delayed train waited'}),
        ('Алматы', 2, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of repair trains'}),
        ('Чу', 1, 'city', 'Shu', JR, {'note': 'NI:origin of repair trains'}),
        ('Ирана', 0, 'foreign', 'Iran', N),
        ('Афганистана', 0, 'foreign', 'Afghanistan', N),
     ],
     inc={ALR: (1, 'derailment at Otar station')}),

dict(id='y011', date='2012-07-16', lang='ru',
     event='2012 drownings in the Irtysh at Aksu and in Lake Maraldy, Shcherbakty district (Pavlodar Region)',
     text="""ПАВЛОДАР, 16 июля. Два подростка утонули в воскресенье в Иртыше у города Аксу, сообщили в департаменте по ЧС Павлодарской области. В тот же день в озере Маралды Щербактинского района утонул 40-летний житель Павлодара.
С начала лета в области утонули уже 19 человек. Жара выше 38 градусов держится в ряде областей страны, и спасатели просят не купаться в необорудованных местах.
Водолазы из Экибастуза и Павлодара искали тела подростков больше суток. «Течение Иртыша у Аксу очень сильное, а дно меняется каждый год», — сказал начальник городской спасательной станции Бауыржан Иртышев.
На курортах Баянаула и на озере Жасыбай выставлены дополнительные посты спасателей.""",
     ann=[
        ('ПАВЛОДАР', 0, 'city', 'Pavlodar', PR, {'note': 'dateline'}),
        ('Иртыше', 0, 'facility', 'Irtysh River', N, {'subkind': 'river', 'note': 'river; the drowning is located by the town of Aksu'}),
        ('Аксу', 0, 'city', 'Aksu (Pavlodar Region)', PR),
        ('Павлодарской области', 0, 'region', PR, PR, {'note': 'inside the name of an authority'}),
        ('Маралды', 0, 'facility', 'Lake Maraldy', N, {'subkind': 'lake', 'note': 'lake in Pavlodar Region'}),
        ('Щербактинского района', 0, 'district', 'Shcherbakty District', PR),
        ('Павлодара', 0, 'city', 'Pavlodar', PR, {'note': 'NI:residence of the victim'}),
        ('ряде областей', 0, 'quantified', 'several regions', N, {'count': None, 'unit': 'region', 'note': 'heat; not an incident'}),
        ('Экибастуза', 0, 'city', 'Ekibastuz', PR, {'note': 'NI:origin of divers'}),
        ('Павлодара', 1, 'city', 'Pavlodar', PR, {'note': 'NI:origin of divers'}),
        ('Иртыша', 0, 'facility', 'Irtysh River', N, {'subkind': 'river'}),
        ('Аксу', 1, 'city', 'Aksu (Pavlodar Region)', PR),
        ('Баянаула', 0, 'village', 'Bayanaul', PR, {'note': 'NI:resort; extra rescue posts'}),
        ('Жасыбай', 0, 'facility', 'Lake Zhasybay', N, {'subkind': 'lake', 'note': 'NI:lake in Pavlodar Region; extra rescue posts'}),
     ],
     inc={PR: (2, 'two drownings: teenagers in the Irtysh at Aksu, a man in Lake Maraldy (Shcherbakty district); the seasonal total of 19 is not counted')}),

dict(id='y012', date='2018-06-22', lang='ru',
     event='2018 mass brawl in Karatau district of Shymkent, three days after Shymkent became a city of republican significance; cotton warehouse fire in Atakent (Maktaaral district, Turkistan Region)',
     text="""ШЫМКЕНТ, 22 июня. Массовая драка с участием около 40 человек произошла в четверг вечером на вещевом рынке в Каратауском районе Шымкента, сообщили в городском департаменте полиции. Семь человек госпитализированы, 12 задержаны.
Это первый крупный инцидент в Шымкенте после того, как 19 июня город получил статус города республиканского значения, а Южно-Казахстанская область была переименована в Туркестанскую.
В тот же день в Мактааральском районе Туркестанской области сгорел склад хлопка в селе Атакент: огонь уничтожил 300 тонн сырца. Пожарные из Жетысая тушили его шесть часов.
«Причина — короткое замыкание в щитовой», — сообщил представитель областного департамента по ЧС Нурлан Мактаалиев. Областные ведомства переезжают из Шымкента в Туркестан до конца года.""",
     ann=[
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'dateline'}),
        ('Каратауском районе', 0, 'district', 'Karatau District (Shymkent)', 'Shymkent', {'subkind': 'city district', 'note': 'city district of Shymkent, not the town of Karatau'}),
        ('Шымкента', 0, 'city', 'Shymkent', 'Shymkent'),
        ('Шымкенте', 0, 'city', 'Shymkent', 'Shymkent'),
        ('Южно-Казахстанская область', 0, 'region', TR, TR, {'uncertain': True, 'note': 'the former name of Turkistan Region, renamed on 2018-06-19; labelled with the unit in force on the article date'}),
        ('Туркестанскую', 0, 'region', TR, TR, {'note': 'elided head noun (область)'}),
        ('Мактааральском районе', 0, 'district', 'Maktaaral District', TR),
        ('Туркестанской области', 0, 'region', TR, TR),
        ('Атакент', 0, 'village', 'Atakent', TR),
        ('Жетысая', 0, 'city', 'Zhetisay', TR, {'note': 'NI:origin of firefighters; the town of Zhetisay, not Jetisu Region'}),
        ('Шымкента', 1, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:offices moving away'}),
        ('Туркестан', 0, 'city', 'Turkistan', TR, {'note': 'NI:new regional centre'}),
     ],
     inc={'Shymkent': (1, 'mass brawl at a market in Karatau district'),
          TR: (1, 'cotton warehouse fire in Atakent')}),

dict(id='y013', date='2021-01-18', lang='ru',
     event='2021 blizzard strands cars near Zerenda and carbon monoxide poisoning in Shchuchinsk (Akmola Region)',
     text="""КОКШЕТАУ, 18 января. Спасатели за ночь вывели из снежного плена 46 человек, застрявших в 23 автомобилях на трассе Кокшетау — Петропавловск у села Зеренда, сообщили в департаменте по ЧС Акмолинской области.
Буран с порывами ветра до 25 м/с бушевал в регионе с субботы, в Зерендинском и Буландынском районах были закрыты все дороги. Пострадавших доставили в больницу Кокшетау.
В Щучинске в воскресенье отравились угарным газом четверо членов одной семьи, двое детей погибли. По данным полиции, в частном доме слишком рано закрыли печную заслонку.
«Просим жителей проверять дымоходы и не выезжать на трассы без необходимости», — сказал заместитель начальника ДЧС региона Арман Кокшетаев.
Движение по трассе Нур-Султан — Щучинск открыли в понедельник утром. По данным МЧС, заносы и застрявшие машины за выходные зафиксированы ещё в трёх регионах страны.""",
     ann=[
        ('КОКШЕТАУ', 0, 'city', 'Kokshetau', AKR, {'note': 'dateline'}),
        ('Кокшетау', 0, 'city', 'Kokshetau', AKR, {'note': 'NI:route endpoint'}),
        ('Петропавловск', 0, 'city', 'Petropavl', NKR, {'note': 'NI:route endpoint'}),
        ('Зеренда', 0, 'village', 'Zerenda', AKR),
        ('Акмолинской области', 0, 'region', AKR, AKR, {'note': 'inside the name of an authority'}),
        ('Зерендинском', 0, 'district', 'Zerenda District', AKR, {'note': 'list sharing the head noun "районах"'}),
        ('Буландынском', 0, 'district', 'Bulandy District', AKR, {'note': 'list sharing the head noun "районах"'}),
        ('Кокшетау', 1, 'city', 'Kokshetau', AKR, {'note': 'NI:hospital town'}),
        ('Щучинске', 0, 'city', 'Shchuchinsk', AKR),
        ('Нур-Султан', 0, 'city', 'Astana', 'Astana', {'note': 'NI:route endpoint'}),
        ('Щучинск', 0, 'city', 'Shchuchinsk', AKR, {'note': 'NI:route endpoint'}),
        ('трёх регионах', 0, 'quantified', '3 regions', N, {'count': 3, 'unit': 'region', 'note': 'blizzard with stranded cars in three unnamed regions'}),
     ],
     inc={AKR: (2, 'the blizzard (stranded cars near Zerenda, roads closed in two districts; one natural disaster) and the carbon monoxide poisoning in Shchuchinsk')},
     unatt=[{'label': 'трёх регионах', 'count': 3, 'note': 'snow drifts and stranded cars in three other, unnamed regions'}]),

dict(id='y014', date='2023-08-14', lang='ru',
     event='2023 garage demolition protest in the Zhetysu microdistrict of Taldykorgan (Jetisu Region) and reed fire near Konaev (Almaty Region)',
     text="""ТАЛДЫКОРГАН, 14 августа. Около ста жителей микрорайона «Жетысу» в Талдыкоргане в понедельник пришли к зданию акимата области Жетісу, протестуя против сноса гаражей под новую дорогу. Полиция задержала двоих участников за нарушение порядка проведения митингов.
«Нас никто не предупредил, гаражи стоят здесь с восьмидесятых», — сказал пенсионер Виктор Капшагаев.
Тем временем в Илийском районе Алматинской области второй день горит камыш в 15 км от Конаева. Огонь подошёл к дачному массиву, сгорели четыре дачи. На помощь прибыли пожарные самолёты из Алматы.
Конаев, бывший Капшагай, стал центром Алматинской области в прошлом году, когда из неё выделили область Жетісу с центром в Талдыкоргане.""",
     ann=[
        ('ТАЛДЫКОРГАН', 0, 'city', 'Taldykorgan', JTR, {'note': 'dateline'}),
        ('Жетысу', 0, 'district', 'Zhetysu microdistrict (Taldykorgan)', JTR, {'subkind': 'microdistrict', 'note': 'microdistrict of Taldykorgan, not the region'}),
        ('Талдыкоргане', 0, 'city', 'Taldykorgan', JTR),
        ('области Жетісу', 0, 'region', JTR, JTR, {'note': 'official Russian word order of the region\'s name; inside the name of an authority'}),
        ('Илийском районе', 0, 'district', 'Ili District', ALR),
        ('Алматинской области', 0, 'region', ALR, ALR),
        ('Конаева', 0, 'city', 'Konaev', ALR, {'note': 'NI:reference point'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of aircraft'}),
        ('Конаев', 0, 'city', 'Konaev', ALR, {'note': 'background'}),
        ('Капшагай', 0, 'city', 'Konaev', ALR, {'note': 'former name of Konaev'}),
        ('Алматинской области', 1, 'region', ALR, ALR),
        ('область Жетісу', 0, 'region', JTR, JTR),
        ('Талдыкоргане', 1, 'city', 'Taldykorgan', JTR, {'note': 'background'}),
     ],
     inc={JTR: (1, 'garage demolition protest in Taldykorgan, with two detentions (one incident)'),
          ALR: (1, 'reed fire in Ili district near Konaev, four dachas burnt')}),

dict(id='y015', date='2024-10-08', lang='ru',
     event='2024 new concentrator in Satpayev (Ulytau Region); copper exports (no incident)',
     text="""ЖЕЗКАЗГАН, 8 октября. Корпорация «Казахмыс» запустила в Сатпаеве новую обогатительную фабрику мощностью пять миллионов тонн руды в год. Сырьё будет поступать с рудника «Жомарт» и месторождения Жаман-Айбат.
Медный концентрат по железной дороге отправят на заводы в Жезказгане и Балхаше, а часть продадут в Китай через станцию Достык.
«Фабрика даст работу 900 жителям Улытауской области», — сказал аким региона Берик Абдыгалиулы на церемонии открытия.
Регион, созданный в 2022 году из части Карагандинской области, дал в прошлом году треть меди Казахстана. Строящаяся железная дорога Мойынты — Кызылжар должна сократить путь к портам Каспия на 500 км.""",
     ann=[
        ('ЖЕЗКАЗГАН', 0, 'city', 'Zhezkazgan', UR, {'note': 'dateline'}),
        ('Сатпаеве', 0, 'city', 'Satpayev', UR),
        ('Жомарт', 0, 'facility', 'Zhomart mine', UR, {'subkind': 'mine'}),
        ('Жаман-Айбат', 0, 'facility', 'Zhaman-Aibat copper field', UR, {'subkind': 'mine'}),
        ('Жезказгане', 0, 'city', 'Zhezkazgan', UR),
        ('Балхаше', 0, 'city', 'Balkhash', KR),
        ('Китай', 0, 'foreign', 'China', N),
        ('Достык', 0, 'facility', 'Dostyk railway station', JTR, {'subkind': 'railway station'}),
        ('Улытауской области', 0, 'region', UR, UR),
        ('Карагандинской области', 0, 'region', KR, KR),
        ('Казахстана', 0, 'country', 'Kazakhstan', N),
        ('Мойынты', 0, 'village', 'Moiynty', KR, {'note': 'NI:route endpoint'}),
        ('Кызылжар', 0, 'village', 'Kyzylzhar (Ulytau Region)', UR, {'uncertain': True, 'note': 'NI:route endpoint; railway village, not the Kyzylzhar district or club of North Kazakhstan'}),
        ('Каспия', 0, 'facility', 'Caspian Sea', N, {'subkind': 'sea'}),
     ]),

dict(id='y016', date='2025-11-12', lang='ru',
     event='2025 shooting in a courtyard in Kulsary (Zhylyoi district, Atyrau Region)',
     text="""АТЫРАУ, 12 ноября. В Кульсары мужчина открыл стрельбу из охотничьего ружья во дворе жилого дома на улице Махамбета и ранил двух соседей, сообщили в департаменте полиции Атырауской области. Стрелявший задержан на месте.
По данным полиции, конфликт начался из-за парковки. Раненых доставили в районную больницу, одного из них затем санитарным вертолётом перевезли в Атырау.
Кульсары — центр Жылыойского района, в 120 км от месторождения Тенгиз. Многие жители города работают вахтовым методом на Тенгизе, а ружьё, по данным следствия, было куплено в России.
«Оружие было зарегистрировано, но хранилось с нарушениями», — сообщила официальный представитель ведомства Асель Махамбетова. Возбуждено уголовное дело, суд в Атырау изберёт меру пресечения в пятницу.""",
     ann=[
        ('АТЫРАУ', 0, 'city', 'Atyrau', ATR, {'note': 'dateline'}),
        ('Кульсары', 0, 'city', 'Kulsary', ATR),
        ('улице Махамбета', 0, 'facility', 'Makhambet Street (Kulsary)', ATR, {'subkind': 'street', 'note': 'street named after a person; not Makhambet district'}),
        ('Атырауской области', 0, 'region', ATR, ATR, {'note': 'inside the name of an authority'}),
        ('Атырау', 0, 'city', 'Atyrau', ATR, {'note': 'NI:hospital transfer'}),
        ('Кульсары', 1, 'city', 'Kulsary', ATR),
        ('Жылыойского района', 0, 'district', 'Zhylyoi District', ATR),
        ('Тенгиз', 0, 'facility', 'Tengiz oil field', ATR, {'subkind': 'oil field', 'note': 'NI:reference point'}),
        ('Тенгизе', 0, 'facility', 'Tengiz oil field', ATR, {'subkind': 'oil field', 'note': 'NI:workplace'}),
        ('России', 0, 'foreign', 'Russia', N),
        ('Атырау', 1, 'city', 'Atyrau', ATR, {'note': 'NI:court'}),
     ],
     inc={ATR: (1, 'shooting in Kulsary; the hospital transfer and the court in Atyrau are not counted')}),
]
