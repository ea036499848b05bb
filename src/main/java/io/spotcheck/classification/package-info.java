/** Facts derived by rules/classification: health and safety failures and the serious quality problem categories of 251号 三(二). */
package io.spotcheck.classification;
