package exporters

import (
	"bytes"
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/apache/arrow/go/v17/arrow"
	"github.com/apache/arrow/go/v17/arrow/array"
	"github.com/apache/arrow/go/v17/arrow/memory"
	"github.com/apache/arrow/go/v17/parquet/file"
	"github.com/apache/arrow/go/v17/parquet/pqarrow"

	"tenure/pipeline"
	"tenure/seeds"
)

var testOptions = Options{BaseIRI: "urn:tenure:", License: "CC-BY-SA-4.0", Version: "test"}

func seedDataset(t testing.TB) *pipeline.Dataset {
	t.Helper()
	in, err := pipeline.LoadFS(seeds.FS, seeds.Dir)
	if err != nil {
		t.Fatal(err)
	}
	ds, err := pipeline.Build(context.Background(), in)
	if err != nil {
		t.Fatal(err)
	}
	return ds
}

// expected renders a table of the dataset as text cells, the way CSV does.
func expected(ds *pipeline.Dataset, t Table) [][]string {
	var rows [][]string
	for i := range t.Len(ds) {
		row := make([]string, len(t.Columns))
		for j, c := range t.Columns {
			row[j] = formatText(c.Value(ds, i), c.Type, nil)
		}
		rows = append(rows, row)
	}
	return rows
}

func header(t Table) []string {
	var h []string
	for _, c := range t.Columns {
		h = append(h, c.Name)
	}
	return h
}

func readCSV(t *testing.T, path string) [][]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return recs
}

// readParquet reads a Parquet file back with pqarrow and renders every
// value as text.
func readParquet(t *testing.T, path string) ([]string, [][]string, *arrow.Schema, map[string]string) {
	t.Helper()
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	defer mem.AssertSize(t, 0)
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	pr, err := file.NewParquetReader(f)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	defer pr.Close()
	kv := map[string]string{}
	for _, e := range pr.MetaData().KeyValueMetadata() {
		kv[e.Key] = *e.Value
	}
	fr, err := pqarrow.NewFileReader(pr, pqarrow.ArrowReadProperties{}, mem)
	if err != nil {
		t.Fatal(err)
	}
	tbl, err := fr.ReadTable(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	defer tbl.Release()
	schema := tbl.Schema()
	var names []string
	for _, f := range schema.Fields() {
		names = append(names, f.Name)
	}
	rows := make([][]string, tbl.NumRows())
	for i := range rows {
		rows[i] = make([]string, tbl.NumCols())
	}
	for j := range int(tbl.NumCols()) {
		i := 0
		for _, chunk := range tbl.Column(j).Data().Chunks() {
			for k := range chunk.Len() {
				rows[i][j] = arrowText(chunk, k)
				i++
			}
		}
	}
	return names, rows, schema, kv
}

func arrowText(a arrow.Array, i int) string {
	if a.IsNull(i) {
		return ""
	}
	switch a := a.(type) {
	case *array.String:
		return a.Value(i)
	case *array.Boolean:
		return fmt.Sprint(a.Value(i))
	case *array.Int32:
		return fmt.Sprint(a.Value(i))
	case *array.Date32:
		return a.Value(i).ToTime().Format("2006-01-02")
	}
	return fmt.Sprintf("<%T>", a)
}

func writeAll(t *testing.T, ds *pipeline.Dataset, formats ...string) string {
	t.Helper()
	dir := t.TempDir()
	for _, f := range formats {
		if _, err := Formats[f].Write(context.Background(), ds, dir, testOptions); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
	}
	return dir
}

// TestFormatsAgree checks that every table has the same rows and values in
// CSV and Parquet as in the dataset.
func TestFormatsAgree(t *testing.T) {
	ds := seedDataset(t)
	dir := writeAll(t, ds, "csv", "parquet")
	for _, tb := range Tables {
		want := expected(ds, tb)
		got := readCSV(t, filepath.Join(dir, tb.Name+".csv"))
		if !slices.Equal(got[0], header(tb)) {
			t.Errorf("%s.csv header = %q", tb.Name, got[0])
		}
		compareRows(t, tb.Name+".csv", got[1:], want)

		names, rows, _, _ := readParquet(t, filepath.Join(dir, tb.Name+".parquet"))
		if !slices.Equal(names, header(tb)) {
			t.Errorf("%s.parquet columns = %q", tb.Name, names)
		}
		compareRows(t, tb.Name+".parquet", rows, want)
	}
}

func compareRows(t *testing.T, name string, got, want [][]string) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("%s: %d rows, want %d", name, len(got), len(want))
		return
	}
	for i := range want {
		if !slices.Equal(got[i], want[i]) {
			t.Errorf("%s row %d:\n got  %q\n want %q", name, i+1, got[i], want[i])
			return
		}
	}
}

func TestParquetTypesAndMetadata(t *testing.T) {
	ds := seedDataset(t)
	dir := writeAll(t, ds, "parquet")
	_, _, schema, kv := readParquet(t, filepath.Join(dir, "terms.parquet"))
	wantTypes := map[string]arrow.Type{
		"term_id": arrow.STRING, "ordinal": arrow.INT32, "start": arrow.STRING, "start_precision": arrow.STRING,
		"start_earliest": arrow.DATE32, "end_latest": arrow.DATE32, "incumbent": arrow.BOOL, "acting": arrow.BOOL,
	}
	for name, want := range wantTypes {
		idx := schema.FieldIndices(name)
		if len(idx) != 1 || schema.Field(idx[0]).Type.ID() != want {
			t.Errorf("terms.parquet %s: %v, want %v", name, schema.Field(idx[0]).Type, want)
		}
	}
	if kv["tenure.version"] != "test" || kv["tenure.schema_version"] != SchemaVersion {
		t.Errorf("metadata = %v", kv)
	}
	for _, s := range ds.Sources {
		if !bytes.Contains([]byte(kv["tenure.sources"]), []byte(s.SHA256)) {
			t.Errorf("metadata lacks the sha256 of %s", s.ID)
		}
	}
	if _, ok := kv["ARROW:schema"]; !ok {
		t.Error("the Arrow schema is not stored in the file")
	}
}

// TestEmptyDataset exports a document set with no terms: every file is
// still written, with its header or schema.
func TestEmptyDataset(t *testing.T) {
	ds, err := pipeline.Build(context.Background(), []pipeline.Input{{Path: "x.txt", Data: []byte("= Just prose =\n\nNothing here.\n")}})
	if err != nil {
		t.Fatal(err)
	}
	dir := writeAll(t, ds, FormatNames()...)
	for _, tb := range Tables {
		if got := readCSV(t, filepath.Join(dir, tb.Name+".csv")); len(got) < 1 || !slices.Equal(got[0], header(tb)) {
			t.Errorf("%s.csv = %q", tb.Name, got)
		}
		names, rows, _, _ := readParquet(t, filepath.Join(dir, tb.Name+".parquet"))
		if !slices.Equal(names, header(tb)) || (tb.Name == "terms" && len(rows) != 0) {
			t.Errorf("%s.parquet: columns %q, %d rows", tb.Name, names, len(rows))
		}
	}
}

func TestParseFormats(t *testing.T) {
	if got, err := ParseFormats("CSV, parquet,csv"); err != nil || !slices.Equal(got, []string{"csv", "parquet"}) {
		t.Errorf("ParseFormats = %q, %v", got, err)
	}
	if _, err := ParseFormats("csv,pdf"); err == nil {
		t.Error("unknown format accepted")
	}
}

func TestCSVBOM(t *testing.T) {
	ds := seedDataset(t)
	var with, without bytes.Buffer
	tb, _ := TableByName("terms")
	if err := WriteCSVTable(&with, ds, tb, true); err != nil {
		t.Fatal(err)
	}
	if err := WriteCSVTable(&without, ds, tb, false); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(with.Bytes(), append([]byte("\ufeff"), without.Bytes()...)) {
		t.Error("-csv-bom does not just prepend a UTF-8 byte order mark")
	}
}

// TestCSVForExcelNeutralisesFormulas: the -csv-bom variant keeps a
// spreadsheet from running cells as formulas; the plain CSV is faithful.
func TestCSVForExcelNeutralisesFormulas(t *testing.T) {
	doc := "= Governor of X =\n\n| Name | Term start | Term end |\n| =HYPERLINK(\"http://evil\",\"x\") | 1950 | 1960 |\n| @SUM(A1) | 1960 | 1970 |\n| Li Si | 1970 | 1980 |\n"
	ds, err := pipeline.Build(context.Background(), []pipeline.Input{{Path: "x.txt", Data: []byte(doc)}})
	if err != nil {
		t.Fatal(err)
	}
	var terms Table
	for _, tb := range Tables {
		if tb.Name == "terms" {
			terms = tb
		}
	}
	for _, bom := range []bool{false, true} {
		var buf bytes.Buffer
		if err := WriteCSVTable(&buf, ds, terms, bom); err != nil {
			t.Fatal(err)
		}
		rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(buf.String(), "\ufeff"))).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		col := slices.Index(rows[0], "name_en")
		got := []string{rows[1][col], rows[2][col], rows[3][col]}
		want := []string{`=HYPERLINK("http://evil","x")`, "@SUM(A1)", "Li Si"}
		if bom {
			want = []string{`'=HYPERLINK("http://evil","x")`, "'@SUM(A1)", "Li Si"}
		}
		if !slices.Equal(got, want) {
			t.Errorf("bom=%v: names %q, want %q", bom, got, want)
		}
	}
}

type panickingWriter struct{}

func (panickingWriter) Write(context.Context, *pipeline.Dataset, string, Options) ([]string, error) {
	panic("bug")
}

// TestWriteFormats: formats given in any order are written in the order
// they depend on each other (the page links the CSV files it comes after),
// the file list comes in canonical order, and a writer's panic is an
// error that names the format.
func TestWriteFormats(t *testing.T) {
	ds := seedDataset(t)
	dir := t.TempDir()
	files, err := WriteFormats(context.Background(), ds, dir, testOptions, []string{"html", "datapackage", "csv", "ftm"}, 2, false)
	if err != nil {
		t.Fatal(err)
	}
	if files[0] != "sources.csv" || files[len(files)-1] != OfficesDir+"/" || !slices.Contains(files, FTMFile) {
		t.Errorf("files = %v", files)
	}
	page, _ := os.ReadFile(filepath.Join(dir, HTMLFile))
	if !bytes.Contains(page, []byte(`href="terms.csv"`)) || !bytes.Contains(page, []byte(`href="datapackage.json"`)) {
		t.Error("the page, written first as given, does not link the files written after it")
	}
	Formats["bug"] = panickingWriter{}
	defer delete(Formats, "bug")
	_, err = WriteFormats(context.Background(), ds, t.TempDir(), testOptions, []string{"csv", "bug"}, 2, false)
	if err == nil || !strings.Contains(err.Error(), "write bug: internal error: bug") {
		t.Errorf("a panicking writer gave %v", err)
	}
}

// TestWriteFormatsKeepGoing: with keepGoing a failing format leaves the
// others written and is named in the error.
func TestWriteFormatsKeepGoing(t *testing.T) {
	ds := seedDataset(t)
	Formats["bug"] = panickingWriter{}
	defer delete(Formats, "bug")
	dir := t.TempDir()
	files, err := WriteFormats(context.Background(), ds, dir, testOptions, []string{"csv", "bug", "ftm", "html"}, 2, true)
	var fe *FormatsError
	if !errors.As(err, &fe) || !slices.Equal(fe.Failed, []string{"bug"}) {
		t.Fatalf("error = %v, want the bug format named", err)
	}
	for _, f := range []string{"terms.csv", FTMFile, HTMLFile} {
		if !slices.Contains(files, f) {
			t.Errorf("%s not written: %v", f, files)
		}
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			t.Error(err)
		}
	}
}

// formatText renders a value as the text of a CSV cell.
func formatText(v Value, t Type, buf []byte) string {
	if v.Null {
		return ""
	}
	switch t {
	case Bool:
		if v.Bool {
			return "true"
		}
		return "false"
	case Int:
		return string(strconv.AppendInt(buf, v.Int, 10))
	case Day:
		return string(v.Day.AppendFormat(buf, "2006-01-02"))
	}
	return v.Str
}
