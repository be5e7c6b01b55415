// `gomaplab explore`: exit statuses, the text and JSON reports, usage errors.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from './main.ts';
import { exploreCommand, parseExploreArgs } from './explore.ts';
import type { CliIO } from './io.ts';

const testdata = join(import.meta.dirname, '../engine/explore/testdata');

function cli(args: string[], files: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    readFile: (path) => (path in files ? files[path] : readFileSync(join(testdata, path), 'utf8')),
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
  };
  return { status: main(args, io), stdout, stderr };
}

describe('gomaplab explore', () => {
  it('exits 2 with Go\'s report and a replayable schedule when a schedule fails', () => {
    const r = cli(['explore', 'two-writers-small.go']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^fatal error: concurrent map writes\n/);
    expect(r.stderr).toContain('explore: fatal error: concurrent map writes — found by');
    expect(r.stderr).toMatch(/replay with seed 1, GOMAXPROCS 8 and this schedule \(\d+ decisions/);
    expect(r.stderr).toMatch(/schedules in \d+\.\d\d s \([\d,]+ per second\)/);
  });

  it('exits 0 and says what was covered when no schedule fails', () => {
    const r = cli(['explore', '--check', 'two-writers-rwmutex.go']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^explore: no failure in all [\d,]+ schedules with ≤ 2 preemptions\n$/);
  });

  it('--preemptions bounds the search: the intermediate state needs two', () => {
    const one = cli(['explore', '--check', '--preemptions', '1', 'intermediate-state.go']);
    expect(one.status).toBe(0);
    expect(one.stdout).toContain('with ≤ 1 preemption\n');
    expect(cli(['explore', '--check', '--preemptions=2', 'intermediate-state.go']).status).toBe(2);
  });

  it('--json prints the whole result, schedule included', () => {
    const r = cli(['explore', '--json', 'intermediate-state.go']);
    expect(r.status).toBe(2);
    const j = JSON.parse(r.stdout);
    expect(j.status).toBe('failed');
    expect(j.failure.kind).toBe('panic');
    expect(j.failure.replayed).toBe(true);
    expect(Array.isArray(j.failure.schedule)).toBe(true);
    expect(typeof j.perSecond).toBe('number');
  });

  it('--stdout makes a claim about the output', () => {
    expect(cli(['explore', '--check', '--stdout', '2\\n', 'lost-update.go']).status).toBe(2);
    expect(cli(['explore', '--check', 'lost-update.go']).status).toBe(0);
  });

  it('--max-schedules caps the search and the summary says PCT covered the rest', () => {
    const r = cli(['explore', '--check', '--max-schedules', '30', 'channel-owner.go']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('random schedules (PCT, depth 3)');
  });

  it('--timeout stops a long search and says it was stopped', () => {
    const endless = 'package main\n\nfunc main() {\n\tgo func() {}()\n\tfor {\n\t}\n}\n';
    let stderr = '';
    let stdout = '';
    let t = 0;
    const io: CliIO = { readFile: () => endless, stdout: (x) => void (stdout += x), stderr: (x) => void (stderr += x) };
    // A clock that moves 400 ms per reading: a 1-second limit allows a couple of schedules.
    const status = exploreCommand(['--timeout', '1', 'endless.go'], io, () => (t += 400));
    // Every schedule it ran was cut: nothing was learned, which is not a clean exit.
    expect(status).toBe(1);
    expect(stdout).toContain('(stopped before the search was done)');
    expect(stdout).toMatch(/^explore: every schedule run \(\d\) went past the 20,000-step budget/);
    expect(stderr).toMatch(/^explore: each schedule had 20,000 steps; --max-steps N gives it more\nexplore: \d schedules in /);
  });

  it('stops early and exits 1 when every schedule runs past the step budget, saying why and what to change', () => {
    const endless = 'package main\n\nfunc main() {\n\tgo func() {}()\n\tfor {\n\t}\n}\n';
    const r = cli(['explore', '--max-steps', '2000', 'endless.go'], { 'endless.go': endless });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe(
      'explore: every schedule run (200) went past the 2,000-step budget of one schedule before the program ended, so the search stopped there and proves nothing: '
        + 'the program may loop forever, or is too long to explore; shorten it (fewer iterations) or raise the step budget\n',
    );
    expect(r.stderr).toMatch(/^explore: each schedule had 2,000 steps; --max-steps N gives it more\nexplore: 200 schedules in /);
  });

  it('exits 1 for a file that does not build or cannot be read', () => {
    const bad = cli(['explore', 'bad.go'], { 'bad.go': 'package main\nfunc main() { x }\n' });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('bad.go:2:');
    expect(cli(['explore', 'missing.go']).status).toBe(1);
  });

  it.each([
    [[], 'no Go file given'],
    [['a.go', 'b.go'], 'one file at a time, got 2'],
    [['--preemptions', '11', 'a.go'], 'must be 0 to 10'],
    [['--max-schedules', 'x', 'a.go'], 'not a non-negative integer'],
    [['--bogus', 'a.go'], 'unknown flag --bogus'],
    [['--go', '1.5', 'a.go'], 'Go version must be one of'],
    [['--timeout', '-1', 'a.go'], 'seconds, 0 to 86400'],
  ])('rejects %j', (args, message) => {
    expect(parseExploreArgs(args)).toContain(message);
    const r = cli(['explore', ...args]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('usage: gomaplab explore');
  });
});
