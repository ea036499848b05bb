/** The command-line adapter: serve, decide, rules and bench. */
package io.spotcheck.cli;
