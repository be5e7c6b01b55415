package main

import "fmt"

// s[low:high:max] limits capacity so a later append copies instead of overwriting.
func main() {
	base := []int{1, 2, 3, 4, 5}
	lim := base[1:3:3]
	fmt.Println(lim, len(lim), cap(lim))
	lim = append(lim, 99)
	fmt.Println(base, lim)
	open := base[1:3]
	open = append(open, 77)
	fmt.Println(base, open, cap(open))
}
