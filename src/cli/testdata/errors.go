// Three mistakes gc reports in source order.
package main

import (
	"fmt"
	"os"
)

func main() {
	x := 1
	wg.Wait()
	fmt.Println()
}
