package io.spotcheck.casefile;

public enum RecheckStage { FIRST, SECOND, SUSPENSION }
