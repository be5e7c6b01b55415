// Standard-library members Go 1.23 has but the lab cannot run yet, with the reason the checker should give.
//
// These are not in the package tables, so without this list the checker would say `undefined: maps.Keys`,
// which is false and confusing. The checker reports the reason instead (code `unsupported`).
const iterator = 'returns an iterator (iter.Seq); range-over-func is not supported in Go Map Lab yet';

const table: Record<string, Record<string, string>> = {
  maps: { All: iterator, Keys: iterator, Values: iterator, Collect: 'takes an iterator (iter.Seq2); range-over-func is not supported in Go Map Lab yet', Insert: 'takes an iterator (iter.Seq2); range-over-func is not supported in Go Map Lab yet' },
  slices: {
    All: iterator, Values: iterator, Backward: iterator, Chunk: iterator,
    AppendSeq: 'takes an iterator (iter.Seq); range-over-func is not supported in Go Map Lab yet',
    Collect: 'takes an iterator (iter.Seq); range-over-func is not supported in Go Map Lab yet',
    Sorted: 'takes an iterator (iter.Seq); range-over-func is not supported in Go Map Lab yet',
    SortedFunc: 'takes an iterator (iter.Seq); range-over-func is not supported in Go Map Lab yet',
  },
  sync: { Pool: 'sync.Pool is not supported in Go Map Lab yet', OnceFunc: 'sync.OnceFunc is not supported in Go Map Lab yet', OnceValue: 'sync.OnceValue is not supported in Go Map Lab yet' },
};

/**
 * Why `pkgPath.name` is not available, when it is a real Go 1.23 member the lab leaves out; undefined otherwise
 * (then the member does not exist in Go either, and gc's `undefined: pkg.name` applies).
 * @example unsupportedMember('maps', 'Keys') // "maps.Keys returns an iterator (iter.Seq); …"
 */
export function unsupportedMember(pkgPath: string, name: string): string | undefined {
  const reasons = Object.prototype.hasOwnProperty.call(table, pkgPath) ? table[pkgPath] : undefined;
  if (!reasons || !Object.prototype.hasOwnProperty.call(reasons, name)) return undefined;
  const why = reasons[name];
  const pkgName = pkgPath.slice(pkgPath.lastIndexOf('/') + 1);
  return why.startsWith(`${pkgName}.`) ? why : `${pkgName}.${name} ${why}`;
}
