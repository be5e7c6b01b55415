import { describe, expect, it } from 'vitest';
import { parseLesson } from './parse-lesson.ts';
import { lessonsFromFiles } from './catalog.ts';

const prog = 'package main\n\nfunc main() {}\n';
const md = `---
title: "Demo: one"
order: 3
---
Intro *text*.

## First step
program: a.go
seed: 5
procs: 2
scheduler: manual
jump: first fatal.raised

Body of step one.

\`\`\`claims
# a comment
a.go finishes in 3 seeds
\`\`\`

More text.

\`\`\`go
code stays in the text
\`\`\`

## Second step
program: a.go
challenge: Make it print hi.
check: a.go prints exactly "hi\\n"
check: a.go never crashes in 5 seeds
solution: b.go
text: not a key, so the body starts here
`;

describe('parseLesson', () => {
  it('reads the header, steps, settings, claims, challenge and solution', () => {
    const l = parseLesson('03-demo', { 'lesson.md': md, 'a.go': prog, 'b.go': prog });
    expect(l.problems).toEqual([]);
    expect(l).toMatchObject({ id: '03-demo', title: 'Demo: one', order: 3, intro: 'Intro *text*.' });
    expect(Object.keys(l.files).sort()).toEqual(['a.go', 'b.go']);
    expect(l.steps).toHaveLength(2);
    const [one, two] = l.steps;
    expect(one).toMatchObject({ index: 0, title: 'First step', program: 'a.go', seed: 5, procs: 2, scheduler: 'manual', jump: { which: 'first', kind: 'fatal.raised', before: null }, challenge: null });
    expect(one.claims.map((c) => c.source)).toEqual(['a.go finishes in 3 seeds']);
    expect(one.text).toBe('Body of step one.\n\n\nMore text.\n\n```go\ncode stays in the text\n```');
    expect(two.challenge?.goal).toBe('Make it print hi.');
    expect(two.challenge?.checks.map((c) => c.outcome.kind)).toEqual(['stdout-exact', 'crash']);
    expect(two.solution).toBe('b.go');
    expect(two.scheduler).toBeNull();
    expect(two.text).toBe('text: not a key, so the body starts here');
  });

  it('reports problems with line numbers instead of throwing', () => {
    const bad = `---
title: Broken
order: x
colour: red
---
\`\`\`claims
a.go finishes
\`\`\`
## Step
program: missing.go
seed: -1
jump: somewhere
check: a.go explodes
solution: b.go

\`\`\`claims
nope.go finishes
`;
    const l = parseLesson('09-broken', { 'lesson.md': bad, 'a.go': prog });
    const messages = l.problems.map((p) => `${p.line}: ${p.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        '3: order must be a whole number',
        '4: unknown header key "colour" (title, order, go)',
        '7: claims belong to a step (put them after a ## heading)',
        '10: program: no file "missing.go" in this lesson',
        '11: seed: expected a whole number',
        expect.stringMatching(/^12: jump: write/),
        '13: claim: unknown claim "explodes"',
        '14: solution: no file "b.go" in this lesson',
        '16: a ``` block is never closed',
      ]),
    );
    expect(l.problems.every((p) => p.file === '09-broken/lesson.md')).toBe(true);
  });

  // The Go version pin: the header's applies to every step without its own; no pin leaves null.
  const withGo = (header: string, steps: string[]) => `---\ntitle: G\norder: 1\n${header}---\n${steps.map((s, i) => `## Step ${i + 1}\n${s}\nText.\n`).join('')}`;
  it.each([
    { name: 'no pin anywhere', header: '', steps: ['', 'go: 1.23'], want: [null, '1.23'] },
    { name: 'a step pins itself', header: '', steps: ['go: 1.26', 'program: a.go'], want: ['1.26', null] },
    { name: 'the header pins every step', header: 'go: 1.23\n', steps: ['', 'program: a.go'], want: ['1.23', '1.23'] },
    { name: "a step's pin beats the header's", header: 'go: 1.23\n', steps: ['go: 1.26', ''], want: ['1.26', '1.23'] },
    { name: 'the loop-variable version', header: '', steps: ['go: 1.21'], want: ['1.21'] },
    { name: 'spaces around the value', header: 'go:   1.26  \n', steps: [''], want: ['1.26'] },
  ])('go: $name', ({ header, steps, want }) => {
    const l = parseLesson('01-g', { 'lesson.md': withGo(header, steps), 'a.go': prog });
    expect(l.problems).toEqual([]);
    expect(l.steps.map((s) => s.go)).toEqual(want);
    expect(l.steps.every((s) => !s.text.startsWith('go:'))).toBe(true);
  });

  it.each([
    { where: 'header', header: 'go: 1.24\n', steps: [''], line: 4, value: '1.24' },
    { where: 'header', header: 'go: 2\n', steps: [''], line: 4, value: '2' },
    { where: 'step', header: '', steps: ['go: swiss'], line: 6, value: 'swiss' },
    { where: 'step', header: '', steps: ['go: 1.23.5'], line: 6, value: '1.23.5' },
    { where: 'step', header: '', steps: ['go:'], line: 6, value: '' },
  ])('a bad go: value in the $where ("$value") is a lesson problem, and the step stays unpinned', ({ header, steps, line, value }) => {
    const l = parseLesson('01-g', { 'lesson.md': withGo(header, steps) });
    expect(l.problems).toEqual([{ file: '01-g/lesson.md', line, message: `go: "${value}" is not a version lessons run as (1.21, 1.23, 1.26: 1.23 is the bucket map, 1.26 the Swiss table)` }]);
    expect(l.go).toBeNull();
    expect(l.steps[0].go).toBeNull();
  });

  it('survives missing or garbage lesson files', () => {
    expect(parseLesson('x', {}).problems[0].message).toMatch(/no lesson.md/);
    for (const text of ['', '---', '---\n---', '##', '## \n', '```claims', '\r\n\r\n## a\r\nprogram: a.go\r\n', '\u0000\u0001##x']) {
      expect(() => parseLesson('x', { 'lesson.md': text })).not.toThrow();
    }
  });
});

describe('lessonsFromFiles', () => {
  it('groups files by folder and sorts by order, then id', () => {
    const lesson = (order: number) => `---\ntitle: T${order}\norder: ${order}\n---\n## S\n`;
    const lessons = lessonsFromFiles({
      '/lessons/b/lesson.md': lesson(2),
      '/lessons/a/lesson.md': lesson(2),
      '/lessons/c/lesson.md': lesson(1),
      '/lessons/c/x.go': prog,
      '/elsewhere/d/lesson.md': lesson(0),
      '/lessons/nested/deeper/lesson.md': lesson(0),
    });
    expect(lessons.map((l) => l.id)).toEqual(['c', 'a', 'b']);
    expect(Object.keys(lessons[0].files)).toEqual(['x.go']);
  });
});
