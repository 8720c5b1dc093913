package atomicfile

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"
)

// TestStageCommit: a committed stage replaces the old folder whole (old
// files in nested folders included, many more than the removers at
// once), removes a stale file the new set lacks, keeps a file that is
// neither, and leaves no staging folder behind.
func TestStageCommit(t *testing.T) {
	parent := t.TempDir()
	dest := filepath.Join(parent, "out")
	old := filepath.Join(dest, "offices", "nested")
	if err := os.MkdirAll(old, 0o755); err != nil {
		t.Fatal(err)
	}
	for i := range 5 * removeWorkers {
		for _, dir := range []string{old, filepath.Dir(old)} {
			if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("old-%d.html", i)), nil, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	for _, name := range []string{"stale.csv", "mine.txt"} {
		if err := os.WriteFile(filepath.Join(dest, name), []byte(name), 0o644); err != nil {
			t.Fatal(err)
		}
	}

	stage, err := NewStage(dest)
	if err != nil {
		t.Fatal(err)
	}
	err = WriteDirStaged(filepath.Join(stage.Dir(), "offices"), func(dir string) error {
		return os.WriteFile(filepath.Join(dir, "new.html"), []byte("new"), 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := WriteStaged(filepath.Join(stage.Dir(), "terms.csv"), func(w io.Writer) error {
		_, err := io.WriteString(w, "id\n")
		return err
	}); err != nil {
		t.Fatal(err)
	}
	if err := stage.Commit([]string{"stale.csv", "terms.csv", "offices"}, ""); err != nil {
		t.Fatal(err)
	}

	if got := names(t, filepath.Join(dest, "offices")); len(got) != 1 || got[0] != "new.html" {
		t.Errorf("offices holds %v after the commit, want [new.html]", got)
	}
	if got := names(t, dest); fmt.Sprint(got) != "[mine.txt offices terms.csv]" {
		t.Errorf("dest holds %v, want [mine.txt offices terms.csv]", got)
	}
	if got := names(t, parent); len(got) != 1 {
		t.Errorf("staging folders left behind: %v", got)
	}
}

// TestWriteStagedLargeFile: a staged file several writeback chunks long,
// whose chunks are handed to the disk as they are written, reads back
// byte for byte.
func TestWriteStagedLargeFile(t *testing.T) {
	want := make([]byte, 2*writebackChunk+12345)
	for i := range want {
		want[i] = byte(i * 7 % 251)
	}
	path := filepath.Join(t.TempDir(), "tenure.jsonld")
	err := WriteStaged(path, func(w io.Writer) error {
		for rest := want; len(rest) > 0; {
			n := min(len(rest), 100_000)
			if _, err := w.Write(rest[:n]); err != nil {
				return err
			}
			rest = rest[n:]
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("read back %d bytes, not the %d written", len(got), len(want))
	}
}
