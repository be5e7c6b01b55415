package main

import "fmt"

// Many insertions (the map grows many times) then a check that every key survived.
func main() {
	m := make(map[int]int)
	for i := 0; i < 10000; i++ {
		m[i] = i * 2
	}
	sum := 0
	for k, v := range m {
		if v != k*2 {
			fmt.Println("bad", k)
		}
		sum += k
	}
	fmt.Println(len(m), sum)
	for i := 0; i < 10000; i += 2 {
		delete(m, i)
	}
	fmt.Println(len(m), m[1], m[2])
}
