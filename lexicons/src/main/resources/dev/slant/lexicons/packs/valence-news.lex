# valence/news: how news prose uses words that general valence lexicons rate for everyday or
# social-media speech. Composed after valence/afinn and valence/vader, it rates 0 (neutral) the
# words that in news name an institution or an office or are plain function words, rates the
# words by which news reports wrongdoing, accusation, legal trouble and praise, and re-rates a few
# words whose news sense is the opposite of the everyday one. A word rated 0 counts for nothing.
# Written for Slant by its authors. The words were chosen by reading where the general lexicons
# disagree with the human labels of news sentences (the NewsMTSC training set: which rated words
# stand mostly in sentences whose target the annotators judged otherwise, and which unrated words
# stand mostly in sentences with a negative or a positive target); the values are on the scale of
# the other valence packs, [-1, 1].
#
# Not here, on purpose:
#   - "killed", "died", "death", "war", "victims": negative events, but in news the people they
#     happen to are mostly neutral targets; they stay as the general lexicons rate them, because
#     toward an actor who kills they are the evidence that counts.
#   - "defeated", "fight": their sign depends on the side the target is on.
#   - "claimed", "claims", "insisted", "alleged", "allegedly": reporting verbs and distancing
#     markers; how a source's words are introduced, and whether the writer holds them at a
#     distance, are dimensions of their own (the cue's stance, distancing/en), not sentiment.

@name        valence/news
@version     1.0.0
@language    en
@license     Apache-2.0
@source      Written for Slant by the Slant authors; see NOTICE
@description News usage over the general valence packs: institutions and function words unrated, wrongdoing, accusation and praise rated
@category    sentiment
@inflect     none

# --- Names of institutions and offices, not judgements: "the Republican Party", "Homeland
# Security", "the United States", "the Justice Department", "special counsel", "the Supreme
# Court", "the intelligence committee", "Defense Secretary", "top aide", "grand jury",
# "health care", "public safety", "state of emergency", "trade agreement".
party	valence=0
parties	valence=0
security	valence=0
united	valence=0
justice	valence=0
special	valence=0
supreme	valence=0
intelligence	valence=0
defense	valence=0
top	valence=0
grand	valence=0
care	valence=0
leadership	valence=0
leading	valence=0
authority	valence=0
safety	valence=0
emergency	valence=0
agreement	valence=0
agreements	valence=0

# --- Function words and hedges rated as if they were praise: "like" (a preposition far more
# often than a verb in news), "well", "want", "sure", "clear", "kind", "matter", "number", "yes",
# "pretty" (a degree word), "clearly", "certain" and "true" (assertion, not approval), "favor"
# (mostly "in favor of").
like	valence=0
well	valence=0
want	valence=0
sure	valence=0
clear	valence=0
clearly	valence=0
kind	valence=0
matter	valence=0
matters	valence=0
number	valence=0
yes	valence=0
pretty	valence=0
certain	valence=0
true	valence=0
favor	valence=0
big	valence=0
hand	valence=0
interest	valence=0
interests	valence=0
share	valence=0
shared	valence=0
allow	valence=0
giving	valence=0
legal	valence=0
sentence	valence=0
play	valence=0
played	valence=0
playing	valence=0
straight	valence=0
original	valence=0
greater	valence=0
ready	valence=0
created	valence=0
launched	valence=0
reached	valence=0
committed	valence=0

# --- Words whose news sense is the opposite of the everyday one: one who apologises or admits
# has done wrong; "rich" and "wealthy" in political news are reproaches; "surprised" reports an
# unwelcome turn; "a joke" derides.
apologized	valence=-0.3
apologize	valence=-0.3
apologizes	valence=-0.3
apologised	valence=-0.3
apologise	valence=-0.3
apology	valence=-0.3
apologies	valence=-0.2
admitted	valence=-0.2
admits	valence=-0.2
rich	valence=-0.1
wealthy	valence=-0.1
surprised	valence=0
joke	valence=-0.4

# --- Accusation, investigation and legal trouble, which the general lexicons rate weakly or not
# at all.
accused	valence=-0.45
accusing	valence=-0.4
accuses	valence=-0.45
accusation	valence=-0.4
accusations	valence=-0.45
indicted	valence=-0.55
indictment	valence=-0.5
indictments	valence=-0.5
impeach	valence=-0.45
impeached	valence=-0.55
probe	valence=-0.2
probes	valence=-0.2
investigation	valence=-0.2
investigations	valence=-0.2
investigated	valence=-0.3
pleaded	valence=-0.3
conviction	valence=-0.5
charged	valence=-0.4
charges	valence=-0.35
fined	valence=-0.4
jail	valence=-0.55
prosecuted	valence=-0.45
subpoenaed	valence=-0.35
embattled	valence=-0.45
ousted	valence=-0.4
backlash	valence=-0.45
slammed	valence=-0.45
slams	valence=-0.45
blasted	valence=-0.45
lashed	valence=-0.4
decried	valence=-0.35
denounced	valence=-0.45
bigot	valence=-0.7
bigoted	valence=-0.7
misogynist	valence=-0.7
inappropriately	valence=-0.45
bribery	valence=-0.6
collusion	valence=-0.4
clashed	valence=-0.35
faces	valence=-0.2
faced	valence=-0.2
facing	valence=-0.2
caught	valence=-0.3
incident	valence=-0.2

# --- Praise and achievement that the general lexicons leave out.
helped	valence=0.35
lauded	valence=0.55
hailed	valence=0.45
congratulated	valence=0.5
achievement	valence=0.5
achievements	valence=0.5
pioneering	valence=0.45
earned	valence=0.35
deserves	valence=0.3
deserved	valence=0.3
historic	valence=0.3
remembered	valence=0.2
pledged	valence=0.15
