import { describe, expect, it } from 'vitest';
import { parseGoOutput } from './go-output.ts';

describe('parseGoOutput', () => {
  it('reads gc errors, joining tab-indented continuation lines', () => {
    const out = [
      '# main',
      './prog.go:5:2: "os" imported and not used',
      './prog.go:21:7: too many arguments in call to f',
      '\thave (number, number)',
      '\twant (int)',
      './prog.go:9:6: x redeclared in this block',
      '\t./prog.go:8:6: other declaration of x',
      '',
    ].join('\n');
    expect(parseGoOutput(out, 'error')).toEqual([
      { line: 5, column: 2, message: '"os" imported and not used', severity: 'error' },
      { line: 21, column: 7, message: 'too many arguments in call to f\n\thave (number, number)\n\twant (int)', severity: 'error' },
      { line: 9, column: 6, message: 'x redeclared in this block\n\t./prog.go:8:6: other declaration of x', severity: 'error' },
    ]);
  });

  it('reads vet output, with or without the vet: prefix and any directory', () => {
    const out = '# main\n# [main]\n./prog.go:19:7: call of show copies lock value: main.Counter contains sync.Mutex\nvet: /tmp/a/prog.go:4:2: declared and not used: x\n';
    expect(parseGoOutput(out, 'warning')).toEqual([
      { line: 19, column: 7, message: 'call of show copies lock value: main.Counter contains sync.Mutex', severity: 'warning' },
      { line: 4, column: 2, message: 'declared and not used: x', severity: 'warning' },
    ]);
  });

  it('ignores everything else', () => {
    expect(parseGoOutput('go: downloading nothing\n\torphan continuation\n', 'error')).toEqual([]);
  });
});
