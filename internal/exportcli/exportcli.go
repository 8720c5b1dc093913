// Package exportcli is the export command: it builds tenure's dataset
// from documents about political offices and writes it as CSV, Parquet,
// XLSX, JSON-LD, a data package and a landing page. cmd/export and
// "tenure export" run it.
//
// With no arguments it exports the bundled seed documents into out/:
//
//	go run ./cmd/export
//	go run ./cmd/export -in ../pages -out /tmp/dataset -formats csv,parquet
package exportcli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/trace"
	"slices"
	"strconv"
	"strings"
	"time"

	"tenure/exporters"
	"tenure/internal/atomicfile"
	"tenure/internal/cli"
	"tenure/internal/hugepage"
	"tenure/internal/plainfile"
	"tenure/internal/termsafe"
	"tenure/pipeline"
	"tenure/seeds"
)

// Exit codes, documented in the README.
const (
	exitOK       = 0
	exitFailure  = 1 // the dataset could not be built or written
	exitUsage    = 2 // bad flags
	exitRejected = 3 // some inputs were not documents or could not be read; the rest was exported
	exitStrict   = 4 // -strict and the dataset has error findings
	exitPartial  = 5 // -keep-going and some formats failed; the others were written
)

// Main runs the export command with args (without the program name), on a
// context that SIGINT and SIGTERM cancel, and returns its exit status.
func Main(args []string) int { return cli.Main("export", args, run) }

const usage = `Usage: export [flags]

Builds the dataset of political offices, terms and office-holders from
plain-text documents and writes it into a folder.

Examples:
  go run ./cmd/export                              # the bundled seeds into out/
  go run ./cmd/export -in pages/ -out /tmp/data    # every *.txt below pages/
  go run ./cmd/export -formats csv,parquet -strict # fail on error findings

Exit codes: 0 ok, 1 the dataset could not be built or written (-out is left
as it was), 2 bad flags, 3 some inputs could not be read as documents, 4
-strict and error findings, 5 -keep-going and some formats failed.

Flags:
`

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	var in cli.MultiFlag
	fs.Var(&in, "in", "a document file or a folder of *.txt documents (repeatable; default: the bundled seeds)")
	out := fs.String("out", "out", "folder to write the dataset into")
	formats := fs.String("formats", strings.Join(exporters.FormatNames(), ","), "formats to write, comma-separated: "+strings.Join(exporters.FormatNames(), ", "))
	strict := fs.Bool("strict", false, "exit with status 4 when the dataset has any error finding")
	quiet := fs.Bool("q", false, "print nothing but errors")
	bom := fs.Bool("csv-bom", false, "start CSV files with a UTF-8 byte order mark (for Excel on Windows)")
	baseIRI := fs.String("base-iri", "urn:tenure:", "prefix of the IRIs minted in JSON-LD")
	license := fs.String("license", "CC-BY-SA-4.0", "license of the data, recorded in datapackage.json (the seeds are encyclopedia text under CC BY-SA 4.0)")
	allowEmpty := fs.Bool("allow-empty", false, "write the dataset even when no input could be read as a document (an empty dataset replaces the one in -out)")
	sourceURL := fs.String("source-url", "", "base URL where the source documents are published; the landing page links BASE/PATH. Unset, the documents are copied into the dataset's sources/ folder and linked there")
	jobs := fs.Int("jobs", 0, "formats written at once; 0 chooses two (one on a single processor)")
	keepGoing := fs.Bool("keep-going", false, "when a format fails, write the others all the same (the failed format's files of an earlier export are removed) and exit with status 5; without it, a failure leaves -out as it was")
	maxSize := fs.Int64("max-size", pipeline.DefaultMaxDocumentSize, "largest document read, in bytes; a larger file is rejected with a finding, unread")
	if done, err := cli.Parse(fs, args, "export", usage, "use -in PATH", stdout, stderr); done {
		return err
	}
	names, err := exporters.ParseFormats(*formats)
	if err != nil {
		return cli.Exit(exitUsage, err)
	}
	if slices.Contains(names, "datapackage") && !slices.Contains(names, "csv") {
		// The descriptor describes the CSV files: they go together.
		names = append([]string{"csv"}, names...)
	}
	if *jobs < 0 {
		return cli.Exit(exitUsage, fmt.Errorf("-jobs must be 0 (automatic) or more, not %d", *jobs))
	}
	if *maxSize < 1 {
		return cli.Exit(exitUsage, fmt.Errorf("-max-size must be at least 1 byte, not %d", *maxSize))
	}
	level := slog.LevelInfo
	if *quiet {
		level = slog.LevelError
	}
	log := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: level}))

	started := time.Now()
	var inputs []pipeline.Input
	if len(in) == 0 {
		inputs, err = pipeline.LoadFS(seeds.FS, seeds.Dir)
	} else {
		trace.WithRegion(ctx, "load documents", func() { inputs, err = pipeline.LoadLimited(ctx, in, *maxSize) })
	}
	if err != nil {
		return err
	}
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(memoryLimit(inputs)))
	if os.Getenv("TENURE_HUGEPAGES") != "off" {
		hugepage.PrepareHeap(heapReserve(inputs))
	}
	var progress pipeline.Progress
	if !*quiet && len(inputs) >= 200 && isTerminal(stderr) {
		progress = func(done, total int) {
			fmt.Fprintf(stderr, "\rparsing documents: %d/%d", done, total)
			if done == total {
				fmt.Fprintln(stderr)
			}
		}
	}
	ds, err := pipeline.BuildWithProgress(ctx, inputs, progress)
	if err != nil {
		return fmt.Errorf("build dataset: %w", err)
	}
	if len(ds.Sources) == 0 && !*allowEmpty {
		var what []string
		for _, f := range ds.Findings {
			what = append(what, f.Message)
		}
		if len(what) == 0 {
			what = append(what, "no *.txt document in "+strings.Join(in, ", "))
		}
		return cli.Exit(exitRejected, fmt.Errorf("no input could be read as a document, so %s was left as it was (-allow-empty writes an empty dataset):\n  %s",
			*out, strings.Join(what, "\n  ")))
	}
	opt := exporters.Options{CSVBOM: *bom, BaseIRI: *baseIRI, License: *license, Version: pipeline.Version,
		BuiltAt: buildDate(os.Getenv("SOURCE_DATE_EPOCH")), Built: buildTime(os.Getenv("SOURCE_DATE_EPOCH")), SourceURL: *sourceURL, Staged: true}
	// Every format is written into a staging folder beside -out and moved
	// in only when all succeeded: a failed, full-disk or interrupted export
	// leaves the previous dataset exactly as it was.
	stage, err := atomicfile.NewStage(*out)
	if err != nil {
		return err
	}
	committed := false
	defer func() {
		if !committed {
			stage.Abort()
		}
	}()
	// The source documents are copied while the formats are written: the
	// copy waits on the disk, the formats on the processors.
	type copied struct {
		n   int
		err error
	}
	copyDone := make(chan copied, 1)
	if *sourceURL == "" {
		go func() {
			var n int
			var err error
			trace.WithRegion(ctx, "copy sources", func() { n, err = copySources(stage.Dir(), inputs, ds) })
			copyDone <- copied{n, err}
		}()
	} else {
		copyDone <- copied{}
	}
	files, err := exporters.WriteFormats(ctx, ds, stage.Dir(), opt, names, formatJobs(*jobs), *keepGoing)
	c := <-copyDone
	if c.err != nil {
		return fmt.Errorf("copy the source documents (nothing in %s was changed): %w", *out, c.err)
	}
	var written []string
	if c.n > 0 {
		written = append(written, exporters.SourcesDir+"/")
	}
	written = append(written, files...)
	var partial *exporters.FormatsError
	if errors.As(err, &partial) && len(files) > 0 {
		err = nil // the rest is committed; the failures are reported below
	} else {
		partial = nil
	}
	if err != nil {
		return fmt.Errorf("%w (nothing in %s was changed)", err, *out)
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("interrupted; nothing in %s was changed: %w", *out, err)
	}
	trace.WithRegion(ctx, "commit", func() { err = stage.Commit(exporters.OutputFiles(), exporters.DataPackageFile) })
	if err != nil {
		return fmt.Errorf("move the new dataset into %s: %w", *out, err)
	}
	committed = true
	rejected := 0
	for _, f := range ds.Findings {
		if f.Code == pipeline.CodeNotADocument || f.Code == pipeline.CodeUnreadableSource {
			rejected++
			log.Error("input rejected", "error", f.Message)
		}
	}
	if !*quiet {
		summary(stdout, ds, *out, written, time.Since(started))
	}
	if partial != nil {
		for i, f := range partial.Failed {
			log.Error("format not written", "format", f, "error", partial.Errs[i])
		}
		return cli.Exit(exitPartial, fmt.Errorf("%s not written (-keep-going); the other formats were: %w", strings.Join(partial.Failed, ", "), partial))
	}
	errs, _, _ := ds.FindingCounts()
	switch {
	case *strict && errs > 0:
		return cli.Exit(exitStrict, fmt.Errorf("%d error findings (-strict); see %s", errs, filepath.Join(*out, "findings.csv")))
	case rejected > 0:
		return cli.Exit(exitRejected, fmt.Errorf("%d of %d inputs could not be read as documents", rejected, len(inputs)))
	}
	return nil
}

// formatJobs is how many formats are written at once: the -jobs given,
// or two (or one on a single processor). Two writers beside each other
// once cost a gigabyte more at 50,000 documents; now that they stream,
// two take 3% more memory than one at 50,000 and 100,000 documents, and
// 22 to 24% less time.
func formatJobs(given int) int {
	if given > 0 {
		return given
	}
	return min(runtime.GOMAXPROCS(0), 2)
}

// buildDate reads SOURCE_DATE_EPOCH (seconds since 1970, the
// reproducible-builds convention) as the date shown on the landing page.
// Unset, the page shows no date, so exports stay byte-identical.
func buildDate(epoch string) string {
	secs, err := strconv.ParseInt(epoch, 10, 64)
	if err != nil || epoch == "" {
		return ""
	}
	return time.Unix(secs, 0).UTC().Format("2 January 2006")
}

// buildTime reads SOURCE_DATE_EPOCH as a time; zero when unset.
func buildTime(epoch string) time.Time {
	secs, err := strconv.ParseInt(epoch, 10, 64)
	if err != nil || epoch == "" {
		return time.Time{}
	}
	return time.Unix(secs, 0).UTC()
}

func summary(w io.Writer, ds *pipeline.Dataset, dir string, files []string, took time.Duration) {
	e, wa, i := ds.FindingCounts()
	fmt.Fprintf(w, "documents %d · offices %d · terms %d · persons %d · current holders %d\n",
		len(ds.Sources), len(ds.Offices), len(ds.Terms), len(ds.Persons), len(ds.CurrentHolders))
	fmt.Fprintf(w, "findings: %s, %s, %d info\n", count(e, "error"), count(wa, "warning"), i)
	if n := ds.SkippedCount(); n > 0 {
		fmt.Fprintf(w, "skipped: %d rows, list items or blocks not read as terms (findings skipped-row, unparsed-list-item, missing-name, unread-block, cut-short)\n", n)
	}
	fmt.Fprintf(w, "wrote %d files to %s in %s:\n", len(files), termsafe.Line(dir), took.Round(time.Millisecond))
	for _, f := range files {
		size, n := int64(0), 0
		filepath.WalkDir(filepath.Join(dir, f), func(_ string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				if info, err := d.Info(); err == nil {
					size += info.Size()
					n++
				}
			}
			return nil
		})
		if strings.HasSuffix(f, "/") {
			fmt.Fprintf(w, "  %-24s %s in %s\n", f, humanSize(size), count(n, "file"))
			continue
		}
		fmt.Fprintf(w, "  %-24s %s\n", f, humanSize(size))
	}
}

func humanSize(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f kB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d B", n)
}

// memoryLimit is the soft limit of the heap while the dataset is built
// and written: fifteen times the documents' size, as the dataset, the
// parsed documents and a format's buffers together take up to about nine
// times, and at least 512 MiB. Go's collector otherwise lets the heap
// grow to twice what is live. Measured on generated documents, against
// the 1 GiB floor and twelve times used before: 20,000 documents (34 MB)
// peak at 499 MiB instead of 675 MiB, in the same time; 50,000 at 1.2 GiB
// instead of 1.0 GiB, in 14% less time (twelve times left the collector
// too little room). Below 512 MiB the collector costs more than it saves:
// 10,000 documents written to Parquet alone under 256 MiB took 16% more
// time. A limit set in GOMEMLIMIT is kept. The limit is soft: near it the
// collector works harder, never past half the processors.
func memoryLimit(inputs []pipeline.Input) int64 {
	if os.Getenv("GOMEMLIMIT") != "" {
		return debug.SetMemoryLimit(-1)
	}
	var size int64
	for _, in := range inputs {
		size += int64(len(in.Data))
	}
	return max(512<<20, 15*size)
}

// heapReserve is how much of the heap to prepare for huge pages: about
// what an export of these documents grows its heap to (13 to 26 times
// their size, measured from 10,000 to 100,000 generated documents), with
// room to spare, as memory prepared and not used costs only address
// space.
func heapReserve(inputs []pipeline.Input) int {
	size := 0
	for _, in := range inputs {
		size += len(in.Data)
	}
	return 32 * size
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// copySources copies the documents the dataset was built from into
// dir/sources/, under their paths, so that the landing page's links to
// them work wherever the dataset goes.
func copySources(dir string, inputs []pipeline.Input, ds *pipeline.Dataset) (int, error) {
	used := map[string]bool{}
	made := map[string]bool{} // folders created
	for _, s := range ds.Sources {
		used[s.Path] = true
	}
	n := 0
	for _, in := range inputs {
		if in.Err != nil || !used[in.Path] {
			continue
		}
		rel := filepath.Clean(filepath.FromSlash(in.Path))
		if filepath.IsAbs(rel) || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			continue // never write outside the dataset
		}
		path := filepath.Join(dir, exporters.SourcesDir, rel)
		if parent := filepath.Dir(path); !made[parent] {
			if err := os.MkdirAll(parent, 0o755); err != nil {
				return n, err
			}
			made[parent] = true
		}
		if err := plainfile.WriteFile(path, in.Data, 0o644); err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}

// count writes a number of things, one singular: "1 warning", "2 files".
func count(n int, thing string) string {
	if n == 1 {
		return "1 " + thing
	}
	return fmt.Sprintf("%d %ss", n, thing)
}
