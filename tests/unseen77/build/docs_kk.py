"""Kazakh texts of the seventy-seventh unseen check corpus (Cyrillic; p024 quotes a post in the
Kazakh Latin alphabet of January 2021)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p017', date='2013-05-11', lang='kk',
     event='2013 opening of the Zhanaozen - Bolashak railway to the Turkmen border (Mangystau Region), part of the Kazakhstan - Turkmenistan - Iran corridor through Serhetyaka and Bereket to Gorgan; the day before, a freight train hit a tractor at a crossing on the outskirts of Zhanaozen; port of Aktau',
     text="""Жаңаөзен – Болашақ теміржолы пайдалануға берілді
ЖАҢАӨЗЕН, 11 мамыр. ҚазАқпарат – Маңғыстау облысында ұзындығы 146 шақырым болатын Жаңаөзен – Болашақ теміржол желісі ашылды. Желі Түрікменстан шекарасына дейін жетеді және Қазақстан – Түрікменстан – Иран халықаралық дәлізінің бөлігі болып табылады. Түрікменстан аумағында жол Серхетяқа станциясынан Берекетке, одан әрі Иранның Горган қаласына дейін созылады.
Салтанатты шарадан бір күн бұрын Жаңаөзен қаласының шетіндегі теміржол өткелінде жүк пойызы тракторды қағып кетті. Тракторшы ауыр жарақат алып, ауруханаға жеткізілді, деп хабарлады Маңғыстау облыстық полиция департаменті.
Жаңа желі арқылы жылына 10 миллион тоннаға дейін жүк тасымалдау күтілуде. Жүктің бір бөлігі Ақтау портынан теңіз арқылы жөнелтіледі.""",
     ann=[
        ('Жаңаөзен', 0, 'city', 'Zhanaozen', MR, {'note': 'headline; NI:line endpoint'}),
        ('Болашақ', 0, 'facility', 'Bolashak station', MR, {'subkind': 'railway station', 'note': 'headline; NI:line endpoint (border station)'}),
        ('ЖАҢАӨЗЕН', 0, 'city', 'Zhanaozen', MR, {'note': 'dateline'}),
        ('Маңғыстау облысында', 0, 'region', MR, MR, {'note': 'NI:opening of the line'}),
        ('Жаңаөзен', 1, 'city', 'Zhanaozen', MR, {'note': 'NI:line endpoint'}),
        ('Болашақ', 1, 'facility', 'Bolashak station', MR, {'subkind': 'railway station', 'note': 'NI:line endpoint'}),
        ('Түрікменстан', 0, 'foreign', 'Turkmenistan', N, {'note': 'NI:border'}),
        ('Қазақстан', 0, 'country', 'Kazakhstan', N, {'note': 'NI:corridor name'}),
        ('Түрікменстан', 1, 'foreign', 'Turkmenistan', N, {'note': 'NI:corridor name'}),
        ('Иран', 0, 'foreign', 'Iran', N, {'note': 'NI:corridor name'}),
        ('Түрікменстан', 2, 'foreign', 'Turkmenistan', N, {'note': 'NI:territory'}),
        ('Серхетяқа станциясынан', 0, 'foreign', 'Serhetyaka', N, {'subkind': 'railway station', 'note': 'NI:route point'}),
        ('Берекетке', 0, 'foreign', 'Bereket', N, {'note': 'NI:route point'}),
        ('Иранның', 0, 'foreign', 'Iran', N, {'note': 'NI:possessive'}),
        ('Горган қаласына', 0, 'foreign', 'Gorgan', N, {'note': 'NI:route end'}),
        ('Жаңаөзен қаласының', 0, 'city', 'Zhanaozen', MR, {'note': 'crossing on the outskirts of the city'}),
        ('Маңғыстау', 1, 'region', MR, MR, {'note': 'inside the name of an authority ("облыстық полиция департаменті")'}),
        ('Ақтау портынан', 0, 'facility', 'Port of Aktau', MR, {'subkind': 'port', 'note': 'NI:shipping'}),
     ],
     inc={MR: (1, 'freight train hit a tractor at a crossing on the outskirts of Zhanaozen, tractor driver badly hurt')}),

dict(id='p018', date='2023-08-16', lang='kk',
     event='2023 day chronicle of Jetisu and Almaty regions and Almaty city: bus-lorry collision on the Almaty - Khorgos road near Zharkent, Panfilov district, two dead, and a wagon fire at Altynkol station on the Chinese border (Jetisu Region); a roller overturns during road repairs near Konaev (the former Kapshagay) on the Almaty - Oskemen road (Almaty Region); a shunting locomotive hits a wagon at Almaty-1 station in the Turksib district of Almaty, named after the Turkestan - Siberia railway; serious crashes in several other, unnamed regions (unattributed); Altynkol and Khorgos formerly in Almaty Region',
     text="""Алматы – Қорғас тасжолында апат, Алтынкөлде вагон өртенді: тәулік шежіресі
ТАЛДЫҚОРҒАН, 16 тамыз. ҚазАқпарат – Жетісу және Алматы облыстарында, сондай-ақ Алматы қаласында көлік пен теміржолда болған оқиғаларға тәуліктік шолу.

07:30. Алматы – Қорғас тасжолында, Панфилов ауданындағы Жаркент қаласы маңында жолаушылар автобусы мен жүк көлігі соқтығысты. Екі адам қаза тапты, тоғыз адам ауруханаға түсті, деп хабарлады Жетісу облысы полиция департаменті. Автобус Алматыдан Қорғасқа бара жатқан. Апаттан кейін тасжолдың бұл бөлігінде қозғалыс үш сағатқа шектеліп, көліктер Жаркент қаласының көшелері арқылы жіберілді.

10:15. Қытай шекарасындағы Алтынкөл станциясында Қытайдан келген контейнерлі пойыздың бір вагонында өрт шықты. Өрт сөндірушілер жалынды бір сағатта сөндірді, ешкім зардап шеккен жоқ, өрттің себебі анықталып жатыр. Вагонда тұрмыстық техника болған. Станция арқылы тәулігіне 15 жұпқа дейін пойыз өтеді, олардың көбі шекараның арғы бетіндегі Хоргос қаласынан келеді.

13:40. Алматы облысында, Алматы – Өскемен тасжолының Қонаев қаласы маңындағы бөлігінде жол жөндеу кезінде асфальт тығыздайтын каток аударылып, жұмысшы қаза тапты. Облыстық еңбек инспекциясы тексеру бастады, жол бөлігі екі сағатқа жабылып, көліктер айналма жолмен жіберілді. Қонаев қаласы 2022 жылға дейін Қапшағай деп аталған.

16:05. Алматы қаласының Түрксіб ауданындағы Алматы-1 станциясында маневрлік тепловоз бос тұрған вагонға соғылды. Машинист жеңіл жарақат алды, станциядағы қозғалыс кешікпеді. Түрксіб ауданының атауы Түркістан – Сібір темір жолынан шыққан.

18:30. ІІМ мәліметінше, тәулік ішінде тағы бірнеше облыста республикалық тасжолдарда ірі жол апаттары тіркелді, бірақ олардың қай жерде болғаны айтылмады.

Жетісу облысы 2022 жылғы 8 маусымда құрылды, орталығы – Талдықорған. Алтынкөл мен Қорғас бұрын Алматы облысына қарасты еді, ал Алматы облысының орталығы сол жылы Қонаевқа көшірілді.""",
     ann=[
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'headline; NI:road endpoint'}),
        ('Қорғас', 0, 'village', 'Khorgos', JTR, {'note': 'headline; NI:road endpoint'}),
        ('Алтынкөлде', 0, 'village', 'Altynkol', JTR, {'note': 'headline; Jetisu Region since 2022-06-08'}),
        ('ТАЛДЫҚОРҒАН', 0, 'city', 'Taldykorgan', JTR, {'note': 'dateline'}),
        ('Жетісу', 0, 'region', JTR, JTR, {'note': 'in a list sharing "облыстарында"'}),
        ('Алматы', 1, 'region', ALR, ALR, {'note': 'in a list sharing "облыстарында"'}),
        ('Алматы қаласында', 0, 'city', 'Almaty', 'Almaty'),
        ('Алматы', 3, 'city', 'Almaty', 'Almaty', {'note': 'NI:road endpoint'}),
        ('Қорғас', 1, 'village', 'Khorgos', JTR, {'note': 'NI:road endpoint'}),
        ('Панфилов ауданындағы', 0, 'district', 'Panfilov District', JTR),
        ('Жаркент қаласы', 0, 'city', 'Zharkent', JTR, {'note': 'collision near the town'}),
        ('Жетісу облысы', 0, 'region', JTR, JTR, {'note': 'inside the name of an authority'}),
        ('Алматыдан', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of the bus'}),
        ('Қорғасқа', 0, 'village', 'Khorgos', JTR, {'note': 'NI:destination of the bus'}),
        ('Жаркент қаласының', 0, 'city', 'Zharkent', JTR, {'note': 'NI:detour'}),
        ('Қытай', 0, 'foreign', 'China', N, {'note': 'NI:border'}),
        ('Алтынкөл станциясында', 0, 'facility', 'Altynkol station', JTR, {'subkind': 'railway station'}),
        ('Қытайдан', 0, 'foreign', 'China', N, {'note': 'NI:origin of the train'}),
        ('Хоргос қаласынан', 0, 'foreign', 'Khorgas (China)', N, {'note': 'NI:the Chinese town across the border, not the Kazakh Khorgos'}),
        ('Алматы облысында', 0, 'region', ALR, ALR),
        ('Алматы', 5, 'city', 'Almaty', 'Almaty', {'note': 'NI:road endpoint'}),
        ('Өскемен', 0, 'city', 'Oskemen', EKR, {'note': 'NI:road endpoint'}),
        ('Қонаев қаласы', 0, 'city', 'Konaev', ALR, {'note': 'road works near the city'}),
        ('Қонаев қаласы', 1, 'city', 'Konaev', ALR, {'note': 'NI:background'}),
        ('Қапшағай', 0, 'city', 'Konaev', ALR, {'note': 'NI:former name (until 2022)'}),
        ('Алматы қаласының', 0, 'city', 'Almaty', 'Almaty'),
        ('Түрксіб ауданындағы', 0, 'district', 'Turksib District (Almaty)', 'Almaty', {'subkind': 'city district'}),
        ('Алматы-1 станциясында', 0, 'facility', 'Almaty-1 station', 'Almaty', {'subkind': 'railway station'}),
        ('Түрксіб ауданының', 0, 'district', 'Turksib District (Almaty)', 'Almaty', {'subkind': 'city district', 'note': 'NI:background'}),
        ('Түркістан', 0, 'foreign', 'Turkestan (historical region)', N, {'subkind': 'macro-region', 'uncertain': True, 'note': 'NI:endpoint in the name of the Turkestan - Siberia railway; the historical region of Central Asia, not the town or Turkistan Region'}),
        ('Сібір', 0, 'foreign', 'Siberia', N, {'subkind': 'macro-region', 'note': 'NI:endpoint in the railway name'}),
        ('бірнеше облыста', 0, 'quantified', 'several regions', N, {'count': None, 'unit': 'region', 'note': 'serious crashes in unnamed regions'}),
        ('Жетісу облысы', 1, 'region', JTR, JTR, {'note': 'NI:background'}),
        ('Талдықорған', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:regional centre'}),
        ('Алтынкөл', 1, 'village', 'Altynkol', JTR, {'note': 'NI:background'}),
        ('Қорғас', 2, 'village', 'Khorgos', JTR, {'note': 'NI:background'}),
        ('Алматы облысына', 0, 'region', ALR, ALR, {'note': 'NI:former unit'}),
        ('Алматы облысының', 0, 'region', ALR, ALR, {'note': 'NI:background'}),
        ('Қонаевқа', 0, 'city', 'Konaev', ALR, {'note': 'NI:new regional centre'}),
     ],
     inc={JTR: (2, 'bus-lorry collision on the Almaty - Khorgos road near Zharkent, two dead; wagon fire at Altynkol station'),
          ALR: (1, 'road roller overturned during repairs near Konaev, one worker killed'),
          'Almaty': (1, 'shunting locomotive hit a standing wagon at Almaty-1 station, Turksib district')},
     unatt=[{'label': 'бірнеше облыста', 'count': None, 'note': 'serious road crashes in several other, unnamed regions'}]),

dict(id='p019', date='2009-11-10', lang='kk',
     event='2009 excavator falls into a trench on the Central Asia - China gas pipeline site in Tole Bi district, 15 km from Lenger, driver killed (South Kazakhstan Region before the 2018 split); the route through Turkmenistan, Uzbekistan, Shymkent, Taraz and Almaty Region to Khorgos and Xinjiang; "Оңтүстікте" (in the south) is not a place',
     text="""Оңтүстікте газ құбыры құрылысында жұмысшы қаза тапты
ШЫМКЕНТ, 10 қараша. Оңтүстік Қазақстан облысы Төлеби ауданында Орталық Азия – Қытай газ құбырының құрылыс алаңында экскаватор траншеяға аударылып, оның жүргізушісі қаза тапты. Бұл туралы облыстық төтенше жағдайлар департаменті хабарлады. Оқиға Ленгер қаласынан 15 шақырым жерде болған.
Газ құбыры Түрікменстаннан басталып, Өзбекстан арқылы Қазақстанға кіреді де, Шымкент, Тараз және Алматы облысы арқылы Қорғасқа дейін жетеді. Одан әрі газ Қытайдың Синьцзян өңіріне және елдің шығыс провинцияларына жеткізіледі. Құбырдың бірінші желісін желтоқсанда іске қосу жоспарланған.
Прокуратура еңбек қауіпсіздігі ережелерінің сақталуын тексеріп жатыр. Мердігер компания қаза тапқан жұмысшының отбасына көмек көрсететінін мәлімдеді.""",
     ann=[
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', SKR, {'note': 'dateline; South Kazakhstan Region before 2018-06-19'}),
        ('Оңтүстік Қазақстан облысы', 0, 'region', SKR, SKR),
        ('Төлеби ауданында', 0, 'district', 'Tole Bi District', SKR, {'note': 'Turkistan Region after 2018-06-19'}),
        ('Орталық Азия', 0, 'foreign', 'Central Asia', N, {'subkind': 'macro-region', 'uncertain': True, 'note': 'NI:pipeline name endpoint; includes Kazakhstan'}),
        ('Қытай', 0, 'foreign', 'China', N, {'note': 'NI:pipeline name endpoint'}),
        ('Ленгер қаласынан', 0, 'city', 'Lenger', SKR, {'note': 'NI:reference point ("15 шақырым жерде")'}),
        ('Түрікменстаннан', 0, 'foreign', 'Turkmenistan', N, {'note': 'NI:pipeline start'}),
        ('Өзбекстан', 0, 'foreign', 'Uzbekistan', N, {'note': 'NI:transit'}),
        ('Қазақстанға', 0, 'country', 'Kazakhstan', N),
        ('Шымкент', 0, 'city', 'Shymkent', SKR, {'note': 'NI:route point'}),
        ('Тараз', 0, 'city', 'Taraz', JR, {'note': 'NI:route point'}),
        ('Алматы облысы', 0, 'region', ALR, ALR, {'note': 'NI:route point'}),
        ('Қорғасқа', 0, 'village', 'Khorgos', ALR, {'note': 'NI:route end in Kazakhstan; Almaty Region before 2022-06-08'}),
        ('Қытайдың', 0, 'foreign', 'China', N, {'note': 'NI:destination'}),
        ('Синьцзян өңіріне', 0, 'foreign', 'Xinjiang', N, {'note': 'NI:destination'}),
     ],
     inc={SKR: (1, 'excavator fell into a trench on the gas pipeline site in Tole Bi district, driver killed')}),

dict(id='p020', date='1995-10-24', lang='kk',
     event='1995 eight grain wagons derail near Arkalyk on the Arkalyk - Esil line (Turgai Region, abolished 1997: Kostanay Region); a passenger train from Akmola (the city; Astana) held at Esil station (Esil town, Akmola Region land); background statistic not counted; Esil the town, not the river',
     text="""Арқалық – Есіл желісінде жүк пойызы рельстен шықты
АРҚАЛЫҚ, 24 қазан. Торғай облысында Арқалық – Есіл темір жол желісінде, Арқалық қаласы маңында астық тиелген жүк пойызының сегіз вагоны рельстен шығып кетті. Адам шығыны жоқ, деп хабарлады облыстық төтенше жағдайлар басқармасы. Жол екі тәулік жабық тұрды, Ақмоладан келе жатқан жолаушылар пойызы Есіл станциясында тоқтатылды.
Облыс басшылығының мәліметінше, вагондар ескі рельстердің тозуынан шыққан. Арқалық – Есіл желісі 1980 жылдары салынған және облыс орталығын Қостанай мен Ақмола арқылы еліміздің басқа өңірлерімен байланыстырады. Теміржолшылар желіні жөндеуге қаржы жетпейтінін айтады; биыл бұл желіде мұндай оқиға үшінші рет тіркелді.""",
     ann=[
        ('Арқалық', 0, 'city', 'Arkalyk', KOR, {'note': 'headline; NI:line endpoint; in Turgai Region until 1997, Kostanay Region land'}),
        ('Есіл', 0, 'city', 'Esil', AKR, {'note': 'headline; NI:line endpoint; the town (in Turgai Region until 1997, Akmola Region land), not the Yesil river'}),
        ('АРҚАЛЫҚ', 0, 'city', 'Arkalyk', KOR, {'note': 'dateline'}),
        ('Торғай облысында', 0, 'region', KOR, KOR, {'uncertain': True, 'note': 'Turgai Region, abolished 1997; labelled with the unit that took its centre Arkalyk and most of its land'}),
        ('Арқалық', 1, 'city', 'Arkalyk', KOR, {'note': 'NI:line endpoint'}),
        ('Есіл', 1, 'city', 'Esil', AKR, {'note': 'NI:line endpoint'}),
        ('Арқалық қаласы', 0, 'city', 'Arkalyk', KOR, {'note': 'derailment near the town'}),
        ('Ақмоладан', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of the train; the city named Akmola 1992-1998, not Akmola Region'}),
        ('Есіл станциясында', 0, 'facility', 'Esil station', AKR, {'subkind': 'railway station', 'note': 'NI:train held'}),
        ('Арқалық', 3, 'city', 'Arkalyk', KOR, {'note': 'NI:line endpoint'}),
        ('Есіл', 3, 'city', 'Esil', AKR, {'note': 'NI:line endpoint'}),
        ('Қостанай', 0, 'city', 'Kostanay', KOR, {'note': 'NI:route point'}),
        ('Ақмола', 0, 'city', 'Astana', 'Astana', {'note': 'NI:route point; the city'}),
     ],
     inc={KOR: (1, 'eight grain wagons derailed near Arkalyk (Turgai Region in 1995); "the third time this year" is a statistic')}),

dict(id='p021', date='2025-03-18', lang='kk',
     event='2025 day chronicle in the west and south: gas fire on the Beyneu - Bozoi - Shymkent pipeline in Zhalagash district (Kyzylorda Region); five wagons derail at Kandyagash station, Mugalzhar district (Aktobe Region); fatal collision on the Atyrau - Astrakhan road in Kurmangazy district (Atyrau Region); fuel tanker overturns on the Oral - Taskala - Russian border road in Taskala district (West Kazakhstan Region); roads closed in several districts; Shymkent and Turkistan Region supplied; trucks for Samara held in Oral; "Батыс өңірлердегі" is not a place',
     text="""Батыс өңірлердегі тәулік: газ құбырында өрт, Қандыағашта вагондар рельстен шықты
АҚТӨБЕ, 18 наурыз. ҚазАқпарат – Батыс және оңтүстік өңірлердегі құбыр, теміржол және тасжол нысандарында болған оқиғаларға шолу.

Қызылорда облысының Жалағаш ауданында Бейнеу – Бозой – Шымкент магистральдық газ құбырында жарылыс болып, газ жанып кетті. Өрт үш сағатта сөндірілді, жақын ауылдардың тұрғындары зардап шеккен жоқ. Қызылорда облыстық ТЖД оқиға орнын «Жалағаш ауылынан 30 шақырым жерде» деп нақтылады. QazaqGaz компаниясының мәліметінше, Шымкент пен Түркістан облысына газ жеткізу резервтік құбыр арқылы жалғасып жатыр. Жалағаш ауданының әкімдігі жақын ауылдарға газ баллондарын жеткізіп жатыр.

Ақтөбе облысы Мұғалжар ауданындағы Қандыағаш станциясында тұз тиелген жүк пойызының бес вагоны рельстен шықты. Зардап шеккендер жоқ. Қандыағаш – Мақат желісіндегі қозғалыс алты сағатқа тоқтады, бірнеше жолаушылар пойызы кешікті.

Атырау облысы Құрманғазы ауданында, Атырау – Астрахан тасжолында, Ресей шекарасына 30 шақырым қалғанда жеңіл көлік пен жүк көлігі соқтығысып, екі адам қаза тапты. Жеңіл көлік Астраханнан Атырауға келе жатқан, қаза тапқандар Атырау қаласының тұрғындары екені анықталды.

Батыс Қазақстан облысы Тасқала ауданында Орал – Тасқала – Ресей шекарасы тасжолында жанармай тасыған цистерна аударылып, жолға бес тонна дизель отыны төгілді. Жүргізуші жарақат алды. Төгілген отынды Тасқала ауданының құтқарушылары құммен жапты. Облыстың бірнеше ауданында боранға байланысты жолдар жабылды, Самараға бара жатқан жүк көліктері Оралда тоқтатылды.

Қандыағаш – Мақат желісі Атырау мен Ақтауға баратын жүк пойыздарының негізгі бағыты болып табылады, сондықтан теміржолшылар рельстен шыққан вагондарды түнде жолдан алып тастады. Газ құбырындағы жарылыстың себебін анықтау үшін Астанадан комиссия жіберілді.

Төтенше жағдайлар министрлігі көктемгі жол жөндеу басталғанға дейін жүргізушілерді жылдамдықты азайтуға шақырды.""",
     ann=[
        ('Қандыағашта', 0, 'city', 'Kandyagash', AR, {'note': 'headline'}),
        ('АҚТӨБЕ', 0, 'city', 'Aktobe', AR, {'note': 'dateline'}),
        ('Қызылорда облысының', 0, 'region', KZR, KZR),
        ('Жалағаш ауданында', 0, 'district', 'Zhalagash District', KZR),
        ('Бейнеу', 0, 'village', 'Beyneu', MR, {'note': 'NI:pipeline endpoint'}),
        ('Бозой', 0, 'village', 'Bozoi', AR, {'note': 'NI:pipeline point'}),
        ('Шымкент', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:pipeline endpoint'}),
        ('Қызылорда', 1, 'region', KZR, KZR, {'note': 'inside the name of an authority ("облыстық ТЖД")'}),
        ('Жалағаш ауылынан', 0, 'village', 'Zhalagash', KZR, {'note': 'NI:reference point ("30 шақырым жерде")'}),
        ('Шымкент', 1, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:gas supply'}),
        ('Түркістан облысына', 0, 'region', TR, TR, {'note': 'NI:gas supply'}),
        ('Жалағаш ауданының', 0, 'district', 'Zhalagash District', KZR, {'note': 'inside the name of an authority (akimat)'}),
        ('Ақтөбе облысы', 0, 'region', AR, AR),
        ('Мұғалжар ауданындағы', 0, 'district', 'Mugalzhar District', AR),
        ('Қандыағаш станциясында', 0, 'facility', 'Kandyagash station', AR, {'subkind': 'railway station'}),
        ('Қандыағаш', 1, 'city', 'Kandyagash', AR, {'note': 'NI:line endpoint'}),
        ('Мақат', 0, 'village', 'Makat', ATR, {'note': 'NI:line endpoint'}),
        ('Атырау облысы', 0, 'region', ATR, ATR),
        ('Құрманғазы ауданында', 0, 'district', 'Kurmangazy District', ATR),
        ('Атырау', 1, 'city', 'Atyrau', ATR, {'note': 'NI:road endpoint'}),
        ('Астрахан', 0, 'foreign', 'Astrakhan', N, {'note': 'NI:road endpoint'}),
        ('Ресей', 0, 'foreign', 'Russia', N, {'note': 'NI:reference ("шекарасына 30 шақырым")'}),
        ('Астраханнан', 0, 'foreign', 'Astrakhan', N, {'note': 'NI:origin of the car'}),
        ('Атырауға', 0, 'city', 'Atyrau', ATR, {'note': 'NI:destination of the car'}),
        ('Атырау қаласының', 0, 'city', 'Atyrau', ATR, {'note': 'NI:residence of the victims'}),
        ('Батыс Қазақстан облысы', 0, 'region', WKR, WKR),
        ('Тасқала ауданында', 0, 'district', 'Taskala District', WKR),
        ('Орал', 0, 'city', 'Oral', WKR, {'note': 'NI:road endpoint'}),
        ('Тасқала', 1, 'village', 'Taskala', WKR, {'note': 'NI:road point'}),
        ('Ресей', 1, 'foreign', 'Russia', N, {'note': 'NI:road endpoint (border)'}),
        ('Тасқала ауданының', 0, 'district', 'Taskala District', WKR, {'note': 'rescuers of the district'}),
        ('бірнеше ауданында', 0, 'quantified', 'several districts', N, {'count': None, 'unit': 'district', 'note': 'roads closed by a blizzard, not an incident'}),
        ('Самараға', 0, 'foreign', 'Samara', N, {'note': 'NI:destination of lorries'}),
        ('Оралда', 0, 'city', 'Oral', WKR, {'note': 'NI:lorries held'}),
        ('Қандыағаш', 2, 'city', 'Kandyagash', AR, {'note': 'NI:line endpoint'}),
        ('Мақат', 1, 'village', 'Makat', ATR, {'note': 'NI:line endpoint'}),
        ('Атырау', 3, 'city', 'Atyrau', ATR, {'note': 'NI:destination of trains'}),
        ('Ақтауға', 0, 'city', 'Aktau', MR, {'note': 'NI:destination of trains'}),
        ('Астанадан', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of a commission'}),
     ],
     inc={KZR: (1, 'explosion and gas fire on the Beyneu - Bozoi - Shymkent pipeline in Zhalagash district'),
          AR: (1, 'five salt wagons derailed at Kandyagash station, Mugalzhar district'),
          ATR: (1, 'car-lorry collision on the Atyrau - Astrakhan road in Kurmangazy district, two dead'),
          WKR: (1, 'fuel tanker overturned on the Oral - Taskala road in Taskala district, five tonnes of diesel spilled')}),

dict(id='p022', date='2002-03-05', lang='kk',
     event='2002 Almaty - Tashkent passenger train hits a lorry stalled on a crossing of the Arys - Saryagash - Tashkent railway near Saryagash (South Kazakhstan Region); driver taken to hospital in Shymkent; Keles station in Uzbekistan; the driver carried cotton from Tashkent to Shymkent',
     text="""Сарыағаш маңында жолаушылар пойызы жүк көлігін қағып кетті
САРЫАҒАШ, 5 наурыз. Оңтүстік Қазақстан облысы Сарыағаш ауданында Арыс – Сарыағаш – Ташкент темір жолының өткелінде Алматы – Ташкент жолаушылар пойызы рельсте тоқтап қалған жүк көлігін қағып кетті. Жүк көлігінің жүргізушісі ауыр жарақатпен Шымкенттегі облыстық ауруханаға жеткізілді, пойыз жолаушыларының арасында зардап шеккендер жоқ.
Пойыз Өзбекстан шекарасындағы Келес станциясына төрт сағат кешігіп жетті. Облыстық ішкі істер басқармасының мәліметінше, жүргізуші Ташкенттен Шымкентке мақта тасып келе жатқан.
Теміржолшылардың айтуынша, Сарыағаш – Ташкент бағытындағы өткелдерде соңғы жылдары шлагбаумдар жаңартылмаған. Оқиға орнына Сарыағаш ауданының полициясы келіп, тергеу бастады.""",
     ann=[
        ('Сарыағаш', 0, 'city', 'Saryagash', SKR, {'note': 'headline; collision near the town'}),
        ('САРЫАҒАШ', 0, 'city', 'Saryagash', SKR, {'note': 'dateline'}),
        ('Оңтүстік Қазақстан облысы', 0, 'region', SKR, SKR),
        ('Сарыағаш ауданында', 0, 'district', 'Saryagash District', SKR),
        ('Арыс', 0, 'city', 'Arys', SKR, {'note': 'NI:line endpoint'}),
        ('Сарыағаш', 2, 'city', 'Saryagash', SKR, {'note': 'NI:line point'}),
        ('Ташкент', 0, 'foreign', 'Tashkent', N, {'note': 'NI:line endpoint'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:train route endpoint'}),
        ('Ташкент', 1, 'foreign', 'Tashkent', N, {'note': 'NI:train route endpoint'}),
        ('Шымкенттегі', 0, 'city', 'Shymkent', SKR, {'note': 'NI:hospital; South Kazakhstan Region before 2018-06-19'}),
        ('Өзбекстан', 0, 'foreign', 'Uzbekistan', N, {'note': 'NI:border'}),
        ('Келес станциясына', 0, 'foreign', 'Keles station (Uzbekistan)', N, {'subkind': 'railway station', 'note': 'NI:destination'}),
        ('Ташкенттен', 0, 'foreign', 'Tashkent', N, {'note': 'NI:origin of the lorry'}),
        ('Шымкентке', 0, 'city', 'Shymkent', SKR, {'note': 'NI:destination of the lorry'}),
        ('Сарыағаш', 3, 'city', 'Saryagash', SKR, {'note': 'NI:route endpoint'}),
        ('Ташкент', 2, 'foreign', 'Tashkent', N, {'note': 'NI:route endpoint'}),
        ('Сарыағаш ауданының', 0, 'district', 'Saryagash District', SKR, {'note': 'inside the name of an authority (police)'}),
     ],
     inc={SKR: (1, 'Almaty - Tashkent passenger train hit a lorry stalled on a crossing in Saryagash district, lorry driver badly hurt')}),

dict(id='p023', date='2014-10-22', lang='kk',
     event='2014 a steel pylon collapses during construction of the 500 kV Ekibastuz - Semey - Oskemen power line in Beskaragay district, 70 km from Semey, one fitter killed (East Kazakhstan Region before the 2022 split); the Irtysh; Pavlodar Region; "Шығыс Қазақстанның" read as the region (uncertain); Barnaul in Russia',
     text="""Екібастұз – Семей – Өскемен электр желісінің құрылысында тірек құлап, монтаждаушы қаза тапты
СЕМЕЙ, 22 қазан. Шығыс Қазақстан облысы Бесқарағай ауданында Екібастұз – Семей – Өскемен 500 киловольттық электр беру желісінің құрылысында орнатылып жатқан болат тірек құлап, биіктікте жұмыс істеп тұрған монтаждаушы қаза тапты, тағы бір жұмысшы жарақат алды. Бұл туралы облыстық еңбек инспекциясы хабарлады. Оқиға Семей қаласынан 70 шақырым жерде, Ертіс өзенінің жағасында болған.
Ұзындығы 570 шақырымнан асатын желі Павлодар облысындағы Екібастұз электр станцияларын Семей мен Өскеменге қосады. Желіні KEGOC компаниясы 2012 жылы сала бастаған, жұмыс келесі жылы аяқталуы тиіс. Жаңа желі Шығыс Қазақстанның Ресейдің Барнаул энергия жүйесіне тәуелділігін азайтады.""",
     ann=[
        ('Екібастұз', 0, 'city', 'Ekibastuz', PR, {'note': 'headline; NI:line endpoint'}),
        ('Семей', 0, 'city', 'Semey', EKR, {'note': 'headline; NI:line point; East Kazakhstan Region before 2022-06-08'}),
        ('Өскемен', 0, 'city', 'Oskemen', EKR, {'note': 'headline; NI:line endpoint'}),
        ('СЕМЕЙ', 0, 'city', 'Semey', EKR, {'note': 'dateline'}),
        ('Шығыс Қазақстан облысы', 0, 'region', EKR, EKR),
        ('Бесқарағай ауданында', 0, 'district', 'Beskaragay District', EKR, {'note': 'Abai Region after 2022-06-08'}),
        ('Екібастұз', 1, 'city', 'Ekibastuz', PR, {'note': 'NI:line endpoint'}),
        ('Семей', 1, 'city', 'Semey', EKR, {'note': 'NI:line point'}),
        ('Өскемен', 1, 'city', 'Oskemen', EKR, {'note': 'NI:line endpoint'}),
        ('Семей қаласынан', 0, 'city', 'Semey', EKR, {'note': 'NI:reference point ("70 шақырым жерде")'}),
        ('Ертіс өзенінің', 0, 'facility', 'Irtysh River', N, {'subkind': 'river'}),
        ('Павлодар облысындағы', 0, 'region', PR, PR, {'note': 'NI:location of the power plants'}),
        ('Екібастұз', 2, 'city', 'Ekibastuz', PR, {'note': 'NI:power plants'}),
        ('Семей', 3, 'city', 'Semey', EKR, {'note': 'NI:line endpoint'}),
        ('Өскеменге', 0, 'city', 'Oskemen', EKR, {'note': 'NI:line endpoint'}),
        ('Шығыс Қазақстанның', 0, 'region', EKR, EKR, {'uncertain': True, 'note': 'NI:read as the region; could also mean "eastern Kazakhstan"'}),
        ('Ресейдің', 0, 'foreign', 'Russia', N),
        ('Барнаул', 0, 'foreign', 'Barnaul', N, {'note': 'NI:name of a grid system'}),
     ],
     inc={EKR: (1, 'steel pylon collapsed during construction of the power line in Beskaragay district, one fitter killed, one hurt')}),

dict(id='p024', date='2026-04-14', lang='kk',
     event='2026 an excavator falls from a bank on the Bakhty - Ayagoz railway construction site in Ayagoz district (Abai Region), driver killed; worker from Urzhar district; the line from Ayagoz station to Bakhty on the Chinese border opposite Tacheng (Chuguchak); Dostyk and Altynkol in Jetisu Region; a worker\'s post in the Kazakh Latin alphabet of 2021 ("Aiagöz audanynda")',
     text="""Бақты – Аягөз теміржолы құрылысында экскаватор құлап, жүргізуші қаза тапты
АЯГӨЗ, 14 сәуір. Абай облысы Аягөз ауданында салынып жатқан Бақты – Аягөз теміржол желісінің бойында экскаватор жар қабағынан құлап, жүргізушісі оқиға орнында қаза тапты. Бұл туралы Абай облысының полиция департаменті хабарлады. Қаза тапқан жұмысшы Үржар ауданының тұрғыны болған.
Ұзындығы 272 шақырым желі Аягөз станциясынан Қытай шекарасындағы Бақты ауылына дейін жетеді. Шекараның арғы бетінде Қытайдың Шәуешек (Тачэн) қаласы орналасқан. Желі іске қосылғанда Достық пен Алтынкөлден кейінгі Қытайға шығатын үшінші теміржол өткелі болады.
Құрылысшылардың бірі әлеуметтік желіде «Aiagöz audanynda jūmysşy qaza tapty, qauıpsızdık joq» деп жазды. Облыс прокуратурасы қауіпсіздік талаптарының сақталуын тексеріп жатыр.""",
     ann=[
        ('Бақты', 0, 'village', 'Bakhty', ABR, {'note': 'headline; NI:line endpoint'}),
        ('Аягөз', 0, 'city', 'Ayagoz', ABR, {'note': 'headline; NI:line endpoint'}),
        ('АЯГӨЗ', 0, 'city', 'Ayagoz', ABR, {'note': 'dateline; Abai Region since 2022-06-08'}),
        ('Абай облысы', 0, 'region', ABR, ABR),
        ('Аягөз ауданында', 0, 'district', 'Ayagoz District', ABR),
        ('Бақты', 1, 'village', 'Bakhty', ABR, {'note': 'NI:line endpoint'}),
        ('Аягөз', 2, 'city', 'Ayagoz', ABR, {'note': 'NI:line endpoint'}),
        ('Абай облысының', 0, 'region', ABR, ABR, {'note': 'inside the name of an authority'}),
        ('Үржар ауданының', 0, 'district', 'Urzhar District', ABR, {'note': 'NI:residence of the victim'}),
        ('Аягөз станциясынан', 0, 'facility', 'Ayagoz station', ABR, {'subkind': 'railway station', 'note': 'NI:line start'}),
        ('Қытай', 0, 'foreign', 'China', N, {'note': 'NI:border'}),
        ('Бақты ауылына', 0, 'village', 'Bakhty', ABR, {'note': 'NI:line end'}),
        ('Қытайдың', 0, 'foreign', 'China', N, {'note': 'NI:possessive'}),
        ('Шәуешек', 0, 'foreign', 'Tacheng', N, {'note': 'NI:Kazakh name of Tacheng (Chuguchak)'}),
        ('Тачэн', 0, 'foreign', 'Tacheng', N, {'note': 'NI:Chinese name in brackets'}),
        ('Достық', 0, 'village', 'Dostyk', JTR, {'note': 'NI:other crossing; Jetisu Region since 2022-06-08'}),
        ('Алтынкөлден', 0, 'village', 'Altynkol', JTR, {'note': 'NI:other crossing'}),
        ('Қытайға', 0, 'foreign', 'China', N, {'note': 'NI:destination'}),
        ('Aiagöz audanynda', 0, 'district', 'Ayagoz District', ABR, {'note': 'Kazakh Latin alphabet of 2021 in a quoted post; the same accident'}),
     ],
     inc={ABR: (1, 'excavator fell from a bank on the Bakhty - Ayagoz railway construction site in Ayagoz district, driver killed')}),
]
