package exporters

import (
	"context"
	"fmt"
	"html/template"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	_ "embed"
	"tenure/internal/atomicfile"
	"tenure/pipeline"
)

// HTML writes index.html, the dataset's landing page: one self-contained
// static page (inline CSS and SVG, no script, no external asset) with what
// the dataset is and where it came from, links to every exported file, a
// timeline of every office, the current holders, the findings grouped by
// office and the data dictionary. All document text is escaped by
// html/template. It runs after the other formats so it can link to them.
type HTML struct{}

var _ Writer = HTML{}

// HTMLFile is the name of the landing page.
const HTMLFile = "index.html"

//go:embed html.tmpl
var pageTemplate string

var page = template.Must(template.New("page").Parse(pageTemplate))

// Write implements Writer.
func (h HTML) Write(ctx context.Context, ds *pipeline.Dataset, dir string, opt Options) ([]string, error) {
	var files []fileLink
	for _, f := range exportedFiles() {
		if st, err := os.Stat(filepath.Join(dir, f.Name)); err == nil {
			f.Size = humanBytes(st.Size())
			files = append(files, f)
		}
	}
	err := atomicfile.Write(filepath.Join(dir, HTMLFile), func(w io.Writer) error {
		return h.WritePage(ctx, w, ds, opt, files)
	})
	if err != nil {
		return nil, err
	}
	return []string{HTMLFile}, nil
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

// pageData is what the template shows.
type pageData struct {
	Version, License, BuiltAt string
	Counts                    struct{ Offices, Terms, Persons, Sources, Findings int }
	Files                     []fileLink
	Sources                   []pipeline.Source
	SourceHref                map[string]string
	Holders                   []pipeline.CurrentHolder
	Offices                   []officeView
	OtherFindings             []findingView
	Tables                    []Table
	AxisStart, AxisEnd        int
}

type officeView struct {
	Office   pipeline.Office
	Anchor   string
	Timeline timeline
	Findings []findingView
}

type findingView struct {
	pipeline.Finding
	Href string
}

// Timeline geometry, in SVG user units.
const (
	tlWidth   = 1000.0
	tlLabel   = 300.0 // the label column
	tlRight   = 12.0
	tlRowH    = 22.0
	tlBarH    = 14.0
	tlAxisH   = 26.0
	tlTopPad  = 6.0
	tlTickGap = 10 // years between labelled ticks
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

// WritePage writes the landing page to w.
func (HTML) WritePage(ctx context.Context, w io.Writer, ds *pipeline.Dataset, opt Options, files []fileLink) error {
	d := pageData{Version: opt.Version, License: opt.License, BuiltAt: opt.BuiltAt, Files: files,
		Sources: ds.Sources, Holders: ds.CurrentHolders, Tables: Tables, SourceHref: map[string]string{}}
	d.Counts.Offices, d.Counts.Terms, d.Counts.Persons = len(ds.Offices), len(ds.Terms), len(ds.Persons)
	d.Counts.Sources, d.Counts.Findings = len(ds.Sources), len(ds.Findings)
	for _, s := range ds.Sources {
		d.SourceHref[s.ID] = sourceHref(s.Path, opt.SourceURL)
	}
	// The shared axis: from the first year any term starts to the year
	// after the last date in the data (open terms run to its end).
	minY, maxY := 0, 0
	for _, t := range ds.Terms {
		for _, dt := range []pipeline.Date{t.Start, t.End} {
			if dt.IsZero() {
				continue
			}
			y := int(dt.Year)
			if minY == 0 || y < minY {
				minY = y
			}
			maxY = max(maxY, y)
		}
	}
	if minY == 0 {
		minY, maxY = 2000, 2000
	}
	minY = minY / tlTickGap * tlTickGap
	maxY++
	d.AxisStart, d.AxisEnd = minY, maxY
	ax := axis{lo: dayOf(time.Date(minY, 1, 1, 0, 0, 0, 0, time.UTC)), hi: dayOf(time.Date(maxY+1, 1, 1, 0, 0, 0, 0, time.UTC))}

	byOffice := map[string][]pipeline.Term{}
	for _, t := range ds.Terms {
		byOffice[t.OfficeID] = append(byOffice[t.OfficeID], t)
	}
	officeFindings := map[string][]findingView{}
	officeIDs := map[string]bool{}
	for _, o := range ds.Offices {
		officeIDs[o.ID] = true
	}
	for _, f := range ds.Findings {
		fv := findingView{Finding: f, Href: d.SourceHref[f.SourceID]}
		if fv.Href != "" && f.Line > 0 {
			fv.Href += fmt.Sprintf("#L%d", f.Line)
		}
		office := f.SubjectID
		if i := strings.IndexByte(office, '/'); i >= 0 {
			office = office[:i]
		}
		if officeIDs[office] {
			officeFindings[office] = append(officeFindings[office], fv)
		} else {
			d.OtherFindings = append(d.OtherFindings, fv)
		}
	}
	for i, o := range ds.Offices {
		if i%256 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		d.Offices = append(d.Offices, officeView{
			Office: o, Anchor: "office-" + o.ID, Findings: officeFindings[o.ID],
			Timeline: buildTimeline(fmt.Sprintf("tl%d", i), o, byOffice[o.ID], ax, minY, maxY),
		})
	}
	return page.Execute(w, d)
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

func buildTimeline(id string, o pipeline.Office, terms []pipeline.Term, ax axis, minY, maxY int) timeline {
	tl := timeline{ID: id}
	n := len(terms)
	tl.Height = tlTopPad + float64(max(n, 1))*tlRowH + tlAxisH
	tl.GridEnd = tl.Height - tlAxisH + 4
	tl.TickY = tl.Height - 8
	for y := minY; y <= maxY+1; y += tlTickGap {
		tl.Ticks = append(tl.Ticks, tick{X: ax.x(dayOf(time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC))), Label: fmt.Sprint(y)})
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
		b.Title = fmt.Sprintf("%s: %s to %s", t.DisplayName(), t.Start.Human(), endDate(t))
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
	tl.Desc = fmt.Sprintf("Timeline of %d %s of %s from %d to %d", n, plural(n, "term", "terms"), o.Title, minY, maxY)
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

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

func endDate(t pipeline.Term) string {
	if t.Incumbent {
		return "present"
	}
	return t.End.Human()
}
