import type { EmailReasons } from '@/lib/email/views';

/** Why the pipeline decided what it did, decision by decision, in its own words. */
export function Reasons({ reasons, unit, type, priority, isOem }: { reasons: EmailReasons; unit: string | null; type: string; priority: string; isOem: boolean }) {
  const groups: [string, string, string[]][] = [
    ['Type', type, reasons.type],
    ['Priority', priority, reasons.priority],
    ['OEM customer', isOem ? 'yes' : 'no', reasons.oem],
    ['Language', '', reasons.language],
    ['Routed to', unit ?? 'no unit', reasons.route],
  ];
  return (
    <dl className="space-y-3 text-sm">
      {groups.map(([label, decision, why]) => (
        <div key={label}>
          <dt className="font-medium">
            {label}
            {decision && <span className="font-normal text-muted"> — {decision}</span>}
          </dt>
          <dd>
            {why.length ? (
              <ul className="list-disc pl-5 text-muted">
                {why.map((w) => (
                  <li key={w}>{w}</li>
                ))}
              </ul>
            ) : (
              <span className="text-muted">no specific reason recorded</span>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
