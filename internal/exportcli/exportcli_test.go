package exportcli

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"html"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"runtime/debug"
	"slices"
	"strings"
	"testing"

	"tenure/exporters"
	"tenure/internal/cli"
	"tenure/pipeline"
)

func runExport(t *testing.T, args ...string) (string, error) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	err := run(context.Background(), args, &stdout, &stderr)
	return stdout.String() + stderr.String(), err
}

func exitCode(err error) int { return cli.Code(err) }

func TestExportSeeds(t *testing.T) {
	dir := t.TempDir()
	out, err := runExport(t, "-out", dir)
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	for _, want := range []string{"documents 4", "terms 64", "terms.csv"} {
		if !strings.Contains(out, want) {
			t.Errorf("summary lacks %q:\n%s", want, out)
		}
	}
	terms, err := os.ReadFile(filepath.Join(dir, "terms.csv"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(terms), "party-secretary-of-qinghai/13,party-secretary-of-qinghai,zhao-leji,13,Zhao Leji,赵乐际,zh,2003-08-19,day,2003-08-19,2003-08-19,2007-03-26,day") {
		t.Error("terms.csv lacks Zhao Leji's Qinghai term at day precision")
	}
}

// TestExportDeterministic exports twice and compares every file byte for
// byte.
func TestExportDeterministic(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	if _, err := runExport(t, "-q", "-out", a); err != nil {
		t.Fatal(err)
	}
	if _, err := runExport(t, "-q", "-out", b); err != nil {
		t.Fatal(err)
	}
	compareDirs(t, a, b)
}

func compareDirs(t *testing.T, a, b string) {
	t.Helper()
	entries, err := os.ReadDir(a)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) == 0 {
		t.Fatal("nothing exported")
	}
	for _, e := range entries {
		if e.IsDir() {
			continue
		}
		x, _ := os.ReadFile(filepath.Join(a, e.Name()))
		y, err := os.ReadFile(filepath.Join(b, e.Name()))
		if err != nil {
			t.Errorf("%s: %v", e.Name(), err)
			continue
		}
		if !bytes.Equal(x, y) {
			t.Errorf("%s differs between %s and %s", e.Name(), a, b)
		}
	}
}

// TestCommittedOutIsFresh fails when out/ in the repository is not what
// an export of the seeds writes now. The fix: task export (go run
// ./cmd/export).
func TestCommittedOutIsFresh(t *testing.T) {
	fresh := t.TempDir()
	if _, err := runExport(t, "-q", "-out", fresh); err != nil {
		t.Fatal(err)
	}
	filepath.WalkDir(fresh, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(fresh, path)
		want, _ := os.ReadFile(path)
		got, err := os.ReadFile(filepath.Join("..", "..", "out", rel))
		if err != nil || !bytes.Equal(got, want) {
			t.Errorf("out/%s is stale or missing: run go run ./cmd/export (task export)", filepath.ToSlash(rel))
		}
		return nil
	})
}

func TestExportExitCodes(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	os.WriteFile(good, []byte("= Governor of G =\n\n| Name | Term start | Term end |\n| A (甲) | 1950 | 1949 |\n"), 0o644)
	empty := filepath.Join(dir, "empty.txt")
	os.WriteFile(empty, nil, 0o644)

	tests := []struct {
		name string
		args []string
		code int
		msg  string
	}{
		{"unknown flag", []string{"-nope"}, exitUsage, "flag provided but not defined"},
		{"unknown format", []string{"-formats", "csv,docx"}, exitUsage, `unknown format "docx"`},
		{"stray argument", []string{"seeds"}, exitUsage, "unexpected argument"},
		{"negative jobs", []string{"-jobs", "-1"}, exitUsage, "-jobs must be"},
		{"one job", []string{"-in", good, "-jobs", "1"}, exitOK, ""},
		{"good input", []string{"-in", good}, exitOK, ""},
		{"strict with an error finding", []string{"-in", good, "-strict"}, exitStrict, "error findings"},
		{"a rejected input", []string{"-in", good, "-in", empty}, exitRejected, "empty.txt:1"},
		{"a missing input", []string{"-in", filepath.Join(dir, "missing.txt")}, exitRejected, "missing.txt"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, err := runExport(t, append([]string{"-out", t.TempDir(), "-formats", "csv"}, tt.args...)...)
			if got := exitCode(err); got != tt.code {
				t.Fatalf("exit code %d, want %d (%v)\n%s", got, tt.code, err, out)
			}
			if tt.msg != "" && !strings.Contains(out+errString(err), tt.msg) {
				t.Errorf("output lacks %q:\n%s\n%v", tt.msg, out, err)
			}
		})
	}
}

func errString(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

// TestExportKeepsOldFilesOnFailure: a failed export leaves the files that
// were there before untouched.
func TestExportKeepsOldFilesOnFailure(t *testing.T) {
	dir := t.TempDir()
	if _, err := runExport(t, "-q", "-out", dir); err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(filepath.Join(dir, "terms.csv"))
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var sink bytes.Buffer
	if err := run(ctx, []string{"-q", "-out", dir}, &sink, &sink); err == nil {
		t.Fatal("a cancelled export succeeded")
	}
	after, _ := os.ReadFile(filepath.Join(dir, "terms.csv"))
	if !bytes.Equal(before, after) {
		t.Error("a failed export changed terms.csv")
	}
	leftovers, _ := filepath.Glob(filepath.Join(dir, ".*tmp*"))
	if len(leftovers) > 0 {
		t.Errorf("temporary files left behind: %v", leftovers)
	}
}

// snapshotDir returns every file of dir with its content.
func snapshotDir(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		b, _ := os.ReadFile(filepath.Join(dir, e.Name()))
		out[e.Name()] = string(b)
	}
	return out
}

func sameDir(t *testing.T, what string, before, after map[string]string) {
	t.Helper()
	if len(before) != len(after) {
		t.Errorf("%s: %d files before, %d after", what, len(before), len(after))
	}
	for name, b := range before {
		if after[name] != b {
			t.Errorf("%s changed %s", what, name)
		}
	}
}

// failingWriter fails like a full disk, after the formats before it wrote.
type failingWriter struct{}

func (failingWriter) Write(context.Context, *pipeline.Dataset, string, exporters.Options) ([]string, error) {
	return nil, errors.New("no space left on device")
}

// TestDatasetReplacedAllOrNothing: an export in which one format fails
// leaves the previous dataset exactly as it was, and no staging folder.
func TestDatasetReplacedAllOrNothing(t *testing.T) {
	parent := t.TempDir()
	dir := filepath.Join(parent, "out")
	if _, err := runExport(t, "-q", "-out", dir); err != nil {
		t.Fatal(err)
	}
	before := snapshotDir(t, dir)
	saved := exporters.Formats["jsonld"]
	exporters.Formats["jsonld"] = failingWriter{}
	defer func() { exporters.Formats["jsonld"] = saved }()
	doc := filepath.Join(parent, "other.txt")
	os.WriteFile(doc, []byte("= Mayor of Y =\n\n| Name | Term start | Term end |\n| B | 1990 | 1995 |\n"), 0o644)
	out, err := runExport(t, "-q", "-in", doc, "-out", dir)
	if err == nil || !strings.Contains(err.Error(), "no space left") {
		t.Fatalf("export with a failing format: %v\n%s", err, out)
	}
	sameDir(t, "a failed export", before, snapshotDir(t, dir))
	if left, _ := filepath.Glob(filepath.Join(parent, ".out.staging-*")); len(left) > 0 {
		t.Errorf("staging folders left behind: %v", left)
	}
}

// TestKeepGoing: with -keep-going a failing format stops none of the
// others: they are replaced, the failed format's old file is removed, and
// the export exits with status 5 naming it.
func TestKeepGoing(t *testing.T) {
	parent := t.TempDir()
	dir := filepath.Join(parent, "out")
	if _, err := runExport(t, "-q", "-out", dir); err != nil {
		t.Fatal(err)
	}
	saved := exporters.Formats["jsonld"]
	exporters.Formats["jsonld"] = failingWriter{}
	defer func() { exporters.Formats["jsonld"] = saved }()
	doc := filepath.Join(parent, "other.txt")
	os.WriteFile(doc, []byte("= Mayor of Y =\n\n| Name | Term start | Term end |\n| B | 1990 | 1995 |\n"), 0o644)
	out, err := runExport(t, "-q", "-keep-going", "-in", doc, "-out", dir)
	if exitCode(err) != exitPartial || !strings.Contains(err.Error(), "jsonld not written") || !strings.Contains(out, "no space left") {
		t.Fatalf("exit %d, %v\n%s", exitCode(err), err, out)
	}
	terms, _ := os.ReadFile(filepath.Join(dir, "terms.csv"))
	if !strings.Contains(string(terms), "mayor-of-y") {
		t.Error("terms.csv was not replaced")
	}
	if _, err := os.Stat(filepath.Join(dir, exporters.JSONLDFile)); !os.IsNotExist(err) {
		t.Errorf("the failed format's file of the earlier export is still there: %v", err)
	}
	if _, err := os.Stat(filepath.Join(dir, exporters.DataPackageFile)); err != nil {
		t.Errorf("the data package was not written: %v", err)
	}
}

// TestNeverReplaceDatasetWithNothing: a typo in -in, or a folder with no
// document, writes nothing and says why; -allow-empty writes the empty
// dataset on purpose.
func TestNeverReplaceDatasetWithNothing(t *testing.T) {
	dir := t.TempDir()
	if _, err := runExport(t, "-q", "-out", dir); err != nil {
		t.Fatal(err)
	}
	before := snapshotDir(t, dir)
	emptyFolder := t.TempDir()
	for _, in := range []string{filepath.Join(emptyFolder, "typo"), emptyFolder} {
		_, err := runExport(t, "-q", "-in", in, "-out", dir)
		if exitCode(err) != exitRejected || !strings.Contains(errString(err), "left as it was") {
			t.Errorf("-in %s: %v", in, err)
		}
		sameDir(t, "an export of nothing", before, snapshotDir(t, dir))
	}
	if _, err := runExport(t, "-q", "-in", emptyFolder, "-allow-empty", "-out", dir); err != nil {
		t.Fatalf("-allow-empty: %v", err)
	}
	if terms, _ := os.ReadFile(filepath.Join(dir, "terms.csv")); strings.Count(string(terms), "\n") != 1 {
		t.Errorf("-allow-empty did not write an empty dataset: %q", terms)
	}
}

// TestSymlinkedDocumentsAreRead: a folder of links to documents is read.
func TestSymlinkedDocumentsAreRead(t *testing.T) {
	docs, links := t.TempDir(), t.TempDir()
	real := filepath.Join(docs, "mayor.txt")
	os.WriteFile(real, []byte("= Mayor of Y =\n\n| Name | Term start | Term end |\n| B | 1990 | 1995 |\n"), 0o644)
	if err := os.Symlink(real, filepath.Join(links, "mayor.txt")); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	out, err := runExport(t, "-in", links, "-out", t.TempDir(), "-formats", "csv")
	if err != nil || !strings.Contains(out, "terms 1") {
		t.Errorf("export of a folder of links: %v\n%s", err, out)
	}
}

// TestPartialFormatsStayConsistent: writing fewer formats into a folder
// that holds a full export leaves no file the new descriptor contradicts.
func TestPartialFormatsStayConsistent(t *testing.T) {
	dir := t.TempDir()
	if _, err := runExport(t, "-q", "-out", dir); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "notes.md"), []byte("mine"), 0o644)
	doc := filepath.Join(t.TempDir(), "other.txt")
	os.WriteFile(doc, []byte("= Mayor of Y =\n\n| Name | Term start | Term end |\n| B | 1990 | 1995 |\n"), 0o644)
	if _, err := runExport(t, "-q", "-in", doc, "-out", dir, "-formats", "datapackage"); err != nil {
		t.Fatal(err)
	}
	got := snapshotDir(t, dir)
	for name := range got {
		if strings.HasSuffix(name, ".parquet") || name == "tenure.xlsx" || name == "index.html" || name == "tenure.jsonld" {
			t.Errorf("%s of the older export is still there", name)
		}
	}
	if got["notes.md"] != "mine" {
		t.Error("a file tenure did not write was touched")
	}
	var pkg struct {
		Resources []struct {
			Path  string `json:"path"`
			Bytes int    `json:"bytes"`
			Hash  string `json:"hash"`
		} `json:"resources"`
	}
	if err := json.Unmarshal([]byte(got["datapackage.json"]), &pkg); err != nil || len(pkg.Resources) == 0 {
		t.Fatalf("datapackage.json: %v", err)
	}
	for _, r := range pkg.Resources {
		sum := sha256.Sum256([]byte(got[r.Path]))
		if "sha256:"+hex.EncodeToString(sum[:]) != r.Hash || len(got[r.Path]) != r.Bytes {
			t.Errorf("%s does not match its description", r.Path)
		}
	}
}

// TestOversizedInputRejectedUnread: a document over -max-size is a finding
// naming it; the others are exported.
func TestOversizedInputRejectedUnread(t *testing.T) {
	dir := t.TempDir()
	small := filepath.Join(dir, "small.txt")
	os.WriteFile(small, []byte("= Mayor of Y =\n\n| Name | Term start | Term end |\n| B | 1990 | 1995 |\n"), 0o644)
	big := filepath.Join(dir, "big.txt")
	os.WriteFile(big, []byte("= Mayor of Z =\n\n"+strings.Repeat("prose ", 1000)), 0o644)
	out, err := runExport(t, "-in", small, "-in", big, "-max-size", "2000", "-out", t.TempDir(), "-formats", "csv")
	if exitCode(err) != exitRejected || !strings.Contains(out, "big.txt") || !strings.Contains(out, "size limit") || !strings.Contains(out, "terms 1") {
		t.Errorf("oversized input: %v\n%s", err, out)
	}
}

func TestVersionFlag(t *testing.T) {
	out, err := runExport(t, "-version")
	if err != nil || !strings.Contains(out, "tenure export "+pipeline.Version) {
		t.Errorf("-version: %v %q", err, out)
	}
}

// TestPathsTravel: published paths are relative to the input given, and
// the landing page's links to the sources work wherever the dataset is
// moved (copies in sources/), or point at -source-url.
func TestPathsTravel(t *testing.T) {
	docs := filepath.Join(t.TempDir(), "pages")
	os.MkdirAll(filepath.Join(docs, "cn"), 0o755)
	os.WriteFile(filepath.Join(docs, "cn", "mayor.txt"), []byte("= Mayor of Y =\n\n| Name | Term start | Term end |\n| B | 1990 | 1995 |\n"), 0o644)
	out := filepath.Join(t.TempDir(), "out")
	if _, err := runExport(t, "-q", "-in", docs, "-out", out, "-formats", "csv,html"); err != nil {
		t.Fatal(err)
	}
	srcs, _ := os.ReadFile(filepath.Join(out, "sources.csv"))
	if !strings.Contains(string(srcs), ",pages/cn/mayor.txt,") || strings.Contains(string(srcs), docs) {
		t.Errorf("sources.csv paths:\n%s", srcs)
	}
	moved := filepath.Join(t.TempDir(), "published")
	if err := os.Rename(out, moved); err != nil {
		t.Fatal(err)
	}
	page, _ := os.ReadFile(filepath.Join(moved, "index.html"))
	if !strings.Contains(string(page), `href="sources/pages/cn/mayor.txt"`) {
		t.Fatalf("the page does not link the copy of the source")
	}
	if _, err := os.Stat(filepath.Join(moved, "sources", "pages", "cn", "mayor.txt")); err != nil {
		t.Errorf("the source copy is not in the moved dataset: %v", err)
	}
	out2 := t.TempDir()
	if _, err := runExport(t, "-q", "-in", docs, "-out", out2, "-formats", "html", "-source-url", "https://example.org/docs/"); err != nil {
		t.Fatal(err)
	}
	page, _ = os.ReadFile(filepath.Join(out2, "index.html"))
	if !strings.Contains(string(page), `href="https://example.org/docs/pages/cn/mayor.txt"`) {
		t.Error("-source-url is not used for the links")
	}
	if _, err := os.Stat(filepath.Join(out2, "sources")); err == nil {
		t.Error("sources were copied although -source-url was given")
	}
}

// TestSourcesAreTheDocuments: sources/ holds a copy of each document the
// dataset was built from, and nothing of inputs that were not documents
// (they are copied while the dataset is built, and removed after), nor
// the folders they leave empty.
func TestSourcesAreTheDocuments(t *testing.T) {
	docs := filepath.Join(t.TempDir(), "pages")
	os.MkdirAll(filepath.Join(docs, "cn"), 0o755)
	os.MkdirAll(filepath.Join(docs, "junk", "deeper"), 0o755)
	os.WriteFile(filepath.Join(docs, "cn", "mayor.txt"), []byte("= Mayor of Y =\n\n| Name | Term start | Term end |\n| B | 1990 | 1995 |\n"), 0o644)
	os.WriteFile(filepath.Join(docs, "junk", "deeper", "binary.txt"), []byte("\x00\x01\x02 not a document"), 0o644)
	os.WriteFile(filepath.Join(docs, "empty.txt"), nil, 0o644)
	out := filepath.Join(t.TempDir(), "out")
	if _, err := runExport(t, "-q", "-in", docs, "-out", out, "-formats", "csv"); exitCode(err) != 3 {
		t.Fatalf("exit %d (%v), want 3: some inputs are no documents", exitCode(err), err)
	}
	var got []string
	filepath.WalkDir(filepath.Join(out, exporters.SourcesDir), func(path string, d fs.DirEntry, err error) error {
		if err == nil && path != filepath.Join(out, exporters.SourcesDir) {
			rel, _ := filepath.Rel(out, path)
			got = append(got, filepath.ToSlash(rel))
		}
		return nil
	})
	want := []string{"sources/pages", "sources/pages/cn", "sources/pages/cn/mayor.txt"}
	if !slices.Equal(got, want) {
		t.Errorf("sources/ holds %q, want %q", got, want)
	}
}

// TestPagesLinkUp: every relative link of the exported pages resolves,
// from the index to the files and office pages, and from those back to
// the index and to the copies of the source documents, also after the
// dataset is moved.
func TestPagesLinkUp(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out")
	if _, err := runExport(t, "-q", "-out", out); err != nil {
		t.Fatal(err)
	}
	moved := filepath.Join(t.TempDir(), "published")
	if err := os.Rename(out, moved); err != nil {
		t.Fatal(err)
	}
	pages, _ := filepath.Glob(filepath.Join(moved, exporters.OfficesDir, "*.html"))
	offices, _ := os.ReadFile(filepath.Join(moved, "offices.csv"))
	if n := strings.Count(string(offices), "\n") - 1; len(pages) != n || n < 3 {
		t.Errorf("%d office pages for %d offices", len(pages), n)
	}
	checked := 0
	for _, p := range append(pages, filepath.Join(moved, exporters.HTMLFile)) {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range regexp.MustCompile(`href="([^"#]+)`).FindAllStringSubmatch(string(data), -1) {
			target := html.UnescapeString(m[1])
			if strings.Contains(target, "://") {
				t.Errorf("%s links outside the dataset: %s", filepath.Base(p), target)
				continue
			}
			if _, err := os.Stat(filepath.Join(filepath.Dir(p), filepath.FromSlash(target))); err != nil {
				t.Errorf("%s links %s, which is not there", filepath.Base(p), target)
			}
			checked++
		}
	}
	if checked < 100 {
		t.Errorf("only %d links checked", checked)
	}
}

func TestFormatJobs(t *testing.T) {
	if got, want := formatJobs(0), min(runtime.GOMAXPROCS(0), 2); got != want {
		t.Errorf("formatJobs(0) = %d, want %d", got, want)
	}
	if got := formatJobs(3); got != 3 {
		t.Errorf("-jobs 3 gave %d", got)
	}
}

// TestMemoryLimit: the heap's soft limit grows with the documents, never
// below 512 MiB; a GOMEMLIMIT the user set is kept; and an export leaves
// the process's limit as it found it.
func TestMemoryLimit(t *testing.T) {
	small := []pipeline.Input{{Data: make([]byte, 1<<20)}}
	if got := memoryLimit(small); got != 512<<20 {
		t.Errorf("1 MB of documents: limit %d, want 512 MiB", got)
	}
	big := []pipeline.Input{{Data: make([]byte, 100<<20)}, {Data: make([]byte, 50<<20)}}
	if got := memoryLimit(big); got != 15*150<<20 {
		t.Errorf("150 MB of documents: limit %d, want %d", got, 15*150<<20)
	}
	t.Setenv("GOMEMLIMIT", "3GiB")
	before := debug.SetMemoryLimit(-1)
	if got := memoryLimit(big); got != before {
		t.Errorf("with GOMEMLIMIT set: limit %d, want the process's %d", got, before)
	}
	t.Setenv("GOMEMLIMIT", "")
	if _, err := runExport(t, "-q", "-out", t.TempDir(), "-formats", "csv"); err != nil {
		t.Fatal(err)
	}
	if after := debug.SetMemoryLimit(-1); after != before {
		t.Errorf("the export left the memory limit at %d, it was %d", after, before)
	}
}

// TestSummaryCountsFolderFiles: the summary after an export counts the
// findings and gives each folder's size and how many files it holds, one
// singular, and
// keeps the sizes in one column past the longest file name.
func TestSummaryCountsFolderFiles(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{"sources/a.txt", "offices/a.html", "offices/b.html", "current_holders.parquet"} {
		if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, f)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, f), []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var buf bytes.Buffer
	ds := &pipeline.Dataset{Findings: []pipeline.Finding{{Severity: pipeline.SeverityWarning}}}
	summary(&buf, ds, dir, []string{"sources/", "offices/", "current_holders.parquet"}, 0)
	out := buf.String()
	for _, want := range []string{"findings: 0 errors, 1 warning, 0 info\n",
		"  sources/                 1 B in 1 file\n", "  offices/                 2 B in 2 files\n", "  current_holders.parquet  1 B\n"} {
		if !strings.Contains(out, want) {
			t.Errorf("summary lacks %q:\n%s", want, out)
		}
	}
}
