import type { UseFormRegisterReturn } from 'react-hook-form';
import { AddressFields } from './address-fields';

type Props = {
  sameAs: string;
  choice: () => UseFormRegisterReturn;
  other: boolean;
  register: (name: string) => UseFormRegisterReturn;
  error: (name: string) => string | undefined;
};

/** "Same as the shipping address" or a billing address of its own: checkout and a draft order's address form. */
export function BillingAddressChoice({ sameAs, choice, other, register, error }: Props) {
  return (
    <fieldset className="space-y-3">
      <legend className="mb-2 font-serif text-lg">Billing address</legend>
      <label className="flex items-center gap-2">
        <input type="radio" value="shipping" {...choice()} /> {sameAs}
      </label>
      <label className="flex items-center gap-2">
        <input type="radio" value="other" {...choice()} /> A different billing address
      </label>
      {other && (
        <div className="pt-2">
          <AddressFields prefix="billingAddress" register={register} error={error} />
        </div>
      )}
    </fieldset>
  );
}
