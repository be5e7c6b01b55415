// Package sync: the locks, WaitGroup, Once, Cond and Map the lessons are about (Go 1.23 API and struct layouts).
//
// The unexported fields are Go 1.23's own (src/sync/*.go). They matter to the checker and to vet:
// `sync.Map` holds a Go map, so two sync.Maps cannot be compared with ==; `noCopy` gives
// WaitGroup and Cond the Lock/Unlock methods on a pointer that go vet's copylocks check looks for;
// Once begins with an atomic.Uint32, which is why vet reports a copied Once as
// `sync.Once contains sync/atomic.Uint32 contains sync/atomic.noCopy`.
import { definePackage } from './define-package.ts';
import { atomicPackage } from './atomic.ts';
import { genericHooks } from './generic-hook.ts';

export const syncPackage = definePackage('sync', `
type Locker interface {
	Lock()
	Unlock()
}

type Mutex struct {
	state int32
	sema  uint32
}
func (m *Mutex) Lock()
func (m *Mutex) TryLock() bool
func (m *Mutex) Unlock()

type RWMutex struct {
	w           Mutex
	writerSem   uint32
	readerSem   uint32
	readerCount atomic.Int32
	readerWait  atomic.Int32
}
func (rw *RWMutex) Lock()
func (rw *RWMutex) RLock()
func (rw *RWMutex) RLocker() Locker
func (rw *RWMutex) RUnlock()
func (rw *RWMutex) TryLock() bool
func (rw *RWMutex) TryRLock() bool
func (rw *RWMutex) Unlock()

type noCopy struct{}
func (*noCopy) Lock()
func (*noCopy) Unlock()

type WaitGroup struct {
	noCopy noCopy
	state  atomic.Uint64
	sema   uint32
}
func (wg *WaitGroup) Add(delta int)
func (wg *WaitGroup) Done()
func (wg *WaitGroup) Wait()

type Once struct {
	done atomic.Uint32
	m    Mutex
}
func (o *Once) Do(f func())

type notifyList struct {
	wait   uint32
	notify uint32
	lock   uintptr
	head   uintptr
	tail   uintptr
}
type copyChecker uintptr

type Cond struct {
	noCopy  noCopy
	L       Locker
	notify  notifyList
	checker copyChecker
}
func NewCond(l Locker) *Cond
func (c *Cond) Broadcast()
func (c *Cond) Signal()
func (c *Cond) Wait()

type entry struct {
	p atomic.Value
}
type Map struct {
	mu     Mutex
	read   atomic.Value
	dirty  map[any]*entry
	misses int
}
func (m *Map) Clear()
func (m *Map) CompareAndDelete(key, old any) (deleted bool)
func (m *Map) CompareAndSwap(key, old, new any) (swapped bool)
func (m *Map) Delete(key any)
func (m *Map) Load(key any) (value any, ok bool)
func (m *Map) LoadAndDelete(key any) (value any, loaded bool)
func (m *Map) LoadOrStore(key, value any) (actual any, loaded bool)
func (m *Map) Range(f func(key, value any) bool)
func (m *Map) Store(key, value any)
func (m *Map) Swap(key, value any) (previous any, loaded bool)

func OnceFunc(f func()) func()
func OnceValue[T any](f func() T) func() T
func OnceValues[T1, T2 any](f func() (T1, T2)) func() (T1, T2)
`, { atomic: atomicPackage }, genericHooks({ OnceValue: 'oncefunc.go:43', OnceValues: 'oncefunc.go:74' }));
