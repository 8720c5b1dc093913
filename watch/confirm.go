package watch

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"
)

// KindConfirmed is a leadership change an earlier run already reported,
// now given by another source too: a biography updated before the office's
// page, the page catching up later. It is a correction, never alerted
// twice.
const KindConfirmed = "confirmed"

// confirmable are the kinds of change that state a fact another source
// may report again later.
func confirmable(kind string) bool {
	return kind == KindIncumbentChanged || kind == KindTermEnded || kind == KindActingConfirmed
}

// markConfirmed turns the changes of this run that an earlier run already
// reported (from another source, or before a revert) into confirmations:
// the same office, the same person in it, a compatible date. A term ended
// is confirmed by an earlier succession of that holder, too.
func (w *Watcher) markConfirmed(ctx context.Context, changes []Change) error {
	earlier := map[string][]storedChange{} // by office
	for i := range changes {
		c := &changes[i]
		if !confirmable(c.Kind) || c.OfficeID == "" {
			continue
		}
		prev, ok := earlier[c.OfficeID]
		if !ok {
			var err error
			if prev, err = w.store.officeChanges(ctx, c.OfficeID); err != nil {
				return err
			}
			earlier[c.OfficeID] = prev
		}
		for _, p := range prev {
			if !sameFact(p.Change, *c) {
				continue
			}
			c.Notes = append(c.Notes, fmt.Sprintf("first reported in run %d (%s), from %s",
				p.Run, p.DetectedAt.UTC().Format("2 January 2006"), strings.Join(p.Sources, ", ")))
			c.Headline = fmt.Sprintf("%s (already reported in run %d; now given here too)", c.Headline, p.Run)
			c.Kind = KindConfirmed
			break
		}
	}
	return nil
}

// sameFact reports whether an earlier change p states the fact c states:
// the same succession (the same holder in, the same one out where both
// name one, at a compatible date), or c's end of a term p already gave as
// a succession or an end.
func sameFact(p, c Change) bool {
	if p.OfficeID != c.OfficeID || !isoCompatible(p.EffectiveISO, c.EffectiveISO) && !actedFrom(c, p.EffectiveISO) {
		return false
	}
	switch c.Kind {
	case KindIncumbentChanged, KindActingConfirmed:
		return p.Kind == c.Kind && personID(c.To) != "" && personID(p.To) == personID(c.To) &&
			(personID(p.From) == "" || personID(c.From) == "" || personID(p.From) == personID(c.From))
	case KindTermEnded:
		left := personID(c.To) // the holder whose term ended
		return left != "" && (p.Kind == KindTermEnded && personID(p.To) == left ||
			p.Kind == KindIncumbentChanged && personID(p.From) == left && p.EffectiveISO != "")
	}
	return false
}

// actedFrom reports whether c's new holder acted in the post from the day
// iso gives: an earlier run's succession of an acting holder, which the
// list now starts on the confirmation's day ("22 January 2022 (acting from
// 27 December 2021)").
func actedFrom(c Change, iso string) bool {
	return c.To != nil && c.To.ActingFrom != "" && isoCompatible(iso, c.To.ActingFrom)
}

// officeChanges returns the leadership changes earlier runs reported for
// an office and no revert of their source undid.
func (s *Store) officeChanges(ctx context.Context, officeID string) ([]storedChange, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, run, body, detected_at FROM changes
		WHERE office_id = ? AND kind IN (?, ?, ?) OR kind = ? ORDER BY id`,
		officeID, KindIncumbentChanged, KindTermEnded, KindActingConfirmed, KindReverted)
	if err != nil {
		return nil, fmt.Errorf("read earlier changes of %s: %w", officeID, err)
	}
	defer rows.Close()
	var out []storedChange
	undone := map[int64]bool{}
	for rows.Next() {
		var c storedChange
		var id, run int64
		var body, at string
		if err := rows.Scan(&id, &run, &body, &at); err != nil {
			return nil, err
		}
		if err := json.Unmarshal([]byte(body), &c); err != nil {
			return nil, fmt.Errorf("change %d: %w", id, err)
		}
		c.ID, c.Run = id, run // the body's own are not the row's
		if c.Kind == KindReverted {
			for _, id := range undoneBy(c.Change) {
				undone[id] = true
			}
			continue
		}
		c.DetectedAt, _ = time.Parse(time.RFC3339, at)
		out = append(out, c)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	return slices.DeleteFunc(out, func(c storedChange) bool { return undone[c.ID] }), nil
}

// undoneBy returns the IDs of the changes a revert undid, which its notes
// name: "undone: … (change 12)".
func undoneBy(revert Change) []int64 {
	var ids []int64
	for _, n := range revert.Notes {
		var id int64
		if i := strings.LastIndex(n, "(change "); i >= 0 {
			if _, err := fmt.Sscanf(n[i:], "(change %d)", &id); err == nil {
				ids = append(ids, id)
			}
		}
	}
	return ids
}
