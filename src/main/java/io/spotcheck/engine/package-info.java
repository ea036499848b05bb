/** Builds one rule base from the rules folder, versions it, checks every rule's metadata, and runs decisions on pooled sessions while recording which rules fired. */
package io.spotcheck.engine;
