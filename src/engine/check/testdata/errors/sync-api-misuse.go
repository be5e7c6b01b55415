package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

// Rule: the sync API as a learner misremembers it: Mutex has no RLock, Lock needs a pointer
// receiver, sync.Map.Load returns two values, Once.Do takes a func(), atomic wants *int64.

func setup() {}

func main() {
	var mu sync.Mutex
	mu./* ERROR "mu.RLock undefined \(type sync.Mutex has no field or method RLock\)" */ RLock()
	sync.Mutex./* ERROR "invalid method expression sync.Mutex.Lock \(needs pointer receiver \(\*sync.Mutex\).Lock\)" */ Lock(&mu)
	var sm sync.Map
	v := /* ERROR "assignment mismatch: 1 variable but sm.Load returns 2 values" */ sm.Load("a")
	var once sync.Once
	once.Do(/* ERROR "setup\(\) \(no value\) used as value" */ setup())
	once.Do(/* ERROR "cannot use func\(\) int {…} \(value of type func\(\) int\) as func\(\) value in argument to once.Do" */ func() int { return 1 })
	n := 0
	atomic.AddInt64(/* ERROR "cannot use &n \(value of type \*int\) as \*int64 value in argument to atomic.AddInt64" */ &n, 1)
	m := map[string]int{}
	m./* ERROR "m.Store undefined \(type map\[string\]int has no field or method Store\)" */ Store("a", 1)
	fmt.Println(v)
}
