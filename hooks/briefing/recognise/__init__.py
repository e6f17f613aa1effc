"""Stage 2, recognise: what each article names, as plain records with the paragraph that says it.

`gazetteer` builds the place and mineral tables from reference data; `mentions` finds their
names (and the registry's aliases) in the text; `people` finds named people with a role or an
attribution; `deals` (with `parties`) finds agreements and who is party to them; `figures` finds
shares, tonnages and uses; `candidates` lists names that were seen but not classified.
"""
