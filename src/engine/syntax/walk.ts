// Generic traversal of the syntax tree: the children of a node, and a depth-first walk.
//
// Generic over node shapes (any object with a string `kind` is a node), so new AST fields are
// visited without touching this file. The walk uses an explicit stack, so the deepest tree the
// parser can build (see maxDepth in parser-base.ts) never overflows the JS stack.
import type { Node } from './ast.ts';

type Obj = Record<string, unknown>;

function isNode(v: unknown): v is Node {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && typeof (v as Obj).kind === 'string';
}

/** The direct children of `node`, in source field order (arrays flattened). */
export function children(node: Node): Node[] {
  const out: Node[] = [];
  for (const v of Object.values(node as unknown as Obj)) {
    if (Array.isArray(v)) {
      for (const x of v) if (isNode(x)) out.push(x);
    } else if (isNode(v)) out.push(v);
  }
  return out;
}

/** Calls `visit(node, parent)` for every node, parents before children; return false to skip a subtree. */
export function walk(root: Node, visit: (node: Node, parent: Node | null) => boolean | void): void {
  const stack: [Node, Node | null][] = [[root, null]];
  while (stack.length > 0) {
    const [node, parent] = stack.pop()!;
    if (visit(node, parent) === false) continue;
    const cs = children(node);
    for (let i = cs.length - 1; i >= 0; i--) stack.push([cs[i], node]);
  }
}
