package main

import "sync/atomic"

func main() {
	{
		var x atomic.Uint64
		var bad struct{}
		_ = x.Add(bad)
	}
	{
		var x atomic.Uint64
		var bad struct{}
		_ = x.And(bad)
	}
	{
		var x atomic.Uint64
		var bad struct{}
		var a1 uint64
		_ = x.CompareAndSwap(bad, a1)
	}
	{
		var x atomic.Uint64
		var bad struct{}
		_ = x.Or(bad)
	}
	{
		var x atomic.Uint64
		var bad struct{}
		x.Store(bad)
	}
	{
		var x atomic.Uint64
		var bad struct{}
		_ = x.Swap(bad)
	}
	{
		var x atomic.Bool
		var bad struct{}
		var a1 bool
		_ = x.CompareAndSwap(bad, a1)
	}
	{
		var x atomic.Bool
		var bad struct{}
		x.Store(bad)
	}
	{
		var x atomic.Bool
		var bad struct{}
		_ = x.Swap(bad)
	}
}
