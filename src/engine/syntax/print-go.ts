// The Go source printer: AST → Go text, for round-trip tests and for quoting code in messages.
//
// Output is gofmt-like (tabs, one statement per line) but not gofmt-exact: comments are dropped
// and alignment is not attempted. Parentheses come only from ParenExpr nodes, which the parser
// always keeps, so printing then reparsing yields the same tree. The `short` form abbreviates
// function bodies and composite literal contents as `{…}`, the way gc quotes code in errors
// ("cannot use x := T{…} as value").
import type { BlockStmt, Decl, Expr, Field, FieldList, File, FuncType, Spec, Stmt } from './ast.ts';
import { tokenText } from './token.ts';

interface Options {
  short: boolean;
}

/** One expression on one line; `short` (the default) abbreviates bodies like gc's messages. */
export function exprString(x: Expr, short = true): string {
  return expr(x, { short });
}

/** A simple statement (assignment, send, inc/dec, expression) on one line, short form. */
export function stmtString(s: Stmt): string {
  return stmt(s, 0, { short: true });
}

/** A whole file as Go source. */
export function printFile(f: File): string {
  const o = { short: false };
  const out: string[] = [`package ${f.name.name}`];
  for (const d of f.decls) out.push('', decl(d, 0, o));
  return out.join('\n') + '\n';
}

function indent(n: number): string {
  return '\t'.repeat(n);
}

function list(xs: Expr[], o: Options): string {
  return xs.map((x) => expr(x, o)).join(', ');
}

function expr(x: Expr, o: Options): string {
  switch (x.kind) {
    case 'Ident': return x.name;
    case 'BasicLit': return x.value;
    case 'BadExpr': return '_';
    case 'Ellipsis': return x.elt ? '...' + expr(x.elt, o) : '...';
    case 'FuncLit': return funcType(x.type, 'func', o) + ' ' + (o.short ? '{…}' : block(x.body, 0, o));
    case 'CompositeLit': {
      const t = x.type ? expr(x.type, o) : '';
      if (o.short) return t + '{…}';
      return `${t}{${list(x.elts, o)}}`;
    }
    case 'ParenExpr': return `(${expr(x.x, o)})`;
    case 'SelectorExpr': return `${expr(x.x, o)}.${x.sel.name}`;
    case 'IndexExpr': return `${expr(x.x, o)}[${list([x.index, ...(x.extraIndices ?? [])], o)}]`;
    case 'SliceExpr': {
      let s = `${expr(x.x, o)}[${x.low ? expr(x.low, o) : ''}:${x.high ? expr(x.high, o) : ''}`;
      if (x.slice3) s += ':' + (x.max ? expr(x.max, o) : '');
      return s + ']';
    }
    case 'TypeAssertExpr': return `${expr(x.x, o)}.(${x.type ? expr(x.type, o) : 'type'})`;
    case 'CallExpr': return `${expr(x.fun, o)}(${list(x.args, o)}${x.ellipsis !== null ? '...' : ''})`;
    case 'StarExpr': return '*' + expr(x.x, o);
    case 'UnaryExpr': return tokenText(x.op) + expr(x.x, o);
    case 'BinaryExpr': return `${expr(x.x, o)} ${tokenText(x.op)} ${expr(x.y, o)}`;
    case 'KeyValueExpr': return `${expr(x.key, o)}: ${expr(x.value, o)}`;
    case 'ArrayType': return `[${x.len ? expr(x.len, o) : ''}]${expr(x.elt, o)}`;
    case 'StructType': {
      if (x.fields.list.length === 0) return 'struct{}';
      return `struct{ ${x.fields.list.map((f) => field(f, o)).join('; ')} }`;
    }
    case 'FuncType': return funcType(x, 'func', o);
    case 'InterfaceType': {
      if (x.methods.list.length === 0) return 'interface{}';
      const ms = x.methods.list.map((f) => (f.names.length > 0 && f.type.kind === 'FuncType' ? f.names[0].name + funcType(f.type, '', o) : expr(f.type, o)));
      return `interface{ ${ms.join('; ')} }`;
    }
    case 'MapType': return `map[${expr(x.key, o)}]${expr(x.value, o)}`;
    case 'ChanType': {
      const v = expr(x.value, o);
      if (x.dir === 'recv') return '<-chan ' + v;
      if (x.dir === 'send') return 'chan<- ' + v;
      // `chan (<-chan T)`: without parentheses `chan <-chan T` would read as `chan<- chan T`.
      if (x.value.kind === 'ChanType' && x.value.dir === 'recv') return `chan (${v})`;
      return 'chan ' + v;
    }
  }
}

function field(f: Field, o: Options): string {
  const names = f.names.map((n) => n.name).join(', ');
  let s = names ? `${names} ${expr(f.type, o)}` : expr(f.type, o);
  if (f.tag) s += ' ' + f.tag.value;
  return s;
}

function fieldList(l: FieldList, o: Options): string {
  return l.list.map((f) => field(f, o)).join(', ');
}

function funcType(t: FuncType, keyword: string, o: Options): string {
  let s = keyword;
  if (t.typeParams) s += `[${fieldList(t.typeParams, o)}]`;
  s += `(${fieldList(t.params, o)})`;
  if (t.results) {
    const r = t.results;
    const single = r.list.length === 1 && r.list[0].names.length === 0 && r.opening < 0;
    s += single ? ' ' + expr(r.list[0].type, o) : ` (${fieldList(r, o)})`;
  }
  return s;
}

function block(b: BlockStmt, depth: number, o: Options): string {
  if (b.list.length === 0) return '{\n' + indent(depth) + '}';
  return '{\n' + stmts(b.list, depth + 1, o) + indent(depth) + '}';
}

function stmts(list: Stmt[], depth: number, o: Options): string {
  let s = '';
  for (const st of list) {
    if (st.kind === 'EmptyStmt' && st.implicit) continue;
    s += indent(depth) + stmt(st, depth, o) + '\n';
  }
  return s;
}

function clauseBody(list: Stmt[], depth: number, o: Options): string {
  return stmts(list, depth + 1, o);
}

function stmt(s: Stmt, depth: number, o: Options): string {
  switch (s.kind) {
    case 'BadStmt': return '_ = 0 // bad statement';
    case 'DeclStmt': return genDecl(s.decl, depth, o);
    case 'EmptyStmt': return ';';
    case 'LabeledStmt': {
      // An implicit empty statement only follows a label right before `}`.
      if (s.stmt.kind === 'EmptyStmt') return s.label.name + (s.stmt.implicit ? ':' : ': ;');
      const inner = '\n' + indent(depth) + stmt(s.stmt, depth, o);
      return `${s.label.name}:${inner}`;
    }
    case 'ExprStmt': return expr(s.x, o);
    case 'SendStmt': return `${expr(s.chan, o)} <- ${expr(s.value, o)}`;
    case 'IncDecStmt': return expr(s.x, o) + (s.tok === 'INC' ? '++' : '--');
    case 'AssignStmt': return `${list(s.lhs, o)} ${tokenText(s.tok)} ${list(s.rhs, o)}`;
    case 'GoStmt': return 'go ' + expr(s.call, o);
    case 'DeferStmt': return 'defer ' + expr(s.call, o);
    case 'ReturnStmt': return s.results.length ? 'return ' + list(s.results, o) : 'return';
    case 'BranchStmt': return tokenText(s.tok) + (s.label ? ' ' + s.label.name : '');
    case 'BlockStmt': return block(s, depth, o);
    case 'IfStmt': {
      let h = 'if ';
      if (s.init) h += stmt(s.init, depth, o) + '; ';
      h += expr(s.cond, o) + ' ' + block(s.body, depth, o);
      if (s.else_) h += ' else ' + stmt(s.else_, depth, o);
      return h;
    }
    case 'CaseClause': {
      const head = s.list ? 'case ' + list(s.list, o) + ':' : 'default:';
      return head + '\n' + clauseBody(s.body, depth, o).replace(/\n$/, '');
    }
    case 'CommClause': {
      const head = s.comm ? 'case ' + stmt(s.comm, depth, o) + ':' : 'default:';
      return head + '\n' + clauseBody(s.body, depth, o).replace(/\n$/, '');
    }
    case 'SwitchStmt': case 'TypeSwitchStmt': case 'SelectStmt': {
      let h: string;
      if (s.kind === 'SelectStmt') h = 'select ';
      else {
        h = 'switch ';
        if (s.init) h += stmt(s.init, depth, o) + '; ';
        if (s.kind === 'SwitchStmt') h += s.tag ? expr(s.tag, o) + ' ' : '';
        else h += stmt(s.assign, depth, o) + ' ';
      }
      const clauses = s.body.list.map((c) => indent(depth) + stmt(c, depth, o) + '\n').join('');
      return h + '{\n' + clauses + indent(depth) + '}';
    }
    case 'ForStmt': {
      let h = 'for ';
      if (s.init || s.post) h += `${s.init ? stmt(s.init, depth, o) : ''}; ${s.cond ? expr(s.cond, o) : ''}; ${s.post ? stmt(s.post, depth, o) : ''} `;
      else if (s.cond) h += expr(s.cond, o) + ' ';
      return h + block(s.body, depth, o);
    }
    case 'RangeStmt': {
      let h = 'for ';
      if (s.key) h += expr(s.key, o) + (s.value ? ', ' + expr(s.value, o) : '') + ' ' + tokenText(s.tok ?? 'DEFINE') + ' ';
      return h + 'range ' + expr(s.x, o) + ' ' + block(s.body, depth, o);
    }
  }
}

function spec(sp: Spec, depth: number, o: Options): string {
  switch (sp.kind) {
    case 'ImportSpec': return (sp.name ? sp.name.name + ' ' : '') + sp.path.value;
    case 'ValueSpec': {
      let s = sp.names.map((n) => n.name).join(', ');
      if (sp.type) s += ' ' + expr(sp.type, o);
      if (sp.values.length) s += ' = ' + list(sp.values, o);
      return s;
    }
    case 'TypeSpec': {
      let s = sp.name.name;
      if (sp.typeParams) s += `[${fieldList(sp.typeParams, o)}]`;
      s += sp.assign !== null ? ' = ' : ' ';
      return s + expr(sp.type, o);
    }
  }
  void depth;
}

function genDecl(d: Extract<Decl, { kind: 'GenDecl' }>, depth: number, o: Options): string {
  const kw = tokenText(d.tok);
  if (d.lparen === null && d.specs.length === 1) return `${kw} ${spec(d.specs[0], depth, o)}`;
  const inner = d.specs.map((sp) => indent(depth + 1) + spec(sp, depth + 1, o) + '\n').join('');
  return `${kw} (\n${inner}${indent(depth)})`;
}

function decl(d: Decl, depth: number, o: Options): string {
  switch (d.kind) {
    case 'BadDecl': return '// bad declaration';
    case 'GenDecl': return genDecl(d, depth, o);
    case 'FuncDecl': {
      let s = 'func ';
      if (d.recv) s += `(${fieldList(d.recv, o)}) `;
      s += funcType(d.type, d.name.name, o);
      if (d.body) s += ' ' + block(d.body, depth, o);
      return s;
    }
  }
}
