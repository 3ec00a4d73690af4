// Assignment by workload: the member of the unit with the fewest open tasks; ties go to the name first in order,
// so a batch of hand-overs spreads evenly (each assignment raises the member's count).

export type Member = { id: string; name: string; open: number };

export function leastLoaded(members: readonly Member[]): Member | null {
  let best: Member | null = null;
  for (const m of members) {
    if (!best || m.open < best.open || (m.open === best.open && m.name.localeCompare(best.name) < 0)) best = m;
  }
  return best;
}
