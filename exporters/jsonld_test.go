package exporters

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/piprate/json-gold/ld"
)

func loadJSONLD(t *testing.T, path string) map[string]any {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatalf("%s is not JSON: %v", path, err)
	}
	return doc
}

func safeOptions() *ld.JsonLdOptions {
	opts := ld.NewJsonLdOptions("")
	opts.SafeMode = true
	opts.Format = "application/n-quads"
	return opts
}

// TestJSONLDExpandsWithoutLoss expands the document with a JSON-LD
// processor in safe mode (which fails on any dropped key or relative IRI),
// converts it to N-Quads and looks for the triples of a known term.
func TestJSONLDExpandsWithoutLoss(t *testing.T) {
	ds := seedDataset(t)
	dir := writeAll(t, ds, "jsonld")
	doc := loadJSONLD(t, filepath.Join(dir, JSONLDFile))
	proc := ld.NewJsonLdProcessor()
	if _, err := proc.Expand(doc, safeOptions()); err != nil {
		t.Fatalf("safe-mode expansion: %v", err)
	}
	nq, err := proc.ToRDF(doc, safeOptions())
	if err != nil {
		t.Fatalf("toRDF: %v", err)
	}
	quads := nq.(string)
	term := "<urn:tenure:term:party-secretary-of-qinghai/13>"
	for _, want := range []string{
		term + ` <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/ns/org#Membership> .`,
		term + ` <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://schema.org/OrganizationRole> .`,
		term + ` <http://www.w3.org/ns/org#member> <urn:tenure:person:zhao-leji> .`,
		term + ` <http://www.w3.org/ns/opengov#post> <urn:tenure:office:party-secretary-of-qinghai> .`,
		term + ` <http://schema.org/startDate> "2003-08-19"^^<http://www.w3.org/2001/XMLSchema#date> .`,
		term + ` <http://schema.org/endDate> "2007-03-26"^^<http://www.w3.org/2001/XMLSchema#date> .`,
		term + ` <urn:tenure:vocab#ordinal> "13"^^<http://www.w3.org/2001/XMLSchema#integer> .`,
		term + ` <urn:tenure:vocab#startPrecision> "day" .`,
		term + ` <http://www.w3.org/ns/prov#wasDerivedFrom> <urn:tenure:source:party-secretary-of-qinghai> .`,
		`<urn:tenure:person:zhao-leji> <http://schema.org/name> "Zhao Leji"@en .`,
		`<urn:tenure:person:zhao-leji> <http://schema.org/name> "赵乐际"@zh .`,
		`<urn:tenure:term:party-secretary-of-heilongjiang/1> <http://schema.org/startDate> "1949-05"^^<http://www.w3.org/2001/XMLSchema#gYearMonth> .`,
		`<urn:tenure:term:party-secretary-of-chongqing/1> <http://schema.org/startDate> "1949"^^<http://www.w3.org/2001/XMLSchema#gYear> .`,
		`<urn:tenure:term:party-secretary-of-qinghai/20> <urn:tenure:vocab#corroboratedBy> <urn:tenure:source:wu-xiaojun> .`,
		`<urn:tenure:term:party-secretary-of-qinghai/20> <urn:tenure:vocab#incumbent> "true"^^<http://www.w3.org/2001/XMLSchema#boolean> .`,
	} {
		if !strings.Contains(quads, want+"\n") {
			t.Errorf("N-Quads lack:\n%s", want)
		}
	}
	// Every subject is an absolute IRI, never a blank node from a dropped @id.
	for _, line := range strings.Split(strings.TrimSpace(quads), "\n") {
		if !strings.HasPrefix(line, "<urn:tenure:") {
			t.Errorf("subject is not a minted IRI: %s", line)
			break
		}
	}
	// Every key of the compact document maps to an IRI through the context.
	ctx := doc["@context"].(map[string]any)
	var walk func(v any)
	walk = func(v any) {
		switch v := v.(type) {
		case map[string]any:
			for k, x := range v {
				if !strings.HasPrefix(k, "@") {
					prefix, _, ok := strings.Cut(k, ":")
					if _, mapped := ctx[prefix]; !ok || !mapped {
						t.Errorf("key %q maps to no IRI", k)
					}
				}
				if k != "@context" {
					walk(x)
				}
			}
		case []any:
			for _, x := range v {
				walk(x)
			}
		}
	}
	walk(doc)
}

// TestJSONLDGolden compares the seeds' document with the golden file.
func TestJSONLDGolden(t *testing.T) {
	ds := seedDataset(t)
	dir := writeAll(t, ds, "jsonld")
	got, _ := os.ReadFile(filepath.Join(dir, JSONLDFile))
	goldenFile(t, "testdata/seeds.jsonld", got)
}

// TestCSVGolden compares the seeds' CSV files with golden files.
func TestCSVGolden(t *testing.T) {
	ds := seedDataset(t)
	dir := writeAll(t, ds, "csv")
	for _, tb := range Tables {
		got, _ := os.ReadFile(filepath.Join(dir, tb.Name+".csv"))
		goldenFile(t, "testdata/seeds/"+tb.Name+".csv", got)
	}
}

func goldenFile(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		os.MkdirAll(filepath.Dir(path), 0o755)
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./exporters -update)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs; if intended, run go test ./exporters -update and review the diff", path)
	}
}

func TestAppendJSONString(t *testing.T) {
	for _, s := range []string{"plain", `q"uote\back`, "新\n行\t<tag>&", "\x01\u2028", "bad\xffutf8"} {
		var back string
		if err := json.Unmarshal(appendJSONString(nil, s), &back); err != nil {
			t.Errorf("%q: %v", s, err)
			continue
		}
		if want := strings.ToValidUTF8(s, "\ufffd"); back != want {
			t.Errorf("round trip %q → %q", s, back)
		}
	}
}

// FuzzAppendJSONString checks that any text reads back from JSON as
// itself, each invalid byte as U+FFFD, and that no HTML-significant
// character is left for a page embedding the document to trip on.
func FuzzAppendJSONString(f *testing.F) {
	for _, s := range []string{"plain", `q"uote\back`, "新\n行\t<tag>&", "\x01\u2028", "bad\xffutf8"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := appendJSONString(nil, s)
		var back string
		if err := json.Unmarshal(out, &back); err != nil {
			t.Fatalf("%q → %s: %v", s, out, err)
		}
		var want strings.Builder
		for _, r := range s { // an invalid byte ranges as U+FFFD
			want.WriteRune(r)
		}
		if back != want.String() {
			t.Fatalf("round trip %q → %q", s, back)
		}
		if bytes.ContainsAny(out, "<>&\u2028\u2029") {
			t.Fatalf("%q → %s holds an HTML-significant character", s, out)
		}
	})
}

// TestEscapersIndexed: every escaper was finished with indexed, without
// which its plain text would be dropped, and its plain table agrees with
// its replacements.
func TestEscapersIndexed(t *testing.T) {
	for name, e := range map[string]*escaper{"html": &htmlEscaper, "json-ld": &jsonLDEscaper, "json": &plainJSONEscaper, "xlsx cell": &cellEscaper} {
		for c := range 256 {
			want := e.other == nil
			if c < utf8.RuneSelf {
				want = e.ascii[c] == ""
			}
			if e.plain[c] != want {
				t.Errorf("%s escaper: plain[%#x] = %v, want %v", name, c, e.plain[c], want)
			}
		}
		if got := string(e.append(nil, "Zhao Leji 赵乐际")); !strings.HasPrefix(got, "Zhao Leji ") {
			t.Errorf("%s escaper: %q", name, got)
		}
	}
}

// TestAppendIRI: an IRI written in two parts is the JSON string of the
// two joined, whatever the base IRI holds.
func TestAppendIRI(t *testing.T) {
	for _, base := range []string{"urn:tenure:", "https://example.org/ä\"<x/", "urn:\xe4", "urn:\xe4\xb8", ""} {
		ir := newIRIs(base)
		for _, id := range []iri{ir.personIRI("wang-wei"), ir.termIRI("governor/1"), ir.orgIRI("CPC Jiangsu Committee"),
			ir.sourceIRI("\xb8x"), {prefix: base + "dataset"}} {
			if got, want := string(appendIRI(nil, id)), string(appendJSONString(nil, id.prefix+id.id)); got != want {
				t.Errorf("appendIRI(%q) = %s, want %s", id, got, want)
			}
		}
	}
}
