package watch

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

var update = flag.Bool("update", false, "rewrite golden files")

// TestReportGolden compares the JSON, Markdown and Atom reports of the
// Qinghai succession with golden files (go test ./watch -update).
func TestReportGolden(t *testing.T) {
	e := newEnv(t)
	e.put("qinghai.txt", read(t, qinghaiOld))
	e.mustRun()
	e.put("qinghai.txt", read(t, qinghaiSeed))
	r := e.mustRun()
	for name, golden := range map[string]string{
		r.Report + ".json": "testdata/golden/report.json",
		r.Report + ".md":   "testdata/golden/report.md",
		"feed.atom":        "testdata/golden/feed.atom",
	} {
		got, err := os.ReadFile(filepath.Join(e.reports, name))
		if err != nil {
			t.Fatal(err)
		}
		got = bytes.ReplaceAll(got, []byte(e.src), []byte("SRC"))
		if *update {
			os.MkdirAll(filepath.Dir(golden), 0o755)
			os.WriteFile(golden, got, 0o644)
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%v (run go test ./watch -update)", err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s differs from %s; if intended, run go test ./watch -update", name, golden)
		}
	}
	page, err := os.ReadFile(filepath.Join(e.reports, "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	var articles, dels, ins int
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "article":
				articles++
			case "td":
				for _, a := range n.Attr {
					if a.Key == "class" && a.Val == "del" {
						dels++
					}
					if a.Key == "class" && a.Val == "ins" {
						ins++
					}
				}
			case "script", "link", "img":
				t.Errorf("index.html has a <%s>: it must be self-contained", n.Data)
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	if articles != 1 || dels != 3 || ins != 4 || !strings.Contains(string(page), "Wu Xiaojun succeeded Chen Gang") {
		t.Errorf("index.html: %d changes, %d removed and %d added lines", articles, dels, ins)
	}
}

func TestSideBySide(t *testing.T) {
	rows := sideBySide("--- a\n+++ b\n@@ -1,3 +1,3 @@\n same\n-old\n+new\n+more\n")
	if len(rows) != 4 || rows[0].Hunk == "" || rows[1].Left != "same" || rows[2].Left != "old" || rows[2].Right != "new" || rows[3].Right != "more" || rows[3].Left != "" {
		t.Errorf("rows = %+v", rows)
	}
}
