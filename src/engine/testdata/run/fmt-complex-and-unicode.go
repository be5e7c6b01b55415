package main

import "fmt"

func main() {
	c := complex(1, -2)
	fmt.Println(c, real(c), imag(c), c*c)
	fmt.Printf("%v %.1f\n", c, c)
	fmt.Printf("%q %v %d\n", '\'', '\x00', '\u00e9')
	fmt.Printf("%q\n", "\x00\x7f\u00e9\U0001F600")
	fmt.Printf("%+q\n", "é")
}
