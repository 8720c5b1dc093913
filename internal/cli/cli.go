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

// MultiFlag is a flag that may be given several times.
type MultiFlag []string

func (m *MultiFlag) String() string     { return strings.Join(*m, ",") }
func (m *MultiFlag) Set(v string) error { *m = append(*m, v); return nil }
