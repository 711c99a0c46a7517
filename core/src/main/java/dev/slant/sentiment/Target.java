package dev.slant.sentiment;

/**
 * A span of an article whose sentiment a user asks for, as given: not validated here, since a
 * target out of range, empty or cutting a word gets its own problem in the report rather than
 * failing the article.
 *
 * @param start the first character
 * @param end the end, exclusive
 */
public record Target(int start, int end) {}
