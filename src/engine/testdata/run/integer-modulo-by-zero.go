package main

import "fmt"

func main() {
	nums := []int{9, 4, 0}
	for _, n := range nums {
		fmt.Println(100 % n)
	}
}
