package dev.slant.actors;

import dev.slant.internal.EnumIds;
import java.util.Optional;

/** What kind of actor an actor is. */
public enum ActorType {
    /** A person: "Vladimir Putin". */
    PERSON,
    /** A state or country: "Russia". */
    STATE,
    /** A government or leadership: "the Kremlin". */
    GOVERNMENT,
    /** A state's armed forces: "the Syrian army". */
    ARMED_FORCES,
    /** A non-state armed group: "Hayat Tahrir al-Sham". */
    ARMED_GROUP,
    /** An intergovernmental organisation: "NATO", "the United Nations". */
    INTERNATIONAL_ORGANISATION,
    /** Any other organisation: a party, a company, a news agency. */
    ORGANISATION,
    /** A group of people that is no organisation: "civilians", "refugees". */
    GROUP,
    /** A place named as where things happen ("Idlib", "Sochi"), listed so that it is not taken for a new actor. */
    PLACE,
    /** A name found in the text that no pack knows. */
    UNKNOWN;

    private final String id = EnumIds.idOf(this);

    /**
     * Returns the name used in packs and reports, such as {@code armed-group}.
     *
     * @return the type's id
     */
    public String id() {
        return id;
    }

    /**
     * Finds a type by its id.
     *
     * @param id an id such as {@code person}
     * @return the type, or empty if none has that id
     */
    public static Optional<ActorType> fromId(String id) {
        return EnumIds.find(values(), ActorType::id, id);
    }

    /**
     * Lists the ids, for error messages.
     *
     * @return the ids separated by commas
     */
    public static String allIds() {
        return EnumIds.join(values(), ActorType::id);
    }
}
