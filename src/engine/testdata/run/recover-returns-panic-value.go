package main

import (
	"errors"
	"fmt"
)

type myErr struct{ code int }

func (e myErr) Error() string { return fmt.Sprintf("code %d", e.code) }

func catch(f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%T: %v\n", r, r)
	}()
	f()
}

func main() {
	catch(func() { panic("text") })
	catch(func() { panic(42) })
	catch(func() { panic(errors.New("an error")) })
	catch(func() { panic(myErr{7}) })
	catch(func() { panic(fmt.Sprintf("formatted %d", 3)) })
	catch(func() {})
}
