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
