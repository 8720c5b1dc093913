package pipeline

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"tenure/internal/parallel"
	"tenure/internal/plainfile"
)

// DocumentExt is the file extension of documents found in folders.
const DocumentExt = ".txt"

// Load reads the documents named by paths: files as given, and every
// "*.txt" file below a folder, in lexical order. A path that cannot be read
// becomes an Input with Err set, so the other documents are still
// processed; Load itself fails only when ctx is done.
func Load(ctx context.Context, paths []string) ([]Input, error) {
	return LoadLimited(ctx, paths, DefaultMaxDocumentSize)
}

// DefaultMaxDocumentSize is the size above which a document is rejected
// unread: encyclopedia pages are a few hundred kilobytes.
const DefaultMaxDocumentSize = 20 << 20

// ErrTooLarge is the error of an input larger than the limit.
var ErrTooLarge = errors.New("larger than the document size limit")

// loadWorkers is the number of files LoadLimited reads at once.
const loadWorkers = 8

// LoadLimited is Load with a size limit: a file larger than maxSize bytes
// becomes an Input with ErrTooLarge, without being read. Symbolic links to
// documents are followed. Paths are relative to what was given: a file by
// its name, a folder's documents under the folder's name.
func LoadLimited(ctx context.Context, paths []string, maxSize int64) ([]Input, error) {
	var inputs []Input
	for _, p := range paths {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		info, err := os.Stat(p)
		if err != nil {
			inputs = append(inputs, Input{Path: p, Err: err})
			continue
		}
		if !info.IsDir() {
			in := readInput(p, maxSize)
			in.Path = filepath.Base(p) // paths are published: relative to what was given
			inputs = append(inputs, in)
			continue
		}
		var files []string
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				inputs = append(inputs, Input{Path: path, Err: err})
				return nil
			}
			if !strings.EqualFold(filepath.Ext(path), DocumentExt) {
				return nil
			}
			switch {
			case d.Type().IsRegular():
				files = append(files, path)
			case d.Type()&fs.ModeSymlink != 0:
				// A link to a document is read; one to a folder is not
				// followed (it could loop).
				if st, err := os.Stat(path); err == nil && st.Mode().IsRegular() {
					files = append(files, path)
				} else if err != nil {
					inputs = append(inputs, Input{Path: path, Err: err})
				}
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("walk %s: %w", p, err)
		}
		slices.Sort(files)
		root := filepath.Base(filepath.Clean(p))
		// Several reads at once: each waits on the disk more than on a
		// processor. The inputs keep the files' order.
		read := make([]Input, len(files))
		parallel.For(len(files), loadWorkers, func(i int) {
			if ctx.Err() != nil {
				return
			}
			read[i] = readInput(files[i], maxSize)
			// Published paths are relative to the folder given, under its
			// name: "docs/301_politics_of_jiangsu.txt", never /home/….
			if rel, err := filepath.Rel(p, files[i]); err == nil {
				read[i].Path = filepath.ToSlash(filepath.Join(root, rel))
			}
		})
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		inputs = append(inputs, read...)
	}
	return inputs, nil
}

func readInput(path string, maxSize int64) Input {
	f, err := plainfile.Open(path)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err // the path is the Input's, relative
		}
		return Input{Path: path, Err: err}
	}
	defer f.Close()
	size := int64(0)
	if st, err := f.Stat(); err == nil {
		if st.Size() > maxSize {
			return Input{Path: path, Err: fmt.Errorf("%w: %d bytes, limit %d (-max-size)", ErrTooLarge, st.Size(), maxSize)}
		}
		size = st.Size()
	}
	// Read at most one byte past the limit: a file that grows while it is
	// read is caught too. The buffer has room for the file as it was and
	// the byte that tells whether it is longer, so it is allocated once.
	data := make([]byte, 0, size+1)
	r := io.LimitReader(f, maxSize+1)
	for {
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)]
		}
		n, err := r.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err == io.EOF {
			break
		}
		if err != nil {
			return Input{Path: path, Err: err}
		}
	}
	if int64(len(data)) > maxSize {
		return Input{Path: path, Err: fmt.Errorf("%w: over %d bytes (-max-size)", ErrTooLarge, maxSize)}
	}
	return Input{Path: filepath.ToSlash(path), Data: data}
}

// LoadFS reads every "*.txt" file of fsys, such as the embedded seeds, with
// paths prefixed by prefix.
func LoadFS(fsys fs.FS, prefix string) ([]Input, error) {
	var inputs []Input
	err := fs.WalkDir(fsys, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.Type().IsRegular() || !strings.EqualFold(filepath.Ext(path), DocumentExt) {
			return nil
		}
		data, err := fs.ReadFile(fsys, path)
		if err != nil {
			return err
		}
		inputs = append(inputs, Input{Path: prefix + path, Data: data})
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read embedded documents: %w", err)
	}
	return inputs, nil
}
