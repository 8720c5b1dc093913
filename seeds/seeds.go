// Package seeds embeds the bundled seed documents, the default input of
// tenure's export and watch commands.
package seeds

import "embed"

// FS holds the seed documents, one "*.txt" file each, at its root.
//
//go:embed *.txt
var FS embed.FS

// Dir is the path of the seeds folder relative to the repository root, used
// as the path prefix of the embedded documents so that sources name the
// file a reader can open.
const Dir = "seeds/"
