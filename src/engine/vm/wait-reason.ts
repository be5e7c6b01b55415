// Go's wait reasons, as Go 1.23 prints them in goroutine dumps (shared/go-facts.md §8.2).

export const WaitReason = {
  chanReceive: 'chan receive',
  chanSend: 'chan send',
  chanReceiveNil: 'chan receive (nil chan)',
  chanSendNil: 'chan send (nil chan)',
  select: 'select',
  selectNoCases: 'select (no cases)',
  mutexLock: 'sync.Mutex.Lock',
  rwMutexRLock: 'sync.RWMutex.RLock',
  rwMutexLock: 'sync.RWMutex.Lock',
  /** Go 1.23 still prints `semacquire` for WaitGroup.Wait (1.24 prints `sync.WaitGroup.Wait`). */
  waitGroupWait: 'semacquire',
  condWait: 'sync.Cond.Wait',
  sleep: 'sleep',
} as const;

/** What other Go versions print for the same wait (go-facts.md §8.2's table). */
export type WaitReasonText = (typeof WaitReason)[keyof typeof WaitReason] | 'semacquire' | 'sync.WaitGroup.Wait';

/**
 * The wait reason Go 1.`minor` prints. Go 1.19 printed `semacquire` for every sync wait; the
 * Mutex and RWMutex reasons came with 1.20 (1.21 and 1.23 verified); 1.24 named WaitGroup.Wait.
 */
export function waitReasonIn(reason: WaitReasonText, minor: number): WaitReasonText {
  if (reason === WaitReason.waitGroupWait) return minor >= 24 ? 'sync.WaitGroup.Wait' : reason;
  if (minor < 20 && (reason === WaitReason.mutexLock || reason === WaitReason.rwMutexLock || reason === WaitReason.rwMutexRLock)) return 'semacquire';
  return reason;
}
