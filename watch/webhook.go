package watch

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"time"

	"tenure/pipeline"
)

// deliver POSTs every queued webhook payload, oldest first, retrying each
// with backoff; a payload that is still refused stays queued for the next
// run. The JSON report carries a "text" field with the headlines, which
// Slack and Mattermost incoming webhooks show as the message.
func (w *Watcher) deliver(ctx context.Context) error {
	rows, err := w.store.db.QueryContext(ctx, `SELECT id, url, payload FROM deliveries WHERE delivered = '' ORDER BY id`)
	if err != nil {
		return fmt.Errorf("read webhook queue: %w", err)
	}
	type item struct {
		id      int64
		url     string
		payload []byte
	}
	var queue []item
	for rows.Next() {
		var it item
		if err := rows.Scan(&it.id, &it.url, &it.payload); err != nil {
			rows.Close()
			return err
		}
		queue = append(queue, it)
	}
	rows.Close()
	client := w.cfg.Fetcher.Client
	var errs []error
	for _, it := range queue {
		var last error
		for attempt := 0; attempt < 3; attempt++ {
			if attempt > 0 {
				select {
				case <-ctx.Done():
					return ctx.Err()
				case <-time.After(w.cfg.Fetcher.Backoff << (attempt - 1)):
				}
			}
			if last = post(ctx, client, it.url, it.payload); last == nil {
				break
			}
		}
		now := w.cfg.Now().UTC().Format(time.RFC3339)
		if last == nil {
			_, err = w.store.db.ExecContext(ctx, `UPDATE deliveries SET attempts = attempts + 1, delivered = ?, last_error = '' WHERE id = ?`, now, it.id)
		} else {
			errs = append(errs, fmt.Errorf("webhook %s: %w", it.url, last))
			_, err = w.store.db.ExecContext(ctx, `UPDATE deliveries SET attempts = attempts + 1, last_error = ? WHERE id = ?`, last.Error(), it.id)
		}
		if err != nil {
			return err
		}
	}
	return errors.Join(errs...)
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
