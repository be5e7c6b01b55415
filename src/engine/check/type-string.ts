// Types as text, printed the way gc's type checker (types2) prints them in messages.
//
// Examples: `[]int`, `map[string]int`, `func(x int) string`, `chan<- int`, `untyped int`,
// `interface{}` (written) vs `any` (the alias), `struct{a int; B string}`, `sync.Mutex`.
// Types of the learner's own package print unqualified (`Counter`) in checker messages, as types2
// does; pass `runtimeQualifier` to get `main.Counter` as the runtime prints it.
import { aliasOf, type Signature, type Tuple, type Type } from './types.ts';

/** Maps a package path to the prefix printed before its type names ('' for none). */
export type Qualifier = (pkgPath: string) => string;

/** Package names that denote more than one package among those the file's imports reach (see std-deps.ts). */
let ambiguousNames: ReadonlySet<string> = new Set();

/**
 * Sets the ambiguous package names for the file being checked (checking is synchronous: the checker
 * sets this on entry and clears it on exit).
 */
export function setAmbiguousPackageNames(names: ReadonlySet<string>): void {
  ambiguousNames = names;
}

/**
 * Checker messages: the learner's package is implicit; std packages by their name (`sync/atomic` →
 * `atomic`), or by their quoted path when that name is ambiguous (`"sync/atomic".Int64`), as types2 does.
 */
export const checkerQualifier: Qualifier = (path) => {
  if (path === 'main') return '';
  const name = packageName(path);
  return ambiguousNames.has(name) ? JSON.stringify(path) : name;
};

/** Runtime messages (`interface conversion: … is main.Counter`): every package by its name. */
export const runtimeQualifier: Qualifier = (path) => packageName(path);

export function packageName(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? path : path.slice(i + 1);
}

export function typeString(t: Type, q: Qualifier = checkerQualifier): string {
  return write(t, q, new Set());
}

function write(t: Type, q: Qualifier, seen: Set<Type>): string {
  const alias = aliasOf(t);
  if (alias) {
    const pkg = alias.pkg === null ? '' : q(alias.pkg);
    return pkg ? `${pkg}.${alias.name}` : alias.name;
  }
  switch (t.kind) {
    case 'Basic':
      return t.name;
    case 'Named': {
      const pkg = t.obj.pkg === null ? '' : q(t.obj.pkg);
      return pkg ? `${pkg}.${t.obj.name}` : t.obj.name;
    }
    case 'Pointer':
      return '*' + write(t.elem, q, seen);
    case 'Slice':
      return '[]' + write(t.elem, q, seen);
    case 'Array':
      return `[${t.len < 0 ? '?' : t.len}]` + write(t.elem, q, seen);
    case 'Map':
      return `map[${write(t.key, q, seen)}]${write(t.elem, q, seen)}`;
    case 'Chan': {
      const prefix = t.dir === 'send' ? 'chan<- ' : t.dir === 'recv' ? '<-chan ' : 'chan ';
      // `chan (<-chan int)`: without parentheses the element would bind to the outer arrow.
      const paren = t.dir === 'both' && t.elem.kind === 'Chan' && t.elem.dir === 'recv';
      const elem = write(t.elem, q, seen);
      return prefix + (paren ? `(${elem})` : elem);
    }
    case 'Struct': {
      if (seen.has(t)) return 'struct{…}';
      seen.add(t);
      const parts = t.fields.map((f, i) => {
        let s = f.embedded ? write(f.type, q, seen) : `${f.name} ${write(f.type, q, seen)}`;
        const tag = t.tags[i];
        if (tag !== null && tag !== undefined) s += ' ' + JSON.stringify(tag);
        return s;
      });
      seen.delete(t);
      return `struct{${parts.join('; ')}}`;
    }
    case 'Tuple':
      return tupleString(t, false, q, seen);
    case 'Signature':
      return 'func' + signatureString(t, q, seen);
    case 'Interface': {
      if (t.isAny) return 'any';
      if (seen.has(t)) return 'interface{…}';
      seen.add(t);
      const parts = [
        ...t.methods.map((m) => m.name + signatureString(m.type, q, seen)),
        ...t.embeddeds.map((e) => write(e, q, seen)),
      ];
      seen.delete(t);
      return `interface{${parts.join('; ')}}`;
    }
  }
}

/**
 * `(x int, y ...string) (int, error)` — the part of a func type after `func`. Without names
 * (`paramNames` false) as in the have/want lines of "does not implement" messages.
 */
export function signatureString(s: Signature, q: Qualifier = checkerQualifier, seen: Set<Type> = new Set(), paramNames = true): string {
  let out = tupleString(s.params, s.variadic, q, seen, paramNames);
  const res = s.results.vars;
  if (res.length === 1 && (res[0].name === '' || !paramNames)) out += ' ' + write(res[0].type, q, seen);
  else if (res.length > 0) out += ' ' + tupleString(s.results, false, q, seen, paramNames);
  return out;
}

function tupleString(t: Tuple, variadic: boolean, q: Qualifier, seen: Set<Type>, paramNames = true): string {
  const parts = t.vars.map((v, i) => {
    let ts: string;
    if (variadic && i === t.vars.length - 1 && v.type.kind === 'Slice') ts = '...' + write(v.type.elem, q, seen);
    else ts = write(v.type, q, seen);
    return v.name && paramNames ? `${v.name} ${ts}` : ts;
  });
  return `(${parts.join(', ')})`;
}
