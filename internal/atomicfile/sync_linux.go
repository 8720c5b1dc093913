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

// startWriteback asks the kernel to start writing n bytes of f from off
// to the disk, without waiting for them. It is only a hint: an error
// leaves the bytes to the Commit's sync.
func startWriteback(f *os.File, off, n int64) {
	if c, err := f.SyscallConn(); err == nil {
		c.Control(func(fd uintptr) {
			unix.SyncFileRange(int(fd), off, n, unix.SYNC_FILE_RANGE_WRITE)
		})
	}
}
