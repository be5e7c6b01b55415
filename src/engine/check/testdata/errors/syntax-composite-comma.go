package main

import "fmt"

// Rule: in a composite literal spread over lines, every element ends with a comma, the last one too.

func main() {
	ports := []int{
		80,
		443 // ERROR "syntax error: unexpected newline in composite literal; possibly missing comma or }"
	}
	fmt.Println(ports)
}
