// The memory budget stops programs that allocate without end, with a message, before the tab runs out of memory.
import { describe, expect, it } from 'vitest';
import { runSource } from '../run-source.ts';

const main = (body: string, imports = '') => `package main\n\n${imports}func main() {\n${body}\n}\n`;

describe('memory budget', () => {
  it.each([
    ['one huge slice', main('\ts := make([]int, 1<<30)\n\tprintln(len(s))'), /one allocation of 8,192 MB is more than the lab's limit of 256 MB/],
    ['a string doubling', main('\ts := "ab"\n\tfor {\n\t\ts += s\n\t}'), /one allocation of .* is more than the lab's limit/],
    ['strings.Repeat', main('\tprintln(len(strings.Repeat("abc", 1<<40)))', 'import "strings"\n\n'), /one allocation of .* is more than the lab's limit/],
  ])('%s stops with the budget message and status 2', (_name, src, message) => {
    const r = runSource(src, { maxSteps: 2_000_000_000 });
    expect(r.exitCode).toBe(2);
    expect(r.stopped).toMatch(message);
    expect(r.stderr).toMatch(/^Go Map Lab: program stopped/m);
  });

  it.each([
    ['medium slices', '\tkeep := 0\n\tfor i := 0; ; i++ {\n\t\ts := make([]int, 1<<10)\n\t\tkeep += len(s)\n\t}'],
    ['append without end', '\tvar s []int\n\tfor {\n\t\ts = append(s, 1)\n\t}'],
    ['a linked list without end', '\ttype node struct{ next *node }\n\tvar l *node\n\tfor {\n\t\tn := node{next: l}\n\t\tl = &n\n\t}'],
  ])('counts every allocation: %s reach the total', (_name, body) => {
    // A small total (8 MB) so the test is quick; the default is 2 GB.
    const r = runSource(main(body), { maxSteps: 2_000_000_000, maxHeapWords: 1 << 20 });
    expect(r.exitCode).toBe(2);
    expect(r.stopped).toMatch(/^program stopped after allocating \d+ MB in total \(the lab's memory budget is 8 MB/);
  });

  it('ordinary programs are far below it', () => {
    const r = runSource(main('\tm := map[int][]int{}\n\tfor i := 0; i < 10000; i++ {\n\t\tm[i%100] = append(m[i%100], i)\n\t}\n\tprintln(len(m))'));
    expect([r.exitCode, r.stopped, r.stderr]).toEqual([0, undefined, '100\n']);
  });
});
