package atomicfile

import (
	"fmt"
	"os"
	"path/filepath"
)

// WriteDir writes a folder of files so that readers see either the old
// folder or the whole new one: fill writes plain files into a temporary
// folder beside path, which is synced once as a whole (not file by file,
// so that tens of thousands of small files cost one flush) and then
// renamed over path. When fill fails the temporary folder is removed and
// path is untouched.
func WriteDir(path string, fill func(dir string) error) error {
	return writeDir(path, fill, true)
}

// WriteDirStaged writes a folder into a Stage's folder: as WriteDir, but
// without syncing it, as Commit syncs everything staged at once.
func WriteDirStaged(path string, fill func(dir string) error) error {
	return writeDir(path, fill, false)
}

func writeDir(path string, fill func(dir string) error, sync bool) (err error) {
	path = filepath.Clean(path)
	parent := filepath.Dir(path)
	tmp, err := os.MkdirTemp(parent, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	defer func() {
		if err != nil {
			os.RemoveAll(tmp)
		}
	}()
	if err = os.Chmod(tmp, 0o755); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err = fill(tmp); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if sync {
		if err = syncTree(tmp); err != nil {
			return fmt.Errorf("sync %s: %w", path, err)
		}
	}
	old := ""
	if st, statErr := os.Lstat(path); statErr == nil {
		if !st.IsDir() {
			return fmt.Errorf("write %s: a file of that name is in the way", path)
		}
		old = tmp + ".old"
		if err = os.Rename(path, old); err != nil {
			return fmt.Errorf("replace %s: %w", path, err)
		}
	}
	if err = os.Rename(tmp, path); err != nil {
		if old != "" {
			os.Rename(old, path) // put the old folder back
		}
		return fmt.Errorf("replace %s: %w", path, err)
	}
	if old != "" {
		removeAll(old)
	}
	if !sync {
		return nil
	}
	return syncDir(parent)
}

// syncFiles syncs every file and folder under dir, one by one.
func syncFiles(dir string) error {
	return filepath.WalkDir(dir, func(p string, _ os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		f, err := os.Open(p)
		if err != nil {
			return err
		}
		defer f.Close()
		return f.Sync()
	})
}
