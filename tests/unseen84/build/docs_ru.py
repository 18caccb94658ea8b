"""Russian texts of the eighty-fourth unseen check corpus."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p009', date='1998-04-14', lang='ru',
     event='1998 hunger strike of 42 miners over eight months of wage arrears in the trade union building in Leninogorsk (Ridder) and a refusal of about 30 miners to go underground in Zyryanovsk (East Kazakhstan Region); the company adjective "Лениногорского" not annotated; governor in Ust-Kamenogorsk; government commission from Akmola (the capital, April 1998)',
     text="""Горняки Лениногорска третью неделю держат голодовку

ЛЕНИНОГОРСК, 14 апреля. Третью неделю продолжают голодовку 42 горняка Лениногорского полиметаллического комбината, требующие выплатить зарплату, задержанную на восемь месяцев. Голодающие находятся в здании профкома в центре Лениногорска; в понедельник двоих из них увезли в больницу.
В тот же день к протесту присоединились около 30 рабочих свинцового рудника в Зыряновске: они отказались спускаться в шахту и заявили, что не выйдут на смену до погашения долгов.
Аким Восточно-Казахстанской области Виталий Мещеряков заявил журналистам в Усть-Каменогорске, что деньги на погашение задолженности «будут найдены в течение месяца». Правительственная комиссия должна прилететь из Акмолы в четверг.
«Мы не просим лишнего. Мы просим своё», — сказал председатель профкома комбината Виктор Гусев. По его словам, многие семьи горняков живут на пенсии родителей и на то, что дают огороды.""",
     ann=[
        ('Лениногорска', 0, 'city', 'Ridder', EKR, {'note': 'headline; Leninogorsk, the name of Ridder from 1941 to 2002'}),
        ('ЛЕНИНОГОРСК', 0, 'city', 'Ridder', EKR, {'note': 'dateline; Soviet-era name in use until 2002'}),
        ('Лениногорска', 1, 'city', 'Ridder', EKR, {'note': 'hunger strike in the trade union building; the company adjective "Лениногорского" is not annotated'}),
        ('Зыряновске', 0, 'city', 'Altai', EKR, {'note': 'Zyryanovsk, renamed Altai in 2019'}),
        ('Восточно-Казахстанской области', 0, 'region', EKR, EKR, {'note': 'inside an official post (akim)'}),
        ('Усть-Каменогорске', 0, 'city', 'Oskemen', EKR, {'note': "NI:the governor's statement"}),
        ('Акмолы', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of a government commission; Akmola, the capital, renamed Astana on 1998-05-06'}),
     ],
     inc={EKR: (2, 'hunger strike of 42 miners in Leninogorsk (one protest, third week); refusal of about 30 miners to go underground in Zyryanovsk')}),

dict(id='p010', date='2022-06-10', lang='ru',
     event='2022 underground sit-in of about 350 miners at the South mine in Zhezkazgan and a refusal to go underground of about 200 miners in Satpayev (Ulytau Region, two days after its creation); a rally of about 150 smelter workers in Balkhash (Karaganda Region); ministry in Nur-Sultan; Kengir (former settlement, now part of Zhezkazgan) and the Kengir reservoir as residences; "в двух городах"; Kazakhmys not annotated',
     text="""Горняки Жезказгана вторые сутки остаются под землёй

ЖЕЗКАЗГАН, 10 июня. Около 350 горняков Южного рудника корпорации «Казахмыс» вторые сутки отказываются подниматься на поверхность, требуя повысить зарплату вдвое и вернуть отменённую в прошлом году надбавку за вредность. Подземная забастовка началась в ночь на четверг, через сутки после того, как Жезказган стал центром новой Улытауской области, выделенной из Карагандинской.
«Цены растут каждую неделю, а наша зарплата стоит на месте с 2019 года», — сказал по телефону из забоя бригадир проходчиков Ерлан Баймаганбетов. По его словам, наверх подняли только двоих горняков с высоким давлением.
В пятницу утром к забастовке присоединились около 200 рабочих рудника в Сатпаеве, в 20 км от Жезказгана: они собрались у здания рудоуправления и отказались спускаться в шахту. Таким образом, забастовки идут уже в двух городах новой области.

Протест отозвался и за её пределами. В Балхаше, который остался в составе Карагандинской области, около 150 рабочих медеплавильного завода провели у проходной митинг, требуя такой же индексации. Митинг продолжался около часа и прошёл без задержаний.
Аким Улытауской области Бахыт Жумабеков, назначенный на должность во вторник, в пятницу спустился в Южный рудник и провёл с горняками более двух часов. Он пообещал создать комиссию с участием компании и министерства труда. В министерстве в Нур-Султане требования назвали «частично обоснованными».
В «Казахмысе» заявили, что за двое суток рудник недодал около 9 тысяч тонн руды, и призвали горняков «вернуться к диалогу на поверхности».
Многие горняки живут в Кенгире, бывшем посёлке на берегу Кенгирского водохранилища, который давно вошёл в черту Жезказгана. В пятницу вечером их жёны и матери собрались у ворот рудника с термосами и одеялами. «Пока они внизу, мы будем здесь», — сказала одна из женщин.""",
     ann=[
        ('Жезказгана', 0, 'city', 'Zhezkazgan', UR, {'note': 'headline; Ulytau Region from 2022-06-08'}),
        ('ЖЕЗКАЗГАН', 0, 'city', 'Zhezkazgan', UR, {'note': 'dateline'}),
        ('Южного рудника', 0, 'facility', 'South mine (Zhezkazgan)', UR, {'subkind': 'mine', 'note': 'underground sit-in; Kazakhmys is a company and is not annotated'}),
        ('Жезказган', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:background on the new region'}),
        ('Улытауской области', 0, 'region', UR, UR, {'note': 'NI:background; created 2022-06-08'}),
        ('Карагандинской', 0, 'region', KR, KR, {'note': 'NI:elliptical "выделенной из Карагандинской [области]"'}),
        ('Сатпаеве', 0, 'city', 'Satpayev', UR, {'note': 'refusal of about 200 miners to go underground'}),
        ('Жезказгана', 1, 'city', 'Zhezkazgan', UR, {'note': 'NI:reference point ("в 20 км от Жезказгана")'}),
        ('двух городах', 0, 'quantified', '2 cities', N, {'count': 2, 'unit': 'city', 'note': 'Zhezkazgan and Satpayev, both named'}),
        ('Балхаше', 0, 'city', 'Balkhash', KR, {'note': 'rally of smelter workers; Balkhash stayed in Karaganda Region'}),
        ('Карагандинской области', 0, 'region', KR, KR, {'note': 'NI:background'}),
        ('Улытауской области', 1, 'region', UR, UR, {'note': 'inside an official post (akim)'}),
        ('Южный рудник', 0, 'facility', 'South mine (Zhezkazgan)', UR, {'subkind': 'mine', 'note': "the governor's visit to the same sit-in"}),
        ('Нур-Султане', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the ministry; the capital was named Nur-Sultan until 2022-09-17'}),
        ('Кенгире', 0, 'district', 'Kengir (Zhezkazgan)', UR, {'subkind': 'microdistrict', 'uncertain': True, 'note': "NI:miners' residence; former settlement, now part of Zhezkazgan; the kind (settlement or part of the city) is doubtful"}),
        ('Кенгирского водохранилища', 0, 'facility', 'Kengir reservoir', UR, {'subkind': 'reservoir', 'note': 'NI:reference point; artificial reservoir by Zhezkazgan'}),
        ('Жезказгана', 2, 'city', 'Zhezkazgan', UR, {'note': 'NI:background'}),
     ],
     inc={UR: (2, 'underground sit-in of about 350 miners at the South mine in Zhezkazgan (the wives gathering at the gates are part of it); refusal of about 200 miners to go underground in Satpayev'),
          KR: (1, 'rally of about 150 smelter workers at the gates of the copper smelter in Balkhash')}),

dict(id='p011', date='2012-05-22', lang='ru',
     event='2012 strike of about 150 pipeline workers of a Tengiz contractor at its office on the edge of Kulsary (Atyrau Region); strikers from Zhanaozen and Turkestan (South Kazakhstan Region in 2012); Tengizchevroil not annotated; Zhylyoi district akimat offering talks',
     text="""Рабочие подрядчика на Тенгизе объявили забастовку

КУЛЬСАРЫ, 22 мая. Около 150 рабочих подрядной компании, которая строит трубопроводы на месторождении Тенгиз, второй день не выходят на работу и собираются у конторы компании на окраине Кульсары. Они требуют выплатить премии за первый квартал и уравнять зарплату с иностранными специалистами, которые выполняют ту же работу.
Многие бастующие приехали на вахту из Жанаозена и Туркестана. «У нас в Туркестане работы нет, поэтому и едем за полторы тысячи километров», — сказал сварщик Нуржан Абдиев.
В департаменте по труду Атырауской области сообщили, что направили в Кульсары двух инспекторов. Представители «Тенгизшевройла» заявили, что не вмешиваются в трудовые отношения подрядчиков. Акимат Жылыойского района предложил провести переговоры с участием профсоюза в среду.""",
     ann=[
        ('Тенгизе', 0, 'facility', 'Tengiz oil field', ATR, {'subkind': 'oil field', 'note': "headline; NI:the contractor's workplace"}),
        ('КУЛЬСАРЫ', 0, 'city', 'Kulsary', ATR, {'note': 'dateline'}),
        ('Тенгиз', 0, 'facility', 'Tengiz oil field', ATR, {'subkind': 'oil field', 'note': "NI:the contractor's workplace"}),
        ('Кульсары', 0, 'city', 'Kulsary', ATR, {'note': 'strikers gathering at the office on the edge of the town'}),
        ('Жанаозена', 0, 'city', 'Zhanaozen', MR, {'note': "NI:strikers' origin"}),
        ('Туркестана', 0, 'city', 'Turkistan', SKR, {'note': "NI:strikers' origin; South Kazakhstan Region before 2018-06-19"}),
        ('Туркестане', 0, 'city', 'Turkistan', SKR, {'note': "NI:a striker's home town"}),
        ('Атырауской области', 0, 'region', ATR, ATR, {'note': 'inside the name of an authority'}),
        ('Кульсары', 1, 'city', 'Kulsary', ATR, {'note': 'NI:inspectors sent'}),
        ('Жылыойского района', 0, 'district', 'Zhylyoi District', ATR, {'note': 'inside the name of an authority (akimat)'}),
     ],
     inc={ATR: (1, 'strike of about 150 pipeline workers gathering at the contractor\'s office in Kulsary (second day, one strike)')}),

dict(id='p012', date='2018-07-10', lang='ru',
     event='2018 stoppage of about 120 drivers at bus depot No. 3 in Yenbekshi district of Shymkent (a city of republican significance since June) and a meeting with refusal to drive of about 40 intercity drivers at the bus station in Turkestan (Turkistan Region, centre moved there); "бывшей Южно-Казахстанской области" labelled Turkistan Region and uncertain',
     text="""В Шымкенте водители автобусного парка не вышли на линии

ШЫМКЕНТ, 10 июля. Около 120 водителей автобусного парка № 3 в понедельник утром не вывели автобусы на 12 городских маршрутов, требуя погасить долги по зарплате за два месяца. Водители собрались во дворе депо в Енбекшинском районе и до обеда ждали представителей акимата.
Аким Шымкента, получившего в июне статус города республиканского значения, пообещал, что перевозчику выплатят субсидию до конца недели.
Во вторник к протесту присоединились около 40 водителей междугородных автобусов той же компании в Туркестане: они провели собрание на автовокзале и отказались выходить в рейсы. Компания обслуживает маршруты в Шымкенте и бывшей Южно-Казахстанской области, которая с 19 июня называется Туркестанской, а её центр перенесён в Туркестан.
«Теперь у нас два разных начальства, а долг один и тот же», — сказал водитель Мурат Сейтказиев.""",
     ann=[
        ('Шымкенте', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'headline; city of republican significance since 2018-06-19'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'dateline'}),
        ('Енбекшинском районе', 0, 'district', 'Yenbekshi District (Shymkent)', 'Shymkent', {'subkind': 'city district', 'note': 'depot where the drivers gathered'}),
        ('Шымкента', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'inside an official post (akim)'}),
        ('Туркестане', 0, 'city', 'Turkistan', TR, {'note': 'meeting and refusal of intercity drivers at the bus station'}),
        ('Шымкенте', 1, 'city', 'Shymkent', 'Shymkent', {'note': "NI:the company's service area"}),
        ('Южно-Казахстанской области', 0, 'region', TR, TR, {'uncertain': True, 'note': 'NI:the former name of the region, renamed on 2018-06-19; labelled with the unit holding its land on the article date'}),
        ('Туркестанской', 0, 'region', TR, TR, {'note': 'NI:elliptical "называется Туркестанской [областью]"'}),
        ('Туркестан', 0, 'city', 'Turkistan', TR, {'note': 'NI:the new regional centre'}),
     ],
     inc={'Shymkent': (1, 'stoppage of about 120 drivers of bus depot No. 3 in Yenbekshi district'),
          TR: (1, 'meeting and refusal to drive of about 40 intercity drivers at the bus station in Turkestan')}),

dict(id='p013', date='2023-09-27', lang='ru',
     event='2023 week of protests in the west: rally of about 2,000 laid-off Tengiz contractor workers at the Zhylyoi district akimat in Kulsary with three detained and a hunger strike of seven in Atyrau (Atyrau Region); sit-in of about 400 workers of an oil service company in Zhanaozen (Mangystau Region); sentence of an activist by the Aktau city court (not counted); the person Алмат vs Almaty; Атырау — Бейнеу road; "трёх городах", "двух западных областей"; Tengizchevroil, Ozenmunaiservice, KazMunayGas not annotated',
     text="""Неделя протестов на западе: уволенные с Тенгиза вышли к акимату, в Жанаозене сидячая забастовка

АТЫРАУ, 27 сентября. В понедельник около 2 тысяч работников подрядных компаний, уволенных после завершения строительных работ на Тенгизе, собрались у здания акимата Жылыойского района в Кульсары. Они требуют выплатить компенсации и принять их на эксплуатацию месторождения. Митинг продолжался до вечера; полиция задержала троих человек, которые, по её данным, призывали перекрыть трассу Атырау — Бейнеу.
«Нас набрали на стройку на пять лет, а теперь говорят: спасибо, до свидания», — сказала бывшая работница столовой Гульнар Ахметова.
Во вторник семеро уволенных, приехавших из Кульсары в областной центр, объявили голодовку в офисе общественного объединения в Атырау. Они требуют встречи с руководством «Тенгизшевройла» и с министром энергетики. Врачи осматривают голодающих дважды в день.

Тем временем в Жанаозене около 400 рабочих сервисной компании «Озенмунайсервис» с 20 сентября сидят во дворе её офиса, добиваясь повышения зарплаты на 50%. Компания, которая обслуживает скважины месторождения Узень, входит в группу «КазМунайГаз». Её руководство заявило, что повышение «невозможно при нынешних ценах».
В среду Актауский городской суд приговорил к двум годам ограничения свободы активиста Алмата Жумагулова, признав его виновным в организации незаконной забастовки в прошлом году. Защита намерена обжаловать приговор.
Министр труда на брифинге в Астане заявила, что ситуация в трёх городах двух западных областей «находится под контролем», а для переговоров с бывшими работниками Тенгиза создана межведомственная рабочая группа. По её словам, большинство уволенных получат предложения о работе до конца года.
Проект расширения Тенгиза, на котором в пиковые годы работали более 40 тысяч человек, вышел на завершающую стадию ещё летом. По данным акимата Атырауской области, с июля без работы остались около 6 тысяч жителей области, в основном из Жылыойского района.""",
     ann=[
        ('Тенгиза', 0, 'facility', 'Tengiz oil field', ATR, {'subkind': 'oil field', 'note': 'headline; NI:former workplace of the laid-off'}),
        ('Жанаозене', 0, 'city', 'Zhanaozen', MR, {'note': 'headline'}),
        ('АТЫРАУ', 0, 'city', 'Atyrau', ATR, {'note': 'dateline'}),
        ('Тенгизе', 0, 'facility', 'Tengiz oil field', ATR, {'subkind': 'oil field', 'note': 'NI:former workplace'}),
        ('Жылыойского района', 0, 'district', 'Zhylyoi District', ATR, {'note': 'inside the name of an authority (akimat); place of the rally'}),
        ('Кульсары', 0, 'city', 'Kulsary', ATR, {'note': 'rally of about 2,000, three detained'}),
        ('Атырау', 0, 'city', 'Atyrau', ATR, {'note': 'NI:road endpoint'}),
        ('Бейнеу', 0, 'village', 'Beineu', MR, {'note': 'NI:road endpoint'}),
        ('Кульсары', 1, 'city', 'Kulsary', ATR, {'note': "NI:hunger strikers' origin"}),
        ('Атырау', 1, 'city', 'Atyrau', ATR, {'note': 'hunger strike of seven'}),
        ('Жанаозене', 1, 'city', 'Zhanaozen', MR, {'note': 'sit-in of about 400 workers; the company «Озенмунайсервис» is not annotated'}),
        ('Узень', 0, 'facility', 'Uzen oil field', MR, {'subkind': 'oil field', 'note': "NI:the company's field"}),
        ('Актауский', 0, 'city', 'Aktau', MR, {'note': 'NI:inside the name of a court; the sentence is a court measure; "Алмата" is the given name Almat, not a place'}),
        ('Астане', 0, 'city', 'Astana', 'Astana', {'note': 'NI:briefing'}),
        ('трёх городах', 0, 'quantified', '3 cities', N, {'count': 3, 'unit': 'city', 'note': 'Kulsary, Atyrau and Zhanaozen, all named'}),
        ('двух западных областей', 0, 'quantified', '2 regions', N, {'count': 2, 'unit': 'region', 'note': 'Atyrau and Mangystau regions'}),
        ('Тенгиза', 1, 'facility', 'Tengiz oil field', ATR, {'subkind': 'oil field', 'note': 'NI:former workplace'}),
        ('Тенгиза', 2, 'facility', 'Tengiz oil field', ATR, {'subkind': 'oil field', 'note': 'NI:background on the expansion project'}),
        ('Атырауской области', 0, 'region', ATR, ATR, {'note': 'NI:inside the name of an authority (akimat); statistics'}),
        ('Жылыойского района', 1, 'district', 'Zhylyoi District', ATR, {'note': 'NI:residence of the laid-off'}),
     ],
     inc={ATR: (2, 'rally of about 2,000 laid-off workers at the Zhylyoi district akimat in Kulsary, three detained; hunger strike of seven in Atyrau'),
          MR: (1, 'sit-in of about 400 oil service workers in the yard of their office in Zhanaozen since September 20; the Aktau sentence is a court measure and the past strike it concerns is not located')}),

dict(id='p014', date='2019-05-15', lang='ru',
     event='2019 stoppage of about 200 drivers and excavator operators at the Vostochny open pit in Ekibastuz and a protest meeting of about 80 ferroalloy workers at the gates in Aksu (Pavlodar Region); letter to Nur-Sultan; the Ekibastuz GRES-2 power station as a facility',
     text="""Экибастуз: водители разреза «Восточный» остановили работу

ЭКИБАСТУЗ, 15 мая. Около 200 водителей карьерных самосвалов и машинистов экскаваторов разреза «Восточный» во вторник не приступили к работе, требуя повысить тарифные ставки на 40%. Часть угля с разреза идёт на Экибастузскую ГРЭС-2, остальное — на электростанцию в Аксу.
В тот же день в Аксу около 80 рабочих ферросплавного завода провели собрание у проходной и потребовали такой же индексации, как у горняков.
Департамент труда Павлодарской области назвал остановку разреза незаконной и напомнил, что спор должен сначала рассмотреть согласительная комиссия. Рабочие отправили коллективное письмо в Нур-Султан, в администрацию президента.
«Мы двадцать лет копаем уголь для всей страны, а живём от зарплаты до зарплаты», — сказал машинист экскаватора Андрей Ким.""",
     ann=[
        ('Экибастуз', 0, 'city', 'Ekibastuz', PR, {'note': 'headline'}),
        ('Восточный', 0, 'facility', 'Vostochny open pit (Ekibastuz)', PR, {'subkind': 'mine', 'note': 'headline; name in quotation marks'}),
        ('ЭКИБАСТУЗ', 0, 'city', 'Ekibastuz', PR, {'note': 'dateline'}),
        ('Восточный', 1, 'facility', 'Vostochny open pit (Ekibastuz)', PR, {'subkind': 'mine', 'note': 'stoppage of about 200 workers'}),
        ('Экибастузскую ГРЭС-2', 0, 'facility', 'Ekibastuz GRES-2 power station', PR, {'subkind': 'power station', 'note': 'NI:destination of coal'}),
        ('Аксу', 0, 'city', 'Aksu', PR, {'note': 'NI:destination of coal'}),
        ('Аксу', 1, 'city', 'Aksu', PR, {'note': 'protest meeting at the gates of the ferroalloy plant'}),
        ('Павлодарской области', 0, 'region', PR, PR, {'note': 'inside the name of an authority'}),
        ('Нур-Султан', 0, 'city', 'Astana', 'Astana', {'note': 'NI:addressee of a letter'}),
     ],
     inc={PR: (2, 'stoppage of about 200 drivers and operators at the Vostochny open pit in Ekibastuz; protest meeting of about 80 workers at the gates of the ferroalloy plant in Aksu')}),

dict(id='p015', date='2015-03-04', lang='ru',
     event='2015 stoppage of about 90 crane operators and slingers at the sea port of Aktau (Mangystau Region); ferries to Baku and Turkmenbashi; cargo redirected to Bautino near Fort-Shevchenko; the Soviet name Shevchenko of Aktau vs Fort-Shevchenko',
     text="""Крановщики порта Актау прекратили погрузку судов

АКТАУ, 4 марта. Около 90 крановщиков и стропальщиков морского порта Актау во вторник остановили погрузку судов, требуя выплатить зарплату за январь и февраль. У причалов простаивают шесть судов, в том числе паромы, которые ходят в Баку и Туркменбаши.
По словам руководства порта, часть грузов временно перенаправят в порт Баутино под Форт-Шевченко.
Город, который до 1991 года назывался Шевченко, вырос в 1960-х вокруг порта и опреснительного завода на берегу Каспия. Его не следует путать с Форт-Шевченко — старинным городком на полуострове Мангышлак.
В акимате Мангистауской области сообщили, что долги по зарплате будут погашены до 10 марта. «Мы не против работать, но бесплатно грузить чужие контейнеры не будем», — сказал крановщик Руслан Есенов.""",
     ann=[
        ('Актау', 0, 'city', 'Aktau', MR, {'note': 'headline; the port of Aktau'}),
        ('АКТАУ', 0, 'city', 'Aktau', MR, {'note': 'dateline'}),
        ('Актау', 1, 'city', 'Aktau', MR, {'note': 'stoppage at the sea port of Aktau'}),
        ('Баку', 0, 'foreign', 'Baku', N, {'note': 'NI:ferry destination'}),
        ('Туркменбаши', 0, 'foreign', 'Turkmenbashi', N, {'note': 'NI:ferry destination'}),
        ('Баутино', 0, 'village', 'Bautino', MR, {'note': 'NI:port to which cargo is redirected'}),
        ('Форт-Шевченко', 0, 'city', 'Fort-Shevchenko', MR, {'note': 'NI:reference point'}),
        ('Шевченко', 1, 'city', 'Aktau', MR, {'note': 'NI:Soviet name of Aktau until 1991 (not Fort-Shevchenko)'}),
        ('Каспия', 0, 'facility', 'Caspian Sea', N, {'subkind': 'sea'}),
        ('Форт-Шевченко', 1, 'city', 'Fort-Shevchenko', MR, {'note': 'NI:comparison'}),
        ('Мангышлак', 0, 'facility', 'Mangyshlak Peninsula', N, {'subkind': 'peninsula', 'note': 'natural feature'}),
        ('Мангистауской области', 0, 'region', MR, MR, {'note': 'inside the name of an authority (akimat)'}),
     ],
     inc={MR: (1, 'stoppage of about 90 crane operators and slingers at the sea port of Aktau')}),

dict(id='p016', date='2024-03-12', lang='ru',
     event='2024 sentence by the Satpayev city court of two organisers of the July 2023 underground strike at the Zhomart mine, narrated as background, with a sympathy stoppage at the Zhezkazgan copper smelter (Ulytau Region); appeal to the Ulytau regional court; similar cases "в трёх областях" (trials, not incidents) incl. Mangystau and Atyrau',
     text="""САТПАЕВ, 12 марта. Сатпаевский городской суд приговорил к полутора годам ограничения свободы двух организаторов прошлогодней забастовки на руднике «Жомарт», признав их виновными в призывах к участию в незаконной забастовке.
В июле 2023 года около 500 горняков рудника шесть суток отказывались подниматься на поверхность, требуя повысить зарплату и вернуть служебные автобусы для вахтовиков. В знак поддержки тогда на несколько часов остановили работу около 100 рабочих Жезказганского медеплавильного завода.
Адвокат осуждённых Айдана Серикова заявила, что обжалует приговор в Улытауском областном суде. По её словам, аналогичные дела об организации забастовок сейчас рассматриваются в трёх областях, в том числе в Мангистауской и Атырауской.
Горняки «Жомарта» после прошлогодней забастовки добились 30-процентной прибавки, но, как говорят в профсоюзе, теперь боятся открыто выдвигать требования. «Люди видят, чем всё заканчивается», — сказал один из них.""",
     ann=[
        ('САТПАЕВ', 0, 'city', 'Satpayev', UR, {'note': 'dateline'}),
        ('Сатпаевский', 0, 'city', 'Satpayev', UR, {'note': 'NI:inside the name of a court; the sentence is a court measure'}),
        ('Жомарт', 0, 'facility', 'Zhomart mine', UR, {'subkind': 'mine', 'note': 'background: the July 2023 underground strike; name in quotation marks'}),
        ('Жезказганского медеплавильного завода', 0, 'facility', 'Zhezkazgan copper smelter', UR, {'subkind': 'plant', 'note': 'background: sympathy stoppage in 2023'}),
        ('Улытауском', 0, 'region', UR, UR, {'note': 'NI:inside the name of a court (Улытауский областной суд)'}),
        ('трёх областях', 0, 'quantified', '3 regions', N, {'count': 3, 'unit': 'region', 'note': 'court cases, not incidents'}),
        ('Мангистауской', 0, 'region', MR, MR, {'note': 'NI:court cases; elliptical "в Мангистауской [области]"'}),
        ('Атырауской', 0, 'region', ATR, ATR, {'note': 'NI:court cases; elliptical'}),
        ('Жомарта', 0, 'facility', 'Zhomart mine', UR, {'subkind': 'mine', 'note': "NI:the miners' workplace"}),
     ],
     inc={UR: (2, 'background narrated explicitly: six-day underground strike of about 500 miners at the Zhomart mine in July 2023; sympathy stoppage of about 100 workers at the Zhezkazgan copper smelter; the sentence is a court measure')}),
]
