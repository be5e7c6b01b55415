// Reads one lesson folder's files into a Lesson, collecting every problem instead of throwing.
//
// lesson.md:
//
//   ---
//   title: The crash
//   order: 1
//   go: 1.23               (optional: pin every step to this Go version; see go-version.ts)
//   ---
//   Text before the first step (the lesson's introduction).
//
//   ## A step's title
//   program: crash.go
//   seed: 1                (optional, default 1)
//   procs: 8               (optional, default 8)
//   go: 1.26               (optional: pin the step to 1.21, 1.23 or 1.26; unpinned steps keep the
//                           learner's version and are checked under both map designs)
//   scheduler: manual      (optional: the learner picks each goroutine; default the seeded random one)
//   jump: first fatal.raised
//   challenge: the win condition, in plain words
//   check: crash.go never crashes in 100 seeds      (one line per check; claim grammar)
//   solution: crash-fixed.go  (for `by hand` checks: a .txt of goroutine choices, see choices.ts)
//   predict: What does the last line say?   (a question the learner answers before running)
//   answer: true true                        (a line the program prints; checked in CI)
//
//   The step's text, with ```claims blocks beside the sentences they back.
import { parseClaim, type Claim } from './claim.ts';
import { parseJump } from './jump.ts';
import type { Lesson, LessonProblem, LessonStep } from './lesson.ts';
import { lessonGoVersion, lessonGoVersions, type LessonGoVersion } from './go-version.ts';

const stepKeys = new Set(['program', 'go', 'seed', 'procs', 'scheduler', 'jump', 'challenge', 'check', 'solution', 'predict', 'answer']);

/**
 * Builds a lesson from its folder name and files (name → text, lesson.md among them).
 * @example parseLesson('01-the-crash', { 'lesson.md': '---\ntitle: The crash\norder: 1\n---\n## Run it\nprogram: crash.go\n', 'crash.go': '…' })
 */
export function parseLesson(id: string, files: Record<string, string>): Lesson {
  const problems: LessonProblem[] = [];
  const mdName = `${id}/lesson.md`;
  const problem = (line: number, message: string) => problems.push({ file: mdName, line, message });
  const others: Record<string, string> = {};
  for (const [name, text] of Object.entries(files)) if (name !== 'lesson.md') others[name] = text;
  const lesson: Lesson = { id, title: id, order: orderFromId(id), go: null, intro: '', steps: [], files: others, problems };
  const md = files['lesson.md'];
  if (typeof md !== 'string') {
    problem(0, 'no lesson.md in this folder');
    return lesson;
  }
  const lines = md.replace(/\r\n?/g, '\n').split('\n');
  let i = 0;
  if (lines[0]?.trim() === '---') {
    const close = lines.indexOf('---', 1);
    if (close < 0) problem(1, 'the header opened with --- is never closed');
    else {
      for (let j = 1; j < close; j++) readHeaderLine(lesson, lines[j], j + 1, problem);
      i = close + 1;
    }
  } else problem(1, 'lesson.md should start with a --- header (title, order)');

  const readFile = (name: string) => (Object.hasOwn(others, name) ? others[name] : undefined);
  let current: { step: LessonStep; body: string[]; inMeta: boolean } | null = null;
  const intro: string[] = [];
  let fence: { claims: boolean; line: number } | null = null;
  for (; i < lines.length; i++) {
    const line = lines[i];
    const lineNo = i + 1;
    if (fence) {
      if (/^```\s*$/.test(line)) {
        if (!fence.claims) (current ? current.body : intro).push(line);
        fence = null;
      } else if (fence.claims) {
        if (!current) problem(lineNo, 'claims belong to a step (put them after a ## heading)');
        else addClaim(current.step.claims, line, lineNo, readFile, problem);
      } else (current ? current.body : intro).push(line);
      continue;
    }
    const heading = /^##\s+(.+?)\s*$/.exec(line);
    if (heading) {
      if (current) lesson.steps.push(closeStep(current.step, current.body));
      current = { step: newStep(lesson.steps.length, heading[1], lesson.go), body: [], inMeta: true };
      continue;
    }
    if (/^```/.test(line)) {
      fence = { claims: /^```claims\s*$/.test(line), line: lineNo };
      if (!fence.claims) (current ? current.body : intro).push(line);
      continue;
    }
    if (current && current.inMeta) {
      const meta = /^([a-z]+):\s*(.*)$/.exec(line);
      if (meta && stepKeys.has(meta[1])) {
        readStepKey(current.step, meta[1], meta[2].trim(), lineNo, readFile, problem);
        continue;
      }
      current.inMeta = false;
    }
    (current ? current.body : intro).push(line);
  }
  if (fence) problem(fence.line, 'a ``` block is never closed');
  if (current) lesson.steps.push(closeStep(current.step, current.body));
  lesson.intro = intro.join('\n').trim();
  if (lesson.steps.length === 0) problem(0, 'a lesson needs at least one step (a ## heading)');
  for (const step of lesson.steps) validateStep(step, readFile, problem);
  return lesson;
}

function orderFromId(id: string): number {
  const n = /^(\d+)/.exec(id);
  return n ? Number(n[1]) : 0;
}

function readHeaderLine(lesson: Lesson, line: string, lineNo: number, problem: (l: number, m: string) => void) {
  if (line.trim() === '') return;
  const m = /^([a-z]+):\s*(.*)$/.exec(line);
  if (!m) return problem(lineNo, `header lines are "key: value", got "${line}"`);
  if (m[1] === 'title') lesson.title = m[2].trim().replace(/^"(.*)"$/, '$1') || lesson.title;
  else if (m[1] === 'order') {
    if (!/^\d+$/.test(m[2].trim())) return problem(lineNo, 'order must be a whole number');
    lesson.order = Number(m[2].trim());
  } else if (m[1] === 'go') {
    const v = lessonGoVersion(m[2]);
    if (v === null) return problem(lineNo, badGo(m[2]));
    lesson.go = v;
  } else problem(lineNo, `unknown header key "${m[1]}" (title, order, go)`);
}

function badGo(value: string): string {
  return `go: "${value.trim()}" is not a version lessons run as (${lessonGoVersions.join(', ')}: 1.23 is the bucket map, 1.26 the Swiss table)`;
}

function newStep(index: number, title: string, go: LessonGoVersion | null): LessonStep {
  return { index, title, text: '', program: null, go, seed: 1, procs: 8, scheduler: null, jump: null, challenge: null, solution: null, prediction: null, claims: [] };
}

function closeStep(step: LessonStep, body: string[]): LessonStep {
  step.text = body.join('\n').trim();
  return step;
}

function addClaim(list: Claim[], line: string, lineNo: number, readFile: (n: string) => string | undefined, problem: (l: number, m: string) => void) {
  const t = line.trim();
  if (t === '' || t.startsWith('#')) return;
  const c = parseClaim(t, readFile);
  if (typeof c === 'string') problem(lineNo, `claim: ${c}`);
  else list.push(c);
}

function readStepKey(step: LessonStep, key: string, value: string, lineNo: number, readFile: (n: string) => string | undefined, problem: (l: number, m: string) => void) {
  switch (key) {
    case 'program':
    case 'solution':
      if (readFile(value) === undefined) problem(lineNo, `${key}: no file "${value}" in this lesson`);
      else step[key] = value;
      return;
    case 'go': {
      const v = lessonGoVersion(value);
      if (v === null) problem(lineNo, badGo(value));
      else step.go = v;
      return;
    }
    case 'seed':
    case 'procs': {
      const n = Number(value);
      if (!/^\d+$/.test(value) || (key === 'procs' && (n < 1 || n > 256))) problem(lineNo, `${key}: expected a whole number${key === 'procs' ? ' from 1 to 256' : ''}`);
      else step[key] = n;
      return;
    }
    case 'scheduler':
      if (value === 'manual') step.scheduler = 'manual';
      else if (value !== 'random') problem(lineNo, 'scheduler: manual or random');
      return;
    case 'jump': {
      const j = parseJump(value);
      if (typeof j === 'string') problem(lineNo, j);
      else step.jump = j;
      return;
    }
    case 'predict':
      step.prediction = { question: value, answer: step.prediction?.answer ?? '' };
      return;
    case 'answer':
      step.prediction = { question: step.prediction?.question ?? '', answer: value };
      return;
    case 'challenge':
      step.challenge = { goal: value, checks: step.challenge?.checks ?? [] };
      return;
    case 'check':
      step.challenge ??= { goal: '', checks: [] };
      addClaim(step.challenge.checks, value, lineNo, readFile, problem);
      return;
  }
}

function validateStep(step: LessonStep, readFile: (n: string) => string | undefined, problem: (l: number, m: string) => void) {
  const where = `step ${step.index + 1} ("${step.title}")`;
  if (step.jump && !step.program) problem(0, `${where}: a jump needs a program`);
  for (const c of step.claims) if (readFile(c.file) === undefined) problem(0, `${where}: claim about "${c.file}", which is not in this lesson`);
  if (step.prediction) {
    if (!step.prediction.question || !step.prediction.answer) problem(0, `${where}: a prediction needs both predict: and answer:`);
    if (!step.program) problem(0, `${where}: a prediction needs a program`);
  }
  if (!step.challenge) {
    if (step.solution) problem(0, `${where}: a solution without a challenge`);
    return;
  }
  if (!step.challenge.goal) problem(0, `${where}: a challenge needs its win condition in words (challenge: …)`);
  if (step.challenge.checks.length === 0) problem(0, `${where}: a challenge needs at least one check: line`);
  if (!step.program) problem(0, `${where}: a challenge needs a program to start from`);
  if (!step.solution) problem(0, `${where}: a challenge needs a solution file`);
  for (const c of step.challenge.checks) {
    if (c.file !== step.program) problem(0, `${where}: checks are about the step's program ${step.program ?? ''}, not ${c.file}`);
  }
}
