package main

import "fmt"

// Pointers share one value; new allocates a zeroed one; a nil pointer is checked before use.
type Node struct {
	Key   string
	Value int
	Next  *Node
}

func push(head *Node, key string, v int) *Node {
	return &Node{Key: key, Value: v, Next: head}
}

func find(head *Node, key string) *Node {
	for n := head; n != nil; n = n.Next {
		if n.Key == key {
			return n
		}
	}
	return nil
}

func main() {
	var head *Node
	head = push(head, "a", 1)
	head = push(head, "b", 2)
	if n := find(head, "a"); n != nil {
		n.Value *= 10
	}
	fmt.Println(find(head, "a").Value, find(head, "z") == nil)
	p := new(int)
	*p = 5
	q := p
	*q++
	fmt.Println(*p)
	pp := &head
	(*pp).Value = 7
	fmt.Println(head.Value)
}
