/**
 * Resolves each statement's speaker phrase to a canonical speaker: name, role, kind, affiliation, and how it was
 * resolved. Mentions come from POS (PROPN runs), closed word lists and the registry; compromise is consulted only on a
 * short, unknown name (STACK.md: it is slow and a gazetteer). Coreference is nearest-compatible-antecedent within the
 * article, in one left-to-right pass.
 */
import type { DraftStatement, Mention, SpeakerHint, Token } from '../../model/document.js';
import type { SpeakerKind, TextSpan } from '../../model/labels.js';
import type { Speaker } from '../../model/article-result.js';
import type { SpeakerRegistry } from '../../lexicon/registry.js';
import {
  ANONYMOUS_MARKERS, DEFINITE_DESCRIPTIONS, DOCUMENT_HEADS, GROUP_HEADS, HONORIFICS, MEDIA_HEADS, ORG_HEADS, ROLE_NOUNS, SUBJECT_PRONOUNS,
} from '../../lexicon/words.js';
import { oracleKind } from './name-oracle.js';

interface Entity { name: string; kind: SpeakerKind; at: number; role: string | null; affiliation?: string; person: boolean; weak?: boolean }

export interface ResolveInput {
  text: string;
  tokens: readonly Token[];
  statements: readonly DraftStatement[];
  registry: SpeakerRegistry;
}

const ARTICLES = /^(the|a|an)\s+/iu;
const POSSESSIVE_PRON = new Set(['its', 'their', 'his', 'her', 'our']);
const QUANT = new Set(['a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'several', 'some', 'many', 'other', 'another', 'few', 'dozens', 'multiple', 'senior', 'current', 'former']);

export function resolveSpeakers(input: ResolveInput): { statements: DraftStatement[]; mentions: Mention[] } {
  const { text, tokens, statements, registry } = input;
  const names = properNameRuns(text, tokens);
  const entities: Entity[] = []; // resolved speakers and names seen, in text order of mention
  let nameIdx = 0;
  let surnameIndex: Map<string, string[][]> | null = null;

  const out: DraftStatement[] = [];
  for (const st of statements) {
    const hint = st.speakerMentionHint;
    if (!hint) { out.push(st); continue; }
    // Names mentioned before this statement become antecedent candidates.
    while (nameIdx < names.length && (names[nameIdx] as TextSpan).start < hint.start) {
      const n = names[nameIdx] as TextSpan;
      const c = classifyName(n.text);
      if (c) entities.push({ ...c, at: n.start });
      nameIdx++;
    }
    const speaker = resolve(hint, st);
    entities.push({ name: speaker.name, kind: speaker.kind, at: hint.start, role: speaker.role, person: speaker.kind === 'person', ...(speaker.affiliation ? { affiliation: speaker.affiliation } : {}) });
    out.push({ ...st, speaker });
  }
  const mentions: Mention[] = registryMentions(text, registry);
  for (const n of names) {
    const c = classifyName(n.text);
    if (c) mentions.push({ ...n, kind: c.kind, name: c.name, role: null, number: 'singular', ...(c.affiliation ? { affiliation: c.affiliation } : {}) });
  }
  mentions.sort((a, b) => a.start - b.start);
  return { statements: out, mentions: withDescriptions(text, mentions) };

  function resolve(hint: SpeakerHint, st: DraftStatement): Speaker {
    const mention = { start: hint.start, end: hint.end, text: hint.text };
    const base = (name: string, kind: SpeakerKind, role: string | null, via: string, affiliation?: string): Speaker => ({
      name, mention, role, kind, resolvedVia: via, ...(affiliation ? { affiliation } : {}),
    });
    const lower = hint.text.toLowerCase().replace(/[’]/gu, "'");
    // Relative pronoun: the antecedent speaks.
    if (hint.relative) {
      if (hint.antecedent) {
        const r = describe(hint.antecedent.text, hint.antecedent.start);
        if (r) return { ...r, mention, resolvedVia: `relative:${r.resolvedVia}` };
      }
      const e = nearest(hint.start, () => true);
      return e ? base(e.name, e.kind, e.role, 'relative:nearest', e.affiliation) : base(hint.text, 'organization', null, 'unresolved');
    }
    const pron = SUBJECT_PRONOUNS[lower];
    if (pron) {
      const e = nearest(hint.start, (x) => pron.kind === 'person' ? x.person : pron.kind === 'thing' ? !x.person && x.kind !== 'anonymous' : true);
      if (e) return base(e.name, e.kind, e.role, 'pronoun', e.affiliation);
      return base(hint.text, pron.kind === 'person' ? 'person' : 'organization', null, 'unresolved-pronoun');
    }
    const r = describe(hint.text, hint.start, hint.appositive);
    if (r) return { ...r, mention };
    void st;
    return base(hint.text, 'person', null, 'as-written');
  }

  /** Resolves a phrase (not a pronoun) to a speaker. */
  function describe(phrase: string, at: number, appositive?: TextSpan): Omit<Speaker, 'mention'> & { resolvedVia: string } | null {
    // A sentence-initial determiner is still a description: "The company said".
    const clean = phrase.replace(/[“”"«»]/gu, '').replace(/\s+/gu, ' ').trim().replace(/^(The|This|That|These|Its|Their|His|Her|A|An)\s(?=\p{Ll})/u, (m) => m.toLowerCase());
    // A report by named outlets speaks as the first outlet: "a joint report by The Guardian, +972 Magazine and …"
    const by = /^(?:an?|the)?\s*(?:[\p{Ll}-]+\s)*(?:report|investigation|analysis|story|article|review)\s+by\s+(.+)$/u.exec(clean);
    if (by && by[1]) {
      const firstOutlet = (by[1].split(/,\s*|\s+and\s+/u)[0] ?? '').trim();
      const c = classifyName(firstOutlet);
      if (c) return { name: c.name, kind: c.kind === 'organization' || c.kind === 'media' ? 'media' : c.kind, role: null, resolvedVia: 'report-by' };
    }
    const words = clean.split(' ');
    const lowerWords = words.map((w) => w.toLowerCase().replace(/[’']s$/u, '').replace(/[.,]$/u, ''));
    const reg = registry.lookup(clean) ?? registry.lookup(clean.replace(ARTICLES, ''));
    if (reg) return { name: reg.name, kind: reg.kind, role: appositiveRole(appositive), resolvedVia: 'registry', ...(reg.affiliation ? { affiliation: reg.affiliation } : {}) };

    // A campaign or group named in quote marks: the employee-led campaign “No Azure for Apartheid”
    const quoted = /[“"]([^”"]+)[”"]?/u.exec(phrase);
    if (quoted && quoted[1] && /^\p{Lu}/u.test(quoted[1])) {
      const qn = quoted[1].replace(/[,.]$/u, '').trim();
      const qr = registry.lookup(qn);
      const head = lowerWords.find((w) => GROUP_HEADS.has(w) || ORG_HEADS.has(w));
      return { name: qr?.name ?? qn, kind: qr?.kind ?? (head && GROUP_HEADS.has(head) ? 'group' : 'organization'), role: null, resolvedVia: 'quoted-name' };
    }

    const capitals = words.filter((w) => /^[\p{Lu}+]/u.test(w) && !HONORIFICS.has(w.toLowerCase()));
    const roleIdx = lowerWords.findIndex((w, i) => ROLE_NOUNS[w] !== undefined || ROLE_NOUNS[`${w} ${lowerWords[i + 1] ?? ''}`] !== undefined);
    const roleWord = roleIdx >= 0 ? (ROLE_NOUNS[`${lowerWords[roleIdx]} ${lowerWords[roleIdx + 1] ?? ''}`] ?? ROLE_NOUNS[lowerWords[roleIdx] as string] ?? null) : null;
    const startsLower = /^\p{Ll}/u.test(clean);
    const anonymous = ANONYMOUS_MARKERS.some((m) => clean.toLowerCase().includes(m));

    if (anonymous || (startsLower && QUANT.has(lowerWords[0] as string) && capitals.length === 0 && roleWord) || /^(people|sources|officials|insiders|analysts|experts|critics|residents|employees|workers)\b/u.test(clean.toLowerCase())) {
      const desc = clean.replace(ARTICLES, '').replace(/\s+(who|that|which)\s.*$/u, '').replace(/,.*$/u, '');
      if (GROUP_HEADS.has(lowerWords[lowerWords.length - 1] as string) && !anonymous && ['critics', 'residents', 'activists', 'campaigners', 'protesters'].includes(lowerWords[0] as string)) {
        return { name: desc, kind: 'group', role: null, resolvedVia: 'description' };
      }
      return { name: desc, kind: 'anonymous', role: roleWord, resolvedVia: 'anonymous' };
    }

    // Possessive role: its spokesperson, the company's chief executive → the organisation, with the role.
    if (roleWord && (POSSESSIVE_PRON.has(lowerWords[0] as string) || (lowerWords[0] === 'the' && /[’']s$/u.test(words[1] ?? '')))) {
      if (lowerWords[0] === 'his' || lowerWords[0] === 'her') {
        const e = nearest(at, (x) => x.person);
        return { name: e?.name ?? clean, kind: 'person', role: roleWord, resolvedVia: 'possessive-person' };
      }
      const e = nearest(at, (x) => !x.person && x.kind !== 'anonymous' && x.kind !== 'document');
      if (e) return { name: e.name, kind: e.kind, role: roleWord, resolvedVia: 'possessive', ...(e.affiliation ? { affiliation: e.affiliation } : {}) };
    }

    // Role with a named person: "Norvane spokesperson Lena Hart", "Defence Minister Anna Kovac", "Lena Hart, a spokesperson"
    if (roleIdx >= 0 && roleIdx < words.length - 1 && /^\p{Lu}/u.test(words[words.length - 1] as string)) {
      const personWords = trailingCapitals(words.slice(roleIdx + 1));
      if (personWords.length >= 1) {
        const org = words.slice(0, roleIdx).filter((w) => !/^(the|a|an)$/iu.test(w)).join(' ');
        const pname = canonicalPerson(personWords.join(' '));
        return { name: pname, kind: 'person', role: roleWord, resolvedVia: 'role-and-name', ...(org && /^\p{Lu}/u.test(org) ? { affiliation: registry.lookup(org)?.name ?? org } : {}) };
      }
    }
    // Unnamed role phrase: a Microsoft spokesperson, an Israeli military spokesperson, a spokesperson for Norvane.
    if (roleWord) {
      const forIdx = lowerWords.findIndex((w, i) => i > roleIdx && (w === 'for' || w === 'at' || w === 'of' || w === 'with'));
      let orgPhrase = forIdx > 0 ? words.slice(forIdx + 1).join(' ') : words.slice(0, roleIdx).filter((w) => !/^(the|a|an|senior|former|chief|top|deputy|an|one|two)$/iu.test(w)).join(' ');
      orgPhrase = orgPhrase.replace(ARTICLES, '').replace(/[’']s$/u, '').trim();
      if (orgPhrase && /^[\p{Lu}+]/u.test(orgPhrase) && !startsLowerPersonRole(roleWord, lowerWords)) {
        const reg2 = registry.lookup(orgPhrase);
        return { name: reg2?.name ?? orgPhrase, kind: reg2?.kind === 'person' ? 'organization' : (reg2?.kind ?? kindOfOrg(orgPhrase)), role: roleWord, resolvedVia: 'role-phrase' };
      }
      if (orgPhrase && /^(company|firm|ministry|agency|group|department|government|military|army|campaign|union|council|club|team|board)$/u.test(orgPhrase.toLowerCase())) {
        const e = nearest(at, (x) => !x.person && x.kind !== 'anonymous' && x.kind !== 'document');
        if (e) return { name: e.name, kind: e.kind, role: roleWord, resolvedVia: 'role-phrase:description' };
      }
      if (startsLower) {
        const desc = clean.replace(ARTICLES, '');
        return { name: desc, kind: 'anonymous', role: roleWord, resolvedVia: 'anonymous-role' };
      }
    }

    // Definite description: the company, the ministry, the campaign.
    if (startsLower) {
      const head = lowerWords[lowerWords.length - 1] as string;
      if (DOCUMENT_HEADS.has(head)) return { name: clean.replace(ARTICLES, ''), kind: 'document', role: null, resolvedVia: 'document' };
      const cls = DEFINITE_DESCRIPTIONS[head];
      if (cls && /^(the|this|that)$/u.test(lowerWords[0] as string)) {
        const companyLike = head === 'company' || head === 'firm' || head === 'giant' || head === 'startup' || head === 'group';
        const e = nearest(at, (x) => x.weak ? false : cls === 'person' ? x.person : cls === 'media' ? x.kind === 'media'
          : cls === 'group' ? x.kind === 'group' || x.kind === 'organization'
          : !x.person && x.kind !== 'anonymous' && x.kind !== 'document' && x.kind !== 'media' && (!companyLike || !NON_COMPANY.test(x.name)) && headFits(head, x.name));
        if (e) return { name: e.name, kind: e.kind, role: cls === 'person' ? e.role : null, resolvedVia: 'description', ...(e.affiliation ? { affiliation: e.affiliation } : {}) };
        // Nothing to refer back to: the description itself names the speaker.
        const kind: SpeakerKind = cls === 'person' ? 'anonymous' : cls;
        return { name: clean.replace(/^(the|this|that)\s+/u, ''), kind, role: cls === 'person' ? (ROLE_NOUNS[head] ?? null) : null, resolvedVia: 'description-unresolved' };
      }
      if (GROUP_HEADS.has(head)) return { name: clean.replace(ARTICLES, ''), kind: 'group', role: null, resolvedVia: 'description' };
      return { name: clean.replace(ARTICLES, ''), kind: 'anonymous', role: roleWord, resolvedVia: 'description' };
    }

    // A proper name.
    const c = classifyName(clean);
    if (c) {
      const role = appositiveRole(appositive);
      const aff = appositiveAffiliation(appositive) ?? c.affiliation;
      return { name: c.name, kind: c.kind, role: role ?? c.role, resolvedVia: c.person ? 'name' : 'name', ...(aff ? { affiliation: aff } : {}) };
    }
    return null;
  }

  function classifyName(raw: string): Entity & { at: number } | null {
    let clean = raw.replace(/[“”"«»]/gu, '').replace(ARTICLES, '').replace(/[’']s$/u, '').trim();
    const reg = registry.lookup(clean);
    if (reg) return { name: reg.name, kind: reg.kind, role: null, person: reg.kind === 'person', at: 0, ...(reg.affiliation ? { affiliation: reg.affiliation } : {}) };
    const words = clean.split(/\s+/u);
    while (words.length > 1 && HONORIFICS.has((words[0] as string).toLowerCase())) words.shift();
    clean = words.join(' ');
    if (!/^[\p{Lu}\d+]/u.test(clean)) return null;
    const lw = words.map((w) => w.toLowerCase().replace(/[.,]$/u, ''));
    const last = lw[lw.length - 1] as string;
    if (words.length === 1 && ROLE_NOUNS[last] !== undefined) return null; // "CEO" is a role, not a name
    if (MEDIA_HEADS.has(last) && words.length > 1) return { name: raw.replace(/[’']s$/u, '').trim().replace(/^the\s/u, 'The '), kind: 'media', role: null, person: false, at: 0 };
    if (lw.some((w) => ORG_HEADS.has(w)) || /^(Unit|Ministry|Department|Office|Council|Court|Bureau|Agency|University|Board)\b/u.test(clean)) {
      return { name: clean, kind: lw.some((w) => GROUP_HEADS.has(w) && !ORG_HEADS.has(w)) ? 'group' : 'organization', role: null, person: false, at: 0 };
    }
    if (/^[\p{Lu}\d&.+-]{2,}$/u.test(clean)) return { name: clean, kind: 'organization', role: null, person: false, at: 0 }; // acronym
    // Surname or first-last name: the longest full name in the article for it.
    const full = canonicalPerson(clean);
    if (full !== clean || words.length >= 2) {
      const oracle = oracleKind(full);
      if (oracle === 'organization') return { name: full, kind: 'organization', role: null, person: false, at: 0 };
      if (oracle === 'place' && words.length === 1) return null;
      return { name: full, kind: 'person', role: null, person: true, at: 0 };
    }
    const oracle = oracleKind(clean);
    if (oracle === 'place') return null;
    return { name: clean, kind: oracle === 'person' ? 'person' : 'organization', role: null, person: oracle === 'person', at: 0, weak: oracle === null };
  }

  function canonicalPerson(name: string): string {
    const parts = name.split(/\s+/u).filter((w) => !HONORIFICS.has(w.toLowerCase()));
    const surname = parts[parts.length - 1];
    if (!surname) return name;
    let best = parts.join(' ');
    for (const nw of namesBySurname().get(surname) ?? []) {
      if (nw.length > best.split(' ').length && nw.length <= 4 && parts.every((p) => nw.includes(p)) && !nw.some((w) => ORG_HEADS.has(w.toLowerCase()))) best = nw.join(' ');
    }
    return best;
  }

  /** The article's names as words (honorifics dropped), by last word, in text order: one pass, not one per lookup. */
  function namesBySurname(): Map<string, string[][]> {
    if (surnameIndex) return surnameIndex;
    surnameIndex = new Map();
    for (const n of names) {
      const nw = n.text.split(/\s+/u).filter((w) => !HONORIFICS.has(w.toLowerCase()));
      const last = nw[nw.length - 1];
      if (last === undefined) continue;
      const list = surnameIndex.get(last);
      if (list) list.push(nw); else surnameIndex.set(last, [nw]);
    }
    return surnameIndex;
  }

  function nearest(at: number, ok: (e: Entity) => boolean): Entity | undefined {
    for (let i = entities.length - 1, seen = 0; i >= 0 && seen < 200; i--, seen++) {
      const e = entities[i] as Entity;
      if (e.at <= at && ok(e)) return e;
    }
    return undefined;
  }

  function appositiveRole(ap?: TextSpan): string | null {
    if (!ap) return null;
    const lw = ap.text.toLowerCase().split(/\s+/u);
    for (let i = 0; i < lw.length; i++) {
      const two = ROLE_NOUNS[`${lw[i]} ${lw[i + 1] ?? ''}`];
      if (two) return two;
      const one = ROLE_NOUNS[lw[i] as string];
      if (one) return one;
    }
    return null;
  }
  function appositiveAffiliation(ap?: TextSpan): string | undefined {
    if (!ap) return undefined;
    const m = /\b(?:for|at|of|with)\s+(?:the\s+)?([\p{Lu}+][^,]*)$/u.exec(ap.text) ?? /^(?:a|an|the)\s+([\p{Lu}][\p{L}\d+&.\s-]*?)\s+\p{Ll}/u.exec(ap.text);
    if (!m || !m[1]) return undefined;
    const org = m[1].trim();
    return registry.lookup(org)?.name ?? org;
  }
}

const NON_COMPANY = /\b(unit|ministry|department|agency|council|court|army|military|police|government|commission|authority|committee|union|party|campaign|forces?)\b/iu;
/** "the ministry" should not resolve to a company; "the company" not to a ministry. */
function headFits(head: string, name: string): boolean {
  const lower = name.toLowerCase();
  if (['ministry', 'department', 'agency', 'council', 'court', 'union', 'commission', 'committee', 'university', 'hospital', 'police', 'army', 'military', 'club', 'board', 'party'].includes(head)) {
    return lower.includes(head) || !/\b(inc|corp|ltd|llc|plc|systems|technologies|labs|company)\b/u.test(lower);
  }
  return true;
}

function startsLowerPersonRole(role: string, lowerWords: string[]): boolean {
  // "a former Norvane engineer" is still a role phrase of the organisation; this only guards generic people nouns.
  return role === 'resident' || role === 'parent' || role === 'student' || (lowerWords.length === 1);
}

function trailingCapitals(words: string[]): string[] {
  const out: string[] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i] as string;
    if (/^\p{Lu}/u.test(w) && !HONORIFICS.has(w.toLowerCase())) out.unshift(w.replace(/,$/u, ''));
    else break;
  }
  return out;
}

function kindOfOrg(name: string): SpeakerKind {
  const lw = name.toLowerCase().split(/\s+/u);
  const last = lw[lw.length - 1] as string;
  if (MEDIA_HEADS.has(last) && lw.length > 1) return 'media';
  if (GROUP_HEADS.has(last) && !ORG_HEADS.has(last)) return 'group';
  return 'organization';
}

const DESCRIPTION = /\b(?:the|this) (company|firm|ministry|department|agency|government|military|army|council|court|board|regulator|union|club|team|hospital|university|district|authority|commission|committee|campaign|group|coalition|organi[sz]ation|charity|city|police|watchdog|startup|giant|contractor|operator|network|newspaper)\b/giu;

/** Definite descriptions ("the company") as mentions of the nearest earlier compatible name, in one pass. */
function withDescriptions(text: string, names: Mention[]): Mention[] {
  const out: Mention[] = [...names];
  let i = 0;
  let lastOrg: Mention | undefined;
  let lastGroup: Mention | undefined;
  DESCRIPTION.lastIndex = 0;
  for (let m = DESCRIPTION.exec(text); m; m = DESCRIPTION.exec(text)) {
    while (i < names.length && (names[i] as Mention).start < m.index) {
      const n = names[i] as Mention;
      if (n.kind === 'organization' || n.kind === 'media') lastOrg = n;
      if (n.kind === 'group') lastGroup = n;
      i++;
    }
    const head = (m[1] ?? '').toLowerCase();
    const ref = ['campaign', 'group', 'coalition', 'network'].includes(head) ? lastGroup ?? lastOrg : lastOrg;
    if (ref && headFits(head, ref.name)) out.push({ start: m.index, end: m.index + m[0].length, text: m[0], kind: ref.kind, name: ref.name, role: null, number: 'singular' });
  }
  return out.sort((a, b) => a.start - b.start);
}

const aliasPatterns = new WeakMap<SpeakerRegistry, RegExp | null>();

/** Registry names and aliases as written in the text ("the Israeli military" is no proper-noun run). */
function registryMentions(text: string, registry: SpeakerRegistry): Mention[] {
  let rx = aliasPatterns.get(registry);
  if (rx === undefined) {
    const names = registry.entries.flatMap((e) => [e.name, ...e.aliases]).filter((n) => n.length > 2 && /\s/u.test(n));
    names.sort((a, b) => b.length - a.length);
    rx = names.length ? new RegExp(`(?<![\\p{L}])(?:${names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|')})(?![\\p{L}])`, 'giu') : null;
    aliasPatterns.set(registry, rx);
  }
  if (!rx) return [];
  const out: Mention[] = [];
  rx.lastIndex = 0;
  for (let m = rx.exec(text); m; m = rx.exec(text)) {
    const e = registry.lookup(m[0]);
    if (e) out.push({ start: m.index, end: m.index + m[0].length, text: m[0], kind: e.kind, name: e.name, role: null, number: 'singular' });
  }
  return out;
}

/** Runs of proper nouns (with inner "of", "for", "&"), as written, in text order. */
export function properNameRuns(text: string, tokens: readonly Token[]): TextSpan[] {
  const out: TextSpan[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i] as Token;
    if (t.pos !== 'PROPN' || !/^[\p{Lu}\d+]/u.test(t.text)) { i++; continue; }
    let j = i;
    while (j + 1 < tokens.length) {
      const n = tokens[j + 1] as Token;
      if ((n.pos === 'PROPN' || (n.pos === 'NUM' && /^\d+$/u.test(n.text))) && /^[\p{Lu}\d+]/u.test(n.text) && n.sentence === t.sentence) { j++; continue; }
      const n2 = tokens[j + 2];
      if ((n.normal === 'of' || n.normal === 'for' || n.normal === '&') && n2 && n2.pos === 'PROPN' && /^\p{Lu}/u.test(n2.text)) { j += 2; continue; }
      break;
    }
    const a = tokens[i] as Token;
    const b = tokens[j] as Token;
    out.push({ start: a.start, end: b.end, text: text.slice(a.start, b.end) });
    i = j + 1;
  }
  return out;
}
