import type { Metadata } from 'next';
import { AuthShell } from '@/components/layout/auth-shell';
import { CsatForm } from '@/components/kpi/csat-form';
import { findCsatInvitation } from '@/lib/kpi/csat';

export const metadata: Metadata = { title: 'Rate our reply', robots: { index: false } };
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ token: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Public: the token in the link is the only credential. A ?rating=N link preselects N; the visitor confirms. */
export default async function CsatPage({ params, searchParams }: Props) {
  const [{ token }, query] = await Promise.all([params, searchParams]);
  const invitation = await findCsatInvitation(token);
  if (!invitation) {
    return (
      <AuthShell title="This link is not valid">
        <p className="text-center text-sm text-muted">Perhaps it was copied only in part. Thank you all the same for wishing to tell us.</p>
      </AuthShell>
    );
  }
  if (invitation.answered) {
    return (
      <AuthShell title="Thank you — already rated">
        <p className="text-center text-sm text-muted">Your rating of {invitation.rating} out of 5 has been recorded. Each link can be used once.</p>
      </AuthShell>
    );
  }
  const preselected = Number(typeof query.rating === 'string' ? query.rating : NaN);
  return (
    <AuthShell title="How did we do?">
      {invitation.subject && (
        <p className="mb-4 text-center text-sm text-muted">
          About “{invitation.subject}”{invitation.unitName ? `, answered by ${invitation.unitName}` : ''}.
        </p>
      )}
      <CsatForm token={token} preselected={Number.isInteger(preselected) && preselected >= 1 && preselected <= 5 ? preselected : null} />
    </AuthShell>
  );
}
