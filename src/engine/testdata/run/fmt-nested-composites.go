package main

import "fmt"

type Inner struct {
	Vals []int
	Tags map[string]bool
}

type Outer struct {
	Name  string
	In    Inner
	Items []Inner
}

func main() {
	in := Inner{[]int{1, 2}, map[string]bool{"b": true, "a": false}}
	o := Outer{"o", in, []Inner{in, {}}}
	fmt.Println(o)
	fmt.Printf("%+v\n", o)
	fmt.Println(map[string][]int{"x": {1}, "a": nil}, [][]string{{"a"}, {}})
	fmt.Println(map[string]*int{"nil": nil})
}
