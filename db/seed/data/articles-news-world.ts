import type { SeedArticle } from "../seed-types";

// News and world desks: fictional demo content. Every person quoted or named is invented.
export const articles: SeedArticle[] = [
  // ---------------------------------------------------------------------------------------------
  // Cluster: Haiti security mission (world + news)
  // ---------------------------------------------------------------------------------------------
  {
    slug: "un-security-council-extends-kenya-led-haiti-mission-for-another-year",
    title: "UN Security Council extends Kenya-led Haiti mission for another year",
    standfirst:
      "The council’s vote keeps the Multinational Security Support mission in place for 12 more months, but diplomats say the questions of money and manpower remain unanswered.",
    category: "world",
    tags: ["haiti-mission", "united-nations", "kenya-police"],
    authors: ["amina-wekesa"],
    daysAgo: 44.6,
    hero: {
      alt: "Delegates seated around the horseshoe table of the UN Security Council chamber in New York, several raising their hands during a vote",
      caption:
        "Council members vote on the resolution renewing the Haiti mission’s mandate in New York.",
    },
    body: [
      "The UN Security Council on Monday voted to extend the mandate of the Kenya-led Multinational Security Support (MSS) mission in Haiti for a further 12 months, giving the force the legal cover it needs to keep operating in a country where armed gangs still control most of the capital.",
      "The resolution, circulated to council members last week after several rounds of negotiation, renews the authorisation for states taking part in the mission to “take all necessary measures” in support of the Haitian National Police. It also asks the UN Secretary-General to report back within six months on how the international presence in Haiti could be strengthened, including options for more predictable funding.",
      "In a statement issued in Nairobi shortly after the vote, the Ministry of Foreign and Diaspora Affairs welcomed the renewal as “a clear signal that the international community has not given up on the people of Haiti”. The ministry said Kenya would “continue to lead from the front” and confirmed that a further contingent of officers was being prepared for deployment.",
      { h2: "A mission still short of its promised size" },
      "When the mission was first authorised, its planners spoke of a force of about 2,500 personnel drawn from a coalition of countries. Diplomats familiar with the council’s discussions say the number on the ground has remained well under half of that, with Kenya supplying by far the largest share and smaller contingents arriving from Caribbean and Central American states.",
      "Proposals to convert the mission into a full UN peacekeeping operation, which would be paid for out of the organisation’s assessed contributions rather than voluntary donations, did not make it into the final text. Several members had argued during the talks that a blue-helmet operation would take many months to assemble and that Haiti could not afford the wait.",
      {
        quote:
          "The renewal buys time, and time matters in Port-au-Prince. But a mandate is only paper. Without money arriving on schedule and more boots from more countries, Kenya will keep carrying a load that was meant to be shared.",
        by: "Dr Wanjala Simiyu, who lectures in international security at a Nairobi university",
      },
      "Haiti’s transitional authorities, who had formally requested the extension, said the vote came at a critical moment. Gang coalitions have in recent months pushed into neighbourhoods that were previously considered safe, and aid agencies estimate that hundreds of thousands of Haitians have been forced from their homes by the violence.",
      { h2: "What comes next for Kenya" },
      "For Nairobi, the renewal settles the immediate question of whether officers already in Haiti can stay, but it also reopens debates at home. Opposition legislators have repeatedly questioned the cost of the deployment to the Exchequer and the welfare of officers serving more than 12,000 kilometres away.",
      "Officials at the National Police Service said this week that the next group of officers had completed most of its pre-deployment training and would leave “in the coming weeks”. The Interior Ministry has not said how many officers will be in the contingent, though people familiar with the planning put the figure at about 200.",
      "The council is expected to receive its first progress report under the new mandate in about three months, when members will also look at how much of the money pledged to the mission’s UN-administered trust fund has actually been paid in.",
    ],
  },
  {
    slug: "final-drills-police-college-next-haiti-contingent",
    title: "Final drills at police college as next Haiti contingent prepares to fly out",
    standfirst:
      "Officers bound for Port-au-Prince spend their last weeks in Kenya practising convoy drills, first aid under fire and a few words of Haitian Creole.",
    category: "news",
    tags: ["haiti-mission", "kenya-police"],
    authors: ["brian-otieno"],
    daysAgo: 40.3,
    hero: {
      alt: "Kenyan police officers in helmets and body armour crouching beside an armoured vehicle during a training exercise on a dusty parade ground",
      caption:
        "Officers rehearse a convoy ambush drill during pre-deployment training in Embakasi.",
    },
    body: [
      "The armoured personnel carrier stops abruptly in the middle of the dusty training ground, its rear doors swing open and eight officers pour out, fanning into a defensive arc before an instructor’s whistle has finished sounding. It is the fourth time they have run the drill since breakfast.",
      "For the roughly 200 officers due to join the Kenya-led security mission in Haiti, the last weeks of pre-deployment training at a National Police Service facility in Embakasi are spent repeating scenarios they hope never to meet: an ambush on a narrow street, a casualty who must be carried under fire, a crowd that turns hostile at a checkpoint.",
      "“In Port-au-Prince the gangs know the streets better than you, so you must know your team better than they know the streets,” said Chief Inspector Moses Kiplagat, one of the instructors, as the group regrouped for a debrief. “We drill until nobody has to think.”",
      { h2: "Creole phrases and human rights modules" },
      "Not all of the training happens outdoors. In a classroom block, officers work through laminated cards of basic Haitian Creole phrases (greetings, instructions to stop, reassurances to frightened residents) with the help of a language tutor. Another session covers the mission’s rules on the use of force and the handling of detainees, which officers must pass before they are cleared to travel.",
      "Medical teams have also carried out a final round of screening, including vaccinations against cholera and yellow fever, dental checks and psychological assessments. Officers who returned from the first rotations have been brought in to speak to the new group about life in the mission’s bases and what the instructors call “the long quiet hours between operations”.",
      "Constable Faith Chepngetich, 27, from Kericho, is among a small number of women in the contingent. She said she volunteered after hearing colleagues describe the work of the first rotations. “My mother asked me why I should go so far to fight other people’s gangs,” she said. “I told her that police work is the same everywhere: you protect people who cannot protect themselves.”",
      "The National Police Service has not published the full composition of the contingent, but officers at the facility described a mix drawn from the General Service Unit, the Administration Police and the Kenya Police Service, along with medics and communications specialists.",
      "Instructors say the returning officers’ accounts have changed the training itself. Scenarios now place more emphasis on moving through dense informal settlements, where alleys are too narrow for armoured vehicles, and on coordinating with Haitian officers who may speak little English. A mock street of shipping containers and corrugated iron has been built at one end of the grounds for the purpose.",
      "The group is expected to fly out from Nairobi within the next fortnight. Officers said they had been briefed on allowances and on arrangements for their families to receive part of their pay at home, an issue that has caused friction in earlier rotations.",
    ],
  },
  {
    slug: "tears-and-prayers-as-more-kenyan-officers-leave-for-haiti",
    title: "Tears and prayers as 200 more Kenyan officers leave for Haiti",
    standfirst:
      "Families gathered outside Moi Air Base in Nairobi as the latest contingent boarded a chartered flight to Port-au-Prince, the largest send-off of the mission in months.",
    category: "news",
    tags: ["haiti-mission", "kenya-police", "nairobi"],
    authors: ["brian-otieno", "fatuma-hassan"],
    daysAgo: 37.8,
    hero: {
      alt: "Police officers in blue berets and combat uniforms walking in a line across an airbase apron towards a large white chartered jet at dusk",
      caption: "Officers of the new contingent board their flight at Moi Air Base, Nairobi.",
    },
    body: [
      "Shortly after dusk on Thursday, about 200 Kenyan police officers walked in single file across the apron at Moi Air Base in Eastleigh and climbed the steps of a chartered aircraft bound for Port-au-Prince, joining the Kenya-led mission that the UN Security Council renewed for another year last month.",
      "Inside the base, the Interior Cabinet Secretary and the Inspector General of Police addressed the contingent at a short parade, urging officers to uphold “the discipline and the good name” of the National Police Service. Outside the gates, relatives who had not been allowed in stood along the fence, some singing hymns, others holding up mobile phones in the hope of catching a last glimpse.",
      { h2: "Families at the fence" },
      "Mary Nafula had travelled overnight by bus from Bungoma with her two younger children to see her eldest son off. She said he had only told the family about his selection three weeks earlier. “He says it is a good opportunity and the allowance will build our house,” she said, wiping her eyes. “I am proud of him. But every night I will be praying.”",
      "A few metres away, Lucy Wairimu, from Nyeri, held her four-year-old daughter on her hip. Her husband, a corporal, is on his first posting outside Kenya. “We talked about it for a long time,” she said. “Our daughter thinks her father is going to work on an aeroplane. I will explain to her when she is older.”",
      {
        quote:
          "We have heard the stories about the gangs. We have also heard that the first officers came back safely. We hold on to that.",
        by: "Lucy Wairimu, whose husband is among the departing officers",
      },
      "Several relatives said they had been given a telephone number for a family liaison desk at police headquarters, which the service set up after complaints during earlier rotations that families struggled to get information about loved ones abroad. Others said they were unsure how, or how often, they would be able to speak to the officers once they arrived.",
      { h2: "Allowances and welfare" },
      "The welfare of officers in Haiti has been a recurring concern. Reports during the mission’s early months of delayed allowance payments prompted questions in Parliament, and police officials have since said that payments are being processed through a dedicated account. At Thursday’s parade, the Inspector General told officers that their allowances for the first month had already been approved.",
      "A senior officer at the base, who asked not to be named because he was not authorised to speak to the press, said the contingent included specialists in armoured vehicle operations, medics and signals officers, as well as officers who had served in Haiti before and volunteered to return.",
      {
        list: [
          "About 200 officers, drawn from the General Service Unit, Administration Police and Kenya Police Service",
          "Medics, signals officers and armoured vehicle crews among the specialists",
          "A small number of officers on their second rotation in Haiti",
          "Expected to replace officers who have completed their tour",
        ],
      },
      "The new arrivals are expected to replace some of the officers who have completed their tours, rather than significantly increasing the overall size of the Kenyan contingent, according to people familiar with the rotation. Mission planners have repeatedly said the force needs more personnel from more countries to hold ground taken back from the gangs.",
      "By 9pm the aircraft had taxied to the end of the runway and lifted off into the haze over the city. Along the fence, a small group of women kept singing until the sound of the engines had faded.",
    ],
  },
  {
    slug: "jamaica-and-belize-send-personnel-to-haiti-mission",
    title: "Jamaica and Belize send more personnel as Haiti mission seeks to fill its ranks",
    standfirst:
      "Caribbean contingents are small next to Kenya’s, but officers on the ground say their language skills and regional knowledge carry weight beyond their numbers.",
    category: "world",
    tags: ["haiti-mission", "united-nations", "kenya-police"],
    authors: ["peter-lemayian"],
    daysAgo: 31.4,
    hero: {
      alt: "Soldiers in camouflage uniforms with Caribbean flag patches unloading kit bags from a military transport aircraft on a sunlit runway",
      caption:
        "Caribbean personnel arrive at the airport in Port-au-Prince to join the security mission.",
    },
    body: [
      "Jamaica and Belize have sent additional personnel to the Kenya-led security mission in Haiti, officials in the two countries said this week, as the force tries to close the gap between the 2,500 officers its planners originally envisaged and the much smaller number actually deployed.",
      "The new arrivals, drawn from the Jamaica Defence Force, the Jamaica Constabulary Force and the Belize Defence Force, joined personnel from both countries already serving in Port-au-Prince. Neither government gave a precise figure for the latest deployment, but the Caribbean contributions are measured in dozens rather than the hundreds supplied by Kenya.",
      "Smaller contingents from the Bahamas, Guatemala and El Salvador are also part of the mission, which operates under a UN Security Council authorisation but is not a UN peacekeeping force. Each contributing country largely pays for and equips its own personnel, with a UN-administered trust fund meant to cover shared costs.",
      { h2: "More than numbers" },
      "Officers on the ground say the Caribbean personnel bring something the Kenyan units cannot easily replicate. Several speak French or Haitian Creole, and many are familiar with the region’s politics and its diaspora links, including the networks through which weapons and ammunition reach Haitian gangs.",
      "“When we go into a community, the first five minutes decide everything,” said Senior Sergeant Ibrahim Abdi Noor, a Kenyan officer reached by phone at a mission base in Port-au-Prince. “If one of our Jamaican colleagues can greet an elder in Creole and explain why we are there, people relax. That is worth a lot.”",
      "Joint patrols have become more common in recent months, according to mission officials, with mixed teams operating armoured vehicles along key routes such as the road linking the capital to the international airport.",
      {
        quote:
          "For the Caribbean, Haiti is not a faraway crisis. It is a neighbour, and instability there shows up in our ports, our migration flows and our own crime figures.",
        by: "Dr Andrea Whyte-Campbell, a security researcher in Kingston",
      },
      { h2: "A coalition still thin on the ground" },
      "The additional deployments will do little to change the overall arithmetic of the mission. Diplomats in New York say several countries that signalled interest in contributing when the force was first authorised have yet to send anyone, citing cost, domestic legal hurdles or concerns about the security situation.",
      "In Nairobi, officials have welcomed every new contingent while repeating that Kenya cannot be expected to carry the mission alone. A Foreign Ministry official, who spoke on condition of anonymity, said Kenya was “in conversation with a number of partners” about further deployments but declined to name them.",
      "For the Caribbean personnel themselves, the work is familiar in some ways and unfamiliar in others. Corporal Shanice Barrett of the Jamaica Constabulary Force, speaking during a brief stop in Kingston before her deployment, said she expected long days and a steep learning curve. “We train for urban operations at home,” she said. “But the scale in Port-au-Prince is different. We are going to learn a lot from the Kenyans, and hopefully they will learn a little from us.”",
    ],
  },
  {
    slug: "haiti-mission-trust-fund-short-of-pledges-kenya-carries-costs",
    title: "Haiti mission trust fund falls far short of pledges, leaving Kenya to carry costs",
    standfirst:
      "Only a fraction of the money promised to the UN-administered fund has arrived, and Treasury documents show Nairobi quietly covering allowances, equipment and flights.",
    category: "world",
    tags: ["haiti-mission", "united-nations", "kenya-police"],
    authors: ["esther-achieng", "amina-wekesa"],
    daysAgo: 22.6,
    hero: {
      alt: "Stacks of printed budget documents and a calculator on a committee table in Parliament Buildings, Nairobi, with officials in the background",
      caption:
        "Supplementary budget papers tabled before Parliament’s budget committee in Nairobi.",
    },
    body: [
      "The UN-administered trust fund set up to pay for the Kenya-led security mission in Haiti has received only a fraction of the money pledged to it, according to figures presented to Security Council members, leaving Kenya and other contributing countries to cover a growing share of the costs themselves.",
      "Diplomats who attended a closed briefing in New York this month said the fund had received well under half of what donors had promised since the mission was first authorised. Most of the money that has arrived came from a handful of Western governments, while several pledges made at high-profile conferences have not yet been converted into payments.",
      "The shortfall matters because the trust fund is the main channel for costs that individual countries cannot easily carry alone: fuel for armoured vehicles, rations, medical evacuation, base maintenance and the allowances paid to officers on top of their salaries at home.",
      {
        list: [
          "Officers’ mission allowances and subsistence",
          "Rations, fuel and maintenance for armoured vehicles",
          "Base construction and upkeep in Port-au-Prince",
          "Medical care and evacuation",
          "Rotation flights for incoming and outgoing contingents",
        ],
      },
      { h2: "Kenya fills the gap" },
      "In Nairobi, supplementary budget estimates tabled before Parliament last month show the National Treasury allocating several billion shillings to the National Police Service under lines that officials have confirmed relate to the Haiti deployment. The allocations cover rotation flights, equipment and, according to one committee document, “interim allowance support pending reimbursement”.",
      "That phrase has become a point of contention. Members of the National Assembly’s Budget and Appropriations Committee have asked the Treasury to say how much of the money it expects to recover from the trust fund and on what timeline. A committee member, who asked not to be named because the deliberations were not public, said officials had been unable to give a firm answer.",
      {
        quote:
          "When a country advances money on the promise of reimbursement, it is lending to the international community at zero interest and with no guarantee of repayment. Parliament is right to ask for the terms in writing.",
        by: "Nasimiyu Barasa, a public finance analyst in Nairobi",
      },
      "The Treasury has said that Kenya’s contribution reflects a foreign policy commitment and that reimbursement arrangements are being handled through the appropriate UN channels. An official in the Ministry of Foreign and Diaspora Affairs said Nairobi was “pressing partners at every level” to honour their pledges.",
      "Because the allocations are spread across several budget lines, opposition members say it is difficult for the public to see the full bill. They have asked for a single consolidated statement of what the deployment has cost the Exchequer to date.",
      { h2: "Why pledges stall" },
      "Analysts say voluntary funding is a structural weakness of missions like the one in Haiti, which operate with a Security Council mandate but outside the UN’s regular peacekeeping budget. Pledges are often made at conferences for political effect, then slowed by domestic budget processes, changes of government or shifting priorities in donor capitals.",
      "“Peacekeeping missions are funded by assessed contributions that every member state owes. This mission is funded by goodwill,” said Dr Kariuki Ndegwa, a researcher on multilateral finance who has written on the mission’s design. “Goodwill does not arrive on a fixed schedule.”",
      "Some donors have also preferred to give support in kind, such as armoured vehicles, radios and body armour, rather than cash to the trust fund. Mission officials say the equipment is welcome but that in-kind contributions do not pay for fuel, food or allowances, and that equipment sometimes arrives without the spare parts or trained mechanics needed to keep it running.",
      "The gap has fed renewed calls for a more predictable funding model, including proposals to draw on assessed contributions for at least part of the mission’s logistics. The Security Council’s most recent resolution asked the Secretary-General to report on such options, but any change would require agreement among the council’s permanent members, which has proved elusive.",
      { h2: "Pressure on the officers" },
      "For officers in Haiti, the funding question is not abstract. Several who spoke to Gazeti in recent months described delays in allowances during earlier rotations, and families in Kenya have complained of uncertainty about when payments would arrive. Police officials insist that current payments are up to date.",
      "Meanwhile, mission planners say they need more armoured vehicles, better helicopter support and additional personnel to hold areas retaken from gangs. Without the money to pay for them, one diplomat said, the mission risks being “permanently stretched, doing just enough to avoid collapse but never enough to turn the tide”.",
      "Donor governments are expected to be asked to update their pledges at a meeting on the sidelines of the next Security Council briefing on Haiti.",
    ],
  },
  {
    slug: "high-court-petition-challenges-legal-basis-of-haiti-deployment",
    title: "Petitioner asks High Court to halt Haiti deployment, citing lack of legal basis",
    standfirst:
      "A retired civil servant from Meru argues that sending police officers abroad without specific parliamentary approval breaches the Constitution. The State says the deployment is lawful.",
    category: "news",
    tags: ["haiti-mission", "courts", "kenya-police"],
    authors: ["brian-otieno"],
    daysAgo: 13.2,
    hero: {
      alt: "The stone facade and steps of the Milimani Law Courts in Nairobi, with lawyers in dark suits and gowns walking towards the entrance",
      caption:
        "The petition was filed at the High Court’s Constitutional and Human Rights Division in Nairobi.",
    },
    body: [
      "A retired civil servant from Meru has gone to the High Court seeking to stop the deployment of further Kenyan police officers to Haiti, arguing that the government has no valid legal basis for sending them abroad.",
      "In a petition filed at the Constitutional and Human Rights Division in Nairobi, Hezron Mugambi Kirimi, 64, asks the court to declare the continued deployment unconstitutional and to bar the National Police Service from sending any more officers until Parliament has specifically approved the mission and its costs. The Interior Cabinet Secretary, the Inspector General of Police and the Attorney General are named as respondents.",
      { h2: "The petitioner’s case" },
      "Through his advocate, Lilian Moraa Nyakundi, Mr Kirimi argues that the National Police Service Act allows officers to be deployed outside Kenya only under a reciprocal arrangement with the receiving country, and that the arrangement signed with Haiti’s authorities does not meet that standard because, he says, Haiti cannot in practice offer Kenya equivalent assistance.",
      "He also contends that the renewal of the UN Security Council mandate changed the nature of the mission and its funding, and that Parliament should have been asked to consider the extension afresh. The petition cites the Treasury’s supplementary allocations to the police service as evidence that public money is being spent “on an open-ended foreign commitment without the scrutiny the Constitution requires”.",
      {
        quote:
          "My client is not against helping Haiti. He is against the government doing it without following the law. If the deployment is lawful, the State should have no difficulty showing the court the paperwork.",
        by: "Lilian Moraa Nyakundi, advocate for the petitioner",
      },
      "Mr Kirimi says in a supporting affidavit that he has a nephew serving in the police service and that families of officers have “no say and no information” about the risks their relatives are taking.",
      { h2: "The State’s response" },
      "Lawyers for the Attorney General told the court that the deployment rests on a reciprocal agreement concluded with Haiti and on the authorisation of the UN Security Council, and that Parliament has been briefed and has approved the relevant budget allocations. They described the petition as “an attempt to relitigate questions already settled” and asked that it be dismissed.",
      "The deployment has faced legal challenges before. An earlier petition led to a High Court ruling that officers could not be sent abroad without a reciprocal arrangement in place, after which the government concluded an agreement with Haiti and proceeded with the mission.",
      "On Wednesday the judge declined to issue interim orders stopping the deployment, saying the petitioner had not shown that the balance of convenience favoured halting a mission already under way. The court directed the respondents to file their responses within 14 days and scheduled a mention for next month.",
      "Legal scholars say the case is unlikely to halt the mission but may force the government to set out in more detail how it interprets the reciprocity requirement. “The interesting question is not whether the officers stay, but what the court says about parliamentary oversight of deployments funded partly by foreign donors,” said Dr Akinyi Oduor, who teaches constitutional law in Kisumu.",
      "Police officials declined to comment on the case, saying the matter was before the court.",
    ],
  },
  {
    slug: "port-au-prince-kenyan-officers-patrol-gang-held-streets",
    title: "In Port-au-Prince, Kenyan officers patrol streets where gangs still set the rules",
    standfirst:
      "A year into the renewed mission, officers say they can hold a road for an afternoon but not yet a neighbourhood for a month. Residents are weighing whether that is enough.",
    category: "world",
    tags: ["haiti-mission", "kenya-police", "united-nations"],
    authors: ["amina-wekesa"],
    daysAgo: 1.4,
    hero: {
      alt: "An armoured police vehicle moving slowly down a narrow street lined with shuttered shops and hand-painted signs in Port-au-Prince, residents watching from doorways",
      caption: "A mission patrol passes through the Delmas area of Port-au-Prince.",
    },
    body: [
      "PORT-AU-PRINCE — The armoured vehicle edges forward at walking pace, its tyres crunching over broken glass. Through the narrow window slit, Inspector Caroline Jepkosgei watches the rooftops rather than the road. “The road tells you nothing,” she says. “If there are no children on the street at this hour, that tells you something.”",
      "There are no children on this street in Delmas this afternoon. The shops are shuttered, and a burnt-out minibus lies on its side at a junction a few hundred metres ahead. The patrol, two Kenyan armoured vehicles and a Haitian National Police pickup, turns back before reaching it.",
      "More than a month after the UN Security Council extended the mandate of the Kenya-led Multinational Security Support mission for another year, its officers describe a daily routine of escorts, patrols and short, intense operations in a city where armed groups still control most neighbourhoods.",
      { h2: "Holding a road, not a district" },
      "The mission’s clearest gains have been along a few strategic routes. Officers and residents say the road to the international airport is now usable for much of the day, and several hospitals and government buildings that were once cut off can be reached under escort.",
      "But holding territory once the armoured vehicles leave remains beyond the force’s means. “We can take a road for an afternoon. We cannot yet hold a neighbourhood for a month,” said Corporal Dennis Ouma Odhiambo, who is on his second rotation in Haiti. “For that you need numbers, and you need the Haitian police to stay behind when we go.”",
      "The Haitian National Police, weakened by years of attrition, desertions and attacks on its stations, is meant to be the lead force, with the mission in support. Inspector Jean-Robert Désir, a Haitian officer who coordinates joint patrols with the Kenyans, said cooperation had improved markedly but that his units remained thin. “We have officers who have not been paid on time, stations that were burnt, families who had to flee,” he said. “The Kenyans are brave, but they cannot replace a national police force.”",
      { h2: "Life between the patrols" },
      "For residents, the mission is a presence they see in passing rather than a protection they can count on. Wilner Saintil, who runs a small pharmacy near one of the routes the patrols use, said he now opens four days a week instead of two. “When the armoured cars pass in the morning, I open. When they have not passed by ten, I stay closed,” he said.",
      "Nadège Fleurant, a vendor who sells rice and charcoal from a stall nearby, has been displaced twice in the past year. She lives with relatives in a crowded house in a quieter part of the city and travels to her stall only when she judges it safe. “People say the foreigners have come to save us. I say they have come to help. Saving us is our own work,” she said.",
      {
        quote:
          "I do not ask whether the Kenyans are good or bad. I ask whether I can open my shop tomorrow. Some weeks the answer is yes.",
        by: "Wilner Saintil, a pharmacist in Delmas",
      },
      "Aid agencies estimate that hundreds of thousands of people have been displaced by gang violence across the capital and surrounding areas, many of them living in schools, churches and makeshift camps. Food prices have risen sharply because supply routes into the city are frequently blocked or taxed by armed groups.",
      { h2: "Fatigue and homesickness" },
      "At the mission’s main base, a cluster of prefabricated buildings near the airport, Kenyan officers spend off-duty hours playing draughts, watching Premier League matches on a shared screen and queuing for a weak Wi-Fi connection to call home. Many say the hardest part of the deployment is not the danger but the waiting.",
      "“At home, when you finish your shift you go to your family. Here, you finish your shift and you sit with the same 20 people you have seen all day,” said Constable Mercy Naliaka, a medic. She said the officers had held a small service the previous Sunday for colleagues injured in operations, and that a chaplain visits the base every few weeks.",
      "Officers also speak of the pressure of expectation. News from Kenya, relayed through family WhatsApp groups, includes debate about the cost of the mission and a court challenge to its legal basis. “People at home argue about us as if we are a budget line,” one officer said. “We are just trying to do the job we were sent to do.”",
      { h2: "Waiting for reinforcements" },
      "Mission commanders have told diplomats that the force needs more personnel, more helicopters and steadier funding to move from holding routes to securing whole districts. The UN-administered trust fund for the mission remains well short of what donors pledged, and only a handful of countries have sent contingents.",
      "For now, the patrols continue. As Inspector Jepkosgei’s convoy returns to the base, the streets near the airport road begin to fill again: motorbike taxis weaving between potholes, a woman balancing a basin of mangoes, two boys chasing a deflated football. “This,” she says, nodding at the scene, “is what we count as a good day.”",
    ],
  },

  // ---------------------------------------------------------------------------------------------
  // Cluster: KCSE examinations and the school calendar (news)
  // ---------------------------------------------------------------------------------------------
  {
    slug: "kcse-examinations-begin-under-tight-security",
    title: "KCSE examinations begin under tight security at more than 10,000 centres",
    standfirst:
      "Nearly a million candidates sat their first papers as county commissioners, police and examiners escorted question papers from containers to classrooms before dawn.",
    category: "news",
    tags: ["kcse-exams", "education", "counties"],
    authors: ["fatuma-hassan"],
    daysAgo: 27.5,
    hero: {
      alt: "Secondary school candidates in maroon uniforms seated at evenly spaced desks in a school hall, heads bent over examination papers",
      caption: "Candidates sit their first paper at a secondary school in Kisii County.",
    },
    body: [
      "Nearly a million candidates began the Kenya Certificate of Secondary Education (KCSE) examinations on Monday at more than 10,000 centres across the country, with question papers moved under police escort from county storage containers in the hours before dawn.",
      "The Kenya National Examinations Council (KNEC) said the first day had gone smoothly in most counties, with papers delivered on time to all but a handful of centres where heavy rain had made roads impassable. In those cases, the council said, alternative transport was arranged and candidates started their papers within the permitted window.",
      "Under arrangements introduced in recent years, each container is opened in the presence of a county or deputy county commissioner, a police officer and the centre manager, usually the school principal, and papers are collected on the morning they are to be written. The time each container is opened and closed is logged and monitored from Nairobi.",
      { h2: "Phones and strangers kept out" },
      "Principals said the rules on mobile phones were being enforced strictly. Only the centre manager may carry a phone within the examination area, and it must be used solely to communicate with examination officials. Supervisors and invigilators are rotated between centres to reduce the risk of collusion.",
      "At a mixed day school in Kisii County, principal Josephine Kerubo Nyamweya said her 186 candidates had been “calm and well prepared”. She added: “We have told them that the only way to pass is to read the paper in front of them. Anyone who promises them anything else is lying to them.”",
      "In Garissa, where several schools had lost teaching time earlier in the year because of staffing gaps, parents gathered outside one girls’ school to pray with candidates before the morning paper. “My daughter wants to study medicine,” said Abdia Mohamed, a mother of five. “These weeks will decide a lot for her.”",
      {
        quote:
          "Every year people try to sell fake papers on social media. Every year the candidates who buy them are the ones who suffer. The real paper is always different.",
        by: "Samuel Kipkorir Langat, a secondary school teacher in Bomet",
      },
      "In Nairobi, the Education Cabinet Secretary, who witnessed the opening of a container in the city before dawn, said the government had invested heavily in the integrity of the process and would not tolerate “any individual or institution that seeks to compromise the credibility of our examinations”. Officials said more than 100,000 personnel, including supervisors, invigilators, security officers and drivers, were involved in administering the papers nationwide.",
      "The examinations will run for about four weeks, with practical papers in the sciences and technical subjects scheduled for the opening days. KNEC has warned that candidates caught with unauthorised materials risk having their results cancelled, and that centre managers found culpable could face prosecution.",
      "The Education Ministry said security officers had been deployed to monitor known hotspots for examination malpractice and urged members of the public to report suspicious activity through a toll-free line.",
    ],
  },
  {
    slug: "three-arrested-over-suspected-kcse-paper-leak-in-migori",
    title: "Three arrested over suspected KCSE paper leak in Migori",
    standfirst:
      "A centre manager and two others are being questioned after police say a chemistry paper was photographed before the official start time.",
    category: "news",
    tags: ["kcse-exams", "education", "courts"],
    authors: ["brian-otieno"],
    daysAgo: 18.1,
    hero: {
      alt: "A police vehicle parked outside the gate of a rural secondary school in Migori County, with officers speaking to a man in a suit",
      caption:
        "Police officers outside the examination centre in Migori County where the suspected leak occurred.",
    },
    body: [
      "Police in Migori County have arrested three people, among them a centre manager, on suspicion of leaking a KCSE chemistry paper before candidates sat it, in the first serious case of alleged malpractice reported since the examinations began.",
      "The county police commander said on Thursday that investigators had traced photographs of the paper, circulated on a messaging app about 40 minutes before the official start time, to a phone belonging to one of the suspects. The three, whose names have not been released, were being held at a police station in Migori town and were expected to be arraigned on Friday.",
      "Under the Kenya National Examinations Council Act, a person convicted of exposing examination material before the appointed time faces a fine, a prison term, or both. KNEC said in a statement that it had “taken note” of the incident and would decide on the status of affected candidates once investigations were complete.",
      "The council stressed that the leak appeared to have been limited to a small group and that there was no evidence the paper had spread widely. It said the official question paper was opened only on the morning of the examination, meaning any exposure would have happened within the school.",
      {
        quote:
          "The children did nothing wrong. Most of them did not even know that a photo was going around. We are asking that they not be punished for what adults did.",
        by: "Peter Okoth Ouma, a parent whose son sat the paper at the centre",
      },
      "Parents at the school expressed frustration and fear that their children’s results could be withheld. Education officials in the county said candidates at the centre would continue with the remaining papers under a new centre manager and additional supervision.",
      "Investigators said they were also examining whether money changed hands, after a parent told police that a man had approached candidates’ families the previous week offering “guaranteed revision material” for a fee. Police said they had recovered two phones and a laptop from the suspects and that the devices had been sent for forensic analysis.",
      "The Education Ministry has in recent years credited strict container controls and the rotation of supervisors with reducing large-scale leaks, though isolated cases continue to surface most years. Officials have urged the public to report anyone offering to sell examination papers, saying such offers are almost always fraudulent.",
    ],
  },
  {
    slug: "kcse-marking-results-timeline-and-new-school-calendar",
    title: "Ministry sets timeline for KCSE marking, results and a reshaped school year",
    standfirst:
      "With the last papers written, examiners begin marking next week. Parents are also being asked to plan for a school calendar with shorter breaks and a new senior school intake.",
    category: "news",
    tags: ["kcse-exams", "education"],
    authors: ["fatuma-hassan", "grace-njeri"],
    daysAgo: 4.2,
    hero: {
      alt: "Teachers seated in rows at long tables in a school hall, sorting stacks of examination scripts into labelled boxes",
      caption: "Examiners sort answer scripts at a marking centre in Nairobi.",
    },
    body: [
      "The Education Ministry has set out a timeline for the marking of this year’s Kenya Certificate of Secondary Education examinations and the release of results, as officials also prepare parents and schools for changes to next year’s school calendar.",
      "Speaking after the last KCSE paper was written on Wednesday, the Education Cabinet Secretary said marking would begin at designated centres next week and run for about three weeks. Results are expected to be released before the end of the holiday period, in time for universities and colleges to begin their placement processes.",
      "Thousands of teachers have been contracted as examiners, working in shifts at marking centres mainly in Nairobi and its environs. Examiners’ rates have been a point of dispute in past years, and teachers’ unions said this week they were watching closely to ensure that payments were made on time.",
      { h2: "What the timeline looks like" },
      {
        list: [
          "Marking begins next week and runs for about three weeks",
          "Results expected to be released before schools reopen",
          "University and college placement to follow within weeks of the results",
          "Candidates can apply for re-marks within a set window after release",
        ],
      },
      "KNEC said it would publish results on its online portal and through an SMS service, and that schools would receive detailed results slips within a fortnight. The council reiterated that any results affected by malpractice investigations, including the suspected leak in Migori, would be handled separately and that the rest of the cohort would not be delayed.",
      { h2: "A reshaped school year" },
      "Alongside the examination timeline, the ministry has circulated a draft calendar for next year that shortens the mid-term breaks and extends the first term by a week. Officials say the changes are intended to recover teaching time lost to disruptions and to accommodate the growing number of learners moving through the competency-based curriculum.",
      "The new calendar also reflects the rising numbers of learners transitioning into senior school, which officials say will put pressure on boarding capacity, laboratories and teacher deployment in many counties. The ministry has asked county directors of education to submit reports on infrastructure readiness before the end of the holidays.",
      "School heads gave the draft a cautious welcome. “Shorter breaks mean less time for children to forget what they learnt, and that is good,” said Rose Atieno Were, a principal in Siaya. “But boarding fees are calculated per term. If the terms change, parents need to know early so they can plan.”",
      {
        quote:
          "Every time the calendar changes, it is the family paying fees in instalments that has to redo the arithmetic. We are asking for the final dates now, not a week before opening.",
        by: "Kennedy Muriuki, chairman of a parents’ association in Embu",
      },
      "In Parliament, members of the Education Committee said they would invite ministry officials to explain the calendar and the financing of the senior school transition when the House resumes. The ministry is expected to gazette the final dates within the month.",
    ],
  },

  // ---------------------------------------------------------------------------------------------
  // Cluster: Cholera outbreak in Tana River (news)
  // ---------------------------------------------------------------------------------------------
  {
    slug: "cholera-outbreak-confirmed-in-tana-river-county",
    title: "Cholera outbreak confirmed in Tana River as cases rise to 86",
    standfirst:
      "Health officials say the outbreak began in villages along the river near Garsen, where flooding has contaminated shallow wells and forced families to drink untreated water.",
    category: "news",
    tags: ["cholera-outbreak", "public-health", "counties"],
    authors: ["fatuma-hassan"],
    daysAgo: 25.3,
    hero: {
      alt: "Health workers in white protective aprons and gloves setting up a tented treatment centre beside a brown, swollen river in Tana River County",
      caption: "Health workers set up a cholera treatment centre near Garsen, Tana River County.",
    },
    body: [
      "The Ministry of Health has confirmed an outbreak of cholera in Tana River County, where 86 suspected cases and three deaths have been recorded in villages along the river over the past 10 days.",
      "County health officials said laboratory tests on stool samples sent to the national public health laboratory in Nairobi had confirmed the presence of *Vibrio cholerae*. Most of the cases have been reported in villages around Garsen in the lower reaches of the river, with a smaller cluster near Hola.",
      "The county’s chief officer for health said the outbreak was linked to recent flooding, which had submerged pit latrines and contaminated the shallow wells and water pans that many families depend on. “When the water rises, everything mixes,” the official said. “People know the river water is not safe, but when the wells are flooded there is often no alternative.”",
      { h2: "Treatment centres opened" },
      "Two cholera treatment centres have been set up, one in a tented area next to a health centre near Garsen and one at Hola’s county referral hospital. The county has also deployed rapid response teams to trace contacts of confirmed cases and to distribute water treatment tablets and oral rehydration salts.",
      "At the Garsen centre, nurse Halima Bwanaheri said most patients arrived severely dehydrated, some after travelling for hours by motorbike or canoe. “The first 24 hours are everything,” she said. “If we can get fluids into them quickly, most recover. The deaths we have seen were people who came too late.”",
      {
        quote:
          "My son started vomiting in the night. By morning he could not stand. We put him on a boda boda and came here. The nurses saved him.",
        by: "Mwanajuma Galgalo, a resident of a village near Garsen",
      },
      "Community health promoters have begun door-to-door visits to explain how to treat drinking water, why hands must be washed after using the latrine and before handling food, and when to seek care. Funeral gatherings, which have been linked to the spread of cholera in past outbreaks, are being monitored, and families have been advised on safe burial practices.",
      "This is not the first time the lower Tana has been hit. Cholera outbreaks have been recorded in the county in several past rainy seasons, and public health specialists say riverine communities along the Tana, where many households lack latrines and piped water, remain among the most exposed in the country whenever the river floods.",
      "The Ministry of Health said it was sending additional supplies, including intravenous fluids and antibiotics, and that it was in contact with partners about the possibility of an oral cholera vaccination campaign in the worst-affected sub-counties.",
      "Residents were urged to boil or treat all drinking water, avoid eating food from vendors without clean water supplies, and report to the nearest health facility immediately if they experience acute watery diarrhoea.",
    ],
  },
  {
    slug: "cholera-vaccination-drive-targets-150000-in-tana-river",
    title: "Oral cholera vaccination drive targets 150,000 people in Tana River",
    standfirst:
      "Teams travelling by boat and motorbike aim to reach riverside villages within ten days, as the number of suspected cases passes 200.",
    category: "news",
    tags: ["cholera-outbreak", "public-health", "counties"],
    authors: ["fatuma-hassan"],
    daysAgo: 16.9,
    hero: {
      alt: "A health worker placing drops of oral vaccine into the mouth of a young child held by her mother, with a queue of women and children behind them under a tree",
      caption: "A child receives a dose of oral cholera vaccine at an outreach post near Garsen.",
    },
    body: [
      "Health workers in Tana River County have begun an oral cholera vaccination campaign targeting about 150,000 people in the sub-counties hardest hit by the outbreak, which has now recorded more than 200 suspected cases and seven deaths.",
      "The vaccines, drawn from a global emergency stockpile and flown into Nairobi last week, were transported to the county in refrigerated trucks and distributed to more than 60 vaccination posts. The Ministry of Health said teams would travel by boat, motorbike and on foot to reach villages cut off by floodwater.",
      "Unlike injectable vaccines, oral cholera vaccine is given as drops or a small drink, which makes it easier to administer in the field. Health officials said a single dose was being used because of limited global supplies, offering protection for several months while longer-term water and sanitation improvements are put in place.",
      { h2: "Who is being vaccinated" },
      {
        list: [
          "Everyone aged one year and above in the targeted sub-counties",
          "Pregnant women, after screening by a health worker",
          "Households of confirmed cases, as a priority",
          "Market traders, boat operators and food vendors in Garsen and Hola towns",
        ],
      },
      "At a vaccination post under a mango tree outside a primary school near Garsen, dozens of women waited with children on their laps. Zeinab Hiribae, a community health promoter, moved down the queue with a clipboard, recording names and explaining the vaccine in Orma and Kiswahili.",
      "“At first some people were afraid. They heard rumours on the phone that the vaccine makes you sick,” she said. “We brought the chief and the imam to explain, and now people are coming on their own.”",
      {
        quote:
          "I lost my neighbour to this disease two weeks ago. When they said there is medicine to stop it, I brought all my children.",
        by: "Amina Abdalla Dhadho, a mother of four in Garsen",
      },
      "The county’s health department said the campaign would run for 10 days, after which teams would conduct a coverage survey to identify villages that had been missed. Officials stressed that vaccination would not replace the need to treat drinking water and improve sanitation.",
      "Logistics have been the biggest challenge. Vaccines must be kept cool until shortly before use, and several outreach posts have no electricity. Teams carry vaccine carriers packed with ice packs, which are refrozen each night at the nearest health centre with a working fridge or solar freezer. On the eastern bank, where roads remain under water, boats hired from local fishermen ferry vaccinators between villages.",
      "The county has also recruited and trained about 120 additional community health promoters to support the campaign, paying them a daily stipend from emergency funds. Officials said the workers would remain in place after the campaign to help with surveillance and to follow up households where someone falls sick.",
      "New admissions at the Garsen treatment centre have begun to slow, staff said, though they cautioned that it was too early to say the outbreak had peaked. The Ministry of Health has also placed neighbouring Lamu and Garissa counties on alert, citing movement of people and livestock along the river.",
    ],
  },
  {
    slug: "cholera-cases-ease-in-tana-river-but-water-worries-remain",
    title: "Cholera cases ease in Tana River, but health workers warn over unsafe water",
    standfirst:
      "New admissions have fallen sharply since the vaccination campaign, but families still buy river water from vendors at prices that have doubled since the floods.",
    category: "news",
    tags: ["cholera-outbreak", "public-health", "cost-of-living"],
    authors: ["fatuma-hassan", "daniel-kiprono"],
    daysAgo: 0.6,
    hero: {
      alt: "A man pushing a wooden handcart loaded with yellow plastic jerrycans along a muddy track beside a river, with thatched homes in the background",
      caption: "A water vendor delivers jerrycans in a village near Hola, Tana River County.",
    },
    body: [
      "New cholera admissions in Tana River County have fallen to a handful a day from more than 30 at the height of the outbreak, health officials said on Friday, crediting the vaccination campaign, water treatment and intensive community education.",
      "The county has recorded 241 suspected cases and nine deaths since the outbreak was confirmed last month. One of the two treatment centres, at Hola, has been scaled down, though the tented centre near Garsen remains open.",
      "Health workers caution, however, that the conditions that allowed the disease to spread have not gone away. Floodwater has receded from most villages, but many shallow wells remain contaminated, and households rely on water vendors who draw directly from the river.",
      "“A jerrycan that cost 20 shillings before the floods now costs 40 or 50,” said Abdi Godana, who sells water from a handcart in Garsen. He said he now adds treatment tablets to the water he sells when supplies are available, but that the tablets are often out of stock at the health centre. “People want clean water, but they also want cheap water. It is difficult to give both.”",
      {
        quote:
          "We have stopped the fire, but the firewood is still lying around. Unless the boreholes are repaired, we will be back here next rainy season.",
        by: "Halima Bwanaheri, a nurse at the Garsen cholera treatment centre",
      },
      { h2: "Vaccination coverage and schools" },
      "A coverage survey carried out after the 10-day vaccination campaign found that about 87 per cent of the targeted population had received a dose, according to the county health department. Coverage was lowest in a handful of remote villages on the eastern bank, where teams struggled to cross the river while it was in flood, and a short mop-up exercise is planned there next week.",
      "Schools in the affected sub-counties, some of which had been used to shelter families displaced by the floods, have been cleaned and disinfected. Public health officers have inspected school kitchens and water tanks, and head teachers have been asked to keep handwashing stations at classroom doors and latrines stocked with soap.",
      "Mohamed Guyo Jillo, who teaches at a primary school near Garsen, said pupils had become unlikely messengers. “The children learnt the handwashing song at school and now they are the ones correcting their parents at home,” he said. “That is how habits change.”",
      "County officials said they had asked the national government and development partners for funding to rehabilitate boreholes damaged in the floods and to build raised latrines in flood-prone villages. Health officials said they would keep the disease surveillance teams in place for at least a month after the last confirmed case before declaring the outbreak over.",
    ],
  },

  // ---------------------------------------------------------------------------------------------
  // Standalones (news)
  // ---------------------------------------------------------------------------------------------
  {
    slug: "overnight-fire-gikomba-market-destroys-traders-stalls",
    title: "Overnight fire at Gikomba market destroys stalls of hundreds of traders",
    standfirst:
      "Second-hand clothes sellers lost stock worth millions of shillings. Traders say fire engines took more than an hour to reach the market.",
    category: "news",
    tags: ["nairobi", "cost-of-living", "counties"],
    authors: ["brian-otieno"],
    daysAgo: 9.8,
    hero: {
      alt: "Traders picking through the charred remains of wooden stalls and bales of clothes at Gikomba market in Nairobi in the early morning, smoke still rising",
      caption: "Traders salvage what they can after the overnight fire at Gikomba market.",
    },
    body: [
      "A fire tore through a section of Gikomba market in Nairobi in the early hours of Tuesday, destroying hundreds of stalls used by traders in second-hand clothes, shoes and household goods. No deaths were reported, but two night watchmen were treated for smoke inhalation.",
      "Traders said the fire started at about 2am near a row of timber stalls and spread quickly, fanned by wind and fed by bales of clothing stacked for the next day’s sales. By the time Nairobi County fire engines arrived, they said, much of the section had already burned.",
      "“I called the fire brigade at half past two. They came after four,” said Beatrice Wambui Kamau, who has sold children’s clothes at the market for 14 years. She estimated her losses at about 300,000 shillings, most of it stock bought on credit. “I do not know how I will pay the supplier.”",
      "A county official said fire crews had been delayed by narrow, congested access roads and by parked lorries blocking one of the approaches. The official said the county would review access routes and consider installing fire hydrants within the market.",
      "Gikomba, one of East Africa’s largest open-air markets, has been hit by fires repeatedly over the years, and traders have long demanded better planning, safer building materials and a permanent fire station nearby. Some said they suspected the fires were linked to disputes over land in the area, a claim county officials have previously denied.",
      "Many of the traders operate on thin margins and without insurance, buying bales of imported second-hand clothing, known as *mitumba*, on credit from wholesalers and repaying as they sell. A single bale can cost between 15,000 and 40,000 shillings depending on its grade, and some traders said they had lost five or six bales each.",
      "“Insurance companies do not want to cover a timber stall in Gikomba,” said Joseph Kariuki Ndung’u, who chairs a traders’ welfare group in the affected section. He said the group would compile a list of those affected and ask the county government and the national government’s affirmative action funds for support to restock. “Some of these people will be back tomorrow selling from the ground. Others will go home to the village and not come back.”",
      "Police said the cause of the fire had not yet been established and that investigators were collecting statements from watchmen and traders. By mid-morning, dozens of traders were sifting through the ash, salvaging charred metal frames and the occasional bale that had escaped the flames.",
    ],
  },
  {
    slug: "matatu-fares-rise-on-nairobi-routes-after-fuel-price-review",
    title: "Matatu fares rise on Nairobi routes after monthly fuel price review",
    standfirst:
      "Commuters on Thika Road, Ngong Road and Jogoo Road are paying up to 20 shillings more a trip after pump prices went up for the second month running.",
    category: "news",
    tags: ["cost-of-living", "nairobi", "red-sea-shipping"],
    authors: ["daniel-kiprono"],
    daysAgo: 7.3,
    hero: {
      alt: "Commuters queuing to board brightly painted matatus at a busy Nairobi bus stage in the evening, with a conductor calling out destinations",
      caption: "Commuters queue for matatus at a stage in Nairobi’s central business district.",
    },
    body: [
      "Commuters on several of Nairobi’s busiest routes are paying more for their daily trips after matatu operators raised fares following the latest monthly fuel price review by the Energy and Petroleum Regulatory Authority (EPRA).",
      "In its review announced on Saturday, the regulator raised the maximum pump price of diesel in Nairobi by a little over 5 shillings a litre and that of petrol by about 4 shillings, the second consecutive monthly increase. EPRA attributed the rise to higher landed costs of refined products, citing international prices, freight charges and the exchange rate.",
      "By Monday morning, conductors on Thika Road were charging 100 shillings from the central business district to Roysambu during peak hours, up from 80. Fares on Ngong Road and Jogoo Road rose by between 10 and 20 shillings, with off-peak fares climbing more modestly.",
      { h2: "Operators say margins are thin" },
      "Operators say they have little choice. A typical 14-seater uses about 25 litres of diesel a day on a busy urban route, and owners say the latest increase adds several hundred shillings to daily running costs, on top of rising prices for spare parts and insurance.",
      "“We are not raising fares because we want to. We are raising them because the fuel station has raised its price,” said Charles Mutua Kioko, manager of a sacco operating on the Thika Road corridor. “If prices come down next month, fares will come down. The passenger and the owner are in the same boat.”",
      "Commuters were less sympathetic. Esther Nduta, a shop assistant in Kasarani, said her daily transport bill had risen from 160 to 200 shillings. “That is 1,000 shillings a month for a person earning 18,000,” she said. “Something else has to go, and usually it is food.”",
      {
        quote:
          "For a low-income household in Nairobi, transport is the second-biggest expense after food. When fares rise, people walk further, skip meals or borrow from mobile lenders.",
        by: "Dr Judith Akoth, an economist who studies urban household budgets",
      },
      { h2: "Freight costs in the mix" },
      "Economists say part of the rise in pump prices reflects higher shipping and insurance costs on fuel cargoes, which have been affected by disruption to traffic through the Red Sea. Kenya imports all its refined petroleum products, mostly from the Gulf, and freight charges feed directly into the landed cost used in EPRA’s pricing formula.",
      "The National Treasury has in the past used a stabilisation fund to cushion consumers from sharp increases, but officials have signalled that the fund’s resources are limited. Transport operators’ associations said they would meet this week to discuss whether to seek a meeting with the Energy Ministry.",
      "EPRA’s next review is due in a month. Until then, commuters say, they will be counting coins at the stage.",
    ],
  },

  // ---------------------------------------------------------------------------------------------
  // Cluster: Climate talks and East African farmers (world)
  // ---------------------------------------------------------------------------------------------
  {
    slug: "african-negotiators-push-adaptation-finance-at-un-climate-talks",
    title: "At UN climate talks, African negotiators push for adaptation money over promises",
    standfirst:
      "Delegates from Kenya and its neighbours arrive with a single message: farmers already living with failed rains need cash for adaptation now, not pledges for later.",
    category: "world",
    tags: ["climate-talks", "united-nations", "agriculture"],
    authors: ["peter-lemayian"],
    daysAgo: 34.0,
    hero: {
      alt: "Delegates with lanyards walking through a large conference centre corridor lined with national flags at the UN climate conference",
      caption: "Delegates arrive for the opening plenary of the annual UN climate conference.",
    },
    body: [
      "African negotiators arrived at this year’s UN climate conference on Monday with a familiar demand sharpened by another season of erratic rains: money to help farmers and pastoralists adapt to a changing climate, paid out at scale and without years of delay.",
      "The African Group of Negotiators, which coordinates positions for the continent’s 54 countries, has made adaptation finance its headline priority for the two-week talks. Delegates say the gap between what developing countries need to cope with droughts, floods and heat and what they actually receive has grown wider, not narrower, since the last round of negotiations.",
      "“We are not here to ask for charity. We are here to ask that promises already made are kept,” said a senior member of Kenya’s delegation, who asked not to be named because negotiations were ongoing. Kenya’s team includes officials from the Ministry of Environment, the National Treasury and the State Department for Agriculture, as well as representatives of county governments.",
      { h2: "Adaptation versus mitigation" },
      "Most international climate finance still flows to mitigation, projects such as solar and wind farms that cut emissions, which are often easier to structure as commercial investments. Adaptation projects, such as drought-tolerant seed programmes, water harvesting, early warning systems or flood defences, rarely generate returns that attract private investors, so they depend heavily on public money.",
      "For East Africa, analysts say, that imbalance is felt on farms. The region’s emissions are tiny by global standards, but its economies rely heavily on rain-fed agriculture, and recent years have brought both the worst drought in four decades and some of the heaviest flooding on record.",
      {
        quote:
          "A solar farm in Turkana is welcome. But a grandmother growing sorghum in Kitui needs a water pan and seed that survives a short season. Nobody builds that for profit.",
        by: "Dr Naliaka Wafula, a climate policy researcher at a Nairobi think tank",
      },
      { h2: "Loss and damage on the agenda" },
      "Negotiators will also press for the fund for loss and damage, agreed in principle at earlier talks, to start disbursing money to affected communities. African delegates want simplified access rules so that county and local governments, not just national treasuries, can apply directly.",
      "Wealthy countries have said they are committed to scaling up support but have pointed to strained budgets at home and have urged emerging economies with large emissions to contribute as well. That divide is expected to shape the negotiations over the coming fortnight.",
      "The talks also come as several African governments grapple with heavy debt repayments, which analysts say limits their ability to fund adaptation from their own budgets. Kenya’s delegation is expected to back proposals linking climate finance to debt relief, including clauses that would allow countries to pause repayments after a major climate disaster.",
      "“You cannot ask a country to spend more on resilience while it is spending a third of its revenue on servicing debt,” said Dr Naliaka Wafula. “The two conversations have to happen in the same room.”",
      "Civil society groups from the region have organised side events on pastoralism, fisheries and food security. Observers say the outcome on adaptation finance will be the clearest test of whether the talks deliver anything East African farmers can feel.",
    ],
  },
  {
    slug: "what-climate-talks-mean-for-makueni-farmers",
    title: "Far from the negotiating halls, Makueni farmers wonder what climate talks will change",
    standfirst:
      "In a county where the short rains have failed three times in five years, farmers have already changed what they plant. They want to know who will pay for the next step.",
    category: "world",
    tags: ["climate-talks", "agriculture", "counties"],
    authors: ["peter-lemayian", "daniel-kiprono"],
    daysAgo: 26.2,
    hero: {
      alt: "A woman farmer in a headscarf standing in a field of short green sorghum plants under a wide blue sky, with dry hills in the distance in Makueni County",
      caption: "A farmer inspects her sorghum crop in Makueni County.",
    },
    body: [
      "Mutheu Kioko can recite the seasons of the past decade the way some people recite football results. “Good, bad, bad, good, very bad, floods, bad,” she says, counting on her fingers as she walks between rows of sorghum on her two-acre plot in Makueni County. “You cannot plan with that. You can only guess.”",
      "Ten years ago, like most of her neighbours, she planted maize every season. Today maize takes up less than a quarter of her land. The rest is sorghum, green grams and cowpeas, crops that tolerate the shorter, patchier rains that now define much of south-eastern Kenya. A small plastic-lined water pan, dug with a neighbour’s help, lets her irrigate a kitchen garden through dry spells.",
      "As government delegations haggled over adaptation finance at the UN climate talks thousands of kilometres away, farmers in Makueni said they had followed the news on the radio with a mixture of interest and scepticism. Many said they had already done what they could with their own money.",
      { h2: "Adapting on their own" },
      "Agricultural extension officers in the county estimate that more than half of smallholders have shifted at least part of their land to drought-tolerant crops over the past decade. Water harvesting has spread, helped by county programmes and non-governmental organisations, though coverage remains patchy.",
      "“Farmers are not waiting for anyone. They have been adapting since before the word ‘adaptation’ came to the village,” said Kyalo Musyoka, a county extension officer who covers several wards in the south of the county. “What they cannot do on their own is build the bigger things: dams, roads to take produce to market, cold storage, insurance that pays out quickly.”",
      "The costs add up. A small farm pond with a liner costs upwards of 60,000 shillings, and certified drought-tolerant seed is often more expensive than the maize seed it replaces. For households earning a few thousand shillings a month from casual labour and small sales, such investments can take years.",
      "Habits are harder to change than seed. Maize remains the staple at most dinner tables in the form of *ugali*, and older farmers in particular are reluctant to give it up entirely. “My father planted maize, his father planted maize,” said Musembi Ndolo, 61, who still devotes half his land to the crop despite losing it to drought in two of the past four seasons. “When it fails, I buy maize. When it succeeds, I feel like a farmer.”",
      {
        quote:
          "They say in those meetings that billions are coming for people like us. I have heard that before. If even a small part reached this village as water, I would believe it.",
        by: "Mutheu Kioko, a farmer in Makueni County",
      },
      { h2: "Markets matter as much as rain" },
      "Switching crops has brought problems of its own. Sorghum and green grams grow well in dry conditions but fetch unpredictable prices, and farmers complain that brokers set terms at the farm gate. A farmer who sells green grams for 80 shillings a kilogram one season may be offered 50 the next.",
      "Some farmers have organised into cooperatives to bargain collectively and to supply breweries and food processors directly. Nzioka Mutua, who chairs one such group of about 300 members, said contract farming for a brewery had given members predictable prices, but that the buyer’s demand was limited. “Adaptation is not just the seed,” he said. “It is who buys the harvest.”",
      "Economists say this is where international finance could make the biggest difference, by funding the rural infrastructure that makes drought-tolerant farming pay. “The farm-level changes are largely done,” said Dr Wangari Muriithi, an agricultural economist in Nairobi. “The next stage, storage, processing, roads, insurance, needs public investment at a scale counties cannot afford alone.”",
      { h2: "What farmers want from the talks" },
      {
        list: [
          "Money that reaches counties and cooperatives directly, not only national ministries",
          "Support for water harvesting and small-scale irrigation",
          "Weather-index insurance that pays out within weeks of a failed season",
          "Better roads and storage so that drought-tolerant crops can reach markets",
          "Reliable seasonal forecasts in local languages",
        ],
      },
      "County officials say they have prepared proposals for climate adaptation projects that could be funded if international money becomes available, including sand dams on seasonal rivers and a network of small grain stores. Makueni has for several years run a county climate change fund, financed partly from its own budget, which residents cite as an example of how small, locally chosen projects can work.",
      "Back on her plot, Mrs Kioko says she will plant again as soon as the rains show signs of settling. She has saved seed from her last sorghum harvest and bought a small bag of cowpeas. “The people at the conference can talk,” she says. “Here, the talking is done by the sky.”",
    ],
  },
  {
    slug: "climate-talks-end-with-finance-deal-east-africa-reaction",
    title:
      "Climate talks end with finance deal East African delegates call a start, not a solution",
    standfirst:
      "Negotiators agreed to scale up adaptation funding over the next decade, but the deal leaves open who pays, how much arrives as grants and how quickly it reaches farmers.",
    category: "world",
    tags: ["climate-talks", "united-nations", "agriculture"],
    authors: ["peter-lemayian"],
    daysAgo: 11.0,
    hero: {
      alt: "Tired delegates applauding in a packed plenary hall late at night as the final text of the climate agreement is gavelled through",
      caption:
        "Delegates applaud as the final decision is adopted in the early hours of the morning.",
    },
    body: [
      "The UN climate conference closed in the early hours of Sunday, more than a day behind schedule, with an agreement to substantially increase finance for adaptation in developing countries over the coming decade. East African delegates welcomed the direction of the deal but warned that its vague wording on sources of money could leave farmers waiting for years.",
      "The final decision commits wealthy nations to lead efforts to scale up adaptation funding and urges multilateral development banks to expand their lending for resilience projects. It also includes language on improving developing countries’ access to existing funds and on making the fund for loss and damage operational.",
      "Negotiators from the African Group had pushed for a firm numerical target backed by grants rather than loans. The text that emerged sets an ambition to raise adaptation finance significantly from current levels but stops short of specifying how much must come from public budgets in rich countries.",
      { h2: "Reactions from the region" },
      "“It is a floor, not a ceiling, and we will keep pushing,” said a member of Kenya’s delegation, speaking on condition of anonymity. The Ministry of Environment said in a statement that the outcome “recognises the urgent needs of frontline countries” and pledged to work with counties to prepare projects ready for funding.",
      "Observers from neighbouring countries were more critical. Aisha Mwinyi Juma, a Tanzanian civil society observer who attended the talks, said the language on grants was too weak. “If adaptation money arrives as loans, a country that is already struggling with debt repayments will think twice before borrowing to build a dam,” she said.",
      {
        quote:
          "Farmers in Uganda do not measure success by the text of a decision. They measure it by whether the extension officer arrives with seed before the rains.",
        by: "Ronald Ssempala, an agricultural economist in Kampala",
      },
      { h2: "What it means on the ground" },
      "For farmers in places such as Makueni, Kitui and northern Uganda, the practical effects will depend on how quickly new money is programmed and whether it reaches local institutions. Analysts say the first tangible projects funded under any new commitments are unlikely to break ground for at least two years.",
      "Pastoralist groups from northern Kenya, who had lobbied for recognition of livestock losses during recent droughts, said they were disappointed that the text made only passing reference to mobile herding communities. “Our animals died in their millions in the last drought, and that is loss and damage in its plainest form,” said Abdullahi Dida Wario, a pastoralist leader from Marsabit who attended as an observer.",
      "Still, some see reasons for cautious optimism. The agreement’s emphasis on simplified access could allow county governments and farmer cooperatives to apply for smaller grants directly. “The plumbing matters as much as the headline number,” said Dr Naliaka Wafula, a Nairobi-based climate policy researcher. “If the application process shrinks from three years to one, that is real change.”",
      "Negotiators will meet again at intermediate sessions in the middle of next year to work on details, including indicators to track progress on adaptation.",
    ],
  },

  // ---------------------------------------------------------------------------------------------
  // Cluster: Red Sea shipping disruption (world)
  // ---------------------------------------------------------------------------------------------
  {
    slug: "ships-avoid-red-sea-adding-weeks-to-mombasa-cargo",
    title: "Ships avoid the Red Sea, adding weeks and costs to cargo bound for Mombasa",
    standfirst:
      "Shipping lines rerouting around the Cape of Good Hope have thrown vessel schedules into disarray, with knock-on effects for importers and the port of Mombasa.",
    category: "world",
    tags: ["red-sea-shipping", "trade"],
    authors: ["esther-achieng"],
    daysAgo: 47.2,
    hero: {
      alt: "Container ships waiting at anchor off the coast of Mombasa under a hazy sky, with gantry cranes at the port visible on the shoreline",
      caption: "Vessels at anchor outside the port of Mombasa as schedules are disrupted.",
    },
    body: [
      "Major shipping lines have continued to divert vessels away from the Red Sea and the Suez Canal because of attacks on merchant ships, sending them instead around the Cape of Good Hope and disrupting the flow of cargo to and from East African ports, including Mombasa.",
      "The diversion adds thousands of nautical miles and between 10 and 14 days to voyages between Europe and Asia. While Mombasa lies on the Indian Ocean side of the continent, much of the cargo it handles, including containers from Europe and the Mediterranean, normally comes through Suez. That cargo is now arriving late, irregularly and at higher cost.",
      "Port officials say the disruption has made vessel arrivals harder to predict, with ships sometimes arriving in clusters after long gaps. That bunching can lead to congestion at the berths and in container yards, even when overall volumes are stable.",
      { h2: "Higher freight, higher insurance" },
      "Freight forwarders in Mombasa say the cost of shipping a container from northern Europe to Kenya has risen sharply since the diversions began, as lines pass on the extra fuel, crew and charter costs of longer voyages. War-risk insurance premiums on vessels that still use the Red Sea have also climbed.",
      "“Clients call me every day asking when their container will arrive. I give them a date, and then the line changes the schedule,” said Omar Salim Bakari, who runs a small clearing and forwarding firm in Mombasa. “The importer is paying more and waiting longer. Someone will have to pass that cost on.”",
      "Some lines have also introduced emergency surcharges on cargo to and from East Africa, citing the knock-on effects of the diversions on the availability of vessels and containers worldwide.",
      "Exporters face the same problem in reverse. Kenyan tea, coffee, fresh produce and cut flowers that travel by sea to Europe and the Middle East now spend longer in transit, and some exporters say they have struggled to secure empty containers as equipment is tied up on longer voyages elsewhere.",
      {
        quote:
          "East Africa is paying for a conflict it is not part of. Every extra day at sea shows up eventually in the price of a bag of fertiliser or a spare part.",
        by: "Dr Hassan Mwakio, a maritime economist in Mombasa",
      },
      { h2: "Transit countries feel it too" },
      "The effects reach beyond Kenya. Mombasa is the main gateway for landlocked Uganda, Rwanda, South Sudan and eastern parts of the Democratic Republic of Congo, meaning delays and higher costs ripple through the Northern Corridor. Transporters say lorry turnaround times have lengthened when vessels arrive in bunches.",
      "The Kenya Ports Authority has said it is working with shipping lines to smooth berthing schedules and has extended free storage periods in some cases. Industry groups have called on the government to engage regional partners and international bodies on the security of shipping lanes.",
      "Analysts say there is little sign of a quick return to normal routes, and that importers should plan for longer lead times for months to come.",
    ],
  },
  {
    slug: "red-sea-detours-push-up-freight-and-fuel-import-costs",
    title: "Red Sea detours push up freight and fuel import bills, Kenyan importers say",
    standfirst:
      "From cooking oil to diesel, the cost of the long way round is working its way into prices. Economists warn the effect will linger even if routes reopen.",
    category: "world",
    tags: ["red-sea-shipping", "cost-of-living", "trade"],
    authors: ["daniel-kiprono"],
    daysAgo: 29.9,
    hero: {
      alt: "A fuel tanker ship moored at an oil jetty in Mombasa, with pipelines and storage tanks in the foreground",
      caption: "A tanker discharges refined fuel at the Kipevu oil terminal in Mombasa.",
    },
    body: [
      "Kenyan importers say the rerouting of ships away from the Red Sea has pushed up the cost of bringing in goods from cooking oil and rice to machinery and fuel, with the extra freight and insurance charges steadily feeding into prices paid by consumers.",
      "Halima Abdikadir, who imports cooking oil and rice through Mombasa for wholesalers in the coast region and Nairobi, said her freight bill per container had nearly doubled since the diversions began. “The buyer in Eastleigh does not care that the ship went round Africa,” she said. “He just sees that my price has gone up. I have absorbed some of it, but I cannot absorb all of it.”",
      "Most of Kenya’s imports from Asia, including from China, India and the Gulf, do not pass through the Red Sea and have been less affected. But cargo from Europe, Turkey and the eastern Mediterranean, and any ships that normally call at Red Sea ports on the way, have been hit hardest.",
      { h2: "Fuel: a longer route to the pump" },
      "Fuel is a particular concern. Kenya imports all its refined petroleum products, mainly from Gulf refineries, under a government-to-government supply arrangement. While tankers from the Gulf do not need to transit the Red Sea, industry sources say freight rates for product tankers across the region have risen as vessels are redeployed and some shipowners demand higher premiums to operate anywhere near the affected waters.",
      "Those freight costs are included in the landed cost that the Energy and Petroleum Regulatory Authority uses to set monthly pump prices. Analysts say the freight component has crept up over recent months and is likely to have contributed to recent increases at the pump.",
      {
        quote:
          "Freight is a small share of the final price of most goods, but it is not nothing. When it doubles, and then the shilling weakens, and then fuel goes up, the effects compound.",
        by: "Dr Kevin Kimani Gitau, an economist at a Nairobi research institute",
      },
      { h2: "Who ends up paying" },
      "Economists say the impact on inflation has so far been modest but persistent, because shipping costs affect a wide range of imported goods and inputs. Manufacturers that rely on imported raw materials, such as plastics, chemicals and packaging, have warned of higher production costs.",
      {
        list: [
          "Freight on Europe–Mombasa containers up sharply since diversions began",
          "War-risk insurance premiums higher on vessels near the affected waters",
          "Emergency surcharges applied by several shipping lines",
          "Longer lead times forcing importers to hold more stock, tying up cash",
        ],
      },
      "The longer lead times have a hidden cost too. Importers who once ordered stock six weeks ahead now order eight or ten weeks ahead, tying up working capital and increasing borrowing costs. Small traders without access to credit say they are being squeezed out by larger competitors.",
      "The Kenya Association of Manufacturers and the Kenya Private Sector Alliance have urged the government to consider temporary relief on port charges for affected cargo. The Treasury has not announced any measures but said it was monitoring the situation.",
      "Ms Abdikadir said she had begun sourcing more rice from Pakistan and more cooking oil from Malaysia, routes that avoid the Red Sea entirely. “You learn to change,” she said. “But changing suppliers also costs money.”",
    ],
  },
  {
    slug: "tea-and-avocado-exporters-count-cost-of-red-sea-detour",
    title: "Tea and avocado exporters count the cost of the long way round",
    standfirst:
      "Kenyan produce bound for Europe and the Middle East now spends up to two weeks longer at sea. For fresh avocados, that can mean the difference between profit and a write-off.",
    category: "world",
    tags: ["red-sea-shipping", "trade", "agriculture"],
    authors: ["esther-achieng", "daniel-kiprono"],
    daysAgo: 5.5,
    hero: {
      alt: "Workers in hairnets sorting green avocados on a conveyor belt inside a packhouse, with cartons stacked in the background",
      caption: "Avocados are graded and packed for export at a packhouse in Murang’a County.",
    },
    body: [
      "Kenyan exporters of tea and avocados say the prolonged diversion of ships away from the Red Sea is eroding their margins and, for fresh produce, threatening whole consignments, as voyages to European and Middle Eastern markets take up to two weeks longer.",
      "Avocados are particularly vulnerable. Harvested mature but unripe, they are shipped in refrigerated containers that slow ripening. A voyage from Mombasa to Rotterdam through the Suez Canal once took about three weeks; around the Cape of Good Hope it can take five.",
      "“An avocado is a clock,” said Grace Wanjiku Mbugua, who manages a packhouse in Murang’a County that exports to the Netherlands and France. “Every extra day at sea is a day less on the supermarket shelf. We have had containers arrive with fruit already too ripe, and the buyer rejects them. Then we carry the loss.”",
      { h2: "Switching markets, changing routes" },
      "Some avocado exporters have shifted volumes to markets in the Middle East and Asia, which can be reached without transiting the Red Sea, or have increased sales of frozen and processed avocado products that are less time-sensitive. Others are experimenting with controlled-atmosphere containers that extend shelf life but cost more.",
      "For tea, Kenya’s biggest agricultural export, the challenge is cost rather than spoilage. Much of the tea sold at the Mombasa auction goes to Pakistan, Egypt, the United Kingdom and other markets. Shipments to Egypt and Europe have been hit by higher freight charges, which buyers have sought to push back onto sellers through lower bids at the auction.",
      {
        quote:
          "The buyer in Cairo calculates his landed cost. If freight has gone up by a few cents a kilo, he bids a few cents less in Mombasa. Eventually that reaches the farmer’s monthly payment.",
        by: "Josephat Kiprotich Rono, a tea broker in Mombasa",
      },
      { h2: "Farmers feel it last" },
      "Smallholder tea farmers, who supply the majority of Kenya’s tea through factory companies, say their payments have been unpredictable this year for several reasons, including the exchange rate and global supply. Brokers say freight costs are one factor among many but are likely to persist for as long as ships avoid the Red Sea.",
      "Export industry groups have asked the government to negotiate better freight terms through the Kenya Ports Authority and to promote direct shipping services to new markets. Officials say they are also exploring the potential of expanded air freight for high-value fresh produce, though air freight costs far more than sea freight.",
      "For growers, the pressure arrives in the form of lower farm-gate prices. Peter Kamau Gachie, who has about 400 avocado trees on his farm near Kandara, said exporters had cut the price they offered per fruit over the past season, blaming shipping costs and rejected consignments. “When the ship takes longer, it is my price that becomes shorter,” he said. Some farmers have turned to selling more fruit locally, where prices are lower but payment is immediate.",
      "At the packhouse in Murang’a, Mrs Mbugua says her team has tightened its harvesting and cooling schedules to buy a few extra days. “We cannot make the ship faster,” she said. “So we make everything before the ship faster.”",
    ],
  },

  // ---------------------------------------------------------------------------------------------
  // Standalone (world)
  // ---------------------------------------------------------------------------------------------
  {
    slug: "families-of-kenyans-who-died-in-gulf-push-for-answers",
    title:
      "Families of Kenyan workers who died in the Gulf push for answers and faster repatriation",
    standfirst:
      "Relatives describe months of waiting for bodies and death certificates. Officials say new labour agreements and a tighter grip on recruitment agencies will help.",
    category: "world",
    tags: ["migration", "cost-of-living"],
    authors: ["amina-wekesa"],
    daysAgo: 19.4,
    hero: {
      alt: "A family gathered around a framed photograph of a young woman on a table in a modest living room in western Kenya, candles and flowers beside it",
      caption: "Relatives of a domestic worker who died abroad at their home in Kakamega County.",
    },
    body: [
      "Families of Kenyans who have died while working in Gulf states have called on the government to speed up the repatriation of bodies and to press host countries for full investigations, saying they are often left for months without answers.",
      "Kenya sends tens of thousands of workers to the Gulf each year, many of them women employed as domestic workers. Remittances from the region have become a significant source of foreign exchange, and for many households in rural Kenya a job abroad is seen as a way out of unemployment and debt.",
      "For the family of Rose Amboko, a 29-year-old from Kakamega County, that hope ended with a phone call from a recruitment agent telling them she had died. Her mother, Phoebe Amboko, said the family was told only that Rose had “fallen ill”. It took more than three months, and a collection from neighbours and their church, before her body was returned for burial.",
      {
        quote:
          "She went so that her younger brothers could finish school. She came back in a box, and nobody could tell us what happened to her.",
        by: "Phoebe Amboko, whose daughter died while working abroad",
      },
      { h2: "A system under pressure" },
      "The Ministry of Labour and Social Protection says it has strengthened the vetting of recruitment agencies, with the National Employment Authority revoking the licences of agencies found to have abandoned workers or misled them about contracts. Officials also point to pre-departure training, which now covers workers’ rights and how to contact Kenyan missions in an emergency.",
      "Kenyan embassies in the region have set up help desks and shelters for workers fleeing abusive employers, and officials say bilateral labour agreements with several Gulf states include provisions on working hours, rest days and the handling of deaths abroad.",
      "But families and advocacy groups say implementation is uneven. “When a worker dies, the family should not have to hire a lawyer or run a fundraiser to get the body home,” said Wycliffe Odera Ochieng, who coordinates a support network for returnee workers in Nairobi. “The recruitment agency collected fees. The employer signed a contract. Someone should be responsible.”",
      { h2: "Calls for clearer rules" },
      "Advocates are pushing for a standard requirement that recruitment agencies or employers cover repatriation costs, for independent post-mortem examinations to be offered to families, and for a public register of deaths of Kenyan workers abroad. Members of Parliament have raised the issue in the National Assembly, and a committee is expected to review the matter.",
      "Labour migration experts say the push must be balanced against the value of jobs abroad for many families. “The answer is not to close the door,” said Dr Fatma Said Mwinyi, who researches labour migration in Mombasa. “The answer is to make sure that the people who go have contracts that are enforced and that the State follows them when things go wrong.”",
      "For the Amboko family, the questions remain. Phoebe Amboko says she keeps her daughter’s last voice notes on her phone. “I listen to them when I miss her,” she said. “In the last one she says she is tired, but she is fine. I want to know what happened after that.”",
    ],
  },
];
