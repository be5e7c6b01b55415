package main

import "fmt"

func helper() {
	fmt.Println("helper recover:", recover())
}

// recover only stops a panic when called directly by a deferred function.
func main() {
	fmt.Println("direct:", recover())
	defer func() {
		fmt.Println("outer recover:", recover())
	}()
	defer func() {
		helper()
	}()
	panic("boom")
}
