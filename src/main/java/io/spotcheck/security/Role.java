package io.spotcheck.security;

/** Who may do what (CONTRACT §6). */
public enum Role { PLANNER, OFFICER, AUDITOR, ADMIN }
