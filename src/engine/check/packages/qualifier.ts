// How gc qualifies std types in messages: by package name, or by quoted path when two imported packages share a name.
//
// types2 prints `atomic.Int64` for a program that imports only sync/atomic, but `"sync/atomic".Int64` as
// soon as it also imports almost anything else (sync, fmt, errors, …): those reach the runtime's own
// `internal/runtime/atomic`, and a package name that stands for two paths anywhere in the import
// graph is printed as the quoted path (types2's Checker.qualifier and markImports). The data below is
// each supported package's import closure restricted to the paths whose names collide, from
// `go list -deps` on Go 1.23; no other package names collide among the packages the lab supports.
import type { Qualifier } from '../type-string.ts';

const closure: Record<string, readonly string[]> = {
  'cmp': [],
  'errors': ['internal/runtime/atomic', 'runtime/internal/math'],
  'fmt': ['internal/runtime/atomic', 'runtime/internal/math', 'math', 'sync/atomic'],
  'hash': ['internal/runtime/atomic', 'runtime/internal/math', 'sync/atomic'],
  'hash/fnv': ['internal/runtime/atomic', 'runtime/internal/math', 'sync/atomic'],
  'io': ['internal/runtime/atomic', 'runtime/internal/math', 'sync/atomic'],
  'maps': ['internal/runtime/atomic', 'runtime/internal/math'],
  'math': ['math'],
  'math/rand': ['internal/runtime/atomic', 'runtime/internal/math', 'sync/atomic', 'math'],
  'os': ['internal/runtime/atomic', 'runtime/internal/math', 'sync/atomic'],
  'runtime': ['internal/runtime/atomic', 'runtime/internal/math'],
  'slices': ['internal/runtime/atomic', 'runtime/internal/math'],
  'sort': ['internal/runtime/atomic', 'runtime/internal/math'],
  'strconv': ['internal/runtime/atomic', 'runtime/internal/math', 'math'],
  'strings': ['internal/runtime/atomic', 'runtime/internal/math', 'sync/atomic'],
  'sync': ['internal/runtime/atomic', 'runtime/internal/math', 'sync/atomic'],
  'sync/atomic': ['sync/atomic'],
  'time': ['internal/runtime/atomic', 'runtime/internal/math', 'sync/atomic'],
  'unicode': [],
  'unicode/utf8': [],
};

const nameOf: Record<string, string> = {
  'internal/runtime/atomic': 'atomic',
  'sync/atomic': 'atomic',
  'runtime/internal/math': 'math',
  'math': 'math',
};

/** Whether the table knows this package's import graph (every supported package must be known). */
export function hasImportClosure(path: string): boolean {
  return Object.prototype.hasOwnProperty.call(closure, path);
}

function packageName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/**
 * The qualifier gc uses in messages for a file with these imports: the learner's package unqualified,
 * a std package by its name, or by its quoted path when that name is ambiguous in the import graph.
 * @example gcQualifier(['fmt', 'sync/atomic'])('sync/atomic') // '"sync/atomic"'
 */
export function gcQualifier(importPaths: Iterable<string>): Qualifier {
  const pathsByName = new Map<string, Set<string>>();
  for (const imp of importPaths) {
    const reach = Object.prototype.hasOwnProperty.call(closure, imp) ? closure[imp] : [];
    for (const p of [imp, ...reach]) {
      const name = nameOf[p] ?? packageName(p);
      let set = pathsByName.get(name);
      if (!set) pathsByName.set(name, (set = new Set()));
      set.add(p);
    }
  }
  return (path) => {
    if (path === 'main') return '';
    const name = packageName(path);
    return (pathsByName.get(name)?.size ?? 0) > 1 ? JSON.stringify(path) : name;
  };
}
