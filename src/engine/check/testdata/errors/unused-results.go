package main

import (
	"fmt"
	"sync"
)

// Rule: an expression statement must do something: a call (whose result may be dropped,
// except for some built-ins) or a receive. append's result must be kept.

func main() {
	var mu sync.Mutex
	s := []int{}
	/* ERROR "append\(s, 1\) \(value of type \[\]int\) is not used" */ append(s, 1)
	/* ERROR "mu.Lock \(value of type func\(\)\) is not used" */ mu.Lock
	/* ERROR "len\(s\) \(value of type int\) is not used" */ len(s)
	/* ERROR "s == nil \(untyped bool value\) is not used" */ s == nil
	fmt.Println(s)
}
