package main

import "fmt"

// Since Go 1.21, panic(nil) becomes a *runtime.PanicNilError.
func main() {
	fmt.Println("start")
	panic(nil)
}
