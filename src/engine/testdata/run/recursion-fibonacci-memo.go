package main

import "fmt"

func fib(n int, memo map[int]int) int {
	if n < 2 {
		return n
	}
	if v, ok := memo[n]; ok {
		return v
	}
	v := fib(n-1, memo) + fib(n-2, memo)
	memo[n] = v
	return v
}

func fact(n uint64) uint64 {
	if n == 0 {
		return 1
	}
	return n * fact(n-1)
}

func main() {
	memo := map[int]int{}
	fmt.Println(fib(10, memo), fib(50, memo), fib(92, memo), len(memo))
	fmt.Println(fact(20), fact(21), fact(25))
}
