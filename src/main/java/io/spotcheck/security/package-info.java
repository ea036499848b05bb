/** Access control (CONTRACT §6): roles, users from configuration, HTTP Basic for the API, problem+json for 401/403. */
package io.spotcheck.security;
