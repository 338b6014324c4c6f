// Acts of a neutral cue's content in news (issue 6, session 23). Sentences are our own; every expectation was set by
// hand from LABELS.md (Act) and corpus/GUIDE.md (section 4, decisions 7, 18, 22 and 79), each construction beside an
// ordinary news sentence that shares its trigger words and must keep its act.
import { describe } from 'vitest';
import { table } from './act-table.js';

describe('a party that knew or was warned and did not act is charged with ignoring it: ACCUSE (decision 79)', () => {
  table([
    ['had known … and had done nothing',
      'Fenna Lowe, a councillor, said the water board had known about the cracked main for two years and had done nothing to repair it.',
      [['Fenna Lowe', 'ACCUSE']]],
    ['had been warned … and had chosen not to',
      'Ivo Grant said the regulator had been warned in March that the dam was leaking and had chosen not to inspect it.',
      [['Ivo Grant', 'ACCUSE']]],
    ['was told …, and it chose to wait, in a quote',
      '“The operator was told in 2022 that the roof was sagging, and it chose to wait,” said Olga Brandt, a lawyer for the tenants.',
      [['Olga Brandt', 'ACCUSE']]],
    ['must not fire: warned, then acted',
      'Ivo Grant said the regulator had been warned in March that the dam was leaking and had sent inspectors the next day.',
      [['Ivo Grant', 'SAY']]],
    ['must not fire: the speaker\'s own choice after being told',
      '“We were told the bridge would shut in May and chose to wait for the new timetable,” said Piet Harlow, a commuter.',
      [['Piet Harlow', 'SAY']]],
  ]);
});

describe('a thing passed off as another, an outcome blamed on how someone acts: CRITICIZE (decision 7)', () => {
  table([
    ['a fare rise dressed up as a timetable review',
      '“This is a fare rise dressed up as a timetable review,” said Mara Quill, who chairs the passengers\' forum.',
      [['Mara Quill', 'CRITICIZE']]],
    ['must not fire: a costume',
      '“The children were dressed up as pirates for the parade,” said Tom Reyes, the head teacher.',
      [['Tom Reyes', 'SAY']]],
    ['this is exactly what happens when …, in a negative quote',
      '“The ward has lost four nurses since June. This is exactly what happens when a board runs a hospital from a spreadsheet,” said Elin Dorsey, a union organiser.',
      [['Elin Dorsey', 'CRITICIZE']]],
    ['must not fire: what happens when, told as how things work',
      '“That is what happens when the tide turns: the channel fills in an hour,” said Jo Banner, the harbour pilot.',
      [['Jo Banner', 'SAY']]],
    ['the predictable result of a party\'s cuts',
      'Mira Holt said the closures were the predictable result of ten years of cuts by the county.',
      [['Mira Holt', 'CRITICIZE']]],
    ['must not fire: a result called predictable',
      'Mira Holt said the result of the vote was predictable.',
      [['Mira Holt', 'SAY']]],
  ]);
});

describe('being kept uninformed or unheard: CRITICIZE (decision 18)', () => {
  table([
    ['two weeks\' notice',
      'Anna Velt said the tenants had been given two weeks\' notice of the sale.',
      [['Anna Velt', 'CRITICIZE']]],
    ['must not fire: a notice period promised',
      'Anna Velt said the tenants would be given six months\' notice before any work began.',
      [['Anna Velt', 'SAY']]],
    ['written to a party and heard nothing back',
      'Lina Moor said the club had written to the council twice in May and had heard nothing back.',
      [['Lina Moor', 'CRITICIZE']]],
    ['must not fire: heard back',
      'Lina Moor said the club had written to the council twice in May and had heard back within a week.',
      [['Lina Moor', 'SAY']]],
    ['nobody would listen',
      '“I rang them every day for a month, and nobody would listen,” said Ruth Calder, whose shop flooded twice.',
      [['Ruth Calder', 'CRITICIZE']]],
    ['must not fire: nobody would listen to a thing',
      '“Nobody would listen to the radio after ten,” said Ruth Calder, who ran the village shop for forty years.',
      [['Ruth Calder', 'SAY']]],
  ]);
});

describe('a body stands by, or does not recognise, what it is charged with; it kept within its permit: DENY (decision 22)', () => {
  table([
    ['stood by its work',
      'A spokesperson for Brisk Foods said the company stood by its work.',
      [['Brisk Foods', 'DENY']]],
    ['stands behind the results',
      '“We stand behind the results and the people who produced them,” said Hana Ruiz, the firm\'s research director.',
      [['Hana Ruiz', 'DENY']]],
    ['must not fire: standing behind a door',
      '“We stand behind the door when the bell rings,” said Tom Vale, the stage manager.',
      [['Tom Vale', 'SAY']]],
    ['does not recognise that account, its quote marks around the verb',
      'Harlan Water said it “does not recognise” that account.',
      [['Harlan Water', 'DENY']]],
    ['must not fire: not recognising another body\'s figures about something else',
      'Harlan Water said it did not recognise the council\'s figures on road deaths.',
      [['Harlan Water', 'SAY']]],
    ['must not fire: not recognising a government',
      'The Foreign Ministry said it did not recognise the new government in Veldra.',
      [['Foreign Ministry', 'SAY']]],
    ['within the terms of its permit, answering a complaint',
      'Residents complained about the smell from the Orlen plant.\nOrlen Chemicals said it had operated “within the terms of its permit” throughout the dry spell.',
      [['residents', 'CRITICIZE'], ['Orlen Chemicals', 'DENY']]],
    ['must not fire: a plan to keep to a permit',
      'Orlen Chemicals said it would operate within the terms of its new permit from May.',
      [['Orlen Chemicals', 'SAY']]],
    ['remarks taken out of context',
      'Councillor Ada Brell was criticised for her remarks on Monday.\nBrell said the remarks had been taken out of context.',
      [['Ada Brell', 'DENY']]],
    ['will defend this claim vigorously',
      '“We will defend this claim vigorously,” said Nils Ek, a lawyer for the clinic.',
      [['Nils Ek', 'DENY']]],
    ['must not fire: a title defended vigorously',
      'The champions said they would vigorously defend their title next season.',
      [['champions', 'SAY']]],
  ]);
});

describe('a clear breach named is ACCUSE; a business that will not survive is WARN', () => {
  table([
    ['a clear breach of a code',
      '“The sale was a clear breach of the museum\'s own code,” said Dara Finch, a trustee.',
      [['Dara Finch', 'ACCUSE']]],
    ['must not fire: no clear breach, with no charge reported to answer (decision 22)',
      'Dara Finch said there had been no clear breach of the code.',
      [['Dara Finch', 'SAY']]],
    ['will not survive another winter',
      '“Half the cafés on this street will not survive another winter like this,” said Carl Meno, who runs a bakery.',
      [['Carl Meno', 'WARN']]],
    ['must not fire: survived',
      'Carl Meno said the bakery had survived two floods and a fire.',
      [['Carl Meno', 'SAY']]],
  ]);
});

describe('a retort: CRITICIZE (decision 7)', () => {
  table([
    ['a retort: I would like to see anybody …',
      '“They say the noise is within limits. I would like to see anybody sleep through it,” said Beth Arlow, who lives beside the depot.',
      [['Beth Arlow', 'CRITICIZE']]],
    ['I\'d like to see anyone live on that',
      '“The board has set the grant at £40 a week. I\'d like to see anyone live on that,” said Beth Arlow, who chairs the carers\' group.',
      [['Beth Arlow', 'CRITICIZE']]],
    ['must not fire: a wish to see anyone come back',
      '“I would like to see anyone who grew up here come back and open a shop,” said Ivy Brook, who runs the post office.',
      [['Ivy Brook', 'SAY']]],
  ]);
});

describe('the speaker\'s own necessity is no DEMAND; others\' anger met with sympathy is no CRITICIZE', () => {
  table([
    ['I have to …',
      '“I have four hundred pupils on the roll, and I have to plan for all of them,” said Nadia Rees, the head teacher.',
      [['Nadia Rees', 'SAY']]],
    ['still a demand: the council has to …',
      '“The council has to fix the roof before winter,” said Nadia Rees, the head teacher.',
      [['Nadia Rees', 'DEMAND']]],
    ['I understand why people are frustrated',
      'Tomas Grell, the operator\'s manager, said he understood why passengers were frustrated.',
      [['Tomas Grell', 'SAY']]],
    ['still a criticism: the speaker\'s own anger',
      '“Passengers are furious, and so am I,” said Tomas Grell, who chairs the passengers\' group.',
      [['Tomas Grell', 'CRITICIZE']]],
  ]);
});

describe('a complaint told by its shape: a stance disowned for the one held, a plea repeated to no effect, an earlier warning and what came of it: CRITICIZE (decisions 18, 79)', () => {
  table([
    ['we are not against X. We are against Y',
      '“We are not against the bypass. We are against a route through the school field,” said Ewan Tod, who chairs the parents\' group.',
      [['Ewan Tod', 'CRITICIZE']]],
    ['must not fire: not against X, then no stance held against anything',
      '“We are not against tourists. This village has depended on them for decades,” said Ewan Tod, the mayor.',
      [['Ewan Tod', 'SAY']]],
    ['every time I phone, they …',
      '“Every time I phone, they put me on hold for an hour,” said Lorna Pike, a tenant.',
      [['Lorna Pike', 'CRITICIZE']]],
    ['must not fire: every time I call, a family habit',
      '“Every time I call my grandson, he plays me a song on the piano,” said Edna Pole, 84.',
      [['Edna Pole', 'SAY']]],
    ['we told them …, then what came of it',
      '“We told them in March, in writing, that the wall would fall,” said Mona Kerr, who chairs the tenants\' group. “They thanked us and carried on.”',
      [['Mona Kerr', 'CRITICIZE']]],
    ['must not fire: an earlier warning told bare in reported speech (decision 77)',
      'Mona Kerr said the group had raised the leaning wall with the council in March.',
      [['Mona Kerr', 'SAY']]],
  ]);
});

describe('decisions learned second hand, conduct in line with a rule in answer to a charge', () => {
  table([
    ['learned of the suspension from a voicemail',
      'Jan Morrow, a parent, said she had learned of the suspension from a voicemail.',
      [['Jan Morrow', 'CRITICIZE']]],
    ['must not fire: learned of it from the head teacher',
      'Jan Morrow, a parent, said she had learned of the suspension from the head teacher.',
      [['Jan Morrow', 'SAY']]],
    ['staffed in line with its certificate, answering a criticism (decision 22)',
      'Unions criticised Harbor Line over its staffing on the night ferry.\nHarbor Line said the night ferry had been staffed in line with its safety certificate.',
      [['Unions', 'CRITICIZE'], ['Harbor Line', 'DENY']]],
    ['must not fire: fares in line with inflation',
      'Harbor Line said fares would rise in line with inflation in April.',
      [['Harbor Line', 'SAY']]],
  ]);
});

describe('content hedged by the speaker: HEDGE (GUIDE section 4, decision 18)', () => {
  table([
    ['reported content that opens with "she believed"',
      'Dr Ines Varga said she believed the outbreak had started in the hospital kitchen.',
      [['Ines Varga', 'HEDGE']]],
    ['"he suspected"',
      'Paul Okoro, a harbour engineer, said he suspected the repairs would take longer than the council expects.',
      [['Paul Okoro', 'HEDGE']]],
    ['must not fire: "thought about"',
      'Dr Ines Varga said she thought about the patients every day.',
      [['Ines Varga', 'SAY']]],
    ['must not fire: a body expects to finish, a plan',
      'The Roads Agency said it expected to finish the resurfacing by Friday.',
      [['Roads Agency', 'SAY']]],
    ['"My sense is that …"',
      '“My sense is that the other depots have the same fault,” said Ruth Mabey, a union safety officer.',
      [['Ruth Mabey', 'HEDGE']]],
    ['"I would be surprised if …"',
      '“I would be surprised if the mill reopened this year,” said Ruth Mabey, who runs the cafe opposite.',
      [['Ruth Mabey', 'HEDGE']]],
  ]);
});

describe('non-answers: a refusal in the past or with its verb quoted, the speaker\'s own process going on: NO_COMMENT (decisions 19, 81)', () => {
  table([
    ['did not discuss',
      'Velmar Bank said it did not discuss “individual customer accounts”.',
      [['Velmar Bank', 'NO_COMMENT']]],
    ['would “not speculate …”',
      'The ferry company said it would “not speculate about the cause” of the collision.',
      [['ferry company', 'NO_COMMENT']]],
    ['would not prejudge',
      'The mayor, Ana Serrat, said she would not prejudge the auditor\'s report.',
      [['Ana Serrat', 'NO_COMMENT']]],
    ['must not fire: did not discuss pay with the union, talks',
      'Velmar Bank said it did not discuss pay with the union until March.',
      [['Velmar Bank', 'SAY']]],
    ['its investigation was continuing, the whole content',
      'The inspectorate said its investigation was continuing.',
      [['inspectorate', 'NO_COMMENT']]],
    ['must not fire: the content tells the reader more than that the process goes on',
      'The inspectorate said its investigation was continuing, with a first report due in May.',
      [['inspectorate', 'SAY']]],
  ]);
});

describe('requests: a letter with its request, a right to know, the speaker\'s will that someone be brought back: DEMAND (decision 77)', () => {
  table([
    ['had written to the minister demanding an explanation',
      'Cara Lund, the county\'s MP, said she had written to the health minister demanding an explanation.',
      [['Cara Lund', 'DEMAND']]],
    ['must not fire: a letter with no request given',
      'Cara Lund, the county\'s MP, said she had written to the health minister twice in May.',
      [['Cara Lund', 'SAY']]],
    ['a right to know',
      '“Parents have a right to know what is in the water at that school,” said Cara Lund, the county\'s MP.',
      [['Cara Lund', 'DEMAND']]],
    ['we want him home',
      '“We want him home, and we want him home before Christmas,” said Rosa Dane, the detained sailor\'s sister.',
      [['Rosa Dane', 'DEMAND']]],
    ['must not fire: the speaker\'s own plan for the children, no state demanded of anyone',
      '“We want the children outside as much as possible in summer,” said Rosa Dane, who runs the nursery.',
      [['Rosa Dane', 'SAY']]],
  ]);
});

describe('a figure explained in answer to a charge, "not at fault": DENY (decisions 22, 42)', () => {
  table([
    ['the rise reflected …, in answer to a criticism of the rise',
      'Pet owners criticised Larkhill Vets over a rise in the price of dental treatment.\nLarkhill Vets said the rise in price reflected the cost of new dental equipment.',
      [['pet owners', 'CRITICIZE'], ['Larkhill Vets', 'DENY']]],
    ['must not fire: a figure explained with no charge reported',
      'Sales at the Harrow Road bakery rose in May.\nThe owner, Tam Heller, said the rise reflected the warm weather.',
      [['Tam Heller', 'SAY']]],
    ['the driver was not at fault',
      'A lawyer for the driver, Mina Rhodes, said her client was not at fault.',
      [['Mina Rhodes', 'DENY']]],
  ]);
});

describe('a step of law weighed is no threat: SAY (decision 24 keeps threats WARN)', () => {
  table([
    ['considering legal action',
      'The Harbour Sailing Club said it was considering legal action against the marina\'s owners.',
      [['Harbour Sailing Club', 'SAY']]],
    ['still a warning: threatened legal action in its own words',
      '“If the gates stay locked, we will take legal action,” said Piers Amble, the club\'s secretary.',
      [['Piers Amble', 'WARN']]],
  ]);
});

describe('deciders who never knew what they decide on, assurances broken over and over: CRITICIZE (decisions 7, 18)', () => {
  table([
    ['a decision taken by people who have never …',
      '“Closing the ward was a decision taken by people who have never spent a night on it,” said Alys Mor, a ward sister.',
      [['Alys Mor', 'CRITICIZE']]],
    ['the people who drew up the rule have never …',
      '“The people who drew up this timetable have never waited for a bus in the rain,” said Alys Mor, who chairs the passengers\' group.',
      [['Alys Mor', 'CRITICIZE']]],
    ['must not fire: people who have never seen the sea, no decision',
      '“The trip brings in people who have never seen the sea,” said Alys Mor, who runs the holiday club.',
      [['Alys Mor', 'SAY']]],
    ['three different explanations',
      'Dai Pryor said he had been given three different explanations for the cancelled operation.',
      [['Dai Pryor', 'CRITICIZE']]],
    ['the same promise three times',
      'Tenants said they had been given the same promise three times since March.',
      [['Tenants', 'CRITICIZE']]],
    ['must not fire: three separate visits, a report',
      'The inspector said the team had made three separate visits to the site in May.',
      [['inspector', 'SAY']]],
  ]);
});

describe('the speaker\'s side losing what it has, then what will follow: WARN', () => {
  table([
    ['if we lose the …, people will …',
      '“If we lose the night buses, people will walk home along the ring road,” said Kit Arden, who chairs the shift workers\' forum.',
      [['Kit Arden', 'WARN']]],
    ['must not fire: a match lost, a contest',
      '“If we lose the final, we will come back next year,” said Kit Arden, the team captain.',
      [['Kit Arden', 'SAY']]],
  ]);
});

describe('a burden no one should bear, a question of who is to blame: CRITICIZE, not DEMAND (decisions 7, 18)', () => {
  table([
    ['nobody should have to …',
      '“Nobody should have to queue in the rain for a prescription,” said Wyn Ellis, who chairs the patients\' forum.',
      [['Wyn Ellis', 'CRITICIZE']]],
    ['somebody should have to answer for …',
      '“The pension fund lost half its value. Somebody should have to answer for that,” said Wyn Ellis, a former member.',
      [['Wyn Ellis', 'CRITICIZE']]],
    ['I want to know who …',
      '“I want to know who signed off those figures,” said Wyn Ellis, a councillor.',
      [['Wyn Ellis', 'CRITICIZE']]],
    ['still a demand: the council should …',
      '“The council should open the clinic on Saturdays,” said Wyn Ellis, who chairs the patients\' forum.',
      [['Wyn Ellis', 'DEMAND']]],
  ]);
});

// review23: ordinary news sentences that share the trigger words of the rules above and must keep their act, with a
// sentence of each generalised construction that must fire.
describe('review23: near misses of the session-23 act rules', () => {
  table([
    ['must not fire: told of a proposal, then chose not to object (no warning told)',
      'Planners said the parish council had been told of the scheme in March and chose not to object.',
      [['Planners', 'SAY']]],
    ['must not fire: the speaker\'s own knowing in reported speech',
      'The minister said he had known about the appointment for weeks and chose to wait until the board met.',
      [['minister', 'SAY']]],
    ['must not fire: every time I call, and a prompt answer',
      '“Every time I call the surgery, they answer within minutes,” said Joan Pell, a patient.',
      [['Joan Pell', 'SAY']]],
    ['every time I write, another form',
      '“Every time I write to them, I get another form to fill in,” said Joan Pell, a pensioner.',
      [['Joan Pell', 'CRITICIZE']]],
    ['must not fire as a complaint: people should have to … (a demand)',
      '“People should have to show identification before they vote,” said Rhys Tolan, a senator.',
      [['Rhys Tolan', 'DEMAND']]],
    ['must not fire as a complaint: who will run a new service',
      '“We want to know who will be running the new bus service,” said Kay Lowe, a resident.',
      [['Kay Lowe', 'DEMAND']]],
    ['must not fire: a contract lost, then the side tries again',
      '“If we lose the contract, we will bid again next year,” said Paul Cray, the firm\'s director.',
      [['Paul Cray', 'SAY']]],
    ['must not fire: we told the bank news, and it helped',
      '“We told the bank we were moving. They were helpful and closed the account within a day,” said Rob Tay, a customer.',
      [['Rob Tay', 'SAY']]],
    ['we told them …, and nothing happened',
      '“We told them the roof was leaking. Nothing happened for a year,” said Rob Tay, a tenant.',
      [['Rob Tay', 'CRITICIZE']]],
    ['must not fire: a boast, anyone to try to score',
      '“I would like to see anyone try to score against this defence,” said Mo Pratt, the team\'s coach.',
      [['Mo Pratt', 'SAY']]],
    ['anyone to try to justify it: a retort',
      '“They cut the bus to the hospital. I would like to see anyone try to justify that,” said Mo Pratt, a patient.',
      [['Mo Pratt', 'CRITICIZE']]],
    ['must not fire: "my sense of humour" is no hedge',
      '“My sense of humour got me through the winter,” said Ada Vell, a nurse.',
      [['Ada Vell', 'SAY']]],
    ['my sense is …: a hedge',
      '“My sense is the market will recover by the summer,” said Gail Ross, an analyst.',
      [['Gail Ross', 'HEDGE']]],
    ['must not fire: a season lost, and the side will be fine',
      '“If we lose another season like this, we will be fine,” said Rhys Hale, a farmer.',
      [['Rhys Hale', 'SAY']]],
    ['must not fire: nobody wanted to hear speeches (no one the speaker was owed)',
      '“Nobody wanted to hear speeches after midnight, so we kept them short,” said Ian Roe, the organiser.',
      [['Ian Roe', 'SAY']]],
    ['must not fire: no one thought to bring an umbrella',
      '“No one thought to bring an umbrella, and we all got soaked,” said Meg Cole, a festival-goer.',
      [['Meg Cole', 'SAY']]],
    ['nobody from the council thought to tell us',
      '“Nobody from the council thought to tell us the road would close,” said Ian Roe, a shopkeeper.',
      [['Ian Roe', 'CRITICIZE']]],
    ['three different delivery dates: one word before the head',
      '“I was given three different delivery dates and the sofa never came,” said Ines Varga, a customer.',
      [['Ines Varga', 'CRITICIZE']]],
  ]);
});
