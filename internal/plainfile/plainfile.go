// Package plainfile opens and writes regular files with fewer system
// calls than package os spends on them.
//
// On Linux, os.OpenFile offers every file it opens to the runtime's
// network poller: it switches the file to non-blocking mode, tries to
// register it (which the kernel refuses for a regular file) and switches
// it back, four extra system calls besides the open. An export that reads
// and writes tens of thousands of small files (the source documents, one
// page per office) pays for them on every file. The functions here open
// the file themselves and wrap the descriptor with os.NewFile, which does
// not offer it to the poller. Elsewhere they are os's own functions.
package plainfile

import "os"

// WriteFile writes data to the named file, creating it with perm (before
// the umask) or truncating it, as os.WriteFile does.
func WriteFile(name string, data []byte, perm os.FileMode) error {
	f, err := OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, perm)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err1 := f.Close(); err1 != nil && err == nil {
		err = err1
	}
	return err
}

// Open opens the named file for reading, as os.Open does.
func Open(name string) (*os.File, error) {
	return OpenFile(name, os.O_RDONLY, 0)
}
