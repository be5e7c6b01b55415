// Expressions as go vet quotes them in copylocks messages (`call of fmt.Println …`, `assignment … to s.items[i]`).
//
// vet prints the expression with go/printer, i.e. gofmt's layout. The expressions vet quotes are callees,
// assignment targets, range variables and literal elements: names, selectors, index expressions,
// dereferences. For those, gofmt's one visible rule is that a binary expression nested in an index or
// slice is written without spaces (`a[i+1]`) while one at the top or in call arguments keeps them.
// Anything rarer falls back to the project's Go printer.
import type { Expr } from '../../syntax/ast.ts';
import { exprString } from '../../syntax/print-go.ts';
import { tokenText } from '../../syntax/token.ts';

export function formatExpr(x: Expr, compact = false): string {
  switch (x.kind) {
    case 'Ident':
      return x.name;
    case 'BasicLit':
      return x.value;
    case 'ParenExpr':
      return `(${formatExpr(x.x, compact)})`;
    case 'SelectorExpr':
      return `${formatExpr(x.x, compact)}.${x.sel.name}`;
    case 'IndexExpr':
      return `${formatExpr(x.x, compact)}[${formatExpr(x.index, true)}]`;
    case 'SliceExpr': {
      const part = (e: Expr | null) => (e ? formatExpr(e, true) : '');
      return `${formatExpr(x.x, compact)}[${part(x.low)}:${part(x.high)}${x.slice3 ? ':' + part(x.max) : ''}]`;
    }
    case 'StarExpr':
      return '*' + formatExpr(x.x, compact);
    case 'UnaryExpr':
      return tokenText(x.op) + formatExpr(x.x, compact);
    case 'BinaryExpr': {
      const sep = compact ? '' : ' ';
      return `${formatExpr(x.x, compact)}${sep}${tokenText(x.op)}${sep}${formatExpr(x.y, compact)}`;
    }
    case 'CallExpr':
      return `${formatExpr(x.fun, compact)}(${x.args.map((a) => formatExpr(a)).join(', ')}${x.ellipsis !== null ? '...' : ''})`;
    case 'FuncLit':
      // gofmt keeps an empty body on the line: `call of func(x Counter) {} copies lock value`.
      return x.body.list.length === 0 ? `${exprString(x.type, false)} {}` : exprString(x, false);
    default:
      return exprString(x, false);
  }
}
