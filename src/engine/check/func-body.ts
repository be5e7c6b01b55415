// Function bodies: the parameter scope, statements, missing return, labels and unused variables.
import type { BlockStmt, FuncLit } from '../syntax/ast.ts';
import type { Checker, FuncContext } from './context.ts';
import { checkBranches } from './labels.ts';
import { isTerminatingList } from './returns.ts';
import { Scope } from './scope.ts';
import { stmtList } from './stmt.ts';
import { reportUnusedVars } from './unused.ts';
import type { Signature, Var } from './types.ts';

export function funcBody(c: Checker, sig: Signature, params: Var[], results: Var[], body: BlockStmt, lit: FuncLit | null): void {
  const saved = { scope: c.scope, func: c.func, iota: c.iota };
  // A literal sees the enclosing function's scope; a declared function sees the package.
  const scope = new Scope(lit ? c.scope : c.fileScope, 'func');
  const fctx: FuncContext = { sig, lit, scope, parent: lit ? c.func : null, locals: [] };
  const decl = (v: Var) => {
    v.isParam = true;
    if (v.name === '' || v.name === '_') return;
    const prev = scope.insert(v);
    if (prev) {
      const p = c.file.position(prev.pos);
      c.error('redeclared', { pos: v.pos, end: v.pos + v.name.length }, v.name, `${c.file.name}:${p.line}:${p.column}`, v.name);
    }
    c.varOwner.set(v, fctx);
  };
  if (sig.recv) decl(sig.recv);
  params.forEach(decl);
  results.forEach(decl);
  c.scope = scope;
  c.func = fctx;
  c.iota = null;
  try {
    stmtList(c, body.list);
    checkBranches(c, body);
    if (sig.results.vars.length > 0 && !isTerminatingList(c.info, body.list, '')) {
      c.error('missing_return', { pos: body.rbrace, end: body.rbrace + 1 });
    }
    reportUnusedVars(c, fctx);
  } finally {
    c.scope = saved.scope;
    c.func = saved.func;
    c.iota = saved.iota;
  }
}
