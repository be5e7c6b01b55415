package main

import "fmt"

// Rule: a type implements an interface only if its method set has every method with the same signature;
// methods with pointer receivers belong to the pointer type's method set only.

type Counter struct{ n int }

func (c *Counter) String() string { return fmt.Sprint(c.n) }

type Shape interface {
	Area() float64
}

type Square struct{ side int }

func (s Square) Area() int { return s.side * s.side }

type Circle struct{ r float64 }

func describe(s fmt.Stringer) string { return s.String() }

func main() {
	var c Counter
	var s fmt.Stringer = /* ERROR "cannot use c \(variable of type Counter\) as fmt.Stringer value in variable declaration: Counter does not implement fmt.Stringer \(method String has pointer receiver\)" */ c
	fmt.Println(describe(/* ERROR "Counter does not implement fmt.Stringer \(method String has pointer receiver\)" */ c), s)
	var sh Shape = /* ERROR "Square does not implement Shape \(wrong type for method Area\)\n\t\thave Area\(\) int\n\t\twant Area\(\) float64" */ Square{2}
	var sh2 Shape = /* ERROR "Circle does not implement Shape \(missing method Area\)" */ Circle{1}
	fmt.Println(sh, sh2)
	n := 3
	switch /* ERROR "n \(variable of type int\) is not an interface" */ n.(type) {
	}
	var st fmt.Stringer = &c
	_ = /* ERROR "impossible type assertion: st.\(Counter\)\n\tCounter does not implement fmt.Stringer \(method String has pointer receiver\)" */ st.(Counter)
}
