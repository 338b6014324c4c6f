// Acts from a new user's trial on kinds of news the corpus lacks (nu30: a central bank's rate rise, a doping ban
// overturned on appeal, a ceasefire). Sentences written for these tests; each rule has its case and at least two
// ordinary sentences with the same trigger words that must keep their act (LABELS.md "Act", GUIDE section 4).
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze.js';

type Row = [cue: string, act: string, content: string];
const rows = (paragraphs: string): Row[] =>
  analyzeArticle(`Headline\n${paragraphs}\n`).statements.map((s) => [s.cue?.text ?? '', s.act, s.content.text]);

const cases = (name: string, list: Array<[string, string, Row[]]>): void => {
  describe(name, () => {
    it.each(list)('%s', (_name, text, expected) => {
      expect(rows(text)).toEqual(expected);
    });
  });
};

cases('a demand noun after a determiner or possessor names a demand; it is none of the speaker\'s (decision 37)', [
  ['"dropped its demand that …" under "said"',
    'The talks ended on Friday.\nThe union negotiator, Pia Holm, said the union had signed only after the employer dropped its demand that drivers work weekends.',
    [['said', 'SAY', 'the union had signed only after the employer dropped its demand that drivers work weekends']]],
  ['must not fire: "would demand that" is the speaker\'s side demanding',
    'The talks ended on Friday.\nThe union negotiator, Pia Holm, said she would demand that the employer restore the weekend rate.',
    [['said', 'DEMAND', 'she would demand that the employer restore the weekend rate'], ['demand', 'DEMAND', 'the employer restore the weekend rate']]],
  ['must not fire: "must" in the content',
    'The talks ended on Friday.\nThe union negotiator, Pia Holm, said the employer must restore the weekend rate.',
    [['said', 'DEMAND', 'the employer must restore the weekend rate']]],
]);

cases('a doubt the speaker never had is no doubt, and no statement of doubting', [
  ['"said she had never doubted that …"',
    'The final was played on Sunday.\nThe goalkeeper, Ines Varga, said she had never doubted that her side would win.',
    [['said', 'SAY', 'she had never doubted that her side would win']]],
  ['"did not question" reports no question',
    'The final was played on Sunday.\nThe coach, Arno Weil, did not question the referee’s decision.',
    []],
  ['must not fire: "said she doubted that …"',
    'The final was played on Sunday.\nThe goalkeeper, Ines Varga, said she doubted that the referee had seen the foul.',
    // (one statement, the doubt: the speaker's own doubt told under "said" is not a second statement, as the corpus's
    // gold labels it and GUIDE decision 119 bounds nested statements to a third party's speech)
    [['doubted', 'QUESTION', 'the referee had seen the foul']]],
  ['must not fire: "doubted that …" as the cue',
    'The final was played on Sunday.\nThe coach, Arno Weil, doubted that the pitch would be ready.',
    [['doubted', 'QUESTION', 'the pitch would be ready']]],
  ['must not fire: "questioned"',
    'The final was played on Sunday.\nThe coach, Arno Weil, questioned the referee’s decision.',
    [['questioned', 'QUESTION', 'the referee’s decision']]],
]);

cases('"too early than too late" is a preference, no complaint of lateness', [
  ['"sooner … too early than too late"',
    '"We would sooner close the bridge too early than too late," the engineer, Mara Stein, said.',
    [['said', 'SAY', 'We would sooner close the bridge too early than too late,']]],
  ['must not fire: a party acted too late',
    '"The council closed the bridge too late," the engineer, Mara Stein, said.',
    [['said', 'CRITICIZE', 'The council closed the bridge too late,']]],
]);

cases('a possession "destroyed" with no doer named is a loss told, a lament (decision 34)', [
  ['"his boat had been destroyed"',
    'The fighting ended in May.\nA fisherman, Tomas Aberly, said he wanted to go back but that his boat had been destroyed.',
    [['said', 'SAY', 'he wanted to go back but that his boat had been destroyed']]],
  ['must not fire: the doer named after "by"',
    'The fighting ended in May.\nA fisherman, Tomas Aberly, said his boat had been destroyed by the company’s dredger.',
    [['said', 'CRITICIZE', 'his boat had been destroyed by the company’s dredger']]],
  ['must not fire: an active "destroyed" with its subject',
    'The fighting ended in May.\nA fisherman, Tomas Aberly, said the company had destroyed the harbour wall.',
    [['said', 'CRITICIZE', 'the company had destroyed the harbour wall']]],
]);

cases('"came to these talks in good faith" is a stance for the talks ahead, no defence of conduct charged', [
  ['"came to these talks in good faith"',
    '"We came to these talks in good faith," the envoy, Lars Amundsen, told reporters.',
    [['told', 'SAY', 'We came to these talks in good faith,']]],
  ['must not fire: "supplied … in good faith" defends conduct',
    'The report criticised the software.\nThe supplier said it had supplied the system in good faith.',
    [['criticised', 'CRITICIZE', 'the software'], ['said', 'DENY', 'it had supplied the system in good faith']]],
  ['must not fire: after an accusation it denies',
    'The union accused the firm of hiding the accounts.\nThe firm’s director, Eva Lund, said the company had always acted in good faith.',
    [['accused', 'ACCUSE', 'the firm of hiding the accounts'], ['said', 'DENY', 'the company had always acted in good faith']]],
]);

cases('a cue of asserting keeps ASSERT when the content criticises (decision 54)', [
  ['"insisted … a failure by …"',
    'The pitch flooded in March.\nThe club’s chairman, Olav Berg, insisted that the stadium was safe and that the flooding was a failure by the water board.',
    [['insisted', 'ASSERT', 'the stadium was safe and that the flooding was a failure by the water board']]],
  ['must not fire: the same criticism under "said"',
    'The pitch flooded in March.\nThe club’s chairman, Olav Berg, said the flooding was a failure by the water board.',
    [['said', 'CRITICIZE', 'the flooding was a failure by the water board']]],
  ['must not fire: an accusation under "insisted" stays ACCUSE',
    'The pitch flooded in March.\nThe club’s chairman, Olav Berg, insisted the water board had broken the law.',
    [['insisted', 'ACCUSE', 'the water board had broken the law']]],
]);

cases('a direct quote asked as a question is QUESTION, whatever sentence comes first', [
  ['a statement, then the question',
    '"The school is gone. Where will the children learn?" the teacher asked.',
    [['asked', 'QUESTION', 'The school is gone. Where will the children learn?']]],
  ['must not fire: "asked the council to …"',
    'The school closed in June.\nThe teacher asked the council to reopen the school.',
    [['asked', 'DEMAND', 'the council to reopen the school']]],
  ['must not fire: a quoted request with no question',
    '"Please reopen the school," the teacher asked.',
    [['asked', 'DEMAND', 'Please reopen the school,']]],
]);

cases('a "should"/"must" principle denied of the present in a clause of its own is a complaint (decision 57)', [
  ['"…, and right now they are not"',
    '"Patients should be seen within four hours, and right now they are not," said the nurse, Ada Morn.',
    [['said', 'CRITICIZE', 'Patients should be seen within four hours, and right now they are not,']]],
  ['must not fire: a second rule, not an elliptic denial',
    '"Patients should be seen within four hours, and they cannot be sent home at night," said the nurse, Ada Morn.',
    [['said', 'DEMAND', 'Patients should be seen within four hours, and they cannot be sent home at night,']]],
  ['must not fire: a plain "must"',
    '"Drivers must slow down near the school," said the nurse, Ada Morn.',
    [['said', 'DEMAND', 'Drivers must slow down near the school,']]],
]);

cases('broken rules and named abuses pin a wrongful act on a party: ACCUSE under a neutral cue', [
  ['"had broken its own rules"',
    'The ombudsman said the council had broken its own rules on tendering.',
    [['said', 'ACCUSE', 'the council had broken its own rules on tendering']]],
  ['"had carried out arbitrary arrests"',
    'An aid group, Open Hands, said in a report that police had carried out arbitrary arrests in the capital.',
    [['said', 'ACCUSE', 'police had carried out arbitrary arrests in the capital']]],
  ['must not fire: a breach only examined',
    'The ombudsman said it would examine whether the council had broken its own rules.',
    [['said', 'SAY', 'it would examine whether the council had broken its own rules']]],
  ['must not fire: "arrests" with no wrong named',
    'The police said officers had carried out three arrests in the capital.',
    [['said', 'SAY', 'officers had carried out three arrests in the capital']]],
]);

cases('another party shown ready to take a hard decision is praised (decision 18)', [
  ['"has shown she is willing to take an unpopular decision"',
    '"Mayor Ines Dahl has shown she is willing to take an unpopular decision, and voters will remember that," the analyst, Per Moen, said.',
    [['said', 'PRAISE', 'Mayor Ines Dahl has shown she is willing to take an unpopular decision, and voters will remember that,']]],
  ['must not fire: the speaker\'s own "we have shown" (decision 41)',
    '"We have shown we are willing to take unpopular decisions," the mayor, Ines Dahl, said.',
    [['said', 'SAY', 'We have shown we are willing to take unpopular decisions,']]],
  ['must not fire: negated',
    '"Mayor Ines Dahl has not shown she is willing to take a difficult decision," the analyst, Per Moen, said.',
    [['said', 'SAY', 'Mayor Ines Dahl has not shown she is willing to take a difficult decision,']]],
  ['must not fire: willing to make sacrifices, no hard decision',
    'The analyst, Per Moen, said the survey showed that voters were willing to make small sacrifices.',
    [['said', 'SAY', 'the survey showed that voters were willing to make small sacrifices'], ['showed', 'REVEAL', 'voters were willing to make small sacrifices']]],
]);

cases('a party\'s credibility strengthened by what it did is praise of it (decision 18)', [
  ['"the council’s credibility had been strengthened by the vote"',
    'The analyst, Per Moen, said the council’s credibility had been strengthened by the vote.',
    [['said', 'PRAISE', 'the council’s credibility had been strengthened by the vote']]],
  ['must not fire: the speaker\'s own credibility (decision 41)',
    'The mayor, Ines Dahl, said: "Our credibility has been strengthened by this vote."',
    [['said', 'SAY', 'Our credibility has been strengthened by this vote.']]],
  ['must not fire: a budget strengthened',
    'The analyst, Per Moen, said the council’s budget had been strengthened by the sale.',
    [['said', 'SAY', 'the council’s budget had been strengthened by the sale']]],
]);

cases('a party that "walked away from" the people it should stand by is criticised (decision 18)', [
  ['"walked away from an innocent man"',
    'The lawyer, Rita Holm, said: "Those sponsors walked away from an innocent man."',
    [['said', 'CRITICIZE', 'Those sponsors walked away from an innocent man.']]],
  ['"walked away from us"',
    '"The banks walked away from us when the harvest failed," the farmer, Ole Brekke, said.',
    [['said', 'CRITICIZE', 'The banks walked away from us when the harvest failed,']]],
  ['must not fire: walked away from talks',
    'The lawyer, Rita Holm, said the union had walked away from the talks on Friday.',
    [['said', 'SAY', 'the union had walked away from the talks on Friday']]],
  ['must not fire: walked away from a crash',
    'The lawyer, Rita Holm, said her client walked away from the crash unhurt.',
    [['said', 'SAY', 'her client walked away from the crash unhurt']]],
]);

describe('a denial that closes an appositive noun of saying ("…, a charge the club denied.") is a statement', () => {
  it.each<[string, string, Row[]]>([
    ['"a charge the club denied"',
      'The league accused the club of fielding an ineligible player, a charge the club denied.',
      [['accused', 'ACCUSE', 'the club of fielding an ineligible player'], ['denied', 'DENY', 'a charge']]],
    ['"an allegation which the club rejects"',
      'The league accused the club of fielding an ineligible player, an allegation which the club rejects.',
      [['accused', 'ACCUSE', 'the club of fielding an ineligible player'], ['rejects', 'DENY', 'an allegation']]],
    ['must not fire: a decision rejected is no words',
      'The league fined the club, a decision the club rejected.',
      []],
    ['must not fire: "denied the charge" keeps its object',
      'The league accused the club of fielding an ineligible player. The club denied the charge.',
      [['accused', 'ACCUSE', 'the club of fielding an ineligible player'], ['denied', 'DENY', 'the charge']]],
  ])('%s', (_name, text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});

cases('a failure to meet a requirement pins a broken rule on a party (ACCUSE, also under a cue of arguing: decision 54)', [
  ['"had failed to file the required ballot papers" under "argued"',
    'The ferry company argued that the deckhands had failed to file the required ballot papers.',
    [['argued', 'ACCUSE', 'the deckhands had failed to file the required ballot papers']]],
  ['"without the required permit"',
    'The inspector said the yard had been operating without the required permit.',
    [['said', 'ACCUSE', 'the yard had been operating without the required permit']]],
  ['must not fire: the requirement met',
    'The union said it had given the required notice on Monday.',
    [['said', 'SAY', 'it had given the required notice on Monday']]],
  // (SAY, not DEMAND: a necessity under "would" is predicted, and a required notice is a rule the clerk reports, GUIDE
  // decisions 35, 99 and 142; session 28)
  ['must not fire: the requirement stated',
    'The clerk said the union would have to give the required notice before any strike.',
    [['said', 'SAY', 'the union would have to give the required notice before any strike']]],
]);
