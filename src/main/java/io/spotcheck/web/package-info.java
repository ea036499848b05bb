/** The HTTP adapter: decision and rule catalogue routes, problem+json errors, the Spring Boot application. */
package io.spotcheck.web;
