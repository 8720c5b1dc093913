// Command watch watches documents about political offices and reports
// leadership changes: who left which office, who took it, since when.
//
//	go run ./cmd/watch -once
//	go run ./cmd/watch -sources pages/ -schedule '@every 6h'
//
// It is the same command as "tenure watch".
package main

import (
	"os"

	"tenure/internal/watchcli"
)

func main() { os.Exit(watchcli.Main(os.Args[1:])) }
