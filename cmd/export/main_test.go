package main

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func runExport(t *testing.T, args ...string) (string, error) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	err := run(context.Background(), args, &stdout, &stderr)
	return stdout.String() + stderr.String(), err
}

func exitCode(err error) int {
	var ee *exitError
	if errors.As(err, &ee) {
		return ee.code
	}
	if err != nil {
		return exitFailure
	}
	return exitOK
}

func TestExportSeeds(t *testing.T) {
	dir := t.TempDir()
	out, err := runExport(t, "-out", dir)
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	for _, want := range []string{"documents 4", "terms 64", "terms.csv"} {
		if !strings.Contains(out, want) {
			t.Errorf("summary lacks %q:\n%s", want, out)
		}
	}
	terms, err := os.ReadFile(filepath.Join(dir, "terms.csv"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(terms), "party-secretary-of-qinghai/13,party-secretary-of-qinghai,zhao-leji,13,Zhao Leji,赵乐际,zh,2003-08-19,day,2003-08-19,2003-08-19,2007-03-26,day") {
		t.Error("terms.csv lacks Zhao Leji's Qinghai term at day precision")
	}
}

// TestExportDeterministic exports twice and compares every file byte for
// byte.
func TestExportDeterministic(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	if _, err := runExport(t, "-q", "-out", a); err != nil {
		t.Fatal(err)
	}
	if _, err := runExport(t, "-q", "-out", b); err != nil {
		t.Fatal(err)
	}
	compareDirs(t, a, b)
}

func compareDirs(t *testing.T, a, b string) {
	t.Helper()
	entries, err := os.ReadDir(a)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) == 0 {
		t.Fatal("nothing exported")
	}
	for _, e := range entries {
		if e.IsDir() {
			continue
		}
		x, _ := os.ReadFile(filepath.Join(a, e.Name()))
		y, err := os.ReadFile(filepath.Join(b, e.Name()))
		if err != nil {
			t.Errorf("%s: %v", e.Name(), err)
			continue
		}
		if !bytes.Equal(x, y) {
			t.Errorf("%s differs between %s and %s", e.Name(), a, b)
		}
	}
}

// TestCommittedOutIsFresh fails when out/ in the repository is not what
// an export of the seeds writes now. The fix: task export (go run
// ./cmd/export).
func TestCommittedOutIsFresh(t *testing.T) {
	fresh := t.TempDir()
	if _, err := runExport(t, "-q", "-out", fresh); err != nil {
		t.Fatal(err)
	}
	entries, _ := os.ReadDir(fresh)
	for _, e := range entries {
		want, _ := os.ReadFile(filepath.Join(fresh, e.Name()))
		got, err := os.ReadFile(filepath.Join("..", "..", "out", e.Name()))
		if err != nil || !bytes.Equal(got, want) {
			t.Errorf("out/%s is stale or missing: run go run ./cmd/export (task export)", e.Name())
		}
	}
}

func TestExportExitCodes(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	os.WriteFile(good, []byte("= Governor of G =\n\n| Name | Term start | Term end |\n| A (甲) | 1950 | 1949 |\n"), 0o644)
	empty := filepath.Join(dir, "empty.txt")
	os.WriteFile(empty, nil, 0o644)

	tests := []struct {
		name string
		args []string
		code int
		msg  string
	}{
		{"unknown flag", []string{"-nope"}, exitUsage, "flag provided but not defined"},
		{"unknown format", []string{"-formats", "csv,docx"}, exitUsage, `unknown format "docx"`},
		{"stray argument", []string{"seeds"}, exitUsage, "unexpected argument"},
		{"good input", []string{"-in", good}, exitOK, ""},
		{"strict with an error finding", []string{"-in", good, "-strict"}, exitStrict, "error findings"},
		{"a rejected input", []string{"-in", good, "-in", empty}, exitRejected, "empty.txt:1"},
		{"a missing input", []string{"-in", filepath.Join(dir, "missing.txt")}, exitRejected, "missing.txt"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, err := runExport(t, append([]string{"-out", t.TempDir(), "-formats", "csv"}, tt.args...)...)
			if got := exitCode(err); got != tt.code {
				t.Fatalf("exit code %d, want %d (%v)\n%s", got, tt.code, err, out)
			}
			if tt.msg != "" && !strings.Contains(out+errString(err), tt.msg) {
				t.Errorf("output lacks %q:\n%s\n%v", tt.msg, out, err)
			}
		})
	}
}

func errString(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

// TestExportKeepsOldFilesOnFailure: a failed export leaves the files that
// were there before untouched.
func TestExportKeepsOldFilesOnFailure(t *testing.T) {
	dir := t.TempDir()
	if _, err := runExport(t, "-q", "-out", dir); err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(filepath.Join(dir, "terms.csv"))
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var sink bytes.Buffer
	if err := run(ctx, []string{"-q", "-out", dir}, &sink, &sink); err == nil {
		t.Fatal("a cancelled export succeeded")
	}
	after, _ := os.ReadFile(filepath.Join(dir, "terms.csv"))
	if !bytes.Equal(before, after) {
		t.Error("a failed export changed terms.csv")
	}
	leftovers, _ := filepath.Glob(filepath.Join(dir, ".*tmp*"))
	if len(leftovers) > 0 {
		t.Errorf("temporary files left behind: %v", leftovers)
	}
}
