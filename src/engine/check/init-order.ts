// Package initialization order (spec "Package initialization"): a variable is initialised after the
// variables its initialiser depends on, directly or through the functions it calls; otherwise in
// declaration order.
import type { Checker } from './context.ts';
import type { Obj, Var } from './types.ts';

export function computeInitOrder(c: Checker, order: Obj[]): void {
  const vars = order.filter((o): o is Var => o.kind === 'Var');
  const done = new Set<Obj>();
  const emitted = new Set<Var>();
  // Transitive variable dependencies, following references through functions (not through vars).
  const varDeps = new Map<Var, Set<Var>>();
  for (const v of vars) {
    const out = new Set<Var>();
    const seen = new Set<Obj>();
    const stack: Obj[] = [...(c.decls.get(v)?.deps ?? [])];
    while (stack.length > 0) {
      const o = stack.pop()!;
      if (seen.has(o)) continue;
      seen.add(o);
      if (o.kind === 'Var' && o.isGlobal) {
        if (o !== v) out.add(o);
        else out.add(o); // self-dependency: an initialization cycle
        continue;
      }
      if (o.kind === 'Func') for (const d of c.decls.get(o)?.deps ?? []) stack.push(d);
    }
    varDeps.set(v, out);
  }
  let remaining = vars.slice();
  while (remaining.length > 0) {
    const next = remaining.find((v) => [...(varDeps.get(v) ?? [])].every((d) => d !== v && (emitted.has(d) || !varDeps.has(d))));
    if (!next) {
      const v = remaining[0];
      c.error('init_cycle', { pos: v.pos, end: v.pos + v.name.length }, v.name);
      break;
    }
    const info = c.decls.get(next);
    const group = info?.lhs ?? [next];
    for (const g of group) {
      emitted.add(g);
      done.add(g);
    }
    remaining = remaining.filter((r) => !emitted.has(r));
    if (group.some((g) => g.name !== '_') || info?.init) {
      c.info.initOrder.push(group);
      c.info.initExprs.push(info?.init ?? null);
    }
  }
}
