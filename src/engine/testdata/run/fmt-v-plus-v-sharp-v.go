package main

import "fmt"

type Point struct {
	X, Y int
	Tag  string
}

type Line struct {
	From, To *Point
	Label    []string
}

func main() {
	p := Point{1, 2, "a"}
	fmt.Printf("%v|%+v|%#v\n", p, p, p)
	fmt.Printf("%v|%+v\n", &p, &p)
	l := Line{&p, nil, []string{"x"}}
	fmt.Printf("%+v\n", l.Label)
	fmt.Printf("%#v %#v %#v %#v\n", []int{1}, map[string]bool{"k": true}, "s", 3.0)
	fmt.Printf("%#v %#v %#v\n", []string(nil), struct{}{}, [2]bool{})
}
