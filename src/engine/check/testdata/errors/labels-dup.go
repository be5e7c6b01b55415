package main

import "fmt"

// Rule: a label is declared once per function; break and continue may only name the label of
// a statement that encloses them (here, the first retry loop, which has ended).

func main() {
retry:
	for i := 0; i < 2; i++ {
		fmt.Println(i)
		continue retry
	}
/* ERROR "label retry already defined" */ retry:
	for {
		break /* ERROR "invalid break label retry" */ retry
	}
}
