// Review flags and messages that new users found missing or misleading: a speaker reached through a time phrase or a
// word that only opens a sentence (speaker:not-a-name), a name cut from a longer one (speaker:cut-name,
// target:cut-name, speaker:affiliation-cut-name), a pronoun whose nearer antecedent is another person
// (speaker:pronoun-after-other-person), a description matched past a nearer body (speaker:description-skips-nearer-body),
// and messages that quote the article's own words. Sentences are invented; expected values come from reading them.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze.js';
import { cutName, descriptionSkipsNearerBody, flagForReview, groupTakenForPerson, mentionIsTime, pronounAfterOtherPerson, sentenceInitialModifier } from '../src/stages/stance/review-flag.js';
import { splitParagraphs } from '../src/stages/segment/split-paragraphs.js';
import { tokenizeParagraphs } from '../src/stages/segment/tokenize.js';
import { doubtfulSpeakerMessages } from '../src/output/rows.js';
import { fittedReason } from '../src/output/review-reasons.js';
import type { DraftStatement } from '../src/model/document.js';
import type { Statement } from '../src/model/article-result.js';
import { draft } from './stance-helpers.js';

/** A draft statement whose speaker was found through `mention` (the words at `at` in `text`) by `via`. */
function spoken(text: string, speaker: string, kind: 'organization' | 'person' | 'group', mention: string, via: string, from = 0): DraftStatement {
  const at = text.indexOf(mention, from);
  expect(at).toBeGreaterThanOrEqual(0);
  const d = draft(speaker, kind, at + mention.length + 6, 'x', 'SAY');
  return { ...d, speaker: { ...d.speaker, mention: { start: at, end: at + mention.length, text: mention }, resolvedVia: via } };
}
const tokensOf = (text: string) => tokenizeParagraphs(text, splitParagraphs(text)).tokens;

describe('speaker:not-a-name: a time phrase taken for the speaker\'s mention', () => {
  it('"last month" and "on Thursday" are times', () => {
    const a = 'A county audit published last month found that 300 bridges needed repair.';
    expect(mentionIsTime(spoken(a, 'Harrow Roads', 'organization', 'last month', 'description'))).toBe(true);
    const b = 'The figures released on Thursday showed that fares had doubled.';
    expect(mentionIsTime(spoken(b, 'Calder Transit', 'organization', 'on Thursday', 'description'))).toBe(true);
    // (and the flag is raised on it)
    const st = flagForReview(a, splitParagraphs(a), spoken(a, 'Harrow Roads', 'organization', 'last month', 'description'));
    expect(st.reviewReasons).toContain('speaker:not-a-name');
    expect(st.needsReview).toBe(true);
  });
  it('near miss: a mention made of time words that names the speaker is no time ("The Week", "August")', () => {
    const a = 'The Week reported that the council had sold the depot.';
    expect(mentionIsTime(spoken(a, 'The Week', 'organization', 'The Week', 'name'))).toBe(false);
    const b = 'Leo August chairs the board. August said the depot would close.';
    expect(mentionIsTime(spoken(b, 'Leo August', 'person', 'August', 'surname', b.indexOf('August said')))).toBe(false);
    // (a capitalised time word that is not in the name still tells a time)
    const c = 'A survey published on Thursday found that fares had doubled.';
    expect(mentionIsTime(spoken(c, 'Calder Transit', 'organization', 'on Thursday', 'description'))).toBe(true);
  });
  it('near miss: a mention naming a body with a time word in it is no time', () => {
    const c = 'The Monday Club said on its website that the vote had been rigged.';
    expect(mentionIsTime(spoken(c, 'Monday Club', 'organization', 'The Monday Club', 'name'))).toBe(false);
    const d = 'Next Year Foundation said the grant would fund 40 nurses.';
    expect(mentionIsTime(spoken(d, 'Next Year Foundation', 'organization', 'Next Year Foundation', 'name'))).toBe(false);
  });
});

describe('speaker:not-a-name: a word that only opens a sentence, before a noun', () => {
  it('"Local fishermen" and "Several shopkeepers" name no one by their first word', () => {
    const a = 'Harbour works begin\n\nThe harbour will close for a year.\n\nLocal fishermen, who use the slipway every day, said they had not been asked.';
    expect(sentenceInitialModifier(a, 'Local', tokensOf(a))).toBe(true);
    const b = 'Market rents rise\n\nThe council raised stall rents again.\n\nSeveral shopkeepers said they would close before Christmas.';
    expect(sentenceInitialModifier(b, 'Several', tokensOf(b))).toBe(true);
  });
  it('near miss: a name opening its sentence before a verb is a name', () => {
    const c = 'Harbour works begin\n\nThe harbour will close for a year.\n\nMarlow dismissed the complaint as late.';
    expect(sentenceInitialModifier(c, 'Marlow', tokensOf(c))).toBe(false);
  });
  it('the whole pipeline lists it in messages.csv with the article\'s own words', () => {
    const text = 'Pier to close\n\nThe town pier will close in May for repairs, the council said.\n\nLocal anglers, who have fished from the pier for decades, said they were angry.\n';
    const r = analyzeArticle(text);
    const st = r.statements.find((s) => s.content.text.includes('they were angry'));
    expect(st).toBeDefined();
    // (the speakers stage names the anglers, not "Local")
    expect(st!.speaker.name.toLowerCase()).toBe('local anglers');
    // (had it named "Local", the message quotes the article's "Local anglers", not an invented example)
    const local = { ...st!, speaker: { ...st!.speaker, name: 'Local' }, reviewReasons: ['speaker:not-a-name'] };
    const msgs = doubtfulSpeakerMessages({ statements: [local], article: { text } });
    expect(msgs).toHaveLength(1);
    expect(msgs[0]!.reason).toContain('"Local anglers"');
  });
});

describe('cut-off names: a piece of a longer name the article writes', () => {
  it('the last word of a name, and a name continued after a possessive', () => {
    expect(cutName('The charity Stand Up To Bullies said it was shocked. Bullies', 'Bullies')).toBeNull();
    const a = 'The campaign Stand Up To Bullies said the school had ignored it.';
    expect(cutName(a, 'Bullies')).toBe('Stand Up To Bullies');
    const b = 'Patients at St Oswin’s General Hospital were told to change their passwords.';
    expect(cutName(b, 'St Oswin')).toBe('St Oswin’s General Hospital');
  });
  it('flags a stance given to a cut-off name, and an affiliation cut off is listed but does not flag', () => {
    const text = 'Tenants blamed the landlord. “Town Hall let this happen,” said Rosa Quill of Keep Rents Fair.';
    const d = { ...draft('Rosa Quill', 'person', text.indexOf('Town'), 'Town Hall let this happen', 'CRITICIZE', [['Hall', 'AGAINST']]) };
    const st = flagForReview(text, splitParagraphs(text), { ...d, speaker: { ...d.speaker, affiliation: 'Fair' } });
    expect(st.reviewReasons).toContain('target:cut-name');
    expect(st.reviewReasons).toContain('speaker:affiliation-cut-name');
    expect(st.needsReview).toBe(true);
    const quiet = flagForReview(text, splitParagraphs(text), { ...d, targets: [], act: 'SAY', speaker: { ...d.speaker, affiliation: 'Fair' } });
    expect(quiet.reviewReasons).toContain('speaker:affiliation-cut-name');
    expect(quiet.needsReview).toBe(false);
  });
  it('near miss: a name after a word that only opens the sentence is not cut', () => {
    expect(cutName('The union welcomed the ruling. But Quarrow said it would appeal.', 'Quarrow')).toBeNull();
    expect(cutName('Shares fell on Monday. Yesterday Quarrow told investors the deal was off.', 'Quarrow')).toBeNull();
    expect(cutName('The talks stalled. Meanwhile Quarrow said it would raise its prices.', 'Quarrow')).toBeNull();
    // (but a name's own first word at a sentence's start still makes the name longer)
    expect(cutName('The school ignored it. Stand Up To Bullies said so on Friday.', 'Bullies')).toBe('Stand Up To Bullies');
  });
  it('near miss: a name also written alone, and a person after a title, are not cut', () => {
    const a = 'Commodore Alan Reid said the patrol had found nothing. Greystone said it would pay for divers. Greystone Wind owns the cable.';
    expect(cutName(a, 'Greystone')).toBeNull();
    expect(cutName(a, 'Alan Reid')).toBeNull();
    // (a body's whole name before a title, and a name before letters after it, go on into no more of themselves)
    const b = 'Harlan County Water District Chief Ada Voss said the pumps had failed. Harlan County Water District has 40 staff.';
    expect(cutName(b, 'Harlan County Water District')).toBeNull();
    expect(cutName('The ruling was wrong, said Joan Pike KC, for the tenants.', 'Joan Pike')).toBeNull();
  });
});

describe('speaker:pronoun-after-other-person: the pronoun\'s nearer antecedent is another person', () => {
  it('a person the article quotes named after the speaker and before "he"', () => {
    const text = 'Mira Holt, the mayor, defended the budget.\n\nThe opposition leader, Tom Grady, called it a disgrace.\n\n“We were never consulted,” he said.';
    const st = spoken(text, 'Mira Holt', 'person', 'he', 'pronoun', text.indexOf('” he'));
    expect(pronounAfterOtherPerson(text, splitParagraphs(text), st, ['Mira Holt', 'Tom Grady'])).toBe('Tom Grady');
  });
  it('a person described, not named, in the pronoun\'s paragraph', () => {
    const text = 'Paolo Verdi, the owner, denied the claims.\n\nA former cook, a man who asked not to be named, said shifts ran to 14 hours. “Nobody was paid for the last three,” he said.';
    const st = spoken(text, 'Paolo Verdi', 'person', 'he', 'pronoun', text.indexOf('“Nobody'));
    expect(pronounAfterOtherPerson(text, splitParagraphs(text), st, ['Paolo Verdi'])).toMatch(/^A former cook/u);
    const flagged = flagForReview(text, splitParagraphs(text), st, undefined, undefined, [st]);
    expect(flagged.reviewReasons).toContain('speaker:pronoun-after-other-person');
    expect(flagged.needsReview).toBe(true);
  });
  it('near miss: a person the speaker speaks of is no antecedent of the speaker\'s next pronoun', () => {
    const a = 'Mira Holt runs the Eastgate clinic.\n\nHolt said a patient had waited six hours on Monday. “It was shameful,” she said.';
    expect(pronounAfterOtherPerson(a, splitParagraphs(a), spoken(a, 'Mira Holt', 'person', 'she', 'pronoun', a.indexOf('” she')), ['Mira Holt'])).toBeNull();
    const b = 'Plant manager Tom Grady spoke to reporters.\n\nGrady said one worker was taken to hospital with burns. “We are all shaken,” he said.';
    expect(pronounAfterOtherPerson(b, splitParagraphs(b), spoken(b, 'Tom Grady', 'person', 'he', 'pronoun', b.indexOf('” he')), ['Tom Grady'])).toBeNull();
  });
  it('near miss: the speaker\'s own appositive, and no one between', () => {
    const text = 'Some tenants were pleased. Ines Mora, a nurse who rents a flat on the estate, welcomed the repairs. “At last someone listened,” she said.';
    const st = spoken(text, 'Ines Mora', 'person', 'she', 'pronoun', text.indexOf('” she'));
    expect(pronounAfterOtherPerson(text, splitParagraphs(text), st, ['Ines Mora'])).toBeNull();
    const plain = 'Ines Mora welcomed the repairs.\n\n“At last someone listened,” she said.';
    expect(pronounAfterOtherPerson(plain, splitParagraphs(plain), spoken(plain, 'Ines Mora', 'person', 'she', 'pronoun', plain.indexOf('” she')), ['Ines Mora', 'Karl Bent'])).toBeNull();
  });
});

describe('speaker:description-skips-nearer-body: "the company" matched past the body just quoted', () => {
  const text = 'Tarn Ferries Ltd blamed the harbour pilot. Oakley Marine, which employs the pilot, rejected that account. In a statement, the company said its pilot had followed the rules.';
  const before = spoken(text, 'Oakley Marine', 'organization', 'Oakley Marine', 'name');
  it('flags it and names the nearer body', () => {
    const st = spoken(text, 'Tarn Ferries Ltd', 'organization', 'the company', 'description:head');
    expect(descriptionSkipsNearerBody(st, before)).toBe('Oakley Marine');
    const other = 'The Delta Workers Guild praised the ruling. A Pellow Freight spokesman disagreed. The firm said the ruling would be appealed.';
    const prev2 = spoken(other, 'Pellow Freight', 'organization', 'A Pellow Freight spokesman', 'spokesperson-of-body');
    expect(descriptionSkipsNearerBody(spoken(other, 'Delta Workers Guild', 'group', 'The firm', 'description'), prev2)).toBe('Pellow Freight');
    const flagged = flagForReview(text, splitParagraphs(text), st, before);
    expect(flagged.needsReview).toBe(true);
    const done = { ...flagged, id: 'x' } as Statement;
    expect(fittedReason('speaker:description-skips-nearer-body', done, { text, statements: [{ ...before, id: 'a' } as Statement, done] })).toContain('Oakley Marine');
  });
  it('near miss: the description\'s own word is in the body\'s name', () => {
    const st = spoken(text, 'Tarn Ferries Company', 'organization', 'the company', 'description:head');
    expect(descriptionSkipsNearerBody(st, before)).toBeNull();
  });
});

describe('messages and reasons quote the article, not an invented word', () => {
  it('a nationality speaker\'s message gives the article\'s own phrase', () => {
    const text = 'Border clash\n\nTelvan troops crossed the river at dawn, the army said. Telvan officials denied it. It accused the rebels of lying.\n';
    const r = analyzeArticle(text);
    // (a speaker named by the nationality word alone, as a resolver might leave it)
    const first = r.statements[0]!;
    const statements = [{ ...first, speaker: { ...first.speaker, name: 'Telvan' }, reviewReasons: ['speaker:nationality'] }];
    const msgs = doubtfulSpeakerMessages({ statements, article: { text } });
    expect(msgs).toHaveLength(1);
    expect(msgs[0]!.reason).toContain('"Telvan troops"');
    expect(msgs[0]!.reason).not.toMatch(/Marvosian/u);
    const st = { ...draft('Telvan', 'organization', 0, 'x', 'SAY'), id: 'x' } as unknown as Statement;
    expect(fittedReason('speaker:nationality', st, { text, statements: [] })).toContain('"Telvan troops"');
  });
  it('denial-without-words says the cue is the denial and the content has no word of its own', () => {
    const st = { ...draft('Rhea Sand', 'person', 30, 'the bank was acting for the government', 'DENY', [['Grey Bank', 'FAVOR']]), cue: { start: 20, end: 26, text: 'denied' }, id: 'x' } as unknown as Statement;
    const line = fittedReason('stance:denial-without-words', st)!;
    expect(line).toContain('"denied"');
    expect(line).toContain('holds no word of denial of its own');
    expect(line).toContain('Grey Bank FAVOR');
  });
});

describe('speaker:group-to-person: one person found through words about many', () => {
  it('"Workers at …" and "Residents of …" read as the person named in their appositive', () => {
    const a = 'Nurses at Dalby Clinics, the chain owned by the investor Rupert Dalby, have accused the firm of cutting their hours.';
    const d1 = spoken(a, 'Rupert Dalby', 'person', 'Nurses at Dalby Clinics', 'appositive-name');
    expect(groupTakenForPerson(d1)).toBe(true);
    const b = 'Workers at Fennel Foods, the grocer founded by Ada Fennel, said they had not been paid since May.';
    const d2 = spoken(b, 'Ada Fennel', 'person', 'Workers at Fennel Foods', 'appositive-name');
    expect(groupTakenForPerson(d2)).toBe(true);
    const c = 'Residents of Hale Court, the block managed by Owen Price, said the lifts had failed again.';
    const d3 = spoken(c, 'Owen Price', 'person', 'Residents of Hale Court', 'appositive-name');
    expect(groupTakenForPerson(d3)).toBe(true);
    expect(flagForReview(c, splitParagraphs(c), d3).needsReview).toBe(true);
  });
  it('near miss: one person found through a singular role, and a group that is a group', () => {
    const a = 'A worker at Fennel Foods, Lia Moss, said she had not been paid since May.';
    expect(groupTakenForPerson(spoken(a, 'Lia Moss', 'person', 'A worker at Fennel Foods', 'appositive-name'))).toBe(false);
    const b = 'Workers at Fennel Foods said they had not been paid since May.';
    expect(groupTakenForPerson(spoken(b, 'Workers at Fennel Foods', 'group', 'Workers at Fennel Foods', 'name'))).toBe(false);
  });
});
