package pipeline

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// DocumentExt is the file extension of documents found in folders.
const DocumentExt = ".txt"

// Load reads the documents named by paths: files as given, and every
// "*.txt" file below a folder, in lexical order. A path that cannot be read
// becomes an Input with Err set, so the other documents are still
// processed; Load itself fails only when ctx is done.
func Load(ctx context.Context, paths []string) ([]Input, error) {
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
			inputs = append(inputs, readInput(p))
			continue
		}
		var files []string
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				inputs = append(inputs, Input{Path: path, Err: err})
				return nil
			}
			if d.Type().IsRegular() && strings.EqualFold(filepath.Ext(path), DocumentExt) {
				files = append(files, path)
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("walk %s: %w", p, err)
		}
		slices.Sort(files)
		for _, f := range files {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			inputs = append(inputs, readInput(f))
		}
	}
	return inputs, nil
}

func readInput(path string) Input {
	data, err := os.ReadFile(path)
	if err != nil {
		return Input{Path: path, Err: err}
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
