package main

import "sync/atomic"

func main() {
	{
		var bad struct{}
		var a1 int32
		_ = atomic.AddInt32(bad, a1)
	}
	{
		var bad struct{}
		var a1 int32
		var a2 int32
		_ = atomic.CompareAndSwapInt32(bad, a1, a2)
	}
	{
		var bad struct{}
		_ = atomic.LoadInt32(bad)
	}
	{
		var bad struct{}
		var a1 int32
		atomic.StoreInt32(bad, a1)
	}
	{
		var bad struct{}
		var a1 int32
		_ = atomic.SwapInt32(bad, a1)
	}
	{
		var bad struct{}
		var a1 int32
		_ = atomic.AndInt32(bad, a1)
	}
	{
		var bad struct{}
		var a1 int32
		_ = atomic.OrInt32(bad, a1)
	}
	{
		var bad struct{}
		var a1 int64
		_ = atomic.AddInt64(bad, a1)
	}
	{
		var bad struct{}
		var a1 int64
		var a2 int64
		_ = atomic.CompareAndSwapInt64(bad, a1, a2)
	}
}
