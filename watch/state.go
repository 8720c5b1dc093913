package watch

import (
	"bytes"
	"compress/gzip"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"
	"time"

	_ "modernc.org/sqlite" // pure-Go SQLite driver: no cgo, so go run works anywhere
)

// SchemaVersion is the version of the state database's schema.
const SchemaVersion = 2

const schema = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS sources (
	id            INTEGER PRIMARY KEY,
	locator       TEXT NOT NULL UNIQUE,  -- file path or URL
	good_snapshot INTEGER REFERENCES snapshots(id), -- the baseline: last version that parsed
	etag          TEXT NOT NULL DEFAULT '',
	last_modified TEXT NOT NULL DEFAULT '',
	failing       INTEGER NOT NULL DEFAULT 0, -- consecutive failed runs
	last_error    TEXT NOT NULL DEFAULT '',
	pending_hash  TEXT NOT NULL DEFAULT '',   -- a new version waiting to settle
	pending_count INTEGER NOT NULL DEFAULT 0, -- consecutive runs it has been seen
	bad_hash      TEXT NOT NULL DEFAULT '',   -- an unreadable version already reported
	missing       INTEGER NOT NULL DEFAULT 0, -- consecutive runs it was missing
	first_seen    TEXT NOT NULL,
	last_checked  TEXT NOT NULL DEFAULT ''
);
CREATE TABLE IF NOT EXISTS snapshots (
	id        INTEGER PRIMARY KEY,
	source    INTEGER NOT NULL REFERENCES sources(id),
	sha256    TEXT NOT NULL,
	bytes     INTEGER NOT NULL,
	content   BLOB NOT NULL,            -- gzip
	parses    INTEGER NOT NULL,         -- 1 when it is a readable document
	seen_at   TEXT NOT NULL,            -- first time this version was seen (UTC, RFC 3339)
	UNIQUE (source, sha256)
);
CREATE TABLE IF NOT EXISTS runs (
	id          INTEGER PRIMARY KEY,
	started_at  TEXT NOT NULL,
	finished_at TEXT NOT NULL,
	checked     INTEGER NOT NULL,
	changed     INTEGER NOT NULL,
	failed      INTEGER NOT NULL,
	changes     INTEGER NOT NULL,
	baseline    INTEGER NOT NULL,       -- 1 for a run that only recorded the baseline
	reported    INTEGER NOT NULL DEFAULT 0, -- 1 once its report files are written
	report      TEXT NOT NULL DEFAULT '',   -- the report's file stem
	error       TEXT NOT NULL DEFAULT ''    -- why the run failed; '' for a run that completed
);
CREATE TABLE IF NOT EXISTS changes (
	id          INTEGER PRIMARY KEY,
	run         INTEGER NOT NULL REFERENCES runs(id),
	kind        TEXT NOT NULL,
	headline    TEXT NOT NULL,
	office_id   TEXT NOT NULL DEFAULT '',
	effective   TEXT NOT NULL DEFAULT '', -- ISO 8601 at the precision written
	detected_at TEXT NOT NULL,
	source      TEXT NOT NULL DEFAULT '', -- locator of the source it was read from
	body        TEXT NOT NULL             -- the change as JSON, with its evidence
);
CREATE TABLE IF NOT EXISTS baseline_moves (
	run       INTEGER NOT NULL REFERENCES runs(id),
	source    INTEGER NOT NULL REFERENCES sources(id),
	from_hash TEXT NOT NULL,
	to_hash   TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS deliveries (
	id        INTEGER PRIMARY KEY,
	run       INTEGER NOT NULL REFERENCES runs(id),
	url       TEXT NOT NULL,
	payload   BLOB NOT NULL,
	attempts  INTEGER NOT NULL DEFAULT 0,
	delivered TEXT NOT NULL DEFAULT '',    -- when it was accepted; '' while queued
	last_error TEXT NOT NULL DEFAULT '',
	next_attempt TEXT NOT NULL DEFAULT '', -- not before this time (UTC, RFC 3339): backoff
	dead      TEXT NOT NULL DEFAULT '',    -- when it was given up; '' while live
	queued_at TEXT NOT NULL DEFAULT ''
);
CREATE TABLE IF NOT EXISTS run_evidence (
	run    INTEGER NOT NULL REFERENCES runs(id),
	source TEXT NOT NULL,                 -- locator
	diff   TEXT NOT NULL                  -- the source's unified diff in that run, capped
);
CREATE INDEX IF NOT EXISTS changes_detected ON changes (detected_at);
CREATE INDEX IF NOT EXISTS baseline_moves_source ON baseline_moves (source, from_hash, to_hash);
`

// ErrLocked is returned when another watcher holds the state database.
var ErrLocked = errors.New("another watcher is using this state database")

// Store is the watcher's state: sources, snapshots, runs and changes, in
// one SQLite database that only one watcher may hold at a time.
type Store struct {
	db   *sql.DB
	lock *os.File
	path string
}

// OpenStore opens (creating it when needed) the state database at path and
// takes its lock; it fails with ErrLocked when another watcher holds it.
func OpenStore(ctx context.Context, path string) (*Store, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, fmt.Errorf("state %s: %w", path, err)
	}
	// The lock is on the real file: two watchers that reach one database
	// through a symbolic link or another path must not both run.
	path = realPath(path)
	lock, err := os.OpenFile(path+".lock", os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return nil, fmt.Errorf("state %s: %w", path, err)
	}
	if held, err := tryLock(lock); err != nil || !held {
		lock.Close()
		if err == nil {
			return nil, fmt.Errorf("state %s: %w", path, ErrLocked)
		}
		return nil, fmt.Errorf("lock %s: %w", path, err)
	}
	db, err := sql.Open("sqlite", "file:"+path+"?_pragma=busy_timeout(5000)&_pragma=journal_mode(WAL)&_pragma=foreign_keys(1)&_pragma=synchronous(FULL)")
	if err != nil {
		lock.Close()
		return nil, fmt.Errorf("open state %s: %w", path, err)
	}
	db.SetMaxOpenConns(1)
	s := &Store{db: db, lock: lock, path: path}
	if err := s.migrate(ctx); err != nil {
		s.Close()
		return nil, err
	}
	return s, nil
}

func (s *Store) migrate(ctx context.Context) error {
	// An existing database must hold every table: one that lost a table is
	// damaged, and re-creating the table empty would silently forget its
	// sources and re-baseline.
	var existing int
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'`).Scan(&existing); err != nil {
		return fmt.Errorf("read state %s: %w", s.path, err)
	}
	if existing == 1 {
		if err := s.checkTables(ctx); err != nil {
			return err
		}
	}
	if _, err := s.db.ExecContext(ctx, schema); err != nil {
		return fmt.Errorf("create state schema in %s: %w", s.path, err)
	}
	var v int
	err := s.db.QueryRowContext(ctx, `SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'schema_version'`).Scan(&v)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		_, err = s.db.ExecContext(ctx, `INSERT INTO meta (key, value) VALUES ('schema_version', ?)`, fmt.Sprint(SchemaVersion))
		return err
	case err != nil:
		return fmt.Errorf("read state schema version: %w", err)
	case v > SchemaVersion:
		return fmt.Errorf("state %s has schema version %d; this tenure knows up to %d", s.path, v, SchemaVersion)
	case v < SchemaVersion:
		return s.upgrade(ctx, v)
	}
	return nil
}

// stateTables are the tables a state database holds.
var stateTables = []string{"meta", "sources", "snapshots", "runs", "changes", "baseline_moves", "deliveries"}

// checkTables names the first table missing from the database.
func (s *Store) checkTables(ctx context.Context) error {
	for _, t := range stateTables {
		var n int
		if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?`, t).Scan(&n); err != nil {
			return fmt.Errorf("read state %s: %w", s.path, err)
		}
		if n == 0 {
			return fmt.Errorf("state %s is damaged: table %q is missing (restore it from a backup, or start a new state file)", s.path, t)
		}
	}
	return nil
}

// upgrade brings a database of an older schema version to this one.
func (s *Store) upgrade(ctx context.Context, from int) error {
	type column struct{ table, name, def string }
	steps := map[int][]column{
		1: {
			{"sources", "bad_hash", "TEXT NOT NULL DEFAULT ''"},
			{"sources", "missing", "INTEGER NOT NULL DEFAULT 0"},
			{"deliveries", "next_attempt", "TEXT NOT NULL DEFAULT ''"},
			{"deliveries", "dead", "TEXT NOT NULL DEFAULT ''"},
			{"deliveries", "queued_at", "TEXT NOT NULL DEFAULT ''"},
			{"runs", "error", "TEXT NOT NULL DEFAULT ''"},
		},
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	for v := from; v < SchemaVersion; v++ {
		for _, c := range steps[v] {
			var n int
			if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM pragma_table_info(?) WHERE name = ?`, c.table, c.name).Scan(&n); err != nil {
				return fmt.Errorf("upgrade state %s: %w", s.path, err)
			}
			if n > 0 {
				continue
			}
			if _, err := tx.ExecContext(ctx, fmt.Sprintf("ALTER TABLE %s ADD COLUMN %s %s", c.table, c.name, c.def)); err != nil {
				return fmt.Errorf("upgrade state %s from schema %d: %w", s.path, v, err)
			}
		}
	}
	if _, err := tx.ExecContext(ctx, `UPDATE meta SET value = ? WHERE key = 'schema_version'`, fmt.Sprint(SchemaVersion)); err != nil {
		return err
	}
	return tx.Commit()
}

// Check runs SQLite's integrity check, then tenure's own: every table
// present, every stored change readable. It returns the problems found,
// each naming its table or row.
func (s *Store) Check(ctx context.Context) ([]string, error) {
	var problems []string
	rows, err := s.db.QueryContext(ctx, `PRAGMA integrity_check`)
	if err != nil {
		return nil, fmt.Errorf("integrity check of %s: %w", s.path, err)
	}
	for rows.Next() {
		var line string
		if err := rows.Scan(&line); err != nil {
			rows.Close()
			return nil, err
		}
		if line != "ok" {
			problems = append(problems, "sqlite: "+line)
		}
	}
	rows.Close()
	if err := s.checkTables(ctx); err != nil {
		return append(problems, err.Error()), nil
	}
	crows, err := s.db.QueryContext(ctx, `SELECT id, body FROM changes ORDER BY id`)
	if err != nil {
		return nil, err
	}
	defer crows.Close()
	for crows.Next() {
		var id int64
		var body string
		if err := crows.Scan(&id, &body); err != nil {
			return nil, err
		}
		var c storedChange
		if err := json.Unmarshal([]byte(body), &c); err != nil {
			problems = append(problems, fmt.Sprintf("change %d cannot be read: %v", id, err))
		}
	}
	return problems, crows.Err()
}

// Close releases the database and its lock.
func (s *Store) Close() error {
	err := s.db.Close()
	s.lock.Close()
	return err
}

// sourceState is what the store knows of one source. Its last good
// snapshot's content is read only when the source changed.
type sourceState struct {
	id            int64
	locator       string
	goodSnapshot  int64 // 0 when the source has no good snapshot
	goodHash      string
	etag, lastMod string
	failing       int
	pendingHash   string
	pendingCount  int
	badHash       string // the unreadable version last reported; '' when it reads
	missing       int    // consecutive runs the source was missing
}

func (s *Store) sources(ctx context.Context) (map[string]*sourceState, error) {
	rows, err := s.db.QueryContext(ctx, `
		SELECT s.id, s.locator, COALESCE(s.good_snapshot, 0), COALESCE(sn.sha256, ''), s.etag, s.last_modified, s.failing,
			s.pending_hash, s.pending_count, s.bad_hash, s.missing
		FROM sources s LEFT JOIN snapshots sn ON sn.id = s.good_snapshot`)
	if err != nil {
		return nil, fmt.Errorf("read sources: %w", err)
	}
	defer rows.Close()
	out := map[string]*sourceState{}
	for rows.Next() {
		st := &sourceState{}
		if err := rows.Scan(&st.id, &st.locator, &st.goodSnapshot, &st.goodHash, &st.etag, &st.lastMod, &st.failing,
			&st.pendingHash, &st.pendingCount, &st.badHash, &st.missing); err != nil {
			return nil, err
		}
		out[st.locator] = st
	}
	return out, rows.Err()
}

// snapshot returns the content of one snapshot.
// recentSnapshots returns the IDs of a source's readable versions, the
// latest first, but for the one skip names: at most n.
func (s *Store) recentSnapshots(ctx context.Context, source, skip int64, n int) ([]int64, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id FROM snapshots WHERE source = ? AND parses = 1 AND id != ?
		ORDER BY seen_at DESC, id DESC LIMIT ?`, source, skip, n)
	if err != nil {
		return nil, fmt.Errorf("list snapshots: %w", err)
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

func (s *Store) snapshot(ctx context.Context, id int64) ([]byte, error) {
	var gz []byte
	if err := s.db.QueryRowContext(ctx, `SELECT content FROM snapshots WHERE id = ?`, id).Scan(&gz); err != nil {
		return nil, fmt.Errorf("read snapshot %d: %w", id, err)
	}
	data, err := gunzip(gz)
	if err != nil {
		return nil, fmt.Errorf("snapshot %d: %w", id, err)
	}
	return data, nil
}

// gzipWriters are reused: a new flate writer allocates and clears about
// a megabyte, which costs more than compressing a page.
var gzipWriters = sync.Pool{New: func() any {
	zw, _ := gzip.NewWriterLevel(io.Discard, gzip.DefaultCompression)
	return zw
}}

func gzipBytes(b []byte) []byte {
	var buf bytes.Buffer
	buf.Grow(len(b)/3 + 64)
	zw := gzipWriters.Get().(*gzip.Writer)
	zw.Reset(&buf)
	zw.Write(b)
	zw.Close()
	gzipWriters.Put(zw)
	return buf.Bytes()
}

func gunzip(b []byte) ([]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	return io.ReadAll(zr)
}

// storedChange is a change as the database keeps it.
type storedChange struct {
	Change
	ID         int64     `json:"id"`
	Run        int64     `json:"run"`
	DetectedAt time.Time `json:"detected_at"`
	Evidence   string    `json:"evidence,omitempty"`
}

// runChanges returns the changes a run committed.
func (s *Store) runChanges(ctx context.Context, run int64) ([]storedChange, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, body, detected_at FROM changes WHERE run = ? ORDER BY id`, run)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []storedChange
	for rows.Next() {
		var c storedChange
		var id int64
		var body, at string
		if err := rows.Scan(&id, &body, &at); err != nil {
			return nil, err
		}
		if err := json.Unmarshal([]byte(body), &c); err != nil {
			return nil, fmt.Errorf("change %d: %w", id, err)
		}
		c.ID, c.Run = id, run // the body's own are not the row's
		c.DetectedAt, _ = time.Parse(time.RFC3339, at)
		out = append(out, c)
	}
	return out, rows.Err()
}

// realPath resolves symbolic links in path, or in its folder when the
// file does not exist yet.
func realPath(path string) string {
	if r, err := filepath.EvalSymlinks(path); err == nil {
		return r
	}
	if dir, err := filepath.EvalSymlinks(filepath.Dir(path)); err == nil {
		return filepath.Join(dir, filepath.Base(path))
	}
	if abs, err := filepath.Abs(path); err == nil {
		return abs
	}
	return path
}

// RecordFailedRun records a run that failed or panicked before it could
// commit, so that the state database shows it among the runs.
func (s *Store) RecordFailedRun(ctx context.Context, started, finished time.Time, reason string) error {
	_, err := s.db.ExecContext(ctx, `INSERT INTO runs (started_at, finished_at, checked, changed, failed, changes, baseline, reported, report, error)
		VALUES (?, ?, 0, 0, 0, 0, 0, 1, '', ?)`, started.UTC().Format(time.RFC3339), finished.UTC().Format(time.RFC3339), reason)
	if err != nil {
		return fmt.Errorf("record the failed run: %w", err)
	}
	return nil
}

// FailedRuns returns how many runs failed and why the last one did.
func (s *Store) FailedRuns(ctx context.Context) (n int, last string) {
	s.db.QueryRowContext(ctx, `SELECT count(*) FROM runs WHERE error <> ''`).Scan(&n)
	s.db.QueryRowContext(ctx, `SELECT error FROM runs WHERE error <> '' ORDER BY id DESC LIMIT 1`).Scan(&last)
	return n, last
}
