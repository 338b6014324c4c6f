/**
 * Speech act, framing and targets with stance, each with the evidence that decided it (LABELS.md).
 * Order: the cue's category; then the news vocabulary of stance-words.json (denial, wrongdoing, legitimacy, demand,
 * warning, doubt) on the content; negation of the cue. Targets: names in the content and the cue's object, the body an
 * official speaks for, the institution behind "the decision", pronouns, else the party just discussed. A general
 * sentiment lexicon (wink's) only breaks ties, for targets no rule decided: alone it reads "claimed it had found no
 * evidence of … violating" as negative, the wrong way round.
 */
import { z } from 'zod';
import type { Evidence, Target } from '../../model/article-result.js';
import type { DraftStatement, Mention, Speaker, Token } from '../../model/document.js';
import type { Act, Stance } from '../../model/labels.js';
import { boundedWordMatches, capitalisedRunMatches, escapeRegExp, firstIndex, hasWord, literalWordMatches } from '../../model/search.js';
import { CALENDAR_WORDS, CLOSED_CLASS_STARTERS, CLUB_NAME_TAILS, CLUB_SHORT_HEADS, COUNTING_DETERMINERS, DEFINITE_DESCRIPTIONS, DOCUMENT_HEADS, GENERIC_MODIFIERS, GROUP_HEADS, HEAD_SYNONYMS, HEAD_SYNONYMS_AT_END, MEDIA_HEADS, NEGATORS, OFFICE_ROLES, ORG_HEADS, ORGANS_OF_BODIES, ROLE_NOUNS } from '../../lexicon/words.js';
import stanceWords from '../../lexicon/stance-words.json' with { type: 'json' };
import { QUOTE_MARKS } from '../../lexicon/quote-marks.js';
import { actWordEntries, actWordList, complaintNotDemand, contentAct, rhetoricalAct } from './content-act.js';
import type { ContentActInput } from './content-act.js';
import { modelAct, noteSpokenAgainst, spokenAgainstBefore } from './act-model.js';
import { FUNCTION_WORDS } from './act-features.js';
import type { SpokenAgainst, TargetStances } from './act-model.js';
import { TONE_THRESHOLD, toneOf } from './tone.js';
import { applyStanceModel } from './stance-features.js';
import { applyTargetModel } from './target-model.js';
import { inLexicon, nlp } from '../../nlp/wink.js';
import { shortNames, type ShortNames } from './short-names.js';
import { firstWordListMatch, wordListRegExp, wordStarts, type WordStarts } from '../../model/word-list-search.js';
import { BmpRegExp } from '../../model/bmp-regexp.js';
import { announcesOwnStep } from './own-step.js';
import { contrastCut, introducedBody, negatedDemandOpening, sideVote } from './own-side.js';
import { forumOfStep } from './forum.js';
import { isPartyLabel } from './party-label.js';
import { namedTargets, targetNamer } from './target-names.js';
import { bystanderMention } from './tone-bystander.js';
import { REPORT_REASONS, relationApposition } from './relation-apposition.js';
import { channelKind, mentionedOnce, toldTheNewsItself } from './channel.js';
import { BODY_PRIDE, personForBody } from './person-for-body.js';
import { isWeakStanceRule } from './weak-rules.js';
import { againstHarmedParty } from './review-flag.js';

// (this module's patterns are large: on text without surrogates they run as their smaller BMP twins, same matches)
const RegExp = BmpRegExp;

const StanceWords = z.object({
  $comment: z.string().optional(),
  admission: z.array(z.string()), denial: z.array(z.string()), negation: z.array(z.string()), wrongdoing: z.array(z.string()),
  criticism: z.array(z.string()), legitimacy: z.array(z.string()), praise: z.array(z.string()), demand: z.array(z.string()),
  warning: z.array(z.string()), praiseVerbStems: z.array(z.string()), conditionalSteps: z.array(z.string()), hedge: z.array(z.string()), selfReference: z.array(z.string()),
  /** Words that open the next clause after a self-reference's own ("… specialists and we are …"): its evidence stops
   *  before them once it has three words (selfClause). */
  evidenceClauseOpeners: z.array(z.string()),
  /** Words an evidence span does not end on ("… regulation and that", "… and had"): the clause goes on past them. */
  evidenceLooseEnds: z.array(z.string()),
  /** Warning words that name a present state as readily as a harm to come ("a world in crisis", "they are concerned with
   *  …", "rescue the nation from the disaster"): a warning only in a sentence that foresees (warningProspects). */
  warningStates: z.array(z.string()), warningProspects: z.array(z.string()),
  /** Words after "no" that do not qualify a harm word but open another phrase ("no doubt the threat …", "no matter the
   *  danger"): after them the harm is not denied (NEGATED_HARM_BEFORE). */
  negatedHarmNonQualifiers: z.array(z.string()),
  /** Degree words between the speaker's "was" and its concern ("was truly, gravely concerned"). */
  ownStateDegrees: z.array(z.string()),
  /** Feelings a person says they have ("she was “heartbroken” for the family", "he was shocked by the closure"): the one
   *  who feels them is no party judged, for or against. */
  ownFeelings: z.array(z.string()),
  /** What evidence "supports" besides the claims of `rebutted` and `rebuttedFacts` ("too short to support the
   *  conclusion"): "support" before one of these bears out a claim and defends no one (legitimacy). */
  evidencedClaims: z.array(z.string()),
  /** Verbs of saying after "wrong to" that make it a concession ("it would be wrong to pretend …"), not a charge. */
  concededSaying: z.array(z.string()),
  /** Charges that fall on the party after "for", "to" or "on" ("too late for Mr X", "unfair to the tenants"): that
   *  party is the one harmed, not the one charged. */
  harmingCharges: z.array(z.string()),
  /** In "Hollis's attack on the judge, Ada Pell, was …", the prepositions after the owner's noun that name the one the
   *  act was done to, and the links that make the whole phrase the subject of the charge (OWNED_ACT_BEFORE,
   *  CHARGE_LINK_AFTER): the owner is charged, not the one after the preposition. */
  ownedActPrepositions: z.array(z.string()),
  ownedActNouns: z.array(z.string()),
  chargeLinks: z.array(z.string()),
  /** Words of loss or protection before "from"/"against" that make a wrongdoing noun after them a kind of harm, pinned
   *  on no one ("refund any losses from theft", "protect customers against fraud"): harmCategory. */
  harmCategoryBefore: z.array(z.string()),
  /** Outcomes, offers and steps of another party that a speaker rejects or dismisses without answering a charge ("rejected
   *  the result", "dismissed the offer"): REJECTED_OUTCOME. */
  rejectedOutcomes: z.array(z.string()),
  /** Offices, beside heldOffices and governmentRoles, by which a text describes one person ("the governor"): a "his"
   *  just after such a description is that person's (OFFICE_DESCRIPTION_BEFORE). */
  describedOfficeHolders: z.array(z.string()),
  /** Nouns for those who act for a state, after its people's adjective ("Valdoran officials", "Tessian authorities"). */
  stateAgents: z.array(z.string()),
  /** Acts of a state after its people's adjective ("any Galham attempt to …", "the Tessian response"). */
  stateActs: z.array(z.string()),
  /** Roles of one who speaks for a client (a lawyer's denial that clears the client is the client's defence). */
  advocateRoles: z.array(z.string()),
  /** Parties named by a word of English, which stay the party before a title ("Labour leader Ana Holm"): titleWordOnly. */
  partyWordsBeforeTitles: z.array(z.string()),
  /** Events that count against whoever they happen to or are done by (for stance only, never for the act). */
  adverse: z.array(z.string()),
  /** Harm undergone by whoever is named with it ("was found with stab wounds and died"): of the adverse events, those
   *  that speak against no one (a victim is not opposed by the police reporting the harm; LABELS: stance is the
   *  speaker's position). */
  harmUndergone: z.array(z.string()),
  /** Harm done to someone ("punched", "struck", "attacks"): of the adverse events, against its doer only (named before
   *  it in the active, or after its "by"), never against the one it was done to. */
  harmDone: z.array(z.string()),
  /** What one wishes a party after "wish … " ("I wish Ms Marek well", "wished him every success"): for that party. */
  wellWishes: z.array(z.string()),
  /** A party's work or claim a caution can call unreliable ("cautioned that Harlow Energy's forecasts rest on old data"):
   *  after the party's possessive, the caution is against it even with no words of warning. */
  cautionedWork: z.array(z.string()),
  /** A reported non-answer ("does not comment on pending matters") is NO_COMMENT (GUIDE decision 19). */
  nonAnswer: z.array(z.string()),
  /** What "there is no …" may deny without denying a charge: resources, options and reasons ("there is no money left
   *  for repairs", "there was no alternative", "there is no doubt that"): a complaint, a statement of fact or an
   *  assertion, not a denial. Read on the words just after a denial phrase that ends in "no". */
  denialRejectAfter: z.array(z.string()),
  /** Words before "to" and a verb of the demand list that make the verb no request ("would be hard to reverse", "is
   *  unlikely to resign", "too late to halt"): how easy or likely the act is, a forecast or a judgement, not a demand. */
  demandRejectBefore: z.array(z.string()),
  /** Cues that report a finding when a body that investigates or a document speaks ("the inquiry concluded that …")
   *  and a person's closing words otherwise ("…,” she concluded): REVEAL (ENDORSING) for the first, the cue's act else. */
  findingCues: z.array(z.string()),
  /** Words naming who reports findings (in the speaker's name, mention or role): inquiries, reviews, panels, courts. */
  findingBodies: z.array(z.string()),
  /** Doubt voiced without a question mark ("the survey left out half the picture") is QUESTION. */
  doubt: z.array(z.string()),
  /** A demand is against the one it is about only when it asks for something punitive ("resign", "cut ties"). */
  punitive: z.array(z.string()),
  /** Punitive words whose object suffers them ("to freeze payments to Kipworth", "to sack the coach"); for the others the
   *  one who does them does ("Cromton to compensate", "the minister to resign"). Each must also be in `punitive`. */
  punitiveOnObject: z.array(z.string()),
  /** A demand that a party pay for something ("to pay for new filters", "foot the bill"): punitive as "pay compensation"
   *  is (GUIDE decision 44), kept out of `punitive`, which the act model reads as a feature. */
  paymentDemands: z.array(z.string()),
  /** Heads of public bodies' names a payment is asked of as a favour ("urged the Treasury to pay for flood defences"). */
  publicFunders: z.array(z.string()),
  /** Sanctions and findings that, negated before a wrongdoing word in its clause, clear the party of it ("has not been
   *  fined for breaches", "never been found guilty of any wrongdoing"). */
  clearedSanctions: z.array(z.string()),
  /** Harms a negated subject denies ("no ward had been left unsafe", "nobody was harmed"). */
  negatableHarms: z.array(z.string()),
  /** Who a demanded payment or apology goes to, not the one who owes it: a party named right after "for" or "to", or
   *  after one of `demandBeneficiaryKin` then "of" ("compensation for the families of the dead soldiers", "an apology to
   *  the victims"). */
  demandBeneficiaryBefore: z.array(z.string()), demandBeneficiaryKin: z.array(z.string()),
  /** A demand made to a body that acts on others (a court, a regulator, a council, a minister: `authorityAddressees`, a
   *  word of the addressee's phrase) to take one of `authorityActions` ("asked the tribunal to stop drilling by X",
   *  "urged the tribunal to order the landlord to …"): the party the action falls on, named after it, is against whom
   *  the demand is made; the body asked is not (GUIDE decision 44). */
  authorityAddressees: z.array(z.string()), authorityActions: z.array(z.string()),
  /** Words no addressee's phrase of such a demand holds: it is a clause, not a noun phrase ("the council said it would
   *  review …"). */
  notAddresseeWords: z.array(z.string()),
  /** Between the action and a party: words that make the party one the action is done with, for or to ("to review the
   *  list with teachers from X"). */
  actionBeneficiaryBefore: z.array(z.string()),
  /** What a party holds, so that the party after "of" is the one the action falls on ("suspend the licence of X", "halt
   *  the plans of X"); after any other noun the party of an of-phrase is what the action concerns or protects ("halt the
   *  demolition of Harlow Library", "investigate the death of X"). */
  authorityHeldObjects: z.array(z.string()),
  /** What a people's adjective adds to its state's name or stem ("Valdora" → "Valdoran", "Keshmir" → "Keshmiri"). */
  ownDemonymRests: z.array(z.string()),
  /** Cues whose object is the one spoken to ("told the committee that …", "assured investors that …"): the hearer is no
   *  party the statement is about (119 train and dev statements with such a hearer before the content; none a target). */
  tellingCues: z.array(z.string()),
  /** Cues of an order a body gives another party ("ordered Lomling Power to lower down …"): the party the order names at
   *  the opening of its content is AGAINST (GUIDE decision 50). */
  orderCues: z.array(z.string()),
  /** GUIDE decision 44: a demand that a party reverse, halt or drop its own decision, plan or legal step ("urged the
   *  council to reverse the fare rise", "to withdraw its court application") is no punitive demand: a verb of `reversalVerbs`
   *  (any ending) before "the"/"its"/… and, within two words, one of `decisions` or `ownStepNouns` (or its plural). */
  reversalVerbs: z.array(z.string()), ownStepNouns: z.array(z.string()),
  /** The last word of a law's or treaty's name ("Online Harms Act", "Water Framework Directive"): a law is no party
   *  (GUIDE section 6: organisations and people; no train or dev gold target is one). */
  lawHeads: z.array(z.string()),
  /** A demand that a party account for its own conduct, read only after the party asked ("called on the board to explain
   *  why …", "summon the minister to justify the cuts"): against that party, as a punitive demand is. Not a request for
   *  information ("to explain how the scheme would work", "to explain his stance"). */
  accountingDemand: z.array(z.string()),
  /** The same as an imperative opening a quoted sentence ("“Show us the numbers,” he said of the mayor"). */
  accountingImperative: z.array(z.string()),
  /** An institution's act, named by what it did ("welcomed the decision"): the target is the institution. */
  decisions: z.array(z.string()),
  /** Decision nouns that also name an event no one took ("The wind changed … the change"; "the closure" of a road by a
   *  flood): they stand for a party only when the latest matching verb before them (changed, closed …) had one as its
   *  subject. Each must also be in `decisions`. */
  eventDecisions: z.array(z.string()),
  /** Verbs of taking a decision ("voted", "approved", "awarded"): their subject took "the vote", "the approval", "the award". */
  decisionVerbs: z.array(z.string()),
  /** Shifting the blame ("responsibility lay with the force"): against whoever is named after it. */
  blame: z.array(z.string()),
  /** Those who run an organisation ("management", "the developer", "this administration"): the organisation itself. */
  runners: z.array(z.string()),
  /** Those who direct an employer's staff ("managers", "supervisors"): as the subject of what employees or a report say
   *  they did ("managers had ignored the warnings"), they stand for the employer, the company the article is about. */
  employerStaff: z.array(z.string()),
  /** Roles of staff who do not speak for their employer ("two engineers at the airline", "a former claims assessor"):
   *  their account of how they were directed is an insider's account against the employer. */
  insiderRoles: z.array(z.string()),
  /** "Its managing director, X": roles only a company has, so that "Its <role>" after a sentence naming a council and a
   *  firm speaks for the firm (review17 #5); and the words of a public body's name that tell it is none. */
  companyOnlyRoles: z.array(z.string()), publicBodyHeads: z.array(z.string()),
  /** Workplaces of a company in an insider's description ("a former foreman at the bakery", "fitters at the
   *  carrier’s maintenance base"): the company the article is about. */
  insiderWorkplaces: z.array(z.string()),
  /** Staff as the ones directed ("staff had been instructed to …", "welders were pressed to …"). */
  directedStaff: z.array(z.string()),
  /** Verbs (passive after directedStaff, active after employerStaff with "to") of directing staff. */
  staffDirectives: z.array(z.string()),
  /** What staff were directed to do that makes the direction a wrong of the employer (review 16: "sent home because of
   *  the storm", "told to wear hard hats" are no account against anyone): a wrong itself ("skip", "falsify", "hide"),
   *  when told NOT to, keeping no record ("not to record", "not to report"), a discharge into a place (staffDischarges +
   *  dischargePlaces: "dump waste milk into the river"), upkeep put off (staffDeferrals + deferredUpkeep: "defer
   *  repairs"), a quota of refusals (quotaWrongs, after "set a target of"), or work passed unchecked (uncheckedMarks). */
  staffWrongs: z.array(z.string()),
  staffUnrecorded: z.array(z.string()),
  staffDischarges: z.array(z.string()),
  dischargePlaces: z.array(z.string()),
  staffDeferrals: z.array(z.string()),
  deferredUpkeep: z.array(z.string()),
  quotaWrongs: z.array(z.string()),
  uncheckedMarks: z.array(z.string()),
  /** "told to ignore the alarms": ignoring is a wrong only of a check, warning, alarm, rule or complaint (ignoredChecks;
   *  review 16b: "told to ignore the noise from the new press, which is normal" is none). */
  staffIgnoring: z.array(z.string()),
  ignoredChecks: z.array(z.string()),
  /** "pressed to sign off welds before they had been inspected": the "before … had been <checkParticiple>" frame is
   *  work passed ahead of its check only after an approving verb (review 16b: "told to wash their hands before they had
   *  been inspected by the nurse" is none). */
  uncheckedApprovals: z.array(z.string()),
  /** "… before the bolts had been checked": work passed ahead of its check (with uncheckedMarks). */
  checkParticiples: z.array(z.string()),
  /** Speakers described by their opposition ("critics", "opponents of the plan"): not the side of the party they speak of,
   *  so their "X had played no part in …" says X did nothing, it does not clear X. */
  opposingSpeakers: z.array(z.string()),
  /** Roles whose questions are their trade, not a charge ("the interviewer asked whether …"): their asked question
   *  is against no one it names (review22 #3). */
  questioningRoles: z.array(z.string()),
  /** A speaker's doubt or unease about something ("I would be very wary of …", "we are not sure the figures …", "I doubt
   *  …"): an attitude toward another matter, not a report of the speaker's own conduct, so no self-report FAVOR. States
   *  after "I am", "we would be" (an intensifier between allowed); negated states after "not" ("not sure"); verbs after
   *  "I", "we". ("not worried", "confident" are no doubt: they stay self-serving.) */
  selfDoubtStates: z.array(z.string()), selfDoubtNegatedStates: z.array(z.string()), selfDoubtVerbs: z.array(z.string()),
  /** Of the runners, those only a business has ("management", "executives"): the company the article is about, when it
   *  has one, not whatever body was named last ("an analyst at Nordhaug Securities … accused management of …"). */
  companyRunners: z.array(z.string()),
  /** Verbs of not knowing ("I wonder", "we don't know") are a doubt only before an open question (selfDoubtQuestionWords:
   *  "whether", "if"); "I don't know why he keeps saying that, but …" rebuts, it defends the speaker. */
  selfDoubtQuestionVerbs: z.array(z.string()), selfDoubtQuestionWords: z.array(z.string()),
  /** Degree words between "I am" and the state ("very wary", "a little nervous"). */
  selfDoubtDegrees: z.array(z.string()),
  /** What a denial rebuts ("dismissed the allegations as …"): the claim stands for whoever made it, who is its target. */
  rebutted: z.array(z.string()),
  /** Facts a denial disputes ("disputed that figure", "rejected that account"): the denial clears no one of wrongdoing
   *  (stance-words `rebutted` are charges and claims, whose author the denial speaks against). */
  rebuttedFacts: z.array(z.string()),
  /** What a denial rebuts that names no one's charge ("rejected suggestions that the plan was drawn up to please
   *  shareholders", often the reporter's question): no author is guessed for it (stance-words `rebutted`). */
  rebuttedUnattributed: z.array(z.string()),
  /** What a party is "rushed to" as a fault ("rushed to judgment"): else "rushed to" before a verb ("households rushed to
   *  apply", "fans rushed to buy tickets") tells people hurrying, no criticism of anyone. */
  rushedToFaults: z.array(z.string()),
  /** Verbs of going somewhere ("come to the House", "go before the committee"): the place after them is no party. */
  arrivalVerbs: z.array(z.string()),
  /** A party's merits a denied doubt vouches for ("never had a moment's doubt about her integrity"): PRAISE. Not guilt
   *  or blame ("no doubt about his guilt" charges). */
  doubtedMerits: z.array(z.string()),
  /** Nouns of a wrong whose doer follows "by" ("any wrongdoing by the club", "no misconduct by its officers"): that
   *  party is the one a denial clears or a charge accuses (DOER_OF_CHARGE). */
  wrongNounsBeforeDoer: z.array(z.string()),
  /** Charges that name the conduct and then its doer after "by" ("denied allegations of abuse by the border guards"):
   *  the party after "by" is the one the denial clears (clauseSubject). */
  conductCharges: z.array(z.string()),
  /** Heads of descriptions that name a party no name stands for ("the trade ministry", "these officers", "its coastguard"). */
  partyHeads: z.array(z.string()),
  /** A description of a body that also means a power ("had the authority to close the park"), and the words before "the"
   *  that give it that sense: no party then. */
  powerSenseHeads: z.array(z.string()), powerSenseBefore: z.array(z.string()),
  /** How a party is judged in general news language ("condescending", "divisive"; "a good man", "principled"): for the
   *  stance toward the party named nearest, never for the act. */
  negativeEvaluation: z.array(z.string()), positiveEvaluation: z.array(z.string()),
  /** What a party suffers ("he had been treated unfairly", "was wronged", "the board misled her"): a party that is the
   *  subject of their passive, or their object, is the victim, whom the statement defends, not the one it accuses. */
  victimWords: z.array(z.string()),
  /** Verbs of treatment that, with a manner after their object ("treated her disgracefully"), tell who was wronged. */
  victimMannerVerbs: z.array(z.string()),
  /** Roles of members of a government: "the government" in what they defend is their own side (GUIDE decision 26). */
  governmentRoles: z.array(z.string()),
  /** Nouns for people named by where they live ("residents of Ashmere"): the place after them is no party. */
  dwellers: z.array(z.string()),
  /** Units written with a capital ("Celsius", "Fahrenheit"), lowercase here. */
  unitNames: z.array(z.string()),
  /** Nouns of settlements before "of" and a name ("the town of Drenova"): the name is a place, no party. */
  settlementNouns: z.array(z.string()),
  /** Verbs of fleeing a place ("fled Brella", "fleeing the town"): the name right after them is a place, no party (PLACE_LEFT_BEFORE). */
  placeLeftVerbs: z.array(z.string()),
  /** Words of a central bank's name ("central", "reserve"; lower case): "the central bank" stands only for such a name (centralBankName). */
  centralBankNameWords: z.array(z.string()),
  /** Verbs of answering a breach to come ("would respond to any violation", "will retaliate against any attack"): RESPONDER_AFTER. */
  responseVerbs: z.array(z.string()),
  /** States of suffering ("struggling", "hurting") told of a party: HARDSHIP_SUBJECT, the one a warning is for, not against. */
  hardshipWords: z.array(z.string()),
  /** Departures from and arrivals in an office ("had resigned", "was appointed"): reported alone, nothing revealed against the person. */
  officeChanges: z.array(z.string()),
  /** Nouns of a person's leaving an office ("resignation", "departure", "sacking"): "long overdue" said of one is no praise
   *  of it, it says the person should have gone sooner (OVERDUE_DEPARTURE_BEFORE). */
  departureNouns: z.array(z.string()),
  /** Beside rebuttedFacts, the account nouns a name before them gives ("the Tessian narrative"): not "allegations" or
   *  "charges", whose modifier is usually the one accused ("the Harlan allegations"). */
  modifierAccountNouns: z.array(z.string()),
  /** Evaluation words that judge only as a complement ("the plan was a fantasy", "called it wishful thinking"), not as a
   *  modifier before a noun ("a fantasy campaign", "fantasy football"); complementFollowers: the words that may follow
   *  the complement (a lowercase word otherwise makes it a modifier). */
  complementOnlyEvaluations: z.array(z.string()), complementFollowers: z.array(z.string()),
  /** After a dweller noun and "of"/"in": words before the place ("residents of nearby Holm") and the settlement nouns
   *  ("residents of the towns of Trevwell and Upper Yarlfold"). */
  dwellerDeterminers: z.array(z.string()), dwellerPlaceNouns: z.array(z.string()),
  /** Verbs before "the city of X" that make the settlement the body charged ("accused the city of Bexthorpe of …"). */
  settlementChargedBefore: z.array(z.string()),
  /** Auxiliaries and adverbs between "the city of X" and a conduct word ("the city of Denton had ignored …"). */
  settlementConductAuxiliaries: z.array(z.string()),
  /** What "a legitimate" justifies when a strike hit it ("a legitimate military target"): no praise. */
  justifiedTargets: z.array(z.string()),
  /** Adverbs that make any passive a wrong suffered ("was unfairly dismissed", "was wrongly accused"). */
  victimAdverbs: z.array(z.string()),
  /** Heads of a description that stands for the latest body whose name carries the head ("the league" for "Northern
   *  Premier League"): the speakers' DEFINITE_DESCRIPTIONS of organisations, with these added and those removed (heads
   *  of companies and places, which other rules resolve or which name no one body). */
  describedBodies: z.array(z.string()), undescribedBodies: z.array(z.string()),
  /** Heads of places and buildings ("the park", "the station", "the hall"): "Varnington Valley Park" is a place, no party,
   *  so a description with such a head is not read as the body named with it. */
  placeHeads: z.array(z.string()),
  /** Capitalised words that many bodies' names share ("Ministry", "National", "Republic"): a name sharing only these
   *  with the speaker's name or body is not the speaker's own side. */
  sideGenericWords: z.array(z.string()),
  /** Heads of the names of streets and venues ("Drasaven Close", "Carrow Park", "the Jaskington Arena"): a place where
   *  something happens, never a party (with the heads of natural places in PLACE_HEADS). */
  venueHeads: z.array(z.string()),
  /** Heads that end a street's name and no person's ("Drasaven Close", "Marlow Crescent"): such a name is a place even
   *  where an earlier stage took it for a person. */
  streetHeads: z.array(z.string()),
  /** The head of a part of a building or ground ("the North Stand", "the East Wing"): a place, however read. */
  buildingPartHeads: z.array(z.string()),
  /** What "nobody should" or "no one should" is followed by when it foretells or cautions rather than demands ("nobody
   *  should expect a breakthrough", "no one should be surprised"). */
  expectedAfterNoOneShould: z.array(z.string()),
  /** What one is said to deserve that is a remedy owed, not merit ("deserve to know", "deserve better", "deserve answers"). */
  deservedRemedies: z.array(z.string()), absenceFaults: z.array(z.string()),
  /** Passive verbs of telling someone else a thing ("had been warned … that"): what follows "that" is a reported
   *  statement inside the statement, whose "must" is no demand of the speaker's. */
  reportedToVerbs: z.array(z.string()),
  /** Heads of a state's organs, whose name opens with the state's ("Kipstow Foreign Ministry", "Cromby Police"). */
  stateOrganHeads: z.array(z.string()),
  /** Words that quantify a mass ("less water", "much power"): a noun after them is written as a mass, no body's short name. */
  massQuantifiers: z.array(z.string()),
  /** Offices one person holds in a story ("the judge", "the trial judge", "the chief executive"): such a description in a
   *  content is the one person the article quotes in that role. (Titles written before names, "the president" for
   *  "President Obama", are TITLE_FORMS in judge-stance.ts.) */
  heldOffices: z.array(z.string()),
  /** Heads of bodies that are no company, beside the institution heads ("trust", "league", "growers"): a body so named
   *  does not call itself "the company", so "the company" in its statement is the article's company. */
  nonCompanyHeads: z.array(z.string()),
  /** Words that close a company's name after the word that says its trade ("Harwood Brewing Company", "Kipridge
   *  Airways Ltd"): a description by the trade ("the brewery", "the airline") stands for the whole name. */
  corporateNameTails: z.array(z.string()),
  /** Natural events (fire, flood, storm) that destroy or damage with no party's act: "a wildfire destroying 40
   *  buildings" reports a loss, no criticism (eventHarms are the criticism words such an event does). */
  naturalEvents: z.array(z.string()), eventHarms: z.array(z.string()),
  /** Words that tell someone caused the event ("the sparks that started the fire"): then its harm is that party's. */
  eventCauses: z.array(z.string()),
  /** Words before "fire" that make it a weapon's ("opened fire", "artillery fire"), not a natural event. */
  weaponFireBefore: z.array(z.string()),
  /** Words before "offensive" that make it the noun, a military push ("an offensive", "a ground offensive"), when what
   *  follows is no noun it qualifies. */
  offensiveNounBefore: z.array(z.string()), offensiveNounAfter: z.array(z.string()),
  /** Cues whose object opens the content of a reported charge or praise ("accused prosecutors of “…”"). */
  objectOpeningCues: z.array(z.string()),
  /** Cues whose object is the party charged, the charge following in "of"/"for"/"with" ("accused X of …"): CHARGE_OBJECT_OPENING. */
  chargeObjectCues: z.array(z.string()),
  /** An advocate's words for the client ("her client", "his clients"): CLIENT_WORD. */
  advocateClientWords: z.array(z.string()),
  /** Verbs of looking into a matter ("would examine whether …"): the one who does it is no party the bad news is about. */
  inquiryActions: z.array(z.string()),
  /** Verbs of support for another party's cause, before "<name>'s" ("support Brandt's appeal"). */
  supportCauseVerbs: z.array(z.string()),
  /** Heads of a party's adversaries ("Harlan's rival", "Brandt's critics"): support for them is no support of the party. */
  supportCauseAdversaries: z.array(z.string()),
  /** Words that make a reply a plan or a forecast when they come within its first words ("it would fit new software",
   *  "it expects to resume service"): a step or hope the speaker announces, no answer to the charge (repliesToCharge). */
  answerPlanMarkers: z.array(z.string()),
  /** Singular claims a denial rebuts when a possessor names their author ("the ombudsman’s finding"): beside `rebutted`. */
  possessedRebuttals: z.array(z.string()),
  /** Legal steps brought against the party named right after them ("legal action against"), served on the party named
   *  right before them ("a notice of intent to sue"), and words that undo a step named a few words after them. */
  legalStepsBefore: z.array(z.string()),
  legalStepsAfter: z.array(z.string()),
  legalStepsUndone: z.array(z.string()),
  /** Cue lemmas under which the party opening the content as its subject is the one whose conduct it tells. */
  conductCues: z.array(z.string()),
  /** Verbs of a loss or harm the party underwent, right after it: no conduct of its own (conductCues). */
  conductMisfortunes: z.array(z.string()),
  /** Words that make a spokesperson's words after a charge advice to others ("residents should stay indoors"): defendsBodyAgainstCritics. */
  answerAdviceMarkers: z.array(z.string()),
  /** Verbs of denying whose object a possessed claim must be inside the content ("disagreed with the bureau’s findings"). */
  possessedRebuttalVerbs: z.array(z.string()),
  /** Modals of what could be done: a denial holding one and naming neither the speaker nor a wrong is no self-defence. */
  possibilityModals: z.array(z.string()),
  /** Kinds of body a description names without a name carrying its head word: "the agency" where the article named the
   *  "Office of Pipeline Integrity", "the authority" for a borough council, "the laboratory" for a testing centre. A
   *  description "the <…Descriptions word>" that no name with its head stands for is the latest body named before it
   *  whose name's head is one of the same kind's `…Heads`. */
});
const WORDS = StanceWords.parse(stanceWords);
/** A modal of possibility (stance-words.json possibilityModals). */
const POSSIBILITY_MODAL = new RegExp(`(?<![\\p{L}])(?:${WORDS.possibilityModals.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'iu');
/** A departure noun as the subject of a judgement that follows ("the resignation was “", "his exit is long"). */
const OVERDUE_DEPARTURE_BEFORE = new RegExp(`(?<![\\p{L}])(?:${WORDS.departureNouns.map(escapeRegExp).join('|')})[^\\S\\n]+(?:was|is|had[^\\S\\n]+been|has[^\\S\\n]+been|as|came)[^\\S\\n]+[“"‘']?$`, 'iu');
/** A word list entry that may open a sentence: "staff" or "Staff". */
const capitalisedToo = (w: string): string => `[${w[0]}${w[0]!.toUpperCase()}]${escapeRegExp(w.slice(1))}`;
/** After a verb of directing staff: at most three words ("in 2022"), then "to" and a verb, or "of" and a gerund. */
const DIRECTED_TO = `(?:[^\\S\\n]+[^\\s,.;]+){0,3}?[^\\S\\n]+(?:not[^\\S\\n]+)?(?:to[^\\S\\n]+[“"‘']?\\p{Ll}|of[^\\S\\n]+\\p{Ll}+ing(?![\\p{L}]))`;
/** The heads BODY_DESCRIPTION reads: the speakers' organisation descriptions and the `describedBodies` of
 *  stance-words.json ("gallery", "tribunal"). */
const BODY_HEADS = new Set([...Object.entries(DEFINITE_DESCRIPTIONS).filter(([, kind]) => kind === 'organization').map(([head]) => head), ...WORDS.describedBodies]);
/** Heads that make a name a body's for a description found by its head alone: those and the group descriptions, not
 *  events or things ("marathon"). */
const DESCRIBED_BODY_HEADS = new Set([...BODY_HEADS, ...Object.entries(DEFINITE_DESCRIPTIONS).filter(([, kind]) => kind === 'group').map(([head]) => head)]);
/** "the league", "the health service", "the integrity unit", "that council": a determiner, at most one lowercase
 *  modifier, a body's head. */
const BODY_DESCRIPTION = (() => {
  const not = new Set(WORDS.undescribedBodies);
  const heads = [...BODY_HEADS].filter((head) => !not.has(head));
  return new RegExp(`(?<![\\p{L}])[Tt]h(?:e|is|at)[^\\S\\n]+(?:([\\p{Ll}-]+)[^\\S\\n]+)?(${heads.map(escapeRegExp).join('|')})(?![\\p{L}-])`, 'gu');
})();

/** The heads no description of a body should be resolved from (companies, places), and the speakers' descriptions. */
const UNDESCRIBED = new Set([...WORDS.undescribedBodies, ...Object.keys(DEFINITE_DESCRIPTIONS)]);
/** Heads the open description rule leaves alone: those other rules read (BODY_DESCRIPTION, companies, places, documents,
 *  dates), people in a role ("the secretary", "the officers"), and places that are no party ("the park"). */
const NOT_OPEN_HEADS = new Set(WORDS.placeHeads);
const SIDE_STOPWORDS = new Set(WORDS.sideGenericWords);
function openHead(head: string, venueOfBody = false): boolean {
  const one = singular(head);
  return head === one && !BODY_HEADS.has(head) && !UNDESCRIBED.has(head) && (venueOfBody || (!PLACE_HEADS.has(head) && !NOT_OPEN_HEADS.has(head)))
    && !DOCUMENT_HEADS.has(head) && !CALENDAR_WORDS.has(head) && ROLE_NOUNS[head] === undefined && !OFFICE_ROLES.has(head) && !GROUP_HEADS.has(head);
}
/** "the gallery", "this corporation": a determiner, at most one lowercase modifier, a lowercase head of three letters or more. */
const OPEN_DESCRIPTION = /(?<![\p{L}])[Tt]h(?:e|is)[^\S\n]+(\p{Ll}[\p{Ll}-]{2,})(?:[^\S\n]+(\p{Ll}[\p{Ll}-]{2,}))?(?![\p{L}-])/gu;
/** Words that quantify a mass ("less water", "much power"): the noun after them is no body's short name. */
const MASS_QUANTIFIERS = new Set(WORDS.massQuantifiers);
/** A plural head as its singular ("estates" → "estate", "laboratories" → "laboratory"); other words unchanged. */
function singular(word: string): string {
  if (/[^aeiou]ies$/u.test(word)) return `${word.slice(0, -3)}y`;
  if (/(?:ss|sh|ch|x)es$/u.test(word)) return word.slice(0, -2);
  if (/[^su]s$/u.test(word)) return word.slice(0, -1);
  return word;
}

/** The regular plural of a noun ("estate" → "estates", "laboratory" → "laboratories", "church" → "churches"). */
function plural(word: string): string {
  if (/[^aeiou]y$/u.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(?:s|sh|ch|x)$/u.test(word)) return `${word}es`;
  return `${word}s`;
}

function compile(list: string[]): RegExp {
  return wordListRegExp(list);
}
/** "rejected suggestions that …", "any suggestion of …": an insinuation the article gives no author for (on the corpus the
 *  speaker quoted before was its author in none of 13 such statements). */
const UNVOICED_CLAIM = /^[^\S\n]*(?:(?:the|any|all|such)[^\S\n]+)?suggestions?(?![\p{L}])(?![^\S\n]+by(?![\p{L}]))/iu;
/** Between a person's name and the body they work at: ", an epidemiologist at the", ", a senior lecturer with". */
const WORKPLACE_APPOSITION = /^,[^\S\n]+(?:an?|the)[^\S\n]+(?:[\p{L}-]+[^\S\n]+){0,4}?(?:at|of|with|from|for)[^\S\n]+(?:the[^\S\n]+)?$/iu;
/** A person the content describes instead of naming: "one man who knew the risks", "a woman who". */
const DESCRIBED_PERSON = /(?<![\p{L}])(?:one|a|the|this|that)[^\S\n]+(?:man|woman|person|individual|executive|manager|official)[^\S\n]+(?:who|whose|that)(?![\p{L}])/iu;
/** "I wish Ms Marek well", "wished him every success": "wish" before the party … */
const WISH_BEFORE = /(?<![\p{L}])wish(?:es|ed|ing)?[^\S\n]+(?:(?:Mr|Ms|Mrs|Miss|Dr|Mx)\.?[^\S\n]+)?$/iu;
/** … and what is wished after it (stance-words wellWishes). */
const WISHED_AFTER = new RegExp(`^(?:him|her|them|[\\p{Lu}][\\p{L}.’'-]*(?:[^\\S\\n]+[\\p{Lu}][\\p{L}.’'-]*){0,3})[^\\S\\n]+(?:${WORDS.wellWishes.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'u');
/** Before a harm done: its passive ("was struck", "had been punched"), whose subject underwent it. */
const HARM_PASSIVE_BEFORE = /(?<![\p{L}])(?:was|were|been|being|be|is|are|got|get|gets)[^\S\n]+(?:\p{L}+ly[^\S\n]+)?$/iu;
/** Between a harm done and a party named after it: its agent's "by" ("attacks by", "struck by a van driven by"). */
const HARM_AGENT_BY = /^[^\S\n]+(?:[\p{L}’'-]+[^\S\n]+){0,5}?by[^\S\n]+(?:the[^\S\n]+)?$/iu;
const VICTIM_ALT = WORDS.victimWords.map((w) => escapeRegExp(w).replace(/ /gu, '[^\\S\\n]+')).join('|');
const VICTIM_ADV = WORDS.victimAdverbs.map(escapeRegExp).join('|');
/** A mention (a pronoun or a capitalised name) as the subject of a passive of harm: "he had been treated unfairly". */
const VICTIM_SUBJECT = new RegExp(`^(?:he|she|they|[\\p{Lu}][\\p{L}.’'-]*(?:[^\\S\\n]+[\\p{Lu}][\\p{L}.’'-]*){0,3})[^\\S\\n]+(?:(?:had|has|have)[^\\S\\n]+)?(?:been|was|were|is|are|being|got|get|gets)[^\\S\\n]+[“"‘]?(?:(?:${VICTIM_ADV})[^\\S\\n]+\\p{L}+|(?:${VICTIM_ALT})(?![\\p{L}]))`, 'iu');
/** A party told as suffering ("Manufacturers were already struggling", "families are hurting"): stance-words hardshipWords. */
const HARDSHIP_SUBJECT = new RegExp(`^(?:they|[\\p{Lu}][\\p{L}.’'-]*(?:[^\\S\\n]+[\\p{L}.’'-]+){0,3}?)[^\\S\\n]+(?:(?:had|has|have)[^\\S\\n]+been|was|were|is|are|had[^\\S\\n]+been)[^\\S\\n]+(?:(?:already|still|now|also|badly|really)[^\\S\\n]+)?(?:${WORDS.hardshipWords.map(escapeRegExp).map((w) => w.replace(/ /gu, '[^\\S\\n]+')).join('|')})(?![\\p{L}])(?![^\\S\\n]+to[^\\S\\n])`, 'u');
/** After "a legitimate": what a strike or raid hit ("a legitimate military target"), stance-words justifiedTargets. */
const JUSTIFIED_TARGET_AFTER = new RegExp(`^[^\\S\\n]+(?:${WORDS.justifiedTargets.map(escapeRegExp).map((w) => w.replace(/ /gu, '[^\\S\\n]+')).join('|')})(?![\\p{L}])`, 'iu');
/** Roles of members of a government, whose "the government" is their own side (stance-words governmentRoles). */
const GOVERNMENT_ROLE = new RegExp(`^(?:${WORDS.governmentRoles.map(escapeRegExp).join('|')})$`, 'iu');
/** A one-word affiliation written right before a government role in the speaker's mention ("Transport Minister Lea
 *  Moss", "Finance Secretary …"): the portfolio of the office, not a body the person speaks for. */
function portfolioAffiliation(speaker: Speaker, text?: string): boolean {
  const aff = speaker.affiliation;
  const role = speaker.role;
  if (!aff || !role || /\s/u.test(aff) || !GOVERNMENT_ROLE.test(role) || !speaker.mention) return false;
  if (new RegExp(`(?:^|\\s)${escapeRegExp(aff)}[^\\S\\n]+${escapeRegExp(role)}(?![\\p{L}])`, 'iu').test(speaker.mention.text)) return true;
  // (a later statement's mention, "Orvton acknowledged …", of a person the article introduced as "Energy Minister Paul
  // Orvton": the title before the person's name anywhere in the text)
  const last = /[\p{L}’'-]+$/u.exec(speaker.name)?.[0];
  return text !== undefined && last !== undefined
    && new RegExp(`(?:^|[^\\p{L}])${escapeRegExp(aff)}[^\\S\\n]+${escapeRegExp(role)}[^\\S\\n]+(?:\\p{Lu}[\\p{L}.’'-]*[^\\S\\n]+){0,3}${escapeRegExp(last)}(?![\\p{L}])`, 'iu').test(text);
}
/** A content whose subject is the speaker ("I was …", "we had been …", "she had been sacked"): its own conduct or lot. */
const SELF_SUBJECT_OPENING = /^[“"‘']?(?:i|we|my|our)(?![\p{L}])/iu;
/** "(that) she had been …", "he was …": a content that opens on a third-person pronoun, its subject (group 1). */
const SPEAKER_PRONOUN_OPENING = /^(?:that[^\S\n]+)?(he|she)(?![\p{L}])/iu;
/** Units written with a capital ("Celsius"): no party, however a later mention was resolved to them. */
const UNIT_NAMES = new Set(WORDS.unitNames);
/** A unit before a capitalised word ("35 degrees Celsius"). */
const UNIT_BEFORE = /(?<![\p{L}])degrees?[^\S\n]+$/iu;
/** People named by where they live, before the place ("residents of", "people in", "villagers of"): stance-words dwellers.
 *  "of the" may open the place ("residents of the Eastgate estate"), "in the" + a name may not ("people in the White
 *  House" are a body's staff). */
const DWELLERS_OF_BEFORE = new RegExp(`(?<![\\p{L}])(?:${WORDS.dwellers.map(escapeRegExp).join('|')})[^\\S\\n]+(?:of(?:[^\\S\\n]+the)?|in)[^\\S\\n]+(?:(?:${WORDS.dwellerDeterminers.map(escapeRegExp).join('|')})[^\\S\\n]+)?(?:(?:the[^\\S\\n]+)?(?:${WORDS.dwellerPlaceNouns.map(escapeRegExp).join('|')})[^\\S\\n]+of[^\\S\\n]+)?(?:\\p{Lu}[\\p{L}’'-]*(?:[^\\S\\n]+\\p{Lu}[\\p{L}’'-]*)*(?:,[^\\S\\n]+|[^\\S\\n]+(?:and|or)[^\\S\\n]+))*$`, 'u');
const NATURAL_EVENT_WORD = new RegExp(`^(?:${WORDS.naturalEvents.map(escapeRegExp).join('|')})$`, 'iu');
/** After a name addressed at the head of a quote: a comma and a word that speaks to them ("Liesel, you are …", "Tom,
 *  please …"); not a parenthetical ("Weskham, it is clear, …"). */
const ADDRESS_AFTER = /^,[^\S\n]+(?:you|your|please|listen|look|come|don[’']t|stop|calm|wake)(?![\p{L}])/iu;
/** A name addressed in a quote that is the statement's own speaker (the whole name or its first or last word). */
function sameAsSpeaker(name: string, speaker: string | null | undefined): boolean {
  if (!speaker) return false;
  const a = name.toLowerCase().split(/\s+/u);
  const b = new Set(speaker.toLowerCase().split(/\s+/u));
  return a.every((w) => b.has(w));
}
/** The words said to an addressed name, up to the quote’s end, judge them ("you are a disgrace", "you have failed", "you were superb"). */
function addressJudges(after: string): boolean {
  const clause = after.split(/[”"]|’(?!\p{L})|\n/u)[0] ?? '';
  return [RX.criticism, RX.negativeEvaluation, RX.wrongdoing, RX.praise, RX.positiveEvaluation].some((rx) => { rx.lastIndex = 0; return rx.test(clause); });
}
/** A verb of treatment right before a mention ("had treated her …"), and after the mention a manner ("… “disgracefully”",
 *  "… like a criminal"): in a criticism, the one treated so is its victim. */
const VICTIM_MANNER_VERB = new RegExp(`(?<![\\p{L}])(?:${WORDS.victimMannerVerbs.map(escapeRegExp).join('|')})[^\\S\\n]+$`, 'iu');
const VICTIM_MANNER_AFTER = /^(?:him|her|them|us|me|[\p{Lu}][\p{L}.’'-]*(?:[^\S\n]+[\p{Lu}][\p{L}.’'-]*){0,3})[^\S\n]*[“"‘']?[^\S\n]*(?:[\p{L}]+ly(?![\p{L}])|like[^\S\n]+)/u;
/** A verb of harm right before a mention: "the board misled him", "had wronged Ana Ulmley". */
const VICTIM_OBJECT = new RegExp(`(?<![\\p{L}])(?:${WORDS.victimWords.filter((w) => !/ /u.test(w)).map(escapeRegExp).join('|')})[^\\S\\n]+$`, 'iu');

const POWER_SENSE_HEADS = new Set(WORDS.powerSenseHeads);
/** One of powerSenseBefore right before a position (the word before "the"). */
const POWER_SENSE_BEFORE = new RegExp(`(?<![\\p{L}])(?:${WORDS.powerSenseBefore.map(escapeRegExp).join('|')})[^\\S\\n]+$`, 'iu');

const RX = {
  admission: compile(WORDS.admission), denial: compile(WORDS.denial), negation: compile(WORDS.negation), wrongdoing: compile([...WORDS.wrongdoing, ...actWordEntries('accusedConduct')]),
  criticism: compile(WORDS.criticism), legitimacy: compile(WORDS.legitimacy), praise: compile(WORDS.praise), demand: compile(WORDS.demand),
  warning: compile(WORDS.warning), hedge: compile(WORDS.hedge), self: compile(WORDS.selfReference), adverse: compile(WORDS.adverse),
  harmUndergone: new RegExp(`^(?:${WORDS.harmUndergone.map((w) => escapeRegExp(w).replace(/\\\*$/u, '\\p{L}*')).join('|')})$`, 'iu'),
  harmDone: new RegExp(`^(?:${WORDS.harmDone.map((w) => escapeRegExp(w).replace(/\\\*$/u, '\\p{L}*')).join('|')})$`, 'iu'),
  nonAnswer: compile(WORDS.nonAnswer), doubt: compile(WORDS.doubt), officeChange: compile(WORDS.officeChanges),
  hurriedAfter: new RegExp(`^[^\\S\\n]+to[^\\S\\n]+(?!(?:${WORDS.rushedToFaults.map(escapeRegExp).join('|')})(?![\\p{L}]))\\p{Ll}`, 'u'),
  concededAfter: new RegExp(`^[^\\S\\n]+to[^\\S\\n]+(?:${WORDS.concededSaying.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'iu'),
  harmingCharge: compile(WORDS.harmingCharges),
  // (the self-reference words but "its": for an "its" that is another body's)
  selfOfPerson: compile(WORDS.selfReference.filter((w) => w !== 'its' && w !== 'itself')),
  supportedClaim: new RegExp(`^[^\\S\\n]+(?:(?:the|these|those|such|any|all|its|their|his|her|this|that|our|my|your)[^\\S\\n]+)?(?:[\\p{Ll}-]+[^\\S\\n]+){0,2}?(?:${[...WORDS.rebutted, ...WORDS.rebuttedFacts, ...WORDS.evidencedClaims].join('|')})(?![\\p{L}])`, 'iu'),
  partyHead: compile(WORDS.partyHeads),
  negativeEvaluation: compile(WORDS.negativeEvaluation), positiveEvaluation: compile(WORDS.positiveEvaluation),
  decisionVerb: compile(WORDS.decisionVerbs),
  punitive: compile(WORDS.punitive), paymentDemand: compile(WORDS.paymentDemands), punitiveOnObject: new RegExp(`^(?:${WORDS.punitiveOnObject.map((w) => (w.endsWith('*') ? `${escapeRegExp(w.slice(0, -1))}\\p{L}*` : escapeRegExp(w))).join('|')})$`, 'iu'), blame: compile(WORDS.blame), accountingDemand: compile(WORDS.accountingDemand), accountingImperative: compile(WORDS.accountingImperative), decision: compile(WORDS.decisions.map((w) => `the ${w}`)),
  // "accused management of", "the developer", "Hobhorne’s leadership": a determiner, a possessor or nothing before.
  runners: new RegExp(`(?<![\\p{L}])(?:(the|its|their|this|that|[\\p{Lu}][\\p{L}-]*[’']s)[^\\S\\n]+)?(?:${WORDS.runners.join('|')})(?![\\p{L}])`, 'gu'),
  // "managers had ignored …", "that supervisors at the plant locked …", "because the managers wanted …": the staff noun
  // opens a clause (the content's start, or after "that", "and", "because", "when", a comma) and is its subject (a verb,
  // after at most a lowercase "at the …" phrase and an adverb). Group 1: the noun phrase.
  employerStaffSubject: new RegExp(`(?:^|(?<![\\p{L}])(?:that|and|because|when|after|while|as)[^\\S\\n]+|[,;][^\\S\\n]+)((?:(?:the|senior|company|some|several|two|three)[^\\S\\n]+)?(?:${WORDS.employerStaff.join('|')}))(?:[^\\S\\n]+(?:at|in|on)[^\\S\\n]+(?:the|its|their)(?:[^\\S\\n]+[\\p{Ll}-]+){1,3})?(?:[^\\S\\n]+(?:later|then|also|still|never|repeatedly|routinely|[\\p{Ll}]+ly))?[^\\S\\n]+(?:had|has|have|were|was|would|could|did|kept|[\\p{Ll}]+ed)(?![\\p{L}])`, 'u'),
  // "staff had been instructed to …", "Fitters at the depot were pressed to sign …", "inspectors had been given a quota of
  // failing …": staff, opening a clause, directed by their employer (a passive of directing, then "to" or "of …ing").
  directedStaff: new RegExp(`(?:^|(?<![\\p{L}])(?:that|and|because|when|after|while)[^\\S\\n]+|[,;:][^\\S\\n]+)(?:(?:[Tt]he|[Ii]ts|[Tt]heir|[Ss]ome|[Ss]everal|[Oo]ther|[Mm]any)[^\\S\\n]+)?(?:[\\p{Ll}-]+[^\\S\\n]+)?(?:${WORDS.directedStaff.map(capitalisedToo).join('|')})(?:[^\\S\\n]+(?:at|in|on)[^\\S\\n]+[^,.;\\n]{1,50}?)?[^\\S\\n]+(?:ha(?:d|ve|s)[^\\S\\n]+been|were|was)[^\\S\\n]+(?:[\\p{Ll}]+ly[^\\S\\n]+)?(?:${WORDS.staffDirectives.join('|')})${DIRECTED_TO}`, 'u'),
  // "managers pressed staff to sign …", "managers had instructed them not to write down …": those who direct the staff,
  // directing them to do something.
  directingStaff: new RegExp(`(?<![\\p{L}])(?:${WORDS.employerStaff.map(capitalisedToo).join('|')})(?:[^\\S\\n]+(?:at|in|on|from)[^\\S\\n]+[^,.;\\n]{1,40}?)?[^\\S\\n]+(?:had[^\\S\\n]+)?(?:[\\p{Ll}]+ly[^\\S\\n]+)?(?:${WORDS.staffDirectives.join('|')})[^\\S\\n]+(?:[\\p{L}’'-]+[^\\S\\n]+){1,3}?(?:not[^\\S\\n]+)?to[^\\S\\n]+[“"‘']?\\p{Ll}`, 'u'),
  // "rejected the allegations", "dismissed suggestions that", "the contamination claim": a determiner or nothing, at
  // most two modifiers, then the noun, opening what the denial is about.
  // A determiner, a number or a possessor, at most two lowercase modifiers (or up to three names), then the head: "the
  // trade ministry", "three officers", "the district’s librarians", "the Interior Ministry’s border directorate",
  // "Nebraska officials".
  party: new RegExp(`(?<![\\p{L}])(?:(${['the', 'these', 'those', 'its', 'their', 'our', 'my', 'all', 'both', 'two', 'three', 'four', 'five', 'several', 'many', 'some'].map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`).join('|')})[^\\S\\n]+)?(?:(?:the[^\\S\\n]+)?((?:(?!(?:that|this|these|those|the|a|an|his|her|its|their|our|my|your|and|or|but|which|who|whether|if|of|to|in|on|for|with|by|at|from)[^\\p{L}])[\\p{L}-]+[^\\S\\n]+)?[\\p{L}-]+(?:[’']s(?![\\p{L}])|(?<=s)[’']))[^\\S\\n]+)?((?:(?:(?!(?:the|a|an|and|or|of|to|in|on|by|for|with|that|who|which|is|was|were|are|had|has|have|be|been|not|no)[^\\p{L}])[\\p{Ll}-]+[^\\S\\n]+){0,2}|(?:[\\p{Lu}][\\p{L}.-]*[^\\S\\n]+){1,3})(?:${WORDS.partyHeads.join('|')}))(?![\\p{L}])`, 'gu'),
  rebutted: new RegExp(`^[^\\S\\n]*(?:(?:the|these|those|such|any|all|its|their|his|her)[^\\S\\n]+)?(?:[\\p{Ll}-]+[^\\S\\n]+){0,2}(?:${WORDS.rebutted.join('|')})(?:[^\\S\\n]*$|[^\\S\\n]*[,;:.“”"]|[^\\S\\n]+(?:as|that|of|against|by|from|in|over|about)(?![\\p{L}]))`, 'iu'),
  // A claim rebutted that names its author as possessor, read from the author's mention: "disagrees with the bureau’s
  // findings", "rejected the Transport Ministry’s conclusions".
  possessedRebuttal: new RegExp(`^(?:[Tt]he[^\\S\\n]+)?(?:\\p{Lu}[\\p{L}&.-]*[^\\S\\n]+){0,5}[\\p{L}-]+(?:[’']s|(?<=s)[’'])[^\\S\\n]+(?:[\\p{Ll}-]+[^\\S\\n]+){0,2}(?:${[...WORDS.rebutted, ...WORDS.possessedRebuttals].join('|')})(?![\\p{L}])(?=[^\\S\\n]*$|[^\\S\\n]*[,;:.“”"]|[^\\S\\n]+(?:as|that|of|against|by|from|in|over|about|on|and|but|which)(?![\\p{L}]))`, 'u'),
  // What stands before such a possessed claim in the content: nothing but "the" (the content of a cue of denying, "rejected
  // the ombudsman’s finding that …"), or a verb of denying with its adverbs ("it strongly disagreed with the bureau’s …", "it “strongly disagrees” with the bureau’s …").
  possessedRebuttalBefore: new RegExp(`(?:^|(?<![\\p{L}])(?:${WORDS.possessedRebuttalVerbs.map(escapeRegExp).join('|').replace(/ /gu, '[”"’]?[^\\S\\n]+')})[”"’]?[^\\S\\n]+(?:\\p{Ll}+ly[^\\S\\n]+)?)(?:(?:the|all|any|parts[^\\S\\n]+of|part[^\\S\\n]+of)[^\\S\\n]+){0,2}$`, 'iu'),
  rebuttedFact: new RegExp(`^[^\\S\\n]*(?:(?:the|these|those|such|any|all|its|their|his|her)[^\\S\\n]+)?(?:[\\p{Ll}-]+[^\\S\\n]+){0,2}(?:${WORDS.rebuttedFacts.join('|')})(?:[^\\S\\n]*$|[^\\S\\n]*[,;:.“”"]|[^\\S\\n]+(?:as|that|of|against|by|from|in|over|about)(?![\\p{L}]))`, 'iu'),
  // "was weighing legal action against the mill", "would sue the landlord": the step ends right before the party (and
  // its determiner); "had served the operator a notice of intent to sue": the step follows the party.
  legalStepBefore: new RegExp(`(?<![\\p{L}])(?:${WORDS.legalStepsBefore.map(escapeRegExp).join('|')})[^\\S\\n]+(?:(?:the|its|their|his|her)[^\\S\\n]+)?$`, 'iu'),
  legalStepBeforeConjunct: new RegExp(`(?<![\\p{L}])(?:${WORDS.legalStepsBefore.map(escapeRegExp).join('|')})[^\\S\\n]+(?:(?:the|its|their|his|her)[^\\S\\n]+)?(?:\\p{Lu}[\\p{L}’'&.-]*[^\\S\\n]+){0,4}?[\\p{L}’'&.-]+[^\\S\\n]+(?:and|or)[^\\S\\n]+(?:(?:the|its|their|his|her)[^\\S\\n]+)?$`, 'iu'),
  legalStepAfter: new RegExp(`^[^\\S\\n]+(?:${WORDS.legalStepsAfter.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'iu'),
  legalStepUndone: new RegExp(`(?<![\\p{L}])(?:${WORDS.legalStepsUndone.map((w) => (w.endsWith('*') ? `${escapeRegExp(w.slice(0, -1))}\\p{L}*` : escapeRegExp(w))).join('|')})(?![\\p{L}])[^.;:!?\\n]{0,30}$`, 'iu'),
  // "had lost two boats", "had since suffered a breach": a misfortune within the first words after the party (up to two
  // auxiliaries or adverbs before it).
  conductMisfortune: new RegExp(`^[^\\S\\n]+(?:[\\p{Ll}]+[^\\S\\n]+){0,2}?(?:${WORDS.conductMisfortunes.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'u'),
  rebuttedUnattributed: new RegExp(`^[^\\S\\n]*(?:(?:the|these|those|such|any|all|its|their|his|her)[^\\S\\n]+)?(?:[\\p{Ll}-]+[^\\S\\n]+){0,2}(?:${WORDS.rebuttedUnattributed.join('|')})(?:[^\\S\\n]*$|[^\\S\\n]*[,;:.“”"]|[^\\S\\n]+(?:as|that|of|against|by|from|in|over|about)(?![\\p{L}]))`, 'iu'),
};

/** Acts in which the employer's managers, as the subject of the content, are the ones reported on or charged. */
const STAFF_REPORT_ACTS: ReadonlySet<Act> = new Set<Act>(['SAY', 'ASSERT', 'CLAIM', 'REVEAL', 'ACCUSE', 'CRITICIZE']);
/** A list as alternatives, spaces as any run of spaces. */
const wordAlt = (list: readonly string[]): string => [...list].sort((a, b) => b.length - a.length).map((w) => escapeRegExp(w).replace(/ /gu, '[^\\S\\n]+')).join('|');
/** The start of what staff were directed to do (after "to", "of"), an adverb and a quote mark allowed first. */
const directedStart = (list: readonly string[]): RegExp => new RegExp(`^(?:\\p{Ll}+ly[^\\S\\n]+)?[“"‘']?(?:${wordAlt(list)})(?![\\p{L}-])`, 'u');
const DIRECTED_WRONG = {
  wrong: directedStart(WORDS.staffWrongs), unrecorded: directedStart(WORDS.staffUnrecorded), discharge: directedStart(WORDS.staffDischarges),
  deferral: directedStart(WORDS.staffDeferrals), quota: directedStart(WORDS.quotaWrongs),
  place: new RegExp(`(?<![\\p{L}])(?:into|in|down|onto)[^\\S\\n]+(?:[\\p{L}’'-]+[^\\S\\n]+){0,3}?(?:${wordAlt(WORDS.dischargePlaces)})(?![\\p{L}])`, 'u'),
  upkeep: new RegExp(`(?<![\\p{L}])(?:${wordAlt(WORDS.deferredUpkeep)})(?![\\p{L}])`, 'u'),
  uncheckedMark: new RegExp(`(?<![\\p{L}])(?:${wordAlt(WORDS.uncheckedMarks)})(?![\\p{L}])`, 'u'),
  approval: directedStart(WORDS.uncheckedApprovals),
  ignoredCheck: new RegExp(`^(?:\\p{Ll}+ly[^\\S\\n]+)?[“"‘']?(?:${wordAlt(WORDS.staffIgnoring)})[^\\S\\n]+(?:[\\p{L}’'-]+[^\\S\\n]+){0,3}?(?:${wordAlt(WORDS.ignoredChecks)})(?![\\p{L}])`, 'u'),
  beforeCheck: new RegExp(`(?<![\\p{L}])(?:before[^\\S\\n]+(?:[\\p{L}’'-]+[^\\S\\n]+){0,4}?(?:had|have|has|were|was|could[^\\S\\n]+be)[^\\S\\n]+(?:been[^\\S\\n]+)?(?:${wordAlt(WORDS.checkParticiples)}))(?![\\p{L}])`, 'u'),
};
/** What a direction matched by RX.directedStaff / RX.directingStaff (its words `directed`, the content from there on
 *  `tail`) told staff to do is a wrong (see staffWrongs). */
function directedToWrong(directed: string, tail: string): boolean {
  const tos = [...directed.matchAll(/(?<![\p{L}])(?:(not)[^\S\n]+)?(?:to|of)[^\S\n]+/gu)];
  const to = tos[tos.length - 1];
  if (!to) return false;
  const what = (tail.slice((to.index ?? 0) + to[0].length).split(/[.;!?\n]/u)[0] ?? '').slice(0, 160);
  if (to[1]) return DIRECTED_WRONG.unrecorded.test(what) && !/^[“"‘']?report[^\S\n]+(?:to|for|back|at|in)(?![\p{L}])/u.test(what);
  if (DIRECTED_WRONG.wrong.test(what) || DIRECTED_WRONG.uncheckedMark.test(what)) return true;
  if (DIRECTED_WRONG.approval.test(what) && DIRECTED_WRONG.beforeCheck.test(what)) return true;
  if (DIRECTED_WRONG.ignoredCheck.test(what)) return true;
  if (DIRECTED_WRONG.discharge.test(what) && DIRECTED_WRONG.place.test(what)) return true;
  if (DIRECTED_WRONG.deferral.test(what) && DIRECTED_WRONG.upkeep.test(what)) return true;
  return /target/u.test(directed) && DIRECTED_WRONG.quota.test(what);
}

/** Roles of staff who do not speak for their employer (insiderRoles). */
const INSIDER_ROLES: ReadonlySet<string> = new Set(WORDS.insiderRoles);
/** "at the brewery", "the carrier’s maintenance base", "from the company": an insider's workplace (insiderWorkplaces). */
const INSIDER_WORKPLACE = new RegExp(`(?<![\\p{L}])(?:at|from|in|of)[^\\S\\n]+the[^\\S\\n]+(?:[\\p{Ll}-]+[’']s[^\\S\\n]+)?(${WORDS.insiderWorkplaces.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'u');
/** A speaker's role that speaks for or leads a body: its "managers had …" is the body's own account, not its staff's. */
/** A role no longer held ("former chief executive", "ex-director", "retired manager"). */
const FORMER_ROLE = /(?<![\p{L}])(?:former|ex-|retired|onetime|one-time)(?![\p{L}])/iu;
const STAFF_SPEAKS_FOR = /spokes|lawyer|attorney|counsel|solicitor|representative|agent|chief|director|chair|president|head|manager|executive|secretary|minister|official|owner|founder/iu;
/** Last words only a sports club's name ends in (CLUB_SHORT_HEADS and "FC"): an article naming one is a sports report. */
const SPORTS_CLUB_ENDS: ReadonlySet<string> = new Set([...CLUB_SHORT_HEADS, 'fc']);

/** A misfortune right after a word of regret ("regrets the deaths", "regret the loss of"). */
const REGRETTED_MISFORTUNE = new RegExp(`^[”"’']?[^\\S\\n]+(?:the[^\\S\\n]+|these[^\\S\\n]+|those[^\\S\\n]+|this[^\\S\\n]+)?(?:[\\p{L}-]+[^\\S\\n]+)?(?:${actWordList('misfortunes')})(?![\\p{L}])`, 'iu');
/** An "if"/"whenever" clause whose subject is anyone at all ("if you", "whenever someone"), up to a word after it. */
const GENERIC_CONDITION_BEFORE = /(?<![\p{L}])(?:if|whenever|when|even[^\S\n]+if)[^\S\n]+(?:you|anyone|anybody|someone|somebody|one)(?![\p{L}])[^.;:!?,—–]*$/iu;
/** A report of what someone else was told or warned, "had been warned … that", up to a word after it in its sentence. */
const NESTED_REPORT_BEFORE = new RegExp(`(?<![\\p{L}])(?:had[^\\S\\n]+been|was|were|been)[^\\S\\n]+(?:${WORDS.reportedToVerbs.map(escapeRegExp).join('|')})(?![\\p{L}])[^.;!?]*?(?<![\\p{L}])that(?![\\p{L}])[^.;!?]*$`, 'iu');
/** "succeed where confrontation has failed" (act-words.json successVerbs): the words before a "fail" word. */
const SUCCESS_WHERE_BEFORE = new RegExp(`(?<![\\p{L}])(?:${actWordList('successVerbs')})[^\\S\\n]+where[^\\S\\n]+[^.,;:!?\\n]{0,60}$`, 'iu');
/** A party named in the words between "where" and "failed": a capitalised word or a possessive ("Governor Ash's plan"). */
/** The clause told to an audience opening on a word that refers back to it ("… that its handling", "… they had"). */
const TOLD_OF_ITSELF = /^[^\S\n]*(?:[’']s[^\S\n]+)?(?:[\p{L}-]+[^\S\n]+){0,1}?(?:that[^\S\n]+)?(?:its|it|they|their|them|itself|themselves)(?![\p{L}])/iu;
const NAMED_PARTY_IN = /\p{Lu}|\p{L}[’']s?(?![\p{L}])/u;
/** After a party's name: its possessive and one of its works or claims (stance-words cautionedWork). */
const CAUTIONED_WORK_AFTER = new RegExp(`^[\\p{Lu}][\\p{L}.-]*(?:[^\\S\\n]+[\\p{Lu}][\\p{L}.-]*){0,4}[’']s?[^\\S\\n]+(?:[\\p{L}-]+[^\\S\\n]+)?(?:${WORDS.cautionedWork.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'iu');
/** Right before a party's name: the values it owns ("did not reflect the values of Hobmere Rovers"), not its conduct. */
/** After a party: it will answer any breach to come ("would respond firmly to any violation", "will retaliate against
 *  any attack"): stance-words responseVerbs. */
const RESPONDER_AFTER = new RegExp(`^[^\\S\\n]+(?:would|will|could|shall|is[^\\S\\n]+ready[^\\S\\n]+to|was[^\\S\\n]+ready[^\\S\\n]+to)[^\\S\\n]+(?:[\\p{Ll}]+ly[^\\S\\n]+)?(?:not[^\\S\\n]+hesitate[^\\S\\n]+to[^\\S\\n]+)?(?:${WORDS.responseVerbs.map(escapeRegExp).join('|')})(?:[^\\S\\n]+[\\p{Ll}]+ly)?[^\\S\\n]+(?:to|against)[^\\S\\n]+(?:any|every)(?![\\p{L}])`, 'u');
/** A body's abbreviation in brackets after its name ("the Harbour Licensing Office (HLO) had …"): part of the subject. */
const ABBREVIATION_IN_BRACKETS = /^[^\S\n]*\([\p{Lu}&.-]{2,12}\)/u;
/** Between a subject and a later "its own": a clause boundary or opener, after which "its" may be another's. */
const OTHER_CLAUSE_BETWEEN = /[,;:.!?"“”()]|(?<![\p{L}])(?:that|which|who|whom|whose|because|after|before|when|while|but|and|or|if|since|than|said|says|told)(?![\p{L}])/iu;
/** "Hollis's attack on ", "his remarks about the judge, ": an owner's possessive, an act or words (ownedActNouns, one
 *  modifier before it or none),
 *  then a preposition of ownedActPrepositions, and at most a described apposition ("the judge, ") before the mention. */
const OWNED_ACT_BEFORE = new RegExp(`(?:[’']s?|(?<![\\p{L}])(?:his|her|their|its))(?:[^\\S\\n]+[\\p{Ll}-]+)?[^\\S\\n]+(?:${WORDS.ownedActNouns.map(escapeRegExp).join('|')})[^\\S\\n]+(?:${WORDS.ownedActPrepositions.map(escapeRegExp).join('|')})[^\\S\\n]+(?:(?:the|a|an)[^\\S\\n]+)?(?:[\\p{Ll}-]+(?:[^\\S\\n]+[\\p{Ll}-]+){0,2},[^\\S\\n]+)?$`, 'u');
/** A link that makes the phrase before it the subject of the charge, in its sentence ("…, was the textbook definition"). */
const CHARGE_LINK_AFTER = new RegExp(`^[^.!?;:]{0,80}?,?[^\\S\\n]+(?:${WORDS.chargeLinks.map((w) => escapeRegExp(w).replace(/ /gu, '[^\\S\\n]+')).join('|')})(?![\\p{L}])`, 'iu');
const VALUES_OF_BEFORE = /(?<![\p{L}])(?:values|standards|ethos|principles)[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?$/iu;
/** After a party's name: a clause of what it did while it was harmed, "was injured while attacking officers", "after
 *  he assaulted a guard" (its verb, active, is read against stance-words harmDone; not "after he was attacked"). */
const DOER_CLAUSE_AFTER = /^[^.;!?]{0,80}?(?<![\p{L}])(?:while|after|when|as|before)[^\S\n]+(?:(?:he|she|they)[^\S\n]+(?:had[^\S\n]+)?(\p{L}+)|(\p{L}+ing)(?![\p{L}]))/iu;
/** A verb of arriving at talks, then at most four words ("come here", "came to the table", "entered these talks"):
 *  act-words goodFaithArrivals. */
const ARRIVED_BEFORE = new RegExp(`(?<![\\p{L}’'])(?:${actWordList('goodFaithArrivals')})(?:[^\\S\\n]+[\\p{L}’'-]+){0,4}?[^\\S\\n]+$`, 'iu');
/** "was now pretending it had nothing to do with …", "acts as if it had done nothing wrong": a denial under a verb of pretence
 *  (act-words pretenceVerbs, at most six words between, in the same clause) is imputed to another party as deceit. */
const PRETENCE_BEFORE = new RegExp(`(?<![\\p{L}’'])(?:${actWordList('pretenceVerbs')})(?:[^\\S\\n]+[\\p{L}’'-]+){0,6}?[^\\S\\n]+$`, 'iu');
/** The verb of pretence itself, for the evidence. */
const PRETENCE_WORD = new RegExp(`(?:${actWordList('pretenceVerbs')})`, 'iu');
/** The words before a verb of pretence that deny it or make it the speaker's own: a negation, "nobody", or "we"/"I" as its
 *  subject, with at most one word between ("We are not pretending", "Nobody is pretending", "we're pretending"). */
const PRETENCE_DISOWNED = /(?:(?<![\p{L}])(?:not|never|nobody|no[^\S\n]+one|we|i)|n[’']t|[’'](?:re|m))(?:[^\S\n]+[\p{L}’']+)?[^\S\n]*$/iu;
/** "confirmed the threat", "had identified the danger": a danger noun as the object of a past verb of finding (act-words
 *  dangerFoundVerbs), one modifier at most between, and (DANGER_FOUND_AFTER) ending its clause. */
const DANGER_FOUND_BEFORE = new RegExp(`(?<![\\p{L}’'])(?:${actWordList('dangerFoundVerbs')})[^\\S\\n]+(?:the|a|that|this|any|its|their)(?:[^\\S\\n]+[\\p{L}-]+)?[^\\S\\n]+$`, 'iu');
const DANGER_FOUND_AFTER = /^(?:[^\S\n]*(?:[.,;!?)"”’]|$)|[^\S\n]+(?:and|on|at|in|before|after|from|by|to[^\S\n]+(?:the|their|its))(?![\p{L}]))/iu;
/** After "no": an optional modifier, a justification noun and "for" a thing, not a fear allayed nor "for someone to …"
 *  (act-words justificationNouns, allayedFears). */
const UNJUSTIFIED_AFTER = new RegExp(`^[^\\S\\n]+(?:[\\p{L}-]+[^\\S\\n]+)?(?:${actWordList('justificationNouns')})[^\\S\\n]+for[^\\S\\n]+(?!(?:${actWordList('allayedFears')})(?![\\p{L}]))(?![^.;!?\\n]{0,40}?(?<![\\p{L}])to[^\\S\\n]+[\\p{L}])`, 'iu');
const NO_JUSTIFICATION = /(?<![\p{L}])there[^\S\n]+(?:is|was|can[^\S\n]+be|could[^\S\n]+be|has[^\S\n]+been)[^\S\n]+(?:absolutely[^\S\n]+|simply[^\S\n]+)?no(?![\p{L}])/iu;
/** "would work in good faith", "agreed to negotiate in good faith": a pledge, then a verb and at most two words. */
const PLEDGED_BEFORE = new RegExp(`(?:(?<![\\p{L}’'])(?:${actWordList('pledgedConductBefore')})|(?<=\\p{L})[’']ll)(?:[^\\S\\n]+(?:continue|also|always|still)(?:[^\\S\\n]+to)?)?[^\\S\\n]+[“"‘]?[\\p{L}-]+(?:[^\\S\\n]+[\\p{L}-]+){0,2}[^\\S\\n]+$`, 'iu');
/** What "follow" takes as an object when it is a plan ("follow the data", "follow up", "follow suit"). */
const FOLLOWED_OBJECT_AFTER = /^[^\S\n]+(?:the|this|that|these|those|its|their|our|his|her|my|your|a|an|every|each|all|any|up|through|suit|orders|guidance|advice|procedure|procedures|rules|instructions|evidence|data|science|law)(?![\p{L}])/iu;
/** One of warningStates, the whole of a warning match. */
const WARNING_STATE = new RegExp(`^(?:${WORDS.warningStates.map((w) => escapeRegExp(w.replace(/\*$/u, '')) + (w.endsWith('*') ? '\\p{L}*' : '')).join('|')})$`, 'iu');
/** A word that foresees: a modal of the future or of a condition (and "’ll"), a condition, a risk. */
const WARNING_PROSPECT = new RegExp(`(?<![\\p{L}])(?:${WORDS.warningProspects.map(escapeRegExp).map((w) => w.replace(/ /gu, '[^\\S\\n]+')).join('|')})(?![\\p{L}])|[’']ll(?![\\p{L}])`, 'iu');
/** The speaker's own feeling before a state word, "I am deeply concerned", "we were alarmed", reported "she was “deeply
 *  concerned”" (LABELS.md: raising concerns warns); not others' ("they are concerned with …", "voters were alarmed"). */
/** A party (its name or pronoun, at the slice's start) said to feel a feeling: "she was “heartbroken”", "Ms Orme was
 *  deeply shocked". */
const FEELER_AFTER = new RegExp(`^[\\p{L}.’'-]*(?:[^\\S\\n]+[\\p{Lu}][\\p{L}.’'-]*){0,3}[^\\S\\n]+(?:am|are|is|was|were|felt|feels|feel|remain|remains|remained|(?:have|has|had)[^\\S\\n]+been)[^\\S\\n]+[“"‘]?(?:(?:${WORDS.ownStateDegrees.map(escapeRegExp).join('|')}),?[^\\S\\n]+)*[“"‘]?(?:${WORDS.ownFeelings.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'iu');
const OWN_STATE_BEFORE = new RegExp(`(?<![\\p{L}’'-])(?:I|we|he|she|it)(?:[^\\S\\n]+(?:am|are|is|was|were|remain|remains|remained|(?:have|has|had)[^\\S\\n]+been)|[’'](?:m|re))[^\\S\\n]+[“"‘]?(?:(?:${WORDS.ownStateDegrees.map(escapeRegExp).join('|')}),?[^\\S\\n]+)*[“"‘]?$`, 'iu');
/** A rival's claim judged false, "Wimfold’s false claim", "the senator’s absurd and inaccurate assertion": a third party named
 *  in the possessive, up to the judgement word (GUIDE decisions 22, 23: a denial answers a charge about one's own side). */
const OTHERS_CLAIM_BEFORE = /(?<![\p{L}])\p{Lu}[\p{L}.-]*(?:[^\S\n]+\p{Lu}[\p{L}.-]*)*[’']s[^\S\n]+(?:[\p{Ll}-]+[^\S\n]+){0,3}$/u;
/** A claim noun right after the judgement word (rebutted). */
const CLAIM_AFTER = new RegExp(`^[^\\S\\n]+(?:${WORDS.rebutted.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'iu');
/** A first-person word (the claim might be about the speaker's side). */
const FIRST_PERSON_WORD = /(?<![\p{L}’'-])(?:I|me|my|we|us|our)(?![\p{L}’'-])/u;
/** A state left or escaped, "from the crisis", "from this disaster": a harm present or past, not foretold. */
const ESCAPED_STATE_BEFORE = /(?<![\p{L}])from[^\S\n]+(?:(?:the|a|an|this|that|its|their|our|his|her)[^\S\n]+)?(?:[\p{L}’'-]+[^\S\n]+){0,2}$/iu;
/** A condition opening the clause that leads up to a word: "if the firm is sure it did ", "unless they can show it was ". */
const CONDITION_BEFORE = /(?<![\p{L}])(?:if|unless)(?![\p{L}])[^.;:!?,—–]*$/iu;
/** "hard to reverse", "unlikely to resign", "too late to halt" (stance-words demandRejectBefore). */
/** "is not how …", "isn't the way …" before a "should": the way a thing ought to be done set against how it was. */
const NOT_HOW_BEFORE = /(?<![\p{L}])(?:is|was|are|were)(?:[^\S\n]+not|n[’']t)[^\S\n]+(?:how|the[^\S\n]+way)(?![\p{L}])[^.;:!?\n]{1,50}$/iu;
const DEMAND_REJECT_BEFORE = new RegExp(`(?<![\\p{L}])(?:${WORDS.demandRejectBefore.map(escapeRegExp).join('|').replace(/ /gu, '[^\\S\\n]+')})[^\\S\\n]+to[^\\S\\n]+$`, 'iu');
/** After a state word, its own prospect of being undone: "… would be hard to reverse", "… will prove difficult to end". */
const STATE_HARD_TO_UNDO_AFTER = new RegExp(`^(?:[^\\S\\n]+(?:of|in|at|on|over|between)[^\\S\\n]+(?:[\\p{L}’'-]+[^\\S\\n]+){0,3}?[\\p{L}’'-]+)?[^\\S\\n]+(?:would|will|could|may|might)[^\\S\\n]+(?:be|prove)[^\\S\\n]+(?:(?:very|so|extremely|too)[^\\S\\n]+)?(?:${WORDS.demandRejectBefore.map(escapeRegExp).join('|').replace(/ /gu, '[^\\S\\n]+')})[^\\S\\n]+to(?![\\p{L}])`, 'iu');
/** The speaker's own side as the subject of a shortfall, in the clause before it ("we fell short", "our handling that
 *  evening fell short", "it fell short"): then an admission; any other subject's shortfall is not the speaker's. */
const OWN_SHORTFALL_BEFORE = /(?<![\p{L}’'])(?:i|we|our|my|it|its|us)(?![\p{L}’'])[^.;:!?,—–]*$/iu;
/** Before "second-guess": a negation or a judgement of how easy it is ("will not second-guess", "easy to second-guess"). */
const REFUSED_SECOND_GUESS_BEFORE = /(?:(?<![\p{L}])(?:not|never|easy|easier|tempting)|n[’']t)[^\S\n]+(?:to[^\S\n]+)?[“"‘']?$/iu;
/** Before "an afterthought": a verb of treating or ranking, at most five words and "as" ("treating security as"), or a
 *  copula with at most an adverb ("safety was always"). */
const AFTERTHOUGHT_RANKED_BEFORE = /(?<![\p{L}])(?:(?:treat(?:s|ed|ing)?|regard(?:s|ed|ing)?|seen|viewed|handled)(?:[^\S\n]+[^\s.;:!?]+){0,5}?[^\S\n]+as|(?:is|was|are|were|been|be|became|become|remains|remained)(?:[^\S\n]+(?:just|only|merely|always|still|often|never|little[^\S\n]+more[^\S\n]+than))?)[^\S\n]+$/iu;
/** "calling it a", "branded the plan a", "described it as a": a label another gives, reported before the labelling word. */
const LABEL_REPORTED_BEFORE = /(?<![\p{L}])(?:call|calls|called|calling|brand|brands|branded|branding|label|labels|labelled|labeled|labelling|labeling|dub|dubs|dubbed|describe|describes|described|describing)[^\S\n]+(?:it|this|that|them|the[^\S\n]+[\p{L}’'-]+)[^\S\n]+(?:as[^\S\n]+)?(?:a|an)[^\S\n]+[“"‘']?$/iu;
/** After "fell short": a measure missed ("by 2 percent", "of forecasts", "of analysts' expectations"). */
const MEASURED_SHORTFALL_AFTER = /^[^\S\n]+(?:by(?![\p{L}])|of[^\S\n]+(?:[\p{L}’'-]+[^\S\n]+){0,2}?(?:expectations|forecasts?|estimates?|projections?|predictions?|consensus|targets?|\d))/iu;
/** "cannot possibly", "could not possibly", "couldn't possibly": the modal's negation made emphatic. */
const EMPHATIC_IMPOSSIBILITY_BEFORE = /(?<![\p{L}])(?:cannot|can[^\S\n]+not|can[’']t|could[^\S\n]+not|couldn[’']t)[^\S\n]+$/iu;
/** "losses from fraud", "protect its customers against online theft", "insurance against fraud": a word of loss or
 *  protection, then "from"/"against" and at most one modifier before the wrongdoing noun (stance-words
 *  harmCategoryBefore). The noun names a kind of harm, done by no one the sentence names. */
const HARM_CATEGORY_BEFORE = new RegExp(`(?<![\\p{L}])(?:${WORDS.harmCategoryBefore.map(escapeRegExp).join('|')})(?:[^\\S\\n]+[\\p{Ll}’']+){0,3}?[^\\S\\n]+(?:from|against)[^\\S\\n]+(?:[\\p{Ll}-]+[^\\S\\n]+)?$`, 'iu');
function harmCategory(m: RegExpExecArray, text: string): boolean {
  // (a bare noun only: "losses from the bank's fraud" pins it on the bank)
  if (/^(?:the|a|an|its|their|his|her|this|that)$/iu.test(/([\p{L}]+)[^\S\n]+$/u.exec(text.slice(Math.max(0, m.index - 20), m.index))?.[1] ?? '')) return false;
  return /^[\p{Ll}]/u.test(m[0]) && HARM_CATEGORY_BEFORE.test(text.slice(Math.max(0, m.index - 80), m.index));
}
/** A clause that only supposes or asks what follows it: "if the evidence shows the firm misled us", "unless they broke
 *  the rules", "an investigation into whether the platform breached its duty". A wrongful act or a fault named there is
 *  not pinned on anyone ("as if" compares: "treated us as if we were criminals" still charges). */
const SUPPOSED_BEFORE = /(?<![\p{L}])(?<!as[^\S\n]+)(?:if|unless|whether)(?![\p{L}])[^.;:!?,—–]*$/iu;
/** A step held over a party on a condition (GUIDE decisions 24 and 49): "If the evidence shows they misled us, we will
 *  act", "unless the firm pays, we will not hesitate to …" (stance-words.json conditionalSteps). */
const CONDITIONAL_STEP = new RegExp(`(?<![\\p{L}])(?<!as[^\\S\\n]+)(?:[iI]f|[uU]nless)(?![\\p{L}])[^.;:!?—–]{3,160}?,[^\\S\\n]*(?:we|i|they|the[^\\S\\n]+[\\p{L}-]+)[^\\S\\n]+(?:will|would|shall)[^\\S\\n]+(?:(?:${WORDS.conditionalSteps.map(escapeRegExp).map((w) => w.replace(/ /gu, '[^\\S\\n]+')).join('|')})(?![\\p{L}])(?![^\\S\\n]+(?:on|as|for|in|upon)(?![\\p{L}])))`, 'iu');
function conditionalStep(content: string, off: number): Evidence | null {
  const m = CONDITIONAL_STEP.exec(content);
  return m ? { rule: '', start: off + m.index, end: off + m.index + m[0].length, text: m[0] } : null;
}
/** An "if" or "unless" earlier in the same sentence. */
const CONDITION_IN_SENTENCE_BEFORE = /(?<![\p{L}])(?:if|unless)(?![\p{L}])[^.!?]*$/iu;
/** A harm word negated right before it: "were not at risk", "is no threat to", "never in danger"; "no" with one
 *  qualifier between ("there had been no credible threat", "no immediate danger"); a subject that denies the harm was
 *  done ("Nobody threatened us", "no one was threatened"). */
const NEGATED_HARM_BEFORE = new RegExp(`(?<![\\p{L}])(?:(?:not|never|no|no[^\\S\\n]+longer|n[’']t)[^\\S\\n]+(?:(?:any|a|in|at[^\\S\\n]+any[^\\S\\n]+time|ever|been|be)[^\\S\\n]+){0,2}`
  + `|no[^\\S\\n]+(?!(?:${WORDS.negatedHarmNonQualifiers.map(escapeRegExp).join('|')})(?![\\p{L}]))[\\p{L}-]+[^\\S\\n]+`
  + `|(?:nobody|no[^\\S\\n]+one)[^\\S\\n]+(?:(?:has|had|have|was|were|is|ever|been|even)[^\\S\\n]+){0,2})$`, 'iu');
/** A sanction or finding negated before a wrongdoing word in its clause: "has not been fined for water quality
 *  breaches", "has never been found guilty of any wrongdoing", "was never charged with a crime" (stance-words
 *  clearedSanctions). Up to four words between the preposition and the wrong, none a possessive or demonstrative, which
 *  would make the wrong the party's own ("was never punished for its fraud" still tells the fraud). */
const NEGATED_SANCTION_BEFORE = new RegExp(`(?<![\\p{L}])(?:not|never|n[’']t)[^\\S\\n]+(?:(?:yet|once|ever|previously|formally|officially|successfully|been)[^\\S\\n]+){0,3}(?:${WORDS.clearedSanctions.map(escapeRegExp).map((w) => w.replace(/ /gu, '[^\\S\\n]+')).join('|')})(?:[^\\S\\n]+(?:of|for|with|over))?[^\\S\\n]+`
  + `(?:(?!(?:the|its|their|his|her|our|my|your|this|that|these|those)(?![\\p{L}]))[\\p{L}-]+[^\\S\\n]+){0,4}$`, 'iu');
/** A harm (stance-words negatableHarms) whose subject is negated in its clause: "no ward had been left unsafe", "nobody
 *  was harmed", "none of the patients was put in danger": the harm is denied, no criticism, wrong or warning. */
const NEGATABLE_HARM = new RegExp(`^(?:${WORDS.negatableHarms.map(escapeRegExp).map((w) => w.replace(/ /gu, '[^\\S\\n]+')).join('|')})$`, 'iu');
const NEGATED_SUBJECT_HARM_BEFORE = new RegExp(`(?<![\\p{L}])(?:nobody|no[^\\S\\n]+one|none[^\\S\\n]+of[^\\S\\n]+(?:the|our|its|their|them|us)(?:[^\\S\\n]+[\\p{L}-]+)?|no[^\\S\\n]+(?!(?:${WORDS.negatedHarmNonQualifiers.map(escapeRegExp).join('|')})(?![\\p{L}]))(?:[\\p{L}-]+[^\\S\\n]+)?[\\p{L}-]+)`
  + `[^\\S\\n]+(?:has|had|have|was|were|is|are|will|would|could)(?:[^\\S\\n]+(?:ever|been|be|being|left|put|made|kept|placed|felt|at|in|any|way|time|point))*[^\\S\\n]+$`, 'iu');
/** Whether a harm word is one a negated subject denies in its clause (NEGATED_SUBJECT_HARM_BEFORE). */
function negatedSubjectHarm(m: RegExpExecArray, text: string): boolean {
  return NEGATABLE_HARM.test(m[0]) && NEGATED_SUBJECT_HARM_BEFORE.test(text.slice(Math.max(0, m.index - 80), m.index));
}
/** An adverse event negated just before it: "has not been fined", "was never charged" (it did not happen). */
const NEGATED_EVENT_BEFORE = /(?<![\p{L}])(?:not|never|n[’']t)[^\S\n]+(?:(?:yet|once|ever|previously|formally|officially|been)[^\S\n]+){0,3}$/iu;
/** A praise verb with a third party as its subject: "now he applauds the fire brigade", "they welcomed the report": praise
 *  the speaker reports, not the speaker's own (stance-words.json praiseVerbStems). */
const REPORTED_PRAISE_VERB = new RegExp(`^(?:${WORDS.praiseVerbStems.map(escapeRegExp).join('|')})\\p{L}*$`, 'iu');
const PRAISE_SUBJECT_ADVERBS = '(?:[^\\S\\n]+(?:now|then|also|even|still|just|only|has|have|had|is|was|are|were|will|would|suddenly|publicly))*[^\\S\\n]+$';
/** In a direct quote "he", "she", "they" and "it" are third parties; in an indirect content they are often the speaker
 *  ("the council said it welcomed the ruling"), so only a capitalised name counts there. */
const THIRD_PARTY_PRONOUN_BEFORE = new RegExp(`(?<![\\p{L}’'])(?:[hH]e|[sS]he|[tT]hey|[iI]t)${PRAISE_SUBJECT_ADVERBS}`, 'u');
const NAME_SUBJECT_BEFORE = new RegExp(`(?<![\\p{L}’'.!?“"‘][^\\S\\n]*)(?<![\\p{L}’'])(?!(?:We|You|They|He|She|It|This|That|These|Those|There|Here|Now|Today|And|But|So)(?![\\p{L}]))\\p{Lu}\\p{Ll}+${PRAISE_SUBJECT_ADVERBS}`, 'u');
/** Whether a praise word is a praise verb whose subject is a third party (REPORTED_PRAISE_VERB). */
function reportedPraise(content: string, off: number, e: Evidence, type: string): boolean {
  if (!REPORTED_PRAISE_VERB.test(e.text ?? '')) return false;
  const before = content.slice(Math.max(0, e.start! - off - 60), e.start! - off);
  return NAME_SUBJECT_BEFORE.test(before) || (type === 'direct' && THIRD_PARTY_PRONOUN_BEFORE.test(before));
}
/** Before a regret or an apology: a negation ("no regrets", "not sorry", "without apologising", "never apologised"). */
const NEGATED_ADMISSION_BEFORE = /(?<![\p{L}])(?:no|not|never|without|nor|n[’']t)[^\S\n]+(?:(?:any|real|single|the[^\S\n]+slightest|ever|once|even|been|feel|felt)[^\S\n]+){0,2}$/iu;
/** Before an apology: another party's duty to make it ("Dragan should apologise", "the minister must apologise", "called
 *  for him to apologise"), not the speaker's own ("we should have apologised", first person, stays an admission). */
const OWED_APOLOGY_BEFORE = /(?<![\p{L}’'])(?!(?:I|we|We)(?![\p{L}]))[\p{L}’'-]+[^\S\n]+(?:should|must|ought[^\S\n]+to|needs?[^\S\n]+to|has[^\S\n]+to|have[^\S\n]+to)(?:[^\S\n]+(?:now|also|publicly|immediately))?[^\S\n]+$/u;
/** After "thanked": the speaker as its object ("thanked me", "thanked us"). */
const THANKED_SPEAKER_AFTER = /^[^\S\n]+(?:me|us)(?![\p{L}])/iu;
/** A denial's "no" followed by a word it does not deny: "no money", "no more time", "no other choice", "no doubt". */
const DENIAL_REJECT_AFTER = new RegExp(`^[^\\S\\n]+(?:(?:more|other|real|extra|further|spare|enough)[^\\S\\n]+)?(?:${WORDS.denialRejectAfter.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'iu');

/** After a passive "denied": the thing refused ("were denied access", "was denied bail"), not "by" or a clause's end. */
const REFUSED_THING_AFTER = /^[^\S\n]+(?!by(?![\p{L}]))(?:the[^\S\n]+|a[^\S\n]+|an[^\S\n]+|any[^\S\n]+)?\p{L}/iu;
const MAXIM_AFTER_NOBODY = new RegExp(`^[^\\S\\n]+(?:${actWordList('maximsAfterNobody')})(?=[^\\S\\n]*[”"’']?[^\\S\\n]*(?:[.,;:!?)—–]|$|(?:and|but)(?![\\p{L}])))`, 'iu');
const GUARDED_WRONG_BEFORE = new RegExp(`(?<![\\p{L}])(?:${actWordList('guardedWrongBefore')})(?:[^\\S\\n]+(?:${actWordList('guardedWrongBetween')})){0,2}[^\\S\\n]+$`, 'iu');
const INVESTIGATED_WRONG_BEFORE = new RegExp(`(?<![\\p{L}])(?:${actWordList('investigatedWrongBefore')})(?:[^\\S\\n]+[\\p{Ll}-]+){0,2}?[^\\S\\n]+$`, 'iu');
const INVESTIGATED_WRONG_AFTER = new RegExp(`^[^\\S\\n]+(?:${actWordList('investigatedWrongAfter')})(?![\\p{L}])`, 'iu');
/** A modal or "to" passive just before a participle: "would be", "will still be", "are to be", "must be". */
const MODAL_PASSIVE_BEFORE = /(?<![\p{L}])(?:will|would|shall|must|to)(?:[^\S\n]+(?:still|all|also|fully|always))?[^\S\n]+be[^\S\n]+(?:(?:fully|still)[^\S\n]+)?$/iu;
const KEPT_COMMITMENT_BEFORE = new RegExp(`(?<![\\p{L}])(?:${actWordList('keptCommitments')})${'[^\\S\\n]+'}(?:that|which)(?![\\p{L}])[^.;:!?,\\n]{0,50}$`, 'iu');
const KEPT_COMMITMENT_AFTER = new RegExp(`^[^\\S\\n]+(?:(?:every|each|all|both|its|their|our|his|her|the|this|that|a|an|any)[^\\S\\n]+)?(?:(?:line|lines|clause|clauses|word|part|letter|term|condition|conditions)[^\\S\\n]+of[^\\S\\n]+)?(?:(?:the|this|that|its|their|our|his|her)[^\\S\\n]+)?(?:[\\p{L}\\p{N}’'-]+[^\\S\\n]+){0,2}?(?:${actWordList('keptCommitments')})(?![\\p{L}])`, 'iu');

const FINDING_CUES = new Set(WORDS.findingCues);
/** Cues whose content's opening subject is the party whose conduct it tells (stance-words conductCues). */
const CONDUCT_CUES: ReadonlySet<string> = new Set(WORDS.conductCues);
/** The acts under which CONDUCT_CUES read conduct: their own (claim: CLAIM, find: REVEAL). */
const CONDUCT_ACTS: ReadonlySet<Act> = new Set<Act>(['CLAIM', 'REVEAL']);
/** A pronoun opening the content ("it had pushed …"): a mention the resolved name is not written at. */
const OPENING_PRONOUN = /^(?:it|they|he|she)(?![\p{L}])/iu;
/** Before a party's mention, what may stand between the content's start and it when it opens the content. */
const OPENING_LEAD = /^[^\S\n]*[“"‘']?[^\S\n]*(?:(?:the|a|an)[^\S\n]+)?$/iu;
const FINDING_BODY = new RegExp(`(?<![\\p{L}])(?:${WORDS.findingBodies.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'iu');
/** A document, or a body or office whose name, mention or role says it investigates ("the inquiry", "an audit panel"). */
function findingBody(speaker: Speaker): boolean {
  if (speaker.kind === 'document') return true;
  return [speaker.name, speaker.mention?.text ?? '', speaker.role ?? ''].some((w) => FINDING_BODY.test(w));
}

/** One sentence ends and another begins ("… go? We want …"; between the pieces of a split quote, blanks). */
const SENTENCE_BREAK = /[.!?…][”"’']?[^\S\n]*[\s]+[“"‘']?\p{Lu}/u;

/** The content with its questions (each sentence that ends in "?") blanked, offsets kept. One pass over the sentence
 * ends: a pattern tried at every character (`[^.!?…]*\?`) read each sentence again from each of its characters. */
function withoutQuestions(content: string): string {
  let out = '';
  let start = 0;
  for (const end of content.matchAll(/[.!?…]+/gu)) {
    const stop = end.index + end[0].length;
    out += end[0].includes('?') ? ' '.repeat(stop - start) : content.slice(start, stop);
    start = stop;
  }
  return out + content.slice(start);
}

/** The words after the last "but" that opens a clause or a sentence ("… good at cutting prices. But it has pushed …",
 * "…, but it has pushed …"), if at least three words follow it; else the whole content. Not a "but" inside a phrase
 * ("painful but necessary", "anything but fair"). */
function afterLastBut(content: string): string {
  let at = -1;
  for (const m of content.matchAll(/(?:^|[,;:.!?…—–][”"’']?[^\S\n]*[“"‘']?)[Bb]ut(?![\p{L}])/gu)) at = (m.index ?? 0) + m[0].length;
  if (at < 0) return content;
  const rest = content.slice(at);
  return (rest.match(/\p{L}+/gu) ?? []).length >= 3 ? rest : content;
}

/** A content's text with everything outside its pieces (the attribution between them) replaced by spaces. */
export function ownWords(span: { start: number; text: string; pieces?: ReadonlyArray<{ start: number; end: number }> | undefined }): string {
  const pieces = span.pieces;
  if (!pieces || pieces.length < 2) return span.text;
  let out = '';
  let at = 0;
  for (const p of [...pieces].sort((a, b) => a.start - b.start)) {
    const from = Math.max(at, p.start - span.start);
    const to = Math.min(span.text.length, p.end - span.start);
    if (from > at) out += ' '.repeat(from - at);
    if (to > from) { out += span.text.slice(from, to); at = to; } else at = Math.max(at, from);
  }
  return out + ' '.repeat(span.text.length - at);
}

function firstMatch(rx: RegExp, text: string, offset: number, starts?: WordStarts): Evidence | null {
  const m = firstWordListMatch(rx, text, starts);
  if (!m) return null;
  return { rule: '', start: offset + m.index, end: offset + m.index + m[0].length, text: m[0] };
}

/**
 * The first match of each vocabulary list in a statement's content, each found on first use. (A class: its getters
 * live on the prototype, where an object literal of getters made thirteen closures per statement.)
 */
class LazyMatches {
  private readonly memo = new Map<string, Evidence | null>();
  private startsMemo: WordStarts | undefined;
  constructor(private readonly content: string, private readonly off: number) {}
  /** Where the content's words start, listed once for every list read on it. */
  get starts(): WordStarts { return (this.startsMemo ??= wordStarts(this.content)); }
  private get(name: string, rx: RegExp): Evidence | null {
    let v = this.memo.get(name);
    if (v === undefined) { v = firstMatch(rx, this.content, this.off, this.starts); this.memo.set(name, v); }
    return v;
  }
  /**
   * The first match of `rx` in the content that `skip` does not set aside; a skipped match is blanked and the search
   * goes on after it (at most 20 times).
   */
  private getSkipping(name: string, rx: RegExp, skip: (m: RegExpExecArray, text: string) => boolean): Evidence | null {
    let v = this.memo.get(name);
    if (v === undefined) {
      let text = this.content;
      let m = firstWordListMatch(rx, text, this.starts);
      for (let guard = 0; m && guard < 20 && skip(m, text); guard++) {
        text = text.slice(0, m.index) + ' '.repeat(m[0].length) + text.slice(m.index + m[0].length);
        m = firstWordListMatch(rx, text);
      }
      v = m ? { rule: '', start: this.off + m.index, end: this.off + m.index + m[0].length, text: m[0] } : null;
      this.memo.set(name, v);
    }
    return v;
  }
  // "there is no money left", "there was no alternative"; and "If Pimham is confident it did nothing wrong, it should …":
  // a denial supposed in a condition denies nothing.
  get denial(): Evidence | null {
    // ("was now pretending it had nothing to do with the closures", "acts as if it had done nothing wrong": another
    // party's denial, imputed as a pretence, is not the speaker's own; first, before "if" is read as a condition)
    return this.getSkipping('denial', RX.denial, (m, text) => this.pretended(m, text) || this.unjustified(m, text) || (/(?<![\p{L}])no$/iu.test(m[0]) && DENIAL_REJECT_AFTER.test(text.slice(m.index + m[0].length)))
      || CONDITION_BEFORE.test(text.slice(Math.max(0, m.index - 120), m.index))
      // ("when individuals make misleading or false statements", "charged with filing false reports": the making of a
      // falsehood described, an offence, not a claim the speaker denies)
      || (/^(?:false|untrue|inaccurate|fabricat)/iu.test(m[0]) && FALSEHOOD_MADE_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index)))
      // ("Wimfold’s false claim that …": a rival's claim judged, not a charge about the speaker's side answered)
      || (/^(?:false|untrue|inaccurate|baseless|unfounded)$/iu.test(m[0]) && CLAIM_AFTER.test(text.slice(m.index + m[0].length))
        && OTHERS_CLAIM_BEFORE.test(text.slice(Math.max(0, m.index - 80), m.index)) && !FIRST_PERSON_WORD.test(text))
      // "We reject applications that arrive late": a first-person "reject" denies only a claim or a charge (its object,
      // later in the sentence, or "that"/"this"/"it" pointing back to one).
      || (/reject$/iu.test(m[0]) && !REBUTTED.test(text.slice(m.index + m[0].length)))
      // "both sides would negotiate in good faith": a pledge of conduct to come, no defence of conduct charged
      || (/^in[^\S\n]+good[^\S\n]+faith$/iu.test(m[0]) && PLEDGED_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index)))
      // ("We have come here in good faith", "they came to the table in good faith": arriving at talks, a stance for the
      // talks ahead, no defence of conduct charged; "sold the scanners in good faith" still defends)
      || (/^in[^\S\n]+good[^\S\n]+faith$/iu.test(m[0]) && ARRIVED_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index)))
      // "Observers were denied access to …", "he was denied bail": the passive with an object left is a thing refused
      // to someone, the event reported, not a charge denied ("the claims were denied by the firm" still denies)
      || (/^denied$/iu.test(m[0]) && PASSIVE_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index)) && REFUSED_THING_AFTER.test(text.slice(m.index + m[0].length))));
  }
  // ("There is no scientific reason for a price of this kind": a justification denied, a criticism read by
  // neutralContentAct, not a denial)
  private unjustifiedSeen: Evidence | null = null;
  private unjustified(m: RegExpExecArray, text: string): boolean {
    if (!/(?<![\p{L}])no$/iu.test(m[0]) || !UNJUSTIFIED_AFTER.test(text.slice(m.index + m[0].length))) return false;
    const n = NO_JUSTIFICATION.exec(text.slice(Math.max(0, m.index - 30), m.index + m[0].length));
    if (n) {
      const at = this.off + Math.max(0, m.index - 30) + n.index;
      this.unjustifiedSeen ??= { rule: '', start: at, end: at + n[0].length, text: n[0] };
    }
    return true;
  }
  /** "There is no … reason for …": a justification denied to a thing (a criticism of it). */
  get unjustifiedThing(): Evidence | null { void this.denial; return this.unjustifiedSeen; }
  private pretenceSeen: Evidence | null = null;
  private pretended(m: RegExpExecArray, text: string): boolean {
    const before = text.slice(Math.max(0, m.index - 80), m.index);
    const p = PRETENCE_BEFORE.exec(before);
    if (!p) return false;
    // (not a pretence denied, "We are not pretending there is no problem", "Nobody is pretending …", nor the speaker's own)
    if (PRETENCE_DISOWNED.test(before.slice(Math.max(0, p.index - 30), p.index))) return false;
    const w = PRETENCE_WORD.exec(p[0]);
    const at = this.off + Math.max(0, m.index - 80) + p.index;
    this.pretenceSeen ??= { rule: '', start: at, end: at + (w ? w[0].length : 0), text: w ? w[0] : p[0].trim() };
    return true;
  }
  /** A verb of pretence over a denial ("pretending it had nothing to do with …"): the deceit the speaker imputes. */
  get pretence(): Evidence | null { void this.denial; return this.pretenceSeen; }
  get negation(): Evidence | null { return this.get('negation', RX.negation); }
  // "If the evidence shows Loopline misled us, we will act", "an inquiry into whether the firm broke the rules": a wrongful
  // act supposed or investigated is pinned on no one.
  // ("would reimburse any losses from fraud", "to tackle corruption": a risk guarded against names no wrongdoer)
  get wrong(): Evidence | null {
    return this.getSkipping('wrong', RX.wrongdoing, (m, text) => this.supposed(m, text) || GUARDED_WRONG_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index)) || harmCategory(m, text)
      // ("has not been fined for water quality breaches", "has never been found guilty of any wrongdoing", "no patient
      // was misled": a wrong whose sanction or whose doing is negated in its clause is pinned on no one)
      || this.negatedHarm(m, text, NEGATED_SANCTION_BEFORE.test(text.slice(Math.max(0, m.index - 120), m.index)))
      // ("takes all allegations of misconduct seriously", "has opened a formal misconduct investigation": what is alleged
      // or looked into, no charge of the speaker's)
      || INVESTIGATED_WRONG_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index)) || INVESTIGATED_WRONG_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 30)));
  }
  private negatedHarmSeen: Evidence | null = null;
  /** Whether a harm, wrong or sanction word is negated in its clause (`sanctioned`: a negated sanction or finding before
   *  it, NEGATED_SANCTION_BEFORE; or its subject negated, negatedSubjectHarm); the first one is kept as the evidence of a
   *  denied harm. */
  private negatedHarm(m: RegExpExecArray, text: string, sanctioned = false): boolean {
    if (!sanctioned && !negatedSubjectHarm(m, text)) return false;
    this.negatedHarmSeen ??= { rule: '', start: this.off + m.index, end: this.off + m.index + m[0].length, text: m[0] };
    return true;
  }
  /** A harm or wrong denied in its own clause ("no ward had been left unsafe", "has never been found guilty of any
   *  wrongdoing"): read after the words of wrong, criticism and warning. */
  get deniedHarm(): Evidence | null { void this.wrong; void this.criticism; void this.warning; return this.negatedHarmSeen; }
  private supposedSeen = false;
  private supposed(m: RegExpExecArray, text: string): boolean {
    const s = SUPPOSED_BEFORE.test(text.slice(Math.max(0, m.index - 120), m.index));
    if (s) this.supposedSeen = true;
    return s;
  }
  /** Whether a wrongful act was named in a clause that supposes or asks it ("whether the firm breached …"): no charge,
   *  but no report in the speaker's own favour either (no self-report FAVOR). */
  get supposedFault(): boolean { void this.wrong; return this.supposedSeen; }
  // "too short to support the claims", "the data supports its findings": evidence that bears out a claim (the claim's
  // noun follows) defends no one.
  get legit(): Evidence | null {
    return this.getSkipping('legit', RX.legitimacy, (m, text) => /^support/iu.test(m[0]) && RX.supportedClaim.test(text.slice(m.index + m[0].length)));
  }
  get demand(): Evidence | null { return this.get('demand', RX.demand); }
  // "a world in constant crisis", "they are concerned with …", "we were alarmed by his remarks", "rescue the nation from
  // the disaster": a state word warns only in a sentence that foresees ("the talks could collapse", "if the levee fails it
  // will be a disaster"), and never as what is left or escaped ("from the crisis"). The speaker's own concern or alarm
  // ("we are deeply concerned", "she was “deeply alarmed”") raises a concern, a warning in itself.
  get warning(): Evidence | null {
    return this.getSkipping('warning', RX.warning, (m, text) => {
      // ("no patient was put in danger": a harm denied of its negated subject foretells none)
      if (this.negatedHarm(m, text)) return true;
      // "we will follow every lead to its end": "follow" with an object is a plan; only "consequences will
      // follow", with none, foretells
      if (/follow$/iu.test(m[0])) return FOLLOWED_OBJECT_AFTER.test(text.slice(m.index + m[0].length));
      // "patients on other wards were not at risk", "poses no threat": a harm denied foretells none
      if (/^(?:at[^\S\n]+risk|danger|threat)/iu.test(m[0]) && NEGATED_HARM_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) return true;
      // ("the alert went out as soon as the fire service confirmed the threat": a danger found and reported, no foresight)
      if (/^(?:threats?|dangers?)$/iu.test(m[0]) && DANGER_FOUND_BEFORE.test(text.slice(Math.max(0, m.index - 50), m.index))
        && DANGER_FOUND_AFTER.test(text.slice(m.index + m[0].length))) return true;
      // ("nobody would lose their job", "no worker will lose out": a loss ruled out is a reassurance)
      if (/lose$/iu.test(m[0]) && NEGATED_HARM_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) return true;
      // ("it was weighing a lawsuit", "would weigh every option, a court challenge among them": a step weighed)
      if (DELIBERATED_STEP.test(m[0]) && DELIBERATING_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index))) return true;
      if (!WARNING_STATE.test(m[0])) return false;
      const before = text.slice(0, m.index);
      if (ESCAPED_STATE_BEFORE.test(before)) return true;
      // ("the collapse would be hard to reverse", "the crisis will be difficult to end": the state has come, and the
      // prospect is of undoing it, a forecast (GUIDE decision 35))
      if (STATE_HARD_TO_UNDO_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 80))) return true;
      if (/^(?:concerned|alarmed)$/iu.test(m[0]) && OWN_STATE_BEFORE.test(before)) return false;
      const from = Math.max(before.search(/[^.!?\n]*$/u), 0);
      const rest = text.slice(m.index);
      const end = rest.search(/[.!?\n]/u);
      return !WARNING_PROSPECT.test(text.slice(from, end < 0 ? undefined : m.index + end));
    });
  }
  // "his client bitterly regrets the deaths", "we deeply regret the loss of life": sorrow at a misfortune owns no fault
  // (an apology for one's conduct, "we regret the delay in telling families", still admits).
  get admission(): Evidence | null {
    return this.getSkipping('admission', RX.admission, (m, text) => (/regret/iu.test(m[0]) && REGRETTED_MISFORTUNE.test(text.slice(m.index + m[0].length)))
      // ("she had no regrets about speaking out", "was not sorry", "without apologising": regret denied admits nothing;
      // "Dragan should apologise to voters": an apology asked of another party is no admission of the speaker's)
      || (/^(?:regret|sorry|apologi)/iu.test(m[0]) && (NEGATED_ADMISSION_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index))
        || OWED_APOLOGY_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))))
      // ("the jury's verdict fell short", "the regulator said the offer fell short": a shortfall is the speaker's own only
      // when its subject is: "we fell short", "our response fell short", "it fell short of the standard")
      || (/^fell[^\S\n]+short$/iu.test(m[0]) && !OWN_SHORTFALL_BEFORE.test(text.slice(0, m.index))));
  }
  // ("the glasses, called Orvington Recall", "Venn Strike Holdings": a capitalised word inside a sentence is a name, no event)
  get adverse(): Evidence | null {
    return this.getSkipping('adverse', RX.adverse, (m, text) => (/^\p{Lu}/u.test(m[0]) && !/(?:^|[.!?:;“"‘']|\n)[^\S\n]*$/u.test(text.slice(0, m.index)))
      // ("has not been fined", "was never charged": an event negated did not befall the party)
      || NEGATED_EVENT_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index)) || this.negatedHarm(m, text));
  }
  // "it would be wrong to pretend this has been easy", "it would be wrong to suggest that …": a judgement of what one
  // might say, a concession, not a charge. ("Khan was wrong to say" and "it is wrong to imply" charge whoever said it.)
  get criticism(): Evidence | null {
    return this.getSkipping('criticism', RX.criticism, (m, text) => this.negatedHarm(m, text) || RX.concededAfter.test(text.slice(m.index + m[0].length))
      && /^(?:wrong|a mistake|mistaken)$/iu.test(m[0]) && CONCEDING_SUBJECT.test(text.slice(Math.max(0, m.index - 40), m.index))
      // "If you made a mistake, she would show you again": a fault supposed of anyone, in a condition, charges no one.
      || GENERIC_CONDITION_BEFORE.test(text.slice(Math.max(0, m.index - 80), m.index))
      // ("households rushed to apply before the deadline": people hurrying; "a rushed decision", "rushed to judgment" judge)
      || (/^rushed$/iu.test(m[0]) && RX.hurriedAfter.test(text.slice(m.index + m[0].length)))
      // "If that trust failed them, there will be consequences": a fault supposed of a party is not charged to it either
      || this.supposed(m, text)
      // "We did nothing to break the law": the speaker's own inaction is a defence, not a complaint.
      || (/nothing/iu.test(m[0]) && /(?<![\p{L}’'])(?:I|we)[^\S\n]+$/iu.test(text.slice(Math.max(0, m.index - 6), m.index)))
      // "the review was not an attack on the council", "it was never a failure of": a criticism denied is none.
      // (but not a noun whose absence is the fault: "had shown no remorse", "no accountability", stance-words absenceFaults)
      || (!/^(?:not|never|no)(?![\p{L}])/iu.test(m[0]) && !/^go[^\S\n]+far/iu.test(m[0]) && !ABSENCE_FAULT.test(m[0]) && NEGATED_CRITICISM_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index)))
      || naturalHarm(m, text) || offensiveNoun(m, text)
      // ("sales fell short of analysts' expectations", "fell short by 2 percent": a figure below a forecast, no judgement;
      // "our response fell short": the speaker's own, an admission read before)
      || (/^fell[^\S\n]+short$/iu.test(m[0]) && (MEASURED_SHORTFALL_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 60)) || OWN_SHORTFALL_BEFORE.test(text.slice(0, m.index))))
      // ("would not “second-guess” the court", "it is easy to second-guess": a judgement refused or made light of)
      || (/^second-guess/iu.test(m[0]) && REFUSED_SECOND_GUESS_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index)))
      // ("critics are calling it a land grab since …": another's label reported, the speaker's own words follow)
      || (/grab$/iu.test(m[0]) && LABEL_REPORTED_BEFORE.test(text.slice(Math.max(0, m.index - 50), m.index)))
      // ("the garden was added as an afterthought": an afterthought is a fault only as how a party treats or ranks
      // something, "treated as an afterthought", "safety was an afterthought")
      || (/afterthought$/iu.test(m[0]) && !AFTERTHOUGHT_RANKED_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index)))
      // ("the crew gave them every chance of survival": a chance given, no complaint about those who had it)
      || (/every[^\S\n]+(?:chance|opportunity)$/iu.test(m[0]) && /^[^\S\n]+of(?![\p{L}])/iu.test(text.slice(m.index + m[0].length)))
      // "talks can succeed where sanctions have failed": the failure sets off a success the speaker expects, praise
      // (only where no party is named: "will work where Governor Ash's plan failed" says Ash failed, a criticism)
      || (/^fail/iu.test(m[0]) && SUCCESS_WHERE_BEFORE.test(text.slice(Math.max(0, m.index - 80), m.index))
        && !NAMED_PARTY_IN.test(/where[^\S\n]+([^]*)$/iu.exec(text.slice(Math.max(0, m.index - 80), m.index))?.[1] ?? ''))
      // ("she accepted that he had shown some remorse": a mitigation; "showed no remorse" is the fault)
      || (ABSENCE_FAULT.test(m[0]) && !ABSENT_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index)))
      // ("I understand why people are angry", "she understood customers were frustrated": others' anger met with sympathy)
      || (ANGER.test(m[0]) && (EMPATHY_BEFORE.test(text.slice(Math.max(0, m.index - 70), m.index)) || EMPATHY_OBJECT_BEFORE.test(text.slice(Math.max(0, m.index - 50), m.index))))
      // ("We would rather act too early than too late": the lateness the speaker prefers to avoid, no one's delay)
      || (/^too[^\S\n]+late$/iu.test(m[0]) && /(?<![\p{L}])than[^\S\n]+$/iu.test(text.slice(Math.max(0, m.index - 12), m.index)))
      // ("he wanted to go home but his house had been destroyed": a loss told with no one who did it, a lament, GUIDE
      // decision 34; "had been destroyed by the militia" names the doer and stays)
      || (/^destroy/iu.test(m[0]) && LOST_BELONGING_BEFORE.test(text.slice(Math.max(0, m.index - 80), m.index)) && !/^[^\S\n]+by(?![\p{L}])/iu.test(text.slice(m.index + m[0].length))));
  }
  // "they deserve to know", "deserve to be made whole", "farmers deserve better": a remedy owed to someone is a demand
  // or a complaint, not praise ("she deserved to win", "deserves the same benefit of the doubt" still praise).
  get praise(): Evidence | null {
    return this.getSkipping('praise', RX.praise, (m, text) => (/^thank(?:ed|s)?$/iu.test(m[0]) && THANKED_SPEAKER_AFTER.test(text.slice(m.index + m[0].length)))
      // ("The university thanked me, promised an investigation and then told me … to keep quiet": thanks the speaker
      // received, told in its own account, is what another party did, no praise the speaker gives)
      || (/^deserv/iu.test(m[0]) && DESERVED_REMEDY.test(text.slice(m.index + m[0].length))
        // ("the victims deserve to be remembered" is owed them; "he deserves to be remembered as a reformer" praises)
        && !/^[^\S\n]+to[^\S\n]+be[^\S\n]+remembered[^\S\n]+(?:as|for)(?![\p{L}])/iu.test(text.slice(m.index + m[0].length)))
      // "the strike had hit “a legitimate military target”": a justification of a strike, not praise of what it hit.
      || (/^a[^\S\n]+legitimate$/iu.test(m[0]) && JUSTIFIED_TARGET_AFTER.test(text.slice(m.index + m[0].length)))
      || (/^welcom/iu.test(m[0]) && WELCOMED_INTO.test(text.slice(m.index + m[0].length, m.index + m[0].length + 90)))
      // ("the resignation was “long overdue”": the one who left should have gone sooner, a criticism of them, not praise)
      || (/overdue$/iu.test(m[0]) && OVERDUE_DEPARTURE_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index)))
      // ("we have honoured every line of the agreement": a bargain kept, the speaker's own conduct, not praise)
      // (or the bargain before it, in a relative clause: "the agreement that the other side has honoured")
      || (/^honou?red$/iu.test(m[0]) && (KEPT_COMMITMENT_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 80))
        || KEPT_COMMITMENT_BEFORE.test(text.slice(Math.max(0, m.index - 80), m.index))
        // ("every application made before the deadline would be honoured", "the tickets will be honored": a promise of
        // what will be kept, in a modal passive, praises no one)
        || MODAL_PASSIVE_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index)))));
  }
  // "it may be years before the sensors work", "it might be weeks until the road reopens": a forecast of how long, SAY
  // under a neutral cue (GUIDE decision 35), not a hedge.
  get hedge(): Evidence | null {
    return this.getSkipping('hedge', RX.hedge, (m, text) => (/^(?:may|might)[^\S\n]+be$/iu.test(m[0]) && FORECAST_SPAN_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 60)))
      // ("in perhaps the most important vote of our time": the hedge softens a superlative's degree, not the statement)
      || (SUPERLATIVE_HEDGE.test(m[0]) && SUPERLATIVE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40)))
      // ("cannot possibly be true", "could not possibly have known": an impossibility stressed, not a guess)
      || (/^possibly$/iu.test(m[0]) && EMPHATIC_IMPOSSIBILITY_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index))));
  }
  get blame(): Evidence | null { return this.get('blame', RX.blame); }
  get judgement(): Evidence | null { return this.getSkipping('judgement', RX.negativeEvaluation, evaluationAsModifier); }
  /** A doubt word, unless negated or ruled out: "no doubt", "without doubt", "beyond doubt" assert, they doubt nothing. */
  private doubt(): Evidence | null {
    return this.getSkipping('doubt', RX.doubt, (m, text) => /(?<![\p{L}])(?:no|without|beyond|little|not a)[^\S\n]+(?:(?:any|a|the|reasonable|shadow[^\S\n]+of)[^\S\n]+)?$/iu.test(text.slice(Math.max(0, m.index - 40), m.index))
      // ("nobody doubted that he loved this country", "no one ever doubts her commitment": a doubt nobody had affirms)
      || /(?<![\p{L}])(?:nobody|no[^\S\n]+one|no-one)[^\S\n]+(?:(?:ever|really|seriously|has|had|have|could|would|can|will)[^\S\n]+){0,2}$/iu.test(text.slice(Math.max(0, m.index - 40), m.index))
      // ("she had never doubted that she would be cleared", "I don't doubt his sincerity": a doubt the speaker did not have)
      || (/^doubt/iu.test(m[0]) && NEGATED_DOUBT_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index)))
      // ("had never seen anything that gave him a moment's doubt", "nothing in her record has given me any doubt": a doubt
      // the speaker's negation says nothing caused is confidence)
      || NOTHING_CAUSED_DOUBT_BEFORE.test(text.slice(Math.max(0, m.index - 120), m.index)));
  }
  get question(): Evidence | null {
    let v = this.memo.get('question');
    if (v === undefined) {
      v = (this.content.includes('?') ? firstMatch(/\?/gu, this.content, this.off) : null) ?? this.doubt();
      this.memo.set('question', v);
    }
    return v;
  }
}

const COMPLEMENT_ONLY = new RegExp(`^(?:${WORDS.complementOnlyEvaluations.map(escapeRegExp).join('|')})$`, 'iu');
const COMPLEMENT_FOLLOWER = new RegExp(`^(?:${WORDS.complementFollowers.map(escapeRegExp).join('|')})$`, 'u');
/** "a fantasy campaign to block …", "fantasy football": a complement-only evaluation word used before a noun judges nothing. */
function evaluationAsModifier(m: RegExpExecArray, text: string): boolean {
  if (!COMPLEMENT_ONLY.test(m[0])) return false;
  const next = /^[^\S\n]+(\p{Ll}[\p{Ll}-]*)/u.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 30));
  return next !== null && !COMPLEMENT_FOLLOWER.test(next[1]!);
}

/** "had never doubted", "did not doubt", "never for a moment doubted": a doubt the speaker did not have. */
const NEGATED_DOUBT_BEFORE = /(?<![\p{L}])(?:never|not|n[’']t)(?:[^\S\n]+(?:ever|once|really|seriously|for[^\S\n]+(?:a|one)[^\S\n]+(?:moment|second|minute)))?[^\S\n]+$/iu;
/** A pronoun of the other gender than "he" or "she" later in the content. */
const OTHER_GENDER_PRONOUN: Readonly<Record<string, RegExp>> = { he: /(?<![\p{L}])(?:she|her|hers)(?![\p{L}])/iu, she: /(?<![\p{L}])(?:he|him|his)(?![\p{L}])/iu };
/** A doubt word, then what it is about: a party's merit ("about her integrity", "over his honesty"; stance-words
 *  doubtedMerits). */
const DOUBT_OF_MERIT = new RegExp(`(?<![\\p{L}])doubt(?:s|ed)?[^\\S\\n]*[”"’]?[^\\S\\n]+(?:(?:about|over|as[^\\S\\n]+to|regarding|of|in)[^\\S\\n]+)?(?:her|his|their|its|\\p{Lu}[\\p{L}’'-]+[’']s?)[^\\S\\n]+(?:${WORDS.doubtedMerits.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'giu');
/** "no doubt", "without a doubt", "never doubted", "not a moment's doubt" just before a doubt word. */
const DENIED_DOUBT_BEFORE = /(?<![\p{L}])(?:no|without|not|never)(?:[^\S\n]+(?:a|any|the[^\S\n]+slightest|a[^\S\n]+single|one|a[^\S\n]+moment[’']s|a[^\S\n]+shred[^\S\n]+of|ever|once|for[^\S\n]+a[^\S\n]+moment))*[^\S\n]+$/iu;
/** A doubt about a party's merit that the speaker denies having had: the words from the doubt to the merit, or null. */
function trustInMerit(content: string, off: number): Evidence | null {
  DOUBT_OF_MERIT.lastIndex = 0;
  for (let m = DOUBT_OF_MERIT.exec(content); m; m = DOUBT_OF_MERIT.exec(content)) {
    const before = content.slice(Math.max(0, m.index - 120), m.index);
    if (DENIED_DOUBT_BEFORE.test(before.slice(-40)) || NEGATED_DOUBT_BEFORE.test(before.slice(-40)) || NOTHING_CAUSED_DOUBT_BEFORE.test(before)) {
      return { rule: '', start: off + m.index, end: off + m.index + m[0].length, text: m[0] };
    }
  }
  return null;
}
/** A person unable to do something in the same clause before a word of proper conduct ("can't afford to heat the house
 *  properly", "could not feed my children properly"): the word tells a hardship, not conduct defended. */
const UNABLE_BEFORE = /(?<![\p{L}])(?:can(?:no|[’']|[^\S\n]+no)t|could(?:n[’']t|[^\S\n]+not)|unable[^\S\n]+to|no[^\S\n]+longer)(?![\p{L}])[^.!?;:\n]*$/iu;
/** A question word opening a clause a refusal leaves unanswered ("whether", "questions about", "how many"). */
const ASKED_CLAUSE = /(?<![\p{L}])(?:whether|if|how|why|what|when|who|which|questions?[^\S\n]+(?:about|on|over))(?![\p{L}])/giu;
/** Whether a position in a NO_COMMENT content (`at`, from its start; a party not named there, below 0, is asked about
 *  too) lies after a question word: the party is what was asked, not what the speaker takes a side on. */
function askedAbout(content: string, at: number): boolean {
  ASKED_CLAUSE.lastIndex = 0;
  const m = ASKED_CLAUSE.exec(content);
  return m !== null && (at < 0 || at >= m.index);
}
/** "never seen anything that gave me a moment's", "nothing in his work has given me any": a negation, then a thing
 *  said to cause the doubt that follows (with "anything", "nothing" or "any"), in the same clause. */
const NOTHING_CAUSED_DOUBT_BEFORE = /(?:(?<![\p{L}])(?:never|not|n[’']t)(?![\p{L}])[^.!?;:\n]{0,60}(?<![\p{L}])anything|(?<![\p{L}])nothing)(?![\p{L}])[^.!?;:\n]{0,60}(?<![\p{L}])(?:gave|gives|given|give|caused|causes|raised|raises)[^\S\n]+(?:(?:me|him|her|us|them|anyone)[^\S\n]+)?(?:(?:a|any|the[^\S\n]+slightest|a[^\S\n]+single|one)[^\S\n]+)?(?:(?:moment|second|minute)[’']s[^\S\n]+)?(?:reason[^\S\n]+(?:for|to)[^\S\n]+)?$/iu;
/** "his house had been destroyed", "our farm was completely destroyed": a possession (act-words lostBelongings) in the
 *  passive before "destroyed". */
const LOST_BELONGING_BEFORE = new RegExp(`(?<![\\p{L}])(?:his|her|their|our|my|its|the)(?:[^\\S\\n]+[\\p{Ll}-]+)?[^\\S\\n]+(?:${actWordList('lostBelongings')})[^\\S\\n]+(?:(?:had|has|have)[^\\S\\n]+been|was|were|is|are|got)[^\\S\\n]+(?:(?:completely|totally|partly|partially|largely|almost|all|entirely|badly)[^\\S\\n]+)?$`, 'iu');
/** A negator just before a criticism phrase ("was not an attack on", "is never a mistake"). */
const NEGATED_CRITICISM_BEFORE = /(?<![\p{L}’'])(?:not|never|no)[^\S\n]+(?:(?:a|an)[^\S\n]+)?$/iu;
/** A word of anger, and before it the speaker's understanding of others' anger ("I understand why people are angry",
 *  "we can see customers are frustrated"; act-words empathyVerbs, othersAnger), at most four words between. */
const ANGER = new RegExp(`^(?:${actWordList('othersAnger')})$`, 'iu');
const EMPATHY_BEFORE = new RegExp(`(?<![\\p{L}])(?:${actWordList('empathyVerbs')})[”"’]?(?:[^\\S\\n]+(?:why|that|how))?(?:[^\\S\\n]+[\\p{L}’'-]+){1,4}?[^\\S\\n]+(?:are|were|is|was|feel|feels|felt|would[^\\S\\n]+be|might[^\\S\\n]+be|get|got)(?:[^\\S\\n]+(?:so|very|really|deeply|still))?[^\\S\\n]+$`, 'iu');
/** A verb of understanding and its object up to the feeling's noun ("understood the frustration", "appreciates residents'
 *  anger", "recognise people’s frustration"; the verb quoted alone too, "he “fully understood” their frustration"): the
 *  speaker meets another's feeling with sympathy, and voices no criticism. */
const EMPATHY_OBJECT_BEFORE = new RegExp(`(?<![\\p{L}])(?:${actWordList('empathyVerbs')})[”"’]?(?:[^\\S\\n]+(?:the|their|that|this|some|much|of|[\\p{L}-]+[’']s?|[\\p{L}-]+s[’']))?(?:[^\\S\\n]+(?:the|their|local|public|growing))?[^\\S\\n]+$`, 'iu');
/** Nouns whose absence is itself the fault ("showed no remorse", "no consultation"): a "no" before them is the criticism. */
/** "in charge" (of something): who runs it, not a criminal charge. */
const IN_CHARGE = /((?<![\p{L}])in[^\S\n]+)charge(?![\p{L}])/giu;
/** Before a fault that is an absence ("remorse"): the words that make it absent ("showed no remorse", "a lack of
 *  remorse", "without remorse"); without them the noun is present, a mitigation ("had shown some remorse"). */
const ABSENT_BEFORE = /(?<![\p{L}])(?:no|not|never|without|lack(?:ed|s|ing)?(?:[^\S\n]+of)?|absence[^\S\n]+of|little|nor|zero)(?![\p{L}])[^.;!?]{0,30}$|n[’']t(?![\p{L}])[^.;!?]{0,30}$/iu;
const ABSENCE_FAULT = new RegExp(`^(?:${WORDS.absenceFaults.map(escapeRegExp).join('|')})$`, 'iu');
const NATURAL_EVENT = wordListRegExp(WORDS.naturalEvents);
const EVENT_HARM = new RegExp(`^(?:${WORDS.eventHarms.map((w) => escapeRegExp(w).replace(/\\\*$/u, '[\\p{L}]*')).join('|')})$`, 'iu');
const WEAPON_FIRE_BEFORE = new RegExp(`(?<![\\p{L}])(?:${WORDS.weaponFireBefore.map(escapeRegExp).join('|')})[^\\S\\n]+$`, 'iu');
/** What causes a natural event ("the sparks that started the fire", "a blaze caused by the utility's line"): a party's act. */
const EVENT_CAUSED = new RegExp(`(?<![\\p{L}])(?:${WORDS.eventCauses.map((w) => escapeRegExp(w).replace(/\\\*$/u, '[\\p{L}]*')).join('|')})(?![\\p{L}])`, 'iu');
/**
 * "A wildfire … destroying at least 40 buildings", "the floods had destroyed dozens of homes": a harm word whose clause's
 * subject is a natural event (fire, flood, storm) reports a loss, not a criticism; harm done by a party ("the army
 * destroyed the bridge") or a fire that someone is said to have started stays.
 */
function naturalHarm(m: RegExpExecArray, text: string): boolean {
  if (!EVENT_HARM.test(m[0])) return false;
  const before = text.slice(0, m.index);
  const sentence = before.slice(before.search(/[^.!?;\n]*$/u));
  NATURAL_EVENT.lastIndex = 0;
  let event: RegExpExecArray | null = null;
  for (let e = NATURAL_EVENT.exec(sentence); e; e = NATURAL_EVENT.exec(sentence)) {
    if (!WEAPON_FIRE_BEFORE.test(sentence.slice(0, e.index))) event = e;
  }
  return event !== null && !EVENT_CAUSED.test(sentence);
}
const OFFENSIVE_NOUN_BEFORE = new RegExp(`(?<![\\p{L}])(?:${WORDS.offensiveNounBefore.map(escapeRegExp).join('|')})[^\\S\\n]+$`, 'iu');
const OFFENSIVE_NOUN_AFTER = new RegExp(`^(?:[^\\S\\n]*(?:[,.;:)!?”"]|$)|[^\\S\\n]+(?:${WORDS.offensiveNounAfter.map(escapeRegExp).join('|')})(?![\\p{L}]))`, 'iu');
/** "pressed an offensive along the river", "launched a ground offensive": the military noun, no criticism. */
function offensiveNoun(m: RegExpExecArray, text: string): boolean {
  return /^offensive$/iu.test(m[0]) && OFFENSIVE_NOUN_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))
    && OFFENSIVE_NOUN_AFTER.test(text.slice(m.index + m[0].length));
}

/** How a neutral cue's statement stands, for reading its content's act. */
export interface NeutralContext {
  /** The act the cue gave (SAY, ASSERT, CLAIM, HEDGE, or any act under "describe"/"call"). */
  act: Act;
  type: DraftStatement['type'];
  speakerKind: Speaker['kind'];
  speakerRole?: string | null | undefined;
  speakerAffiliation?: string | null | undefined;
  /** The cue names the content ("described it as", "called it"). */
  describing: boolean;
  /** "according to": the source of a report, whose words are not its own act (GUIDE decision 21). */
  sourcing: boolean;
  /** The cue is negated ("did not say"). */
  negated: boolean;
  /** Whether the statement answers a criticism the article reports (GUIDE decision 22); absent: taken to. */
  answersCharge?: () => boolean;
  /** The same, counting any criticism reported in the statement's paragraph or the two before; absent: taken to. */
  answersAnyCharge?: () => boolean;
  /** Whether a charge or criticism stands anywhere in the article before the statement, or the statement answers one
   *  (a body's account of checks or duties done defends only then, review22 #1); absent: taken to. */
  chargedBefore?: () => boolean;
}

/** A denial that only states an absence: "there is no", "there were no". */
const EXISTENTIAL_NO = /^there[^\S\n]+(?:is|was|were|are)[^\S\n]+no$/iu;
/** A cue of rebutting in the sentence or two before a quote ("rejected that account.", "denied the claim"). */
const REBUTTAL_JUST_BEFORE = /(?<![\p{L}])(?:rejected|rejects|denied|denies|dismissed|dismisses|disputed|disputes|rebuffed|refuted|refutes|hit[^\S\n]+back)(?![\p{L}])[^.!?\n]{0,120}[.!?:,]?[”"’]?[^\S\n]*[“"‘]?[^.!?\n]{0,60}$/iu;
/** After a non-answer, the speaker's turn to what it does say (act-words answerTurns). */
const ANSWER_TURN = new RegExp(`(?<![\\p{L}])(?:${actWordList('answerTurns')})(?![\\p{L}])`, 'iu');
/** Denial words that deny a party's involvement ("played no part in", "took no part in"). */
const NO_PART = /^(?:play(?:ed|s)?|had|has|took)[^\S\n]+no[^\S\n]+part/iu;
const QUESTIONING_ROLES: ReadonlySet<string> = new Set(WORDS.questioningRoles);
/** A questioner's role in apposition by the cue ("asked Kay Dorn, the interviewer", "The host, Kay Dorn, asked"): the
 *  speaker stage does not keep every such role. */
const QUESTIONING_APPOSITION = new RegExp(`(?:,[^\\S\\n]+|^|\\n)(?:the|a|an)[^\\S\\n]+(?:[\\p{L}-]+[^\\S\\n]+)?(?:${WORDS.questioningRoles.map(escapeRegExp).join('|')})(?:,|[^\\S\\n]*$|[^\\S\\n]*[.\\n])`, 'iu');
/** A speaker described by their opposition: "critics", "some critics", "opponents of the scheme" (stance-words opposingSpeakers). */
const OPPOSING_SPEAKER = new RegExp(`^(?:(?:the|some|many|several|local|other)[^\\S\\n]+)?(?:${WORDS.opposingSpeakers.join('|')})(?![\\p{L}])`, 'iu');
/** "I would be very wary", "we are not sure", "I doubt": a first-person doubt opening a sentence or clause (stance-words selfDoubt…). */
const SELF_DOUBT = (() => {
  const opener = '(?:^|[.!?;:][^\\S\\n]+|[“"][^\\S\\n]*|,[^\\S\\n]+(?:but|and)[^\\S\\n]+)(?:I|we|We)[^\\S\\n]+';
  const be = '(?:(?:would|will|should)[^\\S\\n]+be|am|[’\']m|are|[’\']re|was|were|remain|have[^\\S\\n]+been|[’\']ve[^\\S\\n]+been)[^\\S\\n]+';
  const alt = (words: string[]): string => words.map((w) => escapeRegExp(w).replace(/ /gu, '[^\\S\\n]+')).join('|');
  const degree = `(?:(?:${alt(WORDS.selfDoubtDegrees)})[^\\S\\n]+)*`;
  return new RegExp(`${opener}(?:${be}(?:${degree}(?:${alt(WORDS.selfDoubtStates)})|not[^\\S\\n]+${degree}(?:${alt(WORDS.selfDoubtNegatedStates)}))|(?:(?:do|really|still)[^\\S\\n]+)?(?:(?:${alt(WORDS.selfDoubtVerbs)})|(?:${alt(WORDS.selfDoubtQuestionVerbs)})[^\\S\\n]+(?:${alt(WORDS.selfDoubtQuestionWords)})))(?![\\p{L}])`, 'u');
})();
/** A name, then only auxiliaries, up to "played no part": the party whose involvement is denied. */
const NO_PART_SUBJECT = /^[\p{L}’'.-]+(?:[^\S\n]+\p{Lu}[\p{L}’'.-]*)*[^\S\n]+(?:(?:had|has|have|would|also|always|simply|certainly)[^\S\n]+)*$/u;
/** The speaker's side as the subject just before them: "we ", "it had ", "she has always ". */
const OWN_SUBJECT_BEFORE = /(?<![\p{L}’'])(?:i|we|it|he|she|they)(?:[’'](?:d|ve)|[^\S\n]+(?:had|has|have|would|also|always|simply|certainly))*[^\S\n]+$/iu;
/** The first-person "never" of the denial vocabulary ("I never", "we have never"). */
const FIRST_PERSON_NEVER = /^(?:i|we)(?:[^\S\n]+(?:have|had))?[^\S\n]+never$/iu;
/** A negation by "never" and the verb it ends with ("I have never seen" → "seen"). */
const NEVER_THEN_LAST = /(?<![\p{L}])never(?![\p{L}]).*?([\p{L}]+)$/iu;
// Not before a sanction's passive ("we have never been fined") nor an emphatic quantifier ("never seen a single
// document", "never seen any evidence"): those deny a fact whether or not a charge is reported.
const EXPERIENCE_AFTER = new RegExp(`^[^\\S\\n]+(?:(?:once|ever|really|actually|even|before)[^\\S\\n]+)*(?!been[^\\S\\n]+(?:[\\p{L}]+ly[^\\S\\n]+)?(?:${actWordList('sanctionsAfterBeen')})(?![\\p{L}]))(?:${actWordList('experiencesAfterNever')})(?![\\p{L}])(?![^\\S\\n]+(?:${actWordList('emphaticQuantifiers')})(?![\\p{L}]))`, 'iu');

/** Whether the words after a "never" tell a state or an experience ("been", "felt", "seen", "thought": act-words.json
 *  experiencesAfterNever; adverbs between: "once", "ever") in a statement that answers no charge the article reports:
 *  then the "never" tells what the speaker lived and denies nothing (GUIDE decision 22). */
function livedUnanswered(afterNever: string, ctx: NeutralContext): boolean {
  return EXPERIENCE_AFTER.test(afterNever) && !(ctx.answersCharge?.() ?? true);
}

/** A necessity the speaker foresees rather than demands: "have to", "has to", "need to" after a modal of the future or of
 *  possibility whose subject is the speaker's side or impersonal ("they will have to carry me off", "we'd have to close",
 *  "it may need to borrow"). With any other subject the same words press a third party to act ("Someone will have to pay
 *  for this", "The board would need to replace the manager"): a demand. */
const FORESEEN_NECESSITY = /(?<![\p{L}’'])(?:i|we|they|it|there)(?:[^\S\n]+(?:(?:am|are|is|was|were)[^\S\n]+)?(?:(?:also|still|probably|likely|then|just|simply|eventually|all)[^\S\n]+)?(?:will|would|shall|may|might|could|going[^\S\n]+to)|[’'](?:ll|d|re[^\S\n]+going[^\S\n]+to|m[^\S\n]+going[^\S\n]+to|s[^\S\n]+going[^\S\n]+to))[^\S\n]+(?:(?:also|still|probably|likely|then|just|simply|eventually|all)[^\S\n]+)?$/iu;
const NECESSITY = /^(?:have|has|need|needs)[^\S\n]+to$/iu;
/** "would" right before a necessity, with any subject ("the council would have to raise fees", "households would need to
 *  pay more"): a necessity predicted, no demand (GUIDE decisions 35 and 126: a forecast is SAY, a predicted harm WARN;
 *  none of the 12 such contents under a neutral cue in train and dev was DEMAND). */
const URGENT_IN_CLAUSE = new RegExp(`(?<![\\p{L}])(?:${actWordList('urgentAdverbs')})(?![\\p{L}])`, 'iu');
const PREDICTED_NECESSITY = /(?<![\p{L}’'])(?:would|[’']d)[^\S\n]+(?:(?:also|still|probably|likely|then|just|simply|eventually|all|certainly|inevitably|almost[^\S\n]+certainly)[^\S\n]+)?$/iu;
/** A clause of circumstance after the first words of a content: "… after they had fallen behind", "… despite the loss". */
const CIRCUMSTANCE_CLAUSE = /(?<=\p{L}[^\S\n]+)(?:after|before|when|despite|following)[^\S\n]+/u;
const NO_ONE_BEFORE = /(?<![\p{L}])(?:nobody|no[^\S\n]+one|no-one)[^\S\n]+$/iu;
/** A remedy owed right after "deserve" ("deserve to know", "deserve better", "deserve answers"). */
const DESERVED_REMEDY = new RegExp(`^[^\\S\\n]+(?:(?:all|only|much|far|so|more)[^\\S\\n]+)?(?:${WORDS.deservedRemedies.map(escapeRegExp).map((w) => w.replace(/ /gu, '[^\\S\\n]+')).join('|')})(?![\\p{L}])`, 'iu');
const EXPECTED_AFTER = new RegExp(`^[^\\S\\n]+(?:(?:ever|really|now)[^\\S\\n]+)?(?:${WORDS.expectedAfterNoOneShould.map(escapeRegExp).map((w) => w.replace(/ /gu, '[^\\S\\n]+')).join('|')})(?![\\p{L}])`, 'iu');

/** A content that opens on a measure ("the housing plan would work", "our new policy is fair"; act-words measureNouns). */
const OWN_MEASURE_OPENING = new RegExp(`^(?:the|our|my|his|her|its|their|this)[^\\S\\n]+(?:[\\p{L}-]+[^\\S\\n]+){0,2}?(?:${actWordList('measureNouns')})(?![\\p{L}])`, 'iu');
/** A step the subject takes itself (act-words ownStepWords): after a plan word, announced, not demanded. */
const OWN_STEP = new RegExp(`^(?:${actWordList('ownStepWords')})$`, 'iu');
/** "she will step down in May", "he plans to resign after the vote", "I'll stand down": leaving a post after words of a
 *  plan or a forecast announces or foretells the departure; it demands nothing (act-words.json plannedBefore). "should
 *  resign", "must step down", "it is time he stepped down" are not preceded by them and stay demands. */
const DEPARTURE = new RegExp(`^(?:${actWordList('departureWords')})$`, 'iu');
const PLANNED_BEFORE = new RegExp(`(?:(?<![\\p{L}])(?:${actWordList('plannedBefore')})|(?<=\\p{L})[’'](?:ll|d))(?:[^\\S\\n]+(?:not|also|soon|formally|eventually|then|now|probably|immediately))?[^\\S\\n]+$`, 'iu');
/** "regulators have to decide which loans get a second review", "courts must weigh whether …": a necessity of
 *  deliberation tells the difficulty of a role, not an act pressed on a party (act-words.json deliberationVerbs). */
const NECESSITY_WORD = /^(?:must|have[^\S\n]+to|has[^\S\n]+to|need[^\S\n]+to|needs[^\S\n]+to)$/iu;
/** GUIDE section 4: a demand asks a party to act. A necessity asks none when (act-words.json, demandIn):
 *  - it is eased ("a pill patients only need to take once a week", "no longer have to queue": how easy it is);
 *  - its subject is nobody or no party ("Nobody has to panic", "we hope no other parent has to go through this");
 *  - it is a generic "you" or "one" in a hypothesis ("to prevent one case you would need to screen 60 people");
 *  - it accepts a situation ("neighbours must learn to live together", "we will have to get used to it").
 *  "The council needs to act", "you need to resign", "no later than Friday, the firm must pay" stay demands. */
const EASED_NECESSITY_BEFORE = new RegExp(`(?<![\\p{L}])(?:${actWordList('easedNecessityBefore')})[^\\S\\n]+$`, 'iu');
const NO_PARTY_SUBJECT_BEFORE = /(?<![\p{L}])(?:nobody|no[^\S\n]+one|no-one|no(?:[^\S\n]+other)?[^\S\n]+\p{L}+)(?:[^\S\n]+(?:else|ever|really|will|would|should))*[^\S\n]+$/iu;
const HYPOTHETICAL_YOU_BEFORE = /(?<![\p{L}’'])(?:you|one)(?:[^\S\n]+(?:would|might|could)|[’']d)(?:[^\S\n]+(?:probably|still|also|then|typically|usually))?[^\S\n]+$/iu;
const ACCEPTANCE_AFTER = new RegExp(`^[^\\S\\n]+(?:(?:all|simply|just|now|also|somehow)[^\\S\\n]+)?(?:${actWordList('acceptanceAfterNecessity')})(?![\\p{L}])`, 'iu');
// ("the donors own Corrupt Marlowe", "Crooked Dana Ralwyn has bought …"): an adjective of dishonesty written capitalised
// before a name, not inside a longer capitalised name ("the Foreign Corrupt Practices Act"), is an epithet.
const EPITHET = new RegExp(`^(?:${actWordList('epithetWords')})$`, 'iu');
const EPITHET_NAME_TAILS: ReadonlySet<string> = new Set(actWordEntries('epithetNameTails'));
const epithet = (text: string, off: number, e: Evidence): boolean => {
  const word = e.text ?? '';
  if (!/^\p{Lu}/u.test(word) || !EPITHET.test(word)) return false;
  const after = /^[^\S\n]+(\p{Lu}[\p{L}’'-]*)(?:[^\S\n]+(\p{Lu}[\p{L}’'-]*))?/u.exec(text.slice(e.end! - off));
  if (!after || EPITHET_NAME_TAILS.has(after[2] ?? after[1] ?? '')) return false;
  return !/\p{Lu}[\p{L}’'-]*[^\S\n]+$/u.test(text.slice(Math.max(0, e.start! - off - 30), e.start! - off));
};
/** A step of law weighed rather than threatened (act-words deliberatedSteps, deliberatingBefore): the step, and before
 *  it in its clause the weighing ("considering", "taking advice on"), at most "all options, including" between. */
const DELIBERATED_STEP = new RegExp(`(?:${actWordList('deliberatedSteps')})$`, 'iu');
const DELIBERATING_BEFORE = new RegExp(`(?<![\\p{L}])(?:${actWordList('deliberatingBefore')})[^\\S\\n]+(?:(?:whether[^\\S\\n]+to|possible|further|all[^\\S\\n]+options,?[^\\S\\n]+including|its[^\\S\\n]+options,?[^\\S\\n]+including|taking)[^\\S\\n]+)?[“"‘]?(?:a[^\\S\\n]+)?$`, 'iu');
/** The speaker as the subject of a necessity ("I have to", "we still need to"). */
const OWN_NECESSITY_BEFORE = /(?<![\p{L}’'])(?:I|[wW]e)(?:[^\S\n]+(?:really|still|just|now|also|simply|will|would|all|may|might|do|did))*[^\S\n]+$/u;
/** A hard choice conceded ("painful choices", "a difficult decision"), then in the same sentence "but we" (act-words
 *  hardChoiceAdjectives, hardChoiceNouns): what the speaker's side must do is its own decision justified. */
const CONCEDED_HARD_CHOICE_BEFORE = new RegExp(`(?<![\\p{L}])(?:${actWordList('hardChoiceAdjectives')})[^\\S\\n]+(?:${actWordList('hardChoiceNouns')})(?![\\p{L}])[^.;!?\\n]{0,40}?,?[^\\S\\n]+but[^\\S\\n]+we[^\\S\\n]+(?:(?:still|simply|just|also|now)[^\\S\\n]+)?$`, 'iu');
const DELIBERATION_AFTER = new RegExp(`^[^\\S\\n]+(?:(?:also|still|now|then|ultimately|carefully|first|somehow|always|each|constantly)[^\\S\\n]+)?(?:${actWordList('deliberationVerbs')})(?![\\p{L}])`, 'iu');

/** A verb of making a statement, then at most an article and one coordinated adjective, before "false" ("make false
 *  claims", "filed a false report", "gave misleading or false statements"; act-words.json falsehoodMaking). */
const FALSEHOOD_MADE_BEFORE = new RegExp(`(?<![\\p{L}])(?:${actWordList('falsehoodMaking')})[^\\S\\n]+(?:(?:a|an|any|the|knowingly|deliberately)[^\\S\\n]+)?(?:[\\p{L}-]+[^\\S\\n]+(?:or|and)[^\\S\\n]+)?$`, 'iu');
/** "families we would be glad to welcome to our town", "they welcomed the refugees into their homes": the guests, then
 *  "to"/"into" and a place where they are received (act-words.json welcomedInto). Receiving guests praises no one;
 *  "welcomed the decision to close the plant" has no place after "to" and stays praise. */
const WELCOMED_INTO = new RegExp(`^(?:[^\\S\\n]+(?:back|here|aboard))?(?:[^\\S\\n]+[\\p{L}’'-]+){0,4}?[^\\S\\n]+(?:to|into)[^\\S\\n]+(?:(?:this|our|the|their|his|her|its|a|an|my|your)[^\\S\\n]+)(?:[\\p{L}’'-]+[^\\S\\n]+){0,2}?(?:${actWordList('welcomedInto')})(?![\\p{L}])`, 'iu');

const SUPERLATIVE_HEDGE = new RegExp(`^(?:${actWordList('superlativeHedges')})$`, 'iu');
// (only "the most"/"the least" before an adjective: "probably the best campaign", "perhaps the worst day since 1972"
// evaluate, and their act is praise or criticism, which a SAY would miss as much as the HEDGE does)
const SUPERLATIVE_AFTER = /^[^\S\n]+(?:one[^\S\n]+of[^\S\n]+)?the[^\S\n]+(?:most|least)[^\S\n]+\p{L}/iu;
/** After "may be": how long until something comes ("… years before", "… several months until"; act-words.json
 *  forecastSpans, forecastSpanCounts). */
const FORECAST_SPAN_AFTER = new RegExp(`^[^\\S\\n]+(?:(?:${actWordList('forecastSpanCounts')})[^\\S\\n]+)?(?:${actWordList('forecastSpans')})[^\\S\\n]+(?:before|until|till)(?![\\p{L}])`, 'iu');

/** A necessity no party is asked to meet (EASED_NECESSITY_BEFORE …): the words before it and after it. */
function unaddressedNecessity(before: string, after: string): boolean {
  return EASED_NECESSITY_BEFORE.test(before) || NO_PARTY_SUBJECT_BEFORE.test(before) || HYPOTHETICAL_YOU_BEFORE.test(before) || ACCEPTANCE_AFTER.test(after);
}

/** "dropped its demand that …", "the union's long-standing demand that …": a determiner or possessor right before the
 *  noun (act-words namedDemandModifiers between) names someone's demand, not one the speaker makes (GUIDE decision 37). */
const NAMED_DEMAND_BEFORE = new RegExp(`(?<![\\p{L}’'])(?:the|a|its|their|his|her|this|that|[\\p{L}-]+[’']s|(?<=s)[’'])(?:[^\\S\\n]+(?:${actWordList('namedDemandModifiers')}))?[^\\S\\n]+$`, 'iu');

/** The first demand word of a content that is not a foreseen necessity (the search goes on past one). */
function demandIn(c: LazyMatches, content: string, off: number): Evidence | null {
  let m = c.demand;
  let text = content;
  // ("we will have to …": a necessity foreseen; "nobody should expect …": a caution about what to expect, no demand)
  const skipped = (e: Evidence): boolean => (NECESSITY.test(e.text ?? '') && FORESEEN_NECESSITY.test(text.slice(Math.max(0, e.start! - off - 40), e.start! - off)))
    || (NECESSITY.test(e.text ?? '') && PREDICTED_NECESSITY.test(text.slice(Math.max(0, e.start! - off - 40), e.start! - off))
      && !URGENT_IN_CLAUSE.test(/^[^.,;:!?\n]*/u.exec(text.slice(e.end! - off))?.[0] ?? ''))
    || noOneShouldExpect(e)
    || (DEPARTURE.test(e.text ?? '') && PLANNED_BEFORE.test(text.slice(Math.max(0, e.start! - off - 40), e.start! - off)))
    // ("it would withdraw the book from sale", "the firm will halt production": a step announced or foreseen, the verb
    // after "will", "would", "plans to", is no demand on anyone; GUIDE decisions 35 and 49. "He would summon its
    // director" still orders another party, GUIDE decision 50)
    || (OWN_STEP.test(e.text ?? '') && PLANNED_BEFORE.test(text.slice(Math.max(0, e.start! - off - 40), e.start! - off)))
    // ("These are painful choices, but we have to …": the speaker's side justifying its own decision)
    || (NECESSITY_WORD.test(e.text ?? '') && CONCEDED_HARD_CHOICE_BEFORE.test(text.slice(Math.max(0, e.start! - off - 80), e.start! - off)))
    || (NECESSITY_WORD.test(e.text ?? '') && DELIBERATION_AFTER.test(text.slice(e.end! - off, e.end! - off + 40)))
    || (NECESSITY_WORD.test(e.text ?? '') && unaddressedNecessity(text.slice(Math.max(0, e.start! - off - 40), e.start! - off), text.slice(e.end! - off, e.end! - off + 40)))
    // ("the owner had been warned by an inspector that the exits must be kept clear": the "must" is the reported
    // warning's, a statement inside the statement, not a demand of the speaker's)
    || NESTED_REPORT_BEFORE.test(text.slice(Math.max(0, e.start! - off - 160), e.start! - off))
    // ("No one should have to rely on a neighbour with a van", "I want to know who approved them": a complaint)
    // (read in the content as given: a skipped "Nobody should" is blanked out of `text` before "have to" is tried)
    || complaintNotDemand(content, e.start! - off, e.end! - off)
    // ("I have to face those families too", "we must ask ourselves how": the speaker's own necessity asks no other
    // party to act; in train and dev, none of the 7 such contents was a DEMAND)
    || (/^(?:have|need)[^\S\n]+to$/iu.test(e.text ?? '') && OWN_NECESSITY_BEFORE.test(text.slice(Math.max(0, e.start! - off - 40), e.start! - off)))
    || DEMAND_REJECT_BEFORE.test(text.slice(Math.max(0, e.start! - off - 40), e.start! - off))
    || (/^demands?[^\S\n]+that$/iu.test(e.text ?? '') && NAMED_DEMAND_BEFORE.test(text.slice(Math.max(0, e.start! - off - 60), e.start! - off)))
    // ("That is not how a budget should be made": a judgement of how it was done, a criticism read by contentAct)
    || NOT_HOW_BEFORE.test(text.slice(Math.max(0, e.start! - off - 60), e.start! - off))
    // ("If the club has nothing to hide, it should have no problem publishing the accounts" presses the club; "fans
    // should have no problem finding a seat", with no condition, foretells)
    || (/^should[^\S\n]+have[^\S\n]+no(?![\p{L}])/iu.test(e.text ?? '') && !CONDITION_IN_SENTENCE_BEFORE.test(text.slice(Math.max(0, e.start! - off - 160), e.start! - off)));
  // (the match "nobody should", or "should be" after "no one": the words after "should" decide)
  function noOneShouldExpect(e: Evidence): boolean {
    const at = e.start! - off;
    const should = /should/iu.exec(e.text ?? '');
    if (!should) return false;
    const s = at + should.index;
    return NO_ONE_BEFORE.test(text.slice(Math.max(0, s - 12), s)) && EXPECTED_AFTER.test(text.slice(s + 6, s + 46));
  }
  for (let guard = 0; m && guard < 20 && skipped(m); guard++) {
    text = text.slice(0, m.start! - off) + ' '.repeat(m.end! - m.start!) + text.slice(m.end! - off);
    m = firstMatch(RX.demand, text, off);
  }
  return m;
}

/** After a "must"/"should" principle, its elliptic denial of the present in the same or the next sentence: "…, and at the
 *  moment they cannot", "…, but too often they are not.", "… . Right now it does not." (act-words principleBreachTimes,
 *  principleBreachAuxiliaries). The negated auxiliary ends its clause: "and they cannot park there" is a second rule. */
const PRINCIPLE_BREACH = new RegExp(`^[^.!?;\\n]*?(?:,?[^\\S\\n]+(?:and|but|yet)[^\\S\\n]+|[.;][”"’]?[^\\S\\n]*[“"‘]?)((?:(?:${actWordList('principleBreachTimes')}),?[^\\S\\n]+)?(?:they|we|it|he|she|you|i|[\\p{L}-]+s)[^\\S\\n]+(?:(?:simply|just|still|clearly|often|plainly)[^\\S\\n]+)?(?:${actWordList('principleBreachAuxiliaries')}))(?=[^\\S\\n]*(?:[.!?,;”"’]|$))`, 'iu');
const PRINCIPLE_WORD = /^(?:must|should|nobody[^\S\n]+should|no[^\S\n]+one[^\S\n]+should|should[^\S\n]+be)$/iu;
function principleBreached(content: string, off: number, demand: Evidence): Evidence | null {
  if (!PRINCIPLE_WORD.test(demand.text ?? '')) return null;
  const from = (demand.end ?? off) - off;
  const m = PRINCIPLE_BREACH.exec(content.slice(from));
  if (!m?.[1]) return null;
  const at = from + m[0].length - m[1].length;
  return { rule: '', start: off + at, end: off + at + m[1].length, text: m[1] };
}

/** Content that is an instruction: an infinitive clause ("to keep the pour going", "not to use the word"); not a
 *  forecast put as one ("told reporters to expect delays": act-words toldToForecasts) nor words told to an audience of
 *  the news (reporters, investors: act-words toldToAudiences). */
const TOLD_TO = '^[“"‘]?(?:not[^\\S\\n]+)?[“"‘]?to[^\\S\\n]+[“"‘]?';
const TOLD_TO_OPENING = new RegExp(`${TOLD_TO}\\p{Ll}`, 'u');
const TOLD_TO_FORECAST = new RegExp(`${TOLD_TO}(?:${actWordList('toldToForecasts')})(?![\\p{L}-])`, 'iu');
const TOLD_TO_AUDIENCE = new RegExp(`(?<![\\p{L}-])(?:${actWordList('toldToAudiences')})(?![\\p{L}-])`, 'iu');
/** Whether "told" at `cueEnd` and its content at `contentStart` of `text` give an instruction. */
const toldToInstructs = (text: string, cueEnd: number, contentStart: number, content: string): boolean =>
  TOLD_TO_OPENING.test(content) && !TOLD_TO_FORECAST.test(content) && !(cueEnd <= contentStart && TOLD_TO_AUDIENCE.test(text.slice(cueEnd, contentStart)));

/** What a neutral cue's content does: the act (unchanged when `evidence` is null and only the rule is noted), its
 *  deciding words, the rule, and whether the reading is weak. */
export interface NeutralReading { act: Act; evidence: Evidence | null; rule: string; review: boolean }

/** A quotation mark that opens or closes a partial quotation between two words of a reported clause ("would “not
 *  hesitate” to prosecute", "stood by "every word" of"): a letter, a digit or a comma on one side, a letter on the other. */
const QUOTE_MARK_IN_CLAUSE = /(?<=[\p{L}\d,][^\S\n]*)[“”"](?=\p{L})|(?<=\p{L})[“”"](?=[^\S\n]+\p{L})/gu;

/**
 * Reported speech that quotes part of its clause performs the act the clause performs (LABELS.md mixed quotes: the
 * marks show which words are the speaker's own, not a different act): `the council would “not think twice” about suing
 * if …` warns as `would not think twice about suing if …` does. When the content as written performs nothing, it is read
 * again with the marks inside the clause blanked (offsets kept); only a reading that finds an act is taken. Not a direct
 * quote, whose marks are not inside its words, and not a naming (`called the levy “an act of …”`), whose marks are part
 * of what it reads.
 */
function readPastQuoteMarks(text: string, content: string, off: number, ctx: NeutralContext, type: string): NeutralReading | null {
  if (type === 'direct' || ctx.describing || ctx.act !== 'SAY') return null;
  const unquoted = content.replace(QUOTE_MARK_IN_CLAUSE, ' ');
  if (unquoted === content) return null;
  const r = neutralContentAct(text, unquoted, off, ctx);
  if (!r?.evidence) return null;
  const ev = r.evidence;
  // (the evidence shows the words as written, marks and all)
  return { ...r, evidence: ev.start !== undefined && ev.end !== undefined ? { ...ev, text: text.slice(ev.start, ev.end) } : ev };
}

/**
 * The act a neutral cue's content performs (GUIDE decision 7), in a fixed order of precedence: a non-answer, the news
 * vocabulary (admission, denial, negated wrongdoing, wrongdoing, criticism, a judgement named), a question, a demand, a
 * warning, praise, a hedge, then the constructions of contentAct. Null when the content does nothing the cue does not.
 * `text` is the string the offsets point into (the article; `content` starts at `off` in it). The act hook of judgeStance
 * and the participle merge of find-statements (vocabularyAct) both read it, so they agree by construction.
 */
export function neutralContentAct(text: string, content: string, off: number, ctx: NeutralContext, c: LazyMatches = new LazyMatches(content, off)): NeutralReading | null {
  const { act, describing, sourcing, negated } = ctx;
  const reading = (a: Act, ev: Evidence | null, rule: string, review = false): NeutralReading => ({ act: a, evidence: ev, rule, review });
  const input = (words: string): ContentActInput => ({ content: words, start: off, type: ctx.type, speakerKind: ctx.speakerKind, speakerRole: ctx.speakerRole, speakerAffiliation: ctx.speakerAffiliation, describing, ...(ctx.chargedBefore ? { answersCharge: ctx.chargedBefore } : {}) });
  const nonAnswer = firstMatch(RX.nonAnswer, content, off, c.starts);
  // ("We are not in a position to say whether … What we can say is that the process did not meet the standards": a
  // non-answer the speaker turns from to an answer is no NO_COMMENT; the rest decides)
  if (nonAnswer && (act === 'SAY' || act === 'ASSERT') && !ANSWER_TURN.test(content.slice((nonAnswer.end ?? off) - off))) return reading('NO_COMMENT', nonAnswer, 'act:content-non-answer');
  if (c.admission && act !== 'CLAIM') return reading('ADMIT', c.admission, 'act:content-admission');
  // "I have never once been bored", "we never thought we would win", "I have never seen anything like it": a first-person
  // "never" before a state, a feeling or an experience tells what the speaker lived, and denies only when it answers a
  // charge the article reports (GUIDE decision 22: a negation that answers no reported charge is not a denial).
  // "Critics said the mayor had played no part in the talks": a third party's involvement denied by a speaker who answers
  // no charge reports it; the speaker's own side's ("we played no part", "it had no part in") or an answer is a denial.
  const thirdPartyReport = c.denial !== null && NO_PART.test(c.denial.text ?? '') && !OWN_SUBJECT_BEFORE.test(content.slice(0, Math.max(0, c.denial.start! - off)))
    && !(ctx.answersAnyCharge?.() ?? true);
  // "no one is above the law", "nobody is perfect": a maxim said bare denies nothing; with a reason after it, it rebuts a
  // claimed exemption ("No one is above the rules because they wear a uniform"), a denial
  const maxim = c.denial !== null && /^(?:nobody|no[^\S\n]+one)[^\S\n]+is$/iu.test(c.denial.text ?? '')
    && MAXIM_AFTER_NOBODY.test(content.slice((c.denial.end ?? off) - off));
  // (a charge against the speaker's side named by a negative description is dismissed before its words are read as a
  // criticism: GUIDE decision 100, content-act charge-described)
  if (describing && act === 'SAY') {
    const ca = contentAct(input(content));
    if (ca?.rule === 'act:content-act:charge-described') return reading(ca.act, ca.evidence, ca.rule, ca.weak);
  }
  if (c.unjustifiedThing && (act === 'SAY' || act === 'ASSERT')) return reading('CRITICIZE', c.unjustifiedThing, 'act:content-unjustified');
  if (c.pretence && (act === 'SAY' || act === 'ASSERT' || act === 'CLAIM')) return reading(describing ? 'CRITICIZE' : 'ACCUSE', c.pretence, 'act:content-pretence');
  // "There is no safe level of lead for a child", "there were no plans for a wider operation": "there is no …" states a
  // general fact or an absence; it denies only when it answers a charge against the speaker's side (GUIDE decision 22).
  // With none, the content is read again without it (another denial word may still decide).
  // (a rebuttal just reported before the quote counts as its charge: "Balwyn disputed that version. “There is no open
  // tab in this contract,” her aide said.")
  if (c.denial && EXISTENTIAL_NO.test(c.denial.text ?? '') && !(ctx.answersAnyCharge?.() ?? true) && !REBUTTAL_JUST_BEFORE.test(text.slice(Math.max(0, off - 200), off))) {
    // (only "there is" is blanked: a denial phrase of its own after it, "no contact", "no incriminating", still denies)
    const at = c.denial.start! - off;
    const lead = (c.denial.text ?? '').length - 2;
    const blanked = content.slice(0, at) + ' '.repeat(lead) + content.slice(at + lead);
    return neutralContentAct(text, blanked, off, ctx);
  }
  if (c.denial && !thirdPartyReport && !maxim && !(FIRST_PERSON_NEVER.test(c.denial.text ?? '') && livedUnanswered(content.slice((c.denial.end ?? off) - off), ctx))) return reading('DENY', c.denial, 'act:content-denial');
  if (c.negation && c.wrong && negates(text, c.negation, c.wrong)) return reading('DENY', c.negation, 'act:negated-wrongdoing');
  // "The clinic claimed that no patient had been put in danger", "its lawyers said it had never been found guilty of
  // fraud": a harm or wrong denied in its clause, in answer to a charge the article reports, is a denial (LABELS.md DENY:
  // content that denies; GUIDE decision 22); with no charge to answer, or under "according to" (decision 21), it only
  // cancels the charge's words above.
  if (c.deniedHarm && !sourcing && !c.wrong && !c.criticism && (ctx.answersAnyCharge?.() ?? false)) return reading('DENY', c.deniedHarm, 'act:negated-harm');
  // "According to the newspaper, the firm violated …" sources what is reported: the words of the report are not
  // the source's accusation, criticism or warning. Only a clear denial, admission or refusal changes its act.
  if (sourcing) return reading(act, null, 'act:sourcing');
  if (c.wrong && act !== 'HEDGE' && epithet(content, off, c.wrong)) return reading('CRITICIZE', c.wrong, 'act:content-epithet');
  if (c.wrong && act !== 'HEDGE') return reading(describing ? 'CRITICIZE' : 'ACCUSE', c.wrong, 'act:content-wrongdoing');
  // (a cue of asserting keeps ASSERT when the content criticises: GUIDE decision 54)
  if (c.criticism && act !== 'HEDGE' && act !== 'ASSERT') return reading('CRITICIZE', c.criticism, 'act:content-criticism');
  // "called the plan divisive", "described him as arrogant": naming something by a judgement of its character
  // criticises it (LABELS.md: describe as something bad), as the judgement words do for stance below.
  if (describing && c.judgement) return reading('CRITICIZE', c.judgement, 'act:naming-judgement');
  // A question mark in one sentence of a quote of several decides its act only when no other sentence carries a
  // stronger one ("Where would we go? We want them to pay us what we are owed." is a demand).
  // (read in the other sentences: "what else has to happen?" demands nothing)
  if (c.question && act === 'SAY') {
    const rest = c.question.text === '?' && SENTENCE_BREAK.test(content) ? withoutQuestions(content) : null;
    const r = rest !== null && /\p{L}/u.test(rest) ? new LazyMatches(rest, off) : null;
    const ca = r && !demandIn(r, rest as string, off) && !r.warning && !r.praise && !negated ? contentAct(input(rest as string)) : null;
    const rDemand = r ? demandIn(r, rest as string, off) : null;
    if (rDemand && !describing) return reading('DEMAND', rDemand, 'act:content-demand', true);
    if (r?.warning && !describing) return reading('WARN', r.warning, 'act:content-warning', true);
    if (r?.praise) return reading('PRAISE', r.praise, 'act:content-praise');
    if (ca) return reading(ca.act, ca.evidence, ca.rule, ca.weak);
    const rq = rhetoricalAct(content, off);
    if (rq) return reading(rq.act, rq.evidence, rq.rule, rq.weak);
    return reading('QUESTION', c.question, 'act:content-question', true);
  }
  const demand = demandIn(c, content, off);
  // (a cue of asserting keeps ASSERT when the content demands or warns too, as when it criticises: GUIDE decision 54,
  // review22 #11)
  if (demand && !describing && act === 'SAY') {
    // ("Athletes must be able to trust the system, and at the moment they cannot": the principle denied of the present
    // in a clause of its own is a complaint, CRITICIZE by GUIDE decision 57)
    const breach = principleBreached(content, off, demand);
    if (breach) return reading('CRITICIZE', breach, 'act:principle-breached', true);
    return reading('DEMAND', demand, 'act:content-demand', true);
  }
  const warning = c.warning ?? conditionalStep(content, off);
  if (warning && !describing && act === 'SAY') {
    // ("Patients are being put at risk. This is not a staffing gap. It is a choice.": a complaint in a sentence of its own
    // beside the warning takes the act, GUIDE decision 57; one inside the warning's sentence only gives its reason)
    const ca = !negated ? contentAct(input(content)) : null;
    if (ca && (ca.act === 'CRITICIZE' || ca.act === 'ACCUSE') && ca.evidence.start !== undefined && separateSentences(text, ca.evidence.start, warning.start!)) return reading(ca.act, ca.evidence, ca.rule, ca.weak);
    return reading('WARN', warning, 'act:content-warning', true);
  }
  // ("never seen anything that gave me a moment's doubt about her integrity", "I have no doubt about his honesty"):
  // confidence in a party's merit voiced by a doubt denied defends it (LABELS.md PRAISE: defend others)
  const trust = act === 'SAY' && !describing ? trustInMerit(content, off) : null;
  if (trust) return reading('PRAISE', trust, 'act:content-trust');
  const praise = c.praise && !reportedPraise(content, off, c.praise, ctx.type) ? c.praise : null;
  if (praise || (describing && c.legit)) return reading('PRAISE', praise ?? c.legit, 'act:content-praise');
  if (c.hedge && act === 'SAY') return reading('HEDGE', c.hedge, 'act:content-hedge', true);
  // Constructions rather than words (content-act.ts): "I did not sign it", "took far too long", "asked the board to …".
  if (act === 'SAY' && !negated) {
    const ca = contentAct(input(content));
    // (and so does the speaker's own "never" before a perception: "I have never seen anything like it")
    // (the content after "never" is read, not only its last verb, so that the exceptions after the verb apply here too)
    const lived = ca?.rule === 'act:content-act:self-negation' && NEVER_THEN_LAST.exec(ca.evidence.text ?? '');
    const afterNever = lived ? content.slice((ca.evidence.start ?? off) - off + lived.index + 'never'.length) : '';
    if (ca && !(lived && livedUnanswered(afterNever, ctx))) return reading(ca.act, ca.evidence, ca.rule, ca.weak);
  }
  return null;
}

/** The payer before a demanded payment when it is no party or the speaker's side: "somebody has to", "we will", "who
 *  should" (a payment asked of a party has the party, or "to" after its name, there). */
const UNNAMED_PAYER_BEFORE = /(?<![\p{L}’'])(?:somebody|someone|anybody|anyone|nobody|no[^\S\n]+one|everyone|everybody|who|we|I|us|you)(?:[^\S\n]+[\p{L}’'-]+){0,3}[^\S\n]+$/iu;
/** A public body's name by its head word (stance-words publicFunders): "Treasury", "Ministry of Transport", "Tarnby Council". */
const PUBLIC_FUNDER = new RegExp(`(?<![\\p{L}])(?:${WORDS.publicFunders.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'iu');
/** Whether a sentence ends between two positions of `text` (a stop, or where a split quote's pieces meet: " … " or a
 *  blanked attribution's run of spaces before a capital). */
function separateSentences(text: string, a: number, b: number): boolean {
  const [x, y] = a < b ? [a, b] : [b, a];
  return /[.!?][”"’']?\s|[^\S\n]…|[^\S\n]{3,}[“"‘]?\p{Lu}/u.test(text.slice(x, y));
}

/** The act a participle clause's words perform when read as a neutral cue's indirect content by a person (null: none):
 *  the act hook's reading (neutralContentAct), so a participle merged with its cue and the statement's act agree. */
export function vocabularyAct(text: string, from: number, words: string): Act | null {
  return neutralContentAct(text, words, from, { act: 'SAY', type: 'indirect', speakerKind: 'person', describing: false, sourcing: false, negated: false })?.act ?? null;
}

/** A demonstrative pointing back at something already spoken of ("that picture", "this was coming", "signed off on
 *  that"), not at a time ("that week", "this morning"); "that" opening a clause after a verb of saying or knowing ("I know that …") points at nothing. */
const BACK_REFERENCE = /(?<![\p{L}])(?:this|these|those|(?<!(?:say|said|says|know|knew|think|thought|believe|hope|mean|so|such|now|is|was|fact)[^\S\n]+)that)(?![\p{L}])(?![^\S\n]+(?:day|night|morning|afternoon|evening|week|weekend|month|year|time|point|moment|summer|winter|spring|autumn)(?![\p{L}]))/iu;
/** A verb negated in one word: "doesn’t", "won't", "can’t". */
const NEGATED_WORD = /\p{L}n[’']t(?![\p{L}])|(?<![\p{L}])(?:cannot|nothing|nobody|no one|none)(?![\p{L}])/iu;
const NEUTRAL_ACTS = new Set<Act>(['SAY', 'ASSERT', 'CLAIM', 'HEDGE']);
/** What is defended is people, not conduct: an object pronoun ("defended him"), or a person or group at the head of the
 *  phrase ("her players", "its staff", "the officers involved", "his deputy"). */
const DEFENDED_HEADS_LISTED: readonly string[] = [...Object.keys(ROLE_NOUNS), ...GROUP_HEADS, 'players', 'player', 'team', 'squad', 'colleague', 'colleagues', 'client', 'clients', 'son', 'daughter', 'husband', 'wife', 'friend', 'friends', 'members', 'officers', 'officer', 'deputy', 'coach', 'manager', 'soldiers', 'troops', 'aide', 'aides', 'appointee', 'nominee', 'people', 'men', 'women', 'children', 'defendants', 'inmates', 'refugees', 'migrants'];
// perf: as one pattern (an object pronoun, or a determiner and at most two words, then one of these ~245 heads, case
// folded) V8 compiled ~0.8 MB of native code for it (a copy per string width, the head list copied per path into it).
// The same test by its parts: the pronouns as a small pattern, and the heads looked up in a Set at the at most six
// places one may start. Case as the pattern's `iu` folds it: an ASCII head matches its letters in either case, and `k`
// and `s` also the Kelvin sign and the long s; a head with other letters, if one is ever listed, keeps a pattern.
const DEFENDED_PRONOUN = /^[^\S\n]*(?:(?:him|them|me|us)(?![\p{L}])|her(?![\p{L}])(?![^\S\n]+[\p{L}]))/iu;
const DEFENDED_DETERMINER = /(?:his|her|their|its|our|my|the|these|those)[^\S\n]+/iuy;
const DEFENDED_WORD = /[\p{L}-]+[^\S\n]+/iuy;
const LETTER_AT = /[\p{L}]/iuy;
const foldAscii = (s: string): string => s.replace(/[A-Z\u212A\u017F]/gu, (c) => (c === '\u212A' ? 'k' : c === '\u017F' ? 's' : c.toLowerCase()));
const isAscii = (w: string): boolean => /^[\x00-\x7F]*$/u.test(w);
const DEFENDED_HEADS = new Set(DEFENDED_HEADS_LISTED.filter(isAscii).map(foldAscii));
const DEFENDED_HEAD_LENGTHS = [...new Set([...DEFENDED_HEADS].map((w) => w.length))].sort((a, b) => a - b);
const DEFENDED_OTHER = DEFENDED_HEADS_LISTED.filter((w) => !isAscii(w));
const DEFENDED_OTHER_HEAD = DEFENDED_OTHER.length ? new RegExp(`(?:${DEFENDED_OTHER.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'iuy') : null;
/** Whether a listed head starts at `at` and ends before a non-letter. */
function defendedHeadAt(text: string, at: number): boolean {
  const folded = foldAscii(text.slice(at, at + (DEFENDED_HEAD_LENGTHS.at(-1) ?? 0)));
  for (const n of DEFENDED_HEAD_LENGTHS) {
    if (n > folded.length) break;
    if (!DEFENDED_HEADS.has(folded.slice(0, n))) continue;
    LETTER_AT.lastIndex = at + n;
    if (!LETTER_AT.test(text)) return true;
  }
  if (!DEFENDED_OTHER_HEAD) return false;
  DEFENDED_OTHER_HEAD.lastIndex = at;
  return DEFENDED_OTHER_HEAD.test(text);
}
/** What is defended opens with an object pronoun ("him", "her" alone), or with a listed head after an optional
 *  determiner and at most two words ("her players", "the two senior officers"). */
function defendsPeople(content: string): boolean {
  if (DEFENDED_PRONOUN.test(content)) return true;
  const start = /^[^\S\n]*/u.exec(content)![0].length;
  const bases = [start];
  DEFENDED_DETERMINER.lastIndex = start;
  if (DEFENDED_DETERMINER.test(content)) bases.push(DEFENDED_DETERMINER.lastIndex);
  for (const base of bases) {
    let at = base;
    for (let words = 0; ; words++) {
      if (defendedHeadAt(content, at)) return true;
      if (words === 2) break;
      DEFENDED_WORD.lastIndex = at;
      if (!DEFENDED_WORD.test(content)) break;
      at = DEFENDED_WORD.lastIndex;
    }
  }
  return false;
}

/** Content whose first verb is a future or a conditional ("the appeal would be lodged within the deadline", "it will
 *  publish the figures"): a plan, not the grounds of a denial. */
const PLAN_FIRST = /^[^.;:!?\n]*?(?<![\p{L}])(?:(would|will|shall|wo|going[^\S\n]+to)|had|has|have|was|were|is|are|did|does|do|could|can|[\p{L}]+ed)(?![\p{L}])/iu;

/** What a denial with "reject", "dismiss" or "dispute" answers: a claim or a charge ("that account", "the charge"), or a
 *  pronoun standing for one ("rejected that", "disputed this"). */
const REBUTTED = new RegExp(`^[^\\S\\n]*(?:(?:that|this|it|these|those)[^\\p{L}]*$|(?:[^.;!?\\n]*?(?<![\\p{L}]))(?:${actWordList('rejectedClaims')}|${actWordList('rebuttedCharges')})(?![\\p{L}]))`, 'iu');

/** Reported speech that gives the grounds of a denial: proper conduct or a check ("had followed the procedure", "had
 *  been inspected in March", "lawfully"), or a negation in its first clause ("had made no representations", "the
 *  scheme was not predatory"). Not a fact beside the charge ("profits had risen", "the minister was travelling", "the
 *  club was founded in 1884 and had never been relegated"). */
const DENIAL_GROUNDS = new RegExp(`(?<![\\p{L}])(?:${actWordList('denialGrounds')}|${actWordList('conformingConduct')})(?![\\p{L}])`, 'iu');
/** Before the grounds of a denial, words that make them a plan, a condition, a question or another event ("would",
 *  "if", "whether", "after"), or a clause break: then the grounds are not what the speaker says it did. */
const GROUNDS_BLOCKED_BEFORE = new RegExp(`(?<![\\p{L}])(?:${actWordList('groundsBlockedBefore')})(?![\\p{L}])|[’']ll(?![\\p{L}])|[;:]`, 'iu');
/** Conduct checked or kept to a rule, said without a verb of denial (groundsAnsweringCharge). */
const CHECKED_CONDUCT = new RegExp(`(?<![\\p{L}])(?:${actWordList('checkedConduct')}|${actWordList('conformingConduct')})(?![\\p{L}])`, 'iu');
const CLAUSE_BREAK = /;|(?<![\p{L}])(?:and|but|while|although|though|whereas)(?![\p{L}])/iu;
const NEGATION = /(?<![\p{L}])(?:not|never|no|nothing|none)(?![\p{L}])|n[’']t(?![\p{L}])/iu;
/** Whether content gives the grounds of a denial (DENIAL_GROUNDS, or a negation before its first "and" or "but"). */
function givesGrounds(content: string): boolean {
  return DENIAL_GROUNDS.test(content) || NEGATION.test(content.split(CLAUSE_BREAK)[0] ?? '');
}
/** A paragraph's text ending in a reporter's sentence of denial (followsReportedDenial): the subject, the verb answering a
 *  charge by itself or one rejecting a claim, and the object. The subject is read from the sentence's start, past a
 *  "But" or "However,". */
const DENIAL_VERBS = `(?:(${actWordList('chargeDenialVerbs')})|(${actWordList('claimRejectionVerbs')}))(?![\\p{L}])`;
const REPORTED_DENIAL = new RegExp(`(?:^|[.!?][”"’']?\\s+)(?:(?:but|however),?\\s+)?([^.!?\\n“”"]{1,120}?)\\s+(?:(?:has|have|had)\\s+)?(?:(?:${actWordList('denialAdverbs')})\\s+)?${DENIAL_VERBS}([^.!?\\n]*)[.!?][”"’']?\\s*[“"‘']?$`, 'iu');
const REPORTED_DENIAL_VERB = new RegExp(`(?<![\\p{L}])${DENIAL_VERBS}`, 'iu');
const PRONOUN_SUBJECT = /^(?:he|she|it|they)$/iu;
const SELF_DESCRIPTION = new RegExp(`^(?:${actWordList('selfDescriptions')})$`, 'iu');
/** Capitalised words of three letters or more, not "The": what two names of one party share. */
function capitalisedWords(s: string): string[] {
  return s.split(/[^\p{L}]+/u).filter((w) => w.length > 2 && /^\p{Lu}/u.test(w) && w !== 'The');
}
const SELF_ANSWERING_DENIAL = new RegExp(`^(?:${actWordList('selfAnsweringDenials')})$`, 'iu');
const TURN = new RegExp(`(?<![\\p{L}])(?:${actWordList('turnWords')})(?![\\p{L}])`, 'iu');
/** A decision reported against criticism it overrode ("despite rights concerns", act-words despiteObjections). */
const DESPITE_OBJECTIONS = new RegExp(`(?<![\\p{L}])despite[^\\S\\n]+(?:[\\p{L}-]+[^\\S\\n]+){0,2}?(?:${actWordList('despiteObjections')})(?![\\p{L}])`, 'iu');
/** A reporter's word of a charge ("is accused of", "faces criticism", "an inquiry into"; act-words reportedChargeWords). */
const REPORTED_CHARGE = new RegExp(`(?<![\\p{L}])(?:${actWordList('reportedChargeWords')})(?![\\p{L}])`, 'iu');
/** A verb whose subject brings the charge ("The regulator accused …", "Auditors opened an inquiry into …"). */
const CHARGING_VERB = new RegExp(`(?<![\\p{L}])(?:${actWordList('chargingVerbs')})(?![\\p{L}])`, 'iu');
/** A form of "be" right before the charging verb: the passive, whose subject faces the charge ("was accused", "has been fined"). */
const PASSIVE_BEFORE = /(?<![\p{L}])(?:is|was|were|are|been|be|being|get|got|gets)[^\S\n]+(?:[\p{L}]+ly[^\S\n]+)?$/iu;
/** The speaker's own side as the subject of a negated past act, opening the content or one of its sentences ("it did
 *  not recognise …", "she had not", "we have never …"; not a present state or opinion, "I don't think", "it was not
 *  that simple", which on PolNeAR train were mostly no denial): in a quote "I" or "we"; in reported
 *  speech also the pronoun of a third person or a body, or a description of the body (act-words selfDescriptions). Not
 *  "will not", "would not", "cannot": a refusal, a plan or an ability. */
const OWN_NEGATED_NEG = `(?:[^\\S\\n]+(?:had|has|have|did)(?:[^\\S\\n]+(?:not|never)|n[’']t)|(?:[^\\S\\n]+(?:had|has|have)|[’'](?:ve|d))?[^\\S\\n]+never)(?![\\p{L}])`;
const OWN_NEGATED_DIRECT = new RegExp(`(?:^|[.!?][”"’']?[^\\S\\n]+)[“"‘']?(?:I|[Ww]e)${OWN_NEGATED_NEG}`, 'u');
const OWN_NEGATED_REPORTED = new RegExp(`(?:^|[.!?;][”"’']?[^\\S\\n]+|(?<![\\p{L}])and[^\\S\\n]+that[^\\S\\n]+)(it|he|she|we|they|${actWordList('selfDescriptions')})${OWN_NEGATED_NEG}`, 'iu');
/** After the negation, an intention, a wish or a position rather than conduct ("did not intend to appeal", "we are not
 *  against jobs", "did not comment"; act-words negatedNonConduct). */
const NEGATED_NON_CONDUCT = new RegExp(`^[^\\S\\n]+[“"‘']?(?:(?:ever|really|currently)[^\\S\\n]+)?(?:${actWordList('negatedNonConduct')})(?![\\p{L}])`, 'iu');
/** A sentence of the reporter's own that states a charge, and its words that name the parties charged (after the accuser). */
interface ReporterCharge { start: number; text: string; charged: string }

/** Who each speaker is in conflict with in an article, and whether a party is spoken against at all. */
interface Opponents {
  /** The speaker's own opponent (`own`: one it spoke against or that spoke against it), else the article's most accused party. */
  of(speaker: Speaker, own: ReadonlySet<string>): { name: string; own: boolean } | undefined;
  attacked(name: string): boolean;
}

export interface JudgeInput {
  text: string; tokens: readonly Token[]; statements: readonly DraftStatement[]; mentions: readonly Mention[];
  /** Whether the text's first line is the headline (default); false when the title is given apart from the text. */
  headlineInText?: boolean;
}

export function judgeStance(input: JudgeInput): DraftStatement[] {
  const { text, tokens, statements, mentions } = input;
  /** The article's line breaks, in order (newlinesBetween). */
  const newlineOffsets: number[] = [];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) newlineOffsets.push(i);
  /** The article's sentence ends and line breaks as [start, end), found when first asked (sentenceStartBefore). */
  let sentenceBreaks: Array<readonly [number, number]> | null = null;
  const headlineInText = input.headlineInText !== false;
  const tokenAt = (start: number): number | undefined => tokenStartingAt(tokens, start);
  /** The tokens starting in [start, end). */
  const tokensIn = (start: number, end: number): Token[] => {
    const out: Token[] = [];
    for (let i = firstIndex(tokens.length, (k) => (tokens[k] as Token).start < start); i < tokens.length && (tokens[i] as Token).start < end; i++) out.push(tokens[i] as Token);
    return out;
  };
  /** "that" at `start` as a determiner ("at that company"), not a conjunction ("said that council tax …"). */
  const demonstrativeThat = (start: number): boolean => {
    const [t] = tokensIn(start, start + 4);
    return t !== undefined && t.start === start && t.pos === 'DET';
  };
  // stable: equal starts keep their order
  const namesWithHead = headNameIndex(text);
  const nationName = nationNames(text);
  const peoplesAdjective = peoplesAdjectives(text);
  /** The capitalised words of a speaker's mentions other than its name's own ("Kessani", "Foreign", "Minister" of
   *  "Kessani Foreign Minister Dalia Oruno"); read once per speaker. */
  const titleWordsMemo = new Map<string, string[]>();
  const titleWordsOf = (speaker: string): string[] => {
    let words = titleWordsMemo.get(speaker);
    if (!words) {
      const own = new Set(speaker.split(/[^\p{L}]+/u));
      words = [...new Set(statements.filter((s) => s.speaker.name === speaker).flatMap((s) => (s.speaker.mention?.text ?? '').split(/[^\p{L}]+/u))
        .filter((w) => /^\p{Lu}\p{L}{2,}$/u.test(w) && !own.has(w)))];
      titleWordsMemo.set(speaker, words);
    }
    return words;
  };
  /** "had the authority to close the park": a power, no party (powerSense… in stance-words.json). */
  const powerSense = (at: number): boolean => POWER_SENSE_BEFORE.test(text.slice(Math.max(0, at - 30), at));
  const byStart = cleanMentions(text, tokens, [...mentions].sort((a, b) => a.start - b.start), namesWithHead, headlineInText)
    .filter((m) => !(/^the\s/iu.test(m.text) && POWER_SENSE_HEADS.has(m.text.slice(4).trim().toLowerCase()) && powerSense(m.start)))
    .map((m) => checkDescription(m, (head, at) => namesWithHead(head, at) ?? namesWithHead(plural(head), at)));
  const longerName = longerNames(text, byStart, headlineInText);
  /** The body the article gives a person as theirs ("Dr Ana Tupworth, a surgeon at Harlow General", a speaker's affiliation):
   *  first as a speaker, else as a mention. */
  let affiliationOfPerson: Map<string, string> | undefined;
  const personAffiliation = (name: string): string | undefined => {
    if (!affiliationOfPerson) {
      affiliationOfPerson = new Map();
      for (const s of statements) if (s.speaker.kind === 'person' && s.speaker.affiliation && !affiliationOfPerson.has(s.speaker.name)) affiliationOfPerson.set(s.speaker.name, s.speaker.affiliation);
      for (const m of byStart) if (m.kind === 'person' && m.affiliation && !affiliationOfPerson.has(m.name)) affiliationOfPerson.set(m.name, m.affiliation);
    }
    return affiliationOfPerson.get(name);
  };
  /** The first mention (by start) that overlaps `start`..`end`, if any. */
  const mentionOver = (start: number, end: number): Mention | undefined => {
    for (let k = Math.max(0, firstAtOrAfter(byStart, start) - 1); k < byStart.length && (byStart[k] as Mention).start < end; k++) {
      if ((byStart[k] as Mention).end > start) return byStart[k];
    }
    return undefined;
  };
  /** Whether a name found by its head may be a body: one that speaks in the article, or a name the speakers' stage read as
   *  an organisation or group whose head word is a body's (so no event, building, treaty or product: "the marathon" is
   *  not "Boston Marathon", "the line" is not "Varnton Shipping Line" by its head alone), and never one read as a person;
   *  read once per name. */
  const speakerNames = new Set(statements.map((s) => s.speaker.name));
  /** Bodies that speak in the article or employ one who does (a body's name, a person's affiliation or the body they
   *  speak for); read once per article, and only when a venue's word is met. */
  let speakingBodiesMemo: Set<string> | undefined;
  const speakingBodies = (): Set<string> => (speakingBodiesMemo ??= new Set(statements.flatMap((s) => [
    s.speaker.kind === 'organization' || s.speaker.kind === 'group' ? s.speaker.name : undefined, s.speaker.affiliation ?? undefined,
    s.speaker.kind === 'person' ? bodyOf(s.speaker) : undefined,
  ]).filter((n): n is string => typeof n === 'string')));
  const bodyName = new Map<string, boolean>();
  const namedAsBody = (name: string): boolean => {
    let yes = bodyName.get(name);
    if (yes === undefined) {
      const head = (name.split(/\s+/u).pop() ?? '').toLowerCase();
      const bodyHead = ORG_HEADS.has(head) || GROUP_HEADS.has(head) || DESCRIBED_BODY_HEADS.has(head) || DESCRIBED_BODY_HEADS.has(head.replace(/ies$/u, 'y'));
      const asBody = speakerNames.has(name) || (byStart.some((m) => m.name === name && (m.kind === 'organization' || m.kind === 'group')) && bodyHead);
      yes = asBody && !byStart.some((m) => m.kind === 'person' && m.text.includes(name));
      bodyName.set(name, yes);
    }
    return yes;
  };
  /** Whether the article writes a noun with no determiner, possessive, number, adjective or noun before it ("of water"). */
  const bare = new Map<string, boolean>();
  let tokensByText: Map<string, number[]> | undefined;
  const writtenBare = (head: string): boolean => {
    let yes = bare.get(head);
    if (yes === undefined) {
      yes = false;
      // (the tokens by their text, indexed once: a scan of every token per head was quadratic in the article)
      if (!tokensByText) {
        tokensByText = new Map();
        for (let i = 1; i < tokens.length; i++) {
          const list = tokensByText.get((tokens[i] as Token).text);
          if (list) list.push(i); else tokensByText.set((tokens[i] as Token).text, [i]);
        }
      }
      for (const i of tokensByText.get(head) ?? []) {
        if (yes) break;
        const p = tokens[i - 1] as Token;
        yes = MASS_QUANTIFIERS.has(p.normal) || (!['DET', 'PRON', 'NUM', 'ADJ', 'NOUN', 'PROPN', 'PUNCT'].includes(p.pos) && !/^(?:[’']s|s[’'])$/u.test(p.text));
      }
      bare.set(head, yes);
    }
    return yes;
  };
  const bodies = new Map<string, string | null>();
  /** Speakers whose party label was refused as their body (bodyOf): no affiliation stands in for it. */
  const partyOnly = new Set<string>();
  let byName: Map<string, number[]> | undefined;
  // Statements in text order, to find who made the claim a denial rebuts.
  const ordered = [...statements].sort((a, b) => a.content.start - b.content.start);
  let byWord: Map<string, string> | undefined;
  let written: Map<string, number> | undefined;
  let takers: Array<{ at: number; verb: string; subject: Mention }> | undefined;
  let verbs: Array<{ at: number; verb: string }> | undefined;
  let verbsByStem: Map<string, number[]> | undefined;
  let mainCompanyMemo: Mention | null | undefined;
  let shortIndex: ShortNames | undefined;
  let bodyShortIndex: ShortNames | undefined;
  /** The mentions the short-name index reads: the article's, and a body's full name where a statement's speaker is
   *  written and the mentions have none ("…, according to Brightvale Renewables." then "Brightvale had pressured landowners …"). */
  const shortNameMentions = (): Mention[] => {
    const extra: Mention[] = [];
    for (const s of statements) {
      const m = s.speaker.mention;
      if (s.speaker.kind !== 'organization' || !m || m.text !== s.speaker.name || byStart.some((b) => b.start === m.start) || extra.some((b) => b.start === m.start)) continue;
      extra.push({ start: m.start, end: m.end, text: m.text, name: s.speaker.name, kind: 'organization', role: null, number: 'singular' });
    }
    return extra.length ? [...byStart, ...extra].sort((a, b) => a.start - b.start) : byStart;
  };
  let holders: Map<string, string | undefined> | undefined;
  let lowerText: string | undefined;
  /** The organisation the article writes out most often (the earliest on a tie), if written out at least twice. */
  /** A body whose name says it is no company: "Wimstow City Council", "Haskaven Growers' Club", "Dockers' Union". */
  const noCompany = (name: string): boolean => name.toLowerCase().split(/\s+/u).some((w) => INSTITUTION_HEADS.has(w) || NON_COMPANY_HEADS.has(w));
  const mainCompany = (): Mention | undefined => {
    if (mainCompanyMemo === undefined) {
      // (a short name counts for the full one it opens: "Pimgate" for "Pimgate Chemical Co.")
      // (a public body, "Harlow District Council", "the Interior Ministry", is no company; and two names that only share a
      // first word, "National Grid" and "National Research Council", are two organisations)
      // (nor is an alliance, a trust, a league or a campaign: "the company" in a statement is never "Pelham Tenants'
      // Alliance", stance-words nonCompanyHeads)
      const companies = byStart.filter((m) => m.kind === 'organization' && m.text === m.name && !isOutlet(m.name, m.kind) && /\p{Ll}/u.test(m.name)
        && !noCompany(m.name));
      const fullByFirstWord = new Map<string, Mention>();
      for (const m of companies) if (/\s/u.test(m.name) && !fullByFirstWord.has(m.name.split(/\s+/u)[0] as string)) fullByFirstWord.set(m.name.split(/\s+/u)[0] as string, m);
      const counts = new Map<string, { n: number; m: Mention }>();
      for (const m of companies) {
        const full = /\s/u.test(m.name) ? m : fullByFirstWord.get(m.name);
        const k = (full ?? m).name.toLowerCase();
        const c = counts.get(k);
        if (!c) counts.set(k, { n: 1, m: full ?? m });
        else c.n++;
      }
      let best: { n: number; m: Mention } | undefined;
      for (const c of counts.values()) if (!best || c.n > best.n) best = c;
      mainCompanyMemo = best && best.n >= 2 ? best.m : null;
    }
    return mainCompanyMemo ?? undefined;
  };
  /** How often each name is written out in full (not reached through a description or a pronoun). */
  const writtenOut = (): Map<string, number> => {
    if (!written) {
      written = new Map();
      for (const m of byStart) if (m.text === m.name) written.set(m.name, (written.get(m.name) ?? 0) + 1);
    }
    return written;
  };
  // Judged in text order: a quote that goes on from the speaker's previous statement reads that statement's targets.
  const judged = new Map<DraftStatement, DraftStatement>();
  // Statements that speak against someone they do not name ("“They had our letter,” she said"): judged again once the
  // article's conflicts are known (opponents), against the party the speaker is in conflict with.
  const unnamed = new Set<DraftStatement>();
  // The parties the rules' stances are against, each with where and by whom (the act model reads whether a statement's
  // speaker was spoken against before it by another: act-features.ts); a statement judged again is not recorded twice.
  const spokenAgainst = new Map<string, SpokenAgainst[]>();
  /** The client an advocate named by "her client", "my client" (by the advocate's key): in the advocate's later
   *  statements that person is still the one spoken for, named or carried, whatever the words of complaint. */
  const clientOf = new Map<string, string>();
  /** Whether the article is a sports report (sportsStory), once read. */
  let sportsMemo: boolean | undefined;
  const recorded = new Set<DraftStatement>();
  /** The parties guessed as the authors of a suggestion a statement rebuts, by the statement's content start: the
   *  speaker's opponents, not its targets (GUIDE section 6: a target is named or referred to). */
  const suggestionAuthors = new Map<number, string[]>();
  let orderIndex: Map<DraftStatement, number> | undefined;
  let opponentOf: Opponents | undefined;
  /** Whether a passage carries a word of a charge: criticism or wrongdoing, or a reporter's word of charge. */
  const chargeIn = (x: string): boolean => Boolean(firstWordListMatch(RX.criticism, x) || firstWordListMatch(RX.wrongdoing, x)) || REPORTED_CHARGE.test(x);
  /** chargeIn of a statement's words, and the lower-cased span answersCharge reads, kept per content (each statement
   *  reads back over the ones before it, so each is asked of again and again in a long article). */
  const contentCharged = new WeakMap<object, boolean>();
  const chargeInContent = (p: DraftStatement): boolean => {
    let r = contentCharged.get(p.content);
    if (r === undefined) { r = chargeIn(p.content.text); contentCharged.set(p.content, r); }
    return r;
  };
  const spanLower = new WeakMap<DraftStatement, string>();
  let reporterChargesMemo: ReporterCharge[] | undefined;
  /**
   * The charges the reporter states in its own words, read once per article (GUIDE decision 22: the charge a party
   * answers may be the article's, "Brightmoor is accused of …", "Regulators opened an inquiry into Brightmoor after …",
   * not another speaker's statement): the headline and each sentence no statement covers that carries a word of charge,
   * with the words that name the parties it charges. The subject of an active charging verb brings the charge and
   * is not charged ("The union accused Brightmoor of …": Brightmoor only).
   */
  const reporterCharges = (): ReporterCharge[] => {
    if (reporterChargesMemo) return reporterChargesMemo;
    const spans = ordered.map((o) => [Math.min(o.content.start, o.cue?.start ?? o.content.start), Math.max(o.content.end, o.cue?.end ?? o.content.end)] as const);
    reporterChargesMemo = [];
    for (const m of text.matchAll(/[^\n.!?]+(?:[.!?]+[”"’']?|(?=\n)|$)/gu)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!/\p{L}/u.test(m[0]) || spans.some(([a, b]) => a < end && b > start) || !chargeIn(m[0])) continue;
      const verb = CHARGING_VERB.exec(m[0]);
      // ("accused of" with nothing between is the passive of a headline, "Brightmoor accused of …": its subject is charged)
      const from = verb && !PASSIVE_BEFORE.test(m[0].slice(0, verb.index)) && !/^[^\S\n]+(?:of|over)(?![\p{L}])/u.test(m[0].slice(verb.index + verb[0].length)) ? verb.index : 0;
      const charged = m[0].slice(from);
      if (/\p{Lu}/u.test(charged)) reporterChargesMemo.push({ start, text: m[0], charged });
    }
    return reporterChargesMemo;
  };
  /** The reporter's charges before `off` that name the statement's speaker or its side by a capitalised word. */
  const reporterChargesAgainst = (st: DraftStatement, off: number): ReporterCharge[] => {
    // (the full name or affiliation, or a person's surname: one shared word, "Felling" of "Felling Corstow" and "Felling
    // Angling Club", is no party)
    const mine = [st.speaker.name, st.speaker.affiliation ?? '', st.speaker.kind === 'person' ? st.speaker.name.split(/\s+/u).pop() ?? '' : '']
      .filter((n) => /^\p{Lu}/u.test(n) && n.length > 2 && !FUNCTION_WORDS.has(n.toLowerCase()));
    if (mine.length === 0) return [];
    const named = (c: ReporterCharge): boolean => mine.some((n) => hasWord(c.charged, n));
    return reporterCharges().filter((c) => c.start < off && named(c));
  };
  /** Whether a person speaker was charged by their own name before `off`: another speaker spoke against them, or the
   *  reporter's charge names them (their full name or surname), not only the body they speak for. */
  const chargedByName = (st: DraftStatement, off: number): boolean => {
    const own = st.speaker.name.toLowerCase();
    if (spokenAgainstBefore(spokenAgainst.get(own), own, off)) return true;
    const names = [st.speaker.name, st.speaker.name.split(/\s+/u).pop() ?? ''].filter((n) => /^\p{Lu}/u.test(n) && n.length > 2 && !FUNCTION_WORDS.has(n.toLowerCase()));
    return reporterCharges().some((c) => c.start < off && names.some((n) => hasWord(c.charged, n)));
  };
  /** Whether the body `name` was spoken against before `off` by another speaker than `st`'s. (Not the reporter's charges:
   *  their sentence names the person's body as often as the person, "Ralworth, who rides for Velotex, was accused …".) */
  const bodyChargedBefore = (name: string, st: DraftStatement, off: number): boolean => {
    return spokenAgainstBefore(spokenAgainst.get(name.toLowerCase()), st.speaker.name.toLowerCase(), off);
  };
  /** The bodies the article introduces as each speaker's own, in a relative clause right after one of its mentions
   *  ("Ana Reis, who chairs the group Tenants First"; own-side.ts), by speaker name; read once. */
  const introducedMemo = new Map<string, Set<string>>();
  // (each speaker's mentions, in statement order, grouped once: a statement reads its own speaker's, so the cost stays
  // linear in the article's length)
  let mentionsOfSpeaker: Map<string, Array<{ end: number }>> | null = null;
  const introducedOf = (speaker: string): Set<string> => {
    let out = introducedMemo.get(speaker);
    if (!out) {
      if (!mentionsOfSpeaker) {
        mentionsOfSpeaker = new Map();
        for (const s of statements) {
          const m = s.speaker.mention;
          if (!m) continue;
          const list = mentionsOfSpeaker.get(s.speaker.name);
          if (list) list.push(m); else mentionsOfSpeaker.set(s.speaker.name, [m]);
        }
      }
      out = new Set();
      for (const m of mentionsOfSpeaker.get(speaker) ?? []) {
        const body = introducedBody(text, m.end);
        if (body) out.add(key(body));
      }
      introducedMemo.set(speaker, out);
    }
    return out;
  };
  /** Judges a statement on its own words only: a span that runs on into another speaker's clause opened by "while"
   *  (own-side.ts contrastCut) is read up to that clause; the span itself is left as the statements stage gave it. */
  // (the other statements' speaker mentions and cues, in mention order, read once: a statement looks only at those
  // near a contrast clause of its own, so the cost stays linear in the article's length)
  const cueMentions = statements.filter((o) => o.speaker.mention && o.cue)
    .map((o) => ({ st: o, mentionAt: o.speaker.mention!.start, cueAt: o.cue!.start })).sort((a, b) => a.mentionAt - b.mentionAt);
  const judgeCut = (st: DraftStatement, previous: DraftStatement | undefined): DraftStatement => {
    const othersFrom = (from: number, to: number): Array<{ mentionAt: number; cueAt: number }> => {
      const out: Array<{ mentionAt: number; cueAt: number }> = [];
      for (let k = firstIndex(cueMentions.length, (i) => (cueMentions[i] as { mentionAt: number }).mentionAt < from); k < cueMentions.length && (cueMentions[k] as { mentionAt: number }).mentionAt < to; k++) {
        if (cueMentions[k]!.st !== st) out.push(cueMentions[k]!);
      }
      return out;
    };
    const cut = st.content.pieces && st.content.pieces.length > 1 ? -1 : contrastCut(text, st.content.start, st.content.end, othersFrom);
    const out = cut > st.content.start
      ? { ...judgeOne({ ...st, content: { ...st.content, end: cut, text: text.slice(st.content.start, cut) } }, previous), content: st.content }
      : judgeOne(st, previous);
    return negatedDemandOpening(st.content.text) ? withoutHedgedDefence(out) : out;
  };
  ordered.forEach((st, index) => {
    judged.set(st, judgeCut(st, index > 0 ? judged.get(ordered[index - 1] as DraftStatement) : undefined));
  });
  if (unnamed.size > 0) {
    opponentOf = opponents(ordered.map((st) => judged.get(st) as DraftStatement));
    ordered.forEach((st, index) => {
      if (unnamed.has(st)) judged.set(st, judgeCut(st, index > 0 ? judged.get(ordered[index - 1] as DraftStatement) : undefined));
    });
  }
  // The trained model re-reads each target's stance (stance-features.ts); rules only when no model is in use.
  // A body's short name as a target is the body under its full name, as the speakers stage names it ("Corvallen" after
  // "Corvallen Pharma"), when exactly one body in the article is so named: one party, one row.
  const fullName = shortBodyNames(text, byStart, statements);
  // (a person's own defence or admission is the body's they speak for, unless they were the one accused: person-for-body.ts)
  // (and only to a body the article names as one: a speaker organisation or group, or a mention read as one)
  // (the names read as bodies, gathered once rather than searched for each statement)
  let bodyNames: Set<string> | null = null;
  const namedBody = (name: string): boolean => {
    if (!bodyNames) {
      const bodyKind = (kind: string): boolean => kind === 'organization' || kind === 'group' || kind === 'media';
      bodyNames = new Set([...statements.filter((s) => bodyKind(s.speaker.kind)).map((s) => s.speaker.name), ...byStart.filter((m) => bodyKind(m.kind)).map((m) => m.name)]);
    }
    return bodyNames.has(name);
  };
  const accusedBefore = (st: DraftStatement) => (name: string): boolean => spokenAgainstBefore(spokenAgainst.get(name.toLowerCase()), st.speaker.name.toLowerCase(), st.content.start);
  const judgedInOrder = ordered.map((st) => judged.get(st) ?? st);
  const answering = repliesToCharge(judgedInOrder);
  const defending = defendsAgainstCritics(judgedInOrder, answering);
  const defendingBody = defendsBodyAgainstCritics(judgedInOrder, (st) => {
    const body = st.speaker.affiliation;
    return body !== undefined && !titleWordOnly(text, body) && namedBody(body) ? body : undefined;
  }, answering);
  const implied = impliedParties(text, judgedInOrder, (speaker) => [speaker.name, speaker.affiliation, bodyOf(speaker)], (name) => fullName.get(name) ?? name, chargeInContent);
  const opponentsNamed = ownOpponentsNamed(judgedInOrder);
  // (each target under the party's canonical name, or none where its words name no party: target-names.ts)
  const namer = targetNamer(text, tokens, byStart, statements);
  return statements.map((st) => {
    const judgedOne = judged.get(st) ?? st;
    const impliedParty = implied.get(judgedOne);
    const opposed = opponentsNamed.get(judgedOne);
    const read = answering.has(judgedOne) ? withAnswerTarget(judgedOne)
      : impliedParty !== undefined ? withImpliedTarget(judgedOne, impliedParty)
        : opposed !== undefined ? withOpponentNamed(judgedOne, opposed) : judgedOne;
    // (a party under fire defends itself in a report that the rules above read as against another party too)
    const bodyDefended = defendingBody.get(judgedOne);
    const done = defending.has(judgedOne) ? withSelfDefence(read) : bodyDefended !== undefined ? withBodyDefence(read, bodyDefended) : read;
    const aff = done.speaker.kind === 'person' ? done.speaker.affiliation : undefined;
    // (the affiliation as the speakers' stage gives it, not a title word before the name: "Presidential spokesman")
    // (then the last naming pass renames or drops targets that are no party's canonical name, target-names.ts, and the
    // trained target model re-reads each target's stance, as the rules left it: target-model.ts, off by default)
    return applyTargetModel(text, namedTargets(canonicalTargets(applyStanceModel(text, aff !== undefined && !titleWordOnly(text, aff) ? personForBody(done, aff, accusedBefore(done), namedBody) : done), fullName), namer));
  });

  function judgeOne(st: DraftStatement, previous: DraftStatement | undefined): DraftStatement {
    const evidence: Evidence[] = [];
    const rules = [...(st.rules ?? [])];
    // The statement's own words: in a quote split around its attribution, the reporter's words between the pieces
    // (", he said, for fear of retaliation, ") are blanked, offsets kept, so that no vocabulary is read in them.
    const content = ownWords(st.content);
    const off = st.content.start;
    let act: Act = st.act;
    let framing = st.framing;
    // Why the statement is flagged for review (Statement.reviewReasons; src/stages/stance/review-flag.ts decides which count).
    const reasons = new Set<string>();
    const flag = (why: string): void => { reasons.add(why); };
    const cueLemma = st.cue?.lemma ?? '';
    if (st.cue) evidence.push({ rule: 'act:cue', start: st.cue.start, end: st.cue.end, text: st.cue.text });

    // Negated cue: "did not deny" is not a denial.
    const negated = st.cue ? isNegated(st.cue.start) : false;
    // The vocabulary is matched on first use only: most statements settle their act and stance on a few lists.
    const c = new LazyMatches(content, off);

    let allegedConduct = false;
    let askedOnly = false;
    /** The parties the paraphrase a quote backs was against by its own words (act:backs-paraphrase; not a guessed
     *  opponent), when it backs one. */
    let backedAgainst: string[] | undefined;
    const alike = (a: string, b: string): boolean => key(a) === key(b) || sameName(key(a), key(b)) || wordsWithin(key(a), key(b)) || wordsWithin(key(b), key(a));
    const setAct = (a: Act, ev: Evidence | null, rule: string, review = false): void => {
      act = a;
      if (ev) evidence.push({ ...ev, rule });
      rules.push(rule);
      if (review) flag(`act-rule:${rule}`);
    };
    // "the inquiry concluded that …", "the panel concluded": a finding (REVEAL, ENDORSING); "…,” she concluded: SAY.
    if (st.cue && !negated && act === 'SAY' && FINDING_CUES.has(cueLemma) && findingBody(st.speaker)) {
      act = 'REVEAL';
      framing = 'ENDORSING';
      rules.push('act:finding-body');
    }
    else if (negated && act === 'DENY') { act = 'SAY'; rules.push('act:negated-denial'); }
    // "would not say whether …", "could not confirm the report": a refusal to answer (GUIDE decision 19).
    else if (st.cue && act !== 'NO_COMMENT' && ANSWER_CUES.has(cueLemma) && refusedBefore(st.cue.start)) {
      setAct('NO_COMMENT', { rule: '', start: st.cue.start, end: st.cue.end, text: st.cue.text }, 'act:refused-answer');
    }
    else if (act !== 'NO_COMMENT' && (NEUTRAL_ACTS.has(act) || cueLemma === 'describe' || cueLemma === 'call')) {
      // A neutral cue takes the act its content performs (GUIDE decision 7), read by neutralContentAct.
      const describing = cueLemma === 'describe' || cueLemma === 'call';
      const neutralCtx: NeutralContext = { act, type: st.type, speakerKind: st.speaker.kind, speakerRole: st.speaker.role, speakerAffiliation: st.speaker.affiliation, describing, sourcing: /^according/u.test(cueLemma), negated, answersCharge: () => answersCharge(st, true), answersAnyCharge: () => answersCharge(st), chargedBefore: () => answersCharge(st) || chargeIn(text.slice(0, st.content.start)) || DESPITE_OBJECTIONS.test(text.slice(0, st.content.start)) };
      const r = neutralContentAct(text, content, off, neutralCtx, c) ?? readPastQuoteMarks(text, content, off, neutralCtx, st.type);
      // "“They knew the risk and they chose not to spend the money,” she alleged": to allege another party's conduct is
      // to accuse it (section 4: ACCUSE is alleging wrongdoing by a named party; every `alleged` in the train and dev gold
      // is ACCUSE). Not content that opens on the speaker's own "I"/"we" ("“I was at home all evening,” he alleged"), or on a
      // "she"/"he" that is the speaker ("Marta Quist alleged that she had been followed"), which CLAIM keeps. The targets
      // are read as for the CLAIM (the allegation rule below: the party the conduct is told of, not every name in it),
      // and the act set at the end.
      allegedConduct = (r?.evidence ? r.act : act) === 'CLAIM' && cueLemma === 'allege' && !negated && !SELF_SUBJECT_OPENING.test(content)
        && !speakerPronounOpening(st, content);
      if (r?.evidence) setAct(r.act, r.evidence, r.rule, r.review);
      else if (r) rules.push(r.rule);
      else if (act === 'SAY' && !negated && st.type === 'direct' && !describing) {
        // A direct quote that backs what its speaker was just reported to say voices that act.
        const backed = backedAct(st, c, content);
        if (backed) { setAct(backed.act, backed.evidence, 'act:backs-paraphrase', true); backedAgainst = backed.against; }
      }
      // (reported speech only: a direct quote after a denial keeps its own act unless it carries a negation, backedAct)
      if (act === 'SAY' && !negated && !describing && !r && st.type !== 'direct') {
        const denial = followsOwnDenial(st);
        if (denial) setAct('DENY', denial, 'act:follows-own-denial', true);
      }
      // (the denial reported in a sentence of its own, no statement: "Varnton rejected the charge. “We have …,” said …")
      if (act === 'SAY' && !negated && !describing && !r) {
        const denial = followsReportedDenial(st, content);
        if (denial) setAct('DENY', denial, 'act:after-reported-denial', true);
      }
      // (the grounds of a denial with no verb of denial reported: "it said the pens had been inspected twice a year",
      // when a charge named the speaker's side before)
      // (a negated account of its own conduct by a party a charge names: "it did not recognise that account" after "The
      // brewery is accused of …"; GUIDE decision 22)
      if (act === 'SAY' && !negated && !describing && !r) {
        // (a body's account only, "it"/"the company" in reported speech: on PolNeAR train a person's "I didn't …", "he had
        // not …" was as often a feeling, an opinion or another man's conduct as a denial)
        const m = st.type === 'direct' ? null : OWN_NEGATED_REPORTED.exec(content);
        // (a description of a body is the speaker's own side only when deniedBy says so: "the company had not yet
        // replied", said by the council, is another party's)
        const subject = m?.[1];
        if (m && (subject && (/^it$/iu.test(subject) || (!PRONOUN_SUBJECT.test(subject) && !/^we$/iu.test(subject) && deniedBy(subject, st)))) && !NEGATED_NON_CONDUCT.test(content.slice(m.index + m[0].length)) && answersCharge(st, true)) {
          const at = off + m.index + m[0].search(/\S/u);
          setAct('DENY', { rule: '', start: at, end: off + m.index + m[0].length, text: text.slice(at, off + m.index + m[0].length) }, 'act:negated-own-conduct', true);
        }
      }
      if (act === 'SAY' && !negated && !describing && !r && st.type !== 'direct') {
        const grounds = groundsAnsweringCharge(st, content);
        if (grounds) setAct('DENY', grounds, 'act:grounds-answer-charge', true);
      }
      // "managers told them “not to use the word leak”", "crews were told to keep the pour going": "told" whose
      // content is an instruction, an infinitive clause, orders (LABELS.md DEMAND: ask, call on)
      if (act === 'SAY' && !negated && !describing && !r && cueLemma === 'tell' && st.type !== 'direct' && st.cue && toldToInstructs(text, st.cue.end, st.content.start, content)) {
        setAct('DEMAND', { rule: '', start: st.cue.start, end: st.cue.end, text: st.cue.text }, 'act:told-to');
      }
    }
    // ("“Who will rebuild it?” he asked": a quote asked as a question is one, whatever sentence comes before it; 11 of 11
    // direct quotes under "asked" in train and dev are QUESTION)
    // (review22 #3: such a question is against the ones it names only when it insinuates, GUIDE decision 73: an
    // interviewer's or a host's question is against no one, nor the speaker's own side: `askedOnly`, `insinuates`)
    if (cueLemma === 'ask' && (/^(whether|why|how|what|if|who)\b/iu.test(content) || (st.type === 'direct' && content.includes('?')))) {
      askedOnly = act !== 'QUESTION';
      act = 'QUESTION';
    }

    // Targets: names in the content and the cue's object; "the company"/"we" refer back to the speaker.
    let toneMemo: number | undefined;
    // What follows a contrasting "but" is what the speaker holds ("The service has been good at cutting prices. But it
    // has pushed this supplier out"): the tone is read from the last "but" on, when words of their own follow it.
    const tone = (): number => (toneMemo ??= toneOf(afterLastBut(content)));
    /** An asked question insinuates (GUIDE decision 73) when it carries a charge or a negative tone and is not an
     *  interviewer's or a host's (review22 #3). */
    // (a question of one who is no interviewer is as a rule pointed, "How many more studies must he read before he
    // moves?", "asked why the club had borrowed … if its books were so weak": requiring a charge or a negative tone
    // in it lost such AGAINSTs on train and dev; the speaker's own side is never questioned)
    const questioner = (): boolean => st.speaker.kind === 'media' || QUESTIONING_ROLES.has((st.speaker.role ?? '').toLowerCase())
      || (st.cue !== null && st.cue !== undefined && QUESTIONING_APPOSITION.test(text.slice(Math.max(0, st.cue.start - 60), st.cue.end + 60).split(/[“”"]/u).filter((_, i, a) => a.length === 1 || i === 0 || i === a.length - 1).join(' ')));
    const insinuates = (name: string): boolean => !questioner()
      && key(name) !== key(st.speaker.affiliation ?? '');
    const found = new Map<string, { at: number }>();
    /** Bodies found only by "the company"/"the firm" in the words of the holder of a company's office (a managing
     *  director, a chief executive): the speaker's own company, which such words do not charge. */
    const officersCompany = new Set<string>();
    let aboutPerson: string | undefined;
    const claimants = new Set<string>();
    /** Parties the content names only by "he", "she": what the statement is about, wherever the pronoun stands. */
    const byPronoun = new Set<string>();
    const kinds = new Map<string, string>();
    const speakerKey = key(st.speaker.name);
    // The speaker's own name, or part of it ("Port Pellamy Fishermen" of "Port Pellamy Fishermen’s Association").
    // (or the speaker's full name after a title: "Health Minister Dariusz Hobsett" for Dariusz Hobsett)
    const titledSelf = (name: string): boolean => st.speaker.kind === 'person' && /\s/u.test(speakerKey) && key(name).endsWith(` ${speakerKey}`);
    const ownName = (name: string): boolean => key(name) === speakerKey || wordsWithin(key(name), speakerKey) || titledSelf(name);
    const objEnd = st.cue ? Math.min(st.content.start, st.cue.end + 80) : 0;
    // Only mentions starting between the cue and the content's end can qualify: start at the first of them (a scan of
    // every mention for every statement made long articles quadratic).
    const from = Math.min(st.content.start, st.cue ? st.cue.end : st.content.start);
    // "…,” she said of the governor: after a quote, what the cue says it is about.
    const aboutEnd = st.cue && st.cue.start >= st.content.end ? st.cue.end + 60 : 0;
    const to = Math.max(st.content.end, objEnd, aboutEnd);
    /**
     * The hearer of a telling cue the content is about ("told Kessler that his plan was reckless", "told Mayor Lind that
     * she had lied"): the content names the hearer, or its first he/she/his/her/him/you agrees with the hearer (a person
     * of that gender or of none known; "you" anyone), no other person who agrees is named between them, and the speaker
     * is not the one the pronoun is (see below). (Hearers
     * are otherwise no targets: 119 train and dev statements, none a gold target.)
     */
    const contentIsAboutHearer = (h: Mention): boolean => {
      const last = h.name.split(/\s+/u).pop() ?? '';
      // (hasWord: the answer of `(?<![\p{L}])last(?![\p{L}])`, without a pattern compiled per call)
      if (last.length > 2 && hasWord(st.content.text, last)) return true;
      // ("Mayor Ida Tupworth told the Harbour Board that its handling … had been a disgrace": a body told, right after the cue,
      // whose "its"/"their" opens the content's first pronoun, when a person speaks, who is no "its", or accuses it)
      if (h.kind === 'organization' || h.kind === 'group') {
        const b = /(?<![\p{L}’'])(its|it|their|they|them|he|him|his|she|her)(?![\p{L}’'])/iu.exec(st.content.text);
        if (b && /^(?:its|it|their|they|them)$/iu.test(b[1] as string)) {
          if (!st.cue || !/^[^\S\n]+(?:the[^\S\n]+)?$/iu.test(text.slice(st.cue.end, h.start))) return false;
          const sm = st.speaker.mention;
          const personSpeaks = sm ? byStart.some((x) => x.start < sm.end && sm.start < x.end && x.kind === 'person') : false;
          return (personSpeaks || act === 'ACCUSE' || act === 'CRITICIZE') && !isOutlet(h.name, h.kind);
        }
      }
      const p = /(?<![\p{L}])(he|him|his|she|her|you|your)(?![\p{L}])/iu.exec(st.content.text);
      if (!p) return false;
      const word = (p[1] as string).toLowerCase();
      if (word === 'you' || word === 'your') return true;
      const gender = /^(?:he|him|his)$/u.test(word) ? 'male' : 'female';
      const agrees = (x: Mention): boolean => x.kind === 'person' && x.number === 'singular' && !(x.gender && x.gender !== gender);
      // (a bare surname the speakers stage could not place, "told Kessler", may be read as a body: one capitalised word as
      // written, not "the Assembly", not in capitals, no body's head word)
      if (!agrees(h) && !(h.kind === 'organization' && /^\p{Lu}\p{Ll}+$/u.test(h.text) && !ORG_HEADS.has(h.text.toLowerCase()) && !GROUP_HEADS.has(h.text.toLowerCase()))) return false;
      // (the hearer named right after the cue, or after a title, "told Mayor Lind": not "told the Zellstow Mercury", "told
      // the channel Gol Diario", whose hearer is an outlet; and not when the speaker is of the pronoun's gender)
      if (!st.cue || !/^[^\S\n]+(?:\p{Lu}[\p{L}.]*[^\S\n]+)*$/u.test(text.slice(st.cue.end, h.start))) return false;
      const sm = st.speaker.mention;
      const speakerMention = sm ? byStart.filter((x) => x.start < sm.end && sm.start < x.end) : [];
      if (speakerMention.some((x) => x.kind === 'person' && x.gender === gender)) return false;
      // (a named speaker of no known other gender may be the one the pronoun is, "Perry told Politico that he believes
      // …": then only an accusation or a criticism is of the hearer, which a speaker does not make of itself; a speaker
      // described, "The coach told Brandt he was …", or of the other gender is no candidate)
      const speakerOther = speakerMention.some((x) => x.kind === 'person' && x.gender !== undefined && x.gender !== gender)
        || /^\p{Ll}/u.test(sm?.text.replace(/^(?:the|a|an)[^\S\n]+/iu, '') ?? 'x') || (sm ? /^(?:the|a|an)[^\S\n]/iu.test(sm.text) : false);
      if (!speakerOther && act !== 'ACCUSE' && act !== 'CRITICIZE') return false;
      const at = st.content.start + p.index;
      return !byStart.some((x) => x !== h && x.start >= h.end && x.start < at && x.name !== h.name && agrees(x));
    };
    for (let i = firstAtOrAfter(byStart, from); i < byStart.length && (byStart[i] as Mention).start < to; i++) {
      const m = byStart[i] as Mention;
      // A quote split around its cue: the attribution between the pieces ("…,” Tvert told HuffPost. “…") is not content.
      const inContent = m.start >= st.content.start && m.end <= st.content.end
        && (!st.content.pieces?.length || st.content.pieces.some((p) => m.start >= p.start && m.end <= p.end));
      // ("“…,” she said of Mr. Brat. “…”": the cue between a split quote's pieces says what it is about, as after one)
      const betweenPieces = !inContent && Boolean(st.content.pieces?.length) && m.start >= st.content.start && m.end <= st.content.end;
      // (right after the cue there: "said at a gathering of the club" is where, not what about)
      const aboutObject = st.cue !== null && m.start >= st.cue.end
        && ((m.end <= aboutEnd && ABOUT.test(text.slice(st.cue.end, m.start))) || (betweenPieces && ABOUT_NEXT.test(text.slice(st.cue.end, m.start))));
      const isObject = st.cue !== null && m.start >= st.cue.end && ((m.end <= objEnd && m.start < st.content.start) || aboutObject);
      if (!inContent && !isObject) continue;
      if (m.kind === 'document' || m.kind === 'anonymous' || LAW_NAME.test(m.name)) continue;
      // "a Velden-based distributor": the place a company is based in is no party.
      if (/^-based(?![\p{L}])/u.test(text.slice(m.end, m.end + 7))) continue;
      // "They said, ‘Liesel, you are being difficult’": a name addressed at the head of a quote is the one spoken to
      // in a remembered exchange, not what the statement is about.
      // (Only when the one addressed is the speaker, or the words to them judge nothing: "“Peter, you are a disgrace,”"
      // is against Peter.)
      if (/[“"‘']$/u.test(text.slice(Math.max(0, m.start - 1), m.start)) && ADDRESS_AFTER.test(text.slice(m.end, m.end + 20))
        && (sameAsSpeaker(m.name, st.speaker.name) || !addressJudges(text.slice(m.end, m.end + 200)))) continue;
      // "above 35 degrees Celsius": a unit is no party; "warned residents of Ashmere", "the people of Tollen Cross": the
      // place the audience or the people harmed live in is where, not who (GUIDE section 6: organisations and people).
      if (UNIT_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start)) || DWELLERS_OF_BEFORE.test(text.slice(Math.max(0, m.start - 90), m.start))
        || UNIT_NAMES.has(m.name.toLowerCase())) continue;
      // ("Ministers need to come to the House and explain", "had to go before the committee": where a party is to go is
      // the forum, no party the statement is for or against; stance-words arrivalVerbs)
      if (ARRIVAL_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start))) continue;
      // ("for Varnton": a name whose first word is a preposition is a place phrase, not a party's name)
      if (/^(?:for|of|in|at|from|near)[^\S\n]/u.test(m.name)) continue;
      // ("visited Kumbe" after "Kumbe, the village nearest the mine": a name the article sets in apposition with a noun
      // of a settlement, stance-words dwellerPlaceNouns, is a place wherever it is written, no party)
      if (m.kind !== 'person' && m.text === m.name && !/\s/u.test(m.name) && settlementNamed(text, m.name)
        // (but "the Drasdale council": the place's name before a body's head noun names that body)
        && !DESCRIBED_BODY_HEADS.has((/^[^\S\n]+(\p{Ll}+)/u.exec(text.slice(m.end, m.end + 30))?.[1] ?? '').toLowerCase())) continue;
      // ("Standing still was not an option": a capitalised verb or adjective opening a sentence names no one)
      if (!/\s/u.test(m.text)) {
        const [t] = tokensIn(m.start, m.end);
        if (t && t.start === m.start && (t.pos === 'VERB' || t.pos === 'ADJ' || t.pos === 'ADV') && /^[\s“"‘']*$|[.!?:;][\s“"‘']*$/u.test(text.slice(Math.max(0, m.start - 4), m.start))) continue;
      }
      // "told Reuters that …", "said in an interview with the Courier": the outlet a speaker talks to is no party.
      if (!inContent && isOutlet(m.name, m.kind)) continue;
      // "told the Senate that …", "assured shareholders that …": nor is the hearer of a cue of telling (but the party told
      // to act, "told Lomling to keep …", is the one ordered: GUIDE decision 50)
      if (!inContent && !aboutObject && st.cue !== null && m.start < st.content.start && TELLING_CUES.has(st.cue.text.toLowerCase())
        && !/^to[^\S\n]/iu.test(st.content.text) && !contentIsAboutHearer(m)) continue;
      // "According to the Chronicle, …": the source after its cue is the speaker, not what it speaks about.
      const sm = st.speaker.mention;
      if (!inContent && sm && m.start < sm.end && sm.start < m.end) continue;
      // "the city manager’s office": a description that modifies a noun names no party of its own.
      // (but "the company’s decision", "the council’s ruling": whose decision it is, the party who took it)
      if (DESCRIPTION_MENTION.test(m.text) && tokensIn(m.end, m.end + 2).some((t) => t.start > m.end - 1 && t.pos === 'NOUN' && /^\p{Ll}/u.test(t.text))
        && !POSSESSOR_OF_DECISION.test(text.slice(m.end, m.end + 30))) continue;
      let named: Mention = m;
      // "accused the developer of", "the Trust described the team’s performances as …", a quote's "this company": a
      // description the speaker accuses, criticises or makes demands of, or names in its own words (where it would say
      // "we"), is not the speaker but the body named before it.
      if (DESCRIPTION_MENTION.test(m.text) && (isObject || AGAINST_ACTS.has(act) || st.type === 'direct') && ownName(m.name)) {
        // (a name in full, or a one-word name the article writes out more than once: not a stray capitalised word)
        const other = lastBodyBefore(i, (o) => !ownName(o.name) && o.text === o.name && (/\s/u.test(o.name) || (writtenOut().get(o.name) ?? 0) > 1));
        if (other) named = other;
      }
      // "the company", "the firm" (not the speaker): in news the company the article is about, the one it writes out
      // most often, even when another company was named last ("its largest shareholder, the investment firm …").
      // (also when an earlier stage resolved it to the speaker and the speaker is no company, "the Growers' Club welcomed
      // the company's decision": a club, union, council or association does not call itself "the company")
      else if (COMPANY_DESCRIPTION.test(m.text) && (!ownName(m.name) || noCompany(st.speaker.name))) {
        const main = mainCompany();
        if (main && !ownName(main.name)) named = main;
        // (with no company to stand for, a body an earlier stage gave it that is no company, "the Hobmere Anglers'
        // League", a council, a trust, is not what "the company" means: no party)
        else if (!main && noCompany(m.name)) continue;
      }
      // "Kipstow officials" where only "Kipstow" is a mention: the state the officials serve (nationNames).
      const serving = named === m ? STATE_AFTER.exec(text.slice(m.end, m.end + 20)) : null;
      const state = serving ? nationName(`${named.name} ${serving[1]}`) : undefined;
      if (state) named = { ...named, name: state, kind: 'organization' };
      // (nor "the company" an earlier stage resolved to a one-word name the article makes a settlement's)
      if (named !== m || m.text !== m.name) {
        if (named.kind !== 'person' && !/\s/u.test(named.name) && settlementNamed(text, named.name)) continue;
      }
      // ("Councillor Tom Galstow, whose Green Party voted against the plan, said the city had rushed it": a description
      // an earlier stage gave the body the article introduced as the speaker's own is not that body in the speaker's
      // words; only its name is)
      if (named === m && DESCRIPTION_MENTION.test(m.text) && introducedOf(st.speaker.name).has(key(m.name))) continue;
      if (/^the\s/iu.test(m.text) && COMPANY_DESCRIPTION.test(m.text) && st.speaker.kind === 'person' && COMPANY_ONLY_ROLES.has((st.speaker.role ?? '').toLowerCase()) && !found.has(named.name)) officersCompany.add(named.name);
      if (!found.has(named.name)) found.set(named.name, { at: m.start });
      // "…,” she said of Mr. Brat: the person the cue says the quote is about.
      if (aboutObject && named.kind === 'person') aboutPerson ??= named.name;
      // "the authority’s analysis", "Morlby knows this": the party whose claim a denial answers.
      if (CLAIMANT_AFTER.test(text.slice(m.end, m.end + 60))) claimants.add(named.name);
      // "rejected Rovers’ version of events", "disputed the ministry’s figures": the party whose account a denial
      // answers, when the account is what is denied (no clause of its own follows: "the firm’s data had been stolen"
      // is a fact about the firm, not its claim). A name ending in "s" takes the bare apostrophe.
      else if (FACT_CLAIMANT_AFTER.test(text.slice(m.end, m.end + 60).replace(/^[’'](?!s)/u, /s$/u.test(m.text) ? '’s' : '\u0000'))) claimants.add(named.name);
      // "said the Tessian account was “a fabrication”", "rejected the Wimstow version": a name before the claim's noun,
      // after "the", is whose account the denial answers (it is not cleared by it).
      else if (act === 'DENY' && /(?<![\p{L}])the[^\S\n]+$/iu.test(text.slice(Math.max(0, m.start - 5), m.start)) && MODIFIER_CLAIMANT_AFTER.test(text.slice(m.end, m.end + 60))) claimants.add(named.name);
      kinds.set(named.name, named.kind);
    }
    // "accused the league of …", "the health service", "the integrity unit": a description of a body is the latest body
    // named with that head ("Northern Premier League"; a modifier must be in the name); not guessed when none is.
    const bodyRegion = found.size < 3 ? text.slice(from, st.content.end) : '';
    /** The spans of descriptions resolved to a named body here: no party "as written" of their own below. */
    const describedAt: Array<{ start: number; end: number }> = [];
    BODY_DESCRIPTION.lastIndex = 0;
    for (let d = BODY_DESCRIPTION.exec(bodyRegion); d && found.size < 3; d = BODY_DESCRIPTION.exec(bodyRegion)) {
      const start = from + d.index;
      const end = start + d[0].length;
      // ("that council": "that" as a determiner, not the conjunction of "said that council members …" or "warned that
      // the league …", whose own description is read next)
      if (/^[Tt]hat/u.test(d[0]) && (!demonstrativeThat(start) || (d[1] !== undefined && /^(?:the|a|an|this|that|these|those|its|their|our|his|her|my|your)$/u.test(d[1])))) {
        BODY_DESCRIPTION.lastIndex = d.index + 4;
        continue;
      }
      if (start < st.content.start && !(st.cue && start >= st.cue.end && end <= objEnd)) continue;
      if (start >= st.content.start && st.content.pieces?.length && !st.content.pieces.some((p) => start >= p.start && end <= p.end)) continue;
      const head = d[2] as string;
      const modifier = d[1];
      // (a noun after the head: "the board meeting", "the court case" are no body)
      if (tokensIn(end, end + 2).some((t) => t.start > end - 1 && t.pos === 'NOUN' && /^\p{Ll}/u.test(t.text))) continue;
      // ("dockers accused the harbour authority of …", then "Marsholt Harbour Authority said": news may describe a body before it
      // names it; with a modifier of the name's own, and no body of that head named before, the one named next)
      // ("the central bank" where a commercial bank is named too, "Kelmington Bank": a country's central bank only, "the Bank
      // of Morvania", "Jaskham Central Bank", "the Reserve Bank"; none named, no name)
      const central = modifier?.toLowerCase() === 'central' && head.toLowerCase() === 'bank';
      const bank = central ? namesWithHead(head, start, centralBankName) : undefined;
      const name = central ? (bank !== undefined && centralBankName(bank) ? bank : undefined)
        : namesWithHead(head, start) ?? namesWithHead(plural(head), start)
        ?? (modifier && !GENERIC_MODIFIERS.has(modifier) ? namesWithHead(head, start, undefined, NAMED_AHEAD) : undefined);
      if (!name || found.has(name)) continue;
      if (modifier && !GENERIC_MODIFIERS.has(modifier) && !name.toLowerCase().split(/\s+/u).includes(modifier)) continue;
      // A mention of the description that named something else, or only its own words ("laboratory"), gives way.
      const covered = mentionOver(start, end);
      // ("the port authority" where a mention "the port" was left out above as a modifier of the noun after it: that
      // mention names nothing, and the description is the body's)
      const modifierOnly = covered !== undefined && covered.start >= start && covered.end < end && DESCRIPTION_MENTION.test(covered.text) && !found.has(covered.name);
      if (covered && !modifierOnly) {
        const asWritten = found.has(covered.name) && key(covered.name) === key(text.slice(start, end).replace(/^\S+\s+/u, ''));
        if (!asWritten) continue;
        found.delete(covered.name);
      }
      found.set(name, { at: start });
      kinds.set(name, 'organization');
      describedAt.push({ start, end });
    }
    // "Somebody at that company decided …": "that company" or "that firm" where no mention stands is, as "the company"
    // above, the company the article writes out most often (not the speaker's own).
    if (found.size < 3) {
      THAT_COMPANY.lastIndex = 0;
      for (let d = THAT_COMPANY.exec(content); d && found.size < 3; d = THAT_COMPANY.exec(content)) {
        const start = off + d.index;
        const end = start + d[0].length;
        if (!demonstrativeThat(start) || tokensIn(end, end + 2).some((t) => t.start > end - 1 && t.pos === 'NOUN' && /^\p{Ll}/u.test(t.text))) continue;
        const covered = mentionOver(start, end) !== undefined;
        const main = covered ? undefined : mainCompany();
        if (!main || ownName(main.name) || found.has(main.name)) continue;
        found.set(main.name, { at: start });
        kinds.set(main.name, 'organization');
        describedAt.push({ start, end });
      }
    }
    // "accused Jelwyn of …" after "Jelwyn Timber": a proper name no mention covers that opens one company's full name,
    // written in full before, is that company (short-names.ts).
    if (found.size < 3) {
      SHORT_NAME_RUN.lastIndex = 0;
      for (let d = SHORT_NAME_RUN.exec(content); d && found.size < 3; d = SHORT_NAME_RUN.exec(content)) {
        const start = off + d.index;
        const end = start + d[0].length;
        const [t] = tokensIn(start, end);
        // (a proper noun, not a day or a month: "on Sunday" is not the "Sunday Beacon")
        if (!t || t.start !== start || t.pos !== 'PROPN' || CALENDAR_WORDS.has(t.normal)) continue;
        const covered = mentionOver(start, end) !== undefined;
        if (covered) continue;
        // (not a country's name, "Iran" is no short name of the "Iran Sanctions Act"; nor a law's name reached)
        const short = d[0].replace(/[’']s$/u, '');
        if (nationName(short) !== undefined || peoplesAdjective.has(short)) continue;
        shortIndex ??= shortNames(text, shortNameMentions(), (name) => !noCompany(name) && !isOutlet(name, 'organization') && !LAW_NAME.test(name));
        const name = shortIndex.fullNameOf(short, start);
        if (!name || found.has(name)) continue;
        found.set(name, { at: start });
        kinds.set(name, 'organization');
      }
    }
    // "the gallery" after "Balsett City Gallery", "the corporation" after "Pimfold Broadcasting Corporation", "the
    // guild", "the directorate", "the tribunal": a description whose head no list holds stands for the latest body the
    // article named with that head word as the head of a name of two words or more; the article's own names are the
    // vocabulary, so no list of heads is needed. Not for heads other rules read (companies, a government), people in a
    // role, places, documents, nor a noun the article also writes as a mass ("less water").
    const openRegion = found.size < 3 ? text.slice(from, st.content.end) : '';
    OPEN_DESCRIPTION.lastIndex = 0;
    for (let d = OPEN_DESCRIPTION.exec(openRegion); d && found.size < 3; d = OPEN_DESCRIPTION.exec(openRegion)) {
      const start = from + d.index;
      let end = start + d[0].length;
      OPEN_DESCRIPTION.lastIndex = d.index + Math.max(1, d[0].search(/\s/u));
      // ("the gallery could": one word; "the town council": a modifier and its head, when the second word is a noun)
      const second = d[2] ? tokensIn(end - d[2].length, end)[0] : undefined;
      const twoWords = second !== undefined && second.start === end - (d[2] as string).length && second.pos === 'NOUN';
      const head = (twoWords ? d[2] : d[1]) as string;
      const modifier = twoWords ? d[1] : undefined;
      if (!twoWords) end = start + d[0].indexOf(d[1] as string) + (d[1] as string).length;
      // ("the park" where a wildlife park speaks or employs a speaker: a venue's name that is a body in the article, as a
      // speaker or a speaker's affiliation, is what its place word stands for; otherwise "the park" is a place)
      const venueHead = NOT_OPEN_HEADS.has(head) || VENUE_HEADS.has(head);
      if (!openHead(head, venueHead)) continue;
      // ("the fire" in a wildfire story is the event, not the "… Fire and Rescue Service")
      if (NATURAL_EVENT_WORD.test(head)) continue;
      if (start < st.content.start && !(st.cue && start >= st.cue.end && end <= objEnd)) continue;
      if (start >= st.content.start && st.content.pieces?.length && !st.content.pieces.some((p) => start >= p.start && end <= p.end)) continue;
      // (the head a noun, with no noun after it: "the gallery's", not "the gallery shop" or "the running")
      const ht = tokensIn(end - head.length, end)[0];
      if (!ht || ht.start !== end - head.length || ht.pos !== 'NOUN') continue;
      if (tokensIn(end, end + 2).some((t) => t.start > end - 1 && t.pos === 'NOUN' && /^\p{Ll}/u.test(t.text))) continue;
      // ("the line of cars": a noun with its own complement; "accused the line of abandoning them" keeps the cue's "of")
      const [of, next] = tokensIn(end, end + 40);
      if (of?.normal === 'of' && next && next.pos !== 'VERB' && !/^[“"‘']$/u.test(next.text)) continue;
      // (a mention already stands there: the rules above read it)
      if (mentionOver(start, end)) continue;
      // (a head the article also writes bare, as a mass noun, "the water" beside "supplies of water", is no body's short name)
      if (writtenBare(head)) continue;
      const body = namesWithHead(head, start);
      // (the head of the name, not a word after its "of"/"for": "this sport" is not the Court of Arbitration for Sport)
      if (!body || found.has(body) || headOfName(body) !== head || !(venueHead ? speakingBodies().has(body) : namedAsBody(body))) continue;
      if (modifier && !GENERIC_MODIFIERS.has(modifier) && !body.toLowerCase().split(/\s+/u).includes(modifier)) continue;
      found.set(body, { at: start });
      kinds.set(body, 'organization');
      describedAt.push({ start, end });
    }
    // "the president", "the governor": the person last named with that title ("President Obama", "Gov. Rick Perry").
    TITLE_DESCRIPTION.lastIndex = 0;
    for (let m = TITLE_DESCRIPTION.exec(content); m && found.size < 3; m = TITLE_DESCRIPTION.exec(content)) {
      const holder = lastTitled((m[1] ?? '').toLowerCase(), off + m.index);
      if (holder && !found.has(holder.name)) { found.set(holder.name, { at: off + m.index }); kinds.set(holder.name, holder.kind); }
    }
    // "the trial judge", "the chief constable’s response": the one person the article quotes in that office (not the
    // speaker, who would say "I"), when one person only holds it in the article's statements.
    HELD_OFFICE.lastIndex = 0;
    for (let m = HELD_OFFICE.exec(content); m && found.size < 3; m = HELD_OFFICE.exec(content)) {
      const holder = holderOf((m[2] ?? '').toLowerCase(), m[1]?.toLowerCase());
      if (holder && !found.has(holder) && key(holder) !== speakerKey) { found.set(holder, { at: off + m.index }); kinds.set(holder, 'person'); }
      // (the office read as its holder is no second target under its own words: "the finance minister" is Ola Brenn)
      if (holder) describedAt.push({ start: off + m.index, end: off + m.index + m[0].length });
    }
    // "accused the district’s librarians of", "those guards stood by the gate", "the trade ministry": a description of a
    // party that no mention stands for is a target under its own words; "its coastguard", "our staff" are the speaker's.
    const ownDescriptions = new Set<string>();
    const descriptions = new Set<string>();
    const partyRegion = found.size < 3 ? text.slice(from, st.content.end) : '';
    // (the full pattern only where one of its head words occurs: most statements have none)
    RX.partyHead.lastIndex = 0;
    if (found.size < 3 && RX.partyHead.test(partyRegion)) {
      const region = partyRegion;
      RX.party.lastIndex = 0;
      for (let m = RX.party.exec(region); m && found.size < 3; m = RX.party.exec(region)) {
        const start = from + m.index;
        const end = start + m[0].length;
        const headStart = end - (m[3] ?? '').length;
        // Modifiers are adjectives, nouns or numbers ("the trade ministry", "long-serving staff"), not "while these
        // officers" or "told lawmakers": else try again from the next word.
        const modifiersOk = (m[1] || m[2] || /^\p{Lu}/u.test(m[3] ?? '')) && tokensIn(headStart, end).slice(0, -1).every((t) => ['ADJ', 'NOUN', 'NUM', 'PROPN'].includes(t.pos));
        if (!modifiersOk) { RX.party.lastIndex = m.index + Math.max(1, m[0].search(/\s/u)); continue; }
        if (start < st.content.start && !(st.cue && start >= st.cue.end && end <= objEnd)) continue;
        if (start >= st.content.start && st.content.pieces?.length && !st.content.pieces.some((p) => start >= p.start && end <= p.end)) continue;
        // a title that stands for its holder ("the prime minister") is found above
        if (TITLE_FORMS[(m[3] ?? '').toLowerCase()]) continue;
        // a description resolved above to the body it stands for
        if (describedAt.some((x) => x.start < end && start < x.end)) continue;
        // a mention already names it (not only its possessor: "the Interior Ministry’s border directorate")
        let named = false;
        for (let k = Math.max(0, firstAtOrAfter(byStart, start) - 1); k < byStart.length && (byStart[k] as Mention).start < end && !named; k++) {
          named = (byStart[k] as Mention).end > headStart;
        }
        if (named) continue;
        const det = (m[1] ?? '').toLowerCase();
        // "the district’s librarians" keeps its possessor; a named one ("the Interior Ministry’s") is a target of its own.
        const possessor = m[2] && /^\p{Ll}/u.test(m[2]) ? `${m[2]} ` : '';
        const name = `${possessor}${m[3] ?? ''}`.replace(/\s+/gu, ' ').trim();
        if (!name || found.has(name)) continue;
        found.set(name, { at: start });
        kinds.set(name, 'group');
        descriptions.add(name);
        // ("dismissed the ministry’s figures as …": whose account a denial answers, as for a name above)
        const after = text.slice(end, end + 60);
        if (act === 'DENY' && (CLAIMANT_AFTER.test(after) || FACT_CLAIMANT_AFTER.test(after))) claimants.add(name);
        if (['its', 'our', 'their', 'my'].includes(det) && st.speaker.kind !== 'person') ownDescriptions.add(key(name));
        else if (det === 'our' || det === 'my') ownDescriptions.add(key(name));
      }
    }
    // "she had misled them from the start": a third-person pronoun in the content names the person last mentioned before it.
    const pronoun = /(?<![\p{L}])(he|him|his|she|her)(?![\p{L}])/giu;
    let client: string | undefined;
    let pronounAfterSpeaker: string | undefined;
    // (a quote the cue says is about a person, "…,” she said of Mr. Brat: its "he" is that person, found above)
    for (let m = aboutPerson ? null : pronoun.exec(content); m && found.size - descriptions.size < 3; m = pronoun.exec(content)) {
      const at = off + m.index;
      // ("granting the governor more coverage than his opponents": a possessive just after a person described by an office
      // is that person's, not the person named last before the statement)
      if (/^(?:his|her)$/iu.test(m[1] ?? '') && OFFICE_DESCRIPTION_BEFORE.test(content.slice(Math.max(0, m.index - 80), m.index))) break;
      // "his client", "her son": someone other than the speaker.
      const other = /^\s+(?:client|son|daughter|husband|wife|brother|sister|father|mother)\b/iu.test(content.slice(m.index + m[0].length));
      // In a direct quote the speaker says "I": "he" and "his client" are someone else.
      const notSpeaker = other || st.type === 'direct';
      // Of the pronoun's gender where the mention's is known ("she" is not the "Mr." named last); not for "her client",
      // whose gender the pronoun does not tell.
      const gender = other ? undefined : /^(?:he|him|his)$/iu.test(m[1] ?? '') ? 'male' : 'female';
      // ("Randvik has shown she is willing …": a subject's "he"/"she"/"his" after a person the content names earlier in
      // its sentence is that person, a target already, not the person named last before the statement; an object's
      // "him"/"her", "Galstow had misled him", is someone else)
      if (!other && /^(?:he|she|his)$/iu.test(m[1] ?? '') && namedBeforeInSentence(at, gender, st.content.start, st.content.end)) break;
      const found0 = lastPersonBefore(Math.min(at, st.cue ? st.cue.start : at), st.content.start, notSpeaker ? st.speaker.name : undefined, gender);
      // ("Counsel for Mr Dane, Lucy Hart, said her client …": the speaker's own phrase is no party; its client is the
      // speaker's affiliation, a target only where the text names it as one)
      // (a mention that is the speaker, "Galstow said he …", stays, and so does a name inside the speaker's phrase, "Galstow's
      // lawyer said her client …": only a mention that is the whole phrase, read as a person, is dropped)
      const ownPhrase = !!found0 && found0.name !== st.speaker.name && !!st.speaker.mention && found0.start <= st.speaker.mention.start && found0.end >= st.speaker.mention.end;
      // (the client named before it, "Tomas Varndale, 61, denies fraud. Counsel for Varndale, …", is the person meant)
      const earlier = ownPhrase && found0 && st.speaker.affiliation ? lastPersonBefore(found0.start, st.content.start, st.speaker.name, gender) : undefined;
      const person = ownPhrase ? (earlier && earlier.name === st.speaker.affiliation ? earlier : undefined) : found0;
      // (never the body the article introduced as the speaker's own, "X, who chairs the group Y, … called on him to resign")
      if (person && !found.has(person.name) && !introducedOf(st.speaker.name).has(key(person.name))) { found.set(person.name, { at }); claimants.delete(person.name); byPronoun.add(person.name); }
      // A lawyer speaks for "my client", "her client": in favour of that person whatever happened to them.
      if (person && /^\s+client\b/iu.test(content.slice(m.index + m[0].length))) client = person.name;
      // ("he had never had a moment's doubt about her integrity", "he had total confidence in her": in praise, a "he" that
      // is the speaker is not the one praised; a later pronoun of the other gender names who is. Not in a report, where
      // "he found her in a cold room" or "his ashes" is most often a relative of the speaker's, no party.)
      if (act === 'PRAISE' && person && person.name === st.speaker.name && m.index < 12 && /^(?:he|she)$/iu.test(m[1] ?? '') && OTHER_GENDER_PRONOUN[(m[1] as string).toLowerCase()]?.test(content.slice(m.index + m[0].length))) {
        pronounAfterSpeaker = (m[1] as string).toLowerCase();
        continue;
      }
      if (pronounAfterSpeaker && !OTHER_GENDER_PRONOUN[pronounAfterSpeaker]!.test(m[1] ?? '')) continue;
      break; // the first pronoun only: later ones usually repeat it
    }
    // ("“My client has been tried in the media before she has seen the allegations,” he said": an advocate's "my client"
    // is the person the content's "she" names, else the person named last before the statement)
    const advocate = ADVOCATE_ROLE.test(st.speaker.role ?? '');
    if (client === undefined && advocate && CLIENT_WORD.test(content)) {
      const before = lastPersonBefore(st.content.start, st.content.start, st.speaker.name);
      // (not the speaker's own phrase read as a person, "Counsel for Mr Lomley, Ada Quist, said …", as above)
      const mention = st.speaker.mention;
      const ownPhrase = !!before && !!mention && before.start <= mention.start && before.end >= mention.end;
      const person = [...byPronoun].find((n) => found.get(n)!.at >= off) ?? (ownPhrase ? undefined : before?.name);
      if (person !== undefined && person !== st.speaker.name) {
        client = person;
        if (!found.has(person) && found.size - descriptions.size < 3) found.set(person, { at: -1 });
      }
    }
    // "accused it of stretching …", "the regulator found it had pushed …": the party the speakers stage resolved a pronoun
    // opening the content, or a later clause of it, to (pronounParty: strict, only as the cue's object or the doer of the
    // verb after it).
    const pp = st.pronounParty;
    if (pp && found.size - descriptions.size < 3 && !found.has(pp.name) && key(pp.name) !== speakerKey && !ownName(pp.name) && !introducedOf(st.speaker.name).has(key(pp.name))
      && ![...found.keys()].some((n) => sameName(key(n), key(pp.name)))) {
      found.set(pp.name, { at: pp.start });
      kinds.set(pp.name, pp.kind);
      byPronoun.add(pp.name);
    }
    // "defended its plan", "defended the spending": defending one's own conduct is DENY when it answers a criticism
    // (GUIDE decision 22; `answers` below), else the cue's ASSERT; PRAISE is defending others ("defended the coach",
    // "defended him", "defended her players"), someone other than the speaker named, or a person or group, at the head
    // of what is defended.
    // ("does not defend it", "cannot defend his record" report no act: SAY, as "did not deny" is no denial)
    if (cueLemma === 'defend' && act === 'PRAISE') {
      const headEnd = st.content.start + 40;
      // ("Minister X defended the government's plan": a member of the government defends its own side's conduct)
      const ownGovernment = (name: string): boolean => /(?:^|\s)government$/iu.test(key(name)) && GOVERNMENT_ROLE.test(st.speaker.role ?? '');
      const other = [...found].some(([name, { at }]) => at < headEnd && key(name) !== speakerKey && key(name) !== key(st.speaker.affiliation ?? '') && !ownGovernment(name))
        || defendsPeople(content);
      // DENY only when there is a criticism to answer (GUIDE 22: "the same words with no criticism to answer stay SAY"):
      // the speaker (or its side) was spoken against earlier in the article, or the sentence itself reports the
      // criticism ("defended the plan against critics", "amid accusations of …"); else the cue's own act, ASSERT.
      if (!other || negated) { act = negated ? 'SAY' : answersCharge(st) ? 'DENY' : 'ASSERT'; rules.push('act:defends-own'); }
    }
    // "welcomed the decision", "criticised the ruling": the act named stands for the institution that took it, the
    // latest organisation named before the statement (not the speaker's own).
    /** "welcomed the ruling but said it fell well short", "praised the decision but said the limit was too low": the
     *  decision the speaker's own clause names just before its cue, which what the speaker then says qualifies. */
    function decisionButBefore(): Evidence | null {
      if (!st.cue) return null;
      const from = Math.max(0, st.cue.start - 120);
      const clause = text.slice(from, st.cue.start);
      const m = DECISION_BUT.exec(clause.slice(clause.search(/[^.!?\n]*$/u)));
      if (!m) return null;
      const start = st.cue.start - (clause.length - clause.search(/[^.!?\n]*$/u)) + m.index;
      return { rule: '', start, end: start + (m[1] as string).length, text: m[1] as string };
    }
    const decisionRx = RX.decision;
    const workplaceOfSpeaker = (m: Mention): boolean => st.speaker.kind === 'person' && workplaceOf(m, st.speaker.name);
    let agentlessEvent = false;
    const decisionNamed = act !== 'SAY' && act !== 'NO_COMMENT' && found.size === 0
      ? firstMatch(decisionRx, text.slice(from, st.content.start + Math.min(content.length, 60)), from) : null;
    const decisionBut = act !== 'SAY' && act !== 'NO_COMMENT' && found.size === 0 && !decisionNamed ? decisionButBefore() : null;
    const decisionIn = decisionNamed ?? decisionBut;
    if (decisionIn) {
      const before = Math.min(st.content.start, st.cue?.start ?? st.content.start, st.speaker.mention?.start ?? st.content.start);
      // (a news outlet reports decisions, it does not take them)
      // (nor the body the article named as the speaker's workplace beside the speaker's name, "Professor Emeka Balworth, an
      // epidemiologist at the Institute of Population Health": questioning "the decision" is not questioning one's own)
      const ok = (m: Mention): boolean => key(m.name) !== speakerKey && key(m.name) !== key(st.speaker.affiliation ?? '') && !isOutlet(m.name, m.kind)
        && !workplaceOfSpeaker(m);
      // The body the article wrote taking it ("The Coastal Commission voted 7-4" for "welcomed the vote"), else the
      // latest deciding body named before.
      const noun = (decisionIn.text ?? '').replace(/^the\s+/iu, '');
      // ("the change", "the closure": only the party the article wrote taking it, "The wind changed direction … the change"
      // is no one's)
      const event = EVENT_DECISIONS.has(noun.toLowerCase()) ? eventTakerOf(noun, before, ok) : undefined;
      // (and when the article wrote that event with no party taking it, the content is about no party at all)
      agentlessEvent = event !== undefined && event.verbAt >= 0 && event.subject === undefined;
      // (an event noun the article wrote no verb for is read as any decision noun: "called the merger a costly mistake")
      // (a decision only qualified after "but" is held to the body the article wrote taking it, else the latest body whose
      // name says it decides (a council, an authority) and that is not the object of a decision, "fined the Harbour
      // Council": not any latest organisation, which may be the one fined, "The regulator fined Yarlfold Water … welcomed
      // the fine but said …", or a party voted for, "Voters elected the Greens … praised the vote but said …")
      // (and whatever the act, "welcomed the fine", "criticised the vote": never the body the decision fell on or chose,
      // "Regulators fined Yarlfold Water … welcomed the fine", "Yarlfold Water was fined …", "Voters elected the Greens …
      // praised the vote"; that body did not take it)
      const decider = event && event.verbAt >= 0 ? event.subject
        : takerOf(noun, before, ok) ?? lastOrganisationBefore(before, (m) => ok(m) && !decidedOn(m) && (!decisionBut || DECIDING_BODY.test(m.name)));
      if (decider) found.set(decider.name, { at: decisionIn.start! });
    }
    // "accused management of …", "the developer ignored …", "Hobhorne’s leadership": those who run an organisation stand
    // for it: the one named by the possessor, else the latest organisation named before (not the speaker's own).
    if (found.size - descriptions.size < 3 && act !== 'SAY' && act !== 'NO_COMMENT') {
      const region = text.slice(from, st.content.end);
      RX.runners.lastIndex = 0;
      const r = RX.runners.exec(region);
      const det = r?.[1];
      // "the ferry's operator, Vobling Shipping": the name follows and is found as a mention of its own.
      if (r && det !== 'its' && det !== 'their' && !/^,?[^\S\n]+\p{Lu}/u.test(region.slice(r.index + r[0].length))) {
        const possessor = det && /^\p{Lu}/u.test(det) && !/^(?:The|Its|Their|This|That)$/u.test(det) ? det.replace(/[’']s$/u, '') : undefined;
        const before = Math.min(from + r.index, st.speaker.mention?.start ?? from + r.index);
        const own = (n: string): boolean => ownName(n) || key(n) === key(st.speaker.affiliation ?? '');
        const main = !possessor && WORDS.companyRunners.includes(r[0].replace(/^(?:the|this|that)\s+/u, '')) ? mainCompany() : undefined;
        const org = possessor ? organisationNamed(possessor, from + r.index) : main && !own(main.name) ? main.name : lastOrganisationBefore(before, (m) => !own(m.name))?.name;
        if (org && !own(org) && !found.has(org)) found.set(org, { at: from + r.index });
      }
    }
    // "directors had brushed off warnings from workers", "supervisors at the plant locked the exits": those who direct the staff,
    // as the subject of what is reported, stand for their employer, and only when the employer is plain: the one company
    // named in the same or the previous sentence (another body there, or speakers who are staff of a body: none). Never in a sports
    // story (a club's "manager" is its coach) and never a club; never the speaker itself or the body it speaks for. The
    // content must name no other party before them. The stance is the act's (a charge is against the employer; a
    // neutral report of what managers did is not).
    // (only in a report or a charge: what managers are said to have warned, asked or demanded is their own speech)
    const staffSubject = STAFF_REPORT_ACTS.has(act) ? RX.employerStaffSubject.exec(content) : null;
    const staffAt = staffSubject ? off + staffSubject.index + staffSubject[0].indexOf(staffSubject[1] as string) : -1;
    if (staffSubject && ![...found.values()].some((v) => v.at >= off && v.at < staffAt) && !sportsStory()) {
      const employer = staffEmployer(st, staffAt);
      const speaking = [st.speaker.name, st.speaker.affiliation ?? '', bodyOf(st.speaker) ?? ''].filter(Boolean).map(key);
      if (employer && !found.has(employer.name) && !ownName(employer.name) && !speaking.some((k) => k === key(employer.name) || wordsWithin(k, key(employer.name)) || wordsWithin(key(employer.name), k))) {
        found.set(employer.name, { at: staffAt });
        kinds.set(employer.name, 'organization');
      }
    }
    // An insider's account: staff who do not speak for their employer ("two engineers at the airline", "a former claims
    // assessor", or a body the speaker stage named with such a role: "three porters at X" read as X) telling how staff
    // were directed ("staff had been instructed to …", "managers pressed staff to …") speak against the employer; so does
    // their accusation or criticism when their employer is the body named with them. Not a spokesperson, official or
    // manager (the body's own account), and not when the content names another party before those words.
    let insiderTarget: string | undefined;
    let insiderEvidence: Evidence | null = null;
    const insider = insiderAccount(st, content, off, act, c);
    if (insider) {
      const before = [...found.entries()].filter(([, v]) => v.at >= off && v.at < insider.ev.start!).map(([n]) => n);
      const same = (n: string): boolean => key(n) === key(insider.name) || wordsWithin(key(n), key(insider.name)) || wordsWithin(key(insider.name), key(n));
      if (before.every(same)) {
        const had = [...found.keys()].find(same);
        insiderTarget = had ?? insider.name;
        insiderEvidence = insider.ev;
        if (!had) { found.set(insider.name, { at: insider.ev.start! }); kinds.set(insider.name, 'organization'); }
      }
    }
    // "dismissed the allegations as fabrications", "rejected the findings": the claim rebutted stands for whoever
    // made it, the latest other party quoted before (else named before), who is then a target against whom it speaks.
    const rebuttedAuthors = new Set<string>();
    // "disputed that figure, saying the gap was far larger", "rejected that account": a fact disputed clears no one named
    // in the content of wrongdoing. (Its author is not made a target: the corpus's readers list only the speaker for
    // "disputed that account", in all four statements that have it.)
    const factDispute = act === 'DENY' && RX.rebuttedFact.test(content);
    // A suggestion rebutted ("dismissed any idea that the cuts were …") need not be anyone's: the party guessed
    // as its author is no target, only the speaker's opponent (suggestionAuthors).
    const suggestion = RX.rebuttedUnattributed.test(content);
    if (act === 'DENY' && RX.rebutted.test(content)) {
      const before = Math.min(st.content.start, st.cue?.start ?? st.content.start, st.speaker.mention?.start ?? st.content.start);
      const own = new Set([speakerKey, key(st.speaker.affiliation ?? '')]);
      // (the claim is that of the party that spoke against the speaker before, when one did: "rejected claims that it had
      // ignored the problem" answers the resident who accused the council, not the police officer quoted last; an
      // unattributed "suggestion" that no one in the article voiced is nobody's claim)
      const ownKeys = [...own].filter(Boolean);
      // (a proposal rejected is that of the party that last asked for something, GUIDE decision 44: "The author of a
      // proposal … the speaker rejected or dismissed stays AGAINST"; not whoever last spoke against the speaker)
      const proposer = PROPOSAL_REBUTTED.test(content) ? lastDemanderBefore(before, (name) => !own.has(key(name))) : undefined;
      const accuser = proposer ? undefined : lastAccuserBefore(before, (n) => ownKeys.some((k) => key(n) === k || sameName(key(n), k)), (name) => !own.has(key(name)));
      const quoted = proposer ?? accuser ?? (UNVOICED_CLAIM.test(content) ? undefined : lastSpeakerBefore(before, (name) => !own.has(key(name))));
      // A claim made by someone speaking for a body ("Clara Jelworth, the group’s director") is the body’s claim too.
      // (not a person's party label, "a Republican": no body the person speaks for, GUIDE decision 64)
      const authorBody = quoted && !(quoted.kind === 'person' && isPartyLabel(bodyOf(quoted) ?? '')) ? bodyOf(quoted) : undefined;
      const authors = quoted ? [quoted.name, ...(authorBody ? [authorBody] : [])] : UNVOICED_CLAIM.test(content) ? [] : [lastNamedBefore(before, (m) => !own.has(key(m.name)))?.name];
      for (const author of authors) {
        if (!author || own.has(key(author))) continue;
        if (suggestion) { const had = suggestionAuthors.get(st.content.start) ?? []; if (!had.includes(author)) suggestionAuthors.set(st.content.start, [...had, author]); continue; }
        rebuttedAuthors.add(author);
        if (!found.has(author)) found.set(author, { at: st.content.start });
      }
    }
    // "it" opening an organisation's reported clause is the organisation ("the ministry said it had acted lawfully").
    // ("the club was trying to distract fans from its own failings": an "its" after another body the content names is
    // that body's, not the speaker's, when the speaker is a person who speaks for no body)
    const firstSelf = firstMatch(RX.self, content, off, c.starts);
    // (a speaker with a body of its own may mean that body: "the agency had used its technology", said by a company)
    const itsOfOther = firstSelf !== null && /^its(?:elf)?$/iu.test(firstSelf.text ?? '') && st.speaker.kind === 'person' && !bodyOf(st.speaker)
      && [...found].some(([n, v]) => v.at >= off && v.at < firstSelf.start! && !ownName(n) && isBodyKind(kinds.get(n)));
    // ("the board ruled that the licensing office had broken its own rules": "its own" after another body that is the
    // subject of its clause, with no clause opening between, is that body's, whoever the speaker is)
    const itsOwnOfOther = firstSelf !== null && /^its$/iu.test(firstSelf.text ?? '') && /^[^\S\n]+own(?![\p{L}])/u.test(text.slice(firstSelf.end!, firstSelf.end! + 6))
      && [...found].some(([n, v]) => v.at >= off && v.at < firstSelf.start! && !ownName(n) && isBodyKind(kinds.get(n)) && !byPronoun.has(n)
        && !OTHER_CLAUSE_BETWEEN.test(text.slice(byStart[firstAtOrAfter(byStart, v.at)]?.start === v.at ? byStart[firstAtOrAfter(byStart, v.at)]!.end : v.at, firstSelf.start!)
          .replace(ABBREVIATION_IN_BRACKETS, ' ')));
    const selfRef = (itsOfOther || itsOwnOfOther ? firstMatch(RX.selfOfPerson, content, off) : firstSelf)
      ?? (st.type !== 'direct' && st.speaker.kind !== 'person' && /^it\b/iu.test(content) && c.legit ? { rule: '', start: off, end: off + 2, text: content.slice(0, 2) } : null);
    const speaksForItself = st.speaker.kind !== 'anonymous' && st.speaker.kind !== 'document' && st.speaker.kind !== 'media';
    // A denial defends, an admission concedes: both are about the speaker (or the body a spokesperson speaks for),
    // even when the content names no one ("there was no delay", "we failed him").
    // An official speaks for the body named with them ("the hospital’s medical director"): a denial or an admission
    // is about that body as much as about the person.
    // ("Transport Minister Lea Moss": the portfolio word before a government role is no body of hers)
    // (nor is the person then her own party for want of a body: only when the content speaks of her, as below)
    const portfolio = speaksForItself && portfolioAffiliation(st.speaker, text);
    // (the department the article names with that portfolio word, "Energy Minister Paul Orvton" of "the Ministry of
    // Energy Transition", is already the minister's affiliation: the speakers stage gives it, GUIDE decision 64)
    const body = speaksForItself && !portfolio ? bodyOf(st.speaker) : undefined;
    const selfName = st.speaker.role === 'spokesperson' && body ? body : st.speaker.name;
    // Unnamed staff or officials of a named body ("County officials reject that account", GUIDE decisions 63 and 66:
    // anonymous, the body their affiliation) who deny a charge deny it for that body: it is the one defended.
    const deniesForBody = st.speaker.kind === 'anonymous' && act === 'DENY' && st.speaker.affiliation ? st.speaker.affiliation : undefined;
    const selfKeys = new Set([key(st.speaker.name), key(selfName), ...(body ? [key(body)] : []), ...(deniesForBody ? [key(deniesForBody)] : [])]);
    const bodyKeys = new Set([...(st.speaker.kind === 'person' ? [] : [speakerKey]), ...(body ? [key(body)] : [])]);
    // Words of defence about no one else named ("the rise was hard but unavoidable") defend the speaker's own conduct.
    const defendsItself = c.legit !== null && !c.wrong && found.size === 0 && ['SAY', 'ASSERT', 'CLAIM'].includes(act);
    // An evaluation that names no one ("“There was gross incompetence,” he said") is about the party the article was
    // just discussing: the last person or organisation named before the statement, in its paragraph or the one before.
    // A guess, so the reviewer is asked to check it. A neutral report by an organisation that names no one is about
    // its own conduct ("the problems had been fixed"), not about the last party named.
    // A quote that goes on from the same speaker's statement just before it, naming no one ("“…,” Oakes told him. “The
    // harm you caused will last longer than this term.”"), is about what that statement was about, and keeps the stance
    // it took unless its own words decide otherwise. Weak evidence: the reviewer is asked to check.
    const carried = new Map<string, Stance>();
    if (found.size === 0 && previous && continues(previous, st)) {
      for (const t of previous.targets) {
        if (selfKeys.has(key(t.name)) || key(t.name) === speakerKey || found.size >= 3) continue;
        found.set(t.name, { at: st.content.start });
        // (the party a body's order names is AGAINST by the order itself, GUIDE decision 50; the quote after it goes on
        // from the order's speaker, not from a charge: "ordered that X remain in custody. “No ruling can bring back …”")
        carried.set(t.name, t.evidence?.[0]?.rule === 'stance:against:ordered' ? 'NONE' : t.stance);
      }
      if (carried.size > 0) { rules.push('stance:continued-quote'); flag('stance:continued-quote'); }
    }
    const guessed = new Set<string>();
    const namedAt = (name: string, at: number): boolean => namedAtIn(text, name, at);
    // Criticism whose subject is the speaker's own side ("we got this badly wrong", "I let them down") blames itself: no
    // unnamed opponent or party named before is its target.
    const charge = c.wrong ?? c.criticism;
    const selfBlame = charge !== null && SELF_SUBJECT_BEFORE.test(content.slice(0, Math.max(0, charge.start! - off)));
    // Blame that names no one ("“There was gross incompetence,” he said") is against the speaker's named opponent: a
    // party the speaker (or the body they speak for) names and speaks against in another statement, or that spoke against
    // them. Nobody else is guessed: the party named just before, or the article's most accused, was wrong far more often
    // than right (a reviewer's four tries, all four wrong: a shopkeeper's "prices keep going up" is against no one named).
    if (found.size === 0 && !selfBlame && !agentlessEvent && GUESSED_ACTS.has(act)) {
      if (!opponentOf) unnamed.add(st);
      const known = opponentOf?.of(st.speaker, selfKeys);
      if (known?.own && !introducedOf(st.speaker.name).has(key(known.name))) { found.set(known.name, { at: -1 }); guessed.add(known.name); flag('target:guessed-opponent'); }
    }
    // Insisting, maintaining, arguing or claiming, with no wrongdoing or criticism in what is asserted, is holding one's own
    // position: "Pimgate maintained that the failure could not have been foreseen", "Halcyon will argue the fine is disproportionate".
    // (Only with room left among the three: the parties the position is about come first.)
    // "accused the developer of ignoring the fishermen's association", "charged Pimgate with releasing waste into the
    // Vobwyn": the cue's object is the one charged; a party named inside the charge after its "of"/"for"/"with" is one
    // the charged act was done to, by way of or where, not charged itself (GUIDE section 6: what the statement is about).
    const chargeOpening = (act === 'ACCUSE' || act === 'CRITICIZE') && CHARGE_OBJECT_CUES.has(cueLemma) ? CHARGE_OBJECT_OPENING.exec(content) : null;
    const chargeFrom = chargeOpening ? off + chargeOpening[0].length : -1;
    // (the charge ends at its sentence or at a participle clause that goes on to say more: ", saying the company …")
    const chargeRest = chargeOpening ? CHARGE_CLAUSE_END.exec(content.slice(chargeOpening[0].length)) : null;
    const chargeTo = chargeFrom >= 0 && chargeRest ? chargeFrom + chargeRest.index : st.content.end;
    const holdsOwnPosition = (act === 'ASSERT' || act === 'CLAIM') && !c.wrong && !c.criticism && found.size + (body && key(body) !== key(selfName) ? 2 : 1) <= 3;
    // A person who speaks for a body defends or concedes the body's conduct: the body is the target, and the person only
    // when the content speaks of them ("I", "me", "my", or their name or pronoun in the content) or another speaker spoke
    // against them before (the person is the one accused): on the corpus's gold, 114 of 156 denials and admissions by a
    // person with an affiliation list the body alone, 24 the person. Their name or pronoun is the person found at a place
    // in the content (`at` ≥ 0): by name above, or by the content's first "he"/"she"/"his"/"her" read as the person last
    // mentioned (an indirect "denied that her team had hidden anything"); "I" and "my" are FIRST_PERSON_SINGULAR.
    const personal = st.speaker.kind !== 'person' || (!body && !portfolio) || (body !== undefined && key(body) === key(selfName))
      || (found.get(st.speaker.name)?.at ?? -1) >= 0 || FIRST_PERSON_SINGULAR.test(content)
      || spokenAgainstBefore(spokenAgainst.get(st.speaker.name.toLowerCase()), st.speaker.name.toLowerCase(), off);
    /** The person speaking, as a target of their own statement (not the body they speak for). */
    const personalSelf = (name: string): boolean => st.speaker.kind === 'person' && (key(name) === speakerKey || titledSelf(name));
    const speakerLower = st.speaker.name.toLowerCase();
    // ("rejected the result", "dismissed the offer as an insult": another's outcome or offer turned down, no charge
    // against the speaker answered, so no defence of its own)
    const rejectsOutcome = act === 'DENY' && (cueLemma === 'reject' || cueLemma === 'dismiss') && !selfRef && REJECTED_OUTCOME.test(content);
    if (speaksForItself && (selfRef || defendsItself || holdsOwnPosition || (act === 'DENY' && !rejectsOutcome) || act === 'ADMIT')) {
      if (!found.has(selfName) && personal) found.set(selfName, { at: -1 });
      // (not a person's party, "a Liberal in her third term": a label, no body the person speaks for, GUIDE decision 64)
      if (body && !(st.speaker.kind === 'person' && isPartyLabel(body)) && !found.has(body) && ![...found.keys()].some((n) => key(n) === key(body))) found.set(body, { at: -1 });
    }
    else if (deniesForBody && !rejectsOutcome && ![...found.keys()].some((n) => key(n) === key(deniesForBody))) found.set(deniesForBody, { at: -1 });

    let evaluations: Array<{ stance: Stance; ev: Evidence }> | undefined;
    /** The evaluation word nearest a position in the content, not negated ("not racist"). */
    const nearestEvaluation = (at: number): { stance: Stance; ev: Evidence } | undefined => {
      if (!evaluations) {
        evaluations = [];
        for (const [rx, stance] of [[RX.negativeEvaluation, 'AGAINST'], [RX.positiveEvaluation, 'FAVOR']] as const) {
          rx.lastIndex = 0;
          for (let m = rx.exec(content); m; m = rx.exec(content)) {
            if (/(?:\bnot|n[’']t|\bnever|\bno)\s+(?:\S+\s+)?$/iu.test(content.slice(Math.max(0, m.index - 24), m.index))) continue;
            if (evaluationAsModifier(m, content)) continue;
            evaluations.push({ stance, ev: { rule: '', start: off + m.index, end: off + m.index + m[0].length, text: m[0] } });
          }
        }
      }
      // In the party's own sentence first, after it (the judgement is predicated of it) before before it, then nearest.
      const pos = at >= 0 ? at : off;
      const rank = (e: { ev: Evidence }): number => {
        const [a, b] = e.ev.start! >= pos ? [pos, e.ev.start!] : [e.ev.end!, pos];
        const otherSentence = /[.!?]\s/u.test(text.slice(a, b));
        return (otherSentence ? 2e6 : 0) + (e.ev.start! >= pos ? 0 : 1e6) + (b - a);
      };
      let best: { stance: Stance; ev: Evidence } | undefined;
      for (const e of evaluations) if (!best || rank(e) < rank(best)) best = e;
      // A judgement in another sentence is the party's only when no other party is named ("Biden: mocking" is not Ryan's).
      if (best && rank(best) >= 2e6 && [...found.keys()].filter((n) => !selfKeys.has(key(n)) && key(n) !== speakerKey).length > 1) return undefined;
      return best;
    };
    /** A charge in a denial's content that its words of denial do not cover or negate. */
    const standingCharge = (): Evidence | null => {
      for (const w of [c.wrong, c.criticism]) {
        if (!w || !c.denial) continue;
        const inDenial = w.start! < c.denial.end! && c.denial.start! < w.end!;
        // ("no evidence of the military violating …", "not aware of any …": a negative denial covers the rest of its sentence)
        const covered = /^(?:no|not|never|nothing|nobody|none|there)\b/iu.test(c.denial.text ?? '') && w.start! >= c.denial.end! && !apart(c.denial.end!, w.start!);
        if (!inDenial && !covered && !(c.negation && negates(text, c.negation, w))) return w;
      }
      return null;
    };
    /** Whether the party's mention in the content is the subject of a passive of harm or the object of a verb of harm. */
    const victim = (name: string): boolean => {
      const at = found.get(name)?.at ?? -1;
      if (at < off || at >= off + content.length) return false;
      return VICTIM_SUBJECT.test(content.slice(at - off, at - off + 120)) || VICTIM_OBJECT.test(content.slice(Math.max(0, at - off - 40), at - off))
        // ("the company had treated her “disgracefully”", "treated Ana like a criminal": the one treated so is wronged)
        || (VICTIM_MANNER_VERB.test(content.slice(Math.max(0, at - off - 40), at - off)) && VICTIM_MANNER_AFTER.test(content.slice(at - off, at - off + 80)));
    };
    /** Whether the adverse event `ev` is a harm the party underwent, not one it did: a harm undergone ("died", "injuries")
     *  is against no one; a harm done ("punched", "attacks") is against its doer only, the party named before it in the
     *  active ("Venn punched a steward") or right after its "by" ("attacks by Orsk patrol boats"). */
    const harmedParty = (name: string, ev: Evidence): boolean => {
      const word = ev.text ?? '';
      // ("Carl Tesh was injured while attacking officers": the one harmed did harm too, and is against)
      const doer = DOER_CLAUSE_AFTER.exec(text.slice(Math.max(0, found.get(name)?.at ?? -1), (found.get(name)?.at ?? -1) + 160));
      if ((found.get(name)?.at ?? -1) >= 0 && doer && RX.harmDone.test(doer[1] ?? doer[2] ?? '')) return false;
      if (RX.harmUndergone.test(word)) return true;
      if (!RX.harmDone.test(word) || ev.start === undefined || ev.end === undefined) return false;
      const at = found.get(name)?.at ?? -1;
      if (at < 0) return true;
      if (at >= ev.end) return !HARM_AGENT_BY.test(text.slice(ev.end, at));
      return HARM_PASSIVE_BEFORE.test(text.slice(Math.max(0, ev.start - 30), ev.start)) || /[.!?;]/u.test(text.slice(at, ev.start));
    };
    /** Whether the party (at its mention in the content, else at the speaker's self-reference `selfAt`) is said to feel
     *  a feeling of its own (stance-words ownFeelings). */
    const feeler = (name: string, selfAt: Evidence | null): boolean => {
      const at = found.get(name)?.at ?? -1;
      const from = at >= off && at < off + content.length ? at : selfAt?.start;
      return from !== undefined && FEELER_AFTER.test(text.slice(from, from + 120));
    };
    /** Whether the party (at its mention in the content, else at the speaker's self-reference `selfAt`) announces a step
     *  of its own (own-step.ts: "the board would hold an open session", "we will explain our grounds to the judge"):
     *  a plan, about no one (GUIDE section 6, decision 49), when the plan is what the content says: the mention opens
     *  the content. Not a plan that follows what the speaker says first ("These stories come from people dismissed for
     *  cause. We will show the inspectors our books": the plan backs an answer, GUIDE decision 22), nor one told in the
     *  speaker's own quoted words, which praise it as often as not ("would fund “the most generous scheme”", decision 41). */
    const announcedStep = (name: string, selfAt: Evidence | null): boolean => {
      const at = found.get(name)?.at ?? -1;
      // (a party read from a pronoun has no mention of its own there: the pronoun's word, "she will repay …")
      const [from, to] = at >= off && at < off + content.length ? [at, Math.max(mentionEndAt(at), at + (/^[\p{L}’'-]+/u.exec(text.slice(at, at + 40))?.[0].length ?? 0))] : [selfAt?.start, selfAt?.end];
      if (from === undefined || to === undefined || !announcesOwnStep(text, from, to)) return false;
      const clause = selfClause(text, { rule: '', start: from, end: to }, st.content.end).text ?? '';
      return !/["“”]/u.test(clause) && /^[\s"“‘']*$/u.test(text.slice(off, from));
    };
    /** Whether the content wishes the party well where it names it ("I wish Ms Marek well"). */
    const wishedWell = (name: string): boolean => {
      const at = found.get(name)?.at ?? -1;
      if (at < off || at >= off + content.length) return false;
      return WISH_BEFORE.test(text.slice(Math.max(0, at - 20), at)) && WISHED_AFTER.test(text.slice(at, at + 80))
        || (/^(?:Mr|Ms|Mrs|Miss|Dr|Mx)\.?[^\S\n]/u.test(text.slice(at, at + 5)) && /(?<![\p{L}])wish(?:es|ed|ing)?[^\S\n]+$/iu.test(text.slice(Math.max(0, at - 20), at)) && WISHED_AFTER.test(text.slice(at).replace(/^(?:Mr|Ms|Mrs|Miss|Dr|Mx)\.?[^\S\n]+/u, '')));
    };
    /** Whether the party is the subject of an authority's action in the content ("the regulator would examine whether
     *  …", "the council will review"): a modal or "is to" after at most four words of its mention, then an inquiry's verb. */
    const examiner = (name: string): boolean => {
      const at = found.get(name)?.at ?? -1;
      return at >= off && at < off + content.length && AUTHORITY_ACTING.test(text.slice(at, at + 80));
    };
    /** Whether the content supports the party's own cause, the party's name with "'s" after a verb of support ("would
     *  support Brandt's appeal", "backed the union's claim"). */
    const supportedCause = (name: string): boolean => {
      const at = found.get(name)?.at ?? -1;
      if (at < off || at >= off + content.length) return false;
      const before = text.slice(Math.max(0, at - 45), at);
      // (the mention may be a short form of the name: "Brandt's appeal" for Kyle Brandt)
      // (not the party's adversaries: "would endorse Harlan's rival", "backed Brandt's main opponents")
      return SUPPORT_BEFORE.test(before) && !NEGATED_SUPPORT.test(before) && /^(?:\p{Lu}[\p{L}.-]*[^\S\n]+){0,4}?\p{Lu}[\p{L}.-]*[’']s[^\S\n]+\p{L}/u.test(text.slice(at, at + 80))
        && !ADVERSARY_AFTER.test(text.slice(at, at + 80));
    };
    /** Whether the content names the party's own work or claim right after its name ("Harlow Energy's forecasts"). */
    const cautionedWork = (name: string): boolean => {
      const at = found.get(name)?.at ?? -1;
      if (at < off || at >= off + content.length) return false;
      return CAUTIONED_WORK_AFTER.test(text.slice(at, at + 100));
    };
    let punishedMemo: Set<string> | undefined;
    /**
     * Who a punitive demand is against. With one other party, that party. With several, the one the punitive act falls
     * on: the party named nearest before a word its doer suffers ("the commission to order Cromton to compensate": Cromton,
     * not the commission asked to order it), the first named after a word its object suffers ("the minister to freeze
     * payments to Kipworth": Kipworth, not the minister).
     */
    const punished = (p: Evidence): Set<string> => {
      if (punishedMemo) return punishedMemo;
      // (only parties that will be output as targets: "to freeze bonuses for its directors" picks no one, and the
      // demand then falls back to all its parties)
      // (one the demanded payment or apology goes to, named after the punitive word, owes nothing: "compensation for the
      // families of the dead soldiers", "an apology to the residents")
      const owed = new Set([...found].filter(([, v]) => v.at >= p.end! && DEMAND_BENEFICIARY_BEFORE.test(text.slice(p.end!, v.at))).map(([n]) => n));
      const others = [...found].filter(([n, v]) => v.at >= 0 && key(n) !== speakerKey && !selfKeys.has(key(n)) && outputNames.has(n) && !owed.has(n));
      if (others.length < 2) return (punishedMemo = new Set([...found.keys()].filter((n) => !owed.has(n))));
      const onObject = RX.punitiveOnObject.test(p.text ?? '');
      let pick: [string, { at: number }] | undefined;
      for (const o of others) {
        if (onObject ? o[1].at >= p.end! && (!pick || o[1].at < pick[1].at) : o[1].at < p.start! && (!pick || o[1].at > pick[1].at)) pick = o;
      }
      return (punishedMemo = pick ? new Set([pick[0]]) : new Set(found.keys()));
    };
    let orderedMemo: { name: string; ev: Evidence } | null | undefined;
    /**
     * The party an order names first, at the opening of its content (GUIDE decision 50: "ordered Lomling Power to lower
     * down the reservoir", "ordered Draston held in custody", "ordered the catering firm Marrow Kitchens to close"):
     * the party ordered, AGAINST; not the speaker's own side (a body's order to its own staff), not one named later in the
     * content (one the order is for: "to pay refunds to the passengers of Quorham Air").
     */
    const orderedParty = (): { name: string; ev: Evidence } | null => {
      if (orderedMemo !== undefined) return orderedMemo;
      orderedMemo = null;
      if (!ORDER_CUES.has(cueLemma) || !st.cue) return null;
      let first: [string, { at: number }] | undefined;
      for (const o of found) {
        if (o[1].at < off || !outputNames.has(o[0])) continue;
        if (!first || o[1].at < first[1].at) first = o;
      }
      if (!first || ownSide(first[0]) || selfKeys.has(key(first[0])) || !ORDERED_OPENING.test(text.slice(off, first[1].at))) return null;
      orderedMemo = { name: first[0], ev: { rule: '', start: st.cue.start, end: st.cue.end, text: text.slice(st.cue.start, st.cue.end) } };
      return orderedMemo;
    };
    let authorityMemo: { addressees: Set<string>; against: string | undefined; ev: Evidence } | null | undefined;
    /**
     * A demand asked of a body that acts on others (AUTHORITY_ASKED): the parties named in the addressee's phrase, and the
     * first party named in the action's clause after its verb, not the speaker's side (GUIDE decision 44: "asked the
     * tribunal to stop drilling by Jelwyn" is against Jelwyn, not the court). Read once, for a DEMAND.
     */
    const authorityAsked = (): { addressees: Set<string>; against: string | undefined; ev: Evidence } | null => {
      if (authorityMemo !== undefined) return authorityMemo;
      authorityMemo = null;
      const m = AUTHORITY_ASKED.exec(content);
      if (!m?.indices || !AUTHORITY_WORD.test(m[1] ?? '') || NOT_ADDRESSEE.test(m[1] ?? '')) return null;
      const [as, ae] = m.indices[1] as [number, number];
      const [vs, ve] = m.indices[3] as [number, number];
      // (with no "to", a subjunctive after "demanded that": "the inspectorate suspend …"; "a council review of …" is a noun)
      if (!m[2] && !tokensIn(off + vs, off + ve).some((t) => t.start === off + vs && t.pos === 'VERB')) return null;
      const end = ACTION_CLAUSE_END.exec(content.slice(ve));
      const clauseEnd = off + ve + (end ? end.index : content.length - ve);
      const addressees = new Set([...found].filter(([, v]) => v.at >= off + as && v.at < off + ae).map(([n]) => n));
      let against: [string, { at: number }] | undefined;
      for (const o of found) {
        const [n, v] = o;
        if (v.at < off + ve || v.at >= clauseEnd || addressees.has(n) || descriptions.has(n) || !outputNames.has(n) || ownSide(n) || selfKeys.has(key(n))) continue;
        // (one the action is done with or for is no party it falls on: "to review the list with teachers from X")
        if (ACTION_BENEFICIARY_BEFORE.test(text.slice(off + ve, v.at))) continue;
        // (the action's object, "by" its doer, or the holder of what it acts on: "halt the demolition of Harlow Library"
        // and "investigate threats against Senator Quinn" are not against the library or the senator)
        if (!ACTION_PARTY_BEFORE.test(text.slice(off + ve, v.at))) continue;
        if (!against || v.at < against[1].at) against = o;
      }
      authorityMemo = { addressees, against: against?.[0], ev: { rule: '', start: off + vs, end: off + ve, text: m[3] as string } };
      return authorityMemo;
    };
    let accountingMemo: { name: string; ev: Evidence } | null | undefined;
    /**
     * Who a demand asks to account for its conduct: the party that is the object of the demand, right before the words
     * ("called on the commission to explain why it had renewed the licence", "to summon Vask to justify the cuts",
     * "demanded the Harbour Board explain why"), not a party merely named before them ("Vask is a fine speaker, and this
     * is the time to explain why …") nor one after them, which is what is to be explained ("to explain why Halden Water
     * was allowed …"). An imperative opening a quoted sentence ("“Show us the numbers. …”") asks the one other party
     * the statement names. Never the speaker or its side.
     */
    const accountingAsked = (): { name: string; ev: Evidence } | null => {
      if (accountingMemo !== undefined) return accountingMemo;
      accountingMemo = null;
      const others = [...found].filter(([n, v]) => key(n) !== speakerKey && !selfKeys.has(key(n)) && outputNames.has(n) && v.at >= off);
      const ev = firstMatch(RX.accountingDemand, content, off, c.starts);
      if (ev) {
        // (the nearest such party before the words: "the Securities and Markets Commission" may give two names)
        for (const [name, { at }] of [...others].sort((a, b) => b[1].at - a[1].at)) {
          if (at >= ev.start!) continue;
          // (the party opens the content, "the ministry to justify …", or follows a verb of asking, "ask the board to …")
          const lead = text.slice(off, at);
          const object = /^(?:(?:the|of|and|for|&|\p{Lu}[\p{L}’'.-]*)[^\S\n]+)*$/u.test(lead) || ASKED_BEFORE.test(lead.slice(-40));
          if (object && ASKED_THEN.test(text.slice(at, ev.start!))) { accountingMemo = { name, ev }; return accountingMemo; }
        }
      }
      const imp = firstMatch(RX.accountingImperative, content, off, c.starts);
      // (a "party" found in the words themselves, "Show", is none)
      const named = imp ? others.filter(([, v]) => !(v.at >= imp.start! && v.at < imp.end!)) : [];
      if (imp && /^\p{Lu}/u.test(imp.text ?? '') && (imp.start === off || /[.!?][”"’']?[^\S\n]+$/u.test(text.slice(off, imp.start!)))
        && named.length === 1) accountingMemo = { name: (named[0] as [string, unknown])[0], ev: imp };
      return accountingMemo;
    };
    /** Whether a position lies in the words a prosecution's case opened on ("Yarlfold had moved"): its subject. */
    const chargedSubject = (at: number): boolean => evidence.some((e) => e.rule === 'act:content-act:prosecution-case' && at >= e.start! && at < e.end!);
    /** Whether the party is named right after a charge word and "for", "to" or "on", as the one the failing harmed. */
    const harmedByCharge = (name: string): boolean => {
      const at = found.get(name)?.at ?? -1;
      if (at < off) return false;
      // (the charge word nearest before the party: "Your remorse is real. It came too late for Mr Hendry")
      const lead = content.slice(0, at - off);
      const near = /(?<![\p{L}])(?:for|to|on)[^\S\n]+(?:(?:the|its|their|our|his|her|all|those|these)[^\S\n]+)?(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?[^\S\n]+)?$/u.exec(lead);
      if (!near) return false;
      const upTo = lead.slice(0, near.index).replace(/[^\S\n]+$/u, '');
      const word = /(?:[\p{L}’'-]+[^\S\n]+){0,3}[\p{L}’'-]+$/u.exec(upTo)?.[0] ?? '';
      // (a charge that falls on someone, "too late", "unfair", "an insult": not "an embarrassment for X", which is X's)
      const m = firstWordListMatch(RX.harmingCharge, word);
      const charged = m !== null && m.index + m[0].length === word.length;
      const mention = /^[\p{L}’'.-]+(?:[^\S\n]+\p{Lu}[\p{L}’'.-]*)*/u.exec(text.slice(at))?.[0] ?? '';
      return charged && HARMED_BEFORE.test(lead.slice(near.index - 1)) && !INFINITIVE_AFTER.test(text.slice(at + mention.length, at + mention.length + 40));
    };
    /**
     * Whether the party named at `at` stands as the subject of a clause ("denied that the council had ignored …",
     * "saying Ruskmore had been working openly", "“The mayor doesn’t trade votes”"): the one a denial clears (LABELS: the
     * party whose wrongdoing is denied). Not a party after a preposition ("passed to the ministry", "issued by the
     * board"; but "no evidence of the army breaking …"), the object of a verb ("defended the choice"), nor a possessor
     * ("the club’s finances"). Reads the few tokens around the mention only.
     */
    const clauseSubject = (at: number): boolean => {
      const before = tokensIn(Math.max(0, at - 40), at);
      let k = before.length - 1;
      while (k >= 0 && ((before[k] as Token).pos === 'DET' || /^[“"‘]$/u.test((before[k] as Token).text))) k--;
      const prev = before[k];
      const after = tokensIn(at, at + 120);
      // (the mention's own words, then the rest of its noun phrase)
      let i = 1;
      while (i < after.length && (NOUN_PHRASE_POS.has((after[i] as Token).pos) || (after[i] as Token).start < mentionEndAt(at))) i++;
      if (/^[’']s?$/u.test(after[i]?.text ?? '')) return false;
      while (i < after.length && (/^[,“"‘”’]$/u.test((after[i] as Token).text) || (after[i] as Token).pos === 'ADV' || (after[i] as Token).pos === 'PART')) i++;
      const verb = after[i] !== undefined && ((after[i] as Token).pos === 'AUX' || (after[i] as Token).pos === 'VERB');
      // ("allegations of abuse by the border guards", "no wrongdoing on the part of its inspectors": the doer of the
      // wrong a charge names is the one cleared)
      if (DOER_OF_CHARGE.test(text.slice(Math.max(0, at - 80), at))) return true;
      if (prev?.pos === 'ADP') return prev.normal === 'of' && verb && /ing$/u.test((after[i] as Token).text);
      return verb;
    };
    /** Where the mention starting at `at` ends (a name, or a description resolved to one); `at` when none starts there. */
    const mentionEndAt = (at: number): number => {
      const m = byStart[firstAtOrAfter(byStart, at)];
      return m && m.start === at ? m.end : describedAt.find((d) => d.start === at)?.end ?? at;
    };
    /** Whether the party named at its place in the content is followed by its answer to any breach to come
     *  (RESPONDER_AFTER), read after its mention or, for a description, after its own words ("the army"). */
    const responder = (name: string): boolean => {
      const at = found.get(name)?.at ?? -1;
      if (at < off || at >= st.content.end) return false;
      const end = mentionEndAt(at);
      if (end > at) return RESPONDER_AFTER.test(text.slice(end, st.content.end));
      const rest = text.slice(at, st.content.end).replace(/^(?:the|its|our|their)[^\S\n]+/iu, '');
      return rest.toLowerCase().startsWith(name.toLowerCase()) && RESPONDER_AFTER.test(rest.slice(name.length));
    };
    /**
     * The legal step brought against the party at its mention (GUIDE decision 58): "legal action against the mill", "sue
     * the landlord" right before it, or "a notice of intent to sue" right after it; not a step a few words after "dropped",
     * "dismissed", "not" (stance-words legalSteps). The step's words, or null.
     */
    const legalStepAgainst = (name: string): Evidence | null => {
      const at = found.get(name)?.at ?? -1;
      if (at < 0 || !namedAt(name, at) && mentionEndAt(at) === at) return null;
      const lead = text.slice(Math.max(0, at - 80), at);
      // ("sue the city and the police department": the second party of the step's object too)
      const before = RX.legalStepBefore.exec(lead) ?? RX.legalStepBeforeConjunct.exec(lead);
      if (before) {
        const start = Math.max(0, at - 80) + before.index;
        if (RX.legalStepUndone.test(text.slice(Math.max(0, start - 40), start))) return null;
        return { rule: '', start, end: at, text: text.slice(start, at) };
      }
      const end = mentionEndAt(at) > at ? mentionEndAt(at) : at + name.length;
      const after = RX.legalStepAfter.exec(text.slice(end, end + 60));
      if (after && !RX.legalStepUndone.test(text.slice(Math.max(0, at - 40), at))) return { rule: '', start: end, end: end + after[0].length, text: after[0] };
      return null;
    };
    /**
     * Whether the party opens the content as the subject of its first clause ("the operator had …", "it had pushed …",
     * "a Varrow manager told …"): under a cue of CONDUCT_CUES, the one whose conduct the content tells.
     */
    const opensAsSubject = (name: string): boolean => {
      const at = found.get(name)?.at ?? -1;
      if (at < off || at >= off + content.length) return false;
      // (a party written there: not one carried from the statement before or guessed, placed at the content's start)
      // ("the government had …": a name found after its determiner)
      const lead = /^(?:the|its|their)[^\S\n]+/iu.exec(text.slice(at, at + 8))?.[0].length ?? 0;
      const written = namedAt(name, at) || (lead > 0 && namedAt(name, at + lead));
      if (!written && mentionEndAt(at) === at && !OPENING_PRONOUN.test(text.slice(at, at + 5))) return false;
      const end = mentionEndAt(at) > at ? mentionEndAt(at) : written ? at + (namedAt(name, at) ? 0 : lead) + name.length : at + (OPENING_PRONOUN.exec(text.slice(at, at + 5))?.[0].length ?? 0);
      if (!OPENING_LEAD.test(content.slice(0, at - off)) || !clauseSubject(at) || RX.conductMisfortune.test(text.slice(end, end + 60))) return false;
      // (what the party holds or is now, "the authority holds £9 million in reserves": a figure or a state, which GUIDE
      // decision 111 leaves CLAIM with no one charged; what it did or has done is its conduct)
      const verb = tokensIn(end, Math.min(end + 60, off + content.length)).find((t) => t.pos === 'VERB' || t.pos === 'AUX');
      // (a present tense of the third person, "holds", "runs": its lemma is not the word written)
      return !(verb && verb.pos === 'VERB' && /s$/u.test(verb.text) && verb.text.toLowerCase() !== verb.lemma.toLowerCase())
        && !(verb && /^(?:is|are|holds|has|have|owns|keeps)$/iu.test(verb.text) && !/^[^\S\n]+(?:been|had|done|made|[\p{Ll}]+ed|[\p{Ll}]+ing)(?![\p{L}])/u.test(text.slice(verb.end, verb.end + 20)));
    };
    const targets: Target[] = [];
    // "Jaskana", "Jaskana’s government", "Kipstow officials": one country's government under one name (nationNames).
    // A one-word name that is part of a longer name written before it is that party's short name: "Haldane" for "Victor
    // Haldane", "Dean" for "Dean Kowalczyk", "Kipridge" for "Kipridge Energy" (one party, not two targets).
    for (const [name, v] of [...found]) {
      // A people's adjective alone ("Tarsenian"), added as a side the content does not name (a speaker of "the Tarsenian
      // government" read short), names no party; nationNames gives a state its full name. (Written in the content, "attacks
      // by Prelana coastguard vessels", "expelling Kelmanan diplomats", the corpus's readers keep it as the target.)
      if (peoplesAdjective.has(name) && v.at < 0) {
        found.delete(name); descriptions.delete(name); carried.delete(name);
        continue;
      }
      const nation = nationName(name);
      // (not the speaker's own name or its body's, which the rules below know as written: "Hesse" a lawyer's client)
      const own = key(name) === speakerKey || selfKeys.has(key(name)) || [...bodyKeys].some((k) => sameName(k, key(name)));
      // ("Harrowgate" after "Harrowgate Press", the speaker's own or another's: a body's one-word short name is the one
      // company whose full name it opens, written out before, short-names.ts; not a person's name nor a place's; a
      // publisher's "Press" counts, as the index holds only names the speakers stage read as organisations, no outlets)
      // (the speaker's own short name only beside its full name in the same statement, which it joins: alone, the rules
      // below read it as the speaker's own side as written)
      const shortFull = nation === undefined && !/\s/u.test(name) && /^\p{Lu}/u.test(name) && kinds.get(name) !== 'person' && kinds.get(name) !== undefined
        ? (bodyShortIndex ??= shortNames(text, shortNameMentions(), (n) => !noCompany(n) && !LAW_NAME.test(n))).fullNameOf(name, v.at >= 0 ? v.at : st.content.end)
        : undefined;
      const shortBody = shortFull !== undefined && (!own || found.has(shortFull)) ? shortFull : undefined;
      const whole = shortBody !== undefined ? { name: shortBody, kind: 'organization' as Mention['kind'] }
        : nation === undefined && !own && !/\s/u.test(name) ? longerName(name, st.content.end) : undefined;
      const canon = nation ?? whole?.name;
      if (canon === undefined || canon === name) continue;
      found.delete(name);
      const had = found.get(canon);
      // (a short name written in the content places the party there, when the full one was only added unwritten)
      if (!had || v.at < had.at || (shortBody !== undefined && had.at < 0 && v.at >= 0)) found.set(canon, v);
      if (descriptions.delete(name) && !had) descriptions.add(canon);
      kinds.set(canon, whole?.kind ?? 'organization');
      // (what the rules above recorded of the short name holds for the whole one)
      for (const set of [claimants, byPronoun, rebuttedAuthors, guessed]) if (set.delete(name)) set.add(canon);
      if (carried.has(name) && !carried.has(canon)) carried.set(canon, carried.get(name) as Stance);
      if (client === name) client = canon;
      if (insiderTarget === name) insiderTarget = canon;
    }
    // (the client an advocate spoke of in a statement before, named here or carried: "Vobham said … her client …. “But there
    // are serious questions about how this case was put together”": still the one the advocate speaks for)
    if (advocate) {
      if (client !== undefined) clientOf.set(key(st.speaker.name), client);
      else {
        const before = clientOf.get(key(st.speaker.name));
        if (before !== undefined) client = [...found.keys()].find((n) => n === before || alike(n, before));
      }
    }
    // Named parties before descriptions when there are more than three ("former executives" after "Okafor").
    let roomForDescriptions = 3 - (found.size - descriptions.size);
    const kept = [...found.entries()].filter(([name]) => !descriptions.has(name) || roomForDescriptions-- > 0);
    const outputNames = new Set(kept.map(([name]) => name));
    // (the person a quote is said to be about first: what the statement is about, whatever else it names)
    const order = (name: string, at: number): number => (name === aboutPerson ? Number.NEGATIVE_INFINITY : at);
    // Where a clause of circumstance ("after", "before", "when", "despite" …) opens in the content after its first words,
    // and whether a position lies in it past the clause's subject ("after they had fallen behind to a header from X").
    const circumstance = CIRCUMSTANCE_CLAUSE.exec(content);
    const inCircumstance = (at: number): boolean => {
      if (!circumstance || at < 0) return false;
      const opens = off + circumstance.index + circumstance[0].length;
      return at > opens && !/^(?:the)?$/iu.test(text.slice(opens, at).trim());
    };
    // The speaker's own side: a name sharing a capitalised word with the speaker's name, affiliation or body.
    const sideWords = new Set([st.speaker.name, st.speaker.affiliation ?? '', body ?? ''].flatMap((n) => n.replace(/[’']s(?![\p{L}])/gu, '').split(/[^\p{L}]+/u)).filter((w) => /^\p{Lu}\p{L}{2,}$/u.test(w) && !SIDE_STOPWORDS.has(w.toLowerCase())));
    // (and a people's adjective of a state on the speaker's side: "Valdoran" for "Valdora's defence ministry"; a person's
    // own name gives no state, "Russian" is not Ivan Russo's side)
    const stateWords = [st.speaker.kind === 'person' ? '' : st.speaker.name, st.speaker.affiliation ?? '', body ?? '']
      .flatMap((n) => n.replace(/[’']s(?![\p{L}])/gu, '').split(/[^\p{L}]+/u)).filter((w) => /^\p{Lu}\p{L}{2,}$/u.test(w));
    const ownPeople = (name: string): boolean => peoplesAdjective.has(name)
      && stateWords.some((w) => [w, w.slice(0, -1)].some((stem) => name.startsWith(stem) && OWN_DEMONYM_REST.test(name.slice(stem.length))));
    // (and the state whose people's adjective is in a government official's title: Kessan for "Kessani Foreign Minister
    // Dalia Oruno", whose speakers' stage gives no affiliation, GUIDE decision 64)
    const ownState = (name: string): boolean => st.speaker.kind === 'person' && GOVERNMENT_ROLE.test(st.speaker.role ?? '') && /^\p{Lu}\p{L}{2,}$/u.test(name)
      && titleWordsOf(st.speaker.name).some((w) => [name, name.slice(0, -1)].some((stem) => w.startsWith(stem) && OWN_DEMONYM_REST.test(w.slice(stem.length))));
    const ownSide = (name: string): boolean => key(name) === speakerKey || (body !== undefined && key(name) === key(body))
      || introducedOf(st.speaker.name).has(key(name))
      || name.replace(/[’']s(?![\p{L}])/gu, '').split(/[^\p{L}]+/u).some((w) => sideWords.has(w)) || ownPeople(name) || ownState(name);
    // The party the speaker speaks or works for (its affiliation, the body the article introduced as its own, an
    // advocate's client) and, for a body that speaks, a person the article gives as its own (its officer, its surgeon):
    // the speaker's principal. A statement takes the principal's side or none; it is against it only where its own words
    // charge it, the principal the subject of the charge's clause or the cue's object ("a former engineer said the
    // company had hidden the test results", "accused her own party of cowardice"), or the act is an admission.
    const affiliationKey = st.speaker.affiliation ? key(st.speaker.affiliation) : undefined;
    const principal = (name: string): boolean => {
      const k = key(name);
      if (k === speakerKey || selfKeys.has(k)) return false;
      // (the affiliation of one who speaks for it, a spokesperson or an advocate: an official's or a member's affiliation is
      // often the body they answer to or a rival's, "a council cabinet member" read with the housing company)
      const speaksFor = st.speaker.role === 'spokesperson' || ADVOCATE_ROLE.test(st.speaker.role ?? '');
      if (speaksFor && affiliationKey !== undefined && (k === affiliationKey || sameName(k, affiliationKey))) return true;
      if (name === client || introducedOf(st.speaker.name).has(k)) return true;
      const member = st.speaker.kind === 'person' ? undefined : personAffiliation(name);
      return member !== undefined && (key(member) === speakerKey || sameName(key(member), speakerKey));
    };
    /** The words "the bureau’s findings" when the party's mention in the content possesses a claim (RX.possessedRebuttal). */
    const possessedRebuttal = (name: string): Evidence | null => {
      const at = found.get(name)?.at ?? -1;
      if (at < off || at >= off + content.length || byPronoun.has(name) || carried.has(name)) return null;
      // (the claim is the denial's object: "denied it had ignored the union’s complaints" denies no claim of the union's)
      if (!RX.possessedRebuttalBefore.test(text.slice(off, at).replace(/^[^\S\n]+/u, ''))) return null;
      const m = RX.possessedRebuttal.exec(text.slice(at, off + content.length));
      return m ? { rule: '', start: at, end: at + m[0].length, text: m[0] } : null;
    };
    const chargedByOwnWords = (name: string): boolean => {
      if (act === 'ADMIT') return true;
      const at = found.get(name)?.at ?? -1;
      if (at < 0 || carried.has(name) || byPronoun.has(name)) return false;
      if (at < st.content.start) return (act === 'ACCUSE' || act === 'CRITICIZE') && st.cue !== null && at >= st.cue.end;
      // (the cue's object opening the content, "accused Dr Tupworth of ignoring …", or the subject of the charge's clause)
      if ((act === 'ACCUSE' || act === 'CRITICIZE') && /^[\s“"‘']*(?:the\s+)?$/iu.test(text.slice(st.content.start, at))) return true;
      return (c.wrong !== null || c.criticism !== null) && clauseSubject(at);
    };
    for (const [name] of kept.sort((a, b) => order(a[0], a[1].at) - order(b[0], b[1].at))) {
      if (targets.length >= 3) break;
      // "Galworth" in the content of a statement for "Galworth Farms" is the body's short name.
      const shortForBody = body !== undefined && key(body).startsWith(`${key(name)} `);
      if (shortForBody && found.has(body)) continue; // the body is a target under its full name
      const self = key(name) === speakerKey || selfKeys.has(key(name)) || shortForBody || ownDescriptions.has(key(name)) || titledSelf(name)
        // ("Minister X defended the government's plan": a member of the government defending it defends its own side)
        || (cueLemma === 'defend' && /(?:^|\s)government$/iu.test(key(name)) && GOVERNMENT_ROLE.test(st.speaker.role ?? ''))
        // "Council" for the speaker "Wimstow City Council", "Hobmere" for "Hobmere Market": a body's one-word short name.
        || (isBodyKind(kinds.get(name)) && [...bodyKeys].some((k) => sameName(k, key(name))));
      let stance: Stance = 'NONE';
      let ev: Evidence | null = null;
      let why = '';
      // (the possessor's claim a denial rejects, possessedRebuttal: found once)
      let rebuttal: Evidence | null = null;
      let legal: Evidence | null = null;
      if (insiderTarget !== undefined && name === insiderTarget) { stance = 'AGAINST'; ev = insiderEvidence; why = 'insider-account'; }
      else if (self) {
        // An admission is against oneself even when it comes with words of defence (GUIDE decision 16).
        if (act === 'ADMIT') { stance = 'AGAINST'; ev = c.wrong ?? c.admission; why = 'self-admission'; }
        // (an advocate's denial that clears the client named in it, "Mr Venn never received a cent," said his lawyer,
        // defends the client, not the lawyer: the client opens the denied clause, and the lawyer is no "I" in it; "I
        // never spoke to Mara Quill," said her lawyer, is the lawyer's own defence)
        else if (act === 'DENY' && ADVOCATE_ROLE.test(st.speaker.role ?? '') && key(name) === speakerKey && !FIRST_PERSON_I.test(st.content.text)
          && ([...found].some(([n, v]) => key(n) !== speakerKey && v.at >= off && kinds.get(n) === 'person' && !byPronoun.has(n)
            && CLAUSE_OPEN_BEFORE.test(text.slice(Math.max(off, v.at - 30), v.at)))
            // (or names the client by the advocate's word, "his client “firmly rejects” the allegations")
            || CLIENT_WORD.test(st.content.text))) continue;
        // (not the support it gives another party's cause, "the union would support Brandt's appeal": that is in the
        // other's favour, no defence of the speaker's own)
        // (nor a rule the speaker states, "such data must be protected", "the law expects it to be protected": what ought
        // to be is no claim about what the speaker did)
        // (nor a person's own hardship with a word of proper conduct in it, "I still can't afford to heat the house
        // properly", with no charge against them reported: a lament, no defence, GUIDE decisions 22 and 34)
        // (a denial of what another party says could be done, "denied that a mobile team could replace the clinic", with
        // no word of the speaker's own conduct in it and no charge against the speaker reported: an argument about the
        // matter, not a defence of oneself, GUIDE section 6 and decision 16)
        else if (act === 'DENY' && key(name) === speakerKey && !selfRef && (found.get(name)?.at ?? -1) < 0 && !c.wrong
          && POSSIBILITY_MODAL.test(content) && !answersCharge(st)) continue;
        else if (act === 'DENY' || (c.legit && !c.wrong && ![...found.keys()].some((n) => n !== name && supportedCause(n))
          && !OBLIGED_BEFORE.test(text.slice(Math.max(0, c.legit.start! - 50), c.legit.start!))
          && !(personalSelf(name) && UNABLE_BEFORE.test(text.slice(Math.max(0, c.legit.start! - 60), c.legit.start!)) && !spokenAgainstBefore(spokenAgainst.get(speakerLower), speakerLower, off))
          // (a person's words of proper conduct that deny nothing, "the review would be open and impartial", "I expect the
          // firm to engage properly", defend the person only when the statement answers a charge, GUIDE decision 22:
          // otherwise they are about the matter, not the speaker, GUIDE section 6)
          // (pride in the body's people, "immensely proud of the crew", is the body's praise: person-for-body.ts)
          && !(personalSelf(name) && !answersCharge(st) && !BODY_PRIDE.has((c.legit.text ?? '').toLowerCase())))) {
          stance = 'FAVOR'; ev = c.denial ?? c.legit; why = 'self-defence';
          // (words of defence in a statement that denies nothing, "welcomed the decision as fair": whether the speaker
          // defends itself or judges another's act is a guess, asked of the reviewer)
          if (act !== 'DENY') flag('stance:self-defence-without-denial');
        }
        // Speaking of itself in its own defence or favour ("we acted as soon as we spotted a trend"; "the
        // company had since put 12 million into retraining"): a neutral report of one's own conduct is self-serving.
        // (not a doubt the speaker voices about something else: "I would be very wary of any promise that …")
        // A person speaking of themselves is in their own favour only when answering a charge the article reports
        // against them (GUIDE decision 22): a resident's "I pay more every week", a councillor's "I know how much the
        // stand means" or a plan ("he would appeal") is about no one (GUIDE section 6), not self-defence. (The body a
        // person speaks for keeps the reading below: its conduct is what the statement reports.)
        // (not a feeling the speaker voices, "she was “heartbroken” for the family": sorrow is no defence of oneself)
        else if ((selfRef || found.get(name)!.at >= 0) && ['SAY', 'ASSERT', 'CLAIM', 'PRAISE'].includes(act) && !c.wrong && !c.criticism && !c.supposedFault && !c.adverse && !SELF_DOUBT.test(content)
          && (!personalSelf(name) || spokenAgainstBefore(spokenAgainst.get(speakerLower), speakerLower, off))
          && !feeler(name, selfRef) && !announcedStep(name, selfRef)
          // (an "I" or "my" is the person, not the body named with them: an analyst's "My sense is that …" or "I would be
          // surprised if …" reports nothing of the firm's; a "we" or "our", or the body's own name, still does)
          && !(st.speaker.kind === 'person' && !personalSelf(name) && found.get(name)!.at < 0 && /^(?:i|me|my|mine|myself)$/iu.test(selfRef?.text ?? '') && !FIRST_PERSON_PLURAL_WORD.test(content))) {
          stance = 'FAVOR'; ev = selfRef; flag('stance:self-report'); why = 'self-report';
        }
        // (an advocate's position is the client's, the body they speak for: a lawyer who argues that "the plea should
        // reduce the sentence" is not in their own favour)
        // (a person's own position on another matter, "argued that borrowing costs are choking investment", "insisted that
        // crossings had fallen", is no statement about the person, GUIDE section 6: the person is in their own favour only
        // when the content speaks of them or answers a charge against them, GUIDE decision 22, as for a self-report; a
        // body's argued position is its own conduct or case, and stays; so does a measure the content opens on, "insisted
        // that the housing plan would work", the official's own project)
        else if (holdsOwnPosition && !(ADVOCATE_ROLE.test(st.speaker.role ?? '') && key(name) === speakerKey)
          && !(personalSelf(name) && !selfRef && found.get(name)!.at < 0 && !OWN_MEASURE_OPENING.test(content)
            && !spokenAgainstBefore(spokenAgainst.get(speakerLower), speakerLower, off))) { stance = 'FAVOR'; ev = st.cue ? { rule: '', start: st.cue.start, end: st.cue.end, text: st.cue.text } : null; flag('stance:own-position'); why = 'own-position'; }
        else continue; // the speaker is a target only when the statement is about itself
      }
      // ("would not say whether Galstow had been suspended", "declined to comment on whether the firm would be fined": a
      // refusal to answer a question about a party takes no side on it, whatever the question's words; GUIDE decision 9)
      else if (act === 'NO_COMMENT' && askedAbout(content, found.get(name)!.at - off)) { why = 'asked-about'; }
      else if (name === client && act !== 'ADMIT') { stance = 'FAVOR'; why = 'client'; }
      // A statement going on from the speaker's statement before keeps the stance that statement took, unless its own
      // act takes one ("praised the decision but said the limit was too low" criticises).
      else if ((carried.get(name) ?? 'NONE') !== 'NONE' && (TIE_BREAK_ACTS.has(act) || act === 'DENY')) { stance = carried.get(name) as Stance; why = 'carried'; }
      // (a party carried neutral from the statement before is not the one a charge or praise is aimed at when the content
      // opens on the cue's own object, "praised the jurors for their “…” work", "accused prosecutors of “…”")
      else if (carried.get(name) === 'NONE' && ['ACCUSE', 'CRITICIZE', 'PRAISE'].includes(act) && OBJECT_CUES.has(cueLemma ?? '') && OBJECT_OPENING.test(content)) { why = 'other-party'; }
      else if (rebuttedAuthors.has(name)) { stance = 'AGAINST'; ev = c.denial; why = 'rebutted'; }
      // (a denial of a claim whose author the content names as its possessor, "strongly disagrees with the bureau’s
      // findings": against that author, as for a rebutted claim of the party quoted before)
      else if (act === 'DENY' && (rebuttal = possessedRebuttal(name)) !== null) { stance = 'AGAINST'; ev = rebuttal; why = 'rebutted'; }
      else if (c.blame && found.get(name)!.at > c.blame.start!) { stance = 'AGAINST'; ev = c.blame; why = 'blamed'; }
      // "Sarah Quinn, his lawyer, said he had been treated unfairly": the one wronged is defended, not accused.
      // (so is one whose defender holds that they were wronged: "insisted that Ms Corr had been “made a scapegoat”")
      else if ((act === 'ACCUSE' || act === 'CRITICIZE' || (act === 'ASSERT' && ['insist', 'maintain'].includes(cueLemma ?? ''))) && victim(name)) { stance = 'FAVOR'; why = 'victim'; }
      // "I wish Ms Marek well": the party wished well.
      // ("I wish Dan Oxley well, but he has left the club in a mess": the criticism after "but" wins)
      else if (wishedWell(name) && !(c.criticism && c.criticism.start! > found.get(name)!.at && /(?<![\p{L}])but(?![\p{L}])/iu.test(text.slice(found.get(name)!.at, c.criticism.start!)))) {
        stance = 'FAVOR'; why = 'wished-well';
        const at = found.get(name)!.at;
        const wish = /wish\p{L}*[^\S\n]+(?:(?:Mr|Ms|Mrs|Miss|Dr|Mx)\.?[^\S\n]+)?$/iu.exec(text.slice(Math.max(0, at - 20), at));
        if (wish) ev = { rule: '', start: Math.max(0, at - 20) + wish.index, end: at, text: wish[0] };
      }
      // "would support Brandt's appeal", "backed the union's claim": the party whose cause is supported.
      else if (!c.wrong && !c.criticism && supportedCause(name)) { stance = 'FAVOR'; why = 'supported'; }
      // "It came too late for Mr Hendry", "unfair to the families": the party right after the charge's "for", "to" or
      // "on" is the one it harmed, not the one charged ("wrong for the minister to sign" charges the minister).
      else if ((act === 'ACCUSE' || act === 'CRITICIZE') && harmedByCharge(name)) { why = 'harmed'; }
      // ("the player's remarks did not reflect the values of Hobmere Rovers": the values' owner disowns the conduct; only
      // the conduct's doer is charged)
      else if ((act === 'ACCUSE' || act === 'CRITICIZE') && found.get(name)!.at >= 0 && VALUES_OF_BEFORE.test(text.slice(Math.max(0, found.get(name)!.at - 40), found.get(name)!.at))) { why = 'values-owner'; }
      // ("‘It came from choices made by one woman who knew the dangers,’ Cole told reporters": a party carried from
      // the statement before, where it was neutral, is not the one charged when the content charges a person it describes)
      else if ((act === 'ACCUSE' || act === 'CRITICIZE') && carried.get(name) === 'NONE' && DESCRIBED_PERSON.test(content)) { why = 'other-party'; }
      // (a quote whose act is that of the paraphrase it backs, "Harlow argued the trial was unfair. “The jury never heard the
      // full picture,” Harlow said": the charge is the paraphrase's words, in another sentence; a party this quote names
      // with no charge of its own against it, beside the party the paraphrase was against, is mentioned, not accused)
      else if ((act === 'ACCUSE' || act === 'CRITICIZE') && !c.wrong && !c.criticism && backedAgainst?.length && !backedAgainst.some((n) => alike(n, name))
        && backedAgainst.some((n) => [...found.keys()].some((f) => alike(n, f)))) { why = 'act-elsewhere'; }
      // ("Hollis's attack on the judge, Ada Pell, was the textbook definition of bigotry": the act's owner is charged,
      // not the one the act was done to)
      else if ((act === 'ACCUSE' || act === 'CRITICIZE') && found.get(name)!.at >= off && OWNED_ACT_BEFORE.test(text.slice(Math.max(off, found.get(name)!.at - 80), found.get(name)!.at))
        && CHARGE_LINK_AFTER.test(text.slice(found.get(name)!.at, st.content.end))) { why = 'act-done-to'; }
      // (not the subject of a clause inside the charge, "of double standards over a budget that the unions wrote": a doer of what is charged)
      else if (chargeFrom >= 0 && found.get(name)!.at >= chargeFrom && found.get(name)!.at < chargeTo && !clauseSubject(found.get(name)!.at)) { why = 'inside-charge'; }
      // (a prosecution's case, "Yarlfold had moved £41 million from the Fengate scheme …": the one charged is its subject;
      // a party named in what it did, from whom or to whom, is not)
      else if (act === 'ACCUSE' && rules.includes('act:content-act:prosecution-case') && !chargedSubject(found.get(name)!.at)) { why = 'not-the-accused'; }
      else if (act === 'ACCUSE' || act === 'CRITICIZE') { stance = 'AGAINST'; ev = c.wrong; why = 'accused'; }
      // "was considering legal action against Castmoor", "had sent the operator a notice of intent to sue": the party a
      // legal step is brought against (GUIDE decision 58), whatever the act that reports the step; a demand reads its own
      // steps (the party asked to act, a court asked to rule: decision 44).
      else if (act !== 'DEMAND' && act !== 'PRAISE' && act !== 'NO_COMMENT' && !forumOfStep(text, name, found.get(name)!.at) && (legal = legalStepAgainst(name)) !== null) { stance = 'AGAINST'; ev = legal; why = 'legal-step'; }
      else if (act === 'DEMAND') {
        // "urged the regulator to review …" asks the regulator a favour; "called on the minister to resign" is against him.
        // ("the people in charge", "the officer in charge of the unit": who is in charge, no charge brought)
        // ("urged the mill to pay for new filters": a payment demanded is punitive too, GUIDE decision 44's "pay")
        // (not one whose payer is no party, or the speaker's side: "someone has to pay for the concrete", "we will pay for it")
        const payment = firstMatch(RX.paymentDemand, content, off);
        const punitive = firstMatch(RX.punitive, content.replace(IN_CHARGE, (m, lead: string) => lead + ' '.repeat(m.length - lead.length)), off)
          ?? (payment && !UNNAMED_PAYER_BEFORE.test(text.slice(Math.max(st.content.start, payment.start! - 40), payment.start!)) ? payment : null);
        // "urged the board to launch a review of whether Quorham had held back …": the one to be looked into is
        // against whom the demand is made; the one asked to look is not.
        // (the first party named after it: "whether the use of Tallowisp broke privacy rules" looks into Tallowisp)
        const inquiry = INQUIRY_INTO.exec(content);
        const looked = inquiry ? Math.min(...[...found.values()].map((v) => v.at).filter((a) => a >= off + inquiry.index + inquiry[0].length)) : -1;
        const asked = authorityAsked();
        const order = orderedParty();
        if (order?.name === name) { stance = 'AGAINST'; ev = order.ev; why = 'ordered'; }
        // (with the party ordered found, another the content names is what the order is about or for: "ordered Marrow
        // Kitchens, the firm founded by Ana Marrow, to close …", "to pay refunds to the families")
        else if (order) { why = 'order-other'; }
        else if (inquiry && found.get(name)!.at === looked) { stance = 'AGAINST'; ev = { rule: '', start: off + inquiry.index, end: off + inquiry.index + inquiry[0].length, text: inquiry[0] }; why = 'inquiry-demand'; }
        else if (asked?.against === name) { stance = 'AGAINST'; ev = asked.ev; why = 'authority-demand'; }
        else if (asked?.addressees.has(name)) { why = 'authority-asked'; }
        // (with the party it falls on found, no other is what the action is against: "to halt logging by X near Y")
        else if (asked?.against !== undefined) { why = 'authority-asked'; }
        // (not a request that the party reverse or drop its own decision: "urged the council to reverse the fare rise", GUIDE
        // decision 44)
        else if (punitive && REVERSAL_VERB.test(punitive.text ?? '') && OWN_STEP_AFTER.test(text.slice(punitive.end!, punitive.end! + 60))) { why = 'own-decision-reversal'; }
        // ("urged the Treasury to pay for new flood defences": public money asked for, a favour, not a payment exacted)
        else if (punitive && punitive === payment && PUBLIC_FUNDER.test(name)) { why = 'funding-asked'; }
        else if (punitive && punished(punitive).has(name)) { stance = 'AGAINST'; ev = punitive; why = 'punitive-demand'; }
        else if (accountingAsked()?.name === name) { stance = 'AGAINST'; ev = accountingAsked()!.ev; why = 'accounting-demand'; }
      }
      // ("praised her side's character after they had fallen behind to a header from Stockwell's captain": a party named
      // in a clause of circumstance after what is praised, not as that clause's subject, is not what is praised)
      else if (act === 'PRAISE' && inCircumstance(found.get(name)!.at)) { why = 'circumstance'; }
      else if (act === 'PRAISE') { stance = 'FAVOR'; ev = c.legit; why = 'praised'; }
      // "She insisted that Veridian had played no part in the trial": the subject whose involvement is denied is cleared,
      // whatever the act (a third party's report of it is no denial by the speaker, neutralContentAct).
      // (not when the speaker is described by their opposition: "Critics said the mayor had played no part in securing
      // the funds" says he did nothing; it clears no one)
      else if (c.denial && NO_PART.test(c.denial.text ?? '') && !OPPOSING_SPEAKER.test(st.speaker.name) && found.get(name)!.at >= 0 && found.get(name)!.at < c.denial.start!
        && NO_PART_SUBJECT.test(text.slice(found.get(name)!.at, c.denial.start!))) { stance = 'FAVOR'; ev = c.denial; why = 'cleared'; }
      // A denial clears the one accused and rebuts the newspaper that reported the accusation.
      // A denial answers whoever made the claim ("disagrees with the authority’s analysis", "Morlby knows this").
      else if (act === 'DENY' && claimants.has(name)) { stance = 'AGAINST'; ev = c.denial; why = 'rebutted'; }
      // (a fact disputed clears no one named in the content: "far larger than the leader is admitting")
      else if (factDispute && !c.denial?.text?.match(/^(?:no|not|never|nothing)\b/iu)) { why = 'fact-dispute'; }
      // A denial clears the party in its sentence ("nothing showed that Ambrose had …", "Pimham did nothing
      // wrong"), not a party named in another sentence of the quote.
      else if (act === 'DENY' && c.denial && found.get(name)!.at >= 0 && !byPronoun.has(name) && !isOutlet(name, kinds.get(name)) && apart(found.get(name)!.at, c.denial.start!)) { why = 'other-sentence'; }
      // Words of denial beside a charge that stands ("had given untrue accounts" after "had failed to keep the data";
      // "used flawed and illegally kept records"): the content charges the party, it does not clear it.
      // (not a charge in another sentence than the party's, said of someone else: "The panel ignored every witness.
      // Venn never received a cent" clears Venn)
      else if (act === 'DENY' && !isOutlet(name, kinds.get(name)) && standingCharge()
        && !(found.get(name)!.at >= 0 && !byPronoun.has(name) && c.denial !== null && !apart(found.get(name)!.at, c.denial.start!) && apart(found.get(name)!.at, standingCharge()!.start!))) { stance = 'AGAINST'; ev = standingCharge(); why = 'charged'; }
      // (a party the content names only in passing, "the records had been passed to the ministry", "defended the
      // choice": what is denied is not its wrongdoing, so the denial clears no one there)
      else if (act === 'DENY' && !isOutlet(name, kinds.get(name)) && found.get(name)!.at >= off && !byPronoun.has(name) && !clauseSubject(found.get(name)!.at)) { why = 'not-cleared'; }
      else if (act === 'DENY') {
        stance = isOutlet(name, kinds.get(name)) ? 'AGAINST' : 'FAVOR'; ev = c.denial; why = 'denial';
        // (a denial whose content holds no words of denial, its act read from a cue or a paraphrase before it: whom the
        // content clears is a guess; a counter-attack on the accuser reads the same way, GUIDE 22. Asked of the reviewer.)
        if (!c.denial) flag('stance:denial-without-words');
      }
      // ("warned that the army would respond to any violation": the party that will answer a breach yet to come is the
      // one warning, not the one warned, whether the breach's word or the cue of warning gave the stance)
      else if ((act === 'WARN' || (c.wrong && !c.denial)) && responder(name)) { why = 'responder'; }
      else if (c.wrong && !c.denial) { stance = 'AGAINST'; ev = c.wrong; why = 'wrongdoing'; }
      // "Norcliff alleged that Tessmer had quietly rewritten the safety log", "the suit alleges that Vantor's directors
      // knew …": to allege is to charge (LABELS: ACCUSE is alleging wrongdoing by a named party), so the party the
      // allegation is about is against whatever words the conduct is told in; not the speaker's own side, nor a party
      // the content tells as harmed ("alleged that guards had beaten him"), nor one named before a passive's agent ("the
      // Gazette's report had been written for it by his rivals" alleges the rivals' doing).
      else if (cueLemma === 'allege' && ALLEGED_ACTS.has(act) && !c.denial && found.get(name)!.at >= off && found.get(name)!.at < off + content.length
        && !ownSide(name) && !victim(name) && !beforePassiveAgent(content, found.get(name)!.at - off)) {
        stance = 'AGAINST'; ev = st.cue ? { rule: '', start: st.cue.start, end: st.cue.end, text: st.cue.text } : null; why = 'alleged';
      }
      // A finding that clears the party it is about ("a review found that Keller had not known about the payment", "found
      // no evidence that the firm had been told") is in its favour (GUIDE section 6: clears of wrongdoing), when the party
      // is named before the words of denial in their clause and no wrongful act is named.
      else if (act === 'REVEAL' && c.denial && !c.wrong && !c.criticism && !/^den/iu.test(c.denial.text ?? '') && !isOutlet(name, kinds.get(name))
        && found.get(name)!.at >= off && found.get(name)!.at < c.denial.start! && !byPronoun.has(name) && !apart(found.get(name)!.at, c.denial.start!)) {
        stance = 'FAVOR'; ev = c.denial; why = 'cleared';
      }
      // What a report, a newspaper or investigators reveal about a party is, in news, what it is held to account for.
      // (a post-mortem that found how the victim died reveals nothing against him; a report that the minister had
      // resigned or was appointed, with no word of fault, criticism or adverse event, reveals nothing against her)
      else if (act === 'REVEAL' && ['document', 'media', 'anonymous'].includes(st.speaker.kind) && !(c.adverse && !c.wrong && !c.criticism && harmedParty(name, c.adverse))
        && !(!c.adverse && !c.wrong && !c.criticism && firstWordListMatch(RX.officeChange, content) !== null)) { stance = 'AGAINST'; flag('stance:revealed'); why = 'revealed'; }
      // "claimed that the utility had put its dividends before its pipes", "the panel found that the agency had lost the
      // files": the party the content opens on, as its subject, is the one whose conduct is claimed or found (GUIDE
      // decision 111; stance-words conductCues). Not the speaker's side ("claimed the club had lost money"), a party told
      // as harmed or feeling, nor content that denies, legitimises or praises.
      else if (CONDUCT_ACTS.has(act) && CONDUCT_CUES.has(cueLemma) && !negated && !c.denial && !c.legit && !c.praise && opensAsSubject(name)
        && !ownSide(name) && !victim(name) && !(c.adverse && harmedParty(name, c.adverse)) && !feeler(name, null)
        && !beforePassiveAgent(content, found.get(name)!.at - off)) {
        stance = 'AGAINST'; ev = st.cue ? { rule: '', start: st.cue.start, end: st.cue.end, text: st.cue.text } : null; why = act === 'CLAIM' ? 'claimed-conduct' : 'found-conduct';
      }
      // ("cautioned that the Social Democrats had held up better than expected", "cautioned against drawing firm
      // conclusions": a caveat with no words of warning warns no one named in it)
      // (but a caution about a party's own work or claim, "cautioned that Harlow Energy's forecasts rest on old data", is
      // against it)
      // ("Manufacturers were already struggling with energy prices. This will cost jobs": the party told as suffering is
      // the one the warning is for, not against)
      else if (act === 'WARN' && found.get(name)!.at >= off && found.get(name)!.at < off + content.length && HARDSHIP_SUBJECT.test(content.slice(found.get(name)!.at - off, found.get(name)!.at - off + 120))) { why = 'hardship'; }
      else if ((act === 'WARN' && !(cueLemma === 'caution' && !c.warning && !cautionedWork(name))) || (act === 'QUESTION' && (!askedOnly || insinuates(name)))) { stance = 'AGAINST'; why = act === 'WARN' ? 'warned' : 'questioned'; flag(`stance:${why}`); }
      // A neutral report can still be against the one it is about: "three contracts had gone to a company owned by his
      // brother-in-law", "Halcyon would be barred from …". Weak evidence: the reviewer is asked to check.
      // (a harm that befell the party, "Ms Vobdock was taken to hospital with head injuries", "the man who punched Mr
      // Tiller": the police reporting it are not against the one harmed)
      else if (!c.criticism && c.adverse && harmedParty(name, c.adverse)) { why = 'harmed'; }
      // (nor is a party carried neutral from the statement before, which this content does not name: "ordered that Kemp be
      // held in custody. “No ruling can bring back what was lost …”": what was lost is told of no one)
      else if (carried.get(name) === 'NONE' && (c.criticism || c.adverse)) { why = 'carried-neutral'; }
      else if (c.criticism || c.adverse) { stance = 'AGAINST'; ev = c.criticism ?? c.adverse; flag('stance:adverse-report'); why = 'adverse-report'; }
      // ("now he applauds the fire brigade": the party named praises; the report is not in its favour)
      else if (c.praise && !c.negation && !reportedPraise(content, off, c.praise, st.type)) { stance = 'FAVOR'; ev = c.praise; flag('stance:favourable-report'); why = 'favourable-report'; }
      // "the way the minister spoke to the nurses was condescending", "He's a good man": the judgement nearest the
      // party named in a neutral report ("Ryan: serious, steady. Biden: smirking, mocking").
      else if (TIE_BREAK_ACTS.has(act)) {
        const judged = nearestEvaluation(found.get(name)!.at);
        if (judged) { stance = judged.stance; ev = judged.ev; flag('stance:evaluation'); why = 'evaluation'; }
      }
      // Only a tie-break: when no rule above decided, a clearly negative content leans against. The news vocabulary above
      // wins wherever it speaks. (Not a positive one: wink reads promises and plain reports as positive, "would study the
      // proposals carefully", "will meet its obligations", and such FAVORs were right for 0 polar targets in 34 on train
      // and dev; an evaluation of the party, "she was terrific tonight", is read above. Nor under "according to", whose
      // source reports a fact, GUIDE decision 21: 2 right in 20 on train and dev.)
      // ("told the court that …", "told reporters": the one told hears the statement; its tone is not about them)
      const audience = cueLemma === 'tell' && found.get(name)!.at >= 0 && !(found.get(name)!.at >= st.content.start && found.get(name)!.at < st.content.end);
      // (nor a harm the party underwent: the words of the harm are not the speaker's judgement of the one harmed)
      // (nor the one who feels what the content tells, "she was “heartbroken”": the feeling is about something else)
      // (nor the body that is to look into the matter, "the regulator would examine whether Pulsewise had …": it acts as
      // an authority, the bad news is about the one examined)
      // (nor a party named only as where or for whom, "detained in Kelmana", "complaints about the firm": tone-bystander.ts)
      if (stance === 'NONE' && TIE_BREAK_ACTS.has(act) && !audience && !/^according/u.test(cueLemma) && why !== 'harmed' && !feeler(name, null) && !examiner(name)
        && !bystanderMention(text, found.get(name)!.at)) {
        if (tone() <= -TONE_THRESHOLD) {
          stance = 'AGAINST';
          ev = { rule: '', start: st.content.start, end: st.content.end, text: st.content.text };
          flag('stance:tone'); why = 'tone';
        }
      }
      if (stance === 'NONE' && carried.has(name) && !audience && why !== 'harmed' && why !== 'other-party' && why !== 'asked-about') { stance = carried.get(name) as Stance; why = 'carried'; }
      // A speaker's own side (itself, the body it speaks for or works for, the country of its ministry: "Republic of
      // Kosmar" in a statement of "Kosmar's foreign ministry") is never against by the overall tone, nor by what the
      // content says when the content does not name it (added as its side, or carried from its statement before): what
      // is against in a pundit's quote is not his broadcaster.
      // (nor by a report of its own side's act, "announced that Kessan would suspend its mediation": no wrongdoing told)
      if (stance === 'AGAINST' && act !== 'ADMIT' && (((why === 'tone' || why === 'adverse-report' || found.get(name)!.at < 0 || carried.has(name)) && ownSide(name)) || officersCompany.has(name))) { stance = 'NONE'; ev = null; why = 'own-side'; }
      // (nor the speaker's principal, unless the content's own words charge it: above)
      else if (stance === 'AGAINST' && why !== 'blamed' && why !== 'insider-account' && principal(name) && !chargedByOwnWords(name)) { stance = 'NONE'; ev = null; why = 'own-side'; }
      // ("Minister X warned that the government would be watching closely": a member of the government warns with it,
      // not against it; the bare "the government" only, not "the previous government" or another state's)
      else if (stance === 'AGAINST' && why === 'warned' && key(name) === 'government' && GOVERNMENT_ROLE.test(st.speaker.role ?? '')) { stance = 'NONE'; ev = null; why = 'own-side'; }
      // (nor a court, tribunal or the police named as where a step is taken, "would appeal to the Supreme Court", "should
      // take the matter to the police": the forum asked to act, GUIDE decision 58; but the one blame is laid on, "responsibility
      // lay with the force", is charged)
      else if (stance === 'AGAINST' && why !== 'blamed' && forumOfStep(text, name, found.get(name)!.at)) { stance = 'NONE'; ev = null; why = 'forum'; }
      // (nor a party named only as another's relation in apposition, "Vellis’s cousin, Aron Corham, held a
      // share": a report's bad news is about the owner, relation-apposition.ts)
      if (stance !== 'NONE' && REPORT_REASONS.has(why) && relationApposition(text, name, st.content.start, st.content.end)) { stance = 'NONE'; ev = null; why = 'relation-apposition'; }
      // (nor a party named as the channel the speaker learned or spoke through, "we found out from Facebook", "told the
      // Gazette": it carried the news, channel.ts; only where the content names it once)
      // (the audience told is no channel when what it is told is about itself, "told the Harbour Board that its handling
      // had been a disgrace": a charge is often told to the one charged; an outlet told is a channel whatever it hears)
      if (stance !== 'NONE' && !self && mentionedOnce(text, found.get(name)!.at, st.content.start, st.content.end)) {
        const channel = channelKind(text, found.get(name)!.at);
        // (a party that told the news itself or told it late is the one it is about, an outlet aside: channel.ts)
        const outlet = isOutlet(name, kinds.get(name));
        if ((channel === 'learned' && (outlet || !toldTheNewsItself(text, found.get(name)!.at + name.length))) || (channel === 'told' && (outlet || !TOLD_OF_ITSELF.test(text.slice(found.get(name)!.at + name.length, found.get(name)!.at + name.length + 40))))) { stance = 'NONE'; ev = null; why = 'channel'; }
      }
      // (a party the content does not name: the speaker's opponent, else the party named last before)
      if (guessed.has(name) && why) why = `${why}-${found.get(name)!.at < 0 ? 'opponent' : 'named-before'}`;
      const t: Target = { name, stance };
      // Every stance names its rule and the words that decided it: the rule's own words, else those that decided the act
      // the rule reads (the cue of "denied", "accused"), else the target's mention.
      if (stance !== 'NONE') {
        const at = found.get(name)!;
        // (the words that decided the act: those read in the content before the cue, which only names the act it
        // stands for; a party's position is its mention only where the name is written there, not a carried or
        // guessed party placed at the content's start: "I have not s" for a name of 12 letters)
        const named = namedAt(name, at.at) ? { rule: '', start: at.at, end: at.at + name.length, text: text.slice(at.at, at.at + name.length) } : undefined;
        // (a stance carried from the statement before was decided by that statement's words, not by any here)
        const words = ev && ev.start !== undefined ? (why === 'self-report' ? selfClause(text, ev, st.content.end) : ev)
          : /carried/u.test(why) ? { rule: '', note: 'carried from the same speaker\u2019s statement before' }
          // (the speaker named or referred to in the content, "she had been woken by …": its mention and clause)
          : why === 'self-report' && at.at >= 0 ? selfClause(text, named ?? wholeWords(text, { rule: '', start: at.at, end: at.at + 1 }), Math.max(st.content.end, at.at + 1))
          : evidence.find((e) => e.rule.startsWith('act:') && e.rule !== 'act:cue' && e.start !== undefined)
          ?? evidence.find((e) => e.rule.startsWith('act:') && e.start !== undefined)
          ?? named;
        t.evidence = [{ ...(words ? wholeWords(text, words) : { rule: '' }), rule: `stance:${stance.toLowerCase()}:${why || 'other'}` }];
      }
      // A rule that decided NONE names itself too (the trained model leaves such a decision alone: stance-features.ts).
      else if (why && found.get(name)!.at >= 0) {
        const at = found.get(name)!.at;
        t.evidence = [namedAt(name, at) ? { rule: `stance:none:${why}`, start: at, end: at + name.length, text: text.slice(at, at + name.length) } : { rule: `stance:none:${why}` }];
      }
      targets.push(t);
    }
    // A person who denies a charge against another party the content names and clears ("the fees were for coaching and
    // his client had “nothing to fear”", "there was no evidence the driver had known of the fault") speaks for that
    // party, not in their own defence: the person is no target unless the content speaks of
    // them (their name or pronoun, "I", "my", "we"), or a charge against them was reported before (GUIDE section 6: the
    // speaker is a target only when the statement is about the speaker).
    if (act === 'DENY' && st.speaker.kind === 'person'
      && targets.some((t) => t.stance === 'FAVOR' && !selfKeys.has(key(t.name)) && /^stance:favor:(?:denial|cleared)$/u.test(t.evidence?.[0]?.rule ?? ''))
      && !FIRST_PERSON_SINGULAR.test(content) && !FIRST_PERSON_SUBJECT.test(content)
      && !spokenAgainstBefore(spokenAgainst.get(speakerLower), speakerLower, off)) {
      const own = targets.findIndex((t) => key(t.name) === speakerKey && (found.get(t.name)?.at ?? -1) < 0 && t.evidence?.[0]?.rule === 'stance:favor:self-defence');
      if (own >= 0) targets.splice(own, 1);
    }
    // A person charged by name before ("Grelwell … tested positive", another speaker's accusation of Vellis) who denies
    // it defends themself, not the body they ride, work or sit for: the body's self-defence row beside the person's own
    // is dropped, unless the body was charged too ("Regulators criticised Acme Foods" before its director's "My team
    // followed every rule": the defence is the body's as well) (GUIDE section 6: the body is no target of a statement that is not about it; person-for-body.ts moves a
    // spokesperson's defence to the body only when the person was not the one accused, this is the same reading).
    if (act === 'DENY' && st.speaker.kind === 'person' && !FIRST_PERSON_PLURAL_WORD.test(content)
      && targets.some((t) => key(t.name) === speakerKey && t.stance === 'FAVOR' && t.evidence?.[0]?.rule === 'stance:favor:self-defence')
      && chargedByName(st, off)) {
      for (let i = targets.length - 1; i >= 0; i--) {
        const t = targets[i] as Target;
        if (key(t.name) !== speakerKey && bodyKeys.has(key(t.name)) && (found.get(t.name)?.at ?? -1) < off && t.evidence?.[0]?.rule === 'stance:favor:self-defence'
          && !bodyChargedBefore(t.name, st, off)) targets.splice(i, 1);
      }
    }
    if (!st.cue) flag('no-cue');
    if (c.wrong && c.legit) flag('act:mixed-words');
    // A stance on a party the statement does not name (added as the body the speaker speaks for, carried from its
    // statement before, or read from a "he" or "she"): the reviewer is asked to check it (README, needs_review). Not the
    // speaker itself, whose own denial or report is about itself whether or not it names itself.
    const notNamed = (n: string): boolean => key(n) !== speakerKey && n !== selfName && (byPronoun.has(n) || carried.has(n) || (found.get(n)?.at ?? 0) < 0);
    for (const t of targets) {
      if (t.stance === 'NONE' || !notNamed(t.name)) continue;
      // (which way the party was reached: a "he" or "she" in the content, the statement before, or added as a side)
      flag(byPronoun.has(t.name) ? 'target:from-pronoun' : carried.has(t.name) ? 'target:carried' : 'target:not-named');
    }
    // The trained act model (act-model.ts) decides, when confident, the act of statements the rules left neutral. It
    // comes after the targets, which the rules' act decided: it changes the act only.
    const ruleStances = targetStances(targets);
    const speakerName = st.speaker.name.toLowerCase();
    const accusedBefore = spokenAgainstBefore(spokenAgainst.get(speakerName), speakerName, off);
    if (!recorded.has(st)) {
      recorded.add(st);
      const against = [...targets.filter((t) => t.stance === 'AGAINST').map((t) => t.name), ...(suggestionAuthors.get(off) ?? [])];
      for (const n of against) noteSpokenAgainst(spokenAgainst.get(n.toLowerCase()) ?? spokenAgainst.set(n.toLowerCase(), []).get(n.toLowerCase())!, { at: off, speaker: speakerName });
    }
    const byModel = modelAct({ content, start: off, cueLemma, type: st.type, speakerKind: st.speaker.kind, ruleAct: act, rules, framing, targets: ruleStances.targets, stances: ruleStances, accusedBefore });
    if (byModel) {
      const note = `rules: ${act}; p ${byModel.probability.toFixed(2)}`;
      act = byModel.act;
      // An act aimed at a party gives the parties named the stance it gives them when the rules decide it (the order
      // above): against the one criticised or accused, for one wronged or praised. A stance decided before that rule
      // in the order (a client, a rebutted author, the one blamed) and the speaker's own stance stay.
      if (act === 'ACCUSE' || act === 'CRITICIZE' || act === 'PRAISE') {
        const words = byModel.evidence[0];
        for (const [i, t] of targets.entries()) {
          const rule = t.evidence?.[0]?.rule ?? '';
          // (nor a party the rules left NONE for how it is named: the channel of the news, another's relation in apposition)
          if (/:(?:self-|own-position|own-side|circumstance|client|rebutted|blamed)|^stance:none:(?:channel|relation-apposition)$/u.test(rule)) continue;
          const wronged = act !== 'PRAISE' && victim(t.name);
          const stance: Stance = act === 'PRAISE' || wronged ? 'FAVOR' : 'AGAINST';
          // (the speaker's own side that the content does not name is not what it criticises, as above)
          if (stance === 'AGAINST' && ((found.get(t.name)?.at ?? 0) < 0 || carried.has(t.name)) && ownSide(t.name)) continue;
          if (stance === 'AGAINST' && principal(t.name) && !chargedByOwnWords(t.name)) continue;
          const why = `${act === 'PRAISE' ? 'praised' : wronged ? 'victim' : 'accused'}${guessed.has(t.name) ? (found.get(t.name)!.at < 0 ? '-opponent' : '-named-before') : ''}`;
          targets[i] = { name: t.name, stance, evidence: [{ rule: `stance:${stance.toLowerCase()}:${why}`, ...(words ? { start: words.start, end: words.end, text: text.slice(words.start, words.end) } : {}) }] };
        }
      }
      rules.push('act:model');
      if (byModel.needsReview) flag('act:model-unsure');
      // (each word that decided, with the feature it stands for: `w:noth` for "nothing", `b:done_nothing` for a pair)
      for (const w of byModel.evidence) evidence.push({ rule: 'act:model', start: w.start, end: w.end, text: text.slice(w.start, w.end), note: `${note}; ${w.feature}` });
    }
    if (allegedConduct && act === 'CLAIM') setAct('ACCUSE', st.cue ? { rule: '', start: st.cue.start, end: st.cue.end, text: st.cue.text } : null, 'act:alleged-conduct');
    // (evidence read in the blanked own words quotes the original text at its offsets)
    const original = (e: Evidence): Evidence => (e.start !== undefined && e.end !== undefined ? { ...e, text: text.slice(e.start, e.end) } : e);
    return { ...st, act, framing, targets: targets.map((t) => (t.evidence ? { ...t, evidence: t.evidence.map(original) } : t)), evidence: evidence.map(original), rules, needsReview: reasons.size > 0, ...(reasons.size > 0 ? { reviewReasons: [...reasons] } : {}) };
  }

  /** How many of the article's line breaks fall in [from, to), by binary search over newlineOffsets, so that reading
   *  back over the statements before one stays cheap in a long article. */
  function newlinesBetween(from: number, to: number): number {
    if (to <= from) return 0;
    return firstIndex(newlineOffsets.length, (k) => (newlineOffsets[k] as number) < to) - firstIndex(newlineOffsets.length, (k) => (newlineOffsets[k] as number) < from);
  }
  /**
   * Whether a statement answers a criticism (GUIDE decision 22: defending one's conduct denies only when there is a
   * charge to answer): the speaker (or its side) was spoken against earlier in the article, another speaker's accusation
   * or criticism before it names the speaker or stands within two paragraphs of it, or its own sentence reports the
   * criticism ("defended the plan against critics", "amid accusations of …").
   */
  /** `named`: only a charge that names the speaker (or its side), or one in the statement's own sentence, counts, not any
   *  criticism in the paragraphs before (the act hook's gate on a "never" of experience: "Councillors criticised the
   *  ferry company …" then a harbour pilot's "I have never felt safer on the water" answers nothing). */
  function answersCharge(st: DraftStatement, named = false): boolean {
    const off = st.content.start;
    const speakerKey = key(st.speaker.name);
    const from = st.cue ? Math.min(st.cue.start, st.content.start) : st.content.start;
    const who = [st.speaker.name, st.speaker.affiliation].filter((n): n is string => Boolean(n)).map((n) => n.toLowerCase());
    if (who.some((n) => spokenAgainstBefore(spokenAgainst.get(n), st.speaker.name.toLowerCase(), off))) return true;
    // (or the reporter states the charge: "Brightmoor is accused of …" in the headline or the lead)
    if (reporterChargesAgainst(st, from).length > 0) return true;
    // (or another speaker's accusation or criticism before it names the speaker: "Residents accused the council of
    // …" then "The council has defended …", where the accused is a description no target records)
    orderIndex ??= new Map(ordered.map((o, i) => [o, i]));
    for (let j = (orderIndex.get(st) ?? 0) - 1; j >= 0; j--) {
      const p = judged.get(ordered[j] as DraftStatement);
      if (!p || key(p.speaker.name) === speakerKey) continue;
      // (a statement read as SAY whose words charge the speaker's side counts too: "the inspectors said Brightmoor had
      // ignored the warnings", one act missed need not miss the next)
      const against = p.act === 'ACCUSE' || p.act === 'CRITICIZE';
      if (!against && (p.act === 'PRAISE' || p.act === 'DENY' || !chargeInContent(p))) continue;
      let span = spanLower.get(p);
      if (span === undefined) {
        span = (against ? text.slice(Math.min(p.cue?.start ?? p.content.start, p.content.start), p.content.end) : p.content.text).toLowerCase();
        spanLower.set(p, span);
      }
      if (who.some((n) => hasWord(span, n))) return true;
      if (!against) continue;
      // (a criticism reported in the same paragraph or the two before it is the one answered, whoever it names:
      // "Halloway accused the agency of …" then "Karvonen defended the choice")
      if (!named && newlinesBetween(p.content.end, from) <= 2) return true;
    }
    const before = text.slice(Math.max(0, from - 300), from);
    const sentenceStart = Math.max(before.search(/(?:[.!?][”"’']?\s+|\n)(?!.*(?:[.!?][”"’']?\s+|\n))/su), 0);
    // (the speaker's own name is no charge it answers: "Critics said the mayor …")
    // (or the attribution after the words says the speaker was charged: "“We did everything properly,” said Tom Galstow, the
    // fund's manager, who had been accused of fraud by the regulator")
    if (st.cue && st.cue.start >= st.content.end) {
      const tail = text.slice(st.content.end, st.content.end + 300);
      const end = tail.search(/[.!?][”"’']?(?:\s|$)|\n/u);
      if (CHARGED_RELATIVE.test(end >= 0 ? tail.slice(0, end) : tail)) return true;
    }
    const sentence = (before.slice(sentenceStart) + text.slice(from, st.content.end)).replace(new RegExp(`(?<![\\p{L}])${escapeRegExp(st.speaker.name)}(?![\\p{L}])`, 'giu'), ' ');
    return Boolean(firstWordListMatch(RX.criticism, sentence) || firstWordListMatch(RX.wrongdoing, sentence)) || /(?<![\p{L}])(?:critic(?:s|ism|ized|ised)?|accus\p{L}*|allegation\p{L}*|complaint\p{L}*|attack\p{L}*)(?![\p{L}])/iu.test(sentence);
  }

  /**
   * A direct quote that backs what its speaker was reported to say just before it ("Galstow accused Nolan of … and warned
   * that …" / "“Nobody on my street opposes new homes,” Galstow said. …") voices the same act (GUIDE decisions 10 and 18): a
   * criticism or accusation → the quote complains about that conduct (CRITICIZE; its own words pinning a wrongful act were
   * read earlier as ACCUSE); a question or doubt → QUESTION; a denial → DENY. The speaker's statements read back are its
   * own, one after another with nothing attributed to anyone else between, the nearest ending at most a paragraph before
   * the quote opens. On PolNeAR train a first form that also took the act of a quote before, or read back past an
   * admission or a neutral report, was right in under half the quotes it changed.
   */
  function backedAct(st: DraftStatement, c: LazyMatches, quote: string): { act: Act; evidence: Evidence; against: string[] } | null {
    orderIndex ??= new Map(ordered.map((o, i) => [o, i]));
    const i = orderIndex.get(st) ?? -1;
    let next: DraftStatement = st;
    for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
      const p = judged.get(ordered[j] as DraftStatement) ?? (ordered[j] as DraftStatement);
      if (key(p.speaker.name) !== key(st.speaker.name)) return null;
      const end = Math.max(p.content.end, p.cue?.end ?? 0);
      const start = Math.min(next.content.start, next.cue?.start ?? next.content.start, next.speaker.mention?.start ?? next.content.start);
      const between = text.slice(end, Math.max(end, start));
      if (between.length > 120 || (between.match(/\n/gu) ?? []).length > 1) return null;
      // (an asserted criticism, "argued that the hearing was unfair because the council excluded a witness", is ASSERT by its
      // cue, GUIDE decision 54, while its targets carry the charge: a quote backing it criticises as a complaint would)
      const assertedAgainst = p.act === 'ASSERT' && p.targets.some((t) => t.stance === 'AGAINST' && !/(?:opponent|named-before|carried|tone)$/u.test(t.evidence?.[0]?.rule ?? ''));
      const act: Act | null = p.act === 'ACCUSE' || p.act === 'CRITICIZE' || assertedAgainst ? 'CRITICIZE' : p.act === 'QUESTION' || p.act === 'DENY' ? p.act : null;
      // (what is backed is the reporter's account of what the speaker said, not another quote; read back past a demand or a
      // warning joined to it, "accused … and demanded that …", and past nothing else)
      if (act && p.type === 'direct') return null;
      if (act) {
        // The quote must itself carry the act's mark: informative content backs nothing (GUIDE 18: "We will hold a
        // meeting on Thursday" after an accusation is SAY). A complaint needs wrongdoing, criticism or judgement words
        // or a negative tone; a denial a negation or denial word; a question a question mark or a doubt word.
        // Or it points back at the conduct the statement before it was about, with a demonstrative ("Somebody signed off
        // on that", "It sat in a drawer" after "this policy", "Those bridges did not mend themselves").
        const marked = BACK_REFERENCE.test(quote) || (act === 'CRITICIZE'
          ? Boolean(c.wrong || c.criticism || c.judgement || c.adverse || c.blame) || toneOf(quote) < 0
          : act === 'DENY' ? Boolean(c.negation || c.denial) || NEGATED_WORD.test(quote) : Boolean(c.question));
        if (!marked) return null;
        const cue = p.cue ?? { start: p.content.start, end: p.content.end, text: p.content.text };
        return { act, evidence: { rule: '', start: cue.start, end: cue.end, text: cue.text }, against: p.targets.filter((t) => t.stance === 'AGAINST' && !/(?:opponent|named-before|carried|tone)$/u.test(t.evidence?.[0]?.rule ?? '')).map((t) => t.name) };
      }
      if (p.act !== 'DEMAND' && p.act !== 'WARN') return null;
      next = p;
    }
    return null;
  }

  /**
   * Reported speech that goes on from its own side's denial ("The hauliers' body denied the charge. Its chair said every
   * lorry had been weighed at the depot", "The college disputed that version. A spokeswoman said the lab had been fully
   * supervised") gives the grounds of that denial: it answers the same charge (GUIDE decision 22), so it is DENY too. The
   * denial is the statement right before it, reported with a verb of denial ("denied", "rejected", "disputed", or
   * "defended" read as DENY), by the same party, by a person who speaks for it, or by the party the person speaks for; in
   * the same paragraph, with no "but" or "however" between. What the speaker will do next is no grounds ("it would
   * publish the figures in May"). The evidence is the denial's cue.
   */
  function followsOwnDenial(st: DraftStatement): Evidence | null {
    orderIndex ??= new Map(ordered.map((o, i) => [o, i]));
    const i = orderIndex.get(st) ?? -1;
    if (i < 1) return null;
    const draft = ordered[i - 1] as DraftStatement;
    const p = judged.get(draft);
    // (the reporter's verb of denial, "denied", "rejected that account", "defended its decision": a denial read from
    // the content, "she said he had nothing to hide", does not show that a charge is being answered point by point)
    if (!p || p.act !== 'DENY' || !(draft.act === 'DENY' || draft.cue?.lemma === 'defend')) return null;
    // (what is rejected, dismissed or disputed must be a charge or a claim, not a proposal or a case: "rejected the pay
    // offer", "dismissed the case"; "denied" and "defended" answer a charge by themselves)
    if (!SELF_ANSWERING_DENIAL.test(draft.cue?.lemma ?? '') && !REBUTTED.test(p.content.text.slice(0, 60))) return null;
    // (what the speaker will do next answers nothing: "She said the appeal would be filed next week")
    const own = ownWords(st.content);
    if (PLAN_FIRST.exec(own)?.[1]) return null;
    // (a fact beside the charge is no answer to it: "the bank was cooperating with the regulator", "profits had risen")
    if (!givesGrounds(own)) return null;
    const side = (s: DraftStatement): string[] => [s.speaker.name, s.speaker.affiliation].filter((n): n is string => Boolean(n)).map(key);
    const mine = side(st);
    // (a short name counts for the full one it opens: "Brightmoor" for "Brightmoor Buses")
    if (!side(p).some((n) => mine.some((m) => m === n || sameName(m, n)))) return null;
    const end = Math.max(p.content.end, p.cue?.end ?? 0);
    const start = Math.min(st.content.start, st.cue?.start ?? st.content.start, st.speaker.mention?.start ?? st.content.start);
    // (in the same paragraph, with no turn between: "Sanders at first defended the vote, but on Saturday he said …")
    const between = text.slice(end, start);
    if (start < end || between.includes('\n') || TURN.test(between)) return null;
    const cue = p.cue ?? { start: p.content.start, end: p.content.end, text: p.content.text };
    return { rule: '', start: cue.start, end: cue.end, text: cue.text };
  }

  /**
   * A statement that opens right after a sentence of the reporter's in which the speaker (or its side) denies a charge
   * ("Varnton rejected the charge.", "The mayor's office denied that any deal had been offered.", "He has strongly denied
   * any wrongdoing.") gives the grounds of that denial: it answers the charge (GUIDE decision 22), so it is DENY. The
   * sentence's subject is the speaker: a pronoun, a description the speaker would use of itself ("the company"), or a name
   * sharing a capitalised word with the speaker's name or affiliation; "rejected", "disputed", "dismissed" only when what
   * they reject is a claim or a charge ("rejected the pay offer" answers none). A quote must carry a negation (as
   * backedAct: a plain account of checks after a denial stays SAY); reported speech must give grounds, not a plan ("it
   * would appeal"). The evidence is the denial's verb.
   */
  function followsReportedDenial(st: DraftStatement, own: string): Evidence | null {
    const start = Math.min(st.content.start, st.cue?.start ?? st.content.start, st.speaker.mention?.start ?? st.content.start);
    const para = text.lastIndexOf('\n', start - 1) + 1;
    const m = REPORTED_DENIAL.exec(text.slice(para, start));
    if (!m) return null;
    const [, subject = '', charge, , object = ''] = m;
    if (!charge && !REBUTTED.test(object)) return null;
    if (!deniedBy(subject.trim(), st)) return null;
    // (a non-answer gives no grounds: "We have no plans to comment further," said its chairman; its "no" denies nothing)
    if (firstWordListMatch(RX.nonAnswer, own) !== null) return null;
    if (st.type === 'direct' ? !(NEGATION.test(own) || NEGATED_WORD.test(own)) : (Boolean(PLAN_FIRST.exec(own)?.[1]) || !givesGrounds(own))) return null;
    const verb = m.index + m[0].search(REPORTED_DENIAL_VERB);
    const at = para + verb;
    const word = /^\p{L}+/u.exec(text.slice(at))?.[0] ?? '';
    return { rule: '', start: at, end: at + word.length, text: word };
  }

  /**
   * Reported speech by a party a charge earlier in the article named (answersCharge, `named`) that says its own conduct
   * kept to a rule or was checked ("the vaccine had been trialled on more than 5,000 patients", "every item had been
   * logged in line with the rules", "its records have been audited every year") answers that charge (GUIDE decision 22:
   * defending one's conduct in answer to criticism is DENY), though no verb of denial is reported. Only what was done
   * (not a plan, a condition or a question: "would hire an auditor to review its procedures", "if they are properly
   * overseen", "examining whether the payments were properly declared"), said by the party itself (not media, a document
   * or an anonymous source), and the grounds word in the content's first clause, before any "after" or "when" of another
   * event ("the contract was awarded after the colonel certified …"). The evidence is the grounds word.
   */
  function groundsAnsweringCharge(st: DraftStatement, own: string): Evidence | null {
    if (st.speaker.kind === 'media' || st.speaker.kind === 'document' || st.speaker.kind === 'anonymous') return null;
    if (PLAN_FIRST.exec(own)?.[1]) return null;
    const m = CHECKED_CONDUCT.exec(own);
    if (!m) return null;
    const before = own.slice(0, m.index);
    // (nor an infinitive, "made it too easy for anyone to legally buy …": what someone may do, not what was done)
    if (GROUNDS_BLOCKED_BEFORE.test(before) || NEGATION.test(before) || /(?<![\p{L}])to[^\S\n]+$/iu.test(before)) return null;
    if (!answersCharge(st) || !sharesChargeWord(st, own)) return null;
    const at = st.content.start + m.index;
    return { rule: '', start: at, end: at + m[0].length, text: m[0] };
  }

  /**
   * Whether the grounds answer the charge, not something else the party said: a charge in the statement's own sentence
   * or the three before it (a criticism or wrongdoing word, or a reported accusation or criticism), or the article's
   * headline (the charge's topic), shares a content word with the grounds or the words before them in their sentence, by
   * its first five letters, a plural's "s" aside ("accused of evicting families" / "every eviction had been carried out
   * lawfully"; "accused of moving guards onto the border post" / "guards had been sent to the border post but said …"). Or
   * the sentence itself names the charge it answers ("Asked about the anglers' grievances, the board said …"). Not a check
   * of something the charge never named ("accused of hiding donations" / "he had been tested for the flu"). The speaker's
   * own name is no shared word.
   */
  function sharesChargeWord(st: DraftStatement, own: string): boolean {
    const from = st.cue ? Math.min(st.cue.start, st.content.start) : st.content.start;
    const before = text.slice(Math.max(0, from - 1200), st.content.start);
    const sentences = before.split(/(?<=[.!?][”"’']?)\s+|\n+/u).filter((x) => x.trim() !== '');
    const lead = sentences.pop() ?? '';
    const charged = (x: string): boolean => Boolean(firstWordListMatch(RX.criticism, x) || firstWordListMatch(RX.wrongdoing, x))
      || /(?<![\p{L}])(?:critic(?:s|ism|ized|ised)?|accus\p{L}*|allegation\p{L}*|complaint\p{L}*|attack\p{L}*)(?![\p{L}])/iu.test(x);
    const nameWords = new Set(`${st.speaker.name} ${st.speaker.affiliation ?? ''}`.toLowerCase().split(/[^\p{L}]+/u));
    const leadOwn = lead.replace(new RegExp(`(?<![\\p{L}])${escapeRegExp(st.speaker.name)}(?![\\p{L}])`, 'giu'), ' ');
    if (/[\p{L}]/u.test(leadOwn) && charged(leadOwn)) return true;
    const window = sentences.slice(-3);
    const startOfWindow = st.content.start - [...window, lead].join(' ').length - 8;
    const charges = window.filter(charged);
    const headline = headlineInText ? text.slice(0, Math.max(0, text.indexOf('\n'))) : '';
    if (headline) charges.push(headline);
    for (const c of reporterChargesAgainst(st, from)) charges.push(c.text);
    for (const p of judged.values()) {
      if ((p.act === 'ACCUSE' || p.act === 'CRITICIZE') && p !== st && p.content.end <= from && p.content.end >= startOfWindow) charges.push(p.content.text);
    }
    const stems = (x: string): Set<string> => new Set(x.toLowerCase().split(/[^\p{L}]+/u)
      .filter((w) => w.length >= 3 && !FUNCTION_WORDS.has(w) && !nameWords.has(w)).map((w) => w.replace(/s$/u, '').slice(0, 5)).filter((w) => w.length >= 3));
    // (the words before the grounds in their sentence, but not the cue: "said" is in half the charges too)
    const cueStems = stems(st.cue?.text ?? '');
    const grounds = new Set([...stems(`${leadOwn} ${own}`)].filter((w) => !cueStems.has(w)));
    return charges.some((c) => [...stems(c)].some((w) => grounds.has(w)));
  }

  /**
   * Whether the subject of a reporter's sentence is the statement's speaker or its side: a name sharing a capitalised
   * word with the speaker's name or affiliation ("Varnton" for a spokesman of Varnton, "Rafael Ralworth" for Ralworth); a
   * description whose head is in the speaker's name or affiliation ("the council" for Wimstow City Council), or "the
   * company", "the firm" for the company the article is about when that is the speaker's side; a pronoun only when the
   * statement names its speaker by a pronoun too ("He denied …. He said …"), not another party's name.
   */
  function deniedBy(subject: string, st: DraftStatement): boolean {
    const sides = [st.speaker.name, st.speaker.affiliation ?? ''].filter(Boolean);
    if (PRONOUN_SUBJECT.test(subject)) return PRONOUN_SUBJECT.test(st.speaker.mention?.text ?? '');
    if (SELF_DESCRIPTION.test(subject)) {
      const head = subject.split(/\s+/u).pop()?.toLowerCase() ?? '';
      if (sides.some((n) => n.toLowerCase().split(/[^\p{L}]+/u).includes(head))) return true;
      const main = COMPANY_DESCRIPTION.test(subject) ? mainCompany() : undefined;
      return Boolean(main && sides.some((n) => sameName(key(n), key(main.name)) || key(n) === key(main.name)));
    }
    const mine = new Set(sides.flatMap(capitalisedWords));
    return capitalisedWords(subject).some((w) => mine.has(w));
  }

  /** Two positions in different sentences. */
  function apart(a: number, b: number): boolean {
    const [x, y] = a < b ? [a, b] : [b, a];
    return /[.!?][”"’']?\s/u.test(text.slice(x, y));
  }

  /**
   * Who each speaker is in conflict with, read from the statements judged so far: the party the speaker itself speaks
   * against most often elsewhere in the article, else the one that speaks against the speaker most often, else the
   * party most spoken against in the article (by at least two statements), never the speaker's own side. Only stances
   * a statement's own words decided count (not those guessed, carried or read from tone).
   */
  function opponents(all: readonly DraftStatement[]): Opponents {
    /** A one-word name counts for the longer name it opens or ends ("Quorham" for "Quorham Air"). */
    const names = new Set<string>();
    for (const st of all) {
      names.add(st.speaker.name);
      for (const t of st.targets) names.add(t.name);
    }
    // (the longer names indexed by their first word and their head: one pass, not a search per name)
    const byWord = new Map<string, string>();
    for (const o of names) {
      if (!/\s/u.test(o)) continue;
      const k = key(o);
      const first = k.split(/[^\p{L}\d]+/u).filter(Boolean)[0] ?? '';
      for (const w of [first, headOfName(k)]) if (w && !byWord.has(w)) byWord.set(w, o);
    }
    const full = new Map<string, string>();
    for (const n of names) {
      if (/\s/u.test(n)) continue;
      const longer = byWord.get(key(n));
      if (longer) full.set(n, longer);
    }
    const canon = (n: string): string => full.get(n) ?? n;
    const against = new Map<string, Map<string, number>>();
    const attackedBy = new Map<string, Map<string, number>>();
    const total = new Map<string, number>();
    const bump = (m: Map<string, Map<string, number>>, a: string, b: string): void => {
      let inner = m.get(a);
      if (!inner) m.set(a, (inner = new Map()));
      inner.set(b, (inner.get(b) ?? 0) + 1);
    };
    for (const st of all) {
      const who = key(canon(st.speaker.name));
      for (const author of suggestionAuthors.get(st.content.start) ?? []) {
        const target = canon(author);
        if (key(target) === who || !/^\p{Lu}/u.test(target) || isOutlet(target, undefined)) continue;
        bump(against, who, target);
        bump(attackedBy, key(target), canon(st.speaker.name));
        total.set(target, (total.get(target) ?? 0) + 1);
      }
      for (const t of st.targets) {
        const rule = t.evidence?.[0]?.rule ?? '';
        if (t.stance !== 'AGAINST' || /(?:tone|carried|evaluation|opponent|named-before|self-admission)$/u.test(rule)) continue;
        const target = canon(t.name);
        // (a party by its name: not a description such as "figures" or "staff", nor a newspaper that reported)
        if (key(target) === who || !/^\p{Lu}/u.test(target) || isOutlet(target, undefined)) continue;
        bump(against, who, target);
        // (an attacker by its name only, as the attacked: not a description such as "report" or "figures")
        if (/^\p{Lu}/u.test(canon(st.speaker.name))) bump(attackedBy, key(target), canon(st.speaker.name));
        total.set(target, (total.get(target) ?? 0) + 1);
      }
    }
    /** The most frequent name `ok` accepts (the first counted on a tie); each list sorted once. */
    const sorted = new Map<ReadonlyMap<string, number>, Array<[string, number]>>();
    const best = (counts: ReadonlyMap<string, number> | undefined, ok: (n: string) => boolean, min: number): string | undefined => {
      if (!counts) return undefined;
      let list = sorted.get(counts);
      if (!list) sorted.set(counts, (list = [...counts].sort((a, b) => b[1] - a[1])));
      for (const [n, c] of list) {
        if (c < min) return undefined;
        if (ok(n)) return n;
      }
      return undefined;
    };
    const attacked = (name: string): boolean => total.has(canon(name));
    const of = (speaker: Speaker, own: ReadonlySet<string>): { name: string; own: boolean } | undefined => {
      const ownKeys = new Set([...own, key(canon(speaker.name))]);
      const body = bodyOf(speaker);
      if (body) ownKeys.add(key(canon(body)));
      const ok = (n: string): boolean => !ownKeys.has(key(n)) && ![...ownKeys].some((k) => sameName(k, key(n)) || wordsWithin(key(n), k));
      const me = key(canon(speaker.name));
      const mine = best(against.get(me), ok, 1) ?? (body ? best(against.get(key(canon(body))), ok, 1) : undefined)
        ?? best(attackedBy.get(me), ok, 1) ?? (body ? best(attackedBy.get(key(canon(body))), ok, 1) : undefined);
      if (mine) return { name: mine, own: true };
      const focal = best(total, ok, 2);
      return focal ? { name: focal, own: false } : undefined;
    };
    return { of, attacked };
  }

  /** Where the sentence before the one holding `at` starts (a paragraph break or ". " ends a sentence). */
  function previousSentenceStart(at: number): number {
    const boundaries = (end: number): number => {
      const from = Math.max(0, end - 600);
      let start = from;
      for (const b of text.slice(from, end).matchAll(/[.!?][”"’']?[^\S\n]+|\n+/gu)) start = from + (b.index ?? 0) + b[0].length;
      return start;
    };
    let own = boundaries(at);
    while (own > 0 && /\s/u.test(text[own - 1] as string)) own--;
    return own > 0 ? boundaries(own) : 0;
  }

  /**
   * The organisation a person speaks for: the speaker's affiliation, else an organisation named right beside one of the
   * person's mentions as their employer: "the club’s chairman, Graham Arbling", "Galworth chief executive Paul
   * Fendock", "Ingrid Obbhorne, the hospital’s medical director", "Ana Ulmley, director of operations at Ambmore".
   */
  function bodyOf(speaker: Speaker): string | undefined {
    if (speaker.kind !== 'person') return speaker.affiliation;
    // What is written beside the person's name comes first: an affiliation inferred elsewhere is the fallback.
    const cached = bodies.get(speaker.name);
    if (cached !== undefined) return cached ?? (partyOnly.has(speaker.name) || (speaker.affiliation && titleWordOnly(text, speaker.affiliation)) ? undefined : speaker.affiliation);
    let found: string | undefined;
    // ("Republican candidate Dale Harmon": the party label, refused as a body, GUIDE decision 64, leaves the person with
    // no body; no other body named near a later mention, "requiring tenants to register, Harmon said", stands in for it)
    let refused = false;
    // The employer is named beside the person's first mentions: a few of them suffice.
    for (const i of (mentionsByName().get(speaker.name) ?? []).slice(0, 12)) {
      if (found) break;
      const m = byStart[i] as Mention;
      if (m.kind !== 'person' || m.name !== speaker.name) continue;
      const label = PARTY_LABEL_BEFORE_NAME.exec(text.slice(Math.max(0, m.start - 60), m.start))?.[1];
      if (label && isPartyLabel(label)) { refused = true; partyOnly.add(speaker.name); break; }
      // "Tarnfield contests that number. Its chief executive, Ilsa Ralley, …": a sentence that opens on "Its" and a role
      // before the name speaks of the body the sentence before is about, its subject (the first body named in it).
      const its = ITS_ROLE_BEFORE_NAME.exec(text.slice(Math.max(0, m.start - 60), m.start));
      // ("In a written reply, its managing director, Piet Lomley, said …", "“…,” said Ana Kerr, its chief executive": an
      // "its" inside the sentence, before the name or in apposition after it, is the body of the sentence before, too)
      const itsInside = its ? null : ITS_ROLE_INSIDE_BEFORE_NAME.exec(text.slice(Math.max(0, m.start - 60), m.start));
      const itsAfter = its || itsInside ? null : ITS_ROLE_AFTER_NAME.exec(text.slice(m.end, m.end + 60));
      const itsAt = its ? m.start - its[0].length + its[0].lastIndexOf('Its')
        : itsInside ? m.start - itsInside[0].length + itsInside[0].lastIndexOf('its')
          : itsAfter ? m.end + itsAfter[0].indexOf('its') : -1;
      if (itsAt >= 0) {
        const opens = itsAt;
        const before = text.slice(Math.max(0, opens - 600), opens);
        const previous = its ? opens - (before.length - Math.max(before.search(/[^.!?]*[.!?][”"’']?\s*$/u), 0)) : previousSentenceStart(opens);
        // (review17 #5: the first body only when the role fits its kind, "Its managing director" no council's, and only
        // when the sentence names one body or the role fits: "A council sold the depot to a homebuilder. Its managing
        // director said …" speaks for no council)
        const role = (its ? its[0].replace(/^[\s\S]*Its[^\S\n]+/u, '').replace(/,[\s\S]*$/u, '')
          : itsInside ? itsInside[0].replace(/^[\s\S]*its[^\S\n]+/u, '').replace(/,[\s\S]*$/u, '')
            : (itsAfter as RegExpExecArray)[1] as string).toLowerCase();
        const companyRole = COMPANY_ONLY_ROLES.has(role);
        const bodies: string[] = [];
        for (let k = firstAtOrAfter(byStart, previous); k < byStart.length && (byStart[k] as Mention).start < opens; k++) {
          const o = byStart[k] as Mention;
          // (a body by its name, or a description resolved to one: "The company said …"; not "One of the affected
          // contractors, Yarlstow Marine, said …", whose plain noun names no body)
          // (for an "its" inside the sentence, a body written by its name only: what an earlier stage made of "The
          // company" there is a guess the sentence's own "its" need not follow)
          if (isBody(o) && /^\p{Lu}/u.test(o.name) && !isOutlet(o.name, o.kind) && (its !== null || !DESCRIPTION_MENTION.test(o.text))) {
            const name = /\s/u.test(o.name) ? o.name : organisationNamed(o.name, o.start) ?? o.name;
            if (!bodies.includes(name)) bodies.push(name);
          } else if (o.kind === 'person' && bodies.length === 0) break;
        }
        const publicBody = (name: string): boolean => name.toLowerCase().split(/[^\p{L}]+/u).some((w) => PUBLIC_BODY_HEADS.has(w));
        const fitting = companyRole ? bodies.filter((b) => !publicBody(b)) : bodies;
        if (fitting.length > 0 && (bodies.length === 1 || companyRole || fitting[0] === bodies[0])) found = fitting[0] as string;
      }
      for (let k = i - 1; k >= 0 && k >= i - 3 && !found; k--) {
        const o = byStart[k] as Mention;
        // A one-word employer ("Varnington’s chief executive") is the full name written before, when there is one.
        // (the words between a role, not a clause: "Loopline disputed Ruskmore's account" makes Ruskmore no employee of Loopline)
        if (isBody(o) && o.end <= m.start && EMPLOYER_BEFORE.test(text.slice(o.end, m.start)) && !['VERB', 'AUX'].includes(tokensIn(o.end, m.start)[0]?.pos ?? '')) {
          // ("the club’s chief executive": the club its paragraph speaks of, see institutionFor)
          const head = DESCRIPTION_MENTION.test(o.text) ? o.text.replace(/^\S+\s+/u, '').toLowerCase() : '';
          found = (INSTITUTION_HEADS.has(head) ? institutionFor(head, o.start) : undefined)
            ?? (/\s/u.test(o.name) ? o.name : organisationNamed(o.name, o.start) ?? o.name);
        }
      }
      for (let k = i + 1; k < byStart.length && k <= i + 3 && !found; k++) {
        const o = byStart[k] as Mention;
        if (isBody(o) && o.start >= m.end && EMPLOYER_AFTER.test(text.slice(m.end, o.start))) {
          // ("founder of the campaign group Safe Screens": a description with the body's name in apposition after it is
          // that body, whatever an earlier stage resolved the description to)
          const named = byStart[k + 1];
          found = named && isBody(named) && DESCRIPTION_MENTION.test(o.text) && /^\p{Lu}/u.test(named.text)
            && /^[^\S\n]+(?:[\p{Ll}-]+[^\S\n]+){0,2}$/u.test(text.slice(o.end, named.start)) ? named.name : o.name;
        }
      }
      // "Lena Hart, the hospital’s medical director": a description no earlier stage resolved.
      const after = found ? null : /^,\s+the\s+([\p{Ll}-]+)[’']s\s/u.exec(text.slice(m.end, m.end + 40));
      const head = after?.[1]?.toLowerCase();
      if (head && INSTITUTION_HEADS.has(head)) found = institutionFor(head, m.start);
      // "The authority’s deputy director, Rafael Ralworth", "Hobhorne’s chief executive, Tomas Mabfold", "the council
      // leader, Margaret Vobdock", "Board chair Linda Ingwyn": the employer written just before the name.
      const before = found ? null : text.slice(Math.max(0, m.start - 70), m.start);
      const possessor = before ? POSSESSOR_BEFORE_NAME.exec(before)?.[1] : undefined;
      if (possessor) found = /^\p{Lu}/u.test(possessor) && !INSTITUTION_HEADS.has(possessor.toLowerCase()) ? organisationNamed(possessor, m.start) : institutionFor(possessor.toLowerCase(), m.start);
      const leads = found || !before ? undefined : HEAD_ROLE_BEFORE_NAME.exec(before)?.[1]?.toLowerCase();
      if (leads && INSTITUTION_HEADS.has(leads)) found = institutionFor(leads, m.start);
    }
    if (!refused) found ??= speaker.affiliation ?? undefined;
    // (a title's word taken for a body, "Security researcher Mina Tal": none)
    if (found && titleWordOnly(text, found)) found = undefined;
    // "Deputy Interior Minister Sofia Pimwyn", "Galworth chief executive Paul Fendock": a word of an organisation's
    // name in the title before the person's name.
    if (!found && !refused) found = bodyFromTitle(speaker.name, speaker.mention);
    // ("an economist at the University of Brandt": a body read beside the name that is a fragment of the speaker's
    // affiliation, "University", is that affiliation under its full name)
    // (an affiliation that is a proper name, each word capitalised or a joining word: not "Weskmorei army")
    if (found && speaker.affiliation && found !== speaker.affiliation && /\s/u.test(speaker.affiliation) && wordsWithin(found, speaker.affiliation)
      && speaker.affiliation.split(/\s+/u).every((w, i) => /^\p{Lu}/u.test(w) || (i > 0 && /^(?:of|for|and|the|on|de|du|la)$/u.test(w)))) found = speaker.affiliation;
    bodies.set(speaker.name, found ?? null);
    return found;
  }

  /** The institution a head word stands for at `at`: the latest capitalised name ending in it, else the latest organisation with it in its name. */
  function institutionFor(head: string, at: number): string | undefined {
    // (the body its paragraph names by its short name, if several were named with the head)
    const paragraph = text.slice(text.lastIndexOf('\n', at) + 1, (text.indexOf('\n', at) + 1 || text.length + 1) - 1);
    const named = namesWithHead(head, at, (name) => {
      const first = name.split(/\s+/u)[0] ?? '';
      return first.length > 2 && hasWord(paragraph, first);
    });
    if (named) return named;
    const heads = HEAD_SYNONYMS[head] ?? [head];
    // (a word of a name that stands for an airline only as its last word, "Velo Air", never "Air Force": HEAD_SYNONYMS_AT_END)
    return lastOrganisationBefore(at, (o) => {
      const words = o.name.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
      return HEAD_SYNONYMS_AT_END.has(head) ? heads.includes(words[words.length - 1] ?? '') : words.some((w) => heads.includes(w));
    })?.name;
  }

  /** The organisation whose name starts with a word ("Hobhorne" → "Hobhorne Labs"), named before `at` or anywhere. */
  function organisationNamed(word: string, at: number): string | undefined {
    const candidates = (mentionsByName().get(word) ?? []).map((i) => byStart[i] as Mention);
    const named = lastOrganisationBefore(at, (o) => o.name.startsWith(`${word} `));
    if (named) return named.name;
    // A full name written earlier that no stage made a mention ("Varnington Robotics" before "Varnington’s chief executive"):
    // only a few paragraphs before are read.
    const from = Math.max(0, at - 3000);
    const window = text.slice(from, at);
    let last: string | undefined;
    // The name starts with the word itself: tried only where the word occurs, left to right without overlap, as a
    // global scan would.
    for (let i = window.indexOf(word); i >= 0;) {
      const x = fullNameAt(window, word, i);
      if (x) { last = x; i += x.length; } else i++;
      i = i > window.length ? -1 : window.indexOf(word, i);
    }
    return last ?? lastOrganisationBefore(at, (o) => o.name === word)?.name ?? bodiesByWord().get(word) ?? candidates.find((o) => isBody(o))?.name;
  }

  /** Only the text just before the person's own mentions is read (a scan of the whole article per speaker is too slow). */
  // (the speaker's own mention first: "Deputy Minister for Rural Transport Edda Tupworth said …" gives the speaker, and
  // the entity stage may have no mention of the person there, only a later "Tupworth")
  function bodyFromTitle(name: string, own?: { start: number; end: number; text: string } | null): string | undefined {
    const first = name.split(/\s+/u)[0] ?? '';
    // ("CNN's Chris Moody": a name led by a possessor has its body in the possessor, read elsewhere, and a news outlet
    // speaks for no party; what stands before it is the sentence, "Carson noted that CNN's …", not a title)
    if (first.length < 2 || /[’']s$/u.test(first)) return undefined;
    const mentioned = (mentionsByName().get(name) ?? []).slice(0, 12).map((i) => byStart[i] as Mention);
    for (const m of own ? [own, ...mentioned] : mentioned) {
      const inMention = m.text.indexOf(first);
      if (inMention < 0) continue;
      const at = m.start + inMention;
      const x = TITLE_BEFORE_NAME.exec(text.slice(Math.max(0, at - 60), at));
      const words = (x?.[1] ?? '').trim().split(/\s+/u).filter((w) => w && !TITLE_WORDS.has(w.toLowerCase()));
      for (const w of words) {
        const org = bodiesByWord().get(w);
        if (org && org !== w) return org;
      }
    }
    return undefined;
  }

  /** Indexes of mentions by the name they give, and by each tail of it ("Defence Minister Pavel Mabham" → "Pavel Mabham"). */
  function mentionsByName(): Map<string, number[]> {
    if (byName) return byName;
    const index = new Map<string, number[]>();
    byStart.forEach((m, i) => {
      const words = m.name.split(/\s+/u);
      for (let k = 0; k < words.length; k++) {
        const tail = words.slice(k).join(' ');
        const list = index.get(tail);
        if (list) list.push(i); else index.set(tail, [i]);
      }
    });
    byName = index;
    return index;
  }

  /** The first organisation or group named with a word, for each word of their names (not names of one word). */
  function bodiesByWord(): Map<string, string> {
    if (byWord) return byWord;
    const index = new Map<string, string>();
    for (const o of byStart) {
      if (!isBody(o)) continue;
      const words = o.name.split(/\s+/u);
      if (words.length < 2) continue;
      for (const w of words) if (!index.has(w)) index.set(w, o.name);
    }
    byWord = index;
    return index;
  }

  /** The person last named before `at` with the title (as written before or in the name): "Gov. Rick Perry" for "governor". */
  /** The one person the article's statements quote in an office ("judge" for a speaker whose role is "judge" or "trial
   *  judge"), or undefined when none or several are. */
  function holderOf(office: string, modifier?: string): string | undefined {
    holders ??= new Map();
    // A modifier written with the office must be the holder's own ("the health minister" is not the finance minister;
    // "the trial judge" is not a judge quoted as "judge" alone).
    const written = modifier ? `${modifier} ${office}` : office;
    if (!holders.has(written)) {
      const names = new Set<string>();
      for (const s of ordered) {
        const role = (s.speaker.role ?? '').toLowerCase().replace(/\s+/gu, ' ');
        if (s.speaker.kind === 'person' && (role === written || role.endsWith(` ${written}`))) names.add(s.speaker.name);
        // (a portfolio the role leaves out, GUIDE decision 29: "Finance Minister Ada Brenn" has the role "minister", and
        // is "the finance minister" when the article writes the portfolio right before or after her name)
        else if (s.speaker.kind === 'person' && modifier && role === office && portfolioWritten(written, s.speaker.name)) names.add(s.speaker.name);
      }
      holders.set(written, names.size === 1 ? [...names][0] : undefined);
    }
    return holders.get(written);
  }

  /** Whether the text writes the office with its modifier ("finance minister") within a few words before or after the
   *  name ("Finance Minister Ada Brenn", "Ada Brenn, the finance minister"). */
  function portfolioWritten(written: string, name: string): boolean {
    lowerText ??= text.toLowerCase();
    const lowerName = name.toLowerCase();
    for (let at = lowerText.indexOf(written); at >= 0; at = lowerText.indexOf(written, at + 1)) {
      const near = lowerText.slice(Math.max(0, at - name.length - 12), at + written.length + name.length + 12);
      if (near.includes(lowerName)) return true;
    }
    return false;
  }

  function lastTitled(title: string, at: number): Mention | undefined {
    const rx = TITLE_FORMS[title];
    if (!rx) return undefined;
    for (let i = firstAtOrAfter(byStart, at) - 1, seen = 0; i >= 0 && seen < 200; i--, seen++) {
      const m = byStart[i] as Mention;
      if (m.kind !== 'person') continue;
      if (rx.test(text.slice(Math.max(0, m.start - 30), m.end))) return m;
    }
    return undefined;
  }

  /** Whether mention `m` is the body named, in an apposition, as the workplace of the person named right before it
   *  ("Professor Emeka Balworth, an epidemiologist at the Institute of Population Health"), for whichever speaker `st` is. */
  function workplaceOf(m: Mention, speakerName: string): boolean {
    const i = firstAtOrAfter(byStart, m.start) - 1;
    for (let k = i, seen = 0; k >= 0 && seen < 3; k--, seen++) {
      const p = byStart[k] as Mention;
      if (p.name !== speakerName) continue;
      return p.end <= m.start && WORKPLACE_APPOSITION.test(text.slice(p.end, m.start));
    }
    return false;
  }
  /** The speaker of the latest statement before `at` (within a few paragraphs) that `ok` accepts and whose judged targets
   *  hold one that `against` accepts with the stance AGAINST, or that accuses or criticises naming no one: who spoke
   *  against the speaker's side. */
  function lastAccuserBefore(at: number, against: (name: string) => boolean, ok: (name: string) => boolean): Speaker | undefined {
    const lo = firstIndex(ordered.length, (i) => (ordered[i] as DraftStatement).content.start < at);
    for (let i = lo - 1, seen = 0; i >= 0 && seen < 15; i--, seen++) {
      const s = judged.get(ordered[i] as DraftStatement) ?? (ordered[i] as DraftStatement);
      if (s.content.end < at - 4000) break;
      const k = s.speaker.kind;
      if ((k === 'person' || k === 'organization' || k === 'group' || k === 'media') && ok(s.speaker.name)
        && ((s.targets ?? []).some((t) => t.stance === 'AGAINST' && against(t.name))
          // (a charge that names no one, "“They looked away for years,” said the chair": against whom the rules could not tell)
          || ((s.act === 'ACCUSE' || s.act === 'CRITICIZE') && !(s.targets ?? []).some((t) => t.stance !== 'NONE')))) return s.speaker;
    }
    return undefined;
  }
  /** The speaker of the latest statement before `at` (within a few paragraphs) that `ok` accepts: a named person or body. */
  /** The speaker of the latest demand before `at` (as judged, within six statements and 2,000 characters). */
  function lastDemanderBefore(at: number, ok: (name: string) => boolean): Speaker | undefined {
    const lo = firstIndex(ordered.length, (i) => (ordered[i] as DraftStatement).content.start < at);
    for (let i = lo - 1, seen = 0; i >= 0 && seen < 6; i--, seen++) {
      const s = ordered[i] as DraftStatement;
      if (s.content.end < at - 2000) break;
      if ((judged.get(s) ?? s).act === 'DEMAND' && s.speaker.kind !== 'anonymous' && s.speaker.kind !== 'document' && ok(s.speaker.name)) return s.speaker;
    }
    return undefined;
  }

  function lastSpeakerBefore(at: number, ok: (name: string) => boolean): Speaker | undefined {
    const lo = firstIndex(ordered.length, (i) => (ordered[i] as DraftStatement).content.start < at);
    for (let i = lo - 1, seen = 0; i >= 0 && seen < 6; i--, seen++) {
      const s = ordered[i] as DraftStatement;
      if (s.content.end < at - 2000) break;
      const k = s.speaker.kind;
      if ((k === 'person' || k === 'organization' || k === 'group' || k === 'media') && ok(s.speaker.name)) return s.speaker;
    }
    return undefined;
  }

  /** A content that opens on "he"/"she" (after "that") read as the statement's own person speaker: the nearest person
   *  of that gender before the content is the speaker ("Marta Quist alleged that she had been followed home"). */
  function speakerPronounOpening(st: DraftStatement, content: string): boolean {
    const p = SPEAKER_PRONOUN_OPENING.exec(content);
    if (!p || st.speaker.kind !== 'person') return false;
    const gender = /^he$/iu.test(p[1] ?? '') ? 'male' : 'female';
    return lastPersonBefore(st.content.start, st.content.start, undefined, gender)?.name === st.speaker.name;
  }
  /** Whether a person of `gender` (or of none known) is named in the statement's content before `at`, in `at`'s sentence. */
  function namedBeforeInSentence(at: number, gender: 'male' | 'female' | undefined, contentStart: number, contentEnd: number): boolean {
    const b = /(?:[.!?]["”’']?\s+|\n)(?=[^.!?\n]*$)/u.exec(text.slice(contentStart, at));
    const sentence = b ? contentStart + b.index + b[0].length : contentStart;
    for (let i = firstAtOrAfter(byStart, at) - 1, seen = 0; i >= 0 && seen < 10; i--, seen++) {
      const m = byStart[i] as Mention;
      if (m.start < sentence || m.start >= contentEnd) break;
      if (m.kind === 'person' && !(gender && m.gender && m.gender !== gender)) return true;
    }
    return false;
  }
  /** The person mentioned last before `at`, skipping names inside the statement's own content before `at` (and `not`). */
  function lastPersonBefore(at: number, contentStart: number, not?: string, gender?: 'male' | 'female'): Mention | undefined {
    for (let i = firstAtOrAfter(byStart, at) - 1, seen = 0; i >= 0 && seen < 40; i--, seen++) {
      const m = byStart[i] as Mention;
      if (m.kind === 'person' && !(m.start >= contentStart && m.start < at) && m.name !== not && !(gender && m.gender && m.gender !== gender)) return m;
    }
    return undefined;
  }

  /** A body that is itself the object of a decision ("fined the Harbour Council", "elected the Greens", "Yarlfold Water
   *  was fined"): it did not take the decision. */
  function decidedOn(m: Mention): boolean {
    return DECIDED_ON.test(text.slice(Math.max(0, m.start - 30), m.start)) || DECIDED_PASSIVE.test(text.slice(m.end, m.end + 40));
  }

  /**
   * Who took the decision a noun names ("the vote", "the award", "the ruling"): the subject of the latest verb of that
   * decision before `at` ("The state Coastal Commission voted", "The Overseas Cipher Bureau has awarded"), a body or a
   * person named right before the verb (not through a relative clause: "Drummond, who voted against").
   */
  function takerOf(noun: string, at: number, ok: (m: Mention) => boolean, ownVerb = false): Mention | undefined {
    const stem = RULINGS.has(noun.toLowerCase()) ? 'rul' : noun.toLowerCase().slice(0, 3);
    // "the decision", "the vote", "the move" name whatever was decided: any verb of deciding stands for them (unless
    // `ownVerb`: only the noun's own verb, "voted" for "the vote")
    const generic = !ownVerb && GENERIC_DECISIONS.has(noun.toLowerCase());
    const list = decisionTakers();
    let any: Mention | undefined;
    let side: Mention | undefined;
    for (let i = firstIndex(list.length, (k) => (list[k] as { at: number }).at < at) - 1, seen = 0; i >= 0 && seen < 50; i--, seen++) {
      const d = list[i] as { at: number; verb: string; subject: Mention };
      if (!ok(d.subject)) continue;
      // (a body that voted for or against a measure is one side in the vote, not the body that took it, when the
      // article wrote another taking it: "The council voted to ban … whose Liberal Alliance voted against the measure")
      if (d.verb.startsWith('vot') && sideVote(text, d.at + d.verb.length)) { side ??= d.subject; continue; }
      if (d.verb.startsWith(stem)) return d.subject;
      if (generic) any ??= d.subject;
    }
    return any ?? side;
  }

  /**
   * The party that took an event-like decision ("the change", "the closure") mentioned at `at`: the subject of the latest
   * matching decision verb before it ("changed", "closed"), when that verb had a party as its subject; else none
   * (`verbAt` -1 when the article wrote no such verb, or one with a party in its clause that is not its plain subject).
   */
  function eventTakerOf(noun: string, at: number, ok: (m: Mention) => boolean): { verbAt: number; subject?: Mention } {
    // (the latest verb of that stem before `at`, from the article's verbs listed once by stem: linear in the article)
    const positions = decisionVerbsByStem().get(noun.toLowerCase().slice(0, 3)) ?? [];
    const k = firstIndex(positions.length, (i) => (positions[i] as number) < at) - 1;
    const latest = k >= 0 ? positions[k] as number : -1;
    const list = decisionTakers();
    const j = firstIndex(list.length, (i) => (list[i] as { at: number }).at < latest);
    const d = latest >= 0 && list[j]?.at === latest ? list[j] : undefined;
    if (d && ok(d.subject)) return { verbAt: latest, subject: d.subject };
    // (a party named in the verb's clause that is not its plain subject, "the state lottery’s board scrapped": the
    // verb may well have a party behind it; read the noun as any decision noun)
    const clauseStart = Math.max(...['.', '\n', ';', ','].map((p) => text.lastIndexOf(p, latest))) + 1;
    let named = false;
    for (let i = latest >= 0 ? firstAtOrAfter(byStart, clauseStart) : byStart.length; i < byStart.length && (byStart[i] as Mention).start < latest && !named; i++) {
      const m = byStart[i] as Mention;
      named = m.end <= latest && ['organization', 'group', 'person'].includes(m.kind);
    }
    // (or a party described, "the broadcaster’s board", "the ministry", or a capitalised word after the clause's first)
    const clause = latest >= 0 ? text.slice(clauseStart, latest).trim().split(/\s+/u) : [];
    const described = clause.some((w, i) => {
      const lw = w.toLowerCase().replace(/[’']s?$/u, '').replace(/[^\p{L}-]/gu, '');
      return (i > 0 && /^\p{Lu}/u.test(w)) || DEFINITE_DESCRIPTIONS[lw] !== undefined || ORGANS_OF_BODIES.has(lw) || GROUP_HEADS.has(lw);
    });
    const party = named || described;
    return { verbAt: party ? -1 : latest };
  }

  /** Every decision verb of the article with where it stands, in text order: one pass of the pattern (made once). */
  function decisionVerbs(): Array<{ at: number; verb: string }> {
    if (verbs) return verbs;
    verbs = [];
    RX.decisionVerb.lastIndex = 0;
    for (let v = RX.decisionVerb.exec(text); v; v = RX.decisionVerb.exec(text)) verbs.push({ at: v.index, verb: v[0].toLowerCase() });
    return verbs;
  }

  /** Where the decision verbs stand, by their first three letters, in text order (made once). */
  function decisionVerbsByStem(): Map<string, number[]> {
    if (verbsByStem) return verbsByStem;
    verbsByStem = new Map();
    for (const { at, verb } of decisionVerbs()) {
      const list = verbsByStem.get(verb.slice(0, 3));
      if (list) list.push(at); else verbsByStem.set(verb.slice(0, 3), [at]);
    }
    return verbsByStem;
  }

  /** Every decision verb in the article with the body or person named as its subject right before it, in text order. */
  function decisionTakers(): Array<{ at: number; verb: string; subject: Mention }> {
    if (takers) return takers;
    takers = [];
    for (const { at, verb } of decisionVerbs()) {
      const i = firstAtOrAfter(byStart, at) - 1;
      const subject = i >= 0 ? byStart[i] as Mention : undefined;
      if (!subject || subject.end > at || !['organization', 'group', 'person'].includes(subject.kind)) continue;
      if (!SUBJECT_TO_VERB.test(text.slice(subject.end, at))) continue;
      takers.push({ at, verb, subject });
    }
    return takers;
  }

  /** The organisation or group mentioned last before mention `index` that `ok` accepts, within a few paragraphs. */
  function lastBodyBefore(index: number, ok: (m: Mention) => boolean): Mention | undefined {
    const at = (byStart[index] as Mention).start;
    for (let i = index - 1, seen = 0; i >= 0 && seen < 30 && (byStart[i] as Mention).start > at - 2000; i--, seen++) {
      const m = byStart[i] as Mention;
      if (isBody(m) && ok(m)) return m;
    }
    return undefined;
  }

  /** The person or organisation named last before `at` (a name, not a description), within about two paragraphs. */
  function lastNamedBefore(at: number, ok: (m: Mention) => boolean): Mention | undefined {
    for (let i = firstAtOrAfter(byStart, at) - 1, seen = 0; i >= 0 && seen < 8 && (byStart[i] as Mention).start > at - 700; i--, seen++) {
      const m = byStart[i] as Mention;
      if ((m.kind === 'person' || m.kind === 'organization' || m.kind === 'group') && /^\p{Lu}/u.test(m.text) && ok(m)) return m;
    }
    return undefined;
  }

  /**
   * The employer whose managers a statement speaks of at `at` ("managers had ignored …"): the one company named in the
   * sentence of the statement or the one before it, before `at`, when no other body is named there; none when the speakers
   * are staff of a body ("nurses at Ingwyn General Hospital": their managers are that body's). No public body
   * (noCompany), no outlet, no sports club, and a name in full of more than one word (a one-word "organisation" is as
   * often a place: "workers at two factories in Darnholt").
   */
  function staffEmployer(st: DraftStatement, at: number): Mention | undefined {
    const company = (m: Mention): boolean => m.kind === 'organization' && /\s/u.test(m.name) && !noCompany(m.name) && !isOutlet(m.name, m.kind) && !isClub(m.name);
    // (speakers who are staff of a body: their managers are that body's. Unnamed staff ("three drivers at Tamberly") are
    // not that body's voice, so it is the employer; a named person's body the targets read as their own side, so none;
    // and no other company is guessed for either)
    const body = staffBody(st.speaker);
    if (body) {
      const unnamed = st.speaker.kind === 'anonymous' || st.speaker.kind === 'group';
      return unnamed ? byStart.find((m) => m.kind === 'organization' && m.name === body && !isOutlet(m.name, m.kind) && !isClub(m.name)) : undefined;
    }
    const start = Math.min(st.content.start, st.cue?.start ?? st.content.start, st.speaker.mention?.start ?? st.content.start);
    const from = sentenceStartBefore(sentenceStartBefore(start) - 1);
    const names = new Map<string, Mention>();
    for (const m of byStart) {
      // (a one-word "organisation" is as often a capitalised common noun or a place: "Inspectors visited …")
      if (m.start < from || m.start >= at || m.kind !== 'organization' || !/\s/u.test(m.name) || isOutlet(m.name, m.kind)) continue;
      const k = key(m.name);
      if (![...names.keys()].some((n) => n === k || wordsWithin(n, k) || wordsWithin(k, n))) names.set(k, m);
    }
    // (any other body named there, a hospital or the speakers' own, leaves the employer open)
    const only = names.size === 1 ? [...names.values()][0] : undefined;
    return only && company(only) && only.text === only.name ? only : undefined;
  }

  /**
   * The body whose staff a speaker is: "nurses at Drasaven Hospital" (a person or group whose role does not speak for the
   * body, or a body named with such a role); undefined for the body itself, its spokesperson, head or lawyer.
   */
  function staffBody(speaker: Speaker): string | undefined {
    if (STAFF_SPEAKS_FOR.test(speaker.role ?? '')) return undefined;
    if (speaker.kind === 'organization') return speaker.role ? speaker.name : undefined;
    return bodyOf(speaker);
  }

  /** Where the sentence holding `at` begins: after the last sentence end or line break before it. */
  function sentenceStartBefore(at: number): number {
    if (at <= 0) return 0;
    // The last end of a break in text.slice(0, at), read from the whole text's breaks (found once) by binary search: a
    // break that ends by `at` is the same in the slice; one that runs past it (". " then more white space) ends at `at`
    // there when the slice still holds a white-space character of it.
    sentenceBreaks ??= [...text.matchAll(/[.!?][”"’']?\s+|\n/gu)].map((m) => [m.index, m.index + m[0].length] as const);
    const breaks = sentenceBreaks;
    const k = firstIndex(breaks.length, (i) => (breaks[i] as readonly [number, number])[1] <= at);
    const across = breaks[k];
    if (across && across[0] < at && /^[.!?][”"’']?\s+/u.test(text.slice(across[0], at))) return at;
    return k > 0 ? (breaks[k - 1] as readonly [number, number])[1] : 0;
  }

  /** A sports club's name: its last word is a club's ("Kestport Athletic", "Mabwyn Town", "Dunmore FC"). */
  function isClub(name: string): boolean {
    return CLUB_NAME_TAILS.includes(name.split(/\s+/u).pop() ?? '');
  }

  /** The employer an insider's account (see its use) is against, with the words that make it one. */
  function insiderAccount(st: DraftStatement, content: string, off: number, act: Act, c: LazyMatches): { name: string; ev: Evidence } | undefined {
    const role = (st.speaker.role ?? '').toLowerCase().replace(/^former\s+/u, '');
    if (!INSIDER_ROLES.has(role) || !['anonymous', 'group', 'organization'].includes(st.speaker.kind) || sportsStory()) return undefined;
    const directed = RX.directedStaff.exec(content) ?? RX.directingStaff.exec(content);
    // (only a direction to do a wrong, and never in words that praise: "staff were made to feel welcome")
    if (directed && act !== 'PRAISE' && directedToWrong(directed[0], content.slice(directed.index))) {
      const at = off + directed.index + (directed[0].length - directed[0].trimStart().length);
      const end = off + directed.index + directed[0].length;
      // ("Welders at Hobbury Shipbuilding’s yard were pressed to …": the body the directed staff are placed at)
      const placedAt = byStart.find((m) => m.start > at && m.end < end && m.kind === 'organization' && /\s/u.test(m.name) && !isOutlet(m.name, m.kind));
      const employer = st.speaker.kind === 'organization' ? st.speaker.name : placedAt?.name ?? staffEmployer(st, at)?.name ?? describedEmployer(st.speaker);
      return employer ? { name: employer, ev: { rule: '', start: at, end: off + directed.index + directed[0].length, text: directed[0].trim() } } : undefined;
    }
    const charge = act === 'ACCUSE' || act === 'CRITICIZE' ? c.wrong ?? c.criticism : null;
    // (the employer named with the speaker only: no company guessed from the sentences before)
    const employer = st.speaker.kind === 'organization' ? st.speaker.name : staffBody(st.speaker);
    return charge && employer ? { name: employer, ev: charge } : undefined;
  }

  /**
   * The employer an unnamed insider's own description names: a capitalised name in it ("a former Ulmwyn claims
   * assessor", "two Cromton engineers") for the body named with that word, else a company workplace ("at the brewery",
   * "at the carrier’s maintenance base") for the company the article is about. Not the speaker's own name.
   */
  function describedEmployer(speaker: Speaker): string | undefined {
    if (speaker.kind !== 'anonymous' && speaker.kind !== 'group') return undefined;
    const at = speaker.mention?.start ?? 0;
    for (const w of speaker.name.match(/(?<![\p{L}])\p{Lu}[\p{L}-]+/gu) ?? []) {
      const named = organisationNamed(w.replace(/[’']s$/u, ''), at);
      if (named) return named;
    }
    const place = INSIDER_WORKPLACE.exec(speaker.name);
    if (!place) return undefined;
    // (the latest name with that head, "… Brewery", else the company the article is about, when it is a company: not a
    // trust, council or agency)
    const head = (place[1] ?? '').split(/\s+/u).pop() ?? '';
    const main = mainCompany();
    return namesWithHead(head, at) ?? (main && !noCompany(main.name) && key(main.name) !== key(speaker.name) ? main.name : undefined);
  }

  /** The article is a sports report: an organisation it names ends in a word only clubs end in ("Rovers", "FC"). */
  function sportsStory(): boolean {
    return (sportsMemo ??= byStart.some((m) => m.kind === 'organization' && SPORTS_CLUB_ENDS.has((m.name.split(/\s+/u).pop() ?? '').toLowerCase())));
  }

  /**
   * The institution that took a decision mentioned at `at`: the latest organisation before it whose name says it is one
   * that decides (a council, court, ministry, regulator …), else the latest organisation, within a few paragraphs.
   */
  function lastOrganisationBefore(at: number, ok: (m: Mention) => boolean): Mention | undefined {
    let anyOrg: Mention | undefined;
    for (let i = firstAtOrAfter(byStart, at) - 1, seen = 0; i >= 0 && seen < 30 && (byStart[i] as Mention).start > at - 2000; i--, seen++) {
      const m = byStart[i] as Mention;
      if (m.kind !== 'organization' || !ok(m)) continue;
      // ("would appeal to the Supreme Court": where a decision may go next did not take it)
      if (APPEAL_TO.test(text.slice(Math.max(0, m.start - 60), m.start))) continue;
      if (DECIDING_BODY.test(m.name)) return m;
      anyOrg ??= m;
    }
    return anyOrg;
  }


  /** "would not", "could not", "won't", "will not" right before the cue: the speaker declines, not denies ("did not"
   *  too: "did not answer questions about …", "did not disclose the amount"). */
  function refusedBefore(cueStart: number): boolean {
    const i = tokenAt(cueStart);
    if (i === undefined || i < 2) return false;
    const not = (tokens[i - 1] as Token).normal;
    const modal = (tokens[i - 2] as Token).normal;
    return (not === 'not' || not === "n't" || not === 'n’t') && ['would', 'could', 'will', 'can', 'wo', 'ca', 'did', 'does', 'do'].includes(modal);
  }

  function isNegated(cueStart: number): boolean {
    const i = tokenAt(cueStart);
    if (i === undefined) return false;
    for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
      const n = (tokens[k] as Token).normal;
      // ("a specialist who has advised other firms but not Corvex, said …": a negator before a comma is another clause's)
      if (/^[,;:()—–]$/u.test(n)) return false;
      if (NEGATORS.has(n)) return true;
    }
    return false;
  }
}


/** Words after a number that make it a share, a tally or a count of seats ("31 percent", "12 seats"). */
const TALLY_AFTER = /^(?:[^\S\n]*%|[^\S\n]+(?:percent|per[^\S\n]+cent|percentage[^\S\n]+points|points|seats|votes)(?![\p{L}]))/iu;

/**
 * Mentions fit to be targets, in text order. A capitalised word alone that the article also writes in lower case
 * ("Families", "Rise", "Department"), a title word alone ("Lady", "Assistant"), a single letter, or a party tag
 * ("D-Md", "R-Ky") names no one; a given name alone ("Donald") is the person whose full name starts with it.
 */
function cleanMentions(text: string, tokens: readonly Token[], sorted: readonly Mention[], namesWithHead: (head: string, at: number) => string | undefined, headlineInText = true): Mention[] {
  const lowerWords = new Set<string>();
  const opensLower = /^\p{Ll}/u; // (once: a literal in the loop is a new RegExp object per token)
  for (const t of tokens) if (opensLower.test(t.text)) lowerWords.add(t.text);
  const surnames = new Set<string>();
  const byGivenName = new Map<string, string>();
  /** A surname's full name, when one person of the article has it (null when more than one does). */
  const bySurname = new Map<string, string | null>();
  for (const m of sorted) {
    if (m.kind !== 'person') continue;
    const words = m.name.split(/\s+/u);
    if (words.length < 2) continue;
    const last = words[words.length - 1] as string;
    bySurname.set(last, bySurname.has(last) && bySurname.get(last) !== m.name ? null : m.name);
    surnames.add(last);
    if (!byGivenName.has(words[0] as string)) byGivenName.set(words[0] as string, m.name);
  }
  // A headline's first word is capitalised whatever it is: one that the article never writes again ("Mine" in "Mine
  // accused of hiding spill") is a common word, not a party. (With no headline in the text, a first word is a sentence's.)
  const headlineEnd = headlineInText ? text.indexOf('\n') : 0;
  const written = new Map<string, number>();
  for (const t of tokens) if (/^\p{Lu}/u.test(t.text)) written.set(t.text, (written.get(t.text) ?? 0) + 1);
  const towns = townNames(text);
  /** The words of the article's names of two words or more ("Arbrick" of "Arbrick Resorts"). */
  const inLongerName = new Set(sorted.filter((m) => /\s/u.test(m.name.trim())).flatMap((m) => m.name.trim().split(/\s+/u)));
  const whereOnly = new Map<string, boolean>();
  let peoples: Set<string> | undefined;
  const out: Mention[] = [];
  let next = 0; // the first token after the mention (mentions and tokens both in text order: one pass)
  for (const original of sorted) {
    // "gave the Leaf Coalition 31 percent": a share, a tally or seats written after a name are not part of it ("Local
    // 727" of a union, with no such word after it, keeps its number).
    const tally = /[^\S\n]+\d[\d.,]*$/u.exec(original.name);
    const m = tally && original.end === original.start + original.text.length && TALLY_AFTER.test(text.slice(original.end, original.end + 16))
      ? { ...original, name: original.name.slice(0, tally.index), text: original.text.replace(/[^\S\n]+\d[\d.,]*$/u, ''), end: original.end - (original.text.length - original.text.replace(/[^\S\n]+\d[\d.,]*$/u, '').length) }
      : original;
    const word = m.name.trim();
    if (PARTY_TAG.test(word)) continue;
    while (next < tokens.length && (tokens[next] as Token).start < m.end) next++;
    if (isPlaceName(text, m, tokens[next])) continue;
    // ("FULL TEXT", "TRANSCRIPT:": a heading in capitals on a line of its own names no party)
    if (HEADING_LINE_BEFORE.test(text.slice(Math.max(0, m.start - 8), m.start)) && HEADING_LINE_AFTER.test(text.slice(m.end, m.end + 8)) && !/\p{Ll}/u.test(m.text)) continue;
    if (m.kind !== 'person' && m.text === word && !/\s/u.test(word) && (headlineEnd < 0 || m.start < headlineEnd) && !/\S/u.test(text.slice(0, m.start)) && (written.get(word) ?? 0) < 2) continue;
    // ("Valdoran copper", "the Valdoran people": a people's adjective before a common noun other than the state's organs
    // or agents, "Valdoran officials", names no party)
    if (m.kind !== 'person' && !/\s/u.test(m.text.trim()) && (peoples ??= peoplesAdjectives(text)).has(m.text.trim()) && tokens[next] && /^\p{Ll}/u.test((tokens[next] as Token).text)
      && /^[^\S\n]+$/u.test(text.slice(m.end, (tokens[next] as Token).start)) && !STATE_AGENTS.has((tokens[next] as Token).normal)) continue;
    // ("Several of Solberg's colleagues", "Two of Yarlfold's former clients": a counting word and "of" before a name are no
    // part of it; the name is the one after them, the person written in full before when the article has one)
    const counted = COUNTED_OF_NAME.exec(word);
    if (counted && COUNTING_WORDS.has((counted[1] as string).toLowerCase())) {
      const rest = counted[2] as string;
      const cut = m.text.lastIndexOf(rest);
      if (cut < 0) continue;
      const full = bySurname.get(rest);
      out.push({ ...m, start: m.start + cut, text: m.text.slice(cut), name: full ?? rest });
      continue;
    }
    // ("to a Spanish club", "an Italian bank": a capitalised word between "a" or "an" and a common noun modifies an
    // unnamed party; it is no party's name)
    if (m.kind !== 'person' && m.text === word && !/\s/u.test(word) && !inLongerName.has(word) && INDEFINITE_BEFORE.test(text.slice(Math.max(0, m.start - 8), m.start))
      && tokens[next] && /^\p{Ll}/u.test((tokens[next] as Token).text) && /^[^\S\n]+$/u.test(text.slice(m.end, (tokens[next] as Token).start))) continue;
    // ("the roof of the North Stand", "the East Wing": a part of a building after "the", read as a person's name, is a
    // place; stance-words buildingPartHeads)
    if (m.kind === 'person' && m.text === m.name && BUILDING_PART_HEADS.has((/\S+$/u.exec(word)?.[0] ?? '').toLowerCase()) && THE_BEFORE.test(text.slice(Math.max(0, m.start - 6), m.start))) continue;
    if (/\s/u.test(word)) { out.push(m); continue; }
    // ("card PINs", "share their PIN": an abbreviation in the plural, or after a possessive, is a thing, not a body)
    if (m.kind !== 'person' && m.text === word && (/^\p{Lu}{2,}s$/u.test(word) || (/^\p{Lu}{2,}$/u.test(word) && POSSESSIVE_BEFORE.test(text.slice(Math.max(0, m.start - 8), m.start))))) continue;
    // ("Security researcher Mina Tal": the title's word, and any description resolved to it, name no body)
    if (m.kind !== 'person' && titleWordOnly(text, word)) continue;
    const lower = word.toLowerCase();
    if (GENERIC_HEADS.has(lower)) {
      // "Council" for "Wimstow City Council", "Association" cut from "Port Pellamy Fishermen’s Association": the latest
      // name with that head, else nothing unless a description stands for it.
      const full = namesWithHead(lower, m.end);
      if (full) out.push({ ...m, name: full });
      else if (m.text.trim() !== word) out.push(m);
      continue;
    }
    // (a day or a month, "Sundays", names no one; "May" as the surname of someone named in full does)
    if ((CALENDAR_WORDS.has(lower) || CALENDAR_WORDS.has(lower.replace(/s$/u, ''))) && !surnames.has(word)) continue;
    if (/^\p{Lu}\.?$/u.test(word) || TITLE_WORDS.has(lower) || CLOSED_CLASS_STARTERS.has(lower) || GROUP_HEADS.has(lower)) continue;
    if (/^\p{Lu}\p{Ll}/u.test(word) && lowerWords.has(lower) && !surnames.has(word)) continue;
    // ("Elections in the region …" where the text writes "election": a sentence's first word, capitalised there alone,
    // whose singular or plural the text writes in lower case, is that common noun)
    if (m.kind !== 'person' && m.text === word && (written.get(word) ?? 0) < 2 && /^\p{Lu}\p{Ll}+$/u.test(word) && !surnames.has(word)
      && (lowerWords.has(singular(lower)) || lowerWords.has(plural(lower))) && SENTENCE_OPENING_BEFORE.test(text.slice(Math.max(0, m.start - 4), m.start))) continue;
    // The town of the dateline, which an organisation may be named after ("Lindenhof" of "Lindenhof Museum of Art"), is
    // a place where the article writes it as one ("stay in Lindenhof"), which takes no stance. (Not as a subject:
    // "Dunham needs homes" may speak of the city's council.)
    if (m.kind !== 'person' && towns.has(word) && LOCATIVE_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start))) continue;
    // A one-word name the article only ever writes as where something happened ("stabbed outside a shop in Kelsworth",
    // "of Drasaven Close, Kelsworth") is a place, no party; one that acts or is spoken of anywhere ("Veradia ends its
    // occupation", "Qarun's government") may stand for its people or government.
    // (once per word: the text is read through for each)
    if (m.kind !== 'person' && m.kind !== 'media' && (whereOnly.get(word) ?? whereOnly.set(word, onlyWhere(text, word)).get(word))) continue;
    // "Modern lights are monitored …": a capitalised word opening a sentence or a quote, written so only there, before a
    // common noun, that reads as an adjective once lowercased, is a word of the sentence, not a name.
    if (m.kind !== 'person' && m.text === word && (written.get(word) ?? 0) < 2 && openingAdjective(text, m, tokens[next])) continue;
    // ("Wage growth is still too strong", "Households and small firms are paying", "Words like these …": a capitalised
    // word of English opening a sentence or a quote, written so only there, before a lower-case word that is no verb, is
    // the sentence's common noun, not a name; "Shell said …", before its verb, may be a body)
    if (m.kind !== 'person' && m.kind !== 'media' && m.text === word && (written.get(word) ?? 0) < 2 && openingCommonNoun(text, m, tokens[next])) continue;
    const full = m.kind === 'person' && !surnames.has(word) ? byGivenName.get(word) : undefined;
    out.push(full ? { ...m, name: full } : m);
  }
  return out;
}
/**
 * The full name of the one body whose name opens with a one-word short name ("Corvallen" → "Corvallen Pharma"), from the
 * bodies the speakers stage named (its mentions and speakers); none when two bodies open with the word, or the longer
 * name goes on with a lower-case word ("Shares of Quorham" is no body called Shares).
 */
function shortBodyNames(text: string, mentions: readonly Mention[], statements: readonly DraftStatement[]): Map<string, string> {
  const bodies = new Set<string>();
  const people = new Set<string>();
  for (const m of mentions) (m.kind === 'organization' || m.kind === 'group' ? bodies : people).add(m.name);
  for (const st of statements) (st.speaker.kind === 'organization' || st.speaker.kind === 'group' ? bodies : people).add(st.speaker.name);
  const byWord = new Map<string, Set<string>>();
  const add = (word: string, name: string): void => { const set = byWord.get(word) ?? new Set(); set.add(name); byWord.set(word, set); };
  for (const name of bodies) {
    const words = name.split(/\s+/u);
    // (capitalised words of letters: "Elbmore 48" from "fines Elbmore 48 million" is no name)
    if (words.length >= 2 && words.every((w) => /^\p{Lu}[\p{L}’'&.-]*$/u.test(w))) add(words[0] as string, name);
  }
  // (a word that opens a person's full name as well is no body's short name alone)
  for (const name of people) { const words = name.split(/\s+/u); if (words.length >= 2) add(words[0] as string, `\u0000${name}`); }
  const out = new Map<string, string>();
  // (nor a people's adjective, "Valdoran" of "Valdoran Copper Producers' Union": "Valdoran copper" is the
  // country's, not the union's)
  const peoples = peoplesAdjectives(text);
  for (const [word, names] of byWord) {
    if (peoples.has(word)) continue;
    const name = [...names][0] as string;
    // (only a word the speakers stage read as a body itself: a town or a nation's name opening a body's is no short name)
    // (nor a state's organ: "Kipstow" alone is the state, not its "Kipstow Foreign Ministry")
    if (names.size === 1 && !name.startsWith('\u0000') && bodies.has(word) && onlyShortFor(text, word, name)
      && !name.toLowerCase().split(/\s+/u).some((w) => STATE_ORGANS.has(w))) out.set(word, name);
  }
  // A club's or a firm's last word alone ("Rovers" for "Prelton Rovers", "Ashworth" for "Kellam Ashworth"): the short
  // name of the one body whose name ends with it, when the article writes the word alone or in that name only (not a
  // generic head, "Council", "Trust", nor a state's organ).
  const byHead = new Map<string, Set<string>>();
  for (const name of bodies) {
    const words = name.split(/\s+/u);
    const head = words[words.length - 1] as string;
    if (words.length < 2 || !words.every((w) => /^\p{Lu}[\p{L}’'&.-]*$/u.test(w)) || GENERIC_HEADS.has(head.toLowerCase()) || INSTITUTION_HEADS.has(head.toLowerCase())) continue;
    byHead.set(head, (byHead.get(head) ?? new Set()).add(name));
  }
  for (const [word, names] of byHead) {
    const name = [...names][0] as string;
    if (out.has(word) || names.size !== 1 || peoples.has(word) || !bodies.has(word) || byWord.has(word) || people.has(word)
      || name.toLowerCase().split(/\s+/u).some((w) => STATE_ORGANS.has(w)) || !onlyHeadFor(text, word, name)) continue;
    out.set(word, name);
  }
  return out;
}

/** Whether every capitalised run with `word` in the text is the word alone (after a sentence's opening word at most) or
 *  the full name it ends (`name`), which may open a longer one ("Prelton Rovers Supporters' Trust"). */
function onlyHeadFor(text: string, word: string, name: string): boolean {
  for (const m of capitalisedRunMatches(text, word)) {
    const { before } = m;
    if (before && !hasWord(text, before.toLowerCase())) {
      if (!name.endsWith(` ${word}`) || !name.slice(0, -word.length - 1).endsWith(before)) return false;
    } else if (m.after !== '') return false;
  }
  return true;
}

/** Whether `name` is written at `at` (a party found by its mention), not a carried or guessed party placed there. */
function namedAtIn(text: string, name: string, at: number): boolean {
  return at >= 0 && text.slice(at, at + name.length).toLowerCase() === name.toLowerCase();
}

const WORD_CHAR = /[\p{L}\p{N}’'-]/u;

/** Evidence widened to whole words: a span never starts or ends inside a word ("I have not s" → "I have not seen"). */
export function wholeWords(text: string, ev: Evidence): Evidence {
  if (ev.start === undefined || ev.end === undefined) return ev;
  let start = ev.start;
  let end = ev.end;
  while (start > 0 && WORD_CHAR.test(text[start - 1] ?? '') && WORD_CHAR.test(text[start] ?? '')) start--;
  while (end < text.length && end > 0 && WORD_CHAR.test(text[end] ?? '') && WORD_CHAR.test(text[end - 1] ?? '')) end++;
  return start === ev.start && end === ev.end ? ev : { ...ev, start, end, text: text.slice(start, end) };
}

/** One word after a self-reference, past spaces and quote marks ("had “taken …"), to selfClause. */
const CLAUSE_WORD = /[^\S\n]*(?:["“”‘][^\S\n]*)?([\p{L}\p{N}](?:[\p{L}\p{N}’'-]*[\p{L}\p{N}])?)/uy;
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(WORDS.evidenceClauseOpeners);
const LOOSE_ENDS: ReadonlySet<string> = new Set(WORDS.evidenceLooseEnds);

/**
 * A self-reference ("I", "We", "our") with the words of its clause after it ("We are asking for nothing more than what
 * was agreed"), or before it when it ends the clause ("He trains with us"): what the speaker says of itself, the words
 * a self-report FAVOR was read from, not the pronoun alone. The clause ends at its punctuation, at the end of the
 * statement's content (`until`), before a word that opens the next clause ("… specialists | and we are …") once it has
 * three words, or at 14 words; it never ends on a loose word ("… regulation and that", "… and had": a user read those
 * as fragments), and a quotation it opens is closed ("had “taken proportionate action”").
 */
export function selfClause(text: string, ev: Evidence, until = text.length): Evidence {
  if (ev.start === undefined || ev.end === undefined) return ev;
  const words: Array<{ start: number; end: number; word: string }> = [];
  for (let at = ev.end; words.length < 14;) {
    CLAUSE_WORD.lastIndex = at;
    const m = CLAUSE_WORD.exec(text);
    if (!m || m.index + m[0].length > until) break;
    const word = (m[1] as string).toLowerCase().replace(/’/gu, "'");
    if (words.length >= 3 && CLAUSE_OPENERS.has(word)) break;
    words.push({ start: m.index + m[0].length - (m[1] as string).length, end: m.index + m[0].length, word });
    at = m.index + m[0].length;
  }
  while (words.length && LOOSE_ENDS.has((words[words.length - 1] as { word: string }).word)) words.pop();
  if (words.length) {
    let end = (words[words.length - 1] as { end: number }).end;
    const span = text.slice(ev.start, end);
    const count = (rx: RegExp): number => (span.match(rx) ?? []).length;
    // (an opening mark in the span without its closing one: the closing one, when it follows the last word)
    const open = count(/“/gu) > count(/”/gu) || count(/"/gu) % 2 === 1;
    if (open && /^["”]/u.test(text.slice(end, end + 1)) && end + 1 <= until) end += 1;
    return { ...ev, start: ev.start, end, text: text.slice(ev.start, end) };
  }
  // (a pronoun that ends its clause, "He trains with us,": the clause's words before it, up to 6)
  const before = /(?:[\p{L}\p{N}’'-]+[^\S\n]+){0,6}$/u.exec(text.slice(Math.max(0, ev.start - 200), ev.start))?.[0] ?? '';
  const start = ev.start - before.length;
  return { ...ev, start, end: ev.end, text: text.slice(start, ev.end) };
}

/** A statement's targets with short body names written in full, a short and a full name of one body joined in one row. */
function canonicalTargets(st: DraftStatement, fullName: ReadonlyMap<string, string>): DraftStatement {
  if (!st.targets.some((t) => fullName.has(t.name))) return st;
  // (a short name beside its full one, "Rovers" and "Prelton Rovers", is one party, under the full name, with the
  // stance of the two that takes a side; not beside a body named for its people, "Cromdales" and "Cromdales Pensioners’
  // Action Group", whose possessive says it is another party; nor the speaker itself)
  const names = new Set(st.targets.map((t) => t.name));
  const twoParties = (full: string): boolean => /\p{L}s[’'](?!\p{L})/u.test(full) || key(full) === key(st.speaker.name);
  const merged = new Map<string, Target>();
  for (const t of st.targets) {
    const full = fullName.get(t.name);
    const name = full === undefined || (names.has(full) && twoParties(full)) ? t.name : full;
    const had = merged.get(name);
    if (!had) merged.set(name, name === t.name ? t : { ...t, name });
    else if (had.stance === 'NONE' && t.stance !== 'NONE') merged.set(name, { ...t, name });
  }
  return { ...st, targets: [...merged.values()] };
}

/** Heads of a state's organs (stateOrganHeads). */
const STATE_ORGANS: ReadonlySet<string> = new Set(WORDS.stateOrganHeads);

/**
 * Whether every capitalised run the word is part of in the text is the word alone or the full name: "Rovers" inside
 * "Cordock Rovers", "Tupdock" opening "Tupdock Town Council" as well as "Tupdock Traders’ Association" is
 * the short name of more than one body (or a place's name), not of the one full name. (A capitalised word before it
 * that the text also writes in lower case, "The", "After", opens a sentence and is no part of the name.)
 */
function onlyShortFor(text: string, word: string, name: string): boolean {
  // (found with indexOf, not a pattern compiled per word: search.ts)
  for (const m of capitalisedRunMatches(text, word)) {
    const { before } = m;
    if (before && !hasWord(text, before.toLowerCase())) return false;
    const written = `${word}${m.after}`;
    if (written !== word && !written.startsWith(name)) return false;
  }
  return true;
}

/**
 * For a one-word name at a position, the one longer name of a person, organisation or group that the article wrote
 * before it with that word as its surname (a person's last word), else as its first word ("Kipridge Energy"); undefined
 * when there is none or more than one ("Paul" for "Rand Paul" and "Ron Paul").
 */
/**
 * For a one-word name at a position, the one person's full name the article wrote before it with that word as its
 * surname or given name ("Haldane" or "Victor" for "Victor Haldane"); undefined when there is none or more than one
 * ("Paul" for "Rand Paul" and "Ron Paul"), or when a longer name of a body opens with it too ("Dean" and "Dean Foods").
 * (Bodies are not joined by their first word: that the speakers' stage reads "Shares of Quorham", "Elbmore 48" or
 * "Galham Foreign Ministry" as names made "Quorham", "Elbmore" and "Galham" into the wrong parties.)
 */
function longerNames(text: string, sorted: readonly Mention[], headlineInText = true): (word: string, at: number) => { name: string; kind: Mention['kind'] } | undefined {
  const firstSeen = new Map<string, { name: string; kind: Mention['kind']; at: number; words: string[] }>();
  for (const m of sorted) {
    if (m.kind !== 'person' && m.kind !== 'organization' && m.kind !== 'group') continue;
    const words = m.name.trim().split(/\s+/u);
    if (words.length < 2 || firstSeen.has(m.name)) continue;
    firstSeen.set(m.name, { name: m.name, kind: m.kind, at: m.start, words });
  }
  // (a person's name is capitalised words of letters, written in the body: the headline's "Regulator fines Elbmore 48
  // million" or "… into Ulmwyn Mutual over …" can read as a person)
  const headlineEnd = headlineInText ? text.indexOf('\n') : -1;
  const personLike = (n: { at: number; words: string[] }): boolean => n.at > headlineEnd && n.words.every((w) => /^\p{Lu}[\p{L}’'.-]*$/u.test(w));
  const names = [...firstSeen.values()].filter((n) => n.kind !== 'person' || personLike(n));
  return (word, at) => {
    const before = names.filter((n) => n.at < at);
    if (before.some((n) => n.kind !== 'person' && n.words.includes(word))) return undefined;
    const people = before.filter((n) => n.kind === 'person' && (n.words[n.words.length - 1] === word || n.words[0] === word));
    return people.length === 1 ? people[0] : undefined;
  };
}

const SETTLEMENT_APPOSITION_AFTER = new RegExp(`^,[^\\S\\n]+(?:the|a)[^\\S\\n]+(?:[\\p{Ll}-]+[^\\S\\n]+)?(?:${WORDS.dwellerPlaceNouns.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'u');
let settlementText: string | null = null;
const settlementSeen = new Map<string, boolean>();
/** Whether the text sets the name in apposition with a settlement noun somewhere ("Kumbe, the village nearest the mine",
 *  "Orvel, a small town on the coast"): answered once per name and article. */
function settlementNamed(text: string, name: string): boolean {
  if (text !== settlementText) { settlementText = text; settlementSeen.clear(); }
  let yes = settlementSeen.get(name);
  if (yes === undefined) {
    yes = false;
    for (let at = text.indexOf(name); at >= 0 && !yes; at = text.indexOf(name, at + 1)) {
      if (at > 0 && /[\p{L}]/u.test(text[at - 1] as string)) continue;
      const after = text.slice(at + name.length, at + name.length + 60);
      const m = SETTLEMENT_APPOSITION_AFTER.exec(after);
      // (not "the town council", "the city's planning board": the settlement noun ends the phrase, no body's head after it)
      const next = m ? /^[’']?s?[^\S\n]+(\p{Ll}+)/u.exec(after.slice(m[0].length))?.[1] : undefined;
      yes = m !== null && !/^[’']/u.test(after.slice(m[0].length)) && (next === undefined || !DESCRIBED_BODY_HEADS.has(next));
    }
    settlementSeen.set(name, yes);
  }
  return yes;
}

/** A verb of going before a place: "come to the", "go back to the", "appear before the" (stance-words arrivalVerbs). */
const ARRIVAL_BEFORE = new RegExp(`(?<![\\p{L}])(?:${WORDS.arrivalVerbs.map(escapeRegExp).join('|')})(?:[^\\S\\n]+back)?[^\\S\\n]+(?:to|before|into)[^\\S\\n]+the[^\\S\\n]+$`, 'iu');
const LOCATIVE_BEFORE = /(?<![\p{L}])(?:in|at|near|outside|around|across|to|from)[^\S\n]+$/iu;
/** The city of a dateline ("LINDENHOF (Wire) —", "KESSARA, Valdoria —"), as a name is written ("Lindenhof"). */
function townNames(text: string): Set<string> {
  const towns = new Set<string>();
  const dateline = /(?:^|\n)[^\S\n]*(\p{Lu}[\p{Lu}'’-]+(?:[^\S\n]+\p{Lu}[\p{Lu}'’-]+)*)(?:,[^\S\n]+[\p{Lu}][\p{L}.]*(?:[^\S\n]+[\p{Lu}][\p{L}.]*)*)?[^\S\n]*(?:\([^)\n]{1,40}\)[^\S\n]*)?[—–-]/u.exec(text.slice(0, 2000));
  if (dateline) towns.add((dateline[1] as string).toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase()));
  return towns;
}

/** Where a name is written as the place where something happened: after "in", "at", "near", "outside" …, or after
 *  a street's name and its comma ("of Drasaven Close, Kelsworth"). */
const WHERE_PREPOSITION = /(?<![\p{L}])(?:in|at|near|outside|inside|around|across|throughout)[^\S\n]+$/u;
const WHERE_BEFORE = /(?:(?<![\p{L}])(?:in|at|near|outside|inside|around|across|throughout)|[^\S\n]\p{Lu}\p{Ll}+,)[^\S\n]+$/u;
const WHERE_COORDINATED = /(?<![\p{L}])(?:in|at|near|outside|inside|around|across|throughout)[^\S\n]+\p{Lu}[\p{L}’'-]*,?[^\S\n]+(?:and|or)[^\S\n]+(?:[\p{Ll}-]+[^\S\n]+)?$/u;
/** A central bank's name: a word of one (stance-words centralBankNameWords: "Jaskham Central Bank", "Reserve Bank of
 *  Arland") or "Bank of" and one name ("Bank of Morvania"). */
const CENTRAL_BANK_WORDS = new Set(WORDS.centralBankNameWords);
const centralBankName = (name: string): boolean => /^(?:[Tt]he[^\S\n]+)?Bank[^\S\n]+of[^\S\n]+\p{Lu}[\p{L}’'-]*$/u.test(name)
  || name.toLowerCase().split(/[^\p{L}]+/u).some((w) => CENTRAL_BANK_WORDS.has(w));
/** A verb of leaving a place in flight right before a name ("fled Brella"): stance-words placeLeftVerbs. */
const PLACE_LEFT_BEFORE = new RegExp(`(?<![\\p{L}])(?:${WORDS.placeLeftVerbs.map(escapeRegExp).join('|')})[^\\S\\n]+$`, 'u');
/** What may not stand right before or after a place's name. */
const WHERE_EDGE = /[\p{L}’'-]/u;
/** Whether every time `text` writes `word` alone (not as the first word of a longer name, "Kelsworth General Hospital")
 *  it is where something happened (WHERE_BEFORE), and it does so at least once. */
function onlyWhere(text: string, word: string): boolean {
  let any = false;
  // (found with indexOf, not a pattern compiled per word: search.ts)
  for (const index of boundedWordMatches(text, word, WHERE_EDGE)) {
    const next = text.slice(index + word.length, index + word.length + 3);
    if (/^[^\S\n]+\p{Lu}/u.test(next)) continue; // the first word of a longer name
    const before = text.slice(Math.max(0, index - 40), index);
    // (the last word of a longer name, "Fair Deal Ostrava": a capitalised word before it that the text never writes in
    // lower case, so no sentence's first word)
    const prior = /(\p{Lu}[\p{L}’'-]*)[^\S\n]+$/u.exec(before)?.[1];
    if (prior && !hasWord(text, prior.toLowerCase())) continue;
    // ("sold in Ostrava and neighbouring Dravia": the second of two places after one preposition)
    if (WHERE_COORDINATED.test(before)) { any = true; continue; }
    // ("the besieged city of Brella", "families who fled Brella": a settlement named after its noun, a place left in
    // flight, are places too; the city as a charged body, "accused the city of Brella of …", is not)
    if (SETTLEMENT_OF_BEFORE.test(before) && !settlementAsBody(text, { start: index, end: index + word.length } as Mention)) { any = true; continue; }
    if (PLACE_LEFT_BEFORE.test(before)) continue;
    if (!WHERE_BEFORE.test(before)) return false;
    // (a street's name before the comma must be one: "of Drasaven Close, Kelsworth", not "Ravensholm, Stockwell")
    if (!WHERE_PREPOSITION.test(before)) {
      const street = /(\p{Lu}\p{Ll}+),[^\S\n]+$/u.exec(before);
      if (!street || !PLACE_HEADS.has((street[1] as string).toLowerCase())) return false;
    }
    any = true;
  }
  return any;
}

const PARTY_WORDS: ReadonlySet<string> = new Set(WORDS.partyWordsBeforeTitles);
/** A counting word and "of" opening a mention's name ("Several of Solberg"): group 1 the word, group 2 the name after. */
const COUNTED_OF_NAME = /^(\p{Lu}\p{Ll}+)[^\S\n]+of[^\S\n]+(\p{Lu}[^]*)$/u;
const COUNTING_WORDS: ReadonlySet<string> = new Set(COUNTING_DETERMINERS);
/** "a " or "an " just before a word. */
const INDEFINITE_BEFORE = /(?<![\p{L}])(?:a|an)[^\S\n]+$/u;
/** A lowercase "the " just before a word. */
const THE_BEFORE = /(?<![\p{L}])the[^\S\n]+$/u;
/** The state's organs, agents and acts after a people's adjective ("Valdoran officials", "any Galham attempt to
 *  …"): the state as a party (stance-words stateOrganHeads, stateAgents, stateActs). */
const STATE_AGENTS = new Set([...WORDS.stateOrganHeads, ...WORDS.stateAgents, ...WORDS.stateActs]);
/** A possessive determiner right before a word: "their PIN", "your ID". */
const POSSESSIVE_BEFORE = /(?<![\p{L}])(?:their|your|his|her|our|my)[^\S\n]+$/iu;
/** A title's noun or nouns, then a capitalised name: what follows a title word ("Presidential spokesman Ana Roe"). */
// (not a name's own joining word, "Giro di Haskdale", "Halt the Trawlers", nor a sentence's preposition: those are no titles)
const TITLE_NOUN_THEN_NAME = /^(?:[^\S\n]+(?!(?:of|di|de|da|del|della|du|des|la|le|van|von|der|and|or|for|the|a|an|to|in|on|at|by|from|with)[^\p{L}])\p{Ll}[\p{L}-]*){1,3}[^\S\n]+\p{Lu}/u;
/**
 * A word of English written capitalised only as the first word of a title before a person's name ("Presidential
 * spokesman Ana Roe", "Security researcher Mina Tal"): no body, though an earlier stage took it for one (an
 * affiliation, a mention that a description was resolved to). A made-up name (not in wink's lexicon) stays a body:
 * "Quorham chief executive Ana Roe".
 */
function titleWordOnly(text: string, word: string): boolean {
  // (asked for each statement's speaker and each mention: answered once per word and article)
  if (text !== titleWordText) { titleWordText = text; titleWordSeen.clear(); }
  let seen = titleWordSeen.get(word);
  if (seen === undefined) { seen = titleWordAnswer(text, word); titleWordSeen.set(word, seen); }
  return seen;
}
let titleWordText: string | null = null;
const titleWordSeen = new Map<string, boolean>();

function titleWordAnswer(text: string, word: string): boolean {
  const lower = word.toLowerCase();
  // (a body's head, "Board chair Linda Ingwyn": the board its name or description stands for, cleanMentions)
  // (nor a party named by a word of English, "Labour leader Ana Holm", "Green councillor Ivo Marr")
  if (!/^\p{Lu}\p{Ll}+$/u.test(word) || GENERIC_HEADS.has(lower) || INSTITUTION_HEADS.has(lower) || PARTY_WORDS.has(lower) || !inLexicon(lower)) return false;
  let any = false;
  for (const index of boundedWordMatches(text, word, WHERE_EDGE)) {
    if (!TITLE_NOUN_THEN_NAME.test(text.slice(index + word.length, index + word.length + 60))) return false;
    any = true;
  }
  return any;
}

/** What stands before a sentence's or a quote's first word: a line's start, a full stop and space, an opening quote mark. */
const SENTENCE_OPENING_BEFORE = /(?:^|\n|[.!?][”"’']?[^\S\n]+|[“"‘][^\S\n]*)$/u;

/** Whether a one-word mention opens a sentence or a quote and reads, lowercased with the common noun after it, as an adjective. */
function openingAdjective(text: string, m: Mention, after: Token | undefined): boolean {
  if (!after || after.pos !== 'NOUN' || !/^\p{Ll}/u.test(after.text) || !/^[^\S\n]+$/u.test(text.slice(m.end, after.start))) return false;
  if (!/(?:^|\n|[.!?][”"’']?[^\S\n]+|[“"‘][^\S\n]*)$/u.test(text.slice(Math.max(0, m.start - 4), m.start))) return false;
  const tagged = nlp().readDoc(`${m.text.toLowerCase()} ${after.text}`).tokens().out(nlp().its.pos);
  return tagged[0] === 'ADJ';
}

/** A capitalised word opening a sentence or a quote that lower-cased is a word of English (wink's lexicon), before a
 *  lower-case word, after a space, that is no verb or auxiliary ("Wage growth", "Households and", "Words like"). */
function openingCommonNoun(text: string, m: Mention, after: Token | undefined): boolean {
  if (!after || !/^\p{Ll}/u.test(after.text) || !/^[^\S\n]+$/u.test(text.slice(m.end, after.start)) || !/^\p{Lu}\p{Ll}+$/u.test(m.text)) return false;
  if (!SENTENCE_OPENING_BEFORE.test(text.slice(Math.max(0, m.start - 4), m.start)) || !inLexicon(m.text.toLowerCase())) return false;
  const tagged = nlp().readDoc(`${m.text.toLowerCase()} ${after.text}`).tokens().out(nlp().its.pos);
  return tagged[0] === 'NOUN' && tagged[1] !== 'VERB' && tagged[1] !== 'AUX';
}

/** Capitalised words after a name that make it a place, which takes no stance: "the Tembe River", "Varnington Valley". */
const PLACE_HEADS = new Set(['river', 'lake', 'sea', 'bay', 'gulf', 'strait', 'mountain', 'mountains', 'hills', 'valley', 'island',
  'islands', 'coast', 'peninsula', 'desert', 'forest', 'canal', 'creek', 'reservoir', 'street', 'road', 'avenue', 'square', 'bridge',
  ...WORDS.venueHeads]);
/** Buildings and grounds that are also the name of the body running them ("Dunhorne Wildlife Park", "Hobmere Arena"). */
const VENUE_HEADS = new Set(WORDS.venueHeads);
const STREET_HEADS = new Set(WORDS.streetHeads);
const BUILDING_PART_HEADS: ReadonlySet<string> = new Set(WORDS.buildingPartHeads);
/** "the town of", "the border town of", "the port of": a settlement's noun before its name (stance-words settlementNouns). */
const SETTLEMENT_OF_BEFORE = new RegExp(`(?<![\\p{L}])the[^\\S\\n]+(?:[\\p{Ll}-]+[^\\S\\n]+)?(?:${WORDS.settlementNouns.map(escapeRegExp).join('|')})[^\\S\\n]+of[^\\S\\n]+$`, 'u');

/** A mention that fills its line ("\nFULL TEXT.\n"): blank before it to the line's start, at most a colon or full stop after it. */
const HEADING_LINE_BEFORE = /(?:^|\n)[^\S\n]*$/u;
const HEADING_LINE_AFTER = /^[^\S\n]*[.:]?[^\S\n]*(?:\n|$)/u;
const SETTLEMENT_CHARGED_BEFORE = new RegExp(`(?<![\\p{L}])(?:${WORDS.settlementChargedBefore.map(escapeRegExp).map((w) => w.replace(/ /gu, '[^\\S\\n]+')).join('|')})[^\\S\\n]+the[^\\S\\n]+(?:[\\p{Ll}-]+[^\\S\\n]+)?(?:${WORDS.settlementNouns.map(escapeRegExp).join('|')})[^\\S\\n]+of[^\\S\\n]+$`, 'iu');
const SETTLEMENT_CONDUCT_GAP = new RegExp(`^(?:[^\\S\\n]+(?:${WORDS.settlementConductAuxiliaries.map(escapeRegExp).join('|')}))*[^\\S\\n]+`, 'iu');
/** "accused the city of Bexthorpe of …", "the city of Denton had ignored warnings": the settlement charged, or the subject
 *  of a conduct (a wrongdoing, criticism or blame word right after it and its auxiliaries). */
function settlementAsBody(text: string, m: Mention): boolean {
  if (SETTLEMENT_CHARGED_BEFORE.test(text.slice(Math.max(0, m.start - 60), m.start))) return true;
  const after = text.slice(m.end, m.end + 80);
  const gap = SETTLEMENT_CONDUCT_GAP.exec(after);
  if (!gap) return false;
  const rest = after.slice(gap[0].length);
  return [RX.wrongdoing, RX.criticism, RX.blame].some((rx) => { rx.lastIndex = 0; const c = rx.exec(rest); return c !== null && c.index === 0; });
}

/**
 * A place, not a party: a name before or ending in a place's head word ("the Tembe River", "Drasaven Close"), or a dateline ("KESSARA, Valdoria —" or
 * "KESSARA (Reuters) —" opening a paragraph): the city in capitals and the country after its comma.
 */
function isPlaceName(text: string, m: Mention, after: Token | undefined): boolean {
  if (after && /^\p{Lu}/u.test(after.text) && PLACE_HEADS.has(after.normal) && /^[^\S\n]+$/u.test(text.slice(m.end, after.start))) return true;
  // ("the border town of Drenova", "the port of Varnik", "the village of Holm": a settlement named after its noun)
  // (but not the city as a body that acts or is charged: "accused the city of Bexthorpe of dumping", "the city of Denton
  // had ignored warnings": in North American news the municipal government)
  if (SETTLEMENT_OF_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)) && !settlementAsBody(text, m)) return true;
  // (the head inside the name: "Drasaven Close", "the Jaskington Arena"; of a person's, only a street's head: "Mara Park"
  // may be a person)
  const last = /[^\S\n]\p{Lu}\p{Ll}+$/u.exec(m.name);
  if (last && (m.kind !== 'person' ? PLACE_HEADS : STREET_HEADS).has(last[0].trim().toLowerCase())) return true;
  // (looked for in the 48 characters before the mention only: a dateline's city is short, and a scan back to the line's
  // start would be quadratic on a long unbroken line)
  const from = Math.max(0, m.start - 48);
  const near = text.slice(from, m.start);
  const nl = near.lastIndexOf('\n');
  if (nl < 0 && from > 0) return false;
  const before = near.slice(nl + 1);
  const dateline = /^\p{Lu}[\p{Lu} .'’-]*\p{Lu}\.?$/u;
  if (/^[^\S\n]*$/u.test(before)) return dateline.test(m.text) && /^[^\S\n]*[,(—–]/u.test(text.slice(m.end, m.end + 4));
  // the country after the city: "KESSARA, Valdoria —", "PARIS, France (AP) —"
  const city = /^[^\S\n]*(\p{Lu}[\p{Lu} .'’-]*\p{Lu}),[^\S\n]+$/u.exec(before);
  return city !== null && /^[^\S\n]*(?:\(|—|–|-)/u.test(text.slice(m.end, m.end + 4));
}

/** Words that say what kind of body or crowd something is, not which one ("Association" cut from its name, "Thousands"). */
const GENERIC_HEADS = new Set(['association', 'union', 'federation', 'foundation', 'institute', 'committee', 'commission', 'council',
  'department', 'agency', 'authority', 'company', 'group', 'office', 'league', 'club', 'trust', 'coalition', 'network', 'alliance',
  'society', 'campaign', 'movement', 'ministry', 'board', 'unit', 'service', 'services', 'thousands', 'hundreds', 'millions', 'dozens']);
const PARTY_TAG = /^[DRI]-[\p{Lu}][\p{L}.]*$/u;

const INSTITUTION_HEADS = new Set(['ministry', 'department', 'agency', 'authority', 'council', 'court', 'board', 'regulator', 'watchdog',
  'union', 'federation', 'club', 'hospital', 'university', 'police', 'force', 'army', 'military', 'commission', 'committee', 'government',
  'airport', 'port', 'laboratory', 'lab', 'institute', 'association']);

/** Heads of bodies that are no company, beside INSTITUTION_HEADS (stance-words nonCompanyHeads). */
const NON_COMPANY_HEADS = new Set(WORDS.nonCompanyHeads);

/**
 * A description ("the hospital") stands for a name with its head word. When the name it was resolved to lacks that head
 * ("the hospital" → a bacterium), the latest earlier capitalised name ending in the head is taken instead ("St.
 * Hobling’s University Hospital"), else the description as written: a vaguer target, but not a wrong one.
 */
function checkDescription(m: Mention, namesWithHead: (head: string, at: number) => string | undefined): Mention {
  const d = /^(?:the|this)\s+([\p{Ll}-]+)$/iu.exec(m.text);
  if (!d) return m;
  const head = (d[1] ?? '').toLowerCase();
  // Generic heads ("the company", "the group") name no kind of institution: their resolution is kept.
  if (!INSTITUTION_HEADS.has(head)) return m;
  if ((HEAD_SYNONYMS[head] ?? [head]).includes(headOfName(m.name))) return m;
  return { ...m, name: namesWithHead(head, m.start) ?? m.text.replace(/^(?:the|this)\s+/iu, '') };
}

/**
 * What follows a word in a full name written out: one to three capitalised words ("Varnington" + " Robotics"), anchored where
 * it is tried. One pattern for every word: a pattern per word (the word, then this) compiled a RegExp, with its native
 * code, for every distinct word an article asked about, and a cache of 5,000 of them held ~25 MB of a thread's heap.
 */
const FULL_NAME_TAIL = /(?:[^\S\n]+[\p{Lu}][\p{L}&.-]*){1,3}(?![\p{L}’'])/uy;
/** A letter ends `text` (its last code point): what `(?<![\p{L}])` rejects before a match. */
const ENDS_IN_LETTER = /\p{L}$/u;
/**
 * `word` at `at` of `text` (where it stands: the caller found it there) and the capitalised words after it, or null: the
 * match of `(?<![\p{L}])<word>(?:[^\S\n]+[\p{Lu}][\p{L}&.-]*){1,3}(?![\p{L}’'])` tried at `at`.
 */
function fullNameAt(text: string, word: string, at: number): string | null {
  if (at > 0 && ENDS_IN_LETTER.test(text.slice(Math.max(0, at - 2), at))) return null;
  FULL_NAME_TAIL.lastIndex = at + word.length;
  const tail = FULL_NAME_TAIL.exec(text);
  return tail ? word + tail[0] : null;
}

/** The head word of a name, lowercased: the last word, or the first before "of" ("Ministry of Defence"). */
function headOfName(name: string): string {
  const words = name.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
  const of = words.indexOf('of');
  return (of > 0 ? words[of - 1] : words[words.length - 1]) ?? '';
}

/**
 * For a head ("hospital"), the latest capitalised name ending in it before a position, within a few paragraphs ("St.
 * Hobling’s University Hospital"). Each head's names are found in one pass over the text, on first use.
 */
function headNameIndex(text: string): (head: string, at: number, prefer?: (name: string) => boolean, ahead?: number) => string | undefined {
  const byHead = new Map<string, Array<{ at: number; name: string }>>();
  return (head, at, prefer, ahead) => {
    let list = byHead.get(head);
    if (!list) {
      list = [];
      // Find the capitalised head words with a plain pattern, then read the name that ends there from a short window.
      // (indexOf, not a RegExp made per article and head: compiling it cost more than the search)
      // (the pattern only when the text writes the head capitalised: most descriptions' heads, "the morning", it never
      // does, and making a pattern that no text is run through cost more than the whole look-up)
      const written = literalWordMatches(text, (HEAD_SYNONYMS[head] ?? [head]).flatMap(capitalised));
      const names = written.length ? headNamePattern(head) : null;
      for (const w of written) {
        if (!names) break;
        const from = Math.max(0, w.index - 80);
        const window = text.slice(from, w.end + 40);
        names.lastIndex = 0;
        for (let x = names.exec(window); x; x = names.exec(window)) {
          // (the head word, then at most a corporate tail: "Harwood Brewing Company" for "the brewery")
          if (from + x.index + x[0].length - (x[2] ?? '').length !== w.end) continue;
          const name = `${x[1] ?? ''}${x[2] ?? ''}`.replace(/^(?:(?:of|for|and|&)\s+)+/u, '').replace(/^The\s+/u, '');
          if (/\s/u.test(name)) list.push({ at: from + x.index, name });
          break;
        }
      }
      // A name whose head comes first, before its "of"/"for" ("Ministry of Defence", "Department for Transport",
      // "Court of Appeal"): the name's head word is the description's as much as in "Interior Ministry".
      headFirstNames(head, text, list);
      list.sort((a, b) => a.at - b.at);
      byHead.set(head, list);
    }
    const lo = firstIndex(list.length, (i) => (list[i] as { at: number }).at < at);
    const last = list[lo - 1];
    // (asked to look ahead, and no name with the head before: the first one named within `ahead` characters after)
    if (!last && ahead !== undefined) {
      const next = list[lo];
      return next && next.at > at && next.at <= at + ahead ? next.name : undefined;
    }
    if (!last || last.at <= at - 5000) return undefined;
    // (of the last few names with the head, the first that `prefer` accepts: "the club" where the paragraph speaks of
    // "Mabbury" is Mabbury FC, even when Obbstow Athletic was named after it)
    if (prefer) {
      for (let i = lo - 1; i >= 0 && i >= lo - 4 && (list[i] as { at: number }).at > at - 5000; i--) {
        if (prefer((list[i] as { name: string }).name)) return (list[i] as { name: string }).name;
      }
    }
    return last.name;
  };
}

/** "Ministry of Defence", "Department for Transport", "Office of the Data Commissioner": a capitalised head word, "of" or
 *  "for", then one to four capitalised words (with an inner "and", "of", "&"); not inside a longer name ("Kipsett Museum
 *  of World Cultures" is read whole, by its last word). One pattern for every head, made on first use (group 2 is the head word, checked
 *  by the caller): a pattern per head, kept in a map, held the compiled code of one large RegExp for every description
 *  head a feed ever used (peak RSS +50-70 MB on the 5 MB bench corpus). */
let headFirstName: RegExp | undefined;
const headFirstNameSticky = (): RegExp => (headFirstName ??= new RegExp(`(?<![\\p{L}])(?<!(?<![\\p{L}])(?!(?:${SENTENCE_OPENERS.join('|')})[^\\S\\n])[\\p{Lu}][\\p{L}’'.-]*[^\\S\\n]+)(([\\p{Lu}][\\p{L}-]*)[^\\S\\n]+(?:of|for)[^\\S\\n]+(?:the[^\\S\\n]+)?[\\p{Lu}][\\p{L}-]*(?:[^\\S\\n]+(?:(?:and|of|for|&)[^\\S\\n]+)?[\\p{Lu}][\\p{L}-]*){0,3})(?![\\p{L}])`, 'uy'));
/** One character: a space that is no line break (the patterns' [^\S\n]); a unit of a word of letters and hyphens (a
 *  surrogate half too, for a letter outside the BMP). */
const INLINE_SPACE = /^[^\S\n]$/u;
const WORD_UNIT = /^[\p{L}\-\uD800-\uDFFF]$/u;
const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;
/** Every head-first name of a text with its head word, in order: the first match at each position (a match is passed by
 *  one character, so a name inside it is still seen). Kept for the latest text: an article asks for it once per head. */
let headFirstScan: { text: string; names: { at: number; name: string; head: string }[] } | undefined;
function headFirstNamesOf(text: string): { at: number; name: string; head: string }[] {
  if (headFirstScan?.text === text) return headFirstScan.names;
  const names: { at: number; name: string; head: string }[] = [];
  // The scan tried the pattern at every place of the text (a match passed by one character), so its matches are the
  // places where the pattern matches. A match is a capitalised word, spaces, then "of" or "for": it starts inside the
  // run of letters and hyphens that ends right before the spaces before an "of"/"for", so only those places are tried,
  // each with the sticky copy of the pattern (same matches, in order, at a fraction of the cost).
  const rx = headFirstNameSticky();
  const tried = new Set<number>();
  for (let q = text.indexOf('f'); q >= 0; q = text.indexOf('f', q + 1)) {
    const word = text.charAt(q - 1) === 'o' ? q - 1 : text.startsWith('fo', q) && text.charAt(q + 2) === 'r' ? q : -1;
    if (word < 1 || !INLINE_SPACE.test(text.charAt(word - 1))) continue;
    let end = word - 1;
    while (end > 0 && INLINE_SPACE.test(text.charAt(end - 1))) end--;
    const starts: number[] = [];
    for (let p = end - 1; p >= 0 && WORD_UNIT.test(text.charAt(p)); p--) starts.push(p);
    for (let i = starts.length - 1; i >= 0; i--) {
      const p = starts[i] as number;
      // (a place inside a surrogate pair is no place a pattern with the u flag starts at)
      if (tried.has(p) || (isLowSurrogate(text.charCodeAt(p)) && p > 0 && isHighSurrogate(text.charCodeAt(p - 1)))) continue;
      tried.add(p);
      rx.lastIndex = p;
      const x = rx.exec(text);
      if (x) names.push({ at: x.index, name: x[1] as string, head: x[2] as string });
    }
  }
  names.sort((a, b) => a.at - b.at);
  headFirstScan = { text, names };
  return names;
}
/** The head-first names of `head` in `text`, in order. */
function headFirstNames(head: string, text: string, out: { at: number; name: string }[]): void {
  const forms = new Set((HEAD_SYNONYMS[head] ?? [head]).flatMap(capitalised));
  for (const n of headFirstNamesOf(text)) if (forms.has(n.head)) out.push({ at: n.at, name: n.name });
}

/** A head word as a name writes it: capitalised ("Rovers"), and a short one also in capitals ("FC", "AFC"). */
function capitalised(h: string): string[] {
  const cap = h[0]!.toUpperCase() + h.slice(1);
  return h.length <= 3 ? [cap, h.toUpperCase()] : [cap];
}

/** How far after a description ("the port authority") the name it stands for may come when none came before. */
const NAMED_AHEAD = 1500;
/** Words closing a company's name after its trade word, as names write them (stance-words corporateNameTails). */
const CORPORATE_TAILS = new Set(WORDS.corporateNameTails.map((w) => w.toLowerCase()));
/** headNamePattern's patterns, the least recently used first (a Map keeps insertion order; a hit is moved to the end). */
const headPatterns = new Map<string, RegExp>();
/**
 * How many head patterns a thread keeps. A description's head is any noun an article uses ("the strain", "the
 * morning"), and each pattern holds ~36 KB of compiled code and data (measured: 27 KB code space and 9 KB old space per
 * pattern under --no-regexp-tier-up), so a map of every head grew with a feed's vocabulary: 525 heads on the 5 MB bench
 * corpus (1,582 articles), ~19 MB per analysing thread. The heads a corpus uses most stay: replaying that corpus's 19,425
 * look-ups, 128 patterns compile 862 times instead of 525 (~1.1 ms each).
 */
const HEAD_PATTERNS_MAX = 128;
/**
 * Capitalised names ending in one of the head's words. Words of a name are separated by spaces, never by a line break (a
 * headline is no part of the next paragraph's name); the head ends the name ("Police" in "Police Standards Commission"
 * is no police force).
 */
function headNamePattern(head: string): RegExp {
  const cached = headPatterns.get(head);
  if (cached) {
    headPatterns.delete(head);
    headPatterns.set(head, cached);
    return cached;
  }
  const heads = HEAD_SYNONYMS[head] ?? [head];
  // (a corporate tail after a head that is no such word itself: "Harwood Brewing Company", never "Harlow Company Ltd"
  // for "the company", whose own words are its synonyms)
  const tails = heads.some((h) => CORPORATE_TAILS.has(h.toLowerCase())) ? [] : WORDS.corporateNameTails;
  const tail = tails.length ? `((?:[^\\S\\n]+(?:${tails.map(escapeRegExp).join('|')})(?![\\p{L}])))?` : '';
  const names = new RegExp(`(?<![\\p{L}])((?:(?:St\\.|[\\p{Lu}][\\p{L}-]*(?:[’']s)?|of|for|and|&)[^\\S\\n]+){0,5}(?:${heads.flatMap(capitalised).map(escapeRegExp).join('|')}))(?![\\p{L}])${tail}(?![^\\S\\n]+\\p{Lu})`, 'gu');
  if (headPatterns.size >= HEAD_PATTERNS_MAX) headPatterns.delete(headPatterns.keys().next().value as string);
  headPatterns.set((` ${head}`).slice(1), names); // a copy: the key must not keep its article alive
  return names;
}

/** Endings that make a people's adjective from a place name, each with the endings of the name it comes from. */
const DEMONYM_ENDINGS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['ian', ['', 'ia', 'y', 'e', 'a']], ['an', ['a', '']], ['ese', ['', 'a']], ['i', ['']], ['ish', ['', 'land']], ['ic', ['', 'y']],
];
/** The word after a people's adjective that makes it the state: "Kipstow| officials". */
const STATE_AFTER = /^[^\S\n]+(government|officials|authorities|administration)(?![\p{L}])/u;
/** Heads of a phrase that stands for a country's state: "Kipstow officials", "Jaskana’s government". */
const STATE_HEADS = /^(?:the\s+)?(\p{Lu}[\p{L}-]+?)(?:[’']s)?(?:\s+(government|officials|authorities|administration|state))?$/u;

/** The peoples' adjectives the article writes beside their country's name ("Marvosian" where "Marvosia" is written too),
 *  read from the article's capitalised words as nationNames reads them. */
function peoplesAdjectives(text: string): Set<string> {
  const counts = new Set<string>();
  const word = /(?<![\p{L}’'-])\p{Lu}\p{Ll}+(?![\p{L}-])/gu;
  for (let m = word.exec(text); m; m = word.exec(text)) counts.add(m[0]);
  const out = new Set<string>();
  for (const adj of counts) {
    for (const [ending, bases] of DEMONYM_ENDINGS) {
      if (!adj.endsWith(ending) || adj.length - ending.length < 3) continue;
      const stem = adj.slice(0, -ending.length);
      if (bases.map((b) => stem + b).some((c) => c !== adj && counts.has(c))) { out.add(adj); break; }
    }
  }
  return out;
}

/**
 * A country named by its name or by its people's adjective, both written in the article ("Jaskana" … "Kipstow
 * waters"), whose government the article writes of ("the Kipstow government", "Jaskana’s government"): the country's
 * name, "Jaskana’s government" and "Kipstow officials" are one target, "Kipstow government", the state acting. "The
 * government" alone is left as written: in news it is as often the reporter's own country's. The link is read from the
 * article, one pass over its capitalised words, never from a list of countries.
 */
function nationNames(text: string): (name: string) => string | undefined {
  const counts = new Map<string, number>();
  const word = /(?<![\p{L}’'-])\p{Lu}\p{Ll}+(?![\p{L}-])/gu;
  for (let m = word.exec(text); m; m = word.exec(text)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  /** country name → its adjective */
  const adjectiveOf = new Map<string, string>();
  const countryOf = new Map<string, string>();
  for (const adj of counts.keys()) {
    for (const [ending, bases] of DEMONYM_ENDINGS) {
      if (!adj.endsWith(ending) || adj.length - ending.length < 3) continue;
      const stem = adj.slice(0, -ending.length);
      const country = bases.map((b) => stem + b).find((c) => c !== adj && counts.has(c));
      if (country && !adjectiveOf.has(country)) { adjectiveOf.set(country, adj); countryOf.set(adj, country); break; }
    }
  }
  if (adjectiveOf.size === 0) return () => undefined;
  // Only a country whose government the article writes of ("the Kipstow government", "Jaskana’s government") gets the
  // government as its target; elsewhere the country's name and its people's words stay as written.
  const governed = new Set([...adjectiveOf].filter(([country, adj]) => new RegExp(`(?<![\\p{L}])(?:${escapeRegExp(adj)}|${escapeRegExp(country)}[’']s)\\s+government(?![\\p{L}])`, 'u').test(text)).map(([country]) => country));
  if (governed.size === 0) return () => undefined;
  const canonical = (country: string): string => `${adjectiveOf.get(country) as string} government`;
  return (name) => {
    const m = STATE_HEADS.exec(name.trim());
    if (!m) return undefined;
    const w = m[1] as string;
    const country = adjectiveOf.has(w) ? w : countryOf.get(w);
    if (country === undefined || !governed.has(country)) return undefined;
    // "Jaskana’s government", "Kipstow officials", "Jaskana"; not "Kipstow’s" nor "Jaskana officials", and not the
    // adjective alone ("Kipstow" cut from "Kipstow waters" or "the Kipstow coast guard" is no state of its own)
    if (/[’']s/u.test(name) ? w !== country : (m[2] ? w === country : w !== country)) return undefined;
    return canonical(country);
  };
}

/**
 * A negation denies a wrongdoing only when it governs it: before it, apart from it, at most three words away in the same
 * clause ("did not violate", "never knowingly misled"). "were not honest" is itself the accusation, and "had never been
 * made to answer for neglecting …" negates something else.
 */
function negates(text: string, negation: Evidence, wrong: Evidence): boolean {
  if (negation.end! > wrong.start!) return false;
  return /^\s*(?:[\p{L}’'-]+\s+){0,3}$/u.test(text.slice(negation.end!, wrong.start!));
}

/** Capitalised words, then at most three lowercase ones, right before a name: "Deputy Interior Minister ", "Galworth chief executive ". */
/** "Republican candidate ", "the Democrat ": a capitalised word, then up to three lowercase title words, right before a
 *  person's name (the word is read as a party label by isPartyLabel). */
const PARTY_LABEL_BEFORE_NAME = /(?<![\p{L}])(\p{Lu}\p{Ll}+)(?:[^\S\n]+[\p{Ll}-]+){0,3},?[^\S\n]+$/u;
const TITLE_BEFORE_NAME = /((?:[\p{Lu}][\p{L}.-]*[^\S\n]+){1,4})(?:[\p{Ll}-]+[^\S\n]+){0,3}$/u;

/** "The authority’s deputy director, ", "Hobhorne's chief executive, ": a possessor, then a role of one to four lowercase words. */
const POSSESSOR_BEFORE_NAME = /(?<![\p{L}])(?:the[^\S\n]+)?([\p{L}-]+)[’']s[^\S\n]+(?:[\p{Ll}-]+[^\S\n]+){0,3}[\p{Ll}-]+,?[^\S\n]+(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?[^\S\n]+)?$/u;
/** "Its chief executive, ", "Its general secretary, ": a sentence's opening "Its" and a role of one to four lowercase words
 *  before a person's name (the body is the subject of the sentence before). */
const COMPANY_ONLY_ROLES: ReadonlySet<string> = new Set(WORDS.companyOnlyRoles);
const PUBLIC_BODY_HEADS: ReadonlySet<string> = new Set(WORDS.publicBodyHeads);
/** "…, its managing director, Gareth Lomley": a lower-case "its" and a role after a comma inside the sentence. */
const ITS_ROLE_INSIDE_BEFORE_NAME = /,[^\S\n]+its[^\S\n]+(?:[\p{Ll}-]+[^\S\n]+){0,3}[\p{Ll}-]+,[^\S\n]+(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?[^\S\n]+)?$/u;
/** "said Ana Kerr, its chief executive.": an "its" and a role in apposition after the name, up to the phrase's end. */
const ITS_ROLE_AFTER_NAME = /^,[^\S\n]+its[^\S\n]+((?:[\p{Ll}-]+[^\S\n]+){0,3}[\p{Ll}-]+)(?=[^\S\n]*(?:[,.;:]|$))/u;
const ITS_ROLE_BEFORE_NAME = /(?:^|[.!?][”"’']?[^\S\n]+|\n)Its[^\S\n]+(?:[\p{Ll}-]+[^\S\n]+){0,3}[\p{Ll}-]+,[^\S\n]+(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?[^\S\n]+)?$/u;
/** "the council leader, ", "Board chair ": an institution's head word, then the role of who leads or speaks for it. */
const HEAD_ROLE_BEFORE_NAME = /(?<![\p{L}])([\p{L}-]+)[^\S\n]+(?:[\p{Ll}-]+[^\S\n]+){0,2}(?:leader|chair|chairman|chairwoman|chairperson|chief|head|director|president|spokesman|spokeswoman|spokesperson|secretary)(?:[^\S\n]+of[^\S\n]+staff)?,?[^\S\n]+$/u;

/** Words of a title that are not part of an organisation's name ("Deputy Interior Minister" → "Interior"). */
const TITLE_WORDS = new Set(['deputy', 'minister', 'secretary', 'chief', 'executive', 'director', 'president', 'vice', 'prime', 'general',
  'senior', 'former', 'acting', 'councillor', 'councilor', 'councilmember', 'mayor', 'chairman', 'chairwoman', 'chair', 'head',
  'commissioner', 'constable', 'dr.', 'dr', 'mr.', 'mr', 'mrs.', 'mrs', 'ms.', 'ms', 'professor', 'prof.', 'the', 'a', 'an', 'lady', 'lord',
  'justice', 'judge', 'sir', 'dame', 'colonel', 'brigadier', 'major', 'captain', 'lieutenant', 'sergeant', 'inspector', 'officer',
  'superintendent', 'governor', 'senator', 'sen.', 'rep.', 'representative', 'congressman', 'congresswoman', 'attorney', 'state',
  'assistant', 'associate', 'managing', 'finance', 'foreign', 'in', 'on', 'at', 'said', 'says', 'told']);

/** Names of bodies that take decisions, rulings and votes. */
const DECIDING_BODY = /(?<![\p{L}])(?:council|court|tribunal|ministry|department|government|authority|commission|committee|board|regulator|agency|parliament|assembly|senate|congress|cabinet|office|unit|panel|federation|league|association)(?![\p{L}])/iu;

/** An inquiry demanded into what a party did: "an investigation into whether", "to examine whether", "a review of how".
 * "look into" only before whether/why: "to look into how it could help the firm expand" asks for help. */
const INQUIRY_INTO = /(?<![\p{L}])(?:look[^\S\n]+into(?=[^\S\n]+(?:whether|why)(?![\p{L}]))|inquiry|enquiry|investigation|investigate|probe|examine|review|audit)(?:[^\S\n]+[\p{Ll}-]+){0,3}?[^\S\n]+(?:into|whether|why|how|of[^\S\n]+how|of[^\S\n]+whether)(?![\p{L}])/u;

/** What a denial rejects is a proposal ("rejected the proposal", "dismissed that proposal as …"). */
const PROPOSAL_REBUTTED = /^[^\S\n]*(?:(?:the|that|this|these|those|its|their|his|her)[^\S\n]+)?(?:[\p{Ll}-]+[^\S\n]+){0,2}?proposals?(?![\p{L}])/iu;

/** A demand asked of a body that acts on others (stance-words authorityAddressees, authorityActions): an optional lead
 * up to a verb of asking ("the union would ask "), the addressee's phrase (group 1), "to" / "should" / "must" or nothing
 * (a subjunctive after "demanded that"), then the action (group 2). */
const AUTHORITY_ASKED = new RegExp(`^(?:[^.;:!?\\n]*?(?<![\\p{L}])(?:ask|asks|asked|asking|urge|urges|urged|urging|call(?:s|ed|ing)?[^\\S\\n]+on|petition(?:s|ed|ing)?|press(?:es|ed|ing)?)[^\\S\\n]+)?((?:[\\p{L}’'.-]+[^\\S\\n]+){0,7}?[\\p{L}’'.-]+)[^\\S\\n]+((?:to|should|must)[^\\S\\n]+)?(?:\\p{Ll}+ly[^\\S\\n]+)?(${WORDS.authorityActions.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'diu');
const TELLING_CUES = new Set(WORDS.tellingCues);
/** A relative clause that tells the one it follows was charged ("…, who had been accused of fraud", "who was sued by"). */
const CHARGED_RELATIVE = /,[^\S\n]+who[^\S\n]+(?:had|has|have)?[^\S\n]*(?:been|was|were|is|are)[^\S\n]+(?:\p{Ll}+ly[^\S\n]+)?(?:accused|charged|criticised|criticized|blamed|sued|fined|sanctioned|indicted)(?![\p{L}])/u;
const ORDER_CUES = new Set(WORDS.orderCues);
const REVERSAL_VERB = new RegExp(`^(?:${WORDS.reversalVerbs.map(escapeRegExp).join('|')})\\p{L}*$`, 'iu');
const OWN_STEP_AFTER = new RegExp(`^[^\\S\\n]+(?:the|its|their|his|her|this|that|these|those)[^\\S\\n]+(?:[\\p{L}-]+[^\\S\\n]+){0,2}?(?:${[...WORDS.decisions, ...WORDS.ownStepNouns].map(escapeRegExp).join('|')})s?(?![\\p{L}])`, 'iu');
/** What may stand between an order's content start and the party ordered: an article and up to three lower-case words
 *  that describe it ("the scooter-rental company Whizzo"), nothing more ("ordered every crane on the plot to halt by X"). */
const ORDERED_OPENING = /^[“"‘']?(?:(?:the|a|an)[^\S\n]+)?(?:\p{Ll}[\p{L}-]*[^\S\n]+){0,3}$/u;
const LAW_NAME = new RegExp(`\\p{Lu}[\\p{L}’'-]*[^\\S\\n]+(?:${WORDS.lawHeads.map(escapeRegExp).join('|')})$`, 'u');
/** What a people's adjective adds to its state's name or stem (stance-words ownDemonymRests). */
const OWN_DEMONYM_REST = new RegExp(`^(?:${WORDS.ownDemonymRests.map(escapeRegExp).join('|')})$`, 'u');
const AUTHORITY_WORD = new RegExp(`(?<![\\p{L}])(?:${WORDS.authorityAddressees.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'iu');
/** Words no addressee's phrase holds: it is a clause, not a noun phrase ("the council said it would review …"). */
const NOT_ADDRESSEE = new RegExp(`(?<![\\p{L}])(?:${WORDS.notAddresseeWords.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'iu');
/** Between the action and a party: words that make the party one the action is done with, for or to. */
/** Right before a party: the words that make it the one a demanded payment or apology goes to (demandBeneficiaryBefore). */
const DEMAND_BENEFICIARY_BEFORE = new RegExp(`(?<![\\p{L}])(?:${WORDS.demandBeneficiaryBefore.map(escapeRegExp).join('|')})[^\\S\\n]+(?:(?:the|its|their|our|his|her)[^\\S\\n]+)?(?:(?:${WORDS.demandBeneficiaryKin.map(escapeRegExp).join('|')})[^\\S\\n]+of[^\\S\\n]+(?:(?:the|its|their|our|his|her)[^\\S\\n]+)?)?(?:[\\p{L}-]+[^\\S\\n]+)?$`, 'iu');
const ACTION_BENEFICIARY_BEFORE = new RegExp(`(?<![\\p{L}])(?:${WORDS.actionBeneficiaryBefore.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'iu');
/** Where a party after the action is one it falls on: its direct object ("order Fenwick Insurance to pay", "block
 * Trump's visit"), after "by" ("logging by Jelwyn", "the permit held by X"), or the holder of what it acts on, after
 * "of" ("suspend the licence of X"). Not a party after any other of-phrase or against/around/at/into/for ("halt the
 * demolition of Harlow Library", "investigate threats against Senator Quinn"). */
const ACTION_PARTY_BEFORE = new RegExp(`^[^\\S\\n]+(?:(?:the|a|an)[^\\S\\n]+)?$|(?<![\\p{L}])by[^\\S\\n]+(?:the[^\\S\\n]+)?$|(?<![\\p{L}])(?:${WORDS.authorityHeldObjects.map(escapeRegExp).join('|')})[^\\S\\n]+of[^\\S\\n]+(?:the[^\\S\\n]+)?$`, 'iu');
/** Where the clause of the action ends: a comma or semicolon, or a clause of condition, time or reason. */
const ACTION_CLAUSE_END = /[,;]|(?<![\p{L}])(?:until|unless|if|while|when|because|before|after|so)(?![\p{L}])/iu;

/** Right before a body a decision may be taken to next: "seek permission to appeal to the", "an appeal before the". */
const APPEAL_TO = /(?<![\p{L}])(?:appeal|appeals|appealed|appealing|challenge|refer|referred|escalate)(?:[^\S\n]+[\p{Ll}]+){0,2}[^\S\n]+(?:to|before|at|with)[^\S\n]+(?:the[^\S\n]+)?$/u;

/** A verb of asking right before its object: "would ask the board", "called on", "to summon", "need". */
const ASKED_BEFORE = /(?<![\p{L}])(?:ask|asks|asked|asking|urge|urges|urged|urging|call(?:s|ed|ing)?[^\S\n]+on|summon(?:s|ed|ing)?|press(?:es|ed|ing)?|demand(?:s|ed|ing)?|require(?:s|d)?|force(?:s|d)?|order(?:s|ed)?|challenge(?:s|d)?|want(?:s|ed)?|need(?:s|ed)?|told|tell)[^\S\n]+(?:the[^\S\n]+)?$/iu;
/** From the party asked to the words of accounting: its name, then "to" (or nothing: "demanded the board explain why"). */
const ASKED_THEN = /^[^,;:.!?\n"“”(]{1,60}?[^\S\n]+(?:to[^\S\n]+)?(?:\p{L}+ly[^\S\n]+)?$/u;

/** A decision verb (or "elected") right before a mention: "fined the Harbour Council", "voted for Lena Pask". */
const DECIDED_ON = new RegExp(`(?<![\\p{L}])(?:${[...WORDS.decisionVerbs, 'elected', 'voted for', 'backed'].map(escapeRegExp).join('|')})[^\\S\\n]+(?:the[^\\S\\n]+)?$`, 'iu');

/** A decision verb in the passive right after a mention: "Yarlfold Water was fined", "the Greens, who were elected". */
const DECIDED_PASSIVE = new RegExp(`^(?:,?[^\\S\\n]+(?:who|which))?[^\\S\\n]+(?:was|were|has[^\\S\\n]+been|have[^\\S\\n]+been|had[^\\S\\n]+been|is|are)[^\\S\\n]+(?:[\\p{Ll}]+ly[^\\S\\n]+)?(?:${[...WORDS.decisionVerbs, 'elected'].map(escapeRegExp).join('|')})(?![\\p{L}])`, 'iu');

/** Decision nouns a court's ruling stands for ("ruled" took "the judgment"). */
const RULINGS = new Set(['judgment', 'judgement', 'verdict', 'ruling']);

/** A decision named by the speaker's own clause, then "but" and the cue: "welcomed the fine but said …". */
const DECISION_BUT = new RegExp(`(?<![\\p{L}])(the[^\\S\\n]+(?:${WORDS.decisions.map(escapeRegExp).join('|')}))(?![\\p{L}])[^.;:!?\\n]{0,40}?[^\\S\\n]but[^\\S\\n]+(?:also[^\\S\\n]+)?$`, 'iu');
/** Decision nouns that stand for any decision taken, whatever the verb the article used for it. */
const GENERIC_DECISIONS = new Set(['decision', 'vote', 'move', 'choice', 'approval']);

const EVENT_DECISIONS = new Set(WORDS.eventDecisions);

/** Between a subject and its verb: nothing but auxiliaries, an adverb or a day ("has approved", "voted", "on Monday approved"). */
const SUBJECT_TO_VERB = /^(?:[^\S\n]+(?:has|have|had|will|would|also|unanimously|narrowly|formally|finally|previously|last|this|on|[\p{Lu}][\p{Ll}]+day))*[^\S\n]+$/u;

/** Between a cue and what the quote before it is about: "said of", "wrote about", "told reporters of". */
const ABOUT_NEXT = /^[^\S\n]+(?:of|about)[^\S\n]+(?:the[^\S\n]+)?(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.?[^\S\n]+)?$/u;
const ABOUT = /^(?:[^\S\n]+[\p{Ll}]+){0,3}[^\S\n]+(?:of|about)[^\S\n]+(?:the[^\S\n]+)?(?:[\p{Ll}-]+[^\S\n]+){0,2}(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.?[^\S\n]+)?$/u;

/** Titles that stand for their holder ("the president"), and how the title is written before a name. */
const TITLE_FORMS: Readonly<Record<string, RegExp>> = {
  president: /(?<![\p{L}])(?<!Vice[^\S\n]+)President[^\S\n]+(?:[\p{Lu}][\p{L}.'’-]*[^\S\n]*){1,3}$/u,
  'vice president': /(?<![\p{L}])Vice[^\S\n]+President[^\S\n]+(?:[\p{Lu}][\p{L}.'’-]*[^\S\n]*){1,3}$/u,
  governor: /(?<![\p{L}])(?:Governor|Gov\.)[^\S\n]+(?:[\p{Lu}][\p{L}.'’-]*[^\S\n]*){1,3}$/u,
  senator: /(?<![\p{L}])(?:Senator|Sen\.)[^\S\n]+(?:[\p{Lu}][\p{L}.'’-]*[^\S\n]*){1,3}$/u,
  mayor: /(?<![\p{L}])Mayor[^\S\n]+(?:[\p{Lu}][\p{L}.'’-]*[^\S\n]*){1,3}$/u,
  'prime minister': /(?<![\p{L}])Prime[^\S\n]+Minister[^\S\n]+(?:[\p{Lu}][\p{L}.'’-]*[^\S\n]*){1,3}$/u,
  chancellor: /(?<![\p{L}])Chancellor[^\S\n]+(?:[\p{Lu}][\p{L}.'’-]*[^\S\n]*){1,3}$/u,
  speaker: /(?<![\p{L}])Speaker[^\S\n]+(?:[\p{Lu}][\p{L}.'’-]*[^\S\n]*){1,3}$/u,
  congressman: /(?<![\p{L}])(?:Rep\.|Representative|Congressman)[^\S\n]+(?:[\p{Lu}][\p{L}.'’-]*[^\S\n]*){1,3}$/u,
  congresswoman: /(?<![\p{L}])(?:Rep\.|Representative|Congresswoman)[^\S\n]+(?:[\p{Lu}][\p{L}.'’-]*[^\S\n]*){1,3}$/u,
};
// (a modifier of another office, "the deputy minister", "the former chairman", is not the holder's)
const HELD_OFFICE = new RegExp(`(?<![\\p{L}])(?:the|this)[^\\S\\n]+(?:(?!(?:vice|deputy|former|assistant|acting|interim|new|next)[^\\S\\n])([\\p{Ll}-]+)[^\\S\\n]+)?(${WORDS.heldOffices.map((w) => escapeRegExp(w).replace(/ /gu, '[^\\S\\n]+')).join('|')})(?![\\p{L}])`, 'giu');
const TITLE_DESCRIPTION = /(?<![\p{L}])(?:the|this)[^\S\n]+(vice president|president|governor|senator|mayor|prime minister|chancellor|speaker|congressman|congresswoman)(?![\p{L}])/giu;

/** Cues whose refusal ("would not say", "could not confirm") is a non-answer. */
const ANSWER_CUES = new Set(['say', 'comment', 'confirm', 'disclose', 'discuss', 'reveal', 'elaborate', 'specify', 'answer', 'identify', 'explain']);

/** The empty "it" of a supposition before "wrong to say": "it would be ", "it’d be ", "it might also be " ("it is wrong
 *  to imply that …" asserts a charge against whoever implied it). */
const CONCEDING_SUBJECT = /(?<![\p{L}])it(?:[’']d|[^\S\n]+(?:would|might|could))[^\S\n]+(?:(?:also|equally|simply|just|surely)[^\S\n]+)?be[^\S\n]+(?:(?:quite|equally|simply|just)[^\S\n]+)?[“"‘]?$/iu;
/** A speaker who argues another's case: their position is the client's, not their own. */
/** Before a mention that opens a clause as its subject: the content's start, a quote or a stop, "that", "and", "but",
 *  "client" ("my client Arlo Venn"), with a courtesy title between or not. */
const CLAUSE_OPEN_BEFORE = /(?:^|[“"‘.,;:!?]|(?<![\p{L}])(?:that|and|but|client))[^\S\n]*(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?[^\S\n]+)?$/u;
/** The speaker's own "I" in what they say ("I never spoke to her", "I’ve never met him"). */
const FIRST_PERSON_I = /(?<![\p{L}])I(?:[’'](?:ve|d|m|ll))?(?![\p{L}’'])/u;
const ADVOCATE_ROLES: ReadonlySet<string> = new Set(WORDS.advocateRoles);
const ADVOCATE_ROLE = { test: (role: string): boolean => ADVOCATE_ROLES.has(role.toLowerCase()) };
/** An advocate's word for the party they speak for after a possessive: "her client", "my clients". */
const CLIENT_WORD = new RegExp(`(?<![\\p{L}])(?:his|her|their|my|our)[^\\S\\n]+(?:${WORDS.advocateClientWords.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'iu');
/** Between a charge word and the party it harmed: "too late for Mr ", "unfair to the ", "a burden on ". */
const HARMED_BEFORE = /^[^\S\n]+(?:for|to|on)[^\S\n]+(?:(?:the|its|their|our|his|her|all|those|these)[^\S\n]+)?(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?[^\S\n]+)?$/u;
/** After the party: an infinitive whose doer it is ("wrong for the minister to sign"). */
const INFINITIVE_AFTER = /^[^\S\n]+to[^\S\n]+\p{Ll}/u;
/** An account a party gives, after its possessive ("’s version of events", "’s figures"), ending the phrase. */
const FACT_CLAIMANT_AFTER = new RegExp(`^[’']s[^\\S\\n]+(?:[\\p{Ll}-]+[^\\S\\n]+){0,2}(?:${WORDS.rebuttedFacts.join('|')})(?:[^\\S\\n]*$|[^\\S\\n]*[,;:.“”"]|[^\\S\\n]+(?:of|on|about|over|as)(?![\\p{L}]))`, 'u');
/** After a name used as a modifier: the noun of its account, whatever follows ("the Tessian account was …"); not a
 *  charge's noun ("the Harlan allegations": Harlan is the accused). */
const MODIFIER_CLAIMANT_AFTER = new RegExp(`^[^\\S\\n]+(?:[\\p{Ll}-]+[^\\S\\n]+)?(?:${[...WORDS.rebuttedFacts, ...WORDS.modifierAccountNouns].join('|')})(?![\\p{L}])`, 'u');
/** After a party's name: its claim ("’s analysis", "’s allegations") or its claiming so ("claims", "alleges"). Not "says",
 * "knows": a denial cites allies that way too ("the agency said in May the plant was safe", "and the agency knows it"). */
const CLAIMANT_AFTER = new RegExp(`^(?:[’']s[^\\S\\n]+(?:[\\p{Ll}-]+[^\\S\\n]+){0,2}(?:${WORDS.rebutted.join('|')})|[^\\S\\n]+(?:claims|claimed|alleges|alleged)(?![\\p{L}])(?![^\\S\\n]+(?:it|that[^\\S\\n]+it)[^\\S\\n]+(?:had|has|was|is|did)[^\\S\\n]+not))`, 'u');

/** "we"/"I" opening the clause that leads up to a charge ("We got this badly wrong", "…, and I failed them"), with no
 * other party's pronoun on the way ("I think their treatment of us is a disgrace", "we warned them and they got it wrong"). */
const SELF_SUBJECT_BEFORE = /(?:^|[.;:!?][\s“”"]+|,[^\S\n]+and[^\S\n]+|^[“"])(?:we|i)(?![\p{L}’'])(?:(?!(?<![\p{L}])(?:they|them|their|he|him|his|she|her|you|your)(?![\p{L}]))[^.;:!?,])*$/iu;

/** Capitalised words that open a sentence without being a name's first word ("But Ministry of Defence officials …", "In
 *  Department for Transport figures"): a capitalised word just before a head-first name makes it part of a longer name
 *  ("Varnington Museum of Coastal Crafts") only when it is none of these. */
const SENTENCE_OPENERS = ['The', 'A', 'An', 'But', 'And', 'Yet', 'So', 'Still', 'Or', 'Nor', 'Now', 'Then', 'Also', 'When', 'While', 'After',
  'Before', 'Since', 'If', 'As', 'At', 'In', 'On', 'By', 'For', 'From', 'With', 'Under', 'Although', 'Though', 'Because', 'Until', 'Unless',
  'Once', 'Even', 'Only', 'Both', 'Neither', 'Meanwhile', 'Instead'];
/** Nouns a Roman numeral follows as a number, not the pronoun "I": "World War I", "Phase I", "Title I", "Class I". */
const NUMBERED_NOUNS = ['War', 'Phase', 'Title', 'Class', 'Type', 'Stage', 'Grade', 'Level', 'Category', 'Part', 'Chapter', 'Article', 'Section', 'Schedule', 'Tier', 'Volume'];
/** The speaker speaking of themself alone ("I", "I’m", "me", "My", "myself"), not of the body they speak for ("we",
 *  "our"). "I" only as written, a word of its own, and not the numeral of a name: not after a numbered noun ("World War I",
 *  "Phase I") nor after a capitalised word inside a sentence ("King Louis I", "the Olympia I"), nor a letter of an
 *  initialism ("I.B.M."); after a sentence's first word it is the pronoun ("But I", "Yesterday I"). Not "my client": a
 *  lawyer speaks for the client there, as with "his client" in judgeStance. */
/** A first-person plural word: "we", "our", "us" (the body a person speaks for, not the person alone). */
const FIRST_PERSON_PLURAL_WORD = /(?<![\p{L}’'])(?:[Ww]e|[Oo]ur|[Oo]urs|[Uu]s|[Oo]urselves)(?![\p{L}’'])/u;
const FIRST_PERSON_SINGULAR = new RegExp(
  `(?<![\\p{L}’'])[Mm](?:e|y|yself)(?![\\p{L}’'])(?<![Mm]y(?=[^\\S\\n]+clients?(?![\\p{L}])))`
  + `|(?<![\\p{L}\\p{N}’'.-])(?<!(?:(?<![\\p{L}])(?:${NUMBERED_NOUNS.join('|')})|(?<!(?:^|[.!?:;—(“"‘\\n])[^\\S\\n]*)(?<![\\p{L}’'.-])\\p{Lu}[\\p{L}’'.-]*)[^\\S\\n]+)`
  + `I(?:[’'](?:m|ve|d|ll))?(?![\\p{L}\\p{N}-])(?![’'.][\\p{L}])`, 'u');
/** "we" or "us": the speaker among those the content speaks of (a person with no body of their own: "We spent eleven
 *  months on this", a reporter of the team's programme). */
const FIRST_PERSON_SUBJECT = /(?<![\p{L}’'])(?:[Ww]e|[Uu]s)(?![\p{L}])/u;
/** Acts whose content may still lean for or against the ones it names (by TONE_THRESHOLD, tone.ts). */
/** How many targets other than the speaker itself, and how many of them the statement is against and for (the act
 *  model's training reads them as the hook does). */
export function targetStances(targets: readonly Target[]): TargetStances {
  const others = targets.filter((t) => !/:(?:self-|own-position)/u.test(t.evidence?.[0]?.rule ?? ''));
  return { targets: others.length, against: others.filter((t) => t.stance === 'AGAINST').length, favor: others.filter((t) => t.stance === 'FAVOR').length, selfFavor: targets.filter((t) => t.stance === 'FAVOR' && /:(?:self-|own-position)/u.test(t.evidence?.[0]?.rule ?? '')).length };
}

/** Whether a position in a content lies before the agent of a passive that follows it ("had been handed to them by …"). */
function beforePassiveAgent(content: string, at: number): boolean {
  const m = /\b(?:been|was|were|being)[^\S\n]+["“‘']?(?:\p{L}+[^\S\n]+)?\p{L}+(?:ed|en|wn|ght|t)\b[^.;]{0,60}?[^\S\n]by[^\S\n]/u.exec(content.slice(Math.max(0, at)));
  return m !== null;
}
/** The acts an "allege" statement keeps when no charge word of the content decided it (an allegation is a charge). */
const ALLEGED_ACTS: ReadonlySet<string> = new Set(['CLAIM', 'SAY', 'ASSERT', 'ACCUSE']);
const TIE_BREAK_ACTS = new Set<Act>(['SAY', 'ASSERT', 'CLAIM', 'HEDGE']);
/** Before a party: the doer of a charged wrong, "allegations of abuse by (the)", "on the part of (its)" (clauseSubject). */
const DOER_OF_CHARGE = new RegExp(`(?:(?<![\\p{L}])(?:${WORDS.conductCharges.map(escapeRegExp).join('|')})[^\\S\\n]+of[^\\S\\n]+(?:[\\p{Ll}-]+[^\\S\\n]+){1,3}by|(?<![\\p{L}])(?:${WORDS.wrongNounsBeforeDoer.map(escapeRegExp).join('|')})[^\\S\\n]+by|(?<![\\p{L}])on[^\\S\\n]+the[^\\S\\n]+part[^\\S\\n]+of)[^\\S\\n]+(?:(?:the|its|their|his|her)[^\\S\\n]+)?[“"‘]?$`, 'iu');
/** The parts of speech of a noun phrase's words after its first (clauseSubject). */
const NOUN_PHRASE_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'NUM']);

/** "the company", "the firm": a description of a company that names no kind of institution. */
const COMPANY_DESCRIPTION = /^(?:the|this)\s+(?:company|firm)$/iu;
/** "that company", "that firm" in a statement's words (judgeStance reads it as "the company"). */
/** A run of one or two capitalised words (a short name: "Jelwyn", "Mabstow Ridge"), with a possessive. */
const SHORT_NAME_RUN = /(?<![\p{L}’'-])\p{Lu}\p{Ll}{2,}(?:[^\S\n]\p{Lu}\p{Ll}{2,})?(?:[’']s)?(?![\p{L}-])/gu;
const THAT_COMPANY = /(?<![\p{L}])[Tt]hat[^\S\n]+(?:company|firm)(?![\p{L}-])/gu;
/** A definite description as a mention ("the team", "this company"). */
const DESCRIPTION_MENTION = /^(?:the|this)\s+[\p{Ll}-]+$/iu;
/** After a description: the decision it took, "’s decision", "’s vote to …" (stance-words decisions). */
const POSSESSOR_OF_DECISION = new RegExp(`^[’']s[^\\S\\n]+(?:${WORDS.decisions.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'u');
/** Acts that speak against what they are about: no one does them to themselves (an admission is ADMIT). */
const AGAINST_ACTS = new Set<Act>(['ACCUSE', 'CRITICIZE', 'DEMAND', 'QUESTION', 'WARN']);

/**
 * Acts whose party the statement may leave unnamed, read as the party the blame answers (one that spoke against the
 * speaker earlier in the article): blame only ("“There was gross incompetence,” he said"). A warning, a question, a
 * demand, praise or a tone that names no one is not guessed: on the 41 train articles such guesses were right 2 times
 * in 68, and guessing the party named just before or the article's most accused was wrong in a reviewer's four tries
 * of ordinary blame ("It's a scandal that children still go to bed hungry"). (A different reading, impliedParties, gives
 * a question, warning, revelation or demand that names no party the party the article's statements speak against at
 * least twice: a party the article has made plain, not the speaker's guessed opponent.)
 */
const GUESSED_ACTS = new Set<Act>(['ACCUSE', 'CRITICIZE']);
/** A party's mention, then a modal and an inquiry's verb: "the regulator would examine", "Ofwat will review". */
const AUTHORITY_ACTING = new RegExp(`^(?:[\\p{L}’'.-]+[^\\S\\n]+){1,4}?(?:would|will|is[^\\S\\n]+to|was[^\\S\\n]+to|is[^\\S\\n]+going[^\\S\\n]+to|planned[^\\S\\n]+to|plans[^\\S\\n]+to|intends[^\\S\\n]+to)[^\\S\\n]+(?:${WORDS.inquiryActions.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'iu');
/** A verb of support right before a party's name ("support Brandt's appeal", "backed the union's"), stance-words.json. */
const SUPPORT_BEFORE = new RegExp(`(?<![\\p{L}])(?:${WORDS.supportCauseVerbs.map(escapeRegExp).join('|')})[^\\S\\n]+(?:the[^\\S\\n]+)?$`, 'iu');
/** A party's name, "'s" and its adversaries ("Harlan's rival", "Brandt's longtime critics"), stance-words.json. */
const ADVERSARY_AFTER = new RegExp(`^(?:\\p{Lu}[\\p{L}.-]*[^\\S\\n]+){0,4}?\\p{Lu}[\\p{L}.-]*[’']s[^\\S\\n]+(?:\\p{Ll}[\\p{L}-]*[^\\S\\n]+){0,2}?(?:${WORDS.supportCauseAdversaries.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'u');
/** The object of "rejected"/"dismissed" when it is an outcome, offer or step of another party, not a charge: "the
 *  result", "the union's pay offer", "the closure plan" (stance-words rejectedOutcomes). */
const REJECTED_OUTCOME = new RegExp(`^(?:the|this|that|their|his|her|[\\p{Lu}][\\p{L}.’'-]*(?:[^\\S\\n]+[\\p{Lu}][\\p{L}.’'-]*)*[’']s)(?:[^\\S\\n]+[\\p{L}’'-]+){0,2}?[^\\S\\n]+(?:${WORDS.rejectedOutcomes.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'u');
/** A person described by an office ("the governor", "the outgoing president") in the same clause, up to 80 characters
 *  before a possessive pronoun (stance-words heldOffices, governmentRoles, describedOfficeHolders). */
const OFFICE_DESCRIPTION_BEFORE = new RegExp(`(?<![\\p{L}])the[^\\S\\n]+(?:[\\p{Ll}-]+[^\\S\\n]+)?(?:${[...WORDS.heldOffices, ...WORDS.governmentRoles, ...WORDS.describedOfficeHolders].map((w) => escapeRegExp(w).replace(/ /gu, '[^\\S\\n]+')).join('|')})(?![\\p{L}])[^.;!?\\n]*$`, 'u');
/** An obligation right before a word of legitimacy: "must be protected", "the law expects it to be protected"; or a
 *  means that leaves no excuse, "they can afford to protect it" (what another ought to do, no defence of the speaker). */
const OBLIGED_BEFORE = /(?<![\p{L}])(?:must|should|(?:can|could)[^\S\n]+(?:(?:well|easily)[^\S\n]+)?afford[^\S\n]+to|ought[^\S\n]+to|has[^\S\n]+to|have[^\S\n]+to|needs?[^\S\n]+to|expects?[^\S\n]+(?:[\p{L}’'-]+[^\S\n]+){1,3}?to)[^\S\n]+(?:be[^\S\n]+)?(?:[\p{L}-]+ly[^\S\n]+)?$/iu;
/** "would not support", "refused to back": support withheld ("the council would not support Brin's plan"). */
const NEGATED_SUPPORT = new RegExp(`(?<![\\p{L}])(?:not|never|no[^\\S\\n]+longer|refused[^\\S\\n]+to|declined[^\\S\\n]+to|n[’']t)[^\\S\\n]+(?:${WORDS.supportCauseVerbs.map(escapeRegExp).join('|')})[^\\S\\n]+(?:the[^\\S\\n]+)?$`, 'iu');
/** Cues whose object is the party the content goes on to charge or praise: "accused X of …", "blamed X for …". */
const OBJECT_CUES = new Set<string>(WORDS.objectOpeningCues);
/** Cues whose object is the party charged, the charge following in "of"/"for"/"with" ("accused X of …", "charged X with …"). */
const CHARGE_OBJECT_CUES = new Set<string>(WORDS.chargeObjectCues);
/** Where a charge's clause ends: its sentence's end, or a participle clause after a comma (", saying …"). */
const CHARGE_CLAUSE_END = /[.!?][”"’']?(?:\s|$)|[,;][”"’']?[^\S\n]+(?:and[^\S\n]+)?\p{L}+ing(?![\p{L}])/u;
/** A content that opens on the cue's object, a short noun phrase, then the charge's "of"/"for"/"with" (as OBJECT_OPENING);
 *  the object may hold an "of" and a name ("accused the city of Bexthorpe of dumping", "the Department of Health of …"). */
const CHARGE_OBJECT_OPENING = /^(?!(?:[Bb]oth|[Aa]ll|[Ee]ach|[Ee]ither|[Nn]either|[Tt]hem|[Hh]im|[Hh]er|[Ii]t)[^\p{L}])(?:(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Mm]y)[^\S\n]+)?(?:[\p{L}’'&.-]+[^\S\n]+){0,3}?[\p{L}’'.-]+(?:[^\S\n]+of(?:[^\S\n]+the)?(?:[^\S\n]+\p{Lu}[\p{L}’'&.-]*)+)?[^\S\n]+(?:of|for|with)[^\S\n]/u;
/** A content that opens on the cue's object, a short noun phrase, then "of"/"for" ("prosecutors of “…”"); not a word
 *  that points back to parties named before ("accused both of …", "blamed them for …"). */
const OBJECT_OPENING = /^(?!(?:both|all|each|either|neither|them|him|her|it)[^\p{L}])(?:(?:the|its|their|his|her|our|my)[^\S\n]+)?(?:[\p{L}’'-]+[^\S\n]+){0,2}?[\p{L}’'-]+[^\S\n]+(?:of|for)[^\S\n]/iu;

const isBody = (m: Mention): boolean => m.kind === 'organization' || m.kind === 'group';
const isBodyKind = (k: string | undefined): boolean => k === 'organization' || k === 'group';
/** Between an employer and the person's name: a possessive and/or lowercase role words ("’s deputy director, "). */
const EMPLOYER_BEFORE = /^(?:[’']s)?(?:\s+[\p{Ll}-]+){1,4},?\s+(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?$/u;
/** Between the person's name and an employer: ", the " (before "hospital’s …") or ", <role words> of/at/for ". */
const EMPLOYER_AFTER = /^,\s+(?:(?:the|a|an)\s+)?(?:(?:[\p{Ll}-]+\s+){1,4}(?:of|at|for)\s+(?:the\s+)?)?$/u;

/** A news outlet, by its kind or by its name's head ("The Harbour Chronicle" however an earlier stage typed it). */
function isOutlet(name: string, kind: string | undefined): boolean {
  return kind === 'media' || MEDIA_HEADS.has(name.toLowerCase().split(/\s+/u).pop() ?? '');
}

const LEADING_THE = /^the\s+/u; // (made once: a literal here was a new RegExp object per call)
function key(s: string): string { return s.toLowerCase().replace(LEADING_THE, ''); }

/** Every word of `a` is a word of `b`. */
function wordsWithin(a: string, b: string): boolean {
  const wb = new Set(b.split(/[^\p{L}\d]+/u).filter(Boolean));
  const wa = a.split(/[^\p{L}\d]+/u).filter(Boolean);
  return wa.length > 0 && wa.every((w) => wb.has(w));
}

/** Two keys for one body: a one-word key that opens the other or is its head ("council", "harwick city council"). */
function sameName(a: string, b: string): boolean {
  const wa = a.split(/[^\p{L}\d]+/u).filter(Boolean);
  const wb = b.split(/[^\p{L}\d]+/u).filter(Boolean);
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  // its first word ("Hobmere" Market) or its head ("Wimstow City Council"), not a place after "of" ("University of Corbury")
  return short.length === 1 && long.length > 1 && (short[0] === long[0] || short[0] === headOfName(long.join(' ')));
}

/** How far before a reply, in characters, the charge it answers may end: the same or the next paragraph or two. */
const ANSWER_WINDOW = 800;
/** How many words may open a reply before a marker of a plan ("it said on Tuesday it would …"). */
const ANSWER_PLAN_WORDS = 6;
/** Advice or an instruction to others in a statement's first words, its subject no word of the speaker's own side
 *  ("residents should stay indoors", "drivers must not ignore road closures"; not "we must"): stance-words answerAdviceMarkers. */
const ANSWER_ADVICE = new RegExp(`^(?!(?:we|it|i|our|its|the[^\\S\\n]+(?:council|company|firm|agency|authority|department|club|board|trust|service))[^\\p{L}])(?:[^\\s]+\\s+){1,4}?(?:${WORDS.answerAdviceMarkers.map((w) => escapeRegExp(w).replace(/ /gu, '\\s+')).join('|')})(?![\\p{L}])`, 'iu');
const ANSWER_PLAN = new RegExp(`^(?:[^\\s]+\\s+){0,${ANSWER_PLAN_WORDS}}?(?:${WORDS.answerPlanMarkers.map((w) => escapeRegExp(w).replace(/ /gu, '\\s+')).join('|')})(?![\\p{L}])`, 'iu');

/** Whether a target's name is a speaker's name: the same key, a one-word short name of it, or all of one's words among the
 *  other's when both are proper names ("Balling" of "Balling Water"). */
function namesSpeaker(target: string, speaker: string): boolean {
  const a = key(target);
  const b = key(speaker);
  return a === b || sameName(a, b) || (/^\p{Lu}/u.test(target) && /^\p{Lu}/u.test(speaker) && (wordsWithin(a, b) || wordsWithin(b, a)));
}

/**
 * The statements that answer a charge just made against their own speaker (GUIDE decisions 16 and 22: defending one's
 * own conduct in answer to criticism is self-defence, the speaker a FAVOR target even when the content does not name it):
 * a neutral report (SAY) by an organisation or a person, with no party for or against in it, that comes within
 * ANSWER_WINDOW characters after another speaker's statement against that speaker ("Critics said the firm ignored the
 * warnings. The firm said the warnings had been acted on within a day"). Not a plan or forecast the speaker announces
 * ("it would fit new software", "it expects to reopen"): a step it will take answers nothing (GUIDE decisions 20, 49);
 * nor a doubt of its own ("I am not sure …", "I wonder whether …"). `ordered`: the article's judged statements in text order.
 */
export function repliesToCharge(ordered: readonly DraftStatement[]): Set<DraftStatement> {
  const out = new Set<DraftStatement>();
  ordered.forEach((st, i) => {
    if (st.act !== 'SAY' || (st.speaker.kind !== 'organization' && st.speaker.kind !== 'person') || !/^\p{Lu}/u.test(st.speaker.name)) return;
    // (nor a doubt of the speaker's own, "I am not sure the numbers add up", SELF_DOUBT: no defence, as for a self-report)
    if (st.targets.some((t) => t.stance !== 'NONE') || ANSWER_PLAN.test(st.content.text) || SELF_DOUBT.test(st.content.text)) return;
    for (let k = i - 1; k >= 0; k--) {
      const before = ordered[k] as DraftStatement;
      if (before.content.end > st.content.start) continue;
      if (st.content.start - before.content.end > ANSWER_WINDOW) break;
      if (namesSpeaker(before.speaker.name, st.speaker.name)) continue;
      if (before.targets.some((t) => t.stance === 'AGAINST' && namesSpeaker(t.name, st.speaker.name))) { out.add(st); return; }
    }
  });
  return out;
}

/** The acts in which a speaker that others speak against defends its own conduct when its words favour no one
 *  (defendsAgainstCritics): a report, an insistence, a claim, a denial. */
const SELF_DEFENCE_ACTS: ReadonlySet<Act> = new Set<Act>(['SAY', 'ASSERT', 'CLAIM', 'DENY']);

/**
 * The statements by a party under fire that defend it (GUIDE decisions 16 and 22: defending one's own conduct is FAVOR
 * toward oneself): a report, insistence, claim or denial by an organisation or a named person that another speaker of
 * the article speaks against, before or after it and however far (the article is about that party's conduct), when the
 * statement names the speaker for or against nowhere and favours no other party. A plain report (SAY) defends only when
 * it comes after such a charge or negates or restricts (answerNegation): before any charge, "the firm said it employs 300
 * people" answers nothing. repliesToCharge reads the replies that come just after the charge (and may make them
 * denials); these are the rest, whose act is left as it was. Not a plan or a forecast it announces, nor a doubt of its
 * own (as for repliesToCharge). On the read articles (session 30) the rule's targets that a reader also labelled were
 * FAVOR 17 times and AGAINST twice; 52 more were left unlabelled (no cost to stance F1, a FAVOR a reviewer may strike).
 */
export function defendsAgainstCritics(ordered: readonly DraftStatement[], answering: ReadonlySet<DraftStatement> = new Set()): Set<DraftStatement> {
  const out = new Set<DraftStatement>();
  const chargedFirstAt = chargeIndex(ordered);
  for (const st of ordered) {
    if (answering.has(st) || !SELF_DEFENCE_ACTS.has(st.act)) continue;
    if ((st.speaker.kind !== 'organization' && st.speaker.kind !== 'person') || !/^\p{Lu}/u.test(st.speaker.name)) continue;
    if (st.targets.some((t) => t.stance === 'FAVOR' || namesSpeaker(t.name, st.speaker.name))) continue;
    if (ANSWER_PLAN.test(st.content.text) || SELF_DOUBT.test(st.content.text)) continue;
    const first = chargedFirstAt(st.speaker.name);
    // (a plain report defends only after a charge, or when it negates or restricts, as a reply that denies does: withAnswerTarget)
    if (st.act === 'SAY' && !(first < st.content.start) && !answerNegation(st)) continue;
    if (first < Infinity) out.add(st);
  }
  return out;
}

/**
 * Where another speaker first speaks against a party, per party name (Infinity: nowhere), over an article's judged
 * statements. The charges are grouped by who made them against whom, and, per name asked, the first place one by another
 * is made against it: each pair of names is compared once, not once per statement (a long article has thousands of both).
 * `exclude(by)`: charges by this speaker do not count (besides the party's own). `firm`: only charges no weak or guessing
 * rule decided (firmCharge).
 */
function chargeIndex(ordered: readonly DraftStatement[], firm = false): (name: string, exclude?: (by: string) => boolean) => number {
  const charged = new Map<string, { by: string; name: string; first: number }>();
  for (const o of ordered) {
    for (const t of o.targets) {
      if (t.stance !== 'AGAINST' || (firm && !firmCharge(t))) continue;
      const k = `${o.speaker.name}\u0000${t.name}`;
      const g = charged.get(k);
      if (!g) charged.set(k, { by: o.speaker.name, name: t.name, first: o.content.start });
      else if (o.content.start < g.first) g.first = o.content.start;
    }
  }
  // Two names namesSpeaker joins share a word, or one's word is the other's head (sameName): the charges are indexed by
  // those, so a name is compared only with the charges that could name it ('' holds names with no word at all).
  const tokensOf = (name: string): string[] => {
    const words = key(name).split(/[^\p{L}\d]+/u).filter(Boolean);
    return words.length === 0 ? [''] : [...words, headOfName(key(name))];
  };
  const byToken = new Map<string, Set<{ by: string; name: string; first: number }>>();
  for (const c of charged.values()) {
    for (const t of tokensOf(c.name)) {
      const set = byToken.get(t);
      if (set) set.add(c);
      else byToken.set(t, new Set([c]));
    }
  }
  const memo = new Map<string, number>();
  return (name, exclude) => {
    let first = exclude ? undefined : memo.get(name);
    if (first === undefined) {
      first = Infinity;
      for (const t of new Set([...tokensOf(name), ''])) {
        for (const c of byToken.get(t) ?? []) {
          if (c.first < first && !namesSpeaker(c.by, name) && !(exclude?.(c.by) ?? false) && namesSpeaker(c.name, name)) first = c.first;
        }
      }
      if (!exclude) memo.set(name, first);
    }
    return first;
  };
}

/**
 * The statements in which a person who leads or speaks for a body (a chief executive, a director, a spokesperson: not
 * an advocate, whose client is decided apart, GUIDE decision 145) defends the body that another speaker of the article
 * spoke against before it (GUIDE decisions 16 and 22 read with LABELS.md's speaker table: a named spokesperson's
 * statement is made for the body, "Lena Hart, a spokesperson for Norvane"): the body, by the name `bodyFor` gives, is then
 * a FAVOR target. As defendsAgainstCritics for the body itself, with two limits more: the charge comes before the
 * statement, and a plain report (SAY) must negate or restrict (answerNegation) — an announcement or a fact told after a
 * charge ("the company would hire an outside auditor", "he will answer questions from staff") defends nothing. Not when
 * the statement names the body or favours anyone already (the rules read it), nor a plan or a doubt of its own.
 */
export function defendsBodyAgainstCritics(ordered: readonly DraftStatement[], bodyFor: (st: DraftStatement) => string | undefined, answering: ReadonlySet<DraftStatement> = new Set()): Map<DraftStatement, string> {
  const out = new Map<DraftStatement, string>();
  let chargedFirstAt: ReturnType<typeof chargeIndex> | undefined;
  // (the bodies each speaker is given as theirs, read once: a charge by one who speaks for the body is not another's)
  let affiliations: Map<string, Set<string>> | undefined;
  const speaksFor = (by: string, body: string): boolean => {
    if (!affiliations) {
      affiliations = new Map();
      for (const o of ordered) {
        if (o.speaker.affiliation === undefined) continue;
        const set = affiliations.get(o.speaker.name);
        if (set) set.add(key(o.speaker.affiliation)); else affiliations.set(o.speaker.name, new Set([key(o.speaker.affiliation)]));
      }
    }
    return affiliations.get(by)?.has(key(body)) ?? false;
  };
  ordered.forEach((st, i) => {
    if (st.speaker.kind !== 'person' || answering.has(st) || !SELF_DEFENCE_ACTS.has(st.act)) return;
    const role = st.speaker.role ?? '';
    // (a former manager or director no longer speaks for the body: often the insider who tells against it)
    if (!STAFF_SPEAKS_FOR.test(role) || ADVOCATE_ROLE.test(role) || FORMER_ROLE.test(role)) return;
    const body = bodyFor(st);
    if (body === undefined || !/^\p{Lu}/u.test(body) || key(body) === key(st.speaker.name)) return;
    if (st.targets.some((t) => t.stance === 'FAVOR' || namesSpeaker(t.name, body) || namesSpeaker(body, t.name))) return;
    if (ANSWER_PLAN.test(st.content.text) || SELF_DOUBT.test(st.content.text)) return;
    // (nor advice to others, "residents should stay indoors until the water falls")
    if (ANSWER_ADVICE.test(st.content.text)) return;
    // (a charge by the person, or by another who speaks for the same body, is no charge against it by another)
    const own = (by: string): boolean => by === st.speaker.name || speaksFor(by, body);
    if (st.act === 'SAY' && !answerNegation(st)) {
      // (a plain report with no negation defends only as a reply: a charge against the body ends just before it)
      if (replyToBodyCharge(ordered, i, body, own)) out.set(st, body);
      return;
    }
    chargedFirstAt ??= chargeIndex(ordered, true);
    if (chargedFirstAt(body, own) < st.content.start) out.set(st, body);
  });
  return out;
}

/** Whether a statement before `ordered[i]`, ending at most ANSWER_WINDOW characters before it, by a speaker other than
 *  the body and those `own` names, is against `body` (as repliesToCharge reads a reply to a charge). */
function replyToBodyCharge(ordered: readonly DraftStatement[], i: number, body: string, own: (by: string) => boolean): boolean {
  const st = ordered[i] as DraftStatement;
  for (let k = i - 1; k >= 0; k--) {
    const before = ordered[k] as DraftStatement;
    if (before.content.end > st.content.start) continue;
    if (st.content.start - before.content.end > ANSWER_WINDOW) break;
    if (own(before.speaker.name) || namesSpeaker(before.speaker.name, body)) continue;
    if (before.targets.some((t) => t.stance === 'AGAINST' && firmCharge(t) && namesSpeaker(t.name, body))) return true;
  }
  return false;
}

/** An AGAINST target decided by words of the statement, not by a weak or guessing rule (weak-rules.ts: the party the
 *  article speaks against most, a revelation, the tone): a body's defence is read only in answer to such a charge. */
function firmCharge(t: Target): boolean {
  return !(t.evidence ?? []).some((e) => isWeakStanceRule(e.rule));
}

/** The statement with `body`, the body its person speaker speaks for, a FAVOR target (defendsBodyAgainstCritics). */
function withBodyDefence(st: DraftStatement, body: string): DraftStatement {
  return withFavorFirst(st, { name: body, stance: 'FAVOR', evidence: [{ rule: 'stance:favor:body-defends-against-critics', note: 'the body the speaker speaks for is spoken against before in the article' }] });
}

/** The statement with its speaker a FAVOR target, as a party under fire defending itself (defendsAgainstCritics). */
function withSelfDefence(st: DraftStatement): DraftStatement {
  return withFavorFirst(st, { name: st.speaker.name, stance: 'FAVOR', evidence: [{ rule: 'stance:favor:defends-against-critics', note: 'the speaker is spoken against elsewhere in the article' }] });
}

/** The statement with `target` first, in place of a neutral mention when three targets are there already (never of a
 *  party for or against: then the statement stays as it was). */
function withFavorFirst(st: DraftStatement, target: Target): DraftStatement {
  const others = [...st.targets];
  if (others.length >= 3) {
    const neutral = others.map((t) => t.stance).lastIndexOf('NONE');
    if (neutral < 0) return st;
    others.splice(neutral, 1);
  }
  return { ...st, targets: [target, ...others] };
}

/** The statement with its speaker a FAVOR target, as one answering a charge (repliesToCharge): in place of a NONE. */
function withAnswerTarget(st: DraftStatement): DraftStatement {
  const target: Target = { name: st.speaker.name, stance: 'FAVOR', evidence: [{ rule: 'stance:favor:answers-charge', note: 'answers a charge made just before against the speaker' }] };
  const others = st.targets.filter((t) => !namesSpeaker(t.name, st.speaker.name));
  const answered = { ...st, targets: [target, ...others].slice(0, 3) };
  // A reply to the charge that negates or restricts ("it had no trace of any such email", "the figures did not
  // reflect …", "it evicts only as a last resort") denies it (GUIDE decision 22: a defence answering a charge is DENY);
  // one that reports a step or a fact with no negation ("it had stopped selling the model") stays SAY. On the read half
  // of the corpus 6 such replies were DENY and none SAY; on the held-out half 2 and 1 (session 23).
  // (not "only" or "without" before a count, "only three complaints", "without a single serious injury": a record cited
  // in answer, SAY by GUIDE decision 42)
  const neg = answerNegation(st);
  if (!neg) return answered;
  const at = st.content.start + neg.index;
  return { ...answered, act: 'DENY', rules: [...(st.rules ?? []), 'act:answer-negates-charge'], evidence: [...(st.evidence ?? []), { rule: 'act:answer-negates-charge', start: at, end: at + neg[0].length, text: neg[0] }] };
}
/** The first negation or restriction in a statement's own words that is no record cited before a count (ANSWER_NEGATORS). */
function answerNegation(st: DraftStatement): RegExpExecArray | undefined {
  const words = ownWords(st.content);
  return [...words.matchAll(ANSWER_NEGATORS)].find((m) => !(RECORD_COUNTER.test(m[0]) && RECORD_COUNT_AFTER.test(words.slice(m.index + m[0].length))));
}
/** A negation or restriction in a reply to a charge (act-words answerNegators); global, read with matchAll. */
const ANSWER_NEGATORS = (() => {
  const words = actWordEntries('answerNegators').map((w) => escapeRegExp(w).replace(/ /gu, '[^\\S\\n]+').replace(/'/gu, "[’']"));
  // (a contracted "n't" is read inside its word, "didn't"; the others as whole words)
  const [clitics, whole] = [words.filter((w) => w.startsWith('n[')), words.filter((w) => !w.startsWith('n['))];
  return new RegExp(`(?:(?<![\\p{L}’'])(?:${whole.join('|')})${clitics.length ? `|${clitics.join('|')}` : ''})(?![\\p{L}])`, 'giu');
})();
/** The answerNegators that cite a record before a count (act-words recordCounters), and the count after one. */
const RECORD_COUNTER = new RegExp(`^(?:${actWordList('recordCounters')})$`, 'iu');
const RECORD_COUNT_AFTER = new RegExp(`^[^\\S\\n]+(?:\\d|(?:${actWordList('recordCounts')})(?![\\p{L}]))`, 'iu');

/** The acts of a charge or a criticism: the ones whose implied party is against (GUIDE decisions 34 and 78), even over
 *  the stance the statement's own words give a party they name. */
const IMPLIED_PARTY_ACTS: ReadonlySet<Act> = new Set<Act>(['ACCUSE', 'CRITICIZE']);
/** The other acts that speak against what they are about (a question put to a party's conduct, a warning, a revelation,
 *  a demand): their implied party is against only when the statement does not name that party itself, for a party it
 *  names keeps the stance its words give (GUIDE decision 44: the addressee asked to reverse its own decision is NONE). */
const IMPLIED_PARTY_UNNAMED_ACTS: ReadonlySet<Act> = new Set<Act>(['QUESTION', 'WARN', 'REVEAL', 'DEMAND']);

/**
 * The party a statement against someone that names no one for or against is against (GUIDE decisions 34 and 78: a
 * complaint that names no party has the party it is plainly about as an AGAINST target, when the article makes clear
 * who that is): the party the article's statements speak against most often (at least twice; on a tie the one first
 * spoken against), the party the article is about, when the statement is not by that party's side (`sideOf`: the
 * speaker's name and the bodies it speaks for). A charge or criticism (IMPLIED_PARTY_ACTS) takes it whatever it names,
 * beside the other parties it is against (not when it favours one: session 30, stance train 0.7339 -> 0.7396, dev
 * 0.6629 -> 0.6733; the parties such a statement names are as often a victim, a place or a member of staff as the
 * one whose conduct the article complains of);
 * a question, warning, revelation or demand (IMPLIED_PARTY_UNNAMED_ACTS) only when it does not name that party and
 * its words charge someone with something (`chargedIn`: criticism, wrongdoing or a reporter's word of charge). The
 * party need not be named near the statement: an article whose statements speak against one party twice or more is
 * about that party throughout (measured on articles nobody read: wherever in the article, this was right more often
 * than wrong). Without the charge in its words, a question, warning, revelation or demand took the party on any
 * matter ("forecasters warned of heavy rain"): on the read half 272 such targets, 38 of them a gold AGAINST (stance F1
 * scores only gold targets, so the other 234 cost it nothing; review, session 23). `ordered`: the article's judged
 * statements in text order.
 */
export function impliedParties(text: string, ordered: readonly DraftStatement[], sideOf: (speaker: Speaker) => ReadonlyArray<string | null | undefined> = (speaker) => [speaker.name], fullNameOf: (name: string) => string = (name) => name, chargedIn: (st: DraftStatement) => boolean = () => true): Map<DraftStatement, string> {
  const out = new Map<DraftStatement, string>();
  const counts = new Map<string, number>();
  for (const st of ordered) {
    // (a stance the tone, a revelation, an adverse fact or the statement before decided is a guess and counts half; one
    // against a party in a statement of harm befalling it, "he died", "begging for his life", counts not at all: the
    // harmed party is not the one whose conduct the article complains of, and a victim's family's lawyer is not against
    // the victim)
    const harmed = againstHarmedParty(text, st);
    for (const t of st.targets) {
      if (t.stance !== 'AGAINST' || !/^\p{Lu}/u.test(t.name) || harmed.includes(t.name)) continue;
      counts.set(t.name, (counts.get(t.name) ?? 0) + ((t.evidence ?? []).some((e) => isWeakStanceRule(e.rule)) ? 0.5 : 1));
    }
  }
  // (a party the headline names counts once more: a news headline names the party the story is about, and a victim, a
  // place or a speaker's own group that rules misread as against it is seldom in it; session 30, stance train 0.7396 ->
  // 0.7421, dev 0.6733 -> 0.6784)
  const headline = text.slice(0, Math.max(0, text.indexOf('\n')));
  for (const [name, n] of counts) if (inHeadline(headline, name)) counts.set(name, n + 1);
  let main: string | undefined;
  let most = 1;
  // (Map order is the order first spoken against: a later party must be spoken against more often to win; of parties
  // spoken against as often, the first is the one the article is about, as its lead opens on it)
  for (const [name, n] of counts) if (n > most) { main = name; most = n; }
  if (main === undefined) return out;
  const party = main;
  // The statements against the party, grouped by their speaker's side (its name and sideOf), read once: the test of a
  // plain report below went through every statement of the article per statement (quadratic in a long article).
  const sidesOf = (speaker: Speaker): string[] => sideOf(speaker).filter((a): a is string => typeof a === 'string' && a !== '');
  const againstParty = new Map<string, { name: string; sides: string[]; members: DraftStatement[] }>();
  for (const o of ordered) {
    if (!o.targets.some((t) => t.stance === 'AGAINST' && namesSpeaker(t.name, party))) continue;
    const sides = sidesOf(o.speaker);
    const k = JSON.stringify([o.speaker.name, sides]);
    const group = againstParty.get(k);
    if (group) group.members.push(o); else againstParty.set(k, { name: o.speaker.name, sides, members: [o] });
  }
  // (the groups on a speaker's side, per speaker's name and sides)
  const sameSideGroups = new Map<string, Array<{ members: DraftStatement[] }>>();
  for (const st of ordered) {
    const charge = IMPLIED_PARTY_ACTS.has(st.act);
    // (a plain report that names no party at all, by a speaker who speaks against the party in another statement of the
    // article: the speaker's side holds across its statements, as for a party it names, ownOpponentsNamed; "The union
    // accused Tarn Buses of cutting routes. … The union said drivers had been given no breaks since May")
    // (the speaker's side: its name, the body it speaks for or belongs to, sideOf; "The union accused …" then its
    // general secretary's report)
    const onSide = (): Array<{ members: DraftStatement[] }> => {
      const mine = sidesOf(st.speaker);
      const k = JSON.stringify([st.speaker.name, mine]);
      let groups = sameSideGroups.get(k);
      if (groups === undefined) {
        groups = [...againstParty.values()].filter((g) => g.name === st.speaker.name || mine.some((a) => g.sides.some((b) => namesSpeaker(a, b))));
        sameSideGroups.set(k, groups);
      }
      return groups;
    };
    const opponentsReport = st.act === 'SAY' && st.targets.length === 0
      && onSide().some((g) => g.members.some((o) => o !== st));
    if (!charge && !IMPLIED_PARTY_UNNAMED_ACTS.has(st.act) && !opponentsReport) continue;
    // (a charge or criticism against other parties it names is against the party too, "The family said the nurses
    // ignored her" where the article is about the care home: the one whose conduct the article complains of; not one
    // that favours someone, nor one that names the party already)
    const alsoAgainst = charge && !st.targets.some((t) => t.stance === 'FAVOR' || namesSpeaker(t.name, party));
    if (st.targets.some((t) => t.stance !== 'NONE') && !alsoAgainst) continue;
    if (!charge && st.targets.some((t) => namesSpeaker(t.name, party))) continue;
    // (nor a question, warning, revelation or demand whose words charge no one with anything, "a damaging frost was
    // likely", "urged residents to boil water": it is about another matter of the article, not against its party)
    if (!charge && !opponentsReport && !chargedIn(st)) continue;
    // (nor a charge whose content opens on another party it charges, "accused the media of …", "blamed the weather for
    // …": it names its own party, whether or not a name; "accused council members of …" charges the council itself)
    const opening = st.cue !== undefined && st.cue !== null && CHARGE_OBJECT_CUES.has(st.cue.lemma) ? CHARGE_OBJECT_OPENING.exec(st.content.text) : null;
    // (the party's words under its full name: "Dunmore" is "Dunmore City Council", whose "council" the object names)
    const mainWords = fullNameOf(party).toLowerCase().split(/[^\p{L}\d’'&-]+/u);
    if (opening && !opening[0].split(/[^\p{L}\d’'&-]+/u).some((w) => w.length > 2 && mainWords.includes(w.toLowerCase()))) continue;
    // (not the party's own statement, nor one by a person who speaks for it: "our own staff" is its chief executive's)
    if (sideOf(st.speaker).some((side) => typeof side === 'string' && side !== '' && namesSpeaker(party, side))) continue;
    out.set(st, party);
  }
  return out;
}

/** Whether a headline writes a party's name, or the first word of a body's name ("Jelwyn" for "Jelwyn Timber"). */
export function inHeadline(headline: string, name: string): boolean {
  if (headline === '') return false;
  const first = /^\p{Lu}[\p{L}’'-]{3,}(?=[^\S\n])/u.exec(name)?.[0];
  return hasWord(headline, name) || (first !== undefined && hasWord(headline, first));
}

/** The acts whose neutral mention of a party the speaker speaks against elsewhere is against it (ownOpponentsNamed):
 *  a report, and a warning, question, hedge, claim or insistence that names the party with no stance of its own (session
 *  30: stance train 0.7421 -> 0.7427, dev 0.6784 -> 0.6794; not a demand, whose addressee keeps GUIDE decision 44's NONE). */
const OWN_OPPONENT_ACTS: ReadonlySet<Act> = new Set<Act>(['SAY', 'WARN', 'QUESTION', 'HEDGE', 'CLAIM', 'ASSERT']);

/**
 * The parties a plain report (SAY, no party for or against; or another act of OWN_OPPONENT_ACTS) names that its speaker
 * speaks against in another statement of the article: the speaker's side holds across its statements, so a party the
 * speaker has charged or criticised, named again in what the speaker reports, is against there too ("The union accused
 * Tarn Buses of cutting routes. … The union said Tarn Buses had met it twice since May" → Tarn Buses AGAINST in both). A
 * party a rule read as NONE (`stance:none:…`, as "named in another sentence of a denial") keeps it. `ordered`: the
 * article's judged statements.
 */
export function ownOpponentsNamed(ordered: readonly DraftStatement[]): Map<DraftStatement, string[]> {
  const out = new Map<DraftStatement, string[]>();
  const against = new Map<string, Array<{ st: DraftStatement; name: string }>>();
  for (const st of ordered) {
    for (const t of st.targets) {
      if (t.stance !== 'AGAINST') continue;
      const k = key(st.speaker.name);
      const list = against.get(k);
      if (list) list.push({ st, name: t.name }); else against.set(k, [{ st, name: t.name }]);
    }
  }
  for (const st of ordered) {
    if (!OWN_OPPONENT_ACTS.has(st.act) || st.targets.some((t) => t.stance !== 'NONE')) continue;
    const mine = (against.get(key(st.speaker.name)) ?? []).filter((a) => a.st !== st);
    if (mine.length === 0) continue;
    // (not a party the report names only inside a question it leaves open, "was examining whether Luskthorpe had …",
    // "would examine whether the firm had treated customers fairly": what is looked into takes no side yet, as for a
    // refusal to answer, askedAbout)
    const names = st.targets.filter((t) => !(t.evidence ?? []).some((e) => e.rule.startsWith('stance:none:'))
      && mine.some((a) => namesSpeaker(a.name, t.name) || namesSpeaker(t.name, a.name)) && !onlyAskedAbout(st.content.text, t.name)).map((t) => t.name);
    if (names.length > 0) out.set(st, names);
  }
  return out;
}

/** Whether `name` (or its first word) is written in `content` and every mention of it lies after a question word of its clause
 *  ("whether", "how": askedAbout), with no sentence's end between. */
function onlyAskedAbout(content: string, name: string): boolean {
  // (the name as written, else its first word, a body's short name: "Ulmwyn" of "Ulmwyn Mutual")
  const find = (form: string): number[] => {
    const out: number[] = [];
    // (the pattern's matches are among the form's places: none written, none matched, no pattern compiled)
    if (!content.includes(form)) return out;
    for (const m of content.matchAll(new RegExp(`(?<![\\p{L}])${escapeRegExp(form)}(?![\\p{L}])`, 'gu'))) out.push(m.index);
    return out;
  };
  const first = /^\p{Lu}[\p{L}-]{3,}/u.exec(name)?.[0];
  const whole = find(name);
  const at = whole.length > 0 || first === undefined || first === name ? whole : find(first);
  if (at.length === 0) return false;
  return at.every((i) => {
    const before = content.slice(0, i);
    const sentence = before.slice(Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n')) + 1);
    return askedAbout(sentence, sentence.length);
  });
}

/** The statement with the parties `names` (its own NONE targets) AGAINST, as its speaker's opponents (ownOpponentsNamed). */
function withOpponentNamed(st: DraftStatement, names: readonly string[]): DraftStatement {
  return { ...st, targets: st.targets.map((t) => names.includes(t.name) ? { name: t.name, stance: 'AGAINST' as Stance, evidence: [...(t.evidence ?? []), { rule: 'stance:against:own-opponent', note: 'a party the speaker speaks against in another statement' }] } : t) };
}

/** The statement with `party` an AGAINST target, as the party its charge implies (impliedParties). */
function withImpliedTarget(st: DraftStatement, party: string): DraftStatement {
  const target: Target = { name: party, stance: 'AGAINST', evidence: [{ rule: 'stance:against:implied-party', note: 'the party the article speaks against most' }] };
  const others = st.targets.filter((t) => !namesSpeaker(t.name, party));
  // (in place of a neutral mention when three targets are there already)
  const neutral = others.length >= 3 ? others.map((t) => t.stance).lastIndexOf('NONE') : -1;
  if (neutral >= 0) others.splice(neutral, 1);
  return { ...st, targets: [target, ...others].slice(0, 3) };
}

/** Index of the first mention with start >= `pos` (binary search over mentions sorted by start). */
function firstAtOrAfter(sorted: readonly Mention[], pos: number): number {
  return firstIndex(sorted.length, (i) => (sorted[i] as Mention).start < pos);
}

/** Index of the token starting at `start` (binary search: tokens are in text order), if any. */
function tokenStartingAt(tokens: readonly Token[], start: number): number | undefined {
  const lo = firstIndex(tokens.length, (i) => (tokens[i] as Token).start < start);
  return lo < tokens.length && (tokens[lo] as Token).start === start ? lo : undefined;
}

/**
 * A statement goes on from the one before it: the same speaker, a quote of its own, and at most a short paragraph
 * between them (nothing else attributed in between: `previous` is the statement just before in the text).
 */
function continues(previous: DraftStatement, st: DraftStatement): boolean {
  // (quoted words of its own; plain reported speech names what it is about, or is about no one)
  if (st.type === 'indirect' || key(previous.speaker.name) !== key(st.speaker.name)) return false;
  const previousEnd = Math.max(previous.content.end, previous.cue?.end ?? 0);
  const start = Math.min(st.content.start, st.cue?.start ?? st.content.start);
  return previousEnd <= start + 1 && start - previousEnd <= 400;
}


/** A quote that opens with a negated saying ("Nobody is saying the plant must close", own-side.ts) hedges a demand: the
 *  party it names is not defended by it, so no FAVOR read from a denial or a self-defence stays. */
function withoutHedgedDefence(st: DraftStatement): DraftStatement {
  const defence = (t: Target): boolean => t.stance === 'FAVOR' && (t.evidence ?? []).some((e) => /^stance:favor:(?:denial|self-defence)$/u.test(e.rule));
  if (!st.targets.some(defence)) return st;
  return { ...st, targets: st.targets.filter((t) => !defence(t)) };
}
