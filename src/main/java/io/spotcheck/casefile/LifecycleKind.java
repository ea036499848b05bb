package io.spotcheck.casefile;

/** The dated events of a failed check's lifecycle that deadlines are counted from. */
public enum LifecycleKind { NOTICE_RECEIVED, CORRECTION_ORDERED }
