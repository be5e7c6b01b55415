// `gomaplab lessons check [lessons-dir] [--lesson ID]`: verify every claim the lessons make, with the engine.
//
// Prints one line per verdict (ok / FAIL, the claim, what happened, time) and exits 1 when any
// claim fails, so CI fails when a lesson's text and its programs' behaviour disagree.
import { existsSync } from 'node:fs';
import { lessonsFromFiles } from '../lessons/catalog.ts';
import { checkLesson } from '../lessons/check-lessons.ts';
import { readLessonFiles } from '../lessons/load-from-disk.ts';
import { exitFailed, exitOK, exitUsage, type CliIO } from './io.ts';

export const lessonsUsage = `usage: gomaplab lessons check [dir] [--lesson ID]

  dir            the lessons folder (default ./lessons)
  --lesson ID    check only the lesson whose folder name starts with ID (e.g. 05)

A step pinned with go: is checked as that Go version; every other step as Go 1.23 (bucket map)
and as Go 1.26 (Swiss table), and each line names the version.`;

export function lessonsCommand(args: readonly string[], io: CliIO): number {
  const [sub, ...rest] = args;
  if (sub !== 'check') {
    io.stderr(`gomaplab lessons: ${sub === undefined ? 'missing subcommand' : `unknown subcommand "${sub}"`}\n${lessonsUsage}\n`);
    return exitUsage;
  }
  let dir = 'lessons';
  let only: string | null = null;
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === '--lesson') {
      only = rest[++i] ?? null;
      if (only === null) {
        io.stderr(`gomaplab lessons: flag needs an argument: --lesson\n${lessonsUsage}\n`);
        return exitUsage;
      }
    } else if (rest[i].startsWith('-')) {
      io.stderr(`gomaplab lessons: unknown flag ${rest[i]}\n${lessonsUsage}\n`);
      return exitUsage;
    } else dir = rest[i];
  }
  if (!existsSync(dir)) {
    io.stderr(`gomaplab lessons: cannot read ${dir}: no such file or directory\n`);
    return exitFailed;
  }
  const lessons = lessonsFromFiles(readLessonFiles(dir)).filter((l) => only === null || l.id.startsWith(only));
  if (lessons.length === 0) {
    io.stderr(`gomaplab lessons: no lessons found in ${dir}${only ? ` matching ${only}` : ''}\n`);
    return exitFailed;
  }
  let failed = 0;
  let total = 0;
  for (const lesson of lessons) {
    io.stdout(`${lesson.id}: ${lesson.title}\n`);
    for (const v of checkLesson(lesson, () => performance.now())) {
      total++;
      if (!v.ok) failed++;
      io.stdout(`  ${v.ok ? 'ok  ' : 'FAIL'} step ${v.step}: ${v.what}\n         ${v.detail} (${Math.round(v.ms)} ms)\n`);
    }
  }
  io.stdout(`${total - failed} of ${total} checks pass${failed ? `, ${failed} FAIL` : ''}\n`);
  return failed ? exitFailed : exitOK;
}
