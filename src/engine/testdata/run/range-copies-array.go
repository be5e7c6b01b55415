package main

import "fmt"

// range over an array iterates over a copy; range over a slice sees updates to later elements.
func main() {
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		if i == 0 {
			arr[1] = 20
		}
		fmt.Print(v, " ")
	}
	fmt.Println(arr)
	s := []int{1, 2, 3}
	for i, v := range s {
		if i == 0 {
			s[1] = 20
			s = append(s, 4)
		}
		fmt.Print(v, " ")
	}
	fmt.Println(s)
}
