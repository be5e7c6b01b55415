package main

import "fmt"

// fmt prints maps with their keys sorted, so the output is stable even though iteration order is not.
func main() {
	m := map[string]int{"zebra": 1, "apple": 2, "mango": 3, "Banana": 4}
	fmt.Println(m)
	n := map[int]string{10: "ten", -1: "minus", 3: "three"}
	fmt.Println(n)
	fmt.Printf("%v\n%+v\n%#v\n", n, n, m)
	b := map[bool]int{true: 1, false: 0}
	f := map[float64]bool{2.5: true, -1: false}
	fmt.Println(b, f, len(m))
}
