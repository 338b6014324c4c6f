// Acts of a neutral cue's content in political and business news (issue 6, session 18): a claim the speaker brands false
// ("the claims are baseless", "the talk of a slump is hot air", "anyone saying so is peddling fiction") is refuted, DENY.
// Sentences are our own; every expectation was set by hand from LABELS.md (Act: DENY, refute) and corpus/GUIDE.md
// (section 4, decision 7), with ordinary news sentences sharing the trigger words beside the construction.
import { describe } from 'vitest';
import { table } from './act-table.js';

describe('a claim the speaker brands false is refuted (LABELS.md: DENY, refute)', () => {
  table([
    ['a claim noun, a copula and a verdict in the speaker’s own quote',
      'The minister was asked about the bridge contract.\n“The claims about the tender are simply a myth,” said Oren Tate, the transport minister.',
      [['Oren Tate', 'DENY']]],
    ['"talk of" a decline called hot air',
      'Factory output rose for a third month.\n“This endless chatter about a factory slump is just hot air,” the governor, Lise Brandvold, told reporters.',
      [['Lise Brandvold', 'DENY']]],
    ['whoever makes the claim is said to peddle fiction',
      'The shipyard posted a profit in May.\n“Anyone saying this yard will close is peddling fiction,” said Magda Rusk, the union convenor.',
      [['Magda Rusk', 'DENY']]],
    ['must not fire: a verdict word that is no verdict on a claim (a book is fiction)',
      'The prize list was published on Monday.\n“Her new book is pure fiction, set in a port town,” said Oren Tate, the jury chairman.',
      [['Oren Tate', 'SAY']]],
    ['must not fire: a claim noun whose predicate is no verdict',
      'The insurer reviewed the storm damage.\n“The claims were filed in March and most are paid,” said Lise Brandvold, a spokeswoman.',
      [['Lise Brandvold', 'SAY']]],
    ['must not fire: a claim noun and a copula before a word that is no verdict',
      'The book fair opened on Friday.\n“The talk on Friday was about fantasy novels and crime fiction,” said Magda Rusk, the organiser.',
      [['Magda Rusk', 'SAY']]],
    ['must not fire: "are selling fantasy" in another clause than the claimant’s',
      'The book fair opened on Friday.\n“Anyone saying the fair is quiet should look again; the stalls are selling fantasy novels by the box,” said Oren Tate, the organiser.',
      [['Oren Tate', 'SAY']]],
  ]);
});

describe('an adjective of dishonesty fixed to a name as a capitalised epithet is name-calling (LABELS.md: CRITICIZE)', () => {
  table([
    ['the epithet before a first name, mid-sentence',
      'The rally was held on Saturday.\n“Nobody pays me. The donors own Corrupt Marlowe,” said Ivo Pell, the challenger.',
      [['Ivo Pell', 'CRITICIZE']]],
    ['the epithet opening the sentence, before a full name',
      'The rally was held on Saturday.\n“Crooked Dana Ortiz has bought every billboard in the county,” said Ivo Pell.',
      [['Ivo Pell', 'CRITICIZE']]],
    ['must not fire: the word inside a longer capitalised name (an act of law)',
      'The bank was fined on Monday.\n“The bank broke the Foreign Corrupt Practices Act,” said Ivo Pell, a prosecutor.',
      [['Ivo Pell', 'ACCUSE']]],
    ['must not fire: the word opening a sentence before a common noun',
      'The vote was held on Sunday.\n“Crooked officials rigged the count in Lenton,” said Ivo Pell, a candidate.',
      [['Ivo Pell', 'ACCUSE']]],
  ]);
});
