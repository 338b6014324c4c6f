// Speakers, session 15: constructions from the train errors and the brief's known faults, with sentences written for
// this file (none from any corpus).
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze.js';

interface Who { name: string; kind: string; role: string | null; affiliation: string | null; mention: string | null }

/** The speaker of the statement whose content contains `content`. */
function speakerOf(body: string, content: string): Who {
  const r = analyzeArticle(`Talks go on\n${body}\n`);
  const st = r.statements.filter((s) => s.content.text.includes(content)).sort((a, b) => a.content.text.length - b.content.text.length)[0];
  if (!st) throw new Error(`no statement holds “${content}”: ${r.statements.map((s) => s.content.text).join(' | ')}`);
  const sp = st.speaker;
  return { name: sp.name, kind: sp.kind, role: sp.role, affiliation: sp.affiliation ?? null, mention: sp.mention?.text ?? null };
}

describe('the relative pronoun “who” is no acronym (WHO)', () => {
  it('an anonymous source described by a who-clause', () => {
    const body = 'The board met on Tuesday. A person close to the trustees, who was not authorised to speak publicly, said the chairman had offered to resign.';
    const who = speakerOf(body, 'the chairman had offered to resign');
    expect(who.name).not.toBe('World Health Organization');
    expect(who.kind).toBe('anonymous');
  });
  it('two members described by a who-clause', () => {
    const body = 'The fees rose again. Two members of the college council, who asked not to be named, said the rise had been agreed without a vote.';
    expect(speakerOf(body, 'the rise had been agreed').name).not.toBe('World Health Organization');
  });
  it('must not change: an acronym in capitals is still its body (the UN, AFP)', () => {
    const body = 'A new strain spread through the region. The UN said the risk to travellers remained low.';
    expect(speakerOf(body, 'the risk to travellers').name).toBe('United Nations');
    const wire = 'Three ferries were cancelled. AFP reported that the harbour would stay shut until Friday.';
    expect(speakerOf(wire, 'the harbour would stay shut').name).toBe('Agence France-Presse');
  });
  it('must not change: a named person followed by a who-clause', () => {
    const body = 'Marta Quell, who runs the shelter, said the number of families seeking beds had doubled.';
    expect(speakerOf(body, 'the number of families').name).toBe('Marta Quell');
  });
});
