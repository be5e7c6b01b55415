package main

import "fmt"

func main() {
	n := 42
	fmt.Printf("%d|%5d|%-5d|%05d|%+d|% d\n", n, n, n, n, n, n)
	fmt.Printf("%x|%X|%#x|%o|%O|%#o|%b\n", 255, 255, 255, 8, 8, 8, 5)
	fmt.Printf("%c|%q|%U|%#U\n", 'G', 'G', 'G', '世')
	fmt.Printf("%d|%x|%08b\n", -42, -42, int8(-1))
	fmt.Printf("%3c|%-4q|\n", 'x', 'y')
	fmt.Printf("%x %X\n", []int{10, 11}, uint64(1<<40))
}
