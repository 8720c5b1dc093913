package plainfile

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

func TestWriteFileThenOpen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "page.html")
	if err := WriteFile(path, []byte("a longer first version"), 0o640); err != nil {
		t.Fatal(err)
	}
	// A second write replaces the content whole: no tail of the first.
	if err := WriteFile(path, []byte("second"), 0o640); err != nil {
		t.Fatal(err)
	}
	f, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	got, err := io.ReadAll(f)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != "second" {
		t.Errorf("read %q, want %q", got, "second")
	}
	st, err := f.Stat()
	if err != nil {
		t.Fatal(err)
	}
	if runtime.GOOS != "windows" && st.Mode().Perm()&^0o640 != 0 {
		t.Errorf("mode %v, want at most -rw-r-----", st.Mode())
	}
}

func TestErrorsNameThePath(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "no", "such.txt")
	_, err := Open(missing)
	var pe *fs.PathError
	if !errors.As(err, &pe) || pe.Path != missing || !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("Open of a missing file: %v, want a *fs.PathError naming it, ErrNotExist", err)
	}
	err = WriteFile(missing, []byte("x"), 0o644)
	if !errors.As(err, &pe) || pe.Path != missing || !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("WriteFile into a missing folder: %v, want a *fs.PathError naming it, ErrNotExist", err)
	}
}

func TestWriteFileOverwritesReadOnlyFails(t *testing.T) {
	if runtime.GOOS == "windows" || os.Getuid() == 0 {
		t.Skip("root writes read-only files")
	}
	path := filepath.Join(t.TempDir(), "ro")
	if err := WriteFile(path, []byte("x"), 0o444); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(path, []byte("y"), 0o444); !errors.Is(err, fs.ErrPermission) {
		t.Errorf("writing a read-only file: %v, want ErrPermission", err)
	}
}
