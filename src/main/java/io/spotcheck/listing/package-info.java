/** Facts derived by rules/listing: the abnormal operations and serious dishonesty lists (251号 三(四)). */
package io.spotcheck.listing;
