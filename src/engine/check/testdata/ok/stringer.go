package main

import "fmt"

// fmt prints a value through its String method when it has one.
type Temperature float64

func (t Temperature) String() string {
	return fmt.Sprintf("%.1f°C", float64(t))
}

type Sensor struct {
	Name    string
	Reading Temperature
}

func (s *Sensor) String() string {
	return s.Name + "=" + s.Reading.String()
}

func printAll(items []fmt.Stringer) {
	for _, it := range items {
		fmt.Println(it)
	}
}

func main() {
	s := &Sensor{Name: "kitchen", Reading: 21.5}
	printAll([]fmt.Stringer{s, Temperature(-3)})
	var st fmt.Stringer = s
	if sensor, ok := st.(*Sensor); ok {
		fmt.Println("sensor", sensor.Name)
	}
}
