"""Russian texts of the eighty-eighth unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p009', date='1998-03-25', lang='ru',
     event='1998 picket of Talapker villagers at the akimat of Akmola, the new capital (Astana, not Akmola Region), against a planned landfill; site allotted by the Akmola regional akimat; the akim of the Talapker rural okrug; support from Malinovka (now Akmol)',
     text="""Жители Талапкера пикетировали акимат Акмолы из-за новой свалки
АКМОЛА, 25 марта. Около сорока жителей села Талапкер провели в среду пикет у здания акимата Акмолы. Они выступают против строительства нового полигона твёрдых бытовых отходов в трёх километрах от села.
После переноса столицы в Акмолу в декабре прошлого года объём мусора в городе вырос почти вдвое, а старая свалка на окраине переполнена, признали в городском акимате. Участок под новый полигон выделил акимат Акмолинской области.
«Ветер у нас с запада, весь запах будет в селе», — сказала жительница Талапкера Галина Остапенко. Пикетчики передали обращение с 600 подписями акиму города и в Министерство природных ресурсов и охраны окружающей среды.
Аким Талапкерского сельского округа сказал, что узнал о проекте из газет. Протест поддержали жители соседнего села Малиновка. Областное управление экологии обещало провести общественные слушания в апреле.""",
     ann=[
        ('Талапкера', 0, 'village', 'Talapker', AKR, {'note': "NI:headline, protesters' residence"}),
        ('Акмолы', 0, 'city', 'Astana', 'Astana', {'note': 'headline; Akmola, the capital from December 1997 (renamed Astana in May 1998); picket site'}),
        ('АКМОЛА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Талапкер', 0, 'village', 'Talapker', AKR, {'note': "NI:protesters' residence"}),
        ('Акмолы', 1, 'city', 'Astana', 'Astana', {'note': 'picket at the city akimat'}),
        ('Акмолу', 0, 'city', 'Astana', 'Astana', {'note': 'NI:background, the transfer of the capital'}),
        ('Акмолинской области', 0, 'region', AKR, AKR, {'note': 'inside the name of an authority (regional akimat); the region, not the city'}),
        ('Талапкера', 1, 'village', 'Talapker', AKR, {'note': "NI:speaker's residence"}),
        ('Талапкерского сельского округа', 0, 'district', 'Talapker Rural Okrug', AKR, {'subkind': 'rural okrug', 'note': 'inside the name of an official post (akim)'}),
        ('Малиновка', 0, 'village', 'Akmol', AKR, {'note': 'NI:support for the protest; old name of Akmol (renamed 2007)'}),
     ],
     inc={'Astana': (1, 'picket of about 40 Talapker villagers at the akimat of Akmola')}),

dict(id='p010', date='2018-07-10', lang='ru',
     event='2018 rally at the cement plant in Sastobe, Tulkibas district (Turkistan Region, three weeks after the renaming) and a fire at the Shymkent city landfill (Shymkent, a city of republican significance); Kentau petition, Samal lawsuit and inspections not counted; outdated "ЮКО"',
     text="""Цемент, хвосты и свалка: южане жалуются на экологию
ШЫМКЕНТ, 10 июля — KazTAG. Около ста жителей посёлка Састобе Тюлькубасского района вышли в понедельник на стихийный митинг у проходной цементного завода. Они требуют остановить старую печь, из-за которой, по их словам, на огороды и крыши каждый день оседает серая пыль. Митинг продолжался три часа; полиция задержала двоих участников, позже их отпустили.

Это первая крупная экологическая акция в Туркестанской области, получившей новое название 19 июня вместе с указом о придании Шымкенту статуса города республиканского значения. Областные управления пока работают в Шымкенте, переезд в Туркестан намечен на конец года.

«При ЮКО нам обещали фильтры, теперь обещают при Туркестанской области. Люди устали», — сказал житель Састобе Бахтияр Мусаев.

В тот же день в Кентау активисты передали в прокуратуру обращение с 2 400 подписями: они просят проверить хвостохранилище бывшего полиметаллического комбината, пыль с которого ветер несёт на улицы города. В прокуратуре подтвердили получение обращения и пообещали ответить в течение месяца. По подсчётам активистов, в прошлом году пылевые бури над городом поднимались не меньше двадцати раз.

В самом Шымкенте в воскресенье вечером загорелся мусор на городском полигоне у трассы Шымкент — Ташкент. Дым накрыл часть Енбекшинского района, пожарные локализовали возгорание только к утру. Управление экологии Шымкента сообщило, что проверит оператора полигона.

Тем временем в специализированном межрайонном экономическом суде Шымкента продолжается рассмотрение иска жителей микрорайона Самал к владельцу асфальтобетонного завода. Следующее заседание назначено на 24 июля.

Департамент экологии по Туркестанской области сообщил, что с начала года проверил 14 предприятий в четырёх районах области и наложил штрафы на 38 млн тенге.""",
     ann=[
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'dateline; city of republican significance since 2018-06-19'}),
        ('Састобе', 0, 'village', 'Sastobe', TR, {'note': 'settlement; rally at the cement plant'}),
        ('Тюлькубасского района', 0, 'district', 'Tulkibas District', TR),
        ('Туркестанской области', 0, 'region', TR, TR, {'note': 'renamed from South Kazakhstan Region on 2018-06-19'}),
        ('Шымкенту', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:background, the change of status'}),
        ('Шымкенте', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:temporary seat of the regional offices'}),
        ('Туркестан', 0, 'city', 'Turkistan', TR, {'note': 'NI:new regional centre'}),
        ('ЮКО', 0, 'region', TR, TR, {'uncertain': True, 'note': 'NI:outdated abbreviation of South Kazakhstan Region in a quote about past promises; labelled with the unit holding the land on the article date'}),
        ('Туркестанской области', 1, 'region', TR, TR, {'note': 'NI:quote'}),
        ('Састобе', 1, 'village', 'Sastobe', TR, {'note': "NI:speaker's residence"}),
        ('Кентау', 0, 'city', 'Kentau', TR, {'note': 'NI:appeal to prosecutors'}),
        ('Шымкенте', 1, 'city', 'Shymkent', 'Shymkent', {'note': 'landfill fire'}),
        ('Шымкент', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:road endpoint'}),
        ('Ташкент', 0, 'foreign', 'Tashkent', N, {'note': 'NI:road endpoint'}),
        ('Енбекшинского района', 0, 'district', 'Enbekshi District (Shymkent)', 'Shymkent', {'subkind': 'city district', 'note': 'smoke from the landfill fire'}),
        ('Шымкента', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'inside the name of an authority (ecology department)'}),
        ('Шымкента', 1, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:inside the name of a court'}),
        ('Самал', 0, 'district', 'Samal (Shymkent)', 'Shymkent', {'subkind': 'microdistrict', 'note': "NI:plaintiffs' residence"}),
        ('Туркестанской области', 2, 'region', TR, TR, {'note': 'inside the name of an authority (ecology department)'}),
        ('четырёх районах', 0, 'quantified', '4 districts', N, {'count': 4, 'unit': 'district', 'note': 'inspections, not incidents'}),
     ],
     inc={TR: (1, 'spontaneous rally of about 100 Sastobe residents at the cement plant gate, two detained'),
          'Shymkent': (1, 'fire at the city landfill on the Shymkent-Tashkent road; the lawsuit is not counted')}),

dict(id='p011', date='2004-09-15', lang='ru',
     event='2004 picket of Pavlodarskoye villagers at the Pavlodar regional akimat demanding mercury clean-up at the former chemical plant (Pavlodar Region); Irtysh and Omsk downstream; a petition in Ekibastuz about the GRES-1 ash dump not counted; Kazakhstan as a country',
     text="""Жители Павлодарского требуют очистить землю от ртути
ПАВЛОДАР, 15 сентября. Около 70 жителей села Павлодарское провели во вторник пикет у здания акимата Павлодарской области. Они требуют ускорить демеркуризацию территории бывшего химического завода, расположенного в нескольких километрах от села, и обследовать колодцы.
По словам участников, весной грунтовые воды поднимаются, и люди боятся, что ртуть попадёт в питьевую воду. «Мы живём на ртутной бомбе», — сказала учительница Нина Коваленко.
Заместитель акима области пообещал, что пробы воды в селе возьмут до конца месяца. Экологи напоминают, что загрязнённые грунтовые воды могут достичь Иртыша, а ниже по течению реки лежат российский Омск и десятки сёл.
Тем временем в Экибастузе жители домов у золоотвала ГРЭС-1 собирают подписи под обращением в Министерство охраны окружающей среды в Астане: летом пыль с отвала покрывала дворы. Экологи называют окрестности бывшего химзавода одним из самых загрязнённых ртутью мест Казахстана.""",
     ann=[
        ('Павлодарского', 0, 'village', 'Pavlodarskoye', PR, {'note': "NI:headline, protesters' residence"}),
        ('ПАВЛОДАР', 0, 'city', 'Pavlodar', PR, {'note': 'dateline'}),
        ('Павлодарское', 0, 'village', 'Pavlodarskoye', PR, {'note': "NI:protesters' residence"}),
        ('Павлодарской области', 0, 'region', PR, PR, {'note': 'inside the name of an authority (regional akimat), the picket site'}),
        ('Иртыша', 0, 'facility', 'Irtysh River', N, {'subkind': 'river'}),
        ('Омск', 0, 'foreign', 'Omsk', N, {'note': 'NI:downstream city'}),
        ('десятки сёл', 0, 'quantified', 'dozens of villages', N, {'count': None, 'unit': 'village', 'note': 'vague quantifier; downstream villages, not incidents'}),
        ('Экибастузе', 0, 'city', 'Ekibastuz', PR, {'note': 'NI:petition'}),
        ('ГРЭС-1', 0, 'facility', 'Ekibastuz GRES-1', PR, {'subkind': 'power station', 'note': 'NI:its ash dump is complained about'}),
        ('Астане', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the ministry'}),
        ('Казахстана', 0, 'country', 'Kazakhstan', N),
     ],
     inc={PR: (1, 'picket of about 70 Pavlodarskoye villagers at the regional akimat; the Ekibastuz petition is not counted')}),

dict(id='p012', date='2016-09-13', lang='ru',
     event='2016 rally in the central square of Zhanatas against a sulphuric acid plant (Sarysu district, Jambyl Region); the regional akim in Taraz; activists from Karatau; the company «Жанатас Химия» is not annotated',
     text="""В Жанатасе жители протестуют против сернокислотного завода
ТАРАЗ, 13 сентября. Несколько сотен жителей Жанатаса собрались в понедельник на центральной площади города, чтобы выступить против строительства сернокислотного завода рядом с жилыми кварталами. Акция прошла без задержаний.
Общественные слушания по проекту ТОО «Жанатас Химия» прошли в августе в районном центре — Жанатасе, однако, по словам участников митинга, о них не знали даже депутаты Сарысуского районного маслихата.
Аким Жамбылской области на встрече с журналистами в Таразе заявил, что строительство приостановлено до повторной государственной экологической экспертизы. Активисты из Каратау, где уже работает похожее производство, рассказали жанатасцам о выбросах, из-за которых в их городе «летом нечем дышать».
Департамент экологии по Жамбылской области оштрафовал подрядчика на 1,8 млн тенге за вырубку деревьев без разрешения.""",
     ann=[
        ('Жанатасе', 0, 'city', 'Zhanatas', JR, {'note': 'headline'}),
        ('ТАРАЗ', 0, 'city', 'Taraz', JR, {'note': 'dateline'}),
        ('Жанатаса', 0, 'city', 'Zhanatas', JR, {'note': 'rally in the central square'}),
        ('Жанатасе', 1, 'city', 'Zhanatas', JR, {'note': 'NI:public hearings'}),
        ('Сарысуского', 0, 'district', 'Sarysu District', JR, {'note': 'inside the name of an authority (district maslikhat)'}),
        ('Жамбылской области', 0, 'region', JR, JR, {'note': 'inside the name of an official post (akim)'}),
        ('Таразе', 0, 'city', 'Taraz', JR, {'note': 'NI:press meeting'}),
        ('Каратау', 0, 'city', 'Karatau', JR, {'note': "NI:activists' residence"}),
        ('Жамбылской области', 1, 'region', JR, JR, {'note': 'inside the name of an authority (ecology department)'}),
     ],
     inc={JR: (1, 'rally of several hundred residents in the central square of Zhanatas')}),

dict(id='p013', date='2021-08-24', lang='ru',
     event='2021 rally of Alatau district (Almaty) and Otegen Batyr residents at the Ile district akimat against a waste incinerator (Almaty Region) and a blockade of Ryskulov Avenue by Shanyrak residents against an illegal dump (Almaty); Medeu district court case not counted; Kapshagay as a reference; ministry in Nur-Sultan',
     text="""Жители Алатауского района и Отеген батыра выступили против мусоросжигательного завода
АЛМАТЫ, 24 августа — Vlast.kz. Около двухсот жителей Алатауского района Алматы и посёлка Отеген батыр провели в понедельник митинг у здания акимата Илийского района. Они выступают против строительства мусоросжигательного завода на участке между северной окраиной города и трассой на Капшагай, в двух километрах от ближайших домов.

«Мы не против переработки мусора. Мы против того, чтобы дым шёл на наших детей», — сказала жительница микрорайона Шанырак Динара Абилова. Участники держали плакаты «Мы хотим дышать» и «Нет заводу у наших домов». Акция продолжалась около двух часов, полиция никого не задержала. По данным организаторов, петицию против проекта подписали более 12 тысяч человек.

Проект представили в мае на общественных слушаниях в акимате Алматы, но, по словам активистов, жителей Алматинской области на них не пригласили. Аким Илийского района пообещал провести повторные слушания в Отеген батыре.

Во вторник утром около сорока жителей Шанырака перекрыли на полчаса проспект Рыскулова, требуя убрать стихийную свалку строительного мусора у реки Большая Алматинка. По словам жителей, самосвалы по ночам сбрасывают там строительный мусор уже второй год. Полиция составила протоколы на троих участников. Акимат Алатауского района заявил, что свалку ликвидируют до конца сентября.

Тем временем в Медеуском районном суде Алматы продолжается рассмотрение иска экоактивистов к застройщику, вырубившему около 300 деревьев в Бутаковском ущелье.

Министерство экологии в Нур-Султане сообщило, что подобные заводы планируется построить в Алматы, Шымкенте и ещё в пяти областях. Окончательное решение по участку в Илийском районе, по словам министерства, примут только после повторных слушаний.""",
     ann=[
        ('Алатауского района', 0, 'district', 'Alatau District (Almaty)', 'Almaty', {'subkind': 'city district', 'note': "NI:headline, protesters' residence"}),
        ('Отеген батыра', 0, 'village', 'Otegen Batyr', ALR, {'note': "NI:headline, protesters' residence"}),
        ('АЛМАТЫ', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Алатауского района', 1, 'district', 'Alatau District (Almaty)', 'Almaty', {'subkind': 'city district', 'note': "NI:protesters' residence"}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': "NI:protesters' residence"}),
        ('Отеген батыр', 0, 'village', 'Otegen Batyr', ALR, {'note': "NI:settlement, centre of Ile district, protesters' residence"}),
        ('Илийского района', 0, 'district', 'Ile District', ALR, {'note': 'inside the name of an authority (district akimat), the rally site'}),
        ('Капшагай', 0, 'city', 'Konaev', ALR, {'note': 'NI:road endpoint; Kapshagay, renamed Konaev in 2022'}),
        ('Шанырак', 0, 'district', 'Shanyrak (Almaty)', 'Almaty', {'subkind': 'microdistrict', 'note': "NI:speaker's residence"}),
        ('Алматы', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:inside the name of an authority (city akimat), public hearings'}),
        ('Алматинской области', 0, 'region', ALR, ALR, {'note': 'NI:residents not invited to hearings'}),
        ('Илийского района', 1, 'district', 'Ile District', ALR, {'note': 'inside the name of an official post (akim)'}),
        ('Отеген батыре', 0, 'village', 'Otegen Batyr', ALR, {'note': 'NI:planned hearings'}),
        ('Шанырака', 0, 'district', 'Shanyrak (Almaty)', 'Almaty', {'subkind': 'microdistrict', 'note': "protesters' residence; the blockade is nearby"}),
        ('проспект Рыскулова', 0, 'facility', 'Ryskulov Avenue (Almaty)', 'Almaty', {'subkind': 'street', 'note': 'avenue named after a person; not Ryskulov district of Jambyl Region; blockade site'}),
        ('Большая Алматинка', 0, 'facility', 'Bolshaya Almatinka River', N, {'subkind': 'river'}),
        ('Алатауского района', 2, 'district', 'Alatau District (Almaty)', 'Almaty', {'subkind': 'city district', 'note': 'inside the name of an authority (district akimat)'}),
        ('Медеуском', 0, 'district', 'Medeu District (Almaty)', 'Almaty', {'subkind': 'city district', 'note': 'NI:inside the name of a court'}),
        ('Алматы', 2, 'city', 'Almaty', 'Almaty', {'note': 'NI:inside the name of a court'}),
        ('Бутаковском ущелье', 0, 'facility', 'Butakovka Gorge', N, {'subkind': 'valley', 'note': 'NI:felling of trees, subject of a lawsuit'}),
        ('Нур-Султане', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the ministry; the capital named Nur-Sultan 2019-2022'}),
        ('Алматы', 3, 'city', 'Almaty', 'Almaty', {'note': 'NI:planned plant'}),
        ('Шымкенте', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:planned plant'}),
        ('пяти областях', 0, 'quantified', '5 regions', N, {'count': 5, 'unit': 'region', 'note': 'planned plants, not incidents'}),
        ('Илийском районе', 0, 'district', 'Ile District', ALR, {'note': 'NI:site of the planned plant'}),
     ],
     inc={ALR: (1, 'rally of about 200 people at the Ile district akimat (Otegen Batyr) against the incinerator'),
          'Almaty': (1, 'half-hour blockade of Ryskulov Avenue by Shanyrak residents; the Medeu court case is not counted')}),

dict(id='p014', date='2010-11-18', lang='ru',
     event='2010 picket in Balkhash against sulphur dioxide from the copper smelter (Karaganda Region); support from Priozersk; similar complaints in Zhezkazgan (Karaganda Region before the 2022 split); Lake Balkhash',
     text="""В Балхаше прошёл пикет против выбросов медеплавильного завода
КАРАГАНДА, 18 ноября. Около 50 жителей Балхаша провели в среду пикет у здания городского акимата, требуя сократить выбросы сернистого газа медеплавильного завода. По словам пикетчиков, в безветренные дни над городом стоит «жёлтый туман», а на берегу озера Балхаш гибнет растительность.
Департамент экологии по Карагандинской области в октябре провёл внеплановую проверку предприятия и выписал штраф на 12 млн тенге. Компания заявляет, что до 2013 года построит новый сернокислотный цех.
Пикет поддержали жители Приозерска, которые отправили в областной акимат обращение с 900 подписями. Похожие жалобы поступают и из Жезказгана, где также работает медеплавильный завод: в сентябре там собрали подписи под петицией к акиму области.""",
     ann=[
        ('Балхаше', 0, 'city', 'Balkhash', KR, {'note': 'headline'}),
        ('КАРАГАНДА', 0, 'city', 'Karaganda', KR, {'note': 'dateline'}),
        ('Балхаша', 0, 'city', 'Balkhash', KR, {'note': 'picket at the city akimat'}),
        ('Балхаш', 0, 'facility', 'Lake Balkhash', N, {'subkind': 'lake', 'note': 'the lake, after "озера"'}),
        ('Карагандинской области', 0, 'region', KR, KR, {'note': 'inside the name of an authority (ecology department)'}),
        ('Приозерска', 0, 'city', 'Priozersk', KR, {'note': 'NI:petition in support'}),
        ('Жезказгана', 0, 'city', 'Zhezkazgan', KR, {'note': 'NI:petition; Karaganda Region before 2022-06-08'}),
     ],
     inc={KR: (1, 'picket of about 50 residents at the Balkhash city akimat; petitions from Priozersk and Zhezkazgan not counted')}),

dict(id='p015', date='2025-06-18', lang='ru',
     event='2025 single pickets of Zhilgorodok residents at the Atyrau regional akimat over the smell of the Tukhlaya Balka evaporation fields (Atyrau Region); fine against the company «Жайык Тазалык» (not annotated); a lawsuit in Kulsary (Zhylyoi district) not counted',
     text="""Жители Жилгородка вышли на пикеты из-за запаха с полей испарения
АТЫРАУ, 18 июня. Около 30 жителей микрорайона Жилгородок провели во вторник серию одиночных пикетов у здания акимата Атырауской области. Они требуют закрыть поля испарения «Тухлая балка», куда десятилетиями сбрасывали сточные воды, и ускорить строительство новых очистных сооружений.
«Летом по вечерам запах сероводорода такой, что дети просыпаются с головной болью», — сказала пенсионерка Лариса Ким. По её словам, обращения жителей в городской акимат остаются без ответа с 2019 года.
Департамент экологии по Атырауской области сообщил, что в мае оштрафовал ТОО «Жайык Тазалык», которое обслуживает городскую канализацию, на 40 млн тенге. Тем временем в Кульсары суд Жылыойского района начал рассматривать коллективный иск жителей к оператору нефтяного месторождения о компенсации вреда здоровью.""",
     ann=[
        ('Жилгородка', 0, 'district', 'Zhilgorodok (Atyrau)', ATR, {'subkind': 'microdistrict', 'note': "NI:headline, protesters' residence"}),
        ('АТЫРАУ', 0, 'city', 'Atyrau', ATR, {'note': 'dateline'}),
        ('Жилгородок', 0, 'district', 'Zhilgorodok (Atyrau)', ATR, {'subkind': 'microdistrict', 'note': "NI:protesters' residence"}),
        ('Атырауской области', 0, 'region', ATR, ATR, {'note': 'inside the name of an authority (regional akimat), the picket site'}),
        ('Тухлая балка', 0, 'facility', 'Tukhlaya Balka evaporation fields (Atyrau)', ATR, {'subkind': 'evaporation fields', 'note': 'NI:source of the smell, not the picket site'}),
        ('Атырауской области', 1, 'region', ATR, ATR, {'note': 'inside the name of an authority (ecology department)'}),
        ('Кульсары', 0, 'city', 'Kulsary', ATR, {'note': 'NI:seat of a court'}),
        ('Жылыойского района', 0, 'district', 'Zhylyoi District', ATR, {'note': 'NI:inside the name of a court'}),
     ],
     inc={ATR: (1, 'series of single pickets by about 30 Zhilgorodok residents at the regional akimat, one protest; the Kulsary lawsuit is not counted')}),

dict(id='p016', date='1996-05-28', lang='ru',
     event='1996 weekly round-up with pre-1997 regions: road blockade by residents of Karaul, Abai district (Semipalatinsk Region, labelled East Kazakhstan Region), a miners\' picket in Tekeli (Taldykorgan Region, labelled Almaty Region), a chlorine release at a chemical plant in Ust-Kamenogorsk (East Kazakhstan Region); a petition from Arkalyk (Turgay Region) and a court ruling in Shymkent not counted; pickets in three more, unnamed regions (unattributed)',
     text="""Экологическая неделя: перекрытая дорога, пикет горняков и выброс хлора
АЛМАТЫ, 28 мая — Интерфакс-Казахстан. Обзор экологических событий прошедшей недели по сообщениям наших корреспондентов в областях.

Семипалатинская область. В пятницу около 300 жителей райцентра Караул Абайского района на два часа перекрыли дорогу на Семипалатинск. Они протестуют против строительства площадки кучного выщелачивания золота в 12 километрах от села: по их словам, цианиды попадут в реку и колодцы. Глава районной администрации пообещал созвать общественные слушания. Задержаний не было.

Талдыкорганская область. В Текели около ста горняков свинцово-цинкового комбината и членов их семей пикетировали во вторник здание городской администрации. Кроме задержек зарплаты, они жалуются на пыль с хвостохранилища, которое после остановки обогатительной фабрики никто не поливает. Администрация обещала выделить поливочную машину до конца июня.

Восточно-Казахстанская область. В ночь на четверг на одном из химических заводов Усть-Каменогорска произошёл выброс хлора. Двенадцать жителей соседних улиц обратились к врачам с жалобами на резь в глазах, двое госпитализированы. По словам врачей, их состояние не вызывает опасений. Областное управление экологии начало проверку.

Тургайская область. Жители Аркалыка направили в Кабинет министров письмо с двумя тысячами подписей: они просят рекультивировать отработанные бокситовые карьеры, пыль с которых ветер несёт на город. Ответа пока нет.

Южно-Казахстанская область. Межрайонный суд в Шымкенте отклонил иск жителей пригородного посёлка к свинцовому заводу. Истцы утверждают, что содержание свинца в почве их огородов в несколько раз превышает норму, и намерены обжаловать решение в Верховном суде в Алматы.

Министерство экологии и биоресурсов обещает в июне направить комиссии в четыре области, откуда поступило больше всего жалоб. По данным министерства, на прошлой неделе небольшие пикеты против загрязнения прошли ещё в трёх областях, которые в сводке не названы.""",
     ann=[
        ('АЛМАТЫ', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Семипалатинская область', 0, 'region', EKR, EKR, {'uncertain': True, 'note': 'section heading; Semipalatinsk Region, abolished in 1997, labelled with the unit that took its land (East Kazakhstan Region; Abai Region since 2022)'}),
        ('Караул', 0, 'village', 'Karaul', EKR, {'note': 'district centre; road blockade'}),
        ('Абайского района', 0, 'district', 'Abai District (Abai Region)', EKR, {'note': 'district of the abolished Semipalatinsk Region; not Abai Region, which did not exist in 1996'}),
        ('Семипалатинск', 0, 'city', 'Semey', EKR, {'note': 'NI:road endpoint; Russian name of Semey'}),
        ('Талдыкорганская область', 0, 'region', ALR, ALR, {'uncertain': True, 'note': 'section heading; Taldykorgan Region, abolished in 1997, labelled with the unit that took its land (Almaty Region; Jetisu Region since 2022)'}),
        ('Текели', 0, 'city', 'Tekeli', ALR, {'note': "miners' picket at the town administration"}),
        ('Восточно-Казахстанская область', 0, 'region', EKR, EKR, {'note': 'section heading'}),
        ('Усть-Каменогорска', 0, 'city', 'Oskemen', EKR, {'note': 'chlorine release at a chemical plant'}),
        ('Тургайская область', 0, 'region', KOR, KOR, {'uncertain': True, 'note': 'NI:section heading; Turgay Region, abolished in 1997, labelled with the unit that took its land (Kostanay Region)'}),
        ('Аркалыка', 0, 'city', 'Arkalyk', KOR, {'note': 'NI:letter to the government'}),
        ('Южно-Казахстанская область', 0, 'region', SKR, SKR, {'note': 'NI:section heading'}),
        ('Шымкенте', 0, 'city', 'Shymkent', SKR, {'note': 'NI:seat of a court'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:seat of the Supreme Court'}),
        ('четыре области', 0, 'quantified', '4 regions', N, {'count': 4, 'unit': 'region', 'note': 'planned commissions, not incidents'}),
        ('трёх областях', 0, 'quantified', '3 more regions', N, {'count': 3, 'unit': 'region', 'note': 'pickets in three unnamed regions'}),
     ],
     inc={EKR: (2, 'road blockade by residents of Karaul, Abai district (Semipalatinsk Region); chlorine release at a chemical plant in Ust-Kamenogorsk, two hospitalised'),
          ALR: (1, "miners' picket at the town administration in Tekeli (Taldykorgan Region)")},
     unatt=[{'label': 'трёх областях', 'count': 3, 'note': 'small pickets against pollution in three more regions not named in the summary'}]),
]
