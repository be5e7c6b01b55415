package main

import (
	"fmt"
	/* UNSUPPORTED "not supported" */ "net/http"
)

// Rule (lab): only the standard packages the lab models can be imported; others are valid Go
// (Go accepts this file) but reported at the import path.

func main() {
	fmt.Println(http.StatusOK)
}
