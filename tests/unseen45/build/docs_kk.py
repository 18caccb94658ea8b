"""Kazakh texts of the forty-fifth unseen check corpus (Cyrillic; p020 and p022 carry a
paragraph in the Kazakh Latin alphabet of January 2021)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'

DOCS = [
dict(id='p017', date='2024-01-25', lang='kk',
     event='2024 blizzard in West Kazakhstan Region: Oral-Zhympity bus overturns in Syrym district, five hurt, and a house fire in Zhalpaktal (Kaztalov district); roads to Samara, Aktobe and Atyrau closed; accidents in three other regions (unattributed)',
     text="""Батыс Қазақстан облысында боран: автобус аударылды, үй өртенді
ОРАЛ, 25 қаңтар. ҚазАқпарат – Батыс Қазақстан облысында екі күнге созылған боран кезінде Сырым ауданында жолаушылар автобусы жолдан шығып, аударылып қалды. Облыстық төтенше жағдайлар департаментінің хабарлауынша, Орал – Жымпиты бағытымен келе жатқан автобуста 27 адам болған, оның бесеуі жарақат алды.
Зардап шеккендер Жымпиты ауылындағы аудандық ауруханаға жеткізілді. Қалған жолаушыларды құтқарушылар жақын маңдағы ауыл мектебіне орналастырды. Жүргізушінің айтуынша, қар құйындаған кезде жол мүлде көрінбей қалған.
Сол түні Қазталов ауданының Жалпақтал ауылында тұрғын үй өртенді. Өрт сөндірушілер үй иелерін – қарт ерлі-зайыптыларды – түтін басқан бөлмеден шығарып алды, олардың өміріне қауіп жоқ. Өрттің себебі – пештің ақауы деп болжанып отыр.
Боранға байланысты Орал – Самара, Орал – Ақтөбе және Орал – Атырау тас жолдары уақытша жабылды. Ресейдің Саратов және Орынбор облыстарына бара жатқан жүздеген жүк көлігі шекара маңында тұр. Шыңғырлау және Жаңақала аудандарында мектептердегі сабақтар тоқтатылды, Бөкей ордасы ауданының орталығы Сайхинде алты сағат бойы жарық болмады.
Төтенше жағдайлар министрлігінің мәліметінше, боран кезінде жол апаттары елдің тағы үш облысында тіркелді, бірақ ол өңірлердің атауы айтылмады. Синоптиктер аяз бен боран аптаның соңына дейін сақталатынын ескертті. Облыс әкімдігі тұрғындарды қажетсіз сапарлардан бас тартуға шақырды.
Облыстық әкімдіктің мәліметінше, боран кезінде Орал қаласының маңында жолда қалған көліктерден 40-тан астам адам құтқарылды. Ақжайық ауданындағы Чапаев кентінде және Тайпақ ауылында жылу беру жүйесі қалыпты жұмыс істеп тұр. Бұл боран соңғы он жылдағы ең күштісі болды, деп атап өтті Қазгидромет мамандары.
Жол полициясы Орал – Жымпиты бағытындағы автобустың жүргізушісін тексеріп жатыр: ол бораннан бұрын жолға шықпау туралы ескертуді елемеген. Облыстағы көптеген ауылдарға баратын жолдар әлі де қармен бітеліп тұр.""",
     ann=[
        ('Батыс Қазақстан облысында', 0, 'region', WKR, WKR, {'note': 'headline'}),
        ('ОРАЛ', 0, 'city', 'Oral', WKR, {'note': 'dateline'}),
        ('Батыс Қазақстан облысында', 1, 'region', WKR, WKR),
        ('Сырым ауданында', 0, 'district', 'Syrym District', WKR),
        ('Орал', 0, 'city', 'Oral', WKR, {'note': 'NI:route endpoint'}),
        ('Жымпиты', 0, 'village', 'Zhympity', WKR, {'note': 'NI:route endpoint'}),
        ('Жымпиты ауылындағы', 0, 'village', 'Zhympity', WKR, {'note': 'NI:hospital village'}),
        ('Қазталов ауданының', 0, 'district', 'Kaztalov District', WKR),
        ('Жалпақтал ауылында', 0, 'village', 'Zhalpaktal', WKR),
        ('Орал', 1, 'city', 'Oral', WKR, {'note': 'NI:road endpoint'}),
        ('Самара', 0, 'foreign', 'Samara', N, {'note': 'NI:road endpoint'}),
        ('Орал', 2, 'city', 'Oral', WKR, {'note': 'NI:road endpoint'}),
        ('Ақтөбе', 0, 'city', 'Aktobe', AR, {'note': 'NI:road endpoint'}),
        ('Орал', 3, 'city', 'Oral', WKR, {'note': 'NI:road endpoint'}),
        ('Атырау', 0, 'city', 'Atyrau', ATR, {'note': 'NI:road endpoint'}),
        ('Ресейдің', 0, 'foreign', 'Russia', N),
        ('Саратов', 0, 'foreign', 'Saratov Oblast', N, {'note': 'NI:destination; in a list sharing "облыстарына"'}),
        ('Орынбор', 0, 'foreign', 'Orenburg Oblast', N, {'note': 'NI:destination; in a list sharing "облыстарына"'}),
        ('Шыңғырлау', 0, 'district', 'Shyngyrlau District', WKR, {'note': 'in a list sharing "аудандарында"; school closures'}),
        ('Жаңақала', 0, 'district', 'Zhanakala District', WKR, {'note': 'in a list sharing "аудандарында"; school closures'}),
        ('Бөкей ордасы ауданының', 0, 'district', 'Bokey Orda District', WKR),
        ('Сайхинде', 0, 'village', 'Saikhin', WKR, {'note': 'power cut, not an incident'}),
        ('Орал қаласының', 0, 'city', 'Oral', WKR, {'note': 'NI:motorists rescued near the city; not an incident'}),
        ('Ақжайық ауданындағы', 0, 'district', 'Akzhaik District', WKR),
        ('Чапаев кентінде', 0, 'village', 'Chapaev', WKR),
        ('Тайпақ ауылында', 0, 'village', 'Taipak', WKR),
        ('Орал', 5, 'city', 'Oral', WKR, {'note': 'NI:route endpoint'}),
        ('Жымпиты', 2, 'village', 'Zhympity', WKR, {'note': 'NI:route endpoint'}),
        ('көптеген ауылдарға', 0, 'quantified', 'many villages', N, {'count': None, 'unit': 'village', 'note': 'roads still blocked by snow; not incidents'}),
        ('үш облысында', 0, 'quantified', '3 regions', N, {'count': 3, 'unit': 'region', 'note': 'road accidents in three unnamed regions'}),
     ],
     inc={WKR: (2, 'Oral-Zhympity bus overturned in Syrym district in the blizzard, five hurt; house fire in Zhalpaktal, Kaztalov district')},
     unatt=[{'label': 'үш облысында', 'count': 3, 'note': 'road accidents during the blizzard in three other, unnamed regions'}]),

dict(id='p018', date='1996-08-20', lang='kk',
     event='1996 steppe fire burns 2,000 ha of wheat near Lozovoye, Zhaksy district of Turgai Region (abolished 1997; the district is Akmola Region land); firefighters from Derzhavinsk and Esil; governor from Arkalyk (Kostanay Region)',
     text="""Торғай облысында дала өрті 2 мың гектар егінді шарпыды
АРҚАЛЫҚ, 20 тамыз (ҚазТАГ) – Торғай облысының Жақсы ауданында Лозовое ауылы маңында шыққан дала өрті екі мың гектар бидай алқабын және он шақты шөп маясын жалмады, деп хабарлады облыстық төтенше жағдайлар басқармасы.
Өртті сөндіруге Державинск пен Есіл қалаларынан келген өрт сөндірушілер және жүзге жуық ауыл тұрғыны жұмылдырылды. Жалын күшті желдің салдарынан тез тарап, тек түнге қарай ғана тоқтатылды. Адам шығыны жоқ.
Облыс әкімі Арқалықтан тікұшақпен келіп, зардап шеккен шаруашылықтарға тұқым мен жем беруге уәде берді.
Биыл облыста егін жинау науқаны жанар-жағармай тапшылығына байланысты кешігіп жатыр. Үкімет Торғай облысын көршілес Қостанай және Ақмола облыстарына қосу мәселесін қарастырып жатқаны туралы хабарлар тұрғындарды алаңдатып отыр.""",
     ann=[
        ('Торғай облысында', 0, 'region', KOR, KOR, {'uncertain': True, 'note': 'headline; Turgai Region, abolished in 1997; labelled with the unit of its seat Arkalyk (Kostanay Region); the fire was in its eastern part, now Akmola Region'}),
        ('АРҚАЛЫҚ', 0, 'city', 'Arkalyk', KOR, {'note': 'dateline'}),
        ('Торғай облысының', 0, 'region', KOR, KOR, {'uncertain': True, 'note': 'the abolished Turgai Region (see headline)'}),
        ('Жақсы ауданында', 0, 'district', 'Zhaksy District', AKR, {'note': 'Turgai Region in 1996; its land is Akmola Region'}),
        ('Лозовое ауылы', 0, 'village', 'Lozovoye (Zhaksy district)', AKR),
        ('Державинск', 0, 'city', 'Derzhavinsk', AKR, {'note': 'NI:origin of firefighters; in a list sharing "қалаларынан"'}),
        ('Есіл', 0, 'city', 'Esil', AKR, {'note': 'NI:origin of firefighters; in a list sharing "қалаларынан"'}),
        ('Арқалықтан', 0, 'city', 'Arkalyk', KOR, {'note': 'NI:origin of the governor'}),
        ('Торғай облысын', 0, 'region', KOR, KOR, {'uncertain': True, 'note': 'the abolished Turgai Region (see headline)'}),
        ('Қостанай', 0, 'region', KOR, KOR, {'note': 'in a list sharing "облыстарына"'}),
        ('Ақмола', 0, 'region', AKR, AKR, {'note': 'in a list sharing "облыстарына"'}),
     ],
     inc={AKR: (1, 'steppe fire burning 2,000 ha of wheat near Lozovoye, Zhaksy district (Turgai Region then, Akmola Region land)')}),

dict(id='p019', date='2012-06-19', lang='kk',
     event='2012 Zhanaozen-Aktau bus overturns near Zhetybai, Karakiyan district, 12 hurt (Mangystau Region); passengers shift workers from Zhanaozen',
     text="""Жаңаөзен – Ақтау бағытындағы автобус Жетібай маңында аударылды
АҚТАУ, 19 маусым. ҚазАқпарат – Маңғыстау облысының Қарақия ауданында Жаңаөзен – Ақтау бағытындағы жолаушылар автобусы Жетібай ауылы маңында аударылып, 12 адам жарақат алды, деп хабарлады облыстық полиция департаменті.
Автобуста 34 жолаушы болған, олардың көбі – Ақтаудағы кәсіпорындарда вахталық әдіспен жұмыс істейтін Жаңаөзен тұрғындары. Жарақат алғандардың төртеуі тікұшақпен облыс орталығына жеткізілді, қалғандары Жетібайдағы емханада ем алуда.
Полицияның алдын ала дерегінше, жүргізуші рөлде ұйықтап кеткен. Ол Өзбекстан азаматы екені анықталды, тасымалдаушы компанияның лицензиясы тексерілуде.
Жетібай – Жаңаөзен учаскесі облыстағы ең қауіпті жолдардың бірі саналады: мұнда биыл бес жол апаты болған.
Өткен аптада облыс әкімдігі Жаңаөзен мен Ақтау арасындағы жолды жөндеуге қосымша 2 млрд теңге бөлетінін хабарлаған болатын. Жөндеу жұмыстары қыркүйекте басталады.""",
     ann=[
        ('Жаңаөзен', 0, 'city', 'Zhanaozen', MR, {'note': 'headline; NI:route endpoint'}),
        ('Ақтау', 0, 'city', 'Aktau', MR, {'note': 'headline; NI:route endpoint'}),
        ('Жетібай', 0, 'village', 'Zhetybai', MR, {'note': 'headline'}),
        ('АҚТАУ', 0, 'city', 'Aktau', MR, {'note': 'dateline'}),
        ('Маңғыстау облысының', 0, 'region', MR, MR),
        ('Қарақия ауданында', 0, 'district', 'Karakiyan District', MR),
        ('Жаңаөзен', 1, 'city', 'Zhanaozen', MR, {'note': 'NI:route endpoint'}),
        ('Ақтау', 1, 'city', 'Aktau', MR, {'note': 'NI:route endpoint'}),
        ('Жетібай ауылы', 0, 'village', 'Zhetybai', MR),
        ('Ақтаудағы', 0, 'city', 'Aktau', MR, {'note': 'NI:workplace'}),
        ('Жаңаөзен', 2, 'city', 'Zhanaozen', MR, {'note': 'NI:residence'}),
        ('Жетібайдағы', 0, 'village', 'Zhetybai', MR, {'note': 'NI:clinic'}),
        ('Өзбекстан', 0, 'foreign', 'Uzbekistan', N, {'note': "NI:driver's citizenship"}),
        ('Жетібай', 2, 'village', 'Zhetybai', MR, {'note': 'NI:road endpoint'}),
        ('Жаңаөзен', 3, 'city', 'Zhanaozen', MR, {'note': 'NI:road endpoint'}),
        ('Жаңаөзен', 4, 'city', 'Zhanaozen', MR, {'note': 'NI:road endpoint'}),
        ('Ақтау', 2, 'city', 'Aktau', MR, {'note': 'NI:road endpoint'}),
     ],
     inc={MR: (1, 'Zhanaozen-Aktau bus overturned near Zhetybai, 12 hurt (the five earlier accidents on the stretch are not narrated and not counted)')}),

dict(id='p020', date='2023-01-11', lang='kk',
     event='2023 heating main bursts on Zhambyl Street in Petropavl, 40 blocks without heat, and a boiler house fire in Bulaev (North Kazakhstan Region); Zhambyl district of North Kazakhstan, not Jambyl Region; akimat post in the Kazakh Latin alphabet',
     text="""Петропавлда жылу магистралі жарылды: 40 көпқабатты үй жылусыз қалды
ПЕТРОПАВЛ, 11 қаңтар. ҚазАқпарат – Петропавл қаласында сейсенбіге қараған түні 42 градус аязда Жамбыл көшесі бойындағы жылу магистралі жарылып, 40 көпқабатты үй жылусыз қалды. Ыстық су көшені басып, екі жеңіл көлік суға батты, адам шығыны жоқ.
Қала әкімдігі әлеуметтік желідегі парақшасында латын әліпбиімен былай деп жазды:
«Petropavl qalasynyñ äkımdıgı habarlaidy: jylu jelısındegı apat saldarynan 40 köpqabatty üi uaqytşa jylusyz qaldy. Jöndeu jūmystaryna 12 brigada şyğaryldy, jylu keşke deiın qalpyna keltırıledı.»
Сол түні Мағжан Жұмабаев ауданының орталығы Булаев қаласындағы орталық қазандықта өрт шықты. Өрт сөндірушілер жалынды екі сағатта сөндірді, бірақ қаланың жартысы таңға дейін жылусыз отырды.
Жамбыл ауданындағы Пресновка ауылында мектепке жылу берілмегендіктен сабақтар қашықтан өтуде. Аудан әкімдігінің айтуынша, көмір Екібастұздан кешігіп келген.
Солтүстік Қазақстан облысының әкімі жылу желілерінің 70 пайызы тозғанын мойындады. Облыс Ресейдің Қорған және Омбы облыстарымен шекаралас, сондықтан қыста аяз елдің басқа өңірлеріне қарағанда қаттырақ болады. Өткен жылы Петропавл ЖЭО-2 станциясында жөндеу жүргізілгенімен, қала желілері жаңартылмаған.
Синоптиктер аяздың аптаның соңына дейін 45 градусқа жететінін ескертті.
Петропавл қаласының әкімі жарылған құбырдың 1974 жылы төселгенін айтты. Биыл қалада 18 шақырым жылу желісін ауыстыру жоспарланған, оған республикалық бюджеттен 6 млрд теңге бөлінеді. Тайынша және Мамлют қалаларында да жылу желілері тозған, бірақ онда апат тіркелмеген.
Аязға байланысты Қызылжар ауданындағы ауылдарда мектептер екі күнге жабылды, ал Петропавлдан Ресейдің Қорған қаласына баратын автобус рейстері уақытша тоқтатылды.
Петропавлда апаттан кейін қаланың барлық жылу желілерін тексеретін арнайы комиссия құрылды. Облыс әкімдігі тозған құбырларды ауыстыру үшін Астанадан қосымша қаржы сұрады.""",
     ann=[
        ('Петропавлда', 0, 'city', 'Petropavl', NKR, {'note': 'headline'}),
        ('ПЕТРОПАВЛ', 0, 'city', 'Petropavl', NKR, {'note': 'dateline'}),
        ('Петропавл қаласында', 0, 'city', 'Petropavl', NKR),
        ('Жамбыл көшесі', 0, 'facility', 'Zhambyl Street (Petropavl)', NKR, {'subkind': 'street', 'note': 'street named after the poet; not Jambyl Region'}),
        ('Petropavl qalasynyñ', 0, 'city', 'Petropavl', NKR, {'note': 'Kazakh Latin alphabet; inside the name of an authority (akimat)'}),
        ('Мағжан Жұмабаев ауданының', 0, 'district', 'Magzhan Zhumabayev District', NKR, {'note': 'district named after a poet'}),
        ('Булаев қаласындағы', 0, 'city', 'Bulaev', NKR),
        ('Жамбыл ауданындағы', 0, 'district', 'Zhambyl District (North Kazakhstan)', NKR, {'note': 'district of North Kazakhstan Region; not Jambyl Region'}),
        ('Пресновка ауылында', 0, 'village', 'Presnovka', NKR, {'note': 'school moved online; not an incident'}),
        ('Екібастұздан', 0, 'city', 'Ekibastuz', PR, {'note': 'NI:origin of coal'}),
        ('Солтүстік Қазақстан облысының', 0, 'region', NKR, NKR, {'note': "inside an official's title"}),
        ('Ресейдің', 0, 'foreign', 'Russia', N),
        ('Қорған', 0, 'foreign', 'Kurgan Oblast', N, {'note': 'NI:neighbour; in a list sharing "облыстарымен"'}),
        ('Омбы', 0, 'foreign', 'Omsk Oblast', N, {'note': 'NI:neighbour; in a list sharing "облыстарымен"'}),
        ('Петропавл ЖЭО-2 станциясында', 0, 'facility', 'Petropavl CHP-2', NKR, {'subkind': 'power plant', 'note': 'NI:repairs last year'}),
        ('Петропавл қаласының', 0, 'city', 'Petropavl', NKR, {'note': "inside an official's title"}),
        ('Тайынша', 0, 'city', 'Taiynsha', NKR, {'note': 'NI:worn networks, no accident; in a list sharing "қалаларында"'}),
        ('Мамлют', 0, 'city', 'Mamlyut', NKR, {'note': 'NI:worn networks, no accident; in a list sharing "қалаларында"'}),
        ('Қызылжар ауданындағы', 0, 'district', 'Kyzylzhar District', NKR, {'note': 'NI:school closures'}),
        ('Петропавлдан', 0, 'city', 'Petropavl', NKR, {'note': 'NI:route endpoint'}),
        ('Ресейдің', 1, 'foreign', 'Russia', N),
        ('Қорған қаласына', 0, 'foreign', 'Kurgan', N, {'note': 'NI:route endpoint'}),
        ('Петропавлда', 1, 'city', 'Petropavl', NKR, {'note': 'commission set up after the accident'}),
        ('Астанадан', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the government'}),
     ],
     inc={NKR: (2, 'heating main burst on Zhambyl Street in Petropavl, street flooded and 40 blocks without heat; fire in the central boiler house of Bulaev')}),

dict(id='p021', date='1999-06-22', lang='kk',
     event='1999 Kokshetau becomes the seat of Akmola Region, its akimat moving from Astana; Kokshetau, Zerendi, Shchuchinsk and Enbekshilder districts transferred from North Kazakhstan Region (no incident)',
     text="""Көкшетау – Ақмола облысының жаңа орталығы
КӨКШЕТАУ, 22 маусым. ҚазАқпарат – Ақмола облысының әкімдігі Астанадан Көкшетауға көшіп бітті. Сәуір айындағы Жарлыққа сәйкес Көкшетау қаласы және Зеренді, Щучинск, Еңбекшілдер аудандары Солтүстік Қазақстан облысынан Ақмола облысына берілген болатын.
Бұрынғы Көкшетау облысы 1997 жылы таратылып, Солтүстік Қазақстан облысына қосылған еді. Осы екі жыл ішінде қала тұрғындары анықтама алу үшін Петропавлға 190 шақырым жол жүруге мәжбүр болды.
Облыс әкімдігі Абай көшесіндегі бұрынғы облыстық кеңес ғимаратына орналасты. Астана мен Көкшетау арасында күнделікті жүрдек пойыз қатынай бастайды, деп хабарлады облыс әкімінің баспасөз қызметі.
Облыс орталығының ауысуына байланысты Көкшетауға 600-ге жуық мемлекеттік қызметкер отбасыларымен көшіп келеді. Оларға қаладағы бос тұрған пәтерлер беріледі. Степногорск пен Щучинск қалаларының тұрғындары да жаңа облыс орталығына жақындағанына қуанышты.""",
     ann=[
        ('Көкшетау', 0, 'city', 'Kokshetau', AKR, {'note': 'headline; Akmola Region from April 1999'}),
        ('Ақмола облысының', 0, 'region', AKR, AKR, {'note': 'headline'}),
        ('КӨКШЕТАУ', 0, 'city', 'Kokshetau', AKR, {'note': 'dateline'}),
        ('Ақмола облысының', 1, 'region', AKR, AKR, {'note': 'inside the name of an authority (akimat)'}),
        ('Астанадан', 0, 'city', 'Astana', 'Astana', {'note': 'NI:former seat of the akimat'}),
        ('Көкшетауға', 0, 'city', 'Kokshetau', AKR),
        ('Көкшетау қаласы', 0, 'city', 'Kokshetau', AKR),
        ('Зеренді', 0, 'district', 'Zerendi District', AKR, {'note': 'in a list sharing "аудандары"'}),
        ('Щучинск', 0, 'district', 'Shchuchinsk District', AKR, {'note': 'in a list sharing "аудандары"; now Burabay District'}),
        ('Еңбекшілдер', 0, 'district', 'Enbekshilder District', AKR, {'note': 'in a list sharing "аудандары"'}),
        ('Солтүстік Қазақстан облысынан', 0, 'region', NKR, NKR, {'note': 'NI:former unit of the transferred land'}),
        ('Ақмола облысына', 0, 'region', AKR, AKR),
        ('Көкшетау облысы', 0, 'region', AKR, AKR, {'uncertain': True, 'note': 'the former Kokshetau (Kokchetav) Region, abolished in 1997; labelled with the unit of its seat Kokshetau on the article date; its northern districts stayed in North Kazakhstan Region'}),
        ('Солтүстік Қазақстан облысына', 0, 'region', NKR, NKR, {'note': 'NI:background'}),
        ('Петропавлға', 0, 'city', 'Petropavl', NKR, {'note': 'NI:destination of residents'}),
        ('Абай көшесіндегі', 0, 'facility', 'Abai Street (Kokshetau)', AKR, {'subkind': 'street', 'note': 'street named after the poet'}),
        ('Астана', 0, 'city', 'Astana', 'Astana', {'note': 'NI:rail route endpoint'}),
        ('Көкшетау', 3, 'city', 'Kokshetau', AKR, {'note': 'NI:rail route endpoint'}),
        ('Көкшетауға', 1, 'city', 'Kokshetau', AKR),
        ('Степногорск', 0, 'city', 'Stepnogorsk', AKR, {'note': 'in a list sharing "қалаларының"'}),
        ('Щучинск', 1, 'city', 'Shchuchinsk', AKR, {'note': 'the town, in a list sharing "қалаларының" (earlier: the district)'}),
     ],
     inc={}),

dict(id='p022', date='2021-11-16', lang='kk',
     event='2021 three cars set on fire in a yard in Stepnogorsk (Akmola Region); police post in the Kazakh Latin alphabet; suspect a resident of Nur-Sultan',
     text="""Степногорскіде түнде үш көлік өртелді
СТЕПНОГОРСК, 16 қараша. ҚазАқпарат – Ақмола облысының Степногорск қаласында түнде көпқабатты үйдің ауласында тұрған үш жеңіл көлік өртелді. Полиция қасақана өртеу фактісі бойынша қылмыстық іс қозғады.
Облыстық полиция департаменті әлеуметтік желідегі парақшасында латын әліпбиімен мынадай хабарлама жариялады:
«Stepnogorsk qalasynda üş avtokölıktı örtegen kümändı 34 jastağy er adam ūstaldy. Ol Nūr-Sūltan qalasynyñ tūrğyny.»
Күдіктінің айтуынша, ол көліктердің бірінің иесімен қарыз үшін жанжалдасқан. Ол Нұр-Сұлтаннан таксимен келіп, бензин құйылған бөтелкені машинаның астына лақтырған. Өрт қатар тұрған екі көлікке де тараған. Көлік иелеріне келтірілген шығын 9 млн теңгеге бағаланды. Полиция тұрғындарды түнде ауладан күдікті адамдарды байқаса, бірден 102 нөміріне хабарласуға шақырды.
Степногорск – облыс орталығы Көкшетаудан 200 шақырым жердегі, Астана мен Павлодар арасындағы тас жолдан шалғай орналасқан шағын қала.""",
     ann=[
        ('Степногорскіде', 0, 'city', 'Stepnogorsk', AKR, {'note': 'headline'}),
        ('СТЕПНОГОРСК', 0, 'city', 'Stepnogorsk', AKR, {'note': 'dateline'}),
        ('Ақмола облысының', 0, 'region', AKR, AKR),
        ('Степногорск қаласында', 0, 'city', 'Stepnogorsk', AKR),
        ('Stepnogorsk qalasynda', 0, 'city', 'Stepnogorsk', AKR, {'note': 'Kazakh Latin alphabet'}),
        ('Nūr-Sūltan qalasynyñ', 0, 'city', 'Astana', 'Astana', {'note': 'NI:residence of the suspect; Kazakh Latin alphabet; the capital named Nur-Sultan 2019-2022'}),
        ('Нұр-Сұлтаннан', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of the suspect'}),
        ('Степногорск', 1, 'city', 'Stepnogorsk', AKR),
        ('Көкшетаудан', 0, 'city', 'Kokshetau', AKR, {'note': 'NI:reference point'}),
        ('Астана', 0, 'city', 'Astana', 'Astana', {'note': 'NI:road endpoint'}),
        ('Павлодар', 0, 'city', 'Pavlodar', PR, {'note': 'NI:road endpoint'}),
     ],
     inc={AKR: (1, 'arson of three cars in a yard in Stepnogorsk')}),

dict(id='p023', date='2015-08-11', lang='kk',
     event='2015 tractor falls from the Irtysh ferry at Karabuzau, Aktogay district, driver drowned (Pavlodar Region); divers from Pavlodar',
     text="""Ертістегі паромнан трактор құлап, жүргізуші қаза тапты
ПАВЛОДАР, 11 тамыз. ҚазАқпарат – Павлодар облысының Ақтоғай ауданында Ертіс өзені арқылы өтетін паромнан трактор суға құлап, 46 жастағы жүргізуші қаза тапты. Оқиға Қарабұзау ауылы маңындағы өткелде болды, деп хабарлады облыстық төтенше жағдайлар департаменті.
Жүргізушінің денесін Павлодардан келген сүңгуірлер үш сағаттан кейін тапты. Алдын ала дерек бойынша, паром жағаға тоқтамай тұрып трактор қозғалып кеткен.
Аудандық прокуратура паром иесінің қауіпсіздік ережелерін сақтауын тексеріп жатыр. Ақтоғай ауданының сол жағалаудағы ауылдары үшін бұл өткел – аудан орталығына жетудің жалғыз жолы. Жергілікті тұрғындар мұнда көпір салуды бірнеше жылдан бері сұрап келеді.
Облыс әкімдігі Ертіс арқылы жаңа көпірдің жобасын 2017 жылы әзірлеуге уәде берді. Қазір облыста Ертіс өзенінде жеті паромдық өткел жұмыс істейді.""",
     ann=[
        ('Ертістегі', 0, 'facility', 'Irtysh River', N, {'subkind': 'river'}),
        ('ПАВЛОДАР', 0, 'city', 'Pavlodar', PR, {'note': 'dateline'}),
        ('Павлодар облысының', 0, 'region', PR, PR),
        ('Ақтоғай ауданында', 0, 'district', 'Aktogay District (Pavlodar)', PR),
        ('Ертіс өзені', 0, 'facility', 'Irtysh River', N, {'subkind': 'river'}),
        ('Қарабұзау ауылы', 0, 'village', 'Karabuzau', PR),
        ('Павлодардан', 0, 'city', 'Pavlodar', PR, {'note': 'NI:origin of divers'}),
        ('Ақтоғай ауданының', 0, 'district', 'Aktogay District (Pavlodar)', PR),
        ('Ертіс', 1, 'facility', 'Irtysh River', N, {'subkind': 'river'}),
        ('Ертіс өзенінде', 0, 'facility', 'Irtysh River', N, {'subkind': 'river'}),
     ],
     inc={PR: (1, 'tractor fell from the Irtysh ferry near Karabuzau, Aktogay district, driver drowned')}),

dict(id='p024', date='2019-06-18', lang='kk',
     event='2019 Aktobe marks 150 years since its founding as a fortification on the Ilek (Aktyubinsk in Soviet times); guests from Orenburg, Orsk and Nur-Sultan; the football club Aktobe; Khobda and Martuk districts (no incident)',
     text="""Ақтөбе 150 жылдығын атап өтті
АҚТӨБЕ, 18 маусым. ҚазАқпарат – Ақтөбе қаласы құрылғанына 150 жыл толуын атап өтті. 1869 жылы Елек өзенінің жағасында Ақтөбе әскери бекінісі ретінде негізі қаланған қала кеңес жылдарында Актюбинск деп аталып, 1999 жылы тарихи атауы қайтарылды.
Мерекеге Ресейдің Орынбор және Орск қалаларынан, сондай-ақ Нұр-Сұлтаннан қонақтар келді. Абылай хан даңғылында мерекелік шеру өтіп, Қобда және Мәртөк аудандарының шеберлері қолөнер жәрмеңкесін ұйымдастырды.
Кешке орталық стадионда «Ақтөбе» футбол клубының ардагерлері мен жастары арасында достық кездесу өтті. Мереке салтанатты концерт пен отшашумен аяқталды. Қала әкімі мерейтой қарсаңында салынған жаңа саябақ пен көпірді тұрғындарға табыс етті.
Ақтөбе облысының әкімі мерейтойға орай қаланың 20 құрметті азаматына марапат тапсырды. Қазір қалада 500 мыңнан астам адам тұрады.""",
     ann=[
        ('Ақтөбе', 0, 'city', 'Aktobe', AR, {'note': 'headline'}),
        ('АҚТӨБЕ', 0, 'city', 'Aktobe', AR, {'note': 'dateline'}),
        ('Ақтөбе қаласы', 0, 'city', 'Aktobe', AR),
        ('Елек өзенінің', 0, 'facility', 'Ilek River', N, {'subkind': 'river'}),
        ('Ақтөбе әскери бекінісі', 0, 'city', 'Aktobe', AR, {'note': 'founding name of the city'}),
        ('Актюбинск', 0, 'city', 'Aktobe', AR, {'note': 'Soviet name of Aktobe'}),
        ('Ресейдің', 0, 'foreign', 'Russia', N),
        ('Орынбор', 0, 'foreign', 'Orenburg', N, {'note': 'NI:origin of guests; in a list sharing "қалаларынан"'}),
        ('Орск', 0, 'foreign', 'Orsk', N, {'note': 'NI:origin of guests; in a list sharing "қалаларынан"'}),
        ('Нұр-Сұлтаннан', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of guests; the capital named Nur-Sultan 2019-2022'}),
        ('Абылай хан даңғылында', 0, 'facility', 'Abylai Khan Avenue (Aktobe)', AR, {'subkind': 'street'}),
        ('Қобда', 0, 'district', 'Khobda District', AR, {'note': 'NI:origin of craftsmen; in a list sharing "аудандарының"'}),
        ('Ақтөбе облысының', 0, 'region', AR, AR, {'note': "inside an official's title"}),
        ('Мәртөк', 0, 'district', 'Martuk District', AR, {'note': 'NI:origin of craftsmen; in a list sharing "аудандарының"'}),
     ],
     inc={}),
]
