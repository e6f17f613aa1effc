"""A corpus of hostile and broken input, written into a copy of the project for one build.

Every payload that could run script carries the marker `PWN`, so a test can look for it in the
built output: it may appear only as text, never inside a tag, attribute name or link target.
Each case says what the build must do with it: "page" (a source page must exist) or "skip"
(a one-line warning naming the file). Cases are data, so adding one is one entry here.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

GOOD_BODY = (
    "Chile and Peru signed a lithium supply agreement on Monday, officials said.\n\n"
    "The deal covers copper and cobalt exports to Japan over ten years, according to the ministry.\n"
)


@dataclass(frozen=True)
class Case:
    name: str  # file name in seeds/
    data: bytes
    expect: str  # "page" or "skip"
    why: str = ""  # words the skip warning must contain
    literal: str = ""  # text that must appear verbatim (as text) on the source page
    warns: str = ""  # for a page: words of the one warning it also gets


def _text(name: str, body: str, literal: str = "", headline: str = "Hostile Test Article") -> Case:
    return Case(name, f"{headline}\n\n{body}\n\n{GOOD_BODY}".encode(), "page", literal=literal or body.strip())


INJECTIONS = [
    _text("inj-script.txt", "Officials said <script>alert('PWN')</script> nothing more."),
    _text("inj-img.txt", "A photo <img src=x onerror=alert('PWN')> was attached."),
    _text("inj-svg.txt", "Vector <svg/onload=alert('PWN')> art and <iframe src=\"javascript:alert('PWN')\"></iframe>."),
    _text("inj-mdlink.txt", "Read [the report](javascript:alert('PWN')) today."),
    _text("inj-autolink.txt", "Write to <javascript:alert('PWN')> or visit <https://evil.invalid/PWN> now."),
    _text(
        "inj-reflink.txt",
        "See [the source][evil] for details.\n\n[evil]: javascript:alert('PWN')",
        literal="[evil]: javascript:alert('PWN')",
    ),
    _text("inj-image.txt", "A tracker ![pixel](https://tracker.invalid/PWN.png) hides here."),
    _text(
        "inj-footnote.txt",
        "Footnote bait[^1] in the text.\n\n[^1]: PWN fake footnote",
        literal="[^1]: PWN fake footnote",
    ),
    _text(
        "inj-attrlist.txt",
        "An attribute list follows.\n{: onclick=\"alert('PWN')\" }",
        literal="{: onclick=\"alert('PWN')\" }",
    ),
    _text("inj-mdinhtml.txt", '<div markdown="1" onmouseover="alert(\'PWN\')">**bold** claim</div>'),
    _text("inj-jinja.txt", "Template {{ 7*7 }} and {% include 'base.html' %} and {# PWN #} syntax."),
    _text("inj-macros.txt", "Macros {{ macros_info() }} and {% raw %}PWN{% endraw %} and {{ config.site_name }}."),
    _text("inj-quotes.txt", "Quotes \" onmouseover=\"alert('PWN')\" and ' onfocus='alert(1)' and `x` ok."),
    _text("inj-entities.txt", "Encoded &lt;script&gt;alert('PWN')&lt;/script&gt; and &#60;b&#62; stay text."),
    _text(
        "inj-comment.txt", "Hidden <!-- PWN comment --> and <style>body{display:none}</style> and <![CDATA[x]]> end."
    ),
    _text("inj-snippets.txt", '--8<-- "/etc/passwd"\n\n;--8<-- "mkdocs.yml"', literal='--8<-- "/etc/passwd"'),
    _text(
        "inj-admonition.txt", '!!! danger "PWN"\n    Indented text under a fake admonition.', literal='!!! danger "PWN"'
    ),
    _text("inj-table.txt", "| PWN | b |\n|---|---|\n| 1 | 2 |", literal="PWN b 1 2"),  # a table, cells verbatim
    _text(
        "inj-abbr.txt",
        "The HTML spec.\n\n*[HTML]: <script>alert('PWN')</script>",
        literal="*[HTML]: <script>alert('PWN')</script>",
    ),
    _text(
        "inj-headings.txt", "# Fake heading PWN\n\nSetext\n===\n\n---\n\nAfter the rule.", literal="# Fake heading PWN"
    ),
    _text(
        "inj-subhead.txt",
        "First paragraph about copper.\n\nInside <script>alert('PWN')</script> Mines\n\nSecond paragraph about cobalt.",
        literal="Inside <script>alert('PWN')</script> Mines",
    ),
    _text(
        "inj-title.txt",
        "Body about nickel.",  # a headline of the story's words, so it is taken as the headline
        headline="Chile Peru Lithium Agreement </title><script>alert('PWN')</script> \" onload=\"x",
    ),
    _text(
        "inj-figure.txt",
        "China controls 60% of [global](javascript:alert('PWN')) <b onclick=alert('PWN')>lithium</b> "
        "*supply* `output`, analysts said.",
    ),
    _text("inj-figure2.txt", "China holds 70% of <svg/onload=alert('PWN')> lithium [^1] _refining_, a report said."),
    _text(
        "inj-chart-label.txt",
        "China dominates lithium processing, officials said on Monday.\n\n"
        "| Mineral | China ![x](x){: onerror=alert('PWN') } [c](javascript:alert('PWN')) |\n|---|---|\n"
        "| Lithium | 90% |",
        literal="China ![x](x){: onerror=alert('PWN') } [c](javascript:alert('PWN'))",
    ),
    _text(
        "inj-details.txt",
        '??? danger "PWN"\n\n???+ note\n\n- ??? warning "PWNITEM"',
        literal='??? danger "PWN"\n???+ note\n??? warning "PWNITEM"',
    ),
    _text(
        "inj-wide-table.txt",
        "| Country | Share |\n|---|---|\n| Chile | 40% | Hidden third cell PWN. | Another cell. |"
        "\n\nHeaderless table follows.\n\n| a | b |\n| c | d | LOSTCELL e |",
        literal="Hidden third cell PWN.\nAnother cell.\nLOSTCELL e",
    ),
    _text("inj-datauri.txt", "Open data:text/html;base64,PHNjcmlwdD5hbGVydCgnUFdOJyk8L3NjcmlwdD4= quickly."),
    _text(
        "inj-mention.txt",
        "Chile <script>alert('PWN')</script> exports copper, an analyst said.",
        literal="Chile <script>alert('PWN')</script> exports copper",
    ),
    _text(
        "inj-controls.txt",
        "Bidi \u202eevil\u202c and zero\u200bwidth text stays.",
        literal="Bidi \u202eevil\u202c and zero\u200bwidth text stays.",
    ),
    Case(
        "inj-front.md",
        (
            "---\n"
            "title: \"<script>alert('PWN')</script> \\\" onmouseover=\\\"alert('PWN')\"\n"
            "publisher: \"<img src=x onerror=alert('PWN')>\"\n"
            'url: "https://example.com/a?q=\\"><script>alert(\'PWN\')</script>"\n'
            "---\n" + GOOD_BODY
        ).encode(),
        "page",
        literal="<script>alert('PWN')</script>",
    ),
    _text(
        "inj-people.txt",
        "Zed <script>alert('PWN')</script> Quill, an analyst, said copper was scarce. "
        '"Prices will rise," said ../../etc, a senior fellow at a think tank. CON said nothing. '
        "!!! said more. 김민준, a researcher, said so. محمد العلي, an economist, agreed. 王伟, a professor, too. "
        "Moon😀stone <img src=x onerror=alert('PWN')> Lee, an analyst, said supply was tight.",
        literal="Zed <script>alert('PWN')</script> Quill, an analyst, said copper was scarce.",
    ),
    Case(
        "footer-like.txt",
        (
            "Chile Lithium Pact Faces Legal Fight Over Technology\n\n"
            + GOOD_BODY
            + "\nCopyright claims over the extraction technology have delayed the project, PWN said.\n\n"
            "Community leaders retain all rights reserved under the 1993 law over the salt flats, "
            "they said.\n\nPeru expects exports to start in 2026, according to the trade office.\n"
        ).encode(),
        "page",
        literal="Copyright claims over the extraction technology have delayed the project, PWN said.\n"
        "Community leaders retain all rights reserved under the 1993 law over the salt flats, they said.\n"
        "Peru expects exports to start in 2026, according to the trade office.",
    ),
    Case(
        "headline-and-title.md",
        (
            "---\ntitle: Lithium pact\n---\nBolivia will sign a lithium deal with Argentina next year\n" + GOOD_BODY
        ).encode(),
        "page",
        literal="Bolivia will sign a lithium deal with Argentina next year",
    ),
    Case("old-date.md", ("---\ndate: 1950-05-01\n---\n" + GOOD_BODY).encode(), "page", literal="officials said."),
    Case("typo-date.md", ("---\ndate: 0202-03-14\n---\n" + GOOD_BODY).encode(), "skip", "plausible"),
    Case("inj-badurl.md", ("---\nurl: \"javascript:alert('PWN')\"\n---\n" + GOOD_BODY).encode(), "skip", "url"),
]

PATHS = [
    Case("CON.txt", GOOD_BODY.encode(), "page"),
    Case("aux.md", GOOD_BODY.encode(), "page"),
    Case("--.txt", GOOD_BODY.encode(), "page", warns="gives the same page name as seeds/!!!.txt"),
    Case("!!!.txt", GOOD_BODY.encode(), "page"),
    Case("서울-광물.txt", GOOD_BODY.encode(), "page"),
    Case("معادن-نادرة.txt", GOOD_BODY.encode(), "page"),
    Case("稀土协议.txt", GOOD_BODY.encode(), "page"),
    Case("index.txt", GOOD_BODY.encode(), "page"),
    Case(("very-long-name-" * 14) + "end.txt", GOOD_BODY.encode(), "page"),
    Case("forged\nWARNING -  good.txt: \x1b[31mfake.txt", b"", "skip", "empty"),
    Case("slug-escape.md", ("---\nslug: ../../etc\n---\n" + GOOD_BODY).encode(), "skip", "slug"),
]

_LONG_LINE = " ".join(f"Sentence {i} says lithium output rose in Chile." for i in range(1200))[:50_000]

BROKEN = [
    Case("empty.txt", b"", "skip", "empty"),
    Case("blank.txt", b" \n\t\n  \r\n", "skip", "empty"),
    Case("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "skip", "binary"),
    Case("nul-byte.txt", (GOOD_BODY * 30).encode() + b"\x00" + GOOD_BODY.encode(), "skip", "NUL"),
    Case("latin1.txt", "Caf\xe9 owners in Chile said copper prices rose.\n".encode("latin-1"), "skip", "UTF-8"),
    Case(
        "utf16le.txt",
        "\ufeff".encode("utf-16-le") + ("UTF16 Headline\n\n" + GOOD_BODY).encode("utf-16-le"),
        "page",
        literal="officials said",
    ),
    Case(
        "utf16be.txt",
        "\ufeff".encode("utf-16-be") + ("UTF16 Headline\n\n" + GOOD_BODY).encode("utf-16-be"),
        "page",
        literal="officials said",
    ),
    Case("utf8-bom.txt", b"\xef\xbb\xbf" + GOOD_BODY.encode(), "page", literal="Chile and Peru signed"),
    Case("crlf.txt", GOOD_BODY.replace("\n", "\r\n").encode(), "page", literal="according to the ministry."),
    Case("lone-cr.txt", GOOD_BODY.replace("\n", "\r").encode(), "page", literal="according to the ministry."),
    Case(
        "long-line.txt",
        ("Long Line Headline\n\n" + _LONG_LINE + "\n").encode(),
        "page",
        literal="Sentence 999 says lithium output rose in Chile.",
    ),
    Case(
        "long-word.txt",
        ("Long Word Headline\n\nA token " + "x" * 20_000 + " ends here.\n").encode(),
        "page",
        literal="ends here.",
    ),
    # Text shaped to make pattern matching slow (each once took seconds to minutes at this size):
    # they must build like any article. Their time is watched in the suite's duration, not asserted.
    _text("slow-abbreviations.txt", "U.S. " * 8000, literal="U.S. U.S. U.S."),
    _text("slow-initials.txt", "A.B. " * 8000, literal="A.B. A.B."),
    _text("slow-dotted-digits.txt", "1." * 20000, literal="1.1.1.1."),
    _text("slow-apostrophes.txt", "Ab" + "'Cd" * 12000, literal="Ab'Cd'Cd"),
    _text("slow-hyphens.txt", "-".join(["Abc"] * 12000), literal="Abc-Abc-Abc"),
    _text("slow-hyphens-sentence.txt", "-".join(["Abc"] * 12000) + " said it.", literal="Abc-Abc-Abc"),
    _text(
        "slow-deals.txt", "Chile signed an agreement with Peru. " * 1500, literal="Chile signed an agreement with Peru."
    ),
    Case("huge.txt", (GOOD_BODY * 160_000).encode()[:21_000_000], "skip", "MB"),
    Case("front-only.md", b"---\ntitle: Nothing here\n---\n", "skip", "no article text"),
    Case("front-broken.md", b"---\ntitle: [unclosed\n---\nBody text about copper.\n", "skip", "front matter"),
    Case(
        "controls.txt",
        ("Control\x1b[31m chars\x07 and \x0bvertical tab in text about cobalt.\n\n" + GOOD_BODY).encode(),
        "page",
        literal="Control[31m chars and vertical tab in text about cobalt.",
    ),
]


def _page(name: str, body: str, literal: str, head: str = "", expect: str = "page", why: str = "") -> Case:
    """A saved web page: the article among navigation, scripts and a footer."""
    good = "".join(f"<p>{p}</p>" for p in GOOD_BODY.split("\n") if p)
    html = (
        f'<!DOCTYPE html><html><head><meta charset="utf-8">{head}<title>Hostile Page</title></head><body>'
        f'<nav><a href="/">Home</a> <a href="/news">News</a></nav><article>'
        f"<h1>Hostile Page About Lithium Supply</h1>{body}{good}</article>"
        f"<footer>© 2025 Example Site. All rights reserved.</footer></body></html>"
    )
    return Case(name, html.encode(), expect, why, literal)


PAGES = [
    Case("page-script-only.html", b"<html><script>alert('PWN')</script></html>", "skip", "no article text"),
    _page(
        "page-events.html",
        "<p onclick=\"alert('PWN')\">Bolivia said lithium output rose sharply this year, "
        "the mining ministry said.</p><img src=x onerror=\"alert('PWN')\"><iframe src=\"javascript:alert('PWN')\">"
        "</iframe><script>alert('PWN')</script><svg onload=\"alert('PWN')\"></svg><p><a href=\"javascript:alert("
        "'PWN')\">Officials in La Paz</a> said the plant would open in March, according to a statement.</p>",
        literal="Bolivia said lithium output rose sharply this year, the mining ministry said.",
    ),
    _page(
        "page-escaped.html",
        "<p>The filing quoted &lt;script&gt;alert('PWN')&lt;/script&gt; as characters, the "
        "regulator in Santiago said on Monday.</p>",
        literal="<script>alert('PWN')</script>",
    ),
    _page(
        "page-title.html",
        "<p>Argentina expects copper exports to double by 2030, the trade office said.</p>",
        literal="Argentina expects copper exports to double by 2030",
        head='<meta property="og:title" content="&quot;&gt;&lt;script&gt;alert(\'PWN\')&lt;/script&gt;">'
        '<meta property="og:site_name" content="&lt;img src=x onerror=alert(\'PWN\')&gt;">'
        '<link rel="canonical" href="javascript:alert(\'PWN\')">',
    ),
    Case(
        "page-broken.html",
        b"<html><body><div><p>Congo will cap cobalt exports from next month, officials said"
        b"<p>Traders in Kinshasa said <b>prices <i>rose</b> on the news, according to the ministry.<table><tr><td>"
        b"</body>",
        "page",
        literal="Congo will cap cobalt exports from next month, officials said",
    ),
    Case(
        "page-nested.html",
        b"<html><body>"
        + b"<div>" * 50_000
        + b"<p>Deep text about nickel.</p>"
        + b"</div>" * 50_000
        + b"</body></html>",
        "skip",
        "no article text",
    ),
    Case(
        "page-huge.html",
        b"<html><body>" + b"<p>Zinc prices rose, traders said.</p>" * 160_000 + b"</body></html>",
        "skip",
        "saved pages over",
    ),
    Case(
        "page-cp1252.html",
        '<html><head><meta charset="windows-1252"></head><body><article><h1>Caf\xe9 Owners '
        "and Copper</h1><p>Caf\xe9 owners in Chile said copper prices rose, officials said on Monday.</p>"
        "</article></body></html>".encode("cp1252"),
        "page",
        literal="Café owners in Chile said copper prices rose",
    ),
    Case(
        "page-latin1.html",
        "<html><body><p>Caf\xe9 owners in Chile said copper prices rose.</p></body></html>".encode("latin-1"),
        "skip",
        "encoding it declares",
    ),
]

CASES = INJECTIONS + PATHS + BROKEN + PAGES

# Curated YAML written by many hands: values that try to inject, names that try to escape.
HOSTILE_EXPERTS = """\
- name: "Zed <script>alert('PWN')</script> Quill"
  description: "<img src=x onerror=alert('PWN')> \\" onmouseover=\\"alert('PWN')\\" {{ 7*7 }}"
  role: "[analyst](javascript:alert('PWN'))"
  affiliation: "{% include 'base.html' %}"
- name: "../../etc"
- name: "CON"
- name: "Moon😀stone <img src=x onerror=alert('PWN')> Lee"
  description: "???+ note"
- name: "!!!"
- name: "김민준"
- name: "محمد العلي"
- name: "王伟"
"""
HOSTILE_DEALS = """\
- name: "<script>alert('PWN')</script> Chile–Peru pact"
  parties: [Chile, Peru]
  description: "[click](javascript:alert('PWN')) <iframe src=javascript:alert('PWN')>"
"""
HOSTILE_COUNTRIES = """\
- name: Chile
  aliases: ["Chile\\" onmouseover=\\"alert('PWN')"]
  description: "<svg/onload=alert('PWN')> {{ config }} {% raw %} --8<-- \\"/etc/passwd\\""
"""
HOSTILE_SOURCES = """\
inj-script:
  title: "<img src=x onerror=alert('PWN')> \\" onmouseover=\\"alert('PWN')\\x0b\\x1b[31m"
  publisher: "</title><script>alert('PWN')</script>"
  url: "https://example.com/(a)?q=\\"'><script>alert('PWN')</script>"
"""


def write_corpus(project: Path, outside: Path) -> None:
    """Seeds for every case, plus the files that need the file system: a symlink out of seeds/,
    an unreadable file, a folder, a named pipe and a file of another type."""
    seeds = project / "seeds"
    for case in CASES:
        (seeds / case.name).write_bytes(case.data)
    secret = outside / "secret.txt"
    secret.write_text("Secret outside the seeds folder PWN.\n", encoding="utf-8")
    (seeds / "link-out.txt").symlink_to(secret)
    locked = seeds / "locked.txt"
    locked.write_bytes(GOOD_BODY.encode())
    os.chmod(locked, 0)
    (seeds / "folder.txt").mkdir()
    os.mkfifo(seeds / "pipe.txt")  # reading it would block the build forever
    (seeds / "notes.docx").write_bytes(b"PK\x03\x04 not an article")
    data = project / "site_data"
    (data / "experts.yml").write_text(
        (data / "experts.yml").read_text(encoding="utf-8") + HOSTILE_EXPERTS, encoding="utf-8"
    )
    (data / "deals.yml").write_text(HOSTILE_DEALS, encoding="utf-8")
    (data / "countries.yml").write_text(HOSTILE_COUNTRIES, encoding="utf-8")
    (data / "sources.yml").write_text(HOSTILE_SOURCES, encoding="utf-8")
