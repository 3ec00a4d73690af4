'use client';

import { signOut } from 'next-auth/react';
import { Button } from '@/components/ui/button';
import { clearCheckoutDraft } from '@/components/shop/checkout/checkout-draft';

export function LogoutButton() {
  return (
    <Button
      className="w-full"
      autoFocus
      onClick={() => {
        clearCheckoutDraft(); // the next person at this tab does not see the address typed at checkout
        void signOut({ callbackUrl: '/' });
      }}
    >
      Sign out
    </Button>
  );
}
