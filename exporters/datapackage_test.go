package exporters

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"
	"time"

	"tenure/pipeline"
)

// validatePackage checks the CSV files of dir against datapackage.json the
// way a Table Schema validator does.
func validatePackage(t *testing.T, dir string) {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join(dir, DataPackageFile))
	if err != nil {
		t.Fatal(err)
	}
	var pkg struct {
		Profile   string       `json:"profile"`
		Licenses  []dpLicense  `json:"licenses"`
		Resources []dpResource `json:"resources"`
	}
	if err := json.Unmarshal(raw, &pkg); err != nil {
		t.Fatal(err)
	}
	var tables []dpResource
	for _, r := range pkg.Resources {
		if r.Format == "csv" {
			tables = append(tables, r)
			continue
		}
		// A file that is not a table: its size and hash hold.
		b, err := os.ReadFile(filepath.Join(dir, r.Path))
		sum := sha256.Sum256(b)
		if err != nil || r.Hash != "sha256:"+hex.EncodeToString(sum[:]) || r.Bytes != len(b) || pkg.Profile != "data-package" {
			t.Errorf("resource %s does not describe its file (%v)", r.Path, err)
		}
	}
	if len(pkg.Licenses) != 1 || pkg.Licenses[0].Name == "" || len(tables) != len(Tables) {
		t.Fatalf("package = %+v", pkg)
	}
	keys := map[string]map[string]bool{} // resource.field → values
	data := map[string][][]string{}
	for _, r := range tables {
		path := filepath.Join(dir, r.Path)
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		sum := sha256.Sum256(b)
		if r.Hash != "sha256:"+hex.EncodeToString(sum[:]) || r.Bytes != len(b) {
			t.Errorf("%s: hash or size in the descriptor does not match the file", r.Path)
		}
		rows := readCSV(t, path)
		for j, f := range r.Schema.Fields {
			if rows[0][j] != f.Name {
				t.Errorf("%s: column %d is %q, schema says %q", r.Path, j, rows[0][j], f.Name)
			}
		}
		data[r.Name] = rows
		for j, f := range r.Schema.Fields {
			var re *regexp.Regexp
			if f.Constraints != nil && f.Constraints.Pattern != "" {
				re = regexp.MustCompile(f.Constraints.Pattern)
			}
			seen := map[string]bool{}
			for i, row := range rows[1:] {
				v := row[j]
				if v == "" {
					if f.Name == r.Schema.PrimaryKey {
						t.Errorf("%s row %d: empty primary key", r.Path, i+1)
					}
					continue
				}
				switch f.Type {
				case "integer":
					if _, err := strconv.Atoi(v); err != nil {
						t.Errorf("%s %s=%q: not an integer", r.Path, f.Name, v)
					}
				case "boolean":
					if v != "true" && v != "false" {
						t.Errorf("%s %s=%q: not a boolean", r.Path, f.Name, v)
					}
				case "date":
					if _, err := time.Parse("2006-01-02", v); err != nil {
						t.Errorf("%s %s=%q: not a date", r.Path, f.Name, v)
					}
				}
				if re != nil && !re.MatchString(v) {
					t.Errorf("%s %s=%q does not match %s", r.Path, f.Name, v, f.Constraints.Pattern)
				}
				if f.Name == r.Schema.PrimaryKey && seen[v] {
					t.Errorf("%s: duplicate primary key %q", r.Path, v)
				}
				seen[v] = true
			}
			keys[r.Name+"."+f.Name] = seen
		}
	}
	for _, r := range tables {
		for _, fk := range r.Schema.ForeignKeys {
			j := -1
			for k, f := range r.Schema.Fields {
				if f.Name == fk.Fields {
					j = k
				}
			}
			for _, row := range data[r.Name][1:] {
				if v := row[j]; v != "" && !keys[fk.Reference.Resource+"."+fk.Reference.Fields][v] {
					t.Errorf("%s.%s = %q has no %s.%s", r.Name, fk.Fields, v, fk.Reference.Resource, fk.Reference.Fields)
				}
			}
		}
	}
}

func TestDataPackageValidates(t *testing.T) {
	for name, ds := range map[string]*pipeline.Dataset{"seeds": seedDataset(t), "samples": samplesDataset(t)} {
		t.Run(name, func(t *testing.T) {
			validatePackage(t, writeAll(t, ds, "csv", "datapackage"))
		})
		// Written together, the CSV and FollowTheMoney files are hashed as
		// they are written, not read back: the descriptor still holds.
		t.Run(name+"/export", func(t *testing.T) {
			dir := t.TempDir()
			if _, err := WriteFormats(context.Background(), ds, dir, testOptions, []string{"csv", "ftm", "datapackage"}, 2, false); err != nil {
				t.Fatal(err)
			}
			validatePackage(t, dir)
		})
	}
}

func samplesDataset(t testing.TB) *pipeline.Dataset {
	t.Helper()
	in, err := pipeline.Load(context.Background(), []string{"../pipeline/testdata/samples"})
	if err != nil {
		t.Fatal(err)
	}
	ds, err := pipeline.Build(context.Background(), in)
	if err != nil {
		t.Fatal(err)
	}
	return ds
}

// TestDataPackageWithoutCSV checks that the descriptor says the same of
// the CSV files whether this export wrote them (their sizes and hashes are
// read from the files) or not (they are computed from the CSV writer).
func TestDataPackageWithoutCSV(t *testing.T) {
	ds := seedDataset(t)
	with, err := os.ReadFile(filepath.Join(writeAll(t, ds, "csv", "datapackage"), DataPackageFile))
	if err != nil {
		t.Fatal(err)
	}
	without, err := os.ReadFile(filepath.Join(writeAll(t, ds, "datapackage"), DataPackageFile))
	if err != nil {
		t.Fatal(err)
	}
	if string(with) != string(without) {
		t.Errorf("datapackage.json differs with and without the CSV files:\n%s\n%s", with, without)
	}
}
