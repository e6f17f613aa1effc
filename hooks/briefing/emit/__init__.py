"""Stage 4, emit: the `Briefing` → Markdown pages, the timeline and chart, and the RSS feed.

`pages` writes every page (source pages, an index per kind, entity pages; each kind's page
details come from its module in `kinds/`), `home` the home page, `overview` the figures pages, `candidates` the candidates page,
`views` the timeline and the share chart, `feed` the feed. `markdown` escapes untrusted text
and writes links and footnotes; `templating` and `templates/` hold the page layouts. Emit only
formats: what a page says is decided in the model.
"""
