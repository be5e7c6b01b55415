package main

import (
	"fmt"
	"sync/atomic"
)

func main() {
	var v int32 = 10
	fmt.Println(atomic.CompareAndSwapInt32(&v, 10, 20), v)
	fmt.Println(atomic.CompareAndSwapInt32(&v, 10, 30), v)
	fmt.Println(atomic.SwapInt32(&v, 5), v)
	var flag atomic.Bool
	fmt.Println(flag.Load(), flag.CompareAndSwap(false, true), flag.Load())
	var val atomic.Value
	fmt.Println(val.Load())
	val.Store([]string{"x"})
	fmt.Println(val.Load())
	var u atomic.Uint32
	u.Add(^uint32(0))
	fmt.Println(u.Load())
}
