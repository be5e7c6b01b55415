// Where a type holds a lock, as go vet's copylocks check finds it (its lockPath, Go 1.23).
//
// A type "contains a lock" when it is a struct whose pointer is a sync.Locker but whose value is not
// (sync.Mutex, sync.RWMutex, and every type with a `noCopy` marker: WaitGroup, Cond, the typed
// atomics), or a struct or array with such a thing inside by value. The answer is the chain vet
// prints, outermost first: `main.Counter contains sync.Mutex`. Pointers, slices,
// maps, channels and interfaces are safe to copy and end the search.
import { missingMethod } from '../method-sets.ts';
import { typeString, type Qualifier } from '../type-string.ts';
import { newFunc, newInterface, newPointer, newSignature, under, type Interface, type Type } from '../types.ts';

/** sync.Locker's method set, built here as vet builds it (vet does not import package sync either). */
const lockerType: Interface = newInterface([
  newFunc('Lock', newSignature([], []), null),
  newFunc('Unlock', newSignature([], []), null),
]);

function implementsLocker(t: Type): boolean {
  return missingMethod(t, lockerType) === null;
}

/**
 * vet prints types with go/types' default qualifier: every package by its full path, the learner's
 * package included (`main.Counter` in a module named main, `command-line-arguments.Counter` for
 * `go vet prog.go`); the caller picks which.
 */
export function vetQualifier(mainPath: string): Qualifier {
  return (path) => (path === 'main' ? mainPath : path);
}

/** The lock chain in t, innermost last (`["Counter", "sync.Mutex"]` as printed), or null when t holds no lock. */
export function lockPath(t: Type | null | undefined, q: Qualifier, seen: Set<Type> = new Set()): string[] | null {
  if (!t || seen.has(t)) return null;
  seen.add(t);
  let typ: Type = t;
  // An array of locks copies each lock; vet names the element type and not the array.
  for (let i = 0; i < 100; i++) {
    const u = under(typ);
    if (u.kind !== 'Array') break;
    typ = u.elem;
  }
  const u = under(typ);
  if (u.kind === 'Tuple') {
    for (const v of u.vars) {
      const sub = lockPath(v.type, q, seen);
      if (sub) return [typeString(typ, q), ...sub];
    }
    return null;
  }
  if (u.kind !== 'Struct') return null;
  if (implementsLocker(newPointer(typ)) && !implementsLocker(typ)) return [typeString(typ, q)];
  for (const f of u.fields) {
    const sub = lockPath(f.type, q, seen);
    if (sub) return [typeString(typ, q), ...sub];
  }
  return null;
}

/** `a contains b contains c`, as vet joins the chain. */
export function lockPathString(path: string[]): string {
  return path.join(' contains ');
}
