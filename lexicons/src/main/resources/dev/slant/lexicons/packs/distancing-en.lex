# distancing/en: words by which a writer distances itself from the words that follow (or, for
# "as they call it", that precede): "so-called", "self-styled", "alleged", "what it calls".
# Written for Slant by its authors. The valence is negative and grows with the strength of the
# distancing: "reportedly" -0.1 (attribution without doubt), "alleged" -0.3 (an unproven claim),
# "so-called" -0.5, "self-styled" -0.6 (a name the writer rejects).
#
# Not here, on purpose:
#   - "apparent", "apparently", "seemingly": hedges (see bias/en), not distancing.
#   - "supposed": in news it is mostly the modal "were supposed to pull out", which distances
#     nothing; "supposedly" is kept.
#   - "said to be", "believed to be": attribution; a combined phrase would also hide the
#     report-verb hit on "said".
# Hyphenated compounds ("pseudo-state", "quasi-official") are one token each, so "pseudo" and
# "quasi" here only match when written apart from the next word.

@name        distancing/en
@version     1.0.0
@language    en
@license     Apache-2.0
@source      Written for Slant by the Slant authors; see NOTICE
@description Markers by which a writer distances itself from a term: so-called, self-styled, alleged
@category    distancing
@inflect     none

# --- Prefixed labels: the writer declines to own the name that follows
so-called	valence=-0.5
so called	valence=-0.5
self-styled	valence=-0.6
self-proclaimed	valence=-0.6
self-declared	valence=-0.5
self-appointed	valence=-0.6
self-anointed	valence=-0.6
self-described	valence=-0.4
self-professed	valence=-0.5
would-be	valence=-0.3
wannabe	valence=-0.6
pseudo	valence=-0.5
quasi	valence=-0.3
ersatz	valence=-0.5
nominally	valence=-0.3
in name only	valence=-0.5

# --- Markers of unestablished claims
alleged	valence=-0.3
allegedly	valence=-0.3
purported	valence=-0.4
purportedly	valence=-0.4
supposedly	valence=-0.4
ostensible	valence=-0.4
ostensibly	valence=-0.4
putative	valence=-0.3
professed	valence=-0.4
claimed	valence=-0.3
presumed	valence=-0.2
reputed	valence=-0.2
reputedly	valence=-0.2
reportedly	valence=-0.1
pretended	valence=-0.6

# --- Naming something as another's term
what it calls	valence=-0.5
what it called	valence=-0.5
what they call	valence=-0.5
what they called	valence=-0.5
what he calls	valence=-0.5
what he called	valence=-0.5
what she calls	valence=-0.5
what she called	valence=-0.5
what it describes as	valence=-0.4
what it described as	valence=-0.4
what they describe as	valence=-0.4
what they described as	valence=-0.4
what he described as	valence=-0.4
what she described as	valence=-0.4
what it termed	valence=-0.4
what they termed	valence=-0.4
what he termed	valence=-0.4
what it dubbed	valence=-0.5
what they dubbed	valence=-0.5
as they call it	valence=-0.5
as it calls it	valence=-0.5
as he calls it	valence=-0.5
as they call them	valence=-0.5
quote unquote	valence=-0.5
quote-unquote	valence=-0.5
