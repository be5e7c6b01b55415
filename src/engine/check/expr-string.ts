// Expressions as text, in the short form types2 uses inside messages (function bodies and
// non-empty composite literal elements are elided as `{…}`).
import type { Expr, Field, FieldList } from '../syntax/ast.ts';
import { tokenText } from '../syntax/token.ts';

export function exprString(e: Expr): string {
  switch (e.kind) {
    case 'Ident':
      return e.name;
    case 'BasicLit':
      return e.value;
    case 'BadExpr':
      return 'BadExpr';
    case 'Ellipsis':
      return '...' + (e.elt ? exprString(e.elt) : '');
    case 'FuncLit':
      return exprString(e.type) + (e.body.list.length > 0 ? ' {…}' : ' {}');
    case 'CompositeLit':
      return (e.type ? exprString(e.type) : '') + (e.elts.length > 0 ? '{…}' : '{}');
    case 'ParenExpr':
      return `(${exprString(e.x)})`;
    case 'SelectorExpr':
      return `${exprString(e.x)}.${e.sel.name}`;
    case 'IndexExpr':
      return `${exprString(e.x)}[${exprString(e.index)}]`;
    case 'SliceExpr': {
      let s = `${exprString(e.x)}[${e.low ? exprString(e.low) : ''}:${e.high ? exprString(e.high) : ''}`;
      if (e.slice3) s += ':' + (e.max ? exprString(e.max) : '');
      return s + ']';
    }
    case 'TypeAssertExpr':
      return `${exprString(e.x)}.(${e.type ? exprString(e.type) : 'type'})`;
    case 'CallExpr':
      return `${exprString(e.fun)}(${e.args.map(exprString).join(', ')}${e.ellipsis !== null ? '...' : ''})`;
    case 'StarExpr':
      return '*' + exprString(e.x);
    case 'UnaryExpr':
      return tokenText(e.op) + exprString(e.x);
    case 'BinaryExpr':
      return `${exprString(e.x)} ${tokenText(e.op)} ${exprString(e.y)}`;
    case 'KeyValueExpr':
      return `${exprString(e.key)}: ${exprString(e.value)}`;
    case 'ArrayType':
      return `[${e.len ? exprString(e.len) : ''}]${exprString(e.elt)}`;
    case 'StructType':
      return `struct{${e.fields.list.map(fieldString).join('; ')}}`;
    case 'FuncType': {
      let s = 'func' + paramsString(e.params);
      if (e.results && e.results.list.length > 0) {
        const r = e.results.list;
        s += r.length === 1 && r[0].names.length === 0 ? ' ' + exprString(r[0].type) : ' ' + paramsString(e.results);
      }
      return s;
    }
    case 'InterfaceType':
      return `interface{${e.methods.list
        .map((f) => (f.names.length > 0 && f.type.kind === 'FuncType' ? f.names[0].name + exprString(f.type).slice(4) : exprString(f.type)))
        .join('; ')}}`;
    case 'MapType':
      return `map[${exprString(e.key)}]${exprString(e.value)}`;
    case 'ChanType':
      return (e.dir === 'send' ? 'chan<- ' : e.dir === 'recv' ? '<-chan ' : 'chan ') + exprString(e.value);
  }
}

function fieldString(f: Field): string {
  const names = f.names.map((n) => n.name).join(', ');
  return (names ? names + ' ' : '') + exprString(f.type) + (f.tag ? ' ' + f.tag.value : '');
}

function paramsString(l: FieldList): string {
  return `(${l.list.map(fieldString).join(', ')})`;
}
