package main

import (
	"fmt"
	"strconv"
)

// Every block opens a scope: if/else chains, switch cases and loop bodies may reuse names.
func parse(inputs []string) (ok int, bad int) {
	for _, s := range inputs {
		if n, err := strconv.Atoi(s); err != nil {
			bad++
		} else if n < 0 {
			bad++
		} else {
			ok++
		}
	}
	return
}

func main() {
	x := 1
	{
		x := 2
		x++
		fmt.Println("inner", x)
	}
	fmt.Println("outer", x)
	switch x := x * 10; {
	case x > 5:
		fmt.Println("big", x)
	default:
		fmt.Println("small", x)
	}
	fmt.Println(parse([]string{"1", "-2", "three", "4"}))
	for i := 0; i < 2; i++ {
		i := i * 100
		fmt.Println(i)
	}
}
