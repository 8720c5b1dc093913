// Command tenure is tenure's single binary: "tenure export" builds the
// dataset, "tenure watch" reports leadership changes, "tenure version"
// prints the version. Install it with
//
//	go install ./cmd/tenure
package main

import (
	"fmt"
	"io"
	"os"

	"tenure/internal/exportcli"
	"tenure/internal/watchcli"
	"tenure/pipeline"
)

const usage = `Usage: tenure COMMAND [flags]

Commands:
  export    build the dataset of offices, terms and officeholders (tenure export -h)
  watch     report leadership changes on a schedule (tenure watch -h)
  version   print the version
`

func main() {
	stop := startProfiling()
	code := run(os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// startProfiling is replaced, in a binary built with -tags prof, by one
// that writes CPU and heap profiles (see prof.go); it returns the function
// that ends them.
var startProfiling = func() (stop func()) { return func() {} }

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	switch args[0] {
	case "export":
		return exportcli.Main(args[1:])
	case "watch":
		return watchcli.Main(args[1:])
	case "version", "-version", "--version":
		fmt.Fprintln(stdout, "tenure", pipeline.Version)
		return 0
	case "help", "-h", "-help", "--help":
		fmt.Fprint(stdout, usage)
		return 0
	}
	fmt.Fprintf(stderr, "tenure: unknown command %q\n\n%s", args[0], usage)
	return 2
}
