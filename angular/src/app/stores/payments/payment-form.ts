import { FormControl, FormGroup, Validators } from '@angular/forms';

import { PaymentMethodDto } from '../../api/generated/models/payment-method-dto';
import { PaymentProviderDto } from '../../api/generated/models/payment-provider-dto';
import { PaymentSettingDefinitionDto } from '../../api/generated/models/payment-setting-definition-dto';
import { UpdatePaymentMethodDto } from '../../api/generated/models/update-payment-method-dto';

/** The host's limits (PaymentMethodConsts). */
export const PAYMENT_LIMITS = { displayName: 128, instructions: 2000, settingValue: 1024 } as const;

/** The provider's settings as controls named after them ("publishableKey", "secretKey"). */
export type PaymentForm = FormGroup<{
  displayName: FormControl<string>;
  instructions: FormControl<string>;
  isEnabled: FormControl<boolean>;
  settings: FormGroup<Record<string, FormControl<string>>>;
}>;

/** Whether the host holds a value for a secret setting (secrets are never sent back, only their names). */
export function isSecretSet(method: PaymentMethodDto | null | undefined, setting: string): boolean {
  return !!method?.secretsSet?.includes(setting);
}

/**
 * A required setting needs a value in the form, except a secret the host already holds: left empty, it keeps
 * the stored value, so it is required only until it is set.
 */
export function settingRequired(
  setting: PaymentSettingDefinitionDto,
  method: PaymentMethodDto | null | undefined,
): boolean {
  return setting.isRequired && !(setting.isSecret && isSecretSet(method, setting.name));
}

/** The form for enabling a provider, or for editing its method: public settings filled, secrets always empty. */
export function createPaymentForm(
  provider: PaymentProviderDto,
  method?: PaymentMethodDto | null,
): PaymentForm {
  const settings: Record<string, FormControl<string>> = {};
  for (const setting of provider.settings) {
    settings[setting.name] = new FormControl(
      setting.isSecret ? '' : (method?.settings[setting.name] ?? ''),
      {
        nonNullable: true,
        validators: [
          ...(settingRequired(setting, method) ? [Validators.required] : []),
          Validators.maxLength(PAYMENT_LIMITS.settingValue),
        ],
      },
    );
  }
  return new FormGroup({
    displayName: new FormControl(method?.displayName ?? provider.displayName, {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(PAYMENT_LIMITS.displayName)],
    }),
    instructions: new FormControl(method?.instructions ?? '', {
      nonNullable: true,
      validators: [Validators.maxLength(PAYMENT_LIMITS.instructions)],
    }),
    isEnabled: new FormControl(method?.isEnabled ?? true, { nonNullable: true }),
    settings: new FormGroup(settings),
  });
}

/**
 * The settings to send: every public setting (empty clears it), and only the secrets that were typed — a secret
 * left empty is not sent, so the host keeps the stored value.
 */
export function paymentSettings(
  provider: PaymentProviderDto,
  form: PaymentForm,
): Record<string, string> {
  const values = form.controls.settings.getRawValue();
  const result: Record<string, string> = {};
  for (const setting of provider.settings) {
    const value = (values[setting.name] ?? '').trim();
    if (!setting.isSecret || value !== '') {
      result[setting.name] = value;
    }
  }
  return result;
}

/** The body of a save (create adds the provider; update adds the version). */
export function toPaymentBody(
  provider: PaymentProviderDto,
  form: PaymentForm,
  position: number,
): UpdatePaymentMethodDto {
  const value = form.getRawValue();
  return {
    displayName: value.displayName.trim(),
    instructions: value.instructions.trim() || null,
    isEnabled: value.isEnabled,
    position,
    settings: paymentSettings(provider, form),
  };
}

/** The whole method as an update with a new position or enabled state (settings unchanged, secrets kept). */
export function methodUpdate(
  method: PaymentMethodDto,
  changes: { position?: number; isEnabled?: boolean },
): UpdatePaymentMethodDto {
  return {
    displayName: method.displayName,
    instructions: method.instructions ?? null,
    isEnabled: changes.isEnabled ?? method.isEnabled,
    position: changes.position ?? Number(method.position),
    settings: { ...method.settings },
    version: method.version,
  };
}

/** Which setting a refusal names ("The setting 'secretKey' is required."), when it names one of the provider's. */
export function settingInProblem(provider: PaymentProviderDto, title: string): string | null {
  return provider.settings.find((setting) => title.includes(`'${setting.name}'`))?.name ?? null;
}

/** The methods in checkout order, with the positions to save after one moved: 0, 1, 2, … */
export function reorder(
  methods: readonly PaymentMethodDto[],
  from: number,
  to: number,
): { method: PaymentMethodDto; position: number }[] {
  const list = [...methods];
  const [moved] = list.splice(from, 1);
  list.splice(to, 0, moved);
  return list.map((method, position) => ({ method, position }));
}
