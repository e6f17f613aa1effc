"""Stage 1, ingest (foreign phrases): the appeals and buttons of `phrases`, as pages in other languages write them.

Share buttons, a site pointing to its own archive, an advertisement's marker, a newsletter's offer: Spanish,
Portuguese, French, Indonesian and Korean; a blog's category line. Keyed, like `phrases.APPEAL_PATTERNS`, by a word the line must hold.
"""

from __future__ import annotations

FOREIGN_APPEALS = {
    # the same buttons in Spanish, Portuguese, French: "Comparte en Facebook", "Compartilhe no WhatsApp", "Partager sur X"
    **{
        w: r"\b(?:comparte|compartir|compartilhe|compartilhar|partager|partagez)\s+(?:en|no|na|sur|por|via)\s+"
        r"(?:facebook|twitter|x\b|linkedin|whatsapp|telegram)"
        for w in ("comparte", "compartir", "compartilhe", "compartilhar", "partager", "partagez")
    },
    # "Visita nuestro archivo", "Visitez notre site": the site pointing to its own pages, as a line of its own
    **{
        word: r"^\W*visit(?:a|e|ez)\s+(?:nuestr[oa]s?|nos|notre|noss[oa]s?)\s+\w+(?:\s+\w+)?\W*$"
        for word in ("visita", "visite", "visitez")
    },
    # "la suite après cette publicité", "el artículo continúa después de la publicidad": an advertisement's marker
    **{
        word: r"^\W*(?:la\s+suite\s+apr[èe]s\s+(?:cette|la)\s+publicit[ée]|(?:el\s+)?art[íi]culo\s+contin[úu]a\s+"
        r"(?:despu[ée]s\s+de|tras)\s+la\s+publicidad|(?:a\s+)?mat[ée]ria\s+continua\s+ap[óo]s\s+a\s+publicidade)\W*$"
        for word in ("suite", "continúa", "continua")
    },
    # "Chaque matin, recevez l’essentiel …": a newsletter's offer
    "recevez": r"^\W*chaque\s+(?:matin|jour|soir|semaine),\s+recevez\b",
    "recibe": r"^\W*cada\s+(?:mañana|día|dia|noche|semana),\s+recib[ea]\b",
    # "Deixe seu comentário abaixo", "Deja tu comentario": the comment box's prompt
    **{
        word: r"^\W*(?:deixe|deje|deja|laissez)\s+(?:seu|su|tu|o\s+seu|votre|un)\s+coment[áa]rio"
        for word in ("deixe", "deje", "deja")
    },
    "laissez": r"^\W*laissez\s+(?:votre|un)\s+commentaire",
    # "klik di sini", "haga clic aquí", "clique aqui", "cliquez ici": a link's prompt
    **{
        word: r"\b(?:klik\s+di\s+sini|(?:haga\s+)?clic\s+aqu[íi]|clique\s+aqui|cliquez\s+ici)\b"
        for word in ("klik", "clic", "clique", "cliquez")
    },
    # "Categories Verde": a blog's category line, with no colon
    "categories": r"^\W*categories\s+[\w&-]+(?:\s+[\w&-]+)?\W*$",
    "공유하기": r"공유하기",  # "이 뉴스를 공유하기": share this news (Korean)
}
# A label over other stories in Indonesian, Spanish, Portuguese, French, German: "Baca juga", "Te recomendamos",
# "Noticias relacionadas", "Veja também", "À lire aussi", "Lesen Sie auch" (`phrases.RELATED`).
FOREIGN_RELATED = (
    r"baca\s+juga|berita\s+terkait|artikel\s+terkait|lea\s+tambi[ée]n|lee\s+tambi[ée]n|te\s+recomendamos|"
    r"(?:noticias|art[íi]culos|not[íi]cias|mat[ée]rias)\s+relacionad[oa]s|(?:tambi[ée]n\s+)?te\s+puede\s+interesar|"
    r"leia\s+tamb[ée]m|veja\s+tamb[ée]m|(?:[àa]\s+)?lire\s+aussi|nous\s+vous\s+recommandons|sur\s+le\s+m[êe]me\s+sujet|"
    r"lesen\s+sie\s+auch|das\s+k[öo]nnte\s+sie\s+(?:auch\s+)?interessieren"
)
