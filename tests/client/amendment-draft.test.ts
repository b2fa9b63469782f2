import { describe, expect, it } from 'vitest';
import { rebaseDraft } from '../../client/sync/amendments.js';

describe('a proposal draft follows the live text', () => {
  const base = 'Register refugee births within 30 days.';

  it("carries others' edits elsewhere in the field into the draft, before or after its own change", () => {
    const draft = 'Register refugee births within 60 days.';
    expect(rebaseDraft(base, draft, `Always ${base}`)).toBe(`Always ${draft}`);
    expect(rebaseDraft(base, draft, `${base} Free of charge.`)).toBe(`${draft} Free of charge.`);
    expect(rebaseDraft(base, draft, base.replace('refugee', 'stateless'))).toBe(
      'Register stateless births within 60 days.',
    );
  });

  it('follows the live text while the draft is untouched, and leaves a conflicting draft alone', () => {
    expect(rebaseDraft(base, base, `${base}!`)).toBe(`${base}!`);
    expect(rebaseDraft(base, 'Register refugee births within 60 days.', base.replace('30', '45'))).toBeNull();
    expect(rebaseDraft(base, 'Register all births.', base)).toBe('Register all births.');
  });
});
