/** Facts derived by rules/filing: filing obligations, leads and the filing outcome. */
package io.spotcheck.filing;
