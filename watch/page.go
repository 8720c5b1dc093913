package watch

import (
	"context"
	"database/sql"
	"encoding/json"
	"html/template"
	"io"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"tenure/internal/atomicfile"
)

// pageSize is the number of latest changes index.html lists.
const pageSize = 200

var indexPage = template.Must(template.New("index").Funcs(template.FuncMap{"sideBySide": sideBySide}).Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>tenure: leadership changes</title>
<style>
body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans CJK SC", sans-serif; color: #1d2733; margin: 0; }
main { max-width: 1100px; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.6rem; }
article { border-top: 2px solid #d5dbe3; margin-top: 1.5rem; padding-top: .5rem; }
h2 { font-size: 1.2rem; margin: .3rem 0; }
.meta { color: #5b6675; font-size: .9rem; }
.kind { font-family: ui-monospace, Menlo, monospace; background: #eef2f7; padding: 0 .3em; border-radius: 3px; }
table.diff { border-collapse: collapse; width: 100%; table-layout: fixed; font: 12px/1.4 ui-monospace, Menlo, monospace; margin: .5rem 0; }
table.diff td { padding: 0 .4em; vertical-align: top; white-space: pre-wrap; overflow-wrap: anywhere; width: 50%; }
table.diff th { font-weight: normal; color: #5b6675; text-align: left; }
td.del { background: #fde2e2; } td.ins { background: #dcf5e3; } td.hunk { background: #eef2f7; color: #5b6675; }
@media (max-width: 600px) { table.diff, table.diff tbody, table.diff tr, table.diff td { display: block; width: auto; } table.diff thead { display: none; } td:empty, td.same { display: none; } }
</style>
</head>
<body>
<main>
<h1>Leadership changes</h1>
<p>Newest first: the latest {{if eq (len .Changes) 1}}change{{else}}{{len .Changes}} changes{{end}} found by tenure's watcher. Each gives the change in one sentence and the text it was read from.</p>
<p class="meta">{{if .LastChecked}}Sources last checked {{.LastChecked}}. {{end}}Follow the changes in a feed reader: <a href="feed.atom">Atom feed</a>. Each change links to its run's JSON report.</p>
{{with .Dead}}<section id="dead-deliveries"><h2>Webhook deliveries given up</h2>
<p class="meta">These reports could not be delivered and are no longer retried. They stay in the state database (table <code>deliveries</code>, column <code>dead</code>); to retry one, set its <code>dead</code>, <code>next_attempt</code> and <code>attempts</code> back to empty and 0.</p>
<ul>{{range .}}<li>Delivery {{.ID}} of run {{.Run}} to {{.URL}}: {{.Attempts}} attempts, last error: {{.Error}} (given up {{.Dead}})</li>{{end}}</ul></section>{{end}}
{{$undone := .Undone}}{{$reports := .Reports}}{{range .Changes}}<article id="change-{{.ID}}">
<h2>{{.Headline}}</h2>
<p class="meta"><span class="kind">{{.Kind}}</span> · detected {{.DetectedAt.Format "2 January 2006 15:04 UTC"}}{{if .EffectiveISO}} · effective {{.Effective}}{{end}}{{with index $reports .Run}} · <a href="{{.}}.json">JSON report</a>{{end}}</p>
{{if index $undone .ID}}<p class="meta"><strong>Undone:</strong> a later version of the source reverted this change.</p>{{end}}
{{range .Notes}}<p class="meta">Note: {{.}}</p>{{end}}
{{with sideBySide .Evidence}}<table class="diff"><thead><tr><th scope="col">before</th><th scope="col">now</th></tr></thead><tbody>
{{range .}}<tr>{{if .Hunk}}<td class="hunk" colspan="2">{{.Hunk}}</td>{{else}}<td class="{{.LeftClass}}">{{.Left}}</td><td class="{{.RightClass}}">{{.Right}}</td>{{end}}</tr>
{{end}}</tbody></table>{{end}}
</article>
{{else}}<p>No change yet.</p>{{end}}
</main>
</body>
</html>
`))

// diffRow is one row of a side-by-side diff.
type diffRow struct {
	Hunk                  string
	Left, Right           string
	LeftClass, RightClass string
}

// sideBySide turns a unified diff into rows: unchanged lines on both
// sides, each run of removed lines beside the run of added lines that
// replaced it.
func sideBySide(unified string) []diffRow {
	if unified == "" {
		return nil
	}
	var rows []diffRow
	var dels, ins []string
	flush := func() {
		for i := 0; i < max(len(dels), len(ins)); i++ {
			r := diffRow{}
			if i < len(dels) {
				r.Left, r.LeftClass = dels[i], "del"
			}
			if i < len(ins) {
				r.Right, r.RightClass = ins[i], "ins"
			}
			rows = append(rows, r)
		}
		dels, ins = dels[:0], ins[:0]
	}
	for _, l := range strings.Split(strings.TrimSuffix(unified, "\n"), "\n") {
		switch {
		case strings.HasPrefix(l, "---"), strings.HasPrefix(l, "+++"):
		case strings.HasPrefix(l, "@@"):
			flush()
			rows = append(rows, diffRow{Hunk: l})
		case strings.HasPrefix(l, "-"):
			dels = append(dels, l[1:])
		case strings.HasPrefix(l, "+"):
			ins = append(ins, l[1:])
		default:
			flush()
			l = strings.TrimPrefix(l, " ")
			rows = append(rows, diffRow{Left: l, Right: l, RightClass: "same"})
		}
	}
	flush()
	return rows
}

// writeIndex rewrites index.html with the latest changes, newest first.
func (w *Watcher) writeIndex(ctx context.Context) error {
	rows, err := w.store.db.QueryContext(ctx, `SELECT id, body FROM changes ORDER BY id DESC LIMIT `+strconv.Itoa(pageSize))
	if err != nil {
		return err
	}
	defer rows.Close()
	var list []storedChange
	for rows.Next() {
		var id int64
		var body string
		if err := rows.Scan(&id, &body); err != nil {
			return err
		}
		var c storedChange
		if err := json.Unmarshal([]byte(body), &c); err != nil {
			return err
		}
		c.ID = id
		list = append(list, c)
	}
	if err := rows.Err(); err != nil {
		return err
	}
	page := struct {
		Changes     []storedChange
		Dead        []deadDelivery
		LastChecked string
		Reports     map[int64]string // run → report stem
		Undone      map[int64]bool   // changes a later revert undid
	}{Changes: list, Reports: map[int64]string{}, Undone: map[int64]bool{}}
	var checked sql.NullString
	w.store.db.QueryRowContext(ctx, `SELECT max(last_checked) FROM sources`).Scan(&checked)
	if t, err := time.Parse(time.RFC3339, checked.String); err == nil {
		page.LastChecked = t.Format("2 January 2006 15:04 UTC")
	}
	for _, c := range list {
		if _, ok := page.Reports[c.Run]; !ok {
			var stem string
			w.store.db.QueryRowContext(ctx, `SELECT report FROM runs WHERE id = ?`, c.Run).Scan(&stem)
			page.Reports[c.Run] = stem
		}
		if c.Kind == KindReverted {
			for _, id := range undoneBy(c.Change) {
				page.Undone[id] = true
			}
		}
	}
	drows, err := w.store.db.QueryContext(ctx, `SELECT id, run, url, attempts, last_error, dead FROM deliveries WHERE dead <> '' ORDER BY id DESC LIMIT 50`)
	if err != nil {
		return err
	}
	defer drows.Close()
	for drows.Next() {
		var d deadDelivery
		if err := drows.Scan(&d.ID, &d.Run, &d.URL, &d.Attempts, &d.Error, &d.Dead); err != nil {
			return err
		}
		page.Dead = append(page.Dead, d)
	}
	if err := drows.Err(); err != nil {
		return err
	}
	return atomicfile.Write(filepath.Join(w.cfg.ReportDir, "index.html"), func(out io.Writer) error {
		return indexPage.Execute(out, page)
	})
}

// deadDelivery is a webhook delivery given up, as the watch page lists it.
type deadDelivery struct {
	ID, Run    int64
	URL, Error string
	Attempts   int
	Dead       string
}
