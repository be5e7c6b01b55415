// An indented text dump of the AST, for golden files and round-trip comparisons.
//
// One node per line: its kind, its scalar fields, and (optionally) its span as
// `line:col-line:col` in gc's byte columns. Children follow, indented, each prefixed by the
// field name. Generic over node shapes: every object with a string `kind` is a node, so new
// AST fields show up in the dump without touching this file.
import type { SourceFile } from '../source/source-file.ts';
import type { Node } from './ast.ts';

export interface DumpOptions {
  /** Source file for spans; without it spans are omitted (round-trip comparisons). */
  file?: SourceFile;
  /** Include comments of a File node (default true). */
  comments?: boolean;
}

/** Fields that are offsets: shown through the span (or as line:col), never as raw numbers. */
const offsetFields = new Set(['pos', 'end', 'lbrace', 'rbrace', 'lbrack', 'lparen', 'rparen', 'colon', 'opPos', 'tokPos', 'arrow', 'opening', 'closing', 'package', 'assign', 'ellipsis']);

type Obj = Record<string, unknown>;

function isNode(v: unknown): v is Obj & { kind: string } {
  return typeof v === 'object' && v !== null && typeof (v as Obj).kind === 'string';
}

export function dumpAst(root: Node, opts: DumpOptions = {}): string {
  const lines: string[] = [];
  const showComments = opts.comments ?? true;
  const file = opts.file;
  const at = (off: number) => {
    if (!file || off < 0) return '-';
    const p = file.position(off);
    return `${p.line}:${p.column}`;
  };

  // Explicit stack instead of recursion: deep (but capped) trees must not overflow.
  const stack: { label: string; value: unknown; depth: number }[] = [{ label: '', value: root, depth: 0 }];
  while (stack.length > 0) {
    const { label, value, depth } = stack.pop()!;
    const pad = '  '.repeat(depth) + (label ? label + ': ' : '');
    if (value === null || value === undefined) {
      lines.push(pad + 'nil');
      continue;
    }
    if (Array.isArray(value)) {
      lines.push(pad + `[${value.length}]`);
      for (let i = value.length - 1; i >= 0; i--) stack.push({ label: String(i), value: value[i], depth: depth + 1 });
      continue;
    }
    if (!isNode(value)) {
      lines.push(pad + JSON.stringify(value));
      continue;
    }
    const scalars: string[] = [];
    const children: [string, unknown][] = [];
    for (const [k, v] of Object.entries(value)) {
      if (k === 'kind') continue;
      if (k === 'comments' && value.kind === 'File' && !showComments) continue;
      if (offsetFields.has(k)) {
        if (k !== 'pos' && k !== 'end' && file && typeof v === 'number') scalars.push(`${k}=${at(v)}`);
        continue;
      }
      if (typeof v === 'object' && v !== null) children.push([k, v]);
      else if (v === null) children.push([k, null]);
      else scalars.push(`${k}=${JSON.stringify(v)}`);
    }
    const span = file ? ` @${at(value.pos as number)}-${at(value.end as number)}` : '';
    lines.push(pad + value.kind + span + (scalars.length ? ' ' + scalars.join(' ') : ''));
    for (let i = children.length - 1; i >= 0; i--) stack.push({ label: children[i][0], value: children[i][1], depth: depth + 1 });
  }
  return lines.join('\n') + '\n';
}
