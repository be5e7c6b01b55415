package main

func Map[T, U any](xs []T, f func(T) U) []U { return nil }

type Stack[T any] struct{ items []T }

type Number interface {
	~int | ~float64
}

func main() {
	var s Stack[int]
	_ = Map[int, string](nil, nil)
	_ = s
}
