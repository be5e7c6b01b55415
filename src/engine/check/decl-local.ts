// Declarations inside function bodies: const, var and type declarations in a block scope.
import type { GenDecl, ValueSpec, Expr } from '../syntax/ast.ts';
import { declareLocal, initVars, pendingType } from './assign.ts';
import type { Checker } from './context.ts';
import { constDecl, inheritedConstSpec, declareTypeSpec, arity } from './decl.ts';
import { expr } from './expr.ts';
import { typExpr } from './typexpr.ts';
import { invalidType, isInvalid, newConst, newVar, type Var } from './types.ts';
import { unknownValue } from './constant-value.ts';

export function localDecl(c: Checker, d: GenDecl): void {
  let last: ValueSpec | null = null;
  for (const spec of d.specs) {
    if (spec.kind === 'TypeSpec') {
      declareTypeSpec(c, spec, c.scope, true);
      continue;
    }
    if (spec.kind !== 'ValueSpec') continue;
    if (d.tok === 'CONST') {
      const { typeExpr, values, inherited } = inheritedConstSpec(spec, last);
      if (!inherited || spec.values.length > 0) last = spec;
      arity(c, spec, values, true);
      const consts = spec.names.map((n, i) => {
        const k = newConst(n.name, invalidType, unknownValue, 'main', n.pos);
        constDecl(c, k, typeExpr, values[i] ?? null, spec.iota, inherited);
        c.info.defs.set(n, n.name === '_' ? null : k);
        return k;
      });
      for (const k of consts) {
        if (k.name === '_') continue;
        const prev = c.scope.insert(k);
        if (prev) redeclared(c, k.name, k.pos, prev.pos);
      }
      continue;
    }
    localVarSpec(c, spec);
  }
}

function redeclared(c: Checker, name: string, pos: number, prevPos: number): void {
  const p = c.file.position(prevPos);
  c.error('redeclared', { pos, end: pos + name.length }, name, `${c.file.name}:${p.line}:${p.column}`, name);
}

function localVarSpec(c: Checker, spec: ValueSpec): void {
  const t = spec.type ? typExpr(c, spec.type) : null;
  const vars: Var[] = spec.names.map((n) => {
    const v = newVar(n.name, t ?? pendingType, 'main', n.pos);
    c.info.defs.set(n, n.name === '_' ? null : v);
    return v;
  });
  varSpecInit(c, vars, spec, t !== null);
  for (const v of vars) {
    if (isInvalid(v.type) && v.type !== invalidType) v.type = invalidType;
    declareLocal(c, v);
  }
}

/** Initialises the variables of one var spec as go/types varDecl does (one init each, or one multi-value init). */
export function varSpecInit(c: Checker, vars: Var[], spec: ValueSpec, typed: boolean): void {
  const values = spec.values;
  if (values.length === 1 && vars.length > 1) {
    initVars(c, vars, values, null);
  } else {
    vars.forEach((v, i) => {
      const init = values[i] ?? null;
      if (init === null) {
        if (!typed) v.type = invalidType;
        return;
      }
      initVars(c, [v], [init], null, 'variable declaration');
    });
  }
  if (!typed || values.length > 0) arity(c, spec, values, false);
}

export function useExprs(c: Checker, es: Expr[]): void {
  for (const e of es) expr(c, e);
}
