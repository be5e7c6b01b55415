package main

import "sync/atomic"

func main() {
	{
		var bad struct{}
		_ = atomic.LoadInt64(bad)
	}
	{
		var bad struct{}
		var a1 int64
		atomic.StoreInt64(bad, a1)
	}
	{
		var bad struct{}
		var a1 int64
		_ = atomic.SwapInt64(bad, a1)
	}
	{
		var bad struct{}
		var a1 int64
		_ = atomic.AndInt64(bad, a1)
	}
	{
		var bad struct{}
		var a1 int64
		_ = atomic.OrInt64(bad, a1)
	}
	{
		var bad struct{}
		var a1 uint32
		_ = atomic.AddUint32(bad, a1)
	}
	{
		var bad struct{}
		var a1 uint32
		var a2 uint32
		_ = atomic.CompareAndSwapUint32(bad, a1, a2)
	}
	{
		var bad struct{}
		_ = atomic.LoadUint32(bad)
	}
	{
		var bad struct{}
		var a1 uint32
		atomic.StoreUint32(bad, a1)
	}
}
