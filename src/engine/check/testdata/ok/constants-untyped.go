package main

import (
	"fmt"
	"time"
)

// Untyped constants are exact and take their type from context, even past int64.
const (
	huge     = 1 << 100
	shifted  = huge >> 98
	ratio    = 2.5
	whole    = ratio * 2
	maxInt64 = 1<<63 - 1
	letter   = 'a' + 1
	greeting = "hello, " + "lab"
)

type Celsius float64

const boiling Celsius = 100

func main() {
	var n int = shifted
	var f float64 = huge / 1e30
	var i int = whole
	var d time.Duration = 3 * time.Second / 2
	fmt.Println(n, f > 1, i, int64(maxInt64), string(rune(letter)), greeting)
	fmt.Println(boiling/2, d, 7/2, 7/2.0, -7/2, -7%3)
	var u8 uint8 = 255
	u8++
	fmt.Println(u8, 1<<10, 0x1F, 0o17, 0b101, 1_000_000)
	x := 10
	fmt.Println(x<<2, x>>1, x&3, x|5, x^1, x&^2)
}
