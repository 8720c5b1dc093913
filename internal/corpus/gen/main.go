// Command gen writes a generated corpus of office documents into a
// folder, for benchmarks and side-by-side comparisons:
//
//	go run ./internal/corpus/gen -n 5000 -out /tmp/corpus
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
	flag.Parse()
	if *out == "" || *n < 1 {
		fmt.Fprintln(os.Stderr, "gen: -out DIR and -n N ≥ 1 are required")
		os.Exit(2)
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
	for _, f := range corpus.Generate(*n, *terms, *seed) {
		if err := os.WriteFile(filepath.Join(*out, filepath.Base(f.Path)), f.Data, 0o644); err != nil {
			fmt.Fprintln(os.Stderr, "gen:", err)
			os.Exit(1)
		}
	}
}
