// Builds FuncProtos instruction by instruction, with forward labels: used by the compiler and by tests.
import { Op, W, type OpCode } from './opcodes.ts';
import { FuncProto } from './proto.ts';

export class Label {
  /** Instruction index once placed, -1 before. */
  at = -1;
  /** Word offsets of operands waiting for this label. */
  readonly fixups: number[] = [];
}

export class ProtoBuilder {
  private words: number[] = [];
  private lineOf: number[] = [];
  private consts: unknown[] = [];
  private constIndex = new Map<unknown, number>();
  readonly protos: FuncProto[] = [];
  private captures: number[] = [];
  /** Current source line stamped on emitted instructions. */
  line = 0;
  nregs = 0;
  /** See FuncProto.recoverPc. */
  recoverPc = -1;

  constructor(
    readonly name: string,
    readonly nparams: number,
    readonly funcLine = 0,
  ) {
    this.nregs = nparams;
    this.line = funcLine;
  }

  /** Index of the next instruction. */
  get here(): number {
    return this.words.length / W;
  }

  reg(): number {
    return this.nregs++;
  }

  emit(op: OpCode, a = 0, b = 0, c = 0): number {
    const at = this.here;
    this.words.push(op, a, b, c);
    this.lineOf.push(this.line);
    return at;
  }

  /** Emits an instruction whose operand `which` (1=a, 2=b, 3=c) is the label's instruction index. */
  emitJump(op: OpCode, label: Label, which: 1 | 2 | 3, a = 0, b = 0, c = 0): number {
    const at = this.emit(op, a, b, c);
    const word = at * W + which;
    if (label.at >= 0) this.words[word] = label.at;
    else label.fixups.push(word);
    return at;
  }

  label(): Label {
    return new Label();
  }

  place(label: Label): void {
    label.at = this.here;
    for (const w of label.fixups) this.words[w] = label.at;
    label.fixups.length = 0;
  }

  constant(v: unknown): number {
    const known = this.constIndex.get(v);
    if (known !== undefined) return known;
    const i = this.consts.push(v) - 1;
    this.constIndex.set(v, i);
    return i;
  }

  /** Adds a nested prototype; returns its index for CLOSURE. */
  addProto(p: FuncProto): number {
    return this.protos.push(p) - 1;
  }

  /** Declares what CLOSURE of a nested proto captures: register indices, or -1-upvalue for enclosing captures. */
  setCaptures(captures: number[]): void {
    this.captures = captures;
  }

  build(): FuncProto {
    for (let i = 0; i < this.words.length; i += W) if (this.words[i] === undefined) throw new Error('hole in code');
    return new FuncProto(
      this.name,
      Int32Array.from(this.words),
      Int32Array.from(this.lineOf),
      this.consts,
      this.nregs,
      this.nparams,
      Int32Array.from(this.captures),
      this.protos,
      this.funcLine,
      this.recoverPc,
    );
  }
}

export { Op };
