package pipeline

import "strings"

// countryCodes are the sovereign states' common English names (and a few
// other forms pages use), lower-cased, with their ISO 3166-1 alpha-2
// codes: the country of an office whose place is a whole country, on a
// page about many ("President of Albania" in a table of heads of state).
var countryCodes = map[string]string{
	"afghanistan": "af", "albania": "al", "algeria": "dz", "andorra": "ad", "angola": "ao",
	"antigua and barbuda": "ag", "argentina": "ar", "armenia": "am", "australia": "au", "austria": "at",
	"azerbaijan": "az", "bahamas": "bs", "the bahamas": "bs", "bahrain": "bh", "bangladesh": "bd", "barbados": "bb",
	"belarus": "by", "belgium": "be", "belize": "bz", "benin": "bj", "bhutan": "bt", "bolivia": "bo",
	"bosnia and herzegovina": "ba", "botswana": "bw", "brazil": "br", "brunei": "bn", "bulgaria": "bg",
	"burkina faso": "bf", "burundi": "bi", "cambodia": "kh", "cameroon": "cm", "canada": "ca",
	"cape verde": "cv", "cabo verde": "cv", "central african republic": "cf", "chad": "td", "chile": "cl",
	"china": "cn", "people's republic of china": "cn",
	// The Republic of China is Taiwan's state since 1949, and the one
	// its offices of before then continue: "Premier of the Republic of
	// China", a bio's "President of the Republic of China".
	"republic of china": "tw", "colombia": "co", "comoros": "km",
	"republic of the congo": "cg", "congo": "cg", "democratic republic of the congo": "cd", "dr congo": "cd",
	"costa rica": "cr", "ivory coast": "ci", "côte d'ivoire": "ci", "croatia": "hr", "cuba": "cu", "cyprus": "cy",
	"czech republic": "cz", "czechia": "cz", "denmark": "dk", "djibouti": "dj", "dominica": "dm",
	"dominican republic": "do", "east timor": "tl", "timor-leste": "tl", "ecuador": "ec", "egypt": "eg",
	"el salvador": "sv", "equatorial guinea": "gq", "eritrea": "er", "estonia": "ee", "eswatini": "sz",
	"ethiopia": "et", "fiji": "fj", "finland": "fi", "france": "fr", "gabon": "ga", "gambia": "gm",
	"the gambia": "gm", "georgia": "ge", "germany": "de", "ghana": "gh", "greece": "gr", "grenada": "gd",
	"guatemala": "gt", "guinea": "gn", "guinea-bissau": "gw", "guyana": "gy", "haiti": "ht", "honduras": "hn",
	"hungary": "hu", "iceland": "is", "india": "in", "indonesia": "id", "iran": "ir", "iraq": "iq",
	"ireland": "ie", "israel": "il", "italy": "it", "jamaica": "jm", "japan": "jp", "jordan": "jo",
	"kazakhstan": "kz", "kenya": "ke", "kiribati": "ki", "north korea": "kp", "south korea": "kr",
	"kosovo": "xk", "kuwait": "kw", "kyrgyzstan": "kg", "laos": "la", "latvia": "lv", "lebanon": "lb",
	"lesotho": "ls", "liberia": "lr", "libya": "ly", "liechtenstein": "li", "lithuania": "lt",
	"luxembourg": "lu", "madagascar": "mg", "malawi": "mw", "malaysia": "my", "maldives": "mv", "mali": "ml",
	"malta": "mt", "marshall islands": "mh", "mauritania": "mr", "mauritius": "mu", "mexico": "mx",
	"micronesia": "fm", "federated states of micronesia": "fm", "moldova": "md", "monaco": "mc",
	"mongolia": "mn", "montenegro": "me", "morocco": "ma", "mozambique": "mz", "myanmar": "mm",
	"namibia": "na", "nauru": "nr", "nepal": "np", "netherlands": "nl", "the netherlands": "nl",
	"new zealand": "nz", "nicaragua": "ni", "niger": "ne", "nigeria": "ng", "north macedonia": "mk",
	"norway": "no", "oman": "om", "pakistan": "pk", "palau": "pw", "palestine": "ps", "panama": "pa",
	"papua new guinea": "pg", "paraguay": "py", "peru": "pe", "philippines": "ph", "the philippines": "ph",
	"poland": "pl", "portugal": "pt", "qatar": "qa", "romania": "ro", "russia": "ru", "rwanda": "rw",
	"saint kitts and nevis": "kn", "saint lucia": "lc", "saint vincent and the grenadines": "vc",
	"samoa": "ws", "san marino": "sm", "são tomé and príncipe": "st", "sao tome and principe": "st",
	"saudi arabia": "sa", "senegal": "sn", "serbia": "rs", "seychelles": "sc", "sierra leone": "sl",
	"singapore": "sg", "slovakia": "sk", "slovenia": "si", "solomon islands": "sb", "somalia": "so",
	"south africa": "za", "south sudan": "ss", "spain": "es", "sri lanka": "lk", "sudan": "sd",
	"suriname": "sr", "sweden": "se", "switzerland": "ch", "syria": "sy", "taiwan": "tw", "tajikistan": "tj",
	"tanzania": "tz", "thailand": "th", "togo": "tg", "tonga": "to", "trinidad and tobago": "tt",
	"tunisia": "tn", "turkey": "tr", "türkiye": "tr", "turkmenistan": "tm", "tuvalu": "tv", "uganda": "ug",
	"ukraine": "ua", "united arab emirates": "ae", "united kingdom": "gb", "the united kingdom": "gb",
	"united states": "us", "the united states": "us", "uruguay": "uy", "uzbekistan": "uz", "vanuatu": "vu",
	"vatican city": "va", "holy see": "va", "venezuela": "ve", "vietnam": "vn", "yemen": "ye", "zambia": "zm",
	"zimbabwe": "zw",
}

// countryCodeOf returns the ISO 3166-1 code of a place that is a
// sovereign state ("Albania", "the United Kingdom"), or "".
func countryCodeOf(place string) string {
	return countryCodes[strings.ToLower(trimSpace(place))]
}

// CountryCode returns the lower-case ISO 3166-1 code of a country's
// common name as an office's jurisdiction gives it ("China" → "cn",
// "South Korea" → "kr"), or "" when the name is no country's.
func CountryCode(name string) string { return countryCodeOf(name) }
