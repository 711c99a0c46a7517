/**
 * Voice: who speaks at a span, the narrator, a quoted source, or the narrator at a distance
 * (scare quotes, "so-called"). Start with {@link dev.slant.voice.VoiceMap}.
 */
package dev.slant.voice;
