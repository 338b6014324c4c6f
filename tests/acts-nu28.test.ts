// Acts of a neutral cue's content from two new users' trials (nu28, nu29): words inside the content that name the
// reported event, a reassurance, a maxim or a kept bargain are not the speaker's act; and some constructions of
// criticism, warning and praise that were missed. Sentences are our own; every expectation was set by hand from
// LABELS.md and corpus/GUIDE.md (section 4, decisions 7, 21, 24, 41), with ordinary news sentences sharing the trigger
// words beside each.
import { describe } from 'vitest';
import { table } from './act-table.js';

describe('a passive "denied" with the thing refused left after it reports an event, no denial', () => {
  table([
    ['"were denied access to" under a neutral cue',
      'The regional vote was held on Sunday.\nJournalists were denied entry to three of the count centres, the press union said.',
      [['press union', 'SAY']]],
    ['"was denied bail" under a neutral cue',
      'The trial opened in March.\nThe lawyer, Petra Olsen, said her client had been denied bail twice without a hearing.',
      [['Petra Olsen', 'SAY']]],
    ['must not fire: the speaker’s side denied the claims',
      'The trial opened in March.\nThe lawyer, Petra Olsen, said her client denied the claims and would plead not guilty.',
      [['Petra Olsen', 'DENY'], ['her client', 'DENY']]],
    ['must not fire: a passive denial by its author',
      'The trial opened in March.\nThe lawyer, Petra Olsen, said the claims were denied by her client at the first hearing.',
      [['Petra Olsen', 'DENY']]],
  ]);
});

describe('a loss ruled out by "nobody" or "no" is a reassurance, not a warning', () => {
  table([
    ['"nobody would lose" a job',
      'The two hauliers agreed to merge on Monday.\nThe chief executive, Hanne Vik, said nobody would lose their position as a result of the deal.',
      [['Hanne Vik', 'SAY']]],
    ['"no driver will lose" pay',
      'The two hauliers agreed to merge on Monday.\nThe chief executive, Hanne Vik, said no driver will lose any pay under the new rota.',
      [['Hanne Vik', 'SAY']]],
    ['must not fire: workers would lose their jobs',
      'The two hauliers agreed to merge on Monday.\nA union organiser, Jens Dahl, said about 200 drivers would lose their jobs as a result of the deal.',
      [['Jens Dahl', 'WARN']]],
    ['must not fire: nobody knows how many would lose',
      'The two hauliers agreed to merge on Monday.\nA union organiser, Jens Dahl, said nobody knew how many drivers would lose their jobs.',
      [['Jens Dahl', 'WARN']]],
  ]);
});

describe('a wrongdoing word naming a risk guarded against pins no wrongful act', () => {
  table([
    ['"repay any losses from theft"',
      'The card provider was hacked last week.\nIts spokesman, Arvid Sten, said the firm would repay any losses from theft and would replace every card.',
      [['Arvid Sten', 'SAY']]],
    ['"protection against fraud"',
      'The card provider was hacked last week.\nIts spokesman, Arvid Sten, said customers would get free protection against fraud for a year.',
      [['Arvid Sten', 'SAY']]],
    ['must not fire: fraud by a named party',
      'The card provider was hacked last week.\nA customer group, Card Watch, said the firm had committed fraud by hiding the breach for a month.',
      [['Card Watch', 'ACCUSE']]],
    ['must not fire: profits from fraud',
      'The card provider was hacked last week.\nA customer group, Card Watch, said the firm’s former owner had profited from fraud for years.',
      [['Card Watch', 'ACCUSE']]],
  ]);
});

describe('a doubt nobody had affirms; a maxim after "no one is" denies nothing', () => {
  table([
    ['"nobody doubted that"',
      'The former mayor died on Friday.\n“We clashed on almost everything, but nobody doubted that she cared about this town,” said her rival, Kurt Bauer.',
      [['Kurt Bauer', 'SAY']]],
    ['must not fire: many doubted',
      'The former mayor died on Friday.\n“Many doubted that she cared about this town when she first ran,” said her rival, Kurt Bauer.',
      [['Kurt Bauer', 'QUESTION']]],
    ['must not fire: "doubts" with a plain subject',
      'The harbour plan was approved on Friday.\nKurt Bauer, an opposition councillor, said he doubted the port could pay for it.',
      [['Kurt Bauer', 'QUESTION']]],
    ['"no one is above the law" quoted in a party statement',
      'The deputy was charged in May.\nHis party said in a statement that it trusted the judges and that “no one is above the law”.',
      [['his party', 'SAY']]],
    ['"nobody is perfect"',
      'The deputy was charged in May.\nHis colleague, Elin Moe, said nobody is perfect and the party would wait for the verdict.',
      [['Elin Moe', 'SAY']]],
    ['must not fire: the maxim with a reason rebuts a claimed exemption',
      'The reporter was held for two days.\n“Reporters work freely here,” the interior ministry’s spokesman, Elin Moe, said. “No one is above the law because they hold a press pass.”',
      [['Elin Moe', 'DENY']]],
    ['must not fire: "nobody is" denying a wrong',
      'The water bills went up in April.\nThe utility’s director, Elin Moe, said nobody is being overcharged.',
      [['Elin Moe', 'DENY']]],
    ['must not fire: "no one was ever" harmed',
      'The water bills went up in April.\nThe utility’s director, Elin Moe, said no one was ever put at risk by the change.',
      [['Elin Moe', 'DENY']]],
  ]);
});

describe('a bargain kept is no praise; a remembrance owed is no praise', () => {
  table([
    ['"honoured every clause of the contract"',
      'The fishing talks broke down on Monday.\n“We have honoured every clause of the 2019 contract,” the fisheries minister, Ola Rud, told reporters.',
      [['Ola Rud', 'SAY']]],
    ['"the deal that we have honoured"',
      'The fishing talks broke down on Monday.\n“This is the deal that we have honoured since 2019,” the fisheries minister, Ola Rud, told reporters.',
      [['Ola Rud', 'SAY']]],
    ['must not fire: honoured a person',
      'The fishing talks broke down on Monday.\nThe fisheries minister, Ola Rud, said the town had honoured the crews who died at sea.',
      [['Ola Rud', 'PRAISE']]],
    ['must not fire: honoured the people who made a deal',
      'The fishing talks broke down on Monday.\nThe fisheries minister, Ola Rud, said the town had honoured the negotiators of the 2019 deal with a dinner.',
      [['Ola Rud', 'PRAISE']]],
    ['"deserve to be remembered" owed to victims',
      'The old ferry sank in 1987.\n“Sixty passengers drowned that night. Their children deserve to be remembered too,” said Lina Berg, who leads a survivors’ group.',
      [['Lina Berg', 'SAY']]],
    ['must not fire: deserves to be remembered as',
      'The captain died last week.\n“He deserves to be remembered as the bravest sailor this port ever had,” said Lina Berg, a former crew member.',
      [['Lina Berg', 'PRAISE']]],
  ]);
});

describe('criticism, warning and praise constructions that were missed', () => {
  table([
    ['"broken every promise"',
      'The school budget passed on Thursday.\n“The governor has broken every promise she made to teachers,” said Nils Aas, a union leader.',
      [['Nils Aas', 'ACCUSE']]],
    ['must not fire: a promise kept',
      'The school budget passed on Thursday.\n“The governor has kept every promise she made to teachers,” said Nils Aas, a union leader.',
      [['Nils Aas', 'SAY']]],
    ['"lacked transparency"',
      'The tender was awarded in June.\nAn auditors’ group, Open Books, said the selection of the winning bid lacked transparency.',
      [['Open Books', 'CRITICIZE']]],
    ['must not fire: transparency promised',
      'The tender was awarded in June.\nAn auditors’ group, Open Books, said the new rules would bring more transparency to the selection.',
      [['Open Books', 'SAY']]],
    ['"no right to lecture"',
      'The summit ended on Friday.\nThe foreign minister, Ivo Kask, said the northern states had no right to lecture his country about fishing quotas.',
      [['Ivo Kask', 'CRITICIZE']]],
    ['must not fire: a right to appeal',
      'The summit ended on Friday.\nThe foreign minister, Ivo Kask, said every member state had the right to appeal the quota decision.',
      [['Ivo Kask', 'SAY']]],
    ['"optimistic at best"',
      'The city presented its transport plan on Monday.\nA planning academic, Rita Lund, said the ridership target was “optimistic at best”.',
      [['Rita Lund', 'CRITICIZE']]],
    ['must not fire: optimistic about',
      'The city presented its transport plan on Monday.\nA planning academic, Rita Lund, said she was optimistic about the ridership target.',
      [['Rita Lund', 'SAY']]],
    ['"would cost lives"',
      'The clinic closures were announced on Monday.\nA nurses’ leader, Eva Holm, said closing the night service would cost lives.',
      [['Eva Holm', 'WARN']]],
    ['must not fire: the cost of the service',
      'The clinic closures were announced on Monday.\nA nurses’ leader, Eva Holm, said the night service would cost about 2 million a year.',
      [['Eva Holm', 'SAY']]],
    ['"had serious concerns" held by the speaker’s body',
      'The provincial count ended on Tuesday.\nThe envoy of the regional bloc, Mia Sand, said the bloc had “grave concerns” about the recount.',
      [['Mia Sand', 'WARN']]],
    ['must not fire: concerns answered',
      'The provincial count ended on Tuesday.\nThe election chief, Mia Sand, said all the concerns about the recount had been answered.',
      [['Mia Sand', 'SAY']]],
    ['must not fire: a concern for staff, no weight',
      'The provincial count ended on Tuesday.\nThe election chief, Mia Sand, said staff had concerns about the long hours and were given extra breaks.',
      [['Mia Sand', 'SAY']]],
    ['"could authorise further countermeasures if" a party does not comply',
      'The cheese dispute went to arbitration in May.\nA spokesman for the trade bloc said it could approve further countermeasures if Lorland did not lift its duties by June.',
      [['spokesman for the trade bloc', 'WARN']]],
    ['must not fire: countermeasures reported, no condition',
      'The cheese dispute went to arbitration in May.\nA spokesman for the trade bloc said the countermeasures approved in June had been lifted.',
      [['spokesman for the trade bloc', 'SAY']]],
    ['"a loyal friend" of a named person',
      'The former senator died on Monday.\nThe governor, Tor Eng, said the senator had been “a loyal friend to the fishing towns”.',
      [['Tor Eng', 'PRAISE']]],
    ['must not fire: a friend in a plain description',
      'The former senator died on Monday.\nThe governor, Tor Eng, said the senator had been a friend of his father’s since school.',
      [['Tor Eng', 'SAY']]],
  ]);
});

describe('"is not how … should" judges how a thing was done: CRITICIZE, no demand', () => {
  table([
    ['"That is not how a budget should be made"',
      'The school budget passed on Thursday.\n“That is not how a school budget should be drawn up,” said Nils Aas, a union leader.',
      [['Nils Aas', 'CRITICIZE']]],
    ['"isn\'t the way … ought to be run"',
      'The clinic closed on Thursday.\n“This isn\'t the way a clinic ought to be run,” said Nils Aas, a patients’ advocate.',
      [['Nils Aas', 'CRITICIZE']]],
    ['must not fire: "not how" with no "should"',
      'The school budget passed on Thursday.\n“That is not how the funding formula works,” said Nils Aas, a finance officer.',
      [['Nils Aas', 'SAY']]],
    ['must not fire: a plain demand with "how"',
      'The school budget passed on Thursday.\n“The minister should explain how the budget was drawn up,” said Nils Aas, a union leader.',
      [['Nils Aas', 'DEMAND']]],
  ]);
});
