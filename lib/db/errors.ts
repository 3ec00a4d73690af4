// Recognising database errors the application answers itself, the same on SQLite and Postgres.

/** A unique index refused the write: P2002 from Prisma's own queries; raw INSERTs report the driver's
 *  UniqueConstraintViolation under P2010. */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; meta?: { driverAdapterError?: { cause?: { kind?: string } } } } | null;
  return e?.code === 'P2002' || e?.meta?.driverAdapterError?.cause?.kind === 'UniqueConstraintViolation';
}
