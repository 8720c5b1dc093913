package watch

import (
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"html"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"tenure/internal/atomicfile"
	"tenure/pipeline"
)

// ReportSchemaVersion is the version of the JSON report's shape.
const ReportSchemaVersion = 2

// Report is the machine form of a run's report, changes-<time>.json.
// Leadership changes and source problems (the alerts) are in Changes,
// each with its kind; corrections of the record are in Corrections, each
// saying what was corrected.
type Report struct {
	SchemaVersion int            `json:"schema_version"`
	Run           int64          `json:"run"`
	StartedAt     string         `json:"started_at"`
	FinishedAt    string         `json:"finished_at"`
	Checked       int            `json:"sources_checked"`
	Changed       int            `json:"sources_changed"`
	Failed        int            `json:"sources_failed"`
	Text          string         `json:"text"` // the alerts' headlines, one per line: what a chat webhook shows
	Changes       []storedChange `json:"changes"`
	Corrections   []Correction   `json:"corrections"`
}

// Correction is a correction of the record as a report lists it: not a
// leadership change, so it carries what was corrected instead of a kind.
type Correction struct {
	ID          int64     `json:"id"`
	Correction  string    `json:"correction"` // dates-corrected, name-respelled, office-field-changed, …
	Headline    string    `json:"headline"`
	OfficeID    string    `json:"office_id,omitempty"`
	OfficeTitle string    `json:"office_title,omitempty"`
	Person      *Person   `json:"person,omitempty"`
	TermID      string    `json:"term_id,omitempty"`
	Field       string    `json:"field,omitempty"`
	Old         string    `json:"old,omitempty"`
	New         string    `json:"new,omitempty"`
	Sources     []string  `json:"sources,omitempty"`
	Notes       []string  `json:"notes,omitempty"`
	DetectedAt  time.Time `json:"detected_at"`
	Evidence    string    `json:"evidence,omitempty"`
}

func correctionOf(c storedChange) Correction {
	return Correction{ID: c.ID, Correction: c.Kind, Headline: c.Headline, OfficeID: c.OfficeID, OfficeTitle: c.OfficeTitle,
		Person: c.To, TermID: c.TermID, Field: c.Field, Old: c.Old, New: c.New, Sources: c.Sources, Notes: c.Notes,
		DetectedAt: c.DetectedAt, Evidence: c.Evidence}
}

// tier returns a stored change's tier (changes stored before tiers
// existed have none).
func (c storedChange) tier() string { return cmp.Or(c.Tier, TierOf(c.Kind)) }

func (w *Watcher) loadReport(ctx context.Context, run int64, stored []storedChange) (Report, error) {
	r := Report{SchemaVersion: ReportSchemaVersion, Run: run, Changes: []storedChange{}, Corrections: []Correction{}}
	err := w.store.db.QueryRowContext(ctx, `SELECT started_at, finished_at, checked, changed, failed FROM runs WHERE id = ?`, run).
		Scan(&r.StartedAt, &r.FinishedAt, &r.Checked, &r.Changed, &r.Failed)
	if err != nil {
		return r, fmt.Errorf("read run %d: %w", run, err)
	}
	var lines []string
	for _, c := range stored {
		if c.tier() == TierCorrection {
			r.Corrections = append(r.Corrections, correctionOf(c))
			continue
		}
		r.Changes = append(r.Changes, c)
		lines = append(lines, c.Headline)
	}
	r.Text = strings.Join(lines, "\n")
	return r, nil
}

// writeReport writes a run's JSON and Markdown reports and the Atom feed,
// each atomically, then marks the run reported.
func (w *Watcher) writeReport(ctx context.Context, run int64, stem string, stored []storedChange) error {
	dir := w.cfg.ReportDir
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("reports folder: %w", err)
	}
	r, err := w.loadReport(ctx, run, stored)
	if err != nil {
		return err
	}
	if err := atomicfile.Write(filepath.Join(dir, stem+".json"), func(out io.Writer) error {
		enc := json.NewEncoder(out)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		return enc.Encode(r)
	}); err != nil {
		return err
	}
	if err := atomicfile.Write(filepath.Join(dir, stem+".md"), func(out io.Writer) error {
		_, err := io.WriteString(out, Markdown(r))
		return err
	}); err != nil {
		return err
	}
	if err := w.writeFeed(ctx); err != nil {
		return err
	}
	if err := w.writeIndex(ctx); err != nil {
		return err
	}
	// Queue the webhook delivery and mark the run reported in one step,
	// so the delivery is queued exactly once.
	tx, err := w.store.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	hook := r
	if !w.cfg.WebhookCorrections {
		hook.Corrections = []Correction{}
	}
	// What a chat shows is the text: made inert, so a holder named
	// "<!channel>" pings nobody.
	hook.Text = chatEscape(hook.Text)
	if w.cfg.Webhook != "" && (len(hook.Changes) > 0 || len(hook.Corrections) > 0) {
		payload, err := json.Marshal(hook)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO deliveries (run, url, payload, queued_at) VALUES (?, ?, ?, ?)`,
			run, RedactURL(w.cfg.Webhook), payload, w.cfg.Now().UTC().Format(time.RFC3339)); err != nil {
			return fmt.Errorf("queue webhook delivery: %w", err)
		}
	}
	if _, err := tx.ExecContext(ctx, `UPDATE runs SET reported = 1 WHERE id = ?`, run); err != nil {
		return err
	}
	return tx.Commit()
}

// Markdown renders a report: the alerts' headlines first, then each
// alert with its details and text evidence, then the corrections.
func Markdown(r Report) string {
	var b strings.Builder
	fmt.Fprintf(&b, "# Leadership changes, run %d (%s)\n\n", r.Run, r.FinishedAt)
	fmt.Fprintf(&b, "%d %s checked, %d changed, %d failed.\n\n", r.Checked, plural(r.Checked, "source", "sources"), r.Changed, r.Failed)
	for _, c := range r.Changes {
		fmt.Fprintf(&b, "- **%s**\n", c.Headline)
	}
	if len(r.Changes) == 0 {
		b.WriteString("No leadership change.\n")
	}
	for _, c := range r.Changes {
		fmt.Fprintf(&b, "\n## %s\n\n", c.Headline)
		fmt.Fprintf(&b, "- kind: `%s`\n", c.Kind)
		if c.OfficeTitle != "" {
			fmt.Fprintf(&b, "- office: %s (`%s`)\n", c.OfficeTitle, c.OfficeID)
		}
		if c.From != nil {
			fmt.Fprintf(&b, "- from: %s (%s)\n", personText(c.From), personIDs(c.From))
		}
		switch {
		case c.To != nil && c.From != nil:
			fmt.Fprintf(&b, "- to: %s (%s)\n", personText(c.To), personIDs(c.To))
		case c.To != nil:
			// No one it passed from: a term that ended, a name
			// respelled, a holder added. The person is the holder.
			fmt.Fprintf(&b, "- holder: %s (%s)\n", personText(c.To), personIDs(c.To))
		}
		if c.Effective != "" {
			fmt.Fprintf(&b, "- effective: %s (`%s`)\n", c.Effective, c.EffectiveISO)
		}
		if c.PreviousTermEnd != "" {
			fmt.Fprintf(&b, "- previous term ends: %s (`%s`)\n", humanISO(c.PreviousTermEnd), c.PreviousTermEnd)
		}
		if c.Field != "" {
			fmt.Fprintf(&b, "- %s: %q → %q\n", c.Field, c.Old, c.New)
		}
		for _, n := range c.Notes {
			fmt.Fprintf(&b, "- note: %s\n", n)
		}
		for _, s := range sourcesOf(c.Change) {
			fmt.Fprintf(&b, "- source: `%s`\n", s)
		}
		if c.Evidence != "" {
			fmt.Fprintf(&b, "\n```diff\n%s```\n", c.Evidence)
		}
	}
	if len(r.Corrections) > 0 {
		b.WriteString("\n## Corrections of the record\n\nNone of these is a change of office: the sources corrected or updated what they say of past terms and people.\n\n")
		for _, c := range r.Corrections {
			fmt.Fprintf(&b, "- %s (`%s`", c.Headline, c.Correction)
			for _, s := range c.Sources {
				fmt.Fprintf(&b, ", `%s`", s)
			}
			b.WriteString(")\n")
		}
	}
	return b.String()
}

func sourcesOf(c Change) []string {
	if len(c.Sources) > 0 {
		return c.Sources
	}
	if c.SourceID != "" {
		return []string{c.SourceID}
	}
	return nil
}

func personText(p *Person) string {
	if len(p.With) > 0 {
		return p.withOthers(personText)
	}
	s := p.display()
	if p.NameNative != "" && p.NameEN != "" {
		s = p.NameEN + " (" + p.NameNative + ")"
	}
	if p.Acting {
		s += ", acting"
	}
	return s
}

// personIDs is the IDs of p and of those who held the office with them.
func personIDs(p *Person) string {
	ids := "`" + p.ID + "`"
	for _, w := range p.With {
		ids += ", `" + w.ID + "`"
	}
	return ids
}

// Atom feed types (RFC 4287).
type atomFeed struct {
	XMLName xml.Name    `xml:"http://www.w3.org/2005/Atom feed"`
	Title   string      `xml:"title"`
	ID      string      `xml:"id"`
	Updated string      `xml:"updated"`
	Author  atomAuthor  `xml:"author"`
	Links   []atomLink  `xml:"link"`
	Entries []atomEntry `xml:"entry"`
}

type atomLink struct {
	Rel  string `xml:"rel,attr"`
	Type string `xml:"type,attr,omitempty"`
	Href string `xml:"href,attr"`
}

type atomAuthor struct {
	Name string `xml:"name"`
}

type atomEntry struct {
	Title    string       `xml:"title"`
	ID       string       `xml:"id"`
	Link     atomLink     `xml:"link"`
	Updated  string       `xml:"updated"`
	Category atomCategory `xml:"category"`
	Summary  string       `xml:"summary"`
	Content  atomContent  `xml:"content"`
}

// atomCategory marks an entry as an alert or a correction.
type atomCategory struct {
	Term string `xml:"term,attr"`
}

type atomContent struct {
	Type string `xml:"type,attr"`
	Body string `xml:",chardata"`
}

// feedSize is the number of latest changes the feed holds.
const feedSize = 100

// writeFeed rewrites feed.atom with the latest changes, one entry each,
// with stable IDs so a feed reader shows each change once.
func (w *Watcher) writeFeed(ctx context.Context) error {
	rows, err := w.store.db.QueryContext(ctx, `SELECT id, body, detected_at FROM changes ORDER BY id DESC LIMIT ?`, feedSize)
	if err != nil {
		return err
	}
	defer rows.Close()
	feed := atomFeed{Title: "tenure: leadership changes", ID: "urn:tenure:watch:feed", Author: atomAuthor{Name: "tenure"},
		Links: []atomLink{{Rel: "self", Type: "application/atom+xml", Href: "feed.atom"}, {Rel: "alternate", Type: "text/html", Href: "index.html"}}}
	for rows.Next() {
		var id int64
		var body, at string
		if err := rows.Scan(&id, &body, &at); err != nil {
			return err
		}
		var c storedChange
		if err := json.Unmarshal([]byte(body), &c); err != nil {
			return fmt.Errorf("change %d in the state database cannot be read: %w", id, err)
		}
		if feed.Updated == "" {
			feed.Updated = at
		}
		c.ID = id
		title := c.Headline
		category := atomCategory{Term: TierAlert}
		if c.tier() == TierCorrection {
			title = "Correction: " + c.Headline
			category.Term = TierCorrection
		}
		feed.Entries = append(feed.Entries, atomEntry{Title: title, ID: entryID(c.Change, at),
			Link:    atomLink{Rel: "alternate", Type: "text/html", Href: fmt.Sprintf("index.html#change-%d", id)},
			Updated: at, Category: category, Summary: c.Headline, Content: atomContent{Type: "html", Body: changeHTML(c)}})
	}
	if err := rows.Err(); err != nil {
		return err
	}
	if feed.Updated == "" {
		feed.Updated = time.Unix(0, 0).UTC().Format(time.RFC3339)
	}
	return atomicfile.Write(filepath.Join(w.cfg.ReportDir, "feed.atom"), func(out io.Writer) error {
		io.WriteString(out, xml.Header)
		enc := xml.NewEncoder(out)
		enc.Indent("", "  ")
		if err := enc.Encode(feed); err != nil {
			return err
		}
		_, err := io.WriteString(out, "\n")
		return err
	})
}

// entryID is a change's feed entry ID: derived from the change itself and
// when it was found, so it is the same in every rewrite of the feed and
// never the ID of another change, whatever database or watcher wrote it.
func entryID(c Change, detectedAt string) string {
	key := c
	if c.OfficeID != "" {
		key.SourceID = "" // the fact, whichever source told it
	}
	sum := sha256.Sum256([]byte(key.Key() + "\x1f" + detectedAt))
	return "urn:tenure:watch:change:" + hex.EncodeToString(sum[:12])
}

// changeHTML renders a change for a feed reader: the facts as a list and
// the text evidence.
func changeHTML(c storedChange) string {
	var b strings.Builder
	li := func(label, value string) {
		if value != "" {
			fmt.Fprintf(&b, "<li>%s: %s</li>", label, html.EscapeString(value))
		}
	}
	fmt.Fprintf(&b, "<p>%s</p><ul>", html.EscapeString(c.Headline))
	li("kind", c.Kind)
	li("office", c.OfficeTitle)
	if c.From != nil {
		li("from", personText(c.From))
	}
	switch {
	case c.To != nil && c.From != nil:
		li("to", personText(c.To))
	case c.To != nil:
		li("holder", personText(c.To)) // no one it passed from: see Markdown
	}
	if c.Effective != "" {
		li("effective", c.Effective+" ("+c.EffectiveISO+")")
	}
	if c.PreviousTermEnd != "" {
		li("previous term ends", humanISO(c.PreviousTermEnd)+" ("+c.PreviousTermEnd+")")
	}
	if c.Field != "" {
		li(c.Field, fmt.Sprintf("%q → %q", c.Old, c.New))
	}
	for _, n := range c.Notes {
		li("note", n)
	}
	for _, s := range sourcesOf(c.Change) {
		li("source", s)
	}
	b.WriteString("</ul>")
	if c.Evidence != "" {
		fmt.Fprintf(&b, "<pre>%s</pre>", html.EscapeString(c.Evidence))
	}
	return b.String()
}

// humanISO writes an ISO date of a report as a reader says it ("2020-12"
// → "December 2020"); it returns the text as it is if it is no date.
func humanISO(iso string) string {
	d, err := pipeline.ParseDate(iso)
	if err != nil || d.IsZero() {
		return iso
	}
	return d.Human()
}
