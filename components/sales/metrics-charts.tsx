'use client';

import { Bar, BarChart, CartesianGrid, LabelList, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis, type LabelProps } from 'recharts';
import type { SalesMetrics } from '@/lib/sales/metrics';
import { formatEuroWhole, formatRate } from './format';

const KINDS = [
  { key: 'EMAIL_OUT', label: 'Emails', color: '#13235a' },
  { key: 'CALL', label: 'Calls', color: '#5b2a86' },
  { key: 'MEETING', label: 'Meetings', color: '#d4a72c' },
  { key: 'NOTE', label: 'Notes', color: '#8a5cb8' },
] as const;

const euroTick = (v: number) => formatEuroWhole(v);
/** The share of a funnel step that reached the next one, in the same words beside the bar and in the table twin. */
const movedOn = (rate: number | null) => (rate === null ? null : `${formatRate(rate)} moved on`);

/** Beside a funnel bar, on one line: recharts would wrap a label to the room it finds left of the chart's edge. */
function MovedOnLabel({ viewBox, value }: LabelProps) {
  if (value === undefined || !viewBox || !('width' in viewBox)) return null;
  const { x = 0, y = 0, width = 0, height = 0 } = viewBox;
  return (
    <text x={Number(x) + Number(width) + 6} y={Number(y) + Number(height) / 2} dominantBaseline="middle" fontSize={12} fill="var(--hb-muted)">
      {value}
    </text>
  );
}

/** A chart's twin for screen readers. A table ignores sr-only's 1px width and overflow, so a div does the hiding. */
function ChartTable({ caption, children }: { caption: string; children: React.ReactNode }) {
  return (
    <div className="sr-only">
      <table>
        <caption>{caption}</caption>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

/** Charts for the metrics page; every figure was computed on the server. Each chart has a table twin for screen readers. */
export function MetricsCharts({ metrics }: { metrics: SalesMetrics }) {
  const pipeline = metrics.pipeline.filter((s) => !s.isLost);
  const funnel = metrics.funnel.map((f) => ({ ...f, movedOn: movedOn(f.conversionToNext) ?? undefined }));
  const activity = metrics.reps.map((r) => ({ name: r.name, ...r.activitiesByKind }));
  return (
    <div className="grid gap-6 xl:grid-cols-2">
      <figure className="rounded-xl border border-border bg-card p-4">
        <figcaption className="mb-2 text-sm font-semibold">Pipeline value and weighted value by stage</figcaption>
        <div className="h-72" aria-hidden="true">
          <ResponsiveContainer>
            <BarChart data={pipeline}>
              <CartesianGrid strokeDasharray="3 3" stroke="var(--hb-border)" />
              <XAxis dataKey="name" tick={{ fontSize: 12 }} />
              <YAxis tickFormatter={euroTick} width={90} tick={{ fontSize: 12 }} />
              <Tooltip formatter={(v) => formatEuroWhole(Number(v))} />
              <Legend />
              <Bar dataKey="valueCents" name="Value" fill="#13235a" />
              <Bar dataKey="weightedCents" name="Weighted" fill="#d4a72c" />
            </BarChart>
          </ResponsiveContainer>
        </div>
        <ChartTable caption="Pipeline by stage">{pipeline.map((s) => <tr key={s.key}><th scope="row">{s.name}</th><td>{s.count} prospects</td><td>{formatEuroWhole(s.valueCents)}</td><td>{formatEuroWhole(s.weightedCents)} weighted</td></tr>)}</ChartTable>
      </figure>
      <figure className="rounded-xl border border-border bg-card p-4">
        <figcaption className="mb-2 text-sm font-semibold">Funnel: prospects created in the period that reached each stage</figcaption>
        <div className="h-72" aria-hidden="true">
          <ResponsiveContainer>
            <BarChart data={funnel} layout="vertical" margin={{ left: 8, right: 112 }}>
              <CartesianGrid strokeDasharray="3 3" stroke="var(--hb-border)" />
              <XAxis type="number" allowDecimals={false} tick={{ fontSize: 12 }} />
              <YAxis type="category" dataKey="name" width={96} tick={{ fontSize: 12 }} />
              <Tooltip />
              <Bar dataKey="reached" name="Reached" fill="#5b2a86">
                <LabelList dataKey="movedOn" position="right" content={MovedOnLabel} />
              </Bar>
            </BarChart>
          </ResponsiveContainer>
        </div>
        <ChartTable caption="Conversion between stages">{metrics.funnel.map((f) => <tr key={f.key}><th scope="row">{f.name}</th><td>{f.reached} reached</td><td>{movedOn(f.conversionToNext) ?? '—'}</td></tr>)}</ChartTable>
      </figure>
      <figure className="rounded-xl border border-border bg-card p-4 xl:col-span-2">
        <figcaption className="mb-2 text-sm font-semibold">Activities per rep</figcaption>
        {activity.length === 0 ? (
          <p className="text-sm text-muted">No calls, meetings, notes or emails were logged in this period.</p>
        ) : (
          <div className="h-72" aria-hidden="true">
            <ResponsiveContainer>
              <BarChart data={activity}>
                <CartesianGrid strokeDasharray="3 3" stroke="var(--hb-border)" />
                <XAxis dataKey="name" tick={{ fontSize: 12 }} />
                <YAxis allowDecimals={false} tick={{ fontSize: 12 }} />
                <Tooltip />
                <Legend />
                {KINDS.map((k) => <Bar key={k.key} dataKey={k.key} name={k.label} stackId="a" fill={k.color} />)}
              </BarChart>
            </ResponsiveContainer>
          </div>
        )}
      </figure>
    </div>
  );
}
