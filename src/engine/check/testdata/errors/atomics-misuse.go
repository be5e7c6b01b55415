package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

// Rule: the sync/atomic functions take a pointer to the word they update, of exactly their type.

func main() {
	var hits int64
	var small int32
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		atomic.AddInt64(/* ERROR "cannot use hits \(variable of type int64\) as \*int64 value in argument to atomic.AddInt64" */ hits, 1)
		atomic.AddInt64(/* ERROR "cannot use &small \(value of type \*int32\) as \*int64 value in argument to atomic.AddInt64" */ &small, 1)
	}()
	wg.Wait()
	var c atomic.Int64
	c.Add(/* ERROR "cannot use \"1\" \(untyped string constant\) as int64 value in argument to c.Add" */ "1")
	fmt.Println(atomic.LoadInt64(&hits), c.Load())
}
