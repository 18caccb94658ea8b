"""Russian texts of the seventy-seventh unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p009', date='1992-06-20', lang='ru',
     event='1992 first passenger train Alma-Ata - Urumqi over the Turksib, Aktogay and the border station Druzhba (today Dostyk) to Alashankou and Xinjiang; 14 fuel tank wagons derail at Matai station (Taldy-Kurgan Region, abolished 1997: Almaty Region) and a freight train hits a bus at a crossing at Zhangiztobe station (Semipalatinsk Region, abolished 1997: East Kazakhstan Region); Soviet-era names Alma-Ata, Semipalatinsk, Ayaguz; Lugovaya station; Central Asia',
     text="""Из Алма-Аты в Урумчи ушёл первый поезд, на Турксибе сошли с рельсов цистерны
АЛМА-АТА, 20 июня (КазТАГ). В субботу с вокзала Алма-Ата II отправился первый пассажирский поезд Алма-Ата — Урумчи. Состав пройдёт по Турксибу до Актогая, затем по новой ветке до пограничной станции Дружба и далее по китайской линии через Алашанькоу в столицу Синьцзяна. В пути он будет около 35 часов. Регулярное движение начнётся в июле, сообщил заместитель министра транспорта Казахстана Жумабек Саржанов.

Праздник омрачила авария на той же магистрали. В ночь на пятницу у станции Матай в Талды-Курганской области сошли с рельсов 14 цистерн с дизельным топливом, которые шли из Семипалатинска. Из двух цистерн вытекло около 60 тонн топлива, пожара не было. Движение между Алма-Атой и Семипалатинском было прервано на 11 часов, пассажирские поезда стояли в Уштобе и Аягузе.

В четверг вечером в Семипалатинской области на переезде у станции Жангизтобе грузовой поезд столкнулся с автобусом, который вёз рабочих совхоза. Пострадали пять человек, сообщило областное управление внутренних дел. По данным милиции, водитель автобуса не заметил сигнала переезда. Восстановительные поезда на место схода цистерн пришли из Уштобе и Талды-Кургана, разлитое топливо собирают в земляные амбары.

Турксиб длиной 1445 км от Семипалатинска до станции Луговая был построен в 1927—1930 годах. Ветку от Актогая к китайской границе начали строить ещё в конце 1950-х, но довели до Дружбы лишь в 1990 году. По словам Саржанова, к 1995 году через новый переход будут проходить до четырёх миллионов тонн грузов в год, в основном из Китая в Среднюю Азию и Россию.""",
     ann=[
        ('Алма-Аты', 0, 'city', 'Almaty', 'Almaty', {'note': 'headline; NI:origin of the train; Soviet name, official until 1993'}),
        ('Урумчи', 0, 'foreign', 'Urumqi', N, {'note': 'headline; NI:destination'}),
        ('Турксибе', 0, 'facility', 'Turkestan-Siberia Railway', N, {'subkind': 'railway', 'note': 'headline; railway crossing several regions'}),
        ('АЛМА-АТА', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Алма-Ата II', 0, 'facility', 'Almaty-2 station', 'Almaty', {'subkind': 'railway station', 'note': 'NI:departure station'}),
        ('Алма-Ата', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:route endpoint'}),
        ('Урумчи', 1, 'foreign', 'Urumqi', N, {'note': 'NI:route endpoint'}),
        ('Турксибу', 0, 'facility', 'Turkestan-Siberia Railway', N, {'subkind': 'railway'}),
        ('Актогая', 0, 'village', 'Aktogay (Ayagoz district)', EKR, {'note': 'NI:route point; the junction, in Semipalatinsk Region in 1992 (East Kazakhstan Region land before 2022)'}),
        ('Дружба', 0, 'facility', 'Dostyk station', ALR, {'subkind': 'railway station', 'note': 'NI:route point; the Soviet name of Dostyk station; in Taldy-Kurgan Region in 1992 (Almaty Region land before 2022)'}),
        ('Алашанькоу', 0, 'foreign', 'Alashankou', N, {'note': 'NI:route point'}),
        ('Синьцзяна', 0, 'foreign', 'Xinjiang', N, {'note': 'NI:destination'}),
        ('Казахстана', 0, 'country', 'Kazakhstan', N, {'note': 'inside an official post'}),
        ('Матай', 0, 'facility', 'Matai station', ALR, {'subkind': 'railway station', 'note': 'after "станции"; derailment at the station'}),
        ('Талды-Курганской области', 0, 'region', ALR, ALR, {'uncertain': True, 'note': 'Taldy-Kurgan Region, abolished 1997; labelled with the canonical unit holding its land before 2022'}),
        ('Семипалатинска', 0, 'city', 'Semey', EKR, {'note': 'NI:origin of the tank wagons; Soviet name of Semey'}),
        ('Алма-Атой', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:route endpoint'}),
        ('Семипалатинском', 0, 'city', 'Semey', EKR, {'note': 'NI:route endpoint'}),
        ('Уштобе', 0, 'city', 'Ushtobe', ALR, {'note': 'NI:trains held'}),
        ('Аягузе', 0, 'city', 'Ayagoz', EKR, {'note': 'NI:trains held; Soviet spelling of Ayagoz'}),
        ('Семипалатинской области', 0, 'region', EKR, EKR, {'uncertain': True, 'note': 'Semipalatinsk Region, abolished 1997; labelled with the canonical unit holding its land before 2022'}),
        ('Жангизтобе', 0, 'facility', 'Zhangiztobe station', EKR, {'subkind': 'railway station', 'note': 'after "станции"; crossing collision at the station'}),
        ('Уштобе', 1, 'city', 'Ushtobe', ALR, {'note': 'NI:origin of recovery trains'}),
        ('Талды-Кургана', 0, 'city', 'Taldykorgan', ALR, {'note': 'NI:origin of recovery trains; Soviet spelling'}),
        ('Турксиб', 0, 'facility', 'Turkestan-Siberia Railway', N, {'subkind': 'railway'}),
        ('Семипалатинска', 1, 'city', 'Semey', EKR, {'note': 'NI:line endpoint'}),
        ('Луговая', 0, 'facility', 'Lugovaya station', JR, {'subkind': 'railway station', 'note': 'NI:line endpoint'}),
        ('Актогая', 1, 'village', 'Aktogay (Ayagoz district)', EKR, {'note': 'NI:branch start'}),
        ('Дружбы', 0, 'facility', 'Dostyk station', ALR, {'subkind': 'railway station', 'note': 'NI:branch end; Soviet name of Dostyk station'}),
        ('Китая', 0, 'foreign', 'China', N, {'note': 'NI:origin of freight'}),
        ('Среднюю Азию', 0, 'foreign', 'Central Asia', N, {'subkind': 'macro-region', 'uncertain': True, 'note': 'NI:destination; includes Kazakhstan in some uses'}),
        ('Россию', 0, 'foreign', 'Russia', N, {'note': 'NI:destination'}),
     ],
     inc={ALR: (1, '14 tank wagons derailed at Matai station, about 60 tonnes of diesel spilled (Taldy-Kurgan Region in 1992)'),
          EKR: (1, 'freight train hit a bus at a crossing at Zhangiztobe station, five hurt (Semipalatinsk Region in 1992)')}),

dict(id='p010', date='2008-11-12', lang='ru',
     event='2008 oil leak on the CPC Tengiz - Novorossiysk pipeline in Kurmangazy district near Ganyushkino (Atyrau Region), close to Russia\'s Astrakhan Oblast; the Kigach river; the Tengiz field in Zhylyoi district; the Caspian Pipeline Consortium and Interfax-Kazakhstan are organisations',
     text="""Утечка нефти на трубопроводе Тенгиз — Новороссийск в Курмангазинском районе
АТЫРАУ, 12 ноября (Интерфакс-Казахстан). На нефтепроводе Тенгиз — Новороссийск Каспийского трубопроводного консорциума (КТК) в Курмангазинском районе Атырауской области обнаружена утечка нефти, сообщил департамент по чрезвычайным ситуациям области. Нефть разлилась на площади около 500 квадратных метров в 20 км от села Ганюшкино, недалеко от границы с Астраханской областью России.
Прокачку остановили на шесть часов, повреждённый участок трубы заменили. По словам начальника областного департамента экологии Серика Утебаева, нефть не попала в реку Кигач.
Трубопровод длиной 1510 км идёт от месторождения Тенгиз в Жылыойском районе через Атырау к морскому терминалу под Новороссийском. В прошлом году по нему прокачали более 30 млн тонн нефти. Министерство энергетики в Астане поручило проверить весь казахстанский участок трубы.""",
     ann=[
        ('Тенгиз', 0, 'facility', 'Tengiz oil field', ATR, {'subkind': 'oil field', 'note': 'headline; NI:pipeline endpoint'}),
        ('Новороссийск', 0, 'foreign', 'Novorossiysk', N, {'note': 'headline; NI:pipeline endpoint'}),
        ('Курмангазинском районе', 0, 'district', 'Kurmangazy District', ATR, {'note': 'headline'}),
        ('АТЫРАУ', 0, 'city', 'Atyrau', ATR, {'note': 'dateline'}),
        ('Тенгиз', 1, 'facility', 'Tengiz oil field', ATR, {'subkind': 'oil field', 'note': 'NI:pipeline endpoint'}),
        ('Новороссийск', 1, 'foreign', 'Novorossiysk', N, {'note': 'NI:pipeline endpoint; "Каспийского трубопроводного консорциума" is an organisation'}),
        ('Курмангазинском районе', 1, 'district', 'Kurmangazy District', ATR),
        ('Атырауской области', 0, 'region', ATR, ATR),
        ('Ганюшкино', 0, 'village', 'Ganyushkino', ATR, {'note': 'NI:reference point ("в 20 км от")'}),
        ('Астраханской областью', 0, 'foreign', 'Astrakhan Oblast', N, {'note': 'NI:reference'}),
        ('России', 0, 'foreign', 'Russia', N, {'note': 'NI:reference'}),
        ('Кигач', 0, 'facility', 'Kigach River', N, {'subkind': 'river'}),
        ('Тенгиз', 2, 'facility', 'Tengiz oil field', ATR, {'subkind': 'oil field', 'note': 'NI:pipeline start'}),
        ('Жылыойском районе', 0, 'district', 'Zhylyoi District', ATR, {'note': 'NI:location of the field'}),
        ('Атырау', 0, 'city', 'Atyrau', ATR, {'note': 'NI:route point'}),
        ('Новороссийском', 0, 'foreign', 'Novorossiysk', N, {'note': 'NI:terminal'}),
        ('Астане', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the ministry'}),
     ],
     inc={ATR: (1, 'oil leak on the Tengiz - Novorossiysk pipeline in Kurmangazy district, 20 km from Ganyushkino')}),

dict(id='p011', date='2018-06-27', lang='ru',
     event='2018 rupture and gas fire on the Beyneu - Bozoi - Shymkent pipeline in Ordabasy district near Badam, 40 km from Shymkent, and a shunting locomotive hitting a car at the Arys-1 station crossing in Arys (Turkistan Region, eight days after the reform); a substation fire on Tole Bi Street, Enbekshi district of Shymkent (a city of republican significance); gas cut in three districts; the renamed South Kazakhstan Region and "ЮКО"; Bukhara - Tashkent - Bishkek - Almaty pipeline',
     text="""Разрыв газопровода под Шымкентом и гибель водителя на переезде в Арыси
ШЫМКЕНТ, 27 июня (Kazinform). Во вторник вечером на магистральном газопроводе Бейнеу — Бозой — Шымкент в Ордабасинском районе Туркестанской области, примерно в 40 км от Шымкента, произошёл разрыв трубы с возгоранием газа. Пламя высотой до 30 метров было видно из северных кварталов Шымкента. Пострадавших нет, ближайшее село Бадам находится в трёх километрах от места аварии, сообщил департамент по чрезвычайным ситуациям Туркестанской области.

Оператор перевёл снабжение Шымкента на газопровод Бухара — Ташкент — Бишкек — Алматы, по которому газ поступает из Узбекистана. Тем не менее в трёх районах области около 12 тысяч домов остались без газа на сутки.

В среду утром в городе Арыс маневровый тепловоз столкнулся с легковым автомобилем на переезде у станции Арыс-1. Водитель автомобиля погиб на месте. Станция — один из крупнейших узлов страны: здесь сходятся линии на Ташкент, Кызылорду и Тараз.

В самом Шымкенте в среду днём загорелась трансформаторная подстанция на улице Толе би в Енбекшинском районе. Около 20 тысяч жителей остались без света на три часа.

Аким Ордабасинского района сообщил, что эвакуировать жителей села Бадам не пришлось, а повреждённый участок трубы заменят к пятнице. Газопровод Бейнеу — Бозой — Шымкент длиной около 1450 км был введён в строй в 2015 году и снабжает газом юг страны, в том числе Жамбылскую и Кызылординскую области.

Напомним, 19 июня Шымкент получил статус города республиканского значения, а Южно-Казахстанская область переименована в Туркестанскую с центром в городе Туркестан. Департамент по ЧС Шымкента пока работает в здании бывшего департамента ЮКО, сообщил его представитель Асхат Ордабаев.""",
     ann=[
        ('Шымкентом', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'headline; NI:reference point ("под"); city of republican significance since 2018-06-19'}),
        ('Арыси', 0, 'city', 'Arys', TR, {'note': 'headline'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'dateline'}),
        ('Бейнеу', 0, 'village', 'Beyneu', MR, {'note': 'NI:pipeline endpoint'}),
        ('Бозой', 0, 'village', 'Bozoi', AR, {'note': 'NI:pipeline point'}),
        ('Шымкент', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:pipeline endpoint'}),
        ('Ордабасинском районе', 0, 'district', 'Ordabasy District', TR),
        ('Туркестанской области', 0, 'region', TR, TR),
        ('Шымкента', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:reference point ("в 40 км от")'}),
        ('Шымкента', 1, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:flames seen from the city'}),
        ('Бадам', 0, 'village', 'Badam', TR, {'note': 'NI:reference point, nearest village'}),
        ('Туркестанской области', 1, 'region', TR, TR, {'note': 'inside the name of an authority'}),
        ('Шымкента', 2, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:gas supply'}),
        ('Бухара', 0, 'foreign', 'Bukhara', N, {'note': 'NI:pipeline endpoint'}),
        ('Ташкент', 0, 'foreign', 'Tashkent', N, {'note': 'NI:pipeline point'}),
        ('Бишкек', 0, 'foreign', 'Bishkek', N, {'note': 'NI:pipeline point'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:pipeline endpoint'}),
        ('Узбекистана', 0, 'foreign', 'Uzbekistan', N, {'note': 'NI:origin of gas'}),
        ('трёх районах', 0, 'quantified', '3 districts', N, {'count': 3, 'unit': 'district', 'note': 'gas cut, not an incident'}),
        ('Арыс', 0, 'city', 'Arys', TR, {'note': 'crossing crash in the town'}),
        ('Арыс-1', 0, 'facility', 'Arys-1 station', TR, {'subkind': 'railway station', 'note': 'crossing at the station'}),
        ('Ташкент', 1, 'foreign', 'Tashkent', N, {'note': 'NI:line destination'}),
        ('Кызылорду', 0, 'city', 'Kyzylorda', KZR, {'note': 'NI:line destination'}),
        ('Тараз', 0, 'city', 'Taraz', JR, {'note': 'NI:line destination'}),
        ('Шымкенте', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'substation fire'}),
        ('улице Толе би', 0, 'facility', 'Tole Bi Street (Shymkent)', 'Shymkent', {'subkind': 'street', 'note': 'street named after a person; not Tole Bi village'}),
        ('Енбекшинском районе', 0, 'district', 'Enbekshi District (Shymkent)', 'Shymkent', {'subkind': 'city district'}),
        ('Ордабасинского района', 0, 'district', 'Ordabasy District', TR, {'note': 'inside an official post (akim)'}),
        ('Бадам', 1, 'village', 'Badam', TR, {'note': 'NI:no evacuation'}),
        ('Бейнеу', 1, 'village', 'Beyneu', MR, {'note': 'NI:pipeline endpoint'}),
        ('Бозой', 1, 'village', 'Bozoi', AR, {'note': 'NI:pipeline point'}),
        ('Шымкент', 1, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:pipeline endpoint'}),
        ('Жамбылскую', 0, 'region', JR, JR, {'note': 'NI:gas supply; in a list sharing "области"'}),
        ('Кызылординскую', 0, 'region', KZR, KZR, {'note': 'NI:gas supply; in a list sharing "области"'}),
        ('Шымкент', 2, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:background'}),
        ('Южно-Казахстанская область', 0, 'region', TR, TR, {'uncertain': True, 'note': 'NI:background; the region renamed on 2018-06-19, labelled with the unit holding its land on the article date'}),
        ('Туркестанскую', 0, 'region', TR, TR, {'note': 'NI:background; the new name of the region (head noun elided)'}),
        ('Туркестан', 0, 'city', 'Turkistan', TR, {'note': 'NI:background, the new regional centre'}),
        ('Шымкента', 3, 'city', 'Shymkent', 'Shymkent', {'note': 'inside the name of an authority'}),
        ('ЮКО', 0, 'region', TR, TR, {'uncertain': True, 'note': 'NI:the former department of South Kazakhstan Region, renamed on 2018-06-19; labelled with the unit holding its land'}),
     ],
     inc={TR: (2, 'rupture and gas fire on the Beyneu - Bozoi - Shymkent pipeline in Ordabasy district; shunting locomotive hit a car at the Arys-1 crossing, driver killed'),
          'Shymkent': (1, 'fire at a transformer substation on Tole Bi Street, Enbekshi district')}),

dict(id='p012', date='2000-10-03', lang='ru',
     event='2000 intercity bus from Bishkek to Almaty overturns on the descent from the Kordai pass in Kordai district (Jambyl Region), two dead; the Almaty - Bishkek road; Kyrgyzstan; the ministry in Astana',
     text="""На трассе Алматы — Бишкек перевернулся автобус из Киргизии
ТАРАЗ, 3 октября. Междугородный автобус, следовавший из Бишкека в Алматы, перевернулся в понедельник вечером на трассе в Кордайском районе Жамбылской области, в 12 км от села Кордай и границы с Киргизией. Погибли два человека, 17 ранены. Большинство пассажиров — граждане Кыргызстана, сообщило управление внутренних дел Жамбылской области.
Раненых доставили в районную больницу в Кордае и в больницы Алматы. По предварительным данным, водитель не справился с управлением на спуске с Кордайского перевала, где дорога идёт серпантином.
Трасса Алматы — Бишкек — самый короткий путь между двумя крупнейшими городами региона, по ней ежедневно проходит до пяти тысяч машин. Министерство транспорта и коммуникаций в Астане обещает до 2003 года расширить участок от Кордая до перевала до четырёх полос.""",
     ann=[
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'headline; NI:road endpoint'}),
        ('Бишкек', 0, 'foreign', 'Bishkek', N, {'note': 'headline; NI:road endpoint'}),
        ('Киргизии', 0, 'foreign', 'Kyrgyzstan', N, {'note': 'headline; NI:origin of the bus'}),
        ('ТАРАЗ', 0, 'city', 'Taraz', JR, {'note': 'dateline'}),
        ('Бишкека', 0, 'foreign', 'Bishkek', N, {'note': 'NI:origin of the bus'}),
        ('Алматы', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:destination'}),
        ('Кордайском районе', 0, 'district', 'Kordai District', JR),
        ('Жамбылской области', 0, 'region', JR, JR),
        ('Кордай', 0, 'village', 'Kordai', JR, {'note': 'NI:reference point ("в 12 км от")'}),
        ('Киргизией', 0, 'foreign', 'Kyrgyzstan', N, {'note': 'NI:reference'}),
        ('Кыргызстана', 0, 'foreign', 'Kyrgyzstan', N, {'note': 'NI:citizenship'}),
        ('Жамбылской области', 1, 'region', JR, JR, {'note': 'inside the name of an authority'}),
        ('Кордае', 0, 'village', 'Kordai', JR, {'note': 'NI:hospital'}),
        ('Алматы', 2, 'city', 'Almaty', 'Almaty', {'note': 'NI:hospitals'}),
        ('Кордайского перевала', 0, 'facility', 'Kordai Pass', N, {'subkind': 'mountain pass', 'note': 'natural feature, in Jambyl Region'}),
        ('Алматы', 3, 'city', 'Almaty', 'Almaty', {'note': 'NI:road endpoint'}),
        ('Бишкек', 1, 'foreign', 'Bishkek', N, {'note': 'NI:road endpoint'}),
        ('Астане', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the ministry'}),
        ('Кордая', 0, 'village', 'Kordai', JR, {'note': 'NI:planned works'}),
     ],
     inc={JR: (1, 'intercity bus overturned on the descent from the Kordai pass in Kordai district, two dead, 17 hurt')}),

dict(id='p013', date='2021-02-09', lang='ru',
     event='2021 freight train from Kurgan rams a lorry stuck on a crossing in Mamlyutka (North Kazakhstan Region) on the Kurgan - Petropavlovsk - Omsk line; a shunting locomotive hits a car in the Baikonyr district of Nur-Sultan (Astana), not the cosmodrome in Kyzylorda Region; roads closed in two districts; Petropavlovsk as the Russian name of Petropavl',
     text="""Поезд протаранил грузовик на переезде в Мамлютке
ПЕТРОПАВЛОВСК, 9 февраля. Грузовой поезд, шедший из Кургана в Петропавловск, во вторник утром протаранил застрявший на переезде грузовик на окраине города Мамлютка в Северо-Казахстанской области. Водитель грузовика успел выскочить из кабины, машинист получил травмы, сообщила полиция области.
Движение по линии Курган — Петропавловск — Омск, которая связывает Казахстан с Транссибирской магистралью, было закрыто на пять часов. Пассажирский поезд Нур-Султан — Новосибирск простоял всё это время в Петропавловске. Из-за снежных заносов в двух районах области закрыты и автодороги.
В тот же день в Нур-Султане, в районе Байконыр, маневровый локомотив сбил легковой автомобиль на неохраняемом переезде у промзоны; водитель госпитализирован. Район назван в честь космодрома, который находится в Кызылординской области.""",
     ann=[
        ('Мамлютке', 0, 'city', 'Mamlyutka', NKR, {'note': 'headline'}),
        ('ПЕТРОПАВЛОВСК', 0, 'city', 'Petropavl', NKR, {'note': 'dateline; Russian name of Petropavl'}),
        ('Кургана', 0, 'foreign', 'Kurgan', N, {'note': 'NI:origin of the train'}),
        ('Петропавловск', 0, 'city', 'Petropavl', NKR, {'note': 'NI:destination of the train'}),
        ('Мамлютка', 0, 'city', 'Mamlyutka', NKR, {'note': 'the crossing on the outskirts of the town'}),
        ('Северо-Казахстанской области', 0, 'region', NKR, NKR),
        ('Курган', 0, 'foreign', 'Kurgan', N, {'note': 'NI:line endpoint'}),
        ('Петропавловск', 1, 'city', 'Petropavl', NKR, {'note': 'NI:line point'}),
        ('Омск', 0, 'foreign', 'Omsk', N, {'note': 'NI:line endpoint'}),
        ('Казахстан', 0, 'country', 'Kazakhstan', N),
        ('Нур-Султан', 0, 'city', 'Astana', 'Astana', {'note': 'NI:train route endpoint; the capital named Nur-Sultan 2019-2022'}),
        ('Новосибирск', 0, 'foreign', 'Novosibirsk', N, {'note': 'NI:train route endpoint'}),
        ('Петропавловске', 0, 'city', 'Petropavl', NKR, {'note': 'NI:train held'}),
        ('двух районах', 0, 'quantified', '2 districts', N, {'count': 2, 'unit': 'district', 'note': 'roads closed by snow, not an incident'}),
        ('Нур-Султане', 0, 'city', 'Astana', 'Astana'),
        ('Байконыр', 0, 'district', 'Baikonyr District (Astana)', 'Astana', {'subkind': 'city district', 'note': 'district of the capital, not the cosmodrome'}),
        ('Кызылординской области', 0, 'region', KZR, KZR, {'note': 'NI:location of the cosmodrome the district is named after'}),
     ],
     inc={NKR: (1, 'freight train rammed a lorry stuck on a crossing in Mamlyutka, driver of the train hurt'),
          'Astana': (1, 'shunting locomotive hit a car on a crossing in the Baikonyr district of Nur-Sultan')}),

dict(id='p014', date='1999-04-14', lang='ru',
     event='1999 oil leak from an illegal tap on the Pavlodar - Shymkent pipeline in Shu district, 25 km from Shu (Jambyl Region), 120 tonnes spilled; Shymkent in South Kazakhstan Region; the Omsk - Pavlodar line; Chardzhou in Turkmenistan; Russia',
     text="""Утечка на нефтепроводе Павлодар — Шымкент в Жамбылской области
ТАРАЗ, 14 апреля. На магистральном нефтепроводе Павлодар — Шымкент в Шуском районе Жамбылской области произошла утечка нефти: около 120 тонн сырья разлилось по степи в 25 км от города Шу. Утечку в понедельник утром обнаружил обходчик, прокачку остановили на 18 часов, сообщили в областном управлении по чрезвычайным ситуациям.
По предварительным данным, причиной стала незаконная врезка, через которую похитители сливали нефть. Полиция Шуского района задержала двоих подозреваемых.
Нефтепровод продолжает линию Омск — Павлодар и доставляет западносибирскую нефть на нефтеперерабатывающий завод в Шымкенте. В советское время труба доходила до Чарджоу в Туркмении, но этот участок уже несколько лет не используется. В прошлом году из России по ней поступило около трёх миллионов тонн нефти.""",
     ann=[
        ('Павлодар', 0, 'city', 'Pavlodar', PR, {'note': 'headline; NI:pipeline endpoint'}),
        ('Шымкент', 0, 'city', 'Shymkent', SKR, {'note': 'headline; NI:pipeline endpoint; South Kazakhstan Region before 2018-06-19'}),
        ('Жамбылской области', 0, 'region', JR, JR, {'note': 'headline'}),
        ('ТАРАЗ', 0, 'city', 'Taraz', JR, {'note': 'dateline'}),
        ('Павлодар', 1, 'city', 'Pavlodar', PR, {'note': 'NI:pipeline endpoint'}),
        ('Шымкент', 1, 'city', 'Shymkent', SKR, {'note': 'NI:pipeline endpoint'}),
        ('Шуском районе', 0, 'district', 'Shu District', JR),
        ('Жамбылской области', 1, 'region', JR, JR),
        ('Шу', 0, 'city', 'Shu', JR, {'note': 'NI:reference point ("в 25 км от")'}),
        ('Шуского района', 0, 'district', 'Shu District', JR, {'note': 'inside the name of an authority (police)'}),
        ('Омск', 0, 'foreign', 'Omsk', N, {'note': 'NI:pipeline endpoint'}),
        ('Павлодар', 2, 'city', 'Pavlodar', PR, {'note': 'NI:pipeline endpoint'}),
        ('Шымкенте', 0, 'city', 'Shymkent', SKR, {'note': 'NI:refinery, destination of the oil'}),
        ('Чарджоу', 0, 'foreign', 'Turkmenabat', N, {'note': 'NI:former pipeline end; Soviet name of Turkmenabat'}),
        ('Туркмении', 0, 'foreign', 'Turkmenistan', N, {'note': 'NI:reference'}),
        ('России', 0, 'foreign', 'Russia', N, {'note': 'NI:origin of oil'}),
     ],
     inc={JR: (1, 'oil leak from an illegal tap on the Pavlodar - Shymkent pipeline in Shu district, about 120 tonnes spilled')}),

dict(id='p015', date='2023-09-12', lang='ru',
     event='2023 transport chronicle of Abai and East Kazakhstan regions: six coal wagons derail at Zhangiztobe station, Zharma district, and a traction substation transformer burns in Semey (Abai Region, Abai Street is a street); a bus-lorry collision on the Almaty - Ust-Kamenogorsk road in Ulan district, 40 km from Ust-Kamenogorsk, three dead (East Kazakhstan Region); the Turksib; Semey - Rubtsovsk trains to Russia; two more derailments in two other, unnamed regions (unattributed)',
     text="""Сход вагонов под Жангизтобе, пожар на подстанции в Семее и ДТП на трассе Алматы — Усть-Каменогорск
СЕМЕЙ, 12 сентября (Vlast.kz). Хроника происшествий на транспорте в Абайской и Восточно-Казахстанской областях за минувшие сутки.

03:40. На перегоне у станции Жангизтобе в Жарминском районе Абайской области сошли с рельсов шесть полувагонов с углём, шедших из Экибастуза в Алматы. Пострадавших нет. Движение по Турксибу на участке Семей — Актогай восстанавливали десять часов, пассажирский поезд Усть-Каменогорск — Алматы задержали в Семее. В КТЖ причиной назвали излом рельса.

11:15. В Семее на тяговой подстанции у вокзала загорелся трансформатор. Огонь потушили за 40 минут, на два часа без электричества остались дома на улице Абая и в нескольких кварталах у Иртыша. Пострадавших нет, сообщил ДЧС Абайской области.

16:20. На трассе Алматы — Усть-Каменогорск в Уланском районе Восточно-Казахстанской области, в 40 км от Усть-Каменогорска, рейсовый автобус столкнулся с грузовиком. Погибли три человека, 11 госпитализированы. Автобус шёл из Талдыкоргана.

18:05. По данным КТЖ, за те же сутки ещё два схода вагонов произошли в двух других областях; где именно, компания не уточнила. Поезда Семей — Рубцовск в Россию идут по графику.

20:00. Через Абайскую область, созданную в прошлом году, проходит почти 600 км Турксиба, и почти все пути здесь однопутные. Железнодорожники давно просят построить вторые пути хотя бы на самых загруженных участках. По словам представителя КТЖ, в планах — второй путь на перегоне Жангизтобе — Актогай и обход Семея длиной около 40 км с новым мостом через Иртыш, чтобы грузовые поезда не шли через город.""",
     ann=[
        ('Жангизтобе', 0, 'village', 'Zhangiztobe', ABR, {'note': 'headline; derailment near the settlement'}),
        ('Семее', 0, 'city', 'Semey', ABR, {'note': 'headline; Abai Region since 2022-06-08'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'headline; NI:road endpoint'}),
        ('Усть-Каменогорск', 0, 'city', 'Oskemen', EKR, {'note': 'headline; NI:road endpoint; Russian name of Oskemen'}),
        ('СЕМЕЙ', 0, 'city', 'Semey', ABR, {'note': 'dateline'}),
        ('Абайской', 0, 'region', ABR, ABR, {'note': 'in a list sharing "областях"'}),
        ('Восточно-Казахстанской', 0, 'region', EKR, EKR, {'note': 'in a list sharing "областях"'}),
        ('Жангизтобе', 1, 'facility', 'Zhangiztobe station', ABR, {'subkind': 'railway station', 'note': 'after "станции"'}),
        ('Жарминском районе', 0, 'district', 'Zharma District', ABR),
        ('Абайской области', 0, 'region', ABR, ABR),
        ('Экибастуза', 0, 'city', 'Ekibastuz', PR, {'note': 'NI:origin of the coal'}),
        ('Алматы', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:destination'}),
        ('Турксибу', 0, 'facility', 'Turkestan-Siberia Railway', N, {'subkind': 'railway'}),
        ('Семей', 0, 'city', 'Semey', ABR, {'note': 'NI:section endpoint'}),
        ('Актогай', 0, 'village', 'Aktogay (Ayagoz district)', ABR, {'note': 'NI:section endpoint'}),
        ('Усть-Каменогорск', 1, 'city', 'Oskemen', EKR, {'note': 'NI:train route endpoint'}),
        ('Алматы', 2, 'city', 'Almaty', 'Almaty', {'note': 'NI:train route endpoint'}),
        ('Семее', 1, 'city', 'Semey', ABR, {'note': 'NI:train held'}),
        ('Семее', 2, 'city', 'Semey', ABR, {'note': 'substation fire'}),
        ('улице Абая', 0, 'facility', 'Abai Street (Semey)', ABR, {'subkind': 'street', 'note': 'street named after the poet; NI:power cut'}),
        ('Иртыша', 0, 'facility', 'Irtysh River', N, {'subkind': 'river'}),
        ('Абайской области', 1, 'region', ABR, ABR, {'note': 'inside the name of an authority (ДЧС)'}),
        ('Алматы', 3, 'city', 'Almaty', 'Almaty', {'note': 'NI:road endpoint'}),
        ('Усть-Каменогорск', 2, 'city', 'Oskemen', EKR, {'note': 'NI:road endpoint'}),
        ('Уланском районе', 0, 'district', 'Ulan District', EKR),
        ('Восточно-Казахстанской области', 0, 'region', EKR, EKR),
        ('Усть-Каменогорска', 0, 'city', 'Oskemen', EKR, {'note': 'NI:reference point ("в 40 км от")'}),
        ('Талдыкоргана', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:origin of the bus'}),
        ('двух других областях', 0, 'quantified', '2 other regions', N, {'count': 2, 'unit': 'region', 'note': 'derailments in two unnamed regions'}),
        ('Семей', 1, 'city', 'Semey', ABR, {'note': 'NI:train route endpoint'}),
        ('Рубцовск', 0, 'foreign', 'Rubtsovsk', N, {'note': 'NI:train route endpoint'}),
        ('Россию', 0, 'foreign', 'Russia', N, {'note': 'NI:destination'}),
        ('Абайскую область', 0, 'region', ABR, ABR, {'note': 'NI:background'}),
        ('Турксиба', 0, 'facility', 'Turkestan-Siberia Railway', N, {'subkind': 'railway'}),
        ('Жангизтобе', 2, 'village', 'Zhangiztobe', ABR, {'note': 'NI:planned track endpoint'}),
        ('Актогай', 1, 'village', 'Aktogay (Ayagoz district)', ABR, {'note': 'NI:planned track endpoint'}),
        ('Семея', 0, 'city', 'Semey', ABR, {'note': 'NI:planned bypass'}),
        ('Иртыш', 0, 'facility', 'Irtysh River', N, {'subkind': 'river'}),
     ],
     inc={ABR: (2, 'six coal wagons derailed at Zhangiztobe station, Zharma district; transformer fire at a traction substation in Semey'),
          EKR: (1, 'bus-lorry collision on the Almaty - Ust-Kamenogorsk road in Ulan district, three dead')},
     unatt=[{'label': 'двух других областях', 'count': 2, 'note': 'two more derailments in two other, unnamed regions'}]),

dict(id='p016', date='1997-05-20', lang='ru',
     event='1997 fire in a sleeping car of the Almaty - Semipalatinsk train at Ushtobe station (Almaty Region, weeks after Taldykorgan Region was merged into it); the 1997 mergers of Taldykorgan, Turgai and Semipalatinsk regions recalled; the capital to move to Akmola',
     text="""Пожар в поезде Алматы — Семипалатинск на станции Уштобе
АЛМАТЫ, 20 мая. В пассажирском поезде Алматы — Семипалатинск в понедельник ночью во время стоянки на станции Уштобе загорелся плацкартный вагон. Огонь уничтожил два купе, проводник получил ожоги, остальных пассажиров успели вывести, сообщило управление по чрезвычайным ситуациям Алматинской области. Вероятная причина — неисправный электрообогреватель.
Уштобе с апреля входит в состав Алматинской области: указом президента Талдыкорганская область упразднена, её районы присоединены к Алматинской. Тогда же упразднена Тургайская область, а в начале мая Семипалатинская область вошла в состав Восточно-Казахстанской.
Пассажиров пересадили в резервный вагон, и поезд прибыл в Семипалатинск с опозданием на четыре часа. Осенью в Акмолу, куда в декабре переедет столица, должен пойти новый скорый поезд из Алматы.""",
     ann=[
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'headline; NI:train route endpoint'}),
        ('Семипалатинск', 0, 'city', 'Semey', EKR, {'note': 'headline; NI:train route endpoint; Semipalatinsk, renamed Semey in 2007'}),
        ('Уштобе', 0, 'facility', 'Ushtobe station', ALR, {'subkind': 'railway station', 'note': 'headline; after "станции"'}),
        ('АЛМАТЫ', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Алматы', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:train route endpoint'}),
        ('Семипалатинск', 1, 'city', 'Semey', EKR, {'note': 'NI:train route endpoint'}),
        ('Уштобе', 1, 'facility', 'Ushtobe station', ALR, {'subkind': 'railway station', 'note': 'after "станции"; fire during the stop'}),
        ('Алматинской области', 0, 'region', ALR, ALR, {'note': 'inside the name of an authority'}),
        ('Уштобе', 2, 'city', 'Ushtobe', ALR, {'note': 'NI:background'}),
        ('Алматинской области', 1, 'region', ALR, ALR, {'note': 'NI:background'}),
        ('Талдыкорганская область', 0, 'region', ALR, ALR, {'uncertain': True, 'note': 'NI:background; Taldykorgan Region, abolished April 1997 and merged into Almaty Region'}),
        ('Алматинской', 2, 'region', ALR, ALR, {'note': 'NI:background (head noun elided)'}),
        ('Тургайская область', 0, 'region', KOR, KOR, {'uncertain': True, 'note': 'NI:background; Turgai Region, abolished 1997; its centre Arkalyk and most of its land went to Kostanay Region, some districts to Akmola Region'}),
        ('Семипалатинская область', 0, 'region', EKR, EKR, {'uncertain': True, 'note': 'NI:background; Semipalatinsk Region, abolished May 1997 and merged into East Kazakhstan Region'}),
        ('Восточно-Казахстанской', 0, 'region', EKR, EKR, {'note': 'NI:background (head noun elided)'}),
        ('Семипалатинск', 2, 'city', 'Semey', EKR, {'note': 'NI:arrival'}),
        ('Акмолу', 0, 'city', 'Astana', 'Astana', {'note': 'NI:planned train destination; the city named Akmola 1992-1998, the capital from December 1997'}),
        ('Алматы', 2, 'city', 'Almaty', 'Almaty', {'note': 'NI:planned train origin'}),
     ],
     inc={ALR: (1, 'fire in a sleeping car of the Almaty - Semipalatinsk train at Ushtobe station, conductor burnt')}),
]
