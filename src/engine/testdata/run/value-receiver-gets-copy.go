package main

import "fmt"

type Box struct {
	items []string
	count int
}

func (b Box) AddValue(s string) {
	b.items = append(b.items, s)
	b.count++
}

func (b *Box) AddPointer(s string) {
	b.items = append(b.items, s)
	b.count++
}

func main() {
	var b Box
	b.AddValue("lost")
	fmt.Println(b.count, len(b.items))
	b.AddPointer("kept")
	b.AddPointer("also")
	fmt.Println(b.count, b.items)
}
