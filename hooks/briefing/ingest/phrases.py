"""Stage 1, ingest (phrases): the phrases of appeals and notices, as data (captions: `captions`).

Each is keyed by a word it contains, so `lexicon` searches a line only for the phrases its words
allow. General phrases every news site uses; an outlet's own belong in site_data/boilerplate.yml.
"""

from __future__ import annotations

import re

from .foreign_phrases import FOREIGN_APPEALS, FOREIGN_RELATED
from .notices import NOTICE_PATTERNS

_MADE_BY = r"(?:generated|written|produced|created)\s+(?:by|with|using)\s+"  # how the page was made
# Phrases of an appeal to the reader, a site notice or a legal disclaimer: one makes a line chrome.
# a newsletter's note on its own links: "(Tap or click the headline above to read this story …)"
_THE_LINK_ABOVE = (
    r"\b(?:tap|click)\s+(?:or\s+(?:tap|click)\s+)?(?:on\s+)?the\s+(?:headline|link|title)\s+(?:above|below)\b"
)
_MOTTO = r"^\W*(?:the|your|our)\s+(?:[\w'’&-]+\s+){0,4}(?:newspaper|magazine)\s+(?:for|of|on|about)\b[^.!?]{0,60}$"
APPEAL_PATTERNS = {
    **FOREIGN_APPEALS,
    **NOTICE_PATTERNS,
    "follow": r"follow\s+us",
    "connect": r"^\W*(?:stay\s+)?connect(?:ed)?\s+with\s+us\b",  # a social links' label: "Connect with us:"
    "discussion": r"^\W*(?:start|join)\s+the\s+discussion\b",  # a comments box's prompt
    # a video player's messages, left where the player was
    "wait": r"^\W*please\s+wait\W*$",
    "media": r"^\W*no\s+media\s+source\s+(?:is\s+)?currently\s+available",
    "browser": r"your\s+browser\s+does(?:\s+not|n[’']t)\s+support",
    # a subscription offer: "*For an annual commitment" (its price per week: `lexicon.PRICE_PER_PERIOD`)
    "commitment": r"\b(?:annual|monthly|yearly)\s+commitment\b",
    "premium": r"^\W*this\s+premium\s+(?:content|article|story)\s+has\s+been\s+made\s+(?:freely\s+)?available",  # a paywall's note
    "welcome": r"^\W*welcome\s+to\s+(?:the\s+)?[\w.&'’ -]{2,40}[!.]?$",  # a site's greeting line
    "click": r"click\s+here|click\b.{0,40}(?:https?://|www\.|\b[\w-]+\.[a-z]{2,4}/)|" + _THE_LINK_ABOVE,
    "tap": r"tap\s+here|" + _THE_LINK_ABOVE,
    "download": r"download\s+(?:the|our)\s+app",
    "homepage": r"^\W*go\s+to\s+(?:the\s+)?[\w.&'’ -]{0,40}home\s?page\W*$",  # a skip link: "Go to the X homepage"
    "catch": r"\bcatch\s+up\s+on\s+(?:all\s+)?the\s+latest\b",  # "Catch up on the latest news … from X"
    "install": r"install\s+the\s+[\w ]{0,20}app",
    "opinions": r"views\s+and\s+opinions\s+expressed",
    "delivered": r"\bdelivered\s+(?:straight\s+|directly\s+)?to\s+(?:you|your\s+inbox)\b",  # a newsletter's offer
    "article": r"^\W*in\s+this\s+article\s*:?\s*$",  # a box of the article's tickers or topics
    "originating": r"originating\s+organi[sz]ation",
    "clarity": r"edited\s+for\s+clarity",
    "subscription": r"your\s+(?:current\s+)?subscription",
    "comment": r"(?:post|write|add|submit)\s+(?:a|your)\s+(?:first\s+)?comment|comment\s+on\s+(?:stories|articles|"
    r"this\s+(?:story|article))|be\s+the\s+first\s+to\s+comment",
    "comments": r"comments\s+are\s+closed|no\s+comments?\s+yet|keep\s+(?:your\s+)?comments\b",
    "syndicated": r"from\s+a\s+syndicated\s+feed|has\s+not\s+been\s+edited\s+by\s+[\w ]{1,30}staff",
    "advertise": r"^\W*advertise\s+(?:with|on)\b",
    # a contact box: "Get in touch", "Want to get in touch? We'd love to hear from you."
    "touch": r"^\W*(?:want\s+to\s+)?get\s+in\s+touch\W*$|^\W*want\s+to\s+get\s+in\s+touch\b",
    "hear": r"(?:love|like)\s+to\s+hear\s+from\s+you",
    # a site's motto: "The mining newspaper for Verde and the North", "Your weekly magazine on metals"
    "magazine": _MOTTO,
    # "We’re sorry, this feature is currently unavailable.": a player's or a widget's notice
    "unavailable": r"\b(?:feature|service|content|video|page|player)\s+is\s+(?:currently\s+|temporarily\s+)?unavailable\b",
    # a blog's footer: "This entry was posted in News. Bookmark the permalink."
    "permalink": r"bookmark\s+the\s+permalink|this\s+entry\s+was\s+posted\s+in\b",
    "idea": r"(?:share|submit|send)\s+(?:us\s+)?a\s+(?:story\s+)?(?:idea|tip)\b",
    "constructive": r"civil\s+and\s+constructive\b",
    # "Quer receber os conteúdos da X no seu smartphone?": an offer of the site's app or channel
    "smartphone": r"\b(?:no\s+seu|en\s+tu|en\s+su|sur\s+votre|on\s+your)\s+smartphone\b",
    # a comment box's rules: "Please respect the use of this community forum", "Users who … will be banned"
    "community": r"\bthis\s+community\s+(?:forum|board|site)\b|\bcommunity\s+(?:guidelines|standards|rules)\b",
    "commenting": r"\bcommenting\s+(?:rules|policy|policies|guidelines)\b",
    "topic": r"^\W*(?:\d+\.\s+)?please\s+stay\s+on\s+topic\b",
    "banned": r"\b(?:users?|posters?|members?|commenters?)\b[^.]{0,120}\bwill\s+be\s+(?:banned|blocked)\b",
    "conversation": r"join\s+the\s+(?:conversation|discussion)",
    "writing": r"before\s+writing\s+(?:a|your)",
    "posting": r"before\s+posting\s+(?:a|your)",
    "directly": r"sent\s+directly\s+to\s+(?:you|your\s+inbox)",
    "inbox": r"to\s+your\s+inbox",
    "email": r"your\s+email\s+address\s+(?:will|below)|(?:submitting|entering)\s+your\s+email",
    "rest": r"(?:access|read)\s+(?:to\s+)?the\s+rest\s+of\s+(?:this|the)\s+(?:article|story)",  # a paywall's offer
    "fields": r"required\s+fields\s+are",
    "registration": r"\bregistration\b.{0,40}\brequired\b",
    "coverage": r"(?:\w+\s+){0,2}coverage\s+of\s+this\s+(?:topic|story|issue|event)\b",
    "subscriber": r"already\s+a\s+subscriber",
    # a paywall's notes in Spanish, Portuguese, French: "Este contenido es exclusivo para suscriptores.", "Iniciá sesión
    # si sos suscriptor/a", "Apoyá el periodismo especializado e independiente", "réservé aux abonnés"
    **{
        w: r"exclusiv[oa]\s+(?:para|de|pour)\s+(?:suscriptor|assinant|abonn)"
        for w in ("exclusivo", "exclusiva", "exclusif")
    },
    "sesión": r"^\W*inici[aá]\s+sesión\b",
    "periodismo": r"^\W*apoy[aáe]\s+(?:el|al|nuestro)\s+periodismo\b",
    "abonnés": r"réservée?\s+aux\s+abonnés",
    "account": r"create\s+(?:an|your)\s+(?:free\s+)?account",
    "continue": r"continue\s+reading",
    "share": r"share\s+this\s+(?:article|story|post|page)|share\s+on\s+(?:social|facebook|twitter|x\b|linkedin|whatsapp)",
    **{w: rf"{w}\s+to\s+(?:the\s+)?(?:main\s+)?(?:content|navigation|menu)" for w in ("skip", "jump")},  # skip links
    "top": r"back\s+to\s+top",
    "continues": r"story\s+continues\s+(?:below|after)",
    # a site's label over its article's text; a sponsor's disclosure ("About Sponsored Content This content was …")
    "content": r"^\W*article\s+content\W*$|^\W*(?:about\s+)?sponsored\s+content\b|\bcontent\s+was\s+commissioned\s+by\b",
    "length": r"^\W*(?:video|audio|clip)\s+length\s*:",  # "Video length: 3 mins."
    "verify": r"verify\s+(?:access|you\s+are)",
    "mode": r"reader\s+mode",
    "robot": r"are\s+you\s+a\s+robot",
    "javascript": r"enable\s+javascript|\bjavascript\b[^.]{0,40}\b(?:disabled|turned\s+off|required)\b",
    "interactive": r"\b(?:snapshot|static\s+version|image)\s+of\s+(?:an?|the|this)\s+interactive\b",  # a graphic's placeholder
    "question": r"this\s+question\s+was\s+answered",
    "subscribing": r"by\s+subscribing(?![^.]{0,60}\b(?:shares|stock|notes|bonds|units|securities|equity)\b)"  # no investor
    r"|subscribing\b.{0,30}\b(?:monthly|yearly|annual)",
    "subscribe": r"subscribe\b.{0,30}\b(?:monthly|yearly|annual)",
    "access": r"digital\s+access|(?:get|unlock)\s+(?:full|unlimited)\s+access",
    "embargoed": r"(?:is|was|are)\s+embargoed\s+until",  # a notice to the press left on the page
    "off": r"now\s+\d{1,3}\s?%\s+off\b",  # "… one powerful platform—now 60% off for Memorial Day."
    "journalism": r"(?:support|choose)\b.{0,40}\bjournalism",
    # a newspaper's appeal for donations: "Your support helps us to tell the story", "Your donation allows us …"
    # (a whole line: "Your support makes all the difference.The …" may run into the article's first paragraph)
    "support": r"^\W*your\s+support\s+(?:helps|allows|makes|keeps|means)\b[^.!?]*[.!?]?\s*$",
    "donation": r"your\s+donations?\s+(?:helps?|allows?|makes?|keeps?)\b|^\W*\S*\W*(?:make|give)\s+an?\s+(?:\w+\s+)?donation\b",
    "paywalls": r"\block\b.{0,60}\bout\b.{0,60}\bpaywalls?\b",
    "paywall": r"\bnot\s+(?:locked\s+)?behind\s+a\s+paywall\b",  # "The story you just read is not locked behind a paywall"
    "giveaway": r"\bjoin\s+(?:our|the)\s+giveaway\b",
    "ours": r"\b(?:outlets?|sites?|publications?|newsrooms?|newspapers?)\s+like\s+ours\b",  # a small outlet's appeal
    "newspaper": r"our\s+online\s+newspaper|" + _MOTTO,
    "information": r"for\s+(?:more|further)\s+information,?\s+(?:please\s+)?contact",
    **{
        role: r"^(?:journalist|reporter|correspondent|editor|writer|columnist)\b.{0,40}\bcover(?:s|ing)\b"
        for role in ("journalist", "reporter", "correspondent", "editor", "writer", "columnist")
    },
    "readers": r"(?:its|our)\s+(?:[\w-]+\s+){0,3}readers\b",
    "unlock": r"unlock\s+the\s+rest|^\W*unlock\s+(?:exclusive|unlimited|full|premium)\b",  # a subscription's offer
    "free": r"\b(?:unlock|sign\s+up|try|register)\b.{0,40}\bfor\s+free\b",  # "Unlock the Editor's Digest for free"
    "radio": r"^\W*(?:play|listen)\s+live(?:\s+radio)?\W*$",  # a station's player: "Play Live Radio"
    "air": r"\bon\s+air\s+stations?\b",
    "page": r"^\W*(?:you\s+are\s+on\s+)?page\s+\d+\s*of\s*\d+\W*$",  # a document viewer's "You are on page 1of 7"
    "youtube": r"^\W*watch\s+on\s+youtube\b",
    "accessibility": r"\baccessibility\s+of\s+this\s+(?:publication|page|site|document|report)\b",
    # a note on how the page was made: "This video summary was created using AI …", "This is AI generated summarization"
    **{
        w: _MADE_BY
        + r"(?:ai\b|artificial\s+intelligence)|\b(?:ai|machine)[- ](?:generated|written)\s+(?:summar|text|content)"
        for w in ("ai", "artificial", "machine")
    },
    **{w: r"how\s+different\s+news\s+organi[sz]ations" for w in ("organisations", "organizations")},
    "loading": r"\bloading\s+the\s+(?:full\s+)?(?:news\s+)?(?:article|story)\b",  # "We're loading the full news article for you."
    "threads": r"\bthreads\s+here\b|\bhot\s+threads\b",  # a forum's links under the story: "Other hot threads"
    "original": r"original\s+articles?\s+(?:from|below|published\s+(?:on|in|by))|"  # "Excerpt from the Original article published on X"
    r"^\W*(?:view|read|see)\s+(?:the\s+)?original(?:\s+(?:article|post|story))?\W*$",  # a link's label: "View Original"
    "feel": r"how\s+do\s+you\s+feel\s+about\s+this",
    "feedback": r"^\W*your\s+feedback\s+(?:is|matters)\b",  # a box asking for readers' views ...
    "think": r"^\W*tell\s+us\s+what\s+you\s+think\b",
    "features": r"^\W*(?:try|explore|use)\s+(?:our\s+)?ai\s+features?\W*$",  # ... or offering an AI assistant
    **{w: r"was\s+this\s+(?:article|story)\s+(?:helpful|useful)" for w in ("helpful", "useful")},
    "rate": r"rate\s+this\s+(?:article|story)",
    "informative": r"how\s+informative\s+(?:is|was)\s+this",
    **{
        word: r"read\s+(?:the\s+)?(?:full|entire|whole)\s+(?:paper|report|study|story|article)\b"
        for word in ("full", "entire", "whole")
    },
    "picture": r"^\W*get\s+the\s+(?:whole|full|bigger)\s+picture\W*$",  # "Get the whole picture 💡"
    "here": r"read\s+(?:more|the\s+full\s+(?:story|article|report))\s+here|^\W*(?:watch|listen|see)\b.{0,80}\bhere\W*$",
    "published": r"(?:this|the)\s+article\s+(?:is|was)\s+(?:first\s+)?published\s+(?:on|in|by)\s+[A-Z]",
    "posted": r"(?:this|the)\s+article\s+(?:is|was)\s+(?:first\s+)?posted\s+(?:on|in|by)\s+[A-Z]",
    "listen": r"listen\s+to\s+(?:this|the)\s+(?:article|story)|listen\s+to\s+(?:the\s+|our\s+)?[\w ]{0,60}\bpodcast\b"
    r"|^\W*listen\s+(?:to|on|now)\b.{0,120}\b(?:podcasts?|app)\b",  # "Listen to … with X Podcasts."
    "podcast": r"\btune\s+in(?:to)?\b[^.]{0,60}\bpodcast\b",  # "For insights, tune into our AI-powered podcast here"
    "originally": r"(?:article|story)\s+(?:was\s+)?originally\s+(?:appeared|published)|originally\s+appeared\s+(?:on|in)\b",
    "republish": r"republish\s+this",
    "appeared": r"\b(?:story|article|piece|report)\s+(?:first|originally)\s+appeared\s+(?:in|on)\b",  # a copy's note
    "produced": r"^\W*this\s+(?:story|report|article|investigation)\s+was\s+(?:produced|reported|made)\s+(?:by|in\s+partnership\s+with)\b",
    "series": r"(?:part|one)\s+of\s+(?:the|our|a)\s+[\w ’'-]{0,40}series\W+read\s+(?:it|more|the\s+series)\b",  # "… series. Read it here."
    "player": r"\b(?:audio|video|media)\s+player\s+(?:below|above)\b|\b(?:click|tap|press)\s+(?:on\s+)?the\s+(?:audio\s+|video\s+)?player\b",  # "Listen to it in the audio player below."
    "timeline": r"\btopic\s+timeline\b|\btimeline\s+(?:of|for)\s+(?:all\s+)?related\s+(?:articles|stories)",
    "copied": r"link\s+copied",
    "tip": r"send\s+us\s+a\s+tip",
    "error": r"report\s+an\s+error",
    "correction": r"(?:report|request|submit)\s+a\s+correction",
    "google": r"follow\s+\S+(?:\s+\S+)?\s+on\s+google\s+news",
    "channel": r"join\s+(?:our|the)\s+(?:[\w-]+\s+){0,2}channel|(?:whatsapp|telegram|youtube)\s+channel",
    "stay": r"stay\s+(?:up[- ]to[- ]date|informed|tuned)\b.{0,50}\b(?:news|updates|newsletter|channel|follow|subscribe)",
    "latest": r"get\s+the\s+latest\b.{0,40}\b(?:inbox|newsletter|sign|subscribe|app|channel)|"
    r"^\W*(?:hear|get|read)\s+the\s+latest\s+(?:from|news|updates|headlines)\b",  # "Hear the latest from X"
    "outbrain": r"\boutbrain\b",
    "taboola": r"\btaboola\b",
    "cookies": r"(?:we|this\s+(?:site|website))\s+uses?\s+cookies|accept\s+(?:all\s+)?cookies",
    "below": r"(?:article|story)\s+continues\s+below|scroll\s+(?:down\s+)?to\s+continue",
    "author": r"more\s+(?:from|by)\s+(?:this|the)\s+author|contact\s+the\s+author|about\s+the\s+author",
    "check": r"check\s+out\s+our\b",  # the outlet pointing to its own pages
    "view": r"view\s+the\s+full\s+(?:release|story|article|report|text)\b",
    "multimedia": r"(?:release|story|article)\s+features\s+multimedia",
    "subscribed": r"you\s+are\s+(?:now\s+)?subscribed\b|you[’']re\s+(?:now\s+)?subscribed\b",
    # a government site's banner: "An official website of the … Government", "Secure .gov websites use HTTPS"
    **{
        word: r"\ban\s+official\s+website\s+of\b|\bofficial\s+websites\s+use\b|\bwebsites?\s+use\s+https\b"
        r"|\bwebsite\s+belongs\s+to\s+an\s+official\b"
        for word in ("website", "websites")
    },
    "connected": r"\bsafely\s+connected\s+to\s+the\b",
    "visit": r"\bplease\s+visit\s+(?:our\b|[\w’'. ]{1,40}\bweb\s*site\b|:)|\bfull\s+article\s+please\s+visit\b|\bfor\s+more\s+information\b[^.]{0,60}\bvisit\b|^\W*visit\s+our\s+\w+(?:\s+\w+)?\W*$",
    # a masthead's fields: "Publisher: X Media Company", "License: 465734"
    "publisher": r"^\W*publisher\s*:",
    **{word: r"^\W*licen[cs]e\s*(?:no\.?|number)?\s*:\s*[\d-]+\W*$" for word in ("license", "licence")},
}


# After the body, what ends an article: the issuer's boilerplate ("About Orano Canada", "For more
# information on our products").
STORY_END = re.compile(
    r"About\s+(?:the\s+)?[A-Z][\w&.'’-]*(?:\s+(?:[A-Z&][\w&.,'’-]*|of|for|and)){0,6}\s*:?$"
    r"|(?i:For\s+more\s+information\s+(?:on|about))\b(?!.*[.!?]$)"
    r"|(?i:For\s+more\s+(?:news|stories|updates)\b.{0,60}\b(?:follow|visit|subscribe\s+to|join)\b)"  # the site's appeal
)
# The author's biography: "X Y has worked for Z as a journalist …", "X is a reporter at Z"; as a
# line of its own, "X is Verdeweb's business reporter." and "X is the paper's Andina correspondent."
AUTHOR_BIO = re.compile(
    r"\W*(?:[A-Z][\w'’-]+\s+){1,3}(?:is\s+an?|has\s+(?:been|worked)|joined)\b[^.;]{0,80}?"
    r"\b(?:journalist|reporter|correspondent|editor|writer|columnist)s?\b"
    r"|\W*(?:[A-Z][\w'’-]+\s+){1,3}is\s+(?:the\s+)?[\w.-]+['’]s?\s+(?:[\w-]+\s+){0,3}"
    r"(?:journalist|reporter|correspondent|editor|writer|columnist)(?:\s+(?:at|for|in|on)\s+[^.;]{1,40})?\.?\s*$"
)
BIO_WORDS = frozenset({"journalist", "reporter", "correspondent", "editor", "writer", "columnist"})
# A newsroom signing for its reporters, alone on a line: "News Desk", "Verde Bureau", "by Verde Newsroom"; a
# reporter with a post: "Jane Doe Senior Reporter".
DESK_CREDIT = re.compile(
    r"\s*[•·*-]?\s*(?:[Bb]y\s+)?(?:[a-z]*[A-Z][\w&'’.-]*\s+){1,3}(?:Desk|DESK|Bureau|BUREAU|Newsroom|NEWSROOM)"
    r"(?:\s+[A-Z][\w'’-]*)?|"
    r"\s*(?:[Bb]y\s+)?[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}[\s,–—-]+(?:(?:Senior|Chief|Political|Business|Staff|"
    r"Special|Foreign|Deputy|Associate)\s+)*(?:Reporter|Correspondent|Writer|Editor|Columnist)\s*"
)
# "Jane Doe, The Daily 4 min read": a reading time, beside a byline
# "This commentary represents the research and views of the author. …": a disclaimer, however long its paragraph.
DISCLAIMER = re.compile(
    r"^(?:This|The)\s+(?:commentary|article|piece|post|op-ed|column|blog|analysis|essay|opinion|report)\s+"
    r"(?:represents|reflects|expresses|contains)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:views?|opinions?)\s+of\s+(?:the|its)\s+authors?\b"
)
# A reference to a publication, as a page prints how to cite it: 'Jane Doe, “Title,” Issue Brief No. 7, May 2024,
# Verde Institute.' (an author, the title in quotes, then where and when).
CITATION = re.compile(
    r"[A-Z][^,“”\"]{2,80},\s+[“\"][^”\"]{8,200}[,.]?[”\"],?\s+[^“”\"]{0,160}\b(?:19|20)\d\d\b[^“”\"]{0,80}"
)
# A broadcaster's sign-off on a line of its own: "Jane Doe reports.", "Jane Doe, Verde News." (the reporter's name).
SIGN_OFF = re.compile(
    r"(?:[A-Z][\w'’-]+\s+){1,3}reports\.?|(?:[A-Z][\w'’-]+\s+){1,2}[A-Z][\w'’-]+,\s+(?:[A-Z][\w&'’-]*\s+){0,3}"
    r"(?:News|TV|Radio|Television)\.?"
)
# "from JANE DOE in Lusaka": a wire's byline, the reporter's name in capitals; or a broadcaster's sign-off.
FROM_REPORTER = re.compile(
    rf"^(?:date:?\s+\d{{4}}-\d\d-\d\d\s+)?from\s+[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+){{1,3}}\b|^(?:{SIGN_OFF.pattern})$"
)
READING_TIME = re.compile(
    r"\b\d+\s*(?:min|mins|minutes?)\.?\s+read\b"
    # "Temps de lecture : 1 minute", "Tiempo de lectura: 3 min", "Tempo de leitura: 2 minutos", "Lesezeit: 4 Minuten"
    r"|\b(?:temps\s+de\s+lecture|tiempo\s+de\s+lectura|tempo\s+de\s+leitura|lesezeit|reading\s+time)\s*:?\s*\d+\s*(?:min\w*)\b",
    re.IGNORECASE,
)


def headline_then_reading_time(text: str, read: re.Match) -> bool:
    """ "Ruritania acts to protect its nickel industry jobs 2 mins read": a headline, its reading time
    glued to its end (`headline.bare_headline` takes it off), not an author's line."""
    before = text[: read.start()].rstrip()
    return read.end() == len(text.rstrip()) and len(before.split()) >= 5 and not re.search(r"[,|•·]", before)


# A breadcrumb: "Home » Section » Headline"
BREADCRUMB = re.compile(
    r"\W*(?:home(?:page)?|news|blog|inicio|accueil)\s*(?:»|>>|›|>|/|\|)\s*\S"
    # separators lost, the headline cut: "Home Business Metals and Mining Gulf States Bolster Minin..."
    r"|(?-i:\W*Home\s+(?:[A-Z][\w&'’-]*\s+(?:(?:and|&|of)\s+)?){2,16}[A-Z][\w&'’-]*\s*(?:\.\.\.|…)$)"
    r"|(?-i:\W*Home(?:[A-Z][a-z]+){2,}[A-Z].{0,150}(?:\.\.\.|…)$)"  # and glued: "HomeNewsWorldVerde bans ore..."
    r"|\s*/\s*[^/\s][^/]{0,30}(?:\s/\s[^/]{1,30})+\s*$",  # "/ Front page / News": a path of sections
    re.IGNORECASE,
)


# The little words any sentence or sentence-case headline of eight words has one of (English).
FUNCTION_WORDS = frozenset(
    "the a an of to in on for and or with at by from as is are was were be been has have had its "
    "their that this will would can could may not but".split()
)


# The label over a list of other stories, alone on its line or before one headline.
RELATED = re.compile(
    r"^\W{0,3}(?:(?:more\s+)?related\s+to\s+this\s+(?:story|article)|related(?:\s+(?:stories|articles|news|posts|content|coverage|topics|reading))?|"
    rf"(?:also|further)\s+read|read\s+(?:more|also|next)|check\s+(?:also|out\s+also)|{FOREIGN_RELATED}|"
    r"(?:more|read)(?=\s*[:»>]\s*$)|(?:read|leia|lea|lee|lire|lies|baca)(?=\s*:\s+[A-Z\d“\"‘'])|read\s+on(?=\s*:)|read\s+about(?=\s)|see\s+also|more\s+(?:related\s+)?(?:stories|articles|news|"
    r"reading|from\s+[\w .]+|in\s+[\w&]+(?:\s+[\w&]+)?\s*$|on\s+this|like\s+this|(?:on|about)\s+[\w&.'’ -]{1,40}(?=:\s*$))|recommended(?:\s+for\s+you)?|(?:(?:topics|stories|articles|posts)\s+)?you\s+(?:may|might)\s+(?:also\s+)?like|"
    r"don[’']?t\s+miss(?:\s+this)?|top\s+(?:news|stories)|latest(?:\s+(?:news|stories|articles|posts))?|"
    r"(?:people|readers|others)\s+(?:are\s+)?also\s+(?:reading|read|viewed|liked)|"
    r"most\s+(?:read|popular|viewed|discussed|shared)|trending(?:\s+(?:now|news|topics|stories))?|"
    r"editor[’']?s\s+picks?|must[\s-]+reads?|popular(?:\s+(?:posts|stories))?|what\s+to\s+read\s+next|up\s+next|next\s+up|"
    r"other\s+(?:news|stories)|all\s+(?:news|stories|articles|posts)(?=\s*[:»>|]?\s*$)|in\s+(?:other|related)\s+news|references?(?:\s+from\s+[\w ]+)?|mentioned\s+in\s+this\s+\w+|"
    r"(?:recent|more)\s+[\w ]{0,30}\s+posts(?:\s+related\s+to\s+this\s+topic)?|keep\s+reading|"
    r"(?:view|see|load|show)\s+(?:more|all|source)|view\s*\+)(?:\b|(?<=\+))\s*[:\-–—|>»]*",
    re.IGNORECASE,
)
# The closing line of agency copy that points to another story: "As reported earlier, …".
EARLIER_STORY = re.compile(
    r"^(?:as\s+(?:was\s+)?reported\s+(?:earlier|previously|before)|earlier,?\s+[\w. ]{2,30}\s+reported)\b",
    re.IGNORECASE,
)
