import { describe, expect, it } from 'vitest';
import { parseLesson } from './parse-lesson.ts';
import { checkLesson } from './check-lessons.ts';

const grow = `package main

import "fmt"

func main() {
	m := map[int]int{}
	for i := 0; i < 20; i++ {
		m[i] = i
	}
	fmt.Println(len(m))
}
`;

const lesson = (md: string) => parseLesson('01-demo', { 'lesson.md': `---\ntitle: Demo\norder: 1\n---\n${md}`, 'grow.go': grow });
const summary = (md: string) => checkLesson(lesson(md)).map((v) => `${v.ok ? 'ok' : 'FAIL'} ${v.step} ${v.what}`);

describe('checkLesson and Go versions', () => {
  it('checks an unpinned step under both map designs, naming the version in each verdict', () => {
    expect(summary('## S\nprogram: grow.go\njump: first map.slot.written\n\n```claims\ngrow.go prints exactly "20\\n"\ngrow.go compiles cleanly\n```\n')).toEqual([
      'ok 1 Go 1.23: grow.go prints exactly "20\\n"',
      'ok 1 Go 1.26: grow.go prints exactly "20\\n"',
      // Compile-time claims do not depend on the map design: checked once, with no version.
      'ok 1 grow.go compiles cleanly',
      'ok 1 Go 1.23: jump: first map.slot.written (seed 1, procs 8)',
      'ok 1 Go 1.26: jump: first map.slot.written (seed 1, procs 8)',
    ]);
  });

  it('lands a bucket-map jump on its Swiss counterpart, and fails one that has none', () => {
    const verdicts = checkLesson(lesson('## S\nprogram: grow.go\njump: first map.grew\n'));
    expect(verdicts.map((v) => [v.go, v.ok])).toEqual([['1.23', true], ['1.26', false]]);
    expect(verdicts[0].detail).toMatch(/^map\.grew: event \d+/);
    expect(verdicts[1].detail).toMatch(/^map\.grew has no counterpart in the Swiss table \(Go 1\.24\+\): pin the step/);
    const slot = checkLesson(lesson('## S\nprogram: grow.go\njump: first map.slot.written\n'));
    expect(slot[1].detail).toMatch(/^swiss\.slot\.written: event \d+/);
  });

  it.each([
    ['the step', '', '## S\ngo: 1.23\nprogram: grow.go\njump: first map.grew\n', '1.23'],
    ['the lesson', 'go: 1.26\n', '## S\nprogram: grow.go\njump: first swiss.grew.to.table\n', '1.26'],
  ])('checks a step pinned by %s under its version only', (_by, header, md, go) => {
    const l = parseLesson('01-demo', { 'lesson.md': `---\ntitle: Demo\norder: 1\n${header}---\n${md}`, 'grow.go': grow });
    const verdicts = checkLesson(l);
    expect(verdicts.map((v) => [v.go, v.ok])).toEqual([[go, true]]);
    expect(verdicts[0].what.startsWith(`Go ${go}: jump:`)).toBe(true);
  });

  it('finds a claim that holds in one design only', () => {
    // From Go 1.24 a map fatal's dump starts in internal/runtime/maps; before, in the user's function.
    const crash = 'package main\n\nimport "sync"\n\nfunc main() {\n\tm := map[int]int{}\n\tvar wg sync.WaitGroup\n\tfor w := 0; w < 4; w++ {\n\t\twg.Add(1)\n\t\tgo func() {\n\t\t\tdefer wg.Done()\n\t\t\tfor i := 0; i < 100; i++ {\n\t\t\t\tm[i] = w\n\t\t\t}\n\t\t}()\n\t}\n\twg.Wait()\n}\n';
    const l = parseLesson('01-demo', { 'lesson.md': '---\ntitle: Demo\norder: 1\n---\n## S\n\n```claims\ncrash.go reports "internal/runtime/maps.fatal"\n```\n', 'crash.go': crash });
    expect(checkLesson(l).map((v) => [v.go, v.ok])).toEqual([['1.23', false], ['1.26', true]]);
  });
});
