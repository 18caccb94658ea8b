"""Russian texts of the eighth unseen check corpus (annotation tuples described in
tests/build_check_corpus.py)."""
N = None
JR, ALR, KYR, TR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'Turkistan Region', 'South Kazakhstan Region'
ABR, JTR, EKR, MR, KOR = 'Abai Region', 'Jetisu Region', 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR, UR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region', 'Ulytau Region'
ATR, AR, WKR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region'

DOCS = [
dict(id='s009', date='1997-04-10', lang='ru',
     event='1997 Karatal river flood in Ushtobe and Bastobe (Taldy-Kurgan Region, weeks before its merger into Almaty Region)',
     text="""ТАЛДЫКОРГАН, 10 апреля (КазТАГ). Река Каратал вышла из берегов у города Уштобе, подтоплены более 200 жилых домов, сообщил штаб по чрезвычайным ситуациям Талдыкорганской области.
Из затопленных кварталов эвакуированы 650 человек. Их разместили в школах Уштобе и соседнего села Бастобе. Погибших нет.
«Уровень воды за сутки поднялся на 1,8 метра из-за быстрого таяния снега в горах Джунгарского Алатау», – сказал заместитель акима области Ерлан Каратальский.
В ряде районов области размыты дороги, в Каратальском и Кербулакском районах без связи остаются 12 сёл. Дамбу у Бастобе укрепляют круглосуточно.
Спасатели и техника прибыли из Алма-Аты и Талдыкоргана, вертолёт доставил в Уштобе медикаменты. Правительство выделило на ликвидацию последствий 40 млн тенге.
Талдыкорганскую область по указу президента в ближайшие недели присоединят к Алматинской, областной центр переедет в Талдыкорган из Алматы не сразу.""",
     ann=[
        ('ТАЛДЫКОРГАН', 0, 'city', 'Taldykorgan', ALR, {'note': 'dateline'}),
        ('Каратал', 0, 'facility', 'Karatal', N, {'subkind': 'river'}),
        ('Уштобе', 0, 'city', 'Ushtobe', ALR),
        ('Талдыкорганской области', 0, 'region', ALR, ALR, {'uncertain': True, 'note': 'inside the name of an authority; Taldy-Kurgan Region existed until April 1997 and is not a canonical unit; its land lies in Almaty Region on the article date'}),
        ('Уштобе', 1, 'city', 'Ushtobe', ALR, {'note': 'NI:evacuation point'}),
        ('Бастобе', 0, 'village', 'Bastobe', ALR, {'note': 'NI:evacuation point'}),
        ('Джунгарского Алатау', 0, 'facility', 'Jungar Alatau', N, {'subkind': 'mountain range'}),
        ('ряде районов', 0, 'quantified', 'several districts', N, {'count': None, 'unit': 'district', 'note': 'districts of the region named in the text; part of the flood'}),
        ('Каратальском', 0, 'district', 'Karatal District', ALR, {'note': 'list sharing the head noun "районах"'}),
        ('Кербулакском', 0, 'district', 'Kerbulak District', ALR, {'note': 'list sharing the head noun "районах"'}),
        ('Бастобе', 1, 'village', 'Bastobe', ALR, {'note': 'NI:dam reinforcement (a measure)'}),
        ('Алма-Аты', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of rescuers'}),
        ('Талдыкоргана', 0, 'city', 'Taldykorgan', ALR, {'note': 'NI:origin of rescuers'}),
        ('Уштобе', 2, 'city', 'Ushtobe', ALR, {'note': 'NI:destination of supplies (the flooded town)'}),
        ('Талдыкорганскую область', 0, 'region', ALR, ALR, {'uncertain': True, 'note': 'NI:Taldy-Kurgan Region, abolished in April 1997'}),
        ('Алматинской', 0, 'region', ALR, ALR, {'note': 'NI:elliptic "к Алматинской (области)"'}),
        ('Талдыкорган', 0, 'city', 'Taldykorgan', ALR, {'note': 'NI:future regional centre'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:former seat of the regional administration'}),
     ],
     inc={ALR: (1, 'Karatal flood at Ushtobe and Bastobe with roads washed out in several districts: one natural disaster in one unit')}),

dict(id='s010', date='2005-02-17', lang='ru',
     event='2005 substation fire at Ekibastuz GRES-1 and a carbon monoxide poisoning in Maikain, Bayanaul district (Pavlodar Region)',
     text="""ЭКИБАСТУЗ, 17 февраля (Интерфакс-Казахстан). Пожар на открытом распределительном устройстве Экибастузской ГРЭС-1 в среду вечером оставил без электричества посёлок Солнечный и часть Экибастуза, сообщил департамент по ЧС Павлодарской области.
Огонь охватил два трансформатора. Двое электриков получили ожоги и доставлены в городскую больницу. Подача тепла в жилые дома восстановлена через четыре часа.
«Причиной могло стать замыкание на фоне сильного мороза, ночью было минус 38», – сообщил представитель АО «Павлодарэнерго» Нуржан Ертисов.
Поставки электроэнергии в Омскую область России временно сокращены.
В тот же вечер в посёлке Майкаин Баянаульского района от отравления угарным газом погибли трое членов одной семьи. По данным полиции, в доме была неисправна печь. Ещё двое детей доставлены в Павлодар в тяжёлом состоянии.
Спасатели напоминают, что с начала зимы в области от угарного газа погибли 14 человек.""",
     ann=[
        ('ЭКИБАСТУЗ', 0, 'city', 'Ekibastuz', PR, {'note': 'dateline'}),
        ('Экибастузской ГРЭС-1', 0, 'facility', 'Ekibastuz GRES-1', PR, {'subkind': 'power plant'}),
        ('Солнечный', 0, 'village', 'Solnechny', PR),
        ('Экибастуза', 0, 'city', 'Ekibastuz', PR, {'note': 'part of the area left without power by the same fire'}),
        ('Павлодарской области', 0, 'region', PR, PR, {'note': 'inside the name of an authority'}),
        ('Омскую область', 0, 'foreign', 'Omsk Oblast', N),
        ('России', 0, 'foreign', 'Russia', N),
        ('Майкаин', 0, 'village', 'Maikain', PR),
        ('Баянаульского района', 0, 'district', 'Bayanaul District', PR),
        ('Павлодар', 0, 'city', 'Pavlodar', PR, {'note': 'NI:hospital city'}),
     ],
     inc={PR: (2, 'substation fire at Ekibastuz GRES-1; fatal carbon monoxide poisoning in Maikain')}),

dict(id='s011', date='2011-07-05', lang='ru',
     event='2011 strike of contractors at the Karachaganak field near Aksai, Burlin district, and a steppe fire near Talovka, Zhanibek district (West Kazakhstan Region), with an earlier steppe fire in Kurmangazy district (Atyrau Region)',
     text="""АКСАЙ, 5 июля (Азаттык). Около 400 работников подрядных организаций на Карачаганакском месторождении в Бурлинском районе Западно-Казахстанской области третий день не выходят на смены, требуя повысить зарплату и вернуть надбавки за вредность.
Бастующие собираются у вахтового городка в 15 км от Аксая. К ним приезжали заместитель акима области из Уральска и представители министерства нефти и газа Казахстана, но договориться пока не удалось.
«Мы получаем вдвое меньше, чем иностранные специалисты, хотя работаем на тех же установках», – сказал сварщик Нурлан Жаиков.
Газовый конденсат с месторождения по трубопроводу поступает на перерабатывающий завод в Оренбурге.
Тем временем в Жанибекском районе степной пожар уничтожил около 3 тысяч гектаров пастбищ у села Таловка. Огонь тушили пожарные из Жанибека и Казталовки, а также добровольцы. По предварительной версии, степь загорелась от брошенного окурка. Накануне похожий пожар потушили в Курмангазинском районе соседней Атырауской области.
Синоптики в Уральске предупреждают, что жара до 42 градусов продержится в области до конца недели.""",
     ann=[
        ('АКСАЙ', 0, 'city', 'Aksai', WKR, {'note': 'dateline'}),
        ('Карачаганакском месторождении', 0, 'facility', 'Karachaganak field', WKR, {'subkind': 'oil field'}),
        ('Бурлинском районе', 0, 'district', 'Burlin District', WKR),
        ('Западно-Казахстанской области', 0, 'region', WKR, WKR),
        ('Аксая', 0, 'city', 'Aksai', WKR, {'note': 'NI:reference point'}),
        ('Уральска', 0, 'city', 'Oral', WKR, {'note': 'NI:origin of officials'}),
        ('Казахстана', 0, 'country', 'Kazakhstan', N, {'note': 'inside the name of a ministry'}),
        ('Оренбурге', 0, 'foreign', 'Orenburg', N),
        ('Жанибекском районе', 0, 'district', 'Zhanibek District', WKR),
        ('Таловка', 0, 'village', 'Talovka', WKR),
        ('Жанибека', 0, 'village', 'Zhanibek', WKR, {'note': 'NI:origin of fire crews'}),
        ('Казталовки', 0, 'village', 'Kaztalovka', WKR, {'note': 'NI:origin of fire crews'}),
        ('Курмангазинском районе', 0, 'district', 'Kurmangazy District', ATR, {'note': 'background event a day earlier'}),
        ('Атырауской области', 0, 'region', ATR, ATR),
        ('Уральске', 0, 'city', 'Oral', WKR, {'note': 'NI:where forecasters work'}),
     ],
     inc={WKR: (2, 'strike at the Karachaganak field; steppe fire near Talovka'),
          ATR: (1, 'similar steppe fire a day earlier in Kurmangazy district, narrated explicitly')}),

dict(id='s012', date='2014-12-03', lang='ru',
     event='2014 collapse of floor slabs at a building site on Zhualy Street, Shugyla microdistrict, Nauryzbai district of Almaty, and a carbon monoxide poisoning in Talgar (Almaty Region)',
     text="""АЛМАТЫ, 3 декабря (Tengrinews.kz). В микрорайоне «Шугыла» Наурызбайского района Алматы во вторник обрушились перекрытия строящегося пятиэтажного дома на улице Жуалы. Погибли двое рабочих, ещё трое получили травмы, сообщил департамент по ЧС города.
Все пострадавшие – граждане Кыргызстана, приехавшие на заработки из Оша. Раненых доставили в городскую больницу скорой помощи.
«Застройщик не имел разрешения на пятый этаж, работы остановлены», – заявил аким района Данияр Алатауов. Возбуждено уголовное дело по статье о нарушении правил безопасности при строительстве.
Накануне вечером в Талгаре Алматинской области от отравления угарным газом погибла семья из трёх человек.
Аналогичные случаи отравления газом с начала отопительного сезона зарегистрированы в ряде городов страны. Наурызбайский район был образован в сентябре из посёлков, переданных Алматы из Карасайского района. Газета «Вечерний Алматы» пишет, что в районе до сих пор нет ни одного пожарного депо.""",
     ann=[
        ('АЛМАТЫ', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Шугыла', 0, 'district', 'Shugyla (Almaty)', 'Almaty', {'subkind': 'microdistrict'}),
        ('Наурызбайского района', 0, 'district', 'Nauryzbai District (Almaty)', 'Almaty', {'subkind': 'city district'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty'),
        ('Жуалы', 0, 'facility', 'Zhualy Street (Almaty)', 'Almaty', {'subkind': 'street'}),
        ('Кыргызстана', 0, 'foreign', 'Kyrgyzstan', N),
        ('Оша', 0, 'foreign', 'Osh', N, {'note': 'origin of the workers'}),
        ('Талгаре', 0, 'city', 'Talgar', ALR),
        ('Алматинской области', 0, 'region', ALR, ALR),
        ('ряде городов', 0, 'quantified', 'several cities', N, {'count': None, 'unit': 'city', 'note': 'gas poisonings in unnamed cities'}),
        ('Наурызбайский район', 0, 'district', 'Nauryzbai District (Almaty)', 'Almaty', {'subkind': 'city district', 'note': 'NI:background on the district'}),
        ('Алматы', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:background on the district'}),
        ('Карасайского района', 0, 'district', 'Karasai District', ALR, {'note': 'NI:former unit of the villages'}),
     ],
     inc={'Almaty': (1, 'collapse of floor slabs at a building site (street, microdistrict, city district: one event)'),
          ALR: (1, 'fatal carbon monoxide poisoning in Talgar')},
     unatt=[{'label': 'ряде городов', 'count': None, 'note': 'gas poisonings since the start of the heating season in unnamed cities'}]),

dict(id='s013', date='2017-08-09', lang='ru',
     event='2017 fishing boat capsized in the Caspian off Bautino, Tupkaragan district (Mangystau Region)',
     text="""АКТАУ, 9 августа (Kazinform). Моторная лодка с четырьмя рыбаками перевернулась в Каспийском море в шести километрах от посёлка Баутино Тупкараганского района. Один человек погиб, двое пропали без вести, сообщает департамент по ЧС Мангистауской области.
Четвёртого рыбака спустя пять часов подобрал сухогруз, шедший в порт Актау из Махачкалы. Его доставили в больницу Форта-Шевченко.
Поиски ведут спасатели из Актау и Форта-Шевченко, к ним присоединились пограничный катер и вертолёт. Все рыбаки – жители села Акшукур.
«Штормовое предупреждение было объявлено ещё утром, но лодка вышла в море», – сказал начальник районного отдела полиции Серик Каспиев.
Из-за шторма приостановлено паромное сообщение между портом Курык и туркменским Туркменбаши. Волнение на море до трёх метров ожидается до пятницы.""",
     ann=[
        ('АКТАУ', 0, 'city', 'Aktau', MR, {'note': 'dateline'}),
        ('Каспийском море', 0, 'facility', 'Caspian Sea', N, {'subkind': 'sea'}),
        ('Баутино', 0, 'village', 'Bautino', MR, {'note': 'NI:reference point'}),
        ('Тупкараганского района', 0, 'district', 'Tupkaragan District', MR, {'note': 'NI:district of the reference point'}),
        ('Мангистауской области', 0, 'region', MR, MR, {'note': 'inside the name of an authority; gives the unit of the incident at sea'}),
        ('Актау', 0, 'facility', 'Port of Aktau', MR, {'subkind': 'port', 'uncertain': True, 'note': 'NI:destination of a ship; "порт Актау", a port named after its city, could be read as the city'}),
        ('Махачкалы', 0, 'foreign', 'Makhachkala', N),
        ('Форта-Шевченко', 0, 'city', 'Fort-Shevchenko', MR, {'note': 'NI:hospital town'}),
        ('Актау', 1, 'city', 'Aktau', MR, {'note': 'NI:origin of rescuers'}),
        ('Форта-Шевченко', 1, 'city', 'Fort-Shevchenko', MR, {'note': 'NI:origin of rescuers'}),
        ('Акшукур', 0, 'village', 'Akshukyr', MR, {'note': 'NI:residence'}),
        ('Курык', 0, 'facility', 'Port of Kuryk', MR, {'subkind': 'port', 'uncertain': True, 'note': 'NI:ferry route endpoint; "порт Курык", a port named after its village, could be read as the village'}),
        ('Туркменбаши', 0, 'foreign', 'Turkmenbashi', N),
     ],
     inc={MR: (1, 'boat capsized at sea off Bautino; the sea has no unit, the region is named by its emergencies department')}),

dict(id='s014', date='2020-05-02', lang='ru',
     event='2020 flood from the Sardoba reservoir breach in Uzbekistan reaches villages of Maktaaral and Zhetysai districts (Turkistan Region)',
     text="""ШЫМКЕНТ, 2 мая (Интерфакс-Казахстан). Вода из прорвавшегося накануне Сардобинского водохранилища в Узбекистане затопила сёла Кызылкум, Жениск и Бирлик Мактааральского района Туркестанской области. Из зоны подтопления эвакуированы более 22 тысяч человек.
Эвакуированных разместили в школах и спортзалах Мырзакента и Атакента, около 900 человек вывезены в Шымкент. Погибших среди жителей Казахстана нет.
«Вода идёт по руслу реки Жиланды и каналам, уровень пока растёт», – сообщил аким Туркестанской области Умирзак Шукеев. По его словам, в соседнем Жетысайском районе подтоплены пастбища и дорога на Асыкату.
Дамба водохранилища, построенного в 2017 году, рухнула в Сырдарьинской области Узбекистана, где из сёл вывезены десятки тысяч человек. Правительства двух стран создали совместную комиссию, её первое заседание пройдёт в Ташкенте.""",
     ann=[
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'dateline'}),
        ('Сардобинского водохранилища', 0, 'foreign', 'Sardoba reservoir', N, {'note': 'reservoir in Uzbekistan'}),
        ('Узбекистане', 0, 'foreign', 'Uzbekistan', N),
        ('Кызылкум', 0, 'village', 'Kyzylkum', TR, {'note': 'list sharing the head noun "сёла"'}),
        ('Жениск', 0, 'village', 'Zhenisk', TR, {'note': 'list sharing the head noun "сёла"'}),
        ('Бирлик', 0, 'village', 'Birlik', TR, {'note': 'list sharing the head noun "сёла"'}),
        ('Мактааральского района', 0, 'district', 'Maktaaral District', TR),
        ('Туркестанской области', 0, 'region', TR, TR),
        ('Мырзакента', 0, 'village', 'Myrzakent', TR, {'note': 'NI:evacuation point'}),
        ('Атакента', 0, 'village', 'Atakent', TR, {'note': 'NI:evacuation point'}),
        ('Шымкент', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:evacuation point'}),
        ('Казахстана', 0, 'country', 'Kazakhstan', N),
        ('Жиланды', 0, 'facility', 'Zhilandy', N, {'subkind': 'river'}),
        ('Туркестанской области', 1, 'region', TR, TR, {'note': 'official post'}),
        ('Жетысайском районе', 0, 'district', 'Zhetysai District', TR),
        ('Асыкату', 0, 'village', 'Asykata', TR, {'note': 'NI:road endpoint'}),
        ('Сырдарьинской области', 0, 'foreign', 'Sirdaryo Region', N),
        ('Узбекистана', 0, 'foreign', 'Uzbekistan', N),
        ('Ташкенте', 0, 'foreign', 'Tashkent', N),
     ],
     inc={TR: (1, 'flood in Maktaaral and Zhetysai districts: one natural disaster per unit; the dam breach itself is abroad')}),

dict(id='s015', date='2023-03-15', lang='ru',
     event='2023 avalanche on the road in the Kora gorge near Tekeli and a college dormitory fire on Zhansugurov Street in Taldykorgan (Jetisu Region)',
     text="""ТАЛДЫКОРГАН, 15 марта (Tengrinews.kz). Снежная лавина сошла на дорогу в ущелье Кора в 12 км от Текели и накрыла два автомобиля. Одного водителя спасти не удалось, ещё двух человек откопали спасатели, сообщил департамент по ЧС Жетысуской области.
Ущелье находится на территории Жонгар-Алатауского национального парка. Въезд туда закрыт до конца месяца, лавиноопасными признаны склоны ещё в двух районах области.
Ночью в Талдыкоргане загорелось общежитие аграрного колледжа на улице Жансугурова. Из здания эвакуированы 140 студентов, двое госпитализированы с отравлением дымом.
«Пожарные прибыли через шесть минут, огонь не успел распространиться на верхние этажи», – сказал представитель ведомства Алмас Текелиев.
До июня прошлого года Текели и Талдыкорган входили в состав Алматинской области. Студенты колледжа в основном приехали из Коксуского и Ескельдинского районов, а также из Алматы.""",
     ann=[
        ('ТАЛДЫКОРГАН', 0, 'city', 'Taldykorgan', JTR, {'note': 'dateline'}),
        ('Кора', 0, 'facility', 'Kora gorge', N, {'subkind': 'gorge'}),
        ('Текели', 0, 'city', 'Tekeli', JTR, {'note': 'NI:reference point'}),
        ('Жетысуской области', 0, 'region', JTR, JTR, {'note': 'inside the name of an authority'}),
        ('Жонгар-Алатауского национального парка', 0, 'facility', 'Zhongar-Alatau National Park', JTR, {'subkind': 'national park'}),
        ('двух районах', 0, 'quantified', '2 districts', N, {'count': 2, 'unit': 'district', 'note': 'avalanche risk, not incidents'}),
        ('Талдыкоргане', 0, 'city', 'Taldykorgan', JTR),
        ('Жансугурова', 0, 'facility', 'Zhansugurov Street (Taldykorgan)', JTR, {'subkind': 'street', 'note': 'named after a person'}),
        ('Текели', 1, 'city', 'Tekeli', JTR, {'note': 'NI:former unit'}),
        ('Талдыкорган', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:former unit'}),
        ('Алматинской области', 0, 'region', ALR, ALR, {'note': 'NI:former unit of the towns'}),
        ('Коксуского', 0, 'district', 'Koksu District', JTR, {'note': 'NI:origin of students; list sharing the head noun "районов"'}),
        ('Ескельдинского', 0, 'district', 'Eskeldi District', JTR, {'note': 'NI:origin of students; list sharing the head noun "районов"'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of students'}),
     ],
     inc={JTR: (2, 'avalanche on the road in the Kora gorge near Tekeli; dormitory fire in Taldykorgan')}),

dict(id='s016', date='2025-09-10', lang='ru',
     event='2025 construction of the Bakhty-Ayagoz railway line (Abai Region; no incident)',
     text="""АЯГОЗ, 10 сентября (Интерфакс-Казахстан). На строительстве железнодорожной линии Бахты – Аягоз уложено более 200 км пути из 272, сообщила компания «Казахстан темир жолы».
Линия пройдёт через Тарбагатайский и Аягозский районы Абайской области к новому пограничному переходу Бахты на границе с Китаем. Её запуск позволит разгрузить станцию Достык в Жетысуской области, через которую сейчас идёт основная часть грузов в Китай.
«Пропускная способность перехода вырастет в пять раз, а путь грузов из Урумчи в Европу сократится почти на 800 км», – сказал директор проекта Бахытжан Аягозов.
Рабочих на стройку набирали в трёх областях, а рельсы поставляет завод в Актобе. Параллельно идёт строительство вторых путей на участке Достык – Мойынты в Карагандинской области.
Завершить линию планируется в 2027 году. По оценке правительства, объём транзита через Казахстан к 2030 году вырастет вдвое.""",
     ann=[
        ('АЯГОЗ', 0, 'city', 'Ayagoz', ABR, {'note': 'dateline'}),
        ('Бахты', 0, 'village', 'Bakhty', ABR, {'note': 'NI:line endpoint'}),
        ('Аягоз', 0, 'city', 'Ayagoz', ABR, {'note': 'NI:line endpoint'}),
        ('Тарбагатайский', 0, 'district', 'Tarbagatai District', ABR, {'note': 'list sharing the head noun "районы"'}),
        ('Аягозский', 0, 'district', 'Ayagoz District', ABR, {'note': 'list sharing the head noun "районы"'}),
        ('Абайской области', 0, 'region', ABR, ABR),
        ('Бахты', 1, 'facility', 'Bakhty border crossing', ABR, {'subkind': 'border crossing'}),
        ('Китаем', 0, 'foreign', 'China', N),
        ('Достык', 0, 'facility', 'Dostyk station', JTR, {'subkind': 'railway station'}),
        ('Жетысуской области', 0, 'region', JTR, JTR),
        ('Китай', 0, 'foreign', 'China', N),
        ('Урумчи', 0, 'foreign', 'Urumqi', N),
        ('Европу', 0, 'foreign', 'Europe', N, {'subkind': 'macro-region'}),
        ('трёх областях', 0, 'quantified', '3 regions', N, {'count': 3, 'unit': 'region', 'note': 'hiring, not incidents'}),
        ('Актобе', 0, 'city', 'Aktobe', AR),
        ('Достык', 1, 'facility', 'Dostyk station', JTR, {'subkind': 'railway station', 'note': 'section endpoint'}),
        ('Мойынты', 0, 'village', 'Moiynty', KR, {'note': 'section endpoint'}),
        ('Карагандинской области', 0, 'region', KR, KR),
        ('Казахстан', 2, 'country', 'Kazakhstan', N),
     ],
     inc={}),
]
