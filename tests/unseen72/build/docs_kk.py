"""Kazakh texts of the seventy-second unseen check corpus (Cyrillic)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p017', date='2022-06-10', lang='kk',
     event='2022 two days after the creation of Jetisu, Abai and Ulytau regions: night fire at the hotel «Жетісу» in Taldykorgan (Jetisu Region), escalator accident in the «Семей» shopping centre in Semey (Abai Region); the hotel «Ұлытау» in Zhezkazgan; outdated region names on shop signs; the club «Жетісу», «Семей Инвест» and Kazakhmys not annotated',
     text="""Жаңа облыстар: маңдайшалар ауысып жатыр, алғашқы оқиғалар тіркелді
ТАЛДЫҚОРҒАН, 10 маусым (ҚазАқпарат). 8 маусымда Жетісу, Абай және Ұлытау облыстары құрылғаннан кейін үш жаңа облыс орталығында мекемелер мен компаниялар маңдайшаларын ауыстыра бастады. Дегенмен Талдықорған, Семей және Жезқазған қалаларындағы көптеген дүкен мен кеңсенің жарнамасында «Алматы облысы», «Шығыс Қазақстан облысы» деген жазулар әлі тұр.

Жетісу облысына бұрын Алматы облысына қараған сегіз аудан мен екі қала өтті. Жаңа облыстың әкімдігі әзірге бұрынғы облыстық әкімдіктің Талдықорғандағы ғимаратында жұмыс істейді. Облыс күні 8 маусымда Талдықорғанның орталық алаңында аталып өтті, мерекеге Текелі мен Үштөбеден де жүздеген тұрғын келді. Семейдегі Абай атындағы драма театрында да салтанатты жиын өтті, онда жаңа облыстың туы көтерілді.

Алғашқы күндер оқиғасыз өтпеді. Талдықорғандағы «Жетісу» қонақүйінде 9 маусымға қараған түні өрт шықты. Жетісу облысы төтенше жағдайлар департаментінің хабарлауынша, үшінші қабаттағы бөлмеде электр сымы тұтанған. 30 қонақ эвакуацияланып, бір әйел түтіннен уланып ауруханаға жеткізілді. Қонақүйде «Жетісу» футбол клубының ойыншылары тұрып жатқан еді, олардың ешқайсысы зардап шеккен жоқ.

Семейде сейсенбі күні «Семей» сауда орталығындағы эскалатор кенет тоқтап, төрт адам құлап жарақат алды. Олардың бірі – Өскеменнен қонаққа келген зейнеткер. Сауда орталығының иесі «Семей Инвест» серіктестігі себебін анықтау үшін комиссия құрды. Абай облысының әкімдігі барлық сауда орталықтарында тексеріс жүргізетінін мәлімдеді.

Жезқазғанда жаңалық тыныш: қаладағы «Ұлытау» қонақүйі маңдайшасына «облыс орталығы» деген сөздерді қосты, ал әуежай Алматыға және Нұр-Сұлтанға қосымша рейстер ашылатынын хабарлады. «Қазақмыс» корпорациясы кеншілер қаласының жаңа мәртебесін құптады.

Бұрынғы облыстар да өзгеріске бейімделуде. Өскемендегі облыстық мекемелер Семейдегі филиалдарын Абай облысына тапсырып жатыр, ал Қарағанды облысы Жезқазған мен Сәтбаевтағы мекемелерін Ұлытау облысына береді.""",
     ann=[
        ('ТАЛДЫҚОРҒАН', 0, 'city', 'Taldykorgan', JTR, {'note': 'dateline; Jetisu Region since 2022-06-08'}),
        ('Жетісу', 0, 'region', JTR, JTR, {'note': 'NI:in a list sharing "облыстары"'}),
        ('Абай', 0, 'region', ABR, ABR, {'note': 'NI:in a list sharing "облыстары"'}),
        ('Ұлытау', 0, 'region', UR, UR, {'note': 'NI:in a list sharing "облыстары"'}),
        ('үш жаңа облыс', 0, 'quantified', '3 new regions', N, {'count': 3, 'unit': 'region', 'note': 'the three new regions, named before; not about incidents'}),
        ('Талдықорған', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:in a list sharing "қалаларындағы"; signage'}),
        ('Семей', 0, 'city', 'Semey', ABR, {'note': 'NI:in a list sharing "қалаларындағы"; signage'}),
        ('Жезқазған', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:in a list sharing "қалаларындағы"; signage'}),
        ('Алматы облысы', 0, 'region', JTR, JTR, {'uncertain': True, 'note': 'NI:outdated region name on shop signs in Taldykorgan, labelled with the unit holding the place on the article date'}),
        ('Шығыс Қазақстан облысы', 0, 'region', ABR, ABR, {'uncertain': True, 'note': 'NI:outdated region name on shop signs in Semey, labelled with the unit holding the place on the article date'}),
        ('Жетісу облысына', 0, 'region', JTR, JTR, {'note': 'NI:transfer of districts'}),
        ('Алматы облысына', 0, 'region', ALR, ALR, {'note': 'NI:former unit of the transferred districts'}),
        ('сегіз аудан', 0, 'quantified', '8 districts', N, {'count': 8, 'unit': 'district', 'note': 'districts transferred to Jetisu Region; not about incidents'}),
        ('екі қала', 0, 'quantified', '2 cities', N, {'count': 2, 'unit': 'city', 'note': 'cities transferred to Jetisu Region; not about incidents'}),
        ('Талдықорғандағы', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:seat of the akimat'}),
        ('Талдықорғанның', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:celebration of the region day'}),
        ('Текелі', 0, 'city', 'Tekeli', JTR, {'note': 'NI:residents\' origin'}),
        ('Үштөбеден', 0, 'city', 'Ushtobe', JTR, {'note': 'NI:residents\' origin'}),
        ('Семейдегі', 0, 'city', 'Semey', ABR, {'note': 'NI:celebration'}),
        ('Абай атындағы драма театрында', 0, 'facility', 'Abai Drama Theatre (Semey)', ABR, {'subkind': 'theatre', 'note': 'NI:named after the poet, not Abai Region'}),
        ('Талдықорғандағы', 1, 'city', 'Taldykorgan', JTR),
        ('Жетісу', 2, 'facility', 'Hotel Zhetysu (Taldykorgan)', JTR, {'subkind': 'hotel', 'note': 'hotel named after the region, in Taldykorgan'}),
        ('Жетісу облысы', 0, 'region', JTR, JTR, {'note': 'inside the name of an authority'}),
        ('Семейде', 0, 'city', 'Semey', ABR),
        ('Семей', 1, 'facility', 'Semey shopping centre (Semey)', ABR, {'subkind': 'shopping centre', 'note': 'shopping centre named after the city; «Семей Инвест» is a company'}),
        ('Өскеменнен', 0, 'city', 'Oskemen', EKR, {'note': "NI:injured pensioner's origin"}),
        ('Абай облысының', 0, 'region', ABR, ABR, {'note': 'inside the name of an authority (akimat); inspections'}),
        ('Жезқазғанда', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:no incident'}),
        ('Ұлытау', 1, 'facility', 'Hotel Ulytau (Zhezkazgan)', UR, {'subkind': 'hotel', 'note': 'NI:hotel named after the region'}),
        ('Алматыға', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:flight destination'}),
        ('Нұр-Сұлтанға', 0, 'city', 'Astana', 'Astana', {'note': 'NI:flight destination; name of the capital 2019-2022'}),
        ('Өскемендегі', 0, 'city', 'Oskemen', EKR, {'note': 'NI:seat of regional offices'}),
        ('Семейдегі', 1, 'city', 'Semey', ABR, {'note': 'NI:branch offices'}),
        ('Абай облысына', 0, 'region', ABR, ABR, {'note': 'NI:transfer of offices'}),
        ('Қарағанды облысы', 0, 'region', KR, KR, {'note': 'NI:former unit'}),
        ('Жезқазған', 1, 'city', 'Zhezkazgan', UR, {'note': 'NI:transfer of offices'}),
        ('Сәтбаевтағы', 0, 'city', 'Satpayev', UR, {'note': 'NI:transfer of offices'}),
        ('Ұлытау облысына', 0, 'region', UR, UR, {'note': 'NI:transfer of offices'}),
     ],
     inc={JTR: (1, 'night fire in a room of the hotel «Жетісу» in Taldykorgan, 30 evacuated, one woman poisoned by smoke'),
          ABR: (1, 'escalator stopped abruptly in the «Семей» shopping centre in Semey, four people fell and were hurt')}),

dict(id='p018', date='2003-04-15', lang='kk',
     event='2003 fire in the basement archive of the regional newspaper «Оңтүстік Қазақстан» on Baitursynov Street in Shymkent (South Kazakhstan Region); the newspaper named after the region is not annotated; copies in Almaty and Turkistan',
     text="""«Оңтүстік Қазақстан» газеті редакциясында өрт
ШЫМКЕНТ, 15 сәуір. Дүйсенбі түні Шымкенттегі Байтұрсынов көшесінде орналасқан «Оңтүстік Қазақстан» облыстық газеті редакциясының ғимаратында өрт шықты. Өрт мұрағат сақталған жертөледен басталып, 1930 жылдардан бергі газет тігінділерінің бір бөлігі жанып кетті. Адам шығыны жоқ.
Оңтүстік Қазақстан облысының төтенше жағдайлар басқармасының мәліметінше, өртті 40 минутта сөндірген. Тергеушілер өрттің себебі ретінде электр желісінің ақауын қарастыруда, Шымкент қалалық полициясы әзірге қылмыстық іс қозғаған жоқ.
Газеттің бас редакторы мұрағаттың көшірмелері Алматыдағы Ұлттық кітапханада және Түркістандағы облыстық мұражайда сақталғанын айтты. Газеттің келесі саны Кентаудағы баспаханада басылады. Газет 1920 жылдардан бері аптасына үш рет шығып келеді.""",
     ann=[
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', SKR, {'note': 'dateline; South Kazakhstan Region before 2018-06-19; the newspaper «Оңтүстік Қазақстан» in the headline is not annotated'}),
        ('Шымкенттегі', 0, 'city', 'Shymkent', SKR),
        ('Байтұрсынов көшесінде', 0, 'facility', 'Baitursynov Street (Shymkent)', SKR, {'subkind': 'street', 'note': 'named after a person'}),
        ('Оңтүстік Қазақстан облысының', 0, 'region', SKR, SKR, {'note': 'inside the name of an authority; the same words inside the newspaper name are not annotated'}),
        ('Шымкент', 0, 'city', 'Shymkent', SKR, {'note': 'inside the name of an authority (city police)'}),
        ('Алматыдағы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:copies of the archive'}),
        ('Түркістандағы', 0, 'city', 'Turkistan', SKR, {'note': 'NI:copies of the archive; South Kazakhstan Region before 2018-06-19'}),
        ('Кентаудағы', 0, 'city', 'Kentau', SKR, {'note': 'NI:printing house'}),
     ],
     inc={SKR: (1, 'fire in the basement archive of the «Оңтүстік Қазақстан» editorial building in Shymkent')}),

dict(id='p019', date='2021-09-20', lang='kk',
     event='2021 firecracker exploded in the east stand of the Central Stadium in Kostanay during Tobol v Aktobe, three fans hurt (Kostanay Region); thrower from Rudny; clubs «Тобыл», «Ақтөбе», «Ордабасы» and the football federation not annotated',
     text="""Қостанайда футбол матчы кезінде петарда жарылды
ҚОСТАНАЙ, 20 қыркүйек. Жексенбі күні Қостанайдағы Орталық стадионда өткен «Тобыл» – «Ақтөбе» матчы кезінде шығыс трибунада петарда жарылып, үш жанкүйер жарақат алды. Қостанай облысы полиция департаментінің хабарлауынша, петарданы лақтырған 19 жастағы жігіт ұсталды, ол – Рудный қаласының тұрғыны.
Төреші матчты 20 минутқа тоқтатты. Ақтөбеден келген қонақ жанкүйерлер секторы оқиғадан зардап шеккен жоқ. Ойын 2:2 есебімен аяқталды. Жарақат алған жанкүйерлер жедел жәрдем көлігімен ауруханаға жеткізілді, олардың жағдайы тұрақты. Стадион басшылығы келесі ойыннан бастап кіреберістегі тексеруді күшейтетінін айтты.
Қазақстан футбол федерациясының тәртіптік комитеті оқиғаны сейсенбі күні Нұр-Сұлтанда қарайды. «Тобыл» клубына айыппұл салынуы мүмкін. Келесі турда қостанайлықтар Шымкентте «Ордабасымен» ойнайды.""",
     ann=[
        ('Қостанайда', 0, 'city', 'Kostanay', KOR, {'note': 'headline'}),
        ('ҚОСТАНАЙ', 0, 'city', 'Kostanay', KOR, {'note': 'dateline'}),
        ('Қостанайдағы', 0, 'city', 'Kostanay', KOR),
        ('Орталық стадионда', 0, 'facility', 'Central Stadium (Kostanay)', KOR, {'subkind': 'stadium', 'note': 'the clubs «Тобыл» and «Ақтөбе» are not annotated'}),
        ('Қостанай облысы', 0, 'region', KOR, KOR, {'note': 'inside the name of an authority (police department)'}),
        ('Рудный қаласының', 0, 'city', 'Rudny', KOR, {'note': "NI:suspect's residence"}),
        ('Ақтөбеден', 0, 'city', 'Aktobe', AR, {'note': "NI:visiting fans' origin"}),
        ('Нұр-Сұлтанда', 0, 'city', 'Astana', 'Astana', {'note': 'NI:disciplinary hearing; Қазақстан inside the federation name is not annotated'}),
        ('Шымкентте', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:next match'}),
     ],
     inc={KOR: (1, 'firecracker exploded in the east stand of the Central Stadium in Kostanay, three fans hurt')}),

dict(id='p020', date='2013-07-08', lang='kk',
     event='2013 fire in the restaurant car of the branded train «Ақжайық» (Oral-Almaty) near Kandyagash station, two passengers poisoned by smoke (Aktobe Region); the train name is not Akzhaiyk district of West Kazakhstan Region; Kazakhstan Temir Zholy not annotated',
     text="""«Ақжайық» пойызының вагонында өрт шықты
АҚТӨБЕ, 8 шілде. Орал – Алматы бағытымен жүрген «Ақжайық» фирмалық пойызының вагон-мейрамханасында жексенбі түні, Қандыағаш станциясына жақындағанда, өрт шықты. Жолаушылар өзге вагондарға көшірілді, екі адам түтіннен уланды, деп хабарлады Ақтөбе облысының төтенше жағдайлар департаменті.
Өрт сөндірушілер Қандыағаш пен Ембі қалаларынан шақырылды. Пойыз төрт сағат кешігіп, жолын жалғастырды. Вагонда 40-қа жуық жолаушы болған, олардың көбі Алматыға демалысқа бара жатқан. «Қазақстан темір жолы» ұлттық компаниясы өрттің себебін тексеріп жатыр; вагон-мейрамхана 2011 жылы Германияда жасалған.
Айта кетейік, пойыз атауын Батыс Қазақстан облысындағы Ақжайық ауданынан емес, Жайық өзенінің халық арасындағы атауынан алған.""",
     ann=[
        ('АҚТӨБЕ', 0, 'city', 'Aktobe', AR, {'note': 'dateline; the train «Ақжайық» in the headline is not annotated'}),
        ('Орал', 0, 'city', 'Oral', WKR, {'note': 'NI:route endpoint'}),
        ('Алматы', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:route endpoint'}),
        ('Қандыағаш станциясына', 0, 'facility', 'Kandyagash railway station', AR, {'subkind': 'railway station', 'note': 'the fire broke out as the train approached the station'}),
        ('Ақтөбе облысының', 0, 'region', AR, AR, {'note': 'inside the name of an authority'}),
        ('Қандыағаш', 1, 'city', 'Kandyagash', AR, {'note': "NI:firefighters' origin; in a pair sharing \"қалаларынан\""}),
        ('Ембі', 0, 'city', 'Emba', AR, {'note': "NI:firefighters' origin; in a pair sharing \"қалаларынан\""}),
        ('Алматыға', 0, 'city', 'Almaty', 'Almaty', {'note': "NI:passengers' destination"}),
        ('Германияда', 0, 'foreign', 'Germany', N, {'note': 'NI:place of manufacture; Қазақстан inside the company name is not annotated'}),
        ('Батыс Қазақстан облысындағы', 0, 'region', WKR, WKR, {'note': 'NI:location of the namesake district'}),
        ('Ақжайық ауданынан', 0, 'district', 'Akzhaiyk District', WKR, {'note': 'NI:the namesake district, not the origin of the train name'}),
        ('Жайық өзенінің', 0, 'facility', 'Ural River', N, {'subkind': 'river', 'note': 'NI:origin of the train name'}),
     ],
     inc={AR: (1, 'fire in the restaurant car of the «Ақжайық» train near Kandyagash station, two passengers poisoned by smoke')}),

dict(id='p021', date='2025-03-14', lang='kk',
     event='2025 week in the west: fire in the laundry of the hotel «Ақтау» in Aktau and a two-hour protest of Ozenmunaigas workers in Zhanaozen (Mangystau Region); knife-point robbery attempt at a bank branch on Satpayev Avenue in Atyrau (Atyrau Region); the ferry «Алматы», the club «Каспий», the Kaspiy stadium, «Атырау» airport; flood preparations in several districts',
     text="""Апта шолуы: Ақтауда қонақүй өртенді, Атырауда банк тонамақ болды
АҚТАУ, 14 наурыз (Kazinform). Апта соңында Маңғыстау және Атырау облыстарында бірнеше оқиға тіркелді.

Ақтаудағы «Ақтау» қонақүйінде бейсенбі күні таңертең өрт шықты. Маңғыстау облысының төтенше жағдайлар департаментінің мәліметінше, жертөледегі кір жуатын бөлмеде кептіргіш тұтанған. 120 қонақ эвакуацияланды, олардың арасында Бакуден келген іскерлер делегациясы мен «Каспий» футбол клубының ойыншылары болды. Зардап шеккендер жоқ. Қонақүй қаланың 14-шағын ауданында, теңіз жағалауында орналасқан.

Сол күні Жаңаөзенде «Өзенмұнайгаз» компаниясының 200-ге жуық жұмысшысы қалалық әкімдік алдына жиналып, жалақыны көтеруді талап етті. Наразылық екі сағатқа созылды, ешкім ұсталған жоқ. Қатысушылардың айтуынша, жалақы соңғы рет екі жыл бұрын көтерілген, ал азық-түлік бағасы содан бері едәуір өскен. Облыс әкімінің орынбасары жұмысшылармен кездесіп, талаптарын қарауға уәде берді.

Атырауда жұма күні Сәтбаев даңғылындағы банк бөлімшесіне пышақ ұстаған ер адам кіріп, кассирден ақша талап етті. Күзетші оны ұстап, полицияға тапсырды. Атырау облысы полиция департаментінің хабарлауынша, күдікті – Құлсары қаласының тұрғыны, бұрын да сотталған.

Іскерлік жаңалықтар да аз емес. Құрық портынан Бакуге қарай «Алматы» паромы алғашқы рейсіне шықты; кеме иесі «Қазмортрансфлот» жаңа паромдарға ел қалаларының атауын беріп келеді. «Атырау» әуежайы сәуірден бастап Түрікменбашы мен Ыстанбұлға тікелей рейстер ашады. Ақтаудағы «Каспий» стадионы жаңа маусым алдында жөндеуден өтті.

Маңғыстау облысының бірнеше ауданында, соның ішінде Бейнеу мен Қарақия аудандарында, көктемгі су тасқынына дайындық жүріп жатыр. Синоптиктер демалыс күндері облыста қатты жел болатынын ескертті. Ал Атырау облысында Теңіз кен орнына апаратын жол жөндеу жұмыстарына байланысты бір аптаға жабылды, вахта автобустары айналма жолмен жүреді. Облыс әкімдігі қонақүйлер мен сауда орталықтарында өрт қауіпсіздігі тексерілетінін хабарлады; өткен жылы Ақтау мен Жаңаөзендегі қонақүйлерде үш өрт тіркелген.""",
     ann=[
        ('Ақтауда', 0, 'city', 'Aktau', MR, {'note': 'headline'}),
        ('Атырауда', 0, 'city', 'Atyrau', ATR, {'note': 'headline'}),
        ('АҚТАУ', 0, 'city', 'Aktau', MR, {'note': 'dateline'}),
        ('Маңғыстау', 0, 'region', MR, MR, {'note': 'in a pair sharing "облыстарында"'}),
        ('Атырау', 0, 'region', ATR, ATR, {'note': 'in a pair sharing "облыстарында"'}),
        ('Ақтаудағы', 0, 'city', 'Aktau', MR),
        ('Ақтау', 0, 'facility', 'Hotel Aktau (Aktau)', MR, {'subkind': 'hotel', 'note': 'hotel named after the city, in the city'}),
        ('Маңғыстау облысының', 0, 'region', MR, MR, {'note': 'inside the name of an authority'}),
        ('Бакуден', 0, 'foreign', 'Baku', N, {'note': "NI:delegation's origin; the club «Каспий» is not annotated"}),
        ('14-шағын ауданында', 0, 'district', '14th microdistrict (Aktau)', MR, {'subkind': 'microdistrict', 'note': 'location of the hotel'}),
        ('Жаңаөзенде', 0, 'city', 'Zhanaozen', MR, {'note': 'protest in front of the city akimat'}),
        ('Атырауда', 1, 'city', 'Atyrau', ATR),
        ('Сәтбаев даңғылындағы', 0, 'facility', 'Satpayev Avenue (Atyrau)', ATR, {'subkind': 'street', 'note': 'named after a person, not the town Satpayev'}),
        ('Атырау облысы', 0, 'region', ATR, ATR, {'note': 'inside the name of an authority (police department)'}),
        ('Құлсары қаласының', 0, 'city', 'Kulsary', ATR, {'note': "NI:suspect's residence"}),
        ('Құрық портынан', 0, 'facility', 'Kuryk port', MR, {'subkind': 'port', 'note': 'NI:ferry departure; the ferry «Алматы» is not annotated'}),
        ('Бакуге', 0, 'foreign', 'Baku', N, {'note': 'NI:ferry destination'}),
        ('Атырау', 2, 'facility', 'Atyrau Airport', ATR, {'subkind': 'airport', 'note': 'NI:airport named after the city; new routes'}),
        ('Түрікменбашы', 0, 'foreign', 'Turkmenbashi', N, {'note': 'NI:new route'}),
        ('Ыстанбұлға', 0, 'foreign', 'Istanbul', N, {'note': 'NI:new route'}),
        ('Ақтаудағы', 1, 'city', 'Aktau', MR, {'note': 'NI:stadium repair'}),
        ('Каспий', 1, 'facility', 'Kaspiy Stadium (Aktau)', MR, {'subkind': 'stadium', 'note': 'NI:stadium named after the sea; the first «Каспий» is the club'}),
        ('Маңғыстау облысының', 1, 'region', MR, MR, {'note': 'NI:flood preparations'}),
        ('бірнеше ауданында', 0, 'quantified', 'several districts', N, {'count': None, 'unit': 'district', 'note': 'NI:flood preparations, not an incident'}),
        ('Бейнеу', 0, 'district', 'Beineu District', MR, {'note': 'NI:in a pair sharing "аудандарында"'}),
        ('Қарақия', 0, 'district', 'Karakiya District', MR, {'note': 'NI:in a pair sharing "аудандарында"'}),
        ('Атырау облысында', 0, 'region', ATR, ATR, {'note': 'NI:road closed for repairs'}),
        ('Теңіз кен орнына', 0, 'facility', 'Tengiz oil field', ATR, {'subkind': 'oil field', 'note': 'NI:road closed'}),
        ('Ақтау', 1, 'city', 'Aktau', MR, {'note': 'NI:statistics of last year, not incidents'}),
        ('Жаңаөзендегі', 0, 'city', 'Zhanaozen', MR, {'note': 'NI:statistics of last year, not incidents'}),
     ],
     inc={MR: (2, 'fire in the basement laundry of the hotel «Ақтау», 120 evacuated; two-hour protest of about 200 Ozenmunaigas workers in front of the Zhanaozen akimat'),
          ATR: (1, 'man with a knife demanded money at a bank branch on Satpayev Avenue in Atyrau, detained by the guard')}),

dict(id='p022', date='1999-01-19', lang='kk',
     event='1999 fire on the 17th floor of the Hotel Kazakhstan at Abai and Dostyk avenues in Almaty, 12 guests evacuated (Almaty); the hotel named after the country; the newspaper «Егемен Қазақстан» not annotated; ministries moved to Astana',
     text="""«Қазақстан» қонақүйінде өрт: 12 қонақ эвакуацияланды
АЛМАТЫ, 19 қаңтар. Алматыдағы «Қазақстан» қонақүйінің 17-қабатында дүйсенбі кеші өрт шықты. Қалалық төтенше жағдайлар басқармасының хабарлауынша, өрт бір бөлмені шарпыды, 12 қонақ эвакуацияланды, зардап шеккендер жоқ. Өрт сөндірушілер жалынды 25 минутта ауыздықтады. Қонақтардың арасында Ташкент пен Мәскеуден келген іскерлер болған.
Абай және Достық даңғылдарының қиылысындағы 26 қабатты ғимарат 1977 жылы салынған, ол – қаланың ең биік қонақүйі. Өрттің себебі – бөлмеде қосулы қалған электр плитасы. Биыл қала қонақүйлерінде тіркелген үшінші өрт.
Оқиға туралы алғаш «Егемен Қазақстан» газеті хабарлады. Қонақүйде әлі күнге дейін Астанаға көшкен министрліктердің Алматыда қалған қызметкерлері тұрады.""",
     ann=[
        ('Қазақстан', 0, 'facility', 'Kazakhstan Hotel (Almaty)', 'Almaty', {'subkind': 'hotel', 'note': 'headline; hotel named after the country, not the country'}),
        ('АЛМАТЫ', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Алматыдағы', 0, 'city', 'Almaty', 'Almaty'),
        ('Қазақстан', 1, 'facility', 'Kazakhstan Hotel (Almaty)', 'Almaty', {'subkind': 'hotel'}),
        ('Ташкент', 0, 'foreign', 'Tashkent', N, {'note': "NI:guests' origin"}),
        ('Мәскеуден', 0, 'foreign', 'Moscow', N, {'note': "NI:guests' origin"}),
        ('Абай', 0, 'facility', 'Abai Avenue (Almaty)', 'Almaty', {'subkind': 'street', 'note': 'in a pair sharing "даңғылдарының"; named after the poet'}),
        ('Достық', 0, 'facility', 'Dostyk Avenue (Almaty)', 'Almaty', {'subkind': 'street', 'note': 'in a pair sharing "даңғылдарының"'}),
        ('Астанаға', 0, 'city', 'Astana', 'Astana', {'note': 'NI:ministries moved; the newspaper «Егемен Қазақстан» is not annotated'}),
        ('Алматыда', 0, 'city', 'Almaty', 'Almaty', {'note': "NI:staff's residence"}),
     ],
     inc={'Almaty': (1, 'fire in a room on the 17th floor of the Hotel Kazakhstan, 12 guests evacuated; "the third hotel fire this year" is a statistic, not counted')}),

dict(id='p023', date='2017-06-13', lang='kk',
     event='2017 EXPO week: fire at the «Алматы» hostel in Saryarka district of Astana (Astana), bus of Shakhter fans overturned on the Karaganda-Astana highway in Osakarovka district (Karaganda Region); Nur Alem pavilion, Astana Arena; Astana EXPO-2017 company, clubs and the Tulpar-Talgo train not annotated; tourists from all regions',
     text="""ЭКСПО апталығы: Астанада хостел өртенді, Қарағанды жолында автобус аударылды
АСТАНА, 13 маусым (ҚазАқпарат). «ЭКСПО-2017» халықаралық көрмесі ашылғаннан бері елордаға келушілер саны күн сайын артып келеді, қаладағы қонақүйлер мен хостелдерде бос орын жоқтың қасы.

Дүйсенбі түні Астананың Сарыарқа ауданындағы «Алматы» хостелінде өрт шықты. Астана қаласының төтенше жағдайлар департаментінің мәліметінше, екінші қабаттағы ас үйде газ плитасы тұтанған. 40 адам эвакуацияланды, екеуі түтіннен уланып, ауруханаға жеткізілді. Хостел иесінің айтуынша, қонақтардың көбі көрмеге Ресей мен Қытайдан келген. Хостелдің атауы туралы сұраққа ол: «Өзім Алматыданмын, туған қаламды сағынған соң осылай атадым», – деп жауап берді. Өрттен кейін ол қонақтарды жақын маңдағы басқа хостелдерге тегін орналастырды. Төтенше жағдайлар департаменті қаладағы барлық хостелдерде тексеріс бастады.

Сол түні Қарағанды – Астана тас жолында, Осакаров ауданының аумағында, «Шахтер» футбол клубының жанкүйерлерін көрмеге алып бара жатқан автобус аударылды. Алты адам жарақат алды, олар Қарағандыдағы ауруханаға жеткізілді; біреуі – Теміртау қаласының тұрғыны. Қарағанды облысы полиция департаментінің хабарлауынша, жүргізуші рульде ұйықтап кеткен.

Көрменің «Нұр Әлем» павильонына жексенбі күні ғана 40 мыңға жуық адам келген. «Астана ЭКСПО-2017» ұлттық компаниясы Алматы мен Шымкенттен қосымша «Тұлпар-Тальго» пойыздары қатынайтынын хабарлады. Ал «Астана Арена» стадионында сенбі күні «Астана» мен «Қайрат» командаларының матчын 25 мың көрермен тамашалады.

Қала әкімдігінің мәліметінше, көрмеге елдің барлық облысынан туристер келді, ал шетелдіктердің көбі – Ресей, Қытай және Түркия азаматтары. Полиция ЭКСПО кезінде қалада тәртіп сақтау үшін басқа өңірлерден 2 мың полицей жұмылдырды. Көрмеге келгендердің көбі Ақмола облысындағы Бурабай курортына да барады: Бурабай ауданының әкімдігі курорттағы қонақүйлерде шілде айының соңына дейін бос орын жоқ екенін хабарлады.""",
     ann=[
        ('Астанада', 0, 'city', 'Astana', 'Astana', {'note': 'headline'}),
        ('Қарағанды', 0, 'city', 'Karaganda', KR, {'note': 'NI:headline, the Karaganda road (route endpoint)'}),
        ('АСТАНА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Астананың', 0, 'city', 'Astana', 'Astana'),
        ('Сарыарқа ауданындағы', 0, 'district', 'Saryarka District (Astana)', 'Astana', {'subkind': 'city district'}),
        ('Алматы', 0, 'facility', 'Almaty Hostel (Astana)', 'Astana', {'subkind': 'hostel', 'note': 'hostel named after Almaty, located in Astana'}),
        ('Астана қаласының', 0, 'city', 'Astana', 'Astana', {'note': 'inside the name of an authority'}),
        ('Ресей', 0, 'foreign', 'Russia', N, {'note': "NI:guests' origin"}),
        ('Қытайдан', 0, 'foreign', 'China', N, {'note': "NI:guests' origin"}),
        ('Алматыданмын', 0, 'city', 'Almaty', 'Almaty', {'note': "NI:owner's origin, in a quote"}),
        ('Қарағанды', 1, 'city', 'Karaganda', KR, {'note': 'NI:route endpoint'}),
        ('Астана', 1, 'city', 'Astana', 'Astana', {'note': 'NI:route endpoint'}),
        ('Осакаров ауданының', 0, 'district', 'Osakarovka District', KR, {'note': 'place of the bus accident; the club «Шахтер» is not annotated'}),
        ('Қарағандыдағы', 0, 'city', 'Karaganda', KR, {'note': 'NI:hospital'}),
        ('Теміртау қаласының', 0, 'city', 'Temirtau', KR, {'note': "NI:injured passenger's residence"}),
        ('Қарағанды облысы', 0, 'region', KR, KR, {'note': 'inside the name of an authority (police department)'}),
        ('Нұр Әлем', 0, 'facility', 'Nur Alem pavilion', 'Astana', {'subkind': 'pavilion', 'note': 'NI:visitor numbers'}),
        ('Алматы', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:extra trains; Астана inside the company name «Астана ЭКСПО-2017» is not annotated'}),
        ('Шымкенттен', 0, 'city', 'Shymkent', SKR, {'note': 'NI:extra trains; South Kazakhstan Region before 2018-06-19'}),
        ('Астана Арена', 0, 'facility', 'Astana Arena', 'Astana', {'subkind': 'stadium', 'note': 'NI:match; the club «Астана» is not annotated'}),
        ('барлық облысынан', 0, 'quantified', 'all regions', N, {'count': None, 'unit': 'region', 'quantifier': 'all', 'note': "NI:tourists' origin"}),
        ('Ресей', 1, 'foreign', 'Russia', N, {'note': "NI:tourists' origin"}),
        ('Қытай', 0, 'foreign', 'China', N, {'note': "NI:tourists' origin"}),
        ('Түркия', 0, 'foreign', 'Turkey', N, {'note': "NI:tourists' origin"}),
        ('Ақмола облысындағы', 0, 'region', AKR, AKR, {'note': 'NI:resort destination'}),
        ('Бурабай', 0, 'village', 'Burabay', AKR, {'note': 'NI:resort (Burabay resort)'}),
        ('Бурабай ауданының', 0, 'district', 'Burabay District', AKR, {'note': 'NI:inside the name of an authority (district akimat)'}),
     ],
     inc={'Astana': (1, 'gas stove fire at the «Алматы» hostel in Saryarka district, two poisoned by smoke'),
          KR: (1, 'bus of Shakhter fans overturned on the Karaganda-Astana highway in Osakarovka district, six hurt')}),

dict(id='p024', date='2008-08-04', lang='kk',
     event='2008 passenger launch «Семей» collided with a sand barge on the Irtysh near Pavlodar, seven hurt (Pavlodar Region); the launch named after Semey, the barge «Ертіс» and the company «Павлодар өзен порты» not annotated; barge bound for Omsk',
     text="""Ертісте жолаушылар катері баржамен соқтығысты
ПАВЛОДАР, 4 тамыз. Жексенбі күні кешке Павлодар маңында Ертіс өзенінде «Семей» жолаушылар катері құм тиелген баржамен соқтығысты. Катердегі 35 жолаушының жетеуі жарақат алып, ауруханаға жеткізілді, деп хабарлады Павлодар облысының төтенше жағдайлар департаменті.
Катер Павлодардан Ақсу қаласына қарай серуендік рейспен бара жатқан. Жолаушылардың көбі – демалыс күні Екібастұздан келгендер. «Ертіс» деп аталатын баржа Ресейдің Омбы қаласына бет алған екен.
Катер 1985 жылы Семейде жасалған, оның атауы да сол қалаға байланысты. Көлік инспекциясы кеме иесі – «Павлодар өзен порты» серіктестігінің құжаттарын тексеріп жатыр. Соқтығыс кезінде катердің тұмсығы зақымданды, баржа экипажы зардап шеккен жоқ. Ертіс бойындағы серуендік рейстер тексеріс аяқталғанша тоқтатылды.""",
     ann=[
        ('Ертісте', 0, 'facility', 'Irtysh River', N, {'subkind': 'river', 'note': 'headline; the river near Pavlodar (Pavlodar Region)'}),
        ('ПАВЛОДАР', 0, 'city', 'Pavlodar', PR, {'note': 'dateline'}),
        ('Павлодар', 0, 'city', 'Pavlodar', PR, {'note': 'the collision happened near the city'}),
        ('Ертіс өзенінде', 0, 'facility', 'Irtysh River', N, {'subkind': 'river', 'note': 'the launch «Семей» is a vessel name, not annotated'}),
        ('Павлодар облысының', 0, 'region', PR, PR, {'note': 'inside the name of an authority'}),
        ('Павлодардан', 0, 'city', 'Pavlodar', PR, {'note': 'NI:trip origin'}),
        ('Ақсу қаласына', 0, 'city', 'Aksu', PR, {'note': 'NI:trip destination'}),
        ('Екібастұздан', 0, 'city', 'Ekibastuz', PR, {'note': "NI:passengers' origin"}),
        ('Ресейдің', 0, 'foreign', 'Russia', N, {'note': "NI:barge's destination; the barge «Ертіс» is not annotated"}),
        ('Омбы қаласына', 0, 'foreign', 'Omsk', N, {'note': "NI:barge's destination"}),
        ('Ертіс', 2, 'facility', 'Irtysh River', N, {'subkind': 'river', 'note': 'NI:pleasure trips along the river suspended'}),
        ('Семейде', 0, 'city', 'Semey', EKR, {'note': 'NI:place where the launch was built; East Kazakhstan Region before 2022-06-08; «Павлодар өзен порты» is a company'}),
     ],
     inc={PR: (1, 'passenger launch collided with a sand barge on the Irtysh near Pavlodar, seven hurt')}),
]
