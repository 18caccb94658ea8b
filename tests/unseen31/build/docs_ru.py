"""Russian texts of the thirty-first unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
JR, ALR, KYR, TR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'Turkistan Region', 'South Kazakhstan Region'
ABR, JTR, EKR, MR, KOR = 'Abai Region', 'Jetisu Region', 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR, UR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region', 'Ulytau Region'
ATR, AR, WKR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region'

DOCS = [
dict(id='p009', date='1999-01-11', lang='ru',
     event='1999 presidential election: unsanctioned rally with 14 detained on Republic Square in Almaty, two observers detained at a polling station on Abai Street in Semipalatinsk (East Kazakhstan Region); Astana the former Akmola; Zhezkazgan in Karaganda Region after the 1997 abolition of Zhezkazgan Region',
     text="""Назарбаев переизбран; в Алматы задержаны участники несанкционированной акции
АСТАНА, 11 января (Интерфакс-Казахстан) - Нурсултан Назарбаев набрал 79,8% голосов на досрочных президентских выборах 10 января, сообщил в понедельник Центризбирком Казахстана. Явка составила 86%: во всех регионах она превысила 75%, а выше всего оказалась в Кызылординской и Атырауской областях.
Президент проголосовал в Астане, куда столица переехала из Алматы в декабре 1997 года. До мая прошлого года город назывался Акмолой.
Лидер коммунистов Серикболсын Абдильдин, занявший второе место с 12%, лучше всего выступил в Павлодарской и Восточно-Казахстанской областях, где в последнюю неделю кампании провел встречи с избирателями в Павлодаре, Экибастузе и Усть-Каменогорске.
В воскресенье вечером в Алматы полиция задержала 14 человек, которые без разрешения властей вышли на площадь Республики с плакатами в поддержку бывшего премьер-министра Акежана Кажегельдина, не допущенного к выборам. В городском управлении внутренних дел сообщили, что все задержанные оштрафованы.
В Семипалатинске двое наблюдателей от Республиканской народной партии были задержаны на избирательном участке в школе на улице Абая и доставлены в отдел полиции. Их отпустили только после подсчета голосов.
ОБСЕ, бюро по выборам которой находится в Варшаве, отказалась направить полноценную миссию наблюдателей, сославшись на отстранение оппозиционных кандидатов. В Жезказгане, который после упразднения Жезказганской области в 1997 году входит в Карагандинскую область, явка достигла 91%.
Еще двое кандидатов набрали в сумме менее 6%. Посольство США, которое пока остается в Алматы, выразило сожаление в связи с отстранением оппозиции, а наблюдатели от стран СНГ назвали выборы свободными и открытыми. Инаугурация назначена на 20 января в Астане.
Президента поздравил по телефону из Москвы Борис Ельцин.""",
     ann=[
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'headline'}),
        ('АСТАНА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Казахстана', 0, 'country', 'Kazakhstan', N, {'note': 'inside the name of an authority'}),
        ('всех регионах', 0, 'quantified', 'all regions', N, {'count': N, 'unit': 'region', 'quantifier': 'all', 'note': 'turnout; not about incidents'}),
        ('Кызылординской', 0, 'region', KYR, KYR, {'note': 'NI:turnout; list sharing "областях"'}),
        ('Атырауской', 0, 'region', ATR, ATR, {'note': 'NI:turnout; list sharing "областях"'}),
        ('Астане', 0, 'city', 'Astana', 'Astana', {'note': "NI:the president's polling place"}),
        ('Алматы', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:former seat of the capital'}),
        ('Акмолой', 0, 'city', 'Astana', 'Astana', {'note': 'NI:former name of the capital (Akmola the city, not the region)'}),
        ('Павлодарской', 0, 'region', PR, PR, {'note': 'NI:vote result; list sharing "областях"'}),
        ('Восточно-Казахстанской', 0, 'region', EKR, EKR, {'note': 'NI:vote result; list sharing "областях"'}),
        ('Павлодаре', 0, 'city', 'Pavlodar', PR, {'note': 'NI:campaign meeting'}),
        ('Экибастузе', 0, 'city', 'Ekibastuz', PR, {'note': 'NI:campaign meeting'}),
        ('Усть-Каменогорске', 0, 'city', 'Oskemen', EKR, {'note': 'NI:campaign meeting'}),
        ('Алматы', 2, 'city', 'Almaty', 'Almaty'),
        ('площадь Республики', 0, 'facility', 'Republic Square (Almaty)', 'Almaty', {'subkind': 'square'}),
        ('Семипалатинске', 0, 'city', 'Semey', EKR, {'note': 'East Kazakhstan Region before 2022-06-08'}),
        ('улице Абая', 0, 'facility', 'Abai Street (Semey)', EKR, {'subkind': 'street', 'note': 'street named after the poet'}),
        ('Варшаве', 0, 'foreign', 'Warsaw', N, {'note': 'NI:seat of the OSCE election office'}),
        ('Жезказгане', 0, 'city', 'Zhezkazgan', KR, {'note': 'NI:turnout; Karaganda Region before 2022-06-08'}),
        ('Жезказганской области', 0, 'region', KR, KR, {'uncertain': True, 'note': 'NI:abolished Zhezkazgan Region (1997), its land in Karaganda Region'}),
        ('Карагандинскую область', 0, 'region', KR, KR, {'note': 'NI:unit of Zhezkazgan'}),
        ('США', 0, 'foreign', 'United States', N, {'note': 'inside the name of an embassy'}),
        ('Алматы', 3, 'city', 'Almaty', 'Almaty', {'note': 'NI:seat of an embassy'}),
        ('Астане', 1, 'city', 'Astana', 'Astana', {'note': 'NI:venue of the inauguration'}),
        ('Москвы', 0, 'foreign', 'Moscow', N),
     ],
     inc={'Almaty': (1, 'unsanctioned rally on Republic Square in support of a barred candidate, 14 detained and fined'),
          EKR: (1, 'two observers detained at a polling station on Abai Street in Semipalatinsk (one event: street and city)')}),

dict(id='p010', date='2004-09-20', lang='ru',
     event='2004 Mazhilis election: fight of candidates\' supporters at a polling station in Aksukent, Sairam district (South Kazakhstan Region), three injured; turnout in Shymkent, complaints from Saryagash and Kentau; OSCE observers from Almaty in Turkestan and Lenger',
     text="""Драка у избирательного участка в Сайрамском районе: трое пострадавших
ШЫМКЕНТ, 20 сентября (КазТАГ) - Полиция Южно-Казахстанской области выясняет обстоятельства драки, которая произошла в воскресенье у избирательного участка в селе Аксукент Сайрамского района во время выборов в мажилис.
По данным полиции, около 20 сторонников двух кандидатов по одномандатному округу подрались у входа в школу, где шло голосование. Трое получили травмы и доставлены в районную больницу, голосование на участке приостанавливали на 40 минут. Одного из кандидатов выдвинула партия «Ак жол», другого — партия «Асар».
Областная избирательная комиссия сообщила, что явка в регионе составила 68%, а в Шымкенте — 51%. Жалобы на подвоз избирателей автобусами поступили также из Сарыагаша и Кентау.
Наблюдатели ОБСЕ, приехавшие из Алматы, побывали на участках в Туркестане и Ленгере и назвали обстановку там спокойной.""",
     ann=[
        ('Сайрамском районе', 0, 'district', 'Sairam District', SKR, {'note': 'headline'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', SKR, {'note': 'dateline; South Kazakhstan Region before 2018-06-19'}),
        ('Южно-Казахстанской области', 0, 'region', SKR, SKR, {'note': 'inside the name of an authority'}),
        ('Аксукент', 0, 'village', 'Aksukent', SKR),
        ('Сайрамского района', 0, 'district', 'Sairam District', SKR),
        ('Шымкенте', 0, 'city', 'Shymkent', SKR, {'note': 'NI:turnout'}),
        ('Сарыагаша', 0, 'city', 'Saryagash', SKR, {'note': 'NI:complaints about voters brought by bus'}),
        ('Кентау', 0, 'city', 'Kentau', SKR, {'note': 'NI:complaints about voters brought by bus'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': "NI:observers' origin"}),
        ('Туркестане', 0, 'city', 'Turkistan', SKR, {'note': 'NI:visited by observers'}),
        ('Ленгере', 0, 'city', 'Lenger', SKR, {'note': 'NI:visited by observers'}),
     ],
     inc={SKR: (1, "fight of about 20 candidates' supporters outside a polling station in Aksukent, Sairam district, three injured (one event: village, district)")}),

dict(id='p011', date='2018-07-05', lang='ru',
     event='2018 first session of the Shymkent maslikhat sixteen days after Shymkent became a city of republican significance; South Kazakhstan Region renamed Turkistan Region, seat moved to Turkestan; Saryagash, Tole Bi and Sairam districts; Turkish ambassador from Astana (no incident)',
     text="""Маслихат Шымкента впервые собрался в статусе города республиканского значения
ШЫМКЕНТ, 5 июля (Tengrinews) - Депутаты маслихата Шымкента в четверг провели первую сессию после того, как указом президента от 19 июня город вывели из состава области и придали ему статус города республиканского значения.
Тем же указом Южно-Казахстанская область переименована в Туркестанскую, а ее центр перенесен в Туркестан. Областной маслихат проведет выездную сессию в Туркестане 12 июля, но аппарат акима области пока остается в Шымкенте, на улице Толе би.
Депутаты, избранные в 2016 году от Сарыагашского и Толебийского районов, сохраняют мандаты в областном маслихате. По словам акима Туркестанской области, в черту Шымкента могут включить несколько сел Сайрамского района, а переезд областных ведомств займет около двух лет.
Посол Турции, приехавший из Астаны, на прошлой неделе посетил Туркестан и предложил помощь турецких компаний в строительстве нового административного центра.""",
     ann=[
        ('Шымкента', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'headline; own unit since 2018-06-19'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'dateline'}),
        ('Шымкента', 1, 'city', 'Shymkent', 'Shymkent', {'note': 'inside the name of an authority'}),
        ('Южно-Казахстанская область', 0, 'region', TR, TR, {'uncertain': True, 'note': 'the region under its old name, renamed Turkistan Region on 2018-06-19'}),
        ('Туркестанскую', 0, 'region', TR, TR, {'note': 'elliptical "Туркестанскую [область]"'}),
        ('Туркестан', 0, 'city', 'Turkistan', TR, {'note': 'new regional seat'}),
        ('Туркестане', 0, 'city', 'Turkistan', TR),
        ('Шымкенте', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'temporary seat of the regional akimat, outside the region'}),
        ('улице Толе би', 0, 'facility', 'Tole Bi Street (Shymkent)', 'Shymkent', {'subkind': 'street', 'note': 'street named after a person'}),
        ('Сарыагашского', 0, 'district', 'Saryagash District', TR, {'note': 'list sharing "районов"'}),
        ('Толебийского', 0, 'district', 'Tole Bi District', TR, {'note': 'list sharing "районов"; named after a person'}),
        ('Туркестанской области', 0, 'region', TR, TR, {'note': "inside an official's title"}),
        ('Шымкента', 2, 'city', 'Shymkent', 'Shymkent'),
        ('несколько сел', 0, 'quantified', 'several villages', N, {'count': N, 'unit': 'village', 'note': 'villages that may join Shymkent; not about incidents'}),
        ('Сайрамского района', 0, 'district', 'Sairam District', TR),
        ('Турции', 0, 'foreign', 'Turkey', N, {'note': "inside an official's title"}),
        ('Астаны', 0, 'city', 'Astana', 'Astana', {'note': "the ambassador's seat"}),
        ('Туркестан', 1, 'city', 'Turkistan', TR),
     ],
     inc={}),

dict(id='p012', date='2022-06-06', lang='ru',
     event='2022 constitutional referendum: scuffle between a commission member and an observer at a polling station in Taldykorgan (Almaty Region two days before the creation of Jetisu Region); the future Abai, Jetisu and Ulytau regions with Semey, Taldykorgan, Zhezkazgan still in East Kazakhstan, Almaty and Karaganda regions; pickets in three cities',
     text="""Референдум: поправки одобрены, в Талдыкоргане потасовка на участке
НУР-СУЛТАН, 6 июня (Интерфакс-Казахстан) - Поправки в Конституцию поддержали 77,18% участников республиканского референдума 5 июня, явка составила 68,06%, сообщила в понедельник Центральная избирательная комиссия.
Голосование прошло во всех 17 регионах страны. Самая высокая явка зафиксирована в Туркестанской области и Шымкенте, самая низкая — в Алматы и Нур-Султане. Президент Касым-Жомарт Токаев проголосовал на участке в столице вместе с супругой.
В среду, 8 июня, вступает в силу указ о создании трех новых областей: Абайской с центром в Семее, Жетысуской с центром в Талдыкоргане и Улытауской с центром в Жезказгане. На референдуме жители этих территорий голосовали еще в составе Восточно-Казахстанской, Алматинской и Карагандинской областей.
В Талдыкоргане в воскресенье днем на участке в здании колледжа произошла потасовка между членом участковой комиссии и наблюдателем, который пытался снять урну на видео. Полиция доставила обоих в городской отдел, на члена комиссии составлен административный протокол.
По данным правозащитников, в день голосования одиночные пикеты против поправок прошли в трех городах, задержаны не менее десяти человек. В полиции эти данные не комментируют.
За рубежом проголосовали около 12 тысяч граждан в 52 странах; в Анкаре и Стамбуле очереди у посольства и генконсульства выстроились еще до открытия участков. В Жанаозене и Актау явка оказалась ниже средней по Мангистауской области.
Наблюдатели миссии СНГ, прибывшие из Москвы и Бишкека, заявили, что серьезных нарушений не выявили. Окончательные итоги ЦИК утвердит в пятницу, после чего поправки вступят в силу. Президент поблагодарил граждан за активное участие и пообещал, что следующим шагом станут досрочные выборы в маслихаты.""",
     ann=[
        ('Талдыкоргане', 0, 'city', 'Taldykorgan', ALR, {'note': 'headline; Almaty Region until 2022-06-08'}),
        ('НУР-СУЛТАН', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('всех 17 регионах', 0, 'quantified', 'all 17 regions', N, {'count': 17, 'unit': 'region', 'quantifier': 'all', 'note': 'voting; not about incidents'}),
        ('Туркестанской области', 0, 'region', TR, TR, {'note': 'NI:turnout'}),
        ('Шымкенте', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:turnout'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:turnout'}),
        ('Нур-Султане', 0, 'city', 'Astana', 'Astana', {'note': 'NI:turnout'}),
        ('трех новых областей', 0, 'quantified', '3 new regions', N, {'count': 3, 'unit': 'region', 'note': 'regions to be created two days after the article date, all named; not about incidents'}),
        ('Абайской', 0, 'region', EKR, EKR, {'uncertain': True, 'note': 'NI:future Abai Region, created 2022-06-08, two days after the article date; its land in East Kazakhstan Region on the date'}),
        ('Семее', 0, 'city', 'Semey', EKR, {'note': 'NI:future regional seat; East Kazakhstan Region until 2022-06-08'}),
        ('Жетысуской', 0, 'region', ALR, ALR, {'uncertain': True, 'note': 'NI:future Jetisu Region, created 2022-06-08; its land in Almaty Region on the date'}),
        ('Талдыкоргане', 1, 'city', 'Taldykorgan', ALR, {'note': 'NI:future regional seat'}),
        ('Улытауской', 0, 'region', KR, KR, {'uncertain': True, 'note': 'NI:future Ulytau Region, created 2022-06-08; its land in Karaganda Region on the date'}),
        ('Жезказгане', 0, 'city', 'Zhezkazgan', KR, {'note': 'NI:future regional seat; Karaganda Region until 2022-06-08'}),
        ('Восточно-Казахстанской', 0, 'region', EKR, EKR, {'note': 'NI:list sharing "областей"'}),
        ('Алматинской', 0, 'region', ALR, ALR, {'note': 'NI:list sharing "областей"'}),
        ('Карагандинской', 0, 'region', KR, KR, {'note': 'NI:list sharing "областей"'}),
        ('Талдыкоргане', 2, 'city', 'Taldykorgan', ALR),
        ('трех городах', 0, 'quantified', '3 cities', N, {'count': 3, 'unit': 'city', 'note': 'pickets with detentions in unnamed cities'}),
        ('52 странах', 0, 'quantified', '52 countries', N, {'count': 52, 'unit': 'country', 'note': 'voting abroad; not about incidents'}),
        ('Анкаре', 0, 'foreign', 'Ankara', N),
        ('Стамбуле', 0, 'foreign', 'Istanbul', N),
        ('Жанаозене', 0, 'city', 'Zhanaozen', MR, {'note': 'NI:turnout'}),
        ('Актау', 0, 'city', 'Aktau', MR, {'note': 'NI:turnout'}),
        ('Мангистауской области', 0, 'region', MR, MR, {'note': 'NI:turnout'}),
        ('Москвы', 0, 'foreign', 'Moscow', N, {'note': "NI:observers' origin"}),
        ('Бишкека', 0, 'foreign', 'Bishkek', N, {'note': "NI:observers' origin"}),
     ],
     inc={ALR: (1, 'scuffle between a commission member and an observer at a polling station in Taldykorgan (Almaty Region on the article date)')},
     unatt=[{'label': 'трех городах', 'count': 3, 'note': 'pickets against the amendments with detentions in three unnamed cities'}]),

dict(id='p013', date='2015-04-27', lang='ru',
     event='2015 presidential election abroad: polling stations in 53 countries, in Moscow, St Petersburg, Astrakhan, Omsk, Kazan, Petropavlovsk-Kamchatsky (voters from Petropavl and Kokshetau), Ankara, Istanbul, Beijing, Urumqi, Washington (no incident)',
     text="""Казахстанцы за рубежом проголосовали в 53 странах
МОСКВА, 27 апреля (Казинформ) - Граждане Казахстана, находящиеся за рубежом, проголосовали на досрочных президентских выборах 26 апреля на 65 избирательных участках в 53 странах, сообщили в посольстве.
Больше всего избирателей пришло на участки в Москве, Санкт-Петербурге, Астрахани и Омске, где работают посольство и генеральные консульства Казахстана. В Казани участок впервые открылся при почетном консульстве.
Самым отдаленным стал участок в Петропавловске-Камчатском: там проголосовали 12 рыбаков, в основном уроженцы Петропавловска и Кокшетау.
В Анкаре и Стамбуле проголосовали около 900 человек, в Пекине и Урумчи — в основном студенты. На участке в Вашингтоне явка превысила 70%.
Итоговая явка по стране составила 95,2%, выше всего она оказалась в Жамбылской области.""",
     ann=[
        ('53 странах', 0, 'quantified', '53 countries', N, {'count': 53, 'unit': 'country', 'note': 'headline; polling stations abroad; not about incidents'}),
        ('МОСКВА', 0, 'foreign', 'Moscow', N, {'note': 'dateline'}),
        ('Казахстана', 0, 'country', 'Kazakhstan', N),
        ('53 странах', 1, 'quantified', '53 countries', N, {'count': 53, 'unit': 'country', 'note': 'polling stations abroad; not about incidents'}),
        ('Москве', 0, 'foreign', 'Moscow', N),
        ('Санкт-Петербурге', 0, 'foreign', 'Saint Petersburg', N),
        ('Астрахани', 0, 'foreign', 'Astrakhan', N),
        ('Омске', 0, 'foreign', 'Omsk', N),
        ('Казахстана', 1, 'country', 'Kazakhstan', N, {'note': 'inside the name of an authority'}),
        ('Казани', 0, 'foreign', 'Kazan', N),
        ('Петропавловске-Камчатском', 0, 'foreign', 'Petropavlovsk-Kamchatsky', N, {'note': 'Russian namesake of Petropavl'}),
        ('Петропавловска', 0, 'city', 'Petropavl', NKR, {'note': "voters' birthplace"}),
        ('Кокшетау', 0, 'city', 'Kokshetau', AKR, {'note': "voters' birthplace"}),
        ('Анкаре', 0, 'foreign', 'Ankara', N),
        ('Стамбуле', 0, 'foreign', 'Istanbul', N),
        ('Пекине', 0, 'foreign', 'Beijing', N),
        ('Урумчи', 0, 'foreign', 'Urumqi', N),
        ('Вашингтоне', 0, 'foreign', 'Washington', N),
        ('Жамбылской области', 0, 'region', JR, JR),
     ],
     inc={}),

dict(id='p014', date='2021-01-11', lang='ru',
     event='2021 Mazhilis election: unsanctioned action kettled for seven hours at Abai Avenue and Zhandosov Street in Almaty, two observers detained at a polling station on Syrym Datov Street in Uralsk (West Kazakhstan Region); turnout in Sairam district (Turkistan Region), Shymkent, Semey and Taldykorgan (East Kazakhstan and Almaty regions before 2022); the Auyl party and the People\'s Party of Kazakhstan are not places',
     text="""«Нур Отан» получил 71%, в Алматы и Уральске задерживали наблюдателей и участников акции
НУР-СУЛТАН, 11 января (Vlast.kz) - Партия «Нур Отан» набрала 71,09% голосов на выборах в мажилис 10 января, «Ак жол» — 10,95%, Народная партия Казахстана — 9,1%, сообщил ЦИК. Явка составила 63,3%: в 14 регионах она превысила 60%, а в Алматы оказалась самой низкой — 31%.
Партия «Ауыл» не преодолела семипроцентный барьер, хотя в Северо-Казахстанской и Костанайской областях получила более 10%. В Акмолинской области партии не хватило нескольких сотен голосов до прохода в областной маслихат.
В Алматы полиция около семи часов держала в оцеплении на морозе примерно 50 участников несанкционированной акции на пересечении проспекта Абая и улицы Жандосова. Журналистов, снимавших происходящее, к ним не пропускали, а вечером часть участников доставили в отделы полиции.
В Уральске полицейские вывели с избирательного участка в здании колледжа на улице Сырыма Датова двух наблюдателей от общественного фонда и продержали их в отделе несколько часов. В фонде заявили, что наблюдатели фиксировали вброс бюллетеней.
В Туркестанской области самая высокая явка — 77% — отмечена в Сайрамском районе, в Шымкенте она составила 52%. В Семее и Талдыкоргане, по данным избиркомов Восточно-Казахстанской и Алматинской областей, явка превысила 70%.
Впервые на всех участках в Атырауской и Мангистауской областях работали видеокамеры, трансляция шла на сайте ЦИК. В Нур-Султане у штаба «Нур Отана» на проспекте Кабанбай батыра после объявления предварительных итогов прошел концерт для сторонников партии.
Миссия БДИПЧ ОБСЕ, штаб-квартира которого находится в Варшаве, представит предварительные выводы во вторник. Одновременно с выборами в мажилис прошли выборы в маслихаты всех уровней.""",
     ann=[
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'headline'}),
        ('Уральске', 0, 'city', 'Oral', WKR, {'note': 'headline'}),
        ('НУР-СУЛТАН', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('14 регионах', 0, 'quantified', '14 regions', N, {'count': 14, 'unit': 'region', 'note': 'turnout above 60 percent; not about incidents'}),
        ('Алматы', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:turnout'}),
        ('Северо-Казахстанской', 0, 'region', NKR, NKR, {'note': 'NI:vote result; list sharing "областях"'}),
        ('Костанайской', 0, 'region', KOR, KOR, {'note': 'NI:vote result; list sharing "областях"'}),
        ('Акмолинской области', 0, 'region', AKR, AKR, {'note': 'NI:vote result'}),
        ('Алматы', 2, 'city', 'Almaty', 'Almaty'),
        ('проспекта Абая', 0, 'facility', 'Abai Avenue (Almaty)', 'Almaty', {'subkind': 'street', 'note': 'street named after the poet'}),
        ('улицы Жандосова', 0, 'facility', 'Zhandosov Street (Almaty)', 'Almaty', {'subkind': 'street', 'note': 'street named after a person; not the village of Zhandosov'}),
        ('Уральске', 1, 'city', 'Oral', WKR),
        ('улице Сырыма Датова', 0, 'facility', 'Syrym Datov Street (Oral)', WKR, {'subkind': 'street', 'note': 'street named after a person'}),
        ('Туркестанской области', 0, 'region', TR, TR, {'note': 'NI:turnout'}),
        ('Сайрамском районе', 0, 'district', 'Sairam District', TR, {'note': 'NI:turnout'}),
        ('Шымкенте', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:turnout'}),
        ('Семее', 0, 'city', 'Semey', EKR, {'note': 'NI:turnout; East Kazakhstan Region before 2022-06-08'}),
        ('Талдыкоргане', 0, 'city', 'Taldykorgan', ALR, {'note': 'NI:turnout; Almaty Region before 2022-06-08'}),
        ('Восточно-Казахстанской', 0, 'region', EKR, EKR, {'note': 'NI:inside the names of authorities; list sharing "областей"'}),
        ('Алматинской', 0, 'region', ALR, ALR, {'note': 'NI:inside the names of authorities; list sharing "областей"'}),
        ('Атырауской', 0, 'region', ATR, ATR, {'note': 'NI:list sharing "областях"'}),
        ('Мангистауской', 0, 'region', MR, MR, {'note': 'NI:list sharing "областях"'}),
        ('Нур-Султане', 0, 'city', 'Astana', 'Astana', {'note': 'NI:party concert'}),
        ('проспекте Кабанбай батыра', 0, 'facility', 'Kabanbay Batyr Avenue (Astana)', 'Astana', {'subkind': 'street', 'note': 'NI:street named after a person'}),
        ('Варшаве', 0, 'foreign', 'Warsaw', N, {'note': 'NI:seat of ODIHR'}),
     ],
     inc={'Almaty': (1, 'unsanctioned action kettled for about seven hours at Abai Avenue and Zhandosov Street, some participants taken to police stations (one event: streets and city)'),
          WKR: (1, 'two observers removed from a polling station on Syrym Datov Street in Uralsk and held for hours')}),

dict(id='p015', date='2007-08-20', lang='ru',
     event='2007 Mazhilis election in Aktobe Region: voting at the Zhanazhol field near Kandyagash, mobile ballot boxes in Irgiz district, Shalkar, the governor votes on Abilkair Khan Avenue in Aktobe; observers from Orenburg oblast visit Martuk (no incident)',
     text="""В Актюбинской области голосовали вахтовики и чабаны
АКТОБЕ, 20 августа (Интерфакс-Казахстан) - Явка на выборах в мажилис 18 августа в Актюбинской области составила 67%, сообщила областная избирательная комиссия.
На Жанажольском месторождении под Кандыагашем нефтяники голосовали на участке, открытом прямо в вахтовом поселке, а в Иргизском районе члены участковых комиссий с переносными урнами объезжали чабанские зимовки. В городе Шалкар участки открылись в шесть утра, чтобы успели проголосовать железнодорожники.
Аким области проголосовал на участке на проспекте Абилкайыр хана в Актобе. Партия «Нур Отан» по итогам выборов получила все места в мажилисе, распределяемые по партийным спискам.
Наблюдатели из Оренбургской области России, приехавшие по приглашению областного маслихата, посетили участки в Актобе и селе Мартук и заявили, что нарушений не заметили.""",
     ann=[
        ('Актюбинской области', 0, 'region', AR, AR, {'note': 'headline'}),
        ('АКТОБЕ', 0, 'city', 'Aktobe', AR, {'note': 'dateline'}),
        ('Актюбинской области', 1, 'region', AR, AR),
        ('Жанажольском месторождении', 0, 'facility', 'Zhanazhol field', AR, {'subkind': 'oil field'}),
        ('Кандыагашем', 0, 'city', 'Kandyagash', AR, {'note': 'reference point'}),
        ('Иргизском районе', 0, 'district', 'Irgiz District', AR),
        ('Шалкар', 0, 'city', 'Shalkar', AR),
        ('проспекте Абилкайыр хана', 0, 'facility', 'Abilkair Khan Avenue (Aktobe)', AR, {'subkind': 'street', 'note': 'street named after a person'}),
        ('Актобе', 0, 'city', 'Aktobe', AR),
        ('Оренбургской области', 0, 'foreign', 'Orenburg Oblast', N, {'note': "observers' origin"}),
        ('России', 0, 'foreign', 'Russia', N),
        ('Актобе', 1, 'city', 'Aktobe', AR),
        ('Мартук', 0, 'village', 'Martuk', AR),
     ],
     inc={}),

dict(id='p016', date='2026-02-10', lang='ru',
     event='2026 former governor of Ulytau Region (formerly deputy governor of Karaganda Region and akim of Zhezkazgan) appointed ambassador to Turkey, also accredited to Albania; planned Turkish presidential visit to Turkestan; consulate general in Istanbul (no incident)',
     text="""Бывший аким Улытауской области назначен послом в Турции
АСТАНА, 10 февраля (Tengrinews) - Указом президента бывший аким Улытауской области Нурлан Сарыарков назначен чрезвычайным и полномочным послом Казахстана в Турции, сообщили в пресс-службе главы государства.
Сарыарков руководил регионом с момента его образования в июне 2022 года. До этого он был заместителем акима Карагандинской области и акимом Жезказгана.
Новый посол будет по совместительству представлять Казахстан в Албании. В Анкаре ему предстоит подготовить осенний визит президента Турции в Туркестан и заседание Высшего совета стратегического сотрудничества, а генеральное консульство Казахстана в Стамбуле откроет визовый центр для туристов.
Сарыарков родился в поселке Жезды Улытауского района. Прежний посол отозван в Астану и назначен заместителем министра иностранных дел. В прошлом году Казахстан и Турция отметили 33-летие дипломатических отношений.""",
     ann=[
        ('Улытауской области', 0, 'region', UR, UR, {'note': "headline; inside an official's former title"}),
        ('Турции', 0, 'foreign', 'Turkey', N, {'note': 'headline; ambassador in Turkey'}),
        ('АСТАНА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Улытауской области', 1, 'region', UR, UR, {'note': "inside an official's former title"}),
        ('Казахстана', 0, 'country', 'Kazakhstan', N),
        ('Турции', 1, 'foreign', 'Turkey', N),
        ('Карагандинской области', 0, 'region', KR, KR, {'note': "inside an official's former title"}),
        ('Жезказгана', 0, 'city', 'Zhezkazgan', UR, {'note': "inside an official's former title; Ulytau Region since 2022-06-08"}),
        ('Казахстан', 0, 'country', 'Kazakhstan', N),
        ('Албании', 0, 'foreign', 'Albania', N),
        ('Анкаре', 0, 'foreign', 'Ankara', N),
        ('Турции', 2, 'foreign', 'Turkey', N),
        ('Туркестан', 0, 'city', 'Turkistan', TR, {'note': 'destination of a planned visit'}),
        ('Казахстана', 1, 'country', 'Kazakhstan', N, {'note': 'inside the name of an authority'}),
        ('Стамбуле', 0, 'foreign', 'Istanbul', N),
        ('Жезды', 0, 'village', 'Zhezdy', UR, {'note': "the ambassador's birthplace"}),
        ('Улытауского района', 0, 'district', 'Ulytau District', UR),
        ('Астану', 0, 'city', 'Astana', 'Astana'),
        ('Казахстан', 1, 'country', 'Kazakhstan', N),
        ('Турция', 0, 'foreign', 'Turkey', N),
     ],
     inc={}),
]
