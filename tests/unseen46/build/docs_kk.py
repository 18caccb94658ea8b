"""Kazakh texts of the forty-sixth unseen check corpus (Cyrillic; p020 quotes a post in the
Kazakh Latin alphabet of February 2018, p021 and p023 posts in the alphabet of January 2021)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p017', date='2018-06-25', lang='kk',
     event='2018 flat fire in Abai district of Shymkent (a city of republican significance for six days) and flooding of yards in Karabulak, Sayram district (Turkistan Region); the renaming of South Kazakhstan Region recalled; users still write "ОҚО"; a post in the apostrophe Latin alphabet of 2017',
     text="""Шымкентте көпқабатты үйде өрт шықты, Сайрам ауданында су тасқыны
ШЫМКЕНТ, 25 маусым. ҚазАқпарат – Шымкент қаласының Абай ауданындағы тоғыз қабатты тұрғын үйдің бесінші қабатында өрт шықты. Үйден 20 тұрғын эвакуацияланды, бір әйел түтіннен уланып, ауруханаға жеткізілді, деп хабарлады Шымкент қаласының төтенше жағдайлар департаменті. Өрттің себебі анықталып жатыр.
Сол күні кешке нөсерден кейін Түркістан облысы Сайрам ауданының Қарабұлақ ауылында 30-дан астам ауланы су басты. Құтқарушылар су сорғыш техникамен жұмыс істеп жатыр.
Еске сала кетейік, 19 маусымда Оңтүстік Қазақстан облысы Түркістан облысы болып қайта аталды, ал Шымкент республикалық маңызы бар қала мәртебесін алды. Дегенмен әлеуметтік желіде тұрғындар әлі де «ОҚО» деп жазып жүр: «Қарабұлақта су басты, ОҚО ТЖД қайда қарап отыр?» – деп жазды бір қолданушы. Тағы бірі 2017 жылғы латын әліпбиімен жазған: «S'ymkentte tag'y o'rt, Abai' ay'danynda tu'tin».""",
     ann=[
        ('Шымкентте', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'headline; city of republican significance since 2018-06-19'}),
        ('Сайрам ауданында', 0, 'district', 'Sayram District', TR, {'note': 'headline'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'dateline'}),
        ('Шымкент қаласының', 0, 'city', 'Shymkent', 'Shymkent'),
        ('Абай ауданындағы', 0, 'district', 'Abai District (Shymkent)', 'Shymkent', {'subkind': 'city district', 'note': 'district of Shymkent, not Abai Region'}),
        ('Шымкент қаласының', 1, 'city', 'Shymkent', 'Shymkent', {'note': 'inside the name of an authority'}),
        ('Түркістан облысы', 0, 'region', TR, TR),
        ('Сайрам ауданының', 0, 'district', 'Sayram District', TR),
        ('Қарабұлақ ауылында', 0, 'village', 'Karabulak (Sayram district)', TR, {'note': 'a common village name'}),
        ('Оңтүстік Қазақстан облысы', 0, 'region', TR, TR, {'uncertain': True, 'note': 'NI:background; the region renamed on 2018-06-19, labelled with the unit holding its land on the article date'}),
        ('Түркістан облысы', 1, 'region', TR, TR, {'note': 'NI:background'}),
        ('Шымкент', 2, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:background'}),
        ('ОҚО', 0, 'region', TR, TR, {'uncertain': True, 'note': 'outdated abbreviation of South Kazakhstan Region used after the renaming; labelled with the unit holding the land'}),
        ('Қарабұлақта', 0, 'village', 'Karabulak (Sayram district)', TR, {'note': "user's post"}),
        ('S\'ymkentte', 0, 'city', 'Shymkent', 'Shymkent', {'note': "Kazakh Latin alphabet of October 2017 (apostrophe for ш, ғ, ө, ү) in a user's post"}),
        ('Abai\' ay\'danynda', 0, 'district', 'Abai District (Shymkent)', 'Shymkent', {'subkind': 'city district', 'note': 'Kazakh Latin alphabet of 2017 (i\' for й, y\' for у); district of Shymkent, not Abai Region'}),
        ('ОҚО', 1, 'region', TR, TR, {'uncertain': True, 'note': 'outdated abbreviation inside the name of an authority (ТЖД)'}),
     ],
     inc={'Shymkent': (1, 'fire on the fifth floor of a block of flats in Abai district, one woman poisoned by smoke'),
          TR: (1, 'flood: more than 30 yards flooded in Karabulak, Sayram district')}),

dict(id='p018', date='2023-05-30', lang='kk',
     event='2023 storm live blog in Jambyl Region: trees on cars in Taraz, a school roof blown off in Tole Bi (Shu district), a wind-fanned fire at the old phosphorus plant in Karatau, a lorry overturned on the Zhanatas-Taraz road; Zhambyl Avenue and Tole Bi Avenue named after persons; warnings for Almaty and Jetisu regions, Shymkent and Turkistan Region; a Russian reader\'s message; hashtag #Тараз; the club «Тараз»',
     text="""ТАРАЗДА ДАУЫЛ: ТІКЕЛЕЙ ЖАЗБА
30 мамыр 2023, соңғы жаңарту 19:45

19:45 Жамбыл облысының төтенше жағдайлар департаменті хабарлайды: Тараз қаласында желдің екпіні секундына 27 метрге жетті. Қаланың 14 көшесінде ағаш құлап, тоғыз көлік зақымданды. Екі адам жарақат алып, ауруханаға жеткізілді.

19:10 Оқырмандар жазады: «Таразда Төле би даңғылында жарнама тақтасы құлады, абай болыңыздар!» Орысша жазған оқырман: «в Таразе на Жамбыла света нет уже два часа, весь квартал сидит в темноте».

18:30 Қаратау қаласында жел өршітіп жіберген өрт ескі фосфор зауытының қоймасын шарпыды. Өрт сөндірушілер жалынды екі сағатта ауыздықтады, зардап шеккендер жоқ.

17:50 Шу ауданындағы Төле би ауылында жел мектептің шатырын ұшырып әкетті. Оқиға сабақ біткеннен кейін болғандықтан, балалар зардап шекпеді.

17:15 Жаңатас – Тараз тас жолының 40-шақырымында жүк көлігі аударылып, жүргізушісі жарақат алды. Жол полициясы бір жолақты уақытша жапты.

16:40 Instagram желісінде #Тараз хэштегімен жүздеген видео жарияланды. Қала әкімдігі @taraz_akimat парақшасында тұрғындарды қажетсіз үйден шықпауға шақырды.

16:00 Қазгидромет дауыл кешке қарай Алматы облысы мен Жетісу облысына ауысуы мүмкін екенін ескертті. Оқырмандардың айтуынша, Қордай ауданында да жел күшейе бастаған.

15:20 Облыс әкімдігі жедел штаб құрды. Штабтың мәліметінше, Тараздың 40 мыңға жуық тұрғыны жарықсыз отыр, энергетиктер электр желісін түнге қарай қалпына келтіруді көздеп отыр.

14:50 Синоптиктер бұған дейін Жамбыл, Түркістан облыстарында және Шымкент қаласында екпінді жел болатынын ескерткен.

14:20 Төтенше жағдайлар мамандары тұрғындарға жадынама таратты: дауыл кезінде ағаш пен жарнама тақталарының астында тұрмаңыз, көлікті ашық алаңға қойыңыз, үзілген электр сымдарына жақындамаңыз.

13:40 Тараз әуежайында екі рейс кешіктірілді: Алматыдан және Астанадан ұшатын ұшақтар жел басылғанша әуежайда күтіп тұр.

13:00 Орталық стадионда «Тараз» футбол клубының жаттығуы тоқтатылды, ойыншылар қонақүйге қайтарылды.""",
     ann=[
        ('ТАРАЗДА', 0, 'city', 'Taraz', JR, {'note': 'headline'}),
        ('Жамбыл облысының', 0, 'region', JR, JR, {'note': 'inside the name of an authority'}),
        ('Тараз қаласында', 0, 'city', 'Taraz', JR),
        ('Таразда', 0, 'city', 'Taraz', JR, {'note': "reader's message"}),
        ('Төле би даңғылында', 0, 'facility', 'Tole Bi Avenue (Taraz)', JR, {'subkind': 'street', 'note': 'avenue named after a person'}),
        ('Таразе', 0, 'city', 'Taraz', JR, {'note': "Russian locative in a reader's message"}),
        ('Жамбыла', 0, 'facility', 'Zhambyl Avenue (Taraz)', JR, {'subkind': 'street', 'note': 'street named without head noun, after the poet; not Jambyl Region; power cut, not an incident'}),
        ('Қаратау қаласында', 0, 'city', 'Karatau', JR),
        ('Шу ауданындағы', 0, 'district', 'Shu District', JR),
        ('Төле би ауылында', 0, 'village', 'Tole Bi (Shu district)', JR, {'note': 'village named after a person'}),
        ('Жаңатас', 0, 'city', 'Zhanatas', JR, {'note': 'NI:road endpoint'}),
        ('Тараз', 1, 'city', 'Taraz', JR, {'note': 'NI:road endpoint'}),
        ('Тараз', 2, 'city', 'Taraz', JR, {'note': 'hashtag consisting of a place name'}),
        ('Алматы облысы', 0, 'region', ALR, ALR, {'note': 'NI:forecast'}),
        ('Жетісу облысына', 0, 'region', JTR, JTR, {'note': 'NI:forecast'}),
        ('Қордай ауданында', 0, 'district', 'Kordai District', JR, {'note': 'NI:wind rising, no damage reported'}),
        ('Тараздың', 0, 'city', 'Taraz', JR, {'note': 'power cut, not an incident'}),
        ('Жамбыл', 1, 'region', JR, JR, {'note': 'NI:earlier warning; in a list sharing "облыстарында"'}),
        ('Түркістан', 0, 'region', TR, TR, {'note': 'NI:earlier warning; in a list sharing "облыстарында"'}),
        ('Шымкент қаласында', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:earlier warning'}),
        ('Тараз әуежайында', 0, 'facility', 'Taraz Airport', JR, {'subkind': 'airport', 'note': 'NI:flights delayed'}),
        ('Алматыдан', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:flight origin'}),
        ('Орталық стадионда', 0, 'facility', 'Central Stadium (Taraz)', JR, {'subkind': 'stadium', 'note': 'NI:training cancelled; the club «Тараз» is not annotated'}),
        ('Астанадан', 0, 'city', 'Astana', 'Astana', {'note': 'NI:flight origin'}),
     ],
     inc={JR: (3, 'storm damage in Taraz (trees on nine cars, two hurt) and Tole Bi (school roof), one storm per unit; wind-fanned fire at the old phosphorus plant in Karatau; lorry overturned on the Zhanatas-Taraz road')}),

dict(id='p019', date='1998-03-17', lang='kk',
     event='1998 fatal fire in a builders\' hostel on Seifullin Street in Akmola, the new capital (Astana, not Akmola Region); workers from Karaganda and Pavlodar regions; Akmola Region emergencies department; lower-case "ақмола" and the common noun "астана" (capital) in a reader\'s letter',
     text="""АҚМОЛАДА ЖАТАҚХАНА ӨРТЕНДІ: ЕКІ АДАМ ҚАЗА ТАПТЫ
АҚМОЛА, 17 наурыз. ҚазАқпарат – Елордадағы Сейфуллин көшесінде орналасқан құрылысшылар жатақханасында түнгі сағат үште өрт шығып, екі адам қаза тапты, тағы бесеуі ауруханаға түсті. Қаза тапқандардың бірі – Қарағандыдан келген 23 жастағы дәнекерлеуші. Жатақханада жаңа астананы салуға Қарағанды және Павлодар облыстарынан келген 200-ге жуық жұмысшы тұрған.
Ақмола облысының төтенше жағдайлар басқармасының мәліметінше, өрт электр плитасынан шыққан. Жатақхананың екінші қабаты толық жанып кетті.
Редакцияға келген оқырман хатында: «ақмола – жаңа астана, ал өрт сөндіру көлігі 40 минутта әрең жетті. Су да жоқ, баспалдақ та жоқ» делінген. Қала әкімдігі өрт сөндіру бөлімін күшейтуге уәде берді, ал қалалық прокуратура жатақхананың иесі – құрылыс компаниясына қатысты тексеріс бастады.""",
     ann=[
        ('АҚМОЛАДА', 0, 'city', 'Astana', 'Astana', {'note': 'headline; Akmola, the capital from December 1997, renamed Astana in May 1998'}),
        ('АҚМОЛА', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Сейфуллин көшесінде', 0, 'facility', 'Seifullin Street (Astana)', 'Astana', {'subkind': 'street', 'note': 'street named after a person'}),
        ('Қарағанды', 0, 'region', KR, KR, {'note': 'NI:origin of workers; in a list sharing "облыстарынан"'}),
        ('Қарағандыдан', 0, 'city', 'Karaganda', KR, {'note': "NI:victim's origin"}),
        ('Павлодар', 0, 'region', PR, PR, {'note': 'NI:origin of workers; in a list sharing "облыстарынан"'}),
        ('Ақмола облысының', 0, 'region', AKR, AKR, {'note': 'NI:inside the name of an authority; the region, not the city'}),
        ('ақмола', 0, 'city', 'Astana', 'Astana', {'note': "lower-case in a reader's letter; the capital"}),
     ],
     inc={'Astana': (1, 'fatal fire in a builders\' hostel on Seifullin Street in Akmola, two dead')}),

dict(id='p020', date='2020-08-12', lang='kk',
     event='2020 night fire at the «Мерей» market in Atyrau, about 40 shops burnt (Atyrau Region); traders from Kulsary and Makat; goods from China and Turkey; akimat post in the Kazakh Latin alphabet of 2018 (Atyraý qalasyndaǵy); commission from Nur-Sultan',
     text="""Атырауда сауда орнында өрт: 40-қа жуық дүкен жанып кетті
АТЫРАУ, 12 тамыз. ҚазАқпарат – Атырау қаласындағы «Мерей» сауда орнында таң алдында өрт шығып, 40-қа жуық дүкен жанып кетті. Ешкім зардап шеккен жоқ, деп хабарлады облыстық төтенше жағдайлар департаменті. Өртті сөндіруге 60 адам мен 15 бірлік техника жұмылдырылды. Өрт сөндірушілер жалынның көрші тұрғын үйлерге таралуына жол бермеді. Сауда орны 2009 жылы ашылған. Сатушылардың айтуынша, дүкендердегі тауардың көбі Қытай мен Түркиядан әкелінген.
Кәсіпкерлердің көбі – Құлсары мен Мақаттан келіп сауда жасайтындар. «Барлық тауарым күйіп кетті, енді несиені қалай төлеймін?» – дейді Құлсарыдан келген саудагер әйел.
Қала әкімдігі Instagram парақшасында хабарламаны 2018 жылғы латын әліпбиімен жариялады: «Atyraý qalasyndaǵy «Merei» saýda ornyndaǵy órt tolyq sóndirildi. Zardap shekkender joq». Өрттің себебін анықтау үшін Нұр-Сұлтаннан Төтенше жағдайлар министрлігінің комиссиясы келеді.""",
     ann=[
        ('Атырауда', 0, 'city', 'Atyrau', ATR, {'note': 'headline'}),
        ('АТЫРАУ', 0, 'city', 'Atyrau', ATR, {'note': 'dateline'}),
        ('Атырау қаласындағы', 0, 'city', 'Atyrau', ATR),
        ('Мерей', 0, 'facility', 'Merei market (Atyrau)', ATR, {'subkind': 'market', 'note': 'name in quotes'}),
        ('Қытай', 0, 'foreign', 'China', N, {'note': 'NI:origin of goods'}),
        ('Түркиядан', 0, 'foreign', 'Turkey', N, {'note': 'NI:origin of goods'}),
        ('Құлсары', 0, 'city', 'Kulsary', ATR, {'note': 'NI:origin of traders'}),
        ('Мақаттан', 0, 'village', 'Makat', ATR, {'note': 'NI:origin of traders'}),
        ('Құлсарыдан', 0, 'city', 'Kulsary', ATR, {'note': "NI:trader's origin"}),
        ('Atyraý qalasyndaǵy', 0, 'city', 'Atyrau', ATR, {'note': 'Kazakh Latin alphabet of 2018 (ý for у, ǵ for ғ)'}),
        ('Merei', 0, 'facility', 'Merei market (Atyrau)', ATR, {'subkind': 'market', 'note': 'Latin spelling, in quotes'}),
        ('Нұр-Сұлтаннан', 0, 'city', 'Astana', 'Astana', {'note': 'NI:origin of the commission; the capital named Nur-Sultan 2019-2022'}),
     ],
     inc={ATR: (1, 'fire at the Merei market in Atyrau, about 40 shops burnt')}),

dict(id='p021', date='2024-10-15', lang='kk',
     event='2024 day chronicle of West Kazakhstan Region: gas explosion in a house in Aksai (Burlin district), protest against bus fares at the regional akimat in Oral with two detained ("в Уральске", "акимата ЗКО"), fatal collision near Podstepnoe on the Oral-Aktobe road, steppe fire in Zhanakala district; power cut in Derkul (not counted); police post in the Kazakh Latin alphabet of 2021; hashtag #Орал; the surname Оралов',
     text="""БАТЫС ҚАЗАҚСТАН: КҮН ХРОНИКАСЫ
15 қазан 2024, соңғы жаңарту 21:00

21:00 Бөрлі ауданының орталығы Ақсай қаласында жеке тұрғын үйде газ жарылды. Үйдегі екі адам күйік алып, аудандық ауруханаға жеткізілді, көршілес екі үйдің терезелері сынды. Оқырмандар орысша жазады: «в Аксае так бахнуло, что стёкла повылетали на всей улице».

20:15 Орал қаласында 300-ге жуық тұрғын облыс әкімдігінің ғимараты алдына жиналып, қалалық автобустағы жол ақысының 150 теңгеге көтерілуіне наразылық білдірді. Полиция екі адамды ұстады. Облыстық полиция өкілі Асқар Оралов ұсталғандардың әкімшілік жауапкершілікке тартылатынын айтты. Әлеуметтік желіде «в Уральске митинг у акимата ЗКО» деген жазбамен видеолар тарап жатыр.

19:30 Орал – Ақтөбе тас жолында, Подстепное ауылының маңында жүк көлігі мен жеңіл көлік соқтығысты. Жеңіл көліктің жүргізушісі оқиға орнында қаза тапты. Жүк көлігінің жүргізушісі жарақат алмады, оқиғаның мән-жайы анықталып жатыр.

18:40 Облыстық полиция департаменті Instagram-да хабарламаны латын әліпбиімен жариялады: «Oral qalasynda rūqsatsyz jinalys kezınde eki adam ūstaldy».

18:00 #Орал хэштегімен жарияланған видеоларда әкімдік ғимаратының алдында тұрған адамдар көрінеді. Оқырмандардың айтуынша, жиынға Ақжайық ауданынан да адамдар келген.

17:20 Облыстық ТЖД: Жаңақала ауданында дала өрті 200 гектар жерді шарпыды. Өрт кешке қарай толық сөндірілді, елді мекендерге қауіп төнген жоқ. Өрттің шығу себебі – ауылшаруашылық қалдықтарын өртеу деп болжанып отыр.

16:30 Орал қаласына қарасты Деркөл кентінде үш сағат бойы жарық болмады, энергетиктер желідегі апатты жөндеп жатыр.

15:40 Облыс әкімдігінің баспасөз қызметі наразылыққа қатысты түсініктеме берді: жол ақысы 2025 жылдың қаңтарына дейін өзгермейді. Әкімдік өкілі тұрғындармен кездесуді жұма күні өткізуге уәде берді.

15:00 Оқырман Тасқала ауданынан жазады: «Біздің ауылда да газ иісі шығып тұр, газшылар әлі келген жоқ». Газ қызметі ертең тексеру жүргізетінін айтты.""",
     ann=[
        ('БАТЫС ҚАЗАҚСТАН', 0, 'region', WKR, WKR, {'uncertain': True, 'note': 'headline; the region named without "облысы", could be read as "western Kazakhstan"'}),
        ('Бөрлі ауданының', 0, 'district', 'Burlin District', WKR),
        ('Ақсай қаласында', 0, 'city', 'Aksai', WKR, {'note': 'a common name; here the town of Burlin district'}),
        ('Аксае', 0, 'city', 'Aksai', WKR, {'note': "Russian locative in a reader's message"}),
        ('Орал қаласында', 0, 'city', 'Oral', WKR),
        ('Уральске', 0, 'city', 'Oral', WKR, {'note': "Russian name in a user's post"}),
        ('ЗКО', 0, 'region', WKR, WKR, {'note': 'inside the name of an authority (акимат ЗКО); Russian abbreviation'}),
        ('Орал', 1, 'city', 'Oral', WKR, {'note': 'NI:road endpoint'}),
        ('Ақтөбе', 0, 'city', 'Aktobe', AR, {'note': 'NI:road endpoint'}),
        ('Подстепное ауылының', 0, 'village', 'Podstepnoe', WKR, {'note': 'village of Terekti district; Russian village name'}),
        ('Oral qalasynda', 0, 'city', 'Oral', WKR, {'note': 'Kazakh Latin alphabet of 2021'}),
        ('Орал', 2, 'city', 'Oral', WKR, {'note': 'hashtag consisting of a place name'}),
        ('Ақжайық ауданынан', 0, 'district', 'Akzhaik District', WKR, {'note': 'NI:origin of protesters'}),
        ('Жаңақала ауданында', 0, 'district', 'Zhanakala District', WKR),
        ('Орал қаласына', 0, 'city', 'Oral', WKR, {'note': 'NI:administrative reference'}),
        ('Деркөл кентінде', 0, 'village', 'Derkul', WKR, {'note': 'power cut, not an incident'}),
        ('Тасқала ауданынан', 0, 'district', 'Taskala District', WKR, {'note': "NI:reader's residence; smell of gas, no incident"}),
     ],
     inc={WKR: (4, 'gas explosion in a house in Aksai, two hurt; protest at the regional akimat in Oral, two detained; fatal collision near Podstepnoe on the Oral-Aktobe road; steppe fire of 200 ha in Zhanakala district')}),

dict(id='p022', date='2016-07-22', lang='kk',
     event='2016 night fire at the central bazaar of Zharkent and a storm blowing roofs off 12 houses in Sarybel, Panfilov district (Almaty Region before the 2022 split); firefighters from Taldykorgan and Khorgos; mixed Russian and Kazakh posts, lower-case "жаркент", hashtag #Жаркент',
     text="""Жаркентте базар өртенді, Сарыбел ауылында дауыл үйлердің шатырын ұшырды
ТАЛДЫҚОРҒАН, 22 шілде. ҚазАқпарат – Алматы облысы Панфилов ауданының орталығы Жаркент қаласындағы орталық базарда түнде өрт шығып, 25 сауда орны жанып кетті. Өрт Талдықорған мен Қорғастан келген бөлімшелердің көмегімен таң атқанша сөндірілді, деп хабарлады облыстық ТЖД.
Сол түні қатты дауыл Панфилов ауданының Сарыбел ауылында 12 үйдің шатырын ұшырып, электр бағаналарын құлатты. Адамдар зардап шеккен жоқ. Аудан әкімдігі шатырсыз қалған он екі отбасыға құрылыс материалдарымен көмек көрсетілетінін мәлімдеді.
Әлеуметтік желіде тұрғындар орыс және қазақ тілдерінде жазуда: «жаркент базар горит!!! пожарных мало #Жаркент». «Сарыбелде жарық жоқ, шатырсыз қалдық», – деп жазды тағы бір тұрғын. Облыстық ТЖД-ның мәліметінше, базардағы өрттің себебі – электр сымдарының қысқа тұйықталуы.""",
     ann=[
        ('Жаркентте', 0, 'city', 'Zharkent', ALR, {'note': 'headline; Almaty Region before 2022-06-08'}),
        ('Сарыбел ауылында', 0, 'village', 'Sarybel', ALR, {'note': 'headline'}),
        ('ТАЛДЫҚОРҒАН', 0, 'city', 'Taldykorgan', ALR, {'note': 'dateline'}),
        ('Алматы облысы', 0, 'region', ALR, ALR),
        ('Панфилов ауданының', 0, 'district', 'Panfilov District', ALR, {'note': 'district named after a person'}),
        ('Жаркент қаласындағы', 0, 'city', 'Zharkent', ALR),
        ('Талдықорған', 0, 'city', 'Taldykorgan', ALR, {'note': 'NI:origin of firefighters'}),
        ('Қорғастан', 0, 'village', 'Khorgos', ALR, {'note': 'NI:origin of firefighters; the Kazakh village, not the Chinese city'}),
        ('Панфилов ауданының', 1, 'district', 'Panfilov District', ALR),
        ('Сарыбел ауылында', 1, 'village', 'Sarybel', ALR),
        ('жаркент', 0, 'city', 'Zharkent', ALR, {'note': "lower-case in a user's post"}),
        ('Жаркент', 1, 'city', 'Zharkent', ALR, {'note': 'hashtag consisting of a place name'}),
        ('Сарыбелде', 0, 'village', 'Sarybel', ALR, {'note': "user's post"}),
     ],
     inc={ALR: (2, 'night fire at the central bazaar of Zharkent; storm blew roofs off 12 houses in Sarybel, Panfilov district')}),

dict(id='p023', date='2026-01-20', lang='kk',
     event='2026 blizzard live blog in Kostanay Region: gas cylinder explosion in a yard in Rudny, nine-car pile-up on the Kostanay-Rudny road, boiler house fire in Zhitikara; power cut in Arkalyk and closed roads to Amangeldy and Zhangeldi districts (not counted); warning for North Kazakhstan and Akmola regions; Latin post "Qostanai"; hashtag #Қостанай; the company «Қостанай минералдары» is not annotated',
     text="""ҚОСТАНАЙ ОБЛЫСЫНДА БОРАН: ТІКЕЛЕЙ ЖАЗБА
20 қаңтар 2026, соңғы жаңарту 20:30

20:30 Облыстық ТЖД: Рудный қаласында жеке үйдің ауласында газ баллоны жарылып, 52 жастағы ер адам ауыр жарақат алды. Ол Қостанайдағы облыстық ауруханаға жеткізілді. Жарылыс толқынынан көршінің гаражының қақпасы қисайып қалды. Полиция газ баллонын сақтау ережесінің бұзылуын тексеріп жатыр.

19:50 Қостанай – Рудный тас жолында боран кезінде тоғыз көлік бір-біріне соғылды, төрт адам ауруханаға түсті. Жол уақытша жабылды. Оқырмандар орысша жазады: «на трассе костанай-рудный жесть, ничего не видно, машины в кювете».

19:10 Жітіқара қаласында қазандықта өрт шықты. Өрт сөндірушілер жалынды бір сағатта сөндірді, бірақ 15 көпқабатты үй жылусыз қалды. Қала әкімі жылу түнгі сағат екіге дейін берілетінін айтты. «Қостанай минералдары» АҚ кәсіпорны да жұмысын уақытша тоқтатты.

18:20 Арқалық қаласында жел электр желісін үзіп, қаланың жартысы жарықсыз қалды. Энергетиктер түнге дейін қалпына келтіруге уәде берді.

17:40 #Қостанай хэштегімен жарияланған видеоларда көшелерді қар басқаны көрінеді. Бір қолданушы латын әрпімен жазды: «Qostanai qar astynda qaldy, avtobustar jürmeidi».

17:00 Облыс орталығында қалалық автобустардың қатынауы тоқтатылды, мектептерде сабақ қашықтан өтеді. Амангелді және Жанкелдин аудандарына баратын жолдар да жабық.

16:30 Қазгидромет: боран түнде Солтүстік Қазақстан және Ақмола облыстарына ауысады. Қостанай облысында дауылды ескерту ертең кешке дейін сақталады. Синоптиктер жүргізушілерді қажетсіз сапарға шықпауға шақырады.

16:00 Облыстық полиция департаменті: соңғы тәулікте облыс жолдарында 27 жол-көлік оқиғасы тіркелді, олардың көбі боранға байланысты.

15:20 Лисаков қаласынан оқырман жазады: «Лисаковскіде де боран, бірақ әзірге жарық бар, автобустар жүріп тұр».

14:40 Рудный – Жітіқара жолында қалып қойған 30 адамды құтқарушылар жылыту пунктіне жеткізді. Олардың арасында екі бала бар, барлығының жағдайы жақсы, дәрігерлер тексеріп шықты.""",
     ann=[
        ('ҚОСТАНАЙ ОБЛЫСЫНДА', 0, 'region', KOR, KOR, {'note': 'headline'}),
        ('Рудный қаласында', 0, 'city', 'Rudny', KOR),
        ('Қостанайдағы', 0, 'city', 'Kostanay', KOR, {'note': 'NI:hospital'}),
        ('Қостанай', 0, 'city', 'Kostanay', KOR, {'note': 'NI:road endpoint'}),
        ('Рудный', 1, 'city', 'Rudny', KOR, {'note': 'NI:road endpoint'}),
        ('костанай', 0, 'city', 'Kostanay', KOR, {'note': "NI:road endpoint; lower-case in a reader's message"}),
        ('рудный', 0, 'city', 'Rudny', KOR, {'note': "NI:road endpoint; lower-case in a reader's message"}),
        ('Жітіқара қаласында', 0, 'city', 'Zhitikara', KOR),
        ('Арқалық қаласында', 0, 'city', 'Arkalyk', KOR, {'note': 'power cut, not an incident'}),
        ('Қостанай', 2, 'city', 'Kostanay', KOR, {'note': 'hashtag consisting of a place name; NI:snow on streets'}),
        ('Qostanai', 0, 'city', 'Kostanay', KOR, {'note': "NI:Kazakh Latin alphabet of 2021 in a user's post; snow"}),
        ('Амангелді', 0, 'district', 'Amangeldy District', KOR, {'note': 'NI:road closed; in a list sharing "аудандарына"'}),
        ('Жанкелдин', 0, 'district', 'Zhangeldi District', KOR, {'note': 'NI:road closed; in a list sharing "аудандарына"'}),
        ('Солтүстік Қазақстан', 0, 'region', NKR, NKR, {'note': 'NI:forecast; in a list sharing "облыстарына"'}),
        ('Ақмола', 0, 'region', AKR, AKR, {'note': 'NI:forecast; in a list sharing "облыстарына"'}),
        ('Қостанай облысында', 0, 'region', KOR, KOR, {'note': 'NI:warning'}),
        ('Лисаков қаласынан', 0, 'city', 'Lisakovsk', KOR, {'note': "NI:reader's location"}),
        ('Лисаковскіде', 0, 'city', 'Lisakovsk', KOR, {'note': 'NI:blizzard, no damage; Russian stem with a Kazakh suffix'}),
        ('Рудный', 2, 'city', 'Rudny', KOR, {'note': 'NI:road endpoint; rescue of stranded people'}),
        ('Жітіқара', 1, 'city', 'Zhitikara', KOR, {'note': 'NI:road endpoint'}),
     ],
     inc={KOR: (3, 'gas cylinder explosion in a yard in Rudny, one badly hurt; nine-car pile-up on the Kostanay-Rudny road, four hurt; boiler house fire in Zhitikara')}),

dict(id='p024', date='1993-11-23', lang='kk',
     event='1993 boiler explosion at a boiler house near the railway station in Aktobe, two hurt, and a fire in coal wagons bound for Russia\'s Orenburg Oblast at Shalkar station (Aktobe Region); a reader\'s Russian letter with "Актюбинск" and "Алма-Ата"',
     text="""АҚТӨБЕДЕ ҚАЗАНДЫҚ ЖАРЫЛДЫ: МЫҢДАҒАН ОТБАСЫ ЖЫЛУСЫЗ
АҚТӨБЕ, 23 қараша. ҚазТАГ – Қаладағы теміржол вокзалы маңындағы қазандықта бу қазаны жарылып, екі оператор жарақат алды. Жарылыс кезінде қазандықтың төбесі құлап, операторлардың бірі бетон астында қалды, оны құтқарушылар бір сағаттан кейін шығарып алды. Осы қазандық жылытатын 40 көпқабатты үйдегі үш мыңға жуық отбасы суық пәтерде отыр, деп хабарлады Ақтөбе облыстық энергетика басқармасы.
Сол аптада облыстың Шалқар стансасында жүк пойызының вагондарында өрт шығып, көмір тиелген үш вагон жанып кетті. Вагондар Ресейдің Орынбор облысына бара жатқан. Өрттің себебі анықталып жатыр. Қалалық атқару комитеті жөндеу аяқталғанша жақын маңдағы мектептерде сабақты тоқтатты.
Редакцияға оқырманнан орыс тілінде хат келді: «В Актюбинске каждую зиму одно и то же. Пусть министры из Алма-Аты приедут и посидят в наших квартирах».""",
     ann=[
        ('АҚТӨБЕДЕ', 0, 'city', 'Aktobe', AR, {'note': 'headline'}),
        ('АҚТӨБЕ', 0, 'city', 'Aktobe', AR, {'note': 'dateline'}),
        ('Ақтөбе', 0, 'region', AR, AR, {'note': 'inside the name of an authority ("облыстық")'}),
        ('Шалқар стансасында', 0, 'facility', 'Shalkar railway station', AR, {'subkind': 'railway station'}),
        ('Ресейдің', 0, 'foreign', 'Russia', N),
        ('Орынбор облысына', 0, 'foreign', 'Orenburg Oblast', N, {'note': 'NI:destination of the wagons'}),
        ('Актюбинске', 0, 'city', 'Aktobe', AR, {'note': "Russian name Aktyubinsk in a reader's letter"}),
        ('Алма-Аты', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:seat of the government; Soviet name in a letter'}),
     ],
     inc={AR: (2, 'boiler explosion at a boiler house in Aktobe, two hurt; fire in coal wagons at Shalkar station')}),
]
