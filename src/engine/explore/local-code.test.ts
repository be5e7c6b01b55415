// The static scan behind empty footprints: which statements only touch their goroutine's registers.
import { describe, expect, it } from 'vitest';
import { compileSource } from '../compile-source.ts';
import { scanLocal, type LocalScan } from './local-code.ts';
import { Op } from '../vm/opcodes.ts';
import type { FuncProto } from '../vm/proto.ts';

/** The scan of the code after each statement boundary of `proto`, by source line. */
function scansByLine(proto: FuncProto): Map<number, LocalScan> {
  const out = new Map<number, LocalScan>();
  for (let pc = 0; pc < proto.code.length >> 2; pc++) {
    if (proto.code[pc << 2] === Op.STMT) out.set(proto.lineAt(pc + 1), scanLocal(proto, pc + 1));
  }
  return out;
}

const program = `package main

func main() {
	a := 1
	a = a*3 + 2
	m := map[int]int{}
	m[a] = a
	b := 0
	go func() { b++ }()
	println(len(m), b)
	if a > 2 {
		a--
	}
	_ = a / 2
}
`;

describe('local code scan', () => {
  const c = compileSource(program);
  if (!c.ok) throw new Error(c.stderr);
  const scans = scansByLine(c.program.main);

  it('register arithmetic and constants are local, with no natives', () => {
    expect(scans.get(4)).toEqual({ local: true, natives: 0 });
    expect(scans.get(5)).toEqual({ local: true, natives: 0 });
  });

  it('map statements are local code around natives, which are counted', () => {
    expect(scans.get(6)?.local).toBe(true);
    expect(scans.get(6)?.natives).toBeGreaterThanOrEqual(1);
    expect(scans.get(7)?.local).toBe(true);
    expect(scans.get(7)?.natives).toBeGreaterThanOrEqual(1);
  });

  it('a variable shared with a goroutine lives in a cell: touching it is not local, nor is go', () => {
    expect(scans.get(9)?.local).toBe(false);
    expect(scans.get(10)?.local).toBe(false);
  });

  it('integer division may panic, so it is not local', () => {
    expect(scans.get(14)?.local).toBe(false);
  });

  it('follows both arms of a branch up to the next statement', () => {
    const line11 = scans.get(11);
    expect(line11).toBeDefined();
    expect(line11!.local).toBe(true);
  });
});
