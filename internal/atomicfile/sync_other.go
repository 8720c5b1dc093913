//go:build !linux

package atomicfile

// syncTree makes everything written under dir durable, file by file.
func syncTree(dir string) error { return syncFiles(dir) }
