import type { SeedStaff } from "../seed-types";

// Fictional newsroom staff: any resemblance to real journalists is unintended.
export const staff: SeedStaff[] = [
  {
    slug: "amina-wekesa",
    name: "Amina Wekesa",
    email: "amina.wekesa@gazeti.example",
    jobTitle: "Diplomatic Correspondent",
    bio: "Amina covers diplomacy, peacekeeping and Kenya's place in the world from Nairobi. She has reported from Addis Ababa, New York and Port-au-Prince, and before joining Gazeti spent six years on a regional radio desk.",
  },
  {
    slug: "brian-otieno",
    name: "Brian Otieno",
    email: "brian.otieno@gazeti.example",
    jobTitle: "Crime and Courts Reporter",
    bio: "Brian reports on crime, policing and the courts. He grew up in Kisumu, studied law at night, and still reads judgments for fun. Tips reach him through the newsroom's secure line.",
  },
  {
    slug: "grace-njeri",
    name: "Grace Njeri",
    email: "grace.njeri@gazeti.example",
    jobTitle: "Political Editor",
    bio: "Grace leads Gazeti's politics coverage: Parliament, the Executive and the parties. She has covered three general elections and edits the weekly State House briefing.",
  },
  {
    slug: "daniel-kiprono",
    name: "Daniel Kiprono",
    email: "daniel.kiprono@gazeti.example",
    jobTitle: "Business Writer",
    bio: "Daniel writes about money: markets, agriculture, energy and the cost of living. He trained as an accountant in Eldoret before turning to journalism.",
  },
  {
    slug: "fatuma-hassan",
    name: "Fatuma Hassan",
    email: "fatuma.hassan@gazeti.example",
    jobTitle: "Counties Correspondent",
    bio: "Fatuma travels the 47 counties for Gazeti, from Mombasa's port to Turkana's oil fields, reporting on devolution, water, schools and the people who run them.",
  },
  {
    slug: "joseph-mwangi",
    name: "Joseph Mwangi",
    email: "joseph.mwangi@gazeti.example",
    jobTitle: "Sports Reporter",
    bio: "Joseph covers athletics, football and rugby. He has followed Kenyan runners from the high-altitude camps of Iten to the world's biggest marathons.",
  },
  {
    slug: "esther-achieng",
    name: "Esther Achieng",
    email: "esther.achieng@gazeti.example",
    jobTitle: "Africa Editor",
    bio: "Esther edits Gazeti's Africa desk, covering the East African Community, the African Union and the continent's economies, with a particular eye on public money and how it is spent.",
  },
  {
    slug: "peter-lemayian",
    name: "Peter Lemayian",
    email: "peter.lemayian@gazeti.example",
    jobTitle: "World Affairs Reporter",
    bio: "Peter writes about world affairs and what they mean at home: trade, climate talks, migration and conflict. He joined Gazeti from a wire service desk in Johannesburg.",
  },
];
