// A stack of ints for what the maps slice derives and the events do not carry back (who set
// hashWriting, the slot last touched, the last evacuation): apply pushes the old value, revert pops.
//
// Sharing: a state folded from a trace pushes the same ints at the same depths whatever its
// history (apply is deterministic), so clones share one buffer and each keeps only its own depth;
// a clone costs nothing and a keyframe holds no copy. The buffer is only ever appended to: a push
// below its end must write what is already there, and when it would not (a clone that applied a
// different event) the pusher forks its own copy first, so no other state ever sees a change.
class Buffer {
  data = new Int32Array(1024);
  end = 0;
}

export class UndoLog {
  constructor(
    private buf: Buffer = new Buffer(),
    private depth = 0,
  ) {}

  clone(): UndoLog {
    return new UndoLog(this.buf, this.depth);
  }

  get size(): number {
    return this.depth;
  }

  /**
   * Its depth: what a state's JSON needs (tests compare whole player states). The entries are
   * undo data whose effect shows in the derived fields they restore.
   */
  toJSON(): number {
    return this.depth;
  }

  /** Pushes `values` (in order); `pop` returns them last first. */
  push(...values: number[]): void {
    const b = this.buf;
    const d = this.depth;
    if (d < b.end) {
      let same = d + values.length <= b.end;
      for (let i = 0; same && i < values.length; i++) same = b.data[d + i] === (values[i] | 0);
      if (same) {
        this.depth = d + values.length;
        return;
      }
      this.fork();
    }
    this.append(values);
  }

  /** The int on top, removed; 0 when empty (a revert with nothing to undo leaves zeroes). */
  pop(): number {
    if (this.depth === 0) return 0;
    return this.buf.data[--this.depth];
  }

  private append(values: number[]): void {
    let b = this.buf;
    if (b.end + values.length > b.data.length) {
      const bigger = new Int32Array(Math.max(b.data.length * 2, b.end + values.length));
      bigger.set(b.data.subarray(0, b.end));
      b.data = bigger;
    }
    b = this.buf;
    for (const v of values) b.data[b.end++] = v | 0;
    this.depth = b.end;
  }

  private fork(): void {
    const own = new Buffer();
    own.data = this.buf.data.slice(0, Math.max(1024, this.depth * 2));
    own.end = this.depth;
    this.buf = own;
  }
}
