package watch

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"

	"tenure/pipeline"
)

// Webhook delivery limits.
const (
	// maxDeliveryAttempts and maxDeliveryAge bound the retries of one
	// delivery; past them it is given up (dead) and shown on the watch page.
	maxDeliveryAttempts = 8
	maxDeliveryAge      = 7 * 24 * time.Hour
	// deliveryBudget bounds the time one run spends on deliveries.
	deliveryBudget = 30 * time.Second
)

// deliveryBackoff is the wait before the next attempt after n failed ones:
// one minute, doubling, at most six hours.
func deliveryBackoff(n int) time.Duration {
	return min(time.Minute<<min(n-1, 10), 6*time.Hour)
}

// deliver POSTs the queued webhook payloads that are due, oldest first,
// one attempt each per run and within a time budget. A delivery that
// fails waits longer before each new attempt and is given up after
// maxDeliveryAttempts attempts or maxDeliveryAge; one queued for a URL
// that is no longer configured is dropped. The JSON report carries a
// "text" field with the headlines, which Slack and Mattermost incoming
// webhooks show as the message.
func (w *Watcher) deliver(ctx context.Context) error {
	now := w.cfg.Now().UTC()
	rows, err := w.store.db.QueryContext(ctx, `SELECT id, url, payload, attempts, queued_at FROM deliveries
		WHERE delivered = '' AND dead = '' AND (next_attempt = '' OR next_attempt <= ?) ORDER BY id`, now.Format(time.RFC3339))
	if err != nil {
		return fmt.Errorf("read webhook queue: %w", err)
	}
	type item struct {
		id       int64
		url      string
		payload  []byte
		attempts int
		queued   string
	}
	var queue []item
	for rows.Next() {
		var it item
		if err := rows.Scan(&it.id, &it.url, &it.payload, &it.attempts, &it.queued); err != nil {
			rows.Close()
			return err
		}
		queue = append(queue, it)
	}
	rows.Close()
	client := w.cfg.Fetcher.Client
	started := time.Now()
	var errs []error
	died := false
	defer func() {
		if died {
			// The watch page lists the deliveries given up.
			if err := w.writeIndex(ctx); err != nil {
				w.cfg.Log.Warn("could not rewrite the watch page", "error", err)
			}
		}
	}()
	for _, it := range queue {
		stamp := now.Format(time.RFC3339)
		if w.cfg.Webhook == "" || it.url != RedactURL(w.cfg.Webhook) {
			w.cfg.Log.Warn("dropping a webhook delivery for a URL that is no longer configured", "url", it.url, "delivery", it.id)
			if _, err := w.store.db.ExecContext(ctx, `UPDATE deliveries SET dead = ?, last_error = 'URL no longer configured' WHERE id = ?`, stamp, it.id); err != nil {
				return err
			}
			died = true
			continue
		}
		if time.Since(started) > deliveryBudget || ctx.Err() != nil {
			break // the rest waits for the next run
		}
		last := post(ctx, client, w.cfg.Webhook, it.payload)
		switch {
		case last == nil:
			_, err = w.store.db.ExecContext(ctx, `UPDATE deliveries SET attempts = attempts + 1, delivered = ?, last_error = '' WHERE id = ?`, stamp, it.id)
		default:
			msg := redactIn(last.Error(), w.cfg.Webhook)
			errs = append(errs, fmt.Errorf("webhook %s: %s", it.url, msg))
			attempts := it.attempts + 1
			queued, _ := time.Parse(time.RFC3339, it.queued)
			dead, next := "", now.Add(deliveryBackoff(attempts)).Format(time.RFC3339)
			if attempts >= maxDeliveryAttempts || !queued.IsZero() && now.Sub(queued) > maxDeliveryAge {
				dead, died = stamp, true
				w.cfg.Log.Error("webhook delivery given up", "delivery", it.id, "attempts", attempts, "error", msg)
			}
			_, err = w.store.db.ExecContext(ctx, `UPDATE deliveries SET attempts = ?, last_error = ?, next_attempt = ?, dead = ? WHERE id = ?`,
				attempts, msg, next, dead, it.id)
		}
		if err != nil {
			return err
		}
	}
	return errors.Join(errs...)
}

// chatEscape makes text from documents inert in a chat message: Slack's
// control characters (&, <, >: "<!channel>", "<http://evil|click>"), a
// Markdown link ("[click](http://evil)") and an @-mention ("@channel",
// "@here", "@all") in Mattermost.
func chatEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", "[", `\[`, "]", `\]`, "@", "@\u200b").Replace(s)
}

func post(ctx context.Context, client *http.Client, url string, payload []byte) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(payload))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("User-Agent", "tenure/"+pipeline.Version+" (leadership-change watcher)")
	resp, err := client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return fmt.Errorf("HTTP %s", resp.Status)
	}
	return nil
}
