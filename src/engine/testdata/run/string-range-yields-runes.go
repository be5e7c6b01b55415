package main

import "fmt"

// range over a string yields byte offsets and decoded runes, not bytes.
func main() {
	for i, r := range "aé世🙂" {
		fmt.Println(i, r, string(r), fmt.Sprintf("%q %U", r, r))
	}
}
