package main

type Reader interface {
	Read(p []byte) (n int, err error)
}

type ReadWriter interface {
	Reader
	io.Writer
	Write(p []byte) (int, error)
	Close() error
}

type Empty interface{}

var _ any = interface{ M() }(nil)
