// Names for locks and channels as the learner wrote them, read from the source line of an operation.
//
// The VM keeps only line numbers per instruction, so a name is the receiver expression of the
// first call of the operation's method on that line (`c.mu` in `c.mu.Lock()`), or the variable
// or field a channel was made into (`ch` in `ch := make(chan int, 3)`). Two calls of the same
// method on one line cannot be told apart; the first one wins. '' when nothing matches.

/** A Go selector/index chain: `mu`, `c.mu`, `s.shards[i].mu`, `db.locks[k]`. */
const receiver = String.raw`[A-Za-z_][\w]*(?:\s*\.\s*[A-Za-z_]\w*|\[[^\]\n]*\])*`;

const methodPatterns = new Map<string, RegExp>();

function methodPattern(method: string): RegExp {
  let re = methodPatterns.get(method);
  if (re === undefined) methodPatterns.set(method, (re = new RegExp(String.raw`(${receiver})\s*\.\s*${method}\s*\(`)));
  return re;
}

/** The methods an event's `op` can name (ops like `Cond.Wait` come from elsewhere and name nothing). */
const lockMethods = new Set([
  'Lock', 'Unlock', 'RLock', 'RUnlock', 'TryLock', 'TryRLock', 'Add', 'Done', 'Wait',
  // sync.Map
  'Load', 'Store', 'Swap', 'LoadOrStore', 'LoadAndDelete', 'Delete', 'CompareAndSwap', 'Clear',
]);

/** The receiver of `op` on this source line: `mu`, `c.mu`, `s.shards[i].mu`. */
export function lockNameAt(line: string, op: string): string {
  if (!lockMethods.has(op)) return '';
  const m = methodPattern(op).exec(stripComment(line));
  return m ? tidy(m[1]) : '';
}

const assigned = new RegExp(String.raw`(${receiver})\s*(?::=|=)\s*make\s*\(\s*chan\b`);
const keyed = /([A-Za-z_]\w*)\s*:\s*make\s*\(\s*chan\b/;
const declared = /\bvar\s+([A-Za-z_]\w*)\s+(?:chan\b|<-\s*chan\b)/;

/** The variable or struct field a `make(chan …)` on this line is stored in. */
export function chanNameAt(line: string): string {
  const text = stripComment(line);
  const m = assigned.exec(text) ?? keyed.exec(text) ?? declared.exec(text);
  return m ? tidy(m[1]) : '';
}

/** `db . mu` → `db.mu`; spaces inside an index (`[i % n]`) stay as written. */
function tidy(expr: string): string {
  return expr.replace(/\s*\.\s*/g, '.');
}

/** The line without a trailing `//` comment (a `//` inside a string literal is rare enough to ignore). */
function stripComment(line: string): string {
  const i = line.indexOf('//');
  return i < 0 ? line : line.slice(0, i);
}
