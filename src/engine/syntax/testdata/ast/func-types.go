package main

func none() {}

func grouped(a, b int, s string) (sum int, err error) { return }

func unnamed(int, string) (int, error) { return 0, nil }

func variadic(format string, args ...interface{}) {}

func single() int { return 1 }

func fnParam(f func(int, int) int, g func()) func() bool { return nil }

var handler func(w, r int) (ok bool)
