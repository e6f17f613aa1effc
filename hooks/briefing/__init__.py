"""briefing: turns news articles into a cited briefing microsite.

Stages (each a module with plain-data output, none imports mkdocs):
sitedata (curated YAML) → ingest (Article, Block) → recognise (Mention, Person, DealSighting,
Figure) → model (Briefing) → render (Markdown pages). `briefing_hook.py` adapts them to MkDocs.
"""
