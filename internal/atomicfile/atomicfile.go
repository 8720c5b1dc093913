// Package atomicfile writes files and folders so that readers see either
// the old version or the whole new one, never a part: single files through
// a temporary file renamed over the old one, and a set of files through a
// staging folder whose files are moved in only once all of them are
// written. The exporters and the watcher share it.
package atomicfile

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"tenure/internal/parallel"
)

// Write writes a file so that readers see either the old file or
// the whole new one, never a part: it writes to a temporary file in the
// same folder, syncs it, renames it over path and syncs the folder. When
// write fails the temporary file is removed and path is untouched.
func Write(path string, write func(w io.Writer) error) error {
	return writeFile(path, write, true)
}

// WriteStaged writes a file into a Stage's folder: as Write, but without
// syncing the file, as Commit syncs everything staged at once (one flush
// for all the files, while the next ones are being written).
func WriteStaged(path string, write func(w io.Writer) error) error {
	return writeFile(path, write, false)
}

func writeFile(path string, write func(w io.Writer) error, sync bool) (err error) {
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	tmp := f.Name()
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(tmp)
		}
	}()
	var out io.Writer = f
	wb := &writeback{f: f}
	if !sync {
		out = wb
	}
	bw := bufio.NewWriterSize(out, 256<<10)
	if err = write(bw); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err = bw.Flush(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	wb.start()
	if err = f.Chmod(0o644); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if sync {
		if err = f.Sync(); err != nil {
			return fmt.Errorf("sync %s: %w", path, err)
		}
	}
	if err = f.Close(); err != nil {
		return fmt.Errorf("close %s: %w", path, err)
	}
	if err = os.Rename(tmp, path); err != nil {
		return fmt.Errorf("rename %s: %w", path, err)
	}
	if !sync {
		return nil
	}
	return syncDir(dir)
}

// writebackChunk is how much of a staged file is written before the
// kernel is asked to start writing it to the disk.
const writebackChunk = 8 << 20

// writeback writes to a staged file and asks the kernel to start writing
// each chunk to the disk as soon as it is written, without waiting for it,
// so that the disk works while the next formats are computed and the
// Commit's one sync finds little left to flush: the JSON-LD file of
// 10,000 documents is 225 MB.
type writeback struct {
	f            *os.File
	off, started int64
}

func (w *writeback) Write(p []byte) (int, error) {
	n, err := w.f.Write(p)
	w.off += int64(n)
	if w.off-w.started >= writebackChunk {
		w.start()
	}
	return n, err
}

// start starts the writeback of what was written since the last start.
func (w *writeback) start() {
	if w.off > w.started {
		startWriteback(w.f, w.started, w.off-w.started)
		w.started = w.off
	}
}

func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return fmt.Errorf("sync %s: %w", dir, err)
	}
	defer d.Close()
	if err := d.Sync(); err != nil {
		return fmt.Errorf("sync %s: %w", dir, err)
	}
	return nil
}

// Stage is a staging folder beside a destination folder: files are written
// into it, and Commit moves them into the destination at once, after
// removing the files of an earlier set the new one no longer has.
type Stage struct {
	dest, dir string
}

// StagePrefix starts the name of every staging folder, beside its
// destination: ".<dest>.staging-".
func stagePrefix(dest string) string { return "." + filepath.Base(dest) + ".staging-" }

// NewStage creates a staging folder beside dest (which it creates when
// missing). Staging folders left by an earlier process that was killed are
// removed first.
func NewStage(dest string) (*Stage, error) {
	dest = filepath.Clean(dest)
	if err := os.MkdirAll(dest, 0o755); err != nil {
		return nil, fmt.Errorf("create %s: %w", dest, err)
	}
	parent := filepath.Dir(dest)
	if old, err := filepath.Glob(filepath.Join(parent, stagePrefix(dest)+"*")); err == nil {
		for _, o := range old {
			os.RemoveAll(o)
		}
	}
	dir, err := os.MkdirTemp(parent, stagePrefix(dest))
	if err != nil {
		return nil, fmt.Errorf("create a staging folder beside %s: %w", dest, err)
	}
	return &Stage{dest: dest, dir: dir}, nil
}

// Dir is the staging folder to write into.
func (s *Stage) Dir() string { return s.dir }

// Abort removes the staging folder and what it holds; dest is untouched.
func (s *Stage) Abort() error { return os.RemoveAll(s.dir) }

// Commit syncs what was staged, then moves every file and folder of the
// staging folder into dest (a folder replaces the one of the same name).
// Files and folders named in stale that the new set does not have are
// removed from dest first, so dest holds nothing of an older set; last is
// moved in after all the others (a descriptor that lists the others'
// hashes), and removed first. Files in dest that are neither new nor stale
// are left alone.
func (s *Stage) Commit(stale []string, last string) error {
	// What was staged reaches the disk before any of it is moved in.
	if err := syncTree(s.dir); err != nil {
		return fmt.Errorf("sync %s: %w", s.dir, err)
	}
	entries, err := os.ReadDir(s.dir)
	if err != nil {
		return fmt.Errorf("read %s: %w", s.dir, err)
	}
	fresh := map[string]bool{}
	for _, e := range entries {
		fresh[e.Name()] = true
	}
	if last != "" {
		if err := os.Remove(filepath.Join(s.dest, last)); err != nil && !os.IsNotExist(err) {
			return fmt.Errorf("replace %s: %w", last, err)
		}
	}
	for _, name := range stale {
		if !fresh[name] {
			if err := os.RemoveAll(filepath.Join(s.dest, name)); err != nil {
				return fmt.Errorf("remove the stale %s: %w", name, err)
			}
		}
	}
	move := func(name string) error {
		to := filepath.Join(s.dest, name)
		// A folder replaces the old one whole: the old is set aside in the
		// staging folder, which goes at the end.
		if st, err := os.Stat(to); err == nil && st.IsDir() {
			if err := os.Rename(to, filepath.Join(s.dir, ".old-"+name)); err != nil {
				return fmt.Errorf("replace %s in %s: %w", name, s.dest, err)
			}
		}
		if err := os.Rename(filepath.Join(s.dir, name), to); err != nil {
			return fmt.Errorf("move %s into %s: %w", name, s.dest, err)
		}
		return nil
	}
	for _, e := range entries {
		if e.Name() == last {
			continue
		}
		if err := move(e.Name()); err != nil {
			return err
		}
	}
	if fresh[last] {
		if err := syncDir(s.dest); err != nil {
			return err
		}
		if err := move(last); err != nil {
			return err
		}
	}
	if err := syncDir(s.dest); err != nil {
		return err
	}
	return removeAll(s.dir)
}

// removeWorkers is how many files removeAll unlinks at once. Removing a
// dataset's old folders of tens of thousands of small files waits on the
// file system's journal more than on the processor, and several unlinks
// in flight share its waits: on an ext4 disk, 21,500 files take 1.4 s
// one folder per goroutine and 0.6 s sixteen files at a time.
const removeWorkers = 16

// removeAll removes dir and what it holds: first its files, many at once,
// then the folders, emptied.
func removeAll(dir string) error {
	var files []string
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			files = append(files, p)
		}
		return nil // what the walk cannot read, RemoveAll reports below
	})
	errs := make([]error, len(files))
	parallel.For(len(files), removeWorkers, func(i int) {
		if err := os.Remove(files[i]); err != nil && !errors.Is(err, fs.ErrNotExist) {
			errs[i] = err
		}
	})
	for _, err := range errs {
		if err != nil {
			return err // the first; the others are most likely the same
		}
	}
	return os.RemoveAll(dir)
}
