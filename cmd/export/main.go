// Command export builds tenure's dataset from plain-text documents about
// political offices and writes it as CSV, Parquet, XLSX, JSON-LD, a data
// package and a landing page. With no arguments it exports the bundled
// seed documents into out/:
//
//	go run ./cmd/export
//	go run ./cmd/export -in ../pages -out /tmp/dataset -formats csv,parquet
//
// It is the same command as "tenure export".
package main

import (
	"os"

	"tenure/internal/exportcli"
)

func main() { os.Exit(exportcli.Main(os.Args[1:])) }
