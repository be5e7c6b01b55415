// The supported members as one Go declaration per line: README.md's to-do list for the runtime, kept in sync by a test.
import { isExported } from '../predicates.ts';
import { declarationTexts } from './define-package.ts';
import { stdPackages } from './index.ts';

/**
 * The exported declarations of one package's table, one per line, in table order: functions, methods on
 * exported types, constants, variables, and types (struct layouts are unexported and left out; an
 * interface's methods are shown inline).
 */
export function memberLines(path: string): string[] {
  const text = declarationTexts.get(path) ?? '';
  const lines = text.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const m = /^(func|type|const|var) (?:\((?:\w+ )?\*?(\w+)\) )?(\w+)/.exec(line);
    if (!m) continue;
    const [, kw, recv, name] = m;
    if (!isExported(name) || (recv !== undefined && !isExported(recv))) continue;
    if (kw === 'type' && line.endsWith('{')) {
      const body: string[] = [];
      while (i + 1 < lines.length && lines[i + 1] !== '}') body.push(lines[++i].trim());
      out.push(line.includes(' interface ') ? `type ${name} interface { ${body.join('; ')} }` : `type ${name} struct`);
      continue;
    }
    out.push(line.trim());
  }
  return out;
}

/** The Markdown block README.md carries: a section per package, sorted by import path. */
export function memberListMarkdown(): string {
  const out: string[] = [];
  for (const path of Object.keys(stdPackages).sort()) {
    const lines = memberLines(path);
    out.push(`### ${path} (${lines.length})`, '', '```go', ...lines, '```', '');
  }
  return out.join('\n');
}
