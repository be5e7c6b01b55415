// Package os: exiting, the command line and the standard output streams (Go 1.23 signatures).
import { definePackage } from './define-package.ts';

export const osPackage = definePackage('os', `
type File struct {
	name string
}
func (f *File) Write(b []byte) (n int, err error)
func (f *File) WriteString(s string) (n int, err error)

var Args []string
var Stderr *File
var Stdout *File
func Exit(code int)
`);
