/** Builds one rule base from the rules folder (or loads the one compiled at build time from the same rule files), versions it, checks every rule's metadata, and runs decisions on pooled sessions while recording which rules fired. */
package io.spotcheck.engine;
