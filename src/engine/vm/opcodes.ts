// The bytecode instruction set: fixed-width instructions of four int32 words [op, a, b, c].
//
// Registers are a frame's slots (locals and temporaries). Integer ops keep Go's 64-bit int in a
// JS double and stop with a clear error past 2^53 rather than print a wrong number; sized types
// wrap exactly through WRAP. Jump targets are absolute instruction indices. STMT marks a
// statement boundary (a preemption point at statement granularity); NATIVE calls into the Go
// runtime model, whose multi-phase operations are preemption points between phases.

export const Op = {
  NOP: 0,
  /** r[a] = r[b] */
  MOVE: 1,
  /** r[a] = consts[b] */
  LOADK: 2,
  /** r[a] = b (small integer immediate) */
  LOADI: 3,
  /** r[a] = null (nil) */
  LOADNIL: 4,
  /** r[a] = b !== 0 */
  LOADBOOL: 5,

  /** int arithmetic with the 2^53 exactness check: r[a] = r[b] op r[c] */
  ADDI: 10,
  SUBI: 11,
  MULI: 12,
  /** integer division truncating toward zero; panics on zero divisor */
  DIVI: 13,
  REMI: 14,
  /** r[a] = r[b] + c (immediate) */
  ADDIMM: 15,
  NEGI: 16,
  /** float arithmetic (float64; float32 rounds through WRAP) */
  ADDF: 20,
  SUBF: 21,
  MULF: 22,
  DIVF: 23,
  NEGF: 24,
  /** string concatenation */
  CONCAT: 25,
  /** bitwise ops on integers: r[a] = r[b] op r[c] */
  AND: 30,
  OR: 31,
  XOR: 32,
  ANDNOT: 33,
  SHL: 34,
  SHR: 35,
  /** r[a] = ^r[b] */
  BITNOT: 36,
  /** r[a] = wrap(r[a]) to the integer kind c (see IntKind) */
  WRAP: 37,

  /** comparisons of numbers, strings and booleans: r[a] = r[b] op r[c] */
  EQ: 40,
  NE: 41,
  LT: 42,
  LE: 43,
  GT: 44,
  GE: 45,
  /** r[a] = !r[b] */
  NOT: 46,

  /** pc = a */
  JMP: 50,
  /** if r[a] then pc = b */
  JMPT: 51,
  /** if !r[a] then pc = b */
  JMPF: 52,
  /** if r[a] < r[b] then pc = c (fused compare-and-branch for loops) */
  JLT: 53,
  /** if r[a] >= r[b] then pc = c */
  JGE: 54,

  /** call r[b] (a Closure) with c args taken from r[a+1..a+c]; results land in r[a..] */
  CALL: 60,
  /** return c results starting at r[a] */
  RET: 61,
  /** r[a] = new Closure(protos[b]) capturing the cells named by the proto's captures */
  CLOSURE: 62,
  /** r[a] = the current closure's captured cell b's value */
  GETUP: 63,
  /** the current closure's captured cell b = r[a] */
  SETUP: 64,
  /** r[a] = new Cell(r[a]) — a variable that is captured or has its address taken */
  NEWCELL: 65,
  /** r[a] = r[b].v */
  LOADCELL: 66,
  /** r[a].v = r[b] */
  STORECELL: 67,
  /** r[a] = the current closure's captured cell b itself (to pass it on to an inner closure) */
  GETUPCELL: 68,

  /** start a goroutine running r[b] with c args from r[a+1..a+c] */
  GO: 70,
  /** push a deferred call of r[b] with c args from r[a+1..a+c] */
  DEFER: 71,
  /** panic with value r[a] */
  PANIC: 72,
  /** r[a] = recover() */
  RECOVER: 73,

  /** r[a..] = natives[b](r[a+1..a+c]); may start a multi-phase runtime operation */
  NATIVE: 80,
  /** statement boundary at source position index a (a preemption point) */
  STMT: 81,

  /** r[a] = r[b][c] — a struct field or fixed array element (r[b] nil: nil pointer dereference) */
  GETF: 90,
  /** r[a][b] = r[c] */
  SETF: 91,

  // Race-detector variants (race/instrument.ts rewrites the plain ops into these when a run asks
  // for -race; a normal run never contains them, so it pays nothing). Same operands as the
  // plain op; each reports the memory access to Machine.race before doing it.
  RLOADCELL: 100,
  RSTORECELL: 101,
  RGETUP: 102,
  RSETUP: 103,
  RGETF: 104,
  RSETF: 105,
  /** a = low 32 bits of b * c (Math.imul): multiplication for sized integers of 32 bits or fewer, which WRAP follows. */
  MULI32: 106,
  /**
   * A preemption point inside a statement: between the load and the store of `x op= y` on shared
   * memory, where real threads interleave (so `counter++` from several goroutines loses updates, as in Go).
   */
  YIELD: 107,
} as const;

export type OpCode = (typeof Op)[keyof typeof Op];

export const opName: Record<number, string> = Object.fromEntries(Object.entries(Op).map(([k, v]) => [v, k]));

/** Integer kinds for WRAP, in the order Go's sized integer types are usually listed. */
export const IntKind = { int8: 1, int16: 2, int32: 3, int64: 4, uint8: 5, uint16: 6, uint32: 7, uint64: 8 } as const;
export type IntKindName = keyof typeof IntKind;

/** Words per instruction. */
export const W = 4;
