/** Facts derived by rules/interview: consecutive failure years and the administrative interviews due (251号 三(三)). */
package io.spotcheck.interview;
