package main

import "fmt"

// iota numbers constants; a String method makes the enum print by name.
type State int

const (
	Idle State = iota
	Running
	Blocked
	Dead
)

func (s State) String() string {
	switch s {
	case Idle:
		return "idle"
	case Running:
		return "running"
	case Blocked:
		return "blocked"
	}
	return fmt.Sprintf("State(%d)", int(s))
}

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
)

const (
	flagWriting uint8 = 1 << iota
	flagIterating
	flagGrowing
)

func main() {
	fmt.Println(Idle, Running, Blocked, Dead)
	fmt.Println(KB, MB, GB)
	flags := flagWriting | flagGrowing
	fmt.Println(flags&flagWriting != 0, flags&flagIterating != 0, flags&^flagWriting)
}
