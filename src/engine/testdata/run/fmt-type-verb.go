package main

import (
	"errors"
	"fmt"
)

type Celsius float64

func main() {
	values := []any{1, "s", 1.5, 'r', byte(1), true, nil, []int{}, map[string][]bool{}, &struct{ A int }{}, Celsius(3), errors.New("e"), make(chan<- int), func(int) string { return "" }, [3]uint16{}}
	for _, v := range values {
		fmt.Printf("%T\n", v)
	}
}
