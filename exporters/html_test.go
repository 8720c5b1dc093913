package exporters

import (
	"bytes"
	"context"
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

func renderPage(t *testing.T, ds *pipeline.Dataset) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := (HTML{}).WritePage(context.Background(), &buf, ds, testOptions, nil); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
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
		`href="sources/seeds/002_9c48f0b1811086ab.txt#L13"`, // finding linked to its line
		"<code>corroborated_by</code>",                      // the data dictionary
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
	goldenFile(t, "testdata/seeds.index.html", renderPage(t, seedDataset(t)))
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
