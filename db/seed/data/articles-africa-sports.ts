import type { SeedArticle } from "../seed-types";

// Africa and sports desks: fictional demo content. Every person quoted or named is invented, as
// are the Regional Connectivity Infrastructure Fund, its contractors and officials, and the
// athletes, coaches and players.
export const articles: SeedArticle[] = [
  // ---------------------------------------------------------------------------------------------
  // Cluster: regional infrastructure fund audit (africa)
  // ---------------------------------------------------------------------------------------------
  {
    slug: "audit-of-regional-infrastructure-fund-finds-47-million-dollars-unaccounted-for",
    title: "Audit of regional infrastructure fund finds US$47 million unaccounted for",
    standfirst:
      "A forensic review of the Arusha-based Regional Connectivity Infrastructure Fund says payments for roads, bridges and jetties in four countries cannot be traced to finished work.",
    category: "africa",
    tags: ["regional-fund-audit", "corruption", "east-african-community"],
    authors: ["esther-achieng"],
    daysAgo: 41.5,
    hero: {
      alt: "An unfinished concrete bridge abutment beside a shallow brown river, with a faded project signboard leaning in tall grass on the bank",
      caption:
        "An incomplete bridge site on a feeder road near the Kenya–Uganda border, one of 61 projects reviewed by auditors.",
    },
    body: [
      "A forensic audit of the Regional Connectivity Infrastructure Fund, the pooled kitty set up by four East African governments to pay for cross-border roads, bridges and lake jetties, has found that US$47.3 million of the money it disbursed cannot be accounted for.",
      "The report, seen by Gazeti, covers five financial years and 61 projects in Kenya, Uganda, Tanzania and Rwanda. Auditors from the Nairobi firm Kiboko & Partners, appointed by the fund’s board last year after a string of complaints from contractors and local authorities, say they were unable to match payments worth roughly a fifth of all disbursements to completed works, signed certificates or even site visits.",
      "The fund, which is headquartered in Arusha and financed by contributions from the four partner states and a loan from a group of development lenders, disbursed a total of US$218 million over the period.",
      { h2: "How the fund works" },
      "The fund was created to pay for the small but vital links that national budgets tend to neglect: the feeder road that connects a border market to a highway, the bridge over a seasonal river that cuts villages off from a one-stop border post, the jetty that lets lake traders land goods without wading through the shallows.",
      "Partner states propose projects, a technical committee scores them, and the fund’s secretariat in Arusha tenders and supervises the work. Payments are meant to be released in stages, each one backed by a completion certificate signed by a supervising engineer and checked by the fund’s finance department. The audit suggests that, for a significant share of projects, that chain broke down at almost every link.",
      { h2: "Payments without paperwork" },
      "The auditors describe three patterns. In the first, contractors were paid in full for projects that inspectors later found were less than half finished. In the second, the same stretch of road appears in two separate contracts, each of them paid for. In the third, and the largest by value, payments worth US$19.6 million were made to companies for which the fund could produce no tender documents at all.",
      "One contractor alone, Kilele Civil Works Ltd, received US$11.2 million for four bridges on feeder roads near the Kenya–Uganda border. The report says auditors who visited the sites found one complete bridge, one with foundations only and two locations where “no evidence of construction activity was observed”.",
      "The report also faults the fund’s internal controls. Its procurement committee met only twice in one of the years reviewed, although 14 contracts were awarded in that period, and the finance department approved several payments on the strength of scanned certificates that engineers in the field told auditors they had never signed.",
      {
        list: [
          "US$218 million disbursed across 61 projects over five years",
          "US$47.3 million in payments not matched to completed work",
          "US$19.6 million paid out with no tender records",
          "Nine projects flagged for possible double payment",
        ],
      },
      "The fund’s board, made up of senior treasury and transport officials from the four countries, met in Arusha on Thursday to receive the report. In a brief statement afterwards, it said it “takes the findings with the utmost seriousness” and had referred the report to the relevant investigative agencies in each partner state.",
      { h2: "Questions for the partner states" },
      "The findings land at an awkward moment for the region. Several partner states are behind on their contributions to shared institutions, and officials have been trying to persuade development lenders to put more money into regional transport projects.",
      "Dr Wambui Gichuru, a public finance specialist who has studied regional funds, said the report showed how money could fall between the cracks of national and regional oversight. “Each country’s auditor looks at its own ministries and assumes the regional body is someone else’s problem,” she said. “A fund like this answers to four parliaments and in practice to none of them.”",
      "Residents along the Busia–Tororo corridor, where several of the flagged projects are located, said they were not surprised. “We saw the signboard go up and a grader came for two weeks. Then nothing,” said Benson Makokha, a boda boda rider in Busia town who crosses a seasonal river near one of the unfinished bridge sites every day. “When it rains, we still wade.”",
      "The auditors recommend recovering money from contractors where possible, suspending staff linked to the irregular payments while investigations run, and moving the fund’s payments onto a system that requires an independent engineer’s sign-off before any money is released. The board said it would respond to the recommendations within 30 days.",
    ],
  },
  {
    slug: "firm-paid-11-million-dollars-for-border-bridges-traced-to-one-room-office",
    title: "Firm paid US$11 million for border bridges traced to a one-room office in Nairobi",
    standfirst:
      "Kilele Civil Works Ltd, the biggest single recipient of questioned payments in the regional fund audit, was registered weeks before it won its first contract.",
    category: "africa",
    tags: ["regional-fund-audit", "corruption"],
    authors: ["brian-otieno", "esther-achieng"],
    daysAgo: 36.2,
    hero: {
      alt: "A locked blue door at the top of a narrow concrete staircase above a hardware shop, with a handwritten company name taped to the wall",
      caption:
        "The registered office of Kilele Civil Works Ltd in Nairobi’s Industrial Area was locked when Gazeti visited.",
    },
    body: [
      "The company at the centre of the audit of the Regional Connectivity Infrastructure Fund was registered in Nairobi just seven weeks before it won its first contract from the fund, company records show, and lists as its head office a single room above a hardware shop on a busy street in the city’s Industrial Area.",
      "Kilele Civil Works Ltd received US$11.2 million for four bridges on feeder roads near the Kenya–Uganda border, according to the forensic audit presented to the fund’s board last week. Auditors found one bridge complete, one with foundations only, and no sign of work at the other two sites.",
      "When Gazeti visited the address on Monday, the room was locked. A tenant on the same floor said a man came to collect post “about once a month” and that she had never seen construction equipment or staff there.",
      { h2: "Two directors, no track record" },
      "Records at the Business Registration Service list two directors: Josephat Mulwa Nzioka and Harriet Nabukenya Kintu, a Ugandan national. Neither name appears in the National Construction Authority’s register as a contractor of the category normally required for bridge works of this size, and the company filed no annual returns for its first three years.",
      "The audit report notes that the fund’s procurement file for Kilele’s first contract contains a bid document but no evaluation report, and that the firm’s claimed experience, a list of seven completed bridges in western Kenya, could not be verified. Auditors wrote to the county governments named in that list. Two replied that they had no record of the company.",
      "Reached by phone, Mr Nzioka said the firm had “done its work according to the contract” and blamed delays on floods and on late payment by the fund. Asked why auditors found no activity at two sites, he said materials had been “stolen and vandalised” and that the company intended to return. He declined to say how much of the money remained in the firm’s accounts. Ms Nabukenya could not be reached for comment.",
      { h2: "Where the money went" },
      "Bank records summarised in an annex to the audit show that within days of each payment from the fund, large sums left Kilele’s account for three other companies. Auditors say they could not establish what goods or services those companies supplied. One of them shares a postal address with a relative of a senior official at the fund, the report says, without naming the official.",
      "The Ethics and Anti-Corruption Commission confirmed on Tuesday that it had received the audit and “opened inquiries”, but declined to comment further. Under Kenyan law, the commission can apply to the High Court to freeze assets it suspects were acquired with public money.",
      "Engineers say the pattern is a familiar one. “A company with no equipment, no staff and no history wins a bridge contract worth more than a billion shillings. Somebody in procurement had to look away,” said Eng. Caroline Wairimu Thuo, a former roads inspector who now advises county governments. “The first question is not where the contractor went. It is who signed the certificates.”",
      "In Busia County, the chairman of a residents’ group, Wilberforce Ekesa Oundo, said villagers had written twice to the county assembly about one of the abandoned sites. “They told us it was a regional project and not the county’s business,” he said. “Now we know whose business it was.”",
    ],
  },
  {
    slug: "regional-infrastructure-fund-suspends-three-senior-officials-after-audit",
    title: "Regional infrastructure fund suspends three senior officials after audit",
    standfirst:
      "The director of projects, the finance manager and the head of procurement have been sent on compulsory leave as investigators in four countries study the report.",
    category: "africa",
    tags: ["regional-fund-audit", "corruption", "east-african-community"],
    authors: ["esther-achieng"],
    daysAgo: 29.8,
    hero: {
      alt: "A glass-fronted office block in Arusha with a row of national flags on poles outside and Mount Meru faint in the background",
      caption: "The headquarters of the Regional Connectivity Infrastructure Fund in Arusha.",
    },
    body: [
      "The board of the Regional Connectivity Infrastructure Fund has suspended three of its most senior officials, nearly two weeks after a forensic audit found that US$47.3 million of the fund’s disbursements could not be traced to completed work.",
      "In a statement issued in Arusha on Wednesday, the board said the director of projects, Cyprien Habimana, the finance manager, Rehema Salim Mfinanga, and the head of procurement, Daniel Opio Okello, had been sent on compulsory leave on half pay “to allow independent investigations to proceed without interference”. The fund’s chief executive remains in post but has been directed to report to the board weekly.",
      "None of the three has been charged with any offence. In a letter to staff seen by Gazeti, Mr Habimana said he welcomed the chance to clear his name and that every payment he approved “followed the procedures in force at the time”. Ms Mfinanga and Mr Okello did not respond to requests for comment.",
      { h2: "Signatures in question" },
      "The audit found that several payments were approved on scanned completion certificates that field engineers say they never signed, and that the procurement committee met only twice in a year in which 14 contracts were awarded. The board said it had appointed an acting director of projects from among the fund’s engineering staff and frozen all new contract awards for 90 days.",
      "Payments on ongoing projects will continue only where an independent engineer has visited the site and certified the work. Contractors told Gazeti that this had already halted at least six projects where work was genuinely under way. “We are being punished for other people’s theft,” said the managing director of a Tanzanian firm building a jetty on Lake Victoria, who asked not to be named because his company is still owed money.",
      "Governance specialists said the suspensions were a necessary first step but not a sufficient one. “Compulsory leave is what institutions do to buy time,” said Jacqueline Uwase Mukamana, a lecturer in public administration in Kigali. “The real test is whether investigators in the partner states get the bank records, and whether anyone is charged within a year.”",
      "The board chair, a senior treasury official from one of the four member countries, said a summary of the audit would be published once investigators had cleared it for release. Civil society groups in Nairobi and Kampala have demanded that the full report be made public immediately.",
    ],
  },
  {
    slug: "ugandan-mps-open-inquiry-into-regional-fund-as-activists-demand-refunds",
    title: "Ugandan MPs open inquiry into regional fund as activists demand refunds",
    standfirst:
      "Parliament’s Public Accounts Committee in Kampala has summoned treasury officials over Uganda’s contributions, while campaigners across the region call for the full audit to be published.",
    category: "africa",
    tags: ["regional-fund-audit", "corruption", "east-african-community"],
    authors: ["esther-achieng", "grace-njeri"],
    daysAgo: 22.4,
    hero: {
      alt: "Members of a parliamentary committee seated behind a long wooden table with microphones, facing officials holding thick folders",
      caption: "Treasury officials appear before the Public Accounts Committee in Kampala.",
    },
    body: [
      "Uganda’s Parliament has opened its own inquiry into the Regional Connectivity Infrastructure Fund, becoming the first legislature among the four partner states to formally investigate how the fund lost track of US$47.3 million.",
      "The Public Accounts Committee in Kampala on Tuesday summoned officials from the Ministry of Finance, Planning and Economic Development to explain how much Uganda has paid into the fund since it was set up, which projects on Ugandan soil it financed and why the country’s own oversight bodies had not flagged problems earlier.",
      "Committee members were told that Uganda contributed the equivalent of about US$41 million over five years. Of the 17 projects the fund financed in Uganda, the forensic audit questions payments on six, most of them feeder roads and bridges in the eastern districts of Tororo and Busia.",
      { h2: "“Who was watching?”" },
      "MPs from both sides of the House pressed the ministry officials on oversight. “We send money to Arusha, we get a glossy annual report, and nobody from this country goes to check whether the bridge exists,” said Ruth Nakabiito, a member of the committee. “Who was watching the money once it left Kampala?”",
      "A senior ministry official told the committee that the fund’s founding statutes gave oversight to its board rather than to national auditors, and that Uganda’s representative on the board had raised concerns about late financial reporting two years ago. MPs asked for the minutes of those board meetings to be tabled within two weeks.",
      "The committee also resolved to invite the fund’s chief executive and the three suspended officials to appear, although it is unclear whether it can compel the staff of a regional body based in Tanzania to testify. Parliament’s legal advisers said the committee could at least summon any Ugandan national among them.",
      { h2: "Civil society wants the full report" },
      "In Nairobi, Kampala and Dar es Salaam, a coalition of budget and anti-corruption groups has written to the fund’s board demanding that the full audit, including its annexes on bank transfers, be published within 14 days.",
      "“This is public money from four countries. Citizens paid for these bridges through their taxes and through loans their children will repay,” said Halima Dzombo, coordinator of the Mombasa-based Uwajibikaji Forum, one of the signatories. “They have a right to read every page of the report, not a summary approved by the people the report criticises.”",
      "The coalition also wants the partner states to set up a joint task force so that investigators do not work in isolation. Patrick Ssekandi of Citizens’ Budget Watch in Kampala said the money trail described in the audit crossed at least two borders. “If the Kenyan investigators follow the contractor and the Ugandans follow the subcontractor and nobody talks to each other, the money will simply disappear a second time,” he said.",
      {
        quote:
          "We are not asking for a press conference. We are asking for the money back and for someone to be held responsible.",
        by: "Halima Dzombo, coordinator of the Uwajibikaji Forum",
      },
      "The fund’s secretariat did not respond to questions about the coalition’s letter. The board has said only that it will publish a summary once investigators clear it.",
      { h2: "Pressure on the other capitals" },
      "Analysts expect the Ugandan inquiry to increase pressure on the other three legislatures. In Kenya, the National Assembly’s Public Accounts Committee has listed the fund on its agenda but has not yet scheduled a sitting. A member of the East African Legislative Assembly said the regional parliament was considering a motion calling for a review of how all jointly funded bodies are audited.",
      "For residents of the border districts, the debate in the capitals feels distant. In Tororo, trader Agnes Amoit Akello said the half-finished bridge near her village had cut her off from the market in Busia for two rainy seasons. “They can hold all the inquiries they want,” she said. “We only want the bridge.”",
    ],
  },

  // ---------------------------------------------------------------------------------------------
  // Cluster: EAC summit, Malaba border and cross-border trade (africa)
  // ---------------------------------------------------------------------------------------------
  {
    slug: "arrears-trade-barriers-and-security-top-agenda-as-eac-leaders-head-to-arusha",
    title: "Arrears, trade barriers and security top agenda as EAC leaders head to Arusha",
    standfirst:
      "Heads of state meet at the end of the week with the Community’s budget squeezed by unpaid contributions and traders complaining of roadblocks, weighbridges and surprise levies.",
    category: "africa",
    tags: ["eac-summit", "east-african-community", "trade"],
    authors: ["esther-achieng"],
    daysAgo: 6.8,
    hero: {
      alt: "Rows of empty delegate chairs and national flags arranged in a large conference hall, with a stage and a banner in the Community’s colours",
      caption: "The main hall at the Community’s headquarters in Arusha, where leaders will meet.",
    },
    body: [
      "Leaders of the East African Community’s partner states are due in Arusha at the end of the week for an ordinary summit that officials say will be dominated by money: the Community’s own, which partner states have been slow to pay, and traders’ money, which business groups say is being eaten up by delays at the borders.",
      "A draft agenda circulated to delegations lists the Community’s budget arrears as the first substantive item. According to a secretariat briefing note seen by Gazeti, partner states together owe more than US$90 million in unpaid contributions, leaving the secretariat, the East African Legislative Assembly and the East African Court of Justice struggling to pay staff on time and to hold scheduled sittings.",
      "Ministers meeting ahead of the summit are expected to put forward a proposal to replace equal contributions with a formula partly linked to the size of each economy, an idea that has been debated for more than a decade without agreement.",
      { h2: "Non-tariff barriers" },
      "The second big item is trade. Business groups have submitted a list of 27 non-tariff barriers they say remain in force despite earlier summit directives to remove them, ranging from duplicate weighbridge checks on the Northern Corridor to standards certificates issued in one country that are not recognised in the next.",
      "“Every summit promises to remove barriers and every year our members give us a new list,” said Mary-Anne Wangari Kamau, policy director at a regional business council. “We would be happy if leaders left Arusha with three barriers removed and a date attached to each.”",
      "Officials say Kenya and Uganda are close to finalising an agreement to run the Malaba one-stop border post around the clock with a single joint inspection of cargo, which they hope to have ready for signature on the margins of the summit.",
      { h2: "Security and the newest member" },
      "Leaders will also receive a report on the Community’s support for peace efforts in eastern Democratic Republic of Congo, and a progress report on bringing Somalia, the newest partner state, into the Community’s customs arrangements and institutions.",
      "Diplomats cautioned against expecting breakthroughs. “Summits in this region tend to produce directives rather than decisions,” said Dr Moses Kagwa, a trade economist at the Arusha-based Centre for Regional Integration Studies. “The useful question afterwards is not what they agreed, but whether the Council of Ministers was given a deadline and a budget to carry it out.”",
      "The summit is scheduled to open with a closed session of heads of state, followed by the signing of any agreements concluded by ministers and the reading of a joint communiqué.",
    ],
  },
  {
    slug: "truckers-sleep-in-cabs-for-days-as-malaba-border-queue-stretches-18km",
    title: "Truckers sleep in their cabs for days as Malaba border queue stretches 18km",
    standfirst:
      "Drivers hauling fuel, cement and containers to Uganda, Rwanda and South Sudan say they lose up to four days at the crossing, as leaders prepare to discuss border delays in Arusha.",
    category: "africa",
    tags: ["eac-summit", "trade"],
    authors: ["fatuma-hassan"],
    daysAgo: 5.9,
    hero: {
      alt: "A long line of parked lorries and fuel tankers stretching along the shoulder of a two-lane highway at dawn, with drivers standing beside their cabs",
      caption: "Lorries queue on the highway outside Malaba, on the Kenya–Uganda border.",
    },
    body: [
      "At six in the morning on the highway outside Malaba, the queue of lorries begins long before the town does. Trucks stand nose to tail on the hard shoulder for about 18 kilometres, engines off, drivers brewing tea on charcoal stoves beside their wheels or sleeping across the seats of their cabs.",
      "Hamisi Juma Mwakalinga, a driver from Tanga carrying bagged cement to Kampala, had been in the queue for three days when Gazeti met him on Saturday. “I have moved maybe four kilometres since Wednesday,” he said. “My employer pays me per trip. When I sit here, I do not eat.”",
      "Malaba is the busiest crossing on the Northern Corridor, the road and rail route that links the port of Mombasa to Uganda, Rwanda, Burundi, eastern DRC and South Sudan. It has operated as a one-stop border post for several years, meaning Kenyan and Ugandan officers are supposed to clear cargo together in a single building. Drivers say the reality often falls short.",
      { h2: "Waiting for a stamp" },
      "Transporters blame a combination of causes: outages in the customs computer systems, cargo inspected separately by agencies from both countries, limited working hours for some officers, and a recent surge in fuel tankers heading west. The Kenya Transporters Association estimates that each day a truck waits costs its owner between US$200 and US$300 in wages, allowances and lost business.",
      "“On a good week we clear Malaba in six hours. On a bad week it is four days,” said Jane Mutheu, the association’s regional coordinator. “You cannot plan a business on that. Our members are now adding a border surcharge to every quotation.”",
      "Some cargo suffers more than the drivers. A Ugandan driver carrying fresh milk in a refrigerated tanker said he had been forced to keep his engine running for two days to power the cooling unit, burning diesel his employer would deduct from his allowance. Traders in Kampala said consignments of fresh produce from Kenya had arrived spoiled after long waits.",
      "The waiting has created its own small economy along the road. Women sell chapati and boiled eggs from basins, young men offer to guard parked trucks for 200 shillings a night, and a row of wooden shacks near the weighbridge rents out mattresses. Health workers at a clinic in Malaba say they also see more cases of malaria and sexually transmitted infections when the queues are long.",
      {
        quote:
          "The border should be the fastest part of the trip. Here it is the slowest part, slower than the whole road from Mombasa.",
        by: "Stephen Ouma Were, a tanker driver from Kisumu",
      },
      "Customs officials have in the past attributed delays at Malaba to incomplete documents submitted by clearing agents, and to surges in traffic that the post was not designed to handle. Clearing agents, in turn, say system outages leave them unable to lodge documents at all for hours at a time.",
      "“Last Tuesday the system was down from ten in the morning until four in the afternoon,” said Ibrahim Wario Guyo, a clearing agent who has worked at the border for 11 years. “Nothing moved. Then at night everybody rushes, and the officers who should be on duty at night are not there.”",
      { h2: "Hopes pinned on Arusha" },
      "Officials from both countries have been negotiating an arrangement to run the crossing around the clock and to replace separate checks with a single joint inspection. A customs official at the border, who asked not to be named because he is not authorised to speak to the media, said the plan could cut clearance times “dramatically” if the computer systems on both sides were properly linked.",
      "Drivers are sceptical. Several said they had heard similar promises before. “Every year they tell us the border will be faster,” said Mwakalinga. “Then they come with new papers to fill.”",
      "Leaders of the East African Community are due to discuss non-tariff barriers at their summit in Arusha this week. For the drivers on the Malaba road, the measure of success will be simple: how long it takes to cross.",
    ],
  },
  {
    slug: "kenya-and-uganda-agree-to-run-malaba-border-post-around-the-clock",
    title: "Kenya and Uganda agree to run Malaba border post around the clock",
    standfirst:
      "A deal signed in Arusha replaces separate cargo checks with a single joint inspection and links the two countries’ customs systems, but transporters want to see it work before they cut prices.",
    category: "africa",
    tags: ["eac-summit", "trade", "east-african-community"],
    authors: ["daniel-kiprono"],
    daysAgo: 3.4,
    hero: {
      alt: "Two officials in dark suits shaking hands across a table covered with a green cloth, signed documents and small national flags in front of them",
      caption:
        "Ministers exchange copies of the Malaba agreement in Arusha on the eve of the summit.",
    },
    body: [
      "Kenya and Uganda have signed an agreement to operate the Malaba one-stop border post 24 hours a day and to replace separate cargo inspections with a single joint check, in a bid to cut delays that have left lorries queuing for up to four days at the region’s busiest crossing.",
      "The agreement was signed in Arusha on Thursday by the two countries’ ministers responsible for East African Community affairs, on the eve of the Community’s heads of state summit. It is due to take effect within 60 days.",
      { h2: "What the deal changes" },
      "Under the arrangement, officers from the Kenya Revenue Authority and the Uganda Revenue Authority will work matching shifts, and the standards, plant health and immigration agencies on both sides will be required to staff the post at night. A copy of the agreement seen by Gazeti sets out the main commitments:",
      {
        list: [
          "Round-the-clock operation of all cargo lanes, with every agency staffing night shifts",
          "One joint physical inspection per consignment, with the results shared by both sides",
          "An electronic link between the two customs systems, so a declaration lodged in Mombasa is visible at Malaba before the truck arrives",
          "Mutual recognition of standards certificates for 40 commonly traded goods, including cement, steel and edible oils",
          "A joint committee to publish average clearance times every month",
        ],
      },
      "Officials say the monthly figures are meant to make the deal measurable. “If we cannot show the numbers falling, then we have not done our job,” said a senior Kenyan trade official involved in the negotiations.",
      { h2: "Cautious welcome" },
      "Transporters welcomed the agreement but said they had been here before. Malaba has been a one-stop border post for years, and earlier pledges to run it around the clock faltered when night shifts were not fully staffed.",
      "“On paper this is exactly what we asked for,” said Jane Mutheu of the Kenya Transporters Association. “But the border does not run on paper. We will start reducing our surcharge when our drivers start crossing in hours instead of days.”",
      "Economists say the potential savings are significant. A truck that spends three days idle at the border ties up a driver, a vehicle and cargo worth tens of thousands of dollars. Peter Odhiambo Nyakundi, a logistics analyst in Mombasa, estimated that halving average clearance times at Malaba could lower the cost of moving a container from Mombasa to Kampala by around 8 per cent. “That shows up eventually in the price of everything from cooking oil to fertiliser,” he said.",
      "The deal does not address some other complaints raised by business groups ahead of the summit, including repeated police checks along the corridor and weighbridge rules that differ from one country to the next. Officials said those would be taken up by the Council of Ministers.",
      "Small-scale traders who cross on foot or by bicycle were also left out. They have long complained of informal charges at the crossing, and a women traders’ association in Busia said it would press for a simplified regime for small consignments. “The big trucks got their deal,” said its chairperson, Everlyne Nanjala Wafula. “We carry sacks on our heads, and we pay at every gate.”",
    ],
  },
  {
    slug: "eac-summit-ends-with-six-month-deadline-on-arrears-and-trade-barriers",
    title: "EAC summit ends with six-month deadline on arrears and trade barriers",
    standfirst:
      "Leaders told partner states to clear unpaid contributions and ordered ministers to report back on 12 named trade barriers, but deferred a decision on a new funding formula.",
    category: "africa",
    tags: ["eac-summit", "east-african-community", "trade"],
    authors: ["esther-achieng", "amina-wekesa"],
    daysAgo: 1.4,
    hero: {
      alt: "Heads of delegation standing in a row on a stage for a group photograph in front of a backdrop bearing the Community’s emblem",
      caption:
        "Heads of delegation pose for the family photograph at the close of the summit in Arusha.",
    },
    body: [
      "East African Community heads of state ended their summit in Arusha on Saturday by directing partner states to clear their arrears to the Community within six months, and instructing the Council of Ministers to report on the removal of 12 specific non-tariff barriers by the next ordinary summit.",
      "The joint communiqué, read out by the Community’s Secretary General at the close of the meeting, stopped short of adopting a new formula for partner states’ contributions, which had been proposed to ease the Community’s chronic funding shortfall. Leaders instead asked ministers to “undertake further consultations” and to present revised options.",
      { h2: "The main decisions" },
      {
        list: [
          "Partner states to clear all outstanding contributions within six months",
          "Council of Ministers to report on the removal of 12 named non-tariff barriers",
          "Decision on a new contribution formula deferred",
          "The Kenya–Uganda Malaba agreement endorsed as a model for other crossings",
          "Continued support for regional peace efforts in eastern DRC",
        ],
      },
      "The 12 barriers are listed in an annex and include duplicate weighbridge checks on the Northern Corridor, the non-recognition of some standards certificates and a range of fees charged on transit cargo. Business groups had submitted 27.",
      "Leaders endorsed the agreement signed by Kenya and Uganda on the eve of the summit to run the Malaba border post around the clock, and urged other partner states to conclude similar arrangements at crossings including Namanga, Holili–Taveta and Gatuna–Katuna within a year.",
      { h2: "Deadlines, again" },
      "Reaction was mixed. Secretariat staff, some of whom have been paid late in recent months, welcomed the deadline on arrears. “A deadline is better than no deadline,” said one, who asked not to be named. “But we have had deadlines before.”",
      "Dr Moses Kagwa of the Centre for Regional Integration Studies said deferring the funding formula meant the Community would keep lurching from one shortfall to the next. “The arrears deadline treats the symptom,” he said. “Until the contribution system reflects what each economy can actually pay, some states will always be behind.”",
      "Business groups were more positive about the list of named barriers. “For the first time we have specific items with a reporting date,” said Mary-Anne Wangari Kamau of the regional business council. “We will be keeping score.”",
      "The next ordinary summit is expected in about a year. By then, the Council of Ministers is supposed to have reported on both the arrears and the trade barriers, and on whether the lorries at Malaba are moving any faster.",
    ],
  },

  // ---------------------------------------------------------------------------------------------
  // Cluster: Kenya–Tanzania power interconnector (africa)
  // ---------------------------------------------------------------------------------------------
  {
    slug: "kenya-tanzania-power-line-carries-first-electricity-under-long-term-trade-deal",
    title: "Kenya–Tanzania power line carries first electricity under long-term trade deal",
    standfirst:
      "The 400kV interconnector, built to link eastern and southern Africa’s grids, has begun carrying power under a firm contract rather than in emergency exchanges.",
    category: "africa",
    tags: ["power-interconnector", "east-african-community", "trade"],
    authors: ["daniel-kiprono"],
    daysAgo: 53.7,
    hero: {
      alt: "Tall steel transmission pylons carrying high-voltage lines across dry grassland, with cattle grazing beneath and hills on the horizon",
      caption: "The 400kV interconnector crosses grazing land near Namanga on its way to Tanzania.",
    },
    body: [
      "Electricity has begun flowing between Kenya and Tanzania under a long-term commercial contract for the first time, officials said, turning a high-voltage line that has mostly been used for emergency exchanges into a trading route.",
      "The 400-kilovolt interconnector runs from Isinya in Kajiado County across the border at Namanga and on to Singida in central Tanzania. It forms part of a corridor that planners hope will eventually allow power to be traded from Ethiopia through Kenya and Tanzania to Zambia and southern Africa.",
      "Under the agreement, Tanzania’s state utility will sell up to 100 megawatts to Kenya during the long rains, when Tanzanian hydropower output is high, while Kenya will sell geothermal power south in the dry months, when reservoirs fall. The deal runs for five years, with prices reviewed annually.",
      { h2: "Swapping seasons" },
      "Engineers say the arrangement plays to each system’s strengths. Kenya’s geothermal plants in the Rift Valley produce a steady output around the clock but cannot easily be turned up to meet evening peaks. Tanzania’s growing hydropower capacity can respond quickly but depends on rainfall.",
      "“It is like two farmers with different harvests agreeing to share a store,” said Eng. Beatrice Moraa Nyaboke, a power systems consultant who has worked on regional grid studies. “In a dry year, you are glad your neighbour’s granary is full.”",
      "A senior official at the Kenya Electricity Transmission Company, which built and operates the Kenyan section of the line, said the first transfers had gone smoothly. Power is dispatched in hourly blocks agreed a day ahead by the two countries’ system operators.",
      { h2: "Cost and reliability" },
      "Consumers should not expect their bills to fall soon. Imports will make up a small share of Kenya’s demand, and the price under the contract has not been published. Energy analysts say the main benefit is reliability: the ability to call on a neighbour’s power stations when a local plant trips or a drought cuts hydro output.",
      "Kenya already imports electricity from Ethiopia over a separate high-voltage line, and from Uganda over older connections. Critics in Parliament have questioned whether increasing imports makes sense while some domestic power plants are paid capacity charges to stand idle.",
      "“We are paying for power we do not use, and now we are buying power from outside,” said a member of the National Assembly’s energy committee, who asked not to be named ahead of a committee report. “We need to see the numbers.”",
      "In Namanga, where the line crosses the border on tall steel pylons above Maasai grazing land, residents said they hoped the project would eventually bring them more than passing current. “The wires go over our heads to Tanzania,” said Sironka ole Parsitau, a livestock trader. “We are still waiting for a transformer in our own village.”",
    ],
  },
  {
    slug: "regulator-demands-price-terms-of-power-imports-over-tanzania-interconnector",
    title: "Regulator demands price terms of power imports over Tanzania interconnector",
    standfirst:
      "Kenya’s energy regulator wants to see the cross-border contract before import costs are passed on to consumers through monthly charges on electricity bills.",
    category: "africa",
    tags: ["power-interconnector", "east-african-community"],
    authors: ["daniel-kiprono", "peter-lemayian"],
    daysAgo: 17.1,
    hero: {
      alt: "A control room with rows of screens showing a grid diagram, an engineer in a white shirt watching the displays",
      caption: "Engineers monitor power flows at a national control centre.",
    },
    body: [
      "Kenya’s energy regulator has asked for the full pricing terms of the new power trade contract with Tanzania before it allows the cost of imports to be passed on to consumers, the first sign of friction over the cross-border deal.",
      "In a letter to Kenya Power, the Energy and Petroleum Regulatory Authority said it needed to see the contract’s price per kilowatt-hour, the currency in which it is paid and any minimum purchase obligations. Imported power costs can be recovered from consumers through a monthly charge on electricity bills, so the regulator must be satisfied that they are reasonable.",
      "The contract, under which electricity flows north in the long rains and south in the dry season over the 400kV line through Namanga, came into effect about five weeks ago. Neither utility has published the price.",
      { h2: "Take-or-pay worries" },
      "The concern among analysts is a clause that may oblige the buyer to pay for a minimum volume whether or not it takes the power, a structure that has proved expensive in some of Kenya’s domestic power purchase agreements. “Take-or-pay is fine if you are sure you need the power,” said Faith Chemutai Kirui, an energy economist in Nairobi. “In a wet year with strong local hydro, you could end up paying Tanzania for electricity you never use.”",
      "Kenya Power said in a statement that the contract was “competitively priced” and would lower the average cost of power in the months it operates, but did not provide figures. A spokesperson for the Tanzanian utility said commercial terms were confidential under the agreement, but that both parties would comply with their regulators’ requirements.",
      "The Eastern Africa Power Pool, which coordinates cross-border trading among member utilities, has been developing rules for a regional day-ahead market in which prices would be published. Until that market exists, bilateral contracts like this one are negotiated in private.",
      "Consumer groups said the episode showed the need for openness as regional power trade grows. “Cross-border power is a good idea,” said Julius Kamau Ndirangu of a Nairobi consumer rights network. “But a good idea with a secret price is still a secret price.”",
    ],
  },

  // ---------------------------------------------------------------------------------------------
  // Standalone: fall armyworm (africa)
  // ---------------------------------------------------------------------------------------------
  {
    slug: "fall-armyworm-spreads-through-maize-belt-on-both-sides-of-kenya-uganda-border",
    title: "Fall armyworm spreads through maize belt on both sides of the Kenya–Uganda border",
    standfirst:
      "Farmers in Trans Nzoia, Bungoma and eastern Uganda report heavy damage to young maize as agriculture officials rush out pesticides and train village scouts.",
    category: "africa",
    tags: ["fall-armyworm", "agriculture", "east-african-community"],
    authors: ["fatuma-hassan"],
    daysAgo: 0.4,
    hero: {
      alt: "Close-up of a young maize plant with ragged, hole-filled leaves and a green caterpillar curled in the central funnel",
      caption: "Fall armyworm damage on a maize plant on a farm outside Kitale.",
    },
    body: [
      "An outbreak of fall armyworm is spreading through the maize-growing areas of western Kenya and eastern Uganda, with agriculture officials on both sides of the border reporting damage to young crops planted at the start of the short rains.",
      "In Trans Nzoia County, often called Kenya’s breadbasket, officials said on Sunday that infestations had been confirmed on about 14,000 hectares, up from fewer than 3,000 a fortnight ago. Bungoma, Busia and Kakamega counties have also reported cases, as have the Ugandan districts of Tororo, Mbale and Iganga.",
      "The pest, the caterpillar of a moth native to the Americas, was first detected in Africa in 2016 and has since become a permanent feature of the continent’s farming calendar. It feeds on the leaves and growing tips of maize, and a heavy infestation can destroy a young crop within weeks.",
      { h2: "“The leaves look like lace”" },
      "On a farm outside Kitale, Wycliffe Barasa Wanyonyi walked between rows of knee-high maize, pulling back leaves to show the ragged holes and sawdust-like droppings the caterpillars leave behind. He planted four acres three weeks ago. “By last week the leaves looked like lace,” he said. “I sprayed once, but they came back.”",
      "Farmers say pesticide prices have risen with demand. Several in Trans Nzoia said a one-litre bottle of a commonly used product now costs about 1,800 shillings at agrovet shops, up from 1,200 shillings at the start of the season.",
      "Dr Lilian Chepkoech Kosgei, the county’s director of agriculture, said the county had distributed pesticides to about 9,000 farmers and trained 300 village scouts to spot infestations early. “Early detection is everything with this pest,” she said. “If you spray when the larvae are small, the crop recovers. If you wait until they are big and hidden deep in the funnel, spraying is largely wasted.”",
      {
        quote:
          "Farmers should not spray blindly. Scout the field first, look into the funnel of the plant, and spray in the early morning or late evening when the larvae come out to feed.",
        by: "Dr Lilian Chepkoech Kosgei, Trans Nzoia’s director of agriculture",
      },
      { h2: "A cross-border problem" },
      "Because the moths fly long distances, officials say control efforts in one country can be undone by infestations across the border. Agriculture officers from Busia in Kenya and Tororo in Uganda met this week to share surveillance data, and plant health agencies in both countries have agreed to coordinate spraying in border areas.",
      "Entomologists also recommend practices that reduce reliance on chemicals, including intercropping maize with legumes, planting early and encouraging natural predators. Some farmers in Busia have begun sprinkling a mixture of sand and ash into the maize funnel, a traditional method that researchers say can reduce damage on small plots.",
      "Grain traders in Eldoret said maize prices had not yet moved, but warned that a significant loss in the short-rains crop would show up in prices within a few months, at a time when many households are still recovering from earlier poor harvests.",
      "“We have seen this before, in the first years after the worm arrived, when some farmers lost everything,” said Sarah Nekesa Wafula, who chairs a farmers’ cooperative in Bungoma. “Now we know more. But knowing is not the same as having money for the pesticide.”",
    ],
  },

  // ---------------------------------------------------------------------------------------------
  // Cluster: marathon season, Iten and a doping case (sports)
  // ---------------------------------------------------------------------------------------------
  {
    slug: "dorcas-jeptanui-wins-berlin-marathon-as-kenyans-take-four-of-top-five",
    title: "Dorcas Jeptanui wins Berlin Marathon as Kenyans take four of the top five places",
    standfirst:
      "The 27-year-old from Elgeyo Marakwet broke away after 35km to win in 2:18:41, the fastest time of her career, in only her third marathon.",
    category: "sports",
    tags: ["marathon-season", "athletics"],
    authors: ["joseph-mwangi"],
    daysAgo: 47.3,
    hero: {
      alt: "A female runner in a red vest breaking the finishing tape with both arms raised, spectators and photographers crowding the barriers behind her",
      caption: "Dorcas Jeptanui Cheruto crosses the line to win the women’s race in Berlin.",
    },
    body: [
      "Dorcas Jeptanui Cheruto won the Berlin Marathon on Sunday in 2 hours, 18 minutes and 41 seconds, breaking away from a lead group of five women shortly after the 35-kilometre mark and running alone through the Brandenburg Gate to claim the biggest victory of her career.",
      "It was only the third marathon for the 27-year-old from Elgeyo Marakwet County, who had finished fourth and then second in her first two. Her time took more than two minutes off her personal best.",
      "Kenyan women filled four of the top five places. Naomi Chelangat Kibiwott was second in 2:19:30, an Ethiopian runner took third, and two more Kenyans finished fourth and fifth.",
      { h2: "A patient race" },
      "The leading women went through halfway in 1:09:55 on a cool, still morning that suited fast running. Jeptanui sat at the back of the group for most of the first half, tucked behind the pacemakers, and moved to the front only when the last of them stepped off at 30km.",
      "“My coach told me, do not go before 35. Be patient, be patient,” she said afterwards, wrapped in a Kenyan flag. “At 35, I felt my legs were still there. So I said, now is the time.”",
      "Her split for the five kilometres from 35km to 40km was 15:58, the fastest of the race, and by the time she turned onto the final straight she had a lead of more than 40 seconds.",
      "In the men’s race, Elkana Kimeli Bett was the best of the Kenyans in third, behind two Ethiopians, after losing contact with the leaders at 38km. Silas Kiprugut Tarus, 29, who had been among the pre-race favourites, faded to fifth in 2:06:12.",
      { h2: "From the shamba to the podium" },
      "Jeptanui grew up on a small farm near Chepkorio, where her parents grow maize and potatoes, and began running seriously only at 21, after a former teacher spotted her at a county cross-country meeting. She trains at a camp in Iten under coach Hillary Kipngeno Biwott.",
      "“She is the most disciplined athlete I have,” Biwott said by phone from Iten, where he watched the race on television with the rest of the camp. “She does not miss a session. She does not complain. Today the whole village is celebrating.”",
      "Athletics Kenya officials said the performance would put her in contention for a place in the national team for next year’s global championships. Jeptanui said she would fly home next week and already knew how she would spend her prize money: “A good house for my mother.”",
    ],
  },
  {
    slug: "inside-the-iten-camp-that-produced-the-berlin-marathon-champion",
    title: "Inside the Iten camp that produced the Berlin Marathon champion",
    standfirst:
      "At 2,400 metres above sea level, 14 runners share a kitchen, a cooking rota and a 5.30am alarm. Their coach says the secret is boredom.",
    category: "sports",
    tags: ["marathon-season", "athletics"],
    authors: ["joseph-mwangi", "fatuma-hassan"],
    daysAgo: 42.6,
    hero: {
      alt: "A group of runners in tracksuits jogging in single file along a red dirt road at dawn, mist hanging over the valley below",
      caption: "Athletes from the Kerio Heights camp set out on an early morning run outside Iten.",
    },
    body: [
      "The alarm at the Kerio Heights Training Camp goes off at 5.30am, but most of the runners are already awake. By six, 14 athletes in tracksuits are jogging out of the gate in the half-dark, down a red murram road that drops towards the edge of the Kerio Valley escarpment, their breath visible in the cold.",
      "This is where Dorcas Jeptanui Cheruto prepared for the Berlin Marathon, which she won last Sunday in 2:18:41. Iten, a small town in Elgeyo Marakwet County at about 2,400 metres above sea level, has produced so many champions that the arch over its main road calls it the *Home of Champions*. Dozens of camps are scattered across the surrounding hills, from large foreign-funded centres to rented houses where a handful of athletes pool their money for food.",
      { h2: "The same, every day" },
      "Kerio Heights sits somewhere in the middle. It is a single-storey building with eight rooms, a kitchen, a small gym with second-hand weights and a yard where laundry dries on a wire. The camp is run by coach Hillary Kipngeno Biwott, a former steeplechaser, and funded partly by a management agency that takes a share of the athletes’ prize money.",
      "Athletes live in camp from Monday to Saturday. They cook on a rota: ugali, sukuma wiki, beans, rice, eggs, and milk bought each evening from a neighbour. Meat appears twice a week. There is no television in the bedrooms, and visitors leave by eight.",
      "“People come from abroad and ask me for the secret,” Biwott said, sitting on a bench outside the kitchen as the runners stretched. “I tell them the secret is boring. Same breakfast, same hills, same bedtime. Every day. For years.”",
      "A typical week for the marathoners includes a long run on Thursday, a fartlek session of alternating fast and slow running on Tuesday, and track work at Kamariny, the dirt track where generations of Kenyan champions have trained. Easy runs, often twice a day, fill the rest of the week.",
      {
        list: [
          "Monday: easy 15km in the morning, 8km in the evening",
          "Tuesday: fartlek, one minute fast and one minute easy, 25 times",
          "Wednesday: easy runs and gym work",
          "Thursday: long run of 35 to 40km on dirt roads",
          "Friday: easy running",
          "Saturday: track or hill repetitions",
          "Sunday: rest and church",
        ],
      },
      { h2: "What Berlin means here" },
      "Jeptanui was not in camp when Gazeti visited; she had gone home to Chepkorio for a family celebration. But her presence was everywhere. Younger athletes spoke about her the way footballers speak about a captain. Her bed, the bottom bunk nearest the window, had been left untouched.",
      "“When she came here, she was slower than me,” said Faith Jerotich Kiplimo, 22, who runs the 10,000 metres and hopes to move up to the marathon. “She just worked. Now I know it is possible.”",
      "For many runners in Iten, the stakes are as much economic as sporting. A major marathon win can bring tens of thousands of dollars in prize money and bonuses, enough to build a house, buy land or pay school fees for an extended family. But only a small fraction of the thousands of athletes training around the town will ever win such a race. Many spend years chasing invitations to smaller races in Europe and Asia where the winner’s cheque might be a few thousand dollars.",
      "Biwott worries about the pressure that creates. He says he warns every new athlete about agents who promise races abroad in exchange for a fee, and about what he calls shortcuts, a reference to the doping cases that have damaged the reputation of Kenyan distance running in recent years. “I tell them, if somebody offers you an injection that makes you fast, he is offering you a ban,” he said. “There is no shortcut on this hill.”",
      {
        quote:
          "We are not selling speed here. We are selling patience. The ones who understand that are the ones who last.",
        by: "Hillary Kipngeno Biwott, coach at the Kerio Heights Training Camp",
      },
      { h2: "The town around the runners" },
      "Iten’s economy has grown around its athletes. Guest houses advertise to visiting foreign runners, shops sell second-hand racing shoes, and a physiotherapy clinic on the main road has a waiting list. Residents say land prices have risen sharply as successful athletes build homes.",
      "Jackline Chelagat Komen, who runs a small hotel popular with foreign runners, expects the Berlin result to bring visitors. “When a Kenyan wins a big race on television, within two months we have Europeans at the door asking where she trains,” she said.",
      "At half past four in the afternoon, the Kerio Heights athletes went out for their second run of the day, shorter and slower than the first. Then came dinner, a short meeting about the next morning’s session, and lights out by nine.",
    ],
  },
  {
    slug: "marathon-runner-silas-tarus-provisionally-suspended-after-positive-test",
    title: "Marathon runner Silas Tarus provisionally suspended after positive test",
    standfirst:
      "The Athletics Integrity Unit says a sample collected from the 29-year-old in an unannounced test in Iten contained the banned blood booster EPO.",
    category: "sports",
    tags: ["marathon-season", "anti-doping", "athletics"],
    authors: ["joseph-mwangi"],
    daysAgo: 20.5,
    hero: {
      alt: "A lone male runner in a grey hooded top jogging on an empty dirt track beneath a cloudy sky, rows of eucalyptus trees behind",
      caption:
        "A training session on a dirt track in the North Rift. Out-of-competition testing is routine in the region’s camps.",
    },
    body: [
      "Kenyan marathon runner Silas Kiprugut Tarus, who finished fifth at the Berlin Marathon four weeks ago, has been provisionally suspended after testing positive for a banned substance, the Athletics Integrity Unit said on Wednesday.",
      "The unit, which manages anti-doping in international athletics, said a urine sample collected from Tarus during an unannounced out-of-competition test in Iten had been found to contain recombinant erythropoietin, or EPO, a hormone that increases the blood’s capacity to carry oxygen and is prohibited at all times.",
      "A provisional suspension bars an athlete from competing while a case is heard. Tarus, 29, may request analysis of his B sample and is entitled to a hearing. If the violation is upheld, he faces a ban of up to four years and the loss of any results and prize money from the date the sample was collected.",
      { h2: "A blow after Berlin" },
      "The announcement follows a strong showing for Kenyan distance runners in Berlin, where Dorcas Jeptanui Cheruto won the women’s race. Tarus was not part of Jeptanui’s training group; he trains independently near Kaptagat, according to his management.",
      "His agent said in a short statement that Tarus “denies knowingly taking any prohibited substance” and would cooperate fully with the investigation. The agent did not say whether the athlete would ask for his B sample to be tested.",
      "Kenya remains in the highest-risk category of World Athletics’ anti-doping watch list, which obliges the national federation to ensure its leading athletes undergo a minimum number of out-of-competition tests before major championships. Dozens of Kenyan athletes have been sanctioned in recent years, many of them for EPO, steroids or banned substances found in ordinary medicines.",
      "Athletics Kenya officials, speaking at a meeting in Eldoret, said the federation had a “zero-tolerance” approach and urged athletes to seek advice before taking any medication.",
      "In Iten, the news was met with weariness. “Every time one person is caught, all of us are looked at,” said a marathoner who has trained with Tarus in the past and asked not to be named. “At a race abroad, the testers come to the Kenyans first.”",
      "Coach Hillary Kipngeno Biwott, whose camp produced the Berlin champion, said testing alone would not solve the problem. “You also have to look at who is supplying these things,” he said. “Some chemist in a small town is selling EPO to a boy who has never seen a doctor. That chemist is still open.”",
      "The Anti-Doping Agency of Kenya said it was working with the Athletics Integrity Unit and the police to trace possible sources of the substance.",
    ],
  },
  {
    slug: "tarus-says-clinic-injections-caused-positive-test-as-doping-hearing-opens",
    title: "Tarus says clinic injections caused positive test as doping hearing opens",
    standfirst:
      "The marathon runner’s lawyer argues he was treated for anaemia at a small clinic near Kaptagat and was never told the drug was banned in sport.",
    category: "sports",
    tags: ["marathon-season", "anti-doping", "athletics"],
    authors: ["joseph-mwangi", "brian-otieno"],
    daysAgo: 1.2,
    hero: {
      alt: "A man in a dark suit carrying a folder walking past a low building with a signboard, two athletes in tracksuits waiting on a bench outside",
      caption: "Silas Kiprugut Tarus’s lawyer arrives for the opening of the hearing.",
    },
    body: [
      "Lawyers for marathon runner Silas Kiprugut Tarus have told a disciplinary panel that his positive test for EPO was the result of treatment at a private clinic, where he says he was given injections for anaemia without being told the drug was prohibited in sport.",
      "Tarus, 29, was provisionally suspended by the Athletics Integrity Unit three weeks ago after a sample collected in Iten tested positive for recombinant erythropoietin. His B sample, analysed at his request, confirmed the finding.",
      "At the opening of his hearing on Monday, his lawyer, Wilfred Omondi Achola, said the runner had sought treatment for fatigue and dizziness in the weeks after the Berlin Marathon, where he finished fifth. A clinical officer at a small clinic near Kaptagat had diagnosed anaemia, the lawyer said, and administered a course of three injections.",
      { h2: "“He trusted the clinic”" },
      "“My client is a farmer’s son with a primary school education. He went to a clinic because he felt unwell, and he trusted what he was given,” Achola told the panel. “He did not hide anything. He did not know.”",
      "The defence produced a treatment card from the clinic and said it would call the clinical officer as a witness. Lawyers for the Athletics Integrity Unit asked why the card did not name the drug, recording only “injection x3”, and why Tarus had not declared the treatment on his doping control form when he was tested days later.",
      "Under anti-doping rules, athletes are strictly liable for any prohibited substance found in their bodies, whether or not they meant to cheat. An athlete who can show that a violation was not intentional may have a four-year ban reduced, but the burden of proof lies with the athlete.",
      { h2: "Scrutiny of clinics" },
      "The case has renewed attention on small clinics and chemists in the running towns of the North Rift. Investigators from the Anti-Doping Agency of Kenya and the Pharmacy and Poisons Board have inspected premises in Iten, Kaptagat and Eldoret in recent weeks, and two have been closed for stocking prescription-only medicines without a licensed pharmacist, according to a board official.",
      "“There are places where a runner can walk in and buy EPO without a prescription, and the seller knows exactly who the customer is,” said Dr Edwin Kiprop Langat, a sports physician in Eldoret. “Some of them are naive, but some of them are in business. Both need to be dealt with.”",
      "Athletes’ representatives say the problem is made worse by the cost of proper care. A consultation with a sports doctor in Eldoret can cost more than many young runners earn in a month, pushing them towards cheaper local clinics.",
      {
        quote:
          "We tell athletes: before any injection, any tablet, ask what it is and check it. But a boy who is sick and has 500 shillings goes to the nearest clinic. We must make proper advice cheap and close.",
        by: "Pamela Jebet Sang, an athletes’ welfare officer in Iten",
      },
      "The panel adjourned the hearing for three weeks to allow the defence to call its witnesses. Tarus, in a grey suit, did not speak to reporters as he left.",
      "If the panel finds against him, he faces a ban of up to four years. A finding that the violation was unintentional could shorten that, but lawyers following the case said the lack of detail on the treatment card would make his defence difficult.",
    ],
  },

  // ---------------------------------------------------------------------------------------------
  // Cluster: Harambee Stars qualifiers and the Premier League title race (sports)
  // ---------------------------------------------------------------------------------------------
  {
    slug: "harambee-stars-coach-names-uncapped-striker-in-squad-for-afcon-qualifiers",
    title: "Harambee Stars coach names uncapped striker in squad for AFCON qualifiers",
    standfirst:
      "Leonard Makori Nyamweya has called up 26 players for the double-header against Gambia and Gabon, including the Premier League’s top scorer.",
    category: "sports",
    tags: ["harambee-stars", "football", "national-teams"],
    authors: ["joseph-mwangi"],
    daysAgo: 16.4,
    hero: {
      alt: "A football coach in a tracksuit speaking into a cluster of microphones at a table, with a sponsor backdrop behind him",
      caption: "Harambee Stars head coach Leonard Makori Nyamweya announces his squad in Nairobi.",
    },
    body: [
      "Harambee Stars head coach Leonard Makori Nyamweya has named a 26-man squad for the coming Africa Cup of Nations qualifiers against Gambia and Gabon, handing a first call-up to Police FC striker Kevin Mutua Ndolo, the leading scorer in the FKF Premier League.",
      "The squad, announced at the Football Kenya Federation offices in Nairobi on Tuesday, combines 15 players based abroad with 11 from the domestic league. Kenya host Gambia at Nyayo National Stadium before travelling to Libreville to face Gabon four days later.",
      "Ndolo, 23, has scored 14 goals in 19 league matches for Police FC this season, many of them from inside the six-yard box. Nyamweya said the call-up was a reward for consistency. “He scores ugly goals, and ugly goals count the same as beautiful ones,” the coach said. “We have struggled to finish our chances. I want a player who lives in the box.”",
      { h2: "Captain returns" },
      "Captain and centre-back Brian Kipkorir Lagat returns after missing the last international window with a hamstring injury. Midfielder Abdallah Salim Bakari, who plays his club football in Tanzania, keeps his place despite limited minutes this season.",
      "Goalkeeper Ian Wafula Simiyu of Gor Mahia is one of three keepers named, alongside two who play abroad. Nyamweya declined to say who would start.",
      "The most notable omission was winger Dennis Odhiambo Oketch, who has scored twice for the national team but has barely played for his club in Sweden. “Dennis knows what he has to do,” the coach said. “Play, and the door is open.”",
      {
        list: [
          "15 foreign-based players and 11 from the domestic league",
          "Three uncapped players: striker Kevin Mutua Ndolo, defender Yusuf Abdi Noor and midfielder Austin Mwangangi Kioko",
          "Players report to camp in Nairobi on Sunday",
        ],
      },
      { h2: "Must-win at home" },
      "Kenya are third in their qualifying group with four points from three matches, two behind leaders Gabon. Only the top two qualify for the finals, which makes the home match against Gambia close to a must-win.",
      "Former international Wilson Oloo Nyagaka said the squad looked balanced, but that the team’s problem had been concentration rather than personnel. “We have dropped points from winning positions again and again in the last ten minutes,” he said. “That is not about selection. That is about the last ten minutes.”",
    ],
  },
  {
    slug: "debutant-ndolo-scores-late-winner-as-harambee-stars-beat-gambia",
    title: "Debutant Ndolo scores late winner as Harambee Stars beat Gambia at Nyayo",
    standfirst:
      "The Police FC striker headed in a corner in the 86th minute to give Kenya a 2–1 win and pull them level with the leaders of their qualifying group.",
    category: "sports",
    tags: ["harambee-stars", "football", "national-teams"],
    authors: ["joseph-mwangi"],
    daysAgo: 10.8,
    hero: {
      alt: "A footballer in a red shirt rising above two defenders to head the ball towards goal, floodlights and a packed stand behind",
      caption: "Kevin Mutua Ndolo heads Kenya’s winner against Gambia at Nyayo National Stadium.",
    },
    body: [
      "Kevin Mutua Ndolo marked his international debut with a late winner as Kenya beat Gambia 2–1 in an Africa Cup of Nations qualifier at Nyayo National Stadium on Thursday, pulling the Harambee Stars level on points with the leaders of their group.",
      "The Police FC striker, called up for the first time by coach Leonard Makori Nyamweya, came off the bench in the 70th minute and rose above two defenders to head in a corner from Abdallah Salim Bakari with four minutes of normal time remaining. The crowd of about 18,000, thin in the upper tiers but loud, spilled towards the running track at the final whistle before stewards pushed them back.",
      { h2: "Nervy second half" },
      "Kenya started brightly and took the lead in the 23rd minute when Joel Ouma Obuya ran onto a long ball from captain Brian Kipkorir Lagat and beat the goalkeeper at his near post. But they lost their shape after the break, and Gambia equalised in the 58th minute through a well-worked move down the left that ended with a low cross turned in at the far post.",
      "For 20 minutes afterwards the visitors looked the likelier winners. Goalkeeper Ian Wafula Simiyu made two sharp saves, one from a free kick curling towards the top corner, and the home crowd grew restless.",
      "Nyamweya’s response was to throw on Ndolo and switch to a back three. “I said at the squad announcement that I want a player who lives in the box. Today he lived in the box,” the coach said. “He was there for one chance and he took it.”",
      "Ndolo, 23, said he had imagined the moment many times while watching Kenya on television as a boy in Machakos. “When the ball came, I did not think. I just attacked it,” he said. “This goal is for my mother, who sold vegetables to buy my first boots.”",
      { h2: "Group position" },
      "The result takes Kenya to seven points from four matches, level with Gabon, who were held to a draw earlier in the day and stay top on goal difference. Kenya fly to Libreville on Friday for Monday’s meeting with the group leaders.",
      "Defensive lapses remain a worry. Kenya have conceded in each of their four qualifiers, and the Gambian goal came from a move in which two defenders were drawn to the same man.",
      "Supporters leaving the stadium were in good spirits all the same. “We were dying in the second half, honestly,” said Moses Kiprono Lelei, who had travelled from Eldoret for the match. “That boy has saved us. Now let us see what we can do in Libreville.”",
    ],
  },
  {
    slug: "harambee-stars-hold-gabon-to-goalless-draw-in-libreville",
    title: "Harambee Stars hold Gabon to goalless draw in Libreville",
    standfirst:
      "A disciplined defensive display and two late saves from Ian Wafula Simiyu earned Kenya a point that keeps them level with the group leaders.",
    category: "sports",
    tags: ["harambee-stars", "football", "national-teams"],
    authors: ["joseph-mwangi"],
    daysAgo: 6.6,
    hero: {
      alt: "A goalkeeper in a yellow jersey diving full length to push a shot around the post, players in green and red watching",
      caption: "Ian Wafula Simiyu keeps out a late Gabon effort in Libreville.",
    },
    body: [
      "Kenya earned a goalless draw against Gabon in Libreville on Monday, a result that keeps the Harambee Stars level on points with the group leaders with two Africa Cup of Nations qualifiers left to play.",
      "Coach Leonard Makori Nyamweya set his side up to defend deep, with five at the back and two holding midfielders, and invited Gabon to attack. The home side had 64 per cent of possession and 15 shots, but only four on target.",
      "Goalkeeper Ian Wafula Simiyu was the outstanding player on the pitch. He tipped a curling shot onto the crossbar midway through the second half and, in stoppage time, blocked a close-range effort with his legs after a corner was flicked on at the near post.",
      { h2: "Pragmatism over ambition" },
      "Nyamweya defended the cautious approach. “People at home will say we were negative. I say we are in Libreville, against a team that wins most of its games here, and we take a point,” he said. “We have eight points. Qualification is in our hands.”",
      "Kenya created little going forward. Kevin Mutua Ndolo, the hero of Thursday’s win over Gambia, started up front but was largely isolated, touching the ball only 17 times before he was replaced after an hour with an ankle knock. Kenya’s one clear chance fell to Joel Ouma Obuya in the first half, but his shot was deflected wide.",
      "Captain Brian Kipkorir Lagat said the players had carried out the plan. “We suffered, but suffering is also football,” he said. Lagat and his central defensive partners won 11 aerial duels between them and made 23 clearances, many of them from crosses aimed at Gabon’s tall centre-forward.",
      "Ndolo’s injury will be assessed when the squad returns to Nairobi on Tuesday. Team doctors said early signs suggested a sprain rather than anything more serious, which will be welcome news for Police FC, who are in the middle of a Premier League title race.",
      { h2: "What it means for the group" },
      "Kenya and Gabon both have eight points, with Gabon ahead on goal difference. The final two group matches are due in the next international window, with Kenya at home to the group’s bottom side before a trip to Banjul.",
      "Two wins would guarantee qualification regardless of other results. Former national team midfielder Dickson Amwayi Lusweti said the point in Libreville had changed the mood around the team. “A month ago people were talking about another campaign thrown away,” he said. “Now Kenya control their own destiny. The question is whether they can attack at home as well as they defended away.”",
    ],
  },
  {
    slug: "gor-mahia-and-police-fc-level-on-points-with-four-rounds-left-in-title-race",
    title: "Gor Mahia and Police FC level on points with four rounds left in title race",
    standfirst:
      "K’Ogalo came from behind to beat Tusker in Nairobi while Police FC won narrowly in Machakos without their injured top scorer, setting up a tense finish.",
    category: "sports",
    tags: ["harambee-stars", "football"],
    authors: ["joseph-mwangi"],
    daysAgo: 0.7,
    hero: {
      alt: "Football supporters in green shirts and scarves celebrating in a crowded stand, some waving flags, smoke from a flare drifting above them",
      caption: "Gor Mahia supporters celebrate the winning goal against Tusker in Nairobi.",
    },
    body: [
      "Gor Mahia and Police FC are level on 62 points with four rounds of the FKF Premier League season remaining, after both won on Sunday to set up the tightest title race the league has seen in several seasons.",
      "Gor Mahia came from a goal down to beat Tusker 2–1 in front of a near-capacity crowd in Nairobi, while Police FC needed a second-half penalty to win 1–0 away in Machakos. Gor Mahia sit top on goal difference, by three goals.",
      { h2: "K’Ogalo turn it round" },
      "Tusker took the lead in the 31st minute when midfielder Ezekiel Njuguna Maina curled a free kick over the wall, and for most of the first half the brewers looked the sharper side. Gor Mahia’s response came after the break. Winger Samuel Onyango Agwenge equalised with a low shot from the edge of the box in the 55th minute, and substitute Ismail Hassan Dida headed the winner from a cross with nine minutes left.",
      "“At half-time I did not shout. I told them, we have 45 minutes and we have the crowd. Use both,” said Gor Mahia head coach Samuel Owiti Ogada. “This league will not be won by the prettiest team. It will be won by the team that does not panic.”",
      "Police FC were without top scorer Kevin Mutua Ndolo, who picked up an ankle knock on international duty in Libreville last week. Their winner came from the penalty spot in the 67th minute, converted by defender Felix Oduya Ombima after a handball in the box.",
      "Police FC coach Francis Njoroge Kahiga said Ndolo should be fit for the next match. “Of course we missed him, he is the league’s top scorer,” he said. “But this squad has shown it can win without him. That is what champions need.”",
      { h2: "The run-in" },
      "The two leaders meet in the penultimate round, a fixture the league has moved to the Moi International Sports Centre in Kasarani in anticipation of a big crowd. Third-placed Tusker are seven points back, mathematically still in the race but needing both leaders to stumble.",
      {
        list: [
          "Gor Mahia: 62 points, goal difference +31, four matches left",
          "Police FC: 62 points, goal difference +28, four matches left",
          "Tusker: 55 points, goal difference +17, four matches left",
        ],
      },
      "The race has revived interest in a league that has struggled with sponsorship and attendance in recent seasons. Gate receipts for Sunday’s match in Nairobi were the highest of the season, according to Gor Mahia officials.",
      "“This is how football should be,” said Lilian Awuor Ochola, a Gor Mahia supporter who queued for two hours for a ticket. “Every Sunday now my heart is in my mouth.”",
      "Harambee Stars coach Leonard Makori Nyamweya watched from the stands in Nairobi and is expected at Kasarani for the meeting of the top two as he plans for the last two qualifiers of the campaign.",
    ],
  },

  // ---------------------------------------------------------------------------------------------
  // Rugby sevens and volleyball (sports)
  // ---------------------------------------------------------------------------------------------
  {
    slug: "shujaa-beat-uganda-in-final-to-reclaim-safari-sevens-title",
    title: "Shujaa beat Uganda in final to reclaim Safari Sevens title",
    standfirst:
      "Kenya’s men’s sevens side won the invitational tournament for the first time in three years, with 19-year-old winger Alvin Kiprop Tanui scoring twice in the final.",
    category: "sports",
    tags: ["rugby-sevens", "national-teams"],
    authors: ["joseph-mwangi"],
    daysAgo: 30.8,
    hero: {
      alt: "A rugby player in a red and green jersey sprinting down the touchline with the ball under one arm as a defender dives at his ankles",
      caption:
        "Alvin Kiprop Tanui breaks clear for his first try in the Safari Sevens final at Nyayo.",
    },
    body: [
      "Kenya’s men’s sevens team, Shujaa, won the Safari Sevens on Sunday, beating Uganda 24–12 in the final at Nyayo National Stadium to reclaim a title they had not held for three years.",
      "The two-day invitational tournament, one of the oldest sevens events on the continent, drew 12 men’s teams from Africa, Europe and Asia, a mix of national sides, development squads and invitational clubs.",
      "Alvin Kiprop Tanui, a 19-year-old winger from Kabarak University playing only his second senior tournament, scored two tries in the final, the first after a 70-metre break down the left touchline in the opening minute.",
      "Uganda pulled level at 12–12 early in the second half, but Shujaa scored twice in the last three minutes, through captain Griffin Wekesa Mulama and replacement Nelson Oyoo Okoth, to pull clear.",
      { h2: "Young players blooded" },
      "Head coach Erick Ogutu Aluoch used the tournament to give several young players their first taste of senior rugby ahead of a busy international season. Six members of the squad were playing their first tournament for the national side.",
      "“We have been honest about where Kenyan sevens is. We are rebuilding,” Aluoch said. “The Safari Sevens is where we find out who can handle a big crowd and a final. Today some young men found out that they can.”",
      "The semi-final was a closer affair. Kenya trailed a European invitational side 17–12 with the clock in the red before Mulama stepped inside two defenders to score under the posts, and the conversion sealed a 19–17 win.",
      "The crowd, which swelled to about 12,000 on Sunday afternoon, brought the carnival atmosphere the tournament is known for, with brass bands in the stands and fancy dress on the terraces.",
      "Mulama, 27, said the title mattered to a group that has lived through lean years. “People stopped believing in us for a while,” he said. “A trophy at home, in front of this crowd, gives the young boys something to build on.”",
    ],
  },
  {
    slug: "kenya-lionesses-lose-africa-sevens-final-but-secure-challenger-series-place",
    title: "Kenya Lionesses lose Africa Women’s Sevens final but secure Challenger Series place",
    standfirst:
      "South Africa won the final 19–12 in Kampala, but reaching it was enough to send Kenya’s women into the next stage of global qualifying.",
    category: "sports",
    tags: ["rugby-sevens", "national-teams"],
    authors: ["joseph-mwangi"],
    daysAgo: 13.9,
    hero: {
      alt: "Women rugby players in red jerseys forming a huddle on a grass pitch, arms around each other’s shoulders, a stand of spectators behind",
      caption:
        "The Kenya Lionesses huddle after the final of the Africa Women’s Sevens in Kampala.",
    },
    body: [
      "Kenya’s women’s sevens team, the Lionesses, lost the final of the Africa Women’s Sevens to South Africa 19–12 in Kampala on Saturday, but their place in the final secured a spot in the Challenger Series, the next rung on the ladder towards the world’s top sevens competition.",
      "The Lionesses had beaten Uganda, Madagascar and Tunisia on the way to the final without conceding more than seven points in any match. The semi-final against Uganda, in front of a loud home crowd, was the toughest of those, settled by a late try from Owuor after Kenya had been reduced to six players by a yellow card.",
      "Against South Africa, they led 12–7 at half-time after tries from Sheila Atieno Owuor and Janet Akinyi Muga, the second coming after a sweeping move that went through five pairs of hands from a lineout on halfway.",
      "South Africa’s greater pace told after the break. They scored twice on the counter-attack in the space of three minutes and held on through a spell of Kenyan pressure in the final minute, when a forward pass ended the Lionesses’ last attack ten metres out.",
      { h2: "Job done, title missed" },
      "Head coach Rosemary Wanjiku Gathoni said her side had achieved its main goal but was disappointed not to bring home the trophy. “We came for two things: qualification and the title. We got one,” she said. “The second half showed us exactly what we must work on, which is speed in defence.”",
      "Owuor, 24, finished the tournament as Kenya’s top try-scorer with seven. “We are proud, but nobody in this team is satisfied with silver,” she said.",
      { h2: "Funding the next step" },
      "The Kenya Rugby Union said it would seek extra funding for a longer training camp before the Challenger Series, where the Lionesses will face teams from Europe, Asia and the Americas. Several members of the squad combine rugby with university studies or jobs, and the team trained for only three weeks together before travelling to Kampala.",
      "Players have long complained that the women’s game receives a fraction of the attention and money given to Shujaa, the men’s side. “When the men qualify for something, there are sponsors at the airport,” said one senior player, who asked not to be named. “We are hoping this time somebody comes to meet us.”",
    ],
  },
  {
    slug: "malkia-strikers-fight-back-from-two-sets-down-to-beat-egypt-in-cairo",
    title: "Malkia Strikers fight back from two sets down to beat Egypt in Cairo semi-final",
    standfirst:
      "Kenya’s women will play for the African Nations Championship title after a five-set comeback inspired by opposite hitter Loice Chebet Kimutai.",
    category: "sports",
    tags: ["volleyball", "national-teams"],
    authors: ["joseph-mwangi"],
    daysAgo: 8.2,
    hero: {
      alt: "A volleyball player in a red kit leaping high at the net to spike the ball past two outstretched blockers in white, an indoor arena behind",
      caption:
        "Loice Chebet Kimutai attacks at the net during the semi-final against Egypt in Cairo.",
    },
    body: [
      "Kenya’s women’s volleyball team, the Malkia Strikers, came back from two sets down to beat hosts Egypt 3–2 in the semi-finals of the African Nations Championship in Cairo on Thursday, setting up a final against Cameroon.",
      "Egypt, roared on by a home crowd, took the first two sets 25–21 and 25–22 and looked in control. Kenya won the next three 25–20, 25–23 and 15–11 in a match that lasted two hours and 18 minutes.",
      "Opposite hitter Loice Chebet Kimutai was the match’s top scorer with 26 points, 21 of them from attacks. In the deciding set, with Kenya trailing 8–9, she served four points in a row, including two aces, to swing the match.",
      { h2: "A change at half-time, of sorts" },
      "Head coach Josephine Nduku Musyoka said she had changed little tactically after the second set, but had told her players to stop looking at the scoreboard. “In the first two sets we were playing against the crowd, not against Egypt,” she said. “I told them, the crowd cannot block, the crowd cannot spike. Play the ball in front of you.”",
      "Musyoka also brought on setter Teresia Nafula Barasa at the start of the third set, and the quicker tempo she brought to Kenya’s attack troubled Egypt’s middle blockers. Libero Yvonne Akoth Okello was outstanding in defence, digging a string of hard-hit spikes in the fourth set when Egypt pulled back to 22–22.",
      "“When we were down 0–2, nobody on the bench was talking about losing,” said Kimutai, 25. “We have been training together for two months, every day. That is where this comes from.”",
      {
        quote:
          "I have watched this team for twenty years and I have rarely seen them come back from two sets down away from home. It tells you about the character in that dressing room.",
        by: "Agnes Wairimu Ngatia, a former national team captain commentating for a Kenyan broadcaster",
      },
      { h2: "Cameroon next" },
      "The final against Cameroon, who beat Nigeria in straight sets in the other semi-final, is on Saturday. Cameroon have been one of the continent’s strongest sides in recent years and beat Kenya in four sets in the group stage of this tournament.",
      "Middle blocker Maureen Jepchirchir Lagat said the team had learned from that defeat. “They are strong in the middle, and we let them play too easily,” she said. “This time we will make them work for every point.”",
      "The Kenya Volleyball Federation said the team’s results in Cairo would earn important world ranking points whatever the outcome of the final.",
    ],
  },
];
