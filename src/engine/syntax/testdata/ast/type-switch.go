package main

func describe(i interface{}) string {
	switch v := i.(type) {
	case int, int64:
		return "int"
	case string:
		return v
	case nil:
		return "nil"
	default:
		_ = v
	}
	switch i.(type) {
	case error:
	}
	if s, ok := i.(fmt.Stringer); ok {
		return s.String()
	}
	return ""
}
