package main

import "fmt"

func main() {
	defer func() {
		fmt.Println("outer defer runs")
	}()
	defer func() {
		panic("in defer")
	}()
	panic("first")
}
