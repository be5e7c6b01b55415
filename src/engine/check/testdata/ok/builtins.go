package main

import "fmt"

// The built-in functions on slices, maps and channels.
func main() {
	s := make([]int, 2, 5)
	s = append(s, 1, 2)
	fmt.Println(len(s), cap(s), s)
	dst := make([]int, 3)
	n := copy(dst, s)
	fmt.Println(n, dst)
	m := make(map[string]bool, 10)
	m["x"] = true
	delete(m, "x")
	fmt.Println(len(m))
	ch := make(chan int, 4)
	ch <- 1
	fmt.Println(len(ch), cap(ch))
	close(ch)
	p := new(struct{ count int })
	p.count++
	fmt.Println(p.count, min(3, 1, 2), max(2.5, 1.0))
	buf := []byte("map")
	buf = append(buf, "lab"...)
	fmt.Println(string(buf))
	clear(s)
	fmt.Println(s)
}
