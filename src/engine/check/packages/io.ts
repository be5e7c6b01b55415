// Package io, as far as the lab needs it: the Writer and Reader interfaces that fmt.Fprint* and hashes use.
import { definePackage } from './define-package.ts';

export const ioPackage = definePackage('io', `
type Writer interface {
	Write(p []byte) (n int, err error)
}
type Reader interface {
	Read(p []byte) (n int, err error)
}
`);
