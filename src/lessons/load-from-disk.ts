// Node only: reads the lessons/ folder from disk into the path → text record catalog.ts takes.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Lesson files are text: Markdown, Go and expected outputs. Anything else is skipped. */
const textFile = /\.(md|go|txt)$/;

export function readLessonFiles(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const folder of readdirSync(root).sort()) {
    const dir = join(root, folder);
    if (!statSync(dir).isDirectory()) continue;
    for (const name of readdirSync(dir).sort()) {
      if (textFile.test(name)) out[`lessons/${folder}/${name}`] = readFileSync(join(dir, name), 'utf8');
    }
  }
  return out;
}
