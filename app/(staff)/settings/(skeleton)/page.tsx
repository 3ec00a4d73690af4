import type { Metadata } from 'next';
import { requireArea } from '@/lib/auth/session';
import { listApiKeys } from '@/lib/auth/api-key-admin';
import { SCOPES } from '@/lib/auth/roles';
import { PageHeader } from '@/components/ui/states';
import { ApiKeyManager } from '@/components/settings/api-key-manager';
import { SettingsTabs } from '@/components/settings/settings-tabs';

export const metadata: Metadata = { title: 'Settings' };

export default async function SettingsPage() {
  await requireArea('settings', '/settings');
  const keys = await listApiKeys();
  return (
    <>
      <SettingsTabs current="/settings" />
      <PageHeader title="Settings" description="API keys for integrators. A key is shown once when created; we store only its hash." />
      <ApiKeyManager
        scopes={[...SCOPES]}
        keys={keys.map((k) => ({
          id: k.id,
          name: k.name,
          prefix: k.prefix,
          scopes: k.scopes as string[],
          createdBy: k.createdBy?.name ?? 'seed',
          createdAt: k.createdAt.toISOString(),
          lastUsedAt: k.lastUsedAt?.toISOString() ?? null,
          revokedAt: k.revokedAt?.toISOString() ?? null,
        }))}
      />
    </>
  );
}
