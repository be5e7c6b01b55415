// Package cmp: Compare and Less over ordered types (Go 1.23), typed per call by generic-hook.ts.
//
// cmp.Ordered itself is a constraint: only generic code can name it, and the lab does not support
// writing generic code (see unsupported.ts).
import { definePackage } from './define-package.ts';
import { genericHooks } from './generic-hook.ts';

export const cmpPackage = definePackage('cmp', `
func Compare[T Ordered](x, y T) int
func Less[T Ordered](x, y T) bool
func Or[T comparable](vals ...T) T
`, {}, genericHooks({ Less: 'cmp.go:28', Compare: 'cmp.go:40', Or: 'cmp.go:69' }));
