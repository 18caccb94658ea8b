"""Kazakh texts of the sixty-third unseen check corpus, written in the Kazakh Latin alphabet
(acute letters á, ǵ, ń, ó, ú, ý, dotless ı for и/й, ş for ш, ç for ч, q for қ); p024 quotes
one sentence in Cyrillic."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p017', date='2019-04-05', lang='kk',
     event='2019 night blizzard in Nur-Sultan: bus-car collision on Kabanbay Batyr Avenue, five hurt (about 40 minor accidents in a day not counted); Nur-Sultan-Karaganda road closed; snow collapses a farm roof in Tselinograd district (Akmola Region); forecast for Karaganda Region',
     text="""Nur-Sultanda qar borany: Qabanbaı batyr dańǵylynda avtobýs pen kólik soqtyǵysty
NUR-SULTAN, 5 sáýir. Kazinform – Elordada túni boıy soqqan qar boranynan keıin qala kóşelerinde bir táýlikte 40-qa jýyq jol-kólik oqıǵasy tirkeldi, dep habarlady Nur-Sultan qalasynyń polısıa departamenti. Eń aýyry Qabanbaı batyr dańǵylynda boldy: qalalyq avtobýs pen jeńil kólik soqtyǵysyp, bes adam jaraqat aldy. Olardyń ekeýiniń jaǵdaıy aýyr.
Nur-Sultan – Qaraǵandy tas jolynyń 120 şaqyrymy eki saǵatqa jabyldy. Aqmola oblysynyń Tselınograd aýdanynda qar salmaǵynan mal fermasynyń şatyry opyrylyp tústi, adam zardap şekken joq, biraq 15 bas iri qara óldi.
Sınoptıkterdiń aıtýynşa, boran keşke qaraı Qaraǵandy oblysyna aýysady. Qala ákimdigi turǵyndardy qajetsiz kólikpen júrmeýge şaqyrdy.""",
     ann=[
        ('Nur-Sultanda', 0, 'city', 'Astana', 'Astana', {'note': 'headline; the capital was named Nur-Sultan 2019-2022'}),
        ('Qabanbaı batyr dańǵylynda', 0, 'facility', 'Kabanbay Batyr Avenue (Astana)', 'Astana', {'subkind': 'street', 'note': 'headline; avenue named after a person'}),
        ('NUR-SULTAN', 0, 'city', 'Astana', 'Astana', {'note': 'dateline'}),
        ('Nur-Sultan qalasynyń', 0, 'city', 'Astana', 'Astana', {'note': 'inside the name of an authority'}),
        ('Qabanbaı batyr dańǵylynda', 1, 'facility', 'Kabanbay Batyr Avenue (Astana)', 'Astana', {'subkind': 'street'}),
        ('Nur-Sultan', 1, 'city', 'Astana', 'Astana', {'note': 'NI:road endpoint'}),
        ('Qaraǵandy', 0, 'city', 'Karaganda', KR, {'note': 'NI:road endpoint'}),
        ('Aqmola oblysynyń', 0, 'region', AKR, AKR),
        ('Tselınograd aýdanynda', 0, 'district', 'Tselinograd District', AKR, {'note': 'the district of Akmola Region, not the Soviet name of the capital'}),
        ('Qaraǵandy oblysyna', 0, 'region', KR, KR, {'note': 'NI:forecast'}),
     ],
     inc={'Astana': (1, 'bus-car collision on Kabanbay Batyr Avenue, five hurt; the count of 40 minor accidents is a statistic and not counted'),
          AKR: (1, 'snow collapsed a farm roof in Tselinograd district, 15 cattle dead (storm damage)')}),

dict(id='p018', date='2025-08-14', lang='kk',
     event='2025 weekly digest of Turkistan Region: new akim of Saryagash district (formerly in Kentau; not counted); cotton warehouse fire in Myrzakent (Maktaaral district); traders protest against closure of the «Jibek joly» market in Turkistan; teenager drowns in the Arys river in Ordabasy district; heat in Shymkent and several districts and water shortage in Arys and Sozak district (not counted); new hospital opens in Kentau',
     text="""Túrkistan oblysy: aptanyń basty oqıǵalary
TÚRKISTAN, 14 tamyz. – Oblystaǵy bir aptanyń eń mańyzdy jańalyqtaryna şolý jasaımyz.

Taǵaıyndaý. Saryaǵaş aýdanynyń ákimi bolyp Nurlan Áliev taǵaıyndaldy. Ol buǵan deıin Kentaý qalasy ákiminiń orynbasary bolyp qyzmet atqarǵan. Aýdan turǵyndary jańa ákimnen eń aldymen aýyz sý máselesin şeşýdi kútip otyr.

Órt. Seısenbi túni Maqtaaral aýdanynyń ortalyǵy Myrzakent kentinde maqta qoımasy órtendi. Oblystyq tótenşe jaǵdaılar departamentiniń málimetinşe, 300 tonnaǵa jýyq maqta janyp ketti, órtti sóndirýge 70 adam men 18 birlik tehnıka jumyldyryldy. Zardap şekkender joq. Órttiń sebebi anyqtalyp jatyr.

Narazylyq. Túrkistan qalasyndaǵy «Jibek joly» bazarynyń 200-ge jýyq saýdageri sársenbi kúni qalalyq ákimdik aldyna jınalyp, bazardy jabý týraly şeşimge narazylyq bildirdi. Qala ákimi saýdagerlermen kezdesip, bazar jyl sońyna deıin jumys isteıtinin aıtty.

Sýǵa batý. Ordabasy aýdanynda Arys ózenine túsken 14 jasar jasóspirim sýǵa batyp ketti. Qutqarýşylar onyń denesin eki saǵattan keıin taýyp aldy. Tótenşe jaǵdaılar departamenti ata-analardy balalardy qaraýsyz qaldyrmaýǵa şaqyrdy.

Ystyq. Şymkent qalasynda jáne oblystyń birneşe aýdanynda aýa temperatýrasy 44 gradýsqa jetti. Sınoptıkter aptap ystyq demalys kúnderine deıin saqtalatynyn eskertti. Arys qalasynda jáne Sozaq aýdanynda sý tapşylyǵy baıqalyp otyr.

Jańa nysan. Kentaý qalasynda 150 tósekke arnalǵan jańa aýrýhana aşyldy. Ony salýǵa respýblıkalyq jáne oblystyq bıýdjetten 9 mıllıard teńge bólingen.

Aýa raıy. Sınoptıkter kelesi aptada Túrkistan oblysynyń taýly aýdandarynda naızaǵaı men bursaq bolatynyn boljap otyr. Tólebı jáne Qazyǵurt aýdandarynyń dıqandaryna egindi qorǵaý úşin aldyn ala şara qoldaný usynyldy.

Týrızm. Saryaǵaş qalasyndaǵy şıpajaılarda demalýşylar sany ótken jylmen salystyrǵanda 15 paıyzǵa artqan, dep habarlady oblystyq týrızm basqarmasy. Basqarma demalys maýsymy qyrkúıektiń sońyna deıin sozylady dep kútip otyr.""",
     ann=[
        ('Túrkistan oblysy', 0, 'region', TR, TR, {'note': 'headline'}),
        ('TÚRKISTAN', 0, 'city', 'Turkistan', TR, {'note': 'dateline'}),
        ('Saryaǵaş aýdanynyń', 0, 'district', 'Saryagash District', TR, {'note': 'NI:appointment'}),
        ('Kentaý qalasy', 0, 'city', 'Kentau', TR, {'note': "NI:the new akim's former post"}),
        ('Maqtaaral aýdanynyń', 0, 'district', 'Maktaaral District', TR),
        ('Myrzakent kentinde', 0, 'village', 'Myrzakent', TR, {'note': 'settlement (kent), district centre'}),
        ('Túrkistan qalasyndaǵy', 0, 'city', 'Turkistan', TR),
        ('Jibek joly', 0, 'facility', '«Jibek joly» market (Turkistan)', TR, {'subkind': 'market', 'note': 'name in quotes; not the village of Zhibek Zholy'}),
        ('Ordabasy aýdanynda', 0, 'district', 'Ordabasy District', TR),
        ('Arys ózenine', 0, 'facility', 'Arys River', N, {'subkind': 'river', 'note': 'not the town of Arys'}),
        ('Şymkent qalasynda', 0, 'city', 'Shymkent', 'Shymkent', {'note': 'NI:heat'}),
        ('birneşe aýdanynda', 0, 'quantified', 'several districts', N, {'count': None, 'unit': 'district', 'note': 'heat; not an incident'}),
        ('Arys qalasynda', 0, 'city', 'Arys', TR, {'note': 'NI:water shortage'}),
        ('Sozaq aýdanynda', 0, 'district', 'Sozak District', TR, {'note': 'NI:water shortage'}),
        ('Kentaý qalasynda', 0, 'city', 'Kentau', TR, {'note': 'NI:hospital opening'}),
        ('Túrkistan oblysynyń', 0, 'region', TR, TR, {'note': 'NI:forecast'}),
        ('Tólebı', 0, 'district', 'Tolebi District', TR, {'note': 'NI:forecast; in a list sharing "aýdandarynyń"'}),
        ('Qazyǵurt', 0, 'district', 'Kazygurt District', TR, {'note': 'NI:forecast; in a list sharing "aýdandarynyń"'}),
        ('Saryaǵaş qalasyndaǵy', 0, 'city', 'Saryagash', TR, {'note': 'NI:tourism statistics; the town, not the district'}),
     ],
     inc={TR: (3, 'cotton warehouse fire in Myrzakent, Maktaaral district; traders protest outside the city akimat in Turkistan; teenager drowned in the Arys river, Ordabasy district')}),

dict(id='p019', date='2020-05-22', lang='kk',
     event='2020 collision of a car and a lorry on the Aktau-Zhanaozen road in Karakiyan district near Zhetybai, three dead (Mangystau Region); injured taken to Zhanaozen; victims from Beineu district',
     text="""Aqtaý – Jańaózen tas jolynda jol apaty: úş adam qaza tapty
AQTAÝ, 22 mamyr. – Mańǵystaý oblysynda Aqtaý – Jańaózen tas jolynda jeńil kólik pen júk kóligi soqtyǵysty. Apat Qaraqııa aýdanynyń aýmaǵynda, Jetibaı aýylyna jaqyn jerde bolǵan. Jeńil kóliktegi úş adam oqıǵa ornynda qaza tapty, taǵy ekeýi Jańaózen qalalyq aýrýhanasyna jetkizildi, dep habarlady oblystyq polısıa departamenti.
Alǵaşqy málimetter boıynşa, jeńil kóliktiń júrgizýşisi basyp ozý kezinde qarsy jolaqqa şyǵyp ketken. Qaza tapqandar Beıneý aýdanynyń turǵyndary ekeni anyqtaldy. Júk kóliginiń júrgizýşisi jaraqat almady.
Polısıa Mańǵystaý oblysynyń joldarynda jyldamdyq baqylaýyn kúşeıtetinin aıtty. Apat ornynda jol eki saǵat boıy jabyq turdy, kólikter Munaıly aýdany arqyly aınalyp ótti.""",
     ann=[
        ('Aqtaý', 0, 'city', 'Aktau', MR, {'note': 'NI:headline; road endpoint'}),
        ('Jańaózen', 0, 'city', 'Zhanaozen', MR, {'note': 'NI:headline; road endpoint'}),
        ('AQTAÝ', 0, 'city', 'Aktau', MR, {'note': 'dateline'}),
        ('Mańǵystaý oblysynda', 0, 'region', MR, MR),
        ('Aqtaý', 1, 'city', 'Aktau', MR, {'note': 'NI:road endpoint'}),
        ('Jańaózen', 1, 'city', 'Zhanaozen', MR, {'note': 'NI:road endpoint'}),
        ('Qaraqııa aýdanynyń', 0, 'district', 'Karakiyan District', MR),
        ('Jetibaı aýylyna', 0, 'village', 'Zhetybai', MR, {'note': 'NI:reference point ("jaqyn jerde")'}),
        ('Jańaózen', 2, 'city', 'Zhanaozen', MR, {'note': 'NI:hospital ("qalalyq aýrýhanasy")'}),
        ('Beıneý aýdanynyń', 0, 'district', 'Beineu District', MR, {'note': "NI:victims' residence"}),
        ('Mańǵystaý oblysynyń', 0, 'region', MR, MR, {'note': 'NI:speed controls'}),
        ('Munaıly aýdany', 0, 'district', 'Munaily District', MR, {'note': 'NI:detour'}),
     ],
     inc={MR: (1, 'car-lorry collision on the Aktau-Zhanaozen road in Karakiyan district, three dead')}),

dict(id='p020', date='2021-10-10', lang='kk',
     event='2021 fire in the cold store of a meat plant in Semey, 20 evacuated, two poisoned by smoke (East Kazakhstan Region before the 2022 split); reinforcements from Oskemen; workers from Abai district (East Kazakhstan, not Abai Region); exports to Russia and China',
     text="""Semeıdegi et kombınatynda órt: 20 adam evakýatsıalandy
SEMEI, 10 qazan. – Semeı qalasyndaǵy et kombınatynyń tońazytqyş sehynda senbi túni órt şyqty. Ǵımarattan 20 jumysşy evakýatsıalandy, eki adam tútinnen ýlanyp, aýrýhanaǵa jetkizildi, dep habarlady Şyǵys Qazaqstan oblysynyń tótenşe jaǵdaılar departamenti. Órtti sóndirýge Óskemennen qosymşa kúş jiberildi.
Kásiporyn basşylyǵynyń aıtýynşa, kombınatta Abaı aýdanynan kelgen 150-ge jýyq adam jumys isteıdi. Órttiń sebebi anyqtalyp jatyr. Kombınat ónimin Reseıge jáne Qytaıǵa eksporttaıdy, órt saldarynan jóneltilim bir aptaǵa keşeýildeıtin boldy. Kásiporyn ókili kombınattyń jumysy tolyq toqtatylmaıtynyn, órt şyqqan seh jóndelgenşe ónim basqa qoımalarda saqtalatynyn aıtty. Órt qaýipsizdigi erejeleriniń saqtalýyn oblystyq prokýratýra tekseredi.""",
     ann=[
        ('Semeıdegi', 0, 'city', 'Semey', EKR, {'note': 'headline; East Kazakhstan Region before 2022-06-08'}),
        ('SEMEI', 0, 'city', 'Semey', EKR, {'note': 'dateline'}),
        ('Semeı qalasyndaǵy', 0, 'city', 'Semey', EKR),
        ('Şyǵys Qazaqstan oblysynyń', 0, 'region', EKR, EKR, {'note': 'inside the name of an authority'}),
        ('Óskemennen', 0, 'city', 'Oskemen', EKR, {'note': 'NI:origin of reinforcements'}),
        ('Abaı aýdanynan', 0, 'district', 'Abai District (East Kazakhstan)', EKR, {'note': "NI:workers' origin; the district of East Kazakhstan Region (centre Karaul) before 2022, not Abai Region"}),
        ('Reseıge', 0, 'foreign', 'Russia', N, {'note': 'NI:export destination'}),
        ('Qytaıǵa', 0, 'foreign', 'China', N, {'note': 'NI:export destination'}),
     ],
     inc={EKR: (1, 'fire in the cold store of a meat plant in Semey, two poisoned by smoke')}),

dict(id='p021', date='2023-02-15', lang='kk',
     event='2023 day digest of Aktobe Region: gas explosion in a house in Kandyagash (two burnt, Mugalzhar district hospital); oil-service workers protest over unpaid wages in Zhem, some from Atyrau Region; minivan-lorry collision on the Aktobe-Karabutak road 15 km from Karabutak; blizzard closes roads in Irgiz and Shalkar districts (not counted); new akim of Aktobe, formerly in Kostanay Region',
     text="""Aqtóbe oblysy: gaz jarylysy, jalaqy úşin narazylyq jáne boran
AQTÓBE, 15 aqpan. – Oblys boıynşa sońǵy táýliktegi negizgi oqıǵalar.

Qandyaǵaş qalasynda dúısenbi keşke jeke turǵyn úıde gaz jarylyp, úıdiń tóbesi qulady. Úı ıesi men onyń ulyn kórşileri úıindiden şyǵaryp aldy, ekeýi de kúıik alyp, Mugaljar aýdandyq aýrýhanasyna jetkizildi. Gaz qyzmetiniń málimetinşe, jarylysqa gaz ballonynyń aqaýy sebep bolǵan.

Jem qalasynda munaı servıs kompanıasynyń 60-qa jýyq jumysşysy úş aı boıy tólenbegen jalaqyny talap etip, keńse aldyna jınaldy. Kompanıa ókili qaryz aı sońyna deıin óteletinin aıtty. Jumysşylardyń bir bóligi Atyraý oblysynan kelgen.

Aqtóbe – Qarabutaq tas jolynda, Qarabutaq aýylynan 15 şaqyrym jerde júk kóligi men mınıvén soqtyǵysty. Mınıvénde bolǵan bes adam jaraqat aldy, olar Aqtóbe qalasyndaǵy aýrýhanaǵa tikuşaqpen jetkizildi.

Boran. Yrǵyz jáne Şalqar aýdandarynda keşeden beri boran soǵyp tur. Eki aýdanda da respýblıkalyq mańyzy bar joldar jabyldy, júrgizýşilerge jolǵa şyqpaý usynyldy. Qutqarýşylar jolda qalyp qoıǵan 12 kólikti Şalqar qalasyna deıin alyp şyqty.

Taǵaıyndaý. Aqtóbe qalasynyń jańa ákimi bolyp buryn Qostanaı oblysy ákiminiń orynbasary qyzmetin atqarǵan Erlan Sadyqov taǵaıyndaldy. Ol qala turǵyndarymen alǵaşqy kezdesýdi kelesi aptada ótkizedi.

Aýa raıy. Qazgıdromet boljamy boıynşa, erteń oblysta aıaz kúşeıip, túnde 32 gradýsqa deıin jetedi. Aqtóbe qalasynda birinşi men toǵyzynşy synyp aralyǵyndaǵy oqýşylar úıden oqıdy. Martók jáne Qobda aýdandarynda jol qyzmetteri qar kúreýge qosymşa tehnıka şyǵardy, sebebi bul joldar arqyly Oral men Qostanaıǵa baratyn kólikter júredi. Oblys ákimdigi aıaz ben boran kezinde barlyq aýdandarda jedel ştabtar táýlik boıy jumys isteıtinin habarlady. Ştabtardyń telefon nómirleri ákimdiktiń resmı saıtynda jarııalandy. Qutqarýşylar júrgizýşilerdi jolǵa şyqpas buryn aýa raıyn tekserýge şaqyrady.""",
     ann=[
        ('Aqtóbe oblysy', 0, 'region', AR, AR, {'note': 'headline'}),
        ('AQTÓBE', 0, 'city', 'Aktobe', AR, {'note': 'dateline'}),
        ('Qandyaǵaş qalasynda', 0, 'city', 'Kandyagash', AR),
        ('Mugaljar', 0, 'district', 'Mugalzhar District', AR, {'note': 'NI:district hospital ("aýdandyq aýrýhana")'}),
        ('Jem qalasynda', 0, 'city', 'Zhem', AR),
        ('Atyraý oblysynan', 0, 'region', ATR, ATR, {'note': "NI:workers' origin"}),
        ('Aqtóbe', 1, 'city', 'Aktobe', AR, {'note': 'NI:road endpoint'}),
        ('Qarabutaq', 0, 'village', 'Karabutak', AR, {'note': 'NI:road endpoint'}),
        ('Qarabutaq aýylynan', 0, 'village', 'Karabutak', AR, {'note': 'NI:reference point ("15 şaqyrym jerde")'}),
        ('Aqtóbe qalasyndaǵy', 0, 'city', 'Aktobe', AR, {'note': 'NI:hospital'}),
        ('Yrǵyz', 0, 'district', 'Irgiz District', AR, {'note': 'NI:blizzard without damage; in a list sharing "aýdandarynda"'}),
        ('Şalqar', 0, 'district', 'Shalkar District', AR, {'note': 'NI:blizzard without damage; in a list sharing "aýdandarynda"'}),
        ('Eki aýdanda', 0, 'quantified', '2 districts', N, {'count': 2, 'unit': 'district', 'note': 'roads closed; both named; not an incident'}),
        ('Şalqar qalasyna', 0, 'city', 'Shalkar', AR, {'note': 'NI:rescued drivers taken there'}),
        ('Aqtóbe qalasynyń', 0, 'city', 'Aktobe', AR, {'note': 'NI:appointment'}),
        ('Qostanaı oblysy', 0, 'region', KOR, KOR, {'note': "NI:the new akim's former post"}),
        ('Aqtóbe qalasynda', 0, 'city', 'Aktobe', AR, {'note': 'NI:schools switch to home learning'}),
        ('Martók', 0, 'district', 'Martuk District', AR, {'note': 'NI:snow clearing; in a list sharing "aýdandarynda"'}),
        ('Qobda', 0, 'district', 'Khobda District', AR, {'note': 'NI:snow clearing; in a list sharing "aýdandarynda"'}),
        ('Oral', 0, 'city', 'Oral', WKR, {'note': 'NI:destination of traffic'}),
        ('Qostanaıǵa', 0, 'city', 'Kostanay', KOR, {'note': 'NI:destination of traffic'}),
        ('barlyq aýdandarda', 0, 'quantified', 'all districts', N, {'count': None, 'unit': 'district', 'quantifier': 'all', 'note': 'emergency headquarters; not an incident'}),
     ],
     inc={AR: (3, 'gas explosion in a house in Kandyagash, two burnt; wage protest of oil-service workers in Zhem; minivan-lorry collision on the Aktobe-Karabutak road, five hurt; the blizzard closed roads only and is not counted')}),

dict(id='p022', date='2018-04-12', lang='kk',
     event='2018 morning fire in the «Qainar» shopping centre on Baidibek Bi Avenue in Shymkent, 30 shops burnt (South Kazakhstan Region before the June 2018 reform); traders from Saryagash and Keles districts; goods from Tashkent and China',
     text="""Şymkenttegi saýda ortalyǵynda órt: 30 dúken janyp ketti
ŞYMKENT, 12 sáýir. – Şymkent qalasyndaǵy «Qaınar» saýda ortalyǵynda beısenbi tańerteń órt şyqty. Ońtústik Qazaqstan oblysynyń tótenşe jaǵdaılar departamentiniń habarlaýynşa, ekinşi qabattaǵy 30 dúken janyp ketti, ǵımarattan 80 adam evakýatsıalandy. Zardap şekkender joq.
Saýdagerlerdiń kóbi Saryaǵaş jáne Keles aýdandarynan keledi, al taýardyń basym bóligi Taşkentten jáne Qytaıdan ákelinedi. Órtti sóndirýge 50-den astam órt sóndirýşi men 14 birlik tehnıka jumyldyryldy.
Saýda ortalyǵy Baıdibek bı dańǵylynda ornalasqan. Qala ákimdigi saýdagerlerge ýaqytşa saýda oryndaryn beretinin aıtty. Ótken aıda qaladaǵy iri saýda ortalyqtarynda órt qaýipsizdigi tekserilgen bolatyn. Sol kezde «Qaınar» ortalyǵyna evakýatsıalyq şyǵý joldaryn retteý týraly eskertý jasalǵan.""",
     ann=[
        ('Şymkenttegi', 0, 'city', 'Shymkent', SKR, {'note': 'headline; South Kazakhstan Region before 2018-06-19'}),
        ('ŞYMKENT', 0, 'city', 'Shymkent', SKR, {'note': 'dateline'}),
        ('Şymkent qalasyndaǵy', 0, 'city', 'Shymkent', SKR),
        ('Qaınar', 0, 'facility', '«Qainar» shopping centre (Shymkent)', SKR, {'subkind': 'shopping centre', 'note': 'name in quotes'}),
        ('Ońtústik Qazaqstan oblysynyń', 0, 'region', SKR, SKR, {'note': 'inside the name of an authority'}),
        ('Saryaǵaş', 0, 'district', 'Saryagash District', SKR, {'note': "NI:traders' origin; in a list sharing \"aýdandarynan\""}),
        ('Keles', 0, 'district', 'Keles District', SKR, {'note': "NI:traders' origin; in a list sharing \"aýdandarynan\""}),
        ('Taşkentten', 0, 'foreign', 'Tashkent', N, {'note': 'NI:origin of goods'}),
        ('Qytaıdan', 0, 'foreign', 'China', N, {'note': 'NI:origin of goods'}),
        ('Qaınar', 1, 'facility', '«Qainar» shopping centre (Shymkent)', SKR, {'subkind': 'shopping centre', 'note': 'NI:earlier inspection warning'}),
        ('Baıdibek bı dańǵylynda', 0, 'facility', 'Baidibek Bi Avenue (Shymkent)', SKR, {'subkind': 'street', 'note': 'avenue named after a person'}),
     ],
     inc={SKR: (1, 'fire in the «Qainar» shopping centre in Shymkent, 30 shops burnt')}),

dict(id='p023', date='2023-09-30', lang='kk',
     event='2023 Taldykorgan city court jails a driver for five years for a fatal August 2022 crash near Karabulak in Eskeldi district (Jetisu Region); the victims, a family from Almaty, were driving to Tekeli; Jetisu regional prosecutor and court',
     text="""Taldyqorǵanda jol apatyna kináli júrgizýşi bes jylǵa sottaldy
TALDYQORǴAN, 30 qyrkúıek. – Taldyqorǵan qalalyq soty ótken jylǵy jol apatyna kináli dep tanylǵan 28 jastaǵy júrgizýşini bes jylǵa bas bostandyǵynan aıyrdy, dep habarlady Jetisý oblysynyń prokýratýrasy.
Apat 2022 jyldyń 12 tamyzynda Eskeldi aýdanynda, Qarabulaq kentiniń mańynda bolǵan. Júrgizýşi jyldamdyqty asyryp, qarsy kele jatqan jeńil kólikpen soqtyǵysqan. Sol kólikte Almatydan Tekelige bara jatqan otbasy bolǵan: eki adam qaza tapty, úş bala jaraqat aldy.
Sot sonymen qatar júrgizýşini kólik júrgizý quqyǵynan úş jylǵa aıyrdy. Úkim áli zańdy kúşine engen joq, ony Jetisý oblystyq sotyna şaǵymdanýǵa bolady.""",
     ann=[
        ('Taldyqorǵanda', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:headline; seat of the court'}),
        ('TALDYQORǴAN', 0, 'city', 'Taldykorgan', JTR, {'note': 'dateline'}),
        ('Taldyqorǵan', 0, 'city', 'Taldykorgan', JTR, {'note': 'NI:inside the name of a court'}),
        ('Jetisý oblysynyń', 0, 'region', JTR, JTR, {'note': 'NI:inside the name of an authority'}),
        ('Eskeldi aýdanynda', 0, 'district', 'Eskeldi District', JTR),
        ('Qarabulaq kentiniń', 0, 'village', 'Karabulak (Eskeldi district)', JTR, {'note': 'settlement (kent); the crash happened near it'}),
        ('Almatydan', 0, 'city', 'Almaty', 'Almaty', {'note': "NI:victims' origin"}),
        ('Tekelige', 0, 'city', 'Tekeli', JTR, {'note': "NI:victims' destination"}),
        ('Jetisý', 1, 'region', JTR, JTR, {'note': 'NI:inside the name of a court'}),
     ],
     inc={JTR: (1, 'background: fatal head-on collision near Karabulak, Eskeldi district, in August 2022, two dead (the sentence is not counted)')}),

dict(id='p024', date='2026-01-12', lang='kk',
     event='2026 heavy snow in Almaty: avalanche on the road to Shymbulak in Medeu district buries a car (two rescued), five-car collision at Abai Avenue and Baizakov Street in Almaly district; new «Qalqaman» metro station in Nauryzbay district (not counted); fatal house fire in Talgar (Almaty Region); complaints in Kaskelen and a meeting in Konaev (not counted); a Cyrillic quote',
     text="""Almatyda qalyń qar: kóşki, jol apattary jáne jańa metro stansasy
ALMATY, 12 qańtar. – Qalada jáne oblysta sońǵy táýliktegi jańalyqtar.

Almaty qalasynda eki táýlikte 40 santımetrge deıin qar jaýdy. Medeý aýdanynda, Şymbulaq taý-şańǵy kýrortyna aparatyn jolda dúısenbi kúni kóşki tústi: qar astynda qalǵan jeńil kólikten qutqarýşylar eki adamdy tiri şyǵaryp aldy. Jol eki kúnge jabyldy, kýrortqa baratyn týrıster qalaǵa qaıtaryldy.

Almaly aýdanynda Abaı dańǵyly men Baızaqov kóşesiniń qıylysynda tańerteń bes kólik soqtyǵysty. Bir adam jaraqat aldy. Qalalyq polısıa departamentiniń málimetinşe, qar jaýǵan táýlikte qalada 60-tan astam usaq jol apaty tirkelgen.

Metro. Sársenbi kúni Almaty metrosynyń jańa «Qalqaman» stansasy aşyldy. Ol Naýryzbaı aýdanyndaǵy turǵyndardy qala ortalyǵymen baılanystyrady. Stansa kúnine 20 myń jolaýşyǵa arnalǵan.

Almaty oblysy. Talǵar qalasynda jeke turǵyn úıde órt şyǵyp, 70 jastaǵy er adam qaza tapty. Órttiń sebebi – peşti durys paıdalanbaý dep boljanyp otyr. Qarasaı aýdanyndaǵy Qaskeleń qalasynda turǵyndar kóşelerdegi qardyń tazalanbaǵanyna şaǵymdanýda.

Oblys ákimdigi Qonaev qalasynda ótken keńeste barlyq aýdandarda qar tazalaý jumystaryn kúşeıtýdi tapsyrdy. Turǵyndardyń biri áleýmettik jelide kırıllısamen jazdy: «Алматыда мұндай қар он жылдан бері болған жоқ».

Aýa raıy. Qazgıdromettiń málimetinşe, qar jaýý seısenbige deıin jalǵasady. Ile Alataýy taýlarynda kóşki qaýpi saqtalady, sondyqtan Almaty oblysynyń Talǵar jáne Eńbekşiqazaq aýdandaryndaǵy taý joldaryna kirý ýaqytşa şektelgen. Almaty halyqaralyq áýejaıynda dúısenbi kúni 14 reıs keşiktirildi, biraq áýejaı jabylǵan joq. Qala ákimdigi turǵyndardy jeke kólikti az paıdalanyp, qoǵamdyq kólikke otyrýǵa şaqyrdy. Qalada 800-den astam arnaıy tehnıka qar tazalaýǵa jumyldyryldy, al Almaty qalasynyń ákimi Medeý jáne Bostandyq aýdandaryndaǵy jaǵdaıdy jeke baqylaýǵa aldy. Erteńnen bastap mektepter ádettegi rejımde jumys isteıdi.""",
     ann=[
        ('Almatyda', 0, 'city', 'Almaty', 'Almaty', {'note': 'headline'}),
        ('ALMATY', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Almaty qalasynda', 0, 'city', 'Almaty', 'Almaty'),
        ('Medeý aýdanynda', 0, 'district', 'Medeu District (Almaty)', 'Almaty', {'subkind': 'city district'}),
        ('Şymbulaq taý-şańǵy kýrortyna', 0, 'facility', 'Shymbulak ski resort', 'Almaty', {'subkind': 'ski resort', 'note': 'NI:destination of the road'}),
        ('Almaly aýdanynda', 0, 'district', 'Almaly District (Almaty)', 'Almaty', {'subkind': 'city district'}),
        ('Abaı dańǵyly', 0, 'facility', 'Abai Avenue (Almaty)', 'Almaty', {'subkind': 'street', 'note': 'avenue named after the poet; not Abai Region'}),
        ('Baızaqov kóşesiniń', 0, 'facility', 'Baizakov Street (Almaty)', 'Almaty', {'subkind': 'street', 'note': 'street named after a person'}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': 'NI:in "Almaty metrosy", the city\'s metro; opening'}),
        ('Qalqaman', 0, 'facility', '«Qalqaman» metro station (Almaty)', 'Almaty', {'subkind': 'metro station', 'note': 'NI:opening; name in quotes'}),
        ('Naýryzbaı aýdanyndaǵy', 0, 'district', 'Nauryzbay District (Almaty)', 'Almaty', {'subkind': 'city district', 'note': 'NI:residents served by the new station'}),
        ('Almaty oblysy', 0, 'region', ALR, ALR, {'note': 'section heading'}),
        ('Talǵar qalasynda', 0, 'city', 'Talgar', ALR),
        ('Qarasaı aýdanyndaǵy', 0, 'district', 'Karasay District', ALR, {'note': 'NI:complaints about snow clearing'}),
        ('Qaskeleń qalasynda', 0, 'city', 'Kaskelen', ALR, {'note': 'NI:complaints about snow clearing'}),
        ('Qonaev qalasynda', 0, 'city', 'Konaev', ALR, {'note': 'NI:meeting at the regional akimat'}),
        ('barlyq aýdandarda', 0, 'quantified', 'all districts', N, {'count': None, 'unit': 'district', 'quantifier': 'all', 'note': 'instruction to clear snow; not an incident'}),
        ('Алматыда', 0, 'city', 'Almaty', 'Almaty', {'note': "NI:Cyrillic quote from a resident's post"}),
        ('Ile Alataýy', 0, 'facility', 'Ile Alatau', N, {'subkind': 'mountain range', 'note': 'NI:avalanche danger, a warning'}),
        ('Almaty oblysynyń', 0, 'region', ALR, ALR, {'note': 'NI:mountain roads closed'}),
        ('Talǵar', 1, 'district', 'Talgar District', ALR, {'note': 'NI:roads closed; in a list sharing "aýdandaryndaǵy"; the district, not the town'}),
        ('Eńbekşiqazaq', 0, 'district', 'Enbekshikazakh District', ALR, {'note': 'NI:roads closed; in a list sharing "aýdandaryndaǵy"'}),
        ('Almaty qalasynyń', 0, 'city', 'Almaty', 'Almaty', {'note': 'NI:inside the title of an official post'}),
        ('Medeý', 1, 'district', 'Medeu District (Almaty)', 'Almaty', {'subkind': 'city district', 'note': 'NI:under supervision; in a list sharing "aýdandaryndaǵy"'}),
        ('Bostandyq', 0, 'district', 'Bostandyk District (Almaty)', 'Almaty', {'subkind': 'city district', 'note': 'NI:under supervision; in a list sharing "aýdandaryndaǵy"'}),
        ('Almaty halyqaralyq áýejaıynda', 0, 'facility', 'Almaty International Airport', 'Almaty', {'subkind': 'airport', 'note': 'NI:flights delayed'}),
     ],
     inc={'Almaty': (2, 'avalanche buried a car on the road to Shymbulak in Medeu district (two rescued); five-car collision at Abai Avenue and Baizakov Street, one hurt; the 60 minor accidents are a statistic'),
          ALR: (1, 'fatal house fire in Talgar')}),
]
