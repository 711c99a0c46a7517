package dev.slant.lexicon;

import dev.slant.internal.EnumIds;
import java.util.Optional;

/** A connotation of a lexicon entry beyond its valence; see {@code docs/lexicon-format.md}. */
public enum Tag {
    /** Denies the referent legitimacy ("terrorists", "regime"). */
    DELEGITIMISING,
    /** Grants the referent legitimacy ("elected government"). */
    LEGITIMISING,
    /** Casts the referent as an agent of foreign powers ("foreign-backed"). */
    FOREIGN_AGENCY,
    /** Frames the referent by sect or creed ("Takfiri"). */
    SECTARIAN,
    /** Names the referent by religion ("jihadists"). */
    RELIGIOUS,
    /** Softens an act or actor ("neutralize"). */
    EUPHEMISM,
    /** Harshens an act or actor beyond the neutral word ("butcher"). */
    DYSPHEMISM,
    /** Denies the referent humanity ("nests"). */
    DEHUMANISING,
    /** Casts the referent as criminals ("gangs"). */
    CRIMINALISING,
    /** Names violence ("massacre"). */
    VIOLENCE,
    /** Frames an action as freeing ("liberate"). */
    LIBERATION,
    /** Frames a presence as illegitimate control ("occupation"). */
    OCCUPATION,
    /** Casts the referent as a victim ("besieged civilians"). */
    VICTIMISING,
    /** The referent's official or self-chosen name. */
    OFFICIAL;

    private final String id = EnumIds.idOf(this);

    /**
     * Returns the name used in pack files and reports, such as {@code foreign-agency}.
     *
     * @return the tag's id
     */
    public String id() {
        return id;
    }

    /**
     * Finds a tag by its id.
     *
     * @param id an id such as {@code delegitimising}
     * @return the tag, or empty if none has that id
     */
    public static Optional<Tag> fromId(String id) {
        return EnumIds.find(values(), Tag::id, id);
    }

    /**
     * Lists the ids, for error messages.
     *
     * @return the ids separated by commas
     */
    public static String allIds() {
        return EnumIds.join(values(), Tag::id);
    }
}
