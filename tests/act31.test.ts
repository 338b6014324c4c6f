// Acts of a neutral cue's content (issue 6, session 31). Sentences are our own; every expectation was set by hand from
// LABELS.md and corpus/GUIDE.md (section 4, decisions 7, 18 and 33), with ordinary news sentences sharing the trigger
// words beside each ("must not fire").
import { describe } from 'vitest';
import { table } from './act-table.js';

describe('a duty a named party failed to do is the fault named: ACCUSE (GUIDE decision 33)', () => {
  table([
    ['a company "had failed to fence" its machines',
      'Two workers were hurt at the Dunmore sawmill last spring.\nSafety inspectors said the company had failed to fence off its saw blades.',
      [['safety inspectors', 'ACCUSE']]],
    ['a body\'s staff "failed to check", quoted inside reported speech',
      'The adoption agency lost its licence in March.\nThe review said the agency’s caseworkers had “failed to check the most basic facts” about the families.',
      [['review', 'ACCUSE']]],
    ['a named firm "failed to warn" its customers',
      'Thousands of customers lost power during the storm.\nThe regulator said Calder Energy had failed to warn vulnerable customers before the cuts.',
      [['regulator', 'ACCUSE']]],
    ['must not fire: an open case, "any landlord who failed to"',
      'The housing law comes into force in April.\nThe housing minister said any landlord who failed to register a tenancy would face a fine.',
      [['housing minister', 'WARN']]],
    ['must not fire: a thing failed to do what was hoped',
      'The drug was tested on 900 patients over two years.\nDr Ines Varga said the trial failed to meet its main goal.',
      [['Ines Varga', 'CRITICIZE']]],
  ]);
});

describe('"failed" as the attribute of a part or a result names a breakdown, no criticism (GUIDE decision 18)', () => {
  table([
    ['"the failed pump"',
      'Sewage spilled into the harbour for two days last week.\nThe water company said engineers had replaced the failed pump on Saturday.',
      [['water company', 'SAY']]],
    ['"a failed pressure test"',
      'The new gas main was due to open in May.\nThe engineer in charge, Tom Reyes, said a failed pressure test had delayed the opening by a month.',
      [['Tom Reyes', 'SAY']]],
    ['a part "failed" with no object: "a pump at the station failed during the storm"',
      'Sewage spilled into the harbour for two days last week.\nThe water company said a pump at the Eastgate station failed during the storm.',
      [['water company', 'SAY']]],
    ['must not fire: a party "failed" with no object',
      'The homeless shelter closed in January.\nVolunteers at the shelter said the council failed again this winter.',
      [['Volunteers at the shelter', 'CRITICIZE']]],
    ['must not fire: "a failed policy" judges the policy',
      'The city ended its parking scheme on Friday.\nThe opposition leader, Ruth Amadi, said the council’s failed policy had cost shops thousands of customers.',
      [['Ruth Amadi', 'CRITICIZE']]],
  ]);
});

describe('a class told at the opening of its clause what it should do: DEMAND (GUIDE section 4: "must", "should" in the content)', () => {
  table([
    ['bare plural, "drivers should check"',
      'The carmaker recalled 40,000 vans on Monday over a brake fault.\nThe company said drivers should check their vehicle’s number on its website.',
      [['company', 'DEMAND']]],
    ['negated, "tenants should not pay"',
      'The housing charity published its guide to the new rules.\nIts director, Sam Obi, said tenants should not pay any fee for a viewing.',
      [['Sam Obi', 'DEMAND']]],
    ['after "the", with an adverb, "the judges should instead look"',
      'The appeal will be heard in the spring.\nThe defence lawyer, Mina Roth, said the judges should instead look at the original contract.',
      [['Mina Roth', 'DEMAND']]],
    ['must not fire: a forecast of things, "prices should fall"',
      'The harvest was the largest in a decade.\nAn economist at the bank, Rosa Lind, said prices should fall by the spring.',
      [['Rosa Lind', 'SAY']]],
    ['must not fire: a forecast, "visitor numbers should pick up"',
      'The harbour bridge has been shut since March for repairs.\nThe tourist office said visitor numbers should pick up once the bridge reopens.',
      [['tourist office', 'SAY']]],
  ]);
});

describe('the speaker\'s own side rejecting a claim or a charge, in the content of a plain saying: DENY (LABELS.md: deny, reject)', () => {
  table([
    ['"it “firmly rejects” any suggestion"',
      'Campaigners accused Harlow Water of hiding sewage spills from the regulator.\nHarlow Water said it “firmly rejects” any suggestion that spills were hidden.',
      [['campaigners', 'ACCUSE'], ['Harlow Water', 'DENY']]],
    ['a description of the speaker\'s body as subject, "the company “strongly rejects” the claims"',
      'Campaigners accused Harlow Water of hiding sewage spills from the regulator.\nA spokeswoman for Harlow Water said the company “strongly rejects” the campaigners’ claims.',
      [['campaigners', 'ACCUSE'], ['Harlow Water', 'DENY']]],
    ['must not fire: rejecting a thing that is no claim',
      'The coup attempt failed within hours.\nThe foreign ministry said it “firmly rejects” any unconstitutional change of government.',
      [['foreign ministry', 'SAY']]],
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
      'Nurses protested outside the hospital on Monday.\nThe chief executive, Martin Hale, said he “fully understood” their frustration and that six new beds would open in 2027.',
      [['Martin Hale', 'SAY']]],
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
