// Package exporters writes a pipeline.Dataset as files: one writer per
// format (CSV, Parquet, XLSX, JSON-LD and a Frictionless data package),
// each walking the one table description in Tables, so the formats cannot
// drift apart. Every file is written atomically and deterministically: the
// same dataset gives byte-identical files.
package exporters

import (
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"runtime/trace"
	"slices"
	"strings"
	"sync"
	"time"

	"tenure/internal/atomicfile"
	"tenure/internal/parallel"
	"tenure/pipeline"
)

// Options are the settings the writers share.
type Options struct {
	// CSVBOM adds a UTF-8 byte order mark to CSV files, for spreadsheet
	// programs on Windows.
	CSVBOM bool
	// BaseIRI is the prefix of the IRIs minted in JSON-LD ("urn:tenure:").
	BaseIRI string
	// License names the license of the data ("CC-BY-SA-4.0").
	License string
	// Version is tenure's version, recorded in file metadata.
	Version string
	// BuiltAt is shown on the landing page as the build date when set
	// (from SOURCE_DATE_EPOCH): outputs never read the clock themselves.
	BuiltAt string
	// Built is the same build time (zero when unset): the workbook's
	// created and modified dates, and its zip entries' dates.
	Built time.Time
	// SourceURL, when set, is where the source documents are published:
	// the landing page links SourceURL + a source's path. Unset, it links
	// the copies in the dataset's sources/ folder (SourcesDir).
	SourceURL string
	// Staged says that the folder written into is an atomicfile.Stage's,
	// which the caller syncs as a whole when it commits: files are then
	// written without a sync each.
	Staged bool

	// digests, set by WriteFormats, receives the size and SHA-256 of the
	// files another format describes, as they are written.
	digests *digests
}

// digests holds the size and SHA-256 of files written in one export, by
// path: the data package describes the CSV tables and the FollowTheMoney
// file, which are hashed while written instead of read back afterwards,
// when only one core would be busy.
type digests struct {
	mu sync.Mutex
	m  map[string]fileHash
}

type fileHash struct {
	size int64
	sum  string // hex
}

func (d *digests) get(path string) (fileHash, bool) {
	if d == nil {
		return fileHash{}, false
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	v, ok := d.m[path]
	return v, ok
}

// writeHashedFile is writeFile, recording the file's size and SHA-256 in
// opt's digests when it has them.
func writeHashedFile(path string, opt Options, write func(w io.Writer) error) error {
	d := opt.digests
	if d == nil {
		return writeFile(path, opt, write)
	}
	h := sha256.New()
	var size int64
	err := writeFile(path, opt, func(w io.Writer) error {
		cw := &countingWriter{w: io.MultiWriter(w, h)}
		err := write(cw)
		size = int64(cw.n)
		return err
	})
	if err != nil {
		return err
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.m == nil {
		d.m = map[string]fileHash{}
	}
	d.m[path] = fileHash{size, hex.EncodeToString(h.Sum(nil))}
	return nil
}

// writeFile writes one file of a format atomically (atomicfile.Write), or
// into a staging folder (see Options.Staged).
func writeFile(path string, opt Options, write func(w io.Writer) error) error {
	if opt.Staged {
		return atomicfile.WriteStaged(path, write)
	}
	return atomicfile.Write(path, write)
}

// writeDir writes a folder of a format atomically (atomicfile.WriteDir),
// or into a staging folder (see Options.Staged).
func writeDir(path string, opt Options, fill func(dir string) error) error {
	if opt.Staged {
		return atomicfile.WriteDirStaged(path, fill)
	}
	return atomicfile.WriteDir(path, fill)
}

// SourcesDir is the folder of a dataset that holds copies of its source
// documents, under their paths, so that links to them survive the
// dataset being moved or published.
const SourcesDir = "sources"

// Writer writes a dataset in one format into a folder and returns the
// names of the files it wrote.
type Writer interface {
	Write(ctx context.Context, ds *pipeline.Dataset, dir string, opt Options) ([]string, error)
}

// Formats maps each format name to its writer, in the order they run.
var Formats = map[string]Writer{
	"csv":         CSV{},
	"parquet":     Parquet{},
	"xlsx":        XLSX{},
	"jsonld":      JSONLD{},
	"ftm":         FTM{},
	"datapackage": DataPackage{},
	"html":        HTML{},
}

// FormatNames returns the known format names in their canonical order.
func FormatNames() []string {
	order := []string{"csv", "parquet", "xlsx", "jsonld", "ftm", "datapackage", "html"}
	var out []string
	for _, n := range order {
		if _, ok := Formats[n]; ok {
			out = append(out, n)
		}
	}
	for n := range Formats {
		if !slices.Contains(out, n) {
			out = append(out, n)
		}
	}
	return out
}

// ParseFormats reads a comma-separated list of format names. An unknown
// name is an error that lists the valid ones.
func ParseFormats(s string) ([]string, error) {
	var out []string
	for _, f := range strings.Split(s, ",") {
		f = strings.ToLower(strings.TrimSpace(f))
		if f == "" {
			continue
		}
		if f == "all" {
			return FormatNames(), nil
		}
		if _, ok := Formats[f]; !ok {
			return nil, fmt.Errorf("unknown format %q (valid: %s)", f, strings.Join(FormatNames(), ", "))
		}
		if !slices.Contains(out, f) {
			out = append(out, f)
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no format given (valid: %s)", strings.Join(FormatNames(), ", "))
	}
	return out, nil
}

// OutputFiles returns the name of every file any format writes, so that a
// new export can remove the files of an older one it does not replace.
func OutputFiles() []string {
	var out []string
	for _, t := range Tables {
		out = append(out, t.Name+".csv", t.Name+".parquet")
	}
	return append(out, XLSXFile, JSONLDFile, FTMFile, DataPackageFile, HTMLFile, OfficesDir, SourcesDir)
}

// writeCost ranks the formats in the order they are started: the
// costliest first, so that the last to finish is a short one, except
// Parquet, started last because it writes its columns on every core: the
// export's tail then keeps both cores busy instead of one writer running
// alone (10,000 documents: 5% less time, and a smaller peak, as its
// buffers are no longer held beside the workbook's).
func writeCost(name string) int {
	if i := slices.Index([]string{"xlsx", "html", "jsonld", "ftm", "csv", "parquet"}, name); i >= 0 {
		return i
	}
	return 100
}

// dependent formats read the files of the others, so they are written
// after all of them, in this order: the data package describes (and
// hashes) the CSV files, and the landing page links every file.
var dependent = []string{"datapackage", "html"}

// WriteFormats writes the named formats into dir and returns the names of
// the files written, in the formats' canonical order whatever the order
// given. The independent formats (and the landing page's office pages)
// are written at once, the costliest first, up to workers at a time (each
// holds its own buffers, so workers bounds the memory too); then the data
// package and the landing page's index. The first error stops the formats
// not yet done and is returned.
//
// With keepGoing a failed format stops nothing: every other format is
// written (the data package only when the CSV files were) and the error
// names each format that failed, as a *FormatsError.
func WriteFormats(ctx context.Context, ds *pipeline.Dataset, dir string, opt Options, names []string, workers int, keepGoing bool) ([]string, error) {
	var order []string
	for _, n := range FormatNames() {
		if slices.Contains(names, n) {
			order = append(order, n)
		}
	}
	for _, n := range names {
		if _, ok := Formats[n]; !ok {
			return nil, fmt.Errorf("unknown format %q", n)
		}
	}
	if slices.Contains(order, "datapackage") {
		opt.digests = &digests{} // the data package's files are hashed as written
	}
	files := make([][]string, len(order))
	errs := make([]error, len(order))
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	write := func(i int, w Writer) {
		defer func() { // a bug in one writer is an error, not a crash of the process
			if r := recover(); r != nil {
				errs[i] = fmt.Errorf("write %s: internal error: %v", order[i], r)
				if !keepGoing {
					cancel()
				}
			}
		}()
		region := trace.StartRegion(ctx, fmt.Sprintf("write %s (%T)", order[i], w))
		f, err := w.Write(ctx, ds, dir, opt)
		region.End()
		files[i] = f
		if err != nil {
			errs[i] = fmt.Errorf("write %s: %w", order[i], err)
			if !keepGoing {
				cancel()
			}
		}
	}
	// The landing page's office pages link no other file: they are written
	// with the independent formats, and the index after them all.
	_, splitHTML := Formats["html"].(HTML)
	type job struct {
		i int
		w Writer
	}
	var jobs []job
	for i, n := range order {
		switch {
		case n == "html" && splitHTML:
			jobs = append(jobs, job{i, htmlPages{}})
		case !slices.Contains(dependent, n):
			jobs = append(jobs, job{i, Formats[n]})
		}
	}
	// In the order of writeCost.
	slices.SortStableFunc(jobs, func(a, b job) int { return cmp.Compare(writeCost(order[a.i]), writeCost(order[b.i])) })
	parallel.For(len(jobs), workers, func(k int) { write(jobs[k].i, jobs[k].w) })
	for i, n := range order {
		if !slices.Contains(dependent, n) || ctx.Err() != nil {
			continue
		}
		switch {
		case n == "datapackage":
			if j := slices.Index(order, "csv"); j >= 0 && errs[j] != nil {
				errs[i] = fmt.Errorf("write %s: not written, as the CSV files it describes failed", n)
				continue
			}
			write(i, Formats[n])
		case n == "html" && splitHTML:
			if errs[i] == nil { // the office pages were written
				write(i, htmlIndex{})
			}
		default:
			write(i, Formats[n])
		}
	}
	var out []string
	for i := range order {
		out = append(out, files[i]...)
	}
	if keepGoing && ctx.Err() == nil {
		fe := &FormatsError{}
		for i, err := range errs {
			if err != nil {
				fe.Failed = append(fe.Failed, order[i])
				fe.Errs = append(fe.Errs, err)
			}
		}
		if len(fe.Failed) > 0 {
			return out, fe
		}
		return out, nil
	}
	// The cause, not the formats it stopped: the first error that is not
	// a cancellation, else the first.
	var first error
	for _, err := range errs {
		if err != nil && !errors.Is(err, context.Canceled) {
			return out, err
		}
		first = cmp.Or(first, err)
	}
	if first == nil {
		first = ctx.Err()
	}
	return out, first
}

// FormatsError is the error of WriteFormats with keepGoing: the formats
// that failed, each with its error; the others were written.
type FormatsError struct {
	Failed []string
	Errs   []error
}

func (e *FormatsError) Error() string {
	return fmt.Sprintf("%d %s failed (%s): %v", len(e.Failed), plural(len(e.Failed), "format", "formats"), strings.Join(e.Failed, ", "), errors.Join(e.Errs...))
}

// Unwrap returns the errors of the formats that failed.
func (e *FormatsError) Unwrap() []error { return e.Errs }
