// A body's short name written in a statement where no mention stands: "Jelwyn" after "Jelwyn Timber", "Mabstow Ridge"
// after "Mabstow Ridge Midstream" (issue 6). The article ties the short name to the full one by writing the full name first.
import type { Mention } from '../../model/document.js';

/** Words before a name that make it a place ("in Jelwyn", "near Mabstow Ridge"; not "to", "from", "at", written of bodies too): such a name is no body's short name. */
const PLACE_BEFORE = /(?<![\p{L}])(?:in|near|outside|inside|around|across|towards?)[^\S\n]+$/iu;

export interface ShortNames {
  /** The one full name the capitalised words `words` open, written in full before `at`; none when two names open with them. */
  fullNameOf(words: string, at: number): string | undefined;
}

/**
 * An index of the article's bodies of two or more capitalised words by their first word. `company` says which full
 * names may be reached (a company, not a council a town's name opens). A first word that opens a person's name too, or
 * that the article writes as a place, reaches none.
 */
export function shortNames(text: string, mentions: readonly Mention[], company: (name: string) => boolean): ShortNames {
  const byFirst = new Map<string, Map<string, number>>();
  const poisoned = new Set<string>();
  /** How often each full name is written out: a name written once (a headline's capitals) is no body the article ties. */
  const written = new Map<string, number>();
  // (or once in the body, past the text's first line: a headline's capitals are the doubt, not a name the story's
  // sentences write out once, "operated by Meridian Gold Resources, a company …", and then shorten)
  const firstLineEnd = text.indexOf('\n');
  const inBody = new Set<string>();
  for (const m of mentions) {
    const words = m.name.split(/\s+/u);
    if (words.length < 2) continue;
    const first = words[0] as string;
    if (m.kind === 'person') { poisoned.add(first); continue; }
    if (m.kind !== 'organization' || m.text !== m.name || !words.every((w) => /^\p{Lu}[\p{L}’'&.-]*$/u.test(w))) continue;
    const names = byFirst.get(first) ?? new Map<string, number>();
    names.set(m.name, Math.min(names.get(m.name) ?? m.start, m.start));
    byFirst.set(first, names);
    written.set(m.name, (written.get(m.name) ?? 0) + 1);
    if (firstLineEnd >= 0 && m.start > firstLineEnd) inBody.add(m.name);
  }
  const placeMemo = new Map<string, boolean>();
  const writtenAsPlace = (word: string): boolean => {
    let yes = placeMemo.get(word);
    if (yes === undefined) {
      yes = false;
      const rx = new RegExp(`(?<![\\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![\\p{L}])`, 'gu');
      for (let m = rx.exec(text); m && !yes; m = rx.exec(text)) yes = PLACE_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index));
      placeMemo.set(word, yes);
    }
    return yes;
  };
  return {
    fullNameOf(words: string, at: number): string | undefined {
      const parts = words.split(/\s+/u);
      const first = parts[0] as string;
      const names = byFirst.get(first);
      if (!names || poisoned.has(first)) return undefined;
      // (a name that opens a longer one of the index is that longer name written short, "Meridian Gold" of "Meridian
      // Gold Resources": one body, under the longer name, first written where either was)
      const opensLonger = (n: string): boolean => [...names.keys()].some((o) => o !== n && o.startsWith(`${n} `));
      const whole = [...names].filter(([n]) => !opensLonger(n));
      const fits = whole.filter(([name]) => {
        const w = name.split(/\s+/u);
        return w.length > parts.length && parts.every((p, i) => w[i] === p);
      });
      if (fits.length !== 1 || whole.length !== 1) return undefined;
      const name = (fits[0] as [string, number])[0];
      const firstAt = Math.min(...names.values());
      const count = [...names].reduce((c, [n]) => c + (written.get(n) ?? 0), 0);
      const bodyWritten = [...names.keys()].some((n) => inBody.has(n));
      if (firstAt >= at || (count < 2 && !bodyWritten) || !company(name) || writtenAsPlace(words)) return undefined;
      return name;
    },
  };
}
