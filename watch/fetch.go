package watch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"tenure/pipeline"
)

// Fetcher reads HTTP sources the way a well-behaved client does: with a
// timeout, a size limit, conditional requests (a 304 is an unchanged
// source), retries with backoff on timeouts and 5xx, a User-Agent naming
// tenure, and at most one request at a time per host with a minimum delay
// between them.
type Fetcher struct {
	Client   *http.Client
	MaxBytes int64
	Retries  int
	Backoff  time.Duration
	// HostDelay is the least time between two requests to one host.
	HostDelay time.Duration

	mu    sync.Mutex
	hosts map[string]*hostSlot
}

type hostSlot struct {
	mu   sync.Mutex
	last time.Time
}

// NewFetcher returns a fetcher with sensible limits.
func NewFetcher() *Fetcher {
	return &Fetcher{Client: &http.Client{Timeout: 30 * time.Second}, MaxBytes: 10 << 20, Retries: 3,
		Backoff: time.Second, HostDelay: time.Second, hosts: map[string]*hostSlot{}}
}

// ErrTooLarge is returned for a response over the size limit.
var ErrTooLarge = errors.New("response too large")

// Get fetches url. notModified is set for a 304 answer to the conditional
// headers from the previous fetch.
func (f *Fetcher) Get(ctx context.Context, rawURL, etag, lastModified string) (data []byte, newETag, newLastMod string, notModified bool, err error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, "", "", false, err
	}
	slot := f.slot(u.Host)
	slot.mu.Lock()
	defer slot.mu.Unlock()
	var lastErr error
	for attempt := 0; attempt <= f.Retries; attempt++ {
		if attempt > 0 {
			wait := f.Backoff << (attempt - 1)
			select {
			case <-ctx.Done():
				return nil, "", "", false, ctx.Err()
			case <-time.After(wait):
			}
		}
		if wait := f.HostDelay - time.Since(slot.last); wait > 0 {
			select {
			case <-ctx.Done():
				return nil, "", "", false, ctx.Err()
			case <-time.After(wait):
			}
		}
		slot.last = time.Now()
		data, newETag, newLastMod, notModified, err = f.once(ctx, rawURL, etag, lastModified)
		if err == nil {
			return
		}
		lastErr = err
		var re retryable
		if !errors.As(err, &re) {
			return nil, "", "", false, err
		}
	}
	return nil, "", "", false, lastErr
}

type retryable struct{ error }

func (r retryable) Unwrap() error { return r.error }

func (f *Fetcher) slot(host string) *hostSlot {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.hosts == nil {
		f.hosts = map[string]*hostSlot{}
	}
	s := f.hosts[host]
	if s == nil {
		s = &hostSlot{}
		f.hosts[host] = s
	}
	return s
}

func (f *Fetcher) once(ctx context.Context, rawURL, etag, lastModified string) ([]byte, string, string, bool, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, rawURL, nil)
	if err != nil {
		return nil, "", "", false, err
	}
	req.Header.Set("User-Agent", "tenure/"+pipeline.Version+" (leadership-change watcher)")
	req.Header.Set("Accept", "text/plain, text/*;q=0.9")
	if etag != "" {
		req.Header.Set("If-None-Match", etag)
	}
	if lastModified != "" {
		req.Header.Set("If-Modified-Since", lastModified)
	}
	resp, err := f.Client.Do(req)
	if err != nil {
		if ctx.Err() != nil {
			return nil, "", "", false, ctx.Err()
		}
		return nil, "", "", false, retryable{err}
	}
	defer resp.Body.Close()
	switch {
	case resp.StatusCode == http.StatusNotModified:
		return nil, etag, lastModified, true, nil
	case resp.StatusCode >= 500:
		return nil, "", "", false, retryable{fmt.Errorf("HTTP %s", resp.Status)}
	case resp.StatusCode != http.StatusOK:
		return nil, "", "", false, fmt.Errorf("HTTP %s", resp.Status)
	}
	if ct := resp.Header.Get("Content-Type"); ct != "" && !strings.HasPrefix(ct, "text/") {
		return nil, "", "", false, fmt.Errorf("content type %q is not text", ct)
	}
	data, err := io.ReadAll(io.LimitReader(resp.Body, f.MaxBytes+1))
	if err != nil {
		return nil, "", "", false, retryable{err}
	}
	if int64(len(data)) > f.MaxBytes {
		return nil, "", "", false, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, f.MaxBytes)
	}
	if !utf8.Valid(data) {
		return nil, "", "", false, errors.New("response is not valid UTF-8 text")
	}
	return data, resp.Header.Get("ETag"), resp.Header.Get("Last-Modified"), false, nil
}
