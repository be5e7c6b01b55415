package main

import "fmt"

var x = "package"

func main() {
	fmt.Println(x)
	x := "main"
	fmt.Println(x)
	if x := 5; x > 3 {
		fmt.Println("if", x)
	}
	{
		x := true
		fmt.Println("block", x)
	}
	fmt.Println(x)
	err := fmt.Errorf("outer")
	if true {
		_, err := fmt.Println("inner line")
		_ = err
	}
	fmt.Println(err)
}
