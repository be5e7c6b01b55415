package main

import "fmt"

func main() {
	// Eight slots per bucket and an average load of 6.5 per bucket: the map doubles its
	// bucket array on the 9th, 14th, 27th and 53rd insert.
	sizes := map[int]string{}
	for i := 1; i <= 60; i++ {
		sizes[i] = fmt.Sprint("item ", i)
	}
	fmt.Println(len(sizes), "entries;", sizes[53])
}
