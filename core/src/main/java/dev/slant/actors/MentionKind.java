package dev.slant.actors;

import dev.slant.internal.EnumIds;

/** How a mention names its actor. */
public enum MentionKind {
    /** One of the actor's aliases: "Putin", "Vladimir Putin", with any title before it. */
    NAME,
    /** One of the actor's role descriptions: "the Russian president", "the Kremlin". */
    ROLE,
    /** A label of a label pack whose concept the actor links: "Takfiri militants". */
    LABEL,
    /** A name no pack knows, found in the text: "Mr Smith", "Hamza Bin Laden". */
    FOUND,
    /** A pronoun source that attribution resolved to the actor ("he said" after "Putin said"). */
    PRONOUN;

    private final String id = EnumIds.idOf(this);

    /**
     * Returns the name reports use, such as {@code role}.
     *
     * @return the kind's id
     */
    public String id() {
        return id;
    }
}
