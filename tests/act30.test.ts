// Acts of a neutral cue's content (issue 6, session 30): a body's account that its conduct kept to the rules in answer to
// a charge (DENY), and harms a measure or a project would do that the harm lists lacked (WARN). Sentences are our own;
// every expectation was set by hand from LABELS.md and corpus/GUIDE.md (section 4, decisions 7 and 22), with ordinary
// news sentences sharing the trigger words beside each.
import { describe, expect, it } from 'vitest';
import { contentAct } from '../src/stages/stance/content-act.js';
import { table } from './act-table.js';

describe('conduct told as kept to the rules answers a charge: DENY', () => {
  table([
    ['"within the terms of its licence", a thing as the subject',
      'Anglers accused Brackwell Dairies of fouling the stream with whey.\nThe company said every tanker discharge last winter stayed within the terms of its licence.',
      [['anglers', 'ACCUSE'], ['Brackwell Dairies', 'DENY']]],
    ['"followed the trust’s procedures"',
      'Relatives accused the hospital of discharging the patient too early.\nA hospital spokeswoman said the discharge had followed the trust’s procedures.',
      [['Relatives', 'ACCUSE'], ['hospital', 'DENY']]],
    ['"met and exceeded" the staffing rules',
      'The union accused Lindale Care of leaving its homes short of staff.\nLindale Care said its night shifts met and exceeded the regulator’s staffing requirements.',
      [['union', 'ACCUSE'], ['Lindale Care', 'DENY']]],
    ['must not fire: a promise to comply',
      'The inquiry into the collapse opened on Monday.\nThe builder said it would comply with any request from the inquiry.',
      [['builder', 'SAY']]],
    ['must not fire: whether the rules were kept is still to be found',
      'Anglers accused Brackwell Dairies of fouling the stream with whey.\nAn inspector, Mira Holt, said her review would test whether each tanker discharge stayed within the terms of the licence.',
      [['anglers', 'ACCUSE'], ['Mira Holt', 'SAY']]],
    ['must not fire: a question whether procedures were followed',
      'Relatives accused the hospital of discharging the patient too early.\nThe coroner said the inquest would examine whether staff had followed the trust’s procedures.',
      [['Relatives', 'ACCUSE'], ['coroner', 'SAY']]],
  ]);
});

describe('a harm a measure or a project would do: WARN', () => {
  table([
    ['a project "would drain" springs',
      'A mining firm has applied to dig near the village.\nA local farmer, Ada Krol, said the project would drain the wells that the farms depend on.',
      [['Ada Krol', 'WARN']]],
    ['the bill "would burden" small firms',
      'The state senate passed the delivery bill on Tuesday.\nThe chamber of commerce said the bill would burden small shops with new paperwork.',
      [['chamber of commerce', 'WARN']]],
    ['dredging "would stir up" silt',
      'The port wants to deepen its harbour.\nThe fishermen’s association said dredging the channel would stir up silt over the oyster beds.',
      [['fishermen’s association', 'WARN']]],
    ['must not fire: a project that would create jobs',
      'A mining firm has applied to dig near the village.\nThe firm said the project would create 300 jobs over ten years.',
      [['firm', 'SAY']]],
    ['must not fire: a pump that will drain a flooded field, no measure foretold',
      'Heavy rain flooded the valley on Monday.\nThe council said crews will drain the flooded pitch by Friday.',
      [['council', 'SAY']]],
  ]);
});

describe('contentAct: a compliance phrase that is asked of others is no account of conduct', () => {
  const charged = { start: 0, type: 'indirect' as const, speakerKind: 'organization' as const, answersCharge: () => true };
  it.each<[string, string, string | null]>([
    ['conduct kept to the rules', 'all sailings had met or exceeded the crewing rules', 'DENY'],
    ['must not fire: an expectation of others', 'it expected every operator to act within the rules from January', null],
    ['must not fire: a reminder', 'it had reminded members of their duty to work within the law', null],
  ])('%s', (_name, content, act) => {
    expect(contentAct({ ...charged, content })?.act ?? null).toBe(act);
  });
});

describe('idioms of criticism and a neglect by "nobody" under a neutral cue: CRITICIZE', () => {
  table([
    ['"asleep at the wheel"',
      'The school roof fell in during March.\nA parents’ group, Fair Start, said the county inspectors were asleep at the wheel while the beams rotted.',
      [['Fair Start', 'CRITICIZE']]],
    ['"entirely avoidable"',
      'Two climbers died on the ridge in March.\nTheir families said the deaths had been entirely avoidable.',
      [['their families', 'CRITICIZE']]],
    ['"too often" treated',
      'New rules on refunds came in last year.\nThe campaign group Rail Voice said operators too often treated the rules as optional.',
      [['Rail Voice', 'CRITICIZE']]],
    ['"nobody came"',
      'The river burst its banks on Friday.\n“Nobody came to our road for three days,” said Tomas Reid, a resident.',
      [['Tomas Reid', 'CRITICIZE']]],
    ['must not fire: "not too often" negated',
      'The ferry runs twice a day.\nThe operator said storms closed the route, but not too often.',
      [['operator', 'SAY']]],
    ['must not fire: nobody was hurt',
      'The river burst its banks on Friday.\nThe fire service said nobody was hurt and the road would reopen on Monday.',
      [['fire service', 'SAY']]],
  ]);
});

describe('a party that chose not to act, and superiors directing staff, told by another: ACCUSE', () => {
  table([
    ['"chose not to" after a warning',
      'The dam failed in April.\nAn engineer, Lina Morga, said the water board had been warned in 2021 and chose not to repair the spillway.',
      [['Lina Morga', 'ACCUSE']]],
    ['"chose to look the other way"',
      'The pier was closed in August.\nA diver, Ivo Brandt, said the harbour board knew the piles were rotten and chose to look the other way.',
      [['Ivo Brandt', 'ACCUSE']]],
    ['"shift supervisors prevented drivers from"',
      'The depot closed in May.\nA drivers’ group said shift supervisors prevented drivers from logging rest breaks on the tablets.',
      [['drivers’ group', 'ACCUSE']]],
    ['"supervisors had told workers not to"',
      'The warehouse closed in May.\nA former picker, Rosa Lind, said supervisors had told workers not to take breaks in the heat.',
      [['Rosa Lind', 'ACCUSE'], ['supervisors', 'DEMAND']]],
    ['must not fire: an ordinary direction',
      'The warehouse closed in May.\nA former picker, Rosa Lind, said supervisors had encouraged workers to join the new pension plan.',
      [['Rosa Lind', 'SAY']]],
    ['must not fire: the speaker’s own choice',
      'The festival was cancelled on Friday.\n“We chose not to take the risk with the storm coming,” said Ada Bell, its director.',
      [['Ada Bell', 'SAY']]],
    ['must not fire: a choice not to oppose lets a thing happen',
      'The bypass was approved on Monday.\nThe county said the town council had seen the plans in May and chose not to appeal.',
      [['county', 'SAY']]],
    ['must not fire: the speaker’s own choice after "and"',
      'The inquiry reported on Friday.\nThe mayor said she had read the report in June and chose to wait for the vote.',
      [['mayor', 'SAY']]],
    ['must not fire: a choice that is no failure to act',
      'The election was held on Sunday.\nThe commission said voters chose to return the governor for a second term.',
      [['commission', 'SAY']]],
    ['must not fire: a company telling its own policy',
      'The warehouse closed in May.\nThe company said managers had encouraged staff to take extra breaks during the move.',
      [['company', 'SAY']]],
  ]);
});

describe('"told" with an instruction as its content orders: DEMAND', () => {
  table([
    ['"told the crew to keep drilling"',
      'The mine flooded in May.\nThe foreman, Piet Vos, told the crew to keep drilling through the night.',
      [['Piet Vos', 'DEMAND']]],
    ['"told owners not to drive"',
      'The recall began on Monday.\nThe regulator told owners not to drive the affected cars until the brakes are checked.',
      [['regulator', 'DEMAND']]],
    ['must not fire: "told" a fact',
      'The mine flooded in May.\nThe foreman, Piet Vos, told the crew that the shaft would reopen on Monday.',
      [['Piet Vos', 'SAY']]],
  ]);
});

describe('the speaker siding with a party in its reported words: PRAISE', () => {
  table([
    ['"it supported the nurses"',
      'Nurses at the hospital walked out on Monday.\nThe patients’ association said it supported the nurses.',
      [['patients’ association', 'PRAISE']]],
    ['must not fire: support conceded before a turn',
      'The council published its budget on Monday.\nThe residents’ group said it supported the plan but not the timing of the cuts.',
      [['residents’ group', 'SAY']]],
    ['must not fire: members who backed a strike in a ballot',
      'Bus drivers in the city began a strike on Friday.\nThe union said 80 percent of its members had backed the walkout.',
      [['union', 'SAY']]],
  ]);
});

describe('an account of its work vetted by a consultancy, in answer to a charge: DENY', () => {
  table([
    ['"reviewed by the engineering consultancy"',
      'Residents accused the water company of underestimating the flood risk.\nThe company said its flood model had been reviewed by an engineering consultancy.',
      [['residents', 'ACCUSE'], ['water company', 'DENY']]],
  ]);
});

// Review 30 (items B, C, D2, D3): a choice to wait or delay is blamed only in a context of blame; "came" of a particle verb
// or a place is no neglect; "told" a forecast or an audience of the news is no order; a vetting agent must vet.
describe('a chosen wait or delay is a fault only where blame is in its sentence', () => {
  table([
    ['"chose to delay" after a warning',
      'The ferry sank in October.\nA marine surveyor, Oskar Feld, said the owners had been warned about the hull and chose to delay the repairs.',
      [['Oskar Feld', 'ACCUSE']]],
    ['"chose to wait" … "instead"',
      'The clinic ran out of vaccine in May.\nA nurse, Hana Cole, said the trust chose to wait for a cheaper supplier instead.',
      [['Hana Cole', 'ACCUSE']]],
    ['must not fire: a choice to go ahead despite the weather',
      'The open-air festival opened on Saturday.\nIts press officer, Jo Marsh, said the organisers chose to go ahead with the show despite the drizzle.',
      [['Jo Marsh', 'SAY']]],
    ['must not fire: a choice to delay a launch',
      'The bakery chain plans a new range.\nAn analyst, Rui Amaral, said Hollin Foods chose to delay the launch until the spring.',
      [['Rui Amaral', 'SAY']]],
    ['must not fire: a board that chose to wait for figures before voting',
      'The parish plans a new hall.\nThe clerk said the parish board had chosen to wait for the survey before voting.',
      [['clerk', 'SAY']]],
  ]);
});

describe('"nobody came" with a particle, a place or a rank is no neglect', () => {
  table([
    ['"nobody came" alone still complains',
      'The storm cut the power on Tuesday.\n“We rang and rang and nobody came,” said Edda Lund, a pensioner.',
      [['Edda Lund', 'CRITICIZE']]],
    ['must not fire: "nobody came back" to a place',
      'The warehouse fire began at noon.\nThe fire officer said nobody came back into the yard once the sirens sounded.',
      [['fire officer', 'SAY']]],
    ['must not fire: "nobody came close" to a record',
      'The marathon was run in the heat.\nThe race director said nobody came close to the course record this year.',
      [['race director', 'SAY']]],
  ]);
});

describe('"told … to" a forecast or an audience of the news is no order', () => {
  table([
    ['an order to staff still orders',
      'The storm hit the port on Monday.\nThe harbour master told the pilots not to board ships until the wind drops.',
      [['harbour master', 'DEMAND']]],
    ['must not fire: "told reporters to expect delays"',
      'The rail line closed on Monday.\nThe operator’s chief executive, Nadia Orr, told reporters to expect delays until March.',
      [['Nadia Orr', 'SAY']]],
    ['must not fire: "told shareholders to anticipate" a loss',
      'The toy maker cut its forecast.\nIts finance chief, Pavel Dunn, told shareholders to anticipate a smaller dividend.',
      [['Pavel Dunn', 'SAY']]],
    ['must not fire: a forecast to customers',
      'The water company began works on Monday.\nThe company told customers to expect low pressure for a week.',
      [['water company', 'SAY']]],
  ]);
});

describe('a charge answered by an account vetted by a party that does not vet is no denial', () => {
  table([
    ['must not fire: a consultancy that designed, not vetted',
      'Residents accused the water company of underestimating the flood risk.\nThe company said its flood model had been built by an engineering consultancy in 2019.',
      [['residents', 'ACCUSE'], ['water company', 'SAY']]],
    ['must not fire: a committee that merely received a plan',
      'Parents accused the academy of cutting music lessons in secret.\nThe academy said the timetable had been sent to a parents’ committee in June.',
      [['parents', 'ACCUSE'], ['academy', 'SAY']]],
  ]);
});

describe('"not fit for … purpose" with any determiner, and adverbs read from act-words lists', () => {
  table([
    ['"not fit for the purpose"',
      'The county bought forty new gritters last year.\nA drivers’ union official, Bo Quist, said the gritters were not fit for the purpose they were bought for.',
      [['Bo Quist', 'CRITICIZE']]],
    ['must not fire: "fit for the purpose" praised',
      'The county bought forty new gritters last year.\nThe depot manager, Bo Quist, said the gritters were fit for the purpose and cheap to run.',
      [['Bo Quist', 'SAY']]],
    ['"deliberately chose to cut corners" (choosingAdverbs)',
      'The stand collapsed in June.\nAn engineer, Yara Moss, said the builder had deliberately chosen to cut corners on the bolts.',
      [['Yara Moss', 'ACCUSE']]],
    ['"had routinely ordered staff not to" (directingAdverbs)',
      'The hotel closed in May.\nA former porter, Lev Ortiz, said managers had routinely ordered staff not to report the mould.',
      [['Lev Ortiz', 'ACCUSE'], ['managers', 'DEMAND']]],
  ]);
});
