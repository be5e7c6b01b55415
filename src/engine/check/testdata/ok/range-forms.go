package main

import (
	"fmt"
	"sort"
)

// Every form of range: integers, strings (by rune), slices, maps and channels.
func main() {
	for i := range 3 {
		fmt.Print(i, " ")
	}
	fmt.Println()
	for i, r := range "héllo" {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println()
	nums := []int{10, 20, 30}
	for i := range nums {
		nums[i] *= 2
	}
	for _, n := range nums {
		fmt.Print(n, " ")
	}
	fmt.Println()
	ages := map[string]int{"ann": 30, "bob": 25}
	keys := make([]string, 0)
	for k := range ages {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, ages[k])
	}
	ch := make(chan string, 2)
	ch <- "x"
	ch <- "y"
	close(ch)
	for s := range ch {
		fmt.Print(s)
	}
	fmt.Println()
	for range 2 {
		fmt.Println("tick")
	}
}
