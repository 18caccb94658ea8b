"""Kazakh texts of the ninetieth unseen check corpus (Cyrillic; p020 quotes a post in the
Kazakh Latin alphabet of February 2018)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'
RC = 'residential complex'

DOCS = [
dict(id='p017', date='2022-07-12', lang='kk',
     event='2022 gas explosion in a nine-storey block of the «Ертіс» complex in Semey (Abai Region, a month after its creation), two hurt; East Kazakhstan Region as the former unit; gas checks in Semey, Ayagoz and Kurchatov',
     text="""Семейде жаңа көпқабатты үйде газ жарылды
СЕМЕЙ, 12 шілде. ҚазАқпарат – Семей қаласындағы «Ертіс» тұрғын үй кешенінің тоғыз қабатты үйінде кеше кешке газ жарылды. Екі адам жарақат алып, ауруханаға жеткізілді, 40-қа жуық тұрғын эвакуацияланды, деп хабарлады Абай облысының төтенше жағдайлар департаменті.

Үй былтыр күзде пайдалануға берілген. Тұрғындардың айтуынша, газ құбыры орнатылғаннан бері подъезде газ иісі шығып жүрген, олар бұл туралы басқарушы компанияға бірнеше рет хабарлаған.

Еске сала кетейік, Абай облысы 8 маусымда құрылды, оған дейін Семей Шығыс Қазақстан облысының құрамында болды. Жаңа облыстың әкімдігі Семейдегі барлық жаңа үйлердің газ жабдықтарын бір ай ішінде тексеруді тапсырды. Тексеру Аягөз бен Курчатов қалаларында да жүргізіледі.""",
     ann=[
        ('Семейде', 0, 'city', 'Semey', ABR, {'note': 'headline; Abai Region since 2022-06-08'}),
        ('СЕМЕЙ', 0, 'city', 'Semey', ABR, {'note': 'dateline'}),
        ('Семей қаласындағы', 0, 'city', 'Semey', ABR),
        ('Ертіс', 0, 'facility', 'Ertis residential complex (Semey)', ABR, {'subkind': RC, 'note': 'named after the Irtysh river'}),
        ('Абай облысының', 0, 'region', ABR, ABR, {'note': 'inside the name of an authority'}),
        ('Абай облысы', 0, 'region', ABR, ABR, {'note': 'NI:background (creation of the region)'}),
        ('Семей', 1, 'city', 'Semey', ABR, {'note': 'NI:background'}),
        ('Шығыс Қазақстан облысының', 0, 'region', EKR, EKR, {'note': 'NI:the former unit of Semey'}),
        ('Семейдегі', 0, 'city', 'Semey', ABR, {'note': 'NI:gas checks ordered'}),
        ('Аягөз', 0, 'city', 'Ayagoz', ABR, {'note': 'NI:gas checks; in a list sharing "қалаларында"'}),
        ('Курчатов', 0, 'city', 'Kurchatov', ABR, {'note': 'NI:gas checks; in a list sharing "қалаларында"'}),
     ],
     inc={ABR: (1, 'gas explosion in a block of the «Ертіс» complex in Semey')}),

dict(id='p018', date='2025-04-23', lang='kk',
     event='2025 Almaty: tower crane collapse at a site in Alatau district, two workers hurt; protest of shareholders of the «Астана» complex outside the Auezov district akimat; residents of Panfilov village (Talgar district, Almaty Region) block the Talgar-Almaty road against demolitions, three detained; regional akimat in Konaev',
     text="""Алматыда мұнаралы кран құлады, «Астана» кешенінің үлескерлері наразылық білдірді
АЛМАТЫ, 23 сәуір. Tengrinews.kz – Алматының Алатау ауданындағы құрылыс алаңында сейсенбі күні таңертең мұнаралы кран құлады. Кранның жебесі салынып жатқан көпқабатты үйдің төбесіне түсіп, екі құрылысшы жарақат алды, деп хабарлады қалалық төтенше жағдайлар департаменті. Алдын ала дерек бойынша, кран қатты желде жұмысын тоқтатпаған.

Сол күні түсте «Астана» тұрғын үй кешенінің 100-ге жуық үлескері Әуезов ауданы әкімдігінің алдына жиналды. Кешеннің құрылысы 2019 жылы басталып, 2022 жылы аяқталуы тиіс еді, бірақ ол әлі бесінші қабатта тұр. «Біз Шымкенттегі үйімізді сатып, барлық ақшамызды осы пәтерге салдық», – деді үлескерлердің бірі. Аудан әкімінің орынбасары олармен кездесіп, мәселені қала әкімдігіне жеткізетінін айтты.

Алматы облысының Талғар ауданына қарасты Панфилов ауылында жол бойындағы 12 үйді бұзу басталды. Тұрғындар техниканың жолын кесіп, Талғар – Алматы тас жолын бір сағатқа жапты. Полиция үш адамды ұстады. Облыс әкімдігі Қонаев қаласында мәлімдеме жасап, үйлердің жолдың күзет аймағында рұқсатсыз салынғанын хабарлады. Тұрғындар үйлерін 2010 жылдардың басында жер телімдерін заңды түрде сатып алып салғанын айтады.

Қала әкімдігінің мәліметінше, кран құлағаннан кейін құрылыс алаңдарын тексеру қаланың бірнеше ауданында жүргізіледі. Былтыр Алматыда құрылыс алаңдарында 14 адам қаза тапқан. Мамандар мұның басты себебі ретінде мердігерлердің қауіпсіздік ережелерін сақтамауын атайды. Бұған дейін, наурыз айында, Қарасай ауданының Қаскелең қаласында салынып жатқан үйдің қабырғасы құлап, бір жұмысшы қаза тапқан.

Үлескерлер мәселесі тек Алматыда емес: министрліктің дерегінше, елдің бес облысында 40-тан астам тұрғын үй кешенінің құрылысы тоқтап тұр. Министрлік үлескерлердің құқығын қорғау туралы жаңа заң жобасын жыл соңына дейін Парламентке енгізуді жоспарлап отыр. Ал Алатау ауданындағы құрылыс алаңы тергеу аяқталғанша жабылды.""",
     ann=[
        ('Алматыда', 0, 'city', 'Almaty', 'Almaty', {'note': 'headline'}),
        ('Астана', 0, 'facility', 'Astana residential complex (Almaty)', 'Almaty', {'subkind': RC, 'note': 'headline; a complex in Almaty named after the capital'}),
        ('АЛМАТЫ', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Алматының', 0, 'city', 'Almaty', 'Almaty'),
        ('Алатау ауданындағы', 0, 'district', 'Alatau District (Almaty)', 'Almaty', {'subkind': 'city district'}),
        ('Астана', 1, 'facility', 'Astana residential complex (Almaty)', 'Almaty', {'subkind': RC}),
        ('Әуезов ауданы', 0, 'district', 'Auezov District (Almaty)', 'Almaty', {'subkind': 'city district', 'note': 'inside the name of an authority; site of the protest'}),
        ('Шымкенттегі', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:former residence of a shareholder'}),
        ('Алматы облысының', 0, 'region', ALR, ALR),
        ('Талғар ауданына', 0, 'district', 'Talgar District', ALR),
        ('Панфилов ауылында', 0, 'village', 'Panfilov (Talgar district)', ALR, {'note': 'a village named after a person; not the former Panfilov district of Jetisu Region'}),
        ('Талғар', 1, 'city', 'Talgar', ALR, {'note': 'NI:road endpoint'}),
        ('Алматы', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:road endpoint'}),
        ('Қонаев қаласында', 0, 'city', 'Konaev', ALR, {'note': 'NI:seat of the regional akimat'}),
        ('бірнеше ауданында', 0, 'quantified', 'several districts', N, {'count': None, 'unit': 'district', 'note': 'NI:site inspections in several districts of the city'}),
        ('Алматыда', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:statistics for last year'}),
        ('Қарасай ауданының', 0, 'district', 'Karasai District', ALR),
        ('Қаскелең қаласында', 0, 'city', 'Kaskelen', ALR, {'note': 'wall collapse in March, narrated as background'}),
        ('Алматыда', 2, 'city', 'Almaty', 'Almaty', {'note': 'NI:"not only in Almaty"'}),
        ('Алатау ауданындағы', 1, 'district', 'Alatau District (Almaty)', 'Almaty', {'subkind': 'city district', 'note': 'site of the crane collapse, closed'}),
        ('бес облысында', 0, 'quantified', '5 regions', N, {'count': 5, 'unit': 'region', 'note': 'NI:stalled complexes; not incidents'}),
     ],
     inc={'Almaty': (2, 'tower crane collapse in Alatau district; protest of «Астана» shareholders outside the Auezov district akimat'),
          ALR: (2, 'residents block the Talgar-Almaty road against the demolition in Panfilov village, three detained (the demolition itself is an official measure); the March wall collapse in Kaskelen, narrated')}),

dict(id='p019', date='2004-06-15', lang='kk',
     event='2004 outer wall collapse of an old hostel in the Zhilgorodok microdistrict of Atyrau, one hurt; residents from Kulsary and Dossor; the «Ақжайық» complex to be commissioned; money requested from Astana',
     text="""Атырауда ескі жатақхананың қабырғасы құлады
АТЫРАУ, 15 маусым. ҚазТАГ – Атырау қаласының Жилгородок шағынауданындағы ескі екі қабатты жатақхананың сыртқы қабырғасы түнде құлап түсті. Бір тұрғын жарақат алды, 30 отбасы мектепке уақытша көшірілді, деп хабарлады Атырау облыстық төтенше жағдайлар басқармасы.

Жатақхана 1956 жылы салынған, оны бұзу 2001 жылдан бері жоспарланып келеді. Тұрғындардың көбі – Құлсары мен Доссордан келген мұнайшылардың отбасылары. Олар жаңа үйлерден пәтер беруді талап етеді. «Қабырғадағы жарықты үш жыл бұрын көрсеткенбіз, бірақ ешкім келмеді», – деді тұрғын Гүлнар Есенова.

Облыс әкімдігінің хабарлауынша, биыл Атырауда «Ақжайық» тұрғын үй кешенінің алғашқы екі үйі пайдалануға беріледі. Апатты үйлердің тұрғындарын көшіру бағдарламасына Астанадан қосымша қаржы сұралған.""",
     ann=[
        ('Атырауда', 0, 'city', 'Atyrau', ATR, {'note': 'headline'}),
        ('АТЫРАУ', 0, 'city', 'Atyrau', ATR, {'note': 'dateline'}),
        ('Атырау қаласының', 0, 'city', 'Atyrau', ATR),
        ('Жилгородок шағынауданындағы', 0, 'district', 'Zhilgorodok (Atyrau)', ATR, {'subkind': 'microdistrict'}),
        ('Атырау облыстық', 0, 'region', ATR, ATR, {'note': 'inside the name of an authority'}),
        ('Құлсары', 0, 'city', 'Kulsary', ATR, {'note': 'NI:origin of residents'}),
        ('Доссордан', 0, 'village', 'Dossor', ATR, {'note': 'NI:origin of residents'}),
        ('Атырауда', 1, 'city', 'Atyrau', ATR, {'note': 'NI:new complex to be commissioned'}),
        ('Ақжайық', 0, 'facility', 'Akzhaiyk residential complex (Atyrau)', ATR, {'subkind': RC, 'note': 'NI:to be commissioned; named after the Zhaiyk (Ural) river, not Akzhaik district of West Kazakhstan Region'}),
        ('Астанадан', 0, 'city', 'Astana', 'Astana', {'note': 'NI:money requested from the capital'}),
     ],
     inc={ATR: (1, 'outer wall collapse of an old hostel in Zhilgorodok, Atyrau')}),

dict(id='p020', date='2019-10-08', lang='kk',
     event='2019 tower crane collapse at the «Тұран» complex site in Al-Farabi district of Shymkent, operator killed; operator from Saryagash district (Turkistan Region); crane rented from a firm in Tashkent; a post in the Kazakh Latin alphabet of 2018',
     text="""Шымкентте құрылыс алаңында мұнаралы кран құлады
ШЫМКЕНТ, 8 қазан. ҚазАқпарат – Шымкенттің Әл-Фараби ауданындағы «Тұран» тұрғын үй кешенінің құрылысында мұнаралы кран құлап, крановщик қаза тапты. Ол Түркістан облысының Сарыағаш ауданынан келген 38 жастағы ер адам, деп хабарлады қалалық полиция департаменті.

Алдын ала деректер бойынша, құрылыс компаниясы кранды Ташкенттегі фирмадан жалға алған, оның техникалық құжаттары жоқ болып шықты. Құрылыс алаңы жабылып, қылмыстық іс қозғалды.

Оқиғаны бейнеге түсірген тұрғын әлеуметтік желіде латын әліпбиімен: «Shymkentte kran qúlady, adam qaza tapty» деп жазды.

Шымкент 2018 жылдың маусымында республикалық маңызы бар қала мәртебесін алғалы бері қалада 60-тан астам тұрғын үй кешені салынып жатыр.""",
     ann=[
        ('Шымкентте', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'headline; a city of republican significance since 2018-06-19'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'dateline'}),
        ('Шымкенттің', 0, 'city', 'Shymkent', 'Shymkent'),
        ('Әл-Фараби ауданындағы', 0, 'district', 'Al-Farabi District (Shymkent)', 'Shymkent', {'subkind': 'city district', 'note': 'named after a person'}),
        ('Тұран', 0, 'facility', 'Turan residential complex (Shymkent)', 'Shymkent', {'subkind': RC}),
        ('Түркістан облысының', 0, 'region', TR, TR, {'note': 'NI:origin of the victim'}),
        ('Сарыағаш ауданынан', 0, 'district', 'Saryagash District', TR, {'note': 'NI:origin of the victim'}),
        ('Ташкенттегі', 0, 'foreign', 'Tashkent', N, {'note': 'NI:where the crane was rented'}),
        ('Shymkentte', 0, 'city', 'Shymkent', 'Shymkent', {'note': "Kazakh Latin alphabet of February 2018 in a resident's post; the same crane collapse"}),
        ('Шымкент', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:background (status since 2018)'}),
     ],
     inc={'Shymkent': (1, 'tower crane collapse at the «Тұран» site in Al-Farabi district, operator killed')}),

dict(id='p021', date='2017-08-22', lang='kk',
     event='2017 Astana: hoist falls at the «Сарыарқа» complex site in Yesil district, two workers from Maktaaral district (South Kazakhstan Region) killed; gas explosion in a new block in the village of Kosshy (Tselinograd district, Akmola Region); rally of «Атамекен» shareholders at the city akimat on Beibitshilik Street, two detained; demolition in Karaotkel',
     text="""Астанада құрылыста жүк көтергіш құлады, Қосшыда жаңа үйде газ жарылды
АСТАНА, 22 тамыз. ҚазАқпарат – Елорданың Есіл ауданындағы «Сарыарқа» тұрғын үй кешенінің құрылысында дүйсенбі күні жүк көтергіш сегізінші қабат деңгейінен құлап түсті. Көтергіштің ішіндегі екі жұмысшы қаза тапты, деп хабарлады Астана қаласының полиция департаменті. Көтергішті бір апта бұрын ғана орнатқан.

Қаза тапқандар – Оңтүстік Қазақстан облысының Мақтаарал ауданынан келген 24 және 31 жастағы жігіттер. Олардың бірінің ағасы Шымкенттен ұшып келді. Прокуратура қылмыстық іс қозғады, құрылыс тоқтатылды. Қала әкімдігі елорданың барлық үш ауданындағы құрылыс алаңдарында көтергіштерді тексеруді тапсырды.

Сол күні кешке Ақмола облысы Целиноград ауданының Қосшы ауылында биыл пайдалануға берілген үш қабатты үйде газ жарылды. Бес адам жарақат алды, оның екеуі – балалар. Жарылыс салдарынан үйдің бір подъезі қирады, тұрғындар ауылдағы мектепке орналастырылды. Аудан әкімдігі газ құбырын тартқан мердігердің жұмысын тексеретінін мәлімдеді.

Сейсенбі күні таңертең «Атамекен» тұрғын үй кешенінің 70-ке жуық үлескері Бейбітшілік көшесіндегі қала әкімдігінің алдына жиналды. Кешен 2014 жылы салына бастап, 2016 жылы тапсырылуы тиіс еді. «Көрмеге миллиардтар жұмсалды, ал біздің үйіміз әлі бітпеді», – деді үлескерлердің бірі. Полиция шараны рұқсатсыз деп танып, екі адамды ұстады.

Сонымен қатар Целиноград ауданының Қараөткел ауылында жаңа жол салу үшін 9 үй бұзылды. Тұрғындарға Астанадағы жаңа пәтерлер ұсынылды. Қосшыдағы жарылыстан зардап шеккен балалар Астанадағы көпбейінді балалар ауруханасына жеткізілді. Ауыл тұрғындары газ иісі туралы бұған дейін де шағымданған.

Айта кетейік, биыл шілдеде Сарыарқа ауданындағы құрылыста да бір жұмысшы биіктен құлап, қаза тапқан еді. Қала әкімдігінің мәліметінше, биыл елордада екі миллион шаршы метр тұрғын үй пайдалануға беріледі, ал ЭКСПО көрмесіне келген қонақтардың көбі Ресей мен Қытайдан.""",
     ann=[
        ('Астанада', 0, 'city', 'Astana', 'Astana', {'note': 'headline'}),
        ('Қосшыда', 0, 'village', 'Kosshy', AKR, {'note': 'headline; a village of Tselinograd district in 2017'}),
        ('АСТАНА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Есіл ауданындағы', 0, 'district', 'Yesil District (Astana)', 'Astana', {'subkind': 'city district'}),
        ('Сарыарқа', 0, 'facility', 'Saryarka residential complex (Astana)', 'Astana', {'subkind': RC, 'note': 'named after the steppe; not Saryarka district of Astana'}),
        ('Астана қаласының', 0, 'city', 'Astana', 'Astana', {'note': 'inside the name of an authority'}),
        ('Оңтүстік Қазақстан облысының', 0, 'region', SKR, SKR, {'note': 'NI:origin of the victims; South Kazakhstan Region before 2018-06-19'}),
        ('Мақтаарал ауданынан', 0, 'district', 'Maktaaral District', SKR, {'note': 'NI:origin of the victims'}),
        ('Шымкенттен', 0, 'city', 'Shymkent', SKR, {'note': "NI:origin of a victim's brother; South Kazakhstan Region before 2018-06-19"}),
        ('барлық үш ауданындағы', 0, 'quantified', 'all 3 districts', N, {'count': 3, 'unit': 'district', 'quantifier': 'all', 'note': 'NI:hoist checks in all three districts of the capital'}),
        ('Ақмола облысы', 0, 'region', AKR, AKR),
        ('Целиноград ауданының', 0, 'district', 'Tselinograd District', AKR, {'note': 'named after the Soviet name of the capital; a district of Akmola Region'}),
        ('Қосшы ауылында', 0, 'village', 'Kosshy', AKR),
        ('Атамекен', 0, 'facility', 'Atameken residential complex (Astana)', 'Astana', {'subkind': RC}),
        ('Бейбітшілік көшесіндегі', 0, 'facility', 'Beibitshilik Street (Astana)', 'Astana', {'subkind': 'street', 'note': 'site of the rally (city akimat)'}),
        ('Целиноград ауданының', 1, 'district', 'Tselinograd District', AKR, {'note': 'NI:demolition'}),
        ('Қараөткел ауылында', 0, 'village', 'Karaotkel', AKR, {'note': 'NI:demolition (official measure)'}),
        ('Астанадағы', 0, 'city', 'Astana', 'Astana', {'note': 'NI:relocation'}),
        ('Қосшыдағы', 0, 'village', 'Kosshy', AKR, {'note': 'the same gas explosion'}),
        ('Астанадағы', 1, 'city', 'Astana', 'Astana', {'note': 'NI:hospital'}),
        ('Сарыарқа ауданындағы', 0, 'district', 'Saryarka District (Astana)', 'Astana', {'subkind': 'city district', 'note': 'fatal fall of a worker in July, narrated; the district, not the complex «Сарыарқа»'}),
        ('Ресей', 0, 'foreign', 'Russia', N, {'note': 'NI:origin of visitors'}),
        ('Қытайдан', 0, 'foreign', 'China', N, {'note': 'NI:origin of visitors'}),
     ],
     inc={'Astana': (3, 'hoist fall at the «Сарыарқа» site in Yesil district (two dead); unauthorised rally of «Атамекен» shareholders outside the city akimat (two detained); the July fatal fall at a site in Saryarka district, narrated'),
          AKR: (1, 'gas explosion in a new three-storey block in Kosshy; the Karaotkel demolition is an official measure')}),

dict(id='p022', date='2010-05-18', lang='kk',
     event='2010 protest of shareholders of the «Достық» complex outside the Kostanay regional akimat; demolition of barracks in Michurino (Kostanay district); shareholder from Rudny',
     text="""Қостанайда үлескерлер облыс әкімдігінің алдына жиналды
ҚОСТАНАЙ, 18 мамыр. ҚазАқпарат – Қостанай қаласындағы «Достық» тұрғын үй кешенінің 150-ге жуық үлескері сейсенбі күні облыс әкімдігінің алдында наразылық білдірді. Кешеннің құрылысы 2008 жылдың күзінде тоқтап қалған, екі үйдің қаңқасы әлі бітпеген.

«Біз ақшамызды 2007 жылы төледік. Үш жыл бойы пәтер жалдап тұрмыз», – деді Рудный қаласынан келген үлескер Айгүл Сейітова.

Облыс әкімінің орынбасары үлескерлермен кездесіп, үйлерді аяқтау үшін Астанадан қаржы сұралғанын айтты. Шара бір жарым сағатқа созылып, тыныш аяқталды.

Сонымен қатар Қостанай ауданының Мичурин ауылында апатты деп танылған үш барак бұзылды. Олардың тұрғындары Қостанайдағы жаңа пәтерлерге көшірілді.""",
     ann=[
        ('Қостанайда', 0, 'city', 'Kostanay', KOR, {'note': 'headline'}),
        ('ҚОСТАНАЙ', 0, 'city', 'Kostanay', KOR, {'note': 'dateline'}),
        ('Қостанай қаласындағы', 0, 'city', 'Kostanay', KOR),
        ('Достық', 0, 'facility', 'Dostyk residential complex (Kostanay)', KOR, {'subkind': RC, 'note': '"friendship"; not the Dostyk station or village'}),
        ('Рудный қаласынан', 0, 'city', 'Rudny', KOR, {'note': 'NI:residence of a shareholder'}),
        ('Астанадан', 0, 'city', 'Astana', 'Astana', {'note': 'NI:money requested from the capital'}),
        ('Қостанай ауданының', 0, 'district', 'Kostanay District', KOR, {'note': 'NI:demolition'}),
        ('Мичурин ауылында', 0, 'village', 'Michurino', KOR, {'note': 'NI:demolition (official measure); a village named after a person'}),
        ('Қостанайдағы', 0, 'city', 'Kostanay', KOR, {'note': 'NI:relocation'}),
     ],
     inc={KOR: (1, 'protest of «Достық» shareholders outside the regional akimat in Kostanay; the Michurino demolition is an official measure')}),

dict(id='p023', date='2023-11-14', lang='kk',
     event='2023 gas explosion in a new block in the «Нұр Ақтөбе» microdistrict (Astana district of Aktobe), three hurt; gas checks in Kandyagash, Khromtau and Shalkar; tower crane collapse in the «Жұлдыз» microdistrict of Atyrau, operator from Zhezkazgan (Ulytau Region) hurt; crane from Turkey; open letter of «Атырау Сити» shareholders',
     text="""Ақтөбеде жаңа үйде газ жарылды, Атырауда мұнаралы кран құлады
АҚТӨБЕ, 14 қараша. Kazinform – Ақтөбе қаласының Астана ауданындағы «Нұр Ақтөбе» шағынауданында былтыр пайдалануға берілген тоғыз қабатты үйдің үшінші қабатындағы пәтерде дүйсенбі күні кешке газ жарылды. Әйел мен оның екі баласы күйік алып, облыстық балалар ауруханасына жеткізілді. Ақтөбе облысының төтенше жағдайлар департаментінің хабарлауынша, жарылыстан кейін 120 тұрғын эвакуацияланды, екі пәтер толық қираған.

Тұрғындардың айтуынша, газ плитасын жөндеуге шақырылған шебер құбырдағы ақауды байқамаған. Облыс әкімі облыстың бірнеше ауданында жаңа үйлердегі газ жабдықтарын тексеруді тапсырды. Тексеру Қандыағаш, Хромтау және Шалқар қалаларында да жүргізіледі.

Сол күні Атырау қаласының «Жұлдыз» шағынауданындағы құрылыс алаңында мұнаралы кран құлады. Кранның жебесі сынып, крановщик ауыр жарақат алды. Ол Жезқазған қаласынан жұмысқа келген 45 жастағы ер адам. Атырау облысының еңбек инспекциясының мәліметінше, кран Түркиядан 2008 жылы әкелінген және соңғы рет екі жыл бұрын тексерілген. Құрылыс тоқтатылды.

Сонымен қатар «Атырау Сити» тұрғын үй кешенінің атыраулық үлескерлері облыс әкімдігіне ашық хат жолдап, құрылыстың үш жылдан бері тоқтап тұрғанын жазды. Әкімдік хатты қарап, бір ай ішінде жауап беретінін айтты.

Облыста биыл бұл – екінші кран апаты: қыркүйекте Құлсары қаласында жүк көтергіш кран аударылып, жүргізуші жарақат алған еді. Ал Ақтөбедегі жарылыс болған үйдің тұрғындарына уақытша баспана ретінде «Батыс-2» шағынауданындағы жатақхана бөлінді. Тұрғындар үйдің қабырғалары тексерілгеннен кейін ғана пәтерлеріне орала алады.

Облыстық прокуратура жаңа үйлерде газ жабдықтарын орнататын мердігерлердің лицензияларын тексеріп жатыр. Ақтөбе облысында соңғы екі жылда газ жабдықтарына байланысты шағымдар екі есе көбейген. Ал Атырау қаласының әкімдігі кран апатынан кейін барлық құрылыс алаңдарындағы мұнаралы крандарды тексеруді бастады.""",
     ann=[
        ('Ақтөбеде', 0, 'city', 'Aktobe', AR, {'note': 'headline'}),
        ('Атырауда', 0, 'city', 'Atyrau', ATR, {'note': 'headline'}),
        ('АҚТӨБЕ', 0, 'city', 'Aktobe', AR, {'note': 'dateline'}),
        ('Ақтөбе қаласының', 0, 'city', 'Aktobe', AR),
        ('Астана ауданындағы', 0, 'district', 'Astana District (Aktobe)', AR, {'subkind': 'city district', 'note': 'a district of Aktobe; not the capital'}),
        ('Нұр Ақтөбе', 0, 'district', 'Nur Aktobe (Aktobe)', AR, {'subkind': 'microdistrict', 'note': 'name in quotes'}),
        ('Ақтөбе облысының', 0, 'region', AR, AR, {'note': 'inside the name of an authority'}),
        ('бірнеше ауданында', 0, 'quantified', 'several districts', N, {'count': None, 'unit': 'district', 'note': 'NI:gas checks in several districts of Aktobe Region'}),
        ('Қандыағаш', 0, 'city', 'Kandyagash', AR, {'note': 'NI:gas checks; in a list sharing "қалаларында"'}),
        ('Хромтау', 0, 'city', 'Khromtau', AR, {'note': 'NI:gas checks; in a list sharing "қалаларында"'}),
        ('Шалқар', 0, 'city', 'Shalkar', AR, {'note': 'NI:gas checks; in a list sharing "қалаларында"'}),
        ('Атырау қаласының', 0, 'city', 'Atyrau', ATR),
        ('Жұлдыз', 0, 'district', 'Zhuldyz (Atyrau)', ATR, {'subkind': 'microdistrict', 'note': 'name in quotes'}),
        ('Жезқазған қаласынан', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:origin of the crane operator; Ulytau Region since 2022-06-08'}),
        ('Атырау облысының', 0, 'region', ATR, ATR, {'note': 'inside the name of an authority'}),
        ('Түркиядан', 0, 'foreign', 'Turkey', N, {'note': 'NI:origin of the crane'}),
        ('Құлсары қаласында', 0, 'city', 'Kulsary', ATR, {'note': 'crane overturned in September, narrated as background'}),
        ('Ақтөбедегі', 0, 'city', 'Aktobe', AR, {'note': 'NI:reference to the blast; temporary housing'}),
        ('Батыс-2', 0, 'district', 'Batys-2 (Aktobe)', AR, {'subkind': 'microdistrict', 'note': 'NI:temporary housing'}),
        ('Ақтөбе облысында', 0, 'region', AR, AR, {'note': 'NI:complaint statistics'}),
        ('Атырау қаласының', 1, 'city', 'Atyrau', ATR, {'note': 'inside the name of an authority; NI:crane checks'}),
        ('Атырау Сити', 0, 'facility', 'Atyrau City residential complex (Atyrau)', ATR, {'subkind': RC, 'note': 'NI:open letter, not a protest; "атыраулық" after it is an adjective, not annotated'}),
     ],
     inc={AR: (1, 'gas explosion in a new block in «Нұр Ақтөбе», Astana district of Aktobe'),
          ATR: (2, 'tower crane collapse in the «Жұлдыз» microdistrict of Atyrau; the September crane overturn in Kulsary, narrated; the open letter is not an incident')}),

dict(id='p024', date='1997-11-04', lang='kk',
     event='1997 brick wall collapse during the demolition of old barracks in the centre of Akmola (the capital-to-be), one worker killed; historical names Akmolinsk and Tselinograd; ministries moving from Almaty; worker from the former Turgai Region (abolished 1997)',
     text="""Ақмолада ескі баракты бұзу кезінде қабырға құлады
АҚМОЛА, 4 қараша. ҚазТАГ – Ақмола қаласының орталығындағы ескі барактарды бұзу кезінде кірпіш қабырға құлап, бір жұмысшы қаза тапты, екеуі жарақат алды. Бұл туралы Ақмола облыстық төтенше жағдайлар басқармасы хабарлады.

Барактар 1950 жылдары тың игеру кезінде салынған; ол кезде қала Ақмолинск деп аталған, кейін Целиноград болды. Олардың орнына Алматыдан көшіп келетін министрліктер қызметкерлеріне арналған тұрғын үйлер салынады. Елорда 10 желтоқсанда ресми түрде Ақмолаға көшеді.

Қаза тапқан жұмысшы бұрынғы Торғай облысынан келген 27 жастағы жігіт. Бұзу жұмыстарын Түркиядан келген компания жүргізіп отыр. Прокуратура қауіпсіздік ережелерінің сақталуын тексеруде.""",
     ann=[
        ('Ақмолада', 0, 'city', 'Astana', 'Astana', {'note': 'headline; the city was called Akmola until 1998-05-06'}),
        ('АҚМОЛА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Ақмола қаласының', 0, 'city', 'Astana', 'Astana'),
        ('Ақмола облыстық', 0, 'region', AKR, AKR, {'note': 'inside the name of an authority'}),
        ('Ақмолинск', 0, 'city', 'Astana', 'Astana', {'note': 'NI:historical name of the city'}),
        ('Целиноград', 0, 'city', 'Astana', 'Astana', {'note': 'NI:Soviet name of the city'}),
        ('Алматыдан', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:ministries moving from Almaty'}),
        ('Ақмолаға', 0, 'city', 'Astana', 'Astana', {'note': 'NI:transfer of the capital'}),
        ('Торғай облысынан', 0, 'region', KOR, KOR, {'uncertain': True, 'note': 'NI:origin of the victim; the former Turgai Region (abolished 1997, merged into Kostanay Region), labelled with the unit holding its land'}),
        ('Түркиядан', 0, 'foreign', 'Turkey', N, {'note': "NI:contractor's origin"}),
     ],
     inc={'Astana': (1, 'brick wall collapse during the demolition of barracks in the centre of Akmola, one worker dead')}),
]
