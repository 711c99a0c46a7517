# bias/en: the word lists behind
#   Marta Recasens, Cristian Danescu-Niculescu-Mizil and Dan Jurafsky. 2013. Linguistic Models
#   for Analyzing and Detecting Biased Language. Proceedings of ACL 2013, pages 1650-1659.
# as distributed in Reid Pryzant's repository under the MIT licence (Copyright (c) 2020 Reid
# Pryzant; see LICENSE-recasens2013-MIT.txt beside this file and the project's NOTICE). The
# lists were compiled from Hooper (1975) for factives and assertives, Karttunen (1971) for
# implicatives and Hyland (2005) for hedges; the NPOV bias lexicon and the report verbs are
# Recasens et al.'s own. Each section below keeps its source file's credit lines.
#
# Conversion for Slant: every word of every list is an entry, with the category named in
# docs/lexicon-format.md; valence 0 throughout (the default: these words carry no polarity).
#   report_verbs.txt                -> report-verb, inflect=verb
#   hedges_hyland2005.txt           -> hedge, inflect=none (the list gives inflected forms itself)
#   factives_hooper1975.txt         -> factive, inflect=verb
#   assertives_hooper1975.txt       -> assertive, inflect=verb
#   implicatives_karttunen1971.txt  -> implicative, inflect=verb
#   npov_lexicon.txt                -> subjective, inflect=none
# Exceptions: the adjectives and nouns of the verb lists (afraid, certain, sure, clear, obvious,
# evident; odd, strange, interesting, relevant, sorry, exciting; able, careful, misfortune,
# sense) and the modal "can" take inflect=none, as do the past forms "told" and "spoke" that
# report_verbs.txt lists. Irregular forms of the listed verbs (said, told, thought, knew...) are
# added after each list, marked as additions; "speak" is added beside the listed "spoke".
# The NPOV lexicon is kept verbatim, including the lemmatizer's "croatium", "indium" and
# "russium" (for Croatia, India, Russia) and the tokens "s", "st", "mr".

@name        bias/en
@version     1.0.0
@language    en
@license     MIT
@source      Recasens, Danescu-Niculescu-Mizil and Jurafsky (ACL 2013), "Linguistic Models for Analyzing and Detecting Biased Language"; lists compiled from Hooper 1975 (factives, assertives), Karttunen 1971 (implicatives), Hyland 2005 (hedges); word lists as distributed in Reid Pryzant's repository under the MIT licence, Copyright (c) 2020 Reid Pryzant
@description Report verbs, hedges, factives, assertives, implicatives and the NPOV bias lexicon of Recasens et al. (2013)
@inflect     none

##############################################################################
# Report verbs
# From report_verbs.txt (Recasens et al. 2013 repository, MIT). Its credit:
#   List of report verbs used in
#   Marta Recasens, Cristian Danescu-Niculescu-Mizil, and Dan
#   Jurafsky. 2013. Linguistic Models for Analyzing and Detecting Biased
#   Language. Proceedings of ACL 2013.
##############################################################################
accuse	category=report-verb	inflect=verb
acknowledge	category=report-verb	inflect=verb
add	category=report-verb	inflect=verb
admit	category=report-verb	inflect=verb
advise	category=report-verb	inflect=verb
agree	category=report-verb	inflect=verb
alert	category=report-verb	inflect=verb
allege	category=report-verb	inflect=verb
announce	category=report-verb	inflect=verb
answer	category=report-verb	inflect=verb
apologize	category=report-verb	inflect=verb
argue	category=report-verb	inflect=verb
ask	category=report-verb	inflect=verb
assert	category=report-verb	inflect=verb
assure	category=report-verb	inflect=verb
beg	category=report-verb	inflect=verb
blame	category=report-verb	inflect=verb
boast	category=report-verb	inflect=verb
caution	category=report-verb	inflect=verb
charge	category=report-verb	inflect=verb
cite	category=report-verb	inflect=verb
claim	category=report-verb	inflect=verb
clarify	category=report-verb	inflect=verb
command	category=report-verb	inflect=verb
comment	category=report-verb	inflect=verb
compare	category=report-verb	inflect=verb
complain	category=report-verb	inflect=verb
concede	category=report-verb	inflect=verb
conclude	category=report-verb	inflect=verb
confirm	category=report-verb	inflect=verb
confront	category=report-verb	inflect=verb
congratulate	category=report-verb	inflect=verb
contend	category=report-verb	inflect=verb
contradict	category=report-verb	inflect=verb
convey	category=report-verb	inflect=verb
counter	category=report-verb	inflect=verb
criticize	category=report-verb	inflect=verb
debate	category=report-verb	inflect=verb
decide	category=report-verb	inflect=verb
declare	category=report-verb	inflect=verb
defend	category=report-verb	inflect=verb
demand	category=report-verb	inflect=verb
demonstrate	category=report-verb	inflect=verb
deny	category=report-verb	inflect=verb
describe	category=report-verb	inflect=verb
determine	category=report-verb	inflect=verb
disagree	category=report-verb	inflect=verb
disclose	category=report-verb	inflect=verb
discount	category=report-verb	inflect=verb
discover	category=report-verb	inflect=verb
discuss	category=report-verb	inflect=verb
dismiss	category=report-verb	inflect=verb
dispute	category=report-verb	inflect=verb
disregard	category=report-verb	inflect=verb
doubt	category=report-verb	inflect=verb
emphasize	category=report-verb	inflect=verb
encourage	category=report-verb	inflect=verb
endorse	category=report-verb	inflect=verb
equate	category=report-verb	inflect=verb
estimate	category=report-verb	inflect=verb
expect	category=report-verb	inflect=verb
explain	category=report-verb	inflect=verb
express	category=report-verb	inflect=verb
extoll	category=report-verb	inflect=verb
fear	category=report-verb	inflect=verb
feel	category=report-verb	inflect=verb
find	category=report-verb	inflect=verb
forbid	category=report-verb	inflect=verb
forecast	category=report-verb	inflect=verb
foretell	category=report-verb	inflect=verb
forget	category=report-verb	inflect=verb
gather	category=report-verb	inflect=verb
guarantee	category=report-verb	inflect=verb
guess	category=report-verb	inflect=verb
hear	category=report-verb	inflect=verb
hint	category=report-verb	inflect=verb
hope	category=report-verb	inflect=verb
illustrate	category=report-verb	inflect=verb
imagine	category=report-verb	inflect=verb
imply	category=report-verb	inflect=verb
indicate	category=report-verb	inflect=verb
inform	category=report-verb	inflect=verb
insert	category=report-verb	inflect=verb
insist	category=report-verb	inflect=verb
instruct	category=report-verb	inflect=verb
interpret	category=report-verb	inflect=verb
interview	category=report-verb	inflect=verb
invite	category=report-verb	inflect=verb
issue	category=report-verb	inflect=verb
justify	category=report-verb	inflect=verb
learn	category=report-verb	inflect=verb
maintain	category=report-verb	inflect=verb
mean	category=report-verb	inflect=verb
mention	category=report-verb	inflect=verb
negotiate	category=report-verb	inflect=verb
note	category=report-verb	inflect=verb
observe	category=report-verb	inflect=verb
offer	category=report-verb	inflect=verb
oppose	category=report-verb	inflect=verb
order	category=report-verb	inflect=verb
persuade	category=report-verb	inflect=verb
pledge	category=report-verb	inflect=verb
point	category=report-verb	inflect=verb
point out	category=report-verb	inflect=verb
praise	category=report-verb	inflect=verb
pray	category=report-verb	inflect=verb
predict	category=report-verb	inflect=verb
prefer	category=report-verb	inflect=verb
present	category=report-verb	inflect=verb
promise	category=report-verb	inflect=verb
prompt	category=report-verb	inflect=verb
propose	category=report-verb	inflect=verb
protest	category=report-verb	inflect=verb
prove	category=report-verb	inflect=verb
provoke	category=report-verb	inflect=verb
question	category=report-verb	inflect=verb
quote	category=report-verb	inflect=verb
raise	category=report-verb	inflect=verb
rally	category=report-verb	inflect=verb
read	category=report-verb	inflect=verb
reaffirm	category=report-verb	inflect=verb
realise	category=report-verb	inflect=verb
realize	category=report-verb	inflect=verb
rebut	category=report-verb	inflect=verb
recall	category=report-verb	inflect=verb
reckon	category=report-verb	inflect=verb
recommend	category=report-verb	inflect=verb
refer	category=report-verb	inflect=verb
reflect	category=report-verb	inflect=verb
refuse	category=report-verb	inflect=verb
refute	category=report-verb	inflect=verb
reiterate	category=report-verb	inflect=verb
reject	category=report-verb	inflect=verb
relate	category=report-verb	inflect=verb
remark	category=report-verb	inflect=verb
remember	category=report-verb	inflect=verb
remind	category=report-verb	inflect=verb
repeat	category=report-verb	inflect=verb
reply	category=report-verb	inflect=verb
report	category=report-verb	inflect=verb
request	category=report-verb	inflect=verb
respond	category=report-verb	inflect=verb
restate	category=report-verb	inflect=verb
reveal	category=report-verb	inflect=verb
rule	category=report-verb	inflect=verb
say	category=report-verb	inflect=verb
see	category=report-verb	inflect=verb
show	category=report-verb	inflect=verb
signal	category=report-verb	inflect=verb
sing	category=report-verb	inflect=verb
slam	category=report-verb	inflect=verb
speculate	category=report-verb	inflect=verb
spoke	category=report-verb
spread	category=report-verb	inflect=verb
state	category=report-verb	inflect=verb
stipulate	category=report-verb	inflect=verb
stress	category=report-verb	inflect=verb
suggest	category=report-verb	inflect=verb
support	category=report-verb	inflect=verb
suppose	category=report-verb	inflect=verb
surmise	category=report-verb	inflect=verb
suspect	category=report-verb	inflect=verb
swear	category=report-verb	inflect=verb
teach	category=report-verb	inflect=verb
tell	category=report-verb	inflect=verb
testify	category=report-verb	inflect=verb
think	category=report-verb	inflect=verb
threaten	category=report-verb	inflect=verb
told	category=report-verb
uncover	category=report-verb	inflect=verb
underline	category=report-verb	inflect=verb
underscore	category=report-verb	inflect=verb
urge	category=report-verb	inflect=verb
voice	category=report-verb	inflect=verb
vow	category=report-verb	inflect=verb
warn	category=report-verb	inflect=verb
welcome	category=report-verb	inflect=verb
wish	category=report-verb	inflect=verb
wonder	category=report-verb	inflect=verb
worry	category=report-verb	inflect=verb
write	category=report-verb	inflect=verb

# --- Added for Slant: forms the list lacks. inflect=verb gives only regular forms
#     (3rd person, -ed, -ing), so irregular pasts and participles are listed here.
speak	category=report-verb	inflect=verb
said	category=report-verb
thought	category=report-verb
wrote	category=report-verb
written	category=report-verb
spoken	category=report-verb
heard	category=report-verb
found	category=report-verb
felt	category=report-verb
meant	category=report-verb
saw	category=report-verb
seen	category=report-verb
shown	category=report-verb
swore	category=report-verb
sworn	category=report-verb
taught	category=report-verb
foretold	category=report-verb
forbade	category=report-verb
forbidden	category=report-verb
forgot	category=report-verb
forgotten	category=report-verb
learnt	category=report-verb
proven	category=report-verb
sang	category=report-verb
sung	category=report-verb

##############################################################################
# Hedges (Hyland 2005)
# From hedges_hyland2005.txt (Recasens et al. 2013 repository, MIT). Its credit:
#   List of hedges
#   extracted from:
#   Ken Hyland. 2005. Metadiscourse: Exploring Interaction in Writing.
#   Continuum, London and New York.
##############################################################################
about	category=hedge
almost	category=hedge
apparent	category=hedge
apparently	category=hedge
appear	category=hedge
appeared	category=hedge
appears	category=hedge
approximately	category=hedge
around	category=hedge
assume	category=hedge
assumed	category=hedge
certain amount	category=hedge
certain extent	category=hedge
certain level	category=hedge
claim	category=hedge
claimed	category=hedge
could	category=hedge
couldn't	category=hedge
doubt	category=hedge
doubtful	category=hedge
essentially	category=hedge
estimate	category=hedge
estimated	category=hedge
feel	category=hedge
felt	category=hedge
frequently	category=hedge
from our perspective	category=hedge
generally	category=hedge
guess	category=hedge
in general	category=hedge
in most cases	category=hedge
in most instances	category=hedge
in our view	category=hedge
indicate	category=hedge
indicated	category=hedge
largely	category=hedge
likely	category=hedge
mainly	category=hedge
may	category=hedge
maybe	category=hedge
might	category=hedge
mostly	category=hedge
often	category=hedge
on the whole	category=hedge
ought	category=hedge
perhaps	category=hedge
plausible	category=hedge
plausibly	category=hedge
possible	category=hedge
possibly	category=hedge
postulate	category=hedge
postulated	category=hedge
presumable	category=hedge
probable	category=hedge
probably	category=hedge
relatively	category=hedge
roughly	category=hedge
seems	category=hedge
should	category=hedge
sometimes	category=hedge
somewhat	category=hedge
suggest	category=hedge
suggested	category=hedge
suppose	category=hedge
suspect	category=hedge
tend to	category=hedge
tends to	category=hedge
typical	category=hedge
typically	category=hedge
uncertain	category=hedge
uncertainly	category=hedge
unclear	category=hedge
unclearly	category=hedge
unlikely	category=hedge
usually	category=hedge
would	category=hedge
broadly	category=hedge
tended to	category=hedge
presumably	category=hedge
suggests	category=hedge
from this perspective	category=hedge
from my perspective	category=hedge
in my view	category=hedge
in this view	category=hedge
in our opinion	category=hedge
in my opinion	category=hedge
to my knowledge	category=hedge
fairly	category=hedge
quite	category=hedge
rather	category=hedge
argue	category=hedge
argues	category=hedge
argued	category=hedge
claims	category=hedge
feels	category=hedge
indicates	category=hedge
supposed	category=hedge
supposes	category=hedge
suspects	category=hedge
postulates	category=hedge

##############################################################################
# Factive verbs (Hooper 1975)
# From factives_hooper1975.txt (Recasens et al. 2013 repository, MIT). Its credit:
#   List of factive verbs
#   extracted from:
#   Joan B. Hooper. 1975. On assertive predicates. In J. Kimball, editor,
#   Syntax and Semantics, volume 4, pages 91–124. Academic Press, New York.
##############################################################################
know	category=factive	inflect=verb
realize	category=factive	inflect=verb
regret	category=factive	inflect=verb
forget	category=factive	inflect=verb
find out	category=factive	inflect=verb
discover	category=factive	inflect=verb
learn	category=factive	inflect=verb
note	category=factive	inflect=verb
notice	category=factive	inflect=verb
observe	category=factive	inflect=verb
perceive	category=factive	inflect=verb
recall	category=factive	inflect=verb
remember	category=factive	inflect=verb
reveal	category=factive	inflect=verb
see	category=factive	inflect=verb
resent	category=factive	inflect=verb
amuse	category=factive	inflect=verb
suffice	category=factive	inflect=verb
bother	category=factive	inflect=verb
make sense	category=factive	inflect=verb
care	category=factive	inflect=verb
odd	category=factive
strange	category=factive
interesting	category=factive
relevant	category=factive
sorry	category=factive
exciting	category=factive

# --- Added for Slant: forms the list lacks. inflect=verb gives only regular forms
#     (3rd person, -ed, -ing), so irregular pasts and participles are listed here.
knew	category=factive
forgot	category=factive
forgotten	category=factive
saw	category=factive
seen	category=factive
learnt	category=factive
found out	category=factive
made sense	category=factive

##############################################################################
# Assertive verbs (Hooper 1975)
# From assertives_hooper1975.txt (Recasens et al. 2013 repository, MIT). Its credit:
#   List of assertive verbs
#   extracted from:
#   Joan B. Hooper. 1975. On assertive predicates. In J. Kimball, editor,
#   Syntax and Semantics, volume 4, pages 91–124. Academic Press, New York.
##############################################################################
think	category=assertive	inflect=verb
believe	category=assertive	inflect=verb
suppose	category=assertive	inflect=verb
expect	category=assertive	inflect=verb
imagine	category=assertive	inflect=verb
guess	category=assertive	inflect=verb
seem	category=assertive	inflect=verb
appear	category=assertive	inflect=verb
figure	category=assertive	inflect=verb
acknowledge	category=assertive	inflect=verb
admit	category=assertive	inflect=verb
affirm	category=assertive	inflect=verb
allege	category=assertive	inflect=verb
answer	category=assertive	inflect=verb
argue	category=assertive	inflect=verb
assert	category=assertive	inflect=verb
assure	category=assertive	inflect=verb
certify	category=assertive	inflect=verb
charge	category=assertive	inflect=verb
claim	category=assertive	inflect=verb
contend	category=assertive	inflect=verb
declare	category=assertive	inflect=verb
divulge	category=assertive	inflect=verb
emphasize	category=assertive	inflect=verb
explain	category=assertive	inflect=verb
grant	category=assertive	inflect=verb
guarantee	category=assertive	inflect=verb
hint	category=assertive	inflect=verb
hypothesize	category=assertive	inflect=verb
imply	category=assertive	inflect=verb
indicate	category=assertive	inflect=verb
insist	category=assertive	inflect=verb
intimate	category=assertive	inflect=verb
maintain	category=assertive	inflect=verb
mention	category=assertive	inflect=verb
point out	category=assertive	inflect=verb
predict	category=assertive	inflect=verb
prophesy	category=assertive	inflect=verb
postulate	category=assertive	inflect=verb
remark	category=assertive	inflect=verb
reply	category=assertive	inflect=verb
report	category=assertive	inflect=verb
say	category=assertive	inflect=verb
state	category=assertive	inflect=verb
suggest	category=assertive	inflect=verb
swear	category=assertive	inflect=verb
testify	category=assertive	inflect=verb
theorize	category=assertive	inflect=verb
verify	category=assertive	inflect=verb
vow	category=assertive	inflect=verb
write	category=assertive	inflect=verb
agree	category=assertive	inflect=verb
afraid	category=assertive
certain	category=assertive
sure	category=assertive
clear	category=assertive
obvious	category=assertive
evident	category=assertive
calculate	category=assertive	inflect=verb
decide	category=assertive	inflect=verb
deduce	category=assertive	inflect=verb
estimate	category=assertive	inflect=verb
hope	category=assertive	inflect=verb
presume	category=assertive	inflect=verb
surmise	category=assertive	inflect=verb
suspect	category=assertive	inflect=verb

# --- Added for Slant: forms the list lacks. inflect=verb gives only regular forms
#     (3rd person, -ed, -ing), so irregular pasts and participles are listed here.
thought	category=assertive
said	category=assertive
wrote	category=assertive
written	category=assertive
swore	category=assertive
sworn	category=assertive

##############################################################################
# Implicative verbs (Karttunen 1971)
# From implicatives_karttunen1971.txt (Recasens et al. 2013 repository, MIT). Its credit:
#   List of implicative verbs
#   extracted from:
#   Lauri Karttunen. 1971. Implicative verbs. Language, 47(2):340–358.
##############################################################################
manage	category=implicative	inflect=verb
remember	category=implicative	inflect=verb
bother	category=implicative	inflect=verb
get	category=implicative	inflect=verb
dare	category=implicative	inflect=verb
care	category=implicative	inflect=verb
venture	category=implicative	inflect=verb
condescend	category=implicative	inflect=verb
happen	category=implicative	inflect=verb
fit	category=implicative	inflect=verb
careful	category=implicative
misfortune	category=implicative
sense	category=implicative
succeed	category=implicative	inflect=verb
deign	category=implicative	inflect=verb
forget	category=implicative	inflect=verb
fail	category=implicative	inflect=verb
neglect	category=implicative	inflect=verb
decline	category=implicative	inflect=verb
avoid	category=implicative	inflect=verb
refrain	category=implicative	inflect=verb
choose	category=implicative	inflect=verb
able	category=implicative
can	category=implicative
cause	category=implicative	inflect=verb
force	category=implicative	inflect=verb
prevent	category=implicative	inflect=verb
preclude	category=implicative	inflect=verb
keep	category=implicative	inflect=verb
allow	category=implicative	inflect=verb
hesitate	category=implicative	inflect=verb
attempt	category=implicative	inflect=verb

# --- Added for Slant: forms the list lacks. inflect=verb gives only regular forms
#     (3rd person, -ed, -ing), so irregular pasts and participles are listed here.
got	category=implicative
gotten	category=implicative
forgot	category=implicative
forgotten	category=implicative
chose	category=implicative
chosen	category=implicative
kept	category=implicative

##############################################################################
# NPOV bias lexicon (Recasens et al. 2013): subjective and one-sided words
# From npov_lexicon.txt (Recasens et al. 2013 repository, MIT). Its credit:
# Credit: Recasens, Danescu-Niculescu-Mizil and Jurafsky (ACL 2013); the file has no header.
# Lemmas, as in the source: only the written form matches (inflect=none).
##############################################################################
abortion	category=subjective
abuse	category=subjective
abusive	category=subjective
accept	category=subjective
account	category=subjective
accusation	category=subjective
accuse	category=subjective
acknowledge	category=subjective
act	category=subjective
action	category=subjective
addition	category=subjective
adhere	category=subjective
admit	category=subjective
advance	category=subjective
advocate	category=subjective
affair	category=subjective
affirm	category=subjective
aggression	category=subjective
agree	category=subjective
aim	category=subjective
allegation	category=subjective
allege	category=subjective
allegedly	category=subjective
allow	category=subjective
alternative	category=subjective
amazing	category=subjective
america	category=subjective
american	category=subjective
annex	category=subjective
anti-semitism	category=subjective
anti-terrorist	category=subjective
apologetic	category=subjective
appear	category=subjective
apply	category=subjective
arab	category=subjective
area	category=subjective
argue	category=subjective
army	category=subjective
article	category=subjective
assert	category=subjective
attack	category=subjective
attempt	category=subjective
attribute	category=subjective
author	category=subjective
authority	category=subjective
award	category=subjective
away	category=subjective
baby	category=subjective
bad	category=subjective
bank	category=subjective
barbarian	category=subjective
base	category=subjective
bear	category=subjective
begin	category=subjective
behavior	category=subjective
belief	category=subjective
believe	category=subjective
best	category=subjective
best-selling	category=subjective
bestiality	category=subjective
betrayal	category=subjective
biblical	category=subjective
bishop	category=subjective
blame	category=subjective
bombing	category=subjective
book	category=subjective
branch	category=subjective
break	category=subjective
bring	category=subjective
british	category=subjective
building	category=subjective
bus	category=subjective
business	category=subjective
buy	category=subjective
call	category=subjective
capture	category=subjective
case	category=subjective
catholic	category=subjective
century	category=subjective
certain	category=subjective
challenge	category=subjective
change	category=subjective
characterize	category=subjective
charge	category=subjective
chauvenistic	category=subjective
child	category=subjective
china	category=subjective
christian	category=subjective
church	category=subjective
cite	category=subjective
citizen	category=subjective
city	category=subjective
civilian	category=subjective
claim	category=subjective
cleanse	category=subjective
clear	category=subjective
clearly	category=subjective
close	category=subjective
club	category=subjective
collapse	category=subjective
colony	category=subjective
come	category=subjective
commence	category=subjective
comment	category=subjective
commentator	category=subjective
common	category=subjective
communal	category=subjective
communist	category=subjective
community	category=subjective
complex	category=subjective
concept	category=subjective
concern	category=subjective
conclude	category=subjective
condemn	category=subjective
condition	category=subjective
confirm	category=subjective
conservative	category=subjective
consider	category=subjective
conspiracy	category=subjective
content	category=subjective
contradict	category=subjective
control	category=subjective
controversial	category=subjective
controversy	category=subjective
convert	category=subjective
cornerstone	category=subjective
correct	category=subjective
correspondent	category=subjective
corruption	category=subjective
cost	category=subjective
country	category=subjective
create	category=subjective
creation	category=subjective
crime	category=subjective
criminal	category=subjective
critic	category=subjective
criticism	category=subjective
criticize	category=subjective
croatium	category=subjective
crowd	category=subjective
cult	category=subjective
culture	category=subjective
current	category=subjective
currently	category=subjective
day	category=subjective
deal	category=subjective
death	category=subjective
debunk	category=subjective
declare	category=subjective
defend	category=subjective
defender	category=subjective
defense	category=subjective
define	category=subjective
demand	category=subjective
democratic	category=subjective
demonstrate	category=subjective
denomination	category=subjective
deny	category=subjective
design	category=subjective
despite	category=subjective
destructive	category=subjective
detail	category=subjective
development	category=subjective
dictator	category=subjective
different	category=subjective
disagree	category=subjective
disasterous	category=subjective
dispute	category=subjective
distortion	category=subjective
document	category=subjective
drop	category=subjective
dynasty	category=subjective
early	category=subjective
earmark	category=subjective
east	category=subjective
economic	category=subjective
effect	category=subjective
effort	category=subjective
end	category=subjective
enemy	category=subjective
ensure	category=subjective
escape	category=subjective
essential	category=subjective
establish	category=subjective
estimate	category=subjective
ethnic	category=subjective
evacuation	category=subjective
event	category=subjective
example	category=subjective
excellent	category=subjective
execute	category=subjective
exile	category=subjective
exist	category=subjective
exodus	category=subjective
experience	category=subjective
explain	category=subjective
expose	category=subjective
expulsion	category=subjective
extermination	category=subjective
extremist	category=subjective
fact	category=subjective
failure	category=subjective
faith	category=subjective
fake	category=subjective
famous	category=subjective
fan	category=subjective
fanaticism	category=subjective
far	category=subjective
far-right	category=subjective
fascist	category=subjective
feature	category=subjective
fight	category=subjective
fighter	category=subjective
film	category=subjective
find	category=subjective
finding	category=subjective
focus	category=subjective
follow	category=subjective
force	category=subjective
form	category=subjective
formation	category=subjective
former	category=subjective
forum	category=subjective
france	category=subjective
free	category=subjective
freedom	category=subjective
friend	category=subjective
function	category=subjective
future	category=subjective
fyrom	category=subjective
gay	category=subjective
general	category=subjective
genocide	category=subjective
global	category=subjective
goal	category=subjective
god	category=subjective
good	category=subjective
government	category=subjective
great	category=subjective
green	category=subjective
group	category=subjective
hand	category=subjective
happen	category=subjective
hear	category=subjective
heart	category=subjective
help	category=subjective
hero	category=subjective
hijack	category=subjective
hindu	category=subjective
historian	category=subjective
historic	category=subjective
historical	category=subjective
historically	category=subjective
history	category=subjective
hold	category=subjective
homeland	category=subjective
homosexual	category=subjective
homosexuality	category=subjective
honor	category=subjective
hope	category=subjective
hostile	category=subjective
house	category=subjective
human	category=subjective
idea	category=subjective
identify	category=subjective
identity	category=subjective
ideology	category=subjective
illegal	category=subjective
image	category=subjective
immigrant	category=subjective
imply	category=subjective
important	category=subjective
impose	category=subjective
imposition	category=subjective
impressive	category=subjective
improve	category=subjective
inappropriate	category=subjective
include	category=subjective
increase	category=subjective
independence	category=subjective
independent	category=subjective
indian	category=subjective
indicate	category=subjective
indium	category=subjective
individual	category=subjective
influence	category=subjective
insist	category=subjective
instance	category=subjective
instead	category=subjective
institution	category=subjective
international	category=subjective
internationally	category=subjective
intervene	category=subjective
intervention	category=subjective
invade	category=subjective
invasion	category=subjective
investigation	category=subjective
involve	category=subjective
involvement	category=subjective
ireland	category=subjective
irish	category=subjective
islam	category=subjective
islamic	category=subjective
israel	category=subjective
issue	category=subjective
japan	category=subjective
japanese	category=subjective
jew	category=subjective
journal	category=subjective
justice	category=subjective
keep	category=subjective
kill	category=subjective
king	category=subjective
kingdom	category=subjective
kke	category=subjective
know	category=subjective
korean	category=subjective
label	category=subjective
lack	category=subjective
land	category=subjective
large	category=subjective
larouche	category=subjective
later	category=subjective
launch	category=subjective
law	category=subjective
lawyer	category=subjective
lead	category=subjective
leader	category=subjective
left	category=subjective
left-wing	category=subjective
leftist	category=subjective
legalization	category=subjective
legend	category=subjective
legitimate	category=subjective
liberal	category=subjective
liberate	category=subjective
liberation	category=subjective
lie	category=subjective
life	category=subjective
light	category=subjective
literally	category=subjective
little	category=subjective
live	category=subjective
long	category=subjective
lose	category=subjective
macedonian	category=subjective
main	category=subjective
maintain	category=subjective
majority	category=subjective
make	category=subjective
man	category=subjective
march	category=subjective
marriage	category=subjective
martyr	category=subjective
massacre	category=subjective
match	category=subjective
mean	category=subjective
means	category=subjective
media	category=subjective
meet	category=subjective
member	category=subjective
mercenary	category=subjective
mexican	category=subjective
migration	category=subjective
militant	category=subjective
military	category=subjective
minority	category=subjective
misuse	category=subjective
mock	category=subjective
modern	category=subjective
monarchy	category=subjective
monk	category=subjective
moscow	category=subjective
mosque	category=subjective
mother	category=subjective
movement	category=subjective
mr	category=subjective
muhammad	category=subjective
murder	category=subjective
muslim	category=subjective
myth	category=subjective
name	category=subjective
nation	category=subjective
national	category=subjective
nationalist	category=subjective
natural	category=subjective
need	category=subjective
neighborhood	category=subjective
new	category=subjective
news	category=subjective
nineteenth	category=subjective
north	category=subjective
note	category=subjective
notoriety	category=subjective
notorious	category=subjective
number	category=subjective
obama	category=subjective
obviously	category=subjective
occupation	category=subjective
occupy	category=subjective
occur	category=subjective
old	category=subjective
open	category=subjective
operation	category=subjective
opponent	category=subjective
oppose	category=subjective
opposition	category=subjective
order	category=subjective
organization	category=subjective
original	category=subjective
palestine	category=subjective
palestinian	category=subjective
part	category=subjective
participate	category=subjective
participation	category=subjective
party	category=subjective
pass	category=subjective
pat	category=subjective
pbuh	category=subjective
peace	category=subjective
people	category=subjective
perceive	category=subjective
persecution	category=subjective
persistent	category=subjective
person	category=subjective
personal	category=subjective
piracy	category=subjective
pirate	category=subjective
place	category=subjective
plan	category=subjective
point	category=subjective
policy	category=subjective
polish	category=subjective
political	category=subjective
politician	category=subjective
poor	category=subjective
popular	category=subjective
population	category=subjective
positive	category=subjective
possibility	category=subjective
post	category=subjective
powerful	category=subjective
prejudice	category=subjective
present	category=subjective
pressure	category=subjective
print	category=subjective
prishtina	category=subjective
prisoner	category=subjective
pro-life	category=subjective
problem	category=subjective
process	category=subjective
profile	category=subjective
promote	category=subjective
prompt	category=subjective
propaganda	category=subjective
prophet	category=subjective
protect	category=subjective
protestant	category=subjective
prove	category=subjective
provide	category=subjective
province	category=subjective
purported	category=subjective
quality	category=subjective
question	category=subjective
race	category=subjective
racist	category=subjective
radical	category=subjective
range	category=subjective
rate	category=subjective
reach	category=subjective
reaction	category=subjective
reason	category=subjective
rebel	category=subjective
recently	category=subjective
recognize	category=subjective
record	category=subjective
refer	category=subjective
reform	category=subjective
refuse	category=subjective
refute	category=subjective
regard	category=subjective
regardless	category=subjective
regime	category=subjective
region	category=subjective
reject	category=subjective
relation	category=subjective
relationship	category=subjective
release	category=subjective
religion	category=subjective
religious	category=subjective
remark	category=subjective
remove	category=subjective
report	category=subjective
republic	category=subjective
reputation	category=subjective
research	category=subjective
researcher	category=subjective
resort	category=subjective
respect	category=subjective
response	category=subjective
restriction	category=subjective
result	category=subjective
retaliation	category=subjective
return	category=subjective
reveal	category=subjective
revival	category=subjective
revolution	category=subjective
right	category=subjective
right-wing	category=subjective
rights	category=subjective
riot	category=subjective
root	category=subjective
rule	category=subjective
run	category=subjective
russium	category=subjective
s	category=subjective
saddam	category=subjective
same-sex	category=subjective
saw	category=subjective
say	category=subjective
scandal	category=subjective
scholar	category=subjective
school	category=subjective
scrutiny	category=subjective
seat	category=subjective
second	category=subjective
sect	category=subjective
see	category=subjective
seem	category=subjective
sell	category=subjective
separate	category=subjective
separatist	category=subjective
serbian	category=subjective
serve	category=subjective
service	category=subjective
settlement	category=subjective
sex	category=subjective
sexual	category=subjective
shortcoming	category=subjective
show	category=subjective
sign	category=subjective
similarly	category=subjective
sit	category=subjective
small	category=subjective
so-called	category=subjective
social	category=subjective
socialist	category=subjective
society	category=subjective
soldier	category=subjective
source	category=subjective
south	category=subjective
soviet	category=subjective
specific	category=subjective
speculate	category=subjective
speed	category=subjective
st	category=subjective
standard	category=subjective
start	category=subjective
state	category=subjective
status	category=subjective
steam	category=subjective
strident	category=subjective
strongly	category=subjective
struggle	category=subjective
study	category=subjective
style	category=subjective
subject	category=subjective
successful	category=subjective
suggest	category=subjective
summer	category=subjective
support	category=subjective
supporter	category=subjective
suppose	category=subjective
supremacist	category=subjective
survivor	category=subjective
suspect	category=subjective
system	category=subjective
tactic	category=subjective
take	category=subjective
target	category=subjective
tax	category=subjective
technique	category=subjective
tell	category=subjective
term	category=subjective
territory	category=subjective
terrorism	category=subjective
terrorist	category=subjective
text	category=subjective
theorist	category=subjective
theory	category=subjective
thing	category=subjective
thinker	category=subjective
thought	category=subjective
thousand	category=subjective
threat	category=subjective
threaten	category=subjective
time	category=subjective
tiny	category=subjective
title	category=subjective
today	category=subjective
tormentor	category=subjective
total	category=subjective
traditional	category=subjective
traditionally	category=subjective
true	category=subjective
try	category=subjective
twentieth	category=subjective
unborn	category=subjective
undocumented	category=subjective
unfortunately	category=subjective
united	category=subjective
university	category=subjective
usa	category=subjective
use	category=subjective
usually	category=subjective
value	category=subjective
variety	category=subjective
various	category=subjective
vast	category=subjective
very	category=subjective
victim	category=subjective
victory	category=subjective
vietnam	category=subjective
vietnamese	category=subjective
view	category=subjective
violate	category=subjective
violence	category=subjective
violent	category=subjective
vojvodina	category=subjective
vote	category=subjective
wage	category=subjective
war	category=subjective
warming	category=subjective
warrior	category=subjective
way	category=subjective
website	category=subjective
west	category=subjective
western	category=subjective
white	category=subjective
widely	category=subjective
win	category=subjective
wing	category=subjective
winner	category=subjective
woman	category=subjective
word	category=subjective
work	category=subjective
world	category=subjective
write	category=subjective
wwius	category=subjective
yahweh	category=subjective
yazid	category=subjective
year	category=subjective
young	category=subjective
zionist	category=subjective
