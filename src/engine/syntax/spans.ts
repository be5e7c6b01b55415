// Node spans: making children lie inside their parents, and checking that they do.
import type { File, Node } from './ast.ts';
import { children, walk } from './walk.ts';

/**
 * Widens each node's span to cover its children (and never to end before it starts). In valid
 * code spans already nest; after error recovery a placeholder (a BadExpr at the next token, a
 * missing name) can stick out, and consumers such as editor markers rely on children lying
 * inside their parents.
 */
export function nestSpans(root: File): void {
  const order: Node[] = [];
  walk(root, (n) => {
    order.push(n);
    return n.kind !== 'Comment';
  });
  for (let i = order.length - 1; i >= 0; i--) {
    const n = order[i];
    if (n.kind === 'Comment' || n.kind === 'File') continue;
    // A node opened at a token that was never consumed (a missing `{`) can end before it starts.
    if (n.end < n.pos) n.end = n.pos;
    for (const c of children(n)) {
      if (c.pos < n.pos) n.pos = c.pos;
      if (c.end > n.end) n.end = c.end;
    }
  }
}

/** Violations of the span invariant: a node outside the text, inverted, or outside its parent. */
export function spanProblems(root: Node, textLength: number): string[] {
  const problems: string[] = [];
  walk(root, (n, parent) => {
    if (!(n.pos >= 0 && n.pos <= n.end && n.end <= textLength)) problems.push(`${n.kind} [${n.pos}, ${n.end}) outside [0, ${textLength}]`);
    // Comments belong to the file as a whole; everything else nests inside its parent.
    if (parent && n.kind !== 'Comment' && (n.pos < parent.pos || n.end > parent.end)) {
      problems.push(`${n.kind} [${n.pos}, ${n.end}) not inside ${parent.kind} [${parent.pos}, ${parent.end})`);
    }
  });
  return problems;
}
