package exporters

import (
	"context"
	"io"
	"runtime"
	"syscall"
	"testing"

	"tenure/internal/corpus"
	"tenure/pipeline"
)

// BenchmarkExport writes the dataset of the pipeline benchmark's varied
// corpus (10,000 documents, about 218,000 terms) in each format, to
// io.Discard through the same code that writes files.
func BenchmarkExport(b *testing.B) {
	files := corpus.Varied(10_000, 25, 1)
	in := make([]pipeline.Input, len(files))
	for i, f := range files {
		in[i] = pipeline.Input{Path: f.Path, Data: f.Data}
	}
	ds, err := pipeline.Build(context.Background(), in)
	if err != nil {
		b.Fatal(err)
	}
	in, files = nil, nil
	ctx := context.Background()
	formats := map[string]func(w io.Writer) error{
		"csv": func(w io.Writer) error {
			for _, t := range Tables {
				if err := WriteCSVTable(w, ds, t, false); err != nil {
					return err
				}
			}
			return nil
		},
		"parquet": func(w io.Writer) error {
			for _, t := range Tables {
				if err := (Parquet{}).WriteTable(ctx, w, ds, t, testOptions); err != nil {
					return err
				}
			}
			return nil
		},
		"xlsx":   func(w io.Writer) error { return XLSX{}.WriteWorkbook(ctx, w, ds, testOptions) },
		"jsonld": func(w io.Writer) error { return JSONLD{}.WriteDocument(ctx, w, ds, testOptions) },
		"ftm":    func(w io.Writer) error { return FTM{}.WriteEntities(ctx, w, ds) },
		"datapackage": func(w io.Writer) error {
			_, err := Describe(ctx, ds, testOptions)
			return err
		},
		"html": func(w io.Writer) error { // index.html and every office's page
			if err := (HTML{}).WritePage(ctx, w, ds, testOptions, nil); err != nil {
				return err
			}
			return HTML{}.EachOfficePage(ctx, ds, testOptions, func(_ pipeline.Office, page func(io.Writer) error) error {
				return page(w)
			})
		},
	}
	for _, name := range []string{"csv", "parquet", "xlsx", "jsonld", "ftm", "datapackage", "html"} {
		b.Run(name, func(b *testing.B) {
			runtime.GC()
			var cw countingWriter
			cw.w = io.Discard
			for b.Loop() {
				cw.n = 0
				if err := formats[name](&cw); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(cw.n)/1e6, "MB-out")
			b.ReportMetric(float64(peakRSS())/1e6, "MB-peak-RSS")
		})
	}
}

func peakRSS() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Maxrss * 1024
}
