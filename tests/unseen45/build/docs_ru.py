"""Russian texts of the forty-fifth unseen check corpus."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'

DOCS = [
dict(id='p009', date='1998-12-15', lang='ru',
     event='1998 boiler explosion in Kokshetau and a protest blocking the Kokshetau-Astana road in Shchuchinsk (North Kazakhstan Region, to which the abolished Kokshetau Region belonged from May 1997 to April 1999); Zerenda and Aiyrtau districts',
     text="""Кокшетау без тепла: взрыв в котельной и перекрытая трасса
КОКШЕТАУ, 15 декабря (Интерфакс-Казахстан) — В Кокшетау в ночь на понедельник взорвался котёл районной котельной на улице Ауэзова, пострадал оператор. Без отопления при морозе 35 градусов остались 46 многоэтажных домов в микрорайоне Васильковский, сообщили в управлении по чрезвычайным ситуациям Северо-Казахстанской области.
Город, до мая 1997 года бывший центром упразднённой Кокшетауской области, теперь подчиняется областным властям в Петропавловске, до которого почти 190 км. Жители жалуются, что ремонтные бригады из нового областного центра приезжают с опозданием, а деньги на уголь делят «по остаточному принципу».
Во вторник около 200 жителей Щучинска на три часа перекрыли трассу Кокшетау — Астана, требуя вернуть тепло в дома, отключённые с пятницы. Полиция задержала двоих организаторов акции, движение восстановлено к полудню.
Аким области пообещал, что к концу недели в Кокшетау и Щучинск придут 40 вагонов угля из Экибастуза. Мазут для резервных котельных ожидается из Омска, но российский поставщик задерживает отгрузку из-за долгов.
Перебои с теплом отмечены также в Зерендинском и Айыртауском районах, где в нескольких сёлах закрыты школы. Правительство в Астане создало комиссию, которая до конца месяца проверит готовность к зиме всех городов на севере Казахстана. Члены комиссии напомнили, что и прошлой зимой в четырёх районах бывшей Кокшетауской области занятия в школах отменяли из-за холода.
Директор городского предприятия «Кокшетау Энерго» заявил, что взорвавшийся котёл был установлен ещё в 1968 году и трижды проходил капитальный ремонт. По его словам, на замену изношенного оборудования городу нужно около 300 млн тенге, но областной бюджет пока выделил лишь десятую часть этой суммы.""",
     ann=[
        ('Кокшетау', 0, 'city', 'Kokshetau', NKR, {'note': 'headline; North Kazakhstan Region from May 1997 to April 1999'}),
        ('КОКШЕТАУ', 0, 'city', 'Kokshetau', NKR, {'note': 'dateline'}),
        ('Кокшетау', 1, 'city', 'Kokshetau', NKR),
        ('улице Ауэзова', 0, 'facility', 'Auezov Street (Kokshetau)', NKR, {'subkind': 'street', 'note': 'street named after a person'}),
        ('Васильковский', 0, 'district', 'Vasilkovsky (Kokshetau)', NKR, {'subkind': 'microdistrict'}),
        ('Северо-Казахстанской области', 0, 'region', NKR, NKR, {'note': 'inside the name of an authority'}),
        ('Кокшетауской области', 0, 'region', NKR, NKR, {'uncertain': True, 'note': 'the abolished Kokshetau (Kokchetav) Region; all its land lay in North Kazakhstan Region on the article date'}),
        ('Петропавловске', 0, 'city', 'Petropavl', NKR, {'note': 'NI:seat of the regional authorities'}),
        ('Щучинска', 0, 'city', 'Shchuchinsk', NKR, {'note': 'origin of the protesters, who blocked the road at their town'}),
        ('Кокшетау', 2, 'city', 'Kokshetau', NKR, {'note': 'NI:road endpoint'}),
        ('Астана', 0, 'city', 'Astana', 'Astana', {'note': 'NI:road endpoint'}),
        ('Кокшетау', 3, 'city', 'Kokshetau', NKR, {'note': 'NI:destination of coal'}),
        ('Щучинск', 0, 'city', 'Shchuchinsk', NKR, {'note': 'NI:destination of coal'}),
        ('Экибастуза', 0, 'city', 'Ekibastuz', PR, {'note': 'NI:origin of coal'}),
        ('Омска', 0, 'foreign', 'Omsk', N, {'note': 'NI:origin of fuel oil'}),
        ('Зерендинском', 0, 'district', 'Zerendi District', NKR, {'note': 'in a list sharing "районах"; North Kazakhstan Region until April 1999'}),
        ('Айыртауском', 0, 'district', 'Aiyrtau District', NKR, {'note': 'in a list sharing "районах"'}),
        ('Астане', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the government'}),
        ('Казахстана', 0, 'country', 'Kazakhstan', N),
        ('четырёх районах', 0, 'quantified', '4 districts', N, {'count': 4, 'unit': 'district', 'note': 'school closures last winter; not incidents'}),
        ('Кокшетауской области', 1, 'region', NKR, NKR, {'uncertain': True, 'note': 'the abolished Kokshetau Region (see above)'}),
     ],
     inc={NKR: (2, 'boiler explosion at a district boiler house in Kokshetau, one hurt; protest of Shchuchinsk residents blocking the Kokshetau-Astana road, two detained')}),

dict(id='p010', date='1992-02-11', lang='ru',
     event='1992 ethnic Germans emigrate from Tselinograd Region (Shortandy and Atbasar districts, Zholymbet, Bektau; Akmola Region) to Germany and Omsk oblast; Tselinograd is the city now called Astana (no incident)',
     text="""Немцы уезжают из целинных сёл
ЦЕЛИНОГРАД, 11 февраля (Интерфакс) — За январь из Целиноградской области выехали на постоянное жительство в Германию 1140 человек, в основном этнические немцы, сообщили в областном отделе виз и регистраций.
Больше всего уезжающих в Шортандинском и Атбасарском районах, где в некоторых сёлах пустует каждый третий дом. В посёлке Жолымбет закрылась школа с преподаванием на немецком языке: из 120 учеников в ней осталось 14.
Переселенцы едут поездом до Москвы, а оттуда — в приёмный лагерь Фридланд в Нижней Саксонии. Часть семей перебирается в Омскую область России, где создаётся немецкий национальный район с центром в селе Азово.
«Уезжают лучшие механизаторы и доярки», — говорит председатель колхоза в селе Бектау Иван Шмидт. По его словам, весной в хозяйстве будет некому сеять.
Областной совет просит правительство в Алма-Ате выделить деньги на жильё и кредиты для тех, кто решит остаться.""",
     ann=[
        ('ЦЕЛИНОГРАД', 0, 'city', 'Astana', 'Astana', {'note': 'dateline; Soviet name of the city now called Astana'}),
        ('Целиноградской области', 0, 'region', AKR, AKR, {'note': 'Tselinograd Region, renamed Akmola Region in 1992'}),
        ('Германию', 0, 'foreign', 'Germany', N, {'note': 'NI:destination of emigrants'}),
        ('Шортандинском', 0, 'district', 'Shortandy District', AKR, {'note': 'in a list sharing "районах"'}),
        ('Атбасарском', 0, 'district', 'Atbasar District', AKR, {'note': 'in a list sharing "районах"'}),
        ('Жолымбет', 0, 'village', 'Zholymbet', AKR),
        ('Москвы', 0, 'foreign', 'Moscow', N, {'note': 'NI:route point'}),
        ('Фридланд', 0, 'foreign', 'Friedland', N, {'note': 'NI:destination'}),
        ('Нижней Саксонии', 0, 'foreign', 'Lower Saxony', N),
        ('Омскую область', 0, 'foreign', 'Omsk Oblast', N, {'note': 'NI:destination'}),
        ('России', 0, 'foreign', 'Russia', N),
        ('Азово', 0, 'foreign', 'Azovo', N, {'note': 'village in Omsk Oblast'}),
        ('Бектау', 0, 'village', 'Bektau', AKR),
        ('Алма-Ате', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:seat of the government; old name'}),
     ],
     inc={}),

dict(id='p011', date='2006-03-14', lang='ru',
     event='2006 armed robbery of an exchange office in Kandyagash with a guard shot, and a background January robbery in Khromtau (Aktobe Region); suspects detained near Temir, one from Orsk',
     text="""Грабители ранили охранника обменного пункта в Кандыагаше
АКТОБЕ, 14 марта (Казинформ) — Двое мужчин в масках ворвались в понедельник вечером в обменный пункт на привокзальной площади Кандыагаша, ранили охранника из обреза и забрали около 2 млн тенге, сообщили в департаменте внутренних дел Актюбинской области.
Охранник, 52-летний житель посёлка Эмба, доставлен в областную больницу в Актобе, его состояние оценивается как тяжёлое.
Грабители уехали на «Ниве» в сторону Эмбы, но через три часа их задержали на посту дорожной полиции под Темиром. Один из задержанных — гражданин России, прописанный в Орске.
Это второе вооружённое нападение на обменные пункты в области с начала года: в январе двое неизвестных избили кассира и ограбили обменник в Хромтау. Прокуратура Мугалжарского района возбудила дело о разбое.
Кандыагаш — крупный железнодорожный узел в 100 км от Актобе, бывшего Актюбинска. Обменные пункты здесь работают допоздна, потому что через станцию идут поезда на Россию и Среднюю Азию.""",
     ann=[
        ('Кандыагаше', 0, 'city', 'Kandyagash', AR, {'note': 'headline'}),
        ('АКТОБЕ', 0, 'city', 'Aktobe', AR, {'note': 'dateline'}),
        ('Кандыагаша', 0, 'city', 'Kandyagash', AR),
        ('Актюбинской области', 0, 'region', AR, AR, {'note': 'inside the name of an authority'}),
        ('Эмба', 0, 'city', 'Emba', AR, {'note': 'NI:residence of the guard'}),
        ('Актобе', 0, 'city', 'Aktobe', AR, {'note': 'NI:hospital town'}),
        ('Эмбы', 0, 'city', 'Emba', AR, {'note': 'NI:direction of flight'}),
        ('Темиром', 0, 'city', 'Temir', AR, {'note': 'NI:reference point of the detention'}),
        ('России', 0, 'foreign', 'Russia', N),
        ('Орске', 0, 'foreign', 'Orsk', N, {'note': 'NI:residence'}),
        ('Хромтау', 0, 'city', 'Khromtau', AR),
        ('Мугалжарского района', 0, 'district', 'Mugalzhar District', AR, {'note': 'inside the name of an authority (prosecutor)'}),
        ('Кандыагаш', 0, 'city', 'Kandyagash', AR),
        ('Актобе', 1, 'city', 'Aktobe', AR, {'note': 'NI:reference point'}),
        ('Актюбинска', 0, 'city', 'Aktobe', AR, {'note': 'NI:old name of Aktobe'}),
        ('Россию', 0, 'foreign', 'Russia', N, {'note': 'NI:train destination'}),
        ('Среднюю Азию', 0, 'foreign', 'Central Asia', N, {'subkind': 'macro-region', 'uncertain': True, 'note': 'NI:train destination; macro-region that includes Kazakhstan'}),
     ],
     inc={AR: (2, 'armed robbery of an exchange office in Kandyagash, guard shot and wounded; background January robbery with a cashier beaten in Khromtau')}),

dict(id='p012', date='2017-02-07', lang='ru',
     event='2017 Kostanay-Chelyabinsk bus overturns in a blizzard 15 km from Karabalyk, four hurt, and a fatal house fire in Lisakovsk (Kostanay Region); weather accidents in five other regions (unattributed); Troitsk, Chelyabinsk, Magnitogorsk in Russia',
     text="""Автобус Костанай — Челябинск опрокинулся в метель под Карабалыком
КОСТАНАЙ, 7 февраля (Tengrinews.kz) — Рейсовый автобус Костанай — Челябинск с 38 пассажирами съехал в кювет и опрокинулся во вторник утром на трассе в 15 км от посёлка Карабалык; четыре человека получили травмы, сообщили в департаменте по чрезвычайным ситуациям Костанайской области.
По данным полиции, водитель потерял управление при сильном боковом ветре и нулевой видимости. Большинство пассажиров — жители Костаная и Рудного, ехавшие в Россию к родственникам и на заработки. Пострадавших доставили в районную больницу, остальных пересадили на другой автобус, который довёз их до пункта пропуска на границе, откуда до Троицка около 20 км.
Из-за метели на сутки закрывались трассы Костанай — Аулиеколь и Рудный — Житикара, в сёлах отменены занятия в школах. По данным МВД, непогода накрыла весь север страны: аварии на дорогах из-за гололёда и снежных заносов зарегистрированы ещё в пяти областях Казахстана.
В ту же ночь в Лисаковске при пожаре в частном доме погибли пожилые супруги. По предварительной версии, причиной стала неисправная печь; соседи пытались потушить огонь до приезда пожарных.
Автобусы в Челябинск, Троицк и Магнитогорск уходят с автовокзала Костаная ежедневно, с начала года ими воспользовались более 9 тысяч человек. Перевозчики жалуются на многочасовые очереди на границе в выходные дни и просят открыть на казахстанской стороне ещё одну полосу для автобусов.
Спасатели напоминают, что зимой трасса Костанай — Карабалык — Троицк остаётся одной из самых загруженных в области: по ней ежедневно проходят до двух тысяч машин, в том числе транзитные грузовики из Челябинской области в Узбекистан.""",
     ann=[
        ('Костанай', 0, 'city', 'Kostanay', KOR, {'note': 'headline; NI:route endpoint'}),
        ('Челябинск', 0, 'foreign', 'Chelyabinsk', N, {'note': 'headline; NI:route endpoint'}),
        ('Карабалыком', 0, 'village', 'Karabalyk', KOR, {'note': 'headline; NI:reference point'}),
        ('КОСТАНАЙ', 0, 'city', 'Kostanay', KOR, {'note': 'dateline'}),
        ('Костанай', 1, 'city', 'Kostanay', KOR, {'note': 'NI:route endpoint'}),
        ('Челябинск', 1, 'foreign', 'Chelyabinsk', N, {'note': 'NI:route endpoint'}),
        ('Карабалык', 0, 'village', 'Karabalyk', KOR, {'note': 'NI:reference point ("15 km from")'}),
        ('Костанайской области', 0, 'region', KOR, KOR, {'note': 'inside the name of an authority'}),
        ('Костаная', 0, 'city', 'Kostanay', KOR, {'note': 'NI:residence of passengers'}),
        ('Рудного', 0, 'city', 'Rudny', KOR, {'note': 'NI:residence of passengers'}),
        ('Россию', 0, 'foreign', 'Russia', N, {'note': 'NI:destination'}),
        ('Троицка', 0, 'foreign', 'Troitsk', N, {'note': 'NI:reference point'}),
        ('Костанай', 2, 'city', 'Kostanay', KOR, {'note': 'NI:road endpoint'}),
        ('Аулиеколь', 0, 'village', 'Auliekol', KOR, {'note': 'NI:road endpoint'}),
        ('Рудный', 0, 'city', 'Rudny', KOR, {'note': 'NI:road endpoint'}),
        ('Житикара', 0, 'city', 'Zhitikara', KOR, {'note': 'NI:road endpoint'}),
        ('пяти областях', 0, 'quantified', '5 regions', N, {'count': 5, 'unit': 'region', 'note': 'weather-related road accidents in five unnamed regions'}),
        ('Казахстана', 0, 'country', 'Kazakhstan', N),
        ('Лисаковске', 0, 'city', 'Lisakovsk', KOR),
        ('Челябинск', 2, 'foreign', 'Chelyabinsk', N, {'note': 'NI:bus destination'}),
        ('Троицк', 0, 'foreign', 'Troitsk', N, {'note': 'NI:bus destination'}),
        ('Магнитогорск', 0, 'foreign', 'Magnitogorsk', N, {'note': 'NI:bus destination'}),
        ('Костаная', 1, 'city', 'Kostanay', KOR, {'note': 'NI:bus station'}),
        ('Костанай', 3, 'city', 'Kostanay', KOR, {'note': 'NI:road endpoint'}),
        ('Карабалык', 1, 'village', 'Karabalyk', KOR, {'note': 'NI:road point'}),
        ('Троицк', 1, 'foreign', 'Troitsk', N, {'note': 'NI:road endpoint'}),
        ('Челябинской области', 0, 'foreign', 'Chelyabinsk Oblast', N, {'note': 'NI:origin of lorries'}),
        ('Узбекистан', 0, 'foreign', 'Uzbekistan', N, {'note': 'NI:destination of lorries'}),
     ],
     inc={KOR: (2, 'Kostanay-Chelyabinsk bus overturned on the highway 15 km from Karabalyk, four hurt; house fire in Lisakovsk, two dead')},
     unatt=[{'label': 'пяти областях', 'count': 5, 'note': 'road accidents caused by the weather in five unnamed regions of Kazakhstan'}]),

dict(id='p013', date='2010-04-20', lang='ru',
     event='2010 spring flood in Atyrau Region: ferry over the Ural capsizes at Inderbor, and the Kigach floods 40 homes in Alga (Kurmangazy district), residents moved to Ganyushkino; flood wave from Uralsk; Astrakhan oblast',
     text="""Паводок в Атырауской области: у Индербора опрокинулся паром, подтоплено село Алга
АТЫРАУ, 20 апреля (Казинформ) — В Индерском районе Атырауской области в понедельник опрокинулся паром, который перевозил через Урал грузовик и легковой автомобиль. Оба водителя и двое пассажиров успели выбраться на берег, машины затонули, сообщили в департаменте по чрезвычайным ситуациям области.
Переправа у посёлка Индербор, единственная на участке между Атырау и границей с Западно-Казахстанской областью, закрыта до спада воды. Жители левобережных сёл добираются до районного центра на лодках, которые выделил акимат.
В Курмангазинском районе вода из протоки Кигач, по которой сюда приходит паводок с Волги, подтопила 40 дворов в селе Алга. Около 150 жителей вывезены в райцентр Ганюшкино, где их разместили в школе и доме культуры. В районе введён режим чрезвычайной ситуации.
Уровень воды в Урале у Атырау за сутки поднялся на 23 см. По данным гидрологов, пик паводка, который неделей раньше прошёл через Уральск, ожидается в конце месяца. В Махамбетском районе спасатели укрепляют дамбу у села Актогай.
Власти соседней Астраханской области России сообщили, что вода в Волге у границы начала спадать. Аким области поручил проверить все паромные переправы и до мая запретить перевозку на них грузовиков.
Синоптики прогнозируют, что уровень воды в Урале будет расти ещё неделю. Жителей прибрежных сёл Исатайского района просят не выходить на лёд и не выезжать на рыбалку. В Атырау на набережной установлены временные водомерные посты, а мост через Урал в центре города открыт для движения в обычном режиме. Паромная переправа у Махамбета продолжает работать с ограничениями.""",
     ann=[
        ('Атырауской области', 0, 'region', ATR, ATR, {'note': 'headline'}),
        ('Индербора', 0, 'village', 'Inderbor', ATR, {'note': 'headline; settlement (посёлок)'}),
        ('Алга', 0, 'village', 'Alga (Kurmangazy district)', ATR, {'note': 'headline'}),
        ('АТЫРАУ', 0, 'city', 'Atyrau', ATR, {'note': 'dateline'}),
        ('Индерском районе', 0, 'district', 'Inder District', ATR),
        ('Атырауской области', 1, 'region', ATR, ATR),
        ('Урал', 0, 'facility', 'Ural River', N, {'subkind': 'river'}),
        ('Индербор', 0, 'village', 'Inderbor', ATR),
        ('Атырау', 0, 'city', 'Atyrau', ATR, {'note': 'NI:reference point'}),
        ('Западно-Казахстанской областью', 0, 'region', WKR, WKR, {'note': 'NI:reference point (border)'}),
        ('Курмангазинском районе', 0, 'district', 'Kurmangazy District', ATR),
        ('Кигач', 0, 'facility', 'Kigach', N, {'subkind': 'river', 'note': 'arm of the Volga delta crossing into Kazakhstan'}),
        ('Волги', 0, 'foreign', 'Volga', N, {'subkind': 'river', 'note': 'NI:origin of the flood water'}),
        ('Алга', 1, 'village', 'Alga (Kurmangazy district)', ATR),
        ('Ганюшкино', 0, 'village', 'Ganyushkino', ATR, {'note': 'NI:evacuation point; district centre, now called Kurmangazy'}),
        ('Урале', 0, 'facility', 'Ural River', N, {'subkind': 'river'}),
        ('Атырау', 1, 'city', 'Atyrau', ATR, {'note': 'NI:gauge point'}),
        ('Уральск', 0, 'city', 'Oral', WKR, {'note': 'NI:flood wave passed earlier, no damage reported'}),
        ('Махамбетском районе', 0, 'district', 'Makhambet District', ATR, {'note': 'NI:preventive works'}),
        ('Актогай', 0, 'village', 'Aktogay (Makhambet district)', ATR, {'note': 'NI:preventive works'}),
        ('Астраханской области', 0, 'foreign', 'Astrakhan Oblast', N),
        ('России', 0, 'foreign', 'Russia', N),
        ('Волге', 0, 'foreign', 'Volga', N, {'subkind': 'river'}),
        ('Урале', 1, 'facility', 'Ural River', N, {'subkind': 'river'}),
        ('Исатайского района', 0, 'district', 'Isatay District', ATR, {'note': 'NI:warning to residents'}),
        ('Атырау', 2, 'city', 'Atyrau', ATR, {'note': 'NI:gauge posts'}),
        ('Урал', 1, 'facility', 'Ural River', N, {'subkind': 'river'}),
        ('Махамбета', 0, 'village', 'Makhambet', ATR, {'note': 'NI:ferry working with restrictions'}),
     ],
     inc={ATR: (2, 'ferry capsized on the Ural at Inderbor, two cars sunk; flood of 40 homes in Alga, Kurmangazy district (natural disaster, once for the region)')}),

dict(id='p014', date='2024-01-16', lang='ru',
     event='2024 two ice crossings over the Irtysh open at Kyzylzhar (Aksu district) and Terenkol, the former Kachiry (Pavlodar Region); not Kyzylzhar district of North Kazakhstan; Omsk oblast (no incident)',
     text="""На Иртыше в Павлодарской области открыли ледовые переправы
ПАВЛОДАР, 16 января (Казинформ) — В Павлодарской области открылись две ледовые переправы через Иртыш — у села Кызылжар Аксуского района и у районного центра Теренколь, бывших Качир, сообщили в областном управлении пассажирского транспорта.
Толщина льда достигла 60 см. По переправам разрешён проезд легковых машин и микроавтобусов массой до трёх тонн, грузовикам въезд на лёд запрещён. Переправы сокращают путь из левобережных сёл до Аксу и Павлодара на 80-120 км.
Сельский Кызылжар не следует путать с Кызылжарским районом Северо-Казахстанской области: в регионе несколько сёл с таким названием.
Жители Теренкольского района, граничащего с Омской областью России, просят построить через реку постоянный мост. В акимате обещают включить проект в программу на 2026 год.""",
     ann=[
        ('Иртыше', 0, 'facility', 'Irtysh River', N, {'subkind': 'river'}),
        ('Павлодарской области', 0, 'region', PR, PR, {'note': 'headline'}),
        ('ПАВЛОДАР', 0, 'city', 'Pavlodar', PR, {'note': 'dateline'}),
        ('Павлодарской области', 1, 'region', PR, PR),
        ('Иртыш', 0, 'facility', 'Irtysh River', N, {'subkind': 'river'}),
        ('Кызылжар', 0, 'village', 'Kyzylzhar (Aksu district)', PR),
        ('Аксуского района', 0, 'district', 'Aksu District', PR),
        ('Теренколь', 0, 'village', 'Terenkol', PR),
        ('Качир', 0, 'village', 'Terenkol', PR, {'note': 'former name Kachiry, genitive'}),
        ('Аксу', 0, 'city', 'Aksu', PR, {'note': 'NI:destination'}),
        ('Павлодара', 0, 'city', 'Pavlodar', PR, {'note': 'NI:destination'}),
        ('Кызылжар', 1, 'village', 'Kyzylzhar (Aksu district)', PR),
        ('Кызылжарским районом', 0, 'district', 'Kyzylzhar District', NKR, {'note': 'NI:namesake district named for contrast'}),
        ('Северо-Казахстанской области', 0, 'region', NKR, NKR, {'note': 'NI:namesake district named for contrast'}),
        ('Теренкольского района', 0, 'district', 'Terenkol District', PR),
        ('Омской областью', 0, 'foreign', 'Omsk Oblast', N, {'note': 'NI:neighbour'}),
        ('России', 0, 'foreign', 'Russia', N),
     ],
     inc={}),

dict(id='p015', date='2021-09-03', lang='ru',
     event='2021 energy ministry: heating networks not ready in 12 cities; lag in Uralsk, Petropavlovsk and Ekibastuz, repairs at the Petropavlovsk TPP-2 and Ekibastuz GRES-1; Kostanay and Aktobe regions (no incident)',
     text="""Минэнерго: ремонт теплосетей не завершён в 12 городах
НУР-СУЛТАН, 3 сентября (Интерфакс-Казахстан) — За две недели до начала отопительного сезона ремонт теплосетей не завершён в 12 городах Казахстана, сообщил вице-министр энергетики на брифинге в Нур-Султане.
По его словам, наибольшее отставание — в Уральске, Петропавловске и Экибастузе. На Петропавловской ТЭЦ-2 заменено лишь 60% котельного оборудования, запланированного на этот год, а один из энергоблоков Экибастузской ГРЭС-1 выйдет из ремонта только в октябре.
В Костанайской и Актюбинской областях подготовка к зиме, напротив, завершена досрочно, отметил вице-министр. Он призвал акиматов северных регионов создать запас угля не менее чем на 45 суток.
Министерство предупредило, что в случае аварий в сильные морозы ответственность будут нести акимы городов. Проверки начнутся 15 сентября.""",
     ann=[
        ('12 городах', 0, 'quantified', '12 cities', N, {'count': 12, 'unit': 'city', 'note': 'headline; unfinished repairs, not incidents'}),
        ('НУР-СУЛТАН', 0, 'city', 'Astana', 'Astana', {'note': 'dateline; the capital named Nur-Sultan 2019-2022'}),
        ('12 городах', 1, 'quantified', '12 cities', N, {'count': 12, 'unit': 'city', 'note': 'unfinished repairs, not incidents'}),
        ('Казахстана', 0, 'country', 'Kazakhstan', N),
        ('Нур-Султане', 0, 'city', 'Astana', 'Astana', {'note': 'NI:place of the briefing'}),
        ('Уральске', 0, 'city', 'Oral', WKR),
        ('Петропавловске', 0, 'city', 'Petropavl', NKR),
        ('Экибастузе', 0, 'city', 'Ekibastuz', PR),
        ('Петропавловской ТЭЦ-2', 0, 'facility', 'Petropavl CHP-2', NKR, {'subkind': 'power plant'}),
        ('Экибастузской ГРЭС-1', 0, 'facility', 'Ekibastuz GRES-1', PR, {'subkind': 'power plant'}),
        ('Костанайской', 0, 'region', KOR, KOR, {'note': 'in a list sharing "областях"'}),
        ('Актюбинской', 0, 'region', AR, AR, {'note': 'in a list sharing "областях"'}),
     ],
     inc={}),

dict(id='p016', date='1997-12-10', lang='ru',
     event='1997 Akmola becomes the capital, ministries arrive from Almaty; officials housed in Stepnogorsk and at Borovoye (North Kazakhstan Region from May 1997); bus Akmola-Kokshetau (North Kazakhstan Region); Akmola Region keeps its seat in Akmola (no incident)',
     text="""Акмола принимает столичные ведомства
АКМОЛА, 10 декабря (Интерфакс-Казахстан) — Акмола официально стала столицей Казахстана: в среду сюда из Алматы прибыл первый поезд с сотрудниками министерств и архивами. До конца года в новую столицу переедут около 4 тысяч государственных служащих.
Жилья для приезжих пока не хватает: часть чиновников временно поселят в Степногорске и в санаториях курорта Боровое, в 250 км от города.
Между Акмолой и Кокшетау, который с мая входит в состав Северо-Казахстанской области, с понедельника курсирует ежедневный автобус, рассчитанный на семьи служащих. Билет стоит 600 тенге.
Акимат Акмолинской области, центр которой остаётся в Акмоле, выделил под общежития два здания бывших техникумов. Коммунальные службы города готовятся к нагрузке: в морозы в прошлые зимы в отдельных микрорайонах отключали отопление.""",
     ann=[
        ('Акмола', 0, 'city', 'Astana', 'Astana', {'note': 'headline; the city now called Astana'}),
        ('АКМОЛА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Акмола', 1, 'city', 'Astana', 'Astana'),
        ('Казахстана', 0, 'country', 'Kazakhstan', N),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of the train'}),
        ('Степногорске', 0, 'city', 'Stepnogorsk', AKR, {'note': 'NI:temporary housing'}),
        ('Боровое', 0, 'village', 'Burabay', NKR, {'note': 'NI:temporary housing; Russian name of Burabay; North Kazakhstan Region from May 1997 to April 1999'}),
        ('Акмолой', 0, 'city', 'Astana', 'Astana', {'note': 'NI:route endpoint'}),
        ('Кокшетау', 0, 'city', 'Kokshetau', NKR, {'note': 'NI:route endpoint; North Kazakhstan Region from May 1997 to April 1999'}),
        ('Северо-Казахстанской области', 0, 'region', NKR, NKR),
        ('Акмолинской области', 0, 'region', AKR, AKR, {'note': 'inside the name of an authority (akimat)'}),
        ('Акмоле', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the regional akimat'}),
     ],
     inc={}),
]
