// The position gc's syntax package gives a node (its Pos()), where that differs from the start.
//
// Most types2 errors point at the start of an expression, but a few are reported at the node's own
// position, which for `x + y` is the operator, for `f(x)` the `(`, for `a[i]` the `[` and for `x.f`
// the selector. Diagnostics that gc positions that way use this.
import type { Expr, Stmt } from '../syntax/ast.ts';

export function syntaxPos(n: Expr | Stmt): number {
  switch (n.kind) {
    case 'BinaryExpr': return n.opPos;
    case 'CallExpr': return n.lparen;
    case 'IndexExpr': case 'SliceExpr': return n.lbrack;
    case 'SelectorExpr': return n.sel.pos - 1;
    case 'CompositeLit': return n.lbrace;
    case 'KeyValueExpr': return n.colon;
    case 'ExprStmt': return syntaxPos(n.x);
    case 'AssignStmt': return n.tokPos;
    case 'SendStmt': return n.arrow;
    case 'IncDecStmt': return n.tokPos;
    default: return n.pos;
  }
}

/**
 * Where types2 reports an error "at" a node: syntax.StartPos, which walks to the leftmost part of
 * selectors, index expressions, assertions, binary operations, calls and typed composite literals,
 * but stops at nodes it does not correct: a slice expression (its `[`) and an untyped composite
 * literal (its `{`).
 */
export function startPos(n: Expr): number {
  switch (n.kind) {
    case 'SelectorExpr': case 'IndexExpr': case 'TypeAssertExpr':
      return startPos(n.x);
    case 'BinaryExpr':
      return startPos(n.x);
    case 'CallExpr':
      return startPos(n.fun);
    case 'CompositeLit':
      return n.type ? startPos(n.type) : n.lbrace;
    case 'SliceExpr':
      return n.lbrack;
    default:
      return n.pos;
  }
}
