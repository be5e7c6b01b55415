// iter.Seq[V] and iter.Seq2[K, V]: the iterator types maps.Keys, slices.Sorted and friends trade in.
//
// The checker has no generic types, so each instantiation is a Named type of package iter whose name
// carries its type arguments (`Seq[string]`, printed `iter.Seq[string]` as gc prints it) and whose
// underlying type is the function type Go defines: `func(yield func(V) bool)`. Instantiations are
// shared per argument type object, so `iter.Seq[string]` from maps.Keys is identical to the one
// slices.Sorted expects. Calling such a value needs no range-over-func; ranging over one does, and
// that stays unsupported.
import { typeString, type Qualifier } from '../type-string.ts';
import { newNamed, newParam, newSignature, type Named, type Type } from '../types.ts';
import { Typ } from '../universe.ts';

export interface IterInstance {
  origin: 'Seq' | 'Seq2';
  args: Type[];
}

const instances = new WeakMap<Named, IterInstance>();
const seqCache = new WeakMap<Type, Named>();
const seq2Cache = new WeakMap<Type, WeakMap<Type, Named>>();

/** Type arguments print fully qualified in the type's name; type-string.ts then adds `iter.` in front. */
const argQualifier: Qualifier = (path) => (path === 'main' ? '' : path.slice(path.lastIndexOf('/') + 1));

function make(origin: 'Seq' | 'Seq2', args: Type[]): Named {
  const name = `${origin}[${args.map((a) => typeString(a, argQualifier)).join(', ')}]`;
  const yieldSig = newSignature(args.map((a) => newParam('', a)), [newParam('', Typ.bool)]);
  const n = newNamed(name, 'iter', newSignature([newParam('yield', yieldSig)], []));
  instances.set(n, { origin, args });
  return n;
}

/** iter.Seq[v]. */
export function seqOf(v: Type): Named {
  let n = seqCache.get(v);
  if (!n) {
    n = make('Seq', [v]);
    seqCache.set(v, n);
  }
  return n;
}

/** iter.Seq2[k, v]. */
export function seq2Of(k: Type, v: Type): Named {
  let inner = seq2Cache.get(k);
  if (!inner) {
    inner = new WeakMap();
    seq2Cache.set(k, inner);
  }
  let n = inner.get(v);
  if (!n) {
    n = make('Seq2', [k, v]);
    inner.set(v, n);
  }
  return n;
}

/** The origin and type arguments of an iter instantiation, or undefined for any other type. */
export function iterInstance(t: Type): IterInstance | undefined {
  return t.kind === 'Named' ? instances.get(t) : undefined;
}

export function instantiateIter(origin: string, args: Type[]): Named | undefined {
  if (origin === 'Seq' && args.length === 1) return seqOf(args[0]);
  if (origin === 'Seq2' && args.length === 2) return seq2Of(args[0], args[1]);
  return undefined;
}
