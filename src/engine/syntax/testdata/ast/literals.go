package main

const (
	d   = 42
	h   = 0x_FF
	o   = 0o17
	old = 017
	bin = 0b1010
	sep = 1_000_000
	fl  = 1.5e-3
	hf  = 0x1p-2
	im  = 2.5i
	r   = 'x'
	esc = '\n'
	u   = '\u00e9'
	s   = "tab\there \"q\""
	raw = `C:\path
second line`
)
