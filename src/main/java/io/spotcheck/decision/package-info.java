/** Decides one case: runs its facts through the rules and reads the conclusions, with their explanation, into the contract's response. */
package io.spotcheck.decision;
