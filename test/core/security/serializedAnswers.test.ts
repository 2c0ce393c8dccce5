import { describe, expect, it } from 'vitest';
import { SerializedAnswers } from '../../../src/security/responseSizeCapPlugin.js';

describe('SerializedAnswers (the text written when the size cap measured an answer)', () => {
  it("is what Apollo sends for that very result (Apollo's copy holds the same three values), once", () => {
    const answers = new SerializedAnswers();
    const result = { data: { n: 1n << 60n }, extensions: { a: 1 } };
    answers.remember(result, 'remembered');
    const copy = { errors: undefined, data: result.data, extensions: result.extensions };
    expect(answers.stringify(copy)).toBe('remembered');
    // Taken: a second stringify writes it (bigints exactly).
    expect(answers.stringify(copy)).toBe(`{"data":{"n":${(1n << 60n).toString()}},"extensions":{"a":1}}`);
  });

  it('is not used for a result whose errors or extensions were replaced after it was measured', () => {
    const answers = new SerializedAnswers();
    const data = { x: 'y' };
    answers.remember({ data }, 'remembered');
    expect(answers.stringify({ data, errors: [{ message: 'late' }] })).toBe(
      '{"data":{"x":"y"},"errors":[{"message":"late"}]}',
    );
  });
});
