package main

import "sync/atomic"

func main() {
	{
		var _ atomic.Int32
	}
	{
		var x atomic.Int32
		var a0 int32
		_ = x.Add(a0)
	}
	{
		var x atomic.Int32
		var a0 int32
		_ = x.And(a0)
	}
	{
		var x atomic.Int32
		var a0 int32
		var a1 int32
		_ = x.CompareAndSwap(a0, a1)
	}
	{
		var x atomic.Int32
		_ = x.Load()
	}
	{
		var x atomic.Int32
		var a0 int32
		_ = x.Or(a0)
	}
	{
		var x atomic.Int32
		var a0 int32
		x.Store(a0)
	}
	{
		var x atomic.Int32
		var a0 int32
		_ = x.Swap(a0)
	}
	{
		var _ atomic.Int64
	}
	{
		var x atomic.Int64
		var a0 int64
		_ = x.Add(a0)
	}
	{
		var x atomic.Int64
		var a0 int64
		_ = x.And(a0)
	}
	{
		var x atomic.Int64
		var a0 int64
		var a1 int64
		_ = x.CompareAndSwap(a0, a1)
	}
	{
		var x atomic.Int64
		_ = x.Load()
	}
	{
		var x atomic.Int64
		var a0 int64
		_ = x.Or(a0)
	}
	{
		var x atomic.Int64
		var a0 int64
		x.Store(a0)
	}
	{
		var x atomic.Int64
		var a0 int64
		_ = x.Swap(a0)
	}
	{
		var _ atomic.Uint32
	}
	{
		var x atomic.Uint32
		var a0 uint32
		_ = x.Add(a0)
	}
	{
		var x atomic.Uint32
		var a0 uint32
		_ = x.And(a0)
	}
	{
		var x atomic.Uint32
		var a0 uint32
		var a1 uint32
		_ = x.CompareAndSwap(a0, a1)
	}
	{
		var x atomic.Uint32
		_ = x.Load()
	}
	{
		var x atomic.Uint32
		var a0 uint32
		_ = x.Or(a0)
	}
	{
		var x atomic.Uint32
		var a0 uint32
		x.Store(a0)
	}
	{
		var x atomic.Uint32
		var a0 uint32
		_ = x.Swap(a0)
	}
	{
		var _ atomic.Uint64
	}
	{
		var x atomic.Uint64
		var a0 uint64
		_ = x.Add(a0)
	}
	{
		var x atomic.Uint64
		var a0 uint64
		_ = x.And(a0)
	}
	{
		var x atomic.Uint64
		var a0 uint64
		var a1 uint64
		_ = x.CompareAndSwap(a0, a1)
	}
	{
		var x atomic.Uint64
		_ = x.Load()
	}
	{
		var x atomic.Uint64
		var a0 uint64
		_ = x.Or(a0)
	}
	{
		var x atomic.Uint64
		var a0 uint64
		x.Store(a0)
	}
	{
		var x atomic.Uint64
		var a0 uint64
		_ = x.Swap(a0)
	}
	{
		var _ atomic.Bool
	}
	{
		var x atomic.Bool
		var a0 bool
		var a1 bool
		_ = x.CompareAndSwap(a0, a1)
	}
	{
		var x atomic.Bool
		_ = x.Load()
	}
	{
		var x atomic.Bool
		var a0 bool
		x.Store(a0)
	}
	{
		var x atomic.Bool
		var a0 bool
		_ = x.Swap(a0)
	}
	{
		var _ atomic.Value
	}
	{
		var x atomic.Value
		var a0 any
		var a1 any
		_ = x.CompareAndSwap(a0, a1)
	}
	{
		var x atomic.Value
		_ = x.Load()
	}
	{
		var x atomic.Value
		var a0 any
		x.Store(a0)
	}
	{
		var x atomic.Value
		var a0 any
		_ = x.Swap(a0)
	}
	{
		var a0 *int32
		var a1 int32
		_ = atomic.AddInt32(a0, a1)
	}
	{
		var a0 *int32
		var a1 int32
		var a2 int32
		_ = atomic.CompareAndSwapInt32(a0, a1, a2)
	}
	{
		var a0 *int32
		_ = atomic.LoadInt32(a0)
	}
	{
		var a0 *int32
		var a1 int32
		atomic.StoreInt32(a0, a1)
	}
	{
		var a0 *int32
		var a1 int32
		_ = atomic.SwapInt32(a0, a1)
	}
	{
		var a0 *int32
		var a1 int32
		_ = atomic.AndInt32(a0, a1)
	}
	{
		var a0 *int32
		var a1 int32
		_ = atomic.OrInt32(a0, a1)
	}
	{
		var a0 *int64
		var a1 int64
		_ = atomic.AddInt64(a0, a1)
	}
	{
		var a0 *int64
		var a1 int64
		var a2 int64
		_ = atomic.CompareAndSwapInt64(a0, a1, a2)
	}
	{
		var a0 *int64
		_ = atomic.LoadInt64(a0)
	}
	{
		var a0 *int64
		var a1 int64
		atomic.StoreInt64(a0, a1)
	}
	{
		var a0 *int64
		var a1 int64
		_ = atomic.SwapInt64(a0, a1)
	}
	{
		var a0 *int64
		var a1 int64
		_ = atomic.AndInt64(a0, a1)
	}
	{
		var a0 *int64
		var a1 int64
		_ = atomic.OrInt64(a0, a1)
	}
	{
		var a0 *uint32
		var a1 uint32
		_ = atomic.AddUint32(a0, a1)
	}
	{
		var a0 *uint32
		var a1 uint32
		var a2 uint32
		_ = atomic.CompareAndSwapUint32(a0, a1, a2)
	}
	{
		var a0 *uint32
		_ = atomic.LoadUint32(a0)
	}
	{
		var a0 *uint32
		var a1 uint32
		atomic.StoreUint32(a0, a1)
	}
	{
		var a0 *uint32
		var a1 uint32
		_ = atomic.SwapUint32(a0, a1)
	}
	{
		var a0 *uint32
		var a1 uint32
		_ = atomic.AndUint32(a0, a1)
	}
	{
		var a0 *uint32
		var a1 uint32
		_ = atomic.OrUint32(a0, a1)
	}
	{
		var a0 *uint64
		var a1 uint64
		_ = atomic.AddUint64(a0, a1)
	}
	{
		var a0 *uint64
		var a1 uint64
		var a2 uint64
		_ = atomic.CompareAndSwapUint64(a0, a1, a2)
	}
	{
		var a0 *uint64
		_ = atomic.LoadUint64(a0)
	}
	{
		var a0 *uint64
		var a1 uint64
		atomic.StoreUint64(a0, a1)
	}
	{
		var a0 *uint64
		var a1 uint64
		_ = atomic.SwapUint64(a0, a1)
	}
	{
		var a0 *uint64
		var a1 uint64
		_ = atomic.AndUint64(a0, a1)
	}
	{
		var a0 *uint64
		var a1 uint64
		_ = atomic.OrUint64(a0, a1)
	}
}
