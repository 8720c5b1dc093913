//go:build !unix

package plainfile

import "os"

// OpenFile is os.OpenFile: only Unix systems have a cheaper way.
func OpenFile(name string, flag int, perm os.FileMode) (*os.File, error) {
	return os.OpenFile(name, flag, perm)
}
