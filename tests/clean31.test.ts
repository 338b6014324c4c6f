// Session 31 review leftovers. "told <someone> to <verb>": an infinitive of instruction after "told" orders (LABELS.md
// DEMAND: ask, call on) whoever is told, reporters and investors too; a verb of expecting, learning or hearing there
// (act-words.json toldToReceivingVerbs) is a forecast or a pointer for those told, no instruction. Sentences are our
// own; each expectation is what a careful reader would say from LABELS.md and corpus/GUIDE.md (section 4, decision 7).
import { describe } from 'vitest';
import { table } from './act-table.js';

describe('"told <audience of the news> to <instruction>": DEMAND', () => {
  table([
    ['reporters told to leave a building',
      'Smoke was seen above the depot on Friday.\nA fire officer told reporters to leave the building.',
      [['fire officer', 'DEMAND']]],
    ['journalists told not to film',
      'Police cleared the square after midnight.\nA sergeant told journalists not to film the arrests.',
      [['sergeant', 'DEMAND']]],
    ['investors told to sell',
      'The fund lost a fifth of its value in March.\nIts founder, Oren Balk, told investors to sell their remaining shares before the audit.',
      [['Oren Balk', 'DEMAND']]],
    ['staff told to keep a line running (not an audience: unchanged)',
      'The plant missed its target in May.\nSupervisors told staff to keep the line running through the night.',
      [['Supervisors', 'DEMAND']]],
  ]);
});

describe('"told … to" a verb of expecting, learning or hearing, or no infinitive: not DEMAND', () => {
  table([
    ['must not fire: investors told to expect a weaker half',
      'The brewer cut its forecast.\nIts finance chief, Lina Voor, told investors to expect a weaker second half.',
      [['Lina Voor', 'SAY']]],
    ['must not fire: reporters told to brace for delays',
      'The tunnel shut on Monday.\nThe operator told reporters to brace for delays until spring.',
      [['operator', 'SAY']]],
    ['must not fire: callers told to find out more online',
      'The bank changed its opening hours.\nA recorded message told callers to find out more on its website.',
      [['recorded message', 'SAY']]],
    ['must not fire: reporters told a fact, no infinitive',
      'Smoke was seen above the depot on Friday.\nA fire officer told reporters that the building was safe.',
      [['fire officer', 'SAY']]],
  ]);
});
