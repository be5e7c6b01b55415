package main

import "fmt"

// A closure keeps the variables it captures alive; each call to makeCounter gets its own.
func makeCounter() (func() int, func()) {
	n := 0
	inc := func() int {
		n++
		return n
	}
	reset := func() { n = 0 }
	return inc, reset
}

func apply(xs []int, f func(int) int) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func main() {
	inc, reset := makeCounter()
	inc()
	inc()
	fmt.Println(inc())
	reset()
	fmt.Println(inc())
	factor := 3
	fmt.Println(apply([]int{1, 2, 3}, func(x int) int { return x * factor }))
	var funcs []func() int
	for i := range 3 {
		funcs = append(funcs, func() int { return i * i })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
