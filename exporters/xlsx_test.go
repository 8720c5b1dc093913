package exporters

import (
	"archive/zip"
	"bytes"
	"context"
	"fmt"
	"io"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"tenure/pipeline"
)

func openXLSX(t *testing.T, path string) *excelize.File {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

// TestXLSXAgrees reads every sheet back with excelize and compares it
// value by value with the dataset.
func TestXLSXAgrees(t *testing.T) {
	ds := seedDataset(t)
	dir := writeAll(t, ds, "xlsx")
	f := openXLSX(t, filepath.Join(dir, XLSXFile))
	wantSheets := []string{"README", "Current holders", "Terms", "Offices", "Persons", "Findings", "Sources"}
	if got := f.GetSheetList(); !slices.Equal(got, wantSheets) {
		t.Fatalf("sheets = %q, want %q", got, wantSheets)
	}
	for _, tb := range Tables {
		rows, err := f.GetRows(tb.Sheet, excelize.Options{RawCellValue: true})
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(rows[0], header(tb)) {
			t.Errorf("%s header = %q", tb.Sheet, rows[0])
		}
		want := expected(ds, tb)
		got := rows[1:]
		for i := range got {
			for j, c := range tb.Columns {
				if j >= len(got[i]) {
					got[i] = append(got[i], "")
				}
				switch c.Type {
				case Day:
					if got[i][j] != "" { // a serial number: turn it back into a day
						d, err := excelize.ExcelDateToTime(mustFloat(t, got[i][j]), false)
						if err != nil {
							t.Fatal(err)
						}
						got[i][j] = d.Format("2006-01-02")
					}
				case Bool:
					got[i][j] = map[string]string{"1": "true", "0": "false"}[got[i][j]]
				}
			}
		}
		compareRows(t, tb.Sheet, got, want)
	}
	// Dates keep their text; the bounds are date cells with a date format.
	tb, _ := TableByName("terms")
	startCol := slices.IndexFunc(tb.Columns, func(c Column) bool { return c.Name == "start" }) + 1
	earliestCol := startCol + 2
	cell, _ := excelize.CoordinatesToCellName(startCol, 2)
	if typ, _ := f.GetCellType("Terms", cell); typ == excelize.CellTypeNumber || typ == excelize.CellTypeDate {
		t.Errorf("start %s is a %v cell, want text", cell, typ)
	}
	cell, _ = excelize.CoordinatesToCellName(earliestCol, 2)
	v, _ := f.GetCellValue("Terms", cell)
	if len(v) != 10 || v[4] != '-' {
		t.Errorf("start_earliest shows %q, want yyyy-mm-dd", v)
	}
	panes, err := f.GetPanes("Terms")
	if err != nil || !panes.Freeze || panes.YSplit != 1 {
		t.Errorf("header row not frozen: %+v %v", panes, err)
	}
	if m, _ := f.GetMergeCells("Terms"); len(m) != 0 {
		t.Errorf("merged cells: %v", m)
	}
	readme, _ := f.GetRows("README")
	all := ""
	for _, r := range readme {
		all += strings.Join(r, " ") + "\n"
	}
	for _, want := range []string{"incumbent", "start_earliest", "Current holders", ds.Sources[0].SHA256} {
		if !strings.Contains(all, want) {
			t.Errorf("README sheet lacks %q", want)
		}
	}
}

func mustFloat(t *testing.T, s string) float64 {
	t.Helper()
	var f float64
	for _, c := range s {
		if c == '.' {
			break
		}
		f = f*10 + float64(c-'0')
	}
	return f
}

// TestXLSXFormulaInjection: a name that looks like a formula is written as
// that literal text.
func TestXLSXFormulaInjection(t *testing.T) {
	hostile := `=HYPERLINK("http://evil","x")`
	doc := "= Governor of Evil =\n\n| Name | Term start | Term end |\n| " + hostile + " | 1950 | 1960 |\n| +SUM(1,2) (张三) | 1960 | 1970 |\n"
	ds, err := pipeline.Build(context.Background(), []pipeline.Input{{Path: "evil.txt", Data: []byte(doc)}})
	if err != nil {
		t.Fatal(err)
	}
	if len(ds.Terms) != 2 || ds.Terms[0].NameEN != hostile {
		t.Fatalf("terms = %+v", ds.Terms)
	}
	dir := writeAll(t, ds, "xlsx")
	f := openXLSX(t, filepath.Join(dir, XLSXFile))
	rows, _ := f.GetRows("Terms")
	tb, _ := TableByName("terms")
	col := slices.IndexFunc(tb.Columns, func(c Column) bool { return c.Name == "name_en" })
	if rows[1][col] != hostile {
		t.Errorf("name cell = %q, want the literal %q", rows[1][col], hostile)
	}
	for r := 2; r <= 3; r++ {
		cell, _ := excelize.CoordinatesToCellName(col+1, r)
		if formula, _ := f.GetCellFormula("Terms", cell); formula != "" {
			t.Errorf("%s holds the formula %q", cell, formula)
		}
	}
	if rows[2][col+1] != "张三" {
		t.Errorf("Chinese name = %q", rows[2][col+1])
	}
}

func TestTextWidth(t *testing.T) {
	if textWidth("Wu Xiaojun") != 10 || textWidth("吴晓军") != 6 {
		t.Errorf("widths %d %d", textWidth("Wu Xiaojun"), textWidth("吴晓军"))
	}
}

// TestWorkbookDates: zip entries carry a valid date (the build time, or
// 1 January 1980 without one), and the core properties are written in
// Excel's prefixed form with dates only when the build time is known.
func TestWorkbookDates(t *testing.T) {
	ds := seedDataset(t)
	for _, built := range []time.Time{{}, time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC)} {
		dir := t.TempDir()
		opt := testOptions
		opt.Built = built
		if _, err := (XLSX{}).Write(context.Background(), ds, dir, opt); err != nil {
			t.Fatal(err)
		}
		zr, err := zip.OpenReader(filepath.Join(dir, XLSXFile))
		if err != nil {
			t.Fatal(err)
		}
		want := built
		if want.IsZero() {
			want = time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)
		}
		for _, f := range zr.File {
			month := (f.ModifiedDate >> 5) & 0xf
			if month < 1 || month > 12 || !f.Modified.Equal(want) {
				t.Errorf("%s: date %v (DOS month %d), want %v", f.Name, f.Modified, month, want)
			}
			if f.Name == "docProps/core.xml" {
				rc, _ := f.Open()
				core, _ := io.ReadAll(rc)
				rc.Close()
				s := string(core)
				if !strings.Contains(s, "<cp:coreProperties") || !strings.Contains(s, "<cp:lastModifiedBy>") ||
					strings.Contains(s, "2000-01-01") || built.IsZero() == strings.Contains(s, "dcterms:created") {
					t.Errorf("core.xml = %s", s)
				}
			}
		}
		zr.Close()
	}
}

// TestWorkbookSplitsLongTables: a table longer than a sheet continues on
// "Terms (2)", …, and the README sheet says so; dates before 1900 leave
// their date cell empty rather than mixing text into a date column.
func TestWorkbookSplitsLongTables(t *testing.T) {
	saved := maxSheetRows
	maxSheetRows = 11 // ten rows a sheet
	defer func() { maxSheetRows = saved }()
	var b strings.Builder
	b.WriteString("= Governor of Tochigi =\n\n| Name | Term start | Term end |\n")
	for i := range 25 {
		fmt.Fprintf(&b, "| Holder %c%c | %d | %d |\n", 'A'+i%26, 'a'+i%26, 1880+i*5, 1885+i*5)
	}
	ds, err := pipeline.Build(context.Background(), []pipeline.Input{{Path: "t.txt", Data: []byte(b.String())}})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if _, err := (XLSX{}).Write(context.Background(), ds, dir, testOptions); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenFile(filepath.Join(dir, XLSXFile))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	total := 0
	for _, sheet := range []string{"Terms", "Terms (2)", "Terms (3)"} {
		rows, err := f.GetRows(sheet)
		if err != nil {
			t.Fatalf("%s: %v", sheet, err)
		}
		total += len(rows) - 1
	}
	if total != 25 {
		t.Errorf("%d term rows over the sheets, want 25", total)
	}
	readme, _ := f.GetRows("README")
	if !strings.Contains(fmt.Sprint(readme), "continue on Terms (2), Terms (3)") {
		t.Error("the README sheet does not say where the terms continue")
	}
	rows, _ := f.GetRows("Terms")
	col := slices.Index(rows[0], "start_earliest")
	for _, r := range rows[1:] {
		if col < len(r) && r[col] != "" && r[col] < "1900" {
			t.Errorf("a date before 1900 in a date cell: %q", r[col])
		}
	}
}

// TestWorkbookPrints: data sheets print landscape, fitted to the page
// width, with the header row on every page.
func TestWorkbookPrints(t *testing.T) {
	dir := t.TempDir()
	if _, err := (XLSX{}).Write(context.Background(), seedDataset(t), dir, testOptions); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenFile(filepath.Join(dir, XLSXFile))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	layout, err := f.GetPageLayout("Terms")
	if err != nil || layout.Orientation == nil || *layout.Orientation != "landscape" || layout.FitToWidth == nil || *layout.FitToWidth != 1 {
		t.Errorf("page layout of Terms: %+v %v", layout, err)
	}
	found := false
	for _, d := range f.GetDefinedName() {
		if d.Name == "_xlnm.Print_Titles" && d.Scope == "Terms" && strings.HasSuffix(d.RefersTo, "$1:$1") {
			found = true
		}
	}
	if !found {
		t.Errorf("no header row repeated on printed pages: %+v", f.GetDefinedName())
	}
}

// TestWorkbookDimensions: every sheet declares the range it uses, which
// readers in read-only mode (openpyxl's, and so pandas') take as its size.
func TestWorkbookDimensions(t *testing.T) {
	dir := t.TempDir()
	if _, err := (XLSX{}).Write(context.Background(), seedDataset(t), dir, testOptions); err != nil {
		t.Fatal(err)
	}
	z, err := zip.OpenReader(filepath.Join(dir, XLSXFile))
	if err != nil {
		t.Fatal(err)
	}
	defer z.Close()
	dim := regexp.MustCompile(`<dimension ref="A1:([A-Z]+)(\d+)"`)
	sheets := 0
	for _, zf := range z.File {
		if !strings.HasPrefix(zf.Name, "xl/worksheets/sheet") {
			continue
		}
		sheets++
		r, err := zf.Open()
		if err != nil {
			t.Fatal(err)
		}
		data, _ := io.ReadAll(r)
		r.Close()
		m := dim.FindSubmatch(data)
		rows := bytes.Count(data, []byte("<row "))
		if m == nil || string(m[2]) != fmt.Sprint(rows) {
			t.Errorf("%s: dimension %q for %d rows", zf.Name, m, rows)
		}
	}
	if sheets != 7 {
		t.Errorf("%d sheets checked", sheets)
	}
}
