// Stance targets two new users found on articles of kinds the corpus lacks (brief fixnu28t). Sentences are our own.
import { describe, expect, it } from 'vitest';
import { statementsOf, withContent } from './stance-helpers.js';

describe('a wrongdoing noun named as a kind of harm after "losses from" or "protect … against" charges no one', () => {
  it('"would refund any losses from theft": the lender\'s own offer is no accusation', () => {
    const st = withContent('Corrin Savings said it would refund any losses from theft.', 'it would refund');
    expect(st.act).not.toBe('ACCUSE');
    expect(st.targets['Corrin Savings'] ?? 'NONE').not.toBe('AGAINST');
  });
  it('"protect its members against online fraud": a promise of protection, no charge', () => {
    const st = withContent('The Pellam Credit Union said the new card would protect its members against online fraud.', 'the new card');
    expect(st.act).not.toBe('ACCUSE');
  });
  it('must not change: losses from a named party\'s fraud still charge it', () => {
    const st = withContent('Corrin Savings said its losses from the broker\'s fraud ran to four million.', 'its losses');
    expect(st.act).toBe('ACCUSE');
  });
  it('must not change: saying a firm committed fraud still accuses it', () => {
    const st = withContent('The regulator said Corrin Savings had committed fraud and lost its clients\' deposits.', 'Corrin Savings had');
    expect(st.act).toBe('ACCUSE');
    expect(st.targets['Corrin Savings']).toBe('AGAINST');
  });
});

describe('"they can afford to protect …" presses another party: no defence of the speaker', () => {
  it('a minister saying the insurers can afford to protect their clients is not in her own favour', () => {
    const st = withContent('"The insurers earn huge profits. They can well afford to protect the savings of their clients," Health Minister Alma Strand told parliament.', 'The insurers');
    expect(st.targets['Alma Strand'] ?? 'NONE').not.toBe('FAVOR');
  });
  it('must not change: a bank saying it acted lawfully and protected its customers defends itself', () => {
    const st = withContent('"We acted lawfully and protected every customer\'s records," Corrin Savings said.', 'We acted lawfully');
    expect(st.targets['Corrin Savings']).toBe('FAVOR');
  });
  it('must not change: "could not afford to lose" customers is no defence either way', () => {
    const all = statementsOf('Corrin Savings said it could not afford to lose more customers.');
    expect(all[0]?.targets['Corrin Savings'] ?? 'NONE').not.toBe('AGAINST');
  });
});
