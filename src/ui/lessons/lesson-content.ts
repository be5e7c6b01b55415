// The lessons bundled with the app: every file under /lessons, read by Vite at build time.
//
// Adding a lesson folder needs no change here: the glob picks it up and catalog.ts parses it.
import { lessonsFromFiles } from '../../lessons/catalog.ts';
import type { Lesson } from '../../lessons/lesson.ts';

const files = import.meta.glob(['/lessons/**/*.md', '/lessons/**/*.go', '/lessons/**/*.txt'], { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

export const lessons: Lesson[] = lessonsFromFiles(files);

export function lessonById(id: string | undefined | null): Lesson | undefined {
  return lessons.find((l) => l.id === id);
}
