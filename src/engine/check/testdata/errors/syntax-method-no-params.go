package main

import "fmt"

// Rule: a method declaration lists its parameters, even when there are none. gc then reads the
// body as the parameter list, and recovers only at the closing brace.

type Counter struct{ n int }

func (c *Counter) Inc /* ERROR "syntax error: unexpected {, expected \(" */ {
	c.n/* ERROR "syntax error: unexpected \+\+ in parameter list; possibly missing comma or \)" */++
/* ERROR "syntax error: unexpected } after top level declaration" */ }

func main() {
	fmt.Println(Counter{})
}
