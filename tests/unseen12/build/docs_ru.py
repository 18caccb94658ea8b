"""Russian texts of the twelfth unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
ABR, AKR, AR, ALR, ATR, EKR = 'Abai Region', 'Akmola Region', 'Aktobe Region', 'Almaty Region', 'Atyrau Region', 'East Kazakhstan Region'
JR, JTR, KR, KOR, KYR, MR = 'Jambyl Region', 'Jetisu Region', 'Karaganda Region', 'Kostanay Region', 'Kyzylorda Region', 'Mangystau Region'
NKR, PR, SKR, TR, UR, WKR = 'North Kazakhstan Region', 'Pavlodar Region', 'South Kazakhstan Region', 'Turkistan Region', 'Ulytau Region', 'West Kazakhstan Region'
ALA, AST, SHY = 'Almaty', 'Astana', 'Shymkent'

DOCS = [
dict(id='p009', date='1998-07-14', lang='ru',
     event="1998 march of Mirgalimsai miners from Kentau stopped with a clash near the Turkestan turn-off, a hunger strike of miners' wives in Kentau and a background railway blockade at Achisai (South Kazakhstan Region); background protests in Tekeli and Zhezkazgan",
     text="""Шахтёры Кентау вышли в пеший марш к областному центру
ШЫМКЕНТ, 14 июля — Интерфакс-Казахстан. Около 500 горняков рудника «Миргалимсай» в понедельник утром вышли из Кентау в пеший марш к Шымкенту, требуя выплатить зарплату, которую им не платят с ноября, сообщили в профсоюзе.
Колонна прошла около 20 километров по трассе. У поворота на Туркестан дорогу перекрыли сотрудники полиции Южно-Казахстанской области. В стычке пострадали двое горняков и трое полицейских, 40 человек задержаны, остальных вернули домой автобусами.
«Мы три раза писали президенту в Астану, ответа нет», — сказал бригадир Нурлан Тюлькубасов.
Тем временем в самом Кентау 47 жён шахтёров продолжают голодовку в здании городского акимата. Голодовка началась 2 июля, шесть женщин госпитализированы.
Это уже не первая акция. В мае шахтёры на сутки перекрыли железнодорожный переезд у посёлка Ачисай, остановив поезда на Ташкент и Алматы; компания «Казакстан темир жолы» оценила убытки в 40 млн тенге.
Руду рудника раньше перерабатывали на комбинате в Алмалыке (Узбекистан), но с прошлого года поставки прекращены, и предприятие фактически стоит. Долг по зарплате превысил 300 млн тенге.
Аким области пообещал погасить долг в августе за счёт кредита. В областном центре, который многие здесь по привычке называют Чимкентом, заявление встретили скептически.
По данным профсоюза, без зарплаты в городе остаются около трёх тысяч горняков, многие семьи живут на пенсии стариков и огороды. Часть молодых шахтёров уже уехала на заработки на стройки Шымкента и в Россию. Полиция области заявила, что задержанных отпустят после составления протоколов.
Похожие акции в июне прошли в Текели, где горняки свинцово-цинкового комбината перекрыли главную улицу, и в Жезказгане, где медеплавильщики провели митинг у здания корпорации.""",
     ann=[
        ('Кентау', 0, 'city', 'Kentau', SKR),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', SKR, {'note': 'dateline'}),
        ('Миргалимсай', 0, 'facility', 'Mirgalimsai mine (Kentau)', SKR, {'subkind': 'mine'}),
        ('Кентау', 1, 'city', 'Kentau', SKR, {'note': 'NI:origin of the march'}),
        ('Шымкенту', 0, 'city', 'Shymkent', SKR, {'note': 'NI:destination of the march'}),
        ('Туркестан', 0, 'city', 'Turkistan', SKR, {'note': 'NI:reference point'}),
        ('Южно-Казахстанской области', 0, 'region', SKR, SKR, {'note': 'inside the name of an authority'}),
        ('Астану', 0, 'city', 'Astana', AST, {'note': 'NI:where letters were sent'}),
        ('Кентау', 2, 'city', 'Kentau', SKR),
        ('Ачисай', 0, 'village', 'Achisai', SKR),
        ('Ташкент', 0, 'foreign', 'Tashkent', N, {'note': 'NI:route endpoint'}),
        ('Алматы', 0, 'city', 'Almaty', ALA, {'note': 'NI:route endpoint'}),
        ('Алмалыке', 0, 'foreign', 'Almalyk', N),
        ('Узбекистан', 0, 'foreign', 'Uzbekistan', N),
        ('Чимкентом', 0, 'city', 'Shymkent', SKR, {'note': 'NI:old name of Shymkent, the seat of the regional akim'}),
        ('Шымкента', 0, 'city', 'Shymkent', SKR, {'note': 'NI:where young miners went to work'}),
        ('Россию', 0, 'foreign', 'Russia', N, {'note': 'NI:where young miners went to work'}),
        ('Текели', 0, 'city', 'Tekeli', ALR, {'note': 'Almaty Region from 1997 (the Taldykorgan Region was merged into it); Jetisu Region only from 2022-06-08'}),
        ('Жезказгане', 0, 'city', 'Zhezkazgan', KR, {'note': 'Karaganda Region from 1997 to 2022-06-07'}),
     ],
     inc={SKR: (3, "march from Kentau stopped with a clash near the Turkestan turn-off; hunger strike of miners' wives in the Kentau akimat; background May blockade of the railway crossing at Achisai"), ALR: (1, 'background June blockade of the main street of Tekeli'), KR: (1, 'background June rally of copper smelter workers in Zhezkazgan')}),
dict(id='p010', date='2012-10-09', lang='ru',
     event='2012 armed robbery of a bank branch in Taldykorgan with a cashier wounded and a shootout at the arrest in Kapchagay (Almaty Region)',
     text="""Налётчики ограбили банк в Талдыкоргане и ранили кассира
ТАЛДЫКОРГАН, 9 октября — Tengrinews.kz. Двое мужчин в масках ограбили в понедельник днём отделение банка на улице Кабанбай батыра в Талдыкоргане, ранив из пистолета кассира, сообщили в департаменте полиции Алматинской области.
Налётчики забрали около 18 млн тенге и уехали на автомобиле в сторону Текели. Машину позже нашли брошенной у посёлка Карабулак Ескельдинского района.
В среду вечером полиция вышла на подозреваемых в Капчагае. При задержании один из них открыл огонь и ранил оперативника, оба мужчины задержаны. Большую часть денег нашли в съёмной квартире.
Кассир, 26 лет, находится в областной больнице, её жизни ничего не угрожает. По данным полиции, один из задержанных — уроженец Бишкека, второй ранее отбывал срок за разбой в Алматы.""",
     ann=[
        ('Талдыкоргане', 0, 'city', 'Taldykorgan', ALR, {'note': 'Almaty Region until 2022-06-08'}),
        ('ТАЛДЫКОРГАН', 0, 'city', 'Taldykorgan', ALR, {'note': 'dateline'}),
        ('Кабанбай батыра', 0, 'facility', 'Kabanbay Batyr Street (Taldykorgan)', ALR, {'subkind': 'street', 'note': 'named after a person'}),
        ('Талдыкоргане', 1, 'city', 'Taldykorgan', ALR),
        ('Алматинской области', 0, 'region', ALR, ALR, {'note': 'inside the name of an authority'}),
        ('Текели', 0, 'city', 'Tekeli', ALR, {'note': 'NI:direction of escape'}),
        ('Карабулак', 0, 'village', 'Karabulak', ALR, {'note': 'NI:where the car was found'}),
        ('Ескельдинского района', 0, 'district', 'Eskeldi district', ALR, {'note': 'NI:where the car was found'}),
        ('Капчагае', 0, 'city', 'Konaev', ALR, {'note': 'Kapchagay, renamed Konaev in 2022'}),
        ('Бишкека', 0, 'foreign', 'Bishkek', N, {'note': 'NI:birthplace'}),
        ('Алматы', 0, 'city', 'Almaty', ALA, {'note': 'NI:place of an earlier offence, not narrated as an event'}),
     ],
     inc={ALR: (2, 'armed robbery of the bank branch on Kabanbay Batyr Street in Taldykorgan with the cashier wounded; shootout at the arrest in Kapchagay')}),
dict(id='p011', date='2023-01-05', lang='ru',
     event='2023 retrospective of the January 2022 unrest (Zhanaozen, Almaty akimat and airport, Taldykorgan, Kapchagay, Shymkent, Taraz; "в ряде городов"), court sentences, and a January 2023 rally of relatives in Almaty',
     text="""Год после «Кантара»: приговоры, компенсации и вопросы без ответа
АЛМАТЫ, 5 января — Vlast.kz. Год назад протесты, начавшиеся 2 января 2022 года в Жанаозене из-за подорожания сжиженного газа, за несколько дней переросли в беспорядки в ряде городов. По данным Генпрокуратуры, погибли 238 человек, в том числе 19 сотрудников силовых структур.
Больше всего пострадал Алматы: 5 января толпа захватила и подожгла здание городского акимата, а вечером ворвалась в аэропорт. В Талдыкоргане, который с июня стал центром Жетысуской области, погромщики подожгли здание областного акимата. В Капчагае, переименованном осенью в Конаев, горело здание полиции. Акиматы были подожжены также в Шымкенте и Таразе.
На помощь властям прибыли войска ОДКБ из России, Белоруссии и Армении; они покинули страну к 19 января.
За год суды рассмотрели более 700 дел. Алматинский городской суд в декабре приговорил 12 человек к срокам от 8 до 15 лет за нападение на акимат. Талдыкорганский городской суд осудил девятерых. В Астане работает комиссия по выплатам пострадавшим.
4 января родственники погибших вышли на несанкционированный митинг на площади Республики в Алматы с портретами близких. Полиция задержала пятерых, их отпустили вечером. «Мы хотим знать, кто стрелял», — сказала Гульнара Таразова, чей сын погиб 6 января.
Правозащитники напоминают, что в Казахстане до сих пор не опубликован полный список погибших. Правительство обещает доклад к весне.
Для многих семей вопрос компенсаций не закрыт. «Нам выплатили десять миллионов тенге, но сын был единственным кормильцем», — говорит жительница Тараза Айгуль Сейтова. В Шымкенте родственники трёх погибших подали иски к полиции, первое заседание назначено на февраль.""",
     ann=[
        ('АЛМАТЫ', 0, 'city', 'Almaty', ALA, {'note': 'dateline'}),
        ('Жанаозене', 0, 'city', 'Zhanaozen', MR),
        ('ряде городов', 0, 'quantified', 'several cities', N, {'count': None, 'unit': 'city'}),
        ('Алматы', 0, 'city', 'Almaty', ALA),
        ('Талдыкоргане', 0, 'city', 'Taldykorgan', JTR, {'note': 'Jetisu Region since 2022-06-08; the article date decides'}),
        ('Жетысуской области', 0, 'region', JTR, JTR),
        ('Капчагае', 0, 'city', 'Konaev', ALR, {'note': 'Kapchagay, renamed Konaev in 2022'}),
        ('Конаев', 0, 'city', 'Konaev', ALR, {'note': 'NI:the new name'}),
        ('Шымкенте', 0, 'city', 'Shymkent', SHY),
        ('Таразе', 0, 'city', 'Taraz', JR),
        ('России', 0, 'foreign', 'Russia', N),
        ('Белоруссии', 0, 'foreign', 'Belarus', N),
        ('Армении', 0, 'foreign', 'Armenia', N),
        ('Алматинский', 0, 'city', 'Almaty', ALA, {'note': 'NI:inside the name of a court'}),
        ('Талдыкорганский', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:inside the name of a court'}),
        ('Астане', 0, 'city', 'Astana', AST, {'note': 'NI:seat of the commission'}),
        ('площади Республики', 0, 'facility', 'Republic Square (Almaty)', ALA, {'subkind': 'square'}),
        ('Алматы', 1, 'city', 'Almaty', ALA),
        ('Казахстане', 0, 'country', 'Kazakhstan', N),
        ('Тараза', 0, 'city', 'Taraz', JR, {'note': 'NI:residence'}),
        ('Шымкенте', 1, 'city', 'Shymkent', SHY, {'note': 'NI:where lawsuits were filed'}),
     ],
     inc={MR: (1, 'protests in Zhanaozen from 2 January 2022 (background)'), ALA: (3, 'akimat seized and set on fire; airport stormed (background, January 2022); unsanctioned rally of relatives on Republic Square on 4 January 2023'), JTR: (1, 'regional akimat set on fire in Taldykorgan (background)'), ALR: (1, 'police building on fire in Kapchagay (background)'), SHY: (1, 'akimat set on fire (background)'), JR: (1, 'akimat in Taraz set on fire (background)')},
     unatt=[{'label': 'ряде городов', 'count': None, 'note': 'riots "в ряде городов"; the text names six towns, but the statement itself is not tied to a unit'}]),
dict(id='p012', date='2020-08-18', lang='ru',
     event='2020 smugglers ram a border guard patrol car near Darbaza, Saryagash district (Turkistan Region); drug seizure in Shymkent not counted',
     text="""Контрабандисты протаранили машину пограничников под Сарыагашем
ШЫМКЕНТ, 18 августа — КазТАГ. Двое пограничников получили травмы, когда внедорожник с контрабандой протаранил их патрульный автомобиль у села Дарбаза Сарыагашского района, сообщили в департаменте Пограничной службы КНБ по Туркестанской области.
Водитель пытался вывезти в Узбекистан 60 мешков муки и крупную партию сигарет. После столкновения он бросил машину и скрылся, но через три часа был задержан на трассе Ташкент – Шымкент. Пограничники доставлены в больницу Сарыагаша с переломами.
В тот же день полиция Шымкента изъяла 12 кг гашиша при обыске в доме в микрорайоне «Нурсат». Задержан 35-летний уроженец Ташкентской области.
С начала года на границе с Узбекистаном задержано 14 нарушителей, сообщил представитель ведомства Ержан Келесов.""",
     ann=[
        ('Сарыагашем', 0, 'city', 'Saryagash', TR, {'note': 'NI:headline, reference point; Turkistan Region since 2018-06-19'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', SHY, {'note': 'dateline'}),
        ('Дарбаза', 0, 'village', 'Darbaza', TR),
        ('Сарыагашского района', 0, 'district', 'Saryagash district', TR),
        ('Туркестанской области', 0, 'region', TR, TR, {'note': 'inside the name of an authority'}),
        ('Узбекистан', 0, 'foreign', 'Uzbekistan', N, {'note': 'NI:destination'}),
        ('Ташкент', 0, 'foreign', 'Tashkent', N, {'note': 'NI:road endpoint'}),
        ('Шымкент', 0, 'city', 'Shymkent', SHY, {'note': 'NI:road endpoint'}),
        ('Сарыагаша', 0, 'city', 'Saryagash', TR, {'note': 'NI:hospital town'}),
        ('Шымкента', 0, 'city', 'Shymkent', SHY, {'note': 'NI:seizure of drugs, not counted'}),
        ('Нурсат', 0, 'district', 'Nursat (Shymkent)', SHY, {'subkind': 'microdistrict', 'note': 'NI:seizure of drugs, not counted'}),
        ('Ташкентской области', 0, 'foreign', 'Tashkent Region', N, {'note': 'NI:birthplace'}),
        ('Узбекистаном', 0, 'foreign', 'Uzbekistan', N),
     ],
     inc={TR: (1, 'border guard patrol car rammed by smugglers near Darbaza, two guards injured; the drug seizure in Shymkent is not counted')}),
dict(id='p013', date='2016-04-30', lang='ru',
     event='2016 rallies against the land code in Atyrau, Aktobe, Semey and Zhanaozen ("в четырёх городах"); preventive detentions in Uralsk not counted',
     text="""Митинги против продажи земли прошли в четырёх городах
АТЫРАУ, 30 апреля — Интерфакс-Казахстан. Волна протестов против поправок в Земельный кодекс, которые позволяют сдавать сельхозземли иностранцам в аренду на 25 лет, за неделю охватила четыре города на западе и востоке Казахстана.
Первым 24 апреля вышел Атырау: около тысячи человек собрались у Дворца культуры «Мунайшы» и потребовали отменить поправки. Аким области вышел к людям, митинг завершился без задержаний. Выступили около двадцати человек, в том числе ветераны-нефтяники и фермеры из окрестных сёл.
27 апреля около 300 человек провели митинг у здания акимата в Актобе, а 28 апреля — около 200 жителей Семея у памятника Абаю. В Жанаозене 29 апреля несколько десятков человек собрались на центральной площади, где в декабре 2011 года погибли люди.
Участники митинга в Актобе держали плакаты «Жер сатылмайды» и требовали встречи с министром национальной экономики. В Семее митинг продолжался около часа; полиция не вмешивалась, но переписала данные организаторов.
Фермеры Восточно-Казахстанской области говорят, что и без поправок с трудом получают землю: лучшие пастбища у Аягоза и Урджара давно распределены между крупными хозяйствами.
Многие участники опасаются, что землю получат граждане Китая. В Уральске полиция заранее задержала трёх активистов, которые призывали выйти на площадь, и митинг не состоялся.
В Атырауской и Актюбинской областях акимы провели встречи с фермерами. Президент Нурсултан Назарбаев в пятницу в Астане назвал протесты «результатом слухов» и поручил разъяснить поправки. Министерство национальной экономики пообещало до середины мая провести встречи с жителями во всех регионах. Инициаторы протестов обещают новый митинг в Атырау 21 мая.""",
     ann=[
        ('четырёх городах', 0, 'quantified', 'four cities', N, {'count': 4, 'unit': 'city'}),
        ('АТЫРАУ', 0, 'city', 'Atyrau', ATR, {'note': 'dateline'}),
        ('Казахстана', 0, 'country', 'Kazakhstan', N),
        ('Атырау', 0, 'city', 'Atyrau', ATR),
        ('Актобе', 0, 'city', 'Aktobe', AR),
        ('Семея', 0, 'city', 'Semey', EKR, {'note': 'East Kazakhstan Region until 2022-06-08'}),
        ('Жанаозене', 0, 'city', 'Zhanaozen', MR),
        ('Актобе', 1, 'city', 'Aktobe', AR),
        ('Семее', 0, 'city', 'Semey', EKR),
        ('Восточно-Казахстанской области', 0, 'region', EKR, EKR),
        ('Аягоза', 0, 'city', 'Ayagoz', EKR, {'note': 'NI:location of pastures; East Kazakhstan Region until 2022-06-08'}),
        ('Урджара', 0, 'village', 'Urzhar', EKR, {'note': 'NI:location of pastures; Russian spelling of Urzhar'}),
        ('Китая', 0, 'foreign', 'China', N),
        ('Уральске', 0, 'city', 'Oral', WKR, {'note': 'NI:preventive detentions before a planned rally; not an incident'}),
        ('Атырауской', 0, 'region', ATR, ATR, {'note': 'list item of "Атырауской и Актюбинской областях"'}),
        ('Актюбинской', 0, 'region', AR, AR, {'note': 'list item'}),
        ('Астане', 0, 'city', 'Astana', AST, {'note': 'NI:where the president spoke'}),
        ('всех регионах', 0, 'quantified', 'all regions', N, {'count': None, 'unit': 'region', 'quantifier': 'all', 'note': 'planned meetings, not an incident statement'}),
        ('Атырау', 1, 'city', 'Atyrau', ATR, {'note': 'NI:planned rally'}),
     ],
     inc={ATR: (1, 'rally of about a thousand people in Atyrau on 24 April'), AR: (1, 'rally at the akimat in Aktobe'), EKR: (1, 'rally in Semey'), MR: (1, 'gathering on the central square of Zhanaozen; the December 2011 deaths are only a reference, not narrated')}),
dict(id='p014', date='2024-11-12', lang='ru',
     event='2024 six cars set on fire on Mangilik El Avenue, Yesil district of Astana, and two cars in Kosshy (Akmola Region)',
     text="""В Астане и Косшы за ночь сгорели восемь автомобилей
АСТАНА, 12 ноября — Kazinform. Шесть автомобилей сгорели в ночь на понедельник во дворе жилого комплекса на проспекте Мангилик Ел в Есильском районе столицы, сообщили в департаменте полиции Астаны.
Около трёх часов ночи загорелись ещё два автомобиля на парковке у супермаркета в Косшы, городе-спутнике столицы в Акмолинской области.
Пострадавших нет, пожарные потушили огонь за полчаса. Ущерб, по предварительной оценке, превысил 40 млн тенге. Камеры видеонаблюдения зафиксировали мужчину с канистрой. Днём по подозрению в поджогах задержан 24-летний житель Степногорска.
«Машина была куплена в кредит полгода назад», — сказал владелец одного из автомобилей Ерлан Астанов. По его словам, пожарные приехали через десять минут.
Полиция проверяет, связаны ли поджоги с серией похожих случаев в Караганде летом.""",
     ann=[
        ('Астане', 0, 'city', 'Astana', AST),
        ('Косшы', 0, 'city', 'Kosshy', AKR),
        ('АСТАНА', 0, 'city', 'Astana', AST, {'note': 'dateline'}),
        ('Мангилик Ел', 0, 'facility', 'Mangilik El Avenue (Astana)', AST, {'subkind': 'street'}),
        ('Есильском районе', 0, 'district', 'Yesil District (Astana)', AST, {'subkind': 'city district'}),
        ('Астаны', 0, 'city', 'Astana', AST, {'note': 'inside the name of an authority'}),
        ('Косшы', 1, 'city', 'Kosshy', AKR),
        ('Акмолинской области', 0, 'region', AKR, AKR),
        ('Степногорска', 0, 'city', 'Stepnogorsk', AKR, {'note': 'NI:residence'}),
        ('Караганде', 0, 'city', 'Karaganda', KR, {'note': 'NI:reference to a possible link; not narrated as an event'}),
     ],
     inc={AST: (1, 'six cars set on fire on Mangilik El Avenue, Yesil district'), AKR: (1, 'two cars set on fire in Kosshy')}),
dict(id='p015', date='2019-10-16', lang='ru',
     event='2019 sentence for the March murder of a taxi driver near Beskol on the Petropavl-Bulayevo road (North Kazakhstan Region)',
     text="""Суд в Петропавловске приговорил убийцу таксиста к 18 годам
ПЕТРОПАВЛОВСК, 16 октября — Sputnik Казахстан. Специализированный межрайонный суд по уголовным делам Северо-Казахстанской области приговорил 23-летнего жителя Булаево к 18 годам заключения за убийство таксиста.
Как установил суд, вечером 11 марта мужчина заказал такси от вокзала Петропавловска до Булаево, а на трассе у села Бесколь ударил водителя ножом и забрал выручку и телефон. Тело 52-летнего водителя нашли утром дорожные рабочие.
Подсудимый пытался уехать в Омск, но был задержан на пункте пропуска на границе с Россией. Вину он признал частично. Родственники убитого, приехавшие на оглашение приговора из Кокшетау, назвали наказание справедливым.
Адвокат осуждённого Марат Есилов заявил, что обжалует приговор в Северо-Казахстанском областном суде.""",
     ann=[
        ('Петропавловске', 0, 'city', 'Petropavl', NKR, {'note': 'NI:seat of the court'}),
        ('ПЕТРОПАВЛОВСК', 0, 'city', 'Petropavl', NKR, {'note': 'dateline'}),
        ('Северо-Казахстанской области', 0, 'region', NKR, NKR, {'note': 'NI:inside the name of a court'}),
        ('Булаево', 0, 'city', 'Bulayevo', NKR, {'note': 'NI:residence'}),
        ('Петропавловска', 0, 'city', 'Petropavl', NKR, {'note': 'NI:start of the ride'}),
        ('Булаево', 1, 'city', 'Bulayevo', NKR, {'note': 'NI:destination of the ride'}),
        ('Бесколь', 0, 'village', 'Beskol', NKR),
        ('Омск', 0, 'foreign', 'Omsk', N, {'note': 'NI:intended destination'}),
        ('Россией', 0, 'foreign', 'Russia', N),
        ('Кокшетау', 0, 'city', 'Kokshetau', AKR, {'note': 'NI:residence of relatives'}),
        ('Северо-Казахстанском', 0, 'region', NKR, NKR, {'note': 'NI:inside the name of a court'}),
     ],
     inc={NKR: (1, 'murder of a taxi driver on the road near Beskol in March (narrated); the trial is not counted')}),
dict(id='p016', date='2025-12-09', lang='ru',
     event='2025 budget for 2026: roads, water and schools in Ulytau, Abai, Jetisu and other regions (no incident)',
     text="""Бюджет-2026: дороги, вода и школы для новых областей
АСТАНА, 9 декабря — Kazinform. Мажилис одобрил республиканский бюджет на 2026 год. Трансферты получат все 17 областей и три города республиканского значения, при этом основная прибавка придётся на Абайскую, Жетысускую и Улытаускую области, созданные в 2022 году.
На реконструкцию трассы Жезказган – Кызылорда выделено 64 млрд тенге, на строительство областной больницы в Жезказгане — 21 млрд. Водопровод из реки Аягоз получит Аягоз, новую взлётную полосу — аэропорт в Ушарале.
Новые школы построят в Конаеве, Туркестане и Косшы. На защиту от паводков в Западно-Казахстанской и Атырауской областях направят 30 млрд тенге, на опреснительный завод в Актау — 18 млрд.
Депутат от Павлодарской области Сергей Ертисов предложил увеличить расходы на ремонт теплосетей в Экибастузе, но поправка не прошла.""",
     ann=[
        ('АСТАНА', 0, 'city', 'Astana', AST, {'note': 'dateline'}),
        ('все 17 областей', 0, 'quantified', 'all 17 regions', N, {'count': 17, 'unit': 'region', 'quantifier': 'all'}),
        ('Абайскую', 0, 'region', ABR, ABR, {'note': 'list item of "Абайскую, Жетысускую и Улытаускую области"'}),
        ('Жетысускую', 0, 'region', JTR, JTR, {'note': 'list item'}),
        ('Улытаускую', 0, 'region', UR, UR, {'note': 'list item'}),
        ('Жезказган', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:route endpoint'}),
        ('Кызылорда', 0, 'city', 'Kyzylorda', KYR, {'note': 'NI:route endpoint'}),
        ('Жезказгане', 0, 'city', 'Zhezkazgan', UR),
        ('Аягоз', 0, 'facility', 'Ayagoz river', N, {'subkind': 'river'}),
        ('Аягоз', 1, 'city', 'Ayagoz', ABR),
        ('Ушарале', 0, 'city', 'Usharal', JTR),
        ('Конаеве', 0, 'city', 'Konaev', ALR),
        ('Туркестане', 0, 'city', 'Turkistan', TR),
        ('Косшы', 0, 'city', 'Kosshy', AKR),
        ('Западно-Казахстанской', 0, 'region', WKR, WKR, {'note': 'list item'}),
        ('Атырауской', 0, 'region', ATR, ATR, {'note': 'list item'}),
        ('Актау', 0, 'city', 'Aktau', MR),
        ('Павлодарской области', 0, 'region', PR, PR),
        ('Экибастузе', 0, 'city', 'Ekibastuz', PR),
     ],
     inc={}),
]
