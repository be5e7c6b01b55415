// Tests for the stderr normalisation, fed with text captured from real Go 1.23.5 builds.
import { describe, expect, it } from 'vitest';
import { normalizeGoStderr, normalizations } from './normalize.ts';

const goroot = '/usr/lib/go-1.23';

/** The same deadlocked program (one Mutex waiter, one blocked sender, main in WaitGroup.Wait), GOMAXPROCS=1. */
const deadlockOneProc = `fatal error: all goroutines are asleep - deadlock!

goroutine 1 [semacquire]:
sync.runtime_Semacquire(0x10?)
	/usr/lib/go-1.23/src/runtime/sema.go:71 +0x25
sync.(*WaitGroup).Wait(0x0?)
	/usr/lib/go-1.23/src/sync/waitgroup.go:118 +0x48
main.main()
	/tmp/dt/prog.go:13 +0xfe

goroutine 5 [sync.Mutex.Lock]:
sync.runtime_SemacquireMutex(0x0?, 0x0?, 0x0?)
	/usr/lib/go-1.23/src/runtime/sema.go:95 +0x25
sync.(*Mutex).lockSlow(0xc0000120a8)
	/usr/lib/go-1.23/src/sync/mutex.go:173 +0x15d
sync.(*Mutex).Lock(...)
	/usr/lib/go-1.23/src/sync/mutex.go:92
main.main.func1()
	/tmp/dt/prog.go:8 +0x2c
created by main.main in goroutine 1
	/tmp/dt/prog.go:8 +0x85

goroutine 6 [chan send]:
main.main.func2()
	/tmp/dt/prog.go:10 +0x1e
created by main.main in goroutine 1
	/tmp/dt/prog.go:10 +0xd6
`;

/** The same program with GOMAXPROCS=2, built in another directory: other ids, other heap address. */
const deadlockTwoProcs = deadlockOneProc
  .replaceAll('/tmp/dt/', '/tmp/gomaplab-golden-x7Yq/')
  .replace('goroutine 5 [', 'goroutine 17 [')
  .replace('goroutine 6 [', 'goroutine 18 [')
  .replace('0xc0000120a8', '0xc000084000');

describe('normalizeGoStderr', () => {
  it('turns a real deadlock dump into the comparable form', () => {
    expect(normalizeGoStderr(deadlockOneProc, { goroot })).toBe(`fatal error: all goroutines are asleep - deadlock!

goroutine 1 [semacquire]:
sync.runtime_Semacquire(...)
	runtime/sema.go:71
sync.(*WaitGroup).Wait(...)
	sync/waitgroup.go:118
main.main(...)
	prog.go:13

goroutine 2 [sync.Mutex.Lock]:
sync.runtime_SemacquireMutex(...)
	runtime/sema.go:95
sync.(*Mutex).lockSlow(...)
	sync/mutex.go:173
sync.(*Mutex).Lock(...)
	sync/mutex.go:92
main.main.func1(...)
	prog.go:8
created by main.main in goroutine 1
	prog.go:8

goroutine 3 [chan send]:
main.main.func2(...)
	prog.go:10
created by main.main in goroutine 1
	prog.go:10
`);
  });

  it('gives the same text for GOMAXPROCS=1 and 2, whose goroutine ids and addresses differ', () => {
    expect(deadlockTwoProcs).not.toBe(deadlockOneProc);
    expect(normalizeGoStderr(deadlockTwoProcs, { goroot })).toBe(normalizeGoStderr(deadlockOneProc, { goroot }));
  });

  it('renumbers goroutine ids by numeric order, including `in goroutine N` references', () => {
    const raw = `panic: worker failed

goroutine 34 [running]:
main.main.func1.1()
	/tmp/b/prog.go:14 +0x59
created by main.main.func1 in goroutine 18
	/tmp/b/prog.go:12 +0x7e
`;
    const text = normalizeGoStderr(raw, { goroot });
    expect(text).toContain('goroutine 3 [running]:');
    expect(text).toContain('created by main.main.func1 in goroutine 2\n');
  });

  it('keeps goroutine 1 as 1 even when it is not the lowest id shown', () => {
    const raw = `fatal error: concurrent map writes

goroutine 7 [running]:
main.main.func1()
	/tmp/b/prog.go:9 +0x5b
created by main.main in goroutine 1
	/tmp/b/prog.go:7 +0x3e

goroutine 1 [chan receive]:
main.main()
	/tmp/b/prog.go:13 +0x9a
`;
    const text = normalizeGoStderr(raw, { goroot });
    expect(text).toMatch(/^goroutine 2 \[running\]:$/m);
    expect(text).toMatch(/^goroutine 1 \[chan receive\]:$/m);
  });

  it('hides the address of a panic value that has no printable form', () => {
    const raw = `panic: (main.T) 0xc000082000

goroutine 1 [running]:
main.main()
	/tmp/dt/prog.go:7 +0x45
`;
    expect(normalizeGoStderr(raw, { goroot })).toBe(`panic: (main.T) 0x...

goroutine 1 [running]:
main.main(...)
	prog.go:7
`);
  });

  it('hides the fault address and pc of a nil dereference but keeps the signal and code', () => {
    const raw = `panic: runtime error: invalid memory address or nil pointer dereference
[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x48f672]

goroutine 1 [running]:
main.main()
	/tmp/dt/prog.go:13 +0x52
`;
    expect(normalizeGoStderr(raw, { goroot }).split('\n')[1]).toBe('[signal SIGSEGV: segmentation violation code=0x1 addr=... pc=...]');
  });

  it('normalises the runtime panic frame of a re-panic and keeps the chained panic lines', () => {
    const raw = `to stderr first
panic: +1.500000e+000 [recovered]
	panic: true

goroutine 1 [running]:
main.main.func1()
	/tmp/dt/prog.go:12 +0x6d
panic({0x498ae0?, 0x4d4148?})
	/usr/lib/go-1.23/src/runtime/panic.go:785 +0x132
main.main()
	/tmp/dt/prog.go:15 +0x78
`;
    expect(normalizeGoStderr(raw, { goroot })).toBe(`to stderr first
panic: +1.500000e+000 [recovered]
	panic: true

goroutine 1 [running]:
main.main.func1(...)
	prog.go:12
panic(...)
	runtime/panic.go:785
main.main(...)
	prog.go:15
`);
  });

  it('drops fp/sp/pc register columns printed under GOTRACEBACK=system', () => {
    const raw = `runtime.fatal({0x4b560d?, 0x52cd00?})
	/usr/lib/go-1.23/src/runtime/panic.go:1088 +0x48 fp=0x7ffe0f2f78a8 sp=0x7ffe0f2f7878 pc=0x431b08
runtime.mcall()
	/usr/lib/go-1.23/src/runtime/asm_amd64.s:459 +0x4e fp=0x7ffe0f2f7b68 sp=0x7ffe0f2f7b50 pc=0x4699ce
`;
    expect(normalizeGoStderr(raw, { goroot })).toBe('runtime.fatal(...)\n\truntime/panic.go:1088\nruntime.mcall(...)\n\truntime/asm_amd64.s:459\n');
  });

  it('keeps generic instantiation brackets and the "stack unavailable" placeholder', () => {
    const raw = `goroutine 1 [running]:
maps.clone({0x49e6a0, 0xc00009a3f0})
	/usr/lib/go-1.23/src/runtime/map.go:1618 +0x25
maps.Clone[...](...)
	/usr/lib/go-1.23/src/maps/maps.go:55

goroutine 6 [running]:
	goroutine running on other thread; stack unavailable
created by main.main in goroutine 1
	/tmp/x/prog.go:7 +0x3e
`;
    expect(normalizeGoStderr(raw, { goroot })).toBe(`goroutine 1 [running]:
maps.clone(...)
	runtime/map.go:1618
maps.Clone[...](...)
	maps/maps.go:55

goroutine 2 [running]:
	goroutine running on other thread; stack unavailable
created by main.main in goroutine 1
	prog.go:7
`);
  });

  it('drops goroutine and thread addresses from the headers of a runtime throw', () => {
    const raw = `fatal error: bad map state

goroutine 6 gp=0xc000007500 m=2 mp=0xc000048708 [running]:
runtime.throw({0x4b0686?, 0x0?})
	/usr/lib/go-1.23/src/runtime/panic.go:1067 +0x48 fp=0xc000042678 sp=0xc000042648 pc=0x465108
runtime.goexit({})
	/usr/lib/go-1.23/src/runtime/asm_amd64.s:1700 +0x1 fp=0xc0000427e8 sp=0xc0000427e0 pc=0x46bba1
created by main.main in goroutine 1
	/tmp/dt/prog.go:13 +0x87

goroutine 1 gp=0xc0000061c0 m=nil [semacquire]:
`;
    expect(normalizeGoStderr(raw, { goroot })).toBe(`fatal error: bad map state

goroutine 2 [running]:
runtime.throw(...)
	runtime/panic.go:1067
runtime.goexit(...)
	runtime/asm_amd64.s:1700
created by main.main in goroutine 1
	prog.go:13

goroutine 1 [semacquire]:
`);
  });

  it('drops the time a goroutine has been blocked', () => {
    const raw = 'goroutine 1 [chan receive, 3 minutes]:\nmain.main()\n\t/tmp/a/prog.go:5 +0x1d\n';
    expect(normalizeGoStderr(raw, { goroot })).toBe('goroutine 1 [chan receive]:\nmain.main(...)\n\tprog.go:5\n');
    const locked = 'goroutine 1 [select, 2 minutes, locked to thread]:\n';
    expect(normalizeGoStderr(locked, { goroot })).toBe('goroutine 1 [select, locked to thread]:\n');
  });

  it('uses the given GOROOT and file name', () => {
    const raw = 'main.main()\n\t/home/u/src/prog.go:5 +0x1d\nsync.(*Mutex).Lock(...)\n\t/opt/go/src/sync/mutex.go:92\n';
    expect(normalizeGoStderr(raw, { goroot: '/opt/go/', fileName: 'main.go' })).toBe(
      'main.main(...)\n\tmain.go:5\nsync.(*Mutex).Lock(...)\n\tsync/mutex.go:92\n',
    );
  });

  it('removes the `exit status N` line only for go run output', () => {
    const raw = 'panic: x\n\ngoroutine 1 [running]:\nmain.main()\n\t/tmp/a/prog.go:5 +0x1d\nexit status 2\n';
    expect(normalizeGoStderr(raw, { goroot, fromGoRun: true })).toBe('panic: x\n\ngoroutine 1 [running]:\nmain.main(...)\n\tprog.go:5\n');
    expect(normalizeGoStderr(raw, { goroot })).toMatch(/exit status 2\n$/);
  });

  it('leaves what the program itself printed alone', () => {
    const printed = 'value (0x1f) at /tmp/a/prog.go:5 +0x1d\ngoroutine 7 is a word here\n\tpanic: not a frame\nexit status 1\n';
    expect(normalizeGoStderr(printed, { goroot })).toBe(printed);
  });

  it('accepts CRLF and empty input without throwing', () => {
    expect(normalizeGoStderr('', { goroot })).toBe('');
    expect(normalizeGoStderr('main.main()\r\n\t/tmp/a/prog.go:5 +0x1d\r\n', { goroot })).toBe('main.main(...)\n\tprog.go:5\n');
  });

  it('is idempotent', () => {
    for (const raw of [deadlockOneProc, deadlockTwoProcs]) {
      const once = normalizeGoStderr(raw, { goroot });
      expect(normalizeGoStderr(once, { goroot })).toBe(once);
    }
  });
});

describe('normalizations', () => {
  it('lists each rewrite once, with what it does and why', () => {
    const ids = normalizations.map((n) => n.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const n of normalizations) {
      expect(n.what.length).toBeGreaterThan(10);
      expect(n.why.length).toBeGreaterThan(10);
    }
  });
});
