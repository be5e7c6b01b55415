package main

import (
	"fmt"
	_ "strings"
)

// What Go does not require to be used: parameters, named results, package-level variables,
// constants, types and functions, blank imports, blank identifiers, and variables read only
// through their address or a closure.
var cacheSize = 128

const retries = 3

type unusedKind int

func helper(a int, b string) (n int, err error) {
	return
}

func ignore(_ int, _ string) {}

func main() {
	_ = helper
	_, _ = helper(1, "x")
	ignore(0, "")
	x := 1
	p := &x
	*p = 2
	count := 0
	inc := func() { count++ }
	inc()
	for range 2 {
	}
	var _ = "blank"
	fmt.Println("done")
}
