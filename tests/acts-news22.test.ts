// Acts of a neutral cue's content in news (issue 6, session 22). Sentences are our own; every expectation was set by
// hand from LABELS.md (Act) and corpus/GUIDE.md (section 4, decisions 7 and 22), with ordinary news sentences sharing
// the trigger words beside each construction.
import { describe } from 'vitest';
import { table } from './act-table.js';

describe('a body says what it did or made was vetted ("certified by an independent engineer", "subject to rigorous review") is DENY', () => {
  table([
    ['certified by an independent engineer, in a body\'s reported words',
      'Residents accused Kelvar Mining of cutting corners on the dam, which burst in April.\nKelvar Mining said the dam had been certified by an independent engineer in 2023.',
      [['residents', 'ACCUSE'], ['Kelvar Mining', 'DENY']]],
    ['granted after a rigorous assessment, its quote marks inside, by a spokesman',
      'Campaigners criticised the Trade Ministry over an export licence signed in May.\nA spokesman for the Trade Ministry said the licence had been granted after “a rigorous, case-by-case assessment.”',
      [['campaigners', 'CRITICIZE'], ['Trade Ministry', 'DENY']]],
    ['examined in full by an independent panel',
      'Two engineers accused Ostrava Power of ignoring their objections to the design.\nOstrava Power said the objections had been “examined in full” by an independent panel before work began.',
      [['two engineers', 'ACCUSE'], ['Ostrava Power', 'DENY']]],
    ['subject to rigorous legal and ethical review',
      'Staff accused the Defence Ministry of signing the contract in secret.\nThe Defence Ministry said such contracts were "subject to rigorous legal and ethical review" before they were signed.',
      [['staff', 'ACCUSE'], ['Defence Ministry', 'DENY']]],
    ['passed more than 40 inspections',
      'Dock workers accused the Harbour Authority of ignoring faults in the crane.\nThe Harbour Authority said the crane had passed more than 40 inspections since 2019.',
      [['dock workers', 'ACCUSE'], ['Harbour Authority', 'DENY']]],
    ['must not fire: a plan, not a defence',
      'The council will decide in March.\nKelvar Mining said every new permit will be subject to rigorous review.',
      [['Kelvar Mining', 'SAY']]],
    ['must not fire: negated, an accusation\'s words',
      'The dam burst in April.\nThe Valley Residents Association said the dam had never been approved by an independent engineer.',
      [['Valley Residents Association', 'SAY']]],
    ['must not fire: a possibility',
      'The rules change in May.\nThe Harbour Authority said the new cranes could be certified by an independent inspector next year.',
      [['Harbour Authority', 'SAY']]],
    ['must not fire: a resident, not a body, on an ordinary review',
      'The library reopened in May.\nTom Hale, a resident, said the plans had been reviewed by the parish council in March.',
      [['Tom Hale', 'SAY']]],
    ['must not fire: a check reported with no charge to answer (GUIDE decision 22), a ministry',
      'The Orlen Bridge closed for repairs in June.\nThe Transport Ministry said the bridge had been inspected by engineers and would reopen on Monday.',
      [['Transport Ministry', 'SAY']]],
    ['must not fire: a product that passed checks, no charge',
      'Pellow Mobile showed its new phone in Berlin.\nPellow Mobile said the phone had passed several safety tests and would go on sale in June.',
      [['Pellow Mobile', 'SAY']]],
    ['must not fire: certified by an engineer, good news with no charge',
      'The new sports hall opens next week.\nThe Brenning Council said the hall had been certified by an independent engineer in May.',
      [['Brenning Council', 'SAY']]],
    ['must not fire: a bill passed, no checks',
      'The vote came late on Tuesday.\nThe Senate Democratic Caucus said the bill had passed two committees before the recess.',
      [['Senate Democratic Caucus', 'SAY']]],
  ]);
});


describe('a chance named and denied in a quote ("was not bad luck", "was no slip of the tongue") is CRITICIZE', () => {
  table([
    ['not bad luck, then the fault',
      'The ward flooded in March.\n“What happened on the ward that night was not bad luck,” said Rita Cole, a nurse. “The alarms had been broken for weeks.”',
      [['Rita Cole', 'CRITICIZE']]],
    ['no isolated incidents, plural',
      'Three buses caught fire this year.\n“These were not isolated incidents,” said Rita Cole, who chairs the drivers’ branch.',
      [['Rita Cole', 'CRITICIZE']]],
    ['not a slip of the tongue, in a ruling',
      'The appeal was heard in June.\n“The remark was not a slip of the tongue. It went to the core of the case,” Judge Rita Cole wrote.',
      [['Rita Cole', 'CRITICIZE']]],
    ['not a mistake: it was meant',
      'The depot closed in May.\n“The closure was not a mistake. It was the plan all along,” said Rita Cole, a driver.',
      [['Rita Cole', 'ACCUSE']]],
    ['must not fire: "no accident that", an idiom of explanation',
      'The river rose on Sunday.\n“It was no accident that the river rose so fast after the rain,” said Rita Cole, a hydrologist.',
      [['Rita Cole', 'SAY']]],
    ['must not fire: a mistake to do something',
      'The shares fell in May.\n“It was not a mistake to buy the shares,” said Rita Cole, an investor.',
      [['Rita Cole', 'SAY']]],
    ['must not fire: luck not denied',
      'The team lost on Saturday.\n“It was bad luck, nothing more,” said Rita Cole, the coach.',
      [['Rita Cole', 'SAY']]],
  ]);
});

describe('a body says each of its dealings was handled as it should ("every contract had been properly declared") is DENY', () => {
  table([
    ['every contract properly declared, a body',
      'Auditors criticised Marlow Holdings over contracts worth 1.2 million.\nMarlow Holdings said every contract had been properly declared to the board.',
      [['Auditors', 'CRITICIZE'], ['Marlow Holdings', 'DENY']]],
    ['all of them agreed and paid for, a spokeswoman',
      'Councillors accused the Metro Authority of hiding the cost of changes to the works.\nA spokeswoman for the Metro Authority said all of the changes had been agreed with the builder and paid for.',
      [['Councillors', 'ACCUSE'], ['Metro Authority', 'DENY']]],
    ['must not fire: everyday verbs of a report, no charge (a hospital)',
      'Eleven people were hurt when a bus overturned on Friday.\nSt Brenna Hospital said all the injured had been checked by doctors and sent home.',
      [['St Brenna Hospital', 'SAY']]],
    ['must not fire: every complaint recorded, no charge (a council)',
      'Tenants in Lowmoor raised 40 complaints about damp this winter.\nThe Lowmoor Council said every complaint had been recorded and passed to the housing team.',
      [['Lowmoor Council', 'SAY']]],
    ['must not fire: all the applications approved, no charge (an agency)',
      'Farmers applied for drought grants in July.\nThe Rural Payments Agency said all the applications had been approved and the grants would be paid in October.',
      [['Rural Payments Agency', 'SAY']]],
    ['must not fire: properly declared, but no charge to answer',
      'The trust paid the firm 1.2 million last year.\nMarlow Holdings said every contract had been properly declared to the board.',
      [['Marlow Holdings', 'SAY']]],
    ['must not fire: a resident on an ordinary inspection',
      'The flats were finished in April.\nTom Hale, a resident, said all the flats had been inspected in May.',
      [['Tom Hale', 'SAY']]],
    ['must not fire: negated',
      'The trust paid the firm 1.2 million.\nMarlow Holdings said not every contract had been declared to the board.',
      [['Marlow Holdings', 'SAY']]],
    ['must not fire: a plan',
      'The trust paid the firm 1.2 million.\nMarlow Holdings said every contract would be declared to the board once it had been approved.',
      [['Marlow Holdings', 'SAY']]],
  ]);
});
