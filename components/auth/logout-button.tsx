'use client';

import { signOut } from 'next-auth/react';
import { Button } from '@/components/ui/button';

export function LogoutButton() {
  return (
    <Button className="w-full" autoFocus onClick={() => signOut({ callbackUrl: '/' })}>
      Sign out
    </Button>
  );
}
