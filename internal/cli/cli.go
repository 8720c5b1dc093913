// Package cli holds what tenure's commands share: exit statuses carried by
// errors, a main that runs a command on a context SIGINT and SIGTERM
// cancel, and a repeatable flag.
package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"tenure/internal/termsafe"
	"tenure/pipeline"
)

// ExitError is an error that carries the command's exit status.
type ExitError struct {
	Code int
	Err  error
}

func (e *ExitError) Error() string { return e.Err.Error() }
func (e *ExitError) Unwrap() error { return e.Err }

// Exit returns an error that makes the command exit with code.
func Exit(code int, err error) error { return &ExitError{Code: code, Err: err} }

// Code returns the exit status for err: 0 for nil, the code of an
// ExitError, else 1.
func Code(err error) int {
	if err == nil {
		return 0
	}
	var ee *ExitError
	if errors.As(err, &ee) {
		return ee.Code
	}
	return 1
}

// RunFunc runs a command with its arguments and output streams.
type RunFunc func(ctx context.Context, args []string, stdout, stderr io.Writer) error

// Main runs a command with args (without the program name) on a context
// that SIGINT and SIGTERM cancel, prints its error as "name: error"
// (control characters escaped) and returns its exit status.
func Main(name string, args []string, run RunFunc) int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	err := run(ctx, args, os.Stdout, os.Stderr)
	if err != nil && !errors.Is(err, flag.ErrHelp) {
		fmt.Fprintln(os.Stderr, name+":", termsafe.String(err.Error()))
	}
	return Code(err)
}

// Parse parses a command's flags. It adds -version, which prints
// "tenure NAME VERSION"; done is set when the command has nothing more to
// do (-version, -h, or an error, which carries exit status 2, or 0 for
// -h). hint says how to give what a stray argument might have meant.
func Parse(fs *flag.FlagSet, args []string, name, usage, hint string, stdout, stderr io.Writer) (done bool, err error) {
	version := fs.Bool("version", false, "print the version and exit")
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, usage)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return true, Exit(0, err)
		}
		return true, Exit(2, err)
	}
	if *version {
		fmt.Fprintln(stdout, "tenure "+name, pipeline.Version)
		return true, nil
	}
	if fs.NArg() > 0 {
		return true, Exit(2, fmt.Errorf("unexpected argument %q (%s)", fs.Arg(0), hint))
	}
	return false, nil
}

// MultiFlag is a flag that may be given several times.
type MultiFlag []string

func (m *MultiFlag) String() string     { return strings.Join(*m, ",") }
func (m *MultiFlag) Set(v string) error { *m = append(*m, v); return nil }
