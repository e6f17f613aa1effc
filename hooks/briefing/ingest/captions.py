"""Stage 1, ingest (captions): the phrases of pictures' captions and credits, as data.

Each caption phrase is keyed by a word it contains, so `lexicon` searches a line only for the
phrases its words allow; the patterns below them are a caption's or credit's shapes.
"""

from __future__ import annotations

import re

# Photo and image credits and captions, keyed (as the phrases below) by a word each holds.
# (with the Spanish and Portuguese words a credit takes in the copy of a story: "— Foto: X")
_PICTURE = r"(?:photo(?:graph)?s?|images?|pictures?|pic|illustration|graphic|video|fotos?|fotograf[íi]a|imagem|imagen)"
_AFTER_SENTENCE = r"(?<=[.!?”\"]\s)(?:[—–-]\s*)?(?:[A-Z][\w&.'’-]*\s+){1,5}(?:photo|picture|image|pic)s?\.?$"
_SHOWS = (
    r"^\W*(?!this\b)(?:(?:an?|the)\s+)?(?:[\w-]+\s+)??(?:view|photo(?:graph)?|picture|image|chart|map|graph|composite|"
    r"screenshot|infographic)\s+(?:[\w’'.,-]+\s+){0,12}?(?:shows|showing)\b"  # "A map created by X showing …"
)
_IN_THIS = r"\bin\s+this\s+(?:file\s+)?(?:photo|picture|image|illustration)\b"
# "… Verde City, July 27, 2018. / Reuters": the agency's credit after a slash ends the caption.
_SLASH_AGENCY = r"[.!?\]]\s*/\s*(?:REUTERS|AFP|AP|EPA|Xinhua|Bloomberg|Getty Images|Anadolu|Handout)\W*$"
_AGENCY_SLASH = (
    r"\b(?:REUTERS|AFP|AP|EPA|Xinhua|Bloomberg|Getty Images|Anadolu|Shutterstock|iStock|Canva|Unsplash|"
    r"Handout)\s*/\s*\w"
)
_PICTURE_SHOWS = (
    r"^(?=(?:\S+\s+){1,34}\S+$)(?!.*\b(?:said|says|told|according)\b)(?:(?!(?:has|have|had|been|will|would|is|was|are|were)\s)[A-Z][\w.'’-]*\s+){1,6}"
    r"(?:(?!(?:has|have|had|been|will|would|is|was|are|were)\s)[\w'’-]+\s+){0,3}?"  # not "X has been making waves": a verb's tense, no picture
    r"(?:holds? up|gestures?|poses?(?=\s+(?:for|with|during|at|in|next|beside|after|before|as|while|alongside)\b|\W*$)|shakes? hands|waves?|inspects?|sits? (?:next to|beside|with)|"
    r"stands? (?:next to|beside|in front of)|(?:is|are) seen(?! as)|being (?:loaded|mined|processed|transported)|"
    r"carry (?:signs|placards|banners|flags|posters)|attends?|arrives? (?:at|for)|walks? (?:at|past|along|through|near|by))\b"
)
CAPTION_PATTERNS = {
    **{
        word: rf"\b(?<!big )(?<!bigger ){_PICTURE}\s*(?:credits?\s*|sources?\s*(?=:))?(?:[:|/]|by\b|courtesy\b)|\b(?:photo|image|picture)\s+credits?\b|"
        rf"{_IN_THIS}|{_AFTER_SENTENCE}|Getty Images\b"  # "…lithiumGetty Images": the credit run into a word
        rf"|\({_PICTURE}\b[^()]{{0,60}}\)\s*$"  # "Andina Cobre's smelter. (Photo Internet reproduction)"
        rf"|\((?:[\w.&'’-]+\s+){{1,3}}{_PICTURE}\)\s*$"  # "… pilot plant. (AA Photo)"
        rf"|\([^()/]{{2,60}}/[^()]{{0,40}}\b{_PICTURE}\)"  # "… has failed. (Jane Doe/AAP PHOTOS) (AAP)"
        rf"|^\W*{_PICTURE}\s+caption"  # "image captionVerde City: …": a broadcaster's label run into its caption
        rf"|^(?:[\w'’-]+\s+){{0,3}}(?:main|featured?|cover|lead|header|hero|top)\s+{_PICTURE}\s*$"  # "X News Main Image"
        rf"|^\W*{_PICTURE}\s+(?:from|via)\s+(?:[\w.&'’-]+\s*){{1,4}}$"  # "Image from Verdenews": the picture's source
        for word in (
            "photo",
            "photos",
            "photograph",
            "photographs",
            "image",
            "images",
            "picture",
            "pictures",
            "pic",
            "pics",
            "illustration",
            "graphic",
            "graphics",
            "video",
            "foto",
            "fotos",
            "imagem",
            "imagen",
            "fotografia",
            "fotografía",
        )
    },
    # "Imagem aérea da mina …" (an aerial picture); "Hon. Jane Doe." (a portrait's name alone)
    **{word: r"^\W*(?:imagem|imagen|foto|vista|fotografia)\s+a[ée]rea\b" for word in ("aérea", "aerea")},
    "hon": r"^\W*(?:Hon|Dr|Prof)\.\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}\.\s*$",
    # "Dr Ana Ortiz (Andina TV)": a picture credited to a broadcaster
    **{word: r"^[^()]{3,80}\((?:[\w.&'’-]+\s+){0,3}(?:TV|Television)\)\s*$" for word in ("tv", "television")},
    # "Artist's rendering of a mining facility", "An engineering rendering of the plant …": a picture
    "rendering": r"^\W*(?:(?:an?|the)\s+)?(?:[\w'’-]+\s+){0,2}rendering\s+of\b",
    "photographer": r"\bphotographer\s*:",  # "… Indaba 2025. Photographer: A / B"
    "credit": r"\bcredits?\s*:",
    "credits": r"\bcredits?\s*:",
    "courtesy": r"\bcourtesy\s+(?:of\s+)?[A-Z]",
    # a republisher's line over the copy: "Verde News has spotted this news published by Wire:"
    "published": r"\b(?:news|article|story|report)\s+(?:first\s+)?published\s+by\s+[A-Z][\w&.'’ -]{1,40}:\s*$",
    "reproduced": r"^\W*reproduced\s+(?:by\s+|with\s+(?:the\s+)?)?(?:kind\s+)?(?:permission|courtesy|curtesy)\b",
    "prnewsfoto": r"\(PRNewsfoto\b",  # "The Verde plant (PRNewsfoto/Andina)": a release's picture, credited
    "supplied": r"[.!?]\s*\(\s*supplied\b",  # "… at the port earlier this year. (Supplied: X)"
    "file": r"\bfile\s+(?:photo|picture|image)\b|\[file\]|\(file(?:\s+photo)?\)|^\W*file\s+[-–—]\s"  # "FILE - A ship …"
    r"|\s/\s+(?:[\w.'’-]+\s+){1,3}file\W*$",  # "Jane Doe / Korea Daily file |": a portrait from the paper's archive
    "aerial": r"\baerial\s+view\b",
    # "A general view of the smelter …", "Typical view of the X manganese; …": a picture's caption
    "view": r"^\W*(?:an?\s+|the\s+)?(?:typical|general|partial|close-?up|wide|overall|panoramic)\s+view\s+of\s+(?:\S+\s+){0,30}\S*$",
    "taken": r"\b(?:picture|photo|image)\s+taken\s+(?:on\s+)?(?:[A-Z][a-z]+|\d)",  # "… Picture taken July 16, 2011."
    "pictured": r"(?<!\()\bpictured\b(?!\))",
    # "… held the second meeting. Shown is a scene from the first talks …": what the picture shows, said
    "shown": r"(?:^|[.!?]\s+)Shown\s+(?:here\s+|above\s+|below\s+)?(?:is|are)\s+(?:an?|the)\s",
    # what a picture shows, in a caption's present tense: "Jane Doe holds up a trade agreement as …",
    # "Activists carry signs during a protest …", "Lithium concentrate being loaded onto a ship" (no one "said")
    **{
        word: _PICTURE_SHOWS
        for word in (
            "holds",
            "hold",
            "gestures",
            "poses",
            "shakes",
            "waves",
            "inspects",
            "sits",
            "stands",
            "seen",
            "being",
            "carry",
            "carries",
            "attends",
            "arrives",
            "walk",
            "walks",
        )
    },  # fmt: skip
    "of": r"^\W*(?:picture|photo|image|portrait)\s+of\s+[A-Z][^.!?]{0,60}\.?$",  # "Picture of Jane Doe."
    **{  # "(L)", "from left to right", "X, center, announces …": where a person stands in the picture
        word: r"\((?:L|R|C|L-R|R-L|left|right|centre|center)\)|^\W*(?:from\s+)?left\s+to\s+right\b"
        r"|,\s+(?:(?:second|third|far)\s+)?(?:left|right|centre|center)\s*,\s+(?:[a-z]+\s+)?[a-z]+s\b"
        for word in ("l", "r", "c", "left", "right", "centre", "center")
    },
    **{
        word: _AGENCY_SLASH + "|" + _SLASH_AGENCY
        for word in (
            "reuters",
            "afp",
            "ap",
            "epa",
            "xinhua",
            "bloomberg",
            "anadolu",
            "istock",
            "canva",
            "unsplash",
            "handout",
        )
    },
    "via": r"\bvia\s+(?:Canva|Getty|Shutterstock|Unsplash|iStock|Wikimedia|Flickr)\b"
    r"|\bvia\s+(?:Facebook|Instagram|Twitter|X|LinkedIn|YouTube|Telegram|TikTok)\s*$"  # "Jane Doe via Facebook"
    r"|\([^()]{0,60}\bvia\s+(?:REUTERS|AFP|AP|EPA|Xinhua|Bloomberg|Anadolu)\)\s*$",  # "(Ngo/Handout via REUTERS)"
    # "A view shows a mine in …", "A chart showing …", "Photo composite shows …": a picture described
    # ("This infographic shows …" is the article pointing at its own picture)
    **{word: _SHOWS for word in ("shows", "showing")},
    "getty": r"Getty Images\b|" + _AGENCY_SLASH,
    # a stock library's name is a picture's credit: "mining. Verde. Bigstock"
    **{
        word: r"\b(?:Shutterstock|Bigstock(?:photo)?|Alamy|Dreamstime|Depositphotos|Pixabay|Pexels)\b"
        for word in (
            "shutterstock",
            "bigstock",
            "bigstockphoto",
            "alamy",
            "dreamstime",
            "depositphotos",
            "pixabay",
            "pexels",
        )
    },
    "portrait": r"\bportrait$",
    **{
        word: r"\bshares?(?:\s+price)?\s+(?:over|in)\s+the\s+(?:past|last)\s+\w+\s+(?:days?|weeks?|months?|years?)\.?$"
        for word in ("share", "shares")
    },
    # "… the largest mine outside Ruritania. Source: Andina Cobre Ltd. |": a picture's credit after its caption
    # (or a chart's, citing its data to a web address: "… by sector. Source: “Nickel demand,” Agency, 2021, https://…")
    "source": r"(?<=[.!?”\"]\s)source\s*:\s*(?:[^!?:]{2,60}?\s*\|?|[^|]{2,200}?\bhttps?://\S+)\s*$",
    "사진": r"[\[(]\s*사진\s*[=:/]",  # "리튬 광산 [사진=블룸버그]": a Korean caption's "[Photo=Wire]"
    "|": r"\|\s*(?:photo|image|picture|credit|source|cr[ée]dit(?:o|s)?|fotos?|imagem|imagen)\b|[.!?”\"]\s*\|\s*[A-Z][\w .'&-]{1,40}$",
}


# A picture described, in sentence case: "A truck at the mine carrying ore to the port".
PICTURE_DESCRIBED = re.compile(
    r"(?:A|An)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}\s+(?:at|in|on|near|outside|inside|beside)\s+.*\b[a-z]+ing\b"
)


# A portrait's caption: a name and a post, no verb ("Jane Doe, Minister of Mines.", "Jon Ruiz, X Federation president").
_PORTRAIT_POST = (
    r"(?i:minister|president|ceo|chairman|chairwoman|chairperson|director|governor|secretary|ambassador|spokesperson|"
    r"spokesman|founder|chair|head|managing director|chief executive)"
)
PORTRAIT = re.compile(
    rf"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{1,3}},\s+(?:the\s+)?(?:[\w'’&-]+\s+){{0,5}}"
    rf"{_PORTRAIT_POST}(?:\s+(?:of|for|at)\s+[\w\s'’&,-]{{1,50}})?\.?"
)

# Two portraits in one caption, each a name and a post, no verb ("Jane Doe, President, Andina Ltd and Jon Roe,
# Verde's CEO and Chairman of the Board"): the people a picture shows side by side.
_PERSON = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}"
_ONE_PORTRAIT = (
    rf"{_PERSON},\s+(?:the\s+)?[^,;]{{0,60}}?\b{_PORTRAIT_POST}(?i:\s+officer)?\b[^,;]{{0,60}}?(?:,\s+[^,;]{{1,60}}?)?"
)
TWO_PORTRAITS = re.compile(
    rf"(?!.*\b(?:said|says|signed|met|meets|visited|announced|told|added|is|are|was|were|will|has|have)\b)"
    rf"{_ONE_PORTRAIT}\s+and\s+{_ONE_PORTRAIT}\.?"
)

# A profile's page title, as a site prints it: a name, the post, the site ("Jane Doe Secretary, Ministry of
# Mines | Official Website"): it names a person, not a story.
PROFILE_TITLE = re.compile(
    r"(?:[A-Z][\w'’.-]*\s+){1,4}(?:Secretary|Minister|President|Governor|Director|Administrator|Commissioner|"
    r"Ambassador|Chair(?:man|woman)?|Senator|Mayor)\b[^|]{0,80}\|\s*(?i:official\s+(?:web\s?site|site|portal|page))\s*"
)


# "… in the Verde valley /example.com": a picture credited to a web site after a slash
SITE_CREDIT = re.compile(  # "… mine in Roetown/ Andina": its owner after a slash glued to the caption's last word
    r"\s/\s?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}\s*$|(?<=[a-z])/\s[A-Z][\w&-]*(?:\s[A-Z][\w&-]*)?\s*$"
    r"|(?<=[.!?])\s/\s[A-ZÀ-Þ][A-ZÀ-Þ0-9&.'’ -]{2,40}$"  # "Recreación del proyecto. / ANDINA ENERGÍAS": in capitals
)


# A picture's credit glued to its caption, no space after the full stop: "… a refinery.(ABC News: Ana Ortiz)".
GLUED_CREDIT = re.compile(r"[.!?]\((?:[^():]{2,40}:\s*)?[A-Z][^()]{1,40}\)$")


# A photographer's credit after the caption's last sentence: "… rich with minerals. (Jane Doe/for The Post)".
PHOTOGRAPHER_CREDIT = re.compile(
    r"(?:[.!?”\"]\s*|\s[-–—]\s+)\((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*\s*/\s*(?:for\s+)?(?:[Tt]he\s+)?[A-Z][\w .&'’-]{1,40}\)$"
)


# The photographer and agency after the caption's last sentence: "… a reactor. Jane Doe / Wire".
# (or glued to the slash, with the archive's mark: "… in Roetown. Jane Doe/Verde Journal/file")
CREDIT_AFTER = re.compile(
    r"[.!?”\"]\s+(?:(?:[A-Z][\w.'’-]*\s+){1,3}|(?:[A-Z][\w.'’-]*\s+){1,2}[A-Z][\w.'’-]*)/\s*"
    r"[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3}(?:/file)?$"
)


# The picture's owner after its caption, with nothing else: "The Verde deposit. Andina", "… in
# Kiruna. Verde Mining AB" (a sentence of two words or more, not an honorific ("Hon. Jane Doe"), then one
# to three capitalised words, no little word among them).
OWNER_AFTER = re.compile(
    r"^[A-Z“\"][^.!?\s]*\s[^.!?]{1,120}[.!?][”\"]?\s+(?!(?:The|A|An|In|On|At|But|And|He|She|It|They|We|This|Mr|Ms|Dr)\b)"
    r"[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,2}$"
)


# "kinsevere_mine", "IMG_2041.jpg": a picture's file name, printed where the picture failed to load.
FILE_NAME = re.compile(
    r"[A-Za-z0-9-]+(?:_[A-Za-z0-9-]+)+(?:\.(?:jpe?g|png|gif|webp|svg))?|[\w-]+\.(?:jpe?g|png|gif|webp|svg)"
)


def one_text_twice(text: str) -> bool:
    """A line that is one text twice over, a space between: a picture's description and its caption run together
    ("The deposit lies at Roetown The deposit lies at Roetown")."""
    half = (len(text) - 1) // 2
    return len(text) >= 40 and text[half] == " " and text[:half] == text[half + 1 :]


def credit_after_caption(text: str) -> bool:
    """Whether the line ends with the credit of a picture after its caption's last sentence."""
    return (
        text.endswith(")")
        and bool(GLUED_CREDIT.search(text) or PHOTOGRAPHER_CREDIT.search(text))
        or text[-1:].isalpha()
        and (
            "/" in text[-40:] and bool(CREDIT_AFTER.search(text)) or len(text) <= 140 and bool(OWNER_AFTER.match(text))
        )
    )


# A short line that is only an agency's name: the credit under a photo, or a wire story's byline.
PHOTO_AGENCY = re.compile(
    r"^\W*(?:REUTERS|AFP|AP|EPA|Xinhua|Bloomberg|Getty Images|Anadolu|Shutterstock|iStock|"
    r"Canva|Unsplash|Handout|File|Associated\s+Press|Agence\s+France[- ]Presse|Press\s+Trust\s+of\s+India|"
    r"(?:Kyodo|Yonhap|Xinhua)(?:\s+News)?(?:\s+Agency)?|Bernama|TASS)(?:\s*/\s*[\w .'-]+)?\W*$"
    # a placeholder left where a picture or a player was: "Image", "Video 2"
    r"|^\W*(?:(?:representative|file|stock)\s+)?(?:image|photo|picture|video|gallery|graphic|"
    r"infographic|audio)s?\W*\d*\W*$"
    r"|^\W*(?:[\w-]+\s+)?logo\s*\d*(?:\s+(?:image|icon|img))?\W*$",  # "Logo 2 Image": a site's logo, left as text
    re.IGNORECASE,
)

# A picture's bare label, a line of its own between its caption and its credit: "Photo", "Image:".
PICTURE_LABEL = re.compile(rf"(?i){_PICTURE}\W{{0,2}}")

# A credit led by the picture's label, with nothing else: "Video / Jane Doe Today", "Photo: Jon Roe".
LABELLED_CREDIT = re.compile(rf"(?i)^\W*{_PICTURE}\s*[/:|]\s*\S.{{0,60}}$")

# A photographer's credit from the outlet's archive: "Jane Doe for Verde Radio File", "Jon Roe / Verde News File".
ARCHIVE_CREDIT = re.compile(
    r"^[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){1,2}\s+(?:for|/)\s+(?:the\s+)?(?:[A-Z][\w'’.&-]*\s+){1,3}File$"
)
# A picture's credit as a broadcaster prints it under the caption, its parts between bars:
# "Jane Doe | Wire | Getty Images" (the photographer, the agency, the library).
BARRED_CREDIT = re.compile(
    r"^[^|]{2,40}(?:\s\|\s[^|]{2,40}){1,3}\s\|\s(?:Getty Images|AFP|Reuters|REUTERS|Bloomberg|AP|EPA|Xinhua|"
    r"Anadolu|Shutterstock|iStock|NurPhoto|LightRocket)$"
)
