package main

import "fmt"

// A string holds bytes; range decodes runes; indexing gives a byte.
func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func main() {
	s := "Gö🙂"
	fmt.Println(len(s), len([]rune(s)), s[0], string(s[0]))
	for i, r := range s {
		fmt.Printf("%d:%c(%d) ", i, r, r)
	}
	fmt.Println()
	fmt.Println(reverse(s))
	var b byte = 'A'
	var r rune = 'λ'
	fmt.Println(b+1, string(r), r)
}
