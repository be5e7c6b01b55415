package main

import "fmt"

import (
	"sync"
	str "strings"
	. "time"
	_ "errors"
)

func main() { fmt.Println(str.ToUpper("x"), Second); _ = sync.Mutex{} }
