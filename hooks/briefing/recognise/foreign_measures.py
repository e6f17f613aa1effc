"""Stage 2, recognise policies (foreign words): export bans and controls as Spanish, Portuguese, French, German and
Indonesian write them, the tail of `policy_words.MEASURES`' English patterns."""

_EXPORTS = (
    r"(?:les\s+|las\s+|as\s+|la\s+|a\s+|l['’]\s*)?(?:exportations?|exportaci(?:ones|[oó]n)|exporta[cç](?:[oõ]es|ão))\b"
)
# "a interdit en 2024 les exportations", "prohibió las exportaciones", "proibiu as exportações", "Exportverbot",
# "l'interdiction de l'exportation brute", "larangan ekspor", "melarang total ekspor"
FOREIGN_EXPORT_BAN = (
    rf"\b(?:interdi|prohib|proib|suspen)\w*\s+(?:[\w-]+\s+){{0,4}}?{_EXPORTS}|\b(?:interdiction|prohibici[oó]n|"
    r"proibi[cç][aã]o)\s+(?:de\s+|des\s+|d['’]\s*|das\s+)(?:las\s+|l['’]\s*)?export\w+|\b(?:Export|Ausfuhr)(?:verbot|stopp)\w*|"
    r"\blarangan\s+ekspor\b|\bmelarang\s+(?:total\s+|sepenuhnya\s+)?ekspor\b"
)
# "Pékin a restreint en avril les exportations", "restringió las exportaciones", "restringindo a exportação",
# "contrôles à l'exportation", "Exportkontrollen", "pembatasan ekspor"
FOREIGN_EXPORT_CONTROL = (
    rf"\b(?:restrei?n|restring)\w*\s+(?:[\w-]+\s+){{0,4}}?{_EXPORTS}|\b(?:contr[ôo]les?|controles?|restrictions?|"
    r"restricciones|restri[cç][oõ]es)\s+(?:à|a|aux|às?|sur|sobre|de)\s+(?:l['’]\s*|las?\s+|les\s+|as\s+)?export\w+|"
    r"\b(?:Export|Ausfuhr)(?:kontroll|beschränk)\w*|\bpembatasan\s+ekspor\b"
)
