package cli

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"strings"
	"testing"
)

func TestCode(t *testing.T) {
	for _, tc := range []struct {
		err  error
		want int
	}{
		{nil, 0},
		{errors.New("disk full"), 1},
		{Exit(3, errors.New("rejected")), 3},
		{fmt.Errorf("export: %w", Exit(4, errors.New("strict"))), 4}, // wrapped
	} {
		if got := Code(tc.err); got != tc.want {
			t.Errorf("Code(%v) = %d, want %d", tc.err, got, tc.want)
		}
	}
}

// TestParse: flags, -version, -h, bad flags and stray arguments each end
// the way a user expects, with the exit status the README gives.
func TestParse(t *testing.T) {
	for _, tc := range []struct {
		args     []string
		done     bool
		code     int
		out, err string // what stdout and stderr hold
	}{
		{args: []string{"-in", "a", "-in", "b"}},
		{args: []string{"-version"}, done: true, out: "tenure export "},
		{args: []string{"-h"}, done: true, err: "Usage: export"},
		{args: []string{"-nope"}, done: true, code: 2, err: "flag provided but not defined"},
		{args: []string{"stray"}, done: true, code: 2},
	} {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			fs := flag.NewFlagSet("export", flag.ContinueOnError)
			var in MultiFlag
			fs.Var(&in, "in", "input")
			var stdout, stderr bytes.Buffer
			done, err := Parse(fs, tc.args, "export", "Usage: export [flags]\n", "use -in PATH", &stdout, &stderr)
			if done != tc.done || Code(err) != tc.code {
				t.Fatalf("done %v, code %d (%v); want %v, %d", done, Code(err), err, tc.done, tc.code)
			}
			if !strings.Contains(stdout.String(), tc.out) || !strings.Contains(stderr.String(), tc.err) {
				t.Errorf("stdout %q, stderr %q", stdout.String(), stderr.String())
			}
			if tc.args[0] == "-in" && in.String() != "a,b" {
				t.Errorf("-in given twice = %q, want a,b", in.String())
			}
			if tc.args[0] == "stray" && !strings.Contains(err.Error(), `unexpected argument "stray" (use -in PATH)`) {
				t.Errorf("stray argument: %v", err)
			}
		})
	}
}
