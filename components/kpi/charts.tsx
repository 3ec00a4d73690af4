'use client';

import { Area, AreaChart, Bar, BarChart, CartesianGrid, Dot, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { DotItemDotProps } from 'recharts';
import { EmailType } from '@/lib/generated/sqlite/enums';
import type { SeriesPoint } from '@/lib/kpi/data';
import { formatDuration } from '@/lib/kpi/format';
import { dottedPoints } from '@/lib/kpi/series-dots';
import { TYPE_LABEL } from '@/components/email/labels';
import { bucketTick, bucketTooltip } from './bucket-labels';

type Props = { series: SeriesPoint[]; hourly: boolean };

// Theme variables (app/globals.css), so every series stays readable on the light and the dark card.
const NAVY = 'var(--hb-chart-navy)';
const PURPLE = 'var(--hb-chart-purple)';
const LILAC = 'var(--hb-chart-lilac)';
const RED = 'var(--hb-chart-red)';
const GOLD = 'var(--hb-chart-gold)';

// Royal palette first, then distinct companions, one colour per email type.
const TYPE_COLOURS: Record<EmailType, string> = {
  ORDER: NAVY,
  INVOICE: PURPLE,
  COMPLAINT: RED,
  SUPPLIER: 'var(--hb-chart-blue)',
  INQUIRY: GOLD,
  EXPEDITE: 'var(--hb-chart-orange)',
  AUTO_REPLY: LILAC,
  BOUNCE: 'var(--hb-chart-slate)',
  SPAM: 'var(--hb-chart-grey)',
};

const tick = (hourly: boolean) => (iso: string) => bucketTick(iso, hourly);

const axis = { stroke: 'currentColor', fontSize: 12 };
// Lines and areas put their first and last point on the plot's edges; the padding keeps those dots clear of the axes.
const timeAxisPadding = { left: 12, right: 12 };

const tooltip = (hourly: boolean) => ({
  labelFormatter: (l: unknown) => bucketTooltip(String(l), hourly),
  contentStyle: { backgroundColor: 'var(--hb-card)', borderColor: 'var(--hb-border)', color: 'var(--hb-fg)' },
  itemStyle: { color: 'var(--hb-fg)' },
  // Above the legend, which the chart lays over the same corner.
  wrapperStyle: { zIndex: 10 },
});
const barCursor = { fill: 'var(--hb-subtle)' };

// Legend labels in the text colour; the swatch beside each carries the series colour (gold text would be unreadable on white).
const legendLabel = (value: string) => <span className="text-fg">{value}</span>;

// The target must lie inside the value axis, or the line silently disappears when every point is far below it.
const targetLine = { stroke: GOLD, strokeDasharray: '6 3', ifOverflow: 'extendDomain', label: { value: 'target', fill: 'currentColor', fontSize: 12, position: 'insideTopLeft' } } as const;

/** Dots where a line alone would not show a measurement (see lib/kpi/series-dots). */
function dots(values: readonly (number | null)[], colour: string) {
  const dotted = dottedPoints(values);
  return function SeriesDot({ index, cx, cy }: DotItemDotProps) {
    return dotted[index] ? <Dot cx={cx} cy={cy} r={4} fill={colour} stroke="var(--hb-card)" strokeWidth={1.5} /> : null;
  };
}

/** `empty`: what to say instead of bare axes when the period holds nothing to draw. */
function Frame({ title, empty, children }: { title: string; empty?: string | false; children: React.ReactElement }) {
  return (
    <figure className="h-72 text-muted">
      <figcaption className="mb-2 text-sm font-medium text-fg">{title}</figcaption>
      {empty ? (
        <p className="flex h-[90%] items-center justify-center rounded-md border border-dashed border-border text-sm">{empty}</p>
      ) : (
        <ResponsiveContainer width="100%" height="90%">
          {children}
        </ResponsiveContainer>
      )}
    </figure>
  );
}

const noneOf = (values: readonly (number | null)[]) => values.every((v) => v === null);

export function VolumeChart({ series, hourly }: Props) {
  const types = Object.values(EmailType).filter((t) => series.some((p) => p.byType[t]));
  const data = series.map((p) => ({ t: p.t, ...p.byType }));
  return (
    <Frame title={`Inbound emails by type, per ${hourly ? 'hour' : 'day'}`} empty={!types.length && 'No emails arrived in this period.'}>
      <BarChart data={data}>
        <CartesianGrid strokeDasharray="3 3" strokeOpacity={0.3} />
        <XAxis dataKey="t" tickFormatter={tick(hourly)} {...axis} />
        <YAxis allowDecimals={false} {...axis} />
        <Tooltip {...tooltip(hourly)} cursor={barCursor} />
        <Legend formatter={legendLabel} />
        {types.map((t) => (
          <Bar key={t} dataKey={t} name={TYPE_LABEL[t]} stackId="types" fill={TYPE_COLOURS[t]} />
        ))}
      </BarChart>
    </Frame>
  );
}

export function ResponseTimeChart({ series, hourly, target }: Props & { target: number }) {
  // Unrounded minutes: the tooltip turns them back into the same duration the headline shows.
  const minutes = (s: number | null) => (s === null ? null : s / 60);
  const data = series.map((p) => ({ t: p.t, median: minutes(p.responseMedian), p90: minutes(p.responseP90) }));
  return (
    <Frame title="First-response time (minutes)" empty={noneOf(data.map((d) => d.median)) && 'No first responses in this period.'}>
      <LineChart data={data}>
        <CartesianGrid strokeDasharray="3 3" strokeOpacity={0.3} />
        <XAxis dataKey="t" tickFormatter={tick(hourly)} padding={timeAxisPadding} {...axis} />
        <YAxis {...axis} />
        <Tooltip {...tooltip(hourly)} formatter={(v) => formatDuration(Number(v) * 60)} />
        <Legend formatter={legendLabel} />
        <ReferenceLine y={target / 60} {...targetLine} />
        <Line type="monotone" dataKey="median" name="Median" stroke={NAVY} strokeWidth={2} dot={dots(data.map((d) => d.median), NAVY)} connectNulls />
        <Line type="monotone" dataKey="p90" name="p90" stroke={PURPLE} strokeDasharray="4 2" dot={dots(data.map((d) => d.p90), PURPLE)} connectNulls />
      </LineChart>
    </Frame>
  );
}

export function AutoHandledChart({ series, hourly, target }: Props & { target: number }) {
  const data = series.map((p) => ({ t: p.t, share: p.autoHandledShare === null ? null : Math.round(p.autoHandledShare * 10) / 10 }));
  return (
    <Frame title="Auto-handled share (%)" empty={noneOf(data.map((d) => d.share)) && 'No emails arrived in this period.'}>
      <AreaChart data={data}>
        <CartesianGrid strokeDasharray="3 3" strokeOpacity={0.3} />
        <XAxis dataKey="t" tickFormatter={tick(hourly)} padding={timeAxisPadding} {...axis} />
        <YAxis domain={[0, 100]} {...axis} />
        <Tooltip {...tooltip(hourly)} formatter={(v) => `${v} %`} />
        <ReferenceLine y={target} {...targetLine} />
        <Area type="monotone" dataKey="share" name="Auto-handled" stroke={PURPLE} fill={LILAC} fillOpacity={0.3} dot={dots(data.map((d) => d.share), PURPLE)} connectNulls />
      </AreaChart>
    </Frame>
  );
}

export function SlaBreachChart({ series, hourly }: Props) {
  const data = series.map((p) => ({ t: p.t, breached: p.slaBreached }));
  return (
    <Frame title={`SLA breaches, by ${hourly ? 'hour' : 'day'} the email arrived`} empty={data.every((d) => !d.breached) && 'No SLA breaches in this period.'}>
      <BarChart data={data}>
        <CartesianGrid strokeDasharray="3 3" strokeOpacity={0.3} />
        <XAxis dataKey="t" tickFormatter={tick(hourly)} {...axis} />
        <YAxis allowDecimals={false} {...axis} />
        <Tooltip {...tooltip(hourly)} cursor={barCursor} />
        <Bar dataKey="breached" name="Breached" fill={RED} />
      </BarChart>
    </Frame>
  );
}
