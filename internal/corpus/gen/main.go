// Command gen writes a generated corpus of office documents into a
// folder, for benchmarks and side-by-side comparisons:
//
//	go run ./internal/corpus/gen -n 5000 -out /tmp/corpus
//
// -kind varied (the default) writes corpus.Varied's pages of every shape
// with thousands of names; -kind seeds writes corpus.Generate's pages in
// the seeds' three table shapes.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"tenure/internal/corpus"
)

func main() {
	n := flag.Int("n", 1000, "number of documents")
	terms := flag.Int("terms", 25, "terms per document")
	seed := flag.Uint64("seed", 7, "random seed")
	out := flag.String("out", "", "folder to write the documents into")
	kind := flag.String("kind", "varied", "varied: every page shape, thousands of names; seeds: the seeds' table shapes")
	flag.Parse()
	generate := map[string]func(int, int, uint64) []corpus.File{"varied": corpus.Varied, "seeds": corpus.Generate}[*kind]
	if generate == nil {
		fmt.Fprintf(os.Stderr, "gen: -kind %q: want varied or seeds\n", *kind)
		os.Exit(2)
	}
	if *out == "" || *n < 1 {
		fmt.Fprintln(os.Stderr, "gen: -out DIR and -n N ≥ 1 are required")
		os.Exit(2)
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
	for _, f := range generate(*n, *terms, *seed) {
		if err := os.WriteFile(filepath.Join(*out, filepath.Base(f.Path)), f.Data, 0o644); err != nil {
			fmt.Fprintln(os.Stderr, "gen:", err)
			os.Exit(1)
		}
	}
}
