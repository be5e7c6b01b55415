package main

import "fmt"

func main() {
	fmt.Printf("[%*d] [%-*d] [%.*f]\n", 6, 42, 6, 42, 2, 3.14159)
	fmt.Printf("[%6.2f] [%-8.3e] [%+.1f] [%08.3f]\n", 3.14159, 1234.5, 2.0, -3.5)
	fmt.Printf("[%[2]d %[1]d] [%[1]*[2]d]\n", 4, 7)
	for _, row := range [][2]any{{"apple", 1.5}, {"kiwi", 12.25}} {
		fmt.Printf("%-8s%8.2f\n", row[0], row[1])
	}
}
