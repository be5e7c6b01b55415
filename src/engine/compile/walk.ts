// Visits every node of a syntax tree (reflectively: any property holding a node or a node array).
import type { Node } from '../syntax/ast.ts';

export function walk(root: Node, visit: (n: Node) => void): void {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const n = stack.pop();
    if (n === null || typeof n !== 'object') continue;
    if (Array.isArray(n)) {
      for (let i = n.length - 1; i >= 0; i--) stack.push(n[i]);
      continue;
    }
    const node = n as Node;
    if (typeof node.kind !== 'string') continue;
    visit(node);
    for (const k in node) {
      if (k === 'pos' || k === 'end' || k === 'kind') continue;
      const v = (node as unknown as Record<string, unknown>)[k];
      if (v !== null && typeof v === 'object') stack.push(v);
    }
  }
}
