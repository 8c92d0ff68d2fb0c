interface DatabaseErrorShape {
  code?: unknown;
  constraint?: unknown;
  driverError?: { code?: unknown; constraint?: unknown };
}

/** The unique constraint (SQLSTATE 23505) a write broke, read from TypeORM's error or the driver's. */
export const brokenUniqueConstraint = (error: unknown): string | undefined => {
  if (typeof error !== 'object' || error === null) return undefined;
  const shape = error as DatabaseErrorShape;
  const source = shape.driverError ?? shape;
  return source.code === '23505' && typeof source.constraint === 'string' ? source.constraint : undefined;
};
