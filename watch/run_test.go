package watch

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"golang.org/x/net/html"
)

type env struct {
	t       *testing.T
	dir     string
	src     string
	state   string
	reports string
	clock   time.Time
}

func newEnv(t *testing.T) *env {
	dir := t.TempDir()
	e := &env{t: t, dir: dir, src: filepath.Join(dir, "src"), state: filepath.Join(dir, "state.db"),
		reports: filepath.Join(dir, "reports"), clock: time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC)}
	os.MkdirAll(e.src, 0o755)
	return e
}

func (e *env) put(name, content string) {
	if err := os.WriteFile(filepath.Join(e.src, name), []byte(content), 0o644); err != nil {
		e.t.Fatal(err)
	}
}

func (e *env) run(fault func(string) error) (Result, error) {
	e.t.Helper()
	return e.runConfig(func(c *Config) { c.Fault = fault })
}

// runConfig runs the watcher over e.src with the next hour's clock and
// the settings cfg makes.
func (e *env) runConfig(cfg func(*Config)) (Result, error) {
	e.t.Helper()
	s, err := OpenStore(context.Background(), e.state)
	if err != nil {
		e.t.Fatal(err)
	}
	defer s.Close()
	e.clock = e.clock.Add(time.Hour)
	now := e.clock
	c := Config{Sources: []string{e.src}, ReportDir: e.reports, Now: func() time.Time { return now }}
	cfg(&c)
	return New(s, c).Run(context.Background())
}

func (e *env) mustRun() Result {
	e.t.Helper()
	r, err := e.run(nil)
	if err != nil {
		e.t.Fatal(err)
	}
	return r
}

// report reads the JSON report of a run: its bytes, and decoded.
func (e *env) report(r Result) ([]byte, Report) {
	e.t.Helper()
	raw, err := os.ReadFile(filepath.Join(e.reports, r.Report+".json"))
	if err != nil {
		e.t.Fatal(err)
	}
	var rep Report
	if err := json.Unmarshal(raw, &rep); err != nil {
		e.t.Fatal(err)
	}
	return raw, rep
}

// committedChanges counts the changes of a kind in the state database.
func (e *env) committedChanges(kind string) int {
	s, err := OpenStore(context.Background(), e.state)
	if err != nil {
		e.t.Fatal(err)
	}
	defer s.Close()
	var n int
	s.db.QueryRow(`SELECT count(*) FROM changes WHERE kind = ?`, kind).Scan(&n)
	return n
}

func TestRunReportsSuccession(t *testing.T) {
	e := newEnv(t)
	e.put("qinghai.txt", read(t, qinghaiOld))
	first := e.mustRun()
	if !first.Baseline || len(first.Changes) != 0 || first.Report != "" {
		t.Fatalf("first run = %+v", first)
	}
	if entries, _ := os.ReadDir(e.reports); len(entries) != 0 {
		t.Errorf("a baseline run wrote reports: %v", entries)
	}
	if r := e.mustRun(); len(r.Changes) != 0 {
		t.Fatalf("unchanged source gave %+v", r.Changes)
	}
	e.put("qinghai.txt", read(t, qinghaiSeed))
	r := e.mustRun()
	if len(r.Changes) != 1 || r.Changes[0].Kind != KindIncumbentChanged || r.Report == "" {
		t.Fatalf("run = %+v", r)
	}
	raw, rep := e.report(r)
	if rep.Text != "Party Secretary of Qinghai: Wu Xiaojun succeeded Chen Gang on 31 December 2024" ||
		len(rep.Changes) != 1 || !strings.Contains(rep.Changes[0].Evidence, "+| | Wu Xiaojun | 吴晓军 | 31 December 2024 | Incumbent | |") {
		t.Errorf("report = %s", raw)
	}
	md, _ := os.ReadFile(filepath.Join(e.reports, r.Report+".md"))
	if !strings.Contains(string(md), "- **Party Secretary of Qinghai: Wu Xiaojun succeeded Chen Gang on 31 December 2024**") || !strings.Contains(string(md), "```diff") {
		t.Errorf("markdown report:\n%s", md)
	}
	feed, _ := os.ReadFile(filepath.Join(e.reports, "feed.atom"))
	var f atomFeed
	if err := xml.Unmarshal(feed, &f); err != nil {
		t.Fatalf("feed.atom is not XML: %v", err)
	}
	if len(f.Entries) != 1 || !strings.HasPrefix(f.Entries[0].ID, "urn:tenure:watch:change:") || f.Entries[0].Link.Href != "index.html#change-1" {
		t.Errorf("feed = %+v", f)
	}
	validateAtom(t, feed)
	if r := e.mustRun(); len(r.Changes) != 0 {
		t.Errorf("the succession was reported again: %+v", r.Changes)
	}
}

func TestUnreadableSnapshotKeepsBaseline(t *testing.T) {
	e := newEnv(t)
	e.put("qinghai.txt", read(t, qinghaiOld))
	e.mustRun()
	e.put("qinghai.txt", "")
	r := e.mustRun()
	if len(r.Changes) != 1 || r.Changes[0].Kind != KindSourceUnreadable {
		t.Fatalf("changes = %+v", r.Changes)
	}
	// Reported once while it stays unreadable, whatever broken version.
	for _, broken := range []string{"", "\x00binary", "no title line\n"} {
		e.put("qinghai.txt", broken)
		if r := e.mustRun(); len(r.Changes) != 0 {
			t.Fatalf("unreadable again (%q): %+v", broken, r.Changes)
		}
	}
	// The baseline is still the old page: the fixed page is the
	// succession, and the source is reported readable again, once.
	e.put("qinghai.txt", read(t, qinghaiSeed))
	r = e.mustRun()
	if strings.Join(kinds(r), ",") != KindIncumbentChanged+","+KindSourceRecovered {
		t.Fatalf("after recovery: %v", kinds(r))
	}
	if r := e.mustRun(); len(r.Changes) != 0 {
		t.Fatalf("recovered twice: %+v", r.Changes)
	}
}

// TestBlankedPageKeepsBaseline: a page blanked or turned into a redirect,
// which lists no one, is reported once and is not the new baseline: the
// page restored with a new holder is the succession, not a new section.
func TestBlankedPageKeepsBaseline(t *testing.T) {
	e := newEnv(t)
	e.put("qinghai.txt", read(t, qinghaiOld))
	e.mustRun()
	e.put("qinghai.txt", "= Party Secretary of Qinghai =\n\n#REDIRECT [[Qinghai Provincial Committee]]\n")
	r := e.mustRun()
	if len(r.Changes) != 1 || r.Changes[0].Kind != KindSourceUnreadable || !strings.Contains(r.Changes[0].Headline, "lists no officeholders") {
		t.Fatalf("changes = %+v", r.Changes)
	}
	e.put("qinghai.txt", "= Party Secretary of Qinghai =\n\nThe page was blanked.\n")
	if r := e.mustRun(); len(r.Changes) != 0 {
		t.Fatalf("blanked again: %+v", r.Changes)
	}
	e.put("qinghai.txt", read(t, qinghaiSeed))
	if r := e.mustRun(); strings.Join(kinds(r), ",") != KindIncumbentChanged+","+KindSourceRecovered {
		t.Fatalf("after the page came back: %v", kinds(r))
	}
}

// TestInfoboxOfNoOneLost: a page whose infobox named no officeholder (an
// election's) that loses it lost no list of officeholders: nothing to
// report, and the new version is the baseline.
func TestInfoboxOfNoOneLost(t *testing.T) {
	e := newEnv(t)
	older := "= 2019 Testburg gubernatorial election =\n\nInfobox\n- Election Name: 2019 Testburg gubernatorial election\n- Candidate1: Ann Lee\n- Party1: Testland Party\n- Title: Acting Governor\n\nThe election was held on 8 September.\n"
	e.put("election.txt", older)
	e.mustRun()
	e.put("election.txt", "= 2019 Testburg gubernatorial election =\n\nThe election was held on 8 September. Ann Lee won.\n")
	if r := e.mustRun(); len(r.Changes) != 0 {
		t.Fatalf("changes = %+v, want none", r.Changes)
	}
}

// TestListBackOnItsPage: a list cut from a page and put back later with a
// new holder is that succession, compared with the last version that had
// the list; put back as it was, it says nothing.
func TestListBackOnItsPage(t *testing.T) {
	const (
		head     = "= Politics of Testshire =\n\nTestshire is a province.\n\n"
		govs     = "== Governors of Testshire ==\n\n* Ann Lee: 1990–2000\n* Bob Ray: 2000–present\n\n"
		govsNext = "== Governors of Testshire ==\n\n* Ann Lee: 1990–2000\n* Bob Ray: 2000–2024\n* Cy Dunn: 2024–present\n\n"
		secs     = "== Party Secretaries of Testshire ==\n\n* Di Eve: 1995–2010\n* Ed Ford: 2010–present\n"
	)
	e := newEnv(t)
	e.put("p.txt", head+govs+secs)
	e.mustRun()
	e.put("p.txt", head+secs) // the governors' list cut
	if r := e.mustRun(); len(r.Changes) != 0 {
		t.Fatalf("list cut: %+v", r.Changes)
	}
	e.put("p.txt", head+govsNext+secs) // put back, with the new governor
	r := e.mustRun()
	if len(r.Changes) != 1 || r.Changes[0].Headline != "Governor of Testshire: Cy Dunn succeeded Bob Ray in 2024" {
		t.Fatalf("list back with a new holder: %+v", r.Changes)
	}
	e.put("p.txt", head+secs)
	e.mustRun()
	e.put("p.txt", head+govsNext+secs) // back as it was
	if r := e.mustRun(); len(r.Changes) != 0 {
		t.Fatalf("list back as it was: %+v", r.Changes)
	}
}

// TestMissingSourceSettles: a file missing for fewer than -settle runs is
// not removed; one reported removed and back is restored, once.
func TestMissingSourceSettles(t *testing.T) {
	e := newEnv(t)
	settle := func(c *Config) { c.Settle = 2 }
	e.put("qinghai.txt", read(t, qinghaiOld))
	e.put("other.txt", read(t, qinghaiSeed))
	e.runWith(settle)
	path := filepath.Join(e.src, "qinghai.txt")
	os.Rename(path, path+".away")
	if r := e.runWith(settle); len(r.Changes) != 0 {
		t.Fatalf("missing for one run: %v", kinds(r))
	}
	os.Rename(path+".away", path)
	if r := e.runWith(settle); len(r.Changes) != 0 {
		t.Fatalf("back after one run: %v", kinds(r))
	}
	os.Rename(path, path+".away")
	e.runWith(settle)
	if r := e.runWith(settle); strings.Join(kinds(r), ",") != KindSourceRemoved {
		t.Fatalf("missing for two runs: %v", kinds(r))
	}
	if r := e.runWith(settle); len(r.Changes) != 0 {
		t.Fatalf("removed twice: %v", kinds(r))
	}
	os.Rename(path+".away", path)
	if r := e.runWith(settle); strings.Join(kinds(r), ",") != KindSourceRestored {
		t.Fatalf("back: %v", kinds(r))
	}
}

// TestHalfWrittenFileIsNotAChange: a file that changes while it is read
// is busy (checked again on the next run), and a run does not report it.
func TestHalfWrittenFileIsNotAChange(t *testing.T) {
	e := newEnv(t)
	e.put("qinghai.txt", read(t, qinghaiOld))
	e.mustRun()
	e.put("qinghai.txt", read(t, qinghaiSeed)[:500]) // caught half-written
	// Every second look at the file finds it grown: it is being written.
	var looks atomic.Int32
	statFile = func(p string) (os.FileInfo, error) {
		st, err := os.Stat(p)
		if err == nil && looks.Add(1)%2 == 0 {
			return grownFile{st}, nil
		}
		return st, err
	}
	r := e.mustRun()
	statFile = os.Stat
	if len(r.Changes) != 0 {
		t.Fatalf("a half-written file was reported: %v", kinds(r))
	}
	e.put("qinghai.txt", read(t, qinghaiSeed)) // written in full
	if r := e.mustRun(); strings.Join(kinds(r), ",") != KindIncumbentChanged {
		t.Fatalf("the file written in full: %v", kinds(r))
	}
}

// grownFile is a file's information with a larger size.
type grownFile struct{ os.FileInfo }

func (g grownFile) Size() int64 { return g.FileInfo.Size() + 1 }

func TestSecondWatcherIsRefused(t *testing.T) {
	e := newEnv(t)
	s, err := OpenStore(context.Background(), e.state)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := OpenStore(context.Background(), e.state); !errors.Is(err, ErrLocked) {
		t.Fatalf("second open: %v, want ErrLocked", err)
	}
}

// TestExactlyOnce aborts a run after each step; the next run neither
// loses nor repeats the change, and its report exists.
func TestExactlyOnce(t *testing.T) {
	for _, step := range []string{"fetched", "diffed", "committed", "reported"} {
		t.Run(step, func(t *testing.T) {
			e := newEnv(t)
			e.put("qinghai.txt", read(t, qinghaiOld))
			e.mustRun()
			e.put("qinghai.txt", read(t, qinghaiSeed))
			boom := errors.New("killed")
			if _, err := e.run(func(s string) error {
				if s == step {
					return boom
				}
				return nil
			}); !errors.Is(err, boom) {
				t.Fatalf("fault at %s: %v", step, err)
			}
			e.mustRun()
			e.mustRun()
			if n := e.committedChanges(KindIncumbentChanged); n != 1 {
				t.Errorf("succession recorded %d times", n)
			}
			reports, _ := filepath.Glob(filepath.Join(e.reports, "changes-*.json"))
			if len(reports) != 1 {
				t.Errorf("reports = %v", reports)
			}
		})
	}
}

func TestFetcher(t *testing.T) {
	page := read(t, qinghaiSeed)
	var calls atomic.Int32
	mux := http.NewServeMux()
	mux.HandleFunc("/ok", func(w http.ResponseWriter, r *http.Request) {
		if !strings.HasPrefix(r.UserAgent(), "tenure/") {
			t.Errorf("User-Agent = %q", r.UserAgent())
		}
		if r.Header.Get("If-None-Match") == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", `"v1"`)
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		io := page
		w.Write([]byte(io))
	})
	mux.HandleFunc("/flaky", func(w http.ResponseWriter, r *http.Request) {
		if calls.Add(1) == 1 {
			http.Error(w, "busy", http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", "text/plain")
		w.Write([]byte(page))
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		w.Write([]byte(strings.Repeat("x", 2048)))
	})
	mux.HandleFunc("/png", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "image/png")
		w.Write([]byte("\x89PNG"))
	})
	mux.HandleFunc("/latin1", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		w.Write([]byte("= T =\n\xe9\n"))
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(2 * time.Second):
		}
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	f := NewFetcher()
	f.Backoff, f.HostDelay, f.MaxBytes = time.Millisecond, 0, 1024*1024
	f.Client.Timeout = 200 * time.Millisecond
	ctx := context.Background()

	data, etag, _, nm, err := f.Get(ctx, srv.URL+"/ok", "", "")
	if err != nil || nm || string(data) != page || etag != `"v1"` {
		t.Fatalf("ok: %v %v %q", err, nm, etag)
	}
	if _, _, _, nm, err := f.Get(ctx, srv.URL+"/ok", `"v1"`, ""); err != nil || !nm {
		t.Errorf("conditional: not modified = %v, %v", nm, err)
	}
	if data, _, _, _, err := f.Get(ctx, srv.URL+"/flaky", "", ""); err != nil || string(data) != page || calls.Load() != 2 {
		t.Errorf("500 then 200: %v after %d calls", err, calls.Load())
	}
	f.MaxBytes = 1024
	if _, _, _, _, err := f.Get(ctx, srv.URL+"/big", "", ""); !errors.Is(err, ErrTooLarge) {
		t.Errorf("oversized: %v", err)
	}
	for _, p := range []string{"/png", "/latin1", "/slow"} {
		if _, _, _, _, err := f.Get(ctx, srv.URL+p, "", ""); err == nil {
			t.Errorf("%s: no error", p)
		}
	}
}

func (e *env) runWith(cfg func(*Config)) Result {
	e.t.Helper()
	r, err := e.runConfig(cfg)
	if err != nil {
		e.t.Fatal(err)
	}
	return r
}

func kinds(r Result) []string {
	var k []string
	for _, c := range r.Changes {
		k = append(k, c.Kind)
	}
	return k
}

// TestSettle: a vandalised version fixed before it settles reaches nobody;
// a version seen in N consecutive runs is reported once.
func TestSettle(t *testing.T) {
	e := newEnv(t)
	settle := func(c *Config) { c.Settle = 2 }
	e.put("qinghai.txt", read(t, qinghaiOld))
	e.runWith(settle)
	e.put("qinghai.txt", strings.Replace(read(t, qinghaiOld), "Chen Gang | 陈刚", "Vandal | 破坏者", 1))
	if r := e.runWith(settle); len(r.Changes) != 0 {
		t.Fatalf("unsettled vandalism reported: %v", kinds(r))
	}
	e.put("qinghai.txt", read(t, qinghaiOld)) // fixed within the hour
	if r := e.runWith(settle); len(r.Changes) != 0 {
		t.Fatalf("after the fix: %v", kinds(r))
	}
	e.put("qinghai.txt", read(t, qinghaiSeed))
	if r := e.runWith(settle); len(r.Changes) != 0 {
		t.Fatalf("first sighting reported: %v", kinds(r))
	}
	r := e.runWith(settle)
	if len(r.Changes) != 1 || r.Changes[0].Kind != KindIncumbentChanged {
		t.Fatalf("settled succession: %v", kinds(r))
	}
	if r := e.runWith(settle); len(r.Changes) != 0 {
		t.Fatalf("reported again: %v", kinds(r))
	}
}

// TestFailingSourceReportedOnce: a source that starts failing is reported
// once, and once when it recovers, not on every run.
func TestFailingSourceReportedOnce(t *testing.T) {
	e := newEnv(t)
	page := filepath.Join(e.src, "qinghai.txt")
	only := func(c *Config) { c.Sources = []string{page} }
	e.put("qinghai.txt", read(t, qinghaiOld))
	e.runWith(only)
	os.Remove(page)
	want := [][]string{{KindSourceFailing}, nil, nil}
	for i, w := range want {
		r := e.runWith(only)
		if strings.Join(kinds(r), ",") != strings.Join(w, ",") || r.Failed != 1 {
			t.Fatalf("failing run %d: %v (failed %d)", i+1, kinds(r), r.Failed)
		}
	}
	e.put("qinghai.txt", read(t, qinghaiOld))
	if r := e.runWith(only); strings.Join(kinds(r), ",") != KindSourceRecovered {
		t.Fatalf("recovery: %v", kinds(r))
	}
	if r := e.runWith(only); len(r.Changes) != 0 {
		t.Fatalf("after recovery: %v", kinds(r))
	}
}

// TestWebhookQueued: a delivery that fails stays queued and is delivered
// by a later run, once.
func TestWebhookQueued(t *testing.T) {
	var up atomic.Bool
	var got []map[string]any
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !up.Load() {
			http.Error(w, "down", http.StatusServiceUnavailable)
			return
		}
		var body map[string]any
		json.NewDecoder(r.Body).Decode(&body)
		got = append(got, body)
	}))
	defer srv.Close()
	e := newEnv(t)
	hook := func(c *Config) {
		c.Webhook = srv.URL
		c.Fetcher = NewFetcher()
		c.Fetcher.Backoff = time.Millisecond
	}
	e.put("qinghai.txt", read(t, qinghaiOld))
	e.runWith(hook)
	e.put("qinghai.txt", read(t, qinghaiSeed))
	if r := e.runWith(hook); len(r.Errors) == 0 || len(got) != 0 {
		t.Fatalf("delivery to a down server: errors %v, got %d", r.Errors, len(got))
	}
	up.Store(true)
	e.runWith(hook)
	e.runWith(hook)
	if len(got) != 1 {
		t.Fatalf("%d deliveries, want 1", len(got))
	}
	if got[0]["text"] != "Party Secretary of Qinghai: Wu Xiaojun succeeded Chen Gang on 31 December 2024" {
		t.Errorf("payload text = %v", got[0]["text"])
	}
}

// TestRevert: a page that returns to the version before a reported
// succession gives one reverted change naming it, not a succession of the
// old holder.
func TestRevert(t *testing.T) {
	e := newEnv(t)
	e.put("qinghai.txt", read(t, qinghaiOld))
	e.mustRun()
	e.put("qinghai.txt", read(t, qinghaiSeed))
	e.mustRun()
	e.put("qinghai.txt", read(t, qinghaiOld))
	r := e.mustRun()
	if len(r.Changes) != 1 || r.Changes[0].Kind != KindReverted {
		t.Fatalf("revert: %v", kinds(r))
	}
	c := r.Changes[0]
	if c.Headline != "Party Secretary of Qinghai was reverted to an earlier version, undoing 1 reported change" ||
		len(c.Notes) != 1 || !strings.Contains(c.Notes[0], "Wu Xiaojun succeeded Chen Gang") {
		t.Errorf("revert change = %+v", c)
	}
	// The watch page marks the change undone, links the feed and the
	// JSON reports, and says when the sources were last checked.
	page, _ := os.ReadFile(filepath.Join(e.reports, "index.html"))
	for _, want := range []string{"<strong>Undone:</strong>", `href="feed.atom"`, `.json">JSON report</a>`, "Sources last checked"} {
		if !strings.Contains(string(page), want) {
			t.Errorf("index.html lacks %q", want)
		}
	}
	// Restoring the newer version again is a succession once more.
	e.put("qinghai.txt", read(t, qinghaiSeed))
	r = e.mustRun()
	if len(r.Changes) != 1 || r.Changes[0].Kind != KindIncumbentChanged {
		t.Fatalf("re-apply: %v", kinds(r))
	}
}

// TestHTTPSourceRun: an HTTP source is watched like a file; when it fails,
// its baseline stays and the other sources are still checked.
func TestHTTPSourceRun(t *testing.T) {
	var body atomic.Value
	body.Store(read(t, qinghaiOld))
	var down atomic.Bool
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if down.Load() {
			http.Error(w, "gone", http.StatusNotFound)
			return
		}
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Write([]byte(body.Load().(string)))
	}))
	defer srv.Close()
	e := newEnv(t)
	e.put("other.txt", "= Mayor of X =\n\n| Name | Term start | Term end |\n| Li Si | 2001 | Incumbent |\n")
	both := func(c *Config) {
		c.Sources = []string{e.src, srv.URL + "/qinghai.txt"}
		c.Fetcher = NewFetcher()
		c.Fetcher.HostDelay, c.Fetcher.Backoff = 0, time.Millisecond
	}
	if r := e.runWith(both); !r.Baseline || r.Checked != 2 {
		t.Fatalf("baseline: %+v", r)
	}
	down.Store(true)
	e.put("other.txt", "= Mayor of X =\n\n| Name | Term start | Term end |\n| Li Si | 2001 | 2020 |\n| Wang Wu | 2020 | Incumbent |\n")
	r := e.runWith(both)
	if r.Failed != 1 || strings.Join(kinds(r), ",") != KindIncumbentChanged+","+KindSourceFailing {
		t.Fatalf("while down: %v, failed %d", kinds(r), r.Failed)
	}
	down.Store(false)
	body.Store(read(t, qinghaiSeed))
	r = e.runWith(both)
	if strings.Join(kinds(r), ",") != KindIncumbentChanged+","+KindSourceRecovered || r.Changes[0].OfficeID != "party-secretary-of-qinghai" {
		t.Fatalf("after recovery: %v", kinds(r))
	}
}

// TestOneChangeAcrossSources: a list and a biography that report the same
// succession in one run give one change naming both sources.
func TestOneChangeAcrossSources(t *testing.T) {
	e := newEnv(t)
	list := "= Party Secretary of Testland =\n\n| Name | Term start | Term end |\n| Li Si (李四) | 2015 | %s |\n%s"
	bio := "= Wang Wu =\n\nWang Wu\n- Office1: Governor of Elsewhere\n- Term Start1: 2010\n- Term End1: 2016\n%s"
	e.put("list.txt", fmt.Sprintf(list, "Incumbent", ""))
	e.put("bio.txt", fmt.Sprintf(bio, ""))
	e.mustRun()
	e.put("list.txt", fmt.Sprintf(list, "2021", "| Wang Wu (王五) | 2021 | Incumbent |\n"))
	e.put("bio.txt", fmt.Sprintf(bio, "- Office: Party Secretary of Testland\n- Term Start: 3 March 2021\n- Predecessor: Li Si\n"))
	r := e.mustRun()
	if len(r.Changes) != 1 {
		for _, c := range r.Changes {
			t.Logf("%s: %s %v", c.Kind, c.Headline, c.Sources)
		}
		t.Fatalf("%d changes, want 1", len(r.Changes))
	}
	c := r.Changes[0]
	if c.Kind != KindIncumbentChanged || len(c.Sources) != 2 || c.EffectiveISO != "2021-03-03" ||
		c.Headline != "Party Secretary of Testland: Wang Wu succeeded Li Si on 3 March 2021" {
		t.Errorf("change = %+v", c)
	}
}

// TestConfirmedInALaterRun: a succession a biography gave first, and the
// office's page gives in a later run, is alerted once: the second time it
// is a confirmation, among the corrections, naming the run that reported
// it. A different successor on the page is a change of its own.
func TestConfirmedInALaterRun(t *testing.T) {
	list := "= Party Secretary of Testland =\n\n| Name | Term start | Term end |\n| Li Si (李四) | 2015 | %s |\n%s"
	bio := "= Wang Wu =\n\nWang Wu\n- Office1: Governor of Elsewhere\n- Term Start1: 2010\n- Term End1: 2016\n%s"
	for _, tc := range []struct {
		name, successor string
		confirmed       bool
	}{
		{"the same successor", "| Wang Wu (王五) | 2021 | Incumbent |\n", true},
		{"another successor", "| Zhao Liu (赵六) | 2021 | Incumbent |\n", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := newEnv(t)
			e.put("list.txt", fmt.Sprintf(list, "Incumbent", ""))
			e.put("bio.txt", fmt.Sprintf(bio, ""))
			e.mustRun()
			e.put("bio.txt", fmt.Sprintf(bio, "- Office: Party Secretary of Testland\n- Term Start: 3 March 2021\n- Predecessor: Li Si\n"))
			first := e.mustRun()
			if len(first.Changes) != 1 || first.Changes[0].Kind != KindIncumbentChanged {
				t.Fatalf("first run: %+v", first.Changes)
			}
			e.put("list.txt", fmt.Sprintf(list, "2021", tc.successor))
			r := e.mustRun()
			_, rep := e.report(r)
			if !tc.confirmed {
				if len(rep.Changes) == 0 || rep.Changes[0].Kind != KindIncumbentChanged {
					t.Errorf("another successor not alerted: %+v", rep)
				}
				return
			}
			if len(rep.Changes) != 0 || len(rep.Corrections) != 1 || rep.Corrections[0].Correction != KindConfirmed {
				t.Fatalf("second run alerted again: %+v", rep)
			}
			c := rep.Corrections[0]
			if !strings.Contains(c.Headline, "Wang Wu succeeded Li Si") || !strings.Contains(c.Headline, fmt.Sprintf("already reported in run %d", first.Run)) ||
				len(c.Notes) == 0 || !strings.Contains(c.Notes[len(c.Notes)-1], "bio.txt") {
				t.Errorf("confirmation = %+v", c)
			}
		})
	}
}

// TestActingSuccessionConfirmedLater: the infobox names the acting
// successor first; when the list catches up with a start on the day of
// confirmation and the acting one beside it ("22 January 2022 (acting
// from 27 December 2021)"), the succession is the one already reported,
// not a second alert. Acting from another day is another fact.
func TestActingSuccessionConfirmedLater(t *testing.T) {
	page := "= Governor of Testland =\n\nInfobox\n- Post: Governor\n- Incumbent: %s\n\n| No. | Name | Took office | Left office |\n| 15 | Li Si | 30 January 2017 | %s |\n%s"
	for _, tc := range []struct {
		name, row string
		confirmed bool
	}{
		{"acting from the infobox's day", "| 16 | Wang Wu | 22 January 2022 (acting from 27 December 2021) | Incumbent |\n", true},
		{"acting from another day", "| 16 | Wang Wu | 22 January 2022 (acting from 3 January 2022) | Incumbent |\n", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := newEnv(t)
			e.put("g.txt", fmt.Sprintf(page, "Li Si", "Incumbent", ""))
			e.mustRun()
			e.put("g.txt", strings.Replace(fmt.Sprintf(page, "Wang Wu (acting)", "Incumbent", ""), "(acting)\n", "(acting)\n- Incumbentsince: 27 December 2021\n", 1))
			first := e.mustRun()
			if len(first.Changes) != 1 || first.Changes[0].Kind != KindIncumbentChanged || first.Changes[0].EffectiveISO != "2021-12-27" {
				t.Fatalf("first run: %+v", first.Changes)
			}
			e.put("g.txt", fmt.Sprintf(page, "Wang Wu", "27 December 2021", tc.row))
			_, rep := e.report(e.mustRun())
			if !tc.confirmed {
				if len(rep.Changes) != 1 || rep.Changes[0].Kind != KindIncumbentChanged {
					t.Errorf("a succession on another day not alerted: %+v", rep)
				}
				return
			}
			if len(rep.Changes) != 0 || len(rep.Corrections) != 1 || rep.Corrections[0].Correction != KindConfirmed {
				t.Fatalf("the list catching up alerted again: %+v", rep)
			}
		})
	}
}

// TestCorrectionsNotAlerted: a correction of the record is reported in the
// report's own section, marked in the feed, and not sent to the webhook
// unless asked.
func TestCorrectionsNotAlerted(t *testing.T) {
	var got []map[string]any
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var body map[string]any
		json.NewDecoder(r.Body).Decode(&body)
		got = append(got, body)
	}))
	defer srv.Close()
	for _, ask := range []bool{false, true} {
		got = nil
		e := newEnv(t)
		hook := func(c *Config) { c.Webhook, c.WebhookCorrections = srv.URL, ask }
		seed := read(t, qinghaiSeed)
		e.put("qinghai.txt", seed)
		e.runWith(hook)
		e.put("qinghai.txt", strings.Replace(seed, "| Zhao Leji | 赵乐际 | 19 August 2003 | 26 March 2007 |", "| Zhao Leji | 赵乐际 | 19 August 2003 | 27 March 2007 |", 1))
		r := e.runWith(hook)
		raw, err := os.ReadFile(filepath.Join(e.reports, r.Report+".json"))
		if err != nil {
			t.Fatal(err)
		}
		var rep Report
		json.Unmarshal(raw, &rep)
		if len(rep.Changes) != 0 || len(rep.Corrections) != 1 || rep.Corrections[0].Correction != KindDatesCorrected || rep.Text != "" {
			t.Fatalf("report = %s", raw)
		}
		md, _ := os.ReadFile(filepath.Join(e.reports, r.Report+".md"))
		if !strings.Contains(string(md), "## Corrections of the record\n\nNone of these is a change of office") {
			t.Errorf("the report's corrections are not set apart as no change of office:\n%s", md)
		}
		feed, _ := os.ReadFile(filepath.Join(e.reports, "feed.atom"))
		if !strings.Contains(string(feed), `<category term="correction">`) || !strings.Contains(string(feed), "<title>Correction: ") {
			t.Errorf("feed does not mark the correction:\n%s", feed)
		}
		if want := map[bool]int{false: 0, true: 1}[ask]; len(got) != want {
			t.Errorf("-webhook-corrections=%v: %d deliveries, want %d", ask, len(got), want)
		}
	}
}

// TestReportsNeverOverwritten: two runs in the same second with changes
// write two reports.
func TestReportsNeverOverwritten(t *testing.T) {
	e := newEnv(t)
	fixed := time.Date(2025, 6, 1, 12, 0, 0, 0, time.UTC)
	frozen := func(c *Config) { c.Now = func() time.Time { return fixed } }
	seed := read(t, qinghaiSeed)
	e.put("qinghai.txt", seed)
	e.runWith(frozen)
	e.put("qinghai.txt", strings.Replace(seed, "- Nominator: Central Committee", "- Nominator: Politburo", 1))
	a := e.runWith(frozen)
	e.put("qinghai.txt", strings.Replace(seed, "- Nominator: Central Committee", "- Nominator: Standing Committee", 1))
	b := e.runWith(frozen)
	if a.Report == "" || b.Report == "" || a.Report == b.Report {
		t.Fatalf("reports %q and %q", a.Report, b.Report)
	}
	for _, r := range []string{a.Report, b.Report} {
		if _, err := os.Stat(filepath.Join(e.reports, r+".json")); err != nil {
			t.Error(err)
		}
	}
}

// TestLockOnRealFile: a second watcher that reaches the state database
// through a symbolic link, or through a linked folder, is refused.
func TestLockOnRealFile(t *testing.T) {
	dir := t.TempDir()
	state := filepath.Join(dir, "state.db")
	s, err := OpenStore(context.Background(), state)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	link := filepath.Join(t.TempDir(), "link.db")
	if err := os.Symlink(state, link); err != nil {
		t.Skip("no symbolic links:", err)
	}
	linkedDir := filepath.Join(t.TempDir(), "d")
	os.Symlink(dir, linkedDir)
	for _, p := range []string{link, filepath.Join(linkedDir, "state.db"), filepath.Join(dir, ".", "state.db")} {
		if s2, err := OpenStore(context.Background(), p); !errors.Is(err, ErrLocked) {
			if s2 != nil {
				s2.Close()
			}
			t.Errorf("%s: %v, want ErrLocked", p, err)
		}
	}
}

// TestDamagedStateIsReported: a state database that lost a table is an
// error naming it, not a silent new baseline; a change that cannot be
// decoded is named by its id; an older schema is upgraded.
func TestDamagedStateIsReported(t *testing.T) {
	e := newEnv(t)
	e.put("qinghai.txt", read(t, qinghaiOld))
	e.mustRun()
	e.put("qinghai.txt", read(t, qinghaiSeed))
	e.mustRun()
	raw, err := sql.Open("sqlite", e.state)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := raw.Exec(`UPDATE changes SET body = '{not json' WHERE id = 1`); err != nil {
		t.Fatal(err)
	}
	s, err := OpenStore(context.Background(), e.state)
	if err != nil {
		t.Fatal(err)
	}
	problems, err := s.Check(context.Background())
	s.Close()
	if err != nil || len(problems) != 1 || !strings.Contains(problems[0], "change 1") {
		t.Errorf("check: %v %q", err, problems)
	}
	// An older schema is upgraded in place.
	raw.Exec(`ALTER TABLE sources DROP COLUMN bad_hash`)
	raw.Exec(`UPDATE meta SET value = '1' WHERE key = 'schema_version'`)
	if s, err := OpenStore(context.Background(), e.state); err != nil {
		t.Errorf("upgrade from schema 1: %v", err)
	} else {
		s.Close()
	}
	if _, err := raw.Exec(`DROP TABLE sources`); err != nil {
		t.Fatal(err)
	}
	raw.Close()
	if _, err := OpenStore(context.Background(), e.state); err == nil || !strings.Contains(err.Error(), `table "sources" is missing`) {
		t.Errorf("open with a dropped table: %v", err)
	}
}

// TestWebhookFailuresDoNotPileUp: a delivery that keeps failing waits
// longer each time and is given up into a visible dead letter; one for a
// URL no longer configured is dropped; chat control text is made inert.
func TestWebhookFailuresDoNotPileUp(t *testing.T) {
	var calls atomic.Int32
	var bodies []string
	var mu sync.Mutex
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		calls.Add(1)
		b, _ := io.ReadAll(r.Body)
		mu.Lock()
		bodies = append(bodies, string(b))
		mu.Unlock()
		http.Error(w, "down", http.StatusBadGateway)
	}))
	defer srv.Close()
	e := newEnv(t)
	hook := func(c *Config) { c.Webhook = srv.URL }
	page := "= Mayor of X =\n\n| Name | Term start | Term end |\n| Li Si | 2001 | %s |\n%s"
	e.put("x.txt", fmt.Sprintf(page, "Incumbent", ""))
	e.runWith(hook)
	e.put("x.txt", fmt.Sprintf(page, "2005", "| <!channel> [click](http://evil) @here | 2005 | Incumbent |\n"))
	e.runWith(hook) // queued, first attempt fails
	for range maxDeliveryAttempts + 2 {
		e.runWith(hook) // an hour later each time: the backoff lets it through
	}
	if n := calls.Load(); n != maxDeliveryAttempts {
		t.Errorf("%d attempts, want %d then given up", n, maxDeliveryAttempts)
	}
	s, err := OpenStore(context.Background(), e.state)
	if err != nil {
		t.Fatal(err)
	}
	var dead string
	s.db.QueryRow(`SELECT dead FROM deliveries`).Scan(&dead)
	s.Close()
	if dead == "" {
		t.Error("the delivery was not given up")
	}
	if page, _ := os.ReadFile(filepath.Join(e.reports, "index.html")); !strings.Contains(string(page), "dead-deliveries") {
		t.Error("the watch page does not show the delivery given up")
	}
	mu.Lock()
	body := bodies[0]
	mu.Unlock()
	var payload Report
	json.Unmarshal([]byte(body), &payload)
	if strings.Contains(payload.Text, "<!channel>") || strings.Contains(payload.Text, "[click]") || strings.Contains(payload.Text, "@here") {
		t.Errorf("chat control text reached the webhook: %q", payload.Text)
	}
	// Queued for a URL that is then removed from the configuration.
	e.put("x.txt", fmt.Sprintf(page, "2005", "| Wang Wu | 2005 | 2009 |\n| Zhao Liu | 2009 | Incumbent |\n"))
	e.runWith(func(c *Config) { c.Webhook = srv.URL + "/old" })
	before := calls.Load()
	e.runWith(func(c *Config) { c.Webhook = srv.URL + "/new" })
	if calls.Load() != before {
		t.Error("a delivery for a URL no longer configured was sent")
	}
}

// TestSecretsStaySecret: credentials in a source URL or the webhook URL
// reach no report, feed, page, log, payload or state row.
func TestSecretsStaySecret(t *testing.T) {
	const secret = "hunter2secret"
	page := read(t, qinghaiOld)
	var version atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/hook" {
			return
		}
		w.Header().Set("Content-Type", "text/plain")
		if version.Load() == 0 {
			io.WriteString(w, page)
		} else {
			io.WriteString(w, read(t, qinghaiSeed))
		}
	}))
	defer srv.Close()
	u := strings.Replace(srv.URL, "http://", "http://editor:"+secret+"@", 1)
	e := newEnv(t)
	var logs bytes.Buffer
	cfg := func(c *Config) {
		c.Sources = []string{u + "/page.txt?token=" + secret + "x", u + "/missing.txt"}
		c.Webhook = srv.URL + "/hook?key=" + secret
		c.Log = slog.New(slog.NewTextHandler(&logs, nil))
		c.Fetcher = NewFetcher()
		c.Fetcher.HostDelay, c.Fetcher.Retries = 0, 0
	}
	e.runWith(cfg)
	version.Store(1)
	r := e.runWith(cfg)
	if len(r.Changes) == 0 {
		t.Fatalf("no change reported: %+v", r)
	}
	var leaks []string
	filepath.WalkDir(e.dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			b, _ := os.ReadFile(p)
			if bytes.Contains(b, []byte(secret)) {
				leaks = append(leaks, p)
			}
		}
		return nil
	})
	if strings.Contains(logs.String(), secret) {
		leaks = append(leaks, "log")
	}
	for _, err := range r.Errors {
		if strings.Contains(err, secret) {
			leaks = append(leaks, "errors")
		}
	}
	if len(leaks) > 0 {
		t.Errorf("the secret leaked into %v", leaks)
	}
}

// TestSlowSourceHoldsOnlyItself: a server that trickles a byte at a time
// costs its own deadline; the other sources are read and reported.
func TestSlowSourceHoldsOnlyItself(t *testing.T) {
	stop := make(chan struct{})
	defer close(stop)
	slow := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		for {
			select {
			case <-stop:
				return
			case <-r.Context().Done():
				return
			case <-time.After(50 * time.Millisecond):
				io.WriteString(w, "x")
				w.(http.Flusher).Flush()
			}
		}
	}))
	defer slow.Close()
	var version atomic.Int32
	fast := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		if version.Load() == 0 {
			io.WriteString(w, read(t, qinghaiOld))
		} else {
			io.WriteString(w, read(t, qinghaiSeed))
		}
	}))
	defer fast.Close()
	e := newEnv(t)
	cfg := func(c *Config) {
		c.Sources = []string{slow.URL + "/slow.txt", fast.URL + "/fast.txt"}
		c.Fetcher = NewFetcher()
		c.Fetcher.HostDelay, c.Fetcher.Retries, c.Fetcher.SourceDeadline = 0, 1, 400*time.Millisecond
	}
	e.runWith(cfg)
	version.Store(1)
	began := time.Now()
	r := e.runWith(cfg)
	if took := time.Since(began); took > 3*time.Second {
		t.Errorf("the run took %s: the slow source held it up", took)
	}
	if r.Failed != 1 || !slices.Contains(kinds(r), KindIncumbentChanged) {
		t.Errorf("run = failed %d, kinds %v", r.Failed, kinds(r))
	}
}

// TestNetrcCredentials: credentials for an HTTP source can come from a
// netrc file instead of the URL.
func TestNetrcCredentials(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if u, p, ok := r.BasicAuth(); !ok || u != "editor" || p != "s3cret" {
			http.Error(w, "who are you", http.StatusUnauthorized)
			return
		}
		w.Header().Set("Content-Type", "text/plain")
		io.WriteString(w, "= Mayor of X =\n")
	}))
	defer srv.Close()
	host := strings.TrimPrefix(srv.URL, "http://")
	host = host[:strings.IndexByte(host, ':')]
	netrc := filepath.Join(t.TempDir(), "netrc")
	os.WriteFile(netrc, []byte("machine other.example login x password y\nmachine "+host+"\n  login editor\n  password s3cret\n"), 0o600)
	t.Setenv("NETRC", netrc)
	f := NewFetcher()
	f.HostDelay, f.Retries = 0, 0
	if data, _, _, _, err := f.Get(context.Background(), srv.URL+"/x.txt", "", ""); err != nil || !strings.Contains(string(data), "Mayor") {
		t.Errorf("fetch with netrc credentials: %v", err)
	}
}

// validateAtom checks a feed against RFC 4287's requirements: the feed and
// every entry have an id (an absolute IRI), a title and an updated time
// (RFC 3339); an author; entries with content or an alternate link; no two
// entries share an id; html content is escaped markup.
func validateAtom(t *testing.T, data []byte) {
	t.Helper()
	var f atomFeed
	if err := xml.Unmarshal(data, &f); err != nil {
		t.Fatalf("feed is not XML: %v", err)
	}
	if f.XMLName.Space != "http://www.w3.org/2005/Atom" {
		t.Errorf("feed namespace %q", f.XMLName.Space)
	}
	absolute := func(id string) bool { u, err := url.Parse(id); return err == nil && u.Scheme != "" }
	stamp := func(s string) bool { _, err := time.Parse(time.RFC3339, s); return err == nil }
	if !absolute(f.ID) || f.Title == "" || !stamp(f.Updated) || f.Author.Name == "" {
		t.Errorf("feed header: %+v", f)
	}
	seen := map[string]bool{}
	for _, e := range f.Entries {
		if !absolute(e.ID) || e.Title == "" || !stamp(e.Updated) {
			t.Errorf("entry lacks id, title or updated: %+v", e)
		}
		if seen[e.ID] {
			t.Errorf("two entries share the id %s", e.ID)
		}
		seen[e.ID] = true
		if e.Content.Body == "" && e.Link.Href == "" {
			t.Errorf("entry %s has neither content nor link", e.ID)
		}
		if e.Content.Type == "html" {
			if _, err := html.Parse(strings.NewReader(e.Content.Body)); err != nil {
				t.Errorf("entry %s: content is not HTML: %v", e.ID, err)
			}
		}
	}
}

// TestRunBiographyEvidence: a biography that gains an office shows the
// office's own line as the evidence of the succession, not only the
// predecessor's.
func TestRunBiographyEvidence(t *testing.T) {
	e := newEnv(t)
	bio := func(blocks string) string {
		return "= Ann Berg =\n\nAnn Berg\n" + blocks + "\nAnn Berg (born 1960) is a politician.\n"
	}
	e.put("berg.txt", bio("- Office1: Governor of Nordland\n- Term Start1: 2017\n"))
	e.mustRun()
	e.put("berg.txt", bio("- Office1: Governor of Sudland\n- Term Start1: 2022\n- Predecessor1: Karl Dahl\n"+
		"- Office2: Governor of Nordland\n- Term Start2: 2017\n- Term End2: 2022\n"))
	r := e.mustRun()
	raw, rep := e.report(r)
	found := false
	for _, c := range rep.Changes {
		if c.OfficeID != "governor-of-sudland" {
			continue
		}
		found = true
		if c.Kind != KindIncumbentChanged || !strings.Contains(c.Evidence, "+- Office1: Governor of Sudland") {
			t.Errorf("change = %+v, want a succession whose evidence shows the office's line", c)
		}
	}
	if !found {
		t.Errorf("no change of Governor of Sudland in %s", raw)
	}
}

// TestEvidenceOfOneOffice: where a person leaves one office for another
// in one edit, each succession's evidence is its own list's changed
// lines, not the other list's line that names the same person; an
// infobox's line stays evidence.
func TestEvidenceOfOneOffice(t *testing.T) {
	diff := `--- a (before)
+++ a (now)
@@ -3,3 +3,3 @@
 - Post: Governor
-- Incumbent: Shen Xiaoming
+- Incumbent: Feng Fei
@@ -15,2 +15,3 @@
-10. Liu Cigui: April 2017 – present
+10. Liu Cigui: April 2017 – November 2020
+11. Shen Xiaoming: December 2020 – present
@@ -27,2 +28,3 @@
 == Governors ==
-9. Shen Xiaoming: April 2017 – present
+9. Shen Xiaoming: April 2017 – December 2020
+10. Feng Fei: December 2020 – present
`
	needles := []string{"Shen Xiaoming", "Feng Fei", "Governor of Hainan"}
	got := evidenceFor(diff, needles, []int{29, 30}, []int{15, 16})
	for _, want := range []string{"+- Incumbent: Feng Fei", "+10. Feng Fei", "-9. Shen Xiaoming: April 2017 – present"} {
		if !strings.Contains(got, want) {
			t.Errorf("evidence lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "+11. Shen Xiaoming") {
		t.Errorf("evidence shows the other office's line:\n%s", got)
	}
	// Without the terms' lines, every line naming them, as before.
	if got := evidenceFor(diff, needles, nil, nil); !strings.Contains(got, "+11. Shen Xiaoming") {
		t.Errorf("evidence without lines:\n%s", got)
	}
}

// TestEvidenceOfABiographyBlock: a biography's succession shows the added
// fields of the term's block (its end, its successor), not the removed
// fields that had the same number before the blocks were renumbered.
func TestEvidenceOfABiographyBlock(t *testing.T) {
	diff := `--- a (before)
+++ a (now)
@@ -5,3 +5,6 @@
-- Office1: Vice Chairman of Testland
-- Term Start1: 26 July 2018
+- Office1: Party Secretary of Testcity
+- Term Start1: 24 September 2021
+- Term End1: 20 December 2025
+- Successor1: Yu Huiwen
`
	got := evidenceFor(diff, []string{"Yu Huiwen", "Party Secretary of Testcity"}, []int{6}, nil)
	for _, want := range []string{"+- Term End1: 20 December 2025", "+- Successor1: Yu Huiwen", "+- Office1: Party Secretary of Testcity"} {
		if !strings.Contains(got, want) {
			t.Errorf("evidence lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "Vice Chairman") {
		t.Errorf("evidence shows the renumbered block:\n%s", got)
	}
	for l, want := range map[string]string{"+- Term End1: 2025\n": "1", "-- Successor12: A\n": "12", "+- Term End: 2025\n": "", "+| 1 | Ann |\n": "", "+- Born: 1 May 1950\n": ""} {
		if got := fieldNumber(l); got != want {
			t.Errorf("fieldNumber(%q) = %q, want %q", l, got, want)
		}
	}
}
