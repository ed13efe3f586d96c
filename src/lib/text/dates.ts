/** The first and last day (UTC) of a period written as "2021-H1", "2021-H2" or "2021". */
export function periodRange(period: string): { start: Date; end: Date } {
  const match = /^(\d{4})(?:-H([12]))?$/.exec(period);
  if (!match) throw new Error(`not a period: "${period}" (expected YYYY or YYYY-H1/H2)`);
  const year = Number(match[1]);
  const half = match[2] ? Number(match[2]) : undefined;
  const firstMonth = half === 2 ? 6 : 0;
  const months = half ? 6 : 12;
  return { start: new Date(Date.UTC(year, firstMonth, 1)), end: new Date(Date.UTC(year, firstMonth + months, 0)) };
}

/** A calendar day (UTC) from an ISO date. */
export function isoDay(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/** 1 January (UTC) of a year. */
export function yearStart(year: number): Date {
  return new Date(Date.UTC(year, 0, 1));
}
