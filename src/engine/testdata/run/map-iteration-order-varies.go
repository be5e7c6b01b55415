package main

import "fmt"

// Range order is randomised per loop; this program only prints facts that do not depend on it.
func main() {
	m := map[int]bool{}
	for i := 0; i < 50; i++ {
		m[i] = true
	}
	same := 0
	for trial := 0; trial < 20; trial++ {
		first := -1
		for k := range m {
			first = k
			break
		}
		if first == 0 {
			same++
		}
	}
	fmt.Println("every range started at key 0:", same == 20)
	count := 0
	for range m {
		count++
	}
	fmt.Println(count)
}
