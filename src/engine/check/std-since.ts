// Which Go release added a standard package or package member, for the ones the lab models that are
// newer than Go 1.19 (the oldest version it offers). A program checked as an older Go sees them as
// that toolchain did: the package is not in std, the member is undefined. From the Go release notes
// (go1.20.md … go1.24.md).

/** Packages by import path → the minor version that added them. */
const packageSince: Record<string, number> = {
  cmp: 21, maps: 21, slices: 21, 'log/slog': 21, 'math/rand/v2': 22, iter: 23, unique: 23, weak: 24,
};

/** `path.Member` → the minor version that added it (members of packages newer than 1.19 only where later than the package). */
const memberSince: Record<string, number> = {
  // Iterator functions came with range-over-func.
  'maps.All': 23, 'maps.Keys': 23, 'maps.Values': 23, 'maps.Insert': 23, 'maps.Collect': 23,
  'slices.All': 23, 'slices.Backward': 23, 'slices.Values': 23, 'slices.AppendSeq': 23, 'slices.Collect': 23,
  'slices.Sorted': 23, 'slices.SortedFunc': 23, 'slices.SortedStableFunc': 23, 'slices.Chunk': 23, 'slices.Repeat': 23,
  'slices.Concat': 22,
  'sync.OnceFunc': 21, 'sync.OnceValue': 21, 'sync.OnceValues': 21,
  'errors.Join': 20, 'errors.ErrUnsupported': 21,
  'strings.CutPrefix': 20, 'strings.CutSuffix': 20, 'strings.Lines': 24, 'strings.SplitSeq': 24, 'strings.FieldsSeq': 24,
  'sync/atomic.And': 23, 'sync/atomic.Or': 23,
  'time.DateTime': 20, 'time.DateOnly': 20, 'time.TimeOnly': 20,
  'context.WithCancelCause': 20, 'context.Cause': 20, 'context.AfterFunc': 21, 'context.WithoutCancel': 21,
};

/** False when Go 1.`minor` has no package at `path` (it came later). */
export function packageInVersion(path: string, minor: number): boolean {
  return (packageSince[path] ?? 0) <= minor;
}

/** False when Go 1.`minor`'s package `path` has no member `name` yet. */
export function memberInVersion(path: string, name: string, minor: number): boolean {
  return (memberSince[`${path}.${name}`] ?? 0) <= minor;
}
