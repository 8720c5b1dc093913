package watch

import (
	"strings"
	"testing"
)

// TestMarkdownNamesTheHolder: an alert that passes the office from one
// person to another says "from" and "to"; one about a single holder (a
// term that ended with no successor named) says "holder", in the Markdown
// report and the feed alike.
func TestMarkdownNamesTheHolder(t *testing.T) {
	suzuki := &Person{ID: "naomichi-suzuki", NameEN: "Naomichi Suzuki"}
	sato := &Person{ID: "kenji-sato", NameEN: "Kenji Sato"}
	md := Markdown(Report{Run: 2, Checked: 1, Changed: 1, Changes: []storedChange{
		{Change: Change{Kind: KindTermEnded, Headline: "Governor of Hokkaido: Naomichi Suzuki's term ended", To: suzuki}},
		{Change: Change{Kind: KindIncumbentChanged, Headline: "Governor of Hokkaido: Kenji Sato succeeded Naomichi Suzuki", From: suzuki, To: sato}},
	}})
	ended, succession, _ := strings.Cut(md[strings.Index(md, "\n## "):], "\n## Governor of Hokkaido: Kenji Sato")
	if !strings.Contains(ended, "- holder: Naomichi Suzuki") || strings.Contains(ended, "- to:") {
		t.Errorf("the term-ended alert does not name its holder as such:\n%s", ended)
	}
	if !strings.Contains(succession, "- from: Naomichi Suzuki") || !strings.Contains(succession, "- to: Kenji Sato") {
		t.Errorf("the succession does not say from and to:\n%s", succession)
	}
	feed := changeHTML(storedChange{Change: Change{Kind: KindTermEnded, Headline: "x", To: suzuki}})
	if !strings.Contains(feed, "<li>holder: Naomichi Suzuki</li>") {
		t.Errorf("the feed entry does not name the holder as such: %s", feed)
	}
}

// TestMarkdownMarksActingHolders: the from and to lines say which holder
// was acting, and a holder known only by a native name is named by it.
func TestMarkdownMarksActingHolders(t *testing.T) {
	seo := &Person{ID: "seo-jung-hyup", NameEN: "Seo Jung-hyup", NameNative: "서정협", Acting: true}
	oh := &Person{ID: "x-oh", NameNative: "오세훈"}
	md := Markdown(Report{Run: 2, Checked: 1, Changed: 1, Changes: []storedChange{
		{Change: Change{Kind: KindIncumbentChanged, Headline: "Mayor of Seoul: 오세훈 succeeded Seo Jung-hyup (acting)", From: seo, To: oh}},
	}})
	for _, want := range []string{"- from: Seo Jung-hyup (서정협), acting (", "- to: 오세훈 ("} {
		if !strings.Contains(md, want) {
			t.Errorf("report lacks %q:\n%s", want, md)
		}
	}
}
