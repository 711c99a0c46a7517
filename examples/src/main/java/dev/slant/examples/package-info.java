/** Runnable examples of the Slant API; each has a smoke test so that it keeps working. */
package dev.slant.examples;
