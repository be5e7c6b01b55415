package main

import (
	"fmt"
	"sort"
	"strings"
)

// Function values in a map: a tiny command dispatcher.
type handler func(args []string) string

func main() {
	handlers := map[string]handler{
		"echo":  func(args []string) string { return strings.Join(args, " ") },
		"count": func(args []string) string { return fmt.Sprint(len(args)) },
	}
	handlers["upper"] = func(args []string) string { return strings.ToUpper(strings.Join(args, " ")) }

	names := make([]string, 0, len(handlers))
	for name := range handlers {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, line := range []string{"echo hi there", "count a b c", "upper go", "nope x"} {
		f := strings.Fields(line)
		h, ok := handlers[f[0]]
		if !ok {
			fmt.Println("unknown command; try one of", names)
			continue
		}
		fmt.Println(h(f[1:]))
	}
}
