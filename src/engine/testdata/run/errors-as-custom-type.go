package main

import (
	"errors"
	"fmt"
	"strconv"
)

type HTTPError struct {
	Code int
}

func (e *HTTPError) Error() string { return "http " + strconv.Itoa(e.Code) }

func fetch() error {
	return fmt.Errorf("fetch page: %w", &HTTPError{404})
}

func main() {
	err := fetch()
	var he *HTTPError
	if errors.As(err, &he) {
		fmt.Println("status", he.Code, "|", err)
	}
	_, perr := strconv.Atoi("zz")
	var numErr *strconv.NumError
	fmt.Println(errors.As(perr, &numErr), numErr.Func, numErr.Num, numErr.Err)
	fmt.Println(errors.Is(perr, strconv.ErrSyntax))
}
