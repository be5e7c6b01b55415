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

export type WaitReasonText = (typeof WaitReason)[keyof typeof WaitReason];
