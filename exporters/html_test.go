package exporters

import (
	"bytes"
	"context"
	"fmt"
	stdhtml "html"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"tenure/pipeline"
)

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func walk(n *html.Node, f func(*html.Node)) {
	f(n)
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walk(c, f)
	}
}

func text(n *html.Node) string {
	var b strings.Builder
	walk(n, func(c *html.Node) {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
	})
	return b.String()
}

// renderIndex renders index.html alone.
func renderIndex(t *testing.T, ds *pipeline.Dataset) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := (HTML{}).WritePage(context.Background(), &buf, ds, testOptions, nil); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// renderPage renders index.html followed by every office's page.
func renderPage(t *testing.T, ds *pipeline.Dataset) []byte {
	t.Helper()
	all := renderIndex(t, ds)
	err := (HTML{}).EachOfficePage(context.Background(), ds, testOptions, func(_ pipeline.Office, write func(io.Writer) error) error {
		var buf bytes.Buffer
		if err := write(&buf); err != nil {
			return err
		}
		all = append(all, buf.Bytes()...)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return all
}

// TestHTMLTimelines parses the page and finds one timeline per office
// with one bar per term.
func TestHTMLTimelines(t *testing.T) {
	ds := seedDataset(t)
	page := renderPage(t, ds)
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	timelines := map[string]int{} // office anchor → bars
	var thWithoutScope int
	walk(doc, func(n *html.Node) {
		if n.Type != html.ElementNode {
			return
		}
		switch n.Data {
		case "article":
			id := attr(n, "id")
			walk(n, func(c *html.Node) {
				if c.Type == html.ElementNode && c.Data == "svg" && attr(c, "class") == "timeline" {
					if attr(c, "role") != "img" || attr(c, "aria-labelledby") == "" {
						t.Errorf("%s: timeline without role=img and a text alternative", id)
					}
					timelines[id] = 0
					walk(c, func(g *html.Node) {
						if g.Type == html.ElementNode && g.Data == "g" && strings.HasPrefix(attr(g, "class"), "term") {
							timelines[id]++
						}
					})
				}
			})
		case "th":
			if attr(n, "scope") == "" {
				thWithoutScope++
			}
		}
	})
	if len(timelines) != len(ds.Offices) {
		t.Errorf("%d timelines for %d offices", len(timelines), len(ds.Offices))
	}
	total := 0
	for _, n := range timelines {
		total += n
	}
	if total != 64 || timelines["office-party-secretary-of-qinghai"] != 20 || timelines["office-party-secretary-of-chongqing"] != 24 {
		t.Errorf("bars = %v (total %d), want 64 with 20 for Qinghai and 24 for Chongqing", timelines, total)
	}
	if thWithoutScope > 0 {
		t.Errorf("%d table headers without scope", thWithoutScope)
	}
	s := string(page)
	for _, want := range []string{
		"Zhao Leji (赵乐际): 19 August 2003 to 26 March 2007", // tooltip at day precision
		"Zhang Qilong (张启龙): May 1949 to March 1950",       // month precision
		"Vacant between Cao Diqiu",                         // the 1955 gap in Chongqing
		`class="term incumbent"`,
		"incumbent-since-mismatch",
		`href="../sources/seeds/002_9c48f0b1811086ab.txt#L13"`, // finding linked to its line
		"<code>corroborated_by</code>",                         // the data dictionary
	} {
		if !strings.Contains(s, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	for _, banned := range []string{"<script", `src="http`, `href="http`, "url(http", "@import"} {
		if strings.Contains(s, banned) {
			t.Errorf("page contains %q: it must be self-contained", banned)
		}
	}
}

func TestHTMLGolden(t *testing.T) {
	ds := seedDataset(t)
	index := renderIndex(t, ds)
	goldenFile(t, "testdata/seeds.index.html", index)
	goldenFile(t, "testdata/seeds.offices.html", renderPage(t, ds)[len(index):])
}

// TestHTMLHostileNames: markup, quotes, very long and right-to-left names
// show as text and leave the page well-formed.
func TestHTMLHostileNames(t *testing.T) {
	long := strings.Repeat("Verylongname ", 60)
	doc := "= Governor of <b>Bold</b> & \"Quotes\" =\n\n| Name | Term start | Term end |\n" +
		"| <script>alert(1)</script> | 1950 | 1960 |\n" +
		"| \"><img src=x onerror=alert(1)> | 1960 | 1970 |\n" +
		"| " + long + " | 1970 | 1980 |\n" +
		"| محمد علی (穆罕默德) | 1980 | Incumbent |\n"
	ds, err := pipeline.Build(context.Background(), []pipeline.Input{{Path: "evil.txt", Data: []byte(doc)}})
	if err != nil {
		t.Fatal(err)
	}
	if len(ds.Terms) != 4 {
		t.Fatalf("terms = %+v", ds.Terms)
	}
	page := renderPage(t, ds)
	s := string(page)
	if strings.Contains(s, "<script>alert") || strings.Contains(s, "<img src=x") || strings.Contains(s, "<b>Bold") {
		t.Error("document text reached the page as markup")
	}
	if !strings.Contains(s, "&lt;script&gt;alert(1)&lt;/script&gt;") {
		t.Error("the script name is not shown as text")
	}
	parsed, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	var elements []string
	walk(parsed, func(n *html.Node) {
		if n.Type == html.ElementNode && (n.Data == "script" || n.Data == "img") {
			elements = append(elements, n.Data)
		}
	})
	if len(elements) > 0 {
		t.Errorf("hostile names made elements: %v", elements)
	}
	bodyText := text(parsed)
	for _, want := range []string{"<script>alert(1)</script>", "محمد علی", strings.TrimSpace(long)} {
		if !strings.Contains(bodyText, want) {
			t.Errorf("page text lacks %.40q", want)
		}
	}
}

// TestHTMLLinksFiles: the page links the files exported beside it.
func TestHTMLLinksFiles(t *testing.T) {
	ds := seedDataset(t)
	dir := writeAll(t, ds, "csv", "parquet", "xlsx", "jsonld", "datapackage", "html")
	page, err := os.ReadFile(filepath.Join(dir, HTMLFile))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"terms.csv", "terms.parquet", "tenure.xlsx", "tenure.jsonld", "datapackage.json"} {
		if !bytes.Contains(page, []byte(`href="`+f+`"`)) {
			t.Errorf("page does not link %s", f)
		}
	}
}

// largeDataset makes a dataset of n offices, each with one current holder,
// one source and one finding, without parsing anything.
func largeDataset(n int) *pipeline.Dataset {
	ds := &pipeline.Dataset{}
	for i := range n {
		id := fmt.Sprintf("governor-of-place-%05d", i)
		src := fmt.Sprintf("src-%05d", i)
		place := fmt.Sprintf("Country %d", i%40)
		ds.Sources = append(ds.Sources, pipeline.Source{ID: src, Path: "docs/" + src + ".txt", Title: "Governor of Place", Kind: "office"})
		ds.Offices = append(ds.Offices, pipeline.Office{ID: id, Title: fmt.Sprintf("Governor of Place %d", i), Jurisdiction: place, SourceID: src})
		since := pipeline.Date{Year: int16(1950 + i%70)}
		ds.Terms = append(ds.Terms, pipeline.Term{ID: id + "/1", OfficeID: id, PersonID: fmt.Sprintf("p%d", i), NameEN: fmt.Sprintf("Holder Number %d", i),
			Start: since, Incumbent: true, SourceID: src, SourceLine: 9})
		ds.CurrentHolders = append(ds.CurrentHolders, pipeline.CurrentHolder{OfficeID: id, Title: ds.Offices[i].Title, NameEN: ds.Terms[i].NameEN, Since: since})
		ds.Findings = append(ds.Findings, pipeline.Finding{ID: fmt.Sprintf("f%d", i), Severity: pipeline.SeverityWarning, Code: "missing-end-date",
			SubjectID: id + "/1", SourceID: src, Line: 9, Message: "no end date"})
	}
	return ds
}

// TestHTMLIndexStaysSmall: past its bounds the index links the CSV files
// instead of listing everything, so a large dataset's landing page still
// opens; every office keeps a page of its own.
func TestHTMLIndexStaysSmall(t *testing.T) {
	const n = 20_000
	ds := largeDataset(n)
	index := renderIndex(t, ds)
	if len(index) > 2<<20 {
		t.Errorf("index.html is %d bytes for %d offices, want at most 2 MB", len(index), n)
	}
	s := string(index)
	for _, want := range []string{
		`The first 3000 offices are listed here; <a href="offices.csv">offices.csv</a> lists all 20000.`,
		`And 19000 more: see <a href="current_holders.csv">current_holders.csv</a>.`,
		`And 19500 more: see <a href="sources.csv">sources.csv</a>.`,
		`<code>missing-end-date</code></th><td>20000</td>`, // the findings summary counts them all
		`<h3>Country 0</h3>`,
		`<a href="offices/governor-of-place-00040.html">Governor of Place 40</a>`,
	} {
		if !strings.Contains(s, want) {
			t.Errorf("index lacks %q", want)
		}
	}
	pages := 0
	err := (HTML{}).EachOfficePage(context.Background(), ds, testOptions, func(o pipeline.Office, write func(io.Writer) error) error {
		pages++
		return nil
	})
	if err != nil || pages != n {
		t.Errorf("office pages = %d, %v; want %d", pages, err, n)
	}
}

func TestOfficePageName(t *testing.T) {
	long := strings.Repeat("very-long-title-", 30)
	for _, tc := range []struct{ id, want string }{
		{"party-secretary-of-qinghai", "party-secretary-of-qinghai.html"},
		{long + "a", ""},
	} {
		got := OfficePageName(tc.id)
		if tc.want != "" && got != tc.want {
			t.Errorf("OfficePageName(%q) = %q, want %q", tc.id, got, tc.want)
		}
		if len(got) > 255 {
			t.Errorf("OfficePageName(%.20q…) is %d bytes, longer than a file name may be", tc.id, len(got))
		}
	}
	if OfficePageName(long+"a") == OfficePageName(long+"b") {
		t.Error("two long IDs share a page")
	}
}

func TestTermsByOffice(t *testing.T) {
	terms := []pipeline.Term{{ID: "a1", OfficeID: "a"}, {ID: "a2", OfficeID: "a"}, {ID: "b1", OfficeID: "b"}, {ID: "a3", OfficeID: "a"}}
	got := termsByOffice(terms)
	ids := func(ts []pipeline.Term) (out []string) {
		for _, t := range ts {
			out = append(out, t.ID)
		}
		return out
	}
	if a := ids(got["a"]); strings.Join(a, ",") != "a1,a2,a3" {
		t.Errorf("office a: %v", a)
	}
	if b := ids(got["b"]); strings.Join(b, ",") != "b1" {
		t.Errorf("office b: %v", b)
	}
	if terms[2].ID != "b1" {
		t.Error("grouping changed the dataset's terms")
	}
}

// FuzzHTMLEscape: the office pages' hand-made escaping is the standard
// library's.
func FuzzHTMLEscape(f *testing.F) {
	for _, s := range []string{"", "Zhao Leji", `<a href="x">'&'</a>`, "赵乐际 & 李强", "\xff<\xfe>", "tab\there"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := string(appendHTMLEscaped([]byte("x"), s)), "x"+stdhtml.EscapeString(s); got != want {
			t.Errorf("appendHTMLEscaped(%q) = %q, want %q", s, got, want)
		}
	})
}

// TestTimelineTicksFitTheAxis: a long history gets labels far enough apart
// to read at the axis's least width.
func TestTimelineTicksFitTheAxis(t *testing.T) {
	for _, span := range [][2]int{{1990, 2020}, {1949, 2026}, {1777, 2026}, {1200, 2026}} {
		terms := []pipeline.Term{
			{Start: pipeline.Date{Year: int16(span[0]), Precision: pipeline.PrecisionYear}, End: pipeline.Date{Year: int16(span[0] + 1), Precision: pipeline.PrecisionYear}},
			{Start: pipeline.Date{Year: int16(span[1] - 1), Precision: pipeline.PrecisionYear}, End: pipeline.Date{Year: int16(span[1]), Precision: pipeline.PrecisionYear}},
		}
		tl := buildTimeline("x", pipeline.Office{}, terms, 2026)
		if n := len(tl.Ticks); n < 3 || n > 14 {
			t.Errorf("%d–%d: %d ticks", span[0], span[1], n)
		}
	}
}

// TestHTMLRightToLeftNames: a native name in a language written right to
// left is set right to left on the office's page; others are not.
func TestHTMLRightToLeftNames(t *testing.T) {
	doc := "= Chief Minister of Punjab =\n\n| Name | Native name | Term start | Term end |\n" +
		"| Shehbaz Sharif | شہباز شریف | 2008 | 2013 |\n" +
		"| Ann Lee | 李安 | 2013 | 2018 |\n" +
		"| Mohamed Nasheed | މުޙައްމަދު ނަޝީދު | 2018 | 2023 |\n"
	ds, err := pipeline.Build(context.Background(), []pipeline.Input{{Path: "p.txt", Data: []byte(doc)}})
	if err != nil {
		t.Fatal(err)
	}
	var page bytes.Buffer
	err = HTML{}.EachOfficePage(context.Background(), ds, testOptions, func(_ pipeline.Office, write func(io.Writer) error) error {
		return write(&page)
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`<td lang="ur" dir="rtl">شہباز شریف</td>`, `<td lang="zh">李安</td>`, `<td lang="dv" dir="rtl">މުޙައްމަދު ނަޝީދު</td>`} {
		if !strings.Contains(page.String(), want) {
			t.Errorf("the office page lacks %s", want)
		}
	}
}

// TestHTMLVacantOffice: an office given as vacant says so, with since
// when, on the landing page and on its own page.
func TestHTMLVacantOffice(t *testing.T) {
	ds := &pipeline.Dataset{
		Sources: []pipeline.Source{{ID: "s", Path: "docs/s.txt", Title: "Governor of Testland", Kind: "office"}},
		Offices: []pipeline.Office{{ID: "governor-of-testland", Title: "Governor of Testland", SourceID: "s",
			IncumbentStatus: "vacant", IncumbentSince: pipeline.Date{Year: 2025, Month: 7, Day: 23, Precision: pipeline.PrecisionDay}}},
	}
	page := string(renderPage(t, ds))
	for _, want := range []string{"now vacant since 2025-07-23", "Vacant since 2025-07-23."} {
		if !strings.Contains(page, want) {
			t.Errorf("the pages do not say %q", want)
		}
	}
}
