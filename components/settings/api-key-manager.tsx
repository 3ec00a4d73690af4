'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, CardTitle } from '@/components/ui/card';
import { Field } from '@/components/ui/field';
import { EmptyState } from '@/components/ui/states';
import { TableScroll } from '@/components/ui/table-scroll';
import { LocalTime } from '@/components/ui/local-time';
import { sendJson } from '@/lib/http/send-json';

type Key = { id: string; name: string; prefix: string; scopes: string[]; createdBy: string; createdAt: string; lastUsedAt: string | null; revokedAt: string | null };

export function ApiKeyManager({ keys, scopes }: { keys: Key[]; scopes: string[] }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<{ name: string; key: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function create(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setBusy(true);
    setError(null);
    const res = await sendJson<{ name: string; key: string }>('/api/settings/api-keys', 'POST', { name: form.get('name'), scopes: form.getAll('scopes') });
    setBusy(false);
    if (!res.ok) return setError(res.fields.scopes ?? (res.fields.name ? `Name: ${res.fields.name}` : res.message));
    setCreated({ name: res.data.name, key: res.data.key });
    (e.target as HTMLFormElement).reset();
    router.refresh();
  }

  async function revoke(id: string, name: string) {
    if (!confirm(`Revoke "${name}"? Integrations using it stop working at once.`)) return;
    const res = await sendJson(`/api/settings/api-keys/${id}`, 'DELETE');
    if (!res.ok) setError(res.message);
    router.refresh();
  }

  return (
    <div className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
      <Card>
        <CardTitle>API keys</CardTitle>
        {keys.length === 0 ? (
          <EmptyState title="No API keys yet">Create one for each integration, with only the scopes it needs.</EmptyState>
        ) : (
          <TableScroll>
            <table className="w-full text-left text-sm">
              <thead className="text-xs uppercase text-muted">
                <tr>
                  <th className="py-2">Name</th>
                  <th>Scopes</th>
                  <th>Last used</th>
                  <th><span className="sr-only">Actions</span></th>
                </tr>
              </thead>
              <tbody>
                {keys.map((k) => (
                  <tr key={k.id} className="border-t border-border align-top">
                    <td className="py-2">
                      <div className="font-medium">{k.name}</div>
                      <div className="font-mono text-xs text-muted">{k.prefix}… · by {k.createdBy}</div>
                    </td>
                    <td className="py-2">
                      <div className="flex flex-wrap gap-1">
                        {k.scopes.map((s) => (
                          <Badge key={s} tone="royal">{s}</Badge>
                        ))}
                      </div>
                    </td>
                    <td className="py-2 text-muted">{k.lastUsedAt ? <LocalTime iso={k.lastUsedAt} /> : 'never'}</td>
                    <td className="py-2 text-right">
                      {k.revokedAt ? (
                        <Badge tone="critical">revoked</Badge>
                      ) : (
                        <Button variant="secondary" onClick={() => revoke(k.id, k.name)}>Revoke</Button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </Card>
      <Card>
        <CardTitle>New key</CardTitle>
        {created && (
          <div role="status" className="mb-4 rounded-md border border-gold-500 bg-gold-300/20 p-3 text-sm">
            <p className="font-medium">Key “{created.name}” created. Copy it now — it will not be shown again.</p>
            <code className="mt-2 block break-all rounded bg-subtle p-2 font-mono text-xs">{created.key}</code>
          </div>
        )}
        <form onSubmit={create} className="space-y-4">
          <Field label="Name" name="name" required placeholder="ERP connector" />
          <fieldset>
            <legend className="mb-2 text-sm font-medium">Scopes</legend>
            <div className="grid grid-cols-1 gap-1 text-sm">
              {scopes.map((s) => (
                <label key={s} className="flex items-center gap-2">
                  <input type="checkbox" name="scopes" value={s} /> <span className="font-mono text-xs">{s}</span>
                </label>
              ))}
            </div>
          </fieldset>
          {error && <p role="alert" className="text-sm text-red-700">{error}</p>}
          <Button type="submit" disabled={busy}>{busy ? 'Creating…' : 'Create key'}</Button>
        </form>
      </Card>
    </div>
  );
}
