"""Russian texts of the eighty-sixth unseen check corpus."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p009', date='1994-06-13', lang='ru',
     event='1994 lightning strikes a floodlight mast at the Vostok stadium in Ust-Kamenogorsk during Vostok v Tobol, three spectators burnt (East Kazakhstan Region); away fans from Kustanai and Rudny; the club «Восток» vs the stadium «Восток»; next match in Semipalatinsk',
     text="""Молния ударила в стадион в Усть-Каменогорске, пострадали трое зрителей
УСТЬ-КАМЕНОГОРСК, 13 июня (КазТАГ)

Во время матча чемпионата Казахстана «Восток» — «Тобол» в воскресенье молния ударила в мачту освещения на стадионе «Восток» в Усть-Каменогорске. Трое зрителей, сидевших на трибуне под мачтой, получили ожоги и доставлены в городскую больницу, сообщило управление здравоохранения Восточно-Казахстанской области.

Игру остановили на 35-й минуте и доиграли через час; гости из Кустаная победили 1:0. Около сотни болельщиков «Тобола» приехали поездом из Кустаная и Рудного.

Гидрометцентр предупреждал о грозах над Восточно-Казахстанской областью ещё в субботу, однако матч переносить не стали. «Мы не отменяем игры из-за прогноза», — заявили в федерации футбола в Алма-Ате.

«Восток» занимает шестое место. Следующий матч команда проведёт в Семипалатинске против «Елимая».""",
     ann=[
        ('Усть-Каменогорске', 0, 'city', 'Oskemen', EKR, {'note': 'headline; Russian name of Oskemen'}),
        ('УСТЬ-КАМЕНОГОРСК', 0, 'city', 'Oskemen', EKR, {'note': 'dateline'}),
        ('Казахстана', 0, 'country', 'Kazakhstan', N),
        ('Восток', 1, 'facility', 'Vostok Stadium (Oskemen)', EKR, {'subkind': 'stadium', 'note': 'the stadium; the other «Восток» are the club'}),
        ('Усть-Каменогорске', 1, 'city', 'Oskemen', EKR),
        ('Восточно-Казахстанской области', 0, 'region', EKR, EKR, {'note': 'inside the name of an authority'}),
        ('Кустаная', 0, 'city', 'Kostanay', KOR, {'note': "NI:the visiting club's home town; Russian name of the 1990s"}),
        ('Кустаная', 1, 'city', 'Kostanay', KOR, {'note': 'NI:origin of the away fans'}),
        ('Рудного', 0, 'city', 'Rudny', KOR, {'note': 'NI:origin of the away fans'}),
        ('Восточно-Казахстанской областью', 0, 'region', EKR, EKR, {'note': 'NI:storm warning'}),
        ('Алма-Ате', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:seat of the football federation'}),
        ('Семипалатинске', 0, 'city', 'Semey', EKR, {'note': 'NI:venue of the next match; East Kazakhstan Region land before 2022'}),
     ],
     inc={EKR: (1, 'lightning struck a floodlight mast at the Vostok stadium in Ust-Kamenogorsk, three spectators burnt')}),

dict(id='p010', date='2018-07-02', lang='ru',
     event='2018 fans fight on Tauke Khan Avenue after Ordabasy v Kairat in Shymkent, 14 detained (Shymkent, a city of republican significance for two weeks), and a temporary stand collapses at the regional rural cup final in Turkistan, four hurt (Turkistan Region, the renamed South Kazakhstan Region); teams from Saryagash and Maktaaral districts; a quiet match in Kyzylorda',
     text="""Драка после матча в Шымкенте, обрушение трибуны в Туркестане
ШЫМКЕНТ, 2 июля (Tengrinews.kz)

Выходные на юге страны, где две недели назад Шымкент стал городом республиканского значения, а Южно-Казахстанская область была переименована в Туркестанскую, запомнились не только футболом.

В воскресенье после матча «Ордабасы» — «Кайрат» (1:2) на стадионе имени Кажымукана Мунайтпасова несколько десятков болельщиков обеих команд устроили драку на проспекте Тауке хана. Полиция Шымкента задержала 14 человек, двое полицейских получили травмы. По данным полиции, многие задержанные приехали на игру из Алматы, а среди местных есть жители Ордабасинского района.

В тот же день в Туркестане, новом центре области, проходил финал областного чемпионата по футболу среди сельских команд. Во втором тайме обрушилась часть временной металлической трибуны у городского стадиона. Четверо зрителей получили переломы и доставлены в больницу. В финале встретились команды Сарыагашского и Мактааральского районов; всего в турнире участвовали клубы из девяти районов области.

Управление физической культуры и спорта Туркестанской области сообщило, что трибуну собрала частная фирма из Шымкента без разрешения. Аким области поручил проверить все временные конструкции перед матчами, которые пройдут в июле в Кентау и Арыси.

В Кызылорде «Кайсар» обыграл «Тобол» 1:0 при семи тысячах зрителей, обошлось без происшествий. Профессиональная футбольная лига, офис которой находится в Астане, рассмотрит инцидент в Шымкенте на заседании дисциплинарного комитета в четверг. «Ордабасы» грозит штраф и матч без зрителей, а клубу из Туркестана, принимавшему финал, — проверка прокуратуры.

В прошлом сезоне стадион в Шымкенте уже закрывали для зрителей на две игры из-за пиротехники. Следующий домашний матч «Ордабасы» сыграет 8 июля с «Иртышом» из Павлодара, и клуб обещает усилить досмотр на входе.""",
     ann=[
        ('Шымкенте', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'headline; city of republican significance since 2018-06-19'}),
        ('Туркестане', 0, 'city', 'Turkistan', TR, {'note': 'headline; Turkistan Region since 2018-06-19'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'dateline'}),
        ('Шымкент', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:change of status recalled'}),
        ('Южно-Казахстанская область', 0, 'region', TR, TR, {'uncertain': True, 'note': 'NI:the region renamed on 2018-06-19, labelled with the unit holding its land on the article date'}),
        ('Туркестанскую', 0, 'region', TR, TR, {'note': 'NI:the new name of the region; head noun "область" shared with the preceding name'}),
        ('стадионе имени Кажымукана Мунайтпасова', 0, 'facility', 'Kazhymukan Munaitpasov Stadium', 'Shymkent', {'subkind': 'stadium'}),
        ('проспекте Тауке хана', 0, 'facility', 'Tauke Khan Avenue (Shymkent)', 'Shymkent', {'subkind': 'street'}),
        ('Шымкента', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'inside the name of an authority (city police)'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of detained fans'}),
        ('Ордабасинского района', 0, 'district', 'Ordabasy District', TR, {'note': 'NI:residence of detained fans; the club «Ордабасы» is not the district'}),
        ('Туркестане', 1, 'city', 'Turkistan', TR),
        ('Сарыагашского', 0, 'district', 'Saryagash District', TR, {'note': 'NI:team of the district; in a list sharing "районов"'}),
        ('Мактааральского', 0, 'district', 'Maktaaral District', TR, {'note': 'NI:team of the district; in a list sharing "районов"'}),
        ('девяти районов', 0, 'quantified', '9 districts', N, {'count': 9, 'unit': 'district', 'note': 'origin of the teams, not incidents'}),
        ('Туркестанской области', 0, 'region', TR, TR, {'note': 'inside the name of an authority'}),
        ('Шымкента', 1, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:seat of the firm that built the stand'}),
        ('Кентау', 0, 'city', 'Kentau', TR, {'note': 'NI:venue of future matches'}),
        ('Арыси', 0, 'city', 'Arys', TR, {'note': 'NI:venue of future matches'}),
        ('Кызылорде', 0, 'city', 'Kyzylorda', KZR, {'note': 'NI:match without incident'}),
        ('Астане', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the league'}),
        ('Шымкенте', 1, 'city', 'Shymkent', 'Shymkent', {'note': 'the incident recalled'}),
        ('Туркестана', 0, 'city', 'Turkistan', TR, {'note': "the host club's town; the same incident"}),
        ('Шымкенте', 2, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:stadium closed last season because of pyrotechnics; not narrated as an incident'}),
        ('Павлодара', 0, 'city', 'Pavlodar', PR, {'note': "NI:the next visitors' home town"}),
     ],
     inc={'Shymkent': (1, 'fight between Ordabasy and Kairat fans on Tauke Khan Avenue after the match, 14 detained, two police officers hurt'),
          TR: (1, 'temporary stand collapsed at the regional rural cup final in Turkistan, four spectators hurt')}),

dict(id='p011', date='2005-11-07', lang='ru',
     event="2005 fans celebrating FC Aktobe's first title set fire to an empty bus on the square in front of the regional akimat in Aktobe, nine detained (Aktobe Region); the club «Актобе» vs the city; Aktobe airport; Актюбинск (old Russian name); the title won in Pavlodar",
     text="""В Актобе после чемпионства болельщики сожгли автобус
АКТОБЕ, 7 ноября (Интерфакс-Казахстан)

Празднование первого в истории чемпионского титула ФК «Актобе» в ночь на понедельник закончилось пожаром: на площади перед областным акиматом в Актобе болельщики подожгли пустой рейсовый автобус. Водитель успел выбежать, пострадавших нет. Полиция Актюбинской области задержала девять человек.

«Актобе» обеспечил себе титул в субботу, обыграв на выезде «Иртыш» в Павлодаре. В воскресенье вечером команду встречали в аэропорту Актобе около двух тысяч человек, а праздник на улицах продолжался до утра.

«Город ждал этого много лет, но жечь автобусы — это не праздник», — сказал аким города. Пожилые болельщики вспоминали, что так же радовались в Актюбинске в восьмидесятых, когда местная команда добилась повышения в классе.""",
     ann=[
        ('Актобе', 0, 'city', 'Aktobe', AR, {'note': 'headline'}),
        ('АКТОБЕ', 0, 'city', 'Aktobe', AR, {'note': 'dateline'}),
        ('Актобе', 2, 'city', 'Aktobe', AR, {'note': "the city; the first «Актобе» of the body is the club"}),
        ('Актюбинской области', 0, 'region', AR, AR, {'note': 'inside the name of an authority'}),
        ('Павлодаре', 0, 'city', 'Pavlodar', PR, {'note': 'NI:venue of the title-winning match'}),
        ('аэропорту Актобе', 0, 'facility', 'Aktobe International Airport', AR, {'subkind': 'airport', 'note': 'NI:welcome of the team'}),
        ('Актюбинске', 0, 'city', 'Aktobe', AR, {'note': 'NI:memories of the 1980s; Soviet-era Russian name'}),
     ],
     inc={AR: (1, 'arson: fans set fire to an empty bus on the square in front of the regional akimat in Aktobe, nine detained')}),

dict(id='p012', date='2022-06-11', lang='ru',
     event='2022 first weekend of the new regions: fans fight outside the Samat Suyumbayev stadium in Taldykorgan after Zhetysu v Yelimai, one stabbed (Jetisu Region, three days after its creation), and a minibus of Yelimai fans collides with a lorry on the Almaty-Ust-Kamenogorsk road 15 km from Ayagoz, two dead (Abai Region); Zhezkazgan spartakiad (Ulytau Region); Almaty Region and East Kazakhstan Region as the former units; a marathon planned in Kokshetau; fan fights in three other, unnamed regions (unattributed)',
     text="""Первые выходные новых областей: драка в Талдыкоргане, ДТП под Аягозом
ТАЛДЫКОРГАН, 11 июня (КазТАГ)

Через три дня после того, как на карте Казахстана появились Абайская, Жетысуская и Улытауская области, футбол принёс новым регионам первые неприятные новости.

В пятницу в Талдыкоргане, ставшем центром Жетысуской области, «Жетысу» принимал «Елимай» из Семея. После финального свистка около 30 болельщиков подрались у выхода со стадиона имени Самата Суюмбаева. Полиция задержала восьмерых, один человек с ножевым ранением госпитализирован. Новый департамент полиции области пока работает в здании, где до среды располагалась полиция Алматинской области.

Ночью микроавтобус с болельщиками «Елимая», возвращавшимися домой, столкнулся с грузовиком на трассе Алматы — Усть-Каменогорск в 15 километрах от Аягоза. Двое пассажиров погибли, пятеро получили травмы. По данным управления здравоохранения Абайской области, пострадавших доставили в больницу Семея.

В Жезказгане, центре Улытауской области, в субботу открывается областная спартакиада. Организаторы ждут спортсменов из всех районов новой области и из Сатпаева. Аким области пообещал, что к осени начнётся реконструкция городского стадиона «Металлург».

«Елимай» проведёт следующий домашний матч в Семее 18 июня против «Атырау». Клуб, как и всё областное управление спорта, ещё неделю назад относился к Восточно-Казахстанской области. В Усть-Каменогорске, который остался её центром, болельщики «Востока» шутят, что теперь у них «на одного соседа больше».

В Кокшетау, где в воскресенье пройдёт седьмой марафон Акмолинской области, организаторы после новостей из Талдыкоргана решили удвоить число медиков на трассе. Ожидается около двух тысяч участников, в том числе гости из Петропавловска и Астаны. Регистрация участников уже закрыта. Забег начнётся в восемь утра у городского стадиона «Окжетпес».

По данным МВД, в эти выходные драки болельщиков после матчей произошли ещё в трёх областях страны; какие это регионы, в ведомстве не уточнили.""",
     ann=[
        ('Талдыкоргане', 0, 'city', 'Taldykorgan', JTR, {'note': 'headline; Jetisu Region since 2022-06-08'}),
        ('Аягозом', 0, 'city', 'Ayagoz', ABR, {'note': 'headline; NI:reference point ("под Аягозом"); Abai Region since 2022-06-08'}),
        ('ТАЛДЫКОРГАН', 0, 'city', 'Taldykorgan', JTR, {'note': 'dateline'}),
        ('Казахстана', 0, 'country', 'Kazakhstan', N),
        ('Абайская', 0, 'region', ABR, ABR, {'note': 'in a list sharing "области"'}),
        ('Жетысуская', 0, 'region', JTR, JTR, {'note': 'in a list sharing "области"; not the club «Жетысу»'}),
        ('Улытауская', 0, 'region', UR, UR, {'note': 'NI:in a list sharing "области"'}),
        ('Талдыкоргане', 1, 'city', 'Taldykorgan', JTR),
        ('Жетысуской области', 0, 'region', JTR, JTR),
        ('Семея', 0, 'city', 'Semey', ABR, {'note': "NI:the visiting club's home town"}),
        ('стадиона имени Самата Суюмбаева', 0, 'facility', 'Samat Suyumbayev Stadium', JTR, {'subkind': 'stadium'}),
        ('Алматинской области', 0, 'region', ALR, ALR, {'note': 'NI:the former police of Almaty Region, which held Taldykorgan until 2022-06-08'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:route endpoint'}),
        ('Усть-Каменогорск', 0, 'city', 'Oskemen', EKR, {'note': 'NI:route endpoint'}),
        ('Аягоза', 0, 'city', 'Ayagoz', ABR, {'note': 'NI:reference point (15 km from it)'}),
        ('Абайской области', 0, 'region', ABR, ABR, {'note': 'inside the name of an authority'}),
        ('Семея', 1, 'city', 'Semey', ABR, {'note': 'NI:hospital town'}),
        ('Жезказгане', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:sports event without incident; Ulytau Region since 2022-06-08'}),
        ('Улытауской области', 0, 'region', UR, UR, {'note': 'NI:reference'}),
        ('всех районов', 0, 'quantified', 'all districts', N, {'count': None, 'unit': 'district', 'quantifier': 'all', 'note': 'origin of athletes, not incidents'}),
        ('Сатпаева', 0, 'city', 'Satpayev', UR, {'note': 'NI:origin of athletes'}),
        ('Металлург', 0, 'facility', 'Metallurg Stadium (Zhezkazgan)', UR, {'subkind': 'stadium', 'note': 'NI:planned reconstruction'}),
        ('Семее', 0, 'city', 'Semey', ABR, {'note': 'NI:venue of a future match'}),
        ('Восточно-Казахстанской области', 0, 'region', EKR, EKR, {'note': 'NI:former unit of Semey'}),
        ('Усть-Каменогорске', 0, 'city', 'Oskemen', EKR, {'note': 'NI:reaction of fans'}),
        ('Кокшетау', 0, 'city', 'Kokshetau', AKR, {'note': 'NI:planned marathon'}),
        ('Акмолинской области', 0, 'region', AKR, AKR, {'note': 'NI:inside the name of a planned race'}),
        ('Талдыкоргана', 0, 'city', 'Taldykorgan', JTR, {'note': 'the brawl recalled'}),
        ('Петропавловска', 0, 'city', 'Petropavl', NKR, {'note': 'NI:origin of runners; Russian name'}),
        ('Астаны', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of runners'}),
        ('Окжетпес', 0, 'facility', 'Okzhetpes Stadium (Kokshetau)', AKR, {'subkind': 'stadium', 'note': 'NI:start of a planned race; named like the club'}),
        ('трёх областях', 0, 'quantified', '3 regions', N, {'count': 3, 'unit': 'region', 'note': 'fights between fans in three unnamed regions'}),
     ],
     inc={JTR: (1, 'fight of about 30 fans outside the Samat Suyumbayev stadium in Taldykorgan after Zhetysu v Yelimai, eight detained, one stabbed'),
          ABR: (1, 'minibus of Yelimai fans collided with a lorry on the Almaty-Ust-Kamenogorsk road 15 km from Ayagoz, two dead, five hurt')},
     unatt=[{'label': 'трёх областях', 'count': 3, 'note': 'fights between fans after matches in three other, unnamed regions (interior ministry)'}]),

dict(id='p013', date='2000-08-14', lang='ru',
     event='2000 home fans invade the pitch of the Central Stadium in Almaty during Kairat v Zhenis, 16 detained (Almaty); the visitors from Astana; Almaly district police; future away matches in Taraz and Shymkent',
     text="""Болельщики «Кайрата» выбежали на поле Центрального стадиона
АЛМАТЫ, 14 августа (Хабар)

Матч «Кайрат» — «Женис» в воскресенье был прерван на 20 минут: после второго гола гостей из Астаны около сотни местных болельщиков перелезли через ограждение и выбежали на поле Центрального стадиона. Они бросали в судей бутылки и сорвали сетку с ворот. Полиция Алматы задержала 16 человек, пострадали двое стюардов и боковой арбитр. Задержанных доставили в Алмалинский районный отдел внутренних дел.

«Женис» выиграл 3:1 и укрепил лидерство. Команда из столицы приехала без своих болельщиков: клуб заранее советовал им остаться дома.

Контрольно-дисциплинарный комитет соберётся в Астане в среду. «Кайрату» грозит проведение ближайших домашних матчей без зрителей. Следующие выездные игры алматинцы проведут в Таразе и Шымкенте.""",
     ann=[
        ('Центрального стадиона', 0, 'facility', 'Central Stadium (Almaty)', 'Almaty', {'subkind': 'stadium', 'note': 'headline'}),
        ('АЛМАТЫ', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Астаны', 0, 'city', 'Astana', 'Astana', {'note': "NI:the visiting club's home town"}),
        ('Центрального стадиона', 1, 'facility', 'Central Stadium (Almaty)', 'Almaty', {'subkind': 'stadium'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'inside the name of an authority (city police)'}),
        ('Алмалинский', 0, 'district', 'Almaly District (Almaty)', 'Almaty', {'subkind': 'city district', 'note': 'inside the name of an authority (district police department)'}),
        ('Астане', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the disciplinary committee'}),
        ('Таразе', 0, 'city', 'Taraz', JR, {'note': 'NI:venue of a future match'}),
        ('Шымкенте', 0, 'city', 'Shymkent', SKR, {'note': 'NI:venue of a future match; South Kazakhstan Region before 2018-06-19'}),
     ],
     inc={'Almaty': (1, 'pitch invasion at the Central Stadium during Kairat v Zhenis, bottles thrown at the referees, 16 detained, three hurt')}),

dict(id='p014', date='2024-09-16', lang='ru',
     event='2024 brawl after the Caspian derby Caspiy v Atyrau outside the Zhastar stadium in the 11th microdistrict of Aktau, 14 detained (Mangystau Region), and a car hits two runners of the Atyrau half-marathon on Satpayev Street (Atyrau Region); fans from Zhanaozen and Beineu; a runner from Kulsary; the club «Атырау» vs the city; participants from Russia and Uzbekistan',
     text="""Каспийское дерби закончилось дракой, на полумарафоне в Атырау автомобиль сбил бегунов
АКТАУ, 16 сентября (Orda.kz)

Воскресенье на западе страны выдалось тревожным сразу в двух областях.

В Актау после матча «Каспий» — «Атырау» (0:0) около ста болельщиков двух команд сошлись в драке у стадиона «Жастар» в 11-м микрорайоне. Полиция Мангистауской области задержала 14 человек, семеро обратились за медицинской помощью. По словам очевидцев, драку начали гости, прибывшие из Атырау на двух автобусах ещё утром. Среди задержанных есть и жители Жанаозена и Бейнеу, болеющие за «Каспий».

В тот же день в Атырау проходил традиционный осенний полумарафон вдоль набережной Урала. На 12-м километре легковой автомобиль, водитель которого объехал ограждение на улице Сатпаева, сбил двух участников. Один из них, 19-летний студент из Кульсары, находится в тяжёлом состоянии. Полиция Атырауской области возбудила дело о нарушении правил дорожного движения, водитель задержан.

Организаторы забега — акимат Атырау и областная федерация лёгкой атлетики — пообещали, что в следующем году трасса пройдёт по закрытому для машин левому берегу. В полумарафоне участвовали около трёх тысяч человек из пяти областей Казахстана, а также из России и Узбекистана.

«Атырау» в следующем туре примет дома «Тобол», а «Каспий» поедет в Костанай. Дисциплинарный комитет лиги рассмотрит события в Актау в среду.

В Жанаозене в эти же выходные прошёл областной турнир по мини-футболу среди школьников, в котором участвовали команды из всех районов области. Соревнования обошлись без происшествий, победителем стала команда Мунайлинского района, обыгравшая в финале хозяев. На трибунах было много родителей, но, по словам организаторов, никаких нарушений порядка зафиксировано не было.""",
     ann=[
        ('Атырау', 0, 'city', 'Atyrau', ATR, {'note': 'headline'}),
        ('АКТАУ', 0, 'city', 'Aktau', MR, {'note': 'dateline'}),
        ('Актау', 0, 'city', 'Aktau', MR),
        ('Жастар', 0, 'facility', 'Zhastar Stadium (Aktau)', MR, {'subkind': 'stadium'}),
        ('11-м микрорайоне', 0, 'district', 'Microdistrict 11 (Aktau)', MR, {'subkind': 'microdistrict'}),
        ('Мангистауской области', 0, 'region', MR, MR, {'note': 'inside the name of an authority'}),
        ('Атырау', 2, 'city', 'Atyrau', ATR, {'note': "NI:origin of the away fans; the «Атырау» before it is the club"}),
        ('Жанаозена', 0, 'city', 'Zhanaozen', MR, {'note': 'NI:residence of detained fans'}),
        ('Бейнеу', 0, 'village', 'Beineu', MR, {'note': 'NI:residence of detained fans'}),
        ('Атырау', 3, 'city', 'Atyrau', ATR),
        ('Урала', 0, 'facility', 'Ural River', N, {'subkind': 'river'}),
        ('улице Сатпаева', 0, 'facility', 'Satpayev Street (Atyrau)', ATR, {'subkind': 'street', 'note': 'named after a person; not the town of Satpayev'}),
        ('Кульсары', 0, 'city', 'Kulsary', ATR, {'note': "NI:the injured runner's home town"}),
        ('Атырауской области', 0, 'region', ATR, ATR, {'note': 'inside the name of an authority'}),
        ('Атырау', 4, 'city', 'Atyrau', ATR, {'note': 'inside the name of an authority (akimat); the organisers'}),
        ('пяти областей', 0, 'quantified', '5 regions', N, {'count': 5, 'unit': 'region', 'note': 'origin of runners, not incidents'}),
        ('Казахстана', 0, 'country', 'Kazakhstan', N),
        ('России', 0, 'foreign', 'Russia', N, {'note': 'NI:origin of runners'}),
        ('Узбекистана', 0, 'foreign', 'Uzbekistan', N, {'note': 'NI:origin of runners'}),
        ('Костанай', 0, 'city', 'Kostanay', KOR, {'note': 'NI:venue of a future match'}),
        ('Актау', 1, 'city', 'Aktau', MR, {'note': 'the brawl recalled'}),
        ('Жанаозене', 0, 'city', 'Zhanaozen', MR, {'note': 'NI:school tournament without incident'}),
        ('всех районов', 0, 'quantified', 'all districts', N, {'count': None, 'unit': 'district', 'quantifier': 'all', 'note': 'origin of teams, not incidents'}),
        ('Мунайлинского района', 0, 'district', 'Munaily District', MR, {'note': 'NI:team of the district'}),
     ],
     inc={MR: (1, 'brawl of about 100 fans after Caspiy v Atyrau outside the Zhastar stadium in Aktau, 14 detained, seven hurt'),
          ATR: (1, 'road accident: a car drove round the barrier on Satpayev Street and hit two half-marathon runners in Atyrau')}),

dict(id='p015', date='2026-03-16', lang='ru',
     event='2026 crush at the entrance to the Central Stadium of Semey before Yelimai v Astana, seven hurt (Abai Region); the official Russian name «область Абай»; the club «Астана» vs the capital; next matches with Kairat of Almaty and in Ust-Kamenogorsk (East Kazakhstan Region)',
     text="""Давка у входа на стадион в Семее: семь пострадавших
СЕМЕЙ, 16 марта (ҚазАқпарат)

Семь болельщиков пострадали в давке у входа на Центральный стадион Семея перед матчем открытия сезона «Елимай» — «Астана». Как сообщили в управлении здравоохранения области Абай, двое с переломами остаются в больнице.

По словам очевидцев, к началу игры были открыты только два турникета из восьми, а у ворот собрались около пяти тысяч человек. Около 400 болельщиков «Астаны» приехали из столицы поездом и прошли на стадион через отдельный вход без происшествий.

Матч начался с опозданием на 25 минут; «Астана» победила 2:1. Аким области поручил проверить частного оператора, который отвечает за продажу билетов и пропуск зрителей. Следующий домашний матч «Елимай» сыграет 29 марта с «Кайратом» из Алматы, а 5 апреля команда отправится в Усть-Каменогорск на дерби с «Востоком».""",
     ann=[
        ('Семее', 0, 'city', 'Semey', ABR, {'note': 'headline; Abai Region since 2022-06-08'}),
        ('СЕМЕЙ', 0, 'city', 'Semey', ABR, {'note': 'dateline'}),
        ('Центральный стадион', 0, 'facility', 'Central Stadium (Semey)', ABR, {'subkind': 'stadium'}),
        ('Семея', 0, 'city', 'Semey', ABR),
        ('Абай', 0, 'region', ABR, ABR, {'note': 'official Russian name «область Абай»; the head noun precedes the name and is left out, as in "the city of X"; inside the name of an authority'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': "NI:the next visitors' home town"}),
        ('Усть-Каменогорск', 0, 'city', 'Oskemen', EKR, {'note': 'NI:venue of a future match'}),
     ],
     inc={ABR: (1, 'crush at the entrance to the Central Stadium of Semey, seven hurt')}),

dict(id='p016', date='2009-10-19', lang='ru',
     event='2009 flares of Shakhter fans set plastic seats on fire in the north stand of the Samat Suyumbayev stadium in Taldykorgan during Zhetysu v Shakhter, two hurt by smoke (Almaty Region before the 2022 split); fans from Karaganda and Temirtau; a seller of flares from Zhetysu district of Almaty; the club «Жетысу» vs the district',
     text="""Файеры подожгли трибуну стадиона в Талдыкоргане
ТАЛДЫКОРГАН, 19 октября (KazTAG)

Во время матча «Жетысу» — «Шахтер» в воскресенье болельщики гостей зажгли несколько файеров, от которых загорелись пластиковые сиденья на северной трибуне стадиона имени Самата Суюмбаева. Пожар площадью около 40 квадратных метров потушили за 15 минут, двое зрителей отравились дымом. Матч был остановлен на полчаса.

Департамент по чрезвычайным ситуациям Алматинской области сообщил, что трибуна не была оборудована огнетушителями. Полиция задержала пятерых болельщиков «Шахтера», приехавших из Караганды и Темиртау, а также жителя Жетысуского района Алматы, который, по данным полиции, продал им файеры.

«Жетысу» выиграл 2:0. Клубу грозит штраф за нарушения безопасности на стадионе, а «Шахтеру» — за поведение своих болельщиков.""",
     ann=[
        ('Талдыкоргане', 0, 'city', 'Taldykorgan', ALR, {'note': 'headline; Almaty Region before 2022-06-08'}),
        ('ТАЛДЫКОРГАН', 0, 'city', 'Taldykorgan', ALR, {'note': 'dateline'}),
        ('стадиона имени Самата Суюмбаева', 0, 'facility', 'Samat Suyumbayev Stadium', ALR, {'subkind': 'stadium'}),
        ('Алматинской области', 0, 'region', ALR, ALR, {'note': 'inside the name of an authority'}),
        ('Караганды', 0, 'city', 'Karaganda', KR, {'note': 'NI:origin of the away fans'}),
        ('Темиртау', 0, 'city', 'Temirtau', KR, {'note': 'NI:origin of the away fans'}),
        ('Жетысуского района', 0, 'district', 'Zhetysu District (Almaty)', 'Almaty', {'subkind': 'city district', 'note': 'NI:residence of a detained man; not Jetisu Region, not the club'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:residence of a detained man'}),
     ],
     inc={ALR: (1, 'fire in the north stand of the Samat Suyumbayev stadium in Taldykorgan started by flares, two spectators hurt by smoke')}),
]
