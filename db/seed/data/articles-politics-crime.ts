import type { SeedArticle } from "../seed-types";

// Demo content for the "politics" and "crime" categories. Every person named or quoted is
// fictional; real places and institutions appear only as the setting.
export const articles: SeedArticle[] = [
  // ---------------------------------------------------------------------------------------------
  // Politics: the Vihiga governor impeachment case
  // ---------------------------------------------------------------------------------------------
  {
    slug: "vihiga-governor-challenges-impeachment-vote-in-high-court",
    title: "Vihiga governor challenges impeachment vote in High Court",
    standfirst:
      "Governor Samson Amukowa says the county assembly fell short of the two-thirds threshold and rushed public participation before last week’s vote.",
    category: "politics",
    tags: ["governor-impeachment-case", "courts", "counties", "public-participation"],
    authors: ["brian-otieno", "fatuma-hassan"],
    daysAgo: 44.5,
    hero: {
      alt: "A man in a dark suit walks up the steps of a court building flanked by lawyers carrying files, with supporters gathered at the gate",
      caption:
        "Governor Samson Amukowa arrives at the High Court registry in Kakamega with his legal team.",
    },
    body: [
      "Vihiga Governor Samson Amukowa has asked the High Court to quash his impeachment by the county assembly, arguing that the vote was short of the threshold set by law and that residents were given too little time to have their say.",
      "In a constitutional petition filed at the High Court in Kakamega on Friday evening, the governor says three of the 27 votes counted in favour of the motion were cast by members who were not in the chamber and who joined the sitting by video link. Without them, his lawyers argue, the motion drew 24 votes in the 38-member assembly, two short of the 26 required under the County Governments Act.",
      "The assembly’s Speaker, Hesbon Mmbaya, forwarded the resolution to the Senate within hours of the vote, and senators are expected to begin hearing the charges next week. The petition asks the court to suspend the Senate process until the case is determined.",
      { h2: "Three charges" },
      "The motion, moved by the assembly’s Majority Leader, Nelson Ambale, accused the governor of gross violation of the Constitution and of the Public Finance Management Act. It set out three charges:",
      {
        list: [
          "The purchase of 14 ambulances for KSh 186 million, which the assembly says was about KSh 60 million above prevailing prices.",
          "The hiring of 140 staff in the governor’s office without the approval of the County Public Service Board.",
          "Failure to remit KSh 412 million in pension and health insurance deductions taken from workers’ pay over 18 months.",
        ],
      },
      "Mr Amukowa, who is in his first term, denies all three. In a sworn affidavit attached to the petition, he says the ambulances were bought through an open tender after two earlier attempts failed, that the 140 staff are personal aides whose contracts end with his term, and that most of the unremitted deductions date back to the previous administration.",
      "His lead counsel, Daudi Khamala, told reporters outside the court registry that the petition was not an attempt to avoid scrutiny. “The governor is ready to answer every charge. What he cannot accept is a process that bends the law in order to remove a man elected by 94,000 voters,” he said.",
      { h2: "Public participation in question" },
      "The petition also takes issue with the assembly’s public participation exercise, which ran for three days and held forums in five of the county’s 25 wards. Courts have previously held that a decision as weighty as removing an elected governor requires residents to be given a reasonable opportunity to be heard.",
      "Mr Ambale defended the process, saying the assembly had published notices in two newspapers and on local radio stations and had received more than 2,300 written submissions. “The people of Vihiga spoke clearly. The governor was invited to the assembly and chose to send a letter instead of appearing,” he said by telephone.",
      "Justice Pauline Okelo, the duty judge, certified the petition as urgent on Saturday but declined to issue conservatory orders halting the Senate proceedings, saying she would first hear from the assembly, the Senate and the Attorney General. The respondents have seven days to file their replies.",
      "Outside the county headquarters in Mbale town, opinion was divided. Boda boda rider Kennedy Mudeizi said the governor had “done nothing for the feeder roads” in two years, while market trader Gladys Imali said the assembly was punishing him for cutting members’ travel budgets. “This fight is about their money, not ours,” she said.",
      "Under the law, if the Senate upholds any of the charges the governor leaves office, and the deputy governor, Teresa Vugutsa, is sworn in to serve the remainder of the term.",
    ],
  },
  {
    slug: "lawyers-clash-over-video-link-votes-as-vihiga-impeachment-case-opens",
    title: "Lawyers clash over video-link votes as Vihiga impeachment case opens",
    standfirst:
      "The hearing turned on an attendance register and three members who voted from outside the chamber, as the Senate urged the court to keep out of its business.",
    category: "politics",
    tags: ["governor-impeachment-case", "courts", "senate", "counties"],
    authors: ["brian-otieno"],
    daysAgo: 31.2,
    hero: {
      alt: "Lawyers in black gowns sit at a long wooden bar table in a packed courtroom, files stacked in front of them",
      caption:
        "Advocates for the governor, the county assembly and the Senate during the hearing in Kakamega.",
    },
    body: [
      "The legal fight over the removal of Vihiga Governor Samson Amukowa opened in earnest on Tuesday, with the county assembly’s lawyers insisting that members who voted by video link were as present as those in the chamber, and the governor’s team calling the practice an invention designed to rescue a failing motion.",
      "The hearing before Justice Pauline Okelo in Kakamega came nine days after the Senate upheld two of the three charges against the governor, and six days after his deputy, Teresa Vugutsa, was sworn in as Vihiga’s governor. Mr Amukowa has since amended his petition to challenge the Senate’s decision as well as the assembly vote.",
      { h2: "The attendance register" },
      "Much of the five-hour session turned on a single document: the assembly’s attendance register for the afternoon of the vote. Counsel for the former governor, Daudi Khamala, took the court through it line by line, pointing out that three members recorded as voting in favour did not sign it.",
      "He produced an affidavit from one of them, nominated member Lilian Kageha, who states that she was at a funeral in Hamisi when the vote was called and joined the sitting for about 20 minutes on her phone. “She did not hear the motion debated, she did not see the division, and yet she is counted,” Mr Khamala said.",
      "The assembly’s advocate, Rose Kaveza, replied that the assembly adopted hybrid sittings during the Covid-19 pandemic and never formally abandoned them. She said the Speaker is entitled to recognise members taking part remotely, and that the Hansard shows all three responding when their names were called.",
      "“If this court finds that remote voting is unlawful, every resolution this assembly has passed in four years is in jeopardy, including the budget,” she said.",
      { h2: "Senate defends its role" },
      "Counsel for the Senate, Kipchumba Langat, urged the court to keep out of the upper house’s affairs. The Senate, he argued, had considered the vote count at a preliminary stage and found that the assembly’s resolution was properly before it. Asking the High Court to second-guess that finding would, in his words, “turn the separation of powers into a suggestion”.",
      "Justice Okelo pressed him on the point, asking whether senators had examined the attendance register themselves or had relied on a certificate signed by the assembly clerk. Mr Langat conceded that the Senate had relied on the certificate.",
      "The governor’s team also returned to the question of public participation. Mr Khamala said the assembly had advertised its forums in English-language newspapers with little circulation in rural Vihiga, and had given residents less than 48 hours’ notice of three of the five meetings. He produced photographs of a forum in Emuhaya that he said was attended by fewer than 40 people.",
      "The assembly’s Clerk, in a replying affidavit, said the exercise had been run according to the assembly’s public participation guidelines and had been announced on two vernacular radio stations as well as in print. The assembly, he said, had no legal obligation to hold a forum in every ward.",
      {
        quote:
          "The question before this court is not whether the governor governed well or badly. It is whether the law on how a governor is removed was followed, step by step. If it was not, it does not matter how many charges were proved.",
        by: "Justice Pauline Okelo, during Tuesday’s hearing",
      },
      "The Office of the Attorney General, which is an interested party, told the court it would take no position on the vote count but asked the judge to give guidance on remote participation in county assemblies, which it said is handled differently across the 47 counties.",
      { h2: "A county on hold" },
      "In Mbale, the county headquarters has been operating in an uneasy limbo. Governor Vugutsa has made no changes to the county executive committee, and her office said on Monday that she would not make major appointments while the matter is in court.",
      "A county chief officer, who asked not to be named because he is not authorised to speak to the press, said the uncertainty had slowed payments to contractors. “Nobody wants to sign anything big and find out next month that the person who approved it was not the governor,” he said.",
      "Mr Amukowa followed the proceedings from the public gallery and declined to speak to journalists. Justice Okelo reserved her ruling and said she would deliver it within 14 days.",
    ],
  },
  {
    slug: "high-court-quashes-impeachment-of-vihiga-governor-orders-reinstatement",
    title: "High Court quashes impeachment of Vihiga governor, orders his reinstatement",
    standfirst:
      "Justice Pauline Okelo found the county assembly never lawfully reached a two-thirds majority, leaving the Senate’s decision without a foundation.",
    category: "politics",
    tags: ["governor-impeachment-case", "courts", "counties", "public-participation"],
    authors: ["brian-otieno", "grace-njeri"],
    daysAgo: 17.8,
    hero: {
      alt: "Supporters in green caps cheer and wave tree branches on a street outside a court compound as a car convoy passes",
      caption:
        "Supporters of Samson Amukowa celebrate outside the Kakamega law courts after the judgment.",
    },
    body: [
      "The High Court in Kakamega has nullified the impeachment of Vihiga Governor Samson Amukowa, ruling that the county assembly did not lawfully reach the two-thirds majority needed to remove him and that the Senate’s decision could not stand on a defective resolution.",
      "In a 64-page judgment delivered on Wednesday, Justice Pauline Okelo ordered that Mr Amukowa be restored to office with immediate effect and that Teresa Vugutsa, who was sworn in as governor less than three weeks ago, revert to her position as deputy governor.",
      { h2: "Remote votes struck out" },
      "The judge found that although the Vihiga County Assembly had lawfully adopted hybrid sittings during the pandemic, the resolution allowing them expired at the end of that session and was never renewed. Without a fresh resolution, she held, the Speaker had no power to count the votes of members who were not physically in the chamber.",
      "Striking out the three disputed votes left 24 members in favour of the motion, two short of the 26 required. “A threshold set by law is not a target to be approached; it is a line that must be crossed,” the judge wrote.",
      "She also found that the public participation exercise, which ran for three days in five of the county’s 25 wards, did not give residents a meaningful opportunity to be heard on a decision that would overturn the result of an election. The assembly had received 2,300 written submissions, she noted, but produced no report showing how any of them were considered.",
      { h2: "Charges not examined" },
      "Justice Okelo was careful to say that her judgment did not clear the governor of the allegations against him. The court had not examined whether the ambulance purchase was inflated or whether the staff hires were lawful, she said, and nothing prevented investigative agencies or the assembly from pursuing those questions through proper channels.",
      "The Ethics and Anti-Corruption Commission confirmed last month that it had opened an inquiry into the ambulance tender. A spokesperson for the commission said on Wednesday that the investigation was continuing and was not affected by the ruling.",
      "Hundreds of the governor’s supporters gathered outside the law courts, many in the green caps of his election campaign, before following him in a convoy to Mbale. Addressing them from the roof of a car, Mr Amukowa said he held no grudge against the assembly. “We will sit down with the MCAs. Vihiga is bigger than any one of us,” he said.",
      "The assembly’s Majority Leader, Nelson Ambale, said members were disappointed and would meet on Thursday to decide whether to appeal. “The judge herself says the charges were never tested. We believe they are serious and we will not abandon them,” he said.",
      { h2: "Lessons for other assemblies" },
      "Wairimu Kiragu, who teaches constitutional law at Moi University, said the judgment would be read closely far beyond Vihiga. “Many county assemblies still hold hybrid sittings on the strength of resolutions passed in 2020. This ruling tells them those resolutions were not permanent, and that a vote which depends on remote members is vulnerable,” she said.",
      "She added that the finding on public participation was likely to matter more in the long run. “Three days and five wards is not unusual. If that is not enough for an impeachment, assemblies will have to plan these processes very differently.”",
      "Ms Vugutsa said in a short statement that she respected the court’s decision and had instructed staff in the governor’s office to prepare an orderly handover.",
    ],
  },
  {
    slug: "court-of-appeal-declines-to-suspend-vihiga-governor-reinstatement",
    title: "Court of Appeal declines to suspend Vihiga governor’s reinstatement",
    standfirst:
      "Judges in Kisumu said a stay would mean a third change at the top of the county in three months, but ordered the assembly’s appeal heard within 45 days.",
    category: "politics",
    tags: ["governor-impeachment-case", "courts", "senate", "counties"],
    authors: ["brian-otieno"],
    daysAgo: 1.3,
    hero: {
      alt: "The exterior of a court building in Kisumu at midday, with a small group of people in suits talking beside a parked car",
      caption:
        "Lawyers for the Vihiga County Assembly confer outside the Court of Appeal in Kisumu.",
    },
    body: [
      "The Court of Appeal has refused to suspend the High Court ruling that restored Vihiga Governor Samson Amukowa to office, but has ordered that the county assembly’s appeal be heard and determined within 45 days.",
      "A three-judge bench sitting in Kisumu said on Monday that the assembly had not shown it would suffer harm that could not be undone if the governor remained in office while the appeal was pending. A stay, the judges noted, would mean a third change of leadership at the county headquarters in under three months.",
      "“Stability in the administration of a county is itself a public interest that this court must weigh,” said Justice Abdikadir Noor, who read the ruling on behalf of the bench.",
      "The assembly and the Senate filed separate appeals last week. Both argue that the High Court was wrong to find that members who voted by video link could not be counted, and the Senate says the lower court overstepped its jurisdiction by reviewing a decision the Constitution assigns to the upper house. The two appeals will be heard together.",
      { h2: "Salaries delayed" },
      "The confusion over who was in charge had practical costs. The Office of the Controller of Budget held back approval of county withdrawals for 11 days after the High Court judgment while it sought clarity on the authorised signatories, delaying the salaries of about 4,800 county employees.",
      "Nurses at Vihiga County Referral Hospital in Mbale said they were paid on Friday, nearly two weeks late. “We were told the money was there but nobody could sign for it. Meanwhile the landlord does not care who the governor is,” said Janet Ayuma, a nurse at the hospital.",
      "Since returning to office, Mr Amukowa has suspended the ambulance contract at the centre of the impeachment pending the outcome of an investigation by the Ethics and Anti-Corruption Commission, and has asked the County Public Service Board to review the appointments of the 140 aides cited by the assembly.",
      "Counsel for the assembly, Rose Kaveza, said members were ready to argue the appeal at the earliest date. “The ruling on remote voting affects every county assembly in the country. It is right that the higher court settles it quickly,” she said.",
      "The governor’s lawyer, Daudi Khamala, welcomed the decision and said his client would continue to work with the assembly while the appeal was pending, including on the supplementary budget due before members this month.",
    ],
  },

  // ---------------------------------------------------------------------------------------------
  // Politics: the Finance Bill
  // ---------------------------------------------------------------------------------------------
  {
    slug: "finance-bill-seeks-ksh-198-billion-in-new-taxes-mobile-money-imports",
    title: "Finance Bill seeks KSh 198 billion in new taxes, targets mobile money and imports",
    standfirst:
      "The Treasury’s proposals raise levies on money transfers, betting and imported goods. MPs have committed the Bill to the finance committee for public hearings.",
    category: "politics",
    tags: ["finance-bill", "parliament", "taxation", "mobile-money", "cost-of-living"],
    authors: ["daniel-kiprono", "grace-njeri"],
    daysAgo: 27.4,
    hero: {
      alt: "The chamber of the National Assembly seen from the gallery, members seated on green benches as a clerk reads at the table",
      caption: "The Finance Bill is read for the first time in the National Assembly.",
    },
    body: [
      "The National Treasury has tabled a Finance Bill in the National Assembly that seeks to raise an estimated KSh 198 billion in additional revenue next financial year, with higher levies on mobile money transfers, imported goods and betting among its main measures.",
      "The Bill was read for the first time on Thursday and committed to the Departmental Committee on Finance and National Planning, which must take views from the public before reporting back to the House. It is the main tool for funding the budget estimates that MPs will consider over the coming weeks.",
      { h2: "What the Bill proposes" },
      "The measures with the widest reach are:",
      {
        list: [
          "Excise duty on fees for mobile money transfers to rise from 15 per cent to 20 per cent.",
          "The import declaration fee to rise from 2.5 per cent to 3.5 per cent of the customs value of goods.",
          "Excise duty on betting stakes to rise from 12.5 per cent to 15 per cent.",
          "A new 1.5 per cent eco-levy on imported plastic packaging and finished plastic goods.",
          "Removal of the VAT exemption on locally assembled motorcycles.",
        ],
      },
      "Treasury officials say the package is needed to narrow the budget deficit and to meet rising interest payments, which now absorb more than a third of ordinary revenue. The Bill’s memorandum argues that the changes mostly broaden existing taxes rather than creating new ones, and that the import fee rise will protect local manufacturers.",
      { h2: "Who pays" },
      "Economists were quick to point out that several of the measures fall on ordinary households. Mercy Chelangat, a senior economist at the Institute for Fiscal Dialogue, a Nairobi policy group, said the mobile money levy was effectively a tax on the way most Kenyans move small sums.",
      "“When you raise the duty on a transfer fee, the fee goes up, and it goes up most for the smallest transactions, because that is where fees are highest relative to the amount sent. A casual labourer sending KSh 500 home will feel this more than a company sending five million,” she said.",
      "At a mobile money shop in Nairobi’s Gikomba market, agent Zawadi Mwakideu said customers already complained about charges. “Many of them now ask me to split payments or they go back to carrying cash. If it goes up again, more will do that,” she said.",
      "The motorcycle proposal is likely to draw resistance from the boda boda sector, which transport unions say supports more than a million riders. Assemblers say removing the exemption could add between KSh 9,000 and KSh 14,000 to the price of a new machine.",
      { h2: "The timetable" },
      "The committee has invited written memoranda from the public within 14 days and plans hearings in at least eight counties, beginning in Nakuru next week. It must then table a report that MPs will debate at the second reading, where amendments are usually made.",
      "Last year’s Bill was significantly amended in committee, with several measures dropped after public hearings. A member of the committee, who spoke on condition of anonymity because the hearings have not begun, said the mobile money and motorcycle clauses were “already being discussed” among members. “Nothing in this Bill is final until the committee has been to the counties,” the member said.",
    ],
  },
  {
    slug: "finance-bill-forums-boda-boda-riders-traders-push-back-on-new-levies",
    title: "At Finance Bill forums, boda boda riders and traders push back on new levies",
    standfirst:
      "From Nakuru to Garissa and Kisumu, residents lined up to tell MPs what the proposed taxes would cost them. Some left unconvinced that anyone was listening.",
    category: "politics",
    tags: ["finance-bill", "public-participation", "taxation", "counties", "cost-of-living"],
    authors: ["fatuma-hassan"],
    daysAgo: 21.6,
    hero: {
      alt: "A crowded community hall with rows of plastic chairs, a man in a reflective vest speaking into a microphone before a panel seated at a table",
      caption:
        "A boda boda rider addresses members of the finance committee at a public hearing in Nakuru.",
    },
    body: [
      "The queue for the microphone at a social hall beside Nakuru’s Afraha Stadium began forming an hour before the members of the National Assembly’s finance committee arrived. By the time the forum opened, more than 400 people had filled the plastic chairs and the standing room at the back, and the first speaker was a boda boda rider in a reflective vest.",
      "“You want to put VAT on our motorcycles, then you want us to pay more to send money to our mothers. Which part of my life is left untaxed?” asked Dennis Kirui, who has ridden a motorcycle taxi in Nakuru town for seven years. The hall applauded for almost a minute.",
      "The Nakuru session was the first of eight county hearings on the Finance Bill, which seeks about KSh 198 billion in new revenue. Over the following days the committee split into two teams, one travelling north to Garissa and Isiolo, the other west to Kisumu and Kakamega. Gazeti attended forums in three of the counties.",
      { h2: "Nakuru: the motorcycle question" },
      "In Nakuru the debate was dominated by the proposal to remove the VAT exemption on locally assembled motorcycles. Riders’ association officials said most members buy their machines on hire purchase and that a price rise of up to KSh 14,000 would add months to repayment periods.",
      "A representative of a motorcycle assembler in the town’s industrial area told members that his plant employed 230 people and that the exemption had been the reason the company chose to assemble locally instead of importing complete units. Committee members asked him to submit sales figures in writing.",
      "A loan officer with a hire-purchase firm that finances motorcycles told the forum that about one in five of its riders already fell behind on repayments during the rainy season, when fares drop. “If the deposit rises and the weekly instalment rises, the first to drop out will be the young men who have no other job,” he said.",
      "Several speakers also raised the mobile money levy. A women’s group treasurer, Beatrice Chepngeno, said her group of 30 members collects contributions by phone every week. “Each transfer has a charge. Now you are adding on top of the charge. Our savings are small and you are eating them,” she said.",
      { h2: "Garissa: imports and the border" },
      "In Garissa, the concerns were different. Traders who bring in goods from Somalia and through the Mombasa port said the proposed rise in the import declaration fee would push up prices of rice, pasta, cooking oil and building materials in a county where many basics are imported.",
      "“Here we do not manufacture these things. There is no local factory to protect. You are only making the same bag of rice more expensive,” said Abdirahman Sheikh Ibrahim, who runs a wholesale shop near the town’s main market.",
      "Livestock traders raised the mobile money levy from a different angle. Many families in the county depend on money sent by relatives working in Nairobi, the Gulf and abroad, and traders said almost every sale of goats and camels at the Garissa market is now settled by phone. “Here the phone is the bank. Every shilling that moves, moves through it,” said Hawa Dubat, a camel milk trader.",
      "Committee members told the forum they would consider whether essential food items could be excluded. Turnout was lower than in Nakuru, at about 150 people, and a county official said notices of the forum had gone out only two days earlier.",
      { h2: "Kisumu: who is listening?" },
      "The Kisumu forum, held at a hall near the Jomo Kenyatta sports ground, was the most heated. Young people held placards reading “Tax the rich, not the hustler” and several speakers questioned whether the hearings would change anything.",
      "“Last year we came here, we spoke, we were recorded. Then we saw the Bill pass with the same things we rejected,” said Lavender Atieno, a university student. Members of the committee disputed that, pointing out that several clauses were dropped after public hearings last year.",
      {
        quote:
          "Public participation is not a show we put on to tick a box. Every memorandum submitted is logged and summarised in our report, and members will be asked to account for what they did with it.",
        by: "Jackline Moraa, a member of the finance committee, speaking in Kisumu",
      },
      "Fishmonger Grace Adhiambo, who sells tilapia at Kibuye market, spoke about the plastics levy. She said traders depended on imported plastic bags and crates and that the cost would be passed to customers. “The fish will not get smaller. The price will get bigger,” she said.",
      { h2: "What happens next" },
      "The committee has received more than 11,000 written memoranda so far, according to the Clerk of the National Assembly’s office, in addition to the oral submissions at the county forums. It is due to hear from industry associations, the Kenya Revenue Authority and Treasury officials in Nairobi next week before writing its report.",
      "Back in Nakuru, Mr Kirui said he would wait to see the report before deciding whether the forum had been worth his lost day of fares. “They wrote my name. Let us see if they also wrote what I said.”",
    ],
  },
  {
    slug: "manufacturers-back-import-levy-fintechs-warn-of-mobile-money-slump",
    title: "Manufacturers back import levy as fintechs warn of mobile money slump",
    standfirst:
      "Industry lobbies gave MPs sharply different verdicts on the Finance Bill, while revenue officials defended the numbers behind it.",
    category: "politics",
    tags: ["finance-bill", "parliament", "taxation", "mobile-money"],
    authors: ["daniel-kiprono"],
    daysAgo: 14.2,
    hero: {
      alt: "Witnesses in business suits sit behind microphones at a committee room table facing a horseshoe of MPs",
      caption:
        "Industry representatives give evidence to the finance committee at Parliament Buildings.",
    },
    body: [
      "Manufacturers urged MPs on Tuesday to keep the proposed rise in the import declaration fee, while digital payment firms warned that a higher levy on mobile money fees would push customers back to cash and end up raising less than the Treasury expects.",
      "The evidence came on the first of three days of hearings by the National Assembly’s Departmental Committee on Finance and National Planning in Nairobi, after its members returned from public forums in eight counties.",
      { h2: "Factories want protection" },
      "Anne Gichuru, policy director at the Kenya Association of Manufacturers, told the committee that the increase from 2.5 per cent to 3.5 per cent would help local producers of furniture, paint, steel products and processed foods who compete with cheap imports. She asked MPs to go further and apply a higher rate to finished goods that are made locally.",
      "But she also asked the committee to exempt raw materials and machinery, arguing that factories imported most of their inputs. “A fee that protects our finished products and taxes our inputs at the same rate gives with one hand and takes with the other,” she said. Members asked the association to submit a list of tariff lines it wanted exempted.",
      { h2: "Payments firms sceptical" },
      "The Digital Finance Providers Forum, which represents mobile money operators and payment companies, said the proposed excise rise from 15 per cent to 20 per cent on transfer fees would be felt most by low-income users sending small amounts.",
      "Its chief executive, Kelvin Mureithi, presented data showing that transaction volumes fell by about 6 per cent in the quarter after the last rise in the levy, as people bundled transfers or used cash. “There is a level at which a higher rate brings in less money. We believe this proposal is close to it,” he said.",
      "Committee members questioned whether the drop was caused by the levy or by a wider slowdown in the economy. One member pointed out that the sector’s revenue had grown in the same year, and asked why operators could not absorb part of the increase instead of passing it to customers.",
      { h2: "Revenue officials defend the sums" },
      "Officials of the Kenya Revenue Authority told the committee that the Bill’s estimates were conservative and based on current collection trends. They said the mobile money measure would raise about KSh 21 billion and the import fee KSh 34 billion, the two largest single items in the package.",
      "A representative of the Betting Operators Council, a lobby for gaming firms, asked MPs to reject the increase in excise duty on stakes, arguing that punters would move to offshore websites that pay no tax. The committee is expected to hear from Treasury officials on Thursday before it begins writing its report.",
    ],
  },
  {
    slug: "finance-committee-drops-mobile-money-tax-rise-bill-heads-to-second-reading",
    title: "Finance committee drops mobile money tax rise as Bill heads to second reading",
    standfirst:
      "The committee’s report cuts the expected revenue to KSh 151 billion, leaving the Treasury to find the difference elsewhere. A minority report wants deeper changes.",
    category: "politics",
    tags: ["finance-bill", "parliament", "taxation", "public-participation", "mobile-money"],
    authors: ["grace-njeri", "daniel-kiprono"],
    daysAgo: 4.7,
    hero: {
      alt: "A member of Parliament stands at the dispatch box holding a bound report as other members look on from crowded benches",
      caption: "The finance committee’s report is tabled ahead of the second reading debate.",
    },
    body: [
      "The National Assembly’s finance committee has recommended dropping the proposed rise in excise duty on mobile money transfer fees and the removal of the VAT exemption on locally assembled motorcycles, the two measures that drew the loudest objections at public hearings across the country.",
      "The committee’s report, tabled on Tuesday as the Finance Bill moved to its second reading, retains most of the other proposals but trims several. If its recommendations are adopted, the Bill would raise about KSh 151 billion, some KSh 47 billion less than the Treasury’s original estimate.",
      { h2: "What changed" },
      {
        list: [
          "Mobile money: the excise rate stays at 15 per cent. The committee said evidence on falling transaction volumes was “sufficient to raise doubt” about the revenue estimate.",
          "Motorcycles: the VAT exemption for local assembly is kept, but limited to assemblers that meet a minimum local content threshold.",
          "Import declaration fee: raised to 3 per cent instead of 3.5 per cent, with rice, wheat flour, cooking oil, raw materials and industrial machinery exempted.",
          "Betting: the rise in excise on stakes is retained at 15 per cent.",
          "Plastics: the eco-levy is kept, but its start is deferred by six months to give traders time to adjust.",
        ],
      },
      "The report says the committee received 13,480 written memoranda and heard 1,120 oral submissions in eight counties and in Nairobi. It devotes a chapter to summarising the views from each county forum, an innovation members said was a response to complaints that earlier hearings had gone unreported.",
      { h2: "The revenue gap" },
      "The changes leave the Treasury with a shortfall it will have to cover through spending cuts, further borrowing or new measures in a later Bill. The committee suggested that part of the gap could be closed by improving collection of existing taxes, noting that the Kenya Revenue Authority had told members it was pursuing more than KSh 90 billion in disputed assessments.",
      "Treasury officials have not commented publicly on the report. The Bill’s sponsors in the House are expected to accept most of the changes rather than risk a prolonged fight on the floor.",
      { h2: "A minority view" },
      "Four members of the committee signed a minority report arguing that the import fee should be dropped entirely and the betting levy raised further, to 20 per cent. They also called for the Treasury to publish a list of tax exemptions granted to large companies and estimate what they cost the exchequer each year.",
      "Moses Lomuria, one of the four, said during the debate that the committee had “listened to the loudest voices but not always to the poorest”. “The import fee will still be felt in the price of every bucket and every iron sheet in the countryside,” he told the House.",
      "Economist Mercy Chelangat of the Institute for Fiscal Dialogue said the report showed that public hearings could shape tax policy. “The two measures that were dropped were the ones people explained best, with numbers from their own lives. That is participation working,” she said. She cautioned that the revenue gap would need a credible plan, “or the savings for households now become borrowing costs later”.",
      "The second reading debate continues this week. If the House approves the Bill, it will go through the committee of the whole House, where members can move further amendments clause by clause, before the third reading and transmission to the President for assent.",
    ],
  },

  // ---------------------------------------------------------------------------------------------
  // Politics: standalones
  // ---------------------------------------------------------------------------------------------
  {
    slug: "seven-candidates-cleared-for-mariakani-ward-by-election-in-kilifi",
    title: "Seven candidates cleared for Mariakani ward by-election in Kilifi",
    standfirst:
      "The seat fell vacant after the death of MCA Said Kazungu in a road accident. Water and market fees are expected to dominate a short campaign.",
    category: "politics",
    tags: ["elections", "counties"],
    authors: ["fatuma-hassan"],
    daysAgo: 52.3,
    hero: {
      alt: "Election officials at a table in a school classroom check documents handed in by a candidate wearing a cap, with supporters waiting outside the door",
      caption: "A candidate presents nomination papers to the returning officer in Mariakani.",
    },
    body: [
      "Seven candidates have been cleared by the Independent Electoral and Boundaries Commission to contest the Mariakani ward by-election in Kilifi County, following the death of the ward’s member of the county assembly, Said Kazungu, in a road accident on the Mombasa–Nairobi highway three months ago.",
      "The returning officer for Kaloleni constituency, Agnes Dzombo, said nine people had presented nomination papers but two were rejected, one for failing to provide the required number of supporters’ signatures and the other because his party had nominated a different candidate.",
      "Campaigns opened on Monday and close 48 hours before polling day. The ward has 28,400 registered voters across 31 polling stations, according to the commission.",
      "Three of the seven are running on party tickets and four as independents, among them two former county officials and a retired primary school head teacher. The late Mr Kazungu had won the seat as an independent in the last general election.",
      "Most of the candidates have built their early pitches around roads and water. A former county water officer, Rehema Mwadzombo, has promised to push for a pipeline extension from the Baricho supply, while a younger independent candidate, Emmanuel Katana Chengo, is campaigning on bursaries for secondary school pupils, which the late MCA controlled through the ward development fund.",
      "Residents at Mariakani’s busy livestock market said they wanted a representative who would press the county government on water supply and market fees. Much of the ward depends on water delivered by tanker, and the county raised daily trading fees at the market last year.",
      "“We pay for water twice: once to the county in taxes and once to the vendor who brings it in a donkey cart,” said Kahindi Mwarabu, a cattle trader. “Whoever wins must go to Kilifi and fight for pipes.”",
      "The commission said it would deploy 142 polling officials and had begun voter education in local churches and mosques. Turnout in county ward by-elections is often below 40 per cent, and candidates said they would concentrate on door-to-door canvassing rather than large rallies.",
      "Police said they would deploy additional officers to the ward for the campaign period, after a brief scuffle between rival supporters outside the nomination centre on Friday, and urged candidates to notify the sub-county police commander of any public meetings in advance.",
    ],
  },
  {
    slug: "registrar-moves-to-deregister-19-dormant-political-parties",
    title: "Registrar moves to deregister 19 dormant political parties",
    standfirst:
      "The parties have no offices, file no accounts and have fielded no candidates in two elections, the Registrar says. They have 30 days to respond.",
    category: "politics",
    tags: ["elections", "parliament"],
    authors: ["grace-njeri"],
    daysAgo: 36.9,
    hero: {
      alt: "A locked metal door with a faded hand-painted party sign above it in a narrow Nairobi corridor",
      caption:
        "The listed head office of one of the parties facing deregistration, found locked by Gazeti.",
    },
    body: [
      "The Office of the Registrar of Political Parties has given 19 registered parties 30 days to show why they should not be struck off the register, saying they have failed to meet the basic conditions of the Political Parties Act.",
      "In a notice published on Wednesday, the Registrar said the parties had not filed audited accounts for at least two years, had no functioning county offices, and had not fielded a candidate in either of the last two general elections or in any by-election since. Several had not updated their list of officials in more than five years.",
      "Kenya has more than 90 registered political parties, far more than are active in any election cycle. The law requires a party to maintain offices in more than half of the counties and to have a minimum number of registered members in each, drawn from across the country.",
      { h2: "Addresses that lead nowhere" },
      "Gazeti visited the listed head offices of five of the parties in Nairobi. Two were occupied by other businesses, a hardware store and a hair salon, whose staff said they had never heard of the parties. One was a locked office in a building on Luthuli Avenue with a faded sign above the door. The remaining two addresses could not be found.",
      "The secretary-general of one of the affected parties, the People’s Progressive Alliance, said his party was being targeted for lack of money rather than lack of activity. “Small parties cannot rent offices in 24 counties. That does not mean we have no members or no ideas,” said Julius Mwendwa, who said the party would file a response within the deadline.",
      "Parties that are deregistered lose any claim to the Political Parties Fund, although none of the 19 currently qualifies for it. Only parties that win a minimum share of votes in a general election are eligible.",
      { h2: "A crowded register" },
      "Governance analyst Halima Abdi said the clean-up was overdue. “A cluttered register makes it easier to hide things: defections, dubious membership lists, parties kept alive only to be traded during nominations,” she said. “But the Registrar must apply the rules evenly, including to larger parties that are also late with their accounts.”",
      "The Registrar’s notice said parties that fail to respond within 30 days, or whose responses are found unsatisfactory, will be deregistered and their names published in the Kenya Gazette. Affected parties may appeal to the Political Parties Disputes Tribunal.",
    ],
  },
  {
    slug: "senate-rejects-cut-to-county-allocations-revenue-bill-goes-to-mediation",
    title: "Senate rejects cut to county allocations, sending revenue bill to mediation",
    standfirst:
      "Senators want counties to receive KSh 410 billion, KSh 23 billion more than the National Assembly approved. County finance chiefs say development projects are at risk.",
    category: "politics",
    tags: ["senate", "parliament", "counties"],
    authors: ["grace-njeri", "fatuma-hassan"],
    daysAgo: 9.5,
    hero: {
      alt: "Senators seated in a semicircular chamber with wood panelling, one member standing to speak while others listen",
      caption:
        "Senators debate the division of revenue between the national and county governments.",
    },
    body: [
      "The Senate has rejected the National Assembly’s version of the Division of Revenue Bill, insisting that counties receive KSh 410 billion as their equitable share next financial year rather than the KSh 387 billion approved by the lower house.",
      "The vote on Tuesday means the Bill now goes to a mediation committee made up of members of both houses, which has 30 days to agree a single figure. The annual division of revenue determines how much of nationally raised money goes to the 47 counties and is the single most important source of county budgets.",
      { h2: "The arguments" },
      "The National Assembly had reduced the allocation from the figure recommended by the Commission on Revenue Allocation, citing lower-than-expected tax collections and the cost of servicing public debt. Members argued that the national government could not commit money it was not certain to collect.",
      "Senators countered that counties were being asked to absorb rising costs for health workers and early childhood education while their share stagnated. Several pointed out that the national government had increased its own ministerial budgets for the same year.",
      "Nominated Senator Rahma Jillo told the House during the debate that cutting county allocations while expanding national spending “reverses the spirit of devolution by stealth”. The motion rejecting the Assembly’s amendments passed by 38 votes to 7.",
      { h2: "Counties brace for delay" },
      "County finance officials said the dispute was likely to delay the release of funds at the start of the financial year, as has happened in previous years when the two houses could not agree.",
      "“When the money comes late, it is development that suffers. Salaries are a first charge; we pay them even if we borrow from the bank. But the dispensary we were building, the water project, those stop,” said Benson Kiilu, the county executive for finance in Kitui.",
      "In Kitui, he said, 31 stalled development projects were waiting for funds, including two maternity wings and a borehole programme in the county’s drier eastern wards. Contractors had already warned that they would suspend work if they were not paid by the end of the quarter.",
      { h2: "History of deadlock" },
      "The two houses have clashed over county allocations several times since devolution began, and past mediation committees have often settled on a figure between the two positions. On one occasion the dispute was resolved only after several months, during which counties operated on a fraction of their expected budget.",
      "Public finance analyst Otieno Wanyonyi said a compromise of about KSh 400 billion was the most likely outcome. “Both houses know the cost of a long standoff falls on county hospitals and schools, not on Parliament. The question is whether they agree in 30 days or in 90,” he said.",
      "The Council of Governors said in a statement that it supported the Senate’s figure and urged the mediation committee to conclude its work quickly.",
    ],
  },

  // ---------------------------------------------------------------------------------------------
  // Crime: Kajiado livestock theft
  // ---------------------------------------------------------------------------------------------
  {
    slug: "kajiado-herders-count-losses-as-night-raids-on-livestock-surge",
    title: "Kajiado herders count losses as night raids on livestock surge",
    standfirst:
      "More than 400 sheep and goats have been taken from homesteads in six weeks. Residents say the thieves arrive by lorry and the police arrive late.",
    category: "crime",
    tags: ["kajiado-livestock-theft", "kenya-police", "counties"],
    authors: ["fatuma-hassan"],
    daysAgo: 39.6,
    hero: {
      alt: "A herder stands beside a gap in a thorn-branch fence around a livestock enclosure on dry open plains, tyre tracks visible in the dust",
      caption:
        "Lekishon Mpaayei at the spot where thieves cut through the fence of his boma near Isinya.",
    },
    body: [
      "For three generations, Lekishon Mpaayei’s family has kept sheep and goats on the plains outside Isinya in Kajiado County. In the last six weeks, thieves have taken 47 of them in two night raids, cutting through the thorn fence of his boma while the family slept a few metres away.",
      "“We heard nothing. In the morning there were tyre marks on the road and the fence was cut as cleanly as a gate,” he said, standing beside the gap, now patched with fresh acacia branches.",
      "His is not an isolated case. Local administrators say at least 430 sheep and goats and 26 cattle have been stolen in Isinya, Kajiado Central and Kajiado East sub-counties since the start of the dry season, in what residents describe as the worst run of thefts in a decade.",
      { h2: "A business, not a raid" },
      "Residents and police describe a consistent pattern. The raids happen between midnight and 4am, usually at homesteads close to a murram road, and the animals are loaded onto pick-ups or small lorries instead of being driven away on foot, as in older forms of stock theft. Within hours, herders believe, the animals are at slaughterhouses on the edge of Nairobi.",
      "“These are not boys from the next village taking a goat for a ceremony. This is a business. They know which bomas have no dogs, which have a watchman, which roads the police do not patrol,” said Naserian Sekento, a ward administrator in Isinya.",
      "A mature goat fetches between KSh 8,000 and KSh 12,000 at market, so the stolen small stock alone is worth more than KSh 4 million. For many families the animals are savings, school fees and drought insurance all at once.",
      { h2: "Anger at the police" },
      "At a baraza at Ilbissil on Saturday, attended by about 300 residents, several speakers accused police of slow responses. Two herders said they had followed tyre tracks to the main road and called the nearest police post, only to be told there was no vehicle available.",
      "Simel Kuyioni, a youth leader, said some young men had begun organising night patrols with rungus and torches. “If the police cannot come, we will guard ourselves. But we do not want a day when someone is killed by a mob because he was walking at night,” he said.",
      "The Kajiado Central sub-county police commander, Wycliffe Ndegwa, told the meeting that officers had recorded 41 cases of stock theft in the period and made two arrests, both of which ended in release for lack of evidence. He said the sub-county had three serviceable vehicles to cover a vast area, and urged residents to report thefts at once rather than the following morning.",
      "“Every hour counts. Once those animals are slaughtered, the evidence is gone,” he said. Police were working with the county veterinary department to check movement permits at livestock markets and slaughterhouses, he added.",
      { h2: "Permits ignored" },
      "Under county rules, animals moved between sub-counties must carry a movement permit issued by a veterinary officer, and slaughterhouses must record the origin of every animal they buy. Herders say those rules are widely ignored.",
      "A meat trader in Kitengela, who asked not to be named for fear of reprisals, said some buyers took goats at night from sellers who offered no papers and prices well below market. “Everybody knows. The cheap goats come on Tuesday night and Friday night,” he said.",
      "Mr Mpaayei said he would bring his remaining 60 goats inside the house at night if he had to. “My grandfather chased lions away from these animals. I never thought I would be chasing lorries,” he said.",
    ],
  },
  {
    slug: "police-recover-130-stolen-goats-in-kitengela-slaughterhouse-raid",
    title: "Police recover 130 stolen goats in Kitengela slaughterhouse raid, arrest five",
    standfirst:
      "A tip-off about a lorry seen near an Isinya homestead led officers to a private abattoir where most animals had no permits.",
    category: "crime",
    tags: ["kajiado-livestock-theft", "kenya-police", "counties"],
    authors: ["brian-otieno", "fatuma-hassan"],
    daysAgo: 33.8,
    hero: {
      alt: "Goats and sheep crowded in a holding pen behind a corrugated iron fence as uniformed officers and herders look on",
      caption: "Recovered animals in a holding pen at the slaughterhouse in Kitengela.",
    },
    body: [
      "Police in Kajiado County have recovered 130 goats and 22 sheep believed to have been stolen from homesteads in Isinya and Kajiado Central, and arrested five people, including the manager of a private slaughterhouse in Kitengela, in a dawn operation on Wednesday.",
      "The raid follows six weeks of night-time livestock thefts that have left herders in the area counting losses of hundreds of animals and accusing police of doing too little.",
      "Kajiado County Police Commander Florence Wambua said the operation involved officers from three stations, National Police Reservists and veterinary officers from the county government. They were deployed after a member of the public reported a lorry seen near an Isinya homestead during a raid last week.",
      "“We followed that lorry, and it led us here,” she told reporters at the slaughterhouse, where the animals were held in a pen behind a corrugated iron fence.",
      { h2: "Ear notches and brands" },
      "Veterinary officers spent much of the day examining the recovered animals for identifying marks. Many herders in the area mark their livestock with distinctive ear notches or brands, and by the afternoon owners from at least 14 homesteads had picked out animals as theirs.",
      "The slaughterhouse had purchase records for only 40 of the animals in its pens, police said, and none of those came with valid movement permits. Officers also seized a logbook, three mobile phones and about KSh 380,000 in cash.",
      "A lorry and a double-cabin pick-up were impounded at Kitengela police station. Police said the lorry carried false number plates and that its registered owner was being sought.",
      { h2: "Five suspects" },
      "The suspects, four men and a woman aged between 29 and 45, include the slaughterhouse manager, two drivers, a livestock broker who trades at a market in Kajiado Central and a butcher who supplies meat to hotels in Nairobi. They are expected to appear at the Kajiado Law Courts on Friday.",
      "Ms Wambua said investigators believed the group was part of a wider network. “We are not finished. We want to know who was paying for these animals and where the meat was going,” she said.",
      "The recovered animals will be kept at a county holding ground in Kajiado town until the court rules on their release, since they are exhibits in the case.",
      "Herders who gathered outside the slaughterhouse welcomed the arrests but said they would wait to see whether anyone was convicted. “We have seen arrests before. Two weeks later the same people are back at the market,” said Nashipae Lesiamon, who identified nine of her goats by their ear marks.",
    ],
  },
  {
    slug: "kajiado-livestock-theft-suspects-held-10-more-days-as-police-trace-buyers",
    title: "Kajiado livestock theft suspects held for 10 more days as police trace buyers",
    standfirst:
      "Detectives told the court they need time to analyse phones and mobile money records seized in the Kitengela raid.",
    category: "crime",
    tags: ["kajiado-livestock-theft", "courts", "kenya-police"],
    authors: ["brian-otieno"],
    daysAgo: 29.1,
    hero: {
      alt: "A group of herders in shukas waits on benches along the veranda of a court building in the morning sun",
      caption: "Herders from Isinya wait outside the Kajiado Law Courts ahead of the hearing.",
    },
    body: [
      "A court in Kajiado has allowed police to hold five suspects in a livestock theft investigation for another ten days while detectives trace the buyers of animals allegedly stolen from homesteads in Isinya and Kajiado Central.",
      "Slaughterhouse manager Douglas Nzioki Mutinda, 45, drivers Kevin Odera Ouma, 29, and Stanley Kipkorir Cheruiyot, 33, livestock broker Joseph Lemiso Parsaoti, 38, and butcher Eunice Wambui Karanja, 41, appeared before Principal Magistrate Edith Moraa Nyabuto on Friday. They were not asked to plead.",
      "In an affidavit, the investigating officer said detectives needed time to analyse the three phones seized in Wednesday’s raid, obtain mobile money and bank statements, and record statements from 23 herders who have identified recovered animals as theirs. The prosecution had asked for 14 days.",
      "Prosecutor Caroline Mueni told the court the suspects were likely to face charges of stealing stock, which carries a maximum sentence of 14 years under the Penal Code, and of handling stolen property. She said releasing them could allow them to interfere with witnesses, some of whom are their neighbours.",
      "Counsel for Mr Mutinda, Mwanaisha Bakari, opposed the application, arguing that the slaughterhouse had bought the animals in good faith from brokers and that detention without charge was being used as punishment. “My client runs a licensed business that pays county fees every month. He is not going anywhere,” she said.",
      "The magistrate said the investigation appeared to be at an early stage and involved several locations and financial records, but that 14 days was more than the police had justified. She granted ten and directed that the suspects be allowed access to their lawyers and families.",
      "Outside court, Lekishon Mpaayei, a herder from Isinya who lost 47 goats in two night raids, said he had come to see the faces of the people accused. “I have lost many nights of sleep to this. Today I wanted to look at them and ask myself, are these the ones?” he said. He has identified six of the recovered goats as his.",
      "About 60 herders, many of whom travelled from Isinya by matatu before dawn, followed the proceedings from the packed courtroom and the veranda outside. The case will be mentioned again in ten days.",
    ],
  },
  {
    slug: "kajiado-herders-reclaim-stolen-goats-press-for-livestock-tagging-scheme",
    title: "Kajiado herders reclaim stolen goats and press for livestock tagging scheme",
    standfirst:
      "Thefts have fallen sharply since the Kitengela arrests, but herders want the county to make stolen animals harder to sell.",
    category: "crime",
    tags: ["kajiado-livestock-theft", "kenya-police", "counties", "courts"],
    authors: ["fatuma-hassan"],
    daysAgo: 7.3,
    hero: {
      alt: "A woman herder leads a small flock of goats along a dusty road away from a fenced livestock holding ground",
      caption:
        "Nashipae Lesiamon walks her recovered goats home from the county holding ground in Kajiado town.",
    },
    body: [
      "Nashipae Lesiamon walked the last eight kilometres home on Saturday behind nine goats she had not expected to see again. The animals, taken from her boma near Isinya almost two months ago, were among 152 released to their owners this week after a Kajiado court allowed them to be photographed, recorded as exhibits and returned.",
      "“Two of them were pregnant when they were stolen. Now they have kids,” she said, laughing. “So the thieves have paid me interest.”",
      "The handover at the county holding ground in Kajiado town, supervised by veterinary officers and police, drew more than 100 herders. Each owner had to identify their animals by ear notch or brand in the presence of an officer and sign for them. About 20 animals were still unclaimed on Saturday afternoon.",
      { h2: "The case so far" },
      "The five suspects arrested in the raid on a Kitengela slaughterhouse were formally charged last week with stealing stock and handling stolen property. All five pleaded not guilty and were released on bonds of KSh 500,000 each, on condition that they do not visit the homesteads of any witness. The trial is due to begin next month.",
      "Police say the number of reported thefts in Isinya, Kajiado Central and Kajiado East has fallen from 41 in the six weeks before the arrests to six in the month since. The sub-county police commander, Wycliffe Ndegwa, said the slaughterhouse’s licence had been suspended and that two other premises had been warned after inspections found animals without movement permits.",
      "“The drop tells us the network was smaller than people feared but very active. It also tells us that if the market is closed, the theft stops,” he said.",
      { h2: "Making animals traceable" },
      "At a meeting with the deputy county commissioner on Thursday, herders’ representatives presented a petition asking the county government to introduce tagging for sheep, goats and cattle, and to require slaughterhouses to scan or record every tag before slaughter.",
      {
        quote:
          "An ear notch is proof to me and my neighbours. It means nothing to a butcher in Nairobi. If every animal has a number, then every slaughterhouse can be asked where that number came from.",
        by: "Lekishon Mpaayei, a herder from Isinya who lost 47 goats in the raids",
      },
      "The county executive for agriculture and livestock, Jonathan Kipeno, said the county planned to pilot ear tagging in Isinya and Kajiado Central in the coming financial year, starting with about 20,000 animals. He said the tags would be free for the first batch but that herders would later pay a small fee per animal.",
      "Some herders were wary of that. “Every new programme starts free and then becomes a charge,” said Simel Kuyioni, the youth leader who helped organise night patrols during the worst of the thefts. He said the patrols would continue until the trial was over.",
      { h2: "Unanswered questions" },
      "Not everyone has recovered their animals. Local administrators estimate that fewer than half of the sheep and goats stolen during the six-week run of thefts have been found, and no cattle have been recovered. Police believe many were slaughtered before the raid.",
      "Naserian Sekento, the Isinya ward administrator, said residents still wanted to know who bought the meat. “The people in court are the ones who were caught with the goats. We are waiting to hear about the ones who were eating them,” she said.",
      "Ms Lesiamon said she would brand her recovered goats again, more deeply this time, and had bought a second dog.",
    ],
  },

  // ---------------------------------------------------------------------------------------------
  // Crime: the SIM-swap fraud syndicate
  // ---------------------------------------------------------------------------------------------
  {
    slug: "six-arrested-over-sim-swap-fraud-that-drained-ksh-38-million",
    title: "Six arrested over SIM-swap fraud that drained KSh 38 million from bank accounts",
    standfirst:
      "Detectives say the group used leaked customer data and a phone-shop insider to take over victims’ numbers, then emptied their accounts through mobile banking.",
    category: "crime",
    tags: ["sim-swap-fraud", "fraud", "mobile-money", "kenya-police"],
    authors: ["brian-otieno", "daniel-kiprono"],
    daysAgo: 19.4,
    hero: {
      alt: "Mobile phones, SIM card packs, laptops and a card printer laid out on a table at a police station for display",
      caption: "Items recovered by detectives in raids in Kahawa West, Ruaka and Ongata Rongai.",
    },
    body: [
      "Detectives from the Directorate of Criminal Investigations have arrested six people suspected of running a SIM-swap fraud syndicate that took about KSh 38 million from the bank and mobile money accounts of at least 212 people over eight months.",
      "The suspects were arrested in simultaneous raids on Monday night in Kahawa West and Ruaka in Kiambu County and Ongata Rongai in Kajiado County. Among them is a customer-care attendant at a mobile network operator’s retail shop in Nairobi’s central business district, police said.",
      "Superintendent Irene Wakio, who heads the investigation at the directorate’s cybercrime unit, said officers recovered 17 phones, 41 SIM cards, two laptops, a plastic card printer and dozens of blank and partly completed national identity card forms.",
      { h2: "How the scheme worked" },
      "According to investigators, the group obtained lists of bank customers’ names, phone numbers and identity card numbers, some of which appear to have come from a former contractor at a bank’s outsourced call centre. Two of the suspects previously worked for that contractor.",
      "Using forged identity cards or police abstracts claiming the originals were lost, accomplices then applied for replacement SIM cards for the victims’ phone numbers. Detectives say the shop attendant approved many of the replacements without the checks required by the operator’s rules.",
      "Once the fraudsters controlled a victim’s number, they used it to reset mobile banking passwords, moved money into mobile wallets registered to other people, and withdrew cash through agents across Nairobi and Kiambu within an hour.",
      "“The victims’ first sign was usually that their phone lost network. By the time they got to a shop to ask why, the money was gone,” Ms Wakio said.",
      { h2: "Victims across five banks" },
      "The victims held accounts at five commercial banks, and the largest single loss was KSh 1.9 million, taken from a retired civil servant in Thika. Most losses were between KSh 50,000 and KSh 300,000.",
      "Police said the mobile network operator had cooperated with the investigation and had suspended the shop employee. In a statement, the operator said it had tightened verification for SIM replacements, including a mandatory call-back to the original number’s registered contacts.",
      "Daisy Nekesa, a small business owner in Ruiru who lost KSh 210,000 in one afternoon last month, said she was relieved by the arrests but doubted she would see her money again. “The bank told me I must have shared my PIN. I shared nothing. My phone just went dead at lunchtime,” she said.",
      "The six are being held at Capitol Hill police station and are expected to be arraigned at the Milimani Law Courts on Wednesday. Detectives said they were still looking for at least three other people, including the person believed to have supplied the customer data.",
    ],
  },
  {
    slug: "sim-swap-suspects-detained-14-days-as-police-trace-ksh-38-million",
    title: "SIM-swap suspects detained for 14 days as police trace KSh 38 million",
    standfirst:
      "Prosecutors at Milimani said money from the syndicate passed through more than 300 mobile wallets. A court froze KSh 9.2 million in related accounts.",
    category: "crime",
    tags: ["sim-swap-fraud", "courts", "fraud", "mobile-money"],
    authors: ["brian-otieno"],
    daysAgo: 17.1,
    hero: {
      alt: "Six suspects stand in the dock of a crowded magistrate’s court as a prosecutor addresses the bench",
      caption: "The six suspects in the SIM-swap case at the Milimani Law Courts in Nairobi.",
    },
    body: [
      "A Nairobi court has allowed detectives to hold six people suspected of running a SIM-swap fraud syndicate for 14 days, after prosecutors said the money taken from victims had been spread across more than 300 mobile wallets and would take time to trace.",
      "Brenda Atieno Omollo, 26, Collins Kiptoo Rotich, 31, Faith Wanjiku Muriuki, 28, Ibrahim Said Mwamba, 24, Victor Maina Gathogo, 35, and Dennis Kamau Njoroge, 30, appeared before Senior Principal Magistrate Lucas Onyango Akoth at the Milimani Law Courts on Wednesday. They were not asked to plead.",
      "Prosecutor Winnie Chepkemoi told the court the suspects were being investigated for conspiracy to defraud, unauthorised access to computer systems and identity theft under the Computer Misuse and Cybercrimes Act, and obtaining money by false pretences.",
      "She said detectives had so far linked 212 complainants to the group and expected the number to grow, since many victims had reported their losses only to their banks and not to the police. The prosecution had asked for 21 days.",
      { h2: "Defence objects" },
      "Lawyers for four of the suspects opposed the application. Counsel for Ms Omollo, the retail shop attendant, said her client had processed SIM replacements in line with procedures she had been trained on and could not be expected to detect well-forged documents. Counsel for Mr Mwamba said his client was a mobile money agent whose only link to the case was that fraudsters had withdrawn cash at his shop.",
      "The magistrate said the scale of the alleged fraud and the number of accounts involved justified further detention, but reduced the period to 14 days. “The court must balance the liberty of the suspects against the legitimate needs of an investigation of this size,” he said.",
      { h2: "Accounts frozen" },
      "In a separate application heard the same day, the Assets Recovery Agency obtained orders freezing KSh 9.2 million held in 27 bank and mobile money accounts it says received proceeds of the fraud. The orders are valid for six months.",
      "Outside court, several victims said they had come to see the suspects for themselves. Samuel Gitonga, a matatu owner who lost KSh 340,000, said he hoped the frozen money would be returned to those who lost it. “Nine million is not 38 million, but it is a beginning,” he said.",
      "The case will be mentioned again in two weeks.",
    ],
  },
  {
    slug: "how-a-sim-swap-gang-emptied-a-nakuru-teachers-account-in-40-minutes",
    title: "How a SIM-swap gang emptied a Nakuru teacher’s account in 40 minutes",
    standfirst:
      "Rosemary Chebet lost KSh 640,000 in the time it took her to walk to a phone shop. Her story shows how the fraud works, and what customers can do.",
    category: "crime",
    tags: ["sim-swap-fraud", "fraud", "mobile-money"],
    authors: ["daniel-kiprono", "brian-otieno"],
    daysAgo: 11.6,
    hero: {
      alt: "A woman sits at a desk in a school staffroom holding a mobile phone with a blank screen, bank statements spread in front of her",
      caption:
        "Rosemary Chebet with the bank statements showing the transfers made from her account.",
    },
    body: [
      "At 11.20 on a Thursday morning, in the middle of a chemistry lesson, Rosemary Chebet’s phone showed a message she did not understand: “No service.” She assumed it was a network fault. At 11.55, between lessons, she tried to call her husband and could not. By the time she reached a phone shop in Nakuru town at 12.05, her salary account, holding KSh 640,000 saved over four years for a plot of land, had been emptied.",
      "“The attendant looked at her screen and said, ‘Madam, your SIM was replaced this morning in Nairobi.’ I said, ‘But I am standing here, and I have been in Nakuru all my life,’” Ms Chebet said.",
      "She is one of at least 212 people detectives say were defrauded by a syndicate whose six suspected members were arrested in Nairobi and its outskirts last week. Police believe the group took about KSh 38 million in eight months. Her account of those 40 minutes, pieced together from her bank statements and the mobile operator’s records, shows how quickly such a fraud unfolds.",
      { h2: "Step one: the data" },
      "The fraud started long before that Thursday. Investigators say the syndicate had lists of bank customers’ names, identity numbers and phone numbers, some traced to a former contractor at a bank call centre. Ms Chebet’s details were on one of those lists.",
      "“Your ID number is not a secret any more. It is on every form you have filled, at every hospital, every hotel reception, every building you have signed into,” said Abdulkadir Hirsi, a cybersecurity consultant in Nairobi. “The phone number is the real key, because that is what the bank uses to confirm it is you.”",
      { h2: "Step two: the swap" },
      "At 11.14 that morning, a woman presented a national identity card in Ms Chebet’s name at a retail shop in Nairobi and asked for a replacement SIM card, saying her phone had been stolen. The card, police say, was forged: it carried Ms Chebet’s name and number but someone else’s photograph. The replacement was issued, and her own SIM went dead six minutes later.",
      { h2: "Step three: the money" },
      "With her number now in the fraudsters’ phone, they used the bank’s mobile app to request a password reset. The bank sent a one-time code by text message, to the new SIM. At 11.31 the first transfer of KSh 150,000 went to a mobile wallet registered to a stranger. Four more transfers followed, each to a different wallet, the last at 11.52.",
      "Within the hour, investigators say, the money had been withdrawn in cash at agents in Kayole, Githurai and Kahawa West. “The wallets are registered using other people’s IDs, often bought from desperate young people for a few hundred shillings,” Mr Hirsi said.",
      "The speed is the point. Investigators say the syndicate worked in teams: one person at the shop, one with a laptop and the victim’s details ready, and several runners already standing near agents, waiting for a message telling them which wallet to empty. In Ms Chebet’s case, the whole operation, from the forged ID to the last withdrawal, took less than two hours.",
      { h2: "What customers can do" },
      "Banks and mobile operators have tightened some procedures, and several banks now block large transfers for 24 to 48 hours after detecting a SIM change. But experts say customers can reduce their risk:",
      {
        list: [
          "Treat a sudden loss of network, with no obvious reason, as an emergency and call your bank from another phone immediately.",
          "Ask your bank to use an authentication app or in-branch verification for large transfers, not only text message codes.",
          "Register a SIM-change alert or a PIN on your mobile line if your operator offers one.",
          "Keep a separate savings account that cannot be accessed through the mobile app.",
          "Be careful about sharing photocopies of your ID, and write on any copy what it is for.",
        ],
      },
      { h2: "Who pays" },
      "Ms Chebet’s bank initially told her that the transactions had been authorised with the correct codes and that it was not liable. She has filed a complaint with the Central Bank of Kenya and, with other victims, is consulting a lawyer about a claim against both the bank and the mobile operator.",
      "Lawyers say such claims are difficult but not hopeless. A bank is expected to have systems that detect unusual activity, and a mobile operator must verify a customer’s identity before issuing a replacement SIM. Where either failed, a customer may be able to argue that the loss was not her fault. The mobile operator involved said it did not comment on individual cases but that it had “strengthened checks at all outlets” since the arrests.",
      "“They say I authorised it. How could I authorise anything? I was teaching Form Three the periodic table,” she said. Six weeks later, she still has not bought the plot.",
    ],
  },
  {
    slug: "sim-swap-suspects-freed-on-bond-as-prosecutors-add-27-more-victims",
    title: "SIM-swap suspects freed on bond as prosecutors add 27 more victims",
    standfirst:
      "The six pleaded not guilty to an amended charge sheet that puts the syndicate’s haul at KSh 43.6 million from 239 people.",
    category: "crime",
    tags: ["sim-swap-fraud", "courts", "fraud"],
    authors: ["brian-otieno"],
    daysAgo: 0.6,
    hero: {
      alt: "Relatives wait on a bench in a court corridor, one holding a folder of documents, as a lawyer in a gown walks past",
      caption:
        "Relatives of the accused wait to process bond documents at the Milimani Law Courts.",
    },
    body: [
      "Six people accused of running a SIM-swap fraud syndicate were released on bond on Tuesday after pleading not guilty to an amended charge sheet that adds 27 victims and puts the total taken at KSh 43.6 million.",
      "The charge sheet, filed at the Milimani Law Courts after nearly three weeks of investigations, lists 239 complainants whose bank and mobile money accounts were emptied after their phone numbers were transferred to new SIM cards. The earlier estimate was KSh 38 million from 212 people.",
      "The accused face a total of 31 counts, including conspiracy to defraud, unauthorised access to computer systems and identity theft under the Computer Misuse and Cybercrimes Act, and obtaining money by false pretences.",
      { h2: "Strict conditions" },
      "Senior Principal Magistrate Lucas Onyango Akoth released five of the accused on a bond of KSh 1 million each with one surety, or cash bail of KSh 500,000. He ordered them to surrender their passports, report to the investigating officer once a month and avoid any contact with complainants or prosecution witnesses.",
      "The prosecution opposed bail for Brenda Atieno Omollo, the former retail shop attendant accused of approving fraudulent SIM replacements, arguing that she had worked alongside several potential witnesses and could influence them. The magistrate granted her bond on the same terms but barred her from entering any premises of her former employer.",
      "“The accused are presumed innocent, and the prosecution has not shown that any of them is likely to abscond,” the magistrate said.",
      { h2: "A search for the supplier" },
      "The prosecution told the court that detectives were still looking for three other suspects, including the person believed to have sold customer data to the syndicate, and that more charges could follow. About KSh 9.2 million in suspected proceeds remains frozen under orders obtained by the Assets Recovery Agency.",
      "Several victims who attended the hearing said they were disappointed by the release. “We were told they were dangerous to our money. Now they are going home before we have got a shilling back,” said Samuel Gitonga, a matatu owner who lost KSh 340,000.",
      "The Communications Authority of Kenya said separately this week that it was reviewing how mobile operators verify customers at retail outlets and agent shops before replacing SIM cards, and would publish new guidelines after consulting the industry.",
      "The trial will begin with pre-trial directions next month, when the prosecution is expected to supply the defence with its witness statements and the mobile operator’s replacement records.",
    ],
  },

  // ---------------------------------------------------------------------------------------------
  // Crime: standalones
  // ---------------------------------------------------------------------------------------------
  {
    slug: "fake-phone-chargers-and-cables-worth-ksh-62-million-seized-at-mombasa-port",
    title: "Fake phone chargers and cables worth KSh 62 million seized at Mombasa port",
    standfirst:
      "The container was declared as plastic household goods. Inside were nearly 250,000 counterfeit electrical items bearing fake brand logos and standards marks.",
    category: "crime",
    tags: ["counterfeit-goods", "fraud", "taxation"],
    authors: ["daniel-kiprono", "fatuma-hassan"],
    daysAgo: 24.8,
    hero: {
      alt: "Cartons of boxed phone chargers and coiled cables stacked on the floor of a port warehouse beside an open shipping container",
      caption:
        "Seized counterfeit electrical accessories in a customs warehouse at the port of Mombasa.",
    },
    body: [
      "Customs officers and the Anti-Counterfeit Authority have seized a 40-foot container of counterfeit phone chargers, cables and power banks valued at about KSh 62 million at the port of Mombasa, in what officials described as one of the largest single seizures of fake electrical goods this year.",
      "The container, shipped from East Asia, had been declared as plastic household items. It was flagged by the Kenya Revenue Authority’s risk system because the weight recorded on the manifest did not match the declared contents, and was opened for inspection at a container freight station on Monday.",
      "Inside were about 96,000 chargers, 140,000 charging cables and 12,000 power banks, most packaged in boxes bearing the logos of well-known international phone brands and imitation Kenya Bureau of Standards marks.",
      { h2: "A fire risk" },
      "Mwanajuma Athman, the Anti-Counterfeit Authority’s coast regional manager, said tests on samples found that many of the chargers lacked basic insulation between high-voltage and low-voltage circuits. “These are not just a fraud against brand owners. They can overheat, melt and start fires in the homes and hostels where people charge their phones overnight,” she said.",
      "Electrical engineer Patrick Mwadime, who lectures at the Technical University of Mombasa, said fake chargers were a common cause of small house fires. “The original charger costs more because there is a transformer and protection circuitry inside. The cheap one saves money by leaving them out,” he said.",
      { h2: "Importer summoned" },
      "The consignee, a Nairobi-registered company called Bahari Link General Traders Ltd, has been asked to present its directors for questioning. Officials said the firm had imported four other containers in the past year, all declared as household goods, and those shipments were now being reviewed.",
      "Customs officials estimated that the misdeclaration would have cost the government about KSh 11 million in duty and taxes had the goods cleared. Under the Anti-Counterfeit Act, those convicted of dealing in counterfeit goods face up to five years in jail or a fine of up to three times the value of the goods, or both.",
      "On Nairobi’s Luthuli Avenue, where many phone accessories are sold, traders said buyers often could not tell the difference. “A customer wants a charger for two hundred shillings. I cannot give him the original for that price,” said a shop owner who asked not to be named. “If the fake stop coming in, we will sell the real ones. But the customer will have to pay.”",
      "The seized goods will be held as exhibits and later destroyed under the supervision of the authority.",
    ],
  },
  {
    slug: "former-nakuru-land-registry-clerk-jailed-over-forged-title-deeds",
    title: "Former Nakuru land registry clerk jailed seven years over forged title deeds",
    standfirst:
      "Geoffrey Wachira helped transfer three plots in Lanet and Bahati using forged documents, the court found. A co-accused surveyor was acquitted.",
    category: "crime",
    tags: ["courts", "fraud"],
    authors: ["brian-otieno"],
    daysAgo: 48.2,
    hero: {
      alt: "A man in a grey jacket is led down a court corridor by two prison warders as a woman in a headscarf watches from a bench",
      caption: "Geoffrey Wachira is escorted from court in Nakuru after sentencing.",
    },
    body: [
      "A former clerk at the Nakuru land registry has been sentenced to seven years in prison for forging title deeds used to transfer three plots worth about KSh 48 million to people who had no claim to them.",
      "Geoffrey Kimani Wachira, 52, was convicted by the Chief Magistrate’s Court in Nakuru on four counts of forgery, two of uttering false documents and one of conspiracy to defraud. The offences took place over two years while he worked in the registry’s records section.",
      "Chief Magistrate Priscilla Jeruto Kosgey said the evidence showed that Mr Wachira had removed original files from the registry, replaced them with forged green cards bearing false entries, and then issued fresh title deeds in the names of buyers introduced to him by brokers.",
      "“The land registry is the place where ordinary people go to be sure of what they own. The accused turned it into a shop where that certainty was for sale,” she said in sentencing. She ordered that the sentences run concurrently and that he serve the seven years without the option of a fine.",
      { h2: "A widow’s long fight" },
      "The largest of the three plots, a two-acre parcel in Lanet on the outskirts of Nakuru town, belonged to Margaret Wangari Kinyua, a widow who discovered that her late husband’s land had been sold when a buyer arrived with surveyors to fence it.",
      "“I had the original title in my cupboard. They told me mine was the fake one,” said Mrs Kinyua, 67, who attended every hearing in the case over four years. “Today I can go home and sleep.”",
      "The other two plots, in Bahati, belonged to a church and a family trust. The court ordered the Land Registrar to cancel the forged titles and restore the registers to their original owners.",
      "A licensed surveyor charged alongside Mr Wachira was acquitted after the court found that the prosecution had not proved he knew the documents he relied on were forged. Two brokers named in the investigation have not been found.",
      "Mr Wachira’s lawyer said he would appeal against both conviction and sentence. The Ministry of Lands said its ongoing digitisation of land records in Nakuru and other counties was intended to make such substitution of files far harder.",
    ],
  },
  {
    slug: "ipoa-recommends-murder-charge-against-officer-over-kisumu-riders-death",
    title: "IPOA recommends murder charge against officer over Kisumu rider’s death",
    standfirst:
      "Police had said Evans Ochola was part of a gang. The oversight authority found he was unarmed and shot in the back during a crackdown on unlicensed riders.",
    category: "crime",
    tags: ["kenya-police", "courts"],
    authors: ["brian-otieno"],
    daysAgo: 3.4,
    hero: {
      alt: "A woman holds a framed photograph of a young man in front of a small house with iron sheet walls, relatives standing behind her",
      caption:
        "Caroline Akoth holds a photograph of her son Evans Ochola at the family home in Nyalenda.",
    },
    body: [
      "The Independent Policing Oversight Authority has recommended that a police constable be charged with murder over the death of a motorcycle taxi rider in Kisumu, rejecting the police account that the rider was a member of a criminal gang who had attacked officers.",
      "Evans Odhiambo Ochola, 24, was shot dead in Nyalenda, one of Kisumu’s informal settlements, four months ago during an evening operation against riders operating without licences. The authority said in a statement on Friday that it had forwarded its file to the Office of the Director of Public Prosecutions, which decides whether to bring charges.",
      { h2: "Two accounts" },
      "A police report filed the night of the shooting said officers had come under attack from a group of young men armed with machetes, and that Mr Ochola was shot as he tried to strike a constable. A machete was listed among items recovered at the scene.",
      "The authority’s investigators said their findings did not support that account. A post-mortem examination showed that Mr Ochola was shot once in the back, from a distance of several metres. Three witnesses said he had been running away from officers after his motorcycle was impounded, and none saw him carrying a weapon.",
      "The authority also said the machete booked as an exhibit had no fingerprints or traces linking it to Mr Ochola, and that it had been entered in the station’s records more than two hours after the other items seized in the operation.",
      "The statement named the officer as Police Constable Nicholas Kiprop Chebii and recommended that two other officers at the scene be investigated for their role in preparing the initial report. All three have been interdicted, according to police sources.",
      { h2: "A family’s wait" },
      "At the family home in Nyalenda, Mr Ochola’s mother, Caroline Akoth, said the finding was the first official acknowledgement that her son was not a criminal. He had ridden a borrowed motorcycle for two years to pay his younger sister’s secondary school fees, she said.",
      {
        quote:
          "For four months people have pointed at our house and said a thief lived here. Now the government itself says he was running away, not fighting. I want to see that officer in court, and I want his name cleared in the same newspapers that called him a gangster.",
        by: "Caroline Akoth, mother of Evans Ochola",
      },
      "Riders in Nyalenda staged protests for two days after the shooting, blocking roads with burning tyres before they were dispersed with tear gas. Boda boda association official George Owino said riders had been asking for licences to be processed faster so that they would not be targeted in such operations. “Most of us are waiting for the licence, not running from it,” he said.",
      { h2: "A wider pattern" },
      "Rights groups have long criticised police operations against boda boda riders, saying they are often carried out without clear procedures and can turn violent. The Nyanza Justice Forum, a Kisumu-based rights group, said it had documented 11 deaths involving police in the county in the past year.",
      "“Recommendations like this are important, but they are only the first step. Very few of these files end in a conviction, because cases take years and witnesses lose heart,” said Pamela Adongo, the group’s programme officer. “The test is what happens in the next six months, not today.”",
      "The National Police Service said in a brief statement that it would cooperate fully with the prosecution and that the officer was entitled to the presumption of innocence.",
    ],
  },
];
