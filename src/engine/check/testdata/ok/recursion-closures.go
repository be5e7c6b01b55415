package main

import "fmt"

// A closure that calls itself must be declared before it is assigned; functions may recurse mutually.
func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

func main() {
	memo := map[int]int{}
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		if v, ok := memo[n]; ok {
			return v
		}
		v := fib(n-1) + fib(n-2)
		memo[n] = v
		return v
	}
	fmt.Println(fib(50), len(memo), isEven(10), isOdd(7))
	adder := func(base int) func(int) int {
		return func(x int) int { return base + x }
	}
	fmt.Println(adder(10)(5))
}
