// Narrowed act rules (review22, session 22). Sentences are our own; every expectation was set by hand from LABELS.md
// (Act) and corpus/GUIDE.md (decisions 22, 54, 73), with ordinary news sentences sharing the trigger words.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze.js';
import { table } from './act-table.js';

describe('a cue of asserting keeps ASSERT when the content warns or demands (GUIDE decision 54, review22 #11)', () => {
  table([
    ['insisted, the content a warning',
      'The port reopened on Monday.\nHarbour master Ola Brekke insisted that there was a serious risk that the new quay would flood within a decade.',
      [['Ola Brekke', 'ASSERT']]],
    ['argued, the content a demand',
      'The budget is due in March.\nCouncillor Ola Brekke argued that the city must fund more bus routes next year.',
      [['Ola Brekke', 'ASSERT']]],
    ['still WARN: the same warning under "said"',
      'The port reopened on Monday.\nHarbour master Ola Brekke said that there was a serious risk that the new quay would flood within a decade.',
      [['Ola Brekke', 'WARN']]],
    ['still DEMAND: the same demand under "said"',
      'The budget is due in March.\nCouncillor Ola Brekke said that the city must fund more bus routes next year.',
      [['Ola Brekke', 'DEMAND']]],
  ]);
});

describe('wrongful conduct named (accusedConduct) is conduct done, not a condition or a rule (review22 #6)', () => {
  table([
    ['operated without the required licence: an agency accuses',
      'Ten ferries were inspected in June.\nThe Maritime Agency said two boats had been operating without the required licence for a year.',
      [['Maritime Agency', 'ACCUSE']]],
    ['must not fire: a ship that cannot sail without a certificate (a rule, not a breach)',
      'The new ferry arrived in Brask on Tuesday.\nThe Transport Ministry said the ferry could not sail without the required safety certificate.',
      [['Transport Ministry', 'SAY']]],
    ['must not fire: a warning to anyone breaking the rules',
      'The parking scheme starts in May.\nThe Lowmoor Council said anyone breaking the rules would be fined 50 pounds.',
      [['Lowmoor Council', 'SAY']]],
    ['must not fire: no visitor may enter without a required pass',
      'The museum reopens on Friday.\nThe Brenning Museum said no visitor could enter without a required pass.',
      [['Brenning Museum', 'SAY']]],
  ]);
});

describe('an asked question is against the ones it names only when it insinuates (GUIDE decision 73, review22 #3)', () => {
  const targets = (paragraphs: string): Array<[string, string, Array<[string, string]>]> =>
    analyzeArticle(`Headline\n${paragraphs}\n`).statements.map((s) => [s.speaker.name, s.act, s.targets.map((t): [string, string] => [t.name, t.stance])]);
  it.each<[string, string, Array<[string, string, Array<[string, string]>]>]>([
    ['an interviewer\'s quoted question takes no side',
      'Senator Mara Lind met the press on Friday.\n“Do you think the Justice Department will charge Tom Vale?” asked Kay Dorn, the interviewer.',
      [['Kay Dorn', 'QUESTION', [['Justice Department', 'NONE'], ['Tom Vale', 'NONE']]]]],
    ['a host\'s reported question takes no side',
      'Senator Mara Lind spoke on Radio Brask on Friday.\nThe host, Kay Dorn, asked whether the Justice Department would charge Tom Vale.',
      [['Kay Dorn', 'QUESTION', [['Justice Department', 'NONE'], ['Tom Vale', 'NONE']]]]],
    ['still AGAINST: a rival\'s pointed question',
      'The Green Party launched its campaign on Monday.\n“Can anyone name a single thing the Green Party has delivered in ten years?” asked Tom Vale, the Labour candidate.',
      [['Tom Vale', 'QUESTION', [['Green Party', 'AGAINST']]]]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(targets(paragraphs)).toEqual(expected);
  });
});
