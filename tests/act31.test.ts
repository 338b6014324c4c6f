// Acts of a neutral cue's content (issue 6, session 31). Sentences are our own; every expectation was set by hand from
// LABELS.md and corpus/GUIDE.md (section 4, decisions 18 and 34), with ordinary news sentences sharing the trigger
// words beside each ("must not fire").
import { describe } from 'vitest';
import { table } from './act-table.js';

describe('the speaker\'s own side rejecting a claim or a charge, in the content of a plain saying: DENY (LABELS.md: deny, reject)', () => {
  table([
    ['"it “firmly rejects” any suggestion"',
      'Campaigners accused Harlow Water of hiding sewage spills from the regulator.\nHarlow Water said it “firmly rejects” any suggestion that spills were hidden.',
      [['campaigners', 'ACCUSE'], ['Harlow Water', 'DENY']]],
    ['a description of the speaker\'s body as subject, "the company “strongly rejects” the claims"',
      'Campaigners accused Harlow Water of hiding sewage spills from the regulator.\nA spokeswoman for Harlow Water said the company “strongly rejects” the campaigners’ claims.',
      [['campaigners', 'ACCUSE'], ['Harlow Water', 'DENY']]],
    ['must not fire: rejecting a thing that is no claim',
      'Importers lobbied the government for months.\nThe trade ministry said it “firmly rejects” any return to import quotas.',
      [['trade ministry', 'SAY']]],
  ]);
});

describe('no criticism in a harm done by frost, nor in others\' frustration met with sympathy (GUIDE decisions 18 and 34)', () => {
  table([
    ['"a late frost destroyed" the crop',
      'Growers in the valley met the farm minister on Monday.\nA hard frost in early May destroyed half of the apple blossom in the valley, the growers’ association said.',
      [['growers’ association', 'SAY']]],
    ['must not fire: a party that destroyed the crop',
      'Growers in the valley met the farm minister on Monday.\nContractors hired by the council destroyed half of the apple trees in the valley, the growers’ association said.',
      [['growers’ association', 'CRITICIZE']]],
    ['the verb of sympathy quoted alone, he “fully understood” their frustration',
      'Bins in the Eastfield district have gone uncollected for three weeks.\nThe council leader, Ruth Ames, said she “fully understood” residents’ anger and that the bins would be collected on Friday.',
      [['Ruth Ames', 'SAY']]],
  ]);
});

describe('a measure named bare at the opening of its clause, foretold to harm: WARN (GUIDE section 4: "will lead to disaster")', () => {
  table([
    ['"price caps would backfire"',
      'The state senate will vote on drug prices next week.\nA pharmacists’ leader, Dale Hutch, says price caps would backfire.',
      [['Dale Hutch', 'WARN']]],
    ['"higher tariffs would hurt" small farms',
      'The trade talks resumed in Geneva on Monday.\nThe farmers’ union said higher tariffs would hurt small dairy farms first.',
      [['farmers’ union', 'WARN']]],
    ['must not fire: a measure that takes effect, no harm foretold',
      'The state senate will vote on drug prices next week.\nA pharmacists’ leader, Dale Hutch, says price caps would take effect in May.',
      [['Dale Hutch', 'SAY']]],
  ]);
});
