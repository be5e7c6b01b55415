package main

import (
	"fmt"
	"sync"
)

// Rule: only functions can be called, with as many arguments as they take.

func record(key string, n int) {
	fmt.Println(key, n)
}

func main() {
	n := 3
	/* ERROR "invalid operation: cannot call non-function n \(variable of type int\)" */ n()
	record("a", 1, /* ERROR "too many arguments in call to record\n\thave \(string, number, number\)\n\twant \(string, int\)" */ 2)
	record(/* ERROR "not enough arguments in call to record\n\thave \(string\)\n\twant \(string, int\)" */ "a")
	var wg sync.WaitGroup
	/* ERROR "not enough arguments in call to wg.Add\n\thave \(\)\n\twant \(int\)" */ wg.Add()
	wg.Wait()
}
