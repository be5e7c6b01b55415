package main

import "sync/atomic"

func main() {
	{
		var bad struct{}
		var a1 uint32
		_ = atomic.SwapUint32(bad, a1)
	}
	{
		var bad struct{}
		var a1 uint32
		_ = atomic.AndUint32(bad, a1)
	}
	{
		var bad struct{}
		var a1 uint32
		_ = atomic.OrUint32(bad, a1)
	}
	{
		var bad struct{}
		var a1 uint64
		_ = atomic.AddUint64(bad, a1)
	}
	{
		var bad struct{}
		var a1 uint64
		var a2 uint64
		_ = atomic.CompareAndSwapUint64(bad, a1, a2)
	}
	{
		var bad struct{}
		_ = atomic.LoadUint64(bad)
	}
	{
		var bad struct{}
		var a1 uint64
		atomic.StoreUint64(bad, a1)
	}
	{
		var bad struct{}
		var a1 uint64
		_ = atomic.SwapUint64(bad, a1)
	}
	{
		var bad struct{}
		var a1 uint64
		_ = atomic.AndUint64(bad, a1)
	}
}
