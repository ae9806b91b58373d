import { errorMessage } from './control-errors';

describe('errorMessage', () => {
  it("prefers the server's message, then the built-in validators' own", () => {
    expect(errorMessage({ server: 'Taken.', required: true })).toBe('Taken.');
    expect(errorMessage({ required: true })).toBe('Required.');
    expect(errorMessage({ maxlength: { requiredLength: 3 } })).toBe('At most 3 characters.');
    expect(errorMessage(null)).toBe('');
  });

  it('shows the message a custom validator names, else a generic one', () => {
    expect(errorMessage({ color: 'Write the color as #rrggbb.' })).toBe(
      'Write the color as #rrggbb.',
    );
    expect(errorMessage({ custom: true })).toBe('Not valid.');
  });
});
