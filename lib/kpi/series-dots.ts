// Which points of a KPI line get a dot. A line needs two neighbouring points to draw anything, so a lone measurement
// (the only one of the period, or one between empty buckets) would be invisible without its dot.

/** Up to this many buckets (a month of days) a half-width chart still shows every point as a separate dot. */
export const DOTTED_UP_TO = 31;

/** Per bucket: true where a measured point gets a dot — all of them on short series, the isolated ones on long series. */
export function dottedPoints(values: readonly (number | null)[]): boolean[] {
  const measured = (i: number) => values[i] !== null && values[i] !== undefined;
  return values.map((_, i) => measured(i) && (values.length <= DOTTED_UP_TO || (!measured(i - 1) && !measured(i + 1))));
}
