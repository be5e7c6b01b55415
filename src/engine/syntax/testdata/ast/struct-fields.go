package main

type SafeMap struct {
	sync.Mutex
	*log.Logger
	data    map[string]int `json:"data"`
	a, b, c int
	Inner
	*Outer  "legacy tag"
	f       func(int) bool
	nested  struct {
		x int
	}
}
