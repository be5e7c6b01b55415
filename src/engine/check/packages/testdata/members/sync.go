package main

import "sync"

func main() {
	{
		var _ sync.Locker
	}
	{
		var _ sync.Mutex
	}
	{
		var x sync.Mutex
		x.Lock()
	}
	{
		var x sync.Mutex
		_ = x.TryLock()
	}
	{
		var x sync.Mutex
		x.Unlock()
	}
	{
		var _ sync.RWMutex
	}
	{
		var x sync.RWMutex
		x.Lock()
	}
	{
		var x sync.RWMutex
		x.RLock()
	}
	{
		var x sync.RWMutex
		_ = x.RLocker()
	}
	{
		var x sync.RWMutex
		x.RUnlock()
	}
	{
		var x sync.RWMutex
		_ = x.TryLock()
	}
	{
		var x sync.RWMutex
		_ = x.TryRLock()
	}
	{
		var x sync.RWMutex
		x.Unlock()
	}
	{
		var _ sync.WaitGroup
	}
	{
		var x sync.WaitGroup
		var a0 int
		x.Add(a0)
	}
	{
		var x sync.WaitGroup
		x.Done()
	}
	{
		var x sync.WaitGroup
		x.Wait()
	}
	{
		var _ sync.Once
	}
	{
		var x sync.Once
		var a0 func()
		x.Do(a0)
	}
	{
		var _ sync.Cond
	}
	{
		var x sync.Cond
		x.Broadcast()
	}
	{
		var x sync.Cond
		x.Signal()
	}
	{
		var x sync.Cond
		x.Wait()
	}
	{
		var _ sync.Map
	}
	{
		var x sync.Map
		x.Clear()
	}
	{
		var x sync.Map
		var a0 any
		var a1 any
		_ = x.CompareAndDelete(a0, a1)
	}
	{
		var x sync.Map
		var a0 any
		var a1 any
		var a2 any
		_ = x.CompareAndSwap(a0, a1, a2)
	}
	{
		var x sync.Map
		var a0 any
		x.Delete(a0)
	}
	{
		var x sync.Map
		var a0 any
		_, _ = x.Load(a0)
	}
	{
		var x sync.Map
		var a0 any
		_, _ = x.LoadAndDelete(a0)
	}
	{
		var x sync.Map
		var a0 any
		var a1 any
		_, _ = x.LoadOrStore(a0, a1)
	}
	{
		var x sync.Map
		var a0 func(key any, value any) bool
		x.Range(a0)
	}
	{
		var x sync.Map
		var a0 any
		var a1 any
		x.Store(a0, a1)
	}
	{
		var x sync.Map
		var a0 any
		var a1 any
		_, _ = x.Swap(a0, a1)
	}
	{
		var a0 sync.Locker
		_ = sync.NewCond(a0)
	}
	{
		var a0 func()
		_ = sync.OnceFunc(a0)
	}
	{
		f := sync.OnceValue(func() int { return 1 })
		var n int = f()
		_ = n
		g := sync.OnceValues(func() (string, error) { return "", nil })
		a, err := g()
		_, _ = a, err
		h := sync.OnceFunc(func() {})
		h()
	}
}
