// Package watchcli is the watch command: it watches documents about
// political offices on a schedule and reports leadership changes.
// cmd/watch and "tenure watch" run it.
package watchcli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"runtime/debug"
	"strings"
	"sync"
	"time"

	"github.com/robfig/cron/v3"

	"tenure/internal/cli"
	"tenure/internal/termsafe"
	"tenure/watch"
)

// Exit codes, documented in the README.
const (
	exitOK      = 0
	exitFailure = 1 // a run failed (state, reports) or a source failed with -once
	exitUsage   = 2
	exitLocked  = 3 // another watcher holds the state database
)

// Main runs the watch command with args (without the program name), on a
// context that SIGINT and SIGTERM cancel, and returns its exit status.
func Main(args []string) int { return cli.Main("watch", args, run) }

const usage = `Usage: watch [flags]

Watches documents about political offices and reports leadership changes:
who left which office, who took it, since when.

Exit codes: 0 ok, 1 a run failed, 2 bad flags or schedule, 3 another
watcher holds the state database.

Examples:
  go run ./cmd/watch -once                                   # one check of seeds/
  go run ./cmd/watch -sources pages/ -schedule '@every 6h'   # a daemon
  go run ./cmd/watch -sources https://example.org/page.txt -schedule 'CRON_TZ=UTC 0 7 * * *'

Flags:
`

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("watch", flag.ContinueOnError)
	var sources cli.MultiFlag
	fs.Var(&sources, "sources", "a folder (each *.txt a source), a file or an http(s) URL (repeatable; default: seeds)")
	once := fs.Bool("once", false, "run one check and exit")
	check := fs.Bool("check", false, "check the state database (SQLite's integrity check, tables, stored changes) and exit: 0 sound, 1 damaged")
	schedule := fs.String("schedule", "@hourly", "when to check: a cron spec (five fields, @hourly, @every 6h, a CRON_TZ= prefix)")
	state := fs.String("state", "out/watch/state.db", "the state database")
	reports := fs.String("reports", "out/watch", "the folder for reports")
	webhook := fs.String("webhook", os.Getenv("TENURE_WEBHOOK"), "POST each run's JSON report to this URL (a Slack or Mattermost incoming webhook shows its text field); failed deliveries are retried on later runs. Default: $TENURE_WEBHOOK, which keeps a secret URL off the command line")
	webhookCorrections := fs.Bool("webhook-corrections", false, "also send corrections of the record (dates, spellings, infobox values) to the webhook, not only leadership changes")
	hostDelay := fs.Duration("host-delay", time.Second, "least time between two HTTP requests to one host")
	timeout := fs.Duration("timeout", 30*time.Second, "timeout of one HTTP request")
	settle := fs.Int("settle", 1, "report a new version only after it has been seen in this many consecutive runs")
	contextLines := fs.Int("context", 3, "lines of context around each text diff hunk")
	if done, err := cli.Parse(fs, args, "watch", usage, "use -sources PATH", stdout, stderr); done {
		return err
	}
	if len(sources) == 0 {
		sources = cli.MultiFlag{"seeds"}
	}
	switch {
	case *contextLines < 0:
		return cli.Exit(exitUsage, fmt.Errorf("-context must be 0 or more, not %d", *contextLines))
	case *settle < 1:
		return cli.Exit(exitUsage, fmt.Errorf("-settle must be 1 or more, not %d", *settle))
	case *hostDelay < 0:
		return cli.Exit(exitUsage, fmt.Errorf("-host-delay must not be negative, not %s", *hostDelay))
	case *timeout <= 0:
		return cli.Exit(exitUsage, fmt.Errorf("-timeout must be positive, not %s", *timeout))
	}
	var sched cron.Schedule
	if !*once {
		var err error
		if sched, err = ParseSchedule(*schedule); err != nil {
			return cli.Exit(exitUsage, err)
		}
		if err := checkSchedule(*schedule, sched, time.Now()); err != nil {
			return cli.Exit(exitUsage, err)
		}
	}
	log := slogTo(stderr)
	store, err := watch.OpenStore(ctx, *state)
	if err != nil {
		if errors.Is(err, watch.ErrLocked) {
			return cli.Exit(exitLocked, err)
		}
		return err
	}
	defer store.Close()
	if *check {
		problems, err := store.Check(ctx)
		if err != nil {
			return err
		}
		for _, p := range problems {
			fmt.Fprintln(stdout, termsafe.Line(p))
		}
		if len(problems) > 0 {
			return fmt.Errorf("state %s: %d %s", *state, len(problems), map[bool]string{true: "problem", false: "problems"}[len(problems) == 1])
		}
		fmt.Fprintf(stdout, "state %s is sound\n", termsafe.Line(*state))
		return nil
	}
	fetcher := watch.NewFetcher()
	fetcher.HostDelay, fetcher.Client.Timeout = *hostDelay, *timeout
	w := watch.New(store, watch.Config{Fetcher: fetcher, Sources: sources, ReportDir: *reports, Context: *contextLines, Log: log, Webhook: *webhook, WebhookCorrections: *webhookCorrections, Settle: *settle})
	runOnce := func(ctx context.Context) (err error) {
		started := time.Now()
		defer func() {
			// A run that failed or panicked is recorded among the runs.
			r := recover()
			if r != nil {
				err = fmt.Errorf("run panicked: %v", r)
				log.Error("run failed", "error", err, "stack", string(debug.Stack()))
			}
			if err != nil && !errors.Is(err, context.Canceled) {
				if rerr := store.RecordFailedRun(context.Background(), started, time.Now(), err.Error()); rerr != nil {
					log.Error("could not record the failed run", "error", rerr)
				}
			}
		}()
		res, err := w.Run(ctx)
		attrs := []any{"run", res.Run, "sources_checked", res.Checked, "sources_changed", res.Changed,
			"sources_failed", res.Failed, "changes", len(res.Changes), "duration", time.Since(started).Round(time.Millisecond)}
		switch {
		case err != nil:
			log.Error("run failed", append(attrs, "error", err)...)
		case res.Baseline:
			log.Info("baseline recorded: later runs report changes against it", attrs...)
		default:
			log.Info("run", append(attrs, "report", res.Report)...)
		}
		for _, c := range res.Changes {
			fmt.Fprintln(stdout, termsafe.Line(c.Headline))
		}
		return err
	}
	if *once {
		return runOnce(ctx)
	}
	return daemon(ctx, sched, runOnce, log)
}

// checkSchedule refuses a schedule that never runs (30 February) or runs
// more often than once a minute ("@every 10s"): the sources' servers are
// not to be hammered.
func checkSchedule(spec string, s cron.Schedule, now time.Time) error {
	first := s.Next(now)
	if first.IsZero() {
		return fmt.Errorf("schedule %q never runs", spec)
	}
	if second := s.Next(first); !second.IsZero() && second.Sub(first) < time.Minute {
		return fmt.Errorf("schedule %q runs every %s; the least interval is one minute", spec, second.Sub(first))
	}
	return nil
}

// ParseSchedule reads a cron spec. robfig/cron panics on some malformed
// specs; the panic becomes an error. Specs without CRON_TZ= run in UTC.
func ParseSchedule(spec string) (s cron.Schedule, err error) {
	defer func() {
		if r := recover(); r != nil {
			s, err = nil, fmt.Errorf("schedule %q: %v", spec, r)
		}
	}()
	spec = strings.TrimSpace(spec)
	if !strings.HasPrefix(spec, "CRON_TZ=") && !strings.HasPrefix(spec, "TZ=") {
		spec = "CRON_TZ=UTC " + spec
	}
	p := cron.NewParser(cron.Minute | cron.Hour | cron.Dom | cron.Month | cron.Dow | cron.Descriptor)
	s, err = p.Parse(spec)
	if err != nil {
		return nil, fmt.Errorf("schedule %q: %w", spec, err)
	}
	return s, nil
}

// recovered turns a panic in a run into a logged error, so that the
// daemon goes on to its next run.
func recovered(check func(context.Context) error, log *slog.Logger) func(context.Context) error {
	return func(ctx context.Context) (err error) {
		defer func() {
			if r := recover(); r != nil {
				err = fmt.Errorf("run panicked: %v", r)
				log.Error("run failed", "error", err, "stack", string(debug.Stack()))
			}
		}()
		return check(ctx)
	}
}

// daemon runs check on the schedule, never two at once. On SIGINT or
// SIGTERM it gives the run in progress stopGrace to finish, cancels it
// after that, and returns.
func daemon(ctx context.Context, sched cron.Schedule, check func(context.Context) error, log *slog.Logger) error {
	logger := cron.PrintfLogger(slog.NewLogLogger(log.Handler(), slog.LevelWarn))
	c := cron.New(cron.WithLocation(time.UTC), cron.WithLogger(logger),
		// SkipIfStillRunning outside, Recover inside: a panic must not
		// unwind through SkipIfStillRunning, which would lose its token
		// and skip every later run in silence.
		cron.WithChain(cron.SkipIfStillRunning(logger), cron.Recover(logger)))
	// Runs get their own context: a signal lets the current run finish.
	runCtx, cancelRuns := context.WithCancel(context.Background())
	defer cancelRuns()
	var wg sync.WaitGroup
	c.Schedule(sched, cron.FuncJob(func() {
		wg.Add(1)
		defer wg.Done()
		_ = recovered(check, log)(runCtx)
	}))
	c.Start()
	log.Info("watching", "next_run", sched.Next(time.Now()).Format(time.RFC3339))
	<-ctx.Done()
	log.Info("stopping: the run in progress has a few seconds to finish")
	stopped := c.Stop()
	select {
	case <-stopped.Done():
	case <-time.After(stopGrace):
		// Still fetching or comparing: cancel it. A cancelled run commits
		// nothing, and the next run does its work again.
		cancelRuns()
		<-stopped.Done()
	}
	wg.Wait()
	return nil
}

// stopGrace is how long a run in progress may go on after SIGINT or
// SIGTERM before it is cancelled.
const stopGrace = 5 * time.Second

func slogTo(w io.Writer) *slog.Logger { return slog.New(slog.NewTextHandler(w, nil)) }
