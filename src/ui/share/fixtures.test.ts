// Every committed link of every released format still opens, and to exactly the scenario recorded beside it.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeFragment, encodeScenario } from './codec.ts';
import { currentVersion, readers } from './formats.ts';

const root = new URL('./testdata/', import.meta.url);
const versions = readdirSync(root).filter((d) => /^v\d+$/.test(d));

describe('committed share-link fixtures', () => {
  it('exist for every format this build reads', () => {
    expect(versions.map((v) => Number(v.slice(1))).sort()).toEqual(Object.keys(readers).map(Number).sort());
  });

  for (const version of versions) {
    const dir = new URL(`${version}/`, root);
    const names = readdirSync(dir).filter((f) => f.endsWith('.link')).map((f) => f.slice(0, -'.link'.length));
    it(`${version} has several fixtures`, () => expect(names.length).toBeGreaterThanOrEqual(3));
    it.each(names)(`${version}/%s decodes to its .json`, (name) => {
      const link = readFileSync(new URL(`${name}.link`, dir), 'utf8').trim();
      const expected = JSON.parse(readFileSync(new URL(`${name}.json`, dir), 'utf8'));
      const r = decodeFragment(link);
      expect(r).toEqual({ kind: 'scenario', version: Number(version.slice(1)), scenario: expected });
      // Re-sharing an old link writes the current format and loses nothing.
      if (r.kind === 'scenario') {
        const again = encodeScenario(r.scenario);
        expect(again.startsWith(`s${currentVersion}=`)).toBe(true);
        expect(decodeFragment(again)).toEqual({ kind: 'scenario', version: currentVersion, scenario: expected });
      }
    });
  }
});
