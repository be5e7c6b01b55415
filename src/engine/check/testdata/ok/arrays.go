package main

import "fmt"

// Arrays are values: assigning one copies every element; slicing one shares its storage.
func main() {
	var buckets [8]int
	buckets[3] = 7
	copyOf := buckets
	copyOf[3] = 0
	fmt.Println(buckets[3], copyOf[3], len(buckets))

	tophash := [...]uint8{1, 5, 0, 9}
	fmt.Println(len(tophash), tophash)

	var board [3][3]string
	for r := range board {
		for c := range board[r] {
			board[r][c] = "."
		}
	}
	board[1][1] = "X"
	fmt.Println(board)

	s := buckets[2:5]
	s[0] = 42
	fmt.Println(buckets[2], len(s), cap(s))
	fmt.Println(tophash == [4]uint8{1, 5, 0, 9})
}
