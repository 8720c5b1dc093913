package main

import (
	"bytes"
	"strings"
	"testing"

	"tenure/pipeline"
)

func TestTenureCommand(t *testing.T) {
	var out, errs bytes.Buffer
	if code := run([]string{"version"}, &out, &errs); code != 0 || strings.TrimSpace(out.String()) != "tenure "+pipeline.Version {
		t.Errorf("version: %d %q", code, out.String())
	}
	if code := run([]string{"frobnicate"}, &out, &errs); code != 2 || !strings.Contains(errs.String(), "unknown command") {
		t.Errorf("unknown command: %d %q", code, errs.String())
	}
	if code := run(nil, &out, &errs); code != 2 {
		t.Errorf("no command: %d", code)
	}
}
