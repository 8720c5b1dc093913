package exporters

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"

	"tenure/internal/parallel"
	"tenure/pipeline"
)

// DataPackage writes datapackage.json, a Frictionless Data Package that
// describes the CSV files: Table Schema field types and descriptions,
// primary and foreign keys, a pattern constraint on the reduced-precision
// date columns, the license, the sources, and the size and sha256 of each
// CSV file, so frictionless validate (or any Table Schema tool) can check
// the data.
type DataPackage struct{}

var _ Writer = DataPackage{}

// DataPackageFile is the name of the descriptor.
const DataPackageFile = "datapackage.json"

type dpLicense struct {
	Name  string `json:"name"`
	Path  string `json:"path,omitempty"`
	Title string `json:"title,omitempty"`
}

type dpSource struct {
	Title string `json:"title"`
	Path  string `json:"path"`
	Hash  string `json:"hash"`
}

type dpField struct {
	Name        string         `json:"name"`
	Type        string         `json:"type"`
	Format      string         `json:"format,omitempty"`
	Description string         `json:"description"`
	TrueValues  []string       `json:"trueValues,omitempty"`
	FalseValues []string       `json:"falseValues,omitempty"`
	Constraints *dpConstraints `json:"constraints,omitempty"`
}

type dpConstraints struct {
	Required bool   `json:"required,omitempty"`
	Unique   bool   `json:"unique,omitempty"`
	Pattern  string `json:"pattern,omitempty"`
}

type dpForeignKey struct {
	Fields    string `json:"fields"`
	Reference struct {
		Resource string `json:"resource"`
		Fields   string `json:"fields"`
	} `json:"reference"`
}

type dpSchema struct {
	Fields        []dpField      `json:"fields"`
	PrimaryKey    string         `json:"primaryKey"`
	ForeignKeys   []dpForeignKey `json:"foreignKeys,omitempty"`
	MissingValues []string       `json:"missingValues"`
}

type dpDialect struct {
	Delimiter      string `json:"delimiter"`
	LineTerminator string `json:"lineTerminator"`
	QuoteChar      string `json:"quoteChar"`
	Header         bool   `json:"header"`
}

type dpResource struct {
	Name        string    `json:"name"`
	Path        string    `json:"path"`
	Profile     string    `json:"profile"`
	Title       string    `json:"title"`
	Description string    `json:"description"`
	Format      string    `json:"format"`
	Mediatype   string    `json:"mediatype"`
	Encoding    string    `json:"encoding"`
	Bytes       int       `json:"bytes"`
	Hash        string    `json:"hash"`
	Dialect     dpDialect `json:"dialect"`
	Schema      dpSchema  `json:"schema"`
}

// dpFile describes a file of the package that is not a table.
type dpFile struct {
	Name        string `json:"name"`
	Path        string `json:"path"`
	Profile     string `json:"profile"`
	Title       string `json:"title"`
	Description string `json:"description"`
	Format      string `json:"format"`
	Mediatype   string `json:"mediatype"`
	Encoding    string `json:"encoding"`
	Bytes       int64  `json:"bytes"`
	Hash        string `json:"hash"`
}

type dpPackage struct {
	Profile     string      `json:"profile"`
	Name        string      `json:"name"`
	Title       string      `json:"title"`
	Description string      `json:"description"`
	Version     string      `json:"version"`
	Licenses    []dpLicense `json:"licenses"`
	Sources     []dpSource  `json:"sources"`
	Resources   []any       `json:"resources"` // dpResource for the CSV tables, dpFile for other files
}

var knownLicenses = map[string]dpLicense{
	"CC-BY-SA-4.0": {Name: "CC-BY-SA-4.0", Path: "https://creativecommons.org/licenses/by-sa/4.0/", Title: "Creative Commons Attribution-ShareAlike 4.0"},
	"CC-BY-4.0":    {Name: "CC-BY-4.0", Path: "https://creativecommons.org/licenses/by/4.0/", Title: "Creative Commons Attribution 4.0"},
	"CC0-1.0":      {Name: "CC0-1.0", Path: "https://creativecommons.org/publicdomain/zero/1.0/", Title: "CC0 1.0"},
	"ODbL-1.0":     {Name: "ODbL-1.0", Path: "https://opendatacommons.org/licenses/odbl/1-0/", Title: "Open Data Commons Open Database License 1.0"},
}

// csvDigest returns the size and SHA-256 of a table's CSV file: of the
// file in dir if there is one, else of what the CSV writer writes.
func csvDigest(ds *pipeline.Dataset, t Table, opt Options, dir string) (int64, string, error) {
	if dir != "" {
		size, sum, ok, err := fileDigest(filepath.Join(dir, t.Name+".csv"), opt)
		if ok || err != nil {
			return size, sum, err
		}
	}
	h := sha256.New()
	cw := &countingWriter{w: h}
	if err := WriteCSVTable(cw, ds, t, opt.CSVBOM); err != nil {
		return 0, "", err
	}
	return int64(cw.n), hex.EncodeToString(h.Sum(nil)), nil
}

// fileDigest returns the size and SHA-256 of a file: as recorded when it
// was written in this export, else read as a stream; ok is false when
// there is no such file.
func fileDigest(path string, opt Options) (size int64, sum string, ok bool, err error) {
	if d, ok := opt.digests.get(path); ok {
		return d.size, d.sum, true, nil
	}
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return 0, "", false, nil
	}
	if err != nil {
		return 0, "", false, fmt.Errorf("datapackage: %w", err)
	}
	defer f.Close()
	h := sha256.New()
	if size, err = io.Copy(h, f); err != nil {
		return 0, "", false, fmt.Errorf("datapackage: %w", err)
	}
	return size, hex.EncodeToString(h.Sum(nil)), true, nil
}

// Write implements Writer.
func (DataPackage) Write(ctx context.Context, ds *pipeline.Dataset, dir string, opt Options) ([]string, error) {
	// The FollowTheMoney file, when this export wrote it: a resource that
	// is not a table, so the package is a plain data package. It is hashed
	// while the tables are.
	type digest struct {
		size int64
		sum  string
		ok   bool
		err  error
	}
	ftm := make(chan digest, 1)
	go func() {
		var d digest
		d.size, d.sum, d.ok, d.err = fileDigest(filepath.Join(dir, FTMFile), opt)
		ftm <- d
	}()
	pkg, err := describe(ctx, ds, opt, dir)
	d := <-ftm
	if err != nil {
		return nil, err
	}
	size, sum, ok, err := d.size, d.sum, d.ok, d.err
	if err != nil {
		return nil, err
	}
	if ok {
		pkg.Profile = "data-package"
		pkg.Resources = append(pkg.Resources, dpFile{Name: "ftm", Path: FTMFile, Profile: "data-resource",
			Title: "FollowTheMoney entities", Description: "Person, Position and Occupancy entities, one JSON object a line, for OpenSanctions, Aleph and yente.",
			Format: "json", Mediatype: "application/json", Encoding: "utf-8", Bytes: size, Hash: "sha256:" + sum})
	}
	err = writeFile(filepath.Join(dir, DataPackageFile), opt, func(w io.Writer) error {
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		return enc.Encode(pkg)
	})
	if err != nil {
		return nil, err
	}
	return []string{DataPackageFile}, nil
}

// Describe builds the data package descriptor of the dataset's CSV files.
func Describe(ctx context.Context, ds *pipeline.Dataset, opt Options) (any, error) {
	return describe(ctx, ds, opt, "")
}

// describe builds the descriptor; the size and hash of each CSV file are
// read from the file in dir, when this export wrote it there, and
// otherwise from the CSV writer's output.
func describe(ctx context.Context, ds *pipeline.Dataset, opt Options, dir string) (*dpPackage, error) {
	lic, ok := knownLicenses[opt.License]
	if !ok {
		lic = dpLicense{Name: opt.License}
	}
	pkg := dpPackage{
		Profile:     "tabular-data-package",
		Name:        "tenure",
		Title:       "tenure: political offices, terms of office and officeholders",
		Description: "Offices, terms of office, persons and data-quality findings extracted from encyclopedia pages, each value at the precision its source gave and traced to its document and line.",
		Version:     opt.Version,
		Licenses:    []dpLicense{lic},
		Sources:     []dpSource{},
	}
	for _, s := range ds.Sources {
		pkg.Sources = append(pkg.Sources, dpSource{Title: s.Title, Path: s.Path, Hash: "sha256:" + s.SHA256})
	}
	// The files are hashed on every core: the terms table's alone is
	// tens of megabytes.
	type digest struct {
		size int64
		sum  string
		err  error
	}
	digests := make([]digest, len(Tables))
	parallel.For(len(Tables), runtime.GOMAXPROCS(0), func(i int) {
		if digests[i].err = ctx.Err(); digests[i].err == nil {
			digests[i].size, digests[i].sum, digests[i].err = csvDigest(ds, Tables[i], opt, dir)
		}
	})
	for i, t := range Tables {
		size, sum, err := digests[i].size, digests[i].sum, digests[i].err
		if err != nil {
			return nil, err
		}
		r := dpResource{
			Name: t.Name, Path: t.Name + ".csv", Profile: "tabular-data-resource", Title: t.Sheet,
			Description: t.Description, Format: "csv", Mediatype: "text/csv", Encoding: "utf-8",
			Bytes: int(size), Hash: "sha256:" + sum,
			Dialect: dpDialect{Delimiter: ",", LineTerminator: "\r\n", QuoteChar: "\"", Header: true},
			Schema:  dpSchema{PrimaryKey: t.PrimaryKey, MissingValues: []string{""}},
		}
		if opt.CSVBOM {
			r.Encoding = "utf-8-sig"
		}
		for _, c := range t.Columns {
			f := dpField{Name: c.Name, Description: c.Description}
			switch c.Type {
			case Bool:
				f.Type, f.TrueValues, f.FalseValues = "boolean", []string{"true"}, []string{"false"}
			case Int:
				f.Type = "integer"
			case Day:
				f.Type, f.Format = "date", "default"
			case Date:
				f.Type = "string"
				f.Constraints = &dpConstraints{Pattern: ISODatePattern}
			default:
				f.Type = "string"
			}
			if c.Name == t.PrimaryKey {
				if f.Constraints == nil {
					f.Constraints = &dpConstraints{}
				}
				f.Constraints.Required, f.Constraints.Unique = true, true
			}
			r.Schema.Fields = append(r.Schema.Fields, f)
		}
		for _, fk := range t.ForeignKeys {
			var k dpForeignKey
			k.Fields = fk.Column
			k.Reference.Resource, k.Reference.Fields = fk.Table, fk.RefColumns
			r.Schema.ForeignKeys = append(r.Schema.ForeignKeys, k)
		}
		pkg.Resources = append(pkg.Resources, &r)
	}
	return &pkg, nil
}

type countingWriter struct {
	w io.Writer
	n int
}

func (c *countingWriter) Write(p []byte) (int, error) {
	c.n += len(p)
	return c.w.Write(p)
}
