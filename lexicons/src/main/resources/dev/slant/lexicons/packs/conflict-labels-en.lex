# conflict-labels/en: how news coverage of armed conflict names combatants, governments,
# armed forces, acts of war, places and civilians, in any war. Written for Slant by its authors.
#
# Every entry is a label (category=label): a phrase, the concept it names, the label it belongs
# to (variants of one way of naming share a label: "terrorist group" and "terror outfit" are
# both "terrorists"), its valence (-1 most negative .. +1 most positive connotation toward the
# referent or act; neutral words near 0) and tags (delegitimising, foreign-agency, euphemism...).
# Nouns are listed in the singular: with @inflect noun the last word also matches its plural
# ("rebel group" finds "rebel groups"), and possessives are ignored ("terrorists' nests").
# Verbs carry inflect=verb and match their regular forms; irregular forms are entries of their
# own. Phrases that are already plural, or whose plural would be wrong, carry inflect=none.
#
# Concepts (generic; no proper names here; event packs such as conflict-labels/syria add the
# names of particular groups and may override these entries for one war):
#   armed-groups     non-state armed groups: terrorists, militants, rebels, fighters, militias,
#                    jihadists, freedom fighters, mercenaries, gangs...
#   government       a government or its leadership: government, authorities, regime, junta,
#                    elected government, puppet regime...
#   state-forces     a state's armed forces and security services: army, troops, security
#                    forces, regime forces, occupying forces, peacekeepers...
#   military-action  acts of armed force: offensive, airstrike, bombardment, massacre,
#                    liberation, aggression, counter-terrorism operation; verbs such as
#                    liberate, neutralize, root out, eradicate
#   strongholds      places held by an armed group, and zones: stronghold, enclave, hideout,
#                    nest, den, safe haven, rebel-held territory, occupied territory, safe zone
#   militancy        the conflict and political violence as a phenomenon: terrorism,
#                    insurgency, extremism, uprising, revolution, civil war, conflict, crisis
#   civilians        people not taking part in the fighting: civilians, population, human
#                    shields, hostages, refugees, displaced people, protesters
#
# Tags follow docs/lexicon-format.md. Valences are the authors' judgement, on this scale:
#   -1.0  "foreign-backed terrorists", "terrorists' nests", "massacre", "puppet regime"
#   -0.5  "militants" (-0.4), "bombardment", "hideout", "crackdown" (-0.6)
#    0    "government", "troops", "fighters" (-0.1), "rebels" (-0.1), "civilians"
#   +0.5  "elected government" (+0.6), "revolution", "resistance"
#   +1.0  (none quite): "freedom fighters" (+0.8), "liberation" (+0.8)

@name        conflict-labels/en
@version     1.0.0
@language    en
@license     Apache-2.0
@source      Written for Slant by the Slant authors; see NOTICE
@description Labels for combatants, governments, forces, acts of war, places and civilians in coverage of armed conflict
@category    label
@inflect     noun

##############################################################################
# armed-groups: non-state armed groups
##############################################################################
# Non-state armed groups: the core of "word choice and labeling". The same fighters are
# "terrorists" to one outlet, "rebels" to a second and "freedom fighters" to a third.

# --- Terrorist labels (delegitimising)
terrorist	concept=armed-groups	label=terrorists	valence=-0.9	tags=delegitimising
terrorist group	concept=armed-groups	label=terrorists	valence=-0.9	tags=delegitimising
terror group	concept=armed-groups	label=terrorists	valence=-0.9	tags=delegitimising
terrorist organization	concept=armed-groups	label=terrorists	valence=-0.9	tags=delegitimising
terrorist organisation	concept=armed-groups	label=terrorists	valence=-0.9	tags=delegitimising
terror organization	concept=armed-groups	label=terrorists	valence=-0.9	tags=delegitimising
terror organisation	concept=armed-groups	label=terrorists	valence=-0.9	tags=delegitimising
terrorist outfit	concept=armed-groups	label=terrorists	valence=-0.9	tags=delegitimising
terror outfit	concept=armed-groups	label=terrorists	valence=-0.9	tags=delegitimising
terrorist cell	concept=armed-groups	label=terrorists	valence=-0.9	tags=delegitimising
terror cell	concept=armed-groups	label=terrorists	valence=-0.9	tags=delegitimising
terrorist element	concept=armed-groups	label=terrorists	valence=-0.9	tags=delegitimising
terrorist network	concept=armed-groups	label=terrorists	valence=-0.9	tags=delegitimising
terror network	concept=armed-groups	label=terrorists	valence=-0.9	tags=delegitimising
terrorist militia	concept=armed-groups	label=terrorists	valence=-0.9	tags=delegitimising
terrorist fighter	concept=armed-groups	label=terrorists	valence=-0.9	tags=delegitimising
terrorist militant	concept=armed-groups	label=terrorists	valence=-0.9	tags=delegitimising
terrorist formation	concept=armed-groups	label=terrorists	valence=-0.9	tags=delegitimising
terrorist operative	concept=armed-groups	label=terrorists	valence=-0.9	tags=delegitimising
armed terrorist	concept=armed-groups	label=terrorists	valence=-0.9	tags=delegitimising
international terrorist	concept=armed-groups	label=terrorists	valence=-0.9	tags=delegitimising
sleeper cell	concept=armed-groups	label=terrorists	valence=-0.8	tags=delegitimising
terrorist gang	concept=armed-groups	label=terrorist gangs	valence=-1.0	tags=delegitimising,criminalising
terror gang	concept=armed-groups	label=terrorist gangs	valence=-1.0	tags=delegitimising,criminalising
terrorist remnant	concept=armed-groups	label=terrorist remnants	valence=-1.0	tags=delegitimising,dehumanising
designated terrorist organization	concept=armed-groups	label=designated terrorist organizations	valence=-0.7	tags=delegitimising,official
designated terrorist organisation	concept=armed-groups	label=designated terrorist organizations	valence=-0.7	tags=delegitimising,official
designated terrorist group	concept=armed-groups	label=designated terrorist organizations	valence=-0.7	tags=delegitimising,official
proscribed group	concept=armed-groups	label=designated terrorist organizations	valence=-0.6	tags=delegitimising,official
proscribed organisation	concept=armed-groups	label=designated terrorist organizations	valence=-0.6	tags=delegitimising,official
proscribed organization	concept=armed-groups	label=designated terrorist organizations	valence=-0.6	tags=delegitimising,official
outlawed group	concept=armed-groups	label=designated terrorist organizations	valence=-0.6	tags=delegitimising,criminalising

# --- Foreign agency (the fighters as tools of outside powers)
foreign-backed terrorist	concept=armed-groups	label=foreign-backed terrorists	valence=-1.0	tags=delegitimising,foreign-agency
foreign-sponsored terrorist	concept=armed-groups	label=foreign-backed terrorists	valence=-1.0	tags=delegitimising,foreign-agency
foreign-funded terrorist	concept=armed-groups	label=foreign-backed terrorists	valence=-1.0	tags=delegitimising,foreign-agency
foreign-supported terrorist	concept=armed-groups	label=foreign-backed terrorists	valence=-1.0	tags=delegitimising,foreign-agency
Western-backed terrorist	concept=armed-groups	label=foreign-backed terrorists	valence=-1.0	tags=delegitimising,foreign-agency
foreign-backed terrorist group	concept=armed-groups	label=foreign-backed terrorists	valence=-1.0	tags=delegitimising,foreign-agency
foreign-sponsored terrorist group	concept=armed-groups	label=foreign-backed terrorists	valence=-1.0	tags=delegitimising,foreign-agency
foreign-backed militant	concept=armed-groups	label=foreign-backed militants	valence=-0.8	tags=delegitimising,foreign-agency
foreign-sponsored militant	concept=armed-groups	label=foreign-backed militants	valence=-0.8	tags=delegitimising,foreign-agency
foreign-funded militant	concept=armed-groups	label=foreign-backed militants	valence=-0.8	tags=delegitimising,foreign-agency
foreign-supported militant	concept=armed-groups	label=foreign-backed militants	valence=-0.8	tags=delegitimising,foreign-agency
Western-backed militant	concept=armed-groups	label=foreign-backed militants	valence=-0.8	tags=delegitimising,foreign-agency
foreign-backed militia	concept=armed-groups	label=foreign-backed militants	valence=-0.7	tags=delegitimising,foreign-agency
foreign-backed group	concept=armed-groups	label=foreign-backed militants	valence=-0.6	tags=delegitimising,foreign-agency
foreign-backed rebel	concept=armed-groups	label=foreign-backed rebels	valence=-0.5	tags=foreign-agency
foreign-sponsored rebel	concept=armed-groups	label=foreign-backed rebels	valence=-0.5	tags=foreign-agency
Western-backed rebel	concept=armed-groups	label=foreign-backed rebels	valence=-0.3	tags=foreign-agency
foreign-backed opposition	concept=armed-groups	label=foreign-backed rebels	valence=-0.4	tags=foreign-agency
Western-backed opposition	concept=armed-groups	label=foreign-backed rebels	valence=-0.2	tags=foreign-agency
foreign fighter	concept=armed-groups	label=foreign fighters	valence=-0.5	tags=foreign-agency
foreign terrorist fighter	concept=armed-groups	label=foreign fighters	valence=-0.9	tags=delegitimising,foreign-agency,official
foreign militant	concept=armed-groups	label=foreign fighters	valence=-0.6	tags=delegitimising,foreign-agency
foreign jihadist	concept=armed-groups	label=foreign fighters	valence=-0.7	tags=religious,foreign-agency
proxy	concept=armed-groups	label=proxies	valence=-0.6	tags=delegitimising,foreign-agency
proxy force	concept=armed-groups	label=proxies	valence=-0.6	tags=delegitimising,foreign-agency
proxy militia	concept=armed-groups	label=proxies	valence=-0.6	tags=delegitimising,foreign-agency
proxy group	concept=armed-groups	label=proxies	valence=-0.6	tags=delegitimising,foreign-agency
foreign proxy	concept=armed-groups	label=proxies	valence=-0.7	tags=delegitimising,foreign-agency
foreign agent	concept=armed-groups	label=proxies	valence=-0.7	tags=delegitimising,foreign-agency
fifth column	concept=armed-groups	label=proxies	valence=-0.8	tags=delegitimising,foreign-agency
infiltrator	concept=armed-groups	label=infiltrators	valence=-0.6	tags=delegitimising
saboteur	concept=armed-groups	label=infiltrators	valence=-0.6	tags=delegitimising,criminalising
subversives	concept=armed-groups	label=infiltrators	valence=-0.5	tags=delegitimising	inflect=none

# --- Mercenaries and contractors
mercenary	concept=armed-groups	label=mercenaries	valence=-0.8	tags=delegitimising,foreign-agency
foreign mercenary	concept=armed-groups	label=mercenaries	valence=-0.9	tags=delegitimising,foreign-agency
foreign-backed mercenary	concept=armed-groups	label=mercenaries	valence=-1.0	tags=delegitimising,foreign-agency
hired gun	concept=armed-groups	label=mercenaries	valence=-0.8	tags=delegitimising,dysphemism
soldier of fortune	concept=armed-groups	label=mercenaries	valence=-0.6	tags=delegitimising	inflect=none
soldiers of fortune	concept=armed-groups	label=mercenaries	valence=-0.6	tags=delegitimising	inflect=none
hireling	concept=armed-groups	label=mercenaries	valence=-0.8	tags=delegitimising,dysphemism
private military contractor	concept=armed-groups	label=contractors	valence=-0.2	tags=euphemism
private military company	concept=armed-groups	label=contractors	valence=-0.2	tags=euphemism
military contractor	concept=armed-groups	label=contractors	valence=-0.1	tags=euphemism
security contractor	concept=armed-groups	label=contractors	valence=-0.1	tags=euphemism

# --- Militants, insurgents, gunmen (the wires' middle register)
militant	concept=armed-groups	label=militants	valence=-0.4	tags=delegitimising
militant group	concept=armed-groups	label=militants	valence=-0.4	tags=delegitimising
militant organization	concept=armed-groups	label=militants	valence=-0.4	tags=delegitimising
militant organisation	concept=armed-groups	label=militants	valence=-0.4	tags=delegitimising
militant outfit	concept=armed-groups	label=militants	valence=-0.5	tags=delegitimising
militant fighter	concept=armed-groups	label=militants	valence=-0.4	tags=delegitimising
militant faction	concept=armed-groups	label=militants	valence=-0.4	tags=delegitimising
militant element	concept=armed-groups	label=militants	valence=-0.5	tags=delegitimising
armed militant	concept=armed-groups	label=militants	valence=-0.5	tags=delegitimising
insurgent	concept=armed-groups	label=insurgents	valence=-0.3
insurgent group	concept=armed-groups	label=insurgents	valence=-0.3
insurgent fighter	concept=armed-groups	label=insurgents	valence=-0.3
armed insurgent	concept=armed-groups	label=insurgents	valence=-0.3
gunman	concept=armed-groups	label=gunmen	valence=-0.4	tags=criminalising
gunmen	concept=armed-groups	label=gunmen	valence=-0.4	tags=criminalising	inflect=none
masked gunman	concept=armed-groups	label=gunmen	valence=-0.5	tags=criminalising
masked gunmen	concept=armed-groups	label=gunmen	valence=-0.5	tags=criminalising	inflect=none
armed man	concept=armed-groups	label=gunmen	valence=-0.3
armed men	concept=armed-groups	label=gunmen	valence=-0.3	inflect=none
assailant	concept=armed-groups	label=gunmen	valence=-0.5	tags=criminalising
attacker	concept=armed-groups	label=gunmen	valence=-0.5
suicide bomber	concept=armed-groups	label=suicide bombers	valence=-0.9	tags=violence
suicide attacker	concept=armed-groups	label=suicide bombers	valence=-0.9	tags=violence

# --- Rebels and the opposition (near neutral)
rebel	concept=armed-groups	label=rebels	valence=-0.1
rebel group	concept=armed-groups	label=rebels	valence=-0.1
rebel force	concept=armed-groups	label=rebels	valence=-0.1
rebel fighter	concept=armed-groups	label=rebels	valence=-0.1
rebel army	concept=armed-groups	label=rebels	valence=-0.1
rebel militia	concept=armed-groups	label=rebels	valence=-0.2
rebel faction	concept=armed-groups	label=rebels	valence=-0.1
rebel coalition	concept=armed-groups	label=rebels	valence=-0.1
rebel alliance	concept=armed-groups	label=rebels	valence=-0.1
rebel movement	concept=armed-groups	label=rebels	valence=0
rebel commander	concept=armed-groups	label=rebels	valence=-0.1
armed rebel	concept=armed-groups	label=rebels	valence=-0.1
moderate rebel	concept=armed-groups	label=moderate rebels	valence=0.3	tags=legitimising
moderate rebel group	concept=armed-groups	label=moderate rebels	valence=0.3	tags=legitimising
moderate opposition	concept=armed-groups	label=moderate rebels	valence=0.3	tags=legitimising
moderate armed opposition	concept=armed-groups	label=moderate rebels	valence=0.3	tags=legitimising
vetted rebel	concept=armed-groups	label=moderate rebels	valence=0.1	tags=legitimising,foreign-agency
the opposition	concept=armed-groups	label=opposition	valence=0	inflect=none
armed opposition	concept=armed-groups	label=opposition	valence=0
armed opposition group	concept=armed-groups	label=opposition	valence=0
opposition group	concept=armed-groups	label=opposition	valence=0
opposition fighter	concept=armed-groups	label=opposition	valence=0
opposition force	concept=armed-groups	label=opposition	valence=0
opposition militia	concept=armed-groups	label=opposition	valence=-0.1
anti-government force	concept=armed-groups	label=anti-government forces	valence=-0.1
anti-government fighter	concept=armed-groups	label=anti-government forces	valence=-0.1
anti-government rebel	concept=armed-groups	label=anti-government forces	valence=-0.1
anti-government militant	concept=armed-groups	label=anti-government forces	valence=-0.4	tags=delegitimising
anti-government militia	concept=armed-groups	label=anti-government forces	valence=-0.2
armed opponent	concept=armed-groups	label=anti-government forces	valence=-0.1
fighter	concept=armed-groups	label=fighters	valence=-0.1
combatant	concept=armed-groups	label=combatants	valence=0
enemy combatant	concept=armed-groups	label=combatants	valence=-0.5	tags=delegitimising,official
unlawful combatant	concept=armed-groups	label=combatants	valence=-0.6	tags=criminalising,official
armed group	concept=armed-groups	label=armed groups	valence=-0.2
armed faction	concept=armed-groups	label=armed groups	valence=-0.2
armed formation	concept=armed-groups	label=armed groups	valence=-0.3
armed element	concept=armed-groups	label=armed groups	valence=-0.5	tags=delegitimising
non-state armed group	concept=armed-groups	label=armed groups	valence=0	tags=official
armed non-state actor	concept=armed-groups	label=armed groups	valence=0	tags=official
non-state actor	concept=armed-groups	label=armed groups	valence=0	tags=euphemism
armed actor	concept=armed-groups	label=armed groups	valence=0	tags=euphemism
warring faction	concept=armed-groups	label=armed groups	valence=-0.2
warring party	concept=armed-groups	label=armed groups	valence=-0.1
faction	concept=armed-groups	label=armed groups	valence=-0.1
belligerent	concept=armed-groups	label=armed groups	valence=-0.1
splinter group	concept=armed-groups	label=armed groups	valence=-0.3
illegal armed formation	concept=armed-groups	label=illegal armed formations	valence=-0.7	tags=delegitimising,criminalising
illegal armed group	concept=armed-groups	label=illegal armed formations	valence=-0.7	tags=delegitimising,criminalising
insurrectionist	concept=armed-groups	label=insurrectionists	valence=-0.5	tags=delegitimising
mutineer	concept=armed-groups	label=insurrectionists	valence=-0.4	tags=delegitimising

# --- Guerrillas, separatists, militias
guerrilla	concept=armed-groups	label=guerrillas	valence=-0.2
guerilla	concept=armed-groups	label=guerrillas	valence=-0.2
guerrilla fighter	concept=armed-groups	label=guerrillas	valence=-0.1
guerrilla group	concept=armed-groups	label=guerrillas	valence=-0.2
guerrilla army	concept=armed-groups	label=guerrillas	valence=-0.1
guerrilla force	concept=armed-groups	label=guerrillas	valence=-0.1
separatist	concept=armed-groups	label=separatists	valence=-0.4	tags=delegitimising
separatist rebel	concept=armed-groups	label=separatists	valence=-0.3
separatist fighter	concept=armed-groups	label=separatists	valence=-0.3
separatist militant	concept=armed-groups	label=separatists	valence=-0.5	tags=delegitimising
separatist group	concept=armed-groups	label=separatists	valence=-0.4	tags=delegitimising
secessionist	concept=armed-groups	label=separatists	valence=-0.3	tags=delegitimising
militia	concept=armed-groups	label=militias	valence=-0.3
militiaman	concept=armed-groups	label=militias	valence=-0.3
militiamen	concept=armed-groups	label=militias	valence=-0.3	inflect=none
armed militia	concept=armed-groups	label=militias	valence=-0.3
paramilitary	concept=armed-groups	label=militias	valence=-0.3
paramilitary group	concept=armed-groups	label=militias	valence=-0.3
paramilitary force	concept=armed-groups	label=militias	valence=-0.3
pro-government militia	concept=armed-groups	label=pro-government militias	valence=-0.3
clan militia	concept=armed-groups	label=militias	valence=-0.3
tribal fighter	concept=armed-groups	label=tribal fighters	valence=-0.1
tribesman	concept=armed-groups	label=tribal fighters	valence=-0.1
tribesmen	concept=armed-groups	label=tribal fighters	valence=-0.1	inflect=none
vigilante	concept=armed-groups	label=vigilantes	valence=-0.4	tags=criminalising
death squad	concept=armed-groups	label=death squads	valence=-1.0	tags=violence,criminalising

# --- Religious and sectarian labels
jihadist	concept=armed-groups	label=jihadists	valence=-0.6	tags=religious
jihadi	concept=armed-groups	label=jihadists	valence=-0.6	tags=religious
jihadist group	concept=armed-groups	label=jihadists	valence=-0.6	tags=religious
jihadist fighter	concept=armed-groups	label=jihadists	valence=-0.6	tags=religious
jihadi fighter	concept=armed-groups	label=jihadists	valence=-0.6	tags=religious
jihadist militant	concept=armed-groups	label=jihadists	valence=-0.7	tags=religious,delegitimising
jihadist rebel	concept=armed-groups	label=jihadists	valence=-0.5	tags=religious
Salafi jihadist	concept=armed-groups	label=jihadists	valence=-0.7	tags=religious
Salafi-jihadist	concept=armed-groups	label=jihadists	valence=-0.7	tags=religious
Salafist	concept=armed-groups	label=jihadists	valence=-0.5	tags=religious
Islamist	concept=armed-groups	label=islamists	valence=-0.4	tags=religious
Islamist militant	concept=armed-groups	label=islamists	valence=-0.6	tags=religious,delegitimising
Islamist rebel	concept=armed-groups	label=islamists	valence=-0.3	tags=religious
Islamist fighter	concept=armed-groups	label=islamists	valence=-0.4	tags=religious
Islamist group	concept=armed-groups	label=islamists	valence=-0.4	tags=religious
Islamist insurgent	concept=armed-groups	label=islamists	valence=-0.5	tags=religious
Islamic militant	concept=armed-groups	label=islamists	valence=-0.6	tags=religious,delegitimising
Islamist extremist	concept=armed-groups	label=islamist extremists	valence=-0.8	tags=religious,delegitimising
Islamic extremist	concept=armed-groups	label=islamist extremists	valence=-0.8	tags=religious,delegitimising
Muslim extremist	concept=armed-groups	label=islamist extremists	valence=-0.8	tags=religious,delegitimising
radical Islamist	concept=armed-groups	label=islamist extremists	valence=-0.7	tags=religious,delegitimising
Islamofascist	concept=armed-groups	label=islamist extremists	valence=-1.0	tags=religious,delegitimising,dysphemism
Islamo-fascist	concept=armed-groups	label=islamist extremists	valence=-1.0	tags=religious,delegitimising,dysphemism
Takfiri	concept=armed-groups	label=takfiri	valence=-0.9	tags=sectarian,delegitimising
Takfiri militant	concept=armed-groups	label=takfiri	valence=-0.9	tags=sectarian,delegitimising
Takfiri group	concept=armed-groups	label=takfiri	valence=-0.9	tags=sectarian,delegitimising
Takfiri element	concept=armed-groups	label=takfiri	valence=-0.9	tags=sectarian,delegitimising
Takfiri extremist	concept=armed-groups	label=takfiri	valence=-0.9	tags=sectarian,delegitimising
Takfiri terrorist	concept=armed-groups	label=takfiri terrorists	valence=-1.0	tags=sectarian,delegitimising
Takfiri terrorist group	concept=armed-groups	label=takfiri terrorists	valence=-1.0	tags=sectarian,delegitimising
Takfiri gang	concept=armed-groups	label=takfiri terrorists	valence=-1.0	tags=sectarian,delegitimising,criminalising
Wahhabi	concept=armed-groups	label=wahhabi	valence=-0.8	tags=sectarian,delegitimising
Wahhabi terrorist	concept=armed-groups	label=wahhabi	valence=-1.0	tags=sectarian,delegitimising
Wahhabi militant	concept=armed-groups	label=wahhabi	valence=-0.9	tags=sectarian,delegitimising
Sunni militant	concept=armed-groups	label=sectarian militias	valence=-0.4	tags=sectarian
Sunni insurgent	concept=armed-groups	label=sectarian militias	valence=-0.3	tags=sectarian
Sunni rebel	concept=armed-groups	label=sectarian militias	valence=-0.2	tags=sectarian
Sunni extremist	concept=armed-groups	label=sectarian militias	valence=-0.8	tags=sectarian,delegitimising
Shiite militia	concept=armed-groups	label=sectarian militias	valence=-0.4	tags=sectarian
Shia militia	concept=armed-groups	label=sectarian militias	valence=-0.4	tags=sectarian
Shiite militant	concept=armed-groups	label=sectarian militias	valence=-0.5	tags=sectarian
Shia militant	concept=armed-groups	label=sectarian militias	valence=-0.5	tags=sectarian
sectarian militia	concept=armed-groups	label=sectarian militias	valence=-0.6	tags=sectarian
mujahideen	concept=armed-groups	label=mujahideen	valence=0.2	tags=religious,legitimising	inflect=none
mujahedeen	concept=armed-groups	label=mujahideen	valence=0.2	tags=religious,legitimising	inflect=none
mujahidin	concept=armed-groups	label=mujahideen	valence=0.2	tags=religious,legitimising	inflect=none
mujahedin	concept=armed-groups	label=mujahideen	valence=0.2	tags=religious,legitimising	inflect=none
mujahid	concept=armed-groups	label=mujahideen	valence=0.2	tags=religious,legitimising
holy warrior	concept=armed-groups	label=mujahideen	valence=0.1	tags=religious

# --- Extremists and radicals
extremist	concept=armed-groups	label=extremists	valence=-0.7	tags=delegitimising
violent extremist	concept=armed-groups	label=extremists	valence=-0.8	tags=delegitimising
extremist group	concept=armed-groups	label=extremists	valence=-0.7	tags=delegitimising
extremist militant	concept=armed-groups	label=extremists	valence=-0.8	tags=delegitimising
radicals	concept=armed-groups	label=radicals	valence=-0.5	tags=delegitimising	inflect=none
fanatic	concept=armed-groups	label=fanatics	valence=-0.8	tags=delegitimising,dysphemism
zealot	concept=armed-groups	label=fanatics	valence=-0.7	tags=delegitimising,dysphemism

# --- Legitimising labels (freedom fighters, resistance, liberation movements)
freedom fighter	concept=armed-groups	label=freedom fighters	valence=0.8	tags=legitimising
liberation fighter	concept=armed-groups	label=freedom fighters	valence=0.7	tags=legitimising,liberation
independence fighter	concept=armed-groups	label=freedom fighters	valence=0.6	tags=legitimising
the resistance	concept=armed-groups	label=resistance	valence=0.5	tags=legitimising	inflect=none
resistance fighter	concept=armed-groups	label=resistance	valence=0.6	tags=legitimising
resistance movement	concept=armed-groups	label=resistance	valence=0.5	tags=legitimising
resistance group	concept=armed-groups	label=resistance	valence=0.5	tags=legitimising
resistance force	concept=armed-groups	label=resistance	valence=0.5	tags=legitimising
national resistance	concept=armed-groups	label=resistance	valence=0.5	tags=legitimising
partisan fighter	concept=armed-groups	label=resistance	valence=0.4	tags=legitimising
liberation army	concept=armed-groups	label=liberation movements	valence=0.5	tags=legitimising,liberation
liberation front	concept=armed-groups	label=liberation movements	valence=0.5	tags=legitimising,liberation
liberation movement	concept=armed-groups	label=liberation movements	valence=0.6	tags=legitimising,liberation
national liberation movement	concept=armed-groups	label=liberation movements	valence=0.7	tags=legitimising,liberation
volunteer fighter	concept=armed-groups	label=volunteers	valence=0.3	tags=legitimising,euphemism
volunteer battalion	concept=armed-groups	label=volunteers	valence=0.2	tags=legitimising,euphemism
self-defense militia	concept=armed-groups	label=self-defence units	valence=0.2	tags=legitimising
self-defence militia	concept=armed-groups	label=self-defence units	valence=0.2	tags=legitimising
self-defense unit	concept=armed-groups	label=self-defence units	valence=0.3	tags=legitimising
self-defence unit	concept=armed-groups	label=self-defence units	valence=0.3	tags=legitimising

# --- Criminalising labels
criminals	concept=armed-groups	label=criminals	valence=-0.7	tags=criminalising	inflect=none
criminal gang	concept=armed-groups	label=criminals	valence=-0.8	tags=criminalising
criminal group	concept=armed-groups	label=criminals	valence=-0.7	tags=criminalising
criminal element	concept=armed-groups	label=criminals	valence=-0.8	tags=criminalising
gang	concept=armed-groups	label=gangs	valence=-0.7	tags=criminalising
armed gang	concept=armed-groups	label=gangs	valence=-0.7	tags=criminalising
gangster	concept=armed-groups	label=gangs	valence=-0.8	tags=criminalising,dysphemism
outlaw	concept=armed-groups	label=outlaws	valence=-0.7	tags=criminalising
bandit	concept=armed-groups	label=bandits	valence=-0.8	tags=criminalising
armed bandit	concept=armed-groups	label=bandits	valence=-0.8	tags=criminalising
bandit group	concept=armed-groups	label=bandits	valence=-0.8	tags=criminalising
bandit formation	concept=armed-groups	label=bandits	valence=-0.8	tags=criminalising
thug	concept=armed-groups	label=thugs	valence=-0.8	tags=criminalising,dysphemism
goon	concept=armed-groups	label=thugs	valence=-0.8	tags=criminalising,dysphemism
henchman	concept=armed-groups	label=thugs	valence=-0.8	tags=criminalising,dysphemism
henchmen	concept=armed-groups	label=thugs	valence=-0.8	tags=criminalising,dysphemism	inflect=none
ringleader	concept=armed-groups	label=thugs	valence=-0.7	tags=criminalising
kidnapper	concept=armed-groups	label=kidnappers	valence=-0.7	tags=criminalising
hostage-taker	concept=armed-groups	label=kidnappers	valence=-0.8	tags=criminalising
pirate	concept=armed-groups	label=pirates	valence=-0.6	tags=criminalising
smuggler	concept=armed-groups	label=smugglers	valence=-0.5	tags=criminalising
narco-terrorist	concept=armed-groups	label=narco-terrorists	valence=-1.0	tags=criminalising,delegitimising
narco-guerrilla	concept=armed-groups	label=narco-terrorists	valence=-0.8	tags=criminalising
perpetrator	concept=armed-groups	label=perpetrators	valence=-0.6	tags=criminalising
warlord	concept=armed-groups	label=warlords	valence=-0.7	tags=delegitimising,dysphemism

# --- Dehumanising and dysphemistic epithets
vermin	concept=armed-groups	label=vermin	valence=-1.0	tags=dehumanising	inflect=none
cockroach	concept=armed-groups	label=vermin	valence=-1.0	tags=dehumanising
human animal	concept=armed-groups	label=vermin	valence=-1.0	tags=dehumanising
barbarian	concept=armed-groups	label=barbarians	valence=-1.0	tags=dehumanising,dysphemism
savages	concept=armed-groups	label=barbarians	valence=-1.0	tags=dehumanising,dysphemism	inflect=none
monster	concept=armed-groups	label=monsters	valence=-0.9	tags=dehumanising,dysphemism
scum	concept=armed-groups	label=scum	valence=-1.0	tags=dehumanising,dysphemism	inflect=none
cutthroat	concept=armed-groups	label=cutthroats	valence=-1.0	tags=dehumanising,dysphemism
head-chopper	concept=armed-groups	label=cutthroats	valence=-1.0	tags=dehumanising,dysphemism
death cult	concept=armed-groups	label=death cult	valence=-1.0	tags=dehumanising,delegitimising
neo-Nazi	concept=armed-groups	label=neo-nazis	valence=-1.0	tags=delegitimising,dysphemism
Nazi	concept=armed-groups	label=neo-nazis	valence=-1.0	tags=delegitimising,dysphemism
fascist	concept=armed-groups	label=fascists	valence=-0.9	tags=delegitimising,dysphemism
ultranationalist	concept=armed-groups	label=nationalists	valence=-0.6	tags=delegitimising
nationalist battalion	concept=armed-groups	label=nationalists	valence=-0.6	tags=delegitimising
nationalist formation	concept=armed-groups	label=nationalists	valence=-0.6	tags=delegitimising

##############################################################################
# government: governments, regimes and their leadership
##############################################################################
# Names for a government or its leadership: from the neutral "government" and "authorities"
# to "regime", "junta" and "puppet regime", or the legitimising "elected government".

# --- Neutral and official
government	concept=government	label=government	valence=0
central government	concept=government	label=government	valence=0
national government	concept=government	label=government	valence=0
federal government	concept=government	label=government	valence=0
state authorities	concept=government	label=authorities	valence=0
authorities	concept=government	label=authorities	valence=0	inflect=none
local authorities	concept=government	label=authorities	valence=0	inflect=none
administration	concept=government	label=administration	valence=0
leadership	concept=government	label=leadership	valence=0
ruler	concept=government	label=rulers	valence=-0.2
ruling party	concept=government	label=rulers	valence=0
ruling elite	concept=government	label=rulers	valence=-0.4
interim government	concept=government	label=interim government	valence=0
transitional government	concept=government	label=interim government	valence=0.1
caretaker government	concept=government	label=interim government	valence=0
unity government	concept=government	label=unity government	valence=0.3	tags=legitimising
national unity government	concept=government	label=unity government	valence=0.3	tags=legitimising
government of national unity	concept=government	label=unity government	valence=0.3	tags=legitimising	inflect=none
coalition government	concept=government	label=government	valence=0
civilian government	concept=government	label=civilian government	valence=0.3	tags=legitimising
civilian-led government	concept=government	label=civilian government	valence=0.3	tags=legitimising
de facto authorities	concept=government	label=de facto authorities	valence=-0.2	inflect=none
de facto government	concept=government	label=de facto authorities	valence=-0.2

# --- Legitimising
legitimate government	concept=government	label=legitimate government	valence=0.7	tags=legitimising
legitimate authorities	concept=government	label=legitimate government	valence=0.6	tags=legitimising	inflect=none
lawful government	concept=government	label=legitimate government	valence=0.6	tags=legitimising
lawful authorities	concept=government	label=legitimate government	valence=0.6	tags=legitimising	inflect=none
constitutional government	concept=government	label=legitimate government	valence=0.5	tags=legitimising
elected government	concept=government	label=elected government	valence=0.6	tags=legitimising
democratically elected government	concept=government	label=elected government	valence=0.8	tags=legitimising
popularly elected government	concept=government	label=elected government	valence=0.7	tags=legitimising
democratic government	concept=government	label=elected government	valence=0.5	tags=legitimising
internationally recognized government	concept=government	label=internationally recognized government	valence=0.5	tags=legitimising,official
internationally recognised government	concept=government	label=internationally recognized government	valence=0.5	tags=legitimising,official
sovereign government	concept=government	label=sovereign government	valence=0.5	tags=legitimising
sovereign state	concept=government	label=sovereign government	valence=0.4	tags=legitimising

# --- Delegitimising
regime	concept=government	label=regime	valence=-0.7	tags=delegitimising
illegitimate government	concept=government	label=illegitimate government	valence=-0.8	tags=delegitimising
illegitimate regime	concept=government	label=illegitimate government	valence=-0.9	tags=delegitimising
unrecognized government	concept=government	label=illegitimate government	valence=-0.3	tags=delegitimising
unrecognised government	concept=government	label=illegitimate government	valence=-0.3	tags=delegitimising
usurper	concept=government	label=illegitimate government	valence=-0.8	tags=delegitimising
authoritarian regime	concept=government	label=authoritarian regime	valence=-0.8	tags=delegitimising
authoritarian government	concept=government	label=authoritarian regime	valence=-0.6	tags=delegitimising
totalitarian regime	concept=government	label=authoritarian regime	valence=-0.9	tags=delegitimising
autocracy	concept=government	label=authoritarian regime	valence=-0.6	tags=delegitimising
autocrat	concept=government	label=authoritarian regime	valence=-0.6	tags=delegitimising
strongman	concept=government	label=authoritarian regime	valence=-0.4	tags=delegitimising
dictatorship	concept=government	label=dictatorship	valence=-0.8	tags=delegitimising
dictator	concept=government	label=dictatorship	valence=-0.8	tags=delegitimising,dysphemism
despot	concept=government	label=dictatorship	valence=-0.9	tags=delegitimising,dysphemism
despotic regime	concept=government	label=dictatorship	valence=-0.9	tags=delegitimising
tyrant	concept=government	label=dictatorship	valence=-0.9	tags=delegitimising,dysphemism
tyranny	concept=government	label=dictatorship	valence=-0.9	tags=delegitimising
junta	concept=government	label=junta	valence=-0.7	tags=delegitimising
military junta	concept=government	label=junta	valence=-0.7	tags=delegitimising
ruling junta	concept=government	label=junta	valence=-0.8	tags=delegitimising
military regime	concept=government	label=junta	valence=-0.7	tags=delegitimising
military government	concept=government	label=junta	valence=-0.4
puppet	concept=government	label=puppet regime	valence=-0.8	tags=delegitimising,foreign-agency
puppet government	concept=government	label=puppet regime	valence=-0.9	tags=delegitimising,foreign-agency
puppet regime	concept=government	label=puppet regime	valence=-1.0	tags=delegitimising,foreign-agency
client regime	concept=government	label=puppet regime	valence=-0.8	tags=delegitimising,foreign-agency
client state	concept=government	label=puppet regime	valence=-0.7	tags=delegitimising,foreign-agency
vassal	concept=government	label=puppet regime	valence=-0.7	tags=delegitimising,foreign-agency
vassal state	concept=government	label=puppet regime	valence=-0.7	tags=delegitimising,foreign-agency
occupation government	concept=government	label=occupation authorities	valence=-0.8	tags=delegitimising,occupation
occupation authorities	concept=government	label=occupation authorities	valence=-0.8	tags=delegitimising,occupation	inflect=none
occupation regime	concept=government	label=occupation authorities	valence=-0.9	tags=delegitimising,occupation
occupying power	concept=government	label=occupation authorities	valence=-0.6	tags=occupation
colonial regime	concept=government	label=occupation authorities	valence=-0.9	tags=delegitimising,occupation
colonial administration	concept=government	label=occupation authorities	valence=-0.7	tags=occupation
apartheid regime	concept=government	label=criminal regime	valence=-1.0	tags=delegitimising,criminalising
criminal regime	concept=government	label=criminal regime	valence=-1.0	tags=delegitimising,criminalising
terrorist regime	concept=government	label=criminal regime	valence=-1.0	tags=delegitimising,criminalising
murderous regime	concept=government	label=criminal regime	valence=-1.0	tags=delegitimising,violence
brutal regime	concept=government	label=criminal regime	valence=-0.9	tags=delegitimising,violence
rogue regime	concept=government	label=criminal regime	valence=-0.9	tags=delegitimising
rogue state	concept=government	label=criminal regime	valence=-0.9	tags=delegitimising
pariah state	concept=government	label=criminal regime	valence=-0.8	tags=delegitimising
narco-state	concept=government	label=criminal regime	valence=-0.8	tags=delegitimising,criminalising
kleptocracy	concept=government	label=criminal regime	valence=-0.8	tags=delegitimising,criminalising
failed state	concept=government	label=failed state	valence=-0.6	tags=delegitimising
cabal	concept=government	label=clique	valence=-0.8	tags=delegitimising,dysphemism
clique	concept=government	label=clique	valence=-0.7	tags=delegitimising,dysphemism
ruling clique	concept=government	label=clique	valence=-0.8	tags=delegitimising,dysphemism
Zionist regime	concept=government	label=zionist regime	valence=-1.0	tags=delegitimising,dysphemism
Zionist entity	concept=government	label=zionist regime	valence=-1.0	tags=delegitimising,dysphemism

##############################################################################
# state-forces: a state's armed forces and security services
##############################################################################
# A state's armed forces and security services, named neutrally ("troops"), officially
# ("armed forces"), with praise ("heroic army") or as occupiers and invaders.

# --- Neutral and official
army	concept=state-forces	label=army	valence=0
military	concept=state-forces	label=army	valence=0
armed force	concept=state-forces	label=army	valence=0.1	tags=official
regular army	concept=state-forces	label=army	valence=0
army troop	concept=state-forces	label=army	valence=0
ground force	concept=state-forces	label=army	valence=0
air force	concept=state-forces	label=army	valence=0
navy	concept=state-forces	label=army	valence=0
marines	concept=state-forces	label=army	valence=0	inflect=none
infantry	concept=state-forces	label=army	valence=0
forces	concept=state-forces	label=troops	valence=0	inflect=none
troop	concept=state-forces	label=troops	valence=0
government force	concept=state-forces	label=government forces	valence=0
government troop	concept=state-forces	label=government forces	valence=0
government soldier	concept=state-forces	label=government forces	valence=0
state force	concept=state-forces	label=government forces	valence=0
soldier	concept=state-forces	label=soldiers	valence=0
serviceman	concept=state-forces	label=soldiers	valence=0.1
servicemen	concept=state-forces	label=soldiers	valence=0.1	inflect=none
service member	concept=state-forces	label=soldiers	valence=0.1
military personnel	concept=state-forces	label=soldiers	valence=0	inflect=none
conscript	concept=state-forces	label=soldiers	valence=0
reservist	concept=state-forces	label=soldiers	valence=0
security force	concept=state-forces	label=security forces	valence=0	tags=official
security personnel	concept=state-forces	label=security forces	valence=0	tags=official	inflect=none
security service	concept=state-forces	label=security forces	valence=0
law enforcement	concept=state-forces	label=security forces	valence=0.1	tags=euphemism	inflect=none
police	concept=state-forces	label=police	valence=0	inflect=none
police force	concept=state-forces	label=police	valence=0
riot police	concept=state-forces	label=police	valence=-0.1	inflect=none
military police	concept=state-forces	label=police	valence=0	inflect=none
gendarmerie	concept=state-forces	label=police	valence=0
border guard	concept=state-forces	label=police	valence=0
national guard	concept=state-forces	label=police	valence=0
secret police	concept=state-forces	label=secret police	valence=-0.5	tags=delegitimising	inflect=none
special force	concept=state-forces	label=special forces	valence=0
elite force	concept=state-forces	label=special forces	valence=0.1
elite unit	concept=state-forces	label=special forces	valence=0.1
commando	concept=state-forces	label=special forces	valence=0
paratrooper	concept=state-forces	label=special forces	valence=0
warplane	concept=state-forces	label=warplanes	valence=0
fighter jet	concept=state-forces	label=warplanes	valence=0
fighter plane	concept=state-forces	label=warplanes	valence=0
fighter aircraft	concept=state-forces	label=warplanes	valence=0	inflect=none
fighter-bomber	concept=state-forces	label=warplanes	valence=0
fighter pilot	concept=state-forces	label=warplanes	valence=0
combat aircraft	concept=state-forces	label=warplanes	valence=0	inflect=none
military aircraft	concept=state-forces	label=warplanes	valence=0	inflect=none
air power	concept=state-forces	label=warplanes	valence=0	inflect=none
coalition force	concept=state-forces	label=coalition forces	valence=0
allied force	concept=state-forces	label=coalition forces	valence=0.1
international force	concept=state-forces	label=coalition forces	valence=0
multinational force	concept=state-forces	label=coalition forces	valence=0

# --- Legitimising
national army	concept=state-forces	label=national army	valence=0.2	tags=legitimising
defence force	concept=state-forces	label=defence forces	valence=0.2	tags=official
defense force	concept=state-forces	label=defence forces	valence=0.2	tags=official
peacekeeper	concept=state-forces	label=peacekeepers	valence=0.4	tags=legitimising
peacekeeping force	concept=state-forces	label=peacekeepers	valence=0.4	tags=legitimising
peacekeeping troop	concept=state-forces	label=peacekeepers	valence=0.4	tags=legitimising
defender	concept=state-forces	label=defenders	valence=0.6	tags=legitimising
heroic army	concept=state-forces	label=heroes	valence=0.8	tags=legitimising
heroic soldier	concept=state-forces	label=heroes	valence=0.8	tags=legitimising
brave soldier	concept=state-forces	label=heroes	valence=0.7	tags=legitimising
valiant army	concept=state-forces	label=heroes	valence=0.8	tags=legitimising
valiant soldier	concept=state-forces	label=heroes	valence=0.8	tags=legitimising

# --- Delegitimising
loyalist force	concept=state-forces	label=loyalist forces	valence=-0.1
loyalist troop	concept=state-forces	label=loyalist forces	valence=-0.1
loyalists	concept=state-forces	label=loyalist forces	valence=-0.2	inflect=none
pro-government force	concept=state-forces	label=loyalist forces	valence=0
regime force	concept=state-forces	label=regime forces	valence=-0.6	tags=delegitimising
regime troop	concept=state-forces	label=regime forces	valence=-0.6	tags=delegitimising
regime army	concept=state-forces	label=regime forces	valence=-0.6	tags=delegitimising
regime soldier	concept=state-forces	label=regime forces	valence=-0.6	tags=delegitimising
regime militia	concept=state-forces	label=regime forces	valence=-0.7	tags=delegitimising
junta force	concept=state-forces	label=junta forces	valence=-0.6	tags=delegitimising
junta troop	concept=state-forces	label=junta forces	valence=-0.6	tags=delegitimising
junta soldier	concept=state-forces	label=junta forces	valence=-0.6	tags=delegitimising
puppet army	concept=state-forces	label=puppet forces	valence=-0.8	tags=delegitimising,foreign-agency
puppet force	concept=state-forces	label=puppet forces	valence=-0.8	tags=delegitimising,foreign-agency
puppet troop	concept=state-forces	label=puppet forces	valence=-0.8	tags=delegitimising,foreign-agency
occupier	concept=state-forces	label=occupiers	valence=-0.8	tags=delegitimising,occupation
occupying force	concept=state-forces	label=occupiers	valence=-0.8	tags=delegitimising,occupation
occupying army	concept=state-forces	label=occupiers	valence=-0.8	tags=delegitimising,occupation
occupying troop	concept=state-forces	label=occupiers	valence=-0.8	tags=delegitimising,occupation
occupation force	concept=state-forces	label=occupiers	valence=-0.8	tags=delegitimising,occupation
occupation army	concept=state-forces	label=occupiers	valence=-0.8	tags=delegitimising,occupation
occupation troop	concept=state-forces	label=occupiers	valence=-0.8	tags=delegitimising,occupation
colonial army	concept=state-forces	label=occupiers	valence=-0.8	tags=delegitimising,occupation
colonial force	concept=state-forces	label=occupiers	valence=-0.8	tags=delegitimising,occupation
invader	concept=state-forces	label=invaders	valence=-0.9	tags=delegitimising,occupation,dysphemism
invading force	concept=state-forces	label=invaders	valence=-0.8	tags=delegitimising,occupation
invading army	concept=state-forces	label=invaders	valence=-0.8	tags=delegitimising,occupation
invading troop	concept=state-forces	label=invaders	valence=-0.8	tags=delegitimising,occupation
invasion force	concept=state-forces	label=invaders	valence=-0.8	tags=delegitimising,occupation
aggressor	concept=state-forces	label=aggressors	valence=-0.8	tags=delegitimising
enemy	concept=state-forces	label=enemy	valence=-0.5	tags=delegitimising
enemy force	concept=state-forces	label=enemy	valence=-0.5	tags=delegitimising
enemy troop	concept=state-forces	label=enemy	valence=-0.5	tags=delegitimising
enemy soldier	concept=state-forces	label=enemy	valence=-0.5	tags=delegitimising
hostile force	concept=state-forces	label=enemy	valence=-0.5	tags=delegitimising
punisher	concept=state-forces	label=punitive forces	valence=-0.9	tags=delegitimising,dysphemism
punitive battalion	concept=state-forces	label=punitive forces	valence=-0.9	tags=delegitimising,dysphemism
punitive force	concept=state-forces	label=punitive forces	valence=-0.8	tags=delegitimising
war machine	concept=state-forces	label=war machine	valence=-0.7	tags=dysphemism
killing machine	concept=state-forces	label=war machine	valence=-0.9	tags=dysphemism,dehumanising,violence

##############################################################################
# military-action: acts of armed force and their names
##############################################################################
# Acts of armed force and how they are named: "operation" and "offensive", "airstrike" and
# "bombardment", "liberation" and "aggression", the euphemistic "neutralize" and the
# dehumanising "root out". Verbs use inflect=verb and match their regular forms; irregular
# forms are entries of their own.

# --- Offensives, operations, attacks
offensive	concept=military-action	label=offensive	valence=-0.2	tags=violence
military offensive	concept=military-action	label=offensive	valence=-0.2	tags=violence
ground offensive	concept=military-action	label=offensive	valence=-0.3	tags=violence
counteroffensive	concept=military-action	label=counteroffensive	valence=0
counter-offensive	concept=military-action	label=counteroffensive	valence=0
counterattack	concept=military-action	label=counteroffensive	valence=-0.1	inflect=verb
counter-attack	concept=military-action	label=counteroffensive	valence=-0.1	inflect=verb
military operation	concept=military-action	label=military operation	valence=0	tags=official
ground operation	concept=military-action	label=military operation	valence=-0.1
cross-border operation	concept=military-action	label=military operation	valence=-0.2
military campaign	concept=military-action	label=military operation	valence=-0.1
military action	concept=military-action	label=military operation	valence=-0.1	inflect=none
attack	concept=military-action	label=attack	valence=-0.4	tags=violence	inflect=verb
assault	concept=military-action	label=assault	valence=-0.5	tags=violence	inflect=verb
raid	concept=military-action	label=raid	valence=-0.3	tags=violence	inflect=verb
ambush	concept=military-action	label=ambush	valence=-0.4	tags=violence	inflect=verb
cross-border attack	concept=military-action	label=attack	valence=-0.5	tags=violence
cross-border raid	concept=military-action	label=raid	valence=-0.4	tags=violence
onslaught	concept=military-action	label=onslaught	valence=-0.7	tags=violence,dysphemism
blitz	concept=military-action	label=onslaught	valence=-0.6	tags=violence

# --- Strikes from the air, shelling, bombing
airstrike	concept=military-action	label=airstrike	valence=-0.3	tags=violence
air strike	concept=military-action	label=airstrike	valence=-0.3	tags=violence
air raid	concept=military-action	label=airstrike	valence=-0.4	tags=violence
drone strike	concept=military-action	label=airstrike	valence=-0.3	tags=violence
drone attack	concept=military-action	label=airstrike	valence=-0.4	tags=violence
missile strike	concept=military-action	label=airstrike	valence=-0.4	tags=violence
air campaign	concept=military-action	label=airstrike	valence=-0.3	tags=violence
aerial campaign	concept=military-action	label=airstrike	valence=-0.3	tags=violence
rocket attack	concept=military-action	label=rocket fire	valence=-0.5	tags=violence
rocket fire	concept=military-action	label=rocket fire	valence=-0.4	tags=violence	inflect=none
mortar fire	concept=military-action	label=rocket fire	valence=-0.4	tags=violence	inflect=none
artillery fire	concept=military-action	label=rocket fire	valence=-0.4	tags=violence	inflect=none
sniper fire	concept=military-action	label=rocket fire	valence=-0.5	tags=violence	inflect=none
gunfire	concept=military-action	label=rocket fire	valence=-0.4	tags=violence	inflect=none
crossfire	concept=military-action	label=rocket fire	valence=-0.3	tags=violence	inflect=none
bomb	concept=military-action	label=bombing	valence=-0.5	tags=violence	inflect=verb
bombing campaign	concept=military-action	label=bombing	valence=-0.5	tags=violence
bombing raid	concept=military-action	label=bombing	valence=-0.5	tags=violence
bombardment	concept=military-action	label=bombardment	valence=-0.5	tags=violence
aerial bombardment	concept=military-action	label=bombardment	valence=-0.5	tags=violence
bombard	concept=military-action	label=bombardment	valence=-0.6	tags=violence	inflect=verb
shelling	concept=military-action	label=bombardment	valence=-0.5	tags=violence	inflect=none
shelled	concept=military-action	label=bombardment	valence=-0.5	tags=violence	inflect=none
pounded	concept=military-action	label=bombardment	valence=-0.5	tags=violence	inflect=none
pounding	concept=military-action	label=bombardment	valence=-0.5	tags=violence
strafe	concept=military-action	label=bombardment	valence=-0.6	tags=violence	inflect=verb
indiscriminate bombing	concept=military-action	label=indiscriminate bombing	valence=-0.8	tags=violence
indiscriminate shelling	concept=military-action	label=indiscriminate bombing	valence=-0.8	tags=violence	inflect=none
indiscriminate attack	concept=military-action	label=indiscriminate bombing	valence=-0.8	tags=violence
indiscriminate bombardment	concept=military-action	label=indiscriminate bombing	valence=-0.8	tags=violence
carpet bombing	concept=military-action	label=indiscriminate bombing	valence=-0.9	tags=violence
barrel bomb	concept=military-action	label=indiscriminate bombing	valence=-0.9	tags=violence
scorched earth	concept=military-action	label=scorched earth	valence=-0.9	tags=violence	inflect=none
scorched-earth	concept=military-action	label=scorched earth	valence=-0.9	tags=violence	inflect=none
chemical attack	concept=military-action	label=chemical attack	valence=-0.9	tags=violence
gas attack	concept=military-action	label=chemical attack	valence=-0.9	tags=violence

# --- Siege, invasion, occupation
siege	concept=military-action	label=siege	valence=-0.6	tags=violence
besiege	concept=military-action	label=siege	valence=-0.6	tags=violence	inflect=verb
starvation siege	concept=military-action	label=siege	valence=-0.9	tags=violence
blockade	concept=military-action	label=blockade	valence=-0.5	inflect=verb
encircle	concept=military-action	label=encirclement	valence=-0.1	inflect=verb
encirclement	concept=military-action	label=encirclement	valence=-0.2
invasion	concept=military-action	label=invasion	valence=-0.7	tags=occupation,delegitimising
full-scale invasion	concept=military-action	label=invasion	valence=-0.8	tags=occupation,delegitimising
ground invasion	concept=military-action	label=invasion	valence=-0.7	tags=occupation
invade	concept=military-action	label=invasion	valence=-0.7	tags=occupation,delegitimising	inflect=verb
incursion	concept=military-action	label=incursion	valence=-0.5	tags=occupation
military incursion	concept=military-action	label=incursion	valence=-0.5	tags=occupation
intervention	concept=military-action	label=intervention	valence=-0.1
military intervention	concept=military-action	label=intervention	valence=-0.2
foreign intervention	concept=military-action	label=foreign intervention	valence=-0.5	tags=foreign-agency
regime change	concept=military-action	label=regime change	valence=-0.5	tags=foreign-agency
occupation	concept=military-action	label=occupation	valence=-0.7	tags=occupation,delegitimising
military occupation	concept=military-action	label=occupation	valence=-0.8	tags=occupation,delegitimising
illegal occupation	concept=military-action	label=occupation	valence=-0.9	tags=occupation,delegitimising,criminalising
occupy	concept=military-action	label=occupation	valence=-0.6	tags=occupation	inflect=verb
annexation	concept=military-action	label=annexation	valence=-0.7	tags=occupation,delegitimising
annex	concept=military-action	label=annexation	valence=-0.7	tags=occupation,delegitimising	inflect=verb
land grab	concept=military-action	label=annexation	valence=-0.7	tags=occupation,dysphemism
aggression	concept=military-action	label=aggression	valence=-0.9	tags=delegitimising
military aggression	concept=military-action	label=aggression	valence=-0.9	tags=delegitimising
armed aggression	concept=military-action	label=aggression	valence=-0.9	tags=delegitimising
act of aggression	concept=military-action	label=aggression	valence=-0.9	tags=delegitimising	inflect=none
acts of aggression	concept=military-action	label=aggression	valence=-0.9	tags=delegitimising	inflect=none
war of aggression	concept=military-action	label=aggression	valence=-1.0	tags=delegitimising,criminalising	inflect=none
unprovoked aggression	concept=military-action	label=aggression	valence=-1.0	tags=delegitimising
unprovoked attack	concept=military-action	label=aggression	valence=-0.9	tags=delegitimising,violence
provocation	concept=military-action	label=provocation	valence=-0.6	tags=delegitimising

# --- Terrorism, massacre, atrocity
terror attack	concept=military-action	label=terrorist attack	valence=-0.9	tags=violence,delegitimising
terrorist attack	concept=military-action	label=terrorist attack	valence=-0.9	tags=violence,delegitimising
terrorist act	concept=military-action	label=terrorist attack	valence=-0.9	tags=violence,delegitimising
act of terrorism	concept=military-action	label=terrorist attack	valence=-0.9	tags=violence,delegitimising	inflect=none
acts of terrorism	concept=military-action	label=terrorist attack	valence=-0.9	tags=violence,delegitimising	inflect=none
act of terror	concept=military-action	label=terrorist attack	valence=-0.9	tags=violence,delegitimising	inflect=none
terror campaign	concept=military-action	label=terrorist attack	valence=-0.9	tags=violence,delegitimising
campaign of terror	concept=military-action	label=terrorist attack	valence=-1.0	tags=violence,delegitimising	inflect=none
reign of terror	concept=military-action	label=terrorist attack	valence=-1.0	tags=violence,delegitimising	inflect=none
suicide bombing	concept=military-action	label=suicide bombing	valence=-0.9	tags=violence
suicide attack	concept=military-action	label=suicide bombing	valence=-0.9	tags=violence
car bomb	concept=military-action	label=suicide bombing	valence=-0.8	tags=violence
martyrdom operation	concept=military-action	label=martyrdom operation	valence=0.4	tags=religious,legitimising,euphemism
massacre	concept=military-action	label=massacre	valence=-1.0	tags=violence	inflect=verb
slaughter	concept=military-action	label=massacre	valence=-1.0	tags=violence,dysphemism	inflect=verb
butcher	concept=military-action	label=massacre	valence=-1.0	tags=violence,dysphemism	inflect=verb
bloodbath	concept=military-action	label=massacre	valence=-1.0	tags=violence,dysphemism
carnage	concept=military-action	label=massacre	valence=-0.9	tags=violence
mass killing	concept=military-action	label=massacre	valence=-0.9	tags=violence
killing spree	concept=military-action	label=massacre	valence=-0.9	tags=violence
rampage	concept=military-action	label=massacre	valence=-0.8	tags=violence,dysphemism	inflect=verb
atrocity	concept=military-action	label=atrocity	valence=-1.0	tags=violence,criminalising
war crime	concept=military-action	label=war crimes	valence=-1.0	tags=violence,criminalising
crimes against humanity	concept=military-action	label=war crimes	valence=-1.0	tags=violence,criminalising	inflect=none
crime against humanity	concept=military-action	label=war crimes	valence=-1.0	tags=violence,criminalising	inflect=none
genocide	concept=military-action	label=genocide	valence=-1.0	tags=violence,criminalising
ethnic cleansing	concept=military-action	label=genocide	valence=-1.0	tags=violence,criminalising	inflect=none
extermination	concept=military-action	label=genocide	valence=-1.0	tags=violence,dehumanising
exterminate	concept=military-action	label=genocide	valence=-1.0	tags=violence,dehumanising	inflect=verb
collective punishment	concept=military-action	label=collective punishment	valence=-0.9	tags=violence,criminalising
extrajudicial killing	concept=military-action	label=extrajudicial killing	valence=-0.9	tags=violence,criminalising
extrajudicial execution	concept=military-action	label=extrajudicial killing	valence=-0.9	tags=violence,criminalising
summary execution	concept=military-action	label=extrajudicial killing	valence=-0.9	tags=violence,criminalising
torture	concept=military-action	label=torture	valence=-0.9	tags=violence,criminalising	inflect=verb
forced displacement	concept=military-action	label=forced displacement	valence=-0.7	tags=violence,victimising	inflect=none
deportation	concept=military-action	label=forced displacement	valence=-0.6
population transfer	concept=military-action	label=forced displacement	valence=-0.5	tags=euphemism

# --- Killing and destroying
kill	concept=military-action	label=kill	valence=-0.6	tags=violence	inflect=verb
murder	concept=military-action	label=murder	valence=-0.9	tags=violence,criminalising	inflect=verb
assassinate	concept=military-action	label=assassination	valence=-0.7	tags=violence	inflect=verb
assassination	concept=military-action	label=assassination	valence=-0.7	tags=violence
behead	concept=military-action	label=beheading	valence=-1.0	tags=violence	inflect=verb
destroy	concept=military-action	label=destroy	valence=-0.6	tags=violence	inflect=verb
crush	concept=military-action	label=destroy	valence=-0.6	tags=violence	inflect=verb
annihilate	concept=military-action	label=annihilate	valence=-0.9	tags=violence	inflect=verb
annihilation	concept=military-action	label=annihilate	valence=-0.9	tags=violence
obliterate	concept=military-action	label=annihilate	valence=-0.9	tags=violence	inflect=verb
decimate	concept=military-action	label=annihilate	valence=-0.8	tags=violence	inflect=verb
raze	concept=military-action	label=annihilate	valence=-0.9	tags=violence	inflect=verb
wipe out	concept=military-action	label=annihilate	valence=-0.8	tags=violence	inflect=verb
wage war	concept=military-action	label=wage war	valence=-0.4	tags=violence	inflect=verb
rain death	concept=military-action	label=rain death	valence=-0.9	tags=violence,dysphemism	inflect=verb
raining death	concept=military-action	label=rain death	valence=-0.9	tags=violence,dysphemism	inflect=none
wreak havoc	concept=military-action	label=wreak havoc	valence=-0.7	tags=violence,dysphemism	inflect=verb
wrought havoc	concept=military-action	label=wreak havoc	valence=-0.7	tags=violence,dysphemism	inflect=none
sow terror	concept=military-action	label=sow terror	valence=-0.8	tags=violence	inflect=verb
terrorize	concept=military-action	label=terrorize	valence=-0.8	tags=violence,delegitimising	inflect=verb
terrorise	concept=military-action	label=terrorize	valence=-0.8	tags=violence,delegitimising	inflect=verb

# --- Dehumanising verbs (pest control, hygiene)
root out	concept=military-action	label=root out	valence=-0.5	tags=dehumanising	inflect=verb
stamp out	concept=military-action	label=root out	valence=-0.5	tags=dehumanising	inflect=verb
flush out	concept=military-action	label=root out	valence=-0.5	tags=dehumanising	inflect=verb
smoke out	concept=military-action	label=root out	valence=-0.5	tags=dehumanising	inflect=verb
weed out	concept=military-action	label=root out	valence=-0.5	tags=dehumanising	inflect=verb
hunt down	concept=military-action	label=root out	valence=-0.6	tags=dehumanising	inflect=verb
mop up	concept=military-action	label=mop up	valence=-0.4	tags=dehumanising,euphemism	inflect=verb
mopping-up operation	concept=military-action	label=mop up	valence=-0.4	tags=dehumanising,euphemism
eradicate	concept=military-action	label=eradicate	valence=-0.6	tags=dehumanising	inflect=verb
eradication	concept=military-action	label=eradicate	valence=-0.6	tags=dehumanising
cleanse	concept=military-action	label=cleanse	valence=-0.9	tags=dehumanising,violence	inflect=verb
purge	concept=military-action	label=cleanse	valence=-0.6	tags=violence	inflect=verb

# --- Euphemisms
neutralize	concept=military-action	label=neutralize	valence=-0.3	tags=euphemism	inflect=verb
neutralise	concept=military-action	label=neutralize	valence=-0.3	tags=euphemism	inflect=verb
eliminate	concept=military-action	label=eliminate	valence=-0.4	tags=euphemism	inflect=verb
elimination	concept=military-action	label=eliminate	valence=-0.4	tags=euphemism
liquidate	concept=military-action	label=liquidate	valence=-0.7	tags=dysphemism,violence	inflect=verb
liquidation	concept=military-action	label=liquidate	valence=-0.7	tags=dysphemism,violence
pacify	concept=military-action	label=pacification	valence=-0.1	tags=euphemism	inflect=verb
pacification	concept=military-action	label=pacification	valence=-0.1	tags=euphemism
targeted killing	concept=military-action	label=targeted killing	valence=-0.4	tags=euphemism
targeted strike	concept=military-action	label=precision strike	valence=0	tags=euphemism
surgical strike	concept=military-action	label=precision strike	valence=0.1	tags=euphemism
precision strike	concept=military-action	label=precision strike	valence=0.1	tags=euphemism
pinpoint strike	concept=military-action	label=precision strike	valence=0.1	tags=euphemism
high-precision strike	concept=military-action	label=precision strike	valence=0.1	tags=euphemism
pre-emptive strike	concept=military-action	label=pre-emptive strike	valence=0.1	tags=euphemism,legitimising
preemptive strike	concept=military-action	label=pre-emptive strike	valence=0.1	tags=euphemism,legitimising
special military operation	concept=military-action	label=special military operation	valence=0.2	tags=euphemism,official
security operation	concept=military-action	label=security operation	valence=0.1	tags=euphemism
clearance operation	concept=military-action	label=security operation	valence=-0.2	tags=euphemism
clearing operation	concept=military-action	label=security operation	valence=-0.2	tags=euphemism
police action	concept=military-action	label=security operation	valence=0.1	tags=euphemism
peace enforcement	concept=military-action	label=peace enforcement	valence=0.2	tags=euphemism,legitimising	inflect=none
stabilization operation	concept=military-action	label=peace enforcement	valence=0.1	tags=euphemism
stabilisation operation	concept=military-action	label=peace enforcement	valence=0.1	tags=euphemism
humanitarian intervention	concept=military-action	label=humanitarian intervention	valence=0.4	tags=euphemism,legitimising
humanitarian operation	concept=military-action	label=humanitarian intervention	valence=0.3	tags=euphemism,legitimising
denazification	concept=military-action	label=denazification	valence=0.3	tags=euphemism,legitimising
demilitarization	concept=military-action	label=denazification	valence=0.1	tags=euphemism
demilitarisation	concept=military-action	label=denazification	valence=0.1	tags=euphemism

# --- Counter-terrorism (legitimising)
counter-terrorism operation	concept=military-action	label=counter-terrorism operation	valence=0.3	tags=legitimising,euphemism
counterterrorism operation	concept=military-action	label=counter-terrorism operation	valence=0.3	tags=legitimising,euphemism
counter-terrorist operation	concept=military-action	label=counter-terrorism operation	valence=0.3	tags=legitimising,euphemism
anti-terrorist operation	concept=military-action	label=counter-terrorism operation	valence=0.3	tags=legitimising,euphemism
anti-terror operation	concept=military-action	label=counter-terrorism operation	valence=0.3	tags=legitimising,euphemism
counter-terrorism campaign	concept=military-action	label=counter-terrorism operation	valence=0.3	tags=legitimising,euphemism
anti-terror campaign	concept=military-action	label=counter-terrorism operation	valence=0.3	tags=legitimising,euphemism
anti-terrorist campaign	concept=military-action	label=counter-terrorism operation	valence=0.3	tags=legitimising,euphemism
war on terror	concept=military-action	label=war on terror	valence=0.3	tags=legitimising	inflect=none
war on terrorism	concept=military-action	label=war on terror	valence=0.3	tags=legitimising	inflect=none
fight against terrorism	concept=military-action	label=war on terror	valence=0.4	tags=legitimising	inflect=none
battle against terrorism	concept=military-action	label=war on terror	valence=0.4	tags=legitimising	inflect=none
counterinsurgency	concept=military-action	label=counterinsurgency	valence=0	tags=official
counter-insurgency	concept=military-action	label=counterinsurgency	valence=0	tags=official

# --- Crackdown and repression
crackdown	concept=military-action	label=crackdown	valence=-0.6	tags=violence
brutal crackdown	concept=military-action	label=crackdown	valence=-0.9	tags=violence
bloody crackdown	concept=military-action	label=crackdown	valence=-0.9	tags=violence
repression	concept=military-action	label=repression	valence=-0.7	tags=violence,delegitimising
brutal repression	concept=military-action	label=repression	valence=-0.9	tags=violence,delegitimising
violent repression	concept=military-action	label=repression	valence=-0.9	tags=violence,delegitimising

# --- Liberation, recapture, self-defence
liberation	concept=military-action	label=liberation	valence=0.8	tags=liberation,legitimising
liberate	concept=military-action	label=liberation	valence=0.7	tags=liberation,legitimising	inflect=verb
liberation operation	concept=military-action	label=liberation	valence=0.7	tags=liberation,legitimising
war of liberation	concept=military-action	label=liberation	valence=0.7	tags=liberation,legitimising	inflect=none
liberation war	concept=military-action	label=liberation	valence=0.7	tags=liberation,legitimising
reclaim	concept=military-action	label=reclaim	valence=0.2	tags=legitimising	inflect=verb
recapture	concept=military-action	label=reclaim	valence=0.1	inflect=verb
retake	concept=military-action	label=reclaim	valence=0.1	inflect=verb
retook	concept=military-action	label=reclaim	valence=0.1	inflect=none
retaken	concept=military-action	label=reclaim	valence=0.1	inflect=none
regain control	concept=military-action	label=reclaim	valence=0.2	tags=legitimising	inflect=verb
restore order	concept=military-action	label=restore order	valence=0.4	tags=legitimising,euphemism	inflect=verb
restore constitutional order	concept=military-action	label=restore order	valence=0.5	tags=legitimising,euphemism	inflect=verb
seize	concept=military-action	label=seize	valence=-0.3	inflect=verb
capture	concept=military-action	label=seize	valence=-0.1	inflect=verb
overrun	concept=military-action	label=seize	valence=-0.4	tags=violence	inflect=none
stormed	concept=military-action	label=seize	valence=-0.4	tags=violence	inflect=none
self-defense	concept=military-action	label=self-defence	valence=0.5	tags=legitimising	inflect=none
self-defence	concept=military-action	label=self-defence	valence=0.5	tags=legitimising	inflect=none
retaliation	concept=military-action	label=retaliation	valence=-0.2
retaliatory strike	concept=military-action	label=retaliation	valence=-0.2
reprisal	concept=military-action	label=reprisal	valence=-0.5	tags=violence
reprisal attack	concept=military-action	label=reprisal	valence=-0.6	tags=violence
punitive operation	concept=military-action	label=reprisal	valence=-0.6	tags=violence
punitive expedition	concept=military-action	label=reprisal	valence=-0.6	tags=violence
heroic operation	concept=military-action	label=heroic operation	valence=0.7	tags=legitimising
resistance operation	concept=military-action	label=heroic operation	valence=0.5	tags=legitimising
sabotage	concept=military-action	label=sabotage	valence=-0.6	tags=criminalising	inflect=verb

# --- Fighting and escalation (near neutral)
fighting	concept=military-action	label=fighting	valence=-0.3	tags=violence	inflect=none
clash	concept=military-action	label=clashes	valence=-0.3	tags=violence	inflect=verb
hostilities	concept=military-action	label=clashes	valence=-0.3	tags=official	inflect=none
firefight	concept=military-action	label=clashes	valence=-0.4	tags=violence
skirmish	concept=military-action	label=clashes	valence=-0.3	tags=violence
gun battle	concept=military-action	label=clashes	valence=-0.4	tags=violence
battle	concept=military-action	label=battle	valence=-0.4	tags=violence	inflect=verb
combat	concept=military-action	label=battle	valence=-0.3	tags=violence	inflect=verb
escalation	concept=military-action	label=escalation	valence=-0.4
escalate	concept=military-action	label=escalation	valence=-0.3	inflect=verb
de-escalation	concept=military-action	label=de-escalation	valence=0.3

##############################################################################
# strongholds: places held by an armed group, and zones
##############################################################################
# Places held by an armed group, named neutrally ("territory", "enclave"), as fortresses
# ("stronghold", "bastion"), as criminal ("hideout") or animal ("nest", "den", "lair") refuges.

# --- Neutral
territory	concept=strongholds	label=territory	valence=0
enclave	concept=strongholds	label=enclave	valence=-0.1
rebel enclave	concept=strongholds	label=enclave	valence=-0.1
pocket	concept=strongholds	label=enclave	valence=-0.2
rebel pocket	concept=strongholds	label=enclave	valence=-0.2
frontline	concept=strongholds	label=frontline	valence=0
front line	concept=strongholds	label=frontline	valence=0
rebel-held territory	concept=strongholds	label=rebel-held territory	valence=-0.1
rebel-held area	concept=strongholds	label=rebel-held territory	valence=-0.1
rebel-held	concept=strongholds	label=rebel-held territory	valence=-0.1	inflect=none
rebel-controlled	concept=strongholds	label=rebel-held territory	valence=-0.1	inflect=none
opposition-held	concept=strongholds	label=rebel-held territory	valence=0	inflect=none
opposition-controlled	concept=strongholds	label=rebel-held territory	valence=0	inflect=none
militant-held	concept=strongholds	label=militant-held territory	valence=-0.3	tags=delegitimising	inflect=none
terrorist-held	concept=strongholds	label=terrorist-held territory	valence=-0.8	tags=delegitimising	inflect=none
terrorist-controlled	concept=strongholds	label=terrorist-held territory	valence=-0.8	tags=delegitimising	inflect=none

# --- Strongholds and bastions
stronghold	concept=strongholds	label=stronghold	valence=-0.2
rebel stronghold	concept=strongholds	label=stronghold	valence=-0.2
militant stronghold	concept=strongholds	label=stronghold	valence=-0.4	tags=delegitimising
terrorist stronghold	concept=strongholds	label=stronghold	valence=-0.8	tags=delegitimising
jihadist stronghold	concept=strongholds	label=stronghold	valence=-0.6	tags=religious
bastion	concept=strongholds	label=stronghold	valence=-0.2
rebel bastion	concept=strongholds	label=stronghold	valence=-0.2
redoubt	concept=strongholds	label=stronghold	valence=-0.1
holdout	concept=strongholds	label=stronghold	valence=-0.2

# --- Hideouts, dens, nests
hideout	concept=strongholds	label=hideout	valence=-0.5	tags=criminalising
terrorist hideout	concept=strongholds	label=hideout	valence=-0.8	tags=delegitimising,criminalising
militant hideout	concept=strongholds	label=hideout	valence=-0.5	tags=criminalising
hiding place	concept=strongholds	label=hideout	valence=-0.4	tags=criminalising
den	concept=strongholds	label=den	valence=-0.7	tags=dehumanising
terrorist den	concept=strongholds	label=den	valence=-0.9	tags=dehumanising,delegitimising
lair	concept=strongholds	label=den	valence=-0.8	tags=dehumanising
nest	concept=strongholds	label=nest	valence=-0.8	tags=dehumanising
terrorist nest	concept=strongholds	label=nest	valence=-1.0	tags=dehumanising,delegitimising
terrorists' nest	concept=strongholds	label=nest	valence=-1.0	tags=dehumanising,delegitimising
terror nest	concept=strongholds	label=nest	valence=-1.0	tags=dehumanising,delegitimising
breeding ground	concept=strongholds	label=breeding ground	valence=-0.7	tags=dehumanising
hotbed	concept=strongholds	label=breeding ground	valence=-0.6	tags=dehumanising
safe haven	concept=strongholds	label=safe haven	valence=-0.5	tags=delegitimising
terrorist safe haven	concept=strongholds	label=safe haven	valence=-0.8	tags=delegitimising
terrorist haven	concept=strongholds	label=safe haven	valence=-0.8	tags=delegitimising
haven	concept=strongholds	label=safe haven	valence=-0.4
sanctuary	concept=strongholds	label=safe haven	valence=-0.2
terrorist base	concept=strongholds	label=terrorist base	valence=-0.8	tags=delegitimising
militant base	concept=strongholds	label=terrorist base	valence=-0.5	tags=delegitimising
rebel base	concept=strongholds	label=terrorist base	valence=-0.2
terrorist training camp	concept=strongholds	label=terrorist base	valence=-0.8	tags=delegitimising
terrorist infrastructure	concept=strongholds	label=terrorist infrastructure	valence=-0.8	tags=delegitimising,euphemism	inflect=none

# --- Occupied and liberated land, zones
occupied territory	concept=strongholds	label=occupied territory	valence=-0.6	tags=occupation
occupied area	concept=strongholds	label=occupied territory	valence=-0.6	tags=occupation
occupied land	concept=strongholds	label=occupied territory	valence=-0.6	tags=occupation
liberated territory	concept=strongholds	label=liberated territory	valence=0.6	tags=liberation
liberated area	concept=strongholds	label=liberated territory	valence=0.6	tags=liberation
liberated town	concept=strongholds	label=liberated territory	valence=0.6	tags=liberation
besieged area	concept=strongholds	label=besieged area	valence=-0.3	tags=victimising
besieged city	concept=strongholds	label=besieged area	valence=-0.3	tags=victimising
besieged town	concept=strongholds	label=besieged area	valence=-0.3	tags=victimising
no-go area	concept=strongholds	label=no-go area	valence=-0.4
no-go zone	concept=strongholds	label=no-go area	valence=-0.4
de-escalation zone	concept=strongholds	label=de-escalation zone	valence=0.1	tags=official
demilitarized zone	concept=strongholds	label=de-escalation zone	valence=0	tags=official
demilitarised zone	concept=strongholds	label=de-escalation zone	valence=0	tags=official
buffer zone	concept=strongholds	label=buffer zone	valence=0
safe zone	concept=strongholds	label=safe zone	valence=0.2	tags=euphemism
security zone	concept=strongholds	label=safe zone	valence=0.1	tags=euphemism
no-fly zone	concept=strongholds	label=no-fly zone	valence=0

##############################################################################
# militancy: the conflict and political violence as a phenomenon
##############################################################################
# The conflict itself and the violence of non-state actors as a phenomenon: "terrorism" and
# "insurgency", "uprising" and "revolution", "civil war", "conflict" and "crisis".

# --- Terrorism and extremism
terrorism	concept=militancy	label=terrorism	valence=-0.9	tags=delegitimising
terror	concept=militancy	label=terrorism	valence=-0.8	tags=delegitimising	inflect=none
international terrorism	concept=militancy	label=terrorism	valence=-0.9	tags=delegitimising	inflect=none
terrorist threat	concept=militancy	label=terrorism	valence=-0.8	tags=delegitimising
terror threat	concept=militancy	label=terrorism	valence=-0.8	tags=delegitimising
terrorist activity	concept=militancy	label=terrorism	valence=-0.8	tags=delegitimising
foreign-backed terrorism	concept=militancy	label=foreign-backed militancy	valence=-1.0	tags=delegitimising,foreign-agency
foreign-sponsored terrorism	concept=militancy	label=foreign-backed militancy	valence=-1.0	tags=delegitimising,foreign-agency
foreign-backed militancy	concept=militancy	label=foreign-backed militancy	valence=-0.8	tags=delegitimising,foreign-agency
foreign-sponsored militancy	concept=militancy	label=foreign-backed militancy	valence=-0.8	tags=delegitimising,foreign-agency
state-sponsored terrorism	concept=militancy	label=state terrorism	valence=-1.0	tags=delegitimising,foreign-agency,criminalising
state terrorism	concept=militancy	label=state terrorism	valence=-1.0	tags=delegitimising,criminalising
narco-terrorism	concept=militancy	label=terrorism	valence=-1.0	tags=delegitimising,criminalising
militancy	concept=militancy	label=militancy	valence=-0.5	tags=delegitimising
insurgency	concept=militancy	label=insurgency	valence=-0.3
armed insurgency	concept=militancy	label=insurgency	valence=-0.4
Islamist insurgency	concept=militancy	label=insurgency	valence=-0.5	tags=religious
jihadist insurgency	concept=militancy	label=insurgency	valence=-0.6	tags=religious
extremism	concept=militancy	label=extremism	valence=-0.7	tags=delegitimising
violent extremism	concept=militancy	label=extremism	valence=-0.8	tags=delegitimising
radicalism	concept=militancy	label=extremism	valence=-0.6	tags=delegitimising
radicalization	concept=militancy	label=extremism	valence=-0.5
radicalisation	concept=militancy	label=extremism	valence=-0.5
Islamist extremism	concept=militancy	label=islamist extremism	valence=-0.8	tags=religious,delegitimising
Islamic extremism	concept=militancy	label=islamist extremism	valence=-0.8	tags=religious,delegitimising
Islamic terrorism	concept=militancy	label=islamist extremism	valence=-0.9	tags=religious,delegitimising
Islamist terrorism	concept=militancy	label=islamist extremism	valence=-0.9	tags=religious,delegitimising
radical Islam	concept=militancy	label=islamist extremism	valence=-0.7	tags=religious,delegitimising
jihadism	concept=militancy	label=jihadism	valence=-0.6	tags=religious
Islamism	concept=militancy	label=jihadism	valence=-0.4	tags=religious
jihad	concept=militancy	label=jihadism	valence=-0.3	tags=religious
holy war	concept=militancy	label=jihadism	valence=-0.5	tags=religious
Takfirism	concept=militancy	label=takfiri	valence=-0.9	tags=sectarian,delegitimising
Wahhabism	concept=militancy	label=wahhabi	valence=-0.7	tags=sectarian,delegitimising
separatism	concept=militancy	label=separatism	valence=-0.5	tags=delegitimising
secessionism	concept=militancy	label=separatism	valence=-0.4	tags=delegitimising

# --- Uprising, revolution, resistance
uprising	concept=militancy	label=uprising	valence=0.3	tags=legitimising
popular uprising	concept=militancy	label=uprising	valence=0.5	tags=legitimising
popular revolt	concept=militancy	label=uprising	valence=0.4	tags=legitimising
revolt	concept=militancy	label=uprising	valence=0.1
intifada	concept=militancy	label=uprising	valence=0.3	tags=legitimising
revolution	concept=militancy	label=revolution	valence=0.5	tags=legitimising
popular revolution	concept=militancy	label=revolution	valence=0.6	tags=legitimising
rebellion	concept=militancy	label=rebellion	valence=0
armed rebellion	concept=militancy	label=rebellion	valence=-0.2
insurrection	concept=militancy	label=insurrection	valence=-0.5	tags=delegitimising
mutiny	concept=militancy	label=insurrection	valence=-0.4	tags=delegitimising
sedition	concept=militancy	label=insurrection	valence=-0.7	tags=criminalising
coup	concept=militancy	label=coup	valence=-0.6	tags=delegitimising
military coup	concept=militancy	label=coup	valence=-0.6	tags=delegitimising
coup attempt	concept=militancy	label=coup	valence=-0.6	tags=delegitimising
putsch	concept=militancy	label=coup	valence=-0.7	tags=delegitimising
armed struggle	concept=militancy	label=armed struggle	valence=0.3	tags=legitimising
liberation struggle	concept=militancy	label=armed struggle	valence=0.7	tags=legitimising,liberation
national liberation struggle	concept=militancy	label=armed struggle	valence=0.8	tags=legitimising,liberation
struggle for independence	concept=militancy	label=armed struggle	valence=0.6	tags=legitimising	inflect=none
armed resistance	concept=militancy	label=armed resistance	valence=0.4	tags=legitimising
popular resistance	concept=militancy	label=armed resistance	valence=0.5	tags=legitimising

# --- Foreign hands
foreign interference	concept=militancy	label=foreign interference	valence=-0.6	tags=foreign-agency
foreign meddling	concept=militancy	label=foreign interference	valence=-0.7	tags=foreign-agency,dysphemism
destabilization	concept=militancy	label=foreign interference	valence=-0.5	tags=foreign-agency
destabilisation	concept=militancy	label=foreign interference	valence=-0.5	tags=foreign-agency
colour revolution	concept=militancy	label=colour revolution	valence=-0.7	tags=foreign-agency,delegitimising
color revolution	concept=militancy	label=colour revolution	valence=-0.7	tags=foreign-agency,delegitimising
proxy war	concept=militancy	label=proxy war	valence=-0.5	tags=foreign-agency
hybrid war	concept=militancy	label=proxy war	valence=-0.6	tags=foreign-agency
hybrid warfare	concept=militancy	label=proxy war	valence=-0.6	tags=foreign-agency	inflect=none

# --- War, conflict, crisis
war	concept=militancy	label=war	valence=-0.4	tags=violence
civil war	concept=militancy	label=civil war	valence=-0.4	tags=violence
armed conflict	concept=militancy	label=conflict	valence=-0.3	tags=official
conflict	concept=militancy	label=conflict	valence=-0.2
war of attrition	concept=militancy	label=war	valence=-0.4	tags=violence	inflect=none
sectarian conflict	concept=militancy	label=sectarian conflict	valence=-0.6	tags=sectarian
sectarian violence	concept=militancy	label=sectarian conflict	valence=-0.7	tags=sectarian,violence	inflect=none
sectarian strife	concept=militancy	label=sectarian conflict	valence=-0.6	tags=sectarian	inflect=none
religious war	concept=militancy	label=sectarian conflict	valence=-0.6	tags=religious
ethnic conflict	concept=militancy	label=ethnic conflict	valence=-0.5
ethnic violence	concept=militancy	label=ethnic conflict	valence=-0.7	tags=violence	inflect=none
violence	concept=militancy	label=violence	valence=-0.6	tags=violence	inflect=none
political violence	concept=militancy	label=violence	valence=-0.6	tags=violence	inflect=none
bloodshed	concept=militancy	label=violence	valence=-0.8	tags=violence	inflect=none
crisis	concept=militancy	label=crisis	valence=-0.3
humanitarian crisis	concept=militancy	label=humanitarian crisis	valence=-0.5	tags=victimising
humanitarian catastrophe	concept=militancy	label=humanitarian crisis	valence=-0.8	tags=victimising
humanitarian disaster	concept=militancy	label=humanitarian crisis	valence=-0.8	tags=victimising
unrest	concept=militancy	label=unrest	valence=-0.3	tags=euphemism	inflect=none
turmoil	concept=militancy	label=unrest	valence=-0.4	inflect=none
instability	concept=militancy	label=unrest	valence=-0.4
chaos	concept=militancy	label=chaos	valence=-0.6	inflect=none
anarchy	concept=militancy	label=chaos	valence=-0.7	inflect=none
lawlessness	concept=militancy	label=chaos	valence=-0.7	tags=criminalising	inflect=none

##############################################################################
# civilians: people not taking part in the fighting
##############################################################################
# People not taking part in the fighting: "civilians", "population", "refugees"; their
# framing as victims ("innocent civilians"), as instruments ("human shields") or as a mass
# ("migrant wave").

# --- Neutral
civilian	concept=civilians	label=civilians	valence=0
civilian population	concept=civilians	label=civilians	valence=0
population	concept=civilians	label=civilians	valence=0
local population	concept=civilians	label=civilians	valence=0
resident	concept=civilians	label=civilians	valence=0
local resident	concept=civilians	label=civilians	valence=0
inhabitant	concept=civilians	label=civilians	valence=0
non-combatant	concept=civilians	label=civilians	valence=0
noncombatant	concept=civilians	label=civilians	valence=0
bystander	concept=civilians	label=civilians	valence=0
civilian area	concept=civilians	label=civilian areas	valence=0
civilian neighborhood	concept=civilians	label=civilian areas	valence=0	tags=victimising
civilian neighbourhood	concept=civilians	label=civilian areas	valence=0	tags=victimising
civilian district	concept=civilians	label=civilian areas	valence=0	tags=victimising
residential area	concept=civilians	label=civilian areas	valence=0
residential neighborhood	concept=civilians	label=civilian areas	valence=0
residential neighbourhood	concept=civilians	label=civilian areas	valence=0

# --- Victims
innocent civilian	concept=civilians	label=innocent civilians	valence=0.3	tags=victimising
unarmed civilian	concept=civilians	label=innocent civilians	valence=0.2	tags=victimising
defenseless civilian	concept=civilians	label=innocent civilians	valence=0.2	tags=victimising
defenceless civilian	concept=civilians	label=innocent civilians	valence=0.2	tags=victimising
innocent bystander	concept=civilians	label=innocent civilians	valence=0.2	tags=victimising
innocent people	concept=civilians	label=innocent civilians	valence=0.3	tags=victimising	inflect=none
besieged civilian	concept=civilians	label=besieged civilians	valence=0.1	tags=victimising
trapped civilian	concept=civilians	label=besieged civilians	valence=0.1	tags=victimising
women and children	concept=civilians	label=women and children	valence=0.1	tags=victimising	inflect=none
victim	concept=civilians	label=victims	valence=-0.2	tags=victimising
civilian victim	concept=civilians	label=victims	valence=-0.2	tags=victimising
civilian casualty	concept=civilians	label=civilian casualties	valence=-0.4	tags=victimising
civilian death	concept=civilians	label=civilian casualties	valence=-0.5	tags=victimising
survivor	concept=civilians	label=survivors	valence=0.1	tags=victimising
martyr	concept=civilians	label=martyrs	valence=0.6	tags=legitimising,religious,victimising
collateral damage	concept=civilians	label=collateral damage	valence=-0.3	tags=euphemism,dehumanising	inflect=none
human shield	concept=civilians	label=human shields	valence=-0.4	tags=victimising
hostage	concept=civilians	label=hostages	valence=-0.4	tags=victimising
captive	concept=civilians	label=hostages	valence=-0.3	tags=victimising
abductee	concept=civilians	label=hostages	valence=-0.3	tags=victimising

# --- Displaced people
refugee	concept=civilians	label=refugees	valence=0
displaced person	concept=civilians	label=displaced people	valence=0
displaced people	concept=civilians	label=displaced people	valence=0	tags=victimising
displaced civilian	concept=civilians	label=displaced people	valence=0	tags=victimising
displaced family	concept=civilians	label=displaced people	valence=0	tags=victimising
internally displaced person	concept=civilians	label=displaced people	valence=0	tags=official
internally displaced people	concept=civilians	label=displaced people	valence=0	tags=official	inflect=none
IDP	concept=civilians	label=displaced people	valence=0	tags=official
evacuee	concept=civilians	label=displaced people	valence=0
asylum seeker	concept=civilians	label=asylum seekers	valence=0
migrant	concept=civilians	label=migrants	valence=-0.1
illegal migrant	concept=civilians	label=illegal migrants	valence=-0.6	tags=criminalising
illegal immigrant	concept=civilians	label=illegal migrants	valence=-0.6	tags=criminalising
migrant wave	concept=civilians	label=migrant wave	valence=-0.5	tags=dehumanising
wave of refugees	concept=civilians	label=migrant wave	valence=-0.4	tags=dehumanising	inflect=none
wave of migrants	concept=civilians	label=migrant wave	valence=-0.4	tags=dehumanising	inflect=none
flood of refugees	concept=civilians	label=migrant wave	valence=-0.5	tags=dehumanising	inflect=none
flood of migrants	concept=civilians	label=migrant wave	valence=-0.5	tags=dehumanising	inflect=none
influx of refugees	concept=civilians	label=migrant wave	valence=-0.3	tags=dehumanising	inflect=none
refugee influx	concept=civilians	label=migrant wave	valence=-0.3	tags=dehumanising

# --- Protesters, prisoners, settlers
protester	concept=civilians	label=protesters	valence=0
protestor	concept=civilians	label=protesters	valence=0
demonstrator	concept=civilians	label=protesters	valence=0
peaceful protester	concept=civilians	label=peaceful protesters	valence=0.4	tags=legitimising,victimising
peaceful protestor	concept=civilians	label=peaceful protesters	valence=0.4	tags=legitimising,victimising
peaceful demonstrator	concept=civilians	label=peaceful protesters	valence=0.4	tags=legitimising,victimising
rioter	concept=civilians	label=rioters	valence=-0.6	tags=criminalising
mob	concept=civilians	label=rioters	valence=-0.6	tags=dysphemism
looter	concept=civilians	label=rioters	valence=-0.7	tags=criminalising
activist	concept=civilians	label=activists	valence=0.1
dissident	concept=civilians	label=activists	valence=0.1
political prisoner	concept=civilians	label=political prisoners	valence=0.2	tags=victimising
detainee	concept=civilians	label=detainees	valence=-0.1
prisoner of war	concept=civilians	label=prisoners of war	valence=0	tags=official	inflect=none
prisoners of war	concept=civilians	label=prisoners of war	valence=0	tags=official	inflect=none
POW	concept=civilians	label=prisoners of war	valence=0	tags=official
aid worker	concept=civilians	label=aid workers	valence=0.2
humanitarian worker	concept=civilians	label=aid workers	valence=0.2
settler	concept=civilians	label=settlers	valence=-0.2	tags=occupation
illegal settler	concept=civilians	label=settlers	valence=-0.7	tags=occupation,criminalising
colonist	concept=civilians	label=settlers	valence=-0.6	tags=occupation
