package main

import "fmt"

type Big struct {
	A, B, C int64
	Name    string
}

func main() {
	var b *Big
	fmt.Println("reading field at offset 24")
	fmt.Println(b.Name)
}
