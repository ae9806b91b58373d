import { FeatureDefinitionDto } from '../../api/generated/models/feature-definition-dto';
import { displayFeatureValue, featureKind, featureValueControl } from './feature-kind';

const type = (valueType?: FeatureDefinitionDto['valueType']) => ({ valueType });

describe('featureKind', () => {
  it('is the value type the host names, a number when it names none', () => {
    expect(featureKind(type('Toggle'))).toBe('Toggle');
    expect(featureKind(type('Selection'))).toBe('Selection');
    expect(featureKind(type())).toBe('Number');
  });
});

describe('featureValueControl', () => {
  it('wants a whole number for number features', () => {
    const control = featureValueControl(type('Number'), '25');
    expect(control.valid).toBe(true);
    control.setValue('2.5');
    expect(control.hasError('pattern')).toBe(true);
    control.setValue('');
    expect(control.hasError('required')).toBe(true);
  });

  it('keeps toggles as the strings the host stores', () => {
    const control = featureValueControl(type('Toggle'), 'false');
    expect(control.value).toBe('false');
    expect(control.valid).toBe(true);
  });
});

describe('displayFeatureValue', () => {
  it('shows toggles as On/Off and other values as they are', () => {
    expect(displayFeatureValue('Toggle', 'true')).toBe('On');
    expect(displayFeatureValue('Toggle', 'False')).toBe('Off');
    expect(displayFeatureValue('Number', '5000')).toBe('5000');
    expect(displayFeatureValue('Number', null)).toBe('—');
  });
});
