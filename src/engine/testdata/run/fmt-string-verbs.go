package main

import "fmt"

func main() {
	s := "héllo"
	fmt.Printf("%s|%q|%v|%x|%X|% x\n", s, s, s, s, "hi", "hi")
	fmt.Printf("%8s|%-8s|%.2s|%8.3s|\n", s, s, s, s)
	fmt.Printf("%q|%+q|%#q|%#q\n", "tab\there", "世界", "raw", "back`tick")
	fmt.Printf("%s|%q\n", []string{"a", "b"}, []string{"a", "b"})
	fmt.Printf("%s|%v|%x\n", []byte("go"), []byte("go"), []byte("go"))
	fmt.Printf("%5t|%-6t|%v\n", true, false, true)
}
