// Type inference for the generic std functions (slices.*, maps.*), following types2's infer.go closely enough
// to give gc's results and gc's words for the shapes these functions have.
//
// The checker has no type parameters; a generic std function is a Func carrying a GenericHook. For a call,
// the hook infers the type arguments from the argument types as gc does — (1) unify parameter and
// argument types for typed arguments, (2) unify each type parameter with its constraint's core type
// (`S ~[]E` yields E from S), (3) give the rest the default type of their untyped arguments — then
// verifies the constraints and returns the instantiated signature. The checker then applies the
// ordinary argument rules, so `slices.Contains(s, "a")` gets gc's usual "cannot use … in argument to"
// message. Errors found during inference are prefixed "in call to slices.X, " as gc prefixes them;
// constraint violations found afterwards are not.
import type { Expr } from '../../syntax/ast.ts';
import { exprString } from '../expr-string.ts';
import { comparable, defaultType, identical, isUntyped } from '../predicates.ts';
import { typeString } from '../type-string.ts';
import {
  newArray, newChan, newMap, newParam, newPointer, newSignature, newSlice, newStruct, newTuple, under,
  type GenericArg, type GenericHook, type GenericResult, type Named, type Signature, type Type,
} from '../types.ts';
import type { GenericDecl, TypeParamDecl } from './decl-reader.ts';
import type { HookFactory } from './define-package.ts';
import { instantiateIter, iterInstance } from './iter.ts';

/**
 * An argument as the hook would like to see it: with its expression, for messages such as
 * `type []string of []string{} does not match inferred type []int for S`. Without it the type is shown.
 */
export interface GenericArgWithExpr extends GenericArg {
  expr?: Expr | null;
}

/** `cmp.Ordered`'s type set, as gc lists it when a type is not in it. */
const orderedTerms = '~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr | ~float32 | ~float64 | ~string';
const orderedKinds = new Set(['int', 'int8', 'int16', 'int32', 'int64', 'uint', 'uint8', 'uint16', 'uint32', 'uint64', 'uintptr', 'float32', 'float64', 'string']);

class Inference {
  readonly bound = new Map<Named, Type>();
  readonly tps: Set<Named>;

  constructor(readonly decl: GenericDecl) {
    this.tps = new Set(decl.tparams.map((p) => p.type));
  }

  /** Not a type guard on purpose: a Type that is not a parameter may still be a Named. */
  isTP(t: Type): boolean {
    return t.kind === 'Named' && this.tps.has(t);
  }

  mentions(t: Type, depth = 0): boolean {
    if (depth > 20) return false;
    switch (t.kind) {
      case 'Named': return this.tps.has(t) || (iterInstance(t)?.args.some((a) => this.mentions(a, depth + 1)) ?? false);
      case 'Pointer': case 'Slice': case 'Array': case 'Chan': return this.mentions(t.elem, depth + 1);
      case 'Map': return this.mentions(t.key, depth + 1) || this.mentions(t.elem, depth + 1);
      case 'Signature': return this.mentions(t.params, depth + 1) || this.mentions(t.results, depth + 1);
      case 'Tuple': return t.vars.some((v) => this.mentions(v.type, depth + 1));
      case 'Struct': return t.fields.some((f) => this.mentions(f.type, depth + 1));
      default: return false;
    }
  }

  /** Inexact unification as types2 does it for inference: binds type parameters as it goes, never undoes. */
  unify(x: Type, y: Type, depth = 0): boolean {
    if (depth > 40) return false;
    if (this.isTP(y) && !this.isTP(x)) [x, y] = [y, x];
    if (x.kind === 'Named' && this.tps.has(x)) {
      if (x === y) return true;
      const bx = this.bound.get(x);
      if (!bx) {
        this.bound.set(x, y);
        return true;
      }
      if (!this.unify(bx, y, depth + 1)) return false;
      // A defined type wins over a type literal: Clone(MyInts) returns MyInts, not []int.
      if (y.kind === 'Named' && bx.kind !== 'Named') this.bound.set(x, y);
      return true;
    }
    // Two instantiations of the same iterator type unify by their type arguments.
    const ix = iterInstance(x);
    const iy = iterInstance(y);
    if (ix && iy) return ix.origin === iy.origin && ix.args.every((a, i) => this.unify(a, iy.args[i], depth + 1));
    // A defined type matches a type literal through its underlying type.
    if ((x.kind === 'Named') !== (y.kind === 'Named') && x.kind !== 'Basic' && y.kind !== 'Basic') {
      return this.unify(x.kind === 'Named' ? under(x) : x, y.kind === 'Named' ? under(y) : y, depth + 1);
    }
    if (x.kind !== y.kind) return false;
    switch (x.kind) {
      case 'Basic': return x.basic === (y as typeof x).basic;
      case 'Named': return x === y;
      case 'Pointer': case 'Slice': return this.unify(x.elem, (y as typeof x).elem, depth + 1);
      case 'Array': return x.len === (y as typeof x).len && this.unify(x.elem, (y as typeof x).elem, depth + 1);
      case 'Map': return this.unify(x.key, (y as typeof x).key, depth + 1) && this.unify(x.elem, (y as typeof x).elem, depth + 1);
      case 'Chan': {
        const yc = y as typeof x;
        return (x.dir === yc.dir || x.dir === 'both' || yc.dir === 'both') && this.unify(x.elem, yc.elem, depth + 1);
      }
      case 'Tuple': {
        const yt = y as typeof x;
        return x.vars.length === yt.vars.length && x.vars.every((v, i) => this.unify(v.type, yt.vars[i].type, depth + 1));
      }
      case 'Signature': {
        const ys = y as typeof x;
        return x.variadic === ys.variadic && this.unify(x.params, ys.params, depth + 1) && this.unify(x.results, ys.results, depth + 1);
      }
      case 'Struct': {
        const ys = y as typeof x;
        return x.fields.length === ys.fields.length &&
          x.fields.every((f, i) => f.name === ys.fields[i].name && f.embedded === ys.fields[i].embedded && this.unify(f.type, ys.fields[i].type, depth + 1));
      }
      case 'Interface': return identical(x, y);
    }
  }

  /** Replaces inferred type parameters in t (unknown ones stay as they are). */
  subst(t: Type, depth = 0): Type {
    if (depth > 20 || !this.mentions(t)) return t;
    switch (t.kind) {
      case 'Named': {
        const it = iterInstance(t);
        if (it) return instantiateIter(it.origin, it.args.map((a) => this.subst(a, depth + 1))) ?? t;
        const b = this.bound.get(t);
        return b && b !== t ? this.subst(b, depth + 1) : t;
      }
      case 'Pointer': return newPointer(this.subst(t.elem, depth + 1));
      case 'Slice': return newSlice(this.subst(t.elem, depth + 1));
      case 'Array': return newArray(this.subst(t.elem, depth + 1), t.len);
      case 'Chan': return newChan(t.dir, this.subst(t.elem, depth + 1));
      case 'Map': return newMap(this.subst(t.key, depth + 1), this.subst(t.elem, depth + 1));
      case 'Tuple': return newTuple(t.vars.map((v) => ({ ...v, type: this.subst(v.type, depth + 1) })));
      case 'Signature': return this.substSig(t, depth);
      case 'Struct': return newStruct(t.fields.map((f) => ({ ...f, type: this.subst(f.type, depth + 1) })), t.tags);
      default: return t;
    }
  }

  substSig(s: Signature, depth = 0): Signature {
    const ps = s.params.vars.map((v) => newParam(v.name, this.subst(v.type, depth + 1), v.pkg));
    const rs = s.results.vars.map((v) => newParam(v.name, this.subst(v.type, depth + 1), v.pkg));
    return newSignature(ps, rs, s.variadic);
  }
}

function constraintString(c: TypeParamDecl['constraint'], inf?: Inference): string {
  if (!c.core) return c.name;
  return '~' + typeString(inf ? inf.subst(c.core) : c.core);
}

/** `S and E`, `M, K, and V` — types2's typeParamsString. */
function tparamsString(names: string[]): string {
  if (names.length <= 1) return names.join('');
  if (names.length === 2) return `${names[0]} and ${names[1]}`;
  return `${names.slice(0, -1).join(', ')}, and ${names[names.length - 1]}`;
}

/** The order types2 uses to pick the "larger" of two untyped numeric kinds. */
const untypedRank: Record<string, number> = { 'untyped int': 1, 'untyped rune': 2, 'untyped float': 3, 'untyped complex': 4 };

function maxUntyped(a: Type, b: Type): Type | null {
  if (a.kind !== 'Basic' || b.kind !== 'Basic') return null;
  if (a.basic === b.basic) return a;
  const ra = untypedRank[a.basic];
  const rb = untypedRank[b.basic];
  if (ra === undefined || rb === undefined) return null;
  return ra >= rb ? a : b;
}

/** Why t does not satisfy the constraint, or null when it does (types2's verify after inference). */
function unsatisfied(t: Type, tp: TypeParamDecl, inf: Inference): string | null {
  const ts = typeString(t);
  const c = tp.constraint;
  if (c.core) {
    const core = inf.subst(c.core);
    return identical(under(t), core) ? null : `${ts} does not satisfy ~${typeString(core)} (${ts} missing in ~${typeString(core)})`;
  }
  if (c.name === 'comparable') return comparable(t) ? null : `${ts} does not satisfy comparable`;
  if (c.name === 'cmp.Ordered') {
    const u = under(t);
    return u.kind === 'Basic' && orderedKinds.has(u.basic) ? null : `${ts} does not satisfy cmp.Ordered (${ts} missing in ${orderedTerms})`;
  }
  return null;
}

/** How gc prints the generic function's type: `func[S ~[]E, E comparable](s S, v E) bool`. */
function genericTypeString(decl: GenericDecl): string {
  const groups: string[] = [];
  let names: string[] = [];
  decl.tparams.forEach((tp, i) => {
    names.push(tp.type.obj.name);
    const next = decl.tparams[i + 1];
    if (!next || next.constraint !== tp.constraint) {
      groups.push(`${names.join(', ')} ${constraintString(tp.constraint)}`);
      names = [];
    }
  });
  return `func[${groups.join(', ')}]` + typeString(decl.sig).slice('func'.length);
}

/**
 * Makes the hook factory for a package's generic functions. `where` gives each function's declaration in
 * Go 1.23's source tree as `file.go:line` (gc cites it in "cannot infer S ($GOROOT/src/slices/slices.go:348:12)").
 */
export function genericHooks(where: Record<string, string>): HookFactory {
  return (decl, pkgPath) => {
    const callName = `${pkgPath.slice(pkgPath.lastIndexOf('/') + 1)}.${decl.name}`;
    const srcPos = (tp: TypeParamDecl) => `$GOROOT/src/${pkgPath}/${where[decl.name] ?? '?'}:${tp.col}`;
    const hook: GenericHook = {
      typeString: genericTypeString(decl),
      instantiate: (args, hasEllipsis) => instantiate(decl, callName, srcPos, args, hasEllipsis),
    };
    return hook;
  };
}

function instantiate(
  decl: GenericDecl,
  callName: string,
  srcPos: (tp: TypeParamDecl) => string,
  args: GenericArgWithExpr[],
  hasEllipsis: boolean,
): GenericResult {
  const params = decl.sig.params.vars;
  const variadic = decl.sig.variadic;
  // Wrong argument count: hand back the uninstantiated signature, so the checker's usual count error
  // prints gc's `want (S, E)` from it.
  const countOk = variadic && !hasEllipsis ? args.length >= params.length - 1 : args.length === params.length;
  if (!countOk) return { ok: true, signature: decl.sig };
  // An invalid argument was reported already: like types2, infer nothing and say nothing more.
  if (args.some((a) => a.type.kind === 'Basic' && a.type.basic === 'invalid')) return { ok: true, signature: decl.sig };

  const inf = new Inference(decl);
  const fail = (message: string, argIndex: number): GenericResult => ({ ok: false, message: `in call to ${callName}, ${message}`, argIndex });
  const paramType = (i: number): Type => {
    if (variadic && !hasEllipsis && i >= params.length - 1) {
      const last = params[params.length - 1].type;
      return last.kind === 'Slice' ? last.elem : last;
    }
    return params[i].type;
  };
  const argText = (a: GenericArgWithExpr) => (a.expr ? exprString(a.expr) : typeString(a.type));

  // (1) typed arguments
  const untypedArgs: number[] = [];
  for (let i = 0; i < args.length; i++) {
    const par = paramType(i);
    const arg = args[i];
    if (!inf.mentions(par)) continue;
    if (!arg.untyped && !isUntyped(arg.type)) {
      if (!inf.unify(par, arg.type)) {
        const known = decl.tparams.map((tp) => inf.bound.get(tp.type));
        const targ = typeString(arg.type);
        if (known.every((k) => k === undefined)) {
          return fail(`type ${targ} of ${argText(arg)} does not match ${typeString(par)} (cannot infer ${tparamsString(decl.tparams.map((t) => t.type.obj.name))})`, i);
        }
        // types2 compares the substituted type with the parameter type: did inference change anything?
        const inferred = inf.subst(par);
        return typeString(inferred) !== typeString(par)
          ? fail(`type ${targ} of ${argText(arg)} does not match inferred type ${typeString(inferred)} for ${typeString(par)}`, i)
          : fail(`type ${targ} of ${argText(arg)} does not match ${typeString(par)}`, i);
      }
    } else if (inf.isTP(par) && !(arg.type.kind === 'Basic' && arg.type.basic === 'untyped nil')) untypedArgs.push(i);
  }

  // (2) core types of the constraints, as long as that makes progress
  for (let round = 0; round < decl.tparams.length + 1; round++) {
    const before = inf.bound.size;
    for (const tp of decl.tparams) {
      const core = tp.constraint.core;
      const tx = inf.bound.get(tp.type);
      if (core && tx && !inf.unify(tx, core)) {
        return fail(`${tp.type.obj.name} (type ${typeString(tx)}) does not satisfy ${constraintString(tp.constraint)}`, -1);
      }
    }
    if (inf.bound.size === before) break;
  }

  // (3) untyped constants: the largest kind among a parameter's arguments, then its default type
  const maxByTP = new Map<Named, Type>();
  for (const i of untypedArgs) {
    const tp = paramType(i) as Named;
    if (inf.bound.has(tp)) continue;
    const prev = maxByTP.get(tp);
    if (!prev) maxByTP.set(tp, args[i].type);
    else {
      const m = maxUntyped(prev, args[i].type);
      if (!m) return fail(`mismatched types ${typeString(prev)} and ${typeString(args[i].type)} (cannot infer ${tp.obj.name})`, i);
      maxByTP.set(tp, m);
    }
  }
  for (const [tp, t] of maxByTP) inf.bound.set(tp, defaultType(t));

  // Every type parameter must now be known and free of other type parameters.
  const targs: Type[] = [];
  for (const tp of decl.tparams) {
    const t = inf.bound.get(tp.type);
    const full = t ? inf.subst(t) : undefined;
    if (!full || inf.mentions(full)) return fail(`cannot infer ${tp.type.obj.name} (${srcPos(tp)})`, -1);
    targs.push(full);
  }
  decl.tparams.forEach((tp, i) => inf.bound.set(tp.type, targs[i]));

  // Verification: each type argument must satisfy its constraint (no "in call to" prefix, as in gc).
  for (let i = 0; i < decl.tparams.length; i++) {
    const why = unsatisfied(targs[i], decl.tparams[i], inf);
    if (why) return { ok: false, message: why, argIndex: -1 };
  }
  return { ok: true, signature: inf.substSig(decl.sig) };
}
