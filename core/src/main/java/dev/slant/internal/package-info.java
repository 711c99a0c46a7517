/** Implementation details shared by Slant's packages; not an API, and may change in any release. */
package dev.slant.internal;
