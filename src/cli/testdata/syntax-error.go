package main

import "fmt"

func main() {
	counts := map[string]int{
	fmt.Println(counts)
}
