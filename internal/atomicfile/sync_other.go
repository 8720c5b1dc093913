//go:build !linux

package atomicfile

import "os"

// syncTree makes everything written under dir durable, file by file.
func syncTree(dir string) error { return syncFiles(dir) }

// startWriteback is a hint that only Linux takes: elsewhere the Commit's
// sync writes everything.
func startWriteback(*os.File, int64, int64) {}
