package main

import "fmt"

// Rule: range works over arrays, slices, strings, maps, channels and integers, with at most
// one iteration variable for channels and integers.

func main() {
	for i, /* ERROR "range over 10 \(untyped int constant\) permits only one iteration variable" */ j := range 10 {
		fmt.Println(i, j)
	}
	for x := range /* ERROR "cannot range over 3.5 \(untyped float constant\)" */ 3.5 {
		fmt.Println(x)
	}
	ch := make(chan int)
	for v, /* ERROR "range over ch \(variable of type chan int\) permits only one iteration variable" */ ok := range ch {
		fmt.Println(v, ok)
	}
}
