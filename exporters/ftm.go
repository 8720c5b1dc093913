package exporters

import (
	"bufio"
	"context"
	"io"
	"path/filepath"
	"slices"
	"strings"
	"unsafe"

	"tenure/pipeline"
)

// FTM writes tenure.ftm.json: FollowTheMoney entities, the model that
// OpenSanctions, Aleph and yente ingest, one JSON object a line. Every
// person is a Person, every office a Position and every term an Occupancy
// linking them; dates keep their precision (FtM dates are ISO prefixes,
// as tenure's are), occupancies say whether they are current or ended,
// and positions carry their country, subnational area and topics.
type FTM struct{}

var _ Writer = FTM{}

// FTMFile is the name of the FollowTheMoney entity file.
const FTMFile = "tenure.ftm.json"

// Write implements Writer.
func (f FTM) Write(ctx context.Context, ds *pipeline.Dataset, dir string, opt Options) ([]string, error) {
	err := writeHashedFile(filepath.Join(dir, FTMFile), opt, func(w io.Writer) error {
		return f.WriteEntities(ctx, w, ds)
	})
	if err != nil {
		return nil, err
	}
	return []string{FTMFile}, nil
}

// ftmEntity is one line of the file.
type ftmEntity struct {
	ID, Schema string
	props      []ftmProperty // in the order added
}

type ftmProperty struct {
	name   string
	values []string
}

// add sets a property to the non-empty values given.
func (e *ftmEntity) add(prop string, values ...string) {
	for _, v := range values {
		if v = strings.TrimSpace(v); v != "" {
			e.set(prop, v)
		}
	}
}

// set adds a value to a property, once.
func (e *ftmEntity) set(prop, v string) {
	for i := range e.props {
		if e.props[i].name == prop {
			if !slices.Contains(e.props[i].values, v) {
				e.props[i].values = append(e.props[i].values, v)
			}
			return
		}
	}
	if n := len(e.props); n < cap(e.props) { // a property of an earlier entity: reuse its values
		e.props = e.props[:n+1]
		e.props[n].name, e.props[n].values = prop, append(e.props[n].values[:0], v)
		return
	}
	e.props = append(e.props, ftmProperty{prop, []string{v}})
}

// reset makes e a new entity with no properties, keeping its memory.
func (e *ftmEntity) reset(id, schema string) *ftmEntity {
	e.ID, e.Schema, e.props = id, schema, e.props[:0]
	return e
}

// appendJSON appends the entity as a line of JSON, as encoding/json
// writes {"id", "schema", "properties"} with the properties a map: names
// in order, no HTML escaping.
func (e *ftmEntity) appendJSON(b []byte) []byte {
	slices.SortFunc(e.props, func(a, b ftmProperty) int { return strings.Compare(a.name, b.name) })
	b = append(b, `{"id":`...)
	b = appendJSONText(b, e.ID)
	b = append(b, `,"schema":`...)
	b = appendJSONText(b, e.Schema)
	b = append(b, `,"properties":{`...)
	for i, p := range e.props {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendJSONText(b, p.name)
		b = append(b, `:[`...)
		for j, v := range p.values {
			if j > 0 {
				b = append(b, ',')
			}
			b = appendJSONText(b, v)
		}
		b = append(b, ']')
	}
	return append(b, "}}\n"...)
}

// FtM entity IDs: tenure's IDs, prefixed by schema so they never clash.
const (
	ftmPersonPrefix    = "tenure-person-"
	ftmPositionPrefix  = "tenure-position-"
	ftmOccupancyPrefix = "tenure-occupancy-"
)

func ftmPersonID(id string) string    { return ftmPersonPrefix + id }
func ftmPositionID(id string) string  { return ftmPositionPrefix + id }
func ftmOccupancyID(id string) string { return ftmOccupancyPrefix + strings.ReplaceAll(id, "/", "-") }

// entityText makes the strings of one entity (its IDs and dates) in one
// buffer, reused from entity to entity instead of allocating each: they
// are views of the buffer, valid until reset, which is called only once
// the entity has been written. There are several per term.
type entityText struct{ buf []byte }

func (t *entityText) reset() { t.buf = t.buf[:0] }

// view returns the bytes appended since start as a string, without
// copying them. Appending more may move the buffer; the string still
// points at the bytes it was made of, which nothing writes to again
// before reset.
func (t *entityText) view(start int) string {
	if len(t.buf) == start {
		return ""
	}
	return unsafe.String(&t.buf[start], len(t.buf)-start)
}

// join returns prefix+id, as ftmPersonID does.
func (t *entityText) join(prefix, id string) string {
	start := len(t.buf)
	t.buf = append(append(t.buf, prefix...), id...)
	return t.view(start)
}

// occupancyID returns ftmOccupancyID(id).
func (t *entityText) occupancyID(id string) string {
	start := len(t.buf)
	t.buf = append(t.buf, ftmOccupancyPrefix...)
	for i := 0; i < len(id); i++ {
		c := id[i]
		if c == '/' {
			c = '-'
		}
		t.buf = append(t.buf, c)
	}
	return t.view(start)
}

// date returns the date as FtM writes it, ftmDate.
func (t *entityText) date(d pipeline.Date) string {
	if d.Year < 1 {
		return ""
	}
	start := len(t.buf)
	t.buf = d.AppendISO(t.buf)
	return t.view(start)
}

// ftmDate is the date's ISO text, or "" (no value) for a date before the
// common era: FtM's dates are of years 1 to 9999, and its tools reject
// ISO's astronomical years ("-0249"). The other formats keep them.
func ftmDate(d pipeline.Date) string {
	if d.Year < 1 {
		return ""
	}
	return d.String()
}

// WriteEntities writes the entities of the dataset: persons, then
// positions, then occupancies, each in the dataset's stable order.
func (FTM) WriteEntities(ctx context.Context, w io.Writer, ds *pipeline.Dataset) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	var line []byte
	var entity ftmEntity // reused: one entity is written at a time
	put := func(e *ftmEntity) error {
		line = e.appendJSON(line[:0])
		_, err := bw.Write(line)
		return err
	}
	// The titles of the posts each person held, each once, in the order
	// of the terms. A title is numbered once per office (offices can share
	// one), and a person's list is searched while it is short and indexed
	// in a set of (person, title) numbers when long: a common name can be
	// shared by dozens of officeholders.
	const searched = 16
	person := make(map[string]int32, len(ds.Persons))
	for i := range ds.Persons {
		person[ds.Persons[i].ID] = int32(i)
	}
	held := make([][]int32, len(ds.Persons))
	var titles []string
	titleNumber := map[string]int32{}
	indexed := map[uint64]bool{}
	officeID, title := "", int32(-1)
	for i := range ds.Terms {
		t := &ds.Terms[i]
		if i == 0 || t.OfficeID != officeID { // an office's terms are together
			officeID, title = t.OfficeID, -1
			if o := officeOf(ds, t.OfficeID); o != nil {
				if s := strings.TrimSpace(o.Title); s != "" {
					n, ok := titleNumber[s]
					if !ok {
						n = int32(len(titles))
						titleNumber[s] = n
						titles = append(titles, s)
					}
					title = n
				}
			}
		}
		p, ok := person[t.PersonID]
		if title < 0 || !ok {
			continue
		}
		posts := held[p]
		if len(posts) < searched {
			if !slices.Contains(posts, title) {
				held[p] = append(posts, title)
			}
			continue
		}
		key := func(title int32) uint64 { return uint64(p)<<32 | uint64(title) }
		if len(posts) == searched && !indexed[key(posts[0])] {
			for _, n := range posts {
				indexed[key(n)] = true
			}
		}
		if !indexed[key(title)] {
			indexed[key(title)] = true
			held[p] = append(posts, title)
		}
	}
	for i, p := range ds.Persons {
		e := entity.reset(ftmPersonID(p.ID), "Person")
		name := p.NameEN
		if name == "" {
			name = p.NameNative
		}
		e.add("name", name)
		if p.NameEN != "" {
			e.add("alias", p.NameNative)
		}
		e.add("birthDate", ftmDate(p.Birth))
		e.add("birthPlace", p.BirthPlace)
		e.add("deathDate", ftmDate(p.Death))
		e.add("political", p.Party)
		e.add("education", p.AlmaMater)
		if posts := held[i]; len(posts) > 0 {
			for _, n := range posts { // each title once, trimmed
				e.set("position", titles[n])
			}
			e.add("topics", "role.pep")
		}
		if err := put(e); err != nil {
			return err
		}
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	for i := range ds.Offices {
		o := &ds.Offices[i]
		e := entity.reset(ftmPositionID(o.ID), "Position")
		e.add("name", o.Title)
		e.add("alias", o.Aliases...)
		e.add("country", o.Country)
		if level := officeLevel(o); level != "gov.national" {
			e.add("subnationalArea", o.Jurisdiction)
		}
		e.add("inceptionDate", ftmDate(o.Formation))
		e.add("dissolutionDate", ftmDate(o.Abolished))
		e.add("topics", officeTopics(o)...)
		if err := put(e); err != nil {
			return err
		}
	}
	var text entityText
	officeID, post := "", ""
	for i := range ds.Terms {
		t := &ds.Terms[i]
		if i%4096 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		if i == 0 || t.OfficeID != officeID { // an office's terms are together
			officeID, post = t.OfficeID, ftmPositionID(t.OfficeID)
		}
		text.reset()
		e := entity.reset(text.occupancyID(t.ID), "Occupancy")
		e.add("holder", text.join(ftmPersonPrefix, t.PersonID))
		e.add("post", post)
		e.add("startDate", text.date(t.Start))
		e.add("endDate", text.date(t.End))
		switch {
		case t.Incumbent:
			e.add("status", "current")
		case !t.End.IsZero():
			e.add("status", "ended")
		default:
			e.add("status", "unknown")
		}
		if t.Acting {
			e.add("description", "acting")
		}
		e.add("summary", t.Note)
		if err := put(e); err != nil {
			return err
		}
	}
	return bw.Flush()
}

func officeOf(ds *pipeline.Dataset, id string) *pipeline.Office {
	i, ok := slices.BinarySearchFunc(ds.Offices, id, func(o pipeline.Office, id string) int { return strings.Compare(o.ID, id) })
	if !ok {
		return nil
	}
	return &ds.Offices[i]
}

// officeLevel is the FtM topic of an office's level of government: a
// national office (its title names the country or a national body, or
// its jurisdiction is its country), a city's (mayor, city, municipal),
// else a province's or state's.
func officeLevel(o *pipeline.Office) string {
	if o.Country != "" && pipeline.CountryCode(o.Jurisdiction) == o.Country {
		return "gov.national" // "Minister of Foreign Affairs (China)", "President of Mongolia"
	}
	l := strings.ToLower(o.Title + " " + o.Body)
	for _, w := range []string{"people's republic", "republic of", "state council", "national people's congress", "national assembly",
		"legislative yuan", "of china", "of japan", "of korea", "of india", "of the united states", "prime minister", "premier"} {
		if strings.Contains(l, w) {
			return "gov.national"
		}
	}
	for _, w := range []string{"mayor", "city", "municipal", "county", "district", "town"} {
		if strings.Contains(l, w) {
			return "gov.muni"
		}
	}
	if o.Jurisdiction == "" && o.Country == "" {
		return "gov"
	}
	return "gov.state"
}

// officeTopics are an office's FtM topics: its level, its function (the
// head of a government, a legislature, or an executive post) and role.pep.
func officeTopics(o *pipeline.Office) []string {
	topics := []string{officeLevel(o)}
	l := strings.ToLower(o.Title)
	switch {
	case strings.Contains(l, "congress") || strings.Contains(l, "assembly") || strings.Contains(l, "legislat") ||
		strings.Contains(l, "parliament") || strings.Contains(l, "cppcc") || strings.Contains(l, "member of"):
		topics = append(topics, "gov.legislative")
	case strings.HasPrefix(l, "governor") || strings.HasPrefix(l, "mayor") || strings.HasPrefix(l, "premier") ||
		strings.HasPrefix(l, "chief minister") || strings.HasPrefix(l, "president") || strings.HasPrefix(l, "prime minister") ||
		strings.HasPrefix(l, "party secretary") || strings.HasPrefix(l, "chairperson of") || strings.HasPrefix(l, "chairman of the") && !strings.Contains(l, "committee"):
		topics = append(topics, "gov.head")
	default:
		topics = append(topics, "gov.executive")
	}
	return append(topics, "role.pep")
}
