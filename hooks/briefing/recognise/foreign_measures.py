"""Stage 2, recognise policies (foreign words): export bans and controls as Spanish, Portuguese, French, German and
Indonesian write them, the tail of `policy_words.MEASURES`' English patterns."""

# "a interdit en 2024 les exportations", "prohibió las exportaciones", "proibiu as exportações", "Exportverbot",
# "larangan ekspor", "melarang total ekspor"
FOREIGN_EXPORT_BAN = (
    r"\b(?:interdi|prohib|proib|suspen)\w*\s+(?:[\w-]+\s+){0,4}?(?:les\s+|las\s+|as\s+)?"
    r"(?:exportations|exportaciones|exporta[cç][oõ]es)\b|\b(?:interdiction|prohibici[oó]n|proibi[cç][aã]o)\s+"
    r"(?:de\s+|des\s+|d['’]\s*|das\s+)(?:las\s+)?export\w+|\b(?:Export|Ausfuhr)(?:verbot|stopp)\w*|\blarangan\s+ekspor\b|\bmelarang\s+(?:total\s+|sepenuhnya\s+)?ekspor\b"
)
# "Pékin a restreint en avril les exportations", "restringió las exportaciones", "contrôles à l'exportation",
# "Exportkontrollen", "pembatasan ekspor"
FOREIGN_EXPORT_CONTROL = (
    r"\b(?:restrei?n|restring)\w*\s+(?:[\w-]+\s+){0,4}?(?:les\s+|las\s+|as\s+)?"
    r"(?:exportations|exportaciones|exporta[cç][oõ]es)\b|\b(?:contr[ôo]les?|controles?|restrictions?|restricciones|"
    r"restri[cç][oõ]es)\s+(?:à|a|aux|às?|sur|sobre|de)\s+(?:l['’]\s*|las?\s+|les\s+|as\s+)?export\w+|"
    r"\b(?:Export|Ausfuhr)(?:kontroll|beschränk)\w*|\bpembatasan\s+ekspor\b"
)
