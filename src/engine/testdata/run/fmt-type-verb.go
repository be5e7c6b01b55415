package main

import (
	"errors"
	"fmt"
)

type Celsius float64
type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func main() {
	values := []any{1, "s", 1.5, 'r', byte(1), true, nil, []int{}, map[string][]bool{}, &struct{ A int }{}, Celsius(3), errors.New("e"), Pair[string, int]{}, make(chan<- int), func(int) string { return "" }, [3]uint16{}}
	for _, v := range values {
		fmt.Printf("%T\n", v)
	}
}
