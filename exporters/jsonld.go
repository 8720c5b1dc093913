package exporters

import (
	"cmp"
	"context"
	"io"
	"path/filepath"
	"slices"
	"strconv"

	"tenure/pipeline"
)

// JSONLD writes tenure.jsonld: one JSON-LD document with an inline
// @context (it expands offline), absolute IRIs for every node, and the
// W3C ORG / Popolo / schema.org model: offices are org:Post, terms are
// org:Membership and schema:OrganizationRole linking org:member (a
// schema:Person) and the post (opengov:post), dates are typed by their
// precision (xsd:gYear, xsd:gYearMonth, xsd:date), names are tagged
// "en" or "zh", and what the standard vocabularies lack (precision,
// ordinal, incumbent, acting, sources) is under tenure's vocabulary
// (VocabIRI). Nodes are written one per line, in a stable order.
type JSONLD struct{}

var _ Writer = JSONLD{}

// JSONLDFile is the name of the JSON-LD document.
const JSONLDFile = "tenure.jsonld"

// VocabIRI is the namespace of tenure's own properties and classes.
const VocabIRI = "urn:tenure:vocab#"

// jsonldContext maps every prefix the document uses. There is no @vocab:
// an unmapped key would be an error in a safe-mode processor rather than
// a silently invented property.
const jsonldContext = `{"schema":"http://schema.org/","org":"http://www.w3.org/ns/org#",` +
	`"opengov":"http://www.w3.org/ns/opengov#","skos":"http://www.w3.org/2004/02/skos/core#",` +
	`"xsd":"http://www.w3.org/2001/XMLSchema#","prov":"http://www.w3.org/ns/prov#",` +
	`"dcterms":"http://purl.org/dc/terms/","t":"` + VocabIRI + `"}`

// Write implements Writer.
func (j JSONLD) Write(ctx context.Context, ds *pipeline.Dataset, dir string, opt Options) ([]string, error) {
	err := writeFile(filepath.Join(dir, JSONLDFile), opt, func(w io.Writer) error {
		return j.WriteDocument(ctx, w, ds, opt)
	})
	if err != nil {
		return nil, err
	}
	return []string{JSONLDFile}, nil
}

// iri is an IRI in two parts, a prefix ending in ':' and an ID, written
// one after the other: the millions of references between nodes are not
// made into strings of their own first.
type iri struct{ prefix, id string }

// iris mints the IRIs of the dataset's nodes.
type iris struct{ base, source, office, person, term, org, finding string }

func newIRIs(base string) iris {
	return iris{base: base, source: base + "source:", office: base + "office:", person: base + "person:",
		term: base + "term:", org: base + "organization:", finding: base + "finding:"}
}

func (i iris) sourceIRI(id string) iri { return iri{i.source, id} }
func (i iris) officeIRI(id string) iri { return iri{i.office, id} }
func (i iris) personIRI(id string) iri { return iri{i.person, id} }
func (i iris) termIRI(id string) iri   { return iri{i.term, id} }
func (i iris) orgIRI(name string) iri  { return iri{i.org, pipeline.Slug(name)} }
func (i iris) findingIRI(id string) iri {
	return iri{i.finding, id}
}

// WriteDocument writes the JSON-LD document to w.
func (JSONLD) WriteDocument(ctx context.Context, w io.Writer, ds *pipeline.Dataset, opt Options) error {
	base := opt.BaseIRI
	if base == "" {
		base = "urn:tenure:"
	}
	ir := newIRIs(base)
	out := &nodeWriter{w: w}
	out.raw(`{"@context":` + jsonldContext + ",\n\"@graph\":[\n")
	var n node
	// The dataset itself, in the default graph with everything else.
	n.start(iri{prefix: base + "dataset"}, `"schema:Dataset"`)
	n.str("schema:name", "tenure: political offices and their holders", "en")
	n.str("schema:license", opt.License, "")
	n.str("schema:version", opt.Version, "")
	out.node(&n)
	for _, s := range ds.Sources {
		n.start(ir.sourceIRI(s.ID), `"prov:Entity"`)
		n.str("dcterms:title", s.Title, "")
		n.str("t:path", s.Path, "")
		n.str("t:kind", s.Kind, "")
		n.str("t:sha256", s.SHA256, "")
		n.int("t:bytes", s.Bytes)
		n.int("t:lines", int64(s.Lines))
		out.node(&n)
	}
	// Organisations: the bodies offices belong to, one node per name.
	bodies := map[string]bool{}
	var bodyNames []string
	for _, o := range ds.Offices {
		if o.Body != "" && !bodies[o.Body] {
			bodies[o.Body] = true
			bodyNames = append(bodyNames, o.Body)
		}
	}
	slices.Sort(bodyNames)
	for _, b := range bodyNames {
		n.start(ir.orgIRI(b), `"org:Organization"`)
		n.str("skos:prefLabel", b, "en")
		out.node(&n)
	}
	officeOrg := map[string]iri{} // the IRI of each office's body, slugged once
	officeTitle := map[string]string{}
	for _, o := range ds.Offices {
		if o.Body != "" {
			officeOrg[o.ID] = ir.orgIRI(o.Body)
		}
		officeTitle[o.ID] = o.Title
		n.start(ir.officeIRI(o.ID), `"org:Post"`)
		n.str("skos:prefLabel", o.Title, "en")
		if org, ok := officeOrg[o.ID]; ok {
			n.id("org:postIn", org)
		}
		n.str("t:post", o.Post, "en")
		n.str("t:jurisdiction", o.Jurisdiction, "en")
		n.str("t:officeType", o.OfficeType, "en")
		n.str("t:status", o.Status, "en")
		n.str("t:appointer", o.Appointer, "en")
		n.str("t:nominator", o.Nominator, "en")
		n.str("t:department", o.Department, "en")
		n.str("t:memberOf", o.MemberOf, "en")
		n.str("t:deputy", o.Deputy, "en")
		n.date("t:formation", "t:formationPrecision", o.Formation)
		n.date("t:abolished", "t:abolishedPrecision", o.Abolished)
		if o.InauguralPersonID != "" {
			n.id("t:inauguralHolder", ir.personIRI(o.InauguralPersonID))
		}
		if o.IncumbentPersonID != "" {
			n.id("t:incumbentHolder", ir.personIRI(o.IncumbentPersonID))
		}
		n.date("t:incumbentSince", "t:incumbentSincePrecision", o.IncumbentSince)
		n.str("t:incumbentStatus", o.IncumbentStatus, "")
		n.id("prov:wasDerivedFrom", ir.sourceIRI(o.SourceID))
		out.node(&n)
	}
	for i, p := range ds.Persons {
		if i%4096 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		n.start(ir.personIRI(p.ID), `"schema:Person"`)
		n.names("schema:name", p.NameEN, p.NameNative, p.NameNativeLang)
		n.date("schema:birthDate", "t:birthDatePrecision", p.Birth)
		n.str("t:birthPlace", p.BirthPlace, "en")
		n.date("schema:deathDate", "t:deathDatePrecision", p.Death)
		n.str("t:deathPlace", p.DeathPlace, "en")
		n.str("t:party", p.Party, "en")
		n.str("t:almaMater", p.AlmaMater, "en")
		if p.SourceID != "" {
			n.id("prov:wasDerivedFrom", ir.sourceIRI(p.SourceID))
		}
		out.node(&n)
	}
	var (
		officeID, title string
		org             iri
		hasOrg          bool
	)
	for i := range ds.Terms {
		t := &ds.Terms[i]
		if i%4096 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
			if out.err != nil {
				return out.err
			}
		}
		if i == 0 || t.OfficeID != officeID { // an office's terms are together
			officeID, title = t.OfficeID, officeTitle[t.OfficeID]
			org, hasOrg = officeOrg[t.OfficeID]
		}
		n.start(ir.termIRI(t.ID), `["org:Membership","schema:OrganizationRole"]`)
		n.id("org:member", ir.personIRI(t.PersonID))
		n.id("opengov:post", ir.officeIRI(t.OfficeID))
		if hasOrg {
			n.id("org:organization", org)
		}
		n.str("schema:roleName", title, "en")
		n.names("t:listedName", t.NameEN, t.NameNative, t.NameNativeLang)
		if t.Ordinal > 0 {
			n.int("t:ordinal", int64(t.Ordinal))
		}
		n.date("schema:startDate", "t:startPrecision", t.Start)
		n.date("schema:endDate", "t:endPrecision", t.End)
		n.bool("t:incumbent", t.Incumbent)
		n.bool("t:acting", t.Acting)
		n.str("t:note", t.Note, "")
		if t.PredecessorPersonID != "" {
			n.id("t:predecessor", ir.personIRI(t.PredecessorPersonID))
		}
		if t.SuccessorPersonID != "" {
			n.id("t:successor", ir.personIRI(t.SuccessorPersonID))
		}
		n.id("prov:wasDerivedFrom", ir.sourceIRI(t.SourceID))
		if t.SourceLine > 0 {
			n.int("t:sourceLine", int64(t.SourceLine))
		}
		for _, c := range t.CorroboratedBy {
			n.id("t:corroboratedBy", ir.sourceIRI(c))
		}
		out.node(&n)
	}
	for _, f := range ds.Findings {
		n.start(ir.findingIRI(f.ID), `"t:Finding"`)
		n.str("t:severity", f.Severity.String(), "")
		n.str("t:code", f.Code, "")
		n.str("t:subject", f.SubjectID, "")
		n.str("schema:description", f.Message, "en")
		if f.SourceID != "" {
			n.id("prov:wasDerivedFrom", ir.sourceIRI(f.SourceID))
		}
		if f.Line > 0 {
			n.int("t:sourceLine", int64(f.Line))
		}
		out.node(&n)
	}
	out.raw("\n]}\n")
	out.flush()
	return out.err
}

// nodeWriter writes the nodes of @graph, comma-separated, one per line.
type nodeWriter struct {
	w     io.Writer
	buf   []byte
	nodes int
	err   error
}

func (o *nodeWriter) raw(s string) { o.buf = append(o.buf, s...) }

func (o *nodeWriter) node(n *node) {
	n.closeArray()
	if o.nodes > 0 {
		o.buf = append(o.buf, ",\n"...)
	}
	o.nodes++
	o.buf = append(o.buf, n.buf...)
	o.buf = append(o.buf, '}')
	if len(o.buf) > 1<<20 {
		o.flush()
	}
}

func (o *nodeWriter) flush() {
	if o.err == nil && len(o.buf) > 0 {
		_, o.err = o.w.Write(o.buf)
	}
	o.buf = o.buf[:0]
}

// node builds one JSON object with keys in the order they are added.
// Repeated keys (several corroborating sources) become one array.
type node struct {
	buf     []byte
	lastKey string
	inArray bool
}

func (n *node) start(id iri, typ string) {
	n.buf = append(n.buf[:0], `{"@id":`...)
	n.buf = appendIRI(n.buf, id)
	n.buf = append(n.buf, `,"@type":`...)
	n.buf = append(n.buf, typ...)
	n.lastKey, n.inArray = "", false
}

// key starts the value of key k, or the next element of its array when k
// repeats the previous key.
func (n *node) key(k string) {
	if k == n.lastKey {
		if !n.inArray {
			// Turn the single value into an array: find where it started.
			i := lastValueStart(n.buf, k)
			n.buf = append(n.buf[:i], append([]byte{'['}, n.buf[i:]...)...)
			n.inArray = true
		}
		n.buf = append(n.buf, ',')
		return
	}
	n.closeArray()
	n.buf = append(n.buf, ',')
	n.buf = appendJSONString(n.buf, k)
	n.buf = append(n.buf, ':')
	n.lastKey = k
}

func (n *node) closeArray() {
	if n.inArray {
		n.buf = append(n.buf, ']')
		n.inArray = false
	}
}

// lastValueStart returns the offset just after `"k":` for the last key k.
func lastValueStart(buf []byte, k string) int {
	pat := appendJSONString(nil, k)
	pat = append(pat, ':')
	for i := len(buf) - len(pat); i >= 0; i-- {
		if string(buf[i:i+len(pat)]) == string(pat) {
			return i + len(pat)
		}
	}
	return len(buf)
}

func (n *node) id(k string, id iri) {
	n.key(k)
	n.buf = append(n.buf, `{"@id":`...)
	n.buf = appendIRI(n.buf, id)
	n.buf = append(n.buf, '}')
}

// appendIRI appends id as the JSON string of its prefix and ID joined.
// Escaped apart, they are escaped as their join would be: a prefix ends
// in ':' (or has no ID after it), so no character is split between them.
func appendIRI(b []byte, id iri) []byte {
	b = append(b, '"')
	b = jsonLDEscaper.append(b, id.prefix)
	b = jsonLDEscaper.append(b, id.id)
	return append(b, '"')
}

// str adds a plain or language-tagged string; nothing for "".
func (n *node) str(k, s, lang string) {
	if s == "" {
		return
	}
	n.key(k)
	if lang == "" {
		n.buf = appendJSONString(n.buf, s)
		return
	}
	n.buf = append(n.buf, `{"@value":`...)
	n.buf = appendJSONString(n.buf, s)
	n.buf = append(n.buf, `,"@language":"`...)
	n.buf = append(n.buf, lang...)
	n.buf = append(n.buf, `"}`...)
}

// names adds the Latin-script and native-script forms of a name, tagged
// en and with the native name's language (zh, ja, ko, …).
func (n *node) names(k, en, native, lang string) {
	n.str(k, en, "en")
	n.str(k, native, cmp.Or(lang, "und"))
}

func (n *node) int(k string, v int64) {
	n.key(k)
	n.buf = strconv.AppendInt(n.buf, v, 10)
}

func (n *node) bool(k string, v bool) {
	n.key(k)
	n.buf = strconv.AppendBool(n.buf, v)
}

// date adds a date as a literal typed by its precision, and its precision.
func (n *node) date(k, precisionKey string, d pipeline.Date) {
	if d.IsZero() {
		return
	}
	typ := "xsd:date"
	switch d.Precision {
	case pipeline.PrecisionYear:
		typ = "xsd:gYear"
	case pipeline.PrecisionMonth:
		typ = "xsd:gYearMonth"
	}
	n.key(k)
	n.buf = append(n.buf, `{"@value":"`...)
	n.buf = append(n.buf, d.String()...)
	n.buf = append(n.buf, `","@type":"`...)
	n.buf = append(n.buf, typ...)
	n.buf = append(n.buf, `"}`...)
	n.str(precisionKey, d.Precision.String(), "")
}

// appendJSONString appends s as a JSON string. HTML-significant
// characters are escaped too, so the document can be embedded in a page.
func appendJSONString(b []byte, s string) []byte { return appendQuoted(b, s, &jsonLDEscaper) }

// appendJSONText appends s as a JSON string as encoding/json writes it
// without HTML escaping (the FollowTheMoney lines).
func appendJSONText(b []byte, s string) []byte { return appendQuoted(b, s, &plainJSONEscaper) }

func appendQuoted(b []byte, s string, e *escaper) []byte {
	b = append(b, '"')
	b = e.append(b, s)
	return append(b, '"')
}

var (
	jsonLDEscaper    = newJSONEscaper(true, false)
	plainJSONEscaper = newJSONEscaper(false, true)
)

// newJSONEscaper escapes quotes, backslashes and control characters (as
// \n, \r, \t, with shortBF \b and \f too, else \u00XX), with html also
// <, > and &; invalid bytes become U+FFFD and the line and paragraph
// separators \u2028 and \u2029 (which JavaScript does not allow in a
// string).
func newJSONEscaper(html, shortBF bool) (e escaper) {
	const hex = "0123456789abcdef"
	for c := range 0x20 {
		e.ascii[c] = `\u00` + string(hex[c>>4]) + string(hex[c&0xf])
	}
	e.ascii['\n'], e.ascii['\r'], e.ascii['\t'] = `\n`, `\r`, `\t`
	if shortBF {
		e.ascii['\b'], e.ascii['\f'] = `\b`, `\f`
	}
	e.ascii['"'], e.ascii['\\'] = `\"`, `\\`
	if html {
		e.ascii['<'], e.ascii['>'], e.ascii['&'] = `\u003c`, `\u003e`, `\u0026`
	}
	e.other = func(r rune, size int) string {
		switch {
		case invalid(r, size):
			return `\ufffd`
		case r == '\u2028':
			return `\u2028`
		case r == '\u2029':
			return `\u2029`
		}
		return ""
	}
	return e.indexed()
}
