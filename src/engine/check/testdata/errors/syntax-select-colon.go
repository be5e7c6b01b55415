package main

import "fmt"

// Rule: every select (and switch) case ends with a colon.

func main() {
	ch := make(chan int, 1)
	ch <- 1
	select {
	case v := <-ch /* ERROR "syntax error: unexpected newline, expected :" */
		fmt.Println(v)
	}
}
