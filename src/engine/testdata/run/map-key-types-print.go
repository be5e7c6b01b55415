package main

import "fmt"

type Level int

func (l Level) String() string { return [...]string{"low", "mid", "high"}[l] }

func main() {
	byLevel := map[Level]int{2: 30, 0: 10, 1: 20}
	fmt.Println(byLevel)
	runes := map[rune]int{'b': 2, 'a': 1}
	fmt.Println(runes)
	bytes := map[byte]string{'z': "z", 'a': "a"}
	fmt.Printf("%v %q\n", bytes, bytes)
	ptrVals := map[string]*Level{}
	fmt.Println(ptrVals, len(ptrVals))
}
