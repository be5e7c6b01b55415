package main

import "fmt"

type Registry struct {
	names map[int]string
}

func (r *Registry) Add(id int, name string) {
	r.names[id] = name
}

func main() {
	r := &Registry{}
	fmt.Println(r.names == nil)
	r.Add(1, "first")
}
