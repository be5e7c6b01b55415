package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "  Go is fun, go is fast  "
	fmt.Printf("%q\n", strings.TrimSpace(s))
	fmt.Println(strings.Contains(s, "fun"), strings.Index(s, "go"), strings.LastIndex(s, "is"))
	fmt.Println(strings.ToUpper("héllo"), strings.ToLower("ABC"), strings.Title("x"))
	fmt.Println(strings.Replace("aaaa", "a", "b", 2), strings.ReplaceAll("aaaa", "a", "b"))
	fmt.Println(strings.Repeat("ab", 3), strings.HasPrefix(s, "  Go"), strings.HasSuffix(s, "st"))
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""))
	fmt.Printf("%q\n", strings.Fields(s))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.TrimLeft("xxhixx", "x"), strings.TrimPrefix("prefix-body", "prefix-"))
}
