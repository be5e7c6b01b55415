package main

import "fmt"

func describe(f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%T: %v\n", r, r)
	}()
	f()
}

func main() {
	var m map[string]bool
	s := []int{1, 2, 3}
	idx := 5
	zero := 0
	var p *int
	var i any = "x"
	describe(func() { m["a"] = true })
	describe(func() { _ = s[idx] })
	describe(func() { _ = 1 / zero })
	describe(func() { _ = *p })
	describe(func() { _ = i.(int) })
	describe(func() { panic(nil) })
}
