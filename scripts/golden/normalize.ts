// Normalises what a Go 1.23 program wrote to stderr so that it can be compared with what the lab writes.
//
// Real Go prints numbers that depend on the machine, the build and the scheduler rather than on the
// program: PC offsets, argument words, addresses, temporary build paths, goroutine ids taken from
// per-P caches. The lab cannot (and should not pretend to) reproduce them (DESIGN.md rule 3), so the
// golden files store stderr after these rewrites, and the run harness applies the same function to the
// lab's own stderr before comparing. Every rewrite is listed in `normalizations` below with its reason;
// testdata/README.md points here instead of repeating the list.

export interface NormalizeOptions {
  /**
   * GOROOT of the toolchain that produced the text (`go env GOROOT`). Standard-library frames are shown
   * relative to `$GOROOT/src`, as `-trimpath` builds and the Go playground show them.
   * Default: the Debian Go 1.23 location used to produce the goldens.
   */
  goroot?: string;
  /** Name every user source file is shown as. Default `prog.go`, the file name the lab's editor uses. */
  fileName?: string;
  /** The text came from `go run`, which appends `exit status N` for a non-zero exit. Default false. */
  fromGoRun?: boolean;
}

export interface Normalization {
  /** Short identifier, used in tests and in the README. */
  id: string;
  /** What the rewrite does, in one line. */
  what: string;
  /** Why the number or text cannot be compared as is. */
  why: string;
}

/** Every rewrite `normalizeGoStderr` performs, in the order it performs them. */
export const normalizations: readonly Normalization[] = [
  {
    id: 'go-run-exit-status',
    what: 'drop a final `exit status N` line (only with fromGoRun)',
    why: '`go run` prints it for the child; the built binary, which the goldens use, does not',
  },
  {
    id: 'goroot-path',
    what: '`\\t/usr/lib/go-1.23/src/sync/mutex.go:173` → `\\tsync/mutex.go:173`',
    why: 'where Go is installed is a property of the machine, not of the program',
  },
  {
    id: 'user-path',
    what: 'any other absolute frame path → the file name: `\\t/tmp/x1/prog.go:12` → `\\tprog.go:12`',
    why: 'programs are built in a fresh temporary directory; the lab names its one file prog.go',
  },
  {
    id: 'pc-offset',
    what: 'drop ` +0x1d` after `file:line` in a frame',
    why: 'offset of the PC inside the compiled function: depends on the compiler, not on Go semantics',
  },
  {
    id: 'frame-registers',
    what: 'drop ` fp=0x… sp=0x… pc=0x…` after a frame (GOTRACEBACK=system only)',
    why: 'stack and code addresses',
  },
  {
    id: 'frame-args',
    what: 'every frame argument list → `(...)`: `sync.(*Mutex).lockSlow(0xc000084040)` → `sync.(*Mutex).lockSlow(...)`, `main.main()` → `main.main(...)`',
    why: 'argument words (pointers, `?` guesses) are register and heap contents, and gc prints `(...)` for any inlined call, even one without arguments, so `()` versus `(...)` depends on what the compiler chose to inline',
  },
  {
    id: 'signal-numbers',
    what: '`[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x4839]` → `… code=0x1 addr=... pc=...]`',
    why: 'the faulting pc is a code address; addr is the field offset inside a struct whose layout the lab does not model',
  },
  {
    id: 'panic-value-address',
    what: '`panic: (main.T) 0xc0000a8020` → `panic: (main.T) 0x...` (also after `\\tpanic: `)',
    why: 'Go prints the address of a panic value that is neither a basic type, an error nor a Stringer',
  },
  {
    id: 'goroutine-header-addresses',
    what: 'drop ` gp=0x… m=N mp=0x…` from a goroutine header: `goroutine 6 gp=0xc000007500 m=2 mp=0xc000048708 [running]:` → `goroutine 6 [running]:`',
    why: 'addresses of the runtime\'s goroutine and thread structures, printed by runtime-internal throws such as `bad map state`',
  },
  {
    id: 'wait-minutes',
    what: 'drop `, N minutes` from a goroutine header: `[chan receive, 2 minutes]` → `[chan receive]`',
    why: 'wall-clock time spent blocked',
  },
  {
    id: 'goroutine-ids',
    what: 'goroutine ids other than 1 are renumbered 2, 3, … in numeric order, in headers and in `in goroutine N`',
    why: 'Go hands out ids from per-P caches of 16 after its own system goroutines, so the same program shows 6 or 18 depending on GOMAXPROCS; the numeric order (creation order) is what is meaningful',
  },
];

const defaultGoroot = '/usr/lib/go-1.23';

/** `goroutine 18 [` at the start of a header line, or `in goroutine 18` at the end of a `created by` line. */
const goroutineIdPattern = /^(goroutine )(\d+)( \[)|( in goroutine )(\d+)$/gm;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Collects goroutine ids (other than 1) in numeric order and maps each to its rank, starting at 2. */
function goroutineRenumbering(text: string): Map<string, string> {
  const ids = new Set<number>();
  for (const match of text.matchAll(goroutineIdPattern)) {
    const id = Number(match[2] ?? match[5]);
    if (id !== 1) ids.add(id);
  }
  const sorted = [...ids].sort((a, b) => a - b);
  return new Map(sorted.map((id, index) => [String(id), String(index + 2)]));
}

/**
 * Rewrites Go's stderr into the comparable form stored in the `.out` goldens.
 * Text that is not part of a traceback (what the program itself printed) is left alone, except that
 * lines which look exactly like traceback lines are treated as such.
 * @example normalizeGoStderr('main.main()\n\t/tmp/b1/prog.go:5 +0x1d\n') // 'main.main(...)\n\tprog.go:5\n'
 */
export function normalizeGoStderr(raw: string, options: NormalizeOptions = {}): string {
  const goroot = (options.goroot ?? defaultGoroot).replace(/\/+$/, '');
  const fileName = options.fileName ?? 'prog.go';
  let text = raw.replace(/\r\n/g, '\n');

  if (options.fromGoRun) text = text.replace(/(^|\n)exit status \d+\n?$/, '$1');

  // Frame file lines: TAB, absolute path, `:line`, then optional ` +0x…` and ` fp=… sp=… pc=…`.
  const gorootSrc = new RegExp(`^\\t${escapeRegExp(goroot)}/src/`, 'gm');
  text = text.replace(gorootSrc, '\t');
  text = text.replace(/^\t\/(?:[^\n:]*\/)?[^\n/:]+\.go:(\d+)/gm, (_m, line: string) => `\t${fileName}:${line}`);
  text = text.replace(/^(\t[^\n]+\.(?:go|s):\d+)(?: \+0x[0-9a-f]+)?(?: fp=0x[0-9a-f]+ sp=0x[0-9a-f]+ pc=0x[0-9a-f]+)?$/gm, '$1');

  // Frame function lines: `name(args)` at column 0, followed by a TAB-indented file line.
  // Argument words are hex, `?`-marked guesses, `{…}` groups for strings and structs, or `...` when cut.
  text = text.replace(/^([^\s(][^\n]*?)\((?:(?:0x|\{|\.\.\.)[0-9a-fx?{}., ]*)?\)(\n\t)/gm, '$1(...)$2');

  text = text.replace(/^(\[signal [^\n\]]*? addr=)0x[0-9a-f]+( pc=)0x[0-9a-f]+\]$/gm, '$1...$2...]');
  text = text.replace(/^(\t?panic: \([^\n)]+\) )0x[0-9a-f]+/gm, '$10x...');
  text = text.replace(/^(goroutine \d+) gp=0x[0-9a-f]+ m=(?:\d+|nil)(?: mp=0x[0-9a-f]+)? \[/gm, '$1 [');
  text = text.replace(/^(goroutine \d+ \[[^\n\]]*?), \d+ minutes(\]|, )/gm, '$1$2');

  const renumber = goroutineRenumbering(text);
  text = text.replace(goroutineIdPattern, (match, head?: string, id?: string, tail?: string, inHead?: string, inId?: string) => {
    if (head !== undefined && id !== undefined) return `${head}${renumber.get(id) ?? id}${tail}`;
    if (inHead !== undefined && inId !== undefined) return `${inHead}${renumber.get(inId) ?? inId}`;
    return match;
  });
  return text;
}
