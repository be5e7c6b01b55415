package main

import "fmt"

type Key struct {
	X, Y int
}

func main() {
	seen := map[Key]string{}
	seen[Key{1, 2}] = "a"
	seen[Key{1, 2}] = "b"
	seen[Key{2, 1}] = "c"
	fmt.Println(len(seen), seen[Key{1, 2}], seen)
	a, b := new(int), new(int)
	byPtr := map[*int]string{a: "a", b: "b"}
	fmt.Println(len(byPtr), byPtr[a], byPtr[b])
	type Arr [2]int
	ak := map[Arr]int{{1, 2}: 12}
	fmt.Println(ak[Arr{1, 2}], ak[Arr{2, 1}])
}
