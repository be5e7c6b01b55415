package main

import "fmt"

// Rule: fallthrough may not end the last case nor appear in a type switch; a type switch case
// must name a type the operand could hold.

func main() {
	n := 2
	switch n {
	case 1:
		fmt.Println("one")
	case 2:
		/* ERROR "cannot fallthrough final case in switch" */ fallthrough
	}
	var v any = n
	switch v.(type) {
	case int:
		/* ERROR "cannot fallthrough in type switch" */ fallthrough
	case string:
	}
	var e error
	switch e.(type) {
	case /* ERROR "impossible type switch case: int\n\te \(variable of type error\) cannot have dynamic type int \(missing method Error\)" */ int:
	}
}
