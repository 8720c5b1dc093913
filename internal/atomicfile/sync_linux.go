package atomicfile

import (
	"os"

	"golang.org/x/sys/unix"
)

// syncTree makes everything written under dir durable: one syncfs(2) of
// the file system that holds it, falling back to syncing file by file
// where syncfs is refused.
func syncTree(dir string) error {
	f, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer f.Close()
	if err := unix.Syncfs(int(f.Fd())); err == nil {
		return nil
	}
	return syncFiles(dir)
}
