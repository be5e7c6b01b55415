package main

import (
	"fmt"
)

type T struct{ A, B int }

func main() {
	p := &T{1, 2}
	fmt.Println(p)
	fmt.Printf("%v %+v\n", p, p)
	pp := &p
	fmt.Println(pp != nil)
	var np *T
	var e error
	var i interface{}
	var s []int
	var m map[string]int
	var f func()
	var c chan int
	fmt.Println(np, e, i, s, m, f == nil, c)
	fmt.Printf("%v %v %v %d %s\n", np, e, i, s, m)
	fmt.Printf("%+v\n", []*T{nil})
}
