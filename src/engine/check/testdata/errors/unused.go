package main

import (
	"fmt"
	/* ERROR "\"os\" imported and not used" */ "os"
	/* ERROR "\"strings\" imported as str and not used" */ str "strings"
)

// Rule: every import and every local variable must be used; assigning to a variable is not a use.

func main() {
	/* ERROR "declared and not used: x" */ x := 1
	/* ERROR "declared and not used: y" */ y := 2
	y = 3
	for /* ERROR "declared and not used: i" */ i := range 3 {
	}
	fmt.Println("done")
}
