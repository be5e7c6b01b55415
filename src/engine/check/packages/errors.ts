// Package errors: creating, wrapping and inspecting errors (Go 1.23 signatures).
import { definePackage } from './define-package.ts';

export const errorsPackage = definePackage('errors', `
func As(err error, target any) bool
func Is(err, target error) bool
func Join(errs ...error) error
func New(text string) error
func Unwrap(err error) error
`);
