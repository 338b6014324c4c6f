// Small per-speaker counters over a whole run (statements by act, stance toward each target), kept instead of the
// results themselves so that memory stays bounded however many articles a run has.
import type { ArticleResult } from '../model/article-result.js';

export interface SpeakerCounts {
  name: string;
  kind: string;
  statements: number;
  articles: number;
  acts: Map<string, number>;
  framings: Map<string, number>;
  /** target → stance → count */
  targets: Map<string, Map<string, number>>;
  /** Roles, affiliations and mentions seen, each capped so memory stays bounded. */
  roles: Set<string>;
  affiliations: Set<string>;
  mentions: Set<string>;
}

const CAP = 12;
const addCapped = (set: Set<string>, v: string | null | undefined): void => { if (v && set.size < CAP) set.add(v); };

export class SpeakerTally {
  readonly speakers = new Map<string, SpeakerCounts>();
  statements = 0;

  add(r: ArticleResult): void {
    const seen = new Set<string>();
    for (const s of r.statements) {
      const name = s.speaker.name;
      let c = this.speakers.get(name);
      if (!c) { c = { name, kind: s.speaker.kind, statements: 0, articles: 0, acts: new Map(), framings: new Map(), targets: new Map(), roles: new Set(), affiliations: new Set(), mentions: new Set() }; this.speakers.set(name, c); }
      if (!seen.has(name)) { seen.add(name); c.articles++; }
      c.statements++;
      c.acts.set(s.act, (c.acts.get(s.act) ?? 0) + 1);
      c.framings.set(s.framing, (c.framings.get(s.framing) ?? 0) + 1);
      addCapped(c.roles, s.speaker.role);
      addCapped(c.affiliations, s.speaker.affiliation);
      addCapped(c.mentions, s.speaker.mention?.text);
      for (const t of s.targets) {
        const m = c.targets.get(t.name) ?? new Map<string, number>();
        m.set(t.stance, (m.get(t.stance) ?? 0) + 1);
        c.targets.set(t.name, m);
      }
      this.statements++;
    }
  }

  /** Most statements first, ties by name: a stable order. */
  sorted(): SpeakerCounts[] {
    return [...this.speakers.values()].sort((a, b) => b.statements - a.statements || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }
}
