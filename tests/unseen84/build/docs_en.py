"""English texts of the eighty-fourth unseen check corpus (annotation tuples described in
tests/build_check_corpus.py, run with --max-words=420)."""
N = None
AKR, NKR, PR, KOR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Kostanay Region'
ATR, AR, WKR, MR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region', 'Mangystau Region'
ABR, ALR, JR, JTR = 'Abai Region', 'Almaty Region', 'Jambyl Region', 'Jetisu Region'
KR, KZR, UR, EKR = 'Karaganda Region', 'Kyzylorda Region', 'Ulytau Region', 'East Kazakhstan Region'
SKR, TR = 'South Kazakhstan Region', 'Turkistan Region'

DOCS = [
dict(id='p001', date='2011-07-08', lang='en',
     event='2011 Zhanaozen oil strike in its ninth week: sit-in of Ozenmunaigas strikers on the main square of Zhanaozen (Uzen field), Karazhanbas field idle since May (Tupkaragan district), hunger strike of 14 dismissed workers in the 5th microdistrict of Aktau (Mangystau Region); arrest order by the Zhanaozen city court and trial in Aktau not counted; talks in Astana; support from Russia and the United Kingdom, shares in London; companies Ozenmunaigas, Karazhanbasmunai, KazMunaiGas and the agency "Caspian News Service" not annotated',
     text="""ZHANAOZEN OIL STRIKE ENTERS THIRD MONTH, HUNGER STRIKERS HOLD OUT IN AKTAU

ZHANAOZEN, Mangystau region, July 8 (Caspian News Service) - Several thousand oil workers who walked off the job at Ozenmunaigas in May were still camped on the main square of Zhanaozen on Friday, sleeping in tents and cooking on gas stoves, as the strike at the Uzen field entered its ninth week.
The strikers want a higher regional pay coefficient and the right to choose their own union. They say the company has dismissed more than 900 of them since the walkout began. "They fire ten men a day and think we will go home. We are not going anywhere," said Kuanysh Sarsenov, a driller who has spent 40 nights on the square.

About 120 km to the north-west, on the Buzachi peninsula, workers of Karazhanbasmunai have kept the Karazhanbas field idle since May 17. The field lies in Tupkaragan district, but most of its crews live in Zhanaozen and Aktau and reach the wells by company bus on two-week shifts.
In Aktau, 14 dismissed workers entered the 23rd day of a hunger strike on Friday in a rented flat in the 5th microdistrict that serves as the strikers' headquarters. Two of them were taken to hospital on Thursday. Police have not intervened.

The dispute has already reached the courts. On Tuesday the Zhanaozen city court ordered the arrest of the union's lawyer, Saule Bekova, who is accused of inciting social discord. Her trial is expected to open in Aktau later this month, and her supporters say the case is meant to frighten the strikers back to work.
The regional governor, Abzal Temirkhanov, flew to Astana on Wednesday for talks with the energy ministry and KazMunaiGas, the state company that controls both producers. A spokesman for KazMunaiGas in Astana called the walkout "illegal" and said output at the two fields had fallen by a fifth since May.
Trade unions in Russia and the United Kingdom have sent letters of support. KazMunaiGas Exploration Production, whose shares trade in London, told investors on Thursday that the strike had cut its second-quarter output but that it did not expect to change its annual forecast.""",
     ann=[
        ('ZHANAOZEN', 0, 'city', 'Zhanaozen', MR, {'note': 'headline'}),
        ('AKTAU', 0, 'city', 'Aktau', MR, {'note': 'headline'}),
        ('ZHANAOZEN', 1, 'city', 'Zhanaozen', MR, {'note': 'dateline'}),
        ('Mangystau region', 0, 'region', MR, MR, {'note': 'dateline'}),
        ('Zhanaozen', 0, 'city', 'Zhanaozen', MR, {'note': 'sit-in of strikers on the main square'}),
        ('Uzen field', 0, 'facility', 'Uzen oil field', MR, {'subkind': 'oil field', 'note': 'the field of Ozenmunaigas; the company name is not annotated'}),
        ('Buzachi peninsula', 0, 'facility', 'Buzachi Peninsula', N, {'subkind': 'peninsula', 'note': 'natural feature in Mangystau Region'}),
        ('Karazhanbas field', 0, 'facility', 'Karazhanbas oil field', MR, {'subkind': 'oil field', 'note': 'field kept idle by strikers; the company Karazhanbasmunai is not annotated'}),
        ('Tupkaragan district', 0, 'district', 'Tupkaragan District', MR),
        ('Zhanaozen', 1, 'city', 'Zhanaozen', MR, {'note': "NI:crews' residence"}),
        ('Aktau', 0, 'city', 'Aktau', MR, {'note': "NI:crews' residence"}),
        ('Aktau', 1, 'city', 'Aktau', MR, {'note': 'hunger strike of 14 dismissed workers'}),
        ('5th microdistrict', 0, 'district', '5th microdistrict (Aktau)', MR, {'subkind': 'microdistrict', 'note': 'numbered microdistrict of Aktau'}),
        ('Zhanaozen', 2, 'city', 'Zhanaozen', MR, {'note': 'NI:inside the name of a court (Zhanaozen city court); arrest order'}),
        ('Aktau', 2, 'city', 'Aktau', MR, {'note': 'NI:place of a coming trial'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:talks at the ministry'}),
        ('Astana', 1, 'city', 'Astana', 'Astana', {'note': "NI:seat of the company's spokesman"}),
        ('Russia', 0, 'foreign', 'Russia', N, {'note': 'NI:trade unions sending support'}),
        ('United Kingdom', 0, 'foreign', 'United Kingdom', N, {'note': 'NI:trade unions sending support'}),
        ('London', 0, 'foreign', 'London', N, {'note': 'NI:stock exchange'}),
     ],
     inc={MR: (3, 'strike and sit-in of Ozenmunaigas workers on the main square of Zhanaozen (one strike, ninth week); strike keeping the Karazhanbas field idle since May 17; hunger strike of 14 dismissed workers in Aktau; the arrest order and the coming trial are court measures')}),

dict(id='p002', date='2014-02-14', lang='en',
     event='2014 rally of about 500 steelworkers at the gates of the steelworks in Temirtau after the tenge devaluation and a refusal of 180 miners to go underground at the Tentekskaya mine in Shakhtinsk (Karaganda Region); ArcelorMittal Temirtau (company) and "tenge" not annotated; company spokesman in London',
     text="""Temirtau steelworkers rally over pay after devaluation

TEMIRTAU, Feb 14 - Around 500 workers of ArcelorMittal Temirtau gathered outside the main gates of the steelworks on Friday morning, demanding a 30% pay rise after this week's devaluation of the tenge. The rally ended peacefully after two hours, when managers promised to meet a delegation of workers on Monday.
On the same morning about 180 miners at the company's Tentekskaya mine in Shakhtinsk refused to go underground at the start of their shift. "We will not dig coal for tenge that lost a fifth of its value overnight," one of them told reporters at the pithead. They returned to work in the afternoon after the mine director agreed to a meeting.
The Karaganda regional labour inspectorate said it had received 43 written complaints from the company's eight coal mines since Tuesday. A spokesman for the group in London said pay talks would be held "in good faith".
"Prices in the shops went up on Wednesday. My wage did not," said Yerlan Dosov, an electrician at the rolling mill.""",
     ann=[
        ('Temirtau', 0, 'city', 'Temirtau', KR, {'note': 'headline'}),
        ('TEMIRTAU', 0, 'city', 'Temirtau', KR, {'note': 'dateline'}),
        ('Tentekskaya mine', 0, 'facility', 'Tentekskaya mine (Shakhtinsk)', KR, {'subkind': 'mine'}),
        ('Shakhtinsk', 0, 'city', 'Shakhtinsk', KR),
        ('Karaganda', 0, 'region', KR, KR, {'note': 'inside the name of an authority (regional labour inspectorate)'}),
        ('London', 0, 'foreign', 'London', N, {'note': "NI:seat of the group's spokesman"}),
     ],
     inc={KR: (2, 'rally of about 500 steelworkers at the gates of the steelworks in Temirtau; refusal of 180 miners to go underground at the Tentekskaya mine in Shakhtinsk')}),

dict(id='p003', date='2018-03-12', lang='en',
     event='2018 strike of about 300 dump-truck drivers at the Bogatyr open-pit coal mine outside Ekibastuz (Pavlodar Region); the Vostochny pit working normally; the company Bogatyr Komir not annotated; letters to Astana; coal to power stations in Pavlodar Region and Russia\'s Urals',
     text="""Ekibastuz truck drivers park haulers in pay strike

EKIBASTUZ, March 12 - About 300 dump-truck drivers at the Bogatyr open-pit coal mine outside Ekibastuz stopped work on Monday and parked their 130-tonne haulers along the main ramp, demanding higher pay and the replacement of worn tyres that they say have caused two accidents this winter.
Bogatyr Komir, which runs the pit, said loading had been cut by half but that shipments to power stations in Pavlodar Region and in Russia's Urals would not be interrupted, because coal was being drawn from stockpiles. The neighbouring Vostochny pit was working normally.
The Pavlodar regional prosecutor's office warned the drivers that the stoppage was unlawful because the dispute had not gone through a conciliation commission. "We have written to Astana three times and nobody answered. What else can we do?" said Asylbek Omarov, who has driven haulers at the pit for 17 years.
Company managers and a delegation of drivers were due to meet on Tuesday.""",
     ann=[
        ('Ekibastuz', 0, 'city', 'Ekibastuz', PR, {'note': 'headline'}),
        ('EKIBASTUZ', 0, 'city', 'Ekibastuz', PR, {'note': 'dateline'}),
        ('Bogatyr open-pit coal mine', 0, 'facility', 'Bogatyr open pit (Ekibastuz)', PR, {'subkind': 'mine', 'note': 'the company Bogatyr Komir is not annotated'}),
        ('Ekibastuz', 1, 'city', 'Ekibastuz', PR, {'note': 'NI:reference point ("outside Ekibastuz"); the strike is at the pit'}),
        ('Pavlodar Region', 0, 'region', PR, PR, {'note': 'NI:destination of coal'}),
        ('Russia', 0, 'foreign', 'Russia', N, {'note': 'NI:destination of coal'}),
        ('Urals', 0, 'foreign', 'Urals', N, {'subkind': 'macro-region', 'note': "NI:destination of coal; Russia's Urals"}),
        ('Vostochny pit', 0, 'facility', 'Vostochny open pit (Ekibastuz)', PR, {'subkind': 'mine', 'note': 'NI:working normally'}),
        ('Pavlodar', 1, 'region', PR, PR, {'note': "inside the name of an authority (regional prosecutor's office)"}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:addressee of letters'}),
     ],
     inc={PR: (1, 'strike of about 300 dump-truck drivers at the Bogatyr open pit outside Ekibastuz; the Vostochny pit worked normally; the two earlier tyre accidents are not narrated')}),

dict(id='p004', date='2021-03-24', lang='en',
     event='2021 strike wave in the oil west: sit-in of about 250 pipeline workers at the Zhylyoi district akimat in Kulsary (Tengiz contractor; Atyrau Region); stoppage of 70 tanker drivers in Zhetybai (Karakiyan district), hunger strike of 12 oilfield service workers in Zhanaozen and a picket with five detained at the regional akimat in Aktau (Mangystau Region); the 2011 strike in Zhanaozen that ended in shooting as narrated background; ministry in Nur-Sultan; Chevron in Houston; "two regions", "both regions"; Tengizchevroil not annotated',
     text="""Oil-service strikes spread across Kazakhstan's west; five detained at Aktau picket

By Dana Ospanova

NUR-SULTAN, March 24 - A wave of strikes by oil-service workers that began in Zhanaozen a fortnight ago has spread to two regions of western Kazakhstan, with walkouts or sit-ins reported at four sites by Wednesday.
In Kulsary, the main town of Atyrau region's Zhylyoi district, about 250 workers of a pipeline contractor that serves the Tengiz field have been sitting in the yard of the district akimat since Monday. They say their bonuses were halved after the contractor lost part of its work for Tengizchevroil. "We built Tengiz with our own hands. Now they tell us to go home," said Serik Nurpeisov, a welder.
In Mangystau region, 70 drivers of a transport company in Zhetybai, a village in Karakiyan district, parked their tankers on Tuesday and refused to take crude to the pumping stations. In Zhanaozen itself, where the wave began, 12 employees of an oilfield service firm are on the ninth day of a hunger strike in the firm's office; doctors examined them twice on Wednesday.

Police in Aktau detained five people on Tuesday evening after they unfurled a banner in support of the hunger strikers outside the regional akimat near the Caspian shore. Two were fined by an administrative court the next morning and three were released with a warning.
The labour ministry in Nur-Sultan said commissions had been sent to both regions and that the demands in Kulsary were "partly justified". A spokesman for Chevron in Houston, which owns half of Tengizchevroil, declined to comment on disputes involving contractors.
The protests have revived memories of 2011, when a strike by thousands of oil workers in Zhanaozen lasted seven months and ended on December 16 with police opening fire on the town's main square. Independent unions, most of which were shut down in 2017, have been trying to regroup in the oil towns since then.
"Nobody here wants a repeat of 2011. We want contracts and fair pay," said Aigerim Sultanova, who represents the Zhetybai drivers.""",
     ann=[
        ('Kazakhstan', 0, 'country', 'Kazakhstan', N, {'note': "headline; \"Kazakhstan's west\", only the country"}),
        ('Aktau', 0, 'city', 'Aktau', MR, {'note': 'headline'}),
        ('NUR-SULTAN', 0, 'city', 'Astana', 'Astana', {'note': 'dateline; the capital was named Nur-Sultan from 2019-03-23 to 2022-09-17'}),
        ('Zhanaozen', 0, 'city', 'Zhanaozen', MR, {'note': 'where the wave began; the same hunger strike as narrated below'}),
        ('two regions', 0, 'quantified', '2 regions', N, {'count': 2, 'unit': 'region', 'note': 'Atyrau and Mangystau, both named'}),
        ('Kazakhstan', 1, 'country', 'Kazakhstan', N, {'note': 'directional phrase "western Kazakhstan", only the country'}),
        ('Kulsary', 0, 'city', 'Kulsary', ATR, {'note': 'sit-in at the district akimat'}),
        ('Atyrau region', 0, 'region', ATR, ATR),
        ('Zhylyoi district', 0, 'district', 'Zhylyoi District', ATR),
        ('Tengiz field', 0, 'facility', 'Tengiz oil field', ATR, {'subkind': 'oil field', 'note': "NI:the contractor's workplace; Tengizchevroil is a company and is not annotated"}),
        ('Tengiz', 1, 'facility', 'Tengiz oil field', ATR, {'subkind': 'oil field', 'note': "NI:the field, in a worker's quote"}),
        ('Mangystau region', 0, 'region', MR, MR),
        ('Zhetybai', 0, 'village', 'Zhetybai', MR, {'note': 'stoppage of 70 tanker drivers'}),
        ('Karakiyan district', 0, 'district', 'Karakiyan District', MR),
        ('Zhanaozen', 1, 'city', 'Zhanaozen', MR, {'note': 'hunger strike of 12 employees'}),
        ('Aktau', 1, 'city', 'Aktau', MR, {'note': 'picket with five detained'}),
        ('Caspian', 0, 'facility', 'Caspian Sea', N, {'subkind': 'sea', 'note': '"the Caspian shore"; natural feature'}),
        ('Nur-Sultan', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the ministry'}),
        ('both regions', 0, 'quantified', '2 regions', N, {'count': 2, 'unit': 'region', 'quantifier': 'all', 'note': 'NI:commissions sent; Atyrau and Mangystau'}),
        ('Kulsary', 1, 'city', 'Kulsary', ATR, {'note': 'the same sit-in'}),
        ('Houston', 0, 'foreign', 'Houston', N, {'note': 'NI:seat of the spokesman'}),
        ('Zhanaozen', 2, 'city', 'Zhanaozen', MR, {'note': 'background: the 2011 strike that ended in shooting'}),
        ('Zhetybai', 1, 'village', 'Zhetybai', MR, {'note': "NI:inside a description of a spokeswoman's role (the Zhetybai drivers)"}),
     ],
     inc={ATR: (1, 'sit-in of about 250 pipeline workers in the yard of the Zhylyoi district akimat in Kulsary'),
          MR: (4, 'stoppage of 70 tanker drivers in Zhetybai; hunger strike of 12 oilfield service workers in Zhanaozen; picket in Aktau with five detained; background: the 2011 strike in Zhanaozen that ended in shooting on December 16, framed as one event (doubtful: a reader may count the strike and the shooting separately, or not count the background at all)')}),

dict(id='p005', date='2022-10-05', lang='en',
     event='2022 underground sit-in of about 600 copper miners at a Kazakhmys mine outside Satpayev and a sympathy stoppage at the Zhezkazgan copper concentrator (Ulytau Region, four months after its creation out of Karaganda Region); the geologist Kanysh Satpayev; ministry in Astana after the renaming back',
     text="""Copper miners stay underground near Satpayev; concentrator workers join

SATPAYEV, Oct 5 - About 600 miners at a copper mine run by Kazakhmys outside Satpayev have refused to come to the surface since Monday's night shift, demanding the same pay as the company's smelter workers in Zhezkazgan and a cut in the retirement age for underground work.
Relatives brought food and warm clothes to the shaft entrance on Wednesday. The company said the men were "in a safe part of the workings" and that medics were checking them twice a day.
On Wednesday about 200 workers at the Zhezkazgan copper concentrator stopped the grinding mills for four hours in support.
Satpayev, a town of about 70,000 named after the geologist Kanysh Satpayev, became part of the new Ulytau region in June, when the region was carved out of Karaganda region. The Ulytau governor, Marat Zhaksylykov, told reporters that a commission would examine the pay rates by Friday. The labour ministry in Astana said the stoppage "did not meet the legal conditions for a strike".""",
     ann=[
        ('Satpayev', 0, 'city', 'Satpayev', UR, {'note': 'headline; reference point ("near Satpayev")'}),
        ('SATPAYEV', 0, 'city', 'Satpayev', UR, {'note': 'dateline'}),
        ('Satpayev', 1, 'city', 'Satpayev', UR, {'note': 'reference point of the mine ("outside Satpayev"); the mine is in Ulytau Region'}),
        ('Zhezkazgan', 0, 'city', 'Zhezkazgan', UR, {'note': 'NI:workplace of the smelter workers used for comparison'}),
        ('Zhezkazgan copper concentrator', 0, 'facility', 'Zhezkazgan copper concentrator', UR, {'subkind': 'plant', 'note': 'sympathy stoppage'}),
        ('Satpayev', 2, 'city', 'Satpayev', UR, {'note': 'NI:background on the town'}),
        ('Ulytau region', 0, 'region', UR, UR, {'note': 'NI:background; created 2022-06-08'}),
        ('Karaganda region', 0, 'region', KR, KR, {'note': 'NI:background; the region the new one was carved out of'}),
        ('Ulytau', 1, 'region', UR, UR, {'note': 'inside an official post (the Ulytau governor)'}),
        ('Astana', 0, 'city', 'Astana', 'Astana', {'note': 'NI:seat of the ministry; the capital was renamed back to Astana on 2022-09-17'}),
     ],
     inc={UR: (2, 'underground sit-in of about 600 miners at a copper mine outside Satpayev; four-hour sympathy stoppage at the Zhezkazgan copper concentrator')}),

dict(id='p006', date='2023-02-20', lang='en',
     event='2023 refusal of about 400 miners to start their shift at the Tishinsky mine in Ridder and a walk-out at the Ridder-Sokolny mine the next day (East Kazakhstan Region); Kazzinc head office in Ust-Kamenogorsk; Glencore of Switzerland; the former name Leninogorsk; Philipp Ridder the person',
     text="""Ridder miners refuse to start shifts over bonuses

RIDDER, East Kazakhstan, Feb 20 - About 400 workers at the Tishinsky mine held a meeting in the mine yard on Monday morning and refused to start their shift after Kazzinc, which runs the mine, cut quarterly bonuses by a third. On Tuesday they were joined by about 150 workers at the Ridder-Sokolny mine, who stayed in the changing rooms for the first two hours of the day shift.
Kazzinc, majority-owned by Glencore of Switzerland, said in a statement from its head office in Ust-Kamenogorsk that bonuses depended on zinc prices and that "dialogue with the collective is continuing".
Ridder, called Leninogorsk from 1941 to 2002, is named after Philipp Ridder, the 18th-century mining officer who found ore in the area. Almost every family in the town has someone working underground.
"My father worked here, I work here. We just want to know what we are paid for," said Dmitry Kozlov, a shift foreman at Tishinsky.""",
     ann=[
        ('Ridder', 0, 'city', 'Ridder', EKR, {'note': 'headline'}),
        ('RIDDER', 0, 'city', 'Ridder', EKR, {'note': 'dateline'}),
        ('East Kazakhstan', 0, 'region', EKR, EKR, {'note': 'dateline; Ridder stayed in East Kazakhstan Region after 2022'}),
        ('Tishinsky mine', 0, 'facility', 'Tishinsky mine (Ridder)', EKR, {'subkind': 'mine'}),
        ('Ridder-Sokolny mine', 0, 'facility', 'Ridder-Sokolny mine (Ridder)', EKR, {'subkind': 'mine', 'note': 'mine named after the town'}),
        ('Switzerland', 0, 'foreign', 'Switzerland', N, {'note': "NI:owner's country"}),
        ('Ust-Kamenogorsk', 0, 'city', 'Oskemen', EKR, {'note': "NI:company's head office"}),
        ('Ridder', 2, 'city', 'Ridder', EKR, {'note': 'NI:background on the town'}),
        ('Leninogorsk', 0, 'city', 'Ridder', EKR, {'note': 'NI:name of Ridder from 1941 to 2002'}),
        ('Tishinsky', 1, 'facility', 'Tishinsky mine (Ridder)', EKR, {'subkind': 'mine', 'note': "NI:a foreman's workplace"}),
     ],
     inc={EKR: (2, 'refusal of about 400 workers to start their shift at the Tishinsky mine; two-hour stoppage of about 150 workers at the Ridder-Sokolny mine the next day')}),

dict(id='p007', date='2017-01-20', lang='en',
     event='2017 hunger strike of about 400 oil construction workers at a base outside Zhanaozen against the liquidation of a union federation, spreading to the Kalamkas field (Mangistau district) and a one-day stoppage at a depot in Zhetybai (Mangystau Region); liquidation by a court in Shymkent and a picket of six activists outside that court (South Kazakhstan Region before the 2018 split); detention of the federation head at Astana airport after a trip to Geneva (not counted)',
     text="""Hundreds of Mangystau oil workers on hunger strike over union ban

AKTAU, Jan 20 (Caspian News Service) - About 400 workers of an oil construction contractor were on the 16th day of a hunger strike on Friday at the company's base outside Zhanaozen, protesting against a court ruling that dissolved the country's largest independent union federation.
The protest has spread. On Wednesday some 60 operators at the Kalamkas field in Mangistau district stopped eating in their shift camp, and on Thursday drivers at a vehicle depot in Zhetybai held a one-day stoppage in solidarity. Doctors in Zhanaozen said 37 hunger strikers had sought medical help and nine were in hospital.
"We are not asking for money. We are asking for our union back," said Bolat Zhumabekov, a fitter who has lost nine kilograms.

The federation was liquidated on January 4 by an economic court in Shymkent, the South Kazakhstan city where it was registered, after the justice ministry said it had failed to re-register under a 2014 law. On Thursday six activists stood outside the court building in Shymkent with placards reading "Unions are not extremists". Police wrote down their names and let them go.
The federation's chairman, Nurlan Kaliyev, was detained at Astana airport on Wednesday evening on his return from Geneva, where he had attended a meeting of the International Labour Organisation. Prosecutors in Astana accuse him of misusing union funds; his lawyers say the charge is a reprisal.
The Mangystau regional administration called the hunger strike illegal and said prosecutors had opened proceedings against its organisers. A company spokesman said all participants would be paid for the days worked before January 5 and that the base was "operating normally".
Union supporters abroad have asked the International Labour Organisation to send a mission to Kazakhstan. The government says the federation was dissolved for administrative reasons and that workers remain free to set up new unions.""",
     ann=[
        ('Mangystau', 0, 'region', MR, MR, {'note': 'headline; bare region name used as an adjective'}),
        ('AKTAU', 0, 'city', 'Aktau', MR, {'note': 'dateline'}),
        ('Zhanaozen', 0, 'city', 'Zhanaozen', MR, {'note': 'hunger strike at a base outside the town'}),
        ('Kalamkas field', 0, 'facility', 'Kalamkas oil field', MR, {'subkind': 'oil field', 'note': 'hunger strike of some 60 operators'}),
        ('Mangistau district', 0, 'district', 'Mangistau District', MR, {'note': 'the district, not the region'}),
        ('Zhetybai', 0, 'village', 'Zhetybai', MR, {'note': 'one-day stoppage at a vehicle depot'}),
        ('Zhanaozen', 1, 'city', 'Zhanaozen', MR, {'note': 'NI:doctors reporting'}),
        ('Shymkent', 0, 'city', 'Shymkent', SKR, {'note': 'NI:seat of the court that liquidated the federation; South Kazakhstan Region before 2018-06-19'}),
        ('South Kazakhstan', 0, 'region', SKR, SKR, {'note': 'NI:"the South Kazakhstan city"'}),
        ('Shymkent', 1, 'city', 'Shymkent', SKR, {'note': 'picket of six activists outside the court'}),
        ('Astana airport', 0, 'facility', 'Astana International Airport', 'Astana', {'subkind': 'airport', 'note': 'NI:detention of the federation chairman'}),
        ('Geneva', 0, 'foreign', 'Geneva', N, {'note': 'NI:meeting abroad'}),
        ('Astana', 1, 'city', 'Astana', 'Astana', {'note': 'NI:prosecutors'}),
        ('Mangystau', 1, 'region', MR, MR, {'note': 'inside the name of an authority (regional administration)'}),
        ('Kazakhstan', 1, 'country', 'Kazakhstan', N, {'note': 'the last occurrence; occurrence 0 is inside "South Kazakhstan"'}),
     ],
     inc={MR: (3, 'hunger strike of about 400 workers at a base outside Zhanaozen; hunger strike of some 60 operators at the Kalamkas field; one-day solidarity stoppage at a depot in Zhetybai'),
          SKR: (1, 'picket of six activists outside the court in Shymkent; the liquidation ruling is a court decision')}),

dict(id='p008', date='2024-12-16', lang='en',
     event='2024 anniversary of the 2011 Zhanaozen shooting: memorial picket with seven detained near Dostyk Avenue in Almaty; quiet gathering at the cemetery in Zhanaozen (not counted); the 2011 shooting on the main square narrated as background (Mangystau Region); the Soviet name Novy Uzen; the monument to Abai (person)',
     text="""Seven detained at Almaty memorial picket on Zhanaozen anniversary

ALMATY, Dec 16 - Police in Almaty detained seven activists on Monday who had unrolled a banner with the names of the dead near the monument to Abai on Dostyk Avenue, marking 13 years since the shooting of striking oil workers in Zhanaozen. A district court fined four of them later in the day; the others were released.
In Zhanaozen itself, about 300 people gathered quietly at the town cemetery, where most of the victims are buried. Police watched from a distance, and the gathering ended after an hour.
On December 16, 2011, police opened fire on strikers and residents on the main square of the town, killing at least 16 people. The oil workers had been on strike since May of that year.
The town, in Mangystau region, was founded in 1968 as Novy Uzen to house workers of the newly opened oil field and has depended on oil ever since. "Every December the town holds its breath," said a teacher who asked not to be named.""",
     ann=[
        ('Almaty', 0, 'city', 'Almaty', 'Almaty', {'note': 'headline'}),
        ('Zhanaozen', 0, 'city', 'Zhanaozen', MR, {'note': 'inside an event name in the headline ("Zhanaozen anniversary")'}),
        ('ALMATY', 0, 'city', 'Almaty', 'Almaty', {'note': 'dateline'}),
        ('Almaty', 1, 'city', 'Almaty', 'Almaty', {'note': 'memorial picket with seven detained'}),
        ('Dostyk Avenue', 0, 'facility', 'Dostyk Avenue (Almaty)', 'Almaty', {'subkind': 'street', 'note': 'the monument to Abai (the poet) is not annotated'}),
        ('Zhanaozen', 1, 'city', 'Zhanaozen', MR, {'note': 'background: place of the 2011 shooting'}),
        ('Zhanaozen', 2, 'city', 'Zhanaozen', MR, {'note': 'quiet gathering at the cemetery, not counted'}),
        ('Mangystau region', 0, 'region', MR, MR),
        ('Novy Uzen', 0, 'city', 'Zhanaozen', MR, {'note': 'NI:Soviet name of Zhanaozen'}),
     ],
     inc={'Almaty': (1, 'memorial picket near Dostyk Avenue, seven detained; the fines are court measures'),
          MR: (1, 'background: police opened fire on strikers on the main square of Zhanaozen on 2011-12-16; the quiet gathering at the cemetery is a commemoration, not counted (doubtful)')}),
]
