package main

import "fmt"

func main() {
	defer fmt.Println("first deferred, runs last")
	defer func() {
		fmt.Println("second deferred, runs first")
	}()
	var arr []int
	fmt.Println("before")
	_ = arr[3]
}
