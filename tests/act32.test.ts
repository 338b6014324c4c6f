// Acts of a neutral cue's content (issue 6, session 32, brief act32). Sentences are our own; every expectation was set by
// hand from LABELS.md and corpus/GUIDE.md (section 4, decision 18: a complaint about a party's conduct is CRITICIZE),
// with ordinary news sentences sharing the trigger words beside each ("must not fire").
import { describe } from 'vitest';
import { table } from './act-table.js';

describe('a party that gave no answer, in the content of a plain saying: CRITICIZE (content-act party-silence)', () => {
  table([
    ['"without being given a reason"',
      'Hundreds of drivers lost access to the delivery app last week.\nOne driver, Pavel Rusu, said his account had been frozen for nine days without being given a reason.',
      [['Pavel Rusu', 'CRITICIZE']]],
    ['"with no explanation"',
      'Residents of Carrow Street pay for parking permits each spring.\nA resident, Tom Hale, said his permit fee doubled in March with no explanation.',
      [['Tom Hale', 'CRITICIZE']]],
    ['"had yet to answer a letter"',
      'Orchard growers wrote to the water board in June about the dry canal.\nThe growers’ group said the board had yet to answer a letter it sent in June.',
      [['growers’ group', 'CRITICIZE']]],
    ['"had stopped answering the phone"',
      'Relatives of residents at Lindenhall care home met on Monday.\nA daughter of one resident said the home had stopped answering the phone after the inspection.',
      [['daughter of one resident', 'CRITICIZE']]],
    ['"had rarely heard back"',
      'The tenants’ union keeps a log of repair requests.\nThe union said it had sent forty complaints to the landlord since January and had rarely heard back.',
      [['union', 'CRITICIZE']]],
    ['must not fire: a score, "without reply" with no article',
      'Harford City won the derby on Saturday.\nThe coach said his side scored three times without reply in the second half.',
      [['coach', 'SAY']]],
    ['must not fire: a condition on the speaker\'s own step, "would not sign … without a reply"',
      'The landowner has been asked about the lease twice.\nThe council said it would not sign the lease without a reply from the landowner.',
      [['council', 'SAY']]],
    ['must not fire: the speaker\'s own backlog, "it had yet to answer every letter"',
      'The ministry received hundreds of letters about the bypass.\nA ministry spokesman said it had yet to answer every letter but would do so by Friday.',
      [['ministry', 'SAY']]],
    ['must not fire: "with no reason to" leave',
      'Storms closed the northern ferry routes on Friday.\nThe captain said the crew stayed in port with no reason to leave early.',
      [['captain', 'SAY']]],
  ]);
});

describe('what nobody of a party did for those affected: CRITICIZE (content-act party-silence, nobody-acted)', () => {
  table([
    ['"nobody has cleaned the chalet since"',
      'The cleaners at the Harbour View holiday park walked out on Monday.\n“We paid a lot for this week and nobody has cleaned our chalet since,” said one guest, Ines Molt.',
      [['Ines Molt', 'CRITICIZE']]],
    ['"Nobody from the league has ever phoned"',
      'The youth team lost its ground in the spring.\n“Nobody from the league has ever phoned to ask how the boys are doing,” said their coach, Ada Frey.',
      [['Ada Frey', 'CRITICIZE']]],
    ['"nobody has repaired anything"',
      'The lift in Marlow Tower broke in August.\n“We reported it four times and nobody has repaired anything,” said a tenant, Luis Bern.',
      [['Luis Bern', 'CRITICIZE']]],
    ['must not fire: what happened to no one, "no one had been injured"',
      'A fire broke out at the bus depot on Sunday night.\nThe fire chief said no one had been injured in the blaze.',
      [['fire chief', 'SAY']]],
    ['must not fire: a record, "no one has ever swum the estuary"',
      'A charity swim across the Tarn estuary begins at dawn.\nThe organiser said no one has ever swum the estuary in winter.',
      [['organiser', 'SAY']]],
    ['must not fire: no party named and no word of complaint, "nobody in the crowd cheered"',
      'The band played for two hours in the rain.\n“Nobody in the crowd cheered louder than the children,” said the singer, Rosa Tamm.',
      [['Rosa Tamm', 'SAY']]],
  ]);
});

describe('short notice given to those affected: CRITICIZE (content-act short-notice; GUIDE decision 18)', () => {
  table([
    ['"learned of the closure only an hour before"',
      'The Lark Street theatre closed its doors on Friday.\nThe actors’ union said its members had learned of the closure only an hour before the audience.',
      [['actors’ union', 'CRITICIZE']]],
    ['"with less than two months\' notice"',
      'The Fernhill hospice ward will shut in the spring.\nThe hospice said the health trust had cut its grant with less than two months’ notice.',
      [['hospice', 'CRITICIZE']]],
    ['"had only three weeks\' notice"',
      'Market traders have to leave the old hall by May.\nA trader, Jon Pell, said the stallholders had only three weeks’ notice of the move.',
      [['Jon Pell', 'CRITICIZE']]],
    ['must not fire: a notice foretold, "would get only two months\' notice"',
      'The housing board met on Tuesday to set its rules for rent reviews.\nThe board said tenants would get only two months’ notice of a rise under the new rules.',
      [['housing board', 'SAY']]],
    ['must not fire: the notice denied to no one, "no tenant had less than four months\' notice"',
      'The housing board changed its rent rules in March.\nThe board said no tenant had received less than four months’ notice of the change.',
      [['housing board', 'SAY']]],
    ['must not fire: told in time to come, "will be told of the closures only a day before"',
      'Road works on the ring road start in June.\nThe highways office said drivers will be told of each lane closure only a day before it begins.',
      [['highways office', 'SAY']]],
  ]);
});
