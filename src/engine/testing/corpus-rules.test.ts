import { describe, expect, it } from 'vitest';
import { corpusProblems } from './corpus-rules.ts';
import { parseMarkers } from './markers.ts';

const markers = (src: string) => parseMarkers(src).markers;

describe('corpusProblems', () => {
  it('accepts an ok file without markers and an errors file with some', () => {
    expect(corpusProblems('ok', [])).toEqual([]);
    expect(corpusProblems('errors', markers('x // ERROR "a"'))).toEqual([]);
    expect(corpusProblems('errors', markers('x // WARNING "a"\ny // UNSUPPORTED "b"'))).toEqual([]);
  });

  it('rejects markers in an ok file and an errors file without any', () => {
    expect(corpusProblems('ok', markers('x // ERROR "a"'))).toEqual(['an ok file must hold no markers']);
    expect(corpusProblems('errors', [])).toEqual(['an errors file must hold at least one marker']);
  });

  it('rejects more than 10 ERROR markers', () => {
    const eleven = Array.from({ length: 11 }, (_, i) => `x${i} // ERROR "e"`).join('\n');
    const ten = Array.from({ length: 10 }, (_, i) => `x${i} // ERROR "e"`).join('\n');
    expect(corpusProblems('errors', markers(ten))).toEqual([]);
    expect(corpusProblems('errors', markers(eleven))[0]).toMatch(/more than 10 ERROR markers/);
  });

  it('rejects WARNING markers next to ERROR markers', () => {
    expect(corpusProblems('errors', markers('x // ERROR "a"\ny // WARNING "b"'))[0]).toMatch(/WARNING markers need a file without ERROR markers/);
  });
});
