//go:build unix

package plainfile

import (
	"io/fs"
	"os"
	"syscall"
)

// OpenFile opens the named file as os.OpenFile does, with the flags of
// package os, without offering it to the network poller. It is meant for
// regular files: a pipe or a device opened with it blocks a thread while
// it waits, where os.OpenFile would park only the goroutine.
func OpenFile(name string, flag int, perm os.FileMode) (*os.File, error) {
	mode := uint32(perm.Perm())
	if perm&os.ModeSetuid != 0 {
		mode |= syscall.S_ISUID
	}
	if perm&os.ModeSetgid != 0 {
		mode |= syscall.S_ISGID
	}
	if perm&os.ModeSticky != 0 {
		mode |= syscall.S_ISVTX
	}
	for {
		fd, err := syscall.Open(name, flag|syscall.O_CLOEXEC, mode)
		if err == nil {
			return os.NewFile(uintptr(fd), name), nil
		}
		if err != syscall.EINTR {
			return nil, &fs.PathError{Op: "open", Path: name, Err: err}
		}
	}
}
