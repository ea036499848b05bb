/**
 * The web pages (Thymeleaf, server-rendered, Chinese by default with an English switch): the case officer's case
 * form and decisions, the planner's upload and plan summary, the auditor's rule catalogue, decision log and replay.
 */
package io.spotcheck.pages;
