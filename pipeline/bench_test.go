package pipeline

import (
	"context"
	"fmt"
	"runtime"
	"strings"
	"syscall"
	"testing"

	"tenure/internal/corpus"
)

// peakRSS returns the peak resident set size of this process in bytes.
func peakRSS() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Maxrss * 1024
}

// corpusInputs is the seeds-shaped corpus (three table layouts, a few
// hundred names, prose padding).
func corpusInputs(docs, terms int, seed uint64) []Input {
	return inputsOf(corpus.Generate(docs, terms, seed))
}

// variedInputs is the corpus that looks like real pages: every table and
// list shape, biographies, tens of thousands of names, dates at every
// precision. It returns the number of terms written too.
func variedInputs(docs, terms int, seed uint64) ([]Input, int) {
	files := corpus.Varied(docs, terms, seed)
	n := 0
	for _, f := range files {
		n += f.Terms
	}
	return inputsOf(files), n
}

func inputsOf(files []corpus.File) []Input {
	in := make([]Input, len(files))
	for i, f := range files {
		in[i] = Input{Path: f.Path, Data: f.Data}
	}
	return in
}

func corpusBytes(in []Input) int64 {
	var n int64
	for _, i := range in {
		n += int64(len(i.Data))
	}
	return n
}

// BenchmarkPipeline runs the whole build (parse, extract, normalise,
// reconcile, validate) on every core: on the varied corpus of 10,000
// documents (about 17 MB, 218,000 terms) and on the seeds-shaped one
// (10,000 documents, 250,000 terms, padded with prose). It reports the
// corpus size, the heap left after the build and the peak RSS.
func BenchmarkPipeline(b *testing.B) {
	varied, written := variedInputs(10_000, 25, 1)
	for _, bc := range []struct {
		name  string
		in    []Input
		terms int
	}{
		{"varied", varied, written},
		{"seeds-shaped", corpusInputs(10_000, 25, 1), 250_000},
	} {
		b.Run(bc.name, func(b *testing.B) {
			size := corpusBytes(bc.in)
			b.SetBytes(size)
			b.ReportMetric(float64(size)/1e6, "MB-corpus")
			var peak uint64
			for b.Loop() {
				runtime.GC()
				ds, err := Build(context.Background(), bc.in)
				if err != nil {
					b.Fatal(err)
				}
				var ms runtime.MemStats
				runtime.ReadMemStats(&ms)
				peak = max(peak, ms.HeapAlloc)
				// A few generated biographies repeat a term a page lists.
				if len(ds.Terms) < bc.terms*99/100 || len(ds.Terms) > bc.terms {
					b.Fatalf("%d terms, want %d", len(ds.Terms), bc.terms)
				}
			}
			b.ReportMetric(float64(peak)/1e6, "MB-heap-after")
			b.ReportMetric(float64(peakRSS())/1e6, "MB-peak-RSS")
		})
	}
}

// BenchmarkParse parses the varied corpus's documents into blocks, one
// core: the first stage alone.
func BenchmarkParse(b *testing.B) {
	in, _ := variedInputs(2_000, 25, 1)
	b.SetBytes(corpusBytes(in))
	for b.Loop() {
		for _, d := range in {
			if _, err := Parse(d.Path, d.Data); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkExtract parses the varied corpus's documents and reads their
// offices and terms, one core: the first two stages. The rest of
// BenchmarkPipeline's time is normalising, reconciling and validating.
func BenchmarkExtract(b *testing.B) {
	in, _ := variedInputs(2_000, 25, 1)
	b.SetBytes(corpusBytes(in))
	for b.Loop() {
		for _, d := range in {
			doc, err := Parse(d.Path, d.Data)
			if err != nil {
				b.Fatal(err)
			}
			extract(doc, Source{Path: d.Path, ID: d.Path})
		}
	}
}

func TestGenerateCorpus(t *testing.T) {
	in := corpusInputs(30, 25, 1)
	ds, err := Build(context.Background(), in)
	if err != nil {
		t.Fatal(err)
	}
	if len(ds.Terms) != 750 || len(ds.Offices) != 30 || len(ds.CurrentHolders) != 30 {
		t.Errorf("generated corpus gave %d terms, %d offices, %d holders", len(ds.Terms), len(ds.Offices), len(ds.CurrentHolders))
	}
	if e, _, _ := ds.FindingCounts(); e != 0 {
		t.Errorf("%d error findings on the generated corpus", e)
	}
}

// TestVariedCorpus: tenure reads every term of every shape of the varied
// corpus the benchmarks use, so that they measure real work.
func TestVariedCorpus(t *testing.T) {
	files := corpus.Varied(70, 25, 3)
	want := 0
	var in []Input
	for _, f := range files {
		in = append(in, Input{Path: f.Path, Data: f.Data})
		want += f.Terms
	}
	ds, err := Build(context.Background(), in)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]int{}
	for _, tm := range ds.Terms {
		got[tm.SourceID]++
	}
	ids := map[string]string{}
	for _, s := range ds.Sources {
		ids[s.Path] = s.ID
	}
	for _, f := range files {
		if id := ids[f.Path]; got[id] != f.Terms {
			t.Errorf("%s (%s): %d terms read, %d written\n%s", f.Path, id, got[id], f.Terms, f.Data)
			break
		}
	}
	if len(ds.Terms) != want {
		t.Errorf("%d terms read, %d written", len(ds.Terms), want)
	}
	if e, w, _ := ds.FindingCounts(); e != 0 || w > len(files) {
		for _, f := range ds.Findings {
			t.Log(f.Code, f.Message)
		}
		t.Errorf("%d errors and %d warnings on the varied corpus", e, w)
	}
}

// BenchmarkOutsizedPages builds documents far larger than any real page,
// in the shapes that once made the build quadratic: a page of 20,000
// short sections, each with its own table (6 s at 40,000); a table of
// 20,000 rows numbered past the ordinals a list uses, so out of time order
// and without numbers (ten minutes at 100,000); and 3,000 biographies of
// one office beside its list of 15,000 holders, whose terms were each
// matched against every biography's, and each biography's term against
// every row of the list (3.45 s).
func BenchmarkOutsizedPages(b *testing.B) {
	var sections, rows strings.Builder
	sections.WriteString("= Governor of Headland =\n\n")
	rows.WriteString("= Governor of Bigland =\n\n| No. | Name | Took office | Left office |\n")
	for i := range 20_000 {
		fmt.Fprintf(&sections, "== Governors %d ==\n\n| No. | Name | Took office | Left office |\n| 1 | Ann%d Lee | 1990 | 1995 |\n\n", i, i)
		fmt.Fprintf(&rows, "| %d | Name%d Lee | %d | %d |\n", i, i, 1000+i%900, 1001+i%900)
	}
	var list strings.Builder
	list.WriteString("= Governor of Spellland =\n\n| No. | Name | Took office | Left office |\n")
	var bios []Input
	for i := range 15_000 {
		name := fmt.Sprintf("Zhang Xiao%c%c%c", 'a'+i/676, 'a'+i/26%26, 'a'+i%26)
		fmt.Fprintf(&list, "| %d | %s | %d | %d |\n", i%900+1, name, 1000+i/20, 1000+(i+1)/20)
		if i < 3_000 {
			bios = append(bios, Input{Path: fmt.Sprintf("b%d.txt", i), Data: fmt.Appendf(nil,
				"= %s =\n\n%s\n- Office: Governor of Spellland\n- Term Start: %d\n\n%s is a politician.\n", name, name, 1000+i/20, name)})
		}
	}
	for _, bc := range []struct {
		name string
		in   []Input
	}{
		{"sections", []Input{{Path: "sections.txt", Data: []byte(sections.String())}}},
		{"rows", []Input{{Path: "rows.txt", Data: []byte(rows.String())}}},
		{"biographies", append(bios, Input{Path: "list.txt", Data: []byte(list.String())})},
	} {
		b.Run(bc.name, func(b *testing.B) {
			in := bc.in
			b.SetBytes(corpusBytes(in))
			for b.Loop() {
				if _, err := Build(context.Background(), in); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
