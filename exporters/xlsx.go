package exporters

import (
	"context"
	"encoding/xml"
	"fmt"
	"io"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"tenure/internal/parallel"
	"tenure/pipeline"
)

// XLSX writes one workbook, tenure.xlsx, for people who open data in a
// spreadsheet: a README sheet in plain words, then one sheet per table
// (Current holders first). Headers are bold, frozen and filterable; widths
// fit the content; every text is a text cell (never a formula, and ISO
// dates such as 1949-09 stay text), while the _earliest/_latest bounds are
// real date cells formatted yyyy-mm-dd. excelize builds the workbook; the
// data rows are written straight into its worksheets (see sheetRows).
type XLSX struct{}

var _ Writer = XLSX{}

// XLSXFile is the name of the workbook.
const XLSXFile = "tenure.xlsx"

// xlsxOrder is the order of the data sheets: what a journalist wants first.
var xlsxOrder = []string{"current_holders", "terms", "offices", "persons", "findings", "sources"}

// maxCellText is the longest text a cell holds (Excel's limit).
const maxCellText = 32767

// Write implements Writer.
func (x XLSX) Write(ctx context.Context, ds *pipeline.Dataset, dir string, opt Options) ([]string, error) {
	err := writeFile(filepath.Join(dir, XLSXFile), opt, func(w io.Writer) error {
		return x.WriteWorkbook(ctx, w, ds, opt)
	})
	if err != nil {
		return nil, err
	}
	return []string{XLSXFile}, nil
}

type xlsxStyles struct {
	header, date, wrap, title int
}

// WriteWorkbook writes the workbook to w.
func (XLSX) WriteWorkbook(ctx context.Context, w io.Writer, ds *pipeline.Dataset, opt Options) error {
	f := excelize.NewFile()
	defer f.Close()
	// The data sheets' rows, which the zip writer puts in place of their
	// placeholders (see sheetRows). It writes to w itself: excelize would
	// hold the whole file in a buffer first.
	var rows []sheetRows
	f.SetZipWriter(func(io.Writer) excelize.ZipWriter {
		z := newSortedZip(w, opt.Built)
		z.rows = rows
		return z
	})
	var st xlsxStyles
	var err error
	if st.header, err = f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true},
		Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"DDE6F0"}}}); err != nil {
		return err
	}
	dateFmt := "yyyy-mm-dd"
	if st.date, err = f.NewStyle(&excelize.Style{CustomNumFmt: &dateFmt}); err != nil {
		return err
	}
	if st.wrap, err = f.NewStyle(&excelize.Style{Alignment: &excelize.Alignment{WrapText: true, Vertical: "top"}}); err != nil {
		return err
	}
	if st.title, err = f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true, Size: 14}}); err != nil {
		return err
	}
	if err := f.SetSheetName("Sheet1", "README"); err != nil {
		return err
	}
	if err := writeReadmeSheet(f, ds, opt, st); err != nil {
		return fmt.Errorf("xlsx README: %w", err)
	}
	widths := columnWidths(ds)
	for _, name := range xlsxOrder {
		if err := ctx.Err(); err != nil {
			return err
		}
		t, _ := TableByName(name)
		if err := writeDataSheet(f, ds, t, st, widths[name], &rows); err != nil {
			return fmt.Errorf("xlsx %s: %w", t.Sheet, err)
		}
	}
	// The README sheet is the first and active one. (SetActiveSheet would
	// parse every streamed sheet back into memory.)
	// The core properties in the form Excel writes (cp:, dc: and dcterms:
	// prefixes): excelize's default-namespace form makes ExcelJS refuse the
	// whole workbook. Dates only when the build time is known
	// (SOURCE_DATE_EPOCH): a workbook never carries a made-up date.
	f.Pkg.Store("docProps/core.xml", coreProperties("tenure "+opt.Version, "tenure: political offices and their holders", opt.Built))
	_, err = f.WriteToBuffer()
	return err
}

// coreProperties writes docProps/core.xml as Excel does.
func coreProperties(creator, title string, built time.Time) []byte {
	var b strings.Builder
	b.WriteString(xml.Header)
	b.WriteString(`<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"` +
		` xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"` +
		` xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">`)
	elem := func(name, value string) {
		b.WriteString("<" + name + ">")
		xml.EscapeText(&b, []byte(value))
		b.WriteString("</" + name + ">")
	}
	elem("dc:title", title)
	elem("dc:creator", creator)
	elem("cp:lastModifiedBy", creator)
	if !built.IsZero() {
		stamp := built.UTC().Format(time.RFC3339)
		b.WriteString(`<dcterms:created xsi:type="dcterms:W3CDTF">` + stamp + `</dcterms:created>`)
		b.WriteString(`<dcterms:modified xsi:type="dcterms:W3CDTF">` + stamp + `</dcterms:modified>`)
	}
	b.WriteString("</cp:coreProperties>")
	return []byte(b.String())
}

// textWidth is the display width of s in spreadsheet columns: CJK and
// other wide characters count double.
func textWidth(s string) int {
	n := 0
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			n++
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if isWide(r) {
			n += 2
		} else {
			n++
		}
	}
	return n
}

func isWide(r rune) bool {
	return r >= 0x1100 && (r <= 0x115f || r >= 0x2e80 && r <= 0xa4cf || r >= 0xac00 && r <= 0xd7a3 ||
		r >= 0xf900 && r <= 0xfaff || r >= 0xfe30 && r <= 0xfe4f || r >= 0xff00 && r <= 0xff60 ||
		r >= 0xffe0 && r <= 0xffe6 || r >= 0x20000 && r <= 0x3fffd)
}

const (
	minColWidth = 8
	maxColWidth = 60
)

// maxSheetRows is the number of rows a worksheet holds (Excel's limit,
// header included); a table with more continues on "Terms (2)", ….
var maxSheetRows = excelize.TotalRows

// sheetParts returns the names of the sheets a table of n rows fills.
func sheetParts(t Table, n int) []string {
	per := maxSheetRows - 1
	parts := max(1, (n+per-1)/per)
	names := make([]string, parts)
	for p := range names {
		names[p] = t.Sheet
		if p > 0 {
			names[p] = fmt.Sprintf("%s (%d)", t.Sheet, p+1)
		}
	}
	return names
}

// columnWidths returns the width of every column of the workbook's data
// sheets (in xlsxOrder): wide enough for the header with its filter button
// and the longest value, counted on every core.
func columnWidths(ds *pipeline.Dataset) map[string][]int {
	type col struct {
		t Table
		j int
	}
	var todo []col
	widths := map[string][]int{}
	for _, name := range xlsxOrder {
		t, _ := TableByName(name)
		widths[name] = make([]int, len(t.Columns))
		for j := range t.Columns {
			todo = append(todo, col{t, j})
		}
	}
	parallel.For(len(todo), runtime.GOMAXPROCS(0), func(k int) {
		t, j := todo[k].t, todo[k].j
		c := t.Columns[j]
		w := textWidth(c.Name) + 3 // room for the filter button
		switch c.Type {
		case Day:
			w = max(w, 11)
		case Bool:
			w = max(w, 6)
		case String, Date, Int:
			for i := range t.Len(ds) {
				v := c.value(ds, i)
				switch c.Type {
				case Int:
					w = max(w, len(strconv.FormatInt(v.Int, 10)))
				case Date: // ISO digits and dashes
					w = max(w, len(v.Str))
				default:
					w = max(w, textWidth(v.Str))
				}
			}
		}
		widths[t.Name][j] = w
	})
	return widths
}

func writeDataSheet(f *excelize.File, ds *pipeline.Dataset, t Table, st xlsxStyles, widths []int, rows *[]sheetRows) error {
	n := t.Len(ds)
	per := maxSheetRows - 1
	for p, sheet := range sheetParts(t, n) {
		lo, hi := p*per, min((p+1)*per, n)
		*rows = append(*rows, sheetRows{ds: ds, t: t, lo: lo, hi: hi, date: st.date})
		if err := writeSheetPart(f, t, st, sheet, len(*rows)-1, hi-lo, widths); err != nil {
			return err
		}
	}
	return nil
}

// writeSheetPart writes a sheet of n rows of a table: a bold frozen header
// with filters, and the placeholder of rows k (see sheetRows).
func writeSheetPart(f *excelize.File, t Table, st xlsxStyles, sheet string, k, n int, widths []int) error {
	if _, err := f.NewSheet(sheet); err != nil {
		return err
	}
	cols := len(t.Columns)
	last, err := excelize.CoordinatesToCellName(cols, max(n, 1)+1)
	if err != nil {
		return err
	}
	if err := f.AutoFilter(sheet, "A1:"+last, nil); err != nil {
		return err
	}
	// The used range, which readers in read-only mode (openpyxl's, so
	// pandas') take as the sheet's size: the stream writer leaves "A1".
	if err := f.SetSheetDimension(sheet, "A1:"+last); err != nil {
		return err
	}
	if err := printSetup(f, sheet); err != nil {
		return err
	}
	sw, err := f.NewStreamWriter(sheet)
	if err != nil {
		return err
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	// Widths must be set before the first row; excelize wants them from
	// the last column to the first.
	for j := cols - 1; j >= 0; j-- {
		if err := sw.SetColWidth(j+1, j+1, float64(min(max(widths[j]+1, minColWidth), maxColWidth))); err != nil {
			return err
		}
	}
	row := make([]any, cols)
	for j, c := range t.Columns {
		row[j] = excelize.Cell{StyleID: st.header, Value: c.Name}
	}
	if err := sw.SetRow("A1", row); err != nil {
		return err
	}
	if err := sw.SetRow("A2", []any{rowsMarkerPrefix + strconv.Itoa(k)}); err != nil {
		return err
	}
	return sw.Flush()
}

// printSetup makes a sheet print the way a journalist wants it on paper or
// in a PDF: landscape, all columns on the width of one page, the header
// row repeated on every page.
func printSetup(f *excelize.File, sheet string) error {
	landscape, wide, tall := "landscape", 1, 0
	if err := f.SetPageLayout(sheet, &excelize.PageLayoutOptions{Orientation: &landscape, FitToWidth: &wide, FitToHeight: &tall}); err != nil {
		return err
	}
	fit := true
	if err := f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: &fit}); err != nil {
		return err
	}
	return f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", RefersTo: "'" + sheet + "'!$1:$1", Scope: sheet})
}

// writeReadmeSheet explains the workbook in plain words.
func writeReadmeSheet(f *excelize.File, ds *pipeline.Dataset, opt Options, st xlsxStyles) error {
	const sheet = "README"
	// On paper, the explanations beside their labels, one page wide.
	portrait, wide, tall, fit := "portrait", 1, 0, true
	if err := f.SetPageLayout(sheet, &excelize.PageLayoutOptions{Orientation: &portrait, FitToWidth: &wide, FitToHeight: &tall}); err != nil {
		return err
	}
	if err := f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: &fit}); err != nil {
		return err
	}
	// The used range (see writeSheetPart): the rows written below.
	rows := readmeIntroRows + len(ds.Sources) + 2
	for _, name := range xlsxOrder {
		t, _ := TableByName(name)
		rows += 1 + len(t.Columns)
	}
	if err := f.SetSheetDimension(sheet, fmt.Sprintf("A1:D%d", rows)); err != nil {
		return err
	}
	sw, err := f.NewStreamWriter(sheet)
	if err != nil {
		return err
	}
	widths := []float64{26, 90, 16, 66}
	for j := len(widths) - 1; j >= 0; j-- {
		if err := sw.SetColWidth(j+1, j+1, widths[j]); err != nil {
			return err
		}
	}
	r := 0
	// Streamed rows keep the default height: give rows with wrapped text
	// the height of their lines, so they do not overlap.
	put := func(cells ...any) error {
		r++
		cell, _ := excelize.CoordinatesToCellName(1, r)
		lines := 1
		for j, c := range cells {
			if c, ok := c.(excelize.Cell); ok && c.StyleID == st.wrap {
				s, _ := c.Value.(string)
				lines = max(lines, (textWidth(s)+int(widths[j])-3)/(int(widths[j])-2))
			}
		}
		if lines > 1 {
			return sw.SetRow(cell, cells, excelize.RowOpts{Height: float64(lines) * 15})
		}
		return sw.SetRow(cell, cells)
	}
	text := func(s string) excelize.Cell { return excelize.Cell{StyleID: st.wrap, Value: s} }
	bold := func(s string) excelize.Cell { return excelize.Cell{StyleID: st.header, Value: s} }
	lines := [][]any{
		{excelize.Cell{StyleID: st.title, Value: "tenure: who held which political office, and when"}},
		{},
		{bold("What this is"), text("Every term of office found in the source documents: who held which office, from when to when, with the document and line each fact comes from. Each sheet is one table; this page explains them.")},
		{bold("Dates"), text("Dates are written as precisely as the source gave them: 2003-08-19 (a day), 1949-09 (a month) or 1949 (a year). They are text on purpose, so the spreadsheet cannot turn 1949-09 into a made-up day. The columns ending in _earliest and _latest are real dates that bound each one (1949-09-01 and 1949-09-30 for September 1949): use those to sort and filter. Excel holds no date before 1900, so for earlier dates those two cells are empty (the column stays one of dates); the text column always has the date.")},
		{bold("Open terms"), text("A term still running has incumbent = TRUE and an empty end.")},
		{bold("Findings"), text("The Findings sheet lists problems and disagreements found in the sources (overlapping terms, gaps, an infobox and a list that disagree, unreadable dates), each with the document and line to check.")},
		{bold("License"), text(fmt.Sprintf("The data is derived from encyclopedia text; license: %s. Cite the source documents listed below.", opt.License))},
		{bold("Made by"), text("tenure " + opt.Version)},
		{},
		{bold("Source"), bold("Title and file"), bold("Kind"), bold("SHA-256 of the file")},
	}
	if len(lines) != readmeIntroRows {
		return fmt.Errorf("README sheet: %d introductory rows, want %d", len(lines), readmeIntroRows)
	}
	for _, l := range lines {
		if err := put(l...); err != nil {
			return err
		}
	}
	for _, s := range ds.Sources {
		if err := put(s.ID, s.Title+" ("+s.Path+")", s.Kind, s.SHA256); err != nil {
			return err
		}
	}
	if err := put(); err != nil {
		return err
	}
	if err := put(bold("Sheet and column"), bold("Meaning"), bold("Type")); err != nil {
		return err
	}
	for _, name := range xlsxOrder {
		t, _ := TableByName(name)
		desc := t.Description
		if parts := sheetParts(t, t.Len(ds)); len(parts) > 1 {
			desc += fmt.Sprintf(" Its %d rows are too many for one sheet: they continue on %s.", t.Len(ds), strings.Join(parts[1:], ", "))
		}
		if err := put(bold(t.Sheet), text(desc)); err != nil {
			return err
		}
		for _, c := range t.Columns {
			typ := c.Type.String()
			if c.Type == Date {
				typ = "date as text"
			}
			if err := put("  "+c.Name, text(c.Description), typ); err != nil {
				return err
			}
		}
	}
	if r != rows {
		return fmt.Errorf("README sheet: %d rows written, %d announced", r, rows)
	}
	return sw.Flush()
}

// readmeIntroRows is the number of rows above the README sheet's list of
// sources.
const readmeIntroRows = 10
