package main

import "fmt"

// trace: seed=2 procs=1 exit=0 go=1.26

// A Swiss map from Go 1.24 on: the first 8 keys live in one small group with no table; the 9th
// moves them into a 16-slot table. The delete leaves an empty slot (the group still has one);
// the reads show a hit and a miss.
func main() {
	m := make(map[string]int)
	for i := 0; i < 9; i++ {
		m[fmt.Sprint("k", i)] = i
	}
	delete(m, "k3")
	v, ok := m["k4"]
	_, missing := m["nope"]
	fmt.Println(len(m), v, ok, missing)
}
