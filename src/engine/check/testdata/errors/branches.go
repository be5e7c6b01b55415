package main

import "fmt"

// Rule: break needs an enclosing for, switch or select; continue needs an enclosing for;
// a label named by break or continue must label an enclosing statement of the right kind.

func main() {
	/* ERROR "break is not in a loop, switch, or select" */ break
	if true {
		/* ERROR "continue is not in a loop" */ continue
	}
outer:
	switch {
	case true:
		for i := 0; i < 3; i++ {
			continue /* ERROR "invalid continue label outer" */ outer
		}
	}
	for i := 0; i < 3; i++ {
		break /* ERROR "break label not defined: missing" */ missing
	}
/* ERROR "label unused defined and not used" */ unused:
	fmt.Println("done")
}
