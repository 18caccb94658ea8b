"""Kazakh texts of the seventy-sixth unseen check corpus (Cyrillic; p018 quotes a post in the
Kazakh Latin alphabet)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'
RO = 'rural okrug'

DOCS = [
dict(id='p017', date='2021-03-16', lang='kk',
     event='2021 house fire kills a pensioner in Terisakkan rural okrug, Ulytau district (Karaganda Region before 2022); the okrug akim dismissed; rescuers from Zhezkazgan; road reports of Abai district and the town of Abai (Karaganda Region, not Abai Region)',
     text="""Ұлытау ауданында тұрғын үй өртеніп, ауылдық округ әкімі қызметінен босатылды
ЖЕЗҚАЗҒАН, 16 наурыз. ҚазАқпарат – Қарағанды облысы Ұлытау ауданының Терісаққан ауылдық округінде түнде екі пәтерлі тұрғын үй өртеніп, 67 жастағы зейнеткер қаза тапты. Ауылда өрт сөндіру бекеті жоқ, сондықтан құтқарушылар Жезқазған қаласынан 90 шақырым жол жүріп, өрт шыққаннан бір жарым сағат өткен соң ғана жеткен.

Ұлытау ауданының әкімі Терісаққан ауылдық округінің әкімі Болат Жақыповты қызметінен босатты. Аудан әкімінің айтуынша, округ әкімі ауылдағы өрт гидранттарын жөндеуді екі жыл бойы кейінге қалдырып келген.

Осы аптада облыс әкімі Абай ауданы мен Жезқазған қаласы әкімдерінің жол жөндеу жөніндегі есебін тыңдады. Абай қаласындағы көшелердің 40 пайызы ғана асфальтталған. Биыл облыста тұрғын үй өрттерінен 11 адам қаза тапқан.""",
     ann=[
        ('Ұлытау ауданында', 0, 'district', 'Ulytau District', KR, {'note': 'headline; Karaganda Region before 2022-06-08'}),
        ('ЖЕЗҚАЗҒАН', 0, 'city', 'Zhezkazgan', KR, {'note': 'dateline; Karaganda Region before 2022-06-08'}),
        ('Қарағанды облысы', 0, 'region', KR, KR),
        ('Ұлытау ауданының', 0, 'district', 'Ulytau District', KR),
        ('Терісаққан ауылдық округінде', 0, 'district', 'Terisakkan Rural Okrug', KR, {'subkind': RO, 'note': 'fatal house fire'}),
        ('Жезқазған қаласынан', 0, 'city', 'Zhezkazgan', KR, {'note': 'NI:origin of rescuers'}),
        ('Ұлытау ауданының', 1, 'district', 'Ulytau District', KR, {'note': 'inside an official post'}),
        ('Терісаққан ауылдық округінің', 0, 'district', 'Terisakkan Rural Okrug', KR, {'subkind': RO, 'note': 'inside an official post'}),
        ('Абай ауданы', 0, 'district', 'Abai District (Karaganda Region)', KR, {'note': 'NI:road report; inside an official post; not Abai Region'}),
        ('Жезқазған қаласы', 0, 'city', 'Zhezkazgan', KR, {'note': 'NI:road report; inside an official post'}),
        ('Абай қаласындағы', 0, 'city', 'Abai', KR, {'note': 'NI:unpaved streets; town in Karaganda Region, not Abai Region'}),
     ],
     inc={KR: (1, 'fatal house fire in Terisakkan rural okrug, Ulytau district; the 11 deaths this year are a statistic')}),

dict(id='p018', date='2023-11-07', lang='kk',
     event='2023 elections of rural okrug akims in Turkistan Region (Darbaza rural okrug, Saryagash district); background: farmers protest at the Maktaaral district akimat over irrigation water, bridge collapse with a lorry in Rabat (Kazygurt district); budgets of Sayram and Tolebi districts; a commentator in Shymkent; a post in the Kazakh Latin alphabet',
     text="""Түркістан облысында ауыл әкімдері сайланды: су мен жол – басты мәселе
ТҮРКІСТАН, 7 қараша. ҚазАқпарат – 5 қарашада Түркістан облысының бірнеше ауданында ауылдық округ әкімдерін сайлау өтті. Облыстық сайлау комиссиясының мәліметінше, 14 ауылдық округте жаңа әкімдер сайланды. Ең тартысты сайлау Сарыағаш ауданының Дарбаза ауылдық округінде өтті: онда бес үміткер бәсекелесіп, жеңімпаз дауыстардың 38 пайызын алды.

Жаңа әкімдердің алдында тұрған басты мәселе – ауыз су мен жол. Мақтаарал ауданында биыл шілдеде 200-ге жуық шаруа мақта алқаптарына су жетпей жатыр деп аудан әкімдігінің алдына жиналған болатын. Суармалы судың бір бөлігі Өзбекстан аумағы арқылы келеді, сондықтан облыс әкімдігі көрші елмен лимит туралы келіссөз жүргізіп отыр.

Қазығұрт ауданының Рабат ауылында 30 қазанда ескі көпір құлап, үстінен өтіп бара жатқан жүк көлігі өзенге түсті. Жүргізуші жарақат алып, ауруханаға жеткізілді. Тұрғындар көпірдің апатты жағдайы туралы 2021 жылдан бері айтып келген. Рабат ауылдық округінің жаңа әкімі көпірді көктемге дейін қайта салуға уәде берді.

Дарбазаның жаңа әкімі сайлаудан кейін әлеуметтік желідегі парақшасына латын әліпбиімен: «Darbaza auylynda birinshi kezekte jol men su» деп жазды.

Облыс әкімінің айтуынша, 2024 жылдан бастап ауылдық округтердің бюджеті 15 пайызға артады. Ең көп қаржы Сайрам және Төлеби аудандарына бөлінеді. Сайлауға қатысу Кентау қаласына қарасты ауылдық округтерде ең жоғары болды – 71 пайыз, ал Арыс қаласына қарасты округтерде 48 пайыз ғана. Бақылаушылар елеулі бұзушылық тіркелмегенін хабарлады. Шымкент қаласындағы саясаттанушы Ерлан Сейітов сайлау нәтижесін оң бағалады, бірақ «өкілеттігі мен ақшасы жоқ әкім сайланса да, ештеңе өзгермейді» деді.

Еске салайық, ауыл әкімдерін тікелей сайлау Қазақстанда 2021 жылы басталды. Сол жылы облыс бойынша 170 ауылдық округте сайлау өткен.""",
     ann=[
        ('Түркістан облысында', 0, 'region', TR, TR, {'note': 'headline'}),
        ('ТҮРКІСТАН', 0, 'city', 'Turkistan', TR, {'note': 'dateline'}),
        ('Түркістан облысының', 0, 'region', TR, TR),
        ('бірнеше ауданында', 0, 'quantified', 'several districts', N, {'count': N, 'unit': 'district', 'note': 'elections, not incidents'}),
        ('14 ауылдық округте', 0, 'quantified', '14 rural okrugs', N, {'count': 14, 'unit': RO, 'note': 'elections, not incidents'}),
        ('Сарыағаш ауданының', 0, 'district', 'Saryagash District', TR),
        ('Дарбаза ауылдық округінде', 0, 'district', 'Darbaza Rural Okrug', TR, {'subkind': RO, 'note': 'NI:election'}),
        ('Мақтаарал ауданында', 0, 'district', 'Maktaaral District', TR, {'note': 'farmers protest at the district akimat'}),
        ('Өзбекстан', 0, 'foreign', 'Uzbekistan', N),
        ('Қазығұрт ауданының', 0, 'district', 'Kazygurt District', TR),
        ('Рабат ауылында', 0, 'village', 'Rabat', TR, {'note': 'bridge collapse under a lorry'}),
        ('Рабат ауылдық округінің', 0, 'district', 'Rabat Rural Okrug', TR, {'subkind': RO, 'note': 'inside an official post'}),
        ('Дарбазаның', 0, 'district', 'Darbaza Rural Okrug', TR, {'subkind': RO, 'note': 'NI:inside an official post ("the akim of Darbaza"), election'}),
        ('Darbaza auylynda', 0, 'village', 'Darbaza', TR, {'note': "NI:akim's programme; Kazakh Latin alphabet in a quoted post"}),
        ('Сайрам', 0, 'district', 'Sayram District', TR, {'note': 'NI:budget; in a list sharing "аудандарына"'}),
        ('Төлеби', 0, 'district', 'Tolebi District', TR, {'note': 'NI:budget; in a list sharing "аудандарына"; not the person Tole Bi'}),
        ('Кентау қаласына', 0, 'city', 'Kentau', TR, {'note': 'NI:turnout in the rural okrugs under the town'}),
        ('Арыс қаласына', 0, 'city', 'Arys', TR, {'note': 'NI:turnout in the rural okrugs under the town'}),
        ('Шымкент қаласындағы', 0, 'city', 'Shymkent', 'Shymkent', {'note': "NI:commentator's workplace; city of republican significance"}),
        ('Қазақстанда', 0, 'country', 'Kazakhstan', N),
        ('170 ауылдық округте', 0, 'quantified', '170 rural okrugs', N, {'count': 170, 'unit': RO, 'note': 'elections in 2021, not incidents'}),
     ],
     inc={TR: (2, 'protest of about 200 farmers at the Maktaaral district akimat in July; bridge collapse with a lorry in Rabat, Kazygurt district, driver hurt')}),

dict(id='p019', date='1997-06-10', lang='kk',
     event='1997 teachers protest over wage arrears at the Arkalyk akimat, two months after Torgai Region was abolished and Arkalyk passed to Kostanay Region; arrears in Amangeldy and Zhangeldy districts; two districts passed to Akmola Region',
     text="""Арқалықта мұғалімдер жалақы талап етіп, әкімдік алдына шықты
АРҚАЛЫҚ, 10 маусым. – Арқалық қаласының 300-ге жуық мұғалімі төрт айлық жалақысын талап етіп, дүйсенбі күні қалалық әкімдік ғимаратының алдына жиналды. Наразылық үш сағатқа созылды, жиналғандардың алдына қала әкімі шығып сөйледі.

Сәуір айында Торғай облысы таратылып, Арқалық Қостанай облысының құрамына енді. Облыс орталығы мәртебесінен айырылған қалада көптеген мекеме жабылып, жұмыссыздық өсті. Қала әкімінің айтуынша, бюджет қарызы туралы құжаттар Қостанайдағы облыстық әкімдікке жіберілген, бірақ ақша әлі түскен жоқ.

Бұрынғы облыстың Аманкелді және Жангелді аудандарында да мұғалімдер жалақыны бірнеше ай бойы ала алмай отыр. Қостанай облысының әкімі келесі аптада Арқалыққа келетінін хабарлады. Ал Ақмола облысына берілген екі аудан туралы мәлімет жоқ.""",
     ann=[
        ('Арқалықта', 0, 'city', 'Arkalyk', KOR, {'note': 'headline'}),
        ('АРҚАЛЫҚ', 0, 'city', 'Arkalyk', KOR, {'note': 'dateline; Kostanay Region after the 1997 abolition of Torgai Region'}),
        ('Арқалық қаласының', 0, 'city', 'Arkalyk', KOR, {'note': 'teachers protest at the city akimat'}),
        ('Торғай облысы', 0, 'region', KOR, KOR, {'uncertain': True, 'note': 'NI:Torgai Region, abolished in 1997, labelled with the unit that took most of its land (two districts went to Akmola Region)'}),
        ('Арқалық', 1, 'city', 'Arkalyk', KOR, {'note': 'NI:administrative background'}),
        ('Қостанай облысының', 0, 'region', KOR, KOR, {'note': 'NI:administrative background'}),
        ('Қостанайдағы', 0, 'city', 'Kostanay', KOR, {'note': 'NI:seat of the regional akimat'}),
        ('Аманкелді', 0, 'district', 'Amangeldy District', KOR, {'note': 'NI:wage arrears; in a list sharing "аудандарында"'}),
        ('Жангелді', 0, 'district', 'Zhangeldy District', KOR, {'note': 'NI:wage arrears; in a list sharing "аудандарында"'}),
        ('Қостанай облысының', 1, 'region', KOR, KOR, {'note': 'inside an official post'}),
        ('Арқалыққа', 0, 'city', 'Arkalyk', KOR, {'note': 'NI:planned visit'}),
        ('Ақмола облысына', 0, 'region', AKR, AKR, {'note': 'NI:administrative background'}),
        ('екі аудан', 0, 'quantified', '2 districts', N, {'count': 2, 'unit': 'district', 'note': 'districts transferred to Akmola Region, not incidents'}),
     ],
     inc={KOR: (1, 'protest of about 300 teachers outside the Arkalyk city akimat; wage arrears elsewhere are not incidents')}),

dict(id='p020', date='2014-01-21', lang='kk',
     event='2014 bus overturns in a blizzard in Bershugir rural okrug, Shalkar district (Aktobe Region), 11 hurt; district akim reprimanded; akim of the town of Emba (Mugalzhar district) detained for embezzling snow-clearing money',
     text="""Шалқар ауданында боран кезінде автобус аударылды
АҚТӨБЕ, 21 қаңтар. – Ақтөбе облысы Шалқар ауданында боран кезінде жолаушылар автобусы жолдан шығып аударылды, 11 адам жарақат алды, деп хабарлады облыстық полиция департаменті. Автобус Ақтөбе қаласынан Шалқарға бара жатқан. Апат Бершүгір ауылдық округі аумағында болған. Жарақат алғандар Шалқардағы аудандық ауруханаға жеткізілді.

Жергілікті тұрғындардың айтуынша, жол екі күн бойы қардан тазартылмаған. Облыс әкімі Шалқар ауданының әкіміне сөгіс беріп, Бершүгір ауылдық округінің әкімін қызметінен босатуды ұсынды.

Сонымен қатар Мұғалжар ауданына қарасты Ембі қаласының әкімі жол тазалауға бөлінген 5 миллион теңгені жымқырды деген күдікпен ұсталды. Әкімнің адвокаты айыпты жоққа шығарды.""",
     ann=[
        ('Шалқар ауданында', 0, 'district', 'Shalkar District', AR, {'note': 'headline'}),
        ('АҚТӨБЕ', 0, 'city', 'Aktobe', AR, {'note': 'dateline'}),
        ('Ақтөбе облысы', 0, 'region', AR, AR),
        ('Шалқар ауданында', 1, 'district', 'Shalkar District', AR),
        ('Ақтөбе қаласынан', 0, 'city', 'Aktobe', AR, {'note': 'NI:origin of the bus'}),
        ('Шалқарға', 0, 'city', 'Shalkar', AR, {'note': 'NI:destination of the bus'}),
        ('Шалқардағы', 0, 'city', 'Shalkar', AR, {'note': 'NI:hospital'}),
        ('Бершүгір ауылдық округі', 0, 'district', 'Bershugir Rural Okrug', AR, {'subkind': RO, 'note': 'bus overturned in its territory'}),
        ('Шалқар ауданының', 0, 'district', 'Shalkar District', AR, {'note': 'inside an official post'}),
        ('Бершүгір ауылдық округінің', 0, 'district', 'Bershugir Rural Okrug', AR, {'subkind': RO, 'note': 'inside an official post'}),
        ('Мұғалжар ауданына', 0, 'district', 'Mugalzhar District', AR, {'note': 'NI:detention of an akim'}),
        ('Ембі қаласының', 0, 'city', 'Emba', AR, {'note': 'NI:inside an official post; detention is not an incident'}),
     ],
     inc={AR: (1, 'bus overturned in a blizzard in Bershugir rural okrug, Shalkar district, 11 hurt; the detention in Emba is not an incident')}),

dict(id='p021', date='2022-09-20', lang='kk',
     event='2022 akim of the new Abai Region inspects heating preparations: boiler explosion at the school of Madeniet (Ayagoz district), stoker badly hurt; pine forest fire along the Irtysh in Beskaragai district; Zhanasemey and Urzhar district reports; Bakhty near the Chinese border; Oskemen stays the centre of East Kazakhstan; capital renamed Astana on 17 September',
     text="""Абай облысының әкімі алғашқы жылу маусымына дайындықты тексерді
СЕМЕЙ, 20 қыркүйек. ҚазАқпарат – Маусымда құрылған Абай облысының әкімі Нұрлан Ахметов Семей қаласы мен аудандарды аралап, жаңа облыстың алғашқы жылу маусымына дайындықты тексерді. Облыс құрылғанда оған Шығыс Қазақстан облысынан Семей мен Курчатов қалалары және жеті аудан берілді, кейін олардың аумағынан үш жаңа аудан құрылды.

Тексеру кезінде ең көп сын Аягөз ауданына айтылды. 14 қыркүйекте аудандағы Мәдениет ауылының мектеп қазандығында бу қазаны жарылып, от жағушы ауыр жарақат алды. Сынақ кезінде қазанның қысым өлшегіші істен шыққан екен. Облыс әкімі аудан әкіміне қатаң ескерту жасап, барлық ауылдық округтердің әкімдеріне қазандықтарды қайта тексеруді тапсырды.

Бесқарағай ауданында 17 қыркүйекте Ертіс бойындағы қарағайлы орманда өрт шығып, 200 гектар алқап өртенді. Өртті сөндіруге Семейден 120 құтқарушы жіберілді. Адам шығыны жоқ. Өрттің себебі анықталып жатыр, орман шаруашылығы оны құрғақ найзағайдан шыққан болуы мүмкін деп есептейді.

Жаңасемей ауданының әкімі ауданда 11 қазандықтың жөндеуі аяқталғанын хабарлады. Курчатов қаласында жылу 1 қазанда беріледі. Абай ауданының орталығы Қарауыл ауылында жаңа қазандықтың құрылысы кешігіп жатыр. Аудан әкімі мердігер жұмысты қарашаға дейін аяқтайтынын айтты, әйтпесе ауылдағы 300 үй ескі қазандыққа қосылып қала береді. Облыс әкімдігінің мәліметінше, биыл жылу жүйелерін жөндеуге 9 миллиард теңге бөлінді.

Облыс әкімі Үржар ауданының Бақты ауылдық округінің әкіміне шекара маңындағы Бақты ауылына су құбырын тарту жұмысын жеделдетуді тапсырды. Бақты арқылы Қытайға өтетін өткізу бекеті бар, жазда ауыл маңында жүк көліктерінің кезегі бірнеше шақырымға созылады.

Ал Өскемен бұрынғыдай Шығыс Қазақстан облысының орталығы болып қалды. 17 қыркүйекте елорданың атауы қайтадан Астана болып өзгергеннен кейін облыс әкімі Астанада өткен үкімет отырысында жаңа облыстың бюджетін қорғады.""",
     ann=[
        ('Абай облысының', 0, 'region', ABR, ABR, {'note': 'headline; inside an official post; Abai Region since 2022-06-08'}),
        ('СЕМЕЙ', 0, 'city', 'Semey', ABR, {'note': 'dateline'}),
        ('Абай облысының', 1, 'region', ABR, ABR, {'note': 'inside an official post'}),
        ('Семей қаласы', 0, 'city', 'Semey', ABR, {'note': 'NI:inspection'}),
        ('Шығыс Қазақстан облысынан', 0, 'region', EKR, EKR, {'note': 'NI:region the new one was separated from'}),
        ('Семей', 1, 'city', 'Semey', ABR, {'note': 'NI:transferred town; in a list sharing "қалалары"'}),
        ('Курчатов', 0, 'city', 'Kurchatov', ABR, {'note': 'NI:transferred town; in a list sharing "қалалары"'}),
        ('жеті аудан', 0, 'quantified', '7 districts', N, {'count': 7, 'unit': 'district', 'note': 'transferred districts, not incidents'}),
        ('үш жаңа аудан', 0, 'quantified', '3 new districts', N, {'count': 3, 'unit': 'district', 'note': 'new districts, not incidents'}),
        ('Аягөз ауданына', 0, 'district', 'Ayagoz District', ABR, {'note': 'the boiler explosion is in this district'}),
        ('Мәдениет ауылының', 0, 'village', 'Madeniet', ABR, {'note': 'boiler explosion at the school boiler house'}),
        ('барлық ауылдық округтердің', 0, 'quantified', 'all rural okrugs', N, {'count': N, 'unit': RO, 'quantifier': 'all', 'note': 'inside an official post; checks, not incidents'}),
        ('Бесқарағай ауданында', 0, 'district', 'Beskaragai District', ABR, {'note': 'forest fire'}),
        ('Ертіс', 0, 'facility', 'Irtysh River', N, {'subkind': 'river'}),
        ('Семейден', 0, 'city', 'Semey', ABR, {'note': 'NI:origin of rescuers'}),
        ('Жаңасемей ауданының', 0, 'district', 'Zhanasemey District', ABR, {'note': 'inside an official post; repairs, not an incident'}),
        ('Курчатов қаласында', 0, 'city', 'Kurchatov', ABR, {'note': 'NI:heating start'}),
        ('Абай ауданының', 0, 'district', 'Abai District (Abai Region)', ABR, {'note': 'NI:delayed boiler house; a district of Abai Region, centre Karaul'}),
        ('Қарауыл ауылында', 0, 'village', 'Karaul', ABR, {'note': 'NI:delayed boiler house'}),
        ('Үржар ауданының', 0, 'district', 'Urzhar District', ABR, {'note': 'inside an official post'}),
        ('Бақты ауылдық округінің', 0, 'district', 'Bakhty Rural Okrug', ABR, {'subkind': RO, 'note': 'inside an official post'}),
        ('Бақты ауылына', 0, 'village', 'Bakhty', ABR, {'note': 'NI:water pipeline'}),
        ('Бақты', 2, 'village', 'Bakhty', ABR, {'note': 'NI:border crossing point'}),
        ('Қытайға', 0, 'foreign', 'China', N),
        ('Өскемен', 0, 'city', 'Oskemen', EKR, {'note': 'NI:centre of East Kazakhstan Region'}),
        ('Шығыс Қазақстан облысының', 0, 'region', EKR, EKR, {'note': 'NI:administrative background'}),
        ('Астана', 0, 'city', 'Astana', 'Astana', {'note': 'NI:renaming of the capital (2022-09-17)'}),
        ('Астанада', 0, 'city', 'Astana', 'Astana', {'note': 'NI:government meeting'}),
     ],
     inc={ABR: (2, 'boiler explosion at the school boiler house of Madeniet, Ayagoz district, stoker badly hurt; forest fire of 200 ha along the Irtysh in Beskaragai district')}),

dict(id='p022', date='2010-07-13', lang='kk',
     event='2010 residents of Kuryk (Karakiyak district, Mangystau Region) gather at the district akimat over a week without drinking water; tankers from Aktau; the Astrakhan-Mangyshlak water pipeline; the same problem raised in Fort-Shevchenko (Tupkaragan district)',
     text="""Құрықта тұрғындар ауыз су талап етіп, әкімдік алдына жиналды
АҚТАУ, 13 шілде. – Маңғыстау облысы Қарақия ауданының орталығы Құрық ауылында 150-ге жуық тұрғын бір аптадан бері ауыз су жоқ деп аудан әкімдігінің алдына жиналды. Тұрғындардың айтуынша, тұщыландыру қондырғысы жөнделмей тұр, ал су тасымалдайтын көлік ауылға күніне бір рет қана келеді.

Қарақия ауданының әкімі тұрғындармен кездесіп, Ақтаудан қосымша цистерналар жіберілетінін айтты. Облыс әкімдігінің мәліметінше, ауданға су Астрахан – Маңғышлақ су құбыры арқылы да келеді, бірақ жазда оның қуаты жетпейді.

Өткен айда Түпқараған ауданының Форт-Шевченко қаласында да осындай мәселе көтерілген еді. Облыс әкімі екі ауданның әкімдеріне тамыз айына дейін су тасымалын екі есе көбейтуді тапсырды.""",
     ann=[
        ('Құрықта', 0, 'village', 'Kuryk', MR, {'note': 'headline'}),
        ('АҚТАУ', 0, 'city', 'Aktau', MR, {'note': 'dateline'}),
        ('Маңғыстау облысы', 0, 'region', MR, MR),
        ('Қарақия ауданының', 0, 'district', 'Karakiyak District', MR),
        ('Құрық ауылында', 0, 'village', 'Kuryk', MR, {'note': 'residents gather at the district akimat'}),
        ('Қарақия ауданының', 1, 'district', 'Karakiyak District', MR, {'note': 'inside an official post'}),
        ('Ақтаудан', 0, 'city', 'Aktau', MR, {'note': 'NI:origin of water tankers'}),
        ('Астрахан', 0, 'foreign', 'Astrakhan', N, {'note': 'NI:pipeline endpoint'}),
        ('Маңғышлақ', 0, 'region', MR, MR, {'uncertain': True, 'note': 'NI:pipeline endpoint; old name of the Mangystau peninsula and region'}),
        ('Түпқараған ауданының', 0, 'district', 'Tupkaragan District', MR, {'note': 'NI:problem raised, no protest reported'}),
        ('Форт-Шевченко қаласында', 0, 'city', 'Fort-Shevchenko', MR, {'note': 'NI:problem raised, no protest reported'}),
        ('екі ауданның', 0, 'quantified', '2 districts', N, {'count': 2, 'unit': 'district', 'note': 'inside an official post; the two named districts'}),
     ],
     inc={MR: (1, 'about 150 residents of Kuryk gather at the Karakiyak district akimat over drinking water')}),

dict(id='p023', date='2025-05-20', lang='kk',
     event='2025 mudflow in the settlement of Karabulak, Eskeldi district (Jetisu Region), 17 yards covered; settlement akim reprimanded; minibus with tourists from Almaty falls off a mountain road near Beskainar, Talgar district (Almaty Region), three dead; meeting in Konaev; homes flooded in two other, unnamed regions (unattributed)',
     text="""Жетісуда сел жүріп, Талғар ауданында жол апаты болды: әкімдерге сөгіс
ТАЛДЫҚОРҒАН, 20 мамыр. ҚазАқпарат – Жетісу облысы Ескелді ауданының Қарабұлақ кентінде 18 мамырда нөсерден кейін таудан сел жүріп, 17 үйдің ауласын лай басты, екі көпір бұзылды. Адам шығыны жоқ. Кент тұрғындарының 60-ы мектепке уақытша орналастырылды.

Ескелді ауданының әкімі Қарабұлақ кентінің әкіміне сөгіс берді. Төтенше жағдайлар департаментінің мәліметінше, кенттің үстіндегі сел ұстағыш бөгет 2019 жылдан бері тазартылмаған. Тұрғындардың айтуынша, сел жүрген түні кенттің екі көшесін су басып, құтқарушылар Талдықорғаннан бір сағаттан кейін ғана жеткен. Облыс әкімі Сарқан мен Ақсу аудандарындағы сел ұстағыш бөгеттерді шілдеге дейін тексеруді тапсырды. Облыс орталығы Талдықорғанда Қаратал өзені арнасынан шықпады, бірақ облыстың бірнеше ауданында сел қаупі әлі сақталып тұр. Панфилов ауданының Қытаймен шекаралас ауылдарында нөсер зиян келтірмеді.

Сол күні Алматы облысы Талғар ауданының Бескайнар ауылы маңындағы тау жолында Алматы қаласынан келген туристер мінген шағын автобус жардан құлап, үш адам қаза тапты, төрт адам жарақат алды. Жол полициясының мәліметінше, жүргізуші тау жолына рұқсатсыз шыққан. Бескайнар тұрғындары бұл жолда соңғы үш жылда бірнеше апат болғанын айтады. Алматы облысының әкімі Қонаевта өткен жедел кеңесте Бескайнар ауылдық округінің әкіміне жол белгілері мен қоршаулардың жоқтығы үшін сөгіс жариялады. Талғар ауданының әкіміне маусымға дейін барлық тау жолдарын тексеру тапсырылды.

Жетісу облысы 2022 жылы Алматы облысынан бөлініп шыққан. Содан бері олардың шекарасындағы жолдарды кім жөндейтіні туралы дау толық шешілмеген.

Төтенше жағдайлар министрлігінің мәліметінше, соңғы тәулікте тағы екі облыста нөсерден үйлерді су басқан, бірақ министрлік олардың атауын көрсетпеді. Министрлік тұрғындарды тау өзендерінің жағасында демалмауға шақырды. Сел қаупі туралы ескерту аптаның соңына дейін күшінде.""",
     ann=[
        ('Жетісуда', 0, 'region', JTR, JTR, {'note': 'headline; bare region name'}),
        ('Талғар ауданында', 0, 'district', 'Talgar District', ALR, {'note': 'headline'}),
        ('ТАЛДЫҚОРҒАН', 0, 'city', 'Taldykorgan', JTR, {'note': 'dateline; Jetisu Region since 2022-06-08'}),
        ('Жетісу облысы', 0, 'region', JTR, JTR),
        ('Ескелді ауданының', 0, 'district', 'Eskeldi District', JTR),
        ('Қарабұлақ кентінде', 0, 'village', 'Karabulak (Eskeldi district)', JTR, {'note': 'mudflow; settlement (кент); a common name'}),
        ('Ескелді ауданының', 1, 'district', 'Eskeldi District', JTR, {'note': 'inside an official post'}),
        ('Қарабұлақ кентінің', 0, 'village', 'Karabulak (Eskeldi district)', JTR, {'note': 'inside an official post'}),
        ('Талдықорғаннан', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:origin of rescuers'}),
        ('Сарқан', 0, 'district', 'Sarkand District', JTR, {'note': 'NI:dams to be checked; in a list sharing "аудандарындағы"'}),
        ('Ақсу', 0, 'district', 'Aksu District (Jetisu Region)', JTR, {'note': 'NI:dams to be checked; in a list sharing "аудандарындағы"; a common name'}),
        ('Талдықорғанда', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:river did not overflow'}),
        ('Қаратал өзені', 0, 'facility', 'Karatal River', N, {'subkind': 'river', 'note': 'not Karatal district'}),
        ('бірнеше ауданында', 0, 'quantified', 'several districts', N, {'count': N, 'unit': 'district', 'note': 'mudflow threat, not incidents'}),
        ('Панфилов ауданының', 0, 'district', 'Panfilov District', JTR, {'note': 'NI:no damage'}),
        ('Қытаймен', 0, 'foreign', 'China', N, {'note': 'NI:border'}),
        ('Алматы облысы', 0, 'region', ALR, ALR),
        ('Талғар ауданының', 0, 'district', 'Talgar District', ALR),
        ('Бескайнар ауылы', 0, 'village', 'Beskainar', ALR, {'note': 'minibus fell off a mountain road near the village'}),
        ('Алматы қаласынан', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:origin of the tourists'}),
        ('Бескайнар', 1, 'village', 'Beskainar', ALR, {'note': 'NI:residents; earlier accidents are a statistic'}),
        ('Алматы облысының', 0, 'region', ALR, ALR, {'note': 'inside an official post'}),
        ('Қонаевта', 0, 'city', 'Konaev', ALR, {'note': 'NI:seat of the regional akimat'}),
        ('Бескайнар ауылдық округінің', 0, 'district', 'Beskainar Rural Okrug', ALR, {'subkind': RO, 'note': 'inside an official post'}),
        ('Талғар ауданының', 1, 'district', 'Talgar District', ALR, {'note': 'inside an official post'}),
        ('Жетісу облысы', 1, 'region', JTR, JTR, {'note': 'NI:administrative background'}),
        ('Алматы облысынан', 0, 'region', ALR, ALR, {'note': 'NI:administrative background'}),
        ('тағы екі облыста', 0, 'quantified', '2 other regions', N, {'count': 2, 'unit': 'region', 'note': 'homes flooded in two other, unnamed regions'}),
     ],
     inc={JTR: (1, 'mudflow covering 17 yards and destroying two bridges in Karabulak, Eskeldi district'),
          ALR: (1, 'minibus fell off a mountain road near Beskainar, Talgar district, three dead')},
     unatt=[{'label': 'тағы екі облыста', 'count': 2, 'note': 'homes flooded by downpours in two other, unnamed regions'}]),

dict(id='p024', date='2003-10-14', lang='kk',
     event='2003 night fire destroys the roof and two classrooms of the school in Stanovoe, Mamlyut district (North Kazakhstan Region); akim of Stanovoe rural okrug reprimanded; coal from Ekibastuz via Russia\'s Omsk oblast; schools without coal in Kyzylzhar and Aiyrtau districts',
     text="""Мамлют ауданында ауыл мектебі өртенді
ПЕТРОПАВЛ, 14 қазан. – Солтүстік Қазақстан облысы Мамлют ауданының Становое ауылындағы мектепте түнде өрт шығып, шатыры мен екі сыныбы толық жанып кетті. Адам шығыны жоқ, 140 оқушы уақытша ауылдық клубта оқиды.

Алдын ала мәлімет бойынша, өрт пештен шыққан. Мектеп көмірмен жылытылуы тиіс еді, бірақ көмір уақытында жеткізілмегендіктен, ағаш отын жағылған. Мамлют ауданының әкімі Становое ауылдық округінің әкіміне сөгіс берді.

Облыс әкімі Петропавлда өткен кеңесте аудан әкімдеріне ауыл мектептерін қысқа дайындауды тапсырды. Облыстың көмірі Павлодар облысындағы Екібастұздан теміржолмен Ресейдің Омбы облысы арқылы келеді, сондықтан жеткізу жиі кешігеді. Қызылжар және Айыртау аудандарында да бірнеше мектеп әлі көмірсіз отыр.""",
     ann=[
        ('Мамлют ауданында', 0, 'district', 'Mamlyut District', NKR, {'note': 'headline'}),
        ('ПЕТРОПАВЛ', 0, 'city', 'Petropavl', NKR, {'note': 'dateline'}),
        ('Солтүстік Қазақстан облысы', 0, 'region', NKR, NKR),
        ('Мамлют ауданының', 0, 'district', 'Mamlyut District', NKR),
        ('Становое ауылындағы', 0, 'village', 'Stanovoe', NKR, {'note': 'school fire'}),
        ('Мамлют ауданының', 1, 'district', 'Mamlyut District', NKR, {'note': 'inside an official post'}),
        ('Становое ауылдық округінің', 0, 'district', 'Stanovoe Rural Okrug', NKR, {'subkind': RO, 'note': 'inside an official post'}),
        ('Петропавлда', 0, 'city', 'Petropavl', NKR, {'note': 'NI:venue of a meeting'}),
        ('Павлодар облысындағы', 0, 'region', PR, PR, {'note': 'NI:origin of coal'}),
        ('Екібастұздан', 0, 'city', 'Ekibastuz', PR, {'note': 'NI:origin of coal'}),
        ('Ресейдің', 0, 'foreign', 'Russia', N),
        ('Омбы облысы', 0, 'foreign', 'Omsk Oblast', N, {'note': 'NI:coal route'}),
        ('Қызылжар', 0, 'district', 'Kyzylzhar District', NKR, {'note': 'NI:schools without coal; in a list sharing "аудандарында"'}),
        ('Айыртау', 0, 'district', 'Aiyrtau District', NKR, {'note': 'NI:schools without coal; in a list sharing "аудандарында"'}),
     ],
     inc={NKR: (1, 'night fire destroying the roof and two classrooms of the school in Stanovoe, Mamlyut district')}),
]
