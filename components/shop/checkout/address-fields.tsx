import type { UseFormRegisterReturn } from 'react-hook-form';
import { Field } from '@/components/ui/field';
import { COUNTRIES } from '@/lib/shop/checkout-schema';
import { SelectField } from './select-field';

type Props = { prefix: 'shippingAddress' | 'billingAddress'; register: (name: string) => UseFormRegisterReturn; error: (name: string) => string | undefined };

export function AddressFields({ prefix, register, error }: Props) {
  const f = (name: string) => ({ ...register(`${prefix}.${name}`), id: `${prefix}-${name}`, error: error(`${prefix}.${name}`) });
  const ac = prefix === 'shippingAddress' ? 'shipping' : 'billing';
  return (
    <div className="grid gap-4 sm:grid-cols-6">
      <div className="sm:col-span-6">
        <Field label="Street and house number" autoComplete={`${ac} address-line1`} {...f('line1')} />
      </div>
      <div className="sm:col-span-6">
        <Field label="Address line 2 (optional)" autoComplete={`${ac} address-line2`} {...f('line2')} />
      </div>
      <div className="sm:col-span-2">
        <Field label="Postal code" autoComplete={`${ac} postal-code`} {...f('postalCode')} />
      </div>
      <div className="sm:col-span-4">
        <Field label="City" autoComplete={`${ac} address-level2`} {...f('city')} />
      </div>
      <div className="sm:col-span-3">
        <SelectField label="Country" autoComplete={`${ac} country`} {...f('country')}>
          {Object.entries(COUNTRIES).map(([code, name]) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </SelectField>
      </div>
    </div>
  );
}
