package main

import "fmt"

func main() {
	for i := range 4 {
		fmt.Print(i, " ")
	}
	fmt.Println()
	n := 0
	for range 3 {
		n++
	}
	fmt.Println(n)
	for i := range 0 {
		fmt.Println("never", i)
	}
	var k int8 = 3
	for j := range k {
		fmt.Printf("%T %v\n", j, j)
	}
}
