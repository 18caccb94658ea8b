"""Russian texts of the ninetieth unseen check corpus."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'
RC = 'residential complex'

DOCS = [
dict(id='p009', date='1998-03-18', lang='ru',
     event='1998 floor slab collapse at a ministry building site on the left bank of the Ishim in Akmola (the capital, named Astana from May 1998), two workers dead; victims from Karaganda and Shymkent (South Kazakhstan Region); Tselinograd as the former name',
     text="""В Акмоле на стройке обрушилось перекрытие, погибли двое рабочих
АКМОЛА, 18 марта. КазТАГ – На строительстве административного здания на левом берегу Ишима в Акмоле во вторник обрушилось перекрытие третьего этажа. Двое рабочих погибли, ещё трое госпитализированы, сообщили в управлении по чрезвычайным ситуациям Акмолинской области.

Погибшие – уроженцы Караганды и Шымкента, приехавшие на заработки осенью. Здание предназначено для одного из министерств, которые переезжают в новую столицу из Алматы; его возводит турецкая компания. По предварительным данным, опалубку сняли раньше срока, чтобы сдать объект к лету.

С декабря, когда столица официально переехала в Акмолу (бывший Целиноград), в городе одновременно строятся более 40 крупных объектов. Прокуратура Акмолинской области возбудила уголовное дело, работы на площадке приостановлены.""",
     ann=[
        ('Акмоле', 0, 'city', 'Astana', 'Astana', {'note': 'headline; the capital was called Akmola until 1998-05-06'}),
        ('АКМОЛА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Ишима', 0, 'facility', 'Yesil River', N, {'subkind': 'river', 'note': 'Russian name of the Yesil'}),
        ('Акмоле', 1, 'city', 'Astana', 'Astana'),
        ('Акмолинской области', 0, 'region', AKR, AKR, {'note': 'inside the name of an authority'}),
        ('Караганды', 0, 'city', 'Karaganda', KR, {'note': 'NI:native town of a victim'}),
        ('Шымкента', 0, 'city', 'Shymkent', SKR, {'note': 'NI:native town of a victim; South Kazakhstan Region before 2018-06-19'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:the ministries move from Almaty'}),
        ('Акмолу', 0, 'city', 'Astana', 'Astana', {'note': 'NI:background (transfer of the capital)'}),
        ('Целиноград', 0, 'city', 'Astana', 'Astana', {'note': 'NI:Soviet name of the city, in brackets'}),
        ('Акмолинской области', 1, 'region', AKR, AKR, {'note': "inside the name of an authority (prosecutor's office)"}),
     ],
     inc={'Astana': (1, 'floor slab collapse at the ministry building site in Akmola, two dead')}),

dict(id='p010', date='2023-05-16', lang='ru',
     event='2023 Shymkent: gas explosion in a new block of the «Туркестан» complex in Karatau district, three hurt; shareholders of the «Казыгурт» complex (Enbekshi district) block Tauke Khan Avenue; brick wall collapse at a hotel site near the Yasawi mausoleum in Turkestan (Turkistan Region); demolition in Badam (Ordabasy district); scaffolding collapses in three unnamed regions (unattributed)',
     text="""Шымкент: взрыв газа в новостройке, дольщики перекрыли проспект
ШЫМКЕНТ, 16 мая. Sputnik Казахстан – В понедельник вечером в квартире на шестом этаже новостройки в ЖК «Туркестан» в Каратауском районе Шымкента взорвался бытовой газ. Пострадали три человека, в том числе семилетний ребёнок, сообщили в департаменте по чрезвычайным ситуациям Шымкента. Взрывом выбило окна в соседнем подъезде, жильцов 64 квартир эвакуировали.

Дом сдан в эксплуатацию в феврале. По словам жильцов, газ подключали рабочие застройщика без акта приёмки. Аким Каратауского района Нурлан Сейтжанов пообещал проверить все новые дома района до конца месяца.

Во вторник утром около сотни дольщиков ЖК «Казыгурт» перекрыли проспект Тауке хана у здания городского акимата. Комплекс в Енбекшинском районе должны были сдать ещё в 2021 году, но стройка стоит на уровне третьего этажа. «Мы платим кредиты за квартиры, которых нет», – говорит одна из участниц акции. Полиция предупредила собравшихся об ответственности, но задержаний не было.

Тем временем в Туркестане, центре соседней Туркестанской области, при строительстве гостиницы рядом с мавзолеем Ходжи Ахмеда Ясави обрушилась кирпичная стена. Рабочий из Кентау получил травмы. В областном акимате сообщили, что подрядчику выписан штраф.

В селе Бадам Ордабасинского района, в 30 км от Шымкента, начали сносить 18 самовольных построек на землях сельхозназначения. Жители просили отсрочки до осени.

По данным Министерства промышленности и строительства, в тот же день обрушения строительных лесов произошли ещё в трёх областях, пострадали пятеро рабочих. Какие это регионы, в министерстве не уточнили.

Городской департамент строительства напомнил, что в прошлом году в Шымкенте ввели более полутора миллионов квадратных метров жилья, а проверки газового оборудования в новостройках Абайского и Туранского районов пройдут в июне.""",
     ann=[
        ('Шымкент', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'headline; a city of republican significance since 2018-06-19'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'dateline; "Sputnik Казахстан" is a media outlet, not annotated'}),
        ('Туркестан', 0, 'facility', 'Turkestan residential complex (Shymkent)', 'Shymkent', {'subkind': RC, 'note': 'name in quotes of a residential complex in Shymkent; not the town of Turkestan'}),
        ('Каратауском районе', 0, 'district', 'Karatau District (Shymkent)', 'Shymkent', {'subkind': 'city district', 'note': 'a district of Shymkent; not the Jambyl town of Karatau'}),
        ('Шымкента', 0, 'city', 'Shymkent', 'Shymkent'),
        ('Шымкента', 1, 'city', 'Shymkent', 'Shymkent', {'note': 'inside the name of an authority'}),
        ('Каратауского района', 0, 'district', 'Karatau District (Shymkent)', 'Shymkent', {'subkind': 'city district', 'note': 'inside an official post'}),
        ('Казыгурт', 0, 'facility', 'Kazygurt residential complex (Shymkent)', 'Shymkent', {'subkind': RC, 'note': 'named after the mountain and the district of Turkistan Region; the complex is in Shymkent'}),
        ('проспект Тауке хана', 0, 'facility', 'Tauke Khan Avenue (Shymkent)', 'Shymkent', {'subkind': 'street', 'note': 'site of the blockade; avenue named after a person'}),
        ('Енбекшинском районе', 0, 'district', 'Enbekshi District (Shymkent)', 'Shymkent', {'subkind': 'city district'}),
        ('Туркестане', 0, 'city', 'Turkestan', TR),
        ('Туркестанской области', 0, 'region', TR, TR, {'note': 'apposition to Turkestan'}),
        ('мавзолеем Ходжи Ахмеда Ясави', 0, 'facility', 'Khoja Ahmed Yasawi Mausoleum', TR, {'subkind': 'mausoleum', 'note': 'NI:reference point for the hotel site'}),
        ('Кентау', 0, 'city', 'Kentau', TR, {'note': 'NI:origin of the injured worker'}),
        ('Бадам', 0, 'village', 'Badam', TR, {'note': 'NI:demolition (official measure)'}),
        ('Ордабасинского района', 0, 'district', 'Ordabasy District', TR, {'note': 'NI:demolition (official measure)'}),
        ('Шымкента', 2, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:reference point'}),
        ('трёх областях', 0, 'quantified', '3 regions', N, {'count': 3, 'unit': 'region', 'note': 'scaffolding collapses in three unnamed regions'}),
        ('Шымкенте', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:housing statistics'}),
        ('Абайского', 0, 'district', 'Abai District (Shymkent)', 'Shymkent', {'subkind': 'city district', 'note': 'NI:planned checks; a district of Shymkent, not Abai Region; in a list sharing "районов"'}),
        ('Туранского', 0, 'district', 'Turan District (Shymkent)', 'Shymkent', {'subkind': 'city district', 'note': 'NI:planned checks; in a list sharing "районов"'}),
     ],
     inc={'Shymkent': (2, 'gas explosion in the «Туркестан» complex, Karatau district; blockade of Tauke Khan Avenue by «Казыгурт» shareholders'),
          TR: (1, 'brick wall collapse at a hotel site in Turkestan; the Badam demolition is an official measure')},
     unatt=[{'label': 'трёх областях', 'count': 3, 'note': 'scaffolding collapses on the same day in three other, unnamed regions'}]),

dict(id='p011', date='2013-04-09', lang='ru',
     event='2013 scaffolding collapse at the «Есиль» complex site in Bostandyk district of Almaty, two workers dead; bailiffs demolish 15 houses in Boraldai (Ili district, Almaty Region); regional akimat in Taldykorgan (Almaty Region before 2022)',
     text="""В Алматы на стройке ЖК «Есиль» рухнули леса: двое погибших
АЛМАТЫ, 9 апреля. Tengrinews.kz – На строительной площадке жилого комплекса «Есиль» в Бостандыкском районе Алматы в понедельник обрушились строительные леса. Двое рабочих, находившихся на уровне девятого этажа, погибли, ещё один госпитализирован, сообщили в департаменте по ЧС города.

По данным акимата, леса были смонтированы без проекта. Застройщик, компания «Алатау Курылыс», уже дважды штрафовался за нарушения техники безопасности.

В тот же день в посёлке Боралдай Илийского района Алматинской области судебные исполнители снесли 15 домов, построенных на землях, отведённых под объездную дорогу. Жители, многие из которых переехали из Жамбылской и Южно-Казахстанской областей, говорят, что покупали участки с документами. Акимат Алматинской области в Талдыкоргане обещал выделить им участки в другом месте.""",
     ann=[
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'headline'}),
        ('Есиль', 0, 'facility', 'Yesil residential complex (Almaty)', 'Almaty', {'subkind': RC, 'note': 'headline; named after the river; a complex in Almaty'}),
        ('АЛМАТЫ', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Есиль', 1, 'facility', 'Yesil residential complex (Almaty)', 'Almaty', {'subkind': RC}),
        ('Бостандыкском районе', 0, 'district', 'Bostandyk District (Almaty)', 'Almaty', {'subkind': 'city district'}),
        ('Алматы', 1, 'city', 'Almaty', 'Almaty'),
        ('Боралдай', 0, 'village', 'Boraldai', ALR, {'note': 'NI:demolition by bailiffs (official measure); the company «Алатау Курылыс» is not annotated'}),
        ('Илийского района', 0, 'district', 'Ili District', ALR, {'note': 'NI:demolition'}),
        ('Алматинской области', 0, 'region', ALR, ALR, {'note': 'NI:demolition'}),
        ('Жамбылской', 0, 'region', JR, JR, {'note': 'NI:origin of residents; in a list sharing "областей"'}),
        ('Южно-Казахстанской', 0, 'region', SKR, SKR, {'note': 'NI:origin of residents; in a list sharing "областей"'}),
        ('Алматинской области', 1, 'region', ALR, ALR, {'note': 'inside the name of an authority'}),
        ('Талдыкоргане', 0, 'city', 'Taldykorgan', ALR, {'note': 'NI:seat of the regional akimat; Almaty Region before 2022-06-08'}),
     ],
     inc={'Almaty': (1, 'scaffolding collapse at the «Есиль» site, Bostandyk district, two dead; the Boraldai demolition is an official measure')}),

dict(id='p012', date='2016-10-25', lang='ru',
     event='2016 Atyrau: shareholders of the «Жайык» complex (Avangard microdistrict) block Makhambet Street, five detained; roof collapse of an old two-storey house in Balykshy; resettlement planned in several villages of Makhambet district',
     text="""Дольщики ЖК «Жайык» перекрыли улицу в Атырау
АТЫРАУ, 25 октября. КазТАГ – Около 60 дольщиков жилого комплекса «Жайык» в микрорайоне Авангард утром во вторник вышли на проезжую часть улицы Махамбета и на час перекрыли движение. Они требуют от городского акимата достроить три дома, работы на которых остановлены с 2014 года.

«Мы отдали деньги в 2012 году, тогда нам обещали ключи через два года», – рассказал один из протестующих, нефтяник из Кульсары. Полиция доставила в отдел пятерых участников акции.

Накануне вечером в посёлке Балыкши, который входит в городскую администрацию Атырау, обрушилась крыша старого двухэтажного дома. Никто не пострадал: семьи успели выйти, когда по стенам пошли трещины. Аким Атырауской области поручил до конца года расселить ещё 11 аварийных домов в Балыкши и в нескольких сёлах Махамбетского района.""",
     ann=[
        ('Жайык', 0, 'facility', 'Zhaiyk residential complex (Atyrau)', ATR, {'subkind': RC, 'note': 'headline; named after the river (the Ural)'}),
        ('Атырау', 0, 'city', 'Atyrau', ATR, {'note': 'headline'}),
        ('АТЫРАУ', 0, 'city', 'Atyrau', ATR, {'note': 'dateline'}),
        ('Жайык', 1, 'facility', 'Zhaiyk residential complex (Atyrau)', ATR, {'subkind': RC}),
        ('Авангард', 0, 'district', 'Avangard (Atyrau)', ATR, {'subkind': 'microdistrict'}),
        ('улицы Махамбета', 0, 'facility', 'Makhambet Street (Atyrau)', ATR, {'subkind': 'street', 'note': 'site of the blockade; street named after the poet'}),
        ('Кульсары', 0, 'city', 'Kulsary', ATR, {'note': 'NI:residence of a protester'}),
        ('Балыкши', 0, 'village', 'Balykshy', ATR, {'note': 'settlement under the Atyrau city administration'}),
        ('Атырау', 1, 'city', 'Atyrau', ATR, {'note': 'NI:the administration the settlement belongs to'}),
        ('Атырауской области', 0, 'region', ATR, ATR, {'note': 'inside an official post'}),
        ('Балыкши', 1, 'village', 'Balykshy', ATR, {'note': 'NI:planned resettlement'}),
        ('нескольких сёлах', 0, 'quantified', 'several villages', N, {'count': None, 'unit': 'village', 'note': 'NI:planned resettlement'}),
        ('Махамбетского района', 0, 'district', 'Makhambet District', ATR, {'note': 'NI:planned resettlement; district named after the poet'}),
     ],
     inc={ATR: (2, 'blockade of Makhambet Street by «Жайык» shareholders (five detained); roof collapse of an old house in Balykshy')}),

dict(id='p013', date='2021-09-14', lang='ru',
     event='2021 Nur-Sultan: tower crane falls at the «Кокшетау» complex site in Baikonur district; picket of shareholders from Almaty and Shymkent at the ministry; gas explosion in a new block in Talapker (Tselinograd district, Akmola Region), residents moved to Akmol (Malinovka)',
     text="""В Нур-Султане упал башенный кран, в Талапкере взорвался газ в новом доме
НУР-СУЛТАН, 14 сентября. Informburo.kz – Во вторник утром на стройке жилого комплекса «Кокшетау» в Байконурском районе столицы рухнул башенный кран. Стрела пробила крышу соседнего автосервиса, крановщик получил переломы обеих ног, других пострадавших нет, сообщил департамент по чрезвычайным ситуациям Нур-Султана.

По данным городского акимата, кран принадлежит подрядчику из Караганды и работает с 2009 года. Комитет промышленной безопасности начал внеплановую проверку всех кранов этой компании в столице и в Павлодаре. Строительство комплекса началось в 2018 году, когда столица ещё называлась Астаной, и уже дважды останавливалось.

Днём у здания Министерства индустрии на левом берегу Есиля около 40 дольщиков из Алматы и Шымкента провели пикет: они купили квартиры у одного застройщика, который бросил стройки в обоих городах. Пикет продолжался два часа, полиция составила три протокола.

Это уже второе падение крана в столице за лето: в июле башенный кран рухнул на стройке школы в районе «Алматы», тогда никто не пострадал. Всего, по данным акимата, на стройках Нур-Султана сейчас работают около 600 башенных кранов, 70 из них старше 15 лет.

Вечером в селе Талапкер Целиноградского района Акмолинской области в квартире трёхэтажного дома, сданного весной, взорвался газ. Пострадали мать и двое детей, их доставили в больницу столицы. Взрывом повредило перекрытие между вторым и третьим этажами, жильцов 24 квартир разместили в школе соседнего села Акмол (бывшая Малиновка).

По словам акима района, в пяти сёлах района в этом году газ подвели к новым домам без приёмки газовой службы. Прокуратура Акмолинской области начала проверку.""",
     ann=[
        ('Нур-Султане', 0, 'city', 'Astana', 'Astana', {'note': 'headline; name of the capital 2019-03-23 to 2022-09-17'}),
        ('Талапкере', 0, 'village', 'Talapker', AKR, {'note': 'headline'}),
        ('НУР-СУЛТАН', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Кокшетау', 0, 'facility', 'Kokshetau residential complex (Astana)', 'Astana', {'subkind': RC, 'note': 'named after the town of Kokshetau; the complex is in the capital'}),
        ('Байконурском районе', 0, 'district', 'Baikonur District (Astana)', 'Astana', {'subkind': 'city district', 'note': 'a district of the capital; not the town or cosmodrome of Baikonur'}),
        ('Нур-Султана', 0, 'city', 'Astana', 'Astana', {'note': 'inside the name of an authority'}),
        ('Караганды', 0, 'city', 'Karaganda', KR, {'note': "NI:contractor's base"}),
        ('Павлодаре', 0, 'city', 'Pavlodar', PR, {'note': 'NI:crane checks'}),
        ('Астаной', 0, 'city', 'Astana', 'Astana', {'note': 'NI:former name of the capital (until 2019-03-23)'}),
        ('Есиля', 0, 'facility', 'Yesil River', N, {'subkind': 'river'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of the picketers'}),
        ('Алматы', 1, 'district', 'Almaty District (Astana)', 'Astana', {'subkind': 'city district', 'note': 'name in quotes of a district of the capital; not the city of Almaty'}),
        ('Нур-Султана', 1, 'city', 'Astana', 'Astana', {'note': 'NI:statistics on cranes'}),
        ('Шымкента', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:origin of the picketers'}),
        ('Талапкер', 0, 'village', 'Talapker', AKR),
        ('Целиноградского района', 0, 'district', 'Tselinograd District', AKR, {'note': 'named after the Soviet name of the capital; a district of Akmola Region'}),
        ('Акмолинской области', 0, 'region', AKR, AKR),
        ('Акмол', 0, 'village', 'Akmol', AKR, {'note': 'NI:residents rehoused; centre of Tselinograd district, not Akmola'}),
        ('Малиновка', 0, 'village', 'Akmol', AKR, {'note': 'NI:former name of Akmol, in brackets'}),
        ('пяти сёлах', 0, 'quantified', '5 villages', N, {'count': 5, 'unit': 'village', 'note': 'NI:gas connected without acceptance; not incidents'}),
        ('Акмолинской области', 1, 'region', AKR, AKR, {'note': "inside the name of an authority (prosecutor's office)"}),
     ],
     inc={'Astana': (3, 'tower crane fall at the «Кокшетау» site in Baikonur district; picket of shareholders outside the ministry on the left bank; the July crane fall at a school site in Almaty district of the capital, narrated'),
          AKR: (1, 'gas explosion in a new three-storey block in Talapker, Tselinograd district')}),

dict(id='p014', date='2009-02-17', lang='ru',
     event='2009 Kostanay: unauthorised rally of shareholders of the Yubileiny microdistrict outside the regional akimat; snow-load roof collapse of a hostel on Kosmonavtov Street in Rudny; barracks to be demolished in Lisakovsk; the US mortgage crisis',
     text="""Костанайские дольщики вышли на митинг, в Рудном обрушилась крыша общежития
КОСТАНАЙ, 17 февраля. КазТАГ – Около 200 дольщиков трёх недостроенных домов в микрорайоне Юбилейный провели во вторник в Костанае несанкционированный митинг у здания акимата Костанайской области. Строительство остановилось осенью, когда застройщик, компания «Тобол-Строй», лишился кредитной линии после обвала на ипотечном рынке США.

«Я продала дом в Аркалыке, чтобы купить здесь квартиру, а теперь живу у дочери», – сказала пенсионерка Раиса Иманова. Участники митинга потребовали встречи с акимом области; их приняли его заместители.

В тот же день в Рудном под тяжестью снега обрушилась часть крыши пятиэтажного общежития на улице Космонавтов. Пострадавших нет, 90 жильцов переселены в гостиницу.

В Лисаковске, по словам акима города, этой весной снесут два аварийных барака, жильцов которых переселят в новый дом.""",
     ann=[
        ('Рудном', 0, 'city', 'Rudny', KOR, {'note': 'headline; "Костанайские" (adjective) is not annotated'}),
        ('КОСТАНАЙ', 0, 'city', 'Kostanay', KOR, {'note': 'dateline'}),
        ('Юбилейный', 0, 'district', 'Yubileiny (Kostanay)', KOR, {'subkind': 'microdistrict', 'note': 'site of the stalled houses'}),
        ('Костанае', 0, 'city', 'Kostanay', KOR, {'note': 'site of the rally'}),
        ('Костанайской области', 0, 'region', KOR, KOR, {'note': 'inside the name of an authority; the company «Тобол-Строй» is not annotated'}),
        ('США', 0, 'foreign', 'United States', N, {'note': 'NI:background'}),
        ('Аркалыке', 0, 'city', 'Arkalyk', KOR, {'note': 'NI:former residence'}),
        ('Рудном', 1, 'city', 'Rudny', KOR),
        ('улице Космонавтов', 0, 'facility', 'Kosmonavtov Street (Rudny)', KOR, {'subkind': 'street'}),
        ('Лисаковске', 0, 'city', 'Lisakovsk', KOR, {'note': 'NI:planned demolition'}),
     ],
     inc={KOR: (2, 'shareholders\' rally outside the regional akimat in Kostanay; roof collapse of a hostel in Rudny; the Lisakovsk demolition is planned')}),

dict(id='p015', date='1992-09-22', lang='ru',
     event='1992 demolition of squatters\' shacks in Kalkaman (Kaskelen district, Alma-Ata oblast) with a fight with the militia, nine detained; squatters from Taldy-Kurgan and Semipalatinsk oblasts (abolished 1997) and from Mongolia',
     text="""Под Алма-Атой снесли времянки самовольных застройщиков
АЛМА-АТА, 22 сентября. КазТАГ – В посёлке Калкаман Каскеленского района Алма-Атинской области в понедельник бульдозеры снесли около 40 времянок, построенных на самовольно занятых участках. Жители пытались помешать технике, между ними и милицией произошла драка; задержаны девять человек, двое милиционеров получили ушибы.

По словам главы районной администрации, земли в предгорьях вокруг Алма-Аты в последние два года захватываются «целыми улицами». Большинство самовольщиков – переселенцы из сёл Талды-Курганской и Семипалатинской областей, а также оралманы из Монголии, которые не могут найти жильё в столице.

Администрация Алма-Аты обещает к весне выделить под индивидуальное строительство две тысячи участков вдоль дороги на Каскелен, но очередь на них уже превышает 30 тысяч человек.""",
     ann=[
        ('Алма-Атой', 0, 'city', 'Almaty', 'Almaty', {'note': 'headline; NI:reference point ("под Алма-Атой"); Soviet-era name'}),
        ('АЛМА-АТА', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Калкаман', 0, 'village', 'Kalkaman', ALR, {'note': 'a village of Kaskelen district in 1992, as the text says'}),
        ('Каскеленского района', 0, 'district', 'Karasai District', ALR, {'note': 'Kaskelen district, the earlier name of Karasai district'}),
        ('Алма-Атинской области', 0, 'region', ALR, ALR, {'note': 'Soviet-era name of Almaty Region'}),
        ('Алма-Аты', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:reference point'}),
        ('Талды-Курганской', 0, 'region', ALR, ALR, {'uncertain': True, 'note': 'NI:origin of squatters; Taldykorgan Region (abolished 1997, merged into Almaty Region), labelled with the unit holding its land; in a list sharing "областей"'}),
        ('Семипалатинской', 0, 'region', EKR, EKR, {'uncertain': True, 'note': 'NI:origin of squatters; Semipalatinsk Region (abolished 1997, merged into East Kazakhstan Region), labelled with the unit holding its land; in a list sharing "областей"'}),
        ('Монголии', 0, 'foreign', 'Mongolia', N, {'note': 'NI:origin of returnees'}),
        ('Алма-Аты', 1, 'city', 'Almaty', 'Almaty', {'note': 'inside the name of an authority'}),
        ('Каскелен', 0, 'city', 'Kaskelen', ALR, {'note': 'NI:road endpoint'}),
     ],
     inc={ALR: (1, 'fight between residents and militia during the demolition of shacks in Kalkaman; the demolition itself is an official measure')}),

dict(id='p016', date='2011-12-06', lang='ru',
     event='2011 gas explosion in a new ten-storey block in the 11th microdistrict of Aktobe, four hurt; an earlier gas explosion in a new house on Molodyozhnaya Street in Kandyagash (4 November) narrated; equipment from Orenburg',
     text="""В Актобе взорвался газ в новом доме: пострадали четыре человека
АКТОБЕ, 6 декабря. Kazinform – Взрыв газа произошёл в понедельник вечером в квартире на втором этаже десятиэтажного дома в 11-м микрорайоне Актобе, сданного в эксплуатацию в октябре. Четверо жильцов, в том числе двое детей, доставлены в областную больницу с ожогами, сообщил департамент по ЧС Актюбинской области.

Жильцы утверждают, что запах газа в подъезде чувствовался с первых дней после заселения. Застройщик, ТОО «Актобе Курылыс», заявил, что газовые сети принимала комиссия горгаза.

Это уже второй подобный случай в области за месяц: 4 ноября в Кандыагаше газ взорвался в подвале нового двухэтажного дома на улице Молодёжной, тогда пострадал сантехник. После этого аким области поручил проверить газовое оборудование во всех новостройках, но, по словам жильцов, до их дома проверка так и не дошла.

Газовое оборудование для дома, по данным департамента, поставлялось из Оренбурга.""",
     ann=[
        ('Актобе', 0, 'city', 'Aktobe', AR, {'note': 'headline'}),
        ('АКТОБЕ', 0, 'city', 'Aktobe', AR, {'note': 'dateline'}),
        ('11-м микрорайоне', 0, 'district', '11th microdistrict (Aktobe)', AR, {'subkind': 'microdistrict'}),
        ('Актобе', 1, 'city', 'Aktobe', AR),
        ('Актюбинской области', 0, 'region', AR, AR, {'note': 'inside the name of an authority'}),
        ('Кандыагаше', 0, 'city', 'Kandyagash', AR, {'note': 'earlier explosion narrated; the company «Актобе Курылыс» before it is not annotated'}),
        ('улице Молодёжной', 0, 'facility', 'Molodyozhnaya Street (Kandyagash)', AR, {'subkind': 'street'}),
        ('Оренбурга', 0, 'foreign', 'Orenburg', N, {'note': "NI:supplier's city"}),
     ],
     inc={AR: (2, 'gas explosion in a new block in the 11th microdistrict of Aktobe; the 4 November gas explosion in Kandyagash, narrated')}),
]
