"""Russian texts of the fifty-fifth unseen check corpus."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'
CD, MD, ST = 'city district', 'microdistrict', 'street'

DOCS = [
dict(id='p009', date='1994-02-15', lang='ru',
     event='1994 knife wound in a bar fight on Tashkentskaya Street (Auezov district of Almaty) and an armed raid on a kiosk in the Samal-2 microdistrict (Medeu district); stolen cars found in Kapchagay (Almaty Region) and on the Almaty-Bishkek road (not counted); the street named after Tashkent; "Алма-Ата" a year after the renaming',
     text="""Поножовщина в баре на Ташкентской и налёт на киоск в «Самале»
АЛМАТЫ, 15 февраля. В ночь на воскресенье в баре на ул. Ташкентской в Ауэзовском районе Алматы между подвыпившими посетителями вспыхнула драка. 23-летний мужчина получил ножевое ранение в грудь и доставлен в больницу скорой помощи, сообщили в ГУВД г. Алматы. Подозреваемый задержан.
В понедельник около полуночи двое мужчин с обрезом ворвались в коммерческий киоск в микрорайоне «Самал-2» Медеуского района, ударили продавщицу прикладом и забрали выручку — около 40 тысяч тенге. Налётчики скрылись на «Жигулях».
По данным ГУВД, только за первые две недели февраля в городе угнали 26 автомобилей. Две машины обнаружены в Капчагае, ещё одна — на посту ГАИ на трассе Алматы — Бишкек.
«Город, который многие по привычке ещё называют Алма-Атой, скоро станет похож на Чикаго тридцатых годов», — жалуется участковый инспектор, попросивший не называть его имени.""",
     ann=[
        ('Ташкентской', 0, 'facility', 'Tashkent Street (Almaty)', 'Almaty', {'subkind': ST, 'note': 'headline; street named without head noun, after the city of Tashkent; not the foreign city'}),
        ('Самале', 0, 'district', 'Samal (Almaty)', 'Almaty', {'subkind': MD, 'note': 'headline; name in quotes'}),
        ('АЛМАТЫ', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('ул. Ташкентской', 0, 'facility', 'Tashkent Street (Almaty)', 'Almaty', {'subkind': ST, 'note': 'street named after the city of Tashkent; not the foreign city'}),
        ('Ауэзовском районе', 0, 'district', 'Auezov District (Almaty)', 'Almaty', {'subkind': CD}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty'),
        ('Алматы', 1, 'city', 'Almaty', 'Almaty', {'note': 'inside the name of an authority (ГУВД г. Алматы)'}),
        ('Самал-2', 0, 'district', 'Samal (Almaty)', 'Almaty', {'subkind': MD, 'note': 'name in quotes'}),
        ('Медеуского района', 0, 'district', 'Medeu District (Almaty)', 'Almaty', {'subkind': CD}),
        ('Капчагае', 0, 'city', 'Konaev', ALR, {'note': 'NI:stolen cars found; Kapchagay, renamed Konaev in 2022'}),
        ('Алматы', 2, 'city', 'Almaty', 'Almaty', {'note': 'NI:route endpoint'}),
        ('Бишкек', 0, 'foreign', 'Bishkek', N, {'note': 'NI:route endpoint'}),
        ('Алма-Атой', 0, 'city', 'Almaty', 'Almaty', {'note': 'Soviet name, renamed in 1993'}),
        ('Чикаго', 0, 'foreign', 'Chicago', N, {'note': 'NI:comparison'}),
     ],
     inc={'Almaty': (2, 'bar fight with a knife wound on Tashkentskaya Street (Auezov district); armed raid on a kiosk in Samal-2 (Medeu district), saleswoman hit; car thefts not counted')}),

dict(id='p010', date='2017-09-12', lang='ru',
     event='2017 weekend crime chronicle of Shymkent (South Kazakhstan Region before the 2018 split): a neighbour shot with a hunting gun in Karatau district, a brawl outside the «Шымкент Плаза» mall on Republic Avenue, a taxi driver robbed at knifepoint on Tarazskaya Street in Abai district (car found in Lenger, suspects held in Taraz); fraud in Turkestan and car thefts in Sayram district (not counted); theft statistics',
     text="""Криминальная хроника Шымкента: выстрел из ружья в Каратауском районе, драка у «Шымкент Плазы», нападение на таксиста
ШЫМКЕНТ, 12 сентября. Департамент полиции Южно-Казахстанской области рассказал о происшествиях минувших выходных в областном центре и районах.

В субботу вечером в Каратауском районе Шымкента сосед выстрелил из охотничьего ружья в 45-летнего мужчину после ссоры из-за места для парковки. Пострадавший с дробовым ранением ноги доставлен в областную больницу, стрелок задержан на месте.

Около 23 часов того же дня у торгово-развлекательного центра «Шымкент Плаза» на проспекте Республики подрались две компании молодых людей. Один из участников получил перелом руки, ещё двоим помощь оказали на месте. Полиция задержала восьмерых, возбуждено дело о хулиганстве.

В ночь на воскресенье на ул. Таразской в Абайском районе двое пассажиров приставили нож к горлу таксиста, забрали у него выручку и сам автомобиль. По словам таксиста, пассажиры сели к нему у автовокзала «Самал» и попросили отвезти их на окраину города. Машину утром нашли брошенной в Ленгере, а подозреваемых задержали в понедельник в Таразе, куда они добрались на попутках.

Не обошлось и без мошенников. В Туркестане две женщины, представлявшиеся целительницами, выманили у пенсионерки 800 тысяч тенге. В Сайрамском районе за выходные угнали три автомобиля, два из них уже нашли у границы с Узбекистаном.

По данным ДП ЮКО, с начала года в Шымкенте зарегистрировано 1240 краж, почти половина из них — в Енбекшинском и Аль-Фарабийском районах. Начальник городского управления полиции полковник Ерлан Жумабаев пообещал усилить патрулирование возле рынков и торговых центров. Кроме того, до конца года в областном центре установят 40 новых камер видеонаблюдения — прежде всего на проспекте Тауке хана и на выездах из города в сторону Ташкента и Кызылорды.""",
     ann=[
        ('Шымкента', 0, 'city', 'Shymkent', SKR, {'note': 'headline; South Kazakhstan Region before 2018-06-19'}),
        ('Каратауском районе', 0, 'district', 'Karatau District (Shymkent)', SKR, {'subkind': CD, 'note': 'headline; district of Shymkent, not the Jambyl town of Karatau'}),
        ('Шымкент Плазы', 0, 'facility', 'Shymkent Plaza (Shymkent)', SKR, {'subkind': 'shopping centre', 'note': 'headline; name in quotes; the city name inside it is not annotated separately'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', SKR, {'note': 'dateline'}),
        ('Южно-Казахстанской области', 0, 'region', SKR, SKR, {'note': 'inside the name of an authority'}),
        ('Каратауском районе', 1, 'district', 'Karatau District (Shymkent)', SKR, {'subkind': CD}),
        ('Шымкента', 1, 'city', 'Shymkent', SKR),
        ('Шымкент Плаза', 0, 'facility', 'Shymkent Plaza (Shymkent)', SKR, {'subkind': 'shopping centre', 'note': 'name in quotes'}),
        ('проспекте Республики', 0, 'facility', 'Republic Avenue (Shymkent)', SKR, {'subkind': ST}),
        ('ул. Таразской', 0, 'facility', 'Taraz Street (Shymkent)', SKR, {'subkind': ST, 'note': 'street named after the city of Taraz; not Taraz'}),
        ('Абайском районе', 0, 'district', 'Abai District (Shymkent)', SKR, {'subkind': CD, 'note': 'district of Shymkent'}),
        ('Самал', 0, 'facility', 'Samal bus station (Shymkent)', SKR, {'subkind': 'bus station', 'note': 'NI:where the attackers got into the taxi; name in quotes'}),
        ('Ленгере', 0, 'city', 'Lenger', SKR, {'note': 'NI:stolen taxi found abandoned'}),
        ('Таразе', 0, 'city', 'Taraz', JR, {'note': 'NI:place of arrest'}),
        ('Туркестане', 0, 'city', 'Turkistan', SKR, {'note': 'NI:fraud, not counted'}),
        ('Сайрамском районе', 0, 'district', 'Sayram District', SKR, {'note': 'NI:car thefts without violence, not counted'}),
        ('Узбекистаном', 0, 'foreign', 'Uzbekistan', N, {'note': 'NI:stolen cars found near the border'}),
        ('ЮКО', 0, 'region', SKR, SKR, {'note': 'abbreviation inside the name of an authority (ДП ЮКО)'}),
        ('Шымкенте', 0, 'city', 'Shymkent', SKR, {'note': 'NI:theft statistics'}),
        ('Енбекшинском', 0, 'district', 'Enbekshi District (Shymkent)', SKR, {'subkind': CD, 'note': 'NI:theft statistics; in a list sharing "районах"'}),
        ('Аль-Фарабийском', 0, 'district', 'Al-Farabi District (Shymkent)', SKR, {'subkind': CD, 'note': 'NI:theft statistics; in a list sharing "районах"'}),
        ('проспекте Тауке хана', 0, 'facility', 'Tauke Khan Avenue (Shymkent)', SKR, {'subkind': ST, 'note': 'NI:cameras planned; avenue named after a person'}),
        ('Ташкента', 0, 'foreign', 'Tashkent', N, {'note': 'NI:road direction'}),
        ('Кызылорды', 0, 'city', 'Kyzylorda', KZR, {'note': 'NI:road direction'}),
     ],
     inc={SKR: (3, 'neighbour shot with a hunting gun in Karatau district of Shymkent; brawl outside «Шымкент Плаза» with a broken arm; taxi driver robbed at knifepoint on Tarazskaya Street, Abai district; fraud in Turkestan and car thefts in Sayram district not counted')}),

dict(id='p011', date='2020-07-01', lang='ru',
     event='2020 Almaty district court of Nur-Sultan jails a man for setting fire to three cars in a courtyard on Zhumabayev Street in Almaty district of the capital on 14 December 2019 (the arson is narrated with place and date and counted; the sentence is not); thefts from cars in Yesil district; native of Stepnogorsk, earlier conviction in Almaty',
     text="""Поджигателя машин из Алматинского района столицы осудили на пять лет
НУР-СУЛТАН, 1 июля. Алматинский районный суд Нур-Султана приговорил 28-летнего уроженца Степногорска к пяти годам лишения свободы за умышленное уничтожение чужого имущества путём поджога.
Как установило следствие, в ночь на 14 декабря 2019 года подсудимый облил бензином и поджёг три автомобиля во дворе дома на ул. Жумабаева в Алматинском районе столицы. Две машины сгорели полностью. По версии обвинения, так он мстил соседу, который не вернул ему долг.
Кроме того, суд признал его виновным в кражах магнитол из машин на парковках Есильского района. Ранее он уже был судим в Алматы за угон.
Подсудимый вину признал частично. Его адвокат намерен обжаловать приговор в суде города Нур-Султана.""",
     ann=[
        ('Алматинского района', 0, 'district', 'Almaty District (Astana)', 'Astana', {'subkind': CD, 'note': 'headline; district of the capital, not Almaty or Almaty Region'}),
        ('НУР-СУЛТАН', 0, 'city', 'Astana', 'Astana', {'note': 'dateline; name of the capital 2019-2022'}),
        ('Алматинский', 0, 'district', 'Almaty District (Astana)', 'Astana', {'subkind': CD, 'note': 'NI:inside the name of a court; district of the capital'}),
        ('Нур-Султана', 0, 'city', 'Astana', 'Astana', {'note': 'NI:inside the name of a court'}),
        ('Степногорска', 0, 'city', 'Stepnogorsk', AKR, {'note': "NI:defendant's birthplace"}),
        ('ул. Жумабаева', 0, 'facility', 'Zhumabayev Street (Astana)', 'Astana', {'subkind': ST, 'note': 'street named after a person'}),
        ('Алматинском районе', 0, 'district', 'Almaty District (Astana)', 'Astana', {'subkind': CD, 'note': 'district of the capital'}),
        ('Есильского района', 0, 'district', 'Yesil District (Astana)', 'Astana', {'subkind': CD, 'note': 'NI:thefts from cars, not counted'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:earlier conviction, no event narrated'}),
        ('Нур-Султана', 1, 'city', 'Astana', 'Astana', {'note': 'NI:inside the name of a court'}),
     ],
     inc={'Astana': (1, 'arson of three cars in a courtyard on Zhumabayev Street, Almaty district, on 14 December 2019, narrated in the court report with place and date; the sentence and the thefts from cars are not counted')}),

dict(id='p012', date='2010-11-23', lang='ru',
     event='2010 two cars set on fire in the Yugo-Vostok microdistrict (Kazybek bi district of Karaganda) and a student beaten and robbed on Yerubayev Street, attackers held in Maikuduk (Karaganda Region); financial pyramid run by the company «Темиртау-Инвест» (not a place) in Temirtau with victims from Karaganda and Shakhtinsk (not counted); the district named after a person',
     text="""Караганда: в Юго-Востоке сожгли две машины, на Ерубаева избили и ограбили студента
КАРАГАНДА, 23 ноября. В ночь на понедельник в микрорайоне Юго-Восток, который входит в район имени Казыбек би, неизвестные подожгли два автомобиля, стоявших во дворе пятиэтажки. Огонь повредил также окна квартир на первом этаже. Возбуждено дело об умышленном поджоге, сообщили в ДВД Карагандинской области.
В воскресенье вечером на ул. Ерубаева в центре города трое молодых людей избили 20-летнего студента и отняли у него ноутбук и телефон. Пострадавший госпитализирован с сотрясением мозга; двоих нападавших задержали на следующий день в Майкудуке, в Октябрьском районе.
В Темиртау полицейские задержали организаторов финансовой пирамиды — компании «Темиртау-Инвест», которая обещала вкладчикам 30% в месяц. Пострадавшими признаны более 200 человек из Темиртау, Караганды и Шахтинска; общий ущерб превысил 90 миллионов тенге.""",
     ann=[
        ('Караганда', 0, 'city', 'Karaganda', KR, {'note': 'headline'}),
        ('Юго-Востоке', 0, 'district', 'Yugo-Vostok (Karaganda)', KR, {'subkind': MD, 'note': 'headline'}),
        ('Ерубаева', 0, 'facility', 'Yerubayev Street (Karaganda)', KR, {'subkind': ST, 'note': 'headline; street named without head noun, after a person'}),
        ('КАРАГАНДА', 0, 'city', 'Karaganda', KR, {'note': 'dateline'}),
        ('Юго-Восток', 0, 'district', 'Yugo-Vostok (Karaganda)', KR, {'subkind': MD}),
        ('район имени Казыбек би', 0, 'district', 'Kazybek bi District (Karaganda)', KR, {'subkind': CD, 'note': 'official name "district named after Kazybek bi"; the head noun is part of the name'}),
        ('Карагандинской области', 0, 'region', KR, KR, {'note': 'inside the name of an authority'}),
        ('ул. Ерубаева', 0, 'facility', 'Yerubayev Street (Karaganda)', KR, {'subkind': ST, 'note': 'street named after a person'}),
        ('Майкудуке', 0, 'district', 'Maikuduk (Karaganda)', KR, {'subkind': MD, 'note': 'NI:place of arrest'}),
        ('Октябрьском районе', 0, 'district', 'Oktyabrsky District (Karaganda)', KR, {'subkind': CD, 'note': 'NI:place of arrest'}),
        ('Темиртау', 0, 'city', 'Temirtau', KR, {'note': 'NI:financial pyramid, fraud not counted'}),
        ('Темиртау', 2, 'city', 'Temirtau', KR, {'note': "NI:victims' residence; occurrence 1 is inside the company name «Темиртау-Инвест», not annotated"}),
        ('Караганды', 0, 'city', 'Karaganda', KR, {'note': "NI:victims' residence"}),
        ('Шахтинска', 0, 'city', 'Shakhtinsk', KR, {'note': "NI:victims' residence"}),
     ],
     inc={KR: (2, 'two cars set on fire in the Yugo-Vostok microdistrict, Kazybek bi district of Karaganda; student beaten and robbed on Yerubayev Street; the pyramid scheme in Temirtau is fraud, not counted')}),

dict(id='p013', date='2022-04-05', lang='ru',
     event='2022 stabbing in a nightclub on Abai Street in Semey and a taxi burnt in the Zhana Semey part of the city (East Kazakhstan Region, two months before Abai Region was created); the proposed Abai Region mentioned; suspect from Kurchatov',
     text="""Семей: ссора в ночном клубе закончилась ножевым ранением
СЕМЕЙ, 5 апреля. В ночь на воскресенье в ночном клубе на ул. Абая между двумя компаниями вспыхнула ссора, которая переросла в драку. 26-летний посетитель получил ножевое ранение в живот и прооперирован в городской больнице скорой помощи. Подозреваемый, житель Курчатова, задержан, сообщили в департаменте полиции Восточно-Казахстанской области.
Той же ночью на левобережье, в Жана Семее, сгорел автомобиль такси, припаркованный у подъезда. Водитель рассказал, что накануне получал угрозы, и полиция проверяет версию поджога.
Напомним, в середине марта президент предложил создать Абайскую область с центром в Семее. Пока город остаётся в составе ВКО, и уголовные дела по-прежнему ведут областные следователи в Усть-Каменогорске.""",
     ann=[
        ('Семей', 0, 'city', 'Semey', EKR, {'note': 'headline; East Kazakhstan Region before 2022-06-08'}),
        ('СЕМЕЙ', 0, 'city', 'Semey', EKR, {'note': 'dateline'}),
        ('ул. Абая', 0, 'facility', 'Abai Street (Semey)', EKR, {'subkind': ST, 'note': 'street named after the poet; not Abai Region'}),
        ('Курчатова', 0, 'city', 'Kurchatov', EKR, {'note': "NI:suspect's residence"}),
        ('Восточно-Казахстанской области', 0, 'region', EKR, EKR, {'note': 'inside the name of an authority'}),
        ('Жана Семее', 0, 'district', 'Zhana Semey (Semey)', EKR, {'subkind': MD, 'note': 'left-bank part of Semey'}),
        ('Абайскую область', 0, 'region', EKR, EKR, {'uncertain': True, 'note': 'NI:the region proposed in March 2022 and created on 2022-06-08; on the article date its land is East Kazakhstan Region'}),
        ('Семее', 1, 'city', 'Semey', EKR, {'note': 'NI:proposed seat of the new region'}),
        ('ВКО', 0, 'region', EKR, EKR, {'note': 'NI:abbreviation of East Kazakhstan Region'}),
        ('Усть-Каменогорске', 0, 'city', 'Oskemen', EKR, {'note': 'NI:seat of the investigators'}),
     ],
     inc={EKR: (2, 'stabbing in a nightclub fight on Abai Street, Semey; taxi burnt in Zhana Semey (suspected arson)')}),

dict(id='p014', date='2003-06-17', lang='ru',
     event='2003 pensioner knocked down, kicked and robbed on Kutuzov Street in Pavlodar and a businessman\'s jeep set on fire on Satpayev Street in Ekibastuz (Pavlodar Region); car thefts in Pavlodar and Aksu with cars driven to Omsk Oblast (not counted); the street named after Satpayev, not the town',
     text="""Павлодар: пенсионера ограбили у подъезда, в Экибастузе сожгли джип
ПАВЛОДАР, 17 июня. В субботу вечером у подъезда дома на ул. Кутузова двое молодых людей сбили с ног 72-летнего пенсионера, несколько раз ударили его ногами и забрали только что полученную пенсию. Пострадавший с переломом рёбер находится в больнице, сообщили в УВД Павлодарской области.
В ночь на воскресенье в Экибастузе во дворе на ул. Сатпаева сгорел джип местного предпринимателя. Пожарные нашли рядом пустую канистру из-под бензина; возбуждено дело о поджоге.
Полицейские по-прежнему жалуются на угонщиков: с начала года в Павлодаре угнали 64 машины, ещё шесть пропали в Аксу. По данным оперативников, большую часть угнанных автомобилей перегоняют в Омскую область России, где продают по поддельным документам.""",
     ann=[
        ('Павлодар', 0, 'city', 'Pavlodar', PR, {'note': 'headline'}),
        ('Экибастузе', 0, 'city', 'Ekibastuz', PR, {'note': 'headline'}),
        ('ПАВЛОДАР', 0, 'city', 'Pavlodar', PR, {'note': 'dateline'}),
        ('ул. Кутузова', 0, 'facility', 'Kutuzov Street (Pavlodar)', PR, {'subkind': ST, 'note': 'street named after a person'}),
        ('Павлодарской области', 0, 'region', PR, PR, {'note': 'inside the name of an authority'}),
        ('Экибастузе', 1, 'city', 'Ekibastuz', PR),
        ('ул. Сатпаева', 0, 'facility', 'Satpayev Street (Ekibastuz)', PR, {'subkind': ST, 'note': 'street named after a person; not the town of Satpayev'}),
        ('Павлодаре', 0, 'city', 'Pavlodar', PR, {'note': 'NI:car theft statistics'}),
        ('Аксу', 0, 'city', 'Aksu', PR, {'note': 'NI:car thefts, not counted'}),
        ('Омскую область', 0, 'foreign', 'Omsk Oblast', N, {'note': 'NI:destination of stolen cars'}),
        ('России', 0, 'foreign', 'Russia', N, {'note': 'NI:destination of stolen cars'}),
     ],
     inc={PR: (2, 'pensioner knocked down, kicked and robbed on Kutuzov Street, Pavlodar; businessman\'s jeep set on fire on Satpayev Street, Ekibastuz; car thefts not counted')}),

dict(id='p015', date='2012-08-07', lang='ru',
     event='2012 weekend crime round-up of four cities: knife fight outside a nightclub on Maresyev Street in Aktobe; a car dealer shot with a traumatic pistol at the «Саулет» car market in Uralsk (shooter held on the way to Samara); three cars burnt on Moskovskaya Street in Almaty district of Astana (not Almaty); a currency trader beaten and robbed at the «Алтын Орда» market in Alatau district of Almaty, pickpockets in Zhetysu district; car arsons in three other, unnamed regions (unattributed)',
     text="""Криминальная сводка выходных: Актобе, Уральск, Астана, Алматы
АСТАНА, 7 августа. Мы собрали главные происшествия выходных в крупных городах страны по сообщениям областных и городских департаментов внутренних дел.

Актобе. В ночь на субботу у ночного клуба на ул. Маресьева подрались около 15 человек. Двое получили ножевые ранения, один из них в тяжёлом состоянии. Драка, по данным полиции, началась из-за очереди на вход, а охрана клуба вызвала наряд лишь спустя 20 минут. ДВД Актюбинской области задержал шестерых, возбуждено дело о хулиганстве.

Уральск. В воскресенье на авторынке «Саулет» покупатель поспорил с продавцом о цене подержанной машины и выстрелил в него из травматического пистолета. По словам очевидцев, стрельба началась, когда продавец отказался вернуть задаток. Продавец ранен в плечо. Стрелка задержали через час на выезде из города по трассе в сторону Самары.

Астана. В Алматинском районе столицы — не путать с Алматы — в ночь на воскресенье во дворе на ул. Московской сгорели три автомобиля. Полиция рассматривает версию поджога. В Есильском районе за выходные угнали два внедорожника.

Алматы. В субботу днём у рынка «Алтын Орда» в Алатауском районе двое мужчин ударили по голове менялу и отобрали у него сумку с двумя миллионами тенге. Пострадавшего доставили в больницу с сотрясением мозга, нападавших ищут. В Жетысуском районе задержаны трое карманников, которые промышляли в переполненных автобусах.

Кроме того, поджоги автомобилей за выходные зарегистрированы ещё в трёх областях, их в МВД не назвали. В целом, по данным министерства, за семь месяцев число уличных грабежей в Казахстане снизилось на 6%, но больше всего их по-прежнему приходится на Алматы и Шымкент.""",
     ann=[
        ('Актобе', 0, 'city', 'Aktobe', AR, {'note': 'headline'}),
        ('Уральск', 0, 'city', 'Oral', WKR, {'note': 'headline; Russian name of Oral'}),
        ('Астана', 0, 'city', 'Astana', 'Astana', {'note': 'headline'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'headline'}),
        ('АСТАНА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Актобе', 1, 'city', 'Aktobe', AR, {'note': 'section heading'}),
        ('ул. Маресьева', 0, 'facility', 'Maresyev Street (Aktobe)', AR, {'subkind': ST, 'note': 'street named after a person'}),
        ('Актюбинской области', 0, 'region', AR, AR, {'note': 'inside the name of an authority'}),
        ('Уральск', 1, 'city', 'Oral', WKR, {'note': 'section heading'}),
        ('Саулет', 0, 'facility', 'Saulet car market (Oral)', WKR, {'subkind': 'market', 'note': 'name in quotes'}),
        ('Самары', 0, 'foreign', 'Samara', N, {'note': 'NI:road direction'}),
        ('Астана', 1, 'city', 'Astana', 'Astana', {'note': 'section heading'}),
        ('Алматинском районе', 0, 'district', 'Almaty District (Astana)', 'Astana', {'subkind': CD, 'note': 'district of the capital, not Almaty or Almaty Region'}),
        ('Алматы', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:"not to be confused with Almaty"'}),
        ('ул. Московской', 0, 'facility', 'Moskovskaya Street (Astana)', 'Astana', {'subkind': ST, 'note': 'street named after Moscow; not the foreign city'}),
        ('Есильском районе', 0, 'district', 'Yesil District (Astana)', 'Astana', {'subkind': CD, 'note': 'NI:car thefts, not counted'}),
        ('Алматы', 2, 'city', 'Almaty', 'Almaty', {'note': 'section heading'}),
        ('Алтын Орда', 0, 'facility', 'Altyn Orda market (Almaty)', 'Almaty', {'subkind': 'market', 'note': 'name in quotes; named after the Golden Horde'}),
        ('Алатауском районе', 0, 'district', 'Alatau District (Almaty)', 'Almaty', {'subkind': CD}),
        ('Жетысуском районе', 0, 'district', 'Zhetysu District (Almaty)', 'Almaty', {'subkind': CD, 'note': 'NI:pickpockets detained, not counted; district of Almaty'}),
        ('трёх областях', 0, 'quantified', '3 regions', N, {'count': 3, 'unit': 'region', 'note': 'car arsons in three unnamed regions'}),
        ('Казахстане', 0, 'country', 'Kazakhstan', N),
        ('Алматы', 3, 'city', 'Almaty', 'Almaty', {'note': 'NI:robbery statistics'}),
        ('Шымкент', 0, 'city', 'Shymkent', SKR, {'note': 'NI:robbery statistics; South Kazakhstan Region before 2018-06-19'}),
     ],
     inc={AR: (1, 'knife fight outside a nightclub on Maresyev Street, Aktobe, two wounded'),
          WKR: (1, 'car dealer shot with a traumatic pistol at the «Саулет» car market, Uralsk'),
          'Astana': (1, 'three cars burnt (suspected arson) on Moskovskaya Street, Almaty district of Astana; car thefts in Yesil district not counted'),
          'Almaty': (1, 'currency trader hit on the head and robbed at the «Алтын Орда» market, Alatau district; pickpockets not counted')},
     unatt=[{'label': 'трёх областях', 'count': 3, 'note': 'car arsons in three other, unnamed regions'}]),

dict(id='p016', date='2025-03-18', lang='ru',
     event='2025 weekend police review of Shymkent: nightclub guards beaten on Tauke Khan Avenue (Al-Farabi district), two cars set on fire in the Tassay housing area (Turan district), an armed shop raid on Zhibek Zholy Street (Abai district) with the suspect held in Semey (Abai Region); phone fraud in Enbekshi district (not counted); a stabbing at the market in Saryagash and a car theft in Kentau (Turkistan Region); Abai district vs Abai Region, Zhibek Zholy Street vs the village',
     text="""Шымкент: драка в ночном клубе на Тауке хана, поджог машин в Туранском районе, разбой на Жибек жолы
ШЫМКЕНТ, 18 марта. Департамент полиции Шымкента подвёл итоги выходных.

Аль-Фарабийский район. В ночь на субботу в ночном клубе на пр. Тауке хана компания посетителей, которых не пустили в VIP-зал, напала на охрану. Трое охранников получили травмы, у одного сломан нос. Задержаны пятеро, возбуждено дело о хулиганстве.

Туранский район. В воскресенье около трёх часов ночи в жилом массиве Тассай сгорели два автомобиля, припаркованные у многоэтажки. На записи камеры видно, как мужчина в капюшоне поливает машины жидкостью из бутылки, а затем поджигает. Владелец одной из машин, житель Ленгера, приехал к родственникам на выходные.

Абайский район. Трое мужчин в масках ворвались в продуктовый магазин на ул. Жибек жолы и, угрожая продавщице ножом, забрали около 300 тысяч тенге. Одного из них задержали уже во вторник в Семее Абайской области, куда он уехал на поезде.

Енбекшинский район. Полиция вновь предупреждает о мошенниках, которые звонят от имени банков: за неделю 19 жителей района перевели им в общей сложности 14 млн тенге. В одном случае звонивший представился сотрудником службы безопасности банка из Астаны.

В соседней Туркестанской области на рынке в Сарыагаше во время ссоры торговец ударил ножом соседа по прилавку. В Кентау угнали автомобиль «Приора», позже его нашли в Шымкенте.

По данным городского департамента полиции, с начала года в Шымкенте зарегистрировано 118 уличных грабежей — на 12% меньше, чем год назад. Больше всего грабежей, как и прежде, приходится на Абайский и Енбекшинский районы.""",
     ann=[
        ('Шымкент', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'headline'}),
        ('Тауке хана', 0, 'facility', 'Tauke Khan Avenue (Shymkent)', 'Shymkent', {'subkind': ST, 'note': 'headline; avenue named without head noun, after a person'}),
        ('Туранском районе', 0, 'district', 'Turan District (Shymkent)', 'Shymkent', {'subkind': CD, 'note': 'headline'}),
        ('Жибек жолы', 0, 'facility', 'Zhibek Zholy Street (Shymkent)', 'Shymkent', {'subkind': ST, 'note': 'headline; street named without head noun; not the village of Zhibek Zholy (Turkistan Region)'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'dateline'}),
        ('Шымкента', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'inside the name of an authority'}),
        ('Аль-Фарабийский район', 0, 'district', 'Al-Farabi District (Shymkent)', 'Shymkent', {'subkind': CD, 'note': 'section heading'}),
        ('пр. Тауке хана', 0, 'facility', 'Tauke Khan Avenue (Shymkent)', 'Shymkent', {'subkind': ST, 'note': 'avenue named after a person'}),
        ('Туранский район', 0, 'district', 'Turan District (Shymkent)', 'Shymkent', {'subkind': CD, 'note': 'section heading'}),
        ('Тассай', 0, 'district', 'Tassay (Shymkent)', 'Shymkent', {'subkind': MD, 'note': 'housing area (жилой массив)'}),
        ('Ленгера', 0, 'city', 'Lenger', TR, {'note': "NI:car owner's residence"}),
        ('Абайский район', 0, 'district', 'Abai District (Shymkent)', 'Shymkent', {'subkind': CD, 'note': 'section heading; district of Shymkent, not Abai Region'}),
        ('ул. Жибек жолы', 0, 'facility', 'Zhibek Zholy Street (Shymkent)', 'Shymkent', {'subkind': ST, 'note': 'not the village of Zhibek Zholy'}),
        ('Семее', 0, 'city', 'Semey', ABR, {'note': 'NI:place of arrest'}),
        ('Абайской области', 0, 'region', ABR, ABR, {'note': 'NI:place of arrest'}),
        ('Енбекшинский район', 0, 'district', 'Enbekshi District (Shymkent)', 'Shymkent', {'subkind': CD, 'note': 'NI:section heading; phone fraud, not counted'}),
        ('Астаны', 0, 'city', 'Astana', 'Astana', {'note': 'NI:claimed by a fraudster'}),
        ('Туркестанской области', 0, 'region', TR, TR),
        ('Сарыагаше', 0, 'city', 'Saryagash', TR),
        ('Кентау', 0, 'city', 'Kentau', TR, {'note': 'NI:car theft without violence, not counted'}),
        ('Шымкенте', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:stolen car found'}),
        ('Шымкенте', 1, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:robbery statistics'}),
        ('Абайский', 1, 'district', 'Abai District (Shymkent)', 'Shymkent', {'subkind': CD, 'note': 'NI:robbery statistics; in a list sharing "районы"'}),
        ('Енбекшинский', 1, 'district', 'Enbekshi District (Shymkent)', 'Shymkent', {'subkind': CD, 'note': 'NI:robbery statistics; in a list sharing "районы"'}),
     ],
     inc={'Shymkent': (3, 'nightclub guards beaten on Tauke Khan Avenue (Al-Farabi district); two cars set on fire in Tassay (Turan district); armed raid on a shop on Zhibek Zholy Street (Abai district); phone fraud not counted'),
          TR: (1, 'trader stabbed in a quarrel at the market in Saryagash; the car theft in Kentau not counted')}),
]
