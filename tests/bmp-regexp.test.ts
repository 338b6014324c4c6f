import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import actWords from '../src/lexicon/act-words.json' with { type: 'json' };
import stanceWords from '../src/lexicon/stance-words.json' with { type: 'json' };
import { BmpRegExp, bmpSource, plainSpaceSource } from '../src/model/bmp-regexp.js';

// A pattern with `\p{…}` runs as its BMP twin on text without surrogates (less compiled code). The twin must find, on
// such text, every match the pattern finds: the same class members for every BMP character, and the same matches for
// every pattern the stance modules build, on sentences written here and on random strings of their own words.

const NativeRegExp = RegExp;
const BMP = Array.from({ length: 0x10000 }, (_, c) => c).filter((c) => c < 0xd800 || c > 0xdfff).map((c) => String.fromCharCode(c));

describe('bmpSource', () => {
  it.each(['\\p{L}', '\\p{Lu}', '\\p{Ll}', '\\p{N}'])('gives %s the same BMP members, alone, in a class and negated, with and without i', (escape) => {
    for (const flags of ['u', 'iu']) {
      for (const form of [escape, `[${escape}’'-]`, `[^${escape}\\d]`]) {
        const full = new NativeRegExp(`^${form}$`, flags);
        const twin = new NativeRegExp(`^${bmpSource(form)}$`, flags);
        const differ = BMP.filter((ch) => full.test(ch) !== twin.test(ch));
        expect(differ, `${form} /${flags}`).toEqual([]);
      }
    }
  });
  it('leaves a pattern without property classes alone', () => {
    expect(bmpSource('(?<![a-z])foo[^\\S\\n]+bar')).toBeNull();
  });
  it('reads escapes: an escaped backslash before p{…}, an escaped bracket inside a class', () => {
    expect(bmpSource('\\\\p{L}|\\p{N}')).toMatch(/^\\\\p\{L\}\|\[0-9/u);
    const src = bmpSource('[\\]\\p{Lu}]x\\p{Lu}') as string;
    expect(src.startsWith('[\\]A-Z')).toBe(true);
    expect(src).toContain(']x[A-Z');
  });
});

describe('plainSpaceSource', () => {
  // On a subject whose only whitespace is ' ' and '\n', each of these classes must hold the same characters.
  const PLAIN = BMP.filter((ch) => !/\s/u.test(ch) || ch === ' ' || ch === '\n');
  it.each(['[^\\S\\n]', '\\s', '\\S', '[\\s,]', '[^\\s,’-]', '[\\S\\d]', '[^\\S\\n]+x', '(?<![^\\S\\n])y'])(
    'gives %s the same members on every BMP character but whitespace other than space and line feed', (form) => {
      for (const flags of ['u', 'iu', '', 'i']) {
        const full = new NativeRegExp(`^${form}$`, flags);
        const plain = new NativeRegExp(`^${plainSpaceSource(form) ?? form}$`, flags);
        const one = (ch: string): string => (form.endsWith('x') ? `${ch}x` : form.endsWith('y') ? `${ch}y` : ch);
        const differ = PLAIN.filter((ch) => full.test(one(ch)) !== plain.test(one(ch)));
        expect(differ, `${form} /${flags}`).toEqual([]);
      }
    });
  it('spells the classes as the space and line feed, escapes read as escapes', () => {
    expect(plainSpaceSource('a[^\\S\\n]+b\\s*c\\S')).toBe('a +b[ \\n]*c[^ \\n]');
    expect(plainSpaceSource('[\\s,]')).toBe('[ \\n,]');
    expect(plainSpaceSource('\\\\s')).toBeNull(); // an escaped backslash, then the letter s
    expect(plainSpaceSource('[\\]\\S]')).toBeNull(); // \S inside a class stays as it is
    expect(plainSpaceSource('[a[^\\S\\n]')).toBeNull(); // "[" inside a class opens nothing
    expect(plainSpaceSource('(?<![\\p{L}])x')).toBeNull();
  });
});

describe('BmpRegExp', () => {
  const sentences = [
    'The mayor said the council had “failed every family on the estate” and would pay for it.',
    'Kéller, a café owner in Søndre, said the rezoning was reckless and cruel.',
    'The union warned it would strike unless the board withdrew the pay offer 😠 by Friday.',
    '“We will not accept the findings,” said Ms Ødegård, whose ministry runs the scheme.',
    'Bürgermeister Weiß called the plan a disgrace — and the regulator agreed.',
    'The 𝐁𝐨𝐥𝐝 council was praised for its handling of the flood.',
    'He has done nothing for the fishermen of Ἀθῆναι, she said.',
    'Ms Łukasiewicz\tsaid the Straße plan was “ill-judged”, and the mayor’s aide agreed.',
    'The ferry\u00a0firm’s chief, Mr Größl, was blamed;\r\nthe council was praised.',
    'Δήμαρχος Παπαδόπουλος said the\u2009levy was fair — and well-intended.',
    'Renée O’Brien-Sáez  said\nthe  agency had  failed.',
  ];
  it.each(sentences)('finds what the pattern finds, every call of exec, test, replace, matchAll and split: %s', (text) => {
    for (const [source, flagList] of [
      ['(?<![\\p{L}’\'-])(\\p{Lu}[\\p{L}-]+|[\\p{Ll}]+ed)(?![\\p{L}])', ['gu', 'giu', 'u', 'uy']],
      ['(?<![\\p{L}’\'-])(\\p{Lu}[\\p{L}’\'-]+)[^\\S\\n]+(said|called|was)(?:[^\\S\\n]+\\S+)?(\\s*)(?![\\p{L}])', ['gu', 'giu', 'u', 'uy']],
      ['(?<![a-z])(the)[^\\S\\n]+([a-z]+)[\\s,]+(was|had)\\b', ['g', 'gi', '', 'y']],
    ] as const) for (const flags of flagList) {
      const full = new NativeRegExp(source, flags);
      const rx = new BmpRegExp(source, flags);
      const runs = (r: RegExp): unknown[] => {
        const out: unknown[] = [];
        for (let i = 0; i <= text.length; i += 3) {
          r.lastIndex = i;
          const m = r.exec(text);
          out.push(m && [m.index, ...m], r.lastIndex, r.test(text), r.lastIndex);
        }
        r.lastIndex = 0;
        if (flags.includes('g')) out.push([...text.matchAll(r)].map((m) => [m.index, ...m]));
        out.push(text.replace(r, '<$1>'), text.split(r), text.search(r));
        return out;
      };
      expect(runs(rx)).toEqual(runs(full));
      expect(rx.source).toBe(full.source);
      expect(rx.flags).toBe(full.flags);
    }
  });
  it('gives matchAll copies and the pattern their own lastIndex while they share the twins', () => {
    // (a copy made by matchAll, run in turns with the pattern itself and with a second copy: each goes on from its own place)
    const source = '(?<![\\p{L}])(\\p{Lu}\\p{Ll}+)[^\\S\\n]+(said|told)(?![\\p{L}])';
    for (const text of ['Ana said no. Bea told us. Cléo said yes. Dov told them.', 'Édith said so, and Femi told\u00a0her; Gus said 😀 no.']) {
      const full = new NativeRegExp(source, 'gu');
      const rx = new BmpRegExp(source, 'gu');
      const order = (r: RegExp): unknown[] => {
        const out: unknown[] = [];
        r.lastIndex = 0;
        const first = r.exec(text);
        out.push(first?.index, r.lastIndex);
        const outer = text.matchAll(r);
        const inner = text.matchAll(r);
        for (const m of outer) {
          out.push(m.index, m[1], inner.next().value?.index, r.exec(text)?.index, r.lastIndex);
        }
        return out;
      };
      expect(order(rx)).toEqual(order(full));
    }
  });
  it('reads a source again with other flags (split adds y): the same matches', () => {
    const source = '[^\\S\\n]*(?:,|\\p{Pd})[^\\S\\n]*';
    for (const text of ['Ana, Bea — Cléo,Dov', 'Édith\u00a0, Femi – Gus']) {
      expect(text.split(new BmpRegExp(source, 'u'))).toEqual(text.split(new NativeRegExp(source, 'u')));
      expect(text.split(new BmpRegExp(source, 'gu'))).toEqual(text.split(new NativeRegExp(source, 'gu')));
    }
  });
  it('is a plain pattern when there is no property class with the u flag and no whitespace class', () => {
    expect(Object.getPrototypeOf(new BmpRegExp('a[ \\t]+b', 'u'))).toBe(RegExp.prototype);
    expect(Object.getPrototypeOf(new BmpRegExp('\\p{L}', 'g'))).toBe(RegExp.prototype);
    expect(Object.getPrototypeOf(new BmpRegExp('a[^\\S\\n]+b', 'u'))).not.toBe(RegExp.prototype);
    expect(new BmpRegExp('\\p{Lu}\\p{L}+', 'u')).toBeInstanceOf(RegExp);
  });
});

describe('the stance modules\' patterns and their twins', () => {
  const made: Array<[string, string]> = [];
  beforeAll(async () => {
    // (every pattern built while the modules load, by `new RegExp` or `new BmpRegExp`: fresh modules, bmp-regexp.ts
    // among them, see the proxy as RegExp)
    vi.resetModules();
    globalThis.RegExp = new Proxy(NativeRegExp, {
      construct(target, args, newTarget) {
        const [pattern, flags] = args as [string | RegExp, string | undefined];
        if (typeof pattern === 'string') made.push([pattern, flags ?? '']);
        return Reflect.construct(target, args, newTarget) as object;
      },
    });
    await import('../src/stages/stance/judge-stance.js');
    await import('../src/stages/stance/review-flag.js');
    await import('../src/stages/speakers/resolve-speakers.js');
    // (and the speaker's own constructions, built per subject list when a statement asks)
    const { contentAct } = await import('../src/stages/stance/content-act.js');
    for (const content of texts) {
      for (const type of ['direct', 'indirect', 'mixed'] as const) {
        contentAct({ content, start: 0, type, speakerKind: 'person', speakerRole: 'minister', speakerAffiliation: 'the Harbour Board' });
        contentAct({ content, start: 0, type, speakerKind: 'organization', speakerAffiliation: null });
      }
    }
    globalThis.RegExp = NativeRegExp;
  });
  afterAll(() => { globalThis.RegExp = NativeRegExp; });

  // Sentences of the constructions the patterns read, and ordinary ones sharing their words.
  const texts = [
    'The council has failed the families of Brookmere and should apologise.',
    'He said the minister was incompetent and had done nothing for the town.',
    'They are not fit to run a bus depot, let alone a hospital, said Ms Varga.',
    'We will not comment on speculation about the takeover, a spokeswoman said.',
    'The new parking levy would force small traders to close their shops.',
    'If the ferry operator cuts the route, we will take them to court.',
    'Nobody from the trust has ever come to see the ward, said one nurse.',
    'I stand by every word of the report and accept none of the claims.',
    'The board found him to be honest, diligent and fair.',
    'Staff were told not to record the delays in the log book.',
    'The regulator’s chair is a decent man, but his team is out of its depth.',
    'She praised the volunteers, who she said had been “absolutely tremendous”.',
    'The club’s owners have no plan and no idea what fans want.',
    'It was not a mistake. It was a choice, and a bad one.',
    'Mr Ødegård said the ferry company was “arrogant and careless”.',
    'The council did not respond to a request for comment.',
    'Residents learned of the closure from a notice pinned to the door.',
    'A spokesman for the airline said it regretted the delays.',
    'The proposal will cut emissions by a third, the agency said.',
    'Our members have been telling the board for years that the roof leaks.',
    'Ms Ekwueme called the decision “a betrayal of every tenant in Holloway”.',
    'The mayor—who has been accused of neglect—denied any wrongdoing.',
    'Police said the man, 34, was arrested on Tuesday evening.',
  ];
  const words = [...new Set([actWords, stanceWords].flatMap((table) => Object.values(table)).flat()
    .filter((w): w is string => typeof w === 'string').flatMap((w) => w.split(/[\s*]+/u)).filter((w) => w && w.length < 20))]
    .concat(['Émile', 'Ødegård', 'Łukasz', 'Ἀθῆναι', 'naïve', 'The', 'He', 'She', 'They', 'It', 'We', 'I', ',', '.', '“', '”', '’s', '—', '-']);
  let seed = 20;
  const rnd = (k: number): number => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return (seed >>> 8) % k; };
  const random = Array.from({ length: 250 }, () => Array.from({ length: 4 + rnd(14) }, () => words[rnd(words.length)]).join([' ', ' ', ' ', '  ', '\n'][rnd(5)]));

  const matches = (rx: RegExp, text: string): unknown[] => {
    const out: unknown[] = [];
    for (let i = 0; i < text.length; i += 7) {
      rx.lastIndex = i;
      const m = rx.exec(text);
      out.push(m && [m.index, ...m]);
      if (!rx.global && !rx.sticky) break;
    }
    return out;
  };
  it('finds the same matches with every pattern, from every seventh position', () => {
    const patterns = [...new Map(made.map(([s, f]) => [`${f}/${s}`, [s, f] as const])).values()].filter(([s, f]) => f.includes('u') && bmpSource(s) !== null);
    expect(patterns.length).toBeGreaterThan(250);
    let found = 0;
    for (const [source, flags] of patterns) {
      const g = flags.includes('g') || flags.includes('y') ? flags : `${flags}g`;
      const full = new NativeRegExp(source, g);
      const twin = new NativeRegExp(bmpSource(source) as string, g);
      for (const text of [...texts, ...random]) {
        const a = matches(full, text);
        expect(matches(twin, text), `${source.slice(0, 80)} on ${text}`).toEqual(a);
        if (a.some((m) => m)) found++;
      }
    }
    expect(found).toBeGreaterThan(500);
  }, 300_000);
  it('finds the same matches with every pattern\'s plain twin (whitespace as the space and line feed), from every seventh position', () => {
    const patterns = [...new Map(made.map(([s, f]) => [`${f}/${s}`, [s, f] as const])).values()]
      .filter(([s, f]) => plainSpaceSource((f.includes('u') ? bmpSource(s) : null) ?? s) !== null);
    expect(patterns.length).toBeGreaterThan(300);
    let found = 0;
    for (const [source, flags] of patterns) {
      const g = flags.includes('g') || flags.includes('y') ? flags : `${flags}g`;
      const full = new NativeRegExp(source, g);
      const twin = new NativeRegExp(plainSpaceSource((flags.includes('u') ? bmpSource(source) : null) ?? source) as string, g);
      for (const text of [...texts, ...random]) {
        expect(/[^\S \n]/u.test(text)).toBe(false);
        const a = matches(full, text);
        expect(matches(twin, text), `${source.slice(0, 80)} on ${text}`).toEqual(a);
        if (a.some((m) => m)) found++;
      }
    }
    expect(found).toBeGreaterThan(500);
  }, 300_000);
});
