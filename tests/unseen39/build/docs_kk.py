"""Kazakh texts of the thirty-ninth unseen check corpus."""
N = None
SKR, TR, ALR, AKR, JTR = 'South Kazakhstan Region', 'Turkistan Region', 'Almaty Region', 'Akmola Region', 'Jetisu Region'
AL, AS, SH = 'Almaty', 'Astana', 'Shymkent'
KR = 'Karaganda Region'

DOCS = [
dict(id='p017', date='2023-11-14', lang='kk',
     event='2023 fire in a twelve-storey block on Dostyk Avenue, Medeu district of Almaty, and a bus-car crash at the Tole Bi / Sain crossroads, Auezov district; metro extension to Kalkaman (Nauryzbai district) and a road to Kaskelen (Almaty Region)',
     text="""Алматыда көпқабатты үйде өрт шықты, Әуезов ауданында жол апаты болды
АЛМАТЫ, 14 қараша. ҚазАқпарат – Алматының Медеу ауданындағы он екі қабатты тұрғын үйде сейсенбі түнде өрт шығып, құтқарушылар 70-тен астам тұрғынды көшіруге мәжбүр болды. Бұл туралы қаланың төтенше жағдайлар департаменті хабарлады.
Өрт Достық даңғылындағы үйдің сегізінші қабатындағы пәтерде басталған. Түтіннен уланған екі адам, оның ішінде бір бала, ауруханаға жеткізілді. Өртті сөндіруге 60 өрт сөндіруші мен 15 техника тартылды, жалын бір жарым сағатта толық сөндірілді. Алдын ала мәлімет бойынша, өртке электр жылытқыш себеп болған.
Сол күні таңертең Әуезов ауданында, Төле би мен Саин көшелерінің қиылысында қалалық 63-бағыттағы автобус жеңіл көлікпен соқтығысты. Жеңіл көліктің жүргізушісі мен автобустың үш жолаушысы жарақат алды. Полиция жеңіл көлік жүргізушісінің қызыл шамға өткенін анықтады. Жүргізуші Алматы облысының Қаскелең қаласының тұрғыны екені белгілі болды.
Қала әкімдігі Әуезов ауданындағы осы қиылыста жерасты өткелін салу мәселесін келесі жылы қарайтынын айтты. Сонымен қатар әкімдік метроның бірінші желісін «Мәскеу» бекетінен Наурызбай ауданындағы Қалқаман шағын ауданына дейін ұзарту жобасын мақұлдады. Жаңа желі бойынша үш бекет салынады, жұмыс 2027 жылы аяқталуы тиіс.
Қалқаман 2014 жылға дейін Алматы облысының Қарасай ауданына қарасты ауыл болған. Қазір мұнда 40 мыңнан астам адам тұрады, олардың көбі күн сайын қала орталығына, Алмалы және Бостандық аудандарына жұмысқа қатынайды. Қаскелеңге баратын жолдың кеңейтілуі де осы жобаға енді.
Қала тұрғындары әлеуметтік желілерде Медеу ауданындағы ескі үйлердің өрт қауіпсіздігі туралы жиі шағымданады. Әкімдік қараша айының соңына дейін барлық көпқабатты үйлердің баспалдақтарын тексеруді тапсырды. Төтенше жағдайлар департаментінің мәліметінше, биыл қаладағы тұрғын үйлерде 300-ден астам өрт тіркелген, олардың үштен бірі ескі электр желісіне байланысты.""",
     ann=[
        ('Алматыда', 0, 'city', 'Almaty', AL, {'note': 'headline'}),
        ('Әуезов ауданында', 0, 'district', 'Auezov District (Almaty)', AL, {'subkind': 'city district', 'note': 'headline'}),
        ('АЛМАТЫ', 0, 'city', 'Almaty', AL, {'note': 'dateline'}),
        ('Алматының', 0, 'city', 'Almaty', AL),
        ('Медеу ауданындағы', 0, 'district', 'Medeu District (Almaty)', AL, {'subkind': 'city district'}),
        ('Достық даңғылындағы', 0, 'facility', 'Dostyk Avenue (Almaty)', AL, {'subkind': 'street'}),
        ('Әуезов ауданында', 1, 'district', 'Auezov District (Almaty)', AL, {'subkind': 'city district'}),
        ('Төле би', 0, 'facility', 'Tole Bi Street (Almaty)', AL, {'subkind': 'street', 'note': 'in a list sharing "көшелерінің"'}),
        ('Саин', 0, 'facility', 'Sain Street (Almaty)', AL, {'subkind': 'street'}),
        ('Алматы облысының', 0, 'region', ALR, ALR, {'note': 'NI:residence of the driver'}),
        ('Қаскелең қаласының', 0, 'city', 'Kaskelen', ALR, {'note': 'NI:residence of the driver'}),
        ('Әуезов ауданындағы', 0, 'district', 'Auezov District (Almaty)', AL, {'subkind': 'city district', 'note': 'NI:planned underpass'}),
        ('Мәскеу', 0, 'facility', 'Moskva metro station (Almaty)', AL, {'subkind': 'metro station', 'note': 'NI:planned extension; the station, not Moscow'}),
        ('Наурызбай ауданындағы', 0, 'district', 'Nauryzbai District (Almaty)', AL, {'subkind': 'city district', 'note': 'NI:planned extension'}),
        ('Қалқаман шағын ауданына', 0, 'district', 'Kalkaman (Almaty)', AL, {'subkind': 'microdistrict', 'note': 'NI:planned extension'}),
        ('Қалқаман', 1, 'district', 'Kalkaman (Almaty)', AL, {'subkind': 'microdistrict', 'note': 'a village of Karasai district before 2014, now part of Almaty'}),
        ('Алматы облысының', 1, 'region', ALR, ALR, {'note': 'NI:former unit of Kalkaman'}),
        ('Қарасай ауданына', 0, 'district', 'Karasai District', ALR, {'note': 'NI:former district of Kalkaman'}),
        ('Алмалы', 0, 'district', 'Almaly District (Almaty)', AL, {'subkind': 'city district', 'note': 'NI:workplace'}),
        ('Бостандық', 0, 'district', 'Bostandyk District (Almaty)', AL, {'subkind': 'city district', 'note': 'NI:workplace'}),
        ('Қаскелеңге', 0, 'city', 'Kaskelen', ALR, {'note': 'NI:road endpoint'}),
        ('Медеу ауданындағы', 1, 'district', 'Medeu District (Almaty)', AL, {'subkind': 'city district', 'note': 'NI:complaints'}),
     ],
     inc={AL: (2, 'fire in a twelve-storey block on Dostyk Avenue (Medeu district); bus-car collision at the Tole Bi / Sain crossroads (Auezov district)')}),

dict(id='p018', date='2012-04-17', lang='kk',
     event='2012 Shymkent akimat opens suburban bus routes to Lenger and Aksukent and moves the Samal bus station (South Kazakhstan Region, before the split) (no incident)',
     text="""Шымкенттен Ленгерге жаңа автобус бағыты ашылады
ШЫМКЕНТ, 17 сәуір. ҚазАқпарат – Шымкент қаласының әкімдігі мамыр айынан бастап облыс орталығын Ленгер қаласымен және Сайрам ауданының орталығы Ақсукент ауылымен байланыстыратын екі жаңа автобус бағытын ашады. Бұл туралы Оңтүстік Қазақстан облыстық жолаушылар көлігі басқармасы хабарлады.
Ленгерге баратын автобустар Тәуке хан даңғылындағы Орталық базардан, ал Ақсукентке баратындары «Самал» автовокзалынан шығады. Жол ақысы 150 теңге болады. Қазір екі бағытта да жеке шағын автобустар жүреді, бірақ олардың көбі техникалық байқаудан өтпеген.
Әкімдік сондай-ақ Әл-Фараби ауданындағы ескі автовокзалды қала шетіне көшіру туралы шешім қабылдады. Жаңа автовокзал Бадам өзенінің жағасындағы бос алаңға салынады. Облыс әкімдігі бағыттарға 20 жаңа автобус сатып алуға қаражат бөлді. Басқарманың мәліметінше, күн сайын Шымкент пен Ленгер арасында 8 мыңнан астам адам қатынайды.""",
     ann=[
        ('Шымкенттен', 0, 'city', 'Shymkent', SKR, {'note': 'NI:headline, route endpoint; before the 2018 split'}),
        ('Ленгерге', 0, 'city', 'Lenger', SKR, {'note': 'NI:headline, route endpoint'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', SKR, {'note': 'dateline'}),
        ('Шымкент қаласының', 0, 'city', 'Shymkent', SKR, {'note': 'inside the name of an authority'}),
        ('Ленгер қаласымен', 0, 'city', 'Lenger', SKR, {'note': 'NI:route endpoint'}),
        ('Сайрам ауданының', 0, 'district', 'Sairam District', SKR),
        ('Ақсукент ауылымен', 0, 'village', 'Aksukent', SKR, {'note': 'NI:route endpoint'}),
        ('Оңтүстік Қазақстан', 0, 'region', SKR, SKR, {'note': 'inside the name of an authority ("облыстық")'}),
        ('Ленгерге', 1, 'city', 'Lenger', SKR, {'note': 'NI:route endpoint'}),
        ('Тәуке хан даңғылындағы', 0, 'facility', 'Tauke Khan Avenue (Shymkent)', SKR, {'subkind': 'street'}),
        ('Орталық базардан', 0, 'facility', 'Central Market (Shymkent)', SKR, {'subkind': 'market', 'note': 'NI:route endpoint'}),
        ('Ақсукентке', 0, 'village', 'Aksukent', SKR, {'note': 'NI:route endpoint'}),
        ('Самал', 0, 'facility', 'Samal bus station (Shymkent)', SKR, {'subkind': 'bus station', 'note': 'NI:route endpoint'}),
        ('Әл-Фараби ауданындағы', 0, 'district', 'Al-Farabi District (Shymkent)', SKR, {'subkind': 'city district'}),
        ('Бадам өзенінің', 0, 'facility', 'Badam river', N, {'subkind': 'river'}),
        ('Шымкент', 1, 'city', 'Shymkent', SKR, {'note': 'NI:route endpoint'}),
        ('Ленгер', 1, 'city', 'Lenger', SKR, {'note': 'NI:route endpoint'}),
     ],
     inc={}),

dict(id='p019', date='2023-01-10', lang='kk',
     event='2023 the Almaty Region akimat completes its move from Taldykorgan (now Jetisu Region) to Konaev, formerly Kapchagay; traffic on the Almaty-Konaev road at Otegen Batyr (no incident)',
     text="""Алматы облысының әкімдігі Қонаевқа толық көшті
ҚОНАЕВ, 10 қаңтар. Kazinform – Алматы облысының әкімдігі мен басқармалары Талдықорғаннан Қонаев қаласына көшіп бітті. Облыс орталығы өткен жылдың маусымында, Жетісу облысы құрылған кезде ауыстырылған еді. Талдықорған енді Жетісу облысының орталығы болып қалды.
Бұрын Қапшағай деп аталған қала 2022 жылы Дінмұхамед Қонаевтың құрметіне Қонаев деп аталды. Қалада 60 мыңға жуық адам тұрады. Әкімдік қызметкерлері әзірге Қапшағай су қоймасының жағасындағы демалыс үйлерінде орналасқан, жаңа әкімшілік ғимарат 2024 жылы салынады.
Қызметкерлердің бір бөлігі күн сайын Алматыдан қатынайды. Алматы – Қонаев тас жолында Өтеген батыр ауылының тұсында кептеліс жиі болады, сондықтан облыс әкімдігі Іле ауданы арқылы айналма жол салуды жоспарлап отыр. Облыс әкімі жаңа орталықта биыл екі мың пәтер мен жаңа аурухана салынатынын айтты. Қызметкерлерге тұрғын үй жалдау үшін өтемақы төленеді.""",
     ann=[
        ('Алматы облысының', 0, 'region', ALR, ALR, {'note': 'headline, inside the name of an authority'}),
        ('Қонаевқа', 0, 'city', 'Konaev', ALR, {'note': 'headline'}),
        ('ҚОНАЕВ', 0, 'city', 'Konaev', ALR, {'note': 'dateline'}),
        ('Алматы облысының', 1, 'region', ALR, ALR, {'note': 'inside the name of an authority'}),
        ('Талдықорғаннан', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:former seat'}),
        ('Қонаев қаласына', 0, 'city', 'Konaev', ALR),
        ('Жетісу облысы', 0, 'region', JTR, JTR),
        ('Талдықорған', 0, 'city', 'Taldykorgan', JTR),
        ('Жетісу облысының', 0, 'region', JTR, JTR),
        ('Қапшағай', 0, 'city', 'Konaev', ALR, {'note': 'former name of Konaev'}),
        ('Қонаев', 1, 'city', 'Konaev', ALR, {'note': 'the new name; Қонаевтың before it is the person'}),
        ('Қапшағай су қоймасының', 0, 'facility', 'Kapchagay reservoir', N, {'subkind': 'reservoir'}),
        ('Алматыдан', 0, 'city', 'Almaty', AL, {'note': 'NI:residence of commuters'}),
        ('Алматы', 2, 'city', 'Almaty', AL, {'note': 'NI:route endpoint'}),
        ('Қонаев', 2, 'city', 'Konaev', ALR, {'note': 'NI:route endpoint'}),
        ('Өтеген батыр ауылының', 0, 'village', 'Otegen Batyr', ALR, {'note': 'NI:reference point of traffic jams'}),
        ('Іле ауданы', 0, 'district', 'Ili District', ALR, {'note': 'NI:planned bypass'}),
     ],
     inc={}),

dict(id='p020', date='2021-07-20', lang='kk',
     event='2021 downpour floods streets in Saryarka and Baikonyr districts of Nur-Sultan (with a Kazakh Latin akimat post) and in the new town of Kosshy (Tselinograd district, Akmola Region)',
     text="""Нұр-Сұлтанда нөсерден кейін көшелерді су басты
НҰР-СҰЛТАН, 20 шілде. ҚазАқпарат – Дүйсенбі күні кешке елордада екі сағатқа созылған нөсер жаңбыр Сарыарқа және Байқоңыр аудандарындағы көшелер мен аулаларды су басуына әкелді. Бұл туралы Нұр-Сұлтан қаласының төтенше жағдайлар департаменті хабарлады.
Ең ауыр жағдай Сарыарқа ауданындағы Жеңіс даңғылы мен Сейфуллин көшесінің қиылысында болды: мұнда судың деңгейі жарты метрге жетіп, ондаған көлік суда тұрып қалды. Байқоңыр ауданында 18 жеке үйдің жертөлесіне су кірді. Құтқарушылар түнімен 1 200 текше метр суды сорып шығарды. Зардап шеккендер жоқ.
Қала әкімдігі өз парақшасында латын әліпбиімен мынадай хабарлама жариялады:
«Nūr-Sūltan qalasynyñ Saryarqa jäne Baiqoñyr audandarynda nöserden keiın su basqan köşelerde jūmys jürgızılude. Tūrğyndardan jertölelerdegı zattardy joğary köterudı sūraimyz. Esıl audanynda jağdai tūraqty.»
Нөсер елордаға іргелес Қосшы қаласын да айналып өтпеді. Ақмола облысы Целиноград ауданының әкімдігі мәліметінше, қаладағы 12 көше су астында қалып, 30-ға жуық үйдің ауласын су басты. Қосшыдан Нұр-Сұлтанға апаратын жолда көлік қозғалысы екі сағатқа тоқтап қалды.
Синоптиктер сәрсенбіге дейін Ақмола облысының солтүстігінде және Қарағанды облысында нөсер жалғасатынын ескертті. Қала әкімі жаңбыр суын ағызатын құбырларды бір ай ішінде тазалауды тапсырды. Тұрғындар соңғы екі жылда салынған Алматы ауданындағы жаңа көшелерде де жаңбырдан кейін су тұрып қалатынын айтып шағымданды.
Қала әкімдігінің мәліметінше, жаңбыр суын ағызатын құбырлардың жалпы ұзындығы 600 километрден асады, бірақ олардың үштен бірі 2000 жылдарға дейін салынған және жаңа тұрғын аудандардың жүктемесіне төтеп бере алмайды. Әкімдік келесі жылы құбырларды жаңартуға 15 миллиард теңге бөлуді жоспарлап отыр. Коммуналдық қызметтер түні бойы жолдардағы лайды тазалап, сейсенбі күні таңертең барлық көшеде қозғалыс қалпына келді. Синоптиктердің айтуынша, шілде айында мұндай нөсер сирек болады.""",
     ann=[
        ('Нұр-Сұлтанда', 0, 'city', 'Astana', AS, {'note': 'headline; the capital named Nur-Sultan in 2019-2022'}),
        ('НҰР-СҰЛТАН', 0, 'city', 'Astana', AS, {'note': 'dateline'}),
        ('Сарыарқа', 0, 'district', 'Saryarka District (Astana)', AS, {'subkind': 'city district'}),
        ('Байқоңыр', 0, 'district', 'Baikonyr District (Astana)', AS, {'subkind': 'city district', 'note': 'the district of the capital, not Baikonur'}),
        ('Нұр-Сұлтан қаласының', 0, 'city', 'Astana', AS, {'note': 'inside the name of an authority'}),
        ('Сарыарқа ауданындағы', 0, 'district', 'Saryarka District (Astana)', AS, {'subkind': 'city district'}),
        ('Жеңіс даңғылы', 0, 'facility', 'Zhenis Avenue (Astana)', AS, {'subkind': 'street'}),
        ('Сейфуллин көшесінің', 0, 'facility', 'Seifullin Street (Astana)', AS, {'subkind': 'street'}),
        ('Байқоңыр ауданында', 0, 'district', 'Baikonyr District (Astana)', AS, {'subkind': 'city district'}),
        ('Nūr-Sūltan qalasynyñ', 0, 'city', 'Astana', AS, {'note': 'Kazakh Latin'}),
        ('Saryarqa', 0, 'district', 'Saryarka District (Astana)', AS, {'subkind': 'city district', 'note': 'Kazakh Latin'}),
        ('Baiqoñyr', 0, 'district', 'Baikonyr District (Astana)', AS, {'subkind': 'city district', 'note': 'Kazakh Latin'}),
        ('Esıl audanynda', 0, 'district', 'Yesil District (Astana)', AS, {'subkind': 'city district', 'note': 'NI:"the situation is stable"; Kazakh Latin'}),
        ('Қосшы қаласын', 0, 'city', 'Kosshy', AKR, {'note': 'a town since 2021'}),
        ('Ақмола облысы', 0, 'region', AKR, AKR, {'note': 'inside the name of an authority'}),
        ('Целиноград ауданының', 0, 'district', 'Tselinograd District', AKR, {'note': 'inside the name of an authority'}),
        ('Қосшыдан', 0, 'city', 'Kosshy', AKR, {'note': 'NI:road endpoint'}),
        ('Нұр-Сұлтанға', 0, 'city', 'Astana', AS, {'note': 'NI:road endpoint'}),
        ('Ақмола облысының', 0, 'region', AKR, AKR, {'note': 'NI:forecast'}),
        ('Қарағанды облысында', 0, 'region', KR, KR, {'note': 'NI:forecast'}),
        ('Алматы ауданындағы', 0, 'district', 'Almaty District (Astana)', AS, {'subkind': 'city district', 'note': 'NI:complaints; the district of the capital'}),
     ],
     inc={AS: (1, 'rain flood of streets and cellars in Saryarka and Baikonyr districts (one natural disaster)'),
          AKR: (1, 'rain flood of 12 streets and about 30 yards in Kosshy')}),

dict(id='p021', date='2019-10-08', lang='kk',
     event='2019 gas explosion in a flat in Samal-2, Al-Farabi district of Shymkent (a city of republican significance); the injured couple from Lenger (Turkistan Region)',
     text="""Шымкентте газ жарылысынан екі адам жарақат алды
ШЫМКЕНТ, 8 қазан. ҚазТАГ – Шымкенттің Әл-Фараби ауданындағы Самал-2 шағын ауданында бес қабатты үйдің пәтерінде газ жарылып, екі адам жарақат алды. Бұл туралы қалалық төтенше жағдайлар департаменті хабарлады.
Жарылыс салдарынан пәтердің терезелері мен ішкі қабырғасы қирады, көрші пәтерлердегі 20 тұрғын уақытша мектепке көшірілді. Жарақат алғандар – Ленгер қаласынан қонаққа келген ерлі-зайыптылар – қалалық ауруханаға жеткізілді, олардың жағдайы орташа.
Алдын ала мәлімет бойынша, газ плитасының шлангісі ескірген. Шымкент қаласының әкімі газ компаниясына Әл-Фараби, Абай және Еңбекші аудандарындағы ескі үйлердің газ құбырларын тексеруді тапсырды. Шымкент былтыр маусымда республикалық маңызы бар қала мәртебесін алды, бірақ қаланың газ желілері әлі де Түркістан облысымен ортақ компанияның қарамағында. Төтенше жағдайлар департаменті тұрғындарға газ иісі сезілсе, 104 нөміріне дереу хабарласуды ескертті.""",
     ann=[
        ('Шымкентте', 0, 'city', 'Shymkent', SH, {'note': 'headline'}),
        ('ШЫМКЕНТ', 0, 'city', 'Shymkent', SH, {'note': 'dateline'}),
        ('Шымкенттің', 0, 'city', 'Shymkent', SH),
        ('Әл-Фараби ауданындағы', 0, 'district', 'Al-Farabi District (Shymkent)', SH, {'subkind': 'city district'}),
        ('Самал-2 шағын ауданында', 0, 'district', 'Samal-2 (Shymkent)', SH, {'subkind': 'microdistrict'}),
        ('Ленгер қаласынан', 0, 'city', 'Lenger', TR, {'note': 'NI:origin of the injured'}),
        ('Шымкент қаласының', 0, 'city', 'Shymkent', SH, {'note': "inside an official's title"}),
        ('Әл-Фараби', 1, 'district', 'Al-Farabi District (Shymkent)', SH, {'subkind': 'city district', 'note': 'NI:gas checks ordered'}),
        ('Абай', 0, 'district', 'Abai District (Shymkent)', SH, {'subkind': 'city district', 'note': 'NI:gas checks ordered'}),
        ('Еңбекші', 0, 'district', 'Yenbekshi District (Shymkent)', SH, {'subkind': 'city district', 'note': 'NI:gas checks ordered'}),
        ('Шымкент', 1, 'city', 'Shymkent', SH),
        ('Түркістан облысымен', 0, 'region', TR, TR, {'note': 'NI:shared gas company'}),
     ],
     inc={SH: (1, 'gas explosion in a flat in Samal-2, Al-Farabi district')}),

dict(id='p022', date='1997-12-10', lang='kk',
     event='1997 Akmola officially becomes the capital of Kazakhstan; the Soviet name Tselinograd; land for housing in Kosshy and Malinovka (Akmola Region) (no incident)',
     text="""Ақмола – Қазақстанның жаңа астанасы
АҚМОЛА, 10 желтоқсан. ҚазАқпарат – Бүгін Ақмола ресми түрде Қазақстан Республикасының астанасы болды. Президент Жарлығына сәйкес мемлекеттік органдар Алматыдан жаңа астанаға көшуді жалғастыруда.
Есіл өзенінің жағасында орналасқан қала кеңес заманында Целиноград деп аталған, 1992 жылы оған Ақмола атауы қайтарылды. Қазір мұнда 280 мыңға жуық адам тұрады. Парламент пен үкімет ғимараттары Республика даңғылы бойында орналасады, ал Есілдің сол жағалауында жаңа әкімшілік орталық салу жоспарланып отыр.
Ақмола облысының әкімдігі қала маңындағы Қосшы және Малиновка ауылдарында жаңа тұрғын үй салуға жер бөлді. Алматы Қазақстанның ең ірі қаржы және мәдени орталығы болып қала береді, деді ресми өкілдер. Жаңа астанада 1998 жылдың маусымында халықаралық салтанатты шара өтеді деп күтілуде. Шетелдік елшіліктер де бірте-бірте Алматыдан көшетін болады.""",
     ann=[
        ('Ақмола', 0, 'city', 'Astana', AS, {'note': 'headline; the capital, not Akmola Region'}),
        ('Қазақстанның', 0, 'country', 'Kazakhstan', N),
        ('АҚМОЛА', 0, 'city', 'Astana', AS, {'note': 'dateline'}),
        ('Ақмола', 1, 'city', 'Astana', AS),
        ('Қазақстан', 0, 'country', 'Kazakhstan', N),
        ('Алматыдан', 0, 'city', 'Almaty', AL, {'note': 'NI:origin of the state bodies'}),
        ('Есіл өзенінің', 0, 'facility', 'Ishim river', N, {'subkind': 'river'}),
        ('Целиноград', 0, 'city', 'Astana', AS, {'note': 'Soviet name of the city'}),
        ('Ақмола', 2, 'city', 'Astana', AS, {'note': 'the name restored in 1992'}),
        ('Республика даңғылы', 0, 'facility', 'Respublika Avenue (Astana)', AS, {'subkind': 'street'}),
        ('Есілдің', 0, 'facility', 'Ishim river', N, {'subkind': 'river'}),
        ('Ақмола облысының', 0, 'region', AKR, AKR, {'note': 'inside the name of an authority'}),
        ('Қосшы', 0, 'village', 'Kosshy', AKR),
        ('Малиновка', 0, 'village', 'Akmol', AKR, {'note': 'renamed Akmol in 2007'}),
        ('Алматы', 0, 'city', 'Almaty', AL),
        ('Қазақстанның', 1, 'country', 'Kazakhstan', N),
        ('Алматыдан', 1, 'city', 'Almaty', AL, {'note': 'NI:origin of the embassies'}),
     ],
     inc={}),

dict(id='p023', date='2015-06-09', lang='kk',
     event='2015 downpour floods yards and cellars in Kalkaman and Shugyla, Nauryzbai district of Almaty (villages of Karasai district until 2014), and the Kaskelen river floods 25 yards in Kaskelen (Almaty Region); Taldykorgan in Almaty Region',
     text="""Алматының Наурызбай ауданын және Қаскелеңді нөсер су басты
АЛМАТЫ, 9 маусым. Tengrinews – Жексенбі күні түстен кейін басталған нөсер жаңбыр Алматының Наурызбай ауданындағы Қалқаман және Шұғыла шағын аудандарында ондаған үйдің ауласы мен жертөлесін су басуына әкелді. Бұл туралы қаланың төтенше жағдайлар департаменті хабарлады.
Таудан аққан су Қарғалы өзенінің арнасынан асып, Қалқамандағы Абай даңғылының жалғасы болып табылатын көшеге шықты. Құтқарушылар 43 үйден су сорып шығарды, 60-қа жуық тұрғын туыстарына көшті. Зардап шеккендер жоқ.
Бұл шағын аудандар былтыр Алматы облысының Қарасай ауданынан қалаға берілген еді. Тұрғындар бұрынғы ауылдардағы арықтар жүйесі қала құрамына енгеннен кейін ешкімнің қарамағында болмай қалғанын айтып, әкімдікке шағымданды. Қала әкімі Наурызбай ауданына жаңбыр суын ағызатын канал салу үшін қосымша 900 миллион теңге бөлуді тапсырды.
Нөсер көрші Қаскелең қаласын да шарпыды. Қарасай ауданының әкімдігі мәліметінше, Қаскелең өзені жағасынан асып, қаладағы 25 үйдің ауласын су басты. Төтенше жағдайлар қызметкерлері Алматыдан және Талғардан келген құтқарушылармен бірге өзен жағасына құм салынған қаптар төсеп шықты.
Синоптиктер Іле Алатауының бөктерінде сел қаупі сақталатынын ескертіп, тұрғындарды Медеу және Бостандық аудандарындағы тау шатқалдарына бармауға шақырды. Жаңбырдан Алматы мен Талдықорған арасындағы тас жолда да қозғалыс бір сағатқа баяулады, бірақ жол апаттары тіркелген жоқ.
Қала әкімдігі жаңбыр суын ағызатын жүйені салу үшін арнайы жоба дайындалатынын хабарлады. Мамандардың айтуынша, бұрынғы ауылдарда көшелердің көбі асфальтталмаған, ал арықтар қоқысқа толып қалған. Сондықтан әр нөсерден кейін су тұрғын үйлерге кіреді. Әкімдік тұрғындарды арықтарды тазалауға шақырып, алдағы сенбіде жаппай сенбілік өткізетінін мәлімдеді. Синоптиктер аптаның соңына дейін қалада жаңбыр жауатынын, ал таулы аймақтарда күн суытатынын болжады. Қаладағы өзендердің деңгейін бақылау күшейтілді.""",
     ann=[
        ('Алматының', 0, 'city', 'Almaty', AL, {'note': 'headline'}),
        ('Наурызбай ауданын', 0, 'district', 'Nauryzbai District (Almaty)', AL, {'subkind': 'city district', 'note': 'headline'}),
        ('Қаскелеңді', 0, 'city', 'Kaskelen', ALR, {'note': 'headline'}),
        ('АЛМАТЫ', 0, 'city', 'Almaty', AL, {'note': 'dateline'}),
        ('Алматының', 1, 'city', 'Almaty', AL),
        ('Наурызбай ауданындағы', 0, 'district', 'Nauryzbai District (Almaty)', AL, {'subkind': 'city district'}),
        ('Қалқаман', 0, 'district', 'Kalkaman (Almaty)', AL, {'subkind': 'microdistrict', 'note': 'part of Almaty since 2014'}),
        ('Шұғыла', 0, 'district', 'Shugyla (Almaty)', AL, {'subkind': 'microdistrict', 'note': 'part of Almaty since 2014'}),
        ('Қарғалы өзенінің', 0, 'facility', 'Kargaly river', N, {'subkind': 'river'}),
        ('Қалқамандағы', 0, 'district', 'Kalkaman (Almaty)', AL, {'subkind': 'microdistrict'}),
        ('Абай даңғылының', 0, 'facility', 'Abai Avenue (Almaty)', AL, {'subkind': 'street'}),
        ('Алматы облысының', 0, 'region', ALR, ALR, {'note': 'NI:former unit of the microdistricts'}),
        ('Қарасай ауданынан', 0, 'district', 'Karasai District', ALR, {'note': 'NI:former district of the microdistricts'}),
        ('Наурызбай ауданына', 0, 'district', 'Nauryzbai District (Almaty)', AL, {'subkind': 'city district', 'note': 'NI:planned canal'}),
        ('Қаскелең қаласын', 0, 'city', 'Kaskelen', ALR),
        ('Қарасай ауданының', 0, 'district', 'Karasai District', ALR, {'note': 'inside the name of an authority'}),
        ('Қаскелең өзені', 0, 'facility', 'Kaskelen river', N, {'subkind': 'river', 'note': 'the river, not the town'}),
        ('Алматыдан', 0, 'city', 'Almaty', AL, {'note': 'NI:origin of rescuers'}),
        ('Талғардан', 0, 'city', 'Talgar', ALR, {'note': 'NI:origin of rescuers'}),
        ('Іле Алатауының', 0, 'facility', 'Ile Alatau', N, {'subkind': 'mountain range', 'note': 'NI:mudflow warning'}),
        ('Медеу', 0, 'district', 'Medeu District (Almaty)', AL, {'subkind': 'city district', 'note': 'NI:warning'}),
        ('Бостандық', 0, 'district', 'Bostandyk District (Almaty)', AL, {'subkind': 'city district', 'note': 'NI:warning'}),
        ('Алматы', 1, 'city', 'Almaty', AL, {'note': 'NI:road endpoint'}),
        ('Талдықорған', 0, 'city', 'Taldykorgan', ALR, {'note': 'NI:road endpoint; Almaty Region in 2015'}),
     ],
     inc={AL: (1, 'rain flood in Kalkaman and Shugyla, Nauryzbai district'),
          ALR: (1, 'Kaskelen river flood of 25 yards in Kaskelen')}),

dict(id='p024', date='2026-01-20', lang='kk',
     event='2026 three new schools open in Nura district of Astana; school shortage in Baikonyr and Almaty districts and in Kosshy (Akmola Region) (no incident)',
     text="""Астананың Нұра ауданында үш жаңа мектеп ашылды
АСТАНА, 20 қаңтар. Kazinform – Елорданың Нұра ауданында қаңтардың үшінші аптасында үш жаңа мектеп ашылып, 7 500 оқушы қабылдады. Нұра ауданы 2022 жылы Есіл ауданының бір бөлігінен құрылған, мұнда соңғы бес жылда 200 мыңнан астам адам қоныстанған.
Қала әкімдігінің мәліметінше, Байқоңыр және Алматы аудандарында да мектептер жетіспейді: кей мектептер үш ауысыммен оқытады. Биыл астанада тағы 14 мектеп салынбақ.
Мектеп тапшылығы елордамен іргелес Қосшы қаласында да өткір. Ақмола облысының әкімдігі Қосшыдағы балалардың бір бөлігі Астанадағы мектептерге қатынайтынын айтты. Облыс әкімдігі Целиноград ауданында екі жаңа мектеп салуды жоспарлап отыр, біреуі Қосшыда, екіншісі Ақмол ауылында салынады. Қала әкімдігі мектептерді салу үшін жеке инвесторларды тартуды жоспарлап отыр. Жаңа мектептердің әрқайсысында жүзу бассейні мен спорт залы бар.""",
     ann=[
        ('Астананың', 0, 'city', 'Astana', AS, {'note': 'headline'}),
        ('Нұра ауданында', 0, 'district', 'Nura District (Astana)', AS, {'subkind': 'city district', 'note': 'headline'}),
        ('АСТАНА', 0, 'city', 'Astana', AS, {'note': 'dateline'}),
        ('Нұра ауданында', 1, 'district', 'Nura District (Astana)', AS, {'subkind': 'city district'}),
        ('Нұра ауданы', 0, 'district', 'Nura District (Astana)', AS, {'subkind': 'city district'}),
        ('Есіл ауданының', 0, 'district', 'Yesil District (Astana)', AS, {'subkind': 'city district'}),
        ('Байқоңыр', 0, 'district', 'Baikonyr District (Astana)', AS, {'subkind': 'city district'}),
        ('Алматы', 0, 'district', 'Almaty District (Astana)', AS, {'subkind': 'city district', 'note': 'a district of the capital in a list of its districts'}),
        ('Қосшы қаласында', 0, 'city', 'Kosshy', AKR),
        ('Ақмола облысының', 0, 'region', AKR, AKR, {'note': 'inside the name of an authority'}),
        ('Қосшыдағы', 0, 'city', 'Kosshy', AKR),
        ('Астанадағы', 0, 'city', 'Astana', AS, {'note': 'NI:place of schooling'}),
        ('Целиноград ауданында', 0, 'district', 'Tselinograd District', AKR),
        ('Қосшыда', 0, 'city', 'Kosshy', AKR),
        ('Ақмол ауылында', 0, 'village', 'Akmol', AKR, {'note': 'the district seat, not Akmola'}),
     ],
     inc={}),
]
