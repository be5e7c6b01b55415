package main

import "sync/atomic"

func main() {
	{
		var bad struct{}
		var a1 uint64
		_ = atomic.OrUint64(bad, a1)
	}
}
