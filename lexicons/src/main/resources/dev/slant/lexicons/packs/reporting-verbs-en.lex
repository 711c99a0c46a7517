# reporting-verbs/en: the reporting cues of English news writing, each with the stance by which
# it introduces what a source said. Written for Slant by the Slant authors.
#
# It starts from the report verbs of
#   Marta Recasens, Cristian Danescu-Niculescu-Mizil and Dan Jurafsky. 2013. Linguistic Models
#   for Analyzing and Detecting Biased Language. Proceedings of ACL 2013.
# (report_verbs.txt, as distributed in Reid Pryzant's repository under the MIT licence, Copyright
# (c) 2020 Reid Pryzant; the licence text is LICENSE-recasens2013-MIT.txt beside bias-en.lex, and
# the project's NOTICE credits it), keeps those of its verbs that introduce speech or claims in
# news, gives each a stance, and goes on with the verbs, irregular forms and set phrases of news
# attribution. The sections below say which entries come from report_verbs.txt.
#
# STANCES (the field stance=)
#   neutral     reports that a source spoke, judging neither what was said nor how:
#               "said", "according to"
#   endorsing   presents what was said as true or weighty; the factive verbs presuppose it:
#               "revealed", "stressed"
#   distancing  presents what was said as the source's own contested assertion, not a fact:
#               "claimed", "insisted"
#   hedged      weakens the attribution itself: the source is unnamed, or the writer does not
#               vouch that the source said it: "reportedly", "is said to"
#   emotive     colours the act of speaking with the source's feeling or judgement, an attitude
#               rather than a claim: "slammed", "boasted"
#
# PRINCIPLES FOR BORDERLINE CASES
#  1. Stance is the writer's attitude to the report, shown by choosing the cue over a plain
#     "said"; it is not how strongly the source committed itself. "hinted", "suggested",
#     "implied" and "speculated" name a weak speech act of the source and are neutral;
#     "reportedly" weakens the writer's own link to the source and is hedged.
#  2. The ordinary name of a speech act is neutral, even when what it reports is contested or
#     unwelcome: "accused", "blamed", "charged", "denied", "rejected", "dismissed", "threatened",
#     "urged", "demanded": there is no plainer way to report an accusation or a denial.
#     "warned" is neutral too: it names a statement about a danger, and neither vouches for the
#     danger (endorsing) nor doubts it (distancing); so is "sounded the alarm".
#  3. A verb is distancing where news style uses it instead of "said" to mark a claim as
#     unproven or disputed: "claimed", "alleged" (the legal word for an unproven charge),
#     "insisted" and "maintained" (held to against doubt), "asserted", "contended", "professed",
#     "purported". "argued" is neutral: it names reasoning for a view, not doubt about it;
#     "contended" is distancing, since news keeps it for one side of a dispute.
#  4. A verb is endorsing where it presupposes its complement, the factives ("revealed",
#     "acknowledged", "admitted", "conceded", "confirmed", "pointed out", "showed", "found",
#     "knew", and "refuted" in its dictionary sense of disproving), or lends it weight ("stressed",
#     "noted", "explained", "recalled", "underlined"). "admitted" is endorsing: it presents the
#     content as true, and as said against the speaker's interest. Agreement by the source
#     ("agreed", "concurred") is neutral: the source agrees, not the writer.
#  5. A verb is emotive where it reports an attitude (anger, scorn, pride, approval, regret)
#     rather than a proposition, or colours the manner of speaking: "slammed", "lashed out",
#     "fumed", "boasted", "praised", "hailed", "welcomed", "apologized", "lamented", "quipped".
#     The plain verbs of praise and blame ("criticized", "condemned", "praised") are emotive as
#     their headline intensifiers are ("slammed", "hailed"); valence tells them apart.
#  6. Verbs of a mental state name what a source thinks and are neutral: "thinks", "believes",
#     "feels", "hopes", "fears", "worries". The factive "knew" is endorsing (4).
#  7. A set phrase takes the stance of the phrase, not of its words: "claimed responsibility" is
#     the neutral formula for a group owning an attack, not a doubtful claim; "expressed concern"
#     is neutral; "quoted as saying" is neutral.
#  8. A cue of an unnamed or second-hand source is hedged: "sources said", "people familiar
#     with", "on condition of anonymity", "it was reported", "is believed to", "according to
#     reports". "according to" alone is neutral.
#
# VALENCE (the cue's own connotation)
#   neutral 0; endorsing +0.1 for cues that give weight, +0.2 for the factives; distancing -0.2
#   to -0.4 ("asserted" -0.2, "claimed" -0.3, "purported" -0.4); hedged -0.2 to -0.4
#   ("reportedly" -0.2, "allegedly" -0.3, "rumour has it" -0.4); emotive the direction and
#   strength of the attitude: "welcomed" +0.2, "praised" and "hailed" +0.3, "criticized" -0.2,
#   "condemned" -0.3, "slammed" -0.4, "lashed out" -0.5, and 0 where it is neither
#   ("apologized", "quipped").
#
# FORMS
#   @inflect verb adds the regular third person, past and participle of the first word only, so
#   irregular forms are entries of their own with inflect=none (said, told, wrote, spoke,
#   thought, knew, found, swore...), as are phrases whose first word is already inflected
#   ("told reporters", "was quoted as saying") or must not inflect ("according to", "in a
#   statement"). Some words are listed only in the form that is a reporting cue, where the other
#   forms are mostly nouns in news: "blasted" (a blast is an explosion), "hailed" (a hail of
#   gunfire), "fumed" (toxic fumes), "branded", "labelled", "termed", "posted", "briefed",
#   "snapped", "faulted", "objected", "thundered", "trumpeted", "crowed".
#
# COMPOSING
#   Load after bias/en: every entry here that has the phrase of a bias/en report verb (the kept
#   verbs of report_verbs.txt, spelled as there, and bias/en's irregular forms) overrides it with
#   a stance. A long phrase wins over the shorter ones starting at its first token and hides the
#   tokens inside it, so "is believed to" hides the assertive "believed", "expressed concern" the
#   NPOV "concern", "on condition of anonymity" the NPOV "condition", and "claimed
#   responsibility" the distancing "claimed" of distancing/en (rightly: see 7). No other phrase
#   here contains a marker of distancing/en; "allegedly", "reportedly", "purportedly" and
#   "reputedly" are distancing entries of distancing/en as well, a different identity, and both
#   are reported at the span. Left out for that reason: "is alleged to" and "it is alleged"
#   (they would hide the distancing "alleged"), and "apparently said" (it would hide the hedge
#   "apparently" of bias/en).
#
# LEFT OUT OF report_verbs.txt, as they are not reporting cues in news
#   compare, confront, debate, discount, disregard, equate, forbid, foretell, forget, gather,
#   guess, illustrate, imagine, insert, interpret, interview (kept as "in an interview"), invite,
#   issue (kept as "issued a statement"), mean, negotiate, order and command (mostly nouns: "in
#   order to", military command), persuade, point (kept as "pointed out", "pointed to"), pray,
#   prefer, present, prompt, protest (in news mostly to demonstrate), provoke, raise (kept as
#   "raised concern"), rally, refer (kept as "referred to"), reflect, relate, remember, see,
#   spread, suppose, suspect (its past is mostly the adjective of "suspected militants"), teach,
#   wish; and of bias/en's added forms meant, saw, seen, taught, foretold, forbade, forbidden,
#   forgot, forgotten, sung, sworn (mostly "sworn in"). They stay in bias/en, without a stance.
#
# ATTITUDES, INTENTIONS AND POSITIONS
#   News attributes to a source what it wants, plans, expects, decides, supports or attacks as it
#   attributes what it says, and attribution corpora annotate these cues (PolNeAR, PARC 3.0). So
#   this pack also holds decide, discuss, expect, offer, oppose, refuse, sing and support, left
#   out of report_verbs.txt above, and verbs such as want, plan, seek, decline, attack, back,
#   promote, echo, liken, unveil, outline. Their objects are the writer's words: the attribution
#   layer reports these cues but does not give the voice of their source to what follows a cue of
#   attitude ("supports the offensive"). Forms that news mostly uses as nouns ("plan", "support",
#   "attacks") count as cues only where a verb's marks stand around them.

@name        reporting-verbs/en
@version     1.1.0
@language    en
@license     Apache-2.0
@source      Written for Slant by the Slant authors, starting from the report verbs of Recasens, Danescu-Niculescu-Mizil and Jurafsky (ACL 2013) (MIT, see NOTICE); see the comments above
@description Reporting cues of news writing with their stance: neutral, endorsing, distancing, hedged, emotive
@category    report-verb
@inflect     verb

# --- Neutral: from report_verbs.txt (Recasens et al. 2013)
accuse	stance=neutral
add	stance=neutral
advise	stance=neutral
agree	stance=neutral
alert	stance=neutral
announce	stance=neutral
answer	stance=neutral
argue	stance=neutral
ask	stance=neutral
assure	stance=neutral
blame	stance=neutral
caution	stance=neutral
charge	stance=neutral
cite	stance=neutral
comment	stance=neutral
contradict	stance=neutral
convey	stance=neutral
counter	stance=neutral
declare	stance=neutral
defend	stance=neutral
demand	stance=neutral
deny	stance=neutral
describe	stance=neutral
disagree	stance=neutral
dismiss	stance=neutral
dispute	stance=neutral
doubt	stance=neutral
encourage	stance=neutral
estimate	stance=neutral
express	stance=neutral
fear	stance=neutral
feel	stance=neutral
forecast	stance=neutral
guarantee	stance=neutral
hear	stance=neutral
hint	stance=neutral
hope	stance=neutral
imply	stance=neutral
indicate	stance=neutral
inform	stance=neutral
instruct	stance=neutral
justify	stance=neutral
mention	stance=neutral
pledge	stance=neutral
predict	stance=neutral
promise	stance=neutral
propose	stance=neutral
question	stance=neutral
quote	stance=neutral
read	stance=neutral
reaffirm	stance=neutral
rebut	stance=neutral
reckon	stance=neutral
recommend	stance=neutral
reiterate	stance=neutral
reject	stance=neutral
remark	stance=neutral
repeat	stance=neutral
reply	stance=neutral
report	stance=neutral
request	stance=neutral
respond	stance=neutral
restate	stance=neutral
rule	stance=neutral
say	stance=neutral
signal	stance=neutral
speculate	stance=neutral
state	stance=neutral
stipulate	stance=neutral
suggest	stance=neutral
surmise	stance=neutral
swear	stance=neutral
tell	stance=neutral
testify	stance=neutral
think	stance=neutral
threaten	stance=neutral
urge	stance=neutral
voice	stance=neutral
vow	stance=neutral
warn	stance=neutral
wonder	stance=neutral
worry	stance=neutral
write	stance=neutral
told	stance=neutral	inflect=none
spoke	stance=neutral	inflect=none

# --- Neutral: irregular forms of the verbs above (as bias/en adds them), and "speak"
said	stance=neutral	inflect=none
thought	stance=neutral	inflect=none
wrote	stance=neutral	inflect=none
written	stance=neutral	inflect=none
spoken	stance=neutral	inflect=none
heard	stance=neutral	inflect=none
felt	stance=neutral	inflect=none
swore	stance=neutral	inflect=none
speak	stance=neutral

# --- Neutral: added for Slant
affirm	stance=neutral
appeal	stance=neutral
believe	stance=neutral
call	stance=neutral
call for	stance=neutral
call on	stance=neutral
characterize	stance=neutral
characterise	stance=neutral
concur	stance=neutral
depict	stance=neutral
dub	stance=neutral
notify	stance=neutral
opine	stance=neutral
portray	stance=neutral
proclaim	stance=neutral
reassure	stance=neutral
rebuff	stance=neutral
recount	stance=neutral
relay	stance=neutral
tweet	stance=neutral
point to	stance=neutral
refer to	stance=neutral
speak out	stance=neutral
weigh in	stance=neutral
chime in	stance=neutral
spell out	stance=neutral
sound the alarm	stance=neutral
go on to say	stance=neutral
claim responsibility	stance=neutral
express concern	stance=neutral
express concerns	stance=neutral
voice concern	stance=neutral
voice concerns	stance=neutral
raise concern	stance=neutral
raise concerns	stance=neutral
express regret	stance=neutral
express hope	stance=neutral
issue a statement	stance=neutral
release a statement	stance=neutral
say in a statement	stance=neutral
tell reporters	stance=neutral
tell journalists	stance=neutral
tell a news conference	stance=neutral
tell a press conference	stance=neutral
speak to reporters	stance=neutral
speak to journalists	stance=neutral

# --- Neutral: added for Slant. Intentions, expectations and positions: what a source wants,
#     plans or holds is attributed to it as what it says is ("Clinton wants to expand ...")
want	stance=neutral
plan	stance=neutral
intend	stance=neutral
expect	stance=neutral
seek	stance=neutral
sought	stance=neutral	inflect=none
decide	stance=neutral
refuse	stance=neutral
decline	stance=neutral
consider	stance=neutral
offer	stance=neutral
continue	stance=neutral
echo	stance=neutral
reference	stance=neutral
discuss	stance=neutral
oppose	stance=neutral
advocate	stance=neutral
view	stance=neutral
talk about	stance=neutral
liken	stance=neutral
unveil	stance=neutral
outline	stance=neutral
lay out	stance=neutral
laid out	stance=neutral	inflect=none
detail	stance=neutral
examine	stance=neutral
explore	stance=neutral
publish	stance=neutral
understand	stance=neutral
understood	stance=neutral	inflect=none
recorded	stance=neutral	inflect=none
put it	stance=neutral	inflect=none
puts it	stance=neutral	inflect=none
go on to	stance=neutral
went on to	stance=neutral	inflect=none
go on about	stance=neutral
went on about	stance=neutral	inflect=none
send a letter	stance=neutral
sent a letter	stance=neutral	inflect=none
voted	stance=neutral	inflect=none
rated	stance=neutral	inflect=none

# --- Neutral: added for Slant. Nouns of statement and belief, cues only before a "that" clause
#     ("Trump's claim that ...", "the assertion that ..."); the verbs above serve as nouns the same way
statement	stance=neutral	inflect=noun
assertion	stance=distancing	valence=-0.2	inflect=noun
allegation	stance=distancing	valence=-0.3	inflect=noun
suggestion	stance=neutral	inflect=noun
argument	stance=neutral	inflect=noun
belief	stance=neutral	inflect=noun
conclusion	stance=endorsing	valence=0.1	inflect=noun
acknowledgment	stance=endorsing	valence=0.2	inflect=noun
acknowledgement	stance=endorsing	valence=0.2	inflect=noun
recognition	stance=endorsing	valence=0.1	inflect=noun
insistence	stance=distancing	valence=-0.3	inflect=noun
announcement	stance=neutral	inflect=noun
assessment	stance=neutral	inflect=noun
contention	stance=distancing	valence=-0.2	inflect=noun

# --- Neutral: added for Slant, irregular or already inflected forms
held that	stance=neutral	inflect=none
holds that	stance=neutral	inflect=none
spoke out	stance=neutral	inflect=none
spelt out	stance=neutral	inflect=none
went on to say	stance=neutral	inflect=none
briefed	stance=neutral	inflect=none
labelled	stance=neutral	inflect=none
labeled	stance=neutral	inflect=none
termed	stance=neutral	inflect=none
posted	stance=neutral	inflect=none
objected	stance=neutral	inflect=none
told reporters	stance=neutral	inflect=none
told journalists	stance=neutral	inflect=none
told a news conference	stance=neutral	inflect=none
told a press conference	stance=neutral	inflect=none
told a briefing	stance=neutral	inflect=none
told state media	stance=neutral	inflect=none
told state television	stance=neutral	inflect=none
told parliament	stance=neutral	inflect=none
told lawmakers	stance=neutral	inflect=none
told the court	stance=neutral	inflect=none
spoke to reporters	stance=neutral	inflect=none
spoke to journalists	stance=neutral	inflect=none
said in a statement	stance=neutral	inflect=none
said in a joint statement	stance=neutral	inflect=none
quoted as saying	stance=neutral	inflect=none
was quoted as saying	stance=neutral	inflect=none
is quoted as saying	stance=neutral	inflect=none
were quoted as saying	stance=neutral	inflect=none
cited as saying	stance=neutral	inflect=none

# --- Neutral: added for Slant, phrases that name the occasion or the medium
according to	stance=neutral	inflect=none
as reported by	stance=neutral	inflect=none
in the words of	stance=neutral	inflect=none
in a statement	stance=neutral	inflect=none
in a joint statement	stance=neutral	inflect=none
in a written statement	stance=neutral	inflect=none
in a press release	stance=neutral	inflect=none
in an interview	stance=neutral	inflect=none
in a speech	stance=neutral	inflect=none
in a televised address	stance=neutral	inflect=none
in a televised speech	stance=neutral	inflect=none
in remarks	stance=neutral	inflect=none
in a letter	stance=neutral	inflect=none
in a video	stance=neutral	inflect=none
in a tweet	stance=neutral	inflect=none
in a post	stance=neutral	inflect=none
at a news conference	stance=neutral	inflect=none
at a press conference	stance=neutral	inflect=none
at a joint news conference	stance=neutral	inflect=none
at a joint press conference	stance=neutral	inflect=none
at a joint briefing	stance=neutral	inflect=none
at a briefing	stance=neutral	inflect=none
at a news briefing	stance=neutral	inflect=none
at a press briefing	stance=neutral	inflect=none

# --- Endorsing: from report_verbs.txt (Recasens et al. 2013)
#     +0.2 factive (presupposes the content), +0.1 gives it weight
acknowledge	stance=endorsing	valence=0.2
admit	stance=endorsing	valence=0.2
clarify	stance=endorsing	valence=0.1
conclude	stance=endorsing	valence=0.1
concede	stance=endorsing	valence=0.2
confirm	stance=endorsing	valence=0.2
demonstrate	stance=endorsing	valence=0.2
determine	stance=endorsing	valence=0.1
disclose	stance=endorsing	valence=0.2
discover	stance=endorsing	valence=0.2
emphasize	stance=endorsing	valence=0.1
explain	stance=endorsing	valence=0.1
find	stance=endorsing	valence=0.2
learn	stance=endorsing	valence=0.2
note	stance=endorsing	valence=0.1
observe	stance=endorsing	valence=0.1
point out	stance=endorsing	valence=0.2
prove	stance=endorsing	valence=0.2
realise	stance=endorsing	valence=0.2
realize	stance=endorsing	valence=0.2
recall	stance=endorsing	valence=0.1
refute	stance=endorsing	valence=0.2
remind	stance=endorsing	valence=0.1
reveal	stance=endorsing	valence=0.2
show	stance=endorsing	valence=0.2
stress	stance=endorsing	valence=0.1
uncover	stance=endorsing	valence=0.2
underline	stance=endorsing	valence=0.1
underscore	stance=endorsing	valence=0.1

# --- Endorsing: irregular forms of the verbs above
found	stance=endorsing	valence=0.2	inflect=none
learnt	stance=endorsing	valence=0.2	inflect=none
proven	stance=endorsing	valence=0.2	inflect=none
shown	stance=endorsing	valence=0.2	inflect=none

# --- Endorsing: added for Slant
accept	stance=endorsing	valence=0.1
document	stance=endorsing	valence=0.1
attest	stance=endorsing	valence=0.1
confess	stance=endorsing	valence=0.2
confide	stance=endorsing	valence=0.1
corroborate	stance=endorsing	valence=0.2
divulge	stance=endorsing	valence=0.2
emphasise	stance=endorsing	valence=0.1
establish	stance=endorsing	valence=0.2
highlight	stance=endorsing	valence=0.1
know	stance=endorsing	valence=0.2
recognise	stance=endorsing	valence=0.1
recognize	stance=endorsing	valence=0.1
verify	stance=endorsing	valence=0.2
let slip	stance=endorsing	valence=0.2
make clear	stance=endorsing	valence=0.1
make it clear	stance=endorsing	valence=0.1
knew	stance=endorsing	valence=0.2	inflect=none
made clear	stance=endorsing	valence=0.1	inflect=none
made it clear	stance=endorsing	valence=0.1	inflect=none

# --- Distancing: from report_verbs.txt (Recasens et al. 2013)
allege	stance=distancing	valence=-0.3
assert	stance=distancing	valence=-0.2
claim	stance=distancing	valence=-0.3
contend	stance=distancing	valence=-0.2
insist	stance=distancing	valence=-0.3
maintain	stance=distancing	valence=-0.2

# --- Distancing: added for Slant
profess	stance=distancing	valence=-0.3
purport	stance=distancing	valence=-0.4

# --- Hedged: added for Slant. Adverbs of attribution
reportedly	stance=hedged	valence=-0.2	inflect=none
purportedly	stance=hedged	valence=-0.3	inflect=none
allegedly	stance=hedged	valence=-0.3	inflect=none
reputedly	stance=hedged	valence=-0.2	inflect=none
rumoured	stance=hedged	valence=-0.3	inflect=none
rumored	stance=hedged	valence=-0.3	inflect=none
rumour has it	stance=hedged	valence=-0.4	inflect=none
rumor has it	stance=hedged	valence=-0.4	inflect=none

# --- Hedged: added for Slant. The impersonal "seems", an impression the writer reports without
#     a source ("the plan seems too risky")
seem	stance=hedged	valence=-0.1

# --- Hedged: the passive of report with no source named
is said to	stance=hedged	valence=-0.2	inflect=none
are said to	stance=hedged	valence=-0.2	inflect=none
was said to	stance=hedged	valence=-0.2	inflect=none
were said to	stance=hedged	valence=-0.2	inflect=none
is believed to	stance=hedged	valence=-0.2	inflect=none
are believed to	stance=hedged	valence=-0.2	inflect=none
was believed to	stance=hedged	valence=-0.2	inflect=none
were believed to	stance=hedged	valence=-0.2	inflect=none
is thought to	stance=hedged	valence=-0.2	inflect=none
are thought to	stance=hedged	valence=-0.2	inflect=none
was thought to	stance=hedged	valence=-0.2	inflect=none
were thought to	stance=hedged	valence=-0.2	inflect=none
is understood to	stance=hedged	valence=-0.2	inflect=none
are understood to	stance=hedged	valence=-0.2	inflect=none
was understood to	stance=hedged	valence=-0.2	inflect=none
is reported to	stance=hedged	valence=-0.2	inflect=none
are reported to	stance=hedged	valence=-0.2	inflect=none
was reported to	stance=hedged	valence=-0.2	inflect=none
were reported to	stance=hedged	valence=-0.2	inflect=none
it was reported	stance=hedged	valence=-0.2	inflect=none
it is reported	stance=hedged	valence=-0.2	inflect=none
it has been reported	stance=hedged	valence=-0.2	inflect=none
it is said	stance=hedged	valence=-0.2	inflect=none
it is believed	stance=hedged	valence=-0.2	inflect=none
it is understood	stance=hedged	valence=-0.2	inflect=none

# --- Hedged: unnamed sources and second-hand reports
sources say	stance=hedged	valence=-0.2	inflect=none
sources said	stance=hedged	valence=-0.2	inflect=none
sources told	stance=hedged	valence=-0.2	inflect=none
source says	stance=hedged	valence=-0.2	inflect=none
source said	stance=hedged	valence=-0.2	inflect=none
source told	stance=hedged	valence=-0.2	inflect=none
sources close to	stance=hedged	valence=-0.2	inflect=none
source close to	stance=hedged	valence=-0.2	inflect=none
sources familiar with	stance=hedged	valence=-0.2	inflect=none
source familiar with	stance=hedged	valence=-0.2	inflect=none
people familiar with	stance=hedged	valence=-0.2	inflect=none
person familiar with	stance=hedged	valence=-0.2	inflect=none
on condition of anonymity	stance=hedged	valence=-0.2	inflect=none
declined to be named	stance=hedged	valence=-0.2	inflect=none
declined to be identified	stance=hedged	valence=-0.2	inflect=none
asked not to be named	stance=hedged	valence=-0.2	inflect=none
asked not to be identified	stance=hedged	valence=-0.2	inflect=none
according to sources	stance=hedged	valence=-0.2	inflect=none
according to a source	stance=hedged	valence=-0.2	inflect=none
according to reports	stance=hedged	valence=-0.2	inflect=none
according to media reports	stance=hedged	valence=-0.2	inflect=none
according to some reports	stance=hedged	valence=-0.2	inflect=none
according to unconfirmed reports	stance=hedged	valence=-0.3	inflect=none
unconfirmed reports	stance=hedged	valence=-0.3	inflect=none
reports say	stance=hedged	valence=-0.2	inflect=none
reports said	stance=hedged	valence=-0.2	inflect=none

# --- Emotive: from report_verbs.txt (Recasens et al. 2013)
#     "extoll" is the list's spelling; "extol" and "extols" follow as additions
apologize	stance=emotive
beg	stance=emotive
boast	stance=emotive	valence=-0.3
complain	stance=emotive	valence=-0.2
congratulate	stance=emotive	valence=0.2
criticize	stance=emotive	valence=-0.2
endorse	stance=emotive	valence=0.2
extoll	stance=emotive	valence=0.3
praise	stance=emotive	valence=0.3
slam	stance=emotive	valence=-0.4
welcome	stance=emotive	valence=0.2

# --- Emotive: added for Slant. Approval
applaud	stance=emotive	valence=0.3
commend	stance=emotive	valence=0.3
laud	stance=emotive	valence=0.3
thank	stance=emotive	valence=0.2
tout	stance=emotive	valence=-0.2
gush	stance=emotive	valence=-0.1
extol	stance=emotive	valence=0.3	inflect=none
extols	stance=emotive	valence=0.3	inflect=none
hailed	stance=emotive	valence=0.3	inflect=none
trumpeted	stance=emotive	valence=-0.2	inflect=none

# --- Emotive: added for Slant. Criticism, from the plain verb to the headline intensifier
criticise	stance=emotive	valence=-0.2
censure	stance=emotive	valence=-0.2
admonish	stance=emotive	valence=-0.2
chide	stance=emotive	valence=-0.2
reprimand	stance=emotive	valence=-0.2
condemn	stance=emotive	valence=-0.3
denounce	stance=emotive	valence=-0.3
decry	stance=emotive	valence=-0.3
deplore	stance=emotive	valence=-0.3
rebuke	stance=emotive	valence=-0.3
scold	stance=emotive	valence=-0.3
take aim at	stance=emotive	valence=-0.3
berate	stance=emotive	valence=-0.4
castigate	stance=emotive	valence=-0.4
hit out	stance=emotive	valence=-0.4
rail against	stance=emotive	valence=-0.4
round on	stance=emotive	valence=-0.4
take a swipe at	stance=emotive	valence=-0.4
lash out	stance=emotive	valence=-0.5
excoriate	stance=emotive	valence=-0.5
lambast	stance=emotive	valence=-0.5
pillory	stance=emotive	valence=-0.5
vilify	stance=emotive	valence=-0.5
tear into	stance=emotive	valence=-0.5
rip into	stance=emotive	valence=-0.5
faulted	stance=emotive	valence=-0.2	inflect=none
branded	stance=emotive	valence=-0.2	inflect=none
took aim at	stance=emotive	valence=-0.3	inflect=none
blasted	stance=emotive	valence=-0.4	inflect=none
took a swipe at	stance=emotive	valence=-0.4	inflect=none
lambastes	stance=emotive	valence=-0.5	inflect=none
savaged	stance=emotive	valence=-0.5	inflect=none
tore into	stance=emotive	valence=-0.5	inflect=none

# --- Emotive: added for Slant. Support and attack, the attitude without a statement ("back" only
#     in the forms that are not mostly the adverb: "bring back", "roll back")
support	stance=emotive	valence=0.2
backs	stance=emotive	valence=0.2	inflect=none
backed	stance=emotive	valence=0.2	inflect=none
backing	stance=emotive	valence=0.2	inflect=none
promote	stance=emotive	valence=0.2
attack	stance=emotive	valence=-0.3

# --- Emotive: added for Slant. Manner of voicing: singing, chanting, shouting
sing	stance=emotive
sang	stance=emotive	inflect=none
chant	stance=emotive
shout	stance=emotive
yell	stance=emotive

# --- Emotive: added for Slant. Scorn, anger, complaint, pride
mock	stance=emotive	valence=-0.4
ridicule	stance=emotive	valence=-0.4
deride	stance=emotive	valence=-0.4
scoff	stance=emotive	valence=-0.4
taunt	stance=emotive	valence=-0.4
sneer	stance=emotive	valence=-0.5
retort	stance=emotive	valence=-0.1
rant	stance=emotive	valence=-0.5
grumble	stance=emotive	valence=-0.3
gripe	stance=emotive	valence=-0.3
moan	stance=emotive	valence=-0.4
whine	stance=emotive	valence=-0.5
bemoan	stance=emotive	valence=-0.2
lament	stance=emotive	valence=-0.1
brag	stance=emotive	valence=-0.4
gloat	stance=emotive	valence=-0.4
snapped	stance=emotive	valence=-0.3	inflect=none
fumed	stance=emotive	valence=-0.3	inflect=none
thundered	stance=emotive	valence=-0.3	inflect=none
bristled	stance=emotive	valence=-0.2	inflect=none
crowed	stance=emotive	valence=-0.3	inflect=none

# --- Emotive: added for Slant. Regret, pleading, manner
apologise	stance=emotive
regret	stance=emotive
plead	stance=emotive
implore	stance=emotive
quip	stance=emotive
joke	stance=emotive
muse	stance=emotive
sighed	stance=emotive	valence=-0.1	inflect=none
