// Text pasted from web pages (input28): HTML character references left in plain text ("&ldquo;", "&#8217;"), UTF-8
// read as Windows-1252 (mojibake: "â€œ", "â€™", "Ã©") and "Credit: Name/Agency" lines are read as a reader of the page
// reads them, and every offset still indexes the text as given. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { analyzeArticle, analyzeDocument } from '../src/analyze.js';
import type { ArticleResult } from '../src/model/article-result.js';
import { pageLineKind, readableText } from '../src/ingest/readable-text.js';
import { misDecodedEdits } from '../src/ingest/mis-decoded.js';
import { spansHold } from './helpers.js';

const found = (r: ArticleResult): Array<[string, string]> => r.statements.map((s) => [s.speaker.name, s.content.text]);

describe('HTML character references in plain text are read as their characters', () => {
  it('"&ldquo;…&rdquo; she said": a quotation with its speaker, the content indexing the text as given', () => {
    const text = 'Tenants lose eviction case\nLena Ortiz, who represents the tenants, left the court without speaking to reporters.\n&ldquo;We will appeal,&rdquo; she said later.\n';
    const r = analyzeArticle(text);
    expect(found(r)).toEqual([['Lena Ortiz', 'We will appeal,']]);
    const c = r.statements[0]!.content;
    expect(c.start).toBe(text.indexOf('We will appeal,'));
    expect(r.article.text).toBe(text);
    spansHold(r);
  });

  it('decimal and hexadecimal references (&#8220; &#x201D; &#8217;) are read as the quotes they stand for', () => {
    const r = analyzeArticle('Fares row\n&#8220;The fares are simply too high,&#x201D; said Tom Reyes, the commuters&#8217; spokesman.\n');
    expect(found(r)).toEqual([['Tom Reyes', 'The fares are simply too high,']]);
    spansHold(r);
  });

  it('&quot; and &amp; in a company\'s name: the quotation is found, the name is read with its ampersand', () => {
    const text = 'Orders fall\nPriya Nair, who runs Holt &amp; Sons, said: &quot;Our orders have halved since March.&quot;\n';
    const r = analyzeArticle(text);
    expect(found(r)).toEqual([['Priya Nair', 'Our orders have halved since March.']]);
    expect(readableText(text)?.text).toBe('Orders fall\nPriya Nair, who runs Holt & Sons, said: "Our orders have halved since March."\n');
    spansHold(r);
  });

  it('&nbsp; between a given name and a family name, and &rsquo; inside a word: one name, and the offsets move back', () => {
    const r = readableText('the mayor&rsquo;s office said Ana&nbsp;Ruiz&hellip;');
    expect(r?.text).toBe('the mayor\u2019s office said Ana\u00A0Ruiz\u2026');
    expect(r?.references).toBe(3);
    // "mayor’s" is [4, 11) of the text read, "mayor&rsquo;s" [4, 17) of the text as given
    expect(r?.toOriginal(4, 11)).toEqual([4, 17]);
    // "Ruiz…" is [28, 33) read, "Ruiz&hellip;" [39, 51) as given, to the end of the text
    expect(r?.toOriginal(28, 33)).toEqual([39, 51]);
    const a = analyzeArticle('Council vote\nThe plan would cost too much, said Ana&nbsp;Ruiz, a councillor.\n');
    expect(found(a)).toEqual([['Ana Ruiz', 'The plan would cost too much']]);
    spansHold(a);
  });

  it('a reference the first reading gives ("&amp;quot;" read as "&quot;") is not read again: the offsets still hold', () => {
    const text = 'Shop sign\nTom Reyes said the sign had read &amp;quot;closed&amp;quot; all week.\n';
    expect(readableText(text)?.text).toBe('Shop sign\nTom Reyes said the sign had read &quot;closed&quot; all week.\n');
    const r = analyzeArticle(text);
    expect(r.article.text).toBe(text);
    expect(r.statements[0]?.speaker.name).toBe('Tom Reyes');
    spansHold(r);
  });

  it('must not change: an ampersand that opens no reference ("AT&T", "R&D;", "&amp" without its semicolon, an unknown name)', () => {
    expect(readableText('AT&T said R&D spending rose.')).toBeNull();
    expect(readableText('Smith &amp Sons and R&D; and &notaname; stay.')).toBeNull();
  });
});

describe('UTF-8 text read as Windows-1252 (mojibake) is read as the characters meant, with a message naming the file', () => {
  it('curly quotes and an apostrophe as "â€œ", "â€\\u009D", "â€™": the quotation and its speaker are found', () => {
    const text = 'Union to appeal\n\u00e2\u20ac\u0153We will appeal the ruling,\u00e2\u20ac\u009d said Maria Lopes, the union\u00e2\u20ac\u2122s lawyer.\n';
    const r = analyzeDocument({ id: 'a', source: '/tmp/paste.txt', title: 'Union to appeal', text });
    expect(found(r)).toEqual([['Maria Lopes', 'We will appeal the ruling,']]);
    expect(r.statements[0]!.content.start).toBe(text.indexOf('We will'));
    expect(r.article.text).toBe(text);
    spansHold(r);
    const notes = r.messages.filter((m) => m.ruleId === 'input:mis-decoded-text');
    expect(notes).toHaveLength(1);
    expect(notes[0]!.reason).toMatch(/^\/tmp\/paste\.txt: 3 runs of characters .*"â€œ" as “/u);
    // (the invisible C1 control of "â€\u009D" is shown by its code point)
    expect(notes[0]!.reason).toContain('"â€⟨U+009D⟩" as ”');
  });

  it('an em dash and an accented name ("â€”", "Ã©"); the lost third byte of ” ("â€" alone) is read as ”', () => {
    const r = readableText('The caf\u00c3\u00a9 owner, Ren\u00c3\u00a9e Blanc, was blunt \u00e2\u20ac\u201d and angry. \u00e2\u20ac\u0153Never,\u00e2\u20ac she said.');
    expect(r?.text).toBe('The café owner, Renée Blanc, was blunt — and angry. “Never,” she said.');
    expect(r?.misDecoded).toBe(5);
    expect(r?.misDecodedSeen.map((x) => x.meant)).toEqual(['é', '—', '“', '”']);
    // "Renée" is [16, 21) read, "RenÃ©e" [17, 23) as given (after "cafÃ©", one character longer)
    expect(r?.toOriginal(16, 21)).toEqual([17, 23]);
  });

  it('text read as Windows-1252 twice over ("Ã¢â‚¬Å“") is read back twice', () => {
    const r = readableText('\u00c3\u00a2\u00e2\u201a\u00ac\u00c5\u201cNo,\u00c3\u00a2\u00e2\u201a\u00ac\u00c2\u009d said Ivo Rask. It\u00c3\u00a2\u00e2\u201a\u00ac\u00e2\u201e\u00a2s over.');
    expect(r?.text).toBe('“No,” said Ivo Rask. It’s over.');
    // (“ is the seven characters "Ã¢â‚¬Å“")
    expect(r?.toOriginal(0, 1)).toEqual([0, 7]);
  });

  it('must not change: one "Ã" in a Portuguese name, one lone run, Latin-1 capitals before a closing quote', () => {
    expect(readableText('S\u00c3O PAULO \u2014 Jo\u00c3o Silva, of the port of S\u00c3O VICENTE, said the strike was over.')).toBeNull();
    // (one run alone is not clearly mis-decoded text)
    expect(readableText('The sign said caf\u00c3\u00a9 in faded paint.')).toBeNull();
    // ("É”" and "Ñ»" are bytes of a UTF-8 character, U+0254 and a Cyrillic letter: no plausible reading)
    expect(misDecodedEdits('The banner read \u201cCAF\u00c9\u201d and \u00abESPA\u00d1\u00bb, then \u201cCAF\u00c9\u201d again.')).toEqual([]);
    const r = analyzeDocument({ id: 'b', source: '/tmp/pt.txt', title: 'Port strike', text: 'Port strike\nJo\u00e3o Silva, of S\u00c3O PAULO, said the strike was over.\n' });
    expect(r.messages.filter((m) => m.ruleId === 'input:mis-decoded-text')).toEqual([]);
  });
});

describe('a "Credit:" line before a picture credit\'s names is the page\'s, not the story\'s', () => {
  it('"Credit: Jane Doe/Reuters", "Credit: Getty Images", a caption closing with "Credit: …", a bracketed credit', () => {
    expect(pageLineKind('Credit: Jane Doe/Reuters')).toBe('photo caption or credit');
    expect(pageLineKind('Credit: Getty Images')).toBe('photo caption or credit');
    expect(pageLineKind('Fishing boats at the harbour on Monday. Credit: Alan Reid/Coastal News')).toBe('photo caption or credit');
    expect(pageLineKind('Protesters outside the assembly. (Credit: Omar Haddad for The Courier)')).toBe('photo caption or credit');
  });

  it('the credit\'s name is no speaker: the next "she" is the story\'s person', () => {
    const text = 'Tenants lose case\nLena Ortiz represents the tenants.\nCredit: Jane Doe/Reuters\nShe said the ruling was unfair.\n';
    const r = analyzeArticle(text);
    expect(found(r)).toEqual([['Lena Ortiz', 'the ruling was unfair']]);
    expect(r.messages.some((m) => m.ruleId === 'input:page-line' && text.slice(m.start, m.end) === 'Credit: Jane Doe/Reuters')).toBe(true);
    spansHold(r);
  });

  it('must not change: "Credit:" opening a sentence of the story, and "credit" as a word of it', () => {
    expect(pageLineKind('Credit: the union deserves it, she said.')).toBeNull();
    expect(pageLineKind('Credit: Moody\u2019s cut the bank\u2019s rating on Friday.')).toBeNull();
    expect(pageLineKind('Credit where it is due: the nurses kept the ward open.')).toBeNull();
    expect(pageLineKind('The bank said credit had grown. Credit: a weak spot, analysts said.')).toBeNull();
  });
});
