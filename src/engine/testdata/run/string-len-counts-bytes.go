package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	for _, s := range []string{"", "go", "héllo", "世界", "🙂", "a\tb"} {
		fmt.Println(s, len(s), utf8.RuneCountInString(s), len([]rune(s)))
	}
}
