package main

import "fmt"

func main() {
	ids := map[int]bool{}
	for i := 0; i < 1000; i++ {
		ids[i] = true
	}
	fmt.Println(len(ids), "ids")
}
