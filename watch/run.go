package watch

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"tenure/pipeline"
)

// Config says what to watch and where to report.
type Config struct {
	// Sources are folders (each *.txt file in them a source), files and
	// http(s) URLs.
	Sources []string
	// ReportDir receives the report files.
	ReportDir string
	// Context is the number of unchanged lines around each diff hunk.
	Context int
	// Fetcher reads HTTP sources; nil means a default fetcher.
	Fetcher *Fetcher
	// Now returns the current time; nil means time.Now. Tests fix it.
	Now func() time.Time
	// Webhook, when set, receives each run's JSON report by POST. A
	// delivery that fails stays queued and is retried on later runs.
	Webhook string
	// WebhookCorrections sends corrections of the record to the webhook
	// too; by default it receives leadership changes and source problems.
	WebhookCorrections bool
	// FetchDeadline bounds the time one run spends reading its sources
	// (default 10 minutes); sources not read by then fail for this run.
	FetchDeadline time.Duration
	// Settle holds a new version back until it has been seen in this many
	// consecutive runs (default 1: report at once), so a vandalised page
	// fixed within the hour never reaches anyone.
	Settle int
	// Fault, when set, is called between the steps of a run ("fetched",
	// "diffed", "committed", "reported"); an error aborts the run there.
	// Tests use it to kill a run at every point.
	Fault func(step string) error
	Log   *slog.Logger
}

// Result sums up one run.
type Result struct {
	Run      int64
	Checked  int
	Changed  int
	Failed   int
	Baseline bool // the run only recorded the baseline
	Changes  []Change
	Report   string // file stem of the report, when there is one
	Errors   []string
}

// Watcher checks sources against the last snapshots it saw.
type Watcher struct {
	store *Store
	cfg   Config
	// lastKnown is what the store knew of the sources when the run began.
	lastKnown map[string]*sourceState
}

// New returns a watcher over an open store.
func New(store *Store, cfg Config) *Watcher {
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Context == 0 {
		cfg.Context = 3
	}
	if cfg.Settle < 1 {
		cfg.Settle = 1
	}
	if cfg.FetchDeadline <= 0 {
		cfg.FetchDeadline = 10 * time.Minute
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	if cfg.Fetcher == nil {
		cfg.Fetcher = NewFetcher()
	}
	return &Watcher{store: store, cfg: cfg}
}

func (w *Watcher) fault(step string) error {
	if w.cfg.Fault == nil {
		return nil
	}
	if err := w.cfg.Fault(step); err != nil {
		return fmt.Errorf("aborted after %s: %w", step, err)
	}
	return nil
}

// locators expands the configured sources into one locator per document:
// URLs as given, files by absolute path, and every *.txt file below a
// folder.
func (w *Watcher) locators() []string {
	var locs []string
	for _, s := range w.cfg.Sources {
		if isURL(s) {
			locs = append(locs, s)
			continue
		}
		abs, err := filepath.Abs(s)
		if err != nil {
			abs = s
		}
		info, err := os.Stat(abs)
		if err != nil || !info.IsDir() {
			locs = append(locs, abs) // a missing file is a failing source
			continue
		}
		filepath.WalkDir(abs, func(p string, d fs.DirEntry, err error) error {
			if err == nil && d.Type().IsRegular() && strings.EqualFold(filepath.Ext(p), pipeline.DocumentExt) {
				locs = append(locs, p)
			}
			return nil
		})
	}
	slices.Sort(locs)
	return slices.Compact(locs)
}

func isURL(s string) bool { return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") }

// fetched is one source's new content in a run.
type fetched struct {
	st        *sourceState
	locator   string
	data      []byte
	hash      string
	etag      string
	lastMod   string
	err       error
	unchanged bool
	// held is a new version waiting to settle: recorded, not yet the
	// baseline; pending is its count of consecutive sightings.
	held    bool
	pending int
	// busy: the file changed while it was read (being written).
	busy bool
	// badHash is the hash of a version that cannot be read, recorded so
	// that the problem is reported once while it lasts.
	badHash string
}

// Run performs one check: it reads every source, diffs the canonical
// records of the last good snapshots against the new ones, commits the new
// snapshots and the changes in one transaction and then writes the report
// files from what was committed. Killed at any point, the next run
// neither loses nor repeats a change.
func (w *Watcher) Run(ctx context.Context) (Result, error) {
	var res Result
	started := w.cfg.Now().UTC()
	// Reports of runs committed by a process that died before writing them.
	if err := w.writeMissingReports(ctx); err != nil {
		return res, err
	}
	known, err := w.store.sources(ctx)
	if err != nil {
		return res, err
	}
	w.lastKnown = known
	firstRun := len(known) == 0
	locs := w.locators()
	// Sources are read concurrently: a slow server holds up only its own
	// worker (and the other sources of its host, one request at a time),
	// each request within its own deadline.
	got := make([]*fetched, len(locs))
	fetchCtx, cancelFetch := context.WithTimeout(ctx, w.cfg.FetchDeadline)
	defer cancelFetch()
	forEach(fetchCtx, len(locs), fetchWorkers, func(i int) { got[i] = w.fetchOne(fetchCtx, locs[i], known) })
	if err := ctx.Err(); err != nil {
		return res, err
	}
	for i, f := range got {
		if f == nil { // not reached before the run's fetch deadline
			id := sourceID(locs[i])
			got[i] = &fetched{locator: id, st: known[id], err: fmt.Errorf("not read within the run's deadline of %s", w.cfg.FetchDeadline)}
		}
	}
	for _, f := range got {
		res.Checked++
		if f.err != nil {
			res.Failed++
			res.Errors = append(res.Errors, fmt.Sprintf("%s: %v", f.locator, f.err))
			w.cfg.Log.Warn("source failed", "source", f.locator, "error", f.err)
		}
	}
	if err := w.fault("fetched"); err != nil {
		return res, err
	}
	var changes []Change
	for _, f := range got {
		switch {
		case f.err != nil && (f.st == nil || f.st.failing == 0):
			changes = append(changes, Change{Kind: KindSourceFailing, SourceID: f.locator, New: f.err.Error(),
				Headline: fmt.Sprintf("Source %s cannot be read: %v (reported once until it recovers)", f.locator, f.err)})
		case f.err == nil && f.st != nil && f.st.failing > 0:
			changes = append(changes, Change{Kind: KindSourceRecovered, SourceID: f.locator,
				Headline: fmt.Sprintf("Source %s can be read again", f.locator)})
		}
	}
	// Each changed source is compared with its own last good snapshot,
	// alone: a source whose bytes did not change costs nothing.
	current := map[string]bool{}
	for _, f := range got {
		current[f.locator] = true
	}
	evidence := map[string]string{} // source locator → whole-source diff, capped
	var found []Change
	var jobs []*compareJob
	for _, f := range got {
		if f.err != nil || f.unchanged {
			continue
		}
		hasBase := f.st != nil && f.st.goodSnapshot != 0
		if w.cfg.Settle > 1 {
			f.pending = 1
			if f.st != nil && f.st.pendingHash == f.hash {
				f.pending = f.st.pendingCount + 1
			}
			if f.pending < w.cfg.Settle && hasBase {
				f.held = true
				continue
			}
		}
		doc, err := pipeline.Parse(f.locator, f.data)
		if err != nil {
			// Reported once while the source stays unreadable, whatever
			// broken versions follow.
			if f.st == nil || f.st.badHash == "" {
				changes = append(changes, Change{Kind: KindSourceUnreadable, SourceID: f.locator, New: err.Error(),
					Headline: fmt.Sprintf("A new version of %s cannot be read: %v (reported once until it can be read again)", f.locator, err)})
			}
			f.badHash = f.hash
			f.err = err
			continue
		}
		if hasBase && !listsHolders(doc) {
			// A page blanked or turned into a redirect lists no one: it
			// is not the new baseline, or the holders it lists again
			// later would be a new section rather than the successions
			// they are.
			blanked, err := w.blankedFrom(ctx, f)
			if err != nil {
				return res, err
			}
			if blanked {
				if f.st.badHash == "" {
					changes = append(changes, Change{Kind: KindSourceUnreadable, SourceID: f.locator, New: "no list, table or infobox",
						Headline: fmt.Sprintf("A new version of %s lists no officeholders: no list, table or infobox (a page blanked or redirected?); "+
							"the last version that did stays the baseline (reported once until it lists them again)", f.locator)})
				}
				f.badHash = f.hash
				f.err = fmt.Errorf("%s lists no officeholders: no list, table or infobox", f.locator)
				continue
			}
		}
		if f.st != nil && f.st.badHash != "" {
			changes = append(changes, Change{Kind: KindSourceRecovered, SourceID: f.locator,
				Headline: fmt.Sprintf("Source %s can be read again", f.locator)})
		}
		res.Changed++
		if !hasBase {
			if !firstRun {
				n := countTerms(ctx, f.locator, f.data)
				changes = append(changes, Change{Kind: KindSourceAdded, SourceID: f.locator, New: doc.Title,
					Headline: fmt.Sprintf("New source: %s (%s)", doc.Title, n)})
			}
			continue
		}
		rc, err := w.revertOf(ctx, f, doc.Title)
		if err != nil {
			return res, err
		}
		old, err := w.store.snapshot(ctx, f.st.goodSnapshot)
		if err != nil {
			return res, err
		}
		if rc != nil {
			// A revert is reported as one change, not as the changes it
			// undoes.
			changes = append(changes, *rc)
		}
		jobs = append(jobs, &compareJob{f: f, old: old, revert: rc != nil})
	}
	// The comparisons are independent: run them on every core, keep their
	// results in the sources' order.
	if err := runJobs(ctx, jobs, w.cfg.Context); err != nil {
		return res, err
	}
	for _, j := range jobs {
		evidence[j.f.locator] = capText(j.full, maxSourceDiff)
		if j.revert {
			found = append(found, j.changes...)
			continue
		}
		back, paired, err := w.reappeared(ctx, j)
		if err != nil {
			return res, err
		}
		for _, c := range j.changes {
			if !paired[c.OfficeID] {
				found = append(found, c) // an office back on its page is told by its earlier version
			}
		}
		found = append(found, back...)
	}
	// Sources gone from the list or their folder: removed once they have
	// been missing for -settle runs (a folder briefly unmounted, a file
	// being replaced is not a removal), restored when they come back.
	for loc, st := range known {
		if !current[loc] && st.goodSnapshot != 0 && st.missing+1 == w.cfg.Settle {
			changes = append(changes, Change{Kind: KindSourceRemoved, SourceID: loc, Old: loc,
				Headline: fmt.Sprintf("Source removed: %s is no longer watched", loc)})
		}
	}
	for _, f := range got {
		if f.st != nil && f.st.missing >= w.cfg.Settle {
			changes = append(changes, Change{Kind: KindSourceRestored, SourceID: f.locator,
				Headline: fmt.Sprintf("Source restored: %s is watched again", f.locator)})
		}
	}
	// Changes dated after this run are not yet changes of office.
	changes = append(mergeAcross(notYet(longPast(found, started), started)), changes...)
	if err := w.markConfirmed(ctx, changes); err != nil {
		return res, err
	}
	for i := range changes {
		changes[i].Tier = TierOf(changes[i].Kind)
		if changes[i].SourceID != "" && len(changes[i].Sources) == 0 {
			changes[i].Sources = []string{changes[i].SourceID}
		}
	}
	res.Baseline = firstRun
	if err := w.fault("diffed"); err != nil {
		return res, err
	}
	// Commit the snapshots, the new baseline, the run and its changes at once.
	finished := w.cfg.Now().UTC()
	runID, stem, stored, err := w.commit(ctx, got, changes, evidence, started, finished, res)
	if err != nil {
		return res, err
	}
	res.Run = runID
	res.Changes = changes
	res.Report = stem
	if err := w.fault("committed"); err != nil {
		return res, err
	}
	if stem != "" {
		if err := w.writeReport(ctx, runID, stem, stored); err != nil {
			return res, err
		}
	}
	if err := w.fault("reported"); err != nil {
		return res, err
	}
	if err := w.deliver(ctx); err != nil {
		res.Errors = append(res.Errors, err.Error())
		w.cfg.Log.Warn("webhook delivery failed; it stays queued", "error", err)
	}
	return res, nil
}

// commit writes the run in one transaction.
func (w *Watcher) commit(ctx context.Context, got []*fetched, changes []Change, evidence map[string]string,
	started, finished time.Time, res Result) (runID int64, stem string, stored []storedChange, err error) {
	tx, err := w.store.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, "", nil, fmt.Errorf("begin run: %w", err)
	}
	defer tx.Rollback()
	now := finished.Format(time.RFC3339)
	type move struct {
		source   int64
		from, to string
	}
	var moves []move
	for _, f := range got {
		id := int64(0)
		if f.st != nil {
			id = f.st.id
		} else {
			r, err := tx.ExecContext(ctx, `INSERT INTO sources (locator, first_seen) VALUES (?, ?)`, f.locator, now)
			if err != nil {
				return 0, "", nil, fmt.Errorf("record source %s: %w", f.locator, err)
			}
			id, _ = r.LastInsertId()
		}
		if f.err != nil && f.data == nil {
			if _, err := tx.ExecContext(ctx, `UPDATE sources SET failing = failing + 1, last_error = ? WHERE id = ?`,
				f.err.Error(), id); err != nil {
				return 0, "", nil, err
			}
			continue
		}
		if f.unchanged {
			if f.st != nil && (f.st.failing > 0 || f.st.pendingHash != "") {
				if _, err := tx.ExecContext(ctx, `UPDATE sources SET failing = 0, last_error = '', pending_hash = '', pending_count = 0 WHERE id = ?`, id); err != nil {
					return 0, "", nil, err
				}
			}
			continue // its snapshot is the baseline already
		}
		parses := 1
		if f.err != nil {
			parses = 0
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO snapshots (source, sha256, bytes, content, parses, seen_at) VALUES (?, ?, ?, ?, ?, ?)
			ON CONFLICT (source, sha256) DO NOTHING`, id, f.hash, len(f.data), gzipBytes(f.data), parses, now); err != nil {
			return 0, "", nil, fmt.Errorf("record snapshot of %s: %w", f.locator, err)
		}
		q := `UPDATE sources SET failing = 0, last_error = '', etag = ?, last_modified = ?, pending_hash = '', pending_count = 0 WHERE id = ?`
		args := []any{f.etag, f.lastMod, id}
		switch {
		case f.held:
			// Not yet the baseline, and no ETag: it must be fetched again.
			q = `UPDATE sources SET failing = 0, last_error = '', pending_hash = ?, pending_count = ? WHERE id = ?`
			args = []any{f.hash, f.pending, id}
		case parses == 1:
			q = `UPDATE sources SET failing = 0, last_error = '', etag = ?, last_modified = ?, pending_hash = '', pending_count = 0,
				good_snapshot = (SELECT id FROM snapshots WHERE source = ? AND sha256 = ?) WHERE id = ?`
			args = []any{f.etag, f.lastMod, id, f.hash, id}
			from := ""
			if f.st != nil {
				from = f.st.goodHash
			}
			moves = append(moves, move{id, from, f.hash})
		}
		if _, err := tx.ExecContext(ctx, q, args...); err != nil {
			return 0, "", nil, err
		}
	}
	// Count the runs each source was missing; a source read this run is
	// present again.
	present := map[string]bool{}
	for _, f := range got {
		present[f.locator] = true
		if f.st != nil && (f.st.missing > 0 || f.st.badHash != f.badHash && f.data != nil) {
			if _, err := tx.ExecContext(ctx, `UPDATE sources SET missing = 0, bad_hash = ? WHERE id = ?`, f.badHash, f.st.id); err != nil {
				return 0, "", nil, err
			}
		} else if f.st == nil && f.badHash != "" {
			if _, err := tx.ExecContext(ctx, `UPDATE sources SET bad_hash = ? WHERE locator = ?`, f.badHash, f.locator); err != nil {
				return 0, "", nil, err
			}
		}
	}
	for loc, st := range w.lastKnown {
		if !present[loc] && st.goodSnapshot != 0 {
			if _, err := tx.ExecContext(ctx, `UPDATE sources SET missing = missing + 1 WHERE id = ?`, st.id); err != nil {
				return 0, "", nil, err
			}
		}
	}
	if _, err := tx.ExecContext(ctx, `UPDATE sources SET last_checked = ?`, now); err != nil {
		return 0, "", nil, err
	}
	baseline := 0
	if res.Baseline {
		baseline = 1
	}
	r, err := tx.ExecContext(ctx, `INSERT INTO runs (started_at, finished_at, checked, changed, failed, changes, baseline, reported, report)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, '')`, started.Format(time.RFC3339), now, res.Checked, res.Changed, res.Failed,
		len(changes), baseline, boolInt(len(changes) == 0))
	if err != nil {
		return 0, "", nil, fmt.Errorf("record run: %w", err)
	}
	runID, _ = r.LastInsertId()
	if len(changes) > 0 {
		// Named by the run: two runs in one second never share a report.
		stem = fmt.Sprintf("changes-%s-run%d", started.Format("20060102T150405Z"), runID)
		if _, err := tx.ExecContext(ctx, `UPDATE runs SET report = ? WHERE id = ?`, stem, runID); err != nil {
			return 0, "", nil, err
		}
	}
	for _, m := range moves {
		if _, err := tx.ExecContext(ctx, `INSERT INTO baseline_moves (run, source, from_hash, to_hash) VALUES (?, ?, ?, ?)`,
			runID, m.source, m.from, m.to); err != nil {
			return 0, "", nil, err
		}
	}
	for loc, diff := range evidence {
		if _, err := tx.ExecContext(ctx, `INSERT INTO run_evidence (run, source, diff) VALUES (?, ?, ?)`, runID, loc, diff); err != nil {
			return 0, "", nil, fmt.Errorf("record the text diff of %s: %w", loc, err)
		}
	}
	for _, c := range changes {
		sc := storedChange{Change: c, Run: runID, DetectedAt: finished}
		loc := c.SourceID
		sc.Evidence = c.evidence
		body, err := json.Marshal(sc)
		if err != nil {
			return 0, "", nil, err
		}
		r, err := tx.ExecContext(ctx, `INSERT INTO changes (run, kind, headline, office_id, effective, detected_at, source, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
			runID, c.Kind, c.Headline, c.OfficeID, c.EffectiveISO, now, loc, string(body))
		if err != nil {
			return 0, "", nil, fmt.Errorf("record change: %w", err)
		}
		sc.ID, _ = r.LastInsertId()
		stored = append(stored, sc)
	}
	if err := tx.Commit(); err != nil {
		return 0, "", nil, fmt.Errorf("commit run: %w", err)
	}
	return runID, stem, stored, nil
}

// revertOf returns the reverted change when f's new version is the one
// its baseline last moved away from, and that move had reported changes.
func (w *Watcher) revertOf(ctx context.Context, f *fetched, title string) (*Change, error) {
	if f.st == nil || f.st.goodHash == "" {
		return nil, nil
	}
	var run int64
	err := w.store.db.QueryRowContext(ctx, `SELECT run FROM baseline_moves WHERE source = ? AND from_hash = ? AND to_hash = ?
		ORDER BY run DESC LIMIT 1`, f.st.id, f.hash, f.st.goodHash).Scan(&run)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("look up earlier versions of %s: %w", f.locator, err)
	}
	rows, err := w.store.db.QueryContext(ctx, `SELECT id, headline FROM changes WHERE run = ? AND source = ?
		AND kind NOT LIKE 'source-%' AND kind <> ? ORDER BY id`, run, f.locator, KindReverted)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	c := &Change{Kind: KindReverted, SourceID: f.locator}
	for rows.Next() {
		var id int64
		var headline string
		if err := rows.Scan(&id, &headline); err != nil {
			return nil, err
		}
		c.Notes = append(c.Notes, fmt.Sprintf("undone: %s (change %d)", headline, id))
	}
	if err := rows.Err(); err != nil || len(c.Notes) == 0 {
		return nil, err
	}
	c.Headline = fmt.Sprintf("%s was reverted to an earlier version, undoing %d reported %s", title, len(c.Notes), plural(len(c.Notes), "change", "changes"))
	return c, nil
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// writeMissingReports writes the reports of committed runs whose files
// were not written (the process died between commit and report).
func (w *Watcher) writeMissingReports(ctx context.Context) error {
	rows, err := w.store.db.QueryContext(ctx, `SELECT id, report FROM runs WHERE reported = 0 ORDER BY id`)
	if err != nil {
		return fmt.Errorf("read runs: %w", err)
	}
	type pending struct {
		id   int64
		stem string
	}
	var todo []pending
	for rows.Next() {
		var p pending
		if err := rows.Scan(&p.id, &p.stem); err != nil {
			rows.Close()
			return err
		}
		todo = append(todo, p)
	}
	rows.Close()
	for _, p := range todo {
		stored, err := w.store.runChanges(ctx, p.id)
		if err != nil {
			return err
		}
		if err := w.writeReport(ctx, p.id, p.stem, stored); err != nil {
			return err
		}
	}
	return nil
}

// Bounds of the text evidence: the whole-source diff kept once per source
// per run, and the hunks each change carries.
const (
	maxSourceDiff    = 256 << 10
	maxChangeLines   = 12
	maxChangeEvBytes = 4 << 10
)

// diffSource builds the records of one source's two versions, each
// alone, and compares them.
func diffSource(ctx context.Context, locator string, old, cur []byte) (changes []Change, oldDS, newDS *pipeline.Dataset, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("compare the versions of %s: internal error: %v", locator, r)
		}
	}()
	oldDS, err = pipeline.Build(ctx, []pipeline.Input{{Path: locator, Data: old}})
	if err != nil {
		return nil, nil, nil, err
	}
	newDS, err = pipeline.Build(ctx, []pipeline.Input{{Path: locator, Data: cur}})
	if err != nil {
		return nil, nil, nil, err
	}
	return Diff(oldDS, newDS), oldDS, newDS, nil
}

// lookBack is how many earlier versions of a source are searched for a
// list that is back on its page.
const lookBack = 10

// reappeared compares the lists of an office page that its last version
// did not have, each with the latest earlier version that did: a list cut
// from the page and later put back with a new holder is that succession,
// not a new section. A list no earlier version had is a new section, and
// says nothing but a place's one open term begun after all the last
// version knew (Diff's). It returns the offices an earlier version had,
// whose changes against the last version are not theirs.
func (w *Watcher) reappeared(ctx context.Context, j *compareJob) ([]Change, map[string]bool, error) {
	if j.oldDS == nil || j.newDS == nil || j.f.st == nil || len(j.newDS.Sources) == 0 || j.newDS.Sources[0].Kind == pipeline.KindBiography {
		return nil, nil, nil // a biography's new office is its subject's, read by Diff
	}
	missing := newOffices(j.oldDS, j.newDS) // in Diff's order: the changes' order is stable
	if len(missing) == 0 {
		return nil, nil, nil
	}
	ids, err := w.store.recentSnapshots(ctx, j.f.st.id, j.f.st.goodSnapshot, lookBack)
	if err != nil {
		return nil, nil, err
	}
	var out []Change
	paired := map[string]bool{} // the new offices an earlier version had
	for _, id := range ids {
		data, err := w.store.snapshot(ctx, id)
		if err != nil {
			return nil, nil, err
		}
		ds, err := pipeline.Build(ctx, []pipeline.Input{{Path: j.f.locator, Data: data}})
		if err != nil {
			return nil, nil, err
		}
		for k := 0; k < len(missing); k++ {
			n := missing[k]
			now := officeOnly(j.newDS, n.ID)
			o := pairedOffice(ds, now, n)
			if o == nil {
				continue
			}
			missing = slices.Delete(missing, k, k+1)
			k--
			paired[n.ID] = true
			for _, c := range Diff(officeOnly(ds, o.ID), now) {
				c.SourceID, c.Sources = j.f.locator, []string{j.f.locator}
				c.Notes = append(c.Notes, "the list was not on the page's last version; compared with an earlier one that had it")
				c.evidence = evidenceFor(j.full, c.needles, c.lines, c.others)
				out = append(out, c)
			}
		}
		if len(missing) == 0 {
			break
		}
	}
	return out, paired, nil
}

// newOfficeIDs reports whether cur has an office with terms whose ID old
// does not have: a list new to the page, or one renamed (which Diff pairs
// by what it holds).
func newOfficeIDs(old, cur *pipeline.Dataset) bool {
	had := make(map[string]bool, len(old.Offices))
	for _, o := range old.Offices {
		had[o.ID] = true
	}
	for _, t := range cur.Terms {
		if !had[t.OfficeID] {
			return true
		}
	}
	return false
}

// officeOnly is the part of a dataset about one office.
func officeOnly(ds *pipeline.Dataset, officeID string) *pipeline.Dataset {
	out := &pipeline.Dataset{Sources: ds.Sources, Persons: ds.Persons}
	for _, o := range ds.Offices {
		if o.ID == officeID {
			out.Offices = append(out.Offices, o)
		}
	}
	for _, t := range ds.Terms {
		if t.OfficeID == officeID {
			out.Terms = append(out.Terms, t)
		}
	}
	for _, h := range ds.CurrentHolders {
		if h.OfficeID == officeID {
			out.CurrentHolders = append(out.CurrentHolders, h)
		}
	}
	return out
}

// listsHolders reports whether a document has anything officeholders
// are read from: a table, a list or an infobox.
func listsHolders(doc *pipeline.Document) bool {
	if doc.Infobox != nil && len(doc.Infobox.Entries) > 0 {
		return true
	}
	for _, b := range doc.Blocks {
		if b.Kind == pipeline.TableBlock || b.Kind == pipeline.ListBlock {
			return true
		}
	}
	return false
}

// blankedFrom reports whether the last good snapshot of f listed
// officeholders, which f's new version, listing none, lost: it held a
// list, table or infobox, and named a holder in it.
func (w *Watcher) blankedFrom(ctx context.Context, f *fetched) (bool, error) {
	old, err := w.store.snapshot(ctx, f.st.goodSnapshot)
	if err != nil {
		return false, err
	}
	od, err := pipeline.Parse(f.locator, old)
	if err != nil || !listsHolders(od) {
		return false, nil
	}
	// An infobox, list or table that named no one (an election's page)
	// is no list of officeholders lost.
	ds, err := pipeline.Build(ctx, []pipeline.Input{{Path: f.locator, Data: old}})
	if err != nil {
		return false, err
	}
	return len(ds.Terms) > 0 || slices.ContainsFunc(ds.Offices, func(o pipeline.Office) bool {
		return o.IncumbentPersonID != "" || o.IncumbentStatus != ""
	}), nil
}

// countTerms says how many terms a new source holds, for its headline.
func countTerms(ctx context.Context, locator string, data []byte) string {
	ds, err := pipeline.Build(ctx, []pipeline.Input{{Path: locator, Data: data}})
	if err != nil {
		return "unread"
	}
	return fmt.Sprintf("%d %s", len(ds.Terms), plural(len(ds.Terms), "term", "terms"))
}

// capText cuts text to at most n bytes at a line end, saying so.
func capText(text string, n int) string {
	if len(text) <= n {
		return text
	}
	cut := strings.LastIndexByte(text[:n], '\n') + 1
	return text[:cut] + fmt.Sprintf("... (%d more bytes of diff not kept)\n", len(text)-cut)
}

// evidenceFor picks from a source's unified diff the changed lines that
// mention a change's names, under their hunk headers: a few lines, a few
// kilobytes, however large the diff. Where the new snapshot's lines of
// the change's terms are known (at), a run of changed lines that adds
// another office's term (others) is passed over: the same name changed in
// another list of the page is another change's evidence. With no name
// found it keeps the start of the first hunk.
func evidenceFor(diff string, needles []string, at, others []int) string {
	if diff == "" {
		return ""
	}
	lines := strings.SplitAfter(diff, "\n")
	keep := make([]bool, len(lines))
	if len(at) > 0 {
		keepRuns(lines, at, others, needles, keep)
	}
	if !slices.Contains(keep, true) {
		for i, l := range lines {
			keep[i] = i >= 2 && l != "" && (l[0] == '+' || l[0] == '-') && mentions(l, needles)
		}
	}
	var out strings.Builder
	kept, header := 0, ""
	for i, l := range lines {
		switch {
		case i < 2: // --- and +++
			out.WriteString(l)
			continue
		case strings.HasPrefix(l, "@@"):
			header = l
			continue
		case !keep[i]:
			continue
		}
		if header != "" {
			out.WriteString(header)
			header = ""
		}
		out.WriteString(l)
		if kept++; kept == maxChangeLines {
			break
		}
	}
	if kept == 0 {
		for _, l := range lines[min(2, len(lines)):min(len(lines), 2+maxChangeLines)] {
			out.WriteString(l)
		}
	}
	return capText(out.String(), maxChangeEvBytes)
}

// keepRuns marks, in a unified diff's lines, the changed lines that are
// a change's evidence, run by run (a run is the changed lines between
// context lines): in a run that adds one of the lines at, those added
// lines and the lines that mention needles; in a run that adds none of
// them nor any of others (an infobox's line, the lead's), the lines that
// mention needles; in a run that adds another office's term, none.
func keepRuns(lines []string, at, others []int, needles []string, keep []bool) {
	newLine := 0 // the new snapshot's number of the next line
	for i := 2; i < len(lines); {
		l := lines[i]
		if strings.HasPrefix(l, "@@") {
			newLine = hunkNewStart(l)
			i++
			continue
		}
		if l == "" || l[0] != '+' && l[0] != '-' {
			newLine++
			i++
			continue
		}
		// A run of changed lines, and the new numbers of its added lines
		// (0 for a removed line).
		j, hit, other := i, false, false
		var added []int
		for ; j < len(lines) && lines[j] != "" && (lines[j][0] == '+' || lines[j][0] == '-'); j++ {
			n := 0
			if lines[j][0] == '+' {
				n = newLine
				newLine++
				hit = hit || slices.Contains(at, n)
				other = other || slices.Contains(others, n)
			}
			added = append(added, n)
		}
		// A biography's block: the added fields numbered as the term's
		// line ("Term Start1" and "Term End1", "Successor1"); the removed
		// ones of that number were another block before renumbering.
		var blocks []string
		for k := i; k < j && hit; k++ {
			if added[k-i] != 0 && slices.Contains(at, added[k-i]) {
				if n := fieldNumber(lines[k]); n != "" {
					blocks = append(blocks, n)
				}
			}
		}
		for k := i; k < j; k++ {
			switch {
			case hit:
				keep[k] = added[k-i] != 0 && slices.Contains(at, added[k-i]) || mentions(lines[k], needles) ||
					len(blocks) > 0 && lines[k][0] == '+' && slices.Contains(blocks, fieldNumber(lines[k]))
			case !other:
				keep[k] = mentions(lines[k], needles)
			}
		}
		i = j
	}
}

// fieldNumber returns the number of an infobox field on a diff's line,
// "+- Term End1: 20 December 2025" → "1"; "" for a field without one
// and for any other line.
func fieldNumber(l string) string {
	l = strings.TrimRight(l, "\n")
	if len(l) < 3 || l[1:3] != "- " {
		return ""
	}
	key, _, ok := strings.Cut(l[3:], ":")
	if !ok || strings.ContainsAny(key, " ") && !strings.ContainsAny(key[len(key)-1:], "0123456789") {
		return ""
	}
	i := len(key)
	for i > 0 && key[i-1] >= '0' && key[i-1] <= '9' {
		i--
	}
	if i == 0 || i == len(key) {
		return ""
	}
	return key[i:]
}

// hunkNewStart reads the new snapshot's first line of a hunk from its
// header, "@@ -7,7 +7,8 @@" → 7.
func hunkNewStart(header string) int {
	_, after, ok := strings.Cut(header, " +")
	if !ok {
		return 0
	}
	n := 0
	for i := 0; i < len(after) && after[i] >= '0' && after[i] <= '9'; i++ {
		n = n*10 + int(after[i]-'0')
	}
	return n
}

func mentions(line string, needles []string) bool {
	for _, n := range needles {
		if len(n) >= 2 && strings.Contains(line, n) {
			return true
		}
	}
	return false
}

// compareJob is the comparison of one changed source with its snapshot.
type compareJob struct {
	f       *fetched
	old     []byte
	revert  bool // a revert: only the text diff is wanted
	full    string
	changes []Change
	err     error
	// oldDS and newDS are the records of the two versions, kept only
	// when the new one has a list the old one did not (see reappeared).
	oldDS, newDS *pipeline.Dataset
}

// runJobs runs the comparisons on GOMAXPROCS workers.
func runJobs(ctx context.Context, jobs []*compareJob, context int) error {
	forEach(ctx, len(jobs), runtime.GOMAXPROCS(0), func(i int) { jobs[i].run(ctx, context) })
	if err := ctx.Err(); err != nil {
		return err
	}
	for _, j := range jobs {
		if j.err != nil {
			return j.err
		}
	}
	return nil
}

func (j *compareJob) run(ctx context.Context, context int) {
	loc := j.f.locator
	j.full = UnifiedDiff(loc+" (before)", loc+" (now)", string(j.old), string(j.f.data), context)
	if j.revert {
		return
	}
	j.changes, j.oldDS, j.newDS, j.err = diffSource(ctx, loc, j.old, j.f.data)
	if j.oldDS != nil && j.newDS != nil && !newOfficeIDs(j.oldDS, j.newDS) {
		j.oldDS, j.newDS = nil, nil // no list new to the page: nothing to look back for
	}
	for i := range j.changes {
		j.changes[i].SourceID = loc
		j.changes[i].Sources = []string{loc}
		j.changes[i].evidence = evidenceFor(j.full, j.changes[i].needles, j.changes[i].lines, j.changes[i].others)
	}
}

// statFile is os.Stat; tests replace it to stage a file that changes
// while it is read.
var statFile = os.Stat

// readSettled reads a local file and tells whether it changed while it
// was read (size or modification time), once more after a moment: a file
// caught half-written is busy, not a new version.
func readSettled(path string) (data []byte, err error, busy bool) {
	for attempt := 0; ; attempt++ {
		before, err := statFile(path)
		if err != nil {
			return nil, err, false
		}
		data, err = os.ReadFile(path)
		if err != nil {
			return nil, err, false
		}
		after, err := statFile(path)
		if err != nil {
			return nil, err, false
		}
		if before.Size() == after.Size() && before.ModTime().Equal(after.ModTime()) && int64(len(data)) == after.Size() {
			return data, nil, false
		}
		if attempt == 1 {
			return data, nil, true
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// fetchWorkers is how many sources are read at once.
const fetchWorkers = 8

// fetchOne reads one source and hashes what changed.
func (w *Watcher) fetchOne(ctx context.Context, loc string, known map[string]*sourceState) *fetched {
	id := sourceID(loc)
	f := &fetched{locator: id, st: known[id]}
	prevETag, prevMod := "", ""
	if f.st != nil {
		prevETag, prevMod = f.st.etag, f.st.lastMod
	}
	if isURL(loc) {
		var notModified bool
		f.data, f.etag, f.lastMod, notModified, f.err = w.cfg.Fetcher.Get(ctx, loc, prevETag, prevMod)
		if f.err != nil && id != loc {
			f.err = errors.New(redactIn(f.err.Error(), loc))
		}
		if notModified && f.st != nil && f.st.goodSnapshot != 0 {
			f.unchanged = true
		}
	} else {
		f.data, f.err, f.busy = readSettled(loc)
		if f.busy && f.st != nil && f.st.goodSnapshot != 0 {
			// Caught while being written: not a change; read next run.
			w.cfg.Log.Info("source is being written; it is checked on the next run", "source", loc)
			f.data, f.err, f.unchanged = nil, nil, true
		}
	}
	switch {
	case f.err != nil:
	case f.unchanged:
		f.hash = f.st.goodHash
	default:
		sum := sha256.Sum256(f.data)
		f.hash = hex.EncodeToString(sum[:])
		f.unchanged = f.st != nil && f.st.goodHash == f.hash
		if f.unchanged {
			f.data = nil // nothing to compare or store: keep memory to what changed
		}
	}
	return f
}

// sourceID is the name a source is known, stored and reported by: its
// path, or its URL with the credentials hidden (only the request carries
// them).
func sourceID(loc string) string {
	if isURL(loc) {
		return RedactURL(loc)
	}
	return loc
}

// forEach calls fn(i) for every i below n on up to workers goroutines,
// handing out no more work once ctx is done.
func forEach(ctx context.Context, n, workers int, fn func(i int)) {
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(workers, max(1, n)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				fn(i)
			}
		}()
	}
	for i := range n {
		if ctx.Err() != nil {
			break
		}
		next <- i
	}
	close(next)
	wg.Wait()
}
