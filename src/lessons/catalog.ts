// The lesson catalogue: every lesson folder's files, grouped and parsed, in lesson order.
//
// The same function serves Node (files read from disk by load-from-disk.ts) and the browser
// (files bundled by Vite's import.meta.glob), so adding a lesson folder needs no code change.
import { parseLesson } from './parse-lesson.ts';
import type { Lesson } from './lesson.ts';

/**
 * Groups `lessons/<id>/<file>` paths (any prefix before `lessons/`) into parsed lessons.
 * @example lessonsFromFiles({ '/lessons/01-the-crash/lesson.md': '…', '/lessons/01-the-crash/crash.go': '…' })
 */
export function lessonsFromFiles(paths: Record<string, string>): Lesson[] {
  const folders = new Map<string, Record<string, string>>();
  for (const [path, text] of Object.entries(paths)) {
    const m = /(?:^|\/)lessons\/([^/]+)\/([^/]+)$/.exec(path);
    if (!m || typeof text !== 'string') continue;
    const files = folders.get(m[1]) ?? {};
    files[m[2]] = text;
    folders.set(m[1], files);
  }
  const lessons = [...folders].map(([id, files]) => parseLesson(id, files));
  return lessons.sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
