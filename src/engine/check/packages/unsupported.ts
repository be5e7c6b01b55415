// Standard-library members Go 1.23 has but the lab leaves out, with the reason the checker should give.
//
// They are not in the package tables, so without this list the checker would say `undefined: sync.Pool`,
// which is false and confusing. The checker reports the reason instead (a code starting `unsupported`).
const table: Record<string, Record<string, string>> = {
  sync: {
    Pool: 'sync.Pool is not supported in Go Map Lab yet',
  },
  'sync/atomic': {
    Pointer: 'atomic.Pointer is not supported in Go Map Lab yet (it is a generic type)',
  },
  cmp: {
    Ordered: 'cmp.Ordered is a type constraint, and writing generic code is not supported in Go Map Lab yet',
  },
  slices: {
    Chunk: 'slices.Chunk is not supported in Go Map Lab yet',
  },
};

/**
 * Why `pkgPath.name` is not available when it is a real Go 1.23 member the lab leaves out; undefined
 * otherwise (then Go has no such member either, and gc's `undefined: pkg.Name` applies).
 * @example unsupportedMember('sync', 'Pool') // "sync.Pool is not supported in Go Map Lab yet"
 */
export function unsupportedMember(pkgPath: string, name: string): string | undefined {
  const reasons = Object.prototype.hasOwnProperty.call(table, pkgPath) ? table[pkgPath] : undefined;
  if (!reasons || !Object.prototype.hasOwnProperty.call(reasons, name)) return undefined;
  return reasons[name];
}
