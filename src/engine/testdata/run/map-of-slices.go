package main

import "fmt"

func main() {
	groups := map[string][]int{}
	for i := 1; i <= 9; i++ {
		key := "odd"
		if i%2 == 0 {
			key = "even"
		}
		groups[key] = append(groups[key], i)
	}
	fmt.Println(groups, len(groups["odd"]), groups["none"] == nil)
	s := groups["even"]
	s[0] = 100
	fmt.Println(groups["even"])
}
