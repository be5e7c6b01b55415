// The standard-library frames Go prints for a goroutine inside a map, sync or time function
// (file:line as the goldens normalise them, relative to GOROOT/src). Which frames depend on where
// the goroutine is (blocked on the semaphore, or failing a check) and on the Go version: 1.23's
// were measured here; 1.24+'s come from real 1.24–1.26 dumps quoted in public write-ups
// (go-facts.md §8.2 and §2.3 give their shape; the line numbers are those dumps').
import type { Goroutine } from '../../vm/goroutine.ts';

type Frames = [name: string, file: string][];

const fatalFrame: [string, string] = ['sync.fatal', 'runtime/panic.go:1031'];

const blocked: Record<string, Frames> = {
  'sync.Mutex.Lock': [['sync.runtime_SemacquireMutex', 'runtime/sema.go:95'], ['sync.(*Mutex).lockSlow', 'sync/mutex.go:173'], ['sync.(*Mutex).Lock', 'sync/mutex.go:92']],
  'sync.RWMutex.RLock': [['sync.runtime_SemacquireRWMutexR', 'runtime/sema.go:100'], ['sync.(*RWMutex).RLock', 'sync/rwmutex.go:72']],
  'sync.RWMutex.Lock': [['sync.runtime_SemacquireRWMutex', 'runtime/sema.go:105'], ['sync.(*RWMutex).Lock', 'sync/rwmutex.go:153']],
  'sync.WaitGroup.Wait': [['sync.runtime_Semacquire', 'runtime/sema.go:71'], ['sync.(*WaitGroup).Wait', 'sync/waitgroup.go:118']],
  'time.Sleep': [['time.Sleep', 'runtime/time.go:300']],
  'sync.Cond.Wait': [['sync.runtime_notifyListWait', 'runtime/sema.go:587'], ['sync.(*Cond).Wait', 'sync/cond.go:71']],
};

const failing: Record<string, Frames> = {
  'sync.Mutex.Unlock': [fatalFrame, ['sync.(*Mutex).unlockSlow', 'sync/mutex.go:231'], ['sync.(*Mutex).Unlock', 'sync/mutex.go:225']],
  'sync.RWMutex.RUnlock': [fatalFrame, ['sync.(*RWMutex).rUnlockSlow', 'sync/rwmutex.go:130'], ['sync.(*RWMutex).RUnlock', 'sync/rwmutex.go:120']],
  'sync.RWMutex.Unlock': [fatalFrame, ['sync.(*RWMutex).Unlock', 'sync/rwmutex.go:210']],
  'sync.WaitGroup.Add': [['sync.(*WaitGroup).Add', 'sync/waitgroup.go:64']],
  'sync.WaitGroup.Done': [['sync.(*WaitGroup).Add', 'sync/waitgroup.go:64'], ['sync.(*WaitGroup).Done', 'sync/waitgroup.go:89']],
};

// Go 1.24 moved Mutex into internal/sync (sync.Mutex wraps it), renamed WaitGroup's semaphore
// call, and gave map errors a frame of their own; 1.25 rewrote WaitGroup (for WaitGroup.Go).
const mapsFatalLine: Record<number, number> = { 24: 1058, 25: 1046, 26: 1181 };
// internal/sync.fatal sits 10 lines below maps.fatal in panic.go: measured so in 1.24 (1058/1068)
// and 1.27 (1195/1205); 1.25's and 1.26's sync lines are inferred from that.
const internalSyncFatal = (minor: number): [string, string] => ['internal/sync.fatal', `runtime/panic.go:${mapsFatalLine[Math.min(minor, 26)] + 10}`];

function blocked124(minor: number): Record<string, Frames> {
  const wg: Frames = minor >= 25
    ? [['sync.runtime_SemacquireWaitGroup', 'runtime/sema.go:114'], ['sync.(*WaitGroup).Wait', 'sync/waitgroup.go:206']]
    : [['sync.runtime_SemacquireWaitGroup', 'runtime/sema.go:110'], ['sync.(*WaitGroup).Wait', 'sync/waitgroup.go:118']];
  return {
    ...blocked,
    'sync.RWMutex.Lock': [['sync.runtime_SemacquireRWMutex', 'runtime/sema.go:105'], ['sync.(*RWMutex).Lock', 'sync/rwmutex.go:155']],
    'sync.Mutex.Lock': [
      ['internal/sync.runtime_SemacquireMutex', 'runtime/sema.go:95'], ['internal/sync.(*Mutex).lockSlow', 'internal/sync/mutex.go:149'],
      ['internal/sync.(*Mutex).Lock', 'internal/sync/mutex.go:70'], ['sync.(*Mutex).Lock', 'sync/mutex.go:46'],
    ],
    'sync.WaitGroup.Wait': wg,
  };
}

function failing124(minor: number): Record<string, Frames> {
  return {
    ...failing,
    'runtime.mapfatal': [['internal/runtime/maps.fatal', `runtime/panic.go:${mapsFatalLine[Math.min(minor, 26)]}`]],
    'sync.Mutex.Unlock': [
      internalSyncFatal(minor), ['internal/sync.(*Mutex).unlockSlow', 'internal/sync/mutex.go:204'],
      ['internal/sync.(*Mutex).Unlock', 'internal/sync/mutex.go:198'], ['sync.(*Mutex).Unlock', 'sync/mutex.go:65'],
    ],
  };
}

// Go 1.19 (measured with the Debian go-1.19 toolchain): other line numbers, and RLock waited on
// the mutex semaphore.
const blocked119: Record<string, Frames> = {
  ...blocked,
  'sync.Mutex.Lock': [['sync.runtime_SemacquireMutex', 'runtime/sema.go:77'], ['sync.(*Mutex).lockSlow', 'sync/mutex.go:171'], ['sync.(*Mutex).Lock', 'sync/mutex.go:90']],
  'sync.RWMutex.RLock': [['sync.runtime_SemacquireMutex', 'runtime/sema.go:77'], ['sync.(*RWMutex).RLock', 'sync/rwmutex.go:71']],
  'sync.RWMutex.Lock': [['sync.runtime_SemacquireMutex', 'runtime/sema.go:77'], ['sync.(*RWMutex).Lock', 'sync/rwmutex.go:152']],
  'sync.WaitGroup.Wait': [['sync.runtime_Semacquire', 'runtime/sema.go:62'], ['sync.(*WaitGroup).Wait', 'sync/waitgroup.go:139']],
};

/** RWMutex.Lock behind another writer waits inside its Mutex (rwmutex.go's `rw.w.Lock()`), not for readers. */
// Measured: 147 (1.19) and 148 (1.23), five lines above the wait for readers (152, 153). A later
// Go's public dump shows the wait for readers at 155; 1.24+'s 150 is inferred from that spacing.
const rwLockBehindWriter = (minor: number): [string, string] => ['sync.(*RWMutex).Lock', `sync/rwmutex.go:${minor < 20 ? 147 : minor < 24 ? 148 : 150}`];

const failing119: Record<string, Frames> = {
  ...failing,
  'sync.Mutex.Unlock': [fatalFrame, ['sync.(*Mutex).unlockSlow', 'sync/mutex.go:229'], ['sync.(*Mutex).Unlock', 'sync/mutex.go:223']],
};

function failingTable(minor: number): Record<string, Frames> {
  if (minor >= 24) return failing124(minor);
  return minor < 20 ? failing119 : failing;
}

function blockedTable(minor: number): Record<string, Frames> {
  if (minor >= 24) return blocked124(minor);
  return minor < 20 ? blocked119 : blocked;
}

/** Dump lines for a runtime thunk frame, innermost first; null when Go shows no frame for it. */
export function stdFrameLines(std: string, g: Goroutine, isBlocked: boolean, goMinor = 23): string | null {
  const table = isBlocked ? blockedTable(goMinor) : failingTable(goMinor);
  let frames = table[std];
  // A writer queued behind another writer waits inside RWMutex's own Mutex (`rw.w.Lock()`); the
  // lock still has its writer then (a writer waiting for readers does not yet, in the model), which
  // tells the two apart in every version, including 1.19 where both waits print `semacquire`.
  if (isBlocked && std === 'sync.RWMutex.Lock' && (g.parkedOn as { writer?: unknown } | null)?.writer === true) {
    frames = [...table['sync.Mutex.Lock'], rwLockBehindWriter(goMinor)];
  }
  if (!frames) return null;
  return frames.map(([name, file]) => `${name}(...)\n\t${file}\n`).join('');
}
