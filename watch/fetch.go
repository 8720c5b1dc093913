package watch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
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
	// SourceDeadline bounds the whole fetch of one source, retries
	// included (0: no bound beyond each request's timeout).
	SourceDeadline time.Duration

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
		Backoff: time.Second, HostDelay: time.Second, SourceDeadline: 90 * time.Second, hosts: map[string]*hostSlot{}}
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
	if f.SourceDeadline > 0 {
		// One deadline for the source, retries and waits included: a server
		// that trickles a byte a second costs its own deadline only.
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, f.SourceDeadline)
		defer cancel()
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
	if req.URL.User == nil {
		// Credentials kept out of the command line: a netrc file.
		if login, password, ok := netrcLogin(req.URL.Hostname()); ok {
			req.SetBasicAuth(login, password)
		}
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

// secretParams are query parameters whose values are credentials.
var secretParams = []string{"token", "key", "secret", "pass", "auth", "sig", "session", "credential", "access"}

// RedactURL returns a URL with its credentials hidden: the user and
// password, and the values of query parameters that hold tokens or keys.
// A source is stored, logged and reported under this form only.
func RedactURL(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.Scheme == "" || u.Host == "" {
		return raw
	}
	if u.User != nil {
		u.User = url.User("REDACTED")
	}
	if u.RawQuery != "" {
		q := u.Query()
		changed := false
		for k := range q {
			lk := strings.ToLower(k)
			for _, p := range secretParams {
				if strings.Contains(lk, p) {
					q[k] = []string{"REDACTED"}
					changed = true
					break
				}
			}
		}
		if changed {
			u.RawQuery = q.Encode()
		}
	}
	return u.String()
}

// redactIn replaces a URL, and its parts that hold credentials, in a
// message (an error from the HTTP client quotes the whole URL).
func redactIn(msg, raw string) string {
	red := RedactURL(raw)
	if red == raw {
		return msg
	}
	msg = strings.ReplaceAll(msg, raw, red)
	if u, err := url.Parse(raw); err == nil {
		if p, ok := u.User.Password(); ok && p != "" {
			msg = strings.ReplaceAll(msg, p, "REDACTED")
		}
		for _, vs := range u.Query() {
			for _, v := range vs {
				if len(v) >= 6 && strings.Contains(red, "REDACTED") && !strings.Contains(red, v) {
					msg = strings.ReplaceAll(msg, v, "REDACTED")
				}
			}
		}
	}
	return msg
}

// netrcLogin finds the login and password for host in the netrc file
// ($NETRC, else ~/.netrc), as curl and ftp read it: "machine HOST login
// NAME password SECRET", or a "default" entry.
func netrcLogin(host string) (login, password string, ok bool) {
	path := os.Getenv("NETRC")
	if path == "" {
		home, err := os.UserHomeDir()
		if err != nil {
			return "", "", false
		}
		path = filepath.Join(home, ".netrc")
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return "", "", false
	}
	fields := strings.Fields(string(data))
	var cur, defLogin, defPass string
	var curLogin, curPass string
	isDefault := false
	flush := func() {
		if cur == host && curLogin != "" {
			login, password, ok = curLogin, curPass, true
		}
		if isDefault {
			defLogin, defPass = curLogin, curPass
		}
	}
	for i := 0; i < len(fields); i++ {
		switch fields[i] {
		case "machine":
			flush()
			cur, curLogin, curPass, isDefault = "", "", "", false
			if i+1 < len(fields) {
				cur = fields[i+1]
				i++
			}
		case "default":
			flush()
			cur, curLogin, curPass, isDefault = "", "", "", true
		case "login":
			if i+1 < len(fields) {
				curLogin = fields[i+1]
				i++
			}
		case "password":
			if i+1 < len(fields) {
				curPass = fields[i+1]
				i++
			}
		}
		if ok {
			return
		}
	}
	flush()
	if !ok && defLogin != "" {
		return defLogin, defPass, true
	}
	return
}
