'use client';

import { Area, AreaChart, Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { EmailType } from '@/lib/generated/sqlite/enums';
import type { SeriesPoint } from '@/lib/kpi/data';
import { formatDuration } from '@/lib/kpi/format';
import { TYPE_LABEL } from '@/components/email/labels';

type Props = { series: SeriesPoint[]; hourly: boolean };

// Royal palette first, then distinct companions, one colour per email type.
const TYPE_COLOURS: Record<EmailType, string> = {
  ORDER: '#13235a',
  INVOICE: '#5b2a86',
  COMPLAINT: '#b91c1c',
  SUPPLIER: '#2b4aa8',
  INQUIRY: '#d4a72c',
  EXPEDITE: '#c2410c',
  AUTO_REPLY: '#8a5cb8',
  BOUNCE: '#64748b',
  SPAM: '#94a3b8',
};

const tick = (hourly: boolean) => (iso: string) => {
  const d = new Date(iso);
  return hourly ? d.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }) : d.toLocaleDateString([], { day: 'numeric', month: 'short' });
};

const axis = { stroke: 'currentColor', fontSize: 12 };

function Frame({ title, children }: { title: string; children: React.ReactElement }) {
  return (
    <figure className="h-72 text-muted">
      <figcaption className="mb-2 text-sm font-medium text-fg">{title}</figcaption>
      <ResponsiveContainer width="100%" height="90%">
        {children}
      </ResponsiveContainer>
    </figure>
  );
}

export function VolumeChart({ series, hourly }: Props) {
  const types = Object.values(EmailType).filter((t) => series.some((p) => p.byType[t]));
  const data = series.map((p) => ({ t: p.t, ...p.byType }));
  return (
    <Frame title={`Inbound emails by type, per ${hourly ? 'hour' : 'day'}`}>
      <BarChart data={data}>
        <CartesianGrid strokeDasharray="3 3" strokeOpacity={0.3} />
        <XAxis dataKey="t" tickFormatter={tick(hourly)} {...axis} />
        <YAxis allowDecimals={false} {...axis} />
        <Tooltip labelFormatter={(l) => new Date(String(l)).toLocaleString()} />
        <Legend />
        {types.map((t) => (
          <Bar key={t} dataKey={t} name={TYPE_LABEL[t]} stackId="types" fill={TYPE_COLOURS[t]} />
        ))}
      </BarChart>
    </Frame>
  );
}

export function ResponseTimeChart({ series, hourly, target }: Props & { target: number }) {
  const minutes = (s: number | null) => (s === null ? null : Math.round(s / 60));
  const data = series.map((p) => ({ t: p.t, median: minutes(p.responseMedian), p90: minutes(p.responseP90) }));
  return (
    <Frame title="First-response time (minutes)">
      <LineChart data={data}>
        <CartesianGrid strokeDasharray="3 3" strokeOpacity={0.3} />
        <XAxis dataKey="t" tickFormatter={tick(hourly)} {...axis} />
        <YAxis {...axis} />
        <Tooltip labelFormatter={(l) => new Date(String(l)).toLocaleString()} formatter={(v) => formatDuration(Number(v) * 60)} />
        <Legend />
        <ReferenceLine y={target / 60} stroke="#d4a72c" strokeDasharray="6 3" label={{ value: 'target', fill: 'currentColor', fontSize: 12 }} />
        <Line type="monotone" dataKey="median" name="Median" stroke="#13235a" strokeWidth={2} dot={false} connectNulls />
        <Line type="monotone" dataKey="p90" name="p90" stroke="#5b2a86" strokeDasharray="4 2" dot={false} connectNulls />
      </LineChart>
    </Frame>
  );
}

export function AutoHandledChart({ series, hourly, target }: Props & { target: number }) {
  const data = series.map((p) => ({ t: p.t, share: p.autoHandledShare === null ? null : Math.round(p.autoHandledShare * 10) / 10 }));
  return (
    <Frame title="Auto-handled share (%)">
      <AreaChart data={data}>
        <CartesianGrid strokeDasharray="3 3" strokeOpacity={0.3} />
        <XAxis dataKey="t" tickFormatter={tick(hourly)} {...axis} />
        <YAxis domain={[0, 100]} {...axis} />
        <Tooltip labelFormatter={(l) => new Date(String(l)).toLocaleString()} formatter={(v) => `${v} %`} />
        <ReferenceLine y={target} stroke="#d4a72c" strokeDasharray="6 3" label={{ value: 'target', fill: 'currentColor', fontSize: 12 }} />
        <Area type="monotone" dataKey="share" name="Auto-handled" stroke="#5b2a86" fill="#8a5cb8" fillOpacity={0.3} connectNulls />
      </AreaChart>
    </Frame>
  );
}

export function SlaBreachChart({ series, hourly }: Props) {
  const data = series.map((p) => ({ t: p.t, breached: p.slaBreached }));
  return (
    <Frame title={`SLA breaches, by ${hourly ? 'hour' : 'day'} the email arrived`}>
      <BarChart data={data}>
        <CartesianGrid strokeDasharray="3 3" strokeOpacity={0.3} />
        <XAxis dataKey="t" tickFormatter={tick(hourly)} {...axis} />
        <YAxis allowDecimals={false} {...axis} />
        <Tooltip labelFormatter={(l) => new Date(String(l)).toLocaleString()} />
        <Bar dataKey="breached" name="Breached" fill="#b91c1c" />
      </BarChart>
    </Frame>
  );
}
