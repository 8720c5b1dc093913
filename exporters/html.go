package exporters

import (
	"bytes"
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"html"
	"html/template"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"
	"unsafe"

	_ "embed"
	"tenure/internal/plainfile"
	"tenure/pipeline"
)

// HTML writes index.html, the dataset's landing page, and one page per
// office, offices/<office_id>.html. All are self-contained static pages
// (inline CSS and SVG, no script, no external asset). The index says what
// the dataset is and where it came from, links every exported file, lists
// the current holders and the offices by place, and holds the data
// dictionary; its lists stop at a bound and link the CSV files, so it stays
// small at any corpus size. An office's page has the timeline of its
// holders, its terms and its findings. Document text is always escaped. It
// runs after the other formats so it can link to them.
type HTML struct{}

var _ Writer = HTML{}

// HTMLFile is the name of the landing page.
const HTMLFile = "index.html"

//go:embed html.tmpl
var pageTemplate string

//go:embed office.tmpl
var officeTemplate string

var (
	page       = template.Must(template.New("page").Parse(pageTemplate))
	officePage = template.Must(template.New("office").Parse(officeTemplate))
)

// OfficesDir is the folder of the office pages, offices/<office_id>.html.
const OfficesDir = "offices"

// Limits that keep index.html small at any corpus size: past them it
// links the CSV files instead.
const (
	maxIndexHolders = 1000
	maxIndexOffices = 3000
	maxIndexRows    = 500 // sources and findings without an office
)

// pageCSS is the style of every page.
const pageCSS = `:root { --ink: #1d2733; --muted: #5b6675; --line: #d5dbe3; --term: #3d6fa8; --acting: #b7791f; --incumbent: #2f855a; --gap: #f2b8b8; }
* { box-sizing: border-box; }
body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans CJK SC", sans-serif; color: var(--ink); margin: 0; }
main { max-width: 1100px; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.8rem; margin: .5rem 0; }
h2 { font-size: 1.4rem; margin-top: 2.5rem; border-bottom: 2px solid var(--line); }
h3 { font-size: 1.15rem; margin-top: 2rem; }
a { color: #22548f; }
.lede { font-size: 1.1rem; color: var(--muted); }
nav ul { display: flex; flex-wrap: wrap; gap: .3rem 1rem; padding: 0; list-style: none; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: .92rem; }
th, td { text-align: left; vertical-align: top; padding: .3rem .5rem; border-bottom: 1px solid var(--line); overflow-wrap: break-word; }
td.date, td.num, thead th { white-space: nowrap; }
td.note { min-width: 20em; } /* on a phone the table scrolls; a note is not wrapped a word to a line */
th { background: #eef2f7; }
code, .mono { font-family: ui-monospace, "SFMono-Regular", Menlo, monospace; font-size: .85em; overflow-wrap: break-word; }
td.mono { overflow-wrap: anywhere; } /* a hash has no words to keep whole */
figure { margin: .5rem 0 1rem; }
svg.timeline { width: 100%; min-width: 640px; height: auto; display: block; }
/* Wide timelines scroll; laid out right to left, they open at their right
   end, the present, on a narrow screen. */
.timeline-wrap { overflow-x: auto; direction: rtl; }
.timeline-wrap > * { direction: ltr; }
svg .label { font-size: 12px; fill: var(--ink); }
svg .tick text { font-size: 11px; fill: var(--muted); }
svg .tick line { stroke: var(--line); }
svg .gap rect { fill: var(--gap); }
svg .undated { font-size: 11px; fill: var(--muted); font-style: italic; }
svg .term.acting .solid { stroke: var(--acting); stroke-dasharray: 3 2; }
.legend { display: flex; flex-wrap: wrap; gap: .3rem 1.2rem; font-size: .9rem; color: var(--muted); padding: 0; list-style: none; }
.swatch { display: inline-block; width: 1.6em; height: .8em; vertical-align: middle; margin-right: .3em; }
.sev-error { color: #9b1c1c; font-weight: 600; }
.sev-warning { color: #8a5a00; font-weight: 600; }
.sev-info { color: var(--muted); }
.meta { color: var(--muted); font-size: .9rem; }
ul.offices { padding-left: 1.2rem; }
@media (max-width: 600px) { body { font-size: 15px; } th, td { padding: .25rem .3rem; } .files td:nth-child(4), .files th:nth-child(4) { display: none; } }
@media print { nav, .files { display: none; } h2 { break-after: avoid; } figure { break-inside: avoid; } a { color: inherit; text-decoration: none; } }
`

// Write implements Writer.
func (HTML) Write(ctx context.Context, ds *pipeline.Dataset, dir string, opt Options) ([]string, error) {
	m := newPageModel(ds, opt)
	if err := m.writeOfficePages(ctx, ds, dir); err != nil {
		return nil, err
	}
	return m.writeIndexFile(ctx, ds, dir)
}

// htmlPages writes the office pages alone: they link no exported file,
// so WriteFormats writes them beside the other formats.
type htmlPages struct{}

func (htmlPages) Write(ctx context.Context, ds *pipeline.Dataset, dir string, opt Options) ([]string, error) {
	if err := newPageModel(ds, opt).writeOfficePages(ctx, ds, dir); err != nil {
		return nil, err
	}
	return []string{OfficesDir + "/"}, nil
}

// htmlIndex writes index.html alone, linking the files already in dir.
type htmlIndex struct{}

func (htmlIndex) Write(ctx context.Context, ds *pipeline.Dataset, dir string, opt Options) ([]string, error) {
	return newPageModel(ds, opt).writeIndexFile(ctx, ds, dir)
}

// writeOfficePages writes dir/offices/ as one folder, synced once: a sync
// per page would cost more than the pages at tens of thousands of offices.
func (m *pageModel) writeOfficePages(ctx context.Context, ds *pipeline.Dataset, dir string) error {
	return writeDir(filepath.Join(dir, OfficesDir), m.opt, func(tmp string) error {
		var buf bytes.Buffer
		return m.eachOfficePage(ctx, ds, func(o pipeline.Office, write func(io.Writer) error) error {
			buf.Reset()
			if err := write(&buf); err != nil {
				return err
			}
			return plainfile.WriteFile(filepath.Join(tmp, OfficePageName(o.ID)), buf.Bytes(), 0o644)
		})
	})
}

// writeIndexFile writes dir/index.html, linking the files already in dir.
func (m *pageModel) writeIndexFile(ctx context.Context, ds *pipeline.Dataset, dir string) ([]string, error) {
	var files []fileLink
	for _, f := range exportedFiles() {
		if st, err := os.Stat(filepath.Join(dir, f.Name)); err == nil {
			f.Size = humanBytes(st.Size())
			files = append(files, f)
		}
	}
	err := writeFile(filepath.Join(dir, HTMLFile), m.opt, func(w io.Writer) error {
		return m.writeIndex(ctx, w, ds, files)
	})
	if err != nil {
		return nil, err
	}
	return []string{HTMLFile, OfficesDir + "/"}, nil
}

type fileLink struct {
	Name, Format, About, Size string
}

// exportedFiles lists the files the other writers make, in page order.
func exportedFiles() []fileLink {
	var out []fileLink
	for _, t := range Tables {
		out = append(out, fileLink{Name: t.Name + ".csv", Format: "CSV", About: t.Description})
	}
	for _, t := range Tables {
		out = append(out, fileLink{Name: t.Name + ".parquet", Format: "Parquet", About: t.Description})
	}
	return append(out,
		fileLink{Name: XLSXFile, Format: "Excel workbook", About: "Every table as a sheet, with a README sheet."},
		fileLink{Name: JSONLDFile, Format: "JSON-LD", About: "Linked data: W3C ORG, Popolo and schema.org."},
		fileLink{Name: FTMFile, Format: "FollowTheMoney", About: "Person, Position and Occupancy entities for OpenSanctions, Aleph and yente."},
		fileLink{Name: DataPackageFile, Format: "Frictionless Data Package", About: "Describes the CSV files: types, keys, license, sources."},
	)
}

func humanBytes(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f kB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}

// pageData is what the index shows.
type pageData struct {
	CSS                       template.CSS
	Version, License, BuiltAt string
	Counts                    struct{ Offices, Terms, Persons, Sources, Findings int }
	Files                     []fileLink
	Sources                   []pipeline.Source
	SourceHref                map[string]string
	Holders                   []pipeline.CurrentHolder
	MoreHolders               int
	OfficeGroups              []officeGroup
	MoreOffices               bool
	ShownOffices, MoreSources int
	FindingCounts             []findingCount
	OtherFindings             []findingView
	Tables                    []Table
}

// findingCount is how many findings of one code the dataset has.
type findingCount struct {
	Severity pipeline.Severity
	Code     string
	Count    int
}

// officeGroup is the offices of one place, as the index lists them.
type officeGroup struct {
	Place   string
	Offices []officeLink
}

type officeLink struct {
	Title, Href, Holder string
	Terms, Findings     int
}

// officeView is what an office's page shows.
type officeView struct {
	CSS    template.CSS
	Office pipeline.Office
	Anchor string
	// SourceHref links the document the office was first read from.
	SourceHref string
	Timeline   timeline
	SVG        template.HTML
	// TermRows and FindingItems are the rows of the terms table and the
	// items of the findings list, written directly (see timelineSVG).
	TermRows     template.HTML
	FindingItems template.HTML
	Findings     int
}

type findingView struct {
	pipeline.Finding
	Href string
}

// Timeline geometry, in SVG user units.
const (
	tlWidth  = 1000.0
	tlLabel  = 300.0 // the label column
	tlRight  = 12.0
	tlRowH   = 22.0
	tlBarH   = 14.0
	tlAxisH  = 26.0
	tlTopPad = 6.0
)

type timeline struct {
	ID     string
	Height float64
	// GridEnd is where the year lines stop; TickY is the baseline of the
	// year labels.
	GridEnd, TickY float64
	Ticks          []tick
	Gaps           []gap
	Bars           []bar
	Desc           string
}

type tick struct {
	X     float64
	Label string
}

type gap struct {
	X, W  float64
	Title string
}

// bar is one term: a solid part over the days it certainly covers and
// soft edges over the periods its start and end may fall in.
type bar struct {
	Y, TextY           float64
	Label              string
	Title              string
	Class              string
	Kind               string // term, acting or incumbent: picks the colour
	Dated              bool
	FadeInX, FadeInW   float64
	SolidX, SolidW     float64
	FadeOutX, FadeOutW float64
	EndX               float64
	Open               bool
}

// axis maps a day onto the timeline's x coordinate.
type axis struct{ lo, hi int }

func (a axis) x(day int) float64 {
	w := tlWidth - tlLabel - tlRight
	return tlLabel + float64(day-a.lo)/float64(a.hi-a.lo)*w
}

func dayOf(t time.Time) int { return int(t.Unix() / 86400) }

// pageModel is what the index and the office pages are made from.
type pageModel struct {
	d              pageData
	lastYear       int // the latest year in any date of the dataset
	byOffice       map[string][]pipeline.Term
	officeFindings map[string][]findingView
	opt            Options
}

// termsByOffice groups the terms by office. The dataset keeps each
// office's terms together, so the groups are windows on ds.Terms, not
// copies; terms out of that order are copied into their groups.
func termsByOffice(terms []pipeline.Term) map[string][]pipeline.Term {
	out := map[string][]pipeline.Term{}
	for lo := 0; lo < len(terms); {
		hi := lo + 1
		for hi < len(terms) && terms[hi].OfficeID == terms[lo].OfficeID {
			hi++
		}
		id := terms[lo].OfficeID
		if prev, seen := out[id]; seen { // not together after all
			out[id] = append(slices.Clip(prev), terms[lo:hi]...)
		} else {
			out[id] = terms[lo:hi:hi]
		}
		lo = hi
	}
	return out
}

// OfficePageName is the file name of an office's page in OfficesDir: its
// ID and ".html", with an ID too long for a file name cut and given a hash
// of the whole so that names stay distinct.
func OfficePageName(id string) string {
	const maxID = 200 // file systems hold 255 bytes a name
	if len(id) > maxID {
		sum := sha256.Sum256([]byte(id))
		id = strings.TrimRight(id[:maxID-11], "-") + "-" + hex.EncodeToString(sum[:5])
	}
	return id + ".html"
}

func newPageModel(ds *pipeline.Dataset, opt Options) *pageModel {
	m := &pageModel{opt: opt, d: pageData{CSS: template.CSS(pageCSS), Version: opt.Version, License: opt.License, BuiltAt: opt.BuiltAt,
		Tables: Tables, SourceHref: map[string]string{}}}
	d := &m.d
	d.Counts.Offices, d.Counts.Terms, d.Counts.Persons = len(ds.Offices), len(ds.Terms), len(ds.Persons)
	d.Counts.Sources, d.Counts.Findings = len(ds.Sources), len(ds.Findings)
	for _, s := range ds.Sources {
		d.SourceHref[s.ID] = sourceHref(s.Path, opt.SourceURL)
	}
	if _, hi, ok := yearSpan(ds.Terms); ok {
		m.lastYear = hi
	} else {
		m.lastYear = time.Now().UTC().Year()
	}
	m.byOffice = termsByOffice(ds.Terms)
	m.officeFindings = map[string][]findingView{}
	officeIDs := map[string]bool{}
	for _, o := range ds.Offices {
		officeIDs[o.ID] = true
	}
	for _, f := range ds.Findings {
		fv := findingView{Finding: f, Href: lineHref(d.SourceHref[f.SourceID], f.Line)}
		office := f.SubjectID
		if i := strings.IndexByte(office, '/'); i >= 0 {
			office = office[:i]
		}
		if officeIDs[office] {
			m.officeFindings[office] = append(m.officeFindings[office], fv)
		} else if len(d.OtherFindings) < maxIndexRows {
			d.OtherFindings = append(d.OtherFindings, fv)
		}
	}
	return m
}

// WritePage writes the landing page, index.html, to w: the dataset, its
// files, the current holders, the offices by place (each linking its own
// page) and the data dictionary. Long lists stop at a bound and link the
// CSV file, so the page stays small at any corpus size.
func (HTML) WritePage(ctx context.Context, w io.Writer, ds *pipeline.Dataset, opt Options, files []fileLink) error {
	return newPageModel(ds, opt).writeIndex(ctx, w, ds, files)
}

func (m *pageModel) writeIndex(ctx context.Context, w io.Writer, ds *pipeline.Dataset, files []fileLink) error {
	d := m.d
	d.Files = files
	d.Sources = ds.Sources[:min(len(ds.Sources), maxIndexRows)]
	d.MoreSources = len(ds.Sources) - len(d.Sources)
	counts := map[findingCount]int{}
	for _, f := range ds.Findings {
		counts[findingCount{Severity: f.Severity, Code: f.Code}]++
	}
	for k, n := range counts {
		k.Count = n
		d.FindingCounts = append(d.FindingCounts, k)
	}
	slices.SortFunc(d.FindingCounts, func(a, b findingCount) int { // most serious, then most frequent first
		return cmp.Or(cmp.Compare(a.Severity, b.Severity), cmp.Compare(b.Count, a.Count), strings.Compare(a.Code, b.Code))
	})
	d.Holders = ds.CurrentHolders[:min(len(ds.CurrentHolders), maxIndexHolders)]
	d.MoreHolders = len(ds.CurrentHolders) - len(d.Holders)
	holder := map[string]string{}
	for _, c := range ds.CurrentHolders {
		holder[c.OfficeID] = cmp.Or(c.NameEN, c.NameNative)
	}
	groups := map[string]*officeGroup{}
	var places []string
	for i, o := range ds.Offices {
		if i%1024 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		if i == maxIndexOffices {
			d.MoreOffices = true
			break
		}
		d.ShownOffices++
		g := groups[o.Jurisdiction]
		if g == nil {
			g = &officeGroup{Place: o.Jurisdiction}
			groups[o.Jurisdiction] = g
			places = append(places, o.Jurisdiction)
		}
		now := holder[o.ID]
		if now == "" && o.IncumbentStatus == "vacant" {
			now = "vacant" // "Incumbent: Vacant", or a list that ends with an open vacancy
			if !o.IncumbentSince.IsZero() {
				now += " since " + o.IncumbentSince.String()
			}
		}
		g.Offices = append(g.Offices, officeLink{Title: o.Title, Href: OfficesDir + "/" + OfficePageName(o.ID), Holder: now,
			Terms: len(m.byOffice[o.ID]), Findings: len(m.officeFindings[o.ID])})
	}
	slices.SortFunc(places, func(a, b string) int {
		switch {
		case a == b:
			return 0
		case a == "":
			return 1 // offices without a place last
		case b == "":
			return -1
		}
		return strings.Compare(a, b)
	})
	for _, p := range places {
		d.OfficeGroups = append(d.OfficeGroups, *groups[p])
	}
	return page.Execute(w, d)
}

// EachOfficePage calls write for every office with a function that
// writes its page, offices/<OfficePageName(id)>: the office, the timeline
// of its holders, its terms and its findings.
func (HTML) EachOfficePage(ctx context.Context, ds *pipeline.Dataset, opt Options, write func(o pipeline.Office, page func(io.Writer) error) error) error {
	return newPageModel(ds, opt).eachOfficePage(ctx, ds, write)
}

func (m *pageModel) eachOfficePage(ctx context.Context, ds *pipeline.Dataset, write func(o pipeline.Office, page func(io.Writer) error) error) error {
	up := func(href string) string { // from offices/ back to the dataset's root
		if href == "" || strings.Contains(href, "://") {
			return href
		}
		return "../" + href
	}
	for i, o := range ds.Offices {
		if i%256 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		v := officeView{CSS: template.CSS(pageCSS), Office: o, Anchor: "office-" + o.ID, SourceHref: up(m.d.SourceHref[o.SourceID])}
		v.Timeline = buildTimeline("tl", o, m.byOffice[o.ID], m.lastYear)
		v.SVG = timelineSVG(v.Timeline, o.Title)
		v.TermRows = termRows(m.byOffice[o.ID], func(t pipeline.Term) string {
			return lineHref(up(m.d.SourceHref[t.SourceID]), t.SourceLine)
		})
		findings := m.officeFindings[o.ID]
		v.Findings = len(findings)
		v.FindingItems = findingItems(findings, up)
		err := write(o, func(w io.Writer) error { return officePage.Execute(w, v) })
		if err != nil {
			return err
		}
	}
	return nil
}

// termRows writes the rows of an office's terms table; href links a term
// to its source line.
func termRows(terms []pipeline.Term, href func(pipeline.Term) string) template.HTML {
	b := make([]byte, 0, 256*len(terms))
	esc := appendHTMLEscaped
	for _, t := range terms {
		b = append(b, "<tr><td>"...)
		if t.Ordinal != 0 {
			b = strconv.AppendInt(b, int64(t.Ordinal), 10)
		}
		b = append(b, `</td><th scope="row">`...)
		b = esc(b, t.NameEN)
		if t.Acting {
			b = append(b, " (acting)"...)
		}
		b = append(b, "</th><td"...)
		if t.NameNativeLang != "" {
			b = append(b, ` lang="`...)
			b = esc(b, t.NameNativeLang)
			b = append(b, '"')
			if rightToLeft(t.NameNativeLang) {
				b = append(b, ` dir="rtl"`...)
			}
		}
		b = append(b, '>')
		b = esc(b, t.NameNative)
		b = append(b, `</td><td class="date">`...)
		b = appendShownDate(b, t.Start)
		b = append(b, `</td><td class="date">`...)
		if t.Incumbent {
			b = append(b, "present"...)
		} else {
			b = appendShownDate(b, t.End)
		}
		b = append(b, `</td><td class="note">`...)
		b = esc(b, t.Note)
		b = append(b, "</td><td>"...)
		if h := href(t); h != "" {
			b = append(b, `<a href="`...)
			b = esc(b, h)
			b = append(b, `">line `...)
			b = strconv.AppendInt(b, int64(t.SourceLine), 10)
			b = append(b, "</a>"...)
		}
		b = append(b, "</td></tr>\n"...)
	}
	return htmlOf(b)
}

// findingItems writes the list items of an office's findings; up makes a
// dataset-relative link relative to the office page.
func findingItems(findings []findingView, up func(string) string) template.HTML {
	var b strings.Builder
	esc := html.EscapeString
	for _, f := range findings {
		sev := f.Severity.String()
		b.WriteString(`<li><span class="sev-` + sev + `">` + sev + "</span> <code>" + esc(f.Code) + "</code>: " + esc(f.Message))
		if h := up(f.Href); h != "" {
			b.WriteString(` (<a href="` + esc(h) + `">` + esc(f.SourceID) + ", line " + strconv.Itoa(f.Line) + "</a>)")
		}
		b.WriteString("</li>\n")
	}
	return template.HTML(b.String())
}

// timelineSVG draws a timeline as SVG markup, written directly (the page
// templates would otherwise reflect on every attribute of every bar);
// document text is escaped.
func timelineSVG(tl timeline, title string) template.HTML {
	// A bar takes 400 to 430 bytes, a tick or gap under 160.
	b := make([]byte, 0, 512+448*len(tl.Bars)+160*(len(tl.Ticks)+len(tl.Gaps)))
	str := func(ss ...string) {
		for _, s := range ss {
			b = append(b, s...)
		}
	}
	esc := func(s string) { b = appendHTMLEscaped(b, s) }
	f1 := func(v float64) { b = appendFixed(b, v, true) }
	f0 := func(v float64) { b = appendFixed(b, v, false) }
	str(`<svg class="timeline" role="img" aria-labelledby="`, tl.ID, `-t `, tl.ID, `-d" viewBox="0 0 1000 `)
	f0(tl.Height)
	str(`" xmlns="http://www.w3.org/2000/svg">`, "\n<title id=\"", tl.ID, "-t\">Timeline of ")
	esc(title)
	str("</title>\n<desc id=\"", tl.ID, "-d\">")
	esc(tl.Desc)
	str("</desc>\n", `<g class="ticks">`)
	for _, t := range tl.Ticks {
		str(`<g class="tick"><line x1="`)
		f1(t.X)
		str(`" x2="`)
		f1(t.X)
		str(`" y1="0" y2="`)
		f0(tl.GridEnd)
		str(`"/><text x="`)
		f1(t.X)
		str(`" y="`)
		f0(tl.TickY)
		str(`" text-anchor="middle">`)
		esc(t.Label)
		str(`</text></g>`)
	}
	str("</g>\n<g class=\"gaps\">")
	for _, g := range tl.Gaps {
		str(`<g class="gap"><title>`)
		esc(g.Title)
		str(`</title><rect x="`)
		f1(g.X)
		str(`" y="0" opacity="0.8" width="`)
		f1(g.W)
		str(`" height="`)
		f0(tl.GridEnd)
		str(`"/></g>`)
	}
	str("</g>\n")
	for _, r := range tl.Bars {
		str(`<g class="`, r.Class, `"><title>`)
		esc(r.Title)
		str(`</title><text class="label" x="296" y="`)
		f1(r.TextY)
		str(`" text-anchor="end">`)
		esc(r.Label)
		str(`</text>`)
		if r.Dated {
			str(`<rect class="fade-in" x="`)
			f1(r.FadeInX)
			str(`" y="`)
			f1(r.Y)
			str(`" width="`)
			f1(r.FadeInW)
			str(`" height="14" fill="url(#in-`, r.Kind, `)"/>`)
			str(`<rect class="solid" x="`)
			f1(r.SolidX)
			str(`" y="`)
			f1(r.Y)
			str(`" width="`)
			f1(r.SolidW)
			str(`" height="14" fill="var(--`, r.Kind, `)"/>`)
			if r.Open {
				str(`<path d="M`)
				f1(r.EndX)
				str(` `)
				f1(r.Y)
				str(`l8 7-8 7z" fill="var(--incumbent)"/>`)
			} else {
				str(`<rect class="fade-out" x="`)
				f1(r.FadeOutX)
				str(`" y="`)
				f1(r.Y)
				str(`" width="`)
				f1(r.FadeOutW)
				str(`" height="14" fill="url(#out-`, r.Kind, `)"/>`)
			}
		} else {
			str(`<text class="undated" x="304" y="`)
			f1(r.TextY)
			str(`">dates unknown</text>`)
		}
		str("</g>\n")
	}
	str("</svg>")
	return htmlOf(b)
}

// htmlOf returns b as HTML without copying it, as strings.Builder's String
// does: b must not be written afterwards. An office page's timeline and
// rows are the largest parts of it, and they are made for every office.
func htmlOf(b []byte) template.HTML {
	return template.HTML(unsafe.String(unsafe.SliceData(b), len(b)))
}

// appendHTMLEscaped appends s escaped as html.EscapeString escapes it.
func appendHTMLEscaped(b []byte, s string) []byte { return htmlEscaper.append(b, s) }

var htmlEscaper = func() (e escaper) {
	e.ascii['<'], e.ascii['>'], e.ascii['&'], e.ascii['\''], e.ascii['"'] = "&lt;", "&gt;", "&amp;", "&#39;", "&#34;"
	return e.indexed()
}()

// lineHref links a line of the source document at href, or the document
// when the line is unknown.
func lineHref(href string, line int) string {
	if href == "" || line <= 0 {
		return href
	}
	return href + "#L" + strconv.Itoa(line)
}

// sourceHref links a source document from the landing page: under the
// published base URL when there is one, else its copy in the dataset's
// sources/ folder, so the link works wherever the dataset is moved.
func sourceHref(path, base string) string {
	if path == "" {
		return ""
	}
	rel := strings.TrimLeft(filepath.ToSlash(path), "/")
	var segs []string
	for _, p := range strings.Split(rel, "/") {
		if p != "" && p != "." && p != ".." {
			segs = append(segs, url.PathEscape(p))
		}
	}
	if base != "" {
		return strings.TrimSuffix(base, "/") + "/" + strings.Join(segs, "/")
	}
	return SourcesDir + "/" + strings.Join(segs, "/")
}

// yearSpan returns the first and last year of the terms' dates.
func yearSpan(terms []pipeline.Term) (lo, hi int, ok bool) {
	for _, t := range terms {
		for _, dt := range [2]pipeline.Date{t.Start, t.End} {
			if dt.IsZero() {
				continue
			}
			y := int(dt.Year)
			if !ok || y < lo {
				lo = y
			}
			if !ok || y > hi {
				hi = y
			}
			ok = true
		}
	}
	return lo, hi, ok
}

// buildTimeline lays out an office's terms on an axis of whole decades
// from its first year to its last, or to lastYear, the dataset's present,
// while someone holds it.
func buildTimeline(id string, o pipeline.Office, terms []pipeline.Term, lastYear int) timeline {
	minY, maxY, ok := yearSpan(terms)
	if !ok {
		minY, maxY = lastYear, lastYear
	}
	if slices.ContainsFunc(terms, func(t pipeline.Term) bool { return t.Incumbent }) {
		maxY = max(maxY, lastYear)
	}
	// Years between labelled ticks: no more than about a dozen labels,
	// which the axis's least width holds without overlapping.
	step := 5
	for _, s := range []int{5, 10, 25, 50, 100, 250} {
		step = s
		if (maxY-minY)/s <= 12 {
			break
		}
	}
	minY = floorDiv(minY, step) * step
	maxY = max(maxY+1, minY+step)
	ax := axis{lo: dayOf(time.Date(minY, 1, 1, 0, 0, 0, 0, time.UTC)), hi: dayOf(time.Date(maxY+1, 1, 1, 0, 0, 0, 0, time.UTC))}
	tl := timeline{ID: id}
	n := len(terms)
	tl.Height = tlTopPad + float64(max(n, 1))*tlRowH + tlAxisH
	tl.GridEnd = tl.Height - tlAxisH + 4
	tl.TickY = tl.Height - 8
	tl.Bars = make([]bar, 0, n)
	for y := minY; y <= maxY+1; y += step {
		at, label := axisYear(y)
		tl.Ticks = append(tl.Ticks, tick{X: ax.x(dayOf(time.Date(at, 1, 1, 0, 0, 0, 0, time.UTC))), Label: label})
	}
	var open, acting int
	prevEnd, havePrev := 0, false // day numbers before 1970 are negative
	prevName := ""
	for i, t := range terms {
		b := bar{Y: tlTopPad + float64(i)*tlRowH, Class: "term", Kind: "term"}
		b.TextY = b.Y + tlBarH - 3
		b.Label = t.NameEN
		if t.NameNative != "" {
			b.Label = strings.TrimSpace(b.Label + " " + t.NameNative)
		}
		if t.Acting {
			b.Class += " acting"
			b.Kind = "acting"
			acting++
		}
		if t.Incumbent {
			b.Class += " incumbent"
			b.Kind = "incumbent"
			open++
		}
		b.Title = t.DisplayName() + ": " + t.Start.Human() + " to " + endDate(t)
		if t.Acting {
			b.Title += " (acting)"
		}
		if !t.Start.IsZero() {
			b.Dated = true
			sLo, sHi := dayOf(t.Start.Earliest()), dayOf(t.Start.Latest())+1
			eLo, eHi := ax.hi, ax.hi
			switch {
			case t.Incumbent:
				b.Open = true
			case !t.End.IsZero():
				eLo, eHi = dayOf(t.End.Earliest()), dayOf(t.End.Latest())+1
			default: // unknown end: only the start period is drawn
				eLo, eHi = sHi, sHi
			}
			// A year-precision term that starts and ends in one year: the
			// whole bar is uncertain.
			if eLo < sHi {
				eLo = sHi
			}
			if eHi < eLo {
				eHi = eLo
			}
			b.FadeInX, b.FadeInW = ax.x(sLo), ax.x(sHi)-ax.x(sLo)
			b.SolidX, b.SolidW = ax.x(sHi), ax.x(eLo)-ax.x(sHi)
			b.FadeOutX, b.FadeOutW = ax.x(eLo), ax.x(eHi)-ax.x(eLo)
			b.EndX = ax.x(eHi)
			if havePrev && sLo > prevEnd {
				tl.Gaps = append(tl.Gaps, gap{X: ax.x(prevEnd), W: ax.x(sLo) - ax.x(prevEnd),
					Title: fmt.Sprintf("Vacant between %s and %s", prevName, t.DisplayName())})
			}
			if !t.Incumbent && !t.End.IsZero() {
				prevEnd, prevName, havePrev = eHi, t.DisplayName(), true
			}
		}
		tl.Bars = append(tl.Bars, b)
	}
	tl.Desc = fmt.Sprintf("Timeline of %d %s of %s from %s to %s", n, plural(n, "term", "terms"), o.Title, axisYearText(minY), axisYearText(maxY))
	if len(tl.Gaps) > 0 {
		tl.Desc += fmt.Sprintf("; %d %s", len(tl.Gaps), plural(len(tl.Gaps), "vacancy", "vacancies"))
	}
	if open > 0 {
		tl.Desc += fmt.Sprintf("; %d still in office", open)
	}
	if acting > 0 {
		tl.Desc += fmt.Sprintf("; %d acting", acting)
	}
	tl.Desc += ". Faded bar ends show dates known only to the month or year."
	return tl
}

// floorDiv divides rounding toward minus infinity.
func floorDiv(a, b int) int {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// yearLabel writes a year of the dates' numbering for a reader: "1949",
// "AD 1", and "250 BC" for the year the dates number -249.
func yearLabel(y int) string {
	switch {
	case y < 1:
		return strconv.Itoa(1-y) + " BC"
	case y == 1:
		return "AD 1"
	}
	return strconv.Itoa(y)
}

// axisYear places the timeline's tick for year y, a multiple of its
// step, and labels it: before the common era the ticks count back from 1
// BC, which the dates number 0, so the tick -250 stands where the year
// the dates number -249 starts and reads "250 BC", and the tick 0 stands
// at AD 1.
func axisYear(y int) (at int, label string) {
	if y <= 0 {
		return y + 1, yearLabel(y + 1)
	}
	return y, strconv.Itoa(y)
}

// axisYearText is the label of the tick for year y.
func axisYearText(y int) string {
	_, label := axisYear(y)
	return label
}

// appendShownDate appends a date as the pages show it: its ISO text, but
// a date before the common era in words ("202 BC", "15 March 44 BC"),
// which ISO's astronomical years ("-0201") would hide from a reader.
func appendShownDate(b []byte, d pipeline.Date) []byte {
	if !d.IsZero() && d.Year < 1 {
		return append(b, d.Human()...)
	}
	return d.AppendISO(b)
}

func endDate(t pipeline.Term) string {
	if t.Incumbent {
		return "present"
	}
	return t.End.Human()
}

// rightToLeft reports whether names in the language lang are written
// right to left: in the Arabic, Hebrew and Thaana scripts.
func rightToLeft(lang string) bool {
	switch lang {
	case "ar", "fa", "ur", "ug", "ckb", "ps", "he", "yi", "dv":
		return true
	}
	return false
}
