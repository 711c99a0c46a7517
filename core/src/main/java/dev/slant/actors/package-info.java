/**
 * Actors (people, states, governments, armed groups) and the sentiment toward them: actor packs,
 * mention resolution over the text's tokens, and per-actor scores with their evidence, by voice.
 * Start at {@code ActorAnalyzer}; packs are described in {@code docs/actor-packs.md}.
 */
package dev.slant.actors;
