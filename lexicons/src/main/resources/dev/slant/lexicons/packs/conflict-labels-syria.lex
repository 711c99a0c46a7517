# conflict-labels/syria: an event pack for coverage of the Syrian war (2011-), written for
# Slant by its authors. Use it after conflict-labels/en, which the defaults already include:
#     slant analyze articles/ --lexicon conflict-labels/syria
# It adds the names of the parties (with the spellings seen in news: al-Qaeda, al Qaeda,
# al-Qaida; Hayat Tahrir al-Sham with and without hyphen) and Syria-specific descriptions.
# A few generic phrases of conflict-labels/en ("rebels", "armed opposition", "foreign-backed
# militants", "Takfiri groups", "regime forces", "government troops") almost always name one
# party in coverage of this war; they are repeated here with an event concept, which overrides
# the generic entry when this pack is loaded after conflict-labels/en. They keep the label,
# valence and tags they have there, so that tables by label stay comparable.
#
# Phrases that begin with a distancing word ("so-called Islamic State", "self-proclaimed
# caliphate") are deliberately absent: leftmost-longest matching would swallow the
# distancing/en hit. "so-called" and "Islamic State" are found separately.
#
# Concepts:
#   syria/idlib-armed-groups  the armed groups holding Idlib and the north-west in 2019: HTS,
#                             the former Nusra Front, the National Liberation Front, FSA
#                             factions, Hurras al-Din...; and descriptions of them as a whole
#   syria/government          the government of Bashar al-Assad in Damascus
#   syria/army                the Syrian Arab Army and forces fighting on its side
#   syria/kurdish-forces      the YPG/YPJ, the SDF, the PYD, and the PKK
#   syria/daesh               the Islamic State group (ISIS, ISIL, Daesh)
#   syria/al-qaeda            al-Qaeda itself
#
# The names a group gives itself carry the tag "official" and valence 0; "Daesh", chosen to
# deny the group the name "Islamic State", is delegitimising.

@name        conflict-labels/syria
@version     1.0.0
@language    en
@license     Apache-2.0
@source      Written for Slant by the Slant authors; see NOTICE
@description Names and labels for the parties to the Syrian war; use after conflict-labels/en
@category    label
@inflect     noun

##############################################################################
# syria/idlib-armed-groups: the armed groups in Idlib and the north-west
##############################################################################
# The armed groups holding Idlib and parts of the north-west in 2019: Hayat Tahrir al-Sham and
# its predecessors, the Turkish-backed National Liberation Front and Free Syrian Army factions,
# smaller jihadist groups; and the descriptions outlets use for them as a whole.

# --- Hayat Tahrir al-Sham (HTS)
Hayat Tahrir al-Sham	concept=syria/idlib-armed-groups	label=Hayat Tahrir al-Sham	valence=0	tags=official
Hayat Tahrir al Sham	concept=syria/idlib-armed-groups	label=Hayat Tahrir al-Sham	valence=0	tags=official
Hay'at Tahrir al-Sham	concept=syria/idlib-armed-groups	label=Hayat Tahrir al-Sham	valence=0	tags=official
Hay'at Tahrir al Sham	concept=syria/idlib-armed-groups	label=Hayat Tahrir al-Sham	valence=0	tags=official
Hayat Tahrir ash-Sham	concept=syria/idlib-armed-groups	label=Hayat Tahrir al-Sham	valence=0	tags=official
Haiat Tahrir al-Sham	concept=syria/idlib-armed-groups	label=Hayat Tahrir al-Sham	valence=0	tags=official
Hayyat Tahrir al-Sham	concept=syria/idlib-armed-groups	label=Hayat Tahrir al-Sham	valence=0	tags=official
Tahrir al-Sham	concept=syria/idlib-armed-groups	label=Hayat Tahrir al-Sham	valence=0	tags=official
Tahrir al Sham	concept=syria/idlib-armed-groups	label=Hayat Tahrir al-Sham	valence=0	tags=official
HTS	concept=syria/idlib-armed-groups	label=Hayat Tahrir al-Sham	valence=0	tags=official
HTS terrorist	concept=syria/idlib-armed-groups	label=HTS terrorists	valence=-1.0	tags=delegitimising
Tahrir al-Sham terrorist	concept=syria/idlib-armed-groups	label=HTS terrorists	valence=-1.0	tags=delegitimising
HTS militant	concept=syria/idlib-armed-groups	label=HTS militants	valence=-0.5	tags=delegitimising
HTS jihadist	concept=syria/idlib-armed-groups	label=HTS militants	valence=-0.6	tags=religious
HTS fighter	concept=syria/idlib-armed-groups	label=HTS militants	valence=-0.1
Syrian Salvation Government	concept=syria/idlib-armed-groups	label=Syrian Salvation Government	valence=0	tags=official

# --- Nusra Front and Jabhat Fateh al-Sham
Nusra Front	concept=syria/idlib-armed-groups	label=Nusra Front	valence=0	tags=official
al-Nusra Front	concept=syria/idlib-armed-groups	label=Nusra Front	valence=0	tags=official
al Nusra Front	concept=syria/idlib-armed-groups	label=Nusra Front	valence=0	tags=official
Nusrah Front	concept=syria/idlib-armed-groups	label=Nusra Front	valence=0	tags=official
al-Nusrah Front	concept=syria/idlib-armed-groups	label=Nusra Front	valence=0	tags=official
al-Nusra	concept=syria/idlib-armed-groups	label=Nusra Front	valence=0	tags=official
al Nusra	concept=syria/idlib-armed-groups	label=Nusra Front	valence=0	tags=official
Nusra	concept=syria/idlib-armed-groups	label=Nusra Front	valence=0	tags=official
Jabhat al-Nusra	concept=syria/idlib-armed-groups	label=Nusra Front	valence=0	tags=official
Jabhat al Nusra	concept=syria/idlib-armed-groups	label=Nusra Front	valence=0	tags=official
Jabhat al-Nusrah	concept=syria/idlib-armed-groups	label=Nusra Front	valence=0	tags=official
Jabhat an-Nusra	concept=syria/idlib-armed-groups	label=Nusra Front	valence=0	tags=official
Jabhat Fateh al-Sham	concept=syria/idlib-armed-groups	label=Nusra Front	valence=0	tags=official
Jabhat Fateh al Sham	concept=syria/idlib-armed-groups	label=Nusra Front	valence=0	tags=official
Jabhat Fatah al-Sham	concept=syria/idlib-armed-groups	label=Nusra Front	valence=0	tags=official
Jabhat Fath al-Sham	concept=syria/idlib-armed-groups	label=Nusra Front	valence=0	tags=official
Fateh al-Sham Front	concept=syria/idlib-armed-groups	label=Nusra Front	valence=0	tags=official
JFS	concept=syria/idlib-armed-groups	label=Nusra Front	valence=0	tags=official
Nusra terrorist	concept=syria/idlib-armed-groups	label=Nusra terrorists	valence=-1.0	tags=delegitimising
Nusra Front terrorist	concept=syria/idlib-armed-groups	label=Nusra terrorists	valence=-1.0	tags=delegitimising
al-Nusra terrorist	concept=syria/idlib-armed-groups	label=Nusra terrorists	valence=-1.0	tags=delegitimising
al-Nusra Front terrorist	concept=syria/idlib-armed-groups	label=Nusra terrorists	valence=-1.0	tags=delegitimising
Nusra militant	concept=syria/idlib-armed-groups	label=Nusra militants	valence=-0.5	tags=delegitimising
Nusra Front militant	concept=syria/idlib-armed-groups	label=Nusra militants	valence=-0.5	tags=delegitimising
al-Nusra militant	concept=syria/idlib-armed-groups	label=Nusra militants	valence=-0.5	tags=delegitimising
former Nusra Front	concept=syria/idlib-armed-groups	label=former Nusra Front	valence=-0.4	tags=delegitimising
former al-Nusra Front	concept=syria/idlib-armed-groups	label=former Nusra Front	valence=-0.4	tags=delegitimising
former al Nusra Front	concept=syria/idlib-armed-groups	label=former Nusra Front	valence=-0.4	tags=delegitimising

# --- Described through al-Qaeda
al-Qaeda affiliate	concept=syria/idlib-armed-groups	label=al-Qaeda affiliate	valence=-0.6	tags=delegitimising
al Qaeda affiliate	concept=syria/idlib-armed-groups	label=al-Qaeda affiliate	valence=-0.6	tags=delegitimising
al-Qaida affiliate	concept=syria/idlib-armed-groups	label=al-Qaeda affiliate	valence=-0.6	tags=delegitimising
al-Qaeda's Syrian affiliate	concept=syria/idlib-armed-groups	label=al-Qaeda affiliate	valence=-0.6	tags=delegitimising
al-Qaeda's Syria affiliate	concept=syria/idlib-armed-groups	label=al-Qaeda affiliate	valence=-0.6	tags=delegitimising
al-Qaeda's Syrian branch	concept=syria/idlib-armed-groups	label=al-Qaeda affiliate	valence=-0.6	tags=delegitimising
al-Qaeda offshoot	concept=syria/idlib-armed-groups	label=al-Qaeda affiliate	valence=-0.6	tags=delegitimising
al Qaeda offshoot	concept=syria/idlib-armed-groups	label=al-Qaeda affiliate	valence=-0.6	tags=delegitimising
former al-Qaeda affiliate	concept=syria/idlib-armed-groups	label=former al-Qaeda affiliate	valence=-0.5	tags=delegitimising
former al Qaeda affiliate	concept=syria/idlib-armed-groups	label=former al-Qaeda affiliate	valence=-0.5	tags=delegitimising
former al-Qaida affiliate	concept=syria/idlib-armed-groups	label=former al-Qaeda affiliate	valence=-0.5	tags=delegitimising
Syria's former al-Qaeda affiliate	concept=syria/idlib-armed-groups	label=former al-Qaeda affiliate	valence=-0.5	tags=delegitimising
Syria's former al Qaeda affiliate	concept=syria/idlib-armed-groups	label=former al-Qaeda affiliate	valence=-0.5	tags=delegitimising
al-Qaeda-linked group	concept=syria/idlib-armed-groups	label=al-Qaeda-linked	valence=-0.6	tags=delegitimising
al-Qaeda-linked militant	concept=syria/idlib-armed-groups	label=al-Qaeda-linked	valence=-0.7	tags=delegitimising
al-Qaeda-linked jihadist	concept=syria/idlib-armed-groups	label=al-Qaeda-linked	valence=-0.7	tags=delegitimising,religious
al-Qaeda-linked rebel	concept=syria/idlib-armed-groups	label=al-Qaeda-linked	valence=-0.5	tags=delegitimising
al-Qaeda-linked fighter	concept=syria/idlib-armed-groups	label=al-Qaeda-linked	valence=-0.5	tags=delegitimising
al Qaeda-linked group	concept=syria/idlib-armed-groups	label=al-Qaeda-linked	valence=-0.6	tags=delegitimising
al Qaeda-linked militant	concept=syria/idlib-armed-groups	label=al-Qaeda-linked	valence=-0.7	tags=delegitimising
al Qaeda-linked jihadist	concept=syria/idlib-armed-groups	label=al-Qaeda-linked	valence=-0.7	tags=delegitimising,religious
al-Qaida-linked group	concept=syria/idlib-armed-groups	label=al-Qaeda-linked	valence=-0.6	tags=delegitimising
al-Qaida-linked militant	concept=syria/idlib-armed-groups	label=al-Qaeda-linked	valence=-0.7	tags=delegitimising

# --- Takfiri compounds
Takfiri Nusra Front	concept=syria/idlib-armed-groups	label=takfiri	valence=-1.0	tags=sectarian,delegitimising
Takfiri al-Nusra Front	concept=syria/idlib-armed-groups	label=takfiri	valence=-1.0	tags=sectarian,delegitimising
Takfiri Jabhat al-Nusra	concept=syria/idlib-armed-groups	label=takfiri	valence=-1.0	tags=sectarian,delegitimising
Takfiri HTS	concept=syria/idlib-armed-groups	label=takfiri	valence=-1.0	tags=sectarian,delegitimising

# --- Other groups
Free Syrian Army	concept=syria/idlib-armed-groups	label=Free Syrian Army	valence=0.1	tags=official
FSA	concept=syria/idlib-armed-groups	label=Free Syrian Army	valence=0.1	tags=official
Syrian National Army	concept=syria/idlib-armed-groups	label=Syrian National Army	valence=0	tags=official
National Liberation Front	concept=syria/idlib-armed-groups	label=National Liberation Front	valence=0.1	tags=official
National Front for Liberation	concept=syria/idlib-armed-groups	label=National Liberation Front	valence=0.1	tags=official
Ahrar al-Sham	concept=syria/idlib-armed-groups	label=Ahrar al-Sham	valence=0	tags=official
Ahrar al Sham	concept=syria/idlib-armed-groups	label=Ahrar al-Sham	valence=0	tags=official
Jaish al-Izza	concept=syria/idlib-armed-groups	label=Jaish al-Izza	valence=0	tags=official
Jaysh al-Izza	concept=syria/idlib-armed-groups	label=Jaish al-Izza	valence=0	tags=official
Hurras al-Din	concept=syria/idlib-armed-groups	label=Hurras al-Din	valence=0	tags=official
Hurras al-Deen	concept=syria/idlib-armed-groups	label=Hurras al-Din	valence=0	tags=official
Hurras ad-Din	concept=syria/idlib-armed-groups	label=Hurras al-Din	valence=0	tags=official
Turkistan Islamic Party	concept=syria/idlib-armed-groups	label=Turkistan Islamic Party	valence=0	tags=official
Turkestan Islamic Party	concept=syria/idlib-armed-groups	label=Turkistan Islamic Party	valence=0	tags=official
Nour al-Din al-Zenki	concept=syria/idlib-armed-groups	label=Nour al-Din al-Zenki	valence=0	tags=official
Nureddin al-Zenki	concept=syria/idlib-armed-groups	label=Nour al-Din al-Zenki	valence=0	tags=official
Faylaq al-Sham	concept=syria/idlib-armed-groups	label=Faylaq al-Sham	valence=0	tags=official
Jaish al-Fatah	concept=syria/idlib-armed-groups	label=Jaish al-Fatah	valence=0	tags=official
Army of Conquest	concept=syria/idlib-armed-groups	label=Jaish al-Fatah	valence=0	tags=official
Jaish al-Islam	concept=syria/idlib-armed-groups	label=Jaish al-Islam	valence=0	tags=official
Jaysh al-Islam	concept=syria/idlib-armed-groups	label=Jaish al-Islam	valence=0	tags=official

# --- Descriptions of the groups as a whole
Syrian opposition	concept=syria/idlib-armed-groups	label=opposition	valence=0
Syrian armed opposition	concept=syria/idlib-armed-groups	label=opposition	valence=0
armed Syrian opposition	concept=syria/idlib-armed-groups	label=opposition	valence=0
Syrian opposition fighter	concept=syria/idlib-armed-groups	label=opposition	valence=0
moderate Syrian opposition	concept=syria/idlib-armed-groups	label=moderate rebels	valence=0.3	tags=legitimising
moderate Syrian rebel	concept=syria/idlib-armed-groups	label=moderate rebels	valence=0.3	tags=legitimising
Syrian rebel	concept=syria/idlib-armed-groups	label=rebels	valence=-0.1
Syrian rebel group	concept=syria/idlib-armed-groups	label=rebels	valence=-0.1
Syrian rebel fighter	concept=syria/idlib-armed-groups	label=rebels	valence=-0.1
Idlib rebel	concept=syria/idlib-armed-groups	label=rebels	valence=-0.1
Syrian insurgent	concept=syria/idlib-armed-groups	label=insurgents	valence=-0.3
Syrian militant	concept=syria/idlib-armed-groups	label=militants	valence=-0.4	tags=delegitimising
Idlib-based militant	concept=syria/idlib-armed-groups	label=militants	valence=-0.5	tags=delegitimising
Idlib militant	concept=syria/idlib-armed-groups	label=militants	valence=-0.5	tags=delegitimising
Syrian jihadist	concept=syria/idlib-armed-groups	label=jihadists	valence=-0.6	tags=religious
Idlib-based terrorist	concept=syria/idlib-armed-groups	label=terrorists	valence=-0.9	tags=delegitimising
Idlib terrorist	concept=syria/idlib-armed-groups	label=terrorists	valence=-0.9	tags=delegitimising
Turkish-backed rebel	concept=syria/idlib-armed-groups	label=Turkish-backed rebels	valence=-0.3	tags=foreign-agency
Turkey-backed rebel	concept=syria/idlib-armed-groups	label=Turkish-backed rebels	valence=-0.3	tags=foreign-agency
Turkish-backed Syrian rebel	concept=syria/idlib-armed-groups	label=Turkish-backed rebels	valence=-0.3	tags=foreign-agency
Turkish-backed fighter	concept=syria/idlib-armed-groups	label=Turkish-backed rebels	valence=-0.3	tags=foreign-agency
Turkish-backed opposition	concept=syria/idlib-armed-groups	label=Turkish-backed rebels	valence=-0.2	tags=foreign-agency
Turkish-backed FSA	concept=syria/idlib-armed-groups	label=Turkish-backed rebels	valence=-0.2	tags=foreign-agency
Turkish-backed Syrian National Army	concept=syria/idlib-armed-groups	label=Turkish-backed rebels	valence=-0.2	tags=foreign-agency
Turkish-backed militant	concept=syria/idlib-armed-groups	label=Turkish-backed militants	valence=-0.7	tags=foreign-agency,delegitimising
Turkish-backed militia	concept=syria/idlib-armed-groups	label=Turkish-backed militants	valence=-0.5	tags=foreign-agency
Turkey-backed militant	concept=syria/idlib-armed-groups	label=Turkish-backed militants	valence=-0.7	tags=foreign-agency,delegitimising
Ankara-backed militant	concept=syria/idlib-armed-groups	label=Turkish-backed militants	valence=-0.7	tags=foreign-agency,delegitimising
Turkish-backed terrorist	concept=syria/idlib-armed-groups	label=Turkish-backed militants	valence=-1.0	tags=foreign-agency,delegitimising

# --- Generic labels that, in coverage of the Syrian war, name these groups
# These phrases are also in conflict-labels/en; loaded after it, this pack overrides them so
# that they count for the Idlib groups. Label, valence and tags are the same as there.
rebel	concept=syria/idlib-armed-groups	label=rebels	valence=-0.1
rebel group	concept=syria/idlib-armed-groups	label=rebels	valence=-0.1
rebel force	concept=syria/idlib-armed-groups	label=rebels	valence=-0.1
rebel fighter	concept=syria/idlib-armed-groups	label=rebels	valence=-0.1
rebel faction	concept=syria/idlib-armed-groups	label=rebels	valence=-0.1
rebel coalition	concept=syria/idlib-armed-groups	label=rebels	valence=-0.1
rebel alliance	concept=syria/idlib-armed-groups	label=rebels	valence=-0.1
armed rebel	concept=syria/idlib-armed-groups	label=rebels	valence=-0.1
moderate rebel	concept=syria/idlib-armed-groups	label=moderate rebels	valence=0.3	tags=legitimising
moderate rebel group	concept=syria/idlib-armed-groups	label=moderate rebels	valence=0.3	tags=legitimising
moderate opposition	concept=syria/idlib-armed-groups	label=moderate rebels	valence=0.3	tags=legitimising
moderate armed opposition	concept=syria/idlib-armed-groups	label=moderate rebels	valence=0.3	tags=legitimising
vetted rebel	concept=syria/idlib-armed-groups	label=moderate rebels	valence=0.1	tags=legitimising,foreign-agency
the opposition	concept=syria/idlib-armed-groups	label=opposition	valence=0	inflect=none
armed opposition	concept=syria/idlib-armed-groups	label=opposition	valence=0
armed opposition group	concept=syria/idlib-armed-groups	label=opposition	valence=0
opposition group	concept=syria/idlib-armed-groups	label=opposition	valence=0
opposition fighter	concept=syria/idlib-armed-groups	label=opposition	valence=0
opposition force	concept=syria/idlib-armed-groups	label=opposition	valence=0
opposition militia	concept=syria/idlib-armed-groups	label=opposition	valence=-0.1
anti-government fighter	concept=syria/idlib-armed-groups	label=anti-government forces	valence=-0.1
anti-government rebel	concept=syria/idlib-armed-groups	label=anti-government forces	valence=-0.1
foreign-backed terrorist	concept=syria/idlib-armed-groups	label=foreign-backed terrorists	valence=-1.0	tags=delegitimising,foreign-agency
foreign-sponsored terrorist	concept=syria/idlib-armed-groups	label=foreign-backed terrorists	valence=-1.0	tags=delegitimising,foreign-agency
foreign-funded terrorist	concept=syria/idlib-armed-groups	label=foreign-backed terrorists	valence=-1.0	tags=delegitimising,foreign-agency
foreign-supported terrorist	concept=syria/idlib-armed-groups	label=foreign-backed terrorists	valence=-1.0	tags=delegitimising,foreign-agency
Western-backed terrorist	concept=syria/idlib-armed-groups	label=foreign-backed terrorists	valence=-1.0	tags=delegitimising,foreign-agency
foreign-backed terrorist group	concept=syria/idlib-armed-groups	label=foreign-backed terrorists	valence=-1.0	tags=delegitimising,foreign-agency
foreign-sponsored terrorist group	concept=syria/idlib-armed-groups	label=foreign-backed terrorists	valence=-1.0	tags=delegitimising,foreign-agency
foreign-backed militant	concept=syria/idlib-armed-groups	label=foreign-backed militants	valence=-0.8	tags=delegitimising,foreign-agency
foreign-sponsored militant	concept=syria/idlib-armed-groups	label=foreign-backed militants	valence=-0.8	tags=delegitimising,foreign-agency
foreign-funded militant	concept=syria/idlib-armed-groups	label=foreign-backed militants	valence=-0.8	tags=delegitimising,foreign-agency
foreign-supported militant	concept=syria/idlib-armed-groups	label=foreign-backed militants	valence=-0.8	tags=delegitimising,foreign-agency
Western-backed militant	concept=syria/idlib-armed-groups	label=foreign-backed militants	valence=-0.8	tags=delegitimising,foreign-agency
foreign-backed rebel	concept=syria/idlib-armed-groups	label=foreign-backed rebels	valence=-0.5	tags=foreign-agency
foreign-sponsored rebel	concept=syria/idlib-armed-groups	label=foreign-backed rebels	valence=-0.5	tags=foreign-agency
Western-backed rebel	concept=syria/idlib-armed-groups	label=foreign-backed rebels	valence=-0.3	tags=foreign-agency
foreign-backed opposition	concept=syria/idlib-armed-groups	label=foreign-backed rebels	valence=-0.4	tags=foreign-agency
Western-backed opposition	concept=syria/idlib-armed-groups	label=foreign-backed rebels	valence=-0.2	tags=foreign-agency
Takfiri	concept=syria/idlib-armed-groups	label=takfiri	valence=-0.9	tags=sectarian,delegitimising
Takfiri militant	concept=syria/idlib-armed-groups	label=takfiri	valence=-0.9	tags=sectarian,delegitimising
Takfiri group	concept=syria/idlib-armed-groups	label=takfiri	valence=-0.9	tags=sectarian,delegitimising
Takfiri element	concept=syria/idlib-armed-groups	label=takfiri	valence=-0.9	tags=sectarian,delegitimising
Takfiri extremist	concept=syria/idlib-armed-groups	label=takfiri	valence=-0.9	tags=sectarian,delegitimising
Takfiri terrorist	concept=syria/idlib-armed-groups	label=takfiri terrorists	valence=-1.0	tags=sectarian,delegitimising
Takfiri terrorist group	concept=syria/idlib-armed-groups	label=takfiri terrorists	valence=-1.0	tags=sectarian,delegitimising
Takfiri gang	concept=syria/idlib-armed-groups	label=takfiri terrorists	valence=-1.0	tags=sectarian,delegitimising,criminalising

##############################################################################
# syria/government: the Syrian government
##############################################################################
# The government of Bashar al-Assad in Damascus.
Syrian government	concept=syria/government	label=Syrian government	valence=0	tags=official
government of Syria	concept=syria/government	label=Syrian government	valence=0	tags=official	inflect=none
Syrian Arab Republic	concept=syria/government	label=Syrian government	valence=0.1	tags=official	inflect=none
Syrian authorities	concept=syria/government	label=Syrian government	valence=0	tags=official	inflect=none
Syrian leadership	concept=syria/government	label=Syrian government	valence=0
Syrian state	concept=syria/government	label=Syrian government	valence=0
Damascus government	concept=syria/government	label=Damascus	valence=0
government in Damascus	concept=syria/government	label=Damascus	valence=0	inflect=none
Damascus	concept=syria/government	label=Damascus	valence=0	inflect=none
Assad government	concept=syria/government	label=Assad government	valence=-0.1
al-Assad government	concept=syria/government	label=Assad government	valence=-0.1
Bashar al-Assad government	concept=syria/government	label=Assad government	valence=-0.1
Syria's elected government	concept=syria/government	label=elected government	valence=0.6	tags=legitimising
elected Syrian government	concept=syria/government	label=elected government	valence=0.6	tags=legitimising
Syria's legitimate government	concept=syria/government	label=legitimate government	valence=0.7	tags=legitimising
legitimate Syrian government	concept=syria/government	label=legitimate government	valence=0.7	tags=legitimising
Syrian regime	concept=syria/government	label=regime	valence=-0.7	tags=delegitimising
Assad regime	concept=syria/government	label=regime	valence=-0.8	tags=delegitimising
al-Assad regime	concept=syria/government	label=regime	valence=-0.8	tags=delegitimising
Bashar al-Assad regime	concept=syria/government	label=regime	valence=-0.8	tags=delegitimising
Damascus regime	concept=syria/government	label=regime	valence=-0.7	tags=delegitimising
regime in Damascus	concept=syria/government	label=regime	valence=-0.7	tags=delegitimising	inflect=none
the regime	concept=syria/government	label=regime	valence=-0.7	tags=delegitimising	inflect=none
Baathist regime	concept=syria/government	label=regime	valence=-0.8	tags=delegitimising
Ba'athist regime	concept=syria/government	label=regime	valence=-0.8	tags=delegitimising
Baath regime	concept=syria/government	label=regime	valence=-0.8	tags=delegitimising
Ba'ath regime	concept=syria/government	label=regime	valence=-0.8	tags=delegitimising
Assad dictatorship	concept=syria/government	label=dictatorship	valence=-0.9	tags=delegitimising
Syrian dictatorship	concept=syria/government	label=dictatorship	valence=-0.9	tags=delegitimising

##############################################################################
# syria/army: the Syrian army and pro-government forces
##############################################################################
# The Syrian Arab Army and the forces fighting on the government's side.
Syrian army	concept=syria/army	label=Syrian army	valence=0
Syrian Arab Army	concept=syria/army	label=Syrian army	valence=0.1	tags=official
SAA	concept=syria/army	label=Syrian army	valence=0	tags=official
Syrian military	concept=syria/army	label=Syrian army	valence=0
Syrian armed force	concept=syria/army	label=Syrian army	valence=0.1	tags=official
Syrian air force	concept=syria/army	label=Syrian army	valence=0
Syrian warplane	concept=syria/army	label=Syrian army	valence=0
Syrian troop	concept=syria/army	label=Syrian troops	valence=0
Syrian force	concept=syria/army	label=Syrian troops	valence=0
Syrian soldier	concept=syria/army	label=Syrian troops	valence=0
Syrian army troop	concept=syria/army	label=Syrian troops	valence=0
Syrian army force	concept=syria/army	label=Syrian troops	valence=0
Syrian army soldier	concept=syria/army	label=Syrian troops	valence=0
Syrian government force	concept=syria/army	label=government forces	valence=0
Syrian government troop	concept=syria/army	label=government forces	valence=0
Syrian government soldier	concept=syria/army	label=government forces	valence=0
Assad force	concept=syria/army	label=Assad forces	valence=-0.2
Assad troop	concept=syria/army	label=Assad forces	valence=-0.2
al-Assad force	concept=syria/army	label=Assad forces	valence=-0.2
pro-Assad force	concept=syria/army	label=Assad forces	valence=-0.2
Assad loyalist	concept=syria/army	label=loyalist forces	valence=-0.3
pro-regime force	concept=syria/army	label=regime forces	valence=-0.5	tags=delegitimising
Syrian regime force	concept=syria/army	label=regime forces	valence=-0.6	tags=delegitimising
Syrian regime troop	concept=syria/army	label=regime forces	valence=-0.6	tags=delegitimising
Assad regime force	concept=syria/army	label=regime forces	valence=-0.7	tags=delegitimising
Russian-backed Syrian force	concept=syria/army	label=Russian-backed forces	valence=-0.2	tags=foreign-agency
Russian-backed Syrian army	concept=syria/army	label=Russian-backed forces	valence=-0.2	tags=foreign-agency
Russia-backed Syrian force	concept=syria/army	label=Russian-backed forces	valence=-0.2	tags=foreign-agency
Russian-backed government force	concept=syria/army	label=Russian-backed forces	valence=-0.2	tags=foreign-agency
Iran-backed militia	concept=syria/army	label=Iran-backed militias	valence=-0.4	tags=foreign-agency
Iranian-backed militia	concept=syria/army	label=Iran-backed militias	valence=-0.4	tags=foreign-agency
National Defence Forces	concept=syria/army	label=National Defence Forces	valence=0	tags=official	inflect=none
National Defense Forces	concept=syria/army	label=National Defence Forces	valence=0	tags=official	inflect=none
Tiger Forces	concept=syria/army	label=Tiger Forces	valence=0.1	tags=official	inflect=none
shabiha	concept=syria/army	label=shabiha	valence=-0.8	tags=criminalising,dysphemism	inflect=none
shabbiha	concept=syria/army	label=shabiha	valence=-0.8	tags=criminalising,dysphemism	inflect=none

# --- Generic labels that, in coverage of the Syrian war, name the Syrian army
# Also in conflict-labels/en; this pack overrides them when loaded after it.
government force	concept=syria/army	label=government forces	valence=0
government troop	concept=syria/army	label=government forces	valence=0
government soldier	concept=syria/army	label=government forces	valence=0
regime force	concept=syria/army	label=regime forces	valence=-0.6	tags=delegitimising
regime troop	concept=syria/army	label=regime forces	valence=-0.6	tags=delegitimising
regime army	concept=syria/army	label=regime forces	valence=-0.6	tags=delegitimising
regime soldier	concept=syria/army	label=regime forces	valence=-0.6	tags=delegitimising
regime militia	concept=syria/army	label=regime forces	valence=-0.7	tags=delegitimising
loyalist force	concept=syria/army	label=loyalist forces	valence=-0.1
loyalist troop	concept=syria/army	label=loyalist forces	valence=-0.1
loyalists	concept=syria/army	label=loyalist forces	valence=-0.2	inflect=none
pro-government force	concept=syria/army	label=loyalist forces	valence=0
pro-government militia	concept=syria/army	label=pro-government militias	valence=-0.3

##############################################################################
# syria/kurdish-forces: YPG, SDF, PYD, PKK
##############################################################################
# The YPG/YPJ, the SDF they lead, the PYD, and the PKK with which Turkey identifies them.
YPG	concept=syria/kurdish-forces	label=YPG	valence=0	tags=official
People's Protection Units	concept=syria/kurdish-forces	label=YPG	valence=0	tags=official	inflect=none
Kurdish People's Protection Units	concept=syria/kurdish-forces	label=YPG	valence=0	tags=official	inflect=none
YPJ	concept=syria/kurdish-forces	label=YPG	valence=0	tags=official
Women's Protection Units	concept=syria/kurdish-forces	label=YPG	valence=0	tags=official	inflect=none
Kurdish YPG	concept=syria/kurdish-forces	label=YPG	valence=0
YPG militia	concept=syria/kurdish-forces	label=YPG militia	valence=-0.3
YPG fighter	concept=syria/kurdish-forces	label=YPG militia	valence=-0.1
YPG militant	concept=syria/kurdish-forces	label=YPG militants	valence=-0.5	tags=delegitimising
YPG terrorist	concept=syria/kurdish-forces	label=YPG terrorists	valence=-1.0	tags=delegitimising
terrorist YPG	concept=syria/kurdish-forces	label=YPG terrorists	valence=-1.0	tags=delegitimising
PYD	concept=syria/kurdish-forces	label=PYD	valence=0	tags=official
Democratic Union Party	concept=syria/kurdish-forces	label=PYD	valence=0	tags=official
PKK	concept=syria/kurdish-forces	label=PKK	valence=0	tags=official
Kurdistan Workers' Party	concept=syria/kurdish-forces	label=PKK	valence=0	tags=official
PKK militant	concept=syria/kurdish-forces	label=PKK militants	valence=-0.5	tags=delegitimising
PKK rebel	concept=syria/kurdish-forces	label=PKK militants	valence=-0.2
PKK fighter	concept=syria/kurdish-forces	label=PKK militants	valence=-0.1
PKK terrorist	concept=syria/kurdish-forces	label=PKK terrorists	valence=-1.0	tags=delegitimising
PKK terror group	concept=syria/kurdish-forces	label=PKK terrorists	valence=-1.0	tags=delegitimising
PKK terrorist organization	concept=syria/kurdish-forces	label=PKK terrorists	valence=-1.0	tags=delegitimising
PKK terrorist organisation	concept=syria/kurdish-forces	label=PKK terrorists	valence=-1.0	tags=delegitimising
PKK/YPG	concept=syria/kurdish-forces	label=PKK/YPG	valence=-0.7	tags=delegitimising
YPG/PKK	concept=syria/kurdish-forces	label=PKK/YPG	valence=-0.7	tags=delegitimising
PKK/PYD	concept=syria/kurdish-forces	label=PKK/YPG	valence=-0.7	tags=delegitimising
PYD/PKK	concept=syria/kurdish-forces	label=PKK/YPG	valence=-0.7	tags=delegitimising
PYD/YPG	concept=syria/kurdish-forces	label=PKK/YPG	valence=-0.5	tags=delegitimising
YPG/PYD	concept=syria/kurdish-forces	label=PKK/YPG	valence=-0.5	tags=delegitimising
SDF	concept=syria/kurdish-forces	label=SDF	valence=0	tags=official
Syrian Democratic Forces	concept=syria/kurdish-forces	label=SDF	valence=0.1	tags=official	inflect=none
Kurdish-led SDF	concept=syria/kurdish-forces	label=SDF	valence=0
Kurdish-led Syrian Democratic Forces	concept=syria/kurdish-forces	label=SDF	valence=0	inflect=none
Kurdish-led force	concept=syria/kurdish-forces	label=SDF	valence=0
US-backed SDF	concept=syria/kurdish-forces	label=US-backed SDF	valence=-0.1	tags=foreign-agency
U.S.-backed SDF	concept=syria/kurdish-forces	label=US-backed SDF	valence=-0.1	tags=foreign-agency
US-backed Syrian Democratic Forces	concept=syria/kurdish-forces	label=US-backed SDF	valence=-0.1	tags=foreign-agency	inflect=none
U.S.-backed Syrian Democratic Forces	concept=syria/kurdish-forces	label=US-backed SDF	valence=-0.1	tags=foreign-agency	inflect=none
US-backed Kurdish fighter	concept=syria/kurdish-forces	label=US-backed SDF	valence=-0.1	tags=foreign-agency
US-backed Kurdish force	concept=syria/kurdish-forces	label=US-backed SDF	valence=-0.1	tags=foreign-agency
US-backed Kurdish militia	concept=syria/kurdish-forces	label=US-backed SDF	valence=-0.3	tags=foreign-agency
U.S.-backed Kurdish fighter	concept=syria/kurdish-forces	label=US-backed SDF	valence=-0.1	tags=foreign-agency
Kurdish fighter	concept=syria/kurdish-forces	label=Kurdish fighters	valence=-0.1
Kurdish force	concept=syria/kurdish-forces	label=Kurdish fighters	valence=0
Kurdish group	concept=syria/kurdish-forces	label=Kurdish fighters	valence=-0.1
Kurdish armed group	concept=syria/kurdish-forces	label=Kurdish fighters	valence=-0.2
Kurdish militia	concept=syria/kurdish-forces	label=Kurdish militia	valence=-0.3
Kurdish rebel	concept=syria/kurdish-forces	label=Kurdish rebels	valence=-0.2
Kurdish insurgent	concept=syria/kurdish-forces	label=Kurdish rebels	valence=-0.3
Kurdish guerrilla	concept=syria/kurdish-forces	label=Kurdish rebels	valence=-0.2
Kurdish militant	concept=syria/kurdish-forces	label=Kurdish militants	valence=-0.5	tags=delegitimising
Kurdish separatist	concept=syria/kurdish-forces	label=Kurdish militants	valence=-0.5	tags=delegitimising
Kurdish terrorist	concept=syria/kurdish-forces	label=Kurdish terrorists	valence=-1.0	tags=delegitimising
Kurdish terror group	concept=syria/kurdish-forces	label=Kurdish terrorists	valence=-1.0	tags=delegitimising
Asayish	concept=syria/kurdish-forces	label=Asayish	valence=0	tags=official	inflect=none

##############################################################################
# syria/daesh: the Islamic State group
##############################################################################
# The Islamic State group (ISIS, ISIL, Daesh). Write "so-called Islamic State" as two entries:
# "so-called" is in distancing/en, and a combined phrase would hide that hit.
Islamic State	concept=syria/daesh	label=Islamic State	valence=0	tags=official	inflect=none
Islamic State group	concept=syria/daesh	label=Islamic State	valence=0
IS group	concept=syria/daesh	label=Islamic State	valence=0
Islamic State of Iraq and Syria	concept=syria/daesh	label=Islamic State	valence=0	tags=official	inflect=none
Islamic State in Iraq and Syria	concept=syria/daesh	label=Islamic State	valence=0	tags=official	inflect=none
Islamic State of Iraq and the Levant	concept=syria/daesh	label=Islamic State	valence=0	tags=official	inflect=none
Islamic State in Iraq and the Levant	concept=syria/daesh	label=Islamic State	valence=0	tags=official	inflect=none
ISIS	concept=syria/daesh	label=ISIS	valence=0
ISIL	concept=syria/daesh	label=ISIS	valence=0
ISIS terrorist	concept=syria/daesh	label=ISIS terrorists	valence=-1.0	tags=delegitimising
ISIL terrorist	concept=syria/daesh	label=ISIS terrorists	valence=-1.0	tags=delegitimising
ISIS terror group	concept=syria/daesh	label=ISIS terrorists	valence=-1.0	tags=delegitimising
ISIS militant	concept=syria/daesh	label=ISIS militants	valence=-0.5	tags=delegitimising
ISIL militant	concept=syria/daesh	label=ISIS militants	valence=-0.5	tags=delegitimising
Islamic State militant	concept=syria/daesh	label=ISIS militants	valence=-0.5	tags=delegitimising
IS militant	concept=syria/daesh	label=ISIS militants	valence=-0.5	tags=delegitimising
ISIS fighter	concept=syria/daesh	label=ISIS militants	valence=-0.2
ISIL fighter	concept=syria/daesh	label=ISIS militants	valence=-0.2
Islamic State fighter	concept=syria/daesh	label=ISIS militants	valence=-0.2
IS fighter	concept=syria/daesh	label=ISIS militants	valence=-0.2
ISIS jihadist	concept=syria/daesh	label=ISIS militants	valence=-0.6	tags=religious
Islamic State jihadist	concept=syria/daesh	label=ISIS militants	valence=-0.6	tags=religious
IS jihadist	concept=syria/daesh	label=ISIS militants	valence=-0.6	tags=religious
ISIS remnant	concept=syria/daesh	label=Daesh remnants	valence=-0.9	tags=delegitimising,dehumanising
Daesh	concept=syria/daesh	label=Daesh	valence=-0.6	tags=delegitimising
Daish	concept=syria/daesh	label=Daesh	valence=-0.6	tags=delegitimising
Da'esh	concept=syria/daesh	label=Daesh	valence=-0.6	tags=delegitimising
Daesh terrorist	concept=syria/daesh	label=Daesh terrorists	valence=-1.0	tags=delegitimising
Daesh terrorist group	concept=syria/daesh	label=Daesh terrorists	valence=-1.0	tags=delegitimising
Daesh terror group	concept=syria/daesh	label=Daesh terrorists	valence=-1.0	tags=delegitimising
Daesh militant	concept=syria/daesh	label=Daesh terrorists	valence=-0.8	tags=delegitimising
Daesh Takfiri terrorist	concept=syria/daesh	label=Daesh terrorists	valence=-1.0	tags=delegitimising,sectarian
Daesh Takfiri terrorist group	concept=syria/daesh	label=Daesh terrorists	valence=-1.0	tags=delegitimising,sectarian
Daesh Takfiri group	concept=syria/daesh	label=Daesh terrorists	valence=-1.0	tags=delegitimising,sectarian
Takfiri Daesh	concept=syria/daesh	label=Daesh terrorists	valence=-1.0	tags=delegitimising,sectarian
Takfiri Daesh terrorist	concept=syria/daesh	label=Daesh terrorists	valence=-1.0	tags=delegitimising,sectarian
Daesh remnant	concept=syria/daesh	label=Daesh remnants	valence=-0.9	tags=delegitimising,dehumanising
caliphate	concept=syria/daesh	label=caliphate	valence=-0.2	tags=religious

##############################################################################
# syria/al-qaeda: al-Qaeda
##############################################################################
# Al-Qaeda itself, as the network HTS and the Nusra Front are linked to.
al-Qaeda	concept=syria/al-qaeda	label=al-Qaeda	valence=0	tags=official
al Qaeda	concept=syria/al-qaeda	label=al-Qaeda	valence=0	tags=official
al-Qaida	concept=syria/al-qaeda	label=al-Qaeda	valence=0	tags=official
al Qaida	concept=syria/al-qaeda	label=al-Qaeda	valence=0	tags=official
al-Qa'ida	concept=syria/al-qaeda	label=al-Qaeda	valence=0	tags=official
al Qa'ida	concept=syria/al-qaeda	label=al-Qaeda	valence=0	tags=official
al-Qaeda network	concept=syria/al-qaeda	label=al-Qaeda	valence=0
al Qaeda network	concept=syria/al-qaeda	label=al-Qaeda	valence=0
al-Qaeda terrorist network	concept=syria/al-qaeda	label=al-Qaeda terrorists	valence=-0.9	tags=delegitimising
al Qaeda terrorist network	concept=syria/al-qaeda	label=al-Qaeda terrorists	valence=-0.9	tags=delegitimising
al-Qaida terrorist network	concept=syria/al-qaeda	label=al-Qaeda terrorists	valence=-0.9	tags=delegitimising
al-Qaeda terror network	concept=syria/al-qaeda	label=al-Qaeda terrorists	valence=-0.9	tags=delegitimising
al-Qaeda terrorist group	concept=syria/al-qaeda	label=al-Qaeda terrorists	valence=-0.9	tags=delegitimising
al-Qaeda terrorist	concept=syria/al-qaeda	label=al-Qaeda terrorists	valence=-0.9	tags=delegitimising
al Qaeda terrorist	concept=syria/al-qaeda	label=al-Qaeda terrorists	valence=-0.9	tags=delegitimising
al-Qaeda militant	concept=syria/al-qaeda	label=al-Qaeda militants	valence=-0.5	tags=delegitimising
al Qaeda militant	concept=syria/al-qaeda	label=al-Qaeda militants	valence=-0.5	tags=delegitimising
al-Qaida militant	concept=syria/al-qaeda	label=al-Qaeda militants	valence=-0.5	tags=delegitimising
al-Qaeda fighter	concept=syria/al-qaeda	label=al-Qaeda militants	valence=-0.2
al-Qaeda jihadist	concept=syria/al-qaeda	label=al-Qaeda militants	valence=-0.6	tags=religious
