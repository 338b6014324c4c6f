// Stance targets from two new users' runs (nu38, nu39): one party under one name, and a demand's beneficiary is not the
// one it is made against. The sentences are invented; each construction has two or more of its own and a near miss the
// change must not touch.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze.js';
import { targetNamer } from '../src/stages/stance/target-names.js';
import { shortNames } from '../src/stages/stance/short-names.js';
import type { DraftStatement, Mention } from '../src/model/document.js';

type Kind = Mention['kind'];
function mentionsOf(text: string, parties: Array<[string, Kind]>, every = false): Mention[] {
  const out: Mention[] = [];
  for (const [name, kind] of parties) {
    let at = text.indexOf(name);
    while (at >= 0) {
      out.push({ start: at, end: at + name.length, text: name, name, kind, role: null, number: 'singular' } as Mention);
      if (!every) break;
      at = text.indexOf(name, at + name.length);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
function namer(text: string, parties: Array<[string, Kind]> = [], speakers: Array<[string, Kind]> = []) {
  const statements = speakers.map(([name, kind]) => ({ speaker: { name, kind } }) as unknown as DraftStatement);
  return targetNamer(text, [], mentionsOf(text, parties), statements);
}

describe('a person written with a title before the name is that person', () => {
  it('fires: "President Ana Holm" beside "Ana Holm"', () => {
    const text = 'Vote delayed\nPresident Ana Holm said on Monday that the vote would wait. Critics said Ana Holm had stalled for months.\n';
    const n = namer(text, [['Ana Holm', 'person']], [['President Ana Holm', 'person']]);
    expect(n.name('President Ana Holm')).toBe('Ana Holm');
  });
  it('fires: two title words, "Chief Inspector Tomas Rell" beside "Tomas Rell"', () => {
    const text = 'Raid\nChief Inspector Tomas Rell led the raid. Lawyers for the owners said Tomas Rell had exceeded his warrant.\n';
    const n = namer(text, [['Tomas Rell', 'person']]);
    expect(n.name('Chief Inspector Tomas Rell')).toBe('Tomas Rell');
  });
  it('must not change: a titled name with no untitled person of that name, and a body whose name opens with a role word', () => {
    const text = 'Vote delayed\nGovernor Lise Varn said the vote would wait. Director Films Ltd said it would appeal.\n';
    const n = namer(text, [['Governor Lise Varn', 'person'], ['Director Films Ltd', 'organization']]);
    expect(n.name('Governor Lise Varn')).toBe('Governor Lise Varn');
    expect(n.name('Director Films Ltd')).toBe('Director Films Ltd');
  });
  it('fires: in the pipeline, one row for the president whether titled or not', () => {
    const text = 'Poll row\nThe opposition said President Oskar Vell had rigged the count. President Oskar Vell rejected the claim. Aides to Oskar Vell said he would not resign.\n';
    const r = analyzeArticle(text);
    for (const st of r.statements) {
      const names = st.targets.map((t) => t.name);
      expect(names.includes('Oskar Vell') && names.includes('President Oskar Vell')).toBe(false);
    }
  });
});

describe("a body's full name written once in the story's sentences is what its short name stands for", () => {
  const company = () => true;
  it('fires: "Kestrel Mining Holdings" once, shortened to "Kestrel Mining" and "Kestrel"', () => {
    const text = 'Mine row\nThe pit is run by Kestrel Mining Holdings, a firm listed in Perth. Kestrel Mining denied any leak. "Kestrel knew," a farmer said.\n';
    const idx = shortNames(text, mentionsOf(text, [['Kestrel Mining Holdings', 'organization'], ['Kestrel Mining', 'organization']]), company);
    expect(idx.fullNameOf('Kestrel', text.indexOf('Kestrel knew'))).toBe('Kestrel Mining Holdings');
  });
  it('fires: "Dunmore Freight Lines" written once in the body', () => {
    const text = 'Strike\nDrivers walked out at Dunmore Freight Lines on Friday. Union leaders said Dunmore had ignored them.\n';
    const idx = shortNames(text, mentionsOf(text, [['Dunmore Freight Lines', 'organization']]), company);
    expect(idx.fullNameOf('Dunmore', text.indexOf('Dunmore had'))).toBe('Dunmore Freight Lines');
  });
  it('must not change: a full name written once only in the headline, and two bodies opening with one word', () => {
    const head = 'Harlan Steel Works cuts jobs\nWorkers said Harlan had broken its word.\n';
    expect(shortNames(head, mentionsOf(head, [['Harlan Steel Works', 'organization']]), company).fullNameOf('Harlan', head.indexOf('Harlan had'))).toBeUndefined();
    const two = 'Port deal\nKestrel Mining Holdings and Kestrel Energy signed a deal. Critics said Kestrel had paid too little.\n';
    expect(shortNames(two, mentionsOf(two, [['Kestrel Mining Holdings', 'organization'], ['Kestrel Energy', 'organization']]), company).fullNameOf('Kestrel', two.indexOf('Kestrel had'))).toBeUndefined();
  });
});

describe('the one a demanded payment or apology goes to is not the one the demand is against', () => {
  const stanceOf = (text: string, target: string): string | undefined =>
    analyzeArticle(text).statements.flatMap((s) => s.targets).find((t) => t.name.includes(target))?.stance;
  it('fires: "compensation for the families of the dead sailors"', () => {
    const text = 'Sinking\nThe Foreign Ministry of Tarsk demanded an official apology and compensation for the families of the drowned Calder Line sailors.\n';
    expect(stanceOf(text, 'Calder Line')).not.toBe('AGAINST');
  });
  it('fires: "an apology to the tenants of Orwell Court"', () => {
    const text = 'Evictions\nThe tenants\' union demanded an apology to the residents of Orwell Court and damages for the Brandt Housing Cooperative.\n';
    expect(stanceOf(text, 'Orwell Court')).not.toBe('AGAINST');
    expect(stanceOf(text, 'Brandt Housing Cooperative')).not.toBe('AGAINST');
  });
  it('must not change: a freeze of payments to a company is against it', () => {
    const text = 'Contract\nThe opposition urged the defence ministry to freeze all payments to Norcastle Dynamics pending an audit.\n';
    expect(stanceOf(text, 'Norcastle Dynamics')).toBe('AGAINST');
  });
});
