// The speaker registry: canonical names, aliases, kinds, affiliations. An aid to resolution, never a requirement.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { SpeakerKind } from '../model/labels.js';
import { PipelineError } from '../model/stage.js';
import defaults from './speakers.json' with { type: 'json' };
import { ACRONYM_SPELLED_WORDS } from './words.js';

export const RegistryEntry = z.object({
  name: z.string().min(1),
  kind: SpeakerKind,
  aliases: z.array(z.string().min(1)).default([]),
  affiliation: z.string().optional(),
});
export const RegistryFile = z.object({ $comment: z.string().optional(), speakers: z.array(RegistryEntry) });
export type RegistryEntry = z.infer<typeof RegistryEntry>;

export interface SpeakerRegistry {
  /** Looks up a name or alias (case-insensitive, leading "the" ignored). */
  lookup(name: string): RegistryEntry | undefined;
  entries: readonly RegistryEntry[];
}

export const registryKey = (s: string): string =>
  s.normalize('NFKC').toLowerCase().replace(/[’']s\b/gu, '').replace(/^(the|a|an)\s+/u, '').replace(/[^\p{L}\p{N}+]+/gu, ' ').trim();

export function buildRegistry(files: unknown[]): SpeakerRegistry {
  const map = new Map<string, RegistryEntry>();
  // An alias written in capitals ("WHO", "IMF") is an acronym: it names the body only when the text writes it in
  // capitals too, or in title case when the letters spell no ordinary word (writesAcronym), so that the relative
  // pronoun "who" or the word "aid" is no organisation.
  const acronyms = new Map<string, string>();
  const entries: RegistryEntry[] = [];
  for (const [i, raw] of files.entries()) {
    const parsed = RegistryFile.safeParse(raw);
    if (!parsed.success) {
      throw new PipelineError('E_REGISTRY', `speaker registry #${i} is invalid: ${parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`, 'see src/lexicon/speakers.json for the format');
    }
    for (const e of parsed.data.speakers) {
      entries.push(e);
      for (const n of [e.name, ...e.aliases]) {
        const key = registryKey(n);
        map.set(key, e);
        if (ACRONYM.test(n)) acronyms.set(key, n);
        else acronyms.delete(key);
      }
    }
  }
  // Speaker phrases recur within and across articles, and the key is a chain of Unicode-aware replaces: each phrase's
  // answer is kept (bounded: emptied when full; a copy of the phrase, so that no article text stays alive).
  const seen = new Map<string, RegistryEntry | undefined>();
  const lookup = (name: string): RegistryEntry | undefined => {
    const hit = seen.get(name);
    if (hit !== undefined || seen.has(name)) return hit;
    const key = registryKey(name);
    const acronym = acronyms.get(key);
    const e = acronym !== undefined && !writesAcronym(bareName(name), acronym) ? undefined : map.get(key);
    if (seen.size >= LOOKUP_CACHE_MAX) seen.clear();
    seen.set((` ${name}`).slice(1), e);
    return e;
  };
  return { lookup, entries };
}
const LOOKUP_CACHE_MAX = 20_000;
/** Two to six capitals (digits and "&" allowed), no lower-case letter: "WHO", "G7", "AT&T". */
const ACRONYM = /^(?=[^\p{Ll}]*$)\p{Lu}[\p{Lu}\d&]{1,5}$/u;
/** Whether the text form names the acronym's body: in capitals ("WHO"), or in title case as British copy writes a
 *  long one ("Nato", "Unicef") when the letters do not spell an ordinary word ("Who", "Aid"); never in lower case. */
function writesAcronym(written: string, acronym: string): boolean {
  if (written === acronym) return true;
  const lower = acronym.toLowerCase();
  if (written.length < 3 || written.toLowerCase() !== lower || ACRONYM_SPELLED_WORDS.has(lower)) return false;
  return written === acronym[0] + lower.slice(1);
}
/** The name without a leading article or a trailing possessive, as written: "the WHO's" → "WHO". */
const bareName = (s: string): string => s.normalize('NFKC').trim().replace(/^(?:the|a|an)\s+/iu, '').replace(/[’']s$/u, '');

/** Reads and validates a registry file, so that a problem names the file (buildRegistry only knows its position). */
export function loadRegistryFile(path: string): unknown {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new PipelineError('E_REGISTRY_FILE', `cannot read speaker registry ${path}: ${(e as Error).message}`, 'pass a JSON file shaped like src/lexicon/speakers.json');
  }
  const parsed = RegistryFile.safeParse(raw);
  if (!parsed.success) {
    throw new PipelineError('E_REGISTRY', `speaker registry ${path} is invalid: ${parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`, 'see src/lexicon/speakers.json for the format');
  }
  return raw;
}

export const DEFAULT_REGISTRY: SpeakerRegistry = buildRegistry([defaults]);

/** Words for picking a pronoun's antecedent (speakers.json, `coreference`): language data, not registry entries. */
export const CoreferenceWords = z.object({
  $comment: z.string().optional(),
  femaleHonorifics: z.array(z.string().min(1)),
  maleHonorifics: z.array(z.string().min(1)),
  femaleNouns: z.array(z.string().min(1)),
  maleNouns: z.array(z.string().min(1)),
  /** The prepositions of "saved his harshest words for the referee, X.": a name set off after their object, ending a
   *  narrative sentence whose subject is a person, is spoken of, no antecedent of the quote's he or she. */
  spokenOfWords: z.array(z.string().min(1)),
  /** "Wimstow Supporters' Trust": the first word after a club's short name in the name of its fans' body, which leaves the
   *  short name "Wimstow" to the club, "Wimstow Athletic" (the apostrophe stripped before lookup). */
  supporterBodyOpeners: z.array(z.string().min(1)),
  /** "a source close to the board", "people close to the family": the nouns of an unnamed source close to someone, who is
   *  anonymous and named by the whole description (GUIDE decision 31), never the body or family it is close to. */
  closeSourceNouns: z.array(z.string().min(1)),
  /** Heads of a description that means a company ("the company", "the firm"). */
  companyHeads: z.array(z.string().min(1)),
  /** Plural nouns of people with no final s ("people", "staff", "police"): a pronoun "they" after one stands for them. */
  pluralPeopleNouns: z.array(z.string().min(1)),
  /** A name right after one of these is no subject: "attacks on X", "the X administration". */
  obliqueWords: z.array(z.string().min(1)),
  /** "the chain owned by chef X", "the charity of actor Y": words inside an appositive after which a name is the object of
   *  the description, not the person in apposition to the subject. */
  appositiveGoverningWords: z.array(z.string().min(1)),
  /** "whose book “The Comfortable Lie” argues": nouns of an authored work that, before a quoted title, make the title a
   *  document's name (GUIDE decision 14). */
  authoredWorks: z.array(z.string().min(1)),
  /** "the Obama campaign", "the Clinton administration": a body named after its leader, which speaks as "Obama campaign". */
  leaderBodies: z.array(z.string().min(1)),
  /** Words for one kind of document ("ad", "advertisement", "commercial"): "the ad" points back to "a commercial". */
  documentKinds: z.array(z.array(z.string().min(1)).min(1)),
  /** "X released a statement saying …": the verbs that make X the author of the document that speaks. */
  publishVerbs: z.array(z.string().min(1)),
  /** "St Fenworth’s" of "St Fenworth’s Hospital": the heads of a body its possessive first words stand for. */
  possessiveShortNameHeads: z.array(z.string().min(1)),
  /** "Nadia Frost QC", "Dan Galstow MP": letters after a name, no part of it, with the role they give ("" for none). */
  postNominals: z.record(z.string(), z.string()),
  /** "Shareholders of Harlow Biotech", "Customers of Corlan Foods": plural people nouns that, before "of"/"at" and a body's
   *  name, are the body's people, no word of its name. */
  peopleOfBody: z.array(z.string().min(1)),
  /** "a pharmacist in the northern city of X": nouns of a settlement or area before "of" and its name (where, not who). */
  placeOfNouns: z.array(z.string().min(1)),
  /** "Some Dunmore fans", "several residents", "a few players": quantifiers that name a part of a people (GUIDE decisions 56, 62). */
  partQuantifiers: z.array(z.string().min(1)),
  /** "Gideon Yarlfold, for the defence,": the sides of a case a person in apposition speaks for. */
  courtSides: z.array(z.string().min(1)),
  /** "Campaigners said", "Residents of the estate said": people named by a bare plural (no number, no determiner) who
   *  speak together, a group with no role (GUIDE decision 31); "two residents", "several parents" stay unnamed people. */
  collectivePlurals: z.array(z.string().min(1)),
  /** "Passengers said", "Commuters told the paper": a constituency written as one bare plural noun, whose capital only
   *  opens the sentence, is a group (GUIDE decision 56), not a body's one-word name. Read for that one-word mention and
   *  for one with a phrase of place after it ("Villagers along the Rava River accused"). */
  constituencyPlurals: z.array(z.string().min(1)),
  /** "her campaign said", "his campaign said": a body a person has, named after the person the pronoun stands for
   *  ("Obbhorne-Reid’s campaign"), a group, as "Marlow's campaign" is written. */
  personsBodies: z.array(z.string().min(1)),
  /** "Daniel Moreau, 52, denies …": verbs (and verb phrases) that tie a person named after a lead's unnamed accused to
   *  the trial or charge; a name followed by anything else ("Ellen Yarlfold, 29, suffered …") is someone else. */
  accusedNamedVerbs: z.array(z.string().min(1)),
  /** "the Food Standards Executive": role nouns that, capitalised at the end of a run of capitalised words with no name
   *  after them, are a body's last word rather than a person's title. */
  bodyNameRoleTails: z.array(z.string().min(1)),
  /** Role nouns that are also adjectives: before a noun that is no role ("Official results showed", "expert evidence
   *  suggests") they modify it and give no role. */
  adjectiveRoleWords: z.array(z.string().min(1)),
  /** "accused it of …", "blamed them for …": cue verbs whose object, a pronoun, is a party the speaker holds to account. */
  pronounObjectCues: z.array(z.string().min(1)),
  /** "found it had overcharged …", "said they had ignored …": past verbs of a party's own conduct (done by an organisation
   *  or people, not by a plan or a fire), which make a pronoun subject before them a party. */
  conductVerbs: z.array(z.string().min(1)),
  /** "it will cost £3m", "it seems", "it took three years": verbs (lemmas) whose subject "it" is most often a thing, a plan
   *  or a situation, not a body acting; such an "it" is no party (resolve-speakers.ts clausePronounParty). */
  thingVerbs: z.array(z.string().min(1)),
  /** "the regulator found it had …": cues by which a body reports another's conduct, not its own, with "it". */
  findingCues: z.array(z.string().min(1)),
  /** "Bishop Ann Dunne", "Monsignor Tom Galstow", "Imam Yusuf Ali", "Advocate Lia Mokoena": religious and professional
   *  titles written before a person's name, no word of the name (as a rank or "Mr" is not), so "Bishop Ann Dunne" and
   *  "Dunne" are one person. */
  titlesBeforeName: z.array(z.string().min(1)),
  /** Country names the name oracle (compromise) does not read as places ("Britain", "Bosnia"); read where a place's
   *  possessive is asked about ("Britain's media regulator"). */
  placesBeyondOracle: z.array(z.string().min(1)),
  /** "Her group has called on …", "his union": nouns of the body a person belongs to or leads, which "his"/"her" before
   *  them resolves to from the person's earlier apposition ("director of the advocacy group Calm Roads Now Now"). */
  ownBodyNouns: z.array(z.string().min(1)),
  /** "Quorham, a subsidiary of Halden NV,": nouns in apposition that are said only of a company ("subsidiary", "unit",
   *  "division"), which make a name the oracle read as a person's (no given name) a company's. */
  bodyOnlyAppositions: z.array(z.string().min(1)),
  /** "Tenzo, the delivery app used by …", "…, a Leeds-based charity founded in 1990": participles after a kind noun in
   *  apposition to a name that end the apposition's noun phrase (APPOSED_BODY in resolve-speakers.ts). */
  apposedBodyParticiples: z.array(z.string().min(1)),
  /** "the Veld Valley", "the Varnington Delta", "the Kessel Hills": last words of a name of a feature of the land or water,
   *  which make the name a place's (no speaker, no antecedent of "she"), unless a given name or title makes it a person's. */
  placeFeatureHeads: z.array(z.string().min(1)),
  /** "Bishop Declan Moran" → bishop: titles before a name that name the person's office, and the role they give (an
   *  honorific that is no office, "Monsignor", "Reverend", gives none). */
  titleOfficeRoles: z.record(z.string(), z.string()),
  /** GUIDE decision 40, the body led: role nouns of a person who leads or chairs a body ("leader", "chair"), before which
   *  a noun of that body ("the council leader", "Board chair X", "the committee's chair") is no part of the role. */
  bodyLedRoles: z.array(z.string().min(1)),
  /** The body nouns that go before bodyLedRoles ("council", "committee", "board", "group"); before other role nouns they
   *  stay ("council member", "board member"). */
  ledBodyWords: z.array(z.string().min(1)),
  /** GUIDE decision 40, the office: two-word titles whose first word names the function or department of the office
   *  and stays even where the role noun alone keeps no modifier ("artistic director", "safety representative", "health
   *  officer", "cabinet member"); a field before a profession's noun goes ("an energy analyst", "a marine ecologist"). */
  /** "Short-seller Greyfen Research said", "Carmaker Dunmore Motors said": nouns of a kind of body written capitalised
   *  before its name, as a title before a person's; no word of the name, which is a body's (a person's name with a given
   *  name after such a noun, "Investor Dana Holt", stays a person). */
  bodyDescriptors: z.array(z.string().min(1)),
  /** "from Belgian side Sporting Ravels", "the Dutch club Harven Borsa", "rival team Kestport": nouns of a sports team
   *  written right before its name, with at most a people's adjective or a league before them and no determiner needed;
   *  the name is a club's (organization), never a person's. */
  teamNouns: z.array(z.string().min(1)),
  describedBodyTails: z.array(z.string().min(1)),
  /** "Rival Dana Holt said": nouns written capitalised before a person's name as a title is, no word of the name, which
   *  stays a person's; before anything else ("Rival Republican candidates") they stay part of the description. */
  personDescriptors: z.array(z.string().min(1)),
  /** "Keep Galmere Local", "Protect Our Parks", "Save Orwell Green": verbs that open a campaign's name, written with a
   *  capital before the rest of it; a name that opens with one is a campaign (kind group). */
  /** "Technology analyst Jun Mairet", "Judge April Stone": month words that are also given names, which before a
   *  capitalised surname in a speaker phrase open the person's name rather than a date. */
  givenNameCalendarWords: z.object({ words: z.array(z.string().min(1)) }),
  /** "Keshmir's state news agency, KNA,", "the public broadcaster Radio Orsk": nouns of news reporting that make the body
   *  a description introduces media (GUIDE section 3: agencies as reporters of a story). */
  mediaDescriptions: z.array(z.string().min(1)),
  /** "Harrowgate Press … The publisher said": a name ending in a word outlets' and book publishers' names share
   *  (`heads`) is a company, no outlet, in an article that calls a body by a description of publishing books
   *  (`descriptions`, "the publisher", "the publishing house"). */
  bookPublishers: z.object({ heads: z.array(z.string().min(1)).min(1), descriptions: z.array(z.string().min(1)).min(1) }),
  /** The heads of public bodies' and members' associations' names ("… National Park Authority", "… Integrity Agency",
   *  "Association of … Guides"): such a body is no team, firm, operator or campaign a description names. */
  publicBodyNameHeads: z.array(z.string().min(1)).min(1),
  /** Description heads of a business, a team or a campaign ("the company", "the operator", "the team", "the campaign"). */
  tradeOrSideHeads: z.array(z.string().min(1)).min(1),
  /** Verbs (and verb phrases) of making a document before "by" and its maker (", compiled by the trade magazine Venue
   *  Weekly", ", commissioned by the council"; GUIDE decision 65). */
  documentMakerVerbs: z.array(z.string().min(1)).min(1),
  /** "“…,” the post said", "the tweet read": nouns of a message written online, a document when written in lower case
   *  (a capitalised "Post" heads a newspaper's name). */
  onlineDocumentHeads: z.array(z.string().min(1)),
  /** "The flood alert system warned that …", "the app told users …": heads (one or two words, lower case) of a device or an
   *  automated system; one that speaks is document-like (kind document, named by its description), not an unnamed person. */
  deviceHeads: z.array(z.string().min(1)),
  /** Title abbreviations, as written without their full stop ("Rev", "Sen", "Supt"): before a capitalised name, one
   *  token with their stop where wink cuts it off ("Rev. Tomas Trevwell", tokenize.ts; wink keeps "Sen." whole), and no
   *  sentence end in a split sentence ("…,” Rev. Tomas Trevwell of St Anne's told …", merge-split-sentences.ts). */
  titleAbbreviations: z.array(z.string().regex(/^\p{Lu}\p{Ll}+$/u)),
  titledDocumentHeads: z.array(z.string().min(1)),
  campaignVerbs: z.array(z.string().min(1)),
  /** Head words, besides the organisation heads (words.ts ORG_HEADS), that end a body's name holding "and" ("the Health
   *  and Safety Executive", "the Strategic and Economic Dialogue"); lower case. */
  andNameHeads: z.array(z.string().min(1)),
  /** First words before "and" that are a body of their own, so that "the Senate and House Democrats", "the Pentagon and
   *  State Department" are two names; lower case. */
  andNameNotFirst: z.array(z.string().min(1)),
  /** "In its decision, the three-member panel found": the nouns of a court's or tribunal's sitting panel with the role each
   *  gives ("" none), and the words of the names of the bodies it speaks for. */
  adjudicatingPanels: z.object({ heads: z.record(z.string(), z.string()), bodies: z.array(z.string().min(1)),
    /** a panel that is not a court's: modifiers in the description, and words just after it ("appointed", "of experts") */
    notCourtModifiers: z.array(z.string().min(1)), notCourtAfter: z.array(z.string().min(1)),
    /** a panel's tie to the court: modifiers of a bench ("appeal"), and the nouns of "in its ruling" */
    courtModifiers: z.array(z.string().min(1)), rulingNouns: z.array(z.string().min(1)) }),
  /** Athletes' sport nouns ("sprinter", "hurdler"): role nouns that give themselves as the role; lower case. */
  athleteRoles: z.array(z.string().min(1)),
  contrastedHolders: z.array(z.string().min(1)),
  /** Offices that head a body (resolve-speakers.ts holderNamedAfterLede): a lede's "the head of …" is named by a later
   *  holder of one of these named with a body. */
  headingRoles: z.array(z.string().min(1)),
  /** An unnamed "a/an <description> who …" source: the gender its head noun gives, and the singular nouns of more than one
   *  person, which are no one person a later he or she may stand for (resolve-speakers.ts). */
  describedFemale: z.array(z.string().min(1)), describedMale: z.array(z.string().min(1)), describedCollectives: z.array(z.string().min(1)),
  officeCompounds: z.array(z.string().min(1).regex(/^\S+ \S+$/u)),
  /** GUIDE decision 40, "police chief": the services a bare title "Chief" before a name stands for, with the role it
   *  gives when the article names that service's chief or department and no other's. */
  chiefServices: z.record(z.string(), z.string()),
  /** GUIDE decisions 64 and 72: offices named by a title alone, and the words of the name of the body each belongs to
   *  ("ombudsman" → a body named "… Ombudsman"); the affiliation when the article names exactly one such body. */
  holderBodies: z.record(z.string(), z.union([z.string(), z.array(z.string().min(1))])),
  /** "The player's representative, X, said … The agent said": a role a description names, and the other words for the
   *  same post under which the text may have introduced its holder ("$comment" aside). */
  roleSynonyms: z.record(z.string(), z.union([z.string(), z.array(z.string().min(1))])),
});
export type CoreferenceWords = z.infer<typeof CoreferenceWords>;

export const COREFERENCE_WORDS: CoreferenceWords = (() => {
  const parsed = CoreferenceWords.safeParse((defaults as { coreference?: unknown }).coreference);
  if (!parsed.success) throw new PipelineError('E_LEXICON', `speakers.json coreference words are invalid: ${parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`, 'fix the `coreference` section of src/lexicon/speakers.json');
  return parsed.data;
})();
