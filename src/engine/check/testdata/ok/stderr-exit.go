package main

import (
	"fmt"
	"os"
	"strconv"
)

// A program that reports a bad configuration on stderr and exits with a non-zero status.
func parsePort(s string) (int, error) {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, fmt.Errorf("port %q: %w", s, err)
	}
	if n <= 0 || n > 65535 {
		return 0, fmt.Errorf("port %d out of range", n)
	}
	return n, nil
}

func main() {
	for _, s := range []string{"8080", "http"} {
		port, err := parsePort(s)
		if err != nil {
			fmt.Fprintln(os.Stderr, "error:", err)
			os.Exit(2)
		}
		fmt.Println("listening on", port)
	}
}
