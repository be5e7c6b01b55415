package main

import (
	"fmt"
	"runtime"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRuntime := r.(runtime.Error)
		fmt.Printf("%s: %v (runtime.Error=%v)\n", name, r, isRuntime)
	}()
	f()
}

func main() {
	var m map[int]int
	var p *struct{ x int }
	var i interface{} = "str"
	s := []int{1}
	n := 0
	try("nilmap", func() { m[1] = 1 })
	try("nilptr", func() { fmt.Println(p.x) })
	try("assert", func() { fmt.Println(i.(int)) })
	try("index", func() { fmt.Println(s[n+1]) })
	try("divide", func() { fmt.Println(1 / n) })
	try("closed", func() { c := make(chan int); close(c); close(c) })
}
