package main

import "fmt"

// Rule: a named type is distinct from its underlying type (conversion is explicit); receivers
// must be named non-pointer, non-interface types; an embedded field cannot point to an interface.

type Celsius float64

type Reader interface {
	Read() string
}

type IntPtr *int

func (/* ERROR "invalid receiver type Reader \(pointer or interface type\)" */ r Reader) Close() {}

func (/* ERROR "invalid receiver type IntPtr \(pointer or interface type\)" */ p IntPtr) Get() int { return 0 }

type Wrapper struct {
	/* ERROR "embedded field type cannot be a pointer to an interface" */ *Reader
}

func main() {
	f := 21.5
	var c Celsius = /* ERROR "cannot use f \(variable of type float64\) as Celsius value in variable declaration" */ f
	d := Celsius(f)
	var g float64 = /* ERROR "cannot use d \(variable of type Celsius\) as float64 value in variable declaration" */ d
	fmt.Println(c, g, Wrapper{})
}
