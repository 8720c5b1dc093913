package atomicfile

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"
)

// TestWriteDirReplacesWhole: a folder written again holds only the new
// files; a failed write leaves the old folder as it was and no temporary
// folder behind; synced or staged.
func TestWriteDirReplacesWhole(t *testing.T) {
	for name, writeDir := range map[string]func(string, func(string) error) error{"WriteDir": WriteDir, "WriteDirStaged": WriteDirStaged} {
		t.Run(name, func(t *testing.T) { testWriteDir(t, writeDir) })
	}
}

func testWriteDir(t *testing.T, WriteDir func(string, func(string) error) error) {
	parent := t.TempDir()
	path := filepath.Join(parent, "offices")
	write := func(names ...string) error {
		return WriteDir(path, func(dir string) error {
			for _, n := range names {
				if n == "fail" {
					return errors.New("disk full")
				}
				if err := os.WriteFile(filepath.Join(dir, n), []byte(n), 0o644); err != nil {
					return err
				}
			}
			return nil
		})
	}
	if err := write("a.html", "b.html"); err != nil {
		t.Fatal(err)
	}
	if err := write("b.html", "c.html"); err != nil {
		t.Fatal(err)
	}
	if got := names(t, path); len(got) != 2 || got[0] != "b.html" || got[1] != "c.html" {
		t.Errorf("after the second write the folder holds %v, want [b.html c.html]", got)
	}
	if err := write("d.html", "fail"); err == nil {
		t.Fatal("a failed fill reported no error")
	}
	if got := names(t, path); len(got) != 2 || got[0] != "b.html" {
		t.Errorf("a failed write changed the folder: %v", got)
	}
	if got := names(t, parent); len(got) != 1 {
		t.Errorf("temporary folders left behind: %v", got)
	}
	if st, err := os.Stat(path); err != nil || st.Mode().Perm() != 0o755 {
		t.Errorf("folder mode = %v, %v; want 0755", st.Mode().Perm(), err)
	}
}

func names(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range entries {
		out = append(out, e.Name())
	}
	return out
}

// TestWriteReplacesWhole: a file written again holds the new bytes; a
// failed write leaves the old file as it was and no temporary file
// behind; synced or staged.
func TestWriteReplacesWhole(t *testing.T) {
	for name, write := range map[string]func(string, func(io.Writer) error) error{"Write": Write, "WriteStaged": WriteStaged} {
		t.Run(name, func(t *testing.T) {
			parent := t.TempDir()
			path := filepath.Join(parent, "terms.csv")
			put := func(text string, err error) error {
				return write(path, func(w io.Writer) error {
					io.WriteString(w, text)
					return err
				})
			}
			if err := put("old", nil); err != nil {
				t.Fatal(err)
			}
			if err := put("new", nil); err != nil {
				t.Fatal(err)
			}
			if err := put("half", errors.New("disk full")); err == nil {
				t.Fatal("a failed write reported no error")
			}
			if b, err := os.ReadFile(path); err != nil || string(b) != "new" {
				t.Errorf("file holds %q (%v), want the last whole write", b, err)
			}
			if got := names(t, parent); len(got) != 1 {
				t.Errorf("temporary files left behind: %v", got)
			}
		})
	}
}
