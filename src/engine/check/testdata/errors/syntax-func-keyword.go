package main

import "fmt"

// Rule: a nested named function is not allowed; use a function literal assigned to a variable.
// After the error gc resumes at the nested body, so main's own } is left over at the end.

func main() {
	func /* ERROR "syntax error: unexpected name helper, expected \(" */ helper() {
		fmt.Println("help")
	}
/* ERROR "syntax error: non-declaration statement outside function body" */ }
