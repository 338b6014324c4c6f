// Closed word classes used by the rules. Plain data; one table per fact.
import speakerWords from './speakers.json' with { type: 'json' };
export const AUX_AND_ADVERBS = new Set([
  'has', 'have', 'had', 'having', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'will', 'would', 'shall', 'should',
  'can', 'could', 'may', 'might', 'must', 'do', 'does', 'did', 'not', "n't", 'n’t', 'never', 'also', 'previously',
  'repeatedly', 'publicly', 'privately', 'reportedly', 'later', 'then', 'again', 'already', 'earlier', 'further',
  'strongly', 'flatly', 'firmly', 'quickly', 'immediately', 'once', 'since', 'often', 'always', 'recently', 'initially',
  'subsequently', 'now', 'still', 'just', 'even', 'simply', 'angrily', 'bluntly', 'openly', 'separately', 'first',
  'last', 'yesterday', 'today', 'formally', 'officially', 'loudly', 'vehemently', 'categorically', 'explicitly', 'only',
  'repeatedly', 'consistently', 'long', 'emphatically', 'sharply', 'softly', 'quietly', 'tearfully', 'directly',
]);

export const SUBJECT_PRONOUNS: Readonly<Record<string, { number: 'singular' | 'plural'; kind: 'person' | 'thing' | 'any'; gender?: 'male' | 'female' }>> = {
  he: { number: 'singular', kind: 'person', gender: 'male' },
  she: { number: 'singular', kind: 'person', gender: 'female' },
  it: { number: 'singular', kind: 'thing' },
  they: { number: 'plural', kind: 'any' },
  we: { number: 'plural', kind: 'any' },
  i: { number: 'singular', kind: 'person' },
  you: { number: 'singular', kind: 'person' },
};

export const RELATIVE_PRONOUNS = new Set(['which', 'who', 'that', 'whom']);

export const ROLE_NOUNS: Readonly<Record<string, string>> = {
  spokesperson: 'spokesperson', spokesman: 'spokesperson', spokeswoman: 'spokesperson', spokespeople: 'spokesperson',
  spokesmen: 'spokesperson', spokeswomen: 'spokesperson', 'press officer': 'spokesperson', 'press office': 'spokesperson', 'press secretary': 'spokesperson',
  representative: 'representative', official: 'official', officials: 'official', executive: 'executive', executives: 'executive',
  'chief executive': 'chief executive', ceo: 'chief executive', 'chief executive officer': 'chief executive',
  director: 'director', minister: 'minister', secretary: 'secretary', lawyer: 'lawyer', lawyers: 'lawyer', attorney: 'lawyer',
  prosecutor: 'prosecutor', prosecutors: 'prosecutor', judge: 'judge', coach: 'coach', mayor: 'mayor', president: 'president',
  chairman: 'chair', chairwoman: 'chair', chair: 'chair', chairperson: 'chair', head: 'head', manager: 'manager',
  officer: 'officer', commissioner: 'commissioner', analyst: 'analyst', researcher: 'researcher', researchers: 'researcher',
  professor: 'professor', scientist: 'scientist', doctor: 'doctor', nurse: 'nurse', teacher: 'teacher', resident: 'resident',
  residents: 'resident', employee: 'employee', employees: 'employee', worker: 'worker', workers: 'worker', member: 'member',
  members: 'member', leader: 'leader', founder: 'founder', 'co-founder': 'founder', adviser: 'adviser', advisor: 'adviser',
  economist: 'economist', expert: 'expert', experts: 'expert', inspector: 'inspector', investigator: 'investigator',
  investigators: 'investigator', organiser: 'organiser', organizer: 'organiser', activist: 'activist', activists: 'activist',
  campaigner: 'campaigner', campaigners: 'campaigner', councillor: 'councillor', councilor: 'councillor', cllr: 'councillor', 'cllr.': 'councillor', councilman: 'councillor',
  councilwoman: 'councillor', senator: 'senator', governor: 'governor', lawmaker: 'lawmaker', lawmakers: 'lawmaker',
  legislator: 'lawmaker', mp: 'member of parliament', msp: 'member of parliament', bishop: 'bishop', archbishop: 'archbishop', backbencher: 'lawmaker', diplomat: 'diplomat', ambassador: 'ambassador', general: 'general', colonel: 'colonel',
  commander: 'commander', chief: 'chief', superintendent: 'superintendent', principal: 'principal', engineer: 'engineer', moderator: 'moderator', moderators: 'moderator',
  engineers: 'engineer', auditor: 'auditor', regulator: 'regulator', regulators: 'regulator', physician: 'doctor',
  epidemiologist: 'epidemiologist', meteorologist: 'meteorologist', forecaster: 'forecaster', hydrologist: 'hydrologist',
  climatologist: 'climatologist', captain: 'captain', player: 'player', striker: 'player', midfielder: 'player',
  defender: 'player', goalkeeper: 'player', forward: 'player', winger: 'player', owner: 'owner', treasurer: 'treasurer', trustee: 'trustee', deputy: 'deputy',
  negotiator: 'negotiator', witness: 'witness', victim: 'victim', parent: 'parent', parents: 'parent', student: 'student',
  students: 'student', farmer: 'farmer', farmers: 'farmer', pilot: 'pilot', driver: 'driver', surgeon: 'surgeon',
  administrator: 'administrator', secretary_general: 'secretary-general', 'secretary-general': 'secretary-general',
  pastor: 'pastor', sheriff: 'sheriff', detective: 'detective', agent: 'agent', counsel: 'lawyer', solicitor: 'lawyer',
  barrister: 'lawyer', planner: 'planner', architect: 'architect', consultant: 'consultant', historian: 'historian',
  commentator: 'commentator', strategist: 'strategist', whistleblower: 'whistleblower', source: 'source', sources: 'source',
  'inspector general': 'inspector general', 'surgeon general': 'surgeon general',
  councilmember: 'councilmember', 'council member': 'councilmember', lecturer: 'lecturer', editor: 'editor', 'editor-in-chief': 'editor-in-chief', reporter: 'reporter',
  journalist: 'journalist', journalists: 'journalist', specialist: 'specialist', neurologist: 'neurologist', fisherman: 'fisherman',
  fishermen: 'fisherman', rider: 'rider', riders: 'rider', rapporteur: 'rapporteur', 'special rapporteur': 'special rapporteur',
  pharmacist: 'pharmacist', paramedic: 'paramedic', firefighter: 'firefighter', soldier: 'soldier', soldiers: 'soldier',
  tenant: 'tenant', tenants: 'tenant', landlord: 'landlord', author: 'author', writer: 'writer', shopkeeper: 'shopkeeper',
  coordinator: 'coordinator', controller: 'controller', comptroller: 'controller', clerk: 'clerk',
  'attorney general': 'attorney general', 'district attorney': 'district attorney', 'majority leader': 'majority leader',
  'minority leader': 'minority leader', whip: 'whip',
  // offices and occupations news names people by ("the coroner, X,", "X, the vice-chancellor,"; not "aide": "a senior
  // Republican aide" would then be read as the party's staff, speaking for the party, where gold keeps the description)
  'vice-chancellor': 'vice-chancellor', provost: 'provost', coroner: 'coroner', nominee: 'nominee',
  ecologist: 'ecologist', midwife: 'midwife',
  // (scientists and clinicians a title before the name makes a source: "Pharmacologist X of the University of Y said")
  pharmacologist: 'pharmacologist', toxicologist: 'toxicologist', virologist: 'virologist', immunologist: 'immunologist',
  psychologist: 'psychologist', psychiatrist: 'psychiatrist', sociologist: 'sociologist', criminologist: 'criminologist',
  oncologist: 'oncologist', cardiologist: 'cardiologist', geologist: 'geologist', biologist: 'biologist', commodore: 'commodore', midwives: 'midwife', dentist: 'dentist', grower: 'grower',
  // (occupations news introduces a named or unnamed source by, in apposition or before the name: "X, an occupational
  // hygienist who …", "the conductor X", "X, an actor who …", "a violinist said"; none is also a common surname, none
  // also a body's name ("the ombudsman") or a body's hired trade ("its surveyor"), none a constituency ("beekeepers"))
  conductor: 'conductor', hygienist: 'hygienist', microscopist: 'microscopist', actor: 'actor', actress: 'actor',
  critic: 'critic', violinist: 'violinist', pianist: 'pianist', cellist: 'cellist', guitarist: 'guitarist', musician: 'musician',
  composer: 'composer', playwright: 'playwright', novelist: 'novelist', poet: 'poet', artist: 'artist', sculptor: 'sculptor',
  photographer: 'photographer', 'film-maker': 'film-maker', filmmaker: 'filmmaker', choreographer: 'choreographer', curator: 'curator',
  librarian: 'librarian', archivist: 'archivist', actuary: 'actuary', actuaries: 'actuary',
  physicist: 'physicist', pathologist: 'pathologist', therapist: 'therapist', veterinarian: 'veterinarian', optician: 'optician',
  radiologist: 'radiologist', anaesthetist: 'anaesthetist', paediatrician: 'paediatrician', pediatrician: 'pediatrician',
  statistician: 'statistician', mathematician: 'mathematician', astronomer: 'astronomer', archaeologist: 'archaeologist',
  zoologist: 'zoologist', botanist: 'botanist', oceanographer: 'oceanographer', seismologist: 'seismologist', nutritionist: 'nutritionist',
  dietitian: 'dietitian', plumber: 'plumber', electrician: 'electrician', mechanic: 'mechanic', patroller: 'patroller',
  lifeguard: 'lifeguard', caretaker: 'caretaker', janitor: 'janitor', hairdresser: 'hairdresser', florist: 'florist',
  entrepreneur: 'entrepreneur', winemaker: 'winemaker', chaplain: 'chaplain',
  vicar: 'vicar', priest: 'priest', rabbi: 'rabbi', imam: 'imam', headteacher: 'headteacher', headmaster: 'headteacher',
  headmistress: 'headteacher', tutor: 'tutor', auctioneer: 'auctioneer', 'singer-songwriter': 'singer-songwriter',
  // offices named by two words, the second of which would otherwise be read alone ("the agency’s director general",
  // "the opposition leader", a leader of the largest party outside government, not any leader in opposition)
  'director general': 'director general', 'director-general': 'director general', 'opposition leader': 'opposition leader',
  // (the official who runs an election count: "officer" alone would drop what the office is)
  'returning officer': 'returning officer',
  // (a government's or a body's appointed representative for a place or a question: "the special envoy for the region")
  envoy: 'envoy', 'special envoy': 'special envoy',
  // (an athlete named by the sport's noun: "Luskwick sprinter X", "X, a hurdler"; speakers.json athleteRoles)
  ...Object.fromEntries(speakerWords.coreference.athleteRoles.map((w) => [w, w])),
};

/** Words that make a title with the role noun beside them ("general secretary", "deputy director", "council member"):
 *  a title word before a name, and the noun a title word before another runs on to ("chief constable"). */
export const TITLE_MODIFIERS = new Set(['opposition', 'chief', 'deputy', 'general', 'vice', 'assistant', 'associate', 'managing',
  'medical', 'project', 'council', 'committee', 'special', 'prime', 'executive', 'attorney', 'district', 'police', 'finance',
  'programme', 'program', 'campaign',
  // (a rank title of police detectives, GUIDE decision 40: "Detective Superintendent X", "a detective inspector")
  'detective',
  // (a grade of the office before its noun, as "chief" is, GUIDE decision 40: "principal analyst", "principal engineer")
  'principal']);

/** Lower-case modifiers that name the office itself and so stay in the role written before the role noun ("regional
 *  organiser", "chief operating officer", "board member", "national officer", "ranking member", "commercial director").
 *  Not here: words that date, judge or place the holder rather than name the office ("former", "new", "veteran",
 *  "senior", "opposition": "an opposition lawmaker" is a lawmaker), nor a minister's portfolio ("Transport Minister X"
 *  is a minister in corpus/GUIDE.md's gold), which the role noun alone gives. */
export const ROLE_MODIFIERS = new Set([...[...TITLE_MODIFIERS].filter((w) => w !== 'opposition'),
  'regional', 'national', 'operating', 'board', 'commercial', 'scientific', 'ranking',
  // ("the shadow housing secretary": the opposition's counterpart of the office is an office of its own; "the charity’s
  // country director", "its branch secretary", "the operations director": the post over one country's programme, over
  // a branch, over a department. Not "union" or
  // "lead": "Union president X" is a president, "the lead attorney" a lawyer in corpus/GUIDE.md's gold)
  'shadow', 'country', 'branch', 'operations', 'sales', 'marketing']);

/** Role nouns that are also verbs ("they must judge Halvorsen's conduct", "she will coach Brandt next season", "asked to
 *  chair Ulmley's inquiry"): written in lower case right after a word of VERB_OPENERS they are the verb, no title of the
 *  name after them. */
export const ROLE_VERB_HOMOGRAPHS = new Set(['judge', 'coach', 'chair', 'head', 'captain', 'pilot', 'witness', 'counsel', 'whip', 'host', 'guard', 'referee', 'skipper']);

/** Words after which a verb, not a noun, follows: a modal, "to", a subject pronoun, a form of "do", a negation. */
export const VERB_OPENERS = new Set(['can', 'could', 'will', 'would', 'shall', 'should', 'may', 'might', 'must', 'to', 'i', 'we', 'you', 'they',
  'he', 'she', 'do', 'does', 'did', 'not', "n't", 'n’t', 'cannot', "can't", 'can’t', "won't", 'won’t']);

/** Words that make the field words after them an opposition party's portfolio, not a body ("the opposition health
 *  spokeswoman", "the shadow transport spokesman"). */
export const OPPOSITION_WORDS = new Set(['opposition', 'shadow']);

/** Portfolio words among TITLE_MODIFIERS ("finance director" is an office, "Finance Minister X" a minister): before a
 *  PORTFOLIO_ROLES noun they name the portfolio and go (GUIDE decision 29). */
export const PORTFOLIO_TITLE_WORDS = new Set(['finance', 'police']);

/** Roles whose "of" complement names the holder's field or the body, not another office, and so goes: "a professor of
 *  employment law" is a professor, "the chair of trustees" a chair, where "head of policy", "director of operations" and
 *  "chief of staff" keep theirs. */
export const ROLES_WITHOUT_OF = new Set(['professor', 'lecturer', 'chair']);

/** What "who leads the …" makes of a person by the head noun of the body led: a leader, the body left out (GUIDE decision
 *  40: "who leads the Jelley Island Council", "who leads the Independent group on the council", "who leads the opposition
 *  group" → leader); a body not listed gives no role ("who leads the inquiry", "who leads the field"). */
export const LED_BODIES: Readonly<Record<string, string>> = {
  council: 'leader', group: 'leader', 'opposition group': 'leader', party: 'leader', union: 'leader',
};

/** Roles a minister-like office holder is named by with a portfolio between an office modifier and the noun ("Deputy
 *  Interior Minister X", "the shadow housing secretary"): the portfolio goes, the modifier stays ("deputy minister",
 *  "shadow secretary"), as a portfolio alone goes ("Transport Minister X" is a minister). */
export const PORTFOLIO_ROLES = new Set(['minister', 'secretary']);

/** Occupations news names a person or an unnamed source by that are no office of a body and so are not ROLE_NOUNS
 *  (which also make a body's speaker of "a Kipworth spokesman"): they give only the role of a person in apposition ("X,
 *  a developer who bought the site,") or of an unnamed source ("two council aides", "one curator"). Singular forms;
 *  a regular plural ("aides", "ombudsmen", "midwives") is read back to them. */
export const OCCUPATION_NOUNS = new Set(['aide', 'skipper', 'survivor', 'curator', 'keeper', 'welder', 'winemaker', 'steward', 'technician', 'carpenter',
  'buyer', 'assessor', 'machinist', 'supervisor', 'statistician', 'logger', 'customer', 'lender', 'developer', 'physicist',
  'chemist', 'biologist', 'geologist', 'hydrologist', 'meteorologist', 'forecaster', 'climatologist', 'seismologist',
  'oceanographer', 'astronomer', 'botanist', 'zoologist', 'ornithologist', 'psychologist', 'sociologist', 'criminologist',
  'toxicologist', 'virologist', 'immunologist', 'cardiologist', 'oncologist', 'radiologist', 'psychiatrist', 'paediatrician',
  'pediatrician', 'anaesthetist', 'anesthetist', 'therapist', 'optician', 'vet', 'veterinarian', 'plater', 'electrician',
  'plumber', 'mechanic', 'miner', 'baker', 'butcher', 'chef', 'cleaner', 'porter', 'labourer', 'laborer', 'cashier',
  'accountant', 'banker', 'broker', 'trader', 'designer', 'photographer', 'filmmaker', 'novelist', 'poet', 'musician',
  'presenter', 'artist', 'programmer', 'surveyor', 'attendant', 'laureate', 'archivist', 'librarian',
  'caretaker', 'gardener', 'guard', 'warden', 'ranger', 'sailor', 'deckhand', 'courier', 'dispatcher', 'tutor',
  'headteacher', 'headmaster', 'headmistress', 'academic', 'cyclist', 'athlete', 'coxswain', 'helm', 'counsellor', 'carer',
  'geographer', 'demographer', 'cartographer', 'nephrologist', 'neurosurgeon', 'dermatologist', 'pathologist', 'urologist',
  'anthropologist', 'archaeologist', 'partner',
  'microbiologist', 'bacteriologist', 'geneticist', 'pharmacologist', 'entomologist', 'haematologist', 'hematologist', 'fellow', 'producer']);

/** Occupations that are also a tie to someone ("her partner", "his partner of ten years"): one of them is a role only
 *  when a body follows it ("a partner at Jaskington Legal", "a partner in the firm"), else a kin-like tie (GUIDE 27). */
export const TIE_OCCUPATIONS = new Set(['partner']);

/** The words that end an unnamed source's head noun phrase: a preposition, a relative pronoun or a participle that
 *  opens what is said of the people ("two midwives at the unit", "a technician who has worked …", "a steward employed
 *  by a subcontractor"). */
export const UNNAMED_HEAD_ENDS = new Set(['at', 'of', 'in', 'on', 'for', 'with', 'from', 'to', 'by', 'among', 'who', 'that', 'which',
  'whose', 'employed', 'based', 'leaving', 'stationed', 'familiar', 'briefed', 'close', 'involved', 'working', 'due']);

/** Words that count a description's people ("one curator", "two of the welders", "another keeper"). */
export const COUNT_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'several', 'some', 'many', 'most', 'another', 'each']);

/** Two-word occupations whose first word names the job, not the holder's body or field, and so stays even before a role
 *  noun that keeps no modifier ("a crane driver", "a care worker", "a shop steward", "three crew members"); a body or a
 *  field before the noun goes ("a company statistician", "an agency engineer", "employment lawyers"). */
export const OCCUPATION_COMPOUNDS = new Set(['shop steward', 'room attendant', 'claims assessor', 'loss assessor',
  'compliance officer', 'shift supervisor', 'sewing machinist', 'crane driver', 'bus driver', 'lorry driver', 'truck driver',
  'taxi driver', 'train driver', 'care worker', 'outreach worker', 'social worker', 'support worker', 'youth worker',
  'detention officer', 'prison officer', 'probation officer', 'crew member', 'team lead', 'team leader',
  // (not "marine ecologist", "fish biologist": a field before a profession's noun goes, GUIDE decision 40)
  'political scientist', 'environment artist', 'project manager', 'sourcing manager',
  'store manager', 'shop owner',
  // (an aid agency's field staff: "worker" alone keeps no modifier, GUIDE decision 40's "care worker")
  'aid worker', 'relief worker']);

/** Nouns of a post inside an organisation, whose lower-case noun modifier names the post's function and stays in the
 *  role (GUIDE decision 40: "legal director", "area manager", "repairs manager", "group commander" as "artistic director"
 *  and "health officer"), unlike a profession's noun, whose field goes ("a marine ecologist" is an ecologist). */
export const OFFICE_POST_NOUNS = new Set(['director', 'manager', 'officer', 'coordinator', 'commander', 'controller',
  'administrator', 'supervisor']);

/** Roles that a title before a name gives as a rank or a courtesy ("Colonel", "Professor", "Rep."), not the post the
 *  person speaks in: an apposition right after the name that names a role gives the role instead ("Colonel X, a
 *  spokesman for the army," is a spokesperson; "Rep. X, R-Kan., the subcommittee chairman," a chairman). */
export const RANK_TITLE_ROLES = new Set(['general', 'colonel', 'major', 'captain', 'lieutenant', 'sergeant', 'admiral',
  'brigadier', 'professor', 'doctor', 'representative', 'senator']);

/** Level words among ROLE_MODIFIERS: they name a post of a body's staff ("the union’s regional organiser", "national
 *  officer") but only place the holder of a public office ("Regional governor X" is a governor), and go before one. */
export const LEVEL_MODIFIERS = new Set(['regional', 'national']);
export const PUBLIC_OFFICES = new Set(['governor', 'senator', 'president', 'mayor', 'minister', 'representative', 'lawmaker', 'member of parliament',
  'ambassador', 'sheriff', 'prosecutor', 'judge', 'commissioner', 'councillor']);

/** Roles of a body's staff in general, which keep no modifier, not even a body's noun: "a senior council official" is
 *  an official, as are "two police officials", where "council member" and "committee chair" name an office. */
export const BARE_ROLES = new Set(['official', 'aide', 'employee', 'worker', 'source']);

/** Words that open a phrase before a comma as an adjunct, not as an apposition to the name after the comma: "as the
 *  nominee, Ulmley argued", "like the chairman, Ulmley said" give the name no role. */
export const ADJUNCT_OPENERS = new Set(['as', 'like', 'unlike', 'when', 'while', 'once', 'before', 'after', 'since']);

/** Words right after the article of an apposition that make the role in it a past one or a tie to someone, not the post
 *  the person speaks in ("Colonel X, a former spokesman for the army,", "Sen. X, a close adviser to the governor,"). */
/** Honorifics that are a courtesy, no post: after one, a past post in apposition is still the role the text gives ("Mr.
 *  Galstow, a former editor,"), where after "Sen." or "Colonel" it is not; capitalised before a surname, they mark it a
 *  person's ("Mr Yarlfold", "Lady Yarlfold"). */
export const COURTESY_TITLES = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'mx', 'mx.', 'dr', 'dr.', 'sir', 'dame', 'lord', 'lady']);
/** The head words of a party's or a members' body's name, which the body is often written without ("the Social Democratic Alliance" as "Social Democratic"); not "Group" ("Airport Group" beside the airport itself). */
export const PARTY_NAME_HEADS: ReadonlySet<string> = new Set(['party', 'alliance', 'union', 'league', 'federation', 'coalition', 'movement', 'front', 'congress']);

/** Plural nouns that name the members of a body ("Little Sisters of the Poor", "Friends of the Earth", "Knights of
 *  Columbus"): never a person's given name or surname, so "X Sisters of Y Foundation" is a body, not a person of Y. */
export const COLLECTIVE_NAME_HEADS = new Set(['sisters', 'brothers', 'friends', 'knights', 'trustees', 'sons', 'daughters',
  'fathers', 'mothers', 'servants', 'children', 'veterans', 'ladies', 'women', 'men', 'citizens', 'guardians', 'keepers',
  'companions', 'disciples', 'soldiers', 'missionaries', 'volunteers', 'members', 'supporters', 'fellows', 'governors',
  'patrons', 'workers', 'grandparents', 'parents', 'neighbours', 'neighbors', 'residents', 'survivors']);

export const PAST_OR_TIE_WORDS = new Set(['former', 'ex', 'onetime', 'one-time', 'erstwhile', 'retired', 'late', 'longtime',
  'long-time', 'close', 'old', 'then', 'future']);

export const HONORIFICS = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'prof', 'prof.', 'sen', 'sen.', 'rep', 'rep.', 'cllr', 'cllr.',
  'gen', 'gen.', 'col', 'col.', 'lt', 'lt.', 'capt', 'capt.', 'sgt', 'sgt.', 'gov', 'gov.', 'judge', 'justice', 'sir', 'dame',
  'lord', 'lady', 'rev', 'rev.', 'president', 'minister', 'mayor', 'councillor', 'councilor', 'senator', 'governor', 'chancellor',
  'commissioner', 'inspector', 'detective', 'coach', 'chief', 'superintendent', 'professor', 'doctor', 'general', 'colonel',
  'captain', 'director', 'secretary', 'ambassador', 'premier', 'deputy', 'sheriff', 'officer', 'constable', 'sergeant', 'speaker']);

/** Head nouns that make a proper-noun run an organisation. */
// ("ombudsman": "the Social Housing Ombudsman" is an office, a body, GUIDE decision 64; "Ombudsman Clara Dene" is a title)
export const ORG_HEADS = new Set(['ombudsman', 'inc', 'inc.', 'corp', 'corp.', 'corporation', 'co', 'co.', 'ltd', 'ltd.', 'llc', 'plc', 'gmbh',
  'ag', 'sa', 'group', 'ministry', 'department', 'agency', 'council', 'union', 'commission', 'authority', 'court', 'party',
  'association', 'foundation', 'institute', 'university', 'college', 'school', 'hospital', 'clinic', 'police', 'army',
  'navy', 'force', 'forces', 'bank', 'systems', 'technologies', 'technology', 'labs', 'lab', 'company', 'committee', 'board',
  'office', 'service', 'services', 'unit', 'federation', 'league', 'club', 'fc', 'rovers', 'wanderers', 'athletic', 'rangers', 'coalition', 'network', 'alliance', 'trust',
  'fund', 'watch', 'international', 'center', 'centre', 'solutions', 'energy', 'airlines', 'airways', 'railway', 'railways',
  'rail', 'health', 'pharma', 'pharmaceuticals', 'industries', 'holdings', 'partners', 'capital', 'bureau', 'directorate',
  'parliament', 'senate', 'assembly', 'congress', 'cabinet', 'government', 'administration', 'tribunal', 'regulator',
  'inspectorate', 'secretariat', 'command', 'brigade', 'division', 'corps', 'guard', 'coastguard', 'project', 'initiative', 'society',
  'organisation', 'organization', 'institution', 'trade', 'motors', 'media', 'press', 'software', 'cloud', 'data', 'dynamics',
  'robotics', 'analytics', 'aerospace', 'defense', 'defence', 'security', 'insurance', 'mining', 'foods', 'farms', 'water',
  'utilities', 'transit', 'transport', 'authority', 'port', 'airport', 'council', 'chamber', 'federation', 'confederation',
  'consortium', 'collective', 'campaign', 'movement', 'front', 'committee', 'caucus', 'office', 'prosecutors', 'prosecution',
  'fire', 'ambulance', 'trust', 'nhs', 'university', 'academy', 'museum', 'library', 'studio', 'studios', 'records', 'ventures',
  // the last word of a company's name ('Pimham Logistics', 'Drasby Therapeutics'): a business, never a surname
  // (an observer or aid mission: "the Regional Election Monitoring Mission")
  'mission',
  // (a testing or research laboratory: "Pacific Analytical Laboratories", "Halden Research Laboratory")
  'laboratory', 'laboratories',
  'logistics', 'therapeutics', 'biosciences', 'biotech', 'components', 'products', 'homes', 'securities', 'chemicals',
  'electronics', 'communications', 'shipping', 'brands', 'stores', 'construction', 'engineering', 'telecom', 'entertainment',
  'pictures', 'networks', 'investments', 'properties', 'realty', 'manufacturing', 'semiconductors', 'pharmaceutical',
  'minerals', 'metals', 'resources', 'petroleum', 'ferries', 'hotels', 'resorts', 'textiles', 'beverages', 'breweries', 'nutrition',
  'shipbuilding', 'shipyards', 'brewing', 'brewery', 'distillery', 'distillers', 'aviation', 'freight', 'haulage', 'dairies',
  'bakeries', 'builders', 'developments', 'agrochemicals', 'plastics', 'packaging', 'fisheries', 'seafoods', 'automotive', 'recycling',
  // (a trade's plural goods or vehicles: 'Foskmore Coaches', 'Tarn Tyres', 'Orlo Kitchens')
  'coaches', 'buses', 'trucks', 'tyres', 'tires', 'kitchens', 'supplies', 'garages', 'caravans', 'wines', 'vineyards', 'cosmetics',
  'pharmacies', 'cinemas', 'nurseries', 'appliances', 'furnishings', 'fabrics', 'vehicles',
  // (bodies of members named by their form: 'the Marrowby Patients’ Forum', 'Dunlin Growers Cooperative')
  'forum', 'cooperative', 'co-operative', 'syndicate',
  // police forces and the parties named by their members ("Arbstow Constabulary", "the Social Democrats")
  'constabulary', 'gendarmerie', 'democrats', 'republicans', 'conservatives', 'socialists', 'liberals', 'tories', 'greens']);

/** Singular heads of a collective's description in apposition after a name (", a passenger campaign", ", a rights
 *  group based in …"): the name is a collective's (resolve-speakers.ts). */
export const COLLECTIVE_APPOSITION_HEADS: readonly string[] = ['campaign', 'coalition', 'movement', 'collective', 'group'];

export const GROUP_HEADS = new Set(['campaign', 'movement', 'coalition', 'collective', 'alliance', 'network', 'front', 'protesters',
  'protestors', 'activists', 'campaigners', 'residents', 'petitioners', 'signatories', 'group', 'families', 'parents', 'fans',
  'supporters', 'opponents', 'critics', 'volunteers', 'students', 'workers', 'employees', 'staff', 'nurses', 'doctors', 'teachers',
  // plural heads of unnamed collectives ("consumer groups", "human rights organisations")
  'groups', 'organisations', 'organizations',
  // the parties outside government as one side ("The opposition said", "the opposition accused the government of …"),
  // a side with its own stake, as "opposition parties" is (GUIDE decisions 13 and 66)
  'opposition']);

export const MEDIA_HEADS = new Set(['times', 'post', 'journal', 'news', 'magazine', 'gazette', 'herald', 'chronicle', 'tribune',
  'guardian', 'telegraph', 'observer', 'daily', 'weekly', 'radio', 'tv', 'television', 'broadcasting', 'broadcaster', 'newspaper',
  'outlet', 'reuters', 'press', 'review', 'courier', 'express', 'mirror', 'sun', 'star', 'independent', 'monitor', 'record',
  'bulletin', 'dispatch', 'ledger', 'examiner', 'inquirer', 'register', 'sentinel', 'standard', 'wire', 'podcast', 'channel',
  // (masthead words of local papers: "the Vobwyn Echo", "the Sunday Courant", "the Grelthorpe Argus")
  'echo', 'courant', 'argus', 'advertiser', 'enquirer', 'messenger', 'spectator', 'gleaner', 'clarion', 'beacon']);

export const DOCUMENT_HEADS = new Set(['report', 'reports',
  // (an election's or a test's results, which "show" something as figures do: data, no one speaking)
  'result', 'results', 'files', 'file', 'documents', 'document', 'filings', 'filing', 'records',
  'study', 'survey', 'audit', 'data', 'letter', 'memo', 'memos', 'emails', 'email', 'analysis', 'review', 'minutes', 'complaint',
  'lawsuit', 'indictment', 'ruling', 'judgment', 'judgement', 'findings', 'papers', 'paper', 'notes', 'transcript', 'transcripts',
  'statement', 'assessment', 'evaluation', 'inquiry', 'investigation', 'probe', 'figures', 'statistics', 'research', 'poll',
  'polls', 'document', 'leaks', 'cables', 'messages', 'recordings', 'footage', 'evidence', 'testimony', 'affidavit', 'petition',
  'motion', 'brief', 'order', 'decision', 'verdict', 'audit', 'dossier', 'presentation', 'slides', 'contract', 'contracts',
  'invoice', 'invoices', 'logs', 'budget', 'plan', 'proposal', 'submission', 'disclosure', 'disclosures', 'charge sheet',
  // the singular of "logs" ("a maintenance log shows") and the short form of "lawsuit" ("the suit says", PolNeAR train)
  'log', 'suit',
  // ("according to a copy seen by reporters", "a leaked draft": a copy or draft of a document is a document)
  'copy', 'copies', 'draft',
  // (a body's adopted text: "the resolution says", "a motion calling for …")
  'resolution',
  // (records and figures a reporter cites as a source: "according to a valuation commissioned by …", "an internal
  // briefing seen by …", "a notice the federation sent to clubs", "the franchise agreement says", "tests it commissioned found")
  'valuation', 'valuations', 'briefing', 'notice', 'notices', 'register', 'count', 'tests', 'projections', 'estimates',
  'tariff', 'agreement', 'spreadsheet',
  // (a body's published accounts, a source as its annual report is: "according to the club's latest accounts")
  'accounts']);

/** Document heads whose maker speaks through them (a letter's or petition's signers, a complaint's or a suit's filer, the
 *  body holding an inquiry, a poll's pollster): no document by its head alone before the phrase that names who made it ("a petition signed
 *  by 200 homeowners", "an inquiry by the standards commission found"). */
export const SIGNED_DOCUMENT_HEADS = new Set(['letter', 'letters', 'petition', 'complaint', 'lawsuit', 'suit', 'motion',
  'submission', 'brief', 'affidavit', 'testimony', 'resolution', 'proposal', 'plan', 'budget', 'order', 'statement',
  'inquiry', 'investigation', 'probe',
  // (a poll speaks through its pollster: "The poll by the Carrow Institute showed …")
  'poll', 'polls']);

/** Words that open what follows a document's head noun and says who made, holds or sent it, or when ("a report by …",
 *  "figures the company filed …", "a memo dated …", "notices taped to trees"); a past participle opens one too. */
export const DOCUMENT_POSTMODIFIER_OPENERS = new Set(['by', 'on', 'about', 'from', 'in', 'for', 'with', 'at', 'to', 'into',
  'under', 'since', 'after', 'before', 'dated', 'later', 'that', 'which', 'the', 'a', 'an', 'it', 'they', 'its', 'their',
  'he', 'she', 'we', 'this', 'these', 'those', 'his', 'her', 'seen', 'taken', 'written', 'drawn', 'given', 'sent', 'shown',
  'put', 'made', 'held']);

/**
 * Document heads that are a body's own act of speaking or deciding: "a statement from the White House said", "a decision
 * from the court says", "a ruling of the tribunal held". LABELS counts a body's statement as the body speaking, so these
 * are no document when said to be of or from someone; the body after the preposition speaks.
 */
export const UTTERANCE_HEADS = new Set(['statement', 'statements', 'decision', 'decisions', 'ruling', 'rulings', 'judgment',
  'judgement', 'verdict', 'order', 'announcement', 'response', 'reply']);

/** Descriptions that refer back to an entity of a class: "the company" → nearest organisation. */
export const DEFINITE_DESCRIPTIONS: Readonly<Record<string, 'organization' | 'group' | 'person' | 'media'>> = {
  company: 'organization', firm: 'organization', fund: 'organization', ministry: 'organization', department: 'organization', agency: 'organization',
  government: 'organization', military: 'organization', army: 'organization', council: 'organization', court: 'organization',
  board: 'organization', regulator: 'organization', watchdog: 'organization', union: 'organization', club: 'organization',
  team: 'organization', hospital: 'organization', university: 'organization', school: 'organization', district: 'organization',
  authority: 'organization', commission: 'organization', committee: 'organization', office: 'organization', bank: 'organization',
  organisation: 'organization', organization: 'organization', charity: 'organization', ngo: 'organization', startup: 'organization',
  'start-up': 'organization', contractor: 'organization', developer: 'organization', operator: 'organization', insurer: 'organization',
  retailer: 'organization', manufacturer: 'organization', supplier: 'organization', provider: 'organization', carrier: 'organization',
  party: 'organization', league: 'organization', federation: 'organization', association: 'organization', police: 'organization',
  force: 'organization', unit: 'organization', city: 'organization', county: 'organization', state: 'organization', trust: 'organization',
  airline: 'organization', utility: 'organization', giant: 'organization', group: 'group', campaign: 'group', coalition: 'group',
  movement: 'group', alliance: 'group', network: 'group', collective: 'group', protesters: 'group', activists: 'group',
  campaigners: 'group', residents: 'group', newspaper: 'media', outlet: 'media', paper: 'media', broadcaster: 'media',
  magazine: 'media', publication: 'media', journal: 'organization', app: 'organization', chain: 'organization', platform: 'organization',
  publisher: 'organization', institute: 'organization', foundation: 'organization', laboratory: 'organization', lab: 'organization',
  service: 'organization', chamber: 'organization', coastguard: 'organization', brigade: 'organization', mission: 'organization', navy: 'organization',
  gallery: 'organization', museum: 'organization', body: 'organization', junta: 'organization', administration: 'organization',
  // (a regulator's or a court's own heads: "the schools inspectorate said", LABELS.md organization)
  inspectorate: 'organization', directorate: 'organization', tribunal: 'organization',
  man: 'person', woman: 'person', official: 'person', minister: 'person', executive: 'person', lawyer: 'person', judge: 'person',
  mayor: 'person', coach: 'person', spokesperson: 'person', spokesman: 'person', spokeswoman: 'person', senator: 'person',
  prosecutor: 'person', researcher: 'person', scientist: 'person', doctor: 'person', chairman: 'person', president: 'person',
};

/** Heads that a body's own name carries ("Interior Ministry", "Corfold Borough Council", "Court of Appeal"): "the ministry"
 *  with no earlier name carrying the word is that body as written, never the latest organisation of another kind. Heads
 *  that usually name a body by an acronym or a brand ("the agency" → CIA, "the company" → Microsoft) are not here. */
export const OWN_HEAD_BODIES = new Set(['ministry', 'department', 'government', 'military', 'army', 'council', 'court', 'district', 'league', 'federation',
  'commission', 'committee', 'hospital', 'police', 'board', 'service', 'coastguard', 'brigade', 'navy', 'administration',
  'inspectorate', 'directorate', 'tribunal']);

/** A party's adjective, written with a capital when it names the party ("Democratic lawmakers"); one opening a sentence
 *  before a plural stays a name unless the article also writes the word in lower case ("conservative groups"). */
export const PARTY_ADJECTIVES = new Set(['democratic', 'republican', 'conservative', 'tory', 'socialist', 'communist',
  'libertarian', 'unionist', 'nationalist']);

/** Nouns that relate one body to another in apposition ("X, the largest shareholder in Y,"): X is a party to Y, and
 *  "the company" after it is Y, not X. */
export const RELATED_PARTY_NOUNS = new Set(['shareholder', 'stockholder', 'investor', 'stakeholder', 'creditor', 'lender',
  'backer', 'customer', 'client']);

/** A body's own organ, which speaks as the body (LABELS: a body's office speaks as the body): "Talbot Foods … The board
 *  said" is Talbot Foods. */
export const ORGANS_OF_BODIES = new Set(['board']);

/** Heads of bodies that have no such board of their own: "the board" after one of them is a board as written. */
export const NO_ORGAN_HEADS = new Set(['ministry', 'department', 'government', 'court', 'tribunal', 'army', 'military', 'police',
  'forces', 'party', 'council', 'commission', 'committee', 'parliament', 'senate', 'congress', 'assembly', 'agency', 'authority',
  'regulator', 'office', 'board']);

/** Offices one person holds at a time, which news names by place or party as an epithet ("the Texas governor"). */
export const OFFICE_ROLES = new Set(['governor', 'senator', 'president', 'mayor', 'minister', 'representative', 'lawmaker', 'member of parliament',
  'secretary', 'ambassador', 'sheriff', 'chair', 'chief executive', 'prosecutor', 'judge', 'coach', 'commissioner', 'councillor',
  'leader', 'founder', 'owner']);

/** Adjectives that open a sentence before a name or a title, capitalised only there ("Former Rovers captain …"). */
export const NAME_PRECEDING_ADJECTIVES = new Set(['former', 'ex', 'retired', 'acting', 'interim', 'outgoing', 'incoming', 'late',
  'veteran', 'longtime', 'then', 'fellow']);

/** Modifiers of a description that say nothing about which body it is ("the new ministry", "the local council"). */
/** Adjectives that say which body it is, not how good it is ('the foreign ministry' is not the Interior Ministry). */
export const CLASSIFYING_ADJECTIVES = new Set(['foreign', 'domestic', 'interior', 'home', 'military', 'civil', 'public', 'private', 'financial', 'economic', 'environmental', 'medical', 'legal', 'educational']);

/** Capitalised prepositions inside a body's name ('Doctors Without Borders', 'Mothers Against Drunk Driving'). */
export const NAME_INNER_PREPOSITIONS = new Set(['Without', 'Against', 'For', 'Beyond', 'Across', 'Under', 'Over']);
/** Whether a name's words hold such a preposition between others. */
export const hasInnerPreposition = (words: readonly string[]): boolean => words.length >= 3 && words.slice(1, -1).some((w) => NAME_INNER_PREPOSITIONS.has(w));

/** Quantifiers that stand for their noun, a member of a group just named: 'Another said …', 'One described …', 'Most say …'. */
export const FUSED_HEADS = new Set(['another', 'many', 'most', 'some', 'several', 'both', 'few', 'one', 'none', 'neither', 'each', 'others']);

export const GENERIC_MODIFIERS = new Set(['new', 'old', 'former', 'local', 'national', 'federal', 'state', 'regional', 'central',
  'main', 'same', 'whole', 'entire', 'own', 'current', 'previous', 'then', 'city', 'county', 'municipal', 'provincial', 'top',
  'highest', 'lower', 'upper', 'full', 'appeals', 'appeal', 'district', 'supreme', 'high',
  // (an election's adjective before a candidate: "Presidential candidate X" is of no body "Presidential")
  'presidential', 'mayoral', 'gubernatorial', 'senatorial', 'parliamentary']);

/** Words of rank or standing that open a role, capitalised only because they open the sentence ("Senior author X",
 *  "Lead researcher X", "Managing director X"): no body the person belongs to. */
export const RANK_MODIFIERS = new Set(['senior', 'junior', 'lead', 'chief', 'principal', 'deputy', 'acting', 'interim',
  'assistant', 'associate', 'joint', 'first', 'executive', 'managing', 'general', 'co-lead', 'head', 'veteran', 'longtime']);

export const ANONYMOUS_MARKERS = ['familiar with', 'anonymity', 'not authorized', 'not authorised', 'asked not to be named',
  'declined to be named', 'requested anonymity', 'speaking on condition', 'who spoke on condition', 'insiders', 'sources',
  'a source', 'one source', 'people close to', 'person close to', 'people with knowledge', 'person with knowledge', 'officials said'];

/** Calendar words: a proper-noun run made only of these (and numbers) is a date, never a speaker or a target. */
export const CALENDAR_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february',
  'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'jan.', 'feb', 'feb.',
  'mar', 'mar.', 'apr', 'apr.', 'jun', 'jun.', 'jul', 'jul.', 'aug', 'aug.', 'sep', 'sep.', 'sept', 'sept.', 'oct', 'oct.', 'nov', 'nov.',
  'dec', 'dec.', 'today', 'yesterday', 'tomorrow', 'christmas', 'easter', 'headline']);

/** Modifiers of "group" that make it a collective of people (a group) rather than a formal body: "campaign group",
 *  "fan group", "residents group" (a possessive plural, "parents’ group", is one too). */
export const COLLECTIVE_GROUP_MODIFIERS = new Set(['campaign', 'fan', 'fans', 'supporters', 'residents', 'protest']);

/** Roles a story usually has one holder of (the court's judge, the inquest's coroner, the county's sheriff), so that a
 *  lead's unnamed "a judge" is the one person later named in that role; not spokespeople, officials or aides, of whom
 *  a story has several, each for another side. */
export const SINGLE_HOLDER_ROLES = new Set(['judge', 'coroner', 'magistrate', 'sheriff']);

/** Capitalised words that open a sentence before a name and are no part of it ("On Monday Castellan said", "But
 *  Rovers said"): left off a run of capitalised words when the run is read as another name. */
export const NAME_RUN_OPENERS = new Set(['the', 'a', 'an', 'on', 'in', 'at', 'for', 'but', 'and', 'or', 'so', 'yet', 'then',
  'after', 'before', 'when', 'while', 'as', 'by', 'from', 'with', 'to', 'of', 'if', 'since', 'until', 'last', 'next', 'this',
  'that', 'earlier', 'later', 'meanwhile', 'however', 'both', 'neither', 'nor', 'also',
  // ("Former Castellon captain X": an adjective of the person, not of the club's name)
  'former', 'retired']);

/** A club's last word that a report uses alone for the club once it is named in full ("Wimstow Rovers" … "Rovers"). */
export const CLUB_SHORT_HEADS = new Set(['rovers', 'united', 'wanderers', 'athletic', 'rangers', 'albion', 'harriers']);
/** Last words of a sports club's name that also end places' names ("Mabwyn Town", "Kestport City"): a club only when
 *  the article speaks of "the club". */
/** Words of sport right before a club's name ("beat Mabwyn Town", "players from Kestport City"): the name is the club,
 *  not the place, though a preposition is among them. */
export const CLUB_CONTEXT_BEFORE = ['beat', 'beating', 'drew with', 'draw with', 'drawn with', 'lost to', 'losing to', 'lose to', 'beaten by', 'defeated',
  'against', 'players from', 'players of', 'manager of', 'captain of', 'fans of', 'supporters of', 'signed for', 'signed from', 'joined',
  'play for', 'played for', 'plays for', 'playing for', 'chairman of', 'owner of', 'owners of'];
export const CLUB_NAME_TAILS = ['Town', 'City', 'County', 'United', 'Rovers', 'Wanderers', 'Athletic', 'Rangers', 'Albion', 'Harriers', 'FC'];

/** Heads written before "of" whose body a report names by the words after it once named in full ("University of
 *  Grelory" … "Grelory"); not ministries or banks, whose "of" names a field or a country ("Bank of England"). */
export const OF_NAMED_BODIES = new Set(['university', 'college']);

/** Heads whose words stand for the body only as a name's last word ("Velo Air", "Kipridge Airways"): "the airline" is no
 *  "Air Force", "the carrier" no "Shipping Ministry" (review17 #3). */
export const HEAD_SYNONYMS_AT_END: ReadonlySet<string> = new Set(['airline', 'carrier']);
/** Heads of descriptions and the words an organisation's name carries for them: "the regulator" → "… Authority", "the
 *  force" → "Arbstow Constabulary", "the club" → "Northfield Rovers". Plain words (escaped where made into patterns). */
export const HEAD_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  regulator: ['regulator', 'authority', 'commission', 'office', 'watchdog', 'agency', 'board', 'inspectorate', 'directorate'], watchdog: ['watchdog', 'authority', 'commission', 'office', 'ombudsman'],
  club: ['club', 'fc', 'rovers', 'united', 'city', 'athletic', 'wanderers'], force: ['police', 'constabulary', 'force'], police: ['police', 'constabulary'],
  firm: ['firm', 'inc', 'inc.', 'corp', 'corp.', 'ltd', 'llc', 'plc', 'group', 'holdings', '&'],
  company: ['company', 'inc', 'inc.', 'corp', 'corp.', 'ltd', 'llc', 'plc', 'co', 'co.', 'group', 'holdings'],
  // (a federal "Administration" is an agency: "the Federal Flood Works Administration … the agency said")
  agency: ['agency', 'authority', 'executive', 'directorate', 'service', 'bureau', 'inspectorate', 'commission', 'office of', 'office for', 'administration'], authority: ['authority', 'agency'], government: ['government'], military: ['military', 'army', 'forces'],
  army: ['army'], union: ['union', 'federation', 'association'], federation: ['federation', 'union'],
  // ("the union" → "the Corling Plains Education Association", "the charity" → "Galhorne Pier Trust", "the hospital" → "St
  // Ann's Medical Center")
  charity: ['charity', 'trust', 'foundation'], hospital: ['hospital', 'infirmary', 'medical center', 'medical centre'], laboratory: ['laboratory', 'lab', 'centre', 'center'],
  lab: ['laboratory', 'lab'], airline: ['airline', 'airlines', 'airways', 'air'], carrier: ['airline', 'airlines', 'airways', 'ferries', 'shipping'],
  // ("the coastguard" → "the Corran Coast Guard", "the clinic" → "Ashby Fertility Centre", "the utility" → "Pinewood Power")
  coastguard: ['coastguard', 'coast guard'], clinic: ['clinic', 'centre', 'center'],
  utility: ['utility', 'utilities', 'power', 'energy', 'electric', 'electricity', 'water', 'gas'],
  brewery: ['brewery', 'brewing', 'brewers'], shipyard: ['shipyard', 'shipbuilding', 'shipbuilders', 'dockyard'], broadcaster: ['broadcaster', 'broadcasting', 'radio', 'television', 'tv'],
};

/** Words that negate the verb they stand before ("did not deny", "would never confirm"). */
export const NEGATORS = new Set(['not', "n't", 'n’t', 'never']);

/** Modals of intention and possibility: a cue under one with a plain object states an intention ("would defend the decision"). */
export const MODALS = new Set(['will', 'would', "'ll", '’ll', 'could', 'may', 'might', 'shall']);

/** Closed-class words that open sentences with a capital and are never names by themselves. */
export const CLOSED_CLASS_STARTERS = new Set(['everything', 'nothing', 'everyone', 'everybody', 'nobody', 'someone', 'somebody', 'something',
  'anything', 'anyone', 'tonight', 'today', 'yesterday', 'tomorrow', 'this', 'that', 'these', 'those', 'there', 'here',
  // (adverbs of time opening a sentence: "Late on Monday, Harbin Air said …")
  'late', 'early', 'later', 'earlier']);

/** Particles that open a surname ("De Blasio", "Van Dyke", "Da Silva", "El Sisi"); wink tags some of them X or DET. */
export const NAME_PARTICLES = new Set(['de', 'da', 'di', 'du', 'des', 'van', 'von', 'le', 'la', 'del', 'della', 'dos', 'das', 'el', 'al', 'bin', 'ibn', 'ter', 'ten']);
export const ARTICLES = new Set(['the', 'a', 'an']);

/** Professionals of a named body, in the plural and unnumbered, who speak for its work: "Analysts at Kipridge Securities",
 *  "Prosecutors from the Public Integrity Unit", "International observers from the X Mission" (the body speaks, in that
 *  role; "two analysts at …" stay unnamed people). */
export const PROFESSIONAL_ROLES = new Set(['analysts', 'researchers', 'economists', 'strategists', 'prosecutors', 'scientists',
  // (an observer or monitoring mission's people, who speak for its findings: "Observers from the Joint Ballot Mission")
  'observers', 'monitors']);

/** Roles whose bare plural is the office acting as one body ("Prosecutors said" → the prosecution). */
export const OFFICES_AS_BODIES = new Set(['prosecutor']);

/** Verbs of a relative clause on a person's name that give the person's role ("Ana Ulmley, who chairs the committee,"
 *  → chair; "…, who founded the group" → founder). "teaches" is a lecturer at a university or college, else a teacher.
 *  A post held before is still the role (GUIDE decision 28, as for "former"): "…, who headed the mission" → head. */
export const ROLE_VERBS: Readonly<Record<string, string>> = {
  chairs: 'chair', heads: 'head', chaired: 'chair', headed: 'head', founded: 'founder', 'co-founded': 'founder', researches: 'researcher', manages: 'manager',
  owns: 'owner', directs: 'director', coaches: 'coach', edits: 'editor', teaches: 'teacher',
  // (a post held before, as the holder's role: "who coached the side for nine seasons"; and a unit's commander)
  coached: 'coach', commands: 'commander', commanded: 'commander',
};

/** Elected bodies a member "represents" a place on or in, and the role that membership is ("who represents Uskington on
 *  the district council" → councillor, "… in the regional assembly" → assembly member). */
export const REPRESENTED_BODIES: Readonly<Record<string, string>> = {
  council: 'councillor', assembly: 'assembly member', parliament: 'member of parliament', legislature: 'lawmaker',
};

/** Words right after a ROLE_VERBS verb that make it no office held: a particle, a place to go or an infinitive ("who
 *  manages to run the shop", "who heads home to Ohio", "who heads back", "who owns up to it", "who directs questions to"). */
export const ROLE_VERB_STOPS = new Set(['to', 'home', 'back', 'for', 'out', 'off', 'up', 'down', 'into', 'abroad',
  'north', 'south', 'east', 'west', 'over', 'away', 'toward', 'towards', 'straight', 'without', 'across', 'there', 'here',
  'onto', 'through', 'by', 'questions', 'inquiries', 'enquiries']);

/** A sentence that hands the questions over to another party ("referred questions to X", "directed inquiries to X",
 *  "referred requests for comment to X"): the spokesperson who speaks next is X's, not the subject's. */
export const HAND_OVER = /\b(?:referred|directed|redirected|forwarded|passed)[^\S\n]+(?:(?:all|further|any|its|his|her|their|our)[^\S\n]+)?(?:questions|inquiries|enquiries|queries|requests|calls)(?:[^\S\n]+(?:for|about|on)[^\S\n]+[\p{L}-]+){0,2}[^\S\n]+to[^\S\n]/iu;

/** A title abbreviated or written before a name, and the role it gives ("State Sen. Ana Ulmley" → senator, "Justice Ana
 *  Ulmley" → judge); read only right before a person's name. */
export const TITLE_ROLES: Readonly<Record<string, string>> = {
  'sen.': 'senator', sen: 'senator', 'gov.': 'governor', gov: 'governor', 'rep.': 'representative', rep: 'representative',
  justice: 'judge', speaker: 'speaker', chancellor: 'chancellor',
  // (an ombudsman is also the office itself, "the ombudsman said it would report": a title before a name only)
  ombudsman: 'ombudsman', 'supt.': 'superintendent', 'insp.': 'inspector', 'det.': 'detective', 'prof.': 'professor', prof: 'professor',
};

/** The last word of a name that makes it a group, not an organisation (LABELS: campaigns, movements, coalitions). */
export const GROUP_NAME_HEADS = new Set(['coalition', 'campaign', 'movement']);

/** First words that make a name a broadcaster's ("Radio Mabbury", "Television Nord", "TV Zellley"): media, and never a
 *  person's given name, so "Mabbury" alone is not the station's short form of a person's name. */
export const MEDIA_OPENERS = new Set(['radio', 'television', 'tv']);

/** A party's members named by the plural alone ("Democrats accused …", "House Republicans said"): the members as a group,
 *  where a party's own name ("the Social Democrats") is an organisation. */
export const PARTY_MEMBER_PLURALS = new Set(['democrats', 'republicans', 'conservatives', 'socialists', 'liberals', 'tories', 'greens']);

/** The last word of a place's name ('Downing Street', 'Flushing Meadows', 'Reading Town Hall'): with a body's head
 *  (ORG_HEADS, no party's members), what lets an -ing word opening a sentence be the name's first word. */
export const PLACE_NAME_HEADS = new Set(['street', 'square', 'road', 'hall', 'avenue', 'lane', 'place', 'park', 'meadows',
  'gardens', 'green', 'gate', 'cross', 'bridge', 'wharf', 'quay', 'station', 'palace', 'house', 'tower', 'abbey', 'castle']);

/** Possessors that are places, not bodies: "the country’s financial regulator", "the city’s fire service" describe a
 *  body of that place, which the article may name later; they do not speak for the body named last. */
export const PLACE_POSSESSORS = new Set(['country', 'nation', 'state', 'city', 'region', 'province', 'county', 'island', 'town', 'capital']);

/** A US party tag after a member's name ("Sen. Ann Cole, D-Ore.,", "Rep. Tom Bell (R-Texas)") and the party it gives the
 *  member as affiliation, under the name the party's members go by as speakers ("Democrats said"). An independent's tag
 *  ("I-Vt.") names no party. */
export const PARTY_TAG_AFFILIATIONS: Readonly<Record<string, string>> = { D: 'Democrats', R: 'Republicans' };

/** Roles an unnamed description may hold for many people of a body at once ("the museum’s spokesman", "a company
 *  official"): such a description is never the one person the next sentences name in that role. */
export const NO_HOLDER_ROLES = new Set(['spokesperson', 'official', 'member', 'source', 'resident', 'worker', 'employee', 'expert',
  'analyst', 'parent', 'student', 'lawyer', 'aide', 'staff', 'officer', 'engineer', 'scientist', 'researcher', 'volunteer']);

/** Roles that lead a body: "who has led/run/headed the museum" names the holder of one of these. */
export const LEADER_ROLES = new Set(['director', 'executive director', 'managing director', 'chief executive', 'head', 'president',
  'chairman', 'chairwoman', 'chair', 'chairperson', 'principal', 'manager', 'general manager', 'chief', 'leader', 'founder']);

/** Nouns for a body by what it runs, makes or supplies: "the operator of the refinery", "the maker of the drug" is a body
 *  (an organisation), never the refinery or the drug. Nouns often used of one person (owner, producer, landlord) stay out. */
export const RELATIONAL_BODY_NOUNS = new Set(['operator', 'operators', 'maker', 'makers', 'manufacturer', 'developer', 'supplier', 'provider',
  'contractor', 'insurer', 'carrier', 'distributor', 'publisher', 'lender', 'importer', 'exporter']);

/** Function words that may stand lower-case inside a body's capitalised name ("Friends of the Earth", "Campaign against
 *  Arms Trade"); any other lower-case word in a capitalised run describes the person named after it ("Republican
 *  presidential nominee Mitt Romney"). */
export const NAME_FUNCTION_WORDS = new Set(['the', 'and', 'nor', 'but', 'for', 'with', 'without', 'against', 'from', 'into', 'upon',
  'over', 'under', 'about', 'among', 'between', 'through', 'across', 'after', 'before', 'within', 'via', 'per', 'than', 'off', 'out']);

/** Ordinary English words that an acronym alias can spell ("WHO", "AID", "CARE"): written in title case ("Who",
 *  "Aid") they are the word opening a sentence, not the body, while "Nato" or "Unicef" is the body. */
export const ACRONYM_SPELLED_WORDS = new Set(['who', 'why', 'how', 'what', 'when', 'where', 'the', 'and', 'but', 'for', 'not',
  'all', 'any', 'are', 'can', 'may', 'now', 'one', 'our', 'out', 'she', 'you', 'his', 'her', 'its', 'was', 'has', 'had',
  'aid', 'aim', 'act', 'age', 'air', 'arm', 'art', 'ask', 'bar', 'bed', 'cap', 'car', 'day', 'end', 'era', 'fair', 'fit',
  'law', 'man', 'net', 'new', 'oil', 'pay', 'run', 'sun', 'tax', 'war', 'win', 'care', 'hope', 'help', 'safe', 'save',
  'star', 'team', 'link', 'open', 'play', 'free', 'fund', 'home', 'life', 'love', 'rise', 'step', 'unite', 'voice']);

/** Fused heads that count a part of a group ("Some say", "Many said"), unlike a member of it ("One said"). */
export const PLURAL_FUSED_HEADS = new Set(['some', 'many', 'most', 'several', 'few']);

/** Number and quantity words that open a counted description as its determiner ("Two members of …", "Several staff",
 *  "Some residents"), lower case; code capitalises them for a sentence's first word. */
export const COUNTING_DETERMINERS = ['one', 'two', 'three', 'four', 'five', 'six', 'several', 'some', 'many', 'both'];

/** The second word of a two-word title ("Chief Superintendent", "Detective Inspector"), no part of the name after it;
 *  lower case, matched on a capitalised word. */
export const TITLE_CONTINUATIONS = new Set(['superintendent', 'inspector', 'constable', 'sergeant', 'officer', 'executive', 'secretary',
  'minister', 'general', 'director']);

/** Bodies named by their trade, and what that trade makes: "An exit poll by the Kelmington Institute … The pollster said" is
 *  the institute, the body the article named as the maker of a poll ("a poll by X", "X’s poll", "a survey conducted
 *  for the paper by X"); a later "the pollster" with no such maker named stays an unnamed source. */
export const TRADE_PRODUCTS: Readonly<Record<string, readonly string[]>> = {
  pollster: ['poll', 'polls', 'survey', 'surveys', 'polling'],
};

/** Kin nouns that name an unnamed source as one of the parents of a school's or a nursery's children ("another mother",
 *  "one father", "several mums"): role parent, as corpus/GUIDE.md decision 27 has it; after a possessive ("his mother")
 *  the noun is a tie to someone, no role. */
/** Nouns of a family tie that head a description of people by whom they are kin to ("relatives of the victims",
 *  "the widow of the driver", "families of the crew"): a role noun after their "of" is the other person's, and the
 *  people so described have no role (GUIDE decision 27). */
export const KIN_HEADS = new Set(['relative', 'relatives', 'family', 'families', 'widow', 'widows', 'widower', 'mother', 'mothers', 'father', 'fathers',
  'parents', 'son', 'sons', 'daughter', 'daughters', 'brother', 'brothers', 'sister', 'sisters', 'children', 'wife', 'husband']);

export const PARENT_NOUNS = new Set(['mother', 'father', 'mum', 'mom', 'dad', 'mothers', 'fathers', 'mums', 'moms', 'dads']);

/** The end of a police force's name ("Westmere Police", "Port Ulmwyn Police Department"): a bare "police" after it is
 *  that force, as "the council" is the council named before; "Police" as a modifier ("Independent Police Conduct
 *  Office", "Police Federation") is another body. */
export const POLICE_FORCE_NAME = /\bPolice(?:[^\S\n]+(?:Department|Service|Force))?$/u;

/** "state media", "Kelbian state media", "local media": a country's or a place's outlets as a whole, reporting a story
 *  (GUIDE: media); the last two words of a speaker phrase. A company named "X Media" is not read by this. */
export const COLLECTIVE_MEDIA = /(?:^|\s)(?:state|local|national|official|foreign|international|government-run|state-run|state-controlled)\s+media$/iu;
