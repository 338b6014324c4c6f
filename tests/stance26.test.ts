// Stance targets a new user found on articles of kinds the corpus lacks (brief fixnu26s): targets carried from another
// sentence, a charge's words read from another sentence, an opponent guessed beside a cue's own object, a government
// official's own state taken as an opponent. Sentences are our own.
import { describe, expect, it } from 'vitest';
import { statementsOf, withContent } from './stance-helpers.js';
import { relationApposition } from '../src/stages/stance/relation-apposition.js';
import { channelKind, mentionedOnce, toldTheNewsItself } from '../src/stages/stance/channel.js';

describe('a party carried neutral from the statement before is not charged or praised by words aimed elsewhere', () => {
  it('"He praised the nurses for their “…” response": the cue\'s object, not the parties of his quote before', () => {
    const st = withContent('“Tomas Rell was unarmed and he was walking away,” prosecutor Ines Calloway told reporters outside the Varnby court. '
      + 'She praised the paramedics for their “fast and steady” response.', 'the paramedics');
    expect(st.targets['Tomas Rell'] ?? 'NONE').toBe('NONE');
  });
  it('a quote after plain reported speech that names no one: "No ruling can bring back what was lost …" tells of no one', () => {
    const text = 'Judge Mara Linde ordered that Piet Oskarsen remain in custody until the hearing.'
      + '|“No ruling can bring back what was lost on that bridge. What a court can do is weigh the evidence fairly,” Linde said.';
    const st = withContent(text, 'No ruling');
    expect(st.targets['Piet Oskarsen'] ?? 'NONE').not.toBe('AGAINST');
  });
  it('must not change: a quote going on from the same speaker\'s quote keeps what that quote was about', () => {
    const text = '“Dovran Freight cheated every driver on its books,” union organiser Lise Amund said on Monday. '
      + '“The damage will take years to repair,” she added.';
    const st = withContent(text, 'The damage');
    expect(st.targets['Dovran Freight']).toBe('AGAINST');
  });
  it('must not change: a quote after reported speech keeps the stance that speech took against the party it named', () => {
    const text = 'Opposition leader Cal Brenner blamed Ostrava Holdings for the collapse of the deal.'
      + '|“They walked in this morning with a new contract and called it a compromise,” Brenner said.';
    const st = withContent(text, 'They walked');
    expect(st.targets['Ostrava Holdings']).toBe('AGAINST');
  });
});

describe('a quote that backs a paraphrase accuses no one by that paraphrase\'s words alone', () => {
  const paraphrase = 'Defence lawyer Rhea Vance argued that the hearing had been unfair because the Norbeck Medical Council excluded a key witness.';
  it('"Dr Sorn made a hard call in a crisis": the client the quote names beside the party charged is not accused', () => {
    const st = withContent(`${paraphrase}|“Dr Aldo Sorn made a hard call in a crisis. The Norbeck Medical Council never heard the whole story,” Vance said.`, 'Dr Aldo Sorn');
    expect(st.targets['Aldo Sorn'] ?? 'NONE').not.toBe('AGAINST');
    expect(st.targets['Norbeck Medical Council']).toBe('AGAINST');
  });
  it('must not change: the paraphrase itself still criticises the party it names', () => {
    const st = withContent('Defence lawyer Rhea Vance argued that the Norbeck Medical Council had been unfair to her client.', 'the Norbeck');
    expect(st.targets['Norbeck Medical Council']).toBe('AGAINST');
  });
  it('must not change: a backing quote with a charge of its own', () => {
    const st = withContent(`${paraphrase}|“The Norbeck Medical Council behaved disgracefully,” Vance said.`, 'The Norbeck');
    expect(st.targets['Norbeck Medical Council']).toBe('AGAINST');
  });
});

describe('a party carried neutral from a quote before is not the one a charge aimed at the cue\'s own object is against', () => {
  const before = '“We will play every fixture the Kellby Football Association gives us,” coach Aldo Ferrent said after the match.';
  it('"He accused referees of “…”": the referees are charged, not the body his quote before named', () => {
    const st = withContent(`${before} He accused referees of “protecting the big clubs, not the game.”`, 'referees of');
    expect(st.targets['Kellby Football Association'] ?? 'NONE').toBe('NONE');
  });
  it('must not change: "accused the Kellby Football Association of …", the object named', () => {
    const st = withContent(`${before} He accused the Kellby Football Association of “protecting the big clubs.”`, 'the Kellby');
    expect(st.targets['Kellby Football Association']).toBe('AGAINST');
  });
  it('must not change: "accused both of …", a word that points back to the parties named before', () => {
    const st = withContent('“Halvik Rail and the Ostmark Transit Board have had two winters to fix this,” commuter group leader Ona Pratt said. '
      + 'She accused both of “treating passengers as an afterthought.”', 'both of');
    expect(st.targets['Halvik Rail']).toBe('AGAINST');
  });
});

describe('a government official\'s title names the state they speak for: that state is their own side', () => {
  it('"Morvani Foreign Minister Ilsa Gent … announced that Morvan would suspend its hosting of the talks": Morvan not against', () => {
    const st = withContent('Morvani Foreign Minister Ilsa Gent said the round had stalled and announced that Morvan would suspend its hosting of the talks.', 'Morvan would');
    expect(st.targets['Morvan'] ?? 'NONE').not.toBe('AGAINST');
  });
  it('must not change: another state the same minister accuses', () => {
    const st = withContent('Morvani Foreign Minister Ilsa Gent accused Tessary of shelling villages along the border.', 'Tessary');
    expect(st.targets['Tessary']).toBe('AGAINST');
  });
  it('must not change: a minister of another state who speaks against Morvan', () => {
    const st = withContent('Tessarian Defence Minister Karel Dunn accused Morvan of shelling villages along the border.', 'Morvan');
    expect(st.targets['Morvan']).toBe('AGAINST');
  });
});

describe('support for another party\'s cause is in that party\'s favour', () => {
  it('"the union would back Tara Quill\'s appeal": Tara Quill FAVOR', () => {
    const st = withContent('Union president Hal Brin said the union would back Tara Quill\'s appeal against her dismissal.', 'the union');
    expect(st.targets['Tara Quill']).toBe('FAVOR');
  });
  it('the cause of a person named before by full name, "would support Quill\'s appeal": Tara Quill FAVOR', () => {
    const st = withContent('Tara Quill was dismissed in March.|Union president Hal Brin said the union would support Quill\'s appeal.', 'the union');
    expect(st.targets['Tara Quill']).toBe('FAVOR');
  });
  it('must not change: support withheld, "would not support Tara Quill\'s plan"', () => {
    const st = withContent('Council leader Hal Brin said the council would not support Tara Quill\'s plan for the old mill.', 'the council');
    expect(st.targets['Tara Quill'] ?? 'NONE').not.toBe('FAVOR');
  });
  it('must not change: support for an inquiry into a party\'s conduct, "support the league\'s review of Tara Quill\'s conduct"', () => {
    const st = withContent('The club said it would support the league\'s review of Tara Quill\'s conduct during the match.', 'it would');
    expect(st.targets['Tara Quill'] ?? 'NONE').not.toBe('FAVOR');
  });
  it('still fires with an adjective before the cause: "backed Tara Quill\'s long campaign"', () => {
    const st = withContent('Union president Hal Brin said the union had backed Tara Quill\'s long campaign for safer rotas.', 'the union');
    expect(st.targets['Tara Quill']).toBe('FAVOR');
  });
  it('must not fire: support for the party\'s rival, "would endorse Dorian Harlan\'s rival"', () => {
    const st = withContent('Mayor Nell Oduya said the party would endorse Dorian Harlan\'s rival in the June race.', 'the party');
    expect(st.targets['Dorian Harlan'] ?? 'NONE').not.toBe('FAVOR');
  });
  it('must not fire: "backed Kyle Brandt\'s opponents" after an adjective, "his main opponents"', () => {
    const st = withContent('Senator Ruth Vale said donors had backed Kyle Brandt\'s main opponents from the start.', 'donors had');
    expect(st.targets['Kyle Brandt'] ?? 'NONE').not.toBe('FAVOR');
  });
  it('must not fire: "supports Ada Marsh\'s critics on the council"', () => {
    const st = withContent('Councillor Tom Weir said he supports Ada Marsh\'s critics on the council.', 'he supports');
    expect(st.targets['Ada Marsh'] ?? 'NONE').not.toBe('FAVOR');
  });
});

describe('the body that is to look into a matter is not against by the tone of what it looks into', () => {
  const before = 'The Financial Conduct Office said it had opened an inquiry into Velmar Bank.';
  it('"the office would examine whether Velmar Bank had concealed the breach": the office is not against', () => {
    const st = withContent(`${before}|Deputy Commissioner Lena Ostrova said the office would examine whether Velmar Bank had concealed the breach for weeks.`, 'the office would');
    expect(st.targets['Financial Conduct Office'] ?? 'NONE').not.toBe('AGAINST');
  });
  it('must not change: the party examined', () => {
    const st = withContent(`${before}|Deputy Commissioner Lena Ostrova said the office would examine whether Velmar Bank had concealed the breach for weeks.`, 'the office would');
    expect(st.targets['Velmar Bank']).toBe('AGAINST');
  });
  it('must not change: the same body charged with failing, with no inquiry of its own', () => {
    const st = withContent(`${before}|Campaigners said the Financial Conduct Office had failed the customers it is meant to protect.`, 'the Financial');
    expect(st.targets['Financial Conduct Office']).toBe('AGAINST');
  });
});

describe('a rule the speaker states is no defence of its own conduct', () => {
  it('"the law expects them to be protected properly": the body stating the rule is not in its own favour', () => {
    const st = withContent('The Payments Standards Office said it had opened an investigation. “Such details are among the most private information a shop can keep, '
      + 'and the law expects them to be protected properly,” a spokesperson for the office said.', 'Such details');
    expect(st.targets['Payments Standards Office'] ?? 'NONE').not.toBe('FAVOR');
  });
  it('must not change: "its systems had been properly protected at all times", a defence of what it did', () => {
    const st = withContent('Ferrow Utilities said its systems had been properly protected at all times.', 'its systems');
    expect(st.targets['Ferrow Utilities']).toBe('FAVOR');
  });
  it('must not change: "had acted lawfully throughout", a defence with no obligation', () => {
    const st = withContent('Ferrow Utilities said it had acted lawfully throughout.', 'it had');
    expect(st.targets['Ferrow Utilities']).toBe('FAVOR');
  });
});

// Stance targets' precision (brief stance26 of the twenty-sixth session): parties a statement names but is not about.
// Each rule with a near miss that must keep its stance.
const at = (text: string, name: string): number => text.indexOf(name);


describe('a party named only as another\'s relation in apposition is no target of a report\'s bad news', () => {
  it('relationApposition: "Vantry\'s brother-in-law, Osric Pell, owned" names Pell through Vantry', () => {
    const text = "Vantry's brother-in-law, Osric Pell, owned a stake in the supplier.";
    expect(relationApposition(text, 'Osric Pell', 0, text.length)).toBe(true);
  });
  it('relationApposition: "its contractor, Dell Works" at the end of the passage, and "the firm\'s auditors, the accounting firm Lark & Co,"', () => {
    const a = 'The outage began at a data centre run by its contractor, Dell Works';
    expect(relationApposition(a, 'Dell Works', 0, a.length)).toBe(true);
    const b = "Brenner's outside auditors, the accounting firm Lark & Co, had raised questions.";
    expect(relationApposition(b, 'Lark & Co', 0, b.length)).toBe(true);
  });
  it('relationApposition, near miss: the name first, then its relation ("Osric Pell, Vantry\'s brother-in-law, owned")', () => {
    const text = "Osric Pell, Vantry's brother-in-law, owned a stake in the supplier.";
    expect(relationApposition(text, 'Osric Pell', 0, text.length)).toBe(false);
  });
  it('relationApposition, near miss: a post held in the owner ("Vantry\'s chief executive, Osric Pell, had approved")', () => {
    const text = 'The audit found that Vantry’s chief executive, Osric Pell, had approved the payments himself.';
    expect(relationApposition(text, 'Osric Pell', 0, text.length)).toBe(false);
  });
  it('relationApposition, near miss: named once in apposition and once on its own', () => {
    const text = "Vantry's brother-in-law, Osric Pell, owned a stake, and Osric Pell hid it.";
    expect(relationApposition(text, 'Osric Pell', 0, text.length)).toBe(false);
  });
  it('a newspaper\'s report of the relation\'s stake is about the owner, not against the relation', () => {
    const st = withContent("The Harbour Ledger reported that Vantry's brother-in-law, Osric Pell, owned a stake in the supplier that won the contract.", "Vantry's brother-in-law");
    expect(st.targets['Osric Pell'] ?? 'NONE').toBe('NONE');
  });
  it('must not change: the same report of what Pell himself hid is against him', () => {
    const st = withContent('The Harbour Ledger reported that Osric Pell had hidden his stake in the supplier that won the contract.', 'Osric Pell had');
    expect(st.targets['Osric Pell']).toBe('AGAINST');
  });
});

describe('the channel a speaker learned or spoke through is no target', () => {
  const channelMention = (text: string, at: number): boolean => channelKind(text, at) !== null;
  it('channelKind: "we found out from the Dunmore Echo", "told the Dunmore Echo"', () => {
    const a = 'We found out from the Dunmore Echo that the school would close.';
    expect(channelMention(a, at(a, 'the Dunmore Echo'))).toBe(true);
    const b = 'She rejected the findings, telling the Dunmore Echo that the complaints had been logged.';
    expect(channelMention(b, at(b, 'Dunmore Echo'))).toBe(true);
  });
  it('channelKind, near misses: a channel that failed to tell, a passive "were told", the owner of the channel', () => {
    const a = 'We heard nothing from Brightwell Water for three days.';
    expect(channelMention(a, at(a, 'Brightwell Water'))).toBe(false);
    const b = 'We were told Brightwell Water had fixed the pipes.';
    expect(channelMention(b, at(b, 'Brightwell Water'))).toBe(false);
    const c = "We found out from Brightwell Water's own letter that the pipes had failed.";
    expect(channelMention(c, at(c, 'Brightwell Water'))).toBe(false);
  });
  it('toldTheNewsItself: a party that told its own news ("… from Northway Bank that …") or told it late ("only after")', () => {
    const a = 'She learned from Northway Bank that her account had been frozen.';
    expect(toldTheNewsItself(a, at(a, 'Northway Bank') + 'Northway Bank'.length)).toBe(true);
    const b = 'Families heard from Brockley Academy only after the roof fell in.';
    expect(toldTheNewsItself(b, at(b, 'Brockley Academy') + 'Brockley Academy'.length)).toBe(true);
    const c = 'We found out from Brockley Academy, in a text on Friday.';
    expect(toldTheNewsItself(c, at(c, 'Brockley Academy') + 'Brockley Academy'.length)).toBe(false);
  });
  it('a party that told the news itself, in a complaint about what it did, is no channel but the one complained of', () => {
    const st = withContent('Ada Crane, a shop owner, said she learned from Northway Bank that her account had been frozen without warning, which she called disgraceful.', 'she learned');
    expect(st.targets['Northway Bank']).toBe('AGAINST');
  });
  it('mentionedOnce reads the word after the mention\'s article', () => {
    const text = 'telling the Echo that the Echo was wrong';
    expect(mentionedOnce(text, at(text, 'the Echo'), 0, text.length)).toBe(false);
    expect(mentionedOnce(text, at(text, 'the Echo'), 0, 16)).toBe(true);
  });
  it('a parent who found out from a social network complains about the one who did not tell, not the network', () => {
    const st = withContent('"We found out from Facebook. Brightwell Water never told us anything," said Ada Crane, a parent at Hillcrest School.', 'We found out');
    expect(Object.entries(st.targets).filter(([, s]) => s !== 'NONE').map(([n]) => n)).toEqual(['Brightwell Water']);
    expect(st.targets['Brightwell Water']).toBe('AGAINST');
  });
  it('must not change: the owner of the letter the news came in is the one complained of', () => {
    const st = withContent('"We found out from Brightwell Water\'s own letter that the pipes had failed," said Ada Crane, a parent at Hillcrest School.', 'We found out');
    expect(st.targets['Brightwell Water']).toBe('AGAINST');
  });
});

describe('a person\'s words of proper conduct that deny nothing defend the person only when there is a charge to answer', () => {
  it('a judge saying the hearing will be fair is not in her own favour', () => {
    const st = withContent('Judge Tamsin Orr said the hearing would be open and fair to everyone.', 'the hearing');
    expect(st.targets['Tamsin Orr'] ?? 'NONE').not.toBe('FAVOR');
  });
  it('must not change: the same words after she was accused of rigging it defend her', () => {
    const all = statementsOf('Critics accused Councillor Tamsin Orr of rigging the hearing.|Orr said the hearing would be open and fair to everyone.');
    const st = all.find((s) => s.content.startsWith('the hearing'));
    expect(st?.targets['Tamsin Orr']).toBe('FAVOR');
  });
});

describe('a person charged by name defends themself, not the body they ride or work for', () => {
  it('a cyclist accused of doping who denies it: the cyclist FAVOR, his team no target of it', () => {
    const all = statementsOf('The cyclist Brandt Osei, who rides for Velotex, was accused of doping by the national federation.|"I have never taken anything," Osei said.');
    const st = all.find((s) => s.content.startsWith('I have never'));
    expect(st?.targets['Brandt Osei']).toBe('FAVOR');
    expect(st?.targets['Velotex'] ?? 'NONE').toBe('NONE');
  });
  it('must not change: a spokeswoman\'s denial of a charge against her company defends the company', () => {
    const all = statementsOf('Velotex was accused of covering up positive tests.|"We have never hidden a result," said Mara Lind, a Velotex spokeswoman.');
    const st = all.find((s) => s.content.startsWith('We have never'));
    expect(st?.targets['Velotex']).toBe('FAVOR');
  });
});

describe('a party the speaker opposes, named in a plain report only inside an open question, takes no side', () => {
  it('"was examining whether Halden Energy had broken the rules" after accusing it: not against it there', () => {
    const all = statementsOf('The Consumer Board accused Halden Energy of overcharging customers.|The board said it was examining whether Halden Energy had broken the pricing rules.');
    const st = all.find((s) => s.content.startsWith('it was examining'));
    expect(st).toBeDefined();
    expect(st?.targets['Halden Energy'] ?? 'NONE').toBe('NONE');
  });
  it('must not change: a plain report naming the opponent outside a question stays against it', () => {
    const all = statementsOf('The Consumer Board accused Halden Energy of overcharging customers.|The board said Halden Energy had met it twice since May.');
    const st = all.find((s) => s.content.startsWith('Halden Energy had met'));
    expect(st?.targets['Halden Energy']).toBe('AGAINST');
  });
});
