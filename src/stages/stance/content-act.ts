/**
 * The act a statement's content performs when its cue is neutral ("said", "told", "wrote") and the news vocabulary of
 * stance-words.json decided nothing (GUIDE section 4, decision 7): constructions rather than single words.
 * - DENY: the speaker (or the party it speaks for) as the subject of a negated act or perception ("I did not sign it",
 *   "he had not seen the letter", "the firm had never hidden its role").
 * - CRITICIZE: an evaluation of someone's conduct ("took far too long", "is not acceptable", "bears no relation
 *   to", "should have warned us").
 * - DEMAND: a request or volition aimed at another party ("asked the board to resign", "we want them to pay", "the
 *   minister should apologise", "Don't …").
 * - WARN: risk and consequence ("the real risk is …", "military action is on the table", "will not be tolerated").
 * - PRAISE: a good outcome credited to someone ("has transformed how …", "brought clarity", "brave").
 * - NO_COMMENT: a deflection ("that is a matter for the courts").
 * Pure; every pattern is compiled once and run once over the content, so the cost is linear in its length.
 */
import { z } from 'zod';
import type { Evidence } from '../../model/article-result.js';
import type { Act, SpeakerKind } from '../../model/labels.js';
import actWords from '../../lexicon/act-words.json' with { type: 'json' };
import stanceWords from '../../lexicon/stance-words.json' with { type: 'json' };
import { NOT_AFTER_WORD } from '../../model/word-list-search.js';
import { escapeRegExp } from '../../model/search.js';
import { BmpRegExp } from '../../model/bmp-regexp.js';
import { CALENDAR_WORDS } from '../../lexicon/words.js';

// (this module's patterns are large: on text without surrogates they run as their smaller BMP twins, same matches)
const RegExp = BmpRegExp;
import { TONE_THRESHOLD, toneOf } from './tone.js';

const Phrases = z.array(z.string().min(1).regex(/^[^A-Z]*$/u, 'phrases are lowercase')).min(1);
const ActWords = z.object({
  $comment: z.string().optional(),
  /** Acts and perceptions whose negation with the speaker as subject denies ("did not sign", "had not seen"). */
  selfNegatedVerbs: Phrases,
  /** How an indirect clause names the body its speaker stands for ("the company", "his client"). */
  selfDescriptions: Phrases,
  criticism: Phrases,
  /** A negator right before a criticism or praise phrase cancels it ("not too long ago"). */
  criticismRejectBefore: Phrases,
  /** Verbs by which content reports another party's judgement ("critics called the curfew draconian", "opponents would
   *  argue the bill is unworkable"): a criticism word in their clause is theirs, not the speaker's, unless the subject is
   *  the speaker's "I" or "we" ("I would call it a farce"). */
  othersJudgementVerbs: Phrases,
  /** Someone else's omission ("they should have told us"): criticism; "I should have" is an admission, decided earlier. */
  thirdPartyShouldHave: Phrases,
  praise: Phrases,
  /** Support the speaker gives when it names whom it is for ("full support for the coach", "full confidence in her"). */
  supportGiven: Phrases,
  warning: Phrases,
  /** The speaker's own worry ("I'm worried", "I worry"): a warning only when what it fears is a harm or a risk. */
  worryPhrases: Phrases,
  /** What is "on the table" or "off the table" in a threat ("every option", "nothing", "sanctions"). */
  tableOptions: Phrases,
  riskNouns: Phrases, riskOpeners: Phrases, riskContinuations: Phrases,
  /** "the risk is low", "the risk to the public remains small": reassurance, not a warning. */
  reassurance: Phrases,
  /** "to reduce the risk of", "assessing the risk": managing a risk is no warning. */
  riskRejectBefore: Phrases,
  /** "asked X to …", "urged X to …"; "called for …": requests, when the speaker makes them. */
  requestVerbs: Phrases, callVerbs: Phrases,
  /** "want X to …", "expect X to …": the speaker's will, when aimed at a party. */
  volitionVerbs: Phrases,
  /** Requests in the first person ("we urge", "I am asking"). */
  demandPhrases: Phrases,
  /** Adverbs between the speaker as subject and its verb ("had already asked", "just want"). */
  selfAdverbs: Phrases,
  /** Objects after a request verb that make no request of another party ("asked me to", "asked whether"). */
  nonRequestObjects: Phrases,
  /** Parties a volition or obligation can be aimed at ("we expect the company to …", "the council should …"). */
  partyNouns: Phrases,
  /** "should be noted": the speaker's own comment, no obligation on anyone. */
  shouldRejectVerbs: Phrases,
  /** A polity or its institutions as the party told what it should do ("the country should", "the province should"). */
  polityNouns: Phrases,
  /** What a polity "should" do that is a forecast, no demand ("the country should know by Friday who won"). */
  polityForecastVerbs: Phrases,
  /** A polity's timetable, no demand when a time follows in the clause ("the legislature should finish its session on
   *  Thursday"; "Congress should finish the job" stays a demand). */
  politySchedulePredicates: Phrases,
  /** What a party may have to lead or to fight, and the tasks it is fit for ("the experience to lead"). */
  qualifications: Phrases, qualifiedTasks: Phrases,
  imperativeOpeners: Phrases,
  /** "Don't worry", "Don't get me wrong": formulas, not demands. */
  imperativeReject: Phrases,
  /** "I want you to know": the speaker's own telling, not a request. */
  volitionReject: Phrases,
  /** What a party "owes" someone when the speaker demands it ("owes the families an apology"). */
  oweObjects: Phrases,
  nonAnswer: Phrases,
  /** "a matter for concern" is no deflection. */
  nonAnswerRejectAfter: Phrases,
  /** What the speaker refuses to do in the first person ("I'm not going to answer that", "we won't speculate"). */
  refusalVerbs: Phrases,
  /** What a refusal to "respond to" is about when it is a non-answer ("questions", "the allegations"); not an offer. */
  refusalObjects: Phrases,
  refusalReasons: Phrases,
  /** What a speaker "stands by" when it rebuts a challenge: "everything", "every word", or what it said or did after a
   *  determiner ("its reporting", "the decision"). */
  standByObjects: Phrases, standByThings: Phrases,
  /** What "nobody" did for those affected ("nobody ever told us", "no one had consulted residents"). */
  uninformedVerbs: Phrases,
  /** Sanctions one party threatens on a condition ("would seek damages if …"); `*` stands for one to three words. */
  sanctions: Phrases,
  /** Measures that threaten only when aimed at a party ("would suspend the contract with the firm if …", not "would
   *  suspend flights if the storm worsened"). */
  operationalSanctions: Phrases,
  /** What a party "accepts" when it admits (GUIDE decision 20: "accepted the ruling and would not challenge it"). */
  acceptedFindings: Phrases,
  /** Misfortunes a description may lament without blaming anyone ("the deaths", "the floods", "the mood"). */
  misfortunes: Phrases,
  /** How a speaker says its own conduct kept to the rules ("acted lawfully", "won the contracts on merit"): a defence. */
  conformingConduct: Phrases,
  /** What conduct is "in line with" when it keeps to a rule ("in line with the agreed rules"), not a trend ("with inflation"). */
  conformityNorms: Phrases,
  /** How a body says that what it or its staff did kept to the rules, whoever the clause's subject ("the overflows had
   *  stayed within the terms of its licence", "the night shifts met or exceeded the staffing rules"): a defence. */
  complianceClaims: Phrases,
  /** Before the rule kept to after a compliance verb ("followed the", "followed every"). */
  complianceDeterminers: Phrases,
  /** Verbs by which conduct keeps to a rule named after them ("followed the district's procedures", "followed every
   *  protocol"); the rule is one of conformityNorms or protocols. */
  complianceVerbs: Phrases,
  /** Before a compliance phrase in its sentence, what makes it a request or an expectation of others ("we expect every
   *  club to act within the rules"), no account of conduct. */
  complianceRejectBefore: Phrases,
  /** Adverbs between a speaker-subject and its verb of support ("it fully supported the …"). */
  supportAdverbs: Phrases,
  /** Adverbs before a superior's verb of direction ("had routinely told staff …"). */
  directingAdverbs: Phrases,
  /** Adverbs before "chose" ("had simply chosen to …", "deliberately chose not to …"). */
  choosingAdverbs: Phrases,
  /** Those set over staff whose directions to them a speaker reports ("managers had told staff not to …"). */
  superiors: Phrases,
  /** How a superior directs staff ("told", "instructed", "stopped … from"). */
  directingVerbs: Phrases,
  /** What a party "chose to" do that is a failure to act only in a context of blame ("chose to wait", "chose to delay";
   *  see chosenCulpabilityCues). */
  chosenInactions: Phrases,
  /** What a party "chose to" do that is a fault in itself ("chose to look the other way", "chose to cut corners"). */
  chosenFaults: Phrases,
  /** Words after a choice in its sentence that set it against what should have been done ("chose to spend it … instead"). */
  chosenInsteadWords: Phrases,
  /** Before a choice in its sentence, or after it, what makes a chosen delay or wait a failure: it was warned, it knew,
   *  it had been asked ("had been warned for years but chose to wait"); not a neutral setting ("despite the rain"). */
  chosenCulpabilityCues: Phrases,
  /** After "told … to", a verb that makes the content a forecast for those told, no instruction ("told reporters to
   *  expect delays", "told staff to brace for a hard winter"; judge-stance.ts TOLD_TO_OPENING). */
  toldToForecasts: Phrases,
  /** Those "told … to" who hear the news rather than take orders ("told investors to …", "told reporters to …"). */
  toldToAudiences: Phrases,
  /** How a speaker, the subject of its reported words, gives its support to a party named after the verb ("it
   *  supported the families", "they backed the teachers"). */
  supportVerbs: Phrases,
  /** Words after "was not" that do not name what happened: places, times, figures, additions ("not at", "not only"). */
  recastRejectWords: Phrases,
  /** What a valued thing does when it is lost ("if the plant closes, …", "once they leave, …"), intransitive. */
  lossVerbs: Phrases,
  /** What is lost in a contest, not a loss that warns ("if he loses the vote", "lose the case"). */
  contests: Phrases,
  /** Names that mark an advance, not a fault, when no sentiment word shows it ("a game changer", "a milestone"). */
  positiveNames: Phrases,
  /** Names that charge a fault though no sentiment word shows it ("a warning dressed up as a favour", "a tax on …"). */
  faultNames: Phrases,
  /** What a speaker rejects when it does not accept, recognise or agree with it ("the figures", "that characterisation"). */
  rejectedClaims: Phrases,
  /** What a first-person "never" tells the speaker lived rather than denies ("I have never once been bored", "we never
   *  thought", "I've never seen anything like it"): a denial only in answer to a charge (GUIDE decision 22). */
  experiencesAfterNever: Phrases,
  /** Sanctions whose passive after "never been" denies rather than tells an experience ("we have never been fined"). */
  sanctionsAfterBeen: Phrases,
  /** Emphatic quantifiers after a "never" verb that deny a fact rather than tell an experience ("never seen a single
   *  document", "never received any complaint"). */
  emphaticQuantifiers: Phrases,
  /** Claims that charge the speaker by their nature ("the allegations", "that characterisation"): rejecting one denies. */
  chargeClaims: Phrases,
  /** With rejectedClaims, what a party "rejects", "dismisses" or "disputes" when it answers a charge ("rejected the
   *  charge", "disputed that argument"), not a proposal or a case ("rejected the offer", "dismissed the case"). */
  rebuttedCharges: Phrases,
  /** A reporter's own words of a charge against a party ("is accused of", "faces criticism over", "opened an inquiry
   *  into"): the charges the reporter states (judge-stance reporterCharges). */
  reportedChargeWords: Phrases,
  /** "approves the sale despite rights concerns", "went ahead despite objections from residents": a decision reported
   *  against criticism it overrode (the nouns after "despite" and at most two words); a charge the decider may answer. */
  despiteObjections: Phrases,
  /** A charge verb whose subject makes the charge rather than faces it ("X accused Y", "X opened an inquiry into Y"):
   *  before it, in the active, the words name the accuser. */
  chargingVerbs: Phrases,
  /** After a negation of the speaker's own side, words of intention, wish, position or comment, not of conduct. */
  negatedNonConduct: Phrases,
  /** Those a sanction is meant to hurt ("tax evaders", "the smuggling gangs", "corrupt officers"): a measure that would
   *  harm them is its aim, not a warning. */
  wrongdoers: Phrases,
  /** What reported speech after its own side's denial must say to give the grounds of it (GUIDE decision 22): proper
   *  conduct or a check ("had followed the procedure", "had been checked", "met every requirement"), beside
   *  conformingConduct ("lawfully", "within the rules"). */
  denialGrounds: Phrases,
  /** Of denialGrounds, those that tell by themselves that conduct was checked or kept to a rule ("had been tested", "was
   *  inspected twice", "properly declared", "routine"), without a noun of rules that may name anyone's rules ("under rules
   *  on …", "whose operations had been put off"): the grounds of a denial no verb of denial reports. */
  checkedConduct: Phrases,
  /** Before the grounds of a denial (checkedConduct), words that make them a plan, a condition, a question or another
   *  event ("would", "if", "whether", "after"): then the grounds are not what the speaker says it did. */
  groundsBlockedBefore: Phrases,
  /** Cue lemmas of a denial that answers a charge by itself ("denied", "defended"), unlike "rejected" or "disputed",
   *  whose object must be a claim or a charge (rejectedClaims, rebuttedCharges). */
  selfAnsweringDenials: Phrases,
  /** Words that turn from what went before ("but", "however"). */
  turnWords: Phrases,
  /** A negation or restriction in a reply to a charge made just before against its speaker ("it had no record of the
   *  letter", "the figures did not reflect …", "it evicts only as a last resort"): the reply denies (judge-stance
   *  repliesToCharge; GUIDE decision 22). */
  answerNegators: Phrases,
  /** Of the answerNegators, those that cite a record before a count ("only three complaints", "without a single serious
   *  injury"), and the counts (besides digits): good results cited in answer, SAY (GUIDE decision 42), not a denial. */
  recordCounters: Phrases, recordCounts: Phrases,
  /** The speaker's own side's fault, done ("the force had let them down", "the board had made mistakes"): with the speaker
   *  (or its side) as subject, an admission (GUIDE decision 7, "We failed him"). `*` stands for one to three words. */
  ownFaults: Phrases,
  /** The reporter's verbs of a denial in a sentence of its own ("Varnton denied the charge.", "The club rejected that
   *  account.") that the speaker's next statement goes on to give the grounds of: chargeDenialVerbs answer a charge by
   *  themselves, claimRejectionVerbs only when their object is a claim or a charge (rejectedClaims, rebuttedCharges);
   *  denialAdverbs may stand before the verb ("has strongly denied"). */
  chargeDenialVerbs: Phrases,
  claimRejectionVerbs: Phrases,
  /** Verbs by which concerns are held or raised ("had", "raised", "voiced"), and the words of their weight ("serious"). */
  concernHoldingVerbs: Phrases, concernWeights: Phrases,
  /** What "nobody is" or "no one is" says in a maxim, not a denial ("no one is above the law", "nobody is perfect"). */
  maximsAfterNobody: Phrases,
  /** Before a wrongdoing word, how a risk guarded against names it ("losses from fraud", "protection against theft",
   *  "to tackle corruption"): no wrongful act pinned on anyone; guardedWrongBetween may stand between ("any", "online"). */
  guardedWrongBefore: Phrases,
  guardedWrongBetween: Phrases,
  /** Roles whose account of what a party did is their charge (prosecutionCase), and the past verbs it is told in that
   *  do not end in -ed ("took", "stole"); prosecutionNeutralVerbs are -ed verbs that tell no act of the party's
   *  ("appeared", "pleaded", "denied"). */
  prosecutionRoles: Phrases,
  prosecutionPastVerbs: Phrases,
  prosecutionNeutralVerbs: Phrases,
  /** Roles whose words to the one before the court about what they did rebuke them (judgeRebuke). */
  judgeRoles: Phrases,
  /** How a wrongdoing word names what is alleged or looked into rather than charged ("allegations of misconduct", "an
   *  inquiry into fraud"; after it, "a misconduct investigation", "fraud allegations"): no wrongful act pinned on anyone
   *  by the speaker (GUIDE decisions 37 and 49: a noun that names others' charges, an investigation announced is SAY);
   *  up to two lowercase words may stand between ("allegations of research misconduct"). Not "complaints of", "reports
   *  of" or "suspected": those tell of a wrong that happened, often one the speaker charges a party with ignoring
   *  (GUIDE decision 79). */
  investigatedWrongBefore: Phrases,
  investigatedWrongAfter: Phrases,
  /** What is "honoured" when it is kept rather than praised ("honoured every line of the agreement", "honoured its
   *  commitments"): the speaker's own conduct kept to a bargain, no praise of anyone. */
  keptCommitments: Phrases,
  denialAdverbs: Phrases,
  /** Verbs of an order given to staff ("told", "instructed", "pressed"), for an instruction to keep something off the
   *  record ("workers had been instructed not to write down …"). */
  instructionVerbs: Phrases,
  /** Verbs of pressure put on staff to do something ("were pressed to sign off", "had been pushed to skip"), beside
   *  targets set for them ("had been given a quota of failing …"): in an anonymous insider's account, an allegation. */
  pressureVerbs: Phrases,
  /** Adverbs between "were" and a verb of pressure ("were repeatedly pressed to …"). */
  pressureAdverbs: Phrases,
  /** Harmful or improper acts staff are pressed to do, or a target counts ("pressed to skip checks", "a target of rejecting
   *  a third of claims"): without one, pressure or a target is ordinary work ("given sales targets", "pushed to the back"). */
  pressuredActs: Phrases,
  /** Who receives such an order at work ("staff", "crews", "guards"): not the public ("residents", "fans", "reporters"). */
  instructedStaff: Phrases,
  /** Keeping a record of work, what the order stops ("record", "log", "write down", "report"). */
  recordKeeping: Phrases,
  /** Verbs that keep a record only with a record as their place ("write … in the log", "enter … on the sheet"; not
   *  "enter the building", "write on wristbands"), and those records. */
  recordWriting: Phrases,
  recordBooks: Phrases,
  /** Learning of a thing by name ("learned of", "heard about"), and the things decided by others that one should have
   *  been told of first ("the closure", "the cuts", "the plan"; not "the job", "the scholarship"). */
  learnedOf: Phrases,
  decisionsLearned: Phrases,
  /** Roles of those a decision falls on, who should have been told of it first (staff, residents, parents, a union
   *  organiser): not an official, analyst or politician learning of news. */
  affectedRoles: Phrases,
  /** What no one did that those affected were owed, with "nobody" as subject ("nobody picked up the phone", "nobody
   *  checked anything", "no one has checked it since"). */
  neglectedActs: Phrases,
  /** After a neglected act, what makes it another sense (a particle verb, a place or a rank: "nobody came back to the
   *  building", "nobody came close", "nobody checked in", "nobody came second"). */
  neglectedActsRejectAfter: Phrases,
  /** The same, only when "nobody" is of a party named ("nobody at the council has told us …"; a bare "Nobody explained
   *  why the lights failed" blames no one). */
  neglectedByParty: Phrases,
  /** Bodies (besides partyNouns) whose people owe those affected attention ("nobody at the trust"). */
  neglectingBodies: Phrases,
  /** What the speaker's side has long been doing to a party that did not act ("have been writing to the board for two
   *  winters"). */
  unheededTelling: Phrases,
  /** What must follow in the sentence: the party did not act ("and nothing has happened", "but they ignored us"), and
   *  no turn to success ("and this year they finally agreed"). */
  unheededOutcomes: Phrases,
  unheededTurns: Phrases,
  /** What turns a long telling against its teller ("they told us for years the pipes were new, but …", "it turned out",
   *  "that was never true"): without one, or a negative rest, "told us for years" is no complaint ("fans have told us for
   *  years how much they love the show"). */
  toldTurns: Phrases,
  /** Phrases with "no" that negate nothing told ("traffic is no problem", "will no longer queue"). */
  toldNotNegations: Phrases,
  /** Those a party told something for a long time, in a quote: the speaker's side or the public it speaks of ("we were
   *  told for years", "residents have been told for a decade"), not one person ("I was told for years I would never
   *  walk"); and the spans that make a telling long ("for years", "for two months"). */
  misledCollectives: Phrases,
  tellingSpans: Phrases,
  /** Measures whose consequence a speaker foretells ("the merger would tear the soul out of …"). */
  measureNouns: Phrases,
  /** What a measure would do that harms ("would force … to", "will drive away", "would push people into …"); `*` stands
   *  for one to three words. Not "force a vote", "push prices down", "drive investment". */
  harmVerbs: Phrases,
  /** Learning of something with its object left out or a pronoun ("found out", "heard about it", "learned of it"):
   *  with a second-hand channel and nothing after it, a complaint that no one told the speaker (GUIDE decision 18). */
  learnedSecondHand: Phrases,
  /** Channels through which news reaches one second-hand ("a news report", "a Facebook group", "a push notification"). */
  secondHandChannels: Phrases,
  /** Evaluations of a party's character or competence, predicated of it ("he is clueless", "she's a lightweight"):
   *  partyFaults criticise, partyMerits praise; an article before a noun is optional in the pattern ("a failure"). */
  partyFaults: Phrases, partyMerits: Phrases,
  /** The same that are said of things as well ("demand is weak", "the result was remarkable"): of a party only when it is
   *  a person's pronoun, a full name or a possessive description ("his record was appalling", "Mara Quist is weak"). */
  conductFaults: Phrases, conductMerits: Phrases,
  /** Organs a "failure" is a disease of ("heart failure", "kidney failure"): the name of an illness, no fault. */
  /** Heads an evaluative adjective may qualify and still be said of the party ("a weak candidate", "a wonderful man"). */
  evaluatedHeads: Phrases,
  /** Intensifiers between the copula and an evaluation ("is totally", "is just so", "such a"). */
  evaluationAdverbs: Phrases,
  /** A speaker's endorsement of a party ("I endorse", "we fully endorse"): PRAISE when its object is a person or a name. */
  endorsementVerbs: Phrases,
  /** "has done nothing to", "did little about": how much a party did (inactionAmounts) and for what (inactionTargets);
   *  not "did nothing to deserve it" (undeservedAfter: a defence of the party). */
  inactionAmounts: Phrases, inactionTargets: Phrases, undeservedAfter: Phrases,
  /** Adverbs between "has" and "done nothing" ("has really done nothing"). */
  inactionAdverbs: Phrases,
  /** Adverbs between the copula and a failing state ("is clearly in disarray"). */
  stateAdverbs: Phrases,
  /** A party's state of failure, present or past ("the campaign is in disarray", "their leadership was in decline"):
   *  partyDeclines said of a name, a party noun or a description headed by partyStateHeads ("American leadership"). */
  partyStateHeads: Phrases, partyDeclines: Phrases,
  /** A choice someone made named bad ("a terrible idea", "the worst deal", "a reckless gamble", "a rigged system"):
   *  badChoiceWords before choiceHeads. Not a misfortune ("a terrible storm"): the head must be something decided,
   *  proposed, said or set up by someone (a system). */
  badChoiceWords: Phrases, choiceHeads: Phrases,
  /** The same named good ("a truly successful tactic", "a wise decision"): praise of another's choice, when the
   *  sentence has no first person in it (a speaker justifying its own decision stays SAY, GUIDE decision 18). */
  goodChoiceWords: Phrases,
  /** The speaker's own dismay at a party ("we were appalled by her remarks", "they have cringed as he …"): the
   *  reaction, then what links it to its cause. */
  dismayReactions: Phrases, dismayLinks: Phrases,
  /** Adverbs before a dismay ("deeply appalled"). */
  dismayAdverbs: Phrases,
  /** A misfortune as the cause of a dismay ("saddened to hear of his death"): a condolence, no complaint about a party. */
  dismayMisfortunes: Phrases,
  /** Leaving one's post ("resign", "step down") after words of a plan or a forecast ("will", "plans to", "has decided
   *  to"): the departure is announced or foretold, not demanded ("she will step down in May"; judge-stance.ts demandIn). */
  departureWords: Phrases, plannedBefore: Phrases,
  /** Demand words that name a step the subject takes itself ("withdraw", "halt"): after words of a plan or forecast ("it
   *  would withdraw the book", "the plant will halt production") the step is announced, not demanded; not a verb that
   *  directs another party ("he would summon its director", an order, GUIDE decision 50). judge-stance.ts demandIn. */
  ownStepWords: Phrases,
  /** Adjectives of dishonesty that a speaker may fix to a name as a capitalised epithet ("Crooked Dana"): name-calling, no
   *  charge of an act (judge-stance.ts, neutralContentAct). */
  epithetWords: Phrases,
  /** Last words of a capitalised name that an epithet word may start ("the Corrupt Practices Act", "the Crooked Creek
   *  Office"): matched as written, case and all; the word is then part of a name, no epithet (judge-stance.ts). */
  epithetNameTails: z.array(z.string().regex(/^\p{Lu}\p{L}*$/u, 'one capitalised word, as in a name')).min(1),
  /** What a necessity is about when it tells the difficulty of a role rather than a demand on a party ("regulators have
   *  to decide who gets a second look", "courts must weigh whether …"): deliberation, not an action pressed for. */
  deliberationVerbs: Phrases,
  /** Before a necessity, words that make it a small or a lifted one ("patients only need to take it twice a year", "no
   *  longer have to travel"): how easy something is, no act pressed on a party (judge-stance.ts demandIn). */
  easedNecessityBefore: Phrases,
  /** Before "failure", what makes it a disease or a breakdown of a thing ("heart failure", "power failure"): no fault of
   *  a party ("a milestone for patients living with kidney failure"). */
  conditionFailureModifiers: Phrases,
  /** Heads of a tribute to a person ("described him as “a loving son and a loyal friend”"): with no negative tone, praise.
   *  Kin, friends, colleagues; not "man", "woman" or "person", which also head a description of a suspect ("a white man
   *  in his thirties"). */
  tributeHeads: Phrases,
  /** "dialogue can succeed where force has failed": a failure named to set off a success, which praises (judge-stance.ts). */
  successVerbs: Phrases,
  /** Before "in good faith", a pledge or a plan ("would negotiate in good faith", "agreed to work in good faith"): a
   *  promise of conduct to come, not a defence of conduct charged (judge-stance.ts, the denial "in good faith"). */
  pledgedConductBefore: Phrases,
  /** After a necessity, accepting a situation ("must learn to live together", "will have to get used to it"): a wish or a
   *  resignation about how things are, no act pressed on a party (judge-stance.ts demandIn). */
  acceptanceAfterNecessity: Phrases,
  /** "the allegations had no substance", "the claims have no merit": what a charge lacks when the speaker rebuts it. */
  chargeMeritNouns: Phrases,
  /** A claim branded false by the speaker ("the claims are baseless", "all the talk of a slump is hot air"): the claim
   *  nouns, the verdicts, the verbs of spreading a falsehood ("is peddling fiction") and who spreads it ("anyone claiming …"). */
  falseClaimNouns: Phrases,
  falsehoodVerdicts: Phrases,
  falsehoodPeddling: Phrases,
  claimantWords: Phrases,
  claimingVerbs: Phrases,
  /** Where guests are received: "welcome them to this country", "welcomed the students into their homes" is hospitality,
   *  not praise (judge-stance.ts, the praise word "welcome"). */
  welcomedInto: Phrases,
  /** Verbs of making a statement before "false" ("make false statements", "filed false reports"): the falsehood is an
   *  act described (an offence, a charge), not the speaker's denial of a claim (judge-stance.ts, the denial "false"). */
  falsehoodMaking: Phrases,
  /** How long until something comes ("it may be years before …", "it might be weeks until …"): a forecast of time,
   *  SAY under a neutral cue (GUIDE decision 35), not the hedge its "may be" would otherwise make (judge-stance.ts);
   *  forecastSpanCounts may come before a span ("several years before"). */
  forecastSpans: Phrases, forecastSpanCounts: Phrases,
  /** A party that lacks what its role asks ("Marlow has no plan for the harbour", "the board has no credibility left",
   *  "she lacks any grasp of the budget"): lackedQualities, an optional lackedQualityModifiers word between. Not "plans"
   *  nor "no plan to" (no intention: "the firm has no plan to sell"), not the speaker's own side. */
  lackedQualities: Phrases, lackedQualityModifiers: Phrases,
  /** "is not fit to be mayor", "unqualified to serve": unfitness for an office or a duty, never for the body ("not fit to
   *  be moved", "unfit to run on Saturday" after an injury). officeVerbs name the duty alone ("serve", "hold office");
   *  officeLeadVerbs need one of officeBodies after them, an officeDeterminers word between ("run the country", "lead
   *  our party"; not "lead the attack"), or, "lead" only, nothing after ("she is not fit to lead."); "be"/"become" need
   *  one of officeTitles, an officeDeterminers and an officeTitleModifiers word allowed between ("be our next mayor"). */
  officeVerbs: Phrases, officeLeadVerbs: Phrases, officeDeterminers: Phrases, officeBodies: Phrases,
  officeTitleModifiers: Phrases, officeTitles: Phrases,
  /** "Marlow doesn't even care about the harbour": between the negated "does" and "care". */
  careAdverbs: Phrases,
  /** "has no clue" judges only before what the party should know, not before a fact it did not know ("had no clue the
   *  car was stolen" is a report): clueFollowers, or punctuation or the end. */
  clueFollowers: Phrases,
  /** In reported speech "doesn't care" is a judgement only with one of these ("said the council did not even care"):
   *  without it, it is as often a report of a state of mind ("she did not care about football as a child"). */
  reportedCareAdverbs: Phrases,
  /** Not caring about these is no fault, often praise ("he didn't care about money, only about his patients"). */
  indifferentCares: Phrases,
  /** "Her judgment was not right", "Marlow's instincts are simply not sound": a party's faculty (partyFaculties, after
   *  a possessive) denied a merit (negatedFacultyMerits) criticises the party. */
  partyFaculties: Phrases, negatedFacultyMerits: Phrases,
  /** A hedge word before "the most"/"the least" and an adjective ("perhaps the most important vote of our time"): it
   *  softens the degree, it does not present the statement as a guess (judge-stance.ts, the hedge). */
  superlativeHedges: Phrases,
  /** Adverbs before or inside a shortfall's verb ("Marlow clearly has no plan", "she is simply not fit to serve"). */
  shortfallAdverbs: Phrases,
  /** "the textbook definition of cronyism", "the very definition of hypocrisy": after a copula (and definitionLinks,
   *  "is basically the …"), a thing named the model case of a fault (definedFaults) is criticised. */
  definitionModifiers: Phrases, definitionLinks: Phrases, definedFaults: Phrases,
  /** "sold out the workers", "sold us out", "were sold out by the leadership": a betrayal of people (betrayedParties, or
   *  a pronoun, betrayedPronouns) is criticism; not a venue or stock sold out ("sold out the arena", "sold out of …").
   *  The people noun must end its phrase: punctuation or betrayalEnds after it ("the party conference" is a venue). */
  betrayedParties: Phrases, betrayedPronouns: Phrases, betrayalEnds: Phrases,
  /** Words that, right after "sold out" (up to two words before the people noun), make the people those sold to, not
   *  the betrayed ("sold out to members in an hour"); and the times after a passive's "by" that name when, not who ("was
   *  sold out by Friday", "by the end of the week"): soldOut. */
  soldOutToWords: Phrases, soldOutByTimes: Phrases,
  /** "a message whose time has come", "she was ahead of her time", "on the right side of history": praise of an idea or a
   *  party by its moment in history; not "whose time has come to an end", "… come for a change" (timelyPraiseRejectAfter). */
  timelyPraise: Phrases, timelyPraiseRejectAfter: Phrases,
  /** "its demand that …", "the government's long-standing demand that …": a demand noun after a determiner or possessor
   *  (with at most one of these modifiers between) names someone's demand; it is not the speaker's own (GUIDE decision 37). */
  namedDemandModifiers: Phrases,
  /** "was now pretending it had nothing to do with the closures": a denial under a verb of pretence is another party's,
   *  imputed as deceit: the speaker accuses, the denial is not the speaker's own (GUIDE section 4). */
  pretenceVerbs: Phrases,
  /** "These are painful choices, but we have to put the college on a sound footing": a hard choice conceded, then "but
   *  we" and a necessity, is the speaker's side justifying its own decision, no demand (GUIDE section 4). */
  hardChoiceAdjectives: Phrases, hardChoiceNouns: Phrases,
  /** After the speaker's own earlier request ("Two years ago we asked for the system to be modernised"), what came of it
   *  told as a brush-off ("and the governor said it was not a priority", "nothing was done"): the speaker's grievance,
   *  CRITICIZE (GUIDE decision 79), not a DEMAND (decision 77 is the request told bare). */
  requestBrushOffs: Phrases,
  /** The past forms of asking another party that can open such a request ("we asked for", "had urged the council to"). */
  pastRequestVerbs: Phrases,
  /** "said she had raised the problem with her manager three times and was told to …", "said they had complained … and had
   *  heard nothing back": in reported speech, the speaker's own earlier concern, complaint, warning or request
   *  (ownEarlierConcerns after a pronoun subject and "had") with what came of it as a brush-off later in the sentence
   *  (toldOffAfter, unheededOutcomes, requestBrushOffs): the speaker's grievance, CRITICIZE (GUIDE decision 79); told
   *  bare it stays SAY, and a request DEMAND (decision 77). */
  ownEarlierConcerns: Phrases, toldOffAfter: Phrases,
  /** "The risk was known.", "the danger had been flagged for years": a risk told as known before (after "was" or "had
   *  been"), ending there or with "to", "for", "by", "from", is a past state reported, no warning foreseen. */
  knownRiskStates: Phrases,
  /** "There is no scientific reason for a price of this kind", "there was no excuse for the delay": a justification denied
   *  to a party's act or a thing (justificationNouns) judges it, a criticism, not the speaker's denial; not of a fear
   *  allayed ("no reason for alarm", allayedFears) nor of anyone's doing ("no reason for parents to worry"). */
  justificationNouns: Phrases, allayedFears: Phrases,
  /** "as soon as the fire service confirmed the threat", "after engineers identified the danger": a danger noun as the
   *  object of one of these past verbs of finding, ending its clause, is a danger reported as found, no warning (GUIDE
   *  section 4: a warning foresees). */
  dangerFoundVerbs: Phrases,
  /** Wrongful acts named in the content, read as the wrongdoing list of stance-words.json is ("had broken its own rules",
   *  "carried out arbitrary arrests", "had recruited children"): under a neutral cue they accuse (GUIDE section 4). */
  accusedConduct: Phrases,
  /** What is destroyed or damaged when a "destroyed" with no agent tells a loss ("his house had been destroyed"): a
   *  lament, SAY (GUIDE decision 34), not a criticism. */
  lostBelongings: Phrases,
  /** A principle said with "must"/"should", then denied of the present by an elliptic negation ("…, and at the moment
   *  they cannot"; "…, but too often they are not"): the time words that may open the denial, and its negated
   *  auxiliaries. The complaint is a clause of its own: CRITICIZE (GUIDE decision 57). */
  principleBreachTimes: Phrases, principleBreachAuxiliaries: Phrases,
  /** Verbs of arriving at talks before "in good faith" ("We have come here in good faith"): a stance for the talks
   *  ahead, no denial (as pledgedConductBefore). */
  goodFaithArrivals: Phrases,
  /** "Randvik has shown she is willing to take an unpopular decision", "he proved he was ready to make tough choices":
   *  another party shown ready to take a hard decision (resolveAdjectives, resolveHeads) is praised (GUIDE decision 18). */
  resolveAdjectives: Phrases, resolveHeads: Phrases,
  /** "the bank's credibility had been strengthened by the move", "her standing was enhanced": a party's good name
   *  (credibilityNouns) raised (credibilityGains) by what it did is praise of it, not of the speaker's own ("our
   *  credibility", GUIDE decision 41). */
  credibilityNouns: Phrases, credibilityGains: Phrases,
  /** Modifiers of the good name ("its hard-won reputation") and degree words before the gain ("greatly enhanced"). */
  credibilityModifiers: Phrases, credibilityDegrees: Phrases,
  /** A body's account that its conduct or product was vetted ("had been certified by an independent inspector",
   *  "subject to thorough legal and safety checks", "had passed more than 30 audits"): GUIDE decision 22, a defence. */
  vettedVerbs: Phrases, vettingAgents: Phrases, vettingNouns: Phrases, vettingRigour: Phrases, vettingAfter: Phrases,
  passedChecks: Phrases, passedCounts: Phrases,
  /** How it was vetted ("examined in full", "independently reviewed"), the determiners before the vetting agent ("by
   *  two engineers"), and the words that make the account a doubt, a plan or a condition ("will be", "if", "never"). */
  vettedManners: Phrases, vettingDeterminers: Phrases, vettingDoubts: Phrases,
  /** A chance named and denied in a quote ("That was no accident", "It was no slip of the tongue"): what happened is put
   *  on someone's conduct (CRITICIZE); "not an accident", "not a mistake" say it was meant (ACCUSE). */
  chanceExcuses: Phrases, deliberateDenied: Phrases,
  /** What a harm is named after an excuse denied ("This is not a staffing gap. It is a choice."): chosenCause. */
  chosenCauses: Phrases,
  /** What a party left the speaker's side without ("has left us no choice"): noChoiceLeft. */
  noChoiceNouns: Phrases,
  /** "was not just bad luck": adverbs between the negation and the excuse. */
  chanceDeniedAdverbs: Phrases,
  /** Of those, the ones said as often of a success ("our win was no fluke", with deliberateDenied: "this victory was no
   *  accident"): they deny chance of a harm only with a harm named before them in the sentence (chanceHarmSubjects: "what
   *  happened", "the deaths", "the closure") or a negative tone in the rest of the quote (review22 #2). */
  chanceAmbiguous: Phrases, chanceHarmSubjects: Phrases,
  /** "every gift had been duly registered", "all of them had been approved and settled": a body's account that each
   *  of its dealings was handled as it should be (GUIDE decision 22). */
  dutyDoneAdverbs: Phrases, dutyDoneVerbs: Phrases, universalSubjects: Phrases,
  /** Verbs of everyday reports ("all the injured had been checked", "every complaint had been recorded"): a duty done
   *  only with a word of proper handling before them ("had been duly recorded"; review22 #1). */
  dutyDoneRoutineVerbs: Phrases,
  /** "a rent rise dressed up as a service charge", "was a tax disguised as a health policy": a thing named (after a copula
   *  and an article) as one thing passed off as another is called a deception, a criticism; not a costume ("the children
   *  were dressed up as pirates": no article between the copula and the link). */
  disguiseLinks: Phrases,
  /** "the council had known about the damp for a decade and had done nothing", "ministers had been warned … and had
   *  decided not to change it": a party that knew or was warned (knownBeforeIgnored), then in the same or the next
   *  sentence did not act (ignoredAfterKnown), is charged with ignoring the warning: ACCUSE (GUIDE decision 79). */
  knownBeforeIgnored: Phrases, ignoredAfterKnown: Phrases,
  /** A party's conduct set against a rule it broke (normBroken): a shortfall ("not", "without", "fewer") before a rule
   *  that sets a minimum ("as state law requires", "required under the Act"); an excess ("beyond", "more than") before
   *  the rule's owner and a rule that sets a maximum ("beyond the manufacturer's limits", "more than the law allows");
   *  and what a rule forbids at the time the act was done ("when such burning is not allowed"). */
  shortfallMarkers: Phrases, minimumNorms: Phrases, excessMarkers: Phrases, normOwners: Phrases, maximumNorms: Phrases,
  prohibitedStates: Phrases,
  /** Another party's knowledge of a danger or a wrong before it happened, told by one who charges it ("directors had known
   *  since August about the leaking roof", "the club had been warned for years", "Everyone knew."): culpableKnowledge, and
   *  after "knew"/"known" what the knowledge is of (knownThings: "knew about it", "knew the part was old", or the clause's
   *  end), not a person known ("they knew his name"). */
  culpableKnowledge: Phrases, knownThings: Phrases,
  /** Past forms of deeds that do not end in "-ed" ("sent", "took", "paid"): a deed done before a rule it broke
   *  (normBroken), or what a party did after it was warned (culpableKnowledge); with promptAdverbs between ("and had
   *  promptly closed it"). */
  irregularPastDeeds: Phrases, promptAdverbs: Phrases,
  /** "The board would need to replace the manager immediately": after a necessity under "would", an adverb of urgency
   *  in its clause presses the party (DEMAND); without one the necessity is predicted, no demand (judge-stance.ts
   *  demandIn). */
  urgentAdverbs: Phrases,
  /** What a condition says another party does or fails to do when a step is held over it ("if the firm does not pay",
   *  "if the breaches continue", "unless it refuses"): the condition of a threat (conditionalThreat). */
  failureInCondition: Phrases,
  /** Verbs of opposing or blocking: negated in a threat's condition ("if the council did not object") they
   *  make it a permission for a plan, no failure (conditionalThreat). */
  opposingVerbs: Phrases,
  /** Besides partyNouns, the parties a threat's condition may be about ("if the landlords will not fix"). */
  conditionParties: Phrases,
  /** "This is just what you get when an inspector looks at the books once a decade": an outcome put down to
   *  how someone acts, a criticism when the quote reads negative ("this is what happens when neighbours pull together"
   *  praises). After a copula ("is", "was", "'s") and at most "exactly"/"precisely". */
  blamedOutcomeLinks: Phrases,
  /** "I understand why people are angry", "she understood customers were frustrated": before a word of anger, the
   *  speaker's understanding of it; the anger is others', shown sympathy, not the speaker's complaint (judge-stance.ts). */
  empathyVerbs: Phrases,
  /** The words of anger that an understanding of it (empathyVerbs) before them makes others' anger (judge-stance.ts). */
  othersAnger: Phrases,
  /** "I would like to see anyone tell us we are making it up", "I'd like to see anyone live on that": a challenge to
   *  anyone to do what the speaker holds cannot be done or defended, a retort, CRITICIZE (decision 7); not a wish ("I
   *  would like to see anyone who grew up here come back": no retortVerbs word right after), nor a defiance of a named
   *  party ("They will have to carry me out. I'd like to see them try" stays SAY: the targets are indefinite). */
  retortTargets: Phrases, retortVerbs: Phrases,
  /** What "does not recognise" rebuts by itself, whoever it is about: an account or a picture of events ("did not
   *  recognise that account"); figures or an analysis need the speaker in them ("the council's figures on road deaths"). */
  rebuttedAccounts: Phrases,
  /** "We told them in spring, by letter, that …", "We brought this up time after time": in the speaker's own quote, a
   *  sentence that opens with the speaker's earlier warning or complaint, and more after it (what came of it): the
   *  speaker's grievance, CRITICIZE (GUIDE decision 79). Told bare in reported speech it stays SAY (decision 77). */
  earlierWarnings: Phrases,
  /** "Each time I call, they hand me a new case number": a plea repeated to no effect (repeatedPleaVerbs after
   *  "every time I/we"), with its futile outcome in the sentence (futileOutcomes), a complaint (decision 18). */
  repeatedPleaVerbs: Phrases, futileOutcomes: Phrases,
  /** "she believed the reading had been caused by a faulty sensor", "he suspected the refit would run
   *  longer": reported content that opens with the speaker's belief is hedged by the speaker, HEDGE (GUIDE decision 18,
   *  section 4); not "thought of", "thought about", "believed to" (beliefRejectAfter), nor an expectation of a plan
   *  ("it expected to complete the repairs within a month", left out). */
  beliefVerbs: Phrases, beliefRejectAfter: Phrases,
  /** "its investigation was continuing", "the board was ‘looking into the matter’": content that says only that the
   *  speaker's own process goes on gives the reason for not answering and is itself a non-answer, NO_COMMENT (GUIDE
   *  decision 81). The whole content: the process (ownProcesses) and its going on (processGoingOn), or an act of
   *  reviewing (processActVerbs) and what it reviews or whom it consults (processActObjects). */
  ownProcesses: Phrases, processGoingOn: Phrases, processActVerbs: Phrases, processActObjects: Phrases,
  /** "she had written to the housing minister demanding answers", "would write to the landlord asking for the records":
   *  a letter with its request, DEMAND (GUIDE decision 77); a letter with no request given stays SAY. */
  writtenRequestLinks: Phrases,
  /** "We want her home", "we only want the lift repaired": the speaker's will that a person or a thing be brought to a state
   *  (wantedStates), a demand (as "want them to pay"). */
  wantedStates: Phrases,
  /** "it was considering legal action against the club", "would weigh every option, a court challenge among them": a
   *  step weighed, not threatened (GUIDE decision 24 makes threats WARN: "threatened legal action"); 4 of 4 such
   *  contents in train and dev were SAY (judge-stance.ts, the warning words). */
  deliberatedSteps: Phrases, deliberatingBefore: Phrases,
  /** "a choice made in a tower sixty miles off, by people who have never once visited the depot", "the people making
   *  choices in the city plainly never drove a bus": those who decide said never to have known what they
   *  decide on, a criticism (decision 7). A decision (decidedThings) taken "by" such people, or the people named by their
   *  deciding (outOfTouchMaking); not "people who have never seen the sea" (no decision, no deciding). */
  outOfTouchDeciders: Phrases, outOfTouchMaking: Phrases, decidedThings: Phrases,
  /** "he had been offered four different reasons for the hold-up", "three separate installation dates", "the same
   *  promise three times": assurances or requests counted over and over, none kept, a complaint (decision 18); one word
   *  may name their kind before the head ("installation dates", "repair requests"). Not visits or galleries counted
   *  ("three separate visits to the site" reports). */
  repeatCounts: Phrases, brokenAssurances: Phrases,
  /** What "the same … again and again" repeats when it is an assurance not kept ("the same promise three times"). */
  repeatedAssurances: Phrases,
  /** "No one should have to rely on a neighbour with a van", "Parents should not have to guess whether …", "somebody
   *  should have to answer for this": a burden no one should bear, or an account someone should have to give, named as
   *  a wrong now borne: CRITICIZE (decision 7), not a demand of any party (judge-stance.ts demandIn skips it). */
  burdenedParties: Phrases,
  /** "If we lose the title, we will come back stronger": after the speaker's side's loss, its own resolve, no warning. */
  resolveAfterLoss: Phrases,
  /** "I want to know who signed them off", "I want to know why": asking who is to blame, a complaint (decision 18), not a
   *  request for information ("I want to know about it" stays as it was). */
  accountabilityQuestions: Phrases,
  /** "The Secretary-General urges both parties to de-escalate", "the union calls on ministers to act": a request in the
   *  present tense, made as it is said (by the speaker or the one it speaks for), with its object and "to": DEMAND. The
   *  past tense ("had urged") narrates an earlier request and is not here. */
  presentRequestVerbs: Phrases,
  /** "is holding a whole city hostage", "held the talks to ransom": what a party is said to hold hostage that no one can
   *  literally hold (a city, a club, the budget): a charge of coercion, CRITICIZE. People held hostage are a crime told. */
  hostageHeldThings: Phrases,
  /** "We are not in a position to say whether … What we can say is that …": after a non-answer, the speaker turns to
   *  what it does say; the statement is not a NO_COMMENT (judge-stance.ts neutralContentAct). */
  answerTurns: Phrases,
  /** "Not one word of his account holds up", "none of her figures adds up": another party's account (discreditedAccounts)
   *  denied every truth (discreditingVerdicts), the speaker's verdict on it: CRITICIZE. */
  discreditedAccounts: Phrases,
  discreditingVerdicts: Phrases,
  /** The speaker's own side as the subject of a verb of denying (selfDenialVerbs, after selfDenialAdverbs) whose object
   *  is a claim or a charge (rejectedClaims, after up to two of selfDenialObjects and three other words): "the company
   *  strongly rejects any suggestion that …", "it disputed parts of the agency's account" is a denial told under a
   *  neutral cue (LABELS.md: deny, reject, refute); "it rejects any unconstitutional change of government" is not. */
  selfDenialVerbs: Phrases, selfDenialAdverbs: Phrases, selfDenialObjects: Phrases,
  /** A party's silence toward those it owed an answer (GUIDE decision 18, a complaint about its conduct): "suspended
   *  without being given a reason", "wrote twice without receiving a reply", "the fare went up with no explanation". After "without", a verb of getting (unansweredGetting) and/or an article; after "with no", nothing;
   *  then up to one answerQualities word and one of answerNouns, not followed by answerRejectAfter ("with no reason to
   *  doubt"). Not "won without reply" (no article: a score). */
  unansweredGetting: Phrases, answerQualities: Phrases, answerNouns: Phrases, answerRejectAfter: Phrases,
  /** What a party "has yet to answer", "had never replied to" ("a petition", "our emails", "repeated requests"). */
  unansweredMessages: Phrases,
  /** Waiting on a party that did not answer ("we never heard back", "has heard nothing further"). */
  unheardBack: Phrases,
  /** "Nobody from the trust has ever phoned", "nobody has mended the roof since May", "Nobody tested
   *  anything": what no one of a party did for those affected, beyond the fixed phrases of neglectedActs. The deed is a
   *  verb in -ed or one of nobodyDeedsIrregular, not one of nobodyNeutralDeeds (what happened to no one, "nobody died";
   *  a record, "no one has ever climbed it"; a state, "nobody wanted"); and either a party names who ("from the …") or
   *  nobodyComplaintAfter follows in its clause ("since", "anything", "us", "yet"). */
  nobodyDeedsIrregular: Phrases, nobodyNeutralDeeds: Phrases, nobodyComplaintAfter: Phrases,
  /** Short notice given to those affected (GUIDE decision 18: not told in time is a complaint about the teller):
   *  "with less than three weeks' notice", "was told of the move only an hour before the staff". A span of
   *  shortNoticeSpans after a shortNoticeMarkers word and a count (shortNoticeCounts or digits). ("days' notice" bare is
   *  in criticism.) */
  shortNoticeMarkers: Phrases, shortNoticeSpans: Phrases, shortNoticeCounts: Phrases,
});
export type ActWords = z.infer<typeof ActWords>;
const WORDS: ActWords = ActWords.parse(actWords);

const S = '[^\\S\\n]+';
/** A fault named by "failure" alone, and before it what makes it a disease or a breakdown ("heart failure"). */
const CONDITION_FAILURE = /^[“"‘]?failures?(?![\p{L}])/iu;
const CONDITION_FAILURES = new RegExp(`(?<![\\p{L}-])(?:${alt(WORDS.conditionFailureModifiers)})${S}failures?(?![\\p{L}])`, 'giu');
const CONDITION_FAILURE_BEFORE = new RegExp(`(?<![\\p{L}-])(?:${alt(WORDS.conditionFailureModifiers)})${S}$`, 'iu');
/** A list of act-words.json as a pattern alternation (longest first; `*`, apostrophes and spaces as in every list). */
export function actWordList(name: Exclude<keyof ActWords, '$comment'>): string {
  return alt(WORDS[name]);
}
/** Whether a necessity or a volition at [from, to) of `text` is part of an undue burden or a question of blame
 *  ("nobody should have to", "I want to know who"): a complaint, read by contentAct, not a demand (judge-stance.ts). */
export function complaintNotDemand(text: string, from: number, to: number): boolean {
  for (const rx of [RX.undueBurden, RX.accountability]) {
    rx.lastIndex = 0;
    for (let m = rx.exec(text); m; m = rx.exec(text)) if (m.index < to && m.index + m[0].length > from) return true;
  }
  return false;
}
/** A list of act-words.json as written (for lists matched word by word, not as a pattern). */
export function actWordEntries(name: Exclude<keyof ActWords, '$comment'>): readonly string[] {
  return WORDS[name];
}
/** A phrase as a pattern: `*` any word ending, an apostrophe either form, spaces any run of spaces. */
function alt(list: readonly string[]): string {
  return [...list].sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, (c) => (c === '*' ? '*' : `\\${c}`)).replace(/\*/gu, '[\\p{L}-]*').replace(/['’]/gu, "[’']").replace(/ /gu, S))
    .join('|');
}
/** The last word of each self-description ("this company" → company), as alternatives (made once, not per statement). */
const SELF_DESCRIPTION_HEADS = alt(WORDS.selfDescriptions.map((d) => d.split(' ').pop() ?? d));
/** As `alt`, each phrase also capitalised, as it is at the start of a sentence ("We", "The company"). */
const altCap = (list: readonly string[]): string => alt(list).split('|').map((w) => (/^\p{Ll}/u.test(w) ? `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}` : w)).join('|');
const phrases = (list: readonly string[]): RegExp => new RegExp(`${NOT_AFTER_WORD}(?:${alt(list)})(?![\\p{L}-])`, 'giu');

const QUOTE = `[“”"‘’']?`;
// "did not", "hadn’t", "never", "had never", "did not ever": the negation of a past act, not of an opinion ("I don't see
// how"). "have not seen" is left out: the present perfect reports what has not happened yet ("I have not seen any evidence").
const NEG = `(?:(?:did|had)(?:${S}not|n[’']t)(?:${S}ever)?|(?:had|has|have|did)${S}${QUOTE}never|never)`;
const ADVERB = `(?:(?:also|simply|certainly|personally|knowingly|ever|even|once|actually|at${S}any${S}point|at${S}no${S}point)${S})?`;
// "had not heard back", "never heard from him": the verb with a particle is no longer the act denied.
const VERB = `(?:${alt(WORDS.selfNegatedVerbs)})(?![\\p{L}-])(?!${S}(?:back|from|of)(?![\\p{L}]))`;
/** Between the speaker as subject and its verb: auxiliaries and adverbs ("had already", "would also", "is now"). */
const AUX = `(?:(?:had|has|have|would|will|is|are|am|was|were|${alt(WORDS.selfAdverbs)})${S}){0,3}`;

/** The speaker as the subject of its own content: "I"/"we" inside quote marks; in reported speech the pronoun of its
 *  kind, or a description of the body it is or speaks for ("the company", "the university" for its provost). */
const FIRST_PERSON = 'I|[wW]e';
type Build = (subjects: string) => RegExp;
// (by name, then by subjects: a key joining the two was a new long string to hash on every call)
const cache = new Map<string, Map<string, RegExp>>();
let cached = 0;
/**
 * How many patterns the cache keeps before it is emptied. Each is large once compiled (a heap snapshot after 1,000 bench
 * articles, --no-regexp-tier-up: ~110 such patterns held 7.3 MB of native code, ~65 KB each), and the subjects vary with the
 * speaker's affiliation (a minister's "the ministry", a provost's "the university", and their combinations), so a
 * feed's many affiliations could fill a bound of 2,000 with ~130 MB of code per analysing thread. The 5 MB bench corpus
 * asks for 99 patterns; 256 keep every one of them and hold at most ~17 MB.
 */
const SELF_PATTERNS_MAX = 256;
function selfPattern(build: Build, name: string, subjects: string): RegExp {
  let byName = cache.get(name);
  if (!byName) cache.set(name, (byName = new Map()));
  let rx = byName.get(subjects);
  if (!rx) {
    if (cached >= SELF_PATTERNS_MAX) { for (const m of cache.values()) m.clear(); cached = 0; }
    rx = build(subjects);
    const words = SELF_NEEDS[name];
    if (words) NEEDS.set(rx, words);
    byName.set(subjects, rx);
    cached++;
  }
  return rx;
}
// The subject, then the negated verb: "I did not choose", "he had not seen"; or the subject, a clause, and a second
// predicate with the subject elided: "the firm had acted for him and had never hidden …" (at most 80 characters on).
// Not a plan or a wish ("did not plan to close", "did not intend to run", "did not choose to be"): a verb with an
// infinitive after it tells what the speaker meant to do, not what they deny having done.
const SELF_NEGATION: Build = (subjects) => new RegExp(`(?<![\\p{L}])(?:${subjects})(?:${S}${ADVERB}${QUOTE}|(?:${S}[^.;!?\\n]{1,80}?${S}(?:and|but)${S}${QUOTE}))${NEG}${S}${ADVERB}${QUOTE}${VERB}(?!${S}to${S})`, 'giu');
/** After "the risk was": a state of being known before (knownRiskStates), ending its clause or going on with "to", "for",
 *  "by", "from" ("The risk was known.", "the danger was well known to the council"). */
const KNOWN_RISK_AFTER = new RegExp(`^${S}(?:(?:already|long|always|well|widely|clearly)${S})?(?:been${S})?(?:${alt(WORDS.knownRiskStates)})(?![\\p{L}-])(?:[^\\S\\n]*(?:[.,;!?”"’)]|$)|${S}(?:to|for|by|from|all${S}along)(?![\\p{L}]))`, 'iu');
/** A request in the past ("we asked for …", "we had urged the council to …"), and what came of it as a brush-off
 *  (requestBrushOffs), later in the content (act-words pastRequestVerbs). */
const PAST_REQUEST = new RegExp(`(?<![\\p{L}])(?:${alt(WORDS.pastRequestVerbs)})(?![\\p{L}])`, 'iu');
const BRUSH_OFF = new RegExp(`(?<![\\p{L}])(?:${alt(WORDS.requestBrushOffs)})(?![\\p{L}])`, 'iu');
const OWN_EARLIER_CONCERN = new RegExp(`^[^\\S\\n]*[“"‘]?(?:that${S})?(?:he|she|they|it|we|I)${S}had${S}(?:(?:twice|repeatedly|previously|already|first|also|often|\\p{Ll}+ly)${S})?(?:${alt(WORDS.ownEarlierConcerns)})(?![\\p{L}-])`, 'u');
const TOLD_OFF_AFTER = new RegExp(`(?<![\\p{L}])(?:${alt([...WORDS.toldOffAfter, ...WORDS.unheededOutcomes, ...WORDS.requestBrushOffs])})(?![\\p{L}-])`, 'iu');
// The speaker asks another party to act: "he had asked both parties to come back to the table", "we are urging the council to",
// "it called for an inquiry". Not passive ("was asked to"), not of the speaker ("asked me to"), not a question ("asked whether").
const SELF_REQUEST: Build = (subjects) => new RegExp(`(?<![\\p{L}])(?:${subjects})${S}${AUX}(?:(?:${alt(WORDS.requestVerbs)})${S}(?!(?:${alt(WORDS.nonRequestObjects)})(?![\\p{L}]))(?:[\\p{L}’'-]+${S}){1,5}?to${S}[\\p{Ll}]+|(?:${alt(WORDS.callVerbs)})${S}[\\p{L}]+)`, 'gu');
// "I only want them to own up", "we would like the council to explain": the speaker's will aimed at another party ("expect"
// is left out: in news it mostly predicts, "he expects her to win").
const SELF_VOLITION: Build = (subjects) => new RegExp(`(?<![\\p{L}])(?:${subjects})${S}${AUX}(?:${alt(WORDS.volitionVerbs)})${S}(?:them|him|her|you|everyone|everybody|somebody|someone|(?:the|this|that|our|their|its|both)${S}(?:[\\p{Ll}-]+${S}){0,2}(?:${alt(WORDS.partyNouns)})|[\\p{Lu}][\\p{L}-]+(?:${S}[\\p{Lu}][\\p{L}-]+){0,2})${S}to${S}(?!(?:${alt(WORDS.volitionReject)})(?![\\p{L}]))[\\p{Ll}]+`, 'gu');

// "the allegations had no substance", "the claims are without foundation", "these accusations have “no merit”": a charge
// said to lack substance, merit or basis is rebutted (LABELS.md: reject, refute → DENY). The charge is the subject (a
// determiner, at most three words, a noun of chargeClaims or rebuttedCharges); "not without merit" and "the plan has no merit" do not match.
const CHARGE_LACKS_MERIT = new RegExp(`(?<![\\p{L}])(?:the|these|those|such|any|all${S}the|all${S}of${S}the|his|her|their|its|this|that)${S}(?:[\\p{L}’'-]+${S}){0,3}?(?:${alt([...WORDS.chargeClaims, ...WORDS.rebuttedCharges])})${S}(?:(?:had|has|have|hold|holds|held|carry|carries|carried|are|were|is|was)${S})(?:(?:absolutely|utterly|completely|simply|entirely)${S})?${QUOTE}(?:no|without|of${S}no|devoid${S}of)${S}(?:(?:any|real|factual|legal)${S}){0,2}${QUOTE}(?:${alt(WORDS.chargeMeritNouns)})(?![\\p{L}])`, 'giu');

// A claim the speaker brands false is refuted (LABELS.md: refute → DENY): a claim noun (falseClaimNouns) as the subject,
// with at most an "of/about" phrase of five words, then a copula and a verdict (falsehoodVerdicts), ending the phrase
// ("the allegations are baseless", "all the talk of a slump is political hot air"); "are not false", "may be false",
// "a false start" do not match. Or whoever makes a claim is said to spread a falsehood ("anyone saying the plant will
// close is peddling fiction"), in one clause.
const VERDICT_END = `(?=[^\\S\\n]*(?:[.,;:!?”"’)]|$)|${S}(?:and|or|but|—)(?![\\p{L}]))`;
const CLAIM_BRANDED_FALSE = new RegExp(`(?<![\\p{L}])(?:${alt(WORDS.falseClaimNouns)})(?:${S}(?:of|about)(?:${S}[\\p{L}’'-]+){1,5}?)?${S}(?:is|are|was|were)${S}(?:(?:all|just|simply|pure|purely|nothing${S}but|political|complete|total|utter|absolute|entirely|completely|totally|wholly)${S}){0,3}(?:${alt(WORDS.falsehoodVerdicts)})(?![\\p{L}])${VERDICT_END}`, 'giu');
const CLAIMANT_PEDDLES = new RegExp(`(?<![\\p{L}])(?:${altCap(WORDS.claimantWords)})${S}(?:who${S})?(?:${alt(WORDS.claimingVerbs)})(?![\\p{L}])[^.,;:!?\\n]*?(?<![\\p{L}])(?:is|are)${S}(?:(?:just|simply|only)${S})?(?:${alt(WORDS.falsehoodPeddling)})${S}(?:${alt(WORDS.falsehoodVerdicts)})(?![\\p{L}])`, 'gu');

/**
 * A word after spaces (`S`), and the spaces after it: `[\p{L}’'-]+${S}` where spaces come just before, written as a
 * run that may be empty and a look back that it is not (the character before the spaces would be a space). It matches
 * what the `+` form matches, in the same order, in less native code: on a two-byte text V8 made ~17 KB for
 * `[\p{L}]+` against ~6 KB for `[\p{L}]*` (each test of \p{L} is compiled on its own), and the harm and sanction
 * alternatives hold one such run per alternative and per quantified copy.
 */
/** A described content that opens with a charge ("Ulmdock's claims as", "the allegations as", "the accusations"). */
const DESCRIBED_CHARGE = new RegExp(`^[^\\S\\n]*(?:(?:the|these|those|such|her|his|their|its|[\\p{Lu}][\\p{L}-]*[’']s?)${S})?(?:[\\p{L}’'-]+${S}){0,2}?(?:${alt(WORDS.chargeClaims)}|${alt(WORDS.rebuttedCharges.filter((w) => /charge|complaint/u.test(w)))})(?:${S}as)?(?![\\p{L}])`, 'u');
/** After a non-answer, the speaker's turn to what it does say (act-words answerTurns). */
const ANSWER_TURN = new RegExp(`(?<![\\p{L}])(?:${alt(WORDS.answerTurns)})(?![\\p{L}])`, 'iu');
/** After "… on the table": the options it names ("including …", "such as …"), to the end of the clause (group 1). */
const TABLE_INCLUDING = /^[”"’]?,?[”"’]?[^\S\n]*(?:including|such[^\S\n]+as)[^\S\n]+([^.;!?\n]{1,80})/iu;
const NON_EMPTY = '(?<![^\\S\\n])';
export const WORD_LETTERS = `[\\p{L}’'-]*${NON_EMPTY}`;
export const WORD_S = `${WORD_LETTERS}${S}`;

// "he had never", "it never had.": the whole reported clause is the speaker's emphatically negated auxiliary, its answer
// to what was put to it. A plain "she had not" answers a question of fact ("asked whether she had read the report, she
// said she had not") and stays SAY: the question, which alone could show it rebuts a charge, is not in the content.
const ELLIPTIC_DENIAL: Build = (subjects) => new RegExp(`^[^\\S\\n]*(?:that${S})?(?:${subjects})${S}(?:(?:had|has|have|did|does|do|was|were|is|are|am)${S}never|never${S}(?:had|has|have|did|does|do|was|were|is|are))(?:${S}(?:done${S}so|been|ever))?[^\\p{L}\\d]*$`, 'gu');
// "the company “strongly rejects” any suggestion that …", "it disputed parts of the agency's account": the speaker's own
// side denies, with the verb of denying in the content (selfDenialVerbs); not negated ("does not dispute"), as the verb
// follows the subject with adverbs of degree only.
const SELF_DENIAL: Build = (subjects) => new RegExp(`(?<![\\p{L}’'])(?:${subjects})${S}(?:(?:${alt(WORDS.selfDenialAdverbs)})${S})?[“"‘]?(?:(?:${alt(WORDS.selfDenialAdverbs)})${S})?(?:${alt(WORDS.selfDenialVerbs)})[”"’]?${S}(?:(?:${alt(WORDS.selfDenialObjects)})${S}){0,2}(?:[\\p{L}’'-]+${S}){0,3}?(?:${alt([...WORDS.rejectedClaims, 'charge', 'charges'])})(?![\\p{L}’'])`, 'gu');
// "I'm not going to answer that", "we will not speculate", "she would not comment": the speaker refuses, in its words.
// "would not respond" refuses only alone or to questions or allegations, not to an offer ("until members had voted").
// "said it could not discuss the case": reported speech puts "cannot" in the past (but "could not answer" is more often
// "was unable to": a rival who "could not answer" a panel's questions failed). Not talks with a party ("could not
// discuss pay with the union until …" is no refusal to answer), only with the press (refusalObjects).
const SELF_REFUSAL: Build = (subjects) => new RegExp(`(?<![\\p{L}])(?:${subjects})(?:${S}|[’'](?:m|re|ll)${S})(?:(?:am|is|are|was|were)${S})?(?:(?:not|n[’']t)${S}going${S}to|will${S}${QUOTE}not|won[’']t|would${S}${QUOTE}not|wouldn[’']t|cannot|can[’']t|(?:could${S}not|couldn[’']t)(?!${S}answer)|do${S}not|don[’']t|does${S}not|doesn[’']t|did${S}not|didn[’']t|never)${S}${QUOTE}(?:(?:${alt(WORDS.refusalVerbs)})(?![\\p{L}])(?!(?:${S}[\\p{L}’'-]+){0,4}${S}with${S}(?!(?:the${S})?(?:${alt(WORDS.refusalObjects)})(?![\\p{L}])))|respond(?:${S}to${S}(?:(?:the|these|those|any|further|such|its|his|her|their|media|press)${S})?(?:${alt(WORDS.refusalObjects)})(?![\\p{L}])|(?![\\p{L}])(?!${S}(?:to|until)(?![\\p{L}]))))`, 'gu');
// "the paper stands by its reporting", "I stand by everything I said": the speaker rebuts a challenge to what it said or
// did. Not support for someone ("stood by her deputy", "stood by the president").
// ("the board “stands by” the surveyors’ report", "we stand behind the results": a closing quote after the verb, a
// possessive before the thing, and "behind" for "by")
const SELF_STAND_BY: Build = (subjects) => new RegExp(`(?<![\\p{L}])(?:${subjects})${S}${QUOTE}${AUX}(?:stand|stands|stood|standing)${S}(?:by|behind)${QUOTE}${S}(?:(?:${alt(WORDS.standByObjects)})(?![\\p{L}])|(?:its|his|her|their|our|my|the|that|this|those|these)${S}(?:[\\p{Ll}’'-]+${S})?(?:${alt(WORDS.standByThings)})(?![\\p{L}]))`, 'gu');
// "it accepted the panel's conclusions without reservation", "the club accepts the ruling": the speaker accepts a finding or a
// decision against it (GUIDE decision 20: ADMIT). Not an award or a nomination ("accepted the award").
const SELF_ACCEPT: Build = (subjects) => new RegExp(`(?<![\\p{L}])(?:${subjects})${S}${AUX}(?:(?:fully|entirely|unreservedly)${S})?(?:accept|accepts|accepted|accepting)${S}${QUOTE}(?:(?:the|its|all|all${S}of${S}the|in${S}full)${S})?(?:[\\p{L}’'-]+${S}){0,3}?(?:${alt(WORDS.acceptedFindings)})(?![\\p{L}])`, 'gu');
// "we priced prudently and in step with sector norms", "it had secured every licence legally": the speaker says its
// own conduct kept to the law or the rules, which answers a charge that it did not (a defence: DENY). Only conformity to a
// rule counts, not a judgement of worth ("a fair offer", GUIDE decision 18: justifying a decision stays SAY); the subject
// and the phrase stand in one clause, and a negation between them ("could not legally be used") is rejected where used.
const CONFORMING = `(?:${alt(WORDS.conformingConduct)}|in${S}line${S}with${S}(?:[\\p{L}’'-]+${S}){0,3}?(?:${alt(WORDS.conformityNorms)}))(?![\\p{L}-])`;
const SELF_CONFORMING: Build = (subjects) => new RegExp(`(?<![\\p{L}])(?:${subjects})(?![\\p{L}’'-])([^.;!?\\n]{0,100}?)(?<![\\p{L}])${CONFORMING}`, 'gu');
// "I do not accept that this firm mistreats growers", "the firm did not recognise the charity's numbers": the speaker
// rejects what was said of it (LABELS.md: reject → DENY). "accept" only before "that" or a claim ("would not accept the
// offer" refuses a proposal and stays SAY); "recognise" and "agree with" only before a claim, figures or an account.
const SELF_REJECTION: Build = (subjects) => new RegExp(`(?<![\\p{L}])(?:${subjects})(?:${S}|[’'](?:ll|d)${S})(?:(?:simply|just|still|certainly|categorically)${S})?${QUOTE}(?:(?:do|does|did|will|would|can|could)(?:${S}not|n[’']t)|won[’']t|cannot)${S}(?:(?:simply|just|accept${S}or)${S})?(?:accept${S}(?:that(?![\\p{L}])|(?:the|these|those|this|that|its|their|his|her|any|such)${S}(?:[\\p{L}’'-]+${S}){0,3}?(?:${alt(WORDS.rejectedClaims)})(?![\\p{L}]))|(?:recogni[sz]e|agree${S}with)${QUOTE}${S}(?:the|these|those|this|that|its|their|his|her|any|such)${S}(?:[\\p{L}’'-]+${S}){0,3}?(?:${alt(WORDS.rejectedClaims)})(?![\\p{L}]))`, 'gu');
// "the service had “failed them badly”", "the committee had made errors in how it logged its votes": the speaker's side
// as the subject of its own fault, not negated (AUX allows no "not"), is an admission (GUIDE decision 7).
const OWN_FAULT = [...WORDS.ownFaults].sort((a, b) => b.length - a.length)
  .map((w) => w.split(' * ').map((part) => alt([part])).join(`${S}(?:[\\p{L}’'-]+${S}){1,3}?`)).join('|');
const SELF_FAULT: Build = (subjects) => new RegExp(`(?<![\\p{L}])(?:${subjects})${S}${AUX}(?:(?:badly|clearly|sometimes|seriously)${S})?${QUOTE}(?:${OWN_FAULT})(?![\\p{L}])`, 'gu');
// An evaluation predicated of a party: "He's flat-out clueless", "Carter is a lightweight", "his handling of it was
// appalling", "she is a strong leader". The evaluation closes its predicate (a stop, a comma, "and", "but", "to me") or
// qualifies a head that names a person ("a weak candidate"): "a weak dollar", "weak demand", "special elections" are
// not said of anyone. The party is another than the speaker: "he", "she", "they", "you" only in the speaker's own quoted
// words (in reported speech "he" is mostly the speaker), a name, or a possessive description ("Harlan's record", "her
// judgment"); never "I", "we", "it", "this". ("has always been kind": the one adverb a perfect copula takes inside it.)
const bare = (list: readonly string[]): string[] => list.map((w) => w.replace(/^(?:a|an)[ ]/u, ''));
const EVAL_ADV = `(?:(?:${alt(WORDS.evaluationAdverbs)})${S})`;
const EVAL_END = `(?:${S}(?:${alt(WORDS.evaluatedHeads)}))?(?=[^\\S\\n]*[”"’']?[^\\S\\n]*(?:[.,;:!?—–)]|$|(?:and|but|because|who|as|on|about|when|with|to${S}me)(?![\\p{L}])))`;
/** Before the evaluation: intensifiers, an article, more intensifiers ("so very", "a truly"); then its words and what closes them. */
const EVAL_LEAD = `[“"‘]?${EVAL_ADV}{0,3}(?:(?:a|an)${S}[“"‘]?${EVAL_ADV}{0,2})?`;
const evaluationWords = (list: readonly string[]): string => `[“"‘]?(?:${alt(bare(list))})(?![\\p{L}-])${EVAL_END}`;
const evaluation = (list: readonly string[]): string => `${EVAL_LEAD}${evaluationWords(list)}`;
const NOT_A_NAME = 'I|We|It|This|That|These|Those|There|Here|What|Who|Which|Nobody|No|Everyone|Everybody|Everything|People|Someone|Somebody|Nor|So|But|And|Or|Then|Now|If|When|Maybe|Perhaps|He|She|They|You|The|A|An|My|Our|Your|Their|His|Her|Its|One|All|Some|Many|Both|Each|Today|Yesterday|Mr|Mrs|Ms';
const NAME = `(?!(?:${NOT_A_NAME})(?![\\p{L}]))\\p{Lu}[\\p{L}-]+(?:${S}\\p{Lu}[\\p{L}.-]+){0,2}`;
const COPULA = `(?:[’'](?:s|re)|${S}(?:is|was|are|were|(?:has|have|had)${S}(?:always${S})?been|remains|remained|seems|seemed|looks|looked|became|(?:has|have)${S}become|(?:has|have)${S}prov(?:ed|en)(?:${S}to${S}be)?|proved(?:${S}to${S}be)?))${S}`;
const FULL_NAME = `(?!(?:${NOT_A_NAME})(?![\\p{L}]))\\p{Lu}[\\p{L}-]+(?:${S}\\p{Lu}[\\p{L}.-]+){1,2}`;
const PARTY_NOUN = `(?:[tT]he|[tT]his|[tT]hat)${S}(?:[\\p{Ll}-]+${S})?(?:${alt(WORDS.partyNouns)})`;
const POSSESSED = `(?:${NAME}[’']s|the${S}[\\p{Ll}-]+[’']s)${S}(?:[\\p{Ll}-]+${S}){0,4}?[\\p{Ll}-]+`;
const PARTY_DIRECT = `(?:[hH]e|[sS]he|[tT]hey|[yY]ou|${NAME}|${PARTY_NOUN}|(?:[hH]is|[hH]er|[tT]heir)${S}(?:[\\p{Ll}-]+${S}){0,4}?[\\p{Ll}-]+|${POSSESSED})`;
const PARTY_REPORTED = `(?:${NAME}|${PARTY_NOUN}|${POSSESSED})`;
// (words said of things too: a person's pronoun, a full name, or a possessive description only)
const PERSON_DIRECT = `(?:[hH]e|[sS]he|[yY]ou|${FULL_NAME}|(?:[hH]is|[hH]er|[tT]heir)${S}(?:[\\p{Ll}-]+${S}){0,4}?[\\p{Ll}-]+|${POSSESSED})`;
const PERSON_REPORTED = `(?:${FULL_NAME}|${POSSESSED})`;
// perf: the evaluation ends each alternative, its word list reached by many paths (up to three adverbs, an article, two
// more) for which V8 emitted it again and again. Here the list and what closes it are matched in a lookahead and then
// taken by a backreference: nothing follows them, so their first fit ends the match either way (same index, same text;
// groups 1 and 2 are not read), and the list is emitted once per alternative. faultDirect's native code 267+619 →
// 189+452 KB (one-byte+two-byte, measured alone), the same for the other three.
const evaluationThen = (list: readonly string[], group: number): string => `${EVAL_LEAD}(?=(${evaluationWords(list)}))\\${group}`;
const predicated = (party: string, list: readonly string[], person: string, things: readonly string[]): RegExp =>
  new RegExp(`(?<![\\p{L}’'-])(?:(?:${party})${COPULA}${evaluationThen(list, 1)}|(?:${person})${COPULA}${evaluationThen(things, 2)})`, 'gu');
// "I found him charming", "she considers Ortega to be “very competent”": the speaker's own judgement of a party.
const SELF_FINDING = (list: readonly string[]): Build => (subjects) => new RegExp(`(?<![\\p{L}])(?:${subjects})${S}${AUX}(?:find|finds|found|consider|considers|considered)${S}(?:him|her|them|${NAME})${S}(?:to${S}be${S})?${evaluation(list)}`, 'gu');
// "I support and endorse Senator Pryce", "we fully endorse our mayor, Ana Ulmley", "I am proud to endorse her".
const SELF_ENDORSE: Build = (subjects) => new RegExp(`(?<![\\p{L}])(?:${subjects})${S}${AUX}(?:(?:am|are|is)${S}(?:proud|pleased|happy|honou?red)${S}to${S})?(?:${alt(WORDS.endorsementVerbs)})${S}(?:him|her|(?:our|the|my)${S}(?:[\\p{L}-]+,?${S}){0,4}?\\p{Lu}[\\p{L}-]*|${NAME})(?![\\p{L}])`, 'gu');
const EVALUATION_NEEDS = (list: readonly string[]): RegExp => anyPhraseOf(bare(list)) ?? /./u;

// A party named by a possessive before a longer description, names and lists included ("Ortega's dealings with Lisbon,
// Porto and Faro", "the mayor's plan for the harbour"); "his", "her", "their" only in the speaker's own quoted words.
const POSSESSED_LONG = `(?:${NAME}[’']s|[tT]he${S}[\\p{Ll}-]+[’']s)${S}(?:[\\p{L}-]+,?${S}){0,6}?[\\p{L}-]+`;
const POSSESSED_LONG_DIRECT = `(?:${NAME}[’']s|[tT]he${S}[\\p{Ll}-]+[’']s|[hH]is|[hH]er|[tT]heir)${S}(?:[\\p{L}-]+,?${S}){0,6}?[\\p{L}-]+`;
// "The council has done nothing to fix the road", "Ortega's policies have done little about it", "the agency did almost
// nothing with the files": a party's inaction (GUIDE decision 18: a complaint about conduct). Group 1 is the party.
const inaction = (party: string): RegExp => new RegExp(`(?<![\\p{L}’'-])(${party})${S}(?:(?:has|have|had)${S}(?:(?:${alt(WORDS.inactionAdverbs)})${S})?done|did)${S}(?:(?:${alt(WORDS.inactionAmounts)}))${S}(?:${alt(WORDS.inactionTargets)})(?![\\p{L}])(?!(?<=(?<![\\p{L}])to)${S}(?:the|a|an|this|that|these|those|his|her|their|its|our|my|your)(?![\\p{L}]))(?!${S}(?:${alt(WORDS.undeservedAfter)})(?![\\p{L}]))`, 'gu');
// "the campaign is in disarray", "American leadership is in decline", "Ortega's government was in free fall": a party's
// failing state (never negated: the copula is followed only by adverbs). Group 1 is the party.
const STATE_SUBJECT = `(?:[\\p{L}-]+${S}){0,2}?(?:${alt(WORDS.partyStateHeads)})`;
const STATE_ADV = `(?:(?:${alt(WORDS.stateAdverbs)})${S})?`;
const partyDecline = (party: string): RegExp => new RegExp(`(?<![\\p{L}’'-])(${party}|${STATE_SUBJECT})${COPULA}${STATE_ADV}(?:${alt(WORDS.partyDeclines)})(?![\\p{L}-])`, 'gu');
// "The term is a terrible buzzword", "the word ‘reform’ is a cynical buzzword", "it's the worst deal ever negotiated", "that was a reckless gamble",
// "it really is a broken system": a choice or an arrangement named bad (an adverb may come before the copula; the copula then no negation: "is not a bad idea" and "isn't a bad idea" do not match). Group 1 is the copula's
// subject word.
const choiceNamed = (words: readonly string[]): RegExp => new RegExp(`(?<![\\p{L}-])(?<![\\p{L}][’'])([\\p{L}]+)(?:[’']s|[’']re|[’'”"]?${S}${EVAL_ADV}?(?:is|was|are|were|remains|seems|seemed|(?:has|have|had)${S}been))${S}${EVAL_ADV}{0,2}(?:(?:a|an|the|such${S}a)${S})?${EVAL_ADV}{0,2}(?:${alt(words)})${S}(?:[\\p{L}-]+${S})?(?:${alt(WORDS.choiceHeads)})(?![\\p{L}-])`, 'gu');
const BAD_CHOICE = choiceNamed(WORDS.badChoiceWords);
// (not advice: "it is a good idea to book early", "the best plan is to wait")
const GOOD_CHOICE = choiceNamed(WORDS.goodChoiceWords);
// "We were appalled by his remarks", "I cringe whenever she …", "they have cringed as Ortega …": the speaker's own dismay
// at a party; what follows in the clause must name one (see its use).
const DISMAY: Build = (subjects) => new RegExp(`(?<![\\p{L}’'-])(?:${subjects})(?:[’'](?:m|re|ve)${S}|${S})(?:(?:am|are|is|was|were|have|has|had|been|get|got|feel|felt|remain|remained)${S}){0,2}(?:(?:${alt(WORDS.dismayAdverbs)})${S}){0,2}[“"‘]?(?:${alt(WORDS.dismayReactions)})[”"’]?${S}(?:${alt(WORDS.dismayLinks)})(?![\\p{L}])`, 'gu');
// "Neither X nor any of her aides has ever …", "no one on our staff has ever …": every member of a side, with "ever".
const SIDE_NEVER = new RegExp(`(?:^|[.!?;:—–][^\\S\\n]*[“"‘]?|[“"‘])[^\\S\\n]*(?:[nN]either${S}[^.;!?\\n]{1,80}?${S}nor${S}(?:anyone|anybody|any${S}(?:member|one|of)|(?:his|her|their|its|our|my)${S})|(?:[nN]obody|[nN]o${S}one|[nN]o-one)${S}(?:on|in|at|from|with)${S}(?:his|her|their|its|our|my)${S})[^.;!?\\n]{0,60}?${S}(?:has|have|had|did|was|were|is|are)${S}ever${S}\\p{L}+`, 'gu');
const DISMAY_MISFORTUNE = new RegExp(`${NOT_AFTER_WORD}(?:${alt(WORDS.dismayMisfortunes)})(?![\\p{L}-])`, 'iu');
/** The end of a text that leaves the next words a preposition's object ("… to the ", "… from "). */
const OBJECT_OF_PREPOSITION = /(?<![\p{L}])(?:to|from|of|in|on|at|for|with|by|about|into|over|against|between|than|under|across)[^\S\n]+(?:the[^\S\n]+)?$/iu;
/** A party that has what an office or a fight asks: "X has the experience and the temperament to take on …". The word
 * before the verb is the subject (m[1]); the verb is m[2]. */
const QUALIFIED = new RegExp(`(?<![\\p{L}’'-])([\\p{L}’'-]+)${S}(?:(?:${alt(WORDS.shortfallAdverbs)})${S})?(has|have|had)${S}(?:got${S})?(?:the|a)${S}(?:(?:proven|strong|right|real)${S})?(?:${alt(WORDS.qualifications)})(?:${S}and${S}(?:the${S})?(?:${alt(WORDS.qualifications)}))?${S}to${S}(?:${alt(WORDS.qualifiedTasks)})(?![\\p{L}])`, 'gu');
/** "has shown she is willing to take an unpopular decision", "proved that he was ready to make tough choices": a party
 *  (a name or a third-person pronoun) shown ready to take a hard decision. */
const SHOWN_RESOLVE = new RegExp(`(?<![\\p{L}])(?:shown|showed|shows|proved|proven|proves|demonstrated|demonstrates)${S}(?:that${S})?(?:he|she|they|it|${NAME})${S}(?:is|was|are|were|has${S}been|had${S}been)${S}(?:(?:still|always|also)${S})?(?:willing|ready|prepared|able)${S}to${S}(?:take|make)${S}(?:(?:a|an|the)${S})?(?:(?:${alt(WORDS.resolveAdjectives)})(?:${S}(?:and|but)${S}(?:${alt(WORDS.resolveAdjectives)}))?)${S}(?:${alt(WORDS.resolveHeads)})(?![\\p{L}])`, 'giu');
/** "the bank's credibility had been strengthened", "Lund's standing has been enhanced": a third party's (a possessive
 *  name or noun, his, her, its, their; not "our", "my") good name raised. */
const CREDIBILITY_GAINED = new RegExp(`(?<![\\p{L}])(?:(?:the${S})?[\\p{L}-]+[’']s|his|her|its|their)${S}(?:(?:${alt(WORDS.credibilityModifiers)})${S})?(?:${alt(WORDS.credibilityNouns)})${S}(?:(?:has|have|had)${S}been|was|were|is|are)${S}(?:(?:${alt(WORDS.credibilityDegrees)})${S})?(?:${alt(WORDS.credibilityGains)})(?![\\p{L}])`, 'giu');
/** A choice still open before "who": "voters will decide who has …". */
const OPEN_CHOICE = /(?<![\p{L}])(?:decide|decides|choose|chooses|ask|asks|asked|know|knows|wonder|wonders|see|judge|determine|show|shows)[^\S\n]+$/iu;
/** A polity noun ending the party told what it should do ("the country", "the province"). */
const POLITY_END = new RegExp(`(?<![\\p{L}])(?:${alt(WORDS.polityNouns)})$`, 'iu');
/** After a polity's "should": a forecast ("should know who won"), or a timetable with its time ("should finish its session on
 *  Thursday", "should resume next week"), act-words.json polityForecastVerbs, politySchedulePredicates. */
const POLITY_FORECAST = new RegExp(`^(?:should|must|ought${S}to)(?:${S}(?:now|also|soon|finally))?${S}(?:${alt(WORDS.polityForecastVerbs)})(?![\\p{L}])`, 'iu');
const POLITY_SCHEDULE = new RegExp(`^(?:should|must|ought${S}to)(?:${S}(?:now|also|soon|finally))?${S}(?:${alt(WORDS.politySchedulePredicates)})(?![\\p{L}])[^.;!?\\n]{0,60}?(?<![\\p{L}])(?:(?:on|by|before|until|after|from|in|next|this|later|early|late|within)${S}(?:the${S})?(?:end${S}of${S})?(?:${[...CALENDAR_WORDS].filter((w) => !['headline', 'may'].includes(w)).map(escapeRegExp).join('|')}|week|weekend|month|year|morning|afternoon|evening|night|spring|summer|autumn|fall|winter|\\d)|today|tonight|tomorrow|soon)(?![\\p{L}])`, 'iu');
/** A saying denied ("never suggested", "did not say", "doesn't think"): what follows was not the speaker's. */
const UNSAID = /(?<![\p{L}])(?:never|not|n[’']t)[^\S\n]+(?:[\p{L}]+[^\S\n]+)?(?:suggest|say|said|propos|call|claim|argu|think|thought|believ|mean|meant)[\p{L}]*(?![\p{L}])/iu;
/** A word of the speaker's own side ("I", "we", "our", "my", "us"). */
const FIRST_PERSON_WORD = /(?<![\p{L}’'])(?:I|[wW]e|[oO]ur|[mM]y|[uU]s|[mM]e)(?![\p{L}’'])/u;
/** Before "ahead of her time": a copula and its adverbs ("was always", "is years"), ending the text. */
const TIMELY_COPULA = /(?<![\p{L}])(?:is|was|are|were|been|be|[’']s|[’']re)(?:[^\S\n]+(?:always|so|far|way|years|decades|well|truly|really|just|simply|clearly|often|long|a[^\S\n]+(?:bit|little)))*[^\S\n]+$/iu;
/** A party in the words after a dismay: a name, a pronoun of a person or a party noun ("by his remarks", "as Ortega …"). */
const PARTY_IN_CAUSE = new RegExp(`(?<![\\p{L}’'-])(?:him|her|them|his|their|${NAME}|(?:the|this|that|its)${S}(?:[\\p{Ll}-]+${S})?(?:${alt(WORDS.partyNouns)}))(?![\\p{L}’'-])`, 'u');

/** A sanction as a pattern: `*` stands for one to three words ("take the council to court", "send the company the bill"). */
const SANCTION = [...WORDS.sanctions, ...WORDS.operationalSanctions].sort((a, b) => b.length - a.length)
  .map((w) => w.split(' * ').map((part) => alt([part])).join(`${S}(?:${WORD_S}){1,3}?`)).join('|');

/** A harm a measure would do, as a pattern: `*` stands for who suffers it, one to three words ending in a pronoun or a
 *  plural ("force small shops to", "drive the visitors away", "force him to"), not a thing ("force the road to close"). */
const HARM_SUFFERERS = ['him', 'her', 'them', 'us', 'me', 'you', 'it', 'everyone'];
const HARM_SUFFERER = `${S}(?:${WORD_S}){0,2}?(?:${HARM_SUFFERERS.join('|')}|${WORD_LETTERS}s)${S}`;
/** Whether a word could itself be the sufferer (a pronoun above, or a word ending in s). */
const couldBeSufferer = (word: string): boolean => HARM_SUFFERERS.includes(word.toLowerCase()) || /[sſ]$/iu.test(word);
// (consecutive phrases of one verb share one copy of the sufferer, "force … (?:to close|to leave|…)": one copy per
// phrase made this the largest compiled pattern of a thread, 1.3 MB of two-byte code. Only phrases whose first two
// words after the `*` cannot be a sufferer are shared, and only next to each other in the list's order: then the
// shorter sufferer that the shared copy tries first ends where the longer ones would, and every match is the one the
// unshared alternatives find. "force * into" is not shared: "force families into cars to drive" matches up to "drive".)
export const HARM = (() => {
  const parts: Array<string | { head: string; tails: string[] }> = [];
  const open = new Map<string, { head: string; tails: string[] }>();
  for (const w of [...WORDS.harmVerbs].sort((a, b) => b.length - a.length)) {
    const [head = w, tail, ...more] = w.split(' * ');
    const tailWords = tail?.split(' ') ?? [];
    const first = w.split(' ')[0]!.toLowerCase();
    if (tail === undefined || more.length || tailWords.length < 2 || tailWords.slice(0, 2).some(couldBeSufferer)) {
      for (const h of [...open.keys()]) if (h.startsWith(first) || first.startsWith(h)) open.delete(h);
      parts.push(w.split(' * ').map((part) => alt([part])).join(HARM_SUFFERER));
      continue;
    }
    let group = open.get(head.toLowerCase());
    if (!group) { group = { head, tails: [] }; open.set(head.toLowerCase(), group); parts.push(group); }
    group.tails.push(alt([tail]));
  }
  return parts.map((p) => (typeof p === 'string' ? p : `${alt([p.head])}${HARM_SUFFERER}(?:${p.tails.join('|')})`)).join('|');
})();

/** After "would/will/could": a harm aimed at wrongdoers ("hurt tax evaders", "drive the smuggling gangs out") or one
 *  limited at once ("hurt only the largest firms"). */
const MODAL = /(?<![\p{L}])(?:would|will|could)(?![\p{L}])/iu;
const HARM_AIMED = new RegExp(`^(?:would|will|could)${S}(?:[\\p{L}“"‘’'-]+${S})??(?:(?:only|just)(?![\\p{L}])|(?:[\\p{L}“"‘’'-]+${S}){1,5}?(?:${alt(WORDS.wrongdoers)})(?![\\p{L}]))`, 'iu');

/** "if we lose …", "once we lose …": the speaker's side as the one that loses (the loss condition's own side). */
const OWN_LOSS = /(?<![\p{L}’'])we(?:[^\S\n]+(?:ever|now|then|also|all|finally))?[^\S\n]+lose(?![\p{L}])/iu;
const OWN_RESOLVE = new RegExp(`^[^\\S\\n]*(?:then${S})?(?:we|I)(?:${S}(?:will|would|shall)|[’']ll)(?:${S}(?:just|simply|only|always))?${S}(?:${alt(WORDS.resolveAfterLoss)})(?![\\p{L}])`, 'iu');
const REBUTTED_ACCOUNT = new RegExp(`(?<![\\p{L}])(?:${alt(WORDS.rebuttedAccounts)})$`, 'u');
/** Parties of an undue burden that are none or anyone ("nobody", "no family", "someone"): with or without "not". */
const BURDEN_NONE_OR_ANY = WORDS.burdenedParties.filter((w) => /^(?:no|some)/u.test(w));
/** A verb of a deed done (past or perfect) before the rule a deed broke (normBroken): the first NORM_LEAD characters of
 *  the match, which hold the shortfall or excess but not the rule's own "required" or "allowed". */
const DONE_BEFORE_NORM = new RegExp(`(?<![\\p{L}])(?:\\p{L}{2,}ed|had|has|have|did|was|were|${alt(WORDS.irregularPastDeeds)})(?![\\p{L}])`, 'iu');
const NORM_LEAD = 25;
/** A word of shortfall (normBroken): two in one match cancel out ("not … without"). */
const SHORTFALL = new RegExp(`(?<![\\p{L}’'])(?:${alt(WORDS.shortfallMarkers)})(?![\\p{L}’'])|n[’']t(?![\\p{L}])`, 'giu');
/** The verb after the negation of an "if"/"unless" clause ("if the council did not object": "object"). */
const NEGATED_IN_CONDITION = new RegExp(`(?<![\\p{L}’'])(?:[iI]f|[uU]nless)${S}[^,]*?(?:(?<![\\p{L}’'])(?:not|never)|n[’']t)${S}(?:(?:${alt(WORDS.promptAdverbs)}|yet|then|also)${S})?(\\p{L}+)`, 'u');
/** Verbs of opposing or blocking whose negation in a condition grants a permission, no failure (conditionalThreat). */
const OPPOSING_VERBS: ReadonlySet<string> = new Set(WORDS.opposingVerbs);
/** An inability in a condition ("if they could not pay", "if it cannot", "unless they are unable to"): no failure. */
const UNABLE_IN_CONDITION = /(?<![\p{L}’'])(?:could[^\S\n]+not|couldn[’']t|can[^\S\n]*not|can[’']t|unable)(?![\p{L}’'])/iu;
/** The opening of a threat's condition that names a party (conditionalThreat): a pronoun, a capitalised name, or a
 *  description whose head is a party ("the company", "the two platforms"). */
const CONDITION_PARTY = new RegExp(`^(?:it|they|he|she|you|we|I|\\p{Lu}[\\p{L}’'-]+|(?:the|its|their|his|her|our|this|that|these|those|any)${S}(?:[\\p{L}’'-]+${S}){0,2}?(?:${alt([...WORDS.partyNouns, ...WORDS.conditionParties])}))(?![\\p{L}])`, 'u');
/** After a party's knowledge or warning, in its sentence: "and" or "then", the party or a pronoun, and a verb of a deed
 *  done, not negated ("… and had sent inspectors the next day", "and it closed the bridge"). */
const ACTED_AFTER_KNOWING = new RegExp(`(?<![\\p{L}])(?:and|then)(?:${S}(?:it|they|he|she|the${S}[\\p{L}-]+))?(?:${S}(?:had|has|have|${alt(WORDS.promptAdverbs)}))*${S}(?!not(?![\\p{L}])|never(?![\\p{L}]))(?:\\p{L}+ed|${alt(WORDS.irregularPastDeeds)})(?![\\p{L}])(?!${S}(?:quiet|silent|nothing|mum|no${S}one|nobody|schtum)(?![\\p{L}]))`, 'iu');
/** The speaker's side as the subject just before ("we had been warned", "I had known"): then not another party's fault. */
const FIRST_PERSON_BEFORE = /(?:^|[^\p{L}’'])(?:I|[wW]e)(?:[^\S\n]+(?:had|have|has|then|just|simply|also|all))?[^\S\n]*$/u;
const NOTICE_COUNT = `(?:\\d+|${alt(WORDS.shortNoticeCounts)})`;
const RX = {
  criticism: phrases(WORDS.criticism),
  // "This is a rent rise dressed up as a service charge", "the plan was “a tax disguised as a health policy”": after a
  // copula, an article and one to six words, a link of pretence (act-words disguiseLinks). Not "were dressed up as pirates".
  disguised: new RegExp(`(?<![\\p{L}])(?:is|was|are|were|[’'](?:s|re))${S}(?:(?:just|simply|really|nothing${S}more${S}than|little${S}more${S}than)${S})?${QUOTE}(?:a|an)${S}(?:[\\p{L}’'-]+${S}){1,6}?(?:${alt(WORDS.disguiseLinks)})(?![\\p{L}-])`, 'giu'),
  // "This is just what you get when an inspector …", "It's what you get when …" (act-words blamedOutcomeLinks).
  blamedOutcome: new RegExp(`(?<![\\p{L}’'])(?:is|was|[’']s)(?:${S}(?:exactly|precisely|just))?${S}(?:${alt(WORDS.blamedOutcomeLinks)})(?![\\p{L}-])`, 'giu'),
  // "I'd like to see anyone live on that", "… anyone try to justify it": a challenge to anyone to do what cannot be done
  // (act-words retortTargets, retortVerbs); not a boast of one's own strength ("I'd like to see anyone try to score
  // against this defence": no retortVerbs word).
  retort: new RegExp(`(?:(?<![\\p{L}])would|(?<=\\p{L})[’']d)${S}(?:(?:really|just|dearly)${S})?(?:like|love)${S}to${S}see${S}(?:${alt(WORDS.retortTargets)})${S}(?:try${S}to${S})?(?:${alt(WORDS.retortVerbs)})(?![\\p{L}-])`, 'giu'),
  earlierWarning: new RegExp(`(?:^|[.!?][”"’]?${S}[“"‘]?|[“"‘])(?:I|We)(?:${S}(?:had|have)|[’'](?:ve|d))?${S}(?:${alt(WORDS.earlierWarnings)})(?![\\p{L}-])`, 'gu'),
  repeatedPlea: new RegExp(`(?<![\\p{L}])every${S}time${S}(?:I|we)${S}(?:${alt(WORDS.repeatedPleaVerbs)})(?![\\p{L}-])`, 'giu'),
  futileOutcome: new RegExp(`(?<![\\p{L}])(?:${alt(WORDS.futileOutcomes)})(?![\\p{L}-])`, 'iu'),
  // "This is not a staffing gap. It is a choice.", "It was not a funding problem but a political decision": an excuse
  // denied, then what happened named a choice (chosenCauses), in the next sentence or after "but".
  chosenCause: new RegExp(`(?<![\\p{L}’'])(?:is|was|are|were)(?:${S}(?:not|never)|n[’']t)${S}(?:(?:just|simply|merely|only)${S})?(?:(?:a|an|the)${S})?[\\p{L}-]+(?:${S}[\\p{L}-]+){0,3}?(?:[.;,—–]${S}[“"‘]?(?:(?:[bB]ut|[aA]nd)${S})?(?:[iI]t|[tT]his|[tT]hat)(?:${S}(?:is|was)|[’']s)|${S}but)${S}(?:(?:simply|just|purely|clearly)${S})?(?:${alt(WORDS.chosenCauses)})(?![\\p{L}-])`, 'gu'),
  // "the trust has left us no choice", "they gave our members no alternative": a party blamed for the step the speaker's
  // side takes; not the speaker's own "we have no choice" (no verb of leaving), nor "I left them no choice".
  noChoiceLeft: new RegExp(`(?<![\\p{L}’'])(?:(?:has|have|had)${S}(?:(?:now|simply|really|effectively)${S})?)?(?:left|leaves|leaving|given|gave|gives)${S}(?:us|me|them|our${S}[\\p{L}-]+|(?:the${S})?(?:workers|staff|members|residents|families|tenants|nurses|teachers|drivers))${S}(?:with${S})?(?:no|little)${S}(?:${alt(WORDS.noChoiceNouns)})s?(?![\\p{L}-])`, 'gu'),
  // "We are not against the stadium. We are against pretending it costs nothing": a stance disowned, then the one held, against
  // what the speaker names: a criticism of it (GUIDE decision 7). Not "We are not against tourists. This village has
  // depended on them …".
  notAgainstButAgainst: new RegExp(`(?<![\\p{L}’'])(?:I|[wW]e)(?:${S}(?:am|are)|[’'](?:m|re))${S}not${S}against(?![\\p{L}])[^.;!?\n]{1,80}[.;,—–]${S}[“"‘]?(?:(?:[bB]ut|[aA]nd)${S})?(?:I|[wW]e)(?:${S}(?:am|are)|[’'](?:m|re))${S}(?:(?:just|simply|only)${S})?against(?![\\p{L}])`, 'gu'),
  writtenRequest: new RegExp(`(?<![\\p{L}])(?:written|write|wrote|writing)${S}to${S}(?:[\\p{L}’'-]+${S}){1,6}?(?:[^\\S\\n]*,)?(?:${alt(WORDS.writtenRequestLinks)})(?![\\p{L}-])`, 'giu'),
  wantedState: new RegExp(`(?<![\\p{L}’'])(?:I|[wW]e)(?:${S}(?:just|only|really|simply|all))?${S}want${S}(?:her|him|them|(?:the|our|my|this|that)${S}[\\p{Ll}-]+)${S}(?:${alt(WORDS.wantedStates)})(?![\\p{L}-])`, 'gu'),
  outOfTouch: new RegExp(`(?<![\\p{L}])(?:(?:${alt(WORDS.decidedThings)})(?![\\p{L}])[^.;!?\\n]{0,70}?${S}by${S}(?:${alt(WORDS.outOfTouchDeciders)})${S}(?:who|that)|the${S}(?:${alt(WORDS.outOfTouchDeciders)})${S}(?:${alt(WORDS.outOfTouchMaking)})(?![\\p{L}])(?:${S}[\\p{L}’'-]+){0,4}?)${S}[“"‘]?(?:have|has|had)(?:${S}(?:clearly|simply|obviously|probably|plainly))?${S}never(?![\\p{L}])`, 'giu'),
  brokenAssurances: new RegExp(`(?<![\\p{L}])(?:(?:${alt(WORDS.repeatCounts)})${S}(?:separate|different)${S}(?:[\\p{L}-]+${S})??(?:${alt(WORDS.brokenAssurances)})|the${S}same${S}(?:${alt(WORDS.repeatedAssurances)})${S}(?:${alt(WORDS.repeatCounts)}|twice|again${S}and${S}again)(?:${S}times)?)(?![\\p{L}-])`, 'giu'),
  // "Nobody should have to …", "Families should not have to …", "someone should have to answer": a party that is none
  // or anyone ("no …", "some…") with or without "not", any other party only with "not" ("People should have to show
  // identification" demands).
  undueBurden: new RegExp(`(?<![\\p{L}])(?:(?:${alt(BURDEN_NONE_OR_ANY)})(?:${S}[\\p{L}’'-]+){0,3}?${S}should(?:${S}not|n[’']t)?|(?:${alt(WORDS.burdenedParties)})(?:${S}[\\p{L}’'-]+){0,3}?${S}should(?:${S}not|n[’']t))${S}(?:ever${S})?have${S}to(?![\\p{L}])`, 'giu'),
  // "I want to know who signed this off", "I want to know why": not what will be ("I want to know how the new timetable
  // will work", "who will run the service" asks for information).
  accountability: new RegExp(`(?<![\\p{L}])(?:${alt(WORDS.accountabilityQuestions)})(?![\\p{L}])(?![^.;!?\\n]{0,60}?(?:(?<![\\p{L}’'])(?:will|would|can|could|might|may|shall|going${S}to)(?![\\p{L}])|[’']ll(?![\\p{L}])))`, 'giu'),
  processGoesOn: new RegExp(`^[^\\S\\n]*(?:that${S})?(?:(?:(?:its|the|their|his|her|our)${S}(?:[\\p{L}’'-]+${S})?(?:${alt(WORDS.ownProcesses)})${S}(?:was|is|were|are|remained|remains|had${S}been|has${S}been)${S}(?:still${S})?[“"‘]?(?:${alt(WORDS.processGoingOn)}))|(?:it|he|she|they|the${S}[\\p{L}-]+)${S}(?:was|were|is|are|had${S}been|has${S}been)${S}(?:(?:still|now|currently)${S})?[“"‘]?(?:${alt(WORDS.processActVerbs)})${S}(?:${alt(WORDS.processActObjects)}))[”"’]?[^\\S\\n]*[.,]?[”"’]?[^\\S\\n]*$`, 'iu'),
  belief: new RegExp(`^[^\\S\\n]*(?:that${S})?(?:he|she|they|it)(?:${S}(?:still|also|now|personally))?${S}(?:${alt(WORDS.beliefVerbs)})(?![\\p{L}-])(?!${S}(?:${alt(WORDS.beliefRejectAfter)})(?![\\p{L}]))`, 'gu'),
  // "had known about the shortages", "had been warned in 2024", then "had done nothing", "chose not to …" (GUIDE decision 79).
  knownBefore: new RegExp(`(?<![\\p{L}’'])(?:${alt(WORDS.knownBeforeIgnored)})(?![\\p{L}-])`, 'giu'),
  // "had not filed with the clerk, as county rules require", "ran with fewer guards than its permit
  // requires", "without holding the hearing required by the statute" (a minimum fallen short of; "as the law
  // requires" closes its clause or goes on to its own "to", "by" or "under": "no firm was fined, as the law requires a
  // warning first" tells what the rule asks, no shortfall); "400 hours beyond the manufacturer's limits", "more than the
  // law allows" (a maximum exceeded); "when such burning is not allowed" (the act just told, done when a rule forbids
  // it). Words between are kept to one clause.
  normBroken: new RegExp(`(?:(?<![\\p{L}’'])(?:${alt(WORDS.shortfallMarkers)})|n[’']t)(?![\\p{L}’'])[^.;!?\\n]{0,100}?(?<![\\p{L}’'])(?:(?:as|than)${S}(?:[\\p{L}\\d’'$-]+,?${S}){0,5}?(?:${alt(WORDS.minimumNorms)})(?=[^\\S\\n]*(?:[.,;:!?)”"’—–]|$)|${S}(?:to|by|under|in|of)(?![\\p{L}]))|(?:${alt(WORDS.minimumNorms)})${S}(?:by|under|in))(?![\\p{L}])`
    + `|(?<![\\p{L}’'])(?:${alt(WORDS.excessMarkers)})${S}(?:what|(?:${alt(WORDS.normOwners)}))${S}(?:[\\p{L}\\d’'-]+${S}){0,3}?(?:${alt(WORDS.maximumNorms)})(?![\\p{L}])`
    + `|(?<![\\p{L}’'])(?:when|while|where|though|although)${S}(?:such|these|those|that|this)${S}(?:[\\p{L}’'-]+${S}){0,2}?(?:are|is|was|were)${S}(?:${alt(WORDS.prohibitedStates)})(?![\\p{L}])`, 'giu'),
  culpableKnowledge: new RegExp(`(?<![\\p{L}’'])(?:${alt(WORDS.culpableKnowledge)})(?:(?<=warned)|(?=[^\\S\\n]*[.,;:!?”"’—–]|[^\\S\\n]*$|${S}(?:${alt(WORDS.knownThings)})(?![\\p{L}])))(?![\\p{L}-])`, 'giu'),
  // A step held over a party on the condition that it fails ("her office would appoint a monitor if the city did not
  // …", "If the landlords will not fix the flats, we will make them"): a party with "will", "would" or "shall" and
  // a step (not "be": "I would be surprised if …" is a feeling), and in the same sentence an "if" or "unless" clause
  // whose words say the other side does not do, fails, refuses or keeps on; either order.
  conditionalThreat: new RegExp(`(?<![\\p{L}’'])(?:[iI]f|[uU]nless)${S}[^.;:!?—–\\n]{0,120}?(?:(?<![\\p{L}’'])(?:${alt(WORDS.failureInCondition)})(?![\\p{L}’'])|n[’']t(?![\\p{L}]))[^.;:!?—–\\n]{0,80}?,${S}(?:then${S})?(?:we|I|it|they|(?:the|his|her|its|their|our|my)${S}[\\p{L}-]+)${S}(?:will|would|shall)${S}(?!be(?![\\p{L}]))`
    + `|(?<![\\p{L}’'])(?:[wW]e|I|it|he|she|they|(?:[tT]he|[hH]is|[hH]er|[iI]ts|[tT]heir|[oO]ur|[mM]y)${S}[\\p{L}-]+)${S}(?:will|would|shall)${S}(?!not(?![\\p{L}])|be(?![\\p{L}]))[^.;:!?—–\\n]{3,100}?(?<![\\p{L}’'])(?:if|unless)${S}[^.;:!?—–\\n]{0,80}?(?:(?<![\\p{L}’'])(?:${alt(WORDS.failureInCondition)})(?![\\p{L}’'])|n[’']t(?![\\p{L}]))`, 'gu'),
  ignoredAfter: new RegExp(`(?<![\\p{L}’'])(?:${alt(WORDS.ignoredAfterKnown)})(?![\\p{L}-])(?!${S}wrong(?![\\p{L}]))`, 'giu'),
  // "We found out from a Facebook group", "they heard about it on the radio on Monday": learning of what was just named
  // (the object left out or a pronoun) through a second-hand channel, the clause ending there: a complaint that no one
  // told the speaker (GUIDE decision 18). Not the news itself ("found out from the radio that the bridge had reopened",
  // "found out on Monday that …"), nor what the speaker did next ("heard about it from a friend and signed up").
  learnedSecondHand: new RegExp(`(?<![\\p{L}])(?:${alt(WORDS.learnedSecondHand)})${S}(?:from|through|via|on|in)${S}(?:(?:a|an|the|our|their|my|his|her|its|some)${S})?(?:[\\p{L}’'-]+${S}){0,2}?(?:${alt(WORDS.secondHandChannels)})(?![\\p{L}-])(?:${S}(?:on|at|in|last|before|after|earlier|only|just|like|along|from|of)(?![\\p{L}])(?:${S}(?!(?:that|and|but|which|who|when|what|how|whether|because|so|then)(?![\\p{L}]))[\\p{L}\\d’'-]+){0,4})?[^\\S\\n]*(?:[.,;!?—–”"’]|$)`, 'giu'),
  // "had learned of the layoffs from a staff-wide memo", "heard about the cuts from a neighbour at the bus stop": a
  // decision by others, named, that reached the speaker through a second-hand channel: the same complaint that no one
  // told them. The rest of the sentence may place or time it, but not go on to what the speaker did next or to more news
  // ("… from a leaflet and welcomed it", "… from a letter that set out the timetable"); not an opportunity ("heard about
  // the job on Facebook").
  learnedDecision: new RegExp(`(?<![\\p{L}])(?:${alt(WORDS.learnedOf)})${S}(?:the|its|their|his|her|our|this|these|those)${S}(?:[\\p{L}’'-]+${S}){0,2}?(?:${alt(WORDS.decisionsLearned)})(?:${S}(?:[\\p{L}’'-]+${S}){0,3}?|${S})[“"‘]?(?:from|through|via|on|in)${S}(?:(?:a|an|the|our|their|my|his|her|its|some)${S})?(?:[\\p{L}’'-]+${S}){0,2}?(?:${alt(WORDS.secondHandChannels)})(?![\\p{L}-])(?![^.;!?\\n]*?(?<![\\p{L}])(?:and|but|so|then|that|which|who|where|because|after)(?![\\p{L}]))`, 'giu'),
  shouldHave: new RegExp(`(?<![\\p{L}])([\\p{L}]+)${S}(?:${alt(WORDS.thirdPartyShouldHave)})${S}(been|[\\p{L}]+(?:ed|en)|known|told|done|made|taken|seen|said|paid|kept|left|sent|spent|brought|thought|put|set|stopped|acted|checked|warned|asked)(?![\\p{L}])`, 'giu'),
  praise: phrases(WORDS.praise),
  // "its “full support” for the coach", "full confidence in her", "gave him her full support.": support given to
  // someone; not support a party has ("had the full support of its members").
  support: new RegExp(`(?<![\\p{L}])(?:${alt(WORDS.supportGiven)})[”"’]?(?:${S}(?:for|in|to|behind)(?![\\p{L}])|(?=[^\\S\\n]*[”"’]?[^\\S\\n]*(?:[.,;!?]|$)))`, 'giu'),
  // "it supported the families", "they backed the teachers", "she backed the commission’s decision": the speaker,
  // opening its reported words, siding with a party or its step (LABELS.md PRAISE: defend others).
  supportedParty: new RegExp(`^[^\\S\\n]*(?:that${S})?(?:it|they|he|she)(?:${S}(?:had|has|have|${alt(WORDS.supportAdverbs)}))*${S}[“"‘]?(?:${alt(WORDS.supportVerbs)})[”"’]?${S}(?:the|its|their|his|her|all)(?![\\p{L}])`, 'gu'),
  warning: phrases(WORDS.warning),
  // "That is not how a budget should be made", "this isn't the way a hospital ought to be run": how it was done judged
  notHowItShould: new RegExp(`(?<![\\p{L}])(?:is|was|are|were)(?:${S}not|n[’']t)${S}(?:how|the${S}way)(?![\\p{L}])[^.;:!?\\n]{1,50}?(?<![\\p{L}])(?:should|ought${S}to)(?![\\p{L}])`, 'giu'),
  // "the bloc had “serious concerns” about the count", "raised grave concerns over": concerns held or raised, with a
  // word of their weight (LABELS.md: raise concerns is WARN); not "addressed the concerns", "a concern for safety".
  heldConcerns: new RegExp(`(?<![\\p{L}])(?:${alt(WORDS.concernHoldingVerbs)})${S}(?:(?:very|such|some|real|many|several)${S})?${QUOTE}(?:${alt(WORDS.concernWeights)})${S}concerns?(?![\\p{L}])`, 'giu'),
  // "urges both parties to de-escalate", "calls on the ministry to publish" (act-words presentRequestVerbs)
  presentRequest: new RegExp(`(?<![\\p{L}])(?:${alt(WORDS.presentRequestVerbs)})${S}(?:[\\p{L}’'-]+${S}){1,5}?to${S}(?:${QUOTE})?[\\p{Ll}]+`, 'giu'),
  // "Not one word of his account holds up", "none of the minister's figures adds up" (act-words discreditedAccounts):
  // another party's account, by a third-person possessor ("our account" is the speaker's own)
  discredited: new RegExp(`(?<![\\p{L}])(?:not${S}(?:one|a|a${S}single)${S}(?:word|line|part)|none|no${S}part)${S}of${S}(?:(?:his|her|their)|(?:the${S})?(?:[\\p{L}-]+${S})?[\\p{L}-]+[’']s?)${S}(?:[\\p{L}-]+${S})?(?:${alt(WORDS.discreditedAccounts)})${S}(?:${alt(WORDS.discreditingVerdicts)})(?![\\p{L}])`, 'giu'),
  // "holding a whole city hostage", "holds the budget to ransom" (act-words hostageHeldThings)
  heldHostage: new RegExp(`(?<![\\p{L}])(?:hold|holds|holding|held)${S}(?:(?:the|a|an|this|that|our|their|his|her|its|my|your|whole|entire|every|an${S}entire)${S}){0,3}(?:[\\p{L}-]+${S})?(?:${alt(WORDS.hostageHeldThings)})${S}(?:hostage|to${S}ransom)(?![\\p{L}])`, 'giu'),
  table: new RegExp(`(?<![\\p{L}])(?:every|all|any|no)?${S.replace('+', '*')}(?:${alt(WORDS.tableOptions)})${S}(?:(?:is|are|was|were|remains?|stays?)${S})?(?:(?:still|firmly|very${S}much|now)${S})?(?:on|off)${S}the${S}table(?![\\p{L}])`, 'giu'),
  risk: new RegExp(`(?<![\\p{L}-])(?:(${alt(WORDS.riskRejectBefore)})${S})?(?:${alt(WORDS.riskOpeners)})${S}(?:${alt(WORDS.riskNouns)})(?![\\p{L}-])${S}(?:${alt(WORDS.riskContinuations)})(?![\\p{L}])(?=([^.;!?\\n]{0,50}))`, 'giu'),
  // "risks alienating", "risked driving … out": a verb of risk before what would follow.
  riskVerb: /(?<![\p{L}-])(?:risk|risks|risked|risking)[^\S\n]+(?!being\b)([\p{L}]+ing)(?![\p{L}])/giu,
  reassurance: new RegExp(`(?<![\\p{L}])(?:${alt(WORDS.reassurance)})(?![\\p{L}])`, 'iu'),
  should: new RegExp(`(?<![\\p{L}])([hH]e|[sS]he|[tT]hey|[yY]ou|(?:[tT]he|[tT]his|[oO]ur|[tT]heir|[iI]ts)${S}(?:[\\p{Ll}-]+${S}){0,2}(?:${alt([...WORDS.partyNouns, ...WORDS.polityNouns])})|(?:[tT]he${S})?\\p{Lu}(?:\\.\\p{Lu})+\\.|(?!(?:We|It|This|That|There|What|Who|Which|Nobody|No|Everyone|Everybody|People|Someone|Somebody|Nor|So|But|And|Or|Then|Now|If|When|Maybe|Perhaps)(?![\\p{L}]))[\\p{Lu}][\\p{L}-]+(?:${S}[\\p{Lu}][\\p{L}-]+){0,2})${S}(?:should|must|ought${S}to)(?:${S}(?:now|immediately|also|at${S}least))?${S}(?!(?:${alt(WORDS.shouldRejectVerbs)})(?![\\p{L}]))(?:not${S})?(?!have${S})[\\p{Ll}]+`, 'gu'),
  demand: phrases(WORDS.demandPhrases),
  owe: new RegExp(`(?<![\\p{L}])(?:owes|owe|owed)${S}(?:[\\p{L}’'-]+${S}){0,3}?(?:[“”"]?(?:a|an|some|real|proper|full|public|written)${S}){0,2}(?:${alt(WORDS.oweObjects)})(?![\\p{L}])`, 'giu'),
  imperative: new RegExp(`(?:^|[.!?][^\\S\\n]*[“”"]?[^\\S\\n]*)(?:${alt(WORDS.imperativeOpeners)})(?![\\p{L}])(?!${S}(?:${alt(WORDS.imperativeReject)})(?![\\p{L}]))`, 'giu'),
  nonAnswer: new RegExp(`(?<![\\p{L}])(?:${alt(WORDS.nonAnswer)})(?![\\p{L}])(?!${S}(?:${alt(WORDS.nonAnswerRejectAfter)})(?![\\p{L}]))`, 'giu'),
  // "nobody ever told us", "no one had consulted the residents": those affected were left out of what was owed them
  // (being told, asked, consulted, warned). The one left out follows as a person: a pronoun or a description; not what
  // nobody did for themselves ("nobody had asked for a refund") and not what was not done to anyone ("nobody explained why").
  uninformed: new RegExp(`(?<![\\p{L}])(?:nobody|no${S}one|no-one)${S}(?:(?:in|at|from|on)${S}(?:[\\p{L}’'-]+${S}){1,3}?)?(?:(?:ever|even|had|has|have|was|were|once)${S}){0,2}(?:${alt(WORDS.uninformedVerbs)})(?:${S}to)?${S}(?:us|me|them|him|her|(?:the|our|their|its|his|local|any)${S}[\\p{L}-]+)(?![\\p{L}])`, 'giu'),
  // "Nobody from that firm ever called us back", "nobody at the council has told us where …", "Nobody checked
  // anything": the attention those affected were owed, not given by anyone of a party named by "the" or "that" (GUIDE
  // decision 18: a complaint about conduct). Not the speaker's own side ("nobody at this bank", "nobody here": a denial),
  // not a particle verb of another sense ("checked in", "looked after"), not what happened to no one ("nobody was hurt",
  // "nobody came forward"), not "to" and a thing ("nobody would listen to the radio after ten"; "nobody would listen to
  // us" complains).
  neglected: new RegExp(`(?<![\\p{L}])(?:nobody|no${S}one|no-one)(?:${S}(?:from|at|in)${S}(?:the|that|their)${S}(?:[\\p{L}’'-]+${S}){0,2}?(?:${alt([...WORDS.partyNouns, ...WORDS.neglectingBodies])})${S}(?:(?:has|had|have|ever|even|once|actually|really|then)${S}){0,2}(?:${alt([...WORDS.neglectedByParty, ...WORDS.neglectedActs])})|${S}(?:(?:has|had|have|ever|even|once|actually|really|then)${S}){0,2}(?:${alt(WORDS.neglectedActs)}))(?![\\p{L}-])(?!${S}(?:${alt(WORDS.neglectedActsRejectAfter)})(?![\\p{L}]))(?!${S}to${S}(?!(?:us|me|them|him|her|our|my|their|anyone|anybody)(?![\\p{L}])))`, 'giu'),
  // "Nobody from the league has ever visited the ground", "nobody has cleared the drain since March": the same
  // complaint with any deed (act-words nobodyDeedsIrregular, nobodyNeutralDeeds). Group 1: the party named, if any; the
  // accepting code asks for it or for nobodyComplaintAfter later in the clause.
  nobodyActed: new RegExp(`(?<![\\p{L}])(?:nobody|no${S}one|no-one)((?:${S}(?:from|at|in|on)${S}(?:the|that|any)${S}(?:[\\p{L}’'-]+${S}){0,2}?(?:${alt([...WORDS.partyNouns, ...WORDS.neglectingBodies])}))?)${S}(?:(?:has|had|have)${S})?(?:(?:ever|even|once|yet|actually|really|then)${S})?(?!(?:${alt(WORDS.nobodyNeutralDeeds)})(?![\\p{L}]))(?:\\p{L}+ed|${alt(WORDS.nobodyDeedsIrregular)}|been${S}(?:out|to|near|back|here|there))(?![\\p{L}’'-])`, 'giu'),
  // "wrote twice without receiving a reply", "suspended without being given a reason", "the fare went up with no
  // explanation": a party's silence toward those it owed an answer (act-words unansweredGetting).
  unanswered: new RegExp(`(?<![\\p{L}])(?:without${S}(?:(?:ever${S})?(?:${alt(WORDS.unansweredGetting)})${S})?(?:a|an|any)${S}|without${S}(?:ever${S})?(?:${alt(WORDS.unansweredGetting)})${S}|with${S}(?:still${S})?no${S})(?:[“"‘]?(?:${alt(WORDS.answerQualities)})${S})?[“"‘]?(?:${alt(WORDS.answerNouns)})(?![\\p{L}-])(?!${S}(?:${alt(WORDS.answerRejectAfter)})(?![\\p{L}]))`, 'giu'),
  // "the agency had yet to answer a petition handed in last year", "the firm has never replied to our emails"
  unansweredMessage: new RegExp(`(?<![\\p{L}])(?:has|had|have)${S}(?:still${S})?(?:yet${S}to${S}(?:answer|respond${S}to|reply${S}to|acknowledge)|(?:not|never)${S}(?:yet${S})?(?:answered|responded${S}to|replied${S}to|acknowledged))${S}(?:(?:a|an|the|any|our|my|their|his|her|its|repeated|several|\\d+|two|three|four|five|six)${S}){0,2}(?:[\\p{L}-]+${S}){0,2}?(?:${alt(WORDS.unansweredMessages)})(?![\\p{L}-])`, 'giu'),
  // "with less than three weeks' notice", "had only two weeks' notice", "learned of the move only an hour before the
  // staff did" (act-words shortNoticeMarkers)
  shortNotice: new RegExp(`(?<![\\p{L}])(?:(?:given|had|got|received|with)${S}(?:${alt(WORDS.shortNoticeMarkers)})${S}${NOTICE_COUNT}${S}(?:${alt(WORDS.shortNoticeSpans)})[’']?${S}notice(?!${S}periods?(?![\\p{L}]))|(?:told|informed|learned|learnt|heard|warned)${S}(?:of|about)${S}(?:[\\p{L}’'-]+${S}){1,4}?(?:${alt(WORDS.shortNoticeMarkers)})${S}${NOTICE_COUNT}${S}(?:${alt(WORDS.shortNoticeSpans)})${S}before)(?![\\p{L}])`, 'giu'),
  // "we never heard back", "has heard nothing further", "stopped returning our calls"
  unheardBack: new RegExp(`(?<![\\p{L}])(?:${alt(WORDS.unheardBack)}|stopped${S}(?:answering|returning)${S}(?:(?:the|our|my|their|his|her|any)${S})?(?:${alt(WORDS.unansweredMessages)}))(?![\\p{L}-])`, 'giu'),
  // "We have been writing to the board for two winters that …", "I have been writing to the council for months": the
  // speaker's side has long told a party what that party did not act on (GUIDE decision 18: a complaint about its
  // conduct). The party is a name or a party noun ("the agency", "Neskhurst"), not those the speaker serves ("telling
  // customers for years that the branch would move"); the speaker's own side speaks ("we", "I", "our members"), not the
  // party itself ("the council has been telling residents for weeks …").
  unheeded: new RegExp(`(?<![\\p{L}])(?:[wW]e|I|[oO]ur${S}[\\p{Ll}-]+)${S}(?:have|had)${S}been${S}(?:${alt(WORDS.unheededTelling)})${S}(?:(?:the|this|that)${S}(?:[\\p{Ll}-]+${S})?(?:${alt(WORDS.partyNouns)})|\\p{Lu}[\\p{L}’'-]+(?:${S}\\p{Lu}[\\p{L}’'-]+){0,2})${S}for${S}(?:[\\p{L}\\d-]+${S}){0,2}?(?:years|months|decades|year)(?![\\p{L}])`, 'gu'),
  // "They keep telling us the readings are normal", "For a decade we were told we were making it up", "Lomling told us for years
  // about their siren", "Now they tell us the route doesn't pay": a party has long (or over and over) told the
  // speaker's side what turned out otherwise (GUIDE decision 18: a complaint about its conduct). In the speaker's own
  // quoted words only, where "they" is another party; the teller is "they", a name or a party noun ("the council"), the
  // told the speaker or a public ("us", "me", "residents"); a passive needs a public, not one person ("I was told for years
  // I would never walk" laments), and a span ("for years") or "keep telling". Not advice ("has been telling residents for
  // months to expect roadworks"). "Now they tell" is decided with its tone.
  longTold: new RegExp(`(?<![\\p{L}’'-])(?:(?:[tT]hey|${NAME}|${PARTY_NOUN})${S}(?:(?:keep|keeps|kept)${S}(?:on${S})?telling${S}(?:us|me|${alt(WORDS.misledCollectives)})|(?:(?:have|has|had)${S})?(?:told|been${S}telling)${S}(?:us|me|${alt(WORDS.misledCollectives)})${S}for${S}(?:[\\p{L}\\d-]+${S}){0,2}?(?:${alt(WORDS.tellingSpans)}))|(?:${altCap(WORDS.misledCollectives)})${S}(?:were|(?:have|had)${S}been|[’']ve${S}been)${S}told${S}(?:(?:again${S}and${S}again|over${S}and${S}over|time${S}and${S}again)|for${S}(?:[\\p{L}\\d-]+${S}){0,2}?(?:${alt(WORDS.tellingSpans)}))|[fF]or${S}(?:[\\p{L}\\d-]+${S}){0,2}?(?:${alt(WORDS.tellingSpans)}),?${S}(?:(?:${altCap(WORDS.misledCollectives)})${S}(?:were|(?:have|had)${S}been|[’']ve${S}been)${S}told|(?:[tT]hey|${NAME}|${PARTY_NOUN})${S}(?:(?:have|has|had)${S})?(?:told|been${S}telling)${S}(?:us|me|${alt(WORDS.misledCollectives)})))(?![\\p{L}])(?![^\\S\\n]*,?${S}to${S})`, 'gu'),
  nowTheyTell: new RegExp(`(?<![\\p{L}])[nN]ow${S}(?:they|${NAME}|${PARTY_NOUN})${S}(?:tell|tells)${S}(?:us|me|${alt(WORDS.misledCollectives)})(?![\\p{L}])`, 'gu'),
  // "would seek damages if the film was aired", "if the talks fail, members will walk out": a sanction on a condition.
  threat: new RegExp(`(?<![\\p{L}])(?:will|would|could|[’']ll)${S}(?:${WORD_S}){0,8}?(?:${SANCTION})(?![\\p{L}])[^.;!?\\n]{0,100}?(?<![\\p{L}])(?:if|unless)(?![\\p{L}])|(?<![\\p{L}])(?:if|unless)${S}[^.;!?\\n]{1,100}?(?<![\\p{L}])(?:will|would|could|[’']ll)${S}(?:${WORD_S}){0,8}?(?:${SANCTION})(?![\\p{L}])`, 'giu'),
  // "That is not planning. That is gambling.", "This was never a debate. It was a decree.": a quote that
  // corrects a name for what someone did, recasting it as something worse. The negated predicate names a thing or a
  // doing ("a", "the", "how", "-ing"); not an addition ("not only", "not just"), a place or a figure ("were not at 20
  // percent. We were at 6"); not across a quote's end, and not "is not about" (a denial, decided earlier). The recast
  // sentence must judge (see its use below).
  correction: new RegExp(`(?<![\\p{L}])(?:is|was|are|were|[’']s|[’']re)(?:${S}not|n[’']t|${S}never)${S}(?:a|an|the|how|what|[\\p{Ll}]+ing)(?![\\p{L}])[^.;!?\\n“”"]{0,80}?[.;]${S}${QUOTE}(?:It|This|That|They|We)(?:[’'](?:s|re)|${S}(?:is|was|are|were|went|just|has|had|[\\p{Ll}]+s))(?![\\p{L}])`, 'gu'),
  // "This was never a debate. It was a decree.": the same recast of something that happened, in the past.
  // A past act named and renamed as another thing is a judgement of what someone did: both predicates are noun phrases
  // ("was never a debate", "It was a decree"), and the recast must not read clearly positive (see its use
  // below). Not any past clause after a negation ("It wasn't easy. It took us three years", "That was never the plan.
  // We wanted to sell", "It was not a surprise. We had expected the ruling"): they tell what happened, not what it was.
  pastCorrection: new RegExp(`(?<![\\p{L}])(?:was|were)(?:${S}not|n[’']t|${S}never)${S}(?:(?:a|an|the|any)${S}[\\p{Ll}][\\p{L}-]*|[\\p{Ll}]+ing)(?![\\p{L}])[^.;!?\\n“”"]{0,80}?[.;]${S}${QUOTE}(?:It|This|That|They)${S}(?:was|were)${S}(?:(?:just|only|simply|really|merely|nothing${S}more${S}than|little${S}more${S}than|nothing${S}but)${S})?(?:a|an)(?![\\p{L}])`, 'gu'),
  // "If the mill shuts, the shops shut", "Once they leave, they never return", "If we lose the wild bees, …": a condition
  // that something valued is lost, closes or vanishes, then its consequence: a warning. The loss verb ends its clause
  // (intransitive: "if the plant closes,"; not "goes to the tribunal", "is close") or "lose" takes a determined object
  // ("lose the", "lose our"; not "lose a game", "lose here").
  lossCondition: new RegExp(`(?:^|[^\\p{L}])(?:[iI]f|[oO]nce)${S}(?:[\\p{L}’'-]+${S}){1,4}?(?:(?<!(?:is|are|was|were|be|been|being|so|too|very|get|gets|got|seems?|looks?)${S})(?:${alt(WORDS.lossVerbs)})(?:${S}(?:down|away|under))?[^\\S\\n]*[,;—–-]|(?:lose|loses)${S}(?:the|our|their|its|this|these|those|another|all${S}(?:the|our))${S}(?!(?:${alt(WORDS.contests)})(?![\\p{L}]))(?:[\\p{L}’'-]+${S}){0,3}?[\\p{L}’'-]+[^\\S\\n]*[,;—–-])${S}(?!(?:then${S})?(?:we|I)${S}(?:will|would|[’']ll)${S}(?:defend|appeal|respond|look|consider|review|talk))`, 'gu'),
  // "the merger would tear the soul out of the old town", "the cap will force small suppliers out", "scrapping the
  // route would cut the villages off": a measure foretold to harm (a warning of its consequence). The measure is a noun
  // phrase with a determiner, or one that opens the clause bare ("price caps would backfire"), or the clause opens with
  // a doing.
  harmFollows: new RegExp(`(?:(?:(?<![\\p{L}])(?:the|this|that|its|their|his|her|our|such${S}a|a)${S}|^[^\\S\\n]*(?:that${S})?(?=[\\p{Ll}]))(?:[\\p{L}$\\d’'.,-]*${NON_EMPTY}${S}){0,3}?(?:${alt(WORDS.measureNouns)})${S}(?:(?:on|to|of|for|in)${S}(?:${WORD_S}){1,3}?)?|^[^\\S\\n]*(?:that${S})?[\\p{Ll}]+ing${S}(?:${WORD_S}){1,5}?)(?:would|will|could)${S}(?:(?:simply|only|also|inevitably|just|effectively)${S})?[“"‘]?(?:${HARM})(?![\\p{L}])`, 'giu'),
  // "workers had been instructed not to write down the counts", "supervisors told the guards not to log the names", "crews were
  // told last spring to “stop logging” the figure": an order to staff to keep their work off the record pins a concealment on
  // whoever gave it (LABELS.md: content that pins a wrongful act on someone). The order's receivers are staff (or a
  // pronoun, in the words of those who received it), not the public ("residents were told not to drink the water",
  // "reporters were asked not to record the hearing"); "report to", "file for", "enter the building" keep no record.
  silenced: new RegExp(`(?<![\\p{L}])(?:(?:(?:they|we|he|she|I)|(?:(?:the|its|their|our|his|her|some|many|all|two|three|several|other)${S})?(?:[\\p{Ll}-]+${S}){0,2}?(?:${alt(WORDS.instructedStaff)}))${S}(?:(?:had|have|has|was|were)${S})?(?:been${S})?(?:${alt(WORDS.instructionVerbs)})|(?:${alt(WORDS.instructionVerbs)})${S}(?:(?:the|its|their|our|his|her|some|all)${S})?(?:[\\p{Ll}-]+${S})?(?:them|us|me|him|her|${alt(WORDS.instructedStaff)}))(?![\\p{L}])(?:${S}(?:[\\p{L}\\d’'-]+${S}){0,4}?|${S})(?:not${S}to|to${S}[“"‘]?(?:stop|avoid))${S}[“"‘]?(?:(?:${alt(WORDS.recordKeeping)})(?![\\p{L}])|(?:${alt(WORDS.recordWriting)})(?![\\p{L}])(?=[^.;!?\\n]{0,60}?(?<![\\p{L}])(?:in|on|into|onto)${S}(?:(?:the|a|an|its|their|our|his|her|any)${S})?(?:[\\p{L}’'-]+${S}){0,2}?(?:${alt(WORDS.recordBooks)})(?![\\p{L}])))(?!${S}(?:to|for|back|in|into|on|at)(?![\\p{L}]))`, 'giu'),
  // "foremen had told the welders not to log the faults", "supervisors had ordered them to keep selling the warranties": those
  // set over staff directing them, told by another (a union, a former employee, a regulator): what staff were made to do
  // is pinned on the superiors (LABELS.md ACCUSE: content that pins a wrongful act on someone).
  staffDirected: new RegExp(`(?<![\\p{L}’'-])(?:${alt(WORDS.superiors)})${S}(?:(?:had|have|has)${S})?(?:(?:${alt(WORDS.directingAdverbs)})${S})?(?:${alt(WORDS.directingVerbs)})${S}(?:(?:the|its|their|some|all|other)${S})?(?:[\\p{Ll}-]+${S})?(?:them|${alt(WORDS.instructedStaff)})(?![\\p{L}])${S}(?:[\\p{L}\\d’'-]+${S}){0,3}?(?:not${S})?(?:to|from)(?![\\p{L}])`, 'gu'),
  // "the trustees chose not to replace the boiler", "the landlord had been warned and chose to wait", "had chosen to spend
  // the grant on a new logo instead": a
  // party's choice not to act, or to act against what was asked of it (GUIDE decision 79, a warning ignored).
  chosenInaction: new RegExp(`(?<![\\p{L}’'-])([\\p{L}’'-]+)${S}(?:(?:had|has|have)${S})?(?:(?:${alt(WORDS.choosingAdverbs)})${S})?[“"‘]?(?:chose|chosen)${S}(?:not${S}to(?![\\p{L}])|to${S}(?:(${alt(WORDS.chosenFaults)})(?![\\p{L}-])|(${alt(WORDS.chosenInactions)})(?![\\p{L}-]))?)`, 'gu'),
  // "Fitters at the depot were pressed to sign off on brakes", "inspectors had been given a quota of failing a quarter of the
  // vehicles", "we were pushed to skip the checks": staff (or the insiders themselves) under pressure or a target from
  // above. Used only in an anonymous insider's account (see its use).
  pressedStaff: new RegExp(`(?<![\\p{L}])(?:(?:they|we|I|(?:(?:the|its|their|our|some|many|all|two|three|several|other)${S})?(?:[\\p{Ll}-]+${S}){0,2}?(?:${alt(WORDS.instructedStaff)}))(?![\\p{L}])(?:[^.;!?\\n]{0,80}?)${S}(?:(?:had|have|has)${S}been|were|was)${S}(?:(?:${alt(WORDS.pressureAdverbs)})${S})?(?:(?:${alt(WORDS.pressureVerbs)})${S}to${S}[“"‘]?(?:${alt(WORDS.pressuredActs)})(?![\\p{L}])|(?:set|given)${S}(?:[\\p{L}-]+${S}){0,2}?targets?${S}(?:of|for)${S}(?:${alt(WORDS.pressuredActs)})(?![\\p{L}])))`, 'giu'),
  sanction: new RegExp(`(?<![\\p{L}])(?:${SANCTION})(?![\\p{L}])`, 'iu'),
  operational: new RegExp(`^(?:${alt(WORDS.operationalSanctions)})`, 'iu'),
  // A party after the measure ("suspend the contract with the firm", "send him the bill") or as the condition's subject
  // ("if the landlord misses …"): a pronoun of a person, a name, or a description headed by a party noun.
  partyAfter: new RegExp(`^${S}(?:[\\p{Ll}-]+${S}){0,4}?(?:him|her|them|us|you|me|(?:the|its|their|our|his|her|this|that|any)${S}(?:[\\p{Ll}-]+${S}){0,2}(?:${alt(WORDS.partyNouns)})|[\\p{Lu}][\\p{L}-]+)(?![\\p{L}])`, 'u'),
  conditionSubject: new RegExp(`^${S}(?:he|she|they|we|you|(?:the|its|their|our|his|her|this|that|any)${S}(?:[\\p{Ll}-]+${S}){0,2}(?:${alt(WORDS.partyNouns)})|[\\p{Lu}][\\p{L}-]+)(?![\\p{L}])`, 'u'),
  // "his remark was basically the “textbook definition” of a conflict of interest", "the deal was the very definition of cronyism": after a
  // copula (no negation: "is not the" does not match), the model case of a fault. Not the phrase as a subject ("the very
  // definition of corruption was widened") nor a neutral term ("the textbook definition of a recession").
  definedFault: new RegExp(`(?:(?<![\\p{L}])(?:is|was|are|were|remains)|[’']s)(?:${S}(?:${alt(WORDS.definitionLinks)}))*${S}[“"‘']{0,2}(?:the|a)${S}[“"‘]?(?:${alt(WORDS.definitionModifiers)})${S}definition[”"’]?${S}of${S}[“"‘]?(?:(?:a|an)${S})?(?:[\\p{L}-]+${S})?(?:${alt(WORDS.definedFaults)})(?![\\p{L}-])`, 'giu'),
  // "selling out the American worker", "sold us out", "they were sold out by Brussels": a betrayal of people.
  soldOut: new RegExp(`(?<![\\p{L}])(?:(?:sell|sells|selling|sold)[-\\s]out${S}(?:(?:the|our|their|his|her|its|your|these|those|this|every)${S})?(?:(?!(?:${alt(WORDS.soldOutToWords)})(?![\\p{L}]))[\\p{L}-]+${S}){0,2}?(?:${alt(WORDS.betrayedParties)})(?![\\p{L}’'-])(?=[^\\S\\n]*(?:[.,;:!?”"’)—–]|$)|${S}(?:${alt(WORDS.betrayalEnds)})(?![\\p{L}]))|(?:sell|sells|selling|sold)${S}(?:${alt(WORDS.betrayedPronouns)}|(?:the|our|their|his|her|its|your)${S}(?:[\\p{L}-]+${S})?(?:${alt(WORDS.betrayedParties)}))${S}out(?![\\p{L}])(?!${S}of(?![\\p{L}]))|(?:was|were|been|being|got|get|feel|felt)${S}sold${S}out${S}by(?=${S}(?!(?:(?:the|its|their|our|his|her|this|that|next)${S})?(?:${alt(WORDS.soldOutByTimes)})(?![\\p{L}]))\\p{L}))`, 'giu'),
  timelyPraise: new RegExp(`${NOT_AFTER_WORD}(?:${alt(WORDS.timelyPraise)})(?![\\p{L}-])(?!${S}(?:${alt(WORDS.timelyPraiseRejectAfter)})(?![\\p{L}]))`, 'giu'),
  positiveName: phrases(WORDS.positiveNames),
  faultName: new RegExp(`(?<![\\p{L}])(?:${alt(WORDS.faultNames)})(?![\\p{L}-])`, 'iu'),
  worry: phrases(WORDS.worryPhrases),
  riskNoun: new RegExp(`(?<![\\p{L}])(?:${alt(WORDS.riskNouns)})(?![\\p{L}])`, 'iu'),
  // What a loss brings about in the consequence: another loss ("the cafés go", "the island loses its school") or no return.
  lossConsequence: new RegExp(`(?<![\\p{L}])(?:(?:${alt(WORDS.lossVerbs)})(?![\\p{L}])(?!${S}(?:to|home|ahead|on|into|through|over)(?![\\p{L}]))|(?:lose|loses|lost|losing)(?![\\p{L}])|(?:not|never)${S}(?:come|comes|coming|return|returns)(?:${S}back)?(?![\\p{L}]))|n[’']t${S}(?:come|return)(?![\\p{L}])`, 'iu'),
  chargeClaim: new RegExp(`(?<![\\p{L}])(?:${alt(WORDS.chargeClaims)})(?![\\p{L}])`, 'iu'),
  // "not draconian", "anything but a knee-jerk reaction", "far from a sham": a negator, at most an article, then the phrase.
  negatorBefore: new RegExp(`(?:^|[^\\p{L}])(?:${alt(WORDS.criticismRejectBefore)})${S}(?:(?:a|an)${S})?$`, 'iu'),
  // "critics had called the curfew ", "opponents would argue the bill is ", "the rules, described by one trader as ": a
  // verb of another's judgement in the clause before the phrase (no comma or stop between); group 1 the speaker's own
  // "I", "we" as its subject ("I would call it …", "we’d describe it as …").
  othersJudgement: new RegExp(`(?:^|(?<![\\p{L}’'])(I|[wW]e)(?:[’']d|(?:${S}(?:would|will|could|might|should|do|did|have|had|must|still|always|now))*)${S}|(?<![\\p{L}]))(?:${alt(WORDS.othersJudgementVerbs)})(?![\\p{L}])[^,;:.!?—–\\n]*$`, 'u'),
};

// perf: words a pattern cannot match without, tested (case-insensitively, as loosely as any pattern reads them) before
// it runs: most contents have none of them, and a failed test skips the pattern's search (and its compilation, made on
// first use). Each is a literal every match must contain, so a content without it has no match: results are unchanged.
const NEEDS = new WeakMap<RegExp, readonly RegExp[]>();
const needing = (...words: string[]): RegExp => new RegExp(words.join('|'), 'iu');
// "had been certified by an independent inspector", "been reviewed line by line by an outside board"; "subject to
// thorough legal and safety checks", "had been granted following a thorough assessment"; "had passed more than 30 audits".
const Q_OPEN = '[“"‘]?';
const Q_CLOSE = '[”"’]?';
const VETTED = new RegExp(`(?<![\\p{L}])(?:been${S}${Q_OPEN}(?:${alt(WORDS.vettedVerbs)})(?:${S}(?:${alt(WORDS.vettedManners)}))?${Q_CLOSE}${S}by${S}(?:(?:${alt(WORDS.vettingDeterminers)})${S})?(?:[\\p{L}-]+${S}){0,2}?(?:${alt(WORDS.vettingAgents)})`
  + `|(?:(?:${alt(WORDS.vettingAfter)})|(?:been|was|were)${S}\\p{Ll}+(?:ed|en)${S}(?:after|following))${S}${Q_OPEN}(?:(?:a|an|the|its|their|our|one${S}of${S}the${S}most|some${S}of${S}the${S}most|the${S}most)${S})?${Q_OPEN}(?:${alt(WORDS.vettingRigour)})(?:,?${S}(?:and${S})?(?:[\\p{L}-]+)){0,3}?${S}(?:${alt(WORDS.vettingNouns)})`
  + `|passed${S}${Q_OPEN}(?:(?:more${S}than|over|at${S}least)${S})?(?:\\d+|${alt(WORDS.passedCounts)})${S}(?:(?:${alt(WORDS.vettingRigour)})${S})?(?:${alt(WORDS.passedChecks)}))(?![\\p{L}-])`, 'gu');
const VETTING_DOUBT = new RegExp(`(?<![\\p{L}])(?:${alt(WORDS.vettingDoubts)})(?![\\p{L}])|n[’']t(?![\\p{L}])`, 'iu');
NEEDS.set(VETTED, [needing(' by ', 'subject', 'underw', 'through', 'passed', 'after', 'following')]);
// "That was not bad luck", "These were no isolated incidents", "It wasn't an accident": a chance, or a deliberate act
// denied (CHANCE_DELIBERATE); not "no accident that …", "not a mistake to …" (other senses).
const CHANCE_DENIED = new RegExp(`(?<![\\p{L}’'])(?:(?:is|was|are|were)(?:${S}(?:not|never|no)|n[’']t)|[’'](?:s|re)${S}(?:not|no))${S}(?:(?:${alt(WORDS.chanceDeniedAdverbs)})${S})?(?:(?:a|an)${S})?(?:${alt(bare([...WORDS.chanceExcuses, ...WORDS.deliberateDenied]))})(?![\\p{L}-])(?!${S}(?:that|to|for|of|on|in|when|if|by)(?![\\p{L}]))`, 'gu');
NEEDS.set(CHANCE_DENIED, [needing('not', 'n[’\']t', 'never', 'no'), anyPhraseOf(bare([...WORDS.chanceExcuses, ...WORDS.deliberateDenied])) ?? /./u]);
const CHANCE_AMBIGUOUS = new RegExp(`(?<![\\p{L}-])(?:${alt(bare([...WORDS.chanceAmbiguous, ...WORDS.deliberateDenied]))})$`, 'u');
const CHANCE_HARM_SUBJECT = new RegExp(`(?<![\\p{L}-])(?:${alt(WORDS.chanceHarmSubjects)})(?![\\p{L}-])`, 'iu');
const CHANCE_DELIBERATE = new RegExp(`(?<![\\p{L}-])(?:${alt(bare(WORDS.deliberateDenied))})$`, 'u');
// "every gift had been duly registered", "all of them had been approved by the auditor and settled".
const DUTY_DONE = new RegExp(`(?<![\\p{L}’'])(?:${altCap(WORDS.universalSubjects)})${S}(?:[\\p{L}’'-]+${S}){0,5}?(?:had|has|have|was|were)${S}(?:(?:always|also|each|all)${S})?been${S}[“"‘]?(?:(?:(${alt(WORDS.dutyDoneAdverbs)})${S})?(?:${alt(WORDS.dutyDoneVerbs)})|(${alt(WORDS.dutyDoneAdverbs)})${S}(?:${alt(WORDS.dutyDoneRoutineVerbs)}))(?![\\p{L}-])`, 'gu');
NEEDS.set(DUTY_DONE, [needing('every', 'each', 'all'), needing('been')]);
const CHOSEN_CULPABLE = new RegExp(`(?<![\\p{L}])(?:${alt(WORDS.chosenCulpabilityCues)})(?![\\p{L}])`, 'iu');
const CHOSEN_INSTEAD = new RegExp(`(?<![\\p{L}])(?:${alt(WORDS.chosenInsteadWords)})(?![\\p{L}])`, 'iu');
// "the tanker discharges had stayed within the terms of its licence", "its wardens had done all the licence asks of them",
// "the eviction had followed the borough's procedures": conduct told as kept to the rules, whoever the clause's subject.
const COMPLIED = new RegExp(`(?<![\\p{L}])(?:${alt(WORDS.complianceClaims)}|(?:${alt(WORDS.complianceVerbs)})${S}(?:${alt(WORDS.complianceDeterminers)})${S}(?:[\\p{L}’'-]+${S}){0,3}?(?:${alt(WORDS.conformityNorms)}|protocols?))(?![\\p{L}-])`, 'giu');
/** A request, an expectation or an infinitive before a compliance phrase ("expect every club to act within the rules"). */
const COMPLIANCE_ASKED = new RegExp(`(?<![\\p{L}])(?:${alt(WORDS.complianceRejectBefore)})(?![\\p{L}])|(?<![\\p{L}])to${S}[\\p{L}-]+${S}(?:[\\p{L}-]+${S})?$`, 'iu');
/** The part of `before` after its last sentence end (".", "!", "?" or a line break): the words of the sentence so far. */
const NOBODY_COMPLAINT_AFTER = new RegExp(`(?<![\\p{L}’'])(?:${alt(WORDS.nobodyComplaintAfter)})(?![\\p{L}’'])`, 'iu');
/** The speaker's own side just before: "we have yet to answer …" tells of its own silence. */
const OWN_SUBJECT_END = /(?<![\p{L}’'])(?:I|we)[^\S\n]+$/iu;
const sentenceTail = (before: string): string => before.slice(Math.max(...['.', '!', '?', '\n'].map((c) => before.lastIndexOf(c))) + 1);
/** A phrase list's words: the longest run of ASCII letters or digits of each phrase (a match holds one); null if some phrase has none. */
function anyPhraseOf(list: readonly string[]): RegExp | null {
  const words = new Set<string>();
  for (const phrase of list) {
    const longest = phrase.split(/[^A-Za-z0-9]+/u).reduce((a, b) => (b.length > a.length ? b : a), '');
    if (!longest) return null;
    words.add(longest);
  }
  return words.size ? needing(...words) : null;
}
const NEGATED = needing('not', 'n[’\']t', 'never');
for (const [rx, ...words] of [
  [RX.criticism, anyPhraseOf(WORDS.criticism)], [RX.praise, anyPhraseOf(WORDS.praise)], [RX.warning, anyPhraseOf(WORDS.warning)],
  [RX.demand, anyPhraseOf(WORDS.demandPhrases)], [RX.worry, anyPhraseOf(WORDS.worryPhrases)], [RX.support, anyPhraseOf(WORDS.supportGiven)],
  [RX.nonAnswer, anyPhraseOf(WORDS.nonAnswer)], [RX.shouldHave, anyPhraseOf(WORDS.thirdPartyShouldHave)],
  [RX.uninformed, anyPhraseOf(WORDS.uninformedVerbs)], [RX.owe, needing('owe')], [RX.should, needing('should', 'must', 'ought')],
  [QUALIFIED, needing('has', 'have', 'had'), anyPhraseOf(WORDS.qualifications)],
  [RX.definedFault, needing('definition')], [RX.timelyPraise, needing('time', 'history')], [RX.soldOut, needing('sell', 'sold')],
  [RX.imperative, anyPhraseOf(WORDS.imperativeOpeners)], [RX.table, needing('table')], [RX.threat, needing('if', 'unless'), anyPhraseOf([...WORDS.sanctions, ...WORDS.operationalSanctions])],
  [RX.risk, anyPhraseOf(WORDS.riskNouns)], [RX.riskVerb, needing('risk')], [RX.lossCondition, needing('if', 'once')],
  [RX.correction, NEGATED], [RX.pastCorrection, NEGATED], [RX.silenced, anyPhraseOf(WORDS.instructionVerbs), anyPhraseOf([...WORDS.recordKeeping, ...WORDS.recordWriting])],
  // (the two ran on every statement ungated: harmFollows alone was the costliest pattern of the stage)
  [RX.harmFollows, needing('would', 'will', 'could'), anyPhraseOf(WORDS.harmVerbs)], [RX.learnedSecondHand, anyPhraseOf(WORDS.learnedSecondHand)], [RX.learnedDecision, anyPhraseOf(WORDS.learnedOf), anyPhraseOf(WORDS.decisionsLearned)], [RX.unheeded, needing('been'), anyPhraseOf(WORDS.unheededTelling)], [RX.longTold, needing('told', 'telling')], [RX.nowTheyTell, needing('now'), needing('tell')], [RX.neglected, needing('nobody', 'no one', 'no-one'), anyPhraseOf([...WORDS.neglectedActs, ...WORDS.neglectedByParty])],
  [RX.nobodyActed, needing('nobody', 'no one', 'no-one')], [RX.unanswered, needing('without', 'with')], [RX.unansweredMessage, needing('answer', 'respond', 'repl', 'acknowledg')], [RX.unheardBack, needing('heard', 'stopped')], [RX.shortNotice, needing('notice', 'before')],
] as Array<[RegExp, ...Array<RegExp | null>]>) {
  const gates = words.filter((w): w is RegExp => w !== null);
  if (gates.length) NEEDS.set(rx, gates);
}
// A party's shortfall, the speaker's judgement of it (GUIDE decision 18, LABELS.md: describe as something bad): it lacks
// what its role asks ("Marlow has no plan for the harbour", "the council lacks any credibility"), it is unfit for an
// office ("Marlow is not fit to be mayor", "she is unqualified to serve"), it does not care ("the mayor doesn't even
// care about the east side"). Group 1 is the party; not negated around it; see its use for who may be the party.
const SHORT_ADV = `(?:(?:${alt(WORDS.shortfallAdverbs)})${S})?`;
// (each word in either case: "President of the United States", "the Oval Office")
const altWordCap = (list: readonly string[]): string => alt(list).replace(/(?<![\p{L}\\[])(\p{Ll})/gu, (c) => `[${c}${c.toUpperCase()}]`);
const OFFICE_DET = `(?:(?:${alt(WORDS.officeDeterminers)})${S})?`;
const OFFICE = `(?:${alt(WORDS.officeVerbs)})(?![\\p{L}])`
  + `|(?:${alt(WORDS.officeLeadVerbs)})${S}${OFFICE_DET}(?:${altWordCap(WORDS.officeBodies)})(?![\\p{L}])`
  + `|lead(?=[^\\S\\n]*(?:[.,;:!?”"’']|$))`
  + `|(?:be|become)${S}${OFFICE_DET}(?:(?:${alt(WORDS.officeTitleModifiers)})${S})?(?:${altWordCap(WORDS.officeTitles)})(?![\\p{L}])`;
const CLUE_FOLLOWS = new RegExp(`^(?:[^\\S\\n]*(?:[.,;:!?”"’'—–)]|$)|${S}(?:${alt(WORDS.clueFollowers)})(?![\\p{L}]))`, 'u');
const INDIFFERENT_CARE = new RegExp(`^${S}(?:(?:about|for)${S})?(?:${alt(WORDS.indifferentCares)})(?![\\p{L}])`, 'iu');
const REPORTED_CARE = new RegExp(`(?<![\\p{L}])(?:${alt(WORDS.reportedCareAdverbs)})${S}care$`, 'u');
const shortfall = (party: string): RegExp => new RegExp(`(?<![\\p{L}’'-])(${party})(?:${S}${SHORT_ADV}(?:(?:has|have|had)${S}${SHORT_ADV}no|(?:lacks|lack|lacked)${S}(?:any|a)|(?:has|have|had)${S}(?:not|n[’']t)${S}got${S}(?:any|a))${S}(?:(?:${alt(WORDS.lackedQualityModifiers)})${S})?(?:${alt(WORDS.lackedQualities)})(?![\\p{L}-])(?!${S}to(?![\\p{L}]))|(?:${S}(?:is|was|are|were|remains)${S}|[’'](?:s|re)${S})${SHORT_ADV}(?:not${S}(?:fit|qualified)|unfit|unqualified)${S}to${S}(?:${OFFICE})|${S}${SHORT_ADV}(?:does${S}not|doesn[’']t|did${S}not|didn[’']t|do${S}not|don[’']t)${S}(?:(?:${alt(WORDS.careAdverbs)})${S})?care(?![\\p{L}]))`, 'gu');
// "Her judgment was not right", "Marlow's instincts are just not sound": a party's faculty denied a merit. Group 1 the
// party's possessive.
const facultyFailing = (owner: string): RegExp => new RegExp(`(?<![\\p{L}’'-])(${owner})${S}(?:${alt(WORDS.partyFaculties)})(?:${S}(?:is|was|are|were|has${S}been|have${S}been)|[’']s)${S}${SHORT_ADV}not${S}(?:(?:very|always|quite)${S})?(?:${alt(WORDS.negatedFacultyMerits)})(?=[^\\S\\n]*[”"’']?[^\\S\\n]*(?:[.,;:!?—–)]|$|(?:and|but|because)(?![\\p{L}])))`, 'gu');
const EVAL_RX = {
  faultDirect: predicated(PARTY_DIRECT, WORDS.partyFaults, PERSON_DIRECT, WORDS.conductFaults),
  faultReported: predicated(PARTY_REPORTED, WORDS.partyFaults, PERSON_REPORTED, WORDS.conductFaults),
  meritDirect: predicated(PARTY_DIRECT, WORDS.partyMerits, PERSON_DIRECT, WORDS.conductMerits),
  meritReported: predicated(PARTY_REPORTED, WORDS.partyMerits, PERSON_REPORTED, WORDS.conductMerits),
  faultNamed: new RegExp(evaluation([...WORDS.partyFaults, ...WORDS.conductFaults]), 'gu'),
  meritNamed: new RegExp(evaluation([...WORDS.partyMerits, ...WORDS.conductMerits]), 'gu'),
  inactionDirect: inaction(`${PARTY_DIRECT}|${POSSESSED_LONG_DIRECT}`),
  inactionReported: inaction(`${PARTY_REPORTED}|${POSSESSED_LONG}`),
  declineDirect: partyDecline(`${PARTY_DIRECT}|${POSSESSED_LONG_DIRECT}`),
  declineReported: partyDecline(`${PARTY_REPORTED}|${POSSESSED_LONG}`),
  shortfallDirect: shortfall(PARTY_DIRECT),
  shortfallReported: shortfall(PARTY_REPORTED),
  facultyDirect: facultyFailing(`[hH]is|[hH]er|[tT]heir|${NAME}[’']s`),
  facultyReported: facultyFailing(`${NAME}[’']s`),
};
for (const rx of [EVAL_RX.facultyDirect, EVAL_RX.facultyReported]) NEEDS.set(rx, [needing('not'), anyPhraseOf(WORDS.partyFaculties) ?? /./u]);
for (const rx of [EVAL_RX.shortfallDirect, EVAL_RX.shortfallReported]) NEEDS.set(rx, [needing('no', 'lack', 'fit', 'qualified', 'care')]);
for (const rx of [EVAL_RX.inactionDirect, EVAL_RX.inactionReported]) NEEDS.set(rx, [needing('done', 'did')]);
for (const rx of [EVAL_RX.declineDirect, EVAL_RX.declineReported]) NEEDS.set(rx, [anyPhraseOf(WORDS.partyDeclines) ?? /./u]);
NEEDS.set(BAD_CHOICE, [anyPhraseOf(WORDS.choiceHeads) ?? /./u, anyPhraseOf(WORDS.badChoiceWords) ?? /./u]);
NEEDS.set(SIDE_NEVER, [needing('ever'), needing('nor', 'nobody', 'no one', 'no-one')]);
NEEDS.set(GOOD_CHOICE, [anyPhraseOf(WORDS.choiceHeads) ?? /./u, anyPhraseOf(WORDS.goodChoiceWords) ?? /./u]);
// (it ran on every statement ungated, the costliest of the stage's patterns once warm: ~36 ms a pass of train+dev, no match)
NEEDS.set(CHARGE_LACKS_MERIT, [anyPhraseOf(WORDS.chargeMeritNouns) ?? /./u]);
const FAULTS = [...WORDS.partyFaults, ...WORDS.conductFaults];
const MERITS = [...WORDS.partyMerits, ...WORDS.conductMerits];
for (const [rx, list] of [[EVAL_RX.faultDirect, FAULTS], [EVAL_RX.faultReported, FAULTS], [EVAL_RX.faultNamed, FAULTS],
  [EVAL_RX.meritDirect, MERITS], [EVAL_RX.meritReported, MERITS], [EVAL_RX.meritNamed, MERITS]] as const) NEEDS.set(rx, [EVALUATION_NEEDS(list)]);
const COLLECTIVES: ReadonlySet<string> = new Set(WORDS.misledCollectives);
/** A reason of process given for a refusal to discuss ("because of the continuing investigation", "pending litigation"). */
const REFUSAL_REASON = new RegExp(`(?<![\\p{L}])(?:because${S}of|due${S}to|given|while|pending|during)${S}(?:[\\p{L}’'-]+${S}){0,3}?(?:${alt(WORDS.refusalReasons)})(?![\\p{L}])`, 'iu');
const SELF_FINDS_FAULT = SELF_FINDING(WORDS.partyFaults);
const SELF_FINDS_MERIT = SELF_FINDING(WORDS.partyMerits);
// The speaker's judgement, not a condition, a question, a doubt or a concession: "if he is weak", "whether she was
// competent", "I don't think he is a failure", "Is he unfit?", "She is charming, but …".
/** Whether text ends inside a quote opened within it ("He told us, ‘She is a lightweight" → true). */
function insideNestedQuote(before: string): boolean {
  const open = Math.max(-1, ...[...before.matchAll(/(?:^|[\s(—–-])[‘'“"](?=\p{L}|$)/gu)].map((m) => m.index ?? -1));
  const close = Math.max(-1, ...[...before.matchAll(/[\p{L}.,!?][’'”"](?=[\s,.;:!?—–-]|$)/gu)].map((m) => m.index ?? -1));
  return open > close;
}
const CONDITIONED = /(?<![\p{L}])(?:if|whether|unless|as if|even if|might|may|could|would|wonder|wondered|asked)(?![\p{L}])/iu;
const DOUBTED = /(?<![\p{L}])(?:(?:do|does|did|would|could)(?:[^\S\n]+not|n[’']t)|never|nobody|no[^\S\n]+one|not)[^\S\n]+(?:\p{L}+[^\S\n]+)?(?:think|thinks|thought|believe|believes|say|says|said|call|consider|feel|mean|suggest|suggesting|saying)(?![\p{L}])/iu;

/** The same for the speaker's own constructions, by the name `selfPattern` caches them under. */
const SELF_NEEDS: Readonly<Record<string, readonly RegExp[]>> = {
  elliptic: [needing('never')],
  'self-denial': [anyPhraseOf(WORDS.selfDenialVerbs)].filter((w): w is RegExp => w !== null),
  refusal: [NEGATED],
  accept: [needing('accept')],
  fault: [anyPhraseOf(WORDS.ownFaults)].filter((w): w is RegExp => w !== null),
  negation: [NEGATED],
  'stand-by': [needing('stand', 'stood')],
  rejection: [needing('not', 'n[’\']t'), needing('accept', 'recogni[sz]e', 'agree')],
  conforming: [new RegExp(`${alt(WORDS.conformingConduct)}|in${S}line`, 'iu')],
  request: [anyPhraseOf([...WORDS.requestVerbs, ...WORDS.callVerbs])].filter((w): w is RegExp => w !== null),
  'finds-fault': [needing('find', 'found', 'consider'), EVALUATION_NEEDS(WORDS.partyFaults)],
  'finds-merit': [needing('find', 'found', 'consider'), EVALUATION_NEEDS(WORDS.partyMerits)],
  endorse: [needing('endors', 'support')],
  volition: [anyPhraseOf(WORDS.volitionVerbs)].filter((w): w is RegExp => w !== null),
  dismay: [anyPhraseOf(WORDS.dismayReactions)].filter((w): w is RegExp => w !== null),
};

/** The speaker's own words quoted as the name given ("as “…”", "the cuts “…”"), at least two letters long. */
/** A party ("the company", "Vell's lawyers") or a person's conduct ("his attempt to …"), then a copula and the speaker's
 *  quoted words as the whole predicate (group 1): one word after at most two "-ly" adverbs ("unusually open", "deeply
 *  unattractive"), not negated; not a verb phrase ("“addressed in full”", "“made a scapegoat”"), nor a feeling with its
 *  object ("“proud” to support", "“obsessed” with"), nor a person by name (the feelings of a named person: "Ines is
 *  “delighted”"; read on PolNeAR train, both such changes were wrong). */
const QUOTED_PREDICATE = new RegExp(`^(?:${PARTY_NOUN}|${POSSESSED}|(?:[hH]is|[hH]er|[tT]heir)${S}(?:[\\p{L}-]+${S}){0,8}?[\\p{L}-]+)${COPULA}[“"‘](?!(?:not|never|no)(?![\\p{L}]))((?:[\\p{L}-]+ly${S}){0,2}[\\p{L}-]+)[.,!]?[”"’](?!${S}(?:to|with|about|of|that|at|for|by)(?![\\p{L}]))`, 'u');
/** A person described by a quoted phrase whose first noun phrase ends in a tribute head ("him as “a devoted uncle, …”"). */
const TRIBUTE = new RegExp(`^(?:him|her|them)${S}as${S}[“"‘](?:a|an|the)${S}(?:[\\p{Ll}-]+${S}){0,3}(?:${alt(WORDS.tributeHeads)})(?![\\p{L}-])`, 'u');
const QUOTED_NAME = /[“"‘][^“”"]*\p{L}{2}[^“”"]*/u;
const RANKING = /^(?:the(?![\p{L}])|(?:its|their|our|his|her)[^\S\n]+(?:first|second|third|last|only|next|most|least|\p{L}{2,}est)(?![\p{L}])|(?:[^\s\d]+[^\S\n]+){0,2}\d)/iu;
const TITLE = /^\p{Lu}[\p{L}’'-]*[^\S\n]+(?:\p{Ll}{1,3}[^\S\n]+)?\p{Lu}/u;
/** What befalls people with no party's act named: its sad description is a lament, not a criticism. */
const MISFORTUNE = new Set(WORDS.misfortunes);

export interface ContentActInput {
  /** The content's text and where it starts in the article. */
  content: string;
  start: number;
  type: 'direct' | 'indirect' | 'mixed';
  speakerKind: SpeakerKind;
  speakerRole?: string | null;
  /** The body a person speaks for, if known ("Jelling University"). */
  speakerAffiliation?: string | null;
  /** The cue names the content ("described it as", "called it"): only a judgement can make it an act. */
  describing?: boolean;
  /** Whether the article reports a charge against the speaker (or its body) before the statement (GUIDE decision 22: a
   *  defence answers a charge); absent: taken to. */
  answersCharge?: () => boolean;
}

export interface ContentAct {
  act: Act;
  /** The deciding words, with offsets into the article. */
  evidence: Evidence;
  rule: string;
  /** The construction is a weaker sign of the act than a word that names it: the statement needs review. */
  weak: boolean;
}

/** Roles of staff who do not speak for their employer (stance-words.json insiderRoles): only their account of an order
 *  to keep work off the record is an accusation; a body's own official describing its policy is not. */
const INSIDER_ROLES: ReadonlySet<string> = new Set(stanceWords.insiderRoles);
const AFFECTED_ROLES: ReadonlySet<string> = new Set(WORDS.affectedRoles);
const UNHEEDED_OUTCOME = new RegExp(`${NOT_AFTER_WORD}(?:${alt(WORDS.unheededOutcomes)})(?![\\p{L}-])`, 'iu');
const FINED_PARTY = new RegExp(`^(?:\\p{Lu}[\\p{L}’'&.-]*(?:${S}(?:of${S}|and${S}|&${S})?\\p{Lu}[\\p{L}’'&.-]*)*|(?:the|that|this|its|their)${S}(?:[\\p{Ll}-]+${S})?(?:${alt(WORDS.partyNouns.filter((w) => !w.endsWith('s')))}))$`, 'u');
const TOLD_TURN = new RegExp(`${NOT_AFTER_WORD}(?:${alt(WORDS.toldTurns)})(?![\\p{L}-])`, 'iu');
const TOLD_NOT_NEGATION = new RegExp(`${NOT_AFTER_WORD}(?:${alt(WORDS.toldNotNegations)})(?![\\p{L}-])`, 'giu');
const UNHEEDED_TURN = new RegExp(`${NOT_AFTER_WORD}(?:${alt(WORDS.unheededTurns)})(?![\\p{L}-])`, 'iu');

/** Roles that speak for or lead a body: their "the company had not …" is that body's. */
const SPEAKS_FOR = /spokes|lawyer|attorney|counsel|solicitor|representative|agent|chief|director|chair|president|head|manager|executive|secretary|minister|official|provost|rector|dean|principal|commissioner|governor/iu;

/** The descriptions of the body a speaker stands for, as subjects (made once, not per statement). */
const SELF_DESCRIPTIONS = altCap(WORDS.selfDescriptions);
const BODY_SUBJECTS = `[iI]t|[wW]e|${SELF_DESCRIPTIONS}`;
const SPOKESPERSON_SUBJECTS = `[hH]e|[sS]he|${SELF_DESCRIPTIONS}`;

/** How the content may name its own speaker as a subject. */
function selfSubjects(input: ContentActInput): string {
  if (input.type === 'direct') return FIRST_PERSON;
  const pronouns = '[hH]e|[sS]he';
  if (input.speakerKind === 'organization' || input.speakerKind === 'group') return BODY_SUBJECTS;
  if (input.speakerKind !== 'person') return pronouns;
  if (SPEAKS_FOR.test(input.speakerRole ?? '')) return SPOKESPERSON_SUBJECTS;
  // A provost's "the university", a minister's "the ministry": the description's head names the body they belong to.
  const own = new Set(`${input.speakerAffiliation ?? ''}`.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean));
  const mine = WORDS.selfDescriptions.filter((d) => own.has(d.split(' ').pop() ?? ''));
  return mine.length ? `${pronouns}|${altCap(mine)}` : pronouns;
}

/** Patterns built from a statement's subject list (u flag, no g or y: they keep no state), made once per source. */
const subjectPatterns = new Map<string, RegExp>();
const SUBJECT_PATTERNS_MAX = 256;
function subjectPattern(source: string, flags: 'u'): RegExp {
  let rx = subjectPatterns.get(source);
  if (rx) return rx;
  if (subjectPatterns.size >= SUBJECT_PATTERNS_MAX) subjectPatterns.delete(subjectPatterns.keys().next().value as string);
  rx = new RegExp(source, flags);
  subjectPatterns.set(source, rx);
  return rx;
}

/** A deflection that names whose matter something is ("a matter for the courts", "matters for the board"). */
const MATTER_FOR = /^(?:an?[^\S\n]+)?(?:[\p{Ll}-]+[^\S\n]+)?matters?[^\S\n]+for(?![\p{L}])/iu;
/** Its subject when it passes the question on: "that", "this", "it", "which" before "was", "is", "would be" (a quote
 *  mark may open before the matter). */
const PASSED_ON_SUBJECT = /(?:^|[^\p{L}])(?:that|this|it|which)[^\S\n]+(?:was|is|were|are|would[^\S\n]+be|will[^\S\n]+be|remains|remained)[^\S\n]+[“"‘']?$/iu;
/** The act the content performs by one of the constructions above, or null (the statement stays SAY). */
/** In a reported clause, the speaker's own earlier concern, complaint, warning or request ("she had raised the problem
 *  with her manager three times", "she had asked the council for a ramp") and, later in its sentence, what came of it as a
 *  brush-off ("and was told to …", "and that nothing had been done"): the brush-off's words, else null (GUIDE decision
 *  79; act-words ownEarlierConcerns, toldOffAfter). */
export function concernBrushedOff(content: string): { index: number; text: string } | null {
  const earlier = OWN_EARLIER_CONCERN.exec(content);
  if (!earlier) return null;
  const from = earlier.index + earlier[0].length;
  const sentenceEnd = content.slice(from).search(/[.;!?\n](?=[^\S\n]|[”"’]|$)/u);
  const rest = content.slice(from, sentenceEnd < 0 ? undefined : from + sentenceEnd);
  const off = TOLD_OFF_AFTER.exec(rest);
  return off ? { index: from + off.index, text: off[0] } : null;
}

export function contentAct(input: ContentActInput): ContentAct | null {
  const { content, start, describing = false } = input;
  const found = (act: Act, m: { index: number; text: string }, rule: string, weak = false): ContentAct =>
    ({ act, rule, weak, evidence: { rule, start: start + m.index, end: start + m.index + m.text.length, text: m.text } });
  const first = (rx: RegExp, accept: (m: RegExpExecArray) => boolean = () => true): { index: number; text: string } | null => {
    if (NEEDS.get(rx)?.some((word) => !word.test(content))) return null;
    rx.lastIndex = 0;
    for (let m = rx.exec(content); m; m = rx.exec(content)) {
      if (accept(m)) return { index: m.index, text: m[0] };
      if (m[0].length === 0) rx.lastIndex++;
    }
    return null;
  };
  const notNegated = (m: RegExpExecArray): boolean => !RX.negatorBefore.test(content.slice(Math.max(0, m.index - 24), m.index));
  // (a criticism word in another party's reported judgement is theirs: "critics called the curfew draconian, but …")
  // (the speaker's own judgement: not in a condition or a question, not after "I don't think")
  const ownJudgement = (m: RegExpExecArray): boolean => {
    const before = content.slice(0, m.index);
    const sentence = sentenceTail(before);
    const clause = sentence.slice(Math.max(...[',', ';', ':', '—', '–'].map((c) => sentence.lastIndexOf(c))) + 1);
    if (CONDITIONED.test(clause) || DOUBTED.test(sentence)) return false;
    // (in the speaker's own quote, words quoted inside it are someone else's: "'… I still endorse him' -- that's …")
    if (input.type === 'direct' && insideNestedQuote(before)) return false;
    return !/^[^.!?\n]*\?/u.test(content.slice(m.index));
  };
  // (praise conceded before a turn: "She is charming, but she has no plan")
  // (or a quote that praises one party and condemns another in a sentence of its own: "X is a good man. Y was petty.")
  const conceded = (m: RegExpExecArray): boolean => /^[^.!?\n]*?(?<![\p{L}])(?:but|however|though|although|yet)(?![\p{L}])/iu.test(content.slice(m.index + m[0].length))
    || [...content.matchAll(/[^.!?\n]+[.!?]*/gu)].some((x) => (x.index + x[0].length <= m.index || x.index >= m.index + m[0].length) && toneOf(x[0]) <= -TONE_THRESHOLD);
  const ownCriticism = (m: RegExpExecArray): boolean => {
    if (!notNegated(m)) return false;
    // ("people living with heart failure", "after an engine failure": a disease or a breakdown, no party's fault)
    if (CONDITION_FAILURE.test(m[0]) && CONDITION_FAILURE_BEFORE.test(content.slice(Math.max(0, m.index - 30), m.index))) return false;
    const j = RX.othersJudgement.exec(content.slice(0, m.index));
    return !j || j[1] !== undefined;
  };

  if (describing) {
    // "described Ulmdock's claims as the product of a workplace dispute", "called the allegations a smear": a charge
    // against the speaker's side, named by a negative description, is dismissed (GUIDE decision 100: under `called` and
    // `described`, content that denies a charge against the speaker's side is DENY). Only when the article reports a
    // charge the speaker answers; "the panel described the allegations as serious" answers none.
    const charge = DESCRIBED_CHARGE.exec(content);
    const description = content.slice(charge?.[0].length ?? 0);
    if (charge && (input.answersCharge?.() ?? false) && (toneOf(description) <= -TONE_THRESHOLD || phrases(WORDS.criticism).test(description))) {
      return found('DENY', { index: charge.index, text: charge[0] }, 'act:content-act:charge-described', true);
    }
    const crit = first(RX.criticism, ownCriticism);
    if (crit) return found('CRITICIZE', crit, 'act:content-act:criticism');
    const praise = first(RX.praise, notNegated);
    if (praise) return found('PRAISE', praise, 'act:content-act:praise');
    // "called him “clueless”", "described her as a strong leader": a named evaluation of a party's character.
    const namedFault = first(EVAL_RX.faultNamed, ownCriticism);
    if (namedFault) return found('CRITICIZE', namedFault, 'act:content-act:party-evaluation');
    const namedMerit = first(EVAL_RX.meritNamed, notNegated);
    if (namedMerit) return found('PRAISE', namedMerit, 'act:content-act:party-evaluation');
    // "described him as “a caring father and a loyal friend”": a person described by the family or people close to them
    // in quoted words whose heads are kin or persons, with no negative tone, is a tribute (PRAISE).
    const tribute = TRIBUTE.exec(content);
    if (tribute && toneOf(content) > -TONE_THRESHOLD) return found('PRAISE', { index: tribute.index, text: tribute[0] }, 'act:content-act:tribute', true);
    // A name given in the speaker's own quoted words ("called the levy “an act of vandalism”") that no list decided:
    // the general sentiment of the words breaks the tie (issue 6: sentiment only breaks ties), flagged weak, and only
    // against. Read on PolNeAR train, a clearly negative name was a criticism in about 4 of 5 cases ("called it
    // “predatory”"), a positive one praise in under half ("called them “corporate welfare”", "a “moderate”").
    if (input.type === 'indirect') return null;
    // GUIDE decision 18: a lament that blames no one stays SAY ("called the deaths “heartbreaking and senseless”"): the
    // thing described, its head before any preposition or the quote, must not be a misfortune that befell people.
    const head = /^[^“”"]*?([\p{L}-]+)[^\S\n]*(?:(?:of|in|at|on|from|after|over|as|for)(?![\p{L}])|[“”"]|$)/u.exec(content)?.[1]?.toLowerCase();
    if (head && MISFORTUNE.has(head)) return null;
    // (a disease or a breakdown, "patients living with heart failure", is no fault: it does not lower the tone)
    const tone = toneOf(content.replace(CONDITION_FAILURES, ' '));
    if (tone <= -TONE_THRESHOLD) return found('CRITICIZE', { index: 0, text: content }, 'act:content-act:description-tone', true);
    // A name the speaker coins in its own quoted words for something a party did ("described the notice as “a threat
    // dressed up as a courtesy”", "called the levy “an act of civic vandalism”"), neither praise nor positive: the
    // reporter's "described … as"/"called" with the speaker's own words judges it (LABELS.md: describe as something bad).
    // In the corpus such names with no clear sentiment are criticisms in about 7 of 9 (the rest a sporting "first of eight
    // cup finals" and a "rare win"); flagged weak. A ranking or a measure ("the longest in the county", "the first of
    // eight", "a 40 percent rise") places it rather than judging it; so does a definite description ("the conservative
    // news show of record") or a title in capitals ("“No to Free Lawyers”"). Read on 400 PolNeAR train articles, the
    // names left were criticisms in about 6 of 10 ("a blowhard", "a rush to judgment"; not "a special person").
    const name = QUOTED_NAME.exec(content)?.[0].slice(1) ?? '';
    // Only a name that carries a negative word judges: "a rollercoaster from start to finish", "a balancing act", "a
    // formality" name without blaming (a review found the default wrong on such names), so the name needs a sentiment
    // below zero or a word that charges a fault ("a warning dressed up as …", "a tax on …").
    const judging = tone < 0 || RX.faultName.test(name);
    return judging && name && !RANKING.test(name) && !TITLE.test(name) && !RX.positiveName.test(name) ? found('CRITICIZE', { index: 0, text: content }, 'act:content-act:description-default', true) : null;
  }

  const ongoing = input.type !== 'direct' ? RX.processGoesOn.exec(content) : null;
  if (ongoing) return found('NO_COMMENT', { index: ongoing.index, text: ongoing[0] }, 'act:content-act:process-continuing', true);
  // (reported content that opens with the speaker's own belief: "she believed the fire had started in the kitchen")
  const belief = input.type !== 'direct' ? first(RX.belief) : null;
  if (belief) return found('HEDGE', belief, 'act:content-act:belief', true);

  const subjects = selfSubjects(input);
  const ownFirst = (rx: RegExp): { index: number; text: string } | null => first(rx, (m) => ownJudgement(m));
  const selfFirst = (build: Build, name: string): { index: number; text: string } | null =>
    first(selfPattern(build, name, subjects)) ?? (input.type === 'mixed' ? first(selfPattern(build, name, FIRST_PERSON)) : null);

  if (input.type !== 'direct') {
    const elliptic = first(selfPattern(ELLIPTIC_DENIAL, 'elliptic', subjects));
    if (elliptic) return found('DENY', elliptic, 'act:content-act:elliptic-denial');
  }
  const selfDenial = selfFirst(SELF_DENIAL, 'self-denial');
  if (selfDenial) return found('DENY', selfDenial, 'act:content-act:self-denial');

  // (a body may be "they" in its own reported refusal, "the departments said they could not discuss the case", and its
  // spokesperson "he" or "she", "a ministry spokesman said he could not discuss …"; unnamed officials' "they" only with
  // a reason of process, "because of the investigation": tenants who "could not discuss the rent rise" complain)
  // ("that was a matter for the courts" passes the question on; "any compensation would be a matter for the fund",
  // "fee levels were a matter for each college" tell who decides a thing named: SAY, as the corpus labels them)
  const nonAnswer = first(RX.nonAnswer, (m) => !MATTER_FOR.test(m[0]) || PASSED_ON_SUBJECT.test(content.slice(Math.max(0, m.index - 40), m.index))) ?? selfFirst(SELF_REFUSAL, 'refusal')
    ?? (input.type !== 'direct' && input.speakerKind === 'organization' ? first(selfPattern(SELF_REFUSAL, 'refusal', '[tT]hey|[hH]e|[sS]he')) : null)
    ?? (input.type !== 'direct' && input.speakerKind === 'anonymous' ? first(selfPattern(SELF_REFUSAL, 'refusal', '[tT]hey'), (m) => REFUSAL_REASON.test(content.slice(m.index + m[0].length).split(/[.;!?\n]/u)[0] ?? '')) : null);
  // (not when the speaker turns from it to what it does say: "I cannot comment on … But I can confirm that …")
  if (nonAnswer && !ANSWER_TURN.test(content.slice(nonAnswer.index + nonAnswer.text.length))) return found('NO_COMMENT', nonAnswer, 'act:content-act:deflection', true);

  const accepted = selfFirst(SELF_ACCEPT, 'accept');
  if (accepted) return found('ADMIT', accepted, 'act:content-act:accepted');
  // (a body's fault only by its pronoun: "the club" in a fans' group's words is the club they blame, not themselves)
  const body = input.type !== 'direct' && (input.speakerKind === 'organization' || input.speakerKind === 'group');
  const fault = body ? first(selfPattern(SELF_FAULT, 'fault', '[iI]t|[tT]hey')) : selfFirst(SELF_FAULT, 'fault');
  if (fault) return found('ADMIT', fault, 'act:content-act:own-fault');

  const denial = selfFirst(SELF_NEGATION, 'negation');
  if (denial) return found('DENY', denial, 'act:content-act:self-negation', /\s(?:and|but)\s/u.test(denial.text));
  // "Neither the senator nor any of her aides has ever sought it", "Nobody on our staff has ever met him": a side's
  // blanket denial, in the words of a body or of one who speaks for it (a resident's "nobody from the council has ever
  // visited" complains instead).
  const sideDenial = input.speakerKind === 'organization' || input.speakerKind === 'group' || SPEAKS_FOR.test(input.speakerRole ?? '')
    ? first(SIDE_NEVER) : null;
  if (sideDenial) return found('DENY', sideDenial, 'act:content-act:side-never', true);
  const standBy = selfFirst(SELF_STAND_BY, 'stand-by');
  if (standBy) return found('DENY', standBy, 'act:content-act:stands-by');
  // The claim rejected must be about the speaker: a charge by its nature ("the allegations", "that characterisation"), or
  // the speaker inside it ("that this company bullies farmers", "figures on our waiting lists"). "I cannot accept that he
  // is gone" grieves; "we do not agree with the central bank's analysis of where inflation is heading" disagrees.
  // (made on first use: most statements have no rejection to test, and the pattern was built for every statement)
  let selfRef: RegExp | undefined;
  const aboutSelf = (m: RegExpExecArray): boolean => {
    if (RX.chargeClaim.test(m[0])) return true;
    // ("it did not recognise that account", "does not recognise the portrait drawn by its opponents": not recognising an
    // account or a picture of events rebuts it, whoever it is about; figures, accepting or agreeing need the speaker in
    // the claim)
    if (/(?<![\p{L}])recogni[sz]e(?![\p{L}])/u.test(m[0]) && REBUTTED_ACCOUNT.test(m[0])) return true;
    const cut = m[0].search(/(?<![\p{L}])(?:accept|recogni[sz]e|agree)(?![\p{L}])/u);
    const from = m.index + Math.max(0, cut);
    const end = content.slice(from).search(/[.;!?\n]/u);
    selfRef ??= subjectPattern(`(?<![\\p{L}])(?:I|me|my|we|us|our|ours|ourselves|(?:this|our)${S}(?:${SELF_DESCRIPTION_HEADS})|${subjects}${input.type === 'direct' ? '' : '|its|his|her'})(?![\\p{L}’'-])`, 'u');
    return selfRef.test(content.slice(from, end < 0 ? undefined : from + end).replace(/^[\p{L}]+/u, ''));
  };
  const rejection = first(selfPattern(SELF_REJECTION, 'rejection', subjects), aboutSelf)
    ?? (input.type === 'mixed' ? first(selfPattern(SELF_REJECTION, 'rejection', FIRST_PERSON), aboutSelf) : null);
  if (rejection) return found('DENY', rejection, 'act:content-act:rejection');
  // The speaker's own conduct, done: a past or present-perfect verb before the phrase ("we hedged responsibly", "had
  // awarded every grant lawfully"). Not a request, a plan, a duty or a question ("we urge everyone to drink responsibly",
  // "we will review whether it was awarded lawfully", "we are legally required to", "we expect every club to act within
  // the rules"), and not negated.
  const conforming = (m: RegExpExecArray): boolean => {
    const between = m[1] ?? '';
    if (/(?<![\p{L}])(?:not|never|no|nor|without)(?![\p{L}])|n[’']t(?![\p{L}])/iu.test(between)) return false;
    // (someone else's conduct in a relative clause: "it pays suppliers who act lawfully")
    if (/(?<![\p{L}])(?:who|whom|whose|which|that)(?![\p{L}])/iu.test(between)) return false;
    if (/(?<![\p{L}])(?:will|would|shall|should|must|can|could|may|might|to|whether|if|required|obliged|expected|need|needs|urge|urges|urged|expect|expects|want|wants|ask|asks|asked)(?![\p{L}])|[’']ll(?![\p{L}])/iu.test(between)) return false;
    // In reported speech a habitual present is conduct too ("it “settles each invoice in line with the contract”").
    if (input.type !== 'direct' && /^[^\p{L}]*(?!(?:is|was|has|does)(?![\p{L}]))\p{Ll}{2,}s(?![\p{L}])/u.test(between)) return true;
    return /(?<![\p{L}])(?:[\p{L}]+ed|had|has|have|won|did|done|made|paid|kept|spent|sold|bought|ran|run|dealt|took|taken|gave|given|set|put|met|built|got|went|chose|chosen|held|led|brought|fought)(?![\p{L}])/iu.test(between);
  };
  const conformed = first(selfPattern(SELF_CONFORMING, 'conforming', subjects), conforming)
    ?? (input.type === 'mixed' ? first(selfPattern(SELF_CONFORMING, 'conforming', FIRST_PERSON), conforming) : null);
  if (conformed) return found('DENY', conformed, 'act:content-act:conforming-conduct', true);
  // A body's account that what it did or made was vetted ("the permit had been issued after a thorough review",
  // "every weld had been certified by an independent inspector": GUIDE decision 22, acting properly), said by the body or
  // by one who speaks for it, in answer to a charge the article reports against it (review22 #1: with none, "the bridge
  // had been inspected by engineers and will reopen" reports a check, SAY); not negated ("had never been approved by an independent …"), not a plan, a duty or a
  // condition ("will be subject to rigorous review", "must be approved by a licensed engineer").
  const speaksForBody = input.speakerKind === 'organization' || input.speakerKind === 'group'
    || (input.speakerKind === 'person' && SPEAKS_FOR.test(input.speakerRole ?? ''));
  // (not in a doubt, a plan or a condition of its sentence, the speaker's own account, and answering a charge)
  const defends = (m: RegExpExecArray): boolean => !VETTING_DOUBT.test(sentenceTail(content.slice(0, m.index))) && ownJudgement(m)
    && (input.answersCharge?.() ?? true);
  const vetted = speaksForBody ? first(VETTED, defends) : null;
  if (vetted) return found('DENY', vetted, 'act:content-act:vetted', true);
  // (a body or one who speaks for it; another person only with a word of proper handling, "had been properly declared":
  // a former employee's "every contract had been approved by him" accuses)
  const dutyDone = first(DUTY_DONE, (m) => {
    if (!speaksForBody && !(input.speakerKind === 'person' && (m[1] ?? m[2]))) return false;
    return defends(m);
  });
  if (dutyDone) return found('DENY', dutyDone, 'act:content-act:duty-done', true);
  // (in answer to a charge the article reports, not doubted, negated, planned or conditioned in its sentence: "would
  // comply with any lawful subpoena" promises, "whether it had followed its own procedures" asks)
  const complied = first(COMPLIED, (m) => defends(m) && !COMPLIANCE_ASKED.test(sentenceTail(content.slice(0, m.index))));
  if (complied) return found('DENY', complied, 'act:content-act:complied', true);

  // (not a negated order, "no manager ever told staff not to log …": a denial, decided by its own words)
  // (only in the words of staff who received it, "a former guard", "an employee": the body that gave the order, or an
  // official describing its policy, "staff were told not to record card numbers, to protect privacy", accuses no one)
  const role = (input.speakerRole ?? '').toLowerCase().replace(/^former\s+/u, '');
  const silenced = INSIDER_ROLES.has(role) && !SPEAKS_FOR.test(role)
    ? first(RX.silenced, (m) => !/(?<![\p{L}])(?:not|never|no|nobody|no-one)(?![\p{L}])|n[’']t(?![\p{L}])/iu.test(content.slice(0, m.index).split(/[.;!?]/u).pop() ?? ''))
    : null;
  if (silenced) return found('ACCUSE', silenced, 'act:content-act:instructed-silence');
  // (pressure or targets put on staff, told by an insider who speaks anonymously, "a welder who asked not to be named":
  // an allegation against those above them; not asked whether, not negated, "no one was pressed to …")
  const pressed = input.speakerKind === 'anonymous' && INSIDER_ROLES.has(role) && !SPEAKS_FOR.test(role)
    ? first(RX.pressedStaff, (m) => !/(?<![\p{L}])(?:not|never|no|nobody|no-one|whether|if)(?![\p{L}])|n[’']t(?![\p{L}])/iu.test((content.slice(0, m.index).split(/[.;!?]/u).pop() ?? '') + m[0]))
    : null;
  if (pressed) return found('ACCUSE', pressed, 'act:content-act:pressed-staff', true);

  // (a decision learned second hand is a complaint from those it falls on, "staff", "a resident", a person with no
  // role given; not an official, analyst or senator learning of news)
  const affected = AFFECTED_ROLES.has(role) || (role === '' && input.speakerKind !== 'organization');
  // (long telling a party is a complaint only when the sentence says it went unheeded, "and nothing has changed", "but
  // they ignored us", and does not turn to success, "and this year they finally agreed")
  const unheard = (m: RegExpExecArray): boolean => {
    const sentence = (content.slice(0, m.index).split(/[.!?]/u).pop() ?? '') + m[0] + (content.slice(m.index + m[0].length).split(/[.!?]/u)[0] ?? '');
    return UNHEEDED_OUTCOME.test(sentence) && !UNHEEDED_TURN.test(sentence);
  };
  // ("Now they tell me I can go home on Friday" is good news: the rest of its sentence must read negative or negate)
  // (review17 #2: what was told must be turned against the teller, "… but nobody checked", "it turned out", or the rest
  // of the quote read negative; a positive rest is praise or good news, "how much they love the show", "now it is open")
  // (a negation in what was told or in the rest of the quote, "there is no money", "my own manager never let me take a holiday",
  // disputes what was told; "no problem" negates nothing)
  const toldTurned = (m: RegExpExecArray, negationTurns: boolean): boolean => {
    const after = content.slice(m.index + m[0].length);
    const sentence = after.split(/[.!?\n]/u)[0] ?? '';
    const negation = (x: string): boolean => negationTurns && /(?<![\p{L}])(?:not|never|no|nothing|nobody)(?![\p{L}])|n[’']t(?![\p{L}])/iu.test(x.replace(TOLD_NOT_NEGATION, ' '));
    // (a reassurance told, "the readings are normal", then disputed in a later sentence, "The readings do not sleep in my kitchen")
    if (TOLD_TURN.test(after) || negation(after.slice(sentence.length))) return true;
    if (toneOf(sentence) >= TONE_THRESHOLD) return false;
    return toneOf(after) <= -TONE_THRESHOLD || negation(sentence);
  };
  const told = input.type === 'direct' ? first(RX.longTold, (m) => ownJudgement(m) && toldTurned(m, true)) ?? first(RX.nowTheyTell, (m) => toldTurned(m, true)) : null;
  // A chance named and denied in the speaker's own quote ("What happened that night was no accident", "This was not
  // an accident"): the speaker puts what happened on someone's conduct (CRITICIZE) or intent (ACCUSE); not in a
  // condition or a question.
  // (an excuse said as often of a success, "Our win was no accident", "This victory was no fluke", needs a harm named
  // before it in its sentence or a negative rest of the quote: review22 #2)
  const harmDenied = (m: RegExpExecArray): boolean => {
    if (!CHANCE_AMBIGUOUS.test(m[0])) return true;
    const before = content.slice(0, m.index);
    const sentence = sentenceTail(before);
    if (CHANCE_HARM_SUBJECT.test(sentence)) return true;
    return toneOf(before + ' ' + content.slice(m.index + m[0].length)) <= -TONE_THRESHOLD;
  };
  const chance = input.type === 'direct' ? first(CHANCE_DENIED, (m) => ownJudgement(m) && harmDenied(m)) : null;
  if (chance) return found(CHANCE_DELIBERATE.test(chance.text) ? 'ACCUSE' : 'CRITICIZE', chance, 'act:content-act:chance-denied', true);
  // A party that knew of a danger or was warned of it, then did nothing or chose not to act, in the same or the next
  // sentence: charged with ignoring the warning (GUIDE decision 79). Not the speaker's own side ("we had been warned …
  // and did nothing" admits; in reported speech "he had known …" opening the content is the speaker), not "did nothing
  // wrong" (a denial). Being told is a warning only with what was told ("was told that the pipe was corroding"; not "had
  // been told of the proposal and chose not to object").
  const ignored = first(RX.knownBefore, (m) => {
    if (FIRST_PERSON_BEFORE.test(content.slice(Math.max(0, m.index - 24), m.index))) return false;
    if (input.type !== 'direct' && /^[^\S\n]*(?:that[^\S\n]+)?(?:he|she|it)(?:[^\S\n]+(?:also|still|had|has|have))?[^\S\n]*$/iu.test(content.slice(0, m.index))) return false;
    if (/told$/iu.test(m[0]) && !/^[^.;!?\n]{0,60}?(?<![\p{L}])that(?![\p{L}])/u.test(content.slice(m.index + m[0].length))) return false;
    const after = content.slice(m.index + m[0].length);
    const span = /^[^.!?\n]*[.!?]?[^.!?\n]*/u.exec(after)?.[0] ?? '';
    return [...span.matchAll(RX.ignoredAfter)].some((x) => !FIRST_PERSON_BEFORE.test(span.slice(Math.max(0, x.index - 24), x.index)));
  });
  if (ignored) return found('ACCUSE', ignored, 'act:content-act:warning-ignored', true);
  // A party's conduct set against the rule it broke (normBroken): the speaker pins a specific wrongful act on it, ACCUSE
  // (LABELS.md). Not the speaker's own side's ("we did not file it, as the rules require" admits; in reported speech a
  // "he"/"it" opening the content is the speaker, unless the wrong was done to it: "it had not been notified, as
  // providers are required to do"), not a condition, a plan or a question ("if it does not register, as the law
  // requires", "would not be built without the consent required by law", "why it had not reported …, as …").
  const selfOpening = subjectPattern(`^[^\\S\\n]*[“"‘]?(?:that${S})?(?:${selfSubjects(input)})(?![\\p{L}’'])`, 'u');
  const broken = first(RX.normBroken, (m) => {
    const clause = (content.slice(0, m.index).split(/[.;!?\n]/u).pop() ?? '');
    if (/(?<![\p{L}’'])(?:I|[wW]e|[oO]ur|[mM]y)(?![\p{L}’'])/u.test(clause)) return false;
    if (/(?<![\p{L}’'])(?:if|unless|whether|why|how|would|will|could|should|must|may|might|shall)(?![\p{L}’'])|[’']ll(?![\p{L}])/iu.test(clause + m[0])) return false;
    if (selfOpening.test(clause) && !/(?<![\p{L}’'])(?:been|was|were|is|are)[^\S\n]+\p{L}+(?:ed|told|given|shown)(?![\p{L}])/iu.test(clause + m[0])) return false;
    // (two words of shortfall cancel out: "had not run a shift without the supervisors required by its licence" kept it)
    if ([...m[0].matchAll(SHORTFALL)].length > 1) return false;
    // (a deed done, told in the past: "firms that do not file the return required by law" is a procedure, no wrong done)
    return DONE_BEFORE_NORM.test(clause + m[0].slice(0, NORM_LEAD));
  });
  if (broken) return found('ACCUSE', broken, 'act:content-act:norm-broken', true);
  // Another party's knowledge of a danger or a wrong before it came about (culpableKnowledge): told by one who is not
  // that party, it charges the party with having known, ACCUSE (with what it then did not do, the warning-ignored rule
  // above). Not the speaker's own side's ("we had been warned", "I knew"; in reported speech "he had known" opening the
  // content is the speaker), not a condition or a question ("whether the firm knew"), not said by a document or an
  // outlet, whose report tells what was known (GUIDE decision 21).
  const knew = input.speakerKind === 'document' || input.speakerKind === 'media' ? null : first(RX.culpableKnowledge, (m) => {
    const clause = (content.slice(0, m.index).split(/[.;!?\n]/u).pop() ?? '');
    if (/(?<![\p{L}’'])(?:I|[wW]e|[oO]ur|[mM]y|[uU]s)(?![\p{L}’'])/u.test(clause)) return false;
    if (/(?<![\p{L}’'])(?:if|unless|whether|why|how|would|could|should|might|may)(?![\p{L}’'])/iu.test(clause)) return false;
    if (input.type !== 'direct' && /^[^\S\n]*(?:that[^\S\n]+)?(?:he|she|it)(?![\p{L}’'])/iu.test(clause)) return false;
    // (nor when the sentence goes on to tell what the party then did, "had been warned in March … and had sent inspectors
    // the next day": the warning is the setting of its act; what it failed to do is the warning-ignored rule's)
    // (to the sentence's end, also where a split quote's pieces meet: " … " or the blanked attribution's run of spaces)
    const known = /^(?:(?![^\S\n]…|[^\S\n]{3,}[“"‘]?\p{Lu})[^.;!?\n])*/u.exec(content.slice(m.index + m[0].length))?.[0] ?? '';
    // (nor what is known told in words that read well: "they knew which songs she loved", "staff knew the route well")
    return !ACTED_AFTER_KNOWING.test(known) && toneOf(known) < TONE_THRESHOLD;
  });
  if (knew) return found('ACCUSE', knew, 'act:content-act:culpable-knowledge', true);
  // (not the speaker's own side, "we chose not to", nor in reported speech the speaker opening the content, "she had chosen
  // to speak"; not in a condition or a question; "chose to" alone only with an inaction or a word setting it against
  // what was due in its sentence, "chose to spend the grant on a new office instead")
  const chose = first(RX.chosenInaction, (m) => {
    const clause = (content.slice(0, m.index).split(/[.;!?\n]/u).pop() ?? '');
    if (/^(?:I|we|you|us)$/iu.test(m[1] ?? '') || /(?<![\p{L}’'])(?:I|[wW]e)(?![\p{L}’'])/u.test(clause)) return false;
    if (/(?<![\p{L}’'])(?:if|unless|whether|why|how|would|could|should|might|may)(?![\p{L}’'])/iu.test(clause)) return false;
    if (input.type !== 'direct' && /^[^\S\n]*(?:that[^\S\n]+)?$/iu.test(clause) && /^(?:he|she|it|they)$/iu.test(m[1] ?? '')) return false;
    // (the subject left out after "and": "he had known about it for weeks and chose to wait" is the speaker's, when its
    // clause opens on the speaker in reported speech)
    if (/^(?:and|but|then|or)$/iu.test(m[1] ?? '') && input.type !== 'direct' && /^[^\S\n]*(?:that[^\S\n]+)?(?:he|she|it|they)(?![\p{L}’'])/iu.test(clause)) return false;
    // (not to oppose lets a thing happen, no failure: "chose not to object", "chose not to appeal")
    if (/not[^\S\n]+to$/u.test(m[0])) return !OPPOSING_VERBS.has((/^[^\S\n]*([\p{L}]+)/u.exec(content.slice(m.index + m[0].length))?.[1] ?? '').toLowerCase());
    // (a delay or a wait alone is no fault, "the band chose to go ahead with the concert despite the rain", "chose to
    // wait for the audit before voting": only with a warning or knowledge it had in its sentence, a word setting it
    // against what was due, or a sentence that reads badly)
    const rest = content.slice(m.index + m[0].length).split(/[.;!?\n]/u)[0] ?? '';
    if (CHOSEN_INSTEAD.test(rest)) return true;
    if (m[2]) return true;
    return !!m[3] && (CHOSEN_CULPABLE.test(content.slice(0, m.index)) || CHOSEN_CULPABLE.test(rest) || toneOf(`${clause}${m[0]}${rest}`) <= -TONE_THRESHOLD);
  });
  if (chose) return found('ACCUSE', chose, 'act:content-act:chosen-inaction', true);
  // (only when staff were kept from something, "told staff not to …", "stopped staff from …", "to stop …", or what they
  // were told reads badly: "managers pressed staff to join the new savings plan" is an ordinary direction, stance16;
  // not negated or conditioned)
  const directed = first(RX.staffDirected, (m) => {
    const clause = (content.slice(0, m.index).split(/[.;!?\n]/u).pop() ?? '');
    const rest = content.slice(m.index + m[0].length).split(/[.;!?\n]/u)[0] ?? '';
    if (/(?<![\p{L}’'])(?:not|never|no|if|unless|whether|would|could|should)(?![\p{L}’'])|n[’']t(?![\p{L}])/iu.test(clause)) return false;
    return /(?:not[^\S\n]+to|from)$/u.test(m[0]) || /^[“"‘]?stop(?![\p{L}])/u.test(rest) || toneOf(rest) <= -TONE_THRESHOLD;
  });
  if (directed) return found('ACCUSE', directed, 'act:content-act:staff-directed', true);
  // (an outcome put down to how someone acts reads as blame only when the quote reads negative: "this is what happens
  // when neighbours pull together" praises)
  // (an earlier warning only in the speaker's own quote and with more said after its sentence; a repeated plea only with
  // its futile outcome in its sentence)
  // (a split quote's attribution between its pieces is blanked, a run of spaces before the next piece's capital, or
  // the pieces are joined by " … ": either ends a sentence as a stop does)
  // (a bare "told" is a warning only when what was told foretells, "We told them years ago what would happen", or when it
  // went unheeded, "… Nothing happened"; "We told the bank we were moving. They closed the account" reports)
  const warnedBefore = (m: RegExpExecArray): boolean => {
    const rest = content.slice(m.index + m[0].length);
    if (!/[.!?][”"’]?[^\S\n]*[“"‘]?[^\S\n]*\p{L}|[^\S\n]{3,}[“"‘]?\p{Lu}|[^\S\n]…[^\S\n]*\p{L}/u.test(rest)) return false;
    if (!/told[^\S\n]+\p{L}+$/u.test(m[0])) return true;
    const own = rest.split(/[.!?\n]/u)[0] ?? '';
    return /(?<![\p{L}])(?:would|will|could|might|going[^\S\n]+to)(?![\p{L}])/iu.test(own) || UNHEEDED_OUTCOME.test(rest);
  };
  // (no one's deed: a party named, "nobody from the council has ever …", or a word of the complaint later in its clause,
  // "… since", "… anything", "… us"; not in a condition or a question)
  const nobodyComplains = (m: RegExpExecArray): boolean => ownJudgement(m)
    && (!!m[1] || NOBODY_COMPLAINT_AFTER.test(/^[^.,;:!?\n]*/u.exec(content.slice(m.index + m[0].length))?.[0] ?? ''));
  // (a silence or a short notice told as a fact: not after a negation or a modal in its clause, "would not sign without a
  // reply from …", "could be closed without consultation", "no tenant had less than four weeks' notice")
  const unansweredComplaint = (m: RegExpExecArray): boolean => {
    if (!ownJudgement(m)) return false;
    const before = sentenceTail(content.slice(0, m.index));
    const clause = before.slice(Math.max(...[',', ';', ':', '—', '–'].map((c) => before.lastIndexOf(c))) + 1);
    // (a clause that opens on "without …" sets a circumstance for what follows: "without a reply from the opposition the
    // bill passed" tells how a vote went, not a party's silence toward anyone)
    if (m[0].toLowerCase().startsWith('without') && /^[^\S\n]*(?:that[^\S\n]+)?[“"‘]?$/iu.test(clause)) return false;
    return !/(?<![\p{L}’'])(?:not|never|no|none|nobody|cannot|will|would|should|must|can|could|won[’']t)(?![\p{L}])|n[’']t(?![\p{L}])/iu.test(clause);
  };
  // (the speaker's own silence: "we have yet to answer", or reported with the speaker as the clause's subject, "it had
  // yet to answer every letter but would …")
  // (a backlog its party means to clear, "had not yet answered the committee's questions but would do so on Monday": a
  // plan told, not a silence complained of)
  const answerPromised = (m: RegExpExecArray): boolean => /(?<![\p{L}])but(?:[^\S\n]+(?:it|they|he|she|we|I|the[^\S\n]+[\p{L}-]+))?[^\S\n]+(?:would|will|[’']ll|planned[^\S\n]+to|intends[^\S\n]+to|expects[^\S\n]+to|hoped[^\S\n]+to|hopes[^\S\n]+to)(?![\p{L}])/iu.test(content.slice(m.index + m[0].length).split(/[.!?\n]/u)[0] ?? '');
  const ownSilence = (before: string): boolean => OWN_SUBJECT_END.test(before) || (input.type !== 'direct' && /^[^\S\n]*(?:that[^\S\n]+)?(?:it|he|she|they)[^\S\n]+$/iu.test(before));
  const pleaFutile = (m: RegExpExecArray): boolean => RX.futileOutcome.test(sentenceTail(content.slice(0, m.index)) + ' ' + (content.slice(m.index + m[0].length).split(/[.!?\n]/u)[0] ?? ''));
  // (a party's will named as the cause of a harm after its excuse is denied; a party that left the speaker's side no choice:
  // not the speaker's own side, "we left them no choice", nor in a condition or a question)
  const chosen = first(RX.chosenCause, ownJudgement);
  if (chosen) return found('CRITICIZE', chosen, 'act:content-act:chosen-cause', true);
  const noChoice = first(RX.noChoiceLeft, (m) => ownJudgement(m) && !/(?<![\p{L}’'])(?:I|[wW]e)(?:[^\S\n]+[\p{L}’'-]+){0,2}[^\S\n]*$/u.test(sentenceTail(content.slice(0, m.index))));
  if (noChoice) return found('CRITICIZE', noChoice, 'act:content-act:no-choice-left', true);
  const crit = first(RX.criticism, ownCriticism) ?? first(RX.heldHostage, (m) => ownCriticism(m) && ownJudgement(m)) ?? first(RX.discredited, ownJudgement) ?? first(RX.disguised, ownCriticism) ?? first(RX.retort, ownJudgement)
    ?? first(RX.undueBurden, ownJudgement) ?? first(RX.accountability, ownJudgement)
    ?? first(RX.notAgainstButAgainst) ?? first(RX.repeatedPlea, pleaFutile) ?? first(RX.outOfTouch, ownJudgement) ?? first(RX.brokenAssurances, ownJudgement)
    ?? (input.type === 'direct' ? first(RX.earlierWarning, warnedBefore) : null)
    ?? (toneOf(content) < 0 ? first(RX.blamedOutcome, (m) => ownCriticism(m) && ownJudgement(m)) : null)
    ?? first(RX.learnedSecondHand) ?? (affected ? first(RX.learnedDecision) : null) ?? first(RX.neglected) ?? first(RX.unheeded, unheard) ?? first(RX.shouldHave, (m) => !/^(?:i|we)$/iu.test(m[1] ?? '')) ?? first(RX.uninformed) ?? first(RX.notHowItShould);
  if (crit) return found('CRITICIZE', crit, 'act:content-act:criticism');
  const silence = first(RX.nobodyActed, nobodyComplains) ?? first(RX.unanswered, unansweredComplaint) ?? first(RX.unansweredMessage, (m) => ownJudgement(m) && !ownSilence(content.slice(0, m.index)) && !answerPromised(m))
    ?? first(RX.unheardBack, ownJudgement);
  if (silence) return found('CRITICIZE', silence, 'act:content-act:party-silence');
  const shortNotice = first(RX.shortNotice, unansweredComplaint);
  if (shortNotice) return found('CRITICIZE', shortNotice, 'act:content-act:short-notice');
  // The model case of a fault, a betrayal of people: the speaker's own judgement (not in a condition, a question or
  // another's reported words), not of the speaker's own side ("what we did was the textbook definition of …", "we sold
  // out our members" are admissions, not this rule's).
  const notOwnSide = (m: RegExpExecArray): boolean => {
    const before = content.slice(0, m.index);
    const clause = before.slice(Math.max(...['.', '!', '?', '\n', ',', ';', ':', '—', '–'].map((c) => before.lastIndexOf(c))) + 1);
    return !/(?<![\p{L}’'])(?:I|[wW]e|[mM]y|[oO]ur)(?![\p{L}])/u.test(clause);
  };
  // (nor a sentence that opens with a condition, "If the award went to his brother, that is …")
  const unconditioned = (m: RegExpExecArray): boolean => {
    const before = content.slice(0, m.index);
    const sentence = sentenceTail(before);
    return !/^[^\p{L}]*(?:if|unless|whether|when|once)(?![\p{L}])/iu.test(sentence);
  };
  // (the passive names the betrayer after "by": "we were sold out by the board" is the speaker's complaint)
  const betrayal = (m: RegExpExecArray): boolean => ownCriticism(m) && ownJudgement(m) && unconditioned(m) && (/[^\S\n]by$/u.test(m[0]) || notOwnSide(m))
    && !/(?<![\p{L}])(?:\p{L}+n[’']t|cannot)[^\S\n]+(?:\p{L}+[^\S\n]+)?$/u.test(content.slice(Math.max(0, m.index - 30), m.index));
  const modelFault = first(RX.definedFault, betrayal) ?? first(RX.soldOut, betrayal);
  if (modelFault) return found('CRITICIZE', modelFault, 'act:content-act:criticism', true);
  if (told) return found('CRITICIZE', told, 'act:content-act:long-told', true);
  // An evaluation of a party's character or competence predicated of it, the speaker's own judgement (see ownJudgement).
  const evaluated = first(input.type === 'direct' ? EVAL_RX.faultDirect : EVAL_RX.faultReported, (m) => ownCriticism(m) && ownJudgement(m))
    ?? selfFirst(SELF_FINDS_FAULT, 'finds-fault');
  if (evaluated) return found('CRITICIZE', evaluated, 'act:content-act:party-evaluation', true);
  // Reported speech that gives a party's conduct the speaker's own quoted words as its whole predicate ("said the firm had
  // been “unusually open”", "said his attempt to shift the blame had been “deeply unattractive”"): a clear tone of the
  // quoted words judges the party (PRAISE or CRITICIZE); no list word is needed, and a neutral tone decides nothing.
  // (not the speaker's own side, "the company was “taking this seriously”", nor a pronoun, often the speaker: "he was
  // “immensely proud”"; not a negated state, "“not worried”")
  const quoted = input.type === 'mixed' && !subjectPattern(`^(?:${subjects})(?![\\p{L}])`, 'u').test(content) ? QUOTED_PREDICATE.exec(content) : null;
  if (quoted) {
    const tone = toneOf(quoted[1] ?? '');
    if (tone >= TONE_THRESHOLD) return found('PRAISE', { index: quoted.index, text: quoted[0] }, 'act:content-act:quoted-evaluation', true);
    if (tone <= -TONE_THRESHOLD) return found('CRITICIZE', { index: quoted.index, text: quoted[0] }, 'act:content-act:quoted-evaluation', true);
  }
  // A party's inaction, failing state, a choice named bad, the speaker's own dismay at a party: the speaker's judgement
  // (ownJudgement: not in a condition, a question or another's reported words), of a party that is not the speaker.
  const own = subjectPattern(`^(?:${subjects}|I|[wW]e|[oO]ur|[mM]y)(?![\\p{L}])`, 'u');
  // (the party is the clause's subject, not the object of a preposition: "immigration to the United States is in decline")
  const judged = (m: RegExpExecArray): boolean => ownCriticism(m) && ownJudgement(m) && !own.test(m[1] ?? '') && !OBJECT_OF_PREPOSITION.test(content.slice(Math.max(0, m.index - 20), m.index));
  const inactive = first(input.type === 'direct' ? EVAL_RX.inactionDirect : EVAL_RX.inactionReported, judged);
  if (inactive) return found('CRITICIZE', inactive, 'act:content-act:party-inaction', true);
  const declining = first(input.type === 'direct' ? EVAL_RX.declineDirect : EVAL_RX.declineReported, judged);
  if (declining) return found('CRITICIZE', declining, 'act:content-act:party-decline', true);
  // (a class of people is no party judged: "voters don't care about the logo", "residents have no plan B")
  // ("no clue" before a fact not known, "didn't care about money" and a reported "did not care" are no judgement: see
  // clueFollowers, indifferentCares, reportedCareAdverbs)
  const shortfallSense = (m: RegExpExecArray): boolean => {
    const after = content.slice(m.index + m[0].length);
    if (/care$/u.test(m[0])) return !INDIFFERENT_CARE.test(after) && (input.type !== 'indirect' || REPORTED_CARE.test(m[0]));
    if (/clue$/u.test(m[0])) return input.type !== 'indirect' && CLUE_FOLLOWS.test(after);
    return true;
  };
  const short = first(input.type === 'direct' ? EVAL_RX.shortfallDirect : EVAL_RX.shortfallReported,
    (m) => judged(m) && shortfallSense(m) && !COLLECTIVES.has((m[1] ?? '').toLowerCase().replace(/^(?:the|these|those|many|some)\s+/u, '')));
  if (short) return found('CRITICIZE', short, 'act:content-act:party-shortfall', true);
  const faculty = first(input.type === 'direct' ? EVAL_RX.facultyDirect : EVAL_RX.facultyReported, (m) => judged(m) && !/^(?:my|our)$/iu.test(m[1] ?? ''));
  if (faculty) return found('CRITICIZE', faculty, 'act:content-act:party-shortfall', true);
  // (read from after the subject word, which may close a quoted term: "the word ‘reform’ is …")
  const badChoice = first(BAD_CHOICE, (m) => judged(Object.assign([...m], { index: m.index + (m[1] ?? '').length + 1, input: m.input, groups: m.groups }) as RegExpExecArray));
  if (badChoice) return found('CRITICIZE', badChoice, 'act:content-act:bad-choice', true);
  const dismaySubjects = input.type === 'direct' ? FIRST_PERSON
    : input.speakerKind === 'group' || input.speakerKind === 'anonymous' ? `${subjects}|[tT]hey` : subjects;
  const dismay = first(selfPattern(DISMAY, 'dismay', dismaySubjects), (m) => {
    if (!ownJudgement(m)) return false;
    const from = m.index + m[0].length;
    const end = content.slice(from).search(/[.;!?\n]/u);
    const cause = content.slice(from, end < 0 ? undefined : from + end);
    // (a party's act is the cause, not a misfortune: "saddened to hear of his death" is a condolence)
    return PARTY_IN_CAUSE.test(cause) && !DISMAY_MISFORTUNE.test(cause);
  });
  if (dismay) return found('CRITICIZE', dismay, 'act:content-act:dismay', true);

  // ("said she had raised the problem with her manager three times and was told to “keep the buses running”": GUIDE decision 79)
  const brushed = input.type !== 'direct' ? concernBrushedOff(content) : null;
  if (brushed) return found('CRITICIZE', brushed, 'act:content-act:concern-brushed-off', true);
  const demand = first(RX.demand) ?? first(RX.owe) ?? selfFirst(SELF_REQUEST, 'request') ?? first(RX.writtenRequest) ?? first(RX.wantedState)
    ?? first(RX.presentRequest, (m) => notNegated(m) && ownJudgement(m));
  if (demand) {
    // ("Two years ago we asked for the system to be modernised, and the governor said it was not a priority": the
    // speaker's own earlier request and its brush-off, a grievance, GUIDE decision 79)
    const brushOff = PAST_REQUEST.test(demand.text) ? BRUSH_OFF.exec(content.slice(demand.index + demand.text.length)) : null;
    if (brushOff) return found('CRITICIZE', { index: demand.index + demand.text.length + brushOff.index, text: brushOff[0] }, 'act:content-act:request-brushed-off', true);
    return found('DEMAND', demand, 'act:content-act:request');
  }
  // (a polity is the clause's subject, not inside a phrase, "every family in the nation ought to worry"; and what it
  // should do is not denied as said, "he never once proposed that the U.K. should …")
  const toldToAct = (m: RegExpExecArray): boolean => {
    const before = content.slice(0, m.index);
    // (nor a forecast or a timetable, "the country should know by Friday", "the legislature should finish its session on
    // Thursday")
    const modal = content.slice(m.index + (m[1] ?? '').length).trimStart();
    if (POLITY_END.test(m[1] ?? '') && (POLITY_FORECAST.test(modal) || POLITY_SCHEDULE.test(modal))) return false;
    return !(POLITY_END.test(m[1] ?? '') && OBJECT_OF_PREPOSITION.test(before.slice(-20))) && !UNSAID.test(sentenceTail(before));
  };
  const aimed = selfFirst(SELF_VOLITION, 'volition') ?? first(RX.should, toldToAct) ?? (input.type !== 'indirect' ? first(RX.imperative) : null);
  if (aimed) return found('DEMAND', aimed, 'act:content-act:aimed-volition', true);

  // A sanction on a condition warns when it is not negated ("would not resign even if …") and, for a measure that can
  // be an operation ("suspend flights", "block the coast road"), when it is aimed at a party.
  const aimedThreat = (m: RegExpExecArray): boolean => {
    const s = RX.sanction.exec(m[0]);
    if (!s) return false;
    const before = m[0].slice(0, s.index);
    const modal = Math.max(...[...before.matchAll(/(?<![\p{L}])(?:will|would|could)(?![\p{L}])|[’']ll(?![\p{L}])/giu)].map((x) => x.index ?? 0), 0);
    if (/(?<![\p{L}])(?:not|never)(?![\p{L}])|n[’']t(?![\p{L}])/iu.test(before.slice(modal))) return false;
    // ("could fine Grelthorpe Rail up to …", "could fine the operator up to …": a party of the story; not a class, "could fine
    // firms up to …", "councils could fine drivers up to …", a standing power that threatens no one)
    const fined = /^fine\s+(.+?)\s+up\s+to$/iu.exec(s[0]);
    if (fined) return FINED_PARTY.test(fined[1] ?? '');
    if (!RX.operational.test(s[0])) return true;
    const at = m.index + s.index;
    const verb = /^[\p{L}-]+/u.exec(s[0])?.[0].length ?? 0;
    if (RX.partyAfter.test(content.slice(at + verb, at + s[0].length + 50))) return true;
    const cond = /(?<![\p{L}])(?:if|unless)(?![\p{L}])/iu.exec(m[0]);
    const ci = cond ? m.index + cond.index + cond[0].length : -1;
    return ci >= 0 && RX.conditionSubject.test(content.slice(ci, ci + 60));
  };
  // The speaker's worry warns only about a harm or a risk ("I worry that the levee may fail", "I'm worried the
  // bridge could collapse"), not about its own affairs ("I'm worried about my exams, but …").
  const worryAbout = (m: RegExpExecArray): boolean => {
    const from = m.index + m[0].length;
    const end = content.slice(from).search(/[.;!?\n]|,[^\S\n]*(?:but|and|so)(?![\p{L}])/u);
    const what = content.slice(from, end < 0 ? undefined : from + end);
    return RX.riskNoun.test(what) || toneOf(what) <= -TONE_THRESHOLD || /(?<![\p{L}])(?:may|might|could|will|would)(?![\p{L}])|[’']ll(?![\p{L}])/u.test(what);
  };
  // (not in another party's reported judgement: "critics said the claims had no substance" is theirs, ownCriticism)
  const lacksMerit = first(CHARGE_LACKS_MERIT, ownCriticism);
  if (lacksMerit) return found('DENY', lacksMerit, 'act:content-act:charge-lacks-merit');
  const brandedFalse = first(CLAIM_BRANDED_FALSE, (m) => ownCriticism(m) && ownJudgement(m)) ?? first(CLAIMANT_PEDDLES, (m) => ownCriticism(m) && ownJudgement(m));
  if (brandedFalse) return found('DENY', brandedFalse, 'act:content-act:claim-branded-false', true);
  // ("every option on the table, including a renovation": the options named are no sanction, so nothing is threatened;
  // "all options are on the table, including sanctions" still warns)
  const threatTabled = (m: RegExpExecArray): boolean => {
    const named = TABLE_INCLUDING.exec(content.slice(m.index + m[0].length));
    return !named || new RegExp(`(?<![\\p{L}])(?:${SANCTION}|${alt(WORDS.tableOptions)})(?![\\p{L}])`, 'iu').test(named[1] ?? '');
  };
  const warning = first(RX.warning) ?? first(RX.worry, worryAbout) ?? first(RX.table, threatTabled) ?? first(RX.threat, aimedThreat) ?? first(RX.heldConcerns);
  if (warning) return found('WARN', warning, 'act:content-act:warning');
  // (a step held over another party on its failure; not the speaker's own resolve on its own failure, "if we do not
  // win, we will try again", which has "we" both sides)
  // (and the condition is about a party, "if it does not", "unless the operator pays", "if Neskville refuses", not a
  // thing: "the ferry would sail at noon if the wind did not pick up" forecasts)
  const threat = first(RX.conditionalThreat, (m) => {
    const condition = /(?:^|(?<![\p{L}’']))(?:[iI]f|[uU]nless)[^\S\n]+([^]*)$/u.exec(/^(?:if|unless)(?![\p{L}])/iu.test(m[0]) ? m[0].slice(0, m[0].indexOf(',')) : m[0])?.[1] ?? '';
    // (an inability is a need, not a failure a step is held over: "would help families if they could not pay"; a party
    // that does not oppose lets the step happen, a plan's permission: "would hire 200 workers if the council did not
    // object", "would open on Sundays if the board did not block it"; not "change" or "stop", whose negation is often the
    // failure itself: "if the firm does not stop dumping, we will sue")
    const negated = NEGATED_IN_CONDITION.exec(/^[^.;:!?—–\n]*/u.exec(content.slice(m.index))?.[0] ?? '');
    if (negated && OPPOSING_VERBS.has((negated[1] ?? '').toLowerCase())) return false;
    return CONDITION_PARTY.test(condition) && !/^(?:we|I)(?![\p{L}’'])/u.test(condition) && !UNABLE_IN_CONDITION.test(condition)
      && !(/^(?:if|unless)(?![\p{L}])/iu.test(m[0]) ? /,[^\S\n]*(?:then[^\S\n]+)?(?:we|I)(?![\p{L}’'])/u.test(m[0]) && /(?<![\p{L}’'])(?:we|I)(?![\p{L}’'])/u.test(condition) : false);
  });
  if (threat) return found('WARN', threat, 'act:content-act:conditional-threat', true);
  // (the harm must not be the measure's aim, "would drive corrupt officers out", "would hurt tax evaders", nor limited
  // in reassurance, "would hurt only the largest firms")
  // (the measure opens the content's first clause: after a comma the clause may be another party's, "…, repeating her
  // campaign's line that the rival plan would jeopardise …")
  const harm = first(RX.harmFollows, (m) => !/[,;:.!?”"]/u.test(content.slice(0, m.index)) && !HARM_AIMED.test(content.slice(m.index + m[0].search(MODAL))));
  if (harm) return found('WARN', harm, 'act:content-act:harm-foretold', true);
  const risk = first(RX.risk, (m) => !m[1] && !RX.reassurance.test(m[2] ?? '') && !(/(?<![\p{L}])was$/iu.test(m[0]) && KNOWN_RISK_AFTER.test(m[2] ?? ''))) ?? first(RX.riskVerb);
  if (risk) return found('WARN', risk, 'act:content-act:risk', true);
  // The consequence must itself be a loss or a harm ("the cafés go", "they do not come back"): "Once the meeting closes,
  // we will publish the minutes" and "If the minister leaves, her deputy will take over" only sequence events.
  const lossFollows = (m: RegExpExecArray): boolean => {
    const from = m.index + m[0].length;
    const end = content.slice(from).search(/[.;!?\n]/u);
    const then = content.slice(from, end < 0 ? undefined : from + end);
    // ("If we lose the spring lambs, shoppers will notice it at the butcher's": the speaker's own side losing what it has, then
    // anything that will follow, foretells the cost of the loss)
    return RX.lossConsequence.test(then) || toneOf(then) <= -TONE_THRESHOLD
      || (OWN_LOSS.test(m[0]) && /(?<![\p{L}])(?:will|would|cannot|can[’']t)(?![\p{L}])|[’']ll(?![\p{L}])/iu.test(then) && !OWN_RESOLVE.test(then));
  };
  const loss = input.type !== 'indirect' ? first(RX.lossCondition, lossFollows) : null;
  if (loss) return found('WARN', loss, 'act:content-act:loss-condition', true);

  // (in reported speech, not conceded before a turn, "it supported the plan but not its timing")
  const praise = first(RX.praise, notNegated) ?? first(RX.support, notNegated)
    ?? (input.type !== 'direct' ? first(RX.supportedParty, (m) => !conceded(m) && !/(?<![\p{L}])(?:not|never)(?![\p{L}])|n[’']t(?![\p{L}])/iu.test(content.slice(m.index + m[0].length))) : null);
  if (praise) return found('PRAISE', praise, 'act:content-act:praise');
  // (another party, not the speaker's "I"/"we", and not negated: "has not shown she is willing …" is a complaint)
  const resolve = first(SHOWN_RESOLVE, (m) => notNegated(m) && ownJudgement(m));
  if (resolve) return found('PRAISE', resolve, 'act:content-act:shown-resolve', true);
  const credit = first(CREDIBILITY_GAINED, (m) => notNegated(m) && ownJudgement(m));
  if (credit) return found('PRAISE', credit, 'act:content-act:credibility-gained', true);
  // (the speaker's own judgement: not in a condition or a question, "if this is an idea whose time has come, …", not
  // negated in its sentence, "is not an idea whose time has come"; "ahead of her time" only after a copula, "she was
  // ahead of her time", not a race's "finished ahead of her time from last year")
  const timely = first(RX.timelyPraise, (m) => {
    const sentence = content.slice(Math.max(...['.', '!', '?', '\n'].map((c) => content.lastIndexOf(c, m.index))) + 1, m.index);
    if (/^[^\p{L}]*(?:if|unless|whether)(?![\p{L}])/iu.test(sentence) || /(?<![\p{L}])(?:not|never|no)(?![\p{L}])|n[’']t(?![\p{L}])/iu.test(sentence)) return false;
    if (/^ahead/iu.test(m[0]) && !TIMELY_COPULA.test(sentence)) return false;
    return ownJudgement(m);
  });
  if (timely) return found('PRAISE', timely, 'act:content-act:praise', true);
  // A choice of another's named good: not advice ("a good idea to book early"), not the speaker's own ("we think it is the
  // right decision"), not a reason given for it ("because it was a smart move"), not conceded before a turn, and not
  // from a body speaking of what is mostly its own decision.
  const goodChoice = input.speakerKind === 'organization' || input.speakerKind === 'group' ? null
    : first(GOOD_CHOICE, (m) => {
      const shifted = Object.assign([...m], { index: m.index + (m[1] ?? '').length + 1, input: m.input, groups: m.groups }) as RegExpExecArray;
      if (!judged(shifted) || conceded(m)) return false;
      const after = content.slice(m.index + m[0].length);
      if (/^[^\S\n]*(?:to|for[^\S\n]+(?:me|us)|if|when)(?![\p{L}])/u.test(after)) return false;
      const from = Math.max(...['.', '!', '?', '\n'].map((ch) => content.lastIndexOf(ch, m.index))) + 1;
      const end = after.search(/[.!?\n]/u);
      const sentence = content.slice(from, end < 0 ? undefined : m.index + m[0].length + end);
      // (a reason given for a decision, "went ahead because it was a good business move", justifies, GUIDE decision 18)
      return !FIRST_PERSON_WORD.test(sentence) && !/(?<![\p{L}])(?:because|since|as)(?![\p{L}])/iu.test(content.slice(from, m.index));
    });
  if (goodChoice) return found('PRAISE', goodChoice, 'act:content-act:good-choice', true);
  const merit = first(input.type === 'direct' ? EVAL_RX.meritDirect : EVAL_RX.meritReported, (m) => ownCriticism(m) && ownJudgement(m) && !conceded(m))
    ?? selfFirst(SELF_FINDS_MERIT, 'finds-merit') ?? ownFirst(selfPattern(SELF_ENDORSE, 'endorse', input.type === 'direct' ? FIRST_PERSON : subjects));
  if (merit) return found('PRAISE', merit, 'act:content-act:party-evaluation', true);
  // A party that has what an office or a fight asks ("only one of them has the background and the courage to take on
  // the mill owners", "she has the temperament to lead"): the speaker's own judgement (judged) of a party not the speaker, not
  // negated ("doesn't have the experience to"), not conceded before a turn, not a choice still open ("voters will decide
  // who has the experience to lead"), not of the speaker's side ("we have the skills to win", a chief executive's "the
  // firm has the skills to …").
  // (in a quote too, the body a spokesperson or an executive speaks for is its own side; made only on a match)
  const ownEnd = (): RegExp => new RegExp(`(?<![\\p{L}])(?:${subjects}|${selfSubjects({ ...input, type: 'indirect' })})$`, 'u');
  const qualified = first(QUALIFIED, (m) => judged(m) && !conceded(m) && !FIRST_PERSON_WORD.test(m[1] ?? '')
    && !ownEnd().test(content.slice(Math.max(0, m.index - 30), m.index + (m[1] ?? '').length))
    && !RX.negatorBefore.test(content.slice(Math.max(0, m.index - 24), m.index + (m[1] ?? '').length + 1))
    && !/(?:n[’']t|not|never|no)[^\S\n]+$/iu.test(content.slice(m.index, m.index + m[0].indexOf(m[2] ?? '\u0000')))
    && !(/^(?:who|which|whoever|whether|if)$/iu.test(m[1] ?? '') && OPEN_CHOICE.test(content.slice(Math.max(0, m.index - 30), m.index))));
  if (qualified) return found('PRAISE', qualified, 'act:content-act:party-qualified', true);
  // The recast must judge: "This is not a drill. It is the real thing" or "not a defeat. It is a new beginning" only
  // restates; "That was not a review. It was a disgrace" condemns. The sentence that recasts must read clearly negative.
  const recast = (m: RegExpExecArray): boolean => {
    const from = m.index + Math.max(m[0].lastIndexOf('.'), m[0].lastIndexOf(';')) + 1;
    const end = content.slice(from).search(/[.;!?\n]/u);
    return toneOf(content.slice(from, end < 0 ? undefined : from + end)) <= -TONE_THRESHOLD;
  };
  const notPositive = (m: RegExpExecArray): boolean => {
    const from = m.index + Math.max(m[0].lastIndexOf('.'), m[0].lastIndexOf(';')) + 1;
    const end = content.slice(from).search(/[.;!?\n]/u);
    return toneOf(content.slice(from, end < 0 ? undefined : from + end)) < TONE_THRESHOLD;
  };
  const correction = input.type === 'direct' ? first(RX.correction, recast) ?? first(RX.pastCorrection, notPositive) : null;
  if (correction) return found('CRITICIZE', correction, 'act:content-act:correction', true);
  const charged = prosecutionCase(input);
  if (charged) return found('ACCUSE', charged, 'act:content-act:prosecution-case', true);
  const rebuked = judgeRebuke(input);
  if (rebuked) return found('CRITICIZE', rebuked, 'act:content-act:judge-rebuke', true);
  return null;
}

/** "you took", "you had put", "whose savings you stole": a second-person subject of a past act. */
const YOU_DID = new RegExp(`(?<![\\p{L}])you[^\\S\\n]+(?:had[^\\S\\n]+)?(?:\\p{Ll}+ly[^\\S\\n]+)?(?!(?:${alt(WORDS.prosecutionNeutralVerbs)})(?![\\p{L}]))(?:\\p{Ll}+ed|${alt(WORDS.prosecutionPastVerbs)})(?![\\p{L}])`, 'iu');
const JUDGE_ROLES: ReadonlySet<string> = new Set(WORDS.judgeRoles);
/**
 * A judge's words to the one before the court about what they did ("“The families whose pensions you spent were not rich.
 * They were porters and cooks who believed you,” the judge said"; "“You were chosen to guard the fund. Instead, you
 * treated it as your own”"): a sentencing rebuke, CRITICIZE (as the corpus labels judges' remarks to the convicted).
 */
function judgeRebuke(input: ContentActInput): { index: number; text: string } | null {
  if (input.type !== 'direct' || !JUDGE_ROLES.has((input.speakerRole ?? '').toLowerCase())) return null;
  const m = YOU_DID.exec(input.content);
  return m ? { index: m.index, text: m[0] } : null;
}

/** A named party, then what it did in the past: "Yarlfold had moved £41 million …", "Seltville received the money …". */
const NAMED_DOER_PAST = new RegExp(`^(?:that[^\\S\\n]+)?(?:(?:Mr|Mrs|Ms|Miss|Dr)\\.?[^\\S\\n]+)?\\p{Lu}[\\p{L}’'-]+(?:[^\\S\\n]+\\p{Lu}[\\p{L}’'-]+){0,3}[^\\S\\n]+(?:had[^\\S\\n]+)?(?:\\p{Ll}+ly[^\\S\\n]+)?(?!(?:${alt(WORDS.prosecutionNeutralVerbs)})(?![\\p{L}]))(?:\\p{Ll}+ed|${alt(WORDS.prosecutionPastVerbs)})(?![\\p{L}])`, 'u');
const PROSECUTION_ROLES: ReadonlySet<string> = new Set(WORDS.prosecutionRoles);
/**
 * A prosecutor's account of what the accused did ("Prosecutors said Yarlfold had moved £41 million from the scheme into
 * companies he secretly controlled"): the prosecution's case is its charge, ACCUSE, whatever its words (GUIDE decision
 * 58: prosecutors' charges all had the party AGAINST). Only a named party as the subject of a past act: a prosecutor's
 * plans and procedure ("it would seek a retrial") stay as they are.
 */
function prosecutionCase(input: ContentActInput): { index: number; text: string } | null {
  if (!PROSECUTION_ROLES.has((input.speakerRole ?? '').toLowerCase()) || input.type === 'direct') return null;
  const m = NAMED_DOER_PAST.exec(input.content);
  return m ? { index: 0, text: m[0] } : null;
}

// "Why did it take six floods for anyone to move?", "What more has to happen before someone at the ministry pays attention?": a
// why/what/how question that waits for anyone at all to act complains that no one did (GUIDE decision 18: a complaint about
// conduct is CRITICIZE); it asks nothing the speaker wants answered. Not "why did it hold back until the hall was empty?"
// (a party named, a question of motive) and not a question with no indefinite agent ("What changed?").
// The question must carry a complaint frame: the time it took for anyone to act ("take … for anyone to"), waiting before
// or until someone acts ("before somebody … listens", "until anybody"), or nobody as the question's subject ("Why did
// nobody tell anyone?"). A question merely with an indefinite in it is no complaint ("Why would anyone want to leave a
// town like this?", "How many people here know someone who has lost a job?", "Why does anyone still buy a diesel car?").
const INDEF = '(?:anyone|anybody|somebody|someone)';
const RHETORICAL = new RegExp(`(?<![\\p{L}’'-])((?:Why|What|How(?:[^\\S\\n]+(?:long|many|much))?)(?![\\p{L}])(?:(?:[^\\S\\n]+(?:did|does|do|has|have|had|is|was|were|would|will|can|could))?[^\\S\\n]+(?:nobody|no[^\\S\\n]+one|no-one)(?![\\p{L}])|[^.!?\\n“”"]*?(?<![\\p{L}])(?:(?:take|takes|took|taken|taking)(?![\\p{L}])[^.!?\\n“”"]*?(?<![\\p{L}])for[^\\S\\n]+${INDEF}|(?:before|until|till)[^\\S\\n]+${INDEF})(?![\\p{L}]))[^.!?\\n“”"]*\\?)`, 'gu');

/** The act of content whose question is rhetorical, or null (the judge keeps QUESTION). */
export function rhetoricalAct(content: string, start: number): ContentAct | null {
  RHETORICAL.lastIndex = 0;
  const m = RHETORICAL.exec(content);
  if (!m?.[1]) return null;
  const at = m.index;
  const rule = 'act:content-act:rhetorical-question';
  return { act: 'CRITICIZE', rule, weak: true, evidence: { rule, start: start + at, end: start + at + m[1].length, text: m[1] } };
}
