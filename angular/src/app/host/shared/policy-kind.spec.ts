import {
  displayPolicyValue,
  formatList,
  parseList,
  policyKind,
  policyValueControl,
} from './policy-kind';

const list = { valueType: 'List' as const };
const number = { valueType: 'Number' as const };

describe('policy values', () => {
  it('reads a list value as its items, and an empty one as none', () => {
    expect(parseList('manual, stripe')).toEqual(['manual', 'stripe']);
    expect(parseList('')).toEqual([]);
    expect(parseList(null)).toEqual([]);
  });

  it('writes a list in the order of the allowed values, whatever order they were ticked in', () => {
    expect(formatList(['stripe', 'manual'], ['manual', 'test-gateway', 'stripe'])).toBe(
      'manual,stripe',
    );
    expect(formatList([], ['manual'])).toBe('');
  });

  it('is a number when the host names no type', () => {
    expect(policyKind({})).toBe('Number');
    expect(policyKind(list)).toBe('List');
  });

  it('shows lists with commas and "None" when empty', () => {
    expect(displayPolicyValue(list, 'manual,stripe')).toBe('manual, stripe');
    expect(displayPolicyValue(list, '')).toBe('None');
    expect(displayPolicyValue(number, '30')).toBe('30');
    expect(displayPolicyValue(number, null)).toBe('—');
  });

  it('wants a whole number of 0 or more for number policies, and anything for lists', () => {
    const days = policyValueControl(number, '30');
    expect(days.valid).toBe(true);
    days.setValue('-1');
    expect(days.hasError('pattern')).toBe(true);
    days.setValue('');
    expect(days.hasError('required')).toBe(true);
    expect(policyValueControl(list, '').valid).toBe(true);
  });
});
