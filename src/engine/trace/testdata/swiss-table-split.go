package main

import "fmt"

// trace: seed=1 procs=1 exit=0 go=1.26

// 897 distinct keys fill the 1024-slot table to its 7/8 load: the next insert splits it in two.
func main() {
	m := make(map[int]int)
	for i := 0; i < 900; i++ {
		m[i] = i
	}
	fmt.Println(len(m))
}
