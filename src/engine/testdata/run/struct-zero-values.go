package main

import "fmt"

type Inner struct{ F float64 }

type All struct {
	I   int
	S   string
	B   bool
	P   *int
	Sl  []int
	M   map[string]int
	E   error
	In  Inner
	Arr [2]bool
	Ch  chan int
	Fn  func()
}

func main() {
	var a All
	fmt.Printf("%v\n%+v\n", a, a)
	fmt.Println(a.Sl == nil, a.M == nil, a.P == nil, a.E == nil, a.Fn == nil, len(a.M))
}
