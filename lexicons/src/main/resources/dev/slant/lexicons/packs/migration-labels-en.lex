# migration-labels/en: how news coverage of migration and asylum names the people who move, the
# movement itself, the state's response at the border, the crossing business and the people
# who receive the newcomers. Written for Slant by its authors. A topic pack, not an event pack:
# no country, no war, no particular event; the only proper names are the EU border agency
# (Frontex) and the places in set phrases ("Mediterranean crossing", "Channel crossing",
# "fortress Europe"). It serves coverage of sea crossings (the Mediterranean in 2015, the
# Channel, the Aegean), of land borders and of any asylum debate. Use it after the defaults:
#     slant analyze articles/ --lexicon migration-labels/en
#
# Every entry is a label (category=label) with a concept, a label that groups variants of one
# way of naming ("people smuggler" and "human smuggler" are both "smugglers"), a valence and
# tags. Nouns are listed in the singular: with @inflect noun the last word also matches its
# plural ("illegal immigrant" finds "illegal immigrants" and "illegal immigrants'"). Verbs carry
# inflect=verb; phrases that are already plural, or whose plural would be wrong ("boat people",
# "unaccompanied children", "people fleeing war"), carry inflect=none.
#
# Concepts:
#   migrants          the people who move: migrants, refugees, asylum seekers, illegal
#                     immigrants, illegals, economic migrants, undocumented and irregular
#                     migrants, boat people, newcomers; the mass metaphors ("swarm", "flood of
#                     migrants", "migrant wave", "human tide") and the dehumanising names
#   migration-event   the movement as an event: arrivals, crossings, influx, surge, exodus,
#                     crisis, emergency, invasion, mass migration, rescue, shipwrecks
#   border-control    the state's response: border control and protection, pushbacks,
#                     deportation, removal, detention, crackdown, fences, fortress Europe,
#                     border guards and coastguards
#   smuggling         the crossing business and those at sea around it: smugglers, traffickers,
#                     smuggling gangs, boat drivers; rescuers, rescue and NGO ships, and the
#                     words that cast rescue as part of the trade ("pull factor", "taxi service")
#   host-society      the people and places that receive migrants: taxpayers, locals,
#                     communities, host countries, frontline states, "ordinary people"
#   asylum-policy     the rules of protection and their reform: relocation, resettlement,
#                     quotas, burden sharing, safe and legal routes, the right to asylum
#
# Overrides: loaded after conflict-labels/en (a default pack), 30 entries of this pack have
# the identity of a generic entry there and replace it: in migration coverage these words name
# migrants, their movement and the state's response, not civilians or acts of war. Where only
# the concept changes ("refugee", "asylum seeker", "migrant", "illegal immigrant", "displaced
# people", "survivor", the "migrant wave" family, "crisis", "humanitarian crisis", "smuggler",
# "invader", "cockroach"), label, valence and tags are those of the generic entry, so that
# tables by label stay comparable. Where the meaning changes, the entry is the migration one:
# "invasion" and "invade" (-0.9, a dysphemism for arrivals), "overrun" (by migrants, not a
# town seized), "deportation" (the removal of foreign nationals, not wartime forced
# displacement), "crackdown" (enforcement, not violence), "border guard" (its own label),
# "local resident" and "local population" (the host society).
#
# No entry begins with a distancing word ("so-called refugees", "alleged smugglers"):
# leftmost-longest matching would swallow the distancing/en hit. "so-called" and "refugees" are
# found separately.
#
# Tags follow docs/lexicon-format.md. Valences are the authors' judgement, on this scale:
#   -1.0  "merchants of death", "cockroaches"
#   -0.9  "illegals", "swarm", "invasion", "bogus asylum seekers", "taxi service"
#   -0.6  "illegal immigrants", "people smugglers", "pushbacks" (-0.7), "hostile environment"
#   -0.3  "crisis", "influx", "surge", "outsiders", "border closure"
#    0    "refugees", "asylum seekers", "arrivals", "crossings", "border control"; "migrants" -0.1
#   +0.3  "people fleeing war", "people seeking safety", "genuine refugees", "ordinary people"
#   +0.5  "rescuers", "fellow human beings"

@name        migration-labels/en
@version     1.0.0
@language    en
@license     Apache-2.0
@source      Written for Slant by the Slant authors; see NOTICE
@description Labels for migrants, their movement, border control, smuggling and host societies in coverage of migration and asylum
@category    label
@inflect     noun

##############################################################################
# migrants: the people who move
##############################################################################
# The core of "word choice and labeling" in migration coverage: the same people in the same
# boat are "refugees" to one outlet, "migrants" to a second, "illegal immigrants" to a third
# and a "swarm" to a fourth.

# --- Neutral and official names (the wires' register)
migrant	concept=migrants	label=migrants	valence=-0.1
immigrant	concept=migrants	label=immigrants	valence=0
emigrant	concept=migrants	label=emigrants	valence=0
transit migrant	concept=migrants	label=migrants	valence=-0.1
newcomer	concept=migrants	label=newcomers	valence=0.2
new arrival	concept=migrants	label=newcomers	valence=0
foreign national	concept=migrants	label=foreign nationals	valence=0	tags=official
third-country national	concept=migrants	label=foreign nationals	valence=0	tags=official
non-EU national	concept=migrants	label=foreign nationals	valence=0	tags=official
foreigner	concept=migrants	label=foreigners	valence=-0.2
outsider	concept=migrants	label=outsiders	valence=-0.3
migrant worker	concept=migrants	label=migrant workers	valence=0
foreign worker	concept=migrants	label=migrant workers	valence=0
guest worker	concept=migrants	label=migrant workers	valence=0
expat	concept=migrants	label=expats	valence=0.3	tags=legitimising
expatriate	concept=migrants	label=expats	valence=0.2	tags=legitimising
returnee	concept=migrants	label=returnees	valence=0
deportee	concept=migrants	label=deportees	valence=-0.3

# --- Irregular, undocumented, unauthorised (the register of agencies and advocates)
irregular migrant	concept=migrants	label=irregular migrants	valence=-0.2
irregular immigrant	concept=migrants	label=irregular migrants	valence=-0.2
unauthorised migrant	concept=migrants	label=irregular migrants	valence=-0.2
unauthorized migrant	concept=migrants	label=irregular migrants	valence=-0.2
unauthorised immigrant	concept=migrants	label=irregular migrants	valence=-0.2
unauthorized immigrant	concept=migrants	label=irregular migrants	valence=-0.2
undocumented migrant	concept=migrants	label=undocumented migrants	valence=0
undocumented immigrant	concept=migrants	label=undocumented migrants	valence=0
undocumented worker	concept=migrants	label=undocumented migrants	valence=0
undocumented people	concept=migrants	label=undocumented migrants	valence=0	inflect=none
clandestine migrant	concept=migrants	label=clandestine migrants	valence=-0.4	tags=criminalising
clandestine immigrant	concept=migrants	label=clandestine migrants	valence=-0.4	tags=criminalising
border crosser	concept=migrants	label=border crossers	valence=-0.1
overstayer	concept=migrants	label=overstayers	valence=-0.4	tags=criminalising
visa overstayer	concept=migrants	label=overstayers	valence=-0.4	tags=criminalising
stowaway	concept=migrants	label=stowaways	valence=-0.3	tags=criminalising

# --- Illegal (criminalising): the act of crossing made the person's name
illegal migrant	concept=migrants	label=illegal migrants	valence=-0.6	tags=criminalising
illegal immigrant	concept=migrants	label=illegal migrants	valence=-0.6	tags=criminalising
illegal entrant	concept=migrants	label=illegal migrants	valence=-0.6	tags=criminalising
illegal arrival	concept=migrants	label=illegal migrants	valence=-0.6	tags=criminalising
illegal border crosser	concept=migrants	label=illegal migrants	valence=-0.6	tags=criminalising
illegals	concept=migrants	label=illegals	valence=-0.9	tags=criminalising,dysphemism	inflect=none
illegal alien	concept=migrants	label=illegal aliens	valence=-0.8	tags=criminalising,dehumanising
criminal alien	concept=migrants	label=illegal aliens	valence=-0.9	tags=criminalising,dehumanising

# --- Delegitimising: not "real" refugees, moved by gain
economic migrant	concept=migrants	label=economic migrants	valence=-0.5	tags=delegitimising
economic immigrant	concept=migrants	label=economic migrants	valence=-0.5	tags=delegitimising
illegal economic migrant	concept=migrants	label=economic migrants	valence=-0.7	tags=delegitimising,criminalising
bogus asylum seeker	concept=migrants	label=bogus asylum seekers	valence=-0.9	tags=delegitimising,criminalising
bogus asylum-seeker	concept=migrants	label=bogus asylum seekers	valence=-0.9	tags=delegitimising,criminalising
bogus refugee	concept=migrants	label=bogus asylum seekers	valence=-0.9	tags=delegitimising,criminalising
fake refugee	concept=migrants	label=bogus asylum seekers	valence=-0.9	tags=delegitimising,criminalising
failed asylum seeker	concept=migrants	label=failed asylum seekers	valence=-0.4	tags=delegitimising
failed asylum-seeker	concept=migrants	label=failed asylum seekers	valence=-0.4	tags=delegitimising
rejected asylum seeker	concept=migrants	label=failed asylum seekers	valence=-0.3
asylum shopper	concept=migrants	label=asylum shoppers	valence=-0.7	tags=delegitimising
queue-jumper	concept=migrants	label=queue jumpers	valence=-0.7	tags=delegitimising
queue jumper	concept=migrants	label=queue jumpers	valence=-0.7	tags=delegitimising
benefit tourist	concept=migrants	label=benefit tourists	valence=-0.8	tags=delegitimising,dysphemism
welfare tourist	concept=migrants	label=benefit tourists	valence=-0.8	tags=delegitimising,dysphemism
health tourist	concept=migrants	label=benefit tourists	valence=-0.6	tags=delegitimising
benefit scrounger	concept=migrants	label=scroungers	valence=-0.9	tags=delegitimising,dysphemism
scrounger	concept=migrants	label=scroungers	valence=-0.8	tags=dysphemism
freeloader	concept=migrants	label=scroungers	valence=-0.8	tags=dysphemism
sponger	concept=migrants	label=scroungers	valence=-0.8	tags=dysphemism
chancer	concept=migrants	label=chancers	valence=-0.7	tags=delegitimising,dysphemism
fighting-age men	concept=migrants	label=fighting-age men	valence=-0.6	tags=delegitimising	inflect=none
military-age men	concept=migrants	label=fighting-age men	valence=-0.6	tags=delegitimising	inflect=none
men of fighting age	concept=migrants	label=fighting-age men	valence=-0.6	tags=delegitimising	inflect=none

# --- Dehumanising: insects, vermin, cargo, invaders
swarm	concept=migrants	label=swarm	valence=-0.9	tags=dehumanising
swarm of migrants	concept=migrants	label=swarm	valence=-0.9	tags=dehumanising	inflect=none
swarms of migrants	concept=migrants	label=swarm	valence=-0.9	tags=dehumanising	inflect=none
swarming	concept=migrants	label=swarm	valence=-0.8	tags=dehumanising	inflect=none
horde	concept=migrants	label=hordes	valence=-0.9	tags=dehumanising
cockroach	concept=migrants	label=vermin	valence=-1.0	tags=dehumanising
parasite	concept=migrants	label=parasites	valence=-0.9	tags=dehumanising
human cargo	concept=migrants	label=human cargo	valence=-0.7	tags=dehumanising	inflect=none
boat people	concept=migrants	label=boat people	valence=-0.2	tags=dehumanising	inflect=none
boat migrant	concept=migrants	label=boat migrants	valence=-0.2
invader	concept=migrants	label=invaders	valence=-0.9	tags=dysphemism,occupation,delegitimising
army of migrants	concept=migrants	label=invaders	valence=-0.8	tags=dysphemism,occupation	inflect=none

# --- The mass metaphors: water and waves (conflict-labels/en's "migrant wave" label)
migrant wave	concept=migrants	label=migrant wave	valence=-0.5	tags=dehumanising
migration wave	concept=migrants	label=migrant wave	valence=-0.5	tags=dehumanising
refugee wave	concept=migrants	label=migrant wave	valence=-0.4	tags=dehumanising
wave of migrants	concept=migrants	label=migrant wave	valence=-0.4	tags=dehumanising	inflect=none
wave of refugees	concept=migrants	label=migrant wave	valence=-0.4	tags=dehumanising	inflect=none
wave of immigrants	concept=migrants	label=migrant wave	valence=-0.4	tags=dehumanising	inflect=none
wave of asylum seekers	concept=migrants	label=migrant wave	valence=-0.4	tags=dehumanising	inflect=none
wave of migration	concept=migrants	label=migrant wave	valence=-0.4	tags=dehumanising	inflect=none
wave of immigration	concept=migrants	label=migrant wave	valence=-0.4	tags=dehumanising	inflect=none
flood of migrants	concept=migrants	label=migrant wave	valence=-0.5	tags=dehumanising	inflect=none
flood of refugees	concept=migrants	label=migrant wave	valence=-0.5	tags=dehumanising	inflect=none
flood of immigrants	concept=migrants	label=migrant wave	valence=-0.5	tags=dehumanising	inflect=none
flood of asylum seekers	concept=migrants	label=migrant wave	valence=-0.5	tags=dehumanising	inflect=none
influx of migrants	concept=migrants	label=migrant wave	valence=-0.3	tags=dehumanising	inflect=none
influx of refugees	concept=migrants	label=migrant wave	valence=-0.3	tags=dehumanising	inflect=none
refugee influx	concept=migrants	label=migrant wave	valence=-0.3	tags=dehumanising
migrant influx	concept=migrants	label=migrant wave	valence=-0.3	tags=dehumanising
stream of migrants	concept=migrants	label=migrant wave	valence=-0.3	tags=dehumanising	inflect=none
stream of refugees	concept=migrants	label=migrant wave	valence=-0.3	tags=dehumanising	inflect=none
tide of migrants	concept=migrants	label=migrant wave	valence=-0.6	tags=dehumanising	inflect=none
tide of refugees	concept=migrants	label=migrant wave	valence=-0.6	tags=dehumanising	inflect=none
human tide	concept=migrants	label=migrant wave	valence=-0.7	tags=dehumanising	inflect=none
tidal wave of migrants	concept=migrants	label=migrant wave	valence=-0.8	tags=dehumanising	inflect=none
torrent of migrants	concept=migrants	label=migrant wave	valence=-0.6	tags=dehumanising	inflect=none
deluge of migrants	concept=migrants	label=migrant wave	valence=-0.7	tags=dehumanising	inflect=none

# --- Asylum seekers and refugees (a claim to protection)
asylum seeker	concept=migrants	label=asylum seekers	valence=0
asylum-seeker	concept=migrants	label=asylum seekers	valence=0
asylum applicant	concept=migrants	label=asylum seekers	valence=0	tags=official
people seeking asylum	concept=migrants	label=asylum seekers	valence=0.1	inflect=none
person seeking asylum	concept=migrants	label=asylum seekers	valence=0.1	inflect=none
refugee	concept=migrants	label=refugees	valence=0
recognised refugee	concept=migrants	label=refugees	valence=0.2	tags=official
recognized refugee	concept=migrants	label=refugees	valence=0.2	tags=official
genuine refugee	concept=migrants	label=genuine refugees	valence=0.3	tags=legitimising
war refugee	concept=migrants	label=people fleeing war	valence=0.2	tags=victimising
climate refugee	concept=migrants	label=climate refugees	valence=0.1	tags=victimising
exile	concept=migrants	label=exiles	valence=0.1	tags=victimising

# --- Victims: people fleeing, people seeking safety (the humanitarian register)
people fleeing war	concept=migrants	label=people fleeing war	valence=0.3	tags=victimising	inflect=none
people fleeing violence	concept=migrants	label=people fleeing war	valence=0.3	tags=victimising	inflect=none
people fleeing conflict	concept=migrants	label=people fleeing war	valence=0.3	tags=victimising	inflect=none
people fleeing persecution	concept=migrants	label=people fleeing war	valence=0.3	tags=victimising	inflect=none
those fleeing war	concept=migrants	label=people fleeing war	valence=0.3	tags=victimising	inflect=none
families fleeing war	concept=migrants	label=people fleeing war	valence=0.3	tags=victimising	inflect=none
people fleeing poverty	concept=migrants	label=people fleeing poverty	valence=0.1	tags=victimising	inflect=none
people seeking safety	concept=migrants	label=people seeking safety	valence=0.3	tags=victimising,legitimising	inflect=none
people seeking protection	concept=migrants	label=people seeking safety	valence=0.3	tags=victimising,legitimising	inflect=none
people in need of protection	concept=migrants	label=people seeking safety	valence=0.3	tags=victimising,legitimising	inflect=none
displaced person	concept=migrants	label=displaced people	valence=0
displaced people	concept=migrants	label=displaced people	valence=0	tags=victimising
forcibly displaced people	concept=migrants	label=displaced people	valence=0.1	tags=victimising	inflect=none
desperate migrant	concept=migrants	label=desperate migrants	valence=0.1	tags=victimising
desperate people	concept=migrants	label=desperate migrants	valence=0.2	tags=victimising	inflect=none
vulnerable people	concept=migrants	label=vulnerable people	valence=0.2	tags=victimising	inflect=none
vulnerable migrant	concept=migrants	label=vulnerable people	valence=0.1	tags=victimising
unaccompanied minor	concept=migrants	label=unaccompanied minors	valence=0.1	tags=victimising
unaccompanied child	concept=migrants	label=unaccompanied minors	valence=0.2	tags=victimising
unaccompanied children	concept=migrants	label=unaccompanied minors	valence=0.2	tags=victimising	inflect=none
child migrant	concept=migrants	label=child migrants	valence=0.1	tags=victimising
migrant children	concept=migrants	label=child migrants	valence=0.1	tags=victimising	inflect=none
refugee child	concept=migrants	label=refugee children	valence=0.2	tags=victimising
refugee children	concept=migrants	label=refugee children	valence=0.2	tags=victimising	inflect=none
refugee family	concept=migrants	label=refugee families	valence=0.2	tags=victimising
survivor	concept=migrants	label=survivors	valence=0.1	tags=victimising
shipwreck survivor	concept=migrants	label=survivors	valence=0.1	tags=victimising
trafficking victim	concept=migrants	label=trafficking victims	valence=0.1	tags=victimising
victims of trafficking	concept=migrants	label=trafficking victims	valence=0.1	tags=victimising	inflect=none
people on the move	concept=migrants	label=people on the move	valence=0.1	tags=euphemism	inflect=none
fellow human being	concept=migrants	label=fellow human beings	valence=0.5	tags=legitimising

##############################################################################
# migration-event: the movement as an event
##############################################################################
# Arrivals and crossings (the neutral count), influx and surge (a pressure), crisis and
# emergency (a breakdown), invasion (an attack), exodus and shipwreck (a tragedy), rescue.

# --- Arrivals, crossings, flows (near neutral)
migration	concept=migration-event	label=migration	valence=0
immigration	concept=migration-event	label=immigration	valence=0
arrival	concept=migration-event	label=arrivals	valence=0
sea arrival	concept=migration-event	label=arrivals	valence=0
boat arrival	concept=migration-event	label=arrivals	valence=0
disembarkation	concept=migration-event	label=disembarkation	valence=0	tags=official
crossing	concept=migration-event	label=crossings	valence=0
sea crossing	concept=migration-event	label=crossings	valence=0
boat crossing	concept=migration-event	label=crossings	valence=0
Mediterranean crossing	concept=migration-event	label=crossings	valence=0
Channel crossing	concept=migration-event	label=crossings	valence=0
migration flow	concept=migration-event	label=migration flows	valence=-0.1
migratory flow	concept=migration-event	label=migration flows	valence=-0.1
migrant flow	concept=migration-event	label=migration flows	valence=-0.1
flow of migrants	concept=migration-event	label=migration flows	valence=-0.2	inflect=none
irregular migration	concept=migration-event	label=irregular migration	valence=-0.2
irregular crossing	concept=migration-event	label=irregular migration	valence=-0.2
irregular entry	concept=migration-event	label=irregular migration	valence=-0.2
unauthorised crossing	concept=migration-event	label=irregular migration	valence=-0.2
unauthorized crossing	concept=migration-event	label=irregular migration	valence=-0.2
illegal immigration	concept=migration-event	label=illegal immigration	valence=-0.6	tags=criminalising
illegal migration	concept=migration-event	label=illegal immigration	valence=-0.6	tags=criminalising
illegal crossing	concept=migration-event	label=illegal immigration	valence=-0.6	tags=criminalising
illegal entry	concept=migration-event	label=illegal immigration	valence=-0.6	tags=criminalising

# --- Pressure: influx, surge, mass migration
influx	concept=migration-event	label=influx	valence=-0.3
mass influx	concept=migration-event	label=influx	valence=-0.5
surge	concept=migration-event	label=surge	valence=-0.3
migrant surge	concept=migration-event	label=surge	valence=-0.4
surge in arrivals	concept=migration-event	label=surge	valence=-0.3	inflect=none
mass migration	concept=migration-event	label=mass migration	valence=-0.5
mass immigration	concept=migration-event	label=mass migration	valence=-0.5
uncontrolled immigration	concept=migration-event	label=uncontrolled immigration	valence=-0.7	tags=delegitimising
uncontrolled migration	concept=migration-event	label=uncontrolled immigration	valence=-0.7	tags=delegitimising
unchecked immigration	concept=migration-event	label=uncontrolled immigration	valence=-0.7	tags=delegitimising
flood in	concept=migration-event	label=flooding in	valence=-0.6	tags=dehumanising	inflect=verb
flood into	concept=migration-event	label=flooding in	valence=-0.6	tags=dehumanising	inflect=verb
pour in	concept=migration-event	label=pouring in	valence=-0.3	inflect=verb
pour into	concept=migration-event	label=pouring in	valence=-0.3	inflect=verb
swamp	concept=migration-event	label=swamped	valence=-0.7	tags=dysphemism	inflect=verb
overrun	concept=migration-event	label=overrun	valence=-0.7	tags=dysphemism	inflect=none

# --- Breakdown: crisis and emergency
crisis	concept=migration-event	label=crisis	valence=-0.3
crises	concept=migration-event	label=crisis	valence=-0.3	inflect=none
migrant crisis	concept=migration-event	label=migrant crisis	valence=-0.4
migration crisis	concept=migration-event	label=migrant crisis	valence=-0.4
asylum crisis	concept=migration-event	label=migrant crisis	valence=-0.4
refugee crisis	concept=migration-event	label=refugee crisis	valence=-0.2	tags=victimising
border crisis	concept=migration-event	label=border crisis	valence=-0.5
emergency	concept=migration-event	label=emergency	valence=-0.4
migration emergency	concept=migration-event	label=emergency	valence=-0.5
migrant emergency	concept=migration-event	label=emergency	valence=-0.5
humanitarian crisis	concept=migration-event	label=humanitarian crisis	valence=-0.5	tags=victimising
humanitarian emergency	concept=migration-event	label=humanitarian crisis	valence=-0.5	tags=victimising
humanitarian catastrophe	concept=migration-event	label=humanitarian crisis	valence=-0.8	tags=victimising
humanitarian disaster	concept=migration-event	label=humanitarian crisis	valence=-0.8	tags=victimising

# --- Attack: invasion
invasion	concept=migration-event	label=invasion	valence=-0.9	tags=dysphemism,occupation,delegitimising
migrant invasion	concept=migration-event	label=invasion	valence=-0.9	tags=dysphemism,occupation,delegitimising
invade	concept=migration-event	label=invasion	valence=-0.9	tags=dysphemism,occupation,delegitimising	inflect=verb

# --- Tragedy and rescue: exodus, shipwrecks, deaths at sea, rescue
exodus	concept=migration-event	label=exodus	valence=-0.1	tags=victimising
mass exodus	concept=migration-event	label=exodus	valence=-0.2	tags=victimising
perilous journey	concept=migration-event	label=perilous journey	valence=0.1	tags=victimising
dangerous journey	concept=migration-event	label=perilous journey	valence=0.1	tags=victimising
deadly crossing	concept=migration-event	label=perilous journey	valence=-0.3	tags=victimising
tragedy	concept=migration-event	label=tragedy	valence=-0.6	tags=victimising
humanitarian tragedy	concept=migration-event	label=tragedy	valence=-0.7	tags=victimising
shipwreck	concept=migration-event	label=shipwrecks	valence=-0.6	tags=victimising
death at sea	concept=migration-event	label=deaths at sea	valence=-0.7	tags=victimising	inflect=none
deaths at sea	concept=migration-event	label=deaths at sea	valence=-0.7	tags=victimising	inflect=none
rescue	concept=migration-event	label=rescue	valence=0.4	inflect=verb
search and rescue	concept=migration-event	label=rescue	valence=0.4	inflect=none
search-and-rescue	concept=migration-event	label=rescue	valence=0.4	inflect=none
rescue operation	concept=migration-event	label=rescue	valence=0.4
rescue mission	concept=migration-event	label=rescue	valence=0.4

##############################################################################
# border-control: the state's response at and beyond the border
##############################################################################
# Control and protection (the state's own words), management (the technocratic euphemism),
# pushbacks, deportation, detention and fences (the critics' words), crackdown and round-ups.

# --- Control, protection, security
border control	concept=border-control	label=border control	valence=0
border check	concept=border-control	label=border control	valence=0
immigration control	concept=border-control	label=border control	valence=0
border enforcement	concept=border-control	label=border control	valence=-0.1
immigration enforcement	concept=border-control	label=border control	valence=-0.1
border protection	concept=border-control	label=border protection	valence=0.2	tags=legitimising
border security	concept=border-control	label=border protection	valence=0.1
secure border	concept=border-control	label=border protection	valence=0.2	tags=legitimising
protect our borders	concept=border-control	label=border protection	valence=0.3	tags=legitimising	inflect=verb
stop the boats	concept=border-control	label=stop the boats	valence=0.2	tags=legitimising	inflect=none
migration management	concept=border-control	label=migration management	valence=0	tags=euphemism
border management	concept=border-control	label=migration management	valence=0	tags=euphemism
externalisation	concept=border-control	label=externalisation	valence=-0.3
externalization	concept=border-control	label=externalisation	valence=-0.3

# --- Who guards the border
border guard	concept=border-control	label=border guards	valence=0
border police	concept=border-control	label=border guards	valence=0
border agent	concept=border-control	label=border guards	valence=0
border patrol	concept=border-control	label=border guards	valence=0
border force	concept=border-control	label=border guards	valence=0
coastguard	concept=border-control	label=coastguard	valence=0
coast guard	concept=border-control	label=coastguard	valence=0
Frontex	concept=border-control	label=Frontex	valence=0	tags=official

# --- Pushbacks and interception
interception	concept=border-control	label=interception	valence=-0.2
intercept	concept=border-control	label=interception	valence=-0.2	inflect=verb
pushback	concept=border-control	label=pushbacks	valence=-0.7	tags=violence
push-back	concept=border-control	label=pushbacks	valence=-0.7	tags=violence
push back	concept=border-control	label=pushbacks	valence=-0.6	tags=violence	inflect=verb
illegal pushback	concept=border-control	label=pushbacks	valence=-0.9	tags=violence,criminalising
pullback	concept=border-control	label=pullbacks	valence=-0.6	tags=violence
pull-back	concept=border-control	label=pullbacks	valence=-0.6	tags=violence
refoulement	concept=border-control	label=refoulement	valence=-0.7	inflect=none
turn back the boats	concept=border-control	label=turn-backs	valence=-0.6	inflect=verb
naval blockade	concept=border-control	label=naval blockade	valence=-0.6

# --- Deportation, removal, return
deportation	concept=border-control	label=deportation	valence=-0.5
deport	concept=border-control	label=deportation	valence=-0.5	inflect=verb
deportation flight	concept=border-control	label=deportation	valence=-0.5
forced return	concept=border-control	label=deportation	valence=-0.5
forcible return	concept=border-control	label=deportation	valence=-0.6
send back	concept=border-control	label=deportation	valence=-0.5	inflect=verb
sent back	concept=border-control	label=deportation	valence=-0.5	inflect=none
send them back	concept=border-control	label=deportation	valence=-0.7	tags=dysphemism	inflect=verb
mass deportation	concept=border-control	label=mass deportation	valence=-0.8
removal	concept=border-control	label=removal	valence=-0.2	tags=euphemism
return flight	concept=border-control	label=removal	valence=-0.2	tags=euphemism
voluntary return	concept=border-control	label=voluntary return	valence=0.1	tags=euphemism
assisted voluntary return	concept=border-control	label=voluntary return	valence=0.1	tags=euphemism,official
repatriation	concept=border-control	label=repatriation	valence=-0.1	tags=euphemism
repatriate	concept=border-control	label=repatriation	valence=-0.1	tags=euphemism	inflect=verb
expulsion	concept=border-control	label=expulsion	valence=-0.6
expel	concept=border-control	label=expulsion	valence=-0.6	inflect=verb

# --- Detention and camps
detention	concept=border-control	label=detention	valence=-0.5
immigration detention	concept=border-control	label=detention	valence=-0.5
detain	concept=border-control	label=detention	valence=-0.4	inflect=verb
lock up	concept=border-control	label=detention	valence=-0.7	tags=dysphemism	inflect=verb
detention centre	concept=border-control	label=detention centres	valence=-0.5
detention center	concept=border-control	label=detention centres	valence=-0.5
holding centre	concept=border-control	label=detention centres	valence=-0.4
holding center	concept=border-control	label=detention centres	valence=-0.4
immigration removal centre	concept=border-control	label=detention centres	valence=-0.3	tags=euphemism
reception centre	concept=border-control	label=reception centres	valence=0
reception center	concept=border-control	label=reception centres	valence=0
hotspot	concept=border-control	label=reception centres	valence=0	tags=official
migrant camp	concept=border-control	label=camps	valence=-0.3
refugee camp	concept=border-control	label=camps	valence=-0.1	tags=victimising
offshore processing	concept=border-control	label=offshore processing	valence=-0.4	tags=euphemism

# --- Crackdown, walls, fortress
crackdown	concept=border-control	label=crackdown	valence=-0.5
clampdown	concept=border-control	label=crackdown	valence=-0.5
round up	concept=border-control	label=round-ups	valence=-0.8	tags=dysphemism	inflect=verb
border fence	concept=border-control	label=border fences	valence=-0.4
border wall	concept=border-control	label=border fences	valence=-0.4
razor wire	concept=border-control	label=border fences	valence=-0.6	tags=violence	inflect=none
border closure	concept=border-control	label=border closure	valence=-0.3
closed borders	concept=border-control	label=border closure	valence=-0.3	inflect=none
open borders	concept=border-control	label=open borders	valence=-0.4	inflect=none
fortress Europe	concept=border-control	label=fortress Europe	valence=-0.7	tags=delegitimising	inflect=none

##############################################################################
# smuggling: the crossing business, and those at sea around it
##############################################################################
# Smugglers and traffickers; and the rescuers whose ships some outlets cast as part of the
# trade ("pull factor", "taxi service").

# --- Smugglers and traffickers
smuggler	concept=smuggling	label=smugglers	valence=-0.5	tags=criminalising
people smuggler	concept=smuggling	label=smugglers	valence=-0.6	tags=criminalising
people-smuggler	concept=smuggling	label=smugglers	valence=-0.6	tags=criminalising
human smuggler	concept=smuggling	label=smugglers	valence=-0.6	tags=criminalising
migrant smuggler	concept=smuggling	label=smugglers	valence=-0.6	tags=criminalising
snakehead	concept=smuggling	label=smugglers	valence=-0.6	tags=criminalising
trafficker	concept=smuggling	label=traffickers	valence=-0.8	tags=criminalising
human trafficker	concept=smuggling	label=traffickers	valence=-0.8	tags=criminalising
people trafficker	concept=smuggling	label=traffickers	valence=-0.8	tags=criminalising
smuggling gang	concept=smuggling	label=smuggling gangs	valence=-0.8	tags=criminalising
smuggling ring	concept=smuggling	label=smuggling gangs	valence=-0.7	tags=criminalising
trafficking gang	concept=smuggling	label=smuggling gangs	valence=-0.9	tags=criminalising
smuggling network	concept=smuggling	label=smuggling networks	valence=-0.6	tags=criminalising
trafficking network	concept=smuggling	label=smuggling networks	valence=-0.8	tags=criminalising
criminal network	concept=smuggling	label=smuggling networks	valence=-0.7	tags=criminalising
merchant of death	concept=smuggling	label=merchants of death	valence=-1.0	tags=dysphemism	inflect=none
merchants of death	concept=smuggling	label=merchants of death	valence=-1.0	tags=dysphemism	inflect=none
slave trader	concept=smuggling	label=slave traders	valence=-0.9	tags=dysphemism
boat driver	concept=smuggling	label=boat drivers	valence=-0.2
boat pilot	concept=smuggling	label=boat drivers	valence=-0.2
mother ship	concept=smuggling	label=mother ships	valence=-0.5	tags=criminalising
mothership	concept=smuggling	label=mother ships	valence=-0.5	tags=criminalising

# --- The trade as an act
smuggling	concept=smuggling	label=smuggling	valence=-0.5	tags=criminalising	inflect=none
people smuggling	concept=smuggling	label=smuggling	valence=-0.6	tags=criminalising	inflect=none
people-smuggling	concept=smuggling	label=smuggling	valence=-0.6	tags=criminalising	inflect=none
human smuggling	concept=smuggling	label=smuggling	valence=-0.6	tags=criminalising	inflect=none
migrant smuggling	concept=smuggling	label=smuggling	valence=-0.6	tags=criminalising	inflect=none
trafficking	concept=smuggling	label=trafficking	valence=-0.7	tags=criminalising	inflect=none
human trafficking	concept=smuggling	label=trafficking	valence=-0.8	tags=criminalising	inflect=none
people trafficking	concept=smuggling	label=trafficking	valence=-0.8	tags=criminalising	inflect=none

# --- Rescuers, rescue and NGO ships
rescuer	concept=smuggling	label=rescuers	valence=0.5	tags=legitimising
sea rescuer	concept=smuggling	label=rescuers	valence=0.5	tags=legitimising
rescue ship	concept=smuggling	label=rescue ships	valence=0.3
rescue vessel	concept=smuggling	label=rescue ships	valence=0.3
rescue boat	concept=smuggling	label=rescue ships	valence=0.3
humanitarian ship	concept=smuggling	label=rescue ships	valence=0.4	tags=legitimising
NGO ship	concept=smuggling	label=NGO ships	valence=0
NGO boat	concept=smuggling	label=NGO ships	valence=0
NGO vessel	concept=smuggling	label=NGO ships	valence=0
charity ship	concept=smuggling	label=NGO ships	valence=0.1
charity boat	concept=smuggling	label=NGO ships	valence=0.1
aid group	concept=smuggling	label=aid groups	valence=0.2
aid organisation	concept=smuggling	label=aid groups	valence=0.2
aid organization	concept=smuggling	label=aid groups	valence=0.2
humanitarian group	concept=smuggling	label=aid groups	valence=0.3
humanitarian organisation	concept=smuggling	label=aid groups	valence=0.3
humanitarian organization	concept=smuggling	label=aid groups	valence=0.3

# --- Rescue cast as part of the trade
pull factor	concept=smuggling	label=pull factor	valence=-0.5	tags=delegitimising
taxi service	concept=smuggling	label=taxi service	valence=-0.9	tags=delegitimising,dysphemism
sea taxi	concept=smuggling	label=taxi service	valence=-0.9	tags=delegitimising,dysphemism
ferry service	concept=smuggling	label=taxi service	valence=-0.7	tags=delegitimising
shuttle service	concept=smuggling	label=taxi service	valence=-0.7	tags=delegitimising

##############################################################################
# host-society: the people and places that receive migrants
##############################################################################
# Taxpayers and locals, communities under strain or welcoming, host and frontline countries,
# and the populist "ordinary people" and "our people" set against the newcomers.

taxpayer	concept=host-society	label=taxpayers	valence=0.1
hard-working taxpayer	concept=host-society	label=hard-working taxpayers	valence=0.4	tags=legitimising
hardworking taxpayer	concept=host-society	label=hard-working taxpayers	valence=0.4	tags=legitimising
pensioner	concept=host-society	label=pensioners	valence=0.2	tags=victimising
locals	concept=host-society	label=locals	valence=0.1	inflect=none
local people	concept=host-society	label=locals	valence=0.1	inflect=none
local resident	concept=host-society	label=locals	valence=0
local population	concept=host-society	label=locals	valence=0
islander	concept=host-society	label=locals	valence=0.1
citizen	concept=host-society	label=citizens	valence=0
fellow citizen	concept=host-society	label=citizens	valence=0.3
ordinary people	concept=host-society	label=ordinary people	valence=0.3	tags=legitimising	inflect=none
ordinary citizen	concept=host-society	label=ordinary people	valence=0.3	tags=legitimising
our people	concept=host-society	label=our people	valence=0.3	tags=legitimising	inflect=none
our own people	concept=host-society	label=our people	valence=0.4	tags=legitimising	inflect=none
silent majority	concept=host-society	label=silent majority	valence=0.3	tags=legitimising	inflect=none
local community	concept=host-society	label=local communities	valence=0.2
host community	concept=host-society	label=host communities	valence=0.1
receiving community	concept=host-society	label=host communities	valence=0.1
overwhelmed community	concept=host-society	label=overwhelmed communities	valence=-0.2	tags=victimising
overstretched community	concept=host-society	label=overwhelmed communities	valence=-0.2	tags=victimising
struggling community	concept=host-society	label=overwhelmed communities	valence=-0.2	tags=victimising
host country	concept=host-society	label=host countries	valence=0
host nation	concept=host-society	label=host countries	valence=0
receiving country	concept=host-society	label=host countries	valence=0
host society	concept=host-society	label=host countries	valence=0
frontline state	concept=host-society	label=frontline states	valence=-0.1	tags=victimising
frontline country	concept=host-society	label=frontline states	valence=-0.1	tags=victimising
volunteer	concept=host-society	label=volunteers	valence=0.3
host family	concept=host-society	label=host families	valence=0.3

##############################################################################
# asylum-policy: the rules of protection and their reform
##############################################################################
# The words of an asylum debate: protection and the right to it, how the arrivals are shared
# ("relocation", "quotas", "burden sharing" against "responsibility sharing"), legal routes,
# and the restrictive terms ("soft touch", "hostile environment", "mass amnesty").

asylum system	concept=asylum-policy	label=asylum system	valence=0
asylum procedure	concept=asylum-policy	label=asylum system	valence=0	tags=official
asylum application	concept=asylum-policy	label=asylum applications	valence=0	tags=official
asylum claim	concept=asylum-policy	label=asylum applications	valence=0
asylum request	concept=asylum-policy	label=asylum applications	valence=0
right to asylum	concept=asylum-policy	label=right to asylum	valence=0.4	tags=legitimising	inflect=none
right of asylum	concept=asylum-policy	label=right to asylum	valence=0.4	tags=legitimising	inflect=none
international protection	concept=asylum-policy	label=international protection	valence=0.3	tags=official	inflect=none
subsidiary protection	concept=asylum-policy	label=international protection	valence=0.1	tags=official	inflect=none
refugee status	concept=asylum-policy	label=refugee status	valence=0.2	tags=official
safe country of origin	concept=asylum-policy	label=safe countries	valence=0	tags=official	inflect=none
safe countries of origin	concept=asylum-policy	label=safe countries	valence=0	tags=official	inflect=none
safe third country	concept=asylum-policy	label=safe countries	valence=0	tags=official
relocation	concept=asylum-policy	label=relocation	valence=0	tags=official
relocation scheme	concept=asylum-policy	label=relocation	valence=0	tags=official
resettlement	concept=asylum-policy	label=resettlement	valence=0.2
resettlement programme	concept=asylum-policy	label=resettlement	valence=0.2
resettlement program	concept=asylum-policy	label=resettlement	valence=0.2
quota	concept=asylum-policy	label=quotas	valence=-0.2
migrant quota	concept=asylum-policy	label=quotas	valence=-0.3
refugee quota	concept=asylum-policy	label=quotas	valence=-0.2
mandatory quota	concept=asylum-policy	label=quotas	valence=-0.4
compulsory quota	concept=asylum-policy	label=quotas	valence=-0.4
burden sharing	concept=asylum-policy	label=burden sharing	valence=-0.2	inflect=none
burden-sharing	concept=asylum-policy	label=burden sharing	valence=-0.2	inflect=none
responsibility sharing	concept=asylum-policy	label=responsibility sharing	valence=0.2	inflect=none
responsibility-sharing	concept=asylum-policy	label=responsibility sharing	valence=0.2	inflect=none
solidarity mechanism	concept=asylum-policy	label=responsibility sharing	valence=0.1	tags=official
humanitarian corridor	concept=asylum-policy	label=safe routes	valence=0.4	tags=legitimising
safe and legal route	concept=asylum-policy	label=safe routes	valence=0.4	tags=legitimising
safe route	concept=asylum-policy	label=safe routes	valence=0.3	tags=legitimising
legal route	concept=asylum-policy	label=safe routes	valence=0.2
humanitarian visa	concept=asylum-policy	label=safe routes	valence=0.3
family reunification	concept=asylum-policy	label=family reunion	valence=0.2	inflect=none
family reunion	concept=asylum-policy	label=family reunion	valence=0.2
integration	concept=asylum-policy	label=integration	valence=0.2	inflect=none
regularisation	concept=asylum-policy	label=regularisation	valence=0.1
regularization	concept=asylum-policy	label=regularisation	valence=0.1
open-door policy	concept=asylum-policy	label=open-door policy	valence=-0.3
mass amnesty	concept=asylum-policy	label=amnesty	valence=-0.6	tags=delegitimising
migrant amnesty	concept=asylum-policy	label=amnesty	valence=-0.5	tags=delegitimising
asylum loophole	concept=asylum-policy	label=loopholes	valence=-0.5	tags=delegitimising
soft touch	concept=asylum-policy	label=soft touch	valence=-0.6	tags=delegitimising	inflect=none
hostile environment	concept=asylum-policy	label=hostile environment	valence=-0.6	inflect=none
