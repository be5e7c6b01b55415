// The standard-library frames Go 1.23 prints for a goroutine inside a sync or time function
// (file:line as the goldens normalise them, relative to GOROOT/src). Which frames depend on where
// the goroutine is: blocked on the semaphore, or failing a misuse check.
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

/** Dump lines for a runtime thunk frame, innermost first; null when Go shows no frame for it. */
export function stdFrameLines(std: string, _g: Goroutine, isBlocked: boolean): string | null {
  const frames = (isBlocked ? blocked : failing)[std];
  if (!frames) return null;
  return frames.map(([name, file]) => `${name}(...)\n\t${file}\n`).join('');
}
