import { describe, expect, it } from 'vitest';
import { predictionMatches } from './prediction.ts';
import { parseLesson } from './parse-lesson.ts';

describe('predictions', () => {
  it('match whatever the spacing and case, and never on an empty guess', () => {
    expect(predictionMatches('  Map[a:1   b:2] ', 'map[a:1 b:2]')).toBe(true);
    expect(predictionMatches('map[a:1]', 'map[a:1 b:2]')).toBe(false);
    expect(predictionMatches('   ', '')).toBe(false);
  });
  it('are read from a step, and a half-written one is a problem', () => {
    const prog = 'package main\n\nfunc main() {}\n';
    const ok = parseLesson('x', { 'lesson.md': '---\ntitle: X\norder: 1\n---\n## S\nprogram: a.go\npredict: What prints?\nanswer: hi\n', 'a.go': prog });
    expect(ok.problems).toEqual([]);
    expect(ok.steps[0].prediction).toEqual({ question: 'What prints?', answer: 'hi' });
    const half = parseLesson('x', { 'lesson.md': '---\ntitle: X\norder: 1\n---\n## S\npredict: What prints?\n', 'a.go': prog });
    expect(half.problems.map((p) => p.message)).toEqual(['step 1 ("S"): a prediction needs both predict: and answer:', 'step 1 ("S"): a prediction needs a program']);
  });
});
