// Package initialization order (spec "Package initialization"): a variable is initialised after the
// variables its initialiser depends on, directly or through the functions it calls; otherwise in
// declaration order. A dependency cycle is an error, reported as gc reports it.
import type { Checker } from './context.ts';
import type { Obj, Var } from './types.ts';

function isPkgLevel(c: Checker, o: Obj): boolean {
  return (o.kind === 'Var' || o.kind === 'Const' || o.kind === 'Func') && c.decls.has(o) && o.pkg === 'main';
}

function deps(c: Checker, o: Obj): Obj[] {
  return [...(c.decls.get(o)?.deps ?? [])].filter((d) => isPkgLevel(c, d));
}

/** A path from `from` back to `to` through dependencies, or null. */
function findPath(c: Checker, from: Obj, to: Obj, seen: Set<Obj>): Obj[] | null {
  if (seen.has(from)) return null;
  seen.add(from);
  for (const d of deps(c, from)) {
    if (d === to) return [from];
    const p = findPath(c, d, to, seen);
    if (p) return [from, ...p];
  }
  return null;
}

export function computeInitOrder(c: Checker, order: Obj[]): void {
  // Cycles through variables and constants (functions only carry dependencies along).
  const inCycle = new Set<Obj>();
  for (const o of order) {
    if ((o.kind !== 'Var' && o.kind !== 'Const') || inCycle.has(o)) continue;
    const cycle = findPath(c, o, o, new Set());
    if (!cycle) continue;
    for (const x of cycle) inCycle.add(x);
    const at = { pos: o.pos, end: o.pos + o.name.length };
    if (cycle.length === 1) {
      c.error('init_cycle_self', at, o.name);
      continue;
    }
    const where = (x: Obj) => {
      const p = c.file.position(x.pos);
      return `${c.file.name}:${p.line}:${p.column}`;
    };
    const lines = [...cycle.map((x) => `\t${where(x)}: ${x.name} refers to`), `\t${where(o)}: ${o.name}`];
    c.error('init_cycle', at, o.name, lines.join('\n'));
  }
  if (inCycle.size > 0) return;

  // Transitive variable dependencies, following references through functions (not through vars).
  const vars = order.filter((o): o is Var => o.kind === 'Var');
  const varDeps = new Map<Var, Set<Var>>();
  for (const v of vars) {
    const out = new Set<Var>();
    const seen = new Set<Obj>();
    const stack: Obj[] = deps(c, v);
    while (stack.length > 0) {
      const o = stack.pop()!;
      if (seen.has(o)) continue;
      seen.add(o);
      if (o.kind === 'Var') out.add(o);
      else if (o.kind === 'Func') stack.push(...deps(c, o));
    }
    varDeps.set(v, out);
  }
  const emitted = new Set<Var>();
  let remaining = vars.slice();
  while (remaining.length > 0) {
    const next = remaining.find((v) => [...(varDeps.get(v) ?? [])].every((d) => emitted.has(d) || d === v));
    if (!next) break; // unreachable after the cycle check; never loop forever
    const info = c.decls.get(next);
    const group = info?.lhs ?? [next];
    for (const g of group) emitted.add(g);
    remaining = remaining.filter((r) => !emitted.has(r));
    c.info.initOrder.push(group);
    c.info.initExprs.push(info?.init ?? null);
  }
}
