package main

import "sync/atomic"

func main() {
	{
		var x atomic.Int64
		var bad struct{}
		_ = x.Or(bad)
	}
	{
		var x atomic.Int64
		var bad struct{}
		x.Store(bad)
	}
	{
		var x atomic.Int64
		var bad struct{}
		_ = x.Swap(bad)
	}
	{
		var x atomic.Uint32
		var bad struct{}
		_ = x.Add(bad)
	}
	{
		var x atomic.Uint32
		var bad struct{}
		_ = x.And(bad)
	}
	{
		var x atomic.Uint32
		var bad struct{}
		var a1 uint32
		_ = x.CompareAndSwap(bad, a1)
	}
	{
		var x atomic.Uint32
		var bad struct{}
		_ = x.Or(bad)
	}
	{
		var x atomic.Uint32
		var bad struct{}
		x.Store(bad)
	}
	{
		var x atomic.Uint32
		var bad struct{}
		_ = x.Swap(bad)
	}
}
